"""Build the documents of forms374/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/urahoro_jimujigyo_hyoka_r5.xlsx``, a 事務事業評価シート in the manner of 浦幌町 (北海道): a 区分
  column merged over 活動指標（アウトプット） / 成果指標（アウトカム）, **each indicator in a 計画 row and a 実績
  row, one row pair labelled ``計画（累計）`` / ``実績（累計）``**, a mixed cell ``48件（うちオンライン21件）`` and a
  money table under the indicators; and the PDF (portrait);
* ``yahaba_zenki_seika_r6.html``, a 総合計画 成果指標の進捗状況 page in the manner of 矢巾町 (岩手県):
  breadcrumb, ``<h1>``, date line, a two-row ``<thead>``, ``<th rowspan>`` 施策 cells, a 進捗率 column,
  **an actual ``17<sup>※1</sup>`` that a note dates to 令和6年12月末**, full-width digits;
* ``shirataka_kofukin_kensho_r5.xlsx``, a 交付金 効果検証シート in the manner of 白鷹町 (山形県), a workbook
  left as it is: **two tables on one sheet**, 数値目標 in calendar years (``2019年``) with **a share kept as a
  fraction under a ``0.0%`` number format**, and KPI in 増加分 with 目標値 / 実績値 rows and a 累計 column;
* ``source/kagamiishi_senryaku_kpi_saishu_r6.xlsx``, a 総合戦略 最終検証 in the manner of 鏡石町 (福島県):
  **shaded 基本目標 band rows that carry their own 数値目標 and its values**, KPI rows under them, ``▲``
  and ``±0``, a ``中止`` cell, ``千人``; and the PDF (landscape).

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
    wb.properties.creator = "forms374/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms374/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms374_soffice_") as tmp:
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


def _field(ws, row, key, value, c2, height=18):
    """A form field: a shaded key cell in column 1-2, the value merged over 3..c2."""
    _span(ws, row, 1, 2, key, header=True)
    _span(ws, row, 3, c2, value, valign="center")
    ws.row_dimensions[row].height = height


# --------------------------------------------------------------------------------------------
# 浦幌町 (北海道十勝郡): 事務事業評価シート（令和5年度実施事業） 移住・定住促進事業
# --------------------------------------------------------------------------------------------

# Real: 昭和34年の14,482人 (peak), the strategy's name. Made up: the sheet, 課, every figure.
UH_ROWS = [
    # (区分 row index, No., name, unit, [(row word, values R3..R6)])
    (
        "1",
        "お試し暮らし住宅の利用組数",
        "組",
        [("計画", [10, 12, 12, 12]), ("実績", [9, 14, 11, ""])],
    ),
    (
        "2",
        "移住相談件数",
        "件",
        [("計画", [30, 30, 40, 40]), ("実績", ["２６", 35, "48件（うちオンライン21件）", ""])],
    ),
    (
        "3",
        "本事業を利用した移住者数",
        "人",
        [("計画（累計）", [8, 16, 26, 36]), ("実績（累計）", [5, 14, 21, ""])],
    ),
    (
        "4",
        "お試し暮らし利用組のうち移住に至った割合",
        "％",
        [("計画", [20.0, 20.0, 25.0, 25.0]), ("実績", [11.1, 21.4, 27.3, ""])],
    ),
]


def urahoro() -> Path:
    wb, ws = _sheet("評価シート", [13, 5, 30, 6, 11, 10, 10, 22, 12])
    _text(ws, 1, 1, "令和６年度　事務事業評価シート（令和５年度実施事業）", bold=True, size=14)
    _text(ws, 2, 9, "令和6年8月　浦幌町", size=9, align="right")
    _text(ws, 3, 1, "１　事業の概要", bold=True, size=11)
    _field(ws, 4, "事務事業名", "移住・定住促進事業", 9)
    _field(ws, 5, "担当課", "まちづくり政策課", 9)
    _field(
        ws,
        6,
        "総合戦略上の位置付け",
        "浦幌町まち・ひと・しごと創生総合戦略　基本目標２　新しいひとの流れをつくる",
        9,
    )
    _field(ws, 7, "事業期間", "平成28年度～令和7年度", 9)
    _span(ws, 8, 1, 2, "事業の概要", header=True)
    _para(
        ws,
        8,
        3,
        9,
        "本町の人口は昭和34年の14,482人をピークに減少を続けている。移住希望者向けのお試し暮らし住宅（2棟）の貸出し、"
        "移住相談窓口の運営、町外からの転入者が住宅を取得する際の補助（上限100万円）を行い、移住・定住を促進する。",
        48,
        border=True,
    )
    _text(ws, 10, 1, "２　指標の推移", bold=True, size=11)
    h = 11
    for c, word in enumerate(
        ["区分", "No.", "指標名", "単位", "", "R3年度", "R4年度", "R5年度", "R6年度"], start=1
    ):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 22
    r = h + 1
    for i, (no, name, unit, pairs) in enumerate(UH_ROWS):
        if i in (0, 2):
            _put(
                ws,
                r,
                1,
                "活動指標\n（アウトプット）" if i == 0 else "成果指標\n（アウトカム）",
                align="center",
            )
            _merge(ws, r, 1, r + 3, 1)
        for j, (word, vals) in enumerate(pairs):
            if j == 0:
                _put(ws, r, 2, no, align="center")
                _put(ws, r, 3, name)
                _put(ws, r, 4, unit, align="center")
            _put(ws, r + j, 5, word, align="center", size=8)
            for k, v in enumerate(vals):
                fmt = "0.0" if isinstance(v, float) else None
                _put(ws, r + j, 6 + k, v, align="right", fmt=fmt)
            ws.row_dimensions[r + j].height = 20
        for c in (2, 3, 4):
            _merge(ws, r, c, r + 1, c)
        r += 2
    _notes(
        ws,
        r,
        [
            "※R6年度の実績は、令和7年度の評価シートで記載します。",
            "※No.3は、R3年度からの累計人数です。",
        ],
    )
    r += 3
    _text(ws, r, 1, "３　事業費の推移（単位：千円）", bold=True, size=11)
    r += 1
    for c, word in enumerate(
        ["", "", "区分", "", "", "R3年度", "R4年度", "R5年度", "R6年度（予算）"], start=1
    ):
        if c >= 3:
            _put(ws, r, c, word, header=True)
    _merge(ws, r, 3, r, 5)
    for j, (word, vals) in enumerate(
        [("事業費", [7210, 8005, 8640, 9100]), ("うち一般財源", [3605, 4002, 4320, 4550])]
    ):
        _put(ws, r + 1 + j, 3, word)
        _put(ws, r + 1 + j, 4, None)
        _put(ws, r + 1 + j, 5, None)
        _merge(ws, r + 1 + j, 3, r + 1 + j, 5)
        for k, v in enumerate(vals):
            _put(ws, r + 1 + j, 6 + k, v)
    r += 4
    _text(ws, r, 1, "４　評価", bold=True, size=11)
    _field(
        ws,
        r + 1,
        "総合評価",
        "Ｂ　概ね順調に推移している（相談件数は増加したが、移住者数は計画を下回った）",
        9,
        height=22,
    )
    _page(ws, "portrait")
    path = SOURCE / "urahoro_jimujigyo_hyoka_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 矢巾町 (岩手県紫波郡): 第8次矢巾町総合計画 前期基本計画 成果指標の進捗状況（令和6年度）
# --------------------------------------------------------------------------------------------

# Real: the plan, its periods (R6～R13, 前期 R6～R9), 人口30,000人を目標, 施策の柱1 and the 施策 names.
# Made up: the page, its date, the 課, every indicator and figure, the notes.
YAHABA_HTML = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>第8次矢巾町総合計画 前期基本計画 成果指標の進捗状況（令和6年度） | 矢巾町</title>
</head>
<body>
<nav class="breadcrumb"><ol>
<li><a href="/">トップページ</a></li>
<li><a href="/chosei/">町政情報</a></li>
<li><a href="/chosei/keikaku/">計画・施策</a></li>
<li><a href="/chosei/keikaku/sogo8/">第8次矢巾町総合計画</a></li>
<li>成果指標の進捗状況（令和6年度）</li>
</ol></nav>
<main>
<h1>第8次矢巾町総合計画 前期基本計画 成果指標の進捗状況（令和6年度）</h1>
<p class="date">掲載日：2025年8月20日　担当：企画財政課</p>
<p>第8次矢巾町総合計画は、令和6年度から令和13年度までの8年間を計画期間とし、人口30,000人を目標に掲げています。前期基本計画（令和6年度～令和9年度）では、4つの施策の柱ごとに成果指標を設定しています。</p>
<p>このページでは、施策の柱１の成果指標について、計画初年度である令和6年度の実績をお知らせします。進捗率は、基準値から前期目標までの伸びに対する令和6年度実績の伸びの割合です。</p>
<h2>施策の柱１　元気を発信し活力を呼び込むまちづくり</h2>
<table border="1">
<thead>
<tr><th rowspan="2" scope="col">施策</th><th rowspan="2" scope="col">成果指標</th><th rowspan="2" scope="col">単位</th><th rowspan="2" scope="col">基準値<br>（R4）</th><th colspan="2" scope="colgroup">令和6年度</th><th rowspan="2" scope="col">前期目標<br>（R9）</th><th rowspan="2" scope="col">進捗率</th></tr>
<tr><th scope="col">目標</th><th scope="col">実績</th></tr>
</thead>
<tbody>
<tr><th rowspan="2" scope="rowgroup">(1) 地域経済の好循環の構築</th><td>町内で買い物をする町民の割合</td><td>％</td><td>58.2</td><td>60.0</td><td>61.4</td><td>65.0</td><td>47.1%</td></tr>
<tr><td>町内事業所の新規開業件数</td><td>件</td><td>12</td><td>14</td><td>17<sup>※1</sup></td><td>16</td><td>125.0%</td></tr>
</tbody>
<tbody>
<tr><th rowspan="3" scope="rowgroup">(3) 農業従事者と後継者の確保</th><td>新規就農者数</td><td>人</td><td>３</td><td>４</td><td>５</td><td>5</td><td>100.0%</td></tr>
<tr><td>認定農業者数</td><td>経営体</td><td>182</td><td>180</td><td>176</td><td>180</td><td>―</td></tr>
<tr><td>農地の集積率</td><td>％</td><td>68.5</td><td>―</td><td>69.8</td><td>75.0</td><td>20.0%</td></tr>
</tbody>
</table>
<p class="note">※1　令和6年12月末現在の件数です（令和6年度の確定値は令和7年9月に公表予定）。<br>
※認定農業者数は、基準値を上回らない目標としているため、進捗率を算出していません。<br>
※農地の集積率は、年度ごとの目標を設けていません。</p>
</main>
<footer><p>矢巾町役場　企画財政課</p></footer>
</body>
</html>
"""


def yahaba() -> Path:
    path = HERE / "yahaba_zenki_seika_r6.html"
    path.write_bytes(YAHABA_HTML.encode("utf-8"))
    return path


# --------------------------------------------------------------------------------------------
# 白鷹町 (山形県西置賜郡): 地方創生推進交付金事業 効果検証シート（令和5年度）
# --------------------------------------------------------------------------------------------

# Real: 置賜盆地の最北部, 最上川, 紅花生産量日本一, 「日本の紅（あか）をつくる町」, 14,351人 (H29.1.1).
# Made up: the plan's name and period, the 課, every figure.
SH_GOALS = [
    ("①", "観光入込客数", "人", 612000, 548300, 650000, "#,##0"),
    ("②", "紅花作付面積", "ha", 10.2, 11.5, 12.0, "0.0"),
    ("③", "「これからも白鷹町に住み続けたい」と答えた町民の割合", "％", 0.712, 0.735, 0.75, "0.0%"),
]
SH_KPIS = [
    (
        "KPI①",
        "紅花関連商品の販売額",
        "千円",
        18000,
        [1500, 2000, 2500, 6000],
        [1820, 950, 2730, 5500],
    ),
    ("KPI②", "紅花摘み体験の参加者数", "人", 420, [80, 100, 120, 300], [35, 112, 164, 311]),
]


def shirataka() -> Path:
    wb, ws = _sheet("効果検証", [7, 30, 7, 13, 13, 13, 13, 13, 13])
    _text(ws, 1, 1, "地方創生推進交付金事業　効果検証シート（令和５年度）", bold=True, size=14)
    _text(ws, 2, 9, "令和6年7月　白鷹町", align="right")
    _field(
        ws, 3, "地域再生計画の名称", "「日本の紅（あか）をつくる町」しらたか交流・しごと創生計画", 9
    )
    _field(ws, 4, "計画期間", "令和3年4月1日～令和6年3月31日（3か年）", 9)
    _field(ws, 5, "担当課", "企画政策課", 9)
    _span(ws, 6, 1, 2, "町の概要", header=True)
    _para(
        ws,
        6,
        3,
        9,
        "本町は置賜盆地の最北部に位置し、最上川が町の中央を南北に流れています。紅花の生産量は日本一で、"
        "人口は14,351人（平成29年1月1日現在）。本計画の総事業費は3か年で45,600千円です。",
        36,
        border=True,
    )
    _text(ws, 8, 1, "１　数値目標（地域再生計画の目標）", bold=True, size=11)
    h = 9
    for c, word in enumerate(
        ["No.", "指標", "単位", "基準値\n（2019年）", "実績値\n（2023年）", "目標値\n（2023年）"],
        start=1,
    ):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 30
    r = h + 1
    for no, name, unit, base, act, goal, fmt in SH_GOALS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for c, v in zip((4, 5, 6), (base, act, goal)):
            _put(ws, r, c, v, fmt=fmt)
        ws.row_dimensions[r].height = 28
        r += 1
    _notes(ws, r, ["※数値目標は、いずれも暦年（1月～12月）の値です。③は町民アンケートによります。"])
    r += 2
    _text(ws, r, 1, "２　重要業績評価指標（KPI）", bold=True, size=11)
    h = r + 1
    _head2(
        ws,
        h,
        [
            (1, "No."),
            (2, "重要業績評価指標（KPI）"),
            (3, "単位"),
            (4, "事業開始前\n（現時点）"),
            (5, "区分"),
            (9, "KPI増加分\nの累計"),
        ],
        [
            (
                6,
                8,
                "各年度の増加分",
                ["令和3年度\n（1年目）", "令和4年度\n（2年目）", "令和5年度\n（3年目）"],
            )
        ],
    )
    ws.row_dimensions[h + 1].height = 30
    r = h + 2
    for no, name, unit, base, targets, actuals in SH_KPIS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _put(ws, r, 4, base)
        for c in (1, 2, 3, 4):
            _put(ws, r + 1, c, None)
            _merge(ws, r, c, r + 1, c)
        for j, (word, vals) in enumerate([("目標値", targets), ("実績値", actuals)]):
            _put(ws, r + j, 5, word, align="center")
            for k, v in enumerate(vals):
                _put(ws, r + j, 6 + k, v)
            ws.row_dimensions[r + j].height = 20
        r += 2
    _notes(
        ws,
        r,
        [
            "※各年度の欄は、事業開始前（現時点）からのその年度の増加分です。",
            "※KPI増加分の累計は、各年度の増加分の合計です。",
        ],
    )
    _page(ws, "landscape")
    path = HERE / "shirataka_kofukin_kensho_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 鏡石町 (福島県岩瀬郡): 第2期鏡石町まち・ひと・しごと創生総合戦略 数値目標・KPIの最終検証（令和6年度）
# --------------------------------------------------------------------------------------------

# Real: 31.30km², 12,042人 (2024年8月1日), 岩瀬牧場 (1880年), 「牧場の朝」, 田んぼアート (平成24年から),
# 岩瀬きゅうり. Assumed: the strategy's name and period. Made up: the 課, every figure.
KG_BANDS = [
    (
        "基本目標１　安定した雇用をつくる　〔数値目標〕町内事業所の従業者数（人）",
        [5820, 5790, 5902, 5955, 6010, 6040, 6000, "達成"],
        [
            ("1", "創業支援による創業件数", "件", [2, 3, "２", 4, 3, 5, 4, "達成"]),
            (
                "2",
                "岩瀬きゅうりの出荷量",
                "t",
                [1240, 1198, 1215, 1160, 1102, 1135, 1300, "未達成"],
            ),
        ],
    ),
    (
        "基本目標２　新しいひとの流れをつくる　〔数値目標〕社会増減数（人）",
        ["▲45", "▲38", "▲21", "▲30", "▲12", "▲8", "±0", "未達成"],
        [
            (
                "3",
                "田んぼアート来場者数",
                "人",
                [8500, "中止", 4200, 7900, 9150, 9820, 10000, "未達成"],
            ),
            ("4", "岩瀬牧場の入込客数", "千人", [62.4, 38.5, 45.1, 58.7, 66.0, 71.3, 70.0, "達成"]),
        ],
    ),
]


def kagamiishi() -> Path:
    wb, ws = _sheet("KPI検証", [5, 36, 7, 10, 9, 9, 9, 9, 9, 10, 8])
    _text(
        ws,
        1,
        1,
        "第２期鏡石町まち・ひと・しごと創生総合戦略　数値目標・ＫＰＩの最終検証（令和６年度）",
        bold=True,
        size=14,
    )
    _text(ws, 2, 11, "令和7年8月　鏡石町", align="right")
    _field(ws, 3, "計画期間", "令和2年度～令和6年度（5年間）", 11)
    _field(ws, 4, "担当課", "企画課", 11)
    _span(ws, 5, 1, 2, "町の概要", header=True)
    _para(
        ws,
        5,
        3,
        11,
        "本町は福島県中通りの中南部に位置し、面積31.30km²、人口12,042人（2024年8月1日現在）のコンパクトな町です。"
        "唱歌「牧場の朝」のモデルとなった岩瀬牧場（1880年開設）があり、平成24年からは田んぼアートに取り組んでいます。",
        34,
        border=True,
    )
    _text(ws, 7, 1, "２　数値目標及びＫＰＩの推移", bold=True, size=11)
    h = 8
    _head2(
        ws,
        h,
        [
            (1, "No."),
            (2, "指標"),
            (3, "単位"),
            (4, "基準値\n（H30）"),
            (10, "目標値\n（R6）"),
            (11, "評価"),
        ],
        [(5, 9, "実績値", ["R2", "R3", "R4", "R5", "R6"])],
    )
    r = h + 2
    for band, gvals, kpis in KG_BANDS:
        _span(ws, r, 1, 3, band, bold=True, fill=LIGHT, size=9)
        for k, v in enumerate(gvals):
            c = _put(ws, r, 4 + k, v, align="center" if isinstance(v, str) else "right", bold=True)
            c.fill = LIGHT
        ws.row_dimensions[r].height = 30
        r += 1
        for no, name, unit, vals in kpis:
            _put(ws, r, 1, no, align="center")
            _put(ws, r, 2, name)
            _put(ws, r, 3, unit, align="center")
            for k, v in enumerate(vals):
                fmt = "0.0" if isinstance(v, float) else None
                _put(ws, r, 4 + k, v, align="center" if isinstance(v, str) else "right", fmt=fmt)
            ws.row_dimensions[r].height = 22
            r += 1
    _notes(
        ws,
        r,
        [
            "※網掛けの行は、基本目標ごとの数値目標です。評価は、R6の実績値が目標値以上のものを「達成」としています。",
            "※R2の田んぼアートは、新型コロナウイルス感染症の影響により公開を中止しました。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "kagamiishi_senryaku_kpi_saishu_r6.xlsx"
    _save(wb, path)
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (urahoro, kagamiishi):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {shirataka().name}")
    print(f"wrote {yahaba().name}")


if __name__ == "__main__":
    main()
