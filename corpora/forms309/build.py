"""Build the documents of forms309/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/sakuragawa_seika_shihyo_r5.xlsx``, a 総合計画 施策評価シート in the manner of 桜川市 (茨城県):
  form fields (施策名, 主管課, 計画期間, a 施策の現状 paragraph with population figures) over a
  成果指標 grid **folded into two halves side by side** (No.1-3 on the left, No.4-5 and an empty row
  on the right, the same header over both); ``千人`` with decimals, ``約`` values, a ``―（中止）``
  baseline and an ``以上`` target; and the PDF (portrait);
* ``shiraoka_seika_saishu_hyoka.html``, a 総合振興計画 成果指標の最終評価 page in the manner of 白岡市
  (埼玉県): a two-row ``<thead>`` whose target is headed ``目標値（平成33年度）`` while the actuals run
  ``平成29年度`` … ``令和3年度`` across the change of era, a ``中止`` cell and 評価 cells that hold a
  grade with its 達成率 (``B（88.8%）``);
* ``awara_kpi_jisseki_r5.xlsx``, a 地域再生計画 KPI実績報告書 in the manner of あわら市 (福井県), left as a
  workbook: form fields, a two-row header whose **year cells are numbers shown as ``2022年度`` by a
  number format** and whose baseline year stands in the lower row (``（2019年度）``), an actual
  ``31（うち県外19）`` holding an inner count, ``約720`` and ``－``;
* ``source/hiraya_kpi_kensho_r6.xlsx``, a 総合戦略 KPI検証シート in the manner of 平谷村 (長野県): **each
  KPI takes two rows, ``目標`` over ``実績``, with its name, its unit (``［単位：千人］`` on the name
  cell's second line) and its 達成状況 merged down over both**, year columns ``R2`` … ``R6``; and the
  PDF (landscape).

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
    wb.properties.creator = "forms309/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms309/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms309_soffice_") as tmp:
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
# 桜川市 (茨城県): 桜川市第2次総合計画 後期基本計画 施策評価シート（令和5年度実績）
# --------------------------------------------------------------------------------------------

# Real (city.sakuragawa.lg.jp): the plan's name, its 後期基本計画 period 令和4年度～令和8年度, the
# 将来像, 31 施策 with 成果指標, ヤマザクラ, 真壁の町並み, 雨引観音 and 桜川のサクラ (mykoho.jp), the
# population 48,400人 at the merger (2005) and 27,680人 forecast for 2040 (広報さくらがわ 2015年6月号).
# Made up: the sheet, 施策 4-3, 商工観光課, every indicator, figure and note.
SK_LEFT = [
    ("1", "観光入込客数", "千人", 412.6, 598.3, 671.9, 800.0),
    ("2", "真壁のひなまつり来場者数", "人", "―（中止）", "約78,000", "約96,000", 100000),
    ("3", "雨引観音・真壁地区の観光駐車場利用台数", "台", 38410, 45260, 49870, 55000),
]
SK_RIGHT = [
    ("4", "観光ボランティアガイドの案内件数", "件", 146, 188, 203, 220),
    ("5", "観光の振興に関する市民満足度", "％", 28.4, 31.0, 33.6, "35.0以上"),
]


def _sk_half(ws, c0: int, h: int, rows) -> None:
    _head2(
        ws,
        h,
        [
            (c0, "No."),
            (c0 + 1, "成果指標"),
            (c0 + 2, "単位"),
            (c0 + 3, "策定時\n（R2）"),
            (c0 + 6, "目標\n（R8）"),
        ],
        [(c0 + 4, c0 + 5, "実績値", ["R4", "R5"])],
    )
    for i in range(3):
        r = h + 2 + i
        if i < len(rows):
            no, name, unit, *vals = rows[i]
            _put(ws, r, c0, no, align="center")
            _put(ws, r, c0 + 1, name, size=8)
            _put(ws, r, c0 + 2, unit, align="center")
            for j, v in enumerate(vals):
                if isinstance(v, float):
                    _put(ws, r, c0 + 3 + j, v, fmt="#,##0.0")
                elif isinstance(v, int):
                    _put(ws, r, c0 + 3 + j, v)
                else:
                    _put(ws, r, c0 + 3 + j, v, align="right", size=8)
        else:
            for j in range(7):
                _put(ws, r, c0 + j, None)
        ws.row_dimensions[r].height = 30


def sakuragawa() -> Path:
    widths = [4, 17, 5, 8, 8, 8, 8, 1.5, 4, 17, 5, 8, 8, 8, 8]
    wb, ws = _sheet("施策評価シート", widths)
    _text(
        ws,
        1,
        1,
        "桜川市第2次総合計画 後期基本計画　施策評価シート（令和5年度実績）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 15, "令和6年8月　桜川市企画課", align="right")
    fields = [
        ("施策名", "4-3　観光の振興"),
        ("主管課", "商工観光課"),
        ("計画期間", "令和4年度～令和8年度（後期基本計画）"),
        (
            "施策の現状",
            (
                "国の名勝「桜川のサクラ」、真壁の町並み、雨引観音など、ヤマザクラと歴史・文化の資源に恵まれている。"
                "一方、人口は合併時（平成17年）の48,400人から減少を続け、2040年には27,680人まで減ると推計されており、"
                "交流人口の拡大が課題となっている。"
            ),
        ),
    ]
    r = 4
    for label, value in fields:
        _span(ws, r, 1, 2, label, header=True)
        _span(ws, r, 3, 15, value, align="left")
        ws.row_dimensions[r].height = 42 if label == "施策の現状" else 20
        r += 1
    _text(ws, 9, 1, "２　成果指標の状況", bold=True, size=11)
    _sk_half(ws, 1, 10, SK_LEFT)
    _sk_half(ws, 9, 10, SK_RIGHT)
    _notes(
        ws,
        16,
        [
            "※No.1は茨城県観光客動態調査（年度集計）による。No.2は真壁のひなまつり実行委員会の集計（概数）。",
            "※No.2の策定時（R2）は、新型コロナウイルス感染症の影響により開催を中止した。",
            "※No.5は市民意識調査（毎年度実施、回答者約1,000人）で「満足」「やや満足」と答えた人の割合。",
        ],
    )
    _text(ws, 20, 1, "３　施策の評価", bold=True, size=11)
    _para(
        ws,
        21,
        1,
        15,
        "評価：Ｂ（概ね順調）　入込客数はR2の落ち込みから回復しつつあるが、目標の達成には更なる誘客が必要である。",
        30,
        border=True,
    )
    _page(ws, "portrait")
    path = SOURCE / "sakuragawa_seika_shihyo_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 白岡市 (埼玉県): 第5次白岡市総合振興計画 後期基本計画 成果指標の最終評価 (HTML)
# --------------------------------------------------------------------------------------------

# Real (Wikipedia and its mirror, zenkan.jp, expydoc 資料1): the plan's name, its 後期基本計画 period
# 平成29～33年度, the 目標人口 52,000人 (平成33年), 24.92km², 市制施行 2012-10-01, 梨「白岡美人」, 柴山沼.
# Made up: the page, its date and 課, the 基本目標 wording, every indicator, figure, grade and note.
SH_ROWS = [
    (
        "1",
        "梨の出荷量",
        "t",
        "1,860",
        "1,902",
        "1,845",
        "1,790",
        "1,812",
        "1,776",
        "2,000",
        "B（88.8%）",
    ),
    (
        "2",
        "市内の事業所数",
        "事業所",
        "1,512",
        "1,530",
        "1,541",
        "1,548",
        "1,556",
        "1,563",
        "1,550",
        "A（100.8%）",
    ),
    (
        "3",
        "柴山沼周辺の観光イベント来場者数",
        "人",
        "12,400",
        "13,100",
        "13,650",
        "14,020",
        "中止",
        "8,450",
        "15,000",
        "C（56.3%）",
    ),
    (
        "4",
        "市民農園の利用区画数",
        "区画",
        "236",
        "240",
        "248",
        "252",
        "255",
        "258",
        "260",
        "B（99.2%）",
    ),
    ("5", "認定農業者数", "人", "62", "64", "65", "63", "66", "68", "70", "B（97.1%）"),
]


def shiraoka_html() -> str:
    rows = []
    for no, name, unit, *vals, grade in SH_ROWS:
        cells = "".join(f'<td class="num">{v}</td>' for v in vals)
        rows.append(
            f'<tr><td class="c">{no}</td><td>{name}</td><td class="c">{unit}</td>{cells}<td class="c">{grade}</td></tr>'
        )
    body = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>第5次白岡市総合振興計画 後期基本計画 成果指標の最終評価 - 白岡市</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
td.num {{ text-align: right; }}
td.c {{ text-align: center; }}
</style>
</head>
<body>
<p class="breadcrumb"><a href="/">ホーム</a> &gt; <a href="/shisei/">市政情報</a> &gt; <a href="/shisei/keikaku/">計画・行政評価</a> &gt; 総合振興計画</p>
<h1>第5次白岡市総合振興計画 後期基本計画　成果指標の最終評価</h1>
<p class="date">更新日：2022年9月30日　担当：政策調整課</p>
<p>白岡市は面積24.92km²、東京都心から約40kmに位置し、平成24年10月1日に市制を施行しました。後期基本計画（平成29年度～平成33年度）では平成33年の目標人口を52,000人とし、梨「白岡美人」や柴山沼など地域の資源を生かしたまちづくりを進めてきました。計画期間の終了にあたり、各施策の成果指標について最終評価を行いました。</p>
<p>※後期基本計画は改元前に策定したため、目標年度を策定時の表記のまま「平成33年度」としています（令和3年度に当たります）。</p>
<h2>基本目標2　活力とにぎわいのあるまち</h2>
<table>
<thead>
<tr><th rowspan="2">No.</th><th rowspan="2">成果指標</th><th rowspan="2">単位</th><th rowspan="2">現状値<br>（平成27年度）</th><th colspan="5">実績値</th><th rowspan="2">目標値<br>（平成33年度）</th><th rowspan="2">評価</th></tr>
<tr><th>平成29年度</th><th>平成30年度</th><th>令和元年度</th><th>令和2年度</th><th>令和3年度</th></tr>
</thead>
<tbody>
{body}
</tbody>
</table>
<p>評価　A：目標を達成（達成率100％以上）　B：達成率80％以上100％未満　C：達成率80％未満（括弧内は令和3年度実績の達成率）</p>
<p>※No.3の令和2年度は、新型コロナウイルス感染症の影響によりイベントを中止しました。</p>
<p>※No.1はJA南彩白岡地区の出荷実績（各年度の集計）です。</p>
<p><a href="/shisei/keikaku/">計画・行政評価の一覧へ戻る</a></p>
</body>
</html>
"""


def shiraoka() -> Path:
    path = HERE / "shiraoka_seika_saishu_hyoka.html"
    path.write_bytes(shiraoka_html().encode("utf-8"))
    return path


# --------------------------------------------------------------------------------------------
# あわら市 (福井県): あわら市まち・ひと・しごと創生推進計画 KPI実績報告書 (XLSX, the document itself)
# --------------------------------------------------------------------------------------------

# Real (furusato-funding.jp/projects/1854, a-aoyagi.com, dic.nicovideo.jp): the plan's name, the population
# 32,527人 (1996) and 27,271人 (2020-10-01), the 北陸新幹線芦原温泉駅 opening in 令和6年春, 116.98km²,
# あわら温泉 and 北潟湖. Made up: the report, its 課, period, every KPI, figure and note.
AW_ROWS = [
    ("①移住相談を経た移住者数", "人", 18, 25, 27, 30, "31（うち県外19）", 40),
    ("②あわら温泉の宿泊者数", "千人", 612, 650, 598, 700, "約720", 800),
    ("③芦原温泉駅周辺の歩行者通行量（休日1日当たり）", "人", 1840, 2000, 1905, 2200, "－", 3000),
    ("④北潟湖畔サイクリングロードの利用者数", "人", 3200, 3500, 3480, 3800, 4105, 4500),
]


def awara() -> Path:
    wb, ws = _sheet("KPI実績", [40, 7, 10, 9, 9, 9, 9, 11])
    _text(
        ws,
        1,
        1,
        "あわら市まち・ひと・しごと創生推進計画　重要業績評価指標（KPI）実績報告書",
        bold=True,
        size=13,
    )
    _text(ws, 2, 8, "令和6年6月　あわら市政策推進課", align="right")
    fields = [
        ("地域再生計画の名称", "あわら市まち・ひと・しごと創生推進計画"),
        ("計画期間", "令和3年4月1日～令和8年3月31日"),
        ("担当課", "政策推進課"),
        (
            "市の現状",
            (
                "本市の人口は1996年（平成8年）の32,527人をピークに減少し、2020年（令和2年）10月1日現在で27,271人となった。"
                "令和6年春の北陸新幹線芦原温泉駅開業を契機に、交流人口と移住者の増加を図る。"
            ),
        ),
    ]
    r = 4
    for label, value in fields:
        _put(ws, r, 1, label, header=True)
        _span(ws, r, 2, 8, value, align="left")
        ws.row_dimensions[r].height = 40 if label == "市の現状" else 20
        r += 1
    _text(ws, 9, 1, "■KPIの目標と実績", bold=True, size=11)
    h = 10
    for c, word in ((1, "KPI"), (2, "単位")):
        _put(ws, h, c, word, header=True)
        _put(ws, h + 1, c, None, header=True)
        _merge(ws, h, c, h + 1, c)
    _put(ws, h, 3, "基準値", header=True)
    _put(ws, h + 1, 3, "（2019年度）", header=True, size=8)
    for c1, year in ((4, 2022), (6, 2023)):
        cell = _span(ws, h, c1, c1 + 1, year, header=True)
        cell.number_format = '0"年度"'
        _put(ws, h + 1, c1, "目標", header=True)
        _put(ws, h + 1, c1 + 1, "実績", header=True)
    cell = _put(ws, h, 8, 2025, header=True)
    cell.number_format = '0"年度"'
    _put(ws, h + 1, 8, "最終目標", header=True)
    ws.row_dimensions[h].height = 20
    ws.row_dimensions[h + 1].height = 20
    r = h + 2
    for name, unit, *vals in AW_ROWS:
        _put(ws, r, 1, name)
        _put(ws, r, 2, unit, align="center")
        for j, v in enumerate(vals):
            _put(ws, r, 3 + j, v, align=None if isinstance(v, int) else "right")
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※①の（　）内は、移住者のうち県外からの移住者数（内数）です。",
            "※②は市内旅館・ホテルへの聞き取りによる概数です（2023年度は速報）。",
            "※③は2023年度、駅西口広場の整備工事のため調査を実施していません。",
        ],
    )
    _page(ws, "landscape")
    path = HERE / "awara_kpi_jisseki_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 平谷村 (長野県下伊那郡): 第2期平谷村まち・ひと・しごと創生総合戦略 KPI検証シート（令和6年度）
# --------------------------------------------------------------------------------------------

# Real (Wikipedia, weblio, kotobank): 77.37km², 367人 (推計人口 2025-04-01), the smallest population in
# 長野県, the 役場 at 920m, 森林 96.7%, 道の駅信州平谷, 信州平谷温泉ひまわりの湯, シイタケ. Made up: the
# strategy's name and period, 総務課, every KPI, figure, status and note.
HY_ROWS = [
    (
        "①道の駅信州平谷の来場者数",
        "千人",
        "285",
        ["290", "295", "300", "305", "310"],
        ["201", "224", "262", "288", "296"],
        "未達成",
    ),
    (
        "②信州平谷温泉ひまわりの湯の入館者数",
        "人",
        "64,300",
        ["65,000", "65,000", "66,000", "66,000", "67,000"],
        ["41,250", "47,800", "55,630", "60,120", "48,960※"],
        "未達成",
    ),
    (
        "③移住相談を経た移住者数",
        "人",
        "3",
        ["3", "3", "4", "4", "5"],
        ["2", "5", "4", "6", "5"],
        "達成",
    ),
    (
        "④シイタケの出荷量",
        "kg",
        "2,400",
        ["2,500", "2,500", "2,600", "2,600", "2,700"],
        ["2,310", "2,450", "－", "2,680", "2,720"],
        "達成",
    ),
]


def hiraya() -> Path:
    wb, ws = _sheet("KPI検証", [34, 10, 7, 9, 9, 9, 9, 9, 10])
    _text(
        ws,
        1,
        1,
        "第2期平谷村まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）検証シート（令和6年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 9, "令和7年6月　平谷村総務課", align="right")
    fields = [
        ("評価対象年度", "令和6年度（最終年度）"),
        ("計画期間", "令和2年度～令和6年度"),
        ("担当課", "総務課"),
        (
            "村の概況",
            (
                "面積77.37km²のうち森林が96.7%を占め、役場は標高920mに位置する。人口は367人（令和7年4月1日現在の推計人口）で、"
                "長野県内で最も人口の少ない自治体である。"
            ),
        ),
    ]
    r = 4
    for label, value in fields:
        _put(ws, r, 1, label, header=True)
        _span(ws, r, 2, 9, value, align="left")
        ws.row_dimensions[r].height = 30 if label == "村の概況" else 18
        r += 1
    _text(ws, 9, 1, "■重要業績評価指標（KPI）の検証", bold=True, size=11)
    h = 10
    heads = ["KPI", "基準値\n（R元）", "区分", "R2", "R3", "R4", "R5", "R6", "達成状況\n（R6）"]
    for c, word in enumerate(heads, start=1):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 26
    r = h + 1
    for name, unit, base, targets, actuals, status in HY_ROWS:
        _put(ws, r, 1, f"{name}\n［単位：{unit}］", valign="center")
        _put(ws, r + 1, 1, None)
        _merge(ws, r, 1, r + 1, 1)
        _put(ws, r, 2, base, align="right")
        _put(ws, r + 1, 2, None)
        _merge(ws, r, 2, r + 1, 2)
        _put(ws, r, 3, "目標", align="center", fill=LIGHT)
        _put(ws, r + 1, 3, "実績", align="center")
        for j, v in enumerate(targets):
            _put(ws, r, 4 + j, v, align="right", fill=LIGHT)
        for j, v in enumerate(actuals):
            _put(ws, r + 1, 4 + j, v, align="right")
        _put(ws, r, 9, status, align="center", bold=True)
        _put(ws, r + 1, 9, None)
        _merge(ws, r, 9, r + 1, 9)
        ws.row_dimensions[r].height = 17
        ws.row_dimensions[r + 1].height = 17
        r += 2
    _notes(
        ws,
        r + 1,
        [
            "※達成状況は、R6の実績がR6の目標に届いたものを「達成」としています。",
            "※②のR6（48,960※）は、ボイラー改修工事のため6月～8月の3か月間休館した年度の入館者数です。",
            "※④のR4は、出荷組合の集計方法の変更により数値を把握できませんでした。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "hiraya_kpi_kensho_r6.xlsx"
    _save(wb, path)
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (sakuragawa, hiraya):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {awara().name}")
    print(f"wrote {shiraoka().name}")


if __name__ == "__main__":
    main()
