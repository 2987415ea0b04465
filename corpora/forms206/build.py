"""Build the built documents of forms206/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/shari_kanko_shinchoku_r5.xlsx``, a 観光振興計画 数値目標 進捗 sheet in the manner of
  斜里町 (北海道): form fields, a ``数値目標`` grid whose final target is headed ``目標値（H35）``
  (the plan's last year, 令和5年度), **prior-year actuals carrying a trailing ``r`` (``1,046r``),
  a legend saying ``r`` marks a figure revised since the last report**, an A/B/C 評価 with its
  legend; and under it **a monthly grid: ``令和5年度`` spanning ``4月`` … ``3月`` and ``年度計``,
  so that ``1月`` … ``3月`` fall in the next calendar year**, with a 内数 row ``うち宿泊客数`` and
  a ``前年同月比`` row of percentages; and the PDF;
* ``source/hirono_kpi_suii_r7.xlsx``, a 第2期総合戦略 KPI 推移表 in the manner of 洋野町 (岩手県):
  two grids with the same bare era-year labels: **the first (stock indicators) under
  ``実績値（各年3月31日現在）`` over ``R5 | R6 | R7``, so that ``R7`` is 2025-03-31 (FY2024), the
  second (flow indicators) under ``実績値（年度）`` over ``R4 | R5 | R6``**; **indicator names
  carrying footnote marks ``（注1）`` … ``（注3）``** explained under the grids; a printed
  達成/未達成 column, a count line, a prose box of real population figures; and the PDF;
* ``source/tozawa_kpi_hyoka_r6.xlsx``, a 第2期総合戦略 KPI 評価シート in the manner of 戸沢村
  (山形県): era-less years and **a two-row header whose top row is one year per span and each
  year spans a different set of role words: ``4年度`` over ``実績``, ``5年度`` over
  ``目標 | 実績 | 達成率``, ``6年度`` over ``目標 | 見込（1月末時点）``, ``7年度`` over ``目標``**
  (spans 1, 3, 2, 1), **the 見込 header carrying the day the forecast was made**, an A/B/C 評価
  for 5年度 with its legend, form fields with money and a KPI count; and the PDF;
* ``bandai_kpi_suii_r6.html``, a 推進計画 KPI page in the manner of 磐梯町 (福島県): a lead of
  real population figures; **a years-down table printed newest first: the ``目標値（令和6年度）``
  row at the top, then ``令和6年度`` down to ``令和元年度（基準値）`` at the bottom**; a
  ``数値目標`` column beside three ``KPI`` columns (top row spans 1 and 3); **an actual written
  ``3万人弱``**; ``―（導入前）`` cells; money and a note with the town's other target.

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
    wb.properties.creator = "forms206/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms206/build.py"
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
    vertical_text=False,
):
    """A bordered cell. Numbers stay numbers, with a number format."""
    cell = ws.cell(row=row, column=col, value=None if value == "" else value)
    cell.border = BORDER
    cell.font = Font(name=FONT, size=size, bold=bold)
    rotation = 255 if vertical_text else 0
    if header:
        cell.fill = SHADE
        cell.alignment = Alignment(
            horizontal=align or "center",
            vertical=valign or "center",
            wrap_text=True,
            text_rotation=rotation,
        )
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        cell.alignment = Alignment(horizontal=align or "right", vertical=valign or "center")
        cell.number_format = fmt or ("#,##0" if isinstance(value, int) else "0.0")
    else:
        cell.alignment = Alignment(
            horizontal=align or "left",
            vertical=valign or "center",
            wrap_text=True,
            text_rotation=rotation,
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


def _down(ws, r1, r2, col, value, header=False, **kw):
    """A bordered value merged down over r1..r2 of one column."""
    cell = _put(ws, r1, col, value, header=header, **kw)
    for r in range(r1 + 1, r2 + 1):
        _put(ws, r, col, None, header=header, fill=kw.get("fill"))
    if r2 > r1:
        _merge(ws, r1, col, r2, col)
    return cell


def _text(ws, row, col, value, bold=False, size=9, align=None):
    """A borderless text cell (titles, headings, notes)."""
    cell = ws.cell(row=row, column=col, value=value)
    cell.font = Font(name=FONT, size=size, bold=bold)
    cell.alignment = Alignment(horizontal=align or "left", vertical="center")
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
    with tempfile.TemporaryDirectory(prefix="forms206_soffice_") as tmp:
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


def _fields(ws, row: int, pairs, c_label: tuple[int, int], c_value: tuple[int, int], height=20):
    """Bordered form fields, one label | value pair a row."""
    for label, value in pairs:
        _span(ws, row, c_label[0], c_label[1], label, header=True)
        _span(ws, row, c_value[0], c_value[1], value, align="left")
        ws.row_dimensions[row].height = height
        row += 1
    return row


def _vals(ws, r, c0, vals, fmts=None) -> None:
    for j, v in enumerate(vals):
        fmt = (fmts or {}).get(j) or ("#,##0.0" if isinstance(v, float) else None)
        _put(ws, r, c0 + j, v, align="center" if v in ("―", "") else "right", fmt=fmt)


# --------------------------------------------------------------------------------------------
# 吉賀町 (島根県鹿足郡): 第2期吉賀町まち・ひと・しごと創生総合戦略 数値目標・KPIの年度別推移
# --------------------------------------------------------------------------------------------

# Real: the 2005 merger of 六日市町 and 柿木村, 336.50k㎡, 林野率91.6％, 高津川 水質日本一, the
# オーガニックビレッジ宣言 of 令和5年4月25日, the two hot-spring facilities ゆらら and はとの湯.
# Made up: the sheet, its date and 課, the plan period, every KPI, figure, money and note.
YS_HEAD = [
    "町の人口（各年度末）（人）",
    "KPI①　有機農業の取組面積（ha）",
    "KPI②　移住相談件数（件）",
    "KPI③　温泉施設（ゆらら・はとの湯）の利用者数（千人）",
    "KPI④　学校給食における町内産有機食材の使用割合（％）",
]
# (role, year label, values…, 関連事業費, 備考); role None = inside the merged 実績 cell.
YS_ROWS = [
    ("基準", "元年度", 6186, 38.6, 64, 128.4, 18.5, "―", ""),
    ("実績", "2年度", 6097, 40.2, 71, 92.7, 21.0, 31250, "温泉施設は新型コロナにより約2か月休館"),
    (None, "3年度", 5998, 43.5, 88, 101.3, 24.3, 33480, ""),
    (None, "4年度", 5872, 46.1, 95, 115.8, 27.9, 35120, "移住相談のうちオンライン42件"),
    (None, "5年度", 5764, 49.8, 112, 124.6, 31.2, 36840, ""),
    ("見込", "6年度", 5650, 52.0, 105, 127.0, 33.0, 38000, "令和6年8月末時点の推計"),
    ("目標", None, 5800, 55.0, 100, 140.0, 30.0, "―", ""),
]


def _box(ws, r1, c1, r2, c2, value, header=False, **kw):
    """A bordered value merged over rows r1..r2 and columns c1..c2."""
    cell = _put(ws, r1, c1, value, header=header, **kw)
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            if (r, c) != (r1, c1):
                _put(ws, r, c, None, header=header, fill=kw.get("fill"))
    if (r2, c2) != (r1, c1):
        _merge(ws, r1, c1, r2, c2)
    return cell


def _num(ws, r, c1, c2, v, fmt=None, **kw):
    """A value cell merged over c1..c2: numbers keep a number format, text stays right-aligned."""
    if isinstance(v, str):
        return _box(ws, r, c1, r, c2, v, align="center" if v in ("―", "") else "right", **kw)
    return _box(ws, r, c1, r, c2, v, fmt=fmt or ("#,##0" if isinstance(v, int) else "0.0"), **kw)


# --------------------------------------------------------------------------------------------
# 斜里町 (北海道斜里郡): 斜里町観光振興計画 数値目標の進捗状況（令和5年度）
# --------------------------------------------------------------------------------------------

# Real: the plan's name, its 策定 (平成27年6月), period (平成27年度～平成35年度) and 中間見直し
# (平成30年度), its place under the 第6次斜里町総合計画, and the 知床五湖 visitors of 平成28年
# (322,102人, 知床白書). Made up: the sheet, its date and 課, the money, every KPI, figure and grade.
SH_ROWS = [
    ("1", "観光入込客数", "千人", 1213, 612, "1,046r", 1138, 1300, "B"),
    ("2", "宿泊客延数", "千人泊", 436, 188, "352r", 371, 480, "C"),
    ("3", "知床五湖の来訪者数", "人", 339480, 168240, 251330, 298610, 350000, "B"),
    (
        "4",
        "自然ガイドツアー等の体験型観光の参加者数",
        "人",
        42300,
        18900,
        "39,820r",
        51260,
        50000,
        "A",
    ),
]
SH_MONTHS = ["4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月", "1月", "2月", "3月"]
# (name, indent, unit, twelve months, 年度計)
SH_MONTHLY = [
    (
        "観光入込客数",
        0,
        "千人",
        [24.8, 86.3, 139.7, 201.4, 238.9, 171.2, 112.6, 20.3, 11.8, 17.9, 70.5, 42.6],
        1138.0,
    ),
    (
        "うち宿泊客数",
        2,
        "千人",
        [8.1, 25.6, 41.3, 58.2, 66.4, 49.7, 33.5, 6.2, 4.1, 6.8, 24.9, 13.4],
        338.2,
    ),
    (
        "前年同月比",
        0,
        "％",
        [118.2, 104.6, 110.3, 106.9, 103.2, 109.8, 112.5, 121.4, 96.7, 131.6, 114.9, 99.2],
        108.8,
    ),
]


def shari() -> Path:
    wb, ws = _sheet("数値目標の進捗", [5, 30, 7, *([6.6] * 12), 8.5])
    _text(ws, 1, 1, "斜里町観光振興計画　数値目標の進捗状況（令和5年度）", bold=True, size=14)
    _text(ws, 2, 16, "令和6年7月　斜里町商工観光課", align="right")
    _text(ws, 3, 1, "計画期間：平成27年度～平成35年度（令和5年度）　※平成30年度に中間見直し")
    r = _fields(
        ws,
        5,
        [
            (
                "計画の位置付け",
                "第6次斜里町総合計画に基づく個別計画（観光行政の基本計画・実施計画）",
            ),
            ("令和5年度 観光振興関連予算（千円）", "42,180"),
        ],
        (1, 3),
        (4, 16),
    )
    _text(ws, r + 1, 1, "１　数値目標の達成状況", bold=True, size=11)
    _text(ws, r + 2, 1, "評価　A：目標値を達成　B：目標値の80％以上　C：目標値の80％未満", size=8)
    _text(
        ws,
        r + 3,
        1,
        "※表中の「r」は、前年度の進捗状況で公表した数値を修正したものです（北海道観光入込客数調査の確定値による）。",
        size=8,
    )
    h = r + 4
    _box(ws, h, 1, h + 1, 1, "No.", header=True)
    _box(ws, h, 2, h + 1, 2, "数値目標", header=True)
    _box(ws, h, 3, h + 1, 3, "単位", header=True)
    _box(ws, h, 4, h + 1, 5, "計画策定時\n（H26）", header=True)
    _box(ws, h, 6, h, 11, "実績値", header=True)
    for j, year in enumerate(["R3", "R4", "R5"]):
        _box(ws, h + 1, 6 + 2 * j, h + 1, 7 + 2 * j, year, header=True)
    _box(ws, h, 12, h + 1, 13, "目標値\n（H35）", header=True)
    _box(ws, h, 14, h + 1, 16, "評価", header=True)
    ws.row_dimensions[h].height = 22
    ws.row_dimensions[h + 1].height = 22
    r = h + 2
    for no, name, unit, *vals, grade in SH_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate(vals):
            _num(ws, r, 4 + 2 * j, 5 + 2 * j, v)
        _box(ws, r, 14, r, 16, grade, align="center", bold=True)
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r,
        [
            "※No.3は暦年（1～12月）の数値（環境省調べ）。平成28年は322,102人でした。",
            "※目標値（H35）は、計画最終年度（令和5年度）の目標値です。",
        ],
    )
    r += 3
    _text(ws, r, 1, "２　観光入込客数の月別推移（令和5年度）", bold=True, size=11)
    h = r + 1
    _box(ws, h, 1, h + 1, 2, "区分", header=True)
    _box(ws, h, 3, h + 1, 3, "単位", header=True)
    _box(ws, h, 4, h, 16, "令和5年度", header=True)
    for j, month in enumerate([*SH_MONTHS, "年度計"]):
        _put(ws, h + 1, 4 + j, month, header=True)
    ws.row_dimensions[h].height = 20
    ws.row_dimensions[h + 1].height = 20
    r = h + 2
    for name, indent, unit, months, total in SH_MONTHLY:
        cell = _box(ws, r, 1, r, 2, name)
        cell.alignment = Alignment(horizontal="left", vertical="center", indent=indent)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate(months):
            _put(ws, r, 4 + j, v, fmt="0.0")
        _put(ws, r, 16, total, fmt="#,##0.0", bold=True)
        ws.row_dimensions[r].height = 20
        r += 1
    _notes(
        ws,
        r,
        [
            "※前年同月比は、令和4年度の同じ月の観光入込客数に対する割合です。",
            "※月別の数値は北海道観光入込客数調査（確定値）によります。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "shari_kanko_shinchoku_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 洋野町 (岩手県九戸郡): 第2期洋野町まち・ひと・しごと創生総合戦略 KPIの推移（令和6年度実績）
# --------------------------------------------------------------------------------------------

# Real: the 総合戦略 (first drawn up 平成27年12月), the town's 将来像 wording, the populations of
# 昭和55年 (24,403人), 平成22年 (17,913人) and 令和元年12月 (16,436人), ウニ and its 5～8月 漁期.
# Made up: the sheet, its date and 課, the plan period, every KPI, figure, footnote and count.
HN_STOCK = [
    ("1", "総人口（注1）", "人", 16352, 15412, 15071, 14728, 14800, "未達成"),
    ("2", "空き家バンク登録物件数（累計）", "件", 18, 41, 47, 55, 50, "達成"),
    ("3", "認定農業者数（注2）", "経営体", 132, 124, 121, 119, 130, "未達成"),
]
HN_FLOW = [
    ("4", "ウニの水揚量（注3）", "t", 86.4, 71.2, 64.8, 69.5, 90.0, "未達成"),
    ("5", "ふるさと納税寄附額", "百万円", 182, 415, 538, 612, 500, "達成"),
]


def _hn_grid(ws, h, base, span, years, target, rows) -> int:
    _box(ws, h, 1, h + 1, 1, "No.", header=True)
    _box(ws, h, 2, h + 1, 2, "重要業績評価指標（KPI）", header=True)
    _box(ws, h, 3, h + 1, 3, "単位", header=True)
    _box(ws, h, 4, h + 1, 4, base, header=True)
    _box(ws, h, 5, h, 7, span, header=True)
    for j, year in enumerate(years):
        _put(ws, h + 1, 5 + j, year, header=True)
    _box(ws, h, 8, h + 1, 8, target, header=True)
    _box(ws, h, 9, h + 1, 9, "達成状況", header=True)
    ws.row_dimensions[h].height = 22
    ws.row_dimensions[h + 1].height = 22
    r = h + 2
    for no, name, unit, *vals, result in rows:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate(vals):
            _num(ws, r, 4 + j, 4 + j, v)
        _put(ws, r, 9, result, align="center")
        ws.row_dimensions[r].height = 22
        r += 1
    return r


def hirono() -> Path:
    wb, ws = _sheet("KPIの推移", [6, 36, 8, 13, 10, 10, 10, 13, 10])
    _text(
        ws,
        1,
        1,
        "第2期洋野町まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の推移（令和6年度実績）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 9, "令和7年8月　洋野町政策推進課", align="right")
    _text(
        ws,
        3,
        1,
        "計画期間：令和2年度～令和6年度　　町の将来像：海と高原の牧場　絆をつなぎ　輝く未来を拓くまち",
    )
    _box(ws, 5, 1, 5, 2, "町の人口の動向", header=True)
    cell = _box(
        ws,
        5,
        3,
        5,
        9,
        "町の人口は、昭和55年の24,403人から平成22年の17,913人（いずれも国勢調査）まで減少し、住民基本台帳では令和元年12月に16,436人となっています。今後も減少が続くと推計されており、人口減少対策は町の最重要課題です。",
    )
    cell.alignment = Alignment(horizontal="left", vertical="center", wrap_text=True)
    ws.row_dimensions[5].height = 40
    _text(ws, 7, 1, "■人口・定住に関する指標（ストック）", bold=True, size=11)
    r = _hn_grid(
        ws,
        8,
        "基準値\n（R2.3.31）",
        "実績値（各年3月31日現在）",
        ["R5", "R6", "R7"],
        "目標値\n（R7.3.31）",
        HN_STOCK,
    )
    _text(ws, r + 1, 1, "■産業・交流に関する指標（フロー）", bold=True, size=11)
    r = _hn_grid(
        ws,
        r + 2,
        "基準値\n（R元年度）",
        "実績値（年度）",
        ["R4", "R5", "R6"],
        "目標値\n（R6年度）",
        HN_FLOW,
    )
    _notes(
        ws,
        r + 1,
        [
            "（注1）住民基本台帳人口（外国人住民を含む）。",
            "（注2）農業経営改善計画の認定を受けた経営体の数（法人を含む）。",
            "（注3）町内の漁協が取り扱ったウニの水揚量（殻付き重量）。天然ウニの漁期は5～8月。",
            "KPIの達成状況：5項目中2項目で目標を達成（達成率40.0％）",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "hirono_kpi_suii_r7.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 戸沢村 (山形県最上郡): 第2期戸沢村まち・ひと・しごと創生総合戦略 KPI評価シート（令和6年度 中間評価）
# --------------------------------------------------------------------------------------------

# Real: まちづくり課 企画調整係, the 第2期 strategy (drafted 令和2年12月), 最上川舟下り (about
# 9万人 a year) and the company that runs it, パプリカ, the 平成26年度 観光入込客数 (55万7千人 at
# 8 調査地点). Made up: the sheet, its date, the 基本目標 wording, money, every KPI, figure and grade.
TZ_ROWS = [
    ("1", "最上川舟下り乗船者数", "千人", 31.5, 62.8, 75.0, 81.3, "108.4%", 85.0, 88.6, 90.0, "A"),
    (
        "2",
        "村内観光入込客数",
        "千人",
        298.4,
        421.7,
        480.0,
        452.6,
        "94.3%",
        520.0,
        498.0,
        557.0,
        "B",
    ),
    ("3", "パプリカの出荷量", "t", 38.6, 41.2, 45.0, 43.9, "97.6%", 47.0, 44.5, 50.0, "B"),
    ("4", "村の移住支援制度を利用した移住者数", "人", 4, 9, 10, 12, "120.0%", 10, 7, 12, "A"),
]


def tozawa() -> Path:
    wb, ws = _sheet("KPI評価シート", [5, 32, 7, 10, 9, 9, 9, 9, 9, 11, 9, 7])
    _text(
        ws,
        1,
        1,
        "第2期戸沢村まち・ひと・しごと創生総合戦略　KPI評価シート（令和6年度 中間評価）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 12, "令和7年2月　戸沢村まちづくり課企画調整係", align="right")
    r = _fields(
        ws,
        4,
        [
            ("計画期間", "令和3年度～令和7年度"),
            ("関連事業費（6年度予算・千円）", "28,640"),
            ("設定KPI数（基本目標２）", "4"),
        ],
        (1, 3),
        (4, 12),
    )
    _text(
        ws,
        r + 1,
        1,
        "基本目標２　最上峡の自然と文化を活かし、新しいひとの流れをつくる",
        bold=True,
        size=11,
    )
    _text(
        ws,
        r + 2,
        1,
        "評価（5年度実績による）　A：目標を達成　B：目標の80％以上　C：目標の80％未満",
        size=8,
    )
    h = r + 3
    _box(ws, h, 1, h + 1, 1, "No.", header=True)
    _box(ws, h, 2, h + 1, 2, "KPI", header=True)
    _box(ws, h, 3, h + 1, 3, "単位", header=True)
    _box(ws, h, 4, h + 1, 4, "基準値\n（2年度）", header=True)
    _put(ws, h, 5, "4年度", header=True)
    _put(ws, h + 1, 5, "実績", header=True)
    _box(ws, h, 6, h, 8, "5年度", header=True)
    for j, word in enumerate(["目標", "実績", "達成率"]):
        _put(ws, h + 1, 6 + j, word, header=True)
    _box(ws, h, 9, h, 10, "6年度", header=True)
    _put(ws, h + 1, 9, "目標", header=True)
    _put(ws, h + 1, 10, "見込\n（1月末時点）", header=True)
    _put(ws, h, 11, "7年度", header=True)
    _put(ws, h + 1, 11, "目標", header=True)
    _box(ws, h, 12, h + 1, 12, "評価", header=True)
    ws.row_dimensions[h].height = 20
    ws.row_dimensions[h + 1].height = 28
    r = h + 2
    for no, name, unit, *vals, grade in TZ_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate(vals):
            _num(ws, r, 4 + j, 4 + j, v)
        _put(ws, r, 12, grade, align="center", bold=True)
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※達成率＝5年度実績÷5年度目標。",
            "※6年度の見込は、令和7年1月末時点の実績から推計した年度末の見込値です。",
            "※平成26年度の村内観光入込客数は557千人（村内8調査地点）。7年度の目標は、この水準への回復としています。",
            "※最上川舟下り乗船者数は、最上川芭蕉ライン観光の集計によります。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "tozawa_kpi_hyoka_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 磐梯町 (福島県耶麻郡): 磐梯町まち・ひと・しごと創生推進計画 KPIの推移
# --------------------------------------------------------------------------------------------

# Real: the 推進計画's name, the population of 令和2年3月 (3,417人) and its 推計 for 令和17年
# (2,765人), 年少人口 460→386 and 高齢人口 1,208→1,272 (平成27年→令和元年), 出生24人・死亡51人
# (平成30年), the ばんだい振興公社 (2021年6月), 関係・愛着人口 and its 3万人 target for 令和8年,
# ばんだいコイン (2022年). Made up: the page date and 課, the plan period, every figure of the
# table except 3,417, the money and the notes.
BD_ROWS = [
    ("目標値（令和6年度）", "3,150", "25,000", "4,500", "60,000"),
    ("令和6年度", "3,118", "3万人弱", "5,212", "58,420"),
    ("令和5年度", "3,176", "23,900", "4,388", "41,260"),
    ("令和4年度", "3,241", "18,650", "3,105", "12,870"),
    ("令和3年度", "3,302", "12,400", "2,210", "―（導入前）"),
    ("令和2年度", "3,359", "―", "1,486", "―（導入前）"),
    ("令和元年度（基準値）", "3,417", "―", "962", "―"),
]


def bandai_html() -> str:
    rows = []
    for label, *vals in BD_ROWS:
        cls = (
            ' class="target"'
            if label.startswith("目標")
            else (' class="base"' if "基準" in label else "")
        )
        cells = "".join(f'<td class="num">{v}</td>' for v in vals)
        rows.append(f'<tr{cls}><th scope="row">{label}</th>{cells}</tr>')
    body = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>磐梯町まち・ひと・しごと創生推進計画　KPIの推移 - 磐梯町</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin: 0.5em 0; }}
th, td {{ border: 1px solid #000; padding: 3px 8px; }}
thead th {{ background: #d9d9d9; }}
tbody th {{ text-align: left; background: #f2f2f2; font-weight: normal; }}
tr.target th, tr.target td {{ background: #fff2cc; font-weight: bold; }}
td.num {{ text-align: right; }}
p.note {{ font-size: 9pt; margin: 0.2em 0; }}
</style>
</head>
<body>
<p class="breadcrumb">トップページ &gt; 分類でさがす &gt; 町政・まちづくり &gt; 町の計画 &gt; 地方創生</p>
<h1>磐梯町まち・ひと・しごと創生推進計画　KPIの推移</h1>
<p class="date">印刷用ページを表示する　掲載日：2025年7月10日更新</p>
<h2>１　計画の概要</h2>
<p>本町の総人口は、昭和45年の5,263人をピークに減少を続け、住民基本台帳によると令和2年3月には3,417人となりました。国立社会保障・人口問題研究所の推計では、令和17年には2,765人まで減少すると見込まれています。平成27年から令和元年にかけて、年少人口は460人から386人に減少し、高齢人口は1,208人から1,272人に増加しました。平成30年の出生数は24人、死亡数は51人でした。</p>
<p>こうした状況を踏まえ、令和2年度から令和6年度までを計画期間とする「磐梯町まち・ひと・しごと創生推進計画」を策定し、一般社団法人ばんだい振興公社（2021年6月設立）や地域デジタル通貨「ばんだいコイン」（2022年開始）などを通じて、愛着人口の拡大と地域経済の活性化に取り組んでいます。</p>
<p>関連事業費（令和6年度決算）：48,300千円（うちデジタル田園都市国家構想交付金 24,150千円）</p>
<h2>２　KPIの推移</h2>
<p class="note">※表は新しい年度から順に掲載しています。最上段は計画最終年度（令和6年度）の目標値です。</p>
<table>
<thead>
<tr><th rowspan="2" scope="col">年度</th><th scope="col">数値目標</th><th colspan="3" scope="colgroup">重要業績評価指標（KPI）</th></tr>
<tr><th scope="col">総人口<br>（人）</th><th scope="col">KPI①　関係・愛着人口数<br>（人）</th><th scope="col">KPI②　ふるさと納税の寄附件数<br>（件）</th><th scope="col">KPI③　地域デジタル通貨「ばんだいコイン」の決済額<br>（千円）</th></tr>
</thead>
<tbody>
{body}
</tbody>
</table>
<p class="note">※総人口は住民基本台帳によります。</p>
<p class="note">※KPI①の令和6年度は、ばんだい振興公社による速報の概数です。なお、後期基本計画では関係・愛着人口数を令和8年に3万人とすることを目標としています。</p>
<p class="note">※KPI③は、ばんだいコインの導入（令和4年度）前の年度は「―（導入前）」としています。</p>
<p>このページに関するお問い合わせ先：政策課　地方創生係</p>
</body>
</html>
"""


def bandai() -> Path:
    path = HERE / "bandai_kpi_suii_r6.html"
    path.write_bytes(bandai_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (shari, hirono, tozawa):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {bandai().name}")


if __name__ == "__main__":
    main()
