"""Build the built documents of forms115/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/gero_kpi_tassei_r4.xlsx``, a 第2期総合戦略 KPI達成状況 in the manner of 下呂市 (岐阜県):
  ``施策目標（R6年度）`` beside ``施策目標の達成状況`` over R2–R4, ``万人`` and ``億円`` in 単位, an actual cell
  carrying an earlier year (``14,310（R元）※``); and the PDF;
* ``source/taki_kpi_shinchoku_r1.xlsx``, a 総合戦略 KPI進捗管理表 in the manner of 多気町 (三重県):
  基本戦略 rows spanning the grid, a 達成率 and a 判定 column, a 削減 indicator, ``千人``; and the PDF;
* ``source/yao_shisaku_sokatsu_r5.xlsx``, a 総合計画 施策総括書 in the manner of 八尾市 (大阪府): a form
  block with 一次評価 / 二次評価 ``B！``, Western fiscal years spanning ``計画値 | 実績値（見込）``; and the PDF;
* ``ine_kpi_jokyo_r3.html``, a 総合戦略 KPI の状況 in the manner of 伊根町 (京都府): units and scale words in
  the cells (``約26万人（H26）``, ``18.3万人``), a yearly target beside its actual.

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
    wb.properties.creator = "forms115/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms115/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms115_soffice_") as tmp:
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
        _put(ws, r, c, v, align="center" if v == "―" else "right")
    else:
        _put(ws, r, c, v, fmt="#,##0.0" if isinstance(v, float) else None)


# --------------------------------------------------------------------------------------------
# 下呂市 (岐阜県): 第2期下呂市まち・ひと・しごと創生総合戦略 KPI達成状況（令和4年度末時点）
# --------------------------------------------------------------------------------------------

# Real: 第2期下呂市まち・ひと・しごと創生総合戦略 (令和2年度から令和6年度), the population 31,042 (令和3年
# 5月末) and the 合計特殊出生率 1.63 (令和元年, 県平均 1.51) of the 地域再生計画. Made up: the sheet, its date
# and 課, the 基本目標 wording, every KPI and figure, the notes' money. The header wording (成果指標名 /
# 施策目標 / 施策目標の達成状況) and the dated fallback cell with ※ follow another city's KPI達成状況.
GERO = [
    ("下呂温泉の宿泊客数", "万人", 110.5, 120.0, [69.8, 77.4, 93.1], "#,##0.0"),
    ("観光消費額", "億円", 351, 380, [205, 231, 298], None),
    ("雇用保険被保険者数", "人", "9,910（H30）", 10000, ["9,884（R元）※", 9702, 9815], None),
    ("新規就農者数", "人/年", 4, 6, [5, 7, 6], None),
    ("地域おこし協力隊員の任期後の定住率", "％", 60.0, 70.0, [66.7, 75.0, "―"], "#,##0.0"),
]


def gero() -> Path:
    widths = [5, 34, 7, 11, 11, 10, 10, 10]
    wb, ws = _sheet("KPI達成状況", widths)
    _text(
        ws,
        1,
        1,
        "第2期下呂市まち・ひと・しごと創生総合戦略　KPI達成状況（令和4年度末時点）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 8, "令和5年8月　下呂市総合政策課", align="right")
    _text(ws, 3, 1, "本戦略の計画期間は令和2年度から令和6年度までの5年間です。")
    _text(
        ws, 5, 1, "基本目標１　温泉と森・清流を活かし、安定したしごとをつくる", bold=True, size=11
    )
    h = 6
    _head2(
        ws,
        h,
        [
            (1, "No."),
            (2, "成果指標名"),
            (3, "単位"),
            (4, "基準値\n（R元）"),
            (5, "施策目標\n（R6年度）"),
        ],
        [(6, 8, "施策目標の達成状況", ["R2年度", "R3年度", "R4年度"])],
    )
    r = h + 2
    for i, (name, unit, base, target, acts, fmt) in enumerate(GERO, start=1):
        _put(ws, r, 1, str(i), align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate([base, target, *acts]):
            if isinstance(v, str):
                _put(ws, r, 4 + j, v, align="center" if v == "―" else "right")
            else:
                _put(ws, r, 4 + j, v, fmt=fmt)
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※雇用保険被保険者数は、集計方法の変更により令和2年度分が未公表のため、令和元年度の値を記載しています。",
            "※地域おこし協力隊員の任期後の定住率のR4年度は、任期満了者がいないため「―」としています。",
            "※参考：本市の人口は31,042人（令和3年5月末）、合計特殊出生率は1.63（令和元年、県平均1.51）です。",
            "※基本目標１に係る令和4年度の関連事業費（決算）は186,420千円です。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "gero_kpi_tassei_r4.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 多気町 (三重県多気郡): まち・ひと・しごと創生 多気町総合戦略 KPI進捗管理表（令和元年度）
# --------------------------------------------------------------------------------------------

# Real: まち・ひと・しごと創生 多気町総合戦略 (平成28年1月) and its 基本戦略 (第3章 将来像を実現するための
# 基本戦略). Made up: the sheet, its date and 課, the 基本戦略 wording, every KPI and figure, the notes.
TAKI = [
    (
        "基本戦略１　地域の産業を育て、しごとをつくる",
        [
            ("新規就農者数（累計）", "人", 0, 9, 12, 15, "80.0%", "未達成", "#,##0"),
            ("耕作放棄地面積の削減", "ha", 52.0, 49.5, 47.8, 45.0, "60.0%", "未達成", "#,##0.0"),
        ],
    ),
    (
        "基本戦略２　多気町への新しい人の流れをつくる",
        [
            ("転入者数", "人", 412, 436, 451, 450, "100.2%", "達成", "#,##0"),
            (
                "町内宿泊施設の延べ宿泊者数",
                "千人",
                18.2,
                24.6,
                31.5,
                30.0,
                "105.0%",
                "達成",
                "#,##0.0",
            ),
        ],
    ),
    (
        "基本戦略３　結婚・出産・子育ての希望をかなえる",
        [
            ("合計特殊出生率", "―", 1.45, 1.49, "―", 1.60, "―", "―", "0.00"),
        ],
    ),
]


def taki() -> Path:
    widths = [5, 32, 6, 9, 9, 9, 9, 9, 8]
    wb, ws = _sheet("KPI進捗管理表", widths)
    _text(
        ws,
        1,
        1,
        "まち・ひと・しごと創生　多気町総合戦略　KPI進捗管理表（令和元年度）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 9, "令和2年9月　多気町企画調整課", align="right")
    _text(ws, 3, 1, "計画期間：平成27年度～令和元年度（平成28年1月策定）")
    h = 5
    heads = [
        "No.",
        "重要業績評価指標（KPI）",
        "単位",
        "策定時\n（H26）",
        "H30実績",
        "R元実績",
        "目標値\n（R元）",
        "達成率",
        "判定",
    ]
    for c, word in enumerate(heads, start=1):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 28
    r = h + 1
    no = 1
    for group, kpis in TAKI:
        _span(ws, r, 1, 9, group, bold=True, fill=LIGHT)
        ws.row_dimensions[r].height = 18
        r += 1
        for name, unit, base, a30, a1, target, rate, mark, fmt in kpis:
            _put(ws, r, 1, str(no), align="center")
            _put(ws, r, 2, name)
            _put(ws, r, 3, unit, align="center")
            for j, v in enumerate((base, a30, a1, target)):
                if isinstance(v, str):
                    _put(ws, r, 4 + j, v, align="center")
                else:
                    _put(ws, r, 4 + j, v, fmt=fmt)
            _put(ws, r, 8, rate, align="right" if rate != "―" else "center")
            _put(ws, r, 9, mark, align="center")
            ws.row_dimensions[r].height = 22
            r += 1
            no += 1
    _notes(
        ws,
        r + 1,
        [
            "※達成率は目標値に対する令和元年度実績の割合です（耕作放棄地面積は、目標とする削減面積に対する削減面積の割合）。",
            "※判定は、達成率100％以上を「達成」、100％未満を「未達成」としています。",
            "※合計特殊出生率の令和元年度の値は、公表前のため「―」としています。",
            "※基本戦略１の関連事業費（令和元年度決算）は58,912千円です。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "taki_kpi_shinchoku_r1.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 八尾市 (大阪府): 八尾市第6次総合計画 施策総括書（前期基本計画）抜粋
# --------------------------------------------------------------------------------------------

# Real: 八尾市第6次総合計画 (令和3年度から令和10年度), its 34 施策 with めざす暮らしの姿 and 施策指標 whose
# 計画値 are set yearly in the 実施計画, the 中間報告書 (令和6年) with an 一次評価 by the city and a 二次評価
# by the 総合計画審議会評価部会 that marks some 施策 with ！. Made up: the 施策 number and name, the
# めざす暮らしの姿 wording, both grades, every 施策指標 and figure, the notes.
YAO = [
    ("市内事業所の新規開業件数", "件", 118, 124, (130, 133), (135, 129), 150, "#,##0"),
    (
        "ものづくり企業の製造品出荷額等",
        "億円",
        9462,
        9610,
        (9700, 9845),
        (9800, 9910),
        10000,
        "#,##0",
    ),
    (
        "八尾の産業に魅力を感じる市民の割合",
        "％",
        41.3,
        43.0,
        (44.0, "―"),
        (45.0, 46.2),
        50.0,
        "#,##0.0",
    ),
    ("観光・交流施設の来訪者数", "千人", 512, 388, (450, 471), (480, 502), 560, "#,##0"),
]


def yao() -> Path:
    widths = [30, 7, 10, 10, 9, 9, 9, 10, 10]
    wb, ws = _sheet("施策総括書", widths)
    _text(
        ws,
        1,
        1,
        "八尾市第6次総合計画　施策総括書（前期基本計画）　抜粋",
        bold=True,
        size=12,
    )
    _text(ws, 2, 9, "令和6年3月　八尾市", align="right")
    r = 4
    fields = [
        ("施策番号", "12"),
        ("施策名", "地域産業の振興"),
        (
            "めざす暮らしの姿",
            "市内の事業所が新たな事業に挑戦し、ものづくりをはじめとする地域産業が活気にあふれ、市民が八尾の産業に誇りを持っています。",
        ),
        ("一次評価", "B"),
        ("二次評価", "B！"),
    ]
    for label, value in fields:
        _put(ws, r, 1, label, header=True)
        _span(ws, r, 2, 9, value)
        ws.row_dimensions[r].height = 30 if len(value) > 40 else 18
        r += 1
    _text(
        ws,
        r,
        1,
        "評価：A 順調　B 概ね順調　C 遅れている　／　！ めざす暮らしの姿と施策指標の整合性に課題がある施策",
        size=8,
    )
    h = r + 2
    _head2(
        ws,
        h,
        [(1, "施策指標"), (2, "単位"), (3, "策定時\n（2019年度）"), (4, "2021年度\n実績")],
        [
            (5, 6, "2022年度", ["計画値", "実績値"]),
            (7, 8, "2023年度", ["計画値", "実績値\n（見込）"]),
        ],
    )
    _put(ws, h, 9, "目標値\n（2025年度）", header=True)
    _put(ws, h + 1, 9, None, header=True)
    _merge(ws, h, 9, h + 1, 9)
    ws.row_dimensions[h + 1].height = 28
    r = h + 2
    for name, unit, base, a21, y22, y23, target, fmt in YAO:
        _put(ws, r, 1, name)
        _put(ws, r, 2, unit, align="center")
        for j, v in enumerate((base, a21, *y22, *y23, target)):
            if isinstance(v, str):
                _put(ws, r, 3 + j, v, align="center")
            else:
                _put(ws, r, 3 + j, v, fmt=fmt)
        ws.row_dimensions[r].height = 24
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※八尾の産業に魅力を感じる市民の割合は市民意識調査（隔年実施）によるため、2022年度は調査を行っていません。",
            "※2023年度の実績値は令和6年2月末時点の見込みです。",
            "※本施策の2023年度の事業費（当初予算）は1,284,630千円です。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "yao_shisaku_sokatsu_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 伊根町 (京都府与謝郡): 伊根町まち・ひと・しごと創生総合戦略 重要業績評価指標（KPI）の状況（令和3年度）
# --------------------------------------------------------------------------------------------

# Real: 伊根町, 伊根浦の舟屋 (約230軒), its selection in 平成17年7月 as the first fishing village among the
# 重要伝統的建造物群保存地区, and a 交流人口 of about 26万人 (伊根町産業振興促進計画, 平成27年10月). Made
# up: the page, the strategy wording, date and 課, every KPI and figure (the 約26万人 baseline follows the
# real 交流人口), the notes.
INE = [
    (
        "観光入込客数",
        "約26万人（H26）",
        "18.3万人",
        "25万人",
        "21.6万人",
        "30万人",
        "R2・R3は新型コロナウイルス感染症の影響",
    ),
    ("舟屋を活用した宿泊施設数", "12軒（H26）", "31軒", "33軒", "34軒", "40軒", ""),
    (
        "伊根町への移住者数",
        "8人（H26）",
        "15人",
        "12人",
        "12人",
        "15人",
        "移住相談窓口を通じた人数",
    ),
    (
        "ふるさと納税の寄附件数",
        "1,050件（H27）",
        "8,420件",
        "9,000件",
        "―",
        "12,000件",
        "R3は集計後に掲載",
    ),
]


def ine_html() -> str:
    rows = "\n".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in INE)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>伊根町まち・ひと・しごと創生総合戦略 重要業績評価指標（KPI）の状況（令和3年度）｜伊根町</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 1em; }}
th, td {{ border: 1px solid #333; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
</style>
</head>
<body>
<h1>伊根町まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の状況（令和3年度）</h1>
<p>令和4年11月　伊根町企画観光課</p>
<p>伊根浦の舟屋群（約230軒）は、平成17年7月に漁村として全国で初めて国の重要伝統的建造物群保存地区に選定されました。</p>
<h2>基本目標2　舟屋の里・伊根への新しいひとの流れをつくる</h2>
<table border="1">
<tr><th>重要業績評価指標（KPI）</th><th>基準値</th><th>R2実績</th><th>R3目標</th><th>R3実績</th><th>目標値（R6）</th><th>備考</th></tr>
{rows}
</table>
<p>※ふるさと納税の令和2年度の寄附額は1億2,340万円でした。</p>
<p>※基本目標2に係る令和3年度の関連事業費（決算）は31,560千円です。</p>
</body>
</html>
"""


def ine() -> Path:
    path = HERE / "ine_kpi_jokyo_r3.html"
    path.write_bytes(ine_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (gero, taki, yao):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {ine().name}")


if __name__ == "__main__":
    main()
