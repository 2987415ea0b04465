"""Build the built documents of forms223/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/kannami_shisaku_hyoka_r5.xlsx``, a 総合計画 施策評価シート in the manner of 函南町
  (静岡県), portrait: form fields (施策番号, 施策名, 主管課, 関係課, the 施策's money written
  ``4,180万円``, the town's profile with ``37,540人``); an A/B/C legend; one grid
  ``No. | 成果指標 | 基準値（R元） | R4実績 | R5目標 | R5実績 | 目標値（R8） | 評価`` with **no 単位
  column: shaded band rows across the grid, ``【単位：千人】``, ``【単位：百万円】``, ``【単位：指数】``
  and ``【単位：％】``, each giving the unit (and scale word) of the rows under it until the next
  band**; **an index whose name brackets its base year, ``町内宿泊施設の客室稼働指数（令和元年度＝100）``**;
  notes with numbers; and the PDF;
* ``source/kora_kpi_kensho_r4.xlsx``, a 総合戦略 KPI 検証 sheet in the manner of 甲良町 (滋賀県),
  landscape: form fields (計画期間, the town's profile with real population figures, 関連事業費 in
  千円); a ○/△/×/― legend; one grid ``No. | 重要業績評価指標（KPI） | 単位 | 基準値（R元） | R3実績 |
  R4目標 | R4実績 | 目標値（R6） | 評価`` with **a 単位 cell ``俵（60kg）`` that gives the counting
  word and, in brackets, its weight** (a note: 1俵＝60kg), **a final target written as a yearly
  growth rate, ``年平均2％増``, in a ``千人`` row**, ``（累計）`` names, a ``―`` actual; and the PDF;
* ``source/hichiso_kpi_kensho_r5.xlsx``, a 地域再生計画 KPI 効果検証 sheet in the manner of 七宗町
  (岐阜県), portrait: form fields (計画の名称, 担当課, 計画期間, the town's profile, money in 千円); no
  単位 column and no target column: **each KPI cell is one sentence holding the target**, one of them
  **dated by a month, ``令和6年3月までに年間1.2万人とする``**, one **giving one floor for every year
  of a span, ``令和4年度から令和6年度までの各年度に600人以上とする``**, one undated (``平均15人以上``)
  and one a running total counted from a start year (``令和3年度からの累計で40人``); bare value
  cells (``事業開始前（R2）``, ``R4実績``, ``R5実績``), a ``―（R3開始）`` baseline and printed
  ``達成`` / ``未達成`` / ``―``; and the PDF;
* ``kyotanabe_seika_shihyo_r4.html``, a 総合計画 成果指標 page in the manner of 京田辺市 (京都府):
  breadcrumb, ``<h1>``, date line, a lead with real facts; ``<h2>`` 政策 over one table with a
  two-row ``<thead>`` (``R4`` spanning ``目標 | 実績``) and ``<th rowspan scope="rowgroup">`` 施策
  cells; a 単位 column with **``ヵ国``** (a counter the spec's か所 rule does not touch), ``人/回``,
  ``冊/人`` and full-width ``％``; **a final target written as the word ``過半数``** in the ``％`` row;
  a ◎/○/△ legend and notes with numbers.

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
FIXED = dt.datetime(2026, 12, 11, 0, 0, 0)


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms223/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms223/build.py"
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


def _notes(ws, row: int, lines: list[str], size=8) -> None:
    for i, line in enumerate(lines):
        _text(ws, row + i, 1, line, size=size)


def _field(ws, row, label, value, c_label, c_value, height=20):
    """A form field: a shaded label cell and a value merged over the given columns."""
    _span(ws, row, c_label[0], c_label[1], label, header=True)
    _span(ws, row, c_value[0], c_value[1], value, align="left")
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


def _vals(ws, r, c0, vals, fmt1="0.0") -> None:
    """Value cells: numbers keep a number format, text cells are right-aligned as printed."""
    for j, v in enumerate(vals):
        if isinstance(v, float):
            _put(ws, r, c0 + j, v, fmt=fmt1)
        elif isinstance(v, int):
            _put(ws, r, c0 + j, v)
        else:
            _put(ws, r, c0 + j, v, align="center" if v in ("―", "") else "right")


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
                    rb"\g<1>2026-12-11T00:00:00Z\g<2>",
                    data,
                )
            info = zipfile.ZipInfo(name, date_time=(2026, 12, 11, 0, 0, 0))
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
    with tempfile.TemporaryDirectory(prefix="forms223_soffice_") as tmp:
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


# --------------------------------------------------------------------------------------------
# 函南町 (静岡県田方郡): 第六次函南町総合計画 施策評価シート（令和5年度実績）
# --------------------------------------------------------------------------------------------

# Real (furusato-funding.jp/projects/2000; 第六次函南町総合計画 基本構想; 町議会 会議録): 37,540人
# (2020年 住民基本台帳), 高齢化率30.0% (2015年), 箱根の南・伊豆半島の玄関口, 十国峠, 函南原生林,
# 畑毛温泉, 産業振興課, 企画財政課, 生涯学習課. Made up: the sheet, its 施策, money, every indicator,
# figure, target, grade and note.
KN_BANDS = [
    (
        "【単位：千人】",
        [
            ("1", "観光交流客数", [1286.4, 1052.3, 1200.0, 1188.6, 1350.0], "B"),
            ("2", "十国峠の入込客数", [214.0, 176.5, 200.0, 203.8, 230.0], "A"),
        ],
        "#,##0.0",
    ),
    ("【単位：百万円】", [("3", "観光消費額", [8420, 6915, 7800, 7652, 9000], "B")], None),
    (
        "【単位：指数】",
        [
            (
                "4",
                "町内宿泊施設の客室稼働指数（令和元年度＝100）",
                [100.0, 81.6, 95.0, 97.2, 105.0],
                "A",
            )
        ],
        "0.0",
    ),
    (
        "【単位：％】",
        [("5", "観光案内所利用者の満足度", [78.4, 80.2, 82.0, 83.1, 85.0], "A")],
        "0.0",
    ),
]


def kannami() -> Path:
    wb, ws = _sheet("施策評価シート", [5, 36, 11, 10, 10, 10, 11, 7])
    _text(ws, 1, 1, "第六次函南町総合計画　施策評価シート（令和5年度実績）", bold=True, size=13)
    _text(ws, 2, 8, "令和6年7月作成", align="right")
    r = 4
    for l1, v1, l2, v2 in [
        ("施策番号", "4-2", "主管課", "産業振興課"),
        ("施策名", "観光の振興と交流の促進", "関係課", "企画財政課、生涯学習課"),
    ]:
        _span(ws, r, 1, 2, l1, header=True)
        _span(ws, r, 3, 4, v1, align="left")
        _span(ws, r, 5, 6, l2, header=True)
        _span(ws, r, 7, 8, v2, align="left")
        ws.row_dimensions[r].height = 20
        r += 1
    _field(ws, r, "施策の事業費（R5決算）", "4,180万円", (1, 2), (3, 8), 20)
    r += 1
    _field(
        ws,
        r,
        "町の概況",
        "箱根の南、伊豆半島の玄関口に位置する。人口は37,540人（2020年、住民基本台帳）、高齢化率は30.0%（2015年）。十国峠、函南原生林、畑毛温泉など、四季を通じて楽しめる観光資源を有する。",
        (1, 2),
        (3, 8),
        32,
    )
    r += 2
    _text(ws, r, 1, "２　成果指標の状況", bold=True, size=11)
    _text(
        ws,
        r + 1,
        1,
        "【評価】A：R5目標を達成　B：R5目標の8割以上　C：R5目標の8割未満",
        size=8,
    )
    _text(
        ws,
        r + 2,
        1,
        "※各指標の単位は、表中の【単位】の行に示すとおりです（次の【単位】の行まで同じ）。",
        size=8,
    )
    h = r + 3
    head = [
        "No.",
        "成果指標",
        "基準値\n（R元）",
        "R4実績",
        "R5目標",
        "R5実績",
        "目標値\n（R8）",
        "評価",
    ]
    for c, word in enumerate(head, start=1):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 30
    r = h + 1
    for band, rows, fmt in KN_BANDS:
        _span(ws, r, 1, 8, band, fill=LIGHT, bold=True)
        ws.row_dimensions[r].height = 18
        r += 1
        for no, name, vals, grade in rows:
            _put(ws, r, 1, no, align="center")
            _put(ws, r, 2, name)
            for j, v in enumerate(vals):
                _put(ws, r, 3 + j, v, fmt=fmt)
            _put(ws, r, 8, grade, align="center", bold=True)
            ws.row_dimensions[r].height = 26
            r += 1
    _notes(
        ws,
        r + 1,
        [
            "※No.1・No.2は町内主要観光施設（十国峠、畑毛温泉ほか）の年度の入込客数の合計です。",
            "※No.4は、町内宿泊施設（12施設）の客室稼働率を令和元年度を100として指数化したものです。",
            "※R4は新型コロナウイルス感染症の影響が残り、観光交流客数は令和元年度の約8割にとどまりました。",
            "※No.5は観光案内所での来訪者アンケート（R5回答数 1,124件）で「満足」「やや満足」と答えた人の割合です。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "kannami_shisaku_hyoka_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 甲良町 (滋賀県犬上郡): 甲良町まち・ひと・しごと創生総合戦略（第2期） KPIの検証結果（令和4年度）
# --------------------------------------------------------------------------------------------

# Real (furusato-funding.jp/projects/2081; zck.or.jp forum 20151 and essay 20581): 6,903人 (2020年
# 住民基本台帳), 9,141人 (1985年), 出生数36人 (2019年), 13.63㎢, 犬上川, 湖東三山 西明寺, 甲良米, the
# 甲良三大偉人. Made up: the sheet, its date, 事務局, 基本目標 wording, money, every KPI, figure, target,
# mark and note.
KR_ROWS = [
    ("1", "甲良米の出荷量", "俵（60kg）", [18420, 17960, 18500, 18105, 19000], "△"),
    ("2", "新規就農者数（累計）", "人", [0, 4, 6, 7, 10], "○"),
    (
        "3",
        "湖東三山・西明寺の参拝者数",
        "千人",
        [62.5, 48.3, 55.0, 51.2, "年平均2％増"],
        "△",
    ),
    ("4", "空き家バンクの成約件数（累計）", "件", [3, 9, 12, 11, 20], "△"),
    (
        "5",
        "甲良三大偉人ゆかりの地ガイドツアーの参加者数",
        "人",
        [186, 95, 200, "―", 300],
        "―",
    ),
]


def kora() -> Path:
    wb, ws = _sheet("KPI検証", [5, 38, 11, 11, 10, 11, 10, 13, 7])
    _text(
        ws,
        1,
        1,
        "甲良町まち・ひと・しごと創生総合戦略（第2期）　重要業績評価指標（KPI）の検証結果（令和4年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 9, "令和5年9月　甲良町地方創生推進会議　資料2", align="right")
    _text(ws, 3, 9, "事務局：甲良町企画課", align="right")
    _field(ws, 5, "計画期間", "令和2年度～令和6年度（5年間）", (1, 2), (3, 9), 18)
    _field(
        ws,
        6,
        "町の概況",
        "湖東平野の中央、犬上川左岸の扇状地に広がる面積13.63㎢の町。人口は1985年の9,141人をピークに減少し、6,903人（2020年、住民基本台帳）。2019年の出生数は36人。",
        (1, 2),
        (3, 9),
        28,
    )
    _field(ws, 7, "関連事業費（R4決算・千円）", "52,760", (1, 2), (3, 9), 18)
    _text(ws, 9, 1, "基本目標1　甲良の恵みと歴史を活かしたしごとと交流をつくる", bold=True, size=11)
    _text(
        ws,
        10,
        1,
        "【評価】○：R4目標を達成　△：R4目標の8割以上　×：R4目標の8割未満　―：評価できない",
        size=8,
    )
    head = [
        "No.",
        "重要業績評価指標（KPI）",
        "単位",
        "基準値\n（R元）",
        "R3実績",
        "R4目標",
        "R4実績",
        "目標値\n（R6）",
        "評価",
    ]
    h = 11
    for c, word in enumerate(head, start=1):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 30
    r = h + 1
    for no, name, unit, vals, mark in KR_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, vals)
        _put(ws, r, 9, mark, align="center", bold=True)
        ws.row_dimensions[r].height = 24
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※出荷量の単位「俵」は玄米60kg入りの俵（袋）の数です（1俵＝60kg）。町内産うるち米の農協への出荷数量によります。",
            "※No.2・No.4は令和2年度からの累計です。",
            "※No.3の目標値（R6）は、R4以降の参拝者数を年平均2％ずつ増加させることとしています。",
            "※No.5のR4実績は、ツアーを中止したため「―」としています（R4は3回計画、0回実施）。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "kora_kpi_kensho_r4.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 七宗町 (岐阜県加茂郡): 地域再生計画 重要業績評価指標（KPI）の効果検証（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (japanlocal.net 七宗町; ja.wikipedia 七宗町; 日本最古の石博物館 pages): 3,408人, 90.47km2, about
# 9 in 10 of the land forest, 日本最古の石 (上麻生礫岩, 20億年前, found in 1970), 飛水峡 and its about 880
# 甌穴, 日本最古の石博物館 at 道の駅ロック・ガーデンひちそう, the town tree ひのき. Made up: the plan's
# name, the sheet, 課, money, every KPI, figure, mark and note.
HS_ROWS = [
    (
        "KPI①　日本最古の石博物館の入館者数を、令和6年3月までに年間1.2万人とする。",
        [8420, 10318, 11276],
        "未達成",
    ),
    (
        "KPI②　飛水峡の甌穴めぐりガイドの参加者数を、令和4年度から令和6年度までの各年度に600人以上とする。",
        [412, 583, 626],
        "達成",
    ),
    (
        "KPI③　七宗町産ひのき材を使った木工体験教室の1回当たり参加者数を、平均15人以上とする。",
        [9.8, 12.4, 13.6],
        "未達成",
    ),
    (
        "KPI④　移住支援制度を利用した移住者数を、令和3年度からの累計で40人とする。",
        ["―（R3開始）", 18, 29],
        "―",
    ),
]


def hichiso() -> Path:
    wb, ws = _sheet("効果検証", [50, 13, 11, 11, 10])
    _text(
        ws,
        1,
        1,
        "地域再生計画　重要業績評価指標（KPI）の効果検証（令和5年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 5, "令和6年8月", align="right")
    fields = [
        ("地域再生計画の名称", "日本最古の石と飛水峡を活かした交流人口拡大プロジェクト", 18),
        ("担当課", "企画課", 18),
        ("計画期間", "令和3年度～令和6年度", 18),
        (
            "町の概況",
            "面積90.47km2のおよそ9割を山林が占める。人口3,408人。飛騨川の河床から約20億年前の「日本最古の石」（上麻生礫岩）が発見され（1970年）、飛水峡には約880個の甌穴群が点在する。",
            40,
        ),
        ("交付対象事業費（R5・千円）", "18,640", 18),
    ]
    r = 4
    for label, value, height in fields:
        _span(ws, r, 1, 1, label, header=True)
        _span(ws, r, 2, 5, value, align="left")
        ws.row_dimensions[r].height = height
        r += 1
    r += 1
    _text(ws, r, 1, "■重要業績評価指標（KPI）の達成状況", bold=True, size=11)
    _text(
        ws,
        r + 1,
        1,
        "※KPIの欄に目標を記載しています。実績値の単位は、各KPIの目標の単位によります。",
        size=8,
    )
    h = r + 2
    head = ["KPI", "事業開始前\n（R2）", "R4実績", "R5実績", "評価\n（R5）"]
    for c, word in enumerate(head, start=1):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 30
    r = h + 1
    for sentence, vals, mark in HS_ROWS:
        _put(ws, r, 1, sentence, valign="center")
        _vals(ws, r, 2, vals)
        _put(ws, r, 5, mark, align="center", bold=True)
        ws.row_dimensions[r].height = 40
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※KPI②は飛水峡の甌穴群（約880個）を巡るガイドツアー（R5は42回開催）の参加者数です。",
            "※KPI③の教室は、町の木ひのきの端材を使い、年8回程度開催しています。",
            "※KPI④は令和3年度に創設した移住支援制度の利用者の累計で、R5までの利用世帯は12世帯です。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "hichiso_kpi_kensho_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 京田辺市 (京都府): 第4次京田辺市総合計画 前期まちづくりプラン 成果指標の進捗状況（令和4年度）
# --------------------------------------------------------------------------------------------

# Real (city.kyotanabe.lg.jp 0000012399, 0000020336; 施政方針): 第4次京田辺市総合計画（基本構想・前期
# まちづくりプラン, 令和2年3月策定), the 都市像「緑豊かで健康な文化田園都市」, the 昭和59年 田辺町総合計画,
# 新名神高速道路 and the planned 北陸新幹線 station, 同志社大学の留学生との交流. Made up: the page, its
# date, 課, the 政策 and 施策 wording, every indicator, figure, target, mark and note.
KT_HEAD = """<thead>
<tr><th rowspan="2" scope="col">施策</th><th rowspan="2" scope="col">成果指標</th><th rowspan="2" scope="col">単位</th><th rowspan="2" scope="col">基準値<br>（R元）</th><th rowspan="2" scope="col">R3<br>実績</th><th colspan="2" scope="colgroup">R4</th><th rowspan="2" scope="col">目標値<br>（R6）</th><th rowspan="2" scope="col">評価</th></tr>
<tr><th scope="col">目標</th><th scope="col">実績</th></tr>
</thead>"""

KT_GROUPS = [
    (
        "4-1<br>国際交流・多文化共生の推進",
        [
            (
                "留学生交流事業に参加した留学生の出身国数",
                "ヵ国",
                ["18", "9", "15", "16", "25"],
                "◎",
            ),
            ("国際交流イベントの参加者数", "人", ["2,350", "640", "1,500", "1,712", "2,500"], "◎"),
        ],
    ),
    (
        "4-2<br>文化・芸術の振興",
        [
            (
                "市民文化会館自主事業の1回当たり入場者数",
                "人/回",
                ["412", "268", "350", "331", "420"],
                "○",
            ),
            (
                "文化・芸術活動に参加している市民の割合",
                "％",
                ["38.2", "35.1", "42.0", "40.6", "過半数"],
                "○",
            ),
        ],
    ),
    (
        "4-3<br>生涯学習の推進",
        [
            (
                "市立図書館の市民1人当たり貸出冊数",
                "冊/人",
                ["6.12", "5.48", "6.00", "5.87", "6.50"],
                "○",
            )
        ],
    ),
]


def kyotanabe_html() -> str:
    rows = []
    for th, inds in KT_GROUPS:
        for i, (name, unit, vals, mark) in enumerate(inds):
            span = f' rowspan="{len(inds)}"' if len(inds) > 1 else ""
            head = f'<th{span} scope="rowgroup">{th}</th>' if i == 0 else ""
            cells = "".join(f'<td class="num">{v}</td>' for v in vals)
            rows.append(
                f'<tr>{head}<td>{name}</td><td class="c">{unit}</td>{cells}<td class="c">{mark}</td></tr>'
            )
    body = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>第4次京田辺市総合計画 前期まちづくりプラン 成果指標の進捗状況（令和4年度） - 京田辺市</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
th {{ background: #d9d9d9; font-weight: normal; }}
tbody th {{ background: #f2f2f2; text-align: left; }}
td.num {{ text-align: right; }}
td.c {{ text-align: center; }}
p.note {{ font-size: 9pt; margin: 0.2em 0; }}
</style>
</head>
<body>
<p class="breadcrumb"><a href="/">ホーム</a> &gt; 市政情報 &gt; 計画・施策 &gt; 総合計画</p>
<h1>第4次京田辺市総合計画 前期まちづくりプラン　成果指標の進捗状況（令和4年度）</h1>
<p class="date">掲載日：令和5年10月2日　企画調整課</p>
<p>本市は、昭和59年の「田辺町総合計画」以来、都市像「緑豊かで健康な文化田園都市」の実現をめざしてまちづくりを進めてきました。令和2年3月に策定した第4次京田辺市総合計画（基本構想・前期まちづくりプラン）では、新名神高速道路の全線開通や北陸新幹線の新駅設置を見据え、施策ごとに成果指標を定めています。</p>
<p>このページでは、政策4に掲げる成果指標について、令和4年度の実績をお知らせします。</p>
<h2>政策4　学び・文化・交流</h2>
<p class="note">【評価】◎：R4目標を達成　○：R4目標の9割以上　△：R4目標の9割未満</p>
<table>
{KT_HEAD}
<tbody>
{body}
</tbody>
</table>
<p class="note">※留学生の出身国数は、同志社大学をはじめ市内の大学の協力を得て実施した交流事業に参加した留学生の国籍（地域を含む）の数です。</p>
<p class="note">※市民の割合は市民意識調査（令和4年度、無作為抽出3,000人、回答1,284人）によります。</p>
<p class="note">※R3は新型コロナウイルス感染症の影響により、国際交流イベントを2回（例年6回）に縮小しました。</p>
<p>このページに関するお問い合わせ　京田辺市 企画調整課</p>
</body>
</html>
"""


def kyotanabe() -> Path:
    path = HERE / "kyotanabe_seika_shihyo_r4.html"
    path.write_bytes(kyotanabe_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (kannami, kora, hichiso):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {kyotanabe().name}")


if __name__ == "__main__":
    main()
