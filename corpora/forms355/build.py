"""Build the documents of forms355/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/toyako_kpi_kensho_r6.xlsx``, a 第2期総合戦略 KPI効果検証シート in the manner of 洞爺湖町 (北海道):
  form fields over a two-row header ``No. | KPI | 単位 | 基準値（H30） | 実績値 (R4 | R5 | R6) | 目標値（R6） |
  基準値比（R6）``, the last a shaded column of signed ratios that are no values; ``千人``, ``千人泊`` and
  ``百万円`` units; and the PDF;
* ``source/esashi_kpi_kensho_r6.xlsx``, a 数値目標・KPI 最終検証 in the manner of 江差町 (北海道): a ``区分``
  column (``数値目標``, ``KPI①`` …), actual columns headed by Western years with the era year in brackets
  (``2024（R6）``), ``＊`` after a number marking a 見込値, a ``中止`` cell; and the PDF;
* ``source/tsukigata_jimujigyo_hyoka_r5.xlsx``, a 事務事業評価シート in the manner of 月形町 (北海道): year
  groups ``令和3年度 | 4年度 | 5年度`` each over ``目標 | 実績``, 活動指標 / 成果指標 merged down, a value
  cell with a closure note, and a ``参考`` 事業費 row inside the grid; and the PDF;
* ``akaigawa_kpi_jokyo_r5.html``, a 地域再生計画 KPI page in the manner of 赤井川村 (北海道): each KPI on two
  rows (``目標`` above ``実績``) under year heads R3–R7, one target row a single ``colspan`` cell
  ``毎年度 12件以上``, a ``集計中`` actual.

The PDF steps are skipped, with a message, when ``soffice`` is not installed.
These are re-typed forms of other municipalities, not their own files (README.md, SOURCES.tsv).
The XLSX and HTML files are byte-stable (fixed document dates, zip members rewritten with a fixed
timestamp); the PDFs carry LibreOffice's creation date.
"""
# ruff: noqa: E501, B905

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
    wb.properties.creator = "forms355/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms355/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms355_soffice_") as tmp:
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


def _title(ws, ncol, title, date, size=13):
    _text(ws, 1, 1, title, bold=True, size=size)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws.row_dimensions[1].height = 24
    _text(ws, 2, ncol, date, size=9, align="right")


def _field(ws, row, label, value, c_lab, c1, c2, height=18):
    _put(ws, row, c_lab, label, header=True)
    _span(ws, row, c1, c2, value)
    ws.row_dimensions[row].height = height


# --------------------------------------------------------------------------------------------
# 洞爺湖町 (北海道虻田郡): 第2期総合戦略 KPI効果検証シート（令和6年度）
# --------------------------------------------------------------------------------------------

# Real: the strategy's name and period (2020–2024), the 2006 merger of 虻田町・洞爺村, 180.87km²,
# 7,964人 (住基 2024-10-31), the 2008 サミット, the 2009 世界ジオパーク, 250万人 visitors, ホタテ・ワカメ.
# Made up: the sheet, the 課, every KPI, figure and note.
TY_ROWS = [
    ("1", "観光入込客数", "千人", 2874.5, 1912.3, 2388.0, 2516.7, 2900.0, "△12.4％"),
    ("2", "外国人宿泊客数", "千人泊", 186.2, 48.5, 151.9, 203.6, 200.0, "＋9.3％"),
    (
        "3",
        "洞爺湖有珠山ジオパーク関連施設の来館者数",
        "人",
        58310,
        41205,
        49870,
        53112,
        60000,
        "△8.9％",
    ),
    ("4", "空き店舗を活用した新規出店数", "件", 2, 3, 1, 4, 3, "＋100.0％"),
    ("5", "ホタテ・ワカメ養殖の漁業生産額", "百万円", 1245, 1108, 1187, 1302, 1300, "＋4.6％"),
]


def toyako() -> Path:
    wb, ws = _sheet("KPI効果検証", [5, 36, 8, 11, 10, 10, 10, 11, 11])
    _title(
        ws,
        9,
        "第2期洞爺湖町まち・ひと・しごと創生総合戦略　重要業績評価指標（ＫＰＩ）効果検証シート（令和６年度）",
        "令和7年9月　洞爺湖町総務課",
        size=11,
    )
    _field(ws, 4, "戦略の名称", "第2期洞爺湖町まち・ひと・しごと創生総合戦略", 1, 3, 9)
    _merge(ws, 4, 1, 4, 2)
    _field(ws, 5, "計画期間", "2020年度（令和2年度）～2024年度（令和6年度）の5年間", 1, 3, 9)
    _merge(ws, 5, 1, 5, 2)
    _field(ws, 6, "担当課", "総務課", 1, 3, 9)
    _merge(ws, 6, 1, 6, 2)
    _put(ws, 7, 1, "町の現状", header=True)
    _merge(ws, 7, 1, 7, 2)
    _para(
        ws,
        7,
        3,
        9,
        "本町は平成18年3月に虻田町と洞爺村が合併して誕生し、面積は180.87km²、人口は7,964人（2024年10月31日現在、"
        "住民基本台帳）である。湖（洞爺湖）と山（有珠山）と海（内浦湾）に囲まれ、年間250万人以上の観光客が訪れる。"
        "2008年には北海道洞爺湖サミットが開催され、2009年には洞爺湖有珠山ジオパークが国内初の世界ジオパークに認定された。",
        48,
        border=True,
    )
    _text(ws, 9, 1, "■基本目標１　観光を軸にしごとをつくり、稼ぐ力を高める", bold=True, size=10)
    _head2(
        ws,
        10,
        [
            (1, "No."),
            (2, "重要業績評価指標（KPI）"),
            (3, "単位"),
            (4, "基準値（H30）"),
            (8, "目標値（R6）"),
            (9, "基準値比（R6）"),
        ],
        [(5, 7, "実績値", ["R4", "R5", "R6"])],
    )
    for i, (no, name, unit, *vals, ratio) in enumerate(TY_ROWS):
        r = 12 + i
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, vals)
        _put(ws, r, 9, ratio, align="right", fill=LIGHT)
        ws.row_dimensions[r].height = 24
    _notes(
        ws,
        18,
        [
            "※「基準値比（R6）」欄は、R6実績値を基準値（H30）と比べた増減の割合（△は減少）であり、目標値ではありません。",
            "※観光入込客数及び外国人宿泊客数は、北海道観光入込客数調査（年度集計）によります。",
            "※漁業生産額は、いぶり噴火湾漁業協同組合の取扱高のうち町内分を計上しています。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "toyako_kpi_kensho_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 江差町 (北海道檜山郡): 第2期総合戦略 数値目標・KPI 最終検証（令和6年度）
# --------------------------------------------------------------------------------------------

# Real: the strategy's name, its being drawn up with the 第6次江差町総合計画 (前期 R2–R6), 檜山振興局所在地,
# 109.48km², 6,621人 (住基 2024-11-30), the 2017 日本遺産 story, the 2017 ニシン群来 after 104 years,
# 江差追分. Made up: the sheet, the 課, every figure, mark and note.
ES_ROWS = [
    ("数値目標", "町内事業所の従業者数", "人", 2830, 2791, 2744, 2702, 2688, "2,655＊", 2800),
    ("KPI①", "ニシンの漁獲量", "t", 42.6, 55.1, 61.8, 73.4, 80.2, "88.0＊", 60.0),
    ("KPI②", "観光入込客数", "千人", 342.5, 188.4, 201.7, 268.9, 301.2, 315.6, 350.0),
    ("KPI③", "江差追分全国大会の出場者数", "人", 312, "中止", 186, 240, 262, 275, 320),
    ("KPI④", "いにしえ街道の空き店舗への出店数", "件", 1, 0, 2, 1, 3, 2, 2),
]


def esashi() -> Path:
    wb, ws = _sheet("最終検証", [9, 34, 7, 11, 11, 11, 11, 11, 11, 11])
    _title(
        ws,
        10,
        "第2期江差町まち・ひと・しごと創生総合戦略　数値目標・ＫＰＩ最終検証（令和６年度）",
        "令和7年8月　江差町まちづくり推進課",
    )
    _field(
        ws,
        4,
        "戦略の名称",
        "第2期江差町まち・ひと・しごと創生総合戦略",
        1,
        3,
        10,
    )
    _merge(ws, 4, 1, 4, 2)
    _field(
        ws,
        5,
        "計画期間",
        "令和2年度～令和6年度（第6次江差町総合計画 前期基本計画と同じ5年間）",
        1,
        3,
        10,
    )
    _merge(ws, 5, 1, 5, 2)
    _field(ws, 6, "担当課", "まちづくり推進課", 1, 3, 10)
    _merge(ws, 6, 1, 6, 2)
    _put(ws, 7, 1, "町の現状", header=True)
    _merge(ws, 7, 1, 7, 2)
    _para(
        ws,
        7,
        3,
        10,
        "本町は檜山振興局の所在地で、面積は109.48km²、人口は6,621人（2024年11月30日現在、住民基本台帳）である。"
        "平成29年には「江差の五月は江戸にもない－ニシンの繁栄が息づく町－」が北海道で初めて日本遺産に認定され、"
        "同年2月には104年ぶりにニシンの群来が確認された。江差追分の発祥の地でもある。",
        36,
        border=True,
    )
    _text(ws, 9, 1, "■基本目標１　ニシンの恵みと歴史を生かし、しごとをつくる", bold=True, size=10)
    _head2(
        ws,
        10,
        [(1, "区分"), (2, "指標"), (3, "単位"), (4, "基準値（H30）"), (10, "目標値（R6）")],
        [(5, 9, "実績値", ["2020（R2）", "2021（R3）", "2022（R4）", "2023（R5）", "2024（R6）"])],
    )
    for i, (kind, name, unit, *vals) in enumerate(ES_ROWS):
        r = 12 + i
        _put(ws, r, 1, kind, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate(vals):
            if isinstance(v, str):
                _put(ws, r, 4 + j, v, align="right" if v[0].isdigit() else "center")
            else:
                _put(
                    ws, r, 4 + j, v, align="right", fmt="#,##0.0" if isinstance(v, float) else None
                )
        ws.row_dimensions[r].height = 22
    _notes(
        ws,
        18,
        [
            "※2024（R6）欄のうち＊印を付した数値は、令和7年3月末時点の見込値です（確定値は令和7年10月に公表予定）。",
            "※江差追分全国大会は、2020年度（R2）は新型コロナウイルス感染症の影響により中止となりました。",
            "※数値目標の「町内事業所の従業者数」は、北海道の事業所統計をもとに町が毎年度推計した数値です。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "esashi_kpi_kensho_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 月形町 (北海道樺戸郡): 事務事業評価シート 月形樺戸博物館運営事業
# --------------------------------------------------------------------------------------------

# Real: 樺戸集治監 (1881, closed 1919), the 旧本庁舎 reopened as 月形樺戸博物館 in 1996, 150.40km²,
# 3,326人 (2024-10-01), the 地域再生計画 name. Made up: the sheet, the 課, every figure and note.
TK_ROWS = [
    ("活動指標", "企画展・特別展の開催回数", "回", 3, 3, 3, 2, 4, 4),
    ("活動指標", "学校・団体向け出前講座の実施回数", "回", 10, 8, 12, 13, 12, 15),
    ("成果指標", "入館者数", "人", 4500, 3812, 5000, 4630, 5200, "2,946（12月～3月休館）"),
    (
        "成果指標",
        "アンケートで「満足」と答えた入館者の割合",
        "％",
        80.0,
        84.2,
        80.0,
        86.5,
        85.0,
        83.9,
    ),
]


def tsukigata() -> Path:
    wb, ws = _sheet("事務事業評価", [10, 30, 6, 9, 9, 9, 9, 9, 22])
    _title(
        ws, 9, "月形町　事務事業評価シート（令和6年度評価・令和5年度実績）", "令和6年7月　月形町"
    )
    _field(ws, 4, "事務事業名", "月形樺戸博物館運営事業", 1, 2, 9)
    _field(ws, 5, "担当課", "社会教育課", 1, 2, 9)
    _field(ws, 6, "関連計画", "月形町まち・ひと・しごと創生推進計画（地域再生計画）", 1, 2, 9)
    _put(ws, 7, 1, "事業の概要", header=True)
    _para(
        ws,
        7,
        2,
        9,
        "明治14年に設置された樺戸集治監の旧本庁舎を、平成8年に月形樺戸博物館として再開設し、集治監の歴史資料を"
        "収蔵・展示している。大正8年の廃監から100年余りを経た資料の保存と活用を図るとともに、町外からの来館者を"
        "呼び込む。町の面積は150.40km²、人口は3,326人（令和6年10月1日現在）。",
        48,
        border=True,
    )
    _text(ws, 9, 1, "３　指標の推移", bold=True, size=10)
    _head2(
        ws,
        10,
        [(1, "区分"), (2, "指標名"), (3, "単位")],
        [
            (4, 5, "令和3年度", ["目標", "実績"]),
            (6, 7, "4年度", ["目標", "実績"]),
            (8, 9, "5年度", ["目標", "実績"]),
        ],
    )
    for i, (kind, name, unit, *vals) in enumerate(TK_ROWS):
        r = 12 + i
        _put(ws, r, 1, kind, align="center", fill=LIGHT)
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate(vals):
            _put(ws, r, 4 + j, v, align="right", fmt="0.0" if isinstance(v, float) else None)
        ws.row_dimensions[r].height = 30
    _merge(ws, 12, 1, 13, 1)
    _merge(ws, 14, 1, 15, 1)
    r = 16
    _put(ws, r, 1, "参考", align="center", fill=LIGHT)
    _put(ws, r, 2, "事業費（予算額／決算額）")
    _put(ws, r, 3, "千円", align="center")
    for j, v in enumerate([18420, 17965, 18750, 18302, 19100, 16884]):
        _put(ws, r, 4 + j, v, align="right")
    ws.row_dimensions[r].height = 30
    _notes(
        ws,
        18,
        [
            "※「参考」欄の事業費は、目標欄に予算額、実績欄に決算額を記載しています。",
            "※令和5年度は、屋根改修工事のため12月から3月まで休館しました。",
            "※満足度は、来館者アンケート（各年度の回答者数100～180人）によります。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "tsukigata_jimujigyo_hyoka_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 赤井川村 (北海道余市郡): まち・ひと・しごと創生推進計画 KPIの状況（令和5年度）
# --------------------------------------------------------------------------------------------

# Real: the plan's name, the population figures (3,045人 in 1955, 1,121人 in 2015, 1,153人 at 2021-03-31),
# the カルデラ basin, メロン・スイカ, キロロ. Made up: the page, its date, 課, period, every KPI and figure.
AK_YEARS = ["R3", "R4", "R5", "R6", "R7"]
AK_ROWS = [
    (
        "観光入込客数",
        "人",
        "612,400",
        ["650,000", "700,000", "750,000", "800,000", "850,000"],
        ["498,200", "702,350", "集計中", "", ""],
    ),
    ("移住相談件数", "件", "8", None, ["10", "14", "13", "", ""]),
    (
        "ふるさと納税の寄附件数",
        "件",
        "3,215",
        ["3,500", "4,000", "4,500", "5,000", "5,500"],
        ["4,102", "5,380", "6,027", "", ""],
    ),
    (
        "農産物直売所の販売額",
        "千円",
        "182,400",
        ["190,000", "195,000", "200,000", "205,000", "210,000"],
        ["176,950", "188,300", "201,640", "", ""],
    ),
    (
        "村内宿泊施設の外国人宿泊者数",
        "人泊",
        "15,320",
        ["10,000", "15,000", "20,000", "25,000", "30,000"],
        ["1,240", "8,905", "27,450", "", ""],
    ),
]


def akaigawa_html() -> str:
    rows = []
    for name, unit, base, targets, actuals in AK_ROWS:
        if targets is None:
            tcells = '<td colspan="5" class="c">毎年度 12件以上</td>'
        else:
            tcells = "".join(f'<td class="num">{v}</td>' for v in targets)
        acells = "".join(
            f'<td class="num" headers="{y}">{v}</td>' for y, v in zip(AK_YEARS, actuals)
        )
        rows.append(
            f'<tr><th rowspan="2" scope="rowgroup" class="l">{name}</th><td rowspan="2" class="c">{unit}</td>'
            f'<td rowspan="2" class="num">{base}</td><td class="c">目標</td>{tcells}</tr>\n'
            f'<tr><td class="c">実績</td>{acells}</tr>'
        )
    body = "\n".join(rows)
    heads = "".join(f'<th scope="col" id="{y}">{y}</th>' for y in AK_YEARS)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>赤井川村まち・ひと・しごと創生推進計画 重要業績評価指標（KPI）の状況（令和5年度） - 赤井川村</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
th.l {{ text-align: left; background: #f2f2f2; }}
td.num {{ text-align: right; }}
td.c {{ text-align: center; }}
</style>
</head>
<body>
<nav aria-label="パンくずリスト"><ol>
<li><a href="/">トップ</a></li>
<li><a href="/sonsei/">村政情報</a></li>
<li><a href="/sonsei/keikaku/">計画・施策</a></li>
<li>地方創生</li>
</ol></nav>
<h1>赤井川村まち・ひと・しごと創生推進計画　重要業績評価指標（KPI）の状況（令和5年度）</h1>
<p>更新日：2024年10月4日　担当：総務課 企画係</p>
<p>赤井川村は四方を山々に囲まれたカルデラ状の盆地にあり、メロンやスイカなどの農業とキロロを中心とする観光が基幹産業です。村の人口は1955年の3,045人をピークに減少し、2015年の国勢調査では1,121人となりましたが、2021年3月末現在の住民基本台帳人口は1,153人と微増に転じています。</p>
<p>本計画（地域再生計画）の計画期間は令和3年度から令和7年度までの5年間です。各指標について、上段に各年度の目標値、下段に実績値を掲載しています。</p>
<h2>基本目標2　村の魅力を生かした新しい人の流れをつくる</h2>
<table>
<thead>
<tr><th scope="col">重要業績評価指標（KPI）</th><th scope="col">単位</th><th scope="col">基準値<br>（R2）</th><th scope="col">区分</th>{heads}</tr>
</thead>
<tbody>
{body}
</tbody>
</table>
<p>※令和5年度の観光入込客数は、北海道の観光入込客数調査の結果を集計中のため、確定後に掲載します。</p>
<p>※空欄は、実績がまだない年度です。</p>
</body>
</html>
"""


def akaigawa() -> Path:
    path = HERE / "akaigawa_kpi_jokyo_r5.html"
    path.write_bytes(akaigawa_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (toyako, esashi, tsukigata):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {akaigawa().name}")


if __name__ == "__main__":
    main()
