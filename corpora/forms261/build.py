"""Build the built documents of forms261/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/yusui_kpi_kensho_r3.xlsx``, a 地域再生計画 KPI 検証シート in the manner of 湧水町 (鹿児島県):
  form fields (計画の名称, 担当課, population, 事業費, a ``KPI達成数 2／4項目`` field) over a grid
  ``KPI | 単位 | 基準値（R2） | 令和3年度 (目標 | 実績) | 最終目標（R6） | 達成状況`` with **a per-household
  unit with a scale word, ``万円/戸``**, **a scale word on a night count, ``千泊``**, an actual with its
  breakdown in brackets (``30（うちオンライン12）``), a baseline dated in its cell and ``未集計``; and the PDF;
* ``source/sakawa_kpi_suii_r4.xlsx``, a 総合戦略 指標推移 in the manner of 佐川町 (高知県): a shaded
  数値目標 row over four KPI rows, ``億円``, **``千人日`` (scaled person-days)** and **``万円/ha``
  (money per area with a scale word)**, ``千件``, a ``―`` baseline, a 備考 column of numbers; and the PDF;
* ``source/wake_shisaku_hyoka_r5.xlsx``, a 総合計画 施策評価シート in the manner of 和気町 (岡山県):
  **no 単位 column: each row's unit and scale word stand only at the end of a prose
  ``指標の説明（算出方法・単位）`` cell**, ``R5`` spanning ``目標 | 実績``, **a ``前年度比`` column of signed
  differences with units (``+15人``, ``+0.7ポイント``, ``+0.3千人``)**, a shaded （参考） row; and the PDF;
* ``reihoku_senryaku_shinchoku_r4.html``, a 総合戦略 KPI page in the manner of 苓北町 (熊本県): two
  ``<h2>`` 基本目標 over tables whose KPI cell is **one sentence giving baseline and target with their
  years and scale words (``…を、年間9.8万人（令和元年度）から年間12万人（令和6年度）に増やします。``)**,
  actual cells with scale words, **``―（R5.5開設）`` actuals of a facility not yet open**.

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
    wb.properties.creator = "forms261/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms261/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms261_soffice_") as tmp:
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
# 湧水町 (鹿児島県姶良郡): 地域再生計画 KPI 検証シート（令和3年度）
# --------------------------------------------------------------------------------------------

# Real (湧水町まち・ひと・しごと創生推進計画, furusato-funding.jp/projects/2606, localgovs.net): the plan's
# name, 9,005人 (令和2年12月), 12,566人 (平成17年の合併時), 合計特殊出生率 1.94 (平成30年度; 国1.42, 県1.7),
# 金山ネギ振興事業; 企画財政課 (town site). Made up: the sheet, its date, period, money, every KPI figure.
YU_ROWS = [
    ("KPI①　金山ネギ生産農家1戸当たり販売額", "万円/戸", 182, 190, 196, 220, "達成"),
    ("KPI②　町内宿泊施設の延べ宿泊数", "千泊", 12.4, 13.0, 9.8, 15.0, "未達成"),
    ("KPI③　移住相談件数", "件", 24, 30, "30（うちオンライン12）", 40, "達成"),
    ("KPI④　合計特殊出生率", "―", "1.94（H30）", 1.90, "未集計", 1.95, "―"),
]


def yusui() -> Path:
    wb, ws = _sheet("KPI検証", [36, 10, 12, 10, 16, 12, 10])
    _text(
        ws,
        1,
        1,
        "湧水町まち・ひと・しごと創生推進計画　重要業績評価指標（KPI）検証シート（令和3年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 7, "令和4年8月31日　湧水町企画財政課", align="right")
    fields = [
        ("地域再生計画の名称", "湧水町まち・ひと・しごと創生推進計画"),
        ("計画期間", "令和3年4月1日～令和7年3月31日"),
        ("担当課", "企画財政課"),
        ("町の人口", "9,005人（令和2年12月）　※合併時（平成17年）12,566人"),
        ("交付対象事業費（R3・千円）", "32,400"),
        ("KPI達成数", "2／4項目（令和3年度）"),
    ]
    r = 4
    for label, value in fields:
        _put(ws, r, 1, label, header=True, align="left")
        _span(ws, r, 2, 7, value, align="left")
        ws.row_dimensions[r].height = 18
        r += 1
    _text(ws, r + 1, 1, "■重要業績評価指標（KPI）の達成状況", bold=True, size=11)
    h = r + 2
    _head2(
        ws,
        h,
        [(1, "KPI"), (2, "単位"), (3, "基準値\n（R2）"), (6, "最終目標\n（R6）"), (7, "達成状況")],
        [(4, 5, "令和3年度", ["目標", "実績"])],
    )
    r = h + 2
    for name, unit, *vals, mark in YU_ROWS:
        _put(ws, r, 1, name)
        _put(ws, r, 2, unit, align="center")
        fmts = {}
        for j, v in enumerate(vals):
            if isinstance(v, float):
                fmts[j] = "0.00" if unit == "―" else "0.0"
        _vals(ws, r, 3, vals, fmts)
        _put(ws, r, 7, mark, align="center")
        ws.row_dimensions[r].height = 24
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※KPI②：令和3年度は町内の宿泊施設1施設（客室28室）が改修のため6か月間休業しました。",
            "※KPI③：（　）内はオンライン相談の件数で、内数です。",
            "※KPI④：人口動態統計の公表（例年翌々年度）後に記入します。基準値は平成30年度（国1.42・県1.7）。",
            "※KPI達成数は、令和3年度の目標値と実績値を比較できる項目のうち、目標を達成した項目の数です。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "yusui_kpi_kensho_r3.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 佐川町 (高知県高岡郡): 第2期総合戦略 基本目標及び重要業績評価指標の推移（令和4年度実績）
# --------------------------------------------------------------------------------------------

# Real (town.sakawa.lg.jp, furusato-funding.jp/projects/2411): the strategy's name and period (2020−2024),
# チーム佐川推進課, 基本目標1's wording, 12,197人 (2020年12月1日現在の推計人口). Made up: the sheet, its date,
# the money, every indicator, figure and note.
SK_ROWS = [
    (
        "数値目標",
        "町内農産物の販売額（JA・直販所計）",
        "億円",
        32.6,
        33.1,
        34.0,
        36.0,
        "R4はJA集計の速報による",
    ),
    ("1", "体験型観光・農家民泊の受入延べ人日", "千人日", 2.1, 1.4, 2.6, 3.0, "R3は4～9月受入休止"),
    (
        "2",
        "施設園芸農地1ha当たり産出額",
        "万円/ha",
        1240,
        1262,
        1288,
        1350,
        "町調べ（園芸ハウス24.6ha）",
    ),
    ("3", "新規就農者数（累計）", "人", "―", 8, 13, 20, "R4の13人のうち協力隊出身2人"),
    ("4", "ふるさと納税寄附件数", "千件", 5.2, 9.8, 12.4, 10.0, "R4に目標を前倒しで達成"),
]


def sakawa() -> Path:
    wb, ws = _sheet("KPI推移", [9, 36, 9, 11, 10, 10, 11, 28])
    _text(
        ws,
        1,
        1,
        "第2期佐川町まち・ひと・しごと創生総合戦略　基本目標及び重要業績評価指標の推移（令和4年度実績）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 8, "令和5年8月　チーム佐川推進課", align="right")
    fields = [
        (
            "計画期間",
            "2020年度～2024年度（5年間）",
            "町の人口",
            "12,197人（2020年12月1日現在・推計人口）",
        ),
        ("関連事業費（R4決算・千円）", "58,240", "本表の指標", "数値目標1・KPI4"),
    ]
    r = 4
    for l1, v1, l2, v2 in fields:
        _span(ws, r, 1, 2, l1, header=True)
        _span(ws, r, 3, 5, v1, align="left")
        _span(ws, r, 6, 7, l2, header=True)
        _put(ws, r, 8, v2)
        ws.row_dimensions[r].height = 22
        r += 1
    _text(ws, 7, 1, "基本目標1　地産外商を中心に魅力のある仕事をつくる", bold=True, size=11)
    heads = ["No.", "指標", "単位", "基準値\n（R元）", "R3実績", "R4実績", "目標値\n（R6）", "備考"]
    for c, word in enumerate(heads, start=1):
        _put(ws, 8, c, word, header=True)
    ws.row_dimensions[8].height = 26
    r = 9
    for no, name, unit, *vals, note in SK_ROWS:
        fill = LIGHT if no == "数値目標" else None
        _put(ws, r, 1, no, align="center", fill=fill, size=8 if no == "数値目標" else 9)
        _put(ws, r, 2, name, fill=fill)
        _put(ws, r, 3, unit, align="center", fill=fill)
        _vals(ws, r, 4, vals)
        _put(ws, r, 8, note, size=8, fill=fill)
        ws.row_dimensions[r].height = 24
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※単位の「千人日」は受入人数×滞在日数の延べ（千人日）、「万円/ha」は施設園芸の農業産出額を園芸ハウス面積で除したもの。",
            "※新規就農者数は2020年度からの累計。基準値は第2期戦略の開始前のため「―」としています。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "sakawa_kpi_suii_r4.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 和気町 (岡山県和気郡): 第2次和気町総合計画 施策評価シート（令和5年度実績）
# --------------------------------------------------------------------------------------------

# Real (town.wake.lg.jp): the plan's name and period (令和3年～令和12年), the 将来像, the 施策 小中高教育の魅力化
# and its 取組 (無料公営塾, 英語特区, 和気閑谷高校の魅力化, 放課後学習支援). Made up: the sheet, its date, 課, money,
# every indicator, figure and note.
WK_ROWS = [
    (
        "1",
        "公営塾の登録生徒数",
        "町営の無料公営塾に年度末時点で登録している小学生・中学生・高校生の数（単位：人）",
        148,
        156,
        160,
        171,
        175,
        "+15人",
    ),
    (
        "2",
        "英検3級以上相当の中学3年生の割合",
        "中学3年生のうち英検3級以上を取得又は相当と判定された生徒の割合。英語特区の成果を測る（単位：％）",
        48.2,
        52.4,
        55.0,
        53.1,
        60.0,
        "+0.7ポイント",
    ),
    (
        "3",
        "和気閑谷高校への町外からの入学者数",
        "和気閑谷高校の新入生のうち町外に住所を有する生徒の数。各年度4月1日現在（単位：人）",
        21,
        26,
        28,
        30,
        30,
        "+4人",
    ),
    (
        "4",
        "放課後学習教室の延べ参加者数",
        "町内の小学校で開く放課後学習教室の年間の延べ参加者数（単位：千人）",
        4.8,
        5.3,
        5.5,
        5.6,
        6.0,
        "+0.3千人",
    ),
]


def wake() -> Path:
    wb, ws = _sheet("施策評価", [5, 26, 40, 9, 9, 9, 9, 11, 12])
    _text(ws, 1, 1, "第2次和気町総合計画　施策評価シート（令和5年度実績）", bold=True, size=13)
    _text(ws, 2, 9, "令和6年8月", align="right")
    fields = [
        ("将来像", "人と地域が輝く 晴れの国の 和気あいあいのまち"),
        ("施策名", "小中高教育の魅力化"),
        ("主担当課", "教育総務課"),
        (
            "主な取組",
            "無料公営塾の運営、英語特区による英語教育、和気閑谷高校の魅力化支援、放課後学習支援",
        ),
        ("施策の事業費（R5決算・千円）", "64,310"),
    ]
    r = 4
    for label, value in fields:
        _span(ws, r, 1, 2, label, header=True)
        _span(ws, r, 3, 9, value, align="left")
        ws.row_dimensions[r].height = 18
        r += 1
    _text(ws, r + 1, 1, "２　成果指標", bold=True, size=11)
    h = r + 2
    _head2(
        ws,
        h,
        [
            (1, "No."),
            (2, "成果指標"),
            (3, "指標の説明（算出方法・単位）"),
            (4, "R3実績"),
            (5, "R4実績"),
            (8, "目標値\n（R7）"),
            (9, "前年度比"),
        ],
        [(6, 7, "R5", ["目標", "実績"])],
    )
    r = h + 2
    for no, name, desc, *vals, diff in WK_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, desc, size=8)
        _vals(ws, r, 4, vals)
        _put(ws, r, 9, diff, align="right")
        ws.row_dimensions[r].height = 36
        r += 1
    _span(ws, r, 1, 3, "（参考）町内小中学校の児童生徒数（5月1日現在）", fill=LIGHT)
    for c, v in zip(range(4, 10), ["1,012人", "986人", "", "958人", "", ""], strict=True):
        _put(ws, r, c, v, align="right", fill=LIGHT)
    ws.row_dimensions[r].height = 20
    _notes(
        ws,
        r + 2,
        [
            "※前年度比は、R5実績とR4実績の差です。",
            "※No.2はR5から判定方法を変更（校内テスト80点以上を「相当」に含める）。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "wake_shisaku_hyoka_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 苓北町 (熊本県天草郡): まち・ひと・しごと創生総合戦略 KPI の進捗状況（令和4年度）, HTML
# --------------------------------------------------------------------------------------------

# Real (paperzz 苓北町総合戦略 H27.12, reihoku-kumamoto.jp): the 基本目標 wording, 平成27年12月,
# ワーキングスペース富岡城東角櫓 (令和5年5月1日に利用開始), 第7次振興計画「第14期基本計画」(令和6～10年度).
# Made up: the page, its date, 課, every KPI and figure.
RH_BLOCKS = [
    (
        "基本目標1：苓北町にしごとをつくり、安心して働けるようにする",
        [
            (
                "町内の陶磁器関連事業所の年間出荷額を、2.8億円（令和元年度）から3.2億円（令和6年度）に増やします。",
                "2.6億円",
                "2.9億円",
                "産業振興課",
            ),
            (
                "新規漁業就業者数を、令和2年度から令和6年度までの5年間で累計10人とします。",
                "累計3人",
                "累計5人",
                "産業振興課",
            ),
        ],
    ),
    (
        "基本目標2：苓北町への新しいひとの流れをつくる",
        [
            (
                "富岡城周辺の観光入込客数を、年間9.8万人（令和元年度）から年間12万人（令和6年度）に増やします。",
                "7.6万人",
                "10.4万人",
                "まちづくり推進課",
            ),
            (
                "ワーキングスペース富岡城東角櫓の利用者数を、令和6年度に年間1,200人日とします。",
                "―（R5.5開設）",
                "―（R5.5開設）",
                "まちづくり推進課",
            ),
            (
                "町外からの移住者数を、18人（令和元年度）から年間30人（令和6年度）に増やします。",
                "22人",
                "27人",
                "まちづくり推進課",
            ),
        ],
    ),
]

RH_HEAD = """<thead>
<tr><th scope="col">重要業績評価指標（KPI）と目標</th><th scope="col">令和3年度<br>実績</th><th scope="col">令和4年度<br>実績</th><th scope="col">担当課</th></tr>
</thead>"""


def reihoku_html() -> str:
    parts = []
    for goal, rows in RH_BLOCKS:
        body = "\n".join(
            f'<tr><td>{kpi}</td><td class="num">{a3}</td><td class="num">{a4}</td><td class="c">{dept}</td></tr>'
            for kpi, a3, a4, dept in rows
        )
        parts.append(f"<h2>{goal}</h2>\n<table>\n{RH_HEAD}\n<tbody>\n{body}\n</tbody>\n</table>")
    tables = "\n".join(parts)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>総合戦略 重要業績評価指標（KPI）の進捗状況（令和4年度） - 苓北町</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; width: 100%; }}
th, td {{ border: 1px solid #000; padding: 3px 6px; }}
th {{ background: #d9d9d9; }}
td.num {{ text-align: right; white-space: nowrap; }}
td.c {{ text-align: center; }}
</style>
</head>
<body>
<p>トップ &gt; 町政情報 &gt; 計画・行政改革 &gt; 苓北町まち・ひと・しごと創生総合戦略</p>
<h1>苓北町まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の進捗状況（令和4年度）</h1>
<p>掲載日：2023年9月1日　総務企画課</p>
<p>苓北町では、平成27年12月に「苓北町まち・ひと・しごと創生総合戦略」を策定し、人口減少の克服に取り組んでいます。令和5年5月1日には、富岡城二の丸東角櫓を再整備した「ワーキングスペース富岡城東角櫓」の利用を開始しました。なお、苓北町第7次振興計画「第14期基本計画」（令和6年度～令和10年度）の策定にあわせ、本戦略のKPIも見直す予定です。</p>
<p>各基本目標に掲げた重要業績評価指標（KPI）の令和4年度までの実績を、外部有識者会議（委員9名）の意見を踏まえて取りまとめました。目標の値と年度は、指標の文中に記載しています。</p>
{tables}
<p>※ワーキングスペース富岡城東角櫓は令和5年5月1日に開設したため、令和3・4年度の実績はありません。</p>
<p>※新規漁業就業者数は、令和2年度からの累計です。</p>
</body>
</html>
"""


def reihoku() -> Path:
    path = HERE / "reihoku_senryaku_shinchoku_r4.html"
    path.write_bytes(reihoku_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (yusui, sakawa, wake):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {reihoku().name}")


if __name__ == "__main__":
    main()
