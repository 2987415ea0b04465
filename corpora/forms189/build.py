"""Build the built documents of forms189/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/yusuhara_kpi_kensho_h29.xlsx``, a 総合戦略 効果検証シート in the manner of 梼原町 (高知県):
  form fields (計画期間, the population peak, 関連事業費 in 千円) and a legend over two 基本目標 grids
  with **no 単位 column: each row's unit and scale word stand only in its first value cell** (the
  基準値: ``30.1万人``, ``48,620千円``, ``72.5%``), the later cells bare numbers in that scale, and
  **each year's actual cell carries that year's target in a labelled bracket** (``42（目標40）``);
  ``累計200``, ``80以上``, an A/B/C 評価 with its legend and a count line; and the PDF;
* ``source/shiiba_senryaku_kpi_h30.xlsx``, a 総合戦略 KPI 検証 in the manner of 椎葉村 (宮崎県):
  **parallel labelled lists**: a 施策 row whose KPI cell lists two KPIs (``①…`` / ``②…``, one
  name wrapping onto a second line) and whose 単位, 基準値, target, actual and 評価 cells each list
  two labelled lines in the same order; and **``同左`` in yearly target cells** (the same target as
  the year to the left), in a single row and in a list line; and the PDF;
* ``source/asakuchi_senryaku_kpi_r1.xlsx``, a 総合戦略 KPI 達成状況 in the manner of 浅口市 (岡山県):
  no 単位 column, the unit in the name's bracket, **two names whose unit bracket is followed by a
  bracket that is no unit** (``観光入込客数（千人）（延べ）``, ``観光消費額（百万円）（推計）``), and
  **a target cell holding a yearly level over a bracketed five-year sum** (``年120人`` /
  ``（5年間で600人）``); a shaded 数値目標 row, merged 施策 cells, printed 達成/未達成; and the PDF;
* ``iheya_senryaku_kensho_r1.html``, a 総合戦略 KPI 検証 page in the manner of 伊平屋村 (沖縄県):
  two ``<h2>`` 基本目標 over tables in which **every value column is a pair of cells, the number and
  its unit, under one ``colspan="2"`` header** (a ``数値 | 単位`` sub-header row), the scale word
  changing along a row (``15.2 千人``, ``17,860 人``, ``2 万人``), **qualifiers standing in the unit
  cell** (``延べ人``, ``延べ人以上``), and **a relative target split over the two cells**
  (``10`` | ``％増（対H26）``); a 担当課 column; a money table under the KPI tables.

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
FIXED = dt.datetime(2026, 12, 9, 0, 0, 0)


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms189/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms189/build.py"
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
        cell.number_format = fmt or ("#,##0" if isinstance(value, int) else "#,##0.0")
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
        _put(ws, row, c, None, header=header, fill=kw.get("fill"))
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
                    rb"\g<1>2026-12-09T00:00:00Z\g<2>",
                    data,
                )
            info = zipfile.ZipInfo(name, date_time=(2026, 12, 9, 0, 0, 0))
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
    with tempfile.TemporaryDirectory(prefix="forms189_soffice_") as tmp:
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


def _head2(ws, h: int, singles, groups, height: float = 20) -> None:
    """A two-row header: ``singles`` (col, word) merged down, ``groups`` (c1, c2, word, lower words)."""
    for c, word in singles:
        _put(ws, h, c, word, header=True)
        _put(ws, h + 1, c, None, header=True)
        _merge(ws, h, c, h + 1, c)
    for c1, c2, word, lower in groups:
        _span(ws, h, c1, c2, word, header=True)
        for j, w in enumerate(lower):
            _put(ws, h + 1, c1 + j, w, header=True)
    ws.row_dimensions[h].height = height
    ws.row_dimensions[h + 1].height = height


def _fields(ws, r: int, pairs, c_label: tuple[int, int], c_value: tuple[int, int]) -> int:
    """Bordered label | value form rows; returns the next free row."""
    for label, value in pairs:
        _span(ws, r, c_label[0], c_label[1], label, header=True)
        _span(ws, r, c_value[0], c_value[1], value, align="left")
        ws.row_dimensions[r].height = 18
        r += 1
    return r


# --------------------------------------------------------------------------------------------
# 梼原町 (高知県高岡郡): 総合戦略「小さな拠点ゆすはらづくり」 効果検証シート（平成29年度実績）
# --------------------------------------------------------------------------------------------

# Real (the strategy's overview sheet): the name 小さな拠点ゆすはらづくり, the 5か年 2015–2019, the peak
# 11,217人 (1957年度末), the two 基本目標 (❶ 雇用, ❷ ひとの流れ), 若者等雇用創出数 (5年間で200人),
# 交流人口 (36万人/年), 認定こども園保護者女性の就業率 (80%以上). Made up: the sheet, every figure but those,
# the 産品 and 移住 rows, the 評価, the money and the 推進会議's size.
YS_GOALS = [
    (
        "基本目標❶　梼原町における安定した雇用を創出する",
        [
            (
                "数値目標",
                "若者等雇用創出数",
                "38人",
                ("42", "40"),
                ("37", "40"),
                ("44", "40"),
                "累計200",
                "A",
            ),
            (
                "KPI",
                "認定こども園保護者女性の就業率",
                "72.5%",
                ("74.0", "75.0"),
                ("76.8", "77.0"),
                ("79.1", "78.0"),
                "80以上",
                "A",
            ),
            (
                "KPI",
                "ゆすはら産品の販売額",
                "48,620千円",
                ("52,310", "50,000"),
                ("49,870", "53,000"),
                ("55,140", "56,000"),
                "60,000",
                "B",
            ),
        ],
    ),
    (
        "基本目標❷　梼原町への新しいひとの流れをつくる",
        [
            (
                "数値目標",
                "交流人口",
                "30.1万人",
                ("31.5", "31.0"),
                ("32.2", "32.0"),
                ("33.0", "33.5"),
                "36.0",
                "B",
            ),
            ("KPI", "移住者数", "18人", ("41", "25"), ("36", "25"), ("29", "30"), "30", "B"),
        ],
    ),
]


def yusuhara() -> Path:
    wb, ws = _sheet("効果検証", [9, 34, 12, 15, 15, 15, 12, 9])
    _text(
        ws,
        1,
        1,
        "梼原町まち・ひと・しごと創生総合戦略「小さな拠点ゆすはらづくり」　効果検証シート（平成29年度実績）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 8, "平成30年9月　梼原町まち・ひと・しごと創生推進会議　資料3", align="right")
    r = _fields(
        ws,
        4,
        [
            ("計画期間", "2015（平成27）年度～2019（平成31）年度の5か年"),
            (
                "町の人口の推移",
                "1957（昭和32）年度末の11,217人をピークに、社会減を中心に減少が続いてきた（住民基本台帳）",
            ),
            ("関連事業費（H29決算・千円）", "184,260（うち交付金 61,400）"),
            (
                "検証の方法",
                "各指標の実績を推進会議（委員15名）で検証し、H29目標に対する評価をA～Cで表示",
            ),
        ],
        (1, 2),
        (3, 8),
    )
    _text(
        ws,
        r + 1,
        1,
        "（表の見方）単位は基準値の欄にのみ記載しています（同じ行の各年度・目標値の欄も同じ単位です）。各年度の欄の（　）内は、その年度の目標値です。",
        size=8,
    )
    _text(ws, r + 2, 1, "評価　A：H29目標を達成　B：H29目標の90%以上　C：H29目標の90%未満", size=8)
    r += 4
    for heading, rows in YS_GOALS:
        _text(ws, r, 1, heading, bold=True, size=11)
        _head2(
            ws,
            r + 1,
            [
                (1, "区分"),
                (2, "指標"),
                (3, "基準値\n（H26）"),
                (7, "目標値\n（H31）"),
                (8, "評価\n（H29）"),
            ],
            [(4, 6, "各年度の実績（　）内は当該年度の目標", ["H27", "H28", "H29"])],
        )
        r += 3
        for kind, name, base, *years, target, grade in rows:
            goal = kind == "数値目標"
            _put(ws, r, 1, kind, align="center", fill=LIGHT if goal else None)
            _put(ws, r, 2, name, fill=LIGHT if goal else None)
            _put(ws, r, 3, base, align="right")
            for j, (actual, aim) in enumerate(years):
                _put(ws, r, 4 + j, f"{actual}（目標{aim}）", align="right")
            _put(ws, r, 7, target, align="right")
            _put(ws, r, 8, grade, align="center")
            ws.row_dimensions[r].height = 22
            r += 1
        r += 1
    _notes(
        ws,
        r,
        [
            "※基本目標❶の数値目標は「2019年度までの5年間で200人」（年40人）としており、目標値（H31）の欄は5年間の累計です。",
            "※交流人口は、町内の主要観光施設・イベントの入込客数の合計です（年度集計）。",
            "※評価の内訳：A評価 2指標、B評価 3指標、C評価 0指標（全5指標）",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "yusuhara_kpi_kensho_h29.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 椎葉村 (宮崎県東臼杵郡): 椎葉村まち・ひと・しごと創生総合戦略 KPIの検証（平成30年度実績）
# --------------------------------------------------------------------------------------------

# Real (椎葉村総合戦略（素案） and the 推進計画 page): the strategy, its period H27–H31, 基本目標② 【世界中を
# 「魅了するむら」を創る】, 537.35㎢, 96% 森林, 昭和40年 約9,000人. Made up: the sheet, date, 課, the 施策 and
# every KPI, figure, 評価 and the money.
SB_ROWS = [
    (
        "(1)観光・交流の推進",
        ["①観光入込客数", "②村内宿泊施設の延べ宿泊者数"],
        ["①千人", "②人泊"],
        ["①132.4", "②18,620"],
        [["①140.0", "②20,000"], ["①145.0", "②21,000"], ["①150.0", "②22,000"]],
        [["①138.6", "②20,412"], ["①147.9", "②19,874"]],
        ["①A", "②B"],
    ),
    (
        "(2)椎葉ブランドの発信",
        ["ふるさと納税の寄附件数"],
        ["件"],
        ["412"],
        [["2,000"], ["同左"], ["同左"]],
        [["1,846"], ["2,315"]],
        ["A"],
    ),
    (
        "(3)移住・定住の促進",
        ["①空き家バンクを活用した移住世帯数（累計）", "②移住相談会等での相談件数"],
        ["①世帯", "②件"],
        ["①0", "②14"],
        [["①6", "②30"], ["①9", "②同左"], ["①12", "②同左"]],
        [["①5", "②34"], ["①10", "②27"]],
        ["①A", "②B"],
    ),
]


def shiiba() -> Path:
    wb, ws = _sheet("KPI検証", [15, 23, 7, 9, 8, 8, 8, 8, 8, 7])
    _text(
        ws,
        1,
        1,
        "椎葉村まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の検証（平成30年度実績）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 10, "令和元年8月　椎葉村地域振興課", align="right")
    r = _fields(
        ws,
        4,
        [
            ("対象期間", "平成27年度～平成31年度（5か年）"),
            (
                "村の概況",
                "総面積537.35k㎡の96%を森林が占める中山間の村。人口は昭和40年の約9,000人から減少が続いている。",
            ),
            ("関連事業費（H30決算・千円）", "62,840"),
        ],
        (1, 2),
        (3, 10),
    )
    ws.row_dimensions[5].height = 28
    _text(ws, r + 1, 1, "評価　A：H30目標を達成　B：H30目標の80%以上　C：H30目標の80%未満", size=8)
    _text(
        ws,
        r + 2,
        1,
        "※一つの施策に複数のKPIがある場合は、各欄の①②の番号で対応させています。",
        size=8,
    )
    r += 4
    _text(ws, r, 1, "基本目標②　世界中を「魅了するむら」を創る", bold=True, size=11)
    _head2(
        ws,
        r + 1,
        [
            (1, "具体的な施策"),
            (2, "重要業績評価指標（KPI）"),
            (3, "単位"),
            (4, "基準値\n（H26）"),
            (10, "評価\n（H30）"),
        ],
        [(5, 7, "目標値", ["H29", "H30", "H31"]), (8, 9, "実績値", ["H29", "H30"])],
    )
    r += 3
    for measure, names, units, bases, aims, actuals, grades in SB_ROWS:
        many = len(names) > 1
        top = "top" if many else "center"

        def cell(c, lines, align="right", r=r, top=top):
            _put(ws, r, c, "\n".join(lines), align=align, valign=top)

        _put(ws, r, 1, measure, valign=top)
        cell(2, names, align="left")
        cell(3, units, align="center")
        cell(4, bases)
        for j, lines in enumerate(aims):
            cell(5 + j, lines)
        for j, lines in enumerate(actuals):
            cell(8 + j, lines)
        cell(10, grades, align="center")
        ws.row_dimensions[r].height = 40 if many else 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※観光入込客数は、村内主要観光地点の入込客数の合計です（千人、小数点以下第1位まで）。",
            "※目標値の「同左」は、左の年度と同じ目標値であることを示します。",
            "※基本目標②のKPI5指標のうち、A評価3指標、B評価2指標、C評価0指標でした。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "shiiba_senryaku_kpi_h30.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 浅口市 (岡山県): 浅口市まち・ひと・しごと創生総合戦略 KPIの達成状況（令和元年度）
# --------------------------------------------------------------------------------------------

# Real (the strategy's contents page and the city's profile): the 3町 merger of 平成18年3月21日, 基本目標
# `2 浅口市への新しいひとの流れをつくる` and its two 施策 (移住・定住の促進, 観光の振興と交流の拡大), the
# 平成30年7月豪雨. Made up: the sheet, date, 課, period wording, every KPI, figure, status and the money.
AS_ROWS = [
    ("数値目標", "転入者数（人）", 1112, 1148, 1186, 1203, 1250, "未達成"),
    ("移住・定住の促進", "移住者数（人）", 86, 104, 118, 131, "年120人\n（5年間で600人）", "達成"),
    ("", "空き家バンク成約件数（件）（累計）", 3, 21, 29, 38, 40, "未達成"),
    (
        "観光の振興と交流の拡大",
        "観光入込客数（千人）（延べ）",
        1024.6,
        1088.2,
        1052.7,
        1101.3,
        1150.0,
        "未達成",
    ),
    ("", "観光消費額（百万円）（推計）", 2184, 2306, 2251, 2398, 2500, "未達成"),
]


def asakuchi() -> Path:
    wb, ws = _sheet("KPI達成状況", [18, 36, 12, 11, 11, 11, 17, 10])
    _text(
        ws,
        1,
        1,
        "浅口市まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の達成状況（令和元年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 8, "令和2年9月　浅口市企画財政課", align="right")
    _para(
        ws,
        4,
        1,
        8,
        "本市は、平成18年3月21日に浅口郡金光町・鴨方町・寄島町の3町が合併して誕生しました。総合戦略（平成27年度～令和元年度）の最終年度にあたり、"
        "4つの基本目標のうち「２　浅口市への新しいひとの流れをつくる」に掲げたKPIの達成状況を取りまとめました。",
        30,
        border=True,
    )
    _text(
        ws,
        6,
        1,
        "※単位は各指標名の（　）内に記載しています。達成状況は、令和元年度の実績と目標値（R元）を比較したものです。",
        size=8,
    )
    _text(ws, 8, 1, "２　浅口市への新しいひとの流れをつくる", bold=True, size=11)
    heads = [
        "施策",
        "重要業績評価指標（KPI）",
        "基準値\n（H26）",
        "H29実績",
        "H30実績",
        "R元実績",
        "目標値\n（R元）",
        "達成状況",
    ]
    for c, w in enumerate(heads, start=1):
        _put(ws, 9, c, w, header=True)
    ws.row_dimensions[9].height = 26
    r = 10
    for measure, name, *vals, aim, status in AS_ROWS:
        goal = measure == "数値目標"
        fill = LIGHT if goal else None
        if measure or goal:
            _put(ws, r, 1, measure, fill=fill, bold=goal, align="center" if goal else None)
        else:
            _put(ws, r, 1, None)
        _put(ws, r, 2, name, fill=fill)
        for j, v in enumerate(vals):
            _put(ws, r, 3 + j, v, fmt="#,##0.0" if isinstance(v, float) else "#,##0", fill=fill)
        if isinstance(aim, str):
            _put(ws, r, 7, aim, align="right", fill=fill)
        else:
            _put(ws, r, 7, aim, fmt="#,##0.0" if isinstance(aim, float) else "#,##0", fill=fill)
        _put(ws, r, 8, status, align="center", fill=fill)
        ws.row_dimensions[r].height = 30 if isinstance(aim, str) else 22
        r += 1
    # the 施策 cells merged down over their two indicators
    _merge(ws, 11, 1, 12, 1)
    _merge(ws, 13, 1, 14, 1)
    _notes(
        ws,
        r + 1,
        [
            "※移住者数は、市の移住支援制度を利用して転入した人数です。平成27年度からの5年間の合計は559人でした。",
            "※観光入込客数は延べ人数、観光消費額は入込客数に1人当たり消費額を乗じた推計値です。H30は平成30年7月豪雨の影響により減少しました。",
            "※関連事業費（令和元年度決算）86,420千円。KPI5項目のうち達成1項目、未達成4項目でした。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "asakuchi_senryaku_kpi_r1.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 伊平屋村 (沖縄県島尻郡): 伊平屋村まち・ひと・しごと創生総合戦略 KPIの検証結果（令和元年度）
# --------------------------------------------------------------------------------------------

# Real (the village's profile pages): 117km from 那覇, 41.1km from 運天港, 伊平屋島 20.66km² and 野甫島
# 1.06km², the five 字, 1,405人 / 575世帯 (平成21年7月), 県内有数の稲作地帯, 伊平屋島観光協会 (平成27年度),
# the ムーンライトマラソン, 念頭平松 (平成28年3月). Made up: the page, date, 基本目標 wording, 課, every
# indicator, figure and the money table.
IH_TABLES = [
    (
        "基本目標1　島の資源を活かした産業を育てる",
        [
            (
                "伊平屋米の作付面積",
                ("38.6", "ha"),
                ("35.2", "ha"),
                ("34.8", "ha"),
                ("10", "％増（対H26）"),
                "産業振興課",
            ),
            (
                "ふるさと納税寄附額",
                ("320", "万円"),
                ("1,284", "万円"),
                ("0.21", "億円"),
                ("1,500", "万円"),
                "総務課",
            ),
        ],
    ),
    (
        "基本目標2　島への新しいひとの流れをつくる",
        [
            (
                "入域観光客数",
                ("15.2", "千人"),
                ("17,860", "人"),
                ("18,420", "人"),
                ("2", "万人"),
                "産業振興課",
            ),
            (
                "民泊の受入人数（修学旅行等）",
                ("1,120", "延べ人"),
                ("2,340", "延べ人"),
                ("2,115", "延べ人"),
                ("2,000", "延べ人以上"),
                "産業振興課",
            ),
        ],
    ),
]

IH_HEAD = """<thead>
<tr><th rowspan="2">指標</th><th colspan="2">基準値（H26）</th><th colspan="2">H30実績</th><th colspan="2">R元実績</th><th colspan="2">目標値（R元）</th><th rowspan="2">担当課</th></tr>
<tr><th>数値</th><th>単位</th><th>数値</th><th>単位</th><th>数値</th><th>単位</th><th>数値</th><th>単位</th></tr>
</thead>"""


def iheya_html() -> str:
    parts = []
    for heading, rows in IH_TABLES:
        body = []
        for name, *pairs, dept in rows:
            cells = "".join(f'<td class="num">{n}</td><td class="u">{u}</td>' for n, u in pairs)
            body.append(f'<tr><th scope="row">{name}</th>{cells}<td>{dept}</td></tr>')
        rows_html = "\n".join(body)
        parts.append(
            f"<h2>{heading}</h2>\n<table>\n{IH_HEAD}\n<tbody>\n{rows_html}\n</tbody>\n</table>"
        )
    tables = "\n".join(parts)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>伊平屋村まち・ひと・しごと創生総合戦略 KPIの検証結果（令和元年度） - 伊平屋村</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
thead th {{ background: #d9d9d9; }}
tbody th {{ text-align: left; font-weight: normal; }}
td.num {{ text-align: right; border-right: none; }}
td.u {{ text-align: left; border-left: none; font-size: 9pt; }}
</style>
</head>
<body>
<p>トップ &gt; 村政情報 &gt; 計画・施策 &gt; まち・ひと・しごと創生総合戦略</p>
<h1>伊平屋村まち・ひと・しごと創生総合戦略　KPIの検証結果（令和元年度）</h1>
<p>更新日：令和2年11月2日　伊平屋村役場 総務課</p>
<p>伊平屋村は沖縄県の最北端の有人離島で、那覇市から北方に117km、運天港から41.1kmに位置し、伊平屋島（20.66k㎡）と野甫島（1.06k㎡）の2つの島、田名・前泊・我喜屋・島尻・野甫の5つの字からなります。人口は1,405人、世帯数575世帯（平成21年7月）でした。県内有数の稲作地帯であり、平成27年度に伊平屋島観光協会が設立され、ムーンライトマラソンなどのイベントや民泊による修学旅行の受入れに取り組んでいます。平成28年3月には念頭平松が国の天然記念物に指定されました。</p>
<p>総合戦略（平成27年度～令和元年度）の最終年度にあたり、各基本目標の重要業績評価指標（KPI）の実績を取りまとめました。数値の右の欄に単位を記載しています。</p>
{tables}
<p>※入域観光客数は、運天港との定期船の乗降客数等から推計しています。</p>
<p>※伊平屋米の作付面積の目標は、基準値（平成26年度）から10％増としています。</p>
<h2>関連事業費（令和元年度決算）</h2>
<table>
<thead>
<tr><th>事業名</th><th>決算額（千円）</th><th>担当課</th></tr>
</thead>
<tbody>
<tr><td>民泊受入体制整備事業</td><td class="num">3,240</td><td>産業振興課</td></tr>
<tr><td>伊平屋島観光PR事業</td><td class="num">1,860</td><td>産業振興課</td></tr>
<tr><td>ふるさと納税推進事業</td><td class="num">4,125</td><td>総務課</td></tr>
<tr><th scope="row">計</th><td class="num">9,225</td><td></td></tr>
</tbody>
</table>
<p>お問い合わせ：伊平屋村役場 総務課 企画係</p>
</body>
</html>
"""


def iheya() -> Path:
    path = HERE / "iheya_senryaku_kensho_r1.html"
    path.write_bytes(iheya_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (yusuhara, shiiba, asakuchi):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {iheya().name}")


if __name__ == "__main__":
    main()
