"""Build the built documents of forms54/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/kiryu_jimujigyo_hyoka_h22.xlsx``, a 事務事業総合評価票 in the manner of 桐生市 (群馬県): key-value
  fields, then one grid `区分 | 項目 | 単位 | 21年度(実績) | 22年度(計画) | 22年度(見込み) | 23年度(計画)`
  holding money rows (千円), 活動指標, 成果指標 and a 単位コスト row; and from it ``kiryu_jimujigyo_hyoka_h22.pdf``;
* ``source/shiojiri_soukatsu_hyoka_r5.xlsx``, a 総合計画 総括評価 table in the manner of 塩尻市 (長野県):
  `指標区分 | 評価期間` merged down (9年 / 3年), `策定時（H26）`, 実績値 over `H29 | R2 | R5`, `6万5000人以上`,
  `―` for the 3-year indicators before their start, a 達成状況 column; and from it ``shiojiri_soukatsu_hyoka_r5.pdf``;
* ``source/oirase_kouki_shihyo_h28.xlsx``, a 後期基本計画 成果指標 progress table in the manner of おいらせ町
  (青森県): `前期実績（H25）` as the first column, `億円` in the 単位 column, a `達成見込み` column of marks;
  and from it ``oirase_kouki_shihyo_h28.pdf``;
* ``otofuke_suishin_jokyo_r6.html``, a 広報 page in the manner of 音更町 (北海道): units in brackets after
  the names, `現状維持` and `増加` as targets, `約171`, `―` in survey gaps.

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
    wb.properties.creator = "forms54/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms54/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms54_soffice_") as tmp:
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
# 桐生市 (群馬県): 事務事業総合評価票【平成22年度】 — 事業費と指標が一つの表、年号のない年度、計画と見込み
# --------------------------------------------------------------------------------------------

# Real (expydoc copy of 桐生市 産業経済部 事務事業総合評価票 平成22年度): the form's title and field labels, the
# 事業 (職業能力開発事業, 桐生地域職業訓練センター, 産業振興課 工業労政係), its place in the 新生総合計画, 平成5年度～,
# the purpose, the era-less `21年度(実績)` … `23年度(計画)` headers, and the money rows 事業費 / 人件費 / 総経費 (千円).
# Made up: the grid's exact columns, every indicator and its figures, the 単位コスト row.
KIRYU_MONEY = [
    ("事業費", "千円", 33947, 33500, 33948, 33948),
    ("人件費", "千円", 1117, 1117, 1117, 1117),
    ("総経費", "千円", 35064, 34617, 35065, 35065),
]
KIRYU_IND = [
    ("活動指標", "訓練講座の開設数", "講座", 42, 45, 46, 45),
    ("活動指標", "訓練センターの利用日数", "日", 281, 290, 286, 290),
    ("成果指標", "訓練講座の受講者数", "人", 1864, 2000, 1912, 2000),
    ("成果指標", "受講者の資格取得率", "％", 62.5, 65.0, 63.8, 66.0),
]


def kiryu() -> Path:
    widths = [10, 30, 7, 13, 13, 13, 13]
    wb, ws = _sheet("評価票", widths)
    _text(ws, 1, 1, "桐生市事務事業総合評価票", bold=True, size=14)
    _text(ws, 1, 6, "【平成22年度】", bold=True, size=12)
    _text(ws, 3, 1, "Ⅰ事業の位置付けと概要", bold=True, size=11)
    fields = [
        ("1 事務事業名", "職業能力開発事業"),
        ("担当", "産業経済部　産業振興課　工業労政係"),
        (
            "2 新生総合計画での位置付け",
            "第1章 地域産業の活性化　第4節 雇用と労働環境の整備　第1項 雇用の確保と労働環境の整備",
        ),
        ("3 事業期間", "平成5年度～"),
        ("7 国・県補助", "無"),
        ("9 事業の目的（対象）", "勤労者・求職者"),
        ("　　　　　　（意図）", "在職労働者などに対する職業能力開発・向上促進を図る"),
    ]
    r = 4
    for label, value in fields:
        _span(ws, r, 1, 2, label, header=True, align="left")
        _span(ws, r, 3, 7, value)
        ws.row_dimensions[r].height = 18
        r += 1
    r += 1
    _text(ws, r, 1, "Ⅱ事業の目標と実績", bold=True, size=11)
    r += 1
    head = [
        "区分",
        "項目",
        "単位",
        "21年度(実績)",
        "22年度(計画)",
        "22年度(見込み)",
        "23年度(計画)",
    ]
    for c, word in enumerate(head, start=1):
        _put(ws, r, c, word, header=True)
    ws.row_dimensions[r].height = 22
    r += 1
    start = r
    for name, unit, *vals in KIRYU_MONEY:
        _put(ws, r, 1, "事業コスト" if r == start else None, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for i, v in enumerate(vals):
            _put(ws, r, 4 + i, v)
        r += 1
    _merge(ws, start, 1, r - 1, 1)
    prev, start = None, r
    for kind, name, unit, *vals in KIRYU_IND:
        if kind != prev:
            if prev is not None:
                _merge(ws, start, 1, r - 1, 1)
            start, prev = r, kind
            _put(ws, r, 1, kind, align="center")
        else:
            _put(ws, r, 1, None)
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for i, v in enumerate(vals):
            _put(ws, r, 4 + i, v, fmt="0.0" if isinstance(v, float) else "#,##0")
        r += 1
    _merge(ws, start, 1, r - 1, 1)
    _put(ws, r, 1, "単位コスト", align="center")
    _put(ws, r, 2, "受講者1人当たりコスト（総経費÷受講者数）")
    _put(ws, r, 3, "円", align="center")
    for i, v in enumerate([18811, 17533, 18105, 17533]):
        _put(ws, r, 4 + i, v)
    r += 2
    notes = [
        "※22年度(見込み)は平成23年1月末現在の見込み値。",
        "※受講者数は桐生地域職業訓練センターの全講座の延べ受講者数（職業訓練法人桐生職業訓練協会の報告による）。",
    ]
    for i, line in enumerate(notes):
        _text(ws, r + i, 1, line, size=8)
    r += len(notes) + 1
    _text(ws, r, 1, "Ⅲ評価", bold=True, size=11)
    _span(ws, r + 1, 1, 2, "総合評価", header=True)
    _span(ws, r + 1, 3, 7, "B　現状のまま継続（受講者数は前年度を上回ったが計画には届かなかった）")
    _page(ws, "portrait")
    path = SOURCE / "kiryu_jimujigyo_hyoka_h22.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 塩尻市 (長野県): 第五次総合計画 総括評価 — 9年の指標と3年の指標、策定時、6万5000人以上、達成状況
# --------------------------------------------------------------------------------------------

# Real (city.shiojiri.lg.jp 第五次塩尻市総合計画, 総括評価 平成27年度～令和5年度; 広報しおじり): the plan, its
# period, the heading `7 最上位成果指標（9年）、基本戦略指標（9年）・施策指標（3年）の評価全体像`, the 第3期中期戦略
# (R3–R5), the 目標人口 6万5000人以上, the 2020 census population 67,241. Made up: the table's layout and every
# other indicator and figure.
SHIOJIRI = [
    # (区分, 期間, 指標名, 単位, 策定時, H29, R2, R5, 目標, 達成状況)
    ("最上位成果指標", "9年", "総人口", "人", 67670, 67350, 67241, 66520, "6万5000人以上", "達成"),
    ("基本戦略指標", "9年", "合計特殊出生率", "―", 1.55, 1.60, 1.52, 1.44, 1.70, "未達成"),
    ("基本戦略指標", "9年", "転入超過数（社会増減）", "人", "△62", 118, 85, 204, 100, "達成"),
    (
        "基本戦略指標",
        "9年",
        "健康寿命（65歳平均自立期間・男性）",
        "年",
        18.2,
        18.5,
        18.7,
        18.9,
        19.0,
        "未達成",
    ),
    ("施策指標", "3年", "子育て支援センター利用者数", "千人", "―", "―", 41.2, 52.8, 55.0, "未達成"),
    (
        "施策指標",
        "3年",
        "市内企業の新規雇用者数（3年間累計）",
        "人",
        "―",
        "―",
        "―",
        312,
        300,
        "達成",
    ),
]


def shiojiri() -> Path:
    widths = [14, 8, 34, 7, 11, 10, 10, 10, 14, 10]
    wb, ws = _sheet("総括評価", widths)
    _text(ws, 1, 1, "第五次塩尻市総合計画　総括評価（平成27年度～令和5年度）", bold=True, size=13)
    _text(ws, 2, 10, "令和6年9月　塩尻市企画政策部企画課", align="right", size=9)
    _text(
        ws,
        4,
        1,
        "7　最上位成果指標（9年）、基本戦略指標（9年）・施策指標（3年）の評価全体像",
        bold=True,
        size=11,
    )
    h = 5
    for c, word in enumerate(["指標区分", "評価期間", "指標名", "単位", "策定時（H26）"], start=1):
        _put(ws, h, c, word, header=True)
        _put(ws, h + 1, c, None, header=True)
        _merge(ws, h, c, h + 1, c)
    _span(ws, h, 6, 8, "実績値", header=True)
    for i, y in enumerate(["H29", "R2", "R5"]):
        _put(ws, h + 1, 6 + i, y, header=True)
    for c, word in ((9, "目標値（R5）"), (10, "達成状況")):
        _put(ws, h, c, word, header=True)
        _put(ws, h + 1, c, None, header=True)
        _merge(ws, h, c, h + 1, c)
    r = h + 2
    spans: dict[tuple[int, str], list[int]] = {}
    for kind, term, name, unit, base, a29, a2, a5, target, status in SHIOJIRI:
        for col, key in ((1, kind), (2, kind + term)):
            spans.setdefault((col, key), []).append(r)
        _put(ws, r, 3, name)
        _put(ws, r, 4, unit, align="center")
        for c, v in zip(range(5, 10), (base, a29, a2, a5, target), strict=True):
            fmt = "0.00" if name == "合計特殊出生率" else None
            _put(ws, r, c, v, fmt=fmt, align="right" if isinstance(v, str) else None)
        _put(ws, r, 10, status, align="center")
        ws.row_dimensions[r].height = 20
        r += 1
    for (col, key), rows in spans.items():
        first = rows[0]
        label = next(x for x in SHIOJIRI if (x[0] if col == 1 else x[0] + x[1]) == key)
        _put(ws, first, col, label[0] if col == 1 else label[1], align="center")
        for rr in rows[1:]:
            _put(ws, rr, col, None)
        if len(rows) > 1:
            _merge(ws, first, col, rows[-1], col)
    r += 1
    notes = [
        "※総人口は各年10月1日現在（R2は国勢調査）。目標は第五次総合計画 長期戦略の目標人口。",
        "※施策指標は第3期中期戦略（R3～R5）で設定した指標のため、策定時及びH29の値はない。",
        "※達成状況はR5の実績値と目標値との比較による。",
        "※第3期中期戦略の事業費総額（R3～R5決算）：約412億円",
    ]
    for i, line in enumerate(notes):
        _text(ws, r + i, 1, line, size=8)
    _page(ws, "landscape")
    path = SOURCE / "shiojiri_soukatsu_hyoka_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# おいらせ町 (青森県): 第1次総合計画 後期基本計画 成果指標の推移 — 前期実績（H25）、億円、達成見込み
# --------------------------------------------------------------------------------------------

# Real (123deta copy of 第1次おいらせ町総合計画 後期基本計画（概要版）): the plan, its period H26–H30 after the
# 前期 H21–H25, the 将来像 with 満足度70%・納得度100%. Made up: the progress table, the 施策 numbers and names, the
# indicators and every figure except the 70% target of the 満足度 row.
OIRASE = [
    # (施策, 成果指標, 単位, 前期実績 H25, H26, H27, H28, 後期目標 H30, 達成見込み)
    ("1-1　農業の振興", "認定農業者数", "人", 412, 418, 421, 425, 450, "△"),
    ("1-1　農業の振興", "農業産出額", "億円", 87.3, 88.1, 90.6, 92.4, 95.0, "○"),
    ("3-2　子育て支援の充実", "放課後児童クラブ登録児童数", "人", 356, 371, 388, 402, 420, "○"),
    (
        "3-2　子育て支援の充実",
        "子育て環境に満足している町民の割合",
        "％",
        58.4,
        61.2,
        "―",
        63.5,
        70.0,
        "△",
    ),
    (
        "7-1　町民と行政の協働",
        "町の施策に満足している町民の割合",
        "％",
        61.5,
        63.0,
        "―",
        66.2,
        70.0,
        "△",
    ),
]


def oirase() -> Path:
    widths = [18, 34, 7, 12, 9, 9, 9, 12, 10]
    wb, ws = _sheet("成果指標", widths)
    _text(ws, 1, 1, "第1次おいらせ町総合計画 後期基本計画　平成28年度 進捗状況", bold=True, size=13)
    _text(ws, 2, 9, "平成29年8月　おいらせ町", align="right", size=9)
    _text(
        ws, 3, 1, "計画期間：平成26年度～平成30年度（前期基本計画：平成21年度～平成25年度）", size=9
    )
    _text(ws, 5, 1, "２　施策の成果指標の推移", bold=True, size=11)
    h = 6
    head = [
        "施策",
        "成果指標",
        "単位",
        "前期実績（H25）",
        "H26",
        "H27",
        "H28",
        "後期目標（H30）",
        "達成見込み",
    ]
    for c, word in enumerate(head, start=1):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 24
    r = h + 1
    start, prev = r, None
    for shisaku, name, unit, *vals, mark in OIRASE:
        if shisaku != prev:
            if prev is not None:
                _merge(ws, start, 1, r - 1, 1)
            start, prev = r, shisaku
            _put(ws, r, 1, shisaku)
        else:
            _put(ws, r, 1, None)
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for i, v in enumerate(vals):
            _put(ws, r, 4 + i, v, align="right" if isinstance(v, str) else None)
        _put(ws, r, 9, mark, align="center")
        ws.row_dimensions[r].height = 20
        r += 1
    _merge(ws, start, 1, r - 1, 1)
    r += 1
    notes = [
        "※達成見込み　○：目標達成が見込まれる　△：目標達成に向けて努力を要する　×：目標達成は困難",
        "※町民の割合は町民意識調査（隔年実施）による。H27は調査を実施していない。",
        "※前期実績（H25）は前期基本計画の最終年度の実績値。",
        "※農業産出額は市町村別農業産出額（推計）による。",
    ]
    for i, line in enumerate(notes):
        _text(ws, r + i, 1, line, size=8)
    _page(ws, "landscape")
    path = SOURCE / "oirase_kouki_shihyo_h28.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 音更町 (北海道): 広報おとふけ 第6期音更町総合計画の推進状況 — 名前の後ろの単位、現状維持・増加、約171
# --------------------------------------------------------------------------------------------

# Real (mykoho.jp 広報おとふけ 令和6年4月号 and 令和7年4月号): the article's title and opening, the plan
# (令和3年度～令和12年度), the 第2期総合戦略, the 中間年 令和7年度 review. Made up: the 基本目標 wording, the tables,
# every indicator and figure.
OTOFUKE = [
    (
        "基本目標1：安心して子どもを産み育てられるまち",
        [
            ("年間出生数（人）", "312", "298", "287", "276", "300"),
            ("転入者数（人）", "2,145", "2,201", "2,318", "2,290", "現状維持"),
            ("子育てしやすいまちだと思う町民の割合（％）", "64.2", "―", "67.5", "―", "75.0"),
        ],
    ),
    (
        "基本目標2：地域の強みを生かし、しごとをつくるまち",
        [
            ("新規就農者数（人）", "8", "11", "9", "12", "10"),
            ("観光入込客数（万人）", "186.4", "122.8", "148.5", "約171", "200"),
            ("町内事業所の従業者数（人）", "14,820", "―", "15,012", "―", "増加"),
        ],
    ),
]


def otofuke_html() -> str:
    parts = []
    for title, rows in OTOFUKE:
        body = "\n".join(
            f'<tr><td>{name}</td><td class="r">{b}</td><td class="r">{a3}</td><td class="r">{a4}</td><td class="r">{a5}</td><td class="r">{t}</td></tr>'
            for name, b, a3, a4, a5, t in rows
        )
        parts.append(f"""<h3>{title}</h3>
<table>
<thead>
<tr><th>指標</th><th>基準値<br>（R元年度）</th><th>R3年度</th><th>R4年度</th><th>R5年度</th><th>目標<br>（R7年度）</th></tr>
</thead>
<tbody>
{body}
</tbody>
</table>""")
    tables = "\n".join(parts)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>第6期音更町総合計画の推進状況を公表します｜広報おとふけ 令和6年4月号</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin: 0.4em 0 0.8em; }}
th, td {{ border: 1px solid #333; padding: 3px 6px; }}
th {{ background: #e8e8e8; font-weight: normal; }}
td.r {{ text-align: right; }}
p.note {{ font-size: 85%; margin: 0.2em 0; }}
</style>
</head>
<body>
<h1>第6期音更町総合計画の推進状況を公表します</h1>
<p>町は、町民の皆さんが住み続けたいと思えるまちづくりを目指し、第6期音更町総合計画に基づき、さまざまな施策に取り組んでいます。この度、この計画がどの程度進んでいるのかを確認するため「検証」を行いました。</p>
<p>計画期間は令和3年度から令和12年度までの10年間で、基本計画は計画の中間年である令和7年度に見直しを行います。第2期音更町まち・ひと・しごと創生総合戦略も、総合計画と一体的に進めています。</p>
<h2>◆主な指標の推移</h2>
{tables}
<p class="note">※町民の割合は町民アンケート（2年に1度）によるため、R3年度・R5年度は「―」です。</p>
<p class="note">※観光入込客数のR5年度は速報値からの推計です。</p>
<p class="note">※令和6年度当初予算のうち、総合戦略に位置付けた事業費は約18億6千万円です。</p>
<p>問い合わせ　企画課企画調整係</p>
</body>
</html>
"""


def otofuke() -> Path:
    path = HERE / "otofuke_suishin_jokyo_r6.html"
    path.write_bytes(otofuke_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (kiryu, shiojiri, oirase):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {otofuke().name}")


if __name__ == "__main__":
    main()
