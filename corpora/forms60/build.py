"""Build the built documents of forms60/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/tatebayashi_kpi_sokatsu_r2.xlsx``, a 総合戦略 KPI の総括 in the manner of 館林市 (群馬県): the
  strategy extended by one year, so `当初目標（R元）` stands beside actuals through `R2`, and a printed
  `総括` judged against the R元 target; `百万円`/`千人`/`万円` in the 単位 column; and the PDF;
* ``source/nakashibetsu_shisaku_hyoka_h29.xlsx``, a 施策評価シート in the manner of 中標津町 (北海道):
  fields above, then each indicator as three rows `目標値 / 実績値 / 達成率` under `H28 | H29 | H30 |
  H32（最終）`, name, unit and `基準値（H26）` merged down the three rows, `隔年調査` in a cell; and the PDF;
* ``source/oga_seika_shihyo_r4.xlsx``, a 総合計画 成果指標の進捗状況 in the manner of 男鹿市 (秋田県): two
  grids side by side on one landscape page, one per 施策, of different lengths; and the PDF;
* ``chikuma_seika_shihyo_h30.html``, a 総合計画 成果指標の状況 in the manner of 千曲市 (長野県): a
  `H30見込` column, a target written as a word (`増加`), a `進捗` column of words.

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
    wb.properties.creator = "forms60/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms60/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms60_soffice_") as tmp:
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
# 館林市 (群馬県): 総合戦略 KPI の総括 — 当初目標（R元） beside actuals H27..R2 (one year of extension),
# a printed 総括 against the R元 target
# --------------------------------------------------------------------------------------------

# Real (館林市 総合戦略 page): the strategy (平成27年度から令和2年度, extended by one year in 令和2年3月),
# its 総括 of 成果指標 and 重要業績指標, 基本目標1 「地方における安定した雇用を創出する」. Made up: the grid,
# every indicator and figure, the 総括 words, notes and money.
TATEBAYASHI = [
    # (No., KPI, 単位, 策定時 H26, 当初目標 R元, H27, H28, H29, H30, R元, R2, 総括)
    (
        "1",
        "製造品出荷額等",
        "百万円",
        880412,
        900000,
        862150,
        871633,
        905210,
        918844,
        896120,
        "―",
        "未達成",
    ),
    ("2", "新規立地企業数", "社", 0, "延べ10", 2, 4, 6, 9, 11, 12, "達成"),
    ("3", "創業支援事業による創業者数", "人", 8, 15, 10, 13, 14, 17, 16, 12, "達成"),
    ("4", "観光入込客数", "千人", 1652, 1800, 1701, 1733, 1790, 1812, 1764, 1021, "未達成"),
    (
        "5",
        "農産物直売所の販売額",
        "万円",
        31200,
        35000,
        32040,
        33180,
        34260,
        34950,
        35480,
        36020,
        "達成",
    ),
]


def tatebayashi() -> Path:
    widths = [5, 26, 8, 11, 11, 9, 9, 9, 9, 9, 9, 8]
    wb, ws = _sheet("KPI総括", widths)
    _text(
        ws,
        1,
        1,
        "館林市まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の総括",
        bold=True,
        size=13,
    )
    _text(ws, 2, 1, "計画期間：平成27年度～令和2年度（令和2年3月の改訂により1年間延長）", size=9)
    _text(ws, 2, 12, "令和3年10月　館林市", align="right", size=9)
    _text(ws, 4, 1, "基本目標1　地方における安定した雇用を創出する", bold=True, size=11)
    h = 5
    for c, word in enumerate(
        ["No.", "重要業績評価指標", "単位", "策定時（H26）", "当初目標（R元）"], start=1
    ):
        _put(ws, h, c, word, header=True)
        _put(ws, h + 1, c, None, header=True)
        _merge(ws, h, c, h + 1, c)
    _span(ws, h, 6, 11, "実績値", header=True)
    for c, word in enumerate(["H27", "H28", "H29", "H30", "R元", "R2"], start=6):
        _put(ws, h + 1, c, word, header=True)
    _put(ws, h, 12, "総括", header=True)
    _put(ws, h + 1, 12, None, header=True)
    _merge(ws, h, 12, h + 1, 12)
    ws.row_dimensions[h].height = 18
    ws.row_dimensions[h + 1].height = 18
    r = h + 2
    for no, name, unit, *vals, verdict in TATEBAYASHI:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate(vals):
            _put(ws, r, 4 + j, v, align="right" if isinstance(v, str) else None)
        _put(ws, r, 12, verdict, align="center")
        ws.row_dimensions[r].height = 22
        r += 1
    notes = [
        "※総括は、当初目標（R元）に対する令和元年度の実績値で判定しています。",
        "※R2の製造品出荷額等は、工業統計調査の結果が未公表のため「―」としています。",
        "※新規立地企業数は、平成27年度からの累計です。",
        "※基本目標1に係る事業費（H27～R2の累計）：12億4,300万円",
    ]
    for i, line in enumerate(notes):
        _text(ws, r + 1 + i, 1, line, size=8)
    _page(ws, "landscape")
    path = SOURCE / "tatebayashi_kpi_sokatsu_r2.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 中標津町 (北海道): 施策評価シート — 目標値 / 実績値 / 達成率 row triples, name, unit and baseline merged
# down the triple, 隔年調査 in a cell
# --------------------------------------------------------------------------------------------

# Real (中標津町 行政評価 and 総合発展計画 pages): 行政評価 (事務事業評価, 施策評価), the 第6期中標津町総合発展計画
# and its 後期基本計画 (平成28～32年度). Made up: the sheet, 基本目標, 施策名, 主管課, money, every indicator,
# figure and note.
NAKASHIBETSU = [
    # (成果指標, 単位, 基準値 H26, 目標値 [H28, H29, H30, H32], 実績値 [H28, H29], 達成率 [H28, H29])
    (
        "生乳生産量",
        "t",
        330540,
        [335000, 338000, 341000, 347000],
        [336210, 337480],
        ["100.4%", "99.8%"],
    ),
    ("新規就農者数", "戸", 3, [4, 4, 4, 4], [5, 2], ["125.0%", "50.0%"]),
    (
        "酪農ヘルパーの延べ利用日数",
        "日",
        8420,
        [8600, 8700, 8800, 9000],
        [8655, 8910],
        ["100.6%", "102.4%"],
    ),
    (
        "「酪農業に活力がある」と感じる町民の割合",
        "%",
        41.2,
        [43.0, 44.0, 45.0, 47.0],
        ["隔年調査", 42.6],
        ["―", "96.8%"],
    ),
]


def nakashibetsu() -> Path:
    widths = [30, 6, 11, 8, 11, 11, 11, 12]
    wb, ws = _sheet("施策評価", widths)
    _text(ws, 1, 1, "平成30年度　施策評価シート（平成29年度実績）", bold=True, size=13)
    _text(ws, 2, 8, "中標津町", align="right", size=9)
    fields = [("基本目標", "活力ある産業のまち"), ("施策名", "酪農業の振興"), ("主管課", "農林課")]
    r = 3
    for key, value in fields:
        _put(ws, r, 1, key, header=True)
        _span(ws, r, 2, 8, value)
        r += 1
    _put(ws, r, 1, "施策に係る事業費（千円）", header=True)
    _span(ws, r, 2, 4, "平成29年度決算", header=True)
    _span(ws, r, 5, 8, 186420)
    _text(ws, r + 2, 1, "１　成果指標の状況", bold=True, size=11)
    h = r + 3
    head = ["成果指標", "単位", "基準値（H26）", "区分", "H28", "H29", "H30", "H32（最終）"]
    for c, word in enumerate(head, start=1):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 20
    r = h + 1
    for name, unit, base, targets, actuals, rates in NAKASHIBETSU:
        fmt = "0.0" if unit == "%" else None
        first = r
        rows = [("目標値", targets), ("実績値", actuals), ("達成率", rates)]
        for i, (kind, vals) in enumerate(rows):
            _put(ws, r, 1, name if i == 0 else None)
            _put(ws, r, 2, unit if i == 0 else None, align="center")
            _put(ws, r, 3, base if i == 0 else None, fmt=fmt)
            _put(ws, r, 4, kind, align="center")
            for j in range(4):
                v = vals[j] if j < len(vals) else None
                _put(ws, r, 5 + j, v, fmt=fmt, align="right" if isinstance(v, str) else None)
            ws.row_dimensions[r].height = 17
            r += 1
        for c in (1, 2, 3):
            _merge(ws, first, c, r - 1, c)
    notes = [
        "※達成率＝実績値÷目標値×100",
        "※町民の割合は町民アンケートによるもので、隔年で調査しています（平成28年度は調査を実施していません）。",
        "※平成30年度の実績値は、平成31年度の施策評価で記載します。",
    ]
    for i, line in enumerate(notes):
        _text(ws, r + 1 + i, 1, line, size=8)
    _page(ws, "portrait")
    path = SOURCE / "nakashibetsu_shisaku_hyoka_h29.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 男鹿市 (秋田県): 総合計画 成果指標の進捗状況 — two grids side by side, one per 施策, of different lengths
# --------------------------------------------------------------------------------------------

# Real (男鹿市 次期総合計画 page): the 男鹿市総合計画 (令和3年度～令和7年度) and its 将来都市像; 企画政策課.
# Made up: the report, 施策 numbers and names, every indicator, figure and note.
OGA_LEFT = (
    "施策1-1　観光の振興",
    [
        ("観光入込客数", "万人", 201.3, 128.6, 162.4, 220.0),
        ("宿泊者数", "人", 268410, 151220, 198760, 290000),
        ("なまはげ館・男鹿真山伝承館の入館者数", "人", 95320, 41880, 63150, 100000),
    ],
)
OGA_RIGHT = (
    "施策1-2　農林水産業の振興",
    [
        ("新規就農者数", "人", 4, 6, 3, 5),
        ("漁業就業者数", "人", 512, 488, 470, 500),
        ("担い手への農地の集積率", "%", 52.4, 55.1, 56.8, 65.0),
        ("水産物の水揚金額", "百万円", 1842, 1705, "―", 2000),
    ],
)


def _oga_grid(ws, top: int, c0: int, title: str, rows) -> int:
    _text(ws, top, c0, title, bold=True, size=10)
    h = top + 1
    for k, word in enumerate(["成果指標", "単位", "現状値（R元）"]):
        _put(ws, h, c0 + k, word, header=True)
        _put(ws, h + 1, c0 + k, None, header=True)
        _merge(ws, h, c0 + k, h + 1, c0 + k)
    _span(ws, h, c0 + 3, c0 + 4, "実績値", header=True)
    _put(ws, h + 1, c0 + 3, "R3", header=True)
    _put(ws, h + 1, c0 + 4, "R4", header=True)
    _put(ws, h, c0 + 5, "目標値（R7）", header=True)
    _put(ws, h + 1, c0 + 5, None, header=True)
    _merge(ws, h, c0 + 5, h + 1, c0 + 5)
    r = h + 2
    for name, unit, *vals in rows:
        fmt = "0.0" if unit in ("万人", "%") else None
        _put(ws, r, c0, name)
        _put(ws, r, c0 + 1, unit, align="center")
        for j, v in enumerate(vals):
            _put(ws, r, c0 + 2 + j, v, fmt=fmt, align="right" if isinstance(v, str) else None)
        r += 1
    return r


def oga() -> Path:
    widths = [24, 7, 11, 9, 9, 11, 3, 24, 7, 11, 9, 9, 11]
    wb, ws = _sheet("成果指標", widths)
    _text(ws, 1, 1, "男鹿市総合計画　成果指標の進捗状況（令和4年度実績）", bold=True, size=13)
    _text(ws, 2, 1, "計画期間：令和3年度～令和7年度", size=9)
    _text(ws, 2, 13, "令和5年9月　男鹿市企画政策課", align="right", size=9)
    _text(ws, 4, 1, "■成果指標", bold=True, size=11)
    end_left = _oga_grid(ws, 5, 1, *OGA_LEFT)
    end_right = _oga_grid(ws, 5, 8, *OGA_RIGHT)
    for r in range(7, max(end_left, end_right)):
        ws.row_dimensions[r].height = 24
    r = max(end_left, end_right) + 1
    notes = [
        "※水産物の水揚金額のR4は集計中のため「―」としています。",
        "※令和4年度 観光振興関連事業費（決算）：3億1,250万円",
    ]
    for i, line in enumerate(notes):
        _text(ws, r + i, 1, line, size=8)
    _page(ws, "landscape")
    path = SOURCE / "oga_seika_shihyo_r4.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 千曲市 (長野県): 総合計画 成果指標の状況 — an H30見込 column, a target written as a word (増加),
# a 進捗 column of words
# --------------------------------------------------------------------------------------------

# Real (第二次千曲市総合計画 前期基本計画 (案) and 策定方針): the plan, its period 2017～2021, 第1章
# 「千曲の魅力で創生する賑わいと活力あるまち」, 施策 1-4 「訪れたくなるまちを育てる【観光交流】」, 企画政策部
# 総合政策課. Made up: the page, its date, every indicator, figure, 進捗 word and note.
CHIKUMA = [
    # (成果指標, 単位, 基準値 H27, H28実績, H29実績, H30見込, 目標値 H33, 進捗)
    ("観光入込客数", "千人", "1,947", "1,982", "2,015", "2,040", "2,200", "順調"),
    (
        "戸倉上山田温泉の宿泊者数",
        "人",
        "312,400",
        "305,210",
        "298,930",
        "300,000",
        "350,000",
        "遅れ",
    ),
    ("あんずの里の観光客数", "人", "158,000", "142,300", "165,800", "160,000", "170,000", "順調"),
    ("観光ボランティアガイドの案内件数", "件", "186", "201", "195", "―", "230", "やや遅れ"),
    ("姨捨の棚田オーナー制度の参加組数", "組", "88", "92", "95", "97", "増加", "順調"),
]


def chikuma_html() -> str:
    rows = "\n".join(
        f'<tr><td>{name}</td><td class="c">{unit}</td>'
        + "".join(f'<td class="r">{v}</td>' for v in vals)
        + f'<td class="c">{step}</td></tr>'
        for name, unit, *vals, step in CHIKUMA
    )
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>第二次千曲市総合計画　成果指標の状況（平成30年度）｜千曲市</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin: 0.4em 0 0.8em; }}
th, td {{ border: 1px solid #333; padding: 3px 8px; }}
th {{ background: #e8e8e8; font-weight: normal; }}
td.r {{ text-align: right; }}
td.c {{ text-align: center; }}
p.note {{ font-size: 85%; margin: 0.2em 0; }}
</style>
</head>
<body>
<h1>第二次千曲市総合計画　前期基本計画　成果指標の状況（平成30年度）</h1>
<p>平成30年11月　千曲市企画政策部総合政策課</p>
<h2>第1章　千曲の魅力で創生する賑わいと活力あるまち</h2>
<h3>1-4　訪れたくなるまちを育てる【観光交流】</h3>
<table>
<thead>
<tr><th>成果指標</th><th>単位</th><th>基準値（H27）</th><th>H28実績</th><th>H29実績</th><th>H30見込</th><th>目標値（H33）</th><th>進捗</th></tr>
</thead>
<tbody>
{rows}
</tbody>
</table>
<p class="note">※H30見込は、平成30年9月末までの実績から推計した値です。「―」は推計できないものです。</p>
<p class="note">※進捗は、目標値（H33）に向けた推移を担当課が判断したものです（順調／やや遅れ／遅れ）。</p>
<p class="note">※観光交流関連事業費（平成30年度当初予算）：2億8,640万円</p>
</body>
</html>
"""


def chikuma() -> Path:
    path = HERE / "chikuma_seika_shihyo_h30.html"
    path.write_bytes(chikuma_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (tatebayashi, nakashibetsu, oga):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {chikuma().name}")


if __name__ == "__main__":
    main()
