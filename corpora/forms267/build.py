"""Build the built documents of forms267/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/shitara_kpi_shinchoku_r6.xlsx``, a 総合戦略 KPI 進捗 in the manner of 設楽町 (愛知県):
  **plan-year headers ``1年目`` … ``5年目`` with no year in them**, dated only by the form field
  ``計画期間 令和2年度～令和6年度``, under **a top row that spans unevenly** (``実績値`` over four
  plan years, ``見込`` and ``目標値`` over one ``5年目`` each); shaded 柱 rows; ``千人``; ``約``; and the PDF;
* ``source/watarai_kpi_suii_r6.xlsx``, a 推進計画 KPI sheet in the manner of 度会町 (三重県):
  **years down the side with a ``区分`` column merged down unevenly** (``基準`` one row, ``実績`` three,
  ``速報`` one, ``目標`` one), KPIs across with units in their headers (``（千円）``), and **a shaded
  ``増減（R6−R2）`` row under the years**; and the PDF;
* ``source/oji_seika_shihyo_r6.xlsx``, a 総合計画 成果指標 sheet in the manner of 王寺町 (奈良県):
  two tables under 政策 headings, a two-row header whose ``令和6年度`` spans
  **``見込（R7.1末時点）`` (the date the forecast was made, not its period)** and ``目標``;
  **a relative final target ``基準値の2倍``**; ``約``, ``―``; money and counts in fields; and the PDF;
* ``toyono_kpi_jokyo_2024.html``, a 推進計画 KPI page in the manner of 豊能町 (大阪府):
  **a ``<caption>`` that dates the year columns** (``各年度末現在。ただし2024年度は12月末現在``) over
  Western fiscal-year headers; **``<sup>※1</sup>`` footnote marks inside value cells**; a ``―（制度開始前）``
  baseline; a money table with the same years below it.

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
    wb.properties.creator = "forms267/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms267/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms267_soffice_") as tmp:
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


def _fields(ws, r: int, rows, last: int) -> int:
    """Bordered key-value rows: (label, value) over the sheet's width, or two pairs a row."""
    for row in rows:
        if len(row) == 2:
            _span(ws, r, 1, 2, row[0], header=True)
            _span(ws, r, 3, last, row[1], align="left")
        else:
            mid = (last + 3) // 2
            _span(ws, r, 1, 2, row[0], header=True)
            _span(ws, r, 3, mid - 1, row[1], align="left")
            _span(ws, r, mid, mid + 1, row[2], header=True)
            _span(ws, r, mid + 2, last, row[3], align="left")
        ws.row_dimensions[r].height = 20
        r += 1
    return r


# --------------------------------------------------------------------------------------------
# 設楽町 (愛知県北設楽郡): 第2期設楽町まちひとしごと創生総合戦略 KPIの進捗状況（令和6年度）
# --------------------------------------------------------------------------------------------

# Real (town.shitara.lg.jp): the strategy's name, its period 令和2年度~令和6年度, its 策定 date
# 令和3年2月15日, the 政策目標 wording and the five 柱. Made up: the sheet, 課, money, every KPI and figure.
ST_ROWS = [
    ("柱3　設楽町で暮らしたい方の希望を実現する", None),
    ("1", "移住世帯数（子育て世帯）", "世帯", 6, 7, 9, 8, 11, 12, 10),
    ("柱2　設楽町で働きたい方の希望を実現する", None),
    ("2", "町内事業所の新規雇用者数", "人", 14, 12, 15, 17, 16, 18, 20),
    ("柱5　設楽町に訪れた方の満足を実現する", None),
    ("3", "観光入込客数", "千人", 1052.4, 812.3, 1018.6, 1134.2, 1201.7, "約1,250", 1300.0),
    ("柱4　設楽町での子育て希望を実現する", None),
    ("4", "出生数", "人", 22, 19, 21, 17, 18, "―", 25),
    ("柱1　設楽町で継続した暮らしを実現する", None),
    ("5", "高齢者サロンの延べ参加者数", "人", 1820, 1430, 1905, 2210, 2384, 2400, 2500),
]


def shitara() -> Path:
    wb, ws = _sheet("KPI進捗", [5, 34, 7, 10, 9, 9, 9, 9, 10, 10])
    _text(
        ws,
        1,
        1,
        "第2期設楽町まちひとしごと創生総合戦略　重要業績評価指標（KPI）の進捗状況（令和6年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 10, "令和7年6月　設楽町企画課", align="right")
    r = _fields(
        ws,
        4,
        [
            ("計画期間", "令和2年度～令和6年度（5か年）", "策定日", "令和3年2月15日"),
            (
                "政策目標",
                "年間10世帯（子育て世帯）の移住者を確保し、2060年に設楽町人口3,000人を目指す",
            ),
            ("交付対象事業費（R6・千円）", 31850, "掲載KPI数", "5指標（全23指標中）"),
        ],
        10,
    )
    _text(ws, r + 1, 1, "■重要業績評価指標（KPI）の進捗", bold=True, size=11)
    h = r + 2
    _head2(
        ws,
        h,
        [(1, "No."), (2, "重要業績評価指標（KPI）"), (3, "単位"), (4, "策定時")],
        [
            (5, 8, "実績値", ["1年目", "2年目", "3年目", "4年目"]),
            (9, 9, "見込", ["5年目"]),
            (10, 10, "目標値", ["5年目"]),
        ],
    )
    r = h + 2
    for row in ST_ROWS:
        if row[1] is None:
            _span(ws, r, 1, 10, row[0], fill=LIGHT, bold=True)
        else:
            no, name, unit, *vals = row
            _put(ws, r, 1, no, align="center")
            _put(ws, r, 2, name)
            _put(ws, r, 3, unit, align="center")
            _vals(ws, r, 4, vals)
        ws.row_dimensions[r].height = 20
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※「見込」は令和7年1月末時点の見込値です。No.4の見込は人口動態統計の公表前のため「―」としています。",
            "※No.1は転入時の聞き取りによる（世帯主が40歳未満の世帯）。No.3は3年目に2つのイベントが中止となりました。",
            "※No.5の会場は町内12か所（延べ参加者数）。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "shitara_kpi_shinchoku_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 度会町 (三重県度会郡): 度会町まち・ひと・しごと創生推進計画 KPIの推移（令和6年度）
# --------------------------------------------------------------------------------------------

# Real (furu-con.jp/projects/1335): about 7,600人, 85% 山林, 25 風車, 度会ウィンドファーム (2019), the
# 2004 peak of 8,806人, the 推進事業's name and the four 基本的指針. Made up: the sheet, every KPI and figure.
WT_ROWS = [
    ("R2", 168, 48200, 1240, 1.32),
    ("R3", 171, 61530, 1580, 1.41),
    ("R4", 159, 72940, 2010, 1.28),
    ("R5", 182, 88110, 2460, 1.36),
    ("R6", 176, 95020, 2630, "―"),
    ("R7", 190, 100000, 3000, 1.50),
]
WT_ROLES = [(0, 0, "基準"), (1, 3, "実績"), (4, 4, "速報"), (5, 5, "目標")]


def watarai() -> Path:
    wb, ws = _sheet("KPI推移", [10, 9, 16, 18, 20, 16])
    _text(
        ws, 1, 1, "度会町まち・ひと・しごと創生推進計画　KPIの推移（令和6年度）", bold=True, size=13
    )
    _text(ws, 2, 6, "令和7年5月　度会町政策調整課", align="right")
    r = _fields(
        ws,
        4,
        [
            ("地域再生計画の名称", "度会町まち・ひと・しごと創生推進計画"),
            ("基本的指針", "ひとの動きを生み出し、つながり交流できるまちをつくる　ほか3指針"),
        ],
        6,
    )
    _put(ws, r, 1, "町の概況", header=True)
    _put(ws, r, 2, None, header=True)
    _merge(ws, r, 1, r, 2)
    _para(
        ws,
        r,
        3,
        6,
        "人口およそ7,600人、町面積の85%を山林が占める。町内には風車25基（2019年に度会ウィンドファーム完成）。総人口は2004年の8,806人をピークに減少が続いている。",
        44,
        border=True,
    )
    _text(ws, r + 2, 1, "■KPIの推移（年度別）", bold=True, size=11)
    h = r + 3
    heads = [
        "年度",
        "区分",
        "KPI①\n転入者数\n（人）",
        "KPI②\nふるさと納税寄附額\n（千円）",
        "KPI③\n宮川での体験プログラム参加者数\n（人）",
        "KPI④\n合計特殊出生率",
    ]
    for c, word in enumerate(heads, start=1):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 48
    r = h + 1
    for year, *vals in WT_ROWS:
        _put(ws, r, 1, year, align="center")
        fmts = {3: "0.00"}
        _vals(ws, r, 3, vals, fmts)
        ws.row_dimensions[r].height = 20
        r += 1
    for a, b, word in WT_ROLES:
        _put(ws, h + 1 + a, 2, word, align="center")
        if b > a:
            _merge(ws, h + 1 + a, 2, h + 1 + b, 2)
    _span(ws, r, 1, 2, "増減（R6−R2）", fill=LIGHT, bold=True, align="center")
    for c, v in enumerate(["+8", "+46,820", "+1,390", "―"], start=3):
        _put(ws, r, c, v, align="right" if v != "―" else "center", fill=LIGHT)
    ws.row_dimensions[r].height = 20
    _notes(
        ws,
        r + 2,
        [
            "※R6は速報値です。KPI④の令和6年の値は未公表のため「―」としています。",
            "※KPI③は宮川でのカヌー・SUP体験と風車見学ツアーの参加者の合計です（ツアーは年4回）。",
            "※KPI②の寄附件数は、R6速報で3,214件です。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "watarai_kpi_suii_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 王寺町 (奈良県北葛城郡): 王寺町総合計画後期基本計画 成果指標の進捗状況（令和6年度）
# --------------------------------------------------------------------------------------------

# Real (kazuki-nakai.com/free/kadai-seisaku, citing 王寺町人口ビジョン 令和6年1月): the plan's name, 23,858人
# (令和5年12月末), the aim 20,000人 in 令和42年, the 政策 names. Made up: the sheet, 課, money, every indicator and figure.
OJ_TABLES = [
    (
        "政策1　子育て支援の充実",
        [
            ("1", "合計特殊出生率", "", 1.29, 1.25, 1.27, 1.35, 1.45),
            ("2", "子育て支援センターの延べ利用者数", "人", 14820, 15960, "約16,500", 16000, 18000),
            ("3", "「子育てしやすいまち」と感じる保護者の割合", "％", 72.4, 74.1, "―", 76.0, 80.0),
        ],
    ),
    (
        "政策3　健康づくりの推進",
        [
            ("4", "特定健康診査の受診率", "％", 35.2, 36.8, 38.0, 40.0, 60.0),
            ("5", "健康ポイント事業の参加者数", "人", 820, 1105, 1240, 1200, "基準値の2倍"),
        ],
    ),
]


def oji() -> Path:
    wb, ws = _sheet("成果指標", [5, 40, 7, 10, 10, 14, 10, 12])
    _text(
        ws,
        1,
        1,
        "王寺町総合計画後期基本計画（兼 第3期デジタル田園都市構想総合戦略）　成果指標の進捗状況（令和6年度）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 8, "令和7年7月　王寺町政策推進課", align="right")
    r = _fields(
        ws,
        4,
        [
            ("町の人口", "23,858人（令和5年12月末）", "目標人口", "令和42年に20,000人を維持"),
            (
                "政策1・3の関連事業費（R6当初）",
                "1億2,480万円",
                "成果指標数",
                "政策1：3指標　政策3：2指標",
            ),
        ],
        8,
    )
    r += 1
    for heading, rows in OJ_TABLES:
        _text(ws, r, 1, heading, bold=True, size=11)
        h = r + 1
        _head2(
            ws,
            h,
            [(1, "No."), (2, "成果指標"), (3, "単位")],
            [
                (4, 4, "基準値", ["R4"]),
                (5, 5, "実績値", ["R5"]),
                (6, 7, "令和6年度", ["見込\n（R7.1末時点）", "目標"]),
                (8, 8, "目標値", ["R10"]),
            ],
        )
        ws.row_dimensions[h + 1].height = 28
        r = h + 2
        for no, name, unit, *vals in rows:
            _put(ws, r, 1, no, align="center")
            _put(ws, r, 2, name)
            _put(ws, r, 3, unit or None, align="center")
            fmts = {j: "0.00" for j, v in enumerate(vals) if no == "1"}
            _vals(ws, r, 4, vals, fmts)
            ws.row_dimensions[r].height = 20
            r += 1
        r += 1
    _notes(
        ws,
        r,
        [
            "※「見込」は令和7年1月末時点での令和6年度の見込値です。No.3は令和6年度の保護者アンケートを実施しなかったため「―」。",
            "※No.5の目標値（R10）は基準値（R4）の2倍とします。No.2は延べ人数です。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "oji_seika_shihyo_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 豊能町 (大阪府豊能郡): 豊能町まち・ひと・しごと創生推進計画 KPIの状況（2024年度）
# --------------------------------------------------------------------------------------------

# Real (furusato-funding.jp/projects/2130): the plan's name, 27,367人 (1995), 19,339人 (2019, 住民基本台帳),
# 12,275人 (2040) and 6,753人 (2060), 死亡236人・出生42人 (2019), 出生率 0.82. Made up: the page, every KPI
# after the 2019 population, every target, the money and the notes.
TY_ROWS = [
    ("住民基本台帳人口", "人", "19,339", "18,512", "18,204", "17,986", "18,000"),
    ("空き家バンク登録物件数（累計）", "件", "12", "38", "51", "60<sup>※1</sup>", "60"),
    ("子育て世帯住宅取得補助の交付件数（累計）", "件", "―（制度開始前）", "24", "41", "55", "50"),
    ("高齢者見守りネットワーク協力事業所数", "事業所", "41", "56", "63<sup>※2</sup>", "67", "70"),
]


def toyono_html() -> str:
    body = []
    for name, unit, *vals in TY_ROWS:
        cells = "".join(f'<td class="{"c" if v.startswith("―") else "num"}">{v}</td>' for v in vals)
        body.append(
            f'<tr><th class="l" scope="row">{name}</th><td class="c">{unit}</td>{cells}</tr>'
        )
    rows = "\n".join(body)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>豊能町まち・ひと・しごと創生推進計画 KPIの状況（2024年度） | 豊能町</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
caption {{ text-align: left; font-weight: bold; padding-bottom: 4px; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
th.l {{ text-align: left; background: #f2f2f2; font-weight: normal; }}
td.num {{ text-align: right; }}
td.c {{ text-align: center; }}
</style>
</head>
<body>
<p>トップページ &gt; 町政情報 &gt; 計画・施策 &gt; 地方創生</p>
<h1>豊能町まち・ひと・しごと創生推進計画 KPIの状況（2024年度）</h1>
<p>更新日：2025年2月10日　総務部 まちづくり推進課</p>
<p>豊能町の人口は1995年の27,367人をピークに減少が続き、住民基本台帳では2019年に19,339人となりました。国立社会保障・人口問題研究所の推計では、2040年に12,275人、2060年に6,753人まで減少するとされています。2019年の出生数は42人、死亡数は236人でした。推進計画に掲げた重要業績評価指標（KPI）4項目の状況をお知らせします。</p>
<h2>重要業績評価指標（KPI）の状況</h2>
<table>
<caption>表1　KPIの推移（各年度末現在。ただし2024年度は12月末現在）</caption>
<thead>
<tr><th scope="col" rowspan="2">KPI</th><th scope="col" rowspan="2">単位</th><th scope="colgroup">基準値</th><th scope="colgroup" colspan="3">実績値</th><th scope="colgroup">目標値</th></tr>
<tr><th scope="col">2019年度</th><th scope="col">2022年度</th><th scope="col">2023年度</th><th scope="col">2024年度</th><th scope="col">2024年度</th></tr>
</thead>
<tbody>
{rows}
</tbody>
</table>
<p>※1　2024年12月末に目標値に達しました。<br>※2　2023年度から町内のコンビニエンスストア5店舗が加わりました。</p>
<table>
<caption>表2　推進計画の事業費（単位：千円）</caption>
<thead>
<tr><th scope="col">区分</th><th scope="col">2022年度</th><th scope="col">2023年度</th><th scope="col">2024年度</th></tr>
</thead>
<tbody>
<tr><th class="l" scope="row">事業費</th><td class="num">18,420</td><td class="num">21,060</td><td class="num">19,880</td></tr>
<tr><th class="l" scope="row">うち交付金</th><td class="num">9,210</td><td class="num">10,530</td><td class="num">9,940</td></tr>
</tbody>
</table>
<p>お問い合わせ：総務部 まちづくり推進課</p>
</body>
</html>
"""


def toyono() -> Path:
    path = HERE / "toyono_kpi_jokyo_2024.html"
    path.write_bytes(toyono_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (shitara, watarai, oji):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {toyono().name}")


if __name__ == "__main__":
    main()
