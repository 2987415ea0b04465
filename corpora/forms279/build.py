# ruff: noqa: E501
"""Build the built documents of forms279/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/takahama_kpi_suii_r4.xlsx``, a 総合戦略 数値目標・KPI 推移表 in the manner of 高浜市 (愛知県):
  **the years down the side, grouped by a merged ``当初期間`` / ``延長期間`` column at the far left**,
  a three-row header whose top row spans unevenly (``数値目標`` 4, ``KPI`` 3), **ditto marks ``〃``
  down the target columns of the extension years**, a ``R4（見込）`` row, ``―（調査なし）``; and the PDF;
* ``source/ono_kpi_kensho_r4.xlsx``, a 第2期総合戦略 KPI検証シート in the manner of 大野町 (岐阜県):
  era-less years on a 令和 sheet, **a ``達成時期`` column giving each row's target year, one cell
  ``毎年度`` (the target of every year)**, ``延べ`` in
  value cells, 評価 letters with a legend, form fields with money; and the PDF;
* ``oyodo_seika_shihyo_r2.html``, a 総合計画 成果指標 page in the manner of 大淀町 (奈良県):
  **a ``直近値`` header spanning ``数値 | 時点``, the period in a sub-column of its own, a different
  date form on every row (a day, a 年度, a crop year ``令和元年産``, ``（集計中）``)**, 章 rows inside the ``<tbody>``, relative targets (``現状維持``,
  ``策定時から10％増``, ``17,000人程度``), ``約`` values;
* ``source/taishi_jimujigyo_hyoka_r4.xlsx``, a 事務事業評価シート in the manner of 太子町 (兵庫県):
  **year headers worded for the money (``R2決算`` … ``R5予算``) shared by the 事業費 rows and the
  計画 / 実績 row pairs of the indicators below them**; and the PDF.

The PDF steps are skipped, with a message, when ``soffice`` is not installed.
These are re-typed forms of other municipalities, not their own files (README.md, SOURCES.tsv).

The XLSX and HTML files are byte-stable: fixed document dates, and the zip members are
rewritten with a fixed timestamp. The PDFs carry LibreOffice's creation date, so they differ
by that only.
"""

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
    wb.properties.creator = "forms279/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms279/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms279_soffice_") as tmp:
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


def _v(ws, r, c, v, fill=None):
    """A value cell: text as printed, numbers right, words centred."""
    s = str(v)
    numeric = bool(re.match(r"^(延べ|約|▲|△)?[\d,.]+", s))
    return _put(ws, r, c, v, align="right" if numeric else "center", fill=fill)


# --------------------------------------------------------------------------------------------
# 高浜市 (愛知県): 高浜版総合戦略 数値目標・KPIの推移
# --------------------------------------------------------------------------------------------

# Real (city.takahama.lg.jp, localgovs.net): 高浜版総合戦略 (平成27年度策定, 終期を令和4年度末まで延長),
# 総合政策グループ, 三州瓦 全国シェア約70%, 出生数395人 (2021), 社会減▲56人 (2020), 転入3,215人・
# 転出2,785人・社会増430人 (2021). Made up: the sheet, every other figure and every target.
TK_ROWS = [
    ("策定時", "H26（基準値）", ["―", "478", "―", "▲112", "2,890", "―", "78.4"]),
    ("当初期間", "H28", ["500", "471", "0", "165", "3,105", "―", "―（調査なし）"]),
    ("当初期間", "H29", ["500", "452", "0", "288", "3,240", "80.0", "79.1"]),
    ("当初期間", "H30", ["500", "446", "0", "312", "3,318", "―", "―（調査なし）"]),
    ("当初期間", "R元", ["500", "431", "0", "205", "3,287", "82.0", "81.5"]),
    ("延長期間", "R2", ["〃", "418", "〃", "▲56", "2,954", "〃", "―（調査なし）"]),
    ("延長期間", "R3", ["〃", "395", "〃", "430", "3,215", "〃", "80.6"]),
    ("延長期間", "R4（見込）", ["〃", "402", "〃", "250", "3,300", "〃", "―（調査なし）"]),
]


def takahama() -> Path:
    wb, ws = _sheet("推移", [9, 13, 9, 9, 9, 9, 11, 11, 11])
    _text(
        ws, 1, 1, "高浜版総合戦略　数値目標・KPIの推移（平成28年度～令和4年度）", bold=True, size=13
    )
    _text(ws, 2, 9, "令和5年7月　高浜市 総合政策グループ", align="right")
    _text(
        ws,
        3,
        1,
        "計画期間：平成27年度～令和元年度（第7次高浜市総合計画の策定に合わせ、令和4年度末まで延長）",
    )
    _text(ws, 5, 1, "■数値目標及びKPIの年度別推移", bold=True, size=11)
    h = 6
    _put(ws, h, 1, "年度", header=True)
    for r in range(h, h + 3):
        for c in (1, 2):
            if (r, c) != (h, 1):
                _put(ws, r, c, None, header=True)
    _merge(ws, h, 1, h + 2, 2)
    _span(ws, h, 3, 6, "数値目標", header=True)
    _span(ws, h, 7, 9, "KPI", header=True)
    _span(ws, h + 1, 3, 4, "出生数（人）", header=True)
    _span(ws, h + 1, 5, 6, "社会増減数（人）", header=True)
    _put(ws, h + 1, 7, "転入者数（人）", header=True)
    _span(ws, h + 1, 8, 9, "「住み続けたい」と思う市民の割合（％）", header=True)
    for j, w in enumerate(["目標", "実績", "目標", "実績", "実績", "目標", "実績"]):
        _put(ws, h + 2, 3 + j, w, header=True)
    ws.row_dimensions[h].height = 18
    ws.row_dimensions[h + 1].height = 30
    ws.row_dimensions[h + 2].height = 18
    r = h + 3
    first = {}
    for group, year, vals in TK_ROWS:
        _put(ws, r, 1, group if group not in first else None, header=True)
        first.setdefault(group, r)
        _put(ws, r, 2, year, header=True)
        for j, v in enumerate(vals):
            _v(ws, r, 3 + j, v)
        ws.row_dimensions[r].height = 20
        r += 1
    for group, start in first.items():
        end = max(i for i, (g, _, _) in enumerate(TK_ROWS) if g == group) + h + 3
        if end > start:
            _merge(ws, start, 1, end, 1)
    _notes(
        ws,
        r + 1,
        [
            "※延長期間（令和2年度～令和4年度）の目標値は、当初期間の最終年度（令和元年度）の目標値を据え置いています（〃）。",
            "※「住み続けたい」と思う市民の割合は、隔年の市民意識調査によります。調査を行わない年度は「―（調査なし）」としています。",
            "※令和3年の転出者数は2,785人で、転入者数3,215人との差430人の社会増でした。",
            "※本市は三州瓦（全国シェア約70％）を核とするものづくりのまちです。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "takahama_kpi_suii_r4.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 大野町 (岐阜県揖斐郡): 第2期大野町まち・ひと・しごと創生総合戦略 KPI検証シート
# --------------------------------------------------------------------------------------------

# Real (zaigenkakuho.com, gifu42.net): the plan's name, 基本目標2 (いつまでも健康の希望をかなえる
# （健康寿命をのばす）), the ノルディックウォーキング 健康づくり, 西濃厚生病院. Made up: the sheet, 課,
# money, every indicator, figure, 達成時期 and grade.
ON_ROWS = [
    ("1", "特定健康診査受診率", "％", "38.6", "41.2", "43.5", "50.0", "6年度", "B"),
    (
        "2",
        "ノルディックウォーキング教室参加者数",
        "人",
        "延べ1,240",
        "延べ1,520",
        "延べ1,820",
        "延べ1,800",
        "4年度",
        "A",
    ),
    ("3", "がん検診受診者数（5がん計）", "人", "4,105", "3,870", "4,020", "4,500", "6年度", "C"),
    ("4", "健康ポイント事業参加者数", "人", "―", "312", "455", "400", "毎年度", "A"),
    ("5", "65歳以上の要介護認定率の抑制", "％", "14.8", "15.1", "15.3", "15.0", "5年度", "B"),
]


def ono() -> Path:
    wb, ws = _sheet("KPI検証", [6, 34, 7, 11, 11, 11, 11, 10, 7])
    _text(
        ws,
        1,
        1,
        "第2期大野町まち・ひと・しごと創生総合戦略　KPI検証シート（4年度実績）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 9, "令和5年8月　大野町", align="right")
    fields = [
        ("基本目標", "2　いつまでも健康の希望をかなえる（健康寿命をのばす）"),
        ("担当課", "健康福祉課"),
        ("関連事業費（4年度決算）", "18,640千円（うち地方創生推進交付金 6,200千円）"),
        ("検証日", "5年7月27日（大野町総合戦略推進会議）"),
    ]
    r = 4
    for label, value in fields:
        _span(ws, r, 1, 2, label, header=True)
        _span(ws, r, 3, 9, value, align="left")
        ws.row_dimensions[r].height = 18
        r += 1
    _text(ws, 9, 1, "■重要業績評価指標（KPI）の検証", bold=True, size=11)
    _head2(
        ws,
        10,
        [
            (1, "No."),
            (2, "KPI"),
            (3, "単位"),
            (4, "基準値\n（元年度）"),
            (7, "目標値"),
            (8, "達成時期"),
            (9, "評価"),
        ],
        [(5, 6, "実績値", ["3年度", "4年度"])],
    )
    r = 12
    for no, name, unit, *vals, when, grade in ON_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate(vals):
            _v(ws, r, 4 + j, v)
        _put(ws, r, 8, when, align="center")
        _put(ws, r, 9, grade, align="center")
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "評価　A：目標を達成　B：目標未達成（基準値より改善）　C：目標未達成（基準値より悪化）",
            "※達成時期は、目標値を達成する年度です（計画期間は2年度～6年度）。「毎年度」は各年度の目標値です。",
            "※No.2は、ノルディックウォーキング交流大会（年1回）の参加者を含む延べ人数です。",
            "※No.3には、西濃厚生病院の人間ドックで受診した方は含みません。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "ono_kpi_kensho_r4.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 太子町 (兵庫県揖保郡): 事務事業評価シート（令和4年度実施事業）
# --------------------------------------------------------------------------------------------

# Real (town.hyogo-taishi.lg.jp): 企画政策課, the 第6次総合計画 that holds the 第2次総合戦略, the
# population peak 34,720人 (平成25年2月, 住民基本台帳). Made up: the 事業, money and every indicator.
TS_ROWS = [
    ("事業費", "事業費", "千円", "", ["21,400", "24,800", "26,350", "28,000"]),
    ("事業費", "うち一般財源", "千円", "", ["9,850", "11,200", "12,600", "13,000"]),
    ("活動指標", "①奨励金交付件数", "件", "計画", ["40", "45", "50", "50"]),
    ("活動指標", "", "", "実績", ["38", "47", "52", ""]),
    ("活動指標", "②住宅取得相談会の開催回数", "回", "計画", ["4", "4", "6", "6"]),
    ("活動指標", "", "", "実績", ["4", "3", "5", ""]),
    ("成果指標", "①奨励金を受けて町外から転入した人数", "人", "計画", ["60", "70", "80", "80"]),
    ("成果指標", "", "", "実績", ["55", "88", "96", ""]),
    (
        "成果指標",
        "②交付世帯に占める子育て世帯の割合",
        "％",
        "計画",
        ["50.0", "50.0", "55.0", "55.0"],
    ),
    ("成果指標", "", "", "実績", ["48.5", "57.1", "61.5", ""]),
]


def taishi() -> Path:
    wb, ws = _sheet("事務事業評価", [15, 34, 7, 7, 11, 11, 11, 11])
    _text(ws, 1, 1, "太子町事務事業評価シート（令和4年度実施事業）", bold=True, size=13)
    _text(ws, 2, 8, "令和5年8月作成", align="right")
    fields = [
        ("事務事業名", "定住促進住宅取得奨励事業"),
        ("担当課", "企画政策課"),
        (
            "総合計画の位置付け",
            "第6次太子町総合計画（第2次太子町まち・ひと・しごと創生総合戦略を内包）",
        ),
        (
            "事業の背景",
            "町の人口は平成25年2月の34,720人（住民基本台帳）をピークに減少傾向にあり、若い世代の定住が課題。",
        ),
        ("事業開始年度", "平成28年度"),
    ]
    r = 4
    for label, value in fields:
        _put(ws, r, 1, label, header=True)
        _span(ws, r, 2, 8, value, align="left")
        ws.row_dimensions[r].height = 18
        r += 1
    _text(ws, 10, 1, "３　事業費・指標の推移", bold=True, size=11)
    h = 11
    for j, w in enumerate(["区分", "項目", "単位", "", "R2決算", "R3決算", "R4決算", "R5予算"]):
        _put(ws, h, 1 + j, w, header=True)
    ws.row_dimensions[h].height = 20
    r = h + 1
    starts = {}
    for group, name, unit, role, vals in TS_ROWS:
        _put(ws, r, 1, group if group not in starts else None, header=True)
        starts.setdefault(group, r)
        _put(ws, r, 2, name if name else None)
        _put(ws, r, 3, unit if unit else None, align="center")
        _put(ws, r, 4, role if role else None, align="center")
        for j, v in enumerate(vals):
            _v(ws, r, 5 + j, v)
        if role == "実績":
            _merge(ws, r - 1, 2, r, 2)
            _merge(ws, r - 1, 3, r, 3)
        ws.row_dimensions[r].height = 18
        r += 1
    for group, start in starts.items():
        end = max(i for i, g in enumerate(TS_ROWS) if g[0] == group) + h + 1
        _merge(ws, start, 1, end, 1)
    _span(ws, r + 1, 1, 1, "総合評価", header=True)
    _span(
        ws,
        r + 1,
        2,
        8,
        "B（現状維持）　転入者数は計画を上回っているが、相談会の開催回数は計画に届かなかった。",
        align="left",
    )
    _notes(
        ws,
        r + 3,
        [
            "※指標の欄は、決算・予算の年度に合わせて記載しています（R5予算の欄は計画のみ）。",
            "※奨励金は1件あたり上限30万円（子育て世帯は50万円）です。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "taishi_jimujigyo_hyoka_r4.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 大淀町 (奈良県吉野郡): 第4次大淀町総合計画 前期基本計画 成果指標の状況
# --------------------------------------------------------------------------------------------

# Real (expydoc 第4次大淀町総合計画 素案, locallife-okuyamato.jp): the plan's name, the 章 and 施策
# names, 人口 17,456人 (2020年1月), 道の駅 吉野路大淀iセンター 年間60万人, 大阿太高原の梨. Made up:
# the page, its date and 課, every other figure and every target.
OY_BLOCKS = [
    (
        "計画推進のために",
        [
            (
                "人口減少社会に対応したまちづくり",
                [
                    (
                        "町の人口（住民基本台帳）",
                        "18,312人",
                        "17,456人",
                        "令和2年1月1日",
                        "17,000人程度",
                    )
                ],
            ),
        ],
    ),
    (
        "第1章　すこやかで安心できる暮らしのために",
        [
            ("子育て支援、少子化対策", [("保育所等の待機児童数", "0人", "0人", "R2.4.1", "0人")]),
        ],
    ),
    (
        "第2章　いきいきとして活力あるまちづくりのために",
        [
            (
                "農業",
                [("大阿太高原の梨の出荷量", "210t", "186t", "令和元年産", "策定時から10％増")],
            ),
            (
                "観光",
                [
                    (
                        "道の駅 吉野路大淀iセンターの年間利用者数",
                        "約52万人",
                        "約60万人",
                        "R元年度",
                        "現状維持",
                    ),
                    ("観光入込客数", "約95万人", "―", "（集計中）", "100万人"),
                ],
            ),
        ],
    ),
]


def oyodo_html() -> str:
    rows = []
    for chapter, measures in OY_BLOCKS:
        rows.append(f'<tr><th colspan="6" class="l">{chapter}</th></tr>')
        for measure, inds in measures:
            for k, (name, base, recent, when, target) in enumerate(inds):
                span = f' rowspan="{len(inds)}"' if len(inds) > 1 else ""
                cell = f'<th{span} class="l">{measure}</th>' if k == 0 else ""
                rows.append(
                    f'<tr>{cell}<td>{name}</td><td class="num">{base}</td><td class="num">{recent}</td>'
                    f'<td class="c">{when}</td><td class="num">{target}</td></tr>'
                )
    body = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>第4次大淀町総合計画 前期基本計画 成果指標の状況 - 大淀町</title>
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
<p>ホーム &gt; 町政情報 &gt; 計画・行政改革 &gt; 総合計画</p>
<h1>第4次大淀町総合計画 前期基本計画 成果指標の状況</h1>
<p>更新日：令和2年10月1日　大淀町総務課企画調整係</p>
<p>前期基本計画（平成29年度～令和3年度）に掲げた成果指標のうち、主なものの直近値をお知らせします。直近値は指標ごとに把握できた最新の値で、その時点を「時点」の欄に示しています。</p>
<h2>主な成果指標の状況</h2>
<table>
<thead>
<tr><th rowspan="2">施策</th><th rowspan="2">成果指標</th><th rowspan="2">計画策定時<br>（H28）</th><th colspan="2">直近値</th><th rowspan="2">目標値<br>（R3）</th></tr>
<tr><th>数値</th><th>時点</th></tr>
</thead>
<tbody>
{body}
</tbody>
</table>
<p>※観光入込客数は奈良県の観光客動態調査によります。令和元年の値は集計中です。</p>
<p>※道の駅 吉野路大淀iセンターの利用者数はレジ通過者数からの推計です。</p>
<p>※前期基本計画の成果指標は全部で48指標あり、このページではそのうち5指標を掲載しています。</p>
</body>
</html>
"""


def oyodo() -> Path:
    path = HERE / "oyodo_seika_shihyo_r2.html"
    path.write_bytes(oyodo_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (takahama, ono, taishi):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {oyodo().name}")


if __name__ == "__main__":
    main()
