"""Build the built documents of forms177/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/takehara_kpi_suii_r1.xlsx``, a 総合戦略 KPI 推移表 in the manner of 竹原市 (広島県):
  **the years run down the side** (``H26（基準値）``, ``H27`` … ``R元``, ``目標値（R元）``), **each year
  row carries a ``数値の区分`` cell (``確定値`` / ``速報値`` / ``見込値``)**, and **a two-row header whose
  top row holds the strategy's three 方向性, spanning two, two and one indicator columns**; ``△``
  values with a ``△`` target; and the PDF;
* ``source/itsuki_kpi_kensho_r2.xlsx``, a 総合戦略 KPI 検証シート in the manner of 五木村 (熊本県):
  a three-row header where **``平成`` and ``令和`` cells span the era-less years under 実績値
  (``28年度`` ``29年度`` ``30年度`` | ``元年度`` ``2年度``)**, **a baseline cell holding a five-year
  span (``1.63（H20～H24）``, a ベイズ推定値)**, a printed 達成状況, form fields with a population
  and a ranking; and the PDF;
* ``source/mugi_kpi_shinchoku_h30.xlsx``, a 総合戦略 KPI 進捗 in the manner of 牟岐町 (徳島県):
  **the period axis runs newest first, from the final target on the left to the baseline on the
  right**, under **a two-row header whose top row mixes a year over roles (``H30年度`` over
  ``目標 | 実績（速報値） | 評価``) and a role over years (``実績`` over ``H29年度 | H28年度``)**;
  ``最終目標（H31（R元））``; shaded 施策 rows, a ``数値目標`` row, an A/B/C legend; and the PDF;
* ``kitadaito_seika_shihyo_r2.html``, a 総合計画 成果指標 page in the manner of 北大東村 (沖縄県):
  **さとうきび indicators dated by 製糖期 (``H30/R元年期``, ``R元/2年期``, ``R2/3年期（速報値）``)
  running down the side**, with the indicators across and **their units on a header row of their
  own** (``（t）`` ``（ha）`` ``（kg）``); then a second table whose ``令和2年度`` spans ``目標 | 実績``.

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
    wb.properties.creator = "forms177/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms177/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms177_soffice_") as tmp:
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
# 竹原市 (広島県): まち・ひと・しごと創生総合戦略 重要業績評価指標（KPI）の推移
# --------------------------------------------------------------------------------------------

# Real (竹原市人口ビジョン及び総合戦略の概要, 地域再生計画): the three 目指すべき将来の方向性, the
# population 26,426人 (平成27年国勢調査), the 転出超過 212人 (平成29年) and 320人 (平成30年) with
# 転入723人 / 転出1,043人 (平成30年). Made up: the sheet, its date, the indicators and every other figure.
TK_NEG = '#,##0;"△"#,##0'
TK_GROUPS = [
    (3, 4, "方向性１　若い世代が住み続けたいと思える環境の整備"),
    (5, 6, "方向性２　魅力ある就業の場の確保と安定した雇用の創出"),
    (7, 7, "方向性３　生涯を通じての健康づくりと\n安心して暮らせる生活基盤の確保"),
]
TK_NAMES = [
    "①社会増減数（人）",
    "②子育て世帯の転入世帯数（世帯）",
    "③市内事業所の新規雇用者数（人）",
    "④観光入込客数（千人）",
    "⑤特定健康診査受診率（％）",
]
TK_ROWS = [
    ("H26（基準値）", "確定値", -178, 52, 96, 1012, 28.4),
    ("H27", "確定値", -195, 58, 104, 1046, 29.1),
    ("H28", "確定値", -204, 61, 111, 1081, 30.5),
    ("H29", "確定値", -212, 57, 118, 1103, 31.2),
    ("H30", "速報値", -320, 63, 122, 1127, 31.9),
    ("R元", "見込値", -260, 66, 125, 1150, 32.5),
    ("目標値（R元）", "―", -150, 70, 120, 1200, 40.0),
]


def takehara() -> Path:
    wb, ws = _sheet("KPIの推移", [15, 11, 22, 22, 22, 22, 26])
    _text(
        ws,
        1,
        1,
        "竹原市まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の推移",
        bold=True,
        size=14,
    )
    _text(ws, 2, 7, "令和2年2月　竹原市総合戦略推進会議　資料3", align="right")
    _text(
        ws,
        3,
        1,
        "計画期間：平成27年度～平成31年度（令和元年度）　　市の人口：26,426人（平成27年国勢調査）",
    )
    _text(ws, 5, 1, "■重要業績評価指標（KPI）の推移", bold=True, size=11)
    h = 6
    for c, word in [(1, "年度"), (2, "数値の区分")]:
        _put(ws, h, c, word, header=True)
        _put(ws, h + 1, c, None, header=True)
        _merge(ws, h, c, h + 1, c)
    for c1, c2, word in TK_GROUPS:
        _span(ws, h, c1, c2, word, header=True, size=8)
    for j, name in enumerate(TK_NAMES):
        _put(ws, h + 1, 3 + j, name, header=True)
    ws.row_dimensions[h].height = 30
    ws.row_dimensions[h + 1].height = 30
    r = h + 2
    for year, kind, *vals in TK_ROWS:
        target = year.startswith("目標")
        fill = LIGHT if target else None
        _put(ws, r, 1, year, align="center", fill=fill, bold=target)
        _put(ws, r, 2, kind, align="center", fill=fill)
        for j, v in enumerate(vals):
            fmt = TK_NEG if j == 0 else ("0.0" if isinstance(v, float) else "#,##0")
            _put(ws, r, 3 + j, v, fmt=fmt, fill=fill)
        ws.row_dimensions[r].height = 20
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※数値の区分　確定値：統計等で公表された値　速報値：公表前の暫定値　見込値：令和2年1月末までの実績から推計した年度末の見込み",
            "※①の「△」は転出超過を表します。H30の△320人は、転入723人・転出1,043人によるものです。",
            "※④は市内主要観光施設の入込客数の年度合計です。⑤は竹原市国民健康保険の被保険者（40～74歳）の受診率です。",
            "※総合戦略関連事業費（令和元年度当初予算）48,260千円",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "takehara_kpi_suii_r1.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 五木村 (熊本県球磨郡): まち・ひと・しごと創生総合戦略 KPI検証シート（令和2年度実績）
# --------------------------------------------------------------------------------------------

# Real (五木村 地域再生計画, furusato-funding.jp/projects/2533; 令和3年度施政方針): the population 1,033人
# (令和2年12月, 住民基本台帳), the 合計特殊出生率 1.62～1.63 (2013～2018, 厚労省), 川辺川ダム, the 空家バンク,
# the 住みたい村ランキング 総合7位 (全国183村), the 令和2年7月豪雨. Made up: the sheet, 課, KPIs and figures.
IT_ROWS = [
    ("1", "空き家バンクを活用した移住者数（累計）", "人", 0, 3, 8, 15, 21, 27, 25, "達成"),
    ("2", "合計特殊出生率", "―", "1.63（H20～H24）", "―", "―", "―", "―", "―", 1.70, "―"),
    ("3", "観光入込客数", "千人", 98.4, 101.2, 102.1, 99.7, 88.2, 61.5, 110.0, "未達成"),
    ("4", "新規林業就業者数", "人", 2, 2, 3, 1, 4, 3, 3, "達成"),
    ("5", "ふるさと納税寄附件数", "件", 412, 655, 980, 1530, 2104, 3015, 1500, "達成"),
]


def itsuki() -> Path:
    wb, ws = _sheet("KPI検証", [6, 34, 7, 16, 9, 9, 9, 9, 9, 11, 10])
    _text(
        ws,
        1,
        1,
        "五木村まち・ひと・しごと創生総合戦略　KPI検証シート（令和2年度実績）",
        bold=True,
        size=14,
    )
    _text(ws, 2, 11, "令和3年8月　五木村企画振興課", align="right")
    fields = [
        ("計画期間", "平成27年度～令和2年度（令和元年度に計画期間を1年延長）"),
        ("村の人口", "1,033人（令和2年12月、住民基本台帳）"),
        (
            "村の概況",
            "村の面積の約96%を森林が占め、川辺川ダム計画に伴う移転により人口が減少してきた。令和2年度には移住専門誌の「住みたい村ランキング」で総合7位（全国183村）となった。",
        ),
    ]
    r = 4
    for label, value in fields:
        _span(ws, r, 1, 2, label, header=True)
        _span(ws, r, 3, 11, value, align="left")
        ws.row_dimensions[r].height = 30 if len(value) > 60 else 20
        r += 1
    _text(ws, 8, 1, "■重要業績評価指標（KPI）の検証", bold=True, size=11)
    h = 9
    for c, word in [
        (1, "No."),
        (2, "重要業績評価指標（KPI）"),
        (3, "単位"),
        (4, "基準値（H26）"),
        (10, "目標値（R2）"),
        (11, "達成状況"),
    ]:
        _put(ws, h, c, word, header=True)
        for k in (1, 2):
            _put(ws, h + k, c, None, header=True)
        _merge(ws, h, c, h + 2, c)
    _span(ws, h, 5, 9, "実績値", header=True)
    _span(ws, h + 1, 5, 7, "平成", header=True)
    _span(ws, h + 1, 8, 9, "令和", header=True)
    for j, word in enumerate(["28年度", "29年度", "30年度", "元年度", "2年度"]):
        _put(ws, h + 2, 5 + j, word, header=True)
    for k in range(3):
        ws.row_dimensions[h + k].height = 18
    r = h + 3
    for no, name, unit, *vals, status in IT_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        fmts = {
            j: ("0.0" if unit == "千人" else "0.00")
            for j, v in enumerate(vals)
            if isinstance(v, float)
        }
        _vals(ws, r, 4, vals, fmts)
        _put(ws, r, 11, status, align="center")
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※実績値の年度は、その上の欄の元号によります（例：30年度＝平成30年度、2年度＝令和2年度）。",
            "※合計特殊出生率は厚生労働省が公表する5年間のベイズ推定値で、括弧内はその対象期間です。各年度の値はないため「―」としています（直近の公表値は1.62（H25～H29））。",
            "※観光入込客数の令和2年度は、令和2年7月豪雨と新型コロナウイルス感染症の影響により大きく減少しました。",
            "※地方創生推進交付金事業費（令和2年度決算）21,840千円",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "itsuki_kpi_kensho_r2.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 牟岐町 (徳島県海部郡): 牟岐町総合戦略 重要業績評価指標（KPI）の進捗状況（平成30年度）
# --------------------------------------------------------------------------------------------

# Real (牟岐町総合戦略, 平成28年3月): the strategy's name and period, 基本目標(1) and the 施策 1-1 … 1-3;
# 出羽島 (0.65k㎡, 95人 in 2016-10). Made up: the sheet, its date, the KPIs, every figure, grade and note.
# Each row: No., name, 単位, 最終目標, H30目標, H30実績, 評価, H29実績, H28実績, 基準値 (newest first).
MG_GOAL = ("数値目標", "転入者数", "人", 170, 160, 152, "B", 147, 150, 142)
MG_GROUPS = [
    (
        "1-1　交流の促進と移住への展開",
        [
            ("1", "移住相談件数", "件", 40, 35, 38, "A", 31, 25, 12),
            ("2", "お試し移住体験者数（延べ）", "人", 20, 15, 11, "C", 14, 9, 4),
        ],
    ),
    ("1-2　定住の促進", [("3", "町営住宅等への転入世帯数", "世帯", 10, 8, 7, "B", 6, 5, 3)]),
    (
        "1-3　新規就業（農業・林業）の支援による移住促進",
        [("4", "新規就農・就林者数", "人", 5, 3, 3, "A", 3, 2, 1)],
    ),
]


def _mg_row(ws, r, row, fill=None) -> None:
    no, name, unit, final, t30, a30, grade, a29, a28, base = row
    _put(ws, r, 1, no, align="center", fill=fill, size=8 if len(no) > 2 else 9)
    _put(ws, r, 2, name, fill=fill)
    _put(ws, r, 3, unit, align="center", fill=fill)
    _put(ws, r, 4, final, fill=fill, bold=True)
    _put(ws, r, 5, t30, fill=fill)
    _put(ws, r, 6, a30, fill=fill)
    _put(ws, r, 7, grade, align="center", fill=fill, bold=True)
    for j, v in enumerate((a29, a28, base)):
        _put(ws, r, 8 + j, v, fill=fill)
    ws.row_dimensions[r].height = 22


def mugi() -> Path:
    wb, ws = _sheet("KPI進捗", [8, 32, 7, 15, 10, 11, 7, 11, 11, 12])
    _text(
        ws,
        1,
        1,
        "牟岐町総合戦略　重要業績評価指標（KPI）の進捗状況（平成30年度）",
        bold=True,
        size=14,
    )
    _text(ws, 2, 10, "令和元年8月　牟岐町まち・ひと・しごと創生推進会議　資料2", align="right")
    _text(ws, 3, 1, "計画期間：平成27年度～平成31年度（令和元年度）")
    _para(
        ws,
        4,
        1,
        10,
        "本町の人口は減少が続いており、離島の出羽島（面積0.65k㎡）の人口は95人（平成28年10月現在）となっています。総合戦略の基本目標(1)に掲げたKPIの進捗を報告します。表は目標に近い列から順に、直近の年度を左に並べています。",
        28,
    )
    _text(ws, 6, 1, "基本目標（１）　牟岐町への新しいひとの流れをつくる", bold=True, size=11)
    h = 7
    for c, word in [
        (1, "No."),
        (2, "重要業績評価指標（KPI）"),
        (3, "単位"),
        (4, "最終目標\n（H31（R元））"),
        (10, "基準値\n（H26）"),
    ]:
        _put(ws, h, c, word, header=True)
        _put(ws, h + 1, c, None, header=True)
        _merge(ws, h, c, h + 1, c)
    _span(ws, h, 5, 7, "H30年度", header=True)
    for j, word in enumerate(["目標", "実績\n（速報値）", "評価"]):
        _put(ws, h + 1, 5 + j, word, header=True)
    _span(ws, h, 8, 9, "実績", header=True)
    for j, word in enumerate(["H29年度", "H28年度"]):
        _put(ws, h + 1, 8 + j, word, header=True)
    ws.row_dimensions[h].height = 24
    ws.row_dimensions[h + 1].height = 28
    r = h + 2
    _mg_row(ws, r, MG_GOAL, fill=LIGHT)
    r += 1
    for measure, rows in MG_GROUPS:
        _span(ws, r, 1, 10, measure, fill=SHADE, bold=True)
        ws.row_dimensions[r].height = 18
        r += 1
        for row in rows:
            _mg_row(ws, r, row)
            r += 1
    _notes(
        ws,
        r + 1,
        [
            "評価　A：H30目標を達成（達成率100%以上）　B：達成率80%以上100%未満　C：達成率80%未満（達成率＝H30実績÷H30目標）",
            "※H30年度の実績は速報値（令和元年7月末時点）です。",
            "※最終目標は平成31年度（令和元年度）の値です。No.2は町の体験住宅の利用者の延べ人数です。",
            "※基本目標(1)の関連事業費（H30決算）12,460千円",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "mugi_kpi_shinchoku_h30.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 北大東村 (沖縄県島尻郡): 北大東村総合計画 後期基本計画 成果指標の状況（令和2年度）
# --------------------------------------------------------------------------------------------

# Real (北大東村総合計画 2012-21 基本構想; Wikipedia): the plan's name and period, its 将来像, さとうきび as
# the 基幹産業, 274ha irrigated from 16 ため池 (ため池百選, 2010-03-25), the 掘込み式漁港 planned for 2015.
# Made up: the page, its date and 課, the 後期基本計画 table, every indicator and figure.
KD_CANE = [
    ("H27/28年期（基準値）", "21,350", "392.5", "5,440"),
    ("H30/R元年期", "18,420", "371.0", "4,965"),
    ("R元/2年期", "24,960", "388.4", "6,426"),
    ("R2/3年期（速報値）", "22,105", "380.2", "5,814"),
    ("目標（R3/4年期）", "25,000", "400.0", "6,250"),
]
KD_OTHER = [
    ("入域観光客数", "人", "3,820", "4,200", "2,315", "4,500"),
    ("北大東漁港の水揚量", "t", "18.6", "25.0", "27.3", "28.0"),
]


def kitadaito_html() -> str:
    cane = "\n".join(
        f'<tr><th scope="row">{season}</th>'
        + "".join(f'<td class="num">{v}</td>' for v in vals)
        + "</tr>"
        for season, *vals in KD_CANE
    )
    other = "\n".join(
        f'<tr><td>{name}</td><td class="c">{unit}</td>'
        + "".join(f'<td class="num">{v}</td>' for v in vals)
        + "</tr>"
        for name, unit, *vals in KD_OTHER
    )
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>北大東村総合計画 後期基本計画 成果指標の状況（令和2年度） - 北大東村</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
th.unit {{ font-weight: normal; font-size: 9pt; }}
td.num {{ text-align: right; }}
td.c {{ text-align: center; }}
p.note {{ font-size: 9pt; }}
</style>
</head>
<body>
<p>ホーム &gt; 村政情報 &gt; 計画 &gt; 総合計画</p>
<h1>北大東村総合計画 後期基本計画 成果指標の状況（令和2年度）</h1>
<p>令和3年6月　北大東村総務課</p>
<p>北大東村総合計画（2012-21）は、「自律と交流のフロンティア、わたしたちの故郷うふあがり島。」を将来像に掲げています。後期基本計画の成果指標について、令和2年度までの状況を取りまとめました。</p>
<p>基幹産業であるさとうきびは、島の耕地面積の5割にあたる274haの畑で、大小16か所のため池（平成22年3月に「ため池百選」に選定）から灌漑しています。</p>
<h2>1　基幹産業（さとうきび）の成果指標</h2>
<p class="note">さとうきびの値は製糖期（12月～翌年3月）ごとの値です。「R元/2年期」は令和元年12月から令和2年3月までの製糖期を表します。</p>
<table>
<thead>
<tr><th rowspan="2">製糖期</th><th>さとうきび生産量</th><th>さとうきび収穫面積</th><th>10a当たり収量</th></tr>
<tr><th class="unit">（t）</th><th class="unit">（ha）</th><th class="unit">（kg）</th></tr>
</thead>
<tbody>
{cane}
</tbody>
</table>
<h2>2　交流・定住の成果指標</h2>
<table>
<thead>
<tr><th rowspan="2">成果指標</th><th rowspan="2">単位</th><th rowspan="2">策定時<br>（H28年度）</th><th colspan="2">令和2年度</th><th rowspan="2">目標値<br>（R3年度）</th></tr>
<tr><th>目標</th><th>実績</th></tr>
</thead>
<tbody>
{other}
</tbody>
</table>
<p class="note">※R2/3年期の値は速報値です。10a当たり収量＝生産量÷収穫面積。</p>
<p class="note">※入域観光客数の令和2年度は、新型コロナウイルス感染症の影響により減少しました。</p>
<p class="note">※北大東漁港の水揚量は、掘込み式漁港の供用開始後の年度の値です。</p>
</body>
</html>
"""


def kitadaito() -> Path:
    path = HERE / "kitadaito_seika_shihyo_r2.html"
    path.write_bytes(kitadaito_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (takehara, itsuki, mugi):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {kitadaito().name}")


if __name__ == "__main__":
    main()
