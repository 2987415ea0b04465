"""Build the built documents of forms239/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/oyama_kpi_kensho_r5.xlsx``, a 地域再生計画 KPI 検証 in the manner of 小山町 (静岡県):
  **actual columns dated by calendar month-ends (``R4.3末`` … ``R6.3末``) beside target columns
  dated by fiscal year-ends (``R5年度末``, ``R6年度末``)**, an A/B/C 評価 with its legend, and a
  second grid whose **daily average in ``台/日`` is split into ``平日`` / ``休日`` sub-rows**; and
  the PDF (landscape);
* ``source/tomika_kpi_suii_r5.xlsx``, a 総合戦略 KPI 年度別推移 in the manner of 富加町 (岐阜県):
  years down the side, a ``目標 | 実績`` pair under every KPI, **the era-change row labelled
  ``H31/R元``**, and **one KPI's 目標 cell merged down over the five rows ``R2`` … ``R6``**
  (one level for every year of the second strategy); and the PDF (portrait);
* ``source/fukusaki_kpi_kensho_r5.xlsx``, a 総合戦略 KPI 検証 in the manner of 福崎町 (兵庫県):
  **every year header written ``R5年（度）``, a legend saying which rows are 暦年 and which
  年度**, **a baseline cell carrying its own part-year span (``18,420（R元.10～R2.3）``) for a
  centre opened mid-year**, ``千袋`` in 単位, ◎/○/△ grades; and the PDF (landscape);
* ``ikaruga_kanko_shihyo_r6.html``, a 総合計画 成果指標 page in the manner of 斑鳩町 (奈良県):
  **a ``実績値（直近2か年）`` column whose every cell holds two year-labelled actuals
  (``R4年度：96,210<br>R5年度：131,480``; ``R4年：`` in a calendar-year row, ``R4年度末：``
  in a stock row)**, **a baseline ``約110（H28年度推計）``**, ``<th colspan>`` 施策 rows and a
  ``目標値`` spanning ``中間（令和5年度） | 最終（令和7年度）``.

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
    wb.properties.creator = "forms239/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms239/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms239_soffice_") as tmp:
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


# --------------------------------------------------------------------------------------------
# 小山町 (静岡県駿東郡): 小山町まち・ひと・しごと創生推進計画 KPIの検証（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (furusato-funding.jp/projects/2003; zck.or.jp): the plan's name, 135.74k㎡, 約65％ forest, the
# peak of 約26,000人 (昭和35年), 18,123人 (令和2年4月1日), 三来拠点事業, the 足柄SA smart IC opened in
# 平成31年3月, the 課 names of 2015 (企画総務部町長戦略課, おやまで暮らそう課). Made up: the sheet, the
# period, the money, every KPI figure, target, grade and note.
OY_ROWS = [
    ("1", "三来拠点への企業立地件数（累計）", "件", 2, 5, 7, 9, 9, 10, "A"),
    ("2", "空き家バンクを通じた成約件数（累計）", "件", 4, 11, 15, 18, 20, 25, "B"),
    ("3", "移住相談窓口を通じた移住者数（累計）", "人", 12, 38, 51, 67, 60, 75, "A"),
]
OY_IC = [
    ("平日", 1820, 2140, 2310, 2460, 2600),
    ("休日", 2950, 3380, 3620, 3710, 3500),
]


def oyama() -> Path:
    wb, ws = _sheet("KPI検証", [6, 36, 7, 11, 10, 10, 10, 11, 11, 8])
    _text(
        ws,
        1,
        1,
        "小山町まち・ひと・しごと創生推進計画　重要業績評価指標（KPI）の検証（令和5年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 10, "令和6年8月　小山町企画総務部町長戦略課", align="right")
    fields = [
        ("地域再生計画の名称", "小山町まち・ひと・しごと創生推進計画"),
        ("計画期間", "令和2年4月1日～令和7年3月31日"),
        ("担当課", "おやまで暮らそう課"),
        (
            "町の概況",
            "面積135.74k㎡（約65％が森林）。人口は昭和35年の約26,000人をピークに減少を続け、18,123人（令和2年4月1日、住民基本台帳）。",
        ),
        ("交付対象事業費（R5・千円）", "31,400（うち交付金 15,700）"),
    ]
    r = 4
    for label, value in fields:
        _span(ws, r, 1, 3, label, header=True)
        _span(ws, r, 4, 10, value, align="left")
        ws.row_dimensions[r].height = 28 if label == "町の概況" else 18
        r += 1
    _text(
        ws,
        10,
        1,
        "【評価】A：R5年度末の目標値を達成　B：目標値の80％以上100％未満　C：目標値の80％未満",
        size=8,
    )
    _text(ws, 11, 1, "■重要業績評価指標（KPI）の達成状況", bold=True, size=11)
    _head2(
        ws,
        12,
        [
            (1, "No."),
            (2, "重要業績評価指標（KPI）"),
            (3, "単位"),
            (4, "基準値\n（R2.3末）"),
            (10, "評価"),
        ],
        [
            (5, 7, "実績値", ["R4.3末", "R5.3末", "R6.3末"]),
            (8, 9, "目標値", ["R5年度末", "R6年度末"]),
        ],
    )
    r = 14
    for no, name, unit, *vals, grade in OY_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, vals)
        _put(ws, r, 10, grade, align="center", bold=True)
        ws.row_dimensions[r].height = 20
        r += 1
    _notes(
        ws,
        r,
        [
            "※実績値は各年3月末現在の累計です（企業立地件数は平成28年度からの累計）。",
            "※No.2の成約件数18件の内訳は、売買13件、賃貸5件です。",
        ],
    )
    r += 3
    _text(ws, r, 1, "■足柄スマートICの利用状況（年度平均）", bold=True, size=11)
    r += 1
    _head2(
        ws,
        r,
        [
            (1, "No."),
            (2, "重要業績評価指標（KPI）"),
            (3, "単位"),
            (4, "区分"),
            (5, "基準値\n（R元年度）"),
            (9, "目標値\n（R6年度）"),
        ],
        [(6, 8, "実績値", ["R3年度", "R4年度", "R5年度"])],
    )
    r += 2
    first = r
    for kind, *vals in OY_IC:
        _put(ws, r, 1, "4" if r == first else None, align="center")
        _put(ws, r, 2, "足柄スマートICの1日平均利用台数" if r == first else None)
        _put(ws, r, 3, "台/日" if r == first else None, align="center")
        _put(ws, r, 4, kind, align="center")
        _vals(ws, r, 5, vals)
        ws.row_dimensions[r].height = 20
        r += 1
    for c in (1, 2, 3):
        _merge(ws, first, c, first + 1, c)
    _notes(
        ws,
        r,
        [
            "※足柄スマートIC（東名高速道路足柄SA）は平成31年3月供用開始。基準値は供用開始後初の通年度（R元年度）の値です。",
            "※休日は土曜日・日曜日・祝日及び年末年始（12月29日～1月3日）。出入口の合計台数の1日当たり平均です。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "oyama_kpi_kensho_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 富加町 (岐阜県加茂郡): 第2期富加町まち・ひと・しごと創生総合戦略 KPIの年度別推移
# --------------------------------------------------------------------------------------------

# Real (富加町 pages, nenrin-gifu2025, joseikin-insight): 16.82k㎡, the 半布里戸籍 of 大宝2年 (702年),
# 5,626人 (2020 census), 古代米の黒米, 企画課, the 定住促進奨励金 (新築 50万円, 30万円 before
# 令和4年3月31日). Made up: the sheet, the strategy periods as printed, money, every figure and note.
TM_KPIS = [
    ("KPI①\n転入者数（人）", "0"),
    ("KPI②\n新築住宅建設奨励金の交付件数（件）", "0"),
    ("KPI③\n郷土資料館の入館者数（人）", "#,##0"),
    ("KPI④\n古代米（黒米）の作付面積（ha）", "0.0"),
]
# year label, then (target, actual) for KPI①…④; None = blank, "S" = shaded (no target set), "M" = merged above
TM_ROWS = [
    ("H30（基準）", ("S", 182), ("S", 31), ("S", 2140), ("S", 2.4)),
    ("H31/R元", (190, 196), (35, 33), (2300, 2215), (2.8, 2.6)),
    ("R2", (200, 188), (40, 38), (2400, "―"), (3.0, 2.9)),
    ("R3", (205, 214), ("M", 42), (2450, 1486), (3.2, 3.3)),
    ("R4", (210, 221), ("M", 45), (2500, 2032), (3.4, 3.1)),
    ("R5", (215, 209), ("M", 39), (2550, 2611), (3.6, 3.6)),
    ("R6", (220, None), ("M", None), (2600, None), (3.8, None)),
]


def tomika() -> Path:
    wb, ws = _sheet("KPI推移", [12, 9, 9, 12, 12, 10, 10, 9, 9])
    _text(ws, 1, 1, "第2期富加町まち・ひと・しごと創生総合戦略", bold=True, size=13)
    _text(ws, 2, 1, "重要業績評価指標（KPI）の年度別推移", bold=True, size=13)
    _text(ws, 3, 9, "令和6年7月　富加町企画課", align="right")
    fields = [
        ("計画期間", "第1期：平成27年度～平成31年度（令和元年度）　第2期：令和2年度～令和6年度"),
        (
            "町の概況",
            "面積16.82k㎡。大宝2年（702年）の「御野國加毛郡半布里戸籍」ゆかりの町。人口5,626人（令和2年国勢調査）。",
        ),
        ("関連事業費（R5決算・千円）", "46,320（うち定住促進奨励金 11,500）"),
    ]
    r = 5
    for label, value in fields:
        _span(ws, r, 1, 2, label, header=True)
        _span(ws, r, 3, 9, value, align="left", size=8)
        ws.row_dimensions[r].height = 30 if label == "町の概況" else 20
        r += 1
    _text(ws, 9, 1, "■重要業績評価指標（KPI）の年度別推移", bold=True, size=11)
    h = 10
    _put(ws, h, 1, "年度", header=True)
    _put(ws, h + 1, 1, None, header=True)
    _merge(ws, h, 1, h + 1, 1)
    for k, (name, _fmt) in enumerate(TM_KPIS):
        c = 2 + 2 * k
        _span(ws, h, c, c + 1, name, header=True, size=8)
        _put(ws, h + 1, c, "目標", header=True)
        _put(ws, h + 1, c + 1, "実績", header=True)
    ws.row_dimensions[h].height = 40
    ws.row_dimensions[h + 1].height = 16
    r = h + 2
    merge_from = None
    for label, *pairs in TM_ROWS:
        _put(ws, r, 1, label, align="center")
        for k, (tgt, act) in enumerate(pairs):
            c = 2 + 2 * k
            fmt = TM_KPIS[k][1]
            if tgt == "S":
                _put(ws, r, c, "", fill=SHADE)
            elif tgt == "M":
                _put(ws, r, c, None)
            else:
                _put(ws, r, c, tgt, fmt=fmt if fmt != "0" else "#,##0")
                if k == 1 and label == "R2":
                    merge_from = r
            if act == "―":
                _put(ws, r, c + 1, "―", align="center")
            else:
                _put(
                    ws, r, c + 1, act if act is not None else "", fmt=fmt if fmt != "0" else "#,##0"
                )
        ws.row_dimensions[r].height = 20
        r += 1
    _merge(ws, merge_from, 4, r - 1, 4)
    ws.cell(row=merge_from, column=4).alignment = Alignment(horizontal="center", vertical="center")
    _notes(
        ws,
        r,
        [
            "※網掛けの欄は、目標値を設定していない年度です。",
            "※KPI②の目標値（40件）は、第2期（R2～R6）の毎年度の目標です。",
            "※KPI③のR2は、新型コロナウイルス感染症対策のための臨時休館（4月～6月）により集計していません。",
            "※定住促進奨励金（新築住宅建設奨励金）は1件50万円（令和4年3月31日以前の契約は30万円）です。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "tomika_kpi_suii_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 福崎町 (兵庫県神崎郡): 福崎町まち・ひと・しごと創生総合戦略【第2期】 KPIの検証（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (furusato-funding.jp/projects/2159; town.fukusaki.hyogo.jp; maff.go.jp; min-iren.gr.jp): the
# strategy's name and period, 20,669人 (平成17年), 19,738人 (平成27年国勢調査), 18,999人 (令和2年), 出生数
# 148人 (平成30年), 合計特殊出生率 1.60 (平成27年), もちむぎのやかた (平成7年), もちむぎ麺 (昭和63年), 辻川山
# 公園, the 駅前観光交流センター (opened 令和元年10月), 地域振興課. Made up: the sheet, money, every other
# figure, target, grade and note.
FK_ROWS = [
    ("1", "もちむぎ麺の販売数", "千袋", 412.0, 365.5, 388.2, 420.0, 426.3, "◎", 440.0),
    ("2", "もちむぎのやかたの来館者数", "千人", 148.2, 96.4, 118.7, 135.0, 131.6, "○", 150.0),
    (
        "3",
        "福崎町駅前観光交流センターの利用者数",
        "人",
        "18,420（R元.10～R2.3）",
        31250,
        36880,
        40000,
        42615,
        "◎",
        45000,
    ),
    ("4", "辻川山公園周辺の観光入込客数", "千人", 302.5, 236.8, 281.4, 300.0, 318.9, "◎", 320.0),
    ("5", "出生数", "人", 148, 131, 126, 140, 119, "△", 140),
]


def fukusaki() -> Path:
    wb, ws = _sheet("KPI検証", [6, 34, 7, 19, 11, 11, 10, 10, 7, 13])
    _text(
        ws,
        1,
        1,
        "福崎町まち・ひと・しごと創生総合戦略【第2期】　重要業績評価指標（KPI）の検証（令和5年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 10, "令和6年9月　福崎町地域振興課", align="right")
    fields = [
        ("計画期間", "令和2年度～令和6年度（5年間）"),
        (
            "町の概況",
            "人口は平成17年の20,669人をピークに減少し、19,738人（平成27年国勢調査）、18,999人（令和2年、住民基本台帳）。",
        ),
        ("関連事業費（R5決算・千円）", "38,760"),
    ]
    r = 4
    for label, value in fields:
        _span(ws, r, 1, 3, label, header=True)
        _span(ws, r, 4, 10, value, align="left")
        ws.row_dimensions[r].height = 18
        r += 1
    _text(
        ws,
        8,
        1,
        "※表中の「年（度）」は、No.4・No.5（暦年の統計）では1月～12月の年、その他の指標では4月～翌年3月の年度を表します。",
        size=8,
    )
    _text(
        ws,
        9,
        1,
        "【評価】◎：R5年（度）の目標を達成　○：目標の90％以上100％未満　△：目標の90％未満",
        size=8,
    )
    _text(ws, 10, 1, "２　重要業績評価指標（KPI）の状況", bold=True, size=11)
    _head2(
        ws,
        11,
        [
            (1, "No."),
            (2, "重要業績評価指標（KPI）"),
            (3, "単位"),
            (4, "基準値\n（H30年（度））"),
            (5, "R3年（度）\n実績"),
            (6, "R4年（度）\n実績"),
            (9, "評価"),
            (10, "目標値\n（R6年（度））"),
        ],
        [(7, 8, "R5年（度）", ["目標", "実績"])],
    )
    r = 13
    for no, name, unit, *vals, grade, final in FK_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        fmts = {j: "#,##0.0" for j, v in enumerate(vals) if isinstance(v, float)}
        _vals(ws, r, 4, vals, fmts)
        _put(ws, r, 9, grade, align="center", bold=True)
        _put(ws, r, 10, final, fmt="#,##0.0" if isinstance(final, float) else None)
        ws.row_dimensions[r].height = 20
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※No.1は町内製造のもちむぎ麺（乾麺・1袋200g）の販売袋数です。もちむぎ麺は昭和63年に誕生しました。",
            "※No.3の福崎町駅前観光交流センターは令和元年10月の開館のため、基準値は開館から年度末までの6か月間の利用者数です。",
            "※No.5の出生数は人口動態統計によります。なお、合計特殊出生率は1.60（平成27年）で、全国・兵庫県の値を上回っています。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "fukusaki_kpi_kensho_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 斑鳩町 (奈良県生駒郡): 第5次斑鳩町総合計画 施策の成果指標（観光）
# --------------------------------------------------------------------------------------------

# Real (vdocuments.pub 斑鳩町 profile; town.ikaruga.nara.jp 基本構想; nara-np.co.jp; sankei-nara-iga.jp;
# n-tec.xyz; shinpou-nara.com): 14.27km², 28,211人 (平成29年8月31日), 法隆寺地域の仏教建造物, the plan's
# name, period and 将来像, 平成28年度推計観光客数 約110万人, 96万人余り (2010年) and 59万人余り (2018年), the
# 平成26年10月 条例, 和空 法隆寺 (2019年9月, 60室), 法隆寺iセンター (平成8年9月開館), まちあるき観光, 都市
# 創生課. Made up: the page, its date, the 施策 numbers and names, every other figure, target and note.
IK_BLOCKS = [
    (
        "3-2　まちあるき観光の推進",
        [
            (
                "観光客数",
                "万人",
                "約110（H28年度推計）",
                ("R4年度", "72.4"),
                ("R5年度", "85.9"),
                "90",
                "100",
                "町の推計（奈良県観光客動態調査の地点を含む）",
            ),
            (
                "法隆寺iセンターの来館者数",
                "人",
                "148,300（R元年度）",
                ("R4年度", "96,210"),
                ("R5年度", "131,480"),
                "130,000",
                "150,000",
                "平成8年9月開館",
            ),
            (
                "まちあるきガイドの案内件数",
                "件",
                "612（R元年度）",
                ("R4年度", "388"),
                ("R5年度", "541"),
                "600",
                "650",
                "団体・個人の合計",
            ),
        ],
    ),
    (
        "3-3　滞在型観光の推進",
        [
            (
                "町内宿泊施設の延べ宿泊者数",
                "人泊",
                "9,840（R元年）",
                ("R4年", "12,350"),
                ("R5年", "17,920"),
                "15,000",
                "20,000",
                "暦年（1月～12月）の集計",
            ),
            (
                "法隆寺周辺地区の新規出店数（累計）",
                "店舗",
                "4（R元年度末）",
                ("R4年度末", "7"),
                ("R5年度末", "9"),
                "8",
                "12",
                "平成26年10月の条例改正以降の累計",
            ),
        ],
    ),
]


def ikaruga_html() -> str:
    rows = []
    for measure, inds in IK_BLOCKS:
        rows.append(f'<tr><th colspan="7" class="l">{measure}</th></tr>')
        for name, unit, base, a1, a2, mid, final, note in inds:
            actual = f"{a1[0]}：{a1[1]}<br>{a2[0]}：{a2[1]}"
            rows.append(
                f'<tr><td>{name}</td><td class="c">{unit}</td><td class="num">{base}</td>'
                f'<td class="num">{actual}</td><td class="num">{mid}</td><td class="num">{final}</td>'
                f"<td>{note}</td></tr>"
            )
    body = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>施策の成果指標（観光） - 斑鳩町</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; vertical-align: middle; }}
thead th {{ background: #d9d9d9; }}
th.l {{ text-align: left; background: #f2f2f2; }}
td.num {{ text-align: right; white-space: nowrap; }}
td.c {{ text-align: center; }}
</style>
</head>
<body>
<p>ホーム &gt; 町政情報 &gt; 計画・施策 &gt; 総合計画</p>
<h1>第5次斑鳩町総合計画　施策の成果指標（観光）</h1>
<p>更新日：令和6年10月1日　担当：都市創生課</p>
<p>斑鳩町は面積14.27km<sup>2</sup>、人口28,211人（平成29年8月31日現在）の町で、法隆寺や法起寺は「法隆寺地域の仏教建造物」として世界遺産に登録されています。観光客数は平城遷都1300年の2010年に96万人余りを数えましたが、2018年は59万人余りにとどまりました。町は平成26年10月に法隆寺周辺地区の建築制限を緩和し、2019年9月には参道沿いに初めてのホテル（60室）が開業しています。</p>
<table class="outline">
<tr><th>計画</th><td>第5次斑鳩町総合計画（2021（令和3）年度～2030（令和12）年度）</td></tr>
<tr><th>将来像</th><td>「和」で紡ぎ　未来へ歩む　私たちの斑鳩</td></tr>
<tr><th>施策の方向</th><td>拠点・通過型観光から、まちあるきによる滞在型観光への転換</td></tr>
</table>
<h2>成果指標の状況</h2>
<p>実績値の欄には、直近2か年の値を記載しています（年度の指標は年度、暦年の指標は年、累計の指標は年度末の値）。</p>
<table>
<thead>
<tr><th rowspan="2">成果指標</th><th rowspan="2">単位</th><th rowspan="2">基準値</th><th rowspan="2">実績値<br>（直近2か年）</th><th colspan="2">目標値</th><th rowspan="2">備考</th></tr>
<tr><th>中間（令和5年度）</th><th>最終（令和7年度）</th></tr>
</thead>
<tbody>
{body}
</tbody>
</table>
<p>※観光客数の基準値は、平成28年度の町の推計値（約110万人）です。令和4年度以降は推計の方法を見直しています。</p>
<p>※法隆寺iセンターは、県が建設し、延べ床面積は約618m<sup>2</sup>です。</p>
<p>※令和5年度の観光関連事業費は24,860千円でした。</p>
</body>
</html>
"""


def ikaruga() -> Path:
    path = HERE / "ikaruga_kanko_shihyo_r6.html"
    path.write_bytes(ikaruga_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (oyama, tomika, fukusaki):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {ikaruga().name}")


if __name__ == "__main__":
    main()
