"""Build the documents of forms340/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/shikabe_kpi_kensho_r5.xlsx``, a 総合戦略 KPI効果検証シート in the manner of 鹿部町 (北海道渡島):
  form fields over a grid where **each KPI takes two rows, ``目標`` and ``実績`` in a ``区分`` column**, with
  No., name, unit and ``基準値（R元）`` merged down over both rows and the years ``R2`` … ``R6`` across; **an R5
  actual ``41,260※`` that a note says covers April to December only**; and the PDF;
* ``embetsu_seika_shihyo_r6.xlsx`` (a workbook left as it is), 第6期遠別町総合計画 成果指標 in the manner of
  遠別町 (北海道留萌): a two-row header ``策定時（H26年度） | 実績値 (R4年度 | R5年度 | R6年度) | 目標値（H37年度）``,
  **the target year written in 平成 past the end of 平成 (H37 = R7), as the plan itself is dated**, 施策 cells
  merged down, ``千人`` with decimals, **a value cell with words after it, ``102.3（過去最高）``** and a ``―``;
* ``rishirifuji_kpi_jisseki_r6.html``, a KPI page in the manner of 利尻富士町 (北海道宗谷): a two-row
  ``<thead>`` with Western fiscal years over ``目標 | 実績``, **a ``基準値`` column without a year whose cells
  carry their own era year on a second line (``412<br>（H30）``, ``142.5<br>（R元）``, ``1<br>（R2）``)**,
  ``千人``, a ``（速報値）`` prefix and a ``―`` actual;
* ``source/rusutsu_seika_shihyo_r6.xlsx``, a 第6次総合計画 成果指標 sheet in the manner of 留寿都村
  (北海道後志): a ``中間目標（R7）`` and a ``目標値（R12）``, **targets written ``1,850程度``**, and a 達成度
  column of ◎ ○ △ read through a legend line; and the PDF.

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
FONT = "IPAexGothic"
FIXED = dt.datetime(2026, 12, 6, 0, 0, 0)


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms340/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms340/build.py"
    ws = wb.active
    ws.title = title
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    return wb, ws


def _put(ws, row, col, value, header=False, fmt=None, align=None, size=9, bold=False, fill=None):
    """A bordered cell. Numbers stay numbers, with a number format."""
    cell = ws.cell(row=row, column=col, value=None if value == "" else value)
    cell.border = BORDER
    cell.font = Font(name=FONT, size=size, bold=bold)
    if header:
        cell.fill = SHADE
        cell.alignment = Alignment(horizontal=align or "center", vertical="center", wrap_text=True)
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        cell.alignment = Alignment(horizontal=align or "right", vertical="center")
        cell.number_format = fmt or ("#,##0" if isinstance(value, int) else "#,##0.0")
    else:
        cell.alignment = Alignment(horizontal=align or "left", vertical="center", wrap_text=True)
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


def _field(ws, row, c_last, label, value, height=18):
    """A form field: a shaded label in column A, the value merged over B..c_last."""
    _put(ws, row, 1, label, header=True)
    cell = _span(ws, row, 2, c_last, value)
    cell.alignment = Alignment(horizontal="left", vertical="top", wrap_text=True)
    ws.row_dimensions[row].height = height


def _page(ws, orientation: str) -> None:
    ws.page_setup.orientation = orientation
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.6


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
    with tempfile.TemporaryDirectory(prefix="forms340_soffice_") as tmp:
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
# 鹿部町 (北海道茅部郡): 第2期総合戦略 KPI効果検証シート（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (SOURCES.tsv): 110.63km², 3,592人 (2023年10月31日), 内浦湾, 30か所以上の源泉, the 間歇泉 (about every
# 10 minutes, about 100℃, about 15m), たらこ from スケソウダラ. Made up: the strategy's name and period, the 課,
# every KPI, figure and note.
SK_ROWS = [
    # No., name, unit, baseline, targets R2..R6, actuals R2..R6 ("" = blank)
    (
        "1",
        "鹿部漁港の水産物取扱高",
        "百万円",
        1850,
        [1900, 1950, 2000, 2050, 2100],
        [1712, 1804, 2013, 1968, ""],
    ),
    (
        "2",
        "たらこ製品の町外出荷量",
        "t",
        2410,
        [2450, 2500, 2550, 2600, 2650],
        [2380, 2466, 2521, 2612, ""],
    ),
    (
        "3",
        "しかべ間歇泉公園の入場者数",
        "人",
        58420,
        [40000, 50000, 55000, 60000, 62000],
        [21530, 33870, 48920, "41,260※", ""],
    ),
    (
        "4",
        "町内温泉宿泊施設の宿泊者数",
        "人泊",
        24300,
        [18000, 22000, 24000, 25000, 26000],
        [12640, 16980, 22150, 25310, ""],
    ),
]


def shikabe() -> Path:
    wb, ws = _sheet("KPI効果検証", [6, 30, 8, 11, 6, 9, 9, 9, 9, 9])
    last = 10
    _text(
        ws,
        1,
        1,
        "第2期鹿部町まち・ひと・しごと創生総合戦略　KPI効果検証シート（令和５年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, last, "令和6年8月　鹿部町 企画課", align="right")
    _field(ws, 4, last, "戦略名", "第2期鹿部町まち・ひと・しごと創生総合戦略")
    _field(ws, 5, last, "計画期間", "令和2年度～令和6年度（5年間）")
    _field(ws, 6, last, "担当課", "企画課")
    _field(
        ws,
        7,
        last,
        "町の現状",
        "鹿部町は渡島半島の東部、内浦湾（噴火湾）に面した漁業の町で、面積は110.63km²、人口は3,592人（2023年10月31日）である。"
        "町内には30か所以上の源泉があり、しかべ間歇泉は約10分ごとに約100℃の温泉を高さ約15mまで噴き上げる。"
        "冬に獲れるスケソウダラを原料とするたらこは、町を代表する特産品である。",
        height=58,
    )
    _text(ws, 9, 1, "■基本目標１　海と温泉の恵みを活かし、しごとをつくる", bold=True, size=10)
    h = 10
    for c, word in enumerate(
        ["No.", "KPI", "単位", "基準値（R元）", "区分", "R2", "R3", "R4", "R5", "R6"], start=1
    ):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 22
    r = h + 1
    for no, name, unit, base, targets, actuals in SK_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _put(ws, r, 4, base)
        for c in (1, 2, 3, 4):
            _put(ws, r + 1, c, None)
            _merge(ws, r, c, r + 1, c)
        _put(ws, r, 5, "目標", align="center", fill=LIGHT)
        _put(ws, r + 1, 5, "実績", align="center")
        for c, v in zip(range(6, 11), targets):
            _put(ws, r, c, v, fill=LIGHT)
        for c, v in zip(range(6, 11), actuals):
            _put(ws, r + 1, c, v, align="right")
        ws.row_dimensions[r].height = 17
        ws.row_dimensions[r + 1].height = 17
        r += 2
    r += 1
    for line in [
        "※ 目標・実績は、いずれも各年度（4月～翌年3月）の単年度の数値です。R6の実績は令和7年度に検証します。",
        "※ R5のしかべ間歇泉公園の入場者数（41,260※）は令和5年4月～12月の9か月分です。令和6年1月～3月は設備改修工事のため休園しました。",
        "※ 水産物取扱高は鹿部漁業協同組合の取扱高です。",
    ]:
        _text(ws, r, 1, line, size=8)
        r += 1
    _page(ws, "portrait")
    path = SOURCE / "shikabe_kpi_kensho_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 遠別町 (北海道天塩郡): 第6期遠別町総合計画 成果指標の進捗状況（令和6年度）, a workbook
# --------------------------------------------------------------------------------------------

# Real (SOURCES.tsv): 第6期遠別町総合計画, 平成28年度～平成37年度, 基本テーマ, 基本目標1's words, もち米,
# 道の駅えんべつ「富士見」, 金浦原生花園 (エゾカンゾウ, 6月～7月), 2,521人, 591km², 約88%の森林. Made up: the 課,
# the 施策 names, every indicator, figure and note.
EB_GROUPS = [
    (
        "(1) 農業の振興",
        [
            ("1", "もち米の作付面積", "ha", 1412, 1365, 1388, 1402, 1450),
            ("2", "新規就農者数", "人", 2, 1, 3, 2, 3),
            ("3", "ほうれんそうの出荷量", "t", 96.5, 88.2, 91.4, "102.3（過去最高）", 100.0),
        ],
    ),
    (
        "(2) 観光・交流の振興",
        [
            ("4", "道の駅えんべつ「富士見」の入込客数", "千人", 48.2, 41.7, 45.9, 47.3, 55.0),
            ("5", "金浦原生花園の来訪者数", "人", 6200, 4850, "―", 5930, 7000),
        ],
    ),
]


def embetsu() -> Path:
    wb, ws = _sheet("成果指標", [18, 6, 34, 7, 13, 10, 10, 18, 13])
    last = 9
    _text(ws, 1, 1, "第6期遠別町総合計画　成果指標の進捗状況（令和6年度）", bold=True, size=13)
    _text(ws, 2, last, "令和7年6月　遠別町 企画課", align="right")
    _field(ws, 4, last, "計画の名称", "第6期遠別町総合計画")
    _field(
        ws,
        5,
        last,
        "計画期間",
        "平成28年度～平成37年度（10年間）　※計画策定時の表記のまま。平成37年度は令和7年度にあたります。",
    )
    _field(ws, 6, last, "基本テーマ", "人のつながりから生まれる 笑顔のまちづくり")
    _field(ws, 7, last, "担当課", "企画課")
    _field(
        ws,
        8,
        last,
        "町の概要",
        "遠別町は日本海に面した日本最北の水稲地帯で、良質なもち米を生産しています。人口は2,521人、面積は591km²で、"
        "町の面積の約88%を森林が占めています。道の駅えんべつ「富士見」と、6月～7月にエゾカンゾウが咲く金浦原生花園が主な観光地です。",
        height=44,
    )
    _text(ws, 10, 1, "１　時代を拓く、えんべつの経済", bold=True, size=10)
    h = 11
    for c, word in [
        (1, "施策"),
        (2, "No."),
        (3, "成果指標"),
        (4, "単位"),
        (5, "策定時\n（H26年度）"),
        (9, "目標値\n（H37年度）"),
    ]:
        _put(ws, h, c, word, header=True)
        _put(ws, h + 1, c, None, header=True)
        _merge(ws, h, c, h + 1, c)
    _span(ws, h, 6, 8, "実績値", header=True)
    for j, w in enumerate(["R4年度", "R5年度", "R6年度"]):
        _put(ws, h + 1, 6 + j, w, header=True)
    ws.row_dimensions[h].height = 18
    ws.row_dimensions[h + 1].height = 18
    r = h + 2
    for measure, rows in EB_GROUPS:
        first = r
        for no, name, unit, *vals in rows:
            _put(ws, r, 2, no, align="center")
            _put(ws, r, 3, name)
            _put(ws, r, 4, unit, align="center")
            for j, v in enumerate(vals):
                _put(ws, r, 5 + j, v, align="center" if v == "―" else "right")
            ws.row_dimensions[r].height = 18
            r += 1
        _put(ws, first, 1, measure, align="left")
        for rr in range(first + 1, r):
            _put(ws, rr, 1, None)
        _merge(ws, first, 1, r - 1, 1)
    r += 1
    for line in [
        "※ 策定時の値は平成26年度の実績です。目標値は計画策定時（平成28年3月）に設定した計画最終年度の値です。",
        "※ 金浦原生花園の来訪者数は、令和5年度は木道の改修工事のため集計していません。",
        "※ 道の駅えんべつ「富士見」の入込客数は、レジ通過者数から推計しています。",
    ]:
        _text(ws, r, 1, line, size=8)
        r += 1
    _page(ws, "landscape")
    path = HERE / "embetsu_seika_shihyo_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 利尻富士町 (北海道利尻郡): 総合戦略 KPIの実績, an HTML page
# --------------------------------------------------------------------------------------------

# Real (SOURCES.tsv): 利尻島の東部, 105.62km², 2,187人 (2024年9月30日, 住民基本台帳), 利尻山 1,721m, the
# 七つの宝「山・森・水・花・海・湯・路」, 利尻昆布 and ウニ, 鴛泊 and 鬼脇. Made up: the strategy's name and period,
# the 係, every KPI, figure and note.
RF_ROWS = [
    # name, unit, baseline cell, R5 target, R5 actual, R6 target, R6 actual, final target
    ("利尻昆布の生産量", "t", "412<br>（H30）", "400", "338", "405", "351", "420"),
    (
        "ウニ（キタムラサキウニ・エゾバフンウニ）の漁獲量",
        "t",
        "38.6<br>（H30）",
        "39.0",
        "35.2",
        "39.5",
        "41.8",
        "40.0",
    ),
    (
        "観光入込客数",
        "千人",
        "142.5<br>（R元）",
        "110.0",
        "118.6",
        "125.0",
        "（速報値）134.2",
        "145.0",
    ),
    ("町内での新規起業・事業承継の件数", "件", "1<br>（R2）", "2", "2", "2", "1", "2"),
    ("利尻山の登山者数", "人", "9,870<br>（R元）", "8,000", "8,412", "8,500", "―", "10,000"),
]

RF_HEAD = """<thead>
<tr><th rowspan="2">KPI</th><th rowspan="2">単位</th><th rowspan="2">基準値</th><th colspan="2">2023年度（R5）</th><th colspan="2">2024年度（R6）</th><th rowspan="2">最終目標<br>2025年度（R7）</th></tr>
<tr><th>目標</th><th>実績</th><th>目標</th><th>実績</th></tr>
</thead>"""


def rishirifuji_html() -> str:
    rows = []
    for name, unit, *vals in RF_ROWS:
        cells = "".join(f'<td class="num">{v}</td>' for v in vals)
        rows.append(f'<tr><td>{name}</td><td class="c">{unit}</td>{cells}</tr>')
    body = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>総合戦略の重要業績評価指標（KPI）の実績 - 利尻富士町</title>
<style>
body {{ font-family: "IPAexGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
td.num {{ text-align: right; }}
td.c {{ text-align: center; }}
</style>
</head>
<body>
<p class="breadcrumb"><a href="/">ホーム</a> &gt; <a href="/gyosei/">町政情報</a> &gt; <a href="/gyosei/keikaku/">計画・施策</a> &gt; 総合戦略のKPIの実績</p>
<h1>利尻富士町まち・ひと・しごと創生総合戦略（第2期）　重要業績評価指標（KPI）の実績</h1>
<p>更新日：2025年7月18日　担当：総務課企画係</p>
<p>利尻富士町は利尻島の東部に位置し、面積105.62km²、人口2,187人（2024年9月30日現在、住民基本台帳）の町です。標高1,721mの利尻山をはじめとする「山・森・水・花・海・湯・路」の七つの宝を活かし、利尻昆布とウニを中心とする水産業と観光を基幹産業としています。第2期総合戦略（令和3年度～令和7年度）の基本目標1に掲げたKPIについて、令和6年度までの実績をお知らせします。</p>
<p>基準値の欄には、KPIごとに基準とした年度を括弧書きで記載しています。</p>
<h2>基本目標1　島の資源を活かした産業と雇用をつくる</h2>
<table>
{RF_HEAD}
<tbody>
{body}
</tbody>
</table>
<p>※観光入込客数の2024年度実績は速報値です。確定値は北海道観光入込客数調査の公表後に更新します。</p>
<p>※利尻山の登山者数は、登山口（鴛泊コース・鬼脇コース）に設置したカウンターで計測しています。2024年度はカウンターの故障により計測できませんでした。</p>
</body>
</html>
"""


def rishirifuji() -> Path:
    path = HERE / "rishirifuji_kpi_jisseki_r6.html"
    path.write_bytes(rishirifuji_html().encode("utf-8"))
    return path


# --------------------------------------------------------------------------------------------
# 留寿都村 (北海道虻田郡): 第6次留寿都村総合計画 成果指標の進捗状況（令和6年度）
# --------------------------------------------------------------------------------------------

# Real (SOURCES.tsv): 第6次留寿都村総合計画, 令和3年度～令和12年度, the 第5次 plan's 平成23年度～令和2年度,
# 119.84km², 1,896人 (2024年11月30日, 住民基本台帳), 標高約300mから400m, 羊蹄山, 馬鈴しょ・アスパラガス・大根,
# ルスツリゾート, 農業と観光の2大産業. Made up: the 課, every indicator, figure, mark and note.
RS_ROWS = [
    # No., name, unit, 策定時, R3, R4, R5, R6, 中間目標, 目標値, 達成度
    (
        "1",
        "住民基本台帳人口（各年度末）",
        "人",
        1933,
        1902,
        1889,
        1897,
        1884,
        "1,850程度",
        "1,800程度",
        "◎",
    ),
    ("2", "馬鈴しょの作付面積", "ha", 612, 598, 605, 590, 584, 620, 620, "△"),
    ("3", "観光入込客数", "千人", 1462.3, 602.8, 998.4, 1325.7, 1481.0, 1500.0, 1600.0, "○"),
    ("4", "移住・定住に関する相談件数", "件", 18, 22, 27, 31, 35, 30, 40, "◎"),
]


def rusutsu() -> Path:
    wb, ws = _sheet("成果指標", [10, 30, 7, 11, 9, 9, 9, 9, 14, 14, 9])
    last = 11
    _text(ws, 1, 1, "第6次留寿都村総合計画　成果指標の進捗状況（令和６年度）", bold=True, size=13)
    _text(ws, 2, last, "令和7年9月　留寿都村 企画課", align="right")
    _field(ws, 4, last, "計画の名称", "第6次留寿都村総合計画")
    _field(
        ws,
        5,
        last,
        "計画期間",
        "令和3年度～令和12年度（10年間）　※第5次計画は平成23年度～令和2年度",
    )
    _field(ws, 6, last, "担当課", "企画課")
    _field(
        ws,
        7,
        last,
        "村の概要",
        "留寿都村は羊蹄山の南東、市街地の標高が約300mから400mの高原に位置し、面積は119.84km²、人口は1,896人（2024年11月30日、住民基本台帳）です。"
        "馬鈴しょ・アスパラガス・大根などの農業と、通年型のルスツリゾートを中心とする観光が村の2大産業です。",
        height=32,
    )
    _text(ws, 9, 1, "２　成果指標の進捗状況", bold=True, size=10)
    _text(
        ws,
        10,
        1,
        "達成度　◎：中間目標（R7）に到達　○：策定時より改善したが中間目標に未到達　△：策定時を下回る",
        size=8,
    )
    h = 11
    singles = [
        (1, "No."),
        (2, "成果指標"),
        (3, "単位"),
        (4, "策定時\n（R元）"),
        (9, "中間目標\n（R7）"),
        (10, "目標値\n（R12）"),
        (11, "達成度"),
    ]
    for c, word in singles:
        _put(ws, h, c, word, header=True)
        _put(ws, h + 1, c, None, header=True)
        _merge(ws, h, c, h + 1, c)
    _span(ws, h, 5, 8, "実績値", header=True)
    for j, w in enumerate(["R3", "R4", "R5", "R6"]):
        _put(ws, h + 1, 5 + j, w, header=True)
    ws.row_dimensions[h].height = 18
    ws.row_dimensions[h + 1].height = 18
    r = h + 2
    for no, name, unit, *vals in RS_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate(vals):
            _put(ws, r, 4 + j, v, align="center" if j == 7 else "right")
        ws.row_dimensions[r].height = 20
        r += 1
    r += 1
    for line in [
        "※ 観光入込客数は北海道観光入込客数調査（年度）によります。R3・R4は新型コロナウイルス感染症の影響を受けています。",
        "※ 人口の目標は、第6次総合計画の人口推計（社人研推計準拠）を踏まえ「程度」としています。",
    ]:
        _text(ws, r, 1, line, size=8)
        r += 1
    _page(ws, "landscape")
    path = SOURCE / "rusutsu_seika_shihyo_r6.xlsx"
    _save(wb, path)
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (shikabe, rusutsu):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {embetsu().name}")
    print(f"wrote {rishirifuji().name}")


if __name__ == "__main__":
    main()
