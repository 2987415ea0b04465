"""Build the built documents of forms157/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/ibusuki_kanko_shihyo_r5.xlsx``, 観光の主な指標 in the manner of 指宿市 (鹿児島県): a calendar-year
  block whose two actual columns both cover **January to September only** (``R元年（1～9月）``), a 回復率
  column, and a fiscal-year block whose current column is **cut at a month end** (``R5年度（R6.1末）``),
  with ``万``/``千`` scale words inside the cells and 売上額 money columns beside the counts; and the PDF;
* ``source/takeo_jimujigyo_hyoka_r4.xlsx``, 事務事業評価シート in the manner of 武雄市 (佐賀県): form fields,
  a 事業費 table in 千円, then a grid **whose years are merged down the first column, each year repeating
  the same four indicator rows** (目標値 | 実績値 | 達成率); and the PDF;
* ``source/tobe_senryaku_kpi_r6.xlsx``, 総合戦略 KPI の進捗 in the manner of 砥部町 (愛媛県): a 数値目標 row
  and KPI rows, an ``R6見込`` column beside the same year's target, targets ``現状維持`` / ``R元比10%増`` /
  ``年5``, ``百万円`` in 単位; and the PDF;
* ``sanyoonoda_citysales_r6.html``, a シティセールスレポート page in the manner of 山陽小野田市 (山口県):
  prose with real figures, then an 成果指標 table with a ``―（未開設）`` baseline and a cell dated inside
  its bracket (``7,569（R7.3.31時点）``).

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
    wb.properties.creator = "forms157/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms157/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms157_soffice_") as tmp:
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
# 指宿市 (鹿児島県): 観光の主な指標
# --------------------------------------------------------------------------------------------

# Real (広報いぶすき 2024年3月号): 総入込客数 令和元 292万人 / 令和5 267万人 (1月～9月, 91%), 外国人宿泊者
# 令和元 5万3千人 / 令和5 1万4千人 (26%), そうめん流し 令和元年度 19万6千人・2億5千万円 / 今年度 (令和6年1月末)
# 16万4千人・2億4千万円, 砂楽 令和元年度 24万5千人・2億8千万円 / 1月分まで 16万人余り・1億9千万円, and the
# note 数字は概算. Made up: the sheet, its title, date and 課, the two R10年 targets, the other notes.
IB_VISITORS = [
    ("総入込客数", "292万人", "267万人", "91%", "350万人"),
    ("外国人宿泊者数", "5万3千人", "1万4千人", "26%", "6万人"),
]
IB_FACILITIES = [
    ("そうめん流し利用者数", "19万6千人", "16万4千人", "2億5千万円", "2億4千万円"),
    ("砂むし会館「砂楽」利用者数", "24万5千人", "16万人余り", "2億8千万円", "1億9千万円"),
]


def ibusuki() -> Path:
    wb, ws = _sheet("観光指標", [30, 17, 17, 17, 17])
    _text(ws, 1, 1, "指宿市の観光の主な指標（令和5年の状況）", bold=True, size=13)
    _text(ws, 2, 5, "令和6年3月　指宿市観光課", align="right")
    _text(ws, 4, 1, "１　観光客の動向（暦年・1月～9月）", bold=True, size=10)
    _head2(
        ws,
        5,
        [(1, "指標"), (4, "回復率（R5/R元）"), (5, "目標（R10年）")],
        [(2, 3, "実績", ["R元年（1～9月）", "R5年（1～9月）"])],
    )
    r = 7
    for name, *vals in IB_VISITORS:
        _put(ws, r, 1, name)
        for j, v in enumerate(vals):
            _put(ws, r, 2 + j, v, align="right")
        ws.row_dimensions[r].height = 20
        r += 1
    _text(ws, 10, 1, "２　主な観光施設の利用状況（年度）", bold=True, size=10)
    _head2(
        ws,
        11,
        [(1, "指標")],
        [
            (2, 3, "実績", ["R元年度", "R5年度（R6.1末）"]),
            (4, 5, "売上額（参考）", ["R元年度", "R5年度（R6.1末）"]),
        ],
    )
    r = 13
    for name, *vals in IB_FACILITIES:
        _put(ws, r, 1, name)
        for j, v in enumerate(vals):
            _put(ws, r, 2 + j, v, align="right")
        ws.row_dimensions[r].height = 20
        r += 1
    _notes(
        ws,
        16,
        [
            "※数字は概算で表しています。",
            "※回復率は令和元年の同じ期間（1月～9月）との比較です。目標（R10年）は1月～12月の年間の値です。",
            "※R5年度は令和6年1月末までの10か月間の数値です。売上額は施設の売上で、市の事業費ではありません。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "ibusuki_kanko_shihyo_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 武雄市 (佐賀県): 事務事業評価シート
# --------------------------------------------------------------------------------------------

# Real (武雄市の取り組み page): 「日本一就農しやすいまち」を目指し, 就農するための支援だけではなく住居の確保など
# ワンストップで対応. Made up: the sheet, 事業番号, 事業名, 課, 事業期間, every 事業費 and indicator figure.
TK_YEARS = ["令和2年度", "令和3年度", "令和4年度"]
TK_ROWS = [
    # (区分, 指標名, 単位, [(目標, 実績) per year])
    ("活動指標", "就農相談件数", "件", [(60, 72), (70, 85), (80, 77)]),
    ("活動指標", "就農希望者への住居あっせん件数", "件", [(5, 3), (6, 7), (8, "―")]),
    ("成果指標", "新規就農者数", "人", [(15, 12), (15, 18), (20, 21)]),
    (
        "成果指標",
        "新規就農者の定着率（就農5年後）",
        "%",
        [(90.0, 92.3), (90.0, 88.9), (90.0, 91.7)],
    ),
]


def takeo() -> Path:
    wb, ws = _sheet("事務事業評価", [11, 10, 34, 7, 11, 11, 11])
    _text(ws, 1, 1, "令和5年度　事務事業評価シート（令和4年度実施事業）", bold=True, size=13)
    _text(ws, 2, 7, "武雄市", align="right")
    fields = [
        ("事業番号", "3-1-02", "担当課", "営農推進課"),
        ("事業名", "就農しやすさ日本一推進事業", "事業期間", "令和2年度～令和6年度"),
    ]
    r = 4
    for l1, v1, l2, v2 in fields:
        _put(ws, r, 1, l1, header=True)
        _span(ws, r, 2, 3, v1)
        _put(ws, r, 4, l2, header=True)
        _merge(ws, r, 4, r, 5)
        _span(ws, r, 6, 7, v2)
        ws.row_dimensions[r].height = 20
        r += 1
    _put(ws, r, 1, "事業の目的", header=True)
    _span(
        ws,
        r,
        2,
        7,
        "「日本一就農しやすいまち」を目指し、就農するための支援だけではなく住居の確保などをワンストップで行い、新規就農者を確保し定着させる。",
    )
    ws.row_dimensions[r].height = 30
    _text(ws, 8, 1, "■事業費の推移（単位：千円）", bold=True, size=10)
    _put(ws, 9, 1, "区分", header=True)
    _merge(ws, 9, 1, 9, 3)
    for j, y in enumerate(TK_YEARS):
        _put(ws, 9, 4 + j, y, header=True)
    money = [("決算額", [12480, 14215, 15930]), ("うち一般財源", [6240, 7108, 7965])]
    r = 10
    for label, vals in money:
        _span(ws, r, 1, 3, label)
        for j, v in enumerate(vals):
            _put(ws, r, 4 + j, v)
        r += 1
    _text(ws, 13, 1, "■指標の推移", bold=True, size=10)
    heads = ["年度", "区分", "指標名", "単位", "目標値", "実績値", "達成率"]
    for j, h in enumerate(heads):
        _put(ws, 14, 1 + j, h, header=True)
    ws.row_dimensions[14].height = 20
    r = 15
    for y_i, year in enumerate(TK_YEARS):
        top = r
        for kind, name, unit, pairs in TK_ROWS:
            target, actual = pairs[y_i]
            _put(ws, r, 2, kind, align="center")
            _put(ws, r, 3, name)
            _put(ws, r, 4, unit, align="center")
            fmt = "0.0" if isinstance(target, float) else "#,##0"
            _put(ws, r, 5, target, fmt=fmt)
            if actual == "―":
                _put(ws, r, 6, "―", align="center")
                _put(ws, r, 7, "―", align="center")
            else:
                _put(ws, r, 6, actual, fmt=fmt)
                _put(ws, r, 7, round(actual / target, 3), fmt="0.0%")
            ws.row_dimensions[r].height = 18
            r += 1
        _put(ws, top, 1, year, align="center")
        _merge(ws, top, 1, r - 1, 1)
    _notes(
        ws,
        r + 1,
        [
            "※達成率＝実績値÷目標値。令和4年度の住居あっせん件数は、年度末の集計方法の見直しにより記載していません。",
            "※新規就農者の定着率は、5年前に就農した者のうち引き続き市内で営農している者の割合です。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "takeo_jimujigyo_hyoka_r4.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 砥部町 (愛媛県伊予郡): 総合戦略 KPI の進捗状況
# --------------------------------------------------------------------------------------------

# Real: nothing but the town's name and its 砥部焼 (no page of the town was found). Made up: everything.
TB_ROWS = [
    ("数値目標", "町内事業所の従業者数", "人", [6412, 6380, 6455, 6470], "現状維持"),
    ("KPI", "砥部焼の年間販売額", "百万円", [1215, 1108, 1164, 1190], 1300),
    ("KPI", "砥部焼伝統産業会館の入館者数", "人", [24860, 18230, 21540, 23100], "R元比10%増"),
    ("KPI", "新規創業・事業承継件数", "件", [3, 4, "―", 5], "年5"),
    ("KPI", "町内就業者に占める20～39歳の割合", "%", [21.4, 20.8, 20.5, 20.6], 22.0),
]


def tobe() -> Path:
    wb, ws = _sheet("KPI進捗", [11, 36, 9, 13, 12, 12, 12, 14])
    _text(
        ws,
        1,
        1,
        "第2期砥部町まち・ひと・しごと創生総合戦略　KPIの進捗状況（令和6年度見込）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 8, "令和6年11月　企画財政課", align="right")
    _text(
        ws,
        4,
        1,
        "基本目標１　砥部焼をはじめとする地場産業を活かし、しごとをつくる",
        bold=True,
        size=10,
    )
    heads = ["区分", "指標", "単位", "基準値（R元）", "R4実績", "R5実績", "R6見込", "目標値（R6）"]
    for j, h in enumerate(heads):
        _put(ws, 5, 1 + j, h, header=True)
    ws.row_dimensions[5].height = 22
    r = 6
    for kind, name, unit, vals, target in TB_ROWS:
        _put(ws, r, 1, kind, align="center", fill=LIGHT if kind == "数値目標" else None)
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, vals, fmts={j: "0.0" for j in range(4)} if unit == "%" else None)
        _put(ws, r, 8, target, align="right", fmt="0.0" if isinstance(target, float) else None)
        ws.row_dimensions[r].height = 20
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※R6見込は、令和6年9月末までの実績を基に推計した値です。",
            "※「現状維持」は基準値（R元）の水準を保つこと、「R元比10%増」は基準値の1.1倍を目標とすることを表します。",
            "※関連事業費（R6当初予算）：砥部焼振興事業 8,420千円、創業支援事業 3,150千円",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "tobe_senryaku_kpi_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 山陽小野田市 (山口県): シティセールスレポート（令和6年度分）
# --------------------------------------------------------------------------------------------

# Real: the page title and breadcrumb, the 趣旨 wording, 【魅力の発信】目標 人口流出の抑制（ターゲット：市民）,
# LINE from 令和4年12月 with 7,569人 at 令和7年3月31日, 広報 monthly from 令和5年5月, the R元 ホームページ閲覧数
# 838,627件 (the R2 report's 前年度), 14 videos at the end of R元 (49 - 35 in the R2 report). Made up: every
# other figure, the table and its targets, the note, the 決算額.
SO_ROWS = [
    ("ホームページ閲覧数", "件", "838,627", "1,021,455", "1,086,302", "1,154,870", "1,200,000"),
    ("公式LINE登録者数", "人", "―（未開設）", "2,114", "5,032", "7,569（R7.3.31時点）", "10,000"),
    ("公式動画チャンネル公開本数（累計）", "本", "14", "78", "91", "104", "120"),
    ("「住み続けたい」と思う市民の割合", "%", "72.4", "73.1", "―", "75.8", "80.0"),
]


def sanyoonoda_html() -> str:
    rows = "\n".join(
        "<tr><td>"
        + name
        + "</td><td>"
        + unit
        + "</td>"
        + "".join(f'<td class="num">{v}</td>' for v in vals)
        + "</tr>"
        for name, unit, *vals in SO_ROWS
    )
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>シティセールスレポート(令和6年度分)を公表します - 山陽小野田市</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
td.num {{ text-align: right; }}
</style>
</head>
<body>
<p>トップページ &gt; 分類でさがす &gt; 市政情報 &gt; シティセールス・地方創生 &gt; シティセールス</p>
<h1>シティセールスレポート(令和6年度分)を公表します</h1>
<h2>趣旨</h2>
<p>「シティセールス推進指針」に沿って年度ごとの取組状況を把握し、シティセールス推進における成果や課題、対応策等を取りまとめ、公表することにより、職員及び市民等のシティセールスに関する理解を深めるとともに、シティセールスの取組をより円滑・活発にすることを目的として、「シティセールスレポート」を作成する。</p>
<h2>令和6年度の取組状況</h2>
<h3>【魅力の発信】目標 人口流出の抑制（ターゲット：市民）</h3>
<p>本市においても令和4年12月からLINEを導入し、即時的に必要な情報を受け取れるよう情報発信の強化充実に努めてきている。公式LINEの登録者は令和7年3月31日時点で7,569人と順調に増えている。令和5年5月から広報「さんようおのだ」の発行を月1回に変更した。</p>
<p>令和6年度のシティセールス推進事業の決算額は4,862千円であった。</p>
<h2>成果指標の推移</h2>
<table border="1">
<tr><th>成果指標</th><th>単位</th><th>基準値（R元）</th><th>R4実績</th><th>R5実績</th><th>R6実績</th><th>目標値（R9）</th></tr>
{rows}
</table>
<p>※市民の割合は市民意識調査（隔年実施）による。令和5年度は調査を実施していない。</p>
<p>お問い合わせ：総合政策部 シティセールス課</p>
</body>
</html>
"""


def sanyoonoda() -> Path:
    path = HERE / "sanyoonoda_citysales_r6.html"
    path.write_bytes(sanyoonoda_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (ibusuki, takeo, tobe):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {sanyoonoda().name}")


if __name__ == "__main__":
    main()
