"""Build the forms394 documents.

Writes source/nakasatsunai_jimujigyo_hyoka_r5.xlsx, source/otsuchi_seika_jisseki_r5.xlsx and
source/gojome_kpi_shinchoku_r5.xlsx (each converted to a one-page PDF with LibreOffice unless --no-pdf
is given) and the page shichinohe_senryaku_kpi_r5.html. Workbooks get fixed timestamps so that every
XLSX and the HTML are byte-stable.
"""
# ruff: noqa: E501, B905

import io
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "source"
FONT = "IPAexGothic"
FIXED = datetime(2024, 9, 1, 9, 0, 0)
THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD_FILL = PatternFill("solid", fgColor="DDEBF7")
LABEL_FILL = PatternFill("solid", fgColor="F2F2F2")
GREY_FILL = PatternFill("solid", fgColor="D9D9D9")
NOTE_FILL = PatternFill("solid", fgColor="FFF2CC")


def font(size=9, bold=False):
    return Font(name=FONT, size=size, bold=bold)


def put(
    ws,
    ref,
    value,
    size=9,
    bold=False,
    fill=None,
    border=True,
    h="left",
    v="center",
    wrap=True,
    fmt=None,
):
    cell = ws[ref]
    cell.value = value
    cell.font = font(size, bold)
    cell.alignment = Alignment(horizontal=h, vertical=v, wrap_text=wrap)
    if border:
        cell.border = BOX
    if fill is not None:
        cell.fill = fill
    if fmt is not None:
        cell.number_format = fmt
    return cell


def merge(ws, rng, value, **kw):
    first = rng.split(":")[0]
    put(ws, first, value, **kw)
    if kw.get("border", True):
        for row in ws[rng]:
            for cell in row:
                cell.border = BOX
                if kw.get("fill") is not None:
                    cell.fill = kw["fill"]
    ws.merge_cells(rng)


def num_fmt(value):
    if isinstance(value, float):
        return "#,##0.0"
    if isinstance(value, int):
        return "#,##0"
    return None


def value_cell(ws, ref, value, fill=None, size=9):
    put(ws, ref, value, h="right", fmt=num_fmt(value), fill=fill, size=size)


def page_setup(ws, landscape, area):
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_area = area
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    ws.print_options.horizontalCentered = True


def save_stable(wb, path):
    """Save a workbook with fixed timestamps (core.xml and zip entries)."""
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = "forms394"
    wb.properties.lastModifiedBy = "forms394"
    buf = io.BytesIO()
    wb.save(buf)
    stamp = FIXED.strftime("%Y-%m-%dT%H:%M:%SZ")
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                text = data.decode("utf-8")
                for tag in ("created", "modified"):
                    text = re.sub(
                        rf"(<dcterms:{tag}[^>]*>)[^<]*(</dcterms:{tag}>)",
                        r"\g<1>" + stamp + r"\g<2>",
                        text,
                    )
                data = text.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 9, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(zi, data)
    path.write_bytes(out.getvalue())


def fields_block(ws, row, fields, label_rng, text_first, last_col):
    """Form rows: a grey label merged over label_rng columns, the text merged to last_col."""
    a, b = label_rng
    for label, text, height in fields:
        merge(ws, f"{a}{row}:{b}{row}", label, fill=LABEL_FILL, bold=True)
        merge(ws, f"{text_first}{row}:{last_col}{row}", text)
        ws.row_dimensions[row].height = height
        row += 1
    return row


# ---------------------------------------------------------------- 中札内村 (PDF, portrait)

NAKASATSUNAI_ROWS = [
    # (区分, No., 指標名, 計画 R3..R6, 実績 R3..R5, 差 R3..R5, 備考)
    (
        "活動指標",
        "1",
        "商談会・物産展への出展回数（回）",
        [3, 3, 3, 3],
        [3, 2, 4],
        ["0", "△1", "＋1"],
        "R4は1回が主催者都合により中止。",
    ),
    (
        "活動指標",
        "2",
        "首都圏PRイベントの来場者数（人）",
        ["―", 1500, 1800, 2000],
        ["―", 1320, 2050],
        ["―", "△180", "＋250"],
        "R4から実施（R3は実施なし）。",
    ),
    (
        "成果指標",
        "3",
        "えだまめ加工品の販売額（千円）",
        [18000, 20000, 22000, 24000],
        [17450, 20380, 23900],
        ["△550", "＋380", "＋1,900"],
        "R5実績は令和6年2月末時点の見込額（3月分は集計中）。",
    ),
    (
        "成果指標",
        "4",
        "新規取引事業者数（社）",
        [2, 2, 3, 3],
        [1, 3, 2],
        ["△1", "＋1", "△1"],
        "各年度に新たに取引を始めた事業者の数。",
    ),
]


def build_nakasatsunai():
    wb = Workbook()
    ws = wb.active
    ws.title = "評価シート"
    widths = {"A": 8, "B": 5, "C": 26, "D": 14, "E": 9, "F": 9, "G": 9, "H": 9, "I": 24}
    for c, w in widths.items():
        ws.column_dimensions[c].width = w
    merge(
        ws,
        "A1:I1",
        "令和５年度　事務事業評価シート（令和5年度実施事業）",
        size=14,
        bold=True,
        border=False,
        h="center",
    )
    ws.row_dimensions[1].height = 26
    merge(ws, "A2:I2", "作成日　令和6年7月12日　　中札内村", border=False, h="right")
    put(ws, "A4", "１　事業の概要", size=11, bold=True, border=False, wrap=False)
    fields = [
        ("事務事業名", "えだまめ・特産品販路拡大推進事業", 18),
        ("担当課", "産業課", 18),
        ("上位計画", "中札内村まち・ひと・しごと創生総合戦略推進計画（地域再生計画）", 18),
        ("事業期間", "令和3年度～令和6年度（4か年）", 18),
        (
            "村の概況",
            "本村は十勝平野の南西部、札内川の中流域に位置し、面積は292.58km²。1947年に分村して誕生し、人口は1960年まで5,000人台で推移したが、2020年には3,884人となった。1985年に「有機農業の村」を宣言し、村内には六花の森や中札内美術村などの美術館が点在している。帯広空港からは車で約10分。",
            54,
        ),
        (
            "事業の内容",
            "村の主要作物である枝豆を中心に、加工品の販路を道内外へ広げるため、首都圏の商談会・物産展への出展（年3回程度）、首都圏でのPRイベントの開催、取引事業者の開拓を行う。事業費は4か年で約2,400万円を見込む。",
            42,
        ),
    ]
    row = fields_block(ws, 5, fields, ("A", "B"), "C", "I")
    row += 1
    put(ws, f"A{row}", "２　指標の推移", size=11, bold=True, border=False, wrap=False)
    row += 1
    heads = [
        "区分",
        "No.",
        "指標名（単位）",
        "項目",
        "R3年度",
        "R4年度",
        "R5年度",
        "R6年度",
        "備考",
    ]
    for c, text in zip("ABCDEFGHI", heads):
        put(ws, f"{c}{row}", text, bold=True, fill=HEAD_FILL, h="center")
    ws.row_dimensions[row].height = 20
    row += 1
    first_of = {}
    for kubun, no, name, plan, act, diff, note in NAKASATSUNAI_ROWS:
        first_of.setdefault(kubun, row)
        merge(ws, f"B{row}:B{row + 2}", no, h="center")
        merge(ws, f"C{row}:C{row + 2}", name)
        merge(ws, f"I{row}:I{row + 2}", note, size=8)
        for k, (item, values) in enumerate(
            (("計画", plan), ("実績", act), ("差（実績－計画）", diff))
        ):
            r = row + k
            put(ws, f"D{r}", item, h="center")
            for c, v in zip("EFGH", values):
                value_cell(ws, f"{c}{r}", v)
            if k > 0:
                put(ws, f"H{r}", None, fill=GREY_FILL)
            ws.row_dimensions[r].height = 18
        row += 3
    for kubun, start in first_of.items():
        merge(ws, f"A{start}:A{start + 5}", kubun, h="center", bold=True)
    put(
        ws,
        f"A{row}",
        "※「差」は各年度の実績から計画を差し引いた数値（△はマイナス）。R6年度は計画のみ記載。",
        size=8,
        border=False,
        wrap=False,
    )
    row += 2
    put(ws, f"A{row}", "３　評価", size=11, bold=True, border=False, wrap=False)
    row += 1
    merge(ws, f"A{row}:B{row}", "総合評価", fill=LABEL_FILL, bold=True)
    merge(
        ws,
        f"C{row}:I{row}",
        "B　概ね順調。販売額は3か年で増加し、首都圏イベントの来場者も2年目で計画を上回った。取引事業者の開拓は年1～3社にとどまっており、R6年度は商談会での個別商談を強化する。",
    )
    ws.row_dimensions[row].height = 42
    page_setup(ws, False, f"A1:I{row}")
    path = SOURCE / "nakasatsunai_jimujigyo_hyoka_r5.xlsx"
    save_stable(wb, path)
    return path


# ---------------------------------------------------------------- 大槌町 (PDF, landscape)

OTSUCHI_LEFT = [
    ("1", "秋サケ漁獲量", "t", 312, 400, 500),
    ("2", "水産加工品製造品出荷額", "百万円", 4820, 5000, 5500),
    ("3", "蓬莱島周辺エリアの観光入込客数", "千人", 58.2, 65.0, 80.0),
    ("4", "町民文化祭の参加者数", "人", 1850, 1900, 2000),
    ("5", "自主防災組織の組織率", "％", 72.5, 85.0, 100.0),
]
OTSUCHI_RIGHT = [
    ("1", [180, 95, 41, 38, 22]),
    ("2", [4610, 4380, 4455, 4720, 4890]),
    ("3", [61.5, 28.4, 35.0, 47.6, 66.8]),
    ("4", [1900, "中止", 620, 1240, 1780]),
    ("5", [74.0, 76.3, 78.1, 80.0, 81.2]),
]


def build_otsuchi():
    wb = Workbook()
    ws = wb.active
    ws.title = "成果指標"
    widths = {
        "A": 5,
        "B": 30,
        "C": 8,
        "D": 11,
        "E": 11,
        "F": 11,
        "G": 3,
        "H": 5,
        "I": 9,
        "J": 9,
        "K": 9,
        "L": 9,
        "M": 9,
    }
    for c, w in widths.items():
        ws.column_dimensions[c].width = w
    merge(
        ws,
        "A1:M1",
        "大槌町総合計画　前期基本計画　成果指標の進捗状況（令和５年度末）",
        size=14,
        bold=True,
        border=False,
        h="center",
    )
    ws.row_dimensions[1].height = 26
    merge(ws, "A2:M2", "令和6年8月　大槌町 政策推進課", border=False, h="right")
    put(ws, "A4", "１　計画の概要", size=11, bold=True, border=False, wrap=False)
    fields = [
        ("計画の名称", "大槌町総合計画（基本構想・前期基本計画）", 18),
        (
            "計画期間",
            "基本構想　令和元年度～令和10年度（10年間）／前期基本計画　令和元年度～令和5年度（5年間）",
            18,
        ),
        ("担当課", "政策推進課", 18),
        (
            "町の概要",
            "本町は三陸海岸のほぼ中央に位置し、面積は200.59km²。標高1,173mの白見山を最高とする山々が西側の町境に連なり、大槌川（12.5km）と小鎚川（11.8km）が大槌湾に注ぐ。町方地区には約180か所の自噴井がある。人口は昭和54年の21,307人をピークに減少を続けている。大槌湾の蓬莱島は「ひょっこりひょうたん島」のモデルとされる。",
            42,
        ),
    ]
    row = fields_block(ws, 5, fields, ("A", "B"), "C", "M")
    row += 1
    put(
        ws,
        f"A{row}",
        "２　成果指標の進捗（前期基本計画）",
        size=11,
        bold=True,
        border=False,
        wrap=False,
    )
    row += 1
    put(ws, f"A{row}", "表１　成果指標と目標値", bold=True, border=False, wrap=False)
    put(ws, f"H{row}", "表２　年度別実績値", bold=True, border=False, wrap=False)
    row += 1
    top = row
    # 表1: a two-row header with each cell merged down
    for c, text in zip(
        "ABCDEF",
        ["No.", "成果指標", "単位", "基準値\n（H30）", "中間目標\n（R5）", "最終目標\n（R10）"],
    ):
        merge(ws, f"{c}{top}:{c}{top + 1}", text, bold=True, fill=HEAD_FILL, h="center")
    # 表2: No. merged down, 実績値 spanning the years
    merge(ws, f"H{top}:H{top + 1}", "No.", bold=True, fill=HEAD_FILL, h="center")
    merge(ws, f"I{top}:M{top}", "実績値", bold=True, fill=HEAD_FILL, h="center")
    for c, text in zip("IJKLM", ["R元", "R2", "R3", "R4", "R5"]):
        put(ws, f"{c}{top + 1}", text, bold=True, fill=HEAD_FILL, h="center")
    ws.row_dimensions[top].height = 18
    ws.row_dimensions[top + 1].height = 18
    row = top + 2
    for (no, name, unit, base, mid, final), (no2, values) in zip(OTSUCHI_LEFT, OTSUCHI_RIGHT):
        put(ws, f"A{row}", no, h="center")
        put(ws, f"B{row}", name)
        put(ws, f"C{row}", unit, h="center")
        for c, v in zip("DEF", (base, mid, final)):
            value_cell(ws, f"{c}{row}", v)
        put(ws, f"H{row}", no2, h="center")
        for c, v in zip("IJKLM", values):
            if v == "中止":
                put(ws, f"{c}{row}", v, h="center")
            else:
                value_cell(ws, f"{c}{row}", v)
        ws.row_dimensions[row].height = 20
        row += 1
    notes = [
        "※表２の実績値の単位は、表１の同じNo.の単位によります。",
        "※No.4の令和2年度は、新型コロナウイルス感染症の影響により町民文化祭を中止しました。",
        "※No.1の秋サケ漁獲量は、大槌湾内の定置網による漁獲量です（震災前の平成22年度は1,000tを超えていました）。",
    ]
    for text in notes:
        put(ws, f"A{row}", text, size=8, border=False, wrap=False)
        row += 1
    page_setup(ws, True, f"A1:M{row}")
    path = SOURCE / "otsuchi_seika_jisseki_r5.xlsx"
    save_stable(wb, path)
    return path


# ---------------------------------------------------------------- 五城目町 (PDF, portrait)

GOJOME_ROWS = [
    ("1", "転入者数", [212, 198, 225, 231, 240], 245, 250),
    ("2", "地域おこし協力隊員数", [6, 8, 9, 11, 12], 11, 12),
    None,
    ("3", "五城目朝市の来場者数", [38500, 21300, 29800, 41200, 45600], 46000, 50000),
    ("4", "朝市出店者に占める40歳未満の割合（％）", [12.4, 15.0, 16.8, 18.2, 21.5], 19.0, 20.0),
    ("5", "ふるさと納税の寄附件数（件）", [3210, 5480, 7920, 8305, "９，１２０"], 9000, 10000),
]


def build_gojome():
    wb = Workbook()
    ws = wb.active
    ws.title = "KPI進捗"
    widths = {"A": 5, "B": 30, "C": 10, "D": 9, "E": 9, "F": 9, "G": 9, "H": 9, "I": 10}
    for c, w in widths.items():
        ws.column_dimensions[c].width = w
    merge(
        ws,
        "A1:I1",
        "第2期五城目町まち・ひと・しごと創生総合戦略　KPI進捗管理表（令和５年度）",
        size=13,
        bold=True,
        border=False,
        h="center",
    )
    ws.row_dimensions[1].height = 26
    merge(ws, "A2:I2", "令和6年9月　五城目町まちづくり課", border=False, h="right")
    fields = [
        ("計画の名称", "第2期五城目町まち・ひと・しごと創生総合戦略", 18),
        ("計画期間", "令和2年度～令和6年度（5年間）", 18),
        ("担当課", "まちづくり課", 18),
        (
            "町の概要",
            "本町は秋田県の中央部、八郎潟の東部に位置し、面積は214.94km²。昭和30年に1町4村が合併して誕生した。中心部では500年以上の歴史をもつ朝市が毎月2・5・7・0の付く日に約250mの通りで開かれ、100軒近くの露店が並ぶ。平成25年10月には旧馬場目小学校を活用した五城目町地域活性化支援センター（BABAME BASE）を開設した。",
            54,
        ),
    ]
    row = fields_block(ws, 4, fields, ("A", "B"), "C", "I")
    row += 1
    put(
        ws,
        f"A{row}",
        "■基本目標２　五城目に新しいひとの流れをつくる",
        size=11,
        bold=True,
        border=False,
        wrap=False,
    )
    put(ws, f"I{row}", "（単位：人）", border=False, h="right", wrap=False)
    row += 1
    top = row
    for c, text in zip("ABC", ["No.", "KPI", "基準値\n（R元）"]):
        merge(ws, f"{c}{top}:{c}{top + 1}", text, bold=True, fill=HEAD_FILL, h="center")
    merge(ws, f"D{top}:G{top}", "実績値", bold=True, fill=HEAD_FILL, h="center")
    for c, text in zip("DEFG", ["R2", "R3", "R4", "R5"]):
        put(ws, f"{c}{top + 1}", text, bold=True, fill=HEAD_FILL, h="center")
    merge(ws, f"H{top}:H{top + 1}", "R5目標", bold=True, fill=HEAD_FILL, h="center")
    merge(ws, f"I{top}:I{top + 1}", "目標値\n（R6）", bold=True, fill=HEAD_FILL, h="center")
    ws.row_dimensions[top].height = 18
    ws.row_dimensions[top + 1].height = 18
    row = top + 2
    for item in GOJOME_ROWS:
        if item is None:
            merge(
                ws,
                f"A{row}:I{row}",
                "※以下のNo.3・No.4は、R3までは暦年（1月～12月）で集計し、R4から年度（4月～翌年3月）での集計に変更しています（基準値を含む）。",
                size=8,
                fill=NOTE_FILL,
            )
            ws.row_dimensions[row].height = 26
            row += 1
            continue
        no, name, values, r5_target, final = item
        put(ws, f"A{row}", no, h="center")
        put(ws, f"B{row}", name)
        for c, v in zip("CDEFG", values):
            value_cell(ws, f"{c}{row}", v)
        value_cell(ws, f"H{row}", r5_target)
        value_cell(ws, f"I{row}", final)
        ws.row_dimensions[row].height = 20
        row += 1
    notes = [
        "※KPIの名称に単位を付したものは、その単位によります。",
        "※No.5は企業版ふるさと納税を含みません。令和5年度の寄附額は約1億2千万円でした。",
        "※朝市の来場者数は、朝市開催日に町が行う通行量調査からの推計です。",
    ]
    for text in notes:
        put(ws, f"A{row}", text, size=8, border=False, wrap=False)
        row += 1
    page_setup(ws, False, f"A1:I{row}")
    path = SOURCE / "gojome_kpi_shinchoku_r5.xlsx"
    save_stable(wb, path)
    return path


# ---------------------------------------------------------------- 七戸町 (HTML)

HTML = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>第2期七戸町まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の進捗状況（令和5年度） - 七戸町</title>
<style>
body { font-family: sans-serif; margin: 1.5em; }
table { border-collapse: collapse; margin-bottom: 1.5em; }
th, td { border: 1px solid #666; padding: 0.3em 0.6em; }
thead th { background: #e8eef7; }
td.num { text-align: right; }
nav ol { list-style: none; padding: 0; }
nav li { display: inline; }
nav li + li::before { content: " > "; }
p.date { text-align: right; }
p.note { font-size: 0.9em; }
</style>
</head>
<body>
<nav aria-label="パンくずリスト"><ol>
<li><a href="/">トップページ</a></li>
<li><a href="/gyosei/">町政情報</a></li>
<li><a href="/gyosei/keikaku/">計画・施策</a></li>
<li>第2期七戸町まち・ひと・しごと創生総合戦略　KPIの進捗状況（令和5年度）</li>
</ol></nav>
<main>
<h1>第2期七戸町まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の進捗状況（令和5年度）</h1>
<p class="date">更新日：2024年10月1日　担当：地域おこし総合戦略課</p>
<p>七戸町は青森県の東部に位置する面積337.2km²の町で、平成17年3月31日に旧七戸町と旧天間林村が合併して誕生しました。町の中央には東北新幹線の七戸十和田駅があり、東京駅まで乗り換えなしで約3時間です。令和元年7月1日現在の人口は15,577人、高齢化率は39.7%でした。</p>
<p>第2期総合戦略（令和2年度～令和6年度）では、2015年に15,709人であった人口の減少を緩やかにするため、「年間30人の子どもの数を増やしていくこと」を目標に掲げています。令和5年度末時点の各KPIの状況は次のとおりです。</p>
<h2>基本目標1　しごとをつくり、安心して働けるまち</h2>
<table>
<thead>
<tr><th rowspan="2">施策</th><th rowspan="2">重要業績評価指標（KPI）</th><th rowspan="2">単位</th><th rowspan="2">基準値<br>（H30年度末）</th><th colspan="3">実績値（各年度末現在）</th><th rowspan="2">目標値<br>（R6年度末）</th></tr>
<tr><th>R3</th><th>R4</th><th>R5</th></tr>
</thead>
<tbody>
<tr><th rowspan="2">(1) 農業の担い手の確保・育成</th><td>認定農業者数</td><td>経営体</td><td class="num">412</td><td class="num">405</td><td class="num">401</td><td class="num">398</td><td class="num">420</td></tr>
<tr><td>農産物直売所の登録生産者数</td><td>人</td><td class="num">286</td><td class="num">291</td><td class="num">303</td><td class="num">310</td><td class="num">320</td></tr>
</tbody>
</table>
<h2>基本目標2　七戸への新しいひとの流れをつくり、子育ての希望をかなえる</h2>
<table>
<thead>
<tr><th rowspan="2">施策</th><th rowspan="2">重要業績評価指標（KPI）</th><th rowspan="2">単位</th><th rowspan="2">基準値<br>（H30年度末）</th><th colspan="3">実績値（各年度末現在）</th><th rowspan="2">目標値<br>（R6年度末）</th></tr>
<tr><th>R3</th><th>R4</th><th>R5</th></tr>
</thead>
<tbody>
<tr><th>(1) 移住・定住の促進</th><td>空き家バンクの登録物件数</td><td>件</td><td class="num">6</td><td class="num">11</td><td class="num">14</td><td class="num">１７</td><td class="num">20</td></tr>
<tr><th>(2) 子育て支援の充実</th><td>子育て応援アプリの登録者数</td><td>人</td><td class="num">352<br>（R4年度末）</td><td class="num">―</td><td class="num">352</td><td class="num">498</td><td class="num">600</td></tr>
</tbody>
</table>
<h2>基本目標3　安心して暮らし続けられるまち</h2>
<table>
<thead>
<tr><th rowspan="2">施策</th><th rowspan="2">重要業績評価指標（KPI）</th><th rowspan="2">単位</th><th rowspan="2">基準値<br>（H30年度末）</th><th colspan="3">実績値（各年度末現在）</th><th rowspan="2">目標値<br>（R6年度末）</th></tr>
<tr><th>R3</th><th>R4</th><th>R5</th></tr>
</thead>
<tbody>
<tr><th>(1) 人口減少の抑制</th><td>住民基本台帳人口</td><td>人</td><td class="num">15,412</td><td class="num">14,786</td><td class="num">14,530</td><td class="num">14,248</td><td class="num">14,000</td></tr>
</tbody>
</table>
<p class="note">※実績値は各年度の3月31日現在の数値です。</p>
<p class="note">※子育て応援アプリは令和4年度から運用を開始したため、基準値は令和4年度末の登録者数としています。</p>
<p class="note">※目標値は、第2期総合戦略の最終年度末（令和7年3月31日）の値です。</p>
</main>
<footer><p>七戸町役場　地域おこし総合戦略課</p></footer>
</body>
</html>
"""


def build_shichinohe():
    path = HERE / "shichinohe_senryaku_kpi_r5.html"
    path.write_bytes(HTML.encode("utf-8"))
    return path


def to_pdf(xlsx):
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
        shutil.copy(Path(tmp) / (xlsx.stem + ".pdf"), HERE / (xlsx.stem + ".pdf"))


def main():
    SOURCE.mkdir(exist_ok=True)
    pdf_sources = [build_nakasatsunai(), build_otsuchi(), build_gojome()]
    build_shichinohe()
    if "--no-pdf" not in sys.argv:
        for xlsx in pdf_sources:
            to_pdf(xlsx)


if __name__ == "__main__":
    main()
