"""Build the built documents of forms143/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/tokoname_tenken_hyoka_h30.xlsx``, a 点検・評価報告書 page in the manner of 常滑市 (愛知県):
  a 基本分野 heading, a prose lead with a population figure, a 成果指標 grid with 施策 cells merged
  down, 策定時（H26）, 実績値 H28年度…H30年度, 目標値（R6）, **万人 in 単位** and a 点検結果 word column;
  and the PDF;
* ``source/tanabe_koki_seika_shihyo_h25.xlsx``, 成果指標の進捗状況 in the manner of 田辺市 (和歌山県):
  shaded 柱 rows, **a name merged over 小学校/中学校 区分 rows**, **万 inside value cells of a t indicator
  (1万6,400)**, a 方向 column of ↑/↓; and the PDF;
* ``source/hino_senryaku_kensho_r5.xlsx``, a 取り組み評価シート in the manner of 日野町 (滋賀県):
  two 基本目標 headings each over its grid, 施策 per row, **units only in the KPI name's brackets**,
  Western-year headers (2023年度目標 | 2023年度実績), A/B 施策評価 and a 関連事業費（千円） column,
  and a 懇話会 box with counts; and the PDF;
* ``shimoda_senryaku_kpi_r4.html``, a KPI進捗 page in the manner of 下田市 (静岡県): <h2> per 基本目標,
  R3実績 | R4実績 | R4目標 | 達成状況 | 最終目標（R6）, **千人 and 千人泊 in 単位**, a ― actual with a ―
  status, and a money table.

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
    wb.properties.creator = "forms143/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms143/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms143_soffice_") as tmp:
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


def _vals(ws, r, c0, vals) -> None:
    for j, v in enumerate(vals):
        fmt = "#,##0.0" if isinstance(v, float) else None
        _put(ws, r, c0 + j, v, align="center" if v == "―" else "right", fmt=fmt)


# --------------------------------------------------------------------------------------------
# 常滑市 (愛知県): 第5次常滑市総合計画 点検・評価報告書 (平成28~30年度の3か年)
# --------------------------------------------------------------------------------------------

# Real: the report's title and span, the population sentence (平成28年度から4年間で約1,000人増加).
# Made up: the 基本分野, 施策, every indicator, figure, 点検結果 word and the money line.
TOKONAME = [
    (
        "施策2-1\n観光の振興",
        [
            ("観光入込客数", "万人", [412.5, 430.1, 452.8, 447.3, 500.0], "順調"),
            ("やきもの散歩道の来訪者数", "人", [120400, 118900, 125300, 131700, 150000], "順調"),
        ],
    ),
    (
        "施策2-2\n農業の振興",
        [
            ("新規就農者数", "人", [3, 4, 2, "―", 5], "やや遅れ"),
            ("農地の利用集積率", "％", [38.2, 40.5, 41.0, 42.6, 50.0], "概ね順調"),
        ],
    ),
    (
        "施策2-3\n商工業の振興",
        [
            ("市内事業所の従業者数", "人", [28415, 29012, 29540, 30108, 30000], "順調"),
        ],
    ),
]


def tokoname() -> Path:
    wb, ws = _sheet("点検・評価", [14, 28, 7, 11, 10, 10, 10, 11, 10])
    _page(ws, "portrait")
    _text(
        ws,
        1,
        1,
        "第5次常滑市総合計画　点検・評価報告書（平成28～30年度の3か年）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 9, "令和2年5月　常滑市", align="right")
    _text(ws, 4, 1, "基本分野2　活力ある産業と交流のまち", bold=True, size=11)
    _para(
        ws,
        5,
        1,
        9,
        "将来人口についても、平成28年度から4年間で約1,000人増加し、順調に推移しています。"
        "本分野では、空港を生かした観光・交流と地域産業の振興に取り組んできました。",
        30,
    )
    h = 7
    _head2(
        ws,
        h,
        [
            (1, "施策"),
            (2, "成果指標"),
            (3, "単位"),
            (4, "策定時（H26）"),
            (8, "目標値（R6）"),
            (9, "点検結果"),
        ],
        [(5, 7, "実績値", ["H28年度", "H29年度", "H30年度"])],
    )
    r = h + 2
    for shisaku, rows in TOKONAME:
        top = r
        for name, unit, vals, word in rows:
            _put(ws, r, 2, name)
            _put(ws, r, 3, unit, align="center")
            _vals(ws, r, 4, vals)
            _put(ws, r, 9, word, align="center")
            ws.row_dimensions[r].height = 24
            r += 1
        _put(ws, top, 1, shisaku, valign="center")
        if r - 1 > top:
            _merge(ws, top, 1, r - 1, 1)
    _notes(
        ws,
        r,
        [
            "※新規就農者数のH30年度実績は集計中。",
            "※点検結果は、3か年の推移と目標値（R6）への到達見込みから担当課が判断したもの。",
            "※施策2-1の主な事業費（H30決算）は 48,250千円。",
        ],
    )
    path = SOURCE / "tokoname_tenken_hyoka_h30.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 田辺市 (和歌山県): 第1次田辺市総合計画 後期基本計画 成果指標の進捗状況 (平成25年度)
# --------------------------------------------------------------------------------------------

# Real: the plan, the 柱 names, every 現状値 (H22年度) and 目標値 (H27年度) (紀伊民報 2011).
# Made up: the sheet, the 柱 numbers, the H23/H24 actuals, the notes.
TANABE = [
    (
        "柱1　人をはぐくむまち",
        [
            ("学校給食における地場産物の使用割合", "", "％", [29.0, 31.2, 33.5, 40.0], "↑"),
            ("不登校児童生徒の割合", "小学校", "％", [0.26, 0.31, 0.24, 0.23], "↓"),
            (None, "中学校", "％", [2.16, 2.40, 2.21, 2.00], "↓"),
        ],
    ),
    (
        "柱3　安全で住みよいまち",
        [
            ("自主防災組織結成率", "", "％", [92.6, 94.1, 95.8, 100.0], "↑"),
        ],
    ),
    (
        "柱4　活力みなぎる産業のまち",
        [
            ("梅の収穫量", "", "t", ["1万6,400", "1万5,200", "2万300", "2万3,000"], "↑"),
            ("梅生育不良新規発生本数", "", "本", [1476, 1390, 1352, 1300], "↓"),
        ],
    ),
]


def tanabe() -> Path:
    wb, ws = _sheet("成果指標", [34, 9, 7, 14, 11, 11, 14, 7])
    _page(ws, "landscape")
    _text(
        ws,
        1,
        1,
        "第1次田辺市総合計画　後期基本計画　成果指標の進捗状況（平成25年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 8, "田辺市", align="right")
    h = 4
    _head2(
        ws,
        h,
        [
            (1, "成果指標"),
            (2, "区分"),
            (3, "単位"),
            (4, "現状値（H22年度）"),
            (7, "目標値（H27年度）"),
            (8, "方向"),
        ],
        [(5, 6, "実績値", ["H23年度", "H24年度"])],
    )
    r = h + 2
    for heading, rows in TANABE:
        _span(ws, r, 1, 8, heading, bold=True, fill=LIGHT)
        r += 1
        top = None
        for name, kubun, unit, vals, way in rows:
            if name is not None:
                _put(ws, r, 1, name)
                top = r
            else:
                _merge(ws, top, 1, r, 1)
            _put(ws, r, 2, kubun, align="center")
            _put(ws, r, 3, unit, align="center")
            for j, v in enumerate(vals):
                fmt = "0.00" if isinstance(v, float) and v < 3 else None
                _put(ws, r, 4 + j, v, align="right", fmt=fmt)
            _put(ws, r, 8, way, align="center")
            ws.row_dimensions[r].height = 20
            r += 1
    _notes(
        ws,
        r,
        [
            "※方向：↑は数値が大きいほど、↓は数値が小さいほど望ましい指標。",
            "※梅の収穫量は暦年（1～12月）の値。後期基本計画の計画期間は平成24年度～平成28年度。",
        ],
    )
    path = SOURCE / "tanabe_koki_seika_shihyo_h25.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 日野町 (滋賀県蒲生郡): 日野町くらし安心ひとづくり総合戦略 取り組み評価 (令和5年度)
# --------------------------------------------------------------------------------------------

# Real: the strategy, the 基本目標 (1)/(2) wording, the 施策 names, the A/B counts (A評価…8施策,
# B評価…3施策), the 総合計画懇話会. Made up: the sheet, every KPI, figure, grade and the money.
HINO = [
    (
        "基本目標(1)　結婚・出産・子育ての希望をみんなで支えてかなえる",
        [
            (
                "安心して妊娠・出産・子育てができるための支援",
                "妊婦健康診査の受診率（％）",
                [96.8, 98.0, 98.4, 100.0],
                "A",
                21540,
            ),
            (
                "子育て支援のネットワークづくり",
                "子育てボランティア養成講座の修了者数（人）",
                [12, 20, 23, 25],
                "A",
                1260,
            ),
            (
                "子どもの読書活動と学習活動の支援",
                "町立図書館の児童書貸出冊数（冊）",
                [58320, 62000, 57410, 65000],
                "B",
                3980,
            ),
        ],
    ),
    (
        "基本目標(2)　地域資源を活かし、地域経済の活力と暮らしを支える雇用をつくる",
        [
            ("農業経営・担い手育成への支援", "新規就農者数（人）", [2, 3, 4, 3], "A", 8700),
            ("地域内経済循環の推進", "日野菜の出荷量（t）", [41.5, 45.0, 43.2, 48.0], "B", 2150),
        ],
    ),
]


def hino() -> Path:
    wb, ws = _sheet("評価シート", [30, 34, 12, 11, 11, 11, 7, 12])
    _page(ws, "landscape")
    _text(
        ws,
        1,
        1,
        "第2期日野町くらし安心ひとづくり総合戦略　取り組み評価シート（令和5年度実績）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 8, "日野町企画振興課", align="right")
    r = 4
    heads = [
        "施策",
        "重要業績評価指標（KPI）",
        "基準値（2019年度）",
        "2023年度目標",
        "2023年度実績",
        "2025年度目標",
        "評価",
        "関連事業費（千円）",
    ]
    for heading, rows in HINO:
        _text(ws, r, 1, heading, bold=True, size=11)
        r += 1
        for c, word in enumerate(heads, start=1):
            _put(ws, r, c, word, header=True)
        ws.row_dimensions[r].height = 26
        r += 1
        for shisaku, kpi, vals, grade, money in rows:
            _put(ws, r, 1, shisaku)
            _put(ws, r, 2, kpi)
            _vals(ws, r, 3, vals)
            _put(ws, r, 7, grade, align="center")
            _put(ws, r, 8, money)
            ws.row_dimensions[r].height = 26
            r += 1
        r += 1
    _text(ws, r, 1, "■総合計画懇話会の主な意見", bold=True, size=10)
    _para(
        ws,
        r + 1,
        1,
        8,
        "基本目標(1)はA評価…8施策、B評価…3施策。子育て分野の施策において、住民を単なる「サービスの受け手」として"
        "捉えるのではなく、自ら課題解決に向けて動く「主体」となるよう、意識の醸成と政策の工夫が求められています。",
        34,
        border=True,
    )
    _notes(ws, r + 2, ["※評価　A：順調に進んでいる　B：一部に課題がある（施策全体の評価）。"])
    path = SOURCE / "hino_senryaku_kensho_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 下田市 (静岡県): 第2期下田市まち・ひと・しごと創生総合戦略 KPIの進捗状況 (令和4年度)
# --------------------------------------------------------------------------------------------

# Real: the strategy (令和2年度から5年間, 令和4年8月改訂). Made up: the 基本目標 wording, every KPI,
# figure, status word and the money.
SHIMODA_ROWS1 = """<tr><td>観光交流客数</td><td>千人</td><td class="num">2,951</td><td class="num">1,842</td><td class="num">2,310</td><td class="num">2,500</td><td>未達成</td><td class="num">3,000</td></tr>
<tr><td>宿泊客数</td><td>千人泊</td><td class="num">712</td><td class="num">455</td><td class="num">580</td><td class="num">560</td><td>達成</td><td class="num">750</td></tr>
<tr><td>新規創業者数</td><td>件</td><td class="num">6</td><td class="num">8</td><td class="num">9</td><td class="num">8</td><td>達成</td><td class="num">10</td></tr>"""
SHIMODA_ROWS2 = """<tr><td>移住相談件数</td><td>件</td><td class="num">84</td><td class="num">132</td><td class="num">158</td><td class="num">120</td><td>達成</td><td class="num">150</td></tr>
<tr><td>合計特殊出生率</td><td>―</td><td class="num">1.41</td><td class="num">1.29</td><td class="num">―</td><td class="num">1.50</td><td>―</td><td class="num">1.60</td></tr>"""
SHIMODA_HEAD = "<tr><th>KPI</th><th>単位</th><th>基準値（R元）</th><th>R3実績</th><th>R4実績</th><th>R4目標</th><th>達成状況</th><th>最終目標（R6）</th></tr>"


def shimoda_html() -> str:
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>第2期下田市まち・ひと・しごと創生総合戦略 KPIの進捗状況｜下田市</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
td.num {{ text-align: right; }}
</style>
</head>
<body>
<p>トップ &gt; 市政情報 &gt; 地方創生</p>
<h1>第2期下田市まち・ひと・しごと創生総合戦略　KPIの進捗状況（令和4年度）</h1>
<p>下田市では、令和2年度から5年間の目標や施策の方向を示した第2期下田市まち・ひと・しごと創生総合戦略（令和4年8月改訂）に基づき、地方創生に向けた取り組みを進めています。令和4年度のKPIの進捗状況をお知らせします。</p>
<h2>基本目標1　観光を核とした稼ぐ力を高め、しごとをつくる</h2>
<table border="1">
{SHIMODA_HEAD}
{SHIMODA_ROWS1}
</table>
<h2>基本目標2　下田に住みたい・住み続けたいと思える流れをつくる</h2>
<table border="1">
{SHIMODA_HEAD}
{SHIMODA_ROWS2}
</table>
<p>※合計特殊出生率のR4実績は人口動態統計の公表待ちのため未掲載です。</p>
<h2>関連事業の決算額</h2>
<table border="1">
<tr><th>事業名</th><th>R4決算額（千円）</th></tr>
<tr><td>観光プロモーション推進事業</td><td class="num">38,420</td></tr>
<tr><td>移住・定住促進事業</td><td class="num">12,615</td></tr>
</table>
<p>令和5年8月　下田市企画課</p>
</body>
</html>
"""


def shimoda() -> Path:
    path = HERE / "shimoda_senryaku_kpi_r4.html"
    path.write_bytes(shimoda_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (tokoname, tanabe, hino):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {shimoda().name}")


if __name__ == "__main__":
    main()
