"""Build the built documents of forms170/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/ashibetsu_kpi_kensho_r5.xlsx``, a 総合戦略 KPI検証シート in the manner of 芦別市 (北海道):
  form fields (plan, period, population, 事業費 in 千円) over a KPI grid that is **too wide for the
  page and is continued in a second band below a page-width note, with its header repeated**
  (R2–R4 actuals above; the R5 target and actual, a printed 達成状況 and the final target below);
  **a missing actual written with the katakana long-vowel mark ``ー``** beside a ``―`` baseline;
  ``千人``; and the PDF;
* ``source/iwaizumi_shisaku_hyoka_h29.xlsx``, a 総合計画 施策評価シート in the manner of 岩泉町 (岩手県):
  form fields over a 成果指標 grid headed ``到達目標（H31）``, with **a 内数 sub-row
  ``うち龍泉洞入洞者数`` under its parent row (the No. merged over both)**, and **a second grid
  ``３　モニタリング指標`` whose indicators have actuals only (no target column)**; ``千人``,
  ``百万円``, ``―`` cells; and the PDF;
* ``source/happo_kpi_tassei_r5.xlsx``, a 総合戦略 KPIの達成状況 in the manner of 八峰町 (秋田県):
  **period headers written as slash dates ``2023/3/31時点`` / ``2024/3/31時点``** each spanning
  ``目標 | 実績``; **final-target cells holding the level and, in brackets, the change from the
  baseline (``45（+33）``)**; ``前年度並み`` as a yearly target; a printed 達成状況; and the PDF;
* ``nishigo_seika_shihyo_r4.html``, a 総合振興計画 成果指標 page in the manner of 西郷村 (福島県):
  基本目標 ``<th rowspan>`` cells; **the 達成状況 shown only as icon images (``<img alt="達成">``)
  with an icon legend above the table**; **``人（延べ）`` and ``件（累計）`` in the 単位 column**;
  ``千人``; a lead paragraph full of real population figures.

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
    wb.properties.creator = "forms170/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms170/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms170_soffice_") as tmp:
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
        word = isinstance(v, str) and not v[:1].isdigit()
        _put(ws, r, c0 + j, v, align="center" if word else "right", fmt=fmt)


# --------------------------------------------------------------------------------------------
# 芦別市 (北海道): 第2期芦別市まち・ひと・しごと創生総合戦略 KPI検証シート（令和5年度実績）
# --------------------------------------------------------------------------------------------

# Real (city page docs/8928.html, furu-con.jp/projects/449): the plan's name, its period R2–R6 and
# the 令和4年3月 revision, 12,555人 (令和2年国勢調査) against the 人口ビジョン's 12,756人, 合宿事業 and
# the aim 交流人口や関係人口の創出・拡大. Made up: the sheet, 課, money, every KPI and figure.
AS_UPPER = [
    ("1", "合宿受入延べ人数", "人", 12480, "ー", 2150, 6830),
    ("2", "移住者数", "人", 38, 41, 47, 52),
    ("3", "ふるさと納税寄附件数", "件", 4215, 6932, 9108, 11574),
    ("4", "観光入込客数", "千人", 512, 298, 341, 402),
    ("5", "関係人口登録者数（ふるさと芦別応援団）", "人", "―", 120, 186, 243),
]
AS_LOWER = [
    ("1", "合宿受入延べ人数", "人", 10000, 9246, "未達成", 12500),
    ("2", "移住者数", "人", 50, 56, "達成", 55),
    ("3", "ふるさと納税寄附件数", "件", 10000, 13208, "達成", 12000),
    ("4", "観光入込客数", "千人", 480, 455, "未達成", 520),
    ("5", "関係人口登録者数（ふるさと芦別応援団）", "人", 300, 291, "未達成", 400),
]


def _band(ws, r: int, header: list[str], rows) -> int:
    for c, word in enumerate(header, start=1):
        _put(ws, r, c, word, header=True)
    ws.row_dimensions[r].height = 30
    r += 1
    for no, name, unit, *vals in rows:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, vals)
        ws.row_dimensions[r].height = 21
        r += 1
    return r


def ashibetsu() -> Path:
    wb, ws = _sheet("KPI検証シート", [6, 36, 8, 13, 13, 13, 15])
    _text(
        ws,
        1,
        1,
        "第2期芦別市まち・ひと・しごと創生総合戦略　KPI検証シート（令和5年度実績）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 7, "令和6年8月　芦別市総務部企画課", align="right")
    fields = [
        ("総合戦略の名称", "第2期芦別市まち・ひと・しごと創生総合戦略（改訂版）"),
        ("計画期間", "令和2年度～令和6年度（令和4年3月改訂）"),
        ("人口", "12,555人（令和2年国勢調査）　※人口ビジョンにおける令和2年の目標人口は12,756人"),
        ("交付金対象事業費（R5決算・千円）", "18,420"),
    ]
    r = 4
    for label, value in fields:
        _span(ws, r, 1, 2, label, header=True)
        _span(ws, r, 3, 7, value, align="left")
        ws.row_dimensions[r].height = 18
        r += 1
    r += 1
    _text(ws, r, 1, "基本目標３　交流人口や関係人口の創出・拡大", bold=True, size=11)
    r += 1
    r = _band(
        ws,
        r,
        ["No.", "重要業績評価指標（KPI）", "単位", "基準値\n（R元）", "R2実績", "R3実績", "R4実績"],
        AS_UPPER,
    )
    _para(
        ws,
        r,
        1,
        7,
        "※表が横長になるため、R5年度の目標・実績、達成状況及び最終目標値は下表に続けて掲載しています（No.・KPIは上表と同じです）。",
        height=24,
    )
    r += 1
    r = _band(
        ws,
        r,
        [
            "No.",
            "重要業績評価指標（KPI）",
            "単位",
            "R5目標",
            "R5実績",
            "達成状況",
            "最終目標\n（R6）",
        ],
        AS_LOWER,
    )
    _notes(
        ws,
        r + 1,
        [
            "※No.1のR2実績は、新型コロナウイルス感染症の影響により合宿の受入れを全て中止したため「ー」としています。",
            "※No.5は令和2年度にふるさと芦別応援団の登録制度を創設したため、基準値はありません。",
            "※達成状況は、R5実績がR5目標に達したものを「達成」としています。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "ashibetsu_kpi_kensho_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 岩泉町 (岩手県): 新岩泉町まちづくり総合計画 後期基本計画 施策評価シート（平成29年度実績）
# --------------------------------------------------------------------------------------------

# Real (town page docs/2016022000315, zck.or.jp/site/forum/1348.html, town page docs/2018011700022):
# the plan's name and period (H27–H31), the population 約9,800人 (平成27年国勢調査速報値), 龍泉洞, the
# 2017-12 観光客アンケート (96.7% wish to return, 36.3% had come more than once); 台風第10号 (2016) is
# general knowledge. Made up: the sheet, 課, money, every other figure and the monitoring rows.
IW_ROWS = [
    ("1", "観光入込客数", "千人", 438, 441, 312, 356, 450, 480),
    ("", "うち龍泉洞入洞者数", "千人", 171, 168, 82, 131, 175, 200),
    (
        "2",
        "観光客アンケートで「また訪れたい」と答えた人の割合",
        "％",
        "―",
        "―",
        "―",
        96.7,
        90.0,
        95.0,
    ),
    ("3", "体験型観光プログラムの参加者数", "人", 1250, 1410, 620, 1180, 1600, 2000),
]
IW_MONITOR = [
    ("町内宿泊施設の宿泊者数", "人", 28640, 19320, 24105, "町内宿泊施設への聞き取り"),
    ("道の駅いわいずみの販売額", "百万円", 212, 168, 195, "指定管理者の事業報告"),
]


def iwaizumi() -> Path:
    wb, ws = _sheet("施策評価", [6, 40, 8, 11, 10, 10, 10, 11, 13])
    _text(
        ws,
        1,
        1,
        "新岩泉町まちづくり総合計画 後期基本計画　施策評価シート（平成29年度実績）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 9, "平成30年8月　岩泉町", align="right")
    fields = [
        ("施策名", "観光の振興", "主管課", "経済観光交流課"),
        ("計画期間", "平成27年度～平成31年度", "施策に係る事業費（H29決算・千円）", 96380),
    ]
    r = 4
    for l1, v1, l2, v2 in fields:
        _span(ws, r, 1, 2, l1, header=True)
        _span(ws, r, 3, 5, v1, align="left")
        _span(ws, r, 6, 7, l2, header=True)
        _span(ws, r, 8, 9, v2, align="right" if isinstance(v2, int) else "left")
        ws.row_dimensions[r].height = 22
        r += 1
    _span(ws, r, 1, 2, "町の人口", header=True)
    _span(ws, r, 3, 9, "約9,800人（平成27年国勢調査速報値）", align="left")
    ws.row_dimensions[r].height = 22
    _text(ws, 8, 1, "１　施策の概要", bold=True, size=11)
    _para(
        ws,
        9,
        1,
        9,
        "日本三大鍾乳洞の一つである龍泉洞をはじめとする自然観光資源を生かし、滞在型・体験型の観光を推進して交流人口の拡大を図ります。",
        height=20,
        border=True,
    )
    _text(ws, 11, 1, "２　成果指標の達成状況", bold=True, size=11)
    _head2(
        ws,
        12,
        [
            (1, "No."),
            (2, "成果指標"),
            (3, "単位"),
            (4, "基準値\n（H26）"),
            (8, "H29目標"),
            (9, "到達目標\n（H31）"),
        ],
        [(5, 7, "実績値", ["H27", "H28", "H29"])],
    )
    r = 14
    for no, name, unit, *vals in IW_ROWS:
        sub = no == ""
        if not sub:
            _put(ws, r, 1, no, align="center")
        else:
            _merge(ws, r - 1, 1, r, 1)
        _put(ws, r, 2, ("　　" + name) if sub else name, size=8 if sub else 9)
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, vals)
        ws.row_dimensions[r].height = 20
        r += 1
    r += 1
    _text(ws, r, 1, "３　モニタリング指標", bold=True, size=11)
    r += 1
    _text(ws, r, 1, "（目標値は設定せず、推移を把握する指標）", size=8)
    r += 1
    _span(ws, r, 1, 2, "指標名", header=True)
    _put(ws, r, 3, "単位", header=True)
    for c, word in enumerate(("H27実績", "H28実績", "H29実績"), start=4):
        _put(ws, r, c, word, header=True)
    _span(ws, r, 7, 9, "出典", header=True)
    ws.row_dimensions[r].height = 20
    r += 1
    for name, unit, *vals, src in IW_MONITOR:
        _span(ws, r, 1, 2, name)
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, vals)
        _span(ws, r, 7, 9, src)
        ws.row_dimensions[r].height = 20
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※No.1の下段「うち龍泉洞入洞者数」は、観光入込客数の内数です。",
            "※平成28年度は、台風第10号（平成28年8月）による被害の影響で観光入込客数が大きく減少しました。",
            "※No.2は平成29年12月の観光客アンケート調査によるもので、平成28年度以前は調査していないため「―」としています（龍泉洞を複数回訪れた人は36.3%）。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "iwaizumi_shisaku_hyoka_h29.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 八峰町 (秋田県山本郡): 第2期八峰町まち・ひと・しごと創生総合戦略 KPIの達成状況（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (town page archive/contents-333, localgovs.net/akita/happo): the 第2期 strategy, its four
# 政策パッケージ (2.定住・移住対策), the one-year extension to 令和8年3月31日 approved by the 総合戦略検証委員会
# on 令和6年10月8日, 6,907人 (令和2年8月, 住民基本台帳) and the yearly 社会減 of about 100人; 企画財政課.
# Made up: the sheet, 資料 number, every KPI, figure, 達成状況 and note.
HP_ROWS = [
    ("1", "空き家バンク登録件数（累計）", "件", 12, 30, 34, 36, 41, "達成", "45（+33）"),
    ("2", "地域おこし協力隊員数", "人", 3, 6, 5, 7, 7, "達成", "8（+5）"),
    (
        "3",
        "移住相談窓口を通じた移住者数（R2からの累計）",
        "人",
        "―",
        40,
        38,
        55,
        49,
        "未達成",
        "70（―）",
    ),
    (
        "4",
        "町営住宅の入居率",
        "％",
        88.5,
        "前年度並み",
        90.2,
        "前年度並み",
        87.9,
        "―",
        "90.0（+1.5）",
    ),
]


def happo() -> Path:
    wb, ws = _sheet("KPI達成状況", [5, 36, 6, 13, 9, 9, 9, 9, 9, 15])
    _text(
        ws,
        1,
        1,
        "第2期八峰町まち・ひと・しごと創生総合戦略　KPIの達成状況（令和5年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 10, "令和6年10月8日　八峰町総合戦略検証委員会　資料1", align="right")
    _text(ws, 3, 10, "事務局：八峰町企画財政課", align="right")
    _para(
        ws,
        5,
        1,
        10,
        "第2期八峰町まち・ひと・しごと創生総合戦略（令和2年度～令和6年度）は、計画期間を1年延長し、令和8年3月31日までとしました。"
        "本町の住民基本台帳人口は6,907人（令和2年8月）で、概ね毎年100人程度の社会減が続いています。政策パッケージごとのKPIの達成状況は次のとおりです。",
        height=34,
    )
    _text(ws, 7, 1, "政策パッケージ２　定住・移住対策", bold=True, size=11)
    _head2(
        ws,
        8,
        [
            (1, "No."),
            (2, "KPI"),
            (3, "単位"),
            (4, "基準値\n（2019/3/31時点）"),
            (9, "達成状況"),
            (10, "最終目標\n（2026/3/31時点）"),
        ],
        [
            (5, 6, "2023/3/31時点", ["目標", "実績"]),
            (7, 8, "2024/3/31時点", ["目標", "実績"]),
        ],
    )
    r = 10
    for no, name, unit, *vals in HP_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, vals)
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※最終目標欄の（　）内は、基準値からの増減です。計画期間の延長に伴い、最終目標の時点を2026/3/31としています。",
            "※達成状況は、2024/3/31時点の目標に対する達成・未達成です（目標が数値でないものは「―」）。",
            "※No.4は用途廃止予定の住宅を除いて算出しています。空き家改修支援補助金のR5交付実績は6件・3,000千円でした。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "happo_kpi_tassei_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 西郷村 (福島県西白河郡): 西郷村第四次総合振興計画 成果指標の達成状況（令和4年度実績）
# --------------------------------------------------------------------------------------------

# Real (vill.nishigo.fukushima.jp …/653.html, furusato-funding.jp/projects/1602, 245-1ban.com/data/133):
# the plan's name, period (H29–H38) and 将来像, 企画政策課, 20,121人 (2021年3月末), the 2020 出生131・
# 死亡226・転入888・転出833, 甲子高原 and 甲子温泉, the 2021 ranking line. Made up: the page's tables,
# 基本目標 wording, every indicator and figure.
NG_ICON = {
    "達成": '<img src="/material/images/icon_tassei.png" alt="達成" width="18" height="18">',
    "未達成": '<img src="/material/images/icon_mitassei.png" alt="未達成" width="18" height="18">',
}
NG_BLOCKS = [
    (
        "基本目標1<br>子どもを産み育てやすいむらづくり",
        [
            (
                "子育て支援センターの利用者数",
                "人（延べ）",
                "8,420",
                "6,215",
                "8,000",
                "7,364",
                "未達成",
                "9,000",
            )
        ],
    ),
    (
        "基本目標2<br>活力ある産業と交流のむらづくり",
        [
            ("企業誘致件数", "件（累計）", "0", "4", "5", "5", "達成", "8"),
            (
                "甲子高原・甲子温泉の観光入込客数",
                "千人",
                "612",
                "455",
                "560",
                "571",
                "達成",
                "650",
            ),
        ],
    ),
    (
        "基本目標3<br>安全・安心なむらづくり",
        [("自主防災組織の組織率", "％", "62.4", "71.8", "75.0", "74.1", "未達成", "85.0")],
    ),
]


def nishigo_html() -> str:
    rows = []
    for goal, inds in NG_BLOCKS:
        for i, (name, unit, *vals, mark, final) in enumerate(inds):
            span = f' rowspan="{len(inds)}"' if len(inds) > 1 else ""
            head = f'<th scope="row"{span}>{goal}</th>' if i == 0 else ""
            cells = "".join(f'<td class="num">{v}</td>' for v in vals)
            rows.append(
                f'<tr>{head}<td>{name}</td><td class="c">{unit}</td>{cells}'
                f'<td class="c">{NG_ICON[mark]}</td><td class="num">{final}</td></tr>'
            )
    body = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>西郷村第四次総合振興計画 成果指標の達成状況（令和4年度実績） - 西郷村</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
th[scope="row"] {{ text-align: left; background: #f2f2f2; }}
td.num {{ text-align: right; }}
td.c {{ text-align: center; }}
p.legend img {{ vertical-align: middle; }}
</style>
</head>
<body>
<p>ホーム &gt; 組織から探す &gt; 企画政策課 &gt; 施策・計画 &gt; 総合振興計画</p>
<h1>西郷村第四次総合振興計画 成果指標の達成状況（令和4年度実績）</h1>
<p>令和5年9月　西郷村企画政策課</p>
<p>村では、平成29年度から38年度までの10年間を計画期間とする西郷村第四次総合振興計画に基づき、将来像『～人と自然が輝き 笑顔を未来へつなぐ～「さわやか高原公園都市」にしごう』の実現に取り組んでいます。</p>
<p>本村の人口は住民基本台帳で20,121人（2021年3月末）と増加を続けてきましたが、2020年は出生数131人に対して死亡数226人と自然減となり、転入888人・転出833人の社会増で補っている状況です。また、2021年度の全国優秀自治体ランキングでは第1位となりました。</p>
<h2>１　成果指標の見方</h2>
<p>策定時の値と令和3年度・令和4年度の実績、令和4年度の目標、計画最終年度（令和8年度）の目標値を掲載しています。</p>
<p class="legend">達成状況：{NG_ICON["達成"]}…令和4年度の目標を達成　{NG_ICON["未達成"]}…令和4年度の目標を未達成</p>
<h2>２　成果指標の達成状況</h2>
<table>
<thead>
<tr><th scope="col">基本目標</th><th scope="col">成果指標</th><th scope="col">単位</th><th scope="col">策定時<br>（H27）</th><th scope="col">R3実績</th><th scope="col">R4目標</th><th scope="col">R4実績</th><th scope="col">達成状況</th><th scope="col">目標値<br>（R8）</th></tr>
</thead>
<tbody>
{body}
</tbody>
</table>
<p>※単位欄の（延べ）は延べ人数、（累計）は平成29年度からの累計です。</p>
<p>※観光入込客数は、福島県観光客入込状況調査によります。</p>
<p>お問い合わせ：企画政策課 企画係</p>
</body>
</html>
"""


def nishigo() -> Path:
    path = HERE / "nishigo_seika_shihyo_r4.html"
    path.write_bytes(nishigo_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (ashibetsu, iwaizumi, happo):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {nishigo().name}")


if __name__ == "__main__":
    main()
