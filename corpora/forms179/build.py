"""Build the built documents of forms179/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/toyone_kpi_suii_r5.xlsx``, a 総合戦略 KPI 推移表 in the manner of 豊根村 (愛知県):
  **the KPIs stand as small panels side by side, each its own years-down table** (``年度 |
  目標値 | 実績値``) under a title cell naming the KPI, its label and its unit; **the corner cell
  of every panel is split by a diagonal line into ``区分`` (top right) and ``年度`` (bottom
  left)**; the years are era-less (``元年度（基準値）``, ``2年度`` … ``5年度（速報）``, ``6年度``) on
  a sheet dated 令和6年; two bands (three panels, then two); and the PDF;
* ``source/omaezaki_shisaku_hyoka_r5.xlsx``, a 総合計画 施策評価シート in the manner of 御前崎市
  (静岡県): **every period written ``令和4（2022）年度``, the Western year in brackets between the
  era year and 年度**, and **the reporting year ``令和5（2023）年度`` spanning ``目標値 |
  実績値（速報） | 実績値（確定）``, a 確定値 replacing the 速報値 where it is out, ``未確定`` where it
  is not**; an uneven two-row header (1 | 2 | 3 | 1); form fields with money and a population;
  and the PDF;
* ``source/mitsue_seika_kensho_r1.xlsx``, a 長期総合計画 成果指標の検証 in the manner of 御杖村
  (奈良県): **the era printed only on the first year of each era in a run that crosses the era
  change (``平成27年度 | 28年度 | 29年度 | 30年度 | 令和元年度``), on a sheet dated 令和2年**, a
  target headed ``平成31年度``, and **a shaded ``（参考）`` population row inside the grid, under
  the same year columns as the indicators**; a printed 達成状況; and the PDF;
* ``kyotamba_kpi_shinchoku_r6.html``, a 創生戦略 KPI 進捗 page in the manner of 京丹波町 (京都府):
  a first table whose **actual cells hold this year's value with last year's in brackets
  (``16（14）``), under the header ``令和6年度実績（　）内は令和5年度実績``**, one of them ``―（64.8）``;
  施策 cells ``(ア)　…`` spanning their rows and a 担当課 column; a second table whose **header is
  bare years only (``R2`` … ``R7``), the role of each column said only by a legend above the
  table: R2 the base year, the shaded R7 the target, the rest actuals**, the ``R6※`` column a
  見込 by a footnote under the table.

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
    wb.properties.creator = "forms179/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms179/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms179_soffice_") as tmp:
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


# --------------------------------------------------------------------------------------------
# 豊根村 (愛知県北設楽郡): 第2期豊根村まち・ひと・しごと創生総合戦略 KPIの推移
# --------------------------------------------------------------------------------------------

# Real (豊根村 website and 全国町村会 pages, SOURCES.tsv): 基本目標1 茶臼山観光ブランド化, 地域振興課,
# 155.88k㎡ / 93% forest / about 1,200 people / 高齢化率48%, the 2060 aim of 900人, the 100万人 aim
# for 観光交流人口, 芝桜の丘 with about 30万7千人. Made up: the 第2期 sheet, 基本目標2, every other
# KPI, figure, target and note.
TY_YEARS = ["2年度", "3年度", "4年度", "5年度（速報）", "6年度"]
TY_BANDS = [
    (
        "基本目標1　茶臼山観光ブランド化",
        [
            (
                "KPI①　茶臼山高原の観光交流人口（千人）",
                781,
                [800, 850, 900, 950, 1000],
                [512, 598, 706, 763, None],
                "#,##0",
            ),
            (
                "KPI②　芝桜の丘の来場者数（人）",
                307000,
                [310000, 320000, 330000, 340000, 350000],
                ["―", 198450, 286120, 312800, None],
                "#,##0",
            ),
            (
                "KPI③　茶臼山高原スキー場の利用者数（人）",
                68200,
                [70000, 70000, 70000, 70000, 70000],
                [71500, 52300, 66800, 70400, None],
                "#,##0",
            ),
        ],
    ),
    (
        "基本目標2　むらに住み続ける人を支え、新しい人を迎える",
        [
            (
                "KPI④　UIターンによる転入者数（人）",
                12,
                [12, 13, 14, 15, 15],
                [9, 14, 11, 16, None],
                "#,##0",
            ),
            (
                "KPI⑤　村営住宅・定住促進住宅の入居率（％）",
                88.5,
                [90.0, 90.0, 90.0, 90.0, 90.0],
                [89.2, 91.4, 90.0, 87.5, None],
                "0.0",
            ),
        ],
    ),
]
DIAG = Border(left=THIN, right=THIN, top=THIN, bottom=THIN, diagonal=THIN, diagonalDown=True)


def _panel(ws, top: int, c0: int, title, base, targets, actuals, fmt) -> None:
    """One KPI panel: a title row, a header row with a split corner, then the year rows."""
    _span(ws, top, c0, c0 + 2, title, fill=LIGHT, bold=True, size=9)
    ws.row_dimensions[top].height = 30
    corner = ws.cell(row=top + 1, column=c0, value="　　　　　区分\n年度")
    corner.font = Font(name=FONT, size=8)
    corner.alignment = Alignment(horizontal="left", vertical="center", wrap_text=True)
    corner.fill = SHADE
    corner.border = DIAG
    _put(ws, top + 1, c0 + 1, "目標値", header=True)
    _put(ws, top + 1, c0 + 2, "実績値", header=True)
    ws.row_dimensions[top + 1].height = 26
    _put(ws, top + 2, c0, "元年度（基準値）", align="center", size=8)
    _span(ws, top + 2, c0 + 1, c0 + 2, base, fmt=fmt, align="center")
    for k, year in enumerate(TY_YEARS):
        r = top + 3 + k
        _put(ws, r, c0, year, align="center", size=8)
        _put(ws, r, c0 + 1, targets[k], fmt=fmt)
        a = actuals[k]
        if a is None:
            _put(ws, r, c0 + 2, None)
        else:
            _put(ws, r, c0 + 2, a, fmt=fmt, align="center" if a == "―" else None)


def toyone() -> Path:
    wb, ws = _sheet("KPIの推移", [14, 10, 10, 2, 14, 10, 10, 2, 14, 10, 10])
    _text(
        ws,
        1,
        1,
        "第2期豊根村まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の推移",
        bold=True,
        size=13,
    )
    _text(ws, 2, 11, "令和6年8月　豊根村地域振興課", align="right")
    fields = [
        ("計画期間", "令和2年度～令和6年度（5か年）　「小さく持続するむら戦略」の第2期"),
        (
            "村の概況",
            "面積155.88k㎡（うち森林93％）、人口約1,200人、高齢化率48％。人口ビジョンでは2060年の人口900人をめざす。",
        ),
        ("地方創生推進交付金（5年度）", "交付対象事業費　14,850千円（うち交付金　7,425千円）"),
    ]
    r = 4
    for label, value in fields:
        _span(ws, r, 1, 2, label, header=True, size=8)
        _span(ws, r, 3, 11, value, align="left")
        ws.row_dimensions[r].height = 20
        r += 1
    r += 1
    for heading, panels in TY_BANDS:
        _text(ws, r, 1, heading, bold=True, size=11)
        ws.row_dimensions[r].height = 20
        for p, (title, base, targets, actuals, fmt) in enumerate(panels):
            _panel(ws, r + 1, 1 + 4 * p, title, base, targets, actuals, fmt)
        for k in range(len(TY_YEARS) + 1):
            ws.row_dimensions[r + 3 + k].height = 18
        r += 3 + len(TY_YEARS) + 2
    _notes(
        ws,
        r,
        [
            "※各KPIの「元年度（基準値）」は戦略策定時の値です。5年度の実績値は速報値で、確定値は今年度末に公表します。",
            "※KPI②の2年度は、新型コロナウイルス感染症の影響により芝桜の丘を閉園したため「―」としています。",
            "※KPI①は「豊根村観光交流アクションプラン」の観光交流人口（年間100万人をめざす）と同じ集計方法によります。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "toyone_kpi_suii_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 御前崎市 (静岡県): 第2次御前崎市総合計画 後期基本計画 施策評価シート（令和5（2023）年度実績）
# --------------------------------------------------------------------------------------------

# Real (御前崎市 pages, SOURCES.tsv): the plan and its 後期基本計画 (R3–R7), the 将来都市像, the
# 分野 name and the 施策 豊かな自然環境の保全, the 令和N（20XX）年度 way of writing years, 御前崎の
# ウミガメ及びその産卵地 (天然記念物), the 2020 population 31,103人. Made up: the sheet, 課, money,
# every indicator, figure, target and note.
OM_ROWS = [
    ("1", "アカウミガメの産卵確認数", "巣", 185, 142, 203, 200, 196, 208, 220),
    ("2", "市内河川のBOD環境基準達成率", "％", 83.3, 75.0, 83.3, 91.7, 83.3, "未確定", 100.0),
    ("3", "海岸清掃活動の参加者数", "人", 3420, 1860, 2540, 3000, "―", 3120, 3500),
    ("4", "環境学習講座の受講者数", "人", 1120, 640, 890, 1200, 1046, 1052, 1300),
]


def omaezaki() -> Path:
    wb, ws = _sheet("施策評価", [5, 30, 6, 12, 12, 12, 10, 11, 11, 14])
    _text(
        ws,
        1,
        1,
        "第2次御前崎市総合計画 後期基本計画　施策評価シート（令和5（2023）年度実績）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 10, "令和6（2024）年7月　御前崎市", align="right")
    fields = [
        ("将来都市像", "子どもたちの夢と希望があふれるまち 御前崎", "主管課", "環境課"),
        ("計画期間", "令和3（2021）年度～令和7（2025）年度", "関係課", "観光商工課、農林水産課"),
        (
            "分野",
            "美しい自然を次世代へ引き継ぐ安全・安心なまち（くらし環境分野）",
            "市の人口",
            "31,103人（令和2（2020）年国勢調査）",
        ),
        (
            "施策",
            "1-1　豊かな自然環境の保全",
            "施策に係る事業費（令和5（2023）年度決算・千円）",
            38412,
        ),
    ]
    r = 4
    for l1, v1, l2, v2 in fields:
        _span(ws, r, 1, 3, l1, header=True, size=8)
        _span(ws, r, 4, 6, v1, align="left")
        _span(ws, r, 7, 8, l2, header=True, size=8)
        _span(ws, r, 9, 10, v2, align="left" if isinstance(v2, str) else None)
        ws.row_dimensions[r].height = 24
        r += 1
    _text(ws, 9, 1, "２　成果指標の推移", bold=True, size=11)
    h = 10
    for c, word in ((1, "No."), (2, "成果指標"), (3, "単位")):
        _put(ws, h, c, word, header=True)
        _put(ws, h + 1, c, None, header=True)
        _merge(ws, h, c, h + 1, c)
    _put(ws, h, 4, "基準値", header=True)
    _span(ws, h, 5, 6, "実績値", header=True)
    _span(ws, h, 7, 9, "令和5（2023）年度", header=True)
    _put(ws, h, 10, "目標値", header=True)
    lower = [
        "令和元（2019）年度",
        "令和3（2021）年度",
        "令和4（2022）年度",
        "目標値",
        "実績値\n（速報）",
        "実績値\n（確定）",
        "令和7（2025）年度",
    ]
    for j, w in enumerate(lower):
        _put(ws, h + 1, 4 + j, w, header=True, size=8)
    ws.row_dimensions[h].height = 20
    ws.row_dimensions[h + 1].height = 28
    r = h + 2
    for no, name, unit, *vals in OM_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate(vals):
            if isinstance(v, str):
                _put(ws, r, 4 + j, v, align="center")
            else:
                _put(ws, r, 4 + j, v, fmt="0.0" if isinstance(v, float) else "#,##0")
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※実績値（速報）は令和6（2024）年5月末、実績値（確定）は同年7月1日現在で集計した数値です。確定値が公表されていないものは「未確定」としています。",
            "※No.1は、御前崎海岸（国の天然記念物「御前崎のウミガメ及びその産卵地」）で確認した産卵巣の数です。",
            "※No.2は市内12地点の年間測定結果によります（確定値は県の公表後に記載）。No.3は速報値を集計していないため「―」としています。",
            "※施策の総合評価：B（概ね順調に進んでいる）",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "omaezaki_shisaku_hyoka_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 御杖村 (奈良県宇陀郡): 第三次御杖村長期総合計画 後期基本計画 成果指標の検証結果
# --------------------------------------------------------------------------------------------

# Real (御杖村 pages, SOURCES.tsv): the plan's name, its 将来像 and period (平成22～31年度), the
# village's place (最東部, 三重県境, 伊勢本街道の宿場), 79.58k㎡ with about 90% forest, and the
# population 1,910 (平成26年) and 1,839 (平成27年4月1日). Made up: the sheet, its date, every
# indicator, the other population figures, targets, 達成状況 and notes.
MT_YEARS = ["平成27年度", "28年度", "29年度", "30年度", "令和元年度"]
MT_ROWS = [
    ("1", "観光入込客数", "人", 112300, [115800, 109200, 121500, 118900, 124600], 130000, "未達成"),
    ("2", "空き家バンクを通じた移住者数（累計）", "人", 4, [7, 11, 16, 20, 25], 25, "達成"),
    ("3", "特定健康診査受診率", "％", 38.2, [41.5, 43.0, 42.2, 45.8, 47.1], 50.0, "未達成"),
    ("4", "伊勢本街道ウォークの参加者数", "人", 210, [245, 268, "―", 301, 326], 300, "達成"),
]
MT_REF = (
    "（参考）村の人口（各年度4月1日現在、住民基本台帳）",
    "人",
    1910,
    [1839, 1781, 1716, 1652, 1598],
)


def mitsue() -> Path:
    wb, ws = _sheet("成果指標の検証", [5, 34, 6, 11, 10, 10, 10, 10, 10, 11, 9])
    _text(
        ws, 1, 1, "第三次御杖村長期総合計画　後期基本計画　成果指標の検証結果", bold=True, size=13
    )
    _text(ws, 2, 11, "令和2年10月　御杖村", align="right")
    fields = [
        ("むらづくりの将来像", "「みっつの杖」で魔法をかけるむらづくり"),
        (
            "計画期間",
            "基本構想　平成22年度～平成31年度（10年間）／後期基本計画　平成27年度～平成31年度（5年間）",
        ),
        (
            "村の概要",
            "奈良県の最東部、三重県境に位置し、伊勢本街道の宿場として栄えた。面積79.58k㎡（うち山林約90％）。",
        ),
    ]
    r = 4
    for label, value in fields:
        _span(ws, r, 1, 2, label, header=True, size=8)
        _span(ws, r, 3, 11, value, align="left")
        ws.row_dimensions[r].height = 20
        r += 1
    _text(ws, 8, 1, "■成果指標の推移と達成状況", bold=True, size=11)
    h = 9
    for c, word in ((1, "No."), (2, "成果指標"), (3, "単位"), (11, "達成状況")):
        _put(ws, h, c, word, header=True)
        _put(ws, h + 1, c, None, header=True)
        _merge(ws, h, c, h + 1, c)
    _put(ws, h, 4, "基準値", header=True)
    _span(ws, h, 5, 9, "実績値", header=True)
    _put(ws, h, 10, "目標値", header=True)
    for j, w in enumerate(["平成26年度", *MT_YEARS, "平成31年度"]):
        _put(ws, h + 1, 4 + j, w, header=True, size=8)
    ws.row_dimensions[h].height = 20
    ws.row_dimensions[h + 1].height = 20
    r = h + 2
    for no, name, unit, base, acts, target, status in MT_ROWS:
        fmt = "0.0" if isinstance(base, float) else "#,##0"
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate([base, *acts, target]):
            if isinstance(v, str):
                _put(ws, r, 4 + j, v, align="center")
            else:
                _put(ws, r, 4 + j, v, fmt=fmt)
        _put(ws, r, 11, status, align="center")
        ws.row_dimensions[r].height = 22
        r += 1
    name, unit, base, acts = MT_REF
    _put(ws, r, 1, None, fill=LIGHT)
    _put(ws, r, 2, name, fill=LIGHT, size=8)
    _put(ws, r, 3, unit, align="center", fill=LIGHT)
    for j, v in enumerate([base, *acts]):
        _put(ws, r, 4 + j, v, fill=LIGHT)
    _put(ws, r, 10, None, fill=LIGHT)
    _put(ws, r, 11, None, fill=LIGHT)
    ws.row_dimensions[r].height = 22
    _notes(
        ws,
        r + 2,
        [
            "※No.2は空き家バンクを開設した平成25年度からの累計です。No.4の29年度は台風の接近により中止しました。",
            "※達成状況は、令和元年度の実績値を計画策定時に定めた目標値（平成31年度）と比較したものです。",
            "※（参考）の人口は成果指標ではありません。令和2年国勢調査の速報値は今後公表されます。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "mitsue_seika_kensho_r1.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 京丹波町 (京都府船井郡): 京丹波町創生戦略 重要業績評価指標（KPI）の進捗状況（令和6年度）
# --------------------------------------------------------------------------------------------

# Real (京丹波町創生戦略 付属資料 and encyclopaedia pages, SOURCES.tsv): the strategy's name, the
# headings （１）地域経済支援によるしごとづくり and （２）京丹波町へのひとの流れづくり, the 施策 (ア)
# 包括的創業支援の推進 and (ウ) 農林業の成長産業化, the 2005 merger of 丹波町・瑞穂町・和知町, 303.09k㎡,
# the 2020 census 12,907人, the 特産 names. Made up: the page, its date and 課, every KPI, figure,
# target and note.
KT_TABLE1 = [
    (
        "(ア)　包括的創業支援の推進",
        [
            ("町内での創業者数", "人", "9", "16（14）", "15", "商工観光課"),
            ("創業相談件数", "件", "48", "75（62）", "60", "商工観光課"),
        ],
    ),
    (
        "(ウ)　農林業の成長産業化",
        [
            ("新規就農者数", "人", "3", "5（2）", "5", "農林振興課"),
            ("経営を続けたいと答えた農業者の割合", "％", "61.2", "―（64.8）", "70.0", "農林振興課"),
        ],
    ),
]
KT_TABLE2 = [
    ("観光入込客数", "千人", "1,512", "1,688", "1,803", "1,856", "1,902", "2,000"),
    ("移住相談件数", "件", "85", "102", "118", "131", "140", "150"),
]


def kyotamba_html() -> str:
    rows1 = []
    for measure, inds in KT_TABLE1:
        for k, (name, unit, base, act, target, ka) in enumerate(inds):
            head = (
                f'<th scope="row" rowspan="{len(inds)}" class="l">{measure}</th>' if k == 0 else ""
            )
            rows1.append(
                f'<tr>{head}<td>{name}</td><td class="c">{unit}</td><td class="num">{base}</td>'
                f'<td class="num">{act}</td><td class="num">{target}</td><td class="c">{ka}</td></tr>'
            )
    body1 = "\n".join(rows1)
    rows2 = []
    for name, unit, *vals, goal in KT_TABLE2:
        rows2.append(
            f'<tr><td>{name}</td><td class="c">{unit}</td>'
            + "".join(f'<td class="num">{v}</td>' for v in vals)
            + f'<td class="num goal">{goal}</td></tr>'
        )
    body2 = "\n".join(rows2)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>京丹波町創生戦略 重要業績評価指標（KPI）の進捗状況（令和6年度） - 京丹波町</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.4em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
th.l {{ text-align: left; background: #f2f2f2; }}
td.num {{ text-align: right; }}
td.c {{ text-align: center; }}
th.goal, td.goal {{ background: #bfbfbf; }}
p.note {{ font-size: 9pt; margin: 0.1em 0; }}
</style>
</head>
<body>
<p>ホーム &gt; 町政情報 &gt; 計画・行政改革 &gt; 京丹波町創生戦略</p>
<h1>京丹波町創生戦略 重要業績評価指標（KPI）の進捗状況（令和6年度）</h1>
<p>令和7年6月20日更新　企画情報課</p>
<p>京丹波町は、平成17年10月11日に丹波町・瑞穂町・和知町の3町が合併して誕生しました（面積303.09k㎡、令和2年国勢調査人口12,907人）。京丹波町創生戦略（計画期間：令和3年度～令和7年度）に掲げた重要業績評価指標（KPI）について、令和6年度の進捗状況を取りまとめましたのでお知らせします。</p>
<h2>（１）地域経済支援によるしごとづくり</h2>
<table>
<thead>
<tr><th>施策</th><th>重要業績評価指標（KPI）</th><th>単位</th><th>基準値<br>（R2）</th><th>令和6年度実績<br>（　）内は令和5年度実績</th><th>目標値<br>（R7）</th><th>担当課</th></tr>
</thead>
<tbody>
{body1}
</tbody>
</table>
<p class="note">※「経営を続けたいと答えた農業者の割合」は2年に1度の農業者アンケートによるため、令和6年度は調査を行っていません。</p>
<p class="note">※令和6年度の創業者数16人のうち、商工会の創業塾の修了者は9人です。</p>
<h2>（２）京丹波町へのひとの流れづくり</h2>
<p class="note">（表の見方）R2は戦略策定時の基準値、網掛けの欄（R7）は目標値、そのほかの年度は各年度の実績値です。</p>
<table>
<thead>
<tr><th>重要業績評価指標（KPI）</th><th>単位</th><th>R2</th><th>R3</th><th>R4</th><th>R5</th><th>R6※</th><th class="goal">R7</th></tr>
</thead>
<tbody>
{body2}
</tbody>
</table>
<p class="note">※R6の数値は、令和7年3月末時点の見込値です。確定値は京都府の観光入込客数調査の公表後に更新します。</p>
<p class="note">※観光入込客数には、道の駅・質志鍾乳洞公園などの主な観光地点の入込客数を計上しています。</p>
<p>お問い合わせ：企画情報課　企画係</p>
</body>
</html>
"""


def kyotamba() -> Path:
    path = HERE / "kyotamba_kpi_shinchoku_r6.html"
    path.write_bytes(kyotamba_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (toyone, omaezaki, mitsue):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {kyotamba().name}")


if __name__ == "__main__":
    main()
