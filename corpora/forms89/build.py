"""Build the built documents of forms89/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/asago_seika_shihyo_h29.xlsx``, a 総合計画 成果指標の推移 in the manner of 朝来市 (兵庫県):
  an index indicator named ``（H24=100）``, ``万人`` and ``千円`` in the 単位 column, a 掲載頁 column,
  a ``―`` actual and a money note; and the PDF;
* ``source/higashikagawa_kpi_kensho_r5.xlsx``, a 第2期総合戦略 KPI 検証 in the manner of 東かがわ市
  (香川県): a same-year 目標値（R5）| 実績値（R5）| 達成状況 block left of the final 目標値（R6）, a
  ``目標達成年度`` column of years, 基本目標 merged down; and the PDF;
* ``source/isa_kpi_shinchoku_r1.xlsx``, a 総合戦略 KPI 進捗 in the manner of 伊佐市 (鹿児島県): the
  target left of the yearly actuals, the last actual headed ``R元`` under a ``目標値（H31）``, a ``―``
  actual; and the PDF;
* ``yaese_seika_mokuhyo_h28.html``, a 沖縄振興特別推進交付金 成果目標一覧 in the manner of 八重瀬町
  (沖縄県): a target cell holding a rate, its definition and the program's past counts.

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
    wb.properties.creator = "forms89/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms89/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms89_soffice_") as tmp:
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
# 朝来市 (兵庫県): 第2次朝来市総合計画 成果指標の推移（平成29年度実績）
# --------------------------------------------------------------------------------------------

# Real (朝来市's page on the 第2次朝来市総合計画): the plan, its period 平成26年度–平成33年度 (8
# years), the 総合政策課. Made up: the 基本目標 wording, every indicator, figure, page and note.
ASAGO = [
    # (No., 成果指標, 単位, 掲載頁, 策定時, H27, H28, H29, 目標)
    (1, "竹田城跡の来訪者数", "万人", 42, 22.5, 58.1, 48.3, 50.6, 50.0),
    (2, "観光入込客数指数（H24=100）", "―", 43, 100.0, 131.6, 122.4, 118.9, 130.0),
    (3, "ふるさと納税寄附額", "千円", 45, 12480, 35210, 41006, 52330, 50000),
    (4, "新規就農者数", "人", 47, 6, 8, "―", 11, 10),
    (5, "認定こども園の数", "カ所", 52, 0, 1, 2, 3, 4),
]


def asago() -> Path:
    widths = [5, 34, 7, 7, 11, 10, 10, 10, 11]
    wb, ws = _sheet("成果指標", widths)
    _text(ws, 1, 1, "第2次朝来市総合計画　成果指標の推移（平成29年度実績）", bold=True, size=12)
    _text(ws, 2, 9, "平成30年9月　朝来市企画総務部総合政策課", align="right", size=9)
    _text(ws, 4, 1, "基本目標2　にぎわいと活力のあるまち", bold=True, size=11)
    h = 6
    for c, word in (
        (1, "No."),
        (2, "成果指標"),
        (3, "単位"),
        (4, "掲載頁"),
        (5, "策定時\n（H24）"),
        (9, "目標値\n（H33）"),
    ):
        _put(ws, h, c, word, header=True)
        _put(ws, h + 1, c, None, header=True)
        _merge(ws, h, c, h + 1, c)
    _span(ws, h, 6, 8, "実績", header=True)
    for j, year in enumerate(("H27", "H28", "H29")):
        _put(ws, h + 1, 6 + j, year, header=True)
    ws.row_dimensions[h].height = 20
    ws.row_dimensions[h + 1].height = 20
    r = h + 2
    for no, name, unit, page, *cells in ASAGO:
        _put(ws, r, 1, no, align="center", fmt="0")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _put(ws, r, 4, page, align="center", fmt="0")
        for j, v in enumerate(cells):
            fmt = "0.0" if isinstance(v, float) else None
            _put(ws, r, 5 + j, v, align="center" if isinstance(v, str) else "right", fmt=fmt)
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※掲載頁は、第2次朝来市総合計画（平成26年3月）基本計画の該当ページです。",
            "※観光入込客数指数は、平成24年の観光入込客数を100とした指数です。",
            "※新規就農者数の平成28年度値は、調査方法の見直しにより把握していません。",
            "※平成29年度のふるさと納税推進事業費は18,640千円でした。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "asago_seika_shihyo_h29.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 東かがわ市 (香川県): 第2期東かがわ市まち・ひと・しごと創生総合戦略 KPI検証シート（令和5年度実績）
# --------------------------------------------------------------------------------------------

# Real (a 審議会 member's post of 2024-07): the 第2期 総合戦略 (final year 令和6年度) and its
# 総合戦略審議会. Made up: the 基本目標 wording, every KPI, figure, mark and note.
HIGASHIKAGAWA = [
    (
        "基本目標1\nしごとをつくり、安心して働けるまち",
        [
            ("新規創業件数（累計）", "件", 8, 30, 34, "達成", 38, "R5"),
            ("企業誘致件数", "件", 1, 4, 3, "未達成", 5, "―"),
        ],
    ),
    (
        "基本目標2\n新しいひとの流れをつくるまち",
        [
            ("移住者数", "人", 142, 180, 203, "達成", 200, "R4"),
            ("空き家バンク成約件数", "件", 12, 25, 21, "未達成", 30, "―"),
        ],
    ),
    (
        "基本目標3\n結婚・出産・子育ての希望をかなえるまち",
        [
            ("子育て支援に満足している保護者の割合", "％", 62.4, 70.0, 71.8, "達成", 72.0, "R5"),
        ],
    ),
]


def higashikagawa() -> Path:
    widths = [24, 34, 6, 11, 10, 10, 9, 11, 10]
    wb, ws = _sheet("KPI検証", widths)
    _text(
        ws,
        1,
        1,
        "第2期東かがわ市まち・ひと・しごと創生総合戦略　KPI検証シート（令和5年度実績）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 9, "令和6年7月　東かがわ市総合戦略審議会　資料2", align="right", size=9)
    _text(ws, 4, 1, "Ⅱ　重要業績評価指標（KPI）の検証", bold=True, size=11)
    h = 6
    for c, word in (
        (1, "基本目標"),
        (2, "KPI"),
        (3, "単位"),
        (4, "基準値\n（R元）"),
        (8, "目標値\n（R6）"),
        (9, "目標達成\n年度"),
    ):
        _put(ws, h, c, word, header=True)
        _put(ws, h + 1, c, None, header=True)
        _merge(ws, h, c, h + 1, c)
    _span(ws, h, 5, 7, "令和5年度", header=True)
    for j, word in enumerate(("目標値", "実績値", "達成状況")):
        _put(ws, h + 1, 5 + j, word, header=True)
    ws.row_dimensions[h].height = 20
    ws.row_dimensions[h + 1].height = 20
    r = h + 2
    for goal, rows in HIGASHIKAGAWA:
        first = r
        for name, unit, *cells in rows:
            _put(ws, r, 1, goal if r == first else None, valign="center")
            _put(ws, r, 2, name)
            _put(ws, r, 3, unit, align="center")
            for j, v in enumerate(cells):
                _put(ws, r, 4 + j, v, align="center" if isinstance(v, str) else "right")
            ws.row_dimensions[r].height = 30
            r += 1
        if r - 1 > first:
            _merge(ws, first, 1, r - 1, 1)
    _notes(
        ws,
        r + 1,
        [
            "※目標達成年度：令和6年度の目標値を初めて上回った年度（未達成のものは―）。",
            "※新規創業件数は令和2年度からの累計です。",
            "※令和5年度の地方創生推進交付金対象事業費は62,300千円（うち交付金31,150千円）です。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "higashikagawa_kpi_kensho_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 伊佐市 (鹿児島県): 伊佐市まち・ひと・しごと創生総合戦略 KPI進捗状況（令和元年度実績）
# --------------------------------------------------------------------------------------------

# Real (伊佐市's page of 2016-03-22): the 総合戦略 (策定 平成28年3月1日, 5 years) and its catch
# phrase. Made up: the 施策, every KPI, figure and note.
ISA = [
    (
        "(1) 農林業の振興",
        [
            ("新規就農者数", "人", 5, 10, 6, 8, 7, 9, 8),
            ("伊佐米の直売所販売額", "万円", 3250, 4000, 3410, 3620, 3880, 4050, 4120),
        ],
    ),
    ("(2) 観光の振興", [("観光入込客数", "万人", 98.2, 110.0, 101.5, 104.3, 107.8, 109.1, 111.6)]),
    (
        "(3) 子育て支援の充実",
        [
            ("合計特殊出生率", "―", 1.78, 1.90, 1.80, 1.83, 1.76, 1.81, "―"),
            ("子育て支援センター利用者数", "人", 8520, 10000, 8904, 9318, 9760, 10052, 10214),
        ],
    ),
]


def isa() -> Path:
    widths = [18, 28, 7, 10, 10, 9, 9, 9, 9, 9]
    wb, ws = _sheet("KPI進捗", widths)
    _text(
        ws,
        1,
        1,
        "伊佐市まち・ひと・しごと創生総合戦略　KPI進捗状況（令和元年度実績）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 10, "令和2年8月　伊佐市企画政策課", align="right", size=9)
    _text(
        ws,
        3,
        1,
        "若い世代が魅力を感じ、楽しみ、学び、育ち、交流するまち～自然の恵みを取り込み光り輝く～",
        size=9,
    )
    _text(ws, 5, 1, "具体的な施策と重要業績評価指標（KPI）", bold=True, size=11)
    h = 7
    for c, word in (
        (1, "施策"),
        (2, "KPI"),
        (3, "単位"),
        (4, "基準値\n（H26）"),
        (5, "目標値\n（H31）"),
    ):
        _put(ws, h, c, word, header=True)
        _put(ws, h + 1, c, None, header=True)
        _merge(ws, h, c, h + 1, c)
    _span(ws, h, 6, 10, "実績値", header=True)
    for j, year in enumerate(("H27", "H28", "H29", "H30", "R元")):
        _put(ws, h + 1, 6 + j, year, header=True)
    ws.row_dimensions[h].height = 20
    ws.row_dimensions[h + 1].height = 20
    r = h + 2
    for program, rows in ISA:
        first = r
        for name, unit, *cells in rows:
            _put(ws, r, 1, program if r == first else None)
            _put(ws, r, 2, name)
            _put(ws, r, 3, unit, align="center")
            for j, v in enumerate(cells):
                fmt = None
                if isinstance(v, float):
                    fmt = "0.00" if unit == "―" else "0.0"
                _put(ws, r, 4 + j, v, align="center" if isinstance(v, str) else "right", fmt=fmt)
            ws.row_dimensions[r].height = 22
            r += 1
        if r - 1 > first:
            _merge(ws, first, 1, r - 1, 1)
    _notes(
        ws,
        r + 1,
        [
            "※総合戦略の計画期間は平成27年度から令和元年度（平成31年度）までの5年間です。",
            "※合計特殊出生率の令和元年度値は、公表前のため掲載していません。",
            "※令和元年度の総合戦略関連事業費は総額85,420千円でした。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "isa_kpi_shinchoku_r1.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 八重瀬町 (沖縄県): 平成28年度 沖縄振興特別推進交付金（市町村）成果目標一覧【公表版】
# --------------------------------------------------------------------------------------------

# Real (the 沖縄振興特別推進交付金（市町村）成果目標一覧【公表版】 of 平成27年度, 本部町's pages): the
# title, the columns 事業番号 (パ | 細) | 事業名 | 計画期間 | 事業概要 | 成果目標（指標） | 今後の
# 展開方針等, and the shape of a rate target followed by its definition in 【】 and the yearly counts
# in brackets. Made up: every 事業 of 八重瀬町, every figure.
YAESE_BODY = """<h2>八重瀬町</h2>
<table border="1">
<thead>
<tr><th colspan="2">事業番号</th><th rowspan="2">事業名</th><th rowspan="2">計画期間</th><th rowspan="2">事業概要</th><th rowspan="2">H28成果目標（指標）</th><th rowspan="2">今後の展開方針等</th></tr>
<tr><th>パ</th><th>細</th></tr>
</thead>
<tbody>
<tr><td>1</td><td>①</td><td>観光案内機能強化事業</td><td>H25<br>～<br>H29</td><td>八重瀬町観光案内所に案内員を配置し、町内観光資源の案内・情報発信を行う。</td><td>観光案内所利用者数：3,600人</td><td>（今後の展開方針）<br>SNSでの発信を強化し、利用者の増加を図る。</td></tr>
<tr><td>1</td><td>②</td><td>花いっぱい運動推進事業</td><td>H24<br>～<br>H28</td><td>観光地としての魅力を高めるため、町道及び県道沿いにプランターを設置し、花の植え付けを行う。</td><td>プランター設置率：100%<br>【5年間の設置目標に対するH28年度までに設置する割合】<br>（5年間設置目標：800基　H24実績300基　H25実績180基　H26実績120基　H27実績120基　H28計画80基）</td><td>（今後の展開方針）<br>H28年度で設置を完了し、以降は地域団体による維持管理へ移行する。</td></tr>
<tr><td>1</td><td>③</td><td>ハブ咬傷防止事業</td><td>H25<br>～<br>H30</td><td>ハブ捕獲器を町内約100カ所に設置し、咬傷事故の防止を図る。</td><td>ハブ捕獲数：年間150匹</td><td>（今後の展開方針）<br>捕獲数の多い地区に重点的に設置する。</td></tr>
<tr><td>2</td><td>①</td><td>小中学生英語力向上事業</td><td>H26<br>～<br>H30</td><td>外国語指導助手を町内小中学校に配置し、英語検定の受験を支援する。</td><td>英語検定5級以上の合格者数：60人（H27実績48人）</td><td>（今後の展開方針）<br>受験料の助成を継続する。</td></tr>
</tbody>
</table>"""


def yaese_html() -> str:
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>平成28年度 沖縄振興特別推進交付金（市町村）成果目標一覧【公表版】 八重瀬町</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; }}
th, td {{ border: 1px solid #333; padding: 2px 6px; }}
</style>
</head>
<body>
<h1>平成28年度　沖縄振興特別推進交付金（市町村）成果目標一覧【公表版】</h1>
{YAESE_BODY}
<p>※計画期間は事業の実施期間です。成果目標は平成28年度末時点の目標です。</p>
<p>※平成28年度の八重瀬町の交付対象事業費は合計212,480千円です。</p>
</body>
</html>
"""


def yaese() -> Path:
    path = HERE / "yaese_seika_mokuhyo_h28.html"
    path.write_bytes(yaese_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (asago, higashikagawa, isa):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {yaese().name}")


if __name__ == "__main__":
    main()
