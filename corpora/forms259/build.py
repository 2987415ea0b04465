"""Build the built documents of forms259/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/yoro_kpi_kensho_r5.xlsx``, a 第2期総合戦略 KPI検証シート in the manner of 養老町 (岐阜県):
  label | value form fields (計画期間, 担当課, 目標人口, 交付金事業費), shaded 施策 rows inside the
  grid, **a ``重要度`` column of stars (★★★ = 重点KPI) that weight the KPIs**, a per-row ``基準年``
  column beside ``基準値``, **one ``実績値／目標値（R5）`` column whose cells give the actual first
  (``968／900``)**, a ``目標値の考え方`` column of prose with numbers, an SDGs column of goal numbers
  and a count row ``KPI 5項目のうち…``; and the PDF;
* ``source/heguri_jimujigyo_hyoka_r5.xlsx``, a 事務事業評価シート in the manner of 平群町 (奈良県):
  form fields with a prose 概要, then one grid of R3–R6 columns in which every indicator has a
  ``目標`` / ``実績`` row pair under a 区分 side label (活動指標 / 成果指標), **followed in the same
  grid by 事業費 rows whose pair is ``予算`` / ``決算``**, ``万本`` in 単位 with ``約`` actuals; and the PDF;
* ``source/kamigori_shisaku_hyoka_r5.xlsx``, a 総合計画 施策評価シート in the manner of 上郡町 (兵庫県):
  form fields with the town's figures, **a ``直近値（時点）`` column whose cells carry their own date
  (``386（R5年度）``, ``1,268（R6.4.1）``, ``68.4（R4年度）``)**, **baseline cells whose bracketed year
  overrides the header's (``650（R3）`` under ``基準値（H30）``)**, a relative target
  ``基準値＋5ポイント``, A/B/C grades, and a money table of 事務事業 under it; and the PDF;
* ``oyamazaki_kpi_shinchoku_r5.html``, a 総合戦略 KPI page in the manner of 大山崎町 (京都府):
  **``<th rowspan>`` 施策 cells that carry a ``<small>`` line of the 施策's money**, **headers giving
  the year both ways (``2023年度（R5）``)**, a 担当 column, ``14.0以上``, a ``―`` actual and a
  ``<tfoot>`` money total.

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
    wb.properties.creator = "forms259/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms259/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms259_soffice_") as tmp:
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


def _fields(ws, r, pairs, cols) -> int:
    """Bordered label | value pairs; ``cols`` gives (c1, c2) spans: label, value[, label, value]."""
    for pair in pairs:
        for k, text in enumerate(pair):
            c1, c2 = cols[k]
            _span(ws, r, c1, c2, text, header=k % 2 == 0, align="left" if k % 2 else None)
        ws.row_dimensions[r].height = 20
        r += 1
    return r


# --------------------------------------------------------------------------------------------
# 養老町 (岐阜県養老郡): 第2期まち・ひと・しごと創生養老町総合戦略 KPI検証シート（令和5年度実績）
# --------------------------------------------------------------------------------------------

# Real (town.yoro.gifu.jp/docs/2021041500029/): the strategy's name and period (R3–R7), the 基本目標
# wording, the 目標人口 2030年 23,000人 / 2040年 19,500人. Made up: the sheet, 課, money, every KPI and figure.
YR_GROUPS = [
    (
        "施策（１）観光・交流の推進",
        [
            (
                "1",
                "養老公園の観光入込客数",
                "★★★",
                "千人",
                1052,
                "R元",
                "968／900",
                1100,
                "R元実績の回復を目指し、R5はその9割（約950千人）程度とする",
                "8, 11",
            ),
            (
                "2",
                "観光案内所の利用者数",
                "★",
                "人",
                8420,
                "R元",
                "7,615／8,000",
                9000,
                "年400人程度の増加を見込む",
                "8",
            ),
        ],
    ),
    (
        "施策（２）移住・定住の促進",
        [
            (
                "3",
                "移住相談件数",
                "★★",
                "件",
                36,
                "R2",
                "62／50",
                60,
                "R2実績（36件）の約1.7倍",
                "11",
            ),
            (
                "4",
                "空き家バンク成約件数（累計）",
                "★★",
                "件",
                "―",
                "―",
                "21／25",
                40,
                "年8件×5年間",
                "11",
            ),
            (
                "5",
                "転出超過数の抑制",
                "★★★",
                "人",
                198,
                "H30",
                "143／150",
                120,
                "人口ビジョン（2030年 23,000人）の社会移動の仮定による",
                "11",
            ),
        ],
    ),
]


def yoro() -> Path:
    wb, ws = _sheet("KPI検証", [5, 30, 7, 6, 9, 6, 13, 10, 36, 7])
    _text(
        ws,
        1,
        1,
        "第2期まち・ひと・しごと創生養老町総合戦略　KPI検証シート（令和5年度実績）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 10, "令和6年8月　養老町総合戦略推進会議　資料2", align="right")
    r = _fields(
        ws,
        4,
        [
            ("計画期間", "令和3年度～令和7年度", "担当課", "企画政策課"),
            (
                "目標人口（人口ビジョン改訂版）",
                "2030年 23,000人／2040年 19,500人",
                "交付金事業費（R5決算・千円）",
                "31,560",
            ),
        ],
        [(1, 2), (3, 6), (7, 8), (9, 10)],
    )
    _text(
        ws,
        7,
        1,
        "■基本目標２の重要業績評価指標（KPI）　－地域の魅力を活かしたまちづくりをめざす－",
        bold=True,
        size=11,
    )
    heads = [
        "No.",
        "重要業績評価指標（KPI）",
        "重要度",
        "単位",
        "基準値",
        "基準年",
        "実績値／目標値\n（R5）",
        "目標値\n（R7）",
        "目標値の考え方",
        "関連する\nSDGs",
    ]
    for c, h in enumerate(heads, start=1):
        _put(ws, 8, c, h, header=True)
    ws.row_dimensions[8].height = 30
    r = 9
    for measure, rows in YR_GROUPS:
        _span(ws, r, 1, 10, measure, fill=LIGHT, bold=True)
        ws.row_dimensions[r].height = 18
        r += 1
        for no, name, star, unit, base, year, pair, goal, why, sdgs in rows:
            _put(ws, r, 1, no, align="center")
            _put(ws, r, 2, name)
            _put(ws, r, 3, star, align="center")
            _put(ws, r, 4, unit, align="center")
            _vals(ws, r, 5, [base])
            _put(ws, r, 6, year, align="center")
            _put(ws, r, 7, pair, align="center")
            _vals(ws, r, 8, [goal])
            _put(ws, r, 9, why, size=8)
            _put(ws, r, 10, sdgs, align="center")
            ws.row_dimensions[r].height = 26
            r += 1
    _span(
        ws,
        r,
        1,
        10,
        "KPI 5項目のうち　R5目標値を達成したもの 3項目（No.1、No.3、No.5）",
        fill=LIGHT,
    )
    ws.row_dimensions[r].height = 18
    _notes(
        ws,
        r + 2,
        [
            "※重要度　★★★：重点KPI（推進会議で毎年検証）　★★：準重点KPI　★：その他のKPI",
            "※「実績値／目標値（R5）」欄は、左に令和5年度の実績値、右に令和5年度の目標値を記載しています。",
            "※No.4は戦略策定時に集計していないため基準値を「―」としています。No.5は値が小さいほど良い指標です。",
            "※関連するSDGs欄の数字は、SDGsの17のゴールの番号です。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "yoro_kpi_kensho_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 平群町 (奈良県生駒郡): 令和5年度 事務事業評価シート（平群の小菊ブランド振興事業）
# --------------------------------------------------------------------------------------------

# Real (pref.nara.jp 小ギク page; mykoho.jp 広報へぐり R6.9; nakaoengei.com): 明治末期からの産地, 平成21年の
# 地域団体商標「平群の小菊」, 約85ha, 西和花卉部会 103名 (令和5年), 夏秋期の小菊で日本一, 令和5年度の出荷
# 本数 約4,010万本; 第5次総合計画 (town.heguri.nara.jp). Made up: the sheet, 課, 事業, every other figure.
HG_ROWS = [
    (
        "活動指標",
        [
            ("ア　苗代補助の交付件数", "件", [12, 14, 15, 15], [11, 15, 13, None]),
            ("イ　小菊栽培講習会の開催回数", "回", [4, 4, 4, 4], [4, 3, 5, None]),
        ],
    ),
    (
        "成果指標",
        [
            (
                "ア　小菊の年間出荷本数",
                "万本",
                [4000, 4000, 4000, 4000],
                ["約4,150", "約3,980", "約4,010", None],
            ),
            ("イ　新規栽培者数（累計）", "人", [3, 6, 9, 12], [2, 5, 9, None]),
        ],
    ),
]
HG_COST = [
    ("事業費", "千円", [3200, 3400, 3400, 3600], [2870, 3390, 3150, None]),
    ("うち一般財源", "千円", [1600, 1700, 1700, 1800], [1435, 1695, 1575, None]),
]


def heguri() -> Path:
    wb, ws = _sheet("事務事業評価", [12, 30, 7, 6, 10, 10, 10, 11])
    _text(ws, 1, 1, "令和5年度　事務事業評価シート", bold=True, size=14)
    _text(ws, 2, 8, "令和6年7月作成", align="right")
    cols = [(1, 1), (2, 3), (4, 5), (6, 8)]
    r = _fields(
        ws,
        4,
        [
            ("事務事業名", "平群の小菊ブランド振興事業", "事業番号", "0612"),
            ("担当課", "産業振興課", "担当係", "農林係"),
        ],
        cols,
    )
    r = _fields(
        ws,
        r,
        [
            ("総合計画の位置付け", "第5次平群町総合計画　活力ある産業のまちづくり（農業の振興）"),
            ("事業期間", "平成22年度～（継続）"),
        ],
        [(1, 1), (2, 8)],
    )
    _put(ws, r, 1, "事業の概要", header=True)
    _para(
        ws,
        r,
        2,
        8,
        "明治末期から100年以上続く小菊の産地。平成21年に地域団体商標「平群の小菊」の認定を受けた。栽培面積は約85ha、"
        "西和花卉部会の部会員は103名（令和5年）で、夏秋期の小菊出荷量は日本一の規模。産地の維持と担い手確保のため、"
        "新規・規模拡大の栽培者への苗代補助（1a当たり2万円）と栽培講習会を実施する。",
        40,
        border=True,
    )
    r += 2
    _text(ws, r, 1, "２　指標と事業費の推移", bold=True, size=11)
    r += 1
    for c, h in enumerate(
        ["区分", "指標名", "単位", "", "R3年度", "R4年度", "R5年度", "R6年度\n（計画）"], start=1
    ):
        _put(ws, r, c, h, header=True)
    ws.row_dimensions[r].height = 28
    r += 1
    blocks = [(side, rows, ("目標", "実績")) for side, rows in HG_ROWS] + [
        ("事業費", HG_COST, ("予算", "決算"))
    ]
    for side, rows, words in blocks:
        top = r
        for name, unit, plan, done in rows:
            for k, vals in enumerate((plan, done)):
                if k == 0:
                    _put(ws, r, 2, name)
                    _put(ws, r + 1, 2, None)
                    _merge(ws, r, 2, r + 1, 2)
                    _put(ws, r, 3, unit, align="center")
                    _put(ws, r + 1, 3, None)
                    _merge(ws, r, 3, r + 1, 3)
                _put(ws, r, 4, words[k], align="center")
                for j, v in enumerate(vals):
                    if v is None:
                        _put(ws, r, 5 + j, "", fill=LIGHT)
                    elif isinstance(v, str):
                        _put(ws, r, 5 + j, v, align="right")
                    else:
                        _put(ws, r, 5 + j, v)
                ws.row_dimensions[r].height = 18
                r += 1
        _put(ws, top, 1, side, align="center")
        for rr in range(top + 1, r):
            _put(ws, rr, 1, None)
        _merge(ws, top, 1, r - 1, 1)
    _notes(
        ws,
        r + 1,
        [
            "※R6年度は計画値のみ記載しています（網掛けの欄は実績なし）。事業費の「予算」は当初予算額、「決算」は決算額です。",
            "※出荷本数はJAならけん西和花卉部会の共選出荷の実績で、1万本未満は四捨五入しています。",
        ],
    )
    r += 4
    _text(ws, r, 1, "３　評価", bold=True, size=11)
    r = _fields(
        ws,
        r + 1,
        [
            ("成果の状況", "出荷本数は3年間で2回目標を上回った。新規栽培者はR5までの累計9人。"),
            ("今後の方向性", "継続（苗代補助の上限を1経営体20aまでとする）"),
        ],
        [(1, 1), (2, 8)],
    )
    _page(ws, "portrait")
    path = SOURCE / "heguri_jimujigyo_hyoka_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 上郡町 (兵庫県赤穂郡): 上郡町総合計画 施策評価シート（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (Wikipedia mirrors of 上郡町): area 150.26km², 千種川 (全国名水百選) and the 水の郷, 播磨科学公園都市 and
# 兵庫県立大学 理学部, 白旗城址, the 推計人口 13,079人 (2024-04-01). Made up: the sheet, 施策, 課, every figure.
KG_ROWS = [
    ("1", "観光入込客数", "千人", 412, "386（R5年度）", 450, "B"),
    ("2", "白旗城跡の来訪者数", "人", 5200, "6,850（R5年度）", 6000, "A"),
    ("3", "播磨科学公園都市（町域）の居住人口", "人", 1320, "1,268（R6.4.1）", 1400, "C"),
    ("4", "千種川清掃活動の参加者数（延べ）", "人", "650（R3）", "720（R5年度）", 800, "B"),
    ("5", "来訪者の観光満足度", "％", "62.0（R3）", "68.4（R4年度）", "基準値＋5ポイント", "A"),
]


def kamigori() -> Path:
    wb, ws = _sheet("施策評価", [5, 34, 6, 12, 16, 17, 6])
    _text(ws, 1, 1, "上郡町総合計画　施策評価シート（令和5年度）", bold=True, size=14)
    _text(ws, 2, 7, "令和6年9月", align="right")
    r = _fields(
        ws,
        4,
        [
            ("施策名", "千種川と歴史を活かした交流の推進", "施策番号", "4-2"),
            ("主管課", "産業振興課", "関係課", "社会教育課、住民課"),
        ],
        [(1, 2), (3, 4), (5, 5), (6, 7)],
    )
    _span(ws, r, 1, 2, "町の概況", header=True)
    _para(
        ws,
        r,
        3,
        7,
        "面積150.26km²。町の中央を千種川（全国名水百選）が流れ、町全体が「水の郷」に指定されている。"
        "北東部には播磨科学公園都市（兵庫県立大学理学部）が広がる。推計人口13,079人（令和6年4月1日現在）。",
        36,
        border=True,
    )
    r += 2
    _text(ws, r, 1, "２　成果指標の状況", bold=True, size=11)
    r += 1
    for c, h in enumerate(
        [
            "No.",
            "成果指標",
            "単位",
            "基準値\n（H30）",
            "直近値\n（時点）",
            "目標値\n（R7）",
            "評価",
        ],
        start=1,
    ):
        _put(ws, r, c, h, header=True)
    ws.row_dimensions[r].height = 28
    r += 1
    for no, name, unit, base, latest, goal, grade in KG_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _put(ws, r, 4, base, align="right")
        _put(ws, r, 5, latest, align="right")
        _put(ws, r, 6, goal, align="right")
        _put(ws, r, 7, grade, align="center")
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r,
        [
            "評価　A：順調　B：概ね順調　C：遅れている",
            "※直近値は、指標ごとに把握できる最新の値を、括弧内にその時点を付けて記載しています。",
            "※No.4・No.5は令和4年度の中間見直しで追加した指標のため、基準値は令和3年度（R3）の値です。",
            "※No.5は来訪者アンケート（隔年実施、回答数412件）によります。",
        ],
    )
    r += 5
    _text(ws, r, 1, "３　施策を構成する主な事務事業", bold=True, size=11)
    r += 1
    _put(ws, r, 1, "No.", header=True)
    _span(ws, r, 2, 3, "事務事業名", header=True)
    _span(ws, r, 4, 5, "R5決算額（千円）", header=True)
    _span(ws, r, 6, 7, "担当課", header=True)
    r += 1
    for no, name, money, ka in [
        ("1", "観光振興事業", 8420, "産業振興課"),
        ("2", "白旗城跡保存活用事業", 3150, "社会教育課"),
        ("3", "千種川クリーン作戦推進事業", 1280, "住民課"),
        ("", "計", 12850, ""),
    ]:
        _put(ws, r, 1, no, align="center")
        _span(ws, r, 2, 3, name, align="center" if name == "計" else None)
        _span(ws, r, 4, 5, money)
        _span(ws, r, 6, 7, ka)
        r += 1
    _page(ws, "portrait")
    path = SOURCE / "kamigori_shisaku_hyoka_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 大山崎町 (京都府乙訓郡): 総合戦略 KPIの進捗状況（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (zck.or.jp 町村長随想; Wikipedia; 大山崎町議会 H20 会議録): 5.97km² (府内で最も小さい町), 天王山,
# アサヒグループ大山崎山荘美術館, 国宝の茶室「待庵」, 宝積寺, 16,219人 / 6,722世帯 (2023-09-01 推計), 阪急
# 西山天王山駅 (2013年開業), the 室 names (経済環境室, 健康・児童推進室, 政策推進室). Made up: the page and
# every KPI, figure and note.
OY_GROUPS = [
    (
        "1",
        "天王山周辺の観光・交流の振興",
        "R5事業費 12,480千円",
        [
            ("観光入込客数", "千人", "612", "498", "571", "650", "経済環境室"),
            (
                "町内文化施設の入館者数",
                "人",
                "182,400",
                "151,200",
                "176,830",
                "190,000",
                "生涯学習課",
            ),
            ("観光ボランティアガイドの案内件数", "件", "320", "215", "298", "350", "経済環境室"),
        ],
    ),
    (
        "2",
        "子育て世代の定住促進",
        "R5事業費 48,900千円",
        [
            (
                "年少人口の割合（各年4月1日）",
                "％",
                "14.2",
                "13.8",
                "13.6",
                "14.0以上",
                "政策推進室",
            ),
            ("子育て世帯の転入者数", "人", "186", "201", "―", "220", "健康・児童推進室"),
        ],
    ),
]

OY_HEAD = """<thead>
<tr><th rowspan="2">施策</th><th rowspan="2">重要業績評価指標（KPI）</th><th rowspan="2">単位</th><th rowspan="2">基準値<br>2019年度（R元）</th><th colspan="2">実績値</th><th rowspan="2">目標値<br>2025年度（R7）</th><th rowspan="2">担当</th></tr>
<tr><th>2022年度（R4）</th><th>2023年度（R5）</th></tr>
</thead>"""


def oyamazaki_html() -> str:
    rows = []
    for no, measure, money, inds in OY_GROUPS:
        for k, (name, unit, *vals, ka) in enumerate(inds):
            head = (
                f'<th rowspan="{len(inds)}" class="l">{no}　{measure}<br><small>（{money}）</small></th>'
                if k == 0
                else ""
            )
            cells = "".join(f'<td class="num">{v}</td>' for v in vals)
            rows.append(
                f'<tr>{head}<td>{name}</td><td class="c">{unit}</td>{cells}<td>{ka}</td></tr>'
            )
    body = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>大山崎町まち・ひと・しごと創生総合戦略 KPIの進捗状況（令和5年度） - 大山崎町</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
th.l {{ text-align: left; background: #f2f2f2; }}
td.num {{ text-align: right; }}
td.c {{ text-align: center; }}
small {{ font-weight: normal; }}
</style>
</head>
<body>
<p>ホーム &gt; 町政情報 &gt; 計画・施策 &gt; まち・ひと・しごと創生</p>
<h1>大山崎町まち・ひと・しごと創生総合戦略 KPIの進捗状況（令和5年度）</h1>
<p>更新日：2024年9月20日　政策推進室</p>
<p>大山崎町は面積5.97km<sup>2</sup>と京都府内で最も小さな町で、天王山のふもとにはアサヒグループ大山崎山荘美術館や国宝の茶室「待庵」、宝積寺があります。推計人口は16,219人、6,722世帯（2023年9月1日現在）で、2013年の阪急西山天王山駅の開業以降、駅周辺の人口が増えています。</p>
<p>総合戦略に掲げた重要業績評価指標（KPI）の令和5年度の実績を取りまとめ、総合戦略推進委員会（令和6年8月開催）で報告しました。</p>
<h2>基本目標1　天王山と歴史を活かし、人が集い住み続けたいまちをつくる</h2>
<table>
{OY_HEAD}
<tbody>
{body}
</tbody>
<tfoot>
<tr><th colspan="3">施策の事業費合計（R5決算）</th><td colspan="5" class="num">61,380千円</td></tr>
</tfoot>
</table>
<p>※子育て世帯の転入者数の2023年度実績は集計中のため「―」としています。</p>
<p>※年少人口の割合は住民基本台帳（各年4月1日）による15歳未満の人口の割合です。</p>
</body>
</html>
"""


def oyamazaki() -> Path:
    path = HERE / "oyamazaki_kpi_shinchoku_r5.html"
    path.write_bytes(oyamazaki_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (yoro, heguri, kamigori):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {oyamazaki().name}")


if __name__ == "__main__":
    main()
