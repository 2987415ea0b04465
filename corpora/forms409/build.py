"""Build the documents of forms409/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/miyakojima_senryaku_kensho_r1.xlsx`` and its PDF, a 総合戦略 数値目標・KPI 最終検証 sheet in the
  manner of 宮古島市 (沖縄県): a 基準値 column whose cells start with their own year (``H26：430,550``),
  cells struck through with a diagonal line for years before a KPI was added, and a target ``66万`` in a
  row whose 単位 is ``人``;
* ``kibichuo_senryaku_kpi_h30.xlsx`` (a document itself), a 総合戦略 KPI 実績 workbook in the manner of
  吉備中央町 (岡山県加賀郡): no 単位 column, the units only in the cells' number formats
  (``#,##0"件"``), negatives shown ``△`` by the format, and one unitless rate;
* ``source/nankan_jimujigyo_hyoka_r5.xlsx`` and its PDF, a 事務事業評価シート in the manner of 南関町
  (熊本県玉名郡): 計画 / 実績 pairs per year, and rate cells that carry their count and base in
  brackets (``61.2（115/188）``);
* ``uchiko_sogo_seika_r5.html``, a 総合計画 成果指標 page in the manner of 内子町 (愛媛県喜多郡): a target
  revised with the old value struck through (``<del>``) and a 備考 that makes one R5 actual a 見込.

The PDF steps are skipped, with a message, when ``soffice`` is not installed.
These are re-typed forms of other municipalities, not their own files (README.md, SOURCES.tsv).
The XLSX and HTML files are byte-stable (fixed document dates, zip members with a fixed timestamp).
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
FONT = "IPAexGothic"
FIXED = dt.datetime(2026, 12, 7, 0, 0, 0)
STAMP = (2026, 12, 7, 0, 0, 0)


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms409/build.py"
    wb.properties.lastModifiedBy = "forms409/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    ws = wb.active
    ws.title = title
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    return wb, ws


def _put(ws, row, col, value, header=False, fmt=None, align=None, size=9, bold=False, fill=None):
    """A bordered cell; numbers stay numbers and get a number format."""
    cell = ws.cell(row=row, column=col, value=None if value == "" else value)
    cell.border = BORDER
    cell.font = Font(name=FONT, size=size, bold=bold)
    if header:
        cell.fill = SHADE
        cell.alignment = Alignment(horizontal=align or "center", vertical="center", wrap_text=True)
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        cell.alignment = Alignment(horizontal=align or "right", vertical="center")
        cell.number_format = fmt or ("#,##0" if isinstance(value, int) else "#,##0.0")
    else:
        cell.alignment = Alignment(horizontal=align or "left", vertical="center", wrap_text=True)
    if fill is not None:
        cell.fill = fill
    return cell


def _merge(ws, r1: int, c1: int, r2: int, c2: int) -> None:
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            ws.cell(row=r, column=c).border = BORDER
    ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)


def _span(ws, row, c1, c2, value, header=False, **kw):
    cell = _put(ws, row, c1, value, header=header, **kw)
    for c in range(c1 + 1, c2 + 1):
        _put(ws, row, c, None, header=header, fill=kw.get("fill"))
    if c2 > c1:
        _merge(ws, row, c1, row, c2)
    return cell


def _down(ws, r1, r2, col, value, header=False, **kw):
    cell = _put(ws, r1, col, value, header=header, **kw)
    for r in range(r1 + 1, r2 + 1):
        _put(ws, r, col, None, header=header, fill=kw.get("fill"))
    if r2 > r1:
        _merge(ws, r1, col, r2, col)
    return cell


def _text(ws, row, col, value, bold=False, size=9, align=None):
    cell = ws.cell(row=row, column=col, value=value)
    cell.font = Font(name=FONT, size=size, bold=bold)
    cell.alignment = Alignment(horizontal=align or "left", vertical="center")
    return cell


def _field(ws, row, label, value, last_col, height=None):
    _span(ws, row, 1, 2, label, header=True)
    cell = _span(ws, row, 3, last_col, value)
    if height:
        cell.alignment = Alignment(horizontal="left", vertical="top", wrap_text=True)
        ws.row_dimensions[row].height = height


def _page(ws, orientation: str, area: str) -> None:
    ws.page_setup.orientation = orientation
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.print_area = area
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.6


def _save(wb, path: Path) -> None:
    """Save, then rewrite the zip with fixed member dates (byte-stable output)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    with zipfile.ZipFile(path) as zin:
        members = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in members:
            if name == "docProps/core.xml":
                data = re.sub(
                    rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                    rb"\g<1>2026-12-07T00:00:00Z\g<2>",
                    data,
                )
            info = zipfile.ZipInfo(name, date_time=STAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, data)


def to_pdf(xlsx: Path) -> None:
    """Convert a source XLSX to a PDF next to build.py (LibreOffice headless)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        print(f"soffice not found: {xlsx.with_suffix('.pdf').name} not rebuilt")
        return
    with tempfile.TemporaryDirectory(prefix="forms409_soffice_") as tmp:
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
# うるま市 (沖縄県): 令和5年度 地方創生推進交付金事業 効果検証シート
# Real: the 2005 merger of 具志川市・石川市・勝連町・与那城町, about 12万人 (県内3番目), the 海中道路 and the
# five islands, 勝連城跡 (2000年 世界遺産). Made up: plan, project, period, 課, money, every value.
# --------------------------------------------------------------------------------------------

URUMA_KPI = [
    (1, "島しょ地域の観光交流施設利用者数", "千人", 182.0, 190.4, 221.7, 248.3, 240.0, "達成"),
    (2, "島しょ地域における新規雇用者数", "人", 0, 4, 9, 7, 10, "未達成"),
    (3, "島しょ地域への移住者数", "人", 3, 5, 6, "８", 8, "達成"),
    (4, "交流拠点における地域産品の売上額", "千円", 12400, 13850, 15920, 17300, 18000, "未達成"),
]

URUMA_OUT = [
    ("体験プログラムの実施回数", "回", 24, 38, 41, ""),
    ("移住相談件数（窓口）", "件", 31, 45, 52, "市役所・与那城庁舎"),
    ("移住相談件数（オンライン）", "件", 12, 28, 33, "R3.10開始"),
]


DIAG = Border(left=THIN, right=THIN, top=THIN, bottom=THIN, diagonal=THIN, diagonalUp=True)

# --------------------------------------------------------------------------------------------
# 宮古島市 (沖縄県): まち・ひと・しごと創生総合戦略 数値目標・KPIの最終検証
# Real: the strategy's name, its period (2015–2019), 基本目標② wording, 入域観光客数 430,550人 (H26) and the
# 66万人 goal, the 2005 merger of five municipalities, six islands, 204.54km², the 伊良部大橋 (3,540m,
# 2015-01-31), 54,476人 (2015-01-01). Made up: 課, the sheet, every other value.
# --------------------------------------------------------------------------------------------

MIYAKO_ROWS = [
    (
        "数値目標",
        "入域観光客数",
        "人",
        "H26：430,550",
        [513601, 703055, 987677, 1143031, 1065703],
        "66万",
        "達成",
    ),
    (
        "数値目標",
        "社会増減数（転入－転出）",
        "人",
        "H26：△71",
        [-88, -52, 12, -25, -40],
        0,
        "未達成",
    ),
    ("KPI①", "クルーズ船寄港回数", "回", "H26：29", [85, 130, 147, 143, 147], 100, "達成"),
    ("KPI②", "移住相談件数", "件", "H26：38", [45, 52, 61, 70, 84], 100, "未達成"),
    (
        "KPI③",
        "体験型観光プログラム参加者数",
        "人",
        "H29：1,850",
        [None, None, 1850, 2310, 2540],
        3000,
        "未達成",
    ),
]


def miyakojima() -> Path:
    wb, ws = _sheet("最終検証", [9, 30, 6, 14, 11, 11, 11, 11, 11, 12, 9])
    ws.merge_cells("A1:K1")
    _text(
        ws,
        1,
        1,
        "宮古島市まち・ひと・しごと創生総合戦略　数値目標・重要業績評価指標（ＫＰＩ）の最終検証",
        bold=True,
        size=14,
        align="center",
    )
    ws.row_dimensions[1].height = 26
    ws.merge_cells("A2:K2")
    _text(ws, 2, 1, "令和2年9月　宮古島市 企画政策課", align="right")
    _field(ws, 4, "戦略の名称", "宮古島市まち・ひと・しごと創生総合戦略", 11)
    _field(ws, 5, "計画期間", "平成27年度～令和元年度（5年間）", 11)
    _field(ws, 6, "担当課", "企画政策課", 11)
    _field(
        ws,
        7,
        "市の概要",
        "平成17年10月1日に平良市・城辺町・下地町・上野村・伊良部町の5市町村が合併して誕生。宮古島、池間島、大神島、来間島、伊良部島、下地島の6つの島からなり、面積は204.54km²。"
        "平成27年1月31日に全長3,540ｍの伊良部大橋が開通した。人口は54,476人（平成27年1月1日現在）。",
        11,
        height=40,
    )
    _text(ws, 9, 1, "■基本目標２　多彩な交流により「ひと」を呼び込む", bold=True, size=11)
    ws.row_dimensions[9].height = 20
    _down(ws, 10, 11, 1, "区分", header=True)
    _down(ws, 10, 11, 2, "指標", header=True)
    _down(ws, 10, 11, 3, "単位", header=True)
    _down(ws, 10, 11, 4, "基準値", header=True)
    _span(ws, 10, 5, 9, "実績値", header=True)
    for c, y in zip(range(5, 10), ["H27", "H28", "H29", "H30", "R元"]):
        _put(ws, 11, c, y, header=True)
    _down(ws, 10, 11, 10, "目標値（R元）", header=True)
    _down(ws, 10, 11, 11, "達成状況", header=True)
    row = 12
    _down(ws, row, row + 1, 1, "数値目標", align="center")
    for kubun, name, unit, base, acts, tgt, status in MIYAKO_ROWS:
        if kubun != "数値目標":
            _put(ws, row, 1, kubun, align="center")
        _put(ws, row, 2, name)
        _put(ws, row, 3, unit, align="center")
        _put(ws, row, 4, base, align="right")
        neg = '#,##0;"△"#,##0'
        for c, v in zip(range(5, 10), acts):
            cell = _put(ws, row, c, v, fmt=neg)
            if v is None:
                cell.border = DIAG
        _put(ws, row, 10, tgt, fmt=neg, align="right")
        _put(ws, row, 11, status, align="center")
        ws.row_dimensions[row].height = 20
        row += 1
    notes = [
        "※1　基準値欄は「年度：値」で記載しています（基準とした年度は指標により異なります）。",
        "※2　KPI③は平成29年度の戦略改訂で追加した指標のため、H27・H28欄は斜線としています。",
        "※3　社会増減数の「△」は転出超過を表します。達成状況は、R元の実績値と目標値（R元）を比較したものです。",
    ]
    for i, note in enumerate(notes):
        ws.merge_cells(start_row=row + 1 + i, start_column=1, end_row=row + 1 + i, end_column=11)
        _text(ws, row + 1 + i, 1, note, size=8)
    _page(ws, "landscape", f"A1:K{row + len(notes)}")
    path = SOURCE / "miyakojima_senryaku_kensho_r1.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 吉備中央町 (岡山県加賀郡): まち・ひと・しごと創生総合戦略 KPIの実績（平成30年度）
# Real: the strategy's name, its 策定 (平成27年12月), five years, 企画課, the 2004 merger of 賀陽町 and 加茂川町,
# 268.78km², 12,154人 (2014-08-01), the 吉備高原都市, 標高200～697m. Made up: the sheet, 基本目標 wording,
# every KPI and value.
# --------------------------------------------------------------------------------------------

KIBI_GOALS = [
    (
        "基本目標１　しごとをつくり、安心して働けるようにする",
        [
            (1, "吉備高原都市への企業立地件数", '0"件"', 1, [0, 2, 1, 2], 2, 2),
            (2, "新規就農者数", '0"人"', 3, [4, 6, 5, 4], 5, 5),
        ],
    ),
    (
        "基本目標２　新しいひとの流れをつくる",
        [
            (3, "社会増減数", '#,##0"人";"△"#,##0"人"', -88, [-95, -61, -72, -54], 0, 0),
            (4, "移住相談件数", '#,##0"件"', 42, [58, 76, 103, 121], 100, 120),
        ],
    ),
    (
        "基本目標３　若い世代の結婚・出産・子育ての希望をかなえる",
        [
            (5, "出生数", '0"人"', 78, [72, 69, 65, 61], 80, 80),
            (6, "合計特殊出生率", "0.00", 1.52, [1.49, 1.55, 1.47, 1.41], 1.6, 1.65),
        ],
    ),
]


def kibichuo() -> Path:
    wb, ws = _sheet("KPI実績", [20, 5, 30, 11, 9, 9, 9, 9, 10, 11])
    ws.merge_cells("A1:J1")
    _text(
        ws,
        1,
        1,
        "吉備中央町まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の実績（平成30年度）",
        bold=True,
        size=13,
        align="center",
    )
    ws.row_dimensions[1].height = 24
    ws.merge_cells("A2:J2")
    _text(ws, 2, 1, "令和元年8月　吉備中央町 企画課", align="right")
    _field(ws, 4, "戦略の名称", "吉備中央町まち・ひと・しごと創生総合戦略（平成27年12月策定）", 10)
    _field(ws, 5, "計画期間", "平成27年度～平成31年度（5か年）", 10)
    _field(ws, 6, "担当課", "企画課", 10)
    _field(
        ws,
        7,
        "町の概要",
        "平成16年10月1日に賀陽町と加茂川町が合併して誕生。面積268.78km²、町全域が標高200～697ｍの吉備高原にあり、町の中南部では吉備高原都市の整備が進められている。人口12,154人（平成26年8月1日推計）。",
        10,
        height=40,
    )
    _text(ws, 9, 1, "■重要業績評価指標（KPI）の実績", bold=True, size=11)
    _down(ws, 10, 11, 1, "基本目標", header=True)
    _down(ws, 10, 11, 2, "No.", header=True)
    _down(ws, 10, 11, 3, "重要業績評価指標（KPI）", header=True)
    _down(ws, 10, 11, 4, "基準値（H26）", header=True)
    _span(ws, 10, 5, 8, "実績値", header=True)
    for c, y in zip(range(5, 9), ["H27", "H28", "H29", "H30"]):
        _put(ws, 11, c, y, header=True)
    _down(ws, 10, 11, 9, "H30目標", header=True)
    _down(ws, 10, 11, 10, "最終目標（H31）", header=True)
    row = 12
    for goal, kpis in KIBI_GOALS:
        _down(ws, row, row + len(kpis) - 1, 1, goal)
        for no, name, fmt, base, acts, tgt, final in kpis:
            _put(ws, row, 2, no, align="center", fmt="0")
            _put(ws, row, 3, name)
            for c, v in zip(range(4, 11), [base, *acts, tgt, final]):
                _put(ws, row, c, v, fmt=fmt)
            ws.row_dimensions[row].height = 22
            row += 1
    notes = [
        "※社会増減数の「△」は転出超過（マイナス）を表します。",
        "※出典：住民基本台帳、岡山県衛生統計年報、町調べ",
    ]
    for i, note in enumerate(notes):
        ws.merge_cells(start_row=row + i, start_column=1, end_row=row + i, end_column=10)
        _text(ws, row + i, 1, note, size=8)
    _page(ws, "landscape", f"A1:J{row + len(notes) - 1}")
    path = HERE / "kibichuo_senryaku_kpi_h30.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 南関町 (熊本県玉名郡): 事務事業評価シート（令和5年度実施事業）
# Real: 南関町まち・ひと・しごと創生推進計画 and its 基本目標4 with the 元気づくりシステム（南関モデル）, the town's
# position, 68.92km², 8,979人 (2020), 南関そうめん, 南関あげ, 小代焼. Made up: the 事業 as a sheet, 課, period,
# every indicator and value.
# --------------------------------------------------------------------------------------------

NANKAN_ROWS = [
    ("活動指標", "ア", "元気クラブ開催回数", "回", [144, 98, 144, 138, 144, 144, 144]),
    ("活動指標", "イ", "元気づくりサポーター養成講座受講者数", "人", [20, 12, 20, 18, 20, 23, 25]),
    ("成果指標", "ウ", "元気クラブ参加者数（実人数）", "人", [200, 156, 200, 171, 200, 188, 220]),
    (
        "成果指標",
        "エ",
        "体力測定で改善がみられた参加者の割合",
        "％",
        [60.0, "52.6（82/156）", 60.0, "57.3（98/171）", 60.0, "61.2（115/188）", 65.0],
    ),
]


def nankan() -> Path:
    wb, ws = _sheet("評価シート", [7, 4, 26, 6, 7, 14, 7, 14, 7, 14, 7])
    ws.merge_cells("A1:K1")
    _text(
        ws,
        1,
        1,
        "令和６年度　事務事業評価シート（令和５年度実施事業）",
        bold=True,
        size=14,
        align="center",
    )
    ws.row_dimensions[1].height = 26
    ws.merge_cells("A2:K2")
    _text(ws, 2, 1, "令和6年8月　南関町", align="right")
    _text(ws, 4, 1, "１　事業の概要", bold=True, size=11)
    _field(ws, 5, "事務事業名", "元気づくりシステム推進事業", 11)
    _field(ws, 6, "担当課", "福祉課", 11)
    _field(
        ws,
        7,
        "総合計画上の位置付け",
        "南関町まち・ひと・しごと創生推進計画　基本目標４　誇りを持ち元気に暮らし続けられる地域を創る",
        11,
        height=28,
    )
    _field(ws, 8, "事業期間", "平成28年度～（継続）", 11)
    _field(
        ws,
        9,
        "事業の目的・内容",
        "元気づくりシステム（南関モデル）により、65歳以上の町民が生涯現役で活躍できる地域づくりを進める。町内12地区の公民館で「元気クラブ」を月1回開催し、年2回の体力測定で効果を確かめる。",
        11,
        height=44,
    )
    _field(
        ws,
        10,
        "町の概況",
        "熊本県の北西端に位置し、福岡県大牟田市に接する。面積68.92km²、人口8,979人（令和2年国勢調査）。南関そうめん・南関あげ、小代焼の里。",
        11,
        height=30,
    )
    ws.row_dimensions[5].height = ws.row_dimensions[6].height = ws.row_dimensions[8].height = 18
    _text(ws, 12, 1, "２　活動指標・成果指標", bold=True, size=11)
    _down(ws, 13, 14, 1, "区分", header=True)
    _span(ws, 13, 2, 3, "指標名", header=True)
    _span(ws, 14, 2, 3, None, header=True)
    _merge(ws, 13, 2, 14, 3)
    _down(ws, 13, 14, 4, "単位", header=True)
    for c, y in zip([5, 7, 9], ["R3年度", "R4年度", "R5年度"]):
        _span(ws, 13, c, c + 1, y, header=True)
        _put(ws, 14, c, "計画", header=True)
        _put(ws, 14, c + 1, "実績", header=True)
    _put(ws, 13, 11, "R6年度", header=True)
    _put(ws, 14, 11, "計画", header=True)
    row = 15
    for kubun, start, stop in [("活動指標", 0, 2), ("成果指標", 2, 4)]:
        _down(ws, row + start, row + stop - 1, 1, kubun, align="center")
    for i, (_, label, name, unit, vals) in enumerate(NANKAN_ROWS):
        r = row + i
        _put(ws, r, 2, label, align="center")
        _put(ws, r, 3, name)
        _put(ws, r, 4, unit, align="center")
        for c, v in zip(range(5, 12), vals):
            _put(ws, r, c, v, align="right")
        ws.row_dimensions[r].height = 24
    row += len(NANKAN_ROWS)
    notes = [
        "※エの（　）内は、体力測定で改善がみられた人数／体力測定を受けた参加者数（人）。",
        "※R3年度は新型コロナウイルス感染症の影響により、元気クラブを一部休止した。",
    ]
    for i, note in enumerate(notes):
        ws.merge_cells(start_row=row + i, start_column=1, end_row=row + i, end_column=11)
        _text(ws, row + i, 1, note, size=8)
    row += len(notes) + 1
    _text(ws, row, 1, "３　評価", bold=True, size=11)
    _field(ws, row + 1, "総合評価", "B（概ね順調）", 11)
    _field(
        ws,
        row + 2,
        "評価の理由",
        "開催回数は計画どおりに回復し、改善がみられた参加者の割合も計画を上回ったが、参加者数（実人数）は計画に届いていない。R6年度は新たに2地区で開催を予定している。",
        11,
        height=40,
    )
    ws.row_dimensions[row + 1].height = 18
    _page(ws, "portrait", f"A1:K{row + 2}")
    path = SOURCE / "nankan_jimujigyo_hyoka_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 内子町 (愛媛県喜多郡): 第2期内子町総合計画 後期基本計画 成果指標の達成状況（令和5年度実績）
# Real: the plan, its period (平成27年度～令和6年度) and 将来像, the 2005 merger of three towns, 299.43km², 約8割
# 山林, 14,589人, fruit growing. Made up: the page, 課, 施策 numbers, every indicator and value.
# --------------------------------------------------------------------------------------------

UCHIKO_GROUPS = [
    (
        "1-1",
        "農林業の振興",
        [
            (
                1,
                "直売所における内子産農産物の販売額",
                "千円",
                "1,085,200",
                "1,052,300",
                "1,101,800",
                "1,126,400",
                "1,150,000",
                "",
            ),
            (2, "新規就農者数（年間）", "人", "6", "4", "7", "5", "8", ""),
        ],
    ),
    (
        "2-3",
        "着地型観光の推進",
        [
            (
                3,
                "観光入込客数",
                "千人",
                "1,012",
                "612",
                "798",
                "925",
                "<del>1,100</del><br>1,000",
                "目標値は令和4年度に見直しました（1,100千人→1,000千人）。",
            ),
            (
                4,
                "農家民泊の宿泊者数",
                "人",
                "2,150",
                "320",
                "880",
                "1,460",
                "2,500",
                "R5は令和6年3月末時点の見込値です。",
            ),
            (5, "外国人観光客の宿泊者数", "人", "3,800", "95", "1,020", "2,870", "4,000", ""),
        ],
    ),
]


def uchiko_html() -> str:
    out = [
        "<!DOCTYPE html>",
        '<html lang="ja">',
        "<head>",
        '<meta charset="utf-8">',
        "<title>第2期内子町総合計画 後期基本計画 成果指標の達成状況（令和5年度実績）｜内子町</title>",
        "</head>",
        "<body>",
        '<nav aria-label="パンくずリスト"><ol>',
        '<li><a href="/">ホーム</a></li>',
        '<li><a href="/site/gyosei/">町政情報</a></li>',
        '<li><a href="/site/gyosei/keikaku/">計画・施策</a></li>',
        "<li>成果指標の達成状況（令和5年度実績）</li>",
        "</ol></nav>",
        "<main>",
        "<h1>第２期内子町総合計画　後期基本計画　成果指標の達成状況（令和５年度実績）</h1>",
        '<p class="date">更新日：2024年10月1日　担当：総務課 政策調整班</p>',
        "<p>内子町は愛媛県のほぼ中央に位置し、平成17年1月1日に旧内子町・旧五十崎町・旧小田町の3町が合併して誕生しました。面積は299.43km²で、その約8割を山林が占めています。人口は14,589人です。</p>",
        "<p>第2期内子町総合計画（平成27年度～令和6年度）は、将来像「町並み、村並み、山並みが美しい　持続的に発展するまち」の実現をめざす10年間の計画です。後期基本計画では施策ごとに成果指標を定め、毎年度その達成状況を確認しています。</p>",
        "<h2>成果指標の達成状況</h2>",
        "<table>",
        "<thead>",
        "<tr>"
        '<th rowspan="2">施策</th><th rowspan="2">No.</th><th rowspan="2">成果指標</th><th rowspan="2">単位</th>'
        '<th rowspan="2">策定時<br>（H30）</th><th colspan="3">実績値</th><th rowspan="2">目標値<br>（R6）</th><th rowspan="2">備考</th>'
        "</tr>",
        "<tr><th>R3年度</th><th>R4年度</th><th>R5年度</th></tr>",
        "</thead>",
        "<tbody>",
    ]
    for no, name, rows in UCHIKO_GROUPS:
        for i, (n, ind, unit, base, a3, a4, a5, tgt, note) in enumerate(rows):
            cells = []
            if i == 0:
                cells.append(f'<th scope="rowgroup" rowspan="{len(rows)}">{no}　{name}</th>')
            cells.append(f"<td>{n}</td>")
            cells.append(f'<th scope="row">{ind}</th>')
            cells.append(f"<td>{unit}</td>")
            cells.extend(f"<td>{v}</td>" for v in (base, a3, a4, a5, tgt, note))
            out.append("<tr>" + "".join(cells) + "</tr>")
    out.extend(
        [
            "</tbody>",
            "</table>",
            '<p class="note">※取り消し線の数値は見直し前の目標値です。</p>',
            "</main>",
            "<footer><p>内子町役場 総務課 政策調整班　〒795-0392　愛媛県喜多郡内子町平岡甲168番地</p></footer>",
            "</body>",
            "</html>",
            "",
        ]
    )
    return "\n".join(out)


def uchiko() -> Path:
    path = HERE / "uchiko_sogo_seika_r5.html"
    path.write_bytes(uchiko_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (miyakojima, nankan):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {kibichuo().name}")
    print(f"wrote {uchiko().name}")


if __name__ == "__main__":
    main()
