# ruff: noqa: E501
"""Build the built documents of forms187/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/nishiizu_kpi_suii_r6.xlsx``, a 地域再生計画 KPI 推移シート in the manner of 西伊豆町 (静岡県):
  form fields (計画の名称, 担当課, 計画期間, money, population) over a one-row header whose **year
  cells each carry an abbreviated role mark in brackets** (``R元（基）``, ``R2（実）`` …
  ``R6（目）``, ``R6（見）``, ``R7（目）``), read through **a legend line above the grid**; **one
  note cell merged over two year columns and two indicator rows** (``新型コロナウイルス感染症の影響により
  中止``); ``百万円`` in 単位, a ``―（R2.5開業）`` baseline, money in a note; and the PDF;
* ``source/kihoku_kpi_kensho_h29.xlsx``, a 総合戦略 KPI 検証シート in the manner of 紀北町 (三重県): a
  two-row header ``基準値 | 実績値 (H27 | H28 | H29) | 目標値 (H30年度見込 | H31年度見込)`` — **the
  targets are 見込 columns under 目標値** — and, after three rows, **a second shaded lower-header row
  inside the grid that restates the same columns as calendar years (``H26年`` … ``H31年見込``)
  for the two 暦年 KPIs below it**; ``千人``, a ``―`` baseline, real figures in a note; and the PDF;
* ``source/higashiyoshino_kpi_suii_r6.xlsx``, a 総合戦略 数値目標・KPI 推移表 in the manner of 東吉野村
  (奈良県): a prose box of real population figures over **a years-down grid folded into two halves
  side by side, 第1期 (H26 … R元, 目標（R元）) on the left and 第2期 (R2 … R6, 目標（R6）) on the
  right, each under its own copy of the header**, a ``数値目標`` column and three KPI columns; **the
  survey KPI's values merged down over two year rows** (a 隔年 survey, the note says so); and the PDF;
* ``awaji_kpi_jisseki_r6.html``, a 総合戦略 KPI page in the manner of 淡路市 (兵庫県): one ``<h2>``
  基本目標 over **two tables whose 目標値 / 実績値 columns carry no year: each is dated only by the
  ``<h3>`` above it (``令和5年度``, ``令和6年度（見込）``), and the second heading's ``（見込）``
  makes that table's 実績値 forecasts**; a printed 達成状況 in the first table, ``―`` in the second;
  ``万人`` and ``億円`` in 単位; a ``（参考）`` island-wide table that repeats one KPI's figure.

The PDF steps are skipped, with a message, when ``soffice`` is not installed.
These are re-typed forms of other municipalities, not their own files (README.md, SOURCES.tsv).

The XLSX and HTML files are byte-stable: fixed document dates, and the zip members are
rewritten with a fixed timestamp. The PDFs carry LibreOffice's creation date, so they differ
by that only.
"""

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
    wb.properties.creator = "forms187/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms187/build.py"
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


def _down(ws, r1, r2, col, value, header=False, **kw):
    """A bordered value merged down over rows r1..r2 of one column."""
    cell = _put(ws, r1, col, value, header=header, **kw)
    for r in range(r1 + 1, r2 + 1):
        _put(ws, r, col, None, header=header, fill=kw.get("fill"))
    if r2 > r1:
        _merge(ws, r1, col, r2, col)
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
    with tempfile.TemporaryDirectory(prefix="forms187_soffice_") as tmp:
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


def _fmt(v) -> str | None:
    """The number format of a value cell: one decimal for floats, thousands for ints."""
    if isinstance(v, float):
        return "#,##0.0"
    if isinstance(v, int):
        return "#,##0"
    return None


def _vals(ws, r, c0, vals) -> None:
    for j, v in enumerate(vals):
        if v is None:
            continue
        text = isinstance(v, str)
        _put(ws, r, c0 + j, v, align="center" if text else "right", fmt=_fmt(v))


def _fields(ws, row: int, fields, cols, height: float = 20) -> int:
    """Bordered form fields, two pairs a row: ``cols`` = (l1a, l1b, v1a, v1b, l2a, l2b, v2a, v2b)."""
    l1a, l1b, v1a, v1b, l2a, l2b, v2a, v2b = cols
    for l1, v1, l2, v2 in fields:
        _span(ws, row, l1a, l1b, l1, header=True)
        _span(ws, row, v1a, v1b, v1, align="left")
        _span(ws, row, l2a, l2b, l2, header=True)
        _span(ws, row, v2a, v2b, v2, align="left")
        ws.row_dimensions[row].height = height
        row += 1
    return row


# --------------------------------------------------------------------------------------------
# 西伊豆町 (静岡県): 西伊豆町まち・ひと・しごと創生推進計画 重要業績評価指標（KPI）の推移
# --------------------------------------------------------------------------------------------

# Real (furusato-funding.jp/projects/1999, the town's ふるさと応援寄附金活用事業 reports for 平成29年度 and
# 令和元年度, a まちづくり課長's talk of 2023-11-24): the plan's name, 7,438人 (2021-04-01 住民基本台帳),
# 高齢化率 45.5% (平成27年4月, the highest in the prefecture), まちづくり課, the はんばた市場 (opened
# 2020-05-22 in front of 仁科漁港), its 81,158千円 of 寄附金 (令和元年度), ふるさと納税 since 平成26年5月,
# the 夕映えの響き event. Made up: the sheet, its date, money, every KPI and figure.
NI_HEAD = [
    "No.",
    "重要業績評価指標（KPI）",
    "単位",
    "R元（基）",
    "R2（実）",
    "R3（実）",
    "R4（実）",
    "R5（実）",
    "R6（目）",
    "R6（見）",
    "R7（目）",
]
NI_ROWS = [
    ("1", "ふるさと納税寄附件数", "件", [52340, 71260, 83510, 79880, 86420, 90000, 88100, 95000]),
    (
        "2",
        "産地直売所「はんばた市場」の売上額",
        "百万円",
        ["―（R2.5開業）", 118, 196, 214, 228, 240, 236, 250],
    ),
    ("3", "「夕映えの響き」来場者数", "人", [1850, None, None, 1420, 1960, 2000, 2050, 2200]),
    ("4", "体験型観光プログラム参加者数", "人", [640, None, None, 410, 580, 700, 655, 800]),
    ("5", "移住相談窓口を通じた移住者数", "人", [8, 11, 14, 19, 17, 20, 22, 25]),
]


def nishiizu() -> Path:
    wb, ws = _sheet("KPIの推移", [5, 34, 8, 12, 10, 10, 10, 10, 10, 10, 10])
    _text(
        ws,
        1,
        1,
        "西伊豆町まち・ひと・しごと創生推進計画（地域再生計画）　重要業績評価指標（KPI）の推移",
        bold=True,
        size=13,
    )
    _text(ws, 2, 11, "令和7年6月　西伊豆町まちづくり課", align="right")
    r = _fields(
        ws,
        4,
        [
            (
                "地域再生計画の名称",
                "西伊豆町まち・ひと・しごと創生推進計画",
                "担当課",
                "まちづくり課",
            ),
            ("計画期間", "令和3年度～令和7年度", "交付対象事業費（R6・千円）", "24,800"),
            (
                "町の人口",
                "7,438人（令和3年4月1日、住民基本台帳）",
                "高齢化率",
                "45.5%（平成27年4月、県内で最も高い）",
            ),
        ],
        (1, 2, 3, 6, 7, 8, 9, 11),
    )
    _text(ws, r + 1, 1, "■重要業績評価指標（KPI）の推移", bold=True, size=11)
    _text(
        ws,
        r + 2,
        1,
        "凡例：（基）＝基準値　（実）＝実績値　（見）＝見込値（令和7年3月末時点の推計）　（目）＝目標値",
        size=9,
    )
    h = r + 3
    for c, word in enumerate(NI_HEAD, start=1):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 24
    r = h + 1
    for no, name, unit, vals in NI_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate(vals):
            if v is None:
                _put(ws, r, 4 + j, None)
        _vals(ws, r, 4, vals)
        ws.row_dimensions[r].height = 24
        r += 1
    # One note merged over R2–R3 of No.3 and No.4 (rows h+3 .. h+4, columns 5–6).
    note = ws.cell(row=h + 3, column=5, value="新型コロナウイルス感染症の影響により中止")
    note.font = Font(name=FONT, size=8)
    note.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    _merge(ws, h + 3, 5, h + 4, 6)
    _notes(
        ws,
        r + 1,
        [
            "※No.2の「はんばた市場」は、令和2年5月22日に仁科漁港前に開業した産地直売所です（基準値は開業前のため「―」）。",
            "※No.3・No.4は、新型コロナウイルス感染症の影響により、令和2年度・令和3年度は事業を中止しました。",
            "※はんばた市場の整備には、ふるさと応援寄附金81,158千円を充当しました（令和元年度）。",
            "※No.1のふるさと納税は、平成26年5月から受付を開始しています。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "nishiizu_kpi_suii_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 紀北町 (三重県北牟婁郡): 紀北町まち・ひと・しごと創生総合戦略 KPIの検証結果（平成29年度）
# --------------------------------------------------------------------------------------------

# Real (the town's 総合戦略 page, a 2016 和歌山新報 column, a 2016 blog on the 東紀州地域振興公社's
# figures, travel pages): the strategy (平成28年1月), 企画課, the 2005 merger of 紀伊長島町 and 海山町,
# 約9割 forest, the 道の駅 紀伊長島マンボウ, the 熊野古道伊勢路 来訪者数 352,262人 (平成27年, 推計値), down
# 76,436人 (約18%) from the record 平成26年 (so 428,698人). Made up: the sheet, its date, the 基本目標,
# the 推進会議, money, the other KPIs and figures, and the 道の駅 and H28/H29 熊野古道 figures.
KH_TOP = [
    (4, 4, "基準値", ["H26"]),
    (5, 7, "実績値", ["H27", "H28", "H29"]),
    (8, 9, "目標値", ["H30年度見込", "H31年度見込"]),
]
KH_ROWS = [
    ("1", "移住相談件数", "件", [42, 58, 71, 86, 90, 100]),
    ("2", "空き家バンク登録件数（累計）", "件", ["―", 8, 17, 29, 35, 40]),
    ("3", "町外からの転入者数", "人", [512, 498, 487, 503, 520, 530]),
]
KH_CAL = ["H26年", "H27年", "H28年", "H29年", "H30年見込", "H31年見込"]
KH_CAL_ROWS = [
    ("4", "熊野古道伊勢路の来訪者数", "人", [428698, 352262, 367150, 381420, 390000, 400000]),
    ("5", "道の駅「紀伊長島マンボウ」の来場者数", "千人", [412, 428, 436, 447, 450, 460]),
]


def kihoku() -> Path:
    wb, ws = _sheet("KPI検証", [5, 38, 8, 12, 11, 11, 11, 14, 14])
    _text(
        ws,
        1,
        1,
        "紀北町まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の検証結果（平成29年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 9, "平成30年8月　紀北町企画課", align="right")
    r = _fields(
        ws,
        4,
        [
            (
                "総合戦略",
                "紀北町まち・ひと・しごと創生総合戦略（平成28年1月策定）",
                "計画期間",
                "平成27年度～平成31年度",
            ),
            (
                "町の概況",
                "平成17年10月に紀伊長島町と海山町が合併して誕生。町の面積の約9割が森林",
                "交付金関連事業費（H29決算・千円）",
                "38,460",
            ),
            (
                "検証機関",
                "紀北町総合戦略推進会議（委員15名）",
                "目標値の改訂",
                "平成30年3月（見込値に改訂）",
            ),
        ],
        (1, 2, 3, 5, 6, 7, 8, 9),
        height=28,
    )
    _text(ws, r + 1, 1, "基本目標２　紀北町への新しいひとの流れをつくる", bold=True, size=11)
    h = r + 2
    for c, word in [(1, "No."), (2, "重要業績評価指標（KPI）"), (3, "単位")]:
        _put(ws, h, c, word, header=True)
        _put(ws, h + 1, c, None, header=True)
        _merge(ws, h, c, h + 1, c)
    for c1, c2, word, lower in KH_TOP:
        _span(ws, h, c1, c2, word, header=True)
        for j, w in enumerate(lower):
            _put(ws, h + 1, c1 + j, w, header=True)
    ws.row_dimensions[h].height = 20
    ws.row_dimensions[h + 1].height = 20
    r = h + 2
    for rows in (KH_ROWS, None, KH_CAL_ROWS):
        if rows is None:
            # The 暦年 band: a second lower-header row inside the grid.
            _put(ws, r, 1, "No.", header=True)
            _put(ws, r, 2, "重要業績評価指標（KPI）※暦年", header=True)
            _put(ws, r, 3, "単位", header=True)
            for j, w in enumerate(KH_CAL):
                _put(ws, r, 4 + j, w, header=True)
            ws.row_dimensions[r].height = 20
            r += 1
            continue
        for no, name, unit, vals in rows:
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
            "※目標値は、平成30年3月の戦略改訂で、目標年度の見込値（H30年度見込・H31年度見込）に改めました。",
            "※No.4・No.5は暦年（1月～12月）で集計しているため、表中の年を「年」で表示しています（H26年＝平成26年1月～12月）。",
            "※No.4は東紀州地域振興公社の推計値です。平成27年は352,262人で、過去最高となった平成26年から76,436人（約18％）減少しました。",
            "※No.2の基準値は、平成27年度に空き家バンクを開設したため「―」としています。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "kihoku_kpi_kensho_h29.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 東吉野村 (奈良県吉野郡): 東吉野村まち・ひと・しごと創生総合戦略 数値目標・KPIの推移
# --------------------------------------------------------------------------------------------

# Real (furusato-funding.jp/projects/2202, the village's page on its 第3期 strategy, 広報ひがしよしの
# 2015年4月号): 9,221人 (昭和35年), 1,725人 (令和元年), 年少人口 79人 (4.6%), 440人 (令和27年, 社人研),
# the 第1期 (平成27年度～) and 第2期 (令和2年度～) strategies, the シェアオフィス「OFFICE CAMP」 (opened
# 2015). Made up: the sheet, its date and 課, the money, every KPI and figure but 1,725.
HY_HALVES = [
    (
        1,
        "第1期総合戦略（平成27年度～令和元年度）",
        [
            ("H26（基準）", [1958, 5, "―", 62.4]),
            ("H27", [1912, 6, 420, "―"]),
            ("H28", [1874, 9, 610, 64.1]),
            ("H29", [1832, 11, 780, "merged"]),
            ("H30", [1790, 8, 850, 66.0]),
            ("R元", [1725, 12, 910, "merged"]),
            ("目標（R元）", [1700, 10, 1000, 70.0]),
        ],
    ),
    (
        7,
        "第2期総合戦略（令和2年度～令和6年度）",
        [
            ("R2", [1688, 7, 380, 65.2]),
            ("R3", [1642, 13, 520, "merged"]),
            ("R4", [1597, 15, 760, 67.5]),
            ("R5", [1551, 11, 940, "merged"]),
            ("R6", [1508, 14, 1020, 68.3]),
            ("目標（R6）", [1500, 15, 1000, 72.0]),
            ("", [None, None, None, None]),
        ],
    ),
]
HY_NAMES = [
    "村の人口（人）",
    "KPI①　移住者数（人）",
    "KPI②　「OFFICE CAMP」の利用者数（延べ）（人）",
    "KPI③　「住み続けたい」と思う村民の割合（％）",
]


def higashiyoshino() -> Path:
    wb, ws = _sheet("KPIの推移", [9, 9, 9, 11, 11, 1.5, 9, 9, 9, 11, 11])
    _text(ws, 1, 1, "東吉野村まち・ひと・しごと創生総合戦略", bold=True, size=13)
    _text(ws, 2, 1, "数値目標・KPIの推移（第1期・第2期）", bold=True, size=13)
    _text(ws, 3, 11, "令和7年5月　東吉野村総務課", align="right")
    _para(
        ws,
        5,
        1,
        11,
        "本村の人口は、村誕生直後の昭和35年（1960年）の9,221人から減少を続け、令和元年（2019年）には1,725人となりました。"
        "0～14歳の年少人口は79人（人口比4.6％）で、国立社会保障・人口問題研究所の推計では、令和27年（2045年）には440人まで"
        "減少すると見込まれています。本村では平成27年度から第1期、令和2年度から第2期の総合戦略に取り組んできました。",
        46,
        border=True,
    )
    _text(ws, 7, 1, "■数値目標・KPIの年度別推移", bold=True, size=11)
    _text(
        ws,
        8,
        1,
        "※表が縦に長くなるため、第1期（平成27年度～令和元年度）を左に、第2期（令和2年度～令和6年度）を右に分けて掲載しています。",
        size=8,
    )
    h = 9
    for c0, phase, rows in HY_HALVES:
        _span(ws, h, c0, c0 + 4, phase, header=True)
        _put(ws, h + 1, c0, "年度", header=True)
        _put(ws, h + 2, c0, None, header=True)
        _merge(ws, h + 1, c0, h + 2, c0)
        _put(ws, h + 1, c0 + 1, "数値目標", header=True)
        _span(ws, h + 1, c0 + 2, c0 + 4, "KPI", header=True)
        for j, name in enumerate(HY_NAMES):
            _put(ws, h + 2, c0 + 1 + j, name, header=True, size=8)
        r = h + 3
        for label, vals in rows:
            target = label.startswith("目標")
            fill = LIGHT if target else None
            _put(ws, r, c0, label, align="center", fill=fill, bold=target)
            for j, v in enumerate(vals):
                c = c0 + 1 + j
                if v == "merged":
                    continue
                if v is None:
                    _put(ws, r, c, None, fill=fill)
                    continue
                text = isinstance(v, str)
                _put(
                    ws,
                    r,
                    c,
                    v,
                    align="center" if text else "right",
                    fmt=_fmt(v),
                    fill=fill,
                )
            r += 1
        # The survey column: a value merged down over its year and the next (隔年調査).
        for j in range(len(rows) - 1):
            if rows[j + 1][1][3] == "merged":
                _merge(ws, h + 3 + j, c0 + 4, h + 4 + j, c0 + 4)
    ws.row_dimensions[h].height = 20
    ws.row_dimensions[h + 1].height = 18
    ws.row_dimensions[h + 2].height = 58
    for rr in range(h + 3, h + 10):
        ws.row_dimensions[rr].height = 21
    _notes(
        ws,
        h + 11,
        [
            "※KPI③は、隔年（偶数年度）に実施する村民アンケートの結果です。調査年度と翌年度のセルを結合して表示しています（H27は調査なし）。",
            "※KPI②の「OFFICE CAMP」は、平成27年に開設したシェアオフィスです（基準値は開設前のため「―」）。",
            "※村の人口は住民基本台帳によります。",
            "※令和6年度地方創生推進交付金：事業費12,400千円（うち交付金6,200千円）。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "higashiyoshino_kpi_suii_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 淡路市 (兵庫県): 淡路市まち・ひと・しごと創生総合戦略 重要業績評価指標（KPI）の実績
# --------------------------------------------------------------------------------------------

# Real (the city's 施政方針 pages, Wikipedia, the mayor's 2025 campaign page): the 2005-04-01 merger of
# the five 津名郡 towns, 184.24km², the 明石海峡大橋, 淡路島 1,333万人 / 淡路市 961万人 (令和5年度, 兵庫県観光客
# 動態調査), 38件 企業誘致 from outside the city since the merger, the 令和6年度 寄附見込み 45億円, 企画情報部.
# Made up: the page, its date, the 基本目標, the baselines, targets, the other actuals and statuses.
AW_HEAD = """<thead>
<tr><th>重要業績評価指標（KPI）</th><th>単位</th><th>基準値<br>（R元）</th><th>目標値</th><th>実績値</th><th>達成状況</th><th>最終目標<br>（R7）</th></tr>
</thead>"""
AW_TABLES = [
    (
        "令和5年度",
        [
            ("企業誘致件数（合併以降の累計）", "件", "26", "34", "35", "達成", "40"),
            ("観光入込客数", "万人", "985", "900", "961", "達成", "1,000"),
            ("ふるさと納税寄附額", "億円", "12.6", "35.0", "33.8", "未達成", "50.0"),
        ],
    ),
    (
        "令和6年度（見込）",
        [
            ("企業誘致件数（合併以降の累計）", "件", "26", "36", "38", "―", "40"),
            ("観光入込客数", "万人", "985", "950", "942", "―", "1,000"),
            ("ふるさと納税寄附額", "億円", "12.6", "40.0", "45.0", "―", "50.0"),
        ],
    ),
]


def awaji_html() -> str:
    parts = []
    for year, rows in AW_TABLES:
        body = "\n".join(
            f'<tr><th scope="row">{name}</th><td class="c">{unit}</td>'
            + "".join(f'<td class="num">{v}</td>' for v in vals[:3])
            + f'<td class="c">{vals[3]}</td><td class="num">{vals[4]}</td></tr>'
            for name, unit, *vals in rows
        )
        parts.append(f"<h3>{year}</h3>\n<table>\n{AW_HEAD}\n<tbody>\n{body}\n</tbody>\n</table>")
    tables = "\n".join(parts)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>淡路市まち・ひと・しごと創生総合戦略 重要業績評価指標（KPI）の実績 - 淡路市</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
thead th {{ background: #d9d9d9; }}
tbody th {{ text-align: left; font-weight: normal; }}
td.num {{ text-align: right; }}
td.c {{ text-align: center; }}
</style>
</head>
<body>
<p>トップページ &gt; 市政情報 &gt; 計画・施策 &gt; 地方創生</p>
<h1>淡路市まち・ひと・しごと創生総合戦略 重要業績評価指標（KPI）の実績</h1>
<p>掲載日：2025年6月30日更新　企画情報部</p>
<p>淡路市は、平成17年4月1日に津名郡の津名町・淡路町・北淡町・一宮町・東浦町の5町が合併して誕生しました（面積184.24km<sup>2</sup>）。明石海峡大橋で神戸市と結ばれ、令和5年度の観光客入込数は、淡路島全体の1,333万人のうち961万人が淡路市でした。</p>
<p>総合戦略に掲げた重要業績評価指標（KPI）について、年度ごとの目標値と実績値を掲載します。計画期間は1年延長し、最終目標は令和7年度としています。</p>
<h2>基本目標1　しごとをつくり、にぎわいを生み出す</h2>
{tables}
<p>※令和6年度の実績値は、令和7年3月末時点の見込みです。達成状況は実績の確定後に判定します。</p>
<p>※企業誘致件数は、市外からの誘致企業の合併以降の累計です（このほか市内企業の新設・拡充41件）。</p>
<h2>（参考）淡路島の観光客入込数（令和5年度）</h2>
<table>
<thead>
<tr><th>区分</th><th>観光客入込数</th><th>構成比</th></tr>
</thead>
<tbody>
<tr><th scope="row">淡路島全体</th><td class="num">1,333万人</td><td class="num">100.0%</td></tr>
<tr><th scope="row">うち淡路市</th><td class="num">961万人</td><td class="num">72.1%</td></tr>
</tbody>
</table>
<p>出典：令和5年度兵庫県観光客動態調査報告書</p>
<p>お問い合わせ：企画情報部</p>
</body>
</html>
"""


def awaji() -> Path:
    path = HERE / "awaji_kpi_jisseki_r6.html"
    path.write_bytes(awaji_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (nishiizu, kihoku, higashiyoshino):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {awaji().name}")


if __name__ == "__main__":
    main()
