"""Build the built documents of forms130/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/hokuto_jisshi_keikaku_r2.xlsx``, a 総合計画 実施計画 in the manner of 北斗市 (北海道): a
  成果指標 grid whose **year headers carry the kind in brackets** (``H30（実績） | R元（見込） |
  R2（計画） | R3（計画） | R4（計画）``), ①–⑤ labels, 千人 in 単位, a ``―`` actual, 関連施策 codes
  and a 主要施策 money grid; and the PDF;
* ``source/mitane_kouteihyo_r3.xlsx``, a 総合戦略 工程表 in the manner of 三種町 (秋田県): **取組
  rows with arrows and words across the years between KPI rows**, each KPI a 目標/実績 row pair
  under one name, unit and baseline; and the PDF;
* ``source/ohira_kouka_kensho_r3.xlsx``, a 地方創生総合戦略 効果検証 in the manner of 大衡村 (宮城県):
  具体的施策 cells merged down, 基準値 over ``H30``, 実績値 over ``R2 | R3``, **the target headed
  ``最終年度`` under ``計画期間（R2～R6）``**, a 進捗率 column, a ``未調査`` actual, a unitless
  ratio; and the PDF;
* ``otama_seika_shihyo_h30.html``, a 総合振興計画 成果指標の状況 in the manner of 大玉村 (福島県):
  ``<th rowspan>`` 施策 cells, units inside the value cells (``1億3,460万円``), **a printed
  達成状況 of 達成済 for targets reached before their year**, a ``―`` actual.

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
    wb.properties.creator = "forms130/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms130/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms130_soffice_") as tmp:
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


# --------------------------------------------------------------------------------------------
# 北斗市 (北海道): 北斗市総合計画 令和2年度実施計画
# --------------------------------------------------------------------------------------------

# Real: 北斗市, its 総合計画 令和2年度実施計画, 基本目標1 新幹線を活かした元気で魅力あるまちづくり,
# 基本計画1 企業誘致の推進と雇用の拡大, 関連施策 30-2、35-4, 主要施策1 企業誘致の推進, 新函館北斗駅前地区.
# Made up: the layout, date, 課, every indicator, figure, amount and note.
HOKUTO = [
    ("①", "新函館北斗駅周辺への企業立地件数（累計）", "件", (3, 4, 5, 6, 8)),
    ("②", "立地企業による新規雇用者数", "人", (42, 15, 20, 20, 20)),
    ("③", "工業団地の分譲率", "％", (61.2, 64.0, 68.0, 72.0, 75.0)),
    ("④", "サテライトオフィス等の開設数", "件", ("―", 0, 1, 2, 3)),
    ("⑤", "市内事業所の従業者数", "千人", (14.8, 14.7, 14.9, 15.0, 15.0)),
]
HOKUTO_MONEY = [
    ("企業誘致の推進", "企画課", 12480),
    ("新函館北斗駅前地区の賑わい創出", "新幹線課", 8650),
]


def hokuto() -> Path:
    widths = [5, 36, 7, 10, 10, 10, 10, 10]
    wb, ws = _sheet("実施計画", widths)
    _text(ws, 1, 1, "北斗市総合計画　令和2年度実施計画", bold=True, size=12)
    _text(ws, 2, 8, "令和2年4月　北斗市総務部企画課", align="right")
    _text(ws, 4, 1, "基本目標1　新幹線を活かした元気で魅力あるまちづくり", bold=True, size=11)
    _text(ws, 5, 1, "基本計画1　企業誘致の推進と雇用の拡大", bold=True, size=10)
    _text(
        ws,
        6,
        1,
        "・北海道新幹線の札幌延伸を見据え、恵まれた立地環境を活かした企業誘致を進める。",
    )
    _text(ws, 7, 1, "関連施策　30-2、35-4")
    _text(ws, 9, 1, "■成果指標", bold=True, size=10)
    h = 10
    for c, word in enumerate(
        [
            "No.",
            "成果指標",
            "単位",
            "H30\n（実績）",
            "R元\n（見込）",
            "R2\n（計画）",
            "R3\n（計画）",
            "R4\n（計画）",
        ],
        start=1,
    ):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 30
    r = h + 1
    for label, name, unit, vals in HOKUTO:
        _put(ws, r, 1, label, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate(vals):
            fmt = "0.0" if isinstance(v, float) else None
            _put(ws, r, 4 + j, v, align="center" if v == "―" else "right", fmt=fmt)
        ws.row_dimensions[r].height = 22
        r += 1
    r += 1
    _text(ws, r, 1, "■主要施策", bold=True, size=10)
    h = r + 1
    _put(ws, h, 1, "No.", header=True)
    _span(ws, h, 2, 3, "主要施策", header=True)
    _span(ws, h, 4, 5, "担当課", header=True)
    _span(ws, h, 6, 8, "R2事業費（千円）", header=True)
    r = h + 1
    for i, (name, dept, money) in enumerate(HOKUTO_MONEY, start=1):
        _put(ws, r, 1, i, align="center")
        _span(ws, r, 2, 3, name)
        _span(ws, r, 4, 5, dept, align="center")
        _span(ws, r, 6, 8, money)
        ws.row_dimensions[r].height = 20
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※R元（見込）は、令和2年1月末現在の数値を基に推計したものです。",
            "※④は令和元年度からの新規指標のため、平成30年度の実績はありません。",
            "※市内事業所の従業者数は、経済センサス等を基に企画課で推計しています。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "hokuto_jisshi_keikaku_r2.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 三種町 (秋田県): 三種町まち・ひと・しごと創生総合戦略 工程表（令和3年度の進捗）
# --------------------------------------------------------------------------------------------

# Real: 三種町, its 総合戦略, the 子育て交流施設「みっしゅ」, the one-stop support from 妊娠 to 子育て期,
# ふるさと教育. Made up: the sheet, date, 課, 基本目標 and 施策 wording, every 取組, indicator and figure.
YEARS_M = ["R3", "R4", "R5", "R6"]
MITANE = [
    ("取組", "子育て世代包括支援センターの運営", ["span", "━━━━━━ 実施 ━━━━━━→"]),
    ("取組", "子育て交流施設「みっしゅ」の整備・運営", ["整備", "span", "運営 ━━━━→"]),
    ("KPI", "「みっしゅ」の年間利用者数", "人", "―", (8000, 9000, 10000, 10000), (9412,)),
    ("KPI", "乳幼児健診の受診率", "％", 96.5, (98.0, 98.0, 98.0, 98.0), (97.1,)),
    ("取組", "ふるさと教育の推進（小中学校）", ["span", "━━━━━━ 継続 ━━━━━━→"]),
    ("KPI", "ふるさと教育に取り組む小中学校の割合", "％", 100, (100, 100, 100, 100), (100,)),
    ("KPI", "出生数", "人", 74, (80, 80, 80, 80), (61,)),
]


def mitane() -> Path:
    widths = [6, 34, 6, 10, 6, 9, 9, 9, 9]
    wb, ws = _sheet("工程表", widths)
    _text(
        ws,
        1,
        1,
        "三種町まち・ひと・しごと創生総合戦略　工程表（令和3年度の進捗）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 9, "令和4年8月　三種町企画政策課", align="right")
    _text(ws, 4, 1, "基本目標3　結婚・出産・子育ての希望をかなえる", bold=True, size=11)
    _text(ws, 5, 1, "施策(1)　妊娠から子育てまでの切れ目ない支援", bold=True, size=10)
    h = 6
    _head2(
        ws,
        h,
        [(1, "区分"), (2, "取組・指標"), (3, "単位"), (4, "基準値\n（R元）"), (5, "")],
        [(6, 9, "年度", YEARS_M)],
    )
    r = h + 2
    for row in MITANE:
        if row[0] == "取組":
            _, name, cells = row
            _put(ws, r, 1, "取組", align="center")
            _span(ws, r, 2, 5, name)
            if cells[0] == "span":
                _span(ws, r, 6, 9, cells[1], align="center")
            else:
                _put(ws, r, 6, cells[0], align="center")
                _span(ws, r, 7, 9, cells[2], align="center")
            ws.row_dimensions[r].height = 20
            r += 1
            continue
        _, name, unit, base, targets, actuals = row
        for c, v in ((1, "KPI"), (2, name), (3, unit), (4, base)):
            fmt = "0.0" if isinstance(v, float) else None
            align = "center" if c in (1, 3) or v == "―" else None
            _put(ws, r, c, v, align=align, fmt=fmt)
            _put(ws, r + 1, c, None)
            _merge(ws, r, c, r + 1, c)
        _put(ws, r, 5, "目標", align="center", fill=LIGHT)
        _put(ws, r + 1, 5, "実績", align="center", fill=LIGHT)
        for j in range(4):
            t = targets[j]
            a = actuals[j] if j < len(actuals) else ""
            _put(ws, r, 6 + j, t, fmt="0.0" if isinstance(t, float) else None)
            _put(ws, r + 1, 6 + j, a, fmt="0.0" if isinstance(a, float) else None)
        ws.row_dimensions[r].height = 18
        ws.row_dimensions[r + 1].height = 18
        r += 2
    _notes(
        ws,
        r + 1,
        [
            "※「みっしゅ」は令和2年度開設のため、基準値はありません。",
            "※出生数は1月から12月までの人数です（住民基本台帳）。",
            "※令和3年度の子育て支援関連事業費（決算）は48,215千円です。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "mitane_kouteihyo_r3.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 大衡村 (宮城県): 大衡村地方創生総合戦略 効果検証結果（令和3年度）
# --------------------------------------------------------------------------------------------

# Real: 大衡村, its 地方創生総合戦略, the 策定委員会 of 産官学金 members, the 村民アンケート of 18歳以上
# 40歳未満. Made up: the second-period dates (R2～R6), the sheet, date, 課, every 施策, indicator, figure.
OHIRA = [
    (
        "地域産業の振興と雇用の場の確保",
        [
            ("村内事業所の従業者数", "人", 8650, (8720, 8910), 9000, "74.3%"),
            ("新規就農者数（累計）", "人", 0, (2, 3), 5, "60.0%"),
        ],
    ),
    (
        "移住・定住の促進",
        [
            ("村外からの転入者数", "人", 412, (398, 436), 450, "63.2%"),
            ("村に住み続けたいと思う若者の割合", "％", 58.4, ("未調査", 61.0), 70.0, "22.4%"),
        ],
    ),
    ("子育て支援の充実", [("合計特殊出生率", "―", 1.52, (1.48, 1.55), 1.60, "37.5%")]),
]


def ohira() -> Path:
    widths = [5, 18, 30, 6, 9, 9, 9, 12, 9]
    wb, ws = _sheet("効果検証", widths)
    _text(ws, 1, 1, "大衡村地方創生総合戦略　効果検証結果（令和3年度）", bold=True, size=12)
    _text(ws, 2, 9, "令和4年10月　大衡村企画財政課", align="right")
    _text(ws, 4, 1, "１　重要業績評価指標（KPI）の状況", bold=True, size=11)
    h = 5
    _head2(
        ws,
        h,
        [(1, "No."), (2, "具体的施策"), (3, "重要業績評価指標（KPI）"), (4, "単位"), (9, "進捗率")],
        [
            (5, 5, "基準値", ["H30"]),
            (6, 7, "実績値", ["R2", "R3"]),
            (8, 8, "計画期間\n（R2～R6）", ["最終年度"]),
        ],
    )
    ws.row_dimensions[h].height = 30
    r = h + 2
    no = 1
    for head, rows in OHIRA:
        first = r
        for name, unit, base, actuals, target, rate in rows:
            _put(ws, r, 1, no, align="center")
            _put(ws, r, 2, head if r == first else None)
            _put(ws, r, 3, name)
            _put(ws, r, 4, unit, align="center")
            for j, v in enumerate((base, *actuals, target)):
                fmt = (
                    "0.00"
                    if name == "合計特殊出生率"
                    else ("0.0" if isinstance(v, float) else None)
                )
                _put(ws, r, 5 + j, v, align="center" if isinstance(v, str) else "right", fmt=fmt)
            _put(ws, r, 9, rate, align="right")
            ws.row_dimensions[r].height = 24
            r += 1
            no += 1
        if r - first > 1:
            _merge(ws, first, 2, r - 1, 2)
    _notes(
        ws,
        r + 1,
        [
            "※進捗率＝（R3実績値－基準値）÷（最終年度目標値－基準値）",
            "※村に住み続けたいと思う若者の割合は、18歳以上40歳未満の村民アンケート（隔年）によります。令和2年度は調査を行っていません。",
            "※令和3年度の総合戦略関連事業費（決算）は35,620千円です。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "ohira_kouka_kensho_r3.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 大玉村 (福島県): 大玉村総合振興計画 後期基本計画 成果指標の状況（平成30年度）
# --------------------------------------------------------------------------------------------

# Real: 大玉村, its 基本構想 (平成23年3月) with the 将来像 小さくても輝く“大いなる田舎”大玉村, 基本目標1
# 力強い産業と広がる交流 with 施策 1 農林産品の安定生産 and 2 地域資源を活かしたものづくり. Made up: the
# page's date and 課, the 後期基本計画 period, every indicator, figure, status and note.
OTAMA = [
    (
        "1",
        "農林産品の安定生産",
        [
            ("米の1等米比率", "92.4%", "95.1%", "96.3%", "97.0%", "96.0%", "達成済"),
            (
                "認定農業者数",
                "118経営体",
                "121経営体",
                "119経営体",
                "122経営体",
                "130経営体",
                "未達成",
            ),
            ("森林整備面積", "42.0ha", "38.5ha", "45.2ha", "―", "50.0ha", "未達成"),
        ],
    ),
    (
        "2",
        "地域資源を活かしたものづくり",
        [
            (
                "農産物直売所の売上額",
                "1億2,300万円",
                "1億2,850万円",
                "1億3,120万円",
                "1億3,460万円",
                "1億5,000万円",
                "未達成",
            ),
            ("6次化商品の開発数（累計）", "3件", "5件", "7件", "10件", "10件", "達成済"),
        ],
    ),
]


def otama_html() -> str:
    rows = []
    for no, head, items in OTAMA:
        for i, (name, *vals, status) in enumerate(items):
            th = f'<th scope="rowgroup" rowspan="{len(items)}">{no}　{head}</th>' if i == 0 else ""
            cells = "".join(f'<td class="num">{v}</td>' for v in vals)
            rows.append(f"<tr>{th}<td>{name}</td>{cells}<td>{status}</td></tr>")
    body = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>大玉村総合振興計画 後期基本計画 成果指標の状況｜大玉村</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 1em; }}
th, td {{ border: 1px solid #333; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
td.num {{ text-align: right; }}
</style>
</head>
<body>
<h1>大玉村総合振興計画 後期基本計画 成果指標の状況（平成30年度）</h1>
<p>令和元年9月　大玉村政策推進課</p>
<p>将来像「小さくても輝く“大いなる田舎”大玉村」の実現に向け、後期基本計画（平成28～32年度）に掲げた成果指標の状況を取りまとめました。達成状況欄の「達成済」は、目標年度を待たずに目標値に達したものです。</p>
<h2>基本目標1　力強い産業と広がる交流</h2>
<table border="1">
<tr><th rowspan="2">施策</th><th rowspan="2">成果指標</th><th rowspan="2">現状値<br>（平成26年度）</th><th colspan="3">実績値</th><th rowspan="2">目標値<br>（平成32年度）</th><th rowspan="2">達成状況</th></tr>
<tr><th>平成28年度</th><th>平成29年度</th><th>平成30年度</th></tr>
{body}
</table>
<p>※平成30年度の森林整備面積は、集計中のため掲載していません。</p>
<p>※平成30年度の農林業振興関係予算は212,540千円です。</p>
</body>
</html>
"""


def otama() -> Path:
    path = HERE / "otama_seika_shihyo_h30.html"
    path.write_bytes(otama_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (hokuto, mitane, ohira):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {otama().name}")


if __name__ == "__main__":
    main()
