"""Build the documents of forms425/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/buzen_suishin_kpi_r6.xlsx``, a 地域再生計画 KPI実績報告 in the manner of 豊前市 (福岡県):
  form fields over a two-row grid ``No. | KPI | 単位 | 事業開始前 (数値 | 時点) | 実績値 (R4年度 | R5年度 |
  R6年度) | 目標値 (数値 | 年度) | 達成状況``, where **each row carries its own base date and its own
  target year in a column of its own** (``R2.3末``, ``H30年度``; targets for R5, R6 or R7); and the
  landscape PDF ``buzen_suishin_kpi_r6.pdf``;
* ``shoo_jimujigyo_hyoka_r2.xlsx``, a 事務事業評価シート in the manner of 勝央町 (岡山県), a workbook
  left as it is: **a cost table headed ``（単位：千円）`` right above the indicator grid, whose own
  units are in its 単位 column**, an ``アウトプット`` / ``アウトカム`` column, and ``R2年度`` spanning
  ``目標 | 実績``;
* ``sakawa_sogo_seika_r6.html``, a 総合計画 成果指標 page in the manner of 佐川町 (高知県): no 単位
  column, **values that carry their units and scale words, written differently along one row**
  (``1.2億円``, ``9,800万円``, ``1億2,300万円``), and **a note row under one indicator whose numbers
  are no values**;
* ``source/higashikushira_shisaku_seika_r5.xlsx``, a 総合振興計画 成果指標 sheet in the manner of
  東串良町 (鹿児島県): **the period axis printed newest first** (``目標値（R5） | 実績値 (R5 | R4 | R3) |
  基準値（H30）``) and **a money scale stated only in the section heading**
  (``（金額の単位：千円）``, 単位 cells ``金額``); and the portrait PDF
  ``higashikushira_shisaku_seika_r5.pdf``.

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
FIXED = dt.datetime(2026, 12, 7, 0, 0, 0)


# --------------------------------------------------------------------------------------------
# Sheet helpers
# --------------------------------------------------------------------------------------------


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms425/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms425/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms425_soffice_") as tmp:
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


def _head2(ws, h: int, singles, groups) -> None:
    """A two-row header: ``singles`` (col, word) merged down, ``groups`` (c1, c2, word, lower words)."""
    for c, word in singles:
        _put(ws, h, c, word, header=True)
        _put(ws, h + 1, c, None, header=True)
        _merge(ws, h, c, h + 1, c)
    for c1, c2, word, lower in groups:
        _span(ws, h, c1, c2, word, header=True)
        for c, w in zip(range(c1, c2 + 1), lower):
            _put(ws, h + 1, c, w, header=True)
    ws.row_dimensions[h].height = 20
    ws.row_dimensions[h + 1].height = 20


def _fields(ws, r: int, last: int, fields) -> int:
    """Bordered form rows ``label | value`` (label over columns 1-2); returns the next free row."""
    for label, value, height in fields:
        _merge(ws, r, 1, r, 2)
        _put(ws, r, 1, label, header=True)
        _span(ws, r, 3, last, value).alignment = Alignment(
            horizontal="left", vertical="top" if height > 20 else "center", wrap_text=True
        )
        ws.row_dimensions[r].height = height
        r += 1
    return r


# --------------------------------------------------------------------------------------------
# 豊前市 (福岡県): 豊前市まち・ひと・しごと創生推進計画 KPI実績報告（令和6年度）
# --------------------------------------------------------------------------------------------

# Real (furusato-funding.jp/projects/2431, city.buzen.lg.jp/uji/donnna, ja wiki mirror): the plan's
# name, 37,936人 (昭和30年), 25,940人 (平成27年国勢調査), 19,090人 (令和22年推計), 111.01km², 求菩提山,
# 犬ヶ岳, 畑冷泉. Made up: the sheet, its period and 課, every KPI, figure and note.
BU_ROWS = [
    # No., name, unit, base value, base 時点, R4, R5, R6, target, target 年度, 達成状況
    (1, "移住相談窓口を通じた移住者数", "人", 12, "R元年度", 21, 26, 34, 35, "R6", "未達成"),
    (2, "空き家バンク登録物件数（累計）", "件", 8, "R2.3末", 27, 35, 44, 40, "R6", "達成"),
    (
        3,
        "求菩提山周辺施設の観光入込客数",
        "千人",
        118.4,
        "H30年度",
        96.2,
        121.7,
        134.5,
        130.0,
        "R6",
        "達成",
    ),
    (
        4,
        "市内事業所への新規就業者数（市の支援によるもの）",
        "人",
        5,
        "R元年度",
        9,
        11,
        14,
        20,
        "R7",
        "―",
    ),
    (
        5,
        "ふるさと納税寄附額",
        "千円",
        152300,
        "R元年度",
        298640,
        341200,
        402885,
        300000,
        "R5",
        "達成",
    ),
]


def buzen() -> Path:
    wb, ws = _sheet("KPI実績", [6, 40, 7, 11, 10, 10, 10, 10, 11, 8, 10])
    last = 11
    _text(
        ws,
        1,
        1,
        "豊前市まち・ひと・しごと創生推進計画　重要業績評価指標（ＫＰＩ）実績報告（令和６年度）",
        bold=True,
        size=13,
    )
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=last)
    ws.row_dimensions[1].height = 24
    _text(ws, 2, last, "令和7年8月　豊前市", align="right")
    r = _fields(
        ws,
        4,
        last,
        (
            ("地域再生計画の名称", "豊前市まち・ひと・しごと創生推進計画", 18),
            ("計画期間", "令和2年4月1日～令和8年3月31日（令和6年度に1年延長）", 18),
            ("担当課", "総合政策課", 18),
            (
                "市の現状",
                "本市の人口は昭和30年の37,936人をピークに減少を続け、平成27年国勢調査では25,940人となった。"
                "国立社会保障・人口問題研究所の推計では、令和22年には19,090人まで減少すると見込まれている。"
                "面積111.01km²の市域の南部には求菩提山・犬ヶ岳が連なり、畑冷泉をはじめとする名水にも恵まれている。",
                44,
            ),
        ),
    )
    r += 1
    _text(ws, r, 1, "■重要業績評価指標（ＫＰＩ）の達成状況", bold=True, size=11)
    h = r + 1
    _head2(
        ws,
        h,
        [(1, "No."), (2, "重要業績評価指標（ＫＰＩ）"), (3, "単位"), (11, "達成状況")],
        [
            (4, 5, "事業開始前", ["数値", "時点"]),
            (6, 8, "実績値", ["R4年度", "R5年度", "R6年度"]),
            (9, 10, "目標値", ["数値", "年度"]),
        ],
    )
    r = h + 2
    for no, name, unit, base, when, a4, a5, a6, target, year, status in BU_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _put(ws, r, 4, base)
        _put(ws, r, 5, when, align="center")
        for c, v in ((6, a4), (7, a5), (8, a6), (9, target)):
            _put(ws, r, c, v)
        _put(ws, r, 10, year, align="center")
        _put(ws, r, 11, status, align="center")
        ws.row_dimensions[r].height = 22
        r += 1
    r += 1
    for line in (
        "※「時点」欄は事業開始前の数値を把握した時点、「年度」欄は目標値の目標年度を示す（指標ごとに異なる）。",
        "※No.4は令和6年度に目標年度を令和7年度へ見直したため、達成状況は令和7年度実績により判定する。",
        "※令和6年度の交付対象事業費は24,600千円（うち交付金12,300千円）。",
    ):
        _text(ws, r, 1, line, size=8)
        r += 1
    _page(ws, "landscape")
    path = SOURCE / "buzen_suishin_kpi_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 勝央町 (岡山県勝田郡): 事務事業評価シート（令和2年度実施事業）, a workbook left as it is
# --------------------------------------------------------------------------------------------

# Real (kinchai-town.msc-pr.net, eventsearch.jp, pedia.3rd-in.co.jp, town.shoo.lg.jp/town/mayor/1):
# 第4次勝央町振興計画 (ending 令和3年度), 黒大豆 on 170ha, 54.05km², 坂田金時 and the 金時祭 (10月上旬).
# Made up: the 事業, its 課 and period, every indicator, figure, grade and note.
SH_COST = [
    # 区分, H30決算, R元決算, R2決算, R3予算
    ("事業費", 3250, 3480, 3910, 4000),
    ("うち一般財源", 1625, 1740, 1955, 2000),
]
SH_ROWS = [
    # 区分, 種類, name, unit, H30実績, R元実績, R2目標, R2実績, R3目標
    ("活動指標", "アウトプット", "栽培講習会の開催回数", "回", 4, 5, 6, 6, 6),
    ("活動指標", "アウトプット", "種子購入費補助の交付件数", "件", 38, 41, 45, 43, 45),
    ("成果指標", "アウトカム", "黒大豆の作付面積", "ha", 158, 163, 170, 170, 175),
    ("成果指標", "アウトカム", "黒大豆の10a当たり収量", "kg", 102, 88, 105, 96, 110),
]


def shoo() -> Path:
    wb, ws = _sheet("事務事業評価シート", [10, 12, 34, 7, 10, 10, 10, 10, 10])
    last = 9
    _text(ws, 1, 1, "令和３年度　事務事業評価シート（令和２年度実施事業）", bold=True, size=13)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=last)
    ws.row_dimensions[1].height = 24
    _text(ws, 2, last, "令和3年7月作成", align="right")
    _text(ws, 3, 1, "１　事業の概要", bold=True, size=11)
    r = _fields(
        ws,
        4,
        last,
        (
            ("事務事業名", "黒大豆産地育成支援事業", 18),
            ("担当課", "産業振興課", 18),
            ("上位計画", "第4次勝央町振興計画（～令和3年度）　産業の振興", 18),
            ("事業期間", "平成28年度～令和3年度", 18),
            (
                "事業の概要",
                "町の黒大豆は栽培面積170haを誇る全国有数の産地である。生産者の高齢化が進むなか、"
                "栽培講習会の開催と、種子購入費の2分の1（10aあたり上限3千円）の補助により産地の維持を図る。"
                "面積54.05km²の町内全域が対象。",
                44,
            ),
        ),
    )
    r += 1
    _text(ws, r, 1, "２　事業費の推移（単位：千円）", bold=True, size=11)
    r += 1
    for c, word in enumerate(
        ("区分", "", "", "", "H30決算", "R元決算", "R2決算", "R3予算"), start=1
    ):
        if c in (2, 3, 4):
            continue
        _put(ws, r, c, word, header=True)
    _span(ws, r, 1, 4, "区分", header=True)
    r += 1
    for label, *vals in SH_COST:
        _span(ws, r, 1, 4, label)
        for c, v in zip(range(5, 9), vals):
            _put(ws, r, c, v)
        r += 1
    r += 1
    _text(ws, r, 1, "３　指標の状況", bold=True, size=11)
    h = r + 1
    _head2(
        ws,
        h,
        [
            (1, "区分"),
            (2, "指標の種類"),
            (3, "指標名"),
            (4, "単位"),
            (5, "H30実績"),
            (6, "R元実績"),
            (9, "R3目標"),
        ],
        [(7, 8, "R2年度", ["目標", "実績"])],
    )
    r = h + 2
    first = r
    for kubun, kind, name, unit, *vals in SH_ROWS:
        _put(ws, r, 1, kubun, align="center")
        _put(ws, r, 2, kind, align="center")
        _put(ws, r, 3, name)
        _put(ws, r, 4, unit, align="center")
        for c, v in zip(range(5, 10), vals):
            _put(ws, r, c, v)
        ws.row_dimensions[r].height = 20
        r += 1
    for top in (first, first + 2):
        ws.cell(row=top + 1, column=1).value = None
        _merge(ws, top, 1, top + 1, 1)
    r += 1
    _text(ws, r, 1, "４　評価", bold=True, size=11)
    r += 1
    _merge(ws, r, 1, r, 2)
    _put(ws, r, 1, "総合評価", header=True)
    _span(ws, r, 3, last, "B　概ね順調（R元は長雨の影響で収量が減少したが、R2は回復傾向）")
    _page(ws, "portrait")
    path = HERE / "shoo_jimujigyo_hyoka_r2.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 佐川町 (高知県高岡郡): 第5次佐川町総合計画 成果指標の達成状況（令和6年度）, HTML
# --------------------------------------------------------------------------------------------

# Real (town.sakawa.lg.jp/life/dtl.php?hdnKey=1400, teamsakawa.jp/plan, ja wiki mirror, tabi-mag.jp,
# tosabushi.com): the 第5次佐川町総合計画 (2016-2025), its vision word, the 中間成果報告 (2021年度版),
# 100.80km², 11,582人 (2024年11月1日推計), 牧野公園 (日本さくら名所100選) and まちまるごと植物園.
# Made up: the page, its date and 課, every indicator, figure and note.
SA_HEAD = """<thead>
<tr><th rowspan="2">成果指標</th><th rowspan="2">策定時<br>（H26年度）</th><th rowspan="2">中間実績<br>（R2年度）</th><th rowspan="2">R5年度<br>実績</th><th colspan="2">R6年度</th><th rowspan="2">最終目標<br>（R7年度）</th></tr>
<tr><th>目標</th><th>実績</th></tr>
</thead>"""
SA_ROWS = [
    # name, 策定時, 中間実績, R5実績, R6目標, R6実績, 最終目標
    (
        "町内農産物直販所の販売額",
        "1.2億円",
        "9,800万円",
        "1億2,300万円",
        "1.4億円",
        "1億3,050万円",
        "1.5億円",
    ),
    ("新規就農者数", "2人", "4人", "3人", "4人", "5人", "5人"),
    ("牧野公園の来園者数", "約3万人", "5.2万人", "8.9万人", "9万人", "10.4万人", "10万人"),
    ("町の取り組みに満足している町民の割合", "41.5%", "―", "44.0%", "47.0%", "45.8%", "50.0%"),
    (
        "町内の事業所数",
        "512事業所",
        "498事業所",
        "489事業所",
        "500事業所",
        "493事業所",
        "500事業所",
    ),
]
SA_NOTE = (
    "※町民アンケート（20歳以上の町民2,000人を無作為抽出、回答者1,024人）で「満足」「やや満足」と答えた人の割合。"
    "R2年度はアンケートを実施していません。"
)


def sakawa_html() -> str:
    body = []
    for row in SA_ROWS:
        name, *vals = row
        body.append(
            f'<tr><th scope="row">{name}</th>'
            + "".join(f'<td class="num">{v}</td>' for v in vals)
            + "</tr>"
        )
        if name.startswith("町の取り組み"):
            body.append(f'<tr class="setsumei"><td colspan="7">{SA_NOTE}</td></tr>')
    rows_html = "\n".join(body)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>第5次佐川町総合計画 成果指標の達成状況（令和6年度） - 佐川町</title>
<style>
body {{ font-family: "IPAexGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
thead th {{ background: #d9d9d9; }}
tbody th {{ text-align: left; font-weight: normal; }}
tr.setsumei td {{ font-size: 8.5pt; color: #333; background: #f7f7f7; }}
td.num {{ text-align: right; }}
</style>
</head>
<body>
<nav><ol class="breadcrumb"><li><a href="/">ホーム</a></li><li><a href="/life/">くらし・町政</a></li><li><a href="/life/keikaku/">計画・施策</a></li><li>第5次佐川町総合計画 成果指標の達成状況（令和6年度）</li></ol></nav>
<h1>第５次佐川町総合計画　成果指標の達成状況（令和６年度）</h1>
<p class="date">更新日：2025年9月12日　担当：企画政策課</p>
<p>第5次佐川町総合計画（2016年度～2025年度）は、ビジョンワード「チームさかわ まじめに、おもしろく。」のもと、10年間のまちづくりの方向を定めた町の最上位の計画です。2021年度には中間成果報告をまとめました。</p>
<p>佐川町は面積100.80km²、人口11,582人（2024年11月1日推計）の町です。牧野富太郎博士ゆかりの牧野公園を中心に「まちまるごと植物園」の取り組みを進めています。計画の9年目にあたる令和6年度の主な成果指標の状況をお知らせします。</p>
<h2>しごと・交流分野の成果指標</h2>
<table>
{SA_HEAD}
<tbody>
{rows_html}
</tbody>
</table>
<p>※金額・人数は各年度（4月～翌年3月）の値です。</p>
<p>お問い合わせ：企画政策課 企画係</p>
</body>
</html>
"""


def sakawa() -> Path:
    path = HERE / "sakawa_sogo_seika_r6.html"
    path.write_bytes(sakawa_html().encode("utf-8"))
    return path


# --------------------------------------------------------------------------------------------
# 東串良町 (鹿児島県肝属郡): 東串良町総合振興計画 後期基本計画 施策の成果指標（令和5年度実績）
# --------------------------------------------------------------------------------------------

# Real (ja.wikipedia 東串良町 and mirrors, happylibus 町勢要覧2011): 東串良町総合振興計画 (named in the
# 町勢要覧), 企画課, 27.85km², 6,059人 (2024年11月1日推計), 肝属平野, 志布志湾, the 志布志国家石油備蓄基地
# (43基), 柏原海岸のルーピン, 唐仁古墳群. Made up: the 後期 period, the sheet, every indicator and figure.
HK_ROWS = [
    # No., name, 単位, target R5, R5, R4, R3, base H30, 備考
    (1, "施設園芸作物の出荷額", "金額", 1850000, 1792400, 1705300, 1688000, 1640500, "JA出荷分"),
    (2, "新規就農者数", "人", 5, 4, 6, 3, 2, ""),
    (3, "ふるさと納税寄附額", "金額", 600000, 655210, 512800, 430150, 280000, ""),
    (4, "柏原海岸周辺の観光入込客数", "人", 60000, 58300, 49800, 21500, 35000, "R3は催事中止"),
]


def higashikushira() -> Path:
    wb, ws = _sheet("成果指標", [5, 34, 7, 12, 12, 12, 12, 12, 14])
    last = 9
    _text(
        ws,
        1,
        1,
        "東串良町総合振興計画（後期基本計画）　施策の成果指標（令和５年度実績）",
        bold=True,
        size=12,
    )
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=last)
    ws.row_dimensions[1].height = 24
    _text(ws, 2, last, "令和6年9月　東串良町企画課", align="right")
    _text(ws, 3, 1, "１　計画の概要", bold=True, size=11)
    r = _fields(
        ws,
        4,
        last,
        (
            ("計画の名称", "東串良町総合振興計画　後期基本計画", 18),
            ("計画期間", "令和元年度～令和5年度（5年間）", 18),
            ("担当課", "企画課", 18),
            (
                "町の概要",
                "本町は大隅半島の東部、志布志湾に面し、町域全体が肝属平野に広がる面積27.85km²の町である。"
                "人口は6,059人（2024年11月1日推計）。埋立地には43基のタンクが並ぶ志布志国家石油備蓄基地があり、"
                "柏原海岸のルーピンや唐仁古墳群が知られる。",
                58,
            ),
        ),
    )
    r += 1
    _text(ws, r, 1, "２　成果指標の推移（金額の単位：千円）", bold=True, size=11)
    h = r + 1
    _head2(
        ws,
        h,
        [
            (1, "No."),
            (2, "成果指標"),
            (3, "単位"),
            (4, "目標値（R5）"),
            (8, "基準値（H30）"),
            (9, "備考"),
        ],
        [(5, 7, "実績値", ["R5", "R4", "R3"])],
    )
    r = h + 2
    for no, name, unit, *vals, note in HK_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for c, v in zip(range(4, 9), vals):
            _put(ws, r, c, v)
        _put(ws, r, 9, note, size=8)
        ws.row_dimensions[r].height = 22
        r += 1
    r += 1
    for line in (
        "※実績値は左から新しい年度の順に記載している。",
        "※単位欄の「金額」は千円単位（見出しのとおり）。観光入込客数は町観光協会調べ。",
    ):
        _text(ws, r, 1, line, size=8)
        r += 1
    r += 1
    _text(ws, r, 1, "３　評価", bold=True, size=11)
    r += 1
    _merge(ws, r, 1, r, 3)
    _put(ws, r, 1, "後期基本計画の総括", header=True)
    _span(ws, r, 4, last, "4指標中1指標で目標を達成。次期計画で指標を見直す。")
    ws.row_dimensions[r].height = 20
    _page(ws, "portrait")
    path = SOURCE / "higashikushira_shisaku_seika_r5.xlsx"
    _save(wb, path)
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (buzen, higashikushira):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {shoo().name}")
    print(f"wrote {sakawa().name}")


if __name__ == "__main__":
    main()
