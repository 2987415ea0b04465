"""Build the built documents of forms125/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/iwakuni_kpi_tassei_r2.xlsx``, a 創生推進計画 KPIの達成状況 in the manner of 岩国市 (山口県): one
  indicator over two rows, **a 年度 column (R元 / R2) beside 目標値 | 実績値 | 達成率**, No., 指標名, 単位
  and 基準値 merged down; 千人 in 単位; a ``―`` actual; and the PDF;
* ``source/sanuki_mokuhyo_shihyo_r4.xlsx``, a 総合計画 目標指標の達成状況 in the manner of さぬき市 (香川県):
  実績 over R2 | R3 | R4 | R5見込, 目標 over 中期（R4） | 後期（R8）, a 判定 column of ○/× with a legend,
  万人 in 単位, ``以上`` targets; and the PDF;
* ``source/ashikita_kpi_kensho_h29.xlsx``, a 総合戦略 KPI検証シート in the manner of 芦北町 (熊本県): 施策
  cells merged down, **era-less 27年度 | 28年度 | 29年度 actual headers**, 千円 in 単位, a ``延べ5``
  target and a ``―`` baseline; and the PDF;
* ``urasoe_seika_shihyo_r2.html``, a 総合計画 成果指標の状況 in the manner of 浦添市 (沖縄県): 施策 rows
  across the table, 実績値 and 目標値 both over years (R元 | R2 and R2 | R7), a ``（再掲）`` row, 万人 in 単位.

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
    wb.properties.creator = "forms125/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms125/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms125_soffice_") as tmp:
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


# --------------------------------------------------------------------------------------------
# 岩国市 (山口県): 岩国市まち・ひと・しごと創生推進計画 KPIの達成状況（令和2年度）
# --------------------------------------------------------------------------------------------

# Real: 岩国市, its まち・ひと・しごと創生推進計画 (地域再生計画), the population 134,197人 (H31.4.1, 住民基本台帳)
# and the 875 births of 平成30年. Made up: the sheet, its date and 課, every other indicator, figure and note.
IWAKUNI = [
    (
        "1",
        "岩国錦帯橋空港の利用者数",
        "千人",
        442,
        [("R元", 460, 452, "98.3%"), ("R2", 470, 168, "35.7%")],
    ),
    ("2", "企業立地件数", "件", 3, [("R元", 4, 5, "125.0%"), ("R2", 4, 2, "50.0%")]),
    ("3", "移住相談件数", "件", 198, [("R元", 220, 246, "111.8%"), ("R2", 240, "―", "―")]),
    ("4", "出生数", "人", 875, [("R元", 900, 812, "90.2%"), ("R2", 900, 790, "87.8%")]),
    (
        "5",
        "中山間地域への移住者数",
        "人",
        21,
        [("R元", 25, 25, "100.0%"), ("R2", 30, 18, "60.0%")],
    ),
]


def iwakuni() -> Path:
    widths = [5, 30, 7, 10, 7, 10, 10, 10]
    wb, ws = _sheet("KPI達成状況", widths)
    _text(
        ws,
        1,
        1,
        "岩国市まち・ひと・しごと創生推進計画　KPIの達成状況（令和2年度）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 8, "令和3年8月　岩国市総合政策部", align="right")
    _text(ws, 4, 1, "２　重要業績評価指標（KPI）の状況", bold=True, size=11)
    h = 5
    for c, word in enumerate(
        ["No.", "指標名", "単位", "基準値\n（H30）", "年度", "目標値", "実績値", "達成率"], start=1
    ):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 28
    r = h + 1
    for no, name, unit, base, years in IWAKUNI:
        for j, (year, target, actual, rate) in enumerate(years):
            if j == 0:
                _put(ws, r, 1, no, align="center")
                _put(ws, r, 2, name)
                _put(ws, r, 3, unit, align="center")
                _put(ws, r, 4, base)
            else:
                for c in (1, 2, 3, 4):
                    _put(ws, r + j, c, None)
            _put(ws, r + j, 5, year, align="center")
            _put(ws, r + j, 6, target)
            _put(ws, r + j, 7, actual, align="center" if actual == "―" else None)
            _put(ws, r + j, 8, rate, align="center" if rate == "―" else "right")
            ws.row_dimensions[r + j].height = 18
        for c in (1, 2, 3, 4):
            _merge(ws, r, c, r + len(years) - 1, c)
        r += len(years)
    _notes(
        ws,
        r + 1,
        [
            "※達成率は、各年度の目標値に対する実績値の割合です。",
            "※移住相談件数の令和2年度実績は、集計中のため「―」としています。",
            "※本市の総人口は134,197人（平成31年4月1日現在、住民基本台帳）です。",
            "※令和2年度の推進計画関連事業費（決算）は38,520千円です。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "iwakuni_kpi_tassei_r2.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# さぬき市 (香川県): 第2次さぬき市総合計画 中期基本計画 目標指標の達成状況（令和4年度）
# --------------------------------------------------------------------------------------------

# Real: さぬき市, the 第2次さぬき市総合計画 (H27–R8, 基本計画 4年ごとに前期・中期・後期, 目標指標), its 将来像.
# Made up: the sheet, its date, every indicator, figure, 判定 and note.
SANUKI = [
    ("1", "観光入込客数", "万人", 152.3, (88.6, 97.2, 131.5, 145.0), (160.0, 170.0), "×"),
    ("2", "新規就農者数", "人", 12, (15, 11, 18, "―"), (15, 15), "○"),
    (
        "3",
        "市民病院の病床利用率",
        "％",
        68.4,
        (62.1, 64.0, 66.3, 67.0),
        ("75.0以上", "80.0以上"),
        "×",
    ),
    ("4", "自主防災組織の組織率", "％", 78.2, (80.5, 82.0, 83.6, 84.0), (83.0, 90.0), "○"),
    ("5", "市内の創業件数", "件", 9, (11, 14, 16, 15), (15, 20), "○"),
]


def sanuki() -> Path:
    widths = [5, 26, 7, 9, 8, 8, 8, 8, 9, 9, 6]
    wb, ws = _sheet("目標指標", widths)
    _text(
        ws,
        1,
        1,
        "第2次さぬき市総合計画　中期基本計画　目標指標の達成状況（令和4年度）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 11, "令和5年8月　さぬき市", align="right")
    _text(
        ws,
        3,
        1,
        "将来像　自然豊かで人いきいき　笑顔あふれて快適に　みんなで暮らす　ふるさとさぬき",
        size=9,
    )
    _text(ws, 4, 1, "判定：○ 中期目標（R4）を達成　× 中期目標（R4）を未達成", size=8)
    _text(ws, 6, 1, "■目標指標の達成状況", bold=True, size=11)
    h = 7
    _head2(
        ws,
        h,
        [(1, "番号"), (2, "目標指標"), (3, "単位"), (4, "基準値\n（H30）"), (11, "判定")],
        [
            (5, 8, "実績", ["R2", "R3", "R4", "R5見込"]),
            (9, 10, "目標", ["中期（R4）", "後期（R8）"]),
        ],
    )
    r = h + 2
    for no, name, unit, base, actuals, targets, mark in SANUKI:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _put(ws, r, 4, base)
        for j, v in enumerate(actuals + targets):
            _put(ws, r, 5 + j, v, align="center" if v == "―" else "right")
        _put(ws, r, 11, mark, align="center")
        ws.row_dimensions[r].height = 24
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※R5見込は、令和5年7月末時点の見込みです。",
            "※観光入込客数は、香川県観光客動態調査によります。",
            "※令和4年度の中期基本計画推進事業に係る事業費（決算）は1,284,310千円です。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "sanuki_mokuhyo_shihyo_r4.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 芦北町 (熊本県葦北郡): 芦北町まち・ひと・しごと創生総合戦略 KPI検証シート（平成29年度）
# --------------------------------------------------------------------------------------------

# Real: 芦北町, the うたせ漁, クマモト・オイスター（シカメカキ）の養殖, the 「岬の御塩」, 川魚の特産品化, the
# ふれあいツクールバス and its 61 行政区. Made up: the sheet, its date, every other figure and the note.
ASHIKITA = [
    (
        "1-1　水産業の振興",
        [
            ("クマモト・オイスターの出荷数量", "t", "―", (0.8, 2.5, 3.1), 8.0),
            ("うたせ船観光の乗船者数", "人", 1820, (1905, 2110, 2240), 2500),
        ],
    ),
    (
        "1-2　特産品の開発・販売",
        [
            ("「岬の御塩」の販売額", "千円", 4200, (4850, 5320, 6010), 7000),
            ("特産品化（川魚）された件数", "件", 0, (1, 1, 2), "延べ5"),
        ],
    ),
    (
        "3-1　地域公共交通の確保",
        [("ツクールバスにより交通が確保された行政区数", "区", 52, (61, 61, 61), 61)],
    ),
]


def ashikita() -> Path:
    widths = [18, 34, 6, 10, 9, 9, 9, 10]
    wb, ws = _sheet("KPI検証", widths)
    _text(
        ws,
        1,
        1,
        "芦北町まち・ひと・しごと創生総合戦略　KPI検証シート（平成29年度）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 8, "平成30年8月　芦北町", align="right")
    _text(ws, 4, 1, "【具体的な施策と重要業績評価指標（KPI）】", bold=True, size=11)
    h = 5
    _head2(
        ws,
        h,
        [
            (1, "具体的な施策"),
            (2, "重要業績評価指標（KPI）"),
            (3, "単位"),
            (4, "基準値\n（H26）"),
            (8, "目標値\n（H31）"),
        ],
        [(5, 7, "実績値", ["27年度", "28年度", "29年度"])],
    )
    r = h + 2
    for head, rows in ASHIKITA:
        first = r
        for name, unit, base, actuals, target in rows:
            _put(ws, r, 1, head if r == first else None, valign="center")
            _put(ws, r, 2, name)
            _put(ws, r, 3, unit, align="center")
            for j, v in enumerate((base, *actuals, target)):
                fmt = "0.0" if isinstance(v, float) else None
                _put(ws, r, 4 + j, v, align="center" if v == "―" else "right", fmt=fmt)
            ws.row_dimensions[r].height = 24
            r += 1
        if r - first > 1:
            _merge(ws, first, 1, r - 1, 1)
    _notes(
        ws,
        r + 1,
        [
            "※実績値は各年度末の数値です。特産品化された件数の目標値は平成27～31年度の累計です。",
            "※クマモト・オイスターの基準値は、養殖試験中のため「―」としています。",
            "※平成29年度の総合戦略関連事業費は、地方創生推進交付金を含め86,215千円です。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "ashikita_kpi_kensho_h29.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 浦添市 (沖縄県): 第四次浦添市総合計画 後期基本計画 成果指標の状況（令和2年度）
# --------------------------------------------------------------------------------------------

# Real: 浦添市, the 第四次浦添市総合計画, 「てだこの都市・浦添」. Made up: the page's date, every 施策 name,
# indicator, figure and note.
URASOE = [
    (
        "施策1-1　子育て支援の充実",
        [
            (
                "ファミリー・サポート・センター会員数",
                "人",
                "820",
                "1,012",
                "1,054",
                "1,000",
                "1,300",
                "",
            )
        ],
    ),
    (
        "施策2-3　観光の振興",
        [
            (
                "浦添城跡・浦添ようどれ館の入館者数",
                "人",
                "18,420",
                "21,360",
                "7,815",
                "22,000",
                "25,000",
                "R2は臨時休館あり",
            ),
            ("てだこまつり来場者数", "万人", "11.5", "12.0", "―", "12.5", "13.0", "R2は開催見送り"),
        ],
    ),
    (
        "施策4-2　市民協働の推進",
        [
            ("自治会加入率", "％", "41.2", "38.9", "37.5", "43.0", "45.0", ""),
            (
                "（再掲）ファミリー・サポート・センター会員数",
                "人",
                "820",
                "1,012",
                "1,054",
                "1,000",
                "1,300",
                "施策1-1",
            ),
        ],
    ),
]


def urasoe_html() -> str:
    body = []
    for head, rows in URASOE:
        body.append(f'<tr><th colspan="8" class="grp">{head}</th></tr>')
        for row in rows:
            cells = "".join(
                f'<td class="num">{c}</td>' if 2 <= i <= 6 else f"<td>{c}</td>"
                for i, c in enumerate(row)
            )
            body.append(f"<tr>{cells}</tr>")
    rows = "\n".join(body)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>第四次浦添市総合計画 後期基本計画 成果指標の状況｜浦添市</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 1em; }}
th, td {{ border: 1px solid #333; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
th.grp {{ background: #f2f2f2; text-align: left; }}
td.num {{ text-align: right; }}
</style>
</head>
<body>
<h1>第四次浦添市総合計画　後期基本計画　成果指標の状況（令和2年度）</h1>
<p>令和3年10月　浦添市</p>
<p>「てだこの都市・浦添」の実現に向け、後期基本計画に掲げた施策ごとの成果指標について、令和2年度までの実績をとりまとめました。</p>
<h2>施策の成果指標</h2>
<table border="1">
<tr><th rowspan="2">成果指標</th><th rowspan="2">単位</th><th rowspan="2">基準値<br>（H27）</th><th colspan="2">実績値</th><th colspan="2">目標値</th><th rowspan="2">備考</th></tr>
<tr><th>R元</th><th>R2</th><th>R2</th><th>R7</th></tr>
{rows}
</table>
<p>※（再掲）は、他の施策にも掲げている指標です。</p>
<p>※令和2年度の実績は、新型コロナウイルス感染症の影響を受けています。</p>
</body>
</html>
"""


def urasoe() -> Path:
    path = HERE / "urasoe_seika_shihyo_r2.html"
    path.write_bytes(urasoe_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (iwakuni, sanuki, ashikita):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {urasoe().name}")


if __name__ == "__main__":
    main()
