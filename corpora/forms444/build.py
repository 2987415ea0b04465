"""Build the documents of forms444/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``gamagori_suishin_kpi_r5.xlsx``, a workbook left as it is: 地域再生計画 KPI の推移（令和5年度） in the
  manner of 蒲郡市 (愛知県): **years down, the four KPIs across, each year a 目標 / 実績 row pair, and a
  last row ``達成状況（R5）`` holding the printed status of each column**; units in the name heads
  (``（千人）``, ``（千円）``); a cell ``612（見込）``;
* ``mitake_senryaku_kpi_r6.html``, a 総合戦略 KPI 検証 page in the manner of 御嵩町 (岐阜県): **a target cell
  with the superseded target struck through (``<del>15,000</del>``) above the revised one**, **an 評価 column of
  ◎ / ○ / △ whose legend makes only ◎ an achievement**, a baseline cell dated ``（R元）``, a row in full-width digits;
* ``source/yasu_jimujigyo_hyoka_r5.xlsx``, a 事務事業評価シート in the manner of 野洲市 (滋賀県): **two indicator
  blocks side by side, 活動指標 left and 成果指標 right; the left block has no 単位 column, its unit stands in
  its heading ``（１）活動指標（単位：回）``**; a ``8,915※`` whose note explains a closure inside the year;
  and the portrait PDF;
* ``source/yabu_senryaku_kpi_r5.xlsx``, a 総合戦略 KPI 進捗管理表 in the manner of 養父市 (兵庫県): Western year
  heads with the 和暦 in brackets, **a ``△`` reduction KPI with a negative target**, **a ``進捗率（R5）``
  column of percentages that are no values**, **a slashed empty cell beside a ``―`` baseline**; ``千人``
  and ``百万円`` in 単位; and the landscape PDF.

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
    wb.properties.creator = "forms444/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms444/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms444_soffice_") as tmp:
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
# 蒲郡市 (愛知県): 蒲郡市まち・ひと・しごと創生推進計画 KPIの推移（令和5年度）, a workbook left as it is
# --------------------------------------------------------------------------------------------

# Real (furusato-funding.jp/projects/2022, city.gamagori.lg.jp kikaku): the plan's name, the 課, 1954年 市制,
# the 1985 peak of 85,580人, 80,037人 (2019), 約67,000人 (2040). Made up: the period, the KPIs, every figure.
GA_KPIS = [
    ("KPI①", "移住相談を経た転入者数（人）"),
    ("KPI②", "市内宿泊施設の宿泊者数（千人）"),
    ("KPI③", "企業版ふるさと納税の寄附額（千円）"),
    ("KPI④", "創業支援による新規創業件数（件）"),
]
GA_ROWS = [
    # 年度, 区分, KPI① … KPI④
    ("R2年度", "事業開始前", 12, 398, "―", 6),
    ("R3年度", "目標", 20, 450, 3000, 8),
    ("R3年度", "実績", 18, 421, 1500, 9),
    ("R4年度", "目標", 25, 520, 5000, 8),
    ("R4年度", "実績", 27, 538, 6200, 7),
    ("R5年度", "目標", 30, 600, 8000, 10),
    ("R5年度", "実績", 33, "612（見込）", 7450, 10),
]


def gamagori() -> Path:
    wb, ws = _sheet("KPIの推移", [11, 11, 25, 25, 25, 25])
    last = 6
    _text(
        ws,
        1,
        1,
        "蒲郡市まち・ひと・しごと創生推進計画　重要業績評価指標（KPI）の推移（令和５年度）",
        bold=True,
        size=13,
    )
    _merge(ws, 1, 1, 1, last)
    _text(ws, 2, last, "令和6年7月　企画政策課", align="right")
    r = _fields(
        ws,
        3,
        last,
        [
            ("地域再生計画の名称", "蒲郡市まち・ひと・しごと創生推進計画", 18),
            ("計画期間", "令和3年4月1日～令和6年3月31日（3か年）", 18),
            ("担当課", "企画政策課", 18),
            (
                "市の現状",
                "本市は1954年（昭和29年）に市制を施行した。人口は1985年（昭和60年）の85,580人をピークに減少に転じ、2019年（令和元年）には80,037人となった。国立社会保障・人口問題研究所の推計では、2040年には約67,000人まで減少する見込みである。",
                44,
            ),
        ],
    )
    r += 1
    _text(ws, r, 1, "■KPIの推移（年度別）", bold=True, size=11)
    r += 1
    h1, h2 = r, r + 1
    for c, word in ((1, "年度"), (2, "区分")):
        _put(ws, h1, c, word, header=True)
        _put(ws, h2, c, None, header=True)
        _merge(ws, h1, c, h2, c)
    for i, (label, name) in enumerate(GA_KPIS):
        _put(ws, h1, 3 + i, label, header=True)
        _put(ws, h2, 3 + i, name, header=True)
    ws.row_dimensions[h1].height = 16
    ws.row_dimensions[h2].height = 30
    r = h2 + 1
    first = {}
    for row in GA_ROWS:
        year, kubun, *vals = row
        if year in first:
            _put(ws, r, 1, None)
            _merge(ws, first[year], 1, r, 1)
        else:
            first[year] = r
            _put(ws, r, 1, year, align="center")
        _put(ws, r, 2, kubun, align="center", fill=LIGHT if kubun == "目標" else None)
        for i, v in enumerate(vals):
            _put(
                ws,
                r,
                3 + i,
                v,
                align="right" if not isinstance(v, str) or v != "―" else "center",
                fill=LIGHT if kubun == "目標" else None,
            )
        ws.row_dimensions[r].height = 18
        r += 1
    _span(ws, r, 1, 2, "達成状況（R5）", header=True)
    for i, word in enumerate(("達成", "達成", "未達成", "達成")):
        _put(ws, r, 3 + i, word, align="center", bold=True)
    ws.row_dimensions[r].height = 18
    r += 1
    for note in (
        "※KPI②のR5年度実績は、令和6年3月分を推計で補った見込値です（確定値は令和6年9月頃）。",
        "※KPI③は令和3年度に開始した取組のため、事業開始前の値はありません。",
        "※達成状況は、R5年度の実績が目標以上のものを「達成」としています。",
    ):
        _text(ws, r, 1, note)
        r += 1
    _page(ws, "landscape")
    out = HERE / "gamagori_suishin_kpi_r5.xlsx"
    _save(wb, out)
    return out


# --------------------------------------------------------------------------------------------
# 御嵩町 (岐阜県可児郡): 第2期御嵩町まち・ひと・しごと創生総合戦略 KPIの検証結果（令和6年度）, an HTML page
# --------------------------------------------------------------------------------------------

# Real (ja.wikipedia 御嵩町, jmedia.wiki, pedia.3rd-in.co.jp, gifu42.net): 56.69km², 約60% 山林, 17,516人 (2020年),
# 木曽川・可児川, 中山道の御嶽宿・伏見宿, 1955年 merger, 亜炭 (明治時代初期から) and its 廃坑. Assumed: the
# strategy's name and period. Made up: the 課, the 基本目標, the KPIs and every figure.
MITAKE_HTML = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>第2期総合戦略 KPIの検証結果（令和６年度） - 御嵩町</title>
</head>
<body>
<nav class="breadcrumb" aria-label="現在地">
<ol>
<li><a href="/">トップページ</a></li>
<li><a href="/gyosei/">町政情報</a></li>
<li><a href="/gyosei/keikaku/">計画・施策</a></li>
<li>第2期総合戦略 KPIの検証結果（令和６年度）</li>
</ol>
</nav>
<main>
<h1>第2期御嵩町まち・ひと・しごと創生総合戦略　KPIの検証結果（令和６年度）</h1>
<p class="date">更新日：2025年8月22日　担当：企画調整課</p>
<p>御嵩町は岐阜県の中南部、木曽川の南岸に位置し、面積56.69km²のおよそ60％を山林が占めています。人口は17,516人（令和2年国勢調査）で、2000年前後の約2万人をピークに減少が続いています。かつては中山道の御嶽宿・伏見宿として栄え、1955年（昭和30年）の合併で現在の町域となりました。</p>
<p>町では、令和2年度から令和6年度までの5年間を計画期間とする第2期総合戦略を定め、毎年度、外部有識者会議でKPIの検証を行っています。明治時代初期から採掘された亜炭の廃坑対策も、引き続き重要な課題です。最終年度となる令和6年度の検証結果をお知らせします。</p>
<h2>基本目標２　中山道の歴史と自然を活かし、訪れたいまちをつくる</h2>
<p>評価　◎：目標値を達成　○：目標値に届かないが基準値より改善　△：基準値より悪化</p>
<table class="kpi">
<thead>
<tr><th rowspan="2" scope="col">No.</th><th rowspan="2" scope="col">KPI</th><th rowspan="2" scope="col">単位</th><th rowspan="2" scope="col">基準値<br>（H30）</th><th colspan="3" scope="colgroup">実績値</th><th rowspan="2" scope="col">目標値<br>（R6）</th><th rowspan="2" scope="col">評価</th></tr>
<tr><th scope="col">令和4年度</th><th scope="col">令和5年度</th><th scope="col">令和6年度</th></tr>
</thead>
<tbody>
<tr><td>1</td><th scope="row">中山道みたけ館の入館者数</th><td>人</td><td>12,340</td><td>14,210</td><td>16,880</td><td>19,450</td><td><del>15,000</del><br>20,000<sup>※1</sup></td><td>○</td></tr>
<tr><td>2</td><th scope="row">観光ボランティアガイドの案内件数</th><td>件</td><td>85</td><td>92</td><td>118</td><td>131</td><td>120</td><td>◎</td></tr>
<tr><td>3</td><th scope="row">空き家バンクを通じた移住世帯数</th><td>世帯</td><td>3（R元）<sup>※2</sup></td><td>4</td><td>6</td><td>5</td><td>8</td><td>○</td></tr>
<tr><td>4</td><th scope="row">町内宿泊施設の宿泊者数</th><td>人</td><td>４，２１０</td><td>３，８５０</td><td>３，９９０</td><td>３，６２０</td><td>５，０００</td><td>△</td></tr>
<tr><td>5</td><th scope="row">亜炭廃坑の充填対策を終えた区域の面積</th><td>ha</td><td>12.5</td><td>20.3</td><td>24.8</td><td>30.4</td><td>30.0</td><td>◎</td></tr>
</tbody>
</table>
<p class="note">※1　No.1の目標値は、令和4年度の中間見直しで15,000人から20,000人に上方修正しました。</p>
<p class="note">※2　No.3の基準値は、空き家バンクを開設した令和元年度の値です。</p>
<p class="note">※　No.4は令和2年度から令和4年度まで、新型コロナウイルス感染症の影響を受けています。</p>
</main>
<footer><p>御嵩町役場　〒505-0192 岐阜県可児郡御嵩町御嵩1239番地1</p></footer>
</body>
</html>
"""


def mitake() -> None:
    (HERE / "mitake_senryaku_kpi_r6.html").write_bytes(MITAKE_HTML.encode("utf-8"))


# --------------------------------------------------------------------------------------------
# 野洲市 (滋賀県): 事務事業評価シート「歴史民俗博物館（銅鐸博物館）管理運営事業」（令和5年度実施分）, portrait PDF
# --------------------------------------------------------------------------------------------

# Real (city.yasu.lg.jp 1454461763726, tabi.jtb.or.jp, ja.wikipedia 野洲市, eonet.ne.jp/~yuusan): 24 銅鐸 (1881年に14個、
# 1962年に10個), 134.7cm, 銅鐸博物館 and 弥生の森, 大人300円, 2004年 merger of 野洲町 and 中主町, 80.15km², 50,037人,
# the 文化財保護課 (a 課 of the city seen on a page). Made up: the 総合計画 wording, the period, the indicators, every figure.
YA_LEFT = [
    ("企画展・テーマ展の開催回数", 4, 4, 4),
    ("体験学習（まが玉づくり等）の実施回数", 36, 40, 42),
]
YA_RIGHT = [
    ("入館者数", "人", 7820, 10000, "8,915※"),
    ("体験学習参加者の満足度", "％", 91.2, 90.0, 93.5),
]


def yasu() -> Path:
    wb, ws = _sheet("評価シート", [22, 8, 8, 8, 2, 20, 6, 8, 8, 8])
    last = 10
    _text(ws, 1, 1, "令和６年度　事務事業評価シート（令和５年度実施分）", bold=True, size=13)
    _merge(ws, 1, 1, 1, last)
    _text(ws, 2, last, "作成日　令和6年7月12日", align="right")
    _text(ws, 4, 1, "１　事業の概要", bold=True, size=11)
    r = _fields(
        ws,
        5,
        last,
        [
            ("事務事業名", "歴史民俗博物館（銅鐸博物館）管理運営事業", 18),
            ("担当課", "文化財保護課", 18),
            (
                "総合計画の位置付け",
                "野洲市総合計画　基本目標３　ふるさとの歴史と文化を次代につなぐまち",
                18,
            ),
            ("事業期間", "平成16年度～（継続）", 18),
            (
                "事業の概要",
                "大岩山からは1881年（明治14年）に14個、1962年（昭和37年）に10個、あわせて24個の銅鐸が出土し、その中には高さ134.7cmの日本最大の銅鐸がある。銅鐸博物館では出土銅鐸の展示、企画展・テーマ展の開催、弥生の森歴史公園での体験学習を行う（入館料　大人300円、市民は無料）。",
                56,
            ),
        ],
    )
    r += 1
    _text(ws, r, 1, "２　事業の指標", bold=True, size=11)
    r += 1
    _text(ws, r, 1, "（１）活動指標（単位：回）", bold=True)
    _text(ws, r, 6, "（２）成果指標", bold=True)
    r += 1
    for c, word in ((1, "指標名"), (2, "R4実績"), (3, "R5目標"), (4, "R5実績")):
        _put(ws, r, c, word, header=True)
    for c, word in ((6, "指標名"), (7, "単位"), (8, "R4実績"), (9, "R5目標"), (10, "R5実績")):
        _put(ws, r, c, word, header=True)
    ws.row_dimensions[r].height = 18
    r += 1
    for (ln, *lv), (rn, ru, *rv) in zip(YA_LEFT, YA_RIGHT):
        _put(ws, r, 1, ln)
        for i, v in enumerate(lv):
            _put(ws, r, 2 + i, v)
        _put(ws, r, 6, rn)
        _put(ws, r, 7, ru, align="center")
        for i, v in enumerate(rv):
            _put(ws, r, 8 + i, v, align="right", fmt="0.0" if isinstance(v, float) else None)
        ws.row_dimensions[r].height = 30
        r += 1
    _text(
        ws, r, 6, "※令和5年7月～9月は空調設備改修工事のため休館（開館日数は例年より約80日少ない）。"
    )
    r += 2
    _text(ws, r, 1, "３　評価", bold=True, size=11)
    r += 1
    r = _fields(
        ws,
        r,
        last,
        [
            ("総合評価", "Ｂ（概ね順調）", 18),
            (
                "判断理由",
                "休館により入館者数は目標の10,000人に届かなかったが、開館期間中の1日当たり入館者数は前年度を上回った。体験学習は出張講座を含め42回実施し、参加者の満足度も9割を超えた。",
                44,
            ),
        ],
    )
    _page(ws, "portrait")
    out = SOURCE / "yasu_jimujigyo_hyoka_r5.xlsx"
    _save(wb, out)
    return out


# --------------------------------------------------------------------------------------------
# 養父市 (兵庫県): 第2期養父市まち・ひと・しごと創生総合戦略 KPI進捗管理表（令和5年度）, landscape PDF
# --------------------------------------------------------------------------------------------

# Real (furusato-funding.jp/projects/2152, city.yabu.hyogo.jp 4578, happylibus 633731): 2004年（平成16年） merger of
# 4町, 422.91km², 氷ノ山 1,510m, ハチ高原, 国家戦略特区 (2014年), 40,740人 (1965年) and 24,288人 (2015年).
# Assumed: the strategy's name and period. Made up: the 課, the 基本目標, the KPIs and every figure.
YB_ROWS = [
    # No., name, unit, base H30, 2021, 2022, 2023 target, 2023 actual, target 2024, 進捗率
    (1, "国家戦略特区を活用して農業に参入した法人数", "法人", 11, 13, 14, 15, 15, 16, "100.0%"),
    (
        2,
        "耕作放棄地面積の増減（H30比）",
        "ha",
        "―",
        "△8.2",
        "△12.5",
        "△15.0",
        "△13.1",
        "△20.0",
        "87.3%",
    ),
    (3, "氷ノ山・ハチ高原エリアの観光入込客数", "千人", 612, 298, 455, 520, 548, 650, "105.4%"),
    (4, "農産物直売所の販売額", "百万円", 186, 201, 214, 220, 209, 240, "95.0%"),
    (5, "スマート農業技術を導入した経営体数", "経営体", "―", None, 3, 5, 6, 10, "120.0%"),
]


def yabu() -> Path:
    wb, ws = _sheet("KPI進捗管理表", [5, 36, 8, 11, 12, 12, 10, 10, 13, 11])
    last = 10
    _text(
        ws,
        1,
        1,
        "第2期養父市まち・ひと・しごと創生総合戦略　KPI進捗管理表（令和５年度）",
        bold=True,
        size=13,
    )
    _merge(ws, 1, 1, 1, last)
    _text(ws, 2, last, "令和6年9月", align="right")
    r = _fields(
        ws,
        3,
        last,
        [
            ("戦略の名称", "第2期養父市まち・ひと・しごと創生総合戦略", 18),
            ("計画期間", "令和2年度～令和6年度（5年間）", 18),
            ("担当課", "政策推進課", 18),
            (
                "市の概要",
                "本市は2004年（平成16年）に養父郡の4町が合併して誕生した。面積は422.91km²で、西部には県下最高峰の氷ノ山（標高1,510m）やハチ高原が広がる。2014年（平成26年）に国家戦略特区の指定を受けた。人口は1965年の40,740人から2015年には24,288人まで減少している。",
                44,
            ),
        ],
    )
    r += 1
    _text(ws, r, 1, "■基本目標１　農業を核とした産業の振興で、しごとをつくる", bold=True, size=11)
    _text(ws, r, last, "進捗率＝R5実績÷R5目標（No.2は減少幅で算出）", align="right")
    r += 1
    h1, h2 = r, r + 1
    for c, word in (
        (1, "No."),
        (2, "重要業績評価指標（KPI）"),
        (3, "単位"),
        (4, "基準値（H30）"),
        (9, "目標値（2024年度）"),
        (10, "進捗率（R5）"),
    ):
        _put(ws, h1, c, word, header=True)
        _put(ws, h2, c, None, header=True)
        _merge(ws, h1, c, h2, c)
    _span(ws, h1, 5, 6, "実績値", header=True)
    _span(ws, h1, 7, 8, "2023年度（R5）", header=True)
    for c, word in ((5, "2021年度（R3）"), (6, "2022年度（R4）"), (7, "目標"), (8, "実績")):
        _put(ws, h2, c, word, header=True)
    ws.row_dimensions[h1].height = 18
    ws.row_dimensions[h2].height = 18
    r = h2 + 1
    for row in YB_ROWS:
        for c, v in enumerate(row, start=1):
            if v is None:
                ws.cell(row=r, column=c).border = SLASH
                continue
            align = "center" if c in (1, 3) or v == "―" else ("right" if c >= 4 else None)
            _put(ws, r, c, v, align=align, fmt="#,##0.0" if isinstance(v, float) else None)
        ws.row_dimensions[r].height = 20
        r += 1
    for note in (
        "※No.2は平成30年度末からの増減（△は減少）。目標は△20.0ha（20.0haの減少）。",
        "※No.5は令和4年度に追加した指標のため、基準値及び2021年度実績はありません。",
        "※No.3の2021年度は新型コロナウイルス感染症の影響により、ハチ高原のイベントを中止しています。",
    ):
        _text(ws, r, 1, note)
        r += 1
    _page(ws, "landscape")
    out = SOURCE / "yabu_senryaku_kpi_r5.xlsx"
    _save(wb, out)
    return out


def main() -> None:
    no_pdf = "--no-pdf" in sys.argv[1:]
    gamagori()
    mitake()
    for xlsx in (yasu(), yabu()):
        if not no_pdf:
            to_pdf(xlsx)


if __name__ == "__main__":
    main()
