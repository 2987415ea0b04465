"""Build the built documents of forms35/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/hiji_jimujigyo_h28.xlsx``, a sheet in the manner of 日出町 (大分県) 事務事業評価シート (key-value
  fields with 事業費 in 千円, a KPI grid whose upper header row says 目標値 / 実績値 and whose lower row gives
  the years, 活動指標 / 成果指標 merged down the side, a 達成率 column), and from it ``hiji_jimujigyo_h28.pdf``;
* ``source/maniwa_kpi_shinchoku_h28.xlsx``, a sheet in the manner of 真庭市 (岡山県) 総合戦略 アクションプラン
  KPI 進捗 (基準年度 and 目標年度 as columns holding years, 基本目標 / 施策 rows spanning the grid, 千人 in
  the 単位 column), and from it ``maniwa_kpi_shinchoku_h28.pdf``;
* ``source/yoshinogawa_kpi_kensho_h29.xlsx``, a sheet in the manner of 吉野川市 (徳島県) 総合戦略 KPI の検証
  (目標値 left of 基準値, 施策 merged down its rows, a 施策 marked 【再掲】, 約 and 累計), and from it
  ``yoshinogawa_kpi_kensho_h29.pdf``;
* ``kakegawa_seika_shihyo_r4.html``, a page in the manner of 掛川市 (静岡県) 第2次総合計画 成果指標の達成状況
  (目標値 / 実績値 over era years, values with 万 in the cell, a 達成状況 word column).

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
FIXED = dt.datetime(2026, 12, 4, 0, 0, 0)


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms35/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms35/build.py"
    ws = wb.active
    ws.title = title
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    return wb, ws


def _put(ws, row, col, value, header=False, fmt=None, align=None, size=9, bold=False, valign=None):
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
                    rb"\g<1>2026-12-04T00:00:00Z\g<2>",
                    data,
                )
            info = zipfile.ZipInfo(name, date_time=(2026, 12, 4, 0, 0, 0))
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
    with tempfile.TemporaryDirectory(prefix="forms35_soffice_") as tmp:
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
# 日出町 (大分県): 事務事業評価シート — 目標値 / 実績値 を上段に、年度を下段に置いた二段見出し
# --------------------------------------------------------------------------------------------

# Real (日出町まち・ひと・しごと創生総合戦略, 平成27年9月): the town, the 戦略's name and 基本目標2
# 「新しい人の流れをつくり、定住を促進する」. Made up: the sheet, the 事業, every field, indicator and figure.
HIJI_ROWS = [
    # (区分, 指標名, 単位, 目標 H27, 目標 H28, 実績 H26, 実績 H27, 達成率)
    ("活動指標", "移住相談会の開催回数", "回", 6, 8, 4, 7, "116.7%"),
    ("活動指標", "空き家バンク登録件数", "件", 20, 25, 12, 18, "90.0%"),
    ("成果指標", "町外からの移住者数", "人", 30, 40, 21, 33, "110.0%"),
    ("成果指標", "空き家バンク成約件数", "件", 10, 12, 6, "―", "―"),
    ("成果指標", "移住相談件数", "件", 120, 150, 98, 104, "86.7%"),
]


def hiji() -> Path:
    widths = [10, 30, 6, 9, 9, 9, 9, 11]
    wb, ws = _sheet("評価シート", widths)
    _text(ws, 1, 1, "平成28年度　事務事業評価シート（平成27年度実施事業）", bold=True, size=13)
    _text(ws, 2, 8, "日出町", align="right")
    fields = [
        ("事務事業名", "移住定住促進事業"),
        ("担当課", "政策推進課"),
        ("総合戦略上の位置付け", "基本目標２　新しい人の流れをつくり、定住を促進する"),
        ("事業費", "平成27年度決算額　4,860千円（うち地方創生交付金　2,430千円）"),
    ]
    r = 3
    for key, value in fields:
        _span(ws, r, 1, 2, key, header=True)
        _span(ws, r, 3, 8, value)
        ws.row_dimensions[r].height = 18
        r += 1
    _text(ws, r + 1, 1, "３　指標の状況", bold=True, size=10)
    h1 = r + 2
    h2 = h1 + 1
    for col, word in ((1, "指標区分"), (2, "指標名"), (3, "単位")):
        _put(ws, h1, col, word, header=True)
        _put(ws, h2, col, None, header=True)
        _merge(ws, h1, col, h2, col)
    _span(ws, h1, 4, 5, "目標値", header=True)
    _span(ws, h1, 6, 7, "実績値", header=True)
    _put(ws, h1, 8, "達成率\n（H27）", header=True)
    _put(ws, h2, 8, None, header=True)
    _merge(ws, h1, 8, h2, 8)
    for col, word in ((4, "H27"), (5, "H28"), (6, "H26"), (7, "H27")):
        _put(ws, h2, col, word, header=True)
    r = h2 + 1
    first = r
    for i, (kind, name, unit, t27, t28, a26, a27, rate) in enumerate(HIJI_ROWS):
        _put(ws, r, 1, kind if i in (0, 2) else None, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for col, v in ((4, t27), (5, t28), (6, a26), (7, a27)):
            _put(ws, r, col, v, align="center" if isinstance(v, str) else None)
        _put(ws, r, 8, rate, align="right")
        ws.row_dimensions[r].height = 20
        r += 1
    _merge(ws, first, 1, first + 1, 1)
    _merge(ws, first + 2, 1, first + 4, 1)
    _text(ws, r, 1, "※達成率は平成27年度の実績値÷目標値。", size=8)
    _text(ws, r + 1, 1, "※空き家バンク成約件数の平成27年度実績は宅建協会の集計待ち。", size=8)
    _text(ws, r + 3, 1, "４　評価", bold=True, size=10)
    _span(ws, r + 4, 1, 2, "一次評価", header=True)
    _span(ws, r + 4, 3, 8, "B（概ね順調）")
    _span(ws, r + 5, 1, 2, "今後の方向性", header=True)
    _span(ws, r + 5, 3, 8, "改善して継続（移住相談会を県外でも開催する）")
    _page(ws, "portrait")
    path = SOURCE / "hiji_jimujigyo_h28.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 真庭市 (岡山県): 総合戦略アクションプラン KPI 進捗 — 基準年度 / 目標年度 を列に持つ一覧
# --------------------------------------------------------------------------------------------

# Real (真庭市 アクションプラン（「具体的な施策」の概要）): the 基本目標 1 and 2 and the 施策 ① ② ③ headings,
# 平成27年度~平成31年度. Made up: the progress sheet, every KPI and figure.
MANIWA_BLOCKS = [
    (
        "１　真庭にしごとをつくり、安心して働けるようにする",
        [
            (
                "①「真庭ライフスタイル」実現のための良質な雇用環境の創出",
                [
                    (1, "企業誘致件数", "件", 0, "H26", 5, "H31", 2),
                    (2, "新規就農者数", "人", 8, "H26", 12, "H28", 11),
                ],
            ),
            (
                "②「木を使い切る真庭」の創出",
                [
                    (
                        3,
                        "バイオマス発電所の燃料用木材受入量",
                        "t",
                        100000,
                        "H26",
                        148000,
                        "H31",
                        131260,
                    ),
                ],
            ),
        ],
    ),
    (
        "２　真庭への新しいひとの流れをつくる",
        [
            (
                "③真庭市へ「おいでんさい」（市外の人に対する交流・定住促進事業）",
                [
                    (4, "観光入込客数", "千人", 3182.0, "H26", 3500.0, "H31", 3248.5),
                    (5, "市の支援による移住者数", "人", 52, "H26", 100, "H29", 87),
                    (6, "空き家情報バンク成約件数", "件", 9, "H25", 15, "H31", "－"),
                ],
            ),
        ],
    ),
]


def maniwa() -> Path:
    widths = [5, 34, 6, 10, 8, 10, 8, 12]
    wb, ws = _sheet("KPI進捗", widths)
    _text(
        ws,
        1,
        1,
        "真庭市まち・ひと・しごと創生総合戦略　アクションプラン　KPI進捗状況",
        bold=True,
        size=13,
    )
    _text(ws, 2, 8, "平成29年7月　総合政策課", align="right", size=8)
    _text(ws, 3, 1, "計画期間：平成27年度～平成31年度", size=9)
    r = 5
    for c, word in enumerate(
        [
            "No",
            "重要業績評価指標（KPI）",
            "単位",
            "基準値",
            "基準年度",
            "目標値",
            "目標年度",
            "平成28年度実績",
        ],
        start=1,
    ):
        _put(ws, r, c, word, header=True)
    ws.row_dimensions[r].height = 28
    r += 1
    for goal, groups in MANIWA_BLOCKS:
        _span(ws, r, 1, 8, goal, bold=True)
        ws.cell(row=r, column=1).fill = LIGHT
        r += 1
        for measure, rows in groups:
            _span(ws, r, 1, 8, measure)
            r += 1
            for no, name, unit, base, by, target, ty, actual in rows:
                fmt = "#,##0.0" if isinstance(base, float) else "#,##0"
                _put(ws, r, 1, str(no), align="center")
                _put(ws, r, 2, name)
                _put(ws, r, 3, unit, align="center")
                _put(ws, r, 4, base, fmt=fmt)
                _put(ws, r, 5, by, align="center")
                _put(ws, r, 6, target, fmt=fmt)
                _put(ws, r, 7, ty, align="center")
                _put(ws, r, 8, actual, fmt=fmt, align="center" if isinstance(actual, str) else None)
                ws.row_dimensions[r].height = 20
                r += 1
    _text(
        ws,
        r,
        1,
        "※基準年度・目標年度は各指標の値の年度。目標年度が平成28年度の指標は当該年度で達成状況を判断する。",
        size=8,
    )
    _text(
        ws,
        r + 1,
        1,
        "※No.6は平成28年度から集計方法を見直したため、実績値を掲載していない。",
        size=8,
    )
    _page(ws, "portrait")
    path = SOURCE / "maniwa_kpi_shinchoku_h28.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 吉野川市 (徳島県): 総合戦略 KPI の検証 — 目標値が基準値の左、施策が行をまたぎ、【再掲】の施策
# --------------------------------------------------------------------------------------------

# Real (吉野川市まち・ひと・しごと創生総合戦略 素案, 平成27年11月): the 戦略's name and its chapter words
# (施策, 重要業績評価指標). Made up: the 基本目標 wording (the national four), the 施策, every KPI and figure.
YOSHI_BLOCKS = [
    (
        "基本目標１　地域にしごとをつくり、安心して働けるようにする",
        [
            (
                "(1) 農業の振興",
                [
                    ("新規就農者数", "人", 25, 3, 5, 4, 6),
                    ("6次産業化による商品開発数", "件", 10, 0, 2, 3, 3),
                ],
            ),
            (
                "(2) 創業・事業承継の支援",
                [("創業支援件数", "件", 50, 8, 9, 12, "約15")],
            ),
        ],
    ),
    (
        "基本目標２　吉野川市への新しいひとの流れをつくる",
        [
            ("(3) 移住・定住の促進", [("移住相談件数（累計）", "件", 200, 45, 88, 132, 176)]),
            ("(2) 創業・事業承継の支援【再掲】", [("創業支援件数", "件", 50, 8, 9, 12, "約15")]),
        ],
    ),
]


def yoshinogawa() -> Path:
    widths = [24, 30, 6, 10, 9, 9, 9, 9]
    wb, ws = _sheet("KPI検証", widths)
    _text(
        ws,
        1,
        1,
        "吉野川市まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の検証",
        bold=True,
        size=13,
    )
    _text(ws, 2, 8, "平成30年8月　吉野川市", align="right", size=8)
    _text(ws, 4, 1, "【平成29年度実績】", bold=True, size=10)
    h1, h2 = 5, 6
    for col, word in (
        (1, "施策"),
        (2, "重要業績評価指標（KPI）"),
        (3, "単位"),
        (4, "目標値\n（H31）"),
        (5, "基準値\n（H26）"),
    ):
        _put(ws, h1, col, word, header=True)
        _put(ws, h2, col, None, header=True)
        _merge(ws, h1, col, h2, col)
    _span(ws, h1, 6, 8, "実績値", header=True)
    for col, word in ((6, "H27"), (7, "H28"), (8, "H29")):
        _put(ws, h2, col, word, header=True)
    ws.row_dimensions[h1].height = 20
    ws.row_dimensions[h2].height = 20
    r = h2 + 1
    for goal, groups in YOSHI_BLOCKS:
        _span(ws, r, 1, 8, goal, bold=True)
        ws.cell(row=r, column=1).fill = LIGHT
        r += 1
        for measure, rows in groups:
            first = r
            for i, (name, unit, target, base, a27, a28, a29) in enumerate(rows):
                _put(ws, r, 1, measure if i == 0 else None)
                _put(ws, r, 2, name)
                _put(ws, r, 3, unit, align="center")
                for col, v in ((4, target), (5, base), (6, a27), (7, a28), (8, a29)):
                    _put(ws, r, col, v, align="right")
                ws.row_dimensions[r].height = 20
                r += 1
            if r - first > 1:
                _merge(ws, first, 1, r - 1, 1)
    _text(ws, r, 1, "※創業支援件数のH29実績は商工会議所分を含む概数。", size=8)
    _text(ws, r + 1, 1, "※【再掲】は他の基本目標に掲げた施策を再び掲げたもの。", size=8)
    _text(ws, r + 2, 1, "※地方創生推進交付金　平成29年度交付額 18,650千円。", size=8)
    _page(ws, "portrait")
    path = SOURCE / "yoshinogawa_kpi_kensho_h29.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 掛川市 (静岡県): 第2次総合計画 成果指標の達成状況 — 目標値 / 実績値 の下に年度、万 を含むセル
# --------------------------------------------------------------------------------------------

# Real (掛川市 ホームページ, 効果検証): the plan's name, the wording of the intro (成果指標の達成状況等を基に、
# 内部評価 / 外部評価, 掛川市地域創生戦略会議). Made up: the 施策, every indicator, figure and word of the table.
KAKE_ROWS = [
    ("1-1 子育て支援の充実", 2, "保育所等待機児童数", "人", "0", "0", "12", "5", "0", "達成"),
    (
        None,
        0,
        "地域子育て支援センター利用者数",
        "人",
        "4.5万",
        "5万",
        "4.2万",
        "2.9万",
        "3.4万",
        "未達成",
    ),
    (
        "3-2 観光交流の推進",
        2,
        "観光交流客数",
        "万人",
        "350",
        "400",
        "358.4",
        "221.6",
        "246.0",
        "未達成",
    ),
    (None, 0, "掛川城入場者数", "人", "110,000", "120,000", "103,251", "41,520", "―", "―"),
    (
        "5-1 防災対策の推進",
        1,
        "自主防災会の防災訓練実施率",
        "%",
        "90.0",
        "100.0",
        "88.5",
        "62.0",
        "91.3",
        "達成",
    ),
]


def kakegawa_html() -> str:
    rows = []
    for measure, span, name, unit, t3, t7, a1, a2, a3, mark in KAKE_ROWS:
        head = f'<td rowspan="{span}">{measure}</td>' if measure else ""
        cells = "".join(f'<td class="r">{v}</td>' for v in (t3, t7, a1, a2, a3))
        rows.append(
            f'<tr>{head}<td>{name}</td><td class="c">{unit}</td>{cells}<td class="c">{mark}</td></tr>'
        )
    body = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>第2次掛川市総合計画 成果指標の達成状況（令和4年度効果検証）</title>
<style>
table {{ border-collapse: collapse; margin: 0.5em 0; }}
th, td {{ border: 1px solid #333; padding: 3px 6px; }}
th {{ background: #e8e8e8; }}
td.c {{ text-align: center; }}
td.r {{ text-align: right; }}
p.note {{ font-size: 90%; }}
</style>
</head>
<body>
<h1>第2次掛川市総合計画 成果指標の達成状況（令和4年度効果検証）</h1>
<p>効果検証は、各施策における成果指標の達成状況等を基に、事業内容・効果等について検証を行うものです。市役所内部で効果検証を行った上で（内部評価）、掛川市地域創生戦略会議から御意見をいただき（外部評価）、評価を確定させました。</p>
<h2>令和3年度実績による成果指標の達成状況</h2>
<table>
<tr><th rowspan="2">施策</th><th rowspan="2">成果指標</th><th rowspan="2">単位</th><th colspan="2">目標値</th><th colspan="3">実績値</th><th rowspan="2">達成<br>状況</th></tr>
<tr><th>R3</th><th>R7</th><th>R元</th><th>R2</th><th>R3</th></tr>
{body}
</table>
<p class="note">※達成状況は、令和3年度の実績値が同年度の目標値に達したかどうかを示します。</p>
<p class="note">※掛川城入場者数の令和3年度実績は、天守閣改修工事による休館のため把握していません。</p>
<p class="note">※成果指標に係る令和3年度の主な事業費は、子育て支援の充実 1,284,500千円、観光交流の推進 96,300千円です。</p>
<p>問い合わせ先：掛川市 企画政策課</p>
</body>
</html>
"""


def kakegawa() -> Path:
    path = HERE / "kakegawa_seika_shihyo_r4.html"
    path.write_bytes(kakegawa_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (hiji, maniwa, yoshinogawa):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {kakegawa().name}")


if __name__ == "__main__":
    main()
