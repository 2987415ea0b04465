"""Build the forms354 corpus: three one-page A4 PDFs (from XLSX sources in source/) and one HTML page.

Documents (re-typed forms, see README.md):
  sarufutsu_kpi_jisseki_2024.html       猿払村 まち・ひと・しごと創生推進計画 KPIの実績 (HTML)
  kembuchi_jimujigyo_hyoka_r6.pdf       剣淵町 事務事業評価シート 絵本の館運営事業 (portrait)
  oumu_kpi_shinchoku_r5.pdf             雄武町 第2期まち・ひと・しごと創生総合戦略 KPIの進捗状況 (portrait)
  betsukai_nogyo_seika_shihyo_r5.pdf    別海町 農業・農村振興計画（第2期） 成果指標の推移 (landscape)

Usage: /work/venv/bin/python build.py [--no-pdf]
"""

# ruff: noqa: E501, B905

import datetime
import io
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "source"
FIXED = datetime.datetime(2025, 9, 1, 9, 0, 0)
FONT = "IPAexGothic"
THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
SHADE = PatternFill("solid", fgColor="DDE6F0")
WRAP_C = Alignment(horizontal="center", vertical="center", wrap_text=True)
WRAP_L = Alignment(horizontal="left", vertical="center", wrap_text=True)
WRAP_R = Alignment(horizontal="right", vertical="center", wrap_text=True)


def font(size=9, bold=False):
    return Font(name=FONT, size=size, bold=bold)


def put(ws, ref, value, size=9, bold=False, align=WRAP_L, box=False, fill=None):
    cell = ws[ref]
    cell.value = value
    cell.font = font(size, bold)
    cell.alignment = align
    if box:
        cell.border = BOX
    if fill is not None:
        cell.fill = fill
    return cell


def merge(ws, rng, value, size=9, bold=False, align=WRAP_L, box=False, fill=None):
    ws.merge_cells(rng)
    put(ws, rng.split(":")[0], value, size, bold, align, box, fill)
    if box or fill is not None:
        for row in ws[rng]:
            for cell in row:
                if box:
                    cell.border = BOX
                if fill is not None:
                    cell.fill = fill


def setup(ws, landscape, widths, last_row, last_col):
    for letter, w in zip("ABCDEFGHIJKL", widths):
        ws.column_dimensions[letter].width = w
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    ws.print_area = f"A1:{last_col}{last_row}"


def save_stable(wb, path):
    """Save with fixed document properties and zip timestamps, so that two runs give the same bytes."""
    wb.properties.creator = "forms354"
    wb.properties.lastModifiedBy = "forms354"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    buf = io.BytesIO()
    wb.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in sorted(src.infolist(), key=lambda i: i.filename):
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                for tag in (rb"modified", rb"created"):
                    data = re.sub(
                        rb"<dcterms:" + tag + rb"([^>]*)>[^<]*<",
                        rb"<dcterms:" + tag + rb"\1>2025-09-01T09:00:00Z<",
                        data,
                    )
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 9, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            out.writestr(zi, data)


def to_pdf(xlsx, outdir):
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation=file://{tmp}/profile",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                tmp,
                str(xlsx),
            ],
            check=True,
            capture_output=True,
        )
        shutil.copy(Path(tmp) / (xlsx.stem + ".pdf"), outdir / (xlsx.stem + ".pdf"))


def title_block(ws, last, title, date_line, date_from, height=26, size=13):
    merge(ws, f"A1:{last}1", title, size, True, WRAP_C)
    ws.row_dimensions[1].height = height
    merge(ws, f"{date_from}2:{last}2", date_line, 9, False, WRAP_R)


def form_rows(ws, start, fields, last_col, label_cols="A:B"):
    """Key-value form fields: label merged over label_cols, value over the rest."""
    a, b = label_cols.split(":")
    first_value = chr(ord(b) + 1)
    row = start
    for label, value, height in fields:
        merge(ws, f"{a}{row}:{b}{row}", label, 9, True, WRAP_C, True, SHADE)
        merge(ws, f"{first_value}{row}:{last_col}{row}", value, 9, False, WRAP_L, True)
        ws.row_dimensions[row].height = height
        row += 1
    return row


def heading(ws, row, last, text):
    merge(ws, f"A{row}:{last}{row}", text, 11, True, WRAP_L)
    ws.row_dimensions[row].height = 20
    return row + 1


def notes(ws, row, last, lines):
    for text in lines:
        merge(ws, f"A{row}:{last}{row}", text, 8, False, WRAP_L)
        ws.row_dimensions[row].height = 14
        row += 1
    return row


# ---------------------------------------------------------------- 蓮田市 (portrait)

HS_ROWS = [
    # No., name, baseline year, baseline value, R3, R4, R5, R5目標, 目標値（R7）
    ("1", "黒浜沼周辺の自然観察会の参加者数", "H30", "412", "138", "297", "386", "380", "500"),
    (
        "2",
        "元荒川クリーン作戦の参加者数",
        "R元",
        "1,530",
        "620",
        "1,104",
        "1,388",
        "1,500",
        "1,600",
    ),
    ("3", "ごみの資源化率", "R元", "21.4", "20.8", "21.0", "21.9", "23.0", "25.0"),
    ("4", "河川の水質環境基準達成率※", "R2", "66.7", "66.7", "100.0", "83.3", "100.0", "100.0"),
    ("5", "市民農園の利用区画数", "R2", "２１４", "220", "231", "236", "240", "260"),
]
# 単位 merged down: rows 1-2 人, rows 3-4 ％, row 5 区画
HS_UNITS = [(0, 2, "人"), (2, 4, "％"), (4, 5, "区画")]


# ---------------------------------------------------------------- 剣淵町 (portrait)

KB_ROWS = [
    # 区分 index, No., name, unit, R4目標, R4実績, R5目標, R5実績, R6目標, R6実績
    (0, "①", "企画展・原画展の開催回数", "回", "6", "6", "6", "7", "6", "5"),
    (0, "②", "読み聞かせ会の開催回数", "回", "24", "22", "24", "25", "24", "26"),
    (1, "③", "絵本の館の入館者数", "千人", "35.0", "28.4※", "35.0", "31.2", "35.0", "33.6"),
    (
        1,
        "④",
        "入館者に占める町外からの来館者の割合",
        "％",
        "70.0",
        "72.5",
        "70.0",
        "74.1",
        "70.0",
        "73.8",
    ),
]


def build_kembuchi(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "事務事業評価"
    last = "J"
    title_block(
        ws,
        last,
        "事務事業評価シート（令和６年度実施事業）",
        "令和7年7月　剣淵町教育委員会 社会教育課",
        "F",
    )
    fields = [
        ("事務事業名", "絵本の館運営事業", 18),
        ("担当課", "社会教育課", 18),
        (
            "総合計画上の\n位置づけ",
            "まちづくりテーマ「人・夢・大地 やさしさ奏でる 絵本の里けんぶち」　基本目標４　心豊かな人を育むまちづくり",
            28,
        ),
        (
            "事業の概要",
            "昭和63年に町民有志14名が「けんぶち絵本の里を創ろう会」を結成して始まった絵本の里づくりの拠点として、平成16年に開館した絵本の館（絵本 約45,000冊を収蔵）を運営し、原画展、読み聞かせ、けんぶち絵本の里大賞などを行う。町の面積は130.99km²、人口は2,732人（2024年11月30日現在）。令和6年度決算額 18,420千円。",
            52,
        ),
    ]
    row = form_rows(ws, 4, fields, last)
    row += 1
    row = heading(ws, row, last, "３　指標の推移")
    h1, h2 = row, row + 1
    for col, text in (("A", "区分"), ("B", "No."), ("C", "指標名"), ("D", "単位")):
        merge(ws, f"{col}{h1}:{col}{h2}", text, 9, True, WRAP_C, True, SHADE)
    for cols, year in (("EF", "R4年度"), ("GH", "R5年度"), ("IJ", "R6年度")):
        merge(ws, f"{cols[0]}{h1}:{cols[1]}{h1}", year, 9, True, WRAP_C, True, SHADE)
        put(ws, f"{cols[0]}{h2}", "目標", 9, True, WRAP_C, True, SHADE)
        put(ws, f"{cols[1]}{h2}", "実績", 9, True, WRAP_C, True, SHADE)
    ws.row_dimensions[h1].height = 16
    ws.row_dimensions[h2].height = 16
    row = h2 + 1
    first = row
    for _group, no, name, unit, *values in KB_ROWS:
        put(ws, f"B{row}", no, 9, False, WRAP_C, True)
        put(ws, f"C{row}", name, 9, False, WRAP_L, True)
        put(ws, f"D{row}", unit, 9, False, WRAP_C, True)
        for col, v in zip("EFGHIJ", values):
            put(ws, f"{col}{row}", v, 9, False, WRAP_R, True)
        ws.row_dimensions[row].height = 28
        row += 1
    merge(ws, f"A{first}:A{first + 1}", "活動指標", 9, True, WRAP_C, True, SHADE)
    merge(ws, f"A{first + 2}:A{first + 3}", "成果指標", 9, True, WRAP_C, True, SHADE)
    row = notes(
        ws,
        row,
        last,
        [
            "※ 令和4年4月～6月は空調設備改修工事のため休館しました（令和4年度の開館日数 243日）。",
            "　 No.④は来館者アンケート（各年度8月・2月に実施、回答数 約600件）による割合です。",
        ],
    )
    row += 1
    row = heading(ws, row, last, "４　評価")
    merge(ws, f"A{row}:B{row}", "評価", 9, True, WRAP_C, True, SHADE)
    merge(
        ws,
        f"C{row}:{last}{row}",
        "B　概ね順調（入館者数は回復傾向にあるが、工事休館前の水準には届いていない）",
        9,
        False,
        WRAP_L,
        True,
    )
    ws.row_dimensions[row].height = 20
    setup(ws, False, [9, 5, 30, 6, 8, 8, 8, 8, 8, 8], row, last)
    save_stable(wb, path)


# ---------------------------------------------------------------- 雄武町 (portrait)

OM_ROWS = [
    # No., name, unit, 基準値（H30）, 令和３年度, 令和４年度, 令和５年度, 目標値（R6）
    ("1", "毛がにの漁獲量", "t", "312", "268", "241", "255", "300"),
    ("2", "メジカ（秋さけ）の水揚金額", "百万円", "1,820", "2,410", "1,960", "2,130", "2,000"),
    ("3", "ダッタンそばの作付面積", "ha", "85", "92", "101", "98", "120"),
    ("4", "日の出岬の観光入込客数", "千人", "62.4", "38.0", "51.7", "58.3", "70.0"),
    (
        "5",
        "「これからも雄武町に住み続けたい」と答えた町民の割合※",
        "％",
        "68.2",
        "71.5",
        "―",
        "73.0",
        "75.0",
    ),
]


def build_oumu(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "KPI進捗"
    last = "H"
    title_block(
        ws,
        last,
        "第２期雄武町まち・ひと・しごと創生総合戦略\n重要業績評価指標（KPI）の進捗状況（令和５年度）",
        "令和6年9月　雄武町 総合政策課",
        "E",
        height=40,
    )
    fields = [
        ("戦略の名称", "第２期雄武町まち・ひと・しごと創生総合戦略", 18),
        ("計画期間", "令和2年度～令和6年度（5年間）", 18),
        ("担当課", "総合政策課", 18),
        (
            "町の概要",
            "本町はオホーツク管内の最北端に位置し、総面積は636.88km²、海岸線は約35kmに及ぶ。人口は4,199人（2020年国勢調査）で、漁業（サケ、ホタテ、毛がに）と酪農を基幹産業とする。1985年に国鉄興浜南線が廃止され、現在は紋別方面へのバスが主な公共交通である。",
            44,
        ),
    ]
    row = form_rows(ws, 4, fields, last)
    row += 1
    row = heading(ws, row, last, "基本目標１　海と大地の恵みを活かした、しごとをつくる")
    h1, h2 = row, row + 1
    for col, text in (
        ("A", "No."),
        ("B", "重要業績評価指標（KPI）"),
        ("C", "単位"),
        ("D", "基準値\n（H30）"),
        ("H", "目標値\n（R6）"),
    ):
        merge(ws, f"{col}{h1}:{col}{h2}", text, 9, True, WRAP_C, True, SHADE)
    merge(ws, f"E{h1}:G{h1}", "実績値", 9, True, WRAP_C, True, SHADE)
    for col, text in zip("EFG", ["令和３年度", "令和４年度", "令和５年度"]):
        put(ws, f"{col}{h2}", text, 9, True, WRAP_C, True, SHADE)
    ws.row_dimensions[h1].height = 16
    ws.row_dimensions[h2].height = 28
    row = h2 + 1
    for no, name, unit, *values in OM_ROWS:
        put(ws, f"A{row}", no, 9, False, WRAP_C, True)
        put(ws, f"B{row}", name, 9, False, WRAP_L, True)
        put(ws, f"C{row}", unit, 9, False, WRAP_C, True)
        for col, v in zip("DEFGH", values):
            put(ws, f"{col}{row}", v, 9, False, WRAP_R, True)
        ws.row_dimensions[row].height = 28
        row += 1
    row = notes(
        ws,
        row,
        last,
        [
            "※ 町民意識調査は隔年で実施しており、令和4年度は調査を行っていません。",
            "　 No.2は雄武漁業協同組合の取扱実績（4月～翌年3月）です。",
        ],
    )
    setup(ws, False, [5, 34, 7, 10, 10, 10, 10, 10], row - 1, last)
    save_stable(wb, path)


# ---------------------------------------------------------------- 別海町 (landscape)

BK_ROWS = [
    # No., name, unit, 策定時（H27）, H30, R元, R2, R3, R4, R5, 中間目標（R2）, 目標（H37）; None = a cell struck with a diagonal line
    (
        "1",
        "生乳生産量",
        "千t",
        "468.2",
        "482.6",
        "490.1",
        "498.7",
        "501.3",
        "496.0",
        "488.4",
        "490.0",
        "500.0",
    ),
    (
        "2",
        "乳牛飼養頭数",
        "千頭",
        "108.5",
        "110.2",
        "111.0",
        "111.6",
        "112.4",
        "110.9",
        "109.3",
        "110.0",
        "110.0",
    ),
    (
        "3",
        "コントラクター・ＴＭＲセンターの利用戸数",
        "戸",
        "148",
        "176",
        "183",
        "190",
        "204",
        "211",
        "215",
        "200",
        "230",
    ),
    (
        "4",
        "スマート農業機器の導入戸数※2",
        "戸",
        None,
        None,
        None,
        None,
        "42",
        "58",
        "71",
        None,
        "100",
    ),
    (
        "5",
        "酪農体験・農業体験の受入人数",
        "人",
        "1,240",
        "1,510",
        "1,380",
        "0",
        "210",
        "640",
        "980",
        "1,600",
        "2,000",
    ),
]

DIAG = Side(style="thin", color="000000")


def build_betsukai(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "成果指標"
    last = "L"
    title_block(
        ws,
        last,
        "別海町農業・農村振興計画（第２期）　成果指標の推移（令和５年度）",
        "令和6年8月　別海町 産業振興部 農政課",
        "H",
    )
    fields = [
        ("計画の名称", "別海町農業・農村振興計画（第２期）　～生命めぐる大地～", 18),
        ("計画期間", "平成28年度～平成37年度（10年間）　※令和3年度に中間年の見直しを実施", 18),
        ("担当課", "農政課", 18),
        (
            "町の概要",
            "本町は根室管内の中央部に位置し、面積は1,317.17km²で町としては全国で3番目に広い。約11万頭の乳牛を飼養する日本一の生乳生産地であり、野付半島（全長26km）は平成17年に野付湾、風蓮湖とともにラムサール条約湿地に登録された。人口は14,025人（2024年5月31日現在）。",
            40,
        ),
    ]
    row = form_rows(ws, 4, fields, last, label_cols="A:B")
    row += 1
    row = heading(ws, row, last, "■成果指標の推移")
    h1, h2 = row, row + 1
    for col, text in (
        ("A", "No."),
        ("B", "成果指標"),
        ("C", "単位"),
        ("D", "策定時\n（H27）"),
        ("K", "中間目標\n（R2）"),
        ("L", "目標\n（H37）※1"),
    ):
        merge(ws, f"{col}{h1}:{col}{h2}", text, 9, True, WRAP_C, True, SHADE)
    merge(ws, f"E{h1}:J{h1}", "実績値", 9, True, WRAP_C, True, SHADE)
    for col, text in zip("EFGHIJ", ["H30", "R元", "R2", "R3", "R4", "R5"]):
        put(ws, f"{col}{h2}", text, 9, True, WRAP_C, True, SHADE)
    ws.row_dimensions[h1].height = 16
    ws.row_dimensions[h2].height = 30
    row = h2 + 1
    for no, name, unit, *values in BK_ROWS:
        put(ws, f"A{row}", no, 9, False, WRAP_C, True)
        put(ws, f"B{row}", name, 9, False, WRAP_L, True)
        put(ws, f"C{row}", unit, 9, False, WRAP_C, True)
        for col, v in zip("DEFGHIJKL", values):
            cell = put(ws, f"{col}{row}", v, 9, False, WRAP_R, True)
            if v is None:
                cell.border = Border(
                    left=THIN, right=THIN, top=THIN, bottom=THIN, diagonal=DIAG, diagonalUp=True
                )
        ws.row_dimensions[row].height = 24
        row += 1
    row = notes(
        ws,
        row,
        last,
        [
            "※1 目標年度の平成37年度は、改元により令和7年度となります（計画書の表記のまま掲載しています）。",
            "※2 No.4は令和3年度の中間見直しで追加した指標です。追加前の年度と中間目標の欄は斜線としています。",
            "　　 令和2年度の受入人数（No.5）は、新型コロナウイルス感染症の拡大防止のため受入れを休止したことによるものです。",
        ],
    )
    setup(ws, True, [5, 32, 6, 9, 8, 8, 8, 8, 8, 8, 9, 10], row - 1, last)
    save_stable(wb, path)


# ---------------------------------------------------------------- 猿払村 (HTML)

HTML = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>猿払村まち・ひと・しごと創生推進計画 重要業績評価指標（KPI）の実績（2024年度）｜猿払村</title>
<style>
body { font-family: "Noto Sans CJK JP", sans-serif; margin: 1.5em; }
table { border-collapse: collapse; margin: 0.5em 0 1.5em; }
th, td { border: 1px solid #666; padding: 4px 8px; }
thead th { background: #e6eef2; }
td { text-align: right; }
td.unit { text-align: center; }
.breadcrumb ol { list-style: none; padding: 0; }
.breadcrumb li { display: inline; }
.breadcrumb li + li::before { content: " > "; }
.note { font-size: 90%; }
</style>
</head>
<body>
<nav class="breadcrumb">
<ol>
<li><a href="/">トップページ</a></li>
<li><a href="/gyosei/">村政情報</a></li>
<li><a href="/gyosei/keikaku/">計画・取組</a></li>
<li>猿払村まち・ひと・しごと創生推進計画 KPIの実績（2024年度）</li>
</ol>
</nav>
<main>
<h1>猿払村まち・ひと・しごと創生推進計画 重要業績評価指標（KPI）の実績（2024年度）</h1>
<p class="date">掲載日：2025年9月26日　担当：企画政策課 政策推進係</p>
<p>猿払村は日本最北の村で、面積は589.99km²、人口は2,684人（平成27年国勢調査）です。猿払村人口ビジョンの独自推計では、2060年の総人口は2015年の約73%になる見込みで、進学に伴う10代後半の転出と65歳以上の転出が人口減少の主な要因となっています。</p>
<p>地域再生計画「猿払村まち・ひと・しごと創生推進計画」（計画期間：2020年度～2024年度）に掲げた重要業績評価指標（KPI）について、計画最終年度までの実績を公表します。</p>
<h2>基本目標１　猿払の産業の維持・発展により雇用を創出する</h2>
<table>
<thead>
<tr><th rowspan="2">KPI</th><th rowspan="2">単位</th><th rowspan="2">基準値<br>（2019年度）</th><th colspan="3">実績値</th><th rowspan="2">目標値<br>（2024年度）</th></tr>
<tr><th>2022年度</th><th>2023年度</th><th>2024年度</th></tr>
</thead>
<tbody>
<tr><th scope="row">ホタテ稚貝の放流数</th><td class="unit">億粒</td><td>24.5</td><td>23.8</td><td>24.1</td><td>22.6</td><td>25.0</td></tr>
<tr><th scope="row">新規漁業就業者数</th><td class="unit">人</td><td>6</td><td>4</td><td>7</td><td>5</td><td>8</td></tr>
<tr><th scope="row">酪農ヘルパーの利用戸数</th><td class="unit">戸</td><td>38</td><td>41</td><td>43</td><td>46</td><td>45</td></tr>
</tbody>
</table>
<h2>基本目標２　猿払ならではの魅力を活かして、人を惹きつけ人を呼び込む</h2>
<table>
<thead>
<tr><th rowspan="2">KPI</th><th rowspan="2">単位</th><th rowspan="2">基準値<br>（2019年度）</th><th colspan="3">実績値</th><th rowspan="2">目標値<br>（2024年度）</th></tr>
<tr><th>2022年度</th><th>2023年度</th><th>2024年度</th></tr>
</thead>
<tbody>
<tr><th scope="row">観光入込客数</th><td class="unit">人</td><td>52,300</td><td>41,800</td><td>47,600</td><td>49,900<br>（速報値）</td><td>55,000</td></tr>
<tr><th scope="row">移住・定住に関する相談件数</th><td class="unit">件</td><td>12</td><td>19</td><td>23</td><td>21</td><td>20</td></tr>
</tbody>
</table>
<p class="note">※ ホタテ稚貝の放流数は、猿払村漁業協同組合による各年度の放流実績です（1億粒＝100,000,000粒）。</p>
<p class="note">※ 2024年度の観光入込客数は速報値です。確定値は北海道観光入込客数調査の公表（2025年度末予定）後に更新します。</p>
</main>
<footer><p>猿払村役場　〒098-6292 北海道宗谷郡猿払村鬼志別西町172番地</p></footer>
</body>
</html>
"""


def main():
    no_pdf = "--no-pdf" in sys.argv[1:]
    SOURCE.mkdir(exist_ok=True)
    builders = [
        ("kembuchi_jimujigyo_hyoka_r6", build_kembuchi),
        ("oumu_kpi_shinchoku_r5", build_oumu),
        ("betsukai_nogyo_seika_shihyo_r5", build_betsukai),
    ]
    for stem, build in builders:
        xlsx = SOURCE / f"{stem}.xlsx"
        build(xlsx)
        if not no_pdf:
            to_pdf(xlsx, HERE)
    (HERE / "sarufutsu_kpi_jisseki_2024.html").write_bytes(HTML.encode("utf-8"))


if __name__ == "__main__":
    main()
