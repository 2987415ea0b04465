"""Build the documents of forms363/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/yanai_kpi_kouka_kensho_r5.xlsx``, a 地域再生計画 KPI効果検証シート in the manner of 柳井市 (山口県),
  landscape: **every fiscal year written as its month span** (``基準値`` over ``R3.4～R4.3``,
  ``R4.4～R5.3`` over ``目標 | 実績``, ``R5.4～R6.3`` over ``目標 | 実績 | 達成率``, ``最終目標`` over
  ``R7.4～R8.3``), a 達成率 column, ``千人`` in 単位, ``中止`` and ``－`` cells; and the PDF;
* ``source/utazu_senryaku_kpi_shinchoku_r5.xlsx``, a 第2期総合戦略 KPI進捗管理表 in the manner of 宇多津町
  (香川県), portrait: **the 基本目標 written vertically (縦書き) in a narrow cell merged down its rows**,
  a 単位 cell merged over two rows, ``千人`` and a ``―`` unit; and the PDF;
* ``source/ochi_senryaku_kensho_r5.xlsx``, a 第2期総合戦略 数値目標・KPI検証シート in the manner of 越知町
  (高知県), portrait: ``令和３年度`` … ``令和５年度`` over ``目標 | 実績``, a ○/× 評価, and **the baseline
  printed last, right of the 評価, as ``（参考）基準値`` over ``H31.3末``**; and the PDF;
* ``kofu_senryaku_kpi_r5.html``, a 総合戦略 KPI page in the manner of 江府町 (鳥取県): one table whose
  ``<thead>`` serves 基本目標1, while **a second header row of ``<th>`` inside the ``<tbody>`` re-heads the
  same columns for 基本目標2 with other roles and years** (``基準値（R4） | R5目標 | R5実績 | 目標値（R7）``);
  ``－31`` negatives beside a bare ``－``.

The PDF steps are skipped, with a message, when ``soffice`` is not installed.
These are re-typed forms of other municipalities, not their own files (README.md, SOURCES.tsv).

The XLSX and HTML files are byte-stable: fixed document dates, and the zip members are
rewritten with a fixed timestamp. The PDFs carry LibreOffice's creation date, so they differ
by that only.
"""
# ruff: noqa: E501, B905

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
FONT = "Noto Sans CJK JP"
FIXED = dt.datetime(2026, 12, 5, 0, 0, 0)


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms363/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms363/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms363_soffice_") as tmp:
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
        for c, w in zip(range(c1, c2 + 1), lower):
            _put(ws, h + 1, c, w, header=True)
    ws.row_dimensions[h].height = 22
    ws.row_dimensions[h + 1].height = 22


def _vals(ws, r, c0, vals, fmts=None) -> None:
    for j, v in enumerate(vals):
        fmt = (fmts or {}).get(j) or ("#,##0.0" if isinstance(v, float) else None)
        _put(ws, r, c0 + j, v, align="center" if v == "―" else "right", fmt=fmt)


def _title(ws, title: str, date: str, last: int) -> None:
    _text(ws, 1, 1, title, bold=True, size=13)
    _text(ws, 2, last, date, align="right")


def _fields(ws, row: int, fields, c_label: tuple[int, int], last: int) -> int:
    """Bordered form fields: a shaded label merged over c_label, the value merged to ``last``."""
    for label, value, height in fields:
        _span(ws, row, c_label[0], c_label[1], label, header=True)
        _span(ws, row, c_label[1] + 1, last, value, valign="top" if height > 20 else None)
        ws.row_dimensions[row].height = height
        row += 1
    return row


def _vertical(ws, r1: int, r2: int, col: int, value: str) -> None:
    """A narrow cell merged down r1..r2, its text written vertically (縦書き, stacked)."""
    cell = _put(ws, r1, col, value, header=True)
    cell.alignment = Alignment(horizontal="center", vertical="center", text_rotation=255)
    for r in range(r1 + 1, r2 + 1):
        _put(ws, r, col, None, header=True)
    _merge(ws, r1, col, r2, col)


# --------------------------------------------------------------------------------------------
# 柳井市 (山口県): 地域再生計画 KPI効果検証シート（令和5年度実施分）
# --------------------------------------------------------------------------------------------

# Real (furusato-funding.jp/projects/2330): the plan's name 柳井市まち・ひと・しごと創生推進計画 and the
# population figures of its 目標 text (51,143人 in 1947, 32,945人 in 2015, 31,202人 in 2020-09, 約2.1万人
# in 2045); 白壁の町並み and 金魚ちょうちん as the town's sights. Made up: the sheet, 課, period, every KPI,
# figure and note.
YA_ROWS = [
    ("①", "柳井市への移住者数", "人", 118, 130, 126, 140, 152, "108.6%", 160),
    ("②", "白壁の町並み観光客数", "千人", 285, 300, 296, 320, 311, "97.2%", 350),
    ("③", "金魚ちょうちん祭り来場者数", "人", "中止", 20000, 18400, 25000, 27300, "109.2%", 30000),
    ("④", "創業支援による新規創業件数", "件", 6, 8, 9, 8, "－", "－", 10),
]


def yanai() -> Path:
    wb, ws = _sheet("KPI効果検証", [5, 36, 7, 12, 10, 10, 10, 10, 9, 12])
    _title(
        ws,
        "柳井市まち・ひと・しごと創生推進計画　重要業績評価指標（KPI）効果検証シート（令和5年度実施分）",
        "令和6年8月　柳井市",
        10,
    )
    row = _fields(
        ws,
        4,
        [
            ("地域再生計画の名称", "柳井市まち・ひと・しごと創生推進計画", 18),
            ("担当課", "政策企画課", 18),
            ("計画期間", "令和3年4月1日～令和8年3月31日（5か年）", 18),
            (
                "計画の背景",
                "本市の人口は、昭和22年（1947年）の51,143人をピークに減少が続き、平成27年（2015年）国勢調査では32,945人、"
                "2020年9月の住民基本台帳では31,202人となっている。国立社会保障・人口問題研究所の推計では、令和27年（2045年）には"
                "約2.1万人になるとされており、移住の促進と交流人口の拡大、創業の支援に取り組む。",
                44,
            ),
        ],
        (1, 2),
        10,
    )
    h = row + 1
    _text(ws, h, 1, "■KPIの実績と達成状況", bold=True, size=11)
    h += 1
    _head2(
        ws,
        h,
        [(1, "No."), (2, "重要業績評価指標（KPI）"), (3, "単位")],
        [
            (4, 4, "基準値", ["R3.4～R4.3"]),
            (5, 6, "R4.4～R5.3", ["目標", "実績"]),
            (7, 9, "R5.4～R6.3", ["目標", "実績", "達成率"]),
            (10, 10, "最終目標", ["R7.4～R8.3"]),
        ],
    )
    r = h + 2
    for label, name, unit, *vals in YA_ROWS:
        _put(ws, r, 1, label, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, vals)
        ws.row_dimensions[r].height = 24
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※1　年度の欄は、各年度の期間（4月1日から翌年3月31日まで）で表示しています。（例）R5.4～R6.3 ＝ 令和5年度",
            "※2　達成率 ＝ 実績 ÷ 目標（R5.4～R6.3）。",
            "※3　KPI③の基準年度は、新型コロナウイルス感染症の影響により祭りを中止しました。",
            "※4　KPI④のR5.4～R6.3の実績は、山口県の創業支援実績の公表（令和6年10月予定）後に記載します。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "yanai_kpi_kouka_kensho_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 宇多津町 (香川県綾歌郡): 第2期総合戦略 KPI進捗管理表（令和5年度実績）
# --------------------------------------------------------------------------------------------

# Real (town.utazu.lg.jp/site/mayor/1119.html, www5.cao.go.jp …/s5_12.html, yamamoto-hiroshi.net): 面積8.1km²,
# 約1万8千人, the smallest 町 of 香川県 by area, the 塩田 closed in 昭和47年 and the 新宇多津都市 on its site, the
# aquarium of 令和2年, the first fall in population at the 令和2年 census, まちづくり課. Made up: the plan's
# exact name and period, every KPI, figure and note.
UT_GROUPS = [
    (
        "１　しごとをつくる",
        [
            ("1", "町内事業所の従業者数", "人", 8420, 8510, 8395, 8610, 8700),
            ("2", "創業支援事業計画に基づく創業件数", "件", 12, 14, 11, 15, 15),
            ("3", "観光入込客数", "千人", 3150, 1980, 2640, 3310, 3500),
        ],
    ),
    (
        "２　子育てを応援する",
        [
            ("4", "合計特殊出生率", "―", 1.71, 1.65, 1.58, 1.62, 1.80),
            ("5", "地域子育て支援拠点の利用者数", "人", 9850, 6120, 8430, 9910, 10500),
            ("6", "放課後児童クラブの待機児童数", None, 8, 3, 0, 0, 0),
        ],
    ),
]


def utazu() -> Path:
    wb, ws = _sheet("KPI進捗管理表", [5, 5, 30, 7, 10, 9, 9, 9, 10])
    _title(
        ws,
        "第2期宇多津町まち・ひと・しごと創生総合戦略　KPI進捗管理表（令和5年度実績）",
        "令和6年9月　宇多津町まちづくり課",
        9,
    )
    row = _fields(
        ws,
        4,
        [
            ("計画期間", "令和2年度～令和6年度（5年間）", 18),
            ("担当課", "まちづくり課", 18),
            (
                "町の概況",
                "本町は、面積8.1km²に約1万8千人が暮らす、香川県で最も面積の小さな町である。昭和47年の塩田廃止後、"
                "塩田跡地には新宇多津都市が整備され、令和2年には四国最大級の水族館が開業した。一方で、令和2年の国勢調査では"
                "調査開始以来初めて人口が減少に転じた。",
                56,
            ),
        ],
        (1, 3),
        9,
    )
    h = row + 1
    _text(ws, h, 1, "２　KPIの進捗状況", bold=True, size=11)
    h += 1
    _head2(
        ws,
        h,
        [
            (1, "基本\n目標"),
            (2, "No."),
            (3, "KPI"),
            (4, "単位"),
            (5, "基準値\n（H30）"),
            (9, "目標値\n（R6）"),
        ],
        [(6, 8, "実績値", ["R3", "R4", "R5"])],
    )
    ws.row_dimensions[h].height = 20
    ws.row_dimensions[h + 1].height = 20
    r = h + 2
    for goal, rows in UT_GROUPS:
        first = r
        for no, name, unit, *vals in rows:
            _put(ws, r, 2, no, align="center")
            _put(ws, r, 3, name)
            if unit is not None:
                _put(ws, r, 4, unit, align="center")
            _vals(
                ws, r, 5, vals, fmts={j: "0.00" for j, v in enumerate(vals) if isinstance(v, float)}
            )
            ws.row_dimensions[r].height = 44
            r += 1
        _vertical(ws, first, r - 1, 1, goal)
    # 単位 of No.5 and No.6 is one cell merged over both rows.
    _merge(ws, r - 2, 4, r - 1, 4)
    _notes(
        ws,
        r + 1,
        [
            "※　基準値は第2期戦略策定時の平成30年度の値、目標値は最終年度（令和6年度）の値です。",
            "※　R3の観光入込客数は、新型コロナウイルス感染症の影響により大きく減少しました。",
            "※　No.4は香川県人口動態統計による数値です。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "utazu_senryaku_kpi_shinchoku_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 越知町 (高知県高岡郡): 第2期総合戦略 数値目標・KPI検証シート（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (zck.or.jp/site/essay/32241.html, zck.or.jp/site/forum/33165.html, mykoho.jp 広報おち 2023年10月号):
# 越知町まち・ひと・しごと創生総合戦略, 13,505人 in 昭和33年, 4,998人 at the end of July 2023, 111.95km², 仁淀川
# (仁淀ブルー), 横倉山自然の森博物館 and its 9,470 visitors in 令和4年度, コスモス as the town's flower. Made up:
# 第2期, the period, 課, every other KPI, figure and note.
OC_ROWS = [
    ("数値目標", "1", "総人口", "人", 5000, 5071, 4900, 4985, 4800, 4870, "○", 5592),
    (
        "KPI",
        "2",
        "横倉山自然の森博物館の入館者数",
        "人",
        8000,
        6210,
        8500,
        9470,
        9000,
        12480,
        "○",
        7860,
    ),
    (
        "KPI",
        "3",
        "コスモスまつり来場者数",
        "人",
        15000,
        "中止",
        15000,
        11200,
        15000,
        16300,
        "○",
        14500,
    ),
    ("KPI", "4", "移住相談件数", "件", 30, 24, 30, 35, 35, 31, "×", 18),
    ("KPI", "5", "地域おこし協力隊員数", "人", 8, 7, 9, 9, 10, "－", "－", 4),
]


def ochi() -> Path:
    wb, ws = _sheet("検証シート", [8, 4, 26, 5, 7, 7, 7, 7, 7, 7, 5, 10])
    _title(
        ws,
        "越知町まち・ひと・しごと創生総合戦略（第2期）　数値目標・KPI検証シート（令和5年度）",
        "令和6年10月　越知町企画課",
        12,
    )
    row = _fields(
        ws,
        4,
        [
            ("計画期間", "令和2年度～令和6年度", 18),
            ("担当課", "企画課", 18),
            (
                "町の現状",
                "本町の人口は、町制施行時の昭和33年（1958年）の13,505人から減少を続け、令和5年（2023年）7月末には4,998人と"
                "5,000人を割り込んだ。総面積は111.95km²で、町の中央を「仁淀ブルー」と呼ばれる仁淀川が流れる。",
                44,
            ),
        ],
        (1, 3),
        12,
    )
    h = row + 1
    _text(ws, h, 1, "■数値目標・KPIの達成状況", bold=True, size=11)
    h += 1
    _head2(
        ws,
        h,
        [(1, "区分"), (2, "No."), (3, "指標名"), (4, "単位"), (11, "評価")],
        [
            (5, 6, "令和３年度", ["目標", "実績"]),
            (7, 8, "令和４年度", ["目標", "実績"]),
            (9, 10, "令和５年度", ["目標", "実績"]),
            (12, 12, "（参考）基準値", ["H31.3末"]),
        ],
    )
    r = h + 2
    for kubun, no, name, unit, *vals in OC_ROWS:
        _put(ws, r, 1, kubun, align="center")
        _put(ws, r, 2, no, align="center")
        _put(ws, r, 3, name)
        _put(ws, r, 4, unit, align="center")
        _vals(ws, r, 5, vals[:6])
        _put(ws, r, 11, vals[6], align="center")
        _vals(ws, r, 12, vals[7:])
        ws.row_dimensions[r].height = 24
        r += 1
    _merge(ws, h + 3, 1, r - 1, 1)
    _notes(
        ws,
        r + 1,
        [
            "※　評価　○：令和５年度の目標を達成　×：未達成　－：実績が確定していないため評価なし",
            "※　（参考）基準値は、第2期戦略の策定時に把握していた平成31年3月末（平成30年度末）時点の数値です。",
            "※　No.3は、令和３年度は新型コロナウイルス感染症の影響により中止しました。",
            "※　No.5の令和５年度実績は、年度途中の退任者の取扱いを整理中のため未確定です。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "ochi_senryaku_kensho_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 江府町 (鳥取県日野郡): 第2期総合戦略 KPIの進捗状況（令和5年度） — HTML
# --------------------------------------------------------------------------------------------

# Real (profilbaru.com/ja/江府町, kankyo-okoku.jp/kofu/, kankyo-okoku.jp/town/kofucho.html): 大山の南麓（奥大山）,
# 126.66km² (wikim.kfd.me), 2,672人 (R2 census) and 3,004人 (H27), 「3000人の楽しい町」, the brand rice
# 奥大山十七夜物語, the water companies. Made up: the strategy's exact name and period, 課, every KPI, figure
# and note.
KOFU_HTML = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>江府町まち・ひと・しごと創生総合戦略（第2期）KPIの進捗状況（令和5年度） | 江府町</title>
<style>
table { border-collapse: collapse; }
th, td { border: 1px solid #666; padding: 4px 8px; }
thead th, tr.subhead th { background: #e8eef6; }
tr.band th { background: #f4f4f4; text-align: left; }
td.num { text-align: right; }
</style>
</head>
<body>
<nav class="breadcrumb"><a href="/">トップページ</a> &gt; <a href="/gyosei/">町政情報</a> &gt; <a href="/gyosei/keikaku/">計画・施策</a> &gt; 総合戦略KPIの進捗状況</nav>
<main>
<h1>江府町まち・ひと・しごと創生総合戦略（第2期）KPIの進捗状況（令和5年度）</h1>
<p class="date">更新日：2024年11月20日　担当：企画政策課</p>
<p>江府町は大山の南麓（奥大山）に位置し、面積は126.66km²、令和2年国勢調査の人口は2,672人（平成27年は3,004人）です。第2期総合戦略（令和2年度～令和6年度）では「3000人の楽しい町」を目指し、特別栽培米「奥大山十七夜物語」や水に関わる企業の集積を活かしたしごとづくりに取り組んでいます。令和5年度の実績を取りまとめましたので公表します。</p>
<h2>KPIの進捗状況</h2>
<table>
<thead>
<tr><th>No.</th><th>KPI</th><th>単位</th><th>基準値<br>（R元）</th><th>R4<br>実績</th><th>R5<br>実績</th><th>目標値<br>（R6）</th></tr>
</thead>
<tbody>
<tr class="band"><th colspan="7">基本目標1　奥大山の水と農を活かした、しごとをつくる</th></tr>
<tr><td>1</td><td>社会増減数</td><td>人</td><td class="num">－31</td><td class="num">－18</td><td class="num">－</td><td class="num">0</td></tr>
<tr><td>2</td><td>特別栽培米「奥大山十七夜物語」の作付面積</td><td>ha</td><td class="num">38.5</td><td class="num">41.2</td><td class="num">43.0</td><td class="num">45.0</td></tr>
<tr><td>3</td><td>町内の水関連企業等の従業者数</td><td>人</td><td class="num">312</td><td class="num">318</td><td class="num">326</td><td class="num">330</td></tr>
<tr class="band"><th colspan="7">基本目標2　子育てが楽しい、住みよいまちをつくる</th></tr>
<tr class="subhead"><th>No.</th><th>KPI</th><th>単位</th><th>基準値<br>（R4）</th><th>R5<br>目標</th><th>R5<br>実績</th><th>目標値<br>（R7）</th></tr>
<tr><td>4</td><td>保育園の入園児童数</td><td>人</td><td class="num">58</td><td class="num">60</td><td class="num">61</td><td class="num">62</td></tr>
<tr><td>5</td><td>空き家バンクを通じた移住世帯数</td><td>世帯</td><td class="num">6</td><td class="num">8</td><td class="num">5</td><td class="num">10</td></tr>
</tbody>
</table>
<p>※基本目標2のKPIは、令和5年度の戦略見直しで新たに設定したものです。このため、基準値は令和4年度の実績とし、表の途中の見出しのとおり年度ごとの目標を定め、目標年度を令和7年度としています。</p>
<p>※社会増減数の令和5年度の「－」は、住民基本台帳人口移動報告の年度集計が未公表のためです。</p>
</main>
<footer><p>江府町役場　企画政策課</p></footer>
</body>
</html>
"""


def kofu() -> Path:
    path = HERE / "kofu_senryaku_kpi_r5.html"
    path.write_bytes(KOFU_HTML.encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (yanai, utazu, ochi):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {kofu().name}")


if __name__ == "__main__":
    main()
