"""Build forms516: four KPI documents of 能勢町, 南山城村, 加東市 and 有田川町.

Writes `nose_kaso_hyoka_r5.html`, `minamiyamashiro_sousei_kpi_kensho_r2.xlsx` (the workbook is the document),
and the XLSX sources `source/kato_yamadanishiki_kofukin_kensho_r5.xlsx` and
`source/aridagawa_sansho_jimujigyo_r5.xlsx`, which LibreOffice turns into the PDFs of the same names.
Run `/work/venv/bin/python build.py` (`--no-pdf` skips LibreOffice). XLSX and HTML are byte-stable.
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
SRC = HERE / "source"
FONT = "IPAexGothic"
THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
SHADE = PatternFill("solid", fgColor="D9D9D9")
STAMP = datetime.datetime(2024, 8, 30, 9, 0, 0)
STAMP_ISO = b"2024-08-30T09:00:00Z"


def font(size=9, bold=False):
    return Font(name=FONT, size=size, bold=bold)


def put(ws, ref, value, size=9, bold=False, box=False, shade=False, h="left", wrap=True):
    cell = ws[ref]
    cell.value = value
    cell.font = font(size, bold)
    cell.alignment = Alignment(horizontal=h, vertical="center", wrap_text=wrap)
    if box:
        cell.border = BOX
    if shade:
        cell.fill = SHADE
    return cell


def boxed(ws, rng, shade=False):
    for row in ws[rng]:
        for cell in row:
            cell.border = BOX
            if shade:
                cell.fill = SHADE


def merge(ws, rng, value, **kw):
    first = rng.split(":")[0]
    put(ws, first, value, **kw)
    if ":" in rng:
        ws.merge_cells(rng)
    if kw.get("box"):
        boxed(ws, rng, kw.get("shade", False))


def number(cell, value):
    """Format a number cell the way the sheet prints it."""
    if isinstance(value, float):
        cell.number_format = "#,##0.0"
    elif isinstance(value, int):
        cell.number_format = "#,##0"


def save(wb, path):
    """Save with fixed properties and fixed zip timestamps, so the bytes do not change."""
    wb.properties.creator = "forms516"
    wb.properties.lastModifiedBy = "forms516"
    wb.properties.created = STAMP
    wb.properties.modified = STAMP
    buf = io.BytesIO()
    wb.save(buf)
    buf.seek(0)
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in sorted(zin.infolist(), key=lambda i: i.filename):
            data = zin.read(item.filename)
            if item.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>" + STAMP_ISO, data)
                data = re.sub(rb"(<dcterms:created[^>]*>)[^<]*", rb"\g<1>" + STAMP_ISO, data)
            info = zipfile.ZipInfo(item.filename, date_time=(2024, 8, 30, 9, 0, 0))
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


def fields_block(ws, r, fields, key_cols, val_cols, tall=()):
    """Bordered key-value rows: the key merged over key_cols, the value over val_cols."""
    for key, val in fields:
        merge(ws, f"{key_cols[0]}{r}:{key_cols[1]}{r}", key, bold=True, box=True, shade=True)
        merge(ws, f"{val_cols[0]}{r}:{val_cols[1]}{r}", val, box=True)
        ws.row_dimensions[r].height = 60 if key in tall else 18
        r += 1
    return r


# ---------------------------------------------------------------- 能勢町 (HTML)
NOSE = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>能勢町過疎地域持続的発展計画　評価指標の達成状況（令和５年度）｜能勢町</title>
<style>
body { font-family: "IPAexGothic", sans-serif; margin: 2em; }
table { border-collapse: collapse; margin: 0.5em 0; }
th, td { border: 1px solid #333; padding: 4px 8px; }
thead th { background: #e6e6e6; }
td.num { text-align: right; }
p.unit { text-align: right; margin: 0; width: 46em; }
p.note { font-size: 90%; }
</style>
</head>
<body>
<nav><ol class="breadcrumb">
<li><a href="/">ホーム</a></li>
<li><a href="/soshiki/">組織で探す</a></li>
<li><a href="/soshiki/soumuka/">総務部　総務課</a></li>
<li><a href="/soshiki/soumuka/seisakusuishin/">政策推進担当</a></li>
<li>能勢町過疎地域持続的発展計画　評価指標の達成状況（令和５年度）</li>
</ol></nav>
<main>
<h1>能勢町過疎地域持続的発展計画　評価指標の達成状況（令和５年度）</h1>
<p class="date">更新日：2024年10月1日　担当：総務部総務課政策推進担当</p>
<p>能勢町は大阪府の最北端に位置し、面積は98.75km²です。町内のおおむね全域が標高200m（天王地区は500m）の地帯にあり、大阪市内とは6～10℃の気温差があります。妙見山（標高660m）や歌垣山（標高554m）などの山々に囲まれた、里山の町です。</p>
<p>本町は令和4年度から過疎地域の指定を受け、令和4年7月に策定した第6次能勢町総合計画と整合を図りながら「能勢町過疎地域持続的発展計画」を作成しました。町の人口は8,582人（2023年2月1日推計人口）です。計画に掲げた基本目標と評価指標について、令和5年度までの実績を取りまとめましたのでお知らせします。</p>
<dl class="plan">
<dt>計画の名称</dt><dd>能勢町過疎地域持続的発展計画</dd>
<dt>計画期間</dt><dd>令和4年度～令和7年度（4年間）</dd>
<dt>担当課</dt><dd>総務部総務課政策推進担当</dd>
</dl>
<h2>１　基本目標の達成状況</h2>
<table>
<thead>
<tr><th rowspan="2">基本目標</th><th rowspan="2">単位</th><th rowspan="2">基準値<br>（R2）</th><th colspan="2">実績値</th><th rowspan="2">目標値<br>（R7）</th></tr>
<tr><th>R4</th><th>R5</th></tr>
</thead>
<tbody>
<tr><th scope="row">人口の社会増減数（転入者数－転出者数）</th><td>人</td><td class="num">△58</td><td class="num">△41</td><td class="num">△33</td><td class="num">△20</td></tr>
<tr><th scope="row">転入者数</th><td>人</td><td class="num">212</td><td class="num">236</td><td class="num">251</td><td class="num">260</td></tr>
</tbody>
</table>
<p class="note">※数値の前の「△」はマイナス（転出超過）を表します。</p>
<h2>２　分野別の評価指標の達成状況</h2>
<p class="unit">（単位：人）</p>
<table>
<thead>
<tr><th rowspan="2">No.</th><th rowspan="2">評価指標</th><th rowspan="2">基準値<br>（R2）</th><th colspan="2">実績値</th><th rowspan="2">目標値<br>（R7）</th></tr>
<tr><th>R4</th><th>R5（速報値）</th></tr>
</thead>
<tbody>
<tr><td>①</td><td>移住相談窓口を通じた転入者数</td><td class="num">14</td><td class="num">19</td><td class="num">23</td><td class="num">30</td></tr>
<tr><td>②</td><td>新規就農者数</td><td class="num">2</td><td class="num">3</td><td class="num">5</td><td>4年間で延べ12人</td></tr>
<tr><td>③</td><td>空き家バンクの成約件数</td><td class="num">5</td><td class="num">8</td><td class="num">11</td><td class="num">15</td></tr>
<tr><td>④</td><td>観光入込客数</td><td class="num">486.2</td><td class="num">612.5</td><td class="num">655.0</td><td class="num">700</td></tr>
</tbody>
</table>
<p class="note">※③の単位は「件」、④の単位は「千人」です。<br>
※R5（速報値）は令和6年6月末時点の集計であり、今後変更となる場合があります。</p>
</main>
<footer><p>能勢町役場　総務部総務課政策推進担当　〒563-0392 大阪府豊能郡能勢町宿野28番地</p></footer>
</body>
</html>
"""


def build_nose():
    (HERE / "nose_kaso_hyoka_r5.html").write_text(NOSE, encoding="utf-8")


# ---------------------------------------------------------------- 南山城村 (XLSX document)
def build_minamiyamashiro():
    wb = Workbook()
    ws = wb.active
    ws.title = "KPI検証"
    widths = {"A": 5, "B": 30, "C": 8, "D": 11}
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    for col in "EFGHI":
        ws.column_dimensions[col].width = 8
    for col in "JK":
        ws.column_dimensions[col].width = 11
    ws.column_dimensions["L"].width = 6
    merge(
        ws,
        "A1:L1",
        "南山城村地域創生総合戦略　重要業績評価指標（KPI）の検証結果（令和２年度）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:L2", "令和3年8月　南山城村 むらづくり推進課", h="right")
    fields = [
        ("計画の名称", "南山城村地域創生総合戦略"),
        ("計画期間", "平成27年度～平成31年度（5年間）　※令和2年度まで1年間延長"),
        ("担当課", "むらづくり推進課"),
        (
            "村の概要",
            "京都府唯一の村。面積64.11km²のうち約7割を山林が占め、村の中央を国道163号とJR関西本線が走る。"
            "昭和28年の南山城大水害を機に計画された高山ダムは昭和44年に完成した。"
            "平成29年（2017年）4月15日に道の駅「お茶の京都 みなみやましろ村」がグランドオープンし、初日には5,000名以上が来場した。"
            "人口は2,391人（2020年国勢調査）。",
        ),
    ]
    r = fields_block(ws, 4, fields, ("A", "B"), ("C", "L"), tall=("村の概要",))
    r += 1
    merge(
        ws,
        f"A{r}:L{r}",
        "【評価】　A：目標を達成　B：目標の8割以上　C：目標の8割未満　（延長後目標値（R2）に対する令和2年度実績で評価）",
        size=8,
        h="right",
    )
    r += 1
    grids = [
        (
            "■基本目標1　お茶と道の駅で村のしごとをつくる",
            [
                (1, "荒茶生産量", "t", "412（H26）", [398, 405, 388, 392, 380], 420, 400, "B"),
                (
                    2,
                    "道の駅「お茶の京都 みなみやましろ村」の売上高",
                    "百万円",
                    "―",
                    ["―", 318, 352, 371, 296],
                    350,
                    300,
                    "B",
                ),
                (3, "村内事業所の新規雇用者数", "人", "2（H26）", [4, 21, 6, 5, 3], 8, 5, "C"),
            ],
        ),
        (
            "■基本目標2　村への新しいひとの流れをつくる",
            [
                (
                    4,
                    "道の駅の来場者数",
                    "千人",
                    "―",
                    ["―", 412.5, 448.0, 456.3, 362.8],
                    450,
                    400,
                    "B",
                ),
                (
                    5,
                    "移住・定住推進員の相談を経た移住者数",
                    "人",
                    "0（H27）",
                    [6, 9, 7, 8, 10],
                    8,
                    8,
                    "A",
                ),
            ],
        ),
    ]
    for heading, rows in grids:
        put(ws, f"A{r}", heading, size=11, bold=True, wrap=False)
        r += 1
        for col, text in (
            ("A", "No."),
            ("B", "重要業績評価指標（KPI）"),
            ("C", "単位"),
            ("D", "基準値"),
            ("J", "目標値\n（H31）"),
            ("K", "延長後目標値\n（R2）"),
            ("L", "評価"),
        ):
            merge(ws, f"{col}{r}:{col}{r + 1}", text, bold=True, box=True, shade=True, h="center")
        merge(ws, f"E{r}:I{r}", "実績値", bold=True, box=True, shade=True, h="center")
        for col, text in zip("EFGHI", ["H28", "H29", "H30", "R元", "R2"]):
            put(ws, f"{col}{r + 1}", text, bold=True, box=True, shade=True, h="center")
        ws.row_dimensions[r].height = 18
        ws.row_dimensions[r + 1].height = 18
        r += 2
        for no, name, unit, base, actuals, target, target2, grade in rows:
            put(ws, f"A{r}", no, box=True, h="center")
            put(ws, f"B{r}", name, box=True)
            put(ws, f"C{r}", unit, box=True, h="center")
            put(ws, f"D{r}", base, box=True, h="right")
            for col, v in zip("EFGHI", actuals):
                c = put(ws, f"{col}{r}", v, box=True, h="right")
                number(c, v)
            for col, v in (("J", target), ("K", target2)):
                c = put(ws, f"{col}{r}", v, box=True, h="right")
                number(c, v)
            put(ws, f"L{r}", grade, box=True, h="center")
            ws.row_dimensions[r].height = 30 if len(name) > 16 else 20
            r += 1
        r += 1
    notes = [
        "※基準値の括弧内は、その数値の年度です。道の駅は平成29年4月の開業のため、No.2・No.4の基準値及び平成28年度は「―」としています。",
        "※目標値（H31）は計画策定時の目標値、延長後目標値（R2）は計画期間の延長に合わせて令和元年度に設定した目標値です。",
    ]
    for note in notes:
        merge(ws, f"A{r}:L{r}", note, size=8)
        ws.row_dimensions[r].height = 16
        r += 1
    page(ws, landscape=True)
    save(wb, HERE / "minamiyamashiro_sousei_kpi_kensho_r2.xlsx")


# ---------------------------------------------------------------- 加東市 (PDF source, landscape)
def build_kato():
    wb = Workbook()
    ws = wb.active
    ws.title = "効果検証"
    widths = {"A": 6, "B": 36, "C": 8, "D": 13, "E": 11, "F": 11, "G": 11, "H": 15}
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    merge(
        ws,
        "A1:H1",
        "地方創生推進交付金事業　効果検証シート（令和５年度実績）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:H2", "令和6年8月　加東市 まちづくり政策部 企画政策課", h="right")
    fields = [
        ("交付対象事業の名称", "「山田錦の郷・加東」酒米ブランド発信・交流拡大事業"),
        ("地域再生計画の名称", "加東市まち・ひと・しごと創生推進計画"),
        ("事業実施期間", "令和4年度～令和6年度（3か年）"),
        ("交付対象事業費", "R5：24,800千円（うち交付金　12,400千円）"),
        ("担当課", "まちづくり政策部　企画政策課"),
        (
            "市の概要",
            "平成18年（2006年）3月20日に加東郡の社町・滝野町・東条町の3町が合併して誕生。面積157.55km²、人口39,827人（2024年10月1日推計）。"
            "酒米の王様「山田錦」の全国有数の産地で、その多くが産地格付け最上位の「特A地区」に指定されている。"
            "平成25年（2013年）には日本酒による乾杯を推進する条例を制定した。市内16のゴルフ場には年間約80万人が訪れる。",
        ),
    ]
    r = fields_block(ws, 4, fields, ("A", "B"), ("C", "H"), tall=("市の概要",))
    r += 1
    put(ws, f"A{r}", "■重要業績評価指標（KPI）の目標と実績", size=11, bold=True, wrap=False)
    r += 1
    head = [
        "No.",
        "重要業績評価指標（KPI）",
        "単位",
        "事業開始前\n（R3）",
        "R4実績",
        "R5実績",
        "R6見込",
        "最終目標\n（R6）",
    ]
    for col, text in zip("ABCDEFGH", head):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[r].height = 30
    r += 1
    rows = [
        (1, "山田錦PR拠点施設の来館者数", "千人", 18.4, 22.6, 27.9, 30.5, 30.0),
        (2, "市内産山田錦を使った新商品の開発数（累計）", "件", 0, 3, 7, 10, 10),
        (3, "市内宿泊施設の延べ宿泊者数", "人", 41200, 44850, 48310, 49600, "50,000～55,000"),
        (4, "酒米の里フェスタの来場者数", "人", "中止", 3200, 4850, 5000, 6000),
        ("（参考）", "山田錦の作付面積", "ha", 1412, 1398, 1405, "―", "―"),
    ]
    for no, name, unit, *vals in rows:
        ref = isinstance(no, str)
        put(ws, f"A{r}", no, box=True, h="center", shade=ref)
        put(ws, f"B{r}", name, box=True, shade=ref)
        put(ws, f"C{r}", unit, box=True, h="center", shade=ref)
        for col, v in zip("DEFGH", vals):
            c = put(ws, f"{col}{r}", v, box=True, h="right", shade=ref)
            number(c, v)
        ws.row_dimensions[r].height = 20
        r += 1
    notes = [
        "※No.4の事業開始前（R3）は、新型コロナウイルス感染症の影響によりフェスタを中止しました。",
        "※R6見込は令和6年7月末時点の見込値です。",
        "※（参考）は事業の効果を把握するための参考値であり、KPIではありません。",
    ]
    for note in notes:
        merge(ws, f"A{r}:H{r}", note, size=8)
        ws.row_dimensions[r].height = 16
        r += 1
    r += 1
    put(ws, f"A{r}", "■事業の効果と今後の方針", size=11, bold=True, wrap=False)
    r += 1
    merge(
        ws,
        f"A{r}:H{r}",
        "PR拠点施設の来館者数と新商品の開発数は最終目標を達成する見込みである。宿泊者数は増加傾向にあるものの目標には届かない見込みのため、"
        "ゴルフ場利用者への酒蔵めぐりの周知など、滞在型の観光メニューづくりを進める。",
        box=True,
    )
    ws.row_dimensions[r].height = 36
    page(ws, landscape=True)
    save(wb, SRC / "kato_yamadanishiki_kofukin_kensho_r5.xlsx")


# ---------------------------------------------------------------- 有田川町 (PDF source, portrait)
def build_aridagawa():
    wb = Workbook()
    ws = wb.active
    ws.title = "事務事業評価"
    widths = {"A": 9, "B": 4, "C": 26, "D": 6}
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    for col in "EFGHIJ":
        ws.column_dimensions[col].width = 8.5
    ws.column_dimensions["K"].width = 12
    merge(
        ws,
        "A1:K1",
        "令和６年度　事務事業評価シート（令和５年度実施事業）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:K2", "作成日　令和6年7月31日", h="right")
    put(ws, "A4", "１　事業の概要", size=11, bold=True, wrap=False)
    fields = [
        ("事務事業名", "ぶどう山椒産地振興事業"),
        ("担当課", "産業振興課　農林係"),
        ("関連計画", "第2次有田川町長期総合計画　後期基本計画（令和4年度～令和8年度）"),
        ("事業期間", "令和4年度～令和8年度"),
        ("事業費（R5決算）", "6,420千円（うち一般財源　3,210千円）"),
        (
            "事業の概要",
            "本町は平成18年（2006年）1月に吉備町・金屋町・清水町の3町が合併して誕生した町で、面積は351.84km²。"
            "旧清水町地区を中心に栽培される「ぶどう山椒」は国内シェア1位の特産品であり、令和3年（2021年）12月には"
            "龍谷大学と連携した「ぶどう山椒の発祥地を未来へつなぐプロジェクト」が近畿「ディスカバー農山漁村（むら）の宝」に選定された。"
            "本事業では苗木の配布と栽培講習会により担い手を確保し、「みどりのダイヤモンド」としてのブランド化を進める。",
        ),
    ]
    r = fields_block(ws, 5, fields, ("A", "C"), ("D", "K"), tall=("事業の概要",))
    ws.row_dimensions[r - 1].height = 72
    r += 1
    put(ws, f"A{r}", "２　指標の推移", size=11, bold=True, wrap=False)
    r += 1
    head = [
        "区分",
        "No.",
        "指標名",
        "単位",
        "3年度実績",
        "4年度実績",
        "5年度目標",
        "5年度実績",
        "対前年度増減",
        "6年度目標",
        "8年度目標（最終）",
    ]
    for col, text in zip("ABCDEFGHIJK", head):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[r].height = 30
    r += 1
    rows = [
        ("活動指標", 1, "ぶどう山椒苗木の配布本数", "千本", 1.2, 1.5, 1.5, 1.6, "＋0.1", 1.5, 1.5),
        ("活動指標", 2, "栽培講習会・現地研修会の開催回数", "回", 4, 6, 6, 7, "＋1", 6, 6),
        (
            "成果指標",
            3,
            "ぶどう山椒の出荷量（生果）",
            "t",
            58.2,
            61.7,
            65.0,
            58.4,
            "△3.3",
            66.0,
            70.0,
        ),
        ("成果指標", 4, "新規栽培者数", "人", 3, 5, 5, 4, "△1", 5, 5),
    ]
    start = r
    for kubun, no, name, unit, *vals in rows:
        put(ws, f"A{r}", kubun, box=True, h="center")
        put(ws, f"B{r}", no, box=True, h="center")
        put(ws, f"C{r}", name, box=True)
        put(ws, f"D{r}", unit, box=True, h="center")
        for col, v in zip("EFGHIJK", vals):
            c = put(ws, f"{col}{r}", v, box=True, h="right")
            number(c, v)
        ws.row_dimensions[r].height = 22
        r += 1
    ws.merge_cells(f"A{start}:A{start + 1}")
    ws.merge_cells(f"A{start + 2}:A{start + 3}")
    merge(
        ws,
        f"A{r}:K{r}",
        "※対前年度増減は5年度実績と4年度実績の差（△は減少）。No.3は令和5年夏の高温・少雨により出荷量が減少した。",
        size=8,
    )
    ws.row_dimensions[r].height = 16
    r += 2
    put(ws, f"A{r}", "３　評価", size=11, bold=True, wrap=False)
    r += 1
    evaluation = [
        ("総合評価", "B　概ね順調"),
        (
            "評価の理由",
            "苗木の配布と講習会は計画どおり実施できたが、出荷量は天候の影響で目標を下回った。"
            "新規栽培者の確保に向け、龍谷大学や地元高校と連携した収穫体験を継続する。",
        ),
        ("今後の方向性", "現状維持"),
    ]
    for key, val in evaluation:
        merge(ws, f"A{r}:C{r}", key, bold=True, box=True, shade=True)
        merge(ws, f"D{r}:K{r}", val, box=True)
        ws.row_dimensions[r].height = 36 if key == "評価の理由" else 18
        r += 1
    page(ws, landscape=False)
    save(wb, SRC / "aridagawa_sansho_jimujigyo_r5.xlsx")


def to_pdf():
    for name in ("kato_yamadanishiki_kofukin_kensho_r5", "aridagawa_sansho_jimujigyo_r5"):
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
                    str(SRC / f"{name}.xlsx"),
                ],
                check=True,
                capture_output=True,
            )
            shutil.copy(Path(tmp) / f"{name}.pdf", HERE / f"{name}.pdf")


def main():
    SRC.mkdir(exist_ok=True)
    build_nose()
    build_minamiyamashiro()
    build_kato()
    build_aridagawa()
    if "--no-pdf" not in sys.argv:
        to_pdf()


if __name__ == "__main__":
    main()
