"""Build the built documents of forms416/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``agui_seika_shihyo_r5.html``, a 総合計画 成果指標 page in the manner of 阿久比町 (愛知県): one ``<h2>``
  over two tables whose ``<caption>`` names the 施策 and its 担当課, a two-row ``<thead>``, and **a
  ``<td colspan="3">`` across the three actual years holding a biennial survey's one value with its year
  in words**; full-width digits in two cells;
* ``source/taiki_kaso_mokuhyo_r5.xlsx``, a 過疎地域持続的発展計画 目標の達成状況 in the manner of 大紀町
  (三重県): form fields with a prose of dates and figures, **no 単位 column (units in the names'
  brackets) and one money row whose unit is only the line ``（金額の単位：千円）`` above the grid**, a
  区分 merged down, and **an actual ``19,210（見込）``**; and the PDF;
* ``shinonsen_kpi_jisseki_r6.xlsx``, a workbook left as it is, a KPI 実績報告 in the manner of 新温泉町
  (兵庫県): **the KPIs run across (``KPI①`` … ``KPI④`` with a 単位 row under them) and the roles and
  years run down in two label columns, the year merged over its ``目標`` / ``実績`` pair**, ``千人`` and
  ``千円`` units, a ``集計中`` cell;
* ``source/taiji_jimujigyo_hyoka_r6.xlsx``, a 事務事業評価シート in the manner of 太地町 (和歌山県): Western
  fiscal-year heads (``2021年度`` … ``2024年度``) on a 令和 sheet, each indicator in ``目標`` / ``実績``
  rows, **and under each 成果指標 a third row ``前年度比`` of percentages that are no values**; a ``―``
  actual; and the PDF.

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
FIXED = dt.datetime(2026, 12, 7, 0, 0, 0)


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms416/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms416/build.py"
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
        cell.number_format = fmt or ("#,##0" if isinstance(value, int) else "0.0")
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
        _put(ws, row, c, None, header=header, fill=kw.get("fill"))
    if c2 > c1:
        _merge(ws, row, c1, row, c2)
    return cell


def _text(ws, row, col, value, bold=False, size=9, align=None):
    """A borderless text cell (titles, headings, notes)."""
    cell = ws.cell(row=row, column=col, value=value)
    cell.font = Font(name=FONT, size=size, bold=bold)
    cell.alignment = Alignment(horizontal=align or "left", vertical="center")
    return cell


def _field(ws, row, label, value, c_last, height=18, lw=2):
    """A bordered key-value row: the label over columns 1..lw, the value merged to c_last."""
    _span(ws, row, 1, lw, label, header=True)
    cell = _span(ws, row, lw + 1, c_last, value)
    cell.alignment = Alignment(horizontal="left", vertical="center", wrap_text=True)
    ws.row_dimensions[row].height = height


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
                data = re.sub(
                    rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                    rb"\g<1>2026-12-07T00:00:00Z\g<2>",
                    data,
                )
            info = zipfile.ZipInfo(name, date_time=(2026, 12, 7, 0, 0, 0))
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
    with tempfile.TemporaryDirectory(prefix="forms416_soffice_") as tmp:
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


# --------------------------------------------------------------------------------------------
# 阿久比町 (愛知県): 第6次阿久比町総合計画 前期基本計画 成果指標の達成状況（令和5年度）, HTML
# --------------------------------------------------------------------------------------------

# Real (www.town.agui.lg.jp/0000005205.html): the 第6次阿久比町総合計画, its span (令和3年度から10年間),
# the 第5次 plan (平成23年度～令和2年度, 「みどりと共生する快適生活空間・あぐい」), the 審議会 of 20
# members (3 公募). Made up: the 前期基本計画's span, the 施策, 課, indicators and every value.
AG_TABLES = [
    (
        "施策2-1　子育て支援の充実（担当：子育て支援課）",
        [
            (
                "1",
                "子育て支援センターの年間利用者数",
                "人",
                ["8,420", "5,130", "6,870", "7,915"],
                "9,000",
            ),
            (
                "2",
                "「子育てしやすいまち」と感じる保護者の割合",
                "％",
                ["62.5", None, None, None],
                "70.0",
            ),
            ("3", "保育所等の待機児童数", "人", ["3", "0", "0", "０"], "0"),
        ],
    ),
    (
        "施策2-2　学校教育の充実（担当：学校教育課）",
        [
            (
                "4",
                "「授業がよく分かる」と答えた児童生徒の割合",
                "％",
                ["78.4", "80.1", "79.6", "81.3"],
                "85.0",
            ),
            (
                "5",
                "学校図書館の児童生徒1人当たり年間貸出冊数",
                "冊",
                ["38.2", "41.5", "44.0", "４５．２"],
                "50.0",
            ),
        ],
    ),
]
AG_SURVEY = "隔年調査のため令和4年度のみ実施：66.8"

AG_HEAD = """<thead>
<tr><th rowspan="2">No.</th><th rowspan="2">成果指標</th><th rowspan="2">単位</th><th rowspan="2">策定時<br>（R元年度）</th><th colspan="3">実績値</th><th rowspan="2">目標値<br>（R7年度）</th></tr>
<tr><th>R3年度</th><th>R4年度</th><th>R5年度</th></tr>
</thead>"""


def agui_html() -> str:
    tables = []
    for caption, rows in AG_TABLES:
        body = []
        for no, name, unit, vals, target in rows:
            if vals[1] is None:
                cells = f'<td class="num">{vals[0]}</td><td colspan="3" class="c">{AG_SURVEY}</td>'
            else:
                cells = "".join(f'<td class="num">{v}</td>' for v in vals)
            body.append(
                f'<tr><td class="c">{no}</td><td>{name}</td><td class="c">{unit}</td>{cells}<td class="num">{target}</td></tr>'
            )
        rows_html = "\n".join(body)
        tables.append(
            f"<table>\n<caption>{caption}</caption>\n{AG_HEAD}\n<tbody>\n{rows_html}\n</tbody>\n</table>"
        )
    tables_html = "\n".join(tables)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>第6次阿久比町総合計画 前期基本計画 成果指標の達成状況（令和５年度） - 阿久比町</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 1em; }}
caption {{ text-align: left; font-weight: bold; padding: 4px 0; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
td.num {{ text-align: right; }}
td.c {{ text-align: center; }}
</style>
</head>
<body>
<nav><ol class="breadcrumb">
<li><a href="/">ホーム</a></li>
<li><a href="/category/gyosei/">町政情報</a></li>
<li><a href="/category/gyosei/keikaku/">計画・行政評価</a></li>
<li>成果指標の達成状況（令和５年度）</li>
</ol></nav>
<h1>第6次阿久比町総合計画　前期基本計画　成果指標の達成状況（令和５年度）</h1>
<p class="date">更新日：2024年9月30日　ID：5931</p>
<p>第6次阿久比町総合計画は、平成23年度から令和2年度までの第5次総合計画（「みどりと共生する快適生活空間・あぐい」）を引き継ぎ、令和3年度からの10年間を計画期間として策定しました。策定にあたっては、総合計画審議会（委員20人、うち公募委員3人）で審議いただきました。</p>
<p>前期基本計画（令和3年度～令和7年度）の3年目となる令和5年度について、基本目標2の成果指標の実績を取りまとめました。他の基本目標は順次掲載します。</p>
<h2>基本目標２　子どもがすくすく育ち、学ぶまち</h2>
{tables_html}
<p>※No.2は保護者アンケート（2年に1回、就学前児童の保護者約600人を対象）により把握しています。</p>
<footer><p>お問い合わせ：阿久比町役場 企画政策課 企画係</p></footer>
</body>
</html>
"""


def agui() -> Path:
    path = HERE / "agui_seika_shihyo_r5.html"
    path.write_bytes(agui_html().encode("utf-8"))
    return path


# --------------------------------------------------------------------------------------------
# 大紀町 (三重県): 過疎地域持続的発展計画 目標の達成状況（令和5年度）, PDF
# --------------------------------------------------------------------------------------------

# Real (www2.town.taiki.mie.jp/hpdata/taiki/plan.html; wikippe 大紀町): the merger of 大宮町・紀勢町・大内山村
# (平成17年2月14日), the name from 大内山川・宮川 and 紀州の玄関口, the 第1次総合計画 (平成20年度～平成29年度),
# the 紀伊半島大水害 (平成23年9月, 台風12号), over half the people aged 65 or more. Assumed: that the town
# has such a 過疎計画 (name and span). Made up: 課, 区分 rows, indicators, every value.
TK_ROWS = [
    ("２　産業の振興", "新規就農者数（人）", [2, 1, 3, 2], [3, 3]),
    (
        "２　産業の振興",
        "町内直売所の農林水産物販売額",
        [18650, 24300, 31870, 36120],
        [30000, 35000],
    ),
    (
        "３　交通施設の整備、交通手段の確保",
        "町営バスの年間利用者数（人）",
        [21480, 17960, 18730, "19,210（見込）"],
        [20000, 21000],
    ),
    ("５　生活環境の整備", "自主防災組織の組織率（％）", [78.6, 80.2, 81.0, 83.5], [85.0, 90.0]),
]


def taiki() -> Path:
    wb, ws = _sheet("目標の達成状況", [18, 34, 11, 10, 10, 14, 10, 10])
    last = 8
    _text(
        ws, 1, 1, "大紀町過疎地域持続的発展計画　目標の達成状況（令和５年度）", bold=True, size=13
    )
    _text(ws, 2, last, "令和6年7月　大紀町", size=9, align="right")
    _field(ws, 4, "計画の名称", "大紀町過疎地域持続的発展計画", last, lw=1)
    _field(ws, 5, "計画期間", "令和3年4月1日～令和8年3月31日", last, lw=1)
    _field(ws, 6, "担当課", "企画調整課", last, lw=1)
    _field(
        ws,
        7,
        "町の概況",
        "本町は、平成17年2月14日に大宮町、紀勢町、大内山村の3町村が合併して誕生した。町名は大内山川や宮川などの大きな川と、"
        "紀州の玄関口として大きく発展することへの願いに由来する。平成23年9月の台風12号（紀伊半島大水害）では家屋や農地に大きな被害を受けた。"
        "65歳以上の方が人口の50%を超え、集落の維持が大きな課題となっている。",
        last,
        height=58,
        lw=1,
    )
    _text(ws, 9, 1, "■目標の達成状況", bold=True, size=11)
    _text(ws, 9, last, "（金額の単位：千円）", size=9, align="right")
    h = 10
    for c, word in [(1, "区分"), (2, "目標指標"), (3, "基準値\n（R元）")]:
        _put(ws, h, c, word, header=True)
        _put(ws, h + 1, c, None, header=True)
        _merge(ws, h, c, h + 1, c)
    _span(ws, h, 4, 6, "実績値", header=True)
    _span(ws, h, 7, 8, "目標値", header=True)
    for j, w in enumerate(["R3", "R4", "R5"]):
        _put(ws, h + 1, 4 + j, w, header=True)
    for j, w in enumerate(["R5", "R7"]):
        _put(ws, h + 1, 7 + j, w, header=True)
    ws.row_dimensions[h].height = 18
    ws.row_dimensions[h + 1].height = 18
    r = h + 2
    start = r
    prev = None
    for area, name, vals, targets in TK_ROWS:
        if area != prev:
            if prev is not None and r - 1 > start:
                _merge(ws, start, 1, r - 1, 1)
            _put(ws, r, 1, area)
            start = r
            prev = area
        else:
            _put(ws, r, 1, None)
        _put(ws, r, 2, name)
        for j, v in enumerate(vals + targets):
            fmt = "0.0" if isinstance(v, float) else None
            _put(ws, r, 3 + j, v, fmt=fmt, align="right")
        ws.row_dimensions[r].height = 28
        r += 1
    if r - 1 > start:
        _merge(ws, start, 1, r - 1, 1)
    _notes(
        ws,
        r + 1,
        [
            "※町営バスの令和5年度実績は、令和6年3月分を見込みで算入しています（確定値は次回報告で更新）。",
            "※町内直売所は、道の駅など町内4か所の農林水産物直売所です。",
            "※自主防災組織の組織率は、町内の全世帯数に対する自主防災組織に加入している世帯数の割合です。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "taiki_kaso_mokuhyo_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 新温泉町 (兵庫県): おんせん天国 移住・定住促進事業 KPI実績報告（令和6年度）, XLSX left as it is
# --------------------------------------------------------------------------------------------

# Real (mykoho.jp 広報しんおんせん 令和7年1月号 and 令和6年1月号; town.shinonsen.hyogo.jp 年頭のあいさつ
# 2019 and 2020): 「おんせん天国」 as the town's theme and the おんせん天国室 set up in the 役場, the merger of
# 浜坂町 and 温泉町 on 平成17年10月1日 with 17,467人, 12,180人 on 令和6年10月1日, the 日本遺産 北前船寄港地・船主集落.
# Made up: the 事業's name, its span and money, the KPIs and every value.
SO_KPIS = [
    ("KPI①", "町営温泉施設の年間入浴者数", "千人"),
    ("KPI②", "移住相談窓口を経た町外からの移住者数", "人"),
    ("KPI③", "おためし住宅の利用組数", "組"),
    ("KPI④", "温泉熱を利用したハウスで栽培した農産物の出荷額", "千円"),
]
# (year label or None for the baseline row, role, values per KPI)
SO_ROWS = [
    ("基準値（令和4年度）", None, [412.5, 18, 6, 3200]),
    ("令和5年度", "目標", [430.0, 22, 10, 4000]),
    (None, "実績", [441.2, 25, 9, 3850]),
    ("令和6年度", "目標", [450.0, 26, 12, 5000]),
    (None, "実績", [458.9, 31, 14, "集計中"]),
    ("令和7年度", "目標", [470.0, 30, 15, 6000]),
]


def shinonsen() -> Path:
    wb, ws = _sheet("KPI実績", [14, 8, 16, 16, 16, 16])
    last = 6
    _text(
        ws,
        1,
        1,
        "おんせん天国 移住・定住促進事業　重要業績評価指標（KPI）実績報告（令和６年度）",
        bold=True,
        size=12,
    )
    _text(ws, 2, last, "令和7年6月30日", align="right")
    _field(ws, 4, "事業名", "おんせん天国 移住・定住促進事業", last)
    _field(ws, 5, "事業期間", "令和5年度～令和7年度（3か年）", last)
    _field(ws, 6, "担当課", "おんせん天国室", last)
    _field(
        ws,
        7,
        "事業の背景",
        "平成17年10月1日に浜坂町と温泉町が合併した時点で17,467人であった人口は、令和6年10月1日現在で12,180人と約30%減少した。"
        "町名にふさわしい「おんせん天国」をテーマに、温泉と日本遺産（北前船寄港地・船主集落）を生かして移住・定住を進める。",
        last,
        height=48,
    )
    _text(ws, 9, 1, "■重要業績評価指標（KPI）の実績", bold=True, size=11)
    h = 10
    _span(ws, h, 1, 2, "区分", header=True)
    _span(ws, h + 1, 1, 2, "単位", header=True)
    for j, (label, name, unit) in enumerate(SO_KPIS):
        _put(ws, h, 3 + j, f"{label}\n{name}", header=True)
        _put(ws, h + 1, 3 + j, unit, header=True)
    ws.row_dimensions[h].height = 48
    r = h + 2
    for i, (year, role, vals) in enumerate(SO_ROWS):
        if role is None and year is not None:
            _span(ws, r, 1, 2, year, header=True, align="left")
        else:
            if year is not None:
                _put(ws, r, 1, year, header=True, align="left")
                if i + 1 < len(SO_ROWS) and SO_ROWS[i + 1][0] is None:
                    _put(ws, r + 1, 1, None, header=True)
                    _merge(ws, r, 1, r + 1, 1)
            _put(ws, r, 2, role, header=True)
        for j, v in enumerate(vals):
            fmt = "#,##0.0" if j == 0 else "#,##0"
            _put(ws, r, 3 + j, v, fmt=fmt, align="right" if v != "集計中" else "center")
        ws.row_dimensions[r].height = 18
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※KPI④の令和6年度実績は集計中です（令和7年8月に確定予定）。",
            "※KPI②は、移住相談窓口に相談のあった世帯のうち、当該年度中に町内へ転入した人数です。",
        ],
    )
    _page(ws, "portrait")
    path = HERE / "shinonsen_kpi_jisseki_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 太地町 (和歌山県): 事務事業評価シート（令和5年度実施事業）, PDF
# --------------------------------------------------------------------------------------------

# Real (www.town.taiji.wakayama.jp/tyousei/taiji-town/goaisatsu.html; spf.org Ocean Newsletter 592): 5.81㎢,
# 人口約3,000人, 古式捕鯨発祥の地, the 平成18年 declaration, the くじらの博物館 and its 50 years, the
# 森浦湾くじらの海構想. Made up: the sheet, 事業, 課, indicators, every value and the evaluation.
TJ_ROWS = [
    ("活動指標", "ア", "企画展・特別展の開催回数", "回", [4, 4, 4, 4], [3, 4, 5], None),
    (
        "活動指標",
        "イ",
        "学校・団体向け出前講座の実施回数",
        "回",
        [10, 12, 12, 15],
        [6, 11, 14],
        None,
    ),
    (
        "成果指標",
        "ウ",
        "年間入館者数",
        "人",
        [120000, 150000, 180000, 200000],
        [98450, 142310, 176820],
        ["―", "144.5%", "124.2%"],
    ),
    (
        "成果指標",
        "エ",
        "入館者のうち海外からの来館者数",
        "人",
        [3000, 8000, 15000, 20000],
        [1120, 9860, 16540],
        ["―", "880.4%", "167.7%"],
    ),
    (
        "成果指標",
        "オ",
        "来館者アンケートの満足度",
        "％",
        [85.0, 85.0, 85.0, 85.0],
        ["―", 86.4, 84.9],
        None,
    ),
]


def taiji() -> Path:
    wb, ws = _sheet("事務事業評価", [9, 5, 30, 6, 8, 12, 12, 12, 12])
    last = 9
    _text(ws, 1, 1, "令和６年度　事務事業評価シート（令和５年度実施事業）", bold=True, size=13)
    _text(ws, 2, last, "太地町　令和6年7月作成", align="right")
    _text(ws, 4, 1, "１　事業の概要", bold=True, size=11)
    _field(ws, 5, "事務事業名", "くじらの博物館運営事業", last, lw=3)
    _field(ws, 6, "担当課", "産業建設課", last, lw=3)
    _field(ws, 7, "事業期間", "昭和44年度～（継続）", last, lw=3)
    _field(
        ws,
        8,
        "事業の目的・内容",
        "古式捕鯨発祥の地である本町（面積5.81㎢、人口約3,000人）の歴史と文化を伝えるため、くじらの博物館を運営する。"
        "平成18年の「過去・現在・未来永劫にくじらに関わり続けていく」宣言と森浦湾くじらの海構想に基づき、企画展や出前講座を行う。",
        last,
        height=44,
        lw=3,
    )
    _text(ws, 10, 1, "２　指標の推移", bold=True, size=11)
    h = 11
    for c, word in enumerate(
        ["区分", "", "指標名", "単位", "項目", "2021年度", "2022年度", "2023年度", "2024年度"],
        start=1,
    ):
        _put(ws, h, c, word, header=True)
    _merge(ws, h, 1, h, 3)
    ws.cell(row=h, column=1).value = "区分 ／ 指標名"
    ws.row_dimensions[h].height = 20
    r = h + 1
    group_start = {}
    for kind, label, name, unit, plans, acts, ratio in TJ_ROWS:
        n = 3 if ratio else 2
        group_start.setdefault(kind, r)
        for k in range(n):
            _put(ws, r + k, 1, kind if (k == 0 and group_start[kind] == r) else None)
        _put(ws, r, 2, label, align="center")
        _put(ws, r, 3, name)
        _put(ws, r, 4, unit, align="center")
        for k in range(1, n):
            _put(ws, r + k, 2, None)
            _put(ws, r + k, 3, None)
            _put(ws, r + k, 4, None)
        _merge(ws, r, 2, r + n - 1, 2)
        _merge(ws, r, 3, r + n - 1, 3)
        _merge(ws, r, 4, r + n - 1, 4)
        _put(ws, r, 5, "目標", align="center", fill=LIGHT)
        for col, v in zip(range(6, 10), plans):
            _put(ws, r, col, v, fmt="0.0" if isinstance(v, float) else None, fill=LIGHT)
        _put(ws, r + 1, 5, "実績", align="center")
        for j in range(4):
            v = acts[j] if j < len(acts) else None
            _put(
                ws,
                r + 1,
                6 + j,
                v,
                fmt="0.0" if isinstance(v, float) else None,
                align="center" if v == "―" else "right",
            )
        if ratio:
            _put(ws, r + 2, 5, "前年度比", align="center", size=8)
            for j in range(4):
                v = ratio[j] if j < len(ratio) else None
                _put(ws, r + 2, 6 + j, v, align="center" if v == "―" else "right", size=8)
        r += n
    # merge the 区分 cells over their rows
    kinds = list(group_start.items())
    for i, (_kind, s) in enumerate(kinds):
        e = (kinds[i + 1][1] - 1) if i + 1 < len(kinds) else r - 1
        _merge(ws, s, 1, e, 1)
        ws.cell(row=s, column=1).alignment = Alignment(
            horizontal="center", vertical="center", wrap_text=True
        )
    _notes(
        ws,
        r,
        [
            "※前年度比は、実績値を前年度の実績値で割ったものです（目標に対する達成率ではありません）。",
            "※2021年度は新型コロナウイルス感染症の影響により、来館者アンケートを実施していません。",
            "※2024年度の実績は、令和7年度の評価シートに記載します。",
        ],
    )
    r += 4
    _text(ws, r, 1, "３　事業費の推移（単位：千円）", bold=True, size=11)
    r += 1
    for c, word in enumerate(
        ["区分", "", "", "", "", "2021年度", "2022年度", "2023年度", "2024年度"], start=1
    ):
        _put(ws, r, c, word, header=True)
    _merge(ws, r, 1, r, 5)
    for k, (label, vals) in enumerate(
        [
            ("事業費（決算額、2024年度は予算額）", [48210, 51630, 55480, 57900]),
            ("うち一般財源", [30120, 29860, 31240, 33500]),
        ]
    ):
        _span(ws, r + 1 + k, 1, 5, label)
        for j, v in enumerate(vals):
            _put(ws, r + 1 + k, 6 + j, v)
    r += 4
    _text(ws, r, 1, "４　評価", bold=True, size=11)
    _field(
        ws,
        r + 1,
        "総合評価",
        "B（概ね順調）　入館者数は2年連続で前年度を上回ったが、目標にはわずかに届かなかった。",
        last,
        lw=3,
    )
    _field(
        ws,
        r + 2,
        "今後の方向性",
        "継続　開館から50年を超えた施設の改修計画とあわせ、海外からの来館者への対応を強化する。",
        last,
        lw=3,
    )
    _page(ws, "portrait")
    path = SOURCE / "taiji_jimujigyo_hyoka_r6.xlsx"
    _save(wb, path)
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    print(f"wrote {agui().name}")
    print(f"wrote {shinonsen().name}")
    for make in (taiki, taiji):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)


if __name__ == "__main__":
    main()
