"""Build the built documents of forms99/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/nabari_shisaku_hyoka_h29.xlsx``, a 総合計画 施策評価シート for 名張市 (三重県), laid out
  after 加古川市's (兵庫県) 施策評価シート: form fields (施策, 主担当部局, 事業費 in 千円, 進捗状況 ``B 概ね期待どおり``) over a
  成果指標 grid whose values carry their units, an election-dated name (``直近選挙の投票率（H27.4.12
  県議会選挙、…）``), ``千件`` inside the cells, a ``表記`` column of 単年度/累計 after the target and
  a 担当部署 column; and the PDF;
* ``source/shimada_juten_pj_h28.xlsx``, a 総合計画後期基本計画 重点プロジェクトの取組状況 in the
  manner of 島田市 (静岡県): プロジェクト cells merged down, calendar-year headers
  (``平成19年``) under 実績値/目標値 with no baseline, ``万人`` with decimals in the cells, a
  ``※`` on a name, a 取組状況 column of words; and the PDF;
* ``source/yosano_kpi_shinchoku_r3.xlsx``, a 総合戦略 KPI進捗状況 in the manner of 与謝野町
  (京都府与謝郡): bare ``R2``/``R3`` headers between ``基準値（R元）`` and ``目標値（R6）``,
  ``千円`` in the 単位 column for a money KPI, ``未集計``, a ``延べ`` target and a 備考 column;
  and the PDF;
* ``moriyama_kpi_kensho_h28.html``, a 総合戦略 KPI検証 in the manner of 守山市 (滋賀県): ``<h2>``
  and ``<h3>`` headings, a ``平成28年度`` 目標|実績|達成状況 group, ``以上``/``以下`` targets, a
  ``―`` baseline and a 担当課 column.

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
    wb.properties.creator = "forms99/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms99/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms99_soffice_") as tmp:
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


def _num(ws, r, c, v) -> None:
    if isinstance(v, str):
        _put(ws, r, c, v, align="right" if v[:1].isdigit() or v[:1] == "延" else "center")
    elif v is None:
        _put(ws, r, c, None)
    else:
        _put(ws, r, c, v, fmt="#,##0.0" if isinstance(v, float) else None)


# --------------------------------------------------------------------------------------------
# 名張市 (三重県): 名張市総合計画「理想郷プラン」 平成30年度 施策評価シート
# --------------------------------------------------------------------------------------------

# Real: 名張市's plan name 名張市総合計画「理想郷プラン」. The layout follows 加古川市's (兵庫県)
# 平成30年度 行政評価 施策評価シート (e-book p. 82): the sheet's name, the 【年度終了後】 half, the
# 進捗状況 word 「B 概ね期待どおり」, the year run to H32, the 表記 column with 単年度, and the row
# wording 直近選挙の投票率（H27.4.12県議会選挙、H28.7.10参議院選挙区選挙、H29.10.22衆議院選挙） of
# 選挙管理委員会事務局 (the election dates are national and prefectural ones, so true for 三重県 too).
# Made up: the 施策 and its number, 部局, money, every row but the election one, every figure.
NABARI_FIELDS = [
    ("施策", "8-1　市民参画・協働の推進"),
    ("主担当部局", "市民部"),
    ("施策の事業費（千円）", "H29決算　48,120"),
    ("施策の進捗状況", "B　概ね期待どおり"),
]
NABARI = [
    (
        "直近選挙の投票率（H27.4.12県議会選挙、H28.7.10参議院選挙区選挙、H29.10.22衆議院選挙）",
        ["41.86%", "53.02%", "50.37%", None, None, "55.00%"],
        "単年度",
        "選挙管理委員会事務局",
    ),
    (
        "市民活動団体の登録数",
        ["286団体", "301団体", "318団体", None, None, "360団体"],
        "累計",
        "協働推進課",
    ),
    (
        "地域の活動に参加している市民の割合",
        ["38.2%", "37.5%", "39.1%", None, None, "45.0%"],
        "単年度",
        "協働推進課",
    ),
    (
        "公開事業評価の市民評価員数",
        ["24人", "31人", "―", None, None, "40人"],
        "単年度",
        "行政経営課",
    ),
    (
        "市ホームページのアクセス件数",
        ["2,845千件", "3,012千件", "3,196千件", None, None, "3,500千件"],
        "単年度",
        "広報広聴課",
    ),
]


def nabari() -> Path:
    widths = [40, 9, 9, 9, 9, 9, 9, 8, 14]
    wb, ws = _sheet("施策評価シート", widths)
    _text(
        ws, 1, 1, "名張市総合計画「理想郷プラン」　平成30年度　施策評価シート", bold=True, size=13
    )
    _text(ws, 2, 9, "名張市", align="right", size=9)
    r = 3
    for key, value in NABARI_FIELDS:
        _put(ws, r, 1, key, header=True)
        _span(ws, r, 2, 9, value)
        ws.row_dimensions[r].height = 18
        r += 1
    r += 1
    _text(ws, r, 1, "成果指標の実績【年度終了後】", bold=True, size=10)
    h = r + 1
    _head2(
        ws,
        h,
        [(1, "成果指標"), (8, "表記"), (9, "担当部署")],
        [
            (2, 2, "基準値", ["H27"]),
            (3, 6, "実績値", ["H28", "H29", "H30", "H31"]),
            (7, 7, "目標値", ["H32"]),
        ],
    )
    r = h + 2
    for name, cells, kind, dept in NABARI:
        _put(ws, r, 1, name)
        for j, v in enumerate(cells):
            _num(ws, r, 2 + j, v)
        _put(ws, r, 8, kind, align="center")
        _put(ws, r, 9, dept, align="center", size=8)
        ws.row_dimensions[r].height = 30 if len(name) > 30 else 20
        r += 1
    _notes(
        ws,
        r,
        [
            "※表記：「単年度」はその年度の数値、「累計」は各年度末時点の登録数の合計です。",
            "※投票率は各年度に執行された直近の選挙（市内分）の数値です。",
            "※公開事業評価は平成29年度、大学生評価員のみで実施したため「―」としています。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "nabari_shisaku_hyoka_h29.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 島田市 (静岡県): 島田市総合計画後期基本計画 重点プロジェクトの取組状況
# --------------------------------------------------------------------------------------------

# Real (資料6 島田市総合計画後期基本計画取組状況について; the 後期基本計画's 第4章 p. 128): the three
# 重点プロジェクト and their sentences, the 指標 | 実績値 [平成19年 | 平成24年] | 目標値 [平成29年]
# header with 年 (not 年度), the row 地区社会福祉協議会等の設置数※ - 7か所 20か所 and its ※ note.
# Made up: the 平成28年 column and its figures, the other rows, every other figure, 取組状況.
SHIMADA = [
    (
        "①ほっと定住プロジェクト",
        [
            ("地区社会福祉協議会等の設置数※", ["-", "7か所", "16か所", "20か所"]),
            ("住宅の耐震化率", ["72.5%", "79.8%", "84.1%", "90.0%"]),
        ],
    ),
    (
        "②やりがい協働プロジェクト",
        [
            ("地域づくり活動に参加している市民の割合", ["31.4%", "29.8%", "33.0%", "40.0%"]),
            ("シルバー人材センター会員数", ["812人", "874人", "891人", "950人"]),
        ],
    ),
    (
        "③にぎわい交流プロジェクト",
        [("観光交流客数", ["268.3万人", "301.6万人", "315.2万人", "350万人"])],
    ),
]


def shimada() -> Path:
    widths = [20, 34, 11, 11, 11, 11, 10]
    wb, ws = _sheet("重点プロジェクト", widths)
    _text(
        ws,
        1,
        1,
        "島田市総合計画後期基本計画　重点プロジェクトの取組状況（平成28年度）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 7, "資料6", align="right", size=9)
    _text(ws, 3, 1, "平成29年7月　島田市企画課", size=9)
    _text(ws, 5, 1, "重点プロジェクトの指標", bold=True, size=11)
    h = 6
    _head2(
        ws,
        h,
        [(1, "重点プロジェクト"), (2, "指標"), (7, "取組状況")],
        [(3, 5, "実績値", ["平成19年", "平成24年", "平成28年"]), (6, 6, "目標値", ["平成29年"])],
    )
    r = h + 2
    for project, rows in SHIMADA:
        first = r
        for name, cells in rows:
            _put(ws, r, 1, project if r == first else None, valign="center")
            _put(ws, r, 2, name)
            for j, v in enumerate(cells):
                _num(ws, r, 3 + j, v)
            _put(ws, r, 7, "実施中", align="center")
            ws.row_dimensions[r].height = 22
            r += 1
        if r - 1 > first:
            _merge(ws, first, 1, r - 1, 1)
    _notes(
        ws,
        r,
        [
            "※ 島田市地域福祉計画と島田市社会福祉協議会で策定した島田市地域福祉活動計画に基づく活動主体数の累計",
            "※ 実績値は各年の12月末現在。観光交流客数は静岡県観光交流の動向（暦年）によります。",
            "※ 取組状況は、プロジェクトを構成する施策の方向の実施状況です。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "shimada_juten_pj_h28.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 与謝野町 (京都府与謝郡): 第2期与謝野町ひと・しごと・まち創生総合戦略 KPIの進捗状況（令和3年度実績）
# --------------------------------------------------------------------------------------------

# Real (the town's 総合戦略 page): the strategy's name, its 5 基本目標, 基本目標1's wording, the
# word 人財; 企画財政課 (the council's roster). Made up: the sheet, its date, every KPI and figure.
YOSANO = [
    ("1", "地域おこし協力隊の任期後の町内定住者数（累計）", "人", [3, 4, 6, 10], ""),
    ("2", "町内事業所での新規雇用者数", "人/年", [48, 35, 41, 60], ""),
    ("3", "ふるさと納税寄附額", "千円", [152300, 287640, 355120, 400000], ""),
    ("4", "起業・第二創業の件数", "件", [5, 7, "未集計", 8], "商工会調査の取りまとめ中"),
    ("5", "よさの人財育成講座の受講者数", "人", [85, 42, 67, "延べ500"], "R2から5年間の合計"),
]


def yosano() -> Path:
    widths = [5, 36, 8, 11, 10, 10, 11, 22]
    wb, ws = _sheet("KPI進捗", widths)
    _text(
        ws,
        1,
        1,
        "第2期与謝野町ひと・しごと・まち創生総合戦略　KPIの進捗状況（令和3年度実績）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 8, "令和4年9月　与謝野町企画財政課", align="right", size=9)
    _text(ws, 3, 1, "計画期間：令和2年度～令和6年度", size=9)
    _text(
        ws,
        5,
        1,
        "基本目標１　与謝野を愛し、多様性を認め合いながら、新しいモノやコトを創出する地域人財をつくる",
        bold=True,
        size=10,
    )
    h = 6
    for c, word in enumerate(
        (
            "No",
            "重要業績評価指標（KPI）",
            "単位",
            "基準値\n（R元）",
            "R2",
            "R3",
            "目標値\n（R6）",
            "備考",
        ),
        start=1,
    ):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 30
    r = h + 1
    for no, name, unit, cells, note in YOSANO:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate(cells):
            _num(ws, r, 4 + j, v)
        _put(ws, r, 8, note or None, size=8)
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r,
        [
            "※R2・R3欄は各年度の実績値です。",
            "※基本目標１に係る令和3年度の事業費（決算）は86,420千円です。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "yosano_kpi_shinchoku_r3.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 守山市 (滋賀県): 守山市まち・ひと・しごと創生総合戦略 KPIの検証（平成28年度）
# --------------------------------------------------------------------------------------------

# Real (the strategy, 平成27年10月): its name, 基本目標1 地域で安心して暮らせる魅力的なしごとを
# つくる【しごと】 and (1) 地域で働き、暮らせる新たなしごとづくり. Made up: the page, its date and
# 課, the (2) heading, every KPI, figure and word.
MORIYAMA_BODY = """<h2>基本目標１　地域で安心して暮らせる魅力的なしごとをつくる【しごと】</h2>
<h3>（１）地域で働き、暮らせる新たなしごとづくり</h3>
<table border="1">
<tr><th rowspan="2">No.</th><th rowspan="2">重要業績評価指標（KPI）</th><th rowspan="2">基準値<br>（H26）</th><th rowspan="2">H27実績</th><th colspan="3">平成28年度</th><th rowspan="2">目標値<br>（H31）</th><th rowspan="2">担当課</th></tr>
<tr><th>目標</th><th>実績</th><th>達成状況</th></tr>
<tr><td>1</td><td>市内での新規創業件数</td><td>18件</td><td>22件</td><td>24件</td><td>25件</td><td>達成</td><td>30件以上</td><td>商工観光課</td></tr>
<tr><td>2</td><td>企業立地件数（累計）</td><td>―</td><td>2件</td><td>6件</td><td>5件</td><td>未達成</td><td>10件</td><td>商工観光課</td></tr>
<tr><td>3</td><td>農業の担い手数（認定農業者・集落営農組織）</td><td>64経営体</td><td>66経営体</td><td>67経営体</td><td>67経営体</td><td>達成</td><td>70経営体</td><td>農政課</td></tr>
</table>
<h3>（２）地域資源を活かした商業・観光の振興</h3>
<table border="1">
<tr><th rowspan="2">No.</th><th rowspan="2">重要業績評価指標（KPI）</th><th rowspan="2">基準値<br>（H26）</th><th rowspan="2">H27実績</th><th colspan="3">平成28年度</th><th rowspan="2">目標値<br>（H31）</th><th rowspan="2">担当課</th></tr>
<tr><th>目標</th><th>実績</th><th>達成状況</th></tr>
<tr><td>4</td><td>ほたるの森資料館の入館者数</td><td>9,850人</td><td>10,214人</td><td>10,500人</td><td>9,466人</td><td>未達成</td><td>12,000人</td><td>文化・スポーツ課</td></tr>
<tr><td>5</td><td>中心市街地の空き店舗数の減少</td><td>14店舗</td><td>12店舗</td><td>10店舗以下</td><td>11店舗</td><td>未達成</td><td>7店舗以下</td><td>商工観光課</td></tr>
</table>"""


def moriyama_html() -> str:
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>守山市まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の検証（平成28年度）</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 1em; }}
th, td {{ border: 1px solid #333; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
</style>
</head>
<body>
<h1>守山市まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の検証（平成28年度）</h1>
<p>平成29年8月　守山市政策調整課</p>
<p>総合戦略に掲げた重要業績評価指標（KPI）の平成28年度の状況を取りまとめました。基本目標１の結果は次のとおりです。</p>
{MORIYAMA_BODY}
<p>※達成状況は、平成28年度の目標に対する実績で判断しています（空き店舗数は目標以下で達成）。</p>
<p>※企業立地件数は平成27年度からの累計です。基準値は集計していないため「―」としています。</p>
<p>※基本目標１に係る平成28年度の事業費は64,300千円（うち地方創生推進交付金27,500千円）です。</p>
</body>
</html>
"""


def moriyama() -> Path:
    path = HERE / "moriyama_kpi_kensho_h28.html"
    path.write_bytes(moriyama_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (nabari, shimada, yosano):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {moriyama().name}")


if __name__ == "__main__":
    main()
