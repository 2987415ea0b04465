"""Build the documents of forms373/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/tsumagoi_senryaku_kpi_r5.xlsx``, a 総合戦略 KPI進捗状況 in the manner of 嬬恋村 (群馬県):
  a two-row header with ``令和5年度`` spanning ``目標 | 実績`` between ``実績値 (R3 | R4)`` and
  ``最終目標（R6）``, units at the end of the KPI names (``キャベツ出荷量（万ケース）``), **a 備考 that makes
  one row's years calendar years and gives a case weight that is no value**, and **a ``前年度比`` column of
  arrows that is no status**; and the PDF (landscape);
* ``kaminokawa_suishin_kpi_r5.xlsx``, a 地域再生計画 KPI実績報告書 in the manner of 上三川町 (栃木県), a
  workbook left as it is: ``事業名`` merged down, **the baseline in two columns, ``数値 | 時点``, each row
  dated by its own 時点 cell (``2019年度``, ``2019年``, ``2020年3月末``)**, Western fiscal years, and **a 備考
  that makes one row's actuals and targets running totals**;
* ``oarai_koki_suuchi_mokuhyo_r2.html``, a 総合計画 後期基本計画 数値目標の達成状況 page in the manner of
  大洗町 (茨城県): breadcrumb, ``<h1>``, date line, a ``<thead>`` of two rows with **two target columns,
  ``当初（H31）`` and ``再設定（R2）``** after the plan's one-year extension, ``同左`` cells, ``万人`` in 単位,
  and a survey row whose R2 actual is ``―`` (so only the H31 target meets an actual);
* ``source/uenohara_mirai_kpi_r7.xlsx``, a 総合戦略 数値目標・KPI一覧 in the manner of 上野原市 (山梨県):
  ``区分`` (数値目標 / KPI) merged down, **a ``基準値（時点）`` column whose cells carry their own dates
  (``58.3（R6.3）``)**, ``中間目標（R9） | 目標値（R11）``, ``累計40``, ``未設定`` and a range target ``15～20``,
  under a prose paragraph of survey counts; and the PDF (portrait).

The PDF steps are skipped, with a message, when ``soffice`` is not installed.
These are re-typed forms of other municipalities, not their own files (README.md, SOURCES.tsv).

The XLSX and HTML files are byte-stable: fixed document dates, and the zip members are
rewritten with a fixed timestamp. The PDFs carry LibreOffice's creation date, so they differ
by that only.
"""
# ruff: noqa: E501, B905

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
    wb.properties.creator = "forms373/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms373/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms373_soffice_") as tmp:
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


def _field(ws, row, key, value, c2, height=18):
    """A form field: a shaded key cell in column 1-2, the value merged over 3..c2."""
    _span(ws, row, 1, 2, key, header=True)
    _span(ws, row, 3, c2, value, valign="center")
    ws.row_dimensions[row].height = height


# --------------------------------------------------------------------------------------------
# 嬬恋村 (群馬県吾妻郡): 第2期嬬恋村まち・ひと・しごと創生総合戦略 KPI進捗状況（令和5年度）
# --------------------------------------------------------------------------------------------

# Real: 337.51km², 山林7割近く, 標高700m～1,800m, 昭和35年の15,214人, キャベツ作付約3,400ha, 年間約2,300万ケース,
# 未来創造課. Assumed: the strategy's name and period. Made up: every KPI, figure, arrow and remark.
TG_ROWS = [
    (
        "①",
        "キャベツ出荷量（万ケース）",
        2250,
        2190,
        2310,
        2300,
        2280,
        2300,
        "↘",
        "1ケース＝10kg換算。暦年（1月～12月）の出荷実績",
    ),
    ("②", "新規就農者数（人）", 8, 9, 7, 10, 11, 10, "↗", "親元就農を含む"),
    ("③", "観光入込客数（千人）", 2041.5, 1320.4, 1688.0, 2000.0, 1902.3, 2100.0, "↗", ""),
    ("④", "移住相談件数（件）", 24, 41, 56, 60, 58, 70, "↗", "オンライン相談を含む"),
    (
        "⑤",
        "子育て支援に満足している村民の割合（％）",
        52.4,
        "―",
        "―",
        60.0,
        57.9,
        60.0,
        "－",
        "村民アンケート（H30・R5実施）",
    ),
]


def tsumagoi() -> Path:
    wb, ws = _sheet("KPI進捗", [5, 34, 10, 9, 9, 9, 9, 10, 8, 30])
    _text(
        ws,
        1,
        1,
        "第2期嬬恋村まち・ひと・しごと創生総合戦略　重要業績評価指標（ＫＰＩ）進捗状況（令和５年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 10, "令和6年9月　嬬恋村 未来創造課", align="right")
    _field(ws, 3, "戦略の名称", "第2期嬬恋村まち・ひと・しごと創生総合戦略", 10)
    _field(ws, 4, "計画期間", "令和2年度～令和6年度（5年間）", 10)
    _field(ws, 5, "担当課", "未来創造課", 10)
    _field(
        ws,
        6,
        "村の概要",
        "本村は群馬県の西北端に位置し、面積337.51km²のうち7割近くを山林が占め、居住地は標高700mから1,800mの間に広がっています。"
        "人口は昭和35年の15,214人をピークに減少が続いています。夏秋キャベツの作付面積は約3,400haに及び、"
        "年間約2,300万ケースを出荷する日本一の産地です。",
        10,
        height=44,
    )
    _text(ws, 8, 1, "■重要業績評価指標（KPI）の進捗状況", bold=True, size=11)
    h = 9
    _head2(
        ws,
        h,
        [
            (1, "No."),
            (2, "ＫＰＩ"),
            (3, "基準値\n（H30）"),
            (8, "最終目標\n（R6）"),
            (9, "前年度比"),
            (10, "備考"),
        ],
        [(4, 5, "実績値", ["R3", "R4"]), (6, 7, "令和5年度", ["目標", "実績"])],
    )
    r = h + 2
    for no, name, *vals, arrow, note in TG_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _vals(ws, r, 3, vals)
        _put(ws, r, 9, arrow, align="center", size=11)
        _put(ws, r, 10, note, size=8)
        ws.row_dimensions[r].height = 28
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※前年度比は、令和5年度実績と令和4年度実績を比べたものです（↗：増加　→：横ばい　↘：減少　－：比較できない）。目標の達成状況を示すものではありません。",
            "※⑤は村民アンケートによる数値です。R3・R4はアンケートを実施していません。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "tsumagoi_senryaku_kpi_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 上三川町 (栃木県河内郡): 上三川町まち・ひと・しごと創生推進計画 KPI実績報告書（令和5年度）, a workbook
# --------------------------------------------------------------------------------------------

# Real: the plan's name and the 現状 figures (2010年 31,621人, 2040年 25,500人程度, 83%, 35%), かんぴょう.
# Made up: the period, 総合政策課, the 事業, every KPI, figure and remark.
KM_ROWS = [
    (
        "子育て世代定住促進事業",
        "①",
        "転入子育て世帯数",
        "世帯",
        42,
        "2019年度",
        45,
        96,
        144,
        150,
        250,
        "実績値・目標値とも2021年度からの累計",
    ),
    (
        "子育て世代定住促進事業",
        "②",
        "合計特殊出生率",
        "",
        1.38,
        "2019年",
        1.35,
        1.31,
        1.29,
        1.40,
        1.45,
        "",
    ),
    (
        "地域産業活性化事業",
        "③",
        "かみのかわブランド認定品数（かんぴょう加工品等）",
        "品",
        12,
        "2020年3月末",
        14,
        17,
        19,
        20,
        25,
        "各年度末の認定品数",
    ),
    (
        "地域産業活性化事業",
        "④",
        "ふるさと納税寄附額",
        "千円",
        85430,
        "2019年度",
        120560,
        156880,
        201340,
        130000,
        150000,
        "",
    ),
    (
        "健康長寿のまちづくり事業",
        "⑤",
        "特定健康診査受診率",
        "％",
        38.6,
        "2019年度",
        35.2,
        39.8,
        41.5,
        50.0,
        60.0,
        "法定報告値",
    ),
]


def kaminokawa() -> Path:
    wb, ws = _sheet("KPI実績", [18, 5, 30, 7, 10, 11, 10, 10, 10, 10, 10, 26])
    _text(
        ws,
        1,
        1,
        "上三川町まち・ひと・しごと創生推進計画　重要業績評価指標（KPI）実績報告書（令和5年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 12, "令和6年7月　上三川町 総合政策課", align="right")
    _field(ws, 3, "地域再生計画の名称", "上三川町まち・ひと・しごと創生推進計画", 12)
    _field(ws, 4, "計画期間", "2021年4月1日～2026年3月31日", 12)
    _field(ws, 5, "担当課", "総合政策課", 12)
    _field(
        ws,
        6,
        "地域の現状",
        "本町の人口は2010年の31,621人をピークに緩やかな減少が続いており、2040年には25,500人程度になるという推計もある。"
        "2015年から2040年までの75歳以上人口の増加率は83%と、全国平均の35%を大きく上回る見込みである。",
        12,
        height=36,
    )
    _text(ws, 8, 1, "２　重要業績評価指標（KPI）の実績", bold=True, size=11)
    h = 9
    _head2(
        ws,
        h,
        [(1, "事業名"), (2, "No."), (3, "重要業績評価指標（KPI）"), (4, "単位"), (12, "備考")],
        [
            (5, 6, "基準値", ["数値", "時点"]),
            (7, 9, "実績値", ["2021年度", "2022年度", "2023年度"]),
            (10, 11, "目標値", ["2023年度", "2025年度"]),
        ],
    )
    r = h + 2
    start = {}
    for prog, no, name, unit, base, when, *vals, note in KM_ROWS:
        start.setdefault(prog, r)
        _put(ws, r, 1, prog, valign="center")
        _put(ws, r, 2, no, align="center")
        _put(ws, r, 3, name)
        _put(ws, r, 4, unit, align="center")
        _vals(ws, r, 5, [base], {0: "0.00" if isinstance(base, float) and base < 10 else None})
        _put(ws, r, 6, when, align="center")
        fmts = {j: "0.00" for j in range(5)} if unit == "" else None
        _vals(ws, r, 7, vals, fmts)
        _put(ws, r, 12, note, size=8)
        ws.row_dimensions[r].height = 28
        r += 1
    for prog, first in start.items():
        last = first + sum(1 for row in KM_ROWS if row[0] == prog) - 1
        if last > first:
            _merge(ws, first, 1, last, 1)
    _notes(ws, r + 1, ["※合計特殊出生率は栃木県保健統計年報による。"])
    _page(ws, "landscape")
    path = HERE / "kaminokawa_suishin_kpi_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 大洗町 (茨城県東茨城郡): 第5次大洗町総合計画 後期基本計画 数値目標の達成状況（令和2年度）
# --------------------------------------------------------------------------------------------

# Real: the plan, its 将来都市像, 基本構想 H22～R2 (11年間, extended by one year), 後期基本計画 H27～R2 (6年間),
# 57施策, the re-set 数値目標, 23.89km², 東京から約100km. Made up: the page, 課, every target, figure and note.
OA_ROWS = [
    (
        "2-3",
        "水産業の振興",
        "しらすの水揚量",
        "t",
        "1,020",
        "860",
        "910",
        "1,050",
        "1,100",
        "1,000",
        "達成",
    ),
    (
        "3-1",
        "観光の振興",
        "観光入込客数",
        "万人",
        "376",
        "412",
        "431",
        "198",
        "450",
        "同左",
        "未達成",
    ),
    (
        "4-2",
        "子育て支援の充実",
        "合計特殊出生率",
        "―",
        "1.28",
        "1.31",
        "1.25",
        "1.30",
        "1.50",
        "1.40",
        "未達成",
    ),
    (
        "5-1",
        "防災体制の充実",
        "自主防災組織の組織率",
        "％",
        "62.5",
        "78.0",
        "80.4",
        "83.1",
        "85.0",
        "同左",
        "未達成",
    ),
    (
        "6-2",
        "協働のまちづくり",
        "「住み続けたい」と思う町民の割合",
        "％",
        "68.2",
        "―",
        "71.5",
        "―",
        "75.0",
        "同左",
        "―",
    ),
]

OA_HEAD = """<thead>
<tr><th rowspan="2">施策</th><th rowspan="2">数値目標</th><th rowspan="2">単位</th><th rowspan="2">基準値<br>（H25）</th><th colspan="3">実績値</th><th colspan="2">目標値</th><th rowspan="2">達成状況<br>（R2）</th></tr>
<tr><th>H30</th><th>R元</th><th>R2</th><th>当初<br>（H31）</th><th>再設定<br>（R2）</th></tr>
</thead>"""


def oarai_html() -> str:
    body = "\n".join(
        f'<tr><th class="l">{no}　{prog}</th><td>{name}</td><td class="c">{unit}</td>'
        + "".join(f'<td class="num">{v}</td>' for v in vals)
        + f'<td class="c">{status}</td></tr>'
        for no, prog, name, unit, *vals, status in OA_ROWS
    )
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>第5次大洗町総合計画後期基本計画 数値目標の達成状況（令和2年度） - 大洗町</title>
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
<nav class="breadcrumb"><a href="/">トップページ</a> &gt; <a href="/chouseijouhou/">町政情報</a> &gt; <a href="/chouseijouhou/keikaku/">計画</a> &gt; <a href="/chouseijouhou/keikaku/sougoukeikaku/">総合計画</a> &gt; 数値目標の達成状況</nav>
<h1>第5次大洗町総合計画後期基本計画　数値目標の達成状況（令和2年度）</h1>
<p class="date">掲載日：2021年10月8日　担当：まちづくり推進課</p>
<p>第5次大洗町総合計画は、将来都市像「人が輝き 海が育む ふれあいのまち大洗」の実現に向けて、平成22年度にスタートしました。基本構想の計画期間は平成22年度から令和2年度までの11年間、後期基本計画（57施策）は平成27年度から令和2年度までの6年間です。次期総合計画の計画期間を町長任期と合わせるため、計画期間を1年間延長し、延長に伴って数値目標を再設定しました。</p>
<p>本町は茨城県の太平洋岸のほぼ中央、東京から約100kmに位置し、東西2.5km、南北9.0km、面積23.89km²の細長い町です。このページでは、後期基本計画の最終年度である令和2年度の実績をお知らせします。</p>
<h2>後期基本計画の主な数値目標</h2>
<table>
{OA_HEAD}
<tbody>
{body}
</tbody>
</table>
<p>※「同左」は、再設定の際に当初の目標値を据え置いたものです。</p>
<p>※観光入込客数の令和2年度の減少は、新型コロナウイルス感染症の影響によるものです。</p>
<p>※町民意識調査は隔年（奇数年度）に実施しているため、平成30年度と令和2年度は調査を行っていません。</p>
<p>お問い合わせ：まちづくり推進課 企画係</p>
</body>
</html>
"""


def oarai() -> Path:
    path = HERE / "oarai_koki_suuchi_mokuhyo_r2.html"
    path.write_bytes(oarai_html().encode("utf-8"))
    return path


# --------------------------------------------------------------------------------------------
# 上野原市 (山梨県): 上野原市みらい戦略2025-2030 数値目標・重要業績評価指標（KPI）一覧
# --------------------------------------------------------------------------------------------

# Real: the strategy's name and period (令和7年度～令和11年度), the 市民アンケート (1,500票, 638票, 42.5%),
# 全6回, 18団体, the 2005 merger, 上野原駅・四方津駅. Made up: 企画課, every indicator, figure and remark.
UE_ROWS = [
    (
        "数値目標",
        "1",
        "転入者数",
        "人",
        "812（R5年度）",
        "850",
        "900",
        "住民基本台帳による年度の転入者数",
    ),
    (
        "ＫＰＩ",
        "1",
        "企業誘致・創業支援による新規雇用者数",
        "人",
        "―",
        "累計40",
        "累計100",
        "R7年度からの累計（新規指標）",
    ),
    (
        "ＫＰＩ",
        "2",
        "「これからも上野原市に住み続けたい」と思う市民の割合",
        "％",
        "58.3（R6.3）",
        "未設定",
        "65.0",
        "市民アンケート（策定時と最終年度に実施）",
    ),
    (
        "ＫＰＩ",
        "3",
        "市内2駅（上野原駅・四方津駅）の1日平均乗車人員",
        "人",
        "4,120（R5年度）",
        "4,200",
        "4,300",
        "",
    ),
    ("ＫＰＩ", "4", "空き家バンクの成約件数", "件", "11（R5年度）", "12", "15～20", "各年度の件数"),
]


def uenohara() -> Path:
    wb, ws = _sheet("KPI一覧", [10, 5, 34, 6, 15, 11, 11, 24])
    _text(
        ws,
        1,
        1,
        "上野原市みらい戦略2025-2030　数値目標・重要業績評価指標（KPI）一覧",
        bold=True,
        size=13,
    )
    _text(ws, 2, 8, "令和7年3月　上野原市", align="right")
    _field(ws, 3, "戦略の名称", "上野原市みらい戦略2025-2030", 8)
    _field(ws, 4, "計画期間", "令和7年度～令和11年度（5年間）", 8)
    _field(ws, 5, "担当課", "企画課", 8)
    _field(
        ws,
        6,
        "策定の経過",
        "平成17年2月13日に上野原町と秋山村が合併して誕生した本市は、第2期上野原市まち・ひと・しごと創生総合戦略の計画期間満了に伴い、"
        "本戦略を策定しました。策定にあたっては、令和6年3月から18歳以上70歳未満の市民を対象に市民アンケート調査を実施し"
        "（配布1,500票、回収638票、回収率42.5%）、うえのはら未来会議（市民ワークショップ全6回）や18団体へのヒアリングの意見を反映しました。",
        8,
        height=66,
    )
    _text(ws, 8, 1, "２　数値目標及び重要業績評価指標（KPI）", bold=True, size=11)
    h = 9
    for c, word in enumerate(
        [
            "区分",
            "No.",
            "指標",
            "単位",
            "基準値（時点）",
            "中間目標\n（R9）",
            "目標値\n（R11）",
            "備考",
        ],
        start=1,
    ):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 30
    r = h + 1
    for kind, no, name, unit, base, mid, goal, note in UE_ROWS:
        _put(ws, r, 1, kind, align="center")
        _put(ws, r, 2, no, align="center")
        _put(ws, r, 3, name)
        _put(ws, r, 4, unit, align="center")
        for c, v in zip((5, 6, 7), (base, mid, goal)):
            _put(ws, r, c, v, align="center" if v in ("―", "未設定") else "right")
        _put(ws, r, 8, note, size=8)
        ws.row_dimensions[r].height = 30
        r += 1
    _merge(ws, h + 2, 1, r - 1, 1)
    _notes(
        ws,
        r + 1,
        [
            "※基準値の（　）内は、その数値の時点です。",
            "※中間目標を設けない指標は「未設定」と表示しています。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "uenohara_mirai_kpi_r7.xlsx"
    _save(wb, path)
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (tsumagoi, uenohara):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {kaminokawa().name}")
    print(f"wrote {oarai().name}")


if __name__ == "__main__":
    main()
