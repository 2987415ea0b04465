"""Build the built documents of forms93/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/maizuru_kpi_shinchoku_r5.xlsx``, a 第2期総合戦略 KPI の進捗 in the manner of 舞鶴市 (京都府):
  ``約`` values in ``万人``, a target for the original end year beside one for the extended end year
  (``R6（当初）`` | ``R8（延長後）``), a 前進・後退 column, counts of items in the notes; and the PDF;
* ``source/sakaiminato_shisaku_shinchoku_h30.xlsx``, a 総合戦略 施策の進捗評価 in the manner of 境港市
  (鳥取県): units in 【】 at the end of each name (``【百万円】``), a 方向 column of ⇗/⇘, units and
  ``※単年実績`` inside value cells, a signed 進捗率, 評価点 and a 施策評価 average merged down; and the PDF;
* ``source/uwajima_jimujigyo_hyoka_r5.xlsx``, a 事務事業評価シート in the manner of 宇和島市 (愛媛県):
  form fields with money above, year headers in kanji numerals (``令和五年度目標``), full-width digits
  in the value cells, a ``５以下`` target, a 差引 column with ``▲``, 1次/2次/3次評価 words; and the PDF;
* ``yakushima_kpi_kensho_2019.html``, a 総合戦略 KPI の検証 in the manner of 屋久島町 (鹿児島県):
  基本目標 cells spanning rows, each KPI's 基準値/目標値/実績値 as ``<li>`` lines in one cell with the
  year in brackets, ``億``/``万`` values, a 評価 column of 達成/未達成.

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
    wb.properties.creator = "forms93/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms93/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms93_soffice_") as tmp:
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


# --------------------------------------------------------------------------------------------
# 舞鶴市 (京都府): 第2期舞鶴市まち・ひと・しごと創生総合戦略 KPIの進捗状況（令和5年度実績）
# --------------------------------------------------------------------------------------------

# Real (舞鶴市's page on the 第2期総合戦略): the strategy's name, 基本目標①'s wording, the two-year
# extension of the plan period (2024(令和6)年度末 → 2026 年度末), 181 KPI of which 125 前進, 交流人口
# and 経済人口 as the city's measures. Made up: every figure of the grid, the other KPIs and the notes.
MAIZURU = [
    ("交流人口", "万人", "約291", "約176", "約224", "約268", 300, 300, "後退"),
    ("経済人口", "人", 98500, 96870, 97240, 97905, 100000, 100000, "後退"),
    ("京都舞鶴港のクルーズ客船寄港数", "回", 34, 0, 5, 27, 40, 40, "後退"),
    ("市の支援による創業者数（累計）", "件", 48, 121, 163, 208, 200, 260, "前進"),
    ("市内高校卒業者の市内就職率", "％", 41.2, 38.5, "―", 43.0, 45.0, 46.0, "前進"),
]


def maizuru() -> Path:
    widths = [34, 7, 10, 10, 10, 10, 11, 11, 9]
    wb, ws = _sheet("KPI進捗", widths)
    _text(
        ws,
        1,
        1,
        "第2期舞鶴市まち・ひと・しごと創生総合戦略　KPIの進捗状況（令和5年度実績）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 9, "令和6年9月　舞鶴市", align="right", size=9)
    _text(
        ws,
        3,
        1,
        "※総合計画と計画期間を合わせるため、計画期間を2年間延長しました（令和6年度末→令和8年度末）。延長後の目標値を併記しています。",
        size=8,
    )
    _text(ws, 5, 1, "基本目標①　将来に夢と希望の持てる活力あるまちをつくる", bold=True, size=11)
    h = 6
    for c, word in ((1, "KPI"), (2, "単位"), (9, "前進・\n後退")):
        _put(ws, h, c, word, header=True)
        _put(ws, h + 1, c, None, header=True)
        _merge(ws, h, c, h + 1, c)
    _put(ws, h, 3, "基準値", header=True)
    _put(ws, h + 1, 3, "H30", header=True)
    _span(ws, h, 4, 6, "実績値", header=True)
    for j, year in enumerate(("R3", "R4", "R5")):
        _put(ws, h + 1, 4 + j, year, header=True)
    _span(ws, h, 7, 8, "目標値", header=True)
    _put(ws, h + 1, 7, "R6（当初）", header=True)
    _put(ws, h + 1, 8, "R8（延長後）", header=True)
    ws.row_dimensions[h].height = 18
    ws.row_dimensions[h + 1].height = 18
    r = h + 2
    for name, unit, *cells in MAIZURU:
        _put(ws, r, 1, name)
        _put(ws, r, 2, unit, align="center")
        for j, v in enumerate(cells):
            fmt = "0.0" if isinstance(v, float) else None
            align = "center" if j == 6 or v == "―" else "right"
            _put(ws, r, 3 + j, v, align=align, fmt=fmt)
        ws.row_dimensions[r].height = 24
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※前進・後退は、令和5年度実績値を基準値（H30）と比べたものです。",
            "※第2期総合戦略のKPI181項目のうち、125項目が前進しました（令和5年度末現在）。",
            "※市内就職率の令和4年度値は、調査方法の変更により掲載していません。",
            "※令和5年度の京都舞鶴港振興関係事業費は45,210千円です。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "maizuru_kpi_shinchoku_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 境港市 (鳥取県): 境港市総合戦略 施策の進捗評価（平成30年度）
# --------------------------------------------------------------------------------------------

# Real (境港市's page まちづくりの基本目標): 基本目標2 全国ブランドである「さかな」と「鬼太郎」を活かした
# 経済振興, the 具体的施策 (1) 境港ブランドの積極的情報発信. The sheet's shape is copied from
# another 鳥取県 city's 総合計画 進捗 page (SOURCES.tsv): names ending in 【単位】, a ⇗ column, values
# with units, ※単年実績, a signed 進捗率, 評価点 −5…5 and the 施策's average with last year's in
# brackets. Made up: the second 施策, every indicator and figure.
SAKAIMINATO = [
    (
        "(1)境港ブランドの積極的情報発信",
        "2.50\n(2.00)",
        [
            (
                1,
                "水木しげるロードの観光入込客数【人】",
                "⇗",
                "2,052,000人",
                "1,907,000人",
                "2,200,000人",
                "-98.0%",
                -5,
            ),
            (
                2,
                "境港産水産物のブランド認定品目数【品目】",
                "⇗",
                "2品目\n※単年実績",
                "9",
                "10品目",
                "87.5%",
                4,
            ),
        ],
    ),
    (
        "(2)水産業の振興",
        "1.50\n(1.00)",
        [
            (
                3,
                "境漁港の水揚金額【百万円】",
                "⇗",
                "21,905百万円",
                "22,610百万円",
                "24,000百万円",
                "33.7%",
                1,
            ),
            (4, "漁業就業者の平均年齢【歳】", "⇘", "58.2歳", "56.9歳", "55.0歳", "40.6%", 2),
        ],
    ),
]


def sakaiminato() -> Path:
    widths = [22, 5, 36, 6, 13, 13, 13, 9, 7, 10]
    wb, ws = _sheet("施策の進捗", widths)
    _text(ws, 1, 1, "境港市総合戦略　施策の進捗評価（平成30年度）", bold=True, size=12)
    _text(ws, 2, 10, "平成31年3月　境港市", align="right", size=9)
    _text(
        ws,
        4,
        1,
        "基本目標2　全国ブランドである「さかな」と「鬼太郎」を活かした経済振興",
        bold=True,
        size=11,
    )
    h = 5
    heads = (
        "施策",
        "No.",
        "指標名【単位】",
        "方向",
        "基準値\n（H26）",
        "実績値\n（H30）",
        "目標値\n（H31）",
        "進捗率",
        "評価点",
        "施策評価\n（前年度）",
    )
    for c, word in enumerate(heads, start=1):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 30
    r = h + 1
    for program, average, rows in SAKAIMINATO:
        first = r
        for no, name, arrow, base, act, target, rate, score in rows:
            _put(ws, r, 1, program if r == first else None, valign="center")
            _put(ws, r, 2, no, align="center", fmt="0")
            _put(ws, r, 3, name)
            _put(ws, r, 4, arrow, align="center")
            for j, v in enumerate((base, act, target, rate)):
                _put(ws, r, 5 + j, v, align="right")
            _put(ws, r, 9, score, align="center", fmt="0")
            _put(ws, r, 10, average if r == first else None, align="center")
            ws.row_dimensions[r].height = 30
            r += 1
        _merge(ws, first, 1, r - 1, 1)
        _merge(ws, first, 10, r - 1, 10)
    _notes(
        ws,
        r + 1,
        [
            "※方向：⇗ 数値が大きいほど良い　⇘ 数値が小さいほど良い",
            "※進捗率＝（実績値－基準値）÷（目標値－基準値）　評価点：進捗率に応じて－5～5点",
            "※施策評価は評価点の平均、括弧内は前年度の値です。",
            "※「※単年実績」：基準値はその年度のみの数値です（実績値・目標値は平成27年度からの累計）。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "sakaiminato_shisaku_shinchoku_h30.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 宇和島市 (愛媛県): 事務事業評価シート（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (宇和島市's page 事務事業評価について): 事務事業評価 by the staff, in three steps: 1次 担当課,
# 2次 企画情報課, 3次 担当部局; the result words 現状維持 / 事務の再構築. Made up: the 事業, its fields,
# every indicator, figure and money.
UWAJIMA_FIELDS = [
    ("事務事業名", "移住定住促進事業"),
    ("担当課", "地域振興課"),
    ("事業費（千円）", "令和四年度決算　１２，４８０　／　令和五年度決算　１４，２１５"),
    ("事業の概要", "移住相談窓口の運営、空き家バンクの運営、移住者への住宅改修費補助を行う。"),
]
UWAJIMA = [
    ("移住相談件数", "件", "１８６", "２００", "２１４", "１４"),
    ("本市の支援制度を利用した移住者数", "人", "４２", "５０", "３８", "▲１２"),
    ("空き家バンク成約件数", "件", "１５", "２０", "２０", "０"),
    ("移住後３年以内の転出者数", "人", "６", "５以下", "７", "２"),
]


def uwajima() -> Path:
    widths = [30, 7, 12, 12, 12, 14]
    wb, ws = _sheet("事務事業評価", widths)
    _text(ws, 1, 1, "事務事業評価シート（令和五年度）", bold=True, size=12)
    _text(ws, 2, 6, "宇和島市", align="right", size=9)
    _text(ws, 4, 1, "１　事務事業の概要", bold=True, size=10)
    r = 5
    for key, value in UWAJIMA_FIELDS:
        _put(ws, r, 1, key, header=True)
        _span(ws, r, 2, 6, value)
        ws.row_dimensions[r].height = 22 if len(value) < 40 else 30
        r += 1
    r += 1
    _text(ws, r, 1, "２　成果指標", bold=True, size=10)
    h = r + 1
    heads = (
        "指標名",
        "単位",
        "令和四年度\n実績",
        "令和五年度\n目標",
        "令和五年度\n実績",
        "差引\n（実績－目標）",
    )
    for c, word in enumerate(heads, start=1):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 30
    r = h + 1
    for name, unit, *cells in UWAJIMA:
        _put(ws, r, 1, name)
        _put(ws, r, 2, unit, align="center")
        for j, v in enumerate(cells):
            _put(ws, r, 3 + j, v, align="right")
        ws.row_dimensions[r].height = 22
        r += 1
    r += 1
    _text(ws, r, 1, "３　評価結果", bold=True, size=10)
    r += 1
    _put(ws, r, 1, "区分", header=True)
    _span(ws, r, 2, 3, "評価結果", header=True)
    _span(ws, r, 4, 6, "意見", header=True)
    r += 1
    for step, word, note in (
        (
            "1次評価（担当課）",
            "現状維持",
            "相談件数は目標を上回ったが、移住者数は目標に届かなかった。",
        ),
        ("2次評価（企画情報課）", "事務の再構築", "相談から移住に至る支援の流れを見直すこと。"),
        ("3次評価（担当部局）", "事務の再構築", "令和六年度に補助制度の要件を見直す。"),
    ):
        _put(ws, r, 1, step)
        _span(ws, r, 2, 3, word, align="center")
        _span(ws, r, 4, 6, note)
        ws.row_dimensions[r].height = 30
        r += 1
    _notes(ws, r + 1, ["※差引の「▲」は目標値を下回ったことを示します。"])
    _page(ws, "portrait")
    path = SOURCE / "uwajima_jimujigyo_hyoka_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 屋久島町 (鹿児島県熊毛郡): 屋久島町まち・ひと・しごと創生総合戦略 KPIの検証（2019年度）
# --------------------------------------------------------------------------------------------

# Real (屋久島町's 総合戦略骨子案, 資料3): the strategy's name, its five years 2015～2019年度, the
# 第一次振興計画 and its まちづくりの目標 sentence. Made up: the 基本目標 wording, every KPI, figure
# and verdict.
YAKUSHIMA_BODY = """<table border="1">
<tr><th>基本目標</th><th>KPI</th><th>数値</th><th>評価</th></tr>
<tr><td rowspan="2">基本目標1　屋久島の資源を活かしたしごとをつくる</td><td>新規就農者数（累計）</td><td><ul><li>基準値：3人（2014年度）</li><li>目標値：15人（2019年度）</li><li>実績値：17人（2019年度）</li></ul></td><td>達成</td></tr>
<tr><td>屋久杉工芸品の年間販売額</td><td><ul><li>基準値：1億2,400万円（2014年）</li><li>目標値：1億5,000万円（2019年）</li><li>実績値：1億3,180万円（2019年）</li></ul></td><td>未達成</td></tr>
<tr><td rowspan="2">基本目標2　屋久島への新しいひとの流れをつくる</td><td>入込客数</td><td><ul><li>基準値：約29万人（2014年）</li><li>目標値：32万人（2019年）</li><li>実績値：約27万人（2018年）</li></ul></td><td>―</td></tr>
<tr><td>移住相談窓口を通じた移住者数</td><td><ul><li>基準値：8人（2015年度）</li><li>目標値：50人（2019年度）</li><li>実績値：46人（2019年度）</li></ul></td><td>未達成</td></tr>
</table>"""


def yakushima_html() -> str:
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>屋久島町まち・ひと・しごと創生総合戦略　KPIの検証（2019年度）</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; }}
th, td {{ border: 1px solid #333; padding: 2px 6px; vertical-align: top; }}
ul {{ margin: 0; padding-left: 1.2em; }}
</style>
</head>
<body>
<h1>屋久島町まち・ひと・しごと創生総合戦略　KPIの検証（2019年度）</h1>
<p>令和2年7月　屋久島町企画調整課</p>
<p>屋久島町まち・ひと・しごと創生総合戦略（2015～2019年度）に掲げた重要業績評価指標（KPI）について、最終年度の実績を検証しました。</p>
<h2>重要業績評価指標（KPI）の達成状況</h2>
{YAKUSHIMA_BODY}
<p>※入込客数の2019年の値は、鹿児島県の統計の公表前のため2018年の値を掲載しています。</p>
<p>※2019年度の屋久杉工芸振興事業の補助金は3,200千円です。</p>
</body>
</html>
"""


def yakushima() -> Path:
    path = HERE / "yakushima_kpi_kensho_2019.html"
    path.write_bytes(yakushima_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (maizuru, sakaiminato, uwajima):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {yakushima().name}")


if __name__ == "__main__":
    main()
