"""Build the built documents of forms213/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/morotsuka_kpi_kensho_r5.xlsx``, a 推進計画 KPI 検証シート in the manner of 諸塚村
  (宮崎県): form fields (計画期間, the village's profile, 事業費 in 千円); a 数値目標 grid whose
  periods are **three-year moving averages, written as era-less spans that cross the era change**
  (``基準値（28～30年度）``, ``29～元年度`` … ``3～5年度``, ``4～6年度（見込）``, ``目標値（4～6年度）``),
  ``△`` negatives and a ``±0`` target; a KPI grid whose ``目標値`` spans **``マイルストーン（4年度）``
  and ``最終（6年度）``**; notes with numbers; and the PDF;
* ``source/isen_kpi_kensho_r1.xlsx``, a 総合戦略 検証シート in the manner of 伊仙町 (鹿児島県): form
  fields (計画期間, 人口の将来展望, population, 交付金 money); a 数値目標 grid whose periods are
  **five-year calendar windows in Western years (``2003～2007年`` …, ``目標値（2015～2019年）``)**,
  the 合計特殊出生率 row followed by **a ``（全国順位）`` sub-row of ranks**; and a KPI grid with
  **one row per KPI and year, the year standing only in a bracket closing the name
  (``KPI①　UIターン者数（平成29年度）``), the 目標値 and 実績値 columns carrying no year**, and a
  ``（3か年計）`` row per KPI; a printed 達成状況 per row; and the PDF;
* ``source/matsuno_kanko_kpi_r5.xlsx``, a 総合戦略 KPI 推移表 in the manner of 松野町 (愛媛県): form
  fields; a years-down grid (era-less row labels ``元年度（基準値）`` … ``7年度目標``) whose **two-row
  header names each facility once, in a top cell spanning the KPI columns that measure it**
  (``森の国ぽっぽ温泉`` over ``KPI①　入浴者数（人） | KPI②　売上額（千円）``, ``おさかな館``,
  ``道の駅　虹の森公園``), and **5年度 actuals of the facility closed for two months carrying their
  annualized figure in a labelled bracket, ``28,640（年換算34,370）``**; ``千円``; and the PDF;
* ``abu_kpi_suii_r6.html``, a 総合戦略 KPI の推移 page in the manner of 阿武町 (山口県): a lead of
  real figures; a years-down table (``<th scope="row">``) in which **one fiscal year stands on two
  rows, ``令和4年度（速報）`` and ``令和4年度（確定）``**, with ``令和6年度（見込）`` beside
  ``令和6年度（目標値）`` and a ``数値目標 | 重要業績評価指標（KPI）`` kind row; and a second table whose
  periods are **operating years counted from the campsite's opening day
  (``開設1年目（令和4年3月12日～令和5年3月11日）`` …), straddling fiscal years**.

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
# one decimal, the minus sign written as the accounting mark △
TRI1 = '0.0;"△"0.0;0.0'


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms213/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms213/build.py"
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


def _down(ws, r1, r2, col, value, header=False, **kw):
    """A bordered value merged down r1..r2 of one column."""
    cell = _put(ws, r1, col, value, header=header, **kw)
    for r in range(r1 + 1, r2 + 1):
        _put(ws, r, col, None, header=header)
    if r2 > r1:
        _merge(ws, r1, col, r2, col)
    return cell


def _text(ws, row, col, value, bold=False, size=9, align=None):
    """A borderless text cell (titles, headings, notes)."""
    cell = ws.cell(row=row, column=col, value=value)
    cell.font = Font(name=FONT, size=size, bold=bold)
    cell.alignment = Alignment(horizontal=align or "left", vertical="center")
    return cell


def _notes(ws, row: int, lines: list[str], size=8) -> None:
    for i, line in enumerate(lines):
        _text(ws, row + i, 1, line, size=size)


def _field(ws, row, label, value, c_label, c_value, height=20):
    """A form field: a shaded label cell and a value merged over the given columns."""
    _span(ws, row, c_label[0], c_label[1], label, header=True)
    _span(ws, row, c_value[0], c_value[1], value, align="left")
    ws.row_dimensions[row].height = height


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
    with tempfile.TemporaryDirectory(prefix="forms213_soffice_") as tmp:
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


# --------------------------------------------------------------------------------------------
# 諸塚村 (宮崎県東臼杵郡): まち・ひと・しごと創生推進計画 KPI検証シート（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (諸塚村まち・ひと・しごと創生推進計画, furusato-funding.jp/projects/2578): 総面積18,756ha, 森林
# 17,141ha (91.93%), 昭和35年 8,048人, 平成27年国調 1,739人, 令和3年1月 1,584人, 合計特殊出生率 1.71
# (平成20～24年), 椎茸. 霧六峰 and the 森の古民家 (ituki-kanko.blogspot.com). Made up: the sheet, 課,
# money, every indicator and figure. The averages are those of made-up yearly figures (README).
MR_WINDOWS = ["29～元年度", "30～2年度", "元～3年度", "2～4年度", "3～5年度", "4～6年度\n（見込）"]
MR_GOALS = [
    ("1", "出生数", "人", 8.7, [8.7, 8.0, 7.3, 7.7, 8.3, 8.7], 9.0),
    ("2", "転入者数", "人", 60.3, [61.3, 63.7, 60.3, 66.0, 68.7, 70.3], 65.0),
    ("3", "社会増減数", "人", -10.7, [-9.3, -6.0, -8.7, -3.3, -1.0, 2.3], "±0"),
]
MR_KPIS = [
    ("1", "乾しいたけ生産量", "t", 38.6, [35.2, 33.9, 36.4], [40.0, 42.0]),
    ("2", "森の古民家等への宿泊体験者数", "人", 1120, [640, 1030, 1260], [1000, 1400]),
]


def morotsuka() -> Path:
    wb, ws = _sheet("KPI検証", [5, 30, 6, 11, 10, 10, 10, 10, 10, 10, 11])
    _text(
        ws,
        1,
        1,
        "諸塚村まち・ひと・しごと創生推進計画　KPI検証シート（令和5年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 11, "令和6年9月　諸塚村企画課", align="right")
    _field(ws, 4, "計画期間", "令和2年度～令和6年度（5年間）", (1, 3), (4, 11))
    _field(
        ws,
        5,
        "村の概況",
        "総面積18,756ha（うち森林17,141ha、91.93％）。人口は昭和35年の8,048人をピークに減少し、令和3年1月には1,584人。",
        (1, 3),
        (4, 11),
    )
    _field(ws, 6, "関連事業費（5年度決算・千円）", 38260, (1, 3), (4, 11))
    ws.cell(row=6, column=4).alignment = Alignment(horizontal="left", vertical="center")

    _text(ws, 8, 1, "１　人口の動き（数値目標）", bold=True, size=11)
    h = 9
    for c, word in [(1, "No."), (2, "数値目標"), (3, "単位"), (4, "基準値\n（28～30年度）")]:
        _down(ws, h, h + 1, c, word, header=True)
    _span(ws, h, 5, 10, "実績値（3か年移動平均）", header=True)
    for j, w in enumerate(MR_WINDOWS):
        _put(ws, h + 1, 5 + j, w, header=True)
    _down(ws, h, h + 1, 11, "目標値\n（4～6年度）", header=True)
    ws.row_dimensions[h].height = 20
    ws.row_dimensions[h + 1].height = 30
    r = h + 2
    for no, name, unit, base, acts, target in MR_GOALS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate([base, *acts, target]):
            if isinstance(v, str):
                _put(ws, r, 4 + j, v, align="right")
            else:
                _put(ws, r, 4 + j, v, fmt=TRI1)
        ws.row_dimensions[r].height = 20
        r += 1
    _notes(
        ws,
        r,
        [
            "※1 出生数・転入者数・社会増減数は年ごとの変動が大きいため、各年度を含む直近3か年の実績の平均値（年平均）で評価しています。4～6年度は6年度の見込値を含みます。",
            "※2 年度の表記は元号を省略しています（28～30年度は平成、元～6年度は令和）。",
            "※3 参考：合計特殊出生率は1.71（平成20～24年）、人口は1,739人（平成27年国勢調査）。",
        ],
    )

    r += 4
    _text(ws, r, 1, "２　しごとの指標（KPI）", bold=True, size=11)
    h = r + 1
    for c, word in [
        (1, "No."),
        (2, "重要業績評価指標（KPI）"),
        (3, "単位"),
        (4, "基準値\n（元年度）"),
    ]:
        _down(ws, h, h + 1, c, word, header=True)
    _span(ws, h, 5, 7, "実績値", header=True)
    for j, w in enumerate(["3年度", "4年度", "5年度"]):
        _put(ws, h + 1, 5 + j, w, header=True)
    _span(ws, h, 8, 9, "目標値", header=True)
    _put(ws, h + 1, 8, "マイルストーン\n（4年度）", header=True)
    _put(ws, h + 1, 9, "最終\n（6年度）", header=True)
    ws.row_dimensions[h].height = 20
    ws.row_dimensions[h + 1].height = 30
    r = h + 2
    for no, name, unit, base, acts, targets in MR_KPIS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate([base, *acts, *targets]):
            _put(ws, r, 4 + j, v)
        ws.row_dimensions[r].height = 20
        r += 1
    _notes(
        ws,
        r,
        [
            "※マイルストーンは、最終目標に向けて中間年度（4年度）に到達すべき水準として設定した目標値です。",
            "※乾しいたけ生産量は、村ブランド「霧六峰」としての出荷分を含みます（JA等の集荷実績による）。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "morotsuka_kpi_kensho_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 伊仙町 (鹿児島県大島郡): まち・ひと・しごと創生総合戦略 数値目標及びKPIの検証
# --------------------------------------------------------------------------------------------

# Real: the 合計特殊出生率 2.42 (2003-2007, 1位), 2.81 (2008-2012, 1位), 2.46 (2013-2017, 2位)
# (内閣府 選択する未来 コラム; furusato-funding.jp/projects/2619), the 2060 展望 6,275人 and 社人研 3,452人,
# the 基本目標② wording, 縁結びイベント (奄美新聞 2015-12-24), 6,527人 (2020年12月), 84人の自然減 (2020).
# Made up: the sheet, 課, money, the 出生数 row, every KPI, target, actual, status and note.
IS_GOALS = [
    ("合計特殊出生率", "―", [2.42, 2.81, 2.46], "2.50以上", "0.00"),
    ("（全国順位）", "", ["1位", "1位", "2位"], "―", None),
    ("出生数（年平均）", "人", [95.4, 88.6, 76.2], 80.0, "0.0"),
]
IS_YEARS = ["平成29年度", "平成30年度", "令和元年度", "3か年計"]
IS_KPIS = [
    (
        "KPI①",
        "UIターン者数",
        "人",
        [
            (20, 23, "達成", ""),
            (25, 21, "未達成", "台風24号の影響で移住体験ツアー1回中止"),
            (30, 34, "達成", ""),
            (75, 78, "達成", ""),
        ],
    ),
    (
        "KPI②",
        "縁結びイベントによるカップル成立数",
        "組",
        [
            (3, 4, "達成", ""),
            (3, 2, "未達成", ""),
            (4, 3, "未達成", "イベント参加者数 延べ86人"),
            (10, 9, "未達成", ""),
        ],
    ),
    (
        "KPI③",
        "体験型観光プログラム参加者数",
        "人",
        [
            (500, 354, "未達成", "プログラム数 12（H29）→ 21（R元）"),
            (700, 736, "達成", ""),
            (900, 958, "達成", ""),
            (2100, 2048, "未達成", ""),
        ],
    ),
]


def isen() -> Path:
    wb, ws = _sheet("数値目標・KPI検証", [50, 8, 13, 13, 13, 15, 34])
    _text(
        ws,
        1,
        1,
        "伊仙町まち・ひと・しごと創生総合戦略　数値目標及び重要業績評価指標（KPI）の検証",
        bold=True,
        size=13,
    )
    _text(ws, 2, 7, "令和3年2月　伊仙町まち・ひと・しごと創生推進会議　資料2", align="right")
    _text(ws, 3, 7, "事務局：伊仙町企画課", align="right")
    _field(ws, 5, "計画期間", "平成27年度～令和元年度（5年間）", (1, 1), (2, 7))
    _field(
        ws,
        6,
        "人口の将来展望",
        "2060年に6,275人（6千人台の維持）　※社人研推計では3,452人",
        (1, 1),
        (2, 7),
    )
    _field(ws, 7, "町の人口", "6,527人（2020年12月末、住民基本台帳）", (1, 1), (2, 7))
    _field(
        ws,
        8,
        "地方創生推進交付金事業費（H29～R元・千円）",
        "46,800（うち交付金 23,400）",
        (1, 1),
        (2, 7),
    )

    _text(
        ws,
        10,
        1,
        "１　基本目標②の数値目標（出生率日本一の町の結婚・出産・子育て環境づくり）",
        bold=True,
        size=11,
    )
    h = 11
    _down(ws, h, h + 1, 1, "数値目標", header=True)
    _down(ws, h, h + 1, 2, "単位", header=True)
    _span(ws, h, 3, 5, "実績値（5年間のベイズ推定値・平均）", header=True)
    for j, w in enumerate(["2003～2007年", "2008～2012年", "2013～2017年"]):
        _put(ws, h + 1, 3 + j, w, header=True)
    _down(ws, h, h + 1, 6, "目標値\n（2015～2019年）", header=True)
    ws.row_dimensions[h].height = 20
    ws.row_dimensions[h + 1].height = 20
    r = h + 2
    for name, unit, acts, target, fmt in IS_GOALS:
        sub = name.startswith("（")
        _put(ws, r, 1, name, align="right" if sub else None, size=8 if sub else 9)
        _put(ws, r, 2, unit, align="center")
        for j, v in enumerate([*acts, target]):
            if isinstance(v, str):
                _put(ws, r, 3 + j, v, align="center" if v == "―" else "right", size=8 if sub else 9)
            else:
                _put(ws, r, 3 + j, v, fmt=fmt)
        ws.row_dimensions[r].height = 16 if sub else 20
        r += 1
    _notes(
        ws,
        r,
        [
            "※合計特殊出生率は、厚生労働省「人口動態保健所・市区町村別統計」による5年間のベイズ推定値です。",
            "　（全国順位）は全国の市区町村の中での順位で、参考として掲載しています（目標ではありません）。",
            "※出生数は各5年間の年平均です。2020年の自然減は84人でした。",
        ],
    )

    r += 4
    _text(ws, r, 1, "２　重要業績評価指標（KPI）の達成状況（年度別）", bold=True, size=11)
    h = r + 1
    for c, word in enumerate(
        ["重要業績評価指標（KPI）", "単位", "目標値", "実績値", "達成状況", "備考"], start=1
    ):
        if c == 6:
            _span(ws, h, 6, 7, word, header=True)
        else:
            _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 20
    r = h + 1
    for label, name, unit, rows in IS_KPIS:
        for year, (target, actual, judged, note) in zip(IS_YEARS, rows, strict=True):
            total = year == "3か年計"
            fill = LIGHT if total else None
            _put(ws, r, 1, f"{label}　{name}（{year}）", fill=fill)
            _put(ws, r, 2, unit, align="center", fill=fill)
            _put(ws, r, 3, target, fill=fill)
            _put(ws, r, 4, actual, fill=fill)
            _put(ws, r, 5, judged, align="center", fill=fill)
            _span(ws, r, 6, 7, note, size=8, fill=fill)
            ws.row_dimensions[r].height = 18
            r += 1
    _notes(
        ws,
        r,
        [
            "※KPIは地方創生推進交付金事業（平成29年度～令和元年度）に設定したもので、目標値・実績値は各年度の数値です。",
            "※（3か年計）の行は、平成29年度～令和元年度の目標値・実績値の合計です。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "isen_kpi_kensho_r1.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 松野町 (愛媛県北宇和郡): 第2次森の国まち・ひと・しごと創生総合戦略 観光交流施設のKPIの推移
# --------------------------------------------------------------------------------------------

# Real: 第2次森の国まち・ひと・しごと創生総合戦略, 第5次松野町総合計画, 『小さな町の大きな挑戦』, 3,407人
# (2024-03-01 推計人口), 森の国ぽっぽ温泉 (松丸駅), おさかな館, 道の駅 虹の森公園 and its かごもり市場,
# 44億6,200万円 (15.3%増). Made up: the sheet, 課, every KPI, figure, target, the closure and notes.
MT_GROUPS = [
    ("森の国ぽっぽ温泉", ["KPI①\n入浴者数\n（人）", "KPI②\n売上額\n（千円）"]),
    ("おさかな館", ["KPI③\n入館者数\n（人）"]),
    ("道の駅　虹の森公園", ["KPI④\nレジ通過者数\n（人）", "KPI⑤\nかごもり市場の販売額\n（千円）"]),
]
MT_ROWS = [
    ("元年度（基準値）", [41280, 52460, 58930, 96400, 128350]),
    ("3年度", [29870, 37120, 31650, 71280, 102640]),
    ("4年度", [34560, 43900, 44210, 84930, 118470]),
    ("5年度", ["28,640\n（年換算34,370）", "40,150\n（年換算48,180）", 52380, 92140, 131920]),
    ("5年度目標", [34000, 46000, 50000, 90000, 125000]),
    ("7年度目標", [42000, 54000, 60000, 100000, 135000]),
]


def matsuno() -> Path:
    wb, ws = _sheet("KPIの推移", [16, 13, 13, 13, 13, 18])
    _text(ws, 1, 1, "第2次森の国まち・ひと・しごと創生総合戦略", bold=True, size=12)
    _text(ws, 2, 1, "観光交流施設のKPIの推移（令和5年度）", bold=True, size=13)
    _text(ws, 3, 6, "令和6年7月　松野町ふるさと創生課", align="right")
    _field(
        ws,
        5,
        "位置付け",
        "第5次松野町総合計画と一体的に推進（町政の基本方針『小さな町の大きな挑戦』）",
        (1, 1),
        (2, 6),
    )
    _field(ws, 6, "町の人口", "3,407人（令和6年3月1日現在、推計人口）", (1, 1), (2, 6))
    _field(
        ws,
        7,
        "6年度当初予算",
        "一般会計 44億6,200万円（前年度比15.3％増）",
        (1, 1),
        (2, 6),
    )

    _text(ws, 9, 1, "■観光交流施設のKPIの推移", bold=True, size=11)
    h = 10
    _down(ws, h, h + 1, 1, "年度", header=True)
    c = 2
    for facility, cols in MT_GROUPS:
        _span(ws, h, c, c + len(cols) - 1, facility, header=True)
        for j, w in enumerate(cols):
            _put(ws, h + 1, c + j, w, header=True)
        c += len(cols)
    ws.row_dimensions[h].height = 20
    ws.row_dimensions[h + 1].height = 44
    r = h + 2
    for label, vals in MT_ROWS:
        target = "目標" in label
        fill = LIGHT if target else None
        _put(ws, r, 1, label, header=True, fill=fill if target else SHADE)
        for j, v in enumerate(vals):
            _put(ws, r, 2 + j, v, align="right", fill=fill)
        ws.row_dimensions[r].height = 30 if label == "5年度" else 20
        r += 1
    _notes(
        ws,
        r,
        [
            "※森の国ぽっぽ温泉は、令和5年12月から令和6年1月までの2か月間、ボイラー改修工事のため休館しました。",
            "　5年度の（　）内は、営業した10か月の実績を12か月分に換算した参考値です。",
            "※かごもり市場は道の駅虹の森公園の農産物直売所です。網掛けの行は目標値です。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "matsuno_kanko_kpi_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 阿武町 (山口県阿武郡): 第2期阿武町総合戦略 KPIの推移
# --------------------------------------------------------------------------------------------

# Real (広報あぶ 令和4年度・令和6年度施政方針; 山口経済新聞; TBS NEWS DIG): 2020年の予測人口2,946人と
# 実績3,055人, 出生数 R4年度12人・R5年度17人 (平成28～令和3年度は1桁), 社会増減 R4年度 +17人, 道の駅阿武町
# (道の駅発祥の地), 柳橋分譲宅地 29区画中26区画, ABUキャンプフィールド (令和4年3月12日開設、62サイト、
# 1年目 目標10,000人を2,000人上回る12,000人、2年6か月で3万人), 道の駅 5.8%増・温泉 22.9%増.
# Made up: the page, date, 課, the strategy's name, every other figure and target.
AB_ROWS = [
    ("令和元年度（基準値）", ["6", "△12", "18", "412,300"]),
    ("令和2年度", ["8", "△5", "21", "356,800"]),
    ("令和3年度", ["7", "+2", "25", "371,400"]),
    ("令和4年度（速報）", ["12", "+17", "31", "398,200"]),
    ("令和4年度（確定）", ["12", "+17", "29", "401,650"]),
    ("令和5年度（速報）", ["17", "+11", "27", "420,900"]),
    ("令和6年度（見込）", ["14", "+10", "30", "425,000"]),
    ("令和6年度（目標値）", ["10", "±0", "30", "430,000"]),
]


def abu_html() -> str:
    rows = []
    for label, vals in AB_ROWS:
        cls = ' class="goal"' if "目標値" in label else ""
        rows.append(
            f'<tr{cls}><th scope="row">{label}</th>'
            + "".join(f'<td class="num">{v}</td>' for v in vals)
            + "</tr>"
        )
    body = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>第2期阿武町総合戦略 KPIの推移 - 阿武町</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.6em; }}
th, td {{ border: 1px solid #000; padding: 2px 8px; }}
thead th {{ background: #d9d9d9; }}
tbody th {{ background: #f2f2f2; text-align: left; font-weight: normal; }}
tr.goal th, tr.goal td {{ background: #fde9d9; }}
td.num {{ text-align: right; }}
p.note {{ font-size: 9pt; margin: 0.2em 0; }}
</style>
</head>
<body>
<p class="breadcrumb"><a href="/">トップページ</a> &gt; <a href="/soshiki/">組織から探す</a> &gt; まちづくり推進課 &gt; 第2期阿武町総合戦略 KPIの推移</p>
<h1>第2期阿武町総合戦略 KPIの推移</h1>
<p class="date">更新日：令和6年12月10日　担当：まちづくり推進課</p>
<p>第2期阿武町総合戦略（令和2年度～令和6年度）に掲げた数値目標と重要業績評価指標（KPI）の推移をお知らせします。第1次阿武町総合戦略の人口ビジョンでは、2020年（令和2年）の人口を2,946人と予測していましたが、実績は3,055人となり、人口減少にわずかながら歯止めがかかっています。</p>
<p>出生数は、平成28年度から令和3年度までの6年間1桁台が続きましたが、令和4年度は7年ぶりに12人と2桁に回復し、令和5年度は17人でした。令和4年度の社会増減はプラス17人の転入超過となり、昭和30年の町発足以来最大となりました。また、柳橋分譲宅地は29区画のうち26区画が売れています。</p>
<h2>1　数値目標とKPIの推移</h2>
<p class="note">※速報値は各年度末時点の集計、確定値は翌年度に統計・決算が確定した後の数値です（令和5年度の確定値は集計中です）。</p>
<p class="note">※令和6年度（見込）は、令和6年11月末時点の実績から推計した年度末の見込値です。</p>
<table class="kpi">
<thead>
<tr><th rowspan="2" scope="col">年度</th><th colspan="2" scope="colgroup">数値目標</th><th colspan="2" scope="colgroup">重要業績評価指標（KPI）</th></tr>
<tr><th scope="col">出生数<br>（人）</th><th scope="col">社会増減数<br>（人）</th><th scope="col">KPI①　移住者数<br>（人）</th><th scope="col">KPI②　道の駅阿武町の売上高<br>（千円）</th></tr>
</thead>
<tbody>
{body}
</tbody>
</table>
<p class="note">※社会増減数の「△」は転出超過、「+」は転入超過を表します。</p>
<p class="note">※道の駅阿武町の売上は、ABUキャンプフィールド開設後（令和4年度4月～11月）に前年同期比5.8％増、隣接する日本海温泉・鹿島の湯は22.9％増となりました。</p>
<h2>2　ABUキャンプフィールドの利用者数</h2>
<p>ABUキャンプフィールドは、町の縁側事業の拠点として令和4年3月12日に道の駅阿武町の隣に開設しました（全62サイト）。利用者数は開設日から1年ごとに集計しています。開設1年目は目標を2,000人上回る12,000人が利用し、令和6年9月には開設からの来場者が3万人を達成しました。</p>
<table class="kpi">
<thead>
<tr><th scope="col">KPI</th><th scope="col">区分</th><th scope="col">開設1年目<br>（令和4年3月12日～令和5年3月11日）</th><th scope="col">開設2年目<br>（令和5年3月12日～令和6年3月11日）</th><th scope="col">開設3年目<br>（令和6年3月12日～令和7年3月11日）</th></tr>
</thead>
<tbody>
<tr><th rowspan="2" scope="rowgroup">KPI③　ABUキャンプフィールドの利用者数（人）</th><th scope="row">目標</th><td class="num">10,000</td><td class="num">12,000</td><td class="num">13,000</td></tr>
<tr><th scope="row">実績</th><td class="num">12,000</td><td class="num">12,480</td><td class="num">―</td></tr>
</tbody>
</table>
<p class="note">※開設3年目の実績は、令和7年3月11日までの集計後に掲載します。</p>
<p class="note">※来場者は山口県外が約6割、県内が約4割です。</p>
<p>このページに関するお問い合わせ　阿武町役場 まちづくり推進課</p>
</body>
</html>
"""


def abu() -> Path:
    path = HERE / "abu_kpi_suii_r6.html"
    path.write_bytes(abu_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (morotsuka, isen, matsuno):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {abu().name}")


if __name__ == "__main__":
    main()
