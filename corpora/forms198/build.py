"""Build the built documents of forms198/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/bihoro_kpi_suii_r5.xlsx``, a 総合戦略 KPI 年度別推移 in the manner of 美幌町 (北海道網走郡):
  a years-down grid whose period stands in **two label columns, ``和暦 | 西暦``, under one ``年度``
  cell** (the 和暦 era-less, ``30年度（基準）`` then ``2年度`` … ``6年度``), four KPIs across, and
  **a ``管内順位`` sub-column under one KPI** (the town's rank among 18 municipalities); and the PDF;
* ``source/karumai_senryaku_kpi_r5.xlsx``, a 総合戦略 数値目標・KPI sheet in the manner of 軽米町
  (岩手県九戸郡): a ``集計期間`` column (``年度（4月～3月）``, ``暦年（1月～12月）`` and
  **``各年10月1日現在``**) and **an ``R5の区分`` column of ``確定`` / ``暫定`` / ``見込`` saying, row by
  row, what the R5 figure is**, under a legend; ``△`` values; and the PDF;
* ``source/takahata_shisaku_hyoka_r5.xlsx``, a 総合計画 施策評価シート in the manner of 高畠町 (山形県
  東置賜郡): a KGI grid and a KPI grid whose years are **bare digits under ``実績値（年度）`` and
  ``目標値（年度）``** (``3 | 4 | 5``, ``5 | 7``), an A/B/C ``評価`` and **a ``7年度の達成見込`` column
  of forecast words** (``達成済`` / ``見込あり`` / ``要努力``); and the PDF;
* ``inakadate_kpi_shinchoku_r5.html``, a 総合戦略 KPI page in the manner of 田舎館村 (青森県南津軽郡):
  **a 数値目標 table dated by census rounds** (``基準値（H27国調）``, ``実績値（R2国調）``,
  ``目標値（R7国調）``) and a KPI table where **``令和5年度`` spans its target and two actual columns
  dated by their counting days** (``実績（令和6年3月末現在）``, ``実績（令和6年7月末現在）``).

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
    wb.properties.creator = "forms198/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms198/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms198_soffice_") as tmp:
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


def _group_row(ws, r, c1, c2, text):
    """A shaded row across the grid (a group label, no values)."""
    _span(ws, r, c1, c2, text, fill=LIGHT, bold=True)
    ws.row_dimensions[r].height = 18


# --------------------------------------------------------------------------------------------
# 美幌町 (北海道網走郡): 第2期美幌町まち・ひと・しごと創生総合戦略 KPIの年度別推移
# --------------------------------------------------------------------------------------------

# Real (美幌町まち・ひと・しごと創生推進計画, furusato-funding.jp/projects/1408): 438.41㎢, 約19,000人, the
# 1985 peak 26,686人, 女満別空港, 道東の交通の要衝; 美幌ふるさと会 and the 農業体験 (教育旅行) are named in
# hiranokouji.jp/promise. Made up: the sheet, date, 課, period, every KPI figure, rank and note.
BH_KPIS = [
    ("KPI①\n移住相談件数（件）", False),
    ("KPI②\n美幌ふるさと会の会員数（人）", False),
    ("KPI③\nふるさと寄附件数（件）", True),
    ("KPI④\n農業体験（教育旅行）の受入人数（人）", False),
]
# (和暦, 西暦, ① 目標/実績, ② 目標/実績, ③ 目標/実績/管内順位, ④ 目標/実績)
BH_ROWS = [
    ("30年度（基準）", "2018", None, "―", None, 312, None, 1845, "9位", None, 86),
    ("2年度", "2020", 30, 24, 330, 318, 3000, 4126, "6位", 100, "―"),
    ("3年度", "2021", 35, 41, 350, 341, 5000, 6870, "5位", 100, 45),
    ("4年度", "2022", 40, 52, 370, 365, 7000, 8214, "5位", 130, 120),
    ("5年度", "2023", 45, 38, 390, 402, 9000, 8640, "6位", 150, 168),
    ("6年度", "2024", 50, "", 400, "", 10000, "", "", 160, ""),
]


def bihoro() -> Path:
    wb, ws = _sheet("KPI推移", [14, 9, 10, 10, 11, 11, 11, 11, 10, 13, 13])
    _text(
        ws,
        1,
        1,
        "第2期美幌町まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の年度別推移",
        bold=True,
        size=13,
    )
    _text(ws, 2, 11, "令和6年9月　美幌町総務部企画財政課", align="right")
    fields = [
        ("計画期間", "令和2年度～令和6年度（5年間）"),
        (
            "町の概況",
            "面積438.41㎢、人口約19,000人。昭和60年（1985年）の26,686人をピークに人口減少が続いている。女満別空港に近い道東の交通の要衝。",
        ),
    ]
    r = 4
    for label, value in fields:
        _span(ws, r, 1, 2, label, header=True)
        _span(ws, r, 3, 11, value, align="left")
        ws.row_dimensions[r].height = 20
        r += 1
    _text(ws, 7, 1, "■基本目標２　美幌への新しいひとの流れをつくる", bold=True, size=11)
    h = 8
    _span(ws, h, 1, 2, "年度", header=True)
    c = 3
    for name, ranked in BH_KPIS:
        width = 3 if ranked else 2
        _span(ws, h, c, c + width - 1, name, header=True)
        lower = ["目標", "実績"] + (["管内順位"] if ranked else [])
        for j, word in enumerate(lower):
            _put(ws, h + 1, c + j, word, header=True)
        c += width
    _put(ws, h + 1, 1, "和暦", header=True)
    _put(ws, h + 1, 2, "西暦", header=True)
    ws.row_dimensions[h].height = 30
    ws.row_dimensions[h + 1].height = 18
    r = h + 2
    for wareki, seireki, *vals in BH_ROWS:
        base = wareki.endswith("（基準）")
        _put(ws, r, 1, wareki, align="center")
        _put(ws, r, 2, seireki, align="center")
        for j, v in enumerate(vals):
            col = 3 + j
            is_target = j in (0, 2, 4, 8)
            if base and is_target:
                _put(ws, r, col, "", fill=LIGHT)
            elif isinstance(v, str) and v.endswith("位"):
                _put(ws, r, col, v, align="center")
            elif v is None:
                _put(ws, r, col, "", fill=LIGHT)
            else:
                _put(ws, r, col, v, align="center" if v == "―" else "right")
        ws.row_dimensions[r].height = 20
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※移住相談件数は、移住相談窓口を開設した令和2年度から集計しているため、基準年度は「―」としています。",
            "※管内順位は、オホーツク管内18市町村におけるふるさと寄附件数の順位です（町調べ）。",
            "※令和2年度の農業体験（教育旅行）は、新型コロナウイルス感染症の影響により受入を中止しました。",
            "※令和6年度の実績は、令和7年度の検証で掲載します。なお、令和5年度のふるさと寄附額は1億8,420万円でした。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "bihoro_kpi_suii_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 軽米町 (岩手県九戸郡): 軽米町まち・ひと・しごと創生総合戦略（第2期） 数値目標・KPIの状況
# --------------------------------------------------------------------------------------------

# Real (軽米町 地域再生計画, furusato-funding.jp/projects/1503): 245.82k㎡, 岩手県の最北端, the 1960 peak
# 17,672人 and 8,671人 in 2021年3月 (住民基本台帳); 総務課 as the 総合戦略策定委員会's 事務局 (2015 minutes).
# Made up: the 第2期 sheet, its period, date, 資料 number, every indicator, figure, 区分 and note.
KM_ROWS = [
    ("【数値目標】", None),
    (
        "1",
        (
            "総人口",
            "人",
            "各年10月1日現在",
            "9,012",
            "8,598",
            "8,437",
            "8,262",
            "確定",
            "―",
            "8,000以上",
        ),
    ),
    (
        "2",
        ("社会増減数", "人", "暦年（1月～12月）", "△98", "△76", "△81", "△64", "確定", "―", "△50"),
    ),
    ("【重要業績評価指標（KPI）】", None),
    ("3", ("新規就農者数", "人", "年度（4月～3月）", "3", "4", "2", "5", "確定", "4", "5")),
    (
        "4",
        (
            "観光入込客数",
            "千人",
            "暦年（1月～12月）",
            "186.4",
            "98.2",
            "132.5",
            "171.0",
            "暫定",
            "160.0",
            "200.0",
        ),
    ),
    (
        "5",
        (
            "誘致企業等における新規雇用者数",
            "人",
            "年度（4月～3月）",
            "12",
            "8",
            "15",
            "13",
            "見込",
            "15",
            "20",
        ),
    ),
]


def karumai() -> Path:
    wb, ws = _sheet("数値目標・KPI", [6, 32, 7, 17, 11, 10, 10, 10, 9, 10, 12])
    _text(
        ws,
        1,
        1,
        "軽米町まち・ひと・しごと創生総合戦略（第2期）　数値目標及び重要業績評価指標（KPI）の状況（令和5年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 11, "令和6年8月　軽米町総合戦略推進委員会　資料1", align="right")
    _text(ws, 3, 11, "事務局：軽米町総務課", align="right")
    fields = [
        ("計画期間", "令和3年度～令和7年度（5年間）"),
        (
            "町の概況",
            "岩手県の最北端に位置する総面積245.82k㎡の農山村。人口は1960年の17,672人をピークに減少し、2021年3月には8,671人（住民基本台帳）。",
        ),
    ]
    r = 5
    for label, value in fields:
        _span(ws, r, 1, 2, label, header=True)
        _span(ws, r, 3, 11, value, align="left")
        ws.row_dimensions[r].height = 20
        r += 1
    _text(
        ws,
        8,
        1,
        "【R5の区分】確定：確定値　　暫定：暫定値（統計の公表前のため町で推計した値）　　見込：令和6年3月末時点の見込値",
        size=8,
    )
    _text(ws, 9, 1, "■総合戦略の数値目標及び重要業績評価指標（KPI）", bold=True, size=11)
    _head2(
        ws,
        10,
        [(1, "No."), (2, "指標"), (3, "単位"), (4, "集計期間"), (5, "基準値\n（R元）")],
        [(6, 9, "実績値", ["R3", "R4", "R5", "R5の区分"]), (10, 11, "目標値", ["R5", "R7"])],
    )
    r = 12
    for label, row in KM_ROWS:
        if row is None:
            _group_row(ws, r, 1, 11, label)
            r += 1
            continue
        name, unit, span, *vals = row
        _put(ws, r, 1, label, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _put(ws, r, 4, span, align="center")
        for j, v in enumerate(vals):
            centre = v in ("―", "確定", "暫定", "見込")
            _put(ws, r, 5 + j, v, align="center" if centre else "right")
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※総人口は岩手県人口移動報告年報（各年10月1日現在）、社会増減数は住民基本台帳（1月～12月の転入者数－転出者数）によります。",
            "※観光入込客数の令和5年の値は、岩手県の観光統計の公表前のため町で推計した暫定値です（公表後に差し替えます）。",
            "※数値目標は最終年度（R7）のみ目標値を設定しているため、R5の目標値は「―」としています。",
            "※総合戦略の関連事業費（R5決算）は52,380千円（うち地方創生推進交付金 24,600千円）です。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "karumai_senryaku_kpi_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 高畠町 (山形県東置賜郡): 高畠町総合計画 施策評価シート（令和5年度実績）
# --------------------------------------------------------------------------------------------

# Real (高畠町 基本計画, pdfslide.tips/documents/-takahata.html): the KGI（成果目標）/ KPI（評価指標）
# structure, 10 めざす町の姿 and 28 まちづくりの基本目標, the 「またね∞」「うふふ∞」プロジェクト. Made up: the
# sheet, date, 課, 施策, every indicator, figure, grade, forecast word and note.
TK_KGI = [
    ("1", "観光入込客数", "千人", "742.6", "815.2", "968.4", "1,104.7", "1,200.0", "見込あり"),
    ("2", "町内の宿泊者数", "人泊", "38,420", "41,260", "52,180", "58,930", "65,000", "要努力"),
]
TK_KPI = [
    (
        "1",
        "果樹・ワイン等の体験型観光の参加者数",
        "人",
        "1,240",
        "1,560",
        "2,310",
        "2,870",
        "2,600",
        "3,500",
        "A",
        "見込あり",
    ),
    (
        "2",
        "観光案内所の利用者数",
        "人",
        "8,450",
        "9,120",
        "11,380",
        "12,040",
        "12,500",
        "14,000",
        "B",
        "要努力",
    ),
    (
        "3",
        "「またね∞」プロジェクトのSNS発信件数",
        "件",
        "―",
        "48",
        "96",
        "132",
        "100",
        "120",
        "A",
        "達成済",
    ),
]


def takahata() -> Path:
    wb, ws = _sheet("施策評価", [5, 34, 6, 10, 9, 9, 9, 9, 9, 6, 10])
    _text(ws, 1, 1, "高畠町総合計画　施策評価シート（令和5年度実績）", bold=True, size=14)
    _text(ws, 2, 11, "令和6年7月　高畠町企画財政課", align="right")
    fields = [
        ("施策", "4-2　観光交流の推進"),
        ("担当課", "商工観光課"),
        ("関連する横断的な取り組み", "「またね∞」プロジェクト"),
        (
            "計画の構成",
            "10項目の「めざす町の姿」と28項目の「まちづくりの基本目標」からなり、基本目標ごとに成果目標（KGI）を、施策ごとに評価指標（KPI）を定めています。",
        ),
    ]
    r = 4
    for label, value in fields:
        _span(ws, r, 1, 2, label, header=True)
        _span(ws, r, 3, 11, value, align="left")
        ws.row_dimensions[r].height = 30 if len(value) > 40 else 18
        r += 1
    # KGI grid
    _text(ws, 9, 1, "■成果目標（KGI）", bold=True, size=11)
    _head2(
        ws,
        10,
        [
            (1, "No."),
            (2, "成果目標（KGI）"),
            (3, "単位"),
            (4, "現状値\n（2年度）"),
            (8, "目標値\n（7年度）"),
        ],
        [(5, 7, "実績値（年度）", ["3", "4", "5"])],
    )
    _put(ws, 10, 9, "7年度の達成見込", header=True)
    for rr in (10, 11):
        for cc in (9, 10, 11):
            if (rr, cc) != (10, 9):
                _put(ws, rr, cc, None, header=True)
    _merge(ws, 10, 9, 11, 11)
    r = 12
    for no, name, unit, *vals, outlook in TK_KGI:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate(vals):
            _put(ws, r, 4 + j, v, align="center" if v == "―" else "right")
        _span(ws, r, 9, 11, outlook, align="center")
        ws.row_dimensions[r].height = 20
        r += 1
    # KPI grid
    r += 1
    _text(ws, r, 1, "■評価指標（KPI）", bold=True, size=11)
    h = r + 1
    _head2(
        ws,
        h,
        [
            (1, "No."),
            (2, "評価指標（KPI）"),
            (3, "単位"),
            (4, "現状値\n（2年度）"),
            (10, "評価"),
            (11, "7年度の\n達成見込"),
        ],
        [(5, 7, "実績値（年度）", ["3", "4", "5"]), (8, 9, "目標値（年度）", ["5", "7"])],
    )
    r = h + 2
    for no, name, unit, *vals, grade, outlook in TK_KPI:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate(vals):
            _put(ws, r, 4 + j, v, align="center" if v == "―" else "right")
        _put(ws, r, 10, grade, align="center", bold=True)
        _put(ws, r, 11, outlook, align="center")
        ws.row_dimensions[r].height = 20
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "【評価】A：5年度目標を達成　B：5年度目標の80％以上100％未満　C：5年度目標の80％未満",
            "【7年度の達成見込】達成済：既に7年度の目標値に到達　見込あり：現在の推移で到達が見込まれる　要努力：取組の強化が必要　困難：到達は困難",
            "※観光入込客数は山形県観光者数調査による。現状値の2年度は新型コロナウイルス感染症の影響により大きく減少しています。",
            "※施策の事業費（5年度決算）：31,480千円（うち「またね∞」プロジェクト関連 6,200千円）",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "takahata_shisaku_hyoka_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 田舎館村 (青森県南津軽郡): 田舎館村まち・ひと・しごと創生総合戦略 KPIの進捗状況（令和5年度）
# --------------------------------------------------------------------------------------------

# Real: 22.31k㎡ and the smallest of the prefecture's 40 市町村, 企画観光課 (zck.or.jp 2015), the 田んぼアート
# begun in 平成5年 (1993) on two sites (役場庁舎東側, 道の駅いなかだて弥生の里), 垂柳遺跡, the 2015 and 2020
# census populations 7,783 and 7,326. Made up: the page, its date, period, target, every KPI, figure and note.
IN_KPI = [
    (
        "1",
        "田んぼアート見学者数",
        "人",
        "284,360",
        "212,480",
        "250,000",
        "241,870",
        "241,870",
        "300,000",
    ),
    (
        "2",
        "道の駅いなかだて弥生の里の利用者数",
        "千人",
        "298.5",
        "287.1",
        "300.0",
        "312.4",
        "318.9",
        "320.0",
    ),
    ("3", "移住・定住相談件数", "件", "9", "14", "20", "18", "21", "25"),
    (
        "4",
        "垂柳遺跡（埋蔵文化財センター）の見学者数",
        "人",
        "3,860",
        "4,410",
        "5,000",
        "4,120",
        "",
        "5,500",
    ),
]


def inakadate_html() -> str:
    rows = []
    for no, name, unit, *vals in IN_KPI:
        cells = "".join(f'<td class="num">{v}</td>' for v in vals)
        rows.append(
            f'<tr><td class="c">{no}</td><td>{name}</td><td class="c">{unit}</td>{cells}</tr>'
        )
    kpi_rows = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>田舎館村まち・ひと・しごと創生総合戦略 重要業績評価指標（KPI）の進捗状況（令和5年度） - 田舎館村</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.6em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
td.num {{ text-align: right; }}
td.c {{ text-align: center; }}
p.note {{ font-size: 9pt; margin: 0.2em 0; }}
</style>
</head>
<body>
<p>ホーム &gt; 村政情報 &gt; 計画・施策 &gt; まち・ひと・しごと創生総合戦略</p>
<h1>田舎館村まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の進捗状況（令和5年度）</h1>
<p>更新日：令和6年10月1日　企画観光課</p>
<p>田舎館村は津軽平野の南部に位置し、面積は22.31平方キロメートルと県内40市町村の中で最も小さい村です。平成5年（1993年）に始めた田んぼアートには、毎年多くの方が訪れています。平成27年国勢調査の人口は7,783人でした。</p>
<p>総合戦略（計画期間：令和2年度～令和6年度）に掲げた数値目標と重要業績評価指標（KPI）について、令和5年度の状況を取りまとめました。</p>
<h2>1　数値目標</h2>
<table>
<thead>
<tr><th>数値目標</th><th>単位</th><th>基準値<br>（H27国調）</th><th>実績値<br>（R2国調）</th><th>目標値<br>（R7国調）</th></tr>
</thead>
<tbody>
<tr><td>総人口</td><td class="c">人</td><td class="num">7,783</td><td class="num">7,326</td><td class="num">7,000</td></tr>
</tbody>
</table>
<p class="note">※国調：国勢調査（各回10月1日現在）。</p>
<h2>2　重要業績評価指標（KPI）</h2>
<table>
<thead>
<tr><th rowspan="2">No.</th><th rowspan="2">KPI</th><th rowspan="2">単位</th><th rowspan="2">基準値<br>（R元）</th><th rowspan="2">令和4年度<br>実績</th><th colspan="3">令和5年度</th><th rowspan="2">目標値<br>（R6）</th></tr>
<tr><th>目標</th><th>実績<br>（令和6年3月末現在）</th><th>実績<br>（令和6年7月末現在）</th></tr>
</thead>
<tbody>
{kpi_rows}
</tbody>
</table>
<p class="note">※令和5年度の実績は、令和6年3月末現在の数値（速報）と、令和6年7月末現在の数値（確定）を掲載しています。No.4は3月末現在の数値で確定しています。</p>
<p class="note">※No.1は、田んぼアート第1会場（役場庁舎東側）と第2会場（道の駅いなかだて弥生の里）の見学者の合計です。</p>
<p class="note">※令和5年度の田んぼアート関連事業費は18,640千円でした。</p>
</body>
</html>
"""


def inakadate() -> Path:
    path = HERE / "inakadate_kpi_shinchoku_r5.html"
    path.write_bytes(inakadate_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (bihoro, karumai, takahata):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {inakadate().name}")


if __name__ == "__main__":
    main()
