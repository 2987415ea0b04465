"""Build the built documents of forms140/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/shibukawa_kpi_shinchoku_h29.xlsx``, a 総合戦略 KPI 進捗状況一覧 in the manner of 渋川市 (群馬県):
  **a 参考値（H22） column beside 基準値（H26）**, 実績値 H27 | H28 | H29, 目標値（H31）, 施策 cells merged down,
  千人 in 単位, **a `―` in 単位** (合計特殊出生率), **a `廃止` actual**; and the PDF;
* ``source/oiso_seika_shihyo_r5.xlsx``, 第五次総合計画 成果指標の達成状況 in the manner of 大磯町 (神奈川県):
  計画策定時（R元） | R4実績 | R5 spanning 目標 | 実績 | **過去最高値（年度） with the year in brackets in the
  cell** | 前期目標（R7）, 万人 in 単位, a 削減 indicator; and the PDF;
* ``source/shika_kpi_kensho_h30.xlsx``, a 総合戦略 KPI検証シート in the manner of 志賀町 (石川県): a form
  block (事業名, 担当課, 事業費 in 千円, 奨励金の上限 in 万円) over a grid with 目標 / 実績 row pairs under
  H28 | H29 | H30, **`前年度以上` as the yearly target of one KPI**; and the PDF;
* ``uenohara_kpi_tassei_r5.html``, 第2期総合戦略 KPIの達成状況 in the manner of 上野原市 (山梨県): a
  市民アンケート overview table (配布数, 回収数, 回収率), then one table with 基本目標 ``<th rowspan>`` cells,
  基準値（R元）, 実績値 R3 | R4 | R5, 目標値（R6）, a name ending in （累計）, a `調査なし` actual.

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
    wb.properties.creator = "forms140/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms140/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms140_soffice_") as tmp:
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


def _fmt(v) -> str | None:
    """A number format that prints the value as typed (1.38 → 0.00, 40.6 → 0.0)."""
    if isinstance(v, float):
        decimals = len(repr(v).split(".")[1])
        return "#,##0." + "0" * max(decimals, 1)
    return None


def _vals2(ws, r, c0, vals) -> None:
    for j, v in enumerate(vals):
        _put(ws, r, c0 + j, v, align="center" if isinstance(v, str) else "right", fmt=_fmt(v))


# --------------------------------------------------------------------------------------------
# 渋川市 (群馬県): 総合戦略 数値目標及び重要業績評価指標（KPI）の進捗状況一覧
# --------------------------------------------------------------------------------------------

# Real: 渋川市まち・ひと・しごと創生総合戦略 (平成27年12月), the published 数値目標及び重要業績評価指標
# （KPI）の進捗状況一覧, 企画部, 伊香保温泉. Made up: the sheet's date, 施策, every KPI and figure.
SHIBUKAWA = [
    (
        "(1) 観光による交流人口の拡大",
        [
            ("1", "観光入込客数", "千人", [3905, 4118, 4236, 4302, 4355, 4500]),
            ("2", "伊香保温泉の宿泊者数", "千人", [1012, 948, 961, 975, "―", 1000]),
        ],
    ),
    (
        "(2) 移住・定住の促進",
        [
            ("3", "空き家バンクの成約件数", "件", ["―", 3, 5, 7, "廃止", 15]),
            ("4", "移住相談窓口での相談件数", "件", ["―", 24, 31, 40, 52, 60]),
        ],
    ),
    (
        "(3) 結婚・出産・子育ての支援",
        [
            ("5", "合計特殊出生率", "―", [1.38, 1.33, 1.36, 1.35, 1.31, 1.5]),
        ],
    ),
]


def shibukawa() -> Path:
    widths = [5, 20, 26, 6, 10, 10, 9, 9, 9, 11]
    wb, ws = _sheet("KPI進捗状況", widths)
    _text(
        ws,
        1,
        1,
        "渋川市まち・ひと・しごと創生総合戦略　数値目標及び重要業績評価指標（KPI）の進捗状況一覧",
        bold=True,
        size=12,
    )
    _text(ws, 2, 1, "平成30年8月　渋川市 企画部 企画課")
    _text(ws, 4, 1, "２　重要業績評価指標（KPI）の進捗状況", bold=True, size=10)
    _head2(
        ws,
        5,
        [
            (1, "No."),
            (2, "具体的な施策"),
            (3, "重要業績評価指標（KPI）"),
            (4, "単位"),
            (5, "参考値（H22）"),
            (6, "基準値（H26）"),
            (10, "目標値（H31）"),
        ],
        [(7, 9, "実績値", ["H27", "H28", "H29"])],
    )
    r = 7
    for measure, rows in SHIBUKAWA:
        top = r
        for no, name, unit, vals in rows:
            _put(ws, r, 1, no, align="center")
            _put(ws, r, 2, measure if r == top else None)
            _put(ws, r, 3, name)
            _put(ws, r, 4, unit, align="center")
            _vals2(ws, r, 5, vals)
            ws.row_dimensions[r].height = 22
            r += 1
        if r - 1 > top:
            _merge(ws, top, 2, r - 1, 2)
    # 1.50 prints with two decimals like the other rates of the row
    ws.cell(row=r - 1, column=10).number_format = "0.00"
    _notes(
        ws,
        r + 1,
        [
            "※参考値は平成22年度（国勢調査年）の値で、評価の対象とはしていません。",
            "※No.3は平成29年度に「移住相談窓口での相談件数」へ統合したため廃止しました。",
            "※地方創生推進交付金事業（H29）の事業費：24,380千円",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "shibukawa_kpi_shinchoku_h29.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 大磯町 (神奈川県): 第五次総合計画 前期基本計画 成果指標の達成状況（令和5年度実績）
# --------------------------------------------------------------------------------------------

# Real: 大磯町第五次総合計画 (令和3年度～令和12年度), its 将来像, 年間観光客数 110万人 (令和元年), 旧吉田茂邸
# (平成29年4月1日再建・開館, 9万4千人超), おあしす事業. Made up: the sheet, 課, 施策, the other figures.
OISO = [
    (
        "観光の振興",
        [
            ("年間観光客数", "万人", [110.0, 84.7, 95.0, 98.3, "110.0（R元）", 100.0]),
            ("旧吉田茂邸の来館者数", "人", [61520, 48210, 55000, 52880, "94,120（H29）", 65000]),
        ],
    ),
    (
        "健康づくりの推進",
        [
            ("特定健康診査の受診率", "％", [36.8, 38.1, 40.0, 39.2, "39.2（R5）", 45.0]),
            ("おあしす事業の参加者数", "人", [2980, 1850, 2500, 2710, "3,120（H29）", 3000]),
        ],
    ),
    (
        "ごみの減量化",
        [
            ("1人1日当たりのごみ排出量の削減", "g", [812, 790, 780, 784, "―", 750]),
        ],
    ),
]


def oiso() -> Path:
    widths = [13, 28, 6, 12, 9, 9, 9, 13, 12]
    wb, ws = _sheet("成果指標", widths)
    _text(
        ws,
        1,
        1,
        "大磯町第五次総合計画　前期基本計画　成果指標の達成状況（令和5年度実績）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 1, "令和6年9月　大磯町 政策総務部 政策課")
    _text(
        ws,
        3,
        1,
        "将来像「紺碧の海に緑の映える住みよい大磯」（計画期間：令和3年度～令和12年度）",
    )
    _text(ws, 5, 1, "２　施策ごとの成果指標", bold=True, size=10)
    _head2(
        ws,
        6,
        [
            (1, "施策"),
            (2, "成果指標"),
            (3, "単位"),
            (4, "計画策定時（R元）"),
            (5, "R4実績"),
            (8, "過去最高値（年度）"),
            (9, "前期目標（R7）"),
        ],
        [(6, 7, "R5", ["目標", "実績"])],
    )
    r = 8
    for measure, rows in OISO:
        top = r
        for name, unit, vals in rows:
            _put(ws, r, 1, measure if r == top else None, align="center")
            _put(ws, r, 2, name)
            _put(ws, r, 3, unit, align="center")
            _vals2(ws, r, 4, vals)
            ws.row_dimensions[r].height = 24
            r += 1
        if r - 1 > top:
            _merge(ws, top, 1, r - 1, 1)
    _notes(
        ws,
        r + 1,
        [
            "※過去最高値は、統計を取り始めてからの最高値とその年度です（評価の対象外）。",
            "※旧吉田茂邸関連事業費（R5決算）：38,650千円",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "oiso_seika_shihyo_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 志賀町 (石川県羽咋郡): 総合戦略 重要業績評価指標（KPI）検証シート（平成30年度）
# --------------------------------------------------------------------------------------------

# Real: 志賀町 (平成17年9月 志賀町と富来町の合併), 移住定住促進住まいづくり奨励金 (単身移住 最大90万円、家族移住
# 最大170万円), 分譲地「みらいとうぶ」, 志賀の郷リゾート (約160世帯が定住). Made up: the sheet, 課, 事業費,
# every KPI and figure except the 160 世帯 baseline.
SHIKA = [
    ("奨励金を活用した移住世帯数", "世帯", 12, [15, 18, 20], [16, 17, 21], 25),
    ("分譲地「みらいとうぶ」の販売区画数", "区画", 8, ["前年度以上"] * 3, [11, 9, 12], 14),
    ("空き家バンクの登録件数", "件", 5, [8, 10, 12], [9, 10, 11], 15),
    ("志賀の郷リゾートの定住世帯数", "世帯", 160, [165, 170, 175], [162, "―", 171], 180),
]


def shika() -> Path:
    widths = [30, 7, 12, 7, 11, 11, 11, 12]
    wb, ws = _sheet("KPI検証シート", widths)
    _text(
        ws,
        1,
        1,
        "志賀町まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）検証シート（平成30年度）",
        bold=True,
        size=12,
    )
    form = [
        ("事業名", "移住定住促進事業"),
        ("担当課", "企画財政課"),
        ("事業費（H30決算）", "41,300千円"),
        ("奨励金の上限", "単身移住 90万円　／　家族移住 170万円（移住定住促進住まいづくり奨励金）"),
    ]
    r = 3
    for key, value in form:
        _put(ws, r, 1, key, header=True)
        _span(ws, r, 2, 8, value)
        ws.row_dimensions[r].height = 18
        r += 1
    r += 1
    _text(ws, r, 1, "KPIの達成状況", bold=True, size=10)
    r += 1
    for c, word in enumerate(
        [
            "重要業績評価指標（KPI）",
            "単位",
            "基準値（H26）",
            "区分",
            "H28",
            "H29",
            "H30",
            "目標値（H31）",
        ],
        start=1,
    ):
        _put(ws, r, c, word, header=True)
    ws.row_dimensions[r].height = 22
    r += 1
    for name, unit, base, target, actual, final in SHIKA:
        _put(ws, r, 1, name)
        _put(ws, r, 2, unit, align="center")
        _put(ws, r, 3, base, align="right")
        _put(ws, r, 4, "目標", align="center")
        _vals2(ws, r, 5, target)
        _put(ws, r, 8, final, align="right")
        _put(ws, r + 1, 4, "実績", align="center")
        _vals2(ws, r + 1, 5, actual)
        for c in (1, 2, 3, 8):
            _put(ws, r + 1, c, None)
            _merge(ws, r, c, r + 1, c)
        ws.row_dimensions[r].height = 18
        ws.row_dimensions[r + 1].height = 18
        r += 2
    _notes(
        ws,
        r + 1,
        [
            "※「前年度以上」は、前年度の実績値以上を目標とするものです。",
            "※H29の定住世帯数は調査を実施していません。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "shika_kpi_kensho_h30.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 上野原市 (山梨県): 第2期総合戦略 重要業績評価指標（KPI）の達成状況（令和5年度実績）
# --------------------------------------------------------------------------------------------

# Real: 第2期上野原市まち・ひと・しごと創生総合戦略 (令和2年度策定), the 市民アンケート (令和6年3月から, 18歳以上
# 70歳未満, 1,500票配布, 638票回収, 42.5%) and 上野原市みらい戦略2025-2030 that follows it. Made up: the page's
# date, 課, the 基本目標 wording, every KPI and figure.
UENOHARA = [
    (
        "基本目標1　しごとをつくり、安心して働けるようにする",
        [
            ("市内事業所の新規雇用者数", "人", ["85", "62", "71", "78", "100"]),
            ("上野原ブランド認定品数（累計）", "品", ["12", "18", "21", "24", "30"]),
        ],
    ),
    (
        "基本目標2　新しいひとの流れをつくる",
        [
            ("移住相談件数", "件", ["46", "58", "63", "71", "80"]),
        ],
    ),
    (
        "基本目標3　結婚・出産・子育ての希望をかなえる",
        [
            (
                "子育て環境に満足している市民の割合",
                "％",
                ["38.2", "調査なし", "40.6", "42.0", "50.0"],
            ),
        ],
    ),
    (
        "基本目標4　安心して暮らせる魅力的な地域をつくる",
        [
            ("路線バス（市内線）の年間利用者数", "千人", ["312", "248", "266", "279", "320"]),
        ],
    ),
]


def uenohara_html() -> str:
    body = []
    for goal, rows in UENOHARA:
        for i, (name, unit, vals) in enumerate(rows):
            head = f'<th scope="row" rowspan="{len(rows)}">{goal}</th>' if i == 0 else ""
            cells = "".join(
                f'<td class="num">{v}</td>' if v[0].isdigit() else f'<td class="c">{v}</td>'
                for v in vals
            )
            body.append(f'<tr>{head}<td>{name}</td><td class="c">{unit}</td>{cells}</tr>')
    rows_html = "\n".join(body)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>第2期上野原市まち・ひと・しごと創生総合戦略 KPIの達成状況｜上野原市</title>
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
<h1>第2期上野原市まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の達成状況（令和5年度実績）</h1>
<p>令和6年8月　上野原市 企画課</p>
<p>第2期上野原市まち・ひと・しごと創生総合戦略（令和2年度～令和6年度）に掲げたKPIの令和5年度までの実績を取りまとめました。次期戦略「上野原市みらい戦略2025-2030」の策定に向け、令和6年3月から市民アンケート調査を実施しています。</p>
<h2>1　市民アンケート調査の概要</h2>
<table border="1">
<tr><th>調査対象</th><td>上野原市に在住の18歳以上70歳未満の男女</td></tr>
<tr><th>抽出方法</th><td>無作為抽出</td></tr>
<tr><th>配布数</th><td class="num">1,500票</td></tr>
<tr><th>回収数</th><td class="num">638票</td></tr>
<tr><th>回収率</th><td class="num">42.5%</td></tr>
</table>
<h2>2　KPIの達成状況</h2>
<table border="1">
<tr><th rowspan="2">基本目標</th><th rowspan="2">重要業績評価指標（KPI）</th><th rowspan="2">単位</th><th rowspan="2">基準値（R元）</th><th colspan="3">実績値</th><th rowspan="2">目標値（R6）</th></tr>
<tr><th>R3</th><th>R4</th><th>R5</th></tr>
{rows_html}
</table>
<p>※「調査なし」は、当該年度に市民意識調査を実施していないものです。</p>
<p>※上野原ブランド認定品数は制度開始からの累計です。</p>
</body>
</html>
"""


def uenohara() -> Path:
    path = HERE / "uenohara_kpi_tassei_r5.html"
    path.write_bytes(uenohara_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (shibukawa, oiso, shika):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {uenohara().name}")


if __name__ == "__main__":
    main()
