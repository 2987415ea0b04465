"""Build the built documents of forms122/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/otaru_shisaku_hyoka_r4.xlsx``, a 行政評価（施策評価）シート in the manner of 小樽市 (北海道): form
  fields (施策, 所管部, 関係部), a 市民アンケート指標 grid and a 小施策の指標 grid under ``指標の推移``
  (R2–R4), 小施策 cells merged down, a money column merged down, 千人 in 単位, a 一次評価 row; and the PDF;
* ``source/ogata_seika_shihyo_r5.xlsx``, a 総合村づくり計画 後期基本計画 成果指標 sheet in the manner of
  大潟村 (秋田県): ``R4目標 | R4実績 | R5目標 | R5実績 | R7目標`` columns, 基本目標 merged down, ``―``
  actuals of a survey indicator, a 達成率 column; and the PDF;
* ``source/ichinoseki_mokuhyo_shihyo_h22.xlsx``, a 総合計画 前期基本計画 目標指標の達成状況 in the manner of
  一関市 (岩手県): 施策 merged down, ``現状値（H17）``, 実績値 H19–H22, ``目標値（H22）``, a printed
  達成状況, 百万円/千人 in 単位; and the PDF;
* ``tagajo_machizukuri_hokoku_h27.html``, a まちづくり報告書 in the manner of 多賀城市 (宮城県): bare year
  headers H23–H27, a ``目標値（H32）`` column, a 取得 column and 動向 words (晴れ（向上） …).

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
    wb.properties.creator = "forms122/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms122/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms122_soffice_") as tmp:
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


# --------------------------------------------------------------------------------------------
# 小樽市 (北海道): 第7次小樽市総合計画 令和4年度 行政評価（施策評価）シート
# --------------------------------------------------------------------------------------------

# Real: 第7次小樽市総合計画 (H31–R10), its まちづくり6つのテーマ and 32 施策, the 施策評価 from R3 with
# 市民アンケート指標 per 施策 and indicators per 小施策, the 一次評価 by 所管部 and 関係部. Made up: the theme
# and 施策 names and numbers, the 部, every indicator, figure, grade and note.
OTARU_SURVEY = [
    ("観光客を温かく迎えるまちだと思う市民の割合", "％", 41.2, ("―", 38.6, 40.9), 50.0),
]
OTARU_SMALL = [
    (
        "(1)観光客の受入環境の充実",
        48215,
        [
            ("観光入込客数", "千人", 7923, (3952, 4118, 5576), 8000),
            ("宿泊客数", "千人", 795, (401, 426, 612), 850),
        ],
    ),
    (
        "(2)外国人観光客の誘致",
        23660,
        [
            ("外国人宿泊客延べ数", "人", 215430, (31204, 1982, 12645), 300000),
            ("クルーズ客船の寄港回数", "回", 35, (0, 0, 9), 40),
        ],
    ),
]


def _otaru_head(ws, h: int, first: int) -> None:
    singles = [(first, "指標名"), (first + 1, "単位"), (first + 2, "策定時\n（H29）")]
    singles.append((first + 6, "目標値\n（R10）"))
    _head2(ws, h, singles, [(first + 3, first + 5, "指標の推移", ["R2", "R3", "R4"])])


def _otaru_values(ws, r: int, c: int, unit, base, actuals, target) -> None:
    _put(ws, r, c, unit, align="center")
    for j, v in enumerate((base, *actuals, target)):
        _put(ws, r, c + 1 + j, v, align="center" if v == "―" else "right")


def otaru() -> Path:
    widths = [22, 30, 7, 10, 10, 10, 10, 10, 12]
    wb, ws = _sheet("施策評価", widths)
    _text(ws, 1, 1, "令和4年度　行政評価（施策評価）シート", bold=True, size=12)
    _text(ws, 2, 9, "第7次小樽市総合計画", align="right")
    fields = [
        ("テーマ", "4　にぎわいと活力のあるまち"),
        ("施策", "4-3　観光の振興"),
        ("所管部", "産業港湾部"),
        ("関係部", "建設部、港湾室"),
    ]
    r = 4
    for key, value in fields:
        _put(ws, r, 1, key, header=True)
        _span(ws, r, 2, 5, value)
        ws.row_dimensions[r].height = 18
        r += 1
    _text(ws, r + 1, 1, "１　市民アンケート指標", bold=True, size=11)
    h = r + 2
    _put(ws, h, 1, "", header=True)
    _put(ws, h + 1, 1, "", header=True)
    _merge(ws, h, 1, h + 1, 1)
    _otaru_head(ws, h, 2)
    _put(ws, h, 9, "", header=True)
    _put(ws, h + 1, 9, "", header=True)
    _merge(ws, h, 9, h + 1, 9)
    r = h + 2
    for name, unit, base, actuals, target in OTARU_SURVEY:
        _put(ws, r, 1, "施策全体", align="center")
        _put(ws, r, 2, name)
        _otaru_values(ws, r, 3, unit, base, actuals, target)
        _put(ws, r, 9, "")
        ws.row_dimensions[r].height = 28
        r += 1
    _text(ws, r + 1, 1, "２　小施策の指標", bold=True, size=11)
    h = r + 2
    _put(ws, h, 1, "小施策", header=True)
    _put(ws, h + 1, 1, None, header=True)
    _merge(ws, h, 1, h + 1, 1)
    _otaru_head(ws, h, 2)
    _put(ws, h, 9, "関連予算事業費\n（R4決算・千円）", header=True, size=8)
    _put(ws, h + 1, 9, None, header=True)
    _merge(ws, h, 9, h + 1, 9)
    r = h + 2
    for small, money, rows in OTARU_SMALL:
        top = r
        for name, unit, base, actuals, target in rows:
            _put(ws, r, 2, name)
            _otaru_values(ws, r, 3, unit, base, actuals, target)
            ws.row_dimensions[r].height = 24
            r += 1
        _put(ws, top, 1, small, valign="center")
        _put(ws, top, 9, money, valign="center")
        for rr in range(top + 1, r):
            _put(ws, rr, 1, None)
            _put(ws, rr, 9, None)
        _merge(ws, top, 1, r - 1, 1)
        _merge(ws, top, 9, r - 1, 9)
    r += 1
    _put(ws, r, 1, "一次評価（所管部）", header=True)
    _span(
        ws,
        r,
        2,
        9,
        "B：概ね順調に推移している（観光入込客数は回復傾向にあるが、外国人観光客はコロナ禍前の水準に戻っていない。）",
    )
    ws.row_dimensions[r].height = 30
    _notes(
        ws,
        r + 2,
        [
            "※市民アンケート指標は毎年度実施する市民アンケートによります。令和2年度は新型コロナウイルス感染症の影響により調査を実施していません。",
            "※観光入込客数及び宿泊客数は年度の数値です（北海道観光入込客数調査）。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "otaru_shisaku_hyoka_r4.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 大潟村 (秋田県南秋田郡): 第2期大潟村総合村づくり計画 後期基本計画 成果指標の進捗状況（令和5年度）
# --------------------------------------------------------------------------------------------

# Real: 大潟村, the 第2期大潟村総合村づくり計画 and its 後期基本計画 (R4–R7), the 将来像, the 村民アンケート
# of 令和3年7月 (1,000 drawn, 331 answers, 33.1%). Made up: the sheet, date, 課, 基本目標 names, every
# indicator, figure, 達成率 and the money note.
OGATA = [
    (
        "1　農業を基盤とした活力ある村",
        [
            ("農業法人数", "法人", 62, (64, 66, 66, 67, 70), "101.5%"),
            ("交流施設の年間利用者数", "千人", 52.4, (54.0, 46.1, 55.0, 49.8, 58.0), "90.5%"),
        ],
    ),
    (
        "2　安心して子育てできる村",
        [
            ("出生数", "人", 18, (20, 15, 20, 19, 20), "95.0%"),
            ("移住相談件数", "件", 12, (15, 21, 15, 18, 20), "120.0%"),
        ],
    ),
    (
        "3　住み継がれる村",
        [
            (
                "大潟村に住み続けたいと思う村民の割合",
                "％",
                78.9,
                (80.0, "―", 82.0, "―", 85.0),
                "―",
            ),
        ],
    ),
]


def ogata() -> Path:
    widths = [16, 30, 6, 9, 8, 8, 8, 8, 8, 10]
    wb, ws = _sheet("成果指標", widths)
    _text(
        ws,
        1,
        1,
        "第2期大潟村総合村づくり計画　後期基本計画　成果指標の進捗状況（令和5年度）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 10, "令和6年7月　大潟村総務企画課", align="right")
    _text(ws, 3, 1, "将来像　住み継がれる元気な大潟村－未来の子どもたちのために－", size=9)
    _text(ws, 5, 1, "（１）基本目標別の成果指標", bold=True, size=11)
    h = 6
    heads = [
        "基本目標",
        "成果指標",
        "単位",
        "基準値\n（R2）",
        "R4目標",
        "R4実績",
        "R5目標",
        "R5実績",
        "R7目標",
        "達成率\n（R5）",
    ]
    for c, word in enumerate(heads, start=1):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 30
    r = h + 1
    for goal, rows in OGATA:
        top = r
        for name, unit, base, values, rate in rows:
            _put(ws, r, 2, name)
            _put(ws, r, 3, unit, align="center")
            fmt = "0.0" if isinstance(base, float) else None
            _put(ws, r, 4, base, fmt=fmt)
            for j, v in enumerate(values):
                if v == "―":
                    _put(ws, r, 5 + j, v, align="center")
                else:
                    _put(ws, r, 5 + j, v, fmt=fmt)
            _put(ws, r, 10, rate, align="center" if rate == "―" else "right")
            ws.row_dimensions[r].height = 26
            r += 1
        _put(ws, top, 1, goal, valign="center")
        for rr in range(top + 1, r):
            _put(ws, rr, 1, None)
        if r - 1 > top:
            _merge(ws, top, 1, r - 1, 1)
    _notes(
        ws,
        r + 1,
        [
            "※達成率は、R5目標に対するR5実績の割合です。",
            "※村民の割合は村民アンケート（令和3年7月実施、無作為抽出1,000名、回答数331件、回答率33.1％）によります。次回は令和7年度に実施予定のため、R4・R5は「―」としています。",
            "※交流施設の年間利用者数は、千人未満を四捨五入しています。",
            "※令和5年度の総合村づくり計画関連事業費（決算）は1,254,300千円です。",
        ],
    )
    for i in range(4):
        ws.row_dimensions[r + 1 + i].height = 22 if i == 1 else 15
    _page(ws, "portrait")
    path = SOURCE / "ogata_seika_shihyo_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 一関市 (岩手県): 一関市総合計画 前期基本計画 目標指標の達成状況（平成22年度）
# --------------------------------------------------------------------------------------------

# Real: 一関市総合計画 (基本構想 H18.6 議決, 目標年次 H27; 基本計画 目標年次 H22), its 将来像, the 企画調整課
# and the yearly 3-year 実施計画. Made up: the sheet, date, 施策 names, every indicator, figure and note.
ICHINOSEKI = [
    (
        "(1)農林業の振興",
        [
            ("認定農業者数", "人", 1480, (1512, 1538, 1561, 1574), 1600, "未達成"),
            ("産地直売所の販売額", "百万円", 1820, (2010, 2105, 2240, 2315), 2200, "達成"),
        ],
    ),
    (
        "(2)観光の振興",
        [("観光入込客数", "千人", 3015, (3120, 2987, 2610, 2842), 3300, "未達成")],
    ),
    (
        "(3)健康づくりの推進",
        [("胃がん検診受診率", "％", 28.4, (27.9, 26.5, 25.8, "―"), 35.0, "―")],
    ),
    (
        "(4)循環型社会の形成",
        [("ごみの1人1日当たり排出量", "g", 1012, (998, 985, 961, 948), 950, "達成")],
    ),
]


def ichinoseki() -> Path:
    widths = [18, 26, 7, 9, 8, 8, 8, 8, 9, 9]
    wb, ws = _sheet("目標指標", widths)
    _text(
        ws,
        1,
        1,
        "一関市総合計画　前期基本計画　目標指標の達成状況（平成22年度）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 10, "平成23年8月　一関市企画振興部企画調整課", align="right")
    _text(ws, 3, 1, "将来像　人と人、地域と地域が結び合い　未来輝く　いちのせき", size=9)
    _text(ws, 5, 1, "１　施策別目標指標の状況", bold=True, size=11)
    h = 6
    _head2(
        ws,
        h,
        [
            (1, "施策"),
            (2, "目標指標"),
            (3, "単位"),
            (4, "現状値\n（H17）"),
            (9, "目標値\n（H22）"),
            (10, "達成状況"),
        ],
        [(5, 8, "実績値", ["H19", "H20", "H21", "H22"])],
    )
    r = h + 2
    for policy, rows in ICHINOSEKI:
        top = r
        for name, unit, base, actuals, target, word in rows:
            fmt = "0.0" if isinstance(base, float) else None
            _put(ws, r, 2, name)
            _put(ws, r, 3, unit, align="center")
            _put(ws, r, 4, base, fmt=fmt)
            for j, v in enumerate(actuals):
                if v == "―":
                    _put(ws, r, 5 + j, v, align="center")
                else:
                    _put(ws, r, 5 + j, v, fmt=fmt)
            _put(ws, r, 9, target, fmt=fmt)
            _put(ws, r, 10, word, align="center")
            ws.row_dimensions[r].height = 24
            r += 1
        _put(ws, top, 1, policy, valign="center")
        for rr in range(top + 1, r):
            _put(ws, rr, 1, None)
        if r - 1 > top:
            _merge(ws, top, 1, r - 1, 1)
    _notes(
        ws,
        r + 1,
        [
            "※達成状況は、目標値（H22）と実績値（H22）を比べたものです。",
            "※胃がん検診受診率の平成22年度実績は、集計中のため「―」としています。",
            "※観光入込客数は、平成20年岩手・宮城内陸地震の影響により平成21年に大きく減少しました。",
            "※前期基本計画期間（平成19年度～22年度）の実施計画事業費は総額58,312百万円です。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "ichinoseki_mokuhyo_shihyo_h22.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 多賀城市 (宮城県): 平成27年度 多賀城市まちづくり報告書（抜粋）
# --------------------------------------------------------------------------------------------

# Real: the まちづくり報告書, the 第五次多賀城市総合計画 (H23–H32), its 政策/施策/基本事業 levels, the
# まちづくりアンケート of 3,000 citizens, the 動向 words (晴れ（向上） …), 政策1 and 施策 1-1/1-2, the indicator
# 災害への備えをしている世帯割合. Made up: every figure, the other indicators, the 取得 words and notes.
TAGAJO = [
    (
        "1-1",
        "災害対策の推進",
        [
            (
                "災害への備えをしている世帯割合",
                "％",
                "アンケート",
                ["―", "61.8", "63.5", "64.2", "66.0"],
                "80.0",
                "晴れ（向上）",
            ),
            (
                "自主防災組織の組織率",
                "％",
                "業務統計",
                ["78.5", "80.2", "82.6", "84.1", "84.1"],
                "100.0",
                "曇り（横ばい）",
            ),
            (
                "避難所となる公共施設の耐震化率",
                "％",
                "業務統計",
                ["88.9", "92.6", "96.3", "100.0", "100.0"],
                "100.0",
                "晴れ（横ばい）",
            ),
        ],
    ),
    (
        "1-2",
        "防犯対策の推進",
        [
            (
                "刑法犯認知件数",
                "件",
                "業務統計",
                ["652", "611", "587", "540", "498"],
                "450",
                "晴れ（向上）",
            ),
            (
                "夜間に安心して歩けると感じる市民の割合",
                "％",
                "アンケート",
                ["52.3", "50.8", "53.1", "54.0", "52.9"],
                "65.0",
                "雨（低下）",
            ),
        ],
    ),
]


def tagajo_html() -> str:
    lines = []
    for no, name, rows in TAGAJO:
        for i, (ind, unit, how, actuals, target, trend) in enumerate(rows):
            cells = []
            if i == 0:
                cells.append(f'<th scope="row" rowspan="{len(rows)}">施策{no}<br>{name}</th>')
            cells.append(f"<td>{ind}</td>")
            cells.append(f"<td>{unit}</td>")
            cells.append(f"<td>{how}</td>")
            cells.extend(f'<td class="num">{v}</td>' for v in actuals)
            cells.append(f'<td class="num">{target}</td>')
            cells.append(f"<td>{trend}</td>")
            lines.append("<tr>" + "".join(cells) + "</tr>")
    rows = "\n".join(lines)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>平成27年度多賀城市まちづくり報告書｜多賀城市</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 1em; }}
th, td {{ border: 1px solid #333; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
td.num {{ text-align: right; }}
</style>
</head>
<body>
<h1>平成27年度多賀城市まちづくり報告書（抜粋）</h1>
<p>平成28年9月　多賀城市市長公室</p>
<p>第五次多賀城市総合計画（平成23年度～平成32年度）の施策について、成果指標の状況を示したものです。成果指標は、毎年市民3,000人を対象に実施している「まちづくりアンケート」で取得するものと、通常の業務内で取得するもの（業務統計）があります。</p>
<p>動向：晴れ（向上）数値（成果）が向上しているもの／晴れ（横ばい）横ばいであることが望ましいもの／曇り（横ばい）数値が横ばいのもの／雨（低下）数値が低下しているもの</p>
<h2>政策１　安全で快適に暮らせるまち</h2>
<table border="1">
<tr><th>施策</th><th>成果指標</th><th>単位</th><th>取得</th><th>H23</th><th>H24</th><th>H25</th><th>H26</th><th>H27</th><th>目標値（H32）</th><th>動向</th></tr>
{rows}
</table>
<p>※災害への備えをしている世帯割合の平成23年度は、東日本大震災の影響によりアンケートを実施していないため「―」としています。</p>
<p>※刑法犯認知件数は、警察署の統計によります。</p>
<p>※政策１の関連事務事業費（平成27年度決算）は1,862,514千円です。</p>
</body>
</html>
"""


def tagajo() -> Path:
    path = HERE / "tagajo_machizukuri_hokoku_h27.html"
    path.write_bytes(tagajo_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (otaru, ogata, ichinoseki):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {tagajo().name}")


if __name__ == "__main__":
    main()
