"""Build the documents of forms431/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/haga_juten_kpi_r6.xlsx``, a 重点プロジェクト KPI進捗表 of a 振興計画 in the manner of 芳賀町
  (栃木県): shaded project rows spanning the grid, a two-row head ``基準値（R4年度） | 令和6年度 (目標 |
  実績) | 目標値（R9年度） | 備考``, and **a 備考 column whose remarks change what a row's values
  are** (one row counted by 暦年, one R6 actual a 見込, one R9 target a four-year 累計); and the
  portrait PDF ``haga_juten_kpi_r6.pdf``;
* ``source/kusatsu_kpi_kensho_r6.xlsx``, a 総合戦略 KPI 効果検証シート in the manner of 草津町 (群馬県):
  Western fiscal-year groups ``2022年度 … 2024年度`` each over ``目標 | 実績 | 評価`` with ○/×/－
  marks, ``万人`` with decimals, an asterisk that a note turns into a 見込, a count with words in
  brackets, a ``－`` actual; and the landscape PDF ``kusatsu_kpi_kensho_r6.pdf``;
* ``source/minamialps_saisei_jigo_h30.xlsx``, a 地域再生計画 事後評価シート in the manner of 南アルプス市
  (山梨県): units only in the names' brackets (one ``（単位：千円）``), ``―（H28.4開業）``, blank early
  years, an actual ``12（修正）`` whose note gives the old figure; and the portrait PDF
  ``minamialps_saisei_jigo_h30.pdf``;
* ``obuse_senryaku_kpi_r5.html``, a 総合戦略 KPI page in the manner of 小布施町 (長野県): two ``<h2>``
  基本目標 tables with a 備考 column (one remark makes a row's targets and actuals 累計), ``中止`` in a
  value cell, full-width digits, ``千人`` with decimals.

The PDF steps are skipped, with a message, when ``soffice`` is not installed.
These are re-typed forms of other municipalities, not their own files (README.md, SOURCES.tsv).

The XLSX and HTML files are byte-stable: fixed document dates, and the zip members are
rewritten with a fixed timestamp. The PDFs carry LibreOffice's creation date, so they differ
by that only.
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
LIGHT = PatternFill("solid", fgColor="EDEDED")
FONT = "IPAexGothic"
FIXED = dt.datetime(2026, 12, 7, 0, 0, 0)


# --------------------------------------------------------------------------------------------
# Sheet helpers
# --------------------------------------------------------------------------------------------


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms431/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms431/build.py"
    ws = wb.active
    ws.title = title
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    return wb, ws


def _put(ws, row, col, value, header=False, fmt=None, align=None, size=9, bold=False, fill=None):
    """A bordered cell. Numbers stay numbers, with a number format."""
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


def _down(ws, r1, r2, col, value):
    """A header cell merged down over r1..r2 of one column."""
    _put(ws, r1, col, value, header=True)
    for r in range(r1 + 1, r2 + 1):
        _put(ws, r, col, None, header=True)
    _merge(ws, r1, col, r2, col)


def _text(ws, row, col, value, bold=False, size=9, align=None):
    """A borderless text cell (titles, headings, notes)."""
    cell = ws.cell(row=row, column=col, value=value)
    cell.font = Font(name=FONT, size=size, bold=bold)
    cell.alignment = Alignment(horizontal=align or "left", vertical="center")
    return cell


def _fields(ws, r: int, last: int, fields) -> int:
    """Bordered form rows ``label | value`` (label over columns 1-2); returns the next free row."""
    for label, value, height in fields:
        _put(ws, r, 1, label, header=True)
        _put(ws, r, 2, None, header=True)
        _merge(ws, r, 1, r, 2)
        _span(ws, r, 3, last, value).alignment = Alignment(
            horizontal="left", vertical="top" if height > 20 else "center", wrap_text=True
        )
        ws.row_dimensions[r].height = height
        r += 1
    return r


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
                    rb"\g<1>2026-12-07T00:00:00Z\g<2>",
                    data,
                )
            info = zipfile.ZipInfo(name, date_time=(2026, 12, 7, 0, 0, 0))
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
    with tempfile.TemporaryDirectory(prefix="forms431_soffice_") as tmp:
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
# 芳賀町 (栃木県芳賀郡): 第7次芳賀町振興計画 重点プロジェクト KPI進捗表（令和6年度）
# --------------------------------------------------------------------------------------------

# Real (tss.or.jp 市町概要, town.tochigi-haga.lg.jp 町長のコーヒーブレイク vol.42): the 第7次芳賀町振興計画
# and its 基本構想 period 令和6年度～令和17年度 (12年間), 昭和29年3月 (1町2村の合併), 70.16km², 15,664人
# (R2.3.31 住基), 幸水・豊水・にっこりの梨, 道の駅はが (平成14年4月). Made up: the 前期基本計画 span, the
# 課, the 重点プロジェクト, every indicator and figure.
HG_PROJECTS = [
    (
        "重点プロジェクト１　梨と米のまち・はがの農業を未来へ",
        [
            # No., name, unit, base R4, R6 target, R6 actual, R9 target, 備考
            (1, "梨の出荷量", "t", 4820, 4900, 4315, 5000, "R6は7月の降ひょう被害あり"),
            (2, "道の駅はがの年間利用者数", "千人", 612, 650, 655, 700, "暦年（1月～12月）で集計"),
            (3, "新規就農者数", "人", 3, 4, 5, 20, "R9目標値はR6～R9の4年間の累計"),
        ],
    ),
    (
        "重点プロジェクト２　住みたい・住み続けたいまち・はが",
        [
            (4, "社会増減数", "人", "△38", "±0", 12, 20, ""),
            (
                5,
                "子育て支援センター利用者数（延べ）",
                "人",
                8960,
                9500,
                9870,
                10000,
                "R6実績は令和7年2月末時点の見込",
            ),
        ],
    ),
]


def haga() -> Path:
    wb, ws = _sheet("重点プロジェクト", [5, 30, 6, 11, 9, 9, 11, 26])
    last = 8
    _text(
        ws,
        1,
        1,
        "第7次芳賀町振興計画　重点プロジェクト　KPI進捗表（令和６年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, last, "令和7年8月　芳賀町", align="right")
    r = _fields(
        ws,
        4,
        last,
        [
            ("計画の名称", "第7次芳賀町振興計画（前期基本計画）", 18),
            (
                "計画期間",
                "基本構想　令和6年度～令和17年度（12年間）／前期基本計画　令和6年度～令和9年度（4年間）",
                18,
            ),
            ("担当課", "総合政策課　企画調整係", 18),
            (
                "町の概要",
                "昭和29年3月に1町2村が合併して誕生した町。面積70.16km²、人口15,664人（令和2年3月31日現在、住民基本台帳）。幸水・豊水・にっこりなどの梨は県内有数の産地で、平成14年4月には「道の駅はが」が開業した。",
                44,
            ),
        ],
    )
    r += 1
    _text(ws, r, 1, "■重点プロジェクトの進捗状況", bold=True, size=10)
    r += 1
    h1, h2 = r, r + 1
    for col, word in (
        (1, "No."),
        (2, "重要業績評価指標（KPI）"),
        (3, "単位"),
        (4, "基準値\n（R4年度）"),
        (7, "目標値\n（R9年度）"),
        (8, "備考"),
    ):
        _down(ws, h1, h2, col, word)
    _span(ws, h1, 5, 6, "令和6年度", header=True)
    _put(ws, h2, 5, "目標", header=True)
    _put(ws, h2, 6, "実績", header=True)
    ws.row_dimensions[h1].height = 18
    ws.row_dimensions[h2].height = 18
    r = h2
    for title, rows in HG_PROJECTS:
        r += 1
        _span(ws, r, 1, last, title, bold=True, fill=LIGHT)
        ws.row_dimensions[r].height = 18
        for no, name, unit, *vals, note in rows:
            r += 1
            _put(ws, r, 1, no, align="center")
            _put(ws, r, 2, name)
            _put(ws, r, 3, unit, align="center")
            for c, v in zip(range(4, 8), vals):
                _put(ws, r, c, v, align="right")
            _put(ws, r, 8, note, size=8)
            ws.row_dimensions[r].height = 24
    r += 1
    _text(ws, r, 1, "※備考に記載のない指標は、年度（4月～翌年3月）で集計している。", size=8)
    _text(ws, r + 1, 1, "※社会増減数の△は転出超過を示す。", size=8)
    _page(ws, "portrait")
    path = SOURCE / "haga_juten_kpi_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 草津町 (群馬県吾妻郡): 第2期草津町まち・ひと・しごと創生総合戦略 KPI効果検証シート（令和6年度）
# --------------------------------------------------------------------------------------------

# Real (furusatokaiki.net gunmafair2024, nactva.gr.jp 町村議会クイックNavi, gunmaai.jp): 49.75km²,
# 6,036人 (令和6年9月1日), 観光業が産業の9割, 愛町部企画創造課, 湯畑, 西の河原公園 (ライトアップ), 温泉門
# (令和5年), 令和6年度の入込客数 401.9万人 (過去最高). Assumed: the strategy's name and period. Made up:
# the sheet, the 基本目標's wording, every other indicator and figure.
KS_ROWS = [
    # label, name, unit, base 2019, then (target, actual, mark) for 2022, 2023, 2024
    (
        "①",
        "観光入込客数",
        "万人",
        320.5,
        [(300.0, 276.4, "×"), (320.0, 370.2, "○"), (340.0, 401.9, "○")],
    ),
    (
        "②",
        "外国人延べ宿泊者数",
        "人",
        48200,
        [(20000, 9860, "×"), (40000, 51340, "○"), (55000, "58,900*", "○")],
    ),
    (
        "③",
        "西の河原公園ライトアップ来場者数",
        "千人",
        185,
        [(150, 162, "○"), (190, 231, "○"), (200, "－", "－")],
    ),
    (
        "④",
        "移住相談件数",
        "件",
        14,
        [(20, "31（オンライン12件を含む）", "○"), (25, 28, "○"), (30, 26, "×")],
    ),
    (
        "⑤",
        "町内宿泊施設の従業員数（各年度4月1日現在）",
        "人",
        2480,
        [(2500, 2310, "×"), (2500, 2455, "×"), (2550, 2570, "○")],
    ),
]


def kusatsu() -> Path:
    wb, ws = _sheet("KPI効果検証", [5, 30, 6, 11, 8, 11, 5, 8, 8, 5, 8, 8, 5])
    last = 13
    _text(
        ws,
        1,
        1,
        "第2期草津町まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）効果検証シート（令和６年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, last, "令和7年9月　草津町", align="right")
    r = _fields(
        ws,
        4,
        last,
        [
            ("戦略の名称", "第2期草津町まち・ひと・しごと創生総合戦略", 18),
            ("計画期間", "令和2年度～令和6年度（5年間）", 18),
            ("担当課", "愛町部　企画創造課", 18),
            (
                "町の概要",
                "面積49.75km²、人口6,036人（令和6年9月1日現在）。産業の約9割を観光業が占める町で、標高約1,200mの温泉街の中心に湯畑がある。令和5年には「温泉門」が完成し、令和6年度の観光入込客数は過去最高となった。",
                32,
            ),
        ],
    )
    r += 1
    _text(
        ws,
        r,
        1,
        "■基本目標１　草津温泉の魅力を磨き、選ばれ続ける観光地をつくる",
        bold=True,
        size=10,
    )
    _text(ws, r, last, "評価　○：目標達成　×：目標未達成　－：実績未確定", size=8, align="right")
    r += 1
    h1, h2 = r, r + 1
    for col, word in ((1, "No."), (2, "KPI"), (3, "単位"), (4, "基準値\n（2019年度）")):
        _down(ws, h1, h2, col, word)
    for i, year in enumerate(("2022年度", "2023年度", "2024年度")):
        c = 5 + 3 * i
        _span(ws, h1, c, c + 2, year, header=True)
        for j, word in enumerate(("目標", "実績", "評価")):
            _put(ws, h2, c + j, word, header=True)
    ws.row_dimensions[h1].height = 18
    ws.row_dimensions[h2].height = 18
    r = h2
    for label, name, unit, base, years in KS_ROWS:
        r += 1
        _put(ws, r, 1, label, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _put(ws, r, 4, base)
        for i, (target, actual, mark) in enumerate(years):
            c = 5 + 3 * i
            _put(ws, r, c, target)
            _put(ws, r, c + 1, actual, align="right")
            _put(ws, r, c + 2, mark, align="center")
        ws.row_dimensions[r].height = 26
    r += 1
    _text(
        ws, r, 1, "※2024年度の外国人延べ宿泊者数（*）は、令和7年3月末時点の見込値である。", size=8
    )
    _text(
        ws,
        r + 1,
        1,
        "※西の河原公園ライトアップ来場者数の2024年度実績は集計中（令和7年10月確定予定）。",
        size=8,
    )
    _text(ws, r + 2, 1, "※基準値は第2期戦略策定時（2019年度）の値。", size=8)
    _page(ws, "landscape")
    path = SOURCE / "kusatsu_kpi_kensho_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 南アルプス市 (山梨県): 地域再生計画 目標の達成状況に係る事後評価シート（平成30年度）
# --------------------------------------------------------------------------------------------

# Real (pdfslide.tips, the 地域再生計画 as published): the plan's name 競争力と持続力を持つ交流6次化による
# 地域資源の活用 -「ふるさと愛」プロジェクト-, 264.07km², 73,425人, the four areas (山岳・里山・樹園・田園),
# すもも, the 「ふるさと愛」プロジェクト室 and the 6次産業化拠点施設. Made up: the period, the 課, the sheet,
# every indicator and figure.
MA_ROWS = [
    # No., name, base H25, H26 … H30, target H30, 達成状況
    (
        1,
        "6次産業化拠点施設の年間利用者数（人）",
        "―（H28.4開業）",
        "",
        "",
        85400,
        112600,
        131050,
        150000,
        "未達成",
    ),
    (2, "新規就農者数（人）", 8, 9, 11, 10, "12（修正）", 14, 12, "達成"),
    (3, "6次産業化による新商品の開発数（件）", 0, 3, 5, 4, 6, 5, 6, "未達成"),
    (
        4,
        "ふるさと納税寄附額（単位：千円）",
        12400,
        18250,
        45600,
        88900,
        132700,
        98420,
        100000,
        "未達成",
    ),
    (
        5,
        "観光農園（すもも・もも等）の入園者数（人）",
        21300,
        21950,
        22800,
        23400,
        24900,
        26800,
        25000,
        "達成",
    ),
]


def minamialps() -> Path:
    wb, ws = _sheet("事後評価", [5, 30, 12, 8, 8, 8, 8, 8, 10, 8])
    last = 10
    _text(ws, 1, 1, "地域再生計画　目標の達成状況に係る事後評価シート", bold=True, size=13)
    _text(ws, 2, last, "令和元年7月　南アルプス市", align="right")
    r = _fields(
        ws,
        4,
        last,
        [
            (
                "地域再生計画の名称",
                "競争力と持続力を持つ交流6次化による地域資源の活用　－「ふるさと愛」プロジェクト－",
                26,
            ),
            ("計画期間", "平成26年4月1日～平成31年3月31日", 18),
            ("担当課", "政策推進課", 18),
            (
                "市の概要",
                "山梨県の西側に位置し、総面積264.07km²、人口73,425人。山岳・里山・樹園・田園の4つのエリアからなり、すももをはじめとする果樹栽培が盛んである。「ふるさと愛」プロジェクト室を設置し、6次産業化拠点施設の整備と交流の促進に取り組んできた。",
                44,
            ),
        ],
    )
    r += 1
    _text(ws, r, 1, "２　目標の達成状況", bold=True, size=10)
    r += 1
    h1, h2 = r, r + 1
    for col, word in (
        (1, "No."),
        (2, "目標（指標）"),
        (3, "計画開始前\n（H25年度）"),
        (9, "目標値\n（H30年度）"),
        (10, "達成状況"),
    ):
        _down(ws, h1, h2, col, word)
    _span(ws, h1, 4, 8, "実績値", header=True)
    for c, year in zip(range(4, 9), ("H26年度", "H27年度", "H28年度", "H29年度", "H30年度")):
        _put(ws, h2, c, year, header=True)
    ws.row_dimensions[h1].height = 18
    ws.row_dimensions[h2].height = 26
    r = h2
    for no, name, *vals, status in MA_ROWS:
        r += 1
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        for c, v in zip(range(3, 10), vals):
            _put(ws, r, c, v, align="right" if c > 3 or not isinstance(v, str) else "center")
        _put(ws, r, 10, status, align="center")
        ws.row_dimensions[r].height = 26
    r += 1
    notes = [
        "※No.1の施設は平成28年4月に開業したため、計画開始前及びH26・H27年度の値はない。",
        "※No.2のH29年度実績は、前回報告時の15人を12人に修正した（農業委員会の確認による）。",
        "※達成状況は、H30年度の実績値が目標値以上のものを「達成」とした。",
    ]
    for i, note in enumerate(notes):
        _text(ws, r + i, 1, note, size=8)
    _page(ws, "portrait")
    path = SOURCE / "minamialps_saisei_jigo_h30.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 小布施町 (長野県上高井郡): 第2期小布施町総合戦略 KPIの進捗状況（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (furusato.jal.co.jp 205419, reinet.or.jp, mirokukai.ne.jp): 19.12km² (県内最小), 10,947人, 葛飾北斎
# (4回来訪), 約600本の八重桜が約4km続く千曲川堤防, 9軒の栗菓子店, 北斎館, オープンガーデン. Assumed: the
# strategy's name and period. Made up: the page, the 課, the 基本目標 wording, every indicator and figure.
OB_TABLES = [
    (
        "基本目標１　栗と果樹のまちの「しごと」をつくる",
        [
            # name, unit, base H30, R3, R4, R5, target R6, 備考
            ("栗の出荷量", "t", "152", "148", "131", "140", "170", "R4は夏の高温・少雨により減収"),
            (
                "町内での新規創業件数",
                "件",
                "3",
                "4",
                "7",
                "11",
                "15",
                "目標値・実績値ともR2からの累計",
            ),
            ("北斎館の年間入館者数", "千人", "186.2", "75.4", "118.9", "152.3", "190.0", ""),
        ],
    ),
    (
        "基本目標２　小布施への新しい人の流れをつくる",
        [
            ("オープンガーデン参加件数", "件", "128", "112", "115", "121", "130", ""),
            (
                "移住相談会への参加者数",
                "人",
                "85",
                "中止",
                "64",
                "92",
                "100",
                "R3は感染症拡大のため相談会を中止",
            ),
            (
                "移住者数（転入時アンケートによる）",
                "人",
                "３８",
                "４５",
                "５１",
                "５６",
                "６０",
                "",
            ),
        ],
    ),
]

OB_HEAD = """<tr><th scope="col" rowspan="2">KPI</th><th scope="col" rowspan="2">単位</th><th scope="col" rowspan="2">基準値<br>（H30）</th><th scope="col" colspan="3">実績値</th><th scope="col" rowspan="2">目標値<br>（R6）</th><th scope="col" rowspan="2">備考</th></tr>
<tr><th scope="col">R3</th><th scope="col">R4</th><th scope="col">R5</th></tr>"""


def obuse_html() -> str:
    parts = []
    for heading, rows in OB_TABLES:
        body = []
        for name, unit, *vals, note in rows:
            cells = f'<td class="c">{unit}</td>' + "".join(
                f'<td class="num">{v}</td>' for v in vals
            )
            body.append(f'<tr><th scope="row">{name}</th>{cells}<td>{note}</td></tr>')
        parts.append(
            f"<h2>{heading}</h2>\n<table>\n<thead>\n{OB_HEAD}\n</thead>\n<tbody>\n"
            + "\n".join(body)
            + "\n</tbody>\n</table>"
        )
    tables = "\n".join(parts)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>第2期小布施町総合戦略 KPIの進捗状況（令和5年度） - 小布施町</title>
<style>
body {{ font-family: "IPAexGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
thead th {{ background: #d9d9d9; }}
tbody th {{ text-align: left; font-weight: normal; }}
td.num {{ text-align: right; }}
td.c {{ text-align: center; }}
</style>
</head>
<body>
<nav><ol class="breadcrumb"><li><a href="/">トップページ</a></li><li><a href="/gyosei/">町政情報</a></li><li><a href="/gyosei/sousei/">地方創生</a></li><li>第2期小布施町総合戦略 KPIの進捗状況（令和5年度）</li></ol></nav>
<h1>第２期小布施町総合戦略　重要業績評価指標（ＫＰＩ）の進捗状況（令和５年度）</h1>
<p class="date">更新日：2024年10月1日　担当：総務課　企画財政係</p>
<p>小布施町は面積19.12km²と長野県で最も小さな自治体で、人口は10,947人です。葛飾北斎が晩年に4回訪れた町として知られ、千曲川の堤防には約4kmにわたって約600本の八重桜が続きます。</p>
<p>第2期小布施町総合戦略（令和2年度～令和6年度）の4つの基本目標のうち、基本目標1・2のKPIについて、令和5年度までの実績をお知らせします。</p>
{tables}
<p>※基準値は第2期総合戦略策定時の値です。</p>
<p>お問い合わせ：総務課　企画財政係</p>
</body>
</html>
"""


def obuse() -> Path:
    path = HERE / "obuse_senryaku_kpi_r5.html"
    path.write_bytes(obuse_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    print(f"wrote {obuse().name}")
    for make in (haga, kusatsu, minamialps):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)


if __name__ == "__main__":
    main()
