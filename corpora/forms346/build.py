"""Build the documents of forms346/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/nagasu_seika_shihyo_r6.xlsx``, a 総合振興計画 施策の成果指標 sheet in the manner of 長洲町 (熊本県):
  form fields over ``No. | 成果指標 | 単位 | 策定時（R元） | 実績値 (R4 | R5 | R6) | 目標値（R6） | 達成状況``:
  ``万尾`` in the 単位 column, a ``―`` baseline for a service started later, and **an R5 cell
  ``（72.1）`` that a note says repeats the previous (R4) survey**; and the PDF;
* ``source/mifune_jimu_hyoka_r6.xlsx``, a 事務事業評価シート in the manner of 御船町 (熊本県): 区分 cells
  ``活動指標（アウトプット）`` / ``成果指標（アウトカム）`` merged down, **a ``指標の説明`` column whose text holds
  numbers (``1回90分・定員20人``, ``5段階``)**, ``R6目標`` left of ``R6実績``, an actual ``48,260（7月16日再開）``;
  and the PDF;
* ``kadogawa_kpi_jisseki_r6.html``, a 地域再生計画 KPI page in the manner of 門川町 (宮崎県): two ``<h2>`` 基本目標
  tables, an actual ``1,860（うち県外1,120）``, **a target ``累計5（R2～R6）`` beside single-year actuals** and a
  ○/△/× 評価 column;
* ``source/nakatane_shuyo_shihyo_r5.xlsx``, a 長期振興計画 主要指標 sheet in the manner of 中種子町 (鹿児島県):
  **no 単位 column; one line over the grid gives the units by label (``①・②：t　③：人　④：％　⑤：人``)**,
  full-width digits in one cell, ``△`` / ``±0`` / ``＋10``; and the PDF.

The PDF steps are skipped, with a message, when ``soffice`` is not installed.
These are re-typed forms of four municipalities, not their own files (README.md, SOURCES.tsv).

The XLSX and HTML files are byte-stable: fixed document dates, and the zip members are
rewritten with a fixed timestamp. The PDFs carry LibreOffice's creation date, so they differ
by that only.
"""
# ruff: noqa: E501, B905

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
    wb.properties.creator = "forms346/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms346/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms346_soffice_") as tmp:
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


def _fields(ws, r: int, fields, last_col: int, tall=("町の現状", "施策の現状", "町の概要")) -> int:
    """Bordered form fields: label in column 1 (shaded), value merged over 2..last_col."""
    for label, value in fields:
        _put(ws, r, 1, label, header=True)
        _span(ws, r, 2, last_col, value, align="left")
        ws.row_dimensions[r].height = 40 if label in tall else 20
        r += 1
    return r


# --------------------------------------------------------------------------------------------
# 長洲町 (熊本県玉名郡): 第6次長洲町総合振興計画 前期基本計画 施策の成果指標（令和6年度実績）
# --------------------------------------------------------------------------------------------

# Real (town site kiji0037211; Wikipedia mirrors; machi-uke.jp; pedia.3rd-in.co.jp): the plan's name, its
# 8-year 基本構想 and 4-year 基本計画, the 将来像, 19.44km², 15,307人 (2024-07-31), 金魚 farmed for about 350
# years, the 金魚と鯉の郷広場, 有明フェリー, the bus lines dropped on 2020-09-30 and the きんぎょタクシー.
# Made up: the plan's years, the 施策, 課, every indicator, figure and note.
NG_ROWS = [
    ("1", "金魚の出荷尾数", "万尾", [42.0, 39.8, 38.5, 40.2, 45.0], "未達成"),
    ("2", "金魚と鯉の郷広場の来場者数", "千人", [58.3, 41.2, 52.6, 61.5, 60.0], "達成"),
    ("3", "きんぎょタクシーの利用者数", "人", ["―", 9040, 9870, 10350, 10000], "達成"),
    ("4", "町に住み続けたいと思う町民の割合", "％", [74.6, 72.1, "（72.1）", 76.3, 80.0], "未達成"),
    ("5", "町外からの転入者数", "人", [512, 498, 531, 547, 550], "未達成"),
]


def nagasu() -> Path:
    wb, ws = _sheet("成果指標", [10, 32, 7, 10, 9, 9, 9, 10, 9])
    _text(
        ws,
        1,
        1,
        "第6次長洲町総合振興計画　前期基本計画　施策の成果指標（令和６年度実績）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 9, "令和7年8月　長洲町まちづくり課", align="right")
    r = _fields(
        ws,
        4,
        [
            (
                "計画の名称",
                "第6次長洲町総合振興計画（将来像：魅力と活力あふれ 夢ふくらむ 未来輝くまち）",
            ),
            (
                "計画期間",
                "基本構想　令和3年度～令和10年度（8年間）／前期基本計画　令和3年度～令和6年度（4年間）",
            ),
            ("施策", "2-3　金魚と鯉の郷を生かした交流と定住の促進"),
            ("担当課", "まちづくり課"),
            (
                "町の概要",
                "有明海に面した面積19.44km²の町で、人口は15,307人（2024年7月31日推計）。約350年前から続くとされる金魚の養殖が盛んで、"
                "長洲港から島原半島へ有明フェリーが運航している。令和2年9月30日に町内の路線バス2路線が廃止され、予約型乗合タクシー「きんぎょタクシー」を運行している。",
            ),
        ],
        9,
    )
    _text(ws, r + 1, 1, "２　成果指標の達成状況", bold=True, size=11)
    h = r + 2
    _head2(
        ws,
        h,
        [
            (1, "No."),
            (2, "成果指標"),
            (3, "単位"),
            (4, "策定時\n（R元）"),
            (8, "目標値\n（R6）"),
            (9, "達成状況"),
        ],
        [(5, 7, "実績値", ["R4", "R5", "R6"])],
    )
    r = h + 2
    for no, name, unit, vals, status in NG_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, vals)
        _put(ws, r, 9, status, align="center")
        ws.row_dimensions[r].height = 24
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※No.1は町内の養殖業者からの聞き取りによる出荷尾数を年度ごとに集計したものです。",
            "※No.3のきんぎょタクシーは令和2年10月に運行を開始したため、策定時の値はありません。",
            "※No.4は隔年で実施する町民意識調査によります。R5欄の（　）内は、前回（R4）調査の数値を再掲したものです。",
            "※達成状況は、R6実績が目標値（R6）以上のものを「達成」としています。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "nagasu_seika_shihyo_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 御船町 (熊本県上益城郡): 事務事業評価シート（令和6年度実績）
# --------------------------------------------------------------------------------------------

# Real (paperzz 6336190 都市再生整備計画 御船地区; jmedia.wiki; mytabi; mifunemuseum.jp): the 都市再生整備計画
# (御船地区, 平成22年～26年) and the museum's move under it, the ミフネリュウ found in 昭和54年, the opening on
# 平成10年4月30日, about 19,000 収蔵資料, みふね化石ひろば, 99.03km², 17,254人. Made up: the sheet, 課, every
# indicator, figure and note.
MF_ROWS = [
    (
        "活動指標\n（アウトプット）",
        [
            ("①企画展・特別展の開催回数", "夏季の特別展1回を含む", "回", [3, 4, 4, 4, 4]),
            (
                "②化石発掘体験の実施回数",
                "みふね化石ひろば\n1回90分・定員20人",
                "回",
                [96, 142, 150, 158, 160],
            ),
        ],
    ),
    (
        "成果指標\n（アウトカム）",
        [
            (
                "③恐竜博物館の入館者数",
                "有料入館者と無料入館者（中学生以下）の合計",
                "人",
                ["48,260（7月16日再開）", 71540, 75000, 73880, 80000],
            ),
            (
                "④化石発掘体験の参加者数",
                "②の体験の参加者（小学生以上）",
                "人",
                [1820, 2730, 3000, 3105, 3200],
            ),
            (
                "⑤来館者満足度",
                "来館者アンケート（5段階）で4以上と回答した割合",
                "％",
                ["―", 88.4, 90.0, 91.2, 90.0],
            ),
        ],
    ),
]


def mifune() -> Path:
    wb, ws = _sheet("事務事業評価", [13, 27, 27, 6, 19, 10, 10, 10, 10])
    _text(ws, 1, 1, "事務事業評価シート（令和６年度実績）", bold=True, size=13)
    _text(ws, 2, 9, "令和7年7月　御船町", align="right")
    r = _fields(
        ws,
        4,
        [
            ("事務事業名", "恐竜博物館管理運営事業"),
            ("担当課", "恐竜博物館"),
            (
                "関連計画",
                "都市再生整備計画（御船地区）　平成22年～26年（交付対象事業費 1,350百万円）",
            ),
            (
                "事業の概要",
                "昭和54年に日本で初めて肉食恐竜の化石（ミフネリュウ）が発見されたことを契機に平成10年4月30日に開館し、都市再生整備計画（御船地区）により移転整備した。"
                "収蔵資料は約19,000点。町の面積は99.03km²、人口は17,254人（2024年7月31日推計）。",
            ),
        ],
        9,
    )
    _text(ws, r + 1, 1, "３　指標の推移", bold=True, size=11)
    h = r + 2
    heads = [
        "区分",
        "指標名",
        "指標の説明",
        "単位",
        "R4実績",
        "R5実績",
        "R6目標",
        "R6実績",
        "R7目標",
    ]
    for c, word in zip(range(1, 10), heads):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 22
    r = h + 1
    for kind, rows in MF_ROWS:
        top = r
        for name, desc, unit, vals in rows:
            _put(ws, r, 2, name)
            _put(ws, r, 3, desc, size=8)
            _put(ws, r, 4, unit, align="center")
            _vals(ws, r, 5, vals)
            ws.row_dimensions[r].height = 28
            r += 1
        _put(ws, top, 1, kind, header=True)
        _merge(ws, top, 1, r - 1, 1)
    _notes(
        ws,
        r + 1,
        [
            "※令和4年4月1日から7月15日までは空調設備改修工事のため休館しました（R4の③は再開後の入館者数）。",
            "※⑤の来館者アンケートは令和5年度から実施しています。",
            "※事業費は別紙「事業費の推移」に記載しています。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "mifune_jimu_hyoka_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 門川町 (宮崎県東臼杵郡): 第2期門川町まち・ひと・しごと創生推進計画 KPIの実績（令和6年度）
# --------------------------------------------------------------------------------------------

# Real (localgovs.net kadogawa/projects/1595; ja-wiki mirror; yamagokochi.jp; zck.or.jp): the plan's name and
# its five 基本目標, 120.40km², 16,520人 (2024-12-01), 門川金鱧 (400g以上1kg以下, 4日間以上蓄養), 乙島 (周囲約4km,
# 高さ80m), 枇榔島 and the カンムリウミスズメ. Made up: the page, 担当, every KPI, figure, grade and note.
KD_TABLES = [
    (
        "基本目標２　しごとをつくり安心して働ける仕組みづくり",
        [
            ("①門川金鱧の取扱量", "kg", ["3,200", "3,850", "4,120", "4,480", "4,500", "△"]),
            ("②創業・事業承継の支援件数", "件", ["1", "1", "2", "2", "累計5（R2～R6）", "○"]),
            ("③新規漁業就業者数", "人", ["2", "1", "3", "2", "3", "×"]),
        ],
    ),
    (
        "基本目標３　新しいひとの流れづくり",
        [
            (
                "①乙島キャンプ場の利用者数",
                "人",
                ["1,420", "1,650", "1,790", "1,860（うち県外1,120）", "1,800", "○"],
            ),
            (
                "②ふるさと納税寄附額",
                "千円",
                ["182,400", "245,300", "268,900", "301,250", "250,000", "○"],
            ),
        ],
    ),
]


def kadogawa_html() -> str:
    parts = []
    for heading, rows in KD_TABLES:
        trs = []
        for name, unit, cells in rows:
            tds = "".join(f'<td class="{"c" if c in "○△×" else "num"}">{c}</td>' for c in cells)
            trs.append(f'<tr><th scope="row">{name}</th><td class="c">{unit}</td>{tds}</tr>')
        body = "\n".join(trs)
        parts.append(
            f"""<h2>{heading}</h2>
<table>
<thead>
<tr><th rowspan="2">KPI</th><th rowspan="2">単位</th><th rowspan="2">基準値<br>（R元）</th><th colspan="3">実績値</th><th rowspan="2">目標値<br>（R6）</th><th rowspan="2">評価</th></tr>
<tr><th>R4</th><th>R5</th><th>R6</th></tr>
</thead>
<tbody>
{body}
</tbody>
</table>"""
        )
    tables = "\n".join(parts)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>第2期門川町まち・ひと・しごと創生推進計画 KPIの実績（令和6年度） - 門川町</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
th[scope="row"] {{ text-align: left; background: #f2f2f2; font-weight: normal; }}
td.num {{ text-align: right; }}
td.c {{ text-align: center; }}
</style>
</head>
<body>
<ol class="breadcrumb"><li><a href="/">トップページ</a></li><li><a href="/chosei/">町政情報</a></li><li><a href="/chosei/keikaku/">計画・行政改革</a></li><li>地方創生の取組</li></ol>
<h1>第2期門川町まち・ひと・しごと創生推進計画　KPIの実績（令和6年度）</h1>
<p class="date">更新日：2025年9月12日　担当：総合政策課</p>
<p>門川町は宮崎県の北部、延岡市と日向市の間に位置し、東は日向灘に面する面積120.40km²、人口16,520人（2024年12月1日推計）の町です。400g以上1kg以下の鱧を4日間以上蓄養した「門川金鱧」が知られ、門川湾には周囲約4km・高さ80mの無人島「乙島」、沖合にはカンムリウミスズメが繁殖する枇榔島があります。</p>
<p>地域再生計画「第2期門川町まち・ひと・しごと創生推進計画」に掲げた重要業績評価指標（KPI）のうち、基本目標2・3について令和6年度までの実績をお知らせします。</p>
<p>評価：○ 目標達成　△ 目標値の8割以上　× 目標値の8割未満</p>
{tables}
<p>※基本目標2の②は、目標値が計画期間（R2～R6）の累計、実績値は各年度の件数です。R2～R6の累計は6件（R2：0件、R3：1件、R4：1件、R5：2件、R6：2件）となり、目標を達成しました。</p>
<p>※基本目標3の①の（　）内は、利用者のうち県外からの利用者数です。</p>
</body>
</html>
"""


def kadogawa() -> Path:
    path = HERE / "kadogawa_kpi_jisseki_r6.html"
    path.write_bytes(kadogawa_html().encode("utf-8"))
    return path


# --------------------------------------------------------------------------------------------
# 中種子町 (鹿児島県熊毛郡): 第6次中種子町長期振興計画 前期基本計画 主要指標の進捗状況（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (mykoho.jp 広報なかたね 令和5年8月号 施政方針; japanlocal.net; expydoc 5943323 施政方針 H27): the 長期振興計画
# and its 第6次 前期基本計画 (令和5年度 its 3rd year), the 将来像, さとうきび and でんぷん原料用さつまいも, the
# ゼロカーボンシティ aim (2050年), 137.18km², 7,538人. Made up: the period's end, the 課, 基本目標, every indicator,
# figure and note.
NT_ROWS = [
    (
        "①さとうきび生産量",
        ["62,400", "58,900", "55,300", "５１，８００", "63,000", "65,000"],
        "製糖期（12月～翌4月）の生産量を年度に計上",
    ),
    (
        "②でんぷん原料用さつまいも出荷量",
        ["9,850", "8,120", "7,460", "6,930", "9,000", "9,500"],
        "基腐病の影響（R3～）",
    ),
    ("③観光入込客数", ["98,000", "61,200", "78,500", "96,400", "95,000", "100,000"], ""),
    ("④町内購買率", ["58.2", "―", "55.9", "―", "60.0", "62.0"], "3年ごとの消費者購買動向調査"),
    ("⑤社会増減数（転入－転出）", ["△42", "△35", "△21", "△18", "±0", "＋10"], ""),
]


def nakatane() -> Path:
    wb, ws = _sheet("主要指標", [32, 11, 10, 10, 10, 11, 11, 28])
    _text(
        ws,
        1,
        1,
        "第6次中種子町長期振興計画　前期基本計画　主要指標の進捗状況（令和５年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 8, "令和6年9月　中種子町企画課", align="right")
    r = _fields(
        ws,
        4,
        [
            ("計画の名称", "第6次中種子町長期振興計画（前期基本計画）"),
            ("将来像", "“よいらーいき”でつなぐ人の和と豊かな自然が織りなす“躍動なかたね”"),
            ("計画期間", "前期基本計画　令和3年度～令和7年度（5年間）"),
            ("担当課", "企画課"),
            (
                "町の概要",
                "種子島の中央部に位置し、総面積は137.18km²、人口は7,538人。基幹作物はさとうきびとでんぷん原料用さつまいもで、"
                "2050年までに二酸化炭素排出量を実質ゼロにする「ゼロカーボンシティ」の実現に取り組んでいる。",
            ),
        ],
        8,
        tall=("町の概要",),
    )
    _text(ws, r + 1, 1, "■基本目標１　産業と交流で活力あるまち", bold=True, size=11)
    _text(ws, r + 2, 1, "（単位）①・②：t　③：人　④：％　⑤：人", size=9)
    h = r + 3
    _head2(
        ws,
        h,
        [(1, "指標"), (2, "現状値\n（R元）"), (8, "備考")],
        [(3, 5, "実績値", ["R3", "R4", "R5"]), (6, 7, "目標値", ["中間（R5）", "最終（R7）"])],
    )
    r = h + 2
    for name, vals, note in NT_ROWS:
        _put(ws, r, 1, name)
        _vals(ws, r, 2, vals)
        _put(ws, r, 8, note, size=8)
        ws.row_dimensions[r].height = 24
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※実績値は各年度（4月～翌年3月）の数値です。④は令和4年度に調査を実施しました。",
            "※⑤の△は転出超過を表します。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "nakatane_shuyo_shihyo_r5.xlsx"
    _save(wb, path)
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (nagasu, mifune, nakatane):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {kadogawa().name}")


if __name__ == "__main__":
    main()
