"""Build the documents of forms417/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/kasuya_senryaku_kpi_r5.xlsx`` and its PDF, a 総合戦略 KPI進捗 sheet in the manner of 粕屋町
  (福岡県糟屋郡): landscape, each KPI's base year and target year in columns of their own (``基準年``,
  ``目標年度``) beside the values, one base year a calendar year (``H30年``), ``百万円`` and ``千人`` units;
* ``yurihama_sosei_kpi_r5.xlsx`` (a document itself), a 総合戦略 KPI実績 workbook in the manner of 湯梨浜町
  (鳥取県東伯郡): the 実績値 heads are real Excel dates shown as ``2022年3月末``, two target heads ``R6.3末`` /
  ``R7.3末``, a percentage stored as a fraction with a ``0.0%`` format, ``千円`` in the 単位 column;
* ``source/toon_shisaku_seika_r5.xlsx`` and its PDF, a 総合計画 施策の成果指標 sheet in the manner of 東温市
  (愛媛県): portrait, a 単位 cell merged over two rows, a range target ``80～85``, a printed 判定, a value with
  ``（速報値）``;
* ``mimata_senryaku_kpi_r5.html``, a 総合戦略 KPI検証 page in the manner of 三股町 (宮崎県北諸県郡): three tables
  headed by ``<caption>`` only, names broken by ``<br>``, values with their units, a ``（見込）`` actual,
  ``―（隔年調査）`` cells and a 担当課 column.

The PDF steps are skipped, with a message, when ``soffice`` is not installed.
These are re-typed forms of other municipalities, not their own files (README.md, SOURCES.tsv).
The XLSX and HTML files are byte-stable (fixed document dates, zip members with a fixed timestamp).
"""
# ruff: noqa: E501, B905

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
FONT = "IPAexGothic"
FIXED = dt.datetime(2026, 12, 7, 0, 0, 0)
STAMP = (2026, 12, 7, 0, 0, 0)


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms417/build.py"
    wb.properties.lastModifiedBy = "forms417/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    ws = wb.active
    ws.title = title
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    return wb, ws


def _put(ws, row, col, value, header=False, fmt=None, align=None, size=9, bold=False, fill=None):
    """A bordered cell; numbers stay numbers and get a number format."""
    cell = ws.cell(row=row, column=col, value=None if value == "" else value)
    cell.border = BORDER
    cell.font = Font(name=FONT, size=size, bold=bold)
    if header:
        cell.fill = SHADE
        cell.alignment = Alignment(horizontal=align or "center", vertical="center", wrap_text=True)
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        cell.alignment = Alignment(horizontal=align or "right", vertical="center")
        cell.number_format = fmt or ("#,##0" if isinstance(value, int) else "#,##0.0")
    else:
        cell.alignment = Alignment(horizontal=align or "left", vertical="center", wrap_text=True)
    if fill is not None:
        cell.fill = fill
    return cell


def _merge(ws, r1: int, c1: int, r2: int, c2: int) -> None:
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            ws.cell(row=r, column=c).border = BORDER
    ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)


def _span(ws, row, c1, c2, value, header=False, **kw):
    cell = _put(ws, row, c1, value, header=header, **kw)
    for c in range(c1 + 1, c2 + 1):
        _put(ws, row, c, None, header=header, fill=kw.get("fill"))
    if c2 > c1:
        _merge(ws, row, c1, row, c2)
    return cell


def _down(ws, r1, r2, col, value, header=False, **kw):
    cell = _put(ws, r1, col, value, header=header, **kw)
    for r in range(r1 + 1, r2 + 1):
        _put(ws, r, col, None, header=header, fill=kw.get("fill"))
    if r2 > r1:
        _merge(ws, r1, col, r2, col)
    return cell


def _text(ws, row, col, value, bold=False, size=9, align=None):
    cell = ws.cell(row=row, column=col, value=value)
    cell.font = Font(name=FONT, size=size, bold=bold)
    cell.alignment = Alignment(horizontal=align or "left", vertical="center")
    return cell


def _field(ws, row, label, value, last_col, height=None, label_cols=2):
    _span(ws, row, 1, label_cols, label, header=True)
    cell = _span(ws, row, label_cols + 1, last_col, value)
    if height:
        cell.alignment = Alignment(horizontal="left", vertical="top", wrap_text=True)
        ws.row_dimensions[row].height = height


def _box(ws, row, last_col, value, height):
    cell = _span(ws, row, 1, last_col, value)
    cell.alignment = Alignment(horizontal="left", vertical="top", wrap_text=True)
    ws.row_dimensions[row].height = height


def _page(ws, orientation: str, area: str) -> None:
    ws.page_setup.orientation = orientation
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.print_area = area
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.6


def _save(wb, path: Path) -> None:
    """Save, then rewrite the zip with fixed member dates (byte-stable output)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    with zipfile.ZipFile(path) as zin:
        members = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in members:
            if name == "docProps/core.xml":
                data = re.sub(
                    rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                    rb"\g<1>2026-12-07T00:00:00Z\g<2>",
                    data,
                )
            info = zipfile.ZipInfo(name, date_time=STAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, data)


def to_pdf(xlsx: Path) -> None:
    """Convert a source XLSX to a PDF next to build.py (LibreOffice headless)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        print(f"soffice not found: {xlsx.with_suffix('.pdf').name} not rebuilt")
        return
    with tempfile.TemporaryDirectory(prefix="forms417_soffice_") as tmp:
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
# 粕屋町 (福岡県糟屋郡): 第2期粕屋町まち・ひと・しごと創生総合戦略 KPIの進捗状況（令和5年度）
# Real: the strategy's name, 14.13km², 48,745人 (2024-03-01), 6 JR stations, 長者原駅 to 博多駅 about 10 minutes,
# 合計特殊出生率 2.08 (2013), 駕与丁公園. Made up: the period, the 課, the KPIs and every value.
# --------------------------------------------------------------------------------------------

KASUYA_HEAD = ["No.", "重要業績評価指標（KPI）", "単位", "基準値", "基準年", "目標値", "目標年度"]
KASUYA_ROWS = [
    ("1", "町外からの転入者数", "人", 3412, "H30年度", 3600, "R6年度", [3286, 3350, 3471], ""),
    (
        "2",
        "合計特殊出生率",
        "―",
        1.92,
        "H30年",
        2.00,
        "R6年度",
        [1.85, 1.79, 1.74],
        "基準値は平成30年（1月～12月）の値",
    ),
    ("3", "ふるさと納税寄附額", "百万円", 48, "R元年度", 100, "R5年度", [62, 85, 104.5], ""),
    (
        "4",
        "駕与丁公園の年間利用者数",
        "千人",
        312,
        "H30年度",
        350,
        "R5年度",
        [198, 276, 341],
        "R3は改修工事で一部閉鎖",
    ),
    (
        "5",
        "子育て支援センターの利用者数",
        "人",
        12840,
        "2019年度",
        15000,
        "R6年度",
        [9870, 11920, 13405],
        "",
    ),
]


def kasuya() -> Path:
    wb, ws = _sheet("KPI進捗", [5, 30, 8, 9, 9, 9, 9, 9, 9, 9, 24])
    last = 11
    _text(
        ws,
        1,
        1,
        "第2期粕屋町まち・ひと・しごと創生総合戦略　重要業績評価指標（ＫＰＩ）の進捗状況（令和５年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, last, "令和6年9月　粕屋町", align="right")
    _field(ws, 4, "戦略の名称", "第2期粕屋町まち・ひと・しごと創生総合戦略", last)
    _field(ws, 5, "計画期間", "令和2年度～令和6年度（5年間）", last)
    _field(ws, 6, "担当課", "経営政策課", last)
    _field(
        ws,
        7,
        "町の概要",
        "本町は福岡市の東に隣接し、面積14.13km²の町域に48,745人（令和6年3月1日推計）が暮らしています。町内にはJRの駅が6つあり、"
        "長者原駅から博多駅までは約10分です。合計特殊出生率は2.08（2013年）と県内で最も高い水準にあります。",
        last,
        height=36,
    )
    _text(ws, 9, 1, "■重要業績評価指標（KPI）の進捗", bold=True, size=11)
    for c, h in enumerate(KASUYA_HEAD, start=1):
        _down(ws, 10, 11, c, h, header=True)
    _span(ws, 10, 8, 10, "実績値", header=True)
    for c, h in zip(range(8, 11), ["R3年度", "R4年度", "R5年度"]):
        _put(ws, 11, c, h, header=True)
    _down(ws, 10, 11, 11, "備考", header=True)
    r = 12
    for no, name, unit, base, base_year, goal, goal_year, acts, note in KASUYA_ROWS:
        fmt = "0.00" if unit == "―" else None
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _put(ws, r, 4, base, fmt=fmt)
        _put(ws, r, 5, base_year, align="center")
        _put(ws, r, 6, goal, fmt=fmt)
        _put(ws, r, 7, goal_year, align="center")
        for c, v in zip(range(8, 11), acts):
            _put(ws, r, c, v, fmt=fmt)
        _put(ws, r, 11, note, size=8)
        ws.row_dimensions[r].height = 24
        r += 1
    _text(
        ws,
        r + 1,
        1,
        "※基準値・目標値の時点は、指標ごとに「基準年」「目標年度」の欄に記載しています。",
        size=8,
    )
    _text(ws, r + 2, 1, "※令和6年度の実績は、令和7年度の効果検証で報告します。", size=8)
    _page(ws, "landscape", f"A1:K{r + 2}")
    path = SOURCE / "kasuya_senryaku_kpi_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 湯梨浜町 (鳥取県東伯郡): ゆりはま創生総合戦略（第2期） KPIの実績（令和5年度末現在）
# Real: the strategy's name (ゆりはま創生総合戦略会議), まちづくり企画課, the merger of 羽合町・泊村・東郷町 (平成16年10月),
# 77.94km², 16,705人 (令和3年4月15日), 東郷湖 about 12km round, はわい温泉・東郷温泉, 燕趙園, 二十世紀梨.
# Made up: the period, the KPIs and every value.
# --------------------------------------------------------------------------------------------

YURIHAMA_ROWS = [
    (
        "1",
        "観光入込客数（はわい温泉・東郷温泉）",
        "人",
        512300,
        [301200, 388900, 455600],
        [480000, 520000],
        "#,##0",
    ),
    (
        "2",
        "二十世紀梨の販売額",
        "千円",
        412000,
        [365400, 398700, 421300],
        [430000, 450000],
        "#,##0",
    ),
    ("3", "移住相談件数", "件", 64, [71, 88, 93], [90, 100], "#,##0"),
    (
        "4",
        "子育て環境に満足している町民の割合",
        "％",
        0.482,
        [0.503, 0.517, 0.546],
        [0.55, 0.6],
        "0.0%",
    ),
    ("5", "東郷湖のカヌー・SUP体験者数", "人", 1150, ["－", 820, 1390], [1300, 1500], "#,##0"),
]


def yurihama() -> Path:
    wb, ws = _sheet("KPI実績", [5, 34, 7, 13, 11, 11, 11, 11, 11])
    last = 9
    _text(
        ws, 1, 1, "ゆりはま創生総合戦略（第2期）　KPIの実績（令和5年度末現在）", bold=True, size=13
    )
    _text(ws, 2, last, "湯梨浜町", align="right")
    _field(ws, 4, "計画期間", "令和2年度～令和6年度", last)
    _field(ws, 5, "担当課", "まちづくり企画課", last)
    _field(
        ws,
        6,
        "町の概要",
        "平成16年10月に羽合町・泊村・東郷町が合併して誕生。面積77.94km²、人口16,705人（令和3年4月15日現在）。"
        "町の中央に一周約12kmの東郷湖があり、湖畔にはわい温泉と東郷温泉の2つの温泉がある。",
        last,
        height=36,
    )
    _text(ws, 8, 1, "■重要業績評価指標（KPI）", bold=True, size=11)
    _down(ws, 9, 10, 1, "No.", header=True)
    _down(ws, 9, 10, 2, "KPI", header=True)
    _down(ws, 9, 10, 3, "単位", header=True)
    _down(ws, 9, 10, 4, "基準値（H31.3末）", header=True)
    _span(ws, 9, 5, 7, "実績値", header=True)
    for c, d in zip(
        range(5, 8), [dt.datetime(2022, 3, 31), dt.datetime(2023, 3, 31), dt.datetime(2024, 3, 31)]
    ):
        cell = _put(ws, 10, c, d, header=True)
        cell.number_format = 'yyyy"年"m"月末"'
    _span(ws, 9, 8, 9, "目標値", header=True)
    _put(ws, 10, 8, "R6.3末", header=True)
    _put(ws, 10, 9, "R7.3末", header=True)
    r = 11
    for no, name, unit, base, acts, goals, fmt in YURIHAMA_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for c, v in zip(range(4, 10), [base, *acts, *goals]):
            if isinstance(v, str):
                _put(ws, r, c, v, align="center")
            else:
                _put(ws, r, c, v, fmt=fmt)
        r += 1
    _text(ws, r + 1, 1, "※No.4は町民意識調査（毎年11月実施）による。", size=8)
    _text(ws, r + 2, 1, "※No.5は令和3年度、東郷湖の水草対策のため体験事業を休止した。", size=8)
    ws.print_area = f"A1:I{r + 2}"
    path = HERE / "yurihama_sosei_kpi_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 東温市 (愛媛県): 第2次東温市総合計画 後期基本計画 施策の成果指標（令和5年度実績）
# Real: the plan's name, 211.30km², 33,425人 (2024-10-01 推計), 重信川, 白猪の滝, 坊っちゃん劇場, 愛媛県で唯一海に
# 面していない市. Made up: the 施策 number and name, the 課, the period of the 後期基本計画, the indicators and values.
# --------------------------------------------------------------------------------------------

TOON_ROWS = [
    ("①", "白猪の滝周辺の観光入込客数", 86400, [52100, 67800, 79300], 85000, "未達成", 90000),
    (
        "②",
        "坊っちゃん劇場の年間観客数",
        58200,
        [31500, 40800, "46,900（速報値）"],
        50000,
        "未達成",
        60000,
    ),
    ("③", "観光ボランティアガイドの案内件数", 140, [88, 126, 152], 150, "達成", 170),
    (
        "④",
        "市の観光情報に満足している市民の割合",
        71.4,
        ["―", 76.0, 82.1],
        "80～85",
        "達成",
        "85～90",
    ),
]


def toon() -> Path:
    wb, ws = _sheet("成果指標", [5, 30, 6, 10, 9, 9, 13, 9, 8, 10])
    last = 10
    _text(
        ws,
        1,
        1,
        "第2次東温市総合計画 後期基本計画　施策の成果指標（令和5年度実績）",
        bold=True,
        size=12,
    )
    _text(ws, 2, last, "令和6年8月　東温市", align="right")
    _text(ws, 4, 1, "１　施策の概要", bold=True, size=11)
    _field(ws, 5, "施策", "3-3　観光・交流の推進", last)
    _field(ws, 6, "主管課", "産業創出課", last)
    _field(ws, 7, "計画期間", "後期基本計画　令和3年度～令和7年度（5年間）", last)
    _field(
        ws,
        8,
        "施策の現状",
        "本市は愛媛県で唯一海に面していない市で、面積は211.30km²、人口は33,425人（2024年10月1日推計）です。"
        "重信川の上流には白猪の滝があり、年間を通じて多くの観光客が訪れます。",
        last,
        height=48,
    )
    _text(ws, 10, 1, "２　成果指標", bold=True, size=11)
    for c, h in enumerate(
        [
            "No.",
            "成果指標",
            "単位",
            "策定時（R元）",
            "R3実績",
            "R4実績",
            "R5実績",
            "R5目標",
            "判定",
            "目標値（R7）",
        ],
        start=1,
    ):
        _put(ws, 11, c, h, header=True)
    ws.row_dimensions[11].height = 28
    r = 12
    for no, name, base, acts, goal5, judge, goal7 in TOON_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        fmt = "0.0" if isinstance(base, float) else None
        for c, v in zip(range(4, 11), [base, *acts, goal5, judge, goal7]):
            if isinstance(v, str):
                _put(ws, r, c, v, align="center" if c == 9 or v == "―" else "right")
            else:
                _put(ws, r, c, v, fmt=fmt)
        ws.row_dimensions[r].height = 26
        r += 1
    _down(ws, 12, 13, 3, "人", align="center")
    _put(ws, 14, 3, "件", align="center")
    _put(ws, 15, 3, "％", align="center")
    _text(ws, r + 1, 1, "※②のR5実績は速報値（令和6年5月時点）です。", size=8)
    _text(
        ws, r + 2, 1, "※④は市民アンケートによる。令和3年度はアンケートを実施していません。", size=8
    )
    _text(
        ws, r + 3, 1, "※④の目標値は範囲で設定しており、下限値以上で「達成」と判定します。", size=8
    )
    _page(ws, "portrait", f"A1:J{r + 3}")
    path = SOURCE / "toon_shisaku_seika_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 三股町 (宮崎県北諸県郡): 第2期三股町まち・ひと・しごと創生総合戦略 KPIの検証結果（令和5年度）
# Real: the strategy's name, its period 令和2(2020)年度~令和6(2024)年度, the four 基本目標 (three are used), 企画商工課,
# 第6次三股町総合計画 (2021~2030年度), バイオ茶 and ごま. Made up: the other 課, the KPIs and every value.
# --------------------------------------------------------------------------------------------

MIMATA_TABLES = [
    (
        "基本目標1　しごとを元気にし、若者が安心してはたらける「みまた」をつくる",
        [
            (
                "町内事業所の<br>新規雇用者数",
                ["38人", "41人", "45人", "48人", "52人<br>（見込）", "50人"],
                "企画商工課",
            ),
            (
                "特産品（バイオ茶・ごま等）の<br>販売額",
                ["2,840万円", "3,010万円", "3,320万円", "3,400万円", "3,360万円", "3,600万円"],
                "農業振興課",
            ),
        ],
    ),
    (
        "基本目標2　行きたい、住みたい「みまた」をつくる",
        [
            (
                "町外からの移住<br>世帯数",
                ["5世帯", "7世帯", "9世帯", "10世帯", "11世帯", "12世帯"],
                "企画商工課",
            ),
        ],
    ),
    (
        "基本目標3　出産・子育てしやすい「みまた」をつくる",
        [
            (
                "乳幼児健診の受診率",
                ["95.2%", "96.0%", "97.1%", "97.0%", "98.3%", "98.0%"],
                "健康管理課",
            ),
            (
                "子育て支援に満足している<br>保護者の割合",
                ["68.5%", "―（隔年調査）", "72.4%", "75.0%", "―（隔年調査）", "80.0%"],
                "福祉課",
            ),
        ],
    ),
]


def mimata_html() -> str:
    out = [
        "<!DOCTYPE html>",
        '<html lang="ja">',
        "<head>",
        '<meta charset="utf-8">',
        "<title>第2期三股町まち・ひと・しごと創生総合戦略 KPIの検証結果（令和5年度） | 三股町</title>",
        "</head>",
        "<body>",
        '<nav class="breadcrumb"><ol>',
        '<li><a href="/">ホーム</a></li>',
        '<li><a href="/gyosei/">町政情報</a></li>',
        '<li><a href="/gyosei/keikaku/">計画・施策</a></li>',
        "<li>第2期三股町まち・ひと・しごと創生総合戦略 KPIの検証結果（令和5年度）</li>",
        "</ol></nav>",
        "<main>",
        "<h1>第2期三股町まち・ひと・しごと創生総合戦略 KPIの検証結果（令和５年度）</h1>",
        '<p class="date">更新日：2024年11月8日　担当：企画商工課 企画政策係</p>',
        "<p>本町では、令和2(2020)年度から令和6(2024)年度までの5年間を計画期間とする第2期三股町まち・ひと・しごと創生総合戦略に基づき、"
        "4つの基本目標のもとで取組を進めています。令和5年度の重要業績評価指標（KPI）の状況を、外部有識者による検証会議（令和6年10月開催、委員8名）の意見を踏まえて取りまとめました。"
        "なお、第6次三股町総合計画（2021～2030年度）との整合を図っています。</p>",
    ]
    for caption, rows in MIMATA_TABLES:
        out += [
            '<table class="kpi">',
            f"<caption>{caption}</caption>",
            "<thead>",
            "<tr>",
            '<th rowspan="2" scope="col">KPI</th>',
            '<th rowspan="2" scope="col">基準値<br>（H30）</th>',
            '<th colspan="2" scope="colgroup">実績値</th>',
            '<th colspan="2" scope="colgroup">令和5年度</th>',
            '<th rowspan="2" scope="col">最終目標<br>（R6）</th>',
            '<th rowspan="2" scope="col">担当課</th>',
            "</tr>",
            "<tr>",
            '<th scope="col">R3</th>',
            '<th scope="col">R4</th>',
            '<th scope="col">目標</th>',
            '<th scope="col">実績</th>',
            "</tr>",
            "</thead>",
            "<tbody>",
        ]
        for name, vals, dept in rows:
            cells = "".join(f"<td>{v}</td>" for v in vals)
            out.append(f'<tr><th scope="row">{name}</th>{cells}<td>{dept}</td></tr>')
        out += ["</tbody>", "</table>"]
    out += [
        '<div class="notes">',
        "<p>※「（見込）」は令和6年3月末時点の見込値です。</p>",
        "<p>※子育て支援に満足している保護者の割合は、2年に1度の子育て世帯アンケートによるため、R3・R5は調査を行っていません。</p>",
        "</div>",
        "</main>",
        "<footer><p>三股町役場 企画商工課　〒889-1995 宮崎県北諸県郡三股町</p></footer>",
        "</body>",
        "</html>",
        "",
    ]
    return "\n".join(out)


def mimata() -> Path:
    path = HERE / "mimata_senryaku_kpi_r5.html"
    path.write_text(mimata_html(), encoding="utf-8")
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (kasuya, toon):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {yurihama().name}")
    print(f"wrote {mimata().name}")


if __name__ == "__main__":
    main()
