"""Build the documents of forms424/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/kanie_jimujigyo_hyoka_r6.xlsx``, a 事務事業評価シート in the manner of 蟹江町 (愛知県海部郡):
  **each indicator on a pair of rows, ``計画`` / ``実績``, years across**, 区分 merged down, and **a unit note
  that makes one row's values from R5 on 千人 while its R3/R4 values are 人**; and the PDF (portrait);
* ``source/ayabe_kpi_saishu_kensho_r6.xlsx``, a 総合戦略 KPI 最終検証シート in the manner of 綾部市 (京都府):
  **a third header row of column letters ``(a)``, ``(c)``, ``(b)``, ``(c)/(b)`` under 基準値, R6, 目標値 and a
  達成率 column**, **a target head ``目標値（最終年度）`` dated only by the form's 計画期間**, a ``（見込）`` actual,
  ◎/○/△ marks with their legend; and the PDF (landscape);
* ``kamigori_senryaku_kpi_r5.xlsx``, a workbook left as it is, a 総合戦略 KPI進捗状況 in the manner of 上郡町
  (兵庫県赤穂郡): 基本目標 band rows inside the grid and **a target head split into ``当初`` | ``変更後``, where
  the revised rows show the 当初 value struck through (font strikethrough)**;
* ``omaezaki_senryaku_kpi_r6.html``, a 総合戦略 KPI実績 page in the manner of 御前崎市 (静岡県): **基準値 and
  目標値 each split into a value column and a 年度 column, so every row carries its own base and target year**,
  ``万t`` in 単位, ``63（速報値）``, ``集計中``.

The PDF steps are skipped, with a message, when ``soffice`` is not installed.
These are re-typed forms of other municipalities, not their own files (README.md, SOURCES.tsv).

The XLSX and HTML files are byte-stable: fixed document dates, and the zip members are
rewritten with a fixed timestamp. The PDFs carry LibreOffice's creation date, so they differ
by that only.
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
FIXED = dt.datetime(2026, 12, 7, 0, 0, 0)


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms424/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms424/build.py"
    ws = wb.active
    ws.title = title
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    return wb, ws


def _put(ws, row, col, value, header=False, fmt=None, align=None, size=9, bold=False, fill=None):
    """A bordered cell. Numbers stay numbers, with a number format."""
    cell = ws.cell(row=row, column=col, value=None if value == "" else value)
    cell.border = BORDER
    cell.font = Font(name=FONT, size=size, bold=bold)
    if header:
        cell.fill = SHADE
        cell.alignment = Alignment(horizontal=align or "center", vertical="center", wrap_text=True)
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        cell.alignment = Alignment(horizontal=align or "right", vertical="center")
        cell.number_format = fmt or ("#,##0" if isinstance(value, int) else "0.0")
    else:
        cell.alignment = Alignment(horizontal=align or "left", vertical="center", wrap_text=True)
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
        _put(ws, row, c, None, header=header, fill=kw.get("fill"))
    if c2 > c1:
        _merge(ws, row, c1, row, c2)
    return cell


def _text(ws, row, col, value, bold=False, size=9, align=None):
    """A borderless text cell (titles, headings, notes)."""
    cell = ws.cell(row=row, column=col, value=value)
    cell.font = Font(name=FONT, size=size, bold=bold)
    cell.alignment = Alignment(horizontal=align or "left", vertical="center")
    return cell


def _field(ws, row, label, value, c_last, height=18, lw=2):
    """A bordered key-value row: the label over columns 1..lw, the value merged to c_last."""
    _span(ws, row, 1, lw, label, header=True)
    cell = _span(ws, row, lw + 1, c_last, value)
    cell.alignment = Alignment(horizontal="left", vertical="center", wrap_text=True)
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
                data = re.sub(
                    rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                    rb"\g<1>2026-12-07T00:00:00Z\g<2>",
                    data,
                )
            info = zipfile.ZipInfo(name, date_time=(2026, 12, 7, 0, 0, 0))
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
    with tempfile.TemporaryDirectory(prefix="forms424_soffice_") as tmp:
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


# --------------------------------------------------------------------------------------------
# 蟹江町 (愛知県海部郡): 令和６年度 事務事業評価シート（令和５年度実施事業）, PDF (portrait)
# --------------------------------------------------------------------------------------------

# Real: 11.09km², rivers on about a fifth of the town, 「水郷の町」, 須成祭 (ユネスコ無形文化遺産), いちじく,
# about 10 minutes by train from 名古屋駅. Made up: the 事業, its span, the 課, the indicators and every value.
KA_ROWS = [
    # (区分, label, name, unit cell, 計画 R3..R6, 実績 R3..R6)
    ("活動指標", "ア", "川めぐり遊覧船の運航日数", "日", [20, 24, 24, 24], [18, 25, 22, None]),
    ("活動指標", "イ", "観光案内所の開所日数", "日", [300, 300, 310, 310], [296, 301, 312, None]),
    (
        "成果指標",
        "ウ",
        "観光入込客数",
        "人 ※1",
        [190000, 200000, 215.0, 230.0],
        [182400, 203100, 221.6, None],
    ),
    (
        "成果指標",
        "エ",
        "いちじく加工品の販売額",
        "千円",
        [4000, 4500, 5000, 5500],
        [3620, 4710, 4880, None],
    ),
]


def kanie() -> Path:
    wb, ws = _sheet("事務事業評価シート", [9, 4, 30, 8, 7, 11, 11, 11, 11])
    _page(ws, "portrait")
    last = 9
    _text(ws, 1, 1, "令和６年度　事務事業評価シート（令和５年度実施事業）", bold=True, size=13)
    _text(ws, 2, 9, "蟹江町", align="right")
    _text(ws, 4, 1, "１　事業の概要", bold=True, size=10)
    _field(ws, 5, "事務事業名", "水郷のまち観光交流推進事業", last)
    _field(ws, 6, "担当課", "産業振興課", last)
    _field(ws, 7, "事業期間", "令和3年度～令和6年度", last)
    _field(
        ws,
        8,
        "事業の概要",
        "町域11.09km²の約5分の1を河川が占める「水郷の町」の資源を活かし、ユネスコ無形文化遺産に登録された須成祭や"
        "特産のいちじくを町外へ発信する。名古屋駅から電車で約10分の立地を活かし、年2回の川めぐりイベントの開催と"
        "観光案内所の運営を行う。",
        last,
        height=48,
    )
    _text(ws, 10, 1, "２　指標の推移", bold=True, size=10)
    heads = ["区分", "指標名", "", "単位", "計画・実績", "R3年度", "R4年度", "R5年度", "R6年度"]
    for c, h in enumerate(heads, start=1):
        _put(ws, 11, c, h, header=True)
    _merge(ws, 11, 2, 11, 3)
    r = 12
    for kubun in ("活動指標", "成果指標"):
        rows = [x for x in KA_ROWS if x[0] == kubun]
        top = r
        for _k, label, name, unit, plan, act in rows:
            _put(ws, r, 2, label, align="center")
            _put(ws, r, 3, name)
            _put(ws, r, 4, unit, align="center")
            _merge(ws, r, 2, r + 1, 2)
            _merge(ws, r, 3, r + 1, 3)
            _merge(ws, r, 4, r + 1, 4)
            _put(ws, r, 5, "計画", align="center", fill=LIGHT)
            _put(ws, r + 1, 5, "実績", align="center")
            for c, v in zip(range(6, 10), plan):
                _put(ws, r, c, v, fill=LIGHT, fmt="#,##0.0" if isinstance(v, float) else None)
            for i, v in enumerate(act):
                _put(
                    ws,
                    r + 1,
                    6 + i,
                    "" if v is None else v,
                    fmt="#,##0.0" if isinstance(v, float) else None,
                )
            ws.row_dimensions[r].height = 16
            ws.row_dimensions[r + 1].height = 16
            r += 2
        _put(ws, top, 1, kubun, align="center")
        _merge(ws, top, 1, r - 1, 1)
    _notes(
        ws,
        r + 1,
        [
            "※1　ウの値は、R3年度・R4年度は人単位、R5年度以降は千人単位で計上している（例：215.0＝215,000人）。",
            "※　R6年度の実績は令和7年度に記入する。須成祭（ユネスコ無形文化遺産）開催年は来訪者が増える傾向にある。",
        ],
    )
    _text(ws, r + 4, 1, "３　評価", bold=True, size=10)
    _field(
        ws,
        r + 5,
        "評価",
        "B（概ね順調）　遊覧船は荒天により2日運休したが、入込客数は計画を上回った。",
        last,
        height=30,
    )
    path = SOURCE / "kanie_jimujigyo_hyoka_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 綾部市 (京都府): 第２期総合戦略 重要業績評価指標（KPI）最終検証シート, PDF (landscape)
# --------------------------------------------------------------------------------------------

# Real: 第2期綾部市まち・ひと・しごと創生総合戦略, 令和2～6年度の5年間, 基本戦略2 「住みたくなる」綾部に向けた
# 交流・定住促進, 347.10km², 由良川, グンゼ (明治29年), 30,356人 (令和6年3月1日), the two expressways.
# Made up: the 課, the KPIs, every value, rate and mark.
AY_ROWS = [
    # (No., name, unit, base, R2..R6, target, rate, mark)
    ("1", "移住相談窓口を通じた移住者数", "人", 42, [38, 51, 47, 56, 60], 55, "109.1%", "◎"),
    ("2", "空き家バンクの成約件数", "件", 18, [15, 22, 24, 19, 21], 25, "84.0%", "○"),
    (
        "3",
        "主要観光施設の入込客数",
        "千人",
        312.5,
        [198.4, 231.0, 268.7, 290.3, 301.2],
        330.0,
        "91.3%",
        "○",
    ),
    (
        "4",
        "里山交流研修施設の宿泊者数",
        "人",
        1850,
        [420, 960, 1530, 1780, 1700],
        2300,
        "73.9%",
        "△",
    ),
    ("5", "市外からの転入者数", "人", 812, [790, 826, 805, 851, "843（見込）"], 900, "93.7%", "○"),
]


def ayabe() -> Path:
    wb, ws = _sheet("KPI最終検証", [5, 30, 6, 10, 8, 8, 8, 8, 12, 11, 8, 8])
    _page(ws, "landscape")
    last = 12
    _text(
        ws,
        1,
        1,
        "第２期綾部市まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）最終検証シート",
        bold=True,
        size=13,
    )
    _text(ws, 2, 12, "令和7年7月", align="right")
    _field(ws, 3, "戦略の名称", "第2期綾部市まち・ひと・しごと創生総合戦略", last)
    _field(ws, 4, "計画期間", "令和2年度～令和6年度（5年間）", last)
    _field(ws, 5, "担当課", "企画政策課", last)
    _field(
        ws,
        6,
        "市の概要",
        "市街地を由良川が流れる面積347.10km²の市で、明治29年創業のグンゼ発祥の地。人口は30,356人（令和6年3月1日推計）。"
        "舞鶴若狭自動車道と京都縦貫自動車道が交わる交通の要衝にある。",
        last,
        height=32,
    )
    _text(ws, 8, 1, "基本戦略２　「住みたくなる」綾部に向けた交流・定住促進", bold=True, size=10)
    h1, h2, h3 = 9, 10, 11
    for c, h in ((1, "No."), (2, "重要業績評価指標（KPI）"), (3, "単位"), (12, "達成状況")):
        _put(ws, h1, c, h, header=True)
        _put(ws, h2, c, None, header=True)
        _put(ws, h3, c, None, header=True)
        _merge(ws, h1, c, h3, c)
    _put(ws, h1, 4, "基準値", header=True)
    _put(ws, h2, 4, "（R元）", header=True)
    _span(ws, h1, 5, 9, "実績値", header=True)
    for i, y in enumerate(["R2", "R3", "R4", "R5", "R6"]):
        _put(ws, h2, 5 + i, y, header=True)
    _put(ws, h1, 10, "目標値", header=True)
    _put(ws, h2, 10, "（最終年度）", header=True)
    _put(ws, h1, 11, "達成率", header=True)
    _put(ws, h2, 11, None, header=True)
    _merge(ws, h1, 11, h2, 11)
    for c in range(4, 12):
        _put(ws, h3, c, {4: "(a)", 9: "(c)", 10: "(b)", 11: "(c)/(b)"}.get(c, ""), header=True)
    r = 12
    for no, name, unit, base, acts, target, rate, mark in AY_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        fmt = "#,##0.0" if isinstance(base, float) else None
        _put(ws, r, 4, base, fmt=fmt)
        for i, v in enumerate(acts):
            _put(ws, r, 5 + i, v, fmt=fmt, align="right")
        _put(ws, r, 10, target, fmt=fmt)
        _put(ws, r, 11, rate, align="right")
        _put(ws, r, 12, mark, align="center")
        ws.row_dimensions[r].height = 18
        r += 1
    _notes(
        ws,
        r,
        [
            "※達成率は (c)/(b)（R6実績値÷目標値）。No.5のR6実績は令和7年3月末までの見込値による。",
            "※達成状況　◎：目標を達成　○：目標の8割以上　△：目標の8割未満",
            "※No.3の主要観光施設は、あやべ温泉、グンゼ記念館ほか計4施設。",
        ],
    )
    path = SOURCE / "ayabe_kpi_saishu_kensho_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 上郡町 (兵庫県赤穂郡): 総合戦略 KPI進捗状況（令和５年度実績）, a workbook left as it is
# --------------------------------------------------------------------------------------------

# Real: 150.26km², 千種川 (全国名水百選) running north-south through the town, the 1955 merger with 高田村・鞍居村・
# 船坂村 and part of 赤松村, 白旗城 (赤松円心), 12,933人 (2024年10月1日推計). Assumed: the strategy's name and span.
# Made up: the 課, the headings, the KPIs, every value and the revision.
KG_BLOCKS = [
    (
        "基本目標１　千種川と歴史を活かした しごと・交流をつくる",
        [
            # (No., name, unit, base, R3..R5, 当初, 変更後, 備考)
            (
                "1",
                "白旗城跡・千種川周辺の観光入込客数",
                "千人",
                142.0,
                [96.5, 118.2, 131.7],
                160.0,
                140.0,
                "R4改訂で下方修正",
            ),
            ("2", "新規就農者数", "人", 2, [3, 1, 4], 3, None, ""),
            ("3", "町内での新規創業件数", "件", 3, [2, 4, 5], 4, 6, "R4改訂で上方修正"),
        ],
    ),
    (
        "基本目標２　安心して子どもを産み育てられるまちをつくる",
        [
            ("4", "出生数", "人", 71, [64, 58, 55], 75, None, ""),
            (
                "5",
                "子育て支援センターの利用者数",
                "人",
                8420,
                [5130, 6877, 7905],
                9000,
                8000,
                "R4改訂で下方修正",
            ),
        ],
    ),
]


def kamigori() -> Path:
    wb, ws = _sheet("KPI進捗（R5）", [5, 32, 6, 11, 9, 9, 9, 10, 10, 18])
    _page(ws, "landscape")
    last = 10
    _text(
        ws,
        1,
        1,
        "上郡町まち・ひと・しごと創生総合戦略（第2期）　KPI進捗状況（令和５年度実績）",
        bold=True,
        size=12,
    )
    _field(ws, 3, "計画期間", "令和2年度～令和6年度", last)
    _field(ws, 4, "担当課", "企画政策課", last)
    _field(
        ws,
        5,
        "町の概要",
        "面積150.26km²。千種川（全国名水百選）が町の中央を南北に流れる。昭和30年に高田村・鞍居村・船坂村・赤松村の一部と合併し、"
        "現在の町域となった。人口は12,933人（令和6年10月1日推計）。",
        last,
        height=32,
    )
    h1, h2 = 7, 8
    for c, h in (
        (1, "No."),
        (2, "重要業績評価指標（KPI）"),
        (3, "単位"),
        (4, "基準値（R元）"),
        (10, "備考"),
    ):
        _put(ws, h1, c, h, header=True)
        _put(ws, h2, c, None, header=True)
        _merge(ws, h1, c, h2, c)
    _span(ws, h1, 5, 7, "実績値", header=True)
    for i, y in enumerate(["R3", "R4", "R5"]):
        _put(ws, h2, 5 + i, y, header=True)
    _span(ws, h1, 8, 9, "目標値（R6）", header=True)
    _put(ws, h2, 8, "当初", header=True)
    _put(ws, h2, 9, "変更後", header=True)
    r = 9
    for heading, rows in KG_BLOCKS:
        _span(ws, r, 1, last, heading, bold=True, fill=LIGHT)
        r += 1
        for no, name, unit, base, acts, first, revised, note in rows:
            fmt = "#,##0.0" if isinstance(base, float) else None
            _put(ws, r, 1, no, align="center")
            _put(ws, r, 2, name)
            _put(ws, r, 3, unit, align="center")
            _put(ws, r, 4, base, fmt=fmt)
            for i, v in enumerate(acts):
                _put(ws, r, 5 + i, v, fmt=fmt)
            cell = _put(ws, r, 8, first, fmt=fmt)
            if revised is not None:
                cell.font = Font(name=FONT, size=9, strike=True)
            _put(ws, r, 9, "" if revised is None else revised, fmt=fmt)
            _put(ws, r, 10, note)
            r += 1
    _notes(
        ws,
        r,
        [
            "※「変更後」欄は、令和4年度の戦略改訂で見直した目標値。見直した指標の当初目標値は取消線で示している。",
            "※No.1は町観光協会調べ。白旗城跡は赤松円心が築いた山城で、毎年4月に白旗城まつりを開催している。",
        ],
    )
    path = HERE / "kamigori_senryaku_kpi_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 御前崎市 (静岡県): 総合戦略 重要業績評価指標（KPI）の実績, HTML
# --------------------------------------------------------------------------------------------

# Real: 65.56km², the 2004年4月1日 merger of 御前崎町 and 浜岡町, 御前埼灯台 (1874年, 重要文化財), アカウミガメ and
# its 産卵地 (天然記念物), 御前崎港, 29,308人 (2024年5月1日推計), the 第2次御前崎市総合計画. Assumed: the strategy's
# name and span. Made up: the 課, the KPIs and every value.
OM_ROWS = [
    # (No., name, unit, base, base year, 2022..2024, target, target year)
    (
        "1",
        "御前崎港の取扱貨物量",
        "万t",
        "152.3",
        "R元",
        ["148.0", "155.6", "160.2"],
        "170.0",
        "R7",
    ),
    ("2", "アカウミガメの上陸・産卵確認数", "回", "88", "R元", ["102", "95", "121"], "100", "R6"),
    (
        "3",
        "市内宿泊施設の宿泊者数",
        "人",
        "168,400",
        "H30",
        ["121,300", "145,800", "152,900"],
        "180,000",
        "R7",
    ),
    ("4", "移住相談件数", "件", "24", "R2", ["41", "55", "63（速報値）"], "60", "R6"),
    ("5", "合計特殊出生率", "―", "1.58", "H30", ["1.49", "1.45", "集計中"], "1.70", "R7"),
]


def omaezaki_html() -> str:
    rows = []
    for no, name, unit, base, by, acts, target, ty in OM_ROWS:
        cells = "".join(f"<td>{v}</td>" for v in acts)
        rows.append(
            f'      <tr><td>{no}</td><th scope="row">{name}</th><td>{unit}</td><td>{base}</td><td>{by}</td>{cells}<td>{target}</td><td>{ty}</td></tr>'
        )
    body = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>御前崎市まち・ひと・しごと創生総合戦略 重要業績評価指標（KPI）の実績（令和６年度）｜御前崎市</title>
</head>
<body>
<nav class="breadcrumb"><ol>
  <li><a href="/">トップページ</a></li>
  <li><a href="/kurashi/">くらし・手続き</a></li>
  <li><a href="/kurashi/shisei/">市政情報</a></li>
  <li><a href="/kurashi/shisei/shisaku/keikaku/">計画・施策</a></li>
  <li>総合戦略KPIの実績（令和６年度）</li>
</ol></nav>
<main>
<h1>御前崎市まち・ひと・しごと創生総合戦略 重要業績評価指標（KPI）の実績（令和６年度）</h1>
<p class="date">更新日：2025年9月12日　担当：企画政策課</p>
<p>御前崎市は、2004年（平成16年）4月1日に御前崎町と浜岡町が合併して誕生した、面積65.56km²の市です。
県の最南端に立つ御前埼灯台は1874年（明治7年）に点灯し、国の重要文化財に指定されています。
人口は29,308人（2024年5月1日推計）です。</p>
<p>総合戦略は「第2次御前崎市総合計画」と整合を図りながら推進しています。令和6年度までの実績は次のとおりです。</p>
<h2>重要業績評価指標（KPI）の実績</h2>
<table class="kpi" border="1">
  <thead>
    <tr><th rowspan="2">No.</th><th rowspan="2">KPI</th><th rowspan="2">単位</th><th colspan="2">基準値</th><th colspan="3">実績値</th><th colspan="2">目標値</th></tr>
    <tr><th>数値</th><th>年度</th><th>2022年度</th><th>2023年度</th><th>2024年度</th><th>数値</th><th>年度</th></tr>
  </thead>
  <tbody>
{body}
  </tbody>
</table>
<ul class="notes">
  <li>※「年度」欄は、基準値を測定した年度及び目標を達成する年度を示します。</li>
  <li>※No.2は御前崎海岸で確認した上陸・産卵の回数です（アカウミガメとその産卵地は国の天然記念物）。</li>
  <li>※No.4の2024年度は速報値です。No.5の2024年度は県の人口動態統計の公表後（2025年10月頃）に掲載します。</li>
</ul>
<p class="contact">お問い合わせ　企画政策課　電話：0537-85-1111（代表）</p>
</main>
</body>
</html>
"""


def omaezaki() -> Path:
    path = HERE / "omaezaki_senryaku_kpi_r6.html"
    path.write_text(omaezaki_html(), encoding="utf-8")
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    print(f"wrote {omaezaki().name}")
    print(f"wrote {kamigori().name}")
    for make in (kanie, ayabe):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)


if __name__ == "__main__":
    main()
