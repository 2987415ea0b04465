"""Build the documents of forms308/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/pippu_kpi_kensho_r6.xlsx``, a 地域再生計画 KPI効果検証シート in the manner of
  比布町 (北海道): form fields, a grid with a ``ウェイト（％）`` column of weights (no values)
  and a unit key ``※各KPIの単位`` above the grid (no 単位 column); and its PDF (A4 landscape);
* ``source/asakawa_seika_shihyo_r6.xlsx``, a 振興計画 成果指標の進捗 in the manner of
  浅川町 (福島県): a baseline cell carrying its own year (``66.0（R元）`` under
  ``基準値（R2）``), a value with words (``2,012（過去最高）``), ``千人``; its PDF (A4 portrait);
* ``shinshinotsu_kaso_tassei_r5.xlsx``, a 過疎計画 達成状況 workbook in the manner of 新篠津村
  (北海道), left as a workbook: a shaded ``（記入例）`` row kept at the top of the grid and actuals
  typed as full-width text (``１５２．３``);
* ``yamagata_hatten2025_kpi_r5.html``, a 発展計画 KPI page in the manner of 山形市 (山形県):
  a baseline headed ``基準値（H31/R1）``, one target cell shared by two rows (``rowspan``)
  and a survey note inside a name cell.

The PDF steps are skipped, with a message, when ``soffice`` is not installed. These are re-typed
forms, not the municipalities' own files (README.md, SOURCES.tsv). XLSX and HTML are byte-stable
(fixed document dates, zip members rewritten with a fixed timestamp).
"""

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
EXAMPLE = PatternFill("solid", fgColor="EDEDED")
FONT = "IPAexGothic"
FIXED = dt.datetime(2026, 12, 5, 0, 0, 0)


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms308/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms308/build.py"
    ws = wb.active
    ws.title = title
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    return wb, ws


def _put(ws, row, col, value, header=False, fmt=None, align=None, size=9, bold=False, fill=None):
    """A bordered cell. Numbers stay numbers, with a number format."""
    cell = ws.cell(row=row, column=col, value=None if value == "" else value)
    cell.border = BORDER
    cell.font = Font(name=FONT, size=size, bold=bold, italic=fill is EXAMPLE)
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
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            ws.cell(row=r, column=c).border = BORDER
    ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)


def _span(ws, row, c1, c2, value, header=False, **kw):
    cell = _put(ws, row, c1, value, header=header, **kw)
    for c in range(c1 + 1, c2 + 1):
        _put(ws, row, c, None, header=header)
    if c2 > c1:
        _merge(ws, row, c1, row, c2)
    return cell


def _text(ws, row, col, value, bold=False, size=9, align=None):
    cell = ws.cell(row=row, column=col, value=value)
    cell.font = Font(name=FONT, size=size, bold=bold)
    cell.alignment = Alignment(horizontal=align or "left", vertical="center")
    return cell


def _fields(ws, r: int, last: int, fields, tall: str, wide: bool = False) -> int:
    """Bordered form fields; ``wide`` puts each label over columns A and B."""
    for label, value in fields:
        _put(ws, r, 1, label, header=True)
        first = 2
        if wide:
            _put(ws, r, 2, None, header=True)
            _merge(ws, r, 1, r, 2)
            first = 3
        _span(ws, r, first, last, value, align="left")
        ws.row_dimensions[r].height = 44 if label == tall else 18
        r += 1
    return r


def _head2(ws, h: int, singles, groups) -> None:
    """Two header rows: ``singles`` (col, word) merged down, ``groups`` (c1, c2, word, lower)."""
    for c, word in singles:
        _put(ws, h, c, word, header=True)
        _put(ws, h + 1, c, None, header=True)
        _merge(ws, h, c, h + 1, c)
    for c1, c2, word, lower in groups:
        _span(ws, h, c1, c2, word, header=True)
        for j, w in enumerate(lower):
            _put(ws, h + 1, c1 + j, w, header=True)
    ws.row_dimensions[h].height = 20
    ws.row_dimensions[h + 1].height = 20


def _notes(ws, row: int, lines: list[str]) -> None:
    for i, line in enumerate(lines):
        _text(ws, row + i, 1, line, size=8)


def _page(ws, orientation: str) -> None:
    ws.page_setup.orientation = orientation
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.5


def _save(wb, path: Path) -> None:
    """Save, then rewrite the zip with fixed member dates (byte-stable output)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    with zipfile.ZipFile(path) as zin:
        members = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in members:
            if name == "docProps/core.xml":
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
    pdf = xlsx.with_suffix(".pdf").name
    if soffice is None:
        print(f"soffice not found: {pdf} not rebuilt (the XLSX was written)")
        return
    with tempfile.TemporaryDirectory(prefix="forms308_soffice_") as tmp:
        cmd = [soffice, f"-env:UserInstallation=file://{tmp}/profile", "--headless"]
        cmd += ["--convert-to", "pdf", "--outdir", tmp, str(xlsx)]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.copyfile(Path(tmp) / pdf, HERE / pdf)
    print(f"wrote {pdf}")


# ------------------------------------------------------------------------------------------
# 比布町 (北海道): 地域再生計画 KPI効果検証シート（令和6年度）
# Real: the plan's name, 8,516人 (S30), 3,621人 (R2.11末), 1,835人 and 53.4% (R27, 社人研準拠),
# いちご・丸さやインゲン・千本葱 as 重点品目. Made up: 課, period, every KPI, weight and figure.
# ------------------------------------------------------------------------------------------
PIPPU_ROWS = [
    ("①移住支援制度を利用した転入者数", 30, 12, [15, 18, 21, 24], [22, 25]),
    ("②いちごの出荷量", 30, 48.2, [47.5, 50.1, 46.8, 49.6], [52.0, 54.0]),
    ("③ふるさと納税寄附額", 20, 38400, [52130, 61870, 70420, 68900], [65000, 70000]),
    ("④子育て世帯向け町営住宅の入居世帯数", 20, 3, [5, 8, 9, 11], [12, 14]),
]


def pippu() -> Path:
    wb, ws = _sheet("KPI効果検証", [36, 10, 11, 10, 10, 10, 10, 10, 10])
    title = (
        "比布町まち・ひと・しごと創生推進計画　重要業績評価指標（KPI）効果検証シート（令和6年度）"
    )
    _text(ws, 1, 1, title, bold=True, size=13)
    _text(ws, 2, 9, "令和7年8月29日　比布町", align="right")
    prose = (
        "本町の人口は昭和30年国勢調査の8,516人をピークに減少を続け、令和2年11月末（住民基本台帳）"
        "には3,621人となった。社人研推計に準拠した推計では、令和27年の人口は1,835人、高齢化率は"
        "53.4％に達するとされる。基幹作物の米に加え、いちご・丸さやインゲン・千本葱を重点品目として"
        "生産振興を図っている。"
    )
    fields = [
        ("地域再生計画の名称", "比布町まち・ひと・しごと創生推進計画"),
        ("計画期間", "令和3年4月1日～令和8年3月31日"),
        ("担当課", "総務企画課"),
        ("町の現状", prose),
    ]
    r = _fields(ws, 4, 9, fields, "町の現状")
    _text(ws, r + 1, 1, "２　KPIの達成状況", bold=True, size=11)
    _text(ws, r + 2, 1, "※各KPIの単位　①：人　②：t　③：千円　④：世帯", size=8)
    h = r + 3
    _head2(
        ws,
        h,
        [(1, "KPI"), (2, "ウェイト\n（％）"), (3, "基準値\n（R2）")],
        [
            (4, 7, "実績値", ["R3年度", "R4年度", "R5年度", "R6年度"]),
            (8, 9, "目標値", ["R6年度", "R7年度"]),
        ],
    )
    r = h + 2
    for name, weight, base, acts, tgts in PIPPU_ROWS:
        _put(ws, r, 1, name)
        _put(ws, r, 2, weight, align="center")
        for j, v in enumerate([base, *acts, *tgts]):
            _put(ws, r, 3 + j, v)
        ws.row_dimensions[r].height = 22
        r += 1
    _put(ws, r, 1, "総合達成度（R6、ウェイトによる加重平均）", header=True, align="left")
    _span(ws, r, 2, 9, "96.9％（各KPIの達成率は100％を上限として計算）", align="left")
    _notes(
        ws,
        r + 2,
        [
            "※ウェイトは総合達成度を算出するための各KPIの重み（合計100）であり、KPIの数値ではありません。",
            "※③の寄附額は各年度の受入額です。①は移住支援金・住宅取得補助の利用者（世帯員を含む）の数です。",
            "※R6年度の実績は令和7年5月末の確定値です。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "pippu_kpi_kensho_r6.xlsx"
    _save(wb, path)
    return path


# ------------------------------------------------------------------------------------------
# 浅川町 (福島県): 浅川町振興計画 後期基本計画 成果指標の進捗状況（令和6年度実績）
# Real: the plan's name and periods (基本構想 H28～R7, 後期基本計画 R3～R7), 37.43km², 5,565人
# (R6.10.1 推計人口), 城山 (408m), 吉田富三記念館. Made up: the heading, every indicator and figure.
# ------------------------------------------------------------------------------------------
ASAKAWA_ROWS = [
    (1, "新規就農者数", "人", 2, [3, 1, 4, 3], 3, 4),
    (2, "企業誘致・創業による新規雇用者数", "人", 8, [11, 6, 14, 9], 12, 15),
    (
        3,
        "吉田富三記念館の入館者数",
        "人",
        1860,
        [1240, 1530, "2,012（過去最高）", 1780],
        2000,
        2200,
    ),
    (
        4,
        "「住み続けたい」と答えた町民の割合",
        "％",
        "66.0（R元）",
        [67.2, 68.5, 68.9, 69.4],
        72.0,
        75.0,
    ),
    (5, "観光入込客数", "千人", 96.4, [58.2, 71.5, 88.3, 92.7], 95.0, 100.0),
]


def asakawa() -> Path:
    wb, ws = _sheet("成果指標", [5, 30, 6, 10, 9, 9, 14, 9, 9, 9])
    _text(
        ws,
        1,
        1,
        "浅川町振興計画　後期基本計画　成果指標の進捗状況（令和6年度実績）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 10, "令和7年7月　浅川町", align="right")
    prose = (
        "本町は面積37.43km²、人口5,565人（令和6年10月1日現在推計人口）の町で、町のシンボル城山"
        "（標高408m）や吉田富三記念館を有する。後期基本計画に掲げる成果指標のうち、本表には"
        "基本目標２に係る5項目を掲げる。"
    )
    fields = [
        ("計画の名称", "浅川町振興計画（基本構想　平成28年度～令和7年度）"),
        ("計画期間", "後期基本計画　令和3年度～令和7年度"),
        ("町の概要", prose),
    ]
    r = _fields(ws, 4, 10, fields, "町の概要", wide=True)
    _text(ws, r + 1, 1, "■基本目標２　にぎわいと活力を生むまち", bold=True, size=11)
    h = r + 2
    heads = [
        "No.",
        "成果指標",
        "単位",
        "基準値\n（R2）",
        "R3実績",
        "R4実績",
        "R5実績",
        "R6実績",
        "中間目標\n（R5）",
        "目標値\n（R7）",
    ]
    for c, word in enumerate(heads, start=1):
        _put(ws, h, c, word, header=True, size=8)
    ws.row_dimensions[h].height = 30
    r = h + 1
    for no, name, unit, base, acts, mid, final in ASAKAWA_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate([base, *acts, mid, final]):
            _put(ws, r, 4 + j, v, align="right")
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※No.4は町民意識調査による。令和2年度は新型コロナウイルス感染症の影響により",
            "　調査を実施しなかったため、基準値には令和元年度調査の値を用いている。",
            "※「過去最高」は平成3年の開館以来の最高値である。",
            "※観光入込客数は福島県観光客入込状況調査による（年度集計）。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "asakawa_seika_shihyo_r6.xlsx"
    _save(wb, path)
    return path


# ------------------------------------------------------------------------------------------
# 新篠津村 (北海道): 過疎地域持続的発展市町村計画 達成状況報告（令和5年度） -- an XLSX document
# Real: the plan's name, its period and 令和4年6月変更, 2,942人 (R3.4.1), 2,862人 (R4.4.1), 80人,
# 2.72%, the -5% target, しのつ湖 and たっぷの湯. Made up: 課, every indicator and figure.
# ------------------------------------------------------------------------------------------
SHINO_EXAMPLE = ("（記入例）○○教室の参加者数", "人", 100, 105, 110, 115, 120, 150)
SHINO_ROWS = [
    (
        "しのつ湖周辺施設（たっぷの湯等）の利用者数",
        "千人",
        142.5,
        118.2,
        131.6,
        150.0,
        "１５２．３",
        160.0,
    ),
    ("新規就農者数（農業後継者を含む）", "人", 2, 1, 3, 3, "２", 3),
    ("移住定住促進住宅の入居世帯数", "世帯", 4, 6, 9, 10, 11, 15),
    ("村営バスの年間利用者数", "人", 8420, 7960, 8130, 8500, "８，２１５", 9000),
    ("子育て支援センターの利用者数（延べ）", "人", 1850, 1420, 1610, 1800, 1764, 2000),
]


def shinshinotsu() -> Path:
    wb, ws = _sheet("達成状況", [5, 40, 7, 11, 10, 10, 10, 10, 11])
    title = "新篠津村過疎地域持続的発展市町村計画　達成状況報告（令和5年度）"
    _text(ws, 1, 1, title, bold=True, size=13)
    _text(ws, 2, 9, "令和6年9月　新篠津村", align="right")
    prose = (
        "令和3年4月1日現在の人口は2,942人、令和4年4月1日現在は2,862人で、1年間に80人（2.72％）"
        "減少した。計画期間の5年間で人口増減率を「-5％以内」とする基本目標の達成に向け、"
        "しのつ湖周辺の交流拠点の活用と移住定住の促進に取り組んでいる。"
    )
    fields = [
        ("計画の名称", "新篠津村過疎地域持続的発展市町村計画"),
        ("計画期間", "令和3年度～令和7年度（令和4年6月変更）"),
        ("担当課", "企画課"),
        ("人口の動き", prose),
    ]
    for i, (label, value) in enumerate(fields):
        r = 4 + i
        _put(ws, r, 1, None, header=True)
        _put(ws, r, 2, label, header=True)
        _merge(ws, r, 1, r, 2)
        _span(ws, r, 3, 9, value, align="left")
        ws.row_dimensions[r].height = 44 if label == "人口の動き" else 18
    _text(ws, 9, 1, "２　事業の成果指標", bold=True, size=11)
    _head2(
        ws,
        10,
        [(1, "No."), (2, "成果指標"), (3, "単位"), (4, "策定時\n（R2）"), (9, "目標値\n（R7）")],
        [(5, 6, "実績値", ["R3", "R4"]), (7, 8, "令和5年度", ["目標", "実績"])],
    )
    _put(ws, 12, 1, "例", align="center", fill=EXAMPLE)
    name, unit, *vals = SHINO_EXAMPLE
    _put(ws, 12, 2, name, fill=EXAMPLE)
    _put(ws, 12, 3, unit, align="center", fill=EXAMPLE)
    for j, v in enumerate(vals):
        _put(ws, 12, 4 + j, v, fill=EXAMPLE)
    for i, (name, unit, *vals) in enumerate(SHINO_ROWS, start=1):
        r = 12 + i
        _put(ws, r, 1, i, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate(vals):
            _put(ws, r, 4 + j, v, align="right")
    _notes(
        ws,
        19,
        [
            "※網掛けの行は記入例です（様式の見本として残しています）。",
            "※R3・R4は各年度の実績、目標値（R7）は計画最終年度の目標です。",
        ],
    )
    path = HERE / "shinshinotsu_kaso_tassei_r5.xlsx"
    _save(wb, path)
    return path


# ------------------------------------------------------------------------------------------
# 山形市 (山形県): 山形市発展計画2025 KPIの達成状況（令和5年度実績）
# Real: the plan's name and span (R2～R6, R6 its last year), 健康医療先進都市, 中核市 from
# 2019-04-01, 約24万9千人 (2020-04-01). Made up: the page, 課, every KPI and figure.
# ------------------------------------------------------------------------------------------
YAMAGATA_HTML = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>山形市発展計画2025 重要業績評価指標（KPI）の達成状況（令和5年度実績） - 山形市</title>
<style>
body { font-family: "IPAexGothic", sans-serif; font-size: 10pt; }
table { border-collapse: collapse; margin-bottom: 0.8em; }
th, td { border: 1px solid #000; padding: 2px 6px; }
th { background: #d9d9d9; }
td.num { text-align: right; }
td.c { text-align: center; }
small { font-size: 8pt; }
</style>
</head>
<body>
<p>ホーム &gt; 市政情報 &gt; 計画・取り組み &gt; 山形市発展計画2025</p>
<h1>山形市発展計画2025　重要業績評価指標（KPI）の達成状況（令和5年度実績）</h1>
<p>更新日：2024年9月27日　担当：企画調整課</p>
<p>山形市は2019年4月1日に中核市へ移行し、人口は約24万9千人（2020年4月1日時点）です。\
「健康医療先進都市」と「文化創造都市」の確立に向け、令和2年度から令和6年度までの5年間を\
計画期間とする山形市発展計画2025に基づき取組を進めています。\
ここでは、健康医療先進都市の確立に係るKPIの令和5年度実績を公表します。</p>
<h2>１　健康医療先進都市の確立</h2>
<table>
<thead>
<tr><th rowspan="2">KPI</th><th rowspan="2">単位</th><th rowspan="2">基準値<br>（H31/R1）</th>\
<th colspan="3">実績値</th><th colspan="2">目標値</th></tr>
<tr><th>R3</th><th>R4</th><th>R5</th><th>R5</th><th>R6</th></tr>
</thead>
<tbody>
<tr><td>①特定健康診査の受診率</td><td class="c">％</td><td class="num">42.1</td>\
<td class="num">40.3</td><td class="num">43.5</td><td class="num">45.2</td>\
<td class="num">55.0</td><td class="num">60.0</td></tr>
<tr><td>②がん検診受診率（胃がん）</td><td class="c">％</td><td class="num">28.4</td>\
<td class="num">25.1</td><td class="num">26.8</td><td class="num">27.9</td>\
<td class="num" rowspan="2">45.0</td><td class="num" rowspan="2">50.0</td></tr>
<tr><td>③がん検診受診率（大腸がん）</td><td class="c">％</td><td class="num">33.6</td>\
<td class="num">30.2</td><td class="num">32.4</td><td class="num">33.1</td></tr>
<tr><td>④週1回以上運動・スポーツをする市民の割合<br>\
<small>※市民アンケート（18歳以上の市民3,000人を無作為抽出）による</small></td>\
<td class="c">％</td><td class="num">49.8</td><td class="num">51.2</td><td class="num">52.6</td>\
<td class="num">54.0</td><td class="num">53.0</td><td class="num">55.0</td></tr>
<tr><td>⑤健康ポイント事業の参加者数</td><td class="c">千人</td><td class="num">3.2</td>\
<td class="num">8.6</td><td class="num">12.4</td><td class="num">15.1</td>\
<td class="num">15.0</td><td class="num">18.0</td></tr>
</tbody>
</table>
<p>※基準値（H31/R1）は、計画策定時の直近値である平成31年度（令和元年度）の値です。</p>
<p>※②と③の目標値は、国の「がん対策推進基本計画」に合わせた共通の目標です。</p>
<p>※令和2年度は新型コロナウイルス感染症の影響により一部の健診を中止したため、実績を掲載していません。</p>
</body>
</html>
"""


def yamagata() -> Path:
    path = HERE / "yamagata_hatten2025_kpi_r5.html"
    path.write_bytes(YAMAGATA_HTML.encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (pippu, asakawa):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {shinshinotsu().name}")
    print(f"wrote {yamagata().name}")


if __name__ == "__main__":
    main()
