"""Build the built documents of forms201/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/tsukumi_kpi_kensho_r5.xlsx``, a 第2期総合戦略 KPI 検証シート in the manner of 津久見市
  (大分県): form fields (重点目標, 計画期間, 市の人口, 将来の人口目標, 関連事業費), an A/B/C/－ legend,
  **an ``評価`` header spanning ``R3 | R4 | R5``: one grade per year in columns of their own**, the
  status being the latest year's grade, **targets written as a ratio to the baseline**
  (``基準値比110％``, ``基準値比90％以下``) beside numeric ones, ``―`` in the off years of a survey,
  a count line and notes that turn the ratios into levels; and the PDF;
* ``source/hokuei_shisaku_hyoka_r5.xlsx``, a 施策評価シート in the manner of 北栄町 (鳥取県): form
  fields (基本目標, 施策, 担当課, 事業費, 主な事務事業), a legend for two word columns, **an R5 actual
  cell that repeats the year before's figure marked ``（R4値）``** (the R5 statistic is not out),
  **a final target revised inside its cell, ``12,000→15,000（R5上方修正）``**, **a ``R7目標の見通し``
  column of ``達成見込み`` / ``達成困難``** beside the printed ``達成`` / ``未達成``, ``約220`` and
  ``千人``; and the PDF;
* ``source/otoyo_kpi_koka_r5.xlsx``, a 地域再生計画 KPI 効果検証 sheet in the manner of 大豊町
  (高知県): form fields, a mark legend, a two-row header with three years over ``目標 | 実績``,
  **a judgement mark appended to every actual number** (``3,520○``, ``3,310△``, ``7×``), read
  through the legend, **final targets that carry their yearly pace in brackets** (``累計40（年10）``),
  ``集計中``; and the PDF;
* ``aguni_seika_shihyo_r1.html``, a 総合計画 成果指標 page in the manner of 粟国村 (沖縄県): two
  ``<h2>`` each over a table whose two-row ``<thead>`` spans two years over ``目標 | 実績``, **every
  cell tied to its headers by ``id`` / ``headers`` attributes**, **a 評価 column that shows only a
  coloured ● (a CSS class) and says the word only in a visually hidden ``<span>``**, a ``（参考）``
  row, ``約12,000``, ``93.0以上``, ``88.7（台風欠航増）``, ``集計中``.

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
FONT = "IPAGothic"
FIXED = dt.datetime(2026, 12, 9, 0, 0, 0)


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms201/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms201/build.py"
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
    fill=None,
):
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
                    rb"\g<1>2026-12-09T00:00:00Z\g<2>",
                    data,
                )
            info = zipfile.ZipInfo(name, date_time=(2026, 12, 9, 0, 0, 0))
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
    with tempfile.TemporaryDirectory(prefix="forms201_soffice_") as tmp:
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


def _notes(ws, row: int, lines: list[str], size: int = 8) -> None:
    for i, line in enumerate(lines):
        _text(ws, row + i, 1, line, size=size)


def _field(ws, row: int, label: str, value, c_label, c_value, height=20):
    """A bordered form field: a shaded label merged over c_label, its value merged over c_value."""
    _span(ws, row, c_label[0], c_label[1], label, header=True)
    _span(ws, row, c_value[0], c_value[1], value, align="left")
    ws.row_dimensions[row].height = height


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


def _vals(ws, r, c0, vals, fmts=None) -> None:
    for j, v in enumerate(vals):
        fmt = (fmts or {}).get(j) or ("#,##0.0" if isinstance(v, float) else None)
        if isinstance(v, str):
            _put(ws, r, c0 + j, v, align="center" if v == "―" else "right")
        else:
            _put(ws, r, c0 + j, v, fmt=fmt)


# --------------------------------------------------------------------------------------------
# 津久見市 (大分県): まち・ひと・しごと創生第2期津久見市総合戦略 KPIの検証（令和5年度実績）
# --------------------------------------------------------------------------------------------

# Real: the strategy's name, its 重点目標 and the wording of 基本目標1, 経営政策課, 16,547人 (2021年4月末,
# 住民基本台帳), the 1960 peak 37,164人, the 人口目標 (2040年 1万人, 2060年 6～8千人), the 2019 自然減
# 210人 and 社会減 271人. Made up: the sheet, its date and period, the money, every KPI, figure and grade.
TK_ROWS = [
    ("1", "移住相談件数", "件", 62, 71, 84, 96, 100, "B", "B", "B"),
    ("2", "20～39歳の転入者数", "人", 312, 298, 305, 327, "基準値比110％", "C", "C", "B"),
    ("3", "空き家バンクの成約件数（累計）", "件", 8, 14, 21, 30, 30, "B", "B", "A"),
    (
        "4",
        "「津久見に住み続けたい」と思う市民の割合",
        "％",
        68.4,
        "―",
        70.2,
        "―",
        75.0,
        "－",
        "B",
        "－",
    ),
    ("5", "1人1日当たりのごみ排出量", "g", 612, 598, 604, 571, "基準値比90％以下", "B", "B", "B"),
]


def tsukumi() -> Path:
    wb, ws = _sheet("KPI検証", [5, 36, 6, 10, 8, 8, 8, 16, 6, 6, 6])
    _text(
        ws,
        1,
        1,
        "まち・ひと・しごと創生第2期津久見市総合戦略　重要業績評価指標（KPI）の検証（令和5年度実績）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 11, "令和6年8月　津久見市経営政策課", align="right")
    fields = [
        ("重点目標", "若い世代が未来を託せるまちづくり"),
        ("計画期間", "令和3年度～令和7年度（5年間）"),
        (
            "市の人口",
            "16,547人（2021年4月末、住民基本台帳）。1960年の37,164人をピークに減少が続いています",
        ),
        ("将来の人口目標", "2040年 1万人を維持　／　2060年 6～8千人を維持"),
        ("関連事業費（R5決算・千円）", "62,480（うちデジタル田園都市国家構想交付金 28,100）"),
    ]
    r = 4
    for label, value in fields:
        _field(ws, r, label, value, (1, 2), (3, 11))
        r += 1
    _text(
        ws,
        r + 1,
        1,
        "【評価】A：目標値（R7）に到達　B：基準値より改善（目標値には未到達）　C：基準値から横ばい又は悪化　－：実績値なし（評価しない）",
        size=8,
    )
    _text(
        ws,
        r + 2,
        1,
        "　　　　目標値の「基準値比」は、基準値（R元）に対する割合で目標を定めたものです。",
        size=8,
    )
    _text(ws, r + 4, 1, "基本目標１　住みたい、住み続けたい、魅力あるまちへ", bold=True, size=11)
    h = r + 5
    _head2(
        ws,
        h,
        [
            (1, "No."),
            (2, "重要業績評価指標（KPI）"),
            (3, "単位"),
            (4, "基準値\n（R元）"),
            (8, "目標値\n（R7）"),
        ],
        [
            (5, 7, "実績値", ["R3", "R4", "R5"]),
            (9, 11, "評価", ["R3", "R4", "R5"]),
        ],
    )
    ws.row_dimensions[h].height = 20
    ws.row_dimensions[h + 1].height = 20
    r = h + 2
    for no, name, unit, *vals in TK_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate(vals[:5]):
            if isinstance(v, str):
                _put(ws, r, 4 + j, v, align="center" if v == "―" else "right")
            elif isinstance(v, float):
                _put(ws, r, 4 + j, v, fmt="0.0")
            else:
                _put(ws, r, 4 + j, v)
        for j, grade in enumerate(vals[5:]):
            _put(ws, r, 9 + j, grade, align="center", bold=True)
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "令和5年度の評価：A 1項目　B 3項目　C 0項目　－ 1項目（計5項目）",
            "※No.2の目標（基準値比110％）は約343人、No.5の目標（基準値比90％以下）は約551g以下に相当します。",
            "※No.4は市民意識調査（隔年実施、令和4年度は回答1,204人）によります。調査を行わない年度は「―」としています。",
            "※No.3の累計は、平成28年度の空き家バンク開設からの合計です。",
            "※本市の人口動態は、2019年に自然減210人、社会減271人となっています。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "tsukumi_kpi_kensho_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 北栄町 (鳥取県東伯郡): 北栄町第2次まちづくりビジョン 施策評価シート（令和5年度実績）
# --------------------------------------------------------------------------------------------

# Real: the plan's name (北栄町第2次まちづくりビジョン), the げんき wording of the first vision's 基本目標,
# 青山剛昌ふるさと館 and its 約22万人 in 令和元年度, ふるさと納税, すいか・ながいも健康マラソン大会 (online
# in the pandemic), 北栄砂丘まつり. Made up: the sheet, 施策, 課, money, every other figure, target and word.
HK_ROWS = [
    (
        "1",
        "青山剛昌ふるさと館の入館者数",
        "千人",
        "約220",
        168,
        200,
        186,
        "未達成",
        230,
        "達成困難",
    ),
    ("2", "観光入込客数", "千人", 1052, 968, 1000, "968（R4値）", "―", 1100, "達成見込み"),
    (
        "3",
        "ふるさと納税の寄附件数",
        "件",
        8420,
        11906,
        10000,
        12480,
        "達成",
        "12,000→15,000（R5上方修正）",
        "達成見込み",
    ),
    (
        "4",
        "すいか・ながいも健康マラソン大会の参加者数",
        "人",
        2850,
        1940,
        2500,
        2312,
        "未達成",
        3000,
        "達成困難",
    ),
    ("5", "北栄砂丘まつりの来場者数", "千人", 12.0, 8.5, 10.0, 11.2, "達成", 12.0, "達成見込み"),
]


def hokuei() -> Path:
    wb, ws = _sheet("施策評価", [5, 36, 6, 9, 9, 9, 13, 9, 24, 11])
    _text(
        ws,
        1,
        1,
        "北栄町第2次まちづくりビジョン　施策評価シート（令和5年度実績）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 10, "令和6年7月　北栄町", align="right")
    _text(ws, 3, 1, "１　施策の概要", bold=True, size=11)
    fields = [
        ("基本目標", "げんき　～産業が活発で、観光・交流により様々な人が行き交う活力のあるまち～"),
        ("施策", "1-3　観光・交流の推進"),
        ("担当課", "商工観光課"),
        ("施策の事業費（R5決算・千円）", "98,420"),
        (
            "主な事務事業",
            "青山剛昌ふるさと館管理運営事業、ふるさと納税推進事業、北栄砂丘まつり開催補助事業（3事業）",
        ),
    ]
    r = 4
    for label, value in fields:
        _field(ws, r, label, value, (1, 2), (3, 10))
        r += 1
    _text(
        ws,
        r + 1,
        1,
        "【達成状況】達成：R5目標値に達した　未達成：R5目標値に達しなかった　―：判定できない",
        size=8,
    )
    _text(
        ws,
        r + 2,
        1,
        "【R7目標の見通し】達成見込み：目標値（R7）に達する見込み　達成困難：目標値（R7）に達することが難しい（担当課の見通し）",
        size=8,
    )
    _text(ws, r + 4, 1, "２　成果指標の状況", bold=True, size=11)
    h = r + 5
    for c, word in enumerate(
        [
            "No.",
            "成果指標",
            "単位",
            "基準値\n（R元）",
            "R4実績",
            "R5目標",
            "R5実績",
            "達成状況",
            "目標値\n（R7）",
            "R7目標の\n見通し",
        ],
        start=1,
    ):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 30
    r = h + 1
    for no, name, unit, *vals in HK_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate(vals):
            col = 4 + j
            if col in (8, 10):
                _put(ws, r, col, v, align="center", bold=col == 8)
            elif isinstance(v, str):
                _put(ws, r, col, v, align="center" if v == "―" else "right")
            elif isinstance(v, float):
                _put(ws, r, col, v, fmt="0.0")
            else:
                _put(ws, r, col, v)
        ws.row_dimensions[r].height = 24
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "成果指標5項目のうち、R5目標の達成2項目、未達成2項目、判定できない1項目",
            "※No.2のR5実績「968（R4値）」は、鳥取県観光客入込動態調査の令和5年度の結果が未公表のため、令和4年度の数値を再掲したものです。",
            "※No.3の目標値は、R5実績が当初の目標（12,000件）を上回ったため、令和6年3月に15,000件へ上方修正しました。",
            "※No.3の寄附額は、令和5年度 2億1,360万円（前年度比4.8%増）でした。",
            "※No.1は、令和元年度に約22万人と開館以来の最多を記録しました。No.4は、令和2・3年度はオンライン開催でした。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "hokuei_shisaku_hyoka_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 大豊町 (高知県長岡郡): 大豊町まち・ひと・しごと創生推進計画 KPIの効果検証（令和5年度）
# --------------------------------------------------------------------------------------------

# Real: the plan's name, the 昭和30年 merger of 天坪村・大杉村・西豊永村・東豊永村 with 22,386人, 3,962人
# (平成27年国勢調査), the 令和2年 自然減 101人 and 合計特殊出生率 1.0770, 碁石茶 (日本で唯一の微生物発酵茶)
# and 大豊町碁石茶協同組合, 集落活動センター. Made up: the sheet, 課, period, money, every KPI and figure.
OT_ROWS = [
    (
        "KPI①　碁石茶の生産量",
        "kg",
        3200,
        3400,
        "3,520○",
        3600,
        "3,310△",
        3800,
        "3,950○",
        4000,
    ),
    (
        "KPI②　町の移住支援制度を利用した移住者数",
        "人",
        6,
        10,
        "11○",
        10,
        "7×",
        10,
        "9△",
        "累計40（年10）",
    ),
    (
        "KPI③　集落活動センターの利用者数（延べ）",
        "人",
        4820,
        5000,
        "5,130○",
        5200,
        "5,480○",
        5400,
        "5,260△",
        5600,
    ),
    ("KPI④　林業の新規就業者数", "人", 2, 4, "4○", 4, "2×", 4, "集計中", "累計16（年4）"),
]


def otoyo() -> Path:
    wb, ws = _sheet("KPI効果検証", [36, 6, 11, 8, 9, 8, 9, 8, 9, 15])
    _text(
        ws,
        1,
        1,
        "大豊町まち・ひと・しごと創生推進計画　重要業績評価指標（KPI）の効果検証（令和5年度）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 10, "令和6年8月　大豊町", align="right")
    fields = [
        ("地域再生計画の名称", "大豊町まち・ひと・しごと創生推進計画"),
        ("担当課", "まちづくり推進課"),
        ("計画期間", "令和3年4月1日～令和7年3月31日"),
        (
            "町の概要",
            "昭和30年に天坪村・大杉村・西豊永村・東豊永村の4村が合併し、人口22,386人で発足。平成27年国勢調査の人口は3,962人。令和2年は101人の自然減、合計特殊出生率1.0770",
        ),
        ("交付対象事業費（R5・千円）", "18,600（うちデジタル田園都市国家構想交付金 9,300）"),
    ]
    r = 4
    for label, value in fields:
        _field(ws, r, label, value, (1, 1), (2, 10), height=32 if label == "町の概要" else 20)
        r += 1
    _text(
        ws,
        r + 1,
        1,
        "【実績欄の記号】○：当該年度の目標を達成　△：目標未達成（達成率80％以上）　×：目標未達成（達成率80％未満）",
        size=8,
    )
    _text(ws, r + 3, 1, "■KPIの達成状況", bold=True, size=11)
    h = r + 4
    _head2(
        ws,
        h,
        [(1, "KPI"), (2, "単位"), (3, "事業開始前\n（R2）"), (10, "最終目標\n（R6）")],
        [
            (4, 5, "令和3年度", ["目標", "実績"]),
            (6, 7, "令和4年度", ["目標", "実績"]),
            (8, 9, "令和5年度", ["目標", "実績"]),
        ],
    )
    ws.row_dimensions[h].height = 20
    ws.row_dimensions[h + 1].height = 20
    r = h + 2
    for name, unit, *vals in OT_ROWS:
        _put(ws, r, 1, name)
        _put(ws, r, 2, unit, align="center")
        _vals(ws, r, 3, vals)
        ws.row_dimensions[r].height = 24
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※最終目標の（　）内は、計画期間（令和3年度～令和6年度の4年間）の累計目標を年度あたりに割った目安です。",
            "※KPI④の令和5年度実績は、高知県林業労働力調査の公表（令和6年10月予定）後に確定します。",
            "※碁石茶は日本で唯一の微生物発酵茶で、大豊町碁石茶協同組合が生産しています。",
            "※集落活動センターは町内4か所（令和5年度末）。利用者数は各センターの延べ人数の合計です。",
            "※KPI4項目のうち、令和5年度の目標を達成したのは1項目（KPI①）です。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "otoyo_kpi_koka_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 粟国村 (沖縄県島尻郡): 第3次粟国村総合計画 後期基本計画 成果指標の達成状況（最終評価）
# --------------------------------------------------------------------------------------------

# Real: the plan's name and period (平成22年度～), its 将来像, 7.65k㎡, 12.17km, about 60km from 那覇,
# 759人 (2015年国勢調査) after 863人 (2010年), 粟國の塩, the 村営フェリー. Made up: the page, its date and
# 課, the 基本目標, every indicator, figure, target and mark.
AG_MARK = {
    "blue": "目標を達成",
    "red": "目標未達成",
    "gray": "評価できない",
}
AG_WORD = {"blue": "達成", "red": "未達成", "gray": "評価できない"}
AG_TABLES = [
    (
        "g2",
        "基本目標２　島の資源を活かした産業の振興",
        [
            ("粟國の塩の出荷量", "t", "42.0", "46.0", "47.2", "48.0", "45.6", "red"),
            (
                "観光客数（入域客数）",
                "人",
                "9,850",
                "11,000",
                "11,460",
                "11,500",
                "約12,000",
                "blue",
            ),
            ("（参考）村営フェリーの乗船者数", "人", "38,420", "―", "37,905", "―", "36,118", None),
        ],
    ),
    (
        "g4",
        "基本目標４　安心して暮らせる島づくり",
        [
            (
                "村営フェリーの就航率",
                "％",
                "91.2",
                "93.0以上",
                "94.1",
                "93.0以上",
                "88.7（台風欠航増）",
                "red",
            ),
            ("特定健康診査の受診率", "％", "48.6", "55.0", "57.3", "60.0", "集計中", "gray"),
            (
                "村の人口（各年度末、住民基本台帳）",
                "人",
                "778",
                "720",
                "716",
                "700",
                "690",
                "red",
            ),
        ],
    ),
]


def _ag_table(key: str, rows) -> str:
    k = key
    head = f"""<thead>
<tr><th id="{k}-name" rowspan="2">成果指標</th><th id="{k}-unit" rowspan="2">単位</th><th id="{k}-base" rowspan="2">基準値<br>（平成26年度）</th><th id="{k}-y2018" colspan="2">平成30年度</th><th id="{k}-y2019" colspan="2">令和元年度</th><th id="{k}-hyoka" rowspan="2">評価</th></tr>
<tr><th id="{k}-y2018-t" headers="{k}-y2018">目標</th><th id="{k}-y2018-a" headers="{k}-y2018">実績</th><th id="{k}-y2019-t" headers="{k}-y2019">目標</th><th id="{k}-y2019-a" headers="{k}-y2019">実績</th></tr>
</thead>"""
    cols = [
        f"{k}-unit",
        f"{k}-base",
        f"{k}-y2018 {k}-y2018-t",
        f"{k}-y2018 {k}-y2018-a",
        f"{k}-y2019 {k}-y2019-t",
        f"{k}-y2019 {k}-y2019-a",
    ]
    body = []
    for i, (name, unit, *vals, mark) in enumerate(rows, start=1):
        rid = f"{k}-i{i}"
        cells = [f'<th scope="row" id="{rid}" headers="{k}-name">{name}</th>']
        for j, v in enumerate([unit, *vals]):
            cls = "c" if j == 0 else "num"
            cells.append(f'<td headers="{rid} {cols[j]}" class="{cls}">{v}</td>')
        if mark is None:
            cells.append(f'<td headers="{rid} {k}-hyoka" class="c"></td>')
        else:
            cells.append(
                f'<td headers="{rid} {k}-hyoka" class="c"><span class="mark {mark}" aria-hidden="true">●</span><span class="visually-hidden">{AG_WORD[mark]}</span></td>'
            )
        body.append("<tr>" + "".join(cells) + "</tr>")
    return f"<table>\n{head}\n<tbody>\n" + "\n".join(body) + "\n</tbody>\n</table>"


def aguni_html() -> str:
    legend = "　".join(
        f'<span class="mark {m}" aria-hidden="true">●</span><span class="visually-hidden">{AG_WORD[m]}：</span>{w}'
        for m, w in AG_MARK.items()
    )
    sections = "\n".join(
        f"<h2>{title}</h2>\n{_ag_table(key, rows)}" for key, title, rows in AG_TABLES
    )
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>第3次粟国村総合計画 後期基本計画 成果指標の達成状況（最終評価） - 粟国村</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
thead th {{ background: #d9d9d9; }}
tbody th {{ text-align: left; font-weight: normal; }}
td.num {{ text-align: right; }}
td.c {{ text-align: center; }}
.mark {{ font-size: 14pt; }}
.mark.blue {{ color: #0050c8; }}
.mark.red {{ color: #d00000; }}
.mark.gray {{ color: #999999; }}
.visually-hidden {{ position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }}
</style>
</head>
<body>
<p>ホーム &gt; 村政情報 &gt; 計画・施策 &gt; 第3次粟国村総合計画</p>
<h1>第3次粟国村総合計画 後期基本計画 成果指標の達成状況（最終評価）</h1>
<p>更新日：令和2年10月1日　担当：総務課</p>
<p>粟国村は那覇市の北西約60kmに浮かぶ、面積7.65k㎡、周囲12.17kmの一島一村の村です。2015年の国勢調査の人口は759人で、2010年の863人から104人減少しました。第3次粟国村総合計画（平成22年度～令和元年度）は、「自然・ひと・暮らし ふくらしゃる粟国 てるくふぁ島」を将来像に掲げています。</p>
<p>後期基本計画（平成27年度～令和元年度）で定めた成果指標について、計画の最終年度である令和元年度の実績と評価をお知らせします。</p>
<p>評価：{legend}</p>
{sections}
<p>※基準値は平成26年度の値、目標値は後期基本計画（平成27年3月策定）で定めた値です。</p>
<p>※（参考）の行は評価の対象外です。</p>
<p>※特定健康診査の受診率（令和元年度）は、法定報告の確定前のため集計中です。</p>
<p>※令和元年度は台風の接近が多く、フェリーの欠航は延べ41日でした。</p>
<p>成果指標5項目の評価：達成1項目、未達成3項目、評価できない1項目</p>
<p>お問い合わせ：粟国村役場 総務課</p>
</body>
</html>
"""


def aguni() -> Path:
    path = HERE / "aguni_seika_shihyo_r1.html"
    path.write_bytes(aguni_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (tsukumi, hokuei, otoyo):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {aguni().name}")


if __name__ == "__main__":
    main()
