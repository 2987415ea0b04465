"""Build the built documents of forms26/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/yakumo_jimujigyo_h30.xlsx``, a sheet in the manner of 八雲町 (北海道) 事務事業評価シート
  (an indicator table whose years run newest first, H30目標 | H30実績 | 達成率 | H29実績 | H28実績; 事業費
  in 千円; a 評価の視点 table of points), and from it ``yakumo_jimujigyo_h30.pdf``;
* ``source/myoko_seika_shihyo_r3.xlsx``, a sheet in the manner of 妙高市 (新潟県) 第3次総合計画 成果指標の
  進捗状況 (a two-row header with 実績値 over R3 | R2 | R元, newest first; 以上 / 以下 targets; 万人 and
  千人泊 units; 分野 rows across the grid; 進捗 A / B / C), and from it ``myoko_seika_shihyo_r3.pdf``;
* ``source/uozu_senryaku_jisshi_h28.xlsx``, a sheet in the manner of 魚津市 (富山県) 総合戦略の実施状況
  (a 達成数/項目数 table; each indicator on two unlabelled rows, 上段が目標値、下段が実績値; 百万円; 未把握),
  and from it ``uozu_senryaku_jisshi_h28.pdf``;
* ``shinjo_senryaku_seika_h28.html``, a page in the manner of 新庄市 (山形県) 総合戦略 主要事業の成果
  (an actual and its final target in one cell, ``51万人（H32目標100万人）``; 決算額 in 万円 beside them).

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
    wb.properties.creator = "forms26/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms26/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms26_soffice_") as tmp:
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
# 八雲町 (北海道二海郡): 事務事業評価シート — 指標の表は新しい年度が左 (H30目標 | H30実績 | 達成率 |
# H29実績 | H28実績)、評価の視点の点数表
# --------------------------------------------------------------------------------------------

# Real: the form's items (施策の体系, 事業の概要, 対象, 意図, 手段; 評価の視点 必要性 / 有効性 / 達成度 /
# 効率性 with points summed; 活動指標 / 成果指標 and what they mean), 政策推進課. Made up: the 事業,
# every figure, the money, the column order.
YAKUMO_FIELDS = [
    ("事業名", "移住・定住促進事業", "担当課", "政策推進課"),
    (
        "施策の体系",
        "新八雲町総合計画　基本目標３　活力あるまちづくり　－　移住・定住の促進",
        "評価年度",
        "令和元年度",
    ),
]
YAKUMO_TEXT = [
    (
        "事業の概要",
        "移住相談窓口の運営、お試し暮らし住宅の貸出し、空き家バンクによる住宅情報の提供を行う。",
    ),
    ("事業の対象", "町外からの移住希望者、町内の空き家所有者"),
    ("事業の意図", "移住希望者が八雲町の暮らしを体験し、安心して移り住むことができる状態にする。"),
    (
        "事業の手段",
        "首都圏・札幌圏での移住相談会への出展、お試し暮らし住宅２戸の管理運営、空き家バンクの運営。",
    ),
]
YAKUMO_COST = [
    ("事業費", 4820, 5136, 5400),
    ("うち一般財源", 3102, 3288, 3450),
]
YAKUMO_IND = [
    ("活動指標", "移住相談件数", "件", 60, 72, 120.0, 54, 41),
    ("活動指標", "お試し暮らし住宅の利用日数", "日", 300, 265, 88.3, 241, "―"),
    ("成果指標", "移住者数（相談を経た転入者）", "人", 15, 11, 73.3, 9, 6),
    ("成果指標", "空き家バンク成約件数", "件", 8, 8, 100.0, 5, 3),
]
YAKUMO_POINTS = [
    ("必要性", "町が関与する根拠、町民ニーズの変化等から検証", 8),
    ("有効性", "活動内容と目的・成果との関係、協働の推進に資するか", 7),
    ("達成度", "活動指標、成果指標をもとに検証", 6),
    ("効率性", "事業費の推移、単位コスト（相談１件当たり 71,333円）の変化", 5),
]


def yakumo() -> Path:
    wb, ws = _sheet("事務事業評価", [11, 30, 7, 10, 10, 10, 10, 10])
    _text(ws, 1, 1, "令和元年度　事務事業評価シート（平成30年度実施事業）", bold=True, size=14)
    _text(ws, 1, 8, "八雲町", size=10, align="right")
    ws.row_dimensions[1].height = 24
    _text(ws, 3, 1, "1　基本情報", bold=True, size=10)
    r = 4
    for k1, v1, k2, v2 in YAKUMO_FIELDS:
        _put(ws, r, 1, k1, header=True)
        _span(ws, r, 2, 4, v1)
        _span(ws, r, 5, 6, k2, header=True)
        _span(ws, r, 7, 8, v2)
        ws.row_dimensions[r].height = 28
        r += 1
    for k, v in YAKUMO_TEXT:
        _put(ws, r, 1, k, header=True)
        _span(ws, r, 2, 8, v)
        ws.row_dimensions[r].height = 22
        r += 1
    r += 1
    _text(ws, r, 1, "2　事業費", bold=True, size=10)
    _text(ws, r, 8, "（単位：千円）", align="right")
    r += 1
    _span(ws, r, 1, 2, "区分", header=True)
    _span(ws, r, 3, 4, "H29決算", header=True)
    _span(ws, r, 5, 6, "H30決算", header=True)
    _span(ws, r, 7, 8, "R元予算", header=True)
    r += 1
    for name, a, b, c in YAKUMO_COST:
        _span(ws, r, 1, 2, name)
        _span(ws, r, 3, 4, a)
        _span(ws, r, 5, 6, b)
        _span(ws, r, 7, 8, c)
        r += 1
    r += 1
    _text(ws, r, 1, "3　指標の状況", bold=True, size=10)
    r += 1
    heads = ["区分", "指標名", "単位", "H30目標", "H30実績", "達成率", "H29実績", "H28実績"]
    for c, h in enumerate(heads, start=1):
        _put(ws, r, c, h, header=True)
    ws.row_dimensions[r].height = 20
    r += 1
    first = r
    for kind, name, unit, tgt, act, rate, p1, p2 in YAKUMO_IND:
        _put(ws, r, 1, kind, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _put(ws, r, 4, tgt)
        _put(ws, r, 5, act)
        _put(ws, r, 6, rate, fmt='0.0"%"')
        _put(ws, r, 7, p1)
        _put(ws, r, 8, p2, align="right" if p2 == "―" else None)
        ws.row_dimensions[r].height = 20
        r += 1
    _merge(ws, first, 1, first + 1, 1)
    _merge(ws, first + 2, 1, first + 3, 1)
    for n in [
        "※達成率＝H30実績÷H30目標×100",
        "※お試し暮らし住宅は平成29年度から供用を開始したため、H28実績はありません。",
    ]:
        _text(ws, r, 1, n, size=8)
        r += 1
    r += 1
    _text(ws, r, 1, "4　評価の視点", bold=True, size=10)
    r += 1
    _put(ws, r, 1, "視点", header=True)
    _span(ws, r, 2, 6, "検証項目", header=True)
    _span(ws, r, 7, 8, "点数（10点満点）", header=True)
    r += 1
    for k, v, p in YAKUMO_POINTS:
        _put(ws, r, 1, k, align="center")
        _span(ws, r, 2, 6, v)
        _span(ws, r, 7, 8, p, align="center")
        r += 1
    _span(ws, r, 1, 6, "合計点（40点満点）", header=True)
    _span(ws, r, 7, 8, 26, align="center")
    r += 1
    _span(ws, r, 1, 6, "評価（A：32点以上　B：24点以上　C：24点未満）", header=True)
    _span(ws, r, 7, 8, "B", align="center")
    r += 2
    _put(ws, r, 1, "今後の方向性", header=True)
    _span(
        ws,
        r,
        2,
        8,
        "改善して継続（移住相談会の出展先を見直し、成約につながる空き家の掘り起こしを強化する。）",
    )
    ws.row_dimensions[r].height = 22
    _page(ws, "portrait")
    path = SOURCE / "yakumo_jimujigyo_h30.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 妙高市 (新潟県): 第3次妙高市総合計画 成果指標の進捗状況 — 実績値の年度が新しい順 (R3 | R2 | R元)、
# 二段の見出し、以上 / 以下の目標、万人 / 千人泊の単位、分野の行
# --------------------------------------------------------------------------------------------

# Real: the plan's name and period (2020–2024), its 基本理念「生命地域の創造」, the department names
# 企画政策課 / 観光商工課 / 健康保険課. Made up: the layout, the indicators, every figure.
MYOKO_GROUPS = [
    (
        "1　健康・福祉",
        [
            (1, "特定健康診査受診率", "％", 47.0, 46.8, 41.2, 47.5, "60.0以上", "C", "健康保険課"),
            (
                2,
                "介護を必要としない高齢者の割合",
                "％",
                83.4,
                82.6,
                82.9,
                83.1,
                83.0,
                "C",
                "福祉介護課",
            ),
            (3, "自殺者数", "人", 8, 4, 7, 6, "5以下", "A", "健康保険課"),
        ],
    ),
    (
        "2　観光・交流",
        [
            (4, "観光入込客数", "万人", 567, 352, 331, 552, 600, "C", "観光商工課"),
            (5, "移住者数", "人", 49, 91, 78, "―", 100, "B", "企画政策課"),
            (6, "外国人宿泊者数", "千人泊", 121, 4, 51, 183, 200, "C", "観光商工課"),
        ],
    ),
]


def myoko() -> Path:
    wb, ws = _sheet("成果指標", [6, 34, 8, 13, 10, 10, 10, 13, 8, 13])
    _text(ws, 1, 1, "第3次妙高市総合計画　成果指標の進捗状況（令和3年度実績）", bold=True, size=14)
    _text(ws, 1, 10, "妙高市", size=10, align="right")
    ws.row_dimensions[1].height = 24
    _text(
        ws,
        2,
        1,
        "基本理念「生命地域の創造」　計画期間：2020（令和2）年度～2024（令和6）年度",
        size=9,
    )
    _text(ws, 4, 1, "2　成果指標の進捗状況", bold=True, size=10)
    r = 5
    for c, h in [
        (1, "No."),
        (2, "成果指標"),
        (3, "単位"),
        (4, "計画策定時（H30）"),
        (8, "目標値（R6）"),
        (9, "進捗"),
        (10, "担当課"),
    ]:
        _put(ws, r, c, h, header=True)
        _put(ws, r + 1, c, None, header=True)
        _merge(ws, r, c, r + 1, c)
    _span(ws, r, 5, 7, "実績値", header=True)
    for c, h in [(5, "R3"), (6, "R2"), (7, "R元")]:
        _put(ws, r + 1, c, h, header=True)
    ws.row_dimensions[r].height = 18
    ws.row_dimensions[r + 1].height = 18
    r += 2
    for title, rows in MYOKO_GROUPS:
        _span(ws, r, 1, 10, title, bold=True)
        ws.row_dimensions[r].height = 18
        r += 1
        for no, name, unit, base, v3, v2, v1, tgt, prog, dept in rows:
            _put(ws, r, 1, no, align="center")
            _put(ws, r, 2, name)
            _put(ws, r, 3, unit, align="center")
            for c, v in [(4, base), (5, v3), (6, v2), (7, v1), (8, tgt)]:
                fmt = "0.0" if unit == "％" else "#,##0"
                _put(ws, r, c, v, fmt=fmt, align="right")
            _put(ws, r, 9, prog, align="center")
            _put(ws, r, 10, dept, align="center")
            ws.row_dimensions[r].height = 20
            r += 1
    for n in [
        "※進捗　A：目標値を達成している　B：目標値は未達成だが計画策定時より改善している　C：計画策定時より後退している",
        "※移住者数の令和元年度は、集計方法の見直しにより数値がありません。",
        "※観光入込客数及び外国人宿泊者数は暦年の数値です。令和2・3年は新型コロナウイルス感染症の影響を受けています。",
    ]:
        _text(ws, r, 1, n, size=8)
        r += 1
    _page(ws, "landscape")
    path = SOURCE / "myoko_seika_shihyo_r3.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 魚津市 (富山県): 総合戦略の実施状況 — 各指標二段 (上段が目標値、下段が実績値; 行の見出しなし)、
# 達成数/項目数の表
# --------------------------------------------------------------------------------------------

# Real: the title, the 人口ビジョン sentences, the four 基本目標, the count table (2/2, 6/9 …,
# ※未把握1項目) and the note 上段が目標値、下段が実績値. Made up: the five indicators and every figure.
UOZU_COUNTS = [
    (
        "しごとをつくり、若者・女性をはじめとする市民が、安心して働ける魚津にします",
        "2/2",
        "2/2",
        "6/9",
        "4/9 ※未把握1項目",
    ),
    ("魅力あるまち魚津への新しいひとの流れをつくります", "0/2", "0/2", "5/10", "4/10"),
    ("子どもを産み、育てることに喜びを感じられるまち魚津を目指します", "0/2", "0/2", "3/7", "4/7"),
    (
        "活力ある地域をつくり、安心な暮らしを守る、魚津ふるさとづくりを推進します",
        "0/1",
        "0/1",
        "1/4",
        "2/4",
    ),
]
UOZU_YEARS = ["H26", "H27", "H28", "H29", "H30", "H31"]
UOZU_IND = [
    (
        "数値目標",
        "新規雇用者数（市内事業所）",
        "人",
        ["", 100, 100, 100, 100, 100],
        [92, 118, 121, "", "", ""],
    ),
    ("数値目標", "創業件数", "件", ["", 10, 10, 10, 10, 10], [8, 12, 11, "", "", ""]),
    ("KPI", "企業立地件数（累計）", "件", ["", 1, 2, 3, 4, 5], ["", 1, 1, "", "", ""]),
    (
        "KPI",
        "製造品出荷額等",
        "百万円",
        ["", 270000, 272000, 274000, 276000, 278000],
        [265432, 271018, "未把握", "", "", ""],
    ),
    (
        "KPI",
        "就職支援セミナー参加者数",
        "人",
        ["", 150, 150, 150, 150, 150],
        [132, 141, 163, "", "", ""],
    ),
]


def uozu() -> Path:
    wb, ws = _sheet("実施状況", [9, 30, 8, 10, 10, 10, 10, 10, 10])
    _text(ws, 1, 1, "魚津市まち・ひと・しごと創生総合戦略の実施状況について", bold=True, size=14)
    ws.row_dimensions[1].height = 24
    _para(
        ws,
        2,
        1,
        9,
        "魚津市まち・ひと・しごと創生総合戦略（総合戦略）は、人口ビジョンの目標を達成するための取組を定めたもので、"
        "4つの「基本目標」、11の「具体的な施策」、69の「主な事業」を掲げており、これらの達成状況を確認するために"
        "「数値目標」、「KPI（重要業績指標）」を設定しています。",
        40,
    )
    _text(
        ws,
        4,
        1,
        "（２）総合戦略の基本目標ごとの数値目標、KPI達成状況（平成27、28年度）",
        bold=True,
        size=10,
    )
    r = 5
    _span(ws, r, 1, 3, "基本目標", header=True)
    _span(ws, r, 4, 5, "数値目標達成状況（達成数/項目数）", header=True)
    _span(ws, r, 6, 9, "KPI達成状況（達成数/項目数）", header=True)
    ws.row_dimensions[r].height = 26
    r += 1
    _span(ws, r, 1, 3, "", header=True)
    for c1, c2, h in [(4, 4, "H27"), (5, 5, "H28"), (6, 7, "H27"), (8, 9, "H28")]:
        _span(ws, r, c1, c2, h, header=True)
    r += 1
    for goal, a, b, c, d in UOZU_COUNTS:
        _span(ws, r, 1, 3, goal)
        _put(ws, r, 4, a, align="center")
        _put(ws, r, 5, b, align="center")
        _span(ws, r, 6, 7, c, align="center")
        _span(ws, r, 8, 9, d, align="center")
        ws.row_dimensions[r].height = 24
        r += 1
    r += 1
    _text(ws, r, 1, "（３）基本目標ごとの数値目標及びKPIの実績", bold=True, size=10)
    r += 1
    _text(ws, r, 1, "※数値目標、KPIは、上段が目標値、下段が実績値", size=8)
    r += 1
    for c, h in enumerate(["区分", "指標", "単位", *UOZU_YEARS], start=1):
        _put(ws, r, c, h, header=True)
    r += 1
    _span(
        ws,
        r,
        1,
        9,
        "基本目標１　しごとをつくり、若者・女性をはじめとする市民が、安心して働ける魚津にします",
        bold=True,
    ).fill = LIGHT
    r += 1
    starts = {}
    for kind, name, unit, tgts, acts in UOZU_IND:
        starts.setdefault(kind, r)
        _put(ws, r, 2, name)
        _put(ws, r + 1, 2, None)
        _merge(ws, r, 2, r + 1, 2)
        _put(ws, r, 3, unit, align="center")
        _put(ws, r + 1, 3, None)
        _merge(ws, r, 3, r + 1, 3)
        for i, (t, a) in enumerate(zip(tgts, acts, strict=True)):
            _put(ws, r, 4 + i, t, align="right" if t == "" else None)
            _put(ws, r + 1, 4 + i, a, align="right" if isinstance(a, str) else None)
        ws.row_dimensions[r].height = 16
        ws.row_dimensions[r + 1].height = 16
        r += 2
    ends = {"数値目標": starts["KPI"] - 1, "KPI": r - 1}
    for kind, s in starts.items():
        _put(ws, s, 1, kind, align="center")
        _merge(ws, s, 1, ends[kind], 1)
    _text(ws, r, 1, "※製造品出荷額等のH28は、工業統計調査の公表前のため未把握。", size=8)
    r += 2
    _text(ws, r, 1, "28年度の主な取組", bold=True, size=10)
    r += 1
    _para(
        ws,
        r,
        1,
        9,
        "・企業の設備投資への支援（企業立地助成金　交付額 48,500千円）\n・創業塾の開催（全5回、受講者23人）\n"
        "・就職支援セミナー及び合同企業説明会の開催",
        48,
        border=True,
    )
    _page(ws, "portrait")
    path = SOURCE / "uozu_senryaku_jisshi_h28.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 新庄市 (山形県): 総合戦略 主要事業の成果 (広報) — 実績の欄に（H32目標…）が同居、万 の単位、決算額
# --------------------------------------------------------------------------------------------

# Real: the two プラン, 新庄まつり振興事業 (商工観光課; 2,596万円; 人出数 51万人 / H32目標100万人;
# 補助団体数 3件 / H32目標2件), まちづくり応援寄附金推進事業 (総合政策課; 6億8,127万円; 寄附件数
# 5万4,582件 / H32年度目標3万件), the 都市×田舎交流 and 6次産業化 indicators with their H32 targets.
# Made up: their H28 figures and 決算額, the 克雪 事業, the layout.
SHINJO_PLANS = [
    (
        "ふるさと定住プラン",
        [
            (
                "新庄まつり振興事業",
                "商工観光課",
                "山車・囃子若連への交付金を増額し、飾り山車の時間帯を延長した。囃子保存と山車資材保管施設等の基盤整備への補助金を新設した。（2,596万円）",
                [("人出数", "51万人（H32目標100万人）"), ("補助団体数", "3件（H32目標2件）")],
            ),
            (
                "新庄市まちづくり応援寄附金推進事業",
                "総合政策課",
                "寄附金を基金に積み立て、寄附者の希望に応じた事業の財源として活用した。（寄附金額6億8,127万円）",
                [("寄附件数", "5万4,582件（H32年度目標3万件）")],
            ),
            (
                "都市×田舎交流促進事業",
                "商工観光課",
                "地域おこし協力隊と市グリーンツーリズム推進協議会により、農村での体験型ツアーを実施した。（780万円）",
                [("交流受け入れ人数", "350人（H32目標1,000人）")],
            ),
            (
                "6次産業化推進事業",
                "農林課",
                "「新庄いいにゃ風土」ブランドによる加工商品の試作とセミナーを行った。（410万円）",
                [("6次産業化に着手する農業者数", "24人（H32目標40人）")],
            ),
        ],
    ),
    (
        "幸せと元気のまちづくり推進プラン",
        [
            (
                "雪と暮らす地域支え合い事業",
                "都市整備課",
                "高齢者世帯の屋根の雪下ろしを地域の除雪ボランティアが支援する体制を整えた。（320万円）",
                [("除雪ボランティア登録者数", "集計中（H32目標200人）")],
            ),
        ],
    ),
]


def shinjo_html() -> str:
    parts = []
    for plan, rows in SHINJO_PLANS:
        trs = []
        for name, dept, text, inds in rows:
            span = f' rowspan="{len(inds)}"' if len(inds) > 1 else ""
            for i, (ind, val) in enumerate(inds):
                head = f"<td{span}>{name}（{dept}）</td><td{span}>{text}</td>" if i == 0 else ""
                trs.append(f'<tr>{head}<td>{ind}</td><td class="num">{val}</td></tr>')
        body = "\n".join(trs)
        parts.append(
            f"""<h2>{plan}</h2>
<table>
<tr><th>事業名（担当課）</th><th>実施内容（決算額）</th><th>成果指標</th><th>平成28年度実績</th></tr>
{body}
</table>"""
        )
    tables = "\n".join(parts)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>総合戦略 主要事業の成果（平成28年度） | 新庄市</title>
<style>
table {{ border-collapse: collapse; margin: 0.5em 0; }}
th, td {{ border: 1px solid #333; padding: 3px 8px; }}
th {{ background: #e8e8e8; }}
td.num {{ text-align: right; white-space: nowrap; }}
p.note {{ font-size: 90%; }}
</style>
</head>
<body>
<h1>新庄市まち・ひと・しごと創生総合戦略　主要事業の成果（平成28年度）</h1>
<p>総合戦略の各事業に関連する重要業績評価指標（KPI）の達成状況について、総合計画審議会委員による外部評価をいただきました。主な事業の成果をお知らせします。</p>
{tables}
<p class="note">※（　）内は、総合戦略の最終年度（平成32年度）の目標値です。</p>
<p class="note">※決算額は万円未満を切り捨てています。</p>
<p>問い合わせ先：総合政策課企画政策室</p>
</body>
</html>
"""


def shinjo() -> Path:
    path = HERE / "shinjo_senryaku_seika_h28.html"
    path.write_bytes(shinjo_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (yakumo, myoko, uozu):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {shinjo().name}")


if __name__ == "__main__":
    main()
