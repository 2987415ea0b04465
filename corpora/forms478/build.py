"""Build the documents of forms478/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/misato_kodo_koki_tassei_r3.xlsx``, a 総合計画 行動計画（後期） 目標指標の達成状況 in the manner of
  美郷町 (秋田県): group rows ``目標1　…`` spanning the grid, a target headed ``目標値（H33）`` (令和3年度),
  an ``R3（見込）`` column, a rank indicator with the target ``10位以内``, ``ヵ所`` and ``千人``; and the PDF;
* ``source/otobe_senryaku_kensho_r1.xlsx``, a 総合戦略 効果検証シート in the manner of 乙部町 (北海道):
  **two grids of two shapes on one sheet** (数値目標 with units and ``累計`` inside the cells; KPI with
  units in the names' brackets, ``百万円``, ``延べ`` cells, a ``H31（R1）実績`` head, ``840※`` with a
  速報値 note, ○/× 判定); and the PDF;
* ``source/nakajima_jimujigyo_r6.xlsx``, a 事務事業評価シート in the manner of 中島村 (福島県): a money
  grid (no records), then a grid ``区分 | 指標名 | 単位 | R3実績 | R4実績 | R5 (目標 | 実績) | R6目標 |
  最終目標（R7）`` with a merged 区分 (活動指標 / 成果指標) and **a target cell ``12（当初10）``**; and the PDF;
* ``imabetsu_saisei_kpi_r5.html``, a 地域再生計画 KPI page in the manner of 今別町 (青森県): **a years-down
  table whose year ``<th rowspan="2">`` stands over a ``目標`` row and a ``実績`` row**, and **a
  ``<tfoot>`` row of three-year sums** that is no period's value.

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
FONT = "IPAGothic"
FIXED = dt.datetime(2026, 12, 5, 0, 0, 0)


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms478/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms478/build.py"
    ws = wb.active
    ws.title = title
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    return wb, ws


def _put(ws, row, col, value, header=False, fmt=None, align=None, size=9, bold=False, fill=None):
    """A bordered cell. Numbers stay numbers, with a number format."""
    cell = ws.cell(row=row, column=col, value=None if value == "" else value)
    cell.border = BORDER
    cell.font = Font(name=FONT, size=size, bold=bold)
    if header:
        cell.fill = SHADE
        cell.alignment = Alignment(horizontal=align or "center", vertical="center", wrap_text=True)
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        cell.alignment = Alignment(horizontal=align or "right", vertical="center")
        cell.number_format = fmt or ("#,##0" if isinstance(value, int) else "0.0")
    else:
        cell.alignment = Alignment(horizontal=align or "left", vertical="center", wrap_text=True)
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
        _put(ws, row, c, None, header=header, fill=kw.get("fill"))
    if c2 > c1:
        _merge(ws, row, c1, row, c2)
    return cell


def _text(ws, row, col, value, bold=False, size=9, align=None):
    """A borderless text cell (titles, headings, notes)."""
    cell = ws.cell(row=row, column=col, value=value)
    cell.font = Font(name=FONT, size=size, bold=bold)
    cell.alignment = Alignment(horizontal=align or "left", vertical="center")
    return cell


def _field(ws, row, label, value, c2, height=18):
    """A form field: a shaded label in column 1..2, its value merged over 3..c2."""
    _span(ws, row, 1, 2, label, header=True)
    _span(ws, row, 3, c2, value)
    ws.row_dimensions[row].height = height


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
    ws.row_dimensions[h].height = 20
    ws.row_dimensions[h + 1].height = 20


def _vals(ws, r, c0, vals) -> None:
    for j, v in enumerate(vals):
        fmt = "#,##0.0" if isinstance(v, float) else None
        _put(ws, r, c0 + j, v, align="center" if v in ("－", "") else "right", fmt=fmt)


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
    with tempfile.TemporaryDirectory(prefix="forms478_soffice_") as tmp:
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


def _fld(ws, row, label, value, lab, val, height=18):
    _span(ws, row, lab[0], lab[1], label, header=True)
    _span(ws, row, val[0], val[1], value)
    ws.row_dimensions[row].height = height


# --------------------------------------------------------------------------------------------
# 美郷町 (秋田県仙北郡): 第2次美郷町総合計画 行動計画（後期） 目標指標の達成状況（令和3年度評価）
# --------------------------------------------------------------------------------------------

# Real (town.misato.akita.jp, kotobank, ota city): the plan's name, its periods (H27～H33, 後期 H30～H33),
# 将来像, the first two of the 8つの目標, the 2004 merger, 168.32km², 18,613人 (2020), 六郷湧水群 and
# ラベンダー. Made up: 企画財政課, the sheet and every indicator, figure and note.
MI_GROUPS = [
    (
        "目標1　生活がうるおう―快適さを実感できるまち",
        [
            ("1", "町営住宅の入居率", "％", 92.5, 93.1, 94.0, 91.8, 92.6, 95.0, "未達成"),
            (
                "2",
                "県内市町村の人口減少率の順位（減少率の小さい方から）",
                "位",
                12,
                11,
                9,
                10,
                8,
                "10位以内",
                "達成",
            ),
            ("3", "空き家バンクの登録件数（累計）", "件", 18, 24, 31, 37, 45, 50, "未達成"),
        ],
    ),
    (
        "目標2　自然がかがやく―豊かな環境がひろがるまち",
        [
            ("4", "六郷湧水群の水質基準適合箇所数", "ヵ所", 14, 14, 14, 13, 14, 14, "達成"),
            ("5", "ラベンダー園の来場者数", "千人", 48.2, 51.0, 46.3, "―", 35.5, 55.0, "未達成"),
        ],
    ),
]


def misato() -> Path:
    wb, ws = _sheet("達成状況", [6, 40, 7, 11, 9, 9, 9, 10, 11, 10])
    _text(
        ws,
        1,
        1,
        "第2次美郷町総合計画 行動計画（後期）　目標指標の達成状況（令和３年度評価）",
        bold=True,
        size=14,
    )
    _text(ws, 2, 10, "令和4年3月　美郷町", align="right")
    _text(ws, 3, 1, "１　計画の概要", bold=True, size=11)
    _fld(ws, 4, "計画の名称", "第2次美郷町総合計画 行動計画（後期）", (1, 2), (3, 10))
    _fld(
        ws,
        5,
        "計画期間",
        "基本構想　平成27年度～平成33年度（7年間）／行動計画（後期）　平成30年度～平成33年度（4年間）",
        (1, 2),
        (3, 10),
    )
    _fld(ws, 6, "将来像", "いやしの郷・にぎわいの町　豊かさを実感できるまち 美郷", (1, 2), (3, 10))
    _fld(ws, 7, "担当課", "企画財政課", (1, 2), (3, 10))
    _fld(
        ws,
        8,
        "町の概要",
        "平成16年11月1日に千畑町・六郷町・仙南村の2町1村が合併して発足した（県内の「平成の大合併」第1号）。面積168.32km²、人口18,613人（令和2年国勢調査）。町内には清水（しみず）が100か所以上あり、六郷湧水群は「名水百選」に選ばれている。",
        (1, 2),
        (3, 10),
        height=34,
    )
    _text(ws, 10, 1, "２　目標指標の達成状況", bold=True, size=11)
    h = 11
    _head2(
        ws,
        h,
        [
            (1, "No."),
            (2, "目標指標"),
            (3, "単位"),
            (4, "策定時（H28）"),
            (9, "目標値（H33）"),
            (10, "達成状況"),
        ],
        [(5, 8, "実績値", ["H30", "R1", "R2", "R3（見込）"])],
    )
    r = h + 2
    for title, rows in MI_GROUPS:
        _span(ws, r, 1, 10, title, bold=True, fill=LIGHT)
        ws.row_dimensions[r].height = 18
        r += 1
        for no, name, unit, *vals, status in rows:
            _put(ws, r, 1, no, align="center")
            _put(ws, r, 2, name)
            _put(ws, r, 3, unit, align="center")
            _vals(ws, r, 4, vals)
            if isinstance(vals[-1], str):
                ws.cell(row=r, column=9).alignment = Alignment(
                    horizontal="right", vertical="center"
                )
            _put(ws, r, 10, status, align="center")
            ws.row_dimensions[r].height = 20
            r += 1
    _notes(
        ws,
        r + 1,
        [
            "※「目標値（H33）」は行動計画（後期）の最終年度である令和3年度の目標値です（計画策定時の元号で表記しています）。",
            "※R3の実績は令和4年2月末時点の見込値です。No.2は順位の数字が小さいほど人口減少率が小さいことを表します。",
            "※No.5のR2は新型コロナウイルス感染症の影響でラベンダー園を開園しなかったため、実績はありません。",
            "※達成状況は、R3（見込）と目標値（H33）を比べたものです。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "misato_kodo_koki_tassei_r3.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 乙部町 (北海道爾志郡): 乙部町まち・ひと・しごと創生総合戦略 効果検証シート（令和元年度）
# --------------------------------------------------------------------------------------------

# Real (paperzz: the strategy itself; Wikipedia, jimaryoko.xyz): the strategy's name and date (平成28年3月), its
# four 基本戦略's wording for 1 and 2, 162.59km², 81% 山林, 3,648人 (2019-09-30), イカ・サクラマス・スケトウダラ,
# 黒千石大豆. Made up: the period's wording, 政策推進課, the sheet and every indicator, figure and note.
OT_GOALS = [
    (
        "１　乙部町において安定した雇用を創出する",
        "町内新規就業者数（5年間累計）",
        "12人",
        "累計60人",
        "累計41人",
        "累計52人",
    ),
    ("２　乙部町への新しい人の流れをつくる", "転入者数", "98人", "120人", "104人", "111人"),
]
OT_KPI = [
    ("①", "漁業生産額（百万円）", 1020, 1003, 912, 876, "840※", 1100, "×"),
    ("②", "黒千石大豆の作付面積（ha）", 14.5, 18.2, 21.0, 22.4, 25.3, 25.0, "○"),
    ("③", "観光入込客数（千人）", 96.2, 101.5, 99.8, 104.0, 107.3, 110.0, "×"),
    (
        "④",
        "子育て支援センター利用者数（人）",
        "延べ1,850",
        "延べ2,010",
        "延べ2,240",
        "延べ2,105",
        "延べ2,390",
        "延べ2,300",
        "○",
    ),
]


def otobe() -> Path:
    wb, ws = _sheet("効果検証", [5, 26, 12, 11, 11, 11, 11, 11, 7])
    _text(
        ws,
        1,
        1,
        "乙部町まち・ひと・しごと創生総合戦略　効果検証シート（令和元年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 9, "令和2年8月　乙部町", align="right")
    _fld(
        ws,
        3,
        "戦略の名称",
        "乙部町まち・ひと・しごと創生総合戦略（平成28年3月策定）",
        (1, 2),
        (3, 9),
    )
    _fld(ws, 4, "計画期間", "平成27年度～平成31年度（令和元年度）（5年間）", (1, 2), (3, 9))
    _fld(ws, 5, "担当課", "政策推進課", (1, 2), (3, 9))
    _fld(
        ws,
        6,
        "町の概要",
        "檜山振興局の中部、日本海に面した町。面積162.59km²のうち81％が山林で、人口3,648人（2019年9月30日）。イカ、サクラマス、スケトウダラの漁業と、黒千石大豆などの農業が基幹産業である。",
        (1, 2),
        (3, 9),
        height=46,
    )
    _text(ws, 8, 1, "１　数値目標（基本戦略）", bold=True, size=11)
    h = 9
    _span(ws, h, 1, 2, "基本戦略", header=True)
    _span(ws, h, 3, 4, "数値目標", header=True)
    for c, w in zip(range(5, 9), ["基準値（H26）", "目標値（R1）", "H30実績", "R1実績"]):
        _put(ws, h, c, w, header=True)
    _put(ws, h, 9, "", header=True)
    ws.row_dimensions[h].height = 22
    r = h + 1
    for strat, name, *vals in OT_GOALS:
        _span(ws, r, 1, 2, strat)
        _span(ws, r, 3, 4, name)
        _vals(ws, r, 5, vals)
        _put(ws, r, 9, "")
        ws.row_dimensions[r].height = 30
        r += 1
    _text(ws, r + 1, 1, "２　重要業績評価指標（KPI）", bold=True, size=11)
    h = r + 2
    for c, w in (
        (1, "No."),
        (2, "KPI（単位）"),
        (3, "基準値（H26）"),
        (4, "H28実績"),
        (5, "H29実績"),
        (6, "H30実績"),
        (7, "H31（R1）実績"),
        (8, "目標値（R1）"),
        (9, "判定"),
    ):
        _put(ws, h, c, w, header=True)
    ws.row_dimensions[h].height = 30
    r = h + 1
    for no, name, *vals, mark in OT_KPI:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _vals(ws, r, 3, vals)
        _put(ws, r, 9, mark, align="center")
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "判定　○：目標値を達成　×：目標値に届かなかった",
            "※令和元年度の漁業生産額は速報値です（確定値は令和2年10月に公表予定）。",
            "※④は子育て支援センターの年間延べ利用者数です。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "otobe_senryaku_kensho_r1.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 中島村 (福島県西白河郡): 令和6年度 事務事業評価シート（令和5年度実施事業）
# --------------------------------------------------------------------------------------------

# Real (vill-nakajima.jp, Wikipedia, the 村's 移住 page): 18.92km² (県内で2番目に小さい), 標高差約60m, the ICs
# about 15 minutes away, 阿武隈川. Made up: the program, 企画振興課, the sheet and every figure and note.
NA_MONEY = [
    ("事業費", 8000, 11000, 12000, 13000),
    ("うち一般財源", 4000, 5500, 6000, 6500),
]
NA_ROWS = [
    ("活動指標", "補助金の交付件数", "件", 8, 11, "12（当初10）", 12, 13, 15),
    ("活動指標", "制度周知チラシの全戸配布回数", "回", 2, 2, 3, 3, 3, 3),
    (
        "成果指標",
        "補助を受けて村内に住宅を取得した転入世帯数（R3からの累計）",
        "世帯",
        3,
        7,
        11,
        12,
        15,
        20,
    ),
    ("成果指標", "40歳未満の転入者数（年間）", "人", 21, 18, 25, 19, 25, 30),
]


def nakajima() -> Path:
    wb, ws = _sheet("評価シート", [10, 34, 7, 9, 9, 9, 9, 9, 11])
    _text(ws, 1, 1, "令和６年度　事務事業評価シート（令和５年度実施事業）", bold=True, size=14)
    _text(ws, 2, 9, "中島村", align="right")
    _fld(ws, 3, "事務事業名", "若者定住促進住宅取得補助事業", (1, 1), (2, 9))
    _fld(ws, 4, "担当課", "企画振興課", (1, 1), (2, 9))
    _fld(ws, 5, "事業期間", "令和3年度～令和7年度", (1, 1), (2, 9))
    _fld(
        ws,
        6,
        "事業の概要",
        "村の面積は18.92km²で県内で2番目に小さく、村内の標高差は約60m。東北自動車道・あぶくま高原道路のICまで車で約15分の立地を生かし、40歳未満の世帯が村内に住宅を取得する際に、1件につき最大100万円を補助する。",
        (1, 1),
        (2, 9),
        height=46,
    )
    _text(ws, 8, 1, "１　事業費の推移（単位：千円）", bold=True, size=11)
    for c, w in ((1, "区分"), (3, "R3決算"), (4, "R4決算"), (5, "R5決算"), (6, "R6予算")):
        _put(ws, 9, c, w, header=True)
    _span(ws, 9, 1, 2, "区分", header=True)
    r = 10
    for label, *vals in NA_MONEY:
        _span(ws, r, 1, 2, label)
        _vals(ws, r, 3, vals)
        r += 1
    _text(ws, r + 1, 1, "２　指標の推移", bold=True, size=11)
    h = r + 2
    _head2(
        ws,
        h,
        [
            (1, "区分"),
            (2, "指標名"),
            (3, "単位"),
            (4, "R3実績"),
            (5, "R4実績"),
            (8, "R6目標"),
            (9, "最終目標（R7）"),
        ],
        [(6, 7, "R5", ["目標", "実績"])],
    )
    r = h + 2
    first = r
    for kind, name, unit, *vals in NA_ROWS:
        _put(ws, r, 1, kind, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, vals)
        ws.row_dimensions[r].height = 30
        r += 1
    _merge(ws, first, 1, first + 1, 1)
    _merge(ws, first + 2, 1, first + 3, 1)
    _notes(
        ws,
        r,
        [
            "※補助金の交付件数のR5目標は、令和5年6月の補正予算で当初の10件から12件に改めました（括弧内は当初の目標）。",
        ],
    )
    _text(ws, r + 2, 1, "３　評価", bold=True, size=11)
    _fld(ws, r + 3, "有効性", "A　指標はおおむね目標どおりに推移している", (1, 1), (2, 9))
    _fld(
        ws,
        r + 4,
        "今後の方向性",
        "継続（R7で事業期間が終了するため、R6中に効果を検証する）",
        (1, 1),
        (2, 9),
    )
    _page(ws, "portrait")
    path = SOURCE / "nakajima_jimujigyo_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 今別町 (青森県東津軽郡): 地域再生計画 KPI の実績（令和5年度）, a web page
# --------------------------------------------------------------------------------------------

# Real (the 町's 地域再生計画 as furusato-funding.jp/projects/1452 quotes it): 8,114人 at the peak of the 青函トンネル
# works (from 1964), 1,295人 in 2040, 高齢者比率50.5％ (県内一 since 平成17年度), 年少人口5.0％. Made up: the plan's
# name and period, 企画課, every indicator and figure.
IM_HEAD = [
    "KPI①<br>移住・定住者数（人）",
    "KPI②<br>空き家バンクの成約件数（件）",
    "KPI③<br>町内宿泊施設の延べ宿泊者数（人）",
    "KPI④<br>町内での新規創業件数（件）",
]
IM_ROWS = [
    ("令和3年度", [("目標", ["5", "2", "2,000", "1"]), ("実績", ["4", "2", "１，６５０", "1"])]),
    ("令和4年度", [("目標", ["6", "3", "2,200", "1"]), ("実績", ["7", "1", "2,310", "0"])]),
    ("令和5年度", [("目標", ["8", "4", "2,500", "1"]), ("実績", ["8", "―", "2,480", "2"])]),
]


def imabetsu_html() -> str:
    head = "".join(f'<th scope="col">{h}</th>' for h in IM_HEAD)
    body = [
        '<tr><th scope="row" colspan="2">事業開始前（令和2年度）</th><td>3</td><td>1</td><td>1,820</td><td>0</td></tr>'
    ]
    for year, pairs in IM_ROWS:
        for i, (role, vals) in enumerate(pairs):
            cells = "".join(f"<td>{v}</td>" for v in vals)
            lead = f'<th scope="rowgroup" rowspan="2">{year}</th>' if i == 0 else ""
            body.append(f'<tr>{lead}<th scope="row">{role}</th>{cells}</tr>')
    rows = "\n".join(body)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>地域再生計画の重要業績評価指標（KPI）の実績（令和5年度） - 今別町</title>
</head>
<body>
<nav><ol class="breadcrumb"><li><a href="/">ホーム</a></li><li><a href="/chosei/">町政情報</a></li><li><a href="/chosei/chihososei/">地方創生</a></li><li>地域再生計画のKPIの実績</li></ol></nav>
<main>
<h1>地域再生計画「今別町移住・定住促進プロジェクト」の重要業績評価指標（KPI）の実績（令和５年度）</h1>
<p class="date">更新日：2024年8月26日　担当：企画課</p>
<p>今別町の人口は、1964年から始まった青函トンネル工事に携わる人の増加により、ピーク時には8,114人となりましたが、工事の完了後は減少が続いています。高齢者比率は50.5％で平成17年度から県内で最も高く、年少人口の割合は5.0％です。国立社会保障・人口問題研究所の推計では、2040年の人口は1,295人とされています。</p>
<p>町では、移住・定住の促進と交流人口の拡大に向けて地域再生計画を作成し、地方創生推進交付金を活用して事業を進めてきました。計画期間の最終年度である令和5年度までの実績をお知らせします。</p>
<dl>
<dt>地域再生計画の名称</dt><dd>今別町移住・定住促進プロジェクト</dd>
<dt>計画期間</dt><dd>令和3年4月1日～令和6年3月31日</dd>
<dt>担当課</dt><dd>企画課</dd>
</dl>
<h2>重要業績評価指標（KPI）の推移</h2>
<table border="1">
<thead>
<tr><th scope="col" colspan="2">年度</th>{head}</tr>
</thead>
<tbody>
{rows}
</tbody>
<tfoot>
<tr><th scope="row" colspan="2">3か年の実績合計（令和3～5年度）</th><td>19</td><td>3</td><td>6,440</td><td>3</td></tr>
</tfoot>
</table>
<p>※各年度の上段は目標値、下段は実績値です。目標値・実績値とも各年度1年間の数値です（累計ではありません）。</p>
<p>※令和5年度の空き家バンクは、登録物件がなかったため成約の実績がありません（「―」）。</p>
<p>※最下段の合計は、3か年の実績値を足し上げた参考の値です。</p>
</main>
<footer><p>今別町役場 企画課</p></footer>
</body>
</html>
"""


def imabetsu() -> Path:
    path = HERE / "imabetsu_saisei_kpi_r5.html"
    path.write_text(imabetsu_html(), encoding="utf-8", newline="\n")
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (misato, otobe, nakajima):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {imabetsu().name}")


if __name__ == "__main__":
    main()
