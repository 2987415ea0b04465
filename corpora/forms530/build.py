"""Build forms530: four KPI documents of 宮古市, 本別町, 川内村 and 北秋田市.

Writes `miyako_trout_jimujigyo_r5.xlsx` (the workbook is the document), `honbetsu_mame_shuyo_seika_r5.html`,
`kitaakita_koki_seika_shihyo_r5.csv` and the XLSX source `source/kawauchi_sousei_kpi_shinchoku_r5.xlsx`, which
LibreOffice turns into the PDF of the same name.
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
STAMP = (2024, 9, 20, 9, 0, 0)
STAMP_ISO = b"2024-09-20T09:00:00Z"
PDFS = ["kawauchi_sousei_kpi_shinchoku_r5"]
PCT = "0.0%"


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
    wb.properties.creator = "forms530"
    wb.properties.lastModifiedBy = "forms530"
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


def notes(ws, r, texts, span, first="A"):
    for text in texts:
        merge(ws, f"{first}{r}:{span}{r}", text, size=8)
        ws.row_dimensions[r].height = 14 if len(text) < 80 else 24
        r += 1
    return r


# ---------------------------------------------------------------- 宮古市 (XLSX document, two sheets)
# (区分, No., 指標名, 単位, 基準値（R元）, R3実績, R4実績, R5目標, R5実績, 達成率（R5）, R7目標（最終）)
# 達成率 and the ％ row are stored as fractions and shown through the number format `0.0%`.
MIYAKO_ROWS = [
    ("活動指標", 1, "種苗（稚魚）の投入尾数", "千尾", 25, 84, 120, 150, 156, 1.04, 180),
    ("活動指標", 2, "海面養殖いけすの設置基数", "基", 2, 3, 3, 5, 5, 1.0, 6),
    (
        "成果指標",
        3,
        "宮古トラウトサーモンの水揚量",
        "t",
        "―",
        143.6,
        118.2,
        250.0,
        207.5,
        0.83,
        300.0,
    ),
    (
        "成果指標",
        4,
        "宮古トラウトサーモンの水揚金額",
        "万円",
        "―",
        13950,
        14120,
        25000,
        24380,
        0.9752,
        30000,
    ),
    (
        "成果指標",
        5,
        "市魚市場の水揚金額に占める海面養殖魚の割合",
        "％",
        0.031,
        0.112,
        0.124,
        0.15,
        0.168,
        1.12,
        0.2,
    ),
]
# (月, 水揚量（t）, 水揚金額（万円）, 平均単価（円/kg）): reference sheet, no indicator.
MIYAKO_MONTHS = [
    ("4月", 18.2, 2310, 1269),
    ("5月", 64.8, 7720, 1191),
    ("6月", 82.1, 9390, 1144),
    ("7月", 42.4, 4960, 1170),
]


def build_miyako():
    wb = Workbook()
    ws = wb.active
    ws.title = "事務事業評価"
    widths(
        ws,
        {
            "A": 9,
            "B": 4.5,
            "C": 27,
            "D": 6,
            "E": 9,
            "F": 8.5,
            "G": 8.5,
            "H": 8.5,
            "I": 8.5,
            "J": 9,
            "K": 11.5,
        },
    )
    merge(
        ws,
        "A1:K1",
        "令和６年度　事務事業評価シート（令和５年度実施事業）",
        size=13,
        bold=True,
        h="center",
    )
    merge(ws, "A2:K2", "作成日　令和6年7月12日　宮古市", h="right")
    put(ws, "A4", "１　事業の概要", size=11, bold=True, wrap=False)
    rows = [
        ("事務事業名", "宮古トラウトサーモン養殖振興事業"),
        ("担当課", "産業振興部　水産課"),
        ("関連計画", "宮古市総合計画　前期基本計画（令和2年度～令和6年度）"),
        ("事業期間", "令和2年度～令和7年度"),
        (
            "事業の概要",
            "本市は本州最東端の魹ヶ崎を擁する三陸沿岸の市で、平成17年（2005年）6月6日に田老町・新里村と合併し、平成22年（2010年）1月1日に"
            "川井村を編入した。面積は1,259.15km²で県内最大。市の魚はサケであるが、近年は秋サケ等の不漁が続いている。"
            "このため、令和元年（2019年）11月から宮古湾でトラウトサーモンの海面養殖試験を始め、令和2年（2020年）4月に「宮古トラウトサーモン」"
            "として初出荷した（初年度の出荷量は約51トン）。本事業では、種苗の確保といけすの増設を支援し、水揚量・水揚金額の拡大とブランドの定着を図る。",
        ),
    ]
    r = form_rows(ws, 5, rows, ("A", "B"), ("C", "K"), {"事業の概要": 64})
    r += 1
    put(ws, f"A{r}", "２　事業費の推移（単位：千円）", size=11, bold=True, wrap=False)
    r += 1
    merge(ws, f"A{r}:C{r}", "区分", bold=True, box=True, shade=SHADE, h="center")
    for col, text in zip("DEF", ["R3決算", "R4決算", "R5決算"], strict=True):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=SHADE, h="center")
    r += 1
    for label, vals in (
        ("事業費", [18240, 21560, 24910]),
        ("うち国・県支出金", [9120, 10780, 12450]),
        ("うち一般財源", [9120, 10780, 12460]),
    ):
        merge(ws, f"A{r}:C{r}", label, box=True)
        for col, v in zip("DEF", vals, strict=True):
            put(ws, f"{col}{r}", v, box=True, h="right")
        r += 1
    r += 1
    put(ws, f"A{r}", "３　指標の推移", size=11, bold=True, wrap=False)
    r += 1
    heads = [
        "区分",
        "No.",
        "指標名",
        "単位",
        "基準値（R元）",
        "R3実績",
        "R4実績",
        "R5目標",
        "R5実績",
        "達成率（R5）",
        "R7目標（最終）",
    ]
    for col, text in zip("ABCDEFGHIJK", heads, strict=True):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=SHADE, h="center")
    ws.row_dimensions[r].height = 30
    r += 1
    first = r
    for _kubun, no, name, unit, *vals in MIYAKO_ROWS:
        put(ws, f"B{r}", no, box=True, h="center", fmt="0")
        put(ws, f"C{r}", name, box=True)
        put(ws, f"D{r}", unit, box=True, h="center")
        for col, v in zip("EFGHIJK", vals, strict=True):
            if isinstance(v, str):
                put(ws, f"{col}{r}", v, box=True, h="center")
            elif col == "J" or unit == "％":
                put(ws, f"{col}{r}", v, box=True, h="right", fmt=PCT)
            else:
                put(ws, f"{col}{r}", v, box=True, h="right")
        ws.row_dimensions[r].height = 28
        r += 1
    merge(ws, f"A{first}:A{first + 1}", "活動指標", box=True, h="center")
    merge(ws, f"A{first + 2}:A{first + 4}", "成果指標", box=True, h="center")
    r = notes(
        ws,
        r,
        [
            "※1　No.3・No.4は、出荷開始前（令和元年度）の実績がないため基準値を「―」とした。",
            "※2　達成率は、R5実績÷R5目標。No.3～No.5の実績は宮古市魚市場の統計による。月別の水揚実績は別シート「（参考）月別水揚」のとおり。",
        ],
        "K",
    )
    r += 1
    put(ws, f"A{r}", "４　評価", size=11, bold=True, wrap=False)
    r += 1
    form_rows(
        ws,
        r,
        [
            ("有効性", "B（概ね順調）"),
            (
                "今後の方向性",
                "継続（水揚量は海水温の上昇により目標を下回ったが、単価は前年度を上回った。中間育成施設での種苗生産を進め、出荷期間の前倒しを図る。）",
            ),
        ],
        ("A", "B"),
        ("C", "K"),
        {"今後の方向性": 30},
    )
    page(ws, landscape=False)

    ref = wb.create_sheet("（参考）月別水揚")
    widths(ref, {"A": 12, "B": 14, "C": 16, "D": 16})
    merge(
        ref,
        "A1:D1",
        "（参考）宮古トラウトサーモン月別水揚実績（令和5年度）",
        size=12,
        bold=True,
        h="center",
    )
    for col, text in zip(
        "ABCD", ["月", "水揚量（t）", "水揚金額（万円）", "平均単価（円/kg）"], strict=True
    ):
        put(ref, f"{col}3", text, bold=True, box=True, shade=SHADE, h="center")
    rr = 4
    for month, t, man, tanka in MIYAKO_MONTHS:
        put(ref, f"A{rr}", month, box=True, h="center")
        put(ref, f"B{rr}", t, box=True, h="right")
        put(ref, f"C{rr}", man, box=True, h="right")
        put(ref, f"D{rr}", tanka, box=True, h="right")
        rr += 1
    put(ref, f"A{rr}", "計", bold=True, box=True, shade=LIGHT, h="center")
    put(ref, f"B{rr}", 207.5, bold=True, box=True, shade=LIGHT, h="right")
    put(ref, f"C{rr}", 24380, bold=True, box=True, shade=LIGHT, h="right")
    put(ref, f"D{rr}", 1175, bold=True, box=True, shade=LIGHT, h="right")
    rr += 1
    notes(
        ref,
        rr,
        [
            "※　事務事業評価シートの指標ではなく、参考として掲げたもの。出荷は4月下旬から7月中旬まで。",
        ],
        "D",
    )
    page(ref, landscape=False)
    save(wb, HERE / "miyako_trout_jimujigyo_r5.xlsx")


# ---------------------------------------------------------------- 本別町 (HTML document)
HONBETSU = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>令和5年度 主要な施策の成果（豆のまち本別ブランド推進事業） | 北海道本別町</title>
</head>
<body>
<nav aria-label="パンくずリスト"><ol>
<li><a href="/">ホーム</a></li>
<li><a href="/web/administration/">町政情報</a></li>
<li><a href="/web/administration/zaisei/">財政</a></li>
<li>令和5年度 主要な施策の成果（豆のまち本別ブランド推進事業）</li>
</ol></nav>
<main>
<h1>令和５年度　主要な施策の成果（豆のまち本別ブランド推進事業）</h1>
<p class="date">更新日：令和6年10月1日　担当：農林課</p>
<p>本別町は十勝総合振興局の北東部に位置し、町の中央を利別川が南北に流れています。面積は391.91km²、人口は6,171人（令和6年2月29日現在、住民基本台帳）です。帯広市と北見市を結ぶ交通の要衝で、道東自動車道は町内の本別ジャンクションで北見方面と釧路方面に分かれます。平成18年（2006年）4月21日には、町を通っていたふるさと銀河線が廃止されました。</p>
<p>小麦・てん菜・馬鈴しょとともに、小豆・大豆などの豆類の生産が盛んな「豆の町」として知られ、町では豆の生産から加工、販売までを結び付けたブランドづくりに取り組んでいます。</p>
<dl>
<dt>事業名</dt><dd>豆のまち本別ブランド推進事業</dd>
<dt>担当課</dt><dd>農林課</dd>
<dt>総合計画の位置付け</dt><dd>第7次本別町総合計画　基本目標（1）安定した産業から、わくわく笑顔をつくり出すまち</dd>
<dt>決算額</dt><dd>5年度　8,420千円（うち一般財源　4,210千円）</dd>
</dl>
<h2>（１）事業の実績</h2>
<table border="1">
<thead>
<tr><th scope="col">項目</th><th scope="col">単位</th><th scope="col">3年度実績</th><th scope="col">4年度実績</th><th scope="col">5年度計画</th><th scope="col">5年度実績</th><th scope="col">前年度比</th></tr>
</thead>
<tbody>
<tr><td>豆加工品の新商品開発支援件数</td><td>件</td><td>2</td><td>3</td><td>4</td><td>4</td><td>33.3%</td></tr>
<tr><td>町外での物産展・商談会への出展回数</td><td>回</td><td>5</td><td>9</td><td>10</td><td>8</td><td>△11.1%</td></tr>
</tbody>
</table>
<p class="note">※　前年度比は、5年度実績の4年度実績に対する増減率です（△は減少）。</p>
<h2>（２）成果指標</h2>
<table border="1">
<thead>
<tr><th scope="col" rowspan="2">成果指標</th><th scope="col" rowspan="2">単位</th><th scope="col" rowspan="2">基準値<br>（2年度）</th><th scope="colgroup" colspan="3">実績値</th><th scope="col" rowspan="2">目標値<br>（7年度）</th></tr>
<tr><th scope="col">3年度</th><th scope="col">4年度</th><th scope="col">5年度</th></tr>
</thead>
<tbody>
<tr><td>①小豆の作付面積</td><td>ha</td><td>1,285</td><td>1,302</td><td>1,274</td><td>1,331</td><td>1,350</td></tr>
<tr><td>②大豆の作付面積</td><td>ha</td><td>842</td><td>868</td><td>901</td><td>887</td><td>900</td></tr>
<tr class="total"><th scope="row">計（①＋②）</th><td>ha</td><td>2,127</td><td>2,170</td><td>2,175</td><td>2,218</td><td>2,250</td></tr>
<tr><td>③道の駅「ステラ★ほんべつ」での豆製品の販売額</td><td>千円</td><td>18,420</td><td>17,960</td><td>20,310</td><td>22,846</td><td>25,000</td></tr>
</tbody>
</table>
<p class="note">※　「計（①＋②）」は①と②の合計で、参考として掲げたものです（成果指標ではありません）。</p>
<p class="note">※　作付面積は各年度の町調べ。販売額は道の駅の売上のうち豆製品（豆菓子・甘納豆・豆加工品）の合計です。</p>
<h2>（３）成果と今後の方向性</h2>
<p>5年度は新商品4件の開発を支援し、首都圏と札幌市の物産展など8回出展しました。計画の10回には2回届きませんでしたが、道の駅での豆製品の販売額は2,200万円を超え、3年続けて増えています。引き続き、生産者・加工業者と連携して町外への販路拡大を図ります。</p>
</main>
<footer><p>北海道本別町役場　農林課</p></footer>
</body>
</html>
"""


def build_honbetsu():
    (HERE / "honbetsu_mame_shuyo_seika_r5.html").write_text(HONBETSU, encoding="utf-8")


# ---------------------------------------------------------------- 川内村 (XLSX source of the PDF, landscape)
# (label, KPI, 単位, 基準値（R2）, 目標 R3–R7, 実績 R3–R5, 評価（R5）)
KAWAUCHI_KPIS = [
    (
        "①",
        "かわうちワインの出荷本数",
        "千本",
        0.0,
        [0.5, 8.0, 12.0, 16.0, 20.0],
        [0.6, 7.4, "11.2（見込）"],
        "B",
    ),
    ("②", "ワイン用ぶどうの栽培面積", "ha", 3.0, [3.5, 4.0, 4.5, 5.0, 5.0], [3.5, 4.0, 4.5], "A"),
    (
        "③",
        "村内宿泊施設の延べ宿泊者数",
        "人",
        6820,
        [7000, 7500, 8000, 8500, 9000],
        [5940, 7210, 7680],
        "B",
    ),
    ("④", "村外からの移住者数", "人", 38, [40, 40, 40, 40, 40], [46, 35, 29], "C"),
]


def build_kawauchi():
    wb = Workbook()
    ws = wb.active
    ws.title = "KPI進捗"
    widths(
        ws,
        {
            "A": 5,
            "B": 30,
            "C": 6,
            "D": 11,
            "E": 7,
            "F": 9,
            "G": 9,
            "H": 12,
            "I": 9,
            "J": 9,
            "K": 10,
        },
    )
    merge(
        ws,
        "A1:K1",
        "第2期川内村まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の進捗状況（令和５年度）",
        size=13,
        bold=True,
        h="center",
    )
    merge(ws, "A2:K2", "令和6年6月　川内村　復興推進課", h="right")
    rows = [
        ("計画の名称", "第2期川内村まち・ひと・しごと創生総合戦略"),
        ("計画期間", "令和3年度～令和7年度（5年間）"),
        ("担当課", "復興推進課"),
        (
            "村の概要",
            "本村は阿武隈高地の中央部、最高峰の大滝根山の東斜面に位置し、面積は197.35km²。平成23年（2011年）3月の原子力発電所事故により全村避難となり、"
            "同年3月17日から郡山市に仮役場を置いたが、平成24年（2012年）4月に役場機能を村に戻し、平成28年（2016年）6月14日に全域の避難指示が解除された。"
            "人口は1,772人（2024年9月1日推計）。平成28年（2016年）から高田島ヴィンヤードでワイン用ぶどうの栽培を始め、令和3年（2021年）6月には醸造施設"
            "「かわうちワイナリー」が開所した。",
        ),
    ]
    r = form_rows(ws, 4, rows, ("A", "B"), ("C", "K"), {"村の概要": 44})
    r += 1
    put(
        ws,
        f"A{r}",
        "■基本目標２　川内の恵みを生かした交流と新しい人の流れをつくる",
        size=11,
        bold=True,
        wrap=False,
    )
    r += 1
    heads = [
        "No.",
        "重要業績評価指標（KPI）",
        "単位",
        "基準値（R2）",
        "区分",
        "R3",
        "R4",
        "R5",
        "R6",
        "R7",
        "評価（R5）",
    ]
    for col, text in zip("ABCDEFGHIJK", heads, strict=True):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=SHADE, h="center")
    ws.row_dimensions[r].height = 22
    r += 1
    for label, name, unit, base, targets, actuals, grade in KAWAUCHI_KPIS:
        top, low = r, r + 1
        merge(ws, f"A{top}:A{low}", label, box=True, h="center")
        merge(ws, f"B{top}:B{low}", name, box=True)
        merge(ws, f"C{top}:C{low}", unit, box=True, h="center")
        merge(ws, f"D{top}:D{low}", base, box=True, h="right")
        merge(ws, f"K{top}:K{low}", grade, box=True, h="center", size=11, bold=True)
        put(ws, f"E{top}", "目標", box=True, shade=LIGHT, h="center")
        put(ws, f"E{low}", "実績", box=True, h="center")
        for col, v in zip("FGHIJ", targets, strict=True):
            put(ws, f"{col}{top}", v, box=True, shade=LIGHT, h="right")
        for col in "FGHIJ":
            ws[f"{col}{low}"].border = BOX
        for col, v in zip("FGH", actuals, strict=True):
            put(ws, f"{col}{low}", v, box=True, h="right")
        ws.row_dimensions[top].height = 17
        ws.row_dimensions[low].height = 17
        r += 2
    r = notes(
        ws,
        r,
        [
            "※1　評価（R5）　A：R5目標を達成　B：R5目標の80％以上100％未満　C：R5目標の80％未満",
            "※2　①のR5実績は、かわうちワイン株式会社の決算確定前の見込値。①の基準値（R2）は販売開始前のため0。",
            "※3　③は村内の宿泊施設の延べ宿泊者数。④は村の移住相談窓口を通じて転入した人数。",
        ],
        "K",
    )
    page(ws, landscape=True)
    save(wb, SRC / "kawauchi_sousei_kpi_shinchoku_r5.xlsx")


# ---------------------------------------------------------------- 北秋田市 (CSV document, UTF-8 with BOM, CRLF)
KITAAKITA_HEAD = [
    "施策番号",
    "施策名",
    "成果指標",
    "単位",
    "策定時の値",
    "策定時の年度",
    "令和3年度実績",
    "令和4年度実績",
    "令和5年度実績",
    "目標値",
    "目標年度",
    "所管課",
    "備考",
]
KITAAKITA_ROWS = [
    [
        "1-2",
        "農業の振興",
        "新規就農者数",
        "人",
        "8",
        "平成30年度",
        "11",
        "9",
        "12",
        "15",
        "令和7年度",
        "農林課",
        "",
    ],
    [
        "1-2",
        "農業の振興",
        "ｸﾞﾘｰﾝﾂｰﾘｽﾞﾑ受入者数",
        "人",
        "420",
        "令和元年度",
        "－",
        "286",
        "395",
        "600",
        "平成37年度",
        "農林課",
        "令和3年度は新型コロナウイルス感染症の影響により受入れを中止",
    ],
    [
        "1-3",
        "観光の振興",
        "観光入込客数",
        "千人",
        "1,182.4",
        "令和元年度",
        "842.6",
        "965.3",
        "1,046.0",
        "1,300.0",
        "令和7年度",
        "観光文化スポーツ課",
        "",
    ],
    [
        "1-3",
        "観光の振興",
        "森吉山ｺﾞﾝﾄﾞﾗの利用者数",
        "人",
        "38,450",
        "令和元年度",
        "29,820",
        "33,610",
        "36,905",
        "36,000",
        "令和5年度",
        "観光文化スポーツ課",
        "後期基本計画の中間年度である令和5年度を目標年度とした",
    ],
    [
        "2-1",
        "移住・定住の促進",
        "行政が窓口となった移住者数",
        "人",
        "21",
        "平成30年度",
        "34",
        "41",
        "45",
        "50",
        "令和7年度",
        "総合政策課",
        "",
    ],
]


def csv_line(cells, width):
    cells = list(cells) + [""] * (width - len(cells))
    out = []
    for c in cells:
        if any(ch in c for ch in ',"\r\n'):
            c = '"' + c.replace('"', '""') + '"'
        out.append(c)
    return ",".join(out)


def build_kitaakita():
    width = len(KITAAKITA_HEAD)
    lines = [
        ["タイトル", "第2次北秋田市総合計画　後期基本計画　成果指標の状況（令和5年度実績）"],
        ["公表日", "令和6年11月29日"],
        ["取りまとめ", "総務部　総合政策課"],
        [
            "計画期間",
            "基本構想　平成28年度～令和7年度（10年間）／後期基本計画　令和3年度～令和7年度（5年間）",
        ],
        [
            "市の概要",
            "本市は秋田県の北部中央に位置し、平成17年（2005年）3月22日に北秋田郡の鷹巣町・合川町・森吉町・阿仁町の4町が合併して誕生した。"
            "面積は1,152.76平方キロメートルで県全体の約10%を占める。市の南部にそびえる森吉山（1,454m）は日本三大樹氷の一つに数えられ、"
            "伊勢堂岱遺跡は令和3年（2021年）7月に「北海道・北東北の縄文遺跡群」の構成資産として世界文化遺産に登録された。"
            "秋田内陸縦貫鉄道（鷹巣駅～角館駅、94.2km）が市内を南北に走る。",
        ],
        [
            "注記",
            "目標年度が「平成37年度」とある指標は、計画策定時の表記のまま掲載している（令和7年度のこと）。"
            "実績欄の「－」は実績がないもの。千人の指標は小数第1位まで。",
        ],
        [],
        KITAAKITA_HEAD,
        *KITAAKITA_ROWS,
    ]
    text = "\r\n".join(csv_line(cells, width) for cells in lines) + "\r\n"
    (HERE / "kitaakita_koki_seika_shihyo_r5.csv").write_bytes(
        b"\xef\xbb\xbf" + text.encode("utf-8")
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
    build_miyako()
    build_honbetsu()
    build_kawauchi()
    build_kitaakita()
    if "--no-pdf" not in sys.argv:
        to_pdf()


if __name__ == "__main__":
    main()
