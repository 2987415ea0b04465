"""Build the built documents of forms276/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/minowa_seika_shihyo_r5.xlsx``, a 振興計画 成果指標 進捗管理表 in the manner of 箕輪町 (長野県):
  form fields over a grid whose two-row header spans unevenly, **a ``前期（H28～R2）`` span over
  ``目標（R2） | 中間値（R2）``** (the 中間値 is the value measured at the end of the 前期, an actual) and
  **``計測値`` spanning the era-less years ``3年度 | 4年度 | 5年度``**, a ``達成見込`` mark column with
  a legend and a count line; and the PDF;
* ``source/tokai_kpi_kensho_r6.xlsx``, a 総合戦略 KPI 検証シート in the manner of 東海村 (茨城県):
  **``年度末値`` spanning ``R3 | R4 | R5 | R6（見込）``** (bare era years that are year-ends) and
  **a ``将来値（2040年）`` column** from the 人口ビジョン beside the strategy's target, an A/B/C
  評価 with its legend; and the PDF;
* ``source/ogose_jimujigyo_hyoka_r5.xlsx``, a 事務事業評価シート in the manner of 越生町 (埼玉県):
  活動/成果 rows, ``実績`` over ``R3 | R4``, ``当該年度（R5）`` over ``目標 | 実績``, **a ``次年度目標``
  column with no year** (dated by the form field ``評価対象年度``) holding one word target
  **``前年度と同程度``**, approximate actuals (``約48,000``); and the PDF;
* ``oizumi_jinko_shihyo_r6.html``, a 総合計画 指標の推移 page in the manner of 大泉町 (群馬県):
  **a years-down table whose row labels are 基準日 dates (``H31.3.31`` … ``R11.3.31``)** with a 区分
  column (策定時 / 実績 / 中間目標 / 目標), and **one column holding two indicators,
  ``外国人住民数（人）／比率（％）``, each cell two numbers (``8,190／19.6``)**.

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
    wb.properties.creator = "forms276/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms276/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms276_soffice_") as tmp:
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


def _fields(ws, r: int, rows, c_label: tuple[int, int], c_value: tuple[int, int]) -> int:
    """Bordered key-value form rows; returns the next free row."""
    for label, value in rows:
        _span(ws, r, c_label[0], c_label[1], label, header=True)
        _span(ws, r, c_value[0], c_value[1], value, align="left")
        ws.row_dimensions[r].height = 20
        r += 1
    return r


# --------------------------------------------------------------------------------------------
# 箕輪町 (長野県上伊那郡): 箕輪町第5次振興計画 後期基本計画 成果指標 進捗管理表（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (ina-dani.net, furusato-funding.jp/projects/1912, the mayor's policy pages): the plan's name,
# period (平成28年度～平成37年度 = 令和7年度) and slogan, 住民満足度 66.1% (平成26年) with the goal 70%,
# the goal 24,800人以上, 25,228人 (2015 国勢調査), the 2008 peak 26,499人, 合計特殊出生率 1.80 as a goal.
# Made up: the sheet, its date and 課, the money, every other figure and the notes.
MW_ROWS = [
    ("1", "住民満足度", "％", 66.1, 68.0, 67.4, 67.9, 68.5, 69.2, 70.0, "○"),
    ("2", "総人口", "人", 25228, 25000, 24972, 24850, 24760, 24690, "24,800以上", "△"),
    ("3", "合計特殊出生率", "", 1.52, 1.60, 1.55, 1.49, 1.51, "―", 1.80, "△"),
    ("4", "製造品出荷額等", "億円", 2410, 2500, 2268, 2395, 2480, 2530, 2600, "○"),
    ("5", "移住相談件数", "件", 24, 40, 52, 61, 58, 73, 80, "○"),
]


def minowa() -> Path:
    wb, ws = _sheet("成果指標", [6, 26, 7, 11, 10, 10, 9, 9, 9, 12, 9])
    _text(
        ws,
        1,
        1,
        "箕輪町第5次振興計画 後期基本計画　成果指標 進捗管理表（令和5年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 11, "令和6年8月　箕輪町企画振興課", align="right")
    r = _fields(
        ws,
        4,
        [
            ("計画名", "箕輪町第5次振興計画（みんなで創る、未来につながる、暮らしやすい箕輪町）"),
            ("計画期間", "平成28年度～令和7年度（10年間）"),
            ("評価対象年度", "令和5年度"),
            ("後期基本計画の関連事業費（R5決算・千円）", 1284500),
            (
                "町の人口",
                "25,228人（平成27年国勢調査）。2008年の26,499人をピークに減少が続いている。",
            ),
        ],
        (1, 3),
        (4, 11),
    )
    _text(ws, r + 1, 1, "■基本目標の成果指標", bold=True, size=11)
    h = r + 2
    _head2(
        ws,
        h,
        [
            (1, "No."),
            (2, "成果指標"),
            (3, "単位"),
            (4, "策定時\n（H27）"),
            (10, "最終目標\n（7年度）"),
            (11, "達成見込"),
        ],
        [
            (5, 6, "前期（H28～R2）", ["目標\n（R2）", "中間値\n（R2）"]),
            (7, 9, "計測値", ["3年度", "4年度", "5年度"]),
        ],
    )
    ws.row_dimensions[h + 1].height = 28
    r = h + 2
    for no, name, unit, *vals, mark in MW_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        fmts = {}
        for j, v in enumerate(vals):
            if isinstance(v, float):
                fmts[j] = "0.00" if unit == "" else "0.0"
        _vals(ws, r, 4, vals, fmts)
        _put(ws, r, 11, mark, align="center")
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "達成見込　○：最終目標の達成が見込まれる　△：最終目標の達成は困難",
            "成果指標5項目のうち、最終目標の達成が見込まれるもの（○）3項目",
            "※中間値は、前期基本計画の最終年度（令和2年度）に計測した値です。",
            "※住民満足度は町民アンケートによる（策定時は平成26年度調査、令和5年度は回答1,184人）。",
            "※合計特殊出生率の5年度値は未公表のため「―」としています。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "minowa_seika_shihyo_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 東海村 (茨城県那珂郡): 東海村まち・ひと・しごと創生総合戦略 KPI検証シート（令和6年度）
# --------------------------------------------------------------------------------------------

# Real (東海村人口ビジョン・総合戦略 ダイジェスト版, 平成27年10月; 第5次総合計画 後期基本計画): the plan
# names, the 策定 month, the population rising since the village began in 1955. Made up: the sheet,
# its date and 課, the plan period and 基本目標 wording, the money, every KPI and figure.
TK_ROWS = [
    ("総人口（住民基本台帳）", "人", 38153, 37902, 37760, 37611, 37480, 37500, 35000, "B"),
    ("村内事業所の従業者数", "千人", 20.4, 20.1, 20.6, 20.9, 21.2, 21.0, "", "A"),
    ("年少人口割合", "％", 14.2, 13.9, 13.7, 13.5, 13.4, 14.0, 13.0, "B"),
    ("転入超過数（社会増減）", "人", "▲62", 45, "▲18", 23, 30, 50, 100, "C"),
]


def tokai() -> Path:
    wb, ws = _sheet("KPI検証", [28, 7, 10, 9, 9, 9, 10, 12, 11, 7])
    _text(
        ws,
        1,
        1,
        "東海村まち・ひと・しごと創生総合戦略　KPI検証シート（令和6年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 10, "令和7年2月　東海村企画経営課", align="right")
    r = _fields(
        ws,
        4,
        [
            ("策定", "平成27年10月（東海村人口ビジョンと同時に策定）"),
            ("計画期間", "令和2年度～令和6年度"),
            (
                "村の概要",
                "昭和30年（1955年）の村発足以来、総人口は増加傾向を維持してきた（人口ビジョン）。",
            ),
            ("総合戦略関連事業費（R6当初・千円）", 312400),
        ],
        (1, 2),
        (3, 10),
    )
    _text(ws, r + 1, 1, "基本目標１　しごとの創出と村に住み続ける人の確保", bold=True, size=11)
    h = r + 2
    _head2(
        ws,
        h,
        [
            (1, "KPI"),
            (2, "単位"),
            (3, "基準値\n（R元）"),
            (8, "目標値\n（R6年度末）"),
            (9, "将来値\n（2040年）"),
            (10, "評価"),
        ],
        [(4, 7, "年度末値", ["R3", "R4", "R5", "R6（見込）"])],
    )
    r = h + 2
    for name, unit, *vals, grade in TK_ROWS:
        _put(ws, r, 1, name)
        _put(ws, r, 2, unit, align="center")
        fmts = {j: "0.0" for j, v in enumerate(vals) if isinstance(v, float)}
        _vals(ws, r, 3, vals, fmts)
        _put(ws, r, 10, grade, align="center", bold=True)
        ws.row_dimensions[r].height = 24
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "評価　A：目標値を達成　B：目標値の95%以上　C：目標値の95%未満（R6（見込）による）",
            "KPI 4項目のうち A 1項目、B 2項目、C 1項目",
            "※年度末値は各年度の3月31日現在の値です。R6（見込）は令和7年1月末の実績から推計しています。",
            "※将来値は、東海村人口ビジョン（平成27年10月）に示した2040年の将来展望の値です。",
            "※▲はマイナス（転出超過）を表します。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "tokai_kpi_kensho_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 越生町 (埼玉県入間郡): 令和6年度 事務事業評価シート（令和5年度実施事業）
# --------------------------------------------------------------------------------------------

# Real (town page 1453290415785.html): 越生梅林 (関東三大梅林の一つ), 黒山三滝 (日本観光百選), 梅とゆず
# 県内第1位, the ハイキングのまち declaration of 平成28年4月29日, 産業観光課. Made up: the 事業, the
# sheet, every indicator and figure, the money, the notes.
OG_ROWS = [
    ("活動", "ハイキングイベント開催回数", "回", 10, 12, 12, 14, "前年度と同程度", 15),
    ("活動", "観光案内所の案内件数", "件", 3820, 4105, 4000, 4388, 4500, 5000),
    ("成果", "越生梅林の入園者数", "人", "約48,000", "約52,000", 55000, 51360, 55000, 60000),
    ("成果", "ハイキング参加者の満足度", "％", 86.2, 88.0, 85.0, 84.1, 85.0, 90.0),
]


def ogose() -> Path:
    wb, ws = _sheet("事務事業評価", [7, 28, 6, 10, 10, 10, 10, 13, 12])
    _text(ws, 1, 1, "令和6年度　事務事業評価シート（令和5年度実施事業）", bold=True, size=13)
    _text(ws, 2, 9, "令和6年7月", align="right")
    r = _fields(
        ws,
        4,
        [
            ("事務事業名", "観光ハイキング推進事業"),
            ("担当課", "産業観光課"),
            ("評価対象年度", "令和5年度"),
            ("事業費（R5決算・千円）", 8420),
        ],
        (1, 2),
        (3, 9),
    )
    _text(ws, r, 1, "１　事業の目的", bold=True, size=11)
    _para(
        ws,
        r + 1,
        1,
        9,
        "関東三大梅林の一つに数えられる越生梅林、日本観光百選の黒山三滝などの資源を活かし、「ハイキングのまち」"
        "（平成28年4月29日宣言）として来訪者を増やす。梅とゆずの収穫量・出荷量は県内第1位であり、観光と農産物の"
        "販売を結び付ける。",
        42,
        border=True,
    )
    _text(ws, r + 3, 1, "２　指標の状況", bold=True, size=11)
    h = r + 4
    _head2(
        ws,
        h,
        [(1, "区分"), (2, "指標名"), (3, "単位"), (8, "次年度目標"), (9, "最終目標\n（R7）")],
        [
            (4, 5, "実績", ["R3", "R4"]),
            (6, 7, "当該年度（R5）", ["目標", "実績"]),
        ],
    )
    r = h + 2
    for kind, name, unit, *vals in OG_ROWS:
        _put(ws, r, 1, kind, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        fmts = {j: "0.0" for j, v in enumerate(vals) if isinstance(v, float)}
        for j, v in enumerate(vals):
            if isinstance(v, str):
                _put(ws, r, 4 + j, v, align="right", size=8 if len(v) > 6 else 9)
            else:
                _put(ws, r, 4 + j, v, align="right", fmt=fmts.get(j))
        ws.row_dimensions[r].height = 24
        r += 1
    _text(ws, r + 1, 1, "３　評価", bold=True, size=11)
    _span(ws, r + 2, 1, 2, "総合評価", header=True)
    _span(ws, r + 2, 3, 9, "A　順調（事業を継続する）", align="left")
    ws.row_dimensions[r + 2].height = 20
    _notes(
        ws,
        r + 4,
        [
            "※次年度目標は、評価対象年度の翌年度の目標です。",
            "※R3・R4の入園者数は、有料期間（2月中旬～3月下旬）の入園券販売数からの概数です。",
            "※満足度はイベント参加者アンケート（令和5年度回収412件）による。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "ogose_jimujigyo_hyoka_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 大泉町 (群馬県邑楽郡): 大泉町総合計画 人口と多文化共生に関する成果指標の推移
# --------------------------------------------------------------------------------------------

# Real (町村長随想 zck.or.jp/site/essay/33285.html, the town's Wikipedia entry, gunmaai.jp): 18.03㎢,
# 群馬県内で一番小さな自治体, 人口約42,000人・外国籍約9,000人（約22%）・55カ国, 41,762人 (2023年3月末),
# the 総合計画 from 平成31年度, 企画戦略課. Made up: every other figure, the targets and notes.
OZ_ROWS = [
    ("H31.3.31", "策定時", "41,950", "7,620／18.2", "13.1"),
    ("R4.3.31", "実績", "41,880", "7,890／18.8", "12.4"),
    ("R5.3.31", "実績", "41,762", "8,190／19.6", "12.1"),
    ("R6.3.31", "中間目標", "41,800", "―", "12.5"),
    ("R6.3.31", "実績", "41,590", "8,620／20.7", "11.9"),
    ("R11.3.31", "目標", "42,000", "―", "13.0"),
]


def oizumi_html() -> str:
    rows = []
    for day, kind, *vals in OZ_ROWS:
        cls = ' class="t"' if "目標" in kind else ""
        rows.append(
            f'<tr{cls}><th scope="row">{day}</th><td class="c">{kind}</td>'
            + "".join(f'<td class="num">{v}</td>' for v in vals)
            + "</tr>"
        )
    body = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>人口と多文化共生に関する成果指標の推移 - 大泉町</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
tr.t td {{ background: #f2f2f2; font-weight: bold; }}
td.num {{ text-align: right; }}
td.c {{ text-align: center; }}
</style>
</head>
<body>
<p>ホーム &gt; 町政 &gt; 計画・施策 &gt; 総合計画</p>
<h1>大泉町総合計画　人口と多文化共生に関する成果指標の推移</h1>
<p>更新日：令和6年6月3日　企画戦略課</p>
<p>大泉町は面積18.03㎢と群馬県内で一番小さな自治体ですが、人口は約42,000人、そのうち外国籍の方は約9,000人（約22%）で、55カ国の方が暮らしています。平成31年度から始まった総合計画では、人口と多文化共生に関する指標を毎年3月31日の住民基本台帳で確認しています。</p>
<h2>成果指標の推移（住民基本台帳）</h2>
<table>
<thead>
<tr><th>基準日</th><th>区分</th><th>総人口（人）</th><th>外国人住民数（人）／比率（％）</th><th>年少人口割合（％）</th></tr>
</thead>
<tbody>
{body}
</tbody>
</table>
<p>※比率は、総人口に占める外国人住民の割合です。外国人住民については目標を設定していないため「―」としています。</p>
<p>※中間目標は総合計画の前期（5年間）の目標、目標は計画の最終年度の目標です。</p>
<p>※令和5年3月末の総人口41,762人は、県内の町村で最も多い人口です。</p>
</body>
</html>
"""


def oizumi() -> Path:
    path = HERE / "oizumi_jinko_shihyo_r6.html"
    path.write_bytes(oizumi_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (minowa, tokai, ogose):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {oizumi().name}")


if __name__ == "__main__":
    main()
