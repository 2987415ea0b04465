"""Build forms522: four KPI documents of 赤平市, 九戸村, 蔵王町 and 柳津町.

Writes `akabira_tanko_isan_jimujigyo_r6.xlsx` (the workbook is the document), `kunohe_ijuteiju_jimujigyo_r6.html` and the
XLSX sources `source/zao_kaju_kofukin_kensho_r5.xlsx` and `source/yanaizu_kaso_seika_suii_r5.xlsx`, which LibreOffice
turns into the PDFs of the same names.
Run `/work/venv/bin/python build.py` (`--no-pdf` skips LibreOffice). XLSX and HTML are byte-stable.
"""
# ruff: noqa: E501

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
SRC = HERE / "source"
FONT = "IPAexGothic"
THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
SHADE = PatternFill("solid", fgColor="D9D9D9")
LIGHT = PatternFill("solid", fgColor="F2F2F2")
STAMP = (2025, 9, 30, 9, 0, 0)
STAMP_ISO = b"2025-09-30T09:00:00Z"
PDFS = ["zao_kaju_kofukin_kensho_r5", "yanaizu_kaso_seika_suii_r5"]
COLS = "ABCDEFGHIJKLMNOP"
TRIANGLE = '#,##0;"△"#,##0'


def font(size=9, bold=False):
    return Font(name=FONT, size=size, bold=bold)


def put(ws, ref, value, size=9, bold=False, box=False, shade=None, h="left", wrap=True, fmt=None):
    cell = ws[ref]
    cell.value = value
    cell.font = font(size, bold)
    cell.alignment = Alignment(horizontal=h, vertical="center", wrap_text=wrap)
    if box:
        cell.border = BOX
    if shade is not None:
        cell.fill = shade
    if fmt:
        cell.number_format = fmt
    elif isinstance(value, float):
        cell.number_format = "#,##0.0"
    elif isinstance(value, int):
        cell.number_format = "#,##0"
    return cell


def boxed(ws, rng, shade=None):
    for row in ws[rng]:
        for cell in row:
            cell.border = BOX
            if shade is not None:
                cell.fill = shade


def merge(ws, rng, value, **kw):
    first = rng.split(":")[0]
    put(ws, first, value, **kw)
    ws.merge_cells(rng)
    if kw.get("box"):
        boxed(ws, rng, kw.get("shade"))


def save(wb, path):
    """Save with fixed properties and fixed zip timestamps, so the bytes do not change."""
    wb.properties.creator = "forms522"
    wb.properties.lastModifiedBy = "forms522"
    buf = io.BytesIO()
    wb.save(buf)
    buf.seek(0)
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in sorted(zin.infolist(), key=lambda i: i.filename):
            data = zin.read(item.filename)
            if item.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>" + STAMP_ISO, data)
                data = re.sub(rb"(<dcterms:created[^>]*>)[^<]*", rb"\g<1>" + STAMP_ISO, data)
            info = zipfile.ZipInfo(item.filename, date_time=STAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            zout.writestr(info, data)


def page(ws, landscape):
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.6


def widths(ws, spec):
    for col, w in spec.items():
        ws.column_dimensions[col].width = w


def form_rows(ws, r, rows, key_cols, val_cols, tall=None):
    tall = tall or {}
    for key, val in rows:
        merge(ws, f"{key_cols[0]}{r}:{key_cols[1]}{r}", key, bold=True, box=True, shade=SHADE)
        merge(ws, f"{val_cols[0]}{r}:{val_cols[1]}{r}", val, box=True)
        ws.row_dimensions[r].height = tall.get(key, 18)
        r += 1
    return r


def notes(ws, r, texts, span):
    for text in texts:
        merge(ws, f"A{r}:{span}{r}", text, size=8)
        ws.row_dimensions[r].height = 14 if len(text) < 90 else 24
        r += 1
    return r


# ---------------------------------------------------------------- 赤平市 (XLSX document)
AKABIRA_INDICATORS = [
    # (区分, No., 指標名, 単位, 基準値, R4実績, R5実績, R6目標, R6実績, 達成度, R7目標)
    (
        "活動指標",
        1,
        "炭鉱遺産ガイダンス施設の企画展・講座の開催回数",
        "回",
        "4（R元）",
        6,
        7,
        8,
        8,
        "A",
        8,
    ),
    (
        "活動指標",
        2,
        "旧住友赤平炭鉱立坑櫓ガイドツアーの実施回数",
        "回",
        "24（R元）",
        "休止",
        28,
        36,
        31,
        "B",
        40,
    ),
    (
        "成果指標",
        3,
        "炭鉱遺産ガイダンス施設の入館者数",
        "千人",
        "5.8（H30）",
        6.4,
        7.1,
        7.5,
        7.9,
        "A",
        8.0,
    ),
    ("成果指標", None, "（参考）うち市外からの入館者数", "千人", "―", 4.2, 4.9, "―", 5.6, "―", "―"),
    (
        "成果指標",
        4,
        "立坑櫓ガイドツアーの参加者数",
        "人",
        "612（R元）",
        "休止",
        702,
        900,
        688,
        "C",
        1000,
    ),
    (
        "成果指標",
        5,
        "炭鉱遺産めぐり体験プログラムの参加者数",
        "人",
        "―",
        148,
        236,
        300,
        318,
        "A",
        350,
    ),
]


def build_akabira():
    wb = Workbook()
    ws = wb.active
    ws.title = "事務事業評価"
    widths(
        ws,
        {"A": 8, "B": 4, "C": 30, "D": 5, "E": 10, "F": 7, "G": 7, "H": 7, "I": 7, "J": 6, "K": 7},
    )
    merge(
        ws,
        "A1:K1",
        "令和７年度　事務事業評価シート（令和６年度実施事業）",
        size=13,
        bold=True,
        h="center",
    )
    merge(ws, "A2:K2", "作成日　令和7年7月28日　赤平市", h="right")
    put(ws, "A4", "１　事業の概要", size=11, bold=True, wrap=False)
    rows = [
        ("事務事業名", "炭鉱遺産観光推進事業"),
        ("担当課", "商工労政観光課　観光振興係"),
        ("関連計画", "第2期赤平市しごと・ひと・まち創生総合戦略（令和2年度～令和6年度）"),
        ("事業期間", "平成30年度～（継続）"),
        ("事業費（R6決算）", "14,280千円（うち一般財源　6,140千円）"),
        (
            "事業の概要",
            "本市は北海道のほぼ中央、空知川の流域に位置し、面積は129.88km²、人口は8,336人（2025年4月30日現在、住民基本台帳）。大正7年（1918年）の"
            "茂尻炭鉱の開鉱を機に石炭のまちとして発展し、最盛期には大小23の炭鉱を数え、昭和35年（1960年）には59,430人が暮らしたが、平成6年（1994年）"
            "に最後の住友赤平炭鉱が閉山した。昭和38年（1963年）に建てられた旧住友赤平炭鉱立坑櫓（高さ43.8m）や、777段の階段をもつ旧北炭赤間炭鉱"
            "ズリ山は、令和元年（2019年）に日本遺産「炭鉄港」の構成文化財となった。本事業では、平成30年（2018年）7月に開設した赤平市炭鉱遺産ガイダンス"
            "施設を拠点に、立坑櫓のガイドツアーや企画展を行い、昭和47年（1972年）から続く毎年7月の「あかびら火まつり」とあわせて、炭鉱遺産を生かした"
            "観光を推進する。",
        ),
    ]
    r = form_rows(ws, 5, rows, ("A", "B"), ("C", "K"), {"事業の概要": 86})
    r += 1
    put(ws, f"A{r}", "２　指標の推移", size=11, bold=True, wrap=False)
    merge(
        ws,
        f"E{r}:K{r}",
        "達成度　A：目標を達成　B：目標の80％以上　C：目標の80％未満",
        size=8,
        h="right",
    )
    r += 1
    head = [
        "区分",
        "No.",
        "指標名",
        "単位",
        "基準値",
        "R4実績",
        "R5実績",
        "R6目標",
        "R6実績",
        "達成度",
        "R7目標",
    ]
    for i, text in enumerate(head):
        put(ws, f"{COLS[i]}{r}", text, bold=True, box=True, shade=SHADE, h="center")
    ws.row_dimensions[r].height = 22
    r += 1
    groups = {}
    for kubun, no, name, unit, *vals in AKABIRA_INDICATORS:
        groups.setdefault(kubun, [r, r])[1] = r
        put(ws, f"B{r}", no, box=True, h="center")
        put(ws, f"C{r}", name, box=True, size=8 if no is None else 9)
        put(ws, f"D{r}", unit, box=True, h="center")
        for col, v in zip("EFGHIJK", vals, strict=True):
            if isinstance(v, str):
                put(ws, f"{col}{r}", v, box=True, h="right" if "（" in v else "center")
            elif unit == "千人":
                put(ws, f"{col}{r}", v, box=True, h="right", fmt="#,##0.0")
            else:
                put(ws, f"{col}{r}", v, box=True, h="right")
        if no is None:
            for col in "BCDEFGHIJK":
                ws[f"{col}{r}"].fill = LIGHT
        ws.row_dimensions[r].height = 26
        r += 1
    for kubun, (a, b) in groups.items():
        merge(ws, f"A{a}:A{b}", kubun, box=True, h="center")
    r = notes(
        ws,
        r,
        [
            "※1　基準値欄の括弧内は、その値の年度を示す（ガイダンス施設は平成30年7月の開設、No.1・No.2・No.4は令和元年度から集計）。",
            "※2　令和4年度は、立坑櫓周辺の安全点検工事のため、ガイドツアーを休止した。",
            "※3　（参考）欄はNo.3の内訳であり、成果指標ではない。",
            "※4　No.5は令和4年度から実施しているため、基準値はない。",
        ],
        "K",
    )
    r += 1
    put(ws, f"A{r}", "３　評価", size=11, bold=True, wrap=False)
    r += 1
    form_rows(
        ws,
        r,
        [
            ("有効性", "B（概ね効果があった）"),
            (
                "今後の方向性",
                "継続（入館者数と体験プログラムは目標を上回ったが、ガイドツアーは冬期の実施回数が伸びず目標に届かなかった。"
                "令和7年度からは火まつり期間中の夜間ツアーを加え、参加者の確保を図る。）",
            ),
        ],
        ("A", "B"),
        ("C", "K"),
        {"今後の方向性": 30},
    )
    page(ws, landscape=False)
    save(wb, HERE / "akabira_tanko_isan_jimujigyo_r6.xlsx")


# ---------------------------------------------------------------- 九戸村 (HTML document)
KUNOHE = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>令和６年度実施事業　事務事業評価シート（移住・定住促進事業） | 九戸村</title>
</head>
<body>
<nav aria-label="パンくずリスト"><ol>
<li><a href="/">ホーム</a></li>
<li><a href="/soshiki/">組織から探す</a></li>
<li><a href="/soshiki/murazukuri/">村づくり推進課</a></li>
<li>令和６年度実施事業　事務事業評価シート（移住・定住促進事業）</li>
</ol></nav>
<main>
<h1>令和６年度実施事業　事務事業評価シート（移住・定住促進事業）</h1>
<p class="date">更新日：2025年9月24日　担当：村づくり推進課</p>
<p>九戸村は岩手県の北部、北上山系の最北端に位置し、昭和30年（1955年）4月1日に戸田村・伊保内村・江刺家村の3村が合併して誕生しました。面積は134.02km²で、その70%以上を山林原野が占め、人口は5,378人（2020年国勢調査）です。東北新幹線の二戸駅から車で約20分、八戸自動車道の九戸インターチェンジもあり、県立自然公園の折爪岳ではヒメボタルの群舞を見ることができます。</p>
<p>本事業は、令和6年10月1日の組織改編により、IJU戦略室から新設の村づくり推進課に移管しました。</p>
<dl>
<dt>事務事業名</dt><dd>移住・定住促進事業</dd>
<dt>担当課</dt><dd>村づくり推進課</dd>
<dt>関連計画</dt><dd>九戸村過疎地域持続的発展計画（令和3年度～令和7年度）</dd>
<dt>事業期間</dt><dd>令和3年度～令和7年度</dd>
<dt>事業費（令和6年度決算）</dt><dd>9,860千円（うち過疎対策事業債（ソフト分）4,000千円）</dd>
</dl>
<h2>１　指標の推移</h2>
<table border="1">
<thead>
<tr><th scope="col" rowspan="2">区分</th><th scope="col" rowspan="2">指標名</th><th scope="col" rowspan="2">単位</th><th scope="col" rowspan="2">4年度<br>実績</th><th scope="col" rowspan="2">5年度<br>実績</th><th scope="colgroup" colspan="2">6年度</th><th scope="col" rowspan="2">最終目標<br>（7年度）</th></tr>
<tr><th scope="col">目標</th><th scope="col">実績</th></tr>
</thead>
<tbody>
<tr><th scope="rowgroup" rowspan="2">活動指標</th><td>①移住相談会・移住体験ツアーの開催回数</td><td>回</td><td>8</td><td>11</td><td>10～12</td><td>13</td><td>12</td></tr>
<tr><td>②空き家バンクの新規登録件数</td><td>件</td><td>6</td><td>9</td><td>8</td><td>7</td><td>10</td></tr>
<tr><th scope="rowgroup" rowspan="3">成果指標</th><td>③移住支援制度を利用した移住世帯数</td><td>世帯</td><td>累計21</td><td>累計32</td><td>累計40</td><td>累計43</td><td>累計50</td></tr>
<tr><td>④空き家バンクの成約件数</td><td>件</td><td>4</td><td>6</td><td>6</td><td>5</td><td>8</td></tr>
<tr><td>⑤移住体験住宅の利用日数</td><td>日</td><td>96</td><td>132</td><td>150</td><td>171</td><td>180</td></tr>
</tbody>
</table>
<p class="note">※①の6年度目標は、相談会の日程が確定していなかったため、10回から12回の幅で設定しました。</p>
<p class="note">※③は、事業を開始した3年度からの累計世帯数です。</p>
<h2>２　事業費の推移</h2>
<table border="1">
<caption>（単位：千円）</caption>
<thead>
<tr><th scope="col">区分</th><th scope="col">4年度</th><th scope="col">5年度</th><th scope="col">6年度</th></tr>
</thead>
<tbody>
<tr><th scope="row">事業費</th><td>8,420</td><td>9,130</td><td>9,860</td></tr>
<tr><th scope="row">うち過疎対策事業債（ソフト分）</th><td>3,500</td><td>4,000</td><td>4,000</td></tr>
<tr><th scope="row">うち一般財源</th><td>4,920</td><td>5,130</td><td>5,860</td></tr>
</tbody>
</table>
<h2>３　評価</h2>
<dl>
<dt>有効性</dt><dd>B（概ね効果があった）</dd>
<dt>今後の方向性</dt><dd>継続（移住世帯数は目標を上回ったが、空き家バンクの登録・成約件数は目標に届かなかった。7年度は集落支援員と連携して空き家の掘り起こしを進める。）</dd>
</dl>
</main>
<footer><p>九戸村役場　村づくり推進課</p></footer>
</body>
</html>
"""


def build_kunohe():
    (HERE / "kunohe_ijuteiju_jimujigyo_r6.html").write_text(KUNOHE, encoding="utf-8")


# ---------------------------------------------------------------- 蔵王町 (XLSX source of the PDF)
ZAO_KPIS = [
    # (No., KPI, 単位, 事業開始前（R3）, R4目標, R4実績, R5目標, R5実績, R6目標, R6実績見込)
    ("①", "蔵王町産梨の出荷量", "t", 1820, 1850, 1912, 1880, 1874, 1910, 1930),
    (
        "②",
        "果樹加工品（6次産業化商品）の販売額",
        "万円",
        2340,
        2500,
        "2,960（修正）",
        2700,
        2815,
        2900,
        3050,
    ),
    ("③", "果樹オーナー制度の契約件数", "件", 58, 65, 71, 75, 80, 85, 83),
    ("④", "果樹経営での新規就農者数", "人", 1, 2, 3, 2, 1, 2, 2),
    ("⑤", "果樹園の新規植栽面積", "ha", "―", 1.5, 1.8, 1.5, 1.2, 1.5, 1.4),
]


def build_zao():
    wb = Workbook()
    ws = wb.active
    ws.title = "効果検証"
    widths(
        ws,
        {"A": 5, "B": 34, "C": 6, "D": 12, "E": 9, "F": 11, "G": 9, "H": 9, "I": 9, "J": 10},
    )
    merge(
        ws,
        "A1:J1",
        "デジタル田園都市国家構想交付金（地方創生推進タイプ）　効果検証シート（令和５年度実施分）",
        size=13,
        bold=True,
        h="center",
    )
    merge(ws, "A2:J2", "令和6年9月　蔵王町　農林観光課", h="right")
    rows = [
        ("交付対象事業の名称", "「蔵王の果樹王国」ブランド発信・6次産業化推進事業"),
        ("地域再生計画の名称", "蔵王町果樹ブランドを核としたしごと創生計画"),
        ("事業実施期間", "令和4年度～令和6年度（3か年）"),
        ("交付対象事業費", "令和5年度　12,600千円（うち交付金　6,300千円）"),
        ("担当課", "農林観光課"),
        (
            "町の概要",
            "本町は宮城県の南西部、蔵王連峰の東麓に位置し、昭和30年（1955年）に円田村と宮村が合併して誕生した。面積は152.83km²（境界未定部分あり）、人口は"
            "10,695人（2024年8月1日推計）。町の東部は水田と果樹園が広がり、梨は県内一の産地として知られる。西部の遠刈田温泉は慶長6年（1601年）の開湯と"
            "伝えられ、蔵王系伝統こけしの産地でもある。第五次蔵王町長期総合計画（平成30年度～令和9年度）では、まちの未来像を「ずっと愛にあふれる　"
            "オンリーワンなまち・ざおう」としている。",
        ),
    ]
    r = form_rows(ws, 4, rows, ("A", "B"), ("C", "J"), {"町の概要": 54})
    r += 1
    put(ws, f"A{r}", "■重要業績評価指標（KPI）の達成状況", size=11, bold=True, wrap=False)
    r += 1
    top, low = r, r + 1
    for col, text in (
        ("A", "No."),
        ("B", "重要業績評価指標（KPI）"),
        ("C", "単位"),
        ("D", "事業開始前（R3）"),
    ):
        merge(ws, f"{col}{top}:{col}{low}", text, bold=True, box=True, shade=SHADE, h="center")
    for rng, text in (("E{0}:F{0}", "R4年度"), ("G{0}:H{0}", "R5年度"), ("I{0}:J{0}", "R6年度")):
        merge(ws, rng.format(top), text, bold=True, box=True, shade=SHADE, h="center")
    for col, text in zip(
        "EFGHIJ", ["目標", "実績", "目標", "実績", "目標", "実績見込"], strict=True
    ):
        put(ws, f"{col}{low}", text, bold=True, box=True, shade=SHADE, h="center")
    ws.row_dimensions[top].height = 18
    ws.row_dimensions[low].height = 18
    r = low + 1
    for no, name, unit, *vals in ZAO_KPIS:
        put(ws, f"A{r}", no, box=True, h="center")
        put(ws, f"B{r}", name, box=True)
        put(ws, f"C{r}", unit, box=True, h="center")
        for col, v in zip("DEFGHIJ", vals, strict=True):
            if isinstance(v, str):
                put(ws, f"{col}{r}", v, box=True, h="center" if v == "―" else "right")
            elif unit == "ha":
                put(ws, f"{col}{r}", v, box=True, h="right", fmt="0.0")
            else:
                put(ws, f"{col}{r}", v, box=True, h="right")
        ws.row_dimensions[r].height = 22
        r += 1
    r = notes(
        ws,
        r,
        [
            "※1　②のR4実績は、加工品の一部に集計漏れがあったため、前回公表値（2,690万円）から修正した。",
            "※2　R6年度の実績は、令和6年7月末時点の実績をもとにした見込値である。",
            "※3　⑤は本事業で新たに把握を始めた指標のため、事業開始前の値はない。",
        ],
        "J",
    )
    r += 1
    put(ws, f"A{r}", "■事業の評価", size=11, bold=True, wrap=False)
    r += 1
    form_rows(
        ws,
        r,
        [
            ("事業の効果", "地方創生に相当程度効果があった"),
            (
                "今後の方針",
                "事業継続（交付金の対象期間終了後も、町単独事業として果樹ブランドの発信と加工品の販路拡大を続ける。）",
            ),
        ],
        ("A", "B"),
        ("C", "J"),
        {"今後の方針": 26},
    )
    page(ws, landscape=True)
    save(wb, SRC / "zao_kaju_kofukin_kensho_r5.xlsx")


# ---------------------------------------------------------------- 柳津町 (XLSX source of the PDF)
YANAIZU_HEAD = [
    "①やないづ町立斎藤清美術館の入館者数\n（人）",
    "②柳津温泉の宿泊者数\n（千人泊）",
    "③移住支援制度を利用した転入者数\n（人）",
    "④人口の社会増減数\n（人）",
]
YANAIZU_ROWS = [
    # (区分, ①, ②, ③, ④)
    ("基準値（R2）", 8412, 38.6, 9, -41),
    ("R3", 9380, 41.2, 12, -37),
    ("R4", 11045, 47.9, 15, -52),
    ("R5", 12610, 53.4, 11, -29),
    ("目標値（R7）", 13000, 60.0, 15, -20),
]


def build_yanaizu():
    wb = Workbook()
    ws = wb.active
    ws.title = "成果指標"
    widths(ws, {"A": 16, "B": 19, "C": 19, "D": 19, "E": 19})
    merge(
        ws,
        "A1:E1",
        "柳津町過疎地域持続的発展計画　成果指標の推移（令和５年度）",
        size=13,
        bold=True,
        h="center",
    )
    merge(ws, "A2:E2", "令和6年10月　柳津町　みらい創生課", h="right")
    rows = [
        ("計画の名称", "柳津町過疎地域持続的発展計画"),
        ("計画期間", "令和3年度～令和7年度（5年間）"),
        ("担当課", "みらい創生課"),
        (
            "町の概要",
            "本町は福島県会津地方の西部、奥会津の入り口に位置し、面積は175.82km²、人口は3,081人（2020年国勢調査）。町の北部を只見川が流れ、"
            "JR只見線と国道252号が川沿いを走る。807年に開かれたと伝わる福満虚空藏菩薩圓藏寺の門前町として栄え、赤べこ伝説発祥の地として知られる。"
            "只見川の魚淵は「柳津ウグイ生息地」として国の天然記念物に指定され、西山地区では豊富な地熱が柳津西山地熱発電所に利用されている。令和5年度の"
            "観光入込客数は76万4,889人（前年度比1万3,708人増）で、コロナ禍前の令和元年度の85.8％まで回復した。",
        ),
    ]
    r = form_rows(ws, 4, rows, ("A", "A"), ("B", "E"), {"町の概要": 74})
    r += 1
    put(ws, f"A{r}", "■成果指標の推移", size=11, bold=True, wrap=False)
    r += 1
    put(ws, f"A{r}", "区分", bold=True, box=True, shade=SHADE, h="center")
    for col, text in zip("BCDE", YANAIZU_HEAD, strict=True):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=SHADE, h="center")
    ws.row_dimensions[r].height = 40
    r += 1
    for label, *vals in YANAIZU_ROWS:
        target = label.startswith("目標")
        put(ws, f"A{r}", label, bold=target, box=True, shade=LIGHT if target else None, h="center")
        for col, v in zip("BCDE", vals, strict=True):
            fmt = "#,##0.0" if col == "C" else (TRIANGLE if col == "E" else None)
            put(
                ws,
                f"{col}{r}",
                v,
                bold=target,
                box=True,
                shade=LIGHT if target else None,
                h="right",
                fmt=fmt,
            )
        ws.row_dimensions[r].height = 22
        r += 1
    notes(
        ws,
        r,
        [
            "※1　②は暦年（1月～12月）の値（例：R5欄は令和5年1月～12月の宿泊者数）。①・③・④は年度（4月～翌年3月）の値。",
            "※2　④の△はマイナスを表す（転出者数が転入者数を上回った人数）。",
            "※3　①のR2は、新型コロナウイルス感染症の拡大防止のための臨時休館（令和2年4月～5月）を含む。",
        ],
        "E",
    )
    page(ws, landscape=False)
    save(wb, SRC / "yanaizu_kaso_seika_suii_r5.xlsx")


def to_pdf():
    with tempfile.TemporaryDirectory() as tmp:
        for name in PDFS:
            subprocess.run(
                [
                    "soffice",
                    f"-env:UserInstallation=file://{tmp}/profile",
                    "--headless",
                    "--convert-to",
                    "pdf",
                    "--outdir",
                    tmp,
                    str(SRC / f"{name}.xlsx"),
                ],
                check=True,
                capture_output=True,
            )
            shutil.copy(Path(tmp) / f"{name}.pdf", HERE / f"{name}.pdf")


def main():
    SRC.mkdir(exist_ok=True)
    build_akabira()
    build_kunohe()
    build_zao()
    build_yanaizu()
    if "--no-pdf" not in sys.argv:
        to_pdf()


if __name__ == "__main__":
    main()
