"""Build the built documents of forms171/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/owase_kpi_kensho_r2.xlsx``, a 総合戦略 KPI 検証シート in the manner of 尾鷲市 (三重県):
  a 市の概況 box of real population figures, one KPI grid with a 担当課 per row in which **the
  cells of a KPI added at a revision are struck through with a diagonal line (斜線)**, and under
  it **a 担当課別 ranking table (順位, KPI数, 達成, 未達成, 達成率)** that is no KPI table; and the PDF;
* ``source/toei_kpi_suii_r1.xlsx``, a 総合戦略 KPI 推移 in the manner of 東栄町 (愛知県): **one grid
  interrupted by a full-width note row and resumed under a repeated header whose baseline column
  is `改訂時（H29）` merged over two columns**, and **full-width minus signs (`－25`) beside a
  lone `－` that means no figure**; and the PDF;
* ``source/chihayaakasaka_kaso_hyoka_r5.xlsx``, a 過疎地域持続的発展計画 評価指標 sheet in the
  manner of 千早赤阪村 (大阪府): form fields, shaded rows naming the plan's chapters, a
  `指標の種類` column (アウトプット / アウトカム), **count-of-total cells (`5/8`)** and **cells
  qualified `月平均`**; and the PDF;
* ``miyazu_kihon_mokuhyo_r2.html``, a 総合戦略 基本目標 page in the manner of 宮津市 (京都府):
  **the page body is an old-style layout table whose right cell holds the headings and both
  KPI tables (nested tables)**, values with their units and scale words (`273万人`, `89億円`,
  `1万8千人`), `―` for years without a survey, and **an indicator name with furigana markup
  (`<ruby>天橋立<rp>（</rp><rt>あまのはしだて</rt><rp>）</rp></ruby>`)**.

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
# A cell struck through with a diagonal line (斜線), top left to bottom right.
STRUCK = Border(left=THIN, right=THIN, top=THIN, bottom=THIN, diagonal=THIN, diagonalDown=True)
SHADE = PatternFill("solid", fgColor="D9D9D9")
LIGHT = PatternFill("solid", fgColor="F2F2F2")
FONT = "IPAGothic"
FIXED = dt.datetime(2026, 12, 5, 0, 0, 0)


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms171/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms171/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms171_soffice_") as tmp:
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
    ws.row_dimensions[h].height = 20
    ws.row_dimensions[h + 1].height = 20


def _vals(ws, r, c0, vals, fmts=None) -> None:
    for j, v in enumerate(vals):
        fmt = (fmts or {}).get(j) or ("#,##0.0" if isinstance(v, float) else None)
        num = isinstance(v, (int, float))
        _put(ws, r, c0 + j, v, align="right" if num else "center", fmt=fmt)


# --------------------------------------------------------------------------------------------
# 尾鷲市 (三重県): まち・ひと・しごと創生総合戦略 KPI検証シート（令和2年度実績）
# --------------------------------------------------------------------------------------------

# Real (地域再生計画 of 尾鷲市, furusato-funding.jp/projects/2053): 17,421人 (住基, 令和2年), 31,348人
# (昭和55年), 死亡346人・出生85人 (平成30年), 合計特殊出生率 1.57 (平成25～29年). 課 names from the
# 平成25年 市議会 会議録 (商工観光推進課, 魚まち推進課, 市長公室). Made up: the sheet, 基本目標, KPIs, figures.
# None stands for a cell struck through with a diagonal line.
OW_ROWS = [
    ("1", "観光入込客数", "千人", 608, 652, 671, 498, 700, "商工観光推進課"),
    (
        "2",
        "熊野古道（馬越峠）の来訪者数",
        "人",
        28410,
        31250,
        33020,
        21870,
        35000,
        "商工観光推進課",
    ),
    ("3", "尾鷲海洋深層水関連商品の販売額", "百万円", 182, 210, 226, 241, 230, "魚まち推進課"),
    ("4", "新規漁業就業者数", "人", 3, 4, 2, 5, 5, "魚まち推進課"),
    ("5", "移住相談件数", "件", None, None, 46, 58, 50, "市長公室"),
]

OW_RANK = [
    ("1", "市長公室", 1, 1, 0, "100.0%"),
    ("1", "魚まち推進課", 2, 2, 0, "100.0%"),
    ("3", "商工観光推進課", 2, 0, 2, "0.0%"),
    ("計", "", 5, 3, 2, "60.0%"),
]


def owase() -> Path:
    wb, ws = _sheet("KPI検証", [6, 34, 8, 11, 10, 10, 10, 11, 17])
    _text(
        ws,
        1,
        1,
        "尾鷲市まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）検証シート（令和2年度実績）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 9, "令和3年8月　尾鷲市市長公室", align="right")
    _span(ws, 4, 1, 2, "市の概況", header=True)
    _span(
        ws,
        4,
        3,
        9,
        "住民基本台帳による令和2年の人口は17,421人で、昭和55年の31,348人から大きく減少しています。"
        "平成30年は死亡数346人、出生数85人の自然減で、合計特殊出生率は1.57（平成25～29年）です。",
    )
    ws.row_dimensions[4].height = 30
    _text(ws, 6, 1, "基本目標１　海・山の資源を活かし、しごとをつくる", bold=True, size=11)
    _head2(
        ws,
        7,
        [
            (1, "No."),
            (2, "重要業績評価指標（KPI）"),
            (3, "単位"),
            (4, "基準値\n（H26）"),
            (8, "目標値\n（R2）"),
            (9, "担当課"),
        ],
        [(5, 7, "実績値", ["H30", "R元", "R2"])],
    )
    r = 9
    for no, name, unit, *vals, dept in OW_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate(vals):
            if v is None:
                cell = _put(ws, r, 4 + j, None)
                cell.border = STRUCK
            else:
                _put(ws, r, 4 + j, v, align="right")
        _put(ws, r, 9, dept, align="center")
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r,
        [
            "※No.5は令和元年度の戦略改訂で追加した指標のため、基準値及び平成30年度の欄は斜線としています。",
            "※No.1及びNo.2の令和2年度実績は、新型コロナウイルス感染症の影響により大きく減少しました。",
        ],
    )
    r += 3
    _text(ws, r, 1, "担当課別の達成状況（令和2年度）", bold=True, size=11)
    r += 1
    for c, word in enumerate(["順位", "担当課", "KPI数", "達成", "未達成", "達成率"], start=1):
        _put(ws, r, c, word, header=True)
    ws.row_dimensions[r].height = 20
    r += 1
    for rank, dept, n, ok, ng, rate in OW_RANK:
        total = rank == "計"
        fill = LIGHT if total else None
        _put(ws, r, 1, rank, align="center", fill=fill)
        _put(ws, r, 2, dept, fill=fill)
        for j, v in enumerate([n, ok, ng]):
            _put(ws, r, 3 + j, v, align="right", fill=fill)
        _put(ws, r, 6, rate, align="right", fill=fill)
        ws.row_dimensions[r].height = 18
        r += 1
    _notes(ws, r, ["※達成率＝目標を達成したKPIの数÷KPIの数。順位は達成率の高い順です。"])
    _page(ws, "landscape")
    path = SOURCE / "owase_kpi_kensho_r2.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 東栄町 (愛知県): 東栄町まち・ひと・しごと創生総合戦略（東栄“住人”増やそう戦略） KPIの推移
# --------------------------------------------------------------------------------------------

# Real (地域再生計画 of 東栄町, furusato-funding.jp/projects/2045; iju-join, furusato-web): 3,195人 and
# 高齢化率49.8% (平成31年4月1日), 平成30年度 転入86人・転出82人 (社会増4人), 花祭 (町内11か所), 移住ソムリエ,
# スターフォーレスト御園, the strategy's name and 基本目標② 人の流れづくり, 総務課 (移住の問い合わせ先).
# Made up: the sheet, its date, every KPI and figure but the H30 社会増減 4, 経済課, the notes.
TE_ROWS_A = [
    ("1", "社会増減数", "人", "－25", "－12", 4, "－3", 0, "総務課"),
    ("2", "空き家バンクを通じた移住世帯数（累計）", "世帯", 21, 38, 45, 56, 55, "総務課"),
    ("3", "花祭の見物客数（町内11か所の合計）", "人", 8200, 9150, "－", 9480, 10000, "経済課"),
]
TE_ROWS_B = [
    ("4", "移住ソムリエの登録数", "人・団体", 48, 87, 104, 100, "総務課"),
    ("5", "スターフォーレスト御園の宿泊者数", "人", 2950, 3120, 2860, 3300, "経済課"),
]


def toei() -> Path:
    wb, ws = _sheet("KPIの推移", [5, 30, 8, 10, 9, 9, 9, 10, 10])
    _text(
        ws,
        1,
        1,
        "東栄町まち・ひと・しごと創生総合戦略（東栄“住人”増やそう戦略）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 1, "重要業績評価指標（KPI）の推移（令和元年度）", bold=True, size=12)
    _text(ws, 3, 9, "令和2年9月　東栄町総務課", align="right")
    _para(
        ws,
        5,
        1,
        9,
        "町の人口は平成31年4月1日現在3,195人、高齢化率は49.8%です（住民基本台帳）。平成30年度は転入者86人、"
        "転出者82人で、4人の社会増となりました。町内11か所で受け継がれる花祭や、100を超える個人・団体が登録する"
        "「移住ソムリエ」を生かし、人の流れづくりに取り組んでいます。",
        44,
    )
    _text(ws, 7, 1, "基本目標②　人の流れづくり", bold=True, size=11)
    singles = [
        (1, "No."),
        (2, "KPI"),
        (3, "単位"),
        (4, "基準値\n（H26）"),
        (8, "目標値\n（R元）"),
        (9, "担当課"),
    ]
    _head2(ws, 8, singles, [(5, 7, "実績値", ["H29", "H30", "R元"])])
    r = 10
    for no, name, unit, *vals, dept in TE_ROWS_A:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate(vals):
            _put(ws, r, 4 + j, v, align="right" if v != "－" else "center")
        _put(ws, r, 9, dept, align="center")
        ws.row_dimensions[r].height = 24
        r += 1
    # A note row across the whole grid, then the header again for the rows added at the revision.
    _span(
        ws,
        r,
        1,
        9,
        "※No.4・No.5は、平成30年3月の戦略改訂で追加したKPIです。基準値は改訂時（平成29年度）の値です。",
        size=8,
        fill=LIGHT,
    )
    ws.row_dimensions[r].height = 18
    r += 1
    for c, word in [(1, "No."), (2, "KPI"), (3, "単位"), (8, "目標値\n（R元）"), (9, "担当課")]:
        _put(ws, r, c, word, header=True)
        _put(ws, r + 1, c, None, header=True)
        _merge(ws, r, c, r + 1, c)
    _put(ws, r, 4, "改訂時（H29）", header=True)
    for rr, cc in [(r, 5), (r + 1, 4), (r + 1, 5)]:
        _put(ws, rr, cc, None, header=True)
    _merge(ws, r, 4, r + 1, 5)
    _span(ws, r, 6, 7, "実績値", header=True)
    _put(ws, r + 1, 6, "H30", header=True)
    _put(ws, r + 1, 7, "R元", header=True)
    ws.row_dimensions[r].height = 20
    ws.row_dimensions[r + 1].height = 20
    r += 2
    for no, name, unit, base, *vals, dept in TE_ROWS_B:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _span(ws, r, 4, 5, base, align="right")
        for j, v in enumerate(vals):
            _put(ws, r, 6 + j, v, align="right")
        _put(ws, r, 9, dept, align="center")
        ws.row_dimensions[r].height = 24
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※社会増減数は、年度中の転入者数から転出者数を引いた数です（マイナスは転出超過）。",
            "※花祭の見物客数の平成30年度は、一部の地区で集計していないため「－」としています。",
            "※移住ソムリエの登録数は、各年度末の個人及び団体の数です。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "toei_kpi_suii_r1.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 千早赤阪村 (大阪府): 千早赤阪村過疎地域持続的発展計画 評価指標の達成状況（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (村の過疎地域持続的発展計画 page; 全国町村会 page; the village's Wikipedia entry): the plan's name,
# its period 令和3年度～令和7年度, its chapter names (2 移住・定住・地域間交流の促進、人材育成 / 3 産業の振興),
# 大阪府内唯一の村, 37.38k㎡ and 森林約8割, 4,554人 (令和6年4月1日推計), the 棚田. Made up: the sheet, its date,
# every indicator, figure and note.
CH_BLOCKS = [
    (
        "２　移住・定住・地域間交流の促進、人材育成",
        [
            ("移住相談件数", "件", "アウトプット", 24, 31, 38, 45, 40, 60),
            (
                "空き家バンクへの問い合わせ件数",
                "件",
                "アウトプット",
                "―",
                "月平均3.1",
                "月平均3.8",
                "月平均4.6",
                "月平均5.0",
                "月平均8.0",
            ),
        ],
    ),
    (
        "３　産業の振興",
        [
            (
                "棚田の保全活動に取り組む地区数",
                "地区",
                "アウトカム",
                "3/8",
                "4/8",
                "4/8",
                "5/8",
                "5/8",
                "6/8",
            ),
            ("村内産品の販売額", "千円", "アウトカム", 48200, 45900, 51300, 53800, 55000, 60000),
        ],
    ),
]


def chihayaakasaka() -> Path:
    wb, ws = _sheet("評価指標", [30, 6, 11, 10, 10, 10, 10, 10, 10])
    _text(
        ws,
        1,
        1,
        "千早赤阪村過疎地域持続的発展計画　評価指標の達成状況（令和5年度）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 9, "令和6年9月　千早赤阪村", align="right")
    fields = [
        ("計画の名称", "千早赤阪村過疎地域持続的発展計画"),
        ("計画期間", "令和3年度～令和7年度"),
        (
            "村の概況",
            "大阪府内唯一の村。面積37.38k㎡のうち森林が約8割を占め、人口は4,554人（令和6年4月1日推計）。",
        ),
    ]
    r = 4
    for label, value in fields:
        _put(ws, r, 1, label, header=True)
        _span(ws, r, 2, 9, value, align="left")
        ws.row_dimensions[r].height = 20
        r += 1
    _text(ws, 8, 1, "■評価指標の達成状況", bold=True, size=11)
    _head2(
        ws,
        9,
        [(1, "評価指標"), (2, "単位"), (3, "指標の種類"), (4, "策定時\n（R2）")],
        [(5, 7, "実績値", ["R3", "R4", "R5"]), (8, 9, "目標値", ["R5", "R7"])],
    )
    r = 11
    for chapter, rows in CH_BLOCKS:
        _span(ws, r, 1, 9, chapter, fill=LIGHT, bold=True)
        ws.row_dimensions[r].height = 18
        r += 1
        for name, unit, kind, *vals in rows:
            _put(ws, r, 1, name)
            _put(ws, r, 2, unit, align="center")
            _put(ws, r, 3, kind, align="center")
            for j, v in enumerate(vals):
                num = isinstance(v, (int, float))
                _put(ws, r, 4 + j, v, align="right" if num or v != "―" else "center")
            ws.row_dimensions[r].height = 24
            r += 1
    _notes(
        ws,
        r + 1,
        [
            "※「5/8」などは、対象8地区のうち保全活動に取り組む地区の数です。",
            "※空き家バンクへの問い合わせ件数は、年度の件数を12か月で割った月平均です（策定時は集計なし）。",
            "※村内産品の販売額は、道の駅等での村内産品の販売額（税込）です。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "chihayaakasaka_kaso_hyoka_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 宮津市 (京都府): 第1期宮津市まち・ひと・しごと創生総合戦略 基本目標の達成状況（令和2年度）
# --------------------------------------------------------------------------------------------

# Real (city.miyazu.kyoto.jp/soshiki/3/3337.html): the strategy, its period 平成27年度から令和2年度まで,
# the 基本目標 (人口1万8千人; 観光交流人口 273万人→310万人; 観光消費額 89億円→150億円; 商品販売額 253億円→280億円;
# 製造品出荷額 91億円→105億円), the five 政策パッケージ, 企画財政部 企画課, 天橋立. Made up: the page layout, its
# date, the 人口 baseline, every actual, 評価, the KPI row and the notes.
MZ_GOALS = [
    ("人口", "19,580人", "18,301人", "17,957人", "17,654人", "17,340人", "1万8千人", "未達成"),
    (
        "観光交流人口（年間）",
        "273万人",
        "295万人",
        "291万人",
        "298万人",
        "162万人",
        "310万人",
        "未達成",
    ),
    ("観光消費額", "89億円", "102億円", "108億円", "113億円", "61億円", "150億円", "未達成"),
    ("商品販売額", "253億円", "260億円", "255億円", "―", "―", "280億円", "―"),
    ("製造品出荷額", "91億円", "97億円", "99億円", "94億円", "―", "105億円", "―"),
]

MZ_MENU = [
    "市政情報",
    "計画・施策",
    "まち・ひと・しごと創生総合戦略",
    "人口ビジョン",
    "行財政改革",
]


def miyazu_html() -> str:
    goal_rows = "\n".join(
        f"<tr><td>{name}</td>" + "".join(f'<td class="num">{v}</td>' for v in vals) + "</tr>"
        for name, *vals in MZ_GOALS
    )
    menu = "\n".join(f'<li><a href="#">{m}</a></li>' for m in MZ_MENU)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>第1期宮津市まち・ひと・しごと創生総合戦略 基本目標の達成状況 - 宮津市</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table.layout {{ border: none; width: 100%; }}
table.layout > tbody > tr > td {{ border: none; vertical-align: top; }}
td.side {{ width: 180px; background: #eef3f8; }}
table.kpi {{ border-collapse: collapse; margin-bottom: 0.8em; }}
table.kpi th, table.kpi td {{ border: 1px solid #000; padding: 2px 6px; }}
table.kpi th {{ background: #d9d9d9; }}
td.num {{ text-align: right; }}
td.c {{ text-align: center; }}
</style>
</head>
<body>
<table class="layout">
<tbody>
<tr>
<td colspan="2"><p>宮津市 &gt; 組織でさがす &gt; 企画財政部 &gt; 企画課</p></td>
</tr>
<tr>
<td class="side">
<p><strong>メニュー</strong></p>
<ul>
{menu}
</ul>
</td>
<td class="main">
<h1>第1期宮津市まち・ひと・しごと創生総合戦略 基本目標の達成状況（最終年度）</h1>
<p>掲載日：2021年9月30日　企画財政部 企画課</p>
<p>平成27年度から令和2年度までを計画期間とする第1期総合戦略は、5つの政策パッケージにより施策を進めてきました。最終年度である令和2年度の実績により、基本目標（数値目標）と主な重要業績評価指標（KPI）の達成状況を取りまとめました。なお、人口ビジョンでは2060年の人口について約2万人を維持することを目標としています。</p>
<h2>1　基本目標（数値目標）の達成状況</h2>
<table class="kpi">
<thead>
<tr><th rowspan="2">数値目標</th><th rowspan="2">基準値<br>（H26）</th><th colspan="4">実績値</th><th rowspan="2">目標値<br>（R2）</th><th rowspan="2">評価</th></tr>
<tr><th>H29</th><th>H30</th><th>R元</th><th>R2</th></tr>
</thead>
<tbody>
{goal_rows}
</tbody>
</table>
<p>※商品販売額は経済センサス、製造品出荷額は工業統計調査の値です。公表されていない年度は「―」としています。</p>
<p>※令和2年度の観光交流人口及び観光消費額は、新型コロナウイルス感染症の影響により大きく減少しました。</p>
<h2>2　政策パッケージ3　みやづへの人の流れをつくる（主なKPI）</h2>
<table class="kpi">
<thead>
<tr><th>重要業績評価指標（KPI）</th><th>単位</th><th>基準値（H26）</th><th>実績値（R元）</th><th>実績値（R2）</th><th>目標値（R2）</th></tr>
</thead>
<tbody>
<tr><td><ruby>天橋立<rp>（</rp><rt>あまのはしだて</rt><rp>）</rp></ruby>を訪れる教育旅行の受入校数</td><td class="c">校</td><td class="num">58</td><td class="num">74</td><td class="num">31</td><td class="num">80</td></tr>
</tbody>
</table>
<p>お問い合わせ：企画財政部 企画課</p>
</td>
</tr>
</tbody>
</table>
</body>
</html>
"""


def miyazu() -> Path:
    path = HERE / "miyazu_kihon_mokuhyo_r2.html"
    path.write_bytes(miyazu_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (owase, toei, chihayaakasaka):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {miyazu().name}")


if __name__ == "__main__":
    main()
