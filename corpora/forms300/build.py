"""Build the built documents of forms300/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/matsubushi_shisaku_hyoka_r5.xlsx``, a 総合振興計画 施策評価シート in the manner of 松伏町
  (埼玉県): form fields (評価対象年度, 施策名, 主管課, 事業費, a prose 現状 with real figures) over a
  成果指標 grid whose **year headers are relative (``前々年度実績``, ``前年度実績``, ``当該年度実績``,
  ``当該年度目標``), fixed only by the ``評価対象年度 令和5年度`` field**, with **a per-row ``基準年``
  column** (``R元``, ``H30``, ``R2年``) and a 達成状況 column; one row is a calendar-year count (a
  note says so); and the PDF;
* ``source/minamiaiki_kpi_suii_r6.xlsx``, a 地域再生計画 KPI sheet in the manner of 南相木村 (長野県):
  a years-down grid (``基準値（R2）``, ``R3`` … ``R5``, ``目標値（R7）``) with **a partial-year row
  ``R6（4月～9月）``** and **a ``集計期間`` header row under the KPI names saying per column whether it
  counts fiscal years or calendar years**, shaded blank cells; and the PDF;
* ``source/nakai_senryaku_kpi_r6.xlsx``, a 総合戦略 KPI 進捗 in the manner of 中井町 (神奈川県): two
  基本目標 headings over grids with **a per-row ``目標年度`` column (``R5``, ``R6``, ``R7``,
  ``毎年度``) beside a ``目標値`` header with no year**, and **actual cells that carry the change from
  the year before in brackets (``19,200（+700）``, ``25（△1）``, ``9,800（―）``)**; and the PDF;
* ``kozushima_kpi_jisseki_r6.html``, a 総合戦略 KPI 実績 page in the manner of 神津島村 (東京都):
  **year headers written 西暦 first with the era year in brackets (``2022（R4）年度``)** in a fiscal
  table, and **a second table in calendar years, said only by its ``<caption>`` (``（暦年：1月～12月）``)
  over bare ``2022年`` headers**; a relative target ``基準値から10%増``; ``万円``.

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
    wb.properties.creator = "forms300/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms300/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms300_soffice_") as tmp:
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


def _v(ws, r, c, v, fmt=None) -> None:
    """A value cell: numbers right, text (``―``, brackets) right too, blank stays blank."""
    if v is None:
        _put(ws, r, c, None)
        return
    _put(ws, r, c, v, align="right", fmt=fmt)


# --------------------------------------------------------------------------------------------
# 松伏町 (埼玉県北葛飾郡): 松伏町第5次総合振興計画 後期基本計画 施策評価シート（令和5年度）
# --------------------------------------------------------------------------------------------

# Real: the plan name 松伏町第5次総合振興計画 (第6次 from 令和6年4月); the 出生数 109人 of 令和5年 and the
# 337人 at 20 in 令和6年 (a council member's page). Made up: the sheet, 施策, 課, money, other figures.
MB_ROWS = [
    ("1", "子育て支援センターの年間利用者数", "人", 8420, "R元", 6115, 7480, 8236, 9000, "未達成"),
    ("2", "保育所等待機児童数", "人", 12, "H30", 3, 0, 0, 0, "達成"),
    ("3", "乳幼児健康診査の受診率", "％", 95.2, "R元", 96.8, 97.5, 98.1, 98.0, "達成"),
    ("4", "出生数", "人", 151, "R2年", 118, 112, 109, 130, "未達成"),
]


def matsubushi() -> Path:
    wb, ws = _sheet("施策評価", [5, 32, 6, 9, 8, 11, 11, 11, 11, 9])
    _text(ws, 1, 1, "松伏町第5次総合振興計画　後期基本計画　施策評価シート", bold=True, size=14)
    _text(ws, 2, 10, "令和6年7月作成", align="right")
    _span(ws, 4, 1, 2, "評価対象年度", header=True)
    _span(ws, 4, 3, 5, "令和5年度", align="left")
    _span(ws, 4, 6, 7, "主管課", header=True)
    _span(ws, 4, 8, 10, "子育て支援課", align="left")
    _span(ws, 5, 1, 2, "施策名", header=True)
    _span(ws, 5, 3, 5, "子育て支援の充実", align="left")
    _span(ws, 5, 6, 7, "施策に係る事業費（R5決算・千円）", header=True)
    _span(ws, 5, 8, 10, 412380, align="left")
    _span(ws, 6, 1, 2, "施策の現状", header=True)
    _span(
        ws,
        6,
        3,
        10,
        "令和5年の出生数は109人で、令和6年に20歳を迎えた方（337人）のおよそ3分の1となっている。若い世代の転出超過が続いている。",
        align="left",
    )
    for r in (4, 5):
        ws.row_dimensions[r].height = 20
    ws.row_dimensions[6].height = 32
    _text(ws, 8, 1, "３　成果指標の推移", bold=True, size=11)
    h = 9
    heads = [
        "No.",
        "成果指標",
        "単位",
        "基準値",
        "基準年",
        "前々年度実績",
        "前年度実績",
        "当該年度実績",
        "当該年度目標",
        "達成状況",
    ]
    for c, w in enumerate(heads, start=1):
        _put(ws, h, c, w, header=True)
    ws.row_dimensions[h].height = 30
    r = h + 1
    for no, name, unit, base, year, a1, a2, a3, t3, st in MB_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        pct = unit == "％"
        fmt = "0.0" if pct else "#,##0"
        _v(ws, r, 4, base, fmt)
        _put(ws, r, 5, year, align="center")
        for j, v in enumerate((a1, a2, a3, t3)):
            _v(ws, r, 6 + j, v, fmt)
        _put(ws, r, 10, st, align="center")
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※基準年は、各指標の基準値を把握した年度です。",
            "※No.4の出生数は暦年（1月～12月）で集計しており、基準年及び各年度の欄はその年（当該年度の欄は令和5年）の値です。",
            "※達成状況は、当該年度実績が当該年度目標に達したものを「達成」としています。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "matsubushi_shisaku_hyoka_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 南相木村 (長野県南佐久郡): 地域再生計画 KPIの年度別推移（令和6年度上半期）
# --------------------------------------------------------------------------------------------

# Real (minamiaiki.jp): 面積66.05k㎡, 約8割が山林原野, 南相木川沿いに10の集落, 人口936人・422世帯
# (令和6年10月1日現在, 総務課), 村営バス. Made up: the plan, the sheet, every KPI and figure.
MA_NAMES = [
    "KPI①　移住者数（人）",
    "KPI②　村営バス利用者数（人）",
    "KPI③　村内観光施設の入込客数（人）",
    "KPI④　空き家バンク登録件数（累計）（件）",
]
MA_SPAN = [
    "年度（4月～翌年3月）",
    "年度（4月～翌年3月）",
    "暦年（1月～12月）",
    "年度（4月～翌年3月）",
]
MA_ROWS = [
    ("基準値（R2）", [5, 9850, 12400, 3]),
    ("R3", [7, 9412, 10860, 5]),
    ("R4", [9, 9120, 13950, 8]),
    ("R5", [6, 8904, 15210, 11]),
    ("R6（4月～9月）", [4, 4236, None, 13]),
    ("目標値（R7）", [10, 10000, 16000, 20]),
]


def minamiaiki() -> Path:
    wb, ws = _sheet("KPI推移", [18, 20, 20, 20, 20])
    _text(ws, 1, 1, "南相木村まち・ひと・しごと創生推進計画　KPIの年度別推移", bold=True, size=14)
    _text(ws, 2, 5, "令和6年11月　南相木村総務課", align="right")
    _put(ws, 4, 1, "地域再生計画の名称", header=True)
    _span(ws, 4, 2, 5, "南相木村まち・ひと・しごと創生推進計画", align="left")
    _put(ws, 5, 1, "計画期間", header=True)
    _span(ws, 5, 2, 3, "令和3年度～令和7年度", align="left")
    _put(ws, 5, 4, "交付対象事業費（千円）", header=True)
    _put(ws, 5, 5, 18600, align="left")
    _put(ws, 6, 1, "村の概況", header=True)
    _span(
        ws,
        6,
        2,
        5,
        "面積66.05k㎡の約8割を山林原野が占め、南相木川沿いに10の集落が点在する。人口936人、422世帯（令和6年10月1日現在）。",
        align="left",
    )
    for r in (4, 5):
        ws.row_dimensions[r].height = 20
    ws.row_dimensions[6].height = 30
    _text(ws, 8, 1, "■KPIの年度別推移", bold=True, size=11)
    h = 9
    _put(ws, h, 1, "区分", header=True)
    for j, name in enumerate(MA_NAMES):
        _put(ws, h, 2 + j, name, header=True)
    ws.row_dimensions[h].height = 30
    _put(ws, h + 1, 1, "集計期間", header=True)
    for j, span in enumerate(MA_SPAN):
        _put(ws, h + 1, 2 + j, span, header=True)
    r = h + 2
    for label, vals in MA_ROWS:
        target = label.startswith("目標")
        _put(ws, r, 1, label, align="center", fill=LIGHT if target else None, bold=target)
        for j, v in enumerate(vals):
            cell = _put(ws, r, 2 + j, v, align="right")
            if v is None:
                cell.fill = SHADE
            elif target:
                cell.fill = LIGHT
        ws.row_dimensions[r].height = 20
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※R6欄は、令和6年4月から9月までの上半期の値です。",
            "※KPI③は暦年（1月～12月）で集計しています。令和6年の値は令和7年2月に確定するため、網掛けの欄は空欄としています。",
            "※KPI④は制度開始（平成30年度）からの累計件数です。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "minamiaiki_kpi_suii_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 中井町 (神奈川県足柄上郡): まち・ひと・しごと創生総合戦略 KPIの進捗状況（令和5年度実績）
# --------------------------------------------------------------------------------------------

# Real: the 基本目標 wording (建通新聞 2016-01-06), 震生湖, 美・緑なかいフェスティバル, 中井ふれあいバス
# (オンデマンド), 新規就農者, the population 8,902人 (推計人口 2024-11-01). Made up: every KPI figure.
NK_BLOCKS = [
    (
        "基本目標２　里山など自然環境の魅力を際立たせる",
        [
            (
                "1",
                "震生湖周辺の散策者数",
                "人",
                "18,500",
                "19,200（+700）",
                "21,050（+1,850）",
                "25,000",
                "R7",
            ),
            (
                "2",
                "美・緑なかいフェスティバル来場者数",
                "人",
                "約12,000",
                "9,800（―）",
                "11,300（+1,500）",
                "12,000",
                "毎年度",
            ),
            ("3", "新規就農者数（累計）", "人", "3", "7（+4）", "10（+3）", "15", "R6"),
        ],
    ),
    (
        "基本目標３　協働とチャレンジによる活力づくり",
        [
            (
                "4",
                "中井ふれあいバス（オンデマンド）利用者数",
                "人",
                "―",
                "14,520（+3,210）",
                "16,880（+2,360）",
                "16,000",
                "R5",
            ),
            ("5", "町民活動団体との協働事業数", "件", "24", "26（+1）", "25（△1）", "28", "R5"),
        ],
    ),
]


def nakai() -> Path:
    wb, ws = _sheet("KPI進捗", [5, 36, 6, 12, 16, 16, 10, 9])
    _text(
        ws,
        1,
        1,
        "中井町まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の進捗状況",
        bold=True,
        size=13,
    )
    _text(ws, 2, 8, "令和6年12月　中井町企画課", align="right")
    _text(ws, 3, 1, "町の人口　8,902人（令和6年11月1日現在　推計人口）")
    r = 5
    for heading, rows in NK_BLOCKS:
        _text(ws, r, 1, heading, bold=True, size=11)
        h = r + 1
        _head2(
            ws,
            h,
            [
                (1, "No."),
                (2, "KPI"),
                (3, "単位"),
                (4, "基準値\n（R元年度）"),
                (7, "目標値"),
                (8, "目標年度"),
            ],
            [(5, 6, "実績値", ["R4年度", "R5年度"])],
        )
        r = h + 2
        for no, name, unit, base, a4, a5, tgt, year in rows:
            _put(ws, r, 1, no, align="center")
            _put(ws, r, 2, name)
            _put(ws, r, 3, unit, align="center")
            for j, v in enumerate((base, a4, a5, tgt)):
                _put(ws, r, 4 + j, v, align="center" if v == "―" else "right")
            _put(ws, r, 8, year, align="center")
            ws.row_dimensions[r].height = 22
            r += 1
        r += 1
    _notes(
        ws,
        r,
        [
            "※実績値の（　）内は前年度からの増減です（△は減少、―は前年度に実施なし）。",
            "※目標年度が「毎年度」の指標は、毎年度の達成を目指すものです。",
            "※中井ふれあいバス（オンデマンド）は令和3年度に運行を開始したため、基準値はありません。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "nakai_senryaku_kpi_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 神津島村 (東京都): まち・ひと・しごと創生総合戦略 KPIの実績（令和6年度）
# --------------------------------------------------------------------------------------------

# Real (全国町村会 町村の取組 2023-12-11): 面積18.58km², 人口1,794人 (令和4年8月1日現在), 東京都で初めての
# 「星空保護区」, 天上山, 東京から178km. Made up: the page, its date and 課, every KPI and figure.
KZ_FISCAL = [
    ("星空ガイド認定者数", "人", "0", "8", "12", "15", "15"),
    ("島内宿泊施設の年間宿泊者数", "人", "28,400", "22,150", "25,830", "27,960", "基準値から10%増"),
    ("水産加工品の販売額", "万円", "1,240", "1,380", "1,515", "1,602", "1,800"),
]
KZ_CAL = [
    ("来島者数", "人", "48,210", "31,400", "39,850", "42,100", "50,000"),
    ("移住相談件数", "件", "14", "21", "26", "33", "30"),
]


def _kz_rows(rows) -> str:
    out = []
    for name, unit, *vals in rows:
        out.append(
            f'<tr><td>{name}</td><td class="c">{unit}</td>'
            + "".join(f'<td class="num">{v}</td>' for v in vals)
            + "</tr>"
        )
    return "\n".join(out)


def kozushima_html() -> str:
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>まち・ひと・しごと創生総合戦略 KPIの実績（令和6年度） - 神津島村</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
caption {{ text-align: left; font-weight: bold; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
td.num {{ text-align: right; }}
td.c {{ text-align: center; }}
</style>
</head>
<body>
<p>トップページ &gt; 村政情報 &gt; 計画・取組 &gt; 総合戦略</p>
<h1>神津島村まち・ひと・しごと創生総合戦略　KPIの実績（令和6年度）</h1>
<p>更新日：2025年6月20日　神津島村企画財政課</p>
<p>神津島村は東京から178km、面積18.58km²の一島一村の島です。人口は1,794人（令和4年8月1日現在）で、近年は横ばいで推移しています。島の星空は、東京都で初めて「星空保護区」に認定されています。総合戦略に掲げたKPIの実績を次のとおり取りまとめました。</p>
<h2>1　島の資源を活かしたしごとづくり</h2>
<table>
<thead>
<tr><th rowspan="2">KPI</th><th rowspan="2">単位</th><th>基準値</th><th colspan="3">実績値</th><th>目標値</th></tr>
<tr><th>2019（R元）年度</th><th>2022（R4）年度</th><th>2023（R5）年度</th><th>2024（R6）年度</th><th>2024（R6）年度</th></tr>
</thead>
<tbody>
{_kz_rows(KZ_FISCAL)}
</tbody>
</table>
<h2>2　島への新しい人の流れづくり</h2>
<table>
<caption>表2　来島者数・移住相談件数（暦年：1月～12月）</caption>
<thead>
<tr><th>KPI</th><th>単位</th><th>基準値<br>2019（R元）</th><th>2022（R4）</th><th>2023（R5）</th><th>2024（R6）</th><th>目標値<br>2024（R6）</th></tr>
</thead>
<tbody>
{_kz_rows(KZ_CAL)}
</tbody>
</table>
<p>※来島者数は、東海汽船・新中央航空等の乗降実績から島民分を除いて推計しています。</p>
<p>※星空ガイドは、天上山等での星空観察会を案内する村認定のガイドです（令和6年度末現在15人）。</p>
</body>
</html>
"""


def kozushima() -> Path:
    path = HERE / "kozushima_kpi_jisseki_r6.html"
    path.write_bytes(kozushima_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (matsubushi, minamiaiki, nakai):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {kozushima().name}")


if __name__ == "__main__":
    main()
