"""Build forms518: four KPI documents of 音更町, 能代市, 深浦町 and 西郷村.

Writes `otofuke_sairinka_jimujigyo_r6.xlsx` (the workbook is the document), `noshiro_sousei2_kpi_kensho_r5.html`
and the XLSX sources `source/fukaura_magusute_shuyo_seika_r5.xlsx` and `source/nishigo_ijuteiju_kofukin_kensho_r5.xlsx`,
which LibreOffice turns into the PDFs of the same names.
Run `/work/venv/bin/python build.py` (`--no-pdf` skips LibreOffice). XLSX and HTML are byte-stable.

The 音更 workbook keeps Excel formulas (No.6 and the 達成率 column) with their cached results written into the
sheet XML, as a workbook saved by Excel carries them.
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
STAMP = (2025, 7, 25, 9, 0, 0)
STAMP_ISO = b"2025-07-25T09:00:00Z"
PDFS = ["fukaura_magusute_shuyo_seika_r5", "nishigo_ijuteiju_kofukin_kensho_r5"]
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


def fill_cache(data, cache):
    """Write cached results into formula cells (`<f>…</f><v></v>` → `<f>…</f><v>N</v>`)."""
    for ref, value in cache.items():
        pattern = rb'(<c r="' + ref.encode() + rb'"[^>]*>)<f>([^<]*)</f>(?:<v\s*/>|<v>\s*</v>|)'
        new, n = re.subn(
            pattern,
            lambda m, v=value: (
                m.group(1) + b"<f>" + m.group(2) + b"</f><v>" + repr(v).encode() + b"</v>"
            ),
            data,
        )
        if n != 1:
            raise RuntimeError(f"formula cell {ref} not found once ({n})")
        data = new
    return data


def save(wb, path, cache=None):
    """Save with fixed properties and fixed zip timestamps, so the bytes do not change."""
    wb.properties.creator = "forms518"
    wb.properties.lastModifiedBy = "forms518"
    buf = io.BytesIO()
    wb.save(buf)
    buf.seek(0)
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in sorted(zin.infolist(), key=lambda i: i.filename):
            data = zin.read(item.filename)
            if item.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>" + STAMP_ISO, data)
                data = re.sub(rb"(<dcterms:created[^>]*>)[^<]*", rb"\g<1>" + STAMP_ISO, data)
            if cache and item.filename == "xl/worksheets/sheet1.xml":
                data = fill_cache(data, cache)
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


# ---------------------------------------------------------------- 音更町 (XLSX document)
OTOFUKE_ROWS = [
    # (区分, No., 指標名, R4実績, R5実績, R6目標, R6実績, R7目標, R9目標（最終）); 単位 per row below
    ("活動指標", 1, "光のオブジェの設置数", 600, 600, 600, 620, 620, 650),
    ("活動指標", 2, "道外・海外での観光PR回数", 3, 5, 6, 6, 6, 8),
    ("成果指標", 3, "彩凛華の来場者数", 22410, 25170, 27000, 19128, 25000, 28000),
    ("成果指標", 4, "十勝川温泉の宿泊客数（1月～2月）", 41260, 46830, 48000, 44150, 48000, 52000),
    (
        "成果指標",
        5,
        "十勝川温泉の日帰り入浴客数（1月～2月）",
        28540,
        31020,
        32000,
        32460,
        33000,
        34000,
    ),
    ("成果指標", 6, "十勝川温泉の冬季入込客数（No.4＋No.5）", None, None, None, None, None, None),
]
OTOFUKE_UNITS = {1: "基", 2: "回"}  # No.3–No.6 share one merged 単位 cell


def build_otofuke():
    wb = Workbook()
    ws = wb.active
    ws.title = "事務事業評価"
    widths(
        ws,
        {
            "A": 8,
            "B": 4,
            "C": 30,
            "D": 5,
            "E": 9,
            "F": 9,
            "G": 9,
            "H": 9,
            "I": 9,
            "J": 9,
            "K": 11,
        },
    )
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
    r = form_rows(
        ws,
        5,
        [
            ("事務事業名", "十勝川温泉冬季誘客促進事業"),
            ("担当課", "経済部　商工観光課"),
            ("関連計画", "第6期音更町総合計画（令和3年度～令和12年度）"),
            ("事業期間", "令和5年度～令和9年度"),
            ("事業費（R6決算）", "5,000千円（おとふけ十勝川白鳥まつり彩凛華実行委員会への補助金）"),
            (
                "事業の概要",
                "本町は十勝平野のほぼ中央に位置し、面積は466.02km²で、北海道の町村で最も人口が多い。十勝川温泉は植物由来の有機物を含む"
                "「モール温泉」として知られ、平成16年（2004年）に北海道遺産に選ばれた。冬の「おとふけ十勝川白鳥まつり彩凛華」は平成4年（1992年）に"
                "始まり、約600基の光のオブジェが音楽に合わせて点滅する。令和6年（2024年）の開催から、中学生以上の来場者に1人500円のイベント維持"
                "協力金をお願いしている。本事業は実行委員会への補助を通じて、冬季の温泉街への誘客を図る。",
            ),
        ],
        ("A", "B"),
        ("C", "K"),
        tall={"事業の概要": 66},
    )
    r += 1
    put(ws, f"A{r}", "２　指標の推移", size=11, bold=True, wrap=False)
    r += 1
    head = [
        "区分",
        "No.",
        "指標名",
        "単位",
        "R4実績",
        "R5実績",
        "R6目標",
        "R6実績",
        "達成率（R6）",
        "R7目標",
        "R9目標（最終）",
    ]
    for i, text in enumerate(head):
        put(ws, f"{COLS[i]}{r}", text, bold=True, box=True, shade=SHADE, h="center")
    ws.row_dimensions[r].height = 28
    r += 1
    start = r
    row_of = {}
    cache = {}
    for kubun, no, name, *vals in OTOFUKE_ROWS:
        row_of[no] = r
        put(ws, f"A{r}", kubun, box=True, h="center")
        put(ws, f"B{r}", no, box=True, h="center")
        put(ws, f"C{r}", name, box=True)
        put(ws, f"D{r}", OTOFUKE_UNITS.get(no, "人" if no == 3 else None), box=True, h="center")
        for col, v in zip("EFGHJK", vals, strict=True):
            if v is None:  # No.6: the sum of No.4 and No.5, kept as a formula
                a, b = row_of[4], row_of[5]
                put(ws, f"{col}{r}", f"={col}{a}+{col}{b}", box=True, h="right", fmt="#,##0")
                cache[f"{col}{r}"] = ws[f"{col}{a}"].value + ws[f"{col}{b}"].value
            else:
                put(ws, f"{col}{r}", v, box=True, h="right")
        put(ws, f"I{r}", f"=H{r}/G{r}", box=True, shade=LIGHT, h="right", fmt="0.0%")
        ws.row_dimensions[r].height = 20
        r += 1
    for no in range(1, 7):
        rr = row_of[no]
        h_val = cache.get(f"H{rr}", ws[f"H{rr}"].value)
        g_val = cache.get(f"G{rr}", ws[f"G{rr}"].value)
        cache[f"I{rr}"] = h_val / g_val
    ws.merge_cells(f"A{start}:A{start + 1}")
    ws.merge_cells(f"A{start + 2}:A{start + 5}")
    ws.merge_cells(f"D{start + 2}:D{start + 5}")  # one 単位 cell 「人」 for No.3–No.6
    r = notes(
        ws,
        r,
        [
            "※1　No.3は各年度の開催期間（1月下旬～2月下旬）中の来場者数（実行委員会調べ）。令和6年度は大雪の影響により来場者が減少した。",
            "※2　No.4・No.5は十勝川温泉観光協会調べ（1月～2月の2か月間）。No.6はNo.4とNo.5の合計。",
            "※3　達成率＝R6実績÷R6目標",
        ],
        "K",
    )
    r += 1
    put(ws, f"A{r}", "３　評価", size=11, bold=True, wrap=False)
    r += 1
    form_rows(
        ws,
        r,
        [
            ("総合評価", "B（概ね順調）"),
            (
                "今後の方向性",
                "改善（大雪など悪天候時の来場者対策と、宿泊と組み合わせた周遊商品の造成を進める）",
            ),
        ],
        ("A", "B"),
        ("C", "K"),
    )
    page(ws, landscape=False)
    save(wb, HERE / "otofuke_sairinka_jimujigyo_r6.xlsx", cache)


# ---------------------------------------------------------------- 深浦町 (PDF source, portrait)
FUKAURA_ROWS = [
    # (No., 成果指標, 単位, 基準値（H30）, R4目標, R4実績, R5目標, R5実績, 最終目標（R7）, 備考)
    (
        1,
        "深浦マグロステーキ丼の提供食数（発売からの累計）",
        "万食",
        21.3,
        29.0,
        28.6,
        31.0,
        31.4,
        35.0,
        "H30.10.17に20万食達成",
    ),
    (
        2,
        "深浦マグロソフトクリームの販売数",
        "食",
        "―",
        3000,
        3410,
        3500,
        3120,
        4000,
        "H31.4.27販売開始",
    ),
    (3, "観光入込客数", "千人", 912.4, "―", 798.6, 850.0, "約880", 950.0, "R5は概数"),
    (4, "深浦マグロステーキ丼の提供店舗数", "店舗", 7, 7, 7, 8, 7, 8, ""),
]


def build_fukaura():
    wb = Workbook()
    ws = wb.active
    ws.title = "主要施策の成果"
    widths(
        ws,
        {"A": 5, "B": 28, "C": 6, "D": 9, "E": 8, "F": 8, "G": 8, "H": 8, "I": 9, "J": 16},
    )
    merge(
        ws,
        "A1:J1",
        "令和５年度　主要な施策の成果に関する説明書（抜粋）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:J2", "令和6年9月　深浦町 観光課", h="right")
    r = form_rows(
        ws,
        4,
        [
            ("事業名", "深浦マグロステーキ丼を核とした食観光推進事業"),
            ("所管課", "観光課"),
            ("会計区分", "一般会計　商工費"),
            ("決算額", "令和5年度　8,240千円（うち一般財源　4,120千円）"),
            (
                "事業の内容",
                "本町は青森県の西南部に位置し、山間部は平成5年（1993年）12月に世界自然遺産に登録された白神山地に連なる。白神山地の麓の十二湖は"
                "33の湖沼からなり、青池で知られる。マグロの水揚げ量は県内1位で、平成25年（2013年）6月に町内7店舗で発売したご当地グルメ"
                "「深浦マグロステーキ丼」（1,500円）は、平成30年（2018年）10月17日に販売20万食を達成した。町の人口は7,251人（2023年2月末）。"
                "本事業では、提供店舗への支援、マグロソフトクリームなど関連商品のPR、首都圏での誘客宣伝を行った。",
            ),
        ],
        ("A", "B"),
        ("C", "J"),
        tall={"事業の内容": 70},
    )
    r += 1
    put(ws, f"A{r}", "■成果指標の状況", size=11, bold=True, wrap=False)
    r += 1
    top, low = r, r + 1
    for col, text in (
        ("A", "No."),
        ("B", "成果指標"),
        ("C", "単位"),
        ("D", "基準値（H30）"),
        ("I", "最終目標（R7）"),
        ("J", "備考"),
    ):
        merge(ws, f"{col}{top}:{col}{low}", text, bold=True, box=True, shade=SHADE, h="center")
    for a, b, year in (("E", "F", "令和4年度"), ("G", "H", "令和5年度")):
        merge(ws, f"{a}{top}:{b}{top}", year, bold=True, box=True, shade=SHADE, h="center")
        put(ws, f"{a}{low}", "目標", bold=True, box=True, shade=SHADE, h="center")
        put(ws, f"{b}{low}", "実績", bold=True, box=True, shade=SHADE, h="center")
    ws.row_dimensions[top].height = 18
    ws.row_dimensions[low].height = 18
    r = low + 1
    for no, name, unit, *vals, note in FUKAURA_ROWS:
        put(ws, f"A{r}", no, box=True, h="center")
        put(ws, f"B{r}", name, box=True)
        put(ws, f"C{r}", unit, box=True, h="center")
        for col, v in zip("DEFGHI", vals, strict=True):
            put(ws, f"{col}{r}", v, box=True, h="center" if isinstance(v, str) else "right")
        put(ws, f"J{r}", note, box=True, size=8)
        ws.row_dimensions[r].height = 30
        r += 1
    notes(
        ws,
        r,
        [
            "※1　No.1は平成25年6月の発売からの累計。",
            "※2　No.2は平成31年4月に販売を開始したため、基準値はない。",
            "※3　No.3の令和4年度は、新型コロナウイルス感染症の影響により目標値を設定していない。令和5年度実績は県の観光入込客統計の確定前の概数。",
        ],
        "J",
    )
    page(ws, landscape=False)
    save(wb, SRC / "fukaura_magusute_shuyo_seika_r5.xlsx")


# ---------------------------------------------------------------- 西郷村 (PDF source, landscape)
NISHIGO_ROWS = [
    # (No., KPI, 単位, 事業開始前（R3）, R4目標, R4実績, R5目標, R5実績, R6目標, R6見込, 評価（R5）)
    (1, "移住相談件数", "件", 48, 60, 66, 70, 64, 80, 82, "B"),
    (2, "新幹線通勤費補助の交付件数", "件", 12, 15, 18, 20, 23, "3年間で延べ60件", 26, "A"),
    (
        3,
        "甲子高原・羽鳥湖高原の観光入込客数",
        "千人",
        386.2,
        400.0,
        372.8,
        410.0,
        405.1,
        420.0,
        418.0,
        "B",
    ),
    (4, "支援制度を利用した移住者数", "人", 35, 40, 38, 45, 52, 50, 55, "A"),
]


def build_nishigo():
    wb = Workbook()
    ws = wb.active
    ws.title = "効果検証"
    widths(
        ws,
        {"A": 5, "B": 30, "C": 6, "D": 11, "E": 9, "F": 9, "G": 9, "H": 9, "I": 13, "J": 9, "K": 9},
    )
    merge(
        ws,
        "A1:K1",
        "デジタル田園都市国家構想交付金（地方創生推進タイプ）　効果検証シート（令和５年度）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:K2", "令和6年8月　西郷村 企画政策課", h="right")
    r = form_rows(
        ws,
        4,
        [
            ("交付対象事業の名称", "「新幹線が停まる村」にしごう移住・定住促進事業"),
            ("地域再生計画の名称", "西郷村まち・ひと・しごと創生推進計画"),
            ("事業実施期間", "令和4年度～令和6年度（3か年）"),
            ("交付対象事業費", "令和5年度　16,800千円（うち交付金　8,400千円）"),
            ("担当課", "企画政策課"),
            (
                "村の概要",
                "本村は福島県中通りの南部に位置し、面積は192.06km²、人口は21,210人（2024年10月1日推計）。東京から北へ約185km、日本の村で唯一"
                "東北新幹線が停車する新白河駅があり、東京まで約90分で結ばれている。生活圏は標高400～600mの高原にあり、2020年の国勢調査では全国で"
                "4番目に人口の多い村である。本事業では、移住相談窓口の運営、新幹線通勤者への通勤費補助、甲子高原・羽鳥湖高原の魅力発信を一体的に行う。",
            ),
        ],
        ("A", "B"),
        ("C", "K"),
        tall={"村の概要": 44},
    )
    r += 1
    put(ws, f"A{r}", "■重要業績評価指標（KPI）の目標と実績", size=11, bold=True, wrap=False)
    merge(
        ws,
        f"F{r}:K{r}",
        "【評価】　A：目標を達成　B：目標の80％以上　C：目標の80％未満（令和5年度の実績により評価）",
        size=8,
        h="right",
    )
    r += 1
    top, low = r, r + 1
    for col, text in (
        ("A", "No."),
        ("B", "重要業績評価指標（KPI）"),
        ("C", "単位"),
        ("D", "事業開始前（R3）"),
        ("K", "評価（R5）"),
    ):
        merge(ws, f"{col}{top}:{col}{low}", text, bold=True, box=True, shade=SHADE, h="center")
    for a, b, year, word in (
        ("E", "F", "令和4年度", "実績"),
        ("G", "H", "令和5年度", "実績"),
        ("I", "J", "令和6年度", "見込"),
    ):
        merge(ws, f"{a}{top}:{b}{top}", year, bold=True, box=True, shade=SHADE, h="center")
        put(ws, f"{a}{low}", "目標", bold=True, box=True, shade=SHADE, h="center")
        put(ws, f"{b}{low}", word, bold=True, box=True, shade=SHADE, h="center")
    ws.row_dimensions[top].height = 18
    ws.row_dimensions[low].height = 18
    r = low + 1
    for no, name, unit, *vals, grade in NISHIGO_ROWS:
        put(ws, f"A{r}", no, box=True, h="center")
        put(ws, f"B{r}", name, box=True)
        put(ws, f"C{r}", unit, box=True, h="center")
        for col, v in zip("DEFGHIJ", vals, strict=True):
            put(ws, f"{col}{r}", v, box=True, h="center" if isinstance(v, str) else "right")
        put(ws, f"K{r}", grade, box=True, h="center")
        ws.row_dimensions[r].height = 24
        r += 1
    notes(
        ws,
        r,
        [
            "※1　令和6年度の「見込」は年度末までの見込値。",
            "※2　No.2の令和6年度の欄は、事業実施期間（3か年）全体の目標。",
            "※3　No.3は甲子温泉・羽鳥湖高原の主要観光施設の入込客数の合計。",
        ],
        "K",
    )
    page(ws, landscape=True)
    save(wb, SRC / "nishigo_ijuteiju_kofukin_kensho_r5.xlsx")


# ---------------------------------------------------------------- 能代市 (HTML)
NOSHIRO = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>第2期能代市まち・ひと・しごと創生総合戦略　KPIの検証結果（令和５年度） | 能代市</title>
</head>
<body>
<nav aria-label="パンくずリスト"><ol>
<li><a href="/">ホーム</a></li>
<li><a href="/city/">市政情報</a></li>
<li><a href="/city/sousei/">地方創生</a></li>
<li>第2期能代市まち・ひと・しごと創生総合戦略　KPIの検証結果（令和５年度）</li>
</ol></nav>
<main>
<h1>第2期能代市まち・ひと・しごと創生総合戦略　KPIの検証結果（令和５年度）</h1>
<p class="date">更新日：2024年10月1日　担当：企画部 総合政策課</p>
<p>能代市は秋田県の北西部に位置し、北は世界自然遺産の白神山地、西は日本海に面しています。面積は426.95km²、2020年の国勢調査人口は49,968人（高齢化率41.6%）で、2015年と比べて4,762人減少しました。</p>
<p>旧能代工業高校バスケットボール部が全国制覇58回を成し遂げた「バスケの街」であり、特産の白神ねぎは9年連続で売上10億円を突破しています。</p>
<dl>
<dt>計画の名称</dt><dd>第2期能代市まち・ひと・しごと創生総合戦略</dd>
<dt>計画期間</dt><dd>令和2年度～令和6年度（5年間）</dd>
<dt>担当課</dt><dd>企画部　総合政策課</dd>
</dl>
<h2>基本目標ごとの数値目標・KPIの状況</h2>
<p>進捗欄の記号　◎：目標値を達成　○：目標値の8割以上　△：目標値の8割未満（いずれも2023年度の実績を2024年度の目標値と比べたもの）。</p>
<p>実績値などの数値に付した「△」はマイナス（転出超過）を表します。</p>
<table border="1">
<thead>
<tr><th rowspan="2">区分</th><th rowspan="2">指標</th><th rowspan="2">単位</th><th rowspan="2">基準値<br>（2018年度）</th><th colspan="3">実績値</th><th rowspan="2">目標値<br>（2024年度）</th><th rowspan="2">進捗</th></tr>
<tr><th>2021年度</th><th>2022年度</th><th>2023年度</th></tr>
</thead>
<tbody>
<tr><th colspan="9" scope="rowgroup">基本目標1　多様なニーズに応える雇用機会と労働環境をつくる</th></tr>
<tr><td>数値目標</td><th scope="row">新規高卒者の市内就職率</th><td>％</td><td>38.5</td><td>41.2</td><td>43.0</td><td>44.6</td><td>50.0</td><td>○</td></tr>
<tr><td>KPI</td><th scope="row">白神ねぎの販売額</th><td>億円</td><td>10.2</td><td>10.6</td><td>10.9</td><td>11.2</td><td>12.0</td><td>○</td></tr>
<tr><th colspan="9" scope="rowgroup">基本目標2　能代への定着・回帰と新しい人の流れをつくる</th></tr>
<tr><td>数値目標</td><th scope="row">社会増減数</th><td>人</td><td>△412</td><td>△398</td><td>△371</td><td>△356</td><td>△300</td><td>△</td></tr>
<tr><td>KPI</td><th scope="row">相談窓口を経由した移住者数</th><td>人</td><td>41</td><td>72</td><td>85</td><td>94</td><td>100</td><td>○</td></tr>
<tr><td>KPI</td><th scope="row">バスケの街づくり関連イベントの参加者数</th><td>千人</td><td>18.4</td><td>9.6</td><td>14.2</td><td>21.3</td><td>20.0</td><td>◎</td></tr>
</tbody>
</table>
<p>※相談窓口を経由した移住者は、2022年度が61世帯85人、2023年度が66世帯94人で、平成28年度からの集計で過去最多となりました。</p>
<p>※白神ねぎの販売額は、農協の販売実績（税込）です。</p>
</main>
<footer><p>能代市役所　企画部 総合政策課</p></footer>
</body>
</html>
"""


def build_noshiro():
    (HERE / "noshiro_sousei2_kpi_kensho_r5.html").write_text(NOSHIRO, encoding="utf-8")


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
    build_otofuke()
    build_fukaura()
    build_nishigo()
    build_noshiro()
    if "--no-pdf" not in sys.argv:
        to_pdf()


if __name__ == "__main__":
    main()
