"""Build the built documents of forms153/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/higashihiroshima_gyokaku_kekka_h29.xlsx``, 第5次行政改革大綱・実施計画の取組結果 in the manner of
  東広島市 (広島県): **actual columns headed ``H25決算`` … ``H29決算``** (neither 実績 nor 目標), a baseline
  ``改革前（H23決算）``, targets with ``以下``, a printed 達成状況 column, a 財政効果額 money table between
  the two KPI grids; and the PDF;
* ``source/ishii_senryaku_kpi_h28.xlsx``, 総合戦略 KPI の進捗状況 in the manner of 石井町 (徳島県): one grid
  with **``≒`` approximate values**, 累計 inside cells, ``千人`` in a name bracket, a ``―`` baseline;
  and the PDF;
* ``source/kadena_jimujigyo_hyoka_h26.xlsx``, 事務事業評価表 in the manner of 嘉手納町 (沖縄県): form fields
  with 事業費 in 千円 and 執行率, a grid of 活動指標/成果指標 under **era-less years (24年度 …)** each split into
  目標|実績, a 評価 grade; and the PDF;
* ``shimabara_chiikisaisei_r6.html``, a 地域再生計画 page in the manner of 島原市 (長崎県): prose full of
  population figures, then a KPI table of 増加分 targets with **a negative 増加分 (▲) for a falling KPI**.

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
FIXED = dt.datetime(2026, 12, 5, 0, 0, 0)


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms153/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms153/build.py"
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
                    rb"\g<1>2026-12-05T00:00:00Z\g<2>",
                    data,
                )
            info = zipfile.ZipInfo(name, date_time=(2026, 12, 5, 0, 0, 0))
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
    with tempfile.TemporaryDirectory(prefix="forms153_soffice_") as tmp:
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


def _vals(ws, r, c0, vals, fmts=None) -> None:
    for j, v in enumerate(vals):
        fmt = (fmts or {}).get(j) or ("#,##0.0" if isinstance(v, float) else None)
        _put(ws, r, c0 + j, v, align="center" if v == "―" else "right", fmt=fmt)


# --------------------------------------------------------------------------------------------
# 東広島市 (広島県): 第5次東広島市行政改革大綱・実施計画の取組結果
# --------------------------------------------------------------------------------------------

# Real: the title, 平成25年度から平成29年度まで, 77項目, the two 改革全体の目標数値 (経常収支比率85.0%,
# 市債残高830億円) and their wording, the 財政効果目標額 約45億8,675万円, the four 重点項目. Made up: every
# 決算 figure, the 財政効果 actual, the three 成果指標 of section 3 and their figures, the notes.
HH_YEARS = ["改革前（H23決算）", "H25決算", "H26決算", "H27決算", "H28決算", "H29決算"]
HH_TOTAL = [
    (
        "経常収支比率",
        ["87.6%", "86.9%", "85.8%", "86.4%", "87.1%", "86.2%"],
        "85.0%以下",
        "未達成",
    ),
    (
        "普通会計における市債残高",
        ["892億円", "874億円", "858億円", "846億円", "833億円", "821億円"],
        "830億円以下",
        "達成",
    ),
]
HH_MAIN = [
    ("(1)財政基盤の強化", "市税徴収率（現年・滞納繰越分計）", "95.1%", "97.3%", "97.0%", "達成"),
    (
        "(3)公共施設マネジメントの確立",
        "公共施設の延床面積",
        "68.2万㎡",
        "67.5万㎡",
        "67.0万㎡以下",
        "未達成",
    ),
    ("(4)改革を前進させる環境づくり", "職員提案件数", "42件", "―", "100件", "―"),
]


def higashihiroshima() -> Path:
    wb, ws = _sheet("取組結果", [24, 15, 10, 10, 10, 10, 15, 12, 10])
    _page(ws, "portrait")
    _text(ws, 1, 1, "第5次東広島市行政改革大綱・実施計画の取組結果", bold=True, size=13)
    _text(ws, 2, 9, "平成30年10月　東広島市総務部", align="right")
    _text(ws, 3, 1, "改革期間：平成25年度から平成29年度まで（5年間）　実施計画項目：77項目", size=9)
    _text(ws, 5, 1, "1　改革全体の目標数値の達成状況", bold=True, size=11)
    h = 6
    _put(ws, h, 1, "指標", header=True)
    for j, y in enumerate(HH_YEARS):
        _put(ws, h, 2 + j, y, header=True)
    _put(ws, h, 8, "目標（H29）", header=True)
    _put(ws, h, 9, "達成状況", header=True)
    ws.row_dimensions[h].height = 30
    for i, (name, vals, goal, done) in enumerate(HH_TOTAL):
        r = h + 1 + i
        _put(ws, r, 1, name)
        for j, v in enumerate(vals):
            _put(ws, r, 2 + j, v, align="right")
        _put(ws, r, 8, goal, align="right")
        _put(ws, r, 9, done, align="center")
        ws.row_dimensions[r].height = 20
    r = h + 1 + len(HH_TOTAL)
    _text(ws, r, 1, "※経常収支比率、市債残高は各年度の普通会計決算による。", size=8)
    r += 2
    _text(ws, r, 1, "2　財政効果額", bold=True, size=11)
    r += 1
    _put(ws, r, 1, "区分", header=True)
    _span(ws, r, 2, 4, "目標額（5年間累計）", header=True)
    _span(ws, r, 5, 7, "実績額（5年間累計）", header=True)
    _span(ws, r, 8, 9, "達成率", header=True)
    r += 1
    _put(ws, r, 1, "財政効果額")
    _span(ws, r, 2, 4, "約45億8,675万円", align="right")
    _span(ws, r, 5, 7, "48億2,310万円", align="right")
    _span(ws, r, 8, 9, "105.2%", align="right")
    ws.row_dimensions[r].height = 20
    r += 2
    _text(ws, r, 1, "3　重点項目ごとの主な成果指標", bold=True, size=11)
    r += 1
    for c1, c2, word in [
        (1, 1, "重点項目"),
        (2, 4, "成果指標"),
        (5, 5, "改革前（H23決算）"),
        (6, 6, "H29決算"),
        (7, 8, "目標（H29）"),
        (9, 9, "達成状況"),
    ]:
        _span(ws, r, c1, c2, word, header=True)
    ws.row_dimensions[r].height = 30
    for item, name, base, act, goal, done in HH_MAIN:
        r += 1
        _put(ws, r, 1, item)
        _span(ws, r, 2, 4, name)
        _put(ws, r, 5, base, align="right")
        _put(ws, r, 6, act, align="center" if act == "―" else "right")
        _span(ws, r, 7, 8, goal, align="right")
        _put(ws, r, 9, done, align="center")
        ws.row_dimensions[r].height = 30
    _notes(
        ws,
        r + 1,
        [
            "※職員提案制度はH27に見直しを行い、H29は集計方法変更のため「―」とした。",
            "※(2)経営力の向上については、成果指標を設定していない。",
        ],
    )
    path = SOURCE / "higashihiroshima_gyokaku_kekka_h29.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 石井町 (徳島県名西郡): 石井町まち・ひと・しごと創生総合戦略 KPIの進捗状況
# --------------------------------------------------------------------------------------------

# Real: 石井町 among the municipalities whose 地方創生 取組状況 the prefecture lists (2017年5月19日). Made up:
# the sheet, its title and date, every 施策, KPI and figure.
ISHII = [
    # No., 施策, KPI, 基準値（H26）, H28目標, H28実績, 目標値（H31）
    (1, "農業の振興", "新規就農者数（人/年）", 2, 4, 4, 5),
    (2, "農業の振興", "れんこん作付面積（ha）", "≒48", 52, 51.2, 55),
    (3, "企業誘致・雇用", "町内事業所の新規雇用者数（人）", "―", "累計24", "累計30", "累計60"),
    (4, "移住・定住の促進", "移住相談件数（件）", 15, 30, 26, 50),
    (5, "観光・交流", "観光入込客数（千人）", 182, 190, "≒196", 200),
]


def ishii() -> Path:
    wb, ws = _sheet("KPI進捗", [6, 18, 32, 13, 11, 11, 13, 22])
    _page(ws, "landscape")
    _text(
        ws,
        1,
        1,
        "石井町まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の進捗状況（平成28年度）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 8, "平成29年8月　石井町企画財政課", align="right")
    h = 4
    for c, word in enumerate(
        [
            "No.",
            "具体的な施策",
            "重要業績評価指標（KPI）",
            "基準値（H26）",
            "H28目標",
            "H28実績",
            "目標値（H31）",
            "備考",
        ],
        start=1,
    ):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 26
    notes = {
        2: "≒は概数（農協聞き取り）",
        3: "H27からの累計",
        5: "H28実績は速報の概数",
    }
    for i, (no, measure, name, base, mid, act, goal) in enumerate(ISHII):
        r = h + 1 + i
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, measure)
        _put(ws, r, 3, name)
        for j, v in enumerate([base, mid, act, goal]):
            fmt = "0.0" if isinstance(v, float) else None
            _put(ws, r, 4 + j, v, align="center" if v == "―" else "right", fmt=fmt)
        _put(ws, r, 8, notes.get(no), size=8)
        ws.row_dimensions[r].height = 22
    _merge(ws, h + 1, 2, h + 2, 2)
    n = h + 1 + len(ISHII)
    _notes(
        ws,
        n,
        [
            "※関連事業費（H28決算）：農業振興 12,480千円、移住定住 3,150千円、観光交流 5,020千円。",
            "※基準値の「―」は、平成26年度に把握していないもの。",
        ],
    )
    path = SOURCE / "ishii_senryaku_kpi_h28.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 嘉手納町 (沖縄県中頭郡): 平成26年度 事務事業評価表
# --------------------------------------------------------------------------------------------

# Real: 嘉手納町 as one of the municipalities of the prefecture's 平成28年度 沖縄振興特別推進市町村交付金事業計画
# 成果目標（変更） list. Made up: the form, the 事業, every indicator, figure and grade.
KADENA = [
    # 区分, 指標名, 単位, 24目標, 24実績, 25目標, 25実績, 26目標
    ("活動指標", "県外での観光PRイベント等の開催", "都市", 4, 4, 9, 7, 6),
    ("活動指標", "観光パンフレットの作成部数", "部", 10000, 10000, 20000, 23000, 20000),
    ("成果指標", "道の駅かでな入館者数", "千人", 720, 714, 850, 938, 950),
    ("成果指標", "観光客満足度（「満足」の割合）", "%", 80.0, 76.4, 80.0, "集計中", 82.0),
]


def kadena() -> Path:
    wb, ws = _sheet("事務事業評価表", [15, 30, 7, 10, 10, 10, 10, 10])
    _page(ws, "portrait")
    _text(ws, 1, 1, "平成26年度　事務事業評価表", bold=True, size=13)
    _text(ws, 2, 8, "嘉手納町企画財政課", align="right")
    fields = [
        ("事業番号・事業名", "1-①　観光誘客プロモーション事業"),
        ("担当部課名", "産業環境課　商工観光係"),
        ("事業実施年度", "平成24～33年度"),
    ]
    r = 4
    for k, v in fields:
        _put(ws, r, 1, k, header=True)
        _span(ws, r, 2, 8, v)
        r += 1
    r += 1
    _text(ws, r, 1, "■事業費の状況（単位：千円）", bold=True, size=10)
    r += 1
    _span(ws, r, 1, 2, "区分", header=True)
    _span(ws, r, 3, 4, "24年度", header=True)
    _span(ws, r, 5, 6, "25年度", header=True)
    _span(ws, r, 7, 8, "26年度", header=True)
    for label, vals in [
        ("予算現額", [4200, 5100, 5800]),
        ("執行済額", [3950, 4870, None]),
        ("執行率（％）", ["94.0%", "95.5%", "―"]),
    ]:
        r += 1
        _span(ws, r, 1, 2, label)
        for j, v in enumerate(vals):
            _span(ws, r, 3 + 2 * j, 4 + 2 * j, v, align="center" if v == "―" else "right")
    r += 2
    _text(ws, r, 1, "■指標の状況", bold=True, size=10)
    r += 1
    _head2(
        ws,
        r,
        [(1, "区分"), (2, "指標名"), (3, "単位")],
        [
            (4, 5, "24年度", ["目標", "実績"]),
            (6, 7, "25年度", ["目標", "実績"]),
            (8, 8, "26年度", ["目標"]),
        ],
    )
    r += 1
    for kind, name, unit, *vals in KADENA:
        r += 1
        _put(ws, r, 1, kind, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate(vals):
            fmt = "0.0" if isinstance(v, float) else None
            _put(ws, r, 4 + j, v, align="center" if isinstance(v, str) else "right", fmt=fmt)
        ws.row_dimensions[r].height = 22
    r += 2
    _put(ws, r, 1, "評価", header=True)
    _put(ws, r, 2, "B（概ね順調）", align="center")
    _span(
        ws,
        r,
        3,
        8,
        "25年度は開催都市を増やしたが目標に届かなかった。満足度調査は集計中。",
        size=8,
    )
    ws.row_dimensions[r].height = 30
    _notes(ws, r + 1, ["※評価 A：順調　B：概ね順調　C：遅れている"])
    path = SOURCE / "kadena_jimujigyo_hyoka_h26.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 島原市 (長崎県): 第3期 島原市まち・ひと・しごと創生推進計画（地域再生計画）
# --------------------------------------------------------------------------------------------

# Real: the plan's name, its 4 地域再生計画の目標 prose figures (58,890人 S55, 43,338人 R2, 27,091人 R32,
# 16,247人, 22,117人 S30, 5,467人, 265人 R5, 745人, ▲480人). Made up: the page, the KPI table and its figures.
SHIMABARA_KPI = """<tr><td>市内での新規創業件数</td><td>件</td><td class="num">12</td><td class="num">3</td><td class="num">3</td><td class="num">4</td><td class="num">10</td></tr>
<tr><td>移住相談窓口を通じた移住者数</td><td>人</td><td class="num">45</td><td class="num">10</td><td class="num">12</td><td class="num">15</td><td class="num">37</td></tr>
<tr><td>市内の空き家数</td><td>戸</td><td class="num">1,230</td><td class="num">▲20</td><td class="num">▲20</td><td class="num">▲30</td><td class="num">▲70</td></tr>"""


def shimabara_html() -> str:
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>第3期 島原市まち・ひと・しごと創生推進計画｜島原市</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
td.num {{ text-align: right; }}
</style>
</head>
<body>
<p>ホーム &gt; 分類から探す &gt; 市政情報 &gt; 地方創生</p>
<h1>第3期 島原市まち・ひと・しごと創生推進計画</h1>
<h2>4 地域再生計画の目標</h2>
<p>本市の人口は、昭和55年の58,890人をピークに減少傾向であり、令和2年の国勢調査では、43,338人となっている。国立社会保障人口問題研究所によると、令和32年には、令和2年と比較して、16,247人減少し27,091人になるとの推計見込みである。</p>
<p>年少人口（0～14歳）は昭和30年の22,117人をピークに減少し、令和2年には5,467人となっている。出生数は令和5年には265人、死亡者数は745人で、自然増減は▲480人（自然減）となっている。</p>
<p>これらの課題に対応するため、次の事項を本計画期間における基本目標として掲げ、目標の達成を図る。</p>
<table border="1">
<tr><th rowspan="2">KPI</th><th rowspan="2">単位</th><th rowspan="2">事業開始前<br>（現時点）</th><th colspan="3">増加分</th><th rowspan="2">KPI増加分<br>の累計</th></tr>
<tr><th>2025年度<br>（1年目）</th><th>2026年度<br>（2年目）</th><th>2027年度<br>（3年目）</th></tr>
{SHIMABARA_KPI}
</table>
<p>※空き家数は減少を目標とするため、増加分を▲（マイナス）で示している。</p>
<p>お問い合わせ：市長公室 政策企画課</p>
</body>
</html>
"""


def shimabara() -> Path:
    path = HERE / "shimabara_chiikisaisei_r6.html"
    path.write_bytes(shimabara_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (higashihiroshima, ishii, kadena):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {shimabara().name}")


if __name__ == "__main__":
    main()
