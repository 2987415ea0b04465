"""Build the documents of forms371/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/tsuwano_jimujigyo_hyoka_r5.xlsx``, a 事務事業評価シート in the manner of 津和野町 (島根県):
  form fields over **a years-down grid whose 年度 cells are merged over a 計画 row and a 実績 row**,
  the four indicators across, **their units in a row of their own under the names**, and a note
  saying that one indicator's first-year values are counted in 人, not 人日; and the PDF;
* ``source/ikata_shisaku_hyoka_r1.xlsx``, a 総合戦略 施策評価シート in the manner of 伊方町 (愛媛県),
  written in the plan's last year: actual columns ``H27`` … ``H30`` and **``H31・R1``**, the target
  ``目標（H31）``, ``百万円`` in 単位, and **a last-year cell dated in its own bracket, ``301（12月末）``**;
  and the PDF;
* ``source/susaki_kofukin_kensho_r5.xlsx``, a 地方創生推進交付金 効果検証シート in the manner of 須崎市
  (高知県): ``事業開始前（R3.3末）`` and three ``令和N年度増加分`` columns (目標 | 実績) holding
  **increases, not levels**, a ``KPI増加分の累計`` column that is a sum, a ``▲`` increase, and **a
  baseline cell with its own year, ``52（H29）``**; and the PDF;
* ``nagi_kosodate_shinchoku_r5.html``, a 子ども・子育て支援事業計画 progress page in the manner of
  奈義町 (岡山県): breadcrumb, ``<h1>``, date line, a two-row ``<thead>`` (``実績`` over
  ``2019年度`` … ``2023年度``), **a 区分 column of アウトプット / アウトカム**, and a 合計特殊出生率 row
  whose 備考 makes its values calendar-year figures, with ``未公表`` cells.

The PDF steps are skipped, with a message, when ``soffice`` is not installed.
These are re-typed forms of other municipalities, not their own files (README.md, SOURCES.tsv).

The XLSX and HTML files are byte-stable: fixed document dates, and the zip members are
rewritten with a fixed timestamp. The PDFs carry LibreOffice's creation date, so they differ
by that only.
"""
# ruff: noqa: E501, B905

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
    wb.properties.creator = "forms371/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms371/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms371_soffice_") as tmp:
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


def _notes(ws, row: int, lines: list[str], col: int = 1) -> None:
    for i, line in enumerate(lines):
        _text(ws, row + i, col, line, size=8)


def _field(ws, row, key, value, c2, height=18, k2=2):
    """A form field: a shaded key cell over columns 1..k2, the value merged over k2+1..c2."""
    _span(ws, row, 1, k2, key, header=True)
    _span(ws, row, k2 + 1, c2, value, valign="center")
    ws.row_dimensions[row].height = height


def _title(ws, title: str, date: str, c2: int) -> None:
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=c2)
    _text(ws, 1, 1, title, bold=True, size=14, align="center")
    ws.row_dimensions[1].height = 26
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=c2)
    _text(ws, 2, 1, date, size=9, align="right")


# --------------------------------------------------------------------------------------------
# 津和野町 (島根県鹿足郡): 事務事業評価シート（令和5年度）
# --------------------------------------------------------------------------------------------

# Real: the strategy's name, 基本目標１ and its 1st 基本的方向 (IT産業), the census figures (8,427人 →
# 7,653人, 9.2%). Made up: the program, 課, period, office, every indicator and figure.
TW_NAMES = [
    ("①サテライトオフィス入居企業数", "社"),
    ("②進出企業による町内雇用者数", "人"),
    ("③お試し勤務の利用者数", "人日"),
    ("④IT人材育成講座の受講者数", "人"),
]
TW_BASE = [0, 0, 0, "―"]
TW_YEARS = [
    ("令和３年度", [2, 5, 60, 20], [2, 3, 48, 22]),
    ("令和４年度", [3, 8, 80, 20], [3, 6, 95, 17]),
    ("令和５年度", [4, 10, 100, 25], [3, 9, 104, 26]),
]
TW_GOAL = [6, 15, 120, 30]


def tsuwano() -> Path:
    wb, ws = _sheet("事務事業評価シート", [13, 8, 25, 25, 25, 25])
    c2 = 6
    _title(ws, "令和５年度　事務事業評価シート（事後評価）", "令和6年8月　津和野町", c2)
    r = 4
    _field(ws, r, "事務事業名", "サテライトオフィス誘致推進事業", c2)
    _field(
        ws,
        r + 1,
        "総合戦略上の位置付け",
        "まち・ひと・しごと創生津和野町総合戦略　基本目標１　定住の基盤となるしごとをつくる／1.IT産業を軸とした雇用を創出する",
        c2,
        height=30,
    )
    _field(ws, r + 2, "担当課", "商工観光課", c2)
    _field(ws, r + 3, "事業期間", "平成28年度～令和7年度", c2)
    _field(
        ws,
        r + 4,
        "事業の概要",
        "平成27年国勢調査の人口は7,653人で、平成22年の8,427人から9.2%減少した。町中心部の空き店舗2か所を改修して令和3年度に開設したサテライトオフィス（12席）に都市部のIT企業を誘致し、町内での雇用と、都市部の社員が数日間働いてみる「お試し勤務」の場をつくる。",
        c2,
        height=44,
    )
    h = r + 6
    _text(ws, h, 1, "３　成果指標の推移", bold=True, size=11)
    h += 1
    _span(ws, h, 1, 2, "指標名", header=True)
    _span(ws, h + 1, 1, 2, "単位", header=True)
    for j, (name, unit) in enumerate(TW_NAMES):
        _put(ws, h, 3 + j, name, header=True)
        _put(ws, h + 1, 3 + j, unit, header=True)
    ws.row_dimensions[h].height = 30
    r = h + 2
    _span(ws, r, 1, 2, "策定時（H27）", header=True, fill=LIGHT)
    for j, v in enumerate(TW_BASE):
        _put(ws, r, 3 + j, v, align="center" if v == "―" else "right")
    r += 1
    for year, plan, result in TW_YEARS:
        _put(ws, r, 1, year, header=True, fill=LIGHT)
        _put(ws, r + 1, 1, None, header=True, fill=LIGHT)
        _merge(ws, r, 1, r + 1, 1)
        _put(ws, r, 2, "計画", header=True, fill=LIGHT)
        _put(ws, r + 1, 2, "実績", header=True, fill=LIGHT)
        for j, (p, a) in enumerate(zip(plan, result)):
            _put(ws, r, 3 + j, p)
            _put(ws, r + 1, 3 + j, a)
        r += 2
    _span(ws, r, 1, 2, "目標（R7）", header=True, fill=LIGHT)
    for j, v in enumerate(TW_GOAL):
        _put(ws, r, 3 + j, v)
    for rr in range(h + 2, r + 1):
        ws.row_dimensions[rr].height = 18
    _notes(
        ws,
        r + 1,
        [
            "※1　③は令和4年度から人日（利用人数×利用日数）で計上している。令和3年度の計画・実績は実人数（単位：人）である。",
            "※2　④の講座は令和3年度に開始したため、策定時の値はない。",
        ],
    )
    r += 4
    _text(ws, r, 1, "４　評価", bold=True, size=11)
    _field(ws, r + 1, "評価", "B（概ね順調）", c2)
    _field(
        ws,
        r + 2,
        "今後の方向性",
        "現状維持。令和6年度は入居企業1社の追加と、お試し勤務の受入れ期間の拡大（最長14日）を目指す。",
        c2,
        height=30,
    )
    _page(ws, "landscape")
    path = SOURCE / "tsuwano_jimujigyo_hyoka_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 伊方町 (愛媛県西宇和郡): 総合戦略 施策評価シート（令和元年度・最終年度）
# --------------------------------------------------------------------------------------------

# Real: the strategy (平成28年3月), 基本目標2 and 施策2-1 names, the 2005 merger of three towns, 佐田岬半島
# (約50km), 9,626人 (平成27年国勢調査), 5,565人 (令和22年, 社人研), the citrus and 岬アジ・岬サバ.
# Made up: the 課, the period wording, every indicator and figure.
IK_ROWS = [
    (1, "柑橘の販売額（JA出荷分）", "百万円", 3120, 3050, 3240, 3180, 3310, 3290, 3400, ""),
    (2, "「佐田岬ブランド」認定品目数", "品目", 4, 6, 9, 11, 14, 15, 15, "町の認定制度による"),
    (
        3,
        "岬アジ・岬サバの取扱量",
        "t",
        412,
        398,
        405,
        376,
        389,
        "301（12月末）",
        420,
        "H31・R1は12月末までの値",
    ),
    (4, "農業・漁業の新規就業者数", "人", 3, 2, 4, 3, 5, 4, 5, ""),
    (
        5,
        "体験型観光（みかん狩り・漁業体験）の参加者数",
        "人",
        850,
        920,
        1040,
        1180,
        1230,
        1310,
        1200,
        "",
    ),
]


def ikata() -> Path:
    widths = [5, 30, 8, 10, 8, 8, 8, 8, 12, 10, 18]
    wb, ws = _sheet("施策評価シート", widths)
    c2 = len(widths)
    _title(
        ws,
        "伊方町まち・ひと・しごと創生総合戦略　施策評価シート（令和元年度）",
        "令和2年7月　伊方町",
        c2,
    )
    r = 4
    _field(ws, r, "基本目標", "２　若い世代が魅力を感じる「しごと」を増やす", c2, k2=2)
    _field(ws, r + 1, "施策", "2-1　農業、漁業のブランド化の確立", c2)
    _field(ws, r + 2, "担当課", "農林水産課", c2)
    _field(ws, r + 3, "計画期間", "平成27年度～平成31年度（5年間）　※平成31年度は令和元年度", c2)
    _field(
        ws,
        r + 4,
        "町の概況",
        "平成17年4月1日に伊方町・瀬戸町・三崎町の3町が合併して誕生した。町域は日本一細長い佐田岬半島（約50km）にあり、段々畑での温州みかん・清見タンゴール・デコポンの栽培と、岬アジ・岬サバの一本釣りが盛んである。人口は平成27年国勢調査で9,626人、令和22年には5,565人と推計されている。",
        c2,
        height=56,
    )
    h = r + 6
    _text(ws, h, 1, "２　重要業績評価指標（KPI）の推移", bold=True, size=11)
    h += 1
    for c, word in [
        (1, "No."),
        (2, "KPI"),
        (3, "単位"),
        (4, "基準値\n（H26）"),
        (10, "目標\n（H31）"),
        (11, "備考"),
    ]:
        _put(ws, h, c, word, header=True)
        _put(ws, h + 1, c, None, header=True)
        _merge(ws, h, c, h + 1, c)
    _span(ws, h, 5, 9, "実績値", header=True)
    for j, w in enumerate(["H27", "H28", "H29", "H30", "H31・R1"]):
        _put(ws, h + 1, 5 + j, w, header=True)
    ws.row_dimensions[h].height = 20
    ws.row_dimensions[h + 1].height = 20
    r = h + 2
    for no, name, unit, *vals, note in IK_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate(vals):
            _put(ws, r, 4 + j, v, align="right")
        _put(ws, r, 11, note or None, size=8)
        ws.row_dimensions[r].height = 30
        r += 1
    _notes(
        ws,
        r,
        [
            "※　平成31年度は5月1日から令和元年度となったため、最終年度の欄は「H31・R1」と表記している。",
            "※　柑橘の販売額は西宇和農業協同組合の伊方町内共選場の出荷分。",
        ],
    )
    r += 3
    _text(ws, r, 1, "３　施策の評価", bold=True, size=11)
    _para(
        ws,
        r + 1,
        1,
        c2,
        "5つのKPIのうち2つが目標を達成した。岬アジ・岬サバは平成30年7月の豪雨後の不漁が続き、取扱量が伸びなかった。次期戦略でもブランド化を継続し、加工品の開発（令和2年度は3品目を予定）に取り組む。",
        40,
        border=True,
    )
    _page(ws, "portrait")
    path = SOURCE / "ikata_shisaku_hyoka_r1.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 須崎市 (高知県): 地方創生推進交付金事業 効果検証シート（令和5年度）
# --------------------------------------------------------------------------------------------

# Real: 須崎未来塾 and its 52 地域再生マネージャー (H29), the 地域再生計画's aims (若手芸術家, 海洋スポーツ,
# 浦ノ内湾), しんじょう君 (ゆるキャラグランプリ2016), the 1954 merger, 135.20km², 18,864人, ミョウガ.
# Made up: the plan's and program's names, the 課, the period, every other figure.
SU_ROWS = [
    (1, "須崎未来塾受講による地域再生マネージャー数", "人", "52（H29）", 2, 3, 2, 2, 3, 4, 7),
    (2, "市内に滞在・移住した若手芸術家数", "人", 3, 2, 1, 2, 2, 2, 3, 6),
    (3, "浦ノ内湾での海洋スポーツ体験者数", "人", 1200, 300, 180, 300, 410, 300, 520, 900),
    (4, "海洋スポーツ大会・合宿の誘致件数", "件", 4, 1, 0, 1, 1, 1, "▲1", 3),
    (5, "市民活動団体の新規登録数", "団体", 38, 3, 4, 3, 2, 3, 3, 9),
]


def susaki() -> Path:
    widths = [5, 34, 7, 12, 8, 8, 8, 8, 8, 8, 14]
    wb, ws = _sheet("効果検証シート", widths)
    c2 = len(widths)
    _title(ws, "令和５年度　地方創生推進交付金事業　効果検証シート", "令和6年12月　須崎市", c2)
    r = 4
    _field(ws, r, "地域再生計画の名称", "須崎市市民活躍・人材育成推進計画", c2, k2=2)
    _field(ws, r + 1, "交付対象事業の名称", "海のまち人材育成・市民活躍推進事業", c2)
    _field(ws, r + 2, "事業実施期間", "令和3年4月1日～令和6年3月31日（3か年）", c2)
    _field(ws, r + 3, "担当課", "元気創造課", c2)
    _field(
        ws,
        r + 4,
        "市の概要",
        "昭和29年10月1日に須崎町など5か町村が合併して市制を施行した。面積135.20km²、人口18,864人（2024年11月1日推計）。ミョウガの生産量は日本一で、新荘川のニホンカワウソにちなむ「しんじょう君」は2016年のゆるキャラグランプリで1位となった。",
        c2,
        height=44,
    )
    h = r + 6
    _text(ws, h, 1, "■重要業績評価指標（KPI）", bold=True, size=11)
    h += 1
    for c, word in [
        (1, "No."),
        (2, "KPI"),
        (3, "単位"),
        (4, "事業開始前\n（R3.3末）"),
        (11, "KPI増加分の\n累計（目標）"),
    ]:
        _put(ws, h, c, word, header=True)
        _put(ws, h + 1, c, None, header=True)
        _merge(ws, h, c, h + 1, c)
    for k, year in enumerate(["令和3年度増加分", "令和4年度増加分", "令和5年度増加分"]):
        _span(ws, h, 5 + 2 * k, 6 + 2 * k, year, header=True)
        _put(ws, h + 1, 5 + 2 * k, "目標", header=True)
        _put(ws, h + 1, 6 + 2 * k, "実績", header=True)
    ws.row_dimensions[h].height = 26
    ws.row_dimensions[h + 1].height = 18
    r = h + 2
    for no, name, unit, *vals in SU_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate(vals):
            _put(ws, r, 4 + j, v, align="right")
        ws.row_dimensions[r].height = 20
        r += 1
    _notes(
        ws,
        r,
        [
            "※　各年度の目標・実績は、前年度末からの増加分（単年度）。▲は減少を示す。",
            "※　No.1の事業開始前の値は、平成29年度の須崎未来塾修了者数（令和3年度からの増加分を計上）。",
            "※　KPI増加分の累計は、3か年の目標増加分の合計。",
        ],
    )
    r += 4
    _text(ws, r, 1, "■外部有識者の意見", bold=True, size=11)
    _para(
        ws,
        r + 1,
        1,
        c2,
        "5つのKPIのうち4つが令和5年度の目標を達成した。大会・合宿の誘致は、令和5年度に既存の2大会が終了したことで減少しており、浦ノ内湾の海洋スポーツパークを活かした新たな大会の誘致（目標年3件）に取り組まれたい。",
        40,
        border=True,
    )
    _page(ws, "landscape")
    path = SOURCE / "susaki_kofukin_kensho_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 奈義町 (岡山県勝田郡): 第2期子ども・子育て支援事業計画 成果指標の進捗（令和5年度）, HTML
# --------------------------------------------------------------------------------------------

# Real: 69.52km², 5,280人 (2024年10月1日推計), 那岐山, 子育て応援宣言 (平成24年), なぎチャイルドホーム,
# and the 合計特殊出生率 2.95 (令和元年), 2.21 (令和2年), 2.68 (令和3年) (岡山県公表値, as the town states).
# Made up: the plan's wording and period, the 課, every other figure and remark.
NG_ROWS = [
    (
        1,
        "アウトカム",
        "合計特殊出生率",
        "―",
        2.39,
        2.95,
        2.21,
        2.68,
        "未公表",
        "未公表",
        2.50,
        "岡山県公表値。暦年（1月～12月）の値で、2022年・2023年は未公表",
    ),
    (
        2,
        "アウトプット",
        "妊婦・乳幼児健診の受診率",
        "％",
        97.5,
        98.1,
        "―",
        96.8,
        99.0,
        98.6,
        100.0,
        "2020年度は感染症対策のため集団健診を一部中止",
    ),
    (
        3,
        "アウトプット",
        "なぎチャイルドホームの利用者数",
        "人",
        8210,
        8540,
        5120,
        6980,
        7650,
        8020,
        9000,
        "月報の合計",
    ),
    (4, "アウトカム", "保育所等の待機児童数", "人", 0, 0, 0, 0, 0, 0, 0, ""),
    (
        5,
        "アウトカム",
        "子育て支援に満足している保護者の割合",
        "％",
        68.2,
        "―",
        "―",
        "―",
        74.5,
        "―",
        80.0,
        "ニーズ調査（就学前児童の保護者）による。調査は2022年度の1回",
    ),
]


def _cell(v) -> str:
    if isinstance(v, bool) or v is None:
        return ""
    if isinstance(v, int):
        return f"{v:,}"
    if isinstance(v, float):
        return f"{v:.2f}" if v < 10 else f"{v:.1f}"
    return v


def nagi_html() -> str:
    rows = []
    for no, kubun, name, unit, *vals, note in NG_ROWS:
        cells = "".join(f'<td class="num">{_cell(v)}</td>' for v in vals)
        rows.append(
            f'<tr><td class="c">{no}</td><td class="c">{kubun}</td><td>{name}</td><td class="c">{unit}</td>{cells}<td>{note}</td></tr>'
        )
    body = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>第2期奈義町子ども・子育て支援事業計画の進捗状況（令和5年度） - 奈義町</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
td.num {{ text-align: right; }}
td.c {{ text-align: center; }}
</style>
</head>
<body>
<nav class="breadcrumb"><ol>
<li><a href="/">トップページ</a></li>
<li><a href="/kosodate/">子育て・教育</a></li>
<li><a href="/kosodate/shien/">子育て支援</a></li>
<li>第2期奈義町子ども・子育て支援事業計画の進捗状況（令和5年度）</li>
</ol></nav>
<h1>第2期奈義町子ども・子育て支援事業計画の進捗状況（令和5年度）</h1>
<p class="date">更新日：2024年11月15日　担当：子育て支援課</p>
<p>奈義町は、那岐山のふもとに広がる面積69.52km²の町です。平成24年に「子育て応援宣言」を行い、出産祝い金や医療費の助成、なぎチャイルドホームでの子育て支援を続けてきました。町の人口は5,280人（2024年10月1日推計）です。</p>
<p>第2期奈義町子ども・子育て支援事業計画（令和2年度～令和6年度）では、5つの成果指標を定めています。令和5年度までの実績をお知らせします。</p>
<h2>1　計画の基本理念</h2>
<p>「子育てするなら奈義町で」を合言葉に、町全体で子どもの育ちと子育てを支えます。</p>
<h2>2　成果指標の進捗</h2>
<table>
<thead>
<tr><th rowspan="2">No.</th><th rowspan="2">区分</th><th rowspan="2">指標</th><th rowspan="2">単位</th><th rowspan="2">計画策定時<br>（H30）</th><th colspan="5">実績</th><th rowspan="2">目標値<br>（R6）</th><th rowspan="2">備考</th></tr>
<tr><th>2019年度</th><th>2020年度</th><th>2021年度</th><th>2022年度</th><th>2023年度</th></tr>
</thead>
<tbody>
{body}
</tbody>
</table>
<p>※区分の「アウトプット」は町の取組の量、「アウトカム」は取組による成果を表す指標です。</p>
<p>※「―」は調査等を行っていない年度です。</p>
<p>お問い合わせ：子育て支援課（電話 0868-36-0000）</p>
</body>
</html>
"""


def nagi() -> Path:
    path = HERE / "nagi_kosodate_shinchoku_r5.html"
    path.write_bytes(nagi_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (tsuwano, ikata, susaki):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {nagi().name}")


if __name__ == "__main__":
    main()
