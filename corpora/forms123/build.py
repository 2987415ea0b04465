"""Build the built documents of forms123/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/kani_keiei_shihyo_r4.xlsx``, a 市政経営計画 成果指標 sheet in the manner of 可児市 (岐阜県): the
  重点方針 merged down a left column (one marked ``★最重点``), 千人 in 単位, a ``集計中`` actual, a 達成率
  column against the R5 target; and the PDF;
* ``source/kami_sosei_kpi_r3.xlsx``, a まち・ひと・しごと創生推進計画 KPI sheet in the manner of 香美町 (兵庫県):
  a key-value block (計画期間, 寄附活用の目安額 in 千円), 基本目標 rows across the grid, targets split into
  ``年間`` and ``6年間累計（2020～2025年度）``, a ``1,650人を維持`` target; and the PDF;
* ``source/izumiotsu_shisaku_hyoka_h28.xlsx``, a 施策評価シート in the manner of 泉大津市 (大阪府): PLAN fields
  above, 目標/実績 row pairs under era-less 27年度–30年度 with ``総合計画記載`` columns, a 目標達成度合い grade
  and a 施策内事業の集計 money table; and the PDF;
* ``kariya_shihyo_h20.html``, a 総合計画 まちづくり指標 page in the manner of 刈谷市 (愛知県): ``■`` goal rows
  across the table, values with their units in the cell, calendar years (2000年/2007年/2012年) and an
  indicator split over 内訳 rows.

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
    wb.properties.creator = "forms123/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms123/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms123_soffice_") as tmp:
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
# 可児市 (岐阜県): 可児市政経営計画 重点方針別 成果指標の状況（令和4年度実績）
# --------------------------------------------------------------------------------------------

# Real: 可児市政経営計画 (R2–R5, 見直し R3年6月), 実現する姿 「住みごこち一番・可児 ～安心・元気・楽しいまち～」,
# the four 重点方針 and 地域・経済の元気づくり as 最重点方針 (企業誘致, シティプロモーション).
# Made up: the sheet, its date and 課, every indicator, figure, 達成率 and note.
KANI = [
    (
        "(1)高齢者の安気づくり",
        [("介護予防教室の延べ参加者数", "人", 12450, (5210, 7860, 10320), 13000, "79.4%")],
    ),
    (
        "(2)子育て世代の安心づくり",
        [("保育所等の待機児童数", "人", 4, (2, 0, 0), 0, "―")],
    ),
    (
        "(3)地域・経済の元気づくり\n★最重点",
        [
            ("企業誘致件数（累計）", "件", "―", (2, 5, 7), 10, "70.0%"),
            ("観光交流人口", "千人", 1452, (612, 803, 1125), 1500, "75.0%"),
        ],
    ),
    (
        "(4)まちの安全づくり",
        [("自治会の防災訓練参加率", "％", 28.4, (12.6, 19.8, "集計中"), 35.0, "―")],
    ),
]


def kani() -> Path:
    widths = [18, 30, 7, 11, 9, 9, 9, 11, 9]
    wb, ws = _sheet("成果指標", widths)
    _text(
        ws, 1, 1, "可児市政経営計画　重点方針別 成果指標の状況（令和4年度実績）", bold=True, size=12
    )
    _text(ws, 2, 9, "令和5年7月　可児市企画部総合政策課", align="right")
    _text(ws, 3, 1, "実現する姿　住みごこち一番・可児　～安心・元気・楽しいまち～", size=9)
    _text(ws, 4, 1, "計画期間　令和2年度～令和5年度（令和3年6月見直し）", size=9)
    _text(ws, 6, 1, "２　重点方針別の成果指標", bold=True, size=11)
    h = 7
    _head2(
        ws,
        h,
        [
            (1, "重点方針"),
            (2, "成果指標"),
            (3, "単位"),
            (4, "計画策定時\n（H30年度）"),
            (8, "目標値\n（R5年度）"),
            (9, "達成率\n（対R5目標）"),
        ],
        [(5, 7, "実績", ["R2年度", "R3年度", "R4年度"])],
    )
    r = h + 2
    for head, rows in KANI:
        first = r
        for name, unit, base, actuals, target, rate in rows:
            _put(ws, r, 2, name)
            _put(ws, r, 3, unit, align="center")
            for j, v in enumerate((base, *actuals, target)):
                _put(ws, r, 4 + j, v, align="center" if isinstance(v, str) else "right")
            _put(ws, r, 9, rate, align="right" if rate != "―" else "center")
            ws.row_dimensions[r].height = 30
            r += 1
        _put(ws, first, 1, head, bold=True, valign="center")
        if r - 1 > first:
            _merge(ws, first, 1, r - 1, 1)
    _notes(
        ws,
        r + 1,
        [
            "※達成率は、令和4年度実績の目標値（R5年度）に対する割合です。",
            "※自治会の防災訓練参加率の令和4年度分は、自治会からの報告を集計中です。",
            "※令和4年度の重点事業に係る事業費（決算）は2,846,310千円です。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "kani_keiei_shihyo_r4.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 香美町 (兵庫県美方郡): 香美町まち・ひと・しごと創生推進計画 KPI進捗状況（令和3年度）
# --------------------------------------------------------------------------------------------

# Real: the 推進計画 (2020年4月1日～2026年3月31日), 寄附活用の目安額 100,000千円 (2020–2025年度の累計), the
# yearly 効果検証 each August, the four 基本目標, and three KPIs with their 現状値 and targets (新規就労者 11人 →
# 年12人・6年間で70人; 若い世帯の新たな移住 12世帯 → 年15世帯・6年間で90世帯; 年少人口 1,798人 → 1,650人を維持).
# Made up: the sheet, its date and 課, the 2020/2021 actuals, the fourth KPI.
KAMI = [
    (
        "基本目標Ⅰ　安定した就労の場を創出する",
        [("新規就労者数", "人", 11, (9, 13), (12, 70))],
    ),
    (
        "基本目標Ⅱ　新しいひとの流れをつくる",
        [("若い世帯の新たな移住", "世帯", 12, (8, 14), (15, 90))],
    ),
    (
        "基本目標Ⅲ　結婚・出産・子育ての希望をかなえる",
        [
            ("年少人口（0歳～14歳）", "人", 1798, (1771, 1738), ("―", "1,650人を維持")),
            ("婚活イベントによるカップル成立数", "組", 6, (0, 4), (8, 48)),
        ],
    ),
]


def kami() -> Path:
    widths = [34, 7, 12, 10, 10, 10, 14]
    wb, ws = _sheet("KPI進捗", widths)
    _text(
        ws,
        1,
        1,
        "香美町まち・ひと・しごと創生推進計画　KPI進捗状況（令和3年度）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 7, "令和4年8月　香美町企画課", align="right")
    fields = [
        ("計画期間", "2020年4月1日～2026年3月31日"),
        ("寄附活用の目安額（千円）", "100,000（2020年度～2025年度の累計）"),
        ("効果検証", "毎年8月頃、外部有識者による効果検証を行い公表"),
    ]
    r = 4
    for key, value in fields:
        _put(ws, r, 1, key, header=True)
        _span(ws, r, 2, 7, value, align="left")
        ws.row_dimensions[r].height = 18
        r += 1
    _text(ws, r + 1, 1, "【KPIの進捗状況】", bold=True, size=11)
    h = r + 2
    _head2(
        ws,
        h,
        [(1, "KPI"), (2, "単位"), (3, "現状値\n（計画開始時点）")],
        [
            (4, 5, "実績値", ["2020年度", "2021年度"]),
            (6, 7, "目標値", ["年間", "6年間累計\n（2020～2025年度）"]),
        ],
    )
    ws.row_dimensions[h + 1].height = 30
    r = h + 2
    for head, rows in KAMI:
        _span(ws, r, 1, 7, head, bold=True, fill=LIGHT)
        ws.row_dimensions[r].height = 18
        r += 1
        for name, unit, base, actuals, targets in rows:
            _put(ws, r, 1, name)
            _put(ws, r, 2, unit, align="center")
            for j, v in enumerate((base, *actuals, *targets)):
                _put(ws, r, 3 + j, v, align="center" if isinstance(v, str) else "right")
            ws.row_dimensions[r].height = 24
            r += 1
    _notes(
        ws,
        r + 1,
        [
            "※現状値は計画開始時点（2019年度）の数値です。",
            "※年少人口は各年度末の住民基本台帳人口です。年間減少幅24人以下を目安とします。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "kami_sosei_kpi_r3.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 泉大津市 (大阪府): 平成28年度 施策評価シート（1-1 市民参画・協働）
# --------------------------------------------------------------------------------------------

# Real: the sheet's title and blocks (施策の概要(PLAN), 施策の成果指標と実績(DO), 施策の成果について(CHECK)),
# 政策名, 基本施策名 1-1 市民参画・協働, 担当部局長, 取りまとめ課, めざす姿, the three indicator names, the grade
# C 概ね順調 with its reason, and the 施策内事業の集計 figures. Made up: every indicator figure.
IZUMIOTSU = [
    (
        "①",
        "地域活動やボランティア活動が活発なまちだと思う市民の割合\n（市民満足度調査）",
        "％",
        44.6,
        (46.0, 47.0, 48.0, 49.0, 50.0),
        (45.3, 43.9, "", ""),
    ),
    (
        "②",
        "市政への市民参画の機会が増えたと思う市民の割合\n（市民満足度調査）",
        "％",
        26.0,
        (27.0, 28.0, 29.0, 30.0, 31.0),
        (25.1, 28.4, "", ""),
    ),
    (
        "③",
        "市民活動団体として登録している団体数",
        "団体",
        51,
        (52, 54, 56, 58, 60),
        (58, 62, "", ""),
    ),
]


def izumiotsu() -> Path:
    widths = [5, 30, 6, 6, 11, 8, 8, 8, 8, 11]
    wb, ws = _sheet("施策評価シート", widths)
    _text(ws, 1, 1, "平成28年度　施策評価シート", bold=True, size=12)
    _text(ws, 2, 10, "泉大津市", align="right")
    _text(ws, 3, 1, "施策の概要（PLAN）", bold=True, size=10)
    fields = [
        ("総合計画の政策名", "力を合わせて市民の笑顔があふれるまちづくり"),
        ("基本施策名", "1-1　市民参画・協働"),
        ("担当部局長", "総合政策部長"),
        ("取りまとめ", "人権市民協働課"),
        ("めざす姿", "市民が主体に活躍できるまち"),
    ]
    r = 4
    for key, value in fields:
        _span(ws, r, 1, 3, key, header=True)
        _span(ws, r, 4, 10, value, align="left")
        ws.row_dimensions[r].height = 18
        r += 1
    r += 1
    _text(ws, r, 1, "施策の成果指標と実績（DO）", bold=True, size=10)
    h = r + 1
    heads = ["No.", "成果指標", "区分", "単位", "総合計画記載\n（現状値）"]
    heads += ["27年度", "28年度", "29年度", "30年度", "総合計画記載\n（31年度）"]
    for c, word in enumerate(heads, start=1):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 30
    r = h + 1
    for label, name, unit, base, targets, actuals in IZUMIOTSU:
        _put(ws, r, 1, label, align="center")
        _put(ws, r + 1, 1, None)
        _merge(ws, r, 1, r + 1, 1)
        _put(ws, r, 2, name)
        _put(ws, r + 1, 2, None)
        _merge(ws, r, 2, r + 1, 2)
        _put(ws, r, 3, "目標", align="center")
        _put(ws, r + 1, 3, "実績", align="center")
        _put(ws, r, 4, unit, align="center")
        _put(ws, r + 1, 4, unit, align="center")
        _put(ws, r, 5, base)
        _put(ws, r + 1, 5, None)
        _merge(ws, r, 5, r + 1, 5)
        for j, v in enumerate(targets):
            _put(ws, r, 6 + j, v)
        for j, v in enumerate((*actuals, "")):
            _put(ws, r + 1, 6 + j, v)
        ws.row_dimensions[r].height = 22
        ws.row_dimensions[r + 1].height = 22
        r += 2
    r += 1
    _text(ws, r, 1, "施策内事業の集計", bold=True, size=10)
    r += 1
    for c, word in [(1, "区分"), (4, "単位"), (5, "27年度"), (6, "28年度")]:
        if c == 1:
            _span(ws, r, 1, 3, word, header=True)
        else:
            _put(ws, r, c, word, header=True)
    r += 1
    for word, a, b in [
        ("総コスト計", 17615, 25739),
        ("事業費", 5504, 11506),
        ("人件費", 12111, 14233),
    ]:
        _span(ws, r, 1, 3, word)
        _put(ws, r, 4, "千円", align="center")
        _put(ws, r, 5, a)
        _put(ws, r, 6, b)
        r += 1
    r += 1
    _text(ws, r, 1, "施策の成果について（CHECK）", bold=True, size=10)
    r += 1
    _span(ws, r, 1, 3, "目標達成度合い\n（評価）", header=True)
    _put(ws, r, 4, "C", align="center", bold=True)
    _put(ws, r, 5, "概ね順調", align="center")
    _para(
        ws,
        r,
        6,
        10,
        "理由：成果指標の1つである市民活動団体として登録している団体数は、すでに平成31年度目標値を達成していることから、左の評価とした。",
        40,
        size=8,
        border=True,
    )
    r += 1
    _notes(
        ws,
        r + 1,
        [
            "※評価の区分　A：目標を大きく上回る　B：順調　C：概ね順調　D：やや遅れ　E：遅れ",
            "※29年度以降の実績は、各年度の評価時に記入します。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "izumiotsu_shisaku_hyoka_h28.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 刈谷市 (愛知県): 第6次刈谷市総合計画 まちづくり指標の状況（平成20年度）
# --------------------------------------------------------------------------------------------

# Real: 第6次刈谷市総合計画 (基本計画 H15–H24), its 将来都市像 「人にやさしい快適産業文化都市」, the ■ goal
# sentences, the indicator names and the 2000年 現状値 / 2007年 and 2012年 目標値 of 防犯灯設置数, 文化協会会員数,
# 文化関係グループ・サークル数 and 人口1人当たりの都市公園面積. Made up: the page, its date, every 2007年 実績値,
# the 観劇・音楽鑑賞 figures and the note.
KARIYA_ROWS = """<tr><th colspan="6" class="goal">■ 犯罪のない明るい安全なまちに</th></tr>
<tr><td colspan="2">防犯灯設置数</td><td>5,631灯</td><td>7,018灯</td><td>7,300灯</td><td>8,500灯</td></tr>
<tr><th colspan="6" class="goal">■ 多くの皆さんが文化・芸術活動を実践しています</th></tr>
<tr><td rowspan="2">文化芸術活動を実践している市民の数</td><td>文化協会会員数</td><td>2,390人</td><td>2,455人</td><td>2,510人</td><td>2,630人</td></tr>
<tr><td>文化関係グループ・サークル数</td><td>113団体</td><td>121団体</td><td>120団体</td><td>125団体</td></tr>
<tr><th colspan="6" class="goal">■ 市民が気軽に利用できる公園が増えています</th></tr>
<tr><td colspan="2">人口1人当たりの都市公園面積</td><td>8.1㎡</td><td>9.4㎡</td><td>10.0㎡</td><td>12.0㎡</td></tr>
<tr><th colspan="6" class="goal">■ 保育園・幼稚園　幼児が心豊かに育っています</th></tr>
<tr><td rowspan="2">1園当たりの観劇・音楽鑑賞回数（年間）</td><td>保育園</td><td>2.0回</td><td>―</td><td>2.5回</td><td>3.0回</td></tr>
<tr><td>幼稚園</td><td>1.0回</td><td>1.5回</td><td>1.5回</td><td>2.0回</td></tr>"""


def kariya_html() -> str:
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>まちづくり指標の状況（平成20年度）｜刈谷市</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 1em; }}
th, td {{ border: 1px solid #333; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
th.goal {{ background: #f2f2f2; text-align: left; }}
</style>
</head>
<body>
<h1>第6次刈谷市総合計画　まちづくり指標の状況（平成20年度）</h1>
<p>平成21年3月　刈谷市企画政策課</p>
<p>第6次刈谷市総合計画では、将来都市像「人にやさしい快適産業文化都市」の実現に向け、基本計画（平成15年～平成24年）の分野ごとに、まちの姿をあらわす「まちづくり指標」を定めています。中間年である2007年の実績と、目標値との比較をお知らせします。</p>
<h2>まちづくり指標の推移</h2>
<table border="1">
<tr><th rowspan="2">指標</th><th rowspan="2">内訳</th><th>現状値</th><th>実績値</th><th colspan="2">目標値</th></tr>
<tr><th>2000年</th><th>2007年</th><th>2007年</th><th>2012年</th></tr>
{KARIYA_ROWS}
</table>
<p>※保育園の2007年の観劇・音楽鑑賞回数は、調査方法の変更により把握していません。</p>
<p>※平成20年度の防犯灯設置費補助金は12,300千円です。</p>
</body>
</html>
"""


def kariya() -> Path:
    path = HERE / "kariya_shihyo_h20.html"
    path.write_bytes(kariya_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (kani, kami, izumiotsu):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {kariya().name}")


if __name__ == "__main__":
    main()
