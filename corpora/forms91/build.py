"""Build the built documents of forms91/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/matsusaka_seika_shihyo_r6.xlsx``, a 総合計画 成果指標の進捗 in the manner of 松阪市 (三重県):
  Western years with the era in brackets (``2024(R6)年度``), 施策 code and name merged down, ``千人``
  in 単位, a ``―`` actual, a 達成率 column; and the PDF;
* ``source/onomichi_kpi_kensho_h27.xlsx``, a 総合戦略 KPI 検証 in the manner of 尾道市 (広島県):
  ``H27`` spanning 実績 | 改善・悪化 | 達成度, units in the name's brackets (``（千円）``), ``延べ`` in
  cells, a ``≪成果と見直し≫`` prose row under each indicator; and the PDF;
* ``source/sakaide_kpi_shinchoku_r3.xlsx``, a 第2期総合戦略 KPI 進捗 in the manner of 坂出市 (香川県):
  基準値, 最新値 and 目標値 each split into 数値 | 時点, the 時点 cells mixing 年度, 年 and months, ``万トン``
  in 単位, a ``以上`` target, a 進捗 column of arrows; and the PDF;
* ``ashiya_kensho_r1.html``, a 第1期総合戦略 評価・検証 in the manner of 芦屋町 (福岡県): values with
  their year on a second line, a ``見込`` actual, a 評価 column of sentences.

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
    wb.properties.creator = "forms91/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms91/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms91_soffice_") as tmp:
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


# --------------------------------------------------------------------------------------------
# 松阪市 (三重県): 松阪市総合計画 成果指標の進捗状況（2024(R6)年度実績）
# --------------------------------------------------------------------------------------------

# Real (松阪市's page on the 総合計画): the plan's name and motto, its 基本計画 period written
# 2024(R6)年度–2027(R9)年度, 政策3 活力ある産業. Made up: the 施策, every indicator, figure and note.
MATSUSAKA = [
    (
        "3-1\n農林水産業の振興",
        [
            ("新規就農者数", "人", 12, 14, 15, 20, "75.0%"),
            ("担い手への農地集積率", "％", 38.5, 40.1, 41.2, 45.0, "91.6%"),
        ],
    ),
    ("3-2\n商工業の振興", [("創業支援による創業件数", "件", 24, 27, 31, 30, "103.3%")]),
    (
        "3-3\n観光の振興",
        [
            ("観光入込客数", "千人", 4512, 4870, 5038, 5500, "91.6%"),
            ("外国人宿泊者数", "人", 3210, 4105, "―", 6000, "―"),
        ],
    ),
]


def matsusaka() -> Path:
    widths = [18, 30, 7, 13, 13, 13, 13, 9]
    wb, ws = _sheet("成果指標", widths)
    _text(
        ws,
        1,
        1,
        "松阪市総合計画～和で結び　みんなで築く　松阪市～　成果指標の進捗状況（2024(R6)年度実績）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 8, "2025(R7)年8月　松阪市経営企画課", align="right", size=9)
    _text(ws, 4, 1, "政策3　活力ある産業", bold=True, size=11)
    h = 6
    for c, word in ((1, "施策"), (2, "成果指標"), (3, "単位"), (8, "達成率")):
        _put(ws, h, c, word, header=True)
        _put(ws, h + 1, c, None, header=True)
        _merge(ws, h, c, h + 1, c)
    _put(ws, h, 4, "基準値", header=True)
    _put(ws, h + 1, 4, "2022(R4)年度", header=True)
    _span(ws, h, 5, 6, "実績値", header=True)
    _put(ws, h + 1, 5, "2023(R5)年度", header=True)
    _put(ws, h + 1, 6, "2024(R6)年度", header=True)
    _put(ws, h, 7, "目標値", header=True)
    _put(ws, h + 1, 7, "2027(R9)年度", header=True)
    ws.row_dimensions[h].height = 20
    ws.row_dimensions[h + 1].height = 20
    r = h + 2
    for program, rows in MATSUSAKA:
        first = r
        for name, unit, *cells in rows:
            _put(ws, r, 1, program if r == first else None)
            _put(ws, r, 2, name)
            _put(ws, r, 3, unit, align="center")
            for j, v in enumerate(cells):
                fmt = "0.0" if isinstance(v, float) else None
                _put(ws, r, 4 + j, v, align="center" if isinstance(v, str) else "right", fmt=fmt)
            ws.row_dimensions[r].height = 30
            r += 1
        if r - 1 > first:
            _merge(ws, first, 1, r - 1, 1)
    _notes(
        ws,
        r + 1,
        [
            "※達成率は、2024(R6)年度実績値を2027(R9)年度目標値で除したものです。",
            "※外国人宿泊者数の2024(R6)年度値は、県の観光客実態調査の公表前のため掲載していません。",
            "※2024(R6)年度の観光振興関係事業費は128,450千円でした。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "matsusaka_seika_shihyo_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 尾道市 (広島県): 尾道市まち・ひと・しごと創生総合戦略 KPIの検証（平成27年度実績）
# --------------------------------------------------------------------------------------------

# Real (a 広島県 city's 総合戦略 検証 of the same year): the block shape ■施策① …, the header
# 指標名 | 現状値（H26） | H27 [実績 | 改善・悪化 | 達成度] | 目標値（H31）, units in the name's
# brackets, 延べ in cells, the ≪成果と見直し≫ rows and the legend. Real for 尾道市: its 総合計画
# (平成29年3月) and the city's name. Made up: every indicator, figure and text.
ONOMICHI = [
    (
        "有害鳥獣による農作物年間被害額（千円）",
        31240,
        28915,
        "○",
        "A",
        27000,
        "防護柵の設置支援（42件）により被害額は減少した。今後も捕獲と防除を組み合わせた対策を進める。",
    ),
    (
        "新規就農者数（人）",
        "延べ 2",
        "延べ 4",
        "○",
        "A",
        "延べ 10",
        "研修生2人を受け入れた。就農時の農地・住居のあっせんを関係機関と連携して進める。",
    ),
    (
        "レモンの栽培面積（ha）",
        41.2,
        40.8,
        "×",
        "B",
        50.0,
        "生産者の高齢化による廃園があり、面積は減少した。園地の継承を支援する制度を検討する。",
    ),
    (
        "水産物直売所の販売額（千円）",
        84500,
        82300,
        "×",
        "B",
        95000,
        "出荷量の減少により販売額は前年を下回った。島しょ部の観光客向け販売を強化する。",
    ),
]


def onomichi() -> Path:
    widths = [34, 12, 11, 10, 9, 12]
    wb, ws = _sheet("KPI検証", widths)
    _text(
        ws,
        1,
        1,
        "尾道市まち・ひと・しごと創生総合戦略　KPIの検証（平成27年度実績）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 6, "平成28年8月　尾道市", align="right", size=9)
    _text(ws, 3, 1, "※目標値（H31）内の「延べ」は計画期間（5年間）の合計値", size=8)
    _text(
        ws,
        4,
        1,
        "改善・悪化：改善○，維持△，悪化×，未実施－　　達成度：順調A，要改善B，未実施－",
        size=8,
    )
    _text(ws, 6, 1, "（ⅲ）具体的施策・施策ごとの重要業績評価指標", bold=True, size=11)
    _text(ws, 7, 1, "■施策①　農林水産業の振興", bold=True, size=10)
    h = 8
    for c, word in ((1, "指標名"), (2, "現状値\n（H26）"), (6, "目標値\n（H31）")):
        _put(ws, h, c, word, header=True)
        _put(ws, h + 1, c, None, header=True)
        _merge(ws, h, c, h + 1, c)
    _span(ws, h, 3, 5, "H27", header=True)
    for j, word in enumerate(("実績", "改善・悪化", "達成度")):
        _put(ws, h + 1, 3 + j, word, header=True)
    ws.row_dimensions[h].height = 18
    ws.row_dimensions[h + 1].height = 18
    r = h + 2
    for name, base, act, mark, grade, target, prose in ONOMICHI:
        _put(ws, r, 1, name)
        for j, v in enumerate((base, act, mark, grade, target)):
            fmt = "0.0" if isinstance(v, float) else None
            align = "center" if j in (2, 3) else "right"
            _put(ws, r, 2 + j, v, align=align, fmt=fmt)
        ws.row_dimensions[r].height = 24
        _span(ws, r + 1, 1, 6, "≪成果と見直し≫\n" + prose)
        ws.row_dimensions[r + 1].height = 34
        r += 2
    _notes(
        ws, r + 1, ["※平成27年度の有害鳥獣対策事業費は18,760千円（うち県補助金6,250千円）でした。"]
    )
    _page(ws, "portrait")
    path = SOURCE / "onomichi_kpi_kensho_h27.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 坂出市 (香川県): 第2期坂出市まち・ひと・しごと創生総合戦略 KPI進捗状況（令和4年3月）
# --------------------------------------------------------------------------------------------

# Real (坂出市's 施政方針 of the 令和4年3月定例会): the city, the date of that session, the 坂出市立病院
# and its place in 中讃. Made up: the strategy sheet, the 基本目標 wording, every KPI, figure and note.
SAKAIDE = [
    (1, "市内事業所の新規雇用者数", "人", 412, "R元年度", 389, "R2年度", 450, "R6年度", "↘"),
    (
        2,
        "創業支援事業による創業者数（累計）",
        "件",
        18,
        "R元年度",
        41,
        "R3.12末",
        60,
        "R6年度",
        "↗",
    ),
    (3, "坂出港の取扱貨物量", "万トン", 2960, "H30年", 2874, "R2年", 3000, "R6年", "↘"),
    (4, "坂出市立病院の紹介率", "％", 62.4, "R元年度", 68.9, "R2年度", 70.0, "R6年度", "↗"),
    (5, "有効求人倍率（坂出管内）", "倍", 1.52, "R2.3", 1.38, "R3.12", "1.50以上", "R6年度", "↘"),
]


def sakaide() -> Path:
    widths = [5, 32, 8, 9, 10, 9, 10, 10, 10, 7]
    wb, ws = _sheet("KPI進捗", widths)
    _text(
        ws,
        1,
        1,
        "第2期坂出市まち・ひと・しごと創生総合戦略　KPI進捗状況（令和4年3月）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 10, "令和4年3月　坂出市政策課", align="right", size=9)
    _text(ws, 4, 1, "基本目標1　地域の特性を活かした安定した雇用を創出する", bold=True, size=11)
    h = 6
    for c, word in ((1, "No."), (2, "KPI"), (3, "単位"), (10, "進捗")):
        _put(ws, h, c, word, header=True)
        _put(ws, h + 1, c, None, header=True)
        _merge(ws, h, c, h + 1, c)
    for c, word in ((4, "基準値"), (6, "最新値"), (8, "目標値")):
        _span(ws, h, c, c + 1, word, header=True)
        _put(ws, h + 1, c, "数値", header=True)
        _put(ws, h + 1, c + 1, "時点", header=True)
    ws.row_dimensions[h].height = 18
    ws.row_dimensions[h + 1].height = 18
    r = h + 2
    for no, name, unit, *cells in SAKAIDE:
        _put(ws, r, 1, no, align="center", fmt="0")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate(cells):
            fmt = None
            if isinstance(v, float):
                fmt = "0.00" if unit == "倍" else "0.0"
            align = "center" if j % 2 == 1 or j == 6 else "right"
            _put(ws, r, 4 + j, v, align=align, fmt=fmt)
        ws.row_dimensions[r].height = 24
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※進捗：↗ 基準値から改善　→ 横ばい　↘ 基準値から悪化",
            "※坂出港の取扱貨物量は暦年の値です（港湾統計）。",
            "※令和3年度の創業支援関係事業費は9,860千円です。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "sakaide_kpi_shinchoku_r3.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 芦屋町 (福岡県遠賀郡): 第1期芦屋町まち・ひと・しごと創生総合戦略の評価・検証
# --------------------------------------------------------------------------------------------

# Real (the town's 評価・検証, 令和2年8月5日 地方創生推進委員会 資料5): the title, the lead text, the
# 政策目標Ⅰ heading, the columns 基準値 | 目標値 | 実績値 | 評価 and both rows under 政策目標Ⅰ with
# their figures and 評価 sentences. Made up: the 政策目標Ⅱ heading wording and its two rows.
ASHIYA_BODY = """<h2>1　基本目標の進捗状況</h2>
<h3>政策目標Ⅰ　芦屋の魅力を活かし、新しいひとの流れをつくる</h3>
<table border="1">
<tr><th></th><th>基準値</th><th>目標値</th><th>実績値</th><th>評価</th></tr>
<tr><td>観光入込客数</td><td>564,300人<br>（平成26年）</td><td>585,000人<br>（令和元年）</td><td>609,427人<br>（令和元年見込）</td><td>目標値を達成しました。<br>海浜公園、アクアシアン、あしや砂像展の来場者が増加しています。<br>※令和元年の観光入込客数については、8月ごろ確定します。</td></tr>
<tr><td>移住・定住者（累計）</td><td>12世帯<br>（平成26年度）</td><td>60世帯<br>（令和元年度）</td><td>223世帯<br>（令和元年度）</td><td>目標値を達成しました。<br>県内外の移住セミナー等において制度周知を図りました。</td></tr>
</table>
<h3>政策目標Ⅱ　若い世代の結婚・出産・子育ての希望をかなえる</h3>
<table border="1">
<tr><th></th><th>基準値</th><th>目標値</th><th>実績値</th><th>評価</th></tr>
<tr><td>出生数</td><td>98人<br>（平成26年）</td><td>100人<br>（令和元年）</td><td>71人<br>（令和元年）</td><td>目標値を達成できませんでした。<br>出産祝金（第3子以降50万円）を継続しましたが、出生数は減少しています。</td></tr>
<tr><td>子育て環境に満足している町民の割合</td><td>41.5%<br>（平成26年度）</td><td>50.0%<br>（令和元年度）</td><td>―<br>（令和元年度）</td><td>令和元年度は町民意識調査を実施していないため、評価できません。</td></tr>
</table>"""


def ashiya_html() -> str:
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>第1期芦屋町まち・ひと・しごと創生総合戦略の評価・検証</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; }}
th, td {{ border: 1px solid #333; padding: 2px 6px; }}
</style>
</head>
<body>
<h1>第1期芦屋町まち・ひと・しごと創生総合戦略の評価・検証</h1>
<p>令和2年8月5日　地方創生推進委員会　資料5</p>
<p>第1期総合戦略では、地方創生の実現にむけ、4つの政策目標と47の具体的施策を掲げるとともに、各施策を推進してきました。これらの施策に対して、基本目標および重要業績評価指数（KPI）の達成状況を評価しました。</p>
{ASHIYA_BODY}
</body>
</html>
"""


def ashiya() -> Path:
    path = HERE / "ashiya_kensho_r1.html"
    path.write_bytes(ashiya_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (matsusaka, onomichi, sakaide):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {ashiya().name}")


if __name__ == "__main__":
    main()
