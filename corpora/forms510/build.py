"""Build forms510: four KPI documents of 神恵内村, 酒田市, 三種町 and 会津美里町.

Writes `kamoenai_mobaland_jimujigyo_r6.xlsx` (the workbook is the document), `sakata_sankyo_kofukin_kensho_r5.html`,
`aizumisato_sousei2_kpi_kensho_r6.csv` and the XLSX source `source/mitane_junsai_shuyo_seika_r5.xlsx`, which
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
STAMP = (2025, 8, 1, 9, 0, 0)
STAMP_ISO = b"2025-08-01T09:00:00Z"
PDFS = ["mitane_junsai_shuyo_seika_r5"]


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
    wb.properties.creator = "forms510"
    wb.properties.lastModifiedBy = "forms510"
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


def form_rows(ws, r, rows, key_cols, val_cols, tall):
    """Key-value rows of a form: shaded key cell, boxed value cell."""
    for key, val in rows:
        merge(ws, f"{key_cols[0]}{r}:{key_cols[1]}{r}", key, bold=True, box=True, shade=SHADE)
        merge(ws, f"{val_cols[0]}{r}:{val_cols[1]}{r}", val, box=True)
        ws.row_dimensions[r].height = tall.get(key, 18)
        r += 1
    return r


# ---------------------------------------------------------------- 神恵内村 (XLSX document)
YEN_THOUSANDS = "#,##0,"  # stored yen, shown in thousands (the 単位 cell says 千円)
KAMOENAI_INDICATORS = [
    # (区分, No., 指標名, 単位, [基準値R3, R4実績, R5実績, R6目標, R6実績, R7目標（最終）], number format)
    ("活動指標", 1, "母藻（スポアバッグ）の設置数", "袋", [120, 150, 160, 160, 172, 160], "#,##0"),
    ("活動指標", 2, "キタムラサキウニの除去量", "t", [4.2, 5.1, 4.8, 5.0, 3.6, 5.0], "0.0"),
    (
        "成果指標",
        3,
        "藻場調査区の海藻平均被度",
        "％",
        [0.182, 0.254, 0.317, 0.35, 0.368, 0.4],
        "0.0%",
    ),
    ("成果指標", 4, "藻場LANDプロジェクトの協賛企業数", "社", [6, 7, 9, 10, 9, 12], "#,##0"),
    (
        "成果指標",
        5,
        "ウニの漁獲金額（神恵内村支所取扱分）",
        "千円",
        [41860000, 45320000, 52180000, 50000000, 48760000, 55000000],
        YEN_THOUSANDS,
    ),
]


def build_kamoenai():
    wb = Workbook()
    ws = wb.active
    ws.title = "事務事業評価"
    widths(ws, {"A": 8, "B": 5, "C": 32, "D": 6, "E": 10, "F": 9, "G": 9, "H": 9, "I": 9, "J": 11})
    merge(
        ws,
        "A1:J1",
        "令和７年度　事務事業評価シート（令和６年度実施事業）",
        size=13,
        bold=True,
        h="center",
    )
    merge(ws, "A2:J2", "作成日　令和7年7月25日　神恵内村", h="right")
    put(ws, "A4", "１　事業の概要", size=11, bold=True, wrap=False)
    rows = [
        ("事務事業名", "海の森林づくり「藻場LANDプロジェクト」推進事業"),
        ("担当課", "産業課　水産係"),
        ("関連計画", "第2期神恵内村まち・ひと・しごと創生総合戦略（令和2年度～令和6年度）"),
        ("事業期間", "令和4年度～令和7年度"),
        ("事業費（R6決算）", "8,640千円（うち一般財源　2,160千円）"),
        (
            "事業の概要",
            "本村は積丹半島の西側に位置して日本海に面し、明治39年（1906年）に神恵内村・赤石村・珊内村が合併して現在の村域となった。"
            "面積は147.80km²、人口は739人（2024年9月30日現在、住民基本台帳）。ウニ、ホタテ、アワビなどの磯根資源に恵まれる一方、"
            "長く磯焼けに悩まされてきたことから、平成22年度に企業の協賛による海の森林づくり「藻場LANDプロジェクト」を立ち上げ、"
            "第1期（平成22年度）・第2期（平成23年度）でそれぞれ1,000㎡以上のコンブ場を形成した。本事業では、これまでに造成した約1.5haの藻場の"
            "維持管理とキタムラサキウニの密度管理を、古宇郡漁業協同組合神恵内村支所と連携して行う。",
        ),
    ]
    r = form_rows(ws, 5, rows, ("A", "C"), ("D", "J"), {"事業の概要": 84})
    r += 1
    put(ws, f"A{r}", "２　指標の推移", size=11, bold=True, wrap=False)
    r += 1
    head = [
        "区分",
        "No.",
        "指標名",
        "単位",
        "基準値（R3）",
        "R4実績",
        "R5実績",
        "R6目標",
        "R6実績",
        "R7目標（最終）",
    ]
    for i, text in enumerate(head):
        put(ws, f"{'ABCDEFGHIJ'[i]}{r}", text, bold=True, box=True, shade=SHADE, h="center")
    ws.row_dimensions[r].height = 20
    r += 1
    groups = {}
    for kubun, no, name, unit, values, fmt in KAMOENAI_INDICATORS:
        groups.setdefault(kubun, [r, r])[1] = r
        put(ws, f"B{r}", no, box=True, h="center")
        put(ws, f"C{r}", name, box=True)
        put(ws, f"D{r}", unit, box=True, h="center")
        for col, v in zip("EFGHIJ", values, strict=True):
            put(ws, f"{col}{r}", v, box=True, h="right", fmt=fmt)
        ws.row_dimensions[r].height = 20
        r += 1
    for kubun, (a, b) in groups.items():
        merge(ws, f"A{a}:A{b}", kubun, box=True, h="center")
    notes = [
        "※1　No.3は、村内沿岸の藻場調査区（5か所）で毎年6月に行う潜水調査による海藻被度の平均値。",
        "※2　No.5は、古宇郡漁業協同組合神恵内村支所が取り扱ったウニの暦年（1月～12月）の漁獲金額（基準値・目標値を含む）。",
        "※3　金額は千円未満を四捨五入して表示している。",
    ]
    for text in notes:
        merge(ws, f"A{r}:J{r}", text, size=8)
        ws.row_dimensions[r].height = 14
        r += 1
    r += 1
    put(ws, f"A{r}", "３　評価", size=11, bold=True, wrap=False)
    r += 1
    for key, val in (
        ("有効性", "B（概ね効果があった）"),
        (
            "今後の方向性",
            "継続（藻場の被度は回復傾向にあるが、ウニの除去量が目標に届かなかったため、漁協と除去作業の時期・体制を見直す。）",
        ),
    ):
        merge(ws, f"A{r}:C{r}", key, bold=True, box=True, shade=SHADE)
        merge(ws, f"D{r}:J{r}", val, box=True)
        ws.row_dimensions[r].height = 30 if len(val) > 40 else 18
        r += 1
    page(ws, landscape=False)
    save(wb, HERE / "kamoenai_mobaland_jimujigyo_r6.xlsx")


# ---------------------------------------------------------------- 三種町 (XLSX source of the PDF)
MITANE_INDICATORS = [
    # (No., 成果指標, 単位, 基準値R元, R3実績, R4実績, R5目標, R5実績, 目標値R7, 評価)
    (1, "じゅんさいの出荷量", "t", 236.4, 214.8, 203.1, 220.0, 196.5, 230.0, "B"),
    (2, "じゅんさいの販売額", "百万円", 312.6, 285.0, 279.4, 300.0, 301.2, 320.0, "A"),
    (3, "新たに登録した摘み手（とりこ）の人数", "人", 4, 6, 5, 8, 9, 10, "A"),
    (4, "世界じゅんさい摘み採り選手権大会の参加者数", "人", 84, "中止", 74, 80, 68, 80, "B"),
    (
        5,
        "じゅんさい摘み採り体験の受入人数",
        "人",
        1120,
        380,
        860,
        "1,000以上",
        1246,
        "1,200以上",
        "A",
    ),
]


def build_mitane():
    wb = Workbook()
    ws = wb.active
    ws.title = "主要施策の成果"
    widths(ws, {"A": 5, "B": 34, "C": 7, "D": 10, "E": 9, "F": 9, "G": 10, "H": 9, "I": 10, "J": 6})
    merge(
        ws,
        "A1:J1",
        "令和５年度　主要施策の成果に関する説明書（抜粋）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:J2", "令和6年9月　三種町", h="right")
    rows = [
        ("事業名", "日本一のじゅんさい産地振興事業"),
        ("所管課", "農林課　農政係"),
        ("会計区分", "一般会計　農林水産業費"),
        ("決算額", "令和5年度　14,860千円（うち一般財源　6,420千円）"),
        (
            "事業の内容",
            "本町は平成18年（2006年）3月20日に琴丘町・山本町・八竜町の3町が合併して誕生し、面積は247.98km²である。"
            "特産のじゅんさいは国内生産量の約90％を占める日本一の産地で、昭和62年（1987年）から3年間の転作奨励によって生産が急増し、"
            "平成3年（1991年）には約1,260トンを記録したが、摘み手の高齢化や沼の老朽化により近年は200トン余りとなっている。"
            "本事業では、摘み手（とりこ）の育成、じゅんさい沼の改修への補助、7月1日の「じゅんさいの日」に合わせたPRのほか、"
            "町森岳じゅんさいの里活性化協議会が2014年から開催する「世界じゅんさい摘み採り選手権大会」を支援した。",
        ),
    ]
    r = form_rows(ws, 4, rows, ("A", "B"), ("C", "J"), {"事業の内容": 74})
    r += 1
    put(ws, f"A{r}", "■成果指標の状況", size=11, bold=True, wrap=False)
    merge(
        ws,
        f"D{r}:J{r}",
        "【評価】　A：目標を達成　B：目標の80％以上　C：目標の80％未満　－：評価の対象外",
        size=8,
        h="right",
    )
    r += 1
    head = [
        "No.",
        "成果指標",
        "単位",
        "基準値（R元）",
        "R3実績",
        "R4実績",
        "R5目標",
        "R5実績",
        "目標値（R7）",
        "評価",
    ]
    for i, text in enumerate(head):
        put(ws, f"{'ABCDEFGHIJ'[i]}{r}", text, bold=True, box=True, shade=SHADE, h="center")
    ws.row_dimensions[r].height = 22
    r += 1
    for no, name, unit, *vals, grade in MITANE_INDICATORS:
        put(ws, f"A{r}", no, box=True, h="center")
        put(ws, f"B{r}", name, box=True)
        put(ws, f"C{r}", unit, box=True, h="center")
        for col, v in zip("DEFGHI", vals, strict=True):
            put(ws, f"{col}{r}", v, box=True, h="right")
        put(ws, f"J{r}", grade, box=True, h="center")
        ws.row_dimensions[r].height = 20
        r += 1
    notes = [
        "※1　No.1・No.2は町内の集荷団体が取り扱った出荷期（4月～8月）の合計。",
        "※2　No.4の大会は、新型コロナウイルス感染症の拡大により令和2年度・令和3年度は中止した（令和4年度に3年ぶりに開催）。",
        "※3　No.5は体験沼の受入人数で、目標値は「以上」で設定している。",
    ]
    for text in notes:
        merge(ws, f"A{r}:J{r}", text, size=8)
        ws.row_dimensions[r].height = 14
        r += 1
    page(ws, landscape=False)
    save(wb, SRC / "mitane_junsai_shuyo_seika_r5.xlsx")


# ---------------------------------------------------------------- 酒田市 (HTML document)
SAKATA = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>令和５年度　地方創生関係交付金事業の効果検証（山居倉庫周辺エリア） | 酒田市</title>
</head>
<body>
<nav aria-label="パンくずリスト"><ol>
<li><a href="/">ホーム</a></li>
<li><a href="/shisei/">市政情報</a></li>
<li><a href="/shisei/chihososei/">地方創生</a></li>
<li>令和５年度　地方創生関係交付金事業の効果検証（山居倉庫周辺エリア）</li>
</ol></nav>
<main>
<h1>令和５年度　デジタル田園都市国家構想交付金事業の効果検証（山居倉庫周辺エリア）</h1>
<p class="date">更新日：2024年9月27日　担当：地域創生部 交流観光課</p>
<p>酒田市は山形県の北西部、庄内平野の北部に位置し、西は日本海に面しています。平成17年（2005年）11月1日に酒田市・八幡町・松山町・平田町の1市3町が合併して現在の市となり、面積は602.97km²、人口は94,926人（2024年4月1日推計）です。</p>
<p>山居倉庫は、明治26年（1893年）に酒田米穀取引所の附属倉庫として建てられた米穀倉庫です。現在も12棟が残り、西側のケヤキ並木とともに酒田を代表する景観となっており、令和3年（2021年）3月26日に国の史跡に指定されました。2004年には2棟を改修した観光物産館「酒田夢の倶楽」が開館し、令和6年2月には倉庫の管理が市に移りました。市は倉庫の対岸の旧酒田商業高校跡地などを含めて「山居倉庫周辺エリア」と位置付け、にぎわいの創出に取り組んでいます。</p>
<h2>1　事業の概要</h2>
<dl>
<dt>交付対象事業の名称</dt><dd>「山居倉庫周辺エリア」にぎわい創出・観光交流推進事業</dd>
<dt>地域再生計画の名称</dt><dd>酒田市山居倉庫周辺エリア観光交流拠点形成計画</dd>
<dt>事業実施期間</dt><dd>令和4年度～令和6年度（3か年）</dd>
<dt>交付対象事業費</dt><dd>令和5年度　38,400千円（うち交付金　19,200千円）</dd>
<dt>担当課</dt><dd>地域創生部　交流観光課</dd>
</dl>
<h2>2　重要業績評価指標（KPI）の実績</h2>
<p>各年度の欄の数値は、事業開始前（令和4年3月末）の値から、その年度に増えた量（増加分）です。「△」は減少を表します。「KPI増加分の累計」は各年度の増加分の合計です。</p>
<table border="1">
<thead>
<tr><th scope="col" rowspan="2">KPI</th><th scope="col" rowspan="2">単位</th><th scope="col" rowspan="2">事業開始前<br>（R4.3末）</th><th scope="colgroup" colspan="2">令和4年度増加分<br>（1年目）</th><th scope="colgroup" colspan="2">令和5年度増加分<br>（2年目）</th><th scope="colgroup">令和6年度増加分<br>（3年目）</th><th scope="colgroup" colspan="2">KPI増加分の累計</th></tr>
<tr><th scope="col">目標</th><th scope="col">実績</th><th scope="col">目標</th><th scope="col">実績</th><th scope="col">目標</th><th scope="col">目標</th><th scope="col">実績</th></tr>
</thead>
<tbody>
<tr><th scope="row">①　酒田夢の倶楽の入館者数</th><td>千人</td><td>612.4</td><td>20.0</td><td>△18.6</td><td>30.0</td><td>41.2</td><td>30.0</td><td>80.0</td><td>22.6</td></tr>
<tr><th scope="row">②　山居倉庫周辺エリアの歩行者通行量（休日1日当たり）</th><td>人/日</td><td>2,840</td><td>200</td><td>164</td><td>300</td><td>288</td><td>300</td><td>800</td><td>452</td></tr>
<tr><th scope="row">③　山居倉庫ガイドツアーの参加者数</th><td>人</td><td>1,126</td><td>150</td><td>212</td><td>200</td><td>268※</td><td>250</td><td>600</td><td>480</td></tr>
<tr><th scope="row">④　多言語観光案内アプリの利用件数</th><td>件</td><td>―</td><td>1,500</td><td>1,820</td><td>1,000</td><td>2,410</td><td>1,000</td><td>3,500</td><td>4,230</td></tr>
</tbody>
</table>
<p class="note">※　③の令和5年度実績は、令和6年3月末時点の速報値です。</p>
<p class="note">※　①の令和4年度は、倉庫群の耐震調査に伴い一部の区画を閉鎖したため減少しました。</p>
<p class="note">※　④の多言語観光案内アプリは令和4年7月に運用を開始したため、事業開始前の値はありません。</p>
<h2>3　事業の効果</h2>
<p>地方創生に効果があった。令和5年度は夢の倶楽の入館者数が大きく回復し、ガイドツアーとアプリの利用も目標を上回った一方、歩行者通行量は目標に届かなかったため、令和6年度は旧酒田商業高校跡地の活用と連動した回遊の仕掛けづくりを進めます。</p>
</main>
<footer><p>酒田市役所　地域創生部 交流観光課</p></footer>
</body>
</html>
"""


def build_sakata():
    (HERE / "sakata_sankyo_kofukin_kensho_r5.html").write_text(SAKATA, encoding="utf-8")


# ---------------------------------------------------------------- 会津美里町 (CSV document)
GOAL1 = "1 地域資源を活かした産業を育て、しごとをつくる"
GOAL2 = "2 会津美里町への新しい人の流れをつくる"
AIZUMISATO_ROWS = [
    [
        "会津美里町　第2期会津美里町まち・ひと・しごと創生総合戦略　数値目標・重要業績評価指標（KPI）の実績一覧（令和６年度検証）"
    ],
    ["公表日", "令和6年12月20日"],
    ["担当課", "政策財政課　企画政策係"],
    ["計画期間", "令和2年度～令和6年度（5年間）"],
    [
        "町の概要",
        "会津盆地の南西部に位置し、2005年（平成17年）10月1日に会津高田町・会津本郷町・新鶴村が合併して誕生した。"
        "面積は276.33km²、人口は17,298人（2024年11月1日推計）。会津の総鎮守・伊佐須美神社のあやめ苑では約150種10万株のあやめが咲き、"
        "毎年6月15日から7月5日まであやめ祭りが開かれる。正保2年（1645年）に始まるとされる会津本郷焼の里では、毎年8月の第1日曜日に"
        "「会津本郷せと市」が開かれる。",
    ],
    [
        "注記",
        "値は年度（4月～翌年3月）の値。2024年度（見込）は令和6年11月末時点の見込値。"
        "「―」は催事を開催しなかったため数値がない年度。（再掲）は他の基本目標に掲げた指標を再び掲げたもの。",
    ],
    [],
    ["■基本目標別 数値目標・重要業績評価指標（KPI）"],
    [
        "基本目標",
        "区分",
        "指標名",
        "単位",
        "基準値（2019年度）",
        "2020年度",
        "2021年度",
        "2022年度",
        "2023年度",
        "2024年度（見込）",
        "目標値（2024年度）",
    ],
    [GOAL1, "数値目標", "新規就農者数（累計）", "人", "0", "5", "11", "16", "22", "27", "25"],
    [
        GOAL1,
        "KPI",
        "会津本郷せと市の来場者数",
        "人",
        "約25,000",
        "―",
        "―",
        "18,600",
        "22,400",
        "24,000",
        "27,000",
    ],
    [
        GOAL2,
        "数値目標",
        "観光入込客数",
        "千人",
        "1,012.4",
        "498.6",
        "612.3",
        "803.5",
        "921.7",
        "約1,000",
        "1,100",
    ],
    [
        GOAL2,
        "KPI",
        "伊佐須美神社あやめ祭りの来場者数",
        "人",
        "48,000",
        "―",
        "31,200",
        "39,800",
        "44,600",
        "45,000",
        "50,000",
    ],
    [
        GOAL2,
        "KPI",
        "会津本郷せと市の来場者数（再掲）",
        "人",
        "約25,000",
        "―",
        "―",
        "18,600",
        "22,400",
        "24,000",
        "27,000",
    ],
]


def csv_field(text):
    if any(ch in text for ch in ',"\r\n'):
        return '"' + text.replace('"', '""') + '"'
    return text


def build_aizumisato():
    lines = [",".join(csv_field(c) for c in row) for row in AIZUMISATO_ROWS]
    data = ("\n".join(lines) + "\n").encode("utf-8")
    (HERE / "aizumisato_sousei2_kpi_kensho_r6.csv").write_bytes(data)


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
    build_kamoenai()
    build_mitane()
    build_sakata()
    build_aizumisato()
    if "--no-pdf" not in sys.argv:
        to_pdf()


if __name__ == "__main__":
    main()
