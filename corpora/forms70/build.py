"""Build the built documents of forms70/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/ueda_kouka_kensho_r5.xlsx``, a 地方創生推進交付金事業 効果検証 table in the manner of 上田市 (長野県):
  `目標値`/`実績値` over `1年目 | 2年目 | 3年目`, the years given only by a per-事業 `事業期間` column
  (`R3～R5`, `R2～R4`), an A–D 事業効果 column and 千円 money merged per 事業; and the PDF;
* ``source/kamaishi_shisaku_hyoka_h20.xlsx``, a 施策評価シート in the manner of 釜石市 (岩手県): form fields,
  then 主要な指標 with era-less years (`17年度（基準）`, `18年度実績`, `20年度` over 目標|実績, `22年度目標`),
  `百万円` in the 単位 column and a 達成度（%） column; and the PDF;
* ``source/iwanai_kpi_kensho_h28.xlsx``, a KPI検証結果 in the manner of 岩内町 (北海道): population figures in
  the preface, `万人` in cells, a `現状維持` target, `（累計）` in a target cell, a 備考 column; and the PDF;
* ``tateyama_suishin_kpi_h29.html``, a 地方創生推進交付金事業 KPI table in the manner of 館山市 (千葉県): two
  header rows, `平成29年度` over 目標値|実績値|達成率, 事業費 (千円) and 評価 cells with rowspan, a 合計 row.

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
    wb.properties.creator = "forms70/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms70/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms70_soffice_") as tmp:
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
# 上田市 (長野県): 地方創生推進交付金事業 効果検証 — 1年目/2年目/3年目 dated by a 事業期間 column
# --------------------------------------------------------------------------------------------

# Real (上田市地方創生推進協議会, as reported): the 事業効果 legend A–D, the 事業 themes (「上田ファン」づくり,
# 事業承継・中小企業IoT導入, 信州上田学推進), their periods (R3～R5, R2～R4) and the Facebook KPI's 100 / 123.
# Made up: the sheet, date, every other figure, the letters, the money.
UEDA = [
    # (No, 事業名, 事業期間, 事業効果, 事業費（千円）, [(KPI, 単位, 開始前, 目標×3, 実績×3)])
    (
        1,
        "「上田ファン」づくり推進事業",
        "R3～R5",
        "A",
        18540,
        [
            ("上田市公式Facebookフォロワー数（増加数）", "人", "―", 40, 70, 100, 52, 81, 123),
            ("移住相談件数", "件", 186, 200, 220, 240, 231, 214, 262),
        ],
    ),
    (
        2,
        "事業承継・中小企業IoT導入支援事業",
        "R2～R4",
        "B",
        9320,
        [
            ("事業承継の相談件数", "件", 24, 30, 35, 40, 28, 37, 45),
            ("IoTを導入した中小企業数", "社", 3, 5, 8, 12, 4, 7, "―"),
        ],
    ),
    (
        3,
        "信州上田学推進事業",
        "R2～R4",
        "B",
        6050,
        [
            ("信州上田学の受講者数", "人", 0, 300, 350, 400, 262, 371, 418),
        ],
    ),
]


def ueda() -> Path:
    widths = [4, 18, 9, 26, 6, 9, 8, 8, 8, 8, 8, 8, 8, 11]
    wb, ws = _sheet("効果検証", widths)
    _text(ws, 1, 1, "地方創生推進交付金事業　効果検証結果（令和5年度）", bold=True, size=13)
    _text(ws, 2, 14, "令和5年8月　上田市政策企画課", align="right", size=9)
    h = 4
    top = ["No", "事業名", "事業期間", "重要業績評価指標（KPI）", "単位", "事業開始前"]
    for c, word in enumerate(top, start=1):
        _put(ws, h, c, word, header=True, size=8)
        _put(ws, h + 1, c, None, header=True, size=8)
        _merge(ws, h, c, h + 1, c)
    _span(ws, h, 7, 9, "目標値", header=True, size=8)
    _span(ws, h, 10, 12, "実績値", header=True, size=8)
    for j, word in enumerate(["1年目", "2年目", "3年目"] * 2):
        _put(ws, h + 1, 7 + j, word, header=True, size=8)
    for c, word in ((13, "事業効果"), (14, "交付対象事業費\n（千円）")):
        _put(ws, h, c, word, header=True, size=8)
        _put(ws, h + 1, c, None, header=True, size=8)
        _merge(ws, h, c, h + 1, c)
    ws.row_dimensions[h].height = 20
    ws.row_dimensions[h + 1].height = 18
    r = h + 2
    for no, name, period, effect, money, rows in UEDA:
        first = r
        for kpi, unit, base, *vals in rows:
            _put(ws, r, 4, kpi, size=8)
            _put(ws, r, 5, unit, align="center", size=8)
            _put(ws, r, 6, base, align="right", size=8)
            for j, v in enumerate(vals):
                _put(ws, r, 7 + j, v, align="right", size=8)
            ws.row_dimensions[r].height = 30
            r += 1
        for c, v, al in (
            (1, no, "center"),
            (2, name, None),
            (3, period, "center"),
            (13, effect, "center"),
            (14, money, "right"),
        ):
            _put(ws, first, c, v, align=al, size=8)
            for rr in range(first + 1, r):
                _put(ws, rr, c, None, size=8)
            if r - 1 > first:
                _merge(ws, first, c, r - 1, c)
    notes = [
        "※1年目～3年目は、各事業の事業期間の1年目～3年目の年度です（例：R3～R5の事業の1年目はR3年度）。",
        "※事業効果　A：全ての項目で目標値を達成し、非常に効果があった　B：相当程度効果があった　C：目標達成は芳しくないが事業開始前より改善した　D：事業開始前より悪化した",
        "※No.2のIoTを導入した中小企業数の3年目は、調査中のため「―」としています。",
        "※交付対象事業費は、事業期間3か年の合計額です。",
    ]
    for i, line in enumerate(notes):
        _text(ws, r + 1 + i, 1, line, size=8)
    _page(ws, "landscape")
    path = SOURCE / "ueda_kouka_kensho_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 釜石市 (岩手県): 施策評価シート — fields, era-less years, 20年度 over 目標|実績, 百万円, 達成度（%）
# --------------------------------------------------------------------------------------------

# Real (釜石市総合計画 平成20年度施策評価): the plan's name, the words 施策評価 and 主要な指標, the
# 総合振興審議会 as the outside opinion. Made up: the sheet's layout, 施策, 課, every indicator and figure.
KAMAISHI_FIELDS = [
    ("計画", "第五次釜石市総合計画スクラム21プラン後期基本計画"),
    ("基本目標", "3　活力ある産業のまち"),
    ("施策", "3-2　水産業の振興"),
    ("主管課", "水産課"),
    (
        "施策の目的",
        "水揚げの確保と水産加工の高付加価値化により、漁業者の所得の安定と雇用の場を確保する。",
    ),
    ("施策事業費（H20決算）", "312,846千円"),
]
KAMAISHI = [
    # (No, 指標名, 単位, 17年度（基準）, 18年度実績, 19年度実績, 20年度目標, 20年度実績, 22年度目標, 達成度)
    (1, "釜石魚市場の水揚量", "トン", 41230, 44110, 38950, 45000, 43620, 50000, 96.9),
    (2, "釜石魚市場の水揚金額", "百万円", 4512, 4876, 4203, 5000, 4655, 5500, 93.1),
    (3, "漁業就業者数", "人", 1012, 978, 951, 960, 930, 950, 96.9),
    (4, "水産加工品の新商品開発件数", "件", 2, 3, 4, 5, 6, 8, 120.0),
    (5, "水産業の振興に対する市民満足度", "%", 21.4, "―", 23.8, 25.0, 26.1, 30.0, 104.4),
]


def kamaishi() -> Path:
    widths = [4, 26, 7, 9, 9, 9, 9, 9, 9, 9]
    wb, ws = _sheet("施策評価シート", widths)
    _text(ws, 1, 1, "平成20年度　施策評価シート", bold=True, size=13)
    _text(ws, 2, 10, "平成21年8月　釜石市", align="right", size=9)
    r = 4
    for key, value in KAMAISHI_FIELDS:
        _span(ws, r, 1, 2, key, header=True, align="left")
        _span(ws, r, 3, 10, value)
        ws.row_dimensions[r].height = 28 if key == "施策の目的" else 18
        r += 1
    r += 1
    _text(ws, r, 1, "主要な指標", bold=True, size=10)
    r += 1
    h = r
    heads = ["No", "指標名", "単位", "17年度\n（基準）", "18年度\n実績", "19年度\n実績"]
    for c, word in enumerate(heads, start=1):
        _put(ws, h, c, word, header=True)
        _put(ws, h + 1, c, None, header=True)
        _merge(ws, h, c, h + 1, c)
    _span(ws, h, 7, 8, "20年度", header=True)
    _put(ws, h + 1, 7, "目標", header=True)
    _put(ws, h + 1, 8, "実績", header=True)
    for c, word in ((9, "22年度\n目標"), (10, "達成度\n（%）")):
        _put(ws, h, c, word, header=True)
        _put(ws, h + 1, c, None, header=True)
        _merge(ws, h, c, h + 1, c)
    ws.row_dimensions[h].height = 18
    ws.row_dimensions[h + 1].height = 18
    r = h + 2
    for no, name, unit, *vals in KAMAISHI:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate(vals):
            fmt = "0.0" if unit == "%" or j == 6 else None
            _put(ws, r, 4 + j, v, align="right", fmt=fmt)
        ws.row_dimensions[r].height = 22
        r += 1
    notes = [
        "※達成度は、20年度の実績を20年度の目標で除したものです。",
        "※No.5は市民意識調査によるもので、18年度は調査を実施していません。",
        "※総合振興審議会委員の意見を踏まえ、施策の方向性を決定しています。",
    ]
    for i, line in enumerate(notes):
        _text(ws, r + 1 + i, 1, line, size=8)
    _page(ws, "portrait")
    path = SOURCE / "kamaishi_shisaku_hyoka_h20.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 岩内町 (北海道): KPI検証結果 — population figures in the preface, 万人, 現状維持, （累計）, 備考
# --------------------------------------------------------------------------------------------

# Real (岩内町総合戦略（素案）): the strategy's name, the 平成22年国勢調査 14,451人 and the 2040 projection
# 7,848人, the period H27～H31. Made up: the sheet, 基本目標 wording, 施策, every KPI and figure, 備考.
IWANAI = [
    # (施策, KPI, 現状値（H26）, 目標値（H31）, H27実績, H28実績, 備考)
    ("(1)水産業の振興", "新規漁業就業者数", "0人", "5人（累計）", "1人", "2人", ""),
    (
        "(1)水産業の振興",
        "水産加工品の販路開拓件数",
        "3件",
        "10件",
        "5件",
        "8件",
        "商談会出展費用 1,850千円",
    ),
    ("(2)観光の振興", "観光入込客数", "38.4万人", "42万人", "39.1万人", "40.2万人", ""),
    (
        "(2)観光の振興",
        "いわない温泉の宿泊者数",
        "5.2万人",
        "現状維持",
        "5.0万人",
        "5.3万人",
        "H28は台風の影響で10月に2施設休業",
    ),
    ("(3)移住・定住の促進", "移住相談件数", "12件", "30件", "18件", "27件", ""),
]


def iwanai() -> Path:
    widths = [18, 26, 11, 12, 10, 10, 22]
    wb, ws = _sheet("KPI検証", widths)
    _text(
        ws,
        1,
        1,
        "岩内町総合戦略　重要業績評価指標（KPI）の検証結果（平成28年度）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 7, "平成29年9月　岩内町企画課", align="right", size=9)
    _para(
        ws,
        3,
        1,
        7,
        "本町の人口は、平成22年国勢調査で14,451人となっており、このまま推移すると2040年には7,848人になると推計されています（国立社会保障・人口問題研究所）。総合戦略（平成27年度～平成31年度）に掲げたKPIの実績を取りまとめました。",
        42,
    )
    _text(ws, 5, 1, "基本目標1　地域の資源を活かし、安定した雇用をつくる", bold=True, size=10)
    h = 6
    head = [
        "具体的な施策",
        "重要業績評価指標（KPI）",
        "現状値（H26）",
        "目標値（H31）",
        "H27実績",
        "H28実績",
        "備考",
    ]
    for c, word in enumerate(head, start=1):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 22
    r = h + 1
    first = r
    prev = None
    for measure, *cells in IWANAI:
        if measure != prev:
            if prev is not None and r - 1 > first:
                _merge(ws, first, 1, r - 1, 1)
            first = r
            _put(ws, r, 1, measure)
        else:
            _put(ws, r, 1, None)
        prev = measure
        for j, v in enumerate(cells):
            _put(ws, r, 2 + j, v, align="left" if j in (0, 5) else "right", size=9 if j != 5 else 8)
        ws.row_dimensions[r].height = 26
        r += 1
    if r - 1 > first:
        _merge(ws, first, 1, r - 1, 1)
    notes = [
        "※目標値の「（累計）」は、平成27年度からの累計です。実績値は各年度の値です。",
        "※観光入込客数は、北海道観光入込客数調査によるものです。",
    ]
    for i, line in enumerate(notes):
        _text(ws, r + 1 + i, 1, line, size=8)
    _page(ws, "portrait")
    path = SOURCE / "iwanai_kpi_kensho_h28.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 館山市 (千葉県): 地方創生推進交付金事業 KPI — 平成29年度 over 目標値|実績値|達成率, rowspan, 合計 row
# --------------------------------------------------------------------------------------------

# Real (房日新聞 2018-07-30): 景観形成事業 (景観計画策定, シンボルロード美化), 交流拠点施設機能強化事業,
# 恋人の聖地事業, 平成29年度, 達成率 over 100%, the words 非常に有効であった. Made up: the page, every KPI,
# figure, the other 評価 words, the money.
TATEYAMA = [
    (
        "景観形成事業",
        "12,480",
        "非常に有効であった",
        [
            ("景観計画に基づく届出件数", "件", "0", "20", "24", "120.0%"),
            ("シンボルロード美化活動の参加者数", "人", "120", "150", "138", "92.0%"),
        ],
    ),
    (
        "交流拠点施設機能強化事業",
        "8,950",
        "有効であった",
        [
            ("“渚の駅”たてやまの入館者数", "人", "642,310", "660,000", "671,845", "101.8%"),
        ],
    ),
    (
        "恋人の聖地事業",
        "5,200",
        "非常に有効であった",
        [
            ("恋人の聖地関連イベントの参加者数", "人", "0", "500", "1,260", "252.0%"),
            ("「恋人の聖地」の認知度", "%", "―", "30.0", "―", "―"),
        ],
    ),
]


def tateyama_html() -> str:
    lines = [
        "<table>",
        "<thead>",
        '<tr><th rowspan="2">事業名</th><th rowspan="2">事業費<br>（千円）</th><th rowspan="2">重要業績評価指標（KPI）</th><th rowspan="2">単位</th><th rowspan="2">事業開始前</th><th colspan="3">平成29年度</th><th rowspan="2">評価</th></tr>',
        "<tr><th>目標値</th><th>実績値</th><th>達成率</th></tr>",
        "</thead>",
        "<tbody>",
    ]
    for name, money, word, rows in TATEYAMA:
        n = len(rows)
        span = f' rowspan="{n}"' if n > 1 else ""
        for i, (kpi, unit, base, target, actual, rate) in enumerate(rows):
            head = f'<td{span}>{name}</td><td class="r"{span}>{money}</td>' if i == 0 else ""
            tail = f"<td{span}>{word}</td>" if i == 0 else ""
            lines.append(
                f'<tr>{head}<td>{kpi}</td><td class="c">{unit}</td><td class="r">{base}</td><td class="r">{target}</td><td class="r">{actual}</td><td class="r">{rate}</td>{tail}</tr>'
            )
    lines += [
        "</tbody>",
        "<tfoot>",
        '<tr><th>合計</th><td class="r">26,630</td><td colspan="7"></td></tr>',
        "</tfoot>",
        "</table>",
    ]
    table = "\n".join(lines)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>地方創生推進交付金事業の効果検証（平成29年度実施事業）｜館山市</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin: 0.4em 0 0.8em; }}
th, td {{ border: 1px solid #333; padding: 3px 8px; }}
th {{ background: #e8e8e8; font-weight: normal; }}
td.r {{ text-align: right; }}
td.c {{ text-align: center; }}
p.note {{ font-size: 85%; margin: 0.2em 0; }}
</style>
</head>
<body>
<h1>地方創生推進交付金事業の効果検証（平成29年度実施事業）</h1>
<p>平成30年7月　館山市企画課</p>
<p>平成29年度に地方創生推進交付金を活用して実施した事業について、重要業績評価指標（KPI）の達成状況を館山市総合計画審議会で検証しました。</p>
<h2>館山市まち・ひと・しごと創生総合戦略　地方創生推進交付金事業</h2>
{table}
<p class="note">※達成率は、実績値を目標値で除したものです。</p>
<p class="note">※「恋人の聖地」の認知度は、平成30年度に市民アンケートで把握する予定のため「―」としています。</p>
<p class="note">※評価は、総合計画審議会における事業の効果の評価（「非常に有効であった」「有効であった」「有効でなかった」）です。</p>
</body>
</html>
"""


def tateyama() -> Path:
    path = HERE / "tateyama_suishin_kpi_h29.html"
    path.write_bytes(tateyama_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (ueda, kamaishi, iwanai):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {tateyama().name}")


if __name__ == "__main__":
    main()
