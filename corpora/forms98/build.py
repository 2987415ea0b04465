"""Build the built documents of forms98/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/chitose_shisaku_hyoka_h29.xlsx``, a 施策評価表 of the 市民行政アセス in the manner of
  千歳市 (北海道): form fields (将来都市像, 施策, 主管課, 事業費), a 成果指標 grid with H27–H29
  actuals under one 実績値 header and the H32 target, ``千人`` in the 単位 column, a ``―``
  baseline, and a second table of the 施策's 満足度/重要度 scores (no KPIs); and the PDF;
* ``source/tome_jimujigyo_hyoka_h27.xlsx``, a 事務事業評価シート in the manner of 登米市
  (宮城県): form fields, one grid of 対象指標 / 活動指標 / 成果指標 with the 区分 merged down,
  H25–H27 actuals, an H27 target and an H30 target, shaded blank targets for the 対象指標,
  ``千円`` in the 単位 column, and a 事業費 table under the grid; and the PDF;
* ``source/inawashiro_kpi_kensho_r5.xlsx``, a 総合戦略 数値目標・KPI 検証 in the manner of
  猪苗代町 (福島県耶麻郡): R3/R4 actuals, an R5 目標値|実績値 pair, the R8 final target with the
  target before the plan's extension in brackets (``300.0（変更前 290.0）``), ``万人`` and
  ``億円`` in the 単位 column and a ``―`` unit; and the PDF;
* ``nagai_kpi_jisseki_h29.html``, a 地域再生計画 KPI 実績 in the manner of 長井市 (山形県):
  each KPI two rows (目標 / 実績) under 平成28年度 … 平成32年度, future actuals blank, ``－`` for
  a facility not yet open.

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
    wb.properties.creator = "forms98/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms98/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms98_soffice_") as tmp:
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


def _val(ws, r, c, raw, fill=None, size=9) -> None:
    """A value cell from the text to be printed: numbers stay numbers with a format."""
    if raw is None:
        _put(ws, r, c, None, fill=fill)
        return
    plain = raw.replace(",", "")
    if re.fullmatch(r"-?\d+(\.\d+)?", plain):
        decimals = len(plain.split(".")[1]) if "." in plain else 0
        fmt = ("#,##0" if "," in raw or decimals == 0 else "0") + (
            "." + "0" * decimals if decimals else ""
        )
        number = float(plain) if decimals else int(plain)
        _put(ws, r, c, number, fmt=fmt, fill=fill, size=size)
    else:
        _put(ws, r, c, raw, align="center" if raw in ("―", "－") else "right", fill=fill, size=size)


# --------------------------------------------------------------------------------------------
# 千歳市 (北海道): 平成29年度 施策評価表（市民行政アセス）
# --------------------------------------------------------------------------------------------

# Real (千歳市's 行政評価 pages and the 市民行政アセス 平成29年度施策評価表, 平成30年9月): the
# 市民行政アセス, the 施策評価表, the 施策 ② 移住・定住の促進, 第6期総合計画 and its 将来都市像,
# 満足度/重要度 scores of 施策. Made up: 課, money, every indicator, figure and score.
CHITOSE_FIELDS = [
    ("将来都市像", "みんなで生き生き　活力創造都市　ちとせ（千歳市第6期総合計画）"),
    ("施策", "②　移住・定住の促進"),
    ("主管課", "企画部企画課"),
    ("関係課", "産業振興部観光企業課、建設部住宅課"),
    ("施策の事業費", "平成29年度決算　48,630千円"),
]
CHITOSE = [
    ("1", "道外からの転入者数", "人", ["2,815", "2,944", "3,010", "2,987", "3,300"]),
    ("2", "移住相談窓口での相談件数", "件", ["―", "42", "57", "68", "100"]),
    ("3", "移住体験住宅（ちとせお試し暮らし）の利用者数", "人", ["24", "61", "75", "83", "90"]),
    ("4", "市外からの通勤・通学者数", "千人", ["21.4", "22.8", "23.1", "23.6", "24.0"]),
    ("5", "「住み続けたい」と思う市民の割合", "％", ["78.4", "80.2", "81.5", "79.9", "85.0"]),
]
CHITOSE_SCORES = [("満足度", ["0.21", "0.26", "0.30"]), ("重要度", ["0.80", "0.78", "0.76"])]


def chitose() -> Path:
    widths = [6, 34, 7, 11, 10, 10, 10, 12]
    wb, ws = _sheet("施策評価表", widths)
    _text(ws, 1, 1, "平成29年度　施策評価表（市民行政アセス）", bold=True, size=12)
    _text(ws, 2, 8, "平成30年9月　千歳市", align="right", size=9)
    r = 4
    for key, value in CHITOSE_FIELDS:
        _span(ws, r, 1, 2, key, header=True)
        _span(ws, r, 3, 8, value)
        ws.row_dimensions[r].height = 20
        r += 1
    r += 1
    _text(ws, r, 1, "１　成果指標の推移", bold=True, size=10)
    h = r + 1
    _head2(
        ws,
        h,
        [(1, "No."), (2, "成果指標"), (3, "単位"), (4, "当初値\n（H22）"), (8, "目標値\n（H32）")],
        [(5, 7, "実績値", ["H27", "H28", "H29"])],
    )
    r = h + 2
    for no, name, unit, values in CHITOSE:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate(values):
            _val(ws, r, 4 + j, v)
        ws.row_dimensions[r].height = 24
        r += 1
    _notes(
        ws,
        r,
        [
            "※No.2は平成25年度に移住相談窓口を開設したため、当初値はありません。",
            "※No.4は国勢調査及び北海道の推計による値です。",
        ],
    )
    r += 3
    _text(ws, r, 1, "２　市民アンケートによる施策の評価（点）", bold=True, size=10)
    h = r + 1
    _span(ws, h, 1, 2, "区分", header=True)
    for j, year in enumerate(("H27", "H28", "H29")):
        _put(ws, h, 3 + j * 2, year, header=True)
        _put(ws, h, 4 + j * 2, None, header=True)
        _merge(ws, h, 3 + j * 2, h, 4 + j * 2)
    r = h + 1
    for word, scores in CHITOSE_SCORES:
        _span(ws, r, 1, 2, word)
        for j, v in enumerate(scores):
            _val(ws, r, 3 + j * 2, v)
            _put(ws, r, 4 + j * 2, None)
            _merge(ws, r, 3 + j * 2, r, 4 + j * 2)
        ws.row_dimensions[r].height = 18
        r += 1
    _notes(
        ws,
        r,
        ["※満足度・重要度は市民アンケートの回答を－2点から＋2点で点数化した平均点です。"],
    )
    _page(ws, "portrait")
    path = SOURCE / "chitose_shisaku_hyoka_h29.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 登米市 (宮城県): 平成28年度 事務事業評価シート（平成27年度実施事業）
# --------------------------------------------------------------------------------------------

# Real (平成28年度登米市行政評価外部評価の結果): 基本事業 アグリビジネス等の推進, 事務事業
# ビジネスチャンス支援事業, the words 基本事業 / 事務事業. Made up: the sheet's layout, 課, every
# indicator, figure, money and grade.
TOME_FIELDS = [
    ("事務事業名", "ビジネスチャンス支援事業"),
    ("基本事業", "アグリビジネス等の推進"),
    ("担当部課", "産業経済部　商工観光課"),
    ("事業の目的", "市内の農業者や食品関連事業者が新たな販路を開拓し、取引を拡大する。"),
]
TOME = [
    ("対象指標", [("市内の農業法人・食品関連事業者数", "社", ["148", "152", "155", None, None])]),
    (
        "活動指標",
        [
            ("商談会・展示会への出展支援回数", "回", ["2", "4", "5", "5", "6"]),
            ("商品開発講座の開催回数", "回", ["―", "3", "3", "4", "4"]),
        ],
    ),
    (
        "成果指標",
        [
            ("支援による新規取引成立件数", "件", ["1", "6", "9", "8", "12"]),
            ("支援事業者の商談成約額", "千円", ["1,250", "8,400", "12,760", "15,000", "20,000"]),
        ],
    ),
]
TOME_COST = [
    ("事業費", ["0", "3,200", "4,850"]),
    ("人件費", ["1,500", "3,000", "3,000"]),
    ("総事業費", ["1,500", "6,200", "7,850"]),
]


def tome() -> Path:
    widths = [10, 34, 7, 10, 10, 10, 10, 10]
    wb, ws = _sheet("事務事業評価シート", widths)
    _text(ws, 1, 1, "平成28年度　事務事業評価シート（平成27年度実施事業）", bold=True, size=12)
    _text(ws, 2, 8, "登米市", align="right", size=9)
    r = 4
    for key, value in TOME_FIELDS:
        _put(ws, r, 1, key, header=True)
        _span(ws, r, 2, 8, value)
        ws.row_dimensions[r].height = 20
        r += 1
    r += 1
    _text(ws, r, 1, "２　指標の推移", bold=True, size=10)
    h = r + 1
    for c, word in enumerate(
        ("区分", "指標名", "単位", "H25実績", "H26実績", "H27実績", "H27目標", "H30目標"), start=1
    ):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 22
    r = h + 1
    for group, rows in TOME:
        first = r
        for name, unit, values in rows:
            _put(ws, r, 1, group if r == first else None, align="center")
            _put(ws, r, 2, name)
            _put(ws, r, 3, unit, align="center")
            for j, v in enumerate(values):
                _val(ws, r, 4 + j, v, fill=LIGHT if v is None else None)
            ws.row_dimensions[r].height = 22
            r += 1
        if r - 1 > first:
            _merge(ws, first, 1, r - 1, 1)
    _notes(
        ws,
        r,
        [
            "※商品開発講座は平成26年度から実施しています。",
            "※対象指標は目標を設定していません（網掛け）。",
        ],
    )
    r += 3
    _text(ws, r, 1, "３　事業費の推移（単位：千円）", bold=True, size=10)
    h = r + 1
    _span(ws, h, 1, 2, "区分", header=True)
    for j, year in enumerate(("H25", "H26", "H27")):
        _put(ws, h, 3 + j * 2, year, header=True)
        _put(ws, h, 4 + j * 2, None, header=True)
        _merge(ws, h, 3 + j * 2, h, 4 + j * 2)
    r = h + 1
    for word, money in TOME_COST:
        _span(ws, r, 1, 2, word)
        for j, v in enumerate(money):
            _val(ws, r, 3 + j * 2, v)
            _put(ws, r, 4 + j * 2, None)
            _merge(ws, r, 3 + j * 2, r, 4 + j * 2)
        ws.row_dimensions[r].height = 18
        r += 1
    r += 1
    _put(ws, r, 1, "一次評価", header=True)
    _span(ws, r, 2, 8, "B　改善して継続（出展先の選定方法を見直す）")
    ws.row_dimensions[r].height = 20
    _page(ws, "portrait")
    path = SOURCE / "tome_jimujigyo_hyoka_h27.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 猪苗代町 (福島県耶麻郡): 第2期総合戦略 数値目標・KPIの検証（令和5年度実績）
# --------------------------------------------------------------------------------------------

# Real (猪苗代町's page on the 総合戦略): 猪苗代町まち・ひと・しごと創生人口ビジョン・総合戦略
# (平成28年2月), the 第2期 (令和2年2月), the 猪苗代町まち・ひと・しごと創生会議 that checks it every
# year, the extension by two years and the target year moved from 令和6年 to 令和8年. Made up: the
# sheet, 基本目標 wording, every indicator and figure, the former targets.
INAWASHIRO = [
    (
        "1",
        "観光入込客数",
        "万人",
        ["286.4", "198.7", "241.5", "270.0", "262.3", "300.0（変更前 290.0）"],
    ),
    ("2", "町内での新規創業件数", "件", ["3", "4", "2", "4", "5", "5"]),
    (
        "3",
        "移住相談を経た町外からの転入者数",
        "人",
        ["8", "11", "15", "14", "14", "20（変更前 15）"],
    ),
    ("4", "合計特殊出生率", "―", ["1.48", "1.39", "1.42", "1.50", "1.36", "1.60"]),
    ("5", "農業産出額", "億円", ["52.3", "49.8", "50.6", "53.0", "51.2", "55.0"]),
]


def inawashiro() -> Path:
    widths = [6, 34, 7, 12, 11, 11, 11, 11, 20]
    wb, ws = _sheet("検証シート", widths)
    _text(
        ws,
        1,
        1,
        "第2期猪苗代町まち・ひと・しごと創生総合戦略　数値目標・KPIの検証（令和5年度実績）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 9, "令和6年8月　猪苗代町まち・ひと・しごと創生会議", align="right", size=9)
    _text(ws, 4, 1, "基本目標１　猪苗代の資源を活かし、しごとと交流を生み出す", bold=True, size=11)
    h = 5
    _head2(
        ws,
        h,
        [
            (1, "No."),
            (2, "指標名"),
            (3, "単位"),
            (4, "基準値\n（H30）"),
            (5, "令和3年度\n実績"),
            (6, "令和4年度\n実績"),
            (9, "最終目標値\n（R8）"),
        ],
        [(7, 8, "令和5年度", ["目標値", "実績値"])],
    )
    r = h + 2
    for no, name, unit, values in INAWASHIRO:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate(values):
            _val(ws, r, 4 + j, v)
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※計画期間を2年間延長したことに伴い、最終目標値の年度を令和6年度から令和8年度に変更しました。",
            "　目標値を改定した指標は、改定前の目標値を（変更前）として併記しています。",
            "※観光入込客数は福島県観光客入込状況調査（暦年）によります。",
            "※令和5年度の地方創生推進交付金事業費は38,400千円です。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "inawashiro_kpi_kensho_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 長井市 (山形県): 地域再生計画 KPIの実績（平成29年度）
# --------------------------------------------------------------------------------------------

# Real (長井市's page on its 地域再生計画): the plan's name 水と歴史と公共交通を活かす 最上川「山の港町」
# 長井市地域再生計画, its 認定 平成28年3月15日, its period, its 事業 (観光交流センター, 民間商業施設,
# 公共交通ネットワーク, インキュベーション施設, 住宅取得支援). Made up: the page, its date and 課,
# every KPI and figure, the note.
NAGAI_ROWS = [
    (
        "中心市街地の歩行者通行量（休日）",
        "人",
        "2,140",
        ["2,200", "2,300", "2,500", "2,700", "3,000"],
        ["2,185", "2,356"],
    ),
    (
        "観光交流センターの来館者数",
        "人",
        "－",
        ["－", "－", "100,000", "120,000", "150,000"],
        ["－", "－"],
    ),
    ("インキュベーション施設の入居事業者数", "社", "0", ["2", "4", "6", "8", "10"], ["3", "4"]),
    (
        "住宅取得支援による転入世帯数（累計）",
        "世帯",
        "0",
        ["10", "20", "30", "40", "50"],
        ["14", "19"],
    ),
    (
        "市営バス・デマンドタクシーの年間利用者数",
        "人",
        "98,500",
        ["100,000", "102,000", "104,000", "106,000", "108,000"],
        ["99,120", "97,860"],
    ),
]


def nagai_table() -> str:
    years = "".join(f"<th>平成{y}年度</th>" for y in range(28, 33))
    lines = [
        '<table border="1">',
        f'<tr><th colspan="2">重要業績評価指標（KPI）</th><th>単位</th><th>事業開始前<br>（平成27年度）</th><th>区分</th>{years}</tr>',
    ]
    for no, (name, unit, base, targets, actuals) in enumerate(NAGAI_ROWS, start=1):
        t = "".join(f"<td>{v}</td>" for v in targets)
        a = "".join(f"<td>{v}</td>" for v in actuals) + "<td></td>" * (5 - len(actuals))
        lines.append(
            f'<tr><td rowspan="2">{no}</td><td rowspan="2">{name}</td><td rowspan="2">{unit}</td>'
            f'<td rowspan="2">{base}</td><td>目標</td>{t}</tr>'
        )
        lines.append(f"<tr><td>実績</td>{a}</tr>")
    lines.append("</table>")
    return "\n".join(lines)


def nagai_html() -> str:
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>水と歴史と公共交通を活かす 最上川「山の港町」長井市地域再生計画　KPIの実績（平成29年度）</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 1em; }}
th, td {{ border: 1px solid #333; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
</style>
</head>
<body>
<h1>水と歴史と公共交通を活かす 最上川「山の港町」長井市地域再生計画　KPIの実績（平成29年度）</h1>
<p>平成30年9月　長井市総合政策課</p>
<p>平成28年3月15日に認定を受けた地域再生計画（計画期間：認定日から平成33年3月31日まで）に掲げた重要業績評価指標（KPI）の平成29年度までの実績をお知らせします。</p>
<h2>KPIの目標と実績</h2>
{nagai_table()}
<p>※観光交流センターは平成30年度に開館予定のため、平成29年度までの目標・実績はありません。</p>
<p>※平成29年度の地方創生拠点整備交付金事業費は412,800千円（うち交付金206,400千円）です。</p>
</body>
</html>
"""


def nagai() -> Path:
    path = HERE / "nagai_kpi_jisseki_h29.html"
    path.write_bytes(nagai_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (chitose, tome, inawashiro):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {nagai().name}")


if __name__ == "__main__":
    main()
