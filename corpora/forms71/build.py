"""Build the built documents of forms71/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/ena_kpi_kensho_h29.xlsx``, a KPI検証シート in the manner of 恵那市 (岐阜県): `現状値 | 目標値 |
  実績値` in an upper header row over a lower row of years (`H26 | H31 | H27 H28 H29`), a 達成率 column,
  `千人`/`千円` in the 単位 column, a `―` actual; and the PDF;
* ``source/miyaki_kpi_shinchoku_h29.xlsx``, a KPI進捗管理表 in the manner of みやき町 (佐賀県): 目標/実績 row
  pairs under `H27 … H31`, 基準値 and 評価 merged over each pair, 具体的施策 merged down; and the PDF;
* ``source/kin_seika_shihyo_h29.xlsx``, a 総合計画 成果指標 sheet in the manner of 金武町 (沖縄県): `現状値（H26） |
  H29目標 | H29実績 | 目標値（H32） | 備考`, a 減少 indicator, `百万円`/`千人` units, a value in a 備考 cell; and the PDF;
* ``yonago_suchi_mokuhyo_h29.html``, a 数値目標 page in the manner of 米子市 (鳥取県): a two-row `<thead>` with
  実績値 over H27–H29, a bare 基準値, a 単位 column after the values, `万人` units, 進捗 words.

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
    wb.properties.creator = "forms71/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms71/build.py"
    ws = wb.active
    ws.title = title
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    return wb, ws


def _put(ws, row, col, value, header=False, fmt=None, align=None, size=9, bold=False, valign=None):
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
    with tempfile.TemporaryDirectory(prefix="forms71_soffice_") as tmp:
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


# --------------------------------------------------------------------------------------------
# 恵那市 (岐阜県): KPI検証シート — 現状値/目標値/実績値 over a lower row of years, 達成率, 千人/千円, ―
# --------------------------------------------------------------------------------------------

# Real: the strategy's name (恵那市まち・ひと・しごと創生総合戦略, 平成27年策定). Made up: the sheet, date, 課,
# 基本目標 wording, every KPI, figure, note and money.
ENA = [
    # (No, KPI, 単位, 現状値 H26, 目標値 H31, H27, H28, H29, 達成率)
    (1, "新規就農者数", "人", 3, 10, 4, 6, 7, "70.0%"),
    (2, "企業誘致による新規雇用者数", "人", 25, 150, 38, 61, 92, "61.3%"),
    (3, "恵那峡周辺の観光入込客数", "千人", 1120, 1300, 1156, 1201, 1187, "91.3%"),
    (4, "ふるさと納税寄附額", "千円", 48500, 100000, 62300, 88900, "―", "―"),
    (5, "創業支援による創業件数", "件", 8, 15, 9, 12, 16, "106.7%"),
]


def ena() -> Path:
    widths = [5, 30, 7, 10, 10, 10, 10, 10, 9]
    wb, ws = _sheet("KPI検証", widths)
    _text(
        ws,
        1,
        1,
        "恵那市まち・ひと・しごと創生総合戦略　KPI検証シート（平成29年度）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 9, "平成30年8月　恵那市企画課", align="right", size=9)
    _text(ws, 4, 1, "基本目標1　恵那の資源を活かし、しごとをつくる", bold=True, size=11)
    h = 5
    top = [
        "No",
        "重要業績評価指標（KPI）",
        "単位",
        "現状値",
        "目標値",
        "実績値",
        None,
        None,
        "達成率",
    ]
    low = [None, None, None, "H26", "H31", "H27", "H28", "H29", None]
    for c in range(1, 10):
        _put(ws, h, c, top[c - 1], header=True)
        _put(ws, h + 1, c, low[c - 1], header=True)
    for c in (1, 2, 3, 9):
        _merge(ws, h, c, h + 1, c)
    _merge(ws, h, 6, h, 8)
    ws.row_dimensions[h].height = 18
    ws.row_dimensions[h + 1].height = 18
    r = h + 2
    for no, name, unit, *cells, rate in ENA:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate(cells):
            _put(ws, r, 4 + j, v, align="right")
        _put(ws, r, 9, rate, align="right")
        ws.row_dimensions[r].height = 22
        r += 1
    notes = [
        "※達成率＝H29実績値÷目標値（H31）",
        "※No.4のH29実績値は集計中のため「―」としています。",
        "※平成29年度 地方創生推進交付金事業費：24,860千円",
    ]
    for i, line in enumerate(notes):
        _text(ws, r + 1 + i, 1, line, size=8)
    _page(ws, "portrait")
    path = SOURCE / "ena_kpi_kensho_h29.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# みやき町 (佐賀県): KPI進捗管理表 — 目標/実績 row pairs under H27–H31, merged 基準値, A/B/C 評価
# --------------------------------------------------------------------------------------------

# Real (みやき町総合戦略, 平成28年2月): 基本戦略3's wording. Made up: the sheet, date, 課, 施策, every KPI,
# figure, grade, note and money.
MIYAKI = [
    (
        "(1)企業誘致と雇用の創出",
        [
            ("企業誘致件数", "件", 0, [1, 1, 1, 1, 1], [0, 2, 1], "A"),
            ("町内事業所の新規雇用者数", "人", 35, [40, 45, 50, 55, 60], [38, 41, 47], "B"),
        ],
    ),
    (
        "(2)農業の担い手の確保",
        [
            ("新規就農者数", "人", 2, [3, 3, 3, 3, 3], [3, 1, 4], "A"),
        ],
    ),
    (
        "(3)創業・起業の支援",
        [
            ("創業支援事業による創業者数", "件", 5, [6, 7, 8, 9, 10], [6, 7, "―"], "A"),
        ],
    ),
]


def miyaki() -> Path:
    widths = [20, 26, 6, 10, 7, 8, 8, 8, 8, 8, 7]
    wb, ws = _sheet("KPI進捗管理表", widths)
    _text(ws, 1, 1, "みやき町総合戦略　KPI進捗管理表（平成29年度実績）", bold=True, size=12)
    _text(ws, 2, 11, "平成30年7月　みやき町企画調整課", align="right", size=9)
    _text(ws, 4, 1, "基本戦略3　安定した雇用を創出する、活気あるまちづくり", bold=True, size=11)
    h = 5
    head = [
        "具体的施策",
        "KPI",
        "単位",
        "基準値（H26）",
        "区分",
        "H27",
        "H28",
        "H29",
        "H30",
        "H31",
        "評価",
    ]
    for c, word in enumerate(head, start=1):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 22
    r = h + 1
    for measure, rows in MIYAKI:
        first = r
        for name, unit, base, targets, actuals, grade in rows:
            for k, (word, values) in enumerate((("目標", targets), ("実績", actuals))):
                rr = r + k
                _put(ws, rr, 5, word, align="center", bold=False)
                for j in range(5):
                    v = values[j] if j < len(values) else ""
                    _put(ws, rr, 6 + j, v, align="right")
                ws.row_dimensions[rr].height = 18
            _put(ws, r, 2, name)
            _put(ws, r, 3, unit, align="center")
            _put(ws, r, 4, base, align="right")
            _put(ws, r, 11, grade, align="center")
            for c in (2, 3, 4, 11):
                _put(ws, r + 1, c, None)
                _merge(ws, r, c, r + 1, c)
            r += 2
        _put(ws, first, 1, measure)
        for rr in range(first + 1, r):
            _put(ws, rr, 1, None)
        _merge(ws, first, 1, r - 1, 1)
    notes = [
        "※評価　A：H29目標を達成　B：H29目標の8割以上　C：H29目標の8割未満（実績が未確定の場合は直近の年度で評価）",
        "※創業支援事業による創業者数のH29実績は、商工会の集計中のため「―」としています。",
        "※平成29年度 基本戦略3関連事業費：18,450千円",
    ]
    for i, line in enumerate(notes):
        _text(ws, r + 1 + i, 1, line, size=8)
    _page(ws, "landscape")
    path = SOURCE / "miyaki_kpi_shinchoku_h29.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 金武町 (沖縄県): 総合計画 成果指標の達成状況 — H29目標 beside H29実績, a 減少 indicator, 百万円/千人, 備考
# --------------------------------------------------------------------------------------------

# Real: 第5次金武町総合計画 (平成28年度～平成37年度) and its motto. Made up: the sheet, date, 課, 基本目標
# and 施策 wording, every indicator, figure, remark, note and money.
KIN = [
    (
        "3-1",
        "農業の振興",
        [
            ("農業産出額", "百万円", 612, 640, 655, 680, "（参考）H28実績：648百万円"),
            ("耕作放棄地面積の減少", "ha", 38.5, 34.0, 35.2, 30.0, "農業委員会調べ"),
        ],
    ),
    (
        "3-2",
        "観光の振興",
        [
            ("観光入込客数", "千人", 1250, 1400, 1462, 1500, "観光協会調べ"),
            ("体験型観光の受入人数", "人", 3200, 4000, 3870, 5000, ""),
        ],
    ),
    (
        "3-3",
        "商工業の振興",
        [
            ("町内の新規創業件数", "件", 2, 4, 4, 5, "商工会調べ"),
        ],
    ),
]


def kin() -> Path:
    widths = [16, 26, 8, 11, 9, 9, 11, 20]
    wb, ws = _sheet("成果指標", widths)
    _text(
        ws,
        1,
        1,
        "第5次金武町総合計画 前期基本計画　成果指標の達成状況（平成29年度）",
        bold=True,
        size=11,
    )
    _text(ws, 2, 8, "平成30年9月　金武町企画課", align="right", size=9)
    _text(ws, 4, 1, "基本目標3　活力ある産業のまちづくり", bold=True, size=11)
    h = 5
    head = [
        "施策",
        "成果指標",
        "単位",
        "現状値\n（H26）",
        "H29\n目標",
        "H29\n実績",
        "目標値\n（H32）",
        "備考",
    ]
    for c, word in enumerate(head, start=1):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 28
    r = h + 1
    for code, measure, rows in KIN:
        first = r
        for name, unit, *cells, remark in rows:
            _put(ws, r, 2, name)
            _put(ws, r, 3, unit, align="center")
            for j, v in enumerate(cells):
                fmt = "0.0" if unit == "ha" else None
                _put(ws, r, 4 + j, v, align="right", fmt=fmt)
            _put(ws, r, 8, remark, size=8)
            ws.row_dimensions[r].height = 22
            r += 1
        _put(ws, first, 1, f"{code}\n{measure}")
        for rr in range(first + 1, r):
            _put(ws, rr, 1, None)
        if r - 1 > first:
            _merge(ws, first, 1, r - 1, 1)
    notes = [
        "※耕作放棄地面積は、減少を目標としています。",
        "※現状値は前期基本計画策定時の値です。",
        "※平成29年度 産業振興関連事業費：86,720千円",
    ]
    for i, line in enumerate(notes):
        _text(ws, r + 1 + i, 1, line, size=8)
    _page(ws, "portrait")
    path = SOURCE / "kin_seika_shihyo_h29.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 米子市 (鳥取県): 数値目標の進捗状況 — 実績値 over H27–H29, bare 基準値, 単位 as the last-but-one column
# --------------------------------------------------------------------------------------------

# Real (米子市 平成29年度の取組実績 page): the title words, the heading, the six 数値目標 names and two
# figures (移住者数 533人, 出生数 1,359人 for H29) and the 順調 / 不十分 wording. Made up: every other figure,
# the date, notes and money.
YONAGO = [
    # (数値目標, 基準値, H27, H28, H29, 目標値（H31）, 単位, 進捗)
    ("雇用創出数", "―", "212", "398", "551", "1,000", "人", "不十分"),
    ("観光客入込み客数", "344.1", "346.2", "339.8", "341.5", "400", "万人", "不十分"),
    ("皆生温泉宿泊客数", "41.2", "40.8", "39.6", "38.9", "45", "万人", "不十分"),
    ("皆生温泉外国人宿泊客数", "4,350", "6,120", "8,940", "11,260", "10,000", "人泊", "順調"),
    ("移住者数（県外からの移住者）", "298", "452", "497", "533", "500", "人", "順調"),
    ("出生数", "1,421", "1,402", "1,388", "1,359", "1,450", "人", "不十分"),
]


def yonago_html() -> str:
    lines = [
        "<table>",
        "<thead>",
        '<tr><th rowspan="2">数値目標</th><th rowspan="2">基準値</th><th colspan="3">実績値</th><th rowspan="2">目標値<br>（H31）</th><th rowspan="2">単位</th><th rowspan="2">進捗</th></tr>',
        "<tr><th>H27</th><th>H28</th><th>H29</th></tr>",
        "</thead>",
        "<tbody>",
    ]
    for name, *cells, unit, word in YONAGO:
        tds = "".join(f'<td class="r">{v}</td>' for v in cells)
        lines.append(
            f'<tr><td>{name}</td>{tds}<td class="c">{unit}</td><td class="c">{word}</td></tr>'
        )
    lines += ["</tbody>", "</table>"]
    table = "\n".join(lines)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>平成29年度の取組実績｜米子市</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin: 0.4em 0 0.8em; }}
th, td {{ border: 1px solid #333; padding: 3px 8px; }}
th {{ background: #e8e8e8; font-weight: normal; }}
td.r {{ text-align: right; }}
td.c {{ text-align: center; }}
p.note {{ font-size: 85%; margin: 0.2em 0; }}
</style>
</head>
<body>
<h1>平成29年度の取組実績</h1>
<p>平成30年8月　米子市総合政策部総合政策課</p>
<p>米子がいな創生総合戦略（平成27年度～平成31年度）の平成29年度の取組実績をまとめました。</p>
<h2>基本目標に係る数値目標の進捗状況</h2>
<p>移住者数、皆生温泉外国人宿泊客数など順調に進捗しているものと、雇用創出数、観光客入込み客数、皆生温泉宿泊客数、出生数など進捗が不十分なものとがありました。</p>
{table}
<p class="note">※雇用創出数は、平成27年度からの累計です。基準値は設定していません。</p>
<p class="note">※進捗は、目標値（H31）に向けた進み具合を示しています。</p>
<p class="note">※平成29年度の総合戦略関連事業費：2億3,640万円</p>
</body>
</html>
"""


def yonago() -> Path:
    path = HERE / "yonago_suchi_mokuhyo_h29.html"
    path.write_bytes(yonago_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (ena, miyaki, kin):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {yonago().name}")


if __name__ == "__main__":
    main()
