"""Build the built documents of forms114/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/eniwa_kpi_shinchoku_r3.xlsx``, a 第2期総合戦略 KPI 進捗 in the manner of 恵庭市 (北海道):
  ``基準値`` spanning ``数値 | 時点`` (a month-dated ``R元.9``), a ``―`` actual, a ``達成率（R3）`` column
  against a later (R6) target; and the PDF;
* ``source/rikuzentakata_seika_shinchoku_r3.xlsx``, a 総合計画 成果指標 進ちょく状況 in the manner of
  陸前高田市 (岩手県): 基本目標 rows across the table, 基本政策 cells, ``万人`` in 単位, zero actuals and a
  five-level ``進ちょく評価`` word column; and the PDF;
* ``source/kurihara_suuchi_mokuhyo_h29.xlsx``, a 総合戦略 数値目標 達成状況 in the manner of 栗原市
  (宮城県): ``☆`` names, one 数値目標 merged down over a ``内訳`` column of three parts, ``万人/年``,
  ``累計`` targets for five years; and the PDF;
* ``shinchi_kpi_kensho_h29.html``, a 総合戦略 KPI 検証 in the manner of 新地町 (福島県): units in the
  name's brackets, ``未計測``, a ``…の抑制`` KPI (lower is better), a printed ``達成状況``.

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
    wb.properties.creator = "forms114/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms114/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms114_soffice_") as tmp:
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
        _put(ws, r, c, v, align="center" if v in ("―", "集計中", "未計測") else "right")
    else:
        _put(ws, r, c, v, fmt="#,##0.0" if isinstance(v, float) else None)


# --------------------------------------------------------------------------------------------
# 恵庭市 (北海道): 第2期恵庭市総合戦略 KPIの進捗状況（令和3年度実績）
# --------------------------------------------------------------------------------------------

# Real: 第2期恵庭市総合戦略 (令和2年度～), the 令和元年9月 市民アンケート in which 92% found 恵庭市
# 住みやすい. Made up: the sheet, its date and 部, the 基本目標 wording, every other KPI and figure.
ENIWA = [
    ("1", "恵庭市は住みやすいと感じる市民の割合", "％", 92.0, "R元.9", "―", 90.4, 93.0, "97.2%"),
    ("2", "転入者数", "人", 3512, "H30", 3640, 3705, 3600, "102.9%"),
    ("3", "子育て世帯の転入世帯数", "世帯", 410, "H30", 428, 415, 450, "92.2%"),
    ("4", "移住相談件数", "件", 48, "R元", 35, 61, 60, "101.7%"),
]


def eniwa() -> Path:
    widths = [5, 34, 6, 9, 8, 9, 9, 10, 10]
    wb, ws = _sheet("KPI進捗", widths)
    _text(ws, 1, 1, "第2期恵庭市総合戦略　KPIの進捗状況（令和3年度実績）", bold=True, size=12)
    _text(ws, 2, 9, "令和4年8月　恵庭市企画振興部", align="right")
    _text(ws, 4, 1, "基本目標２　恵庭への新しいひとの流れをつくる", bold=True, size=11)
    h = 5
    _head2(
        ws,
        h,
        [(1, "No."), (2, "重要業績評価指標（KPI）"), (3, "単位")],
        [(4, 5, "基準値", ["数値", "時点"]), (6, 7, "実績値", ["R2", "R3"])],
    )
    for c, word in ((8, "目標値\n（R6）"), (9, "達成率\n（R3）")):
        _put(ws, h, c, word, header=True)
        _put(ws, h + 1, c, None, header=True)
        _merge(ws, h, c, h + 1, c)
    r = h + 2
    for no, name, unit, base, when, a2, a3, t6, rate in ENIWA:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _num(ws, r, 4, base)
        _put(ws, r, 5, when, align="center")
        for j, v in enumerate((a2, a3, t6)):
            _num(ws, r, 6 + j, v)
        _put(ws, r, 9, rate, align="right")
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※達成率は、令和3年度の実績値を目標値（令和6年度）で除したものです。",
            "※市民の割合は市民アンケートによるもので、令和2年度は調査を実施していないため「―」としています。",
            "※参考：住民基本台帳人口　70,196人（令和4年3月末）",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "eniwa_kpi_shinchoku_r3.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 陸前高田市 (岩手県): まちづくり総合計画 前期基本計画 成果指標の進ちょく状況（令和3年度実績）
# --------------------------------------------------------------------------------------------

# Real: 陸前高田市まちづくり総合計画 (平成31年度～令和10年度, 前期 令和元年度～5年度), its 基本目標
# 「快適に気持ちよく暮らすまちづくり」, the five 進ちょく評価 words, 図書館利用者数 127,000人 (元年度, more
# than twice the target), ホタテ水揚げ量 98t (元年度), 観光入込客数 75万人 (2年度) and 93万人 (3年度),
# 新規林業就業者数 0 in 2年度 and 3年度 (進ちょくに遅れ). Made up: the sheet, its date and 部, the other
# 基本目標 wording, the 基本政策 names, every other figure and evaluation.
RIKUZENTAKATA = [
    (
        "基本目標３　快適に気持ちよく暮らすまちづくり",
        [
            (
                "生涯学習環境の充実",
                "図書館利用者数",
                "人",
                41250,
                127000,
                101560,
                118230,
                60000,
                "順調に推移",
            ),
        ],
    ),
    (
        "基本目標６　地域の資源を生かした産業のまちづくり",
        [
            (
                "水産業の振興",
                "ホタテ水揚げ量",
                "t",
                1120,
                98,
                245,
                310,
                1200,
                "進ちょくに大幅な遅れ",
            ),
            ("林業の振興", "新規林業就業者数", "人", 2, 1, 0, 0, 3, "進ちょくに遅れ"),
            ("観光の振興", "観光入込客数", "万人", 86, 102, 75, 93, 100, "おおむね順調に推移"),
        ],
    ),
]


def rikuzentakata() -> Path:
    widths = [16, 22, 6, 9, 9, 9, 9, 10, 18]
    wb, ws = _sheet("成果指標", widths)
    _text(
        ws,
        1,
        1,
        "陸前高田市まちづくり総合計画　前期基本計画　成果指標の進ちょく状況（令和3年度実績）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 9, "令和4年12月　陸前高田市企画部", align="right")
    h = 4
    heads = [
        "基本政策",
        "成果指標",
        "単位",
        "策定時\n（H29）",
        "R元実績",
        "R2実績",
        "R3実績",
        "前期目標値\n（R5）",
        "進ちょく評価",
    ]
    for c, word in enumerate(heads, start=1):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 28
    r = h + 1
    for goal, rows in RIKUZENTAKATA:
        _span(ws, r, 1, 9, goal, bold=True, fill=LIGHT)
        ws.row_dimensions[r].height = 18
        r += 1
        for policy, name, unit, base, a1, a2, a3, t5, word in rows:
            _put(ws, r, 1, policy)
            _put(ws, r, 2, name)
            _put(ws, r, 3, unit, align="center")
            for j, v in enumerate((base, a1, a2, a3, t5)):
                _num(ws, r, 4 + j, v)
            _put(ws, r, 9, word, align="center")
            ws.row_dimensions[r].height = 24
            r += 1
    _notes(
        ws,
        r + 1,
        [
            "※進ちょく評価：「順調に推移」「おおむね順調に推移」「やや進ちょくに遅れ」「進ちょくに遅れ」「進ちょくに大幅な遅れ」の5段階",
            "※ホタテ水揚げ量は、貝毒の発生による出荷自主規制の影響を受けています。",
            "※観光入込客数は、新型コロナウイルス感染症の影響によりR2に減少しました。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "rikuzentakata_seika_shinchoku_r3.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 栗原市 (宮城県): 栗原市まち・ひと・しごと創生総合戦略 数値目標の達成状況（平成29年度）
# --------------------------------------------------------------------------------------------

# Real: the strategy (平成27年度～平成31年度), its 基本目標1 「地域の特性を活かした産業や交流が盛んで、
# 充実した仕事ができるまちを創る」 and its ☆ 数値目標 (5年後): 観光客入込数 220万人/年, 新規雇用者数
# 5年間で900人, 域内産業への新規参入者 5年間で 誘致企業8社、新規就農者60人、創業企業8社. Made up: the
# sheet, its date and 課, every baseline and actual, the notes and money.
KURIHARA = [
    ("☆観光客入込数", [("", "万人/年", 198.5, 205.3, 211.0, 209.4, 220)]),
    ("☆新規雇用者数", [("", "人", "―", 172, 185, 190, "累計900")]),
    (
        "☆域内産業への新規参入者",
        [
            ("誘致企業", "社", "―", 1, 2, 1, "累計8"),
            ("新規就農者", "人", "―", 11, 9, 13, "累計60"),
            ("創業企業", "社", "―", 2, 1, 3, "累計8"),
        ],
    ),
]


def kurihara() -> Path:
    widths = [26, 11, 9, 10, 9, 9, 9, 11]
    wb, ws = _sheet("数値目標", widths)
    _text(
        ws,
        1,
        1,
        "栗原市まち・ひと・しごと創生総合戦略　数値目標の達成状況（平成29年度）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 8, "平成30年9月　栗原市企画部企画課", align="right")
    _text(
        ws,
        4,
        1,
        "基本目標１　地域の特性を活かした産業や交流が盛んで、充実した仕事ができるまちを創る",
        bold=True,
        size=11,
    )
    h = 5
    heads = [
        "数値目標",
        "内訳",
        "単位",
        "基準値\n（H26）",
        "H27実績",
        "H28実績",
        "H29実績",
        "目標値\n（H31）",
    ]
    for c, word in enumerate(heads, start=1):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 28
    r = h + 1
    for name, parts in KURIHARA:
        _put(ws, r, 1, name)
        for i in range(1, len(parts)):
            _put(ws, r + i, 1, None)
        if len(parts) > 1:
            _merge(ws, r, 1, r + len(parts) - 1, 1)
        for part, unit, base, a27, a28, a29, t31 in parts:
            _put(ws, r, 2, part or None, align="center")
            _put(ws, r, 3, unit, align="center")
            for j, v in enumerate((base, a27, a28, a29, t31)):
                _num(ws, r, 4 + j, v)
            ws.row_dimensions[r].height = 22
            r += 1
    _notes(
        ws,
        r + 1,
        [
            "※☆は総合戦略に掲げる数値目標（5年後）です。「累計」は平成27年度から平成31年度までの5年間の合計です。",
            "※新規雇用者数及び域内産業への新規参入者は総合戦略策定後の実績のため、基準値はありません。",
            "※基本目標１に係る平成29年度の関連事業費（決算）は1億2,480万円です。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "kurihara_suuchi_mokuhyo_h29.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 新地町 (福島県相馬郡): 新地町まち・ひと・しごと創生総合戦略 KPIの検証結果（平成29年度）
# --------------------------------------------------------------------------------------------

# Real: 新地町まち・ひと・しごと創生総合戦略 (平成28年3月) and its 基本目標1 「産業を振興し、安定した
# 雇用を創る」. Made up: the page, its date and 課, every KPI, figure and 達成状況, the notes and money.
SHINCHI = [
    ("1", "新規就農者数（人）", "3", "4", "5", "達成", "5"),
    ("2", "企業誘致件数（件）", "0", "1", "0", "未達成", "3"),
    ("3", "町内事業所の従業者数（人）", "2,850", "2,900", "未計測", "―", "3,000"),
    ("4", "若年層の転出超過の抑制（人）", "45", "35", "31", "達成", "25"),
]


def shinchi_html() -> str:
    rows = "\n".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in SHINCHI)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>新地町まち・ひと・しごと創生総合戦略 KPIの検証結果（平成29年度）｜新地町</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 1em; }}
th, td {{ border: 1px solid #333; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
</style>
</head>
<body>
<h1>新地町まち・ひと・しごと創生総合戦略　KPIの検証結果（平成29年度）</h1>
<p>平成30年9月　新地町企画振興課</p>
<p>達成状況は、平成29年度の目標値と実績値を比べたものです。</p>
<h2>基本目標1 産業を振興し、安定した雇用を創る</h2>
<table border="1">
<tr><th>No.</th><th>重要業績評価指標（KPI）</th><th>基準値（H26）</th><th>H29目標</th><th>H29実績</th><th>達成状況</th><th>最終目標（H31）</th></tr>
{rows}
</table>
<p>※町内事業所の従業者数は経済センサスの調査年でないため未計測です。</p>
<p>※若年層の転出超過は15～29歳の転出者数から転入者数を差し引いた数で、少ないほど良い指標です。</p>
<p>※基本目標1に係る平成29年度の関連事業費（決算）は41,360千円です。</p>
</body>
</html>
"""


def shinchi() -> Path:
    path = HERE / "shinchi_kpi_kensho_h29.html"
    path.write_bytes(shinchi_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (eniwa, rikuzentakata, kurihara):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {shinchi().name}")


if __name__ == "__main__":
    main()
