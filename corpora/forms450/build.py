"""Build the forms450 documents.

Writes source/ooma_jimujigyo_hyoka_r5.xlsx, source/oga_kofukin_kensho_r4.xlsx and
source/soma_senryaku_kpi_r5.xlsx and converts each to a one-page A4 PDF with LibreOffice;
writes the HTML page shari_saisei_kensho_r5.html. XLSX and HTML are byte-stable (fixed zip
and core timestamps). Run: /work/venv/bin/python build.py [--no-pdf]
"""

# ruff: noqa: E501, B905
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
from openpyxl.utils import get_column_letter

HERE = Path(__file__).resolve().parent
SRC = HERE / "source"
FONT = "IPAexGothic"
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
SHADE = PatternFill("solid", fgColor="DDDDDD")
LIGHT = PatternFill("solid", fgColor="F2F2F2")
FIXED = "2024-08-01T00:00:00Z"


def stabilize(path):
    """Rewrite an XLSX with fixed timestamps so that two builds give the same bytes."""
    data = path.read_bytes()
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as zin,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout,
    ):
        for item in sorted(zin.infolist(), key=lambda i: i.filename):
            body = zin.read(item.filename)
            if item.filename == "docProps/core.xml":
                text = body.decode("utf-8")
                text = re.sub(r"(<dcterms:created[^>]*>)[^<]*", r"\g<1>" + FIXED, text)
                text = re.sub(r"(<dcterms:modified[^>]*>)[^<]*", r"\g<1>" + FIXED, text)
                body = text.encode("utf-8")
            info = zipfile.ZipInfo(item.filename, date_time=(2024, 8, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            zout.writestr(info, body)
    path.write_bytes(out.getvalue())


def new_sheet(title, widths):
    wb = Workbook()
    ws = wb.active
    ws.title = title
    for i, w in zip(range(1, len(widths) + 1), widths):
        ws.column_dimensions[get_column_letter(i)].width = w
    wb.properties.creator = "forms450"
    return wb, ws


def put(
    ws, ref, value, bold=False, size=10, box=False, fill=None, align="left", wrap=True, fmt=None
):
    c = ws[ref]
    c.value = value
    c.font = Font(name=FONT, size=size, bold=bold)
    c.alignment = Alignment(horizontal=align, vertical="center", wrap_text=wrap)
    if box:
        c.border = BOX
    if fill:
        c.fill = fill
    if fmt:
        c.number_format = fmt
    return c


def boxmerge(ws, rng):
    ws.merge_cells(rng)
    for row in ws[rng]:
        for c in row:
            c.border = BOX


def row(ws, r, cells, height=None, fill=None, bold=False):
    """cells: list of (column letter, value, align, fmt); every cell boxed."""
    for col, value, align, fmt in cells:
        put(ws, f"{col}{r}", value, box=True, fill=fill, align=align, fmt=fmt, bold=bold)
    if height:
        ws.row_dimensions[r].height = height


def form(ws, top, key_to, last_col, fields, heights):
    """Key-value rows: the key from A to key_to, the value merged up to last_col."""
    first_val = get_column_letter(ws[f"{key_to}1"].column + 1)
    for i, (key, value) in enumerate(fields):
        r = top + i
        put(ws, f"A{r}", key, box=True, fill=SHADE, align="center")
        if key_to != "A":
            boxmerge(ws, f"A{r}:{key_to}{r}")
        put(ws, f"{first_val}{r}", value, box=True)
        boxmerge(ws, f"{first_val}{r}:{last_col}{r}")
        ws.row_dimensions[r].height = heights[i]


def page_setup(ws, landscape, area):
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_area = area
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.6


N0 = "#,##0"


# ---------------------------------------------------------------- 大間 (PDF, portrait)
def ooma():
    wb, ws = new_sheet("事務事業評価", [6, 16, 16, 7, 11, 15, 11, 11, 16])
    put(ws, "A1", "令和５年度　事務事業評価シート", bold=True, size=14, align="center")
    ws.merge_cells("A1:I1")
    ws.row_dimensions[1].height = 28
    put(ws, "A2", "評価日：令和6年7月1日　　大間町", align="right")
    ws.merge_cells("A2:I2")
    put(ws, "A4", "１　事業の概要", bold=True, size=11, wrap=False)
    form(
        ws,
        5,
        "B",
        "I",
        [
            ("事務事業名", "大間まぐろブランド発信事業"),
            ("担当課", "産業振興課"),
            (
                "総合戦略の位置付け",
                "第2期大間町まち・ひと・しごと創生総合戦略　基本目標１「地域の産業を活かし、しごとをつくる」",
            ),
            ("事業期間", "令和3年度～令和7年度（5か年）"),
            (
                "事業の概要",
                "本州最北端の町（面積52.10km²、人口4,271人：2024年8月1日推計）として、対岸の函館市（汐首岬まで17.5km）と結ぶ航路を活かし、津軽海峡で一本釣りされる「大間まぐろ」の認知度向上と誘客を図る。首都圏等でのイベント出展、まぐろ解体ショーの実施、認定店舗向けの研修会を行う。",
            ),
        ],
        [20, 20, 30, 20, 62],
    )
    put(ws, "A11", "２　活動指標", bold=True, size=11, wrap=False)
    r = 12
    row(
        ws,
        r,
        [
            ("A", "No.", "center", None),
            ("B", "活動指標", "center", None),
            ("C", None, "center", None),
            ("D", "単位", "center", None),
            ("E", "3年度実績", "center", None),
            ("F", "4年度実績", "center", None),
            ("G", "5年度実績", "center", None),
            ("H", "6年度計画", "center", None),
            ("I", "備考", "center", None),
        ],
        height=22,
        fill=SHADE,
    )
    boxmerge(ws, f"B{r}:C{r}")
    acts = [
        ("1", "首都圏等でのPRイベント出展回数", "回", 2, 4, 5, 5, None),
        ("2", "大間まぐろ解体ショーの実施回数", "回", 6, 8, 8, 10, None),
        ("3", "認定店舗向け研修会の開催回数", "回", 1, 2, 2, "－", "令和5年度で終了"),
    ]
    for i, (no, name, unit, a, b, c, plan, note) in enumerate(acts):
        rr = r + 1 + i
        row(
            ws,
            rr,
            [
                ("A", no, "center", None),
                ("B", name, "left", None),
                ("C", None, "left", None),
                ("D", unit, "center", None),
                ("E", a, "right", N0),
                ("F", b, "right", N0),
                ("G", c, "right", N0),
                ("H", plan, "right", N0),
                ("I", note, "left", None),
            ],
            height=24,
        )
        boxmerge(ws, f"B{rr}:C{rr}")
    put(ws, "A17", "３　成果指標", bold=True, size=11, wrap=False)
    h1, h2 = 18, 19
    row(ws, h1, [(c, None, "center", None) for c in "ABCDEFGHI"], height=20, fill=SHADE)
    row(ws, h2, [(c, None, "center", None) for c in "ABCDEFGHI"], height=20, fill=SHADE)
    put(ws, f"A{h1}", "No.", box=True, fill=SHADE, align="center")
    put(ws, f"B{h1}", "成果指標", box=True, fill=SHADE, align="center")
    put(ws, f"D{h1}", "単位", box=True, fill=SHADE, align="center")
    put(ws, f"E{h1}", "基準値\n（R2年度）", box=True, fill=SHADE, align="center")
    put(ws, f"F{h1}", "実績値", box=True, fill=SHADE, align="center")
    put(ws, f"F{h2}", "R4年度", box=True, fill=SHADE, align="center")
    put(ws, f"G{h2}", "R5年度", box=True, fill=SHADE, align="center")
    put(ws, f"H{h1}", "目標値\n（R7年度）", box=True, fill=SHADE, align="center")
    put(ws, f"I{h1}", "達成率（％）", box=True, fill=SHADE, align="center")
    for rng in (
        f"A{h1}:A{h2}",
        f"B{h1}:C{h2}",
        f"D{h1}:D{h2}",
        f"E{h1}:E{h2}",
        f"F{h1}:G{h1}",
        f"H{h1}:H{h2}",
        f"I{h1}:I{h2}",
    ):
        boxmerge(ws, rng)
    outs = [
        (
            "1",
            "ふるさと納税寄附額（まぐろ関連返礼品分）",
            "千円",
            45210,
            62845,
            91330,
            80000,
            114.2,
        ),
        (
            "2",
            "大間崎周辺の観光入込客数",
            "人",
            252600,
            "198,400\n（ｺﾛﾅ前比78％）",
            271900,
            300000,
            90.6,
        ),
    ]
    for i, (no, name, unit, base, a, b, goal, rate) in enumerate(outs):
        rr = h2 + 1 + i
        row(
            ws,
            rr,
            [
                ("A", no, "center", None),
                ("B", name, "left", None),
                ("C", None, "left", None),
                ("D", unit, "center", None),
                ("E", base, "right", N0),
                ("F", a, "right", N0),
                ("G", b, "right", N0),
                ("H", goal, "right", N0),
                ("I", rate, "right", "0.0"),
            ],
            height=40,
        )
        boxmerge(ws, f"B{rr}:C{rr}")
    notes = [
        "※達成率＝R5年度実績÷目標値（R7年度）×100",
        "※コロナ前比は、令和元年の大間崎周辺の観光入込客数（254,300人）との比較です。",
        "※活動指標の年度は令和です（3年度＝令和3年度）。",
    ]
    for i, t in enumerate(notes):
        put(ws, f"A{23 + i}", t, size=9, wrap=False)
    put(ws, "A27", "４　評価", bold=True, size=11, wrap=False)
    form(
        ws,
        28,
        "B",
        "I",
        [
            ("評価区分", "B　概ね順調"),
            ("今後の方向性", "継続（認定店舗の研修会は令和5年度で終了し、認定制度を見直す）"),
        ],
        [20, 20],
    )
    page_setup(ws, False, "A1:I29")
    return wb


# ---------------------------------------------------------------- 男鹿 (PDF, landscape)
def oga():
    wb, ws = new_sheet("効果検証", [16, 10, 20, 20, 20, 20, 24])
    put(
        ws,
        "A1",
        "令和４年度　地方創生推進交付金事業　効果検証シート",
        bold=True,
        size=14,
        align="center",
    )
    ws.merge_cells("A1:G1")
    ws.row_dimensions[1].height = 28
    put(ws, "A2", "令和5年8月　男鹿市", align="right")
    ws.merge_cells("A2:G2")
    form(
        ws,
        4,
        "B",
        "G",
        [
            ("交付対象事業の名称", "男鹿半島・大潟ジオパークを活かした周遊観光推進事業"),
            ("地方版総合戦略", "まち・ひと・しごと創生第2期男鹿市総合戦略"),
            ("事業期間", "令和3年度～令和5年度（3か年）"),
            ("担当課", "観光課"),
            (
                "事業の概要",
                "男鹿半島の大部分を市域とする本市（面積240.80km²）は、2011年に大潟村とともに「男鹿半島・大潟ジオパーク」に認定された。ジオサイトを結ぶ周遊バスの運行、ジオガイドの育成、なまはげ館等と連携した周遊ルートづくりを行う。交付対象事業費（R4）：24,600千円。",
            ),
        ],
        [20, 20, 20, 20, 46],
    )
    put(ws, "A10", "■重要業績評価指標（KPI）の推移", bold=True, size=11, wrap=False)
    t = 11
    row(
        ws,
        t,
        [
            ("A", "区分", "center", None),
            ("B", None, "center", None),
            ("C", "KPI①", "center", None),
            ("D", "KPI②", "center", None),
            ("E", "KPI③", "center", None),
            ("F", "KPI④", "center", None),
            ("G", "備考", "center", None),
        ],
        height=20,
        fill=SHADE,
    )
    row(
        ws,
        t + 1,
        [
            ("A", None, "center", None),
            ("B", None, "center", None),
            ("C", "観光入込客数", "center", None),
            ("D", "ジオガイドによる案内人数", "center", None),
            ("E", "ジオサイト周遊バス利用者数", "center", None),
            ("F", "1人当たり観光消費額", "center", None),
            ("G", None, "center", None),
        ],
        height=32,
        fill=SHADE,
    )
    boxmerge(ws, f"A{t}:B{t + 1}")
    boxmerge(ws, f"G{t}:G{t + 1}")
    row(
        ws,
        t + 2,
        [
            ("A", "単位", "center", None),
            ("B", None, "center", None),
            ("C", "千人", "center", None),
            ("D", "人", "center", None),
            ("E", "人", "center", None),
            ("F", "円", "center", None),
            ("G", None, "left", None),
        ],
        height=20,
        fill=LIGHT,
    )
    boxmerge(ws, f"A{t + 2}:B{t + 2}")

    def vals(r, label, sub, cells, note=None, fill=None, bold=False):
        row(
            ws,
            r,
            [("A", label, "center", None), ("B", sub, "center", None)]
            + [(c, v, "right", N0) for c, v in zip("CDEF", cells)]
            + [("G", note, "left", None)],
            height=22,
            fill=fill,
            bold=bold,
        )

    r = t + 3
    vals(r, "基準値（2020年度）", None, [1523, 3240, "－", 8650], "周遊バスは2021年度運行開始")
    boxmerge(ws, f"A{r}:B{r}")
    vals(r + 1, "2021年度\n（R3）", "目標", [1700, 3500, 800, 9000])
    vals(r + 2, None, "実績", [1612, 2105, "－", 8120])
    boxmerge(ws, f"A{r + 1}:A{r + 2}")
    put(
        ws,
        f"A{r + 3}",
        "※2021年度は新型コロナウイルス感染症の影響により、ジオサイト周遊バスを全期間運休した（KPI③の実績なし）。ジオガイドの案内も4月～9月は休止。",
        size=9,
        fill=LIGHT,
    )
    boxmerge(ws, f"A{r + 3}:G{r + 3}")
    ws.row_dimensions[r + 3].height = 20
    vals(r + 4, "2022年度\n（R4）", "目標", [1900, 4000, 1200, 9500])
    vals(r + 5, None, "実績", [1958, 4312, 1046, 9870])
    vals(r + 6, None, "達成状況", ["達成", "達成", "未達成", "達成"], bold=True)
    boxmerge(ws, f"A{r + 4}:A{r + 6}")
    vals(r + 7, "2023年度\n（R5）", "目標", [2100, 4500, 1500, 10000], "最終年度")
    ws.row_dimensions[r + 7].height = 32
    put(
        ws,
        f"A{r + 9}",
        "※観光入込客数は秋田県観光統計による（年度集計）。1人当たり観光消費額は観光客アンケート（各年度約400件）による。",
        size=9,
        wrap=False,
    )
    put(ws, f"A{r + 11}", "■事業の評価", bold=True, size=11, wrap=False)
    form(
        ws,
        r + 12,
        "B",
        "G",
        [
            ("総合評価", "地方創生に相当程度効果があった"),
            ("今後の方針", "周遊バスの運行ルートを見直し、事業終了後も自主財源で継続する"),
        ],
        [20, 20],
    )
    page_setup(ws, True, f"A1:G{r + 13}")
    return wb


# ---------------------------------------------------------------- 相馬 (PDF, portrait)
def soma():
    wb, ws = new_sheet("KPI進捗", [6, 14, 12, 8, 12, 10, 10, 11, 12])
    put(
        ws,
        "A1",
        "第2期相馬市地方創生総合戦略\n重要業績評価指標（KPI）の進捗状況（令和５年度実績）",
        bold=True,
        size=13,
        align="center",
    )
    ws.merge_cells("A1:I1")
    ws.row_dimensions[1].height = 42
    put(ws, "A2", "令和6年8月　相馬市企画政策課", align="right")
    ws.merge_cells("A2:I2")
    form(
        ws,
        4,
        "B",
        "I",
        [
            ("計画期間", "令和2年度～令和6年度（5年間）"),
            ("基本理念", "相馬市が相馬市であり続けるために、魅力あふれる相馬市づくりを目指す"),
            ("担当課", "企画政策課"),
            (
                "市の概要",
                "1954年（昭和29年）に中村町と7村の合併により市制を施行。面積197.79km²、人口33,527人（2023年6月1日現在）。松川浦のノリ・アサリ、ホッキ貝の水揚げ、国の重要無形民俗文化財「相馬野馬追」で知られる。",
            ),
        ],
        [20, 20, 20, 48],
    )
    put(
        ws,
        "A9",
        "分野１　良質な産業と労働環境をつくり、安定した雇用を創出する（しごと）",
        bold=True,
        size=11,
        wrap=False,
    )
    r = 10
    row(
        ws,
        r,
        [
            ("A", "No.", "center", None),
            ("B", "重要業績評価指標（KPI）", "center", None),
            ("C", None, "center", None),
            ("D", None, "center", None),
            ("E", "基準値（H30）", "center", None),
            ("F", "R3実績", "center", None),
            ("G", "R4実績", "center", None),
            ("H", "R5実績※", "center", None),
            ("I", "目標値（R6）", "center", None),
        ],
        height=24,
        fill=SHADE,
    )
    boxmerge(ws, f"B{r}:D{r}")
    one = [
        ("1", "新規企業立地件数（件）", 2, 3, 1, 2, 3),
        ("2", "松川浦地区の観光入込客数（千人）", 812, 395, 603, 688, 850),
        ("3", "ホッキ貝の水揚げ量（t）", "約210", 168, 185, 201, 230),
    ]
    for i, (no, name, *cells) in enumerate(one):
        rr = r + 1 + i
        row(
            ws,
            rr,
            [
                ("A", no, "center", None),
                ("B", name, "left", None),
                ("C", None, "left", None),
                ("D", None, "left", None),
            ]
            + [(c, v, "right", N0) for c, v in zip("EFGHI", cells)],
            height=24,
        )
        boxmerge(ws, f"B{rr}:D{rr}")
    put(
        ws,
        "A15",
        "分野２　一人一人の未来の希望を支えるための環境を整備する（ひと）",
        bold=True,
        size=11,
        wrap=False,
    )
    r = 16
    row(
        ws,
        r,
        [
            ("A", "No.", "center", None),
            ("B", "重要業績評価指標（KPI）", "center", None),
            ("C", None, "center", None),
            ("D", "単位", "center", None),
            ("E", "基準値（R元）", "center", None),
            ("F", "2021年度", "center", None),
            ("G", "2022年度", "center", None),
            ("H", "2023年度※", "center", None),
            ("I", "2024年度目標", "center", None),
        ],
        height=24,
        fill=SHADE,
    )
    boxmerge(ws, f"B{r}:C{r}")
    two = [
        ("4", "婚姻届出件数", "件", 128, 109, 101, 97, 130),
        ("5", "社会増減数（転入－転出）", "人", "△182", "△95", "△143", "△60", "±0"),
    ]
    for i, (no, name, unit, *cells) in enumerate(two):
        rr = r + 1 + i
        row(
            ws,
            rr,
            [
                ("A", no, "center", None),
                ("B", name, "left", None),
                ("C", None, "left", None),
                ("D", unit, "center", None),
            ]
            + [(c, v, "right", N0) for c, v in zip("EFGHI", cells)],
            height=24,
        )
        boxmerge(ws, f"B{rr}:C{rr}")
    notes = [
        "※R5実績（2023年度）は令和6年7月末時点の速報値であり、確定値は変動する場合があります。",
        "※基準値（H30）は平成30年度、基準値（R元）は令和元年度の数値です。",
        "※松川浦地区の観光入込客数は、東日本大震災前（平成22年）には約1,000千人でした。",
    ]
    for i, t in enumerate(notes):
        put(ws, f"A{20 + i}", t, size=9, wrap=False)
    page_setup(ws, False, "A1:I22")
    return wb


SHARI = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>斜里町まち・ひと・しごと創生推進計画（地域再生計画）の効果検証（令和５年度） | 斜里町</title>
</head>
<body>
<nav><ol class="breadcrumb">
<li><a href="/">トップ</a></li>
<li><a href="/03admini/">町政情報</a></li>
<li><a href="/03admini/20machizukuri/">まちづくり</a></li>
<li>斜里町まち・ひと・しごと創生推進計画（地域再生計画）の効果検証（令和５年度）</li>
</ol></nav>
<main>
<h1>斜里町まち・ひと・しごと創生推進計画（地域再生計画）の効果検証（令和５年度）</h1>
<p class="date">掲載日：2024年9月20日　担当：企画総務課 企画係</p>
<p>当町の人口は国勢調査で1960年の18,371人をピークに減少を続け、2015年には12,231人、住民基本台帳では2020年8月現在11,352人となっています。国立社会保障・人口問題研究所の推計では、2040年には8,191人まで減少すると見込まれています。</p>
<p>地域再生計画に掲げた重要業績評価指標（KPI）の令和５年度までの達成状況を、外部有識者による検証会議（令和6年8月28日開催、委員7名）の意見を踏まえて公表します。</p>
<h2>１　計画の概要</h2>
<dl>
<dt>地域再生計画の名称</dt><dd>斜里町まち・ひと・しごと創生推進計画</dd>
<dt>計画期間</dt><dd>令和4年4月1日～令和7年3月31日（3か年）</dd>
<dt>担当課</dt><dd>企画総務課</dd>
</dl>
<h2>２　重要業績評価指標（KPI）の達成状況</h2>
<p>※表中の「1年目」は令和4年度、「2年目」は令和5年度、「3年目」は令和6年度を指します。</p>
<table border="1">
<thead>
<tr><th rowspan="2">KPI</th><th rowspan="2">単位</th><th rowspan="2">基準値<br>（R4.3末）</th><th colspan="2">1年目</th><th colspan="2">2年目</th><th>3年目</th><th rowspan="2">備考</th></tr>
<tr><th>目標値</th><th>実績値</th><th>目標値</th><th>実績値</th><th>目標値</th></tr>
</thead>
<tbody>
<tr><td>①町内宿泊施設の宿泊者数</td><td>千人</td><td>185.2</td><td>200.0</td><td>176.4</td><td>215.0</td><td>221.3</td><td>230.0</td><td></td></tr>
<tr><td>②移住・定住相談窓口の相談件数</td><td>件</td><td>42</td><td>50</td><td>61</td><td>60</td><td>58</td><td>70</td><td>2年目の実績値は令和6年2月末時点の見込値</td></tr>
<tr><td>③新規就農者数</td><td>人</td><td>－</td><td>2</td><td>1</td><td>4</td><td>3</td><td>6</td><td>目標値・実績値とも令和4年度からの累計</td></tr>
<tr><td>④地域おこし協力隊員の任期終了後の定着率</td><td>％</td><td>50.0</td><td>60.0</td><td>66.7</td><td>60.0</td><td></td><td>60.0</td><td>2年目は任期終了者なし</td></tr>
</tbody>
</table>
<p>※基準値の「－」は、計画策定時に集計していないものです。</p>
<p>お問い合わせ：企画総務課 企画係（電話 0152-23-3131）</p>
</main>
</body>
</html>
"""


def main():
    no_pdf = "--no-pdf" in sys.argv
    SRC.mkdir(exist_ok=True)
    for name, make in (
        ("ooma_jimujigyo_hyoka_r5", ooma),
        ("oga_kofukin_kensho_r4", oga),
        ("soma_senryaku_kpi_r5", soma),
    ):
        path = SRC / f"{name}.xlsx"
        make().save(path)
        stabilize(path)
        if not no_pdf:
            with tempfile.TemporaryDirectory() as tmp:
                subprocess.run(
                    ["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, str(path)],
                    check=True,
                    capture_output=True,
                )
                shutil.move(Path(tmp) / f"{name}.pdf", HERE / f"{name}.pdf")
    (HERE / "shari_saisei_kensho_r5.html").write_text(SHARI, encoding="utf-8")


if __name__ == "__main__":
    main()
