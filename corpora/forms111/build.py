"""Build the built documents of forms111/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/nakatsugawa_kpi_kensho_h29.xlsx``, a 総合戦略 KPI検証シート in the manner of 中津川市 (岐阜県):
  a bordered 国勢調査 reference table with ``▲`` above the KPI grid, section rows spanning the grid,
  ``▲`` baselines and actuals, a ``―`` actual; and the PDF;
* ``source/kikugawa_shisaku_hyoka_r4.xlsx``, a 施策評価シート in the manner of 菊川市 (静岡県): form
  fields (基本目標 / 目標別取組 / 施策 / 主管課), names ending in a source bracket (``（市民アンケート）``),
  a 施策 grade, and a 事務事業 table of money under the grid; and the PDF;
* ``source/ryuoh_juten_project_r4.xlsx``, 重点施策プロジェクト 取組結果と指標 in the manner of 竜王町 (滋賀県):
  project rows ``01`` … spanning the grid with their 事業費 in the last cell, a ``―`` target, a 取組結果
  prose column; and the PDF;
* ``takarazuka_shisaku_hyoka_r4.html``, a 施策評価シート in the manner of 宝塚市 (兵庫県): ア 担当部評価 (A–C),
  イ 評価の理由, ウ 成果指標 with ``2021年度（令和3年度）`` headers, ``万人`` in 単位 and a 達成状況 column of
  progress words (順調 / 概ね順調 / 順調でない) judged against a later target.

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
    wb.properties.creator = "forms111/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms111/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms111_soffice_") as tmp:
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
# 中津川市 (岐阜県): 中津川市まち・ひと・しごと創生総合戦略 KPI検証シート（平成29年度実績）
# --------------------------------------------------------------------------------------------

# Real: the strategy and its pillars (しごとをつくる, 地域をつくる・つなぐ、安心をつくる), the slogans
# 中津川で働こう / 中津川に住もう, the 平成29年度 重点施策「若者の地元定着・移住促進」, the H27 国勢調査
# figures and the H27年度 社会増減 (転入 2,084 − 転出 2,360 = ▲276). Made up: the sheet, its date and 課,
# every other KPI and figure, the notes and money.
CENSUS = [
    ("市全体", 78883, 80910, "▲2,027"),
    ("年少人口", 10320, 11086, "▲766"),
    ("生産年齢人口", 43890, 47053, "▲3,163"),
]
NAKATSUGAWA = [
    (
        "中津川で働こう（しごとをつくる）",
        [
            ("1", "市内企業への新規就職者数（高校・大学等卒業者）", "人", 412, 398, 430, 405, 450),
            ("2", "企業誘致件数", "件", 2, 3, 3, 4, 5),
        ],
    ),
    (
        "中津川に住もう（地域をつくる・つなぐ、安心をつくる）",
        [
            ("3", "社会増減数（転入者数－転出者数）", "人", "▲276", "▲198", "▲150", "▲121", 0),
            ("4", "移住相談件数", "件", 86, 124, 150, "―", 200),
            ("5", "空き家バンク成約件数", "件", 12, 15, 18, 18, 25),
        ],
    ),
]


def nakatsugawa() -> Path:
    widths = [5, 40, 6, 10, 9, 9, 9, 10]
    wb, ws = _sheet("KPI検証", widths)
    _text(
        ws,
        1,
        1,
        "中津川市まち・ひと・しごと創生総合戦略　KPI検証シート（平成29年度実績）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 8, "平成30年8月　中津川市政策推進課", align="right")
    _text(
        ws, 3, 1, "平成29年度の重点施策「若者の地元定着・移住促進」に関わるKPIの状況です。", size=9
    )
    _text(ws, 5, 1, "【参考】平成27年国勢調査の結果（単位：人）", bold=True, size=9)
    _put(ws, 6, 2, "区分", header=True)
    _span(ws, 6, 3, 4, "H27", header=True)
    _span(ws, 6, 5, 6, "H22", header=True)
    _span(ws, 6, 7, 8, "比較", header=True)
    for i, (name, h27, h22, diff) in enumerate(CENSUS):
        r = 7 + i
        _put(ws, r, 2, name)
        _span(ws, r, 3, 4, h27)
        _span(ws, r, 5, 6, h22)
        _span(ws, r, 7, 8, diff, align="right")
    _text(ws, 11, 1, "重要業績評価指標（KPI）の状況", bold=True, size=11)
    h = 12
    heads = [
        "No.",
        "重要業績評価指標（KPI）",
        "単位",
        "基準値\n（H27）",
        "H28実績",
        "H29目標",
        "H29実績",
        "目標値\n（H31）",
    ]
    for c, word in enumerate(heads, start=1):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 28
    r = h + 1
    for pillar, kpis in NAKATSUGAWA:
        _span(ws, r, 1, 8, pillar, bold=True, fill=LIGHT)
        ws.row_dimensions[r].height = 18
        r += 1
        for no, name, unit, *vals in kpis:
            _put(ws, r, 1, no, align="center")
            _put(ws, r, 2, name)
            _put(ws, r, 3, unit, align="center")
            for j, v in enumerate(vals):
                _num(ws, r, 4 + j, v)
            ws.row_dimensions[r].height = 22
            r += 1
    _notes(
        ws,
        r + 1,
        [
            "※▲は減少（転出超過）を示します。",
            "※移住相談件数のH29実績は、相談窓口の移管に伴い集計中のため「―」としています。",
            "※重点施策「若者の地元定着・移住促進」に係るH29当初予算額は123,456千円です。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "nakatsugawa_kpi_kensho_h29.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 菊川市 (静岡県): 令和5年度 施策評価シート（令和4年度実績）
# --------------------------------------------------------------------------------------------

# Real: 菊川市's three-level 行政評価 (政策・施策・事務事業), the 目標別取組 level of its 総合計画, and the
# 成果指標 「子育てしやすいまち」だと思う市民の割合（市民アンケート）. Made up: the sheet, the 基本目標,
# 目標別取組 and 施策 wording and codes, 主管課, every other indicator, every figure, the grade and the money.
KIKUGAWA = [
    (
        "1",
        "「子育てしやすいまち」だと思う市民の割合（市民アンケート）",
        "％",
        58.2,
        60.1,
        59.4,
        62.0,
        61.3,
        65.0,
    ),
    ("2", "子育て支援センター利用者数（延べ）", "人", 18420, 9812, 12306, 15000, 16275, 20000),
    ("3", "乳幼児健康診査の受診率（こども政策課調べ）", "％", 96.5, 95.8, 97.1, 98.0, 98.0, 98.0),
    ("4", "病児・病後児保育の利用登録者数", "人", 312, 355, 401, 420, 436, 500),
]
KIKUGAWA_JIGYO = [
    ("1", "子育て支援センター運営事業", 24318),
    ("2", "病児・病後児保育事業", 18902),
    ("3", "乳幼児健康診査事業", 9744),
]


def kikugawa() -> Path:
    widths = [5, 40, 6, 9, 9, 9, 9, 9, 10]
    wb, ws = _sheet("施策評価", widths)
    _text(ws, 1, 1, "令和5年度　施策評価シート（令和4年度実績）", bold=True, size=12)
    _text(ws, 2, 9, "菊川市", align="right")
    fields = [
        ("基本目標", "1　子育て・教育"),
        ("目標別取組", "1-1　安心して子どもを産み育てられる環境をつくる"),
        ("施策", "1-1-2　子育て支援の充実"),
        ("主管課", "こども政策課"),
    ]
    for i, (key, val) in enumerate(fields):
        r = 3 + i
        _span(ws, r, 1, 2, key, header=True)
        _span(ws, r, 3, 9, val)
        ws.row_dimensions[r].height = 18
    _text(ws, 8, 1, "１　成果指標の状況", bold=True, size=10)
    h = 9
    heads = [
        "No.",
        "成果指標",
        "単位",
        "基準値\n（H30）",
        "R2実績",
        "R3実績",
        "R4目標",
        "R4実績",
        "目標値\n（R7）",
    ]
    for c, word in enumerate(heads, start=1):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 28
    r = h + 1
    for no, name, unit, *vals in KIKUGAWA:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate(vals):
            _num(ws, r, 4 + j, v)
        ws.row_dimensions[r].height = 24
        r += 1
    _text(ws, r + 1, 1, "２　施策の評価", bold=True, size=10)
    _span(ws, r + 2, 1, 2, "施策の達成度", header=True)
    _span(ws, r + 2, 3, 9, "B　概ね順調に進んでいる")
    ws.row_dimensions[r + 2].height = 18
    _text(ws, r + 4, 1, "３　施策を構成する事務事業", bold=True, size=10)
    t = r + 5
    _put(ws, t, 1, "No.", header=True)
    _span(ws, t, 2, 6, "事務事業名", header=True)
    _span(ws, t, 7, 9, "R4決算額（千円）", header=True)
    for i, (no, name, money) in enumerate(KIKUGAWA_JIGYO):
        rr = t + 1 + i
        _put(ws, rr, 1, no, align="center")
        _span(ws, rr, 2, 6, name)
        _span(ws, rr, 7, 9, money)
    _notes(
        ws,
        t + 2 + len(KIKUGAWA_JIGYO),
        [
            "※子育て支援センター利用者数のR2・R3実績は、新型コロナウイルス感染症対策による利用制限の影響を受けています。",
            "※市民アンケートは毎年6月に実施しています。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "kikugawa_shisaku_hyoka_r4.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 竜王町 (滋賀県蒲生郡): 令和4年度 重点施策プロジェクト 取組結果と指標
# --------------------------------------------------------------------------------------------

# Real: 竜王町's 重点施策プロジェクト, its two slogans, the heading 活力あふれるまちづくり and the three
# project names (01 コンパクトシティ化構想「交流・文教ゾーン」整備の推進, 竜王小学校移転新築整備の推進,
# 住宅等の整備推進). Made up: the table, its date and 課, every indicator, figure, money and 取組結果 text.
RYUOH = [
    (
        "01",
        "コンパクトシティ化構想「交流・文教ゾーン」整備の推進",
        "R4事業費 48,600千円",
        [
            (
                "地元説明会の開催回数",
                "回",
                3,
                4,
                5,
                "―",
                "事業用地の造成に向け地元説明会を5回開催した。",
            ),
            ("事業用地の取得率", "％", 42.0, 80.0, 76.5, 100.0, "一部の用地で交渉が継続中。"),
        ],
    ),
    (
        "02",
        "竜王小学校移転新築整備の推進",
        "R4事業費 31,200千円",
        [
            (
                "基本設計・実施設計の進捗率",
                "％",
                0,
                50,
                50,
                100,
                "基本設計を完了し、実施設計に着手した。",
            ),
            (
                "新小学校に関する説明会等への参加者数",
                "人",
                "―",
                200,
                236,
                "―",
                "保護者・地域住民向けに3回開催した。",
            ),
        ],
    ),
    (
        "03",
        "住宅等の整備推進",
        "R4事業費 5,400千円",
        [
            ("町有地への住宅開発の誘導件数", "件", 0, 1, 0, 3, "事業者2社と協議を行った。"),
        ],
    ),
]


def ryuoh() -> Path:
    widths = [32, 6, 8, 8, 8, 8, 34]
    wb, ws = _sheet("重点施策プロジェクト", widths)
    _text(ws, 1, 1, "令和4年度　重点施策プロジェクト　取組結果と指標", bold=True, size=12)
    _text(ws, 2, 7, "令和5年6月　竜王町企画推進課", align="right")
    _text(
        ws,
        3,
        1,
        "「明るく元気で活力あふれる強いまち竜王町」「次世代に誇れる竜王町」の実現に向けた重点施策プロジェクトの状況です。",
        size=9,
    )
    _text(ws, 5, 1, "活力あふれるまちづくり", bold=True, size=11)
    h = 6
    heads = ["指標", "単位", "R3実績", "R4目標", "R4実績", "R7目標", "取組結果"]
    for c, word in enumerate(heads, start=1):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 20
    r = h + 1
    for no, name, money, kpis in RYUOH:
        _span(ws, r, 1, 6, f"{no}　{name}", bold=True, fill=LIGHT)
        _put(ws, r, 7, money, align="right", fill=LIGHT)
        ws.row_dimensions[r].height = 18
        r += 1
        for name2, unit, *vals, result in kpis:
            _put(ws, r, 1, name2)
            _put(ws, r, 2, unit, align="center")
            for j, v in enumerate(vals):
                _num(ws, r, 3 + j, v)
            _put(ws, r, 7, result, size=8)
            ws.row_dimensions[r].height = 26
            r += 1
    _notes(
        ws,
        r + 1,
        [
            "※R7目標は竜王町まち・ひと・しごと創生総合戦略（令和3年～令和7年）の最終年度の値です。「―」は設定なし。",
            "※02の説明会等はR4年度から開催しているため、R3実績は「―」としています。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "ryuoh_juten_project_r4.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 宝塚市 (兵庫県): 令和5年度（2023年度）施策評価シート（第6次宝塚市総合計画）
# --------------------------------------------------------------------------------------------

# Real: 宝塚市's 施策評価 under the 第6次宝塚市総合計画 (83 施策), its parts ア 担当部評価 (A–C with the
# three criteria), イ 評価の理由, ウ 成果指標 (実績, 達成状況とその理由), エ 施策実現のための課題, and the
# city's habit of printing 西暦 with 和暦 in brackets. Made up: the 施策 number and name, 担当部, every
# indicator, figure, 達成状況 word and sentence.
TAKARAZUKA = [
    (
        "観光入込客数",
        "万人",
        "842.3",
        "531.6",
        "688.9",
        "900.0",
        "概ね順調",
        "コロナ禍からの回復が進み、前年度から157万人増加した。",
    ),
    (
        "宿泊客数",
        "万人",
        "24.8",
        "11.2",
        "19.5",
        "30.0",
        "順調でない",
        "市内宿泊施設の休館が続き、回復が遅れている。",
    ),
    (
        "観光ボランティアガイドの案内人数",
        "人",
        "3,412",
        "1,208",
        "2,964",
        "4,000",
        "概ね順調",
        "手塚治虫記念館周辺の案内が増えた。",
    ),
    (
        "観光案内所の外国語対応件数",
        "件",
        "―",
        "210",
        "486",
        "600",
        "順調",
        "案内所に多言語翻訳機を配置した。",
    ),
]


def takarazuka_html() -> str:
    rows = "\n".join(
        "<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>" for cells in TAKARAZUKA
    )
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>令和5年度（2023年度）施策評価シート　施策36　観光の振興｜宝塚市</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 1em; }}
th, td {{ border: 1px solid #333; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
</style>
</head>
<body>
<h1>令和5年度（2023年度）施策評価シート</h1>
<p>第6次宝塚市総合計画　令和4年度（2022年度）の取組に対する評価</p>
<table border="1">
<tr><th>施策番号</th><td>36</td><th>施策名</th><td>観光の振興</td><th>担当部</th><td>産業文化部</td></tr>
</table>
<h2>ア　担当部評価</h2>
<p><strong>B</strong></p>
<p>【A】めざすまちの姿の実現に向け、指標の達成状況がいずれも順調である。<br>
【B】めざすまちの姿の実現に向け、指標の達成状況がいずれも概ね順調である。<br>
【C】めざすまちの姿の実現に向けた指標の達成状況が順調でない。</p>
<h2>イ　評価の理由</h2>
<p>観光入込客数は2022年度（令和4年度）に688.9万人まで回復したが、宿泊客数の回復が遅れているため、B評価とした。</p>
<h2>ウ　成果指標</h2>
<table border="1">
<thead>
<tr><th rowspan="2">成果指標</th><th rowspan="2">単位</th><th rowspan="2">基準値<br>2019年度（令和元年度）</th><th colspan="2">実績値</th><th rowspan="2">目標値<br>2025年度（令和7年度）</th><th rowspan="2">達成状況</th><th rowspan="2">達成状況の理由</th></tr>
<tr><th>2021年度（令和3年度）</th><th>2022年度（令和4年度）</th></tr>
</thead>
<tbody>
{rows}
</tbody>
</table>
<p>※達成状況は、目標値（2025年度）の達成に向けた進み具合を「順調」「概ね順調」「順調でない」の3段階で示しています。</p>
<p>※観光案内所の外国語対応件数は2020年度（令和2年度）から集計しているため、基準値は「―」としています。</p>
<h2>エ　施策実現のための課題</h2>
<p>宿泊を伴う観光の促進に向け、周辺市町と連携した周遊ルートづくりが必要である。</p>
</body>
</html>
"""


def takarazuka() -> Path:
    path = HERE / "takarazuka_shisaku_hyoka_r4.html"
    path.write_bytes(takarazuka_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (nakatsugawa, kikugawa, ryuoh):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {takarazuka().name}")


if __name__ == "__main__":
    main()
