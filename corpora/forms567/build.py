"""Build forms567: four KPI documents of 町田市, 羽生市, 諏訪市 and 下野市.

Writes `suwa_hanabi_jimujigyo_r6.xlsx` (the workbook is the document), `hanyu_aizome_kofukin_kensho_r6.html`,
`shimotsuke_sousei2_kpi_shinchoku_r6.csv` and the XLSX source `source/machida_shikisai_gyosei_hyoka_2024.xlsx`, which
LibreOffice turns into `machida_shikisai_gyosei_hyoka_2024.pdf`.
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
    wb.properties.creator = "forms567"
    wb.properties.lastModifiedBy = "forms567"
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


def fields_block(ws, r, fields, key_rng, val_rng, heights):
    """Key | value rows; key_rng and val_rng are column pairs such as ("A", "B"); heights maps a key to its row height."""
    for key, val in fields:
        merge(ws, f"{key_rng[0]}{r}:{key_rng[1]}{r}", key, bold=True, box=True, shade=True)
        merge(ws, f"{val_rng[0]}{r}:{val_rng[1]}{r}", val, box=True)
        ws.row_dimensions[r].height = heights.get(key, 18)
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


# ---------------------------------------------------------------- 町田市 (PDF source, portrait)
def build_machida():
    wb = Workbook()
    ws = wb.active
    ws.title = "事業別行政評価"
    widths = {
        "A": 5,
        "B": 27,
        "C": 6,
        "D": 10,
        "E": 8.5,
        "F": 8.5,
        "G": 8.5,
        "H": 8.5,
        "I": 14,
        "J": 8,
    }
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    merge(
        ws,
        "A1:J1",
        "2024年度（令和6年度）　課別・事業別行政評価シート（主要な施策の成果に関する説明書）　抜粋",
        size=12,
        bold=True,
        h="center",
    )
    ws.row_dimensions[1].height = 22
    merge(ws, "A2:J2", "2025年8月　町田市", h="right")
    fields = [
        ("課名", "公園緑地課"),
        ("事業名", "町田薬師池公園四季彩の杜魅力向上事業"),
        (
            "関連計画",
            "まちだ未来づくりビジョン2040（2022年度～2039年度）／町田市5ヵ年計画22-26（2022年度～2026年度）",
        ),
        ("決算額", "2024年度　186,420千円（うち都支出金　24,000千円）"),
        (
            "市の概要",
            "1958年（昭和33年）2月に東京都で9番目の市として誕生した。市制施行時に約6万人であった人口は、43万人を超えるまでに増えている。",
        ),
        (
            "事業の概要",
            "「町田薬師池公園四季彩の杜」は、薬師池公園（1976年（昭和51年）4月1日開園、面積141,654㎡）と、町田リス園、町田ぼたん園、町田ダリア園、七国山などの周辺施設をひとつのエリアとしてとらえた名称である。"
            "薬師池は1982年に「新東京百景」、1998年に「東京都指定名勝」に指定され、2007年に「日本の歴史公園100選」に選定された。"
            "2020年（令和2年）4月17日には、エリアの玄関口となる西園（約9ha、駐車場130台）が開園した。2022年度には公園全体の来園者数が過去最高の134万人となった。"
            "本事業では、西園での季節イベントの開催や花の見頃情報の発信により、エリア全体の魅力と回遊性を高める。",
        ),
    ]
    r = fields_block(
        ws, 4, fields, ("A", "B"), ("C", "J"), {"関連計画": 28, "市の概要": 28, "事業の概要": 84}
    )
    r += 1
    put(ws, f"A{r}", "（１）活動実績", size=11, bold=True, wrap=False)
    r += 1
    head = r
    for col, text in zip(
        "ABCDEFG", ("No.", "項目", "単位", "2022年度", "2023年度", "2024年度", "対前年度\n増減率")
    ):
        put(ws, f"{col}{head}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[head].height = 26
    act = [
        ("ア", "西園における季節イベントの開催日数", "日", 96, 118, 124, "＋5.1%"),
        ("イ", "花の見頃・イベント情報のSNS等での発信回数", "回", 312, 365, 348, "△4.7%"),
    ]
    r = head + 1
    for row in act:
        cells(ws, r, "ABCDEFG", row, centre="AC", left="B")
        ws.row_dimensions[r].height = 28
        r += 1
    merge(
        ws,
        f"A{r}:J{r}",
        "※　対前年度増減率は、2024年度の実績の2023年度に対する増減の割合です。",
        size=8,
    )
    ws.row_dimensions[r].height = 15
    r += 2
    put(ws, f"A{r}", "（２）成果指標", size=11, bold=True, wrap=False)
    r += 1
    merge(ws, f"A{r}:J{r}", "評価　A：2024年度の目標を達成　B：2024年度の目標を下回った", size=8)
    ws.row_dimensions[r].height = 15
    r += 1
    top, low = r, r + 1
    for col, text in (
        ("A", "No."),
        ("B", "成果指標"),
        ("C", "単位"),
        ("D", "基準値\n（2021年度）"),
        ("J", "評価"),
    ):
        merge(ws, f"{col}{top}:{col}{low}", text, bold=True, box=True, shade=True, h="center")
    merge(ws, f"E{top}:G{top}", "実績（年度）", bold=True, box=True, shade=True, h="center")
    merge(ws, f"H{top}:I{top}", "目標（年度）", bold=True, box=True, shade=True, h="center")
    for col, text in zip("EFGHI", ("2022", "2023", "2024", "2024", "2026（最終）")):
        put(ws, f"{col}{low}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[top].height = 18
    ws.row_dimensions[low].height = 18
    kpis = [
        (
            "①",
            "公園全体の来園者数※1",
            "千人",
            1086,
            1340,
            1298,
            1352,
            1300,
            "1,450（当初1,250）",
            "A",
        ),
        ("②", "西園（ウェルカムゲート）施設の利用者数", "千人", 412, 468, 455, 471, 480, 520, "B"),
        (
            "③",
            "来園者アンケートで「また訪れたい」と回答した人の割合※2",
            "%",
            88.2,
            "―",
            90.4,
            91.6,
            90.0,
            92.0,
            "A",
        ),
    ]
    r = low + 1
    for row in kpis:
        cells(ws, r, "ABCDEFGHIJ", row, centre="ACJ", left="B")
        ws.row_dimensions[r].height = 30
        r += 1
    notes = [
        "※1　①は各園の入園者数と園路のカウンターによる計測値の合計です。2026年度の目標は、2022年度の実績を踏まえて2023年度に引き上げました（括弧内は当初の目標）。",
        "※2　③の来園者アンケートは、2022年度は実施していません。",
    ]
    for note in notes:
        merge(ws, f"A{r}:J{r}", note, size=8)
        ws.row_dimensions[r].height = 24
        r += 1
    r += 1
    put(ws, f"A{r}", "（３）成果と今後の方向性", size=11, bold=True, wrap=False)
    r += 1
    merge(
        ws,
        f"A{r}:J{r}",
        "来園者数は2年連続で130万人を上回り、2024年度の目標を達成した。西園施設の利用者数は、夏季の屋外イベントの一部を取りやめた影響で目標を下回った。"
        "2025年度は西園の開園5周年にあわせ、周辺施設と連携したスタンプラリーなど回遊を促す取組を進める。",
        box=True,
    )
    ws.row_dimensions[r].height = 44
    page(ws, landscape=False)
    save(wb, SRC / "machida_shikisai_gyosei_hyoka_2024.xlsx")


# ---------------------------------------------------------------- 諏訪市 (XLSX document, portrait)
def build_suwa():
    wb = Workbook()
    ws = wb.active
    ws.title = "事務事業評価"
    widths = {"A": 9, "B": 4, "C": 28, "D": 6, "E": 10, "F": 9, "G": 9, "H": 9, "I": 9, "J": 11}
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    merge(
        ws,
        "A1:J1",
        "令和７年度　事務事業評価シート（令和６年度実施事業）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:J2", "作成日　令和7年7月18日", h="right")
    put(ws, "A4", "１　事業の概要", size=11, bold=True, wrap=False)
    fields = [
        ("事務事業名", "諏訪湖花火観光誘客推進事業"),
        ("担当課", "観光課"),
        ("関連計画", "第六次諏訪市総合計画（令和4年度～令和8年度）"),
        ("事業期間", "令和4年度～令和8年度（5年間）"),
        ("事業費（R6決算）", "18,640千円（うち県補助金　2,000千円）"),
        (
            "事業の概要",
            "本市は面積109.17km²、標高759mの諏訪湖の畔に位置する。毎年8月15日の諏訪湖祭湖上花火大会は、戦後の混乱の中で市民が明るい希望を持てるよう"
            "昭和24年（1949年）に開かれた「納涼諏訪湖花火大会」に始まり、第1回の5万人から、現在は約50万人が訪れる大会となった。"
            "湖上から40,000発余りの花火が打ち上げられ、水上スターマインや全長2kmのナイヤガラが名物である。"
            "本事業では、大会の運営負担金のほか、夏の夜に約15分間打ち上げる「サマーナイト花火」への助成と、上諏訪温泉の宿泊と組み合わせた誘客PRを行う。",
        ),
    ]
    r = fields_block(ws, 5, fields, ("A", "B"), ("C", "J"), {"事業の概要": 72})
    r += 1
    put(ws, f"A{r}", "２　指標の推移", size=11, bold=True, wrap=False)
    r += 1
    head = r
    heads = (
        "区分",
        "No.",
        "指標名",
        "単位",
        "元年度\n（基準）",
        "4年度\n実績",
        "5年度\n実績",
        "6年度\n目標",
        "6年度\n実績",
        "8年度目標\n（最終）",
    )
    for col, text in zip("ABCDEFGHIJ", heads):
        put(ws, f"{col}{head}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[head].height = 28
    rows = [
        ("活動指標", 1, "サマーナイト花火の打上げ日数", "日", 36, 37, 38, 38, 38, 38),
        (
            "活動指標",
            2,
            "観光パンフレット・ポスターの配布数",
            "千部",
            12.0,
            15.5,
            18.0,
            20.0,
            20.4,
            25.0,
        ),
        (
            "成果指標",
            3,
            "7月・8月の上諏訪温泉の宿泊者数※",
            "千人",
            98.4,
            112.6,
            121.3,
            125.0,
            118.7,
            "14万人",
        ),
        (
            "成果指標",
            4,
            "湖畔での観光客アンケートの満足度",
            "%",
            81.5,
            83.0,
            84.2,
            85.0,
            86.1,
            90.0,
        ),
        (
            "成果指標",
            5,
            "花火と温泉を組み合わせた宿泊プランの販売数",
            "千泊",
            6.2,
            4.8,
            5.9,
            6.5,
            6.3,
            7.5,
        ),
    ]
    start = head + 1
    r = start
    for row in rows:
        kubun, *rest = row
        put(ws, f"A{r}", kubun, box=True, h="center")
        cells(ws, r, "BCDEFGHIJ", rest, centre="BD", left="C")
        ws.row_dimensions[r].height = 22
        r += 1
    ws.merge_cells(f"A{start}:A{start + 1}")
    ws.merge_cells(f"A{start + 2}:A{start + 4}")
    notes = [
        "※　基準値は、新型コロナウイルス感染症の影響を受ける前の令和元年度の値です。",
        "※　No.3は、上諏訪温泉の宿泊施設への調査による7月と8月の宿泊者数の合計です。",
    ]
    for note in notes:
        merge(ws, f"A{r}:J{r}", note, size=8)
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
            "サマーナイト花火は計画どおり実施でき、パンフレットの配布数と観光客の満足度も目標を上回った。"
            "宿泊者数は前年度を下回り、宿泊プランの販売数とともに目標に届かなかったため、令和7年度は平日の宿泊を促す商品づくりを進める。",
        ),
    ]
    fields_block(ws, r, evals, ("A", "B"), ("C", "J"), {"評価の理由": 40})
    page(ws, landscape=False)
    save(wb, HERE / "suwa_hanabi_jimujigyo_r6.xlsx")


# ---------------------------------------------------------------- 羽生市 (HTML)
HANYU = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>令和６年度　地方創生推進事業の効果検証（水郷と藍のまち羽生交流人口拡大事業） | 羽生市</title>
<style>
table { border-collapse: collapse; }
th, td { border: 1px solid #333; padding: 4px 6px; }
td.num { text-align: right; }
</style>
</head>
<body>
<nav aria-label="パンくずリスト"><ol>
<li><a href="/">ホーム</a></li>
<li><a href="/shisei/">市政情報</a></li>
<li><a href="/shisei/sousei/">地方創生</a></li>
<li>令和６年度　地方創生推進事業の効果検証</li>
</ol></nav>
<main>
<h1>令和６年度　地方創生推進事業の効果検証（水郷と藍のまち羽生交流人口拡大事業）</h1>
<p class="date">公開日：2025年9月26日　担当：企画財務部　企画課</p>
<p>羽生市は埼玉県の北東部に位置し、北は利根川を隔てて群馬県に接する、面積58.64km²のまちです。昭和29年（1954年）に羽生町と6つの村が合併して市制を施行しました。江戸時代末期から青縞の産地として栄え、藍染めは今も「武州正藍染」として受け継がれています。田山花袋の小説『田舎教師』の舞台としても知られています。</p>
<p>三田ヶ谷の宝蔵寺沼は日本で唯一のムジナモの自生地で、昭和41年（1966年）5月4日に「宝蔵寺沼ムジナモ自生地」（面積30,148㎡）として国の天然記念物に指定されました。ふだんは立入禁止の自生地を公開する見学会には、令和5年度に7回の開催で合計180名が参加しました。</p>
<dl>
<dt>事業名</dt><dd>水郷と藍のまち羽生交流人口拡大事業</dd>
<dt>交付金</dt><dd>デジタル田園都市国家構想交付金（地方創生推進タイプ）</dd>
<dt>事業期間</dt><dd>令和4年度～令和6年度（3か年）</dd>
<dt>総事業費</dt><dd>3か年計　42,600千円（うち交付金　21,300千円）</dd>
<dt>担当課</dt><dd>企画財務部　企画課</dd>
</dl>
<h2>重要業績評価指標（KPI）の実績</h2>
<p>KPIは、事業開始前（令和4年3月末）の値を基準として、各年度に前年度から増加させる数（増加分）で設定しています。実績値も同じく各年度の前年度からの増加分で、前年度を下回った場合は「△」で示しています。達成状況は、令和6年度の目標値と実績値を比べたものです。</p>
<table>
<thead>
<tr><th rowspan="2">No.</th><th rowspan="2">重要業績評価指標（KPI）</th><th rowspan="2">単位</th><th rowspan="2">事業開始前<br>（R4.3末）</th><th colspan="2">令和4年度</th><th colspan="2">令和5年度</th><th colspan="2">令和6年度</th><th rowspan="2">KPI増加分の<br>累計（目標）</th><th rowspan="2">達成状況</th></tr>
<tr><th>目標</th><th>実績</th><th>目標</th><th>実績</th><th>目標</th><th>実績</th></tr>
</thead>
<tbody>
<tr><td>①</td><td>ムジナモ自生地見学会・水郷公園ガイドツアーの参加者数</td><td>人</td><td class="num">420</td><td class="num">60</td><td class="num">75</td><td class="num">80</td><td class="num">112</td><td class="num">100</td><td class="num">96</td><td class="num">240</td><td>未達成</td></tr>
<tr><td>②</td><td>藍染め体験の参加者数※</td><td>人</td><td class="num">1,150</td><td class="num">150</td><td class="num">162</td><td class="num">150</td><td class="num">△38</td><td class="num">200</td><td class="num">214</td><td class="num">500</td><td>達成</td></tr>
<tr><td>③</td><td>市内観光施設での藍染め商品の販売額</td><td>万円</td><td class="num">1,260</td><td class="num">100</td><td class="num">128</td><td class="num">120</td><td class="num">134</td><td class="num">150</td><td class="num">141</td><td class="num">370</td><td>未達成</td></tr>
<tr><td>④</td><td>本事業を契機とした市外からの移住者数</td><td>人</td><td class="num">0</td><td class="num">2</td><td class="num">1</td><td class="num">3</td><td class="num">3</td><td class="num">5</td><td class="num">6</td><td class="num">10</td><td>達成</td></tr>
</tbody>
</table>
<p>※　②の令和5年度は、体験工房の改修工事（令和5年10月～12月）のため体験の受付を休止した期間があります。</p>
<h2>外部有識者の意見</h2>
<p>藍染め体験は工房の改修後に参加者が回復しており、ムジナモ自生地の公開とあわせた周遊の仕組みづくりが今後の課題である。事業期間終了後も、令和7年度以降は市の単独事業として継続することが望ましい。</p>
</main>
<footer><p>羽生市役所　企画財務部　企画課</p></footer>
</body>
</html>
"""


def build_hanyu():
    (HERE / "hanyu_aizome_kofukin_kensho_r6.html").write_text(HANYU, encoding="utf-8")


# ---------------------------------------------------------------- 下野市 (CSV)
SHIMOTSUKE_WIDTH = 10
G1 = "基本目標1　地域の資源を生かしたしごとをつくる"
G2 = "基本目標2　下野市への新しいひとの流れをつくる"
G3 = "基本目標3　健やかに安心して暮らせるまちをつくる"
SHIMOTSUKE = [
    [
        "タイトル",
        "令和6年度 第2期下野市まち・ひと・しごと創生総合戦略 重要業績評価指標（KPI）の進捗状況",
    ],
    ["公表日", "令和7年9月30日"],
    ["取りまとめ", "総合政策課"],
    ["計画期間", "令和2年度～令和7年度（6年間）　※第二次下野市総合計画の終期にあわせ1年延長"],
    [
        "市の概要",
        "平成18年（2006年）1月10日に南河内町・石橋町・国分寺町が合併して誕生した。面積74.59km²。かんぴょうの生産量は全国一位。"
        "日本三戒壇の一つが置かれた下野薬師寺の跡は国指定史跡で、市は「東の飛鳥」として地域づくりを進めている。",
    ],
    [
        "注記",
        "「基準値」は令和元年度の値。No.4は男女別の値。「未集計」は栃木県の算定結果の公表前のため。「（参考）」の行はKPIではなく、KPIを読むための参考値。担当課は各KPIの所管課。",
    ],
    [],
    ["■重要業績評価指標（KPI）の進捗状況"],
    [
        "基本目標",
        "No.",
        "KPI",
        "単位",
        "基準値（R元）",
        "R4実績",
        "R5実績",
        "R6実績",
        "目標値（R7）",
        "担当課",
    ],
    [G1, "1", "市内の農産物直売所の設置数", "ヵ所", "6", "7", "7", "9", "8", "農政課"],
    [
        G1,
        "2",
        "かんぴょう料理を提供する市内飲食店の数",
        "店",
        "12",
        "15",
        "18",
        "21",
        "25",
        "商工観光課",
    ],
    [
        G2,
        "3",
        "道の駅しもつけの来場者数",
        "千人",
        "1,086.2",
        "1,128.8",
        "1,215.5",
        "1,198.6",
        "1,250.0",
        "商工観光課",
    ],
    [
        G3,
        "4",
        "平均自立期間（要介護2以上）",
        "年",
        "男 80.1　女 84.3",
        "男 80.6　女 84.5",
        "男 80.8　女 84.9",
        "未集計",
        "男 81.0　女 85.2",
        "健康増進課",
    ],
    [
        G3,
        "（参考）",
        "高齢化率（65歳以上人口の割合）",
        "％",
        "27.6",
        "28.8",
        "29.2",
        "29.6",
        "",
        "高齢福祉課",
    ],
    [
        G3,
        "5",
        "健康ポイント事業の参加者数",
        "人",
        "1,120",
        "1,486",
        "1,740",
        "2,032",
        "2,000",
        "健康増進課",
    ],
]


def build_shimotsuke():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for row in SHIMOTSUKE:
        w.writerow(row + [""] * (SHIMOTSUKE_WIDTH - len(row)))
    (HERE / "shimotsuke_sousei2_kpi_shinchoku_r6.csv").write_bytes(
        ("\ufeff" + buf.getvalue()).encode("utf-8")
    )


def to_pdf():
    for name in ("machida_shikisai_gyosei_hyoka_2024",):
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
    build_machida()
    build_suwa()
    build_hanyu()
    build_shimotsuke()
    if "--no-pdf" not in sys.argv:
        to_pdf()


if __name__ == "__main__":
    main()
