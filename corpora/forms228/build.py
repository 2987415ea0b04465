"""Build the built documents of forms228/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/naganohara_kpi_suii_r5.xlsx``, a 総合戦略 KPI 年度別推移 sheet in the manner of 長野原町
  (群馬県), landscape: form fields (計画期間, the town's profile, the 八ッ場 tourism facts, 関連事業費 in
  千円); bold ``基本目標２　…`` over **a years-down grid whose two-row header names each of the four
  KPIs twice: the top row ``目安値`` spans the four names, then ``実績値`` spans the same four names
  printed again** (``年度`` and ``備考`` merged down beside them); **``目安値`` as the word for the
  yearly targets**, the last row ``R7（最終年度）`` holding the strategy's final targets in the same
  block; a base row ``R元（基準）`` whose 目安値 cells are shaded empty; ``―（運航前）`` /
  ``―（開業前）`` baselines; blank R6 and R7 actuals; a 備考 column of dates; and the PDF;
* ``source/tabayama_kpi_kensho_r5.xlsx``, a 推進計画 検証 sheet in the manner of 丹波山村 (山梨県),
  portrait: form fields (地域再生計画の名称, 計画期間, the village's real population figures, money);
  bold ``１　数値目標（人口動態統計）`` over a grid whose **calendar-year headers carry the state words of
  the 人口動態統計, ``令和3年（確定数）``, ``令和4年（確定数）``, ``令和5年（概数）``**; bold
  ``２　重要業績評価指標（KPI）`` over a grid in which **every fiscal year spans its actual and a signed
  change from the year before, ``令和3年度`` over ``実績 | 増減`` … ``令和5年度`` over
  ``目標 | 実績 | 増減``** (``+2``, ``△3``, ``±0``; the first change taken against the baseline);
  notes with numbers; and the PDF;
* ``source/kyonan_michinoeki_seika_r5.xlsx``, a 道の駅 運営状況報告 in the manner of 鋸南町 (千葉県),
  landscape: form fields (the facility's real name, address and history, its 決算期, the town's
  profile, a 運営費補助); an A/B/C legend; bold ``■成果指標の推移`` over a grid **whose periods are the
  operator's business terms, ``第4期（H30.4～H31.3）`` … ``第9期（R5.4～R6.3）`` and
  ``第11期（R7.4～R8.3）``, with the ``第9期`` target column printing the term number only**;
  **each name cell holding the row's unit on a second line, ``（単位：千人）``, ``（単位：百万円）``,
  ``（単位：人）``** (no 単位 column); notes on the 台風 and COVID closures; and the PDF;
* ``yuki_kpi_jisseki_r5.html``, a 総合戦略 KPI 実績 page in the manner of 結城市 (茨城県): **the
  city's house style of a half-width comma ``,`` as the 読点, in the lead, the ``<h2>`` headings, one
  KPI name (``見世蔵,寺社などを会場とするイベントの参加者数``) and the notes**, beside thousands
  separators; two ``<h2>`` 基本目標, each over a table with a two-row ``<thead>``; **both target
  headers end in a ``※`` whose note makes every target a floor (``目標値は,いずれも記載の数値以上``),
  the target cells bare numbers**; the unit ``反``; a ``担当課`` column; a ``集計中`` actual.

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
GREY = PatternFill("solid", fgColor="BFBFBF")
FONT = "IPAGothic"
FIXED = dt.datetime(2026, 12, 5, 0, 0, 0)


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms228/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms228/build.py"
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


def _down(ws, r1, r2, col, value, header=False, **kw):
    """A bordered value merged over rows r1..r2 of one column."""
    cell = _put(ws, r1, col, value, header=header, **kw)
    for r in range(r1 + 1, r2 + 1):
        _put(ws, r, col, None, header=header, fill=kw.get("fill"))
    if r2 > r1:
        _merge(ws, r1, col, r2, col)
    return cell


def _block(ws, r1, c1, r2, c2, value, header=False, **kw):
    """A bordered value merged over the rectangle r1..r2 × c1..c2."""
    cell = _put(ws, r1, c1, value, header=header, **kw)
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            if (r, c) != (r1, c1):
                _put(ws, r, c, None, header=header, fill=kw.get("fill"))
    _merge(ws, r1, c1, r2, c2)
    return cell


def _text(ws, row, col, value, bold=False, size=9, align=None):
    """A borderless text cell (titles, headings, notes)."""
    cell = ws.cell(row=row, column=col, value=value)
    cell.font = Font(name=FONT, size=size, bold=bold)
    cell.alignment = Alignment(horizontal=align or "left", vertical="center")
    return cell


def _field(ws, row, c1, c2, c3, c4, label, value, height=20):
    """A form field: a shaded label merged over c1..c2, its value over c3..c4."""
    _span(ws, row, c1, c2, label, header=True)
    _span(ws, row, c3, c4, value, align="left")
    ws.row_dimensions[row].height = height


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
    with tempfile.TemporaryDirectory(prefix="forms228_soffice_") as tmp:
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


def _notes(ws, row: int, lines: list[str], col: int = 1) -> None:
    for i, line in enumerate(lines):
        _text(ws, row + i, col, line, size=8)


def _val(ws, r, c, v, fill=None, bold=False):
    """A value cell: numbers right-aligned with their format, dashes and words centred."""
    if isinstance(v, str) and not re.fullmatch(r"[+△±]?[\d,.]+", v):
        return _put(ws, r, c, v, align="center", fill=fill, bold=bold, size=8)
    return _put(ws, r, c, v, align="right", fill=fill, bold=bold)


# --------------------------------------------------------------------------------------------
# 長野原町 (群馬県吾妻郡): 長野原町まち・ひと・しごと創生総合戦略 KPIの年度別推移（令和5年度実績）
# --------------------------------------------------------------------------------------------

# Real (gunmagurashi.pref.gunma.jp, town.naganohara.gunma.jp, kotobank, jomo-news, towngunma.jp):
# 133.85k㎡, about 80 % 山林原野, the 約1,000m difference in height, 5,536人 (平成27年国勢調査), the dam
# finished at the end of 令和2年3月 and run from April, the 道の駅 (about 100万人 a year) and the dam
# itself (over 20万人 a year), the 水陸両用バス「八ッ場にゃがてん号」 (from 令和2年7月) and
# 川原湯温泉あそびの基地NOA (opened summer 令和2年). Made up: the sheet, date, 課, plan period, money,
# the 基本目標 wording, every 目安値, actual and note.
NH_NAMES = [
    "①道の駅八ッ場ふるさと館の\n来場者数（千人）",
    "②水陸両用バスの\n乗船者数（人）",
    "③川原湯温泉あそびの基地NOAの\n利用者数（人）",
    "④移住相談件数\n（件）",
]
# (row label, 目安値 ①–④ or None, 実績値 ①–④ or None, 備考)
NH_ROWS = [
    ("R元（基準）", None, [742.6, "―（運航前）", "―（開業前）", 18], "ダム運用開始前"),
    ("R2", [760.0, 10000, 8000, 20], [688.4, 9215, 6480, 24], "②R2.7運航開始、③R2夏開業"),
    ("R3", [800.0, 15000, 12000, 22], [1004.2, 16830, 13560, 31], "②③R3.8～9に臨時休業"),
    ("R4", [950.0, 18000, 15000, 25], [1012.8, 17240, 14920, 27], ""),
    ("R5", [1000.0, 20000, 16000, 28], [1036.5, 18960, 16410, 26], "②12月～3月は冬季運休"),
    ("R6", [1020.0, 21000, 17000, 30], ["", "", "", ""], "実績はR7.9公表予定"),
    ("R7（最終年度）", [1050.0, 22000, 18000, 32], ["", "", "", ""], ""),
]


def naganohara() -> Path:
    wb, ws = _sheet("KPI年度別推移", [14, 18, 17, 19, 13, 18, 17, 19, 13, 24])
    _text(
        ws,
        1,
        1,
        "長野原町まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の年度別推移（令和5年度実績）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 10, "令和6年9月　長野原町企画政策課", align="right")
    fields = [
        ("計画期間", "令和2年度～令和7年度（第2期。令和6年3月に1年延長）", 20),
        (
            "町の概況",
            "面積133.85k㎡（約80％が山林原野）。北部の吾妻川沿いと南部の浅間高原の標高差は約1,000m。"
            "人口5,536人（平成27年国勢調査）。八ッ場ダムは令和2年3月末に完成し、4月に運用を開始した。",
            30,
        ),
        (
            "八ッ場エリアの観光",
            "道の駅八ッ場ふるさと館は年間約100万人、ダム本体は年間20万人超が訪れる。"
            "水陸両用バス「八ッ場にゃがてん号」は令和2年7月に運航を開始した。",
            30,
        ),
        ("関連事業費（R5決算・千円）", 62480, 20),
    ]
    r = 4
    for label, value, height in fields:
        _field(ws, r, 1, 2, 3, 10, label, value, height)
        r += 1
    r += 1
    _text(ws, r, 1, "基本目標２　八ッ場ダムを活かした新しいひとの流れをつくる", bold=True, size=11)
    h = r + 1
    _down(ws, h, h + 1, 1, "年度", header=True)
    _span(ws, h, 2, 5, "目安値", header=True, bold=True)
    _span(ws, h, 6, 9, "実績値", header=True, bold=True)
    _down(ws, h, h + 1, 10, "備考", header=True)
    for j, name in enumerate(NH_NAMES):
        _put(ws, h + 1, 2 + j, name, header=True, size=8)
        _put(ws, h + 1, 6 + j, name, header=True, size=8)
    ws.row_dimensions[h].height = 18
    ws.row_dimensions[h + 1].height = 50
    r = h + 2
    for label, plan, actual, note in NH_ROWS:
        last = label.startswith("R7")
        _put(ws, r, 1, label, align="center", bold=last)
        for j in range(4):
            if plan is None:
                _put(ws, r, 2 + j, "", fill=GREY)
            else:
                _val(ws, r, 2 + j, plan[j], bold=last, fill=LIGHT if last else None)
            _val(ws, r, 6 + j, actual[j])
        _put(ws, r, 10, note, size=8)
        ws.row_dimensions[r].height = 20
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※目安値は、最終年度（R7）の目標に向けて年度ごとに定めた到達の目安です。R7の目安値が本戦略の目標値です。",
            "※年度の実績は4月～翌年3月の集計。②は令和2年7月18日、③は令和2年夏の開業のため、基準（R元）欄は「―」としています。",
            "※関連事業費には水陸両用バスの運航委託料（R5：18,600千円）を含みます。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "naganohara_kpi_suii_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 丹波山村 (山梨県北都留郡): 丹波山村まち・ひと・しごと創生推進計画 数値目標及びKPIの検証（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (furusato-funding.jp/projects/1890, 地域再生計画 丹波山村まち・ひと・しごと創生推進計画): the plan's
# name, 2,302人 (1955), 563人 (平成27年国勢調査), 546人 (2021年1月, 住民基本台帳), 年少人口29人 (約5%),
# 合計特殊出生率1.42 (2015年); 道の駅たばやま and のめこい湯 (nishitama-now.jp, kurokawasensui.com).
# Made up: the sheet, date, 課, period, money, every figure of both grids, the notes.
TB_GOALS = [
    ("出生数", "人", 3, 1, 3, 2, 4),
    ("婚姻件数", "件", 2, 1, 0, 2, 3),
]
TB_KPIS = [
    ("1", "移住・定住者数（年間）", "人", 4, 6, "+2", 3, "△3", 6, 7, "+4", 8),
    (
        "2",
        "道の駅たばやま・のめこい湯の入館者数",
        "千人",
        41.8,
        48.6,
        "+6.8",
        55.2,
        "+6.6",
        60.0,
        57.9,
        "+2.7",
        65.0,
    ),
    ("3", "地域おこし協力隊の隊員数", "人", 5, 6, "+1", 6, "±0", 7, 5, "△1", 8),
]


def tabayama() -> Path:
    wb, ws = _sheet("KPI検証", [5, 27, 6, 10, 8, 7, 8, 7, 8, 8, 7, 10])
    _text(ws, 1, 1, "丹波山村まち・ひと・しごと創生推進計画", bold=True, size=13)
    _text(ws, 2, 1, "数値目標及び重要業績評価指標（KPI）の検証（令和5年度）", bold=True, size=13)
    _text(ws, 3, 12, "令和6年8月　丹波山村総務課", align="right")
    fields = [
        ("地域再生計画の名称", "丹波山村まち・ひと・しごと創生推進計画", 20),
        ("計画期間", "令和3年度～令和7年度", 20),
        (
            "村の概況",
            "人口は昭和30年の2,302人をピークに減少し、563人（平成27年国勢調査）、546人（令和3年1月、"
            "住民基本台帳）。年少人口は29人で総人口の約5％、合計特殊出生率は1.42（平成27年）。",
            42,
        ),
        ("交付対象事業費（R5・千円）", 16800, 20),
    ]
    r = 5
    for label, value, height in fields:
        _field(ws, r, 1, 3, 4, 12, label, value, height)
        r += 1
    r += 1
    _text(ws, r, 1, "１　数値目標（人口動態統計）", bold=True, size=11)
    h = r + 1
    _block(ws, h, 1, h + 1, 2, "数値目標", header=True)
    _down(ws, h, h + 1, 3, "単位", header=True)
    _down(ws, h, h + 1, 4, "基準値\n（令和元年）", header=True)
    _span(ws, h, 5, 10, "実績値", header=True)
    for c1, word in (
        (5, "令和3年\n（確定数）"),
        (7, "令和4年\n（確定数）"),
        (9, "令和5年\n（概数）"),
    ):
        _span(ws, h + 1, c1, c1 + 1, word, header=True)
    _block(ws, h, 11, h + 1, 12, "目標値\n（令和7年）", header=True)
    ws.row_dimensions[h].height = 18
    ws.row_dimensions[h + 1].height = 26
    r = h + 2
    for name, unit, base, a3, a4, a5, goal in TB_GOALS:
        _span(ws, r, 1, 2, name)
        _put(ws, r, 3, unit, align="center")
        _val(ws, r, 4, base)
        for c1, v in ((5, a3), (7, a4), (9, a5)):
            _span(ws, r, c1, c1 + 1, v, align="right")
        _span(ws, r, 11, 12, goal, align="right")
        ws.row_dimensions[r].height = 20
        r += 1
    _notes(
        ws,
        r,
        [
            "※人口動態統計は暦年（1月～12月）の集計。令和5年は概数（令和6年6月公表）、令和4年以前は確定数です。",
        ],
    )
    r += 2
    _text(ws, r, 1, "２　重要業績評価指標（KPI）", bold=True, size=11)
    h = r + 1
    for c, word in ((1, "No."), (2, "重要業績評価指標（KPI）"), (3, "単位"), (4, "基準値\n（R2）")):
        _down(ws, h, h + 1, c, word, header=True)
    _span(ws, h, 5, 6, "令和3年度", header=True)
    _span(ws, h, 7, 8, "令和4年度", header=True)
    _span(ws, h, 9, 11, "令和5年度", header=True)
    _down(ws, h, h + 1, 12, "目標値\n（R7）", header=True)
    for c, word in (
        (5, "実績"),
        (6, "増減"),
        (7, "実績"),
        (8, "増減"),
        (9, "目標"),
        (10, "実績"),
        (11, "増減"),
    ):
        _put(ws, h + 1, c, word, header=True)
    ws.row_dimensions[h].height = 20
    ws.row_dimensions[h + 1].height = 20
    r = h + 2
    for no, name, unit, *vals in TB_KPIS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate(vals):
            _val(ws, r, 4 + j, v)
        ws.row_dimensions[r].height = 30
        r += 1
    _notes(
        ws,
        r,
        [
            "※増減は前年度の実績との差（令和3年度は基準値（R2）との差）。△は減少、±0は増減なし。",
            "※のめこい湯は令和5年1月～2月に設備改修のため19日間休館しました。",
            "※地域おこし協力隊は令和5年度中に3人が任期を終え、うち2人が村内に定住しています。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "tabayama_kpi_kensho_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 鋸南町 (千葉県安房郡): 都市交流施設・道の駅保田小学校 運営状況報告（第9期） 成果指標の推移
# --------------------------------------------------------------------------------------------

# Real (ktr.mlit.go.jp, hotasho.jp/about, furusato-funding.jp/projects/1761, tabiyomi.yomiuri-ryokou):
# the facility's name and address, the school (明治21年–平成26年3月), the opening on 平成27年12月11日,
# the 附属ようちえん (令和5年10月), きょなん楽市, 学びの宿, 里の小湯, the 令和元年房総半島台風; the town's
# 45.17㎢, 鋸山 329m, 15,131人 (1960), 8,022人 (2015 国調), 7,342人 (2021年4月); about 84万人 a year.
# Made up: the report, its 期 numbering and 決算期, date, 課, money, every other figure and grade.
KY_ROWS = [
    ("1", "道の駅の来場者数", "千人", 612.4, 558.0, 702.6, 840.3, 800.0, 900.0, "A"),
    (
        "2",
        "直売所「きょなん楽市」の売上高",
        "百万円",
        312.5,
        298.2,
        341.7,
        368.4,
        360.0,
        400.0,
        "A",
    ),
    ("3", "学びの宿の宿泊者数", "人", 3820, 2145, 3310, 3960, 4200, 4500, "B"),
    ("4", "里の小湯の利用者数", "千人", 46.2, 31.5, 40.8, 39.6, 45.0, 48.0, "C"),
]


def kyonan() -> Path:
    wb, ws = _sheet("成果指標", [6, 34, 15, 15, 15, 15, 12, 15, 8])
    _text(
        ws,
        1,
        1,
        "都市交流施設・道の駅保田小学校　運営状況報告（第9期）　成果指標の推移",
        bold=True,
        size=13,
    )
    _text(ws, 2, 9, "令和6年6月　鋸南町まちづくり推進課", align="right")
    fields = [
        ("施設の名称", "都市交流施設・道の駅保田小学校（鋸南町保田724番地）", 20),
        (
            "施設の沿革",
            "町立保田小学校（明治21年設立）が少子化により平成26年3月に閉校し、校舎と体育館を改修して"
            "平成27年12月11日に開業。令和5年10月に「道の駅保田小附属ようちえん」を開設。",
            30,
        ),
        (
            "決算期",
            "毎年4月1日～翌年3月31日（開業年度の第1期は平成27年12月11日～平成28年3月31日）",
            20,
        ),
        (
            "町の概況",
            "面積45.17㎢、北部に鋸山（標高329m）。人口は昭和35年の15,131人をピークに減少し、"
            "8,022人（平成27年国勢調査）、7,342人（令和3年4月、住民基本台帳）。",
            30,
        ),
        ("町の運営費補助（第9期・千円）", 9600, 20),
    ]
    r = 4
    for label, value, height in fields:
        _field(ws, r, 1, 2, 3, 9, label, value, height)
        r += 1
    _text(
        ws,
        r + 1,
        1,
        "評価　A：第9期の目標値を達成　B：目標値は未達成だが前期より増加　C：前期より減少",
        size=9,
    )
    _text(ws, r + 2, 1, "■成果指標の推移", bold=True, size=11)
    h = r + 3
    _down(ws, h, h + 1, 1, "No.", header=True)
    _down(ws, h, h + 1, 2, "成果指標", header=True)
    _put(ws, h, 3, "基準値", header=True)
    _span(ws, h, 4, 6, "実績値", header=True)
    _span(ws, h, 7, 8, "目標値", header=True)
    _down(ws, h, h + 1, 9, "評価\n（第9期）", header=True)
    lower = [
        "第4期\n（H30.4～H31.3）",
        "第7期\n（R3.4～R4.3）",
        "第8期\n（R4.4～R5.3）",
        "第9期\n（R5.4～R6.3）",
        "第9期",
        "第11期\n（R7.4～R8.3）",
    ]
    for j, word in enumerate(lower):
        _put(ws, h + 1, 3 + j, word, header=True)
    ws.row_dimensions[h].height = 18
    ws.row_dimensions[h + 1].height = 30
    r = h + 2
    for no, name, unit, *vals, grade in KY_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, f"{name}\n（単位：{unit}）")
        for j, v in enumerate(vals):
            _val(ws, r, 3 + j, v, bold=j >= 4)
        _put(ws, r, 9, grade, align="center", bold=True, size=10)
        ws.row_dimensions[r].height = 30
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※第5期（R元）は令和元年房総半島台風（9月）の被害で約1か月休業し、第6期（R2）は新型コロナウイルス感染症の影響で休業期間があったため、基準値は第4期としています。",
            "※売上高は税抜。第9期の来場者数には附属ようちえん（令和5年10月開設）への来場者を含みます。",
            "※学びの宿は客室12室（小部屋10・大部屋2）。里の小湯は第9期に21日間の設備点検休業がありました。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "kyonan_michinoeki_seika_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 結城市 (茨城県): 結城市まち・ひと・しごと創生総合戦略2020 重要業績評価指標（KPI）の実績（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (city.yuki.lg.jp, furusato-funding.jp/projects/1616, iwataorimono-teori.com, furusato.wowma.jp,
# tenro-in.com): the two strategies' names and the 推進会議, the 第6次結城市総合計画 (令和3～12年度) whose
# 重点プロジェクト is the strategy, 企画政策課 in 企画財務部, 51,580人 (2020), 約41,023人 (2040), 1.43
# (2014), the 自然減 315人 (2019), the 結城紬's 昭和31年 and 平成22年, 30,000反 (昭和52年) and 977反
# (令和2年, put under the fiscal 基準値（R2）), 見世蔵; the city's half-width comma as 読点.
# Made up: the page, its date, the 基本目標 wording, every other KPI, figure, target, 課 and note.
YK_TABLES = [
    (
        "基本目標１　結城の伝統と魅力を活かし,しごとをつくる",
        [
            (
                "本場結城紬の生産反数",
                "反",
                "977",
                "1,012",
                "948",
                "950",
                "905",
                "1,000",
                "商工観光課",
            ),
            (
                "見世蔵,寺社などを会場とするイベントの参加者数",
                "人",
                "12,400",
                "18,650",
                "26,310",
                "28,000",
                "31,480",
                "30,000",
                "商工観光課",
            ),
            (
                "観光入込客数",
                "千人",
                "612.5",
                "705.8",
                "826.4",
                "850.0",
                "868.1",
                "900.0",
                "商工観光課",
            ),
        ],
    ),
    (
        "基本目標２　結城市への新しいひとの流れをつくり,定住を促す",
        [
            ("移住相談件数", "件", "48", "61", "72", "75", "85", "80", "企画政策課"),
            (
                "転入者数（年間）",
                "人",
                "1,812",
                "1,905",
                "1,874",
                "1,950",
                "集計中",
                "2,000",
                "市民課",
            ),
        ],
    ),
]

YK_HEAD = """<thead>
<tr><th rowspan="2" scope="col">重要業績評価指標（KPI）</th><th rowspan="2" scope="col">単位</th><th rowspan="2" scope="col">基準値<br>（R2）</th><th colspan="2" scope="colgroup">実績値</th><th colspan="2" scope="colgroup">令和5年度</th><th rowspan="2" scope="col">目標値<br>（R7）※</th><th rowspan="2" scope="col">担当課</th></tr>
<tr><th scope="col">R3</th><th scope="col">R4</th><th scope="col">目標※</th><th scope="col">実績</th></tr>
</thead>"""


def yuki_html() -> str:
    parts = []
    for heading, rows in YK_TABLES:
        body = "\n".join(
            f'<tr><th scope="row">{name}</th><td class="c">{unit}</td>'
            + "".join(f'<td class="num">{v}</td>' for v in vals)
            + f'<td class="c">{dept}</td></tr>'
            for name, unit, *vals, dept in rows
        )
        parts.append(f"<h2>{heading}</h2>\n<table>\n{YK_HEAD}\n<tbody>\n{body}\n</tbody>\n</table>")
    tables = "\n".join(parts)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>結城市まち・ひと・しごと創生総合戦略2020 重要業績評価指標（KPI）の実績（令和5年度） - 結城市</title>
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
<p class="breadcrumb">ホーム &gt; 市政情報 &gt; 地方創生 &gt; まち・ひと・しごと創生総合戦略 &gt; 重要業績評価指標（KPI）の実績</p>
<h1>結城市まち・ひと・しごと創生総合戦略2020　重要業績評価指標（KPI）の実績（令和5年度）</h1>
<p>更新日：2024年9月30日　担当：企画財務部 企画政策課</p>
<p>本市では,平成27年度に策定した「結城市人口ビジョン及びまち・ひと・しごと創生総合戦略」に続き,地方創生の第2期として「結城市まち・ひと・しごと創生総合戦略2020」を策定し,第6次結城市総合計画（令和3年度～令和12年度）の重点プロジェクトとして取り組んでいます。各指標の実績は,結城市まち・ひと・しごと創生推進会議において検証しています。</p>
<p>本市の人口は,住民基本台帳によると2020年現在51,580人ですが,国立社会保障・人口問題研究所の推計では2040年に約41,023人まで減少するとされています。合計特殊出生率は1.43（2014年）,2019年の自然減は315人でした。</p>
<p>本場結城紬は,昭和31年に国の重要無形文化財に指定され,平成22年にはユネスコ無形文化遺産に登録されました。昭和52年には年間30,000反が生産されていましたが,令和2年には977反となっています。</p>
{tables}
<p>※目標値は,いずれも記載の数値以上を目指すものです。</p>
<p>※転入者数の令和5年度実績は,住民基本台帳の年報の公表後に掲載します（集計中）。</p>
<p>※見世蔵,寺社などを会場とするイベントには,「きものday結城」,「結い市」などを含みます（令和5年度は延べ14日間開催）。</p>
<p>お問い合わせ：企画財務部 企画政策課 企画調整係</p>
</body>
</html>
"""


def yuki() -> Path:
    path = HERE / "yuki_kpi_jisseki_r5.html"
    path.write_bytes(yuki_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (naganohara, tabayama, kyonan):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {yuki().name}")


if __name__ == "__main__":
    main()
