"""Build the built documents of forms294/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/toma_kpi_suii_r5.xlsx``, a 地域再生計画 KPI sheet in the manner of 当麻町 (北海道):
  **the years down the side, era-less (``元年度（基準）`` … ``6年度``), under a corner cell
  ``年度＼指標``**, each indicator across spanning ``目標 | 実績``, the base year's value merged
  over both, ``見込`` written in the 6年度 実績 cells, and **a ``事業費（千円）`` column inside the
  same grid**; and the PDF;
* ``source/niikappu_kpi_shinchoku_r6.xlsx``, a 総合戦略 KPI 進捗 in the manner of 新冠町 (北海道):
  **``基準値 | 把握年度 | 最新値 | 把握年度``: each value dated by the cell to its right**, in
  mixed forms (``H30``, ``R5``, ``5年度``, ``5年``), **a rank target ``全道1位を維持``**, ``億円``,
  a 担当課 column; and the PDF;
* ``source/mishima_senryaku_kensho_r1.xlsx``, a 総合戦略 検証 sheet in the manner of 三島町 (福島県):
  **the era printed once in the top header row, ``平成`` spanning ``27年度 … 30年度`` and ``令和``
  spanning ``元年度``**, a ``目標値（H31）`` column, **an ``増減（元年度－27年度）`` column**, ``千人``
  with decimals, ``万円``, a ``―`` actual; and the PDF;
* ``shiroishi_seika_shihyo_r2.html``, a 総合計画 成果指標 page in the manner of 白石市 (宮城県):
  **headers printing both era names of one year (``令和元年度<br>（平成31年度）``,
  ``令和2年度<br>（平成32年度）``)**, a ``実績`` group and a ``令和元年度`` group spanning
  ``目標 | 実績``, **a ``方向性`` column of arrows (``↑`` / ``↓``) with its legend**, ``rowspan`` 施策
  cells, a ``―`` actual.

The PDF steps are skipped, with a message, when ``soffice`` is not installed.
These are re-typed forms of other municipalities, not their own files (README.md, SOURCES.tsv).

The XLSX and HTML files are byte-stable: fixed document dates, and the zip members are
rewritten with a fixed timestamp. The PDFs carry LibreOffice's creation date, so they differ
by that only.
"""
# ruff: noqa: E501

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
    wb.properties.creator = "forms294/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms294/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms294_soffice_") as tmp:
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
# 当麻町 (北海道上川郡): まち・ひと・しごと創生推進計画 KPIの推移（令和6年8月）
# --------------------------------------------------------------------------------------------

# Real (当麻町まち・ひと・しごと創生推進計画, furusato-funding.jp/projects/1389; the town's 総合戦略
# page): the plan's name, 6,372人 (2020年12月末 住民基本台帳), 「食育・木育・花育」＝「心育」, the yearly
# 効果検証 with 外部有識者. Made up: the sheet, its date and 課, every KPI, figure, 事業費 and note.
TM_KPIS = [
    "移住・定住者数（人）",
    "木育イベント参加者数（人）",
    "花育体験の参加児童数（人）",
    "新規就農者数（人）",
]
TM_BASE = [38, 420, 95, 3]
# (year label, [(target, actual) per KPI], 事業費)
TM_ROWS = [
    ("2年度", [(42, 35), (450, 180), (100, 60), (4, 2)], 12480),
    ("3年度", [(46, 44), (480, 310), (105, 88), (4, 5)], 15260),
    ("4年度", [(50, 52), (510, 465), (110, 104), (5, 4)], 16900),
    ("5年度", [(54, 57), (540, 562), (115, 109), (5, 6)], 17350),
    ("6年度", [(58, "見込 60"), (570, "見込 580"), (120, ""), (6, "")], "18,000（予算）"),
]


def toma() -> Path:
    wb, ws = _sheet("KPI推移", [15, 9, 9, 9, 9, 9, 9, 9, 9, 14])
    _text(
        ws,
        1,
        1,
        "当麻町まち・ひと・しごと創生推進計画　重要業績評価指標（KPI）の推移",
        bold=True,
        size=14,
    )
    _text(ws, 2, 10, "令和6年8月", align="right")
    fields = [
        (
            "地域再生計画の名称",
            "当麻町まち・ひと・しごと創生推進計画",
            "担当課",
            "まちづくり推進課",
        ),
        ("計画期間", "令和2年度～令和6年度", "人口（2020年12月末 住基）", "6,372人"),
    ]
    r = 4
    for l1, v1, l2, v2 in fields:
        _span(ws, r, 1, 2, l1, header=True)
        _span(ws, r, 3, 6, v1, align="left")
        _span(ws, r, 7, 8, l2, header=True)
        _span(ws, r, 9, 10, v2, align="left")
        ws.row_dimensions[r].height = 20
        r += 1
    _para(
        ws,
        6,
        1,
        10,
        "本計画は「食育・木育・花育」＝「心育」を柱に、結婚・出産・子育て環境の拡充と移住・定住の促進を図るものです。"
        "KPIの達成状況は、外部有識者4名を含む検証会議において毎年度検証しています。",
        32,
    )
    _text(ws, 8, 1, "■KPIの年度別推移", bold=True, size=11)
    groups = [(2 + 2 * i, 3 + 2 * i, name, ["目標", "実績"]) for i, name in enumerate(TM_KPIS)]
    _head2(ws, 9, [(1, "年度＼指標"), (10, "事業費（千円）")], groups)
    ws.row_dimensions[9].height = 30
    r = 11
    _put(ws, r, 1, "元年度（基準）", align="center")
    for i, v in enumerate(TM_BASE):
        _span(ws, r, 2 + 2 * i, 3 + 2 * i, v, align="center")
    _put(ws, r, 10, "―", align="center")
    ws.row_dimensions[r].height = 20
    for label, pairs, cost in TM_ROWS:
        r += 1
        _put(ws, r, 1, label, align="center")
        for i, (t, a) in enumerate(pairs):
            _put(ws, r, 2 + 2 * i, t, align="right")
            _put(ws, r, 3 + 2 * i, a, align="right")
        _put(ws, r, 10, cost, align="right")
        ws.row_dimensions[r].height = 20
    _notes(
        ws,
        r + 2,
        [
            "※6年度の実績欄は令和6年7月末時点の見込です（空欄は集計前）。",
            "※事業費は地方創生推進交付金の対象事業に係る決算額です（6年度は予算額）。",
            "※木育イベント参加者数は、2年度・3年度に新型コロナウイルス感染症の影響で開催回数を縮小（年12回から5回）しました。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "toma_kpi_suii_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 新冠町 (北海道新冠郡): まち・ひと・しごと創生総合戦略（第2期） KPIの進捗状況（令和6年9月）
# --------------------------------------------------------------------------------------------

# Real (全国町村会 町村の取組, zck.or.jp/site/forum/1302.html): about 5,800 inhabitants (2014),
# サラブレッド (軽種馬) breeding, ピーマン 全道一位, 黒毛和牛, レ・コードと音楽によるまちづくり.
# Made up: the sheet, its date, 課, 基本目標 wording, every figure, period and note.
NK_ROWS = [
    ("1", "ピーマン出荷額", "億円", 11.8, "H30", 13.6, "R5", 15.0, "農林課"),
    ("2", "ピーマン生産量の全道順位", "位", 1, "H30", 1, "R5", "全道1位を維持", "農林課"),
    ("3", "黒毛和牛出荷頭数", "頭", 620, "H30", 748, "5年", 800, "農林課"),
    ("4", "軽種馬生産頭数", "頭", 1540, "R元", 1492, "R5", 1550, "農林課"),
    ("5", "レ・コード館入館者数", "人", 18250, "R元", 12604, "5年度", 20000, "教育委員会"),
]


def niikappu() -> Path:
    wb, ws = _sheet("KPI進捗", [5, 30, 7, 10, 9, 10, 9, 16, 12])
    _text(
        ws,
        1,
        1,
        "新冠町まち・ひと・しごと創生総合戦略（第2期）　KPIの進捗状況",
        bold=True,
        size=14,
    )
    _text(ws, 2, 9, "令和6年9月　新冠町企画課", align="right")
    _para(
        ws,
        4,
        1,
        9,
        "町の概況：人口約5,800人（平成26年）。競走馬（サラブレッド）の産地として知られ、ピーマンは全道一位の生産地、"
        "黒毛和牛の生産も軌道に乗っています。KPIの最新値は、各統計の公表時期の違いにより指標ごとに把握年度が異なります。",
        34,
    )
    _text(ws, 6, 1, "基本目標１　地域の産業を活かし、安定した雇用を創出する", bold=True, size=11)
    head = [
        "No.",
        "重要業績評価指標（KPI）",
        "単位",
        "基準値",
        "把握年度",
        "最新値",
        "把握年度",
        "目標値（R7）",
        "担当課",
    ]
    for c, w in enumerate(head, start=1):
        _put(ws, 7, c, w, header=True)
    ws.row_dimensions[7].height = 24
    r = 8
    for no, name, unit, base, by, last, ly, target, dept in NK_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _put(ws, r, 4, base, fmt="#,##0.0" if isinstance(base, float) else None)
        _put(ws, r, 5, by, align="center")
        _put(ws, r, 6, last, fmt="#,##0.0" if isinstance(last, float) else None)
        _put(ws, r, 7, ly, align="center")
        _put(
            ws,
            r,
            8,
            target,
            fmt="#,##0.0" if isinstance(target, float) else None,
            align="center" if isinstance(target, str) else None,
        )
        _put(ws, r, 9, dept, align="center")
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※把握年度のR5・5年度は令和5年度、5年は令和5年（1～12月）の値です。",
            "※KPI 5項目のうち、最新値が基準値を上回ったものは2項目、維持したものは1項目です。",
            "※ピーマン出荷額はJAびらとり新冠支所取扱分（令和5年度 出荷量 約1,900t）です。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "niikappu_kpi_shinchoku_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 三島町 (福島県大沼郡): まち・ひと・しごと創生総合戦略 検証結果（令和元年度）
# --------------------------------------------------------------------------------------------

# Real (三島町まち・ひと・しごと創生総合戦略 平成27~31年度, pdfslide.tips; 福島県市町村要覧2021,
# fksm.jp): the strategy and its period, 1,590人 (2020年3月1日), 会津桐, 道の駅「尾瀬街道みしま宿」,
# 生活工芸館, 奥会津編み組細工, ふるさと会津工人まつり (6月第2土日). Made up: the sheet, 課, 基本目標
# wording, every indicator, figure and note.
MS_ROWS = [
    (
        "1",
        "道の駅「尾瀬街道みしま宿」の入込客数",
        "千人",
        [98.5, 101.2, 104.6, 99.8, 107.3, 110.4, 110.0],
        "＋9.2",
    ),
    ("2", "奥会津編み組細工の販売額", "万円", [2350, 2410, 2580, 2720, 2690, 2850, 3000], "＋440"),
    ("3", "会津桐の植栽本数（累計）", "本", [1200, 1450, 1730, 2010, 2260, 2480, 2700], "＋1,030"),
    ("4", "生活工芸館の体験者数", "人", [1820, 1905, 2110, 2240, 2315, "―", 2500], "―"),
]


def mishima() -> Path:
    wb, ws = _sheet("検証結果", [5, 32, 7, 11, 9, 9, 9, 9, 9, 11, 13])
    _text(
        ws,
        1,
        1,
        "三島町まち・ひと・しごと創生総合戦略　KPIの検証結果（令和元年度）",
        bold=True,
        size=14,
    )
    _text(ws, 2, 11, "令和2年6月　三島町地域政策課", align="right")
    fields = [
        ("計画期間", "平成27年度～平成31年度（令和元年度）", "人口（R2.3.1現在）", "1,590人"),
    ]
    r = 4
    for l1, v1, l2, v2 in fields:
        _span(ws, r, 1, 2, l1, header=True)
        _span(ws, r, 3, 6, v1, align="left")
        _span(ws, r, 7, 9, l2, header=True)
        _span(ws, r, 10, 11, v2, align="left")
        ws.row_dimensions[r].height = 20
    _text(ws, 6, 1, "基本目標１　桐と工芸の里で、しごとをつくる", bold=True, size=11)
    _head2(
        ws,
        7,
        [
            (1, "No."),
            (2, "重要業績評価指標（KPI）"),
            (3, "単位"),
            (4, "基準値\n（H26）"),
            (10, "目標値\n（H31）"),
            (11, "増減\n（元年度－27年度）"),
        ],
        [(5, 8, "平成", ["27年度", "28年度", "29年度", "30年度"]), (9, 9, "令和", ["元年度"])],
    )
    ws.row_dimensions[7].height = 20
    ws.row_dimensions[8].height = 30
    r = 9
    for no, name, unit, vals, diff in MS_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, vals)
        _put(ws, r, 11, diff, align="center" if diff == "―" else "right")
        ws.row_dimensions[r].height = 24
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※目標値（H31）は、元号の改正により令和元年度の実績と比較しています（平成31年度＝令和元年度）。",
            "※入込客数には、ふるさと会津工人まつり（6月第2土日）の来場者を含みます。",
            "※生活工芸館の体験者数（元年度）は、台風第19号による休館のため集計できませんでした。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "mishima_senryaku_kensho_r1.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 白石市 (宮城県): 第五次白石市総合計画 後期基本計画 成果指標の達成状況（令和2年10月）
# --------------------------------------------------------------------------------------------

# Real (city.shiroishi.miyagi.jp/youran/policies.html; 令和2年度施政方針): 第五次白石市総合計画
# (平成23年度~平成32年度), the two 分野 and their goals, ALT, 碧水園, ホワイトキューブ, 白石城, 放課後児童クラブ,
# 「教育改革元年」 (令和元年度). Made up: the page, its date and 課, the 施策 split, every indicator's
# wording and figure, the arrows and the notes.
SR_HEAD = """<thead>
<tr><th rowspan="2">施策</th><th rowspan="2">成果指標</th><th rowspan="2">単位</th><th rowspan="2">方向性</th><th rowspan="2">策定時<br>（平成27年度）</th><th colspan="2">実績</th><th colspan="2">令和元年度<br>（平成31年度）</th><th rowspan="2">最終目標<br>令和2年度<br>（平成32年度）</th></tr>
<tr><th>平成29年度</th><th>平成30年度</th><th>目標</th><th>実績</th></tr>
</thead>"""

SR_BLOCKS = [
    (
        "1 教育・文化",
        "豊かな感性と人間性を育み、伝統文化を継承するまち",
        [
            (
                "学校教育の充実",
                [
                    (
                        "全国学力・学習状況調査で全国平均を上回った教科の割合",
                        "％",
                        "↑",
                        "25.0",
                        "25.0",
                        "12.5",
                        "50.0",
                        "37.5",
                        "75.0",
                    ),
                    (
                        "ALTを活用した英語授業の実施時数",
                        "時間",
                        "↑",
                        "1,820",
                        "1,900",
                        "2,050",
                        "2,100",
                        "2,160",
                        "2,300",
                    ),
                ],
            ),
            (
                "生涯学習・文化の振興",
                [
                    (
                        "碧水園・ホワイトキューブの利用者数",
                        "人",
                        "↑",
                        "68,400",
                        "70,120",
                        "71,530",
                        "72,000",
                        "65,210",
                        "75,000",
                    ),
                    (
                        "白石城の入場者数",
                        "人",
                        "↑",
                        "61,200",
                        "58,930",
                        "60,480",
                        "63,000",
                        "―",
                        "65,000",
                    ),
                ],
            ),
        ],
    ),
    (
        "2 福祉・健康",
        "安心して子どもを産み育て、心やすらかに暮らせるまち",
        [
            (
                "子育て支援の充実",
                [
                    ("放課後児童クラブの待機児童数", "人", "↓", "14", "9", "6", "5", "5", "0"),
                ],
            ),
        ],
    ),
]


def shiroishi_html() -> str:
    parts = []
    for heading, goal, groups in SR_BLOCKS:
        rows = []
        for measure, inds in groups:
            for k, (name, unit, arrow, *vals) in enumerate(inds):
                head = f'<th rowspan="{len(inds)}" class="l">{measure}</th>' if k == 0 else ""
                rows.append(
                    f'<tr>{head}<td>{name}</td><td class="c">{unit}</td><td class="c">{arrow}</td>'
                    + "".join(f'<td class="{"c" if v == "―" else "num"}">{v}</td>' for v in vals)
                    + "</tr>"
                )
        body = "\n".join(rows)
        parts.append(
            f"<h2>{heading}</h2>\n<p>めざす姿：{goal}</p>\n<table>\n{SR_HEAD}\n<tbody>\n{body}\n</tbody>\n</table>"
        )
    tables = "\n".join(parts)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>第五次白石市総合計画 後期基本計画 成果指標の達成状況 - 白石市</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
th.l {{ text-align: left; background: #f2f2f2; }}
td.num {{ text-align: right; }}
td.c {{ text-align: center; }}
</style>
</head>
<body>
<p>トップページ &gt; 市政情報 &gt; 計画・施策 &gt; 総合計画</p>
<h1>第五次白石市総合計画 後期基本計画 成果指標の達成状況</h1>
<p>更新日：令和2年10月1日　企画政策課</p>
<p>第五次白石市総合計画（平成23年度～平成32年度）の後期基本計画に掲げた成果指標について、令和元年度の実績を取りまとめました。
計画策定時の表記（平成31年度・平成32年度）は、令和元年度・令和2年度に読み替えて掲載しています。
令和元年度は「教育改革元年」と位置付け、学力向上の取組を進めました。</p>
<p>方向性：↑ 数値が大きいほど良い指標　↓ 数値が小さいほど良い指標</p>
{tables}
<p>※白石城の入場者数（令和元年度）は、令和元年10月の台風第19号の影響により集計中のため「―」としています。</p>
<p>※成果指標は全15指標のうち、主なもの5指標を掲載しています。</p>
</body>
</html>
"""


def shiroishi() -> Path:
    path = HERE / "shiroishi_seika_shihyo_r2.html"
    path.write_bytes(shiroishi_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (toma, niikappu, mishima):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {shiroishi().name}")


if __name__ == "__main__":
    main()
