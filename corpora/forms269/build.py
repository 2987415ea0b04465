"""Build the built documents of forms269/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/satosho_kpi_kensho_r2.xlsx``, a 総合戦略 KPI 検証シート in the manner of 里庄町 (岡山県):
  two grids (基本目標1 / 基本目標2) whose **actual cells carry the change from the previous year on a
  second line (``81`` / ``（前年差＋4）``)**, **a ``伸び率（R2／基準値）`` column** and an A/B/C ``評価``
  with its legend; and the PDF;
* ``source/arita_shisaku_hyoka_r6.xlsx``, a 総合計画 施策評価シート in the manner of 有田町 (佐賀県):
  form fields (政策, 施策名, 主管課, 事業費, 人口), a 成果指標 grid with **a ``目標達成まで`` column
  (``あと4万人`` / ``達成``)** and **R6 actuals marked ``（暫定）`` on a second line**, ``万人``,
  ``千人``, ``約``, a ``―（Web開催）`` baseline; and the PDF;
* ``source/kimotsuki_kpi_jisseki_r4.xlsx``, a 地域再生計画 KPI 実績報告書 in the manner of 肝付町
  (鹿児島県): **one block of year rows per KPI** (the KPI merged down, a ``年度`` column
  ``基準（R元）`` / ``R2`` … ``R6``, then ``目標値 | 実績値 | 達成率 | 評価``), **``未到来`` in the
  actual cells of the years not yet come**, ◎/○/△/－ with a legend; and the PDF;
* ``sasaguri_senryaku_kpi_r5.html``, a 総合戦略 KPI page in the manner of 篠栗町 (福岡県): one table
  whose value cells carry **the town's rank among the seven towns of 糟屋郡 in a bracket**
  (``96<br>（郡内7町中5位）``) or **the month the figure stands for in a ``<small>``**
  (``30,912<br><small>（R5.12末）</small>``), ``約`` in 万人, a ``31,000を維持`` target, and a word
  ``評価`` (目標達成 / 改善 / 後退) with its legend.

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
    wb.properties.creator = "forms269/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms269/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms269_soffice_") as tmp:
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


def _cell2(ws, r, c, text, size=9):
    """A value cell of two lines (a number, then a bracket), right-aligned and wrapped."""
    cell = _put(ws, r, c, text, align="right")
    cell.font = Font(name=FONT, size=size)
    return cell


# --------------------------------------------------------------------------------------------
# 里庄町 (岡山県浅口郡): まち・ひと・しごと創生総合戦略 KPI検証シート（令和2年度実績）
# --------------------------------------------------------------------------------------------

# Real (町長あいさつ, town.satosho.okayama.jp; 地域再生計画, furusato-funding.jp/projects/2289): the
# strategy's name and date (平成28年3月), its four 基本目標 (自然減対策, 社会減対策, しごとづくり,
# 地域力の維持), 11,149人 (2021年3月末), 出生77人・死亡94人, 転入363人・転出323人 (2019年), 社会増40人.
# Made up: the sheet, its date, the grids, every other figure, the 伸び率 and 評価.
ST_BLOCKS = [
    (
        "基本目標１　自然減対策",
        [
            (
                "1",
                "出生数",
                "人",
                "98",
                "77\n（前年差△6）",
                "81\n（前年差＋4）",
                "△17.3%",
                "100",
                "C",
            ),
            (
                "2",
                "乳幼児健康診査の受診率",
                "％",
                "96.2",
                "97.5\n（前年差＋0.8）",
                "98.1\n（前年差＋0.6）",
                "＋2.0%",
                "98.0",
                "A",
            ),
            (
                "3",
                "子育て支援センターの利用者数",
                "人",
                "4,820",
                "5,310\n（前年差＋142）",
                "3,960\n（前年差△1,350）",
                "△17.8%",
                "5,500",
                "C",
            ),
        ],
    ),
    (
        "基本目標２　社会減対策",
        [
            (
                "4",
                "転入者数",
                "人",
                "341",
                "363\n（前年差＋21）",
                "352\n（前年差△11）",
                "＋3.2%",
                "360",
                "B",
            ),
            (
                "5",
                "社会増減数",
                "人",
                "△12",
                "40\n（前年差＋35）",
                "18\n（前年差△22）",
                "―",
                "20",
                "B",
            ),
        ],
    ),
]


def satosho() -> Path:
    wb, ws = _sheet("KPI検証", [6, 30, 7, 11, 14, 14, 13, 11, 7])
    _text(
        ws,
        1,
        1,
        "里庄町まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）検証シート（令和2年度実績）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 9, "令和3年8月　里庄町企画商工課", align="right")
    fields = [
        (
            "戦略の策定",
            "平成28年3月（人口ビジョンとあわせて策定）　計画期間：平成27年度～令和2年度",
        ),
        ("町の人口", "11,149人（令和3年3月末、住民基本台帳）"),
        ("人口動態（令和元年）", "出生77人・死亡94人、転入363人・転出323人（40人の社会増）"),
    ]
    r = 4
    for label, value in fields:
        _span(ws, r, 1, 2, label, header=True)
        _span(ws, r, 3, 9, value, align="left")
        ws.row_dimensions[r].height = 18
        r += 1
    _text(
        ws,
        8,
        1,
        "【評価】A：目標値（R2）を達成　B：目標値は未達成だが基準値より改善　C：基準値より悪化",
        size=9,
    )
    r = 10
    for heading, rows in ST_BLOCKS:
        _text(ws, r, 1, heading, bold=True, size=11)
        _head2(
            ws,
            r + 1,
            [
                (1, "No."),
                (2, "重要業績評価指標（KPI）"),
                (3, "単位"),
                (4, "基準値\n（H26）"),
                (7, "伸び率\n（R2／基準値）"),
                (8, "目標値\n（R2）"),
                (9, "評価"),
            ],
            [(5, 6, "実績値", ["R元", "R2"])],
        )
        r += 3
        for no, name, unit, base, a1, a2, rate, target, grade in rows:
            _put(ws, r, 1, no, align="center")
            _put(ws, r, 2, name)
            _put(ws, r, 3, unit, align="center")
            _put(ws, r, 4, base, align="right")
            _cell2(ws, r, 5, a1)
            _cell2(ws, r, 6, a2)
            _put(ws, r, 7, rate, align="center" if rate == "―" else "right")
            _put(ws, r, 8, target, align="right")
            _put(ws, r, 9, grade, align="center", bold=True)
            ws.row_dimensions[r].height = 30
            r += 1
        r += 1
    _notes(
        ws,
        r,
        [
            "※実績値の下段（前年差）は、前年度の実績値との差です。H30の実績値は前年度の検証シートに掲載しています。",
            "※伸び率は、R2の実績値の基準値に対する増減率です。社会増減数は基準値が負のため算出していません。",
            "※出生数・転入者数・社会増減数は暦年（1月～12月）の値を、その年を含む年度の欄に記載しています。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "satosho_kpi_kensho_r2.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 有田町 (佐賀県西松浦郡): 有田町総合計画 施策評価シート（令和6年度実績）
# --------------------------------------------------------------------------------------------

# Real (令和7年3月 施政方針, 令和3年 新年のごあいさつ, town.arita.lg.jp; zck.or.jp/site/forum/1191):
# the 5つの有田力 (活力 …), the 有田陶器市 (4月29日～5月5日, 100万人で賑わう) and its 2020 Web開催,
# 商工観光課, 18,011人 (推計人口, 2024年12月1日). Made up: the sheet, money, every indicator figure.
AR_ROWS = [
    (
        "1",
        "有田陶器市の来場者数",
        "万人",
        "―（Web開催）",
        "約113",
        "120",
        "約116\n（暫定）",
        "あと4万人",
        "130",
    ),
    ("2", "観光入込客数", "千人", "1,742", "2,586", "2,700", "2,731\n（暫定）", "達成", "2,900"),
    ("3", "町内宿泊者数", "人泊", "38,410", "45,870", "48,000", "47,215", "あと785人泊", "52,000"),
    ("4", "ふるさと納税の寄附件数", "件", "6,812", "9,450", "10,000", "10,312", "達成", "11,000"),
    ("5", "観光ボランティアガイドの登録者数", "人", "24", "22", "26", "21", "あと5人", "30"),
]


def arita() -> Path:
    wb, ws = _sheet("施策評価", [6, 30, 7, 13, 10, 10, 12, 13, 12])
    _text(ws, 1, 1, "有田町総合計画　施策評価シート（令和6年度実績）", bold=True, size=14)
    _text(ws, 2, 9, "令和7年7月", align="right")
    fields = [
        ("政策（5つの有田力）", "活力", "主管課", "商工観光課"),
        ("施策名", "観光の振興", "関係課", "まちづくり課・財政課"),
        ("施策に係る事業費（R6決算・千円）", "84,320", "町の人口", "18,011人（R6.12.1推計人口）"),
    ]
    r = 4
    for l1, v1, l2, v2 in fields:
        _span(ws, r, 1, 2, l1, header=True)
        _span(ws, r, 3, 5, v1, align="left")
        _span(ws, r, 6, 7, l2, header=True)
        _span(ws, r, 8, 9, v2, align="left")
        ws.row_dimensions[r].height = 20
        r += 1
    _text(ws, 8, 1, "２　成果指標の達成状況", bold=True, size=11)
    heads = [
        "No.",
        "成果指標",
        "単位",
        "基準値\n（R2）",
        "R5実績",
        "R6目標",
        "R6実績",
        "目標達成まで",
        "最終目標\n（R7）",
    ]
    for c, h in enumerate(heads, start=1):
        _put(ws, 9, c, h, header=True)
    ws.row_dimensions[9].height = 30
    r = 10
    for no, name, unit, *vals in AR_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate(vals):
            align = "center" if v.startswith(("―", "あと", "達成")) else "right"
            _put(ws, r, 4 + j, v, align=align)
        ws.row_dimensions[r].height = 30
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※「目標達成まで」は、R6実績とR6目標との差です（R6目標に達した指標は「達成」）。",
            "※（暫定）は、県の観光動態調査の確定前の値です。確定値は次年度のシートで置き換えます。",
            "※有田陶器市は例年4月29日から5月5日まで開催。R2（基準年）は新型コロナウイルスの影響でWeb有田陶器市として開催したため、来場者数はありません。",
            "※関連する主な事業：陶器市開催支援事業（12,500千円）、観光案内所運営事業（8,960千円）ほか6事業。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "arita_shisaku_hyoka_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 肝付町 (鹿児島県肝属郡): 地域再生計画 KPI 実績報告書（令和4年度）
# --------------------------------------------------------------------------------------------

# Real (地域再生計画 肝付町まち・ひと・しごと創生推進事業, furusato-funding.jp/projects/2611): the
# plan's name, 15,664人 (2015年国勢調査), 14,954人 (2020年8月末 住民基本台帳), 出生70人・死亡308人 (2019年).
# Made up: the sheet, date, 課, money, the KPIs and every figure.
KM_YEARS = ["基準（R元）", "R2", "R3", "R4", "R5", "R6"]
KM_KPIS = [
    (
        "KPI①\n移住相談件数（件）",
        [("―", "38"), ("45", "52"), ("50", "61"), ("55", "49"), ("60", "未到来"), ("65", "未到来")],
        ["", "115.6%", "122.0%", "89.1%", "", ""],
        ["", "◎", "◎", "△", "－", "－"],
    ),
    (
        "KPI②\n町内事業所の新規雇用者数（人）",
        [("―", "12"), ("15", "9"), ("18", "17"), ("20", "22"), ("25", "未到来"), ("30", "未到来")],
        ["", "60.0%", "94.4%", "110.0%", "", ""],
        ["", "△", "○", "◎", "－", "－"],
    ),
    (
        "KPI③\n宇宙関連施設の見学者数（人）",
        [
            ("―", "31,400"),
            ("20,000", "8,215"),
            ("25,000", "19,870"),
            ("30,000", "27,640"),
            ("32,000", "未到来"),
            ("34,000", "未到来"),
        ],
        ["", "41.1%", "79.5%", "92.1%", "", ""],
        ["", "△", "△", "○", "－", "－"],
    ),
    (
        "KPI④\n合計特殊出生率",
        [
            ("―", "1.72"),
            ("1.75", "1.69"),
            ("1.78", "1.81"),
            ("1.80", "1.70"),
            ("1.82", "未到来"),
            ("1.85", "未到来"),
        ],
        ["", "96.6%", "101.7%", "94.4%", "", ""],
        ["", "○", "◎", "○", "－", "－"],
    ),
]


def kimotsuki() -> Path:
    wb, ws = _sheet("KPI実績", [30, 13, 12, 12, 11, 8])
    _text(
        ws, 1, 1, "地域再生計画　重要業績評価指標（KPI）実績報告書（令和4年度）", bold=True, size=13
    )
    _text(ws, 2, 6, "令和5年6月　肝付町企画調整課", align="right")
    fields = [
        ("地域再生計画の名称", "肝付町まち・ひと・しごと創生推進事業"),
        ("計画期間", "令和2年4月1日～令和7年3月31日（令和2年度～令和6年度）"),
        ("交付対象事業費（R4・千円）", "31,200"),
        ("町の人口", "14,954人（2020年8月末、住民基本台帳）　2015年国勢調査 15,664人"),
    ]
    r = 4
    for label, value in fields:
        _put(ws, r, 1, label, header=True)
        _span(ws, r, 2, 6, value, align="left")
        ws.row_dimensions[r].height = 18
        r += 1
    _text(ws, 9, 1, "■KPIの年度別実績", bold=True, size=11)
    _text(
        ws,
        10,
        1,
        "【評価】◎：年度の目標値を達成　○：目標値の9割以上　△：目標値の9割未満　－：年度未到来",
        size=9,
    )
    heads = ["重要業績評価指標（KPI）", "年度", "目標値", "実績値", "達成率", "評価"]
    for c, h in enumerate(heads, start=1):
        _put(ws, 11, c, h, header=True)
    ws.row_dimensions[11].height = 22
    r = 12
    for name, pairs, rates, grades in KM_KPIS:
        top = r
        for k, year in enumerate(KM_YEARS):
            _put(ws, r, 1, name if k == 0 else None, valign="center")
            _put(ws, r, 2, year, align="center", fill=LIGHT if k == 0 else None)
            tgt, act = pairs[k]
            _put(ws, r, 3, tgt, align="center" if tgt == "―" else "right")
            _put(ws, r, 4, act, align="center" if act == "未到来" else "right")
            _put(ws, r, 5, rates[k], align="right")
            _put(ws, r, 6, grades[k], align="center")
            ws.row_dimensions[r].height = 16
            r += 1
        _merge(ws, top, 1, r - 1, 1)
    _notes(
        ws,
        r + 1,
        [
            "※基準（R元）の行の実績値は、計画策定時の基準値です。",
            "※達成率＝実績値÷目標値。R5・R6は年度未到来のため実績値はありません。",
            "※KPI③は内之浦宇宙空間観測所等の見学者数。R2・R3は新型コロナウイルスの影響で見学を制限しました。",
            "※町の出生数は70人、死亡数は308人（2019年）で、238人の自然減となっています。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "kimotsuki_kpi_jisseki_r4.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 篠栗町 (福岡県糟屋郡): まち・ひと・しごと創生総合戦略 数値目標・KPIの状況（令和5年度実績）
# --------------------------------------------------------------------------------------------

# Real (町村長随想「篠栗町に生まれて」, zck.or.jp/site/essay/18346; 福岡県だより わがまち通信): the
# town's 39㎢ and 約7割 forest, 糟屋郡 (7町), 博多駅まで快速18分, 篠栗四国八十八ヶ所霊場 and its
# 年間約100万人, the six 森林セラピー courses. Made up: the page, 課, every figure, rank and 評価.
SG_ROWS = [
    (
        "篠栗四国八十八ヶ所霊場の参拝者数",
        "万人",
        "約100",
        "約82",
        "約95",
        "100",
        "改善",
    ),
    ("森林セラピー参加者数", "人", "1,850", "1,420", "2,016", "2,000", "目標達成"),
    (
        "転入超過数",
        "人",
        "85<br>（郡内7町中6位）",
        "42<br>（郡内7町中7位）",
        "96<br>（郡内7町中5位）",
        "100",
        "改善",
    ),
    (
        "住民基本台帳人口",
        "人",
        "31,320<br><small>（R2.3末）</small>",
        "31,050<br><small>（R5.3末）</small>",
        "30,912<br><small>（R5.12末）</small>",
        "31,000を維持",
        "後退",
    ),
]


def sasaguri_html() -> str:
    rows = "\n".join(
        f'<tr><th scope="row" class="l">{name}</th><td class="c">{unit}</td>'
        + "".join(f'<td class="num">{v}</td>' for v in vals)
        + f'<td class="c">{grade}</td></tr>'
        for name, unit, *vals, grade in SG_ROWS
    )
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>まち・ひと・しごと創生総合戦略 数値目標・KPIの状況（令和5年度実績） - 篠栗町</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
th.l {{ text-align: left; background: #fff; font-weight: normal; }}
td.num {{ text-align: right; }}
td.c {{ text-align: center; }}
small {{ font-size: 8pt; }}
</style>
</head>
<body>
<p>ホーム &gt; 町政情報 &gt; 計画・施策 &gt; まち・ひと・しごと創生総合戦略</p>
<h1>篠栗町まち・ひと・しごと創生総合戦略　数値目標・KPIの状況（令和5年度実績）</h1>
<p>更新日：令和6年9月30日　担当：篠栗町企画課</p>
<p>篠栗町は福岡市の東に隣接し、町域39km<sup>2</sup>の約7割を森林が占める町です。JR篠栗線で博多駅まで快速18分の位置にあり、町内に札所のそろう篠栗四国八十八ヶ所霊場には年間約100万人の参拝者が訪れます。町内には6つの森林セラピーコースがあります。</p>
<p>総合戦略の基本目標2に掲げた指標について、令和5年度の実績をお知らせします。評価は令和6年度の目標値に対する状況です。</p>
<h2>基本目標2　篠栗の魅力で新しいひとの流れをつくる</h2>
<table>
<thead>
<tr><th rowspan="2">指標</th><th rowspan="2">単位</th><th rowspan="2">基準値<br>（R元）</th><th colspan="2">実績</th><th rowspan="2">目標値<br>（R6）</th><th rowspan="2">評価</th></tr>
<tr><th>R4</th><th>R5</th></tr>
</thead>
<tbody>
{rows}
</tbody>
</table>
<p>【評価】目標達成：目標値（R6）の水準に達した　改善：基準値より改善したが目標値に届いていない　後退：基準値を下回った</p>
<p>※転入超過数の（　）は、糟屋郡7町の中での順位です（県の人口移動調査による）。</p>
<p>※住民基本台帳人口は、各欄の（　）の時点の人口です。R5欄は令和5年12月末の値です。</p>
<p>※参拝者数は霊場会の推計による概数です。</p>
</body>
</html>
"""


def sasaguri() -> Path:
    path = HERE / "sasaguri_senryaku_kpi_r5.html"
    path.write_bytes(sasaguri_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (satosho, arita, kimotsuki):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {sasaguri().name}")


if __name__ == "__main__":
    main()
