"""Build forms563: four KPI documents of あきる野市, 北本市, 土浦市 and 佐久市.

Writes `akiruno_keikoku_jimujigyo_r6.xlsx` (the workbook is the document), `kitamoto_cityprom_seika_r6.html`,
`saku_sousei2_kpi_hyoka_r5.csv` and the XLSX source `source/tsuchiura_cycle_shuyo_seika_r6.xlsx`, which
LibreOffice turns into `tsuchiura_cycle_shuyo_seika_r6.pdf`.
Run `/work/venv/bin/python build.py` (`--no-pdf` skips LibreOffice). XLSX, HTML and CSV are byte-stable.
"""
# ruff: noqa: E501, B905

import csv
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
STAMP = datetime.datetime(2025, 10, 1, 9, 0, 0)
STAMP_TEXT = "2025-10-01T09:00:00Z"


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


def number(cell, v, decimals=1):
    if isinstance(v, float):
        cell.number_format = "#,##0." + "0" * decimals
    elif isinstance(v, int):
        cell.number_format = "#,##0"


def save(wb, path):
    """Save with fixed properties and fixed zip timestamps, so the bytes do not change."""
    wb.properties.creator = "forms563"
    wb.properties.lastModifiedBy = "forms563"
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
            info = zipfile.ZipInfo(item.filename, date_time=(2025, 10, 1, 9, 0, 0))
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


def fields_block(ws, r, fields, key_rng, val_rng, tall, tall_keys):
    """Key | value rows; key_rng and val_rng are column pairs such as ("A", "B")."""
    for key, val in fields:
        merge(ws, f"{key_rng[0]}{r}:{key_rng[1]}{r}", key, bold=True, box=True, shade=True)
        merge(ws, f"{val_rng[0]}{r}:{val_rng[1]}{r}", val, box=True)
        ws.row_dimensions[r].height = tall if key in tall_keys else 18
        r += 1
    return r


def cells(ws, r, cols, vals, centre=(), left=()):
    """One boxed row: numbers right-aligned with a number format, text as given."""
    for col, v in zip(cols, vals):
        if v is None:
            continue
        if col in centre:
            h = "center"
        elif col in left:
            h = "left"
        else:
            h = "right"
        c = put(ws, f"{col}{r}", v, box=True, h=h)
        number(c, v)


# ---------------------------------------------------------------- あきる野市 (XLSX document, portrait)
def build_akiruno():
    wb = Workbook()
    ws = wb.active
    ws.title = "事務事業評価"
    widths = {
        "A": 9,
        "B": 4,
        "C": 27,
        "D": 6,
        "E": 9,
        "F": 9,
        "G": 9,
        "H": 9,
        "I": 9,
        "J": 13,
        "K": 8,
    }
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    merge(
        ws,
        "A1:K1",
        "令和７年度　事務事業評価シート（令和６年度実施事業）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:K2", "作成日　令和7年7月25日", h="right")
    put(ws, "A4", "１　事業の概要", size=11, bold=True, wrap=False)
    fields = [
        ("事務事業名", "秋川渓谷観光振興事業"),
        ("担当課", "商工観光課　観光係"),
        ("関連計画", "あきる野市総合基本計画（令和4年度～令和13年度）"),
        ("事業期間", "令和4年度～令和8年度（5年間）"),
        ("事業費（R6決算）", "14,860千円（うち都補助金　5,000千円）"),
        (
            "事業の概要",
            "本市は平成7年（1995年）9月1日に秋川市と五日市町が合併して誕生した市で、面積は73.47km²、東西約18km・南北約12.7kmに広がる。"
            "多摩川最大の支流である秋川の渓谷は檜原村にかけて約20kmに及び、平成19年（2007年）に開業した日帰り温泉施設「瀬音の湯」がある。"
            "本事業では、渓谷ガイドツアーの開催や観光PRイベントへの出展により秋川渓谷の魅力を発信し、観光客の誘致と滞在時間の延長を図る。",
        ),
    ]
    r = fields_block(ws, 5, fields, ("A", "B"), ("C", "K"), 60, {"事業の概要"})
    r += 1
    put(ws, f"A{r}", "２　指標の推移", size=11, bold=True, wrap=False)
    r += 1
    top, low = r, r + 1
    for col, text in (
        ("A", "区分"),
        ("B", "No."),
        ("C", "指標名"),
        ("D", "単位"),
        ("E", "基準値\n（R3）"),
        ("K", "達成率\n（R6）"),
    ):
        merge(ws, f"{col}{top}:{col}{low}", text, bold=True, box=True, shade=True, h="center")
    merge(ws, f"F{top}:H{top}", "実績", bold=True, box=True, shade=True, h="center")
    merge(ws, f"I{top}:J{top}", "目標", bold=True, box=True, shade=True, h="center")
    for col, text in zip("FGHIJ", ("R4", "R5", "R6", "R6", "R8（最終）")):
        put(ws, f"{col}{low}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[top].height = 20
    ws.row_dimensions[low].height = 20
    rows = [
        ("活動指標", 1, "観光PRイベントへの出展回数", "回", 4, 5, 7, 8, 8, 10, "100.0%"),
        (
            "活動指標",
            2,
            "秋川渓谷ガイドツアーの開催回数",
            "回",
            10,
            14,
            22,
            27,
            24,
            "5年間で延べ120回",
            "112.5%",
        ),
        (
            "成果指標",
            3,
            "秋川渓谷の観光入込客数※1",
            "千人",
            1286.4,
            1412.6,
            1538.2,
            1601.5,
            1580.0,
            1650.0,
            "101.4%",
        ),
        (
            "成果指標",
            4,
            "「瀬音の湯」の入館者数",
            "千人",
            224.0,
            231.8,
            248.5,
            255.3,
            260.0,
            270.0,
            "98.2%",
        ),
        (
            "成果指標",
            5,
            "ガイドツアー参加者の満足度※2",
            "%",
            "―",
            88.5,
            90.2,
            91.0,
            90.0,
            92.0,
            "101.1%",
        ),
    ]
    start = low + 1
    r = start
    for row in rows:
        kubun, *rest = row
        put(ws, f"A{r}", kubun, box=True, h="center")
        cells(ws, r, "BCDEFGHIJK", rest, centre="BDK", left="C")
        ws.row_dimensions[r].height = 22
        r += 1
    ws.merge_cells(f"A{start}:A{start + 1}")
    ws.merge_cells(f"A{start + 2}:A{start + 4}")
    notes = [
        "※1　No.3は暦年（1月～12月）の数値です（基準値・目標値も同じ）。",
        "※2　No.5はガイドツアー参加者アンケートで「満足」「やや満足」と回答した人の割合です。令和3年度はアンケートを実施していません。",
        "※　達成率は、R6実績をR6目標で除したものです。",
    ]
    for note in notes:
        merge(ws, f"A{r}:K{r}", note, size=8)
        ws.row_dimensions[r].height = 15
        r += 1
    r += 1
    put(ws, f"A{r}", "３　評価", size=11, bold=True, wrap=False)
    r += 1
    evals = [
        ("総合評価", "B（概ね順調）"),
        ("今後の方向性", "継続"),
        (
            "評価の理由",
            "ガイドツアーは開催回数・満足度とも目標を上回り、観光入込客数も目標を達成した。瀬音の湯の入館者数は目標をわずかに下回ったため、"
            "令和7年度はツアーと入浴を組み合わせた商品づくりを進める。",
        ),
    ]
    fields_block(ws, r, evals, ("A", "B"), ("C", "K"), 36, {"評価の理由"})
    page(ws, landscape=False)
    save(wb, HERE / "akiruno_keikoku_jimujigyo_r6.xlsx")


# ---------------------------------------------------------------- 土浦市 (PDF source, portrait)
def build_tsuchiura():
    wb = Workbook()
    ws = wb.active
    ws.title = "主要施策の成果"
    widths = {"A": 5, "B": 30, "C": 7, "D": 10, "E": 9, "F": 9, "G": 9, "H": 10, "I": 7}
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    merge(ws, "A1:I1", "令和６年度　主要な施策の成果説明書（抜粋）", size=14, bold=True, h="center")
    merge(ws, "A2:I2", "令和7年9月　土浦市", h="right")
    fields = [
        ("施策", "観光の振興"),
        ("事業名", "サイクルツーリズム推進事業"),
        ("所管課", "商工観光部　観光振興課"),
        ("決算額", "令和6年度　42,380千円（うち国庫支出金　12,000千円）"),
        ("関連計画", "第9次土浦市総合計画　前期基本計画（令和4年度～令和8年度）"),
        (
            "事業の内容",
            "本市は、霞ヶ浦と筑波山を結ぶ全長約180kmのサイクリングコース「つくば霞ケ浦りんりんロード」の要に位置する。"
            "平成28年（2016年）11月には、旧筑波鉄道の跡地を利用した自転車道と霞ヶ浦湖岸の自転車道が市内でつながり、"
            "同ロードは全国に6本あるナショナルサイクルルートの一つとなっている。JR土浦駅のサイクルステーションを拠点に、"
            "レンタサイクルの貸出、自転車サポートステーションの登録、観光船に自転車を載せる「霞ヶ浦広域サイクルーズ」などのイベントを実施した。"
            "また、大正14年（1925年）に始まり毎年約80万人が訪れる土浦全国花火競技大会と連携した誘客を行った。",
        ),
    ]
    r = fields_block(ws, 4, fields, ("A", "B"), ("C", "I"), 84, {"事業の内容"})
    r += 1
    put(ws, f"A{r}", "（１）事業の実績", size=11, bold=True, wrap=False)
    r += 1
    head = r
    for col, text in zip("ABCDEF", ("No.", "項目", "単位", "R4実績", "R5実績", "R6実績")):
        put(ws, f"{col}{head}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[head].height = 18
    act = [
        ("ア", "自転車サポートステーションの登録数", "ヵ所", 84, 88, 91),
        ("イ", "レンタサイクルの貸出台数", "台", 9412, 10655, 11230),
        ("", "　（うち電動アシスト付自転車）", "台", 2105, 3018, 3764),
    ]
    r = head + 1
    for row in act:
        cells(ws, r, "ABCDEF", row, centre="AC", left="B")
        ws.row_dimensions[r].height = 18
        r += 1
    merge(
        ws,
        f"A{r}:I{r}",
        "※　（うち電動アシスト付自転車）は、イの内数を参考として示したものです。",
        size=8,
    )
    ws.row_dimensions[r].height = 15
    r += 2
    put(ws, f"A{r}", "（２）成果指標", size=11, bold=True, wrap=False)
    r += 1
    merge(
        ws,
        f"A{r}:I{r}",
        "評価　A：目標値を達成　B：目標値は未達成だが基準値より改善　C：基準値から横ばい又は悪化",
        size=8,
    )
    ws.row_dimensions[r].height = 15
    r += 1
    top, low = r, r + 1
    for col, text in (
        ("A", "No."),
        ("B", "成果指標"),
        ("C", "単位"),
        ("D", "基準値（R元）"),
        ("E", "R5実績"),
        ("H", "R8目標（最終）"),
        ("I", "評価"),
    ):
        merge(ws, f"{col}{top}:{col}{low}", text, bold=True, box=True, shade=True, h="center")
    merge(ws, f"F{top}:G{top}", "R6", bold=True, box=True, shade=True, h="center")
    put(ws, f"F{low}", "目標", bold=True, box=True, shade=True, h="center")
    put(ws, f"G{low}", "実績", bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[top].height = 18
    ws.row_dimensions[low].height = 18
    kpis = [
        (
            "①",
            "つくば霞ケ浦りんりんロード（市内区間）の利用者数",
            "千人",
            86.3,
            112.4,
            120.0,
            118.6,
            130.0,
            "B",
        ),
        ("②", "土浦全国花火競技大会の観覧者数", "千人", "約750", "約750", 750, "約800", 800, "A"),
        ("③", "サイクリストによる市内消費額（推計）", "百万円", 412, 586, 600, 612, 700, "A"),
    ]
    r = low + 1
    for row in kpis:
        cells(ws, r, "ABCDEFGHI", row, centre="ACI", left="B")
        ws.row_dimensions[r].height = 28
        r += 1
    notes = [
        "※　②は例年11月に開催しており、令和6年度は第93回大会です。観覧者数は主催者発表の概数です。",
        "※　③は、サイクルステーション利用者アンケートによる1人当たり消費額に利用者数を乗じて推計したものです。",
    ]
    for note in notes:
        merge(ws, f"A{r}:I{r}", note, size=8)
        ws.row_dimensions[r].height = 15
        r += 1
    r += 1
    put(ws, f"A{r}", "（３）成果と今後の方向性", size=11, bold=True, wrap=False)
    r += 1
    merge(
        ws,
        f"A{r}:I{r}",
        "レンタサイクルの貸出台数は前年度から575台増え、特に電動アシスト付自転車の利用が伸びた。りんりんロードの市内区間利用者数は目標に届かなかったものの、"
        "基準値からは大きく増加している。令和7年度は、花火大会の開催に合わせたサイクリングイベントの拡充を図る。",
        box=True,
    )
    ws.row_dimensions[r].height = 48
    page(ws, landscape=False)
    save(wb, SRC / "tsuchiura_cycle_shuyo_seika_r6.xlsx")


# ---------------------------------------------------------------- 北本市 (HTML)
KITAMOTO = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>北本市シティプロモーション推進方針（第2期）　成果指標の状況（令和６年度） | 北本市</title>
</head>
<body>
<nav aria-label="パンくずリスト"><ol>
<li><a href="/">ホーム</a></li>
<li><a href="/shisei/">市政情報</a></li>
<li><a href="/shisei/citypro/">シティプロモーション</a></li>
<li>北本市シティプロモーション推進方針（第2期）　成果指標の状況（令和６年度）</li>
</ol></nav>
<main>
<h1>北本市シティプロモーション推進方針（第2期）　成果指標の状況（令和６年度）</h1>
<p class="date">更新日：2025年8月29日　担当：政策推進課</p>
<p>北本市は面積19.82km²のまちです。大正14年（1925年）に始まったトマト栽培の歴史を持ち、平成23年（2011年）には市民が考案した「北本トマトカレー」が第9回埼玉B級ご当地グルメ王決定戦で優勝しました。東光寺の「石戸蒲ザクラ」は日本五大桜の一つで、大正11年（1922年）に国の天然記念物に指定されています。</p>
<p>第2期の推進方針では、単純な人口増加ではなく、人口減少を視野に入れながら地域の活力を維持することをシティプロモーションの目的とし、ターゲットとなる世代を絞るとともに、新たに成果指標を設定しました。このページでは、その成果指標の状況をお知らせします。</p>
<dl>
<dt>方針の名称</dt><dd>北本市シティプロモーション推進方針（第2期）</dd>
<dt>取組期間</dt><dd>令和4年度～令和7年度（4年間）</dd>
<dt>関連計画</dt><dd>第五次北本市総合振興計画 後期基本計画　政策7「人口減少に対応するためのリーディングプロジェクト」</dd>
<dt>担当課</dt><dd>政策推進課</dd>
</dl>
<h2>成果指標の状況</h2>
<p>策定時の値は令和3年度の実績です。ただし、調査の年度が異なるものは、その年度を値の後ろの括弧内に示しています。目標値は取組期間の最終年度（令和7年度）の値です。</p>
<table border="1">
<thead>
<tr><th rowspan="2">No.</th><th rowspan="2">成果指標</th><th rowspan="2">単位</th><th rowspan="2">策定時<br>（R3）</th><th colspan="3">実績値</th><th rowspan="2">目標値<br>（R7）</th></tr>
<tr><th>令和4年度</th><th>令和5年度</th><th>令和6年度</th></tr>
</thead>
<tbody>
<tr><td>①</td><th scope="row">北本市に「住み続けたい」と思う市民の割合<sup>※1</sup></th><td>%</td><td>78.6（R2）</td><td>80.2</td><td>―</td><td>81.5</td><td>85.0</td></tr>
<tr><td>②</td><th scope="row">子育て世代（30～44歳）の転入超過数<sup>※2</sup></th><td>人</td><td>△52</td><td>△18</td><td>9</td><td>27（速報値）</td><td>50</td></tr>
<tr><td>③</td><th scope="row">シティプロモーション動画の再生回数</th><td>千回</td><td>12.4</td><td>48.2</td><td>96.5</td><td>131.0</td><td>150.0</td></tr>
<tr><td>④</td><th scope="row">北本トマトカレーを提供する市内店舗数</th><td>店舗</td><td>11</td><td>12</td><td>14</td><td>15</td><td>20</td></tr>
<tr><td>⑤</td><th scope="row">ふるさと納税の寄附件数</th><td>件</td><td>2,415</td><td>3,108</td><td>4,562</td><td>5,230</td><td>6,000</td></tr>
</tbody>
</table>
<p>※1　市民意識調査（隔年実施）の結果です。令和5年度は調査を実施していないため「―」としています。</p>
<p>※2　住民基本台帳による各年度の転入者数から転出者数を差し引いた数です。「△」は転出超過を示します。</p>
</main>
<footer><p>北本市役所　政策推進課</p></footer>
</body>
</html>
"""


def build_kitamoto():
    (HERE / "kitamoto_cityprom_seika_r6.html").write_text(KITAMOTO, encoding="utf-8")


# ---------------------------------------------------------------- 佐久市 (CSV)
SAKU_WIDTH = 11
SAKU = [
    [
        "タイトル",
        "令和5年度 第2期佐久市まち・ひと・しごと創生総合戦略 評価（数値目標・重要業績評価指標（KPI）の進捗状況）",
    ],
    ["公表日", "令和6年10月31日"],
    ["取りまとめ", "企画部　企画課"],
    ["計画期間", "令和2年度～令和6年度（5年間）"],
    ["検証", "佐久市総合計画審議会（外部検証機関）の意見を踏まえて評価"],
    [
        "市の概要",
        "面積423.51km²。北陸新幹線で東京駅まで約70分。平成22年以降、人口の社会増が続いている。"
        "遊休農地を活用した滞在型農園施設「佐久クラインガルテン望月」や移住検討者滞在費補助金などにより、「知る」「来る」「住む」の段階に応じた移住施策を進めている。",
    ],
    [
        "注記",
        "「累計」は令和2年度からの累計値。「未集計」は長野県の観光地利用者統計調査の公表前のため。担当課は各指標の所管課。",
    ],
    [],
    ["■基本目標1　新しいひとの流れをつくる"],
    [
        "区分",
        "No.",
        "指標名",
        "単位",
        "基準値（R元）",
        "R3実績",
        "R4実績",
        "R5目標",
        "R5実績",
        "目標値（R6）",
        "担当課",
    ],
    [
        "数値目標",
        "",
        "人口の社会動態増加数",
        "人",
        "212",
        "298",
        "371",
        "350",
        "355",
        "400",
        "企画課",
    ],
    [
        "KPI",
        "①",
        "行政サポートによる移住者数",
        "人",
        "186",
        "累計512",
        "累計876",
        "累計1,100",
        "累計1,274",
        "累計1,500",
        "移住交流推進課",
    ],
    [
        "KPI",
        "②",
        "佐久クラインガルテン望月の区画利用率",
        "％",
        "78.4",
        "88.2",
        "92.6",
        "90～100",
        "95.1",
        "90～100",
        "農政課",
    ],
    [
        "KPI",
        "③",
        "市内観光地の県外利用者数",
        "千人",
        "1,182.5",
        "812.4",
        "986.3",
        "1,150.0",
        "未集計",
        "1,250.0",
        "観光課",
    ],
]


def build_saku():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for row in SAKU:
        w.writerow(row + [""] * (SAKU_WIDTH - len(row)))
    (HERE / "saku_sousei2_kpi_hyoka_r5.csv").write_bytes(
        ("\ufeff" + buf.getvalue()).encode("utf-8")
    )


def to_pdf():
    for name in ("tsuchiura_cycle_shuyo_seika_r6",):
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
    build_akiruno()
    build_tsuchiura()
    build_kitamoto()
    build_saku()
    if "--no-pdf" not in sys.argv:
        to_pdf()


if __name__ == "__main__":
    main()
