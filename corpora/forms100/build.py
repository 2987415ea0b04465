"""Build the built documents of forms100/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/minakami_shisaku_management_h27.xlsx``, a 施策マネジメントシート in the manner of
  みなかみ町 (群馬県利根郡): form fields above, lettered 成果指標 A–D with a 区分 column whose
  実績値 row stands **above** its 目標値 row, 平成23年度–平成29年度 across, ``千人`` and ``百万円``
  in the 単位 column, lettered 設定理由 notes; and the PDF;
* ``source/tsuru_jigyo_hyoka_sheet_h28.xlsx``, a 事業評価・提案会 評価シート in the manner of
  都留市 (山梨県): form fields with money, a 事業の実績 cell of prose counts, and one KPI **strip**
  per KPI (``①KPI名称 | name | H31年度目標値 | value | H27実績 | value | 達成率 | %``); and the PDF;
* ``source/obama_kankyo_suchi_mokuhyo_h27.xlsx``, an 環境基本計画 数値目標の進捗状況 in the manner
  of 小浜市 (福井県): ``千t-CO2`` and ``g/人・日`` units, an H27 目標|実績 pair, a signed 基準年比
  column (``△5.1%``), ``箇所``; and the PDF;
* ``yuzawa_teiju_jiritsuken_seika_h29.html``, a 定住自立圏共生ビジョン 成果指標の進捗状況 in the
  manner of 湯沢町 (新潟県南魚沼郡): 政策分野 rows spanning the table, 取組 cells merged down, a
  連携市町 column and a 事業費 column in 千円.

The PDF steps are skipped, with a message, when ``soffice`` is not installed.
These are re-typed forms of other municipalities, not their own files (README.md, SOURCES.tsv).

The XLSX and HTML files are byte-stable: fixed document dates, and the zip members are
rewritten with a fixed timestamp. The PDFs carry LibreOffice's creation date, so they differ
by that only.
"""


# ruff: noqa: E501

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "source"
THIN = Side(style="thin")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
SHADE = PatternFill("solid", fgColor="D9D9D9")
LIGHT = PatternFill("solid", fgColor="F2F2F2")
FONT = "IPAGothic"
FIXED = dt.datetime(2026, 12, 4, 0, 0, 0)


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms100/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms100/build.py"
    ws = wb.active
    ws.title = title
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    return wb, ws


def _put(
    ws,
    row,
    col,
    value,
    header=False,
    fmt=None,
    align=None,
    size=9,
    bold=False,
    valign=None,
    fill=None,
):
    """A bordered cell. Numbers stay numbers, with a number format."""
    cell = ws.cell(row=row, column=col, value=None if value == "" else value)
    cell.border = BORDER
    cell.font = Font(name=FONT, size=size, bold=bold)
    if header:
        cell.fill = SHADE
        cell.alignment = Alignment(
            horizontal=align or "center", vertical=valign or "center", wrap_text=True
        )
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        cell.alignment = Alignment(horizontal=align or "right", vertical=valign or "center")
        cell.number_format = fmt or ("#,##0" if isinstance(value, int) else "0.0")
    else:
        cell.alignment = Alignment(
            horizontal=align or "left", vertical=valign or "center", wrap_text=True
        )
    if fill is not None:
        cell.fill = fill
    return cell


def _merge(ws, r1: int, c1: int, r2: int, c2: int) -> None:
    """Merge a range; every cell of it keeps its border."""
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            ws.cell(row=r, column=c).border = BORDER
    ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)


def _span(ws, row, c1, c2, value, header=False, **kw):
    """A bordered value merged over c1..c2 of one row."""
    cell = _put(ws, row, c1, value, header=header, **kw)
    for c in range(c1 + 1, c2 + 1):
        _put(ws, row, c, None, header=header)
    if c2 > c1:
        _merge(ws, row, c1, row, c2)
    return cell


def _text(ws, row, col, value, bold=False, size=9, align=None):
    """A borderless text cell (titles, headings, notes)."""
    cell = ws.cell(row=row, column=col, value=value)
    cell.font = Font(name=FONT, size=size, bold=bold)
    cell.alignment = Alignment(horizontal=align or "left", vertical="center")
    return cell


def _para(ws, row, c1, c2, value, height, size=9, border=False):
    """A wrapped paragraph merged over c1..c2 (no border unless asked)."""
    cell = ws.cell(row=row, column=c1, value=value)
    cell.font = Font(name=FONT, size=size)
    cell.alignment = Alignment(horizontal="left", vertical="top", wrap_text=True)
    if border:
        for c in range(c1, c2 + 1):
            ws.cell(row=row, column=c).border = BORDER
    ws.merge_cells(start_row=row, start_column=c1, end_row=row, end_column=c2)
    ws.row_dimensions[row].height = height
    return cell


def _page(ws, orientation: str) -> None:
    ws.page_setup.orientation = orientation
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.5
    ws.page_margins.header = ws.page_margins.footer = 0.25


def _save(wb, path: Path) -> None:
    """Save, then rewrite the zip with fixed member dates (byte-stable output)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    with zipfile.ZipFile(path) as zin:
        members = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in members:
            if name == "docProps/core.xml":
                # openpyxl stamps the save time into dcterms:modified; pin it.
                data = re.sub(
                    rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                    rb"\g<1>2026-12-04T00:00:00Z\g<2>",
                    data,
                )
            info = zipfile.ZipInfo(name, date_time=(2026, 12, 4, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, data)


def to_pdf(xlsx: Path) -> None:
    """Convert a source XLSX to a PDF next to build.py (LibreOffice headless)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        print(
            f"soffice not found: {xlsx.with_suffix('.pdf').name} not rebuilt (the XLSX was written)"
        )
        return
    with tempfile.TemporaryDirectory(prefix="forms100_soffice_") as tmp:
        subprocess.run(
            [
                soffice,
                f"-env:UserInstallation=file://{tmp}/profile",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                tmp,
                str(xlsx),
            ],
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        shutil.copyfile(
            Path(tmp) / xlsx.with_suffix(".pdf").name, HERE / xlsx.with_suffix(".pdf").name
        )
    print(f"wrote {xlsx.with_suffix('.pdf').name}")


def _notes(ws, row: int, lines: list[str]) -> None:
    for i, line in enumerate(lines):
        _text(ws, row + i, 1, line, size=8)


def _head2(ws, h: int, singles, groups) -> None:
    """A two-row header: ``singles`` (col, word) merged down, ``groups`` (c1, c2, word, lower words)."""
    for c, word in singles:
        _put(ws, h, c, word, header=True)
        _put(ws, h + 1, c, None, header=True)
        _merge(ws, h, c, h + 1, c)
    for c1, c2, word, lower in groups:
        _span(ws, h, c1, c2, word, header=True)
        for j, w in enumerate(lower):
            _put(ws, h + 1, c1 + j, w, header=True)
    ws.row_dimensions[h].height = 22
    ws.row_dimensions[h + 1].height = 22


def _num(ws, r, c, v, fmt=None) -> None:
    if isinstance(v, str):
        _put(ws, r, c, v, align="center" if v in ("―", "") else "right")
    else:
        _put(ws, r, c, v, fmt=fmt)


# --------------------------------------------------------------------------------------------
# みなかみ町 (群馬県利根郡): 施策マネジメントシート（平成27年度の振り返り、総括）
# --------------------------------------------------------------------------------------------

# Real (the town's 施策マネジメントシート 21 観光の振興): the sheet's title, 基本目標Ⅲ, 施策21,
# 主管課, the date, the indicators A–C with their 千人/百万円 units, their 実績値 H23–H27 and their
# yearly 目標値, the 設定理由 wording and the 入湯客数 note. Made up: D and its figures, the money
# note, the column the first 目標値 stands in (H24).
MINAKAMI_FIELDS = [
    ("基本目標", "Ⅲ　交流による魅力と活力にあふれるまち"),
    ("施策", "21　観光の振興"),
    ("主管課", "観光商工課"),
    ("作成日", "平成28年6月28日"),
]
YEARS_MK = [
    "平成23年度",
    "平成24年度",
    "平成25年度",
    "平成26年度",
    "平成27年度",
    "平成28年度",
    "平成29年度",
]
MINAKAMI = [
    (
        "A",
        "宿泊客数",
        "千人",
        [1097, 1137, 1086, 1146, 1119, "", ""],
        ["", 1100, 1140, 1180, 1220, 1260, 1300],
    ),
    (
        "B",
        "入湯客数",
        "千人",
        [1229, 1316, 1289, 1321, 1277, "", ""],
        ["", 1230, 1279, 1328, 1377, 1426, 1476],
    ),
    (
        "C",
        "観光消費額",
        "百万円",
        [19951, 20725, 19813, 20623, 19043, "", ""],
        ["", 20000, 20800, 21600, 22400, 23200, 24000],
    ),
    (
        "D",
        "外国人宿泊客数",
        "人",
        ["―", 3210, 4850, 7420, 10680, "", ""],
        ["", 3000, 4500, 6000, 8000, 10000, 12000],
    ),
]


def minakami() -> Path:
    widths = [5, 20, 8, 9] + [11] * 7
    wb, ws = _sheet("施策マネジメントシート", widths)
    _text(ws, 1, 1, "施策マネジメントシート（平成27年度の振り返り、総括）", bold=True, size=12)
    _text(ws, 2, 11, "みなかみ町", align="right")
    r = 3
    for key, value in MINAKAMI_FIELDS:
        _span(ws, r, 1, 2, key, header=True)
        _span(ws, r, 3, 11, value)
        ws.row_dimensions[r].height = 18
        r += 1
    r += 1
    _text(ws, r, 1, "２　成果指標の推移", bold=True, size=10)
    h = r + 1
    _span(ws, h, 1, 2, "成果指標名", header=True)
    _put(ws, h, 3, "単位", header=True)
    _put(ws, h, 4, "区分", header=True)
    for j, y in enumerate(YEARS_MK):
        _put(ws, h, 5 + j, y, header=True)
    ws.row_dimensions[h].height = 22
    r = h + 1
    for label, name, unit, actuals, targets in MINAKAMI:
        for k, (kind, values) in enumerate((("実績値", actuals), ("目標値", targets))):
            _put(ws, r + k, 1, label if k == 0 else None, align="center")
            _put(ws, r + k, 2, name if k == 0 else None)
            _put(ws, r + k, 3, unit if k == 0 else None, align="center")
            _put(ws, r + k, 4, kind, align="center")
            for j, v in enumerate(values):
                _num(ws, r + k, 5 + j, v)
            ws.row_dimensions[r + k].height = 18
        for c in (1, 2, 3):
            _merge(ws, r, c, r + 1, c)
        r += 2
    _notes(
        ws,
        r + 1,
        [
            "A)直接的な設問であり、数値が高まれば目的が達成されているといえるため成果指標とした。群馬県観光客数・消費額調査による",
            "B)数値が高まれば町に多くの観光客が訪れているといえるため、成果指標とした。課税状況調査による",
            "C)直接的な設問であり、数値が高まれば目的が達成されているといえるため成果指標とした。群馬県観光客数・消費額調査による",
            "※平成23年度～27年度の入湯客数については、税務課資料（毎年5月時点）に基づく数値。",
            "※平成27年度の本施策に係る事業費（決算）は86,420千円。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "minakami_shisaku_management_h27.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 都留市 (山梨県): 平成28年度「事業評価・提案会」評価シート
# --------------------------------------------------------------------------------------------

# Real (the city's 評価シート of じょいつる市場): the title, 施策3 and its name, the purpose and
# content wording, the event counts of H27 (約3,000人/37団体 …), 平成27年度決算額 2,300,000円, the
# words KPI名称 / H31年度目標値 / 実績 / 達成率. Made up: 事業№, the 課, the 予算額, the KPI names,
# targets, actuals (summed from the H27 events) and 達成率.
TSURU_FIELDS = [
    ("施策名", "施策3　地元の商業力向上と地場産業の支援"),
    ("事業名（交付金事業名）", "じょいつる市場開催事業（地方創生加速化交付金）"),
    ("事業№", "③-2"),
    ("担当部署", "産業課"),
    (
        "目的",
        "人が集まる・いろいろなことにチャレンジできる・楽しいイベントを実施し、賑わいと交流を創出して、にぎわいのある商店街を再生する。",
    ),
    (
        "内容",
        "中心部の商店街（三町商店街）を歩行者天国とし、市民や都留文科大学生による出店やパフォーマンスなど、賑わいと交流の場として「じょいつる市場」を開催する。",
    ),
    (
        "【Do】事業の実績・取組状況",
        "・じょいつる市場初回（H27.9.13）：来場者数約3,000人、出店団体数：37団体\n"
        "・じょいつる市場2回（H27.12.6）：来場者数約2,500人、出店団体数：35団体\n"
        "・じょいつる市場3回（H28.3.13）：来場者数約5,000人、出店団体数：42団体",
    ),
    ("平成27年度決算額（平成28年度 予算額）", "2,300,000円（2,500,000円）"),
]
TSURU = [
    ("①KPI名称", "じょいつる市場の来場者数", "20,000人", "10,500人", "52.5%"),
    ("②KPI名称", "じょいつる市場の出店団体数", "150団体", "114団体", "76.0%"),
    ("③KPI名称", "三町商店街の空き店舗への新規出店数", "5件", "1件", "20.0%"),
]


def tsuru() -> Path:
    widths = [11, 15, 15, 13, 10, 9, 10, 7, 8]
    wb, ws = _sheet("評価シート", widths)
    _text(ws, 1, 1, "平成28年度「事業評価・提案会」　評価シート", bold=True, size=12)
    _text(ws, 2, 9, "都留市", align="right")
    r = 3
    for key, value in TSURU_FIELDS:
        _span(ws, r, 1, 2, key, header=True)
        _span(ws, r, 3, 9, value)
        lines = value.count("\n") + 1
        ws.row_dimensions[r].height = 30 if len(value) > 40 and lines == 1 else max(18, 14 * lines)
        r += 1
    r += 1
    _text(ws, r, 1, "【Check】KPIの達成状況", bold=True, size=10)
    r += 1
    for label, name, target, actual, rate in TSURU:
        _put(ws, r, 1, label, header=True)
        _span(ws, r, 2, 3, name)
        _put(ws, r, 4, "H31年度目標値", header=True)
        _put(ws, r, 5, target, align="right")
        _put(ws, r, 6, "H27実績", header=True)
        _put(ws, r, 7, actual, align="right")
        _put(ws, r, 8, "達成率", header=True)
        _put(ws, r, 9, rate, align="right")
        ws.row_dimensions[r].height = 26
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※来場者数・出店団体数は平成27年度に開催した3回の合計。",
            "※達成率はH27実績をH31年度目標値で除したもの。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "tsuru_jigyo_hyoka_sheet_h28.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 小浜市 (福井県): 小浜市環境基本計画 数値目標の進捗状況（平成27年度）
# --------------------------------------------------------------------------------------------

# Real (小浜市議会 minutes): the 環境基本計画 sets 数値目標 whose 達成状況 is checked by the
# 環境基本計画推進委員会, the おばま環境市民推進委員会 and the 小浜市環境審議会. Made up: the sheet,
# its date and 課, every indicator, unit, figure, 基準年比 and the money note.
OBAMA = [
    ("1", "市域の温室効果ガス排出量の削減", "千t-CO2", 312.4, 301.8, 290.0, 296.5, "△5.1%", 265.5),
    ("2", "1人1日当たりのごみ排出量の削減", "g/人・日", 985, 952, 940, 931, "△5.5%", 900),
    ("3", "リサイクル率", "％", 18.2, 20.1, 22.0, 21.4, "＋17.6%", 25.0),
    ("4", "環境学習講座の参加者数", "人", 1240, 1516, 1500, 1583, "＋27.7%", 2000),
    ("5", "公共施設の太陽光発電設備の設置数", "箇所", 6, 11, 12, 12, "＋100.0%", 20),
]


def obama() -> Path:
    widths = [5, 32, 10, 11, 10, 10, 10, 10, 11]
    wb, ws = _sheet("数値目標", widths)
    _text(ws, 1, 1, "小浜市環境基本計画　数値目標の進捗状況（平成27年度）", bold=True, size=12)
    _text(ws, 2, 9, "平成28年9月　小浜市環境衛生課", align="right")
    _text(
        ws,
        3,
        1,
        "環境基本計画推進委員会、おばま環境市民推進委員会および小浜市環境審議会において点検を行いました。",
        size=9,
    )
    _text(ws, 5, 1, "１　数値目標の進捗状況", bold=True, size=10)
    h = 6
    heads = [
        "No.",
        "指標",
        "単位",
        "基準値（H22）",
        "H26実績",
        "H27目標",
        "H27実績",
        "基準年比",
        "目標値（H32）",
    ]
    for c, word in enumerate(heads, start=1):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 24
    r = h + 1
    for no, name, unit, base, a26, t27, a27, ratio, final in OBAMA:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate((base, a26, t27, a27)):
            _num(ws, r, 4 + j, v, fmt="#,##0.0" if isinstance(v, float) else None)
        _put(ws, r, 8, ratio, align="right")
        _num(ws, r, 9, final, fmt="#,##0.0" if isinstance(final, float) else None)
        ws.row_dimensions[r].height = 20
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※基準年比＝（H27実績－基準値）÷基準値。△はマイナス。",
            "※温室効果ガス排出量は、国の統計等から推計しているため、2年前の数値となります。",
            "※平成27年度の環境施策関係事業費は48,210千円です。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "obama_kankyo_suchi_mokuhyo_h27.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 湯沢町 (新潟県南魚沼郡): 魚沼地域定住自立圏共生ビジョン 成果指標の進捗状況（湯沢町分）
# --------------------------------------------------------------------------------------------

# Real (the 共生ビジョン, 平成28年10月): the 圏域 and its members 南魚沼市・魚沼市・湯沢町, the
# three 政策分野 headings. Made up: the page, its date and 課, the 取組, every indicator, figure,
# 連携市町 entry and 事業費.
YUZAWA_BODY = """<table>
<tr><th>取組</th><th>成果指標</th><th>単位</th><th>現状値（H27）</th><th>H28実績</th><th>H29実績</th><th>目標値（H32）</th><th>連携市町</th><th>H29事業費（千円）</th></tr>
<tr><th colspan="9">1　生活機能の強化に係る政策分野</th></tr>
<tr><td rowspan="2">(1)　救急医療体制の確保</td><td>休日・夜間の救急当番医の開設日数</td><td>日</td><td>72</td><td>72</td><td>70</td><td>72</td><td>南魚沼市・魚沼市</td><td>4,820</td></tr>
<tr><td>町民の救急搬送の平均所要時間</td><td>分</td><td>48.5</td><td>47.2</td><td>46.8</td><td>45.0</td><td>南魚沼市</td><td>―</td></tr>
<tr><th colspan="9">2　結びつきやネットワークの強化に係る政策分野</th></tr>
<tr><td rowspan="2">(4)　広域観光の推進</td><td>圏域周遊ツアーの参加者数</td><td>人</td><td>―</td><td>385</td><td>512</td><td>600</td><td>南魚沼市・魚沼市</td><td>2,150</td></tr>
<tr><td>雪国観光圏の外国人延べ宿泊者数</td><td>万人泊</td><td>8.6</td><td>10.1</td><td>12.4</td><td>15.0</td><td>南魚沼市・魚沼市</td><td>（再掲）</td></tr>
<tr><th colspan="9">3　圏域マネジメント能力の強化に係る政策分野</th></tr>
<tr><td>(7)　合同職員研修の実施</td><td>合同研修への町職員の参加者数</td><td>人</td><td>18</td><td>24</td><td>―</td><td>30</td><td>南魚沼市・魚沼市</td><td>360</td></tr>
</table>"""


def yuzawa_html() -> str:
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>魚沼地域定住自立圏共生ビジョン　成果指標の進捗状況（湯沢町分）</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 1em; }}
th, td {{ border: 1px solid #333; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
</style>
</head>
<body>
<h1>魚沼地域定住自立圏共生ビジョン　成果指標の進捗状況（湯沢町分）</h1>
<p>平成30年9月　湯沢町企画政策課</p>
<p>魚沼地域定住自立圏（南魚沼市・魚沼市・湯沢町）の共生ビジョンに掲げた取組のうち、湯沢町が関わる取組の成果指標の状況を取りまとめました。</p>
<h2>成果指標の進捗状況（平成29年度）</h2>
{YUZAWA_BODY}
<p>※「―」は数値を把握していないものです。H29事業費の「（再掲）」は上の取組に含めて計上しています。</p>
<p>※合同職員研修の平成29年度参加者数は、平成30年度に取りまとめます。</p>
</body>
</html>
"""


def yuzawa() -> Path:
    path = HERE / "yuzawa_teiju_jiritsuken_seika_h29.html"
    path.write_bytes(yuzawa_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (minakami, tsuru, obama):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {yuzawa().name}")


if __name__ == "__main__":
    main()
