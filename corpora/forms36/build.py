"""Build the built documents of forms36/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/memuro_jimujigyo_hyoka_h27.xlsx``, a sheet in the manner of 芽室町 (北海道河西郡) 事務事業評価表
  (Plan / Do / See blocks, key-value fields with 事業費 in 千円, a flat grid `25年度実績 | 26年度目標 |
  26年度実績 | 前年度比 | 目標達成度` with era-less years and A/B/C grades), and from it the PDF;
* ``source/tendo_kpi_kensho_h28.xlsx``, a sheet in the manner of 天童市 (山形県) 総合戦略 KPI の検証
  (基準値 / 目標値 cells carrying their value, unit and year, `毎年3件以上`, a range target, 万人 in the
  cells, a 担当課 column per row), and from it the PDF;
* ``source/higashiagatsuma_kpi_shinchoku_r3.xlsx``, a sheet in the manner of 東吾妻町 (群馬県吾妻郡) 第2期
  総合戦略 KPI 進捗 (years running right to left, the baseline in the last column, 数値目標 and KPI
  sub-headings spanning the grid, 千人 / 千円 in the 単位 column), and from it the PDF;
* ``chino_kpi_shinchoku_h29.html``, a page in the manner of 茅野市 (長野県) 地域創生総合戦略 KPI の進み具合
  (targets written as a change `H26比+100人` or `現状維持`, `以上`, 施策 with rowspan).

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
    wb.properties.creator = "forms36/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms36/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms36_soffice_") as tmp:
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
# 芽室町 (北海道): 事務事業評価表 — Plan / Do / See、25年度実績 | 26年度目標 | 26年度実績 | 前年度比 | 目標達成度
# --------------------------------------------------------------------------------------------

# Real (芽室町 行政評価のページ): 事務事業評価表, 平成17年度から, 企画(Plan)−実行(Do)−評価(See), 担当課長までの
# 自己評価. Made up: the 事業, every field, indicator, figure, grade and note.
MEMURO_ROWS = [
    # (区分, 指標名, 単位, 25実績, 26目標, 26実績, 前年度比, 達成度)
    ("活動指標", "センター開設日数", "日", 242, 243, 243, "100.4%", "A"),
    ("活動指標", "子育て講座の開催回数", "回", 18, 20, 16, "88.9%", "B"),
    ("成果指標", "センター利用者数（延べ）", "人", 9812, 10000, 10436, "106.4%", "A"),
    ("成果指標", "利用者満足度", "%", 88.5, "90以上", 91.2, "103.1%", "A"),
    ("成果指標", "育児不安を感じる保護者の割合の減少", "%", 32.4, 30.0, 31.0, "95.7%", "B"),
]


def memuro() -> Path:
    widths = [10, 30, 6, 10, 10, 10, 10, 10]
    wb, ws = _sheet("事務事業評価表", widths)
    _text(ws, 1, 1, "平成27年度　事務事業評価表（平成26年度実施事業）", bold=True, size=13)
    _text(ws, 2, 8, "芽室町", align="right")
    fields = [
        ("事務事業名", "地域子育て支援センター運営事業"),
        ("担当課", "子育て支援課"),
        ("対象", "町内の未就学児とその保護者（未就学児 1,204人：平成27年3月31日現在）"),
        ("事業費", "平成26年度決算額　12,480千円（うち一般財源　8,736千円）"),
    ]
    r = 3
    for key, value in fields:
        _span(ws, r, 1, 2, key, header=True)
        _span(ws, r, 3, 8, value)
        ws.row_dimensions[r].height = 18
        r += 1
    _text(ws, r + 1, 1, "１　事業の目的（Plan）", bold=True, size=10)
    _para(
        ws,
        r + 2,
        1,
        8,
        "子育て中の親子が気軽に集い交流できる場を提供し、育児の不安や孤立感を和らげる。",
        20,
        border=True,
    )
    _text(ws, r + 4, 1, "２　指標の実績（Do）", bold=True, size=10)
    h = r + 5
    for c, word in enumerate(
        [
            "区分",
            "指標名",
            "単位",
            "25年度実績",
            "26年度目標",
            "26年度実績",
            "前年度比",
            "目標達成度",
        ],
        start=1,
    ):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 22
    r = h + 1
    first = r
    for i, (kind, name, unit, a25, t26, a26, ratio, grade) in enumerate(MEMURO_ROWS):
        _put(ws, r, 1, kind if i in (0, 2) else None, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for col, v in ((4, a25), (5, t26), (6, a26)):
            _put(ws, r, col, v, align="right")
        _put(ws, r, 7, ratio, align="right")
        _put(ws, r, 8, grade, align="center")
        ws.row_dimensions[r].height = 20
        r += 1
    _merge(ws, first, 1, first + 1, 1)
    _merge(ws, first + 2, 1, first + 4, 1)
    _text(ws, r, 1, "※前年度比は26年度実績÷25年度実績。", size=8)
    _text(
        ws,
        r + 1,
        1,
        "※目標達成度　A：目標を達成　B：目標の8割以上　C：目標の8割未満（26年度の実績値と目標値による）",
        size=8,
    )
    _text(ws, r + 3, 1, "３　評価（See）", bold=True, size=10)
    _span(ws, r + 4, 1, 2, "担当課長評価", header=True)
    _span(ws, r + 4, 3, 8, "現状のまま継続")
    _span(ws, r + 5, 1, 2, "改善の方向", header=True)
    _span(ws, r + 5, 3, 8, "講座の開催日を土曜日にも広げ、父親の参加を促す。")
    _page(ws, "portrait")
    path = SOURCE / "memuro_jimujigyo_hyoka_h27.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 天童市 (山形県): 総合戦略 KPI の検証 — 基準値 / 目標値 のセルに値・単位・年度、毎年3件以上、範囲の目標
# --------------------------------------------------------------------------------------------

# Real (天童市まち・ひと・しごと創生総合戦略, 平成28年2月): the 戦略's name and date, 基本目標 Ⅰ–Ⅲ numbering.
# Made up: the 検証 sheet, the 基本目標 wording (modelled on the national ones), every KPI, figure, 担当課, note.
TENDO_BLOCKS = [
    (
        "基本目標Ⅰ　天童市にしごとをつくり、安心して働けるようにする",
        [
            (1, "新規就農者数", "12人（H26）", "15人（H28）", "13人", "16人", "農林課"),
            (2, "企業立地件数", "2件（H26）", "毎年3件以上", "3件", "2件", "商工観光課"),
            (
                3,
                "観光入込客数",
                "238.5万人（H26）",
                "260万人（H31）",
                "241.2万人",
                "249.8万人",
                "商工観光課",
            ),
        ],
    ),
    (
        "基本目標Ⅱ　天童市への新しいひとの流れをつくる",
        [
            (4, "移住相談件数", "45件（H26）", "100件（H31）", "62件", "―", "市民課"),
            (
                5,
                "子育て環境に満足している市民の割合",
                "61.3%（H26）",
                "80～85%（H31）",
                "―",
                "68.4%",
                "子育て推進課",
            ),
        ],
    ),
]


def tendo() -> Path:
    widths = [5, 32, 14, 14, 11, 11, 12]
    wb, ws = _sheet("KPI検証", widths)
    _text(
        ws,
        1,
        1,
        "天童市まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の検証",
        bold=True,
        size=13,
    )
    _text(ws, 2, 7, "平成29年8月　天童市", align="right", size=8)
    _text(ws, 4, 1, "平成28年度実績", bold=True, size=10)
    h1, h2 = 5, 6
    for col, word in (
        (1, "No."),
        (2, "重要業績評価指標（KPI）"),
        (3, "基準値"),
        (4, "目標値"),
        (7, "担当課"),
    ):
        _put(ws, h1, col, word, header=True)
        _put(ws, h2, col, None, header=True)
        _merge(ws, h1, col, h2, col)
    _span(ws, h1, 5, 6, "実績値", header=True)
    _put(ws, h2, 5, "H27", header=True)
    _put(ws, h2, 6, "H28", header=True)
    ws.row_dimensions[h1].height = 18
    ws.row_dimensions[h2].height = 18
    r = h2 + 1
    for goal, rows in TENDO_BLOCKS:
        _span(ws, r, 1, 7, goal, bold=True)
        ws.cell(row=r, column=1).fill = LIGHT
        r += 1
        for no, name, base, target, a27, a28, dept in rows:
            _put(ws, r, 1, str(no), align="center")
            _put(ws, r, 2, name)
            _put(ws, r, 3, base, align="right")
            _put(ws, r, 4, target, align="right")
            _put(ws, r, 5, a27, align="right")
            _put(ws, r, 6, a28, align="right")
            _put(ws, r, 7, dept, align="center")
            ws.row_dimensions[r].height = 20
            r += 1
    _text(ws, r, 1, "※基準値・目標値の括弧内は、その値の年度。", size=8)
    _text(ws, r + 1, 1, "※No.2の目標値は、計画期間（H27～H31）の各年度の目標。", size=8)
    _text(ws, r + 2, 1, "※No.5はアンケート調査を隔年で実施しているため、H27の実績はない。", size=8)
    _text(ws, r + 3, 1, "※No.4のH28実績は、相談窓口の移管により集計中。", size=8)
    _page(ws, "portrait")
    path = SOURCE / "tendo_kpi_kensho_h28.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 東吾妻町 (群馬県): 第2期総合戦略 KPI 進捗 — 年度が右から左へ、基準値が最後の列、千人 / 千円
# --------------------------------------------------------------------------------------------

# Real (東吾妻町 第2期まち・ひと・しごと創生総合戦略 のページ): 2020–2024, 基本目標1 「東吾妻を知ってもらう。」,
# 実現すべきまちの姿, 2040年に10,000人. Made up: the progress sheet, its columns, every indicator, figure and note.
HIGASHI_BLOCKS = [
    ("【数値目標】", [("観光入込客数", "千人", 1050.0, 926.4, 701.2, 1002.8, "88.2%")]),
    (
        "【重要業績評価指標（KPI）】",
        [
            ("ふるさと納税寄附額", "千円", 60000, 58214, 41370, 35120, "97.0%"),
            ("町公式SNSのフォロワー数", "人", 5000, 3912, 2655, 1480, "78.2%"),
            ("体験型観光プログラム参加者数", "人", 800, 412, "―", 640, "51.5%"),
            ("観光案内所への問い合わせ件数", "件", 3000, 2450, 1980, 2730, "81.7%"),
        ],
    ),
]


def higashiagatsuma() -> Path:
    widths = [32, 6, 11, 10, 10, 11, 11]
    wb, ws = _sheet("KPI進捗", widths)
    _text(ws, 1, 1, "第2期東吾妻町まち・ひと・しごと創生総合戦略　KPI進捗状況", bold=True, size=13)
    _text(ws, 2, 7, "令和4年7月　企画課", align="right", size=8)
    _text(ws, 3, 1, "計画期間：2020年度（令和2年度）～2024年度（令和6年度）", size=9)
    _text(ws, 5, 1, "基本目標１　東吾妻を知ってもらう。", bold=True, size=10)
    h = 6
    for c, word in enumerate(
        [
            "指標",
            "単位",
            "目標値\n（R6）",
            "R3実績",
            "R2実績",
            "基準値\n（R元）",
            "達成率\n（R6目標比）",
        ],
        start=1,
    ):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 28
    r = h + 1
    for sub, rows in HIGASHI_BLOCKS:
        _span(ws, r, 1, 7, sub, bold=True)
        ws.cell(row=r, column=1).fill = LIGHT
        r += 1
        for name, unit, target, a3, a2, base, rate in rows:
            fmt = "#,##0.0" if isinstance(target, float) else "#,##0"
            _put(ws, r, 1, name)
            _put(ws, r, 2, unit, align="center")
            for col, v in ((3, target), (4, a3), (5, a2), (6, base)):
                _put(ws, r, col, v, fmt=fmt, align="center" if isinstance(v, str) else None)
            _put(ws, r, 7, rate, align="right")
            ws.row_dimensions[r].height = 20
            r += 1
    _text(ws, r, 1, "※達成率はR3実績÷目標値（R6）。", size=8)
    _text(
        ws,
        r + 1,
        1,
        "※体験型観光プログラムはR2年度、新型コロナウイルス感染症の影響により全て中止した。",
        size=8,
    )
    _text(ws, r + 2, 1, "※関連する地方創生推進交付金の令和3年度交付額は4,500千円。", size=8)
    _page(ws, "portrait")
    path = SOURCE / "higashiagatsuma_kpi_shinchoku_r3.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 茅野市 (長野県): 地域創生総合戦略 KPI の進み具合 — 目標が変化量（H26比+100人）や 現状維持、以上
# --------------------------------------------------------------------------------------------

# Real (茅野市 地域創生総合戦略（第1次）のページ): the 戦略's name, 平成27年10月30日策定, 平成27年度から平成31年度
# まで, 平成30年2月に事業の進みぐあいと茅野市地域創生総合戦略進行管理有識者会議の意見を踏まえ一部改定.
# Made up: the 基本目標 and 施策 wording, every KPI, figure and note.
CHINO_ROWS = [
    ("(1) 移住・定住の促進", 2, "移住者数", "人", "312", "H26比+100人", "338", "365", "401"),
    (None, 0, "空き家バンク登録件数", "件", "28", "60", "35", "44", "52"),
    (
        "(2) 観光・交流の推進",
        2,
        "観光客延べ宿泊者数",
        "万人",
        "68.2",
        "75.0以上",
        "69.5",
        "71.3",
        "76.8",
    ),
    (
        None,
        0,
        "市内のスキー場・キャンプ場の利用者数",
        "人",
        "254,300",
        "現状維持",
        "248,900",
        "251,760",
        "―",
    ),
]


def chino_html() -> str:
    rows = []
    for measure, span, name, unit, base, target, a27, a28, a29 in CHINO_ROWS:
        head = f'<td rowspan="{span}">{measure}</td>' if measure else ""
        cells = "".join(f'<td class="r">{v}</td>' for v in (base, target, a27, a28, a29))
        rows.append(f'<tr>{head}<td>{name}</td><td class="c">{unit}</td>{cells}</tr>')
    body = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>茅野市地域創生総合戦略 重要業績評価指標（KPI）の進みぐあい（平成29年度）</title>
<style>
table {{ border-collapse: collapse; margin: 0.5em 0; }}
th, td {{ border: 1px solid #333; padding: 3px 6px; }}
th {{ background: #e8e8e8; }}
td.c {{ text-align: center; }}
td.r {{ text-align: right; }}
p.note {{ font-size: 90%; }}
</style>
</head>
<body>
<h1>茅野市地域創生総合戦略 重要業績評価指標（KPI）の進みぐあい（平成29年度）</h1>
<p>茅野市は、平成27年10月30日に「茅野市地域創生総合戦略」（対象期間：平成27年度から平成31年度まで）を策定しました。事業の進みぐあいを毎年度確認し、茅野市地域創生総合戦略進行管理有識者会議からご意見をいただいています。</p>
<h2>基本目標2　茅野市への新しいひとの流れをつくる</h2>
<table>
<tr><th rowspan="2">具体的な施策</th><th rowspan="2">KPI</th><th rowspan="2">単位</th><th rowspan="2">基準値<br>（H26）</th><th rowspan="2">目標値<br>（H31）</th><th colspan="3">実績値</th></tr>
<tr><th>H27</th><th>H28</th><th>H29</th></tr>
{body}
</table>
<p class="note">※移住者数の目標値は、基準値（H26）から100人増やすことを目標とするものです。</p>
<p class="note">※市内のスキー場・キャンプ場の利用者数のH29実績は、平成30年3月末の集計がまだのため掲載していません。</p>
<p class="note">※平成29年度の移住・定住関連事業費は 38,600千円です。</p>
<p>問い合わせ先：茅野市 企画部 企画課</p>
</body>
</html>
"""


def chino() -> Path:
    path = HERE / "chino_kpi_shinchoku_h29.html"
    path.write_bytes(chino_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (memuro, tendo, higashiagatsuma):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {chino().name}")


if __name__ == "__main__":
    main()
