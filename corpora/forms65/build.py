"""Build the built documents of forms65/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/kameyama_shisaku_hyoka_r3.xlsx``, a 施策評価シート in the manner of 亀山市 (三重県): key-value
  fields (基本施策, 主担当課, 目指す姿, 事業費 in 千円) over `No. | 成果指標 | 基準値 | 目標値 | 実績値 |
  進捗状況` whose value cells carry their own time label (`H27年度　8,420人`, `R3年　982千人`, `R3年度見込
  6,150人`, `過去5年平均　85,000件`); and the PDF;
* ``source/yasugi_kpi_hyoka_h29.xlsx``, a KPI等実績評価シート in the manner of 安来市 (島根県), laid out after
  綾町's: per KPI a `目標` row and an `実績` row under `H27 … H31`, values with units and `万人` in the
  cells, yearly targets, 施策 and 事業費（千円） merged down; and the PDF;
* ``source/kaiyo_jigyo_kensho_h30.xlsx``, a 事業検証結果一覧（H30実績） in the manner of 海陽町 (徳島県):
  `事業名【担当課】`, 予算額・執行額（千円）, the KPI cell holding the name and `平成31年度まで10人`, `H30実績値
  （累計）` cells `46件（158件）`, a 達成率 column and a 評価 number; and the PDF;
* ``usa_suchi_mokuhyo_r3.html``, a 数値目標の進捗状況 page in the manner of 宇佐市 (大分県): one table per 基本目標
  with the indicators across the header and 基準値 / 目標値 / 実績 rows down the side, calendar years in
  one table, `2万1,350人`, `△312人`, `±0人`, `延べ125人` and `集計中`.

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
    wb.properties.creator = "forms65/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms65/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms65_soffice_") as tmp:
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
# 亀山市 (三重県): 施策評価シート — value cells carrying their own time label, a 見込 actual
# --------------------------------------------------------------------------------------------

# Real (city page on 行政評価): 第2次亀山市総合計画 (H29–R7), its 前期基本計画 (H29–R3), 施策評価 of its 30
# 基本施策, 『緑の健都 かめやま』. Layout of the grid after 森町's 事業評価調書 (`基準値 | KPI | 実績値 | 進捗状況`
# with `H27年度現在 127件`-style cells). Made up: the 施策, its fields, every indicator, figure and word.
KAMEYAMA_FIELDS = [
    ("基本施策", "3-4　観光の振興と交流の促進"),
    ("主担当課", "商工業・地域交流課"),
    (
        "施策の目指す姿",
        "東海道の宿場町・関宿をはじめとする歴史文化資源を活かし、多くの人が訪れ、交流するまちをめざします。",
    ),
    ("施策に係る事業費（R3決算）", "186,420千円"),
]
KAMEYAMA = [
    # (No., 成果指標, 基準値, 目標値, 実績値, 進捗状況)
    (1, "観光入込客数", "H27年　1,421千人", "R3年　1,600千人", "R3年　982千人", "遅れ"),
    (
        2,
        "関宿観光ボランティアガイドの利用者数",
        "H27年度　8,420人",
        "R3年度　10,000人",
        "R3年度見込　6,150人",
        "遅れ",
    ),
    (
        3,
        "市内宿泊施設の宿泊者数",
        "H27年度　152,300人",
        "R3年度　170,000人",
        "R2年度　118,400人",
        "遅れ",
    ),
    (
        4,
        "観光施設での事故・苦情件数の削減",
        "H27年度　24件",
        "R3年度　12件",
        "R3年度　10件",
        "順調",
    ),
    (
        5,
        "観光協会ホームページのアクセス数",
        "過去5年平均　85,000件",
        "R3年度　120,000件",
        "R3年度　131,250件",
        "順調",
    ),
]


def kameyama() -> Path:
    widths = [6, 34, 17, 17, 19, 10]
    wb, ws = _sheet("施策評価シート", widths)
    _text(ws, 1, 1, "令和3年度　施策評価シート（前期基本計画最終年度）", bold=True, size=12)
    _text(ws, 2, 6, "作成日　令和4年6月30日", align="right", size=9)
    _text(ws, 3, 1, "第2次亀山市総合計画　前期基本計画（平成29年度～令和3年度）", size=9)
    r = 5
    for key, value in KAMEYAMA_FIELDS:
        _span(ws, r, 1, 2, key, header=True, align="left")
        _span(ws, r, 3, 6, value, size=9)
        ws.row_dimensions[r].height = 30 if len(value) > 30 else 18
        r += 1
    r += 1
    _text(ws, r, 1, "１　成果指標の状況", bold=True, size=11)
    r += 1
    for c, word in enumerate(
        ["No.", "成果指標", "基準値", "目標値（KPI）", "実績値", "進捗状況"], start=1
    ):
        _put(ws, r, c, word, header=True)
    ws.row_dimensions[r].height = 20
    r += 1
    for no, name, *cells, word in KAMEYAMA:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        for j, v in enumerate(cells):
            _put(ws, r, 3 + j, v, align="right")
        _put(ws, r, 6, word, align="center")
        ws.row_dimensions[r].height = 24
        r += 1
    notes = [
        "※各欄の数値の前に、その数値の時点を記載しています（「年」は暦年、「年度」は年度）。",
        "※No.2の令和3年度実績は、令和4年3月末時点の見込値です。",
        "※No.3の令和3年度実績は、三重県観光客実態調査の公表前のため、令和2年度の値を記載しています。",
        "※No.5の基準値は、平成23年度から平成27年度までの年間アクセス数の平均です。",
        "進捗状況　順調：計画どおり取組が進んでいる　遅れ：取組に遅れがある（施策担当課による評価）",
    ]
    for i, line in enumerate(notes):
        _text(ws, r + 1 + i, 1, line, size=8)
    r += len(notes) + 2
    _text(ws, r, 1, "２　施策の評価", bold=True, size=11)
    _para(
        ws,
        r + 1,
        1,
        6,
        "新型コロナウイルス感染症の影響により観光入込客数は大きく減少した。関宿の町並み保存と情報発信を継続し、感染症収束後の誘客に備える。",
        36,
        border=True,
    )
    _page(ws, "portrait")
    path = SOURCE / "kameyama_shisaku_hyoka_r3.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 安来市 (島根県): KPI等実績評価シート — 目標 row over 実績 row per KPI under H27…H31, units in cells
# --------------------------------------------------------------------------------------------

# Real: 安来市まち・ひと・しごと創生総合戦略 (平成27年10月, 政策企画部定住企画課); 足立美術館 is in the city. The
# layout (per KPI a yearly target row over an actual row, `90万人`-style cells) follows 綾町 (宮崎県)'s
# 重点目標及びKPI（重要業績成果指標）等実績評価シート. Made up: the sheet, 基本目標2's wording, 施策, every KPI,
# figure, money and note.
YA_YEARS = ["H27", "H28", "H29", "H30", "H31"]
YASUGI = [
    (
        "(1) 観光の振興",
        28450,
        [
            (
                1,
                "観光入込客数",
                ["230万人", "235万人", "240万人", "245万人", "250万人"],
                ["238.6万人", "241.2万人", "236.9万人", None, None],
            ),
            (
                2,
                "足立美術館の外国人入館者数",
                ["―", "3.0万人", "3.5万人", "4.0万人", "4.5万人"],
                ["2.6万人", "3.4万人", "3.9万人", None, None],
            ),
        ],
    ),
    (
        "(2) 移住・定住の促進",
        15200,
        [
            (
                3,
                "UIターン者数",
                ["60人", "60人", "60人", "60人", "60人"],
                ["48人", "55人", "63人", None, None],
            ),
            (
                4,
                "空き家バンク登録件数（累計）",
                ["10件", "20件", "30件", "40件", "50件"],
                ["8件", "17件", "25件", None, None],
            ),
            (
                5,
                "定住相談窓口の相談件数",
                ["80件", "90件", "100件", "110件", "120件"],
                ["85件", "96件", "―", None, None],
            ),
        ],
    ),
]


def yasugi() -> Path:
    widths = [5, 15, 28, 6, 10, 10, 10, 10, 10, 14]
    wb, ws = _sheet("KPI実績評価", widths)
    _text(
        ws,
        1,
        1,
        "安来市まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）等実績評価シート（平成29年度）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 10, "平成30年8月　安来市定住企画課", align="right", size=9)
    _text(ws, 4, 1, "基本目標2　安来市への新しいひとの流れをつくる", bold=True, size=11)
    h = 5
    for c, word in ((1, "No."), (2, "具体的な施策"), (3, "重要業績評価指標（KPI）"), (4, "区分")):
        _put(ws, h, c, word, header=True)
        _put(ws, h + 1, c, None, header=True)
        _merge(ws, h, c, h + 1, c)
    _span(ws, h, 5, 9, "年度", header=True)
    for j, y in enumerate(YA_YEARS):
        _put(ws, h + 1, 5 + j, y, header=True)
    _put(ws, h, 10, "H29事業費（千円）", header=True)
    _put(ws, h + 1, 10, None, header=True)
    _merge(ws, h, 10, h + 1, 10)
    r = h + 2
    for measure, money, rows in YASUGI:
        first = r
        for no, name, targets, actuals in rows:
            _put(ws, r, 1, no, align="center")
            _put(ws, r + 1, 1, None)
            _merge(ws, r, 1, r + 1, 1)
            _put(ws, r, 3, name)
            _put(ws, r + 1, 3, None)
            _merge(ws, r, 3, r + 1, 3)
            _put(ws, r, 4, "目標", align="center")
            _put(ws, r + 1, 4, "実績", align="center")
            for j in range(5):
                _put(ws, r, 5 + j, targets[j], align="right")
                _put(ws, r + 1, 5 + j, actuals[j] or "", align="right")
            ws.row_dimensions[r].height = 17
            ws.row_dimensions[r + 1].height = 17
            r += 2
        _put(ws, first, 2, measure, valign="center")
        _put(ws, first, 10, money, align="right")
        for rr in range(first + 1, r):
            _put(ws, rr, 2, None)
            _put(ws, rr, 10, None)
        _merge(ws, first, 2, r - 1, 2)
        _merge(ws, first, 10, r - 1, 10)
    notes = [
        "※実績欄の空欄は、評価時点で未到来の年度です。",
        "※No.2の平成27年度は目標を設定していないため「―」としています。",
        "※No.5の平成29年度は、相談窓口の移転に伴い集計方法を見直し中のため「―」としています。",
        "※事業費は各施策に係る平成29年度決算額（千円）です。",
    ]
    for i, line in enumerate(notes):
        _text(ws, r + 1 + i, 1, line, size=8)
    _page(ws, "landscape")
    path = SOURCE / "yasugi_kpi_hyoka_h29.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 海陽町 (徳島県): 事業検証結果一覧（H30実績） — KPI cell with name and target, 累計 in brackets
# --------------------------------------------------------------------------------------------

# Real: 海陽町まち・ひと・しごと創生総合戦略 (平成27年10月); surfing at 宍喰 is the town's. The column words
# (事業名【担当課】, 予算額・執行額（千円）, 重要業務評価指標（KPI） with `平成31年度まで10人`, H30実績値（累計）
# `0人 (0人)`, 達成率 (H30/H31), 評価) follow another town's 総合戦略事業検証結果一覧(H30実績). Made up: every 事業,
# 課, text, KPI, figure, grade and the legend.
KAIYO = [
    # (No., 事業名, 担当課, 事業内容, 予算額, 執行額, [(KPI name, target text, actual cell, 達成率)], 評価)
    (
        1,
        "移住交流支援センター運営事業",
        "企画防災課",
        "移住相談窓口の運営、首都圏・関西圏での移住相談会への出展（6回）",
        "4,820",
        "4,655",
        [("移住相談件数", "平成31年度まで200件", "46件（158件）", "79.0%")],
        3,
    ),
    (
        2,
        "サーフィン交流促進事業",
        "商工観光課",
        "宍喰・大里海岸でのサーフィン体験会と大会の開催、受入宿泊施設の情報発信",
        "2,100",
        "1,986",
        [
            (
                "サーフィン体験会の参加者数",
                "平成31年度まで延べ1,500人",
                "412人（1,190人）",
                "79.3%",
            ),
            ("町内宿泊施設の宿泊者数", "平成31年度まで年間18,000人", "16,240人（―）", "90.2%"),
        ],
        3,
    ),
    (
        3,
        "新規就農者支援事業",
        "産業振興課",
        "就農希望者の研修受入れと就農準備資金の交付（2人）",
        "3,600",
        "2,400",
        [("新規就農者数", "平成31年度まで10人", "2人（5人）", "50.0%")],
        2,
    ),
    (
        4,
        "空き家活用促進事業",
        "企画防災課",
        "空き家バンクへの登録呼びかけ（改修補助の申請なし）",
        "1,500",
        "0",
        [("空き家バンクの成約件数", "平成31年度まで15件", "0件（3件）", "20.0%")],
        1,
    ),
]


def kaiyo() -> Path:
    widths = [4, 20, 30, 14, 26, 13, 11, 6]
    wb, ws = _sheet("検証結果一覧", widths)
    _text(
        ws,
        1,
        1,
        "海陽町まち・ひと・しごと創生総合戦略事業検証結果一覧（H30実績）",
        bold=True,
        size=12,
    )
    _text(ws, 1, 8, "1 / 1", align="right", size=9)
    _text(ws, 2, 8, "海陽町", align="right", size=9)
    h = 4
    head = [
        "No",
        "事業名【担当課】",
        "H30年度事業内容",
        "予算額・執行額（千円）",
        "重要業績評価指標（KPI）",
        "H30実績値（累計）",
        "達成率（H30/H31）",
        "評価",
    ]
    for c, word in enumerate(head, start=1):
        _put(ws, h, c, word, header=True, size=8)
    ws.row_dimensions[h].height = 30
    r = h + 1
    for no, name, dept, text, budget, spent, kpis, grade in KAIYO:
        first = r
        for kname, target, actual, rate in kpis:
            _put(ws, r, 5, f"{kname}\n{target}", size=8)
            _put(ws, r, 6, actual, align="right", size=8)
            _put(ws, r, 7, rate, align="right", size=8)
            ws.row_dimensions[r].height = 40 if len(kpis) == 1 else 30
            r += 1
        _put(ws, first, 1, no, align="center")
        _put(ws, first, 2, f"{name}\n【{dept}】", size=8)
        _put(ws, first, 3, text, size=8)
        _put(ws, first, 4, f"予算額　{budget}\n執行額　{spent}", size=8)
        _put(ws, first, 8, grade, align="center")
        for c in (1, 2, 3, 4, 8):
            for rr in range(first + 1, r):
                _put(ws, rr, c, None)
            if r - 1 > first:
                _merge(ws, first, c, r - 1, c)
    notes = [
        "※H30実績値は平成30年度の単年度の値、（　）内は平成27年度からの累計値です（「―」は累計になじまない指標）。",
        "※達成率は、累計値（累計になじまない指標は単年度の値）を平成31年度の目標値で除したものです。",
        "評価　4：目標を達成した　3：概ね順調に進んでいる　2：遅れている　1：進んでいない",
    ]
    for i, line in enumerate(notes):
        _text(ws, r + 1 + i, 1, line, size=8)
    _page(ws, "landscape")
    path = SOURCE / "kaiyo_jigyo_kensho_h30.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 宇佐市 (大分県): 数値目標の進捗状況 — indicators across, 基準値 / 目標値 / 実績 rows down the side
# --------------------------------------------------------------------------------------------

# Real (city page): 第2期宇佐市まち・ひと・しごと創生総合戦略 (2020–2024年度, 令和2年3月), 総合政策課. Made up: the
# page, its date, both 基本目標's wording, every 数値目標, figure and progress word.
USA = [
    (
        "基本目標1　しごとをつくり、安心して働けるようにする",
        ["基準値（2018年度）", "目標値（2024年度）", "2020年度実績", "2021年度実績"],
        [
            ("新規就農者数", ["18人", "延べ125人", "24人", "21人"], "概ね順調"),
            (
                "市内事業所の従業者数",
                ["2万1,350人", "2万2,000人", "2万1,120人", "集計中"],
                "やや遅れ",
            ),
        ],
    ),
    (
        "基本目標2　宇佐市への新しいひとの流れをつくる",
        ["基準値（2018年）", "目標値（2024年）", "2020年実績", "2021年実績"],
        [
            ("観光入込客数", ["253.4万人", "280万人", "158.2万人", "171.5万人"], "遅れ"),
            (
                "社会増減数（転入者数－転出者数）",
                ["△312人", "±0人", "△245人", "△198人"],
                "概ね順調",
            ),
            ("移住相談窓口を通じた移住者数", ["42人", "延べ300人", "58人", "66人"], "順調"),
        ],
    ),
]


def usa_html() -> str:
    parts = []
    for heading, rows_head, indicators in USA:
        lines = [
            "<table>",
            "<tr><th>数値目標</th>" + "".join(f"<th>{n}</th>" for n, _, _ in indicators) + "</tr>",
        ]
        for i, label in enumerate(rows_head):
            lines.append(
                f"<tr><th>{label}</th>"
                + "".join(f'<td class="r">{vals[i]}</td>' for _, vals, _ in indicators)
                + "</tr>"
            )
        lines.append(
            "<tr><th>進捗</th>"
            + "".join(f'<td class="c">{w}</td>' for _, _, w in indicators)
            + "</tr>"
        )
        lines.append("</table>")
        parts.append(f"<h2>{heading}</h2>\n" + "\n".join(lines))
    body = "\n".join(parts)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>第2期宇佐市まち・ひと・しごと創生総合戦略　数値目標の進捗状況（令和3年度検証）｜宇佐市</title>
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
<h1>第2期宇佐市まち・ひと・しごと創生総合戦略　数値目標の進捗状況（令和3年度検証）</h1>
<p>2022年9月　宇佐市総合政策課</p>
<p>第2期総合戦略（2020年度～2024年度）の基本目標ごとに設定した数値目標について、2021年度までの実績をまとめました。</p>
{body}
<p class="note">※基本目標2の数値は、いずれも暦年（1月～12月）の値です。</p>
<p class="note">※「延べ」は2020年度から2024年度までの5年間の合計です。</p>
<p class="note">※市内事業所の従業者数の2021年度実績は、経済センサスの公表前のため集計中です。</p>
<p class="note">※2021年度の地方創生関連事業費：4億2,680万円</p>
</body>
</html>
"""


def usa() -> Path:
    path = HERE / "usa_suchi_mokuhyo_r3.html"
    path.write_bytes(usa_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (kameyama, yasugi, kaiyo):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {usa().name}")


if __name__ == "__main__":
    main()
