"""Build forms466: three KPI sheets as XLSX sources in source/ turned into one-page A4 PDFs by LibreOffice
(中泊町, 陸前高田市, 西会津町) and one HTML page (三笠市).

Run with /work/venv/bin/python build.py; --no-pdf writes the XLSX and HTML only. The XLSX files are
byte-stable: their core-property dates and zip entry times are fixed.
"""
# ruff: noqa: E501, B905

import datetime
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "source"
FONT = "IPAexGothic"
FIXED = datetime.datetime(2024, 1, 1, 0, 0, 0)
THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD_FILL = PatternFill("solid", fgColor="D9E1F2")
LABEL_FILL = PatternFill("solid", fgColor="EDEDED")


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
    strike=False,
):
    cell = ws[ref]
    cell.value = value
    cell.font = Font(name=FONT, size=size, bold=bold, strike=strike)
    cell.alignment = Alignment(horizontal=h, vertical=v, wrap_text=wrap)
    if border:
        cell.border = BOX
    if fill is not None:
        cell.fill = fill
    return cell


def merge(ws, rng, value, **kw):
    first = rng.split(":")[0]
    ws.merge_cells(rng)
    for row in ws[rng]:
        for cell in row:
            if kw.get("border", True):
                cell.border = BOX
            if kw.get("fill") is not None:
                cell.fill = kw["fill"]
    return put(ws, first, value, **kw)


def widths(ws, spec):
    for col, w in spec.items():
        ws.column_dimensions[col].width = w


def page(ws, landscape):
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.6


def save(wb, path):
    wb.properties.creator = "forms466"
    wb.properties.lastModifiedBy = "forms466"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.save(path)
    # rewrite the zip with fixed entry times so that two builds give the same bytes
    with zipfile.ZipFile(path) as zin:
        items = [(info.filename, zin.read(info.filename)) for info in zin.infolist()]
    stamp = b"2024-01-01T00:00:00Z"
    items = [
        (
            name,
            re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>" + stamp, data)
            if name == "docProps/core.xml"
            else data,
        )
        for name, data in items
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, data)


def nakadomari():
    wb = Workbook()
    ws = wb.active
    ws.title = "達成状況R5"
    widths(
        ws,
        {
            "A": 15,
            "B": 4,
            "C": 24,
            "D": 6,
            "E": 9,
            "F": 8,
            "G": 8,
            "H": 8,
            "I": 9,
            "J": 9,
            "K": 8,
            "L": 10,
        },
    )
    merge(
        ws,
        "A1:L1",
        "中泊町過疎地域持続的発展市町村計画　目標の達成状況（令和５年度）",
        size=14,
        bold=True,
        border=False,
        h="center",
    )
    merge(ws, "A2:L2", "令和6年11月　中泊町 企画課", size=9, border=False, h="right")
    put(ws, "A4", "１　計画の概要", size=11, bold=True, border=False, wrap=False)
    rows = [
        ("計画の名称", "中泊町過疎地域持続的発展市町村計画"),
        ("計画期間", "令和3年度～令和7年度（5年間）"),
        ("取りまとめ", "企画課（各指標の担当課は表の「担当課」欄のとおり）"),
        (
            "町の概況",
            "本町は平成17年3月28日に旧中里町と旧小泊村が合併して誕生した町で、五所川原市をはさんで中里・小泊の2つの地域に分かれています。面積は216.34km²。人口は平成27年国勢調査で11,187人（前回比12.21％減）、令和6年10月1日の推計人口は8,526人です。",
        ),
    ]
    r = 5
    for key, val in rows:
        put(ws, f"A{r}", key, bold=True, fill=LABEL_FILL)
        merge(ws, f"B{r}:L{r}", val)
        if key == "町の概況":
            ws.row_dimensions[r].height = 40
        r += 1
    put(ws, "A10", "２　目標の達成状況", size=11, bold=True, border=False, wrap=False)
    # two-row head
    for col, text in [
        ("A", "区分"),
        ("B", "No."),
        ("C", "目標（指標）"),
        ("D", "単位"),
        ("E", "基準値\n（R元）"),
        ("I", "中間目標\n（R5）"),
        ("J", "目標値\n（R7）"),
        ("K", "達成率\n（R5）"),
        ("L", "担当課"),
    ]:
        merge(ws, f"{col}11:{col}12", text, bold=True, fill=HEAD_FILL, h="center")
    merge(ws, "F11:H11", "実績値", bold=True, fill=HEAD_FILL, h="center")
    for col, text in [("F", "R3"), ("G", "R4"), ("H", "R5")]:
        put(ws, f"{col}12", text, bold=True, fill=HEAD_FILL, h="center")
    ws.row_dimensions[11].height = 16
    ws.row_dimensions[12].height = 16
    data = [
        ("①", "移住相談を経た移住者数", "人", "6", "9", "11", "14", "12", "20", "116.7%", "企画課"),
        (
            "②",
            "地域おこし協力隊の任期後の定着者数（累計）",
            "人",
            "1",
            "2",
            "3",
            "3",
            "4",
            "6",
            "75.0%",
            "企画課",
        ),
        (
            "③",
            "小泊漁港・下前漁港の水揚金額",
            "千円",
            "184,300",
            "171,200",
            "158,900",
            "166,450",
            "190,000",
            "200,000",
            "87.6%",
            "水産商工課",
        ),
        (
            "④",
            "スマート農業機器を導入した経営体数",
            "経営体",
            "３",
            "５",
            "８",
            "１１",
            "１０",
            "１５",
            "110.0%",
            "農林課",
        ),
        (
            "⑤",
            "特定健康診査の受診率",
            "％",
            "38.2",
            "40.5",
            "41.8",
            "43.0",
            "45.0",
            "50.0",
            "95.6%",
            "健康福祉課",
        ),
    ]
    r = 13
    for row in data:
        for col, val in zip("BCDEFGHIJKL", row):
            put(
                ws,
                f"{col}{r}",
                val,
                h="left" if col in "CL" else ("center" if col in "BD" else "right"),
            )
        ws.row_dimensions[r].height = 30
        r += 1
    merge(ws, "A13:A14", "１　移住・定住・地域間交流の促進、人材育成", size=8)
    merge(ws, "A15:A16", "２　産業の振興", size=8)
    put(ws, "A17", "６　子育て環境の確保、高齢者等の保健及び福祉の向上及び増進", size=8)
    ws.row_dimensions[17].height = 44
    notes = [
        "※達成率は、R5実績値を中間目標（R5）で除したものです。目標値（R7）に対する率ではありません。",
        "※区分の番号は計画書の章の番号です（3～5、7以降の章には数値目標を設けていません）。",
        "※③の水揚金額は小泊・下前の2漁港の合計です。",
    ]
    r = 19
    for text in notes:
        merge(ws, f"A{r}:L{r}", text, size=8, border=False)
        r += 1
    page(ws, landscape=False)
    return wb


def rikuzentakata():
    wb = Workbook()
    ws = wb.active
    ws.title = "効果検証R4"
    widths(ws, {"A": 34, "B": 6, "C": 8, "D": 14, "E": 12, "F": 12, "G": 16, "H": 10, "I": 26})
    merge(
        ws,
        "A1:I1",
        "令和４年度　地方創生推進交付金事業　効果検証シート",
        size=14,
        bold=True,
        border=False,
        h="center",
    )
    merge(ws, "A2:I2", "令和5年8月　陸前高田市", size=9, border=False, h="right")
    fields = [
        ("交付対象事業の名称", "高田松原を核とした交流人口拡大プロジェクト"),
        ("事業期間", "令和2年度～令和4年度（3か年）"),
        ("担当課", "商工観光課"),
        ("交付対象事業費", "R4：24,600千円（3か年の合計：68,900千円）"),
        (
            "市の概要",
            "昭和30年に高田・気仙・広田の3町と小友・米崎・矢作・竹駒・横田の5村が合併して誕生。総面積231.94km²の約7割を森林が占める。東日本大震災前の人口は24,246人（平成23年2月28日）。",
        ),
    ]
    r = 4
    for key, val in fields:
        put(ws, f"A{r}", key, bold=True, fill=LABEL_FILL)
        merge(ws, f"B{r}:I{r}", val)
        if key == "市の概要":
            ws.row_dimensions[r].height = 30
        r += 1
    put(
        ws,
        "A10",
        "■重要業績評価指標（KPI）の達成状況",
        size=11,
        bold=True,
        border=False,
        wrap=False,
    )
    put(
        ws,
        "A11",
        "（「事業開始前」の欄は目標値・実績値の2行を結合した基準値）",
        size=8,
        border=False,
        wrap=False,
    )
    head = [
        "KPI",
        "単位",
        "区分",
        "事業開始前\n（R元年度）",
        "R2年度",
        "R3年度",
        "R4年度",
        "達成状況\n（R4）",
        "備考",
    ]
    for col, text in zip("ABCDEFGHI", head):
        put(ws, f"{col}12", text, bold=True, fill=HEAD_FILL, h="center")
    ws.row_dimensions[12].height = 28
    kpis = [
        (
            "KPI①　道の駅高田松原の来場者数",
            "人",
            "380,000",
            ("420,000", "460,000", "500,000"),
            ("262,400", "351,900", "468,300"),
            "未達成",
            "",
        ),
        (
            "KPI②　交流イベントの参加者数（延べ）",
            "人",
            "2,150",
            ("2,400", "2,700", None),
            ("―", "1,840", "3,420"),
            "達成",
            "R2は新型コロナウイルス感染症の影響により全イベント中止",
        ),
        (
            "KPI③　地場産品の販売額",
            "千円",
            "48,500",
            ("52,000", "56,000", "60,000"),
            ("45,210", "55,870", "61,050"),
            "達成",
            "",
        ),
        (
            "KPI④　新規創業・事業承継の件数（累計）",
            "件",
            "0",
            ("2", "4", "6"),
            ("1", "3", "6"),
            "達成",
            "R2からの累計",
        ),
    ]
    r = 13
    for name, unit, base, targets, actuals, status, remark in kpis:
        merge(ws, f"A{r}:A{r + 1}", name)
        merge(ws, f"B{r}:B{r + 1}", unit, h="center")
        put(ws, f"C{r}", "目標値", h="center", fill=LABEL_FILL)
        put(ws, f"C{r + 1}", "実績値", h="center", fill=LABEL_FILL)
        merge(ws, f"D{r}:D{r + 1}", base, h="right")
        for col, t, a in zip("EFG", targets, actuals):
            put(ws, f"{col}{r}", t, h="right")
            put(ws, f"{col}{r + 1}", a, h="right")
        merge(ws, f"H{r}:H{r + 1}", status, h="center")
        merge(ws, f"I{r}:I{r + 1}", remark, size=8)
        ws.row_dimensions[r].height = 24
        ws.row_dimensions[r + 1].height = 24
        r += 2
    # KPI② R4 target: the first value struck through, the changed value under it
    ws["G15"].value = CellRichText(
        TextBlock(InlineFont(rFont=FONT, sz=9, strike=True), "3,000"),
        TextBlock(InlineFont(rFont=FONT, sz=9), "\n3,300（R3.12変更）"),
    )
    ws.row_dimensions[15].height = 30
    notes = [
        "※KPI②のR4目標値は、令和3年12月の地域再生計画の変更認定により3,000人から3,300人に変更した（取消線は変更前の値）。",
        "※達成状況は、R4年度の実績値が目標値に達したものを「達成」、達しなかったものを「未達成」とした。",
    ]
    r = 22
    for text in notes:
        merge(ws, f"A{r}:I{r}", text, size=8, border=False)
        r += 1
    page(ws, landscape=True)
    return wb


def nishiaizu():
    wb = Workbook()
    ws = wb.active
    ws.title = "KPI実績R5"
    widths(
        ws,
        {
            "A": 13,
            "B": 4,
            "C": 20,
            "D": 5,
            "E": 11,
            "F": 8,
            "G": 8,
            "H": 8,
            "I": 10,
            "J": 11,
            "K": 19,
        },
    )
    merge(
        ws,
        "A1:K1",
        "西会津町まち・ひと・しごと創生総合戦略（第２期）\n重要業績評価指標（ＫＰＩ）実績一覧（令和５年度）",
        size=13,
        bold=True,
        border=False,
        h="center",
    )
    ws.row_dimensions[1].height = 36
    merge(ws, "A2:K2", "令和6年6月　西会津町", size=9, border=False, h="right")
    put(ws, "A4", "１　戦略の概要", size=11, bold=True, border=False, wrap=False)
    fields = [
        ("戦略の名称", "西会津町まち・ひと・しごと創生総合戦略（第2期）"),
        ("計画期間", "令和2年度～令和6年度（5年間）"),
        ("担当課", "企画情報課"),
        (
            "町の概要",
            "昭和29年7月1日に1町9か村が合併して誕生。人口は昭和25年の19,611人をピークに減少し、平成27年国勢調査では6,582人、令和2年1月の住民基本台帳では6,155人となっています。",
        ),
    ]
    r = 5
    for key, val in fields:
        put(ws, f"A{r}", key, bold=True, fill=LABEL_FILL)
        merge(ws, f"B{r}:K{r}", val)
        if key == "町の概要":
            ws.row_dimensions[r].height = 30
        r += 1
    put(
        ws,
        "A10",
        "２　重要業績評価指標（ＫＰＩ）の実績",
        size=11,
        bold=True,
        border=False,
        wrap=False,
    )
    for col, text in [
        ("A", "基本目標"),
        ("B", "No."),
        ("C", "ＫＰＩ"),
        ("D", "単位"),
        ("E", "基準値\n（2019年度）"),
        ("F", "2021年度\n実績"),
        ("G", "2022年度\n実績"),
        ("J", "最終目標\n（2024年度）"),
        ("K", "備考"),
    ]:
        merge(ws, f"{col}11:{col}12", text, bold=True, fill=HEAD_FILL, h="center")
    merge(ws, "H11:I11", "2023年度", bold=True, fill=HEAD_FILL, h="center")
    put(ws, "H12", "目標", bold=True, fill=HEAD_FILL, h="center")
    put(ws, "I12", "実績", bold=True, fill=HEAD_FILL, h="center")
    ws.row_dimensions[11].height = 18
    ws.row_dimensions[12].height = 18
    data = [
        (
            "1",
            "子育て支援センターの利用者数（延べ）",
            "人",
            "3,120",
            "2,480",
            "2,960",
            "3,300",
            "3,350",
            "3,500",
            "2023年度実績は、令和6年2月末までの実績に3月分の見込みを加えた値",
        ),
        (
            "2",
            "町内農産物直売所の販売額",
            "千円",
            "98,400",
            "101,250",
            "104,800",
            "110,000",
            "107,600",
            "115,000",
            "",
        ),
        (
            "3",
            "移住者数",
            "人",
            "18",
            "22",
            "27",
            "30",
            "31",
            "35",
            "2022年度から県の移住支援制度の利用者を含めて計上",
        ),
        (
            "4",
            "特定健康診査の受診率",
            "％",
            "52.4",
            "50.1",
            "53.8",
            "57.0",
            "55.2",
            "60.0",
            "2023年度実績は法定報告前の見込値（確定は令和6年11月）",
        ),
        (
            "5",
            "町民バス・デマンド交通の利用者数",
            "人",
            "21,300",
            "18,950",
            "19,420",
            "20,000",
            "２０，３１０",
            "21,000",
            "2023年度目標は2022年度の実績を踏まえ見直し（当初22,000人）",
        ),
    ]
    r = 13
    for row in data:
        for col, val in zip("BCDEFGHIJK", row):
            put(
                ws,
                f"{col}{r}",
                val,
                size=8 if col == "K" else 9,
                h="left" if col in "CK" else ("center" if col in "BD" else "right"),
            )
        ws.row_dimensions[r].height = 34
        r += 1
    merge(ws, "A13:A13", "1　健やかな人をともに育むまちづくり", size=8)
    merge(ws, "A14:A15", "2　温故創新 地産地笑のまちづくり", size=8)
    merge(ws, "A16:A16", "3　いきいき健康 こころつながるまちづくり", size=8)
    merge(ws, "A17:A17", "4　誰もがここちよく暮らせるまちづくり", size=8)
    notes = [
        "※備考欄に「見込」とあるものは、確定値ではなく見込値です。確定値は次年度の実績一覧で報告します。",
        "※2023年度の目標は、各年度の目標として総合戦略推進会議（令和5年7月）で確認したものです。",
    ]
    r = 19
    for text in notes:
        merge(ws, f"A{r}:K{r}", text, size=8, border=False)
        r += 1
    page(ws, landscape=False)
    return wb


MIKASA_HTML = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>第8次三笠市総合計画 後期 成果指標の進捗状況（令和2年度） | 北海道三笠市</title>
</head>
<body>
<header><p class="site">北海道三笠市</p></header>
<nav class="breadcrumb"><ol>
<li><a href="/">トップページ</a></li>
<li><a href="/shisei/">市政情報</a></li>
<li><a href="/shisei/keikaku/">計画・施策</a></li>
<li>第8次三笠市総合計画 後期 成果指標の進捗状況（令和2年度）</li>
</ol></nav>
<main>
<h1>第８次三笠市総合計画　成果指標の進捗状況（令和２年度）</h1>
<p class="date">更新日：2021年10月8日　担当：企画調整課</p>
<p>「第8次三笠市総合計画」は平成24年度から平成33年度までを計画期間とするまちづくりの最上位計画です。平成30年2月に総合計画審議会で中間見直しを議論し、3月の定例議会の議決を経て改訂しました（平成30年改訂版）。</p>
<p>市の面積は302.64km²、人口は8,040人（2020年10月1日）です。アンモナイトやエゾミカサリュウの化石で知られる三笠市立博物館、三笠メロンなどの農産物を生かしたまちづくりを進めています。改訂版で定めた成果指標のうち、第2章「活力ある産業のまち」と第4章「健やかに暮らせるまち」の5指標について、令和2年度までの実績をお知らせします。</p>
<dl class="plan">
<dt>計画の名称</dt><dd>第8次三笠市総合計画〔平成30年改訂版〕</dd>
<dt>計画期間</dt><dd>平成24年度～平成33年度（10年間）</dd>
<dt>都市像</dt><dd>誰もが暮らしてみたい田園産業都市／日本一安心して誰もが住み続けたいまち</dd>
<dt>担当課</dt><dd>企画調整課</dd>
</dl>
<h2>成果指標の進捗状況</h2>
<table class="kpi" border="1">
<thead>
<tr><th rowspan="2">No.</th><th rowspan="2">成果指標</th><th rowspan="2">単位</th><th rowspan="2">策定時<br>（H22）</th><th colspan="3">実績値</th><th rowspan="2">目標値<br>（H33）</th><th rowspan="2">（参考）<br>改訂前の目標値</th></tr>
<tr><th>2018年度</th><th>2019年度</th><th>2020年度</th></tr>
</thead>
<tbody>
<tr><td>1</td><td>市外からの転入者数</td><td>人</td><td>312</td><td>298</td><td>305</td><td>281</td><td>350</td><td>380</td></tr>
<tr><td>2</td><td>三笠市立博物館の入館者数</td><td>人</td><td>約28,000</td><td>31,540</td><td>33,210</td><td>17,860</td><td>35,000</td><td>同左</td></tr>
<tr><td>3</td><td>工業団地の立地企業数</td><td>社</td><td>50</td><td>51</td><td>51</td><td>52</td><td>55</td><td>同左</td></tr>
<tr><td colspan="9" class="note">※No.4は平成30年3月の改訂で追加した指標のため、策定時の値と改訂前の目標値はありません。</td></tr>
<tr><td>4</td><td>ふるさと納税の寄附件数</td><td>件</td><td>―</td><td>4,120</td><td>6,385</td><td>9,904</td><td>8,000</td><td>―</td></tr>
<tr><td>5</td><td>特定健康診査の受診率</td><td>％</td><td>28.4</td><td>35.1</td><td>36.0</td><td>31.2</td><td>60.0</td><td>65.0</td></tr>
</tbody>
</table>
<p class="note">※（参考）改訂前の目標値は、平成24年3月の策定時に定めた平成33年度の目標値です。平成30年3月の改訂後は「目標値（H33）」欄の値を目標としています。「同左」は改訂で変更のなかったものです。</p>
<p class="note">※平成33年度は令和3年度にあたります。2020年度の博物館入館者数は、新型コロナウイルス感染症による臨時休館（4月～5月）の影響を受けています。</p>
</main>
<footer><p>三笠市役所 企画調整課　〒068-2192 北海道三笠市幸町2</p></footer>
</body>
</html>
"""


def main():
    no_pdf = "--no-pdf" in sys.argv[1:]
    SOURCE.mkdir(exist_ok=True)
    books = {
        "nakadomari_kaso_tassei_r5": nakadomari,
        "rikuzentakata_kofukin_kensho_r4": rikuzentakata,
        "nishiaizu_senryaku2_kpi_r5": nishiaizu,
    }
    for stem, make in books.items():
        save(make(), SOURCE / f"{stem}.xlsx")
    (HERE / "mikasa_sogo8_seika_shinchoku_r2.html").write_text(MIKASA_HTML, encoding="utf-8")
    if no_pdf:
        return
    with tempfile.TemporaryDirectory() as tmp:
        for stem in books:
            subprocess.run(
                [
                    "soffice",
                    f"-env:UserInstallation=file://{tmp}/profile",
                    "--headless",
                    "--convert-to",
                    "pdf",
                    "--outdir",
                    tmp,
                    str(SOURCE / f"{stem}.xlsx"),
                ],
                check=True,
                capture_output=True,
            )
            shutil.move(f"{tmp}/{stem}.pdf", HERE / f"{stem}.pdf")


if __name__ == "__main__":
    main()
