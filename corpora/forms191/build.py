"""Build the built documents of forms191/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/mino_kpi_shinchoku_r5.xlsx``, a 総合戦略 KPI 進捗 sheet in the manner of 美濃市 (岐阜県):
  form fields (計画期間, the city's profile, 関連事業費 in 千円, KPIの数) and a legend over one grid
  whose **評価 column is a traffic light: the words ``青`` / ``黄`` / ``赤`` in cells shaded blue,
  yellow and red** (``－`` where the actual is not fixed), read through the legend; and **a final
  target written as a relative decrease, ``基準値から10％減``**, on a row whose name does not say
  that lower is better, beside a numeric R5 target; ``約130,000``, ``130,000以上``, a baseline
  dated by its own bracket (``1,280（H30）``), ``千人`` in 単位, ``集計中``; and the PDF;
* ``source/minamiise_kpi_kensho_r4.xlsx``, a 総合戦略 KPI 検証 in the manner of 南伊勢町 (三重県):
  **targets written with the comparison signs ``≧`` and ``≦``** (``≧3``, ``≧1,500``, ``≦3,200``),
  the legend saying what they mean, one ``≦`` row whose name does not say that lower is better;
  and **final targets that repeat every year, ``毎年度3人以上`` / ``毎年度6,000件以上``**, beside
  a ``≦2,500`` and a ``累計30``; ``千円`` in 単位, printed 達成/未達成, money in the notes; and the PDF;
* ``source/taka_shisaku_hyoka_r5.xlsx``, a 総合計画 施策評価シート in the manner of 多可町 (兵庫県):
  form fields (施策, 主管課, 関係課, the town's profile, 事業費); **every 評価 cell holds the printed
  result and, in brackets, the gap between the R5 actual and the R5 target** (``達成（+25）``,
  ``未達成（▲13）``, ``未達成（▲0.8）``); **yearly targets written relative to the year before,
  ``前年度比3％増``**, on one row whose final target is a number; ``億円`` in 単位, a name with
  a bracket that is no unit, a count line; and the PDF;
* ``kamikitayama_kpi_shinchoku_r5.html``, a 総合戦略 KPI 進捗 page in the manner of 上北山村
  (奈良県): a two-row ``<thead>`` whose **評価 group spans two sub-columns with different bases,
  ``単年度`` (A/B/C against the year's target) and ``累計進捗`` (◎/○/△/－ towards the final
  target)**, both explained in the legend; **a final target written relative to the prefecture's
  figure with that figure in brackets, ``県平均（1.33）以上``**; ``―（未整備）``, ``千人``, a
  baseline dated by its own bracket, and a reference table of facilities with dates.

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
SIGNAL = {
    "青": PatternFill("solid", fgColor="9DC3E6"),
    "黄": PatternFill("solid", fgColor="FFE699"),
    "赤": PatternFill("solid", fgColor="F4B183"),
}
FONT = "IPAGothic"
FIXED = dt.datetime(2026, 12, 9, 0, 0, 0)


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms191/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms191/build.py"
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
        cell.number_format = fmt or ("#,##0" if isinstance(value, int) else "#,##0.0")
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
                    rb"\g<1>2026-12-09T00:00:00Z\g<2>",
                    data,
                )
            info = zipfile.ZipInfo(name, date_time=(2026, 12, 9, 0, 0, 0))
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
    with tempfile.TemporaryDirectory(prefix="forms191_soffice_") as tmp:
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


def _head2(ws, h: int, singles, groups, height: float = 20) -> None:
    """A two-row header: ``singles`` (col, word) merged down, ``groups`` (c1, c2, word, lower words)."""
    for c, word in singles:
        _put(ws, h, c, word, header=True)
        _put(ws, h + 1, c, None, header=True)
        _merge(ws, h, c, h + 1, c)
    for c1, c2, word, lower in groups:
        _span(ws, h, c1, c2, word, header=True)
        for j, w in enumerate(lower):
            _put(ws, h + 1, c1 + j, w, header=True)
    ws.row_dimensions[h].height = height
    ws.row_dimensions[h + 1].height = height


def _fields(ws, r: int, pairs, c_label: tuple[int, int], c_value: tuple[int, int]) -> int:
    """Bordered label | value form rows; returns the next free row."""
    for label, value, *height in pairs:
        _span(ws, r, c_label[0], c_label[1], label, header=True)
        _span(ws, r, c_value[0], c_value[1], value, align="left")
        ws.row_dimensions[r].height = height[0] if height else 18
        r += 1
    return r


def _value(ws, r: int, c: int, v, fill=None, align=None) -> None:
    """A value cell: numbers with their format, text right-aligned as typed."""
    if isinstance(v, str):
        _put(ws, r, c, v, align=align or "right", fill=fill)
    else:
        _put(ws, r, c, v, fmt="#,##0.0" if isinstance(v, float) else "#,##0", fill=fill)


# --------------------------------------------------------------------------------------------
# 美濃市 (岐阜県): まち・ひと・しごと創生総合戦略 重要業績評価指標（KPI）の進捗状況（令和5年度実績）
# --------------------------------------------------------------------------------------------

# Real (the city's pages and interviews): 総務部総合政策課, the area 117.05k㎡, 1300年の美濃和紙, the
# うだつの上がる町並み (重要伝統的建造物群保存地区, 1999年), 本美濃紙 on the UNESCO list (2014年), the
# 空き家 1,280戸 (平成30年住宅・土地統計調査), the 美濃和紙あかりアート展 (2日間で約13万人), 空き家
# コンシェルジュ. Made up: the sheet, its date, the 基本目標 wording, every other figure, target, 評価
# and the money.
MN_ROWS = [
    # No., name, unit, baseline, R4 actual, R5 target, R5 actual, signal, final target
    ("1", "うだつの上がる町並みの観光入込客数", "千人", 512.4, 398.6, 480.0, 455.1, "黄", 520.0),
    (
        "2",
        "美濃和紙あかりアート展の来場者数",
        "人",
        "約130,000",
        84200,
        110000,
        118500,
        "青",
        "130,000以上",
    ),
    ("3", "市内の空き家数", "戸", "1,280（H30）", 1262, 1200, 1236, "黄", "基準値から10％減"),
    ("4", "空き家バンクを通じた移住者数", "人", 12, 21, 25, 17, "赤", 30),
    ("5", "手すき和紙体験の参加者数", "人", 4820, 5310, 5500, "集計中", "－", 6000),
]


def mino() -> Path:
    wb, ws = _sheet("KPI進捗", [6, 36, 7, 13, 11, 11, 11, 11, 14])
    _text(
        ws,
        1,
        1,
        "美濃市まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の進捗状況（令和5年度実績）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 9, "令和6年9月　美濃市 総務部 総合政策課", align="right")
    r = _fields(
        ws,
        4,
        [
            ("計画期間", "令和2年度～令和6年度（5か年）"),
            (
                "市の概況",
                "面積117.05k㎡。1300年の伝統を受け継ぐ美濃和紙の産地で、「うだつの上がる町並み」は1999年に国の重要伝統的建造物群保存地区に選定され、本美濃紙は2014年にユネスコ無形文化遺産に登録された。",
                30,
            ),
            ("関連事業費（R5決算・千円）", "96,480（うち地方創生推進交付金 41,200）"),
            ("KPIの数", "5"),
        ],
        (1, 3),
        (4, 9),
    )
    _text(
        ws,
        r + 1,
        1,
        "評価（信号）　青：R5目標を達成　黄：達成率80%以上100%未満　赤：達成率80%未満　－：実績が確定していないため評価できない",
        size=8,
    )
    _text(
        ws,
        r + 2,
        1,
        "※減少を目指す指標（No.3）の達成率は、R5目標値÷R5実績値で算出しています。",
        size=8,
    )
    r += 4
    _text(
        ws,
        r,
        1,
        "基本目標２　美濃和紙とうだつの町並みを活かし、新しいひとの流れをつくる",
        bold=True,
        size=11,
    )
    heads = [
        "No.",
        "重要業績評価指標（KPI）",
        "単位",
        "基準値\n（R元）",
        "R4実績",
        "R5目標",
        "R5実績",
        "評価\n（信号）",
        "最終目標\n（R6）",
    ]
    r += 1
    for c, w in enumerate(heads, start=1):
        _put(ws, r, c, w, header=True)
    ws.row_dimensions[r].height = 28
    r += 1
    for no, name, unit, *vals, signal, final in MN_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate(vals):
            _value(ws, r, 4 + j, v)
        _put(ws, r, 8, signal, align="center", bold=signal in SIGNAL, fill=SIGNAL.get(signal))
        _value(ws, r, 9, final)
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※No.2は2日間の来場者数です（令和2年度・令和3年度は会場での開催を中止）。",
            "※No.3の基準値は平成30年住宅・土地統計調査、R4以降は市の空き家実態調査によります。",
            "※評価の内訳：青 1件、黄 2件、赤 1件、－ 1件（全5指標）",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "mino_kpi_shinchoku_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 南伊勢町 (三重県度会郡): 第2次南伊勢町まち・ひと・しごと創生総合戦略 KPIの検証（令和4年度実績）
# --------------------------------------------------------------------------------------------

# Real (the town's page on its 総合戦略, a 町政運営方針 and a census table): the strategy's name, the
# town born of the 南勢町・南島町 merger (its 10th year in 平成27年), the census populations 22,439人
# (1985) and 14,791人 (2010). Made up: the sheet, date, 課, 計画期間 wording, the 基本目標 wording,
# every KPI, figure, target, status and the money.
MI_ROWS = [
    # No., name, unit, baseline (H30), R3 actual, R4 actual, R4 target, status, final (R6)
    ("1", "真珠・養殖業の新規就業者数", "人", 2, 3, 4, "≧3", "達成", "毎年度3人以上"),
    ("2", "体験漁業・釣り体験の参加者数", "人", 1450, 1210, 1580, "≧1,500", "達成", "≧1,800"),
    (
        "3",
        "ふるさと納税の寄附件数",
        "件",
        3820,
        6140,
        5870,
        "≧6,000",
        "未達成",
        "毎年度6,000件以上",
    ),
    ("4", "獣害による農作物被害額", "千円", 4260, 3310, 2840, "≦3,200", "達成", "≦2,500"),
    ("5", "空き家バンクを活用した移住世帯数", "世帯", 4, 7, 5, "≧6", "未達成", "累計30"),
]


def minamiise() -> Path:
    wb, ws = _sheet("KPI検証", [6, 32, 7, 11, 10, 10, 11, 10, 17])
    _text(
        ws,
        1,
        1,
        "第2次南伊勢町まち・ひと・しごと創生総合戦略　KPIの検証（令和4年度実績）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 9, "令和5年9月　南伊勢町 まちづくり推進課", align="right")
    r = _fields(
        ws,
        4,
        [
            ("計画期間", "令和2年度～令和6年度"),
            (
                "町の人口",
                "22,439人（昭和60年）→ 14,791人（平成22年）（国勢調査）。平成17年10月、南勢町と南島町の合併により誕生。",
                28,
            ),
            ("交付金対象事業費（R4決算・千円）", "64,310"),
        ],
        (1, 3),
        (4, 9),
    )
    _text(
        ws,
        r + 1,
        1,
        "※目標欄の「≧」は「以上」、「≦」は「以下」を表します。「毎年度」は計画期間の各年度で同じ目標とすることを表します。",
        size=8,
    )
    _text(ws, r + 2, 1, "※達成状況は、R4実績をR4目標と比べたものです。", size=8)
    r += 4
    _text(
        ws,
        r,
        1,
        "基本目標１　海と山の恵みを活かし、しごとと収入を確保する",
        bold=True,
        size=11,
    )
    _head2(
        ws,
        r + 1,
        [
            (1, "No."),
            (2, "重要業績評価指標（KPI）"),
            (3, "単位"),
            (4, "基準値\n（H30）"),
            (7, "R4目標"),
            (8, "達成状況"),
            (9, "目標値\n（R6）"),
        ],
        [(5, 6, "実績値", ["R3", "R4"])],
    )
    r += 3
    for no, name, unit, *vals, aim, status, final in MI_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate(vals):
            _value(ws, r, 4 + j, v)
        _value(ws, r, 7, aim)
        _put(ws, r, 8, status, align="center")
        _value(ws, r, 9, final)
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※No.3の寄附額は、R4が1億2,480万円（R3：1億3,260万円）でした。",
            "※No.4は、三重県の野生鳥獣による農林水産業被害状況調査によります。",
            "※No.5の目標値は、R2からR6までの5年間の累計です。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "minamiise_kpi_kensho_r4.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 多可町 (兵庫県多可郡): 多可町総合計画 施策評価シート（令和5年度実績）
# --------------------------------------------------------------------------------------------

# Real (a 全国町村会 page and a radio interview): the merger of 中町・加美町・八千代町 on 平成17年11月1日,
# 24,304人 (平成17年国勢調査), 東西13km・南北30km, 185k㎡, 山田錦, 杉原紙, 敬老の日発祥, the 岩座神 棚田,
# 播州織, the 滞在型市民農園 フロイデン八千代. Made up: the sheet, the 施策 and its number, the 課,
# every figure, target, gap and the money.
TK_ROWS = [
    # No., name, unit, baseline (R2), R4 target, R4 actual, R5 target, R5 actual, 評価, final (R8)
    ("1", "山田錦の作付面積", "ha", 812, 820, 798, 830, 855, "達成（+25）", 880),
    (
        "2",
        "杉原紙の紙すき体験者数",
        "人",
        2340,
        "前年度比3％増",
        2180,
        "前年度比3％増",
        2405,
        "達成（+160）",
        3000,
    ),
    (
        "3",
        "フロイデン八千代（滞在型市民農園）の区画利用率",
        "％",
        78.5,
        85.0,
        81.2,
        86.0,
        85.2,
        "未達成（▲0.8）",
        90.0,
    ),
    ("4", "播州織の町内出荷額", "億円", 48.6, 50.0, 46.1, 51.0, 47.9, "未達成（▲3.1）", 55.0),
    ("5", "岩座神の棚田オーナー制度の契約区画数", "区画", 62, 70, 66, 72, 59, "未達成（▲13）", 80),
]


def taka() -> Path:
    wb, ws = _sheet("施策評価", [6, 34, 7, 10, 12, 10, 12, 10, 14, 10])
    _text(ws, 1, 1, "多可町総合計画　施策評価シート（令和5年度実績）", bold=True, size=13)
    _text(ws, 2, 10, "令和6年8月　多可町 企画課", align="right")
    r = _fields(
        ws,
        4,
        [
            ("施策", "2-1　地場産業の振興と担い手の育成"),
            ("主管課", "商工観光課"),
            ("関係課", "農林振興課、生涯学習課"),
            (
                "町の概要",
                "平成17年11月1日、中町・加美町・八千代町の3町が合併して誕生。人口24,304人（平成17年国勢調査）、東西13km・南北30km、総面積185k㎡。酒米「山田錦」、手すき和紙「杉原紙」、「敬老の日」発祥の町。",
                30,
            ),
            ("施策の事業費（R5決算・千円）", "58,930"),
        ],
        (1, 3),
        (4, 10),
    )
    r += 1
    _text(ws, r, 1, "２　成果指標の達成状況", bold=True, size=11)
    heads = [
        "No.",
        "成果指標",
        "単位",
        "基準値\n（R2）",
        "R4目標",
        "R4実績",
        "R5目標",
        "R5実績",
        "評価（R5）\n（目標との差）",
        "目標値\n（R8）",
    ]
    r += 1
    for c, w in enumerate(heads, start=1):
        _put(ws, r, c, w, header=True)
    ws.row_dimensions[r].height = 28
    r += 1
    for no, name, unit, *vals, grade, final in TK_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate(vals):
            _value(ws, r, 4 + j, v)
        _put(ws, r, 9, grade, align="center")
        _value(ws, r, 10, final)
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r,
        [
            "評価：「達成」はR5実績がR5目標値以上、「未達成」はR5目標値未満。（　）内はR5実績とR5目標値との差（▲は不足分）です。",
            "※No.2の目標は各年度とも前年度実績の3％増とし、評価欄の差は前年度実績に1.03を乗じた値との差です。",
            "成果指標の達成状況（R5）：達成 2／未達成 3",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "taka_shisaku_hyoka_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 上北山村 (奈良県吉野郡): 第2期上北山村まち・ひと・しごと創生総合戦略 KPIの進捗状況（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (the village's 推進計画 summary, its 総合戦略 page and a 議会 report): the 1955 peak of 2,543人,
# 512人 (2015), the 人口ビジョン's 593人 for 2020 and 491人 on 2019-10-01, the 合計特殊出生率 1.26 (2017)
# against 奈良県 1.33 and 全国 1.43, the 第四次上北山村総合計画 (令和2年3月) and its 将来像, the 第2期
# 総合戦略 (5 years), 企画政策課, the 移住体験住宅 (2022年9月, 小橡地区) and 移住者用賃貸住宅 (2023年7月,
# 河合・西原地区), one 移住体験住宅 use in 2022年度 and no 空き家 contract in 2022年度. Made up: the page,
# its date, the 基本目標 wording, every other figure, target and 評価.
KK_ROWS = [
    # name, unit, baseline (R元), R4 actual, R5 target, R5 actual, final (R6), 単年度, 累計進捗
    ("移住体験住宅の利用件数", "件", "―（未整備）", "1", "4", "6", "6", "A", "◎"),
    ("空き家バンクの成約件数", "件", "1", "0", "2", "1", "3", "C", "△"),
    ("合計特殊出生率", "―", "1.26（H29）", "1.18", "1.30", "1.21", "県平均（1.33）以上", "B", "△"),
    (
        "村内観光入込客数（大台ヶ原を含む）",
        "千人",
        "118.4",
        "86.3",
        "100.0",
        "104.7",
        "120.0",
        "A",
        "△",
    ),
]


def kamikitayama_html() -> str:
    body = "\n".join(
        f'<tr><th scope="row">{name}</th><td class="c">{unit}</td><td class="num">{base}</td>'
        f'<td class="num">{r4}</td><td class="num">{aim}</td><td class="num">{act}</td>'
        f'<td class="num">{final}</td><td class="c">{single}</td><td class="c">{total}</td></tr>'
        for name, unit, base, r4, aim, act, final, single, total in KK_ROWS
    )
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>第2期上北山村まち・ひと・しごと創生総合戦略 KPIの進捗状況（令和5年度） - 上北山村</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
thead th {{ background: #d9d9d9; }}
tbody th {{ text-align: left; font-weight: normal; }}
td.num {{ text-align: right; }}
td.c {{ text-align: center; }}
p.legend {{ font-size: 9pt; }}
</style>
</head>
<body>
<p>トップ &gt; 組織から探す &gt; 企画政策課 &gt; 総合戦略</p>
<h1>第2期上北山村まち・ひと・しごと創生総合戦略　KPIの進捗状況（令和5年度）</h1>
<p>更新日：2024年9月27日　企画政策課</p>
<p>本村の人口は、1955年の2,543人をピークに減少を続け、2015年には512人となりました。2015年4月に策定した「上北山村人口ビジョン」では2020年時点の人口を593人と定めましたが、2019年10月1日時点で491人と、これを約100人下回っています。また、合計特殊出生率（2017年）は1.26で、奈良県（1.33）及び全国（1.43）より低い状況です。</p>
<p>令和2年3月に策定した第四次上北山村総合計画（将来像「水と緑とともに生きる郷 上北山」）と整合を図り、計画期間を5年とする第2期総合戦略（令和2年度～令和6年度）を推進しています。令和5年度の重要業績評価指標（KPI）の進捗状況は次のとおりです。</p>
<h2>基本目標2　上北山村への新しいひとの流れをつくる</h2>
<p class="legend">評価（単年度）　A：令和5年度の目標を達成　B：目標の80％以上　C：目標の80％未満<br>
評価（累計進捗）　◎：最終目標を達成済み　○：基準値から最終目標までの50％以上に進捗　△：50％未満　－：算定できない<br>
合計特殊出生率の目標「県平均（1.33）以上」の（　）内は、平成29年の奈良県の値です。</p>
<table>
<thead>
<tr><th rowspan="2">重要業績評価指標（KPI）</th><th rowspan="2">単位</th><th rowspan="2">基準値<br>（R元）</th><th rowspan="2">R4実績</th><th colspan="2">令和5年度</th><th rowspan="2">目標値<br>（R6）</th><th colspan="2">評価</th></tr>
<tr><th>目標</th><th>実績</th><th>単年度</th><th>累計進捗</th></tr>
</thead>
<tbody>
{body}
</tbody>
</table>
<p>※合計特殊出生率は、直近5か年の平均値です。</p>
<p>※村内観光入込客数は、大台ヶ原ビジターセンター等の利用者数を含む推計値です。</p>
<h2>（参考）移住関連施設の整備状況</h2>
<table>
<thead>
<tr><th>施設</th><th>地区</th><th>供用開始</th><th>棟数</th></tr>
</thead>
<tbody>
<tr><td>移住体験住宅</td><td>小橡</td><td>2022年9月</td><td class="num">1</td></tr>
<tr><td>移住者用賃貸住宅</td><td>河合・西原</td><td>2023年7月</td><td class="num">1</td></tr>
</tbody>
</table>
<p>お問い合わせ：上北山村役場 企画政策課</p>
</body>
</html>
"""


def kamikitayama() -> Path:
    path = HERE / "kamikitayama_kpi_shinchoku_r5.html"
    path.write_bytes(kamikitayama_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (mino, minamiise, taka):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {kamikitayama().name}")


if __name__ == "__main__":
    main()
