"""Build the built documents of forms41/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/fukuroi_seisaku_hyoka_r5.xlsx``, a sheet in the manner of 袋井市 (静岡県) 第2次総合計画
  後期基本計画 政策評価シート (政策 fields with the 事業費 in 千円, **実績値 spanning bare era years
  R3 | R4 | R5, a 進捗率 column with `△` values, a ★ rating, a `千人` unit, a `【参考指標】` row
  spanning the grid**, a `以上` target, a `―` target), and from it ``fukuroi_seisaku_hyoka_r5.pdf``;
* ``source/soni_jimujigyo_hyoka_r5.xlsx``, a sheet in the manner of 曽爾村 (奈良県) 事務事業評価シート
  (fields with the 総合戦略 施策 and the 事業費 in 千円, **活動指標 / 成果指標 区分 cells merged down,
  values carrying their units (`9.4ha`, `1,482万円`)**, a 達成率 column, a `―` actual), and from it
  ``soni_jimujigyo_hyoka_r5.pdf``;
* ``source/uchiko_senryaku_kpi_r5.xlsx``, a sheet in the manner of 内子町 (愛媛県) まち・ひと・しごと
  創生総合戦略 KPI 検証 (施策 cells merged down, **a 累計 column beside yearly actuals, `累計50` targets,
  `万人` and `百万円` units**, a ◎○△× 評価), and from it ``uchiko_senryaku_kpi_r5.pdf``;
* ``nichinan_juten_senryaku_r4.html``, a page in the manner of 日南市 (宮崎県) 重点戦略プラン 評価指標
  (**ビジョン rows spanning the table, Western fiscal years, a 中間目標 and a 最終目標**, `以上`,
  `約3,200`, a 担当課 column, money in a note).

The PDF steps are skipped, with a message, when ``soffice`` is not installed.
These are re-typed forms of other municipalities, not their own files (README.md, SOURCES.tsv).

The XLSX and HTML files are byte-stable: fixed document dates, and the zip members are
rewritten with a fixed timestamp. The PDFs carry LibreOffice's creation date, so they differ
by that only.
"""

# ruff: noqa: E501

from __future__ import annotations

import datetime as dt
import itertools
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
    wb.properties.creator = "forms41/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms41/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms41_soffice_") as tmp:
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
# 袋井市 (静岡県): 第2次総合計画後期基本計画 政策評価シート — 実績値 R3–R5、進捗率、★評価、参考指標
# --------------------------------------------------------------------------------------------

# Real (袋井市 政策評価, city.pier.news 2025-11-07): the plan's name 第2次袋井市総合計画後期基本計画
# (令和3年度～7年度), the yearly 政策評価 of its policies, 日本一健康文化都市, 企画政策課. Made up: the
# policy, its fields, every indicator, figure, rating and note.
FUKUROI_ROWS = [
    # (No., 指標名, 単位, 基準値 R元, R3, R4, R5, 目標 R7, 進捗率, 評価)
    (1, "子育て支援センター利用者数", "千人", 38.4, 29.8, 33.1, 37.0, 42.0, "△38.9%", "★☆☆"),
    (2, "放課後児童クラブの待機児童数", "人", 52, 31, 18, 9, 0, "82.7%", "★★☆"),
    (
        3,
        "「子育てしやすいまち」と感じる市民の割合",
        "%",
        64.8,
        66.1,
        "―",
        69.5,
        "75.0以上",
        "46.1%",
        "★☆☆",
    ),
    (4, "乳幼児健康診査の受診率", "%", 96.2, 97.0, 97.8, 98.4, 98.0, "122.2%", "★★★"),
]
FUKUROI_REF = [(None, "出生数", "人", 781, 712, 688, 655, "―", "―", "―")]


def _fukuroi_row(ws, r, row) -> None:
    no, name, unit, base, a3, a4, a5, t7, rate, star = row
    fmt = "0.0" if unit in ("%", "千人") else "#,##0"
    _put(ws, r, 1, no, align="center")
    _put(ws, r, 2, name)
    _put(ws, r, 3, unit, align="center")
    for col, v in ((4, base), (5, a3), (6, a4), (7, a5), (8, t7)):
        _put(ws, r, col, v, fmt=fmt, align="center" if v == "―" else "right")
    _put(ws, r, 9, rate, align="center" if rate == "―" else "right")
    _put(ws, r, 10, star, align="center")
    ws.row_dimensions[r].height = 22


def fukuroi() -> Path:
    widths = [5, 34, 6, 11, 9, 9, 9, 11, 9, 9]
    wb, ws = _sheet("政策評価", widths)
    _text(
        ws,
        1,
        1,
        "第2次袋井市総合計画後期基本計画　政策評価シート（令和5年度実績）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 10, "袋井市企画政策課", align="right", size=9)
    _text(ws, 3, 1, "１　政策の概要", bold=True, size=10)
    fields = [
        ("政策名", "3　安心して子どもを産み育てられるまち"),
        ("主管課", "子育て支援課"),
        ("関係課", "健康づくり課、教育政策課"),
        ("政策の事業費", "令和5年度決算額　1,284,560千円"),
    ]
    r = 4
    for key, value in fields:
        _span(ws, r, 1, 2, key, header=True)
        _span(ws, r, 3, 10, value)
        ws.row_dimensions[r].height = 18
        r += 1
    _text(ws, r + 1, 1, "２　政策指標の達成状況", bold=True, size=10)
    h1, h2 = r + 2, r + 3
    for col, word in (
        (1, "No."),
        (2, "指標名"),
        (3, "単位"),
        (4, "基準値（R元）"),
        (8, "目標値（R7）"),
        (9, "進捗率"),
        (10, "評価"),
    ):
        _put(ws, h1, col, word, header=True)
        _put(ws, h2, col, None, header=True)
        _merge(ws, h1, col, h2, col)
    _span(ws, h1, 5, 7, "実績値", header=True)
    for col, word in ((5, "R3"), (6, "R4"), (7, "R5")):
        _put(ws, h2, col, word, header=True)
    ws.row_dimensions[h1].height = 18
    ws.row_dimensions[h2].height = 18
    r = h2 + 1
    for row in FUKUROI_ROWS:
        _fukuroi_row(ws, r, row)
        r += 1
    cell = _span(ws, r, 1, 10, "【参考指標】", bold=True)
    cell.fill = LIGHT
    ws.row_dimensions[r].height = 18
    r += 1
    for row in FUKUROI_REF:
        _fukuroi_row(ws, r, row)
        r += 1
    _text(
        ws,
        r,
        1,
        "進捗率＝（R5実績値－基準値）÷（目標値－基準値）×100（△は基準値から後退していることを示す）",
        size=8,
    )
    _text(
        ws,
        r + 1,
        1,
        "評価：★★★ 目標を達成（進捗率100%以上）　★★☆ 進捗率50%以上　★☆☆ 進捗率50%未満",
        size=8,
    )
    _text(
        ws,
        r + 2,
        1,
        "※「子育てしやすいまち」と感じる市民の割合のR4は、市民意識調査を実施していないため「―」としています。",
        size=8,
    )
    _text(ws, r + 3, 1, "※参考指標は目標値を定めず、推移を把握するものです。", size=8)
    _page(ws, "landscape")
    path = SOURCE / "fukuroi_seisaku_hyoka_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 曽爾村 (奈良県): 事務事業評価シート — 活動指標 / 成果指標、単位つきの値、達成率
# --------------------------------------------------------------------------------------------

# Real (曽爾村地域イノベーション創生戦略, 平成27年12月): 基本目標1 曽爾村イノベーション戦略 and its
# 施策1-1 農林業公社の設立, the strategy's period 平成27～31年. Made up: the sheet, the program's name,
# 担当課, 事業費, every indicator, figure and evaluation.
SONI_ROWS = [
    # (区分, 指標名, R3実績, R4目標, R4実績, 達成率, R5目標)
    ("活動指標", "公社が受託した農作業面積", "8.2ha", "10.0ha", "9.4ha", "94.0%", "12.0ha"),
    ("活動指標", "新規就農希望者の研修受入人数", "2人", "3人", "3人", "100.0%", "3人"),
    (
        "成果指標",
        "公社による農産物等の販売額",
        "1,120万円",
        "1,400万円",
        "1,482万円",
        "105.9%",
        "1,600万円",
    ),
    ("成果指標", "公社の常勤雇用者数", "―", "2人", "2人", "100.0%", "3人"),
    ("成果指標", "耕作放棄地の解消面積（累計）", "1.6ha", "2.5ha", "2.3ha", "92.0%", "3.5ha"),
]


def soni() -> Path:
    widths = [15, 34, 12, 12, 12, 9, 12]
    wb, ws = _sheet("事務事業評価", widths)
    _text(ws, 1, 1, "令和5年度　事務事業評価シート（令和4年度実施事業）", bold=True, size=13)
    _text(ws, 2, 7, "曽爾村", align="right", size=9)
    _text(ws, 3, 1, "１　事業の概要", bold=True, size=10)
    fields = [
        ("事務事業名", "農林業公社運営支援事業"),
        ("担当課", "産業振興課"),
        (
            "総合戦略の位置付け",
            "基本目標1　曽爾村イノベーション戦略　／　施策1-1　農林業公社の設立",
        ),
        ("事業期間", "平成28年度～"),
        ("事業費", "令和4年度決算額　18,640千円（うち一般財源　6,210千円）"),
    ]
    r = 4
    for key, value in fields:
        _put(ws, r, 1, key, header=True)
        _span(ws, r, 2, 7, value)
        ws.row_dimensions[r].height = 18
        r += 1
    _text(ws, r + 1, 1, "２　事業の内容", bold=True, size=10)
    _para(
        ws,
        r + 2,
        1,
        7,
        "高齢化により担い手が不足する農地の作業を受託する農林業公社の運営を支援し、耕作放棄地の発生を防ぐとともに、公社での研修を通じて新規就農者を育成する。",
        30,
        border=True,
    )
    _text(ws, r + 4, 1, "３　指標の状況", bold=True, size=10)
    h = r + 5
    for c, word in enumerate(
        [
            "区分",
            "指標名",
            "令和3年度実績",
            "令和4年度目標",
            "令和4年度実績",
            "達成率",
            "令和5年度目標",
        ],
        start=1,
    ):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 30
    r = h + 1
    first = {}
    for kind, name, a3, t4, a4, rate, t5 in SONI_ROWS:
        if kind not in first:
            first[kind] = r
            _put(ws, r, 1, kind, align="center")
        else:
            _put(ws, r, 1, None)
        _put(ws, r, 2, name)
        for col, v in ((3, a3), (4, t4), (5, a4), (6, rate), (7, t5)):
            _put(ws, r, col, v, align="center" if v == "―" else "right")
        ws.row_dimensions[r].height = 22
        r += 1
    _merge(ws, first["活動指標"], 1, first["成果指標"] - 1, 1)
    _merge(ws, first["成果指標"], 1, r - 1, 1)
    _text(ws, r, 1, "※達成率＝令和4年度実績÷令和4年度目標×100", size=8)
    _text(ws, r + 1, 1, "※公社の常勤雇用者数は、公社の法人化（令和4年4月）以降の人数です。", size=8)
    _text(ws, r + 3, 1, "４　評価", bold=True, size=10)
    e = r + 4
    for c, word in enumerate(["妥当性", "有効性", "効率性", "今後の方向性"], start=1):
        _put(ws, e, c, word, header=True)
    for c, word in enumerate(["A", "B", "B", "継続"], start=1):
        _put(ws, e + 1, c, word, align="center")
    _span(ws, e, 5, 7, "評価：A 十分　B おおむね十分　C 不十分", header=True, size=8)
    _span(ws, e + 1, 5, 7, None)
    _page(ws, "portrait")
    path = SOURCE / "soni_jimujigyo_hyoka_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 内子町 (愛媛県): まち・ひと・しごと創生総合戦略 KPI 検証 — 年度実績の横に累計、累計目標、万人・百万円
# --------------------------------------------------------------------------------------------

# Real (第2期内子町総合計画 概要版2): that the plan (平成27年度～令和6年度) and the 内子町まち・ひと・しごと
# 創生総合戦略 are published together; the town's words 町並み、村並み、山並みが美しい 持続的に発展するまち.
# Made up: the 基本目標 heading, the 施策, every KPI, figure, mark and note.
UCHIKO_ROWS = [
    # (施策 No., 施策, No., KPI, 単位, 基準値 H30, R2, R3, R4, R5, 累計, 目標 R6, 評価)
    ("(1)", "移住・定住の促進", 1, "移住相談件数", "件", 45, 52, 61, 70, 78, None, 80, "○"),
    (
        "(1)",
        "移住・定住の促進",
        2,
        "空き家バンクを活用した移住世帯数",
        "世帯",
        6,
        8,
        9,
        11,
        12,
        40,
        "累計50",
        "○",
    ),
    (
        "(2)",
        "観光交流の拡大",
        3,
        "観光入込客数",
        "万人",
        118.2,
        61.5,
        70.3,
        92.6,
        104.8,
        None,
        120.0,
        "△",
    ),
    (
        "(2)",
        "観光交流の拡大",
        4,
        "道の駅における内子産農産物の販売額",
        "百万円",
        1021,
        1088,
        1132,
        1174,
        1205,
        None,
        1200,
        "◎",
    ),
    ("(3)", "農林業の担い手の確保", 5, "新規就農者数", "人", 4, 5, 3, 6, "―", 14, "累計20", "△"),
]


def uchiko() -> Path:
    widths = [5, 17, 5, 30, 7, 10, 8, 8, 8, 8, 8, 10, 6]
    wb, ws = _sheet("KPI検証", widths)
    _text(
        ws,
        1,
        1,
        "内子町まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の検証（令和5年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 13, "令和6年7月　内子町総務課", align="right", size=8)
    _text(ws, 3, 1, "町並み、村並み、山並みが美しい持続的に発展するまち", size=9)
    _text(ws, 5, 1, "基本目標２　内子町への新しいひとの流れをつくる", bold=True, size=10)
    h1, h2 = 6, 7
    for col, word in (
        (3, "No."),
        (4, "重要業績評価指標（KPI）"),
        (5, "単位"),
        (6, "基準値（H30）"),
        (11, "累計"),
        (12, "目標値（R6）"),
        (13, "評価"),
    ):
        _put(ws, h1, col, word, header=True)
        _put(ws, h2, col, None, header=True)
        _merge(ws, h1, col, h2, col)
    _put(ws, h1, 1, "施策", header=True)
    for cc in (2, 1):
        _put(ws, h2, cc, None, header=True)
    _put(ws, h1, 2, None, header=True)
    _merge(ws, h1, 1, h2, 2)
    _span(ws, h1, 7, 10, "実績値", header=True)
    for col, word in ((7, "R2"), (8, "R3"), (9, "R4"), (10, "R5")):
        _put(ws, h2, col, word, header=True)
    ws.row_dimensions[h1].height = 18
    ws.row_dimensions[h2].height = 18
    r = h2 + 1
    start = {}
    for pno, pname, no, name, unit, base, a2, a3, a4, a5, total, t6, mark in UCHIKO_ROWS:
        fmt = "0.0" if unit == "万人" else "#,##0"
        if pno not in start:
            start[pno] = r
            _put(ws, r, 1, pno, align="center")
            _put(ws, r, 2, pname)
        else:
            _put(ws, r, 1, None)
            _put(ws, r, 2, None)
        _put(ws, r, 3, no, align="center")
        _put(ws, r, 4, name)
        _put(ws, r, 5, unit, align="center")
        for col, v in ((6, base), (7, a2), (8, a3), (9, a4), (10, a5), (11, total), (12, t6)):
            _put(ws, r, col, v, fmt=fmt, align="center" if v == "―" else "right")
        if total is None:
            ws.cell(row=r, column=11).fill = LIGHT
        _put(ws, r, 13, mark, align="center")
        ws.row_dimensions[r].height = 22
        r += 1
    ends = [*sorted(start.values()), r]
    for a, b in itertools.pairwise(ends):
        if b - 1 > a:
            _merge(ws, a, 1, b - 1, 1)
            _merge(ws, a, 2, b - 1, 2)
    _text(
        ws,
        r,
        1,
        "※累計は、目標が累計で定められている指標について、R2からの実績の合計を示しています。",
        size=8,
    )
    _text(ws, r + 1, 1, "※新規就農者数のR5は集計中のため「―」としています。", size=8)
    _text(
        ws,
        r + 2,
        1,
        "評価：◎ 目標達成　○ 達成見込み　△ 達成に向け取組の強化が必要　× 達成困難",
        size=8,
    )
    _page(ws, "landscape")
    path = SOURCE / "uchiko_senryaku_kpi_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 日南市 (宮崎県): 重点戦略プラン 評価指標 — ビジョン行、西暦年度、中間目標と最終目標
# --------------------------------------------------------------------------------------------

# Real (日南市重点戦略プラン案, 建設ネットPR 2019-12-20): the plan (2020年度から5年間), its concept
# 「創客創人」, the four visions and the 重点施策 words (防災対策の推進, 認知症高齢者等の見守り体制づくりの
# 支援, 日南教育の推進, 第一次産業の担い手の育成・確保, 日南型コンパクトシティの形成). Made up: the
# progress page, every indicator, figure, 担当課 and note.
NICHINAN = [
    (
        "ビジョン①：市民力の高まりによる住民自治の実現",
        [
            (
                "防災対策の推進",
                "自主防災組織の避難訓練実施率",
                "％",
                "48.5",
                "52.3",
                "57.0",
                "60.0",
                "70.0",
                "危機管理課",
            ),
            (
                "認知症高齢者等の見守り体制づくりの支援",
                "認知症サポーター養成者数（累計）",
                "人",
                "8,214",
                "9,650",
                "10,312",
                "10,000",
                "12,000",
                "長寿課",
            ),
        ],
    ),
    (
        "ビジョン②：自らの道を切りひらく次世代の育成",
        [
            (
                "日南教育の推進",
                "「学校に行くのが楽しい」と答える児童生徒の割合",
                "％",
                "88.1",
                "86.4",
                "87.9",
                "89.0以上",
                "90.0以上",
                "学校教育課",
            ),
        ],
    ),
    (
        "ビジョン③：地域産業の再活性化と新しいビジネスが創出できる環境",
        [
            (
                "第一次産業の担い手の育成・確保",
                "新規就農者数",
                "人/年",
                "11",
                "14",
                "9",
                "15",
                "15",
                "農業委員会事務局",
            ),
            (
                "新しいビジネスが創出できる環境づくり",
                "サテライトオフィス等誘致企業数（累計）",
                "社",
                "12",
                "24",
                "29",
                "26",
                "30",
                "商工・マーケティング課",
            ),
        ],
    ),
    (
        "ビジョン④：持続可能なまちづくり",
        [
            (
                "日南型コンパクトシティの形成",
                "中心市街地の歩行者通行量",
                "人/日",
                "約3,200",
                "2,870",
                "3,050",
                "3,300",
                "3,500",
                "都市建設課",
            ),
        ],
    ),
]


def nichinan_html() -> str:
    rows = []
    for vision, items in NICHINAN:
        rows.append(f'<tr class="v"><th colspan="9">{vision}</th></tr>')
        for measure, name, unit, base, a21, a22, mid, final, dept in items:
            cells = "".join(f'<td class="r">{v}</td>' for v in (base, a21, a22, mid, final))
            rows.append(
                f'<tr><td>{measure}</td><td>{name}</td><td class="c">{unit}</td>{cells}<td>{dept}</td></tr>'
            )
    body = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>日南市重点戦略プラン　評価指標の進捗状況（2022年度）</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin: 0.4em 0 0.8em; }}
th, td {{ border: 1px solid #333; padding: 3px 6px; }}
th {{ background: #e8e8e8; font-weight: normal; }}
tr.v th {{ background: #f4f4f4; text-align: left; font-weight: bold; }}
td.r {{ text-align: right; }}
td.c {{ text-align: center; }}
p.note {{ font-size: 85%; margin: 0.2em 0; }}
</style>
</head>
<body>
<h1>日南市重点戦略プラン　評価指標の進捗状況（2022年度）</h1>
<p>コンセプト「創客創人」　計画期間：2020年度～2024年度</p>
<h2>１　重点戦略プランの概要</h2>
<p>本プランは、まちづくりのコンセプトや長期ビジョン、重点施策を示し、選択と集中による重点的な投資で持続可能な社会を創造するものです。4つのビジョンごとに評価指標を設定し、毎年度その進捗を確認しています。</p>
<h2>２　評価指標の進捗状況</h2>
<table>
<thead>
<tr><th>主な重点施策</th><th>評価指標</th><th>単位</th><th>基準値（2018年度）</th><th>2021年度実績</th><th>2022年度実績</th><th>中間目標（2022年度）</th><th>最終目標（2024年度）</th><th>担当課</th></tr>
</thead>
<tbody>
{body}
</tbody>
</table>
<p class="note">※中心市街地の歩行者通行量の基準値は、調査地点の変更に伴い推計した値です。</p>
<p class="note">※重点戦略プラン関連事業費（2022年度決算）：1,482,300千円</p>
</body>
</html>
"""


def nichinan() -> Path:
    path = HERE / "nichinan_juten_senryaku_r4.html"
    path.write_bytes(nichinan_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (fukuroi, soni, uchiko):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {nichinan().name}")


if __name__ == "__main__":
    main()
