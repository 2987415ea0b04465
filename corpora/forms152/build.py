"""Build the built documents of forms152/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/koshu_shisaku_hyoka_h30.xlsx``, a 施策評価シート in the manner of 甲州市 (山梨県): a form block
  (将来像, 政策, 施策, 主担当課, 施策事業費 in 千円) over a 成果指標 grid ``No. | 成果指標 | 単位 | 基準値（H27） |
  実績値 (H28 | H29) | 目標値（H33） | 進捗率（H29）`` with scale words in 単位 (千人, 百万円), a ``―`` actual and
  **a target cell carrying its own earlier year (``400（H29）``) under the H33 header**; and the PDF;
* ``source/agano_senryaku_kpi_h30.xlsx``, a 総合戦略 KPI 進捗 sheet in the manner of 阿賀野市 (新潟県): a
  ``区分`` column (数値目標/KPI), ``目標 | 実績`` under each of H28年度 … H30年度, 最終目標（H31）, an A/B/C 評価 with
  a legend, ``集計中`` and ``-`` actuals, 千人 in 単位, money in a field; and the PDF;
* ``source/asahi_dx_kpi_r5.xlsx``, a KPI 実績報告 in the manner of 朝日町 (富山県): a 町の現状 paragraph full of
  census figures, ``■`` 取組 rows spanning the grid, a baseline dated to a month end (R5.3末), targets for
  R5, R6 and R7 with one R5 actual, 千件 in 単位, ``ヵ所``, a ``―`` baseline, money notes; and the PDF;
* ``tone_kensho_r4.html``, a 効果検証 results page in the manner of 利根町 (茨城県): one table per 基本目標,
  a ``数値目標`` row over a spanning ``重要業績評価指標（KPI）`` row, Western-year headers (2020年度 …),
  units inside the value cells, ``延べ`` values, a unitless rate, prose with money and a population figure.

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
    wb.properties.creator = "forms152/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms152/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms152_soffice_") as tmp:
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


# --------------------------------------------------------------------------------------------
# 玉野市 (岡山県): 平成27年度 玉野市行政改革大綱実施計画に基づく取組内容等について
# --------------------------------------------------------------------------------------------


def _field(ws, r, label, value, height=18) -> None:
    """A form-block row: a shaded label merged over A..B and a value merged over C..H."""
    _span(ws, r, 1, 2, label, header=True)
    _span(ws, r, 3, 8, value)
    ws.row_dimensions[r].height = height


# --------------------------------------------------------------------------------------------
# 甲州市 (山梨県): 第2次甲州市総合計画 施策評価シート
# --------------------------------------------------------------------------------------------

# Real: 第2次甲州市総合計画, the 将来像 wording of the city's plan page, 果樹園 and 交流 as the city's themes.
# Made up: the sheet, 政策/施策, 課, money, every indicator and figure.
KOSHU = [
    # No., 成果指標, 単位, 基準値（H27）, H28, H29, 目標値（H33）, 進捗率（H29）
    (1, "認定農業者数", "経営体", 412, 418, 425, 450, "34.2%"),
    (2, "果樹園の遊休農地面積", "ha", 128.5, 126.0, 121.3, 110.0, "38.9%"),
    (3, "果実加工品の新商品開発件数", "件", 2, 3, "―", 5, "―"),
    (4, "観光農園入園者数", "千人", 385.2, 391.0, 402.6, "400（H29）", "117.6%"),
    (5, "農産物直売所の販売額", "百万円", 512, 530, 548, 600, "40.9%"),
]


def koshu() -> Path:
    wb, ws = _sheet("施策評価", [6, 30, 9, 12, 11, 11, 13, 12])
    _page(ws, "portrait")
    _text(ws, 1, 1, "平成30年度　甲州市施策評価シート（平成29年度実績）", bold=True, size=13)
    _text(ws, 2, 8, "第2次甲州市総合計画", align="right")
    _field(ws, 4, "将来像", "豊かな自然　歴史と文化に彩られた果樹園交流のまち　甲州市")
    _field(ws, 5, "政策", "3　果樹園交流を活かした活力ある産業のまちづくり")
    _field(ws, 6, "施策", "3-1　果樹農業の振興")
    _field(ws, 7, "主担当課", "農林振興課")
    _field(ws, 8, "施策事業費（H29決算）", "186,420千円（うち一般財源 97,305千円）")
    _text(ws, 10, 1, "成果指標の状況", bold=True, size=10)
    h = 11
    _head2(
        ws,
        h,
        [
            (1, "No."),
            (2, "成果指標"),
            (3, "単位"),
            (4, "基準値（H27）"),
            (7, "目標値（H33）"),
            (8, "進捗率（H29）"),
        ],
        [(5, 6, "実績値", ["H28", "H29"])],
    )
    for i, (no, name, unit, base, a28, a29, goal, rate) in enumerate(KOSHU):
        r = h + 2 + i
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        fmt = "#,##0.0" if isinstance(base, float) else None
        _vals(ws, r, 4, [base, a28, a29, goal], fmts={0: fmt, 1: fmt, 2: fmt, 3: fmt})
        _put(ws, r, 8, rate, align="right" if rate != "―" else "center")
        ws.row_dimensions[r].height = 20
    n = h + 2 + len(KOSHU)
    _notes(
        ws,
        n,
        [
            "※進捗率＝（H29実績－基準値）÷（目標値－基準値）。",
            "※No.4は第1次計画の目標（H29）を引き継いでおり、目標年度に到達した。",
            "※No.3はH29の実績なし（開発支援の公募を見送り）。",
        ],
    )
    path = SOURCE / "koshu_shisaku_hyoka_h30.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 阿賀野市 (新潟県): 阿賀野市まち・ひと・しごと創生総合戦略 KPI進捗状況
# --------------------------------------------------------------------------------------------

# Real: 阿賀野市, 水原駅, 瓢湖 (its swans). Made up: the sheet, date, 課, 基本目標 wording, indicators, figures.
AGANO = [
    # 区分, 指標, 単位, 基準値（H26）, H28 目標/実績, H29 目標/実績, H30 目標/実績, 最終目標（H31）, 評価
    ("数値目標", "観光入込客数", "千人", 1052, 1070, 1081, 1090, 1066, 1110, 1098, 1130, "B"),
    (
        "KPI",
        "瓢湖の白鳥観察者数",
        "人",
        98400,
        100000,
        102310,
        102000,
        99870,
        104000,
        "集計中",
        106000,
        "―",
    ),
    ("KPI", "水原駅の1日平均乗車人員", "人", 1380, 1390, 1371, 1400, 1365, 1410, 1352, 1420, "C"),
    ("KPI", "移住相談件数", "件", 12, 20, 24, 25, 31, 30, 36, 40, "A"),
    ("KPI", "空き家バンク成約件数", "件", 5, 8, 9, 10, 12, 12, "-", 15, "―"),
]


def agano() -> Path:
    wb, ws = _sheet("KPI進捗", [9, 26, 7, 11, 9, 9, 9, 9, 9, 9, 11, 6])
    _page(ws, "landscape")
    _text(
        ws,
        1,
        1,
        "阿賀野市まち・ひと・しごと創生総合戦略　KPI進捗状況（平成30年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 12, "令和元年7月　阿賀野市企画政策課", align="right")
    _text(ws, 4, 1, "基本目標2　阿賀野市への新しいひとの流れをつくる", bold=True, size=11)
    _put(ws, 5, 1, "関連事業費", header=True)
    _span(ws, 5, 2, 4, "H30決算　48,630千円")
    h = 7
    _head2(
        ws,
        h,
        [
            (1, "区分"),
            (2, "指標"),
            (3, "単位"),
            (4, "基準値（H26）"),
            (11, "最終目標（H31）"),
            (12, "評価"),
        ],
        [
            (5, 6, "H28年度", ["目標", "実績"]),
            (7, 8, "H29年度", ["目標", "実績"]),
            (9, 10, "H30年度", ["目標", "実績"]),
        ],
    )
    for i, row in enumerate(AGANO):
        r = h + 2 + i
        kind, name, unit, *vals, grade = row
        _put(ws, r, 1, kind, align="center", fill=LIGHT if kind == "数値目標" else None)
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate(vals):
            _put(ws, r, 4 + j, v, align="right" if isinstance(v, int) else "center")
        _put(ws, r, 12, grade, align="center")
        ws.row_dimensions[r].height = 20
    n = h + 2 + len(AGANO)
    _notes(
        ws,
        n,
        [
            "評価　A：H30目標を達成　B：H30目標の95%以上　C：H30目標の95%未満　―：評価できないもの",
            "※白鳥観察者数はシーズン（10月～翌3月）ごとに集計するため、H30年度は集計中。",
            "※空き家バンク成約件数はH30年度から集計方法を見直したため、H30年度の実績は掲載しない。",
        ],
    )
    path = SOURCE / "agano_senryaku_kpi_h30.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 朝日町 (富山県): デジタル田園都市国家構想 地方創生事業 KPI実績報告
# --------------------------------------------------------------------------------------------

# Real: the census and vital figures of the paragraph, the two 取組 and their items (町ウェブサイト, 予約システム
# による地域間交通, カーポート型太陽光発電, 藻場再生). Made up: the report, every KPI and figure, money.
ASAHI = [
    ("■DX推進・生活利便性向上", None),
    ("町ウェブサイトの年間閲覧数", ("千件", 312, 330, 358, 350, 370)),
    ("予約型乗合交通の年間利用者数", ("人", 4820, 5200, 4915, 5600, 6000)),
    ("オンライン申請が可能な手続数", ("手続", 8, 20, 20, 35, 50)),
    ("■カーボンニュートラルに向けた取組", None),
    ("カーポート型太陽光発電設備の設置数", ("ヵ所", 0, 1, 1, 2, 3)),
    ("藻場再生活動への参加者数", ("人", "―", 60, 72, 80, 100)),
]


def asahi() -> Path:
    wb, ws = _sheet("KPI", [36, 8, 15, 11, 11, 11, 14])
    _page(ws, "portrait")
    _text(ws, 1, 1, "朝日町地方創生推進事業　KPI実績報告（令和5年度）", bold=True, size=13)
    _text(ws, 2, 7, "令和6年6月　富山県朝日町　企画政策課", align="right")
    _text(ws, 4, 1, "1　町の現状", bold=True, size=10)
    _para(
        ws,
        5,
        1,
        7,
        "　本町の人口は令和2年時点で11,081人であり、直近の推計では6,719人（令和2年比39.4%減）まで減少すると見込まれる。"
        "年少人口は平成2年の2,838人から令和2年の903人へ▲1,935人（▲68.1%）となった。"
        "令和5年度は出生38人に対し死亡201人で自然減▲163人、社会減（転出超過）は106人であった。",
        52,
    )
    _text(ws, 7, 1, "2　重要業績評価指標（KPI）の状況", bold=True, size=10)
    h = 8
    for c, word in enumerate(
        ["KPI", "単位", "事業開始前（R5.3末）", "R5目標", "R5実績", "R6目標", "R7目標（最終）"],
        start=1,
    ):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 26
    r = h + 1
    for name, data in ASAHI:
        if data is None:
            _span(ws, r, 1, 7, name, bold=True, fill=LIGHT)
        else:
            unit, *vals = data
            _put(ws, r, 1, name)
            _put(ws, r, 2, unit, align="center")
            for j, v in enumerate(vals):
                _put(ws, r, 3 + j, v, align="right" if isinstance(v, int) else "center")
        ws.row_dimensions[r].height = 20
        r += 1
    _notes(
        ws,
        r,
        [
            "※事業費（R5実績）23,486千円（うち交付金11,743千円）。",
            "※藻場再生活動はR5年度から実施のため、事業開始前の値はない。",
        ],
    )
    path = SOURCE / "asahi_dx_kpi_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 利根町 (茨城県): 利根町まち・ひと・しごと創生総合戦略 効果検証結果
# --------------------------------------------------------------------------------------------

# Real: the breadcrumb, 利根町まち・ひと・しごと創生推進協議会 and its role (数値目標 per 基本目標, KPI per 施策,
# yearly 検証), 政策企画課 政策企画係 and the address. Made up: the results, tables, figures, money, population.
TONE_HEAD = "<tr><th>指標</th><th>基準値（2019年度）</th><th>2020年度</th><th>2021年度</th><th>2022年度</th><th>目標値（2024年度）</th></tr>"

TONE_2 = """<tr><th colspan="6" class="grp">数値目標</th></tr>
<tr><td>転入者数</td><td class="num">487人</td><td class="num">512人</td><td class="num">498人</td><td class="num">530人</td><td class="num">550人</td></tr>
<tr><th colspan="6" class="grp">重要業績評価指標（KPI）</th></tr>
<tr><td>移住定住促進補助金の交付件数</td><td class="num">8件</td><td class="num">11件</td><td class="num">14件</td><td class="num">17件</td><td class="num">20件</td></tr>
<tr><td>空き家バンク登録件数</td><td class="num">15件</td><td class="num">18件</td><td class="num">21件</td><td class="num">集計中</td><td class="num">30件</td></tr>"""

TONE_3 = """<tr><th colspan="6" class="grp">数値目標</th></tr>
<tr><td>合計特殊出生率</td><td class="num">0.73</td><td class="num">0.69</td><td class="num">0.78</td><td class="num">0.71</td><td class="num">1.00</td></tr>
<tr><th colspan="6" class="grp">重要業績評価指標（KPI）</th></tr>
<tr><td>子育て支援センター利用者数</td><td class="num">延べ3,240人</td><td class="num">延べ1,905人</td><td class="num">延べ2,650人</td><td class="num">延べ3,102人</td><td class="num">延べ3,500人</td></tr>"""


def tone_html() -> str:
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>令和4年度 利根町まち・ひと・しごと創生総合戦略 効果検証結果｜利根町</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
th.grp {{ background: #f2f2f2; text-align: left; }}
td.num {{ text-align: right; }}
</style>
</head>
<body>
<p>ホーム &gt; 町政 &gt; 利根町まち・ひと・しごと創生総合戦略 &gt; 利根町まち・ひと・しごと創生推進協議会</p>
<h1>令和4年度 利根町まち・ひと・しごと創生総合戦略 効果検証結果</h1>
<p>総合戦略では、計画の進捗を評価する指標として基本目標ごとに「数値目標」、施策ごとに「重要業績評価指標（KPI）」を設定しています。令和4年度の実績について、利根町まち・ひと・しごと創生推進協議会の意見を伺い、効果を検証しました。</p>
<p>令和4年度の総合戦略関連事業費は142,310千円でした。町の人口は15,669人（2022年10月1日現在）です。</p>
<h2>基本目標2 新しいひとの流れをつくる</h2>
<table border="1">
{TONE_HEAD}
{TONE_2}
</table>
<h2>基本目標3 若い世代の結婚・出産・子育ての希望をかなえる</h2>
<table border="1">
{TONE_HEAD}
{TONE_3}
</table>
<p>※2020年度は新型コロナウイルス感染症の影響により、子育て支援センターの利用を制限しました。</p>
<p>※空き家バンク登録件数の2022年度実績は、年度末の登録確認作業中のため集計中です。</p>
<p>このページに関するお問い合わせは政策企画課 政策企画係です。<br>茨城県北相馬郡利根町布川841-1</p>
</body>
</html>
"""


def tone() -> Path:
    path = HERE / "tone_kensho_r4.html"
    path.write_bytes(tone_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (koshu, agano, asahi):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {tone().name}")


if __name__ == "__main__":
    main()
