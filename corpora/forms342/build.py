"""Build the documents of forms342/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/mizumaki_kpi_saishu_kensho_r1.xlsx``, a KPI最終検証シート of the first 総合戦略 in the manner of
  水巻町 (福岡県): form fields over a grid whose ``区分`` cells are printed vertically (``数値目標`` over one
  row, ``ＫＰＩ`` merged over three), a last actual column headed ``H31・R元``, a goal target written
  ``70％→80％`` and a ``判定`` column; and the PDF;
* ``kawara_kpi_shinchoku_r5.xlsx``, a KPI進捗管理表 in the manner of 香春町 (福岡県), a workbook left as it
  is: baseline cells that carry their own year (``2（R元）``, ``48,600（H30）``) under a bare ``基準値``,
  one target cell ``各年度 3`` merged over the R5 and R6 target columns, one row of actuals stored as text in
  full-width digits, ``千円`` in 単位;
* ``omachi_kpi_jokyo_r6.html``, a KPI page in the manner of 大町町 (佐賀県): ``△`` values and a ``±0``
  target, a ``―`` baseline and a ``colspan`` cell of words over two actual columns, a target ``4（維持）``,
  a 達成状況 column;
* ``source/higashisonogi_seika_shihyo_h30.xlsx``, a 総合計画 成果指標の状況 in the manner of 東彼杵町 (長崎県):
  a rank indicator (単位 ``位``) with an actual ``1（2連覇）``, a ``―`` intermediate target, ``百万円`` in
  単位, a bracket in a name that is no unit; and the PDF.

The PDF steps are skipped, with a message, when ``soffice`` is not installed.
These are re-typed forms of other municipalities, not their own files (README.md, SOURCES.tsv).

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
FIXED = dt.datetime(2026, 12, 6, 0, 0, 0)


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms342/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms342/build.py"
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
                    rb"\g<1>2026-12-06T00:00:00Z\g<2>",
                    data,
                )
            info = zipfile.ZipInfo(name, date_time=(2026, 12, 6, 0, 0, 0))
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
    with tempfile.TemporaryDirectory(prefix="forms342_soffice_") as tmp:
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
# 水巻町 (福岡県遠賀郡): 総合戦略（第1期） KPI最終検証シート
# --------------------------------------------------------------------------------------------

# Real (town.mizumaki.lg.jp 広報みずまき2020年5月10日号; expydoc 総合戦略【概要版】; Wikipedia): the strategy,
# its period 2015～2019, its catchphrase, 政策目標1 and its 目標 (70% → 80%), the KPI names and targets
# (2園, 0人, 70%), 2060年 14,797人, 11.03km², 29,014人 (2014年10月1日), the 企画係. Made up: the 課 name,
# the sheet, every baseline and actual, the 判定 and the notes.
MZ_ROWS = [
    (
        "",
        "子育て環境に満足する人の割合",
        "％",
        70.0,
        [71.2, 72.8, "―", 74.6],
        "70％→80％",
        "未達成",
    ),
    ("①", "施設整備（認定こども園移行）実施数", "園", 0, [0, 1, 2, 2], 2, "達成"),
    ("②", "放課後児童クラブ待機児童数", "人", 14, [9, 6, 0, 0], 0, "達成"),
    ("③", "子育て環境の安心・安全への満足度", "％", 61.8, [63.5, 65.0, "―", 68.4], 70.0, "未達成"),
]


def _vertical(ws, r1, r2, col, word) -> None:
    """A shaded cell merged down r1..r2 whose word is printed vertically (one character a line)."""
    cell = _put(ws, r1, col, word, header=True)
    cell.alignment = Alignment(horizontal="center", vertical="center", text_rotation=255)
    for r in range(r1 + 1, r2 + 1):
        _put(ws, r, col, None, header=True)
    if r2 > r1:
        _merge(ws, r1, col, r2, col)


def mizumaki() -> Path:
    wb, ws = _sheet("KPI最終検証", [5, 4, 30, 5, 9, 7, 7, 7, 8, 11, 7])
    _text(
        ws, 1, 1, "水巻町まち・ひと・しごと創生総合戦略　ＫＰＩ最終検証シート", bold=True, size=13
    )
    _text(ws, 2, 1, "（計画期間終了時の検証）", size=10)
    _text(ws, 3, 11, "令和２年６月　水巻町 企画課 企画係", size=9, align="right")
    fields = [
        ("戦略の名称", "水巻町まち・ひと・しごと創生総合戦略（第1期）"),
        ("キャッチフレーズ", "この狭さがちょうどいい　～それ5分でできるよ～"),
        ("計画期間", "2015（平成27）年度～2019（令和元）年度（5年間）"),
        ("担当課", "企画課"),
    ]
    r = 5
    for key, value in fields:
        _span(ws, r, 1, 3, key, header=True)
        _span(ws, r, 4, 11, value)
        ws.row_dimensions[r].height = 18
        r += 1
    _span(ws, r, 1, 3, "町の現状", header=True)
    _para(
        ws,
        r,
        4,
        11,
        "本町は面積11.03km²のコンパクトな町で、北九州市のベッドタウンとして発展してきましたが、人口は2000年をピークに"
        "減少に転じ、29,014人（2014年10月1日推計人口）となっています。国立社会保障・人口問題研究所の推計（2015年時点）"
        "では、2060年の人口は14,797人と、約50%減少するとされています。",
        48,
        border=True,
    )
    r += 2
    _text(ws, r, 1, "政策目標１　教育環境・子育て支援の充実", bold=True, size=11)
    h = r + 1
    _head2(
        ws,
        h,
        [
            (1, "区分"),
            (2, "No."),
            (3, "指標"),
            (4, "単位"),
            (5, "基準値（H26）"),
            (10, "目標値（H31）"),
            (11, "判定"),
        ],
        [(6, 9, "実績値", ["H28", "H29", "H30", "H31・R元"])],
    )
    r = h + 2
    for i, (no, name, unit, base, acts, target, mark) in enumerate(MZ_ROWS):
        _put(ws, r, 2, no, align="center")
        _put(ws, r, 3, name)
        _put(ws, r, 4, unit, align="center")
        _vals(ws, r, 5, [base, *acts, target])
        _put(ws, r, 11, mark, align="center")
        ws.row_dimensions[r].height = 62 if i == 0 else 26
        r += 1
    _vertical(ws, h + 2, h + 2, 1, "数値目標")
    _vertical(ws, h + 3, h + 5, 1, "ＫＰＩ")
    _notes(
        ws,
        r + 1,
        [
            "※「H31・R元」欄は、平成31年度（令和元年度）の実績です。",
            "※ H30年度は町民意識調査を実施していないため、満足度の実績は「―」としています。",
            "※ 判定は、目標値（H31）と H31・R元 の実績を比べたものです（達成：目標値以上）。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "mizumaki_kpi_saishu_kensho_r1.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 香春町 (福岡県田川郡): 第2期総合戦略 KPI進捗管理表（令和５年度実績）, a workbook left as it is
# --------------------------------------------------------------------------------------------

# Real (town.kawara.fukuoka.jp; furusato-funding.jp/projects/2448): the strategy's name, 策定 令和2年2月20日,
# 基本目標1's wording, 15,245人 (1985年), 10,861人 (2015年), 5,553人 (2045年), 47人 (2018年度), 香春岳.
# Made up: the period's end, the 課, every KPI, figure and note.
KW_ROWS = [
    (
        1,
        "町内での新規創業件数",
        "件",
        "2（R元）",
        [1, 3, 2, 4],
        None,
        "R5は商工会の創業塾修了者2人を含む",
    ),
    (2, "企業誘致による新規雇用者数", "人", "0（R元）", ["５", "１２", "８", "２１"], (20, 25), ""),
    (
        3,
        "ふるさと納税寄附額",
        "千円",
        "48,600（H30）",
        [52300, 61450, 75020, 80115],
        (80000, 85000),
        "返礼品数 R5末 186品目",
    ),
    (
        4,
        "香春岳周辺の観光入込客数",
        "人",
        "38,500（H30）",
        [12400, 18900, 27300, 35600],
        (40000, 42000),
        "R2・R3は新型コロナウイルス感染症の影響",
    ),
]


def kawara() -> Path:
    wb, ws = _sheet("KPI進捗", [5, 30, 6, 13, 9, 9, 9, 9, 9, 11, 30])
    _text(
        ws,
        1,
        1,
        "第2期香春町まち・ひと・しごと創生総合戦略　KPI進捗管理表（令和５年度実績）",
        bold=True,
        size=13,
    )
    fields = [
        ("戦略の名称", "第2期香春町まち・ひと・しごと創生総合戦略（令和2年2月20日策定）"),
        ("計画期間", "令和2年度～令和6年度（5年間）"),
        ("担当課", "企画財政課"),
        ("作成日", "令和6年8月30日"),
    ]
    r = 3
    for key, value in fields:
        _span(ws, r, 1, 2, key, header=True)
        _span(ws, r, 3, 11, value)
        r += 1
    _span(ws, r, 1, 2, "町の現状", header=True)
    _para(
        ws,
        r,
        3,
        11,
        "本町の人口は1985年の15,245人を最後のピークに減少を続け、2015年の国勢調査では10,861人となりました。"
        "国立社会保障・人口問題研究所の推計では2045年に5,553人まで減少する見込みです。2018年度の出生数は47人と"
        "過去最少でした。",
        36,
        border=True,
    )
    r += 2
    _text(ws, r, 1, "■基本目標１　やりがいのある「しごと」をつくる", bold=True, size=11)
    h = r + 1
    _head2(
        ws,
        h,
        [(1, "No."), (2, "重要業績評価指標（KPI）"), (3, "単位"), (4, "基準値"), (11, "備考")],
        [
            (5, 8, "実績値", ["R2年度", "R3年度", "R4年度", "R5年度"]),
            (9, 10, "目標値", ["R5年度", "R6年度（最終）"]),
        ],
    )
    r = h + 2
    for no, name, unit, base, acts, targets, note in KW_ROWS:
        _put(ws, r, 1, no, align="center", fmt="0")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _put(ws, r, 4, base, align="right")
        for col, v in zip(range(5, 9), acts):
            _put(ws, r, col, v, align="right")
        if targets is None:
            _span(ws, r, 9, 10, "各年度 3", align="center")
        else:
            _vals(ws, r, 9, list(targets))
        _put(ws, r, 11, note)
        ws.row_dimensions[r].height = 24
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※ 基準値の欄の（　）は、基準値の年度です。",
            "※ 寄附額は各年度の受入額（千円）です。",
        ],
    )
    _page(ws, "landscape")
    path = HERE / "kawara_kpi_shinchoku_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 大町町 (佐賀県杵島郡): 総合戦略 KPIの状況（令和６年度）, an HTML page
# --------------------------------------------------------------------------------------------

# Real (Wikipedia; chifo.life; saga-s.co.jp): 11.50km², the smallest town of 佐賀県, 杵島炭鉱 (1909年から
# 60年間), over 2万人 then, 5,905人 (2025年1月1日), 町制 1936年, たろめん (revived in 2010). Made up: the
# strategy's wording, the 課, every KPI, figure and note.
OM_ROWS = [
    ("転入者数", "人", "212", ["198", "205", "221"], "230", "未達成"),
    ("社会増減数（転入－転出）", "人", "△41", ["△35", "△28", "△19"], "±0", "未達成"),
    ("移住相談窓口を通じた移住世帯数", "世帯", "―", None, "6", "未達成"),
    ("空き家バンク成約件数", "件", "2", ["4", "3", "6"], "5", "達成"),
    ("たろめん提供店舗数", "店", "4", ["4", "4", "5"], "4（維持）", "達成"),
]


def omachi_html() -> str:
    rows = []
    for name, unit, base, acts, target, mark in OM_ROWS:
        if acts is None:
            cells = (
                '<td colspan="2" class="c">窓口開設前（令和6年4月開設）</td><td class="num">5</td>'
            )
        else:
            cells = "".join(f'<td class="num">{v}</td>' for v in acts)
        rows.append(
            f'<tr><th scope="row" class="l">{name}</th><td class="c">{unit}</td><td class="num">{base}</td>'
            f'{cells}<td class="num">{target}</td><td class="c">{mark}</td></tr>'
        )
    body = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>大町町まち・ひと・しごと創生総合戦略 KPIの状況（令和6年度） - 大町町</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
th.l {{ text-align: left; background: #f2f2f2; font-weight: normal; }}
td.num {{ text-align: right; }}
td.c {{ text-align: center; }}
</style>
</head>
<body>
<nav class="breadcrumb"><ol>
<li><a href="/">トップページ</a></li>
<li><a href="/chosei/">町政情報</a></li>
<li><a href="/chosei/keikaku/">計画・施策</a></li>
<li>総合戦略 KPIの状況（令和6年度）</li>
</ol></nav>
<h1>大町町まち・ひと・しごと創生総合戦略　KPIの状況（令和6年度）</h1>
<p class="date">更新日：2025年8月29日　担当：企画政策課</p>
<p>大町町は面積11.50km²と佐賀県で最も小さな町です。1909年から約60年間操業した杵島炭鉱の町として栄え、最盛期には人口が2万人を超えていましたが、現在は5,905人（2025年1月1日推計人口）となっています。1936年の町制施行から90年近くが経ち、2010年に町民有志が復活させたご当地グルメ「たろめん」など、町の魅力を生かした取組を進めています。</p>
<p>総合戦略に掲げた基本目標2の重要業績評価指標（KPI）について、令和6年度の実績と達成状況をお知らせします。</p>
<h2>基本目標２　大町町への新しいひとの流れをつくる</h2>
<table>
<thead>
<tr><th rowspan="2">KPI</th><th rowspan="2">単位</th><th rowspan="2">基準値<br>（R元）</th><th colspan="3">実績値</th><th rowspan="2">目標値<br>（R6）</th><th rowspan="2">達成状況</th></tr>
<tr><th>R4年度</th><th>R5年度</th><th>R6年度</th></tr>
</thead>
<tbody>
{body}
</tbody>
</table>
<p>※「△」はマイナス（転出超過）を表します。</p>
<p>※移住相談窓口は令和6年4月に役場内に開設したため、令和4年度・令和5年度の実績はありません。</p>
<p>※達成状況は、目標値（R6）と令和6年度の実績を比べたものです。</p>
</body>
</html>
"""


def omachi() -> Path:
    path = HERE / "omachi_kpi_jokyo_r6.html"
    path.write_bytes(omachi_html().encode("utf-8"))
    return path


# --------------------------------------------------------------------------------------------
# 東彼杵町 (長崎県東彼杵郡): 第5次総合計画 後期基本計画 成果指標の状況（平成３０年度）
# --------------------------------------------------------------------------------------------

# Real (町勢要覧2015 on expydoc; sonogi.jp 町長あいさつ; Wikipedia; zck.or.jp): 第5次東彼杵町総合計画 and its
# 将来像 「小さくても、誇りを持って輝くまち」, 74.29km², the 昭和34年5月 merger of 彼杵町 and 千綿村, そのぎ茶
# (about 6割 of the prefecture's 荒茶), the 第72回全国茶品評会 蒸し製玉緑茶の部 2連覇, 千綿駅, 道の駅 彼杵の荘.
# Made up: the 後期基本計画's period, the 施策, the 課, every figure (but the 2連覇) and note.
HS_ROWS = [
    (
        1,
        "そのぎ茶の荒茶生産量",
        "t",
        [560, 548, 571, 590, 602, 600, 620],
        "県内の荒茶生産量の約6割",
    ),
    (
        2,
        "全国茶品評会（蒸し製玉緑茶の部）の産地賞順位",
        "位",
        [3, 2, 3, 1, "1（2連覇）", 1, 1],
        "第71回・第72回で1位",
    ),
    (
        3,
        "茶園の担い手への集積率",
        "％",
        [42.0, 44.5, 47.1, 49.8, 51.2, "―", 60.0],
        "中間目標は設定していない",
    ),
    (4, "千綿駅の乗降客数（1日平均）", "人", [118, 125, 160, 214, 236, 200, 250], ""),
    (
        5,
        "道の駅「彼杵の荘」の年間売上額",
        "百万円",
        [412, 405, 431, 448, 467, 460, 480],
        "H30.10から一部改装",
    ),
]


def higashisonogi() -> Path:
    wb, ws = _sheet("成果指標", [5, 38, 7, 11, 8, 8, 8, 11, 9, 11, 26])
    _text(
        ws,
        1,
        1,
        "第5次東彼杵町総合計画 後期基本計画　成果指標の状況（平成３０年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 11, "令和元年8月　東彼杵町 農林水産課", size=9, align="right")
    fields = [
        ("計画の名称", "第5次東彼杵町総合計画　将来像「小さくても、誇りを持って輝くまち」"),
        ("計画期間", "後期基本計画　平成28年度～令和2年度（5年間）"),
        ("施策", "2-1　そのぎ茶を核とした農業の振興"),
        ("主管課", "農林水産課"),
    ]
    r = 4
    for key, value in fields:
        _span(ws, r, 1, 2, key, header=True)
        _span(ws, r, 3, 11, value)
        r += 1
    _span(ws, r, 1, 2, "町の概要", header=True)
    _para(
        ws,
        r,
        3,
        11,
        "本町は昭和34年5月に彼杵町と千綿村が合併して誕生した、面積74.29km²の大村湾に面した町です。そのぎ茶は長崎県の"
        "荒茶生産量の約6割を占め、平成30年の第72回全国茶品評会（蒸し製玉緑茶の部）では2年連続の日本一となりました。",
        34,
        border=True,
    )
    r += 2
    _text(ws, r, 1, "２　成果指標の状況", bold=True, size=11)
    h = r + 1
    _head2(
        ws,
        h,
        [(1, "No."), (2, "成果指標"), (3, "単位"), (4, "基準値（H26）"), (11, "備考")],
        [
            (5, 8, "実績値", ["H27", "H28", "H29", "H30"]),
            (9, 10, "目標値", ["H30", "R2（最終）"]),
        ],
    )
    r = h + 2
    for no, name, unit, vals, note in HS_ROWS:
        _put(ws, r, 1, no, align="center", fmt="0")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, vals)
        _put(ws, r, 11, note)
        ws.row_dimensions[r].height = 24
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※ 全国茶品評会は毎年8月に開催され、順位は各年度に開催された品評会の産地賞の順位です。",
            "※ 目標値（H30）は後期基本計画の中間目標です。No.3は中間目標を設定していないため「―」としています。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "higashisonogi_seika_shihyo_h30.xlsx"
    _save(wb, path)
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (mizumaki, higashisonogi):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {kawara().name}")
    print(f"wrote {omachi().name}")


if __name__ == "__main__":
    main()
