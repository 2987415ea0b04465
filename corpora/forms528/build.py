"""Build forms528: four KPI documents of 高野町, 松阪市, 舞鶴市 and 長浜市.

Writes `koya_inbound_jimujigyo_r5.xlsx` (the workbook is the document), `matsusaka_gosho_kofukin_kensho_r5.html`,
`nagahama_sogo_seika_shinchoku_r5.csv` and the XLSX source `source/maizuru_hikiage_shuyo_seika_r5.xlsx`, which
LibreOffice turns into the PDF of the same name.
Run `/work/venv/bin/python build.py` (`--no-pdf` skips LibreOffice). XLSX, HTML and CSV are byte-stable.
"""
# ruff: noqa: E501

import csv
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
STAMP = (2024, 8, 23, 9, 0, 0)
STAMP_ISO = b"2024-08-23T09:00:00Z"
PDFS = ["maizuru_hikiage_shuyo_seika_r5"]
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
    wb.properties.creator = "forms528"
    wb.properties.lastModifiedBy = "forms528"
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


def notes(ws, r, texts, span, first="A"):
    for text in texts:
        merge(ws, f"{first}{r}:{span}{r}", text, size=8)
        ws.row_dimensions[r].height = 14 if len(text) < 80 else 24
        r += 1
    return r


# ---------------------------------------------------------------- 高野町 (XLSX document)
PCT = "0.0%"
# (区分, No., 指標名, 単位, 基準値（R元）, 目標 R3..R7, 実績 R3..R6（見込）, 達成率 R3..R6（見込）)
KOYA_INDICATORS = [
    (
        "活動指標",
        1,
        "外国語ガイド付き町石道ウォークの開催回数",
        "回",
        12,
        [12, 18, 24, 24, 30],
        ["中止", 16, 26, 24],
        ["―", 0.889, 1.083, 1.0],
    ),
    (
        "活動指標",
        2,
        "外国語版観光パンフレットの配布部数",
        "千部",
        42.0,
        [15.0, 20.0, 35.0, 40.0, 45.0],
        [6.8, 18.2, 37.5, 41.0],
        [0.453, 0.91, 1.071, 1.025],
    ),
    (
        "成果指標",
        3,
        "高野山観光情報センター「1.KOYA」の来館者数",
        "千人",
        92.4,
        [50.0, 60.0, 80.0, 90.0, 95.0],
        [41.3, 58.6, 84.7, 88.0],
        [0.826, 0.977, 1.059, 0.978],
    ),
    (
        "成果指標",
        4,
        "外国人宿泊客数",
        "千人",
        109.0,
        [10.0, 20.0, 60.0, 90.0, 110.0],
        [0.6, 8.9, 71.4, 96.0],
        [0.06, 0.445, 1.19, 1.067],
    ),
    (
        "成果指標",
        5,
        "町石道ウォーク参加者の満足度",
        "％",
        85.0,
        [90.0, 90.0, 90.0, 90.0, 90.0],
        ["―", 92.3, 88.6, None],
        ["―", 1.026, 0.984, None],
    ),
]


def build_koya():
    wb = Workbook()
    ws = wb.active
    ws.title = "事務事業評価"
    widths(
        ws,
        {
            "A": 8,
            "B": 4,
            "C": 24,
            "D": 6,
            "E": 7,
            "F": 9,
            "G": 8,
            "H": 8,
            "I": 8,
            "J": 9,
            "K": 9,
        },
    )
    merge(
        ws,
        "A1:K1",
        "令和６年度　事務事業評価シート（令和５年度実施事業）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:K2", "作成日　令和6年8月23日", h="right")
    put(ws, "A4", "１　事業の概要", size=11, bold=True, wrap=False)
    rows = [
        ("事務事業名", "世界遺産高野山インバウンド受入環境整備事業"),
        ("担当課", "観光振興課"),
        ("関連計画", "地域再生計画「高野町まち・ひと・しごと創生推進計画」"),
        ("事業期間", "令和3年度～令和7年度"),
        ("事業費（R5決算）", "12,860千円（うち県補助金　4,000千円）"),
        (
            "事業の概要",
            "本町は面積137.03km²で、総面積の90%以上を山林が占め、19の地区が山あいに点在する。弘仁7年（816年）に弘法大師空海が開いた高野山を中心とする町で、"
            "平成16年（2004年）7月7日に「紀伊山地の霊場と参詣道」として世界遺産に登録された。2019年の外国人宿泊客数は108,993人に達したが、新型コロナウイルス感染症の影響で大きく落ち込んだ。"
            "本事業では、平成30年（2018年）に開設した高野山観光情報センター「1.KOYA」を拠点に外国語での観光案内を行うとともに、慈尊院から根本大塔まで約22km、"
            "1町（約109m）ごとに180基の町石が立つ町石道で外国語ガイド付きのウォークを実施し、外国人観光客の受入環境を整える。",
        ),
    ]
    r = form_rows(ws, 5, rows, ("A", "C"), ("D", "K"), tall={"事業の概要": 74})
    r += 1
    put(ws, f"A{r}", "２　指標の推移", size=11, bold=True, wrap=False)
    r += 1
    head = [
        "区分",
        "No.",
        "指標名",
        "単位",
        "項目",
        "基準値（R元）",
        "R3",
        "R4",
        "R5",
        "R6（見込）",
        "R7（最終）",
    ]
    for i, text in enumerate(head):
        put(ws, f"{COLS[i]}{r}", text, bold=True, box=True, shade=SHADE, h="center")
    ws.row_dimensions[r].height = 26
    r += 1
    block_start = {}
    for kubun, no, name, unit, base, targets, actuals, rates in KOYA_INDICATORS:
        top = r
        block_start.setdefault(kubun, top)
        merge(ws, f"B{top}:B{top + 2}", no, box=True, h="center")
        merge(ws, f"C{top}:C{top + 2}", name, box=True)
        merge(ws, f"D{top}:D{top + 1}", unit, box=True, h="center")
        put(ws, f"D{top + 2}", "％", box=True, h="center")
        for k, item in enumerate(["目標", "実績", "達成率"]):
            put(ws, f"E{top + k}", item, box=True, h="center", shade=LIGHT if k == 2 else None)
        fmt = "#,##0.0" if isinstance(base, float) else "#,##0"
        merge(ws, f"F{top}:F{top + 2}", base, box=True, h="right", fmt=fmt)
        for i, v in enumerate(targets):
            put(ws, f"{'GHIJK'[i]}{top}", v, box=True, h="right", fmt=fmt)
        for i in range(5):
            v = actuals[i] if i < len(actuals) else None
            c = put(
                ws,
                f"{'GHIJK'[i]}{top + 1}",
                v,
                box=True,
                h="center" if isinstance(v, str) else "right",
                fmt=fmt if not isinstance(v, str) else None,
            )
            if i == 4:
                c.fill = SHADE
        for i in range(5):
            v = rates[i] if i < len(rates) else None
            c = put(
                ws,
                f"{'GHIJK'[i]}{top + 2}",
                v,
                box=True,
                h="center" if isinstance(v, str) else "right",
                fmt=PCT if not isinstance(v, str) else None,
                shade=LIGHT,
            )
            if i == 4:
                c.fill = SHADE
        for k in range(3):
            ws.row_dimensions[top + k].height = 16
        r += 3
    merge(
        ws,
        f"A{block_start['活動指標']}:A{block_start['成果指標'] - 1}",
        "活動指標",
        box=True,
        h="center",
    )
    merge(ws, f"A{block_start['成果指標']}:A{r - 1}", "成果指標", box=True, h="center")
    r = notes(
        ws,
        r,
        [
            "※1　R6（見込）の「実績」欄は令和6年7月末時点の見込値。「目標」欄は計画の目標値。達成率＝実績÷目標。",
            "※2　No.4は暦年（1月～12月）の値（基準値は2019年の108,993人）。",
            "※3　No.1の令和3年度は新型コロナウイルス感染症の影響により中止。No.5は参加者アンケートによる（令和3年度は未実施）。年度末に集計するため、令和6年度の見込値はない。",
        ],
        "K",
    )
    r += 1
    put(ws, f"A{r}", "３　評価", size=11, bold=True, wrap=False)
    r += 1
    r = form_rows(
        ws,
        r,
        [
            (
                "事業の評価",
                "B（概ね効果があった）　外国人宿泊客数は令和5年に目標を上回り、コロナ禍前の水準に近づいた。",
            ),
            ("今後の方向性", "継続（令和7年の大阪・関西万博開催を見据え、受入環境の整備を進める）"),
        ],
        ("A", "C"),
        ("D", "K"),
        tall={"事業の評価": 28},
    )
    page(ws, landscape=False)
    save(wb, HERE / "koya_inbound_jimujigyo_r5.xlsx")


# ---------------------------------------------------------------- 舞鶴市 (PDF source, landscape)
def build_maizuru():
    wb = Workbook()
    ws = wb.active
    ws.title = "主要施策"
    widths(
        ws,
        {
            "A": 11,
            "B": 13,
            "C": 13,
            "D": 9,
            "E": 9,
            "F": 9,
            "G": 2,
            "H": 5,
            "I": 30,
            "J": 6,
            "K": 10,
            "L": 9,
            "M": 9,
            "N": 9,
            "O": 7,
            "P": 9,
        },
    )
    merge(ws, "A1:P1", "令和５年度　主要な施策の成果説明書（抜粋）", size=14, bold=True, h="center")
    merge(ws, "A2:P2", "令和6年9月　舞鶴市", h="right")
    rows = [
        ("事業名", "引揚記念館平和発信・史実継承事業"),
        ("所管課", "産業振興部　引揚記念館"),
        ("会計区分", "一般会計　商工費"),
        ("決算額", "令和5年度　38,420千円（うち国庫補助金　6,000千円）"),
        (
            "事業の内容",
            "昭和20年（1945年）10月7日に引揚第1船「雲仙丸」が入港して以来、舞鶴港は13年間にわたり約66万人の引揚者と1万6千柱の遺骨を迎えた。"
            "引揚記念館は昭和63年（1988年）4月に開館し、開館3年後の平成3年度には20万1,425人が入館した。平成24年（2012年）から市の直営施設となり、"
            "平成27年（2015年）には収蔵資料（約16,000点）のうち570点がユネスコ世界記憶遺産に登録された。平成29年度（2017年度）に誕生した学生語り部とともに、"
            "平成30年（2018年）に条例で定めた10月7日「舞鶴引き揚げの日」を中心に、引き揚げの史実と平和の尊さを次世代へ伝える。",
        ),
    ]
    r = form_rows(ws, 4, rows, ("A", "B"), ("C", "P"), tall={"事業の内容": 50})
    r += 1
    put(ws, f"A{r}", "（１）事業の実績", size=11, bold=True, wrap=False)
    put(ws, f"H{r}", "（２）成果指標", size=11, bold=True, wrap=False)
    merge(
        ws,
        f"K{r}:P{r}",
        "達成度　A：目標を達成　B：目標の90％以上　C：目標の90％未満",
        size=8,
        h="right",
    )
    r += 1
    # the left grid is read years down: one column per item, one row per year
    put(ws, f"A{r}", "年度（実績）", bold=True, box=True, shade=SHADE, h="center")
    merge(
        ws,
        f"B{r}:C{r}",
        "ア　語り部による館内案内・講話の実施回数（回）",
        bold=True,
        box=True,
        shade=SHADE,
        h="center",
    )
    merge(
        ws,
        f"D{r}:F{r}",
        "イ　平和学習で来館した学校数（校）",
        bold=True,
        box=True,
        shade=SHADE,
        h="center",
    )
    right_head = [
        "No.",
        "成果指標",
        "単位",
        "基準値（R元）",
        "4年度実績",
        "5年度目標",
        "5年度実績",
        "達成度",
        "7年度目標",
    ]
    for i, text in enumerate(right_head):
        put(ws, f"{'HIJKLMNOP'[i]}{r}", text, bold=True, box=True, shade=SHADE, h="center")
    ws.row_dimensions[r].height = 30
    r += 1
    left = [
        ("3年度", 312, "延べ38"),
        ("4年度", 486, "延べ61"),
        ("5年度", 598, "延べ84"),
    ]
    right = [
        ("①", "引揚記念館の入館者数", "千人", 102.5, 78.6, 95.0, 98.2, "A", 110.0),
        ("②", "学生語り部の登録者数", "人", 24, 38, 40, 42, "A", 50),
        (
            "③",
            "来館者アンケートで「平和の尊さを実感した」と答えた人の割合",
            "％",
            93.8,
            95.1,
            96.0,
            94.7,
            "B",
            97.0,
        ),
    ]
    for (year, a, b), rrow in zip(left, right, strict=True):
        put(ws, f"A{r}", year, box=True, h="center")
        merge(ws, f"B{r}:C{r}", a, box=True, h="right")
        merge(ws, f"D{r}:F{r}", b, box=True, h="right")
        for i, v in enumerate(rrow):
            h = "left" if i == 1 else ("center" if i in (0, 2, 7) else "right")
            put(ws, f"{'HIJKLMNOP'[i]}{r}", v, box=True, h=h)
        ws.row_dimensions[r].height = 30
        r += 1
    r = notes(
        ws,
        r,
        [
            "※1　（１）イは同一校の複数回の来館を含む延べ数。",
            "※2　（２）①の令和5年度実績には、12月から翌1月の企画展「世界記憶遺産登録資料展」期間の入館者を含む。③は来館者アンケート（年2回）による。",
            "※3　達成度は令和5年度の目標と実績を比べたもの。",
        ],
        "P",
    )
    r += 1
    put(ws, f"A{r}", "（３）事業の評価と今後の方向性", size=11, bold=True, wrap=False)
    r += 1
    merge(
        ws,
        f"A{r}:P{r}",
        "入館者数は令和5年度に目標を上回り、コロナ禍前の水準に近づいた。令和7年（2025年）は戦後・海外引揚開始80年、ユネスコ世界記憶遺産登録10周年の節目に当たるため、"
        "学生語り部による館外での発信と教育旅行の誘致を強化する。",
        box=True,
    )
    ws.row_dimensions[r].height = 30
    page(ws, landscape=True)
    save(wb, SRC / "maizuru_hikiage_shuyo_seika_r5.xlsx")


# ---------------------------------------------------------------- 松阪市 (HTML)
MATSUSAKA = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>デジタル田園都市国家構想交付金（地方創生推進タイプ）事業の効果検証（令和５年度） | 松阪市</title>
</head>
<body>
<nav aria-label="パンくずリスト"><ol>
<li><a href="/">トップページ</a></li>
<li><a href="/soshiki/">組織でさがす</a></li>
<li><a href="/soshiki/kanko/">観光交流課</a></li>
<li>デジタル田園都市国家構想交付金（地方創生推進タイプ）事業の効果検証（令和５年度）</li>
</ol></nav>
<main>
<h1>デジタル田園都市国家構想交付金（地方創生推進タイプ）事業の効果検証（令和５年度）</h1>
<p class="date">更新日：2024年10月31日　担当：観光交流課</p>
<p>松阪市は、平成17年（2005年）1月1日に松阪市・嬉野町・三雲町・飯南町・飯高町の1市4町が合併して誕生しました。面積は623.58km²、人口は153,226人（2024年10月1日推計）です。</p>
<p>平成31年（2019年）4月5日、三井家発祥の地に「豪商のまち松阪観光交流センター」が開館しました（延べ床面積434㎡、開館時の見込みは年間4万人）。センターを発着点に、旧長谷川治郎兵衛家、旧小津清左衛門家、原田二郎旧宅などをめぐるまち歩きを進めています。</p>
<dl>
<dt>交付対象事業の名称</dt><dd>「豪商のまち松阪」まちなか観光交流推進事業</dd>
<dt>地域再生計画の名称</dt><dd>松阪市まちなか観光交流拠点活性化計画</dd>
<dt>事業実施期間</dt><dd>令和4年度～令和6年度（3か年）</dd>
<dt>交付対象事業費</dt><dd>令和5年度　16,800千円（うち交付金　8,400千円）</dd>
<dt>担当課</dt><dd>観光交流課</dd>
</dl>
<h2>重要業績評価指標（KPI）の目標と実績</h2>
<p>各年度の目標値と実績値です。2024年度の実績は、2025年度に検証して公表します。</p>
<table border="1">
<caption>（単位：千人。ただし、KPI名の末尾に単位を記載したものはその単位）</caption>
<thead>
<tr><th rowspan="2">KPI</th><th rowspan="2">事業開始前<br>（2021年度末）</th><th colspan="2">2022年度</th><th colspan="2">2023年度</th><th colspan="2">2024年度</th><th rowspan="2">達成状況<br>（2023年度）</th></tr>
<tr><th>目標</th><th>実績</th><th>目標</th><th>実績</th><th>目標</th><th>実績</th></tr>
</thead>
<tbody>
<tr><th scope="row">①豪商のまち松阪観光交流センターの来館者数</th><td>38.6</td><td>40.0</td><td>41.2</td><td>45.0</td><td>47.9</td><td>50.0</td><td></td><td>達成</td></tr>
<tr><th scope="row">②旧長谷川治郎兵衛家・旧小津清左衛門家の入館者数</th><td>21.4</td><td>25.0</td><td>23.8</td><td>28.0</td><td>26.1</td><td>30.0</td><td></td><td>未達成</td></tr>
<tr><th scope="row">③まちなか周遊ガイドツアーの参加者数（人）</th><td>620</td><td>700</td><td>845</td><td>900</td><td>1,012</td><td>1,100</td><td></td><td>達成</td></tr>
<tr><th scope="row">④観光交流センターにおける松阪もめん関連商品の売上額（千円）</th><td>4,820</td><td>5,200</td><td>5,034</td><td>5,600</td><td>5,418</td><td>6,000</td><td></td><td>未達成</td></tr>
<tr><th scope="row">⑤まち歩き来訪者のうち「また訪れたい」と答えた人の割合（％）</th><td>―</td><td>80.0</td><td>82.4</td><td>82.0</td><td>84.1</td><td>85.0</td><td></td><td>達成</td></tr>
</tbody>
</table>
<p>※⑤は令和4年度から来訪者アンケートを実施しているため、事業開始前の値はありません。</p>
<h2>事業の評価</h2>
<dl>
<dt>評価</dt><dd>地方創生に相当程度効果があった</dd>
<dt>今後の方針</dt><dd>事業の継続</dd>
</dl>
<p>外部有識者会議（令和6年8月）では、来館者数が開館時の見込みである年間4万人を上回ったことが評価された一方、旧家2館への回遊を高める工夫が必要との意見があった。</p>
</main>
<footer><p>松阪市役所　産業文化部　観光交流課</p></footer>
</body>
</html>
"""


def build_matsusaka():
    (HERE / "matsusaka_gosho_kofukin_kensho_r5.html").write_text(MATSUSAKA, encoding="utf-8")


# ---------------------------------------------------------------- 長浜市 (CSV)
NAGAHAMA_ROWS = [
    ["タイトル", "長浜市総合計画 実施計画 成果指標の進捗状況（令和5年度実績）"],
    ["公表日", "令和6年10月31日"],
    ["担当課", "総合政策部　企画課"],
    ["計画期間", "基本構想　平成29年度～平成38年度（10年間）"],
    ["めざすまちの姿", "新たな感性を生かし みんなで未来を創るまち 長浜"],
    [
        "市の概要",
        "面積681.02平方キロメートル（琵琶湖を含む）、可住地面積165.76平方キロメートル（約30.7%）。人口113,636人、世帯数42,570世帯（令和2年国勢調査）。"
        "京都市や名古屋市からおおよそ60キロメートル、大阪市からおおよそ100キロメートルの圏域にある。長浜曳山まつりは平成28年（2016年）にユネスコ無形文化遺産に登録された。",
    ],
    [
        "注記",
        "年度は令和の年度。目標値（H38）は計画策定時の表記のままとしており、令和8年度に当たる。施策・施策名・担当課が空欄の行は、上の行と同じ施策の指標。",
    ],
    [],
    ["■政策4　にぎわいと交流を生むまちづくり（観光・文化）"],
    [
        "施策",
        "施策名",
        "担当課",
        "No.",
        "成果指標",
        "単位",
        "基準値（H28）",
        "R2実績",
        "R3実績",
        "R4実績",
        "R5目標",
        "R5実績",
        "達成状況（R5）",
        "目標値（H38）",
    ],
    [
        "4-1",
        "観光の振興",
        "観光振興課",
        "1",
        "観光入込客数",
        "千人",
        "6,810.5",
        "4,012.3",
        "4,460.8",
        "5,674.2",
        "6,500.0",
        "6,388.1",
        "未達成",
        "7,200.0",
    ],
    [
        "",
        "",
        "",
        "2",
        "黒壁スクエア周辺の歩行者通行量（休日）",
        "人/日",
        "8,420",
        "3,960",
        "4,875",
        "6,312",
        "7,000",
        "7,214",
        "達成",
        "9,000",
    ],
    [
        "",
        "",
        "",
        "3",
        "市内宿泊施設の外国人延べ宿泊者数",
        "人泊",
        "18,450（H29）",
        "1,120",
        "640",
        "9,860",
        "15,000",
        "21,730",
        "達成",
        "25,000",
    ],
    [
        "4-2",
        "歴史・文化の継承と活用",
        "文化財保護課",
        "4",
        "長浜曳山まつりの観覧者数",
        "千人",
        "182.0",
        "中止",
        "48.5",
        "96.0",
        "150.0",
        "162.3",
        "達成",
        "200.0",
    ],
    [
        "",
        "",
        "",
        "5",
        "長浜城歴史博物館の入館者数",
        "人",
        "98,640",
        "31,250",
        "42,780",
        "61,905",
        "80,000",
        "74,316",
        "未達成",
        "100,000",
    ],
    [],
    ["注記", "No.3は平成29年度から調査を開始したため、基準値は平成29年度の値。"],
    [
        "注記",
        "No.4の令和2年度は、新型コロナウイルス感染症拡大防止のため長浜曳山まつりが中止となった。",
    ],
]


def build_nagahama():
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    for row in NAGAHAMA_ROWS:
        writer.writerow(row)
    (HERE / "nagahama_sogo_seika_shinchoku_r5.csv").write_bytes(buf.getvalue().encode("utf-8"))


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
    build_koya()
    build_maizuru()
    build_matsusaka()
    build_nagahama()
    if "--no-pdf" not in sys.argv:
        to_pdf()


if __name__ == "__main__":
    main()
