"""Build the built documents of forms106/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/tomakomai_senryaku_kensho_h27.xlsx``, 総合戦略関連事業に係る実績及び検証 in the manner of
  苫小牧市 (北海道): a 事業名 cell holding the 事業's own KPIs as ``（name target⇒actual）`` lines, a
  総合戦略 KPI beside it with ``目標値［目標年度］`` (a year range in square brackets), a row that prints a
  基本目標 instead of a KPI, ○/△ 評価 marks and a 事業費 column; and the PDF;
* ``source/aizuwakamatsu_chukan_hyoka_r3.xlsx``, a 総合計画 中間評価 in the manner of 会津若松市 (福島県):
  actual columns headed by plan years ``計画1年目（H29）`` … ``5年目（R3見込）``, ``万人`` in 単位, a
  ``―`` year, an A–D 中間評価 column; and the PDF;
* ``source/goshogawara_kpi_shinchoku_h29.xlsx``, a 総合戦略 KPI 進捗状況 in the manner of 五所川原市
  (青森県): counts written as ``達成数／対象数`` fractions whose denominator changes, ``千人``, a
  ``…の減少`` name, an ``H29目標 | H29実績`` pair; and the PDF;
* ``minamisanriku_kanko_shihyo_r1.html``, 施策の成果指標の推移 in the manner of 南三陸町 (宮城県): a
  two-row header with calendar-year actuals (``2016年`` …) beside fiscal-year targets (``2020年度``,
  ``2025年度``), ``万人`` in 単位, a ``（速報値）`` actual, ``―`` cells before an opening.

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
FIXED = dt.datetime(2026, 12, 4, 0, 0, 0)


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms106/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms106/build.py"
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
                    rb"\g<1>2026-12-04T00:00:00Z\g<2>",
                    data,
                )
            info = zipfile.ZipInfo(name, date_time=(2026, 12, 4, 0, 0, 0))
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
    with tempfile.TemporaryDirectory(prefix="forms106_soffice_") as tmp:
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


def _num(ws, r, c, v) -> None:
    if isinstance(v, str):
        _put(ws, r, c, v, align="center" if v in ("―", "集計中") else "right")
    else:
        _put(ws, r, c, v, fmt="#,##0.0" if isinstance(v, float) else None)


# --------------------------------------------------------------------------------------------
# 苫小牧市 (北海道): 平成27年度 総合戦略関連事業に係る実績及び検証
# --------------------------------------------------------------------------------------------

# Real (苫小牧市総合戦略推進会議 平成28年度第1回会議資料, 2016年6月8日): the 推進会議, the date, the
# population figures of the note (17万3千人 in H22, 14万4千人 in H52); the sheet's columns follow the
# 胆振 publication of the same year (事業名 with ``（KPI⇒実績）``, 総合戦略におけるKPI, 目標値［目標年度］,
# H27年度実績, 評価, 意見). Made up: the 基本目標 wording, every 事業, KPI, figure, mark and opinion.
TOMAKOMAI = [
    (
        "企業立地促進事業\n（企業訪問件数120件⇒134件）",
        8420,
        "企業立地件数",
        "30件［H27～31年度］",
        "7件",
        "○",
        "訪問件数は目標を上回った。立地件数の累計達成に向け、港湾・空港の優位性を生かした誘致活動を継続すべき。",
    ),
    (
        "UIJターン就職支援事業\n（合同企業説明会参加者数200名⇒162名）\n（就職決定者数15名⇒9名）",
        5130,
        "市内高校卒業者の市内就職率",
        "45.0%［H31年度］",
        "41.2%",
        "△",
        "説明会の参加者が伸びなかった。開催時期を見直し、高校・大学と連携して周知を強めること。",
    ),
    (
        "創業支援事業\n（創業相談件数60件⇒71件）",
        2860,
        "基本目標1：国際的な競争力を生かし、安定した雇用を生み出す",
        "―",
        "―",
        "○",
        "相談件数は増えている。相談から創業に至った件数も把握し、次年度のKPIとすること。",
    ),
]


def tomakomai() -> Path:
    widths = [34, 9, 26, 15, 9, 6, 44]
    wb, ws = _sheet("実績及び検証", widths)
    _text(ws, 1, 1, "平成27年度　総合戦略関連事業に係る実績及び検証について", bold=True, size=12)
    _text(
        ws,
        2,
        7,
        "苫小牧市総合戦略推進会議　平成28年度第1回会議資料（2016年6月8日）　資料2",
        align="right",
        size=9,
    )
    _text(
        ws,
        3,
        1,
        "【評価】○：総合戦略のKPI達成に効果があった　△：効果が一部にとどまった　×：効果が見られなかった",
        size=8,
    )
    _text(ws, 5, 1, "基本目標1　国際的な競争力を生かし、安定した雇用を生み出す", bold=True, size=11)
    h = 6
    for c, word in enumerate(
        [
            "事業名\n（H27年度事業におけるKPI⇒実績）",
            "事業費\n（千円）",
            "総合戦略におけるKPI\n（設定がない場合は基本目標を記載）",
            "目標値\n［目標年度］",
            "H27年度\n実績",
            "評価",
            "苫小牧市総合戦略推進会議における意見",
        ],
        start=1,
    ):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 32
    r = h + 1
    for name, money, kpi, target, actual, mark, opinion in TOMAKOMAI:
        _put(ws, r, 1, name)
        _put(ws, r, 2, money)
        _put(ws, r, 3, kpi)
        _put(ws, r, 4, target, align="center")
        _put(ws, r, 5, actual, align="center")
        _put(ws, r, 6, mark, align="center", size=11)
        _put(ws, r, 7, opinion)
        ws.row_dimensions[r].height = 48 if name.count("\n") > 1 else 36
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※総合戦略におけるKPIの実績値は平成27年度末の値です。企業立地件数の目標値は計画期間（H27～31年度）の合計です。",
            "※事業費は平成27年度決算額です。",
            "※本市の人口は平成22年の17万3千人から、平成52年には14万4千人まで減少すると推計されています（国立社会保障・人口問題研究所）。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "tomakomai_senryaku_kensho_h27.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 会津若松市 (福島県): 第7次総合計画 中間評価（政策分野別指標の推移）, 令和3年11月
# --------------------------------------------------------------------------------------------

# Real (会津若松市's page on the 第7次総合計画): the plan (平成29年2月策定, H29–R8, ten years), its
# 中間評価 published in November 2021 after five years, progress checked by 行政評価; 鶴ヶ城.
# Made up: the sheet, its 課, the 政策 heading, every indicator, figure and grade, the notes.
AIZU_YEARS = [
    "計画1年目\n（H29）",
    "2年目\n（H30）",
    "3年目\n（R元）",
    "4年目\n（R2）",
    "5年目\n（R3見込）",
]
AIZU = [
    ("1", "観光客入込数", "万人", 298.4, [301.2, 305.7, 297.0, 132.5, 160.0], 330.0, "C"),
    ("2", "外国人宿泊者数", "人", 19870, [26540, 33120, 35480, 2140, 1500], 60000, "D"),
    ("3", "鶴ヶ城天守閣の入場者数", "万人", 52.4, [58.1, 57.3, 55.6, 21.8, 30.0], 65.0, "D"),
    ("4", "教育旅行の受入校数", "校", 812, [845, 868, 851, "―", 420], 900, "C"),
    (
        "5",
        "会津若松の観光に満足した人の割合（観光客アンケート）",
        "％",
        72.5,
        [74.1, 75.8, 76.2, 78.0, 79.5],
        80.0,
        "A",
    ),
]


def aizuwakamatsu() -> Path:
    widths = [5, 34, 6, 10, 10, 9, 9, 9, 10, 10, 8]
    wb, ws = _sheet("中間評価", widths)
    _text(
        ws,
        1,
        1,
        "会津若松市第7次総合計画　中間評価（政策分野別指標の推移）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 11, "令和3年11月　会津若松市企画政策部企画調整課", align="right", size=9)
    _text(
        ws,
        3,
        1,
        "計画期間は平成29年度～令和8年度（10年間）です。前期5年間の実績を計画の年次ごとに掲載しています。",
        size=9,
    )
    _text(
        ws,
        4,
        1,
        "【中間評価】A：目標値に向け順調　B：概ね順調　C：やや遅れている　D：遅れている",
        size=8,
    )
    _text(ws, 6, 1, "政策分野5　観光・交流", bold=True, size=11)
    h = 7
    _head2(
        ws,
        h,
        [(1, "No."), (2, "指標名"), (3, "単位"), (4, "当初値\n（H27）")],
        [(5, 9, "実績値", AIZU_YEARS)],
    )
    for c, word in ((10, "目標値\n（R8）"), (11, "中間\n評価")):
        _put(ws, h, c, word, header=True)
        _put(ws, h + 1, c, None, header=True)
        _merge(ws, h, c, h + 1, c)
    ws.row_dimensions[h + 1].height = 30
    r = h + 2
    for no, name, unit, base, years, target, grade in AIZU:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _num(ws, r, 4, base)
        for j, v in enumerate(years):
            _num(ws, r, 5 + j, v)
        ws.cell(row=r, column=9).fill = LIGHT
        _num(ws, r, 10, target)
        _put(ws, r, 11, grade, align="center")
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※5年目（R3）は令和3年9月末までの実績をもとにした見込みの値です（網掛け）。",
            "※教育旅行の受入校数（R2）は、受入の中止・延期が相次ぎ集計を行っていないため「―」としています。",
            "※観光客入込数・外国人宿泊者数はいずれも暦年ではなく年度で集計しています。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "aizuwakamatsu_chukan_hyoka_r3.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 五所川原市 (青森県): 総合戦略 重要業績評価指標（KPI）進捗状況（平成29年度）
# --------------------------------------------------------------------------------------------

# Real (五所川原市's 平成29年度施政方針): the 総合戦略 and the 総合計画 前期基本計画 in their third year
# (平成29年度), the census figures of the note (58,421 in H22, 55,181 in H27), the 五所川原圏域定住
# 自立圏. Made up: the sheet, its 課, the 基本目標 wording, every KPI and figure, the notes.
GOSHOGAWARA = [
    (
        "自主防災組織を結成した町内会数",
        "町内会",
        "98／190",
        "112／190",
        "131／188",
        140,
        "146／188",
        170,
    ),
    ("コミュニティバスの利用者数", "千人", 84.2, 86.5, 88.1, 90.0, 85.9, 95.0),
    ("空き家バンクの成約件数", "件", 3, 5, 8, 8, 11, 10),
    ("防災訓練を実施した小中学校数", "校", "14／21", "16／21", "17／20", 20, "18／20", 20),
    ("交通事故による死傷者数の減少", "人", 312, 298, 276, 260, 254, 230),
]


def goshogawara() -> Path:
    widths = [34, 8, 11, 10, 10, 9, 10, 11]
    wb, ws = _sheet("KPI進捗状況", widths)
    _text(
        ws,
        1,
        1,
        "五所川原市まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）進捗状況（平成29年度）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 8, "平成30年6月　五所川原市企画課", align="right", size=9)
    _text(
        ws,
        3,
        1,
        "計画期間：平成27年度～平成31年度。分数で示した値は「達成数／対象数」です。",
        size=9,
    )
    _text(
        ws,
        5,
        1,
        "基本目標4　安全・安心な暮らしを守り、地域と地域が連携する",
        bold=True,
        size=11,
    )
    h = 6
    for c, word in enumerate(
        [
            "重要業績評価指標（KPI）",
            "単位",
            "基準値\n（H26）",
            "H27\n実績",
            "H28\n実績",
            "H29\n目標",
            "H29\n実績",
            "目標値\n（H31）",
        ],
        start=1,
    ):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 30
    r = h + 1
    for name, unit, *cells in GOSHOGAWARA:
        _put(ws, r, 1, name)
        _put(ws, r, 2, unit, align="center")
        for j, v in enumerate(cells):
            _num(ws, r, 3 + j, v)
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※分母（対象数）は各年度4月1日現在の町内会数・学校数です（町内会の統合、学校の統合により減少）。",
            "※市の人口は平成22年国勢調査で58,421人、平成27年国勢調査で55,181人です。",
            "※基本目標4に係る平成29年度の関連事業費（決算）は3億1,250万円です。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "goshogawara_kpi_shinchoku_h29.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 南三陸町 (宮城県本吉郡): 第2次総合計画 施策の成果指標の推移（交流・観光）, 令和元年9月
# --------------------------------------------------------------------------------------------

# Real (南三陸町第2次総合計画 2016–2025, 平成28年3月; news of 2018): 観光客 約144万4000人 in 2018
# (速報値, 1万9000人 more than 2017), 南三陸さんさん商店街 (opened March 2017, nearly 60万人 in 2018),
# サンオーレそではま (reopened 2017, about 6万6000人 in 2018, 3.7 times 2017), 商工観光課. Made up:
# the page, the 施策 heading, the other figures, the targets and notes.
MINAMISANRIKU = [
    ("観光客入込数", "万人", "131.2", "142.5", "144.4（速報値）", "140.0", "150.0"),
    ("南三陸さんさん商店街の来場者数", "万人", "―", "52.3", "59.8", "60.0", "65.0"),
    ("海水浴場（サンオーレそではま）の来場者数", "人", "―", "17,800", "66,000", "50,000", "60,000"),
    ("教育旅行・民泊の受入人数", "人", "4,120", "4,560", "4,380", "5,000", "6,000"),
    ("冬期（12月～2月）の観光客入込数の割合", "％", "16.8", "17.2", "16.5", "20.0", "22.0"),
]


def minamisanriku_html() -> str:
    rows = []
    for name, unit, *cells in MINAMISANRIKU:
        tds = "".join(f"<td>{v}</td>" for v in cells)
        rows.append(f"<tr><td>{name}</td><td>{unit}</td>{tds}</tr>")
    body = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>施策の成果指標の推移（交流・観光）｜南三陸町</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 1em; }}
th, td {{ border: 1px solid #333; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
</style>
</head>
<body>
<h1>南三陸町第2次総合計画　施策の成果指標の推移（交流・観光）</h1>
<p>令和元年9月　南三陸町企画課</p>
<p>観光客の入込数などの実績値は暦年（1月～12月）で、目標値は年度で設定しています。</p>
<h2>施策4-2　交流人口の拡大と観光の振興</h2>
<table border="1">
<tr><th rowspan="2">成果指標</th><th rowspan="2">単位</th><th colspan="3">実績値</th><th colspan="2">目標値</th></tr>
<tr><th>2016年</th><th>2017年</th><th>2018年</th><th>2020年度</th><th>2025年度</th></tr>
{body}
</table>
<p>※南三陸さんさん商店街は2017年3月、サンオーレそではまは2017年7月の開業（再開）のため、2016年は「―」としています。</p>
<p>※2018年の観光客入込数は速報値です。2010年（震災前）の約108万3千人を大きく上回っています。</p>
<p>※交流・観光分野の平成30年度事業費（決算）は1億2,340万円です。</p>
</body>
</html>
"""


def minamisanriku() -> Path:
    path = HERE / "minamisanriku_kanko_shihyo_r1.html"
    path.write_bytes(minamisanriku_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (tomakomai, aizuwakamatsu, goshogawara):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {minamisanriku().name}")


if __name__ == "__main__":
    main()
