"""Build the built documents of forms295/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/nagaokakyo_shisaku_hyoka_r5.xlsx``, a 総合計画 施策評価シート in the manner of 長岡京市 (京都府):
  form fields (施策, 主担当課, 事業費 in 千円, the population) over a 成果指標 grid with **a three-row
  header: fiscal years (``H26年度``, ``R3年度`` …) over a row of counting dates in brackets
  (``（R4.4.1）``), the day after each fiscal year ends**, and **``調査年外`` in the off-year of a
  biennial survey**; and the PDF;
* ``source/iwade_kpi_chukan_r6.xlsx``, a 地域再生計画 KPI 中間報告 in the manner of 岩出市 (和歌山県):
  **``令和6年度`` spanning ``目標 | 12月末実績 | 年度末見込``** beside single-column ``令和7年度`` /
  ``令和8年度`` targets, **a 見込 written as a range (``10～12``)** and one with ``約``, a month-end
  baseline ``事業開始前（R6.3末）``; and the PDF;
* ``source/takasago_juten_shihyo_r5.xlsx``, a 総合計画 重点評価指標 sheet in the manner of 高砂市 (兵庫県):
  **a three-row header whose top cell ``令和（年度）`` carries the era and the word 年度 for every period
  cell below, which prints bare numbers (``元``, ``3``, ``4``, ``5``, ``8``)**; **``p`` after a number
  for a 速報値 (``▲96p``, ``1.29p``)** with its legend; ``▲`` negatives, ``±0``, ``中止``, ``千人``; and
  a count row of the sheet's own indicators; and the PDF;
* ``nagakute_kpi_shinchoku_r5.html``, a 総合戦略 KPI page in the manner of 長久手市 (愛知県): **a
  two-row ``<thead>`` whose top row names the strategy periods (``第1期戦略（平成27～令和元年度）``,
  ``第2期戦略（令和2～6年度）``) over era-less year cells (``27年度（基準）``, ``元年度（実績）``,
  ``3年度`` …)**, the first group spanning two eras; **``※`` after a number marking a 見込値**
  (legend under the table); ``<th rowspan>`` 基本目標 cells; a ``―`` actual.

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
    wb.properties.creator = "forms295/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms295/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms295_soffice_") as tmp:
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
# 長岡京市 (京都府): 長岡京市第4次総合計画 第2期基本計画 施策評価シート（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (localgovs.net, mirai-nagaokakyo.jp, city.nagaokakyo.lg.jp): the plan's name, its period (目標年度
# 令和7年度), the population 80,608人 (令和2年国勢調査), 保育所等の認可定員 1,397人 (H27年4月) and
# 2,118人 (R4年4月). Made up: the sheet, 施策 number, 課, money, every other figure.
NK_ROWS = [
    (
        "1",
        "保育所等の認可定員",
        "人",
        "1,397",
        "2,118",
        "2,178",
        "2,238",
        "2,300",
        "子育て支援課調べ（4月1日現在）",
    ),
    ("2", "待機児童数（国基準）", "人", "38", "0", "0", "3", "0", "国の調査（4月1日現在）"),
    (
        "3",
        "地域子育て支援拠点の利用者数（延べ）",
        "人",
        "18,420",
        "12,960",
        "15,380",
        "17,040",
        "20,000",
        "各拠点の利用実績（年度計）",
    ),
    (
        "4",
        "子育てしやすいまちだと感じる市民の割合",
        "％",
        "41.5",
        "44.0",
        "調査年外",
        "46.2",
        "50.0",
        "市民意識調査（隔年実施）",
    ),
]


def nagaokakyo() -> Path:
    wb, ws = _sheet("施策評価", [5, 34, 6, 11, 11, 11, 11, 11, 24])
    _text(
        ws,
        1,
        1,
        "長岡京市第4次総合計画 第2期基本計画　施策評価シート（令和5年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 9, "令和6年7月", align="right")
    fields = [
        ("施策", "1-2　就学前教育・保育の充実", "主担当課", "子育て支援課"),
        (
            "施策に係る事業費（R5決算・千円）",
            "1,286,540",
            "市の人口",
            "80,608人（令和2年国勢調査）",
        ),
    ]
    r = 4
    for l1, v1, l2, v2 in fields:
        _span(ws, r, 1, 2, l1, header=True)
        _span(ws, r, 3, 5, v1, align="left")
        _span(ws, r, 6, 7, l2, header=True)
        _span(ws, r, 8, 9, v2)
        ws.row_dimensions[r].height = 20
        r += 1
    _text(ws, 7, 1, "２　成果指標の推移", bold=True, size=11)
    h = 8
    for c, word in ((1, "No."), (2, "成果指標"), (3, "単位"), (9, "調査の方法")):
        _put(ws, h, c, word, header=True)
        for k in (1, 2):
            _put(ws, h + k, c, None, header=True)
        _merge(ws, h, c, h + 2, c)
    _put(ws, h, 4, "策定時", header=True)
    _span(ws, h, 5, 7, "実績値", header=True)
    _put(ws, h, 8, "目標値", header=True)
    for j, (fy, day) in enumerate(
        [
            ("H26年度", "（H27.4.1）"),
            ("R3年度", "（R4.4.1）"),
            ("R4年度", "（R5.4.1）"),
            ("R5年度", "（R6.4.1）"),
            ("R7年度", "（R8.4.1）"),
        ]
    ):
        _put(ws, h + 1, 4 + j, fy, header=True)
        _put(ws, h + 2, 4 + j, day, header=True, size=8)
    for k in range(3):
        ws.row_dimensions[h + k].height = 18
    r = h + 3
    for no, name, unit, *vals, how in NK_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate(vals):
            _put(ws, r, 4 + j, v, align="center" if v == "調査年外" else "right")
        _put(ws, r, 9, how, size=8)
        ws.row_dimensions[r].height = 24
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※上段は年度、下段（　）は集計日です。No.1・2は各年度末の翌日（4月1日）現在の数値、No.3は年度の延べ人数です。",
            "※No.4の市民意識調査は隔年（奇数年度）に実施しており、調査を行わない年度は「調査年外」としています。",
            "※待機児童数は令和6年4月1日に3人となりましたが、うち2人は年度途中の5月までに入所しています。",
        ],
    )
    _text(ws, r + 5, 1, "３　施策の評価", bold=True, size=11)
    _para(
        ws,
        r + 6,
        1,
        9,
        "認可定員は策定時から841人増加し、待機児童は令和3・4年度の2年間ゼロを維持した。令和6年度は私立保育園1施設（定員60人）の開園を支援し、"
        "目標の達成を目指す。",
        34,
        border=True,
    )
    _page(ws, "portrait")
    path = SOURCE / "nagaokakyo_shisaku_hyoka_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 岩出市 (和歌山県): 岩出市まち・ひと・しごと創生推進計画 KPI中間報告（令和6年度）
# --------------------------------------------------------------------------------------------

# Real (furusato-funding.jp/projects/2218): the plan's name, 53,994人 (2021年3月末, 住民基本台帳), the
# 48,156人 of 2000 and the 2045 projection 50,143人 (in the prose). Made up: the sheet, period, money, KPIs.
IW_ROWS = [
    ("KPI①　創業支援による新規創業者数", "人", "8", "10", "7", "10～12", "10", "10"),
    ("KPI②　市内観光施設の入込客数", "千人", "412", "430", "338", "約440", "445", "460"),
    ("KPI③　移住・定住相談件数", "件", "24", "40", "29", "36", "45", "50"),
    ("KPI④　子育て世代（20～39歳）の転入超過数", "人", "85", "100", "―", "120", "110", "120"),
]


def iwade() -> Path:
    wb, ws = _sheet("KPI中間報告", [36, 7, 13, 9, 11, 11, 11, 11])
    _text(
        ws,
        1,
        1,
        "岩出市まち・ひと・しごと創生推進計画　重要業績評価指標（KPI）中間報告（令和6年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 8, "令和7年2月　岩出市", align="right")
    fields = [
        ("地域再生計画の名称", "岩出市まち・ひと・しごと創生推進計画"),
        ("計画期間", "令和6年4月1日～令和9年3月31日"),
        ("報告の時点", "令和6年12月末（令和6年度の年度末は見込）"),
        ("交付対象事業費（R6・千円）", "21,600（うち交付金 10,800）"),
    ]
    r = 4
    for label, value in fields:
        _put(ws, r, 1, label, header=True)
        _span(ws, r, 2, 8, value, align="left")
        ws.row_dimensions[r].height = 18
        r += 1
    _put(ws, r, 1, "市の現状", header=True)
    _span(
        ws,
        r,
        2,
        8,
        "本市の人口は2000年の国勢調査で48,156人となり、2021年3月末には53,994人（住民基本台帳）となったが、"
        "2045年には50,143人に減少すると推計されている。",
        align="left",
        size=8,
    )
    ws.row_dimensions[r].height = 30
    _text(ws, r + 2, 1, "■重要業績評価指標（KPI）", bold=True, size=11)
    h = r + 3
    _head2(
        ws,
        h,
        [(1, "KPI"), (2, "単位"), (3, "事業開始前\n（R6.3末）")],
        [
            (4, 6, "令和6年度", ["目標", "12月末実績", "年度末見込"]),
            (7, 7, "令和7年度", ["目標"]),
            (8, 8, "令和8年度", ["目標"]),
        ],
    )
    r = h + 2
    for name, unit, *vals in IW_ROWS:
        _put(ws, r, 1, name)
        _put(ws, r, 2, unit, align="center")
        for j, v in enumerate(vals):
            _put(
                ws,
                r,
                3 + j,
                v,
                align="center" if v == "―" else "right",
                fill=LIGHT if j == 3 else None,
            )
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※12月末実績は令和6年4月～12月の累計です。KPI④は住民基本台帳の年間集計によるため、12月末は「―」としています。",
            "※年度末見込は12月末までの実績に前年度1～3月の実績を加えて推計したもので、幅のあるものは下限～上限を記載しています。",
            "※KPI②の入込客数は市内主要3施設の合計です。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "iwade_kpi_chukan_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 高砂市 (兵庫県): 第5次高砂市総合計画 前期基本計画 重点評価指標の進捗状況（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (yokh.jp, city.takasago.hyogo.jp, hiroki84.com): 第5次総合計画 前期基本計画 and its 重点評価指標,
# that it takes in the 総合戦略, 「たかさご未来総合戦略」 (平成27年9月25日決定), 万灯祭. Made up: the rest.
TK_ROWS = [
    ("1", "転入超過数（社会増減）", "人", "▲312", "▲205", "▲188", "▲96p", "▲100", "±0"),
    ("2", "合計特殊出生率", "", "1.38", "1.35", "1.31", "1.29p", "1.40", "1.50"),
    ("3", "「住み続けたい」と思う市民の割合", "％", "72.4", "73.0", "74.1", "75.8", "75.0", "78.0"),
    ("4", "万灯祭の来場者数", "千人", "35", "中止", "28", "41", "40", "45"),
]


def takasago() -> Path:
    wb, ws = _sheet("重点評価指標", [5, 34, 6, 10, 10, 10, 10, 10, 10])
    _text(
        ws,
        1,
        1,
        "第5次高砂市総合計画 前期基本計画　重点評価指標の進捗状況（令和5年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 9, "令和6年9月　高砂市 企画政策室", align="right")
    _para(
        ws,
        4,
        1,
        9,
        "前期基本計画（令和4年度～令和8年度）は、まち・ひと・しごと創生法に基づく総合戦略を包含して策定しており、"
        "「たかさご未来総合戦略」（平成27年9月25日決定）の考え方を引き継いでいます。重点評価指標19項目のうち、"
        "人口・にぎわいに関する4項目の進捗は次のとおりです。",
        44,
    )
    _text(ws, 6, 1, "■重点評価指標（人口・にぎわい）", bold=True, size=11)
    h = 7
    for c, word in ((1, "No."), (2, "重点評価指標"), (3, "単位")):
        _put(ws, h, c, word, header=True)
        for k in (1, 2):
            _put(ws, h + k, c, None, header=True)
        _merge(ws, h, c, h + 2, c)
    _span(ws, h, 4, 9, "令和（年度）", header=True)
    _put(ws, h + 1, 4, "基準値", header=True)
    _span(ws, h + 1, 5, 7, "実績値", header=True)
    _span(ws, h + 1, 8, 9, "目標値", header=True)
    for j, y in enumerate(["元", "3", "4", "5", "5", "8"]):
        _put(ws, h + 2, 4 + j, y, header=True)
    for k in range(3):
        ws.row_dimensions[h + k].height = 18
    r = h + 3
    for no, name, unit, *vals in TK_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate(vals):
            _put(ws, r, 4 + j, v, align="center" if v == "中止" else "right")
        ws.row_dimensions[r].height = 22
        r += 1
    _span(ws, r, 1, 7, "令和5年度目標を達成した重点評価指標の数（4項目中）", fill=LIGHT)
    _span(ws, r, 8, 9, "3", fill=LIGHT, align="center")
    ws.row_dimensions[r].height = 20
    _notes(
        ws,
        r + 2,
        [
            "※▲はマイナス（転出超過）を示します。",
            "※p：速報値（確定値は翌年度9月頃に公表）",
            "※No.4の万灯祭は令和3年度は新型コロナウイルス感染症の影響により中止しました。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "takasago_juten_shihyo_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 長久手市 (愛知県): 第2期長久手市まち・ひと・しごと創生総合戦略 KPIの進捗状況（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (city.nagakute.lg.jp): the 第2期 strategy's name, its 推進会議 of 令和4年11月10日 (13名中12名出席),
# 企画政策課, ながくて未来図（第6次長久手市総合計画）, リニモ and 長久手古戦場駅. Made up: the page's date,
# the 基本目標 wording, every KPI and figure.
NG_HEAD = """<thead>
<tr><th rowspan="2" scope="col">基本目標</th><th rowspan="2" scope="col">重要業績評価指標（KPI）</th><th rowspan="2" scope="col">単位</th><th colspan="2" scope="colgroup">第1期戦略（平成27～令和元年度）</th><th colspan="4" scope="colgroup">第2期戦略（令和2～6年度）</th></tr>
<tr><th scope="col">27年度（基準）</th><th scope="col">元年度（実績）</th><th scope="col">3年度実績</th><th scope="col">4年度実績</th><th scope="col">5年度実績</th><th scope="col">6年度目標</th></tr>
</thead>"""

NG_GOALS = [
    (
        "1　にぎわいと働く場をつくる",
        [
            (
                "リニモ長久手古戦場駅の1日平均乗車人員",
                "人",
                "3,420",
                "4,150",
                "2,980",
                "3,560",
                "4,020※",
                "4,300",
            ),
            ("市内の新規創業件数", "件", "18", "22", "25", "21", "27", "30"),
        ],
    ),
    (
        "2　結婚・出産・子育ての希望をかなえる",
        [
            ("合計特殊出生率", "―", "1.72", "1.61", "1.55", "1.49", "1.47※", "1.70"),
            (
                "子育て支援に満足している市民の割合",
                "％",
                "58.0",
                "61.2",
                "63.5",
                "―",
                "66.0",
                "70.0",
            ),
        ],
    ),
]


def nagakute_html() -> str:
    rows = []
    for goal, inds in NG_GOALS:
        for i, (name, unit, *vals) in enumerate(inds):
            head = f'<th rowspan="{len(inds)}" scope="rowgroup">{goal}</th>' if i == 0 else ""
            rows.append(
                f'<tr>{head}<td>{name}</td><td class="c">{unit}</td>'
                + "".join(f'<td class="num">{v}</td>' for v in vals)
                + "</tr>"
            )
    body = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>第2期長久手市まち・ひと・しごと創生総合戦略 KPIの進捗状況（令和5年度） - 長久手市</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
td.num {{ text-align: right; }}
td.c {{ text-align: center; }}
p.note {{ font-size: 9pt; margin: 0.2em 0; }}
</style>
</head>
<body>
<p class="breadcrumb"><a href="/">ホーム</a> &gt; <a href="/shisei/">市政情報</a> &gt; <a href="/shisei/keikaku/">計画・施策</a> &gt; 第2期長久手市まち・ひと・しごと創生総合戦略</p>
<h1>第2期長久手市まち・ひと・しごと創生総合戦略 KPIの進捗状況（令和5年度）</h1>
<p class="date">令和6年11月20日更新　市長公室 企画政策課</p>
<p>本市では、ながくて未来図（第6次長久手市総合計画）と一体的に第2期長久手市まち・ひと・しごと創生総合戦略を推進しています。
令和4年11月10日に開催した長久手市まち・ひと・しごと創生総合戦略推進会議（委員13名中12名出席）での意見を踏まえ、令和5年度の重要業績評価指標（KPI）の進捗を取りまとめました。</p>
<h2>重要業績評価指標（KPI）の進捗状況</h2>
<table>
{NG_HEAD}
<tbody>
{body}
</tbody>
</table>
<p class="note">※印は見込値です（確定値は令和6年度末に公表予定）。</p>
<p class="note">「子育て支援に満足している市民の割合」は市民意識調査によるもので、4年度は調査を実施していないため「―」としています。</p>
<p class="note">第1期戦略の基準値は平成27年度、第2期戦略の目標年度は令和6年度です。</p>
<h2>お問い合わせ</h2>
<p>長久手市 市長公室 企画政策課<br>電話：0561-56-0600</p>
</body>
</html>
"""


def nagakute() -> Path:
    path = HERE / "nagakute_kpi_shinchoku_r5.html"
    path.write_text(nagakute_html(), encoding="utf-8")
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (nagaokakyo, iwade, takasago):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {nagakute().name}")


if __name__ == "__main__":
    main()
