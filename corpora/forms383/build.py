"""Build the documents of forms383/ (openpyxl, LibreOffice, hand-written HTML and CSV).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/ichihara_senryaku2020_kpi_2023.xlsx``, a 総合戦略 progress sheet in the manner of 市原市 (千葉県):
  **two grids of different shapes on one sheet**: a 数値目標 grid whose header puts the role in brackets
  after the year (``2019年度（基準）`` … ``2026年度（目標）``), units in the names, a note dating one row to
  October 1; and a KPI grid whose **基準値 spans ``値 | 年度``, the baseline's year written per row**
  (one of them a calendar ``年``), with a per-row 所管課 column; and the PDF;
* ``source/annaka_senryaku_kpi_kensho_r1.xlsx``, a 総合戦略 final check in the manner of 安中市 (群馬県):
  years ``H27`` … ``H31（R元）`` across, shaded 展開方針 rows inside the grid, 施策 cells merged down, a
  達成状況 column **one of whose words (``達成※``) a note bases on an earlier year**; and the PDF;
* ``zama_shisaku_seika_h30.html``, a 総合計画 成果指標 page in the manner of 座間市 (神奈川県): **one
  transposed table per 施策, the indicators across and the years down as ``<th scope="row">``**;
* ``kasukabe_senryaku_kpi_r5.csv``, an open-data CSV (UTF-8 with BOM, CRLF) in the manner of 春日部市
  (埼玉県): **one line per indicator and fiscal year with 目標値 and 実績値 side by side, the baseline a
  line whose 年度 cell says ``2019（基準値）``**; so every record spans six lines.

The PDF steps are skipped, with a message, when ``soffice`` is not installed.
These are re-typed forms of other municipalities, not their own files (README.md, SOURCES.tsv).
XLSX, HTML and CSV are byte-stable (fixed dates; zip members rewritten with a fixed timestamp).
"""
# ruff: noqa: E501, B905

from __future__ import annotations

import csv
import datetime as dt
import io
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
FONT = "Noto Sans CJK JP"
FIXED = dt.datetime(2026, 12, 6, 0, 0, 0)


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms383/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms383/build.py"
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
        cell.number_format = fmt or ("#,##0" if isinstance(value, int) else "#,##0.0")
    else:
        cell.alignment = Alignment(horizontal=align or "left", vertical="center", wrap_text=True)
    if fill is not None:
        cell.fill = fill
    return cell


def _merge(ws, r1: int, c1: int, r2: int, c2: int) -> None:
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            ws.cell(row=r, column=c).border = BORDER
    ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)


def _span(ws, row, c1, c2, value, header=False, **kw):
    cell = _put(ws, row, c1, value, header=header, **kw)
    for c in range(c1 + 1, c2 + 1):
        _put(ws, row, c, None, header=header, fill=kw.get("fill"))
    if c2 > c1:
        _merge(ws, row, c1, row, c2)
    return cell


def _text(ws, row, col, value, bold=False, size=9, align=None):
    cell = ws.cell(row=row, column=col, value=value)
    cell.font = Font(name=FONT, size=size, bold=bold)
    cell.alignment = Alignment(horizontal=align or "left", vertical="center")
    return cell


def _para(ws, row, c1, c2, value, height, size=9, border=False):
    cell = ws.cell(row=row, column=c1, value=value)
    cell.font = Font(name=FONT, size=size)
    cell.alignment = Alignment(horizontal="left", vertical="top", wrap_text=True)
    if border:
        for c in range(c1, c2 + 1):
            ws.cell(row=row, column=c).border = BORDER
    ws.merge_cells(start_row=row, start_column=c1, end_row=row, end_column=c2)
    ws.row_dimensions[row].height = height
    return cell


def _field(ws, row, label, value, c2, height=18):
    """A form field: a shaded label cell and a value merged over columns 2..c2."""
    _put(ws, row, 1, label, header=True)
    _span(ws, row, 2, c2, value)
    ws.row_dimensions[row].height = height


def _page(ws, orientation: str) -> None:
    ws.page_setup.orientation = orientation
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    ws.page_margins.header = ws.page_margins.footer = 0.3


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
                    rb"\g<1>2026-12-06T00:00:00Z\g<2>",
                    data,
                )
            info = zipfile.ZipInfo(name, date_time=(2026, 12, 6, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, data)


def to_pdf(xlsx: Path) -> None:
    """Convert a source XLSX to a PDF next to build.py (LibreOffice headless)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        print(f"soffice not found: {xlsx.with_suffix('.pdf').name} not rebuilt")
        return
    with tempfile.TemporaryDirectory(prefix="forms383_soffice_") as tmp:
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
# 市原市 (千葉県): 市原市まち・ひと・しごと創生総合戦略2020 KPI進捗状況（2023年度実績）
# --------------------------------------------------------------------------------------------

# Real: the strategy's name and subtitle, its period (2020年度～2026年度, 7年間, the same target year as
# the 総合計画), its aims 定住人口27万人の維持 / 交流人口500万人, 368.17km², the 1963 merger of 5町,
# 養老渓谷, 小湊鉄道. Made up: the 課, every indicator, figure and note.
IC_GOALS = [
    ("定住人口（人）", 274656, 272430, 270971, 269512, 270000),
    ("交流人口（万人）", 412.6, 298.4, 356.1, 421.8, 500.0),
]
IC_KPIS = [
    (
        1,
        "若者（20～39歳）の転入超過数",
        "人",
        "△312",
        "2019年度",
        "△280",
        "△95",
        46,
        300,
        "企画調整課",
    ),
    (
        2,
        "リノベーションまちづくりによる新規出店数（累計）",
        "店舗",
        0,
        "2019年度",
        6,
        11,
        17,
        30,
        "商工業振興課",
    ),
    (
        3,
        "里山エリア（養老渓谷・小湊鉄道沿線）の観光入込客数",
        "千人",
        1184,
        "2018年",
        702,
        958,
        "―",
        1500,
        "観光振興課",
    ),
    (
        4,
        "地域活動に参加した市民の数",
        "人",
        "延べ8,420",
        "2020年度",
        "延べ9,015",
        "延べ10,230",
        "延べ11,562",
        "延べ15,000",
        "市民協働推進課",
    ),
]


def ichihara() -> Path:
    wb, ws = _sheet("KPI進捗状況", [5, 36, 7, 10, 10, 10, 10, 10, 12, 14])
    _page(ws, "landscape")
    ws.merge_cells("A1:J1")
    _text(
        ws,
        1,
        1,
        "市原市まち・ひと・しごと創生総合戦略2020　ＫＰＩ進捗状況（2023年度実績）",
        bold=True,
        size=13,
        align="center",
    )
    ws.row_dimensions[1].height = 24
    ws.merge_cells("A2:J2")
    _text(ws, 2, 1, "2024年8月　市原市 企画部 企画調整課", align="right")
    _put(ws, 4, 1, "戦略の名称", header=True)
    _merge(ws, 4, 1, 4, 2)
    _span(ws, 4, 3, 10, "市原市まち・ひと・しごと創生総合戦略2020 ～ワクワクする未来を始めよう。～")
    _put(ws, 5, 1, "計画期間", header=True)
    _merge(ws, 5, 1, 5, 2)
    _span(ws, 5, 3, 10, "2020年度～2026年度（7年間）　※市原市総合計画と同一の目標年度")
    _put(ws, 6, 1, "担当課", header=True)
    _merge(ws, 6, 1, 6, 2)
    _span(ws, 6, 3, 10, "企画調整課（各KPIの所管課は表中に記載）")
    _put(ws, 7, 1, "市の概要", header=True)
    _merge(ws, 7, 1, 7, 2)
    _span(
        ws,
        7,
        3,
        10,
        "市域は368.17km²で県内最大。1963年（昭和38年）5月に5町が合併して市制を施行した。本戦略は「定住人口27万人の維持と交流人口500万人への拡大」を掲げ、臨海部の産業と、養老渓谷や小湊鉄道沿線の里山エリアの魅力を生かした取組を進めている。",
    )
    ws.row_dimensions[7].height = 40
    _text(ws, 9, 1, "１　数値目標（戦略全体）", bold=True, size=10)
    r = 10
    _span(ws, r, 1, 3, "数値目標", header=True)
    _span(ws, r, 4, 5, "2019年度（基準）", header=True)
    for c, h in zip((6, 7, 8, 9), ("2021年度", "2022年度", "2023年度", "2026年度（目標）")):
        _put(ws, r, c, h, header=True)
    ws.row_dimensions[r].height = 20
    for name, base, *vals in IC_GOALS:
        r += 1
        _span(ws, r, 1, 3, name)
        _span(ws, r, 4, 5, base)
        for c, v in zip((6, 7, 8, 9), vals):
            _put(ws, r, c, v)
        ws.row_dimensions[r].height = 18
    r += 1
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
    _text(
        ws,
        r,
        1,
        "※定住人口は各年度10月1日現在の常住人口（千葉県毎月常住人口調査）。交流人口は観光入込客数と主要イベント来場者数の合計。",
        size=8,
    )
    r += 2
    _text(ws, r, 1, "２　重要業績評価指標（ＫＰＩ）の進捗状況", bold=True, size=10)
    h = r + 1
    for c, word in (
        (1, "No."),
        (2, "重要業績評価指標（KPI）"),
        (3, "単位"),
        (9, "目標値\n（2026年度）"),
        (10, "所管課"),
    ):
        _put(ws, h, c, word, header=True)
        _put(ws, h + 1, c, None, header=True)
        _merge(ws, h, c, h + 1, c)
    _span(ws, h, 4, 5, "基準値", header=True)
    _put(ws, h + 1, 4, "値", header=True)
    _put(ws, h + 1, 5, "年度", header=True)
    _span(ws, h, 6, 8, "実績値", header=True)
    for c, y in zip((6, 7, 8), ("2021年度", "2022年度", "2023年度")):
        _put(ws, h + 1, c, y, header=True)
    ws.row_dimensions[h].height = 18
    ws.row_dimensions[h + 1].height = 18
    r = h + 1
    for row in IC_KPIS:
        r += 1
        for c, v in enumerate(row, start=1):
            _put(
                ws, r, c, v, align="center" if c in (1, 3, 5, 10) else ("right" if c >= 4 else None)
            )
        ws.row_dimensions[r].height = 30
    for line in (
        "※No.2は2020年度からの累計。No.3の2023年度値は集計中のため未掲載（2024年10月公表予定）。",
        "※No.3の基準値は暦年（1月～12月）の値。No.4は延べ人数。△はマイナス（転出超過）を示す。",
    ):
        r += 1
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        _text(ws, r, 1, line, size=8)
    path = SOURCE / "ichihara_senryaku2020_kpi_2023.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 安中市 (群馬県): 安中市まち・ひと・しごと創生総合戦略 KPI最終検証シート
# --------------------------------------------------------------------------------------------

# Real: the strategy's name, its period (平成27年度～平成31年度), the wording of 展開方針1/2 and of the
# 施策 used, the 2006-03-18 merger, 276.31km², 碓氷峠鉄道文化むら, 秋間梅林, 磯部温泉 (温泉記号発祥の地).
# Made up: the 課, the date, every indicator, figure, note and 達成状況.
AN_ROWS = [
    "展開方針１　産業を育て安心して働ける環境をつくる",
    ("施策２　農業の成長産業化", 2),
    (1, "新規就農者数", "人", 8, 10, 12, 9, 14, 11, 12, "未達成"),
    (2, "梅を使った加工品の開発件数", "件", 2, 3, "４", "５", 3, "６", 5, "達成"),
    ("施策３　雇用を生み出す企業誘致の促進", 1),
    (3, "企業誘致件数", "件", 1, 0, 2, 1, 3, 2, 2, "達成"),
    "展開方針２　安中市に行きたい・住みたい人を増やす",
    ("施策１　地域資源を活かした観光産業の振興", 2),
    (4, "観光入込客数", "万人", 232.5, 240.1, 251.8, 247.3, 262.0, 255.4, 260.0, "達成※"),
    (
        5,
        "碓氷峠鉄道文化むら入園者数",
        "人",
        182300,
        185120,
        190452,
        176880,
        168214,
        160905,
        200000,
        "未達成",
    ),
    ("施策２　安中市への定住・移住支援", 1),
    (6, "移住相談窓口を通じた移住者数", "人", "―", 4, 9, 13, 15, 21, 20, "達成"),
]


def annaka() -> Path:
    wb, ws = _sheet("KPI最終検証", [14, 4, 24, 6, 8, 8, 8, 8, 8, 9, 8, 8])
    _page(ws, "portrait")
    ws.merge_cells("A1:L1")
    _text(ws, 1, 1, "安中市まち・ひと・しごと創生総合戦略", bold=True, size=12, align="center")
    ws.merge_cells("A2:L2")
    _text(ws, 2, 1, "重要業績評価指標（ＫＰＩ）最終検証シート", bold=True, size=12, align="center")
    ws.merge_cells("A3:L3")
    _text(ws, 3, 1, "令和2年9月　安中市 企画課", align="right")
    _field(ws, 5, "戦略の名称", "安中市まち・ひと・しごと創生総合戦略", 12)
    _field(ws, 6, "対象期間", "平成27年度（2015年度）～平成31年度（2019年度）の5年間", 12)
    _field(ws, 7, "担当課", "企画課", 12)
    _field(
        ws,
        8,
        "市の概要",
        "平成18年3月18日に旧安中市と旧松井田町が合併して誕生。面積は276.31km²。碓氷峠鉄道文化むら、関東有数の規模を誇る秋間梅林、温泉記号発祥の地とされる磯部温泉などの地域資源を有する。",
        12,
        height=42,
    )
    _field(
        ws,
        9,
        "検証の方法",
        "外部有識者会議（令和2年8月開催、委員9名）の意見を踏まえ、各KPIの最終年度の実績を目標値と比較して評価した。",
        12,
        height=30,
    )
    _text(ws, 11, 1, "■重要業績評価指標（ＫＰＩ）の最終実績", bold=True, size=10)
    h = 12
    heads = [
        "施策",
        "No.",
        "重要業績評価指標（KPI）",
        "単位",
        "基準値\n（H26）",
        "H27",
        "H28",
        "H29",
        "H30",
        "H31\n（R元）",
        "目標値\n（H31）",
        "達成\n状況",
    ]
    for c, word in enumerate(heads, start=1):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 30
    r = h
    for item in AN_ROWS:
        r += 1
        if isinstance(item, str):
            _span(ws, r, 1, 12, item, fill=LIGHT, bold=True)
            ws.row_dimensions[r].height = 18
            continue
        if len(item) == 2:
            name, n = item
            _put(ws, r, 1, name, align="left")
            if n > 1:
                _merge(ws, r, 1, r + n - 1, 1)
            r -= 1
            continue
        for c, v in enumerate(item, start=2):
            _put(ws, r, c, v, align="center" if c in (2, 4, 12) else ("right" if c >= 5 else None))
        ws.row_dimensions[r].height = 28
    for line in (
        "※No.4は平成30年度に目標値（260.0万人）を上回ったため「達成」と評価した（H31（R元）は台風第19号の影響により減少）。",
        "※No.6の窓口は平成27年4月に開設したため基準値はない。達成状況は最終年度（H31）の実績と目標値の比較による。",
    ):
        r += 1
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=12)
        _text(ws, r, 1, line, size=8)
        ws.row_dimensions[r].height = 24
        ws.cell(row=r, column=1).alignment = Alignment(wrap_text=True, vertical="top")
    path = SOURCE / "annaka_senryaku_kpi_kensho_r1.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 座間市 (神奈川県): 第四次座間市総合計画 施策の成果指標（平成30年度評価）
# --------------------------------------------------------------------------------------------

# Real: the plan, its 基本構想 period (平成23年度～平成32年度), its 将来都市像, 53 施策, the wording of
# 将来目標1 and 2, 17.58km², 129,387人 (2018年4月1日推計), the city flower ひまわり, 座間の地下水.
# Made up: the 課, the 施策 numbers and names, every indicator, figure and note.
ZAMA_HTML = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>第四次座間市総合計画 施策の成果指標（平成30年度評価）｜座間市</title>
</head>
<body>
<nav class="breadcrumb"><ol>
<li><a href="/">ホーム</a></li>
<li><a href="/shisei/">市政情報</a></li>
<li><a href="/shisei/sougoukeikaku/">総合計画</a></li>
<li>第四次座間市総合計画 施策の成果指標（平成30年度評価）</li>
</ol></nav>
<main>
<h1>第四次座間市総合計画　施策の成果指標（平成30年度評価）</h1>
<p class="date">更新日：2019年10月25日　担当：企画政策部 企画政策課</p>
<p>第四次座間市総合計画は、将来都市像「ともに織りなす 活力と個性 きらめくまち」の実現に向け、基本構想（平成23年度～平成32年度）に定めた53の施策を推進しています。本市は面積17.58km²、人口129,387人（平成30年4月1日現在）のまちで、市の花ひまわりや「座間の地下水」で知られています。</p>
<p>各施策の成果指標について、基準値（平成21年度）から平成30年度までの推移を掲載します。表は施策ごとに、縦に年度、横に成果指標を並べています。</p>
<h2>将来目標１　笑顔あふれる 健やかなまち</h2>
<table border="1">
<caption>施策２　健康づくりの推進</caption>
<thead>
<tr><th scope="col">区分</th><th scope="col">①特定健康診査の受診率（％）</th><th scope="col">②胃がん検診の受診率（％）</th></tr>
</thead>
<tbody>
<tr><th scope="row">基準値（H21）</th><td>31.2（H22）</td><td>8.4</td></tr>
<tr><th scope="row">H28</th><td>36.5</td><td>7.9</td></tr>
<tr><th scope="row">H29</th><td>37.8</td><td>―</td></tr>
<tr><th scope="row">H30</th><td>38.9</td><td>6.8</td></tr>
<tr><th scope="row">目標値（H32）</th><td>45.0</td><td>12.0</td></tr>
</tbody>
</table>
<p class="note">※①の特定健康診査は平成20年度に始まり、平成21年度は集計方法が異なるため、平成22年度の値を基準値としています。<br>
※②は平成29年度に検診方法（胃内視鏡検査の導入）を見直したため、同年度の数値はありません。</p>
<h2>将来目標２　支え合い 思いやりに満ちた やすらぎのまち</h2>
<table border="1">
<caption>施策９　子育て支援の充実</caption>
<thead>
<tr><th scope="col">区分</th><th scope="col">③地域子育て支援センターの利用者数（人）</th><th scope="col">④放課後児童クラブの定員数（人）</th></tr>
</thead>
<tbody>
<tr><th scope="row">基準値（H21）</th><td>延べ１８，２４０</td><td>620</td></tr>
<tr><th scope="row">H28</th><td>延べ２９，８０５</td><td>895</td></tr>
<tr><th scope="row">H29</th><td>延べ３１，１１２</td><td>935</td></tr>
<tr><th scope="row">H30</th><td>延べ３２，４１０</td><td>980</td></tr>
<tr><th scope="row">目標値（H32）</th><td>延べ３５，０００</td><td>1,050</td></tr>
</tbody>
</table>
<p class="note">※③は各年度の延べ利用者数（3か所の合計）です。④は市内の公設・民設クラブの定員の合計です。</p>
<p class="contact">お問い合わせ：企画政策課 企画政策係　電話：046-255-1111（代表）</p>
</main>
</body>
</html>
"""


def zama() -> Path:
    path = HERE / "zama_shisaku_seika_h30.html"
    path.write_bytes(ZAMA_HTML.encode("utf-8"))
    return path


# --------------------------------------------------------------------------------------------
# 春日部市 (埼玉県): 第2期春日部市まち・ひと・しごと創生総合戦略 KPI実績データ（open-data CSV）
# --------------------------------------------------------------------------------------------

# Real: the strategy, its period (令和3年度～令和7年度), the 基本目標 wording (taken from the 第1期 素案),
# the population figures (244,483人 H15, 233,558人 R2), births and deaths (1,250人, 2,492人, R2), the
# 合計特殊出生率 1.08 (令和元年), 66.00km², the 政策課. Made up: the other indicators, every other figure
# and note, the date.
KA_GOALS = {
    1: "基本目標1　1人1人のニーズに向き合った、子育て世代に選ばれるまちをつくる",
    2: "基本目標2　産官学金労言の連携による、春日部市の特長を生かしたしごとを創出する",
    3: "基本目標3　コンパクトで魅力的なまちづくりにより、春日部市の地域力を高める",
}
KA_YEARS = ["2019（基準値）", "2021", "2022", "2023", "2024", "2025"]
KA_ROWS = [
    (
        1,
        1,
        "合計特殊出生率",
        "―",
        ["", "1.15", "1.18", "1.20", "1.23", "1.25"],
        ["1.08", "1.06", "1.02", "0.98", "", ""],
        {},
    ),
    (
        2,
        1,
        "ファミリー・サポート・センター会員数",
        "人",
        ["", "2200", "2300", "2400", "2500", "2600"],
        ["2104", "2158", "2241", "2390", "", ""],
        {3: "見込値（令和6年3月末時点）"},
    ),
    (
        3,
        2,
        "市内での新規創業件数",
        "件",
        ["", "40", "42", "44", "46", "48"],
        ["38", "41", "39", "47", "", ""],
        {},
    ),
    (
        4,
        3,
        "春日部駅周辺の歩行者通行量（休日）",
        "人",
        ["", "53000", "53500", "54000", "54500", "55000"],
        ["52318", "-", "47655", "49870", "", ""],
        {1: "新型コロナウイルス感染症の影響により調査中止"},
    ),
    (
        5,
        3,
        "シティセールス関連イベント来場者数",
        "千人",
        ["", "8.0", "10.0", "13.0", "15.0", "18.0"],
        ["11.6", "3.2", "9.8", "14.2", "", ""],
        {},
    ),
]


def kasukabe() -> Path:
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow(["第2期春日部市まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）実績データ"])
    w.writerow(["担当課", "政策課"])
    w.writerow(["対象期間", "令和3年度～令和7年度（5年間）"])
    w.writerow(
        [
            "市の概要",
            "人口は平成15年の244,483人をピークに減少し、令和2年は233,558人。令和2年の出生数は1,250人、死亡数は2,492人で1,242人の自然減。面積66.00km²。",
        ]
    )
    w.writerow(["公開日", "2024-07-31"])
    w.writerow([])
    w.writerow(["No", "基本目標", "指標名", "単位", "年度", "目標値", "実績値", "備考"])
    for no, goal, name, unit, targets, actuals, notes in KA_ROWS:
        for i, year in enumerate(KA_YEARS):
            w.writerow(
                [no, KA_GOALS[goal], name, unit, year, targets[i], actuals[i], notes.get(i, "")]
            )
    w.writerow(
        [
            "注記",
            "年度は会計年度（4月～翌年3月）。基準値の行は目標値欄が空欄。実績値が空欄の年度は未到来。",
        ]
    )
    path = HERE / "kasukabe_senryaku_kpi_r5.csv"
    path.write_bytes(b"\xef\xbb\xbf" + out.getvalue().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (ichihara, annaka):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {zama().name}")
    print(f"wrote {kasukabe().name}")


if __name__ == "__main__":
    main()
