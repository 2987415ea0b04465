"""Build the built documents of forms176/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/sosa_kpi_kensho_r1.xlsx``, a 総合戦略 KPI 検証シート in the manner of 匝瑳市 (千葉県): form
  fields (戦略の名称, a 市の概況 paragraph full of figures, 事業費 in 千円) over a KPI grid with **one
  ``単位`` cell (``百万円``) merged down over three indicators** and **a unit holding a number,
  ``kg/10a``**; a printed 達成状況; and the PDF;
* ``source/nakanojo_kanko_shinchoku_r5.xlsx``, a 観光振興計画 数値目標 sheet in the manner of 中之条町
  (群馬県): **no 単位 column, only a right-aligned ``（単位：千人）`` line over the grid**, one name
  ending in ``（％）``; **actual cells carrying the prefectural rank in brackets**
  (``1,186（県内11位）``); ``約310``, ``300～400``, ``―（非開催年）``; and the PDF;
* ``source/shimojo_senryaku_kpi_r5.xlsx``, a 総合戦略 KPI 進捗 sheet in the manner of 下條村 (長野県):
  **each KPI cell a sentence holding the indicator and its target(s), one of them two dated targets**
  (``令和4年度に26人、令和6年度に30人``), no target column; **``人（年間）`` in the 単位 column**; 進捗
  words; and the PDF;
* ``kawakita_seika_shihyo_r4.html``, a 総合計画 成果指標 page in the manner of 川北町 (石川県):
  **units with ``<sub>``/``<sup>`` markup (``千t-CO<sub>2</sub>``, ``m<sup>2</sup>/人``,
  ``千m<sup>3</sup>``)** in **a ``単位`` column placed last, after the targets**; ``<th rowspan>`` 施策
  cells; a money table.

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
    wb.properties.creator = "forms176/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms176/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms176_soffice_") as tmp:
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
# 匝瑳市 (千葉県): 匝瑳市まち・ひと・しごと創生総合戦略 KPIの検証（令和元年度実績）
# --------------------------------------------------------------------------------------------

# Real: the 2006-01-23 merger of 八日市場市 and 野栄町, the area (約101.78km²), the 植木 栽培面積 約510ha
# (日本一), the 平成18年 農業産出額 140億9千万円 with 植木類 22億円, ふれあいパーク八日市場, 企画課 as the
# strategy's 事務局. Made up: the sheet, its date, the 基本目標 wording, every KPI figure, target and note.
# The 単位 cell of rows 2-4 is merged down over the three rows (one ``百万円`` for three indicators).
SO_ROWS = [
    ("1", "植木の栽培面積", "ha", 510, 503, 497, 492, 510, "未達成"),
    ("2", "植木類の産出額", "百万円", 2200, 2260, 2310, 2290, 2400, "未達成"),
    ("3", "植木の輸出額", None, 86, 112, 138, 151, 150, "達成"),
    ("4", "ふれあいパーク八日市場の販売額", None, 398, 431, 447, 462, 450, "達成"),
    ("5", "主食用米の10a当たり収量", "kg/10a", 522, 538, 514, 531, 540, "未達成"),
]


def sosa() -> Path:
    wb, ws = _sheet("KPI検証", [6, 36, 10, 12, 10, 10, 10, 12, 11])
    _text(
        ws,
        1,
        1,
        "匝瑳市まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の検証（令和元年度実績）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 9, "令和2年9月　匝瑳市企画課", align="right")
    fields = [
        ("戦略の名称", "匝瑳市まち・ひと・しごと創生総合戦略（平成27年度～令和元年度）", 20),
        (
            "市の概況",
            "平成18年1月23日、八日市場市と野栄町が合併して誕生。面積は約101.78km²。植木の栽培面積は約510haで、「日本一の植木のまち」として知られる。",
            30,
        ),
        ("KPI関連事業費（R元決算・千円）", 163480, 20),
    ]
    r = 4
    for label, value, height in fields:
        _span(ws, r, 1, 2, label, header=True)
        _span(ws, r, 3, 9, value, align="left", fmt="#,##0")
        ws.row_dimensions[r].height = height
        r += 1
    _text(ws, 8, 1, "基本目標１　地域の資源を活かし、安定した雇用を創出する", bold=True, size=11)
    _head2(
        ws,
        9,
        [
            (1, "No."),
            (2, "重要業績評価指標（KPI）"),
            (3, "単位"),
            (4, "基準値\n（H26）"),
            (8, "目標値\n（R元）"),
            (9, "達成状況"),
        ],
        [(5, 7, "実績値", ["H29", "H30", "R元"])],
    )
    r = 11
    for no, name, unit, *vals, status in SO_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        if unit is not None:
            _put(ws, r, 3, unit, align="center")
        else:
            _put(ws, r, 3, None)
        _vals(ws, r, 4, vals)
        _put(ws, r, 9, status, align="center")
        ws.row_dimensions[r].height = 22
        r += 1
    # one 単位 cell for the three money rows (No.2-4)
    _merge(ws, 12, 3, 14, 3)
    _notes(
        ws,
        r + 1,
        [
            "※植木類の産出額は、農林水産省「市町村別農業産出額（推計）」による暦年の値です（参考：平成18年の本市の農業産出額は140億9千万円、うち植木類22億円）。",
            "※主食用米の10a当たり収量は、市内の水稲作況調査の平均値です。",
            "※達成状況は、令和元年度の実績値が目標値以上のものを「達成」としています（KPI5項目のうち達成2項目）。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "sosa_kpi_kensho_r1.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 中之条町 (群馬県吾妻郡): 中之条町観光振興計画 数値目標の進捗状況（令和5年度）
# --------------------------------------------------------------------------------------------

# Real: 「花と湯の町」, 四万・沢渡・六合 and their 温泉, 中之条ガーデンズ, 芳ケ平湿地群 (ラムサール条約), the area
# 439.28km², the population 14,268人 (2024-11-01 推計), the 2015年度 観光客数 127万人 (六合地区 31万人余り), the
# 総合計画's 140万人 goal, 四万温泉's 年間30万人弱 宿泊者, ビエンナーレ's 30万～40万人 (入込客数換算) and its
# biennial timing. Made up: the sheet, its date and 課, the rest of the figures, every rank and target.
# Every value is in 千人 by the line ``（単位：千人）`` above the grid, except No.5 (its name says ％).
NJ_ROWS = [
    (
        "1",
        "観光入込客数（町全体）",
        "1,270（県内12位）",
        "1,012（県内13位）",
        1350,
        "1,186（県内11位）",
        1400,
        "県内順位は群馬県観光客数・消費額調査による",
    ),
    ("2", "六合地区の観光入込客数", "約310", 236, 300, 274, 320, "芳ケ平湿地群を含む"),
    ("3", "四万温泉の宿泊者数", 291, 228, 280, 286, 300, "四万温泉協会調べ"),
    (
        "4",
        "中之条ビエンナーレの来場者数",
        256,
        "―（非開催年）",
        350,
        "300～400",
        400,
        "隔年開催（奇数年）",
    ),
    ("5", "外国人宿泊者の割合（％）", 0.9, 0.4, 2.0, 2.6, 5.0, "四万温泉協会調べ"),
]


def nakanojo() -> Path:
    wb, ws = _sheet("数値目標", [6, 30, 15, 15, 10, 15, 11, 24])
    _text(ws, 1, 1, "中之条町観光振興計画　数値目標の進捗状況（令和5年度）", bold=True, size=13)
    _text(ws, 2, 8, "令和6年12月　中之条町観光商工課", align="right")
    _text(ws, 4, 1, "町の概況", bold=True, size=10)
    _para(
        ws,
        5,
        1,
        8,
        "「花と湯の町」中之条町は、面積439.28km²の町で、四万・沢渡・六合の温泉地、中之条ガーデンズ、ラムサール条約湿地の芳ケ平湿地群を有する。"
        "人口は14,268人（令和6年11月1日推計）。平成27年度の観光客数は127万人で、うち六合地区は31万人余りであった。",
        44,
        border=True,
    )
    _text(ws, 7, 1, "１　観光の数値目標", bold=True, size=11)
    _text(ws, 7, 8, "（単位：千人）", align="right")
    heads = [
        "No.",
        "数値目標",
        "基準値\n（H27）",
        "R4実績",
        "R5目標",
        "R5実績",
        "目標値\n（R7）",
        "備考",
    ]
    for c, word in enumerate(heads, start=1):
        _put(ws, 8, c, word, header=True)
    ws.row_dimensions[8].height = 30
    r = 9
    for no, name, *vals, note in NJ_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        fmts = {j: "0.0" for j, v in enumerate(vals) if isinstance(v, float)}
        for j, v in enumerate(vals):
            fmt = fmts.get(j)
            if isinstance(v, str):
                _put(ws, r, 3 + j, v, align="right")
            else:
                _put(ws, r, 3 + j, v, align="right", fmt=fmt)
        _put(ws, r, 8, note, size=8)
        ws.row_dimensions[r].height = 24
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※中之条ビエンナーレは隔年（奇数年）の開催のため、令和4年は開催していません。",
            "※令和5年のビエンナーレ来場者数は入込客数換算による推計で、主催者発表の30万～40万人を記載しています。",
            "※令和5年度の観光振興関連事業費は86,420千円です。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "nakanojo_kanko_shinchoku_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 下條村 (長野県下伊那郡): 第2期下條村まち・ひと・しごと創生総合戦略 KPIの進捗状況（令和5年度実績）
# --------------------------------------------------------------------------------------------

# Real: 総務課, the 若者定住促進住宅 (since 平成9年, 10棟124戸, 家賃 月3万4,000円), the 国勢調査 population
# (平成27年 3,851人, 令和2年 3,545人), the 平成26年 合計特殊出生率 2.03. Made up: the sheet, its date, the
# strategy's period and 基本目標 wording, every KPI sentence, figure and 進捗 word.
# Each KPI cell is one sentence holding the indicator and its target; there is no target column.
SJ_ROWS = [
    ("1", "合計特殊出生率を令和6年度までに2.00以上にする", "―", 1.86, 1.92, 1.79, 1.88, "やや遅れ"),
    ("2", "出生数を令和4年度に26人、令和6年度に30人とする", "人（年間）", 24, 27, 22, 26, "遅れ"),
    ("3", "村外からの転入世帯数を5年間で延べ60世帯とする", "世帯", 10, 11, 13, 12, "順調"),
    (
        "4",
        "若者定住促進住宅の入居戸数を令和6年度に124戸（全戸）とする",
        "戸",
        118,
        121,
        119,
        122,
        "順調",
    ),
]


def shimojo() -> Path:
    wb, ws = _sheet("KPI進捗", [6, 50, 11, 11, 10, 10, 10, 10])
    _text(
        ws,
        1,
        1,
        "第2期下條村まち・ひと・しごと創生総合戦略　KPIの進捗状況（令和5年度実績）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 8, "令和6年6月　下條村総務課", align="right")
    fields = [
        ("計画期間", "令和2年度～令和6年度（5年間）"),
        ("村の人口", "3,545人（令和2年国勢調査）　※平成27年国勢調査では3,851人"),
        ("若者定住促進住宅", "10棟124戸（平成9年度から整備、家賃は月34,000円）"),
    ]
    r = 4
    for label, value in fields:
        _span(ws, r, 1, 2, label, header=True)
        _span(ws, r, 3, 8, value, align="left")
        ws.row_dimensions[r].height = 20
        r += 1
    _text(
        ws,
        8,
        1,
        "基本目標３　若い世代の結婚・出産・子育ての希望をかなえる",
        bold=True,
        size=11,
    )
    heads = [
        "No.",
        "重要業績評価指標（KPI）と目標",
        "単位",
        "基準値\n（R元）",
        "R3実績",
        "R4実績",
        "R5実績",
        "進捗",
    ]
    for c, word in enumerate(heads, start=1):
        _put(ws, 9, c, word, header=True)
    ws.row_dimensions[9].height = 30
    r = 10
    for no, sentence, unit, *vals, progress in SJ_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, sentence)
        _put(ws, r, 3, unit, align="center")
        fmts = {j: "0.00" for j, v in enumerate(vals) if isinstance(v, float)}
        _vals(ws, r, 4, vals, fmts)
        _put(ws, r, 8, progress, align="center")
        ws.row_dimensions[r].height = 30
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※進捗　順調：目標の達成が見込まれる　やや遅れ：取組の強化が必要　遅れ：目標の達成が困難",
            "※合計特殊出生率は、平成26年には2.03で全国平均（1.42）を大きく上回っていました。",
            "※基本目標３のKPI4項目のうち、「順調」は2項目です。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "shimojo_senryaku_kpi_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 川北町 (石川県能美郡): 川北町総合計画 成果指標の状況（令和4年度）
# --------------------------------------------------------------------------------------------

# Real: 手取川 and 白山, the area 14.64km², the population 約6,200人, the 昭和59年 factory (松下電器産業,
# now ジャパンディスプレイ) and over 160 企業, the 川北まつり (8月第1土曜日, 46m の大かがり火, 2万発の花火),
# the 多目的運動公園（仮称） of 2.8ha whose 造成 finished in 令和4年度. Made up: the page, its date and 課,
# the 基本目標 and 施策 wording, every indicator, figure, target and the money.
KW_HEAD = """<thead>
<tr><th rowspan="2">施策</th><th rowspan="2">成果指標</th><th rowspan="2">基準値<br>（H30）</th><th colspan="3">実績値</th><th colspan="2">目標値</th><th rowspan="2">単位</th></tr>
<tr><th>R2</th><th>R3</th><th>R4</th><th>R4</th><th>R6</th></tr>
</thead>"""

KW_ROWS = [
    (
        "2-1<br>環境保全の推進",
        [
            (
                "町域の温室効果ガス排出量の削減",
                ["86.4", "80.2", "82.7", "79.5", "78.0", "74.0"],
                "千t-CO<sub>2</sub>",
            ),
            (
                "町民1人当たりの都市公園面積",
                ["14.8", "14.8", "14.8", "19.3", "19.0", "19.3"],
                "m<sup>2</sup>/人",
            ),
        ],
    ),
    (
        "2-2<br>上下水道の充実",
        [
            (
                "上水道の年間有収水量",
                ["1,862", "1,905", "1,918", "1,887", "1,900", "1,900"],
                "千m<sup>3</sup>",
            ),
            (
                "汚水処理人口普及率",
                ["99.1", "99.3", "99.4", "99.6", "99.5", "100.0"],
                "％",
            ),
        ],
    ),
]


def kawakita_html() -> str:
    rows = []
    for measure, inds in KW_ROWS:
        for i, (name, vals, unit) in enumerate(inds):
            head = f'<th scope="row" rowspan="{len(inds)}">{measure}</th>' if i == 0 else ""
            rows.append(
                f"<tr>{head}<td>{name}</td>"
                + "".join(f'<td class="num">{v}</td>' for v in vals)
                + f'<td class="c">{unit}</td></tr>'
            )
    body = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>川北町総合計画 成果指標の状況（令和4年度） - 川北町</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
th[scope="row"] {{ background: #f2f2f2; text-align: left; }}
td.num {{ text-align: right; }}
td.c {{ text-align: center; }}
</style>
</head>
<body>
<p>ホーム &gt; 町政情報 &gt; 計画・行政評価 &gt; 総合計画</p>
<h1>川北町総合計画 成果指標の状況（令和4年度）</h1>
<p>令和5年9月29日　川北町企画財政課</p>
<p>川北町は、霊峰白山を源とする手取川の右岸に位置する面積14.64km<sup>2</sup>、人口約6,200人の町です。昭和59年に誘致した電子部品工場をはじめ160を超える企業が立地しています。毎年8月第1土曜日の「川北まつり」では、高さ46mの大かがり火と2万発の花火が夏の夜を彩ります。</p>
<p>総合計画に掲げた成果指標のうち、基本目標2に属する指標について、令和4年度の実績を取りまとめました。</p>
<h2>基本目標2　快適で安全な生活環境のまち</h2>
<table>
{KW_HEAD}
<tbody>
{body}
</tbody>
</table>
<p>※都市公園面積は各年度末の値で、1人当たりの面積は住民基本台帳人口（各年度末）により算出しています。令和4年度は多目的運動公園（仮称）の供用により増加しました。</p>
<p>※汚水処理人口普及率は、下水道・農業集落排水・合併処理浄化槽による処理人口の割合です。</p>
<h2>主な関連事業（令和4年度決算）</h2>
<table>
<thead>
<tr><th>事業名</th><th>決算額（千円）</th><th>内容</th></tr>
</thead>
<tbody>
<tr><td>多目的運動公園（仮称）整備事業</td><td class="num">412,380</td><td>面積2.8haの芝生公園・ジョギングコース等の造成</td></tr>
<tr><td>住宅用太陽光発電設備設置補助事業</td><td class="num">6,300</td><td>補助件数42件（上限15万円）</td></tr>
<tr><td>合併処理浄化槽設置補助事業</td><td class="num">1,840</td><td>補助件数4基</td></tr>
</tbody>
</table>
<p>お問い合わせ　川北町企画財政課</p>
</body>
</html>
"""


def kawakita() -> Path:
    path = HERE / "kawakita_seika_shihyo_r4.html"
    path.write_bytes(kawakita_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (sosa, nakanojo, shimojo):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {kawakita().name}")


if __name__ == "__main__":
    main()
