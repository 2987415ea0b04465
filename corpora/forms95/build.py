"""Build the built documents of forms95/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/sumoto_kpi_shinchoku_h29.xlsx``, a 総合戦略 KPI の進捗 in the manner of 洲本市 (兵庫県):
  a legend of ◎/○/△/× marks (目標値以上 / 目標値と同等 / 目標値未満 / 進捗なし) above the grid, a
  yearly H29 target beside its actual and the final H31 target, 千円 and 千人 in the 単位 column;
  and the PDF;
* ``source/nagato_senryaku_jisseki_r5.xlsx``, a 第2期総合戦略 実績報告 in the manner of 長門市
  (山口県): units in brackets after each name, one a scale (``（千円）``), ``延べ`` inside value
  cells, 改善・悪化 marks and a 達成度 grade (A/B/―) with their legend, a 数値目標 grid over a KPI
  grid; and the PDF;
* ``source/minamata_shisaku_hyoka_h29.xlsx``, a 総合計画 施策評価シート in the manner of 水俣市
  (熊本県): form fields with money above, 実績値 H27–H29, a target for H29 and one for the
  extended year H30 written ``同左`` where it repeats the H29 target, a 達成状況 column; and the PDF;
* ``minami_furusato_kpi_h30.html``, a 総合戦略 KPI の進捗 in the manner of 美波町 (徳島県):
  per 基本目標 an ``<h2>`` and a table with a 単位 column, an H30 目標|実績 pair, a 達成率 column and
  the H31 target; ``万人`` in the 単位 column.

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
    wb.properties.creator = "forms95/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms95/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms95_soffice_") as tmp:
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
# 洲本市 (兵庫県): 洲本市総合戦略 重要業績評価指標（KPI）の進捗状況（平成29年度）
# --------------------------------------------------------------------------------------------

# Real (洲本市's page on the パブリックコメント of the 総合戦略 素案): the strategy's name
# 洲本市総合戦略, its period H27～H31, the 洲本市まち・ひと・しごと地域創生本部. The four marks and
# their words are copied from another 四国/近畿 town's 効果検証 page (SOURCES.tsv). Made up: the
# 施策, every KPI, figure and mark.
SUMOTO = [
    (
        "(1)地域産業の振興",
        [
            ("新規創業件数", "件", 8, 12, 15, "◎", 15),
            ("市内農産物直売所の販売額", "千円", 312000, 330000, 330000, "○", 350000),
            ("移住相談を通じた移住世帯数", "世帯", 0, 10, 0, "×", 20),
        ],
    ),
    (
        "(2)観光・交流の推進",
        [
            ("観光入込客数", "千人", 2860, 3000, 2741, "△", 3100),
            ("市内高校卒業者の市内就職率", "％", 18.5, 20.0, "―", "―", 25.0),
        ],
    ),
]


def sumoto() -> Path:
    widths = [20, 30, 7, 12, 12, 12, 7, 13]
    wb, ws = _sheet("KPI進捗", widths)
    _text(
        ws,
        1,
        1,
        "洲本市総合戦略　重要業績評価指標（KPI）の進捗状況（平成29年度）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 8, "平成30年9月　洲本市まち・ひと・しごと地域創生本部", align="right", size=9)
    _text(
        ws,
        3,
        1,
        "評価区分　◎：目標値以上　○：目標値と同等　△：目標値未満　×：進捗なし又は事業終了　―：実績値未確定",
        size=9,
    )
    _text(ws, 5, 1, "基本目標１　しごとをつくり、安心して働けるようにする", bold=True, size=11)
    h = 6
    for c, word in (
        (1, "施策"),
        (2, "重要業績評価指標（KPI）"),
        (3, "単位"),
        (4, "基準値\n（H26）"),
        (7, "評価"),
        (8, "最終目標値\n（H31）"),
    ):
        _put(ws, h, c, word, header=True)
        _put(ws, h + 1, c, None, header=True)
        _merge(ws, h, c, h + 1, c)
    _span(ws, h, 5, 6, "平成29年度", header=True)
    _put(ws, h + 1, 5, "目標値", header=True)
    _put(ws, h + 1, 6, "実績値", header=True)
    ws.row_dimensions[h].height = 18
    ws.row_dimensions[h + 1].height = 18
    r = h + 2
    for program, rows in SUMOTO:
        first = r
        for name, unit, base, target, actual, mark, final in rows:
            _put(ws, r, 1, program if r == first else None)
            _put(ws, r, 2, name)
            _put(ws, r, 3, unit, align="center")
            for j, v in enumerate((base, target, actual)):
                fmt = "0.0" if isinstance(v, float) else None
                _put(ws, r, 4 + j, v, align="center" if v == "―" else "right", fmt=fmt)
            _put(ws, r, 7, mark, align="center")
            _put(ws, r, 8, final, align="right", fmt="0.0" if isinstance(final, float) else None)
            ws.row_dimensions[r].height = 24
            r += 1
        _merge(ws, first, 1, r - 1, 1)
    _notes(
        ws,
        r + 1,
        [
            "※評価は、平成29年度の目標値と実績値を比べたものです。",
            "※市内就職率の平成29年度実績値は、調査結果の確定後に掲載します。",
            "※平成29年度の地域創生関連事業の決算額は186,400千円です（KPI 42項目のうち5項目を抜粋）。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "sumoto_kpi_shinchoku_h29.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 長門市 (山口県): 第2期長門市まち・ひと・しごと創生総合戦略 実績報告書（令和5年度実績）
# --------------------------------------------------------------------------------------------

# Real (a summary of 長門市's 実績報告書, 2024-11-29): the strategy's name, 基本目標1「しごと」を
# つくる 産業振興により安定した雇用を創出, the 施策 「ながと6G構想」の推進. The grid's shape (改善・悪化
# marks, 達成度 A/B/―, 延べ in cells and the legend) is copied from a 広島県 city's 効果検証 (資料4,
# SOURCES.tsv). Made up: the second 施策, every indicator, figure and mark.
NAGATO_GOALS = [
    ("市内事業所の新規雇用者数（人）", 185, "延べ512", "○", "B", "延べ1,000"),
    ("市民一人当たり市民所得（千円）", 2412, 2538, "○", "A", 2600),
]
NAGATO_KPI = [
    (
        "「ながと6G構想」の推進",
        [
            ("スマート農業・スマート漁業の導入件数（件）", 2, "延べ9", "○", "A", "延べ10"),
            ("地域課題解決の実証事業の件数（件）", "―", "―", "―", "―", "延べ5"),
        ],
    ),
    (
        "農林水産業の担い手確保",
        [
            ("農林水産業の新規就業者数（人）", 14, 11, "×", "B", 20),
        ],
    ),
]


def _nagato_head(ws, h: int, first: str) -> None:
    for c, word in enumerate(
        (
            first,
            "指標名",
            "基準値\n（R元）",
            "実績値\n（R5）",
            "改善・\n悪化",
            "達成度",
            "目標値\n（R6）",
        ),
        start=1,
    ):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 30


def nagato() -> Path:
    widths = [20, 38, 10, 10, 8, 8, 10]
    wb, ws = _sheet("実績報告", widths)
    _text(
        ws,
        1,
        1,
        "第2期長門市まち・ひと・しごと創生総合戦略　実績報告書（令和5年度実績）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 7, "令和6年11月　長門市企画政策課", align="right", size=9)
    _text(ws, 3, 1, "※目標値（R6）内の「延べ」は計画期間（5年間）の合計値", size=8)
    _text(
        ws,
        4,
        1,
        "改善・悪化：改善○，維持△，悪化×，未実施―　　達成度：順調A，要改善B，未実施―",
        size=8,
    )
    _text(
        ws,
        6,
        1,
        "基本目標1　「しごと」をつくる　産業振興により安定した雇用を創出",
        bold=True,
        size=11,
    )
    _text(ws, 7, 1, "(ⅰ)数値目標", bold=True, size=10)
    h = 8
    _nagato_head(ws, h, "区分")
    r = h + 1
    first = r
    for row in NAGATO_GOALS:
        _put(ws, r, 1, "数値目標" if r == first else None, align="center")
        for j, v in enumerate(row):
            align = "left" if j == 0 else ("center" if j in (3, 4) or v == "―" else "right")
            _put(ws, r, 2 + j, v, align=align)
        ws.row_dimensions[r].height = 22
        r += 1
    _merge(ws, first, 1, r - 1, 1)
    r += 1
    _text(ws, r, 1, "(ⅱ)重要業績評価指標（KPI）", bold=True, size=10)
    h = r + 1
    _nagato_head(ws, h, "施策")
    r = h + 1
    for program, rows in NAGATO_KPI:
        first = r
        for row in rows:
            _put(ws, r, 1, program if r == first else None)
            for j, v in enumerate(row):
                align = "left" if j == 0 else ("center" if j in (3, 4) or v == "―" else "right")
                _put(ws, r, 2 + j, v, align=align)
            ws.row_dimensions[r].height = 22
            r += 1
        _merge(ws, first, 1, r - 1, 1)
    _notes(
        ws,
        r + 1,
        [
            "※実証事業は、令和6年度から実施予定のため「―」としています。",
            "※令和5年度の地方創生推進交付金事業の事業費は48,600千円（うち交付金24,300千円）です。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "nagato_senryaku_jisseki_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 水俣市 (熊本県): 第5次水俣市総合計画 施策評価シート（平成29年度実績）
# --------------------------------------------------------------------------------------------

# Real (水俣市's page on the 第5次水俣市総合計画): the plan's name, the one-year extension of the
# 基本構想 to H30 and of the 第2期基本計画 (H26～H30), and the rule that H30 takes over the current
# content (hence the H30 targets written 同左). Made up: the 施策, 課, money, every indicator and figure.
MINAMATA_FIELDS = [
    ("政策", "環境と経済が調和したまちをつくる"),
    ("施策名", "環境モデル都市づくりの推進"),
    ("主担当課", "環境モデル都市推進課"),
    ("施策の事業費（千円）", "H28決算　84,350　　H29決算　91,720"),
]
MINAMATA = [
    ("環境学習・体験学習の受入者数", "人", 12400, 13050, 13820, 14310, 15000, "同左", "未達成"),
    ("ごみの資源化率", "％", 40.1, 41.2, 41.8, 42.5, 42.0, "同左", "達成"),
    ("1人1日当たりごみ排出量の削減", "g", 910, 885, 872, 868, 870, 850, "達成"),
    ("市民環境講座の参加者数", "人", 1850, 2010, "―", 2240, 2200, "同左", "達成"),
]


def minamata() -> Path:
    widths = [30, 6, 11, 10, 10, 10, 11, 11, 9]
    wb, ws = _sheet("施策評価", widths)
    _text(ws, 1, 1, "第5次水俣市総合計画　施策評価シート（平成29年度実績）", bold=True, size=12)
    _text(ws, 2, 9, "水俣市", align="right", size=9)
    r = 4
    for key, value in MINAMATA_FIELDS:
        _put(ws, r, 1, key, header=True)
        _span(ws, r, 2, 9, value)
        ws.row_dimensions[r].height = 20
        r += 1
    r += 1
    _text(ws, r, 1, "成果指標の推移", bold=True, size=10)
    h = r + 1
    for c, word in (
        (1, "成果指標"),
        (2, "単位"),
        (3, "計画策定時\n（H24）"),
        (9, "達成状況\n（H29）"),
    ):
        _put(ws, h, c, word, header=True)
        _put(ws, h + 1, c, None, header=True)
        _merge(ws, h, c, h + 1, c)
    _span(ws, h, 4, 6, "実績値", header=True)
    for j, year in enumerate(("H27", "H28", "H29")):
        _put(ws, h + 1, 4 + j, year, header=True)
    _span(ws, h, 7, 8, "目標値", header=True)
    _put(ws, h + 1, 7, "H29", header=True)
    _put(ws, h + 1, 8, "H30（延長）", header=True)
    ws.row_dimensions[h].height = 18
    ws.row_dimensions[h + 1].height = 18
    r = h + 2
    for name, unit, *cells in MINAMATA:
        _put(ws, r, 1, name)
        _put(ws, r, 2, unit, align="center")
        for j, v in enumerate(cells):
            fmt = "0.0" if isinstance(v, float) else None
            align = "center" if isinstance(v, str) else "right"
            _put(ws, r, 3 + j, v, align=align, fmt=fmt)
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※総合計画の計画期間を1年間延長したため、H30の目標値を追加しました。「同左」はH29の目標値を引き継ぐものです。",
            "※市民環境講座はH28に会場改修のため休止しました。",
            "※ごみ排出量は、値が小さいほど良い指標です。",
        ],
    )
    _text(ws, r + 5, 1, "施策の評価", bold=True, size=10)
    _put(ws, r + 6, 1, "総合評価", header=True)
    _span(ws, r + 6, 2, 9, "B（概ね順調）　受入者数は増加傾向にあるが、目標値には届いていない。")
    ws.row_dimensions[r + 6].height = 22
    _page(ws, "landscape")
    path = SOURCE / "minamata_shisaku_hyoka_h29.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 美波町 (徳島県海部郡): 美波ふるさと創造戦略 KPIの進捗状況（平成30年度）
# --------------------------------------------------------------------------------------------

# Real (美波町's にぎやかそ page and a サテライトオフィス page): the strategy's name 美波ふるさと創造戦略
# ～共創によるまちづくり～ (平成27年), サテライトオフィス誘致, デュアルスクール, 19 companies (2019年8月).
# Made up: the table, its date, the 基本目標 wordings, every other figure.
MINAMI_TABLE_HEAD = """<tr><th rowspan="2">重要業績評価指標（KPI）</th><th rowspan="2">単位</th><th rowspan="2">基準値<br>（H26）</th><th colspan="3">平成30年度</th><th rowspan="2">目標値<br>（H31）</th></tr>
<tr><th>目標</th><th>実績</th><th>達成率</th></tr>"""

MINAMI_BODY = f"""<h2>基本目標1　美波町にしごとをつくる</h2>
<table border="1">
{MINAMI_TABLE_HEAD}
<tr><td>サテライトオフィス進出企業数（累計）</td><td>社</td><td>8</td><td>16</td><td>19</td><td>118.8%</td><td>20</td></tr>
<tr><td>町内での新規開業件数</td><td>件</td><td>2</td><td>5</td><td>4</td><td>80.0%</td><td>5</td></tr>
</table>
<h2>基本目標2　美波町への新しいひとの流れをつくる</h2>
<table border="1">
{MINAMI_TABLE_HEAD}
<tr><td>観光入込客数</td><td>万人</td><td>48.2</td><td>51.0</td><td>49.6</td><td>97.3%</td><td>53.0</td></tr>
<tr><td>デュアルスクール利用児童数（延べ）</td><td>人</td><td>―</td><td>10</td><td>14</td><td>140.0%</td><td>15</td></tr>
<tr><td>若者（20～39歳）の転出超過数の抑制</td><td>人</td><td>62</td><td>45</td><td>41</td><td>―</td><td>40</td></tr>
</table>"""


def minami_html() -> str:
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>美波ふるさと創造戦略　KPIの進捗状況（平成30年度）</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 1em; }}
th, td {{ border: 1px solid #333; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
</style>
</head>
<body>
<h1>美波ふるさと創造戦略　～共創によるまちづくり～　KPIの進捗状況（平成30年度）</h1>
<p>令和元年9月　美波町政策推進課</p>
<p>美波ふるさと創造戦略に掲げた重要業績評価指標（KPI）のうち、主なものの平成30年度の進捗状況をお知らせします。</p>
{MINAMI_BODY}
<p>※達成率＝平成30年度実績÷平成30年度目標。転出超過数は少ないほど良い指標のため、達成率を算出していません。</p>
<p>※サテライトオフィス関連の平成30年度事業費は12,800千円です。</p>
</body>
</html>
"""


def minami() -> Path:
    path = HERE / "minami_furusato_kpi_h30.html"
    path.write_bytes(minami_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (sumoto, nagato, minamata):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {minami().name}")


if __name__ == "__main__":
    main()
