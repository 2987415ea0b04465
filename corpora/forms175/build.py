"""Build the built documents of forms175/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/shima_shisaku_hyoka_r4.xlsx``, a 総合計画 施策評価シート in the manner of 志摩市 (三重県):
  form fields (施策番号, 施策名, 主管課, 事業費, the count of the sheet's own indicators by status) over a
  成果指標 grid with **a ``指標の型`` column of the words ``増加型`` / ``減少型`` / ``維持型``** (its legend
  above the grid), ``★`` marks on two names, ``R4目標 | R4実績 | 達成状況`` with ``達成`` / ``未達成`` /
  ``判定不能``, a ``未集計`` actual, ``百万円``; a ``２　施策の評価`` block with a grade and prose; and the PDF;
* ``source/kawanehon_senryaku_kensho_r3.xlsx``, a 総合戦略 KPI 検証シート in the manner of 川根本町
  (静岡県): **a box of form fields (担当課, 対象期間, 交付金充当額, KPIの数, 検証機関) standing right of
  the KPI grid, in the same sheet rows as its header and first KPI rows**; shaded プロジェクト rows,
  取組 cells and an ``R3事業費（千円）`` column merged down, and **``小計`` rows after each プロジェクト and a
  ``合計`` row** of that money; a prose line of population figures; and the PDF;
* ``source/shinonsen_shisaku_hyoka_r4.xlsx``, a 総合計画 施策評価表 in the manner of 新温泉町 (兵庫県):
  form fields over a grid ``… | R4目標 | R4実績 | 達成度 | 配点 | 得点`` with **a ``配点`` and a ``得点``
  column per indicator and a shaded ``合計`` row (``100``, ``76``)**, the 得点率 and grade as form fields;
  **an actual printed in full-width parentheses, ``（962）``, which a note calls a 速報値**; ``千人``; under
  it **a ``（参考）`` table of 温泉地別 visitors with a ``構成比（R4）`` column and a ``計`` row**; and the PDF;
* ``shimokitayama_kpi_suii_h30.html``, a 地域創生総合戦略 page in the manner of 下北山村 (奈良県): prose
  with real population figures, a form-field table, and **a years-down table (indicators across, years
  down the side) whose second header row gives each column's 区分 (``数値目標`` / ``KPI``)** and **a
  ``累計（H27～H30）`` row between the yearly actuals and the ``目標値（R元）`` row**; ``△`` values, ``±0``,
  ``累計60``.

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
    wb.properties.creator = "forms175/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms175/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms175_soffice_") as tmp:
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


def _pair(ws, r, lc1, lc2, label, vc1, vc2, value, **kw) -> None:
    """One label | value form field: a shaded label cell and a value cell, each merged over its columns."""
    _span(ws, r, lc1, lc2, label, header=True)
    _span(ws, r, vc1, vc2, value, align=kw.pop("align", "left"), **kw)


# --------------------------------------------------------------------------------------------
# 志摩市 (三重県): 第2次志摩市総合計画 後期基本計画 施策評価シート（令和4年度実績）
# --------------------------------------------------------------------------------------------

# Real (city.shima.mie.jp, furusato-funding.jp/projects/2058): the plan's name and period, its 将来像,
# 総合政策課 (政策推進部), the population 49,235人 (R2.1.31), 真珠 and 漁業 as the city's industries, 英虞湾.
# Made up: the 施策, its number and 課, money, every indicator, type, figure, status and note.
SM_ROWS = [
    ("1", "★真珠養殖業の生産額", "増加型", "百万円", 1842, 2000, 2106, "達成", 2200),
    ("2", "英虞湾の赤潮発生件数", "減少型", "件", 8, 6, 5, "達成", 4),
    ("3", "★真珠養殖経営体数", "維持型", "経営体", 186, 186, 179, "未達成", 186),
    ("4", "新規漁業就業者数", "増加型", "人", 5, 8, "未集計", "判定不能", 10),
]


def shima() -> Path:
    wb, ws = _sheet("施策評価シート", [5, 34, 9, 8, 11, 10, 10, 10, 12])
    _text(
        ws,
        1,
        1,
        "第2次志摩市総合計画 後期基本計画　施策評価シート（令和4年度実績）",
        bold=True,
        size=14,
    )
    _text(ws, 2, 9, "令和5年8月　志摩市政策推進部総合政策課", align="right")
    _text(
        ws,
        3,
        1,
        "将来像「住む人支え　来る人迎える　豊かな里と海のまち」（後期基本計画：令和3年度～令和7年度、策定時の人口 49,235人（令和2年1月31日現在・住民基本台帳））",
        size=8,
    )
    _pair(ws, 5, 1, 2, "施策番号", 3, 5, "2-3")
    _pair(ws, 5, 6, 7, "施策名", 8, 9, "真珠・水産業の振興")
    _pair(ws, 6, 1, 2, "主管課", 3, 5, "水産課")
    _pair(ws, 6, 6, 7, "関係課", 8, 9, "観光課、農林課")
    _pair(ws, 7, 1, 2, "施策の事業費（R4決算・千円）", 3, 5, 218640)
    _pair(ws, 7, 6, 7, "構成する事務事業数", 8, 9, 12)
    _pair(ws, 8, 1, 2, "成果指標の達成状況（R4）", 3, 9, "達成 2件／未達成 1件／判定不能 1件")
    for r in range(5, 9):
        ws.row_dimensions[r].height = 19
    _text(ws, 10, 1, "１　成果指標の状況", bold=True, size=11)
    _text(
        ws,
        11,
        1,
        "【指標の型】増加型：数値が大きいほど良い指標　減少型：数値が小さいほど良い指標　維持型：基準値の水準を保つことを目指す指標",
        size=8,
    )
    head = [
        "No.",
        "成果指標",
        "指標の型",
        "単位",
        "基準値\n（R元）",
        "R4目標",
        "R4実績",
        "達成状況",
        "目標値\n（R7）",
    ]
    for c, word in enumerate(head, start=1):
        _put(ws, 12, c, word, header=True)
    ws.row_dimensions[12].height = 28
    r = 13
    for no, name, kind, unit, base, tgt, act, status, final in SM_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, kind, align="center")
        _put(ws, r, 4, unit, align="center")
        _vals(ws, r, 5, [base, tgt])
        _put(ws, r, 7, act, align="right")
        _put(ws, r, 8, status, align="center")
        _put(ws, r, 9, final, align="right")
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※★印は、後期基本計画の重点指標です。",
            "※No.2は、英虞湾内で確認された赤潮の発生件数（年度集計）です。",
            "※No.4の令和4年度実績は、三重県の漁業就業者調査の公表（令和5年10月予定）後に確定するため「未集計」としています。",
        ],
    )
    r += 5
    _text(ws, r, 1, "２　施策の評価", bold=True, size=11)
    _pair(ws, r + 1, 1, 2, "総合評価", 3, 9, "B（概ね順調）")
    _span(ws, r + 2, 1, 2, "評価の理由", header=True)
    _para(
        ws,
        r + 2,
        3,
        9,
        "真珠養殖業の生産額は2,106百万円となり、R4目標（2,000百万円）を上回った。赤潮の発生は5件にとどまった。"
        "一方、真珠養殖経営体数は179経営体と、基準値から7経営体減少しており、後継者の確保が課題である。",
        34,
        border=True,
    )
    _page(ws, "landscape")
    path = SOURCE / "shima_shisaku_hyoka_r4.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 川根本町 (静岡県榛原郡): まち・ひと・しごと創生総合戦略 KPI検証シート（令和3年度）
# --------------------------------------------------------------------------------------------

# Real (furusato-funding.jp/projects/2131, ouen.anifuru.jp/cities/22/22429): 10,256人 (2015国勢調査),
# 9,701人 (2020住基), 2019 出生19人 / 死亡143人 (▲124人), the two プロジェクト names and the 取組 words.
# Made up: the sheet, 課, period, money, every KPI and figure, the box's values and the notes.
KW_BLOCKS = [
    (
        "プロジェクト1　川根本町の強みを活かすプロジェクト",
        [
            (
                "川根茶のブランド化",
                14200,
                [
                    ("1", "川根茶の荒茶生産量", "t", 512, 500, 468, 520),
                    ("2", "川根茶ブランド認証商品数", "品目", 6, 10, 11, 15),
                ],
            ),
            ("カヌーのまちづくり", 6850, [("3", "カヌー体験者数", "人", 2310, 2800, 1964, 3500)]),
        ],
        21050,
    ),
    (
        "プロジェクト2　人口減少の克服を目指すプロジェクト",
        [
            ("起業支援", 3600, [("4", "町内での起業件数（累計）", "件", 0, 6, 7, 12)]),
            (
                "小規模校の良さを活かした教育",
                5480,
                [("5", "山村留学等による町外からの児童生徒数", "人", 8, 12, 9, 15)],
            ),
        ],
        9080,
    ),
]
KW_BOX = [
    ("担当課", "企画課"),
    ("対象期間", "令和2年度～令和6年度"),
    ("R3交付金充当額（千円）", 15065),
    ("KPIの数", 5),
    ("検証機関", "川根本町総合戦略推進会議（令和4年6月）"),
]


def kawanehon() -> Path:
    wb, ws = _sheet("KPI検証", [22, 5, 30, 7, 10, 9, 9, 10, 11, 2, 18, 32])
    _text(
        ws,
        1,
        1,
        "川根本町まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）検証シート（令和3年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 12, "令和4年7月　川根本町企画課", align="right")
    _text(
        ws,
        3,
        1,
        "町の概況：人口10,256人（平成27年国勢調査）、9,701人（令和2年・住民基本台帳）。令和元年は出生数19人、死亡数143人（▲124人の自然減）。",
        size=8,
    )
    _text(ws, 5, 1, "■KPIの達成状況", bold=True, size=11)
    head = [
        "取組",
        "No.",
        "重要業績評価指標（KPI）",
        "単位",
        "基準値\n（R元）",
        "R3目標",
        "R3実績",
        "目標値\n（R6）",
        "R3事業費\n（千円）",
    ]
    for c, word in enumerate(head, start=1):
        _put(ws, 6, c, word, header=True)
    ws.row_dimensions[6].height = 28
    # The box of form fields right of the grid, in the grid's own rows (6 … 10).
    for k, (label, value) in enumerate(KW_BOX):
        _put(ws, 6 + k, 11, label, header=True, align="left")
        _put(ws, 6 + k, 12, value, align="left" if isinstance(value, str) else "right")
    r = 7
    for title, measures, subtotal in KW_BLOCKS:
        _span(ws, r, 1, 9, title, fill=SHADE, bold=True)
        ws.row_dimensions[r].height = 20
        r += 1
        for measure, money, kpis in measures:
            top = r
            for no, name, unit, *vals in kpis:
                _put(ws, r, 2, no, align="center")
                _put(ws, r, 3, name)
                _put(ws, r, 4, unit, align="center")
                _vals(ws, r, 5, vals)
                ws.row_dimensions[r].height = 22
                r += 1
            _put(ws, top, 1, measure, valign="center")
            _put(ws, top, 9, money, align="right")
            if r - 1 > top:
                _merge(ws, top, 1, r - 1, 1)
                _merge(ws, top, 9, r - 1, 9)
        _span(ws, r, 1, 8, "小計", fill=LIGHT, align="right")
        _put(ws, r, 9, subtotal, fill=LIGHT)
        ws.row_dimensions[r].height = 18
        r += 1
    _span(ws, r, 1, 8, "合計", fill=SHADE, align="right", bold=True)
    _put(ws, r, 9, sum(b[2] for b in KW_BLOCKS), fill=SHADE, bold=True)
    ws.row_dimensions[r].height = 18
    _notes(
        ws,
        r + 2,
        [
            "※R3事業費は、各取組に係る令和3年度の決算額です（小計・合計は交付金対象事業分）。",
            "※No.4は、令和2年度からの累計件数です。",
            "※No.3は、新型コロナウイルス感染症の影響により、令和3年度の体験会を一部（計6回）中止しました。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "kawanehon_senryaku_kensho_r3.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 新温泉町 (兵庫県美方郡): 新温泉町総合計画 施策評価表（令和4年度実績）
# --------------------------------------------------------------------------------------------

# Real (furusato-funding.jp/projects/2163): 湯村温泉, 浜坂温泉郷 (浜坂・七釜・二日市), 山陰海岸ジオパーク,
# the population 14,028人 (R2.10 住民基本台帳). Made up: the sheet, 施策, 課, money, every indicator,
# figure, point and note, and the 参考 table.
SO_ROWS = [
    ("1", "観光入込客数", "千人", 1182, 803, 1000, "（962）", "96.2%", 40, 28),
    ("2", "湯村温泉の宿泊者数", "人", 204310, 128460, 180000, 171520, "95.3%", 30, 21),
    ("3", "山陰海岸ジオパーク館の来館者数", "人", 98420, 71305, 85000, 88960, "104.7%", 20, 20),
    ("4", "ジオガイドの登録者数", "人", 32, 35, 40, 37, "92.5%", 10, 7),
]
SO_REF = [
    ("湯村温泉", 452, 541, "56.2%"),
    ("浜坂温泉郷（浜坂・七釜・二日市）", 236, 284, "29.5%"),
    ("その他", 115, 137, "14.2%"),
    ("計", 803, 962, "100.0%"),
]


def shinonsen() -> Path:
    wb, ws = _sheet("施策評価表", [5, 32, 8, 11, 10, 10, 10, 9, 7, 7])
    _text(ws, 1, 1, "新温泉町総合計画　施策評価表（令和4年度実績）", bold=True, size=14)
    _text(ws, 2, 10, "令和5年9月　新温泉町企画課", align="right")
    _pair(ws, 4, 1, 2, "施策番号", 3, 5, "3-2")
    _pair(ws, 4, 6, 7, "担当課", 8, 10, "商工観光課")
    _pair(ws, 5, 1, 2, "施策名", 3, 10, "温泉と山陰海岸ジオパークを活かした観光の振興")
    _pair(ws, 6, 1, 2, "町の人口", 3, 5, "14,028人（R2.10 住民基本台帳）")
    _pair(ws, 6, 6, 7, "施策の事業費\n（R4決算・千円）", 8, 10, 96540)
    for r in range(4, 7):
        ws.row_dimensions[r].height = 20
    ws.row_dimensions[6].height = 26
    _text(ws, 8, 1, "■成果指標の達成状況と得点", bold=True, size=11)
    head = [
        "No.",
        "成果指標",
        "単位",
        "基準値\n（R元）",
        "R3実績",
        "R4目標",
        "R4実績",
        "達成度",
        "配点",
        "得点",
    ]
    for c, word in enumerate(head, start=1):
        _put(ws, 9, c, word, header=True)
    ws.row_dimensions[9].height = 28
    r = 10
    for no, name, unit, base, r3, tgt, act, rate, weight, score in SO_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, [base, r3, tgt])
        _put(ws, r, 7, act, align="right")
        _put(ws, r, 8, rate, align="right")
        _put(ws, r, 9, weight, align="center")
        _put(ws, r, 10, score, align="center")
        ws.row_dimensions[r].height = 22
        r += 1
    _span(ws, r, 1, 8, "合計", fill=SHADE, align="right", bold=True)
    _put(ws, r, 9, sum(x[8] for x in SO_ROWS), fill=SHADE, align="center", bold=True)
    _put(ws, r, 10, sum(x[9] for x in SO_ROWS), fill=SHADE, align="center", bold=True)
    ws.row_dimensions[r].height = 20
    r += 2
    _pair(ws, r, 1, 2, "得点率", 3, 5, "76.0%", align="right")
    _pair(ws, r, 6, 7, "施策の評価", 8, 10, "B（おおむね順調）")
    ws.row_dimensions[r].height = 20
    _notes(
        ws,
        r + 2,
        [
            "※（　）内の数値は速報値です（兵庫県観光客動態調査の確定前）。",
            "※得点＝配点×係数（達成度100%以上：1.0、90%以上100%未満：0.7、80%以上90%未満：0.5、80%未満：0）",
            "※施策の評価　A：得点率90%以上　B：70%以上90%未満　C：70%未満",
        ],
    )
    r += 6
    _text(ws, r, 2, "（参考）温泉地別の観光入込客数（単位：千人、R4は速報値）", bold=True)
    r += 1
    for c, word in enumerate(["区分", "R3", "R4", "構成比（R4）"], start=2):
        _put(ws, r, c, word, header=True)
    ws.row_dimensions[r].height = 20
    r += 1
    for name, r3, r4, share in SO_REF:
        total = name == "計"
        fill = LIGHT if total else None
        _put(ws, r, 2, name, fill=fill, align="center" if total else None)
        _put(ws, r, 3, r3, fill=fill)
        _put(ws, r, 4, r4, fill=fill)
        _put(ws, r, 5, share, align="right", fill=fill)
        ws.row_dimensions[r].height = 18
        r += 1
    _page(ws, "landscape")
    path = SOURCE / "shinonsen_shisaku_hyoka_r4.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 下北山村 (奈良県吉野郡): 下北山村地域創生総合戦略 数値目標・KPIの推移（平成30年度）
# --------------------------------------------------------------------------------------------

# Real (furusato-funding.jp/projects/2199, vill.shimokitayama.nara.jp): 2,360人 (1970), 895人 (2015国勢調査),
# 自然増減 −18 / 社会増減 −7 (2018年10月～2019年9月), the 基本理念 森と生きる、森に遊ぶ、森で育む, 「赤ちゃん誕生10人」,
# きなりの湯 (下北山スポーツ公園). Made up: the page, date, 課, money, every figure of the table and the notes.
SK_COLS = [
    ("年間出生数", "人", "数値目標"),
    ("社会増減数", "人", "数値目標"),
    ("村外からの移住者数", "人", "KPI"),
    ("きなりの湯の入館者数", "人", "KPI"),
    ("森林整備面積", "ha", "KPI"),
]
SK_ROWS = [
    ("基準値（H26）", ["5", "△12", "8", "62,410", "42.5"], ""),
    ("H27実績", ["7", "△9", "11", "60,880", "38.0"], ""),
    ("H28実績", ["4", "△15", "9", "58,120", "45.2"], ""),
    ("H29実績", ["6", "△4", "14", "57,340", "40.1"], ""),
    ("H30実績", ["3", "△9", "12", "55,905", "36.8"], ""),
    ("累計（H27～H30）", ["20", "△37", "46", "232,245", "160.1"], "total"),
    ("目標値（R元）", ["10", "±0", "累計60", "65,000", "50.0"], "target"),
]


def shimokitayama_html() -> str:
    names = "".join(f"<th>{n}<br>（{u}）</th>" for n, u, _ in SK_COLS)
    kinds = "".join(f"<th>{k}</th>" for _, _, k in SK_COLS)
    body = []
    for label, vals, cls in SK_ROWS:
        attr = f' class="{cls}"' if cls else ""
        cells = "".join(f'<td class="num">{v}</td>' for v in vals)
        body.append(f'<tr{attr}><th scope="row">{label}</th>{cells}</tr>')
    rows = "\n".join(body)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>下北山村地域創生総合戦略 数値目標・KPIの推移（平成30年度） - 下北山村</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
table.form th {{ text-align: left; }}
td.num {{ text-align: right; }}
tr.total th, tr.total td {{ background: #f2f2f2; }}
tr.target th, tr.target td {{ font-weight: bold; }}
</style>
</head>
<body>
<p>トップページ &gt; 村政情報 &gt; 計画・行政運営 &gt; 地域創生総合戦略</p>
<h1>下北山村地域創生総合戦略 数値目標・KPIの推移（平成30年度）</h1>
<p>令和元年11月　下北山村総務課</p>
<p>本村の人口は、1970年の2,360人をピークに減少が続き、2015年の国勢調査では895人となりました。平成30年10月から令和元年9月までの1年間の人口動態は、自然増減がマイナス18人、社会増減がマイナス7人でした。総合計画では、分かりやすい目標として「赤ちゃん誕生10人」を掲げています。</p>
<h2>１　戦略の概要</h2>
<table class="form">
<tbody>
<tr><th>基本理念</th><td>森と生きる、森に遊ぶ、森で育む</td></tr>
<tr><th>計画期間</th><td>平成27年度～令和元年度（5年間）</td></tr>
<tr><th>担当課</th><td>総務課</td></tr>
<tr><th>村の人口</th><td>895人（平成27年国勢調査）</td></tr>
<tr><th>地方創生推進交付金事業費（H30決算）</th><td>12,860千円</td></tr>
</tbody>
</table>
<h2>２　数値目標・KPIの推移</h2>
<table>
<thead>
<tr><th>指標</th>{names}</tr>
<tr><th>区分</th>{kinds}</tr>
</thead>
<tbody>
{rows}
</tbody>
</table>
<p>※社会増減数の「△」はマイナス（転出超過）を表します。</p>
<p>※累計は、平成27年度から平成30年度までの4年間の合計です。村外からの移住者数の目標値は、計画期間（5年間）の累計です。</p>
<p>※きなりの湯は、下北山スポーツ公園内の村営の日帰り温泉施設です。</p>
</body>
</html>
"""


def shimokitayama() -> Path:
    path = HERE / "shimokitayama_kpi_suii_h30.html"
    path.write_bytes(shimokitayama_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (shima, kawanehon, shinonsen):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {shimokitayama().name}")


if __name__ == "__main__":
    main()
