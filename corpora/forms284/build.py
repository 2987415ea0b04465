"""Build the built documents of forms284/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/shinto_kpi_shinchoku_r7.xlsx``, a 総合戦略 KPI 進捗 in the manner of 榛東村 (群馬県):
  **year headers marked with one-letter states** (``R4(確)``, ``R5(確)``, ``R6(速)``, ``R7(見)``) read
  through a legend line, and **a ``基準年`` column** giving each row's base year beside an undated
  ``基準値`` column; a ``担当課`` column; and the PDF;
* ``source/matsukawa_shisaku_hyoka_r5.xlsx``, a 総合計画 施策評価シート in the manner of 松川町 (長野県):
  **a two-row header whose top row names the plan's halves, ``前期（3年度～5年度）`` over three and
  ``後期（6年度～7年度）`` over two era-less year columns**, each indicator on **two rows named
  ``計画`` / ``実績`` in a ``区分`` column**, and a shaded ``（参考）`` money row; and the PDF;
* ``source/shirako_kanko_kpi_r6.xlsx``, a 観光 KPI 進捗管理表 in the manner of 白子町 (千葉県):
  **``R6`` over ``上半期（4～9月） | 通期見込``** beside ``実績`` over ``R4 | R5``, **a target
  column ``目標（R6～R8平均）``** over a three-year average, and a derived 進捗率 column; and the PDF;
* ``ninomiya_kpi_kensho_r3.html``, a 総合戦略 KPI 検証 page in the manner of 二宮町 (神奈川県):
  two tables whose **top-left corner cell is split diagonally into ``年度`` and ``指標``** over
  **bare 西暦 year headers** (``2019`` … ``2024``), **a ``<sup>※2</sup>`` on one year header
  making its column a 見込**, a ``<sup>※1</sup>`` on a value, ``約``, ``―`` and ``中止``.

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
    wb.properties.creator = "forms284/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms284/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms284_soffice_") as tmp:
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


def _num(ws, r, c, text, bold=False, fill=None):
    """A value cell written as printed text, right-aligned (``―`` centred)."""
    align = "center" if text in ("―", "中止", "") else "right"
    return _put(ws, r, c, text, align=align, bold=bold, fill=fill)


# --------------------------------------------------------------------------------------------
# 榛東村 (群馬県北群馬郡): 総合戦略 KPI の進捗状況（令和7年8月）
# --------------------------------------------------------------------------------------------

# Real (ja.wikipedia 榛東村): 推計人口 14,373人 (2018-10-01), 相馬原駐屯地 in the village. Made up: the
# sheet, its date, committee, 課, every KPI, figure and note.
SH_ROWS = [
    (
        "1",
        "総人口（各年10月1日現在）",
        "人",
        "H30",
        "14,373",
        "14,502",
        "14,488",
        "14,431",
        "14,400",
        "14,500",
        "企画課",
    ),
    (
        "2",
        "年少人口（15歳未満）の割合",
        "％",
        "R2",
        "14.1",
        "13.8",
        "13.6",
        "13.5",
        "13.4",
        "14.0",
        "企画課",
    ),
    ("3", "新規就農者数", "人", "R元", "3", "4", "6", "5", "―", "5", "産業振興課"),
    ("4", "移住相談件数", "件", "R2", "18", "25", "31", "40", "42", "40", "企画課"),
]


def shinto() -> Path:
    wb, ws = _sheet("KPI進捗", [5, 30, 6, 7, 9, 9, 9, 9, 9, 11, 11])
    _text(
        ws,
        1,
        1,
        "榛東村まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の進捗状況",
        bold=True,
        size=13,
    )
    _text(ws, 2, 11, "令和7年8月　榛東村総合戦略推進委員会　資料3", align="right")
    fields = [
        ("計画期間", "令和3年度～令和7年度", "村の人口", "14,373人（平成30年10月1日現在推計人口）"),
        ("交付金関連事業費（R6決算）", "12,480千円", "本表の担当", "企画課（総合戦略担当）"),
    ]
    r = 4
    for l1, v1, l2, v2 in fields:
        _span(ws, r, 1, 2, l1, header=True)
        _span(ws, r, 3, 5, v1)
        _span(ws, r, 6, 7, l2, header=True)
        _span(ws, r, 8, 11, v2)
        ws.row_dimensions[r].height = 20
        r += 1
    _text(ws, 7, 1, "■基本目標１　若い世代が住み続けたい村をつくる", bold=True, size=11)
    _head2(
        ws,
        8,
        [
            (1, "No."),
            (2, "重要業績評価指標（KPI）"),
            (3, "単位"),
            (4, "基準年"),
            (5, "基準値"),
            (10, "目標値\n（R7）"),
            (11, "担当課"),
        ],
        [(6, 9, "実績値", ["R4(確)", "R5(確)", "R6(速)", "R7(見)"])],
    )
    r = 10
    for no, name, unit, year, *vals, dept in SH_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _put(ws, r, 4, year, align="center")
        for j, v in enumerate(vals):
            _num(ws, r, 5 + j, v)
        _put(ws, r, 11, dept, align="center")
        ws.row_dimensions[r].height = 24
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "凡例　確：確定値　　速：速報値（令和7年6月末時点）　　見：見込値（令和7年度末の見込み）",
            "※基準値は、指標ごとに「基準年」欄に示す年度の値です（指標により策定時に把握できた年度が異なるため）。",
            "※総人口には陸上自衛隊相馬原駐屯地の営内居住者を含みます。No.3のR7は集計前のため見込を示していません。",
            "※本表の指標数：KPI 4（うち令和5年度追加 1）。次回の推進委員会は令和8年2月に開催予定です。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "shinto_kpi_shinchoku_r7.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 松川町 (長野県下伊那郡): 総合計画 施策評価シート（令和5年度実績）
# --------------------------------------------------------------------------------------------

# Real (ja.wikipedia 松川町): 推計人口 12,139人 (2024-03-01), 梨・りんご orchards of 大島. Made up: the
# sheet, 施策, 課, money, every indicator, figure and note.
MK_ROWS = [
    ("1", "果樹の新規就農者数", "人", "4", ["5", "5", "5", "5", "5"], ["3", "6", "4", "", ""]),
    (
        "2",
        "観光農園（りんご・梨）の入込客数",
        "千人",
        "38.2",
        ["40.0", "42.0", "44.0", "46.0", "48.0"],
        ["31.5", "41.2", "45.3", "", ""],
    ),
    (
        "3",
        "遊休農地面積の削減",
        "ha",
        "21.4",
        ["20.5", "19.5", "18.5", "17.5", "16.5"],
        ["20.8", "19.9", "18.1", "", ""],
    ),
    (
        "",
        "（参考）果樹振興関連事業費",
        "千円",
        "35,210",
        ["36,000", "37,500", "38,000", "39,000", "39,000"],
        ["35,880", "37,120", "38,640", "", ""],
    ),
]


def matsukawa() -> Path:
    wb, ws = _sheet("施策評価", [5, 30, 7, 7, 10, 9, 9, 9, 10, 10, 18])
    _text(ws, 1, 1, "松川町総合計画　施策評価シート（令和5年度実績）", bold=True, size=14)
    _text(ws, 2, 11, "令和6年8月", align="right")
    fields = [
        ("施策名", "果樹農業の振興と担い手の確保", "主管課", "産業観光課"),
        ("施策の事業費（5年度決算・千円）", "38,640", "町の人口（R6.3.1推計）", "12,139人"),
        ("施策の総合評価", "B（概ね順調）", "評価者", "産業観光課長"),
    ]
    r = 4
    for l1, v1, l2, v2 in fields:
        _span(ws, r, 1, 2, l1, header=True)
        _span(ws, r, 3, 6, v1)
        _span(ws, r, 7, 8, l2, header=True)
        _span(ws, r, 9, 11, v2)
        ws.row_dimensions[r].height = 20
        r += 1
    _text(ws, 8, 1, "２　成果指標の推移", bold=True, size=11)
    _head2(
        ws,
        9,
        [
            (1, "No."),
            (2, "成果指標"),
            (3, "単位"),
            (4, "区分"),
            (5, "基準値\n（2年度）"),
            (11, "備考"),
        ],
        [
            (6, 8, "前期（3年度～5年度）", ["3年度", "4年度", "5年度"]),
            (9, 10, "後期（6年度～7年度）", ["6年度", "7年度"]),
        ],
    )
    r = 11
    notes = {
        "1": "町農業委員会調べ",
        "2": "8月～11月の合計（観光協会調べ）",
        "3": "農地利用状況調査による",
        "": "指標ではありません",
    }
    for no, name, unit, base, plan, done in MK_ROWS:
        fill = LIGHT if no == "" else None
        for k, (word, vals) in enumerate((("計画", plan), ("実績", done))):
            _put(ws, r + k, 4, word, align="center", fill=fill)
            for j, v in enumerate(vals):
                _num(ws, r + k, 6 + j, v, fill=fill)
            ws.row_dimensions[r + k].height = 18
        for c, v, al in (
            (1, no, "center"),
            (2, name, None),
            (3, unit, "center"),
            (5, base, "right"),
            (11, notes[no], None),
        ):
            _put(ws, r, c, v, align=al, fill=fill)
            _put(ws, r + 1, c, None, fill=fill)
            _merge(ws, r, c, r + 1, c)
        r += 2
    _notes(
        ws,
        r + 1,
        [
            "※前期は前期基本計画（令和3年度～5年度）、後期は後期基本計画（令和6年度～7年度）の期間です。後期の実績は翌年度に記入します。",
            "※No.3は値が小さいほど良い指標です。（参考）欄の事業費は成果指標ではありません。",
            "※施策の総合評価　A：順調　B：概ね順調　C：遅れている",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "matsukawa_shisaku_hyoka_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 白子町 (千葉県長生郡): 観光振興 KPI 進捗管理表（令和6年度上半期）
# --------------------------------------------------------------------------------------------

# Real (kifuru.jp, batonpass.jp, jimaryoko.xyz): テニスコート300面以上, 白子テニスフェスティバル, DMO
# プロモーション白子 (2024), たまねぎ祭り (5月), 海水浴場 剃金・古所・中里, 人口 10,062人 (2022-02-01).
# Made up: the sheet, its date and 係, every figure, target and note.
SK_ROWS = [
    ("1", "観光入込客数", "千人", "812", "455", "598", "341", "640", "800", "42.6%"),
    (
        "2",
        "テニスコート利用者数（延べ）",
        "千人",
        "356",
        "198",
        "241",
        "132",
        "255",
        "340",
        "38.8%",
    ),
    (
        "3",
        "白子テニスフェスティバル参加者数",
        "人",
        "2,150",
        "1,820",
        "2,040",
        "2,210",
        "2,210",
        "2,200",
        "100.5%",
    ),
    (
        "4",
        "海水浴場利用者数（剃金・古所・中里）",
        "千人",
        "86.5",
        "41.2",
        "52.8",
        "57.3",
        "57.3",
        "80.0",
        "71.6%",
    ),
    (
        "5",
        "たまねぎ祭り来場者数",
        "人",
        "3,000",
        "1,500",
        "2,800",
        "3,400",
        "3,400",
        "3,500",
        "97.1%",
    ),
]


def shirako() -> Path:
    wb, ws = _sheet("KPI進捗", [5, 32, 6, 10, 9, 9, 11, 10, 12, 10])
    _text(ws, 1, 1, "白子町観光振興計画　KPI進捗管理表（令和6年度上半期）", bold=True, size=13)
    _text(ws, 2, 10, "令和6年11月　産業課商工観光係", align="right")
    fields = [
        ("町の人口", "10,062人（令和4年2月1日）", "テニスコート面数", "300面以上（町内）"),
        (
            "観光地域づくり法人",
            "一般社団法人プロモーション白子（令和6年設立）",
            "計画期間",
            "令和6年度～令和8年度",
        ),
    ]
    r = 4
    for l1, v1, l2, v2 in fields:
        _span(ws, r, 1, 2, l1, header=True)
        _span(ws, r, 3, 6, v1)
        _span(ws, r, 7, 8, l2, header=True)
        _span(ws, r, 9, 10, v2)
        ws.row_dimensions[r].height = 20
        r += 1
    _text(ws, 7, 1, "■観光KPIの状況", bold=True, size=11)
    _head2(
        ws,
        8,
        [
            (1, "No."),
            (2, "指標"),
            (3, "単位"),
            (4, "基準値\n（R元）"),
            (9, "目標\n（R6～R8平均）"),
            (10, "対目標\n進捗率"),
        ],
        [(5, 6, "実績", ["R4", "R5"]), (7, 8, "R6", ["上半期\n（4～9月）", "通期見込"])],
    )
    r = 10
    for no, name, unit, *vals in SK_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate(vals):
            _num(ws, r, 4 + j, v)
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※上半期は令和6年4月～9月の実績（速報値）、通期見込は令和7年3月末までの見込みです。",
            "※目標は令和6年度から令和8年度までの3か年の平均値です。対目標進捗率＝上半期÷目標。",
            "※海水浴場（7月～8月開設）、白子テニスフェスティバル及びたまねぎ祭り（5月）は上半期で年間の実績が確定しています。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "shirako_kanko_kpi_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 二宮町 (神奈川県中郡): 第2期二宮町総合戦略推進計画 KPIの検証結果（令和3年度）
# --------------------------------------------------------------------------------------------

# Real (furusato-funding.jp/projects/1780, townnews.co.jp, town.ninomiya.kanagawa.jp): the plan's name, the
# 2015 population 28,479人, 自然減156人 and 社会減57人 (2015), 合計特殊出生率 1.10 (2017), the 「ガラスのうさぎ像」
# 平和と友情のつどい and its cancellation in 令和2年度. Made up: the page, its date and 課, every KPI figure and note.
NINOMIYA_HTML = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>第2期二宮町総合戦略推進計画 KPIの検証結果（令和3年度） - 二宮町</title>
<style>
table { border-collapse: collapse; margin: 0.5em 0 1em; }
th, td { border: 1px solid #666; padding: 3px 8px; }
th { background: #e8eef5; }
td.n { text-align: right; }
th.diag { background: linear-gradient(to top right, #e8eef5 49%, #666 50%, #e8eef5 51%); width: 16em; }
th.diag .y { display: block; text-align: right; }
th.diag .k { display: block; text-align: left; }
</style>
</head>
<body>
<p class="breadcrumb"><a href="/">トップページ</a> &gt; <a href="/soshiki/">組織から探す</a> &gt; 政策総務課 &gt; 地域政策班</p>
<h1>第2期二宮町総合戦略推進計画 KPIの検証結果（令和3年度）</h1>
<p class="date">更新日：2022年9月30日</p>
<p>本町の総人口は1999年の31,107人をピークに減少し、2015年には28,479人となりました。2015年には156人の自然減、57人の社会減となっています。
町では「第2期二宮町総合戦略推進計画」に基づき、子育て環境の充実と人の流れの創出に取り組んでいます。
このたび、二宮町総合戦略推進会議（令和4年8月25日開催、委員10名）において、令和3年度までの重要業績評価指標（KPI）の状況を検証しました。</p>
<h2>基本目標1　結婚・出産・子育ての希望をかなえる</h2>
<table>
<thead>
<tr><th class="diag" rowspan="2"><span class="y">年度</span><span class="k">指標</span></th><th rowspan="2">単位</th><th>基準値</th><th colspan="3">実績値</th><th colspan="2">目標値</th></tr>
<tr><th>2019</th><th>2020</th><th>2021</th><th>2022<sup>※2</sup></th><th>2022</th><th>2024</th></tr>
</thead>
<tbody>
<tr><td>合計特殊出生率</td><td></td><td class="n">1.10<sup>※1</sup></td><td class="n">1.07</td><td class="n">1.04</td><td class="n">1.05</td><td class="n">1.20</td><td class="n">1.30</td></tr>
<tr><td>社会増減数（転入－転出）</td><td>人</td><td class="n">▲35</td><td class="n">64</td><td class="n">118</td><td class="n">90</td><td class="n">0</td><td class="n">50</td></tr>
<tr><td>子育て支援センター利用者数（延べ）</td><td>人</td><td class="n">8,420</td><td class="n">3,915</td><td class="n">5,230</td><td class="n">約6,800</td><td class="n">8,500</td><td class="n">9,000</td></tr>
</tbody>
</table>
<h2>基本目標2　二宮らしさを活かした人の流れをつくる</h2>
<table>
<thead>
<tr><th class="diag" rowspan="2"><span class="y">年度</span><span class="k">指標</span></th><th rowspan="2">単位</th><th>基準値</th><th colspan="3">実績値</th><th colspan="2">目標値</th></tr>
<tr><th>2019</th><th>2020</th><th>2021</th><th>2022<sup>※2</sup></th><th>2022</th><th>2024</th></tr>
</thead>
<tbody>
<tr><td>二宮駅周辺のイベント来場者数</td><td>千人</td><td class="n">12.5</td><td class="n">―</td><td class="n">3.2</td><td class="n">9.0</td><td class="n">12.0</td><td class="n">15.0</td></tr>
<tr><td>「ガラスのうさぎ像」平和と友情のつどい参加者数</td><td>人</td><td class="n">380</td><td class="n">中止</td><td class="n">中止</td><td class="n">250</td><td class="n">350</td><td class="n">400</td></tr>
</tbody>
</table>
<p>※1　合計特殊出生率の基準値は2017年（暦年）の値です。<br>
※2　2022年度の実績値は、令和4年8月末時点の見込値です。<br>
※　「―」はイベントを開催していないため値がありません。表中の年度は西暦で表示しています。</p>
<p>推進会議での主な意見（抜粋）：子育て支援センターの利用は回復傾向にあるが、2019年度の水準（8,420人）には戻っていない。</p>
<p class="contact">お問い合わせ：政策総務課 地域政策班</p>
</body>
</html>
"""


def ninomiya() -> Path:
    path = HERE / "ninomiya_kpi_kensho_r3.html"
    path.write_bytes(NINOMIYA_HTML.encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (shinto, matsukawa, shirako):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {ninomiya().name}")


if __name__ == "__main__":
    main()
