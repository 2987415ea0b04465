"""Build the built documents of forms229/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/toshima_kpi_kensho_r5.xlsx``, a 総合戦略 KPI 検証シート in the manner of 十島村 (鹿児島県),
  landscape: form fields (計画期間, the village's profile, the 定期船 and its timetable, the population
  aim, 関連事業費 in 千円); an A/B/C legend whose A admits a ``規模`` target met at 95 %, and a key line
  for ``（住）`` / ``（国）``; bold ``基本目標１　…`` over one grid with no 単位 column, every value
  carrying its unit; **targets written with ``規模`` after the number (``700人規模``, ``900頭規模``,
  ``1,000頭規模``)**; **frequency cells that put the period word before the number and a seasonal
  frequency in a bracket (``週2往復（7～9月は週3往復）``, ``週3往復（通年）``)**; **population
  cells keyed by their source, ``748人（国）`` / ``672人（住）``**; notes with numbers; and the PDF;
* ``source/kofucho_shisaku_hyoka_r5.xlsx``, a 総合計画 施策評価シート in the manner of 江府町 (鳥取県),
  portrait: form fields (将来像 with ``～3000人の楽しい町～``, 章, 施策名, 担当課, population, 事業費);
  an A/B/C legend; bold ``２　成果指標の推移`` over one grid **whose year headers name the evaluation
  year and, in brackets, the year of the data (``策定時（H30値）``, ``R3評価（R2値）`` …
  ``R5評価（R4値）``), beside an ``R4目標`` column set for the data year**; two 受診率 rows each with
  its formula rows (``受診者数`` / ``対象者数``) as 区分 rows under one merged name; **participant
  counts that hold the 実人数 and, in a bracket, the 延べ count (``62（延べ318）``)**; **``算定中``**
  in one actual; ``ヵ所``; and the PDF;
* ``source/kaminoseki_kpi_shinchoku_r5.xlsx``, a 総合戦略 KPI 進捗 sheet in the manner of 上関町
  (山口県), landscape: form fields (計画期間, the town's profile, 祝島, the 道の駅); a legend of two word
  pairs; bold ``基本目標２　…`` over one grid; **R5 targets set against the indicator's own record,
  ``過去最高（R元：138,400）以上`` and ``過去最高を更新`` (no number)**, **graded in the same 評価
  column as the other rows but with the words ``更新`` / ``未更新`` beside ``達成`` / ``未達成``**;
  ``均衡（±0）`` as the target of a 社会増減数 row of ``△`` values; ``千円`` and ``千人`` in 単位;
  a ``―`` baseline; and the PDF;
* ``kusu_seika_shihyo_r5.html``, a 総合計画 成果指標 page in the manner of 玖珠町 (大分県): a lead of
  real figures; ``<h2>`` over one table whose **year columns (``令和3年度`` … ``令和5年度``) carry no
  role word: each cell holds the year's actual and, on a second line, that year's target in a
  labelled bracket, ``18,000<br>（目標 20,000）``** (a ``<p>`` says so); **``3万人近く``** as an
  actual; ``約32,000``; ``中止`` and ``休館`` cells, ``（目標 ―）``; ``千人`` in 単位; an A/B/C 評価.

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
FIXED = dt.datetime(2026, 12, 19, 0, 0, 0)


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms229/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms229/build.py"
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


def _down(ws, r1, r2, col, value, **kw):
    """A bordered value merged down over rows r1..r2 of one column."""
    cell = _put(ws, r1, col, value, **kw)
    for r in range(r1 + 1, r2 + 1):
        _put(ws, r, col, None)
    if r2 > r1:
        _merge(ws, r1, col, r2, col)
    return cell


def _text(ws, row, col, value, bold=False, size=9, align=None):
    """A borderless text cell (titles, headings, notes)."""
    cell = ws.cell(row=row, column=col, value=value)
    cell.font = Font(name=FONT, size=size, bold=bold)
    cell.alignment = Alignment(horizontal=align or "left", vertical="center")
    return cell


def _notes(ws, row: int, lines: list[str], size=8) -> None:
    for i, line in enumerate(lines):
        _text(ws, row + i, 1, line, size=size)


def _field(ws, row, label, value, c_label, c_value, height=20):
    """A form field: a shaded label cell and a value merged over the given columns."""
    _span(ws, row, c_label[0], c_label[1], label, header=True)
    _span(ws, row, c_value[0], c_value[1], value, align="left")
    ws.row_dimensions[row].height = height


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


def _vals(ws, r, c0, vals, fmt1="0.0") -> None:
    """Value cells: numbers keep a number format, text cells are right-aligned as printed."""
    for j, v in enumerate(vals):
        if isinstance(v, float):
            _put(ws, r, c0 + j, v, fmt=fmt1)
        elif isinstance(v, int):
            _put(ws, r, c0 + j, v)
        else:
            _put(ws, r, c0 + j, v, align="center" if v in ("―", "－", "") else "right")


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
                    rb"\g<1>2026-12-19T00:00:00Z\g<2>",
                    data,
                )
            info = zipfile.ZipInfo(name, date_time=(2026, 12, 19, 0, 0, 0))
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
    with tempfile.TemporaryDirectory(prefix="forms229_soffice_") as tmp:
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
# 十島村 (鹿児島県鹿児島郡): 総合戦略 重要業績評価指標（KPI）検証シート（令和5年度実績）
# --------------------------------------------------------------------------------------------

# Real (tokara.jp 村長の部屋 / 村の施策; ritokei.com; MBC news): 有人7島・無人5島, 南北約160km, 役場は
# 鹿児島市内, the 村営 フェリーとしま2 and its 週2往復 (7～9月は3便), 平成22年 657人 (過去最低), the aims
# 人口700人規模 and 繁殖雌牛1000頭規模, 友好島民, 地域振興課, 転入326人・転出120人 (2010～2018年度).
# Made up: the sheet, its date, period, money, the grades, every other figure, target and note.
TS_ROWS = [
    # No., KPI, 基準値（R2）, R4実績, R5目標, R5実績, 評価, 目標値（R6）
    ("1", "村の人口", "748人（国）", "672人（住）", "700人規模", "655人（住）", "B", "700人規模"),
    ("2", "転入者数（年間）", "38人", "41人", "40人以上", "44人", "A", "40人以上"),
    (
        "3",
        "定期船（フェリーとしま2）の運航便数",
        "週2往復（7～9月は週3往復）",
        "週2往復（7～9月は週3往復）",
        "週2往復（7～9月は週3往復）",
        "週2往復（7～9月は週3往復）",
        "A",
        "週3往復（通年）",
    ),
    ("4", "繁殖雌牛の飼養頭数", "約780頭", "846頭", "900頭規模", "872頭", "A", "1,000頭規模"),
    ("5", "友好島民の登録者数（累計）", "―", "412人", "500人", "538人", "A", "600人"),
]


def toshima() -> Path:
    wb, ws = _sheet("KPI検証シート", [5, 30, 22, 22, 22, 22, 6, 18])
    _text(
        ws,
        1,
        1,
        "十島村まち・ひと・しごと創生総合戦略（第2期）　重要業績評価指標（KPI）検証シート（令和5年度実績）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 8, "令和6年9月　十島村地域振興課", align="right")
    fields = [
        ("計画期間", "令和2年度～令和6年度（第2期）"),
        (
            "村の概況",
            "有人7島・無人5島が南北約160kmに点在し、役場は鹿児島市内にある。平成22年には人口が過去最低の657人となった。",
        ),
        ("定期船", "村営「フェリーとしま2」　週2往復（7～9月は週3往復）"),
        ("目指す人口", "700人規模（村長の施政方針）"),
        ("関連事業費（R5決算・千円）", "48,620"),
    ]
    r = 4
    for label, value in fields:
        _field(ws, r, label, value, (1, 2), (3, 8))
        r += 1
    _text(
        ws,
        r + 1,
        1,
        "評価　A：R5目標を達成（「規模」の目標は目標値の95％以上で達成とする）　B：R5目標の80％以上　C：R5目標の80％未満　－：評価できない",
        size=8,
    )
    _text(
        ws,
        r + 2,
        1,
        "人口の出典　（住）：住民基本台帳（各年度末）　（国）：国勢調査（10月1日）",
        size=8,
    )
    r += 4
    _text(
        ws,
        r,
        1,
        "基本目標１　島に住み続けられるしくみと、新しいひとの流れをつくる",
        bold=True,
        size=11,
    )
    r += 1
    heads = [
        "No.",
        "重要業績評価指標（KPI）",
        "基準値（R2）",
        "R4実績",
        "R5目標",
        "R5実績",
        "評価",
        "目標値（R6）",
    ]
    for c, h in enumerate(heads, start=1):
        _put(ws, r, c, h, header=True)
    ws.row_dimensions[r].height = 24
    r += 1
    for no, name, *vals, grade, final in TS_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _vals(ws, r, 3, vals)
        _put(ws, r, 7, grade, align="center", bold=True)
        _put(ws, r, 8, final, align="right")
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※転入者数は村外からの転入者（出生を除く）です。2010～2018年度の9年間では転入326人・転出120人でした。",
            "※繁殖雌牛の飼養頭数は各年度2月1日現在です。村は「1,000頭規模」を目指しています。",
            "※友好島民の登録制度は令和3年度に始まったため、基準値は「―」としています。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "toshima_kpi_kensho_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 江府町 (鳥取県日野郡): 江府町未来計画 施策評価シート（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (vdocuments.mx 江府町未来計画; Wikipedia-derived pages): the plan's name and slogan
# 「思いを形に未来につなぐまちづくり」～3000人の楽しい町～, 第2章 楽しく年をとれるまち, its 第1節
# 健康増進の充実, the census populations 2,672人 (2020) and 3,004人 (2015). Made up: the sheet, its date,
# 課, money, every indicator, figure, target, grade and note.
KF_HEADS = [
    "No.",
    "成果指標",
    "区分",
    "単位",
    "策定時\n（H30値）",
    "R3評価\n（R2値）",
    "R4評価\n（R3値）",
    "R5評価\n（R4値）",
    "R4目標",
    "目標値\n（R6）",
    "評価",
]
# (No., 成果指標, [(区分, 単位, [H30, R2, R3, R4], R4目標, 目標値), …], 評価)
KF_ROWS = [
    (
        "1",
        "特定健康診査受診率",
        [
            ("受診者数", "人", [402, 361, 418, 431], "", ""),
            ("対象者数", "人", [861, 845, 832, 815], "", ""),
            ("受診率", "％", [46.7, 42.7, 50.2, 52.9], 52.0, 60.0),
        ],
        "A",
    ),
    (
        "2",
        "胃がん検診受診率",
        [
            ("受診者数", "人", [214, 168, 196, 203], "", ""),
            ("対象者数", "人", [1386, 1371, 1352, 1318], "", ""),
            ("受診率", "％", [15.4, 12.3, 14.5, 15.4], 17.0, 20.0),
        ],
        "B",
    ),
    (
        "3",
        "健康づくり教室の参加者数",
        [("", "人", ["48（延べ236）", "19（延べ64）", "31（延べ142）", "62（延べ318）"], 50, 70)],
        "A",
    ),
    (
        "4",
        "平均自立期間（要介護2以上・男性）",
        [("", "年", [79.2, 79.6, 79.9, "算定中"], 80.0, 80.5)],
        "－",
    ),
    ("5", "介護予防サロンの設置数", [("", "ヵ所", [9, 10, 11, 12], 12, 14)], "A"),
]


def kofucho() -> Path:
    wb, ws = _sheet("施策評価シート", [5, 24, 9, 6, 10, 10, 10, 10, 9, 9, 6])
    _text(ws, 1, 1, "江府町未来計画　施策評価シート（令和5年度）", bold=True, size=14)
    _text(ws, 2, 11, "令和6年8月", align="right")
    _text(ws, 4, 1, "１　施策の概要", bold=True, size=11)
    fields = [
        ("将来像", "思いを形に未来につなぐまちづくり　～3000人の楽しい町～"),
        ("章", "第2章　楽しく年をとれるまち"),
        ("施策名", "健康増進の充実"),
        ("担当課", "福祉保健課"),
        ("町の人口", "2,672人（令和2年国勢調査）　※平成27年は3,004人"),
        ("施策の事業費（R5決算・千円）", "18,460"),
    ]
    r = 5
    for label, value in fields:
        _field(ws, r, label, value, (1, 3), (4, 11))
        r += 1
    r += 1
    _text(ws, r, 1, "２　成果指標の推移", bold=True, size=11)
    r += 1
    for c, h in enumerate(KF_HEADS, start=1):
        _put(ws, r, c, h, header=True)
    ws.row_dimensions[r].height = 30
    r += 1
    for no, name, subrows, grade in KF_ROWS:
        r0, r1 = r, r + len(subrows) - 1
        _down(ws, r0, r1, 1, no, align="center")
        _down(ws, r0, r1, 2, name)
        for kubun, unit, vals, ytarget, final in subrows:
            _put(ws, r, 3, kubun, align="center", size=8)
            _put(ws, r, 4, unit, align="center")
            _vals(ws, r, 5, vals, fmt1="0.0")
            _vals(ws, r, 9, [ytarget, final], fmt1="0.0")
            ws.row_dimensions[r].height = 20
            r += 1
        _down(ws, r0, r1, 11, grade, align="center", bold=True)
    _notes(
        ws,
        r + 1,
        [
            "評価　A：目標を達成　B：目標の80％以上　C：目標の80％未満　－：評価できない",
            "※各年度の評価には、評価の時点で確定している前年度の値を用います（例：R5評価はR4値）。",
            "　このため年度目標もデータの年度で設定し、R5評価はR4値をR4目標と比べています。目標値（R6）はR6値の目標です。",
            "※受診率＝受診者数÷対象者数×100（法定報告値）。受診者数・対象者数は受診率の算定の基礎として掲載しています。",
            "※健康づくり教室の参加者数は実人数で、（　）内は延べ人数です。",
            "※平均自立期間はKDBシステムによる値で、R4値は県で算定中です。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "kofucho_shisaku_hyoka_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 上関町 (山口県熊毛郡): まち・ひと・しごと創生総合戦略 KPIの進捗状況（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (cao.go.jp 選択する未来 コラム; yamaguchi-chusankan.jp 祝島地域; kaminoseki.jp): 室津半島の先端と
# 祝島・八島などの島々, 防長三関, 「花咲く海の町」, 道の駅「上関海峡」 (2014年オープン), the visiting
# yachts, 祝島 382人・254世帯・高齢化率75.9% (2017年9月30日), 2010年国勢調査 第一次産業264人（19.4%）,
# the area 34.69k㎡. Made up: the sheet, its date, 課, period, money, every KPI, figure, target and grade.
KM_ROWS = [
    # No., KPI, 単位, 基準値（R元）, R4実績, R5目標, R5実績, 評価, 目標値（R6）
    (
        "1",
        "道の駅「上関海峡」の売上額",
        "千円",
        138400,
        121900,
        "過去最高（R元：138,400）以上",
        141250,
        "更新",
        150000,
    ),
    (
        "2",
        "道の駅「上関海峡」の来場者数",
        "千人",
        212.4,
        176.8,
        "過去最高を更新",
        198.3,
        "未更新",
        230.0,
    ),
    ("3", "来航ヨットの係留隻数（延べ）", "隻", 86, 142, 150, 168, "達成", 180),
    ("4", "新規漁業就業者数（累計）", "人", "―", 3, 5, 4, "未達成", 6),
    ("5", "社会増減数", "人", "△28", "△19", "均衡（±0）", "△14", "未達成", "均衡（±0）"),
]


def kaminoseki() -> Path:
    wb, ws = _sheet("KPI進捗状況", [5, 30, 6, 12, 12, 22, 12, 8, 12])
    _text(
        ws,
        1,
        1,
        "上関町まち・ひと・しごと創生総合戦略（第2期）　重要業績評価指標（KPI）の進捗状況（令和5年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 9, "令和6年10月　上関町企画課", align="right")
    fields = [
        ("計画期間", "令和2年度～令和6年度"),
        (
            "町の概況",
            "室津半島の先端と祝島・八島などの島々からなる（面積34.69k㎡）。防長三関の一つとして栄え、「花咲く海の町」を掲げる。2010年国勢調査の第一次産業就業者は264人（19.4％）。",
        ),
        ("祝島の状況", "382人・254世帯、高齢化率75.9％（2017年9月30日現在）"),
        ("交流拠点", "道の駅「上関海峡」（2014年オープン）"),
        ("関連事業費（R5決算・千円）", "36,240"),
    ]
    r = 4
    for label, value in fields:
        _field(ws, r, label, value, (1, 2), (3, 9), height=28 if label == "町の概況" else 20)
        r += 1
    _text(
        ws,
        r + 1,
        1,
        "評価　達成：R5目標を達成　未達成：R5目標に届かない　更新：目標を「過去最高」とした指標で、過去最高値を更新した　未更新：同じく、更新できなかった",
        size=8,
    )
    r += 3
    _text(
        ws,
        r,
        1,
        "基本目標２　海と島の魅力で、上関町への新しいひとの流れをつくる",
        bold=True,
        size=11,
    )
    r += 1
    heads = [
        "No.",
        "重要業績評価指標（KPI）",
        "単位",
        "基準値（R元）",
        "R4実績",
        "R5目標",
        "R5実績",
        "評価",
        "目標値（R6）",
    ]
    for c, h in enumerate(heads, start=1):
        _put(ws, r, c, h, header=True)
    ws.row_dimensions[r].height = 24
    r += 1
    for no, name, unit, *vals, grade, final in KM_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, vals)
        _put(ws, r, 8, grade, align="center", bold=True)
        _vals(ws, r, 9, [final])
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※「過去最高」は、道の駅が開業した2014年度以降の最高値です（いずれも令和元年度）。",
            "※来航ヨットの係留隻数は、道の駅裏の係留所に係留したヨットの延べ隻数です（多い日には二列で係留）。",
            "※社会増減数の「△」は転出超過を表します。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "kaminoseki_kpi_shinchoku_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 玖珠町 (大分県玖珠郡): 童話の里づくりの成果指標（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (zck.or.jp 町村の取組 / 町村長随想; town.kusu.oita.jp 第76回日本童話祭, 万年山だより 11;
# kchk.jp): 久留島武彦 (日本のアンデルセン), 童話の里, 日本童話祭 (昭和25年から毎年5月5日), the 60m and 55m
# ジャンボこいのぼり, 豊後森機関庫 (九州唯一の扇形機関庫), 286.51平方キロメートル, 15,823人 (平成27年国勢調査),
# 16,281句 (第63回 日本童話祭の全国児童生徒俳句大会), 社会教育課. Made up: the page, its date, the 施策, every
# indicator, figure, target, grade and note.
KS_ROWS = [
    # name, 単位, 基準値（令和元年度）, [(実績, 目標) R3, R4, R5], 目標値（令和7年度）, 評価
    (
        "日本童話祭の来場者数（主催者発表）",
        "人",
        "約32,000",
        [("中止", None), ("18,000", "20,000"), ("3万人近く", "25,000")],
        "35,000",
        "A",
    ),
    (
        "全国児童生徒俳句大会の応募句数",
        "句",
        "14,230",
        [("12,860", "14,500"), ("13,540", "14,500"), ("15,120", "15,000")],
        "16,000",
        "A",
    ),
    (
        "豊後森機関庫公園の入園者数",
        "千人",
        "52.4",
        [("41.8", "45.0"), ("47.2", "50.0"), ("49.6", "55.0")],
        "60.0",
        "B",
    ),
    (
        "久留島武彦記念館の入館者数",
        "人",
        "8,420",
        [("6,105", "7,000"), ("休館", "―"), ("7,830", "8,000")],
        "9,000",
        "B",
    ),
    (
        "読み聞かせ・口演童話の会の開催回数",
        "回",
        "36",
        [("22", "30"), ("34", "36"), ("41", "40")],
        "48",
        "A",
    ),
]


def _ks_cell(actual: str, target: str | None) -> str:
    if target is None:
        return f'<td class="num">{actual}</td>'
    return f'<td class="num">{actual}<br><span class="tgt">（目標 {target}）</span></td>'


def kusu_html() -> str:
    rows = []
    for name, unit, base, years, final, grade in KS_ROWS:
        cells = "".join(_ks_cell(a, t) for a, t in years)
        rows.append(
            f'<tr><th scope="row">{name}</th><td class="c">{unit}</td><td class="num">{base}</td>'
            f'{cells}<td class="num">{final}</td><td class="c"><strong>{grade}</strong></td></tr>'
        )
    body = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>童話の里づくりの成果指標（令和5年度） - 玖珠町</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
thead th {{ background: #d9d9d9; }}
tbody th {{ text-align: left; font-weight: normal; }}
td.num {{ text-align: right; }}
td.c {{ text-align: center; }}
span.tgt {{ font-size: 85%; }}
</style>
</head>
<body>
<p>ホーム &gt; 町政情報 &gt; 計画・行政評価 &gt; 玖珠町総合計画</p>
<h1>童話の里づくりの成果指標（令和5年度）</h1>
<p>更新日：2024年8月30日　担当：社会教育課</p>
<p>玖珠町は、「日本のアンデルセン」と呼ばれた口演童話家・久留島武彦の生誕の地です。昭和25年から毎年5月5日に日本童話祭を開催しており、河川敷会場では長さ60メートルの黒鯉、55メートルの青鯉のジャンボこいのぼりが子どもたちを迎えます。</p>
<p>町の面積は286.51平方キロメートル、人口は15,823人（平成27年国勢調査）です。九州唯一の扇形機関庫である豊後森機関庫や、第63回日本童話祭の全国児童生徒俳句大会に16,281句の応募があった俳句大会など、童話の里ならではの資源を生かしたまちづくりを進めています。</p>
<h2>施策「童話の里づくりの推進」の成果指標</h2>
<p>各年度の欄は、上段が実績値、下段の（　）内がその年度の目標値です。</p>
<p>評価（令和5年度）　A：目標を達成　B：目標の80％以上　C：目標の80％未満　－：評価できない</p>
<table>
<thead>
<tr><th scope="col">成果指標</th><th scope="col">単位</th><th scope="col">基準値<br>（令和元年度）</th><th scope="col">令和3年度</th><th scope="col">令和4年度</th><th scope="col">令和5年度</th><th scope="col">目標値<br>（令和7年度）</th><th scope="col">評価</th></tr>
</thead>
<tbody>
{body}
</tbody>
</table>
<p>※日本童話祭は令和3年度（第72回）を中止し、令和4年度は規模を縮小して開催しました。来場者数は主催者（日本童話祭実行委員会）の発表によります。</p>
<p>※久留島武彦記念館は令和4年度に展示改修のため休館しました（令和5年4月再開）。</p>
<p>※豊後森機関庫公園の入園者数は、ミュージアムの入館者とイベント来場者の合計です。</p>
</body>
</html>
"""


def kusu() -> Path:
    path = HERE / "kusu_seika_shihyo_r5.html"
    path.write_bytes(kusu_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (toshima, kofucho, kaminoseki):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {kusu().name}")


if __name__ == "__main__":
    main()
