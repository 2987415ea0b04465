"""Build the built documents of forms128/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/gyoda_shisaku_hyoka_h29.xlsx``, a 総合振興計画 施策評価シート in the manner of 行田市 (埼玉県): a
  form block (施策番号, 施策名, 主管課, 事業費 in 千円) over a grid whose 実績値 (H27 | H28 | H29) and 目標値
  (H29 | H32) are followed by a computed 進捗度 column; 千人 and 百万円 in 単位; a ``―`` actual; and the PDF;
* ``source/kamakura_shinchoku_h28.xlsx``, a 総合計画 施策の進捗状況 in the manner of 鎌倉市 (神奈川県): one
  indicator over a 目標 row and an 実績 row (区分 column), 策定時（H24） and 目標（H31） merged over both rows,
  万人 in 単位, a ``…の削減`` indicator, a blank first-year target; and the PDF;
* ``source/nakanoto_kpi_kensho_r3.xlsx``, a 総合戦略 KPIの検証結果 in the manner of 中能登町 (石川県): 【基本目標】
  rows across the grid, values carrying their units (``1億2,300万円``, ``延べ15件``), ``5%増`` and ``現状維持``
  as R6 targets; and the PDF;
* ``aga_seika_shihyo_r4.html``, a 総合計画 成果指標の進捗状況 in the manner of 阿賀町 (新潟県): 施策 cells
  rowspanned, 目標値（R4） | 実績値（R4） | 目標値（R6） and a 年平均必要量 column, 千人 in 単位, a
  ``―（隔年調査）`` actual.

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
    wb.properties.creator = "forms128/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms128/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms128_soffice_") as tmp:
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
# 行田市 (埼玉県): 第5次行田市総合振興計画 後期基本計画 施策評価シート（平成29年度）
# --------------------------------------------------------------------------------------------

# Real: 行田市, the 第5次行田市総合振興計画 (H23–H32) and its 将来像. Made up: the sheet, its date, the 施策
# number and name, the 課, every indicator, figure and note, the money.
GYODA = [
    ("1", "観光入込客数", "千人", 1512, (1580, 1645, 1702), (1650, 1800)),
    ("2", "古代蓮の里の来園者数", "人", 412300, (398500, 425100, "―"), (430000, 450000)),
    (
        "3",
        "市民千人当たりの観光ボランティア登録者数",
        "人",
        1.8,
        (2.0, 2.1, 2.3),
        (2.2, 2.5),
    ),
    ("4", "観光案内所の利用者数", "人", 8420, (8910, 9230, 8760), (9500, 10000)),
    ("5", "観光消費額", "百万円", 3150, (3240, 3310, 3420), (3400, 3800)),
]


def _progress(base, actual, goal) -> str:
    if not isinstance(actual, (int, float)):
        return "―"
    return f"{(actual - base) / (goal - base) * 100:.1f}%"


def gyoda() -> Path:
    widths = [5, 30, 7, 10, 9, 9, 9, 9, 9, 9]
    wb, ws = _sheet("施策評価", widths)
    _text(
        ws,
        1,
        1,
        "第5次行田市総合振興計画　後期基本計画　施策評価シート（平成29年度）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 10, "平成30年8月　行田市", align="right")
    _text(ws, 3, 1, "将来像　古代から未来へ　夢をつなぐまち　ぎょうだ", size=9)
    _put(ws, 5, 1, "施策番号", header=True)
    _put(ws, 5, 2, "2-3")
    _span(ws, 5, 3, 4, "施策名", header=True)
    _span(ws, 5, 5, 10, "観光の振興")
    _put(ws, 6, 1, "主管課", header=True)
    _put(ws, 6, 2, "商工観光課")
    _span(ws, 6, 3, 4, "関係課", header=True)
    _span(ws, 6, 5, 10, "文化財保護課、農政課")
    _span(ws, 7, 1, 4, "施策に係る事業費（H29決算）", header=True)
    _span(ws, 7, 5, 10, "48,620千円")
    for r in (5, 6, 7):
        ws.row_dimensions[r].height = 18
    _text(ws, 9, 1, "１　成果指標の達成状況", bold=True, size=11)
    h = 10
    _head2(
        ws,
        h,
        [(1, "No."), (2, "成果指標"), (3, "単位"), (4, "基準値\n（H26）"), (10, "進捗度")],
        [(5, 7, "実績値", ["H27", "H28", "H29"]), (8, 9, "目標値", ["H29", "H32"])],
    )
    r = h + 2
    for no, name, unit, base, actuals, targets in GYODA:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate((base, *actuals, *targets)):
            _put(ws, r, 4 + j, v, align="center" if v == "―" else None)
        _put(ws, r, 10, _progress(base, actuals[2], targets[1]), align="right")
        ws.row_dimensions[r].height = 24
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※進捗度＝（H29実績値－基準値）÷（H32目標値－基準値）",
            "※古代蓮の里の来園者数のH29実績は、集計方法の見直しのため「―」としています。",
            "※観光消費額は、観光入込客数に1人当たり消費額を乗じた推計値です。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "gyoda_shisaku_hyoka_h29.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 鎌倉市 (神奈川県): 第3次鎌倉市総合計画 第3期基本計画 施策の進捗状況（平成28年度）
# --------------------------------------------------------------------------------------------

# Real: 鎌倉市, the 第3次鎌倉市総合計画 and its 第3期基本計画 (H26–H31, 前期実施計画 H26–H28), the 将来都市像.
# Made up: the sheet, its date, every indicator, figure and note, the money.
KAMAKURA = [
    ("1", "入込観光客数", "万人", 2156, (2200, 2220, 2240), (2341, 2296, 2211), 2300),
    (
        "2",
        "観光案内所の外国人利用者数",
        "人",
        18420,
        ("", 25000, 28000),
        (21530, 27840, 31210),
        35000,
    ),
    (
        "3",
        "家庭系ごみ焼却量の削減",
        "t",
        32540,
        (31000, 30000, 29000),
        (31420, 30180, 28950),
        27000,
    ),
    ("4", "市民活動団体の登録数", "団体", 412, (420, 430, 440), (425, 433, "―"), 460),
]


def kamakura() -> Path:
    widths = [5, 30, 7, 10, 7, 9, 9, 9, 10]
    wb, ws = _sheet("施策の進捗", widths)
    _text(
        ws,
        1,
        1,
        "第3次鎌倉市総合計画　第3期基本計画　施策の進捗状況（平成28年度）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 9, "平成29年9月　鎌倉市", align="right")
    _text(
        ws,
        3,
        1,
        "将来都市像　古都としての風格を保ちながら、生きる喜びと新しい魅力を創造するまち",
        size=9,
    )
    _text(ws, 5, 1, "■施策の達成度を測る指標", bold=True, size=11)
    h = 6
    for c, word in enumerate(
        ["No.", "指標名", "単位", "策定時\n（H24）", "区分", "H26", "H27", "H28", "目標\n（H31）"],
        start=1,
    ):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 28
    r = h + 1
    for no, name, unit, base, plan, actual, goal in KAMAKURA:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _put(ws, r, 4, base)
        _put(ws, r, 9, goal)
        for c in (1, 2, 3, 4, 9):
            _put(ws, r + 1, c, None)
        _put(ws, r, 5, "目標", align="center")
        _put(ws, r + 1, 5, "実績", align="center")
        for j, v in enumerate(plan):
            _put(ws, r, 6 + j, v, align="right", fill=LIGHT)
        for j, v in enumerate(actual):
            _put(ws, r + 1, 6 + j, v, align="center" if v == "―" else "right")
        for c in (1, 2, 3, 4, 9):
            _merge(ws, r, c, r + 1, c)
        ws.row_dimensions[r].height = 18
        ws.row_dimensions[r + 1].height = 18
        r += 2
    _notes(
        ws,
        r + 1,
        [
            "※入込観光客数は、鎌倉市観光客数調査（暦年）によります。",
            "※観光案内所の外国人利用者数の平成26年度目標は、設定していません。",
            "※市民活動団体の登録数の平成28年度実績は、登録制度の更新手続き中のため「―」としています。",
            "※前期実施計画（平成26～28年度）の事業費は、計1,245,300千円です。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "kamakura_shinchoku_h28.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 中能登町 (石川県鹿島郡): 第2期中能登町まち・ひと・しごと創生総合戦略 KPIの検証結果（令和3年度）
# --------------------------------------------------------------------------------------------

# Real: 中能登町, its 第2期中能登町まち・ひと・しごと創生総合戦略 (after the national 第2期 基本目標 1 and 2,
# whose words the headings copy). Made up: the sheet, its date, every KPI, figure and note, the money.
NAKANOTO = [
    (
        "【基本目標1】稼ぐ地域をつくるとともに、安心して働けるようにする",
        [
            ("1", "町内事業所の新規雇用者数", "24人", "18人", "21人", "26人", "30人"),
            ("2", "織物関連事業所の新商品開発件数", "2件", "3件", "4件", "3件", "延べ15件"),
            (
                "3",
                "農産物直売所の販売額",
                "1億2,300万円",
                "1億1,850万円",
                "1億2,640万円",
                "1億2,500万円",
                "5%増",
            ),
        ],
    ),
    (
        "【基本目標2】地方とのつながりを築き、地方への新しいひとの流れをつくる",
        [
            ("4", "転入者数", "412人", "398人", "405人", "420人", "450人"),
            ("5", "空き家バンクの成約件数", "3件", "5件", "―", "5件", "8件"),
            ("6", "地域おこし協力隊員数", "6人", "6人", "7人", "", "現状維持"),
        ],
    ),
]


def nakanoto() -> Path:
    widths = [5, 34, 12, 12, 12, 12, 12]
    wb, ws = _sheet("KPI検証", widths)
    _text(
        ws,
        1,
        1,
        "第2期中能登町まち・ひと・しごと創生総合戦略　KPIの検証結果（令和3年度）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 7, "令和4年9月　中能登町", align="right")
    _text(ws, 4, 1, "■重要業績評価指標（KPI）の検証結果", bold=True, size=11)
    h = 5
    _head2(
        ws,
        h,
        [(1, "No."), (2, "重要業績評価指標（KPI）"), (3, "基準値\n（R元）")],
        [(4, 5, "実績値", ["R2", "R3"]), (6, 7, "目標値", ["R3", "R6"])],
    )
    r = h + 2
    for head, rows in NAKANOTO:
        _span(ws, r, 1, 7, head, fill=LIGHT, bold=True)
        ws.row_dimensions[r].height = 18
        r += 1
        for row in rows:
            for j, v in enumerate(row):
                align = "center" if j == 0 or v == "―" else ("left" if j == 1 else "right")
                _put(ws, r, 1 + j, v, align=align)
            ws.row_dimensions[r].height = 22
            r += 1
    _notes(
        ws,
        r + 1,
        [
            "※目標値（R6）の「延べ」は令和2～6年度の累計、「5%増」は基準値からの増加率です。",
            "※空き家バンクの成約件数の令和3年度実績は、集計中のため「―」としています。",
            "※地域おこし協力隊員数の令和3年度目標は、設定していません。",
            "※令和3年度の地方創生推進交付金事業費（決算）は18,540千円です。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "nakanoto_kpi_kensho_r3.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 阿賀町 (新潟県東蒲原郡): 第2次阿賀町総合計画 後期基本計画 成果指標の進捗状況（令和4年度）
# --------------------------------------------------------------------------------------------

# Real: 阿賀町, the 第2次阿賀町総合計画 後期基本計画 (R2–R6), which is also the 第2期阿賀町総合戦略, and its
# 基本理念. Made up: the page's date, every 施策 code and name, indicator, figure and note.
AGA = [
    (
        "1-1　農林業の振興",
        [
            ("認定農業者数", "経営体", "112", "115", "104", "120", "8.0"),
            ("阿賀町産米の直販量", "t", "85.0", "95.0", "101.3", "110.0", "4.4"),
        ],
    ),
    (
        "2-1　観光の振興",
        [
            ("観光入込客数", "千人", "1,048", "900", "763", "1,100", "168.5"),
            ("温泉施設の利用者数", "人", "186,400", "160,000", "171,250", "190,000", "9,375"),
        ],
    ),
    (
        "3-2　移住・定住の促進",
        [
            ("移住者数", "人", "18", "25", "31", "30", "―"),
            (
                "町に住み続けたいと思う町民の割合",
                "％",
                "68.4",
                "70.0",
                "―（隔年調査）",
                "75.0",
                "―",
            ),
        ],
    ),
]


def aga_html() -> str:
    body = []
    for head, rows in AGA:
        for i, row in enumerate(rows):
            cells = "".join(
                f'<td class="num">{c}</td>' if j >= 2 else f"<td>{c}</td>"
                for j, c in enumerate(row)
            )
            lead = f'<td rowspan="{len(rows)}">{head}</td>' if i == 0 else ""
            body.append(f"<tr>{lead}{cells}</tr>")
    rows = "\n".join(body)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>第2次阿賀町総合計画 後期基本計画 成果指標の進捗状況｜阿賀町</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 1em; }}
th, td {{ border: 1px solid #333; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
td.num {{ text-align: right; }}
</style>
</head>
<body>
<h1>第2次阿賀町総合計画　後期基本計画（第2期阿賀町総合戦略）　成果指標の進捗状況（令和4年度）</h1>
<p>令和5年9月　阿賀町</p>
<p>基本理念「豊かな自然・かがやく文化・みんなで築く安心のまち」の実現に向け、後期基本計画（令和2年度～令和6年度）に掲げた成果指標の令和4年度の状況をまとめました。</p>
<h2>成果指標の進捗状況</h2>
<table border="1">
<tr><th>施策</th><th>成果指標</th><th>単位</th><th>計画策定時<br>（R元）</th><th>目標値<br>（R4）</th><th>実績値<br>（R4）</th><th>目標値<br>（R6）</th><th>残り2年の<br>年平均必要量</th></tr>
{rows}
</table>
<p>※年平均必要量＝（目標値（R6）－実績値（R4））÷2。目標値（R6）に達している指標は「―」としています。</p>
<p>※町民の割合は町民意識調査（隔年実施、次回は令和5年度）によります。</p>
<p>※令和4年度の後期基本計画関連事業費（決算）は2,184,560千円です。</p>
</body>
</html>
"""


def aga() -> Path:
    path = HERE / "aga_seika_shihyo_r4.html"
    path.write_bytes(aga_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (gyoda, kamakura, nakanoto):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {aga().name}")


if __name__ == "__main__":
    main()
