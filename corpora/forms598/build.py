"""Build forms598: four KPI documents of 平川市, 弟子屈町, 飯舘村 and 住田町.

Writes `hirakawa_neputa_jimujigyo_r5.html`, `teshikaga_kawayu_kofukin_kensho_r5.csv`,
`sumita_kaso_seika_shihyo_r5.xlsx` (the workbook is the document) and the XLSX source
`source/iitate_shuyo_seika_r5.xlsx`, which LibreOffice turns into `iitate_shuyo_seika_r5.pdf`.
Run `/work/venv/bin/python build.py` (`--no-pdf` skips LibreOffice). Every file is byte-stable:
the zip entries' dates and the core properties are fixed, and the PDF's creation date,
document ID and checksum are pinned after LibreOffice.
"""
# ruff: noqa: E501

import datetime
import io
import re
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = Path(__file__).resolve().parent
SRC = HERE / "source"
FONT = "IPAGothic"
THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
SHADE = PatternFill("solid", fgColor="D9D9D9")
BAND = PatternFill("solid", fgColor="E2EFDA")
STAMP = datetime.datetime(2024, 10, 31, 9, 0, 0)


# ---------------------------------------------------------------- workbook helpers
def font(size=9, bold=False):
    return Font(name=FONT, size=size, bold=bold)


def put(ws, ref, value, size=9, bold=False, box=False, fill=None, h="left", wrap=True, fmt=None):
    cell = ws[ref]
    cell.value = value
    cell.font = font(size, bold)
    cell.alignment = Alignment(horizontal=h, vertical="center", wrap_text=wrap)
    if box:
        cell.border = BOX
    if fill is not None:
        cell.fill = fill
    if fmt:
        cell.number_format = fmt
    return cell


def boxed(ws, rng, fill=None):
    for row in ws[rng]:
        for cell in row:
            cell.border = BOX
            if fill is not None:
                cell.fill = fill


def merge(ws, rng, value, **kw):
    first = rng.split(":")[0]
    put(ws, first, value, **kw)
    ws.merge_cells(rng)
    if kw.get("box"):
        boxed(ws, rng, kw.get("fill"))


def num(ws, ref, value, fmt, h="right", fill=None):
    """A value cell: numbers stored as numbers with the given format, text as text."""
    if isinstance(value, str):
        return put(ws, ref, value, box=True, h=h, fill=fill)
    return put(ws, ref, value, box=True, h=h, fmt=fmt, fill=fill)


def save(wb, path):
    """Save with fixed properties and fixed zip timestamps, so the bytes do not change."""
    wb.properties.creator = "forms598"
    wb.properties.lastModifiedBy = "forms598"
    wb.properties.created = STAMP
    wb.properties.modified = STAMP
    buf = io.BytesIO()
    wb.save(buf)
    buf.seek(0)
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in sorted(zin.infolist(), key=lambda i: i.filename):
            data = zin.read(item.filename)
            if item.filename == "docProps/core.xml":
                for tag in (rb"dcterms:modified", rb"dcterms:created"):
                    data = re.sub(
                        rb"(<" + tag + rb"[^>]*>)[^<]*", rb"\g<1>2024-10-31T09:00:00Z", data
                    )
            info = zipfile.ZipInfo(item.filename, date_time=(2024, 10, 31, 9, 0, 0))
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


# ---------------------------------------------------------------- 平川市 (HTML)
HIRAKAWA_HTML = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>令和６年度 事務事業評価シート（平川ねぷたまつり開催支援事業）｜平川市</title>
<style>
table { border-collapse: collapse; margin: 0.5em 0 1em; }
th, td { border: 1px solid #666; padding: 3px 6px; font-size: 90%; }
thead th, th.item { background: #e8e8e8; }
td.num { text-align: right; }
td.na { background: #cccccc; }
p.note { font-size: 85%; margin: 0.2em 0; }
</style>
</head>
<body>
<nav class="breadcrumb">
<ol>
<li><a href="/home.html">ホーム</a></li>
<li><a href="/shisei/index.html">市政情報</a></li>
<li><a href="/shisei/gyouseihyouka/index.html">行政評価</a></li>
<li>令和６年度 事務事業評価シート</li>
</ol>
</nav>
<main>
<h1>令和６年度 事務事業評価シート（令和５年度実施事業）</h1>
<p class="date">掲載日：2024年11月15日</p>
<p>平川市では、第2次平川市長期総合プランに掲げる施策を着実に進めるため、毎年度、主な事務事業について評価を行っています。このページでは、令和５年度に実施した「平川ねぷたまつり開催支援事業」の評価シートを掲載しています。</p>

<h2>１　事務事業の概要</h2>
<table class="form">
<tr><th class="item">事務事業名</th><td>平川ねぷたまつり開催支援事業</td><th class="item">事業番号</th><td>07-02-05</td></tr>
<tr><th class="item">担当課</th><td>商工観光課</td><th class="item">会計区分</th><td>一般会計</td></tr>
<tr><th class="item">総合計画上の位置付け</th><td colspan="3">第2次平川市長期総合プラン　個性あるまちづくり「海外に目を向けた観光・交流のまち」</td></tr>
<tr><th class="item">根拠法令等</th><td colspan="3">平川市観光振興事業補助金交付要綱</td></tr>
<tr><th class="item">事業期間</th><td colspan="3">平成18年度～（毎年度実施）</td></tr>
<tr><th class="item">対象</th><td colspan="3">ねぷた運行団体、市民及び観覧者</td></tr>
<tr><th class="item">事業の概要</th><td colspan="3">本市は、平成18年（2006年）1月1日に尾上町・平賀町・碇ヶ関村の3町村が合併して誕生した、面積346.01km²の市である。例年8月2日・3日に開催する平川ねぷたまつりでは、約30台の扇ねぷたに続き、平成10年（1998年）12月27日に完成した「世界一の扇ねぷた」（高さ約12m、幅約9.2m、重さ約6t）が市中心部を運行する。本事業は、平川ねぷたまつり実行委員会に運営費の一部を補助するとともに、県外及び海外でのねぷた展示・PR出展を支援するものである。</td></tr>
</table>

<h2>２　事業費の推移</h2>
<table class="cost">
<caption>（単位：千円）</caption>
<thead>
<tr><th>区分</th><th>令和４年度</th><th>令和５年度</th><th>令和６年度（予算）</th></tr>
</thead>
<tbody>
<tr><th class="item">事業費</th><td class="num">8,600</td><td class="num">9,200</td><td class="num">9,500</td></tr>
<tr><th class="item">うち一般財源</th><td class="num">6,100</td><td class="num">6,450</td><td class="num">6,700</td></tr>
</tbody>
</table>

<h2>３　指標の推移</h2>
<table class="shihyo">
<thead>
<tr><th rowspan="2">区分</th><th rowspan="2">指標名</th><th rowspan="2">単位</th><th rowspan="2">項目</th><th colspan="3">年度</th><th rowspan="2">最終目標<br>（令和７年度）</th></tr>
<tr><th>令和４年度</th><th>令和５年度</th><th>令和６年度</th></tr>
</thead>
<tbody>
<tr><th rowspan="6" scope="rowgroup">活動指標</th><th rowspan="3" scope="rowgroup">ア　ねぷた運行団体数</th><td rowspan="3">団体</td><td>計画</td><td class="num">28</td><td class="num">30</td><td class="num">30</td><td rowspan="3" class="num">現状維持</td></tr>
<tr><td>実績</td><td class="num">27</td><td class="num">30</td><td class="na"></td></tr>
<tr><td>達成率</td><td class="num">96.4%</td><td class="num">100.0%</td><td class="na"></td></tr>
<tr><th rowspan="3" scope="rowgroup">イ　県外・海外でのPR出展回数</th><td rowspan="3">回</td><td>計画</td><td class="num">4</td><td class="num">5</td><td class="num">6</td><td rowspan="3" class="num">6</td></tr>
<tr><td>実績</td><td class="num">3</td><td class="num">6</td><td class="na"></td></tr>
<tr><td>達成率</td><td class="num">75.0%</td><td class="num">120.0%</td><td class="na"></td></tr>
<tr><th rowspan="9" scope="rowgroup">成果指標</th><th rowspan="3" scope="rowgroup">ア　まつり観覧者数（2日間）</th><td rowspan="3">千人</td><td>計画</td><td class="num">110.0</td><td class="num">120.0</td><td class="num">130.0</td><td rowspan="3" class="num">14万人</td></tr>
<tr><td>実績</td><td class="num">98.5</td><td class="num">124.2</td><td class="na"></td></tr>
<tr><td>達成率</td><td class="num">89.5%</td><td class="num">103.5%</td><td class="na"></td></tr>
<tr><th rowspan="3" scope="rowgroup">イ　観光消費額（推計）</th><td rowspan="3">百万円</td><td>計画</td><td class="num">380</td><td class="num">420</td><td class="num">460</td><td rowspan="3" class="num">500</td></tr>
<tr><td>実績</td><td class="num">352</td><td class="num">405</td><td class="na"></td></tr>
<tr><td>達成率</td><td class="num">92.6%</td><td class="num">96.4%</td><td class="na"></td></tr>
<tr><th rowspan="3" scope="rowgroup">ウ　市外からの観覧者の割合</th><td rowspan="3">％</td><td>計画</td><td class="num">40.0</td><td class="num">42.0</td><td class="num">44.0</td><td rowspan="3" class="num">45.0</td></tr>
<tr><td>実績</td><td class="num">38.2</td><td class="num">―</td><td class="na"></td></tr>
<tr><td>達成率</td><td class="num">95.5%</td><td class="num">―</td><td class="na"></td></tr>
</tbody>
</table>
<p class="note">※１　達成率は、実績÷計画×100で算出しています。令和６年度の実績は、令和７年度の評価で記載します。</p>
<p class="note">※２　成果指標イは、観覧者数と来場者アンケートの消費単価から推計した額です。</p>
<p class="note">※３　令和５年度は来場者アンケートを実施しなかったため、成果指標ウの実績は「―」としています。</p>

<h2>４　評価</h2>
<dl class="hyoka">
<dt>総合評価</dt><dd>B（概ね順調）</dd>
<dt>今後の方向性</dt><dd>継続</dd>
<dt>評価の理由</dt><dd>令和５年度は、2日間の観覧者数が約12.4万人と計画を上回った。一方、観光消費額は計画に届かず、市内での滞在時間を延ばす取組が課題である。令和６年度は来場者アンケートを再開し、市外からの観覧者の動向を把握する。</dd>
</dl>
</main>
<footer>
<div class="contact">
<p>このページに関するお問い合わせ</p>
<p>商工観光課　観光係</p>
</div>
</footer>
</body>
</html>
"""


def build_hirakawa():
    (HERE / "hirakawa_neputa_jimujigyo_r5.html").write_bytes(HIRAKAWA_HTML.encode("utf-8"))


# ---------------------------------------------------------------- 弟子屈町 (CSV)
def csv_field(v):
    s = str(v)
    if any(ch in s for ch in ',"\n'):
        return '"' + s.replace('"', '""') + '"'
    return s


def build_teshikaga():
    width = 11
    rows = [
        ["令和５年度　地方創生推進交付金事業　効果検証シート"],
        ["公表日", "令和6年9月30日"],
        ["自治体名", "北海道川上郡弟子屈町"],
        ["交付対象事業の名称", "川湯温泉街再生とエコツーリズムによる滞在型観光推進事業"],
        ["交付金の種類", "デジタル田園都市国家構想交付金（地方創生推進タイプ）"],
        ["事業期間", "令和3年度～令和5年度（3か年）"],
        ["総事業費", "3か年計　45,600千円（うち交付金　22,800千円）"],
        ["担当課", "観光商工課"],
        [
            "町の概要",
            "弟子屈町は北海道東部、釧路総合振興局管内の北部に位置し、面積774.33km²の約70%を山林が占める。阿寒摩周国立公園の56%を町域に含み、"
            "摩周湖、日本最大のカルデラ湖である屈斜路湖、硫黄山（アトサヌプリ）などの景勝地と、川湯・摩周の温泉を有する。"
            "川湯温泉には1991年に年間56万人の宿泊客があったが、その後は廃業したホテルが残るなど衰退が続いた。"
            "2016年に阿寒摩周国立公園が国立公園満喫プロジェクトの先行8公園に選ばれ、2023年10月には川湯温泉街まちづくりマスタープランを策定した。",
        ],
        [
            "事業の概要",
            "廃業ホテルの撤去跡地を活用した広場や温泉川沿いの歩行空間の整備と連動し、エコツアーのガイド育成、体験メニューの開発、"
            "冬季の誘客プロモーションを一体的に行い、通過型から滞在型の観光への転換を図る。",
        ],
        [],
        ["■重要業績評価指標（KPI）の達成状況"],
        [
            "KPI",
            "指標名",
            "単位",
            "事業開始前",
            "令和3年度",
            "",
            "令和4年度",
            "",
            "令和5年度",
            "",
            "評価",
        ],
        [
            "",
            "",
            "",
            "（R2年度末）",
            "目標値",
            "実績値",
            "目標値",
            "実績値",
            "目標値",
            "実績値",
            "（R5）",
        ],
        [
            "KPI①",
            "川湯温泉地区の宿泊者数",
            "千人",
            "98.4",
            "100.0",
            "84.2",
            "120.0",
            "131.6",
            "150.0",
            "162.3",
            "○",
        ],
        [
            "KPI②",
            "エコツアー・ガイド付き体験の参加者数",
            "人",
            "2,140",
            "2,300",
            "1,480",
            "2,600",
            "2,910",
            "3,000",
            "2,960",
            "△",
        ],
        [
            "KPI③",
            "観光消費額（町内の宿泊・飲食・体験）",
            "億円",
            "38.5",
            "40.0",
            "31.2",
            "45.0",
            "46.8",
            "50.0",
            "52.4",
            "○",
        ],
        [
            "KPI④",
            "観光関連事業所の従業者数の増加数",
            "人",
            "―",
            "0",
            "△12",
            "5",
            "3",
            "10",
            "11",
            "◎",
        ],
        [
            "※評価の区分　◎：目標値を大きく上回った（達成率110%以上）　○：目標値を達成　△：目標値を下回った"
        ],
        ["※1　KPI①・KPI③の実績値は、北海道観光入込客数調査と町の推計による。"],
        ["※2　KPI④は事業開始前（R2年度末）からの増減数で、実績値の「△」は減少を示す。"],
        [],
        ["■事業の評価"],
        ["地方創生への効果", "地方創生に非常に効果的であった"],
        ["今後の方針", "事業の継続（自走化に向けた見直しを行う）"],
        [
            "推進会議の意見",
            "川湯温泉地区の宿泊者数は事業開始前の約1.6倍となり、エコツアーの参加者も目標に近づいた。廃屋撤去跡地の活用と合わせ、通年での滞在につながる取組を続けてほしい。",
        ],
    ]
    lines = []
    for row in rows:
        cells = [csv_field(c) for c in row] + [""] * (width - len(row))
        lines.append(",".join(cells))
    data = "\ufeff" + "\n".join(lines) + "\n"
    (HERE / "teshikaga_kawayu_kofukin_kensho_r5.csv").write_bytes(data.encode("utf-8"))


# ---------------------------------------------------------------- 飯舘村 (PDF source, portrait)
IITATE_BLOCKS = [
    {
        "no": "（１）",
        "name": "交流・移住・定住等促進事業",
        "ka": "総務課",
        "kessan": "88,420千円",
        "zaigen": "国県支出金　61,200千円　／　一般財源　27,220千円",
        "gaiyo": "村外からの移住・定住を促すため、移住支援金の交付、お試し住宅の運営、首都圏での移住相談会への出展を行った。",
        "rows": [
            ("①移住・定住者数", "人", 9, 18, 20, 26, "5年間（R3～R7）で延べ100人"),
            ("②移住相談件数", "件", 46, 112, 120, 109, 150),
        ],
    },
    {
        "no": "（２）",
        "name": "営農再開・農業振興支援事業",
        "ka": "産業振興課",
        "kessan": "412,380千円",
        "zaigen": "国県支出金　398,900千円　／　一般財源　13,480千円",
        "gaiyo": "営農再開に向けた農地の保全管理、農業機械・施設の導入補助、花き（カスミソウ・トルコギキョウ等）の栽培施設の整備を支援した。",
        "rows": [
            (
                "①営農再開面積",
                "ha",
                (512.4, "#,##0.0"),
                (846.0, "#,##0.0"),
                (900.0, "#,##0.0"),
                (931.7, "#,##0.0"),
                (1200.0, "#,##0.0"),
            ),
            (
                "②遊休農地面積の削減",
                "ha",
                (420.5, "#,##0.0"),
                (362.8, "#,##0.0"),
                (340.0, "#,##0.0"),
                (348.6, "#,##0.0"),
                (250.0, "#,##0.0"),
            ),
            ("③花き出荷本数", "千本", 1820, 2960, 3200, 3415, 4000),
        ],
    },
    {
        "no": "（３）",
        "name": "村民の森あいの沢整備事業",
        "ka": "建設課",
        "kessan": "51,260千円",
        "zaigen": "国県支出金　30,000千円　／　一般財源　21,260千円",
        "gaiyo": "村民の森あいの沢のキャンプ場・遊具の改修と園路の整備を行い、村民と来訪者の交流の場としての利用を促した。",
        "rows": [
            ("①あいの沢の年間利用者数", "人", "―", 3860, 5000, 5412, 8000),
        ],
    },
]


def build_iitate():
    wb = Workbook()
    ws = wb.active
    ws.title = "主要施策の成果"
    widths = {"A": 6, "B": 26, "C": 7, "D": 10, "E": 10, "F": 10, "G": 10, "H": 22}
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    merge(
        ws,
        "A1:H1",
        "令和５年度　主要施策の成果に関する説明書（抜粋）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:H2", "令和6年9月　飯舘村", h="right")
    ws.row_dimensions[1].height = 24
    merge(ws, "A4:B4", "村の概要", box=True, fill=SHADE, h="center")
    merge(
        ws,
        "C4:H4",
        "本村は阿武隈高地の北部、標高約450mの高原に位置し（役場は標高488.8m）、面積230.13km²の約75%を山林が占める。昭和31年（1956年）9月30日に大舘村と飯曽村が合併して誕生した。"
        "平成23年3月の原子力発電所事故により全村避難となったが、平成29年（2017年）3月31日に帰還困難区域を除いて避難指示が解除され、同年8月12日には「いいたて村の道の駅までい館」が開駅した。"
        "人口は4,686人（令和6年1月1日現在、住民基本台帳）。",
        box=True,
    )
    ws.row_dimensions[4].height = 66
    put(ws, "A6", "■主要事業の成果と成果指標", size=11, bold=True, wrap=False)
    r = 7
    for blk in IITATE_BLOCKS:
        first = r
        # form rows
        put(ws, f"B{r}", "事業名", box=True, fill=SHADE, h="center")
        merge(ws, f"C{r}:F{r}", blk["name"], box=True, bold=True)
        put(ws, f"G{r}", "担当課", box=True, fill=SHADE, h="center")
        put(ws, f"H{r}", blk["ka"], box=True)
        r += 1
        put(ws, f"B{r}", "決算額", box=True, fill=SHADE, h="center")
        merge(ws, f"C{r}:D{r}", blk["kessan"], box=True, h="right")
        put(ws, f"E{r}", "財源内訳", box=True, fill=SHADE, h="center")
        merge(ws, f"F{r}:H{r}", blk["zaigen"], box=True)
        r += 1
        put(ws, f"B{r}", "事業の概要", box=True, fill=SHADE, h="center")
        merge(ws, f"C{r}:H{r}", blk["gaiyo"], box=True)
        ws.row_dimensions[r].height = 28
        r += 1
        heads = ["成果指標", "単位", "基準値（R2）", "R4実績", "R5目標", "R5実績", "計画目標（R7）"]
        for col, text in zip("BCDEFGH", heads, strict=True):
            put(ws, f"{col}{r}", text, box=True, fill=SHADE, h="center")
        r += 1
        for name, unit, *vals in blk["rows"]:
            put(ws, f"B{r}", name, box=True)
            put(ws, f"C{r}", unit, box=True, h="center")
            for col, v in zip("DEFGH", vals, strict=True):
                if isinstance(v, tuple):
                    num(ws, f"{col}{r}", v[0], v[1])
                elif isinstance(v, str):
                    put(ws, f"{col}{r}", v, box=True, h="right" if len(v) < 4 else "left")
                else:
                    num(ws, f"{col}{r}", v, "#,##0")
            if isinstance(vals[-1], str) and len(vals[-1]) > 4:
                ws.row_dimensions[r].height = 26
            r += 1
        merge(ws, f"A{first}:A{r - 1}", blk["no"], box=True, h="center")
        r += 1
    notes = [
        "※1　「計画目標（R7）」は、第6次飯舘村総合振興計画（令和3年度～令和7年度）に掲げる目標である。",
        "※2　遊休農地面積は、面積の減少を目指す指標である。",
        "※3　村民の森あいの沢は令和2年度に施設の改修のため休止していたため、基準値は「―」としている。",
    ]
    for note in notes:
        merge(ws, f"A{r}:H{r}", note, size=8)
        r += 1
    page(ws, landscape=False)
    save(wb, SRC / "iitate_shuyo_seika_r5.xlsx")


# ---------------------------------------------------------------- 住田町 (XLSX document, landscape)
SUMITA_ROWS = [
    ("band", "１　移住・定住・地域間交流の促進、人材育成"),
    ("row", "1-1", "転入者数", "人", 142, 128, 151, 163, 150, 160, ""),
    ("row", "1-2", "移住者数", "人", 12, 15, 21, 24, 20, 25, "町の移住支援制度を利用した者"),
    ("sub", None, "　うち子育て世帯", "世帯", 3, 4, 6, 5, 6, 8, ""),
    ("band", "２　産業の振興"),
    ("row", "2-1", "林業・木材産業への新規就業者数", "人", 6, 5, 8, 9, 8, 10, ""),
    (
        "row",
        "2-2",
        "町内の素材生産量（気仙スギ等）",
        "千㎥",
        38.2,
        35.6,
        40.1,
        42.7,
        42.0,
        45.0,
        "民有林・町有林の合計",
    ),
    ("row", "2-3", "滝観洞の入洞者数", "人", 28400, 14210, 19860, 24930, 26000, 30000, ""),
    ("band", "４　交通施設の整備、交通手段の確保"),
    (
        "row",
        "4-1",
        "町民バスの年間利用者数",
        "人",
        18420,
        15880,
        16310,
        "16,950（速報値）",
        17000,
        18000,
        "R5は令和6年5月末時点の速報値",
    ),
]


def build_sumita():
    wb = Workbook()
    ws = wb.active
    ws.title = "成果指標"
    widths = {"A": 7, "B": 34, "C": 7, "D": 10, "E": 9, "F": 9, "G": 15, "H": 10, "I": 10, "J": 28}
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    merge(
        ws,
        "A1:J1",
        "住田町過疎地域持続的発展計画　成果指標の進捗状況（令和５年度実績）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:J2", "令和6年10月　住田町企画財政課", h="right")
    ws.row_dimensions[1].height = 24
    form = [
        ("計画の名称", "住田町過疎地域持続的発展計画"),
        ("計画期間", "令和3年度～令和7年度（5年間）"),
        ("担当課", "企画財政課"),
        (
            "町の概要",
            "本町は岩手県の東南部、北上高地の南部に位置し、面積334.84km²の約90%を森林が占める。昭和30年（1955年）4月1日に世田米町・上有住村・下有住村が合併して誕生し、昭和55年に過疎地域の指定を受けた。"
            "清流気仙川、宮沢賢治の「風の又三郎」の舞台となった種山ヶ原、五葉山（1,341m）、日本有数の洞内滝をもつ滝観洞などの資源を有し、気仙スギと気仙大工の技を生かして「森林・林業日本一の町」を目指している。"
            "人口は4,742人（令和6年3月末現在）。",
        ),
    ]
    r = 4
    for label, value in form:
        merge(ws, f"A{r}:B{r}", label, box=True, fill=SHADE, h="center")
        merge(ws, f"C{r}:J{r}", value, box=True)
        r += 1
    ws.row_dimensions[7].height = 54
    r += 1
    put(ws, f"A{r}", "■分野別の成果指標", size=11, bold=True, wrap=False)
    r += 1
    h1, h2 = r, r + 1
    merge(ws, f"A{h1}:A{h2}", "No.", box=True, fill=SHADE, h="center")
    merge(ws, f"B{h1}:B{h2}", "成果指標", box=True, fill=SHADE, h="center")
    merge(ws, f"C{h1}:C{h2}", "単位", box=True, fill=SHADE, h="center")
    put(ws, f"D{h1}", "基準値", box=True, fill=SHADE, h="center")
    put(ws, f"D{h2}", "（R元）", box=True, fill=SHADE, h="center")
    merge(ws, f"E{h1}:G{h1}", "実績値", box=True, fill=SHADE, h="center")
    for col, text in zip("EFG", ["R3", "R4", "R5"], strict=True):
        put(ws, f"{col}{h2}", text, box=True, fill=SHADE, h="center")
    merge(ws, f"H{h1}:I{h1}", "目標値", box=True, fill=SHADE, h="center")
    put(ws, f"H{h2}", "R5（中間）", box=True, fill=SHADE, h="center")
    put(ws, f"I{h2}", "R7（最終）", box=True, fill=SHADE, h="center")
    merge(ws, f"J{h1}:J{h2}", "備考", box=True, fill=SHADE, h="center")
    r = h2 + 1
    parent_row = None
    for item in SUMITA_ROWS:
        if item[0] == "band":
            merge(ws, f"A{r}:J{r}", item[1], box=True, fill=BAND, bold=True)
            r += 1
            continue
        kind, no, name, unit, *vals, note = item
        if kind == "row":
            put(ws, f"A{r}", no, box=True, h="center")
            parent_row = r
        else:
            ws.merge_cells(f"A{parent_row}:A{r}")
            boxed(ws, f"A{parent_row}:A{r}")
        put(ws, f"B{r}", name, box=True)
        put(ws, f"C{r}", unit, box=True, h="center")
        for col, v in zip("DEFGHI", vals, strict=True):
            if isinstance(v, float):
                num(ws, f"{col}{r}", v, "#,##0.0")
            else:
                num(ws, f"{col}{r}", v, "#,##0")
        put(ws, f"J{r}", note, box=True, size=8)
        r += 1
    notes = [
        "※1　成果指標は、計画に掲げる分野のうち指標を設定している分野について掲載している。",
        "※2　「R5（中間）」は計画期間の中間年度の目標値、「R7（最終）」は計画期間の最終年度の目標値である。",
        "※3　「うち子育て世帯」は、移住者のうち18歳未満の子を含む世帯の数である。",
    ]
    r += 1
    for note in notes:
        merge(ws, f"A{r}:J{r}", note, size=8)
        r += 1
    page(ws, landscape=True)
    save(wb, HERE / "sumita_kaso_seika_shihyo_r5.xlsx")


# ---------------------------------------------------------------- PDF
def to_pdf():
    name = "iitate_shuyo_seika_r5"
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
        data = (Path(tmp) / f"{name}.pdf").read_bytes()
    (HERE / f"{name}.pdf").write_bytes(fix_pdf(data))


def fix_pdf(data):
    """Pin LibreOffice's creation date, document ID and checksum (same lengths, so the xref stays valid)."""
    data = re.sub(rb"/CreationDate\(D:\d{14}", rb"/CreationDate(D:20240930090000", data)
    data = re.sub(rb"<[0-9A-F]{32}>", b"<" + b"0" * 32 + b">", data)
    return re.sub(rb"/DocChecksum /[0-9A-F]{32}", b"/DocChecksum /" + b"0" * 32, data)


def main():
    SRC.mkdir(exist_ok=True)
    build_hirakawa()
    build_teshikaga()
    build_iitate()
    build_sumita()
    if "--no-pdf" not in sys.argv:
        to_pdf()


if __name__ == "__main__":
    main()
