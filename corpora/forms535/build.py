"""Build forms535: four KPI documents of 行田市, 銚子市, 中野市 and 藤沢市.

Writes `gyoda_tanboart_kofukin_kensho_r5.xlsx` (the workbook is the document), `nakano_sousei2_kpi_kensho_r5.html`,
`fujisawa_kanko_jimujigyo_shihyo_r5.csv` and the XLSX source `source/choshi_gyoko_shuyo_seika_r5.xlsx`, which
LibreOffice turns into the PDF of the same name (one landscape A4 page).
Run `/work/venv/bin/python build.py` (`--no-pdf` skips LibreOffice). XLSX, HTML and CSV are byte-stable.
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
LIGHT = PatternFill("solid", fgColor="EDEDED")
STAMP = (2025, 3, 24, 9, 0, 0)
STAMP_ISO = b"2025-03-24T09:00:00Z"
PDFS = ["choshi_gyoko_shuyo_seika_r5"]


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
    first, last = rng.split(":")
    put(ws, first, value, **kw)
    if first != last:
        ws.merge_cells(rng)
    if kw.get("box"):
        boxed(ws, rng, kw.get("shade"))


def save(wb, path):
    """Save with fixed properties and fixed zip timestamps, so the bytes do not change."""
    wb.properties.creator = "forms535"
    wb.properties.lastModifiedBy = "forms535"
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
        if key_cols[0] == key_cols[1]:
            put(ws, f"{key_cols[0]}{r}", key, bold=True, box=True, shade=SHADE)
        else:
            merge(ws, f"{key_cols[0]}{r}:{key_cols[1]}{r}", key, bold=True, box=True, shade=SHADE)
        merge(ws, f"{val_cols[0]}{r}:{val_cols[1]}{r}", val, box=True)
        ws.row_dimensions[r].height = tall.get(key, 18)
        r += 1
    return r


def notes(ws, r, texts, span, first="A", size=8):
    for text in texts:
        merge(ws, f"{first}{r}:{span}{r}", text, size=size)
        ws.row_dimensions[r].height = 14 if len(text) < 100 else 24
        r += 1
    return r


def value_cell(ws, ref, v):
    """A value cell: numbers right, words and dashes centred, `延べ…` text right like the numbers."""
    if isinstance(v, str) and not v.startswith("延べ"):
        return put(ws, ref, v, box=True, h="center")
    return put(ws, ref, v, box=True, h="right")


# ---------------------------------------------------------------- 行田市 (XLSX document, 交付金 効果検証シート)
# (No., KPI, 単位, 事業開始前（R2）, R3目標, R3実績, R4目標, R4実績, R5目標, R5実績（速報値）, 達成状況（R5）)
GYODA_KPI = [
    (
        "①",
        "古代蓮会館展望室の入館者数",
        "千人",
        98.4,
        110.0,
        72.5,
        120.0,
        131.2,
        130.0,
        146.8,
        "達成",
    ),
    (
        "②",
        "田んぼアート田植え・稲刈り体験の参加者数",
        "人",
        "中止",
        600,
        "延べ412",
        800,
        "延べ785",
        900,
        "延べ903",
        "達成",
    ),
    (
        "③",
        "田んぼアート見学者の市内消費額",
        "百万円",
        "―",
        150.0,
        118.4,
        200.0,
        186.2,
        250.0,
        243.5,
        "未達成",
    ),
    (
        "④",
        "市内の観光入込客数",
        "千人",
        1046.2,
        1100.0,
        802.6,
        1150.0,
        1121.9,
        1200.0,
        1248.3,
        "達成",
    ),
    (
        "⑤",
        "行田産米を返礼品とするふるさと納税の寄附件数",
        "件",
        324,
        420,
        488,
        520,
        611,
        620,
        702,
        "達成",
    ),
]


def build_gyoda():
    wb = Workbook()
    ws = wb.active
    ws.title = "効果検証シート"
    widths(
        ws,
        {
            "A": 5,
            "B": 36,
            "C": 7.5,
            "D": 11,
            "E": 9,
            "F": 9,
            "G": 9,
            "H": 9,
            "I": 9,
            "J": 11,
            "K": 9.5,
        },
    )
    merge(
        ws,
        "A1:K1",
        "デジタル田園都市国家構想交付金（地方創生推進タイプ）　効果検証シート（令和５年度）",
        size=13,
        bold=True,
        h="center",
    )
    merge(ws, "A2:K2", "令和6年8月　行田市", h="right")
    put(ws, "A4", "１　事業の概要", size=11, bold=True, wrap=False)
    rows = [
        (
            "交付対象事業の名称",
            "「世界最大の田んぼアート」と古代蓮の里を核とした観光交流推進事業",
        ),
        ("地域再生計画の名称", "行田市まち・ひと・しごと創生推進計画"),
        ("事業実施期間", "令和3年度～令和5年度（3か年）"),
        ("交付対象事業費", "R5：19,600千円（うち交付金　9,800千円）"),
        ("担当課", "環境経済部　農政課"),
        (
            "市の概要",
            "本市は埼玉県の北部に位置し、面積は67.49km²、人口は76,361人（2024年10月1日推計）。昭和24年（1949年）に市制を施行した。"
            "「和装文化の足元を支え続ける足袋蔵のまち行田」は平成29年（2017年）に日本遺産に認定された。市の天然記念物の古代蓮（行田蓮）は、"
            "昭和46年（1971年）の公共施設の造成工事で掘り起こされた蓮の実が自然発芽し、昭和48年（1973年）に開花したもので、約1,400年～3,000年前の"
            "ものと推定されている。田んぼアートは平成20年（2008年）に始まり、2015年には「最大の田んぼアート」（27,195㎡）としてギネス世界記録に認定された。"
            "作品は古代蓮の里にある古代蓮会館の展望室（高さ50m）から見ることができる。",
        ),
    ]
    r = form_rows(ws, 5, rows, ("A", "B"), ("C", "K"), {"市の概要": 64})
    r += 1
    put(ws, f"A{r}", "２　重要業績評価指標（KPI）の目標と実績", size=11, bold=True, wrap=False)
    r += 1
    top, low = r, r + 1
    for col, text in (
        ("A", "No."),
        ("B", "重要業績評価指標（KPI）"),
        ("C", "単位"),
        ("D", "事業開始前\n（R2）"),
        ("K", "達成状況\n（R5）"),
    ):
        merge(ws, f"{col}{top}:{col}{low}", text, bold=True, box=True, shade=SHADE, h="center")
    for first, last, text in (("E", "F", "R3年度"), ("G", "H", "R4年度"), ("I", "J", "R5年度")):
        merge(ws, f"{first}{top}:{last}{top}", text, bold=True, box=True, shade=SHADE, h="center")
    for col, text in zip(
        "EFGHIJ", ["目標", "実績", "目標", "実績", "目標", "実績\n（速報値）"], strict=True
    ):
        put(ws, f"{col}{low}", text, bold=True, box=True, shade=SHADE, h="center")
    ws.row_dimensions[top].height = 18
    ws.row_dimensions[low].height = 28
    r = low + 1
    for label, name, unit, *vals, status in GYODA_KPI:
        put(ws, f"A{r}", label, box=True, h="center")
        put(ws, f"B{r}", name, box=True)
        put(ws, f"C{r}", unit, box=True, h="center")
        for col, v in zip("DEFGHIJ", vals, strict=True):
            value_cell(ws, f"{col}{r}", v)
        put(ws, f"K{r}", status, box=True, h="center")
        ws.row_dimensions[r].height = 26
        r += 1
    r = notes(
        ws,
        r,
        [
            "※1　R5年度の実績は令和6年6月末時点の速報値であり、確定値は令和6年度の効果検証で報告する。",
            "※2　②の事業開始前（R2）は、新型コロナウイルス感染症の影響により田んぼアートの作成を中止したため、実績がない。",
            "※3　②の実績は田植え体験と稲刈り体験の参加者の合計（延べ人数）。",
            "※4　③は来場者アンケート（各年度8月・9月に実施、回答数は毎年度400件程度）から推計した。",
        ],
        "K",
    )
    r += 1
    put(ws, f"A{r}", "３　事業の評価", size=11, bold=True, wrap=False)
    r += 1
    form_rows(
        ws,
        r,
        [
            ("事業の効果", "地方創生に効果があった"),
            (
                "評価の理由",
                "5指標のうち4指標で目標を達成した。展望室の入館者数はR3の約2倍となり、ふるさと納税の寄附件数も事業開始前の2倍を超えた。"
                "市内消費額は目標の97％にとどまったため、令和6年度以降は足袋蔵のまち・忍城址への周遊を促す取組を自主事業として継続する。",
            ),
        ],
        ("A", "B"),
        ("C", "K"),
        {"評価の理由": 30},
    )
    page(ws, landscape=True)
    save(wb, HERE / "gyoda_tanboart_kofukin_kensho_r5.xlsx")


# ---------------------------------------------------------------- 銚子市 (XLSX source of a landscape PDF, 主要施策成果)
# Left grid: (No., 項目, 単位, 3年度, 4年度, 5年度, 対前年度増減)
CHOSHI_JISSEKI = [
    ("ア", "首都圏での銚子産水産物フェア・商談会の開催回数", "回", 6, 9, 12, "＋3"),
    ("イ", "「銚子つりきんめ」等ブランド水産物の販路開拓支援件数", "件", 14, 17, 15, "△2"),
]
# Right grid: (No., 指標名, 単位, 基準値（元年度）, 4年度実績, 5年度目標, 5年度実績, 7年度目標（最終）)
CHOSHI_SEIKA = [
    ("①", "銚子漁港の水揚量", "千t（暦年）", 277.1, 237.0, 250.0, 189.0, 260.0),
    ("②", "水産加工品の輸出額", "億円", "―", 4.12, 4.50, 4.36, 5.20),
    ("③", "「銚子つりきんめ」の平均取引単価", "円/kg", 1850, 2140, 2200, 2318, 2400),
]


def build_choshi():
    wb = Workbook()
    ws = wb.active
    ws.title = "主要施策成果"
    widths(
        ws,
        {
            "A": 4.5,
            "B": 30,
            "C": 6,
            "D": 7,
            "E": 7,
            "F": 7,
            "G": 8.5,
            "H": 2,
            "I": 4.5,
            "J": 26,
            "K": 9.5,
            "L": 9,
            "M": 8,
            "N": 8,
            "O": 8,
            "P": 9,
        },
    )
    merge(
        ws,
        "A1:P1",
        "令和５年度　主要な施策の成果に関する説明書（抜粋）",
        size=13,
        bold=True,
        h="center",
    )
    merge(ws, "A2:P2", "令和6年9月　銚子市", h="right")
    rows = [
        ("事業名", "銚子漁港水産物ブランド化・販路拡大推進事業"),
        ("所管課", "水産課"),
        ("会計区分", "一般会計"),
        ("決算額", "令和5年度　14,260千円（うち県補助金　3,000千円）"),
        (
            "関連計画",
            "第2期銚子市しごと・ひと・まち創生総合戦略　基本目標1「稼げる地域をつくり、安心して働けるようにする」",
        ),
        (
            "事業の内容",
            "本市は関東平野の最東端に位置し、面積は84.20km²、人口は55,467人（2023年1月1日推計）。昭和8年（1933年）2月11日に3町1村が合併して市制を施行し、"
            "令和5年に市制施行90周年を迎えた。特定第3種漁港の銚子漁港は平成23年から令和4年まで12年連続で水揚量日本一となり、令和5年は18万8,965トンで全国2位であった。"
            "平成27年（2015年）3月には高度衛生管理型の第1卸売市場が完成している。本事業では、千葉ブランド水産物第1号の「銚子つりきんめ」をはじめとする銚子産水産物の"
            "首都圏でのPR・商談会の開催と、ブランド水産物を扱う事業者の販路開拓を支援した。",
        ),
    ]
    r = form_rows(ws, 4, rows, ("A", "B"), ("C", "P"), {"事業の内容": 52})
    r += 1
    put(ws, f"A{r}", "（１）事業の実績", size=11, bold=True, wrap=False)
    put(ws, f"I{r}", "（２）成果指標", size=11, bold=True, wrap=False)
    r += 1
    head = r
    for col, text in zip(
        "ABCDEFG", ["No.", "項目", "単位", "3年度", "4年度", "5年度", "対前年度\n増減"], strict=True
    ):
        put(ws, f"{col}{head}", text, bold=True, box=True, shade=SHADE, h="center")
    for col, text in zip(
        "IJKLMNOP",
        [
            "No.",
            "指標名",
            "単位",
            "基準値\n（元年度）",
            "4年度\n実績",
            "5年度\n目標",
            "5年度\n実績",
            "7年度目標\n（最終）",
        ],
        strict=True,
    ):
        put(ws, f"{col}{head}", text, bold=True, box=True, shade=SHADE, h="center")
    ws.row_dimensions[head].height = 30
    r = head + 1
    for i, (label, name, unit, *vals) in enumerate(CHOSHI_SEIKA):
        row = r + i
        if i < len(CHOSHI_JISSEKI):
            a_label, a_name, a_unit, *a_vals = CHOSHI_JISSEKI[i]
            put(ws, f"A{row}", a_label, box=True, h="center")
            put(ws, f"B{row}", a_name, box=True)
            put(ws, f"C{row}", a_unit, box=True, h="center")
            for col, v in zip("DEFG", a_vals, strict=True):
                put(ws, f"{col}{row}", v, box=True, h="right")
        put(ws, f"I{row}", label, box=True, h="center")
        put(ws, f"J{row}", name, box=True)
        put(ws, f"K{row}", unit, box=True, h="center")
        for col, v in zip("LMNOP", vals, strict=True):
            cell = value_cell(ws, f"{col}{row}", v)
            if unit == "億円" and isinstance(v, float):
                cell.number_format = "#,##0.00"
        ws.row_dimensions[row].height = 30
    r += len(CHOSHI_SEIKA)
    notes(
        ws,
        r,
        ["※　対前年度増減の△は減少を示す。"],
        "G",
    )
    r = notes(
        ws,
        r,
        [
            "※1　①は銚子市漁業協同組合の市場取扱数量による（1月～12月の暦年で集計）。",
            "※2　②は令和2年度から集計しているため、基準値はない。",
        ],
        "P",
        first="I",
    )
    r += 1
    put(ws, f"A{r}", "（３）決算の内訳（単位：千円）", size=11, bold=True, wrap=False)
    r += 1
    money = [
        ("区分", "報償費", "委託料", "負担金・補助金", "合計"),
        ("令和5年度", 620, 8140, 5500, 14260),
    ]
    for i, line in enumerate(money):
        kw = {"bold": i == 0, "box": True, "shade": SHADE if i == 0 else None}
        merge(ws, f"A{r}:B{r}", line[0], h="center", **kw)
        for rng, v in zip(
            ("C{r}:D{r}", "E{r}:F{r}", "G{r}:K{r}", "L{r}:M{r}"), line[1:], strict=True
        ):
            merge(ws, rng.format(r=r), v, h="center" if i == 0 else "right", **kw)
        ws.row_dimensions[r].height = 18
        r += 1
    r += 1
    put(ws, f"A{r}", "（４）評価", size=11, bold=True, wrap=False)
    r += 1
    form_rows(
        ws,
        r,
        [
            ("評価", "B（概ね順調）"),
            (
                "今後の方向性",
                "継続（水揚量はサバ・イワシの不漁により前年を約4万8千トン下回ったが、商談会は12回に増え、つりきんめの単価も上昇した。"
                "6年度は新たな衛生管理の取組を首都圏の取引先に発信する。）",
            ),
        ],
        ("A", "B"),
        ("C", "P"),
        {"今後の方向性": 30},
    )
    page(ws, landscape=True)
    save(wb, SRC / "choshi_gyoko_shuyo_seika_r5.xlsx")


# ---------------------------------------------------------------- 中野市 (HTML, 総合戦略 KPI 検証, years down)
NAKANO_ROWS = [
    "基準値（平成30年度）",
    "令和3年度（実績）",
    "令和4年度（実績）",
    "令和5年度（実績）",
    "中間目標（令和4年度）",
    "最終目標（令和6年度）",
]
# Each table: (h2, key, [(区分, 指標（単位）)], rows of cell texts in NAKANO_ROWS order)
NAKANO_TABLES = [
    (
        "基本目標1　中野ブランドを活かした産業振興と雇用の創出",
        "表1",
        [
            ("数値目標", "農業産出額（億円）"),
            ("KPI①", "えのきたけの生産量（t）"),
            ("KPI②", "新規就農者数（人）"),
        ],
        [
            ["263.4", "58,210", "18"],
            ["248.9", "57,430", "21"],
            ["255.1", "59,020", "16"],
            ["未集計", "58,760", "24"],
            ["265.0", "58,500", "20"],
            ["270.0", "60,000", "22"],
        ],
    ),
    (
        "基本目標2　「故郷」のふるさとに住まう人口定着",
        "表2",
        [("数値目標", "社会増減数（人）"), ("KPI③", "【再掲】新規就農者数（人）")],
        [
            ["△182", "18"],
            ["△141", "21"],
            ["△97", "16"],
            ["△64", "24"],
            ["±0", "20"],
            ["±0", "22"],
        ],
    ),
]


def build_nakano():
    out = [
        "<!DOCTYPE html>",
        '<html lang="ja">',
        "<head>",
        '<meta charset="utf-8">',
        "<title>第2期中野市まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の検証結果（令和５年度）｜中野市</title>",
        "<style>",
        "body { font-family: 'Noto Sans CJK JP', sans-serif; max-width: 960px; margin: 0 auto; }",
        "table { border-collapse: collapse; margin: 0.5em 0 1em; }",
        "th, td { border: 1px solid #666; padding: 4px 8px; }",
        "thead th { background: #e8eef5; }",
        "tbody th { background: #f5f5f5; text-align: left; font-weight: normal; }",
        "td { text-align: right; }",
        "</style>",
        "</head>",
        "<body>",
        '<nav aria-label="パンくずリスト"><ol>',
        '<li><a href="/">ホーム</a></li>',
        '<li><a href="/shisei/">市政情報</a></li>',
        '<li><a href="/shisei/keikaku/">計画・施策</a></li>',
        "<li>第2期中野市まち・ひと・しごと創生総合戦略　KPIの検証結果（令和５年度）</li>",
        "</ol></nav>",
        "<main>",
        "<h1>第2期中野市まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の検証結果（令和５年度）</h1>",
        '<p class="date">更新日：2024年10月31日</p>',
        "<p>中野市は長野県の北部に位置し、面積は112.18km²、人口は40,599人（2024年10月1日推計）です。昭和29年（1954年）7月1日に市制を施行し、"
        "平成17年（2005年）4月1日に下水内郡豊田村と合併しました。</p>",
        "<p>えのきたけの栽培は昭和32年（1957年）に冬の農閑期の副業として始まり、現在は市町村別で全国1位の生産量を誇ります。"
        "また、ぶどう・りんごなどの果樹栽培も盛んで、作曲家の中山晋平、作詞家の高野辰之のふるさととしても知られています。</p>",
        "<dl>",
        "<dt>計画の名称</dt><dd>第2期中野市まち・ひと・しごと創生総合戦略</dd>",
        "<dt>計画期間</dt><dd>令和2年度～令和6年度（5年間）</dd>",
        "<dt>担当課</dt><dd>総務部　企画財政課　政策推進係</dd>",
        "</dl>",
        "<p>総合戦略に掲げた数値目標と重要業績評価指標（KPI）について、令和5年度までの実績を取りまとめ、令和6年8月に開催した中野市総合戦略推進会議で検証しました。"
        "各表は、行に年度、列に指標をとっています。中間目標は令和4年度の、最終目標は計画最終年度（令和6年度）の目標値です。</p>",
    ]
    for h2, which, cols, rows in NAKANO_TABLES:
        out.append(f"<h2>{h2}</h2>")
        out.append("<table>")
        out.append("<thead>")
        out.append(
            '<tr><th rowspan="2" scope="col">年度</th>'
            + "".join(f'<th scope="col">{kubun}</th>' for kubun, _ in cols)
            + "</tr>"
        )
        out.append("<tr>" + "".join(f'<th scope="col">{name}</th>' for _, name in cols) + "</tr>")
        out.append("</thead>")
        out.append("<tbody>")
        for label, cells in zip(NAKANO_ROWS, rows, strict=True):
            out.append(
                f'<tr><th scope="row">{label}</th>'
                + "".join(f"<td>{c}</td>" for c in cells)
                + "</tr>"
            )
        out.append("</tbody>")
        out.append("</table>")
        if which == "表1":
            out.append(
                "<p>※　農業産出額の令和5年度は、国の市町村別農業産出額（推計）の公表前のため未集計です。</p>"
            )
        else:
            out.append(
                "<p>※1　社会増減数は転入者数から転出者数を引いた数で、△は転出超過を示します。</p>"
            )
            out.append("<p>※2　KPI③は、基本目標1のKPI②を再掲したものです。</p>")
    out += [
        "<h2>検証結果の概要</h2>",
        "<p>令和4年度の中間目標に対しては、再掲を除く4指標のうち1指標で目標を達成しました。社会増減数は基準値の△182人から令和5年度には△64人まで改善し、"
        "転出超過は118人縮小しました。えのきたけの生産量は、栽培開始から60年以上を経た現在も全国シェアの4割近くを占めています。</p>",
        '<p class="contact">このページに関するお問い合わせ：総務部　企画財政課　政策推進係　電話：0269-22-2111</p>',
        "</main>",
        "</body>",
        "</html>",
        "",
    ]
    (HERE / "nakano_sousei2_kpi_kensho_r5.html").write_text("\n".join(out), encoding="utf-8")


# ---------------------------------------------------------------- 藤沢市 (CSV, 事務事業評価 指標一覧)
FUJISAWA_LINES = [
    ["タイトル", "令和5年度　事務事業評価　指標一覧（観光分野）"],
    ["公表日", "令和6年10月1日"],
    [
        "出典",
        "藤沢市の行政評価（令和5年度実施事業の事務事業評価シートから指標の欄を抜き出したもの）",
    ],
    [
        "注記",
        "指標区分の「活動」は活動指標、「成果」は成果指標。1事業に複数の指標がある場合、2行目以降の事業番号・事務事業名・所管課・事業の概要は空欄とし、"
        "上の行と同じ事業を表す。単位に「万人」「千人」とあるものは、その単位の数値。「－」は実績のないもの。達成率（％）は令和5年度実績÷令和5年度目標×100。",
    ],
    [],
    [
        "事業番号",
        "事務事業名",
        "所管課",
        "事業の概要",
        "指標区分",
        "指標名",
        "単位",
        "令和3年度実績",
        "令和4年度実績",
        "令和5年度目標",
        "令和5年度実績",
        "達成率（％）",
    ],
    [
        "0601",
        "江の島観光推進事業費",
        "観光シティプロモーション課",
        "江の島を中心とした通年型の観光を推進する。冬の光の祭典「湘南の宝石」は平成23年度に始まり、初年度の来場者は2万2,500人であった。",
        "活動",
        "観光プロモーション事業の実施回数",
        "回",
        "14",
        "19",
        "20",
        "22",
        "110.0",
    ],
    [
        "",
        "",
        "",
        "",
        "成果",
        "市内の年間観光客数",
        "万人",
        "1,383.2",
        "1,753.7",
        "1,800.0",
        "1,960.3",
        "108.9",
    ],
    [
        "0602",
        "ふじさわ江の島花火大会開催費",
        "観光シティプロモーション課",
        "例年10月に片瀬海岸西浜で開催する花火大会の運営を支援する。令和元年から令和3年までは中止し、令和5年は2日間の予定が台風のため1日のみの開催となった。",
        "活動",
        "花火大会の開催日数",
        "日",
        "中止",
        "2",
        "2",
        "1",
        "50.0",
    ],
    ["", "", "", "", "成果", "花火大会の来場者数", "千人", "－", "約70", "85", "約62", "72.9"],
    [
        "0603",
        "藤沢宿・遊行寺周辺まち歩き推進事業費",
        "郷土歴史課",
        "時宗総本山の清浄光寺（遊行寺）の門前町、東海道五十三次の6番目の宿場として栄えた藤沢宿の歴史資源を生かしたまち歩きを推進する。",
        "成果",
        "まち歩きイベント参加者の満足度",
        "％",
        "92.4",
        "94.1",
        "95.0",
        "93.8",
        "98.7",
    ],
]


def csv_field(text):
    if any(ch in text for ch in ',"\n'):
        return '"' + text.replace('"', '""') + '"'
    return text


def build_fujisawa():
    body = "".join(",".join(csv_field(f) for f in line) + "\r\n" for line in FUJISAWA_LINES)
    (HERE / "fujisawa_kanko_jimujigyo_shihyo_r5.csv").write_bytes(
        b"\xef\xbb\xbf" + body.encode("utf-8")
    )


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
    build_gyoda()
    build_choshi()
    build_nakano()
    build_fujisawa()
    if "--no-pdf" not in sys.argv:
        to_pdf()


if __name__ == "__main__":
    main()
