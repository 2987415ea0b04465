"""Build the documents of forms321/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/bando_senryaku_kpi_r6.xlsx``, a 第2期総合戦略 KPI進捗 sheet in the manner of 坂東市 (茨城県):
  form fields over a one-row KPI grid ``No. | KPI | 単位 | 基準値（R2） | R4実績 | R5実績 | R6実績 |
  目標値（R8） | 前年度比``, a 前年度比 column of arrows (↑ → ↓) that is a trend, not a status, **one
  name whose footnote says the indicator replaced an older one (生産量（t） → 出荷額)**, and the R6
  actuals typed in full-width digits; and the PDF;
* ``source/shimotsuke_shisaku_hyoka_r6.xlsx``, a 施策評価シート in the manner of 下野市 (栃木県): a
  two-row header with ``令和5年度`` / ``令和6年度`` spans over ``目標 | 実績`` and **a last column
  ``算出方法・出典`` full of numbers, one of whose cells says that row is counted by calendar year
  (暦年)**; a unit ``kg/10a``; and the PDF;
* ``source/togane_kpi_suii_r6.xlsx``, a years-down KPI grid in the manner of 東金市 (千葉県): **the units
  and their scale words (``千人``, ``百万円``) in a header row of their own under the KPI names**, and
  **two R6 cells shaded grey, which the legend says are 見込値**; and the PDF;
* ``tsurugashima_seika_shihyo_r6.html``, a 総合計画 成果指標 page in the manner of 鶴ヶ島市 (埼玉県):
  ``<th rowspan>`` 施策 cells, Western fiscal years, **a name with ``<ruby>`` furigana and no ``<rp>``**,
  and **a baseline cell that carries its own survey year, ``58.3<small>（2019年度調査）</small>``, under
  ``基準値（2018年度）``**, with ``―`` in years without a survey.

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
    wb.properties.creator = "forms321/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms321/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms321_soffice_") as tmp:
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
# 坂東市 (茨城県): 第2期坂東市まち・ひと・しごと創生総合戦略 KPIの進捗状況（令和6年度）
# --------------------------------------------------------------------------------------------

# Real (city.bando.lg.jp page003057, furu-con.jp/projects/1237, zenkan.jp): the strategy's name and its
# making together with ばんどう未来ビジョン 第2期戦略プラン (令和4年3月), the 基本目標1 wording, the population
# (59,738人 in 1995, 52,211人 in 2024, 36,941人 in 2045 by 社人研), レタス・ねぎ and さしま茶 (the first tea
# exported from Japan), 菅生沼. Made up: the sheet, its date, 課, 計画期間, every KPI, figure and note.
BD_ROWS = [
    ("1", "さしま茶の出荷額※1", "千円", 182400, 176900, 185300, "１９１，２５０", 200000, "↑"),
    ("2", "企業立地件数（累計）", "件", 3, 5, 7, "８", 10, "↑"),
    ("3", "新規就農者数", "人", 12, 14, 11, "１１", 15, "→"),
    ("4", "菅生沼周辺の観光入込客数※2", "人", 31200, 28400, 33900, "３２，６００", 40000, "↓"),
    ("5", "市内事業所の従業者数", "人", 18250, 18410, 18630, "１８，９０５", 19000, "↑"),
]


def bando() -> Path:
    wb, ws = _sheet("KPI進捗状況", [5, 34, 7, 11, 11, 11, 11, 11, 8])
    _text(
        ws,
        1,
        1,
        "第2期坂東市まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の進捗状況（令和６年度）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 9, "令和7年8月　坂東市総務部企画課", align="right")
    fields = [
        (
            "戦略の名称",
            "第2期坂東市まち・ひと・しごと創生総合戦略（「ばんどう未来ビジョン」第2期戦略プランと一体で策定）",
        ),
        ("計画期間", "令和4年度～令和8年度（5年間）"),
        ("担当課", "企画課"),
        (
            "市の現状",
            "本市の人口は1995（平成7）年の59,738人をピークに減少に転じ、2024（令和6）年には52,211人（住民基本台帳人口）となりました。"
            "国立社会保障・人口問題研究所の推計では、2045年には36,941人まで減少する見込みです。"
            "利根川の恵みを受けたレタスやねぎなどの生鮮野菜、日本で初めて海外へ輸出された「さしま茶」が本市の特産です。",
        ),
    ]
    r = 4
    for label, value in fields:
        _span(ws, r, 1, 2, label, header=True)
        _span(ws, r, 3, 9, value, align="left")
        ws.row_dimensions[r].height = (
            54 if label == "市の現状" else (30 if label == "戦略の名称" else 20)
        )
        r += 1
    _text(
        ws,
        9,
        1,
        "基本目標１　稼ぐ地域をつくるとともに、安心して働けるようにする",
        bold=True,
        size=11,
    )
    heads = [
        "No.",
        "重要業績評価指標（KPI）",
        "単位",
        "基準値\n（R2）",
        "R4実績",
        "R5実績",
        "R6実績",
        "目標値\n（R8）",
        "前年度比",
    ]
    for c, word in enumerate(heads, start=1):
        _put(ws, 10, c, word, header=True)
    ws.row_dimensions[10].height = 30
    r = 11
    for no, name, unit, *vals, arrow in BD_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate(vals):
            _put(ws, r, 4 + j, v, align="right")
        _put(ws, r, 9, arrow, align="center", size=11, bold=True)
        ws.row_dimensions[r].height = 24
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "前年度比　↑：増加　→：横ばい（増減が1％未満）　↓：減少（いずれもR6実績とR5実績の比較です）",
            "※1　令和5年度の見直しにより、指標を「さしま茶の生産量（t）」から「さしま茶の出荷額」に変更しました。",
            "　　　基準値及びR4実績も出荷額に置き換えて記載しています。",
            "※2　県自然博物館、菅生沼ふれあい公園など菅生沼周辺の4施設の入込客数の合計です。",
            "※R6実績は令和7年7月末時点の確定値です。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "bando_senryaku_kpi_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 下野市 (栃木県): 施策評価シート（令和6年度）、第二次下野市総合計画 後期基本計画
# --------------------------------------------------------------------------------------------

# Real (city.shimotsuke.lg.jp info-0000007033-3, tss.or.jp 市町概要): the plan's name and periods (基本構想
# 平成28年度～令和7年度, 後期基本計画 令和3年度～令和7年度), the 将来像, the merger of 南河内町・石橋町・国分寺町 on
# 平成18年1月10日, 74.59km², 標高約40～80m, the four rivers and かんぴょう; 総合政策課 (a mayor's press page).
# Made up: the sheet, its date, 施策 3-2, 主管課 農政課, every indicator, figure and source text.
SM_ROWS = [
    (
        "1",
        "認定農業者数",
        "経営体",
        248,
        255,
        251,
        258,
        262,
        260,
        "各年度末の認定農業者数（市農政課調べ）",
    ),
    (
        "2",
        "かんぴょうの生産量",
        "t",
        38.6,
        40.0,
        35.2,
        40.0,
        36.8,
        40.0,
        "市内生産者の出荷量（JA集計）。暦年（1月～12月）で集計し、各年度の欄には同じ数字の年（例：令和5年度の欄は令和5年1月～12月）の数値を記載",
    ),
    (
        "3",
        "10a当たりの水稲収量",
        "kg/10a",
        528,
        540,
        546,
        540,
        519,
        545,
        "作物統計調査（農林水産省）の市町村別収量",
    ),
    (
        "4",
        "農産物直売所の販売額",
        "千円",
        612300,
        650000,
        671480,
        665000,
        688150,
        700000,
        "市内4か所の農産物直売所の販売額の合計（税込）",
    ),
]


def shimotsuke() -> Path:
    wb, ws = _sheet("施策評価シート", [5, 26, 8, 10, 10, 10, 10, 10, 10, 38])
    _text(
        ws,
        1,
        1,
        "令和６年度　施策評価シート（第二次下野市総合計画 後期基本計画）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 10, "令和7年7月　下野市総合政策課", align="right")
    rows = [
        ("施策", "3-2　農業の振興", "主管課", "農政課"),
        (
            "計画期間",
            "令和3年度～令和7年度（後期基本計画）　※基本構想は平成28年度～令和7年度",
            "将来像",
            "ともに築き　未来へつなぐ　幸せ実感都市",
        ),
    ]
    r = 4
    for a, b, c, d in rows:
        _span(ws, r, 1, 2, a, header=True)
        _span(ws, r, 3, 7, b, align="left")
        _span(ws, r, 8, 9, c, header=True)
        _put(ws, r, 10, d)
        ws.row_dimensions[r].height = 20
        r += 1
    _span(ws, r, 1, 2, "施策の現状", header=True)
    _span(
        ws,
        r,
        3,
        10,
        "本市は平成18年1月10日に南河内町・石橋町・国分寺町の3町が合併して誕生しました。面積74.59km²、標高約40～80mの平坦な地形で、"
        "東部に鬼怒川と田川、西部に思川と姿川が流れ、肥沃な水田地帯が広がっています。畑地では特産のかんぴょうが栽培され、都市近郊農業が発達しています。",
        align="left",
    )
    ws.row_dimensions[r].height = 36
    _text(ws, 8, 1, "２　成果指標の達成状況", bold=True, size=11)
    _head2(
        ws,
        9,
        [
            (1, "No."),
            (2, "成果指標"),
            (3, "単位"),
            (4, "策定時\n（R元）"),
            (9, "最終目標\n（R7）"),
            (10, "算出方法・出典"),
        ],
        [(5, 6, "令和5年度", ["目標", "実績"]), (7, 8, "令和6年度", ["目標", "実績"])],
    )
    r = 11
    for no, name, unit, *vals, source in SM_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, vals)
        _put(ws, r, 10, source, size=8)
        ws.row_dimensions[r].height = 36
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※策定時（R元）は後期基本計画の策定時に把握していた値です。",
            "※令和6年度の実績は令和7年6月末までに確定した数値です。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "shimotsuke_shisaku_hyoka_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 東金市 (千葉県): 第2期東金市まち・ひと・しごと創生総合戦略 KPIの年度別推移
# --------------------------------------------------------------------------------------------

# Real (chifo.life/chiba-togane, furusatoguide.com/chiba/213, a 平成30年 council record on chiholog.net):
# 89.12km², 57,052人 (2024年8月1日推計), 九十九里平野と房総台地の境界, 八鶴湖 (桜の名所), チーバベリー (平成29年から),
# 企画政策部 and 企画課. Made up: the strategy's name and period (not checked), the sheet, every KPI, figure and note.
TG_COLS = [
    "KPI①\n観光入込客数",
    "KPI②\nいちご狩り園の入園者数",
    "KPI③\n移住相談件数",
    "KPI④\nふるさと納税寄附額",
]
TG_UNITS = ["千人", "人", "件", "百万円"]
TG_ROWS = [
    ("基準値（R元）", [1482, 18600, 24, 312]),
    ("R2", [905, 9850, 31, 486]),
    ("R3", [1012, 12400, 38, 655]),
    ("R4", [1236, 15920, 45, 702]),
    ("R5", [1398, 17300, 52, 818]),
    ("R6", [1455, 18950, 49, 870]),
    ("目標値（R6）", [1600, 20000, 50, 800]),
]
TG_ESTIMATE = {("R6", 0), ("R6", 3)}
GREY = PatternFill("solid", fgColor="BFBFBF")
PALE = PatternFill("solid", fgColor="E2EFDA")


def togane() -> Path:
    wb, ws = _sheet("KPI推移", [16, 19, 19, 19, 19])
    _text(
        ws, 1, 1, "第2期東金市まち・ひと・しごと創生総合戦略　KPIの年度別推移", bold=True, size=13
    )
    _text(ws, 2, 5, "令和7年6月　東金市企画政策部企画課", align="right")
    fields = [
        ("計画の名称", "第2期東金市まち・ひと・しごと創生総合戦略"),
        ("計画期間", "令和2年度～令和6年度（5年間）"),
        ("担当課", "企画課"),
        (
            "市の概要",
            "面積89.12km²、人口57,052人（2024年8月1日現在の推計人口）。九十九里平野と房総台地の境界に位置し、八鶴湖は桜の名所として知られています。"
            "平成29年からは千葉県のいちごの新品種「チーバベリー」の栽培も始まりました。",
        ),
    ]
    r = 4
    for label, value in fields:
        _put(ws, r, 1, label, header=True)
        _span(ws, r, 2, 5, value, align="left")
        ws.row_dimensions[r].height = 44 if label == "市の概要" else 20
        r += 1
    _text(ws, 9, 1, "■KPIの年度別推移", bold=True, size=11)
    _put(ws, 10, 1, "区分", header=True, fill=PALE)
    _put(ws, 11, 1, None, header=True, fill=PALE)
    _merge(ws, 10, 1, 11, 1)
    for j, (name, unit) in enumerate(zip(TG_COLS, TG_UNITS)):
        _put(ws, 10, 2 + j, name, header=True, fill=PALE)
        _put(ws, 11, 2 + j, unit, header=True, fill=PALE, size=8)
    ws.row_dimensions[10].height = 30
    ws.row_dimensions[11].height = 16
    r = 12
    for label, vals in TG_ROWS:
        bold = label.startswith("目標")
        _put(ws, r, 1, label, align="center", bold=bold)
        for j, v in enumerate(vals):
            fill = GREY if (label, j) in TG_ESTIMATE else None
            _put(ws, r, 2 + j, v, bold=bold, fill=fill)
        ws.row_dimensions[r].height = 20
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※網掛け（灰色）のセルは集計中のため見込値です（令和7年5月末時点の推計）。それ以外のR6の数値は確定値です。",
            "※各欄の数値は、上段のKPI名の下に記載した単位で表示しています。",
            "※KPI④は百万円未満を四捨五入しています。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "togane_kpi_suii_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 鶴ヶ島市 (埼玉県): 第6次鶴ヶ島市総合計画 前期基本計画 成果指標の最終実績
# --------------------------------------------------------------------------------------------

# Real (city.tsurugashima.lg.jp page009975 and page011121, Wikipedia mirror): 第6次鶴ヶ島市総合計画 (令和2年3月),
# the 将来像, 40施策 in the 前期基本計画, the 後期基本計画 (令和7年度～令和11年度), 17.65km², 70,104人
# (2024年12月1日推計), 脚折雨乞. Made up: the page, its date and 課, the 政策分野 and 施策 wording, every indicator,
# figure and note.
TS_TABLES = [
    (
        "政策分野２　子育て・教育",
        [
            (
                "2-1　子育て支援の充実",
                [
                    (
                        "子育てしやすいまちだと思う市民の割合",
                        "％",
                        "58.3<small>（2019年度調査）</small>",
                        "―",
                        "61.0",
                        "―",
                        "63.5",
                        "65.0",
                    ),
                    (
                        "ファミリー・サポート・センターの会員数",
                        "人",
                        "640",
                        "702",
                        "735",
                        "761",
                        "790",
                        "800",
                    ),
                ],
            ),
        ],
    ),
    (
        "政策分野６　地域・文化",
        [
            (
                "6-3　伝統文化の継承",
                [
                    (
                        "<ruby>脚折<rt>すねおり</rt></ruby>雨乞の伝承活動への参加者数",
                        "人",
                        "420",
                        "180",
                        "510",
                        "560",
                        "605",
                        "600",
                    ),
                    (
                        "市民文化祭の来場者数",
                        "人",
                        "8,900",
                        "3,200",
                        "6,850",
                        "7,900",
                        "8,420",
                        "9,000",
                    ),
                ],
            ),
            (
                "6-4　生涯学習の推進",
                [
                    (
                        "市民大学講座の受講者数（延べ）",
                        "人",
                        "2,150",
                        "1,320",
                        "1,880",
                        "2,040",
                        "2,260",
                        "2,400",
                    ),
                ],
            ),
        ],
    ),
]

TS_HEAD = """<thead>
<tr><th rowspan="2">施策</th><th rowspan="2">成果指標</th><th rowspan="2">単位</th><th rowspan="2">基準値<br>（2018年度）</th><th colspan="4">実績値</th><th rowspan="2">目標値<br>（2024年度）</th></tr>
<tr><th>2021年度</th><th>2022年度</th><th>2023年度</th><th>2024年度</th></tr>
</thead>"""


def tsurugashima_html() -> str:
    parts = []
    for heading, groups in TS_TABLES:
        rows = []
        for shisaku, items in groups:
            for i, (name, unit, *vals) in enumerate(items):
                cells = []
                if i == 0:
                    span = f' rowspan="{len(items)}"' if len(items) > 1 else ""
                    no, title = shisaku.split("　")
                    cells.append(f'<th class="l"{span}>{no}<br>{title}</th>')
                cells.append(f"<td>{name}</td>")
                cells.append(f'<td class="c">{unit}</td>')
                for v in vals:
                    cls = "c" if v == "―" else "num"
                    cells.append(f'<td class="{cls}">{v}</td>')
                rows.append("<tr>" + "".join(cells) + "</tr>")
        parts.append(
            f"<h2>{heading}</h2>\n<table>\n{TS_HEAD}\n<tbody>\n"
            + "\n".join(rows)
            + "\n</tbody>\n</table>"
        )
    tables = "\n".join(parts)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>第6次鶴ヶ島市総合計画 前期基本計画 成果指標の最終実績 - 鶴ヶ島市</title>
<style>
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
th.l {{ text-align: left; background: #f2f2f2; }}
td.num {{ text-align: right; }}
td.c {{ text-align: center; }}
</style>
</head>
<body>
<p>ホーム &gt; くらし・市政 &gt; 市政全般 &gt; 政策・計画 &gt; 総合計画 &gt; 前期基本計画の成果指標</p>
<h1>第6次鶴ヶ島市総合計画 前期基本計画　成果指標の最終実績（令和6年度）</h1>
<p>更新日：2025年9月12日　担当：政策推進課</p>
<p>鶴ヶ島市は面積17.65km²、人口70,104人（2024年12月1日現在の推計人口）のまちです。令和2年3月に策定した第6次鶴ヶ島市総合計画では「しあわせ共感 安心のまち つるがしま」を将来像に掲げ、前期基本計画（2020年度～2024年度）では40の施策を体系化して取り組んできました。前期基本計画の最終年度である2024年度（令和6年度）の成果指標の実績をお知らせします。なお、2025年4月からは後期基本計画（2025年度～2029年度）が始まっています。</p>
{tables}
<p>※「子育てしやすいまちだと思う市民の割合」は隔年で実施する市民意識調査によります。基準値は2018年度に調査を行わなかったため、2019年度の調査結果を掲載しています。調査を行わなかった年度は「―」としています。</p>
<p>※2021年度の実績は、新型コロナウイルス感染症の影響により、多くの行事や講座が縮小して開催されました。</p>
</body>
</html>
"""


def tsurugashima() -> Path:
    path = HERE / "tsurugashima_seika_shihyo_r6.html"
    path.write_bytes(tsurugashima_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (bando, shimotsuke, togane):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {tsurugashima().name}")


if __name__ == "__main__":
    main()
