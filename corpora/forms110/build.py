"""Build the built documents of forms110/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/sunagawa_kpi_kensho_r5.xlsx``, a 第2期総合戦略 KPI 効果検証 in the manner of 砂川市 (北海道):
  a 進捗率 against the baseline and a 判定 of ``順調`` / ``遅れ`` measured against the plan's 経過率 (80%),
  an R6 target beside an R5 actual, ``千人`` in the 単位 column; and the PDF;
* ``source/kuzumaki_seika_shihyo_r4.xlsx``, 総合計画 成果指標の状況 in the manner of 葛巻町 (岩手県):
  each indicator merged down two stage rows (前期 R3 / 後期 R7) with its own 目標年度 and 目標値 per row,
  actuals ``R3 | R4`` merged down over both, ``千本`` / ``万kWh`` units; and the PDF;
* ``source/nanyo_shisaku_hyoka_r5.xlsx``, a 施策評価シート in the manner of 南陽市 (山形県): form fields
  (施策, 主管課, 事業費 in 千円), a ロジックモデル grid whose 段階 cells (最終アウトカム / 中間アウトカム /
  アウトプット) are merged down, a 達成率 column, a grade; and the PDF;
* ``natori_seika_shihyo_r6.html``, 長期総合計画 成果指標の状況 in the manner of 名取市 (宮城県): a ``総合戦略``
  column of ● marking the indicators that are also KPIs of the 地方創生総合戦略版, 施策 cells rowspanned.

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
    wb.properties.creator = "forms110/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms110/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms110_soffice_") as tmp:
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
        _put(ws, r, c, v, align="center" if v in ("―",) else "right")
    else:
        _put(ws, r, c, v, fmt="#,##0.0" if isinstance(v, float) else None)


# --------------------------------------------------------------------------------------------
# 砂川市 (北海道): 第2期砂川市まち・ひと・しごと創生総合戦略 KPIの効果検証（令和5年度実績）
# --------------------------------------------------------------------------------------------

# Real: 砂川市, 砂川スイートロード and 北海道子どもの国 (japanlocal.net). Made up: the sheet, its date,
# the 基本目標 wording, every KPI and figure, the 判定 rule and the notes.
SUNAGAWA = [
    ("1", "砂川スイートロード加盟店の来店者数", "千人", 412, 455, 480, "63.2%", "遅れ"),
    ("2", "北海道子どもの国の入園者数", "千人", 318, 352, 350, "106.3%", "順調"),
    ("3", "移住相談件数", "件", 24, 41, 45, "81.0%", "順調"),
    ("4", "ふるさと納税の寄附件数", "件", 8120, 12340, 15000, "61.3%", "遅れ"),
]


def sunagawa() -> Path:
    widths = [5, 36, 7, 11, 10, 11, 9, 8]
    wb, ws = _sheet("効果検証", widths)
    _text(
        ws,
        1,
        1,
        "第2期砂川市まち・ひと・しごと創生総合戦略　KPIの効果検証（令和5年度実績）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 8, "令和6年8月　砂川市", align="right")
    _text(ws, 3, 1, "計画期間（令和2年度～令和6年度）の5年のうち4年が経過しました（経過率80％）。")
    _text(
        ws,
        4,
        1,
        "【判定】順調：進捗率が経過率（80％）以上　遅れ：進捗率が経過率（80％）未満",
        size=8,
    )
    _text(ws, 6, 1, "基本目標2　砂川への新しいひとの流れをつくる", bold=True, size=11)
    h = 7
    heads = [
        "No.",
        "重要業績評価指標（KPI）",
        "単位",
        "基準値\n（R元）",
        "R5実績",
        "目標値\n（R6）",
        "進捗率",
        "判定",
    ]
    for c, word in enumerate(heads, start=1):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 28
    r = h + 1
    for no, name, unit, base, a5, t6, rate, grade in SUNAGAWA:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate((base, a5, t6)):
            _num(ws, r, 4 + j, v)
        _put(ws, r, 7, rate, align="right")
        _put(ws, r, 8, grade, align="center")
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※進捗率＝（R5実績－基準値）÷（目標値－基準値）。目標値は計画最終年度（R6）の値です。",
            "※令和5年度のふるさと納税寄附額は2億1,560万円でした。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "sunagawa_kpi_kensho_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 葛巻町 (岩手県): 葛巻町総合計画 成果指標の状況（令和4年度）
# --------------------------------------------------------------------------------------------

# Real: 葛巻町 and its motto 北緯40度 ミルクとワインとクリーンエネルギーの町 (町長施政方針, town site),
# milk, wine and wind power as its industries. Made up: the sheet, its date, the heading, every
# indicator and figure, the stage rows and the notes.
KUZUMAKI = [
    ("1", "生乳生産量", "t", 26500, ("R3", 27000, "R7", 28500), (26830, 27120)),
    ("2", "くずまきワインの出荷本数", "千本", 220, ("R3", 240, "R7", 260), (243, 251)),
    ("3", "風力発電による年間発電量", "万kWh", 8960, ("R3", 9000, "R7", 9500), (8410, 9120)),
    ("4", "グリーンツーリズム体験者数", "人", 3120, ("R3", 3500, "R7", 4000), ("―", 2480)),
]


def kuzumaki() -> Path:
    widths = [5, 30, 8, 11, 8, 8, 10, 10, 10]
    wb, ws = _sheet("成果指標", widths)
    _text(ws, 1, 1, "葛巻町総合計画　成果指標の状況（令和4年度）", bold=True, size=12)
    _text(ws, 2, 1, "～北緯40度 ミルクとワインとクリーンエネルギーの町～", size=9)
    _text(ws, 2, 9, "令和5年7月　葛巻町", align="right")
    _text(ws, 4, 1, "1　産業の振興", bold=True, size=11)
    h = 5
    _head2(
        ws,
        h,
        [(1, "No."), (2, "成果指標"), (3, "単位"), (4, "基準値\n（H30）"), (5, "区分")],
        [(6, 7, "目標", ["年度", "目標値"]), (8, 9, "実績値", ["R3", "R4"])],
    )
    r = h + 2
    for no, name, unit, base, (y1, t1, y2, t2), acts in KUZUMAKI:
        for c, v in ((1, no), (2, name), (3, unit)):
            _put(ws, r, c, v, align="left" if c == 2 else "center")
            _put(ws, r + 1, c, None)
            _merge(ws, r, c, r + 1, c)
        _num(ws, r, 4, base)
        _put(ws, r + 1, 4, None)
        _merge(ws, r, 4, r + 1, 4)
        for k, (stage, y, t) in enumerate((("前期", y1, t1), ("後期", y2, t2))):
            _put(ws, r + k, 5, stage, align="center")
            _put(ws, r + k, 6, y, align="center")
            _num(ws, r + k, 7, t)
        for j, v in enumerate(acts):
            _num(ws, r, 8 + j, v)
            _put(ws, r + 1, 8 + j, None)
            _merge(ws, r, 8 + j, r + 1, 8 + j)
        ws.row_dimensions[r].height = 18
        ws.row_dimensions[r + 1].height = 18
        r += 2
    _notes(
        ws,
        r + 1,
        [
            "※前期目標は前期基本計画の最終年度（R3）、後期目標は後期基本計画の最終年度（R7）の値です。",
            "※グリーンツーリズム体験者数のR3実績は、受入れを中止したため「―」としています。",
            "※令和4年度の酪農振興関係事業費（決算）は48,310千円です。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "kuzumaki_seika_shihyo_r4.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 南陽市 (山形県): 令和6年度 施策評価シート（令和5年度実績）
# --------------------------------------------------------------------------------------------

# Real: 第6次南陽市総合計画 (its EBPM and 効果検証 concept, city site), 赤湯温泉. Made up: the sheet,
# its fields, 施策 number and name, 主管課, money, every indicator and figure, 達成率 and the grade.
NANYO = [
    ("最終アウトカム", [("観光入込客数", "千人", 1120, 1450, 1386, "95.6%", 1600)]),
    (
        "中間アウトカム",
        [
            ("赤湯温泉の宿泊者数", "人", 142300, 170000, 171520, "100.9%", 185000),
            ("観光客満足度", "％", 78.4, 82.0, 80.1, "97.7%", 85.0),
        ],
    ),
    (
        "アウトプット",
        [
            ("観光PRイベントの開催回数", "回", 12, 15, 15, "100.0%", 15),
            ("観光案内所の利用者数", "人", 6840, 9000, "―", "―", 10000),
        ],
    ),
]


def nanyo() -> Path:
    widths = [12, 30, 6, 11, 11, 11, 9, 11]
    wb, ws = _sheet("施策評価", widths)
    _text(ws, 1, 1, "令和6年度　施策評価シート（令和5年度実績）", bold=True, size=12)
    _text(ws, 2, 8, "第6次南陽市総合計画", align="right")
    _text(ws, 3, 1, "１　施策の概要", bold=True, size=10)
    _put(ws, 4, 1, "施策", header=True)
    _span(ws, 4, 2, 4, "3-2　観光・交流の推進")
    _span(ws, 4, 5, 6, "主管課", header=True)
    _span(ws, 4, 7, 8, "商工観光課")
    _put(ws, 5, 1, "施策の事業費\n（R5決算）", header=True)
    _span(ws, 5, 2, 4, "182,450千円")
    _span(ws, 5, 5, 6, "構成事務事業数", header=True)
    _span(ws, 5, 7, 8, "9事業")
    for rr in (4, 5):
        ws.row_dimensions[rr].height = 24
    _text(ws, 7, 1, "２　ロジックモデルと指標", bold=True, size=10)
    h = 8
    heads = [
        "段階",
        "指標",
        "単位",
        "基準値\n（R2）",
        "R5目標値",
        "R5実績値",
        "達成率",
        "最終目標値\n（R8）",
    ]
    for c, word in enumerate(heads, start=1):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 28
    r = h + 1
    for stage, rows in NANYO:
        _put(ws, r, 1, stage, align="center")
        for k in range(1, len(rows)):
            _put(ws, r + k, 1, None)
        if len(rows) > 1:
            _merge(ws, r, 1, r + len(rows) - 1, 1)
        for name, unit, base, t5, a5, rate, final in rows:
            _put(ws, r, 2, name)
            _put(ws, r, 3, unit, align="center")
            for j, v in enumerate((base, t5, a5)):
                _num(ws, r, 4 + j, v)
            _put(ws, r, 7, rate, align="right" if rate != "―" else "center")
            _num(ws, r, 8, final)
            ws.row_dimensions[r].height = 20
            r += 1
    _text(ws, r + 1, 1, "３　施策の評価", bold=True, size=10)
    _put(ws, r + 2, 1, "総合評価", header=True)
    _span(ws, r + 2, 2, 8, "B　概ね順調に進んでいる")
    ws.row_dimensions[r + 2].height = 20
    _notes(
        ws,
        r + 4,
        [
            "※達成率＝R5実績値÷R5目標値。観光案内所の利用者数は、案内所の移転のためR5は計測していません。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "nanyo_shisaku_hyoka_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 名取市 (宮城県): 名取市第六次長期総合計画 成果指標の状況（令和6年度）
# --------------------------------------------------------------------------------------------

# Real: 名取市第六次長期総合計画 and its 地方創生総合戦略版 (R2–R6, the four 基本目標, 目標人口
# 85,000人 in R12), 閖上. Made up: the page, the 施策 names, every indicator, figure and ● mark, notes.
NATORI = [
    (
        "(1)",
        "移住・定住の促進",
        [
            ("転入者数", "●", "人", "4,512", "4,380", "4,605", "4,600"),
            ("空き家バンクの成約件数", "", "件", "3", "7", "9", "10"),
        ],
    ),
    (
        "(2)",
        "交流人口・関係人口の拡大",
        [
            (
                "閖上地区の観光交流施設の来訪者数",
                "●",
                "人",
                "615,200",
                "702,430",
                "688,910",
                "700,000",
            ),
            ("ふるさと納税の寄附者数", "●", "人", "2,310", "9,870", "―", "8,000"),
        ],
    ),
]


def natori_html() -> str:
    rows = []
    for no, name, kpis in NATORI:
        for i, cells in enumerate(kpis):
            lead = f'<td rowspan="{len(kpis)}">{no} {name}</td>' if i == 0 else ""
            tds = "".join(
                f'<td class="c">{c}</td>' if j == 1 else f"<td>{c}</td>"
                for j, c in enumerate(cells)
            )
            rows.append(f"<tr>{lead}{tds}</tr>")
    body = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>名取市第六次長期総合計画 成果指標の状況（令和6年度）｜名取市</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 1em; }}
th, td {{ border: 1px solid #333; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
td.c {{ text-align: center; }}
</style>
</head>
<body>
<h1>名取市第六次長期総合計画　成果指標の状況（令和6年度）</h1>
<p>令和7年9月　名取市</p>
<p>長期総合計画を地方創生総合戦略として活用しており、地方創生総合戦略版（令和2年度～令和6年度）は令和6年度で計画期間を終えました。人口ビジョンでは令和12年の目標人口を85,000人としています。</p>
<p>「総合戦略」欄の●は、地方創生総合戦略版の重要業績評価指標（KPI）を兼ねる成果指標です。</p>
<h2>基本目標2 名取市とのつながりを築き、新しい人の流れをつくる</h2>
<table border="1">
<tr><th>施策</th><th>成果指標</th><th>総合戦略</th><th>単位</th><th>策定時（R元）</th><th>R5実績</th><th>R6実績</th><th>目標値（R6）</th></tr>
{body}
</table>
<p>※ふるさと納税の寄附者数のR6実績は、集計後に掲載します。</p>
</body>
</html>
"""


def natori() -> Path:
    path = HERE / "natori_seika_shihyo_r6.html"
    path.write_bytes(natori_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (sunagawa, kuzumaki, nanyo):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {natori().name}")


if __name__ == "__main__":
    main()
