"""Build the built documents of forms43/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/iga_shisaku_hyoka_r5.xlsx``, a sheet in the manner of 伊賀市 (三重県) 施策評価シート
  (年度末評価) of the 第2次伊賀市総合計画 第3次基本計画: 施策 fields with the 事業費 in 千円, **a 施策
  table and a 基本事業 table with their own headings and target years, a 前年度比 column with `▲`
  values, an A/B/C grade against the previous year, a range target `99.0～100`, a `以下` target**, a
  `千人` unit, a `―` actual; and from it ``iga_shisaku_hyoka_r5.pdf``;
* ``source/yazu_jimujigyo_hyoka_r5.xlsx``, a sheet in the manner of 八頭町 (鳥取県) 事務事業評価票:
  fields with the 事業費 in 千円, **each indicator on three rows 目標 / 実績 / 達成率 under full 令和
  year headers**, 活動指標 / 成果指標 merged down, a `―` target, an empty 令和5年度 実績, the
  必要性 / 有効性 / 効率性 評価 with a 総務課 意見; and from it ``yazu_jimujigyo_hyoka_r5.pdf``;
* ``source/taku_zenki_tassei_h27.xlsx``, a sheet in the manner of 多久市 (佐賀県) 第4次総合計画 前期
  基本計画達成状況報告書: **a `実績` span over `H25 | H26 | H27見込`, a printed `達成状況` (達成 / 未達成)
  judged on the 見込**, `約` in a 見込 cell, a `―` actual, 備考, money in 百万円 in a note; and from it
  ``taku_zenki_tassei_h27.pdf``;
* ``nanjo_ikkatsu_seika_h26.html``, a page in the manner of 南城市 (沖縄県) 沖縄振興特別推進交付金
  (市町村) 成果目標一覧【公表版】: **activity and outcome targets written as `・名前（数値）` bullets
  in one cell per 細事業**, one bullet without a number, `万人` / `万件` inside the brackets, a 事業費
  (千円) column, a goal in the 今後の展開方針 prose.

The PDF steps are skipped, with a message, when ``soffice`` is not installed.
These are re-typed forms of other municipalities, not their own files (README.md, SOURCES.tsv).

The XLSX and HTML files are byte-stable: fixed document dates, and the zip members are
rewritten with a fixed timestamp. The PDFs carry LibreOffice's creation date, so they differ
by that only.
"""

# ruff: noqa: E501

from __future__ import annotations

import datetime as dt
import itertools
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
    wb.properties.creator = "forms43/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms43/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms43_soffice_") as tmp:
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
# 伊賀市 (三重県): 施策評価シート（年度末評価） — 施策の成果指標と基本事業の成果指標、前年度比、A/B/C
# --------------------------------------------------------------------------------------------

# Real (iga-city-keikaku.com, 第2次伊賀市総合計画 第3次基本計画 第2章 4. 進行管理): the plan's name,
# 施策評価 with 中間評価 and 年度末評価, 成果指標 set for the 施策 and for each 基本事業, 事務事業 with
# 活動指標, まちづくりアンケート. Made up: the 施策 and its fields, the 基本事業, every indicator,
# figure, 前年度比, grade and note.
IGA_POLICY = [
    # (成果指標, 単位, 策定時 R元, R3, R4, R5, 目標 R6, 前年度比, 達成度)
    (
        "子育てに不安や負担を感じる保護者の割合",
        "%",
        38.2,
        36.9,
        35.1,
        36.0,
        "30.0以下",
        "+0.9",
        "C",
    ),
    ("地域子育て支援拠点の利用者数", "千人", 62.4, 41.8, 50.3, 57.9, 65.0, "+7.6", "A"),
]
IGA_BASIC = [
    # (基本事業, 成果指標, 単位, 策定時 R元, R3, R4, R5, 目標 R5, 前年度比, 達成度)
    (
        "(1)",
        "子育て家庭への相談支援",
        "子育て世代包括支援センターの相談件数",
        "件",
        1284,
        1512,
        1630,
        1702,
        1700,
        "+72",
        "A",
    ),
    (
        "(1)",
        "子育て家庭への相談支援",
        "乳児家庭全戸訪問の実施率",
        "%",
        97.8,
        98.5,
        99.1,
        98.6,
        "99.0～100",
        "▲0.5",
        "C",
    ),
    ("(2)", "保育サービスの充実", "保育所等の待機児童数", "人", 14, 6, 3, 0, 0, "▲3", "A"),
    (
        "(2)",
        "保育サービスの充実",
        "一時預かり事業の延べ利用者数",
        "人",
        4120,
        2980,
        3640,
        3915,
        4500,
        "+275",
        "A",
    ),
    (
        "(3)",
        "子どもの居場所づくり",
        "放課後児童クラブの登録児童数",
        "人",
        1052,
        1118,
        1176,
        "―",
        1200,
        "―",
        "―",
    ),
]


def _iga_head(ws, h, head, target_word) -> None:
    """Two header rows: 実績値 spans R3 | R4 | R5; the other words are merged down."""
    for word, c1, c2 in head:
        for row_i in (h, h + 1):
            for col in range(c1, c2 + 1):
                _put(ws, row_i, col, word if (row_i, col) == (h, c1) else None, header=True)
        _merge(ws, h, c1, h + 1, c2)
    _span(ws, h, 6, 8, "実績値", header=True)
    for i, year in enumerate(("R3", "R4", "R5")):
        _put(ws, h + 1, 6 + i, year, header=True)
    for col, word in ((9, target_word), (10, "前年度比"), (11, "目標達成度")):
        _put(ws, h, col, word, header=True)
        _put(ws, h + 1, col, None, header=True)
        _merge(ws, h, col, h + 1, col)
    ws.row_dimensions[h].height = 18
    ws.row_dimensions[h + 1].height = 18


def _iga_values(ws, r, c, unit, values):
    fmt = "0.0" if unit in ("%", "千人") else "#,##0"
    for i, v in enumerate(values):
        _put(ws, r, c + i, v, fmt=fmt, align="center" if v == "―" else "right")


def iga() -> Path:
    widths = [5, 20, 36, 6, 14, 9, 9, 9, 11, 9, 10]
    wb, ws = _sheet("施策評価", widths)
    _text(ws, 1, 1, "令和5年度　施策評価シート（年度末評価）", bold=True, size=13)
    _text(ws, 2, 1, "第2次伊賀市総合計画　第3次基本計画", size=9)
    _text(ws, 2, 11, "伊賀市", align="right", size=9)
    _text(ws, 3, 1, "１　施策の概要", bold=True, size=10)
    fields = [
        ("施策名", "2-3　子育て支援の充実"),
        ("主担当課", "こども家庭課"),
        ("施策の事業費", "令和5年度決算額　2,416,300千円"),
    ]
    r = 4
    for key, value in fields:
        _span(ws, r, 1, 2, key, header=True)
        _span(ws, r, 3, 11, value)
        ws.row_dimensions[r].height = 18
        r += 1
    _text(ws, r + 1, 1, "２　施策の成果指標", bold=True, size=10)
    h = r + 2
    _iga_head(
        ws, h, [("成果指標", 1, 3), ("単位", 4, 4), ("計画策定時（R元）", 5, 5)], "目標値（R6）"
    )
    r = h + 2
    for name, unit, base, a3, a4, a5, t6, diff, grade in IGA_POLICY:
        _span(ws, r, 1, 3, name)
        _put(ws, r, 4, unit, align="center")
        _iga_values(ws, r, 5, unit, (base, a3, a4, a5, t6))
        _put(ws, r, 10, diff, align="right")
        _put(ws, r, 11, grade, align="center")
        ws.row_dimensions[r].height = 22
        r += 1
    _text(ws, r + 1, 1, "３　基本事業の成果指標", bold=True, size=10)
    h = r + 2
    _iga_head(
        ws,
        h,
        [("基本事業", 1, 2), ("成果指標", 3, 3), ("単位", 4, 4), ("計画策定時（R元）", 5, 5)],
        "目標値（R5）",
    )
    r = h + 2
    start = {}
    for no, basic, name, unit, base, a3, a4, a5, t5, diff, grade in IGA_BASIC:
        if no not in start:
            start[no] = r
            _put(ws, r, 1, no, align="center")
            _put(ws, r, 2, basic)
        else:
            _put(ws, r, 1, None)
            _put(ws, r, 2, None)
        _put(ws, r, 3, name)
        _put(ws, r, 4, unit, align="center")
        _iga_values(ws, r, 5, unit, (base, a3, a4, a5, t5))
        _put(ws, r, 10, diff, align="center" if diff == "―" else "right")
        _put(ws, r, 11, grade, align="center")
        ws.row_dimensions[r].height = 22
        r += 1
    ends = [*start.values(), r]
    for a, b in itertools.pairwise(ends):
        if b - 1 > a:
            _merge(ws, a, 1, b - 1, 1)
            _merge(ws, a, 2, b - 1, 2)
    _text(ws, r, 1, "前年度比：R5実績値－R4実績値（▲は減少）", size=8)
    _text(
        ws,
        r + 1,
        1,
        "目標達成度：A 前年度より改善　B 前年度と同水準　C 前年度より後退（目標値に対する達成状況ではありません）",
        size=8,
    )
    _text(
        ws, r + 2, 1, "※放課後児童クラブの登録児童数のR5は、集計中のため「―」としています。", size=8
    )
    _page(ws, "landscape")
    path = SOURCE / "iga_shisaku_hyoka_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 八頭町 (鳥取県): 事務事業評価票 — 指標ごとに 目標 / 実績 / 達成率 の3行、令和の年度見出し
# --------------------------------------------------------------------------------------------

# Real (八頭町行政評価実施要綱, 平成24年告示第132号): the 事務事業評価票, its viewpoints 必要性 / 有効性 /
# 効率性, that 総務課 adds its 意見 to each department's evaluation. Made up: the program, its fields,
# every indicator, figure and evaluation.
YAZU_ROWS = [
    # (区分, 指標名, 単位, 目標 R2–R5, 実績 R2–R4 (R5 blank), 達成率 R2–R4)
    (
        "活動指標",
        "移住相談会・フェアへの出展回数",
        "回",
        (6, 6, 8, 8),
        (4, 7, 8, None),
        ("66.7%", "116.7%", "100.0%", None),
    ),
    (
        "活動指標",
        "お試し住宅の利用組数",
        "組",
        (10, 10, 12, 12),
        (5, 9, 11, None),
        ("50.0%", "90.0%", "91.7%", None),
    ),
    (
        "成果指標",
        "町の支援による移住者数",
        "人",
        (30, 30, 35, 35),
        (27, 41, 33, None),
        ("90.0%", "136.7%", "94.3%", None),
    ),
    (
        "成果指標",
        "空き家バンクの成約件数",
        "件",
        ("―", 10, 10, 12),
        (8, 12, 14, None),
        ("―", "120.0%", "140.0%", None),
    ),
    (
        "成果指標",
        "移住者の定着率（3年後）",
        "％",
        (80.0, 80.0, 80.0, 80.0),
        (84.2, 78.6, 81.0, None),
        ("105.3%", "98.3%", "101.3%", None),
    ),
]


def yazu() -> Path:
    widths = [11, 30, 6, 8, 11, 11, 11, 11]
    wb, ws = _sheet("事務事業評価票", widths)
    _text(ws, 1, 1, "令和5年度　事務事業評価票（令和4年度実施事業）", bold=True, size=13)
    _text(ws, 2, 8, "八頭町", align="right", size=9)
    _text(ws, 3, 1, "１　事務事業の概要", bold=True, size=10)
    fields = [
        ("事務事業名", "移住定住促進事業"),
        ("担当課", "企画課"),
        (
            "総合計画の体系",
            "基本目標3　ひとが集い、住み続けたいまち　／　施策3-2　移住・定住の促進",
        ),
        ("事業期間", "平成27年度～"),
        ("事業費", "令和4年度決算額　24,380千円（うち一般財源　9,760千円）"),
    ]
    r = 4
    for key, value in fields:
        _put(ws, r, 1, key, header=True)
        _span(ws, r, 2, 8, value)
        ws.row_dimensions[r].height = 18
        r += 1
    _text(ws, r + 1, 1, "２　事業の目的・内容", bold=True, size=10)
    _para(
        ws,
        r + 2,
        1,
        8,
        "町外からの移住希望者に対し、相談会への出展、お試し住宅の提供、空き家バンクによる住まいの紹介を行い、町への移住と定着を図る。",
        30,
        border=True,
    )
    _text(ws, r + 4, 1, "３　指標の推移", bold=True, size=10)
    h = r + 5
    for c, word in enumerate(
        ["区分", "指標名", "単位", "項目", "令和2年度", "令和3年度", "令和4年度", "令和5年度"],
        start=1,
    ):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 20
    r = h + 1
    first = {}
    for kind, name, unit, targets, actuals, rates in YAZU_ROWS:
        if kind not in first:
            first[kind] = r
        for i, (word, values) in enumerate(
            (("目標", targets), ("実績", actuals), ("達成率", rates))
        ):
            _put(ws, r + i, 1, kind if (i == 0 and first[kind] == r) else None, align="center")
            _put(ws, r + i, 2, name if i == 0 else None)
            _put(ws, r + i, 3, unit if i == 0 else None, align="center")
            _put(ws, r + i, 4, word, align="center")
            for j, v in enumerate(values):
                fmt = "0.0" if isinstance(v, float) else "#,##0"
                _put(ws, r + i, 5 + j, v, fmt=fmt, align="center" if v == "―" else "right")
            ws.row_dimensions[r + i].height = 16
        _merge(ws, r, 2, r + 2, 2)
        _merge(ws, r, 3, r + 2, 3)
        r += 3
    _merge(ws, first["活動指標"], 1, first["成果指標"] - 1, 1)
    _merge(ws, first["成果指標"], 1, r - 1, 1)
    _text(
        ws, r, 1, "※達成率＝実績÷目標×100。令和5年度の実績は令和6年度の評価で記入します。", size=8
    )
    _text(ws, r + 1, 1, "※空き家バンクの成約件数は、令和3年度から目標を設定しています。", size=8)
    _text(ws, r + 3, 1, "４　評価", bold=True, size=10)
    e = r + 4
    for c, word in enumerate(["必要性", "有効性", "効率性", "今後の方向性"], start=1):
        _put(ws, e, c, word, header=True)
    for c, word in enumerate(["A", "A", "B", "継続"], start=1):
        _put(ws, e + 1, c, word, align="center")
    _span(ws, e, 5, 8, "総務課意見", header=True)
    _span(
        ws,
        e + 1,
        5,
        8,
        "お試し住宅の利用が目標に届いていない。利用者の声を把握し改善を図ること。",
        size=8,
    )
    ws.row_dimensions[e + 1].height = 30
    _text(ws, e + 2, 1, "評価：A 十分　B おおむね十分　C 不十分", size=8)
    _page(ws, "portrait")
    path = SOURCE / "yazu_jimujigyo_hyoka_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 多久市 (佐賀県): 第4次総合計画 前期基本計画達成状況報告書 — 実績 H25 | H26 | H27見込、達成状況
# --------------------------------------------------------------------------------------------

# Real (資料6 第4次多久市総合計画 前期基本計画達成状況報告書, 平成27年7月): the report's name and date,
# the plan period 平成23年度～平成27年度, 第1節 子どもすくすく－教育重視・子育て応援のまちづくり. Made
# up: the 主要施策, every indicator, figure, status, note.
TAKU_ROWS = [
    # (主要施策, 指標名, 単位, 策定時 H21, H25, H26, H27見込, 目標 H27, 達成状況, 備考)
    ("(1)子育て支援の充実", "保育所入所待機児童数", "人", 12, 4, 2, 0, 0, "達成", ""),
    (
        "(1)子育て支援の充実",
        "地域子育て支援センター利用者数",
        "人",
        8450,
        9820,
        10240,
        "約10,500",
        10000,
        "達成",
        "H27は4～6月の実績から推計",
    ),
    (
        "(2)学校教育の充実",
        "「授業がわかる」と答えた児童生徒の割合",
        "％",
        72.5,
        76.8,
        78.1,
        79.0,
        80.0,
        "未達成",
        "学力・学習状況調査",
    ),
    (
        "(2)学校教育の充実",
        "学校支援ボランティア登録者数",
        "人",
        120,
        186,
        204,
        210,
        200,
        "達成",
        "",
    ),
    (
        "(3)青少年の健全育成",
        "子ども会の加入率",
        "％",
        68.2,
        "―",
        59.8,
        58.0,
        70.0,
        "未達成",
        "H25は調査未実施",
    ),
]


def taku() -> Path:
    widths = [17, 34, 6, 11, 9, 9, 10, 11, 9, 22]
    wb, ws = _sheet("達成状況", widths)
    _text(ws, 1, 1, "第4次多久市総合計画　前期基本計画達成状況報告書", bold=True, size=13)
    _text(ws, 2, 10, "平成27年7月　多久市", align="right", size=9)
    _text(
        ws, 3, 1, "前期基本計画（平成23年度～平成27年度）に掲げた主要施策の指標の達成状況", size=9
    )
    _text(ws, 5, 1, "第1節　子どもすくすく－教育重視・子育て応援のまちづくり", bold=True, size=10)
    h1, h2 = 6, 7
    for col, word in (
        (1, "主要施策"),
        (2, "指標名"),
        (3, "単位"),
        (4, "策定時（H21）"),
        (8, "目標値（H27）"),
        (9, "達成状況"),
        (10, "備考"),
    ):
        _put(ws, h1, col, word, header=True)
        _put(ws, h2, col, None, header=True)
        _merge(ws, h1, col, h2, col)
    _span(ws, h1, 5, 7, "実績", header=True)
    for col, word in ((5, "H25"), (6, "H26"), (7, "H27見込")):
        _put(ws, h2, col, word, header=True)
    ws.row_dimensions[h1].height = 18
    ws.row_dimensions[h2].height = 18
    r = h2 + 1
    start = {}
    for measure, name, unit, base, a25, a26, e27, t27, status, note in TAKU_ROWS:
        if measure not in start:
            start[measure] = r
            _put(ws, r, 1, measure)
        else:
            _put(ws, r, 1, None)
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        fmt = "0.0" if unit == "％" else "#,##0"
        for col, v in ((4, base), (5, a25), (6, a26), (7, e27), (8, t27)):
            _put(ws, r, col, v, fmt=fmt, align="center" if v == "―" else "right")
        _put(ws, r, 9, status, align="center")
        _put(ws, r, 10, note, size=8)
        ws.row_dimensions[r].height = 22
        r += 1
    ends = [*start.values(), r]
    for a, b in itertools.pairwise(ends):
        if b - 1 > a:
            _merge(ws, a, 1, b - 1, 1)
    _text(ws, r, 1, "※達成状況は、H27見込と目標値を比べて判定しています。", size=8)
    _text(ws, r + 1, 1, "※第1節に係る前期基本計画期間の事業費（決算見込）：1,862百万円", size=8)
    _page(ws, "landscape")
    path = SOURCE / "taku_zenki_tassei_h27.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 南城市 (沖縄県): 沖縄振興特別推進交付金（市町村）成果目標一覧【公表版】 — ・名前（数値）の箇条
# --------------------------------------------------------------------------------------------

# Real (南城市 平成26年度 沖縄振興特別推進交付金(市町村)成果目標一覧【公表版】, paperzz): the list's
# name and columns, 事業 1 観光客等誘客促進・受入体制強化事業 (H24～H30), its 細事業 ① 市域景観形成
# 強化事業 and ② 世界遺産「斎場御嶽」周辺整備事業 (H24～H26), the activity items 市道植樹帯防草工事,
# 周辺整備, PRグッズ等の制作(3点), PRイベントへの誘客(2,000人), ラッピングカーでの出動回数(10回). Made
# up: the name of ③, the 事業費, the outcome targets, 植樹帯 length and the 展開方針 wording.
NANJO = [
    (
        "①",
        "市域景観形成強化事業",
        "H24～H26",
        "18,420",
        ["市道植樹帯防草工事（1.2km）"],
        ["景観に満足する観光客の割合（60％）"],
        "地域住民による花の植栽活動へ引き継ぐ。",
    ),
    (
        "②",
        "世界遺産「斎場御嶽」周辺整備事業",
        "H24～H26",
        "96,310",
        ["周辺整備工事の完了"],
        ["斎場御嶽の入場者数（40万人）"],
        "周辺地域や観光施設とリンクしたエリアマネジメントにより、H30には年間45万人の入場を目指す。",
    ),
    (
        "③",
        "南城市イメージアップ推進事業",
        "H24～H26",
        "12,800",
        [
            "PRグッズ等の制作（3点）",
            "PRイベントへの誘客（2,000人）",
            "ラッピングカーでの出動回数（10回）",
        ],
        ["市観光サイトの閲覧件数（12万件）"],
        "キャラクター「なんじい」を活用したPRを継続する。",
    ),
]


def nanjo_html() -> str:
    rows = []
    for no, name, period, cost, acts, outs, plan in NANJO:
        act = "<br>".join(f"・{a}" for a in acts)
        out = "<br>".join(f"・{o}" for o in outs)
        rows.append(
            f'<tr><td class="c">{no}</td><td>{name}</td><td class="c">{period}</td><td class="r">{cost}</td><td>{act}</td><td>{out}</td><td>{plan}</td></tr>'
        )
    body = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>平成26年度　沖縄振興特別推進交付金（市町村）成果目標一覧【公表版】　南城市</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin: 0.4em 0 0.8em; }}
th, td {{ border: 1px solid #333; padding: 3px 6px; vertical-align: top; }}
th {{ background: #e8e8e8; font-weight: normal; }}
td.r {{ text-align: right; }}
td.c {{ text-align: center; }}
p.note {{ font-size: 85%; margin: 0.2em 0; }}
</style>
</head>
<body>
<h1>平成26年度　沖縄振興特別推進交付金（市町村）成果目標一覧【公表版】</h1>
<p>市町村名：南城市</p>
<h2>事業番号1　観光客等誘客促進・受入体制強化事業（H24～H30）</h2>
<table>
<thead>
<tr><th>細事業</th><th>事業名</th><th>計画期間</th><th>H26事業費（千円）</th><th>H26活動目標（指標）</th><th>H26成果目標（指標）</th><th>今後の展開方針等</th></tr>
</thead>
<tbody>
{body}
</tbody>
</table>
<p class="note">※（　）内はH26年度の目標値です。</p>
<p class="note">※事業番号1の総事業費（H24～H30）：約6億2千万円</p>
</body>
</html>
"""


def nanjo() -> Path:
    path = HERE / "nanjo_ikkatsu_seika_h26.html"
    path.write_bytes(nanjo_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (iga, yazu, taku):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {nanjo().name}")


if __name__ == "__main__":
    main()
