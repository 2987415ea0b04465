"""Build the built documents of forms252/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/minano_kpi_shinchoku_r4.xlsx``, a 第2期総合戦略 KPI 進捗 in the manner of 皆野町 (埼玉県):
  form fields over one grid with **a ``集計方法`` column** (``単年度`` / ``累計（R2～）``), actuals
  headed **``R3進捗値`` / ``R4進捗値``**, an ``R4目標値`` column right of them, and **a 単位 cell that
  holds only ``※1``**, the unit and its scale word standing in the note under the grid; and the PDF;
* ``source/goka_shisaku_hyoka_r4.xlsx``, a 施策評価シート in the manner of 五霞町 (茨城県): form
  fields, a 成果指標 grid whose name cells carry the target on a second line,
  **``≪めざそう値：R7　65社≫``**, one of them **``現状（R元）以上を維持``**, ``億円`` in 単位, an
  A–D 評価 column with its legend, and a money table of the 施策's 事業; and the PDF;
* ``source/miyota_jimujigyo_hyoka_r5.xlsx``, a 事務事業評価シート in the manner of 御代田町 (長野県):
  form fields with a prose background full of figures, a money table, and an 活動指標 / 成果指標
  grid with ``計画 | 実績`` under each year, **``千kWh`` in 単位** (one-decimal values), **a yearly
  計画 cell ``前年度を上回る``** among numbers, a 削減 indicator and ``未集計``; and the PDF;
* ``kujukuri_seika_shihyo_r5.html``, a page of 主要施策 成果指標 in the manner of 九十九里町 (千葉県):
  two ``<h2>``, each over a table with ``<th scope="rowgroup">`` 主要施策 cells, ``令和5年度``
  spanning ``目標 | 実績``, **a milestone indicator whose cells are words** (``着手``,
  ``策定作業中``, ``令和6年度中に策定``), **``＋3ポイント（対R4）``** as a final target, ``千人``
  with decimals, ``年間50件程度`` and ``年間60人以上``.

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
    wb.properties.creator = "forms252/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms252/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms252_soffice_") as tmp:
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


def _row_head(ws, r: int, words: list[str], height: float = 30) -> None:
    for c, w in enumerate(words, start=1):
        _put(ws, r, c, w, header=True)
    ws.row_dimensions[r].height = height


def _fields(ws, r: int, rows, spans) -> int:
    """Key-value rows of a form: ``spans`` gives (label c1, c2, value c1, c2) per pair."""
    for pairs in rows:
        for (l1, l2, v1, v2), (label, value) in zip(spans, pairs, strict=True):
            _span(ws, r, l1, l2, label, header=True)
            _span(ws, r, v1, v2, value, align="left")
        ws.row_dimensions[r].height = 20
        r += 1
    return r


# --------------------------------------------------------------------------------------------
# 皆野町 (埼玉県秩父郡): 第2期皆野町まち・ひと・しごと創生総合戦略 KPIの進捗状況（令和4年度）
# --------------------------------------------------------------------------------------------

# Real (town.minano.saitama.jp/section/mirai/9222/): the 第2期 戦略's name, its period 2020–2024,
# the 推進委員会 and the wording of 基本目標3. Made up: the sheet, its date, every KPI and figure.
MN_ROWS = [
    ("1", "町内事業所への新規雇用者数", "累計（R2～）", "人", "―", 18, 31, 30, 50),
    ("2", "観光入込客数", "単年度", "※1", 412.6, 281.4, 355.0, 390.0, 430.0),
    ("3", "新規創業・事業承継件数", "累計（R2～）", "件", "―", 4, 7, 6, 10),
    ("4", "町内農産物直売所の年間販売額", "単年度", "百万円", 186.4, 171.2, 178.9, 190.0, 200.0),
    ("5", "ふるさと納税寄附件数", "単年度", "件", 1120, 2486, 3015, 2500, 3000),
]


def minano() -> Path:
    wb, ws = _sheet("KPI進捗", [6, 34, 13, 8, 11, 11, 11, 11, 13])
    _text(
        ws,
        1,
        1,
        "第2期皆野町まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の進捗状況（令和4年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 9, "令和5年9月　推進委員会　資料3", align="right")
    spans = [(1, 2, 3, 5), (6, 7, 8, 9)]
    r = _fields(
        ws,
        4,
        [
            [("計画期間", "令和2年度～令和6年度（5年間）"), ("本表のKPI数", "5（全21指標中）")],
            [("検証機関", "皆野町まち・ひと・しごと創生総合戦略推進委員会"), ("基本目標数", "4")],
        ],
        spans,
    )
    _text(ws, r + 1, 1, "基本目標３　みんなが活躍するまち（経済の活性化）", bold=True, size=11)
    h = r + 2
    _row_head(
        ws,
        h,
        [
            "No.",
            "重要業績評価指標（KPI）",
            "集計方法",
            "単位",
            "基準値\n（H30）",
            "R3進捗値",
            "R4進捗値",
            "R4目標値",
            "最終目標値\n（R6）",
        ],
    )
    r = h + 1
    for no, name, how, unit, *vals in MN_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, how, align="center")
        _put(ws, r, 4, unit, align="center")
        fmts = {j: "#,##0.0" for j, v in enumerate(vals) if isinstance(v, float)}
        _vals(ws, r, 5, vals, fmts)
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※1　観光入込客数の単位は千人（千人未満四捨五入）。埼玉県観光入込客統計調査による。",
            "※2　集計方法が「累計（R2～）」の指標は、令和2年度からの累計値です。基準値の「―」は計画策定時に把握していない指標です。",
            "※3　R4目標値は、最終目標値に向けて年度ごとに設定した中間目標です。令和4年度のふるさと納税寄附額は4,212万円でした。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "minano_kpi_shinchoku_r4.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 五霞町 (茨城県猿島郡): 施策評価シート（令和4年度実績）
# --------------------------------------------------------------------------------------------

# Real (五霞町 施政方針 令和5年度 / 平成30年度, town.goka.lg.jp): six 工業団地, 圏央道 and 新4号国道,
# 都心から約50km, 23 births in 令和4年度, 3人に1人が高齢者. Made up: the sheet, 施策, 課, figures.
GK_ROWS = [
    ("1", "町内工業団地の立地企業数", "≪めざそう値：R7　65社≫", "社", 58, 60, 61, "B"),
    ("2", "工業団地内事業所の従業者数", "≪めざそう値：R7　約6,500人≫", "人", 5870, 6020, 6115, "B"),
    ("3", "製造品出荷額等", "≪めざそう値：R7　1,500億円≫", "億円", 1312.4, 1385.0, 1402.7, "B"),
    (
        "4",
        "町内在住就業者の町内就業率",
        "≪めざそう値：R7　現状（R元）以上を維持≫",
        "％",
        38.2,
        37.5,
        37.9,
        "C",
    ),
]
GK_JIGYO = [
    ("1", "企業立地促進奨励金交付事業", "まちづくり推進課", 18620),
    ("2", "工業団地周辺道路維持管理事業", "都市建設課", 9870),
    ("3", "町内就職促進・合同企業説明会事業", "まちづくり推進課", 2150),
    ("4", "新4号国道沿線土地利用調査事業", "企画財政課", 3460),
]


def goka() -> Path:
    wb, ws = _sheet("施策評価", [9, 42, 9, 12, 11, 11, 8])
    _text(ws, 1, 1, "施策評価シート（令和4年度実績）", bold=True, size=14)
    _text(ws, 2, 7, "令和5年8月　五霞町", align="right")
    spans = [(1, 1, 2, 2), (3, 4, 5, 7)]
    r = _fields(
        ws,
        4,
        [
            [("施策名", "工業団地を活かした雇用の場の確保"), ("施策番号", "2-1")],
            [("主管課", "まちづくり推進課"), ("関係課", "企画財政課、都市建設課")],
            [("構成事業数", "4事業"), ("事業費（R4決算・千円）", 34100)],
        ],
        spans,
    )
    _span(ws, r, 1, 1, "施策の現状", header=True)
    _para(
        ws,
        r,
        2,
        7,
        "本町は都心から約50kmに位置し、首都圏中央連絡自動車道（圏央道）と新4号国道が通る交通の要衝である。"
        "町内には6つの工業団地があり、町の雇用を支えている。一方、令和4年度の出生数は23人と5年前から約3割減少し、"
        "町民の3人に1人が高齢者となっていることから、若い世代の町内就業を促す必要がある。",
        58,
        border=True,
    )
    r += 2
    _text(ws, r, 1, "１　成果指標の状況", bold=True, size=11)
    h = r + 1
    _row_head(
        ws,
        h,
        ["No.", "成果指標\n≪めざそう値≫", "単位", "策定時\n（R元）", "R3実績", "R4実績", "評価"],
    )
    r = h + 1
    for no, name, goal, unit, *vals, grade in GK_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, f"{name}\n{goal}")
        _put(ws, r, 3, unit, align="center")
        fmts = {j: "#,##0.0" for j, v in enumerate(vals) if isinstance(v, float)}
        _vals(ws, r, 4, vals, fmts)
        _put(ws, r, 7, grade, align="center")
        ws.row_dimensions[r].height = 32
        r += 1
    _notes(
        ws,
        r,
        [
            "評価　Ａ：めざそう値を達成　Ｂ：順調に推移（策定時より改善）　Ｃ：横ばい・悪化　Ｄ：評価できない",
            "※製造品出荷額等は経済構造実態調査・工業統計調査（各年）による。町内就業率は町民アンケート（R4：回答812人）による。",
        ],
    )
    r += 3
    _text(ws, r, 1, "２　施策を構成する主な事業", bold=True, size=11)
    h = r + 1
    _put(ws, h, 1, "No.", header=True)
    _put(ws, h, 2, "事業名", header=True)
    _span(ws, h, 3, 4, "担当課", header=True)
    _span(ws, h, 5, 7, "R4決算額（千円）", header=True)
    ws.row_dimensions[h].height = 20
    r = h + 1
    for no, name, dept, money in GK_JIGYO:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _span(ws, r, 3, 4, dept, align="center")
        _span(ws, r, 5, 7, money)
        ws.row_dimensions[r].height = 18
        r += 1
    _span(ws, r, 1, 4, "合計", bold=True, align="center", fill=LIGHT)
    _span(ws, r, 5, 7, 34100, bold=True, fill=LIGHT)
    r += 2
    _text(ws, r, 1, "３　施策の総合評価　　Ｂ（おおむね順調）", bold=True, size=11)
    _page(ws, "portrait")
    path = SOURCE / "goka_shisaku_hyoka_r4.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 御代田町 (長野県北佐久郡): 事務事業評価シート（令和5年度実績）
# --------------------------------------------------------------------------------------------

# Real (town.miyota.nagano.jp/category/mayor/2022.html): the 1956 merger of 伍賀村・御代田村・小沼村,
# population 1.8倍 since then, the H27 高齢化率 rank 76 of 77, tap water all from groundwater,
# 浅間山. Made up: the sheet, the 事業, its 課, money and every indicator and figure.
MY_ROWS = [
    ("活動指標", "太陽光発電設備設置補助件数", "件", [40, 37, 45, 48, 50, 52]),
    ("活動指標", "蓄電池設置補助件数", "件", [10, 8, 15, 16, "前年度を上回る", 21]),
    (
        "成果指標",
        "補助設備による年間推計発電量",
        "千kWh",
        [1100, 1045.6, 1250, 1262.3, 1400, "未集計"],
    ),
    ("成果指標", "町公共施設の電力使用量の削減", "千kWh", [2450, 2512, 2400, 2366, 2350, 2371]),
]


def miyota() -> Path:
    wb, ws = _sheet("事務事業評価", [10, 32, 8, 9, 9, 9, 9, 11, 9])
    _text(ws, 1, 1, "令和6年度　事務事業評価シート（令和5年度実績）", bold=True, size=14)
    _text(ws, 2, 9, "令和6年7月　御代田町", align="right")
    spans = [(1, 1, 2, 2), (3, 4, 5, 9)]
    r = _fields(
        ws,
        4,
        [
            [("事業名", "再生可能エネルギー設備導入支援事業"), ("担当課", "町民課　環境係")],
            [
                ("事業期間", "令和3年度～令和7年度"),
                ("補助の上限", "1件当たり10万円（蓄電池5万円）"),
            ],
        ],
        spans,
    )
    _span(ws, r, 1, 1, "事業の背景", header=True)
    _para(
        ws,
        r,
        2,
        9,
        "本町は昭和31年に伍賀村・御代田村・小沼村が合併して誕生し、人口は合併時の1.8倍に増えた。"
        "平成27年の高齢化率は県下77市町村中76位と若い世代が多い。浅間山麓の冷涼な気候と、水道水のすべてを"
        "地下水で賄う豊かな水環境を次世代に引き継ぐため、家庭への再生可能エネルギー設備の導入を支援する。",
        58,
        border=True,
    )
    r += 2
    _text(ws, r, 1, "２　事業費の推移（単位：千円）", bold=True, size=11)
    h = r + 1
    _span(ws, h, 1, 3, "区分", header=True)
    for j, y in enumerate(["R3年度決算", "R4年度決算", "R5年度決算"]):
        _span(ws, h, 4 + 2 * j, 5 + 2 * j, y, header=True)
    money = [("事業費", [4120, 5380, 6050]), ("うち一般財源", [2060, 2690, 3025])]
    r = h + 1
    for label, vals in money:
        _span(ws, r, 1, 3, label, align="center")
        for j, v in enumerate(vals):
            _span(ws, r, 4 + 2 * j, 5 + 2 * j, v)
        r += 1
    r += 1
    _text(ws, r, 1, "３　活動指標・成果指標の状況", bold=True, size=11)
    h = r + 1
    _head2(
        ws,
        h,
        [(1, "区分"), (2, "指標名"), (3, "単位")],
        [
            (4, 5, "R3年度", ["計画", "実績"]),
            (6, 7, "R4年度", ["計画", "実績"]),
            (8, 9, "R5年度", ["計画", "実績"]),
        ],
    )
    r = h + 2
    first = r
    for kind, name, unit, vals in MY_ROWS:
        _put(ws, r, 1, kind if r in (first, first + 2) else None, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate(vals):
            if isinstance(v, str):
                _put(ws, r, 4 + j, v, align="center", size=8)
            else:
                _put(ws, r, 4 + j, v, fmt="#,##0.0" if isinstance(v, float) else None)
        ws.row_dimensions[r].height = 26
        r += 1
    _merge(ws, first, 1, first + 1, 1)
    _merge(ws, first + 2, 1, first + 3, 1)
    _notes(
        ws,
        r,
        [
            "※年間推計発電量は、補助した設備の出力（kW）に年間発電量係数を乗じた推計値。R5年度は電力会社からの提供待ちのため未集計。",
            "※公共施設の電力使用量は本庁舎・小中学校等22施設の合計。",
        ],
    )
    r += 3
    _text(
        ws,
        r,
        1,
        "４　評価　　妥当性：Ａ　有効性：Ｂ　効率性：Ｂ　　今後の方向性：現状維持",
        bold=True,
        size=10,
    )
    _page(ws, "portrait")
    path = SOURCE / "miyota_jimujigyo_hyoka_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 九十九里町 (千葉県山武郡): 主要施策の成果指標（令和5年度実績）
# --------------------------------------------------------------------------------------------

# Real (広報くじゅうくり 令和6年4月号, 令和6年度施政方針): the two まちづくり headings, 防災備蓄倉庫 with a
# 津波一時避難施設, 空家等対策計画, 住宅用設備等脱炭素化促進事業補助金, くじゅうくりみらいリーダー育成事業
# with 千葉工業大学. Made up: the page, its date and 課, every indicator and figure.
KJ_HEAD = """<thead>
<tr><th rowspan="2">主要施策</th><th rowspan="2">成果指標</th><th rowspan="2">単位</th><th rowspan="2">現状値<br>（R4）</th><th colspan="2">令和5年度</th><th rowspan="2">目標<br>（R8）</th></tr>
<tr><th>目標</th><th>実績</th></tr>
</thead>"""
KJ_BLOCKS = [
    (
        "安全・安心に快適に暮らすまちづくり",
        [
            (
                "防災備蓄倉庫・津波一時避難施設の整備",
                [("津波一時避難施設の収容可能人数", "千人", "1.85", "1.85", "1.85", "3.05")],
            ),
            (
                "空家等対策の推進",
                [
                    ("空家等対策計画の策定", "―", "―", "着手", "策定作業中", "令和6年度中に策定"),
                    ("空き家バンクの成約件数", "件", "6", "9", "11", "延べ25件"),
                ],
            ),
            (
                "住宅用設備等脱炭素化促進事業",
                [
                    (
                        "住宅用設備等脱炭素化促進事業補助金の交付件数",
                        "件",
                        "24",
                        "30",
                        "41",
                        "年間50件程度",
                    )
                ],
            ),
        ],
    ),
    (
        "生きる力と豊かな心を育むまちづくり",
        [
            (
                "くじゅうくりみらいリーダー育成事業",
                [
                    ("事業に参加した児童・生徒数", "人", "―（R5新規）", "40", "52", "年間60人以上"),
                    (
                        "「理科の勉強が好き」と答えた児童の割合",
                        "％",
                        "78.4",
                        "80.0",
                        "77.1",
                        "＋3ポイント（対R4）",
                    ),
                ],
            ),
        ],
    ),
]


def kujukuri_html() -> str:
    parts = []
    for goal, groups in KJ_BLOCKS:
        rows = []
        for measure, inds in groups:
            for i, (name, unit, *vals) in enumerate(inds):
                head = (
                    (
                        f'<th scope="rowgroup" rowspan="{len(inds)}" class="l">{measure}</th>'
                        if len(inds) > 1
                        else f'<th scope="row" class="l">{measure}</th>'
                    )
                    if i == 0
                    else ""
                )
                rows.append(
                    f'<tr>{head}<td>{name}</td><td class="c">{unit}</td>'
                    + "".join(f'<td class="num">{v}</td>' for v in vals)
                    + "</tr>"
                )
        body = "\n".join(rows)
        parts.append(f"<h2>{goal}</h2>\n<table>\n{KJ_HEAD}\n<tbody>\n{body}\n</tbody>\n</table>")
    tables = "\n".join(parts)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>主要施策の成果指標（令和5年度実績） - 九十九里町</title>
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
<p>ホーム &gt; 町政情報 &gt; 計画・施策 &gt; 施政方針</p>
<h1>主要施策の成果指標（令和5年度実績）</h1>
<p>令和6年7月12日更新　企画財政課</p>
<p>令和6年度施政方針に掲げた主要施策について、成果指標の令和5年度実績を取りまとめました。
防災備蓄倉庫と津波一時避難施設の整備、空家等対策計画の策定、作田納屋及び粟生納屋地区の公民館整備への助成（2地区）、
千葉工業大学の協力による「くじゅうくりみらいリーダー育成事業」などに取り組んでいます。</p>
{tables}
<p>※「空家等対策計画の策定」は数値で測れないため、取組の段階を記載しています。</p>
<p>※「理科の勉強が好き」と答えた児童の割合は、町内小学校6年生（R5：回答118人）の学校アンケートによります。目標は令和4年度の値からの増加幅です。</p>
<p>※住宅用設備等脱炭素化促進事業補助金の令和5年度交付額は812万円（1件当たり平均約19.8万円）です。</p>
</body>
</html>
"""


def kujukuri() -> Path:
    path = HERE / "kujukuri_seika_shihyo_r5.html"
    path.write_bytes(kujukuri_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (minano, goka, miyota):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {kujukuri().name}")


if __name__ == "__main__":
    main()
