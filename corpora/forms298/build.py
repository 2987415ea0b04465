"""Build the built documents of forms298/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/aomori_shisaku_hyoka_h29.xlsx``, a 後期基本計画 施策評価シート in the manner of 青森市 (青森県):
  form fields over a 成果指標 grid whose **actual cells carry the year's target in an unlabelled bracket**
  (``41.9（42.0）``, named only by the header ``H29実績（目標）``), **two 評価 sub-columns ``H28 | H29``** and
  **one 評価 cell merged down over two KPIs**; and the PDF;
* ``source/takinoue_kpi_shinchoku_r5.xlsx``, a 総合戦略 KPI 進捗 in the manner of 滝上町 (北海道):
  **R5 actuals in ``【　】`` marking 見込値**, **a count with its share in an unlabelled bracket**
  (``7（53.8%）``) and **``基準値を維持`` in both target cells beside a printed ○**; and the PDF;
* ``source/samani_seika_shihyo_r6.xlsx``, a 成果指標 進捗状況調書 in the manner of 様似町 (北海道):
  era-less year headers on a 令和 sheet, **a final target re-dated by its own bracket, ``100（R9完成）``**,
  and **the 評価 legend written as an inequality chain in the header cell**; and the PDF;
* ``nakajima_seika_shihyo_r5.html``, a 総合振興計画 成果指標 page in the manner of 中島村 (福島県):
  ``<th rowspan>`` 施策 cells, ``令和5年度`` spanning ``目標 | 実績``, **a target ``4,500人台を維持``** and
  **an actual ``―（対象者なし）``** with a ``－`` grade.

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
FIXED = dt.datetime(2026, 12, 5, 0, 0, 0)


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms298/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms298/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms298_soffice_") as tmp:
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


def _vals(ws, r, c0, vals, fmts=None) -> None:
    for j, v in enumerate(vals):
        fmt = (fmts or {}).get(j) or ("#,##0.0" if isinstance(v, float) else None)
        _put(ws, r, c0 + j, v, align="center" if v == "―" else "right", fmt=fmt)


# --------------------------------------------------------------------------------------------
# 青森市 (青森県): 青森市新総合計画 後期基本計画 施策評価シート（平成29年度実績）
# --------------------------------------------------------------------------------------------

# Real (後期基本計画, 平成28年2月): the plan's name and period, 第2章 and its 第1節 保健・医療の充実;
# 企画部企画調整課 (city site). Made up: the sheet, 施策, 課, money, every indicator and figure.
AO_ROWS = [
    ("1", "特定健康診査受診率", "％", 35.8, "38.2（40.0）", "41.9（42.0）", 50.0, "B", "B"),
    ("2", "胃がん検診受診率", "％", 9.6, "11.8（11.0）", "12.4（12.0）", 15.0, "A", "A"),
    (
        "3",
        "ウオーキング大会参加者数",
        "人",
        1240,
        "1,310（1,300）",
        "1,180（1,350）",
        1500,
        "A",
        "B",
    ),
    (
        "4",
        "健康ポイント事業の参加者数",
        "人",
        820,
        "1,050（1,000）",
        "1,420（1,200）",
        2000,
        None,
        None,
    ),
]


def aomori() -> Path:
    wb, ws = _sheet("施策評価", [6, 32, 7, 11, 15, 15, 12, 8, 8])
    _text(
        ws,
        1,
        1,
        "青森市新総合計画　後期基本計画　施策評価シート（平成29年度実績）",
        bold=True,
        size=14,
    )
    _text(ws, 2, 9, "平成30年8月　青森市企画部企画調整課", align="right")
    fields = [
        (
            "計画",
            "青森市新総合計画 -元気都市あおもり 市民ビジョン- 後期基本計画（平成28年度～平成32年度）",
        ),
        (
            "章・節",
            "第2章　健やかで心安らぎ 人と人がつながり支え合うまち　／　第1節　保健・医療の充実",
        ),
        ("施策名", "健康づくりの推進"),
        ("主管課", "保健所健康づくり推進課"),
        ("施策の事業費（H29決算・千円）", 312540),
        ("成果指標数", "4指標（うち2指標はあわせて評価）"),
    ]
    r = 4
    for label, value in fields:
        _span(ws, r, 1, 2, label, header=True)
        _span(ws, r, 3, 9, value, align="left")
        ws.row_dimensions[r].height = 18
        r += 1
    _text(ws, 11, 1, "２　成果指標の達成状況", bold=True, size=11)
    _head2(
        ws,
        12,
        [
            (1, "No."),
            (2, "成果指標"),
            (3, "単位"),
            (4, "基準値\n（H26）"),
            (5, "H28実績\n（目標）"),
            (6, "H29実績\n（目標）"),
            (7, "目標値\n（H32）"),
        ],
        [(8, 9, "評価", ["H28", "H29"])],
    )
    r = 14
    for no, name, unit, base, a28, a29, goal, g28, g29 in AO_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _put(ws, r, 4, base, fmt="0.0" if isinstance(base, float) else None)
        _put(ws, r, 5, a28, align="right")
        _put(ws, r, 6, a29, align="right")
        _put(ws, r, 7, goal, fmt="0.0" if isinstance(goal, float) else None)
        if g28 is not None:
            _put(ws, r, 8, g28, align="center", bold=True)
            _put(ws, r, 9, g29, align="center", bold=True)
        else:
            _put(ws, r, 8, None)
            _put(ws, r, 9, None)
        ws.row_dimensions[r].height = 22
        r += 1
    # No.3 and No.4 are graded together: one 評価 cell per year over both rows.
    _merge(ws, 16, 8, 17, 8)
    _merge(ws, 16, 9, 17, 9)
    _notes(
        ws,
        r + 1,
        [
            "※実績欄の（　）内は、その年度の目標値です。",
            "評価　A：目標を達成　B：目標の8割以上　C：目標の8割未満",
            "※No.3とNo.4は、「運動習慣づくり」の取組として2指標をあわせて一つの評価としています。",
            "※H29の特定健康診査の対象者は約52,000人、受診者は約21,800人です。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "aomori_shisaku_hyoka_h29.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 滝上町 (北海道紋別郡): 総合戦略 重要業績評価指標（KPI）の進捗状況（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (町長就任のごあいさつ, 2023-05-22): 芝ざくら as the town's resource, the three points
# (医療・福祉と産業の強化, 郷土愛とひとづくり, 観光による交流人口の増加). Made up: the sheet and all figures.
TK_ROWS = [
    ("1", "芝ざくらまつり期間の観光入込客数", "人", 65200, 41800, 60000, "【58,700】", 70000, "○"),
    (
        "2",
        "地域おこし協力隊の任期後定住者数（累計）",
        "人",
        3,
        "6（50.0%）",
        8,
        "7（53.8%）",
        10,
        "△",
    ),
    ("3", "ふるさと納税寄附件数", "件", 1020, 2450, 2500, "【3,120】", 3000, "◎"),
    ("4", "町内の医療・福祉従事者数", "人", 186, 181, "基準値を維持", 183, "基準値を維持", "○"),
    ("5", "ふるさと学習に参加した中学生の割合", "％", 72.0, 85.0, 90.0, 92.5, 100.0, "◎"),
]


def takinoue() -> Path:
    wb, ws = _sheet("KPI進捗", [6, 36, 7, 11, 11, 12, 12, 12, 8])
    _text(
        ws,
        1,
        1,
        "滝上町総合戦略　重要業績評価指標（KPI）の進捗状況（令和5年度）",
        bold=True,
        size=14,
    )
    _text(ws, 2, 9, "令和6年7月　滝上町企画課", align="right")
    fields = [
        ("戦略の期間", "令和2年度～令和6年度"),
        (
            "重点の方向",
            "医療・福祉と産業の強化／郷土愛とひとづくり／芝ざくらを活かした交流人口の増加",
        ),
        ("交付金充当額（R5・千円）", 8640),
    ]
    r = 4
    for label, value in fields:
        _span(ws, r, 1, 2, label, header=True)
        _span(ws, r, 3, 9, value, align="left")
        ws.row_dimensions[r].height = 18
        r += 1
    _text(ws, 8, 1, "■重要業績評価指標（KPI）の進捗状況", bold=True, size=11)
    heads = [
        "No.",
        "重要業績評価指標（KPI）",
        "単位",
        "基準値\n（R元）",
        "R4実績",
        "R5目標",
        "R5実績",
        "最終目標\n（R6）",
        "評価",
    ]
    for c, h in enumerate(heads, start=1):
        _put(ws, 9, c, h, header=True)
    ws.row_dimensions[9].height = 28
    r = 10
    for no, name, unit, *vals, grade in TK_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate(vals):
            fmt = "0.0" if isinstance(v, float) else None
            _put(ws, r, 4 + j, v, align="right", fmt=fmt)
        _put(ws, r, 9, grade, align="center", bold=True)
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "評価　◎：R5目標を達成　○：達成率90%以上　△：達成率70%以上90%未満　×：達成率70%未満（「基準値を維持」は基準値との比較）",
            "※R5実績の【　】は見込値です（令和6年3月末時点の集計による）。",
            "※No.2の（　）内は、任期を終えた隊員に占める定住者の割合です。",
            "評価の内訳：◎2指標　○2指標　△1指標　×0指標（計5指標）",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "takinoue_kpi_shinchoku_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 様似町 (北海道様似郡): 施策の成果指標 進捗状況調書（令和6年度）
# --------------------------------------------------------------------------------------------

# Real (令和7年度 様似町 施政方針): the heading 豊かな暮らしを生み出すために, 特別栽培米「アポイ米」, the
# ハンター免許取得助成, the 浜平宇幹線 林道 (令和9年度完成予定), 日高中央漁業協同組合's 製氷冷蔵施設
# (令和8年度まで). Made up: the sheet, 課, money and every figure.
SM_ROWS = [
    ("①", "特別栽培米「アポイ米」の作付面積", "ha", 18.4, 20.1, 22.0, 21.3, 25.0, "○"),
    ("②", "新規狩猟免許取得者数（累計）", "人", 2, 7, 9, 10, 12, "◎"),
    ("③", "浜平宇幹線林道の整備進捗率", "％", 35.0, 61.0, 70.0, 68.5, "100（R9完成）", "○"),
    ("④", "エゾシカ等による農業被害額の削減", "千円", 8420, 6910, 6500, 7380, 5000, "○"),
]


def samani() -> Path:
    wb, ws = _sheet("成果指標", [6, 34, 7, 11, 11, 11, 11, 14, 24])
    _text(ws, 1, 1, "様似町　施策の成果指標 進捗状況調書（令和6年度）", bold=True, size=14)
    _text(ws, 2, 9, "令和7年8月　様似町", align="right")
    fields = [
        ("所管", "産業課"),
        ("関連事業費（R6決算・千円）", 46280),
    ]
    r = 4
    for label, value in fields:
        _span(ws, r, 1, 2, label, header=True)
        _span(ws, r, 3, 9, value, align="left")
        ws.row_dimensions[r].height = 18
        r += 1
    _text(ws, 7, 1, "■豊かな暮らしを生み出すために", bold=True, size=11)
    heads = [
        "No.",
        "成果指標",
        "単位",
        "基準値\n（R元）",
        "5年度実績",
        "6年度目標",
        "6年度実績",
        "目標値\n（R8）",
        "評価\n（◎≧100％＞○≧80％＞△）",
    ]
    for c, h in enumerate(heads, start=1):
        _put(ws, 8, c, h, header=True)
    ws.row_dimensions[8].height = 30
    r = 9
    for no, name, unit, *vals, grade in SM_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate(vals):
            fmt = "0.0" if isinstance(v, float) else None
            _put(ws, r, 4 + j, v, align="right", fmt=fmt)
        _put(ws, r, 9, grade, align="center", bold=True)
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※評価は6年度目標に対する達成率（実績÷目標。④は値が小さいほど良いため目標÷実績）によります。",
            "※③の目標値は、林道の完成年度（令和9年度）の値です。",
            "※ハンター免許取得助成は1人あたり上限5万円。日高中央漁業協同組合の製氷冷蔵施設整備（令和8年度まで）に12,000千円を支援しています。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "samani_seika_shihyo_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 中島村 (福島県西白河郡): 中島村第6次総合振興計画 成果指標の進捗状況（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (村のサイト, Wikipedia): the plan's name and period (2023～2032年度), the 将来像 「みんなが輝（き）らめく
# 豊かな なかじまむら」, 18.92km², 4,698人 (2024年3月1日推計). Made up: the page, 基本目標, 施策 and all figures.
NJ_GROUPS = [
    (
        "1-1<br>定住の促進",
        [
            ("村の総人口（各年度末）", "人", "4,862", "4,750", "4,702", "4,500人台を維持", "○"),
            ("農地の集積率", "％", "52.3", "55.0", "54.1", "60.0", "○"),
        ],
    ),
    (
        "2-1<br>子育て・健康づくりの充実",
        [
            ("子育て支援センター利用者数（延べ）", "人", "3,120", "3,300", "3,410", "3,600", "◎"),
            ("胃がん精密検査受診率", "％", "85.7", "100.0", "―（対象者なし）", "100.0", "－"),
        ],
    ),
]


def nakajima_html() -> str:
    rows = []
    for measure, inds in NJ_GROUPS:
        for k, (name, unit, *vals, grade) in enumerate(inds):
            head = f'<th rowspan="{len(inds)}" class="l">{measure}</th>' if k == 0 else ""
            cells = "".join(f'<td class="num">{v}</td>' for v in vals)
            rows.append(
                f'<tr>{head}<td>{name}</td><td class="c">{unit}</td>{cells}<td class="c">{grade}</td></tr>'
            )
    body = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>中島村第6次総合振興計画 成果指標の進捗状況（令和5年度） - 中島村</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
th.l {{ text-align: left; background: #f2f2f2; }}
td.num {{ text-align: right; }}
td.c {{ text-align: center; }}
</style>
</head>
<body>
<p>ホーム &gt; 村政情報 &gt; 計画・施策 &gt; 中島村第6次総合振興計画</p>
<h1>中島村第6次総合振興計画 成果指標の進捗状況（令和5年度）</h1>
<p>令和6年9月30日更新　中島村企画振興課</p>
<p>村では、2023年度から2032年度までの10年間を計画期間とする「中島村第6次総合振興計画」を策定し、将来像「みんなが輝（き）らめく 豊かな なかじまむら」の実現に取り組んでいます。計画の初年度である令和5年度の成果指標の状況をお知らせします。</p>
<h2>基本目標1　安心して住み続けられる村づくり</h2>
<table>
<thead>
<tr><th rowspan="2">施策</th><th rowspan="2">成果指標</th><th rowspan="2">単位</th><th rowspan="2">基準値<br>（R3）</th><th colspan="2">令和5年度</th><th rowspan="2">目標値<br>（R9）</th><th rowspan="2">評価</th></tr>
<tr><th>目標</th><th>実績</th></tr>
</thead>
<tbody>
{body}
</tbody>
</table>
<p>評価　◎：令和5年度目標を達成　○：達成率90％以上　△：達成率90％未満　－：評価できない</p>
<p>※胃がん精密検査受診率は、令和5年度の胃がん検診で要精密検査となった方がいなかったため「―（対象者なし）」としています。</p>
<p>※村の面積は18.92km²、人口は4,698人（2024年3月1日現在の推計人口）です。</p>
</body>
</html>
"""


def nakajima() -> Path:
    path = HERE / "nakajima_seika_shihyo_r5.html"
    path.write_bytes(nakajima_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (aomori, takinoue, samani):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {nakajima().name}")


if __name__ == "__main__":
    main()
