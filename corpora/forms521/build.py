"""Build forms521: four KPI documents of 西ノ島町, さぬき市, 甲佐町 and 南島原市.

Writes `nishinoshima_kaso_seika_r5.xlsx` (the workbook is the document), `sanuki_sousei_kpi_kensho_h30.html` and the XLSX
sources `source/kosa_yanaba_jimujigyo_r5.xlsx` and `source/minamishimabara_koki_seika_r6.xlsx`, which LibreOffice turns
into the PDFs of the same names.
Run `/work/venv/bin/python build.py` (`--no-pdf` skips LibreOffice). XLSX and HTML are byte-stable.
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
PDFS = ["kosa_yanaba_jimujigyo_r5", "minamishimabara_koki_seika_r6"]
COLS = "ABCDEFGHIJKLMNOP"
TRIANGLE = '#,##0;"△"#,##0'


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
    wb.properties.creator = "forms521"
    wb.properties.lastModifiedBy = "forms521"
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


# ---------------------------------------------------------------- 西ノ島町 (XLSX document)
NISHINOSHIMA_BANDS = [
    (
        "１　移住・定住・地域間交流の促進、人材育成",
        [
            # (No., 成果指標, 単位, 基準値 値, 基準値 年度, R3, R4, R5, R6（9月末）, 目標値 値, 目標値 年度, 担当課)
            (1, "UIターンによる転入者数", "人", 18, "R元", 21, 24, 19, 8, 25, "R7", "企画財政課"),
            (2, "空き家バンクの成約件数", "件", 3, "R2", 4, 6, 5, 2, 5, "R5", "企画財政課"),
        ],
    ),
    (
        "２　産業の振興",
        [
            (3, "繁殖雌牛の飼養頭数", "頭", 612, "R2", 598, 605, 590, 588, 650, "R7", "産業振興課"),
            (
                4,
                "岩ガキの出荷個数",
                "千個",
                142.5,
                "H30",
                118.0,
                131.6,
                138.2,
                64.3,
                150.0,
                "R5",
                "産業振興課",
            ),
            (
                5,
                "国賀めぐり定期観光船の乗船者数",
                "人",
                12480,
                "R元",
                "運休",
                6210,
                9870,
                8420,
                12000,
                "R7",
                "観光振興課",
            ),
        ],
    ),
]


def build_nishinoshima():
    wb = Workbook()
    ws = wb.active
    ws.title = "成果指標"
    widths(
        ws,
        {
            "A": 5,
            "B": 32,
            "C": 6,
            "D": 9,
            "E": 6,
            "F": 8,
            "G": 8,
            "H": 8,
            "I": 10,
            "J": 9,
            "K": 6,
            "L": 12,
        },
    )
    merge(
        ws,
        "A1:L1",
        "西ノ島町過疎地域持続的発展計画　成果指標の進捗状況（令和５年度）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:L2", "令和6年11月　西ノ島町　企画財政課", h="right")
    rows = [
        ("計画の名称", "西ノ島町過疎地域持続的発展計画"),
        ("計画期間", "令和3年度～令和7年度（5年間）"),
        (
            "町の概要",
            "本町は島根半島の北東約65kmの日本海に浮かぶ隠岐諸島の島前地区に位置し、「西ノ島」一島で一町を形成している。昭和32年（1957年）に浦郷町と"
            "黒木村が合併して誕生した。面積は55.97km²、人口は2,552人（2024年10月1日推計）。島の中央部には大正4年（1915年）に開削された船引運河が"
            "あり、外海側の国賀海岸には約13kmにわたって海蝕崖が続き、高さ257mの摩天崖は国内最大級の海蝕崖として知られる。主な産業は漁業・観光業・"
            "畜産業で、広大な牧野では牛馬の放牧が行われている。",
        ),
    ]
    r = form_rows(ws, 4, rows, ("A", "B"), ("C", "L"), {"町の概要": 58})
    r += 1
    put(ws, f"A{r}", "■成果指標の進捗状況", size=11, bold=True, wrap=False)
    r += 1
    top, low = r, r + 1
    for col, text in (("A", "No."), ("B", "成果指標"), ("C", "単位"), ("L", "担当課")):
        merge(ws, f"{col}{top}:{col}{low}", text, bold=True, box=True, shade=SHADE, h="center")
    for rng, text in (("D{0}:E{0}", "基準値"), ("F{0}:I{0}", "実績値"), ("J{0}:K{0}", "目標値")):
        merge(ws, rng.format(top), text, bold=True, box=True, shade=SHADE, h="center")
    lower = {
        "D": "値",
        "E": "年度",
        "F": "R3",
        "G": "R4",
        "H": "R5",
        "I": "R6（9月末）",
        "J": "値",
        "K": "年度",
    }
    for col, text in lower.items():
        put(ws, f"{col}{low}", text, bold=True, box=True, shade=SHADE, h="center")
    ws.row_dimensions[top].height = 18
    ws.row_dimensions[low].height = 18
    r = low + 1
    for band, items in NISHINOSHIMA_BANDS:
        merge(ws, f"A{r}:L{r}", band, bold=True, box=True, shade=LIGHT)
        ws.row_dimensions[r].height = 18
        r += 1
        for no, name, unit, *vals, dept in items:
            put(ws, f"A{r}", no, box=True, h="center")
            put(ws, f"B{r}", name, box=True)
            put(ws, f"C{r}", unit, box=True, h="center")
            for col, v in zip("DEFGHIJK", vals, strict=True):
                word = isinstance(v, str)
                fmt = "#,##0.0" if unit == "千個" and not word else None
                put(ws, f"{col}{r}", v, box=True, h="center" if word else "right", fmt=fmt)
            put(ws, f"L{r}", dept, box=True, h="center")
            ws.row_dimensions[r].height = 20
            r += 1
    notes(
        ws,
        r,
        [
            "※1　基準値及び目標値の「年度」欄は、その値の年度を示す。",
            "※2　R6（9月末）欄は、令和6年4月1日から9月30日までの実績（No.3は9月30日現在の頭数）。",
            "※3　No.5のR3は、新型コロナウイルス感染症の影響により通年運休したため、実績がない。",
        ],
        "L",
    )
    page(ws, landscape=True)
    save(wb, HERE / "nishinoshima_kaso_seika_r5.xlsx")


# ---------------------------------------------------------------- 甲佐町 (XLSX source of the PDF)
KOSA_INDICATORS = [
    # (区分, No., 指標名, 基準値（R元）, R4実績, R5目標, R5実績, R7目標（最終）)
    ("活動指標", 1, "やな場PRイベント・物産展への出展回数", "5回", "3回", "6回", "7回", "8回"),
    ("活動指標", 2, "鮎のつかみ取り体験の開催回数", "12回", "中止", "10回", "9回", "12回"),
    ("成果指標", 3, "やな場の来場者数", "38,420人", "33,800人", "3.5万人", "36,100人", "4万人"),
    (
        "成果指標",
        4,
        "やな場の売上額",
        "3,012万円",
        "2,987万円",
        "3,200万円",
        "3,415万円",
        "3,600万円",
    ),
]


def build_kosa():
    wb = Workbook()
    ws = wb.active
    ws.title = "事務事業評価"
    widths(ws, {"A": 9, "B": 5, "C": 34, "D": 11, "E": 11, "F": 11, "G": 11, "H": 12})
    merge(
        ws,
        "A1:H1",
        "令和６年度　事務事業評価シート（令和５年度実施事業）",
        size=13,
        bold=True,
        h="center",
    )
    merge(ws, "A2:H2", "作成日　令和6年8月20日　甲佐町", h="right")
    put(ws, "A4", "１　事業の概要", size=11, bold=True, wrap=False)
    rows = [
        ("事務事業名", "甲佐町やな場管理運営事業"),
        ("担当課", "産業振興課　商工観光係"),
        ("関連計画", "第7次甲佐町総合計画"),
        ("事業期間", "継続"),
        ("事業費（R5決算）", "9,860千円（うち一般財源　2,140千円）"),
        (
            "事業の概要",
            "本町は熊本県のほぼ中央、熊本市の南東約20kmに位置し、昭和30年（1955年）に甲佐町と宮内・竜野・白旗・乙女の4村が合併して現在の町域と"
            "なった。面積は57.93km²、人口は10,132人（2020年国勢調査）。町の中央を流れる緑川は鮎の川として知られ、毎年6月～10月は友釣りの釣り人で"
            "にぎわう。甲佐町やな場は、寛永10年（1633年）に肥後藩主細川忠利の命で造られた水田用水の調節の場に由来し、茅葺き屋根のあずま屋で"
            "鮎の刺身や塩焼き、鮎うるかなどを味わえる。毎年6月1日から11月30日まで営業している。本事業では、やな場の施設の維持管理と運営、"
            "町内外へのPRを行う。",
        ),
    ]
    r = form_rows(ws, 5, rows, ("A", "B"), ("C", "H"), {"事業の概要": 80})
    r += 1
    put(ws, f"A{r}", "２　指標の推移", size=11, bold=True, wrap=False)
    r += 1
    head = [
        "区分",
        "No.",
        "指標名",
        "基準値（R元）",
        "R4実績",
        "R5目標",
        "R5実績",
        "R7目標（最終）",
    ]
    for i, text in enumerate(head):
        put(ws, f"{COLS[i]}{r}", text, bold=True, box=True, shade=SHADE, h="center")
    ws.row_dimensions[r].height = 24
    r += 1
    groups = {}
    for kubun, no, name, *vals in KOSA_INDICATORS:
        groups.setdefault(kubun, [r, r])[1] = r
        put(ws, f"B{r}", no, box=True, h="center")
        put(ws, f"C{r}", name, box=True)
        for col, v in zip("DEFGH", vals, strict=True):
            put(ws, f"{col}{r}", v, box=True, h="center" if v == "中止" else "right")
        ws.row_dimensions[r].height = 28
        r += 1
    for kubun, (a, b) in groups.items():
        merge(ws, f"A{a}:A{b}", kubun, box=True, h="center")
    r = notes(
        ws,
        r,
        [
            "※1　No.2のR4は、緑川の増水が続き安全が確保できなかったため、全日程を中止した。",
            "※2　No.3・No.4は、やな場の営業期間（6月1日～11月30日）の実績。",
        ],
        "H",
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
                "継続（来場者数・売上額は目標を上回ったが、体験の開催回数は目標に届かなかった。増水時の代替プログラムを用意し、実施回数の確保を図る。）",
            ),
        ],
        ("A", "B"),
        ("C", "H"),
        {"今後の方向性": 30},
    )
    page(ws, landscape=False)
    save(wb, SRC / "kosa_yanaba_jimujigyo_r5.xlsx")


# ---------------------------------------------------------------- 南島原市 (XLSX source of the PDF)
MINAMISHIMABARA_GROUPS = [
    (
        "政策1　活力ある産業のまちづくり",
        [
            # (No., 成果指標, 単位, 基準値（R3）, R5実績, R6目標, R6実績, 達成状況, 目標値（R9）, 担当課)
            (1, "手延そうめんの生産量", "t", 15820, 14960, 15500, 14380, "○", 16000, "農林課"),
            (2, "新規就農者数", "人", 24, 28, 30, 21, "△", 35, "農林課"),
            (3, "観光客数", "千人", 1126.4, 1212.8, 1300.0, 1318.2, "◎", 1500.0, "商工観光課"),
        ],
    ),
    (
        "政策3　安心して暮らせるまちづくり",
        [
            (4, "人口の社会増減数", "人", -412, -356, "―", -318, "―", -200, "政策企画課"),
            (5, "1人1日当たりごみ排出量の削減", "g", 912, 896, 880, 884, "○", 850, "環境課"),
        ],
    ),
]


def build_minamishimabara():
    wb = Workbook()
    ws = wb.active
    ws.title = "成果指標"
    widths(
        ws,
        {
            "A": 24,
            "B": 5,
            "C": 28,
            "D": 6,
            "E": 11,
            "F": 10,
            "G": 10,
            "H": 10,
            "I": 9,
            "J": 11,
            "K": 12,
        },
    )
    merge(
        ws,
        "A1:K1",
        "第Ⅱ期南島原市総合計画 後期基本計画　成果指標の進捗状況（令和６年度）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:K2", "令和7年9月　南島原市　政策企画課", h="right")
    rows = [
        ("計画の名称", "第Ⅱ期南島原市総合計画　後期基本計画"),
        (
            "計画期間",
            "基本構想　平成30年度～令和9年度（10年間）／後期基本計画　令和5年度～令和9年度（5年間）",
        ),
        ("まちの将来像", "これからも住み続けたい　住んでみたいまち　みなみしまばら"),
        (
            "市の概要",
            "平成18年（2006年）3月31日に南高来郡の加津佐・口之津・南有馬・北有馬・西有家・有家・布津・深江の8町が合併して誕生した。島原半島の南部に"
            "位置し、面積は170.13km²、人口は38,515人（2024年10月1日推計）。島原・天草一揆の舞台となった原城跡は、平成30年（2018年）に世界文化遺産に"
            "登録された。特産の島原手延そうめんは生産量全国第2位を誇り、口之津港には永禄10年（1567年）にポルトガル船が来航した。",
        ),
    ]
    r = form_rows(ws, 4, rows, ("A", "B"), ("C", "K"), {"市の概要": 44})
    r += 1
    put(ws, f"A{r}", "■成果指標の進捗状況", size=11, bold=True, wrap=False)
    merge(
        ws,
        f"E{r}:K{r}",
        "【達成状況】◎：目標を達成　○：目標の80％以上　△：目標の50％以上80％未満　×：目標の50％未満　―：評価できないもの",
        size=8,
        h="right",
    )
    r += 1
    head = [
        "政策",
        "No.",
        "成果指標",
        "単位",
        "基準値（R3）",
        "R5実績",
        "R6目標",
        "R6実績",
        "達成状況",
        "目標値（R9）",
        "担当課",
    ]
    for i, text in enumerate(head):
        put(ws, f"{COLS[i]}{r}", text, bold=True, box=True, shade=SHADE, h="center")
    ws.row_dimensions[r].height = 22
    r += 1
    for policy, items in MINAMISHIMABARA_GROUPS:
        first = r
        for no, name, unit, *vals, dept in items:
            put(ws, f"B{r}", no, box=True, h="center")
            put(ws, f"C{r}", name, box=True)
            put(ws, f"D{r}", unit, box=True, h="center")
            for col, v in zip("EFGHIJ", vals, strict=True):
                if isinstance(v, str):
                    put(ws, f"{col}{r}", v, box=True, h="center", size=10 if col == "I" else 9)
                elif isinstance(v, float):
                    put(ws, f"{col}{r}", v, box=True, h="right")
                else:
                    put(ws, f"{col}{r}", v, box=True, h="right", fmt=TRIANGLE)
            put(ws, f"K{r}", dept, box=True, h="center")
            ws.row_dimensions[r].height = 22
            r += 1
        merge(ws, f"A{first}:A{r - 1}", policy, box=True, h="center")
    notes(
        ws,
        r,
        [
            "※1　△の付いた数値はマイナスを表す（No.4は転出者数が転入者数を上回った人数）。",
            "※2　No.4は年度ごとの目標を設けていないため、R6目標及び達成状況を「―」とした。",
            "※3　達成状況は、R6実績をR6目標と比較したもの（No.5は数値が小さいほど良い指標）。",
        ],
        "K",
    )
    page(ws, landscape=True)
    save(wb, SRC / "minamishimabara_koki_seika_r6.xlsx")


# ---------------------------------------------------------------- さぬき市 (HTML document)
SANUKI = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>さぬき市まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の検証結果（平成30年度） | さぬき市</title>
</head>
<body>
<nav aria-label="パンくずリスト"><ol>
<li><a href="/">ホーム</a></li>
<li><a href="/shisei/">市政情報</a></li>
<li><a href="/shisei/keikaku/">計画・構想</a></li>
<li>さぬき市まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の検証結果（平成30年度）</li>
</ol></nav>
<main>
<h1>さぬき市まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の検証結果（平成３０年度）</h1>
<p class="date">更新日：2019年10月1日　担当：政策課</p>
<p>さぬき市は、2002（平成14）年4月1日に大川郡の津田町・大川町・志度町・寒川町・長尾町の5町が合併して誕生しました。面積は158.63km²、人口は50,272人（平成27年国勢調査）で、香川県庁所在地の高松市から東へ約15kmに位置しています。</p>
<p>白砂青松の津田の松原は「日本の渚百選」に選ばれ、市内には四国八十八箇所の86番札所志度寺、87番札所長尾寺、88番札所大窪寺があることから、「結願のまち」として知られています。</p>
<dl>
<dt>計画の名称</dt><dd>さぬき市まち・ひと・しごと創生総合戦略</dd>
<dt>計画期間</dt><dd>平成27年度～平成31年度（5年間）</dd>
<dt>担当課</dt><dd>政策課</dd>
</dl>
<h2>基本目標ごとのKPIの検証結果</h2>
<p>各年度の欄は、上段に目標値、下段に実績値を記載しています。年度目標を設定していない年度は、実績値のみを記載しています。</p>
<h3>基本目標1　働く場をつくる</h3>
<table border="1">
<thead>
<tr><th scope="col">No.</th><th scope="col">重要業績評価指標（KPI）</th><th scope="col">単位</th><th scope="col">基準値<br>（H26）</th><th scope="col">平成28年度</th><th scope="col">平成29年度</th><th scope="col">平成30年度</th><th scope="col">目標値<br>（H31）</th></tr>
</thead>
<tbody>
<tr><td>①</td><td>新規創業者数</td><td>件</td><td>12</td><td>目標 14<br>実績 15</td><td>目標 16<br>実績 13</td><td>目標 18<br>実績 19</td><td>20</td></tr>
<tr><td>②</td><td>新規就農者数</td><td>人</td><td>6</td><td>実績 9</td><td>目標 8<br>実績 7</td><td>目標 9<br>実績 10</td><td>10</td></tr>
</tbody>
</table>
<p class="note">※②の年度目標は、平成29年度から設定しています。</p>
<h3>基本目標2　ひとの流れをつくる（変える）</h3>
<table border="1">
<thead>
<tr><th scope="col">No.</th><th scope="col">重要業績評価指標（KPI）</th><th scope="col">単位</th><th scope="col">基準値<br>（H26）</th><th scope="col">平成28年度</th><th scope="col">平成29年度</th><th scope="col">平成30年度</th><th scope="col">目標値<br>（H31）</th></tr>
</thead>
<tbody>
<tr><td>③</td><td>移住相談件数</td><td>件</td><td>48</td><td>目標 60<br>実績 72</td><td>目標 70<br>実績 85</td><td>目標 80<br>実績 78</td><td>100</td></tr>
<tr><td>④</td><td>観光入込客数</td><td>千人</td><td>1,482.6</td><td>目標 1,500.0<br>実績 1,512.3</td><td>目標 1,520.0<br>実績 1,498.7</td><td>目標 1,540.0<br>実績 1,563.1</td><td>1,600.0</td></tr>
<tr><td>⑤</td><td>新規就農者数（再掲）</td><td>人</td><td>6</td><td>実績 9</td><td>目標 8<br>実績 7</td><td>目標 9<br>実績 10</td><td>10</td></tr>
</tbody>
</table>
<p class="note">※⑤は、基本目標1の②を、移住者の就農の受け皿として基本目標2にも掲げたものです。</p>
<h2>検証結果の概要</h2>
<p>平成30年度は、5指標のうち4指標で年度目標を達成しました。移住相談件数は年度目標を2件下回りましたが、平成28年度から3年続けて70件を超えています。計画の最終年度となる平成31年度（令和元年度）は、次期総合戦略の策定とあわせて、これまでの取組を検証します。</p>
</main>
<footer><p>さぬき市役所　政策課</p></footer>
</body>
</html>
"""


def build_sanuki():
    (HERE / "sanuki_sousei_kpi_kensho_h30.html").write_text(SANUKI, encoding="utf-8")


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
    build_nishinoshima()
    build_kosa()
    build_minamishimabara()
    build_sanuki()
    if "--no-pdf" not in sys.argv:
        to_pdf()


if __name__ == "__main__":
    main()
