"""Build the built documents of forms44/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/kitakami_seika_shihyo_h28.xlsx``, a sheet in the manner of 北上市 (岩手県) 北上市総合計画
  2011-2020 後期基本計画 成果指標の進捗状況: **施策 rows spanning the width between indicator groups**,
  a `実績値の把握方法` column holding other numbers (`実施済事業数281／事業総数376`), a `千件` unit, a
  `12.0以下` target, `―` values, money in a note; and from it ``kitakami_seika_shihyo_h28.pdf``;
* ``source/imizu_shinchoku_r5.xlsx``, a sheet in the manner of 射水市 (富山県) 第2次射水市総合計画:
  **数値目標 and KPI rows in one grid with a `担当課` column per row**, a `R5見込` column beside
  `目標値（R5）`, `万人` / `万円` units, a `【再掲】` KPI, a `―` baseline, money in a note; and from it
  ``imizu_shinchoku_r5.pdf``;
* ``source/minamiminowa_jimujigyo_h27.xlsx``, a sheet in the manner of 南箕輪村 (長野県) 事務事業評価
  シート (平成27年度実施事業): fields with the 事業費 in 千円, **era-less year headers
  `25年度実績 | 26年度実績 | 27年度目標 | 27年度実績 | 28年度目標`**, 活動指標 / 成果指標 merged down, a
  `―` actual, A/B viewpoints, `拡充` and the 行政評価委員会 opinion; and from it
  ``minamiminowa_jimujigyo_h27.pdf``;
* ``furano_kpi_shinko_h30.html``, a page in the manner of 富良野市 (北海道) まち・ひと・しごと創生総合
  戦略 進行管理表（重要業績評価指標達成度一覧）: 施策 cells with rowspan, **a `達成度` column measured
  from the baseline**, `千人泊` / `万人` units, a `―` baseline and a `―` actual, a note that the plan
  was extended by a year with its targets kept.

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
    wb.properties.creator = "forms44/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms44/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms44_soffice_") as tmp:
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
# 北上市 (岩手県): 後期基本計画 成果指標の進捗状況 — 施策の行が表の幅いっぱいに指標群を区切る
# --------------------------------------------------------------------------------------------

# Real (city.kitakami.iwate.jp): 北上市総合計画2011-2020 後期基本計画 (平成28〜32年度), 政策の基本
# 目標6 の名前, the 成果指標 「地域が主体となって行う分の地域計画の進捗率」 and its 74.7% (事業総数376、
# 実施済事業数281), surveyed in 平成28年度. Made up: the 施策 rows, the other indicators and figures.
KITAKAMI = [
    (
        "施策6-1　市民参画と協働の推進",
        [
            (
                "地域が主体となって行う分の地域計画の進捗率",
                "％",
                "―",
                "―",
                74.7,
                100.0,
                "実施済事業数281／事業総数376（前期分）",
            ),
            (
                "まちづくり活動に参加している市民の割合",
                "％",
                31.2,
                32.5,
                30.8,
                40.0,
                "市民意識調査",
            ),
        ],
    ),
    (
        "施策6-2　開かれた市政の推進",
        [
            ("市ホームページの年間アクセス件数", "千件", 1052, 1118, 1203, 1300, "アクセス解析"),
            (
                "市政懇談会等への参加者数",
                "人",
                612,
                587,
                640,
                700,
                "延べ人数（地区懇談会・出前講座）",
            ),
        ],
    ),
    (
        "施策6-3　健全な行財政運営",
        [("実質公債費比率", "％", 14.8, 13.9, 12.6, "12.0以下", "決算統計（3か年平均）")],
    ),
]


def kitakami() -> Path:
    widths = [40, 7, 12, 11, 11, 12, 40]
    wb, ws = _sheet("成果指標", widths)
    _text(
        ws,
        1,
        1,
        "北上市総合計画2011-2020　後期基本計画　成果指標の進捗状況（平成28年度実績）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 7, "北上市", align="right", size=9)
    _text(
        ws,
        4,
        1,
        "政策の基本目標6　市民が主役となり企業や行政が協働するまちづくり",
        bold=True,
        size=10,
    )
    h = 5
    head = [
        "成果指標",
        "単位",
        "基準値（H26）",
        "H27実績",
        "H28実績",
        "目標値（H32）",
        "実績値の把握方法",
    ]
    for c, word in enumerate(head, start=1):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 20
    r = h + 1
    for policy, rows in KITAKAMI:
        cell = _span(ws, r, 1, 7, policy, bold=True)
        cell.fill = LIGHT
        ws.row_dimensions[r].height = 18
        r += 1
        for name, unit, *values, how in rows:
            _put(ws, r, 1, name)
            _put(ws, r, 2, unit, align="center")
            for i, v in enumerate(values):
                fmt = "0.0" if isinstance(v, float) else "#,##0"
                _put(ws, r, 3 + i, v, fmt=fmt, align="center" if v == "―" else "right")
            _put(ws, r, 7, how, size=8)
            ws.row_dimensions[r].height = 22
            r += 1
    _text(ws, r, 1, "※「―」は調査未実施または指標設定前のため数値がないことを示します。", size=8)
    _text(ws, r + 1, 1, "※施策6-3に係る事業費（平成28年度決算）：2,845,210千円", size=8)
    _page(ws, "landscape")
    path = SOURCE / "kitakami_seika_shihyo_h28.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 射水市 (富山県): 数値目標と KPI を一つの表に、行ごとの担当課、R5見込と目標値（R5）
# --------------------------------------------------------------------------------------------

# Real (paperzz: 第2次射水市総合計画 基本構想): the plan's name and the 基本方針 「第3　個性に満ちた
# 活気あふれるまち」. Made up: the report, every indicator, figure, 担当課 and note.
IMIZU = [
    # (区分, 指標名, 単位, 基準値 H28, R3, R4, R5見込, 目標 R5, 担当課)
    ("数値目標", "市内事業所の従業者数", "人", 43120, 42860, 43050, 43300, 44000, "商工企業立地課"),
    ("KPI", "新規企業立地件数（累計）", "件", "―", 18, 23, 27, 30, "商工企業立地課"),
    ("KPI", "観光入込客数", "万人", 242.5, 198.3, 231.6, 250.0, 260.0, "観光まちづくり課"),
    ("KPI", "創業支援による創業者数", "人", 21, 26, 31, 30, 30, "商工企業立地課"),
    ("KPI", "【再掲】ふるさと納税寄附額", "万円", 3250, 8940, 11260, 12000, 10000, "財政課"),
]


def imizu() -> Path:
    widths = [10, 30, 7, 11, 10, 10, 10, 11, 15]
    wb, ws = _sheet("進捗状況", widths)
    _text(ws, 1, 1, "第2次射水市総合計画　数値目標・KPIの進捗状況（令和5年度）", bold=True, size=13)
    _text(ws, 2, 9, "射水市", align="right", size=9)
    _text(ws, 4, 1, "第3　個性に満ちた活気あふれるまち", bold=True, size=10)
    h = 5
    head = [
        "区分",
        "指標名",
        "単位",
        "基準値（H28）",
        "R3実績",
        "R4実績",
        "R5見込",
        "目標値（R5）",
        "担当課",
    ]
    for c, word in enumerate(head, start=1):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 20
    r = h + 1
    first: dict[str, int] = {}
    for kind, name, unit, *values, dept in IMIZU:
        if kind not in first:
            first[kind] = r
            _put(ws, r, 1, kind, align="center")
        else:
            _put(ws, r, 1, None)
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for i, v in enumerate(values):
            fmt = "0.0" if isinstance(v, float) else "#,##0"
            _put(ws, r, 4 + i, v, fmt=fmt, align="center" if v == "―" else "right")
        _put(ws, r, 9, dept, size=8)
        ws.row_dimensions[r].height = 22
        r += 1
    if r - 1 > first["KPI"]:
        _merge(ws, first["KPI"], 1, r - 1, 1)
    _text(ws, r, 1, "※R5見込は、令和5年12月末時点の数値から推計した年度末の見込値です。", size=8)
    _text(ws, r + 1, 1, "※【再掲】は基本方針第5に掲げるKPIの再掲です。", size=8)
    _text(ws, r + 2, 1, "※本基本方針に係るKPI関連事業費（令和5年度予算）：186,400千円", size=8)
    _page(ws, "portrait")
    path = SOURCE / "imizu_shinchoku_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 南箕輪村 (長野県): 事務事業評価シート — 元号のない年度見出し、活動指標 / 成果指標、拡充
# --------------------------------------------------------------------------------------------

# Real (ina-dani.net): 南箕輪村行政評価委員会 evaluated 32 事務事業 of 平成27年度 and asked 4 to be
# 拡充, among them 放課後児童クラブ運営事業; its opinion on that program (運営方針や目的、マニュアルを
# 明確にし、保護者への周知をはかる; こども館建設). Made up: the fields, every indicator and figure,
# the A/B viewpoints.
MINOWA = [
    # (区分, 指標名, 単位, 25実績, 26実績, 27目標, 27実績, 28目標, 目標の考え方)
    ("活動指標", "クラブの開設日数", "日", 289, 290, 290, 291, 290, "土曜日・長期休業中を含む"),
    ("活動指標", "支援員研修の受講回数", "回", 4, 5, 6, 5, 6, "県・郡主催の研修"),
    ("成果指標", "登録児童数", "人", 168, 185, 200, 213, 230, "4月1日現在"),
    (
        "成果指標",
        "利用者満足度（「満足」「やや満足」の割合）",
        "％",
        82.4,
        "―",
        85.0,
        88.1,
        85.0,
        "保護者アンケート",
    ),
]


def minamiminowa() -> Path:
    widths = [10, 30, 6, 9, 9, 9, 9, 9, 20]
    wb, ws = _sheet("事務事業評価シート", widths)
    _text(ws, 1, 1, "平成28年度　事務事業評価シート（平成27年度実施事業）", bold=True, size=13)
    _text(ws, 2, 9, "南箕輪村", align="right", size=9)
    _text(ws, 3, 1, "１　事務事業の概要", bold=True, size=10)
    fields = [
        ("事務事業名", "放課後児童クラブ運営事業"),
        ("担当課", "子育て支援課"),
        ("事業の目的", "保護者が就労等で昼間家庭にいない児童に、放課後の安全な居場所を提供する。"),
        ("事業費", "平成27年度決算額　18,640千円（うち一般財源　6,210千円）"),
    ]
    r = 4
    for key, value in fields:
        _span(ws, r, 1, 2, key, header=True)
        _span(ws, r, 3, 9, value)
        ws.row_dimensions[r].height = 18
        r += 1
    _text(ws, r + 1, 1, "２　指標", bold=True, size=10)
    h = r + 2
    head = [
        "区分",
        "指標名",
        "単位",
        "25年度実績",
        "26年度実績",
        "27年度目標",
        "27年度実績",
        "28年度目標",
        "目標の考え方",
    ]
    for c, word in enumerate(head, start=1):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 24
    r = h + 1
    first: dict[str, int] = {}
    for kind, name, unit, *values, note in MINOWA:
        if kind not in first:
            first[kind] = r
            _put(ws, r, 1, kind, align="center")
        else:
            _put(ws, r, 1, None)
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for i, v in enumerate(values):
            fmt = "0.0" if isinstance(v, float) else "#,##0"
            _put(ws, r, 4 + i, v, fmt=fmt, align="center" if v == "―" else "right")
        _put(ws, r, 9, note, size=8)
        ws.row_dimensions[r].height = 22
        r += 1
    _merge(ws, first["活動指標"], 1, first["成果指標"] - 1, 1)
    _merge(ws, first["成果指標"], 1, r - 1, 1)
    _text(ws, r, 1, "※26年度はアンケートを実施していないため「―」としています。", size=8)
    _text(ws, r + 2, 1, "３　評価", bold=True, size=10)
    e = r + 3
    for c, word in enumerate(["必要性", "有効性", "効率性", "今後の方向性"], start=1):
        _put(ws, e, c, word, header=True)
    for c, word in enumerate(["A", "A", "B", "拡充"], start=1):
        _put(ws, e + 1, c, word, align="center")
    _span(ws, e, 5, 9, "行政評価委員会の意見", header=True)
    _span(
        ws,
        e + 1,
        5,
        9,
        "こども館建設に合わせ、運営方針や目的、マニュアルを明確にし、保護者への周知をはかる必要がある。",
        size=8,
    )
    ws.row_dimensions[e + 1].height = 30
    _text(ws, e + 2, 1, "評価：A 高い　B 普通　C 低い", size=8)
    _page(ws, "portrait")
    path = SOURCE / "minamiminowa_jimujigyo_h27.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 富良野市 (北海道): 進行管理表（重要業績評価指標達成度一覧） — 基準値から測る達成度
# --------------------------------------------------------------------------------------------

# Real (city.furano.hokkaido.jp): 富良野市まち・ひと・しごと創生総合戦略 (平成27〜31年度), extended by
# one year to 令和2年度 by 時点修正; its 進行管理表（重要業績評価指標達成度一覧）; PDCA with a yearly
# check of the KPIs. Made up: the 基本目標 wording, the 施策, every indicator, figure and 達成度.
FURANO = [
    (
        "(1)",
        "農業の振興",
        [
            ("新規就農者数（累計）", "人", "0", "3", "7", "10", "15", "66.7%"),
            ("6次産業化に取り組む事業者数", "事業者", "8", "9", "11", "12", "15", "57.1%"),
        ],
    ),
    (
        "(2)",
        "観光の振興",
        [
            ("外国人宿泊客延数", "千人泊", "186.4", "214.9", "248.0", "271.3", "250.0", "133.5%"),
            ("観光入込客数", "万人", "190.2", "185.6", "188.3", "―", "200.0", "―"),
        ],
    ),
    (
        "(3)",
        "雇用の場の確保",
        [("市の支援による新規雇用者数", "人", "―", "12", "25", "41", "50", "82.0%")],
    ),
]


def furano_html() -> str:
    rows = []
    for no, policy, items in FURANO:
        for i, (name, unit, *values) in enumerate(items):
            cells = []
            if i == 0:
                span = f' rowspan="{len(items)}"' if len(items) > 1 else ""
                cells.append(f"<td{span}>{no}{policy}</td>")
            cells.append(f"<td>{name}</td>")
            cells.append(f'<td class="c">{unit}</td>')
            cells.extend(f'<td class="n">{v}</td>' for v in values)
            rows.append("<tr>" + "".join(cells) + "</tr>")
    body = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>富良野市まち・ひと・しごと創生総合戦略　進行管理表</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; }}
th, td {{ border: 1px solid #000; padding: 3px 6px; }}
th {{ background: #d9d9d9; }}
td.n {{ text-align: right; }}
td.c {{ text-align: center; }}
p.note {{ font-size: 8pt; margin: 2px 0; }}
</style>
</head>
<body>
<h1>富良野市まち・ひと・しごと創生総合戦略　進行管理表（重要業績評価指標達成度一覧）</h1>
<p>令和元年度作成（平成30年度実績）　計画期間：平成27年度～平成31年度</p>
<h2>基本目標1　富良野の資源を活かし、安定したしごとをつくる</h2>
<table>
<thead>
<tr><th>施策</th><th>重要業績評価指標（KPI）</th><th>単位</th><th>基準値（H26）</th><th>H28実績</th><th>H29実績</th><th>H30実績</th><th>目標値（H31）</th><th>達成度</th></tr>
</thead>
<tbody>
{body}
</tbody>
</table>
<p class="note">※達成度＝（H30実績－基準値）÷（目標値－基準値）×100。基準値のない指標は H30実績÷目標値×100。</p>
<p class="note">※観光入込客数のH30実績は集計中のため「―」としています。</p>
<p class="note">※総合戦略は、新たな総合計画との期間連動を図るため令和2年度まで1年延長しました（目標値は据え置き）。</p>
</body>
</html>
"""


def furano() -> Path:
    path = HERE / "furano_kpi_shinko_h30.html"
    path.write_bytes(furano_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (kitakami, imizu, minamiminowa):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {furano().name}")


if __name__ == "__main__":
    main()
