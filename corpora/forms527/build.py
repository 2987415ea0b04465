"""Build forms527: four KPI documents of 茨城町, 富士見町, 熊谷市 and 習志野市.

Writes `ibarakimachi_hinuma_eco_jimujigyo_r6.xlsx` (the workbook is the document),
`fujimi_sousei2_kpi_kensho_r5.html`, `narashino_sousei2_kpi_tatemochi_r6.csv` and the XLSX source
`source/kumagaya_atsusa_shuyo_seika_r6.xlsx`, which LibreOffice turns into the PDF of the same name.
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
STAMP = (2025, 7, 18, 9, 0, 0)
STAMP_ISO = b"2025-07-18T09:00:00Z"
PDFS = ["kumagaya_atsusa_shuyo_seika_r6"]
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
    wb.properties.creator = "forms527"
    wb.properties.lastModifiedBy = "forms527"
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
    for col, w in zip(COLS, spec, strict=False):
        ws.column_dimensions[col].width = w


# ---------------------------------------------------------------- 茨城町 (XLSX document)
def build_ibarakimachi():
    wb = Workbook()
    ws = wb.active
    ws.title = "事務事業評価"
    widths(ws, [10, 5, 30, 7, 9, 10, 10, 10, 11])
    last = "I"
    merge(
        ws,
        f"A1:{last}1",
        "令和７年度　事務事業評価シート（令和６年度実施事業）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, f"A2:{last}2", "作成日　令和7年7月18日", h="right")
    put(ws, "A4", "１　事業の概要", size=11, bold=True, wrap=False)
    fields = [
        ("事務事業名", "涸沼エコツーリズム推進事業"),
        ("担当課", "地域産業課　商工観光係"),
        ("関連計画", "ラムサール条約登録湿地ひぬまの会　事業計画（鉾田市・茨城町・大洗町）"),
        ("事業期間", "令和3年度～令和7年度"),
        ("事業費（R6決算）", "6,840千円（うち一般財源　3,420千円）"),
        (
            "事業の概要",
            "町の東端に位置する涸沼（面積935ha、湖岸延長約22km）は、淡水と海水が混じり合う汽水湖で、平成27年（2015年）5月28日にラムサール条約湿地に登録された。"
            "平成28年（2016年）1月13日には鉾田市・大洗町とともに「ラムサール条約登録湿地ひぬまの会」を設立している。"
            "本事業では、ヒヌマイトトンボやオオワシなどの自然観察とヤマトシジミ漁の見学を組み合わせたエコツアーを開催し、あわせて案内ガイドを養成する。"
            "町の面積は121.58km²、人口は29,892人（2024年10月1日推計）。",
        ),
    ]
    r = 5
    for key, val in fields:
        merge(ws, f"A{r}:B{r}", key, bold=True, box=True, shade=SHADE)
        merge(ws, f"C{r}:{last}{r}", val, box=True)
        ws.row_dimensions[r].height = 62 if key == "事業の概要" else 18
        r += 1
    r += 1
    put(ws, f"A{r}", "２　事業費の推移（単位：千円）", size=11, bold=True, wrap=False)
    r += 1
    merge(ws, f"A{r}:E{r}", "区分", bold=True, box=True, shade=SHADE, h="center")
    for col, text in zip("FGHI", ["R4決算", "R5決算", "R6決算", "R7予算"], strict=True):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=SHADE, h="center")
    r += 1
    for label, vals in (
        ("事業費", [5920, 6310, 6840, 7100]),
        ("うち一般財源", [2960, 3155, 3420, 3550]),
    ):
        merge(ws, f"A{r}:E{r}", label, box=True)
        for col, v in zip("FGHI", vals, strict=True):
            put(ws, f"{col}{r}", v, box=True, h="right")
        r += 1
    r += 1
    put(ws, f"A{r}", "３　指標の推移", size=11, bold=True, wrap=False)
    r += 1
    head = ["区分", "No.", "指標名", "単位", "目標・実績", "R4", "R5", "R6", "R7（最終）"]
    for col, text in zip("ABCDEFGHI", head, strict=True):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=SHADE, h="center")
    ws.row_dimensions[r].height = 20
    r += 1
    rows = [
        ("活動指標", 1, "エコツアーの開催回数", "回", [10, 12, 12, 15], [9, 12, 14]),
        ("活動指標", 2, "エコツアーガイド養成講座の修了者数", "人", [8, 8, 10, 10], [6, 9, 9]),
        ("成果指標", 3, "エコツアーの参加者数", "人", [300, 360, 400, 450], [268, 352, "412※"]),
        (
            "成果指標",
            4,
            "涸沼周辺の観光入込客数",
            "千人",
            [620.0, 640.0, 660.0, 680.0],
            [598.4, 633.1, "651.7※"],
        ),
        (
            "成果指標",
            5,
            "エコツアー参加者の満足度",
            "％",
            [85.0, "前年度以上", "前年度以上", 90.0],
            [86.2, 88.5, 87.9],
        ),
    ]
    kubun_start = {}
    for kubun, no, name, unit, targets, actuals in rows:
        kubun_start.setdefault(kubun, r)
        for col in "ABCD":
            boxed(ws, f"{col}{r}:{col}{r + 1}")
        put(ws, f"B{r}", no, box=True, h="center")
        put(ws, f"C{r}", name, box=True)
        put(ws, f"D{r}", unit, box=True, h="center")
        for col in "BCD":
            ws.merge_cells(f"{col}{r}:{col}{r + 1}")
        put(ws, f"E{r}", "目標", box=True, h="center")
        put(ws, f"E{r + 1}", "実績", box=True, h="center")
        for col, v in zip("FGHI", targets, strict=True):
            put(ws, f"{col}{r}", v, box=True, h="right")
        for i, col in enumerate("FGHI"):
            if i < len(actuals):
                put(ws, f"{col}{r + 1}", actuals[i], box=True, h="right")
            else:
                put(ws, f"{col}{r + 1}", None, box=True, shade=LIGHT)
        ws.row_dimensions[r].height = 18
        ws.row_dimensions[r + 1].height = 18
        r += 2
    end = r - 1
    starts = sorted(kubun_start.items(), key=lambda kv: kv[1])
    for i, (kubun, start) in enumerate(starts):
        stop = starts[i + 1][1] - 1 if i + 1 < len(starts) else end
        put(ws, f"A{start}", kubun, box=True, h="center")
        ws.merge_cells(f"A{start}:A{stop}")
    notes = [
        "※1　R6の実績のうち「※」を付した数値は速報値です（令和7年6月末時点）。確定値は次年度の評価シートで報告します。",
        "※2　No.5の「前年度以上」は、前年度の実績値を上回ることを目標とするものです。",
        "※3　No.4は涸沼自然公園及び広浦公園の入込客数の合計（年度）です。",
    ]
    for note in notes:
        merge(ws, f"A{r}:{last}{r}", note, size=8)
        r += 1
    r += 1
    put(ws, f"A{r}", "４　評価", size=11, bold=True, wrap=False)
    r += 1
    evals = [
        ("評価", "A（順調に成果が上がっている）"),
        ("今後の方向性", "拡充"),
        (
            "評価の理由",
            "ツアー参加者数は3年連続で増加し、令和6年度は事業開始以来最多となった。ガイド養成講座の修了者は目標に届かなかったため、令和7年度は講座の日程を見直す。",
        ),
    ]
    for key, val in evals:
        merge(ws, f"A{r}:B{r}", key, bold=True, box=True, shade=SHADE)
        merge(ws, f"C{r}:{last}{r}", val, box=True)
        ws.row_dimensions[r].height = 32 if key == "評価の理由" else 18
        r += 1
    page(ws, landscape=False)
    save(wb, HERE / "ibarakimachi_hinuma_eco_jimujigyo_r6.xlsx")


# ---------------------------------------------------------------- 熊谷市 (PDF source, portrait)
def build_kumagaya():
    wb = Workbook()
    ws = wb.active
    ws.title = "成果説明書"
    widths(ws, [5, 30, 7, 9, 9, 9, 9, 9, 12])
    last = "I"
    merge(
        ws,
        f"A1:{last}1",
        "令和６年度　主要な施策の成果に関する説明書",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, f"A2:{last}2", "令和7年9月　熊谷市", h="right")
    fields = [
        ("会計・款項目", "一般会計　4款 衛生費　1項 保健衛生費　5目 環境衛生費"),
        ("事業名", "「暑さ対策日本一」推進事業"),
        ("所管課", "環境部　環境政策課"),
        ("決算額", "18,640千円（予算現額　19,200千円、執行率　97.1％）"),
        (
            "事業の内容",
            "本市は平成19年（2007年）8月16日に40.9℃を、平成30年（2018年）7月23日には国内最高気温となる41.1℃を観測した。"
            "平成22年（2010年）10月に暑さ対策プロジェクトチームを設置し、平成23年度からまちなかオアシス事業などに取り組んでいる。"
            "本事業では、まちなかオアシスの設置、熱中症予防講習会の開催、「関東一の祇園」と称される熊谷うちわ祭などでの啓発を一体的に進める。"
            "市の面積は159.82km²、人口は190,734人（令和7年2月）。",
        ),
    ]
    r = 4
    for key, val in fields:
        merge(ws, f"A{r}:B{r}", key, bold=True, box=True, shade=SHADE)
        merge(ws, f"C{r}:{last}{r}", val, box=True)
        ws.row_dimensions[r].height = 62 if key == "事業の内容" else 18
        r += 1
    r += 1
    put(ws, f"A{r}", "１　事業の実績（活動指標）", size=11, bold=True, wrap=False)
    r += 1
    merge(ws, f"D{r}:E{r}", "令和4年度", bold=True, box=True, shade=SHADE, h="center")
    merge(ws, f"F{r}:G{r}", "令和5年度", bold=True, box=True, shade=SHADE, h="center")
    merge(ws, f"H{r}:I{r}", "令和6年度", bold=True, box=True, shade=SHADE, h="center")
    for col, text in zip("ABC", ["No.", "項目", "単位"], strict=True):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=SHADE, h="center")
    ws.row_dimensions[r].height = 20
    r += 1
    acts = [
        (1, "まちなかオアシスの設置箇所数", "ヵ所", [52, 55, 58]),
        (2, "熱中症予防講習会の受講者数", "人", ["延べ1,284", "延べ1,356", "延べ1,402"]),
    ]
    for no, name, unit, vals in acts:
        put(ws, f"A{r}", no, box=True, h="center")
        put(ws, f"B{r}", name, box=True)
        put(ws, f"C{r}", unit, box=True, h="center")
        for (a, b), v in zip(["DE", "FG", "HI"], vals, strict=True):
            merge(ws, f"{a}{r}:{b}{r}", v, box=True, h="right")
        ws.row_dimensions[r].height = 20
        r += 1
    r += 1
    put(ws, f"A{r}", "２　成果指標", size=11, bold=True, wrap=False)
    r += 1
    for col, text in zip("ABC", ["No.", "指標名", "単位"], strict=True):
        merge(ws, f"{col}{r}:{col}{r + 1}", text, bold=True, box=True, shade=SHADE, h="center")
    merge(ws, f"D{r}:E{r}", "令和5年度", bold=True, box=True, shade=SHADE, h="center")
    merge(ws, f"F{r}:H{r}", "令和6年度", bold=True, box=True, shade=SHADE, h="center")
    merge(
        ws,
        f"I{r}:I{r + 1}",
        "最終目標\n（令和7年度）",
        bold=True,
        box=True,
        shade=SHADE,
        h="center",
    )
    for col, text in zip("DEFGH", ["目標", "実績", "目標", "実績", "達成率"], strict=True):
        put(ws, f"{col}{r + 1}", text, bold=True, box=True, shade=SHADE, h="center")
    ws.row_dimensions[r].height = 18
    ws.row_dimensions[r + 1].height = 18
    r += 2
    outs = [
        (
            3,
            "熱中症予防の行動をとっている市民の割合",
            "％",
            [80.0, 78.6, 82.0, 83.1, "101.3%", 85.0],
        ),
        (4, "暑さ対策関連イベントの参加者数", "千人", [12.0, 11.4, 13.0, 13.8, "106.2%", 15.0]),
        (5, "暑さ対策情報ページの閲覧数", "千件", ["―", 248.3, 260.0, 251.7, "96.8%", 280.0]),
    ]
    for no, name, unit, vals in outs:
        put(ws, f"A{r}", no, box=True, h="center")
        put(ws, f"B{r}", name, box=True)
        put(ws, f"C{r}", unit, box=True, h="center")
        for col, v in zip("DEFGHI", vals, strict=True):
            put(ws, f"{col}{r}", v, box=True, h="center" if v == "―" else "right")
        ws.row_dimensions[r].height = 30
        r += 1
    notes = [
        "※1　No.4は暦年（1月～12月）の参加者数です（熊谷うちわ祭の期間中に設ける暑さ対策ブースの来場者を含みます）。",
        "※2　No.5は令和5年度に閲覧数の集計方法を変更したため、令和5年度の目標値は設定していません。",
        "※3　達成率＝令和6年度実績÷令和6年度目標×100",
    ]
    for note in notes:
        merge(ws, f"A{r}:{last}{r}", note, size=8)
        r += 1
    r += 1
    put(ws, f"A{r}", "３　決算の内訳（単位：千円）", size=11, bold=True, wrap=False)
    r += 1
    merge(ws, f"A{r}:C{r}", "区分", bold=True, box=True, shade=SHADE, h="center")
    merge(ws, f"D{r}:E{r}", "予算現額", bold=True, box=True, shade=SHADE, h="center")
    merge(ws, f"F{r}:G{r}", "決算額", bold=True, box=True, shade=SHADE, h="center")
    merge(ws, f"H{r}:I{r}", "主な内容", bold=True, box=True, shade=SHADE, h="center")
    r += 1
    money = [
        ("報償費", 1250, 1180, "講習会講師謝礼"),
        ("需用費", 6820, 6712, "啓発物品、消耗品"),
        ("委託料", 8400, 8320, "まちなかオアシス運営"),
        ("負担金", 2730, 2428, "クールシェア推進"),
        ("合計", 19200, 18640, ""),
    ]
    for label, budget, spent, what in money:
        merge(ws, f"A{r}:C{r}", label, box=True)
        merge(ws, f"D{r}:E{r}", budget, box=True, h="right")
        merge(ws, f"F{r}:G{r}", spent, box=True, h="right")
        merge(ws, f"H{r}:I{r}", what, box=True)
        r += 1
    r += 1
    put(ws, f"A{r}", "４　評価", size=11, bold=True, wrap=False)
    r += 1
    for key, val in (("成果の評価", "B（概ね順調）"), ("今後の方向性", "拡充")):
        merge(ws, f"A{r}:B{r}", key, bold=True, box=True, shade=SHADE)
        merge(ws, f"C{r}:{last}{r}", val, box=True)
        r += 1
    page(ws, landscape=False)
    save(wb, SRC / "kumagaya_atsusa_shuyo_seika_r6.xlsx")


# ---------------------------------------------------------------- 富士見町 (HTML)
FUJIMI = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>第2期富士見町まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の検証結果（令和５年度） - 富士見町</title>
</head>
<body>
<nav aria-label="パンくずリスト"><ol>
<li><a href="/">トップページ</a></li>
<li><a href="/soshiki/">組織でさがす</a></li>
<li><a href="/soshiki/somu/">総務課</a></li>
<li>第2期富士見町まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の検証結果（令和５年度）</li>
</ol></nav>
<main>
<h1>第2期富士見町まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の検証結果（令和５年度）</h1>
<p class="date">更新日：2024年10月1日　担当：総務課 企画統計係</p>
<p>富士見町は八ヶ岳と入笠山に挟まれた標高900～1,400メートルの高原に位置し、面積は144.76km²です。昭和30年（1955年）4月1日に富士見村・本郷村・境村・落合村の4村が合併して誕生しました。人口は14,084人（令和2年国勢調査）です。</p>
<p>町では平成26年（2014年）に「富士見町テレワークタウン計画」を始め、標高約1,000メートルのシェアオフィス「富士見 森のオフィス」を拠点に、移住や二地域居住を進めています。このページでは、総合戦略の「人口減少に歯止めをかけるために」の3つの基本方針について、KPIの状況をお知らせします。</p>
<dl>
<dt>計画の名称</dt><dd>第2期富士見町まち・ひと・しごと創生総合戦略</dd>
<dt>計画期間</dt><dd>令和2年度～令和6年度（5年間）</dd>
<dt>担当課</dt><dd>総務課 企画統計係</dd>
</dl>
<h2>戦略の基本方針ごとのKPIの状況</h2>
<p>達成状況の見方　◎：目標値を達成　○：基準値から改善（目標値は未達成）　×：基準値から悪化　―：判定できないもの</p>
<p>※「（見込）」を付した数値は、令和6年9月末時点の見込値です。2年に1度行う町民意識調査による指標は、調査を行わない年度を「―（隔年調査）」としています。</p>
<table border="1">
<thead>
<tr><th rowspan="2">No.</th><th rowspan="2">重要業績評価指標（KPI）</th><th rowspan="2">単位</th><th rowspan="2">基準値<br>（2018年度）</th><th colspan="3">実績値</th><th rowspan="2">目標値<br>（2024年度）</th><th rowspan="2">達成状況</th></tr>
<tr><th>2021年度</th><th>2022年度</th><th>2023年度</th></tr>
</thead>
<tbody>
<tr><th colspan="9" scope="rowgroup">（1）若者が住みはじめたいまちをつくります</th></tr>
<tr><td>①</td><th scope="row">移住相談件数</th><td>件</td><td>84</td><td>132</td><td>156</td><td>171</td><td>200</td><td>○</td></tr>
<tr><td>②</td><th scope="row">「住み続けたい」と答えた20～39歳の町民の割合</th><td>％</td><td>61.2</td><td>―（隔年調査）</td><td>63.5</td><td>―（隔年調査）</td><td>70.0以上</td><td>○</td></tr>
<tr><th colspan="9" scope="rowgroup">（2）地域資源を活用し、働く場の創出を進めます</th></tr>
<tr><td>③</td><th scope="row">「富士見 森のオフィス」の会員登録者数（累計）</th><td>人</td><td>620</td><td>895</td><td>1,010</td><td>1,134</td><td>1,200</td><td>○</td></tr>
<tr><td>④</td><th scope="row">新規就農者数</th><td>人</td><td>6</td><td>9</td><td>7</td><td>11</td><td>10</td><td>◎</td></tr>
<tr><th colspan="9" scope="rowgroup">（3）地域の魅力を活かし、関係人口を増加させ、地域のファンをつくります</th></tr>
<tr><td>⑤</td><th scope="row">観光地利用者数</th><td>千人</td><td>1,012.6</td><td>868.3</td><td>981.5</td><td>1,052.4（見込）</td><td>1,100.0</td><td>○</td></tr>
</tbody>
</table>
<p>※目標値は計画期間の最終年度（令和6年度）の値です。達成状況は令和5年度の実績（見込値を含む）と目標値を比べたものです。</p>
</main>
<footer><p>富士見町役場　総務課 企画統計係</p></footer>
</body>
</html>
"""


def build_fujimi():
    (HERE / "fujimi_sousei2_kpi_kensho_r5.html").write_bytes(FUJIMI.encode("utf-8"))


# ---------------------------------------------------------------- 習志野市 (CSV, long format)
G1 = "基本目標1　地域の経済を活性化し、安心して働けるようにする"
G2 = "基本目標2　習志野への新しいひとの流れをつくる"
G3 = "基本目標3　若い世代の結婚・出産・子育ての希望をかなえる"
K1 = [G1, "1", "創業支援による創業者数", "人"]
K2 = [G2, "2", "谷津干潟自然観察センターの入館者数", "千人"]
K3 = [G2, "3", "社会増減数（転入者数－転出者数）", "人"]
K4 = [G3, "4", "保育所等の待機児童数", "人"]
NARASHINO_HEAD = [
    [
        "タイトル",
        "習志野市まち・ひと・しごと創生総合戦略（第2期）重要業績評価指標（KPI）の実績データ（令和6年度）",
    ],
    ["公表日", "2025-09-30"],
    ["担当課", "企画政策部　総合政策課"],
    ["計画期間", "令和2年度～令和6年度（5年間）"],
    [
        "市の概要",
        "昭和29年（1954年）8月1日に市制を施行。面積20.97平方キロメートル。平成5年（1993年）6月10日にラムサール条約湿地に登録された谷津干潟（約40ヘクタール）を有し、平成6年（1994年）には谷津干潟自然観察センターが開館した。人口ビジョンでは、2041年（令和23年）に人口16万4千人以上を目指している。",
    ],
    [
        "注記",
        "縦持ち形式（1行に1つの値）です。「年度」は西暦の年度（4月～翌年3月）を表します。「数値」の「-」は値を把握していないことを、数値の前の「-」は負の数（マイナス）を表します。区分「実績値（見込）」は令和7年8月末時点の見込値です。",
    ],
    [],
    ["基本目標", "KPI番号", "KPI名", "単位", "区分", "年度", "数値", "備考"],
]
NARASHINO_ROWS = [
    (K1, "基準値", "2019", "38", ""),
    (K1, "実績値", "2020", "41", ""),
    (K1, "実績値", "2021", "47", ""),
    (K1, "実績値", "2022", "52", ""),
    (K1, "実績値", "2023", "49", ""),
    (K1, "目標値", "2024", "50", ""),
    (K1, "実績値（見込）", "2024", "55", ""),
    (K2, "基準値", "2019", "58.6", ""),
    (K2, "実績値", "2020", "-", "臨時休館の期間があったため集計していない"),
    (K2, "実績値", "2021", "41.2", ""),
    (K2, "目標値", "2022", "55.0", "中間目標"),
    (K2, "実績値", "2022", "52.7", ""),
    (K2, "実績値", "2023", "60.3", ""),
    (K2, "目標値", "2024", "62.0", ""),
    (K2, "実績値", "2024", "57.9", ""),
    (K3, "基準値", "2019", "1182", ""),
    (K3, "実績値", "2020", "412", ""),
    (K3, "実績値", "2021", "-35", ""),
    (K3, "実績値", "2022", "-128", ""),
    (K3, "実績値", "2023", "206", ""),
    (K3, "目標値", "2024", "200", ""),
    (K3, "実績値", "2024", "-57", ""),
    (K4, "基準値", "2019", "82", ""),
    (K4, "実績値", "2020", "29", ""),
    (K4, "実績値", "2021", "10", ""),
    (K4, "実績値", "2022", "0", ""),
    (K4, "実績値", "2023", "0", ""),
    (K4, "目標値", "2024", "0", ""),
    (K4, "実績値", "2024", "0", ""),
]


def csv_cell(text):
    if any(ch in text for ch in ',"\r\n'):
        return '"' + text.replace('"', '""') + '"'
    return text


def build_narashino():
    lines = [",".join(csv_cell(c) for c in row) for row in NARASHINO_HEAD]
    for kpi, kubun, year, value, note in NARASHINO_ROWS:
        lines.append(",".join(csv_cell(c) for c in [*kpi, kubun, year, value, note]))
    text = "\ufeff" + "\r\n".join(lines) + "\r\n"
    (HERE / "narashino_sousei2_kpi_tatemochi_r6.csv").write_bytes(text.encode("utf-8"))


def to_pdf():
    for name in PDFS:
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
    build_ibarakimachi()
    build_kumagaya()
    build_fujimi()
    build_narashino()
    if "--no-pdf" not in sys.argv:
        to_pdf()


if __name__ == "__main__":
    main()
