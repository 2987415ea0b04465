"""Build forms519: four KPI documents of 北相木村, 箱根町, 常陸大宮市 and 館山市.

Writes `kitaaiki_sanson_ryugaku_jimujigyo_r6.xlsx` (the workbook is the document),
`hakone_sumitai_kofukin_kensho_h30.html`, `tateyama_sogo4_zenki_seika_r2.csv` (Shift_JIS, CRLF) and the XLSX source
`source/hitachiomiya_kawaplaza_shuyo_seika_r5.xlsx`, which LibreOffice turns into the PDF of the same name.
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
LIGHT = PatternFill("solid", fgColor="F2F2F2")
STAMP = (2025, 8, 29, 9, 0, 0)
STAMP_ISO = b"2025-08-29T09:00:00Z"
PDFS = ["hitachiomiya_kawaplaza_shuyo_seika_r5"]
COLS = "ABCDEFGHIJKLMNOP"


def font(size=9, bold=False):
    return Font(name=FONT, size=size, bold=bold)


def put(
    ws,
    ref,
    value,
    size=9,
    bold=False,
    box=False,
    shade=None,
    h="left",
    wrap=True,
    fmt=None,
    indent=0,
):
    cell = ws[ref]
    cell.value = value
    cell.font = font(size, bold)
    cell.alignment = Alignment(horizontal=h, vertical="center", wrap_text=wrap, indent=indent)
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
    wb.properties.creator = "forms519"
    wb.properties.lastModifiedBy = "forms519"
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
        ws.row_dimensions[r].height = 14 if len(text) < 80 else 24
        r += 1
    return r


# ---------------------------------------------------------------- 北相木村 (XLSX document)
KITAAIKI_INDICATORS = [
    # (区分, No., 指標名, 単位, 基準値（H30）, R4実績, R5実績, R6目標, R6実績, R8目標（最終）, sub-row?)
    ("活動指標", 1, "山村留学生・親子留学生の受入人数", "人", 24, 26, 25, 28, 29, 30, False),
    ("活動指標", None, "うち親子留学", "人", 5, 7, 6, 8, 9, 10, True),
    (
        "活動指標",
        2,
        "山村留学体験会（サマーキャンプ）の参加者数",
        "人",
        38,
        "中止",
        31,
        40,
        44,
        50,
        False,
    ),
    ("成果指標", 3, "北相木小学校の全校児童数", "人", 41, 47, 45, 48, 46, 50, False),
    (
        "成果指標",
        4,
        "山村留学修了生・保護者の来村者数",
        "人",
        12,
        18,
        21,
        20,
        26,
        "5年間で延べ120人",
        False,
    ),
]


def build_kitaaiki():
    wb = Workbook()
    ws = wb.active
    ws.title = "事務事業評価"
    widths(ws, {"A": 8, "B": 5, "C": 30, "D": 6, "E": 9, "F": 8, "G": 8, "H": 8, "I": 8, "J": 15})
    merge(
        ws,
        "A1:J1",
        "令和７年度　事務事業評価シート（令和６年度実施事業）",
        size=13,
        bold=True,
        h="center",
    )
    merge(ws, "A2:J2", "作成日　令和7年7月31日　北相木村", h="right")
    put(ws, "A4", "１　事業の概要", size=11, bold=True, wrap=False)
    rows = [
        ("事務事業名", "山村留学推進事業"),
        ("担当課", "教育委員会　事務局"),
        ("関連計画", "北相木村教育振興基本計画（令和4年度～令和8年度）"),
        ("事業期間", "昭和61年度～（継続）"),
        ("事業費（R6決算）", "21,380千円（うち一般財源　14,620千円）"),
        (
            "事業の概要",
            "都市部の小学生が親元を離れ、村営の山村留学センターと受け入れ農家で暮らしながら北相木小学校に通う山村留学を、"
            "昭和61年（1986年）から続けている。平成27年度からは低学年の児童が保護者と移り住む親子留学も受け入れ、平成30年（2018年）に"
            "30周年を迎えた。これまでに200人近い修了生を送り出している。北相木小学校は民間の学習塾「花まる学習会」と連携している。"
            "村は長野県の東端で群馬県上野村に接し、面積56.32km²の約9割を山林が占め、人口は693人（2024年10月1日推計）である。",
        ),
    ]
    r = form_rows(ws, 5, rows, ("A", "C"), ("D", "J"), {"関連計画": 18, "事業の概要": 72})
    r += 1
    put(ws, f"A{r}", "２　指標の推移", size=11, bold=True, wrap=False)
    r += 1
    head = [
        "区分",
        "No.",
        "指標名",
        "単位",
        "基準値（H30）",
        "R4実績",
        "R5実績",
        "R6目標",
        "R6実績",
        "R8目標（最終）",
    ]
    for i, text in enumerate(head):
        put(ws, f"{COLS[i]}{r}", text, bold=True, box=True, shade=SHADE, h="center")
    ws.row_dimensions[r].height = 24
    r += 1
    groups = {}
    parent = None
    for kubun, no, name, unit, *vals, sub in KITAAIKI_INDICATORS:
        groups.setdefault(kubun, [r, r])[1] = r
        if sub:
            ws.merge_cells(f"B{parent}:B{r}")
            boxed(ws, f"B{parent}:B{r}")
            put(ws, f"C{r}", name, box=True, indent=2)
        else:
            put(ws, f"B{r}", no, box=True, h="center")
            put(ws, f"C{r}", name, box=True)
            parent = r
        put(ws, f"D{r}", unit, box=True, h="center")
        for col, v in zip("EFGHIJ", vals, strict=True):
            h = "right" if isinstance(v, int) else "center"
            put(ws, f"{col}{r}", v, box=True, h=h)
        ws.row_dimensions[r].height = 28
        r += 1
    for kubun, (a, b) in groups.items():
        merge(ws, f"A{a}:A{b}", kubun, box=True, h="center")
    r = notes(
        ws,
        r,
        [
            "※1　「うち親子留学」は、No.1のうち親子留学で受け入れた児童の数（No.1の内数）。",
            "※2　No.2のR4実績「中止」は、新型コロナウイルス感染症の感染拡大により体験会を中止したもの。",
            "※3　No.3は、各年度5月1日現在の児童数（基準値・目標値も同じ）。",
            "※4　No.4の最終目標は、関連計画の期間（令和4年度～令和8年度）の来村者数の合計。",
        ],
        "J",
    )
    r += 1
    put(ws, f"A{r}", "３　評価", size=11, bold=True, wrap=False)
    r += 1
    form_rows(
        ws,
        r,
        [
            ("有効性", "A（効果があった）"),
            (
                "今後の方向性",
                "拡充（親子留学の希望が増えているため、村営住宅の確保と受け入れ農家の担い手づくりを進め、受入人数の増加を図る。）",
            ),
        ],
        ("A", "C"),
        ("D", "J"),
        {"今後の方向性": 30},
    )
    page(ws, landscape=False)
    save(wb, HERE / "kitaaiki_sanson_ryugaku_jimujigyo_r6.xlsx")


# ---------------------------------------------------------------- 常陸大宮市 (XLSX source of the PDF)
HITACHIOMIYA_ROWS = [
    # (No., 成果指標, 基準値（H28）, 2021年度, 2022年度, 2023年度目標, 2023年度実績, 目標値（R7）)
    (
        1,
        "道の駅の来場者数",
        "1,136.2千人",
        "968.4千人",
        "1,041.5千人",
        "1,100.0千人",
        "1,118.3千人",
        "1,200.0千人",
    ),
    (
        2,
        "直売所・レストラン等の売上高",
        "5.84億円",
        "6.02億円",
        "6.35億円",
        "6.50億円",
        "6.41億円",
        "7.00億円",
    ),
    (3, "農産物直売コーナーの出荷登録者数", "312人", "356人", "371人", "380人", "384人", "400人"),
    (4, "イベント広場・親水広場での催事開催件数", "42件", "18件", "29件", "40件", "37件", "45件"),
    (
        5,
        "久慈川カヌー・サイクリング体験の参加者数",
        "―",
        "中止",
        "486人",
        "600人",
        "652人",
        "800人",
    ),
]
HITACHIOMIYA_REF = (
    "（参考）",
    "市内の観光入込客数（暦年）",
    "2,684.0千人",
    "2,031.5千人",
    "2,312.8千人",
    "",
    "2,405.6千人",
    "",
)


def build_hitachiomiya():
    wb = Workbook()
    ws = wb.active
    ws.title = "主要施策の成果"
    widths(ws, {"A": 7, "B": 34, "C": 12, "D": 11, "E": 11, "F": 11, "G": 11, "H": 12})
    merge(
        ws,
        "A1:H1",
        "令和５年度　主要な施策の成果に関する説明書（抜粋）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:H2", "令和6年9月　常陸大宮市", h="right")
    rows = [
        ("事業名", "「道の駅常陸大宮～かわプラザ～」交流拠点活性化事業"),
        ("所管課", "産業観光部　商工観光課"),
        ("会計区分", "一般会計　商工費"),
        ("決算額", "令和5年度　42,680千円（うち一般財源　15,930千円）"),
        ("関連計画", "常陸大宮市総合計画　基本計画（令和4年度～令和8年度）"),
        (
            "事業の内容",
            "本市は平成16年（2004年）10月16日に大宮町・山方町・美和村・緒川村・御前山村の5町村が合併して誕生した。面積は348.45km²で、"
            "その6割を森林・原野が占め、久慈川と那珂川の二つの清流が流れる。国道118号沿いの久慈川のほとりに平成28年（2016年）3月25日に"
            "開業した「道の駅常陸大宮～かわプラザ～」は、平成27年度に国土交通省の重点「道の駅」（全国38か所）に選ばれた敷地面積5.6haの"
            "道の駅である。本事業では、道の駅を交流拠点として、地元農産物の販売促進、イベント広場・親水広場での催事の開催、"
            "久慈川を生かした体験プログラムの実施に取り組んだ。",
        ),
    ]
    r = form_rows(ws, 4, rows, ("A", "B"), ("C", "H"), {"事業の内容": 84})
    r += 1
    put(ws, f"A{r}", "■成果指標の状況", size=11, bold=True, wrap=False)
    r += 1
    top, low = r, r + 1
    for col, text in (
        ("A", "No."),
        ("B", "成果指標"),
        ("C", "基準値（H28）"),
        ("H", "目標値（R7）"),
    ):
        merge(ws, f"{col}{top}:{col}{low}", text, bold=True, box=True, shade=SHADE, h="center")
    merge(ws, f"D{top}:E{top}", "実績", bold=True, box=True, shade=SHADE, h="center")
    merge(ws, f"F{top}:G{top}", "2023年度", bold=True, box=True, shade=SHADE, h="center")
    for col, text in (("D", "2021年度"), ("E", "2022年度"), ("F", "目標"), ("G", "実績")):
        put(ws, f"{col}{low}", text, bold=True, box=True, shade=SHADE, h="center")
    ws.row_dimensions[top].height = 18
    ws.row_dimensions[low].height = 18
    r = low + 1
    for no, name, *vals in HITACHIOMIYA_ROWS:
        put(ws, f"A{r}", no, box=True, h="center")
        put(ws, f"B{r}", name, box=True)
        for col, v in zip("CDEFGH", vals, strict=True):
            put(ws, f"{col}{r}", v, box=True, h="right" if v[0].isdigit() else "center")
        ws.row_dimensions[r].height = 22
        r += 1
    no, name, *vals = HITACHIOMIYA_REF
    put(ws, f"A{r}", no, box=True, h="center", shade=LIGHT)
    put(ws, f"B{r}", name, box=True, shade=LIGHT)
    for col, v in zip("CDEFGH", vals, strict=True):
        put(ws, f"{col}{r}", v, box=True, h="right", shade=LIGHT)
    ws.row_dimensions[r].height = 22
    r += 1
    r = notes(
        ws,
        r,
        [
            "※1　基準値は、道の駅の開業初年度（平成28年度）の値。",
            "※2　No.5の基準値「―」は体験プログラムの開始（令和2年度）前のため値がないもの。2021年度の「中止」は、新型コロナウイルス感染症の影響により全日程を中止したもの。",
            "※3　（参考）の行は成果指標ではなく、市全体の観光の動向を示すために掲げたもの（茨城県観光客動態調査による暦年の値）。",
        ],
        "H",
    )
    r += 1
    put(ws, f"A{r}", "■今後の方向性", size=11, bold=True, wrap=False)
    r += 1
    merge(
        ws,
        f"A{r}:H{r}",
        "来場者数は2023年度に目標を上回ったが、売上高は目標に届かなかった。令和8年（2026年）3月の開業10周年に向けて、"
        "特産の常陸秋そばや西ノ内和紙など地域資源を生かした商品づくりと、久慈川での体験プログラムの拡充に取り組む。",
        box=True,
    )
    ws.row_dimensions[r].height = 36
    page(ws, landscape=False)
    save(wb, SRC / "hitachiomiya_kawaplaza_shuyo_seika_r5.xlsx")


# ---------------------------------------------------------------- 箱根町 (HTML document)
HAKONE = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>平成30年度　地方創生推進交付金事業の効果検証（住みたいまち箱根推進事業） | 箱根町</title>
</head>
<body>
<nav aria-label="パンくずリスト"><ol>
<li><a href="/">ホーム</a></li>
<li><a href="/chosei/">町政情報</a></li>
<li><a href="/chosei/chihososei/">地方創生</a></li>
<li>平成30年度　地方創生推進交付金事業の効果検証（住みたいまち箱根推進事業）</li>
</ol></nav>
<main>
<h1>平成30年度　地方創生推進交付金事業の効果検証（住みたいまち箱根推進事業）</h1>
<p class="date">更新日：令和元年9月30日　担当：企画観光部 企画課</p>
<p>箱根町は神奈川県の南西部、東京から約80kmの距離にあり、面積は92.86km²で、その8割を山岳地帯が占めています。昭和31年（1956年）9月に湯本町、温泉村、箱根町、宮城野村、仙石原村の2町3村が合併して誕生しました。人口は昭和40年（1965年）の23,462人をピークに減少が続き、2019年10月1日現在で11,169人となっています。</p>
<p>町では、平成28年度から国の地方創生推進交付金を活用して「住みたいまち箱根推進事業」に取り組んでいます（平成28年度の交付額は601万円）。空き家や別荘を使ったお試し居住「箱根トライアルステイ」の実施、町内の空き家の実態調査、町で暮らす人の目線による暮らしの情報の発信などを行いました。</p>
<h2>1　事業の概要</h2>
<dl>
<dt>交付対象事業の名称</dt><dd>住みたいまち箱根推進事業</dd>
<dt>地域再生計画の名称</dt><dd>箱根町まち・ひと・しごと創生推進計画</dd>
<dt>事業実施期間</dt><dd>平成28年度～平成30年度（3か年）</dd>
<dt>交付対象事業費</dt><dd>平成30年度　9,020千円（うち交付金　4,510千円）</dd>
<dt>担当課</dt><dd>企画観光部　企画課</dd>
</dl>
<h2>2　重要業績評価指標（KPI）の実績</h2>
<table border="1">
<thead>
<tr><th scope="col" rowspan="2">KPI</th><th scope="col" rowspan="2">単位</th><th scope="col" rowspan="2">事業開始前<br>（28年3月末）</th><th scope="colgroup" colspan="2">28年度</th><th scope="colgroup" colspan="2">29年度</th><th scope="colgroup" colspan="2">30年度</th><th scope="col" rowspan="2">達成状況<br>（30年度）</th></tr>
<tr><th scope="col">目標</th><th scope="col">実績</th><th scope="col">目標</th><th scope="col">実績</th><th scope="col">目標</th><th scope="col">実績</th></tr>
</thead>
<tbody>
<tr><th scope="row">①トライアルステイ（お試し居住）の参加組数</th><td>組</td><td>―</td><td>4</td><td>4</td><td>10</td><td>12</td><td>10</td><td>9</td><td>未達成</td></tr>
<tr><th scope="row">②移住相談件数</th><td>件</td><td>18</td><td>25</td><td>31</td><td>30</td><td>42</td><td>35</td><td>47</td><td>達成</td></tr>
<tr><th scope="row">③町ホームページ「箱根に住もう」の閲覧数</th><td>千件</td><td>8.2</td><td>10.0</td><td>12.6</td><td>15.0</td><td>18.9</td><td>20.0</td><td>24.3</td><td>達成</td></tr>
<tr><th scope="row">④空き家バンクへの新規登録件数</th><td>件</td><td>0</td><td>3</td><td>2</td><td>5</td><td>4</td><td>5</td><td>6</td><td>達成</td></tr>
</tbody>
<tfoot>
<tr><th scope="row">（参考）交付対象事業費</th><td>千円</td><td>―</td><td></td><td>12,020</td><td></td><td>9,860</td><td></td><td>9,020</td><td></td></tr>
</tfoot>
</table>
<p class="note">※1　①の事業開始前は、トライアルステイを実施していなかったため「―」としています。</p>
<p class="note">※2　③は、移住・定住の情報をまとめたページ（平成28年4月開設）の年間閲覧数です。④の事業開始前は、空き家バンクに登録された物件がなかったため「0」です。</p>
<h2>3　効果検証の結果</h2>
<p>外部の有識者を含む箱根町まち・ひと・しごと創生推進会議において検証を行い、「地方創生に相当程度効果があった」との評価を受けました。トライアルステイには3年間で延べ25組が参加し、うち首都圏からの参加が8割を超えました。参加者の移住にはまだ結び付いていないため、令和元年度からは町民グループ「Hakone Stayle」に運営を委託し、先輩移住者との交流を充実させます。</p>
</main>
<footer><p>箱根町役場　企画観光部 企画課</p></footer>
</body>
</html>
"""


def build_hakone():
    (HERE / "hakone_sumitai_kofukin_kensho_h30.html").write_text(HAKONE, encoding="utf-8")


# ---------------------------------------------------------------- 館山市 (CSV document, Shift_JIS)
TATEYAMA_LINES = [
    "タイトル,第4次館山市総合計画　前期基本計画　成果指標の達成状況（最終評価）",
    "公表日,令和3年10月29日",
    "担当課,総合政策部　企画課",
    "計画期間,基本構想　平成28年度～平成37年度（10年間）／前期基本計画　平成28年度～平成32年度（5年間）",
    "将来都市像,笑顔あふれる　自然豊かな　「あったか　ふるさと」たてやま",
    "市の概要,房総半島の南端に位置し、面積は110.05平方キロメートル。昭和14年（1939年）に市制を施行した。市街地が面する館山湾は鏡ヶ浦とも呼ばれ、天正8年（1580年）に里見義頼が築いた館山城は『南総里見八犬伝』の舞台としても知られる。",
    "評価の区分,◎：目標を達成　○：目標の80％以上　△：目標の80％未満　－：評価できないもの",
    "",
    "基本目標1　［子育て・福祉・医療］互いに助け合い　誰もが健康で　いきいきと暮らせるまち",
    "施策,No.,成果指標,単位,基準値（H26）,H28実績,H29実績,H30実績,R元実績,R2実績,目標値（H32）,評価,担当課",
    "1-1 子育て環境の充実,1,乳幼児健康診査の受診率,％,94.2,95.1,95.8,96.3,96.0,93.4,97.0,○,健康課",
    '1-1 子育て環境の充実,2,「元気な広場」の利用者数,人,"12,480","13,020","13,650","14,110","13,240","6,820","15,000",△,こども課',
    "1-1 子育て環境の充実,3,学童クラブの登録児童数,人,486,512,538,561,579,594,580,◎,こども課",
    '1-2 高齢者福祉の充実,4,介護予防教室の参加者数,人,"3,260","3,540","3,810","4,020","3,950",中止,"4,500",－,高齢者福祉課',
    '1-2 高齢者福祉の充実,5,認知症サポーター養成者数（累計）,人,"4,120","5,030","5,880","6,710","7,460","7,820","8,000",○,高齢者福祉課',
    "",
    "注記,評価は、R2実績と目標値（H32）を比較したもの。No.4のR2実績「中止」は、新型コロナウイルス感染症の拡大防止のため教室を開催しなかったもの。",
    "注記,目標値（H32）は前期基本計画の策定時の表記による。No.2は令和2年4月から5月まで休館した。",
]


def build_tateyama():
    data = "\r\n".join(TATEYAMA_LINES) + "\r\n"
    (HERE / "tateyama_sogo4_zenki_seika_r2.csv").write_bytes(data.encode("cp932"))


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
    build_kitaaiki()
    build_hitachiomiya()
    build_hakone()
    build_tateyama()
    if "--no-pdf" not in sys.argv:
        to_pdf()


if __name__ == "__main__":
    main()
