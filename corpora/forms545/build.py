"""Build forms545: four KPI documents of 阿武町, 神山町, 添田町 and 指宿市.

Writes `abu_mukaku_jimujigyo_r5.xlsx` (the workbook is the document), `kamiyama_satellite_kofukin_kensho_r5.html`,
`soeda_sousei2_kpi_r5.csv` (Shift_JIS) and the XLSX source `source/ibusuki_sports_shuyo_seika_r5.xlsx`, which
LibreOffice turns into `ibusuki_sports_shuyo_seika_r5.pdf`.
Run `/work/venv/bin/python build.py` (`--no-pdf` skips LibreOffice). XLSX, HTML and CSV are byte-stable.
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
STAMP = datetime.datetime(2025, 7, 25, 9, 0, 0)
STAMP_TEXT = "2025-07-25T09:00:00Z"


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
    ws.merge_cells(rng)
    if kw.get("box"):
        boxed(ws, rng, kw.get("shade", False))


def save(wb, path):
    """Save with fixed properties and fixed zip timestamps, so the bytes do not change."""
    wb.properties.creator = "forms545"
    wb.properties.lastModifiedBy = "forms545"
    wb.properties.created = STAMP
    wb.properties.modified = STAMP
    buf = io.BytesIO()
    wb.save(buf)
    buf.seek(0)
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in sorted(zin.infolist(), key=lambda i: i.filename):
            data = zin.read(item.filename)
            if item.filename == "docProps/core.xml":
                stamp = STAMP_TEXT.encode()
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>" + stamp, data)
                data = re.sub(rb"(<dcterms:created[^>]*>)[^<]*", rb"\g<1>" + stamp, data)
            info = zipfile.ZipInfo(item.filename, date_time=(2025, 7, 25, 9, 0, 0))
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


def number(cell, v, decimals=1):
    if isinstance(v, float):
        cell.number_format = "#,##0." + "0" * decimals
    elif isinstance(v, int):
        cell.number_format = "#,##0"


def fields_block(ws, r, fields, key_rng, val_rng, tall):
    """Key | value rows; key_rng and val_rng are column pairs such as ("A", "C")."""
    for key, val in fields:
        merge(ws, f"{key_rng[0]}{r}:{key_rng[1]}{r}", key, bold=True, box=True, shade=True)
        merge(ws, f"{val_rng[0]}{r}:{val_rng[1]}{r}", val, box=True)
        ws.row_dimensions[r].height = tall if key in ("事業の概要", "事業の内容") else 18
        r += 1
    return r


# ---------------------------------------------------------------- 阿武町 (XLSX document, landscape)
def build_abu():
    wb = Workbook()
    ws = wb.active
    ws.title = "事務事業評価"
    widths = {
        "A": 5,
        "B": 26,
        "C": 6,
        "D": 8,
        "E": 8,
        "F": 8,
        "G": 2,
        "H": 5,
        "I": 30,
        "J": 6,
        "K": 10,
        "L": 9,
        "M": 9,
        "N": 9,
        "O": 10,
        "P": 11,
    }
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    merge(
        ws,
        "A1:P1",
        "令和６年度　事務事業評価シート（令和５年度実施事業）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:P2", "作成日　令和6年7月25日", h="right")
    put(ws, "A4", "１　事業の概要", size=11, bold=True, wrap=False)
    fields = [
        ("事務事業名", "無角和種振興・ブランド化推進事業"),
        ("担当課", "経済課　農林振興係"),
        ("関連計画", "阿武町総合計画「選ばれる町をつくる」"),
        ("事業期間", "令和3年度～令和7年度"),
        ("事業費（R5決算）", "12,480千円（うち県支出金　4,150千円）"),
        (
            "事業の概要",
            "本町は昭和30年（1955年）に奈古町・福賀村・宇田郷村が合併して誕生した。面積は115.95km²、人口は2,865人（2024年4月1日推計）で、"
            "海岸部は北長門海岸国定公園に含まれる。無角和種は大正9年（1920年）にアバディーン・アンガス種の種雄牛を在来の和牛に交配して生まれた品種で、"
            "昭和38年には9,790頭を数えたが、平成6年には250頭余りまで減少した。同年9月に山口県と阿武萩の9市町村等が無角和種振興公社を設立し、"
            "現在、県内で飼育される約200頭のうち約130頭が本町で飼育されている。本事業では、福賀地区の放牧地整備と無角和牛の販路拡大を支援する。",
        ),
    ]
    r = fields_block(ws, 5, fields, ("A", "B"), ("C", "P"), 58)
    r += 1
    # two tables side by side: activity indicators (A-F) and outcome indicators (H-P)
    put(ws, f"A{r}", "２　活動指標の推移", size=11, bold=True, wrap=False)
    put(ws, f"H{r}", "３　成果指標の推移", size=11, bold=True, wrap=False)
    r += 1
    top, low = r, r + 1
    for col, text in (("A", "No."), ("B", "指標名"), ("C", "単位")):
        merge(ws, f"{col}{top}:{col}{low}", text, bold=True, box=True, shade=True, h="center")
    merge(ws, f"D{top}:F{top}", "実績", bold=True, box=True, shade=True, h="center")
    for col, year in zip("DEF", ("R3", "R4", "R5")):
        put(ws, f"{col}{low}", year, bold=True, box=True, shade=True, h="center")
    for col, text in (
        ("H", "No."),
        ("I", "指標名"),
        ("J", "単位"),
        ("K", "基準値（R2）"),
        ("L", "R4実績"),
        ("M", "R5目標"),
        ("N", "R5実績"),
        ("O", "達成状況（R5）"),
        ("P", "R7目標（最終）"),
    ):
        merge(ws, f"{col}{top}:{col}{low}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[top].height = 16
    ws.row_dimensions[low].height = 16
    r = low + 1
    activity = [
        (1, "放牧地の整備面積（累計）", "ha", 8.5, 11.0, 13.5),
        (2, "商談会・物産展への出展回数", "回", 4, 6, 7),
    ]
    outcome = [
        ("①", "無角和種の飼養頭数", "頭", "約120", 126, 135, 131, "未達成", 150, False),
        ("②", "無角和牛の販売額", "千円", 18640, 24310, 26000, 27485, "達成", 32000, False),
        ("―", "肥育牛の出荷頭数（令和4年度で廃止）", "頭", 42, "―", "―", "―", "―", "―", True),
        (
            "③",
            "無角和牛を取り扱う町内外の飲食店・販売店数",
            "店舗",
            9,
            14,
            16,
            16,
            "達成",
            20,
            False,
        ),
    ]
    for i, (no, name, unit, *vals, hidden) in enumerate(outcome):
        if i < len(activity):
            a_no, a_name, a_unit, *a_vals = activity[i]
            put(ws, f"A{r}", a_no, box=True, h="center")
            put(ws, f"B{r}", a_name, box=True)
            put(ws, f"C{r}", a_unit, box=True, h="center")
            for col, v in zip("DEF", a_vals):
                c = put(ws, f"{col}{r}", v, box=True, h="right")
                number(c, v)
        put(ws, f"H{r}", no, box=True, h="center")
        put(ws, f"I{r}", name, box=True)
        put(ws, f"J{r}", unit, box=True, h="center")
        for col, v in zip("KLMNOP", vals):
            c = put(ws, f"{col}{r}", v, box=True, h="center" if isinstance(v, str) else "right")
            number(c, v)
        ws.row_dimensions[r].height = 30
        if hidden:
            ws.row_dimensions[r].hidden = True
        r += 1
    notes = [
        "※1　成果指標①の基準値は、無角和種振興公社及び町内農家への聞き取りによる概数です。",
        "※2　成果指標②は、無角和種振興公社による枝肉・精肉・加工品の販売額です。",
        "※3　「達成状況（R5）」は、R5実績とR5目標を比べたものです。",
    ]
    for note in notes:
        merge(ws, f"A{r}:P{r}", note, size=8)
        r += 1
    r += 1
    put(ws, f"A{r}", "４　評価", size=11, bold=True, wrap=False)
    r += 1
    evaluation = [
        ("総合評価", "A（順調）"),
        (
            "今後の方向性",
            "拡充（町内産飼料による放牧肥育の実証を加え、ふるさと納税返礼品としての出品を令和6年度から始める）",
        ),
    ]
    r = fields_block(ws, r, evaluation, ("A", "B"), ("C", "P"), 18)
    page(ws, landscape=True)
    save(wb, HERE / "abu_mukaku_jimujigyo_r5.xlsx")


# ---------------------------------------------------------------- 指宿市 (PDF source, portrait)
def build_ibusuki():
    wb = Workbook()
    ws = wb.active
    ws.title = "主要施策の成果"
    widths = {"A": 5, "B": 30, "C": 6, "D": 10, "E": 9, "F": 9, "G": 9, "H": 9, "I": 10}
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    merge(
        ws,
        "A1:I1",
        "令和５年度　主要施策の成果に関する説明書（抜粋）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:I2", "令和6年9月　指宿市", h="right")
    fields = [
        ("事業名", "スポーツツーリズム推進事業"),
        ("所管課", "観光課　スポーツ観光係"),
        ("会計区分", "一般会計　7款 商工費　1項 商工費"),
        ("決算額", "令和5年度　31,860千円（うち菜の花マラソン大会補助金　18,000千円）"),
        ("関連計画", "第二次指宿市総合振興計画"),
        (
            "事業の内容",
            "本市は平成18年（2006年）1月1日に指宿市・山川町・開聞町の1市2町が合併して誕生した。薩摩半島の最南端に位置し、面積は148.81km²、"
            "人口は39,011人（令和2年国勢調査）。九州一の大きさを誇る池田湖や、標高924mの開聞岳を有する。毎年1月の第2日曜日に開催する"
            "「いぶすき菜の花マラソン」は、年が明けて最も早く開かれる日本陸上競技連盟公認のフルマラソンで、制限時間は8時間。"
            "第41回大会（令和6年1月14日）では12.05kmのファンランを初めて実施した。令和3年1月に運用を始めた「いぶすきフットボールパーク」"
            "（グラウンド4面とクラブハウス）を拠点に、スポーツ合宿の誘致にも取り組んでいる。",
        ),
    ]
    r = fields_block(ws, 4, fields, ("A", "B"), ("C", "I"), 84)
    r += 1
    put(ws, f"A{r}", "（１）事業の実績", size=11, bold=True, wrap=False)
    r += 1
    for col, text in (
        ("A", "No."),
        ("B", "項目"),
        ("C", "単位"),
        ("D", "R3実績"),
        ("E", "R4実績"),
        ("F", "R5実績"),
    ):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[r].height = 18
    r += 1
    put(ws, f"A{r}", "ア", box=True, h="center")
    put(ws, f"B{r}", "スポーツ合宿参加者の延べ宿泊数", box=True)
    put(ws, f"C{r}", "人泊", box=True, h="center")
    for col, v in zip("DEF", ("延べ4,820", "延べ6,910", "延べ8,350")):
        put(ws, f"{col}{r}", v, box=True, h="right")
    ws.row_dimensions[r].height = 20
    r += 2
    put(ws, f"A{r}", "（２）成果指標", size=11, bold=True, wrap=False)
    r += 1
    for col, text in (
        ("A", "No."),
        ("B", "成果指標"),
        ("C", "単位"),
        ("D", "基準値（R元）"),
        ("E", "R4実績"),
        ("F", "R5目標"),
        ("G", "R5実績"),
        ("H", "達成状況"),
        ("I", "目標値（R7）"),
    ):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[r].height = 18
    r += 1
    rows = [
        (
            "①",
            "菜の花マラソン（フルマラソン）の完走者数",
            "人",
            9634,
            6052,
            8000,
            7418,
            "未達成",
            9000,
            1,
        ),
        (
            "②",
            "大会参加者に占める県外からの参加者の割合",
            "％",
            42.6,
            38.1,
            "45.0以上",
            47.3,
            "達成",
            "50.0以上",
            1,
        ),
        ("③", "大会開催による経済波及効果", "億円", 9.80, 6.40, 8.50, 8.92, "達成", 10.00, 2),
        (
            "④",
            "いぶすきフットボールパークの利用者数",
            "人",
            "―",
            28450,
            30000,
            31206,
            "達成",
            36000,
            1,
        ),
    ]
    for no, name, unit, *vals, dec in rows:
        put(ws, f"A{r}", no, box=True, h="center")
        put(ws, f"B{r}", name, box=True)
        put(ws, f"C{r}", unit, box=True, h="center")
        for col, v in zip("DEFGHI", vals):
            c = put(ws, f"{col}{r}", v, box=True, h="center" if isinstance(v, str) else "right")
            number(c, v, dec)
        ws.row_dimensions[r].height = 30
        r += 1
    notes = [
        "※1　①～③は、各年度の1月に開催した大会の値です（基準値は令和2年1月の大会）。",
        "※2　「以上」は目標の下限を示します。",
        "※3　④は暦年（1月～12月）の利用者数です（基準値・目標値も暦年）。",
    ]
    for note in notes:
        merge(ws, f"A{r}:I{r}", note, size=8)
        r += 1
    r += 1
    put(ws, f"A{r}", "（３）成果と今後の方向性", size=11, bold=True, wrap=False)
    r += 1
    merge(
        ws,
        f"A{r}:I{r}",
        "第41回大会では、約2,000人の市民ボランティアによる給水・応援の体制を維持し、県外からの参加者の割合が目標を上回った。"
        "完走者数は基準値の8割弱にとどまっており、令和6年度はファンランの定員を拡大するとともに、フットボールパークでの"
        "大学・社会人チームの合宿誘致を強化し、年間を通じた宿泊需要の創出を図る。",
        box=True,
    )
    ws.row_dimensions[r].height = 52
    page(ws, landscape=False)
    save(wb, SRC / "ibusuki_sports_shuyo_seika_r5.xlsx")


# ---------------------------------------------------------------- 神山町 (HTML)
KAMIYAMA = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>令和５年度　地方創生推進交付金事業の効果検証結果 - 神山町</title>
</head>
<body>
<nav aria-label="現在地"><ol>
<li><a href="/">ホーム</a></li>
<li><a href="/gyosei/">町政情報</a></li>
<li><a href="/gyosei/sosei/">地方創生</a></li>
<li>令和５年度　地方創生推進交付金事業の効果検証結果</li>
</ol></nav>
<main>
<h1>令和５年度　地方創生推進交付金事業の効果検証結果</h1>
<p class="update">更新日：2024年9月30日　担当：総務課 企画調整係</p>
<p>神山町は徳島県のほぼ中央、鮎喰川の上流域に位置し、面積は173.30km²、町域の約86%を300～1,500m級の山々が占めています。昭和30年（1955年）の合併で誕生した当時は約2万人だった人口も、4,846人（2023年1月現在）となりました。</p>
<p>町内全域に整備した光ファイバー網を生かし、平成22年（2010年）のSansanの開設を皮切りに、IT企業などのサテライトオフィスが集まっています。平成11年（1999年）に始まった神山アーティスト・イン・レジデンスや、令和5年（2023年）に開校した神山まるごと高専など、人が人を呼ぶまちづくりが続いています。</p>
<dl>
<dt>事業名</dt><dd>「神山バレー」サテライトオフィス・移住交流推進事業</dd>
<dt>交付金の名称</dt><dd>地方創生推進交付金（横展開タイプ）</dd>
<dt>事業期間</dt><dd>令和3年度～令和5年度（3か年）</dd>
<dt>総事業費</dt><dd>3か年計　48,600千円（うち交付金　24,300千円）</dd>
<dt>担当課</dt><dd>総務課　企画調整係</dd>
</dl>
<h2>重要業績評価指標（KPI）の達成状況</h2>
<p>基準値は事業開始前（令和3年3月末）の値です。令和5年度の実績は令和6年3月末までの数値で、達成率は「実績値÷目標値×100」です。</p>
<table border="1">
<thead>
<tr><th rowspan="2" scope="col">KPI</th><th rowspan="2" scope="col">単位</th><th rowspan="2" scope="col">事業開始前<br>（令和3年3月末）</th><th colspan="2" scope="colgroup">令和3年度</th><th colspan="2" scope="colgroup">令和4年度</th><th colspan="3" scope="colgroup">令和5年度</th><th rowspan="2" scope="col">達成状況</th></tr>
<tr><th scope="col">目標値</th><th scope="col">実績値</th><th scope="col">目標値</th><th scope="col">実績値</th><th scope="col">目標値</th><th scope="col">実績値</th><th scope="col">達成率</th></tr>
</thead>
<tbody>
<tr><th scope="row">KPI①　サテライトオフィス進出企業数（累計）</th><td>社</td><td>16</td><td>18</td><td>18</td><td>20</td><td>21</td><td>22</td><td>23</td><td>104.5%</td><td>達成</td></tr>
<tr><th scope="row">KPI②　移住交流支援センターを通じた移住者数</th><td>人</td><td>28</td><td>30</td><td>34</td><td>32</td><td>29</td><td>35</td><td>41</td><td>117.1%</td><td>達成</td></tr>
<tr><th scope="row">KPI③　神山温泉の入込客数</th><td>千人</td><td>58.4</td><td>65.0</td><td>61.2</td><td>75.0</td><td>79.6</td><td>85.0</td><td>83.1<br>（速報値）</td><td>97.8%</td><td>未達成</td></tr>
<tr><th scope="row">KPI④　地域アプリ「さあ・くる」の登録者数</th><td>人</td><td>―</td><td>―</td><td>―</td><td>―</td><td>―</td><td>1,000</td><td>1,254</td><td>125.4%</td><td>達成</td></tr>
</tbody>
</table>
<p>※KPI③の令和5年度は速報値です。確定値は令和6年12月に公表します。</p>
<p>※KPI④の地域アプリは令和5年度に公開したため、令和3年度・令和4年度は「―」としています。</p>
<h2>事業の評価</h2>
<p>4つのKPIのうち3つで令和5年度の目標値を達成し、地方創生に相当程度効果があったと評価しました。3か年で延べ約1,200人が町内のサテライトオフィスやお試し滞在施設を視察・利用しており、令和6年度以降も町の単独事業として移住交流支援センターの運営を続けます。</p>
</main>
<footer><p>神山町役場　総務課 企画調整係</p></footer>
</body>
</html>
"""


def build_kamiyama():
    (HERE / "kamiyama_satellite_kofukin_kensho_r5.html").write_text(KAMIYAMA, encoding="utf-8")


# ---------------------------------------------------------------- 添田町 (CSV, Shift_JIS)
SOEDA_LINES = [
    "タイトル,第2期添田町まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の実績（令和5年度）,,,,,,,,,,,",
    "公表日,令和6年10月31日,,,,,,,,,,,",
    "計画期間,令和2年度～令和6年度（5年間）,,,,,,,,,,,",
    '町の概要,"本町は福岡県の東南部に位置し、南部は北部九州の最高峰英彦山（1,199m）を境に大分県と接する。東西13km、南北16km、総面積は132.20平方キロメートル、人口は8,801人（令和2年国勢調査）。英彦山神宮の奉幣殿へは平成17年（2005年）10月に開業した英彦山花園スロープカーが通じ、令和5年（2023年）3月に車両を更新した。",,,,,,,,,,,',
    '注記,"「基準年度」「目標年度」は各指標の基準値・目標値の年度。「△」はマイナスを表す。千人・百万円の指標は単位欄の単位で計上。",,,,,,,,,,,',
    ",,,,,,,,,,,,",
    "区分,No.,指標名,単位,基準値,基準年度,R3実績,R4実績,R5実績,目標値,目標年度,担当課,備考",
    "基本目標1　英彦山の恵みを活かし、しごとをつくる,,,,,,,,,,,,",
    "数値目標,,町内事業所の新規雇用者数,人,12,H30,9,14,11,15,R6,まちづくり課,",
    "KPI,①,英彦山花園スロープカーの利用者数,千人,48.2,R元,31.6,39.8,44.5,55.0,R6,商工観光課,",
    "KPI,②,ふるさと納税寄附額,百万円,86.4,R元,152.3,198.7,241.6,200.0,R5,総務課,目標は令和5年度で設定",
    "基本目標2　添田町への新しいひとの流れをつくる,,,,,,,,,,,,",
    "数値目標,,社会増減数,人,△98,H30,△64,△71,△52,△50,R6,まちづくり課,転入者数－転出者数",
    "KPI,③,移住相談窓口を通じた移住者数,人,―,,6,9,13,5年間で延べ40人,,まちづくり課,令和2年度に窓口を開設",
    "KPI,④,観光入込客数,千人,812.3,H29,498.6,611.2,702.8,850.0,R7,商工観光課,第6次添田町総合計画と共通の指標",
]


def build_soeda():
    text = "\r\n".join(SOEDA_LINES) + "\r\n"
    (HERE / "soeda_sousei2_kpi_r5.csv").write_bytes(text.encode("cp932"))


def to_pdf():
    for name in ("ibusuki_sports_shuyo_seika_r5",):
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
    build_abu()
    build_ibusuki()
    build_kamiyama()
    build_soeda()
    if "--no-pdf" not in sys.argv:
        to_pdf()


if __name__ == "__main__":
    main()
