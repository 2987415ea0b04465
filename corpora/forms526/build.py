"""Build forms526: four KPI documents of 江別市, 浅川町, 釜石市 and 横浜町.

Writes `ebetsu_yakimonoichi_jimujigyo_r6.xlsx` (the workbook is the document), `kamaishi_opencity2_kpi_shinchoku_r5.html`,
`yokohama_nanohana_kofukin_kensho_r5.csv` and the XLSX source `source/asakawa_hanabi_shuyo_seika_r5.xlsx`, which
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
LIGHT = PatternFill("solid", fgColor="F2F2F2")
STAMP = (2025, 7, 30, 9, 0, 0)
STAMP_ISO = b"2025-07-30T09:00:00Z"
PDFS = ["asakawa_hanabi_shuyo_seika_r5"]


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
    wb.properties.creator = "forms526"
    wb.properties.lastModifiedBy = "forms526"
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
        ws.row_dimensions[r].height = 14 if len(text) < 90 else 24
        r += 1
    return r


def num(ws, ref, v, **kw):
    """A value cell: numbers right-aligned, words centred, text typed as digits left as text."""
    if isinstance(v, str):
        put(ws, ref, v, box=True, h="right" if any(c.isdigit() for c in v) else "center", **kw)
    else:
        put(ws, ref, v, box=True, h="right", **kw)


# ---------------------------------------------------------------- 江別市 (XLSX document)
# Two blocks side by side on the same rows: 活動指標 (A–F, unit in the name's brackets) and 成果指標 (H–P, a 単位 column).
# 活動指標: (No., 指標名（単位）, R4実績, R5実績, R6目標, R6実績); the R6目標 of ① is text typed in full-width digits.
EBETSU_ACT = [
    ("①", "えべつやきもの市の出店数（件）", 286, 302, "３１０", 298),
    ("②", "れんが建造物めぐりガイドツアーの開催回数（回）", 12, 14, 15, 15),
    None,
]
# 成果指標: (No., 指標名, 単位, 基準値（R元）, R4実績, R5実績, R6目標, R6実績, 達成状況（R6）)
EBETSU_OUT = [
    ("①", "えべつやきもの市の来場者数", "千人", 73.2, 58.6, 66.1, 70.0, 71.4, "達成"),
    (
        "②",
        "来場者アンケートで「また来たい」と答えた人の割合",
        "％",
        84.5,
        86.2,
        88.0,
        90.0,
        87.3,
        "未達成",
    ),
    ("③", "れんが・やきもの関連商品の販売額", "千円", 9860, 8420, 10350, 11000, 11240, "達成"),
]


def build_ebetsu():
    wb = Workbook()
    ws = wb.active
    ws.title = "事務事業評価"
    widths(
        ws,
        {
            "A": 4.5,
            "B": 27,
            "C": 7,
            "D": 7,
            "E": 7,
            "F": 7,
            "G": 1.5,
            "H": 4.5,
            "I": 27,
            "J": 5.5,
            "K": 10.5,
            "L": 7,
            "M": 7,
            "N": 7,
            "O": 7,
            "P": 8,
        },
    )
    merge(
        ws,
        "A1:P1",
        "令和７年度　事務事業評価シート（令和６年度実施事業）",
        size=13,
        bold=True,
        h="center",
    )
    merge(ws, "A2:P2", "作成日　令和7年7月30日　江別市", h="right")
    put(ws, "A4", "１　事業の概要", size=11, bold=True, wrap=False)
    rows = [
        ("事務事業名", "えべつやきもの市・れんがのまち魅力発信事業"),
        ("担当課", "経済部　商工労働課"),
        ("関連計画", "えべつ未来づくりビジョン（第7次江別市総合計画）"),
        ("事業期間", "平成26年度～（継続）"),
        ("事業費（R6決算）", "6,840千円（うち一般財源　5,120千円）"),
        (
            "事業の概要",
            "本市は石狩平野の中央に位置し、面積は187.38km²、人口は118,100人（2024年9月30日現在、住民基本台帳）。昭和29年（1954年）に市制を施行した。"
            "明治期に始まったれんが生産は今も続き、市内には400棟を超えるれんが建造物が残る。江別のれんがは平成16年（2004年）に北海道遺産に選ばれた。"
            "毎年7月のえべつやきもの市には道内の陶芸家や陶芸サークルなど300を超える出店があり、オープニングでは西暦と同じ数のれんがを並べて倒す"
            "「れんがドミノ」が行われる。本事業では、やきもの市の開催を支援するとともに、れんが建造物をめぐるガイドツアーの実施や関連商品のPRにより、"
            "「れんがとやきもののまち」の魅力を市内外に発信する。",
        ),
    ]
    r = form_rows(ws, 5, rows, ("A", "B"), ("C", "P"), {"事業の概要": 62})
    r += 1
    put(ws, f"A{r}", "２　指標の推移", size=11, bold=True, wrap=False)
    r += 1
    merge(
        ws, f"A{r}:F{r}", "活動指標（事業の取組量）", bold=True, box=True, shade=SHADE, h="center"
    )
    merge(ws, f"H{r}:P{r}", "成果指標（事業の効果）", bold=True, box=True, shade=SHADE, h="center")
    ws.row_dimensions[r].height = 18
    r += 1
    for col, text in zip(
        "ABCDEF", ["No.", "指標名（単位）", "R4実績", "R5実績", "R6目標", "R6実績"], strict=True
    ):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=SHADE, h="center")
    heads = [
        "No.",
        "指標名",
        "単位",
        "基準値（R元）",
        "R4実績",
        "R5実績",
        "R6目標",
        "R6実績",
        "達成状況（R6）",
    ]
    for col, text in zip("HIJKLMNOP", heads, strict=True):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=SHADE, h="center")
    ws.row_dimensions[r].height = 30
    r += 1
    for act, out in zip(EBETSU_ACT, EBETSU_OUT, strict=True):
        if act is None:
            boxed(ws, f"A{r}:F{r}")
        else:
            no, name, *vals = act
            put(ws, f"A{r}", no, box=True, h="center")
            put(ws, f"B{r}", name, box=True)
            for col, v in zip("CDEF", vals, strict=True):
                num(ws, f"{col}{r}", v)
        no, name, unit, *vals, status = out
        put(ws, f"H{r}", no, box=True, h="center")
        put(ws, f"I{r}", name, box=True)
        put(ws, f"J{r}", unit, box=True, h="center")
        for col, v in zip("KLMNO", vals, strict=True):
            num(ws, f"{col}{r}", v)
        put(ws, f"P{r}", status, box=True, h="center")
        ws.row_dimensions[r].height = 30
        r += 1
    r = notes(
        ws,
        r,
        [
            "※1　活動指標の単位は、指標名の後の（　）内に記載している。",
            "※2　えべつやきもの市の来場者数は、実行委員会の発表による。",
            "※3　関連商品の販売額は、やきもの市会場及び市内のれんが関連施設における販売額の合計。",
        ],
        "P",
    )
    r += 1
    put(ws, f"A{r}", "３　評価", size=11, bold=True, wrap=False)
    r += 1
    form_rows(
        ws,
        r,
        [
            ("有効性", "B（概ね効果があった）"),
            (
                "今後の方向性",
                "継続（出店数は目標に届かなかったが、来場者数と関連商品の販売額は目標を上回った。来場者アンケートの結果を踏まえ、"
                "会場の休憩スペースとれんが建造物への案内を充実させる。）",
            ),
        ],
        ("A", "B"),
        ("C", "P"),
        {"今後の方向性": 30},
    )
    page(ws, landscape=True)
    save(wb, HERE / "ebetsu_yakimonoichi_jimujigyo_r6.xlsx")


# ---------------------------------------------------------------- 浅川町 (XLSX source of the PDF)
# (１) 事業の実績: (No., 項目, 単位, R3実績, R4実績, R5実績, 増減（R5－R4）)
ASAKAWA_ACT = [
    ("ア", "花火大会の協賛事業所・団体数", "団体", 182, 205, 214, "9"),
    ("イ", "「花火の里あさかわ」PR動画の再生回数", "千回", 12.4, 18.9, 16.2, "△2.7"),
]
# (２) 成果指標: (No., 成果指標, 単位, 基準値（R元）, (R3目標, R3実績), (R4…), (R5…), 目標値（R7）)
# The 基準値 of No.2 and No.3 is one `―` cell merged down over both indicators.
ASAKAWA_KPI = [
    ("1", "浅川の花火の観覧者数", "千人", 33.0, (15.0, 12.5), (25.0, 27.8), (33.0, 35.2), 36.0),
    (
        "2",
        "「花火の里あさかわ」応援寄附（ふるさと納税）の件数",
        "件",
        "―",
        (300, 412),
        (450, 538),
        (600, 702),
        800,
    ),
    (
        "3",
        "花火大会当日の町内飲食・物販の売上額",
        "千円",
        "―",
        (2000, 1640),
        (3000, 3120),
        (3500, 3380),
        4000,
    ),
]


def build_asakawa():
    wb = Workbook()
    ws = wb.active
    ws.title = "主要施策の成果"
    widths(ws, {"A": 5, "B": 30, "C": 6, "D": 10, "E": 9.5, "F": 9.5, "G": 9.5, "H": 10})
    merge(
        ws,
        "A1:H1",
        "令和５年度　主要な施策の成果に関する説明書（抜粋）",
        size=13,
        bold=True,
        h="center",
    )
    merge(ws, "A2:H2", "令和6年9月　浅川町　企画商工課", h="right")
    rows = [
        ("事業名", "「花火の里あさかわ」観光交流推進事業"),
        ("所管課", "企画商工課"),
        ("会計区分", "一般会計　商工費"),
        ("決算額", "令和5年度　7,480千円（うち一般財源　3,740千円）"),
        ("関連計画", "浅川町振興計画　後期基本計画（令和3年度～令和7年度）"),
        (
            "事業の内容",
            "本町は福島県中通りの南部に位置し、面積は37.43km²、人口は5,565人（2024年10月1日推計）。毎年8月16日に開かれる「浅川の花火」は300有余年の"
            "歴史を持ち、福島県内で最古の伝統を持つ花火といわれる。二尺玉や仕掛け花火「大からくり」のほか、町のシンボル城山（標高408m）の山肌で炸裂する"
            "「地雷火」が見どころである。本事業では、花火大会を運営する実行委員会への補助、町外へのPR及びふるさと納税を通じた応援の呼びかけを行い、"
            "花火を核とした交流人口の拡大を図る。",
        ),
    ]
    r = form_rows(ws, 4, rows, ("A", "B"), ("C", "H"), {"事業の内容": 70})
    r += 1
    put(ws, f"A{r}", "（１）事業の実績", size=11, bold=True, wrap=False)
    r += 1
    heads = ["No.", "項目", "単位", "R3実績", "R4実績", "R5実績", "増減（R5－R4）"]
    for col, text in zip("ABCDEFG", heads, strict=True):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=SHADE, h="center")
    ws.row_dimensions[r].height = 28
    r += 1
    for no, name, unit, *vals in ASAKAWA_ACT:
        put(ws, f"A{r}", no, box=True, h="center")
        put(ws, f"B{r}", name, box=True)
        put(ws, f"C{r}", unit, box=True, h="center")
        for col, v in zip("DEFG", vals, strict=True):
            num(ws, f"{col}{r}", v)
        ws.row_dimensions[r].height = 20
        r += 1
    r += 1
    put(ws, f"A{r}", "（２）成果指標の状況", size=11, bold=True, wrap=False)
    r += 1
    top, low = r, r + 1
    for col, text in (
        ("A", "No."),
        ("B", "成果指標"),
        ("C", "単位"),
        ("D", "基準値（R元）"),
        ("H", "目標値（R7）"),
    ):
        merge(ws, f"{col}{top}:{col}{low}", text, bold=True, box=True, shade=SHADE, h="center")
    merge(
        ws,
        f"E{top}:G{top}",
        "年度別の推移（上段：目標値　下段：実績値）",
        bold=True,
        box=True,
        shade=SHADE,
        h="center",
    )
    for col, text in zip("EFG", ["R3", "R4", "R5"], strict=True):
        put(ws, f"{col}{low}", text, bold=True, box=True, shade=SHADE, h="center")
    ws.row_dimensions[top].height = 20
    ws.row_dimensions[low].height = 18
    r = low + 1
    first = r
    for no, name, unit, base, *years, final in ASAKAWA_KPI:
        a, b = r, r + 1
        merge(ws, f"A{a}:A{b}", no, box=True, h="center")
        merge(ws, f"B{a}:B{b}", name, box=True)
        merge(ws, f"C{a}:C{b}", unit, box=True, h="center")
        if not isinstance(base, str):
            merge(ws, f"D{a}:D{b}", base, box=True, h="right")
        merge(ws, f"H{a}:H{b}", final, box=True, h="right")
        for col, (goal, act) in zip("EFG", years, strict=True):
            put(ws, f"{col}{a}", goal, box=True, h="right")
            put(ws, f"{col}{b}", act, box=True, h="right")
        ws.row_dimensions[a].height = 18
        ws.row_dimensions[b].height = 18
        r = b + 1
    merge(ws, f"D{first + 2}:D{first + 5}", "―", box=True, h="center")
    r = notes(
        ws,
        r,
        [
            "※1　各年度の欄は、上段が目標値、下段が実績値。",
            "※2　No.2・No.3は令和3年度から設定した指標のため、基準値はない。",
            "※3　観覧者数は、浅川の花火実行委員会の発表による。",
        ],
        "H",
    )
    r += 1
    put(ws, f"A{r}", "（３）事業の評価", size=11, bold=True, wrap=False)
    r += 1
    form_rows(
        ws,
        r,
        [
            ("評価", "B（概ね順調）"),
            (
                "成果と課題",
                "令和5年度の花火大会（8月16日）は、観覧者数、応援寄附の件数とも目標を上回った。当日の町内の売上額は前年度を上回ったものの目標には届かず、"
                "会場周辺の出店と町内の商店街への回遊を促す取組が課題である。",
            ),
        ],
        ("A", "B"),
        ("C", "H"),
        {"成果と課題": 44},
    )
    page(ws, landscape=False)
    save(wb, SRC / "asakawa_hanabi_shuyo_seika_r5.xlsx")


# ---------------------------------------------------------------- 釜石市 (HTML document)
KAMAISHI = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>第2期釜石市オープンシティ戦略 重要業績評価指標（KPI）の進捗状況（令和5年度） | 釜石市</title>
</head>
<body>
<nav aria-label="パンくずリスト"><ol>
<li><a href="/">ホーム</a></li>
<li><a href="/shisei/">市政情報</a></li>
<li><a href="/shisei/keikaku/">計画・施策</a></li>
<li>第2期釜石市オープンシティ戦略 重要業績評価指標（KPI）の進捗状況（令和5年度）</li>
</ol></nav>
<main>
<h1>第2期釜石市オープンシティ戦略　重要業績評価指標（KPI）の進捗状況（令和５年度）</h1>
<p class="date">更新日：2024年11月20日　担当：オープンシティ推進室</p>
<p>釜石市は岩手県の南東部、三陸復興国立公園の中心に位置し、面積は440.34km²です。近代製鉄業発祥の地として栄え、最盛期には人口が9万人を超えました。</p>
<p>市では、2016年（平成28年）3月に釜石市人口ビジョン・オープンシティ戦略を策定し、2018年（平成30年）5月にSDGsの視点を取り入れて改訂しました。2020年（令和2年）4月には第2期の戦略を策定し、2040年に27,000人程度の人口規模を維持することを展望しています（国の推計では2040年に23,266人）。戦略では、市民一人ひとり（活動人口）と、釜石に多様な関わりを持つ人々（つながり人口）を増やすことを掲げています。</p>
<dl>
<dt>計画の名称</dt><dd>第2期釜石市人口ビジョン・オープンシティ戦略（地方版総合戦略）</dd>
<dt>計画期間</dt><dd>2020年度～2024年度（5年間）</dd>
<dt>担当課</dt><dd>オープンシティ推進室</dd>
</dl>
<p>各基本目標の数値目標と重要業績評価指標（KPI）の実績は次のとおりです。目標値は、計画の最終年度（2024年度）の値です。</p>
<h2>基本目標1　つながり人口を広げ、新しい人の流れをつくる</h2>
<table border="1">
<thead>
<tr><th scope="col" rowspan="2">区分</th><th scope="col" rowspan="2">指標</th><th scope="col" rowspan="2">単位</th><th scope="col" rowspan="2">基準値<br>（2019年度）</th><th scope="colgroup" colspan="3">実績値</th><th scope="col" rowspan="2">目標値<br>（2024年度）</th></tr>
<tr><th scope="col">2021年度</th><th scope="col">2022年度</th><th scope="col">2023年度</th></tr>
</thead>
<tbody>
<tr><td>数値目標</td><td>社会増減数</td><td>人</td><td>△312</td><td>△254</td><td>△198</td><td>△221</td><td>△100</td></tr>
<tr><td rowspan="2">KPI</td><td>①　釜石鵜住居復興スタジアムの来場者数</td><td>人</td><td>2万4,310</td><td>9,860</td><td>1万5,420</td><td>2万1,030</td><td>2万5,000</td></tr>
<tr><td>②　釜石ファンクラブの会員数（つながり人口）</td><td>人</td><td>累計624</td><td>累計1,018</td><td>累計1,262</td><td>累計1,455</td><td>累計1,500</td></tr>
</tbody>
</table>
<p class="note">※社会増減数は、住民基本台帳による年度（4月～翌年3月）の転入者数から転出者数を引いた数です。△はマイナス（転出超過）を表します。</p>
<p class="note">※スタジアムの来場者数には、ラグビーの試合のほか、スタジアムで開かれたイベントの来場者を含みます。</p>
<h2>基本目標3　市民一人ひとりが役割を持つ、開かれたまちをつくる</h2>
<table border="1">
<thead>
<tr><th scope="col" rowspan="2">区分</th><th scope="col" rowspan="2">指標</th><th scope="col" rowspan="2">単位</th><th scope="col" rowspan="2">基準値<br>（2019年度）</th><th scope="colgroup" colspan="3">実績値</th><th scope="col" rowspan="2">目標値<br>（2024年度）</th></tr>
<tr><th scope="col">2021年度</th><th scope="col">2022年度</th><th scope="col">2023年度</th></tr>
</thead>
<tbody>
<tr><td rowspan="2">KPI</td><td>③　市民活動団体等による地域づくりの取組件数</td><td>件</td><td>38</td><td>41</td><td>47</td><td>52</td><td>60</td></tr>
<tr><td>【再掲】②　釜石ファンクラブの会員数（つながり人口）</td><td>人</td><td>累計624</td><td>累計1,018</td><td>累計1,262</td><td>累計1,455</td><td>累計1,500</td></tr>
</tbody>
</table>
<p class="note">※【再掲】は、基本目標1に掲げた指標を、関連する基本目標に再び掲げたものです。</p>
<h2>令和5年度の状況</h2>
<p>スタジアムの来場者数は2年続けて増え、2万人を超えました。釜石ファンクラブの会員数は基準値の2倍を超え、目標の1,500人に近づいています。社会増減数は、前年度より転出超過が23人増えました。</p>
</main>
<footer><p>釜石市役所　オープンシティ推進室</p></footer>
</body>
</html>
"""


def build_kamaishi():
    (HERE / "kamaishi_opencity2_kpi_shinchoku_r5.html").write_text(KAMAISHI, encoding="utf-8")


# ---------------------------------------------------------------- 横浜町 (CSV document, UTF-8 with BOM, CRLF)
# The KPI grid is transposed: one column per KPI, one line per 時点 and 区分.
YOKOHAMA_LINES = [
    "タイトル,地方創生推進交付金事業　効果検証シート（令和5年度実施分）",
    "公表日,令和6年9月27日",
    "担当課,産業振興課",
    "交付対象事業の名称,菜の花と風車のまち「よこはま」交流人口拡大事業",
    "地域再生計画の名称,横浜町まち・ひと・しごと創生推進計画",
    "事業実施期間,令和4年度～令和6年度（3か年）",
    '交付対象事業費,"令和5年度　9,860千円（うち交付金　4,930千円）"',
    '町の概要,"本町は下北半島の中間部に位置し、西は陸奥湾に面する。面積は126.38平方キロメートル、人口は4,076人（2024年8月1日推計）。'
    "昭和7年（1932年）に導入したナタネの栽培が今の菜の花畑の始まりで、菜の花の作付面積は全国第2位を誇る。"
    '毎年5月には菜の花フェスティバルが開かれ、菜の花畑と大豆田ウィンドファームの風車が町を代表する景観となっている。"',
    '注記,"各時点の値は、その時点までの1年間（4月～翌年3月）の値。KPI③は事業開始からの累計。「（速報値）」は令和6年8月末時点の速報値。'
    '2025年3月末の実績は、令和7年度に検証する。"',
    "",
    "■重要業績評価指標（KPI）の目標と実績",
    "時点,区分,KPI①　菜の花畑周辺の観光入込客数（人）,KPI②　菜の花関連加工品の販売額（千円）,KPI③　菜の花畑オーナー制度の契約区画数（累計）（区画）,KPI④　町外からの移住者数（人）",
    '2022年3月末,事業開始前,"18,200","8,640",0,4',
    '2023年3月末,目標値,"20,000","9,500",40,6',
    '2023年3月末,実績値,"21,350","9,812",52,5',
    '2024年3月末,目標値,"22,000","10,500",80,8',
    '2024年3月末,実績値,"19,870（速報値）","10,620",87,9',
    "2024年3月末,達成状況,未達成,達成,達成,達成",
    '2025年3月末,目標値,"24,000","11,500",120,10',
    "2025年3月末,実績値,,,,",
    "",
    "事業の評価,地方創生に相当程度効果があった",
    "今後の方針,事業の継続",
]


def build_yokohama():
    text = "\r\n".join(YOKOHAMA_LINES) + "\r\n"
    (HERE / "yokohama_nanohana_kofukin_kensho_r5.csv").write_bytes(
        b"\xef\xbb\xbf" + text.encode("utf-8")
    )


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
    build_ebetsu()
    build_asakawa()
    build_kamaishi()
    build_yokohama()
    if "--no-pdf" not in sys.argv:
        to_pdf()


if __name__ == "__main__":
    main()
