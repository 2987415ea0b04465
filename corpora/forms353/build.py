"""Build the forms353 corpus: three one-page A4 PDFs (from XLSX sources in source/) and one HTML page.

Documents (re-typed forms, see README.md):
  hasuda_shisaku_hyoka_r5.pdf          蓮田市 総合振興計画 後期基本計画 施策評価シート (portrait)
  oamishirasato_kpi_jisseki_r6.html    大網白里市 まち・ひと・しごと創生推進計画 KPIの実績 (HTML)
  yokosuka_saiko_shihyo_r2.pdf         横須賀市 横須賀再興プラン（第3次実施計画） 指標の進捗状況 (landscape)
  yoshikawa_kpi_shinchoku_r5.pdf       吉川市 第2期まち・ひと・しごと創生総合戦略 KPIの進捗状況 (portrait)

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
    wb.properties.creator = "forms353"
    wb.properties.lastModifiedBy = "forms353"
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


def build_hasuda(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "施策評価"
    last = "J"
    title_block(
        ws,
        last,
        "蓮田市総合振興計画 後期基本計画　施策評価シート（令和５年度実績）",
        "令和6年7月　蓮田市 環境経済部 環境課",
        "F",
    )
    fields = [
        ("計画の名称", "蓮田市総合振興計画 後期基本計画", 18),
        ("計画期間", "令和3年度～令和7年度（5年間）", 18),
        ("施策", "4-2　水と緑の保全と活用", 18),
        ("担当課", "環境課", 18),
        (
            "市の概要",
            "本市は埼玉県の東央部に位置し、東西約4km、南北約15km、面積27.28km²の細長い市域を持つ。1972年（昭和47年）10月1日に市制を施行し、人口は61,087人（2024年10月1日推計）である。元荒川や黒浜沼などの水辺と田園が残り、市の花はスイレンである。",
            42,
        ),
    ]
    row = form_rows(ws, 4, fields, last)
    row += 1
    row = heading(ws, row, last, "２　成果指標の推移")
    h1, h2 = row, row + 1
    for col, text in (
        ("A", "No."),
        ("B", "成果指標"),
        ("C", "単位"),
        ("I", "R5目標"),
        ("J", "目標値\n（R7）"),
    ):
        merge(ws, f"{col}{h1}:{col}{h2}", text, 9, True, WRAP_C, True, SHADE)
    merge(ws, f"D{h1}:E{h1}", "基準値", 9, True, WRAP_C, True, SHADE)
    merge(ws, f"F{h1}:H{h1}", "実績値", 9, True, WRAP_C, True, SHADE)
    for col, text in zip("DEFGH", ["年度", "値", "R3", "R4", "R5"]):
        put(ws, f"{col}{h2}", text, 9, True, WRAP_C, True, SHADE)
    ws.row_dimensions[h1].height = 16
    ws.row_dimensions[h2].height = 16
    row = h2 + 1
    first = row
    for no, name, byear, bval, r3, r4, r5, t5, t7 in HS_ROWS:
        put(ws, f"A{row}", no, 9, False, WRAP_C, True)
        put(ws, f"B{row}", name, 9, False, WRAP_L, True)
        put(ws, f"D{row}", byear, 9, False, WRAP_C, True)
        for col, v in zip("EFGHIJ", [bval, r3, r4, r5, t5, t7]):
            put(ws, f"{col}{row}", v, 9, False, WRAP_R, True)
        ws.row_dimensions[row].height = 22
        row += 1
    for a, b, unit in HS_UNITS:
        rng = f"C{first + a}:C{first + b - 1}"
        if b - a > 1:
            merge(ws, rng, unit, 9, False, WRAP_C, True)
        else:
            put(ws, f"C{first + a}", unit, 9, False, WRAP_C, True)
    row += 0
    row = notes(
        ws,
        row,
        last,
        [
            "基準値は、指標ごとに把握できる直近の年度の値とし、その年度を「年度」欄に記載しています。",
            "※ 市内を流れる元荒川・綾瀬川などの測定地点6地点のうち、環境基準（BOD）を満たした地点の割合。",
            "令和3年度は新型コロナウイルス感染症の影響により、観察会・クリーン作戦とも規模を縮小して実施しました。",
        ],
    )
    setup(ws, False, [5, 34, 6, 7, 9, 9, 9, 9, 9, 10], row - 1, last)
    save_stable(wb, path)


# ---------------------------------------------------------------- 横須賀市 (landscape)

YK_ROWS = [
    # No., name, unit, 計画策定時（H28）, H30, R元, R2, R3（見込）, 目標値（H33）
    (
        "1",
        "観光客入込数",
        "千人",
        "8,051.2",
        "8,412.6",
        "8,644.0",
        "4,986.3",
        "6,200.0",
        "10,000.0",
    ),
    (
        "2",
        "猿島への来島者数",
        "人",
        "178,420",
        "206,310",
        "215,448",
        "94,102",
        "160,000",
        "250,000",
    ),
    ("3", "市内での創業件数", "件", "38", "41", "45", "36", "42", "60"),
    ("4", "企業の新規立地件数", "件", "4", "6", "5", "3", "7", "8"),
    (
        "5",
        "社会増減数（転入者数－転出者数）",
        "人",
        "△1,239",
        "△1,016",
        "△702",
        "△388",
        "△250",
        "±0",
    ),
]


def build_yokosuka(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "指標の進捗"
    last = "I"
    title_block(
        ws,
        last,
        "横須賀再興プラン（横須賀市実施計画 第3次実施計画）　施策の指標の進捗状況（令和２年度）",
        "令和3年8月　横須賀市 政策推進部 経営企画課",
        "F",
    )
    fields = [
        ("計画の名称", "横須賀再興プラン（横須賀市実施計画 第3次実施計画）", 18),
        ("計画期間", "平成30年度（2018年度）～平成33年度（2021年度）（4年間）", 18),
        ("担当課", "経営企画課", 18),
        (
            "市の概要",
            "本市は三浦半島の中央部に位置し、面積は100.82km²。1907年（明治40年）2月に市制を施行した。人口は平成2年（1990年）国勢調査の433,358人をピークに減少し、397,618人（2018年10月1日）となっている。猿島や海軍カレーなど、海と歴史を生かした観光資源を有する。",
            44,
        ),
    ]
    row = form_rows(ws, 4, fields, last)
    row += 1
    row = heading(ws, row, last, "■重点施策１　経済・産業の再興")
    h1, h2 = row, row + 1
    for col, text in (
        ("A", "No."),
        ("B", "指標"),
        ("C", "単位"),
        ("D", "計画策定時\n（H28）"),
        ("I", "目標値\n（H33）"),
    ):
        merge(ws, f"{col}{h1}:{col}{h2}", text, 9, True, WRAP_C, True, SHADE)
    merge(ws, f"E{h1}:H{h1}", "実績値", 9, True, WRAP_C, True, SHADE)
    for col, text in zip("EFGH", ["H30", "R元", "R2", "R3（見込）"]):
        put(ws, f"{col}{h2}", text, 9, True, WRAP_C, True, SHADE)
    ws.row_dimensions[h1].height = 16
    ws.row_dimensions[h2].height = 18
    row = h2 + 1
    for no, name, unit, *values in YK_ROWS:
        put(ws, f"A{row}", no, 9, False, WRAP_C, True)
        put(ws, f"B{row}", name, 9, False, WRAP_L, True)
        put(ws, f"C{row}", unit, 9, False, WRAP_C, True)
        for col, v in zip("DEFGHI", values):
            put(ws, f"{col}{row}", v, 9, False, WRAP_R, True)
        ws.row_dimensions[row].height = 20
        row += 1
    row = notes(
        ws,
        row,
        last,
        [
            "※ 本計画は改元前に策定したため、計画期間及び目標年度は平成で表記しています（平成33年度＝令和3年度）。実績値の年度は令和で表記しています。",
            "※ 令和2年度の観光客入込数及び猿島への来島者数は、新型コロナウイルス感染症の影響（猿島航路の運休等）により大きく減少しました。",
            "※ △は転出超過を示します。",
        ],
    )
    setup(ws, True, [5, 34, 7, 12, 11, 11, 11, 12, 12], row - 1, last)
    save_stable(wb, path)


# ---------------------------------------------------------------- 吉川市 (portrait)

YS_ROWS = [
    # No., name, unit, 基準値（R2）, 2022年度, 2023年度, 目標値（R8）, 担当課
    ("1", "年間出生数", "人", "590", "572", "548", "600", "子育て支援課"),
    (
        "2",
        "地域子育て支援拠点の年間利用者数",
        "人",
        "8,420",
        "15,230",
        "17,880",
        "20,000",
        "子育て支援課",
    ),
    ("3", "保育所等の待機児童数", "人", "12", "3", "0", "0（R6）", "保育幼稚園課"),
    (
        "4",
        "「吉川市が好き」と答えた中学生の割合",
        "％",
        "72.4",
        "―（隔年調査）",
        "78.9",
        "80.0",
        "教育総務課",
    ),
    ("5", "放課後子ども教室を実施する小学校数", "校", "5／8", "7／8", "8／8", "8／8", "生涯学習課"),
]


def build_yoshikawa(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "KPI進捗"
    last = "H"
    title_block(
        ws,
        last,
        "第2期吉川市まち・ひと・しごと創生総合戦略\n重要業績評価指標（KPI）の進捗状況（令和５年度）",
        "令和6年10月　吉川市 政策室",
        "E",
        height=40,
    )
    fields = [
        ("戦略の名称", "第2期吉川市まち・ひと・しごと創生総合戦略", 18),
        ("計画期間", "令和4年度～令和8年度（5年間）", 18),
        ("担当", "政策室", 18),
        (
            "市の状況",
            "本市は計画的な土地区画整理事業により東京近郊のベッドタウンとして発展し、人口は72,877人（平成31年4月1日現在、住民基本台帳）と増加を続けている。吉川美南駅東口周辺地区への人口定着により令和9年頃までは増加が見込まれるが、合計特殊出生率1.49（平成25年）が続く場合、令和42年には約5万9千人になると推計される。",
            52,
        ),
    ]
    row = form_rows(ws, 4, fields, last)
    row += 1
    row = heading(ws, row, last, "基本目標１　子供の笑顔と活気でまちを満たす")
    h1, h2 = row, row + 1
    for col, text in (
        ("A", "No."),
        ("B", "重要業績評価指標（KPI）"),
        ("C", "単位"),
        ("D", "基準値\n（R2）"),
        ("G", "目標値\n（R8）"),
        ("H", "担当課"),
    ):
        merge(ws, f"{col}{h1}:{col}{h2}", text, 9, True, WRAP_C, True, SHADE)
    merge(ws, f"E{h1}:F{h1}", "実績値", 9, True, WRAP_C, True, SHADE)
    put(ws, f"E{h2}", "２０２２年度\n（R4）", 9, True, WRAP_C, True, SHADE)
    put(ws, f"F{h2}", "２０２３年度\n（R5）", 9, True, WRAP_C, True, SHADE)
    ws.row_dimensions[h1].height = 16
    ws.row_dimensions[h2].height = 28
    row = h2 + 1
    for no, name, unit, *values, dept in YS_ROWS:
        put(ws, f"A{row}", no, 9, False, WRAP_C, True)
        put(ws, f"B{row}", name, 9, False, WRAP_L, True)
        put(ws, f"C{row}", unit, 9, False, WRAP_C, True)
        for col, v in zip("DEFG", values):
            put(ws, f"{col}{row}", v, 9, False, WRAP_R, True)
        put(ws, f"H{row}", dept, 9, False, WRAP_C, True)
        ws.row_dimensions[row].height = 24
        row += 1
    row = notes(
        ws,
        row,
        last,
        [
            "※ 目標値の欄に（　）で年度を記載したものは、その年度までに達成する目標です。",
            "※ No.4の調査（中学2年生対象）は隔年で実施しているため、令和4年度は調査を行っていません。",
            "※ No.5は「実施校数／市内の小学校数（8校）」で表記しています。",
        ],
    )
    setup(ws, False, [5, 32, 6, 10, 12, 12, 10, 13], row - 1, last)
    save_stable(wb, path)


# ---------------------------------------------------------------- 大網白里市 (HTML)

HTML = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>大網白里市まち・ひと・しごと創生推進計画 KPIの実績（令和6年度）｜大網白里市</title>
<style>
body { font-family: "Noto Sans CJK JP", sans-serif; margin: 1.5em; }
table { border-collapse: collapse; margin: 0.5em 0 1.5em; }
th, td { border: 1px solid #666; padding: 4px 8px; }
thead th { background: #e4ecf4; }
td { text-align: right; }
.breadcrumb ol { list-style: none; padding: 0; }
.breadcrumb li { display: inline; }
.breadcrumb li + li::before { content: " > "; }
.note { font-size: 90%; }
</style>
</head>
<body>
<nav class="breadcrumb">
<ol>
<li><a href="/">ホーム</a></li>
<li><a href="/shisei/">市政情報</a></li>
<li><a href="/shisei/keikaku/">計画・施策</a></li>
<li>大網白里市まち・ひと・しごと創生推進計画 KPIの実績（令和6年度）</li>
</ol>
</nav>
<main>
<h1>大網白里市まち・ひと・しごと創生推進計画 KPIの実績（令和6年度）</h1>
<p class="date">更新日：2025年8月29日　担当：企画政策課 政策推進班</p>
<p>本市は2013年（平成25年）1月1日に市制を施行しました。面積は58.06km²、人口は46,794人（2024年11月1日推計）で、東西約14km、南北約7kmの市域に、約3.5kmの海岸線（白里海岸）を有しています。</p>
<p>地域再生計画「大網白里市まち・ひと・しごと創生推進計画」（計画期間：令和3年3月31日～令和7年3月31日）に掲げた4つの目標のうち、目標2から目標4の重要業績評価指標（KPI）について、令和6年度までの実績をお知らせします。実績値の単位は、左の「現状値⇒目標値」欄と同じです。</p>
<h2>目標2　にぎわいと活力にあふれた新しいひとの流れをつくる</h2>
<table>
<thead>
<tr><th rowspan="2">KPI</th><th rowspan="2">現状値（R元年度）⇒目標値（R7.3）</th><th colspan="4">実績値</th></tr>
<tr><th>R3年度</th><th>R4年度</th><th>R5年度</th><th>R6年度</th></tr>
</thead>
<tbody>
<tr><th scope="row">年間転入者数</th><td>1,863人⇒1,900人</td><td>1,912</td><td>2,004</td><td>1,958</td><td>1,887</td></tr>
</tbody>
</table>
<h2>目標3　若い世代が住みたくなる出産・子育て・教育環境を実現する</h2>
<table>
<thead>
<tr><th rowspan="2">KPI</th><th rowspan="2">現状値（R元年度）⇒目標値（R7.3）</th><th colspan="4">実績値</th></tr>
<tr><th>R3年度</th><th>R4年度</th><th>R5年度</th><th>R6年度</th></tr>
</thead>
<tbody>
<tr><th scope="row">年間出生数（単年度）</th><td>278人⇒300人</td><td>241</td><td>236</td><td>219</td><td>224</td></tr>
<tr><th scope="row">合計特殊出生率</th><td>1.23⇒1.24以上</td><td>1.15</td><td>1.09</td><td>1.04</td><td>―</td></tr>
<tr><th scope="row">児童福祉・子育て支援に対する満足度</th><td>2.48⇒2.49以上</td><td>2.51</td><td>2.47</td><td>2.56</td><td>2.60</td></tr>
</tbody>
</table>
<h2>目標4　誰もが安全で安心なくらしができる魅力的な地域をつくる</h2>
<table>
<thead>
<tr><th rowspan="2">KPI</th><th rowspan="2">現状値（R元年度）⇒目標値（R7.3）</th><th colspan="4">実績値</th></tr>
<tr><th>R3年度</th><th>R4年度</th><th>R5年度</th><th>R6年度</th></tr>
</thead>
<tbody>
<tr><th scope="row">健康づくりに関する満足度</th><td>2.82⇒2.83以上</td><td>2.85</td><td>2.80</td><td>2.79</td><td>2.81</td></tr>
</tbody>
</table>
<p class="note">※ 満足度（単位：点）は、毎年度実施する市民意識調査における5段階評価（満足＝5点～不満＝1点）の平均点です。</p>
<p class="note">※ 合計特殊出生率の令和6年度の値は、千葉県の人口動態統計の公表後（令和7年秋頃）に掲載します。</p>
<p class="note">※ 目標値（R7.3）は計画期間の終期（令和7年3月31日）における目標です。</p>
</main>
<footer><p>大網白里市役所　〒299-3292 千葉県大網白里市大網115番地2</p></footer>
</body>
</html>
"""


def main():
    no_pdf = "--no-pdf" in sys.argv[1:]
    SOURCE.mkdir(exist_ok=True)
    builders = [
        ("hasuda_shisaku_hyoka_r5", build_hasuda),
        ("yokosuka_saiko_shihyo_r2", build_yokosuka),
        ("yoshikawa_kpi_shinchoku_r5", build_yoshikawa),
    ]
    for stem, build in builders:
        xlsx = SOURCE / f"{stem}.xlsx"
        build(xlsx)
        if not no_pdf:
            to_pdf(xlsx, HERE)
    (HERE / "oamishirasato_kpi_jisseki_r6.html").write_bytes(HTML.encode("utf-8"))


if __name__ == "__main__":
    main()
