"""Build forms550: four KPI documents of 北斗市, 中山町, 八郎潟町 and 只見町.

Writes `hokuto_sousei2_kpi_kensho_r5.html`, `nakayama_kenko_jimujigyo_r5.xlsx` (the workbook is the document),
`tadami_sousei2_kpi_jisseki_r5.csv` and the XLSX source `source/hachirogata_kofukin_kensho_r5.xlsx`, which
LibreOffice turns into `hachirogata_kofukin_kensho_r5.pdf`.
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
STAMP = datetime.datetime(2025, 8, 4, 9, 0, 0)
STAMP_TEXT = "2025-08-04T09:00:00Z"


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
    wb.properties.creator = "forms550"
    wb.properties.lastModifiedBy = "forms550"
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
            info = zipfile.ZipInfo(item.filename, date_time=(2025, 8, 4, 9, 0, 0))
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


def number(cell, v, fmt=None):
    if fmt:
        cell.number_format = fmt
    elif isinstance(v, float):
        cell.number_format = "#,##0.0"
    elif isinstance(v, int):
        cell.number_format = "#,##0"


def fields_block(ws, r, fields, key_rng, val_rng, tall):
    """Key | value rows; key_rng and val_rng are column pairs such as ("A", "B")."""
    for key, val in fields:
        merge(ws, f"{key_rng[0]}{r}:{key_rng[1]}{r}", key, bold=True, box=True, shade=True)
        merge(ws, f"{val_rng[0]}{r}:{val_rng[1]}{r}", val, box=True)
        ws.row_dimensions[r].height = tall.get(key, 18)
        r += 1
    return r


# ---------------------------------------------------------------- 中山町 (XLSX document, portrait)
def build_nakayama():
    wb = Workbook()
    ws = wb.active
    ws.title = "事務事業評価"
    widths = {"A": 5, "B": 30, "C": 6, "D": 10, "E": 9, "F": 9, "G": 9, "H": 9, "I": 9}
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    merge(
        ws,
        "A1:I1",
        "令和６年度　事務事業評価シート（令和５年度実施事業）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:I2", "作成日　令和6年8月2日", h="right")
    put(ws, "A4", "１　事業の概要", size=11, bold=True, wrap=False)
    fields = [
        ("事務事業名", "なかやま健幸くらぶ推進事業"),
        ("担当課", "健康福祉課"),
        ("総合計画の位置付け", "第6次中山町総合発展計画　健康づくりの推進"),
        ("事業期間", "平成30年度～（継続）"),
        (
            "事業の概要",
            "本町は山形県のほぼ中央部に位置し、面積31.15km²と県内の市町村で一番面積が小さい町である。昭和29年（1954年）10月1日に長崎町と豊田村が合併して誕生し、"
            "令和6年10月1日に誕生70周年を迎える。町の北部を最上川が流れ、芋煮会発祥の地の一つとされる。"
            "「スポーツとフルーツ　伸びゆく町　なかやま」を掲げ、平成30年（2018年）から、「歩く」ことを中心にICTを活用して健康づくりに取り組む「なかやま健幸くらぶ」を運営している。"
            "本事業では、会員に活動量計を貸与し、歩数や体組成の測定結果に応じた健幸ポイントの付与、ウォーキング教室・測定会の開催を行う。",
        ),
    ]
    r = fields_block(ws, 5, fields, ("A", "B"), ("C", "I"), {"事業の概要": 76})
    r += 1
    put(ws, f"A{r}", "２　活動指標", size=11, bold=True, wrap=False)
    r += 1
    for col, text in zip(
        "ABCDEFG", ("No.", "指標名", "単位", "R3実績", "R4実績", "R5実績", "R6計画")
    ):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[r].height = 18
    r += 1
    for no, name, unit, *vals in (
        (1, "健幸くらぶの会員数", "人", 512, 587, 643, 700),
        (2, "ウォーキング教室・測定会の開催回数", "回", 18, 24, 26, 30),
    ):
        put(ws, f"A{r}", no, box=True, h="center")
        put(ws, f"B{r}", name, box=True)
        put(ws, f"C{r}", unit, box=True, h="center")
        for col, v in zip("DEFG", vals):
            number(put(ws, f"{col}{r}", v, box=True, h="right"), v)
        ws.row_dimensions[r].height = 18
        r += 1
    r += 1
    put(ws, f"A{r}", "３　成果指標", size=11, bold=True, wrap=False)
    r += 1
    top, low = r, r + 1
    for col, text in (
        ("A", "No."),
        ("B", "指標名"),
        ("C", "単位"),
        ("D", "基準値（H30）"),
        ("E", "R5目標"),
        ("H", "R7目標"),
        ("I", "達成状況"),
    ):
        merge(ws, f"{col}{top}:{col}{low}", text, bold=True, box=True, shade=True, h="center")
    merge(ws, f"F{top}:G{top}", "直近実績", bold=True, box=True, shade=True, h="center")
    put(ws, f"F{low}", "実績値", bold=True, box=True, shade=True, h="center")
    put(ws, f"G{low}", "把握年度", bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[top].height = 18
    ws.row_dimensions[low].height = 18
    r = low + 1
    # percentages are stored as fractions and shown by the number format 0.0%
    pct = "0.0%"
    rows = [
        (3, "会員の1日当たり平均歩数", "歩", 6420, 7500, 7615, "R5", 8000, "達成", None),
        (4, "特定健康診査の受診率", "％", 0.452, 0.55, 0.518, "R4", 0.6, "―", pct),
        (5, "週1回以上運動している町民の割合", "％", 0.314, 0.38, 0.369, "R5", 0.4, "未達成", pct),
    ]
    for no, name, unit, base, t5, act, year, t7, status, fmt in rows:
        put(ws, f"A{r}", no, box=True, h="center")
        put(ws, f"B{r}", name, box=True)
        put(ws, f"C{r}", unit, box=True, h="center")
        for col, v in (("D", base), ("E", t5), ("F", act), ("H", t7)):
            number(put(ws, f"{col}{r}", v, box=True, h="right"), v, fmt)
        put(ws, f"G{r}", year, box=True, h="center")
        put(ws, f"I{r}", status, box=True, h="center")
        ws.row_dimensions[r].height = 20
        r += 1
    notes = [
        "※1　直近実績は、評価時点で把握できる最新の実績値です。その数値の年度を「把握年度」欄に記載しています。",
        "※2　No.4は法定報告の確定が翌年度の11月となるため、R4の実績を記載しています（R5の実績は次年度のシートに記載します）。",
        "※3　No.5は町民健康意識調査の結果です。",
    ]
    for note in notes:
        merge(ws, f"A{r}:I{r}", note, size=8)
        ws.row_dimensions[r].height = 22
        r += 1
    r += 1
    put(ws, f"A{r}", "４　評価", size=11, bold=True, wrap=False)
    r += 1
    evaluation = [
        (
            "成果の状況",
            "会員の平均歩数は目標を上回ったが、運動習慣のある町民の割合は目標に届かなかった。働く世代の会員が少ないことが課題である。",
        ),
        (
            "今後の方向性",
            "拡充（令和6年度は町内事業所と連携し、働く世代向けの測定会を新たに開催する）",
        ),
    ]
    r = fields_block(
        ws, r, evaluation, ("A", "B"), ("C", "I"), {"成果の状況": 30, "今後の方向性": 30}
    )
    page(ws, landscape=False)
    save(wb, HERE / "nakayama_kenko_jimujigyo_r5.xlsx")


# ---------------------------------------------------------------- 八郎潟町 (PDF source, landscape)
def build_hachirogata():
    wb = Workbook()
    ws = wb.active
    ws.title = "効果検証シート"
    widths = {
        "A": 5,
        "B": 36,
        "C": 7,
        "D": 11,
        "E": 8,
        "F": 8,
        "G": 8,
        "H": 8,
        "I": 8,
        "J": 8,
        "K": 10,
        "L": 9,
    }
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    merge(
        ws,
        "A1:L1",
        "地方創生推進交付金事業　効果検証シート（令和５年度）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:L2", "令和6年9月　八郎潟町", h="right")
    put(ws, "A4", "１　事業の概要", size=11, bold=True, wrap=False)
    fields = [
        ("交付対象事業の名称", "「八郎湖の恵み」ブランド化・交流促進事業"),
        ("事業期間", "令和3年度～令和5年度（3か年）"),
        ("総事業費", "36,900千円（うち交付金　18,450千円）"),
        ("担当課", "産業課　商工観光班"),
        (
            "町の概要",
            "本町は秋田県の中央部、県都秋田市から北へ約30kmに位置し、面積17.00k㎡の県内一小さな町である。昭和31年（1956年）に一日市町と面潟村が合併して誕生した。"
            "かつて日本で2番目に大きい湖であった八郎潟の残存湖（八郎湖）に面し、冬の湖面で釣れるワカサギのつくだ煮が特産品となっている。"
            "毎年5月5日の願人踊と8月18日～20日の一日市盆踊りは、県指定無形民俗文化財である。人口は5,491人、2,447世帯（令和4年1月、住民基本台帳）。",
        ),
        (
            "事業の内容",
            "八郎湖産ワカサギを使った加工品の開発と販路拡大、氷上釣り体験の受入れ体制の整備、伝統行事と組み合わせた周遊ツアーの造成を行う。",
        ),
    ]
    r = fields_block(ws, 5, fields, ("A", "B"), ("C", "L"), {"町の概要": 50, "事業の内容": 30})
    r += 1
    put(ws, f"A{r}", "２　重要業績評価指標（KPI）の達成状況", size=11, bold=True, wrap=False)
    r += 1
    top, low = r, r + 1
    for col, text in (
        ("A", "No."),
        ("B", "重要業績評価指標（KPI）"),
        ("C", "単位"),
        ("D", "事業開始前（R2）"),
        ("K", "達成率（R5）"),
        ("L", "達成状況"),
    ):
        merge(ws, f"{col}{top}:{col}{low}", text, bold=True, box=True, shade=True, h="center")
    for cols, year in (("EF", "令和3年度"), ("GH", "令和4年度"), ("IJ", "令和5年度")):
        merge(
            ws, f"{cols[0]}{top}:{cols[1]}{top}", year, bold=True, box=True, shade=True, h="center"
        )
        put(ws, f"{cols[0]}{low}", "目標", bold=True, box=True, shade=True, h="center")
        put(ws, f"{cols[1]}{low}", "実績", bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[top].height = 18
    ws.row_dimensions[low].height = 18
    r = low + 1
    rows = [
        (
            "①",
            "八郎湖産ワカサギ加工品（つくだ煮等）の販売額",
            "百万円",
            42.5,
            44.0,
            43.1,
            46.0,
            47.8,
            48.0,
            49.2,
            "102.5%",
            "達成",
        ),
        (
            "②",
            "ワカサギ氷上釣り体験の参加者数",
            "人",
            380,
            400,
            412,
            450,
            "中止",
            500,
            "約520",
            "104.0%",
            "達成",
        ),
        (
            "③",
            "伝統行事（願人踊・一日市盆踊り）の観覧者数",
            "千人",
            12.0,
            13.0,
            "―",
            13.5,
            9.8,
            14.0,
            14.6,
            "104.3%",
            "達成",
        ),
        (
            "④",
            "八郎湖の恵みを使った新商品の開発数（累計）",
            "品目",
            0,
            2,
            2,
            4,
            3,
            6,
            5,
            "83.3%",
            "未達成",
        ),
    ]
    for no, name, unit, *vals in rows:
        put(ws, f"A{r}", no, box=True, h="center")
        put(ws, f"B{r}", name, box=True)
        put(ws, f"C{r}", unit, box=True, h="center")
        for col, v in zip("DEFGHIJKL", vals):
            h = "center" if isinstance(v, str) and not v.endswith("%") else "right"
            number(put(ws, f"{col}{r}", v, box=True, h=h), v)
        ws.row_dimensions[r].height = 24
        r += 1
    notes = [
        "※1　②の令和4年度は、八郎湖の結氷が不十分で安全を確保できないため、氷上釣り体験を中止しました。",
        "※2　②の令和5年度の実績は、当日受付の参加者を含む概数です。",
        "※3　③の令和3年度は、新型コロナウイルス感染症の影響により両行事とも規模を縮小して実施したため、観覧者数を把握していません。",
        "※4　達成率は、令和5年度の実績値を目標値で除したものです。",
    ]
    for note in notes:
        merge(ws, f"A{r}:L{r}", note, size=8)
        r += 1
    r += 1
    put(ws, f"A{r}", "３　外部有識者の意見", size=11, bold=True, wrap=False)
    r += 1
    merge(
        ws,
        f"A{r}:L{r}",
        "暖冬で氷上釣りを中止した年があったものの、加工品の販売額は3か年で目標を上回った。新商品の開発は目標に届かなかったが、"
        "交付金終了後も町単独事業として継続し、湖東3町の事業者とも連携して販路を広げることが望ましい。",
        box=True,
    )
    ws.row_dimensions[r].height = 34
    page(ws, landscape=True)
    save(wb, SRC / "hachirogata_kofukin_kensho_r5.xlsx")


# ---------------------------------------------------------------- 北斗市 (HTML)
HOKUTO = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>第2期北斗市まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の検証結果（令和５年度実績） - 北斗市</title>
</head>
<body>
<nav aria-label="現在地"><ol>
<li><a href="/">HOME</a></li>
<li><a href="/shisei/">市政情報</a></li>
<li><a href="/shisei/senryaku/">主要な戦略・計画</a></li>
<li>第2期北斗市まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の検証結果（令和５年度実績）</li>
</ol></nav>
<main>
<h1>第2期北斗市まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の検証結果（令和５年度実績）</h1>
<p class="update">更新日：2024年10月1日</p>
<p>北斗市は、平成18年（2006年）2月1日に上磯町と大野町が合併して誕生した、道内35番目の市です。面積は397.30km²、人口は44,302人（令和2年国勢調査）です。文月地区では1685年に道内で初めて稲作が行われたとされ、「北海道水田発祥の地」として知られています。</p>
<p>平成28年（2016年）3月26日に北海道新幹線が開業し、新函館北斗駅が北海道の玄関口となりました。市内の観光入込客数は、開業した2016年度の124万人から、2019年度には74万人に減少しています。</p>
<dl>
<dt>計画期間</dt><dd>令和2年度～令和6年度（5年間）</dd>
<dt>検証</dt><dd>北斗市総合戦略検討・推進会議（令和6年8月29日）</dd>
<dt>担当課</dt><dd>企画課</dd>
</dl>
<h2>基本目標ごとのKPIの実績</h2>
<p>基準値は、KPIごとに把握できた戦略策定時の直近の数値としているため、KPIによって年度が異なります（基準値の欄に括弧書きで年度を記載しています）。</p>
<h3>基本目標1　北海道新幹線を活かした産業の振興と雇用の場をつくる</h3>
<table border="1">
<thead>
<tr><th rowspan="2" scope="col">No.</th><th rowspan="2" scope="col">KPI</th><th rowspan="2" scope="col">単位</th><th rowspan="2" scope="col">基準値</th><th colspan="3" scope="colgroup">実績値</th><th rowspan="2" scope="col">目標値<br>（2024年度）</th></tr>
<tr><th scope="col">2021年度</th><th scope="col">2022年度</th><th scope="col">2023年度</th></tr>
</thead>
<tbody>
<tr><td>①</td><th scope="row">新函館北斗駅周辺への企業立地件数（累計）</th><td>件</td><td>8（2019年度）</td><td>9</td><td>11</td><td>12</td><td>15～18</td></tr>
<tr><td>②</td><th scope="row">観光入込客数</th><td>千人</td><td>740（2019年度）</td><td>398</td><td>562</td><td>687</td><td>1,000</td></tr>
<tr><td>③</td><th scope="row">市内高校卒業者の市内企業への就職者数</th><td>人</td><td>46（2018年度）</td><td>38</td><td>41</td><td>44</td><td>55</td></tr>
</tbody>
</table>
<h3>基本目標2　北斗市への新しいひとの流れをつくる</h3>
<table border="1">
<thead>
<tr><th rowspan="2" scope="col">No.</th><th rowspan="2" scope="col">KPI</th><th rowspan="2" scope="col">単位</th><th rowspan="2" scope="col">基準値</th><th colspan="3" scope="colgroup">実績値</th><th rowspan="2" scope="col">目標値<br>（2024年度）</th></tr>
<tr><th scope="col">2021年度</th><th scope="col">2022年度</th><th scope="col">2023年度</th></tr>
</thead>
<tbody>
<tr><td>④</td><th scope="row">社会増減数（転入者数－転出者数）</th><td>人</td><td>△214（2019年度）</td><td>△96</td><td>△58</td><td>17</td><td>0</td></tr>
<tr><td>⑤</td><th scope="row">【再掲】観光入込客数</th><td>千人</td><td>740（2019年度）</td><td>398</td><td>562</td><td>687</td><td>1,000</td></tr>
</tbody>
</table>
<p>※△はマイナス（転出超過）を表します。</p>
<p>※⑤は、基本目標1の②を再掲しています。</p>
<h2>検証結果のまとめ</h2>
<p>新函館北斗駅周辺への企業立地は着実に進み、観光入込客数も2023年度には68万7千人まで回復しましたが、目標の100万人には届いていません。社会増減数は2023年度に転入超過に転じました。外部委員からは、北海道新幹線の札幌延伸を見据えた取組の強化を求める意見がありました。</p>
</main>
<footer><p>北斗市役所　企画課</p></footer>
</body>
</html>
"""


def build_hokuto():
    (HERE / "hokuto_sousei2_kpi_kensho_r5.html").write_text(HOKUTO, encoding="utf-8")


# ---------------------------------------------------------------- 只見町 (CSV, UTF-8 with BOM)
G1 = "基本目標1　ブナと雪の恵みを生かした仕事をつくる"
G2 = "基本目標2　只見への新しいひとの流れをつくる"
TADAMI_ROWS = [
    "タイトル,第2期只見町まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の実績（令和5年度）,,,,,,,,,",
    "公表日,令和6年10月31日,,,,,,,,,",
    "担当課,総務課　政策推進係,,,,,,,,,",
    "計画期間,令和2年度～令和6年度（5年間）,,,,,,,,,",
    # a quoted field with a line break inside (a bare LF, as a spreadsheet writes it): one CSV row, two file lines
    '町の概要,"本町は福島県の西端、新潟県との県境に位置し、総面積747.56km²の94%を山地が占める。平年の降雪量は13mに及ぶ特別豪雪地帯である。\n'
    '平成26年（2014年）6月に只見ユネスコエコパークに登録され、令和4年（2022年）10月1日にはJR只見線が11年ぶりに全線で運転を再開した。",,,,,,,,,',
    "注記,②の実績と目標は令和2年度からの累計。達成見込みは令和6年度の目標に対する見込み。,,,,,,,,,",
    ",,,,,,,,,,",
    "■数値目標・KPIの実績,,,,,,,,,,",
    "基本目標,区分,No.,指標名,単位,基準値（R元）,R3実績,R4実績,R5実績,R6目標,達成見込み",
    f'{G1},数値目標,,町内事業所の従業者数,人,"1,512","1,468","1,455","1,431","1,500",困難',
    f"{G1},KPI,①,「自然首都・只見」伝承産品の認定品目数,品目,12,16,19,23,25,見込みあり",
    f"{G2},数値目標,,社会増減数,人,△38,△25,△31,△19,△10,困難",
    f"{G2},KPI,②,移住・定住相談を経た転入者数,人,3,累計14,累計22,累計31,累計40,見込みあり",
    f'{G2},KPI,③,只見町インフォメーションセンターの来館者数,人,"8,240","6,120","14,380","21,560","15,000",見込みあり',
]


def build_tadami():
    text = "\r\n".join(TADAMI_ROWS) + "\r\n"
    (HERE / "tadami_sousei2_kpi_jisseki_r5.csv").write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))


def to_pdf():
    for name in ("hachirogata_kofukin_kensho_r5",):
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
    build_nakayama()
    build_hachirogata()
    build_hokuto()
    build_tadami()
    if "--no-pdf" not in sys.argv:
        to_pdf()


if __name__ == "__main__":
    main()
