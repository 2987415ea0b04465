"""Build the built documents of forms301/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/hinokage_jimu_hyoka_r5.xlsx``, a 事務事業評価シート in the manner of 日之影町 (宮崎県):
  form fields (事務事業名, 担当課, 上位計画, the town's population and 人口動態) over a 成果指標 grid
  with **a ``関連SDGs`` column of goal numbers** and **a ``目標の考え方`` column of prose full of
  numbers**, and **two non-indicator rows (``事業費（千円）``, ``従事職員（人）``) under a
  ``（参考）`` band in the same grid and the same year columns**; and the PDF;
* ``source/yasuda_shisaku_hyoka_h30.xlsx``, a 総合振興計画 施策評価表 in the manner of 安田町 (高知県):
  **full-width 施策 heading rows inside the grid that carry the 施策's 【課】 and its H30事業費**,
  a ``達成率`` column and **a shaded ``全体平均（5指標）`` row** at the foot; ``0.5以下`` targets;
  and the PDF;
* ``source/sagara_kpi_kensho_r2.xlsx``, a 地域再生計画 KPI 効果検証シート in the manner of 相良村
  (熊本県): **a ``算出式`` column of formulas with numbers and units**, ``万円`` and ``千人`` in
  単位, and **a ``※1`` mark in an actual cell whose note is a row spanning the grid right under
  it**; and the PDF;
* ``kohoku_kpi_shinchoku_r3.html``, a 総合戦略 KPI page in the manner of 江北町 (佐賀県):
  **plain-language headers ``はじめの値（R元） | いまの値（R3） | 目指す値（R6）``**, **a 県内順位
  written inside value cells (``1.62<br>（県内20市町中6位）``)**, ``rowspan`` 施策 cells, a 担当課
  column, a ``―（R元.11開園）`` baseline and a money row at the table's foot.

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
    wb.properties.creator = "forms301/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms301/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms301_soffice_") as tmp:
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
# 日之影町 (宮崎県): 事務事業評価シート（令和5年度実績）
# --------------------------------------------------------------------------------------------

# Real (furusato-funding.jp/projects/2582): the plan name, 3,876人 (令和2年9月 住基), 自然減53人 and
# 社会減34人 (令和元年). Made up: the sheet, 事業, 課, every indicator, figure, SDGs number and note.
HK_ROWS = [
    ("1", "移住相談件数", "件", "11", 24, 41, 45, 52, 60, "R2の24件から年7件程度の増加を見込む"),
    ("2", "移住者数", "人", "8・11", 8, 14, 15, 13, 20, "空き家バンク成約1件あたり2.5人で算定"),
    ("3", "空き家バンク登録件数", "件", "11", 11, 19, 20, 20, 30, "毎年4件の新規登録（5年で20件）"),
    (
        "4",
        "転出超過数の抑制",
        "人",
        "11",
        34,
        29,
        28,
        31,
        20,
        "令和元年の社会減34人を基準に年3人減",
    ),
]


def hinokage() -> Path:
    wb, ws = _sheet("事務事業評価", [5, 22, 6, 8, 10, 9, 9, 9, 9, 30])
    _text(ws, 1, 1, "日之影町　事務事業評価シート（令和5年度実績）", bold=True, size=14)
    _text(ws, 2, 10, "令和6年7月31日", align="right")
    fields = [
        ("事務事業名", "移住・定住促進事業", "担当課", "地域振興課"),
        ("上位計画", "日之影町まち・ひと・しごと創生推進計画", "事業期間", "令和3年度～令和7年度"),
        (
            "町の人口",
            "3,876人（令和2年9月、住民基本台帳）",
            "人口動態",
            "令和元年　自然減53人・社会減34人",
        ),
    ]
    r = 4
    for l1, v1, l2, v2 in fields:
        _span(ws, r, 1, 2, l1, header=True)
        _span(ws, r, 3, 6, v1)
        _span(ws, r, 7, 8, l2, header=True)
        _span(ws, r, 9, 10, v2)
        ws.row_dimensions[r].height = 20
        r += 1
    _text(ws, 8, 1, "１　事業の目的", bold=True, size=10)
    _para(
        ws,
        9,
        1,
        10,
        "町外からの移住・定住を促進するため、移住相談窓口の運営、空き家バンクの運営及び空き家改修費の補助を行い、社会減の抑制を図る。",
        30,
        border=True,
    )
    _text(ws, 11, 1, "２　成果指標", bold=True, size=10)
    h = 12
    heads = [
        "No.",
        "成果指標",
        "単位",
        "関連SDGs",
        "基準値（R2）",
        "R4実績",
        "R5目標",
        "R5実績",
        "R7目標",
        "目標の考え方",
    ]
    for c, w in enumerate(heads, start=1):
        _put(ws, h, c, w, header=True)
    ws.row_dimensions[h].height = 26
    r = h + 1
    for row in HK_ROWS:
        no, name, unit, sdg, *vals, why = row
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _put(ws, r, 4, sdg, align="center")
        _vals(ws, r, 5, vals)
        _put(ws, r, 10, why, size=8)
        ws.row_dimensions[r].height = 26
        r += 1
    _span(ws, r, 1, 10, "（参考）事業費・従事職員", fill=LIGHT, bold=True)
    ws.row_dimensions[r].height = 18
    r += 1
    for name, vals in (
        ("事業費（千円）", ["", 12480, 13200, 12906, "", ""]),
        ("従事職員（人）", ["", 2, 2, 2, "", ""]),
    ):
        _put(ws, r, 1, "")
        _span(ws, r, 2, 4, name)
        _vals(ws, r, 5, vals)
        _put(ws, r, 10, "R5目標欄は当初予算額" if "事業費" in name else "兼務を含む", size=8)
        ws.row_dimensions[r].height = 20
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※ 関連SDGsの欄は、持続可能な開発目標（SDGs）の17のゴールのうち関連するゴールの番号を示す。",
            "※ 転出超過数は住民基本台帳による1月～12月の数値。",
        ],
    )
    ws.print_area = f"A1:J{r + 2}"
    _page(ws, "landscape")
    path = SOURCE / "hinokage_jimu_hyoka_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 安田町 (高知県): 安田町総合振興計画 後期基本計画 施策評価表（平成30年度実績）
# --------------------------------------------------------------------------------------------

# Real (paperzz.com/doc/6678560): the plan, its period, 将来像, 基本目標1 and the 施策 1-2 / 1-3 names.
# Made up: the sheet, the 課, money, every indicator and figure.
YS_GROUPS = [
    (
        "施策1-2　住環境・生活空間の整備　【建設課】　H30事業費　48,210千円",
        [
            ("町営住宅の入居率", "%", 88.5, 90.2, 92.0, 93.1, "101.2%", 95.0),
            ("空き家改修補助件数", "件", 3, 9, 12, 11, "91.7%", 15),
        ],
    ),
    (
        "施策1-3　清流保全・公害防止・クリーンエネルギー対策の推進　【環境衛生課】　H30事業費　21,640千円",
        [
            ("合併処理浄化槽の設置基数", "基", 412, 448, 460, 457, "99.3%", 480),
            ("安田川のBOD値（年平均）", "mg/L", 0.6, 0.5, "0.5以下", 0.5, "100.0%", "0.5以下"),
            ("住宅用太陽光発電設置補助件数", "件", 5, 8, 10, 12, "120.0%", 15),
        ],
    ),
]


def yasuda() -> Path:
    wb, ws = _sheet("施策評価", [34, 7, 11, 10, 10, 10, 9, 10])
    _text(
        ws,
        1,
        1,
        "安田町総合振興計画 後期基本計画　施策評価表（平成30年度実績）",
        bold=True,
        size=14,
    )
    _text(ws, 2, 8, "令和元年8月", align="right")
    fields = [
        ("将来像", "安心・安全で活気のある協働のまち　やすだ"),
        ("基本目標", "基本目標1　社会基盤・環境・安全　自然と共存した快適な生活環境づくり"),
        ("計画期間", "平成27年度～平成31年度（後期基本計画）"),
    ]
    r = 4
    for label, value in fields:
        _put(ws, r, 1, label, header=True)
        _span(ws, r, 2, 8, value)
        ws.row_dimensions[r].height = 20
        r += 1
    _text(ws, 8, 1, "２　施策の成果指標", bold=True, size=10)
    h = 9
    heads = [
        "成果指標",
        "単位",
        "基準値（H26）",
        "H29実績",
        "H30目標",
        "H30実績",
        "達成率",
        "H31目標",
    ]
    for c, w in enumerate(heads, start=1):
        _put(ws, h, c, w, header=True)
    ws.row_dimensions[h].height = 24
    r = h + 1
    for heading, rows in YS_GROUPS:
        _span(ws, r, 1, 8, heading, fill=LIGHT, bold=True)
        ws.row_dimensions[r].height = 20
        r += 1
        for name, unit, *vals in rows:
            _put(ws, r, 1, name)
            _put(ws, r, 2, unit, align="center")
            fmts = {j: "0.0" for j, v in enumerate(vals) if isinstance(v, float)}
            _vals(ws, r, 3, vals, fmts)
            ws.row_dimensions[r].height = 20
            r += 1
    _span(ws, r, 1, 6, "全体平均（5指標）", fill=SHADE, bold=True, align="right")
    _put(ws, r, 7, "102.4%", align="right", fill=SHADE, bold=True)
    _put(ws, r, 8, "", fill=SHADE)
    ws.row_dimensions[r].height = 20
    _notes(
        ws,
        r + 2,
        [
            "※ 施策の見出し行の事業費は、当該施策を構成する事務事業の平成30年度決算額の合計。",
            "※ 達成率＝H30実績÷H30目標（BOD値は目標÷実績）。全体平均は5指標の達成率の単純平均。",
        ],
    )
    ws.print_area = f"A1:H{r + 3}"
    _page(ws, "portrait")
    path = SOURCE / "yasuda_shisaku_hyoka_h30.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 相良村 (熊本県): 地域再生計画 KPI 効果検証シート（令和2年度）
# --------------------------------------------------------------------------------------------

# Real (furusato-funding.jp/projects/2531; zck.or.jp/site/forum/19507.html): the plan name, 4,468人
# (2015) and 4,326人 (2019), お茶 県内一. Made up: the sheet, 課, money, every KPI, figure and note.
SG_ROWS = [
    (
        "①",
        "茶の生産額",
        "万円",
        "生葉出荷量（kg）×平均単価（円/kg）÷10,000",
        18600,
        19000,
        17420,
        19500,
        20000,
    ),
    (
        "②",
        "観光入込客数",
        "千人",
        "村内4施設の入込数の合計（1月～12月）",
        62.4,
        64.0,
        "38.7※1",
        60.0,
        66.0,
    ),
    ("③", "移住者数", "人", "転入者のうち移住相談窓口を経由した者の数", 6, 8, 9, 10, 12),
    ("④", "村内出生数", "人", "1月～12月に受理した出生届の件数", 27, 30, 24, 30, 30),
]


def sagara() -> Path:
    wb, ws = _sheet("KPI効果検証", [5, 18, 7, 34, 11, 9, 9, 9, 9])
    _text(ws, 1, 1, "相良村　地域再生計画 KPI効果検証シート（令和2年度）", bold=True, size=14)
    _text(ws, 2, 9, "令和3年9月", align="right")
    fields = [
        ("地域再生計画の名称", "相良村まち・ひと・しごと創生推進事業"),
        ("担当課", "企画調整課"),
        ("村の人口", "4,326人（2019年、住民基本台帳）／4,468人（2015年、国勢調査）"),
        ("交付対象事業費（R2・千円）", "15,840（うち交付金 7,920）"),
    ]
    r = 4
    for label, value in fields:
        _span(ws, r, 1, 3, label, header=True)
        _span(ws, r, 4, 9, value)
        ws.row_dimensions[r].height = 20
        r += 1
    _text(ws, 9, 1, "■重要業績評価指標（KPI）の検証", bold=True, size=10)
    h = 10
    heads = ["KPI", "", "単位", "算出式", "基準値（R元）", "R2目標", "R2実績", "R3目標", "R4目標"]
    for c, w in enumerate(heads, start=1):
        _put(ws, h, c, w, header=True)
    _merge(ws, h, 1, h, 2)
    ws.row_dimensions[h].height = 24
    r = h + 1
    for label, name, unit, formula, *vals in SG_ROWS:
        _put(ws, r, 1, label, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _put(ws, r, 4, formula, size=8)
        fmts = {j: "0.0" for j, v in enumerate(vals) if isinstance(v, float)}
        fmts.update({j: "#,##0" for j, v in enumerate(vals) if isinstance(v, int)})
        _vals(ws, r, 5, vals, fmts)
        ws.row_dimensions[r].height = 22
        r += 1
        if label == "②":
            _span(
                ws,
                r,
                1,
                9,
                "※1　令和2年7月豪雨（7月4日）により川辺川沿いの2施設が休業し、約4か月間の入込が計上されていない。",
                size=8,
            )
            ws.row_dimensions[r].height = 18
            r += 1
    _notes(
        ws,
        r + 1,
        [
            "※ 基準値は令和元年（度）の実績。茶の生産額は相良村茶業振興協議会の集計による。",
        ],
    )
    ws.print_area = f"A1:I{r + 1}"
    _page(ws, "landscape")
    path = SOURCE / "sagara_kpi_kensho_r2.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 江北町 (佐賀県): 総合戦略 KPIの進捗状況（令和3年度）, HTML
# --------------------------------------------------------------------------------------------

# Real (zck.or.jp/site/essay/21818.html): 24.88㎢, 約9,600人, 16,379人 (昭和35年), 杵島炭鉱 閉山
# (昭和44年) and 10,546人, みんなの公園 (令和元年), 給食費無償化, 待機児童解消. Made up: the rest.
KOHOKU_HTML = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>江北町まち・ひと・しごと創生総合戦略 KPIの進捗状況（令和3年度） | 江北町</title>
</head>
<body>
<p class="breadcrumb"><a href="/">トップページ</a> &gt; <a href="/gyosei/">町政情報</a> &gt; <a href="/gyosei/keikaku/">計画・施策</a> &gt; KPIの進捗状況（令和3年度）</p>
<h1>江北町まち・ひと・しごと創生総合戦略　KPIの進捗状況（令和3年度）</h1>
<p class="date">更新日：2022年8月10日　担当：企画課</p>
<p>江北町は佐賀県のほぼ中央、総面積24.88㎢の町です。人口は昭和35年の16,379人をピークに、昭和44年の杵島炭鉱の閉山後には10,546人まで減少しましたが、現在は約9,600人とほぼ横ばいで推移しています。</p>
<p>町では学校給食費の無償化や待機児童の解消に取り組み、令和元年には交流拠点「みんなの公園」を開設しました。総合戦略に掲げた重要業績評価指標（KPI）の令和3年度の状況をお知らせします。</p>
<p>表の「はじめの値」は戦略策定時の値、「いまの値」は令和3年度の実績、「目指す値」は令和6年度の目標です。合計特殊出生率の（　）内は県内20市町の中での順位です。</p>
<h2>基本目標2　子育て世代に選ばれるまちをつくる</h2>
<table border="1">
<thead>
<tr><th>施策</th><th>KPI</th><th>単位</th><th>はじめの値<br>（R元）</th><th>いまの値<br>（R3）</th><th>目指す値<br>（R6）</th><th>担当課</th></tr>
</thead>
<tbody>
<tr><th rowspan="2">(1) 子育て環境の充実</th><td>保育所待機児童数（4月1日現在）</td><td>人</td><td>4</td><td>0</td><td>0</td><td>福祉課</td></tr>
<tr><td>子育て支援センター利用者数（延べ）</td><td>人</td><td>6,820</td><td>5,310</td><td>7,500</td><td>福祉課</td></tr>
<tr><th rowspan="2">(2) 交流拠点の活用</th><td>みんなの公園の来園者数</td><td>人</td><td>―（R元.11開園）</td><td>84,200</td><td>100,000</td><td>企画課</td></tr>
<tr><td>合計特殊出生率</td><td>―</td><td>1.62<br>（県内20市町中6位）</td><td>1.58<br>（県内20市町中9位）</td><td>1.70</td><td>健康増進課</td></tr>
<tr><th colspan="3">基本目標2の関連事業費（千円）</th><td>98,350</td><td>126,480</td><td>―</td><td>企画課</td></tr>
</tbody>
</table>
<p>※ 関連事業費は各年度の決算額（令和元年度はみんなの公園整備費を含む）。</p>
<p>※ 来園者数はみんなの公園の入口カウンターによる計測値です。</p>
</body>
</html>
"""


def kohoku() -> Path:
    path = HERE / "kohoku_kpi_shinchoku_r3.html"
    path.write_bytes(KOHOKU_HTML.encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (hinokage, yasuda, sagara):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {kohoku().name}")


if __name__ == "__main__":
    main()
