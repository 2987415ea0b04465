"""Build the built documents of forms51/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/kasaoka_shisaku_hyoka_h26.xlsx``, a 施策評価シート in the manner of 笠岡市 (岡山県): key-value
  fields, a 成果指標 grid whose two-row header puts `基準値` / `実績値` / `目標値` over `H21` / `H23`–`H25` /
  `H27`, **`千人` in the 単位 column**, a `前年度比` ratio and an `達成度` grade (A/B/C) per row, a
  事業費 block in 千円; and from it ``kasaoka_shisaku_hyoka_h26.pdf``;
* ``source/ozu_seika_shihyo_r3.xlsx``, a 成果指標の達成状況 sheet in the manner of 大洲市 (愛媛県) 第2次
  総合計画: 施策 rows spanning the width, **units and scale words inside the cells (`3,420万円`,
  `4.2億円`, `86.1万人`)**, **a `【再掲】` indicator row under the second 施策**, a `達成度` percentage,
  a 担当課 per row; and from it ``ozu_seika_shihyo_r3.pdf``;
* ``source/takachiho_jimujigyo_h28.xlsx``, a 事務事業評価シート in the manner of 高千穂町 (宮崎県): fields,
  a 事業費 block, then one grid of `区分 | 記号 | 指標名 | 単位 | H26実績 | H27目標 | H27実績 | H28見込 |
  最終目標（H31）` with 区分 `対象指標` / `活動指標` / `成果指標` merged down, **`万人` in the 単位
  column**, **a `単位コスト` row inside the grid**; and from it ``takachiho_jimujigyo_h28.pdf``;
* ``minokamo_machizukuri_shihyo_r5.html``, a page in the manner of 美濃加茂市 (岐阜県) 第6次総合計画
  前期基本計画 まちづくり指標: headers `策定時の値 | 直近の値 | 目標値` without years, **each cell
  carrying its era year as a prefix (`H30：6,210歩`, `R4：44.8%`)**, `千人` inside a cell, a bare `―`.

The PDF steps are skipped, with a message, when ``soffice`` is not installed.
These are re-typed forms of other municipalities, not their own files (README.md, SOURCES.tsv).

The XLSX and HTML files are byte-stable: fixed document dates, and the zip members are
rewritten with a fixed timestamp. The PDFs carry LibreOffice's creation date, so they differ
by that only.
"""

# ruff: noqa: E501

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
    wb.properties.creator = "forms51/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms51/build.py"
    ws = wb.active
    ws.title = title
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    return wb, ws


def _put(ws, row, col, value, header=False, fmt=None, align=None, size=9, bold=False, valign=None):
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
    with tempfile.TemporaryDirectory(prefix="forms51_soffice_") as tmp:
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
# 笠岡市 (岡山県): 施策評価シート — 二段の見出し、単位欄の千人、前年度比と達成度 A/B/C
# --------------------------------------------------------------------------------------------

# Real (123deta, 笠岡市 平成26年度施策評価結果（平成25年度実績）, 笠岡市施策評価報告書): the title's
# words, the 施策評価委員会, 第6次笠岡市総合計画 and its goal 活気あるまちづくり. Made up: the 施策 number
# and name as placed, the 課, every indicator, figure, grade, the notes and the money.
KASAOKA = [
    # (No., 成果指標, 単位, 基準値 H21, (H23, H24, H25), 目標値 H27, 前年度比, 達成度)
    ("1", "観光入込客数", "千人", 1023, (1056, 1101, 1087), 1200, "98.7%", "B"),
    (
        "2",
        "笠岡諸島への渡航者数（年間）",
        "人",
        118450,
        (112300, 109870, 111020),
        120000,
        "101.0%",
        "C",
    ),
    ("3", "カブトガニ博物館入館者数", "人", 38210, (41560, "―", 44015), 45000, "―", "B"),
    ("4", "観光ボランティアガイドの案内件数", "件", 86, (102, 118, 131), 120, "111.0%", "A"),
    ("5", "観光に関する苦情件数", "件", 24, (19, 17, 15), 12, "88.2%", "B"),
]


def kasaoka() -> Path:
    widths = [6, 34, 7, 11, 11, 11, 11, 11, 10, 8]
    wb, ws = _sheet("施策評価シート", widths)
    _text(ws, 1, 1, "平成26年度　施策評価シート（平成25年度実績）", bold=True, size=13)
    _text(ws, 2, 10, "笠岡市", align="right", size=10)
    fields = [
        ("総合計画", "第6次笠岡市総合計画"),
        ("基本目標", "活気あるまちづくり"),
        ("施策", "4-3　観光の振興"),
        ("主管課", "商工観光課"),
        ("関係課", "企画政策課、カブトガニ博物館"),
    ]
    r = 3
    for key, value in fields:
        _span(ws, r, 1, 2, key, header=True)
        _span(ws, r, 3, 10, value)
        ws.row_dimensions[r].height = 17
        r += 1
    _text(ws, r + 1, 1, "１　施策の成果指標", bold=True, size=11)
    h = r + 2
    for c, word in ((1, "No."), (2, "成果指標"), (3, "単位"), (9, "前年度比"), (10, "達成度")):
        _put(ws, h, c, word, header=True)
        _put(ws, h + 1, c, None, header=True)
        _merge(ws, h, c, h + 1, c)
    _put(ws, h, 4, "基準値", header=True)
    _span(ws, h, 5, 7, "実績値", header=True)
    _put(ws, h, 8, "目標値", header=True)
    for c, word in ((4, "H21"), (5, "H23"), (6, "H24"), (7, "H25"), (8, "H27")):
        _put(ws, h + 1, c, word, header=True)
    ws.row_dimensions[h].height = 18
    ws.row_dimensions[h + 1].height = 16
    r = h + 2
    for no, name, unit, base, actuals, target, ratio, grade in KASAOKA:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _put(ws, r, 4, base)
        for j, v in enumerate(actuals):
            _put(ws, r, 5 + j, v, align="center" if v == "―" else None)
        _put(ws, r, 8, target)
        _put(ws, r, 9, ratio, align="right")
        _put(ws, r, 10, grade, align="center")
        ws.row_dimensions[r].height = 20
        r += 1
    notes = [
        "※達成度　A：目標値を達成　B：基準値より改善　C：基準値を下回る（平成25年度実績による）",
        "※前年度比は、平成25年度実績÷平成24年度実績。",
        "※観光入込客数の単位は千人（岡山県観光客動態調査）。カブトガニ博物館のH24は改修工事による休館のため「―」。",
    ]
    for i, line in enumerate(notes):
        _text(ws, r + i, 1, line, size=8)
    r += len(notes) + 1
    _text(ws, r, 1, "２　施策に係る事業費（単位：千円）", bold=True, size=11)
    h = r + 1
    _span(ws, h, 1, 3, "区分", header=True)
    for c, word in ((4, "H23決算"), (5, "H24決算"), (6, "H25決算")):
        _put(ws, h, c, word, header=True)
    money = [("事業費", (41380, 45210, 52874)), ("うち一般財源", (30115, 33962, 38407))]
    r = h + 1
    for name, values in money:
        _span(ws, r, 1, 3, name)
        for j, v in enumerate(values):
            _put(ws, r, 4 + j, v)
        r += 1
    _page(ws, "portrait")
    path = SOURCE / "kasaoka_shisaku_hyoka_h26.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 大洲市 (愛媛県): 第2次総合計画 成果指標の達成状況 — セル内の単位・万円・億円・万人、【再掲】の行
# --------------------------------------------------------------------------------------------

# Real (city.ozu.ehime.jp kikakujoho 1148): 第2次大洲市総合計画, 平成29年度～令和8年度, 後期基本計画
# from 令和4年度, the 企画情報課, 臥龍山荘 as a place. Made up: the report's title and date, the 基本目標
# and 施策, every indicator, figure, 達成度 and 担当課, the notes.
OZU = [
    (
        "施策3-1　農林業の振興",
        [
            ("認定農業者数", "212経営体", "220経営体", "208経営体", "94.5%", "農林振興課"),
            (
                "有害鳥獣による農作物被害額",
                "3,420万円",
                "3,000万円",
                "2,870万円",
                "104.5%",
                "農林振興課",
            ),
            ("新規就農者数（年間）", "9人", "12人", "11人", "91.7%", "農林振興課"),
            ("農林産物直売所の販売額", "4.2億円", "5.0億円", "4.6億円", "92.0%", "農林振興課"),
        ],
    ),
    (
        "施策3-2　観光の振興",
        [
            ("観光入込客数", "86.1万人", "120.0万人", "94.3万人", "78.6%", "観光まちづくり課"),
            ("臥龍山荘の入館者数", "2.8万人", "5.0万人", "3.6万人", "72.0%", "観光まちづくり課"),
            (
                "【再掲】農林産物直売所の販売額",
                "4.2億円",
                "5.0億円",
                "4.6億円",
                "92.0%",
                "農林振興課",
            ),
        ],
    ),
]


def ozu() -> Path:
    widths = [40, 14, 15, 15, 10, 18]
    wb, ws = _sheet("成果指標", widths)
    _text(ws, 1, 1, "第2次大洲市総合計画　成果指標の達成状況（令和3年度実績）", bold=True, size=13)
    _text(ws, 2, 6, "令和4年9月　大洲市企画情報課", align="right", size=9)
    _text(ws, 3, 1, "後期基本計画の期間：令和4年度～令和8年度", size=9)
    _text(ws, 5, 1, "基本目標３　地域の資源を生かし活力を生むまち", bold=True, size=11)
    h = 6
    head = [
        "成果指標",
        "現状値（R2年度）",
        "目標値（R8年度）",
        "実績値（R3年度）",
        "達成度",
        "担当課",
    ]
    for c, word in enumerate(head, start=1):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 22
    r = h + 1
    for title, rows in OZU:
        _span(ws, r, 1, 6, title, bold=True)
        ws.cell(row=r, column=1).fill = LIGHT
        ws.row_dimensions[r].height = 18
        r += 1
        for name, base, target, actual, rate, dept in rows:
            _put(ws, r, 1, name)
            for c, v in ((2, base), (3, target), (4, actual), (5, rate)):
                _put(ws, r, c, v, align="right")
            _put(ws, r, 6, dept, align="center")
            ws.row_dimensions[r].height = 19
            r += 1
    notes = [
        "※達成度は、実績値÷目標値（被害額は目標値÷実績値）。令和8年度の目標値に対する進み具合を示す。",
        "※【再掲】は、他の施策にも掲げている指標。",
        "※施策3-2の関連事業費（R3決算）：1億8,640万円",
    ]
    for i, line in enumerate(notes):
        _text(ws, r + i, 1, line, size=8)
    _page(ws, "landscape")
    path = SOURCE / "ozu_seika_shihyo_r3.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 高千穂町 (宮崎県): 事務事業評価シート — 対象・活動・成果指標、単位欄の万人、単位コストの行
# --------------------------------------------------------------------------------------------

# Real (paperzz 6294897, 高千穂町まち・ひと・しごと創生総合戦略 平成28年2月): 年間143万人（H26 観光統計）
# and the 観光 wording; 企画観光課 as a name is not checked. Made up: the sheet (the town's 総合戦略 was
# read, not a 事務事業評価シート), the 事業, every other figure, the money.
TAKACHIHO = [
    # (区分, 記号, 指標名, 単位, H26実績, H27目標, H27実績, H28見込, 最終目標H31)
    ("対象指標", "ア", "観光入込客数（推計）", "万人", 143, "", 148, 150, ""),
    ("活動指標", "イ", "観光PRキャラバンの実施回数", "回", 12, 12, 14, 12, 12),
    ("活動指標", "ウ", "観光パンフレットの作成部数", "部", 30000, 30000, 25000, 30000, 30000),
    ("成果指標", "エ", "町内宿泊施設の宿泊客数", "人", 248300, 255000, 261420, 265000, 280000),
    ("成果指標", "オ", "観光案内所の外国人利用者数", "人", 3120, 3500, 3410, 4000, 6000),
]


def takachiho() -> Path:
    widths = [10, 5, 32, 7, 11, 11, 11, 11, 12]
    wb, ws = _sheet("事務事業評価シート", widths)
    _text(ws, 1, 1, "平成28年度　事務事業評価シート（平成27年度実施事業）", bold=True, size=12)
    _text(ws, 2, 9, "高千穂町", align="right", size=10)
    fields = [
        ("事務事業名", "観光誘客推進事業"),
        ("担当課", "企画観光課"),
        ("総合長期計画の位置付け", "第5次高千穂町総合長期計画　3-2　観光の振興"),
        (
            "事業の目的",
            "神話と伝説の里・高千穂の魅力を町外・海外に発信し、観光客の誘客と町内での滞在・宿泊の増加を図る。",
        ),
    ]
    r = 3
    for key, value in fields:
        _span(ws, r, 1, 3, key, header=True, size=8)
        _span(ws, r, 4, 9, value, size=8)
        ws.row_dimensions[r].height = 28 if key == "事業の目的" else 17
        r += 1
    _text(ws, r + 1, 1, "１　事業費の推移（単位：千円）", bold=True, size=10)
    h = r + 2
    _span(ws, h, 1, 4, "区分", header=True)
    for c, word in ((5, "H26決算"), (6, "H27決算"), (7, "H28予算")):
        _put(ws, h, c, word, header=True)
    money = [("事業費", (18420, 21305, 19800)), ("うち一般財源", (11052, 12783, 11880))]
    r = h + 1
    for name, values in money:
        _span(ws, r, 1, 4, name)
        for j, v in enumerate(values):
            _put(ws, r, 5 + j, v)
        r += 1
    _text(ws, r + 1, 1, "２　指標の推移", bold=True, size=10)
    h = r + 2
    head = [
        "区分",
        "記号",
        "指標名",
        "単位",
        "H26実績",
        "H27目標",
        "H27実績",
        "H28見込",
        "最終目標（H31）",
    ]
    for c, word in enumerate(head, start=1):
        _put(ws, h, c, word, header=True, size=8)
    ws.row_dimensions[h].height = 24
    r = h + 1
    start = r
    prev = None
    for kind, mark, name, unit, a26, t27, a27, e28, final in TAKACHIHO:
        if kind != prev:
            if prev is not None and r - 1 > start:
                _merge(ws, start, 1, r - 1, 1)
            start = r
            _put(ws, r, 1, kind, align="center", size=8)
            prev = kind
        else:
            _put(ws, r, 1, None)
        _put(ws, r, 2, mark, align="center")
        _put(ws, r, 3, name)
        _put(ws, r, 4, unit, align="center")
        for c, v in ((5, a26), (6, t27), (7, a27), (8, e28), (9, final)):
            _put(ws, r, c, v)
        ws.row_dimensions[r].height = 19
        r += 1
    if r - 1 > start:
        _merge(ws, start, 1, r - 1, 1)
    _span(ws, r, 1, 3, "単位コスト（事業費÷宿泊客数）", size=8)
    _put(ws, r, 4, "円/人", align="center")
    for c, v in ((5, 74), (6, "―"), (7, 81), (8, 75), (9, "―")):
        _put(ws, r, c, v, align="center" if v == "―" else None)
    ws.row_dimensions[r].height = 19
    notes = [
        "※観光入込客数は宮崎県観光入込客統計調査による推計値（単位：万人）。対象指標には目標を設定していない。",
        "※H28見込は平成28年9月末時点の見込値。",
    ]
    for i, line in enumerate(notes):
        _text(ws, r + 1 + i, 1, line, size=8)
    r += len(notes) + 2
    _text(ws, r, 1, "３　評価", bold=True, size=10)
    evals = [
        ("有効性", "B　概ね成果が上がっている"),
        ("今後の方向性", "継続（内容を見直して実施）"),
    ]
    for i, (key, value) in enumerate(evals):
        _span(ws, r + 1 + i, 1, 3, key, header=True, size=8)
        _span(ws, r + 1 + i, 4, 9, value, size=8)
    _page(ws, "portrait")
    path = SOURCE / "takachiho_jimujigyo_h28.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 美濃加茂市 (岐阜県): 第6次総合計画 前期基本計画 まちづくり指標 — 年のない見出し、セル頭の和暦
# --------------------------------------------------------------------------------------------

# Real (mykoho 212113, 広報みのかも 特集 第6次総合計画後期基本計画): 美濃加茂市第6次総合計画, 令和2年度
# から令和11年度, 前期基本計画 令和2年度～令和6年度, ウォーカブルシティミノカモ～すべての健康のために
# 歩き続けるまち～. 中山道太田宿 as a place. Made up: the page's title, date and issuer, the 分野, every
# indicator and figure, the notes and money.
MINOKAMO = [
    ("1", "1日の平均歩数（20～64歳）", "H30：6,210歩", "R5：6,540歩", "R6：7,000歩"),
    ("2", "特定健康診査受診率", "H30：41.2%", "R4：44.8%", "R6：60.0%"),
    ("3", "中山道太田宿の観光入込客数", "H30：318千人", "R5：352千人", "R6：400千人"),
    ("4", "市民活動団体の登録数", "H30：96団体", "R5：104団体", "R6：110団体"),
    ("5", "健康づくりに取り組んでいる市民の割合", "H30：63.5%", "―", "R6：70.0%"),
]


def minokamo_html() -> str:
    body = "\n".join(
        f'<tr><td class="c">{no}</td><td>{name}</td><td class="r">{base}</td><td class="r">{now}</td><td class="r">{target}</td></tr>'
        for no, name, base, now, target in MINOKAMO
    )
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>まちづくり指標の進捗状況（令和5年度）　美濃加茂市</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin: 0.4em 0 0.8em; }}
th, td {{ border: 1px solid #333; padding: 3px 6px; }}
th {{ background: #e8e8e8; font-weight: normal; }}
td.r {{ text-align: right; }}
td.c {{ text-align: center; }}
p.note {{ font-size: 85%; margin: 0.2em 0; }}
</style>
</head>
<body>
<h1>美濃加茂市第6次総合計画 前期基本計画　まちづくり指標の進捗状況（令和5年度）</h1>
<p>令和6年8月　美濃加茂市経営企画課</p>
<p>基本構想「ウォーカブルシティミノカモ～すべての健康のために歩き続けるまち～」の実現に向け、前期基本計画（令和2年度～令和6年度）に定めたまちづくり指標の進み具合をお知らせします。各欄の「H30：」「R5：」などは、その値の年度です。</p>
<h2>重要政策1　健康なまちをつくる</h2>
<table>
<thead>
<tr><th>No.</th><th>まちづくり指標</th><th>策定時の値</th><th>直近の値</th><th>目標値</th></tr>
</thead>
<tbody>
{body}
</tbody>
</table>
<p class="note">※特定健康診査受診率の直近の値は、法定報告の確定値が出ている令和4年度の値です。</p>
<p class="note">※No.5は令和5年度に市民意識調査を実施していないため「―」としています。</p>
<p class="note">※ウォーキングイベント等の関連事業費（令和5年度決算）：1億5,200万円</p>
</body>
</html>
"""


def minokamo() -> Path:
    path = HERE / "minokamo_machizukuri_shihyo_r5.html"
    path.write_bytes(minokamo_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (kasaoka, ozu, takachiho):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {minokamo().name}")


if __name__ == "__main__":
    main()
