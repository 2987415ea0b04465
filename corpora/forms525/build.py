"""Build forms525: four KPI documents of 津山市, 松前町, 御船町 and 唐津市.

Writes `tsuyama_manabi_tetsudokan_jimujigyo_r5.xlsx` (the workbook is the document), `mifune_sogo6_zenki_seika_r5.html`,
`karatsu_sousei2_kpi_shinchoku_r5.csv` and the XLSX source `source/masaki_hadakamugi_kofukin_kensho_r5.xlsx`, which
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
STAMP = (2024, 11, 29, 9, 0, 0)
STAMP_ISO = b"2024-11-29T09:00:00Z"
PDFS = ["masaki_hadakamugi_kofukin_kensho_r5"]
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
    wb.properties.creator = "forms525"
    wb.properties.lastModifiedBy = "forms525"
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


# ---------------------------------------------------------------- 津山市 (XLSX document)
# (区分, No., 指標名, 単位, 基準値（R元）, R4 目標, R4 実績, R4 達成率, R5 目標, R5 実績, R5 達成率, R7目標（最終）)
# A row with No. None is the 内数 sub-row (no indicator of its own).
TSUYAMA_ROWS = [
    ("活動指標", 1, "企画展・体験イベントの開催回数", "回", 14, 16, 18, 1.125, 18, 21, 1.167, 20),
    ("活動指標", 2, "校外学習（学校団体）の受入れ件数", "件", 62, 70, 58, 0.829, 75, 81, 1.08, 80),
    ("成果指標", 3, "入館者数", "千人", 68.4, 60.0, 63.2, 1.053, 65.0, 61.8, 0.951, 70.0),
    ("成果指標", None, "（参考）うち小・中学生", "千人", 14.1, "―", 13.0, "―", "―", 12.6, "―", "―"),
    (
        "成果指標",
        4,
        "入館者アンケートの満足度（「満足」「やや満足」の割合）",
        "%",
        88.2,
        90.0,
        91.5,
        1.017,
        90.0,
        89.4,
        0.993,
        92.0,
    ),
    (
        "成果指標",
        5,
        "県外からの入館者の割合",
        "%",
        41.3,
        45.0,
        47.2,
        1.049,
        47.0,
        "未集計",
        "―",
        50.0,
    ),
]


def build_tsuyama():
    wb = Workbook()
    ws = wb.active
    ws.title = "事務事業評価"
    widths(
        ws,
        {
            "A": 8,
            "B": 4.5,
            "C": 30,
            "D": 5.5,
            "E": 11,
            "F": 7,
            "G": 7,
            "H": 7.5,
            "I": 7,
            "J": 7,
            "K": 7.5,
            "L": 12,
        },
    )
    merge(
        ws,
        "A1:L1",
        "令和６年度　事務事業評価シート（令和５年度実施事業）",
        size=13,
        bold=True,
        h="center",
    )
    merge(ws, "A2:L2", "作成日　令和6年7月31日　津山市", h="right")
    put(ws, "A4", "１　事業の概要", size=11, bold=True, wrap=False)
    rows = [
        ("事務事業名", "津山まなびの鉄道館管理運営事業"),
        ("担当課", "産業文化部　観光振興課"),
        ("関連計画", "津山市第5次総合計画　後期実施計画（令和4年度～令和7年度）"),
        ("事業期間", "平成28年度～（継続）"),
        ("事業費（R5決算）", "18,450千円（うち一般財源　9,120千円）"),
        (
            "事業の概要",
            "本市は岡山県の北部、津山盆地に位置し、平成17年（2005年）2月28日に加茂町・阿波村・勝北町・久米町を編入した。面積は506.36km²。"
            "津山まなびの鉄道館は、昭和11年（1936年）に建設された旧津山扇形機関車庫（機関車収容線数17線、京都の梅小路に次ぐ現存2番目の規模）と"
            "転車台を活用し、平成28年（2016年）4月2日に開館した。扇形機関車庫にはD51形蒸気機関車など13両（開館時）を展示している。"
            "本事業では、館の運営を津山市観光協会に委託し、企画展・体験イベントの開催、校外学習の受入れ及び館のPRを行う。",
        ),
    ]
    r = form_rows(ws, 5, rows, ("A", "B"), ("C", "L"), {"事業の概要": 66})
    r += 1
    put(ws, f"A{r}", "２　指標の推移", size=11, bold=True, wrap=False)
    r += 1
    top, low = r, r + 1
    for col, text in (
        ("A", "区分"),
        ("B", "No."),
        ("C", "指標名"),
        ("D", "単位"),
        ("E", "基準値（R元）"),
        ("L", "R7目標（最終）"),
    ):
        merge(ws, f"{col}{top}:{col}{low}", text, bold=True, box=True, shade=SHADE, h="center")
    merge(ws, f"F{top}:H{top}", "R4年度", bold=True, box=True, shade=SHADE, h="center")
    merge(ws, f"I{top}:K{top}", "R5年度", bold=True, box=True, shade=SHADE, h="center")
    for col, text in zip("FGHIJK", ["目標", "実績", "達成率"] * 2, strict=True):
        put(ws, f"{col}{low}", text, bold=True, box=True, shade=SHADE, h="center")
    ws.row_dimensions[top].height = 18
    ws.row_dimensions[low].height = 18
    r = low + 1
    groups = {}
    for kubun, no, name, unit, *vals in TSUYAMA_ROWS:
        groups.setdefault(kubun, [r, r])[1] = r
        sub = no is None
        put(ws, f"B{r}", no, box=True, h="center")
        if sub:
            put(ws, f"C{r}", name, box=True, indent=2)
        else:
            put(ws, f"C{r}", name, box=True)
        put(ws, f"D{r}", unit, box=True, h="center")
        for col, v in zip("EFGHIJKL", vals, strict=True):
            if isinstance(v, str):
                put(ws, f"{col}{r}", v, box=True, h="center")
            elif col in "HK":
                put(ws, f"{col}{r}", v, box=True, h="right", fmt="0.0%")
            else:
                put(ws, f"{col}{r}", v, box=True, h="right")
        ws.row_dimensions[r].height = 30 if len(name) > 16 else 20
        r += 1
    for kubun, (a, b) in groups.items():
        merge(ws, f"A{a}:A{b}", kubun, box=True, h="center")
    r = notes(
        ws,
        r,
        [
            "※1　達成率は、実績÷目標により算出した（小数点以下第2位を四捨五入）。",
            "※2　（参考）うち小・中学生は、No.3の内数を参考として掲げたもので、成果指標ではない（目標は設定していない）。",
            "※3　No.5のR5実績は、入館者アンケートの集計作業中のため未集計。",
        ],
        "L",
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
                "継続（入館者数はR5目標に届かなかったが、企画展と校外学習の受入れは目標を上回った。開館10周年となる令和8年度に向けて、周年企画の準備を進める。）",
            ),
        ],
        ("A", "B"),
        ("C", "L"),
        {"今後の方向性": 30},
    )
    page(ws, landscape=False)
    save(wb, HERE / "tsuyama_manabi_tetsudokan_jimujigyo_r5.xlsx")


# ---------------------------------------------------------------- 松前町 (XLSX source of the PDF)
# (No., KPI, 単位, 事業開始前（R3）, 目標値 (R4, R5, R6, 累計), 実績値 (R4, R5, R6, 累計), R5の達成状況)
# A 目標値 given as one string is a prose target merged over the three year cells.
MASAKI_KPIS = [
    ("①", "はだか麦加工品の新商品開発数", "件", 0, (3, 3, 3, 9), (2, 4, None, 6), "達成"),
    ("②", "はだか麦の作付面積", "ha", 268, (5, 5, 5, 15), (3, 7, None, 10), "達成"),
    (
        "③",
        "ふるさと納税返礼品（はだか麦加工品）の寄附件数",
        "件",
        1240,
        (300, 400, 500, 1200),
        (352, 386, None, 738),
        "未達成",
    ),
    (
        "④",
        "はだか麦の収穫体験・料理教室の参加者数",
        "人",
        "―",
        ("3年間で延べ3,000人", 3000),
        (1120, 1360, None, 2480),
        "―",
    ),
]


def build_masaki():
    wb = Workbook()
    ws = wb.active
    ws.title = "効果検証"
    widths(
        ws,
        {
            "A": 4.5,
            "B": 30,
            "C": 5,
            "D": 7,
            "E": 9.5,
            "F": 8.5,
            "G": 8.5,
            "H": 8.5,
            "I": 12,
            "J": 10,
        },
    )
    merge(
        ws,
        "A1:J1",
        "デジタル田園都市国家構想交付金（地方創生推進タイプ）",
        size=12,
        bold=True,
        h="center",
    )
    merge(ws, "A2:J2", "効果検証シート（令和５年度実績）", size=13, bold=True, h="center")
    merge(ws, "A3:J3", "令和6年8月　松前町　産業課", h="right")
    put(ws, "A5", "１　事業の概要", size=11, bold=True, wrap=False)
    rows = [
        ("交付対象事業の名称", "「義農の里まさき」はだか麦ブランド化・六次産業化推進事業"),
        ("地域再生計画の名称", "松前町まち・ひと・しごと創生推進計画"),
        ("事業実施期間", "令和4年度～令和6年度（3か年）"),
        ("交付対象事業費", "R5：12,600千円（うち交付金　6,300千円）"),
        ("担当課", "産業課　農業振興係"),
        (
            "町の概要",
            "本町は道後平野の南端に位置し、西は伊予灘に面する。昭和30年（1955年）3月に旧松前町・北伊予村・岡田村の1町2村が合併して誕生した。"
            "面積は20.41km²で県内の市町で最も狭く、県内で唯一山のない町である。人口は29,271人（2024年5月1日推計）。はだか麦の生産量は全国トップクラスで、"
            "小魚を加工した珍味の生産は日本一を誇る。毎年4月23日には、江戸時代の義農として知られる作兵衛をしのぶ義農祭が開かれる。",
        ),
        (
            "事業の概要",
            "町内産はだか麦を使った加工品の開発を事業者と共に進め、「義農の里まさき」の名でブランド化を図るとともに、ふるさと納税返礼品への登録や"
            "収穫体験・料理教室の開催により、はだか麦の認知度向上と生産拡大につなげる。",
        ),
    ]
    r = form_rows(ws, 6, rows, ("A", "B"), ("C", "J"), {"町の概要": 58, "事業の概要": 34})
    r += 1
    put(ws, f"A{r}", "２　重要業績評価指標（KPI）の目標と実績", size=11, bold=True, wrap=False)
    r += 1
    top, low = r, r + 1
    for col, text in (
        ("A", "No."),
        ("B", "重要業績評価指標（KPI）"),
        ("C", "単位"),
        ("D", "区分"),
        ("E", "事業開始前（R3）"),
        ("I", "KPI増加分の累計"),
        ("J", "R5の達成状況"),
    ):
        merge(ws, f"{col}{top}:{col}{low}", text, bold=True, box=True, shade=SHADE, h="center")
    merge(ws, f"F{top}:H{top}", "KPI増加分", bold=True, box=True, shade=SHADE, h="center")
    for col, text in zip("FGH", ["1年目（R4）", "2年目（R5）", "3年目（R6）"], strict=True):
        put(ws, f"{col}{low}", text, bold=True, box=True, shade=SHADE, h="center")
    ws.row_dimensions[top].height = 18
    ws.row_dimensions[low].height = 18
    r = low + 1
    for no, name, unit, base, goal, act, status in MASAKI_KPIS:
        a, b = r, r + 1
        merge(ws, f"A{a}:A{b}", no, box=True, h="center")
        merge(ws, f"B{a}:B{b}", name, box=True)
        merge(ws, f"C{a}:C{b}", unit, box=True, h="center")
        merge(ws, f"E{a}:E{b}", base, box=True, h="center" if isinstance(base, str) else "right")
        merge(ws, f"J{a}:J{b}", status, box=True, h="center")
        put(ws, f"D{a}", "目標値", box=True, h="center")
        put(ws, f"D{b}", "実績値", box=True, h="center")
        if isinstance(goal[0], str):
            merge(ws, f"F{a}:H{a}", goal[0], box=True, h="center")
            put(ws, f"I{a}", goal[1], box=True, h="right", shade=LIGHT)
        else:
            for col, v in zip("FGHI", goal, strict=True):
                put(ws, f"{col}{a}", v, box=True, h="right", shade=LIGHT if col == "I" else None)
        for col, v in zip("FGHI", act, strict=True):
            put(ws, f"{col}{b}", v, box=True, h="right", shade=LIGHT if col == "I" else None)
        ws.row_dimensions[a].height = 20
        ws.row_dimensions[b].height = 20
        r = b + 1
    r = notes(
        ws,
        r,
        [
            "※1　各年度の欄は、その年度に増加した分。KPI増加分の累計は、各年度の増加分の合計。3年目（R6）の実績は、令和7年度に検証する。",
            "※2　④は事業開始後に新たに始めた取組のため、事業開始前の値はない。目標は、3年間の延べ参加者数として設定している。",
            "※3　R5の達成状況は、2年目（R5）の実績値を目標値と比べたもの。",
        ],
        "J",
    )
    r += 1
    put(ws, f"A{r}", "３　事業の評価", size=11, bold=True, wrap=False)
    r += 1
    form_rows(
        ws,
        r,
        [
            ("総合評価", "地方創生に相当程度効果があった"),
            ("今後の方針", "事業の継続"),
            (
                "外部有識者の意見",
                "令和5年度は加工品4件が新たに商品化され、作付面積も目標を上回った。返礼品の寄附件数は伸びが鈍化しており、商品構成の見直しと"
                "町外へのPRの強化が必要である。",
            ),
        ],
        ("A", "B"),
        ("C", "J"),
        {"外部有識者の意見": 30},
    )
    page(ws, landscape=False)
    save(wb, SRC / "masaki_hadakamugi_kofukin_kensho_r5.xlsx")


# ---------------------------------------------------------------- 御船町 (HTML document)
MIFUNE = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>第6次御船町総合計画 前期基本計画 成果指標の達成状況（令和5年度） | 御船町</title>
</head>
<body>
<nav aria-label="パンくずリスト"><ol>
<li><a href="/">ホーム</a></li>
<li><a href="/chosei/">町政情報</a></li>
<li><a href="/chosei/keikaku/">計画・施策</a></li>
<li>第6次御船町総合計画 前期基本計画 成果指標の達成状況（令和5年度）</li>
</ol></nav>
<main>
<h1>第6次御船町総合計画　前期基本計画　成果指標の達成状況（令和５年度）</h1>
<p class="date">更新日：2024年10月15日　担当：企画財政課</p>
<p>御船町は熊本県のほぼ中央、熊本市の東南約16.6kmに位置し、面積は99.03km²、人口は17,192人（2023年9月1日現在）です。昭和54年（1979年）に町内で日本初となる肉食恐竜の歯の化石（ミフネリュウ）が見つかったことから「恐竜の郷」として知られ、平成10年（1998年）4月30日には御船町恐竜博物館が開館しました。</p>
<p>町の7割を占める中山間地域には日本名水百選に選ばれた水源があり、吉無田高原にはキャンプ場や、世界大会も開かれるマウンテンバイクのコースがあります。</p>
<dl>
<dt>計画の名称</dt><dd>第6次御船町総合計画（前期基本計画）</dd>
<dt>計画期間</dt><dd>令和3年度～令和7年度（5年間）</dd>
<dt>担当課</dt><dd>企画財政課</dd>
</dl>
<p>前期基本計画では、基本目標ごとに成果指標を定めています。目標値は、計画の最終年度（令和7年度）の値です。</p>
<h2>基本目標3　健やかで安心して暮らせるまちづくり</h2>
<table border="1">
<thead>
<tr><th scope="col" rowspan="2">No.</th><th scope="col" rowspan="2">成果指標</th><th scope="col" rowspan="2">単位</th><th scope="col" rowspan="2">基準値<br>（R元）</th><th scope="colgroup" colspan="3">実績値</th><th scope="col" rowspan="2">目標値<br>（R7）</th></tr>
<tr><th scope="col">R3</th><th scope="col">R4</th><th scope="col">R5</th></tr>
</thead>
<tbody>
<tr><td>1</td><td>健康寿命（平均自立期間）</td><td>歳</td><td>男性 79.6<br>女性 84.2</td><td>男性 79.9<br>女性 84.5</td><td>男性 80.1<br>女性 84.4</td><td>男性 80.3<br>女性 84.8</td><td>男性 81.0<br>女性 85.5</td></tr>
<tr><td>2</td><td>特定健康診査の受診率</td><td>％</td><td>38.4</td><td>36.9</td><td>39.8</td><td>42.1</td><td>45～50</td></tr>
<tr><td>3</td><td>社会増減数</td><td>人</td><td>△58</td><td>△41</td><td>±0</td><td>23</td><td>30</td></tr>
</tbody>
</table>
<p class="note">※No.3は、暦年（1月～12月）の転入者数から転出者数を引いた値です。△はマイナス（転出超過）を表します。</p>
<p class="note">※No.2の目標値は、45％以上50％以下の幅で設定しています。</p>
<h2>基本目標4　恐竜の郷の魅力を生かした交流のまちづくり</h2>
<table border="1">
<caption>（単位：千人）</caption>
<thead>
<tr><th scope="col" rowspan="2">No.</th><th scope="col" rowspan="2">成果指標</th><th scope="col" rowspan="2">基準値<br>（R元）</th><th scope="colgroup" colspan="3">実績値</th><th scope="col" rowspan="2">目標値<br>（R7）</th></tr>
<tr><th scope="col">R3</th><th scope="col">R4</th><th scope="col">R5</th></tr>
</thead>
<tbody>
<tr><td>4</td><td>観光入込客数</td><td>412.6</td><td>268.3</td><td>351.7</td><td>398.2</td><td>450.0</td></tr>
<tr><td>5</td><td>御船町恐竜博物館の入館者数</td><td>98.4</td><td>61.2</td><td>84.5</td><td>92.7</td><td>100.0</td></tr>
</tbody>
</table>
<h2>令和5年度の状況</h2>
<p>観光入込客数と恐竜博物館の入館者数は3年続けて増え、恐竜博物館は基準値の9割を超えました。社会増減数は、令和4年の均衡に続き、令和5年は23人の転入超過となりました。特定健康診査の受診率は、基準値を3.7ポイント上回りました。</p>
</main>
<footer><p>御船町役場　企画財政課</p></footer>
</body>
</html>
"""


def build_mifune():
    (HERE / "mifune_sogo6_zenki_seika_r5.html").write_text(MIFUNE, encoding="utf-8")


# ---------------------------------------------------------------- 唐津市 (CSV document, Shift_JIS, CRLF)
KARATSU_GOAL1 = "基本目標1　多様な産業の調和による「しごと」の創生"
KARATSU_GOAL2 = "基本目標2　地域資源の輝きが生み出す「ひとの流れ」の創生"
KARATSU_LINES = [
    "タイトル,第2期唐津市まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の進捗状況（令和5年度）",
    "公表日,令和6年11月29日",
    "担当課,企画部　政策課",
    "計画期間,令和2年度～令和6年度（5年間）",
    '市の概要,"平成17年（2005年）1月1日に唐津市と東松浦郡の浜玉町・厳木町・相知町・北波多村・肥前町・鎮西町・呼子町の1市6町1村が合併し、'
    "平成18年（2006年）に七山村を編入した。面積は487.60平方キロメートル。人口は昭和55年の142,224人から令和2年の117,373人に減少している。"
    '毎年11月2日から4日まで開かれる唐津くんちでは14台の曳山が巡行し、平成28年（2016年）にユネスコ無形文化遺産に登録された。"',
    '注記,"R5目標欄の「―」は、年度ごとの目標を設定していない指標。△はマイナス（転出超過）を表す。'
    'No.3のR4実績は、農林水産省の統計の確定に伴い、前回公表値（3,098）を修正した。"',
    "",
    "基本目標,区分,No.,指標名,単位,基準値（R元）,R3実績,R4実績,R5目標,R5実績,目標値（R6）",
    f'{KARATSU_GOAL1},数値目標,1,市内事業所の従業者数,人,"50,820","49,960","50,110",―,"50,240","51,000"',
    f"{KARATSU_GOAL1},KPI,2,企業立地等による新規雇用者数,人,48,52,61,60,57,60",
    f'{KARATSU_GOAL1},KPI,3,農業産出額,百万円,"2,984","3,051","3,127（修正）","3,100","3,168","3,200"',
    f"{KARATSU_GOAL2},数値目標,4,社会増減数,人,△612,△398,△455,―,△371,△300",
    f'{KARATSU_GOAL2},KPI,5,観光入込客数,千人,"5,874","4,102","5,236","5,600","5,711","6,000"',
]


def build_karatsu():
    text = "\r\n".join(KARATSU_LINES) + "\r\n"
    (HERE / "karatsu_sousei2_kpi_shinchoku_r5.csv").write_bytes(text.encode("cp932"))


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
    build_tsuyama()
    build_masaki()
    build_mifune()
    build_karatsu()
    if "--no-pdf" not in sys.argv:
        to_pdf()


if __name__ == "__main__":
    main()
