"""Build the built documents of forms101/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/bizen_kpi_kensho_h28.xlsx``, a 総合戦略 KPI 効果検証 in the manner of 備前市 (岡山県):
  each KPI a 目標/実績 row pair over H27–H31, ``No.``, name, 単位 and 基準値 merged down the pair,
  an H28 達成率 column, ``千円`` and ``万人`` units, a ``―`` actual; and the PDF;
* ``source/hofu_shinchoku_shihyo_r2.xlsx``, a 総合計画 指標の状況 in the manner of 防府市 (山口県):
  bare ``基準年度値`` / ``現状値`` columns dated by the sentence of the section row above each group
  (the two groups dated differently), ``以上`` targets, ``億円`` and ``万人`` units; and the PDF;
* ``source/imari_shisaku_hyoka_r2.xlsx``, a 施策評価シート in the manner of 伊万里市 (佐賀県): form
  fields with money, era-less headers ``元年度目標`` / ``元年度実績`` / ``2年度見込`` on a 令和 sheet,
  a 達成見込み column of words, a ``…の低減`` name in 千円; and the PDF;
* ``nakijin_ikkatsu_seika_h28.html``, a 沖縄振興特別推進市町村交付金事業 成果一覧 in the manner of
  今帰仁村 (沖縄県国頭郡): 成果目標 and 成果実績 each written as ``name value`` in one cell, a
  総合評価 mark column (◎ 達成, 未 未達成, 繰 繰越) with its legend, a 事業費 column.

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
    wb.properties.creator = "forms101/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms101/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms101_soffice_") as tmp:
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


def _num(ws, r, c, v) -> None:
    if isinstance(v, str):
        _put(ws, r, c, v, align="center" if v in ("―", "集計中") else "right")
    else:
        _put(ws, r, c, v, fmt="#,##0.0" if isinstance(v, float) else None)


# --------------------------------------------------------------------------------------------
# 備前市 (岡山県): 備前市まち・ひと・しごと創生総合戦略 KPI効果検証（平成28年度実績）
# --------------------------------------------------------------------------------------------

# Real (備前市議会 2015-12-04): a 審議会 set up from 平成28年度 to check the KPI of each 施策 of
# the town's 総合戦略. Made up: the sheet, its date and 課, the 基本目標, every KPI and figure.
YEARS = ["H27", "H28", "H29", "H30", "H31"]
BIZEN = [
    ("1", "新規企業立地件数", "件", 2, [2, 2, 2, 2, 2], [1, 3], "150.0%"),
    ("2", "創業支援による創業者数", "人", 5, [6, 7, 8, 9, 10], [6, 6], "85.7%"),
    (
        "3",
        "ふるさと納税寄附額",
        "千円",
        48200,
        [50000, 55000, 60000, 65000, 70000],
        [62340, 81915],
        "149.0%",
    ),
    ("4", "新規就農者数", "人", 3, [4, 4, 5, 5, 5], ["―", 4], "100.0%"),
    (
        "5",
        "観光入込客数",
        "万人",
        124.5,
        [126.0, 128.0, 130.0, 132.0, 135.0],
        [125.8, 127.1],
        "99.3%",
    ),
]


def bizen() -> Path:
    widths = [5, 26, 7, 10, 6, 9, 9, 9, 9, 9, 10]
    wb, ws = _sheet("KPI効果検証", widths)
    _text(
        ws,
        1,
        1,
        "備前市まち・ひと・しごと創生総合戦略　KPI効果検証シート（平成28年度実績）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 11, "平成29年8月　備前市企画課", align="right", size=9)
    _text(
        ws,
        3,
        1,
        "計画期間：平成27年度～平成31年度　上段は総合戦略に定める各年度の目標、下段は実績です。",
        size=9,
    )
    _text(ws, 5, 1, "基本目標１　しごとをつくり、安心して働けるようにする", bold=True, size=11)
    h = 6
    for c, word in enumerate(
        [
            "No.",
            "重要業績評価指標（KPI）",
            "単位",
            "基準値\n（H26）",
            "区分",
            *YEARS,
            "H28\n達成率",
        ],
        start=1,
    ):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 30
    r = h + 1
    for no, name, unit, base, targets, actuals, rate in BIZEN:
        for c, v in ((1, no), (2, name), (3, unit)):
            _put(ws, r, c, v, align="center" if c != 2 else None)
            _put(ws, r + 1, c, None)
            _merge(ws, r, c, r + 1, c)
        _num(ws, r, 4, base)
        _put(ws, r + 1, 4, None)
        _merge(ws, r, 4, r + 1, 4)
        _put(ws, r, 5, "目標", align="center", fill=LIGHT)
        _put(ws, r + 1, 5, "実績", align="center")
        for j in range(5):
            _num(ws, r, 6 + j, targets[j])
            ws.cell(row=r, column=6 + j).fill = LIGHT
            if j < len(actuals):
                _num(ws, r + 1, 6 + j, actuals[j])
            else:
                _put(ws, r + 1, 6 + j, None)
        _put(ws, r, 11, rate, align="right")
        _put(ws, r + 1, 11, None)
        _merge(ws, r, 11, r + 1, 11)
        ws.row_dimensions[r].height = 18
        ws.row_dimensions[r + 1].height = 18
        r += 2
    _notes(
        ws,
        r + 1,
        [
            "※達成率＝H28実績÷H28目標。",
            "※新規就農者数の平成27年度は、集計方法の変更により「―」としています。",
            "※観光入込客数の平成28年度は速報値です（岡山県観光客動態調査の確定後に更新）。",
            "※基本目標１に係る平成28年度の地方創生関連事業費は96,450千円です。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "bizen_kpi_kensho_h28.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 防府市 (山口県): 第四次防府市総合計画 後期基本計画 指標の状況（令和2年度）
# --------------------------------------------------------------------------------------------

# Real (防府市's pages): 第四次防府市総合計画, its end extended to 令和2年度 together with the
# 総合戦略, 「満足度指標」 and 「進捗管理指標」 with 基準年度値 and 現状値, the 市民アンケート of
# 平成22年度 for progress management. Made up: the sheet, its date and 課, the 基本目標, every
# indicator and figure, the 令和元年度 survey.
HOFU = [
    (
        "【満足度指標】（市民アンケート：基準年度値は平成22年度、現状値は令和元年度の調査結果）",
        [
            ("商工業の振興に対する市民の満足度", "％", 21.4, 26.8, "30.0以上"),
            ("観光の振興に対する市民の満足度", "％", 18.9, 24.5, "30.0以上"),
        ],
    ),
    (
        "【進捗管理指標】（基準年度値は平成26年度、現状値は令和元年度の数値）",
        [
            ("製造品出荷額等", "億円", 19862, 21540, 22000),
            ("観光客数", "万人", 142.3, 151.6, 160.0),
            ("企業誘致件数（累計）", "件", 0, 9, 10),
        ],
    ),
]


def hofu() -> Path:
    widths = [36, 8, 13, 13, 14]
    wb, ws = _sheet("指標の状況", widths)
    _text(
        ws, 1, 1, "第四次防府市総合計画　後期基本計画　指標の状況（令和2年度）", bold=True, size=12
    )
    _text(ws, 2, 5, "令和2年10月　防府市総合政策課", align="right", size=9)
    _text(
        ws,
        3,
        1,
        "後期基本計画の期間は、総合戦略と合わせて令和2年度まで1年間延長しています。",
        size=9,
    )
    _text(ws, 5, 1, "基本目標３　活力とにぎわいのあるまち", bold=True, size=11)
    h = 6
    for c, word in enumerate(["指標", "単位", "基準年度値", "現状値", "目標値\n（R2）"], start=1):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 30
    r = h + 1
    for heading, rows in HOFU:
        _span(ws, r, 1, 5, heading, fill=LIGHT, bold=True)
        ws.row_dimensions[r].height = 20
        r += 1
        for name, unit, base, now, target in rows:
            _put(ws, r, 1, name)
            _put(ws, r, 2, unit, align="center")
            for j, v in enumerate((base, now, target)):
                _num(ws, r, 3 + j, v)
            ws.row_dimensions[r].height = 20
            r += 1
    _notes(
        ws,
        r + 1,
        [
            "※令和2年度の実績は、第五次防府市総合計画の策定にあわせて公表します。",
            "※製造品出荷額等は工業統計調査によります。",
            "※基本目標３に係る令和元年度の決算額は1,284,530千円です。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "hofu_shinchoku_shihyo_r2.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 伊万里市 (佐賀県): 令和2年度 施策評価シート（令和元年度実績）
# --------------------------------------------------------------------------------------------

# Real (伊万里市's page of 2019-07-03): the 第6次伊万里市総合計画 and its making. Made up: the
# sheet and its layout, 施策 number and name, 課, money, every indicator, figure and word.
IMARI_FIELDS = [
    ("総合計画の位置づけ", "第6次伊万里市総合計画　基本目標２　活力ある産業のまち"),
    ("施策", "2-1　農林水産業の振興"),
    ("主管課", "農業振興課"),
    ("関係課", "農山漁村整備課、企業誘致・商工振興課"),
    ("施策の事業費（千円）", "令和元年度決算　412,380"),
]
IMARI = [
    ("認定農業者数", "経営体", 512, 520, 508, 505, 540, "困難"),
    ("伊万里梨の出荷量", "t", 2950, 3000, 3112, 3050, 3200, "達成可能"),
    ("新規就農者数", "人", 18, 20, 21, 20, 25, "達成可能"),
    ("有害鳥獣による農作物被害額の低減", "千円", 38400, 35000, 36210, 34000, 30000, "困難"),
    ("伊万里牛の肥育頭数", "頭", 6820, 6900, 6905, 6950, 7200, "達成可能"),
]


def imari() -> Path:
    widths = [32, 8, 11, 11, 11, 11, 11, 11]
    wb, ws = _sheet("施策評価シート", widths)
    _text(ws, 1, 1, "令和2年度　施策評価シート（令和元年度実績）", bold=True, size=12)
    _text(ws, 2, 8, "伊万里市", align="right", size=9)
    r = 4
    for key, value in IMARI_FIELDS:
        _put(ws, r, 1, key, header=True)
        _span(ws, r, 2, 8, value)
        ws.row_dimensions[r].height = 20
        r += 1
    r += 1
    _text(ws, r, 1, "２　成果指標の状況", bold=True, size=10)
    h = r + 1
    for c, word in enumerate(
        [
            "成果指標",
            "単位",
            "策定時\n（H29）",
            "元年度\n目標",
            "元年度\n実績",
            "2年度\n見込",
            "目標値\n（R5）",
            "目標達成\nの見込み",
        ],
        start=1,
    ):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 30
    r = h + 1
    for name, unit, *cells, outlook in IMARI:
        _put(ws, r, 1, name)
        _put(ws, r, 2, unit, align="center")
        for j, v in enumerate(cells):
            _num(ws, r, 3 + j, v)
        _put(ws, r, 8, outlook, align="center")
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r,
        [
            "※「目標達成の見込み」は、目標値（R5）に対する担当課の見通しです。",
            "※伊万里梨の出荷量は伊万里市農業協同組合の共販実績によります。",
        ],
    )
    r += 3
    _text(ws, r, 1, "３　施策の評価", bold=True, size=10)
    _para(
        ws,
        r + 1,
        1,
        8,
        "新規就農者数と伊万里梨の出荷量は目標を上回ったが、認定農業者数は高齢化による減少が続いている。"
        "有害鳥獣被害額は前年度より減少したものの目標には届かなかったため、侵入防止柵の整備を継続する。",
        44,
        border=True,
    )
    _page(ws, "portrait")
    path = SOURCE / "imari_shisaku_hyoka_r2.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 今帰仁村 (沖縄県国頭郡): 平成28年度 沖縄振興特別推進市町村交付金事業 成果一覧
# --------------------------------------------------------------------------------------------

# Real (the prefecture's 事業成果一覧 and 事業計画 成果目標 lists): the 沖縄振興特別推進市町村交付金,
# its per-村 listing with 事業番号, 事業名, 計画期間, 事業内容, 成果目標（指標）, 成果実績（指標）
# and 総合評価, and the legend ◎ 達成 / ○ 概ね達成 / △ 一部達成 / 未 未達成 / 繰 繰越 / − 廃止（中止）.
# Made up: every 事業, money, indicator, figure and mark.
NAKIJIN_ROWS = [
    (
        "1",
        "今帰仁城跡周辺観光施設整備事業",
        "H27∼H29",
        "世界遺産今帰仁城跡の案内施設と駐車場を整備する。",
        "58,320",
        "今帰仁城跡入場者数 310,000人",
        "今帰仁城跡入場者数 324,518人",
        "◎",
    ),
    (
        "2",
        "定住促進村営住宅整備事業",
        "H28",
        "若年世帯向けの村営住宅を整備する。",
        "142,600",
        "村営住宅入居戸数 12戸",
        "村営住宅入居戸数 12戸",
        "◎",
    ),
    (
        "3",
        "農産物ブランド化推進事業",
        "H26∼H28",
        "スイカ・マンゴーの品質向上と県外出荷を支援する。",
        "9,870",
        "スイカ・マンゴー県外出荷量 480t",
        "スイカ・マンゴー県外出荷量 452t",
        "未",
    ),
    (
        "4",
        "村立小中学校ICT環境整備事業",
        "H28",
        "村立小中学校にタブレット端末と無線LANを整備する。",
        "31,200",
        "タブレット端末導入校数 3校",
        "―（H29年度へ繰越）",
        "繰",
    ),
    (
        "5",
        "観光人材育成事業",
        "H27∼H28",
        "観光ガイドの養成講座を開催する。",
        "4,150",
        "観光ガイド養成講座受講者数 延べ40人",
        "観光ガイド養成講座受講者数 延べ46人",
        "◎",
    ),
]


def nakijin_html() -> str:
    rows = "\n".join(
        f"<tr><td>{no}</td><td>{name}</td><td>{period}</td><td>{what}</td><td>{money}</td><td>{target}</td><td>{actual}</td><td>{mark}</td></tr>"
        for no, name, period, what, money, target, actual, mark in NAKIJIN_ROWS
    )
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>平成28年度沖縄振興特別推進市町村交付金事業成果一覧（今帰仁村）</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 1em; }}
th, td {{ border: 1px solid #333; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
</style>
</head>
<body>
<h1>平成28年度沖縄振興特別推進市町村交付金事業成果一覧</h1>
<p>平成29年8月　今帰仁村企画財政課</p>
<p>【凡例】「達成」・・・「◎」　「概ね達成」・・・「○」　「一部達成」・・・「△」　「未達成」・・・「未」　「繰越」・・・「繰」　「廃止（中止）」・・・「−」</p>
<h2>今帰仁村</h2>
<table border="1">
<tr><th>事業番号</th><th>事業名</th><th>計画期間</th><th>事業内容</th><th>H28事業費<br>（千円）</th><th>H28成果目標（指標）</th><th>H28成果実績（指標）</th><th>総合評価</th></tr>
{rows}
</table>
<p>※事業費は交付対象事業費（決算）です。</p>
<p>※事業番号4は、端末調達の遅れにより平成29年度へ繰り越しました。</p>
</body>
</html>
"""


def nakijin() -> Path:
    path = HERE / "nakijin_ikkatsu_seika_h28.html"
    path.write_bytes(nakijin_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (bizen, hofu, imari):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {nakijin().name}")


if __name__ == "__main__":
    main()
