"""Build the documents of forms448/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``ito_senryaku_kpi_kensho_r1.xlsx``, a workbook left as it is: 伊東市まち・ひと・しごと創生総合戦略 KPI 最終検証
  （令和元年度） in the manner of 伊東市 (静岡県): **shaded band rows ``【観光課】`` / ``【産業課】`` merged across the
  grid, each giving the 課 of the KPI rows under it** (the form names only the 取りまとめ課), **a target cell
  ``現状維持``**, ``千人`` in 単位, a ``R元（見込）`` actual column, one row in full-width digits;
* ``kakamigahara_senryaku_kpi_r5.html``, a 総合戦略 KPI page in the manner of 各務原市 (岐阜県): **one target cell
  ``<td rowspan="2">`` shared by two KPIs**, **a row whose 単位 is ``人`` and whose cells carry ``万人``**;
* ``source/muko_jimujigyo_hyoka_r5.xlsx``, a 事務事業評価シート in the manner of 向日市 (京都府): **a 事業費 table
  with the same year heads right above the indicator grid (money, no record)**, **``〃`` in 単位**, 活動指標 and
  成果指標 in one grid under a merged ``区分`` column; and the portrait PDF;
* ``source/tenri_kofukin_kensho_h30.xlsx``, a 地方創生推進交付金 効果検証シート in the manner of 天理市 (奈良県):
  **heads ``1年目（H29.3末）`` … dated by month-ends**, **``万人`` / ``千人`` in 単位 over bare numbers, one of them
  ``△12``**, a note with the pre-project levels that are no values; and the landscape PDF.

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
SLASH = Border(left=THIN, right=THIN, top=THIN, bottom=THIN, diagonal=THIN, diagonalUp=True)
SHADE = PatternFill("solid", fgColor="D9D9D9")
LIGHT = PatternFill("solid", fgColor="F2F2F2")
FONT = "IPAexGothic"
FIXED = dt.datetime(2026, 12, 7, 0, 0, 0)
# --------------------------------------------------------------------------------------------
# Sheet helpers
# --------------------------------------------------------------------------------------------


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms448/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms448/build.py"
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


def _fields(ws, r: int, last: int, fields) -> int:
    """Bordered form rows ``label | value`` (label over columns 1-2); returns the next free row."""
    for label, value, height in fields:
        _merge(ws, r, 1, r, 2)
        _put(ws, r, 1, label, header=True)
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
    with tempfile.TemporaryDirectory(prefix="forms448_soffice_") as tmp:
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
# 伊東市 (静岡県): 伊東市まち・ひと・しごと創生総合戦略 KPI 最終検証（令和元年度）, a workbook left as it is
# --------------------------------------------------------------------------------------------

# Real: the strategy's name and period (H27–H31), 将来像, 71,437人 (H22), 42,000人 (平成72年), 124.10km², 大室山,
# 市政戦略課 (a 課 of the city). Made up: the 取りまとめ role, the 課 bands, the KPIs, every figure.
ITO_ROWS = [
    ("【観光課】",),
    (1, "観光交流客数", "千人", 6874, 6921, 6980, 7012, 7105, 7050, 7200),
    (2, "市内宿泊施設の宿泊客数", "千人", 2860, 2902, 2955, 2941, 2988, 3010, 3000),
    (
        3,
        "観光客の満足度（「満足」と回答した割合）",
        "％",
        72.4,
        "―",
        74.0,
        "―",
        75.8,
        76.5,
        "現状維持",
    ),
    ("【産業課】",),
    (4, "創業支援による創業者数", "人", "８", "１１", "１４", "１２", "１５", "１３", "１５"),
    (5, "地場産品を使った新商品の開発件数", "件", 2, 3, 5, 4, 6, 5, 5),
]


def ito() -> None:
    out = HERE / "ito_senryaku_kpi_kensho_r1.xlsx"
    wb, ws = _sheet("KPI検証（R1）", [5, 34, 7, 11, 9, 9, 9, 9, 11, 11])
    last = 10
    _text(
        ws,
        1,
        1,
        "伊東市まち・ひと・しごと創生総合戦略　重要業績評価指標（ＫＰＩ）最終検証（令和元年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, last, "令和2年8月", align="right")
    r = _fields(
        ws,
        3,
        last,
        [
            ("戦略の名称", "伊東市まち・ひと・しごと創生総合戦略", 18),
            ("計画期間", "平成27年度～平成31年度（令和元年度）（5年間）", 18),
            ("取りまとめ課", "市政戦略課（各KPIの担当課は表中の【　】のとおり）", 18),
            (
                "市の現状",
                "本市の人口は平成22年国勢調査で71,437人であり、人口ビジョンでは平成72年（2060年）に42,000人の確保を目指している。"
                "面積124.10km²の市域に大室山や伊豆高原を抱え、温泉と海を生かした観光が基幹産業である。",
                42,
            ),
        ],
    )
    r += 1
    _text(
        ws,
        r,
        1,
        "■基本目標１　観光を核とした産業の振興により、安定したしごとをつくる",
        bold=True,
        size=10,
    )
    r += 1
    h1, h2 = r, r + 1
    for c, label in (
        (1, "No."),
        (2, "重要業績評価指標（ＫＰＩ）"),
        (3, "単位"),
        (4, "基準値（H26）"),
        (10, "目標値（H31）"),
    ):
        _put(ws, h1, c, label, header=True)
        _put(ws, h2, c, None, header=True)
        _merge(ws, h1, c, h2, c)
    _span(ws, h1, 5, 9, "実績値", header=True)
    for c, label in zip(range(5, 10), ("H27", "H28", "H29", "H30", "R元（見込）")):
        _put(ws, h2, c, label, header=True)
    r = h2 + 1
    for row in ITO_ROWS:
        if len(row) == 1:
            _span(ws, r, 1, last, row[0], fill=LIGHT, bold=True)
        else:
            no, name, unit, *vals = row
            _put(ws, r, 1, no, align="center")
            _put(ws, r, 2, name)
            _put(ws, r, 3, unit, align="center")
            for c, v in zip(range(4, 11), vals):
                _put(
                    ws,
                    r,
                    c,
                    v,
                    align="right"
                    if not isinstance(v, str) or v[0] in "０１２３４５６７８９"
                    else "center",
                )
        ws.row_dimensions[r].height = 18
        r += 1
    notes = [
        "※ No.3は隔年で実施する観光客アンケートによる。調査を行わない年度は「―」としている。",
        "※ R元（見込）は令和2年3月末時点の見込値である。平成31年度と令和元年度は同じ年度である。",
        "※ 目標値の「現状維持」は、基準値（H26）の水準を維持することをいう。",
    ]
    for n in notes:
        _text(ws, r, 1, n)
        r += 1
    _page(ws, "landscape")
    _save(wb, out)


# --------------------------------------------------------------------------------------------
# 各務原市 (岐阜県): 第2期各務原市まち・ひと・しごと創生総合戦略 KPIの達成状況（令和5年度）, HTML
# --------------------------------------------------------------------------------------------

# Real: the population figures (145,604人 / 144,690人 / 119,720人, 約82.7%), the three fields, 87.81km², the
# 航空宇宙博物館. Assumed: the strategy's name (第2期) and period. Made up: the KPIs and every figure.
KAKAMIGAHARA_HTML = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>第2期各務原市まち・ひと・しごと創生総合戦略 KPIの達成状況（令和５年度）｜各務原市</title>
</head>
<body>
<nav aria-label="パンくずリスト"><ol>
<li><a href="/">ホーム</a></li>
<li><a href="/shisei/">市政情報</a></li>
<li><a href="/shisei/torikumi/">市役所の取り組み</a></li>
<li>地方創生</li>
</ol></nav>
<main>
<h1>第2期各務原市まち・ひと・しごと創生総合戦略 KPIの達成状況（令和５年度）</h1>
<p class="date">更新日：2024年10月1日　担当：企画政策課</p>
<p>本市の人口は、国勢調査では2010年の145,604人をピークに、2015年には144,690人となりました。国立社会保障・人口問題研究所の推計では、2045年には119,720人（2015年比で約82.7%）まで減少するとされています。</p>
<p>第2期総合戦略（令和2年度～令和6年度）では「産業・雇用」「子育て・教育」「魅力向上」の3分野で施策を進めています。面積87.81km²の市域の産業、子育て、魅力づくりに関するKPIの令和5年度までの実績を掲載します。</p>
<h2>分野1　産業・雇用</h2>
<table border="1">
<thead>
<tr><th rowspan="2">KPI</th><th rowspan="2">単位</th><th rowspan="2">基準値<br>（R元）</th><th colspan="3">実績値</th><th rowspan="2">目標値<br>（R6）</th></tr>
<tr><th>R3</th><th>R4</th><th>R5</th></tr>
</thead>
<tbody>
<tr><td>新規企業立地件数</td><td>件</td><td>3</td><td>4</td><td>2</td><td>5</td><td>5</td></tr>
<tr><td>市内事業所の従業者数</td><td>人</td><td>68,250</td><td>67,900</td><td>68,410</td><td>69,020</td><td>70,000</td></tr>
<tr><td>岐阜かかみがはら航空宇宙博物館の入館者数</td><td>人</td><td>201,340</td><td>9.8万人</td><td>14.6万人</td><td>18.2万人</td><td>20万人</td></tr>
</tbody>
</table>
<h2>分野2　子育て・教育</h2>
<table border="1">
<thead>
<tr><th rowspan="2">KPI</th><th rowspan="2">単位</th><th rowspan="2">基準値<br>（R元）</th><th colspan="3">実績値</th><th rowspan="2">目標値<br>（R6）</th></tr>
<tr><th>R3</th><th>R4</th><th>R5</th></tr>
</thead>
<tbody>
<tr><td>子育てしやすいまちだと思う市民の割合</td><td>％</td><td>52.1</td><td>54.0</td><td>55.3</td><td>56.8</td><td rowspan="2">60.0</td></tr>
<tr><td>子どもの教育環境に満足している市民の割合</td><td>％</td><td>４７．６</td><td>４９．２</td><td>４８．５</td><td>５１．０</td></tr>
</tbody>
</table>
<p>※分野2の2指標は、市民意識調査（毎年7月実施）の結果です。目標値は2指標共通です。</p>
<p>※分野3「魅力向上」のKPIは、令和6年度に別ページで公表します。</p>
</main>
</body>
</html>
"""


def kakamigahara() -> None:
    (HERE / "kakamigahara_senryaku_kpi_r5.html").write_bytes(KAKAMIGAHARA_HTML.encode("utf-8"))


# --------------------------------------------------------------------------------------------
# 向日市 (京都府): 事務事業評価シート「竹の径保全・活用事業」（令和5年度実施事業）
# --------------------------------------------------------------------------------------------

# Real: 7.72km², 竹の径, the 第2次ふるさと向日市創生計画 and its three 柱 (one quoted). Assumed: its period.
# Made up: the 事業, the 課, the money, the indicators and every figure.
MUKO_MONEY = [
    ("事業費", 4850, 5120, 5300, 5210, 5400),
    ("うち一般財源", 3850, 4020, 4100, 4010, 4200),
]
MUKO_ROWS = [
    ("活動指標", "竹の径の清掃活動の実施回数", "回", 10, 12, 12, 13, 12),
    ("活動指標", "竹垣の補修の実施回数", "〃", 3, 4, 4, 4, 5),
    ("成果指標", "竹の径の来訪者数", "人", 18400, 21300, 22000, 23150, 24000),
    ("成果指標", "竹林保全ボランティアの登録者数", "〃", 86, 91, 100, 97, 105),
]


def muko() -> Path:
    out = SOURCE / "muko_jimujigyo_hyoka_r5.xlsx"
    wb, ws = _sheet("事務事業評価R5", [9, 9, 30, 7, 10, 10, 10, 10, 10])
    last = 9
    _text(ws, 1, 1, "令和６年度　事務事業評価シート（令和５年度実施事業）", bold=True, size=13)
    _text(ws, 2, last, "作成日　令和6年7月19日", align="right")
    _text(ws, 3, 1, "１　事業の概要", bold=True, size=10)
    r = _fields(
        ws,
        4,
        last,
        [
            ("事務事業名", "竹の径保全・活用事業", 18),
            ("担当課", "産業振興課", 18),
            (
                "計画の位置付け",
                "第2次ふるさと向日市創生計画（令和2年度～令和6年度）　歴史を活かし、活力と魅力あるまちづくり",
                18,
            ),
            (
                "事業の概要",
                "面積7.72km²の市域の西部に続く竹の径（延長約1.8km）の竹垣と竹林を、市民ボランティアと協働して保全し、"
                "散策路として活用する。竹垣は8種類、うち3種類は平成10年以降に新たに考案したものである。",
                42,
            ),
        ],
    )
    r += 1
    _text(ws, r, 1, "２　事業費の推移（単位：千円）", bold=True, size=10)
    r += 1
    _span(ws, r, 1, 3, "区分", header=True)
    for c, label in zip(range(4, 10), ("", "R3決算", "R4決算", "R5予算", "R5決算", "R6予算")):
        _put(ws, r, c, label or None, header=True)
    _merge(ws, r, 1, r, 4)
    r += 1
    for label, *vals in MUKO_MONEY:
        _span(ws, r, 1, 4, label)
        for c, v in zip(range(5, 10), vals):
            _put(ws, r, c, v)
        r += 1
    r += 1
    _text(ws, r, 1, "３　事業の指標", bold=True, size=10)
    r += 1
    for c, label in zip(
        range(1, 10),
        ("区分", "", "指標名", "単位", "R3実績", "R4実績", "R5目標", "R5実績", "R6目標"),
    ):
        _put(ws, r, c, label or None, header=True)
    _merge(ws, r, 1, r, 2)
    r += 1
    first = r
    for kind, name, unit, *vals in MUKO_ROWS:
        _put(ws, r, 1, kind if r in (first, first + 2) else None, align="center")
        _put(ws, r, 2, None)
        _put(ws, r, 3, name)
        _put(ws, r, 4, unit, align="center")
        for c, v in zip(range(5, 10), vals):
            _put(ws, r, c, v)
        ws.row_dimensions[r].height = 18
        r += 1
    _merge(ws, first, 1, first + 1, 2)
    _merge(ws, first + 2, 1, first + 3, 2)
    _text(ws, r, 1, "※ 単位欄の「〃」は、上の行と同じ単位であることを示す。")
    r += 2
    _text(ws, r, 1, "４　評価", bold=True, size=10)
    r += 1
    _merge(ws, r, 1, r, 2)
    _put(ws, r, 1, "総合評価", header=True)
    _span(
        ws,
        r,
        3,
        last,
        "Ｂ（概ね順調）　来訪者数は3年連続で増加したが、登録者数は目標の100人に届かなかった。",
    )
    _page(ws, "portrait")
    _save(wb, out)
    return out


# --------------------------------------------------------------------------------------------
# 天理市 (奈良県): 地方創生推進交付金事業 効果検証シート（平成30年度）
# --------------------------------------------------------------------------------------------

# Real: the 地域再生計画's name, 作成主体, its three KPIs and their targets, 1,500基, 3,277円 (H22),
# 3,547万人 / 3,657万人, 総合政策課. Assumed: the period. Made up: the actuals, the note's levels, the 評価.
TENRI_ROWS = [
    ("延べ宿泊者増加数", "万人", 10, 4.8, 10, 7.5, 10, 11.2, "達成"),
    ("観光入込客増加数", "万人", 110, 96, 123, 131, 100, "△12", "未達成"),
    (
        "観光拠点（ナビ天理・トレイルセンター）を訪れる施設利用者増加数",
        "千人",
        7,
        8.4,
        10,
        9.1,
        9,
        9.6,
        "達成",
    ),
]


def tenri() -> Path:
    out = SOURCE / "tenri_kofukin_kensho_h30.xlsx"
    wb, ws = _sheet("効果検証H30", [34, 7, 9, 9, 9, 9, 9, 9, 10])
    last = 9
    _text(ws, 1, 1, "地方創生推進交付金事業　効果検証シート（平成30年度）", bold=True, size=13)
    _text(ws, 2, last, "令和元年7月　天理市", align="right")
    r = _fields_wide(
        ws,
        3,
        last,
        [
            (
                "地域再生計画の名称",
                "歴史文化資源を核とした文化・芸術振興の拠点づくりプロジェクト",
                18,
            ),
            ("作成主体", "奈良県及び天理市", 18),
            ("計画期間", "平成28年4月～平成33年3月（KPIは各年度末の時点で把握）", 18),
            ("担当課", "総合政策課", 18),
            (
                "地域の現状",
                "天理市には1,500基を超える古墳群があるが、市内に滞在する観光客が少なく、1日当たりの観光消費額（H22：3,277円）は"
                "県内平均より10%程度低い。県全体の観光入込客数はH25の3,547万人からH26の3,657万人へ増加している。",
                42,
            ),
        ],
    )
    r += 1
    _text(ws, r, 1, "■重要業績評価指標（KPI）の達成状況", bold=True, size=10)
    r += 1
    h1, h2 = r, r + 1
    for c, label in ((1, "重要業績評価指標（KPI）"), (2, "単位"), (9, "評価")):
        _put(ws, h1, c, label, header=True)
        _put(ws, h2, c, None, header=True)
        _merge(ws, h1, c, h2, c)
    for c, label in ((3, "1年目（H29.3末）"), (5, "2年目（H30.3末）"), (7, "3年目（H31.3末）")):
        _span(ws, h1, c, c + 1, label, header=True)
        _put(ws, h2, c, "目標", header=True)
        _put(ws, h2, c + 1, "実績", header=True)
    r = h2 + 1
    for name, unit, *vals, grade in TENRI_ROWS:
        _put(ws, r, 1, name)
        _put(ws, r, 2, unit, align="center")
        for c, v in zip(range(3, 9), vals):
            _put(ws, r, c, v, align="right")
        _put(ws, r, 9, grade, align="center")
        ws.row_dimensions[r].height = 30
        r += 1
    notes = [
        "※ 各KPIは、各年度の前年度からの増加数である（△は減少）。評価は3年目（H31.3末）の実績による。",
        "※ 参考：事業開始前（H28.3末）の延べ宿泊者数は約62万人、観光入込客数は約250万人、施設利用者数は約3万1千人。",
        "※ H31.3末の観光入込客数は、平成30年9月の台風第21号による行催事の中止の影響を受けた。",
    ]
    for n in notes:
        _text(ws, r, 1, n)
        r += 1
    _page(ws, "landscape")
    _save(wb, out)
    return out


def _fields_wide(ws, r: int, last: int, fields) -> int:
    """Bordered form rows ``label | value`` with the label in column 1 only."""
    for label, value, height in fields:
        _put(ws, r, 1, label, header=True)
        _span(ws, r, 2, last, value).alignment = Alignment(
            horizontal="left", vertical="top" if height > 20 else "center", wrap_text=True
        )
        ws.row_dimensions[r].height = height
        r += 1
    return r


def main() -> None:
    no_pdf = "--no-pdf" in sys.argv[1:]
    ito()
    kakamigahara()
    for xlsx in (muko(), tenri()):
        if not no_pdf:
            to_pdf(xlsx)


if __name__ == "__main__":
    main()
