"""Build forms512: four KPI documents of 安堵町, 岩出市, 稲沢市 and 南あわじ市.

Writes `ando_toshin_jimujigyo_r5.xlsx` (the workbook is the document), `iwade_negoro_shuyo_seika_r5.html` and the XLSX
sources `source/inazawa_ueki_kofukin_kensho_r5.xlsx` and `source/minamiawaji_sousei2_kpi_r5.xlsx`, which LibreOffice
turns into the PDFs of the same names.
Run `/work/venv/bin/python build.py` (`--no-pdf` skips LibreOffice). The XLSX files and the HTML are byte-stable.
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
STAMP = (2024, 10, 1, 9, 0, 0)
STAMP_ISO = b"2024-10-01T09:00:00Z"
PDFS = ["inazawa_ueki_kofukin_kensho_r5", "minamiawaji_sousei2_kpi_r5"]
COLS = "ABCDEFGHIJKLMNOP"


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
    wb.properties.creator = "forms512"
    wb.properties.lastModifiedBy = "forms512"
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


def form_rows(ws, r, rows, key_rng, val_rng, tall=None):
    """Bordered key/value rows: key merged over key_rng columns, value over val_rng columns."""
    tall = tall or {}
    for key, val in rows:
        merge(ws, f"{key_rng[0]}{r}:{key_rng[1]}{r}", key, bold=True, box=True, shade=SHADE)
        merge(ws, f"{val_rng[0]}{r}:{val_rng[1]}{r}", val, box=True)
        ws.row_dimensions[r].height = tall.get(key, 18)
        r += 1
    return r


# ---------------------------------------------------------------- 安堵町 (XLSX document)
ANDO_COST = [
    # (区分, R3決算, R4決算, R5決算, R6予算) in 千円
    ("事業費", 3240, 3510, 4860, 3620),
    ("うち一般財源", 2980, 3160, 3720, 3310),
]
ANDO_INDICATORS = [
    # (区分, No., 指標名, 単位, R4目標, R4実績, R5目標, R5実績, R6目標, R6見込, R7目標)
    ("活動指標", 1, "灯芯ひき体験会の開催回数", "回", 12, 10, 12, 12, 12, 12, 12),
    ("活動指標", 2, "企画展示・特別展示の開催回数", "回", 3, 3, 4, 5, 3, 2, 3),
    (
        "成果指標",
        3,
        "灯芯ひき体験会の参加者数",
        "人",
        "延べ120",
        "延べ96",
        "延べ130",
        "延べ158",
        "延べ140",
        "延べ150",
        "延べ150",
    ),
    ("成果指標", 4, "歴史民俗資料館の入館者数", "人", 2400, 2186, 2600, 3412, 2800, 2900, 3000),
    ("成果指標", 5, "灯芯・藺草関連品の販売額", "千円", 300, 268, 320, 341, 340, 330, 360),
]


def build_ando():
    wb = Workbook()
    ws = wb.active
    ws.title = "事務事業評価"
    widths(
        ws,
        {
            "A": 9,
            "B": 5,
            "C": 28,
            "D": 7,
            "E": 8,
            "F": 8,
            "G": 8,
            "H": 8,
            "I": 8,
            "J": 8,
            "K": 13,
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
    merge(ws, "A2:K2", "作成日　令和6年8月20日　安堵町", h="right")
    put(ws, "A4", "１　事業の概要", size=11, bold=True, wrap=False)
    rows = [
        ("事務事業名", "灯芯ひき伝承・歴史民俗資料館活用事業"),
        ("担当課", "教育委員会　生涯学習課"),
        ("関連計画", "第5次安堵町総合計画（令和3年度～令和12年度）"),
        ("事業期間", "平成5年度～（継続）"),
        (
            "事業の概要",
            "安堵町歴史民俗資料館は、江戸時代から代々村の庄屋を務めた今村家の旧邸宅（敷地面積1,581㎡）を改修し、平成5年（1993年）10月に開館した。"
            "明治20年（1887年）に大阪府から奈良県を独立・再設置に導いた今村勤三の生家でもある。町内では江戸時代中期から昭和43年（1968年）まで"
            "灯芯用の藺草（いぐさ）が栽培され、灯芯の一大産地であった。本事業では、藺草の髄を引き出す「灯芯ひき」の体験会を灯芯保存会の協力を得て"
            "毎月1回開催するほか、企画展示を行い、町の伝統産業を伝承する。令和5年（2023年）10月に開館30周年を迎えた。入館料は大人200円。"
            "本町の面積は4.31km²で、奈良盆地のほぼ中央に位置する。",
        ),
    ]
    r = form_rows(ws, 5, rows, ("A", "C"), ("D", "K"), tall={"事業の概要": 76})
    r += 1
    put(ws, f"A{r}", "２　事業費の推移（単位：千円）", size=11, bold=True, wrap=False)
    r += 1
    merge(ws, f"A{r}:C{r}", "区分", bold=True, box=True, shade=SHADE, h="center")
    for (a, b), text in zip(
        (("D", "E"), ("F", "G"), ("H", "I"), ("J", "K")),
        ("R3決算", "R4決算", "R5決算", "R6予算"),
        strict=True,
    ):
        merge(ws, f"{a}{r}:{b}{r}", text, bold=True, box=True, shade=SHADE, h="center")
    r += 1
    for label, *vals in ANDO_COST:
        merge(ws, f"A{r}:C{r}", label, box=True)
        for (a, b), v in zip((("D", "E"), ("F", "G"), ("H", "I"), ("J", "K")), vals, strict=True):
            merge(ws, f"{a}{r}:{b}{r}", v, box=True, h="right")
        r += 1
    r += 1
    put(ws, f"A{r}", "３　指標の推移", size=11, bold=True, wrap=False)
    r += 1
    h1, h2 = r, r + 1
    for col, text in (
        ("A", "区分"),
        ("B", "No."),
        ("C", "指標名"),
        ("D", "単位"),
        ("K", "R7目標（最終）"),
    ):
        merge(ws, f"{col}{h1}:{col}{h2}", text, bold=True, box=True, shade=SHADE, h="center")
    for (a, b), text in ((("E", "F"), "R4年度"), (("G", "H"), "R5年度"), (("I", "J"), "R6年度")):
        merge(ws, f"{a}{h1}:{b}{h1}", text, bold=True, box=True, shade=SHADE, h="center")
    for col, text in zip("EFGHIJ", ("目標", "実績", "目標", "実績", "目標", "見込"), strict=True):
        put(ws, f"{col}{h2}", text, bold=True, box=True, shade=SHADE, h="center")
    ws.row_dimensions[h1].height = 18
    ws.row_dimensions[h2].height = 18
    r = h2 + 1
    groups = {}
    for kubun, no, name, unit, *vals in ANDO_INDICATORS:
        groups.setdefault(kubun, [r, r])[1] = r
        put(ws, f"B{r}", no, box=True, h="center")
        put(ws, f"C{r}", name, box=True)
        put(ws, f"D{r}", unit, box=True, h="center")
        for col, v in zip("EFGHIJK", vals, strict=True):
            put(ws, f"{col}{r}", v, box=True, h="right", shade=LIGHT if col == "J" else None)
        ws.row_dimensions[r].height = 20
        r += 1
    for kubun, (a, b) in groups.items():
        merge(ws, f"A{a}:A{b}", kubun, box=True, h="center")
    notes = [
        "※1　令和6年度の「見込」は、令和6年7月末までの実績をもとに算出した年度末の見込値である。",
        "※2　No.3は延べ人数（同じ人が複数回参加した場合もそれぞれ数える）。",
        "※3　No.5は資料館受付で販売する灯芯・藺草飾り等の販売額（税込）。",
    ]
    for text in notes:
        merge(ws, f"A{r}:K{r}", text, size=8)
        ws.row_dimensions[r].height = 14
        r += 1
    r += 1
    put(ws, f"A{r}", "４　評価", size=11, bold=True, wrap=False)
    r += 1
    r = form_rows(
        ws,
        r,
        [
            ("有効性", "B（一定の効果があった）"),
            (
                "今後の方向性",
                "現状維持（開館30周年記念の特別展示により入館者数は大きく伸びた。令和6年度は藺草の栽培体験と灯芯ひき体験を組み合わせた講座を検討する。）",
            ),
        ],
        ("A", "C"),
        ("D", "K"),
        tall={"今後の方向性": 30},
    )
    page(ws, landscape=False)
    save(wb, HERE / "ando_toshin_jimujigyo_r5.xlsx")


# ---------------------------------------------------------------- 岩出市 (HTML document)
IWADE = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>令和５年度　主要な施策の成果（根来寺周辺の観光振興） | 岩出市</title>
</head>
<body>
<nav aria-label="パンくずリスト"><ol>
<li><a href="/">ホーム</a></li>
<li><a href="/shisei/">市政情報</a></li>
<li><a href="/shisei/zaisei/">財政・決算</a></li>
<li>令和５年度　主要な施策の成果（根来寺周辺の観光振興）</li>
</ol></nav>
<main>
<h1>令和５年度　主要な施策の成果（根来寺周辺の観光振興）</h1>
<p class="date">更新日：2024年10月1日　担当：商工観光課</p>
<p>岩出市は和歌山県の北部に位置し、和歌山市の中心部から約15km、大阪都心部から約50km、関西国際空港から約30kmの距離にあります。昭和31年（1956年）9月30日に岩出町・山崎村・根来村・上岩出村及び小倉村の一部が合併して新制の岩出町となり、平成18年（2006年）4月1日に市制を施行しました。面積は38.51km²、人口は53,967人（2020年国勢調査）です。</p>
<p>市の北部にある新義真言宗総本山根来寺には、日本最大の木造多宝塔である国宝「大塔」が残ります。2016年4月には「ねごろ歴史資料館」が開館し、2017年4月には「ねごろ歴史の丘」が道の駅に登録されました。主な観光施設は京奈和自動車道の岩出根来ICから半径3km以内に集まっています。</p>
<h2>1　施策の概要</h2>
<dl>
<dt>施策名</dt><dd>根来寺周辺の観光振興</dd>
<dt>関連計画</dt><dd>岩出市まち・ひと・しごと創生推進計画</dd>
<dt>決算額</dt><dd>令和5年度　31,460千円（うち一般財源　22,180千円）</dd>
<dt>担当課</dt><dd>商工観光課</dd>
</dl>
<h2>2　成果指標の推移</h2>
<p>成果指標ごとに列を設け、年度ごとの値を行に掲げています。</p>
<table border="1">
<thead>
<tr><th scope="col">区分</th><th scope="col">年度</th><th scope="col">①観光入込客数（千人）※1</th><th scope="col">②ねごろ歴史資料館の入館者数（人）</th><th scope="col">③観光ボランティアガイドの案内件数（件）</th><th scope="col">④旧和歌山県会議事堂の見学者数（人）</th></tr>
</thead>
<tbody>
<tr><th scope="row">基準値</th><th scope="row">平成30年度</th><td>412.6</td><td>8,240</td><td>186</td><td>3,915</td></tr>
<tr><th scope="rowgroup" rowspan="3">実績</th><th scope="row">令和3年度</th><td>268.3</td><td>5,126</td><td>中止</td><td>2,044</td></tr>
<tr><th scope="row">令和4年度</th><td>351.7</td><td>7,482</td><td>142</td><td>3,187</td></tr>
<tr><th scope="row">令和5年度</th><td>436.9</td><td>9,315</td><td>205</td><td>4,126</td></tr>
<tr><th scope="rowgroup" rowspan="2">目標</th><th scope="row">令和5年度</th><td>420.0</td><td>9,000</td><td>220</td><td>4,000</td></tr>
<tr><th scope="row">令和7年度</th><td>450.0</td><td>10,000</td><td>250</td><td>4,500</td></tr>
</tbody>
</table>
<p class="note">※1　①は和歌山県の観光客動態調査による暦年（1月～12月）の値です。各行には、年度欄の年と同じ年の1月～12月の値を掲げています（例：令和5年度の行は令和5年1月～12月の値）。目標も同じです。</p>
<p class="note">※2　③の令和3年度は、新型コロナウイルス感染症の影響によりガイド活動を中止しました。</p>
<h2>3　成果と今後の方向性</h2>
<p>令和5年度は、目標を設定している4指標のうち3指標で目標を達成しました。観光ボランティアガイドは登録者が12人に減少しており、令和6年度は養成講座を2回開催して担い手の確保を図ります。</p>
</main>
<footer><p>岩出市役所　商工観光課</p></footer>
</body>
</html>
"""


def build_iwade():
    (HERE / "iwade_negoro_shuyo_seika_r5.html").write_text(IWADE, encoding="utf-8")


# ---------------------------------------------------------------- 稲沢市 (XLSX source of a PDF)
INAZAWA_KPI = [
    # (No., KPI, 単位, 事業開始前, R4目標, R4実績, R5目標, R5実績, R6目標, 評価)
    (1, "植木・苗木の市外向け出荷額", "百万円", 1820, 1850, 1836, 1900, 1944, 1950, "A"),
    (2, "植木・苗木PRイベントの来場者数", "千人", 32.5, 35.0, 29.8, 38.0, 31.6, 40.0, "B"),
    (
        3,
        "オンライン植木市の出店事業者数",
        "社",
        "―",
        "累計10",
        "累計8",
        "累計20",
        "累計21",
        "累計30",
        "A",
    ),
    (4, "植木・苗木生産の新規就農者数", "人", 2, 3, 3, 3, 1, 3, "C"),
    (5, "海外バイヤーとの商談件数", "件", 4, "10～15", 12, "15～20", 14, "20～25", "B"),
]


def build_inazawa():
    wb = Workbook()
    ws = wb.active
    ws.title = "効果検証"
    widths(
        ws,
        {"A": 6, "B": 36, "C": 8, "D": 15, "E": 10, "F": 10, "G": 10, "H": 10, "I": 11, "J": 9},
    )
    merge(
        ws,
        "A1:J1",
        "デジタル田園都市国家構想交付金（地方創生推進タイプ）　効果検証シート（令和５年度）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:J2", "令和6年7月　稲沢市", h="right")
    rows = [
        ("交付対象事業の名称", "「植木のまち稲沢」産地ブランド発信・販路拡大事業"),
        ("地域再生計画の名称", "稲沢市まち・ひと・しごと創生推進計画"),
        ("事業実施期間", "令和4年度～令和6年度（3か年）"),
        ("交付対象事業費", "令和5年度　18,400千円（うち交付金　9,200千円）"),
        ("担当課", "経済環境部　農務課"),
        (
            "市の概要",
            "愛知県の北西部、濃尾平野のほぼ中央に位置し、面積は79.35km²、人口は135,580人（2019年10月1日推計）。平成17年（2005年）4月1日に"
            "稲沢市・祖父江町・平和町が合併して現在の市となった。植木・苗木の生産は、嘉暦3年（1328年）に円興寺の住職が中国から柑橘苗木の"
            "生産技術を持ち帰ったのが始まりとされ、埼玉県川口市、大阪府池田市、福岡県久留米市とともに全国4大産地の一つに数えられる。"
            "旧祖父江町は全国一のぎんなんの産地である。",
        ),
    ]
    r = form_rows(ws, 4, rows, ("A", "B"), ("C", "J"), tall={"市の概要": 48})
    r += 1
    merge(ws, f"A{r}:E{r}", "■重要業績評価指標（KPI）の目標と実績", size=11, bold=True, wrap=False)
    merge(
        ws,
        f"F{r}:J{r}",
        "【評価】　A：目標を達成　B：目標の80％以上　C：目標の80％未満",
        size=8,
        h="right",
    )
    r += 1
    h1, h2 = r, r + 1
    for col, text in (
        ("A", "No."),
        ("B", "重要業績評価指標（KPI）"),
        ("C", "単位"),
        ("D", "事業開始前（R3年度）"),
        ("J", "評価（R5）"),
    ):
        merge(ws, f"{col}{h1}:{col}{h2}", text, bold=True, box=True, shade=SHADE, h="center")
    for (a, b), text in (
        (("E", "F"), "令和4年度"),
        (("G", "H"), "令和5年度"),
        (("I", "I"), "令和6年度"),
    ):
        if a == b:
            put(ws, f"{a}{h1}", text, bold=True, box=True, shade=SHADE, h="center")
        else:
            merge(ws, f"{a}{h1}:{b}{h1}", text, bold=True, box=True, shade=SHADE, h="center")
    for col, text in zip("EFGHI", ("目標", "実績", "目標", "実績", "目標"), strict=True):
        put(ws, f"{col}{h2}", text, bold=True, box=True, shade=SHADE, h="center")
    ws.row_dimensions[h1].height = 20
    ws.row_dimensions[h2].height = 18
    r = h2 + 1
    for no, name, unit, *vals, grade in INAZAWA_KPI:
        put(ws, f"A{r}", no, box=True, h="center")
        put(ws, f"B{r}", name, box=True)
        put(ws, f"C{r}", unit, box=True, h="center")
        for col, v in zip("DEFGHI", vals, strict=True):
            put(ws, f"{col}{r}", v, box=True, h="right")
        put(ws, f"J{r}", grade, box=True, h="center")
        ws.row_dimensions[r].height = 20
        r += 1
    notes = [
        "※1　事業開始前は令和3年度の実績値。",
        "※2　No.3は令和4年度に開設したオンライン植木市の出店事業者数の累計（開設前のため事業開始前は「―」）。",
        "※3　No.5の目標は幅（下限～上限）で設定しており、評価は下限値との比較による。",
        "※4　No.2は市内で開催する植木・苗木のPRイベント（年3回）の来場者数の合計。",
    ]
    for text in notes:
        merge(ws, f"A{r}:J{r}", text, size=8)
        ws.row_dimensions[r].height = 14
        r += 1
    r += 1
    merge(ws, f"A{r}:E{r}", "■事業の評価", size=11, bold=True, wrap=False)
    r += 1
    form_rows(
        ws,
        r,
        [
            ("総合評価", "地方創生に相当程度効果があった"),
            (
                "今後の方針",
                "事業継続（海外バイヤーとの商談会を年2回に増やし、盆栽・庭木の輸出拡大を図る。）",
            ),
        ],
        ("A", "B"),
        ("C", "J"),
    )
    page(ws, landscape=True)
    save(wb, SRC / "inazawa_ueki_kofukin_kensho_r5.xlsx")


# ---------------------------------------------------------------- 南あわじ市 (XLSX source of a PDF)
MINAMIAWAJI_GOALS = [
    (
        "■基本目標1　地域の資源を活かしたしごとをつくる",
        [
            # (No., KPI, 単位, 基準値R元, R3実績, R4実績, R5目標, R5実績, 目標R6)
            (1, "玉ねぎの作付面積", "ha", 1342, 1318, 1296, 1380, 1271, 1400),
            (2, "新規就農者数", "人", 18, 21, 15, 18, 19, 20),
            (
                3,
                "市内主要観光施設の入込客数",
                "千人",
                3412.5,
                2186.4,
                2854.0,
                3000.0,
                3120.8,
                3500.0,
            ),
        ],
    ),
    (
        "■基本目標2　南あわじ市への新しいひとの流れをつくり、健やかに暮らせるまちをつくる",
        [
            (
                4,
                "人口の社会増減数（転入者数－転出者数）",
                "人",
                "△286",
                "△214",
                "△198",
                "±0",
                "△152",
                "±0",
            ),
            (
                5,
                "【再掲】市内主要観光施設の入込客数",
                "千人",
                3412.5,
                2186.4,
                2854.0,
                3000.0,
                3120.8,
                3500.0,
            ),
            (
                6,
                "健康寿命",
                "歳",
                "男 80.1　女 84.6",
                "男 80.4　女 84.9",
                "男 80.3　女 85.0",
                "男 80.8　女 85.3",
                "男 80.7　女 85.2",
                "男 81.0　女 85.5",
            ),
        ],
    ),
]


def build_minamiawaji():
    wb = Workbook()
    ws = wb.active
    ws.title = "KPI進捗"
    widths(
        ws,
        {"A": 6, "B": 40, "C": 7, "D": 15, "E": 15, "F": 15, "G": 15, "H": 15, "I": 15},
    )
    merge(
        ws,
        "A1:I1",
        "第2期南あわじ市まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の進捗状況（令和５年度）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:I2", "令和6年9月　南あわじ市", h="right")
    rows = [
        ("計画の名称", "第2期南あわじ市まち・ひと・しごと創生総合戦略"),
        ("計画期間", "令和2年度～令和6年度（5年間）"),
        ("担当課", "総務企画部　企画課"),
        (
            "市の概要",
            "兵庫県の最南端、淡路島の南部に位置し、平成17年（2005年）1月11日に三原郡の緑町・西淡町・三原町・南淡町の4町が合併して誕生した。"
            "面積は229.01km²、人口は45,489人（2022年6月1日推計）。昭和60年（1985年）に大鳴門橋が開通し、四国と陸路で結ばれた。"
            "タマネギやレタスの全国屈指の産地であり、伝統芸能の淡路人形浄瑠璃でも知られる。",
        ),
    ]
    r = form_rows(ws, 4, rows, ("A", "B"), ("C", "I"), tall={"市の概要": 36})
    head = [
        "No.",
        "重要業績評価指標（KPI）",
        "単位",
        "基準値（R元）",
        "R3実績",
        "R4実績",
        "R5目標",
        "R5実績（速報値）",
        "目標値（R6）",
    ]
    for heading, kpis in MINAMIAWAJI_GOALS:
        r += 1
        merge(ws, f"A{r}:I{r}", heading, size=11, bold=True, wrap=False)
        r += 1
        for i, text in enumerate(head):
            put(ws, f"{COLS[i]}{r}", text, bold=True, box=True, shade=SHADE, h="center")
        ws.row_dimensions[r].height = 20
        r += 1
        for no, name, unit, *vals in kpis:
            put(ws, f"A{r}", no, box=True, h="center")
            put(ws, f"B{r}", name, box=True)
            put(ws, f"C{r}", unit, box=True, h="center")
            for col, v in zip("DEFGHI", vals, strict=True):
                put(ws, f"{col}{r}", v, box=True, h="right")
            ws.row_dimensions[r].height = 20
            r += 1
    r += 1
    notes = [
        "※1　R5実績の欄は速報値（令和6年8月末時点）。",
        "※2　No.4の「△」はマイナス（転出超過）を表す。",
        "※3　No.5はNo.3の再掲（交流人口の指標として基本目標2にも掲げている）。",
        "※4　No.6は、日常生活動作が自立している期間の平均を男女別に掲げたもの（兵庫県の算定方法による）。",
    ]
    for text in notes:
        merge(ws, f"A{r}:I{r}", text, size=8)
        ws.row_dimensions[r].height = 14
        r += 1
    page(ws, landscape=True)
    save(wb, SRC / "minamiawaji_sousei2_kpi_r5.xlsx")


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
    build_ando()
    build_iwade()
    build_inazawa()
    build_minamiawaji()
    if "--no-pdf" not in sys.argv:
        to_pdf()


if __name__ == "__main__":
    main()
