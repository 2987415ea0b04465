"""Build the built documents of forms109/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/ibara_seika_shihyo_h27.xlsx``, 総合計画 後期基本計画 成果指標の達成状況 in the manner of 井原市
  (岡山県): ``実績値`` spanning bare ``H25 | H26 | H27``, a target for a later year (H28), an 評価 column
  ``達成`` / ``未達成（改善）`` / ``未達成（悪化）`` read through a legend, a count line; and the PDF;
* ``source/yawatahama_jimujigyo_h21.xlsx``, a 事務事業評価シート in the manner of 八幡浜市 (愛媛県):
  form fields with money, 活動指標 / 成果指標 merged down, a 達成率 column, a next-year target, a 0 actual;
  and the PDF;
* ``source/chatan_kpi_shinchoku_r5.xlsx``, a 総合戦略 KPI 進捗 in the manner of 北谷町 (沖縄県): units
  and scale words only in the name's brackets (``（千人）``), ``R4`` / ``R5`` spanning ``計画 | 実績``, targets
  below the baseline; and the PDF;
* ``nobeoka_kpi_tassei_r6.html``, a 第2期総合戦略 KPI 達成状況 in the manner of 延岡市 (宮崎県): 施策 cells
  rowspanned, an 達成状況 column of ``達成`` / ``8割以上`` / ``8割未満`` / ``―``, a count lead.

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
    wb.properties.creator = "forms109/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms109/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms109_soffice_") as tmp:
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
        _put(ws, r, c, v, align="center" if v in ("―", "集計中") else "right")
    else:
        _put(ws, r, c, v, fmt="#,##0.0" if isinstance(v, float) else None)


# --------------------------------------------------------------------------------------------
# 井原市 (岡山県): 第6次井原市総合計画 後期基本計画 成果指標の達成状況（平成27年度末）
# --------------------------------------------------------------------------------------------

# Real: 第6次井原市総合計画 後期基本計画 and its 成果指標 (目標値), asked about in the city council
# (平成29年2月定例会) as the plan reached its last year. Made up: the sheet, its date and 課, the
# chapter heading, every indicator and figure, the 評価 words and legend, the count line.
IBARA = [
    ("1", "特定健康診査受診率", "％", 28.4, [31.2, 33.0, 35.6], "40.0", "未達成（改善）"),
    ("2", "乳幼児健康診査受診率", "％", 95.1, [96.8, 97.4, 98.2], "97.0", "達成"),
    (
        "3",
        "ファミリー・サポート・センター会員数",
        "人",
        210,
        [254, 268, 291],
        "300",
        "未達成（改善）",
    ),
    ("4", "自主防災組織の組織率", "％", 62.5, [60.8, 59.7, 58.9], "75.0", "未達成（悪化）"),
    ("5", "市内の交通事故発生件数", "件", 142, [118, "―", 96], "110以下", "達成"),
]


def ibara() -> Path:
    widths = [5, 34, 6, 11, 9, 9, 9, 11, 14]
    wb, ws = _sheet("成果指標", widths)
    _text(
        ws,
        1,
        1,
        "第6次井原市総合計画　後期基本計画　成果指標の達成状況（平成27年度末）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 9, "平成28年6月　井原市企画課", align="right")
    _text(ws, 3, 1, "後期基本計画の計画期間は平成24年度から平成28年度までの5年間です。", size=9)
    _text(
        ws,
        4,
        1,
        "【評価】達成：目標値に達している　未達成（改善）：目標値に届かないが計画策定時より改善　未達成（悪化）：計画策定時より悪化",
        size=8,
    )
    _text(ws, 6, 1, "1　健やかで安心して暮らせるまちづくり", bold=True, size=11)
    h = 7
    _head2(
        ws,
        h,
        [(1, "No."), (2, "成果指標"), (3, "単位"), (4, "計画策定時\n（H22）")],
        [(5, 7, "実績値", ["H25", "H26", "H27"])],
    )
    for c, word in ((8, "目標値\n（H28）"), (9, "評価")):
        _put(ws, h, c, word, header=True)
        _put(ws, h + 1, c, None, header=True)
        _merge(ws, h, c, h + 1, c)
    r = h + 2
    for no, name, unit, base, acts, target, grade in IBARA:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _num(ws, r, 4, base)
        for j, v in enumerate(acts):
            _num(ws, r, 5 + j, v)
        if target.endswith("以下"):
            _put(ws, r, 8, target, align="right")
        else:
            _num(ws, r, 8, float(target) if "." in target else int(target))
        _put(ws, r, 9, grade, align="center")
        ws.row_dimensions[r].height = 20
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "評価の内訳　達成 2項目　未達成（改善） 2項目　未達成（悪化） 1項目（計 5項目）",
            "※交通事故発生件数のH26は、集計方法の変更により「―」としています。",
            "※実績値は各年度末現在。目標値（H28）は後期基本計画の最終年度の値です。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "ibara_seika_shihyo_h27.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 八幡浜市 (愛媛県): 平成22年度 事務事業評価シート（平成21年度実施事業）
# --------------------------------------------------------------------------------------------

# Real: 八幡浜市's 行政評価 / 事務事業評価 as discussed in the city council (一般質問, 平成22年6月).
# Made up: the sheet, its fields, money, every indicator and figure, 達成率, the evaluation.
YAWATAHAMA = [
    ("活動指標", "移住相談会への出展回数", "回", 4, 6, 6, "100.0%", 6),
    ("活動指標", "空き家情報の提供件数", "件", 12, 20, 17, "85.0%", 25),
    ("成果指標", "移住者数", "人", 8, 15, 19, "126.7%", 20),
    ("成果指標", "空き家バンクの成約件数", "件", 3, 5, 0, "0.0%", 5),
]


def yawatahama() -> Path:
    widths = [11, 30, 7, 10, 10, 10, 10, 10]
    wb, ws = _sheet("事務事業評価", widths)
    _text(ws, 1, 1, "平成22年度　事務事業評価シート（平成21年度実施事業）", bold=True, size=12)
    _text(ws, 2, 8, "八幡浜市", align="right")
    _text(ws, 3, 1, "１　事業の概要", bold=True, size=10)
    _put(ws, 4, 1, "事務事業名", header=True)
    _span(ws, 4, 2, 4, "移住・定住促進事業")
    _span(ws, 4, 5, 6, "担当課", header=True)
    _span(ws, 4, 7, 8, "政策推進課")
    _put(ws, 5, 1, "総合計画の\n位置づけ", header=True)
    _span(ws, 5, 2, 8, "5-3　定住の促進")
    _put(ws, 6, 1, "事業費\n（千円）", header=True)
    _put(ws, 6, 2, "H20決算", header=True)
    _span(ws, 6, 3, 4, 5820)
    _span(ws, 6, 5, 6, "H21決算", header=True)
    _span(ws, 6, 7, 8, 7146)
    for rr in (4, 5, 6):
        ws.row_dimensions[rr].height = 24
    _text(ws, 8, 1, "２　指標の状況", bold=True, size=10)
    h = 9
    heads = ["区分", "指標名", "単位", "H20実績", "H21目標", "H21実績", "達成率", "H22目標"]
    for c, word in enumerate(heads, start=1):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 20
    r = h + 1
    for i, (kind, name, unit, h20, t21, a21, rate, t22) in enumerate(YAWATAHAMA):
        if i % 2 == 0:
            _put(ws, r, 1, kind, align="center")
            _put(ws, r + 1, 1, None)
            _merge(ws, r, 1, r + 1, 1)
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate((h20, t21, a21)):
            _num(ws, r, 4 + j, v)
        _put(ws, r, 7, rate, align="right")
        _num(ws, r, 8, t22)
        ws.row_dimensions[r].height = 20
        r += 1
    _text(ws, r + 1, 1, "３　評価", bold=True, size=10)
    _put(ws, r + 2, 1, "総合評価", header=True)
    _span(ws, r + 2, 2, 8, "B　概ね成果が上がっている（今後の方向性：継続）")
    _notes(ws, r + 4, ["※達成率＝H21実績÷H21目標。空き家バンクの成約はH22年度に2件見込み。"])
    _page(ws, "portrait")
    path = SOURCE / "yawatahama_jimujigyo_h21.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 北谷町 (沖縄県中頭郡): 第2期北谷町まち・ひと・しごと創生総合戦略 KPI進捗状況（令和5年度）
# --------------------------------------------------------------------------------------------

# Real: 北谷町 and its アメリカンビレッジ (美浜), the town's 総合戦略. Made up: the sheet, its date and
# 課, the 基本目標 wording, every KPI and figure, the notes and money.
CHATAN = [
    ("1", "観光入込客数（千人）", 8512, (6800, 6950), (7500, 7812)),
    ("2", "美浜アメリカンビレッジの外国人観光客数（千人）", 1230, (600, 410), (900, 780)),
    ("3", "町内のダイビング事業者数（事業者）", 18, (20, 19), (21, 16)),
    ("4", "観光客満足度（％）", 82.0, (84.0, "―"), (85.0, 85.0)),
]


def chatan() -> Path:
    widths = [5, 40, 11, 9, 9, 9, 9]
    wb, ws = _sheet("KPI進捗", widths)
    _text(
        ws,
        1,
        1,
        "第2期北谷町まち・ひと・しごと創生総合戦略　KPI進捗状況（令和5年度）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 7, "令和6年9月　北谷町企画財政課", align="right")
    _text(ws, 3, 1, "基準値（R元）は新型コロナウイルス感染症の影響前の値です。", size=9)
    _text(ws, 5, 1, "基本目標2　観光・交流で稼ぐまちをつくる", bold=True, size=11)
    h = 6
    _head2(
        ws,
        h,
        [(1, "No."), (2, "重要業績評価指標（KPI）"), (3, "基準値\n（R元）")],
        [(4, 5, "R4", ["計画", "実績"]), (6, 7, "R5", ["計画", "実績"])],
    )
    r = h + 2
    for no, name, base, r4, r5 in CHATAN:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _num(ws, r, 3, base)
        for j, v in enumerate((*r4, *r5)):
            _num(ws, r, 4 + j, v)
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※観光客満足度のR4実績は、観光客アンケートを実施していないため「―」としています。",
            "※基本目標2に係る令和5年度の関連事業費（決算）は64,210千円です。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "chatan_kpi_shinchoku_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 延岡市 (宮崎県): 第2期延岡新時代創生総合戦略 KPIの達成状況（令和6年度実績）
# --------------------------------------------------------------------------------------------

# Real: 第2期延岡新時代創生総合戦略 (令和3年3月), the 延岡市地方創生有識者会議 of 令和7年8月20日, its
# count (83項目中37項目達成, 20項目が目標値の8割以上), 企業誘致の強化, 大学を活かした新たな連携,
# 移住・定住の促進. Made up: the page's layout, heading, every KPI, figure and status word.
NOBEOKA = [
    (
        "(1)",
        "企業誘致の強化",
        [
            ("誘致企業による新規雇用者数（累計）", "人", "0", "412", "500", "538", "達成", "600"),
            ("創業支援による創業件数", "件", "31", "44", "50", "42", "8割以上", "55"),
        ],
    ),
    (
        "(2)",
        "大学を活かした新たな連携",
        [
            ("市内大学卒業生の市内就職者数", "人", "58", "61", "70", "49", "8割未満", "75"),
            ("大学との共同研究件数", "件", "6", "9", "10", "―", "―", "12"),
        ],
    ),
    (
        "(3)",
        "移住・定住の促進",
        [
            ("移住相談窓口を通じた移住者数", "人", "112", "198", "220", "231", "達成", "240"),
        ],
    ),
]


def nobeoka_html() -> str:
    rows = []
    for no, name, kpis in NOBEOKA:
        for i, cells in enumerate(kpis):
            lead = f'<td rowspan="{len(kpis)}">{no} {name}</td>' if i == 0 else ""
            tds = "".join(f"<td>{c}</td>" for c in cells)
            rows.append(f"<tr>{lead}{tds}</tr>")
    body = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>第2期延岡新時代創生総合戦略 KPIの達成状況（令和6年度実績）｜延岡市</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 1em; }}
th, td {{ border: 1px solid #333; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
</style>
</head>
<body>
<h1>第2期延岡新時代創生総合戦略　KPIの達成状況（令和6年度実績）</h1>
<p>令和7年8月　延岡市企画部企画課</p>
<p>総合戦略に掲げるKPI83項目のうち37項目は目標を達成し、20項目は目標値の8割以上となりました。以下、基本目標1の状況です。</p>
<p>【達成状況】達成：R6実績が目標値以上　8割以上：目標値の8割以上100%未満　8割未満：目標値の8割未満　―：実績把握前</p>
<h2>基本目標1 延岡で働く場をつくり、安心して働けるようにする</h2>
<table border="1">
<tr><th>施策</th><th>重要業績評価指標（KPI）</th><th>単位</th><th>基準値（R元）</th><th>R5実績</th><th>R6目標</th><th>R6実績</th><th>達成状況</th><th>最終目標（R7）</th></tr>
{body}
</table>
<p>※大学との共同研究件数のR6実績は、集計中のため「―」としています。</p>
<p>※基本目標1に係る令和6年度の関連事業費（決算）は185,400千円です。</p>
</body>
</html>
"""


def nobeoka() -> Path:
    path = HERE / "nobeoka_kpi_tassei_r6.html"
    path.write_bytes(nobeoka_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (ibara, yawatahama, chatan):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {nobeoka().name}")


if __name__ == "__main__":
    main()
