"""Build the built documents of forms154/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/mikasa_juten_pj_r1.xlsx``, 重点プロジェクトの進捗状況 in the manner of 三笠市 (北海道): shaded
  ``重点プロジェクトN`` rows across the grid, a ``実績値`` group over H28…R元, **a KPI in 千人 with one
  decimal** (``18.4``), ``―`` years before a facility opened, an A/B/C 評価 and **an R元事業費（千円）
  column at the right edge**; and the PDF;
* ``source/kanegasaki_shisaku_hyoka_h29.xlsx``, 施策評価シート in the manner of 金ケ崎町 (岩手県): form
  fields, a 成果指標 grid with **an indicator measured in 千万円** (農業産出額), a 達成度 column, 累計 cells,
  then a 主な事務事業と事業費 money table; and the PDF;
* ``source/onagawa_senryaku_kpi_h29.xlsx``, 総合戦略 KPI の検証 in the manner of 女川町 (宮城県): a boxed
  paragraph of census figures, shaded 基本目標 rows, a 単位 column with 億円/万人, **an ``H29実績（見込）``
  column**, a unitless ratio with ``―``; and the PDF;
* ``fujisaki_koka_kensho_h30.html``, 総合戦略 効果検証 page in the manner of 藤崎町 (青森県): one table with
  施策 cells spanning their KPI rows, **units and the base year inside the cells** (``2.1ha（H26）``), an
  ``H30目標`` column left of the actuals, ``集計中``, an A/B/C 評価, a money note.

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
    wb.properties.creator = "forms154/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms154/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms154_soffice_") as tmp:
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
# 三笠市 (北海道): 三笠市まち・ひと・しごと創生総合戦略 重点プロジェクトの進捗状況
# --------------------------------------------------------------------------------------------

# Real: the strategy's name, 7 プロジェクト 16 事業, the project names and the 具体的事業 names used below.
# Made up: every KPI, figure, grade and 事業費, the date, the notes.
MIKASA = [
    (
        "重点プロジェクト1　食をテーマにした産業の構築",
        [
            # No., 具体的事業, KPI, 基準値（H26）, H28, H29, H30, R元, 目標値（R元）, 評価, 事業費
            (
                1,
                "①高校生レストランをはじめとする食の街道づくり推進事業",
                "高校生レストラン来客数（千人）",
                "―",
                "―",
                "―",
                18.4,
                21.7,
                20.0,
                "A",
                45210,
            ),
            (
                2,
                "③三笠特産品ブランド化事業",
                "特産品認証品目数（品目）",
                3,
                5,
                7,
                8,
                10,
                12,
                "B",
                3150,
            ),
        ],
    ),
    (
        "重点プロジェクト3　ジオパークを核とした観光産業の構築",
        [
            (
                3,
                "①三笠ジオパーク推進事業",
                "ジオパーク関連施設入館者数（人）",
                21560,
                23410,
                24880,
                25120,
                24305,
                28000,
                "B",
                18630,
            ),
        ],
    ),
    (
        "重点プロジェクト4　移住者対策",
        [
            (
                4,
                "①移住定住促進対策関連事業",
                "移住相談件数（件）",
                12,
                18,
                25,
                31,
                36,
                30,
                "A",
                2480,
            ),
            (
                5,
                "②地域おこし協力隊",
                "地域おこし協力隊員の定住率（%）",
                "―",
                "―",
                50.0,
                66.7,
                60.0,
                80.0,
                "C",
                24900,
            ),
        ],
    ),
]


def mikasa() -> Path:
    wb, ws = _sheet("重点プロジェクト", [5, 30, 28, 10, 9, 9, 9, 9, 11, 7, 12])
    _page(ws, "landscape")
    _text(
        ws,
        1,
        1,
        "三笠市まち・ひと・しごと創生総合戦略　重点プロジェクトの進捗状況（令和元年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 11, "令和2年8月　三笠市企画財政課", align="right")
    _text(
        ws, 3, 1, "総合戦略の中核となる7プロジェクト16事業のうち、KPIを設定した事業の状況", size=9
    )
    h = 5
    _head2(
        ws,
        h,
        [
            (1, "No."),
            (2, "具体的事業"),
            (3, "KPI"),
            (4, "基準値（H26）"),
            (9, "目標値（R元）"),
            (10, "評価"),
            (11, "R元事業費（千円）"),
        ],
        [(5, 8, "実績値", ["H28", "H29", "H30", "R元"])],
    )
    r = h + 1
    for project, rows in MIKASA:
        r += 1
        _span(ws, r, 1, 11, project, bold=True, fill=LIGHT)
        ws.row_dimensions[r].height = 18
        for no, measure, name, *vals, goal, grade, money in rows:
            r += 1
            _put(ws, r, 1, no, align="center")
            _put(ws, r, 2, measure)
            _put(ws, r, 3, name)
            for j, v in enumerate([*vals, goal]):
                fmt = "0.0" if isinstance(v, float) else None
                _put(ws, r, 4 + j, v, align="center" if v == "―" else "right", fmt=fmt)
            _put(ws, r, 10, grade, align="center")
            _put(ws, r, 11, money)
            ws.row_dimensions[r].height = 26
    _notes(
        ws,
        r + 1,
        [
            "※評価　A：順調　B：概ね順調　C：遅れている",
            "※高校生レストランは平成30年4月の開業のため、H28・H29は「―」。地域おこし協力隊の定住率は任期満了者がいない年度を「―」とした。",
            "※R元事業費は決算見込額。",
        ],
    )
    path = SOURCE / "mikasa_juten_pj_r1.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 金ケ崎町 (岩手県胆沢郡): 平成29年度 施策評価シート（第十次金ケ崎町総合発展計画）
# --------------------------------------------------------------------------------------------

# Real: 金ケ崎町's 第十次総合発展計画 that takes in its 金ケ崎版総合戦略 (施政方針 平成27年度). Made up: the
# sheet, the 施策, its number, 主管課, every indicator, figure, grade and 事業費.
KANEGASAKI = [
    # 成果指標名, 単位, 策定時（H26）, H29目標, H29実績, 達成度, 最終目標（H32）
    ("認定農業者数", "経営体", 198, 205, 201, "98.0%", 210),
    ("農業産出額", "千万円", 612, 630, 648, "102.9%", 650),
    ("新規就農者数", "人", "―", "累計6", "累計7", "116.7%", "累計12"),
    ("耕作放棄地解消面積", "ha", 4.5, 9.0, 8.2, "91.1%", 15.0),
]


def kanegasaki() -> Path:
    wb, ws = _sheet("施策評価シート", [24, 9, 12, 11, 11, 10, 13])
    _page(ws, "portrait")
    _text(ws, 1, 1, "平成29年度　施策評価シート", bold=True, size=13)
    _text(ws, 2, 7, "第十次金ケ崎町総合発展計画", align="right")
    fields = [
        ("施策番号・施策名", "2-1　農業の振興"),
        ("主管課", "農林課"),
        ("施策の目指す姿", "担い手が育ち、農地が守られ、農業所得が向上している。"),
    ]
    r = 4
    for k, v in fields:
        _put(ws, r, 1, k, header=True)
        _span(ws, r, 2, 7, v)
        ws.row_dimensions[r].height = 20
        r += 1
    r += 1
    _text(ws, r, 1, "■成果指標の状況", bold=True, size=10)
    r += 1
    for c, word in enumerate(
        [
            "成果指標名",
            "単位",
            "計画策定時（H26）",
            "H29目標",
            "H29実績",
            "達成度",
            "最終目標（H32）",
        ],
        start=1,
    ):
        _put(ws, r, c, word, header=True)
    ws.row_dimensions[r].height = 30
    for name, unit, *vals in KANEGASAKI:
        r += 1
        _put(ws, r, 1, name)
        _put(ws, r, 2, unit, align="center")
        for j, v in enumerate(vals):
            fmt = "0.0" if isinstance(v, float) else None
            _put(ws, r, 3 + j, v, align="center" if v == "―" else "right", fmt=fmt)
        ws.row_dimensions[r].height = 22
    _notes(
        ws,
        r + 1,
        [
            "※達成度＝H29実績÷H29目標。新規就農者数はH27からの累計。農業産出額は市町村別農業産出額（推計）による。",
        ],
    )
    r += 3
    _text(ws, r, 1, "■主な事務事業と事業費（単位：千円）", bold=True, size=10)
    r += 1
    for c, word in enumerate(["事務事業名", "", "H28決算", "H29決算", "H30予算", "", ""], start=1):
        _put(ws, r, c, word or None, header=True)
    _merge(ws, r, 1, r, 2)
    _merge(ws, r, 5, r, 7)
    for name, vals in [
        ("担い手育成支援事業", [8420, 9135, 9800]),
        ("農地中間管理事業", [3260, 3410, 3500]),
        ("計", [11680, 12545, 13300]),
    ]:
        r += 1
        _span(ws, r, 1, 2, name)
        _put(ws, r, 3, vals[0])
        _put(ws, r, 4, vals[1])
        _span(ws, r, 5, 7, vals[2])
    r += 2
    _put(ws, r, 1, "施策の評価", header=True)
    _put(ws, r, 2, "B", align="center")
    _span(
        ws,
        r,
        3,
        7,
        "産出額は目標を上回ったが、認定農業者数は高齢化による減少で目標に届かなかった。",
        size=8,
    )
    ws.row_dimensions[r].height = 30
    _notes(ws, r + 1, ["※施策の評価　A：順調　B：概ね順調　C：遅れている"])
    path = SOURCE / "kanegasaki_shisaku_hyoka_h29.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 女川町 (宮城県牡鹿郡): 女川町まち・ひと・しごと創生総合戦略 数値目標・KPIの検証（平成29年度）
# --------------------------------------------------------------------------------------------

# Real: 6,334人 (平成27年国勢調査), 37.0% (平成22年からの減少率) and the 震災 wording of the paragraph.
# Made up: the sheet, its date, the 基本目標 wording, every KPI and figure.
ONAGAWA = [
    (
        "基本目標1　安定した雇用を創出する",
        [
            (1, "町内事業所の新規雇用者数", "人", 45, 52, 61, 58, 60),
            (2, "水産加工品出荷額", "億円", 98.2, 104.5, 110.3, 112.0, 120.0),
        ],
    ),
    (
        "基本目標2　新しいひとの流れをつくる",
        [
            (3, "観光客入込数", "万人", 39.8, 48.6, 52.1, 55.0, 60.0),
            (4, "移住・定住相談件数", "件", 8, 14, 21, 25, 30),
        ],
    ),
    (
        "基本目標3　若い世代の結婚・出産・子育ての希望をかなえる",
        [
            (5, "合計特殊出生率", "―", 1.32, 1.28, 1.41, "―", 1.50),
        ],
    ),
]


def onagawa() -> Path:
    wb, ws = _sheet("KPI検証", [5, 26, 7, 11, 10, 10, 12, 11])
    _page(ws, "portrait")
    _text(
        ws,
        1,
        1,
        "女川町まち・ひと・しごと創生総合戦略　数値目標・KPIの検証（平成29年度）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 8, "平成30年2月　女川町企画課", align="right")
    _para(
        ws,
        4,
        1,
        8,
        "本町の人口は、東日本大震災の影響により平成27年国勢調査で6,334人となり、平成22年からの減少率は37.0％と"
        "県内で最も大きい。総合戦略では、震災からの復興と一体となって人口減少の抑制に取り組んでいる。",
        40,
        border=True,
    )
    h = 6
    for c, word in enumerate(
        [
            "No.",
            "KPI",
            "単位",
            "基準値（H26）",
            "H27実績",
            "H28実績",
            "H29実績（見込）",
            "目標値（H31）",
        ],
        start=1,
    ):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 30
    r = h
    for goal, rows in ONAGAWA:
        r += 1
        _span(ws, r, 1, 8, goal, bold=True, fill=LIGHT)
        for no, name, unit, *vals in rows:
            r += 1
            _put(ws, r, 1, no, align="center")
            _put(ws, r, 2, name)
            _put(ws, r, 3, unit, align="center")
            for j, v in enumerate(vals):
                fmt = None
                if isinstance(v, float):
                    fmt = "0.00" if unit == "―" else "0.0"
                _put(ws, r, 4 + j, v, align="center" if v == "―" else "right", fmt=fmt)
            ws.row_dimensions[r].height = 20
    _notes(
        ws,
        r + 1,
        [
            "※H29実績（見込）は平成29年12月末までの実績をもとにした年度末の見込み。",
            "※合計特殊出生率のH29は未公表のため「―」。",
        ],
    )
    path = SOURCE / "onagawa_senryaku_kpi_h29.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 藤崎町 (青森県南津軽郡): 藤崎町まち・ひと・しごと創生総合戦略 効果検証（平成30年度実績）
# --------------------------------------------------------------------------------------------

# Real: the strategy's name and date (平成27年10月), 基本目標① and its three 施策 names, りんご「ふじ」発祥の地.
# Made up: the page, every KPI, figure and grade, the 事業費 note, the 課.
FUJISAKI_ROWS = """<tr><th rowspan="2" class="l">1.まちの未来を耕す農業の振興</th><td>りんご新規植栽面積（累計）</td><td>2.1ha（H26）</td><td>8.5ha</td><td>5.4ha</td><td>7.2ha</td><td>8.9ha</td><td>10.0ha</td><td>A</td></tr>
<tr><td>新規就農者数</td><td>3人（H26）</td><td>5人</td><td>4人</td><td>6人</td><td>5人</td><td>5人</td><td>A</td></tr>
<tr><th rowspan="2" class="l">2.魅力あふれる観光の創出</th><td>観光入込客数</td><td>28.4万人（H26）</td><td>31万人</td><td>29.1万人</td><td>30.5万人</td><td>集計中</td><td>32万人</td><td>B</td></tr>
<tr><td>暮らし観光体験プログラム参加者数</td><td>―（H26）</td><td>300人</td><td>120人</td><td>260人</td><td>340人</td><td>400人</td><td>A</td></tr>
<tr><th class="l">3.活力ある地域産業の強化</th><td>町内での創業件数</td><td>1件（H26）</td><td>2件</td><td>1件</td><td>3件</td><td>1件</td><td>2件</td><td>C</td></tr>"""


def fujisaki_html() -> str:
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>藤崎町まち・ひと・しごと創生総合戦略の効果検証（平成30年度実績）｜藤崎町</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
th.l {{ text-align: left; font-weight: normal; background: #f2f2f2; }}
td {{ text-align: right; }}
td:nth-of-type(1) {{ text-align: left; }}
</style>
</head>
<body>
<p>トップ &gt; 町政情報 &gt; 計画・施策 &gt; 地方創生</p>
<h1>藤崎町まち・ひと・しごと創生総合戦略の効果検証（平成30年度実績）</h1>
<p>藤崎町では、平成27年10月に策定した「藤崎町まち・ひと・しごと創生総合戦略」に掲げる重要業績評価指標（KPI）について、毎年度、その達成状況を検証しています。りんご「ふじ」発祥の地として、農業と観光を軸にしごとづくりを進めています。</p>
<h2>基本目標1　地域産業に魅力ある“しごと”を創生する</h2>
<table>
<tr><th rowspan="2">施策</th><th rowspan="2">重要業績評価指標（KPI）</th><th rowspan="2">基準値</th><th rowspan="2">H30目標</th><th colspan="3">実績値</th><th rowspan="2">最終目標<br>（H31）</th><th rowspan="2">評価</th></tr>
<tr><th>H28</th><th>H29</th><th>H30</th></tr>
{FUJISAKI_ROWS}
</table>
<p>※評価　A：順調　B：概ね順調　C：遅れている</p>
<p>※観光入込客数のH30は、青森県観光入込客統計の公表前のため集計中。</p>
<p>※基本目標1の関連事業費（H30決算）：農業振興 18,420千円、観光 6,930千円、創業支援 2,100千円。</p>
<p>お問い合わせ：企画財政課 企画係</p>
</body>
</html>
"""


def fujisaki() -> Path:
    path = HERE / "fujisaki_koka_kensho_h30.html"
    path.write_bytes(fujisaki_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (mikasa, kanegasaki, onagawa):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {fujisaki().name}")


if __name__ == "__main__":
    main()
