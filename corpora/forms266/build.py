"""Build the built documents of forms266/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/nakafurano_shisaku_hyoka_r6.xlsx``, a 総合計画 施策評価シート in the manner of 中富良野町
  (北海道): form fields (政策, 施策名, 担当課, 事業費, 町の概況) over a 成果指標 grid with **a
  ``目標達成年度`` column**, **a ``全道平均（R6）`` reference column**, a ``単位コスト（円）``
  column (事業費 ÷ 実績), **a ``57（うち新規6）`` cell** and a shaded 事業費 row; and the PDF;
* ``source/higashidori_kpi_kensho_r5.xlsx``, a 総合戦略 KPI 検証シート in the manner of 東通村
  (青森県): **an ``算定方法`` column of prose full of numbers**, **one row whose every value cell
  is ``入居世帯数／整備戸数`` (``41／48``)**, the era printed once in a spanning ``実績値（令和）``
  over ``3年度 | 4年度 | 5年度``, 施策 heading rows carrying the 施策's money, a ○/△/× 達成状況
  column with its legend and a ``達成状況の集計`` row counting the marks; and the PDF;
* ``source/izumizaki_kouka_kensho_h29.xlsx``, a 地方創生推進交付金 効果検証シート in the manner of
  泉崎村 (福島県): area-wide KPIs with **a ``（参考）うち泉崎村分`` sub-row under each**, **a
  ``H28～H29累計実績`` column**, 平成28/29年度 each over ``目標 | 実績``, a 事業費 row whose 目標
  cells are 予算 and 実績 cells 決算; and the PDF;
* ``rifu_kpi_shinchoku_r4.html``, a 総合計画 成果指標 page in the manner of 利府町 (宮城県): two
  ``<h2>`` 重点事業, each over a table whose **目標値 cells hold two targets with their years
  (``37,000（R7）／38,800（R12）``)**, whose 策定時 cells carry their own date, and whose **実績
  cells carry a trend arrow (``35,912 ↗``) read through a legend**; note rows with money.

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
    wb.properties.creator = "forms266/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms266/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms266_soffice_") as tmp:
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


def _field(ws, r, label, value, c_label=(1, 2), c_value=(3, 10), height=None):
    _span(ws, r, c_label[0], c_label[1], label, header=True, align="left")
    _span(ws, r, c_value[0], c_value[1], value)
    if height:
        ws.row_dimensions[r].height = height


# --------------------------------------------------------------------------------------------
# 中富良野町 (北海道空知郡): 中富良野町総合計画 施策評価シート（令和6年度実績）
# --------------------------------------------------------------------------------------------

# Real (zck.or.jp/site/forum/22562.html): 総面積108.65㎢, ファーム富田, 北星山ラベンダー園, 例年約100万人,
# 令和2・3年度は約35万人程度. Made up: the sheet, 施策, 課, money and every figure of the grid.
NF_ROWS = [
    ("1", "観光入込客数", "千人", 982, 612, 700, 655, "未達成", "―", 59),
    ("2", "宿泊客延数", "人", 118400, 84200, 90000, 91350, "R6", "―", 421),
    ("3", "観光協会会員事業者数", "事業者", 48, 52, 55, "57（うち新規6）", "R6", "―", 674737),
    ("4", "観光客満足度（「満足」と答えた割合）", "%", 78.5, 81.2, 85.0, 83.6, "未達成", 80.4, "―"),
]


def nakafurano() -> Path:
    wb, ws = _sheet("施策評価", [5, 30, 8, 11, 10, 10, 14, 11, 11, 12])
    _text(ws, 1, 1, "中富良野町総合計画　施策評価シート（令和6年度実績）", bold=True, size=14)
    _text(ws, 2, 1, "令和7年8月　中富良野町 商工観光課", size=9)
    _text(ws, 4, 1, "１　施策の概要", bold=True, size=10)
    _field(ws, 5, "政策", "3　活力ある産業のまちづくり")
    _field(ws, 6, "施策名", "観光の振興")
    _field(ws, 7, "担当課", "商工観光課")
    _field(ws, 8, "施策の事業費（R6決算・千円）", 38460)
    ws.cell(row=8, column=3).alignment = Alignment(horizontal="left", vertical="center")
    _field(
        ws,
        9,
        "町の概況",
        "総面積108.65㎢。ファーム富田、北星山ラベンダー園などに例年約100万人の観光客が訪れていたが、令和2・3年度は約35万人程度に落ち込んだ。",
        height=30,
    )
    _text(ws, 11, 1, "２　成果指標の達成状況", bold=True, size=10)
    h = 12
    for c, word in enumerate(
        [
            "No.",
            "成果指標",
            "単位",
            "基準値（R元）",
            "R5実績",
            "R6目標",
            "R6実績",
            "目標達成年度",
            "全道平均（R6）",
            "単位コスト（円）",
        ],
        start=1,
    ):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 26
    r = h + 1
    for no, name, unit, base, r5, t6, a6, year, avg, cost in NF_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, [base, r5, t6, a6])
        _put(ws, r, 8, year, align="center")
        _put(ws, r, 9, avg, align="center" if avg == "―" else "right")
        _put(ws, r, 10, cost, align="center" if cost == "―" else "right")
        ws.row_dimensions[r].height = 24
        r += 1
    _span(ws, r, 1, 4, "（参考）施策の事業費（千円）", fill=LIGHT)
    _put(ws, r, 5, 41220, fill=LIGHT)
    _put(ws, r, 6, None, fill=LIGHT)
    _put(ws, r, 7, 38460, fill=LIGHT)
    for c in range(8, 11):
        _put(ws, r, c, None, fill=LIGHT)
    _notes(
        ws,
        r + 2,
        [
            "※1 単位コスト＝施策の事業費（R6決算）÷R6実績（円未満四捨五入）。割合の指標は算出しない。",
            "※2 全道平均は、北海道の調査で公表のある指標のみ記載した。",
            "※3 目標達成年度は、目標値に初めて達した年度。達していない指標は「未達成」とした。",
            "※4 No.3のR6実績の（　）内は、そのうち令和6年度に新たに加入した事業者の数。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "nakafurano_shisaku_hyoka_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 東通村 (青森県下北郡): 総合戦略 KPI 検証シート（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (furusato-funding.jp/projects/1469): 基本目標1 wording, 12,449人 (1960), 6,607人 (2015), 6,330人
# (2019年12月末 住基), 3,779人 (2045 推計). Made up: the sheet, 施策, money and every figure of the grid.
HD_GROUPS = [
    (
        "施策(1)　住宅・住環境の整備　　　施策の事業費（R5・千円）48,210",
        [
            (
                "1",
                "定住促進住宅の入居世帯数",
                "世帯",
                "32／48",
                "36／48",
                "38／48",
                "41／48",
                "45／48",
                "△",
                "各年度末の入居世帯数／整備戸数（村営定住促進住宅、48戸）",
            ),
            (
                "2",
                "空き家バンク成約件数",
                "件",
                2,
                3,
                5,
                6,
                5,
                "○",
                "売買・賃貸の成約件数（年度内、登録物件12件中）",
            ),
        ],
    ),
    (
        "施策(2)　生活交通の確保　　　施策の事業費（R5・千円）21,640",
        [
            (
                "3",
                "村営バス年間利用者数",
                "千人",
                48.2,
                41.5,
                43.0,
                44.8,
                50.0,
                "△",
                "4路線の延べ乗車人数（運行日報、4月～翌3月）",
            ),
            (
                "4",
                "地域おこし協力隊員の任期後定住者数（累計）",
                "人",
                1,
                2,
                2,
                3,
                5,
                "×",
                "平成28年度以降に任期（最長3年）を終えて村内に住む人数",
            ),
        ],
    ),
]


def higashidori() -> Path:
    wb, ws = _sheet("KPI検証", [5, 30, 6, 14, 9, 9, 9, 14, 9, 34])
    _text(
        ws,
        1,
        1,
        "東通村まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）検証シート（令和5年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 1, "令和6年9月　東通村", size=9)
    _field(
        ws,
        4,
        "村の人口",
        "6,330人（令和元年12月末・住民基本台帳）　※国勢調査では昭和35年の12,449人が最大、平成27年は6,607人",
        c_value=(3, 10),
    )
    _field(
        ws,
        5,
        "将来推計",
        "令和27年（2045年）3,779人（国立社会保障・人口問題研究所）",
        c_value=(3, 10),
    )
    _field(ws, 6, "検証", "東通村総合戦略推進会議（令和6年8月28日開催、委員11人）", c_value=(3, 10))
    _text(
        ws,
        8,
        1,
        "基本目標1　住んでいたい、住んでみたくなる魅力ある東通村の住環境の創生",
        bold=True,
        size=10,
    )
    _text(ws, 9, 1, "■重要業績評価指標（KPI）の推移と達成状況", bold=True, size=10)
    _text(
        ws,
        10,
        1,
        "達成状況　○：目標を達成　△：目標の8割以上　×：目標の8割未満",
        size=8,
    )
    h = 11
    _head2(
        ws,
        h,
        [
            (1, "No."),
            (2, "重要業績評価指標（KPI）"),
            (3, "単位"),
            (4, "基準値（平成30年度）"),
            (8, "目標値（令和5年度）"),
            (9, "達成状況"),
            (10, "算定方法"),
        ],
        [(5, 7, "実績値（令和）", ["3年度", "4年度", "5年度"])],
    )
    r = h + 2
    for heading, rows in HD_GROUPS:
        _span(ws, r, 1, 10, heading, fill=LIGHT, bold=True)
        ws.row_dimensions[r].height = 18
        r += 1
        for no, name, unit, base, a3, a4, a5, tgt, mark, how in rows:
            _put(ws, r, 1, no, align="center")
            _put(ws, r, 2, name)
            _put(ws, r, 3, unit, align="center")
            for j, v in enumerate([base, a3, a4, a5, tgt]):
                _put(
                    ws, r, 4 + j, v, align="right", fmt="#,##0.0" if isinstance(v, float) else None
                )
            _put(ws, r, 9, mark, align="center")
            _put(ws, r, 10, how, size=8)
            ws.row_dimensions[r].height = 22
            r += 1
    _span(ws, r, 1, 3, "達成状況の集計（4項目）", header=True)
    _span(ws, r, 4, 10, "○ 1項目　　△ 2項目　　× 1項目", align="center")
    _notes(
        ws,
        r + 2,
        [
            "※ No.1の「／」の右は整備戸数（48戸）。達成状況は「／」の左の入居世帯数で判定した。",
            "※ 施策の事業費は、令和5年度決算額（地方創生推進交付金充当分を含む）。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "higashidori_kpi_kensho_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 泉崎村 (福島県西白河郡): 地方創生推進交付金事業 効果検証シート（平成29年度）
# --------------------------------------------------------------------------------------------

# Real (第8回泉崎村地域創生・人口減少対策委員会 議事録): the committee, its date 平成30年1月18日, the 事業名,
# 総務課 (企画財政グループ). Made up: the sheet, the KPIs, every figure, the money.
IZ_ROWS = [
    (
        "KPI①",
        "圏域内企業の新商品・新技術開発件数",
        "件",
        [3, 5, 6, 8, 9, 15, 30],
        [0, "", 1, "", 2, 3, ""],
    ),
    (
        "KPI②",
        "産業サポート白河の相談・支援件数",
        "件",
        [120, 150, 162, 180, 171, 333, 250],
        [8, "", 11, "", 14, 25, ""],
    ),
    (
        "KPI③",
        "圏域内の新規雇用者数",
        "人",
        ["―", 20, 18, 25, 27, 45, "100（累計）"],
        ["―", "", 3, "", 4, 7, ""],
    ),
]


def izumizaki() -> Path:
    wb, ws = _sheet("効果検証", [8, 30, 6, 12, 9, 9, 9, 9, 12, 12])
    _text(ws, 1, 1, "地方創生推進交付金事業　効果検証シート（平成29年度）", bold=True, size=14)
    _text(
        ws,
        2,
        1,
        "平成30年1月18日　第8回泉崎村地域創生・人口減少対策委員会　資料3",
        size=9,
    )
    _field(ws, 4, "交付金の種類", "地方創生推進交付金")
    _field(ws, 5, "事業名", "産業サポート白河を核としたローカルイノベーション創造事業")
    _field(ws, 6, "事業の形態", "白河地域の市町村による広域連携事業（KPIは圏域全体で設定）")
    _field(ws, 7, "担当課", "総務課")
    _field(ws, 8, "事業費（H29・千円）", "6,480（うち泉崎村負担分 1,080）")
    _text(ws, 10, 1, "■重要業績評価指標（KPI）の実績", bold=True, size=10)
    h = 11
    _head2(
        ws,
        h,
        [
            (1, "No."),
            (2, "重要業績評価指標（KPI）"),
            (3, "単位"),
            (4, "事業開始前（H27）"),
            (9, "H28～H29累計実績"),
            (10, "最終目標（H32）"),
        ],
        [
            (5, 6, "平成28年度", ["目標", "実績"]),
            (7, 8, "平成29年度", ["目標", "実績（H29.12末）"]),
        ],
    )
    r = h + 2
    for label, name, unit, vals, sub in IZ_ROWS:
        _put(ws, r, 1, label, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate(vals):
            _put(ws, r, 4 + j, v, align="center" if v == "―" else "right")
        ws.row_dimensions[r].height = 22
        r += 1
        _put(ws, r, 1, None)
        _put(ws, r, 2, "　（参考）うち泉崎村分", size=8)
        _put(ws, r, 3, unit, align="center", size=8)
        for j, v in enumerate(sub):
            _put(ws, r, 4 + j, v, align="center" if v == "―" else "right", size=8)
        ws.row_dimensions[r].height = 16
        r += 1
    _span(ws, r, 1, 4, "事業費（千円）　目標欄：予算額／実績欄：決算額", fill=LIGHT)
    for j, v in enumerate([6000, 5920, 6500, 6480, 12400, "―"]):
        _put(ws, r, 5 + j, v, fill=LIGHT, align="center" if v == "―" else "right")
    _notes(
        ws,
        r + 2,
        [
            "※ KPIは白河地域の構成市町村全体の数値。（参考）欄は、そのうち泉崎村内の事業所・相談者の分（目標は設定していない）。",
            "※ H28～H29累計実績は、平成28年度の実績と平成29年度の実績（12月末）の合計。KPI③の最終目標はH28からの累計。",
            "※ 委員会の評価：KPI①③は目標を上回り、KPI②は下回ったものの、事業は地方創生に効果があったと認める。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "izumizaki_kouka_kensho_h29.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 利府町 (宮城県宮城郡): 利府町総合計画 重点事業の成果指標（令和4年度実績）
# --------------------------------------------------------------------------------------------

RIFU_HTML = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>利府町総合計画 重点事業の成果指標（令和4年度実績） - 利府町</title>
</head>
<body>
<nav class="breadcrumb"><a href="/">トップページ</a> &gt; <a href="/gyosei/">町政情報</a> &gt; <a href="/gyosei/keikaku/">まちづくり・計画</a> &gt; 利府町総合計画 重点事業の成果指標</nav>
<main>
<h1>利府町総合計画 重点事業の成果指標（令和4年度実績）</h1>
<p class="date">更新日：2023年9月15日　担当：政策課</p>
<p>利府町総合計画（2021年度～2030年度）は、合計特殊出生率を2018年の1.34から1.6に高め、2030年の目標人口を38,800人としています（2020年12月の住民基本台帳人口は36,027人）。重点事業ごとの成果指標の実績を公表します。</p>
<p class="legend">実績値の矢印　↗：前年度より改善　→：横ばい　↘：前年度より悪化</p>
<h2>重点事業1　快適な都市空間づくり</h2>
<table border="1">
<thead>
<tr><th rowspan="2">成果指標</th><th rowspan="2">単位</th><th rowspan="2">策定時</th><th colspan="2">実績値</th><th rowspan="2">目標値（中間／最終）</th></tr>
<tr><th>R3</th><th>R4</th></tr>
</thead>
<tbody>
<tr><td>町の人口</td><td>人</td><td>36,027（R2.12）</td><td>35,860 ↘</td><td>35,912 ↗</td><td>37,000（R7）／38,800（R12）</td></tr>
<tr><td>合計特殊出生率</td><td></td><td>1.34（H30）</td><td>1.29 ↘</td><td>1.31 ↗</td><td>1.45（R7）／1.60（R12）</td></tr>
<tr><td>町内循環バスの年間利用者数</td><td>千人</td><td>182.4（R元）</td><td>151.0 ↘</td><td>163.7 ↗</td><td>190.0（R7）／200.0（R12）</td></tr>
<tr class="note"><td colspan="6">※ 重点事業1の事業費（R4決算）：412,580千円（土地区画整理事業負担金 298,000千円を含む）</td></tr>
</tbody>
</table>
<h2>重点事業2　魅力ある地域産業づくり</h2>
<table border="1">
<thead>
<tr><th rowspan="2">成果指標</th><th rowspan="2">単位</th><th rowspan="2">策定時</th><th colspan="2">実績値</th><th rowspan="2">目標値（中間／最終）</th></tr>
<tr><th>R3</th><th>R4</th></tr>
</thead>
<tbody>
<tr><td>自町内就業率</td><td>%</td><td>28.6（R2）</td><td>28.9 ↗</td><td>28.9 →</td><td>32.0（R7）／35.0（R12）</td></tr>
<tr><td>町の「住みやすさ」に対する満足度</td><td>%</td><td>80.2（R2）</td><td>―（調査なし）</td><td>81.5</td><td>82.0（R7）／85.0（R12）</td></tr>
<tr class="note"><td colspan="6">※ 満足度は隔年の町民意識調査（回答者1,024人）による。重点事業2の事業費（R4決算）：86,240千円</td></tr>
</tbody>
</table>
<p>お問い合わせ：政策課 企画係（電話 022-000-0000）</p>
</main>
</body>
</html>
"""


def rifu() -> Path:
    path = HERE / "rifu_kpi_shinchoku_r4.html"
    path.write_bytes(RIFU_HTML.encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (nakafurano, higashidori, izumizaki):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {rifu().name}")


if __name__ == "__main__":
    main()
