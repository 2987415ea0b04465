"""Build the built documents of forms163/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/sekigahara_senryaku_kpi_r4.xlsx``, a 第2期総合戦略 KPI の進捗状況 in the manner of 関ケ原町
  (岐阜県): 施策 cells merged down, **each fiscal year (令和2年度 … 令和4年度) spanning a 目標 | 実績 pair**,
  then ``目標値（R6）``; ``万人`` with decimals in 単位, a ``―`` baseline, a ``―`` actual, a printed 評価
  column of 達成/未達成; and the PDF;
* ``source/mihama_kpi_tassei_h30.xlsx``, a 総合戦略 KPI 等の達成状況 in the manner of 御浜町 (三重県):
  a 区分 column of 数値目標/KPI, actuals H27–H30 under a spanning 実績値, ``目標値（H31）`` and a
  **達成率 column (H30 actual over the H31 target)**; ``百万円`` and ``千人`` in 単位; and the PDF;
* ``source/kato_shisaku_hyoka_h27.xlsx``, a 総合計画 後期基本計画 施策評価シート in the manner of 加東市
  (兵庫県): form fields (政策, 施策, 事業費 in 千円) over a grid with ``H25実績``, an ``H26`` year
  spanning 目標 | 実績, a 判定 column of ○/× and the final ``目標値（H29）`` right of it; and the PDF;
* ``tenri_seika_shihyo_r4.html``, a 総合計画 成果指標の進捗 page in the manner of 天理市 (奈良県):
  ``<h3>`` 施策 heading, ``<h4>成果指標</h4>``, values carrying their units, Western fiscal years,
  ``―`` for survey years not taken, a ``98.0%以上`` target and a 進捗 column of words.

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
    wb.properties.creator = "forms163/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms163/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms163_soffice_") as tmp:
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
# 関ケ原町 (岐阜県): 第2期関ケ原町まち・ひと・しごと創生総合戦略 KPI の進捗状況
# --------------------------------------------------------------------------------------------

# Real (町の策定ページ): the strategy's name, its period 令和2年度～令和6年度, 基本目標2 関ケ原への新しい人の流れを
# つくる and its two 施策 (1.関ケ原ブランドを生かした観光交流の促進, 2.移住・定住の促進と関係人口の創出).
# Made up: the sheet, every KPI, figure and target, the 評価 words, the notes.
SK_YEARS = ["令和2年度", "令和3年度", "令和4年度"]
SK_ROWS = [
    # (施策 or None, KPI, 単位, 基準, [(目標, 実績) per year], 目標R6, 評価)
    (
        "1.関ケ原ブランドを生かした観光交流の促進",
        "観光入込客数",
        "万人",
        139.2,
        [(140.0, 62.5), (145.0, 88.1), (150.0, 121.7)],
        160.0,
        "未達成",
    ),
    (
        None,
        "岐阜関ケ原古戦場記念館の入館者数",
        "人",
        "―",
        [(40000, 31245), (80000, 78412), (100000, 104330)],
        120000,
        "達成",
    ),
    (
        "2.移住・定住の促進と関係人口の創出",
        "空き家バンクを通じた成約件数",
        "件",
        4,
        [(5, 6), (5, 3), (6, 6)],
        8,
        "達成",
    ),
    (None, "移住体験ツアーの参加者数", "人", 12, [(15, "―"), (15, 9), (20, 14)], 30, "未達成"),
]


def sekigahara() -> Path:
    wb, ws = _sheet("KPI進捗", [26, 28, 7, 10, 9, 9, 9, 9, 9, 9, 10, 8])
    _text(
        ws,
        1,
        1,
        "第2期関ケ原町まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の進捗状況（令和4年度実績）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 12, "令和5年9月　関ケ原町", align="right")
    _text(ws, 4, 1, "基本目標2　関ケ原への新しい人の流れをつくる", bold=True, size=11)
    _head2(
        ws,
        5,
        [
            (1, "施策"),
            (2, "重要業績評価指標（KPI）"),
            (3, "単位"),
            (4, "基準値\n（R元）"),
            (11, "目標値\n（R6）"),
            (12, "評価"),
        ],
        [(5 + 2 * i, 6 + 2 * i, y, ["目標", "実績"]) for i, y in enumerate(SK_YEARS)],
    )
    r = 7
    top = None
    for policy, kpi, unit, base, pairs, target, grade in SK_ROWS:
        if policy is not None:
            _put(ws, r, 1, policy)
            top = r
        else:
            _put(ws, r, 1, None)
            _merge(ws, top, 1, r, 1)
        _put(ws, r, 2, kpi)
        _put(ws, r, 3, unit, align="center")
        vals = [base] + [v for pair in pairs for v in pair]
        fmts = {j: "0.0" for j in range(len(vals))} if unit == "万人" else None
        _vals(ws, r, 4, vals, fmts=fmts)
        _put(ws, r, 11, target, fmt="0.0" if isinstance(target, float) else None)
        _put(ws, r, 12, grade, align="center")
        ws.row_dimensions[r].height = 30
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※評価は令和4年度の目標と実績を比べたものです（達成：実績が目標以上、未達成：実績が目標未満）。",
            "※岐阜関ケ原古戦場記念館は令和2年10月の開館のため、基準値はありません。",
            "※令和2年度の移住体験ツアーは、新型コロナウイルス感染症の影響により実施しませんでした。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "sekigahara_senryaku_kpi_r4.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 御浜町 (三重県): 御浜町まち・ひと・しごと創生総合戦略（重要業績評価指標（KPI）等の達成状況）
# --------------------------------------------------------------------------------------------

# Real (町の総合戦略ページ): the title 御浜町まち・ひと・しごと創生総合戦略（重要業績評価指数（KPI）等の達成状況）
# and its date 令和元年6月 (the page writes 指数; 指標 is used here), the strategy of 平成28年2月, 企画課, 柑橘.
# Made up: the 基本目標 wording, every indicator, figure, target and 達成率, the notes.
MH_YEARS = ["H27", "H28", "H29", "H30"]
MH_ROWS = [
    ("数値目標", "町内の新規雇用者数（累計）", "人", [0, 8, 17, 25, 31], 50, "62.0%"),
    ("KPI", "柑橘の販売額", "百万円", [2130, 2085, 2210, 2164, 2302], 2400, "95.9%"),
    ("KPI", "新規就農者数（累計）", "人", [0, 2, 5, 7, 9], 10, "90.0%"),
    ("KPI", "道の駅の年間利用者数", "千人", [512, "―", 531, 545, 520], 600, "86.7%"),
]


def mihama() -> Path:
    wb, ws = _sheet("達成状況", [10, 30, 9, 11, 9, 9, 9, 9, 11, 14])
    _text(
        ws,
        1,
        1,
        "御浜町まち・ひと・しごと創生総合戦略（重要業績評価指標（KPI）等の達成状況）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 10, "令和元年6月　御浜町企画課", align="right")
    _text(
        ws,
        4,
        1,
        "基本目標1　柑橘を中心とした農業と地域産業を振興し、しごとをつくる",
        bold=True,
        size=11,
    )
    _head2(
        ws,
        5,
        [
            (1, "区分"),
            (2, "指標"),
            (3, "単位"),
            (4, "基準値\n（H26）"),
            (9, "目標値\n（H31）"),
            (10, "達成率\n（H30実績／目標値）"),
        ],
        [(5, 8, "実績値", MH_YEARS)],
    )
    r = 7
    for kind, name, unit, vals, target, rate in MH_ROWS:
        _put(ws, r, 1, kind, align="center", fill=LIGHT if kind == "数値目標" else None)
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, vals)
        _put(ws, r, 9, target)
        _put(ws, r, 10, rate, align="right")
        ws.row_dimensions[r].height = 26
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※達成率は、H30の実績値を目標値（H31）で割ったものです。",
            "※道の駅の年間利用者数は、H28はレジシステム更新のため集計していません。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "mihama_kpi_tassei_h30.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 加東市 (兵庫県): 加東市総合計画 後期基本計画 施策評価シート
# --------------------------------------------------------------------------------------------

# Real (加東市総合計画・後期基本計画（案）): the plan's name, its 愛称 みんなでつくる加東 きらめき☆プラン,
# the 基本構想 period 平成20年度～平成29年度 and the heading Ⅳ『活力』 魅力ある資源を活かした 誇りのもてるまち;
# 山田錦 (general knowledge). Made up: the sheet, the 施策, every indicator and figure, the 事業費, the notes.
KT_ROWS = [
    ("1", "観光入込客数", "千人", 1682, 1745, 1780, 1803, "○", 1900),
    ("2", "観光ボランティアガイドによる案内人数", "人", 2140, 2316, 2500, 2384, "×", 3000),
    ("3", "市内宿泊施設の宿泊者数", "人", 58300, 61250, 62000, 60870, "×", 66000),
    ("4", "山田錦を使った特産品の認定数（累計）", "品目", 6, 11, 12, 14, "○", 20),
]


def kato() -> Path:
    wb, ws = _sheet("施策評価", [6, 34, 8, 11, 10, 10, 10, 8, 11])
    _text(
        ws,
        1,
        1,
        "加東市総合計画（みんなでつくる加東 きらめき☆プラン）後期基本計画　施策評価シート（平成27年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 9, "平成27年8月　加東市", align="right")
    fields = [
        ("政策", "Ⅳ『活力』　魅力ある資源を活かした 誇りのもてるまち"),
        ("施策", "4-3　観光交流の推進"),
        ("施策に係る事業費\n（H26決算）", "48,620千円"),
    ]
    r = 4
    for label, value in fields:
        _span(ws, r, 1, 2, label, header=True)
        _span(ws, r, 3, 9, value)
        ws.row_dimensions[r].height = 24
        r += 1
    _text(ws, 8, 1, "１　成果指標の状況", bold=True, size=11)
    _head2(
        ws,
        9,
        [
            (1, "No."),
            (2, "成果指標"),
            (3, "単位"),
            (4, "基準値\n（H23）"),
            (5, "H25実績"),
            (8, "判定"),
            (9, "目標値\n（H29）"),
        ],
        [(6, 7, "H26", ["目標", "実績"])],
    )
    r = 11
    for no, name, unit, base, y25, t26, a26, mark, target in KT_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, [base, y25, t26, a26])
        _put(ws, r, 8, mark, align="center")
        _put(ws, r, 9, target)
        ws.row_dimensions[r].height = 24
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "判定　○：H26の目標を達成　×：H26の目標を達成していない",
            "※観光入込客数は兵庫県観光客動態調査によります。事業費は施策を構成する事務事業の決算額の合計です。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "kato_shisaku_hyoka_h27.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 天理市 (奈良県): 天理市第6次総合計画 前期基本計画 成果指標の進捗状況
# --------------------------------------------------------------------------------------------

# Real (市の策定ページ): the plan's name 天理市第6次総合計画, 令和2年4月の策定, 基本構想 令和2(2020)年度～
# 令和11(2029)年度, 前期基本計画 and 第2期総合戦略 令和2(2020)年度～令和6(2024)年度, the 第2期総合戦略 being
# merged into it. Made up: the page, the 基本目標 and 施策 headings, every indicator, value, target and 進捗 word.
TN_ROWS = [
    (
        "子育て支援センターの年間利用者数",
        "18,420人",
        "9,876人",
        "13,512人",
        "16,940人",
        "20,000人",
        "やや遅れ",
    ),
    ("保育所等の待機児童数", "12人", "5人", "0人", "0人", "0人", "順調"),
    ("「子育てしやすいまち」と感じる市民の割合", "46.8%", "―", "51.2%", "―", "55.0%", "順調"),
    ("乳幼児健康診査の受診率", "96.1%", "95.4%", "97.0%", "97.8%", "98.0%以上", "順調"),
]


def tenri_html() -> str:
    body = "\n".join(
        "<tr><td>"
        + name
        + "</td>"
        + "".join(f'<td class="num">{v}</td>' for v in vals)
        + f'<td class="c">{word}</td></tr>'
        for name, *vals, word in TN_ROWS
    )
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>成果指標の進捗状況（令和4年度実績） - 天理市</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
td.num {{ text-align: right; }}
td.c {{ text-align: center; }}
</style>
</head>
<body>
<p>ホーム &gt; 市政情報 &gt; 計画・行財政 &gt; 天理市第6次総合計画</p>
<h1>成果指標の進捗状況（令和4年度実績）</h1>
<p>天理市第6次総合計画の前期基本計画（第2期総合戦略を統合、計画期間は令和2（2020）年度から令和6（2024）年度まで）に掲げた成果指標について、2022年度までの実績を取りまとめました。市民アンケートは2年に1度（2021年度）実施しています。</p>
<h2>基本目標2　子どもを産み育てやすく、次世代を育むまち</h2>
<h3>施策2-1　子育て支援の充実</h3>
<h4>成果指標</h4>
<table>
<tr><th rowspan="2">指標名</th><th rowspan="2">策定時<br>（2018年度）</th><th colspan="3">実績</th><th rowspan="2">前期目標<br>（2024年度）</th><th rowspan="2">進捗</th></tr>
<tr><th>2020年度</th><th>2021年度</th><th>2022年度</th></tr>
{body}
</table>
<p>※進捗は、2022年度の実績と前期目標との差をもとに担当課が判断したものです（順調／やや遅れ／遅れ）。</p>
<p>※「―」は市民アンケートを実施していない年度です。</p>
<p>お問い合わせ：市長公室 総合政策課</p>
</body>
</html>
"""


def tenri() -> Path:
    path = HERE / "tenri_seika_shihyo_r4.html"
    path.write_bytes(tenri_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (sekigahara, mihama, kato):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {tenri().name}")


if __name__ == "__main__":
    main()
