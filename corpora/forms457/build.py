"""Build the forms457 documents.

Writes source/kiyama_brand_kensho_r1.xlsx and source/ashikita_saisei_kpi_r5.xlsx and converts them to
one-page A4 PDFs with LibreOffice; writes the workbook document otoyo_jimujigyo_goishicha_r5.xlsx (left
as it is) and the HTML page takahashi_saisei_kensho_r5.html. XLSX and HTML are byte-stable (fixed zip
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
FIXED = "2024-09-01T00:00:00Z"


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
            info = zipfile.ZipInfo(item.filename, date_time=(2024, 9, 1, 0, 0, 0))
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
    wb.properties.creator = "forms457"
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


def merged(ws, rng, value, **kw):
    first = rng.split(":")[0]
    put(ws, first, value, **kw)
    if kw.get("box"):
        boxmerge(ws, rng)
    else:
        ws.merge_cells(rng)


def form(ws, top, key_to, last_col, fields, heights):
    """Key-value rows: the key in A (merged to key_to), the value merged up to last_col."""
    first_val = get_column_letter(ws[f"{key_to}1"].column + 1)
    for i, (key, value) in enumerate(fields):
        r = top + i
        merged(ws, f"A{r}:{key_to}{r}", key, box=True, fill=SHADE, align="center")
        merged(ws, f"{first_val}{r}:{last_col}{r}", value, box=True)
        ws.row_dimensions[r].height = heights[i]


def note(ws, row, last_col, text, height=15, first="A"):
    put(ws, f"{first}{row}", text, size=9)
    ws.merge_cells(f"{first}{row}:{last_col}{row}")
    ws.row_dimensions[row].height = height


def value_cell(ws, ref, v, fill=None):
    """A grid cell: numbers right-aligned with a thousands separator, words centred."""
    if isinstance(v, (int, float)):
        fmt = "#,##0.0" if isinstance(v, float) else "#,##0"
        put(ws, ref, v, box=True, align="right", fmt=fmt, fill=fill)
    else:
        put(ws, ref, v, box=True, align="center" if v in ("", "―") else "right", fill=fill)


def page_setup(ws, landscape, area):
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_area = area
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.6


# ---------------------------------------------------------------- 基山町 (PDF, landscape)
def kiyama():
    wb, ws = new_sheet("効果検証R1", [6, 40, 14, 11, 11, 11, 11, 11, 11, 24])
    merged(
        ws,
        "A1:J1",
        "令和元年度　地方創生推進交付金事業　効果検証シート",
        bold=True,
        size=14,
        align="center",
    )
    ws.row_dimensions[1].height = 26
    merged(ws, "A2:J2", "令和2年8月　佐賀県三養基郡基山町", align="right")
    form(
        ws,
        4,
        "B",
        "J",
        [
            ("交付対象事業の名称", "基山町ブランド化推進事業～小さくてもキラリと光る町へ～"),
            ("事業期間", "平成29年度～平成31年度（3か年）"),
            ("担当課", "総務企画課"),
            (
                "町の概要",
                "本町の総人口は2000年の19,716人をピークに減少し、2019年3月末現在17,390人となっている。町のシンボルである基山（キザン）と基肄城跡を核に、"
                "町のイメージづくりとブランド化を進める。交付対象事業費は3か年で45,600千円（うち交付金22,800千円）。",
            ),
        ],
        [18, 18, 18, 44],
    )
    put(ws, "A9", "■重要業績評価指標（KPI）の実績", bold=True, size=11, wrap=False)
    ws.row_dimensions[9].height = 20
    merged(ws, "H10:J10", "（寄附額の単位：千円）", size=9, align="right")
    heads = [
        ("A11:A12", "No."),
        ("B11:B12", "重要業績評価指標（KPI）"),
        ("C11:C12", "事業開始前\n（H28年度）"),
        ("D11:E11", "平成29年度"),
        ("F11:G11", "平成30年度"),
        ("H11:I11", "令和元年度※1"),
        ("J11:J12", "備考"),
    ]
    for rng, text in heads:
        merged(ws, rng, text, box=True, fill=SHADE, align="center", bold=True)
    for col, text in zip("DEFGHI", ["目標", "実績"] * 3):
        put(ws, f"{col}12", text, box=True, fill=SHADE, align="center", bold=True)
    ws.row_dimensions[11].height = 20
    ws.row_dimensions[12].height = 20
    rows = [
        (
            1,
            "基山ブランドサイトの年間閲覧数（件）",
            12400,
            15000,
            16210,
            18000,
            19870,
            21000,
            20450,
            "",
        ),
        (
            2,
            "ふるさと納税寄附額",
            98500,
            120000,
            131820,
            150000,
            204660,
            180000,
            188300,
            "H30に返礼品を見直し",
        ),
        (
            3,
            "基肄城跡・基山（キザン）への年間来訪者数（人）",
            "約18,000",
            20000,
            21300,
            22000,
            22640,
            24000,
            19880,
            "登山口カウンターによる計測",
        ),
        (
            4,
            "基山ブランド認定品目数（品目）",
            "―",
            "累計3",
            "累計3",
            "累計6",
            "累計5",
            "累計10",
            "累計11",
            "平成29年度に認定制度を創設",
        ),
    ]
    for i, row in enumerate(rows):
        r = 13 + i
        put(ws, f"A{r}", row[0], box=True, align="center")
        put(ws, f"B{r}", row[1], box=True)
        for col, v in zip("CDEFGHI", row[2:9]):
            value_cell(ws, f"{col}{r}", v)
        put(ws, f"J{r}", row[9], box=True, size=9)
        ws.row_dimensions[r].height = 30
    note(
        ws,
        18,
        "J",
        "※1　平成31年度は、令和元年5月1日の改元に伴い「令和元年度」と表記している（平成31年4月1日～令和2年3月31日）。",
    )
    note(
        ws,
        19,
        "J",
        "※　No.4は平成29年度からの累計。No.3の来訪者数は基肄城跡の登山口2か所に設置したカウンターの合計。",
    )
    put(ws, "A21", "■事業の評価", bold=True, size=11, wrap=False)
    form(
        ws,
        22,
        "B",
        "J",
        [
            (
                "外部有識者の意見",
                "地方創生に相当程度効果があった。寄附額は目標を上回ったが、来訪者数は台風の影響等もあり目標を下回った。",
            ),
            (
                "今後の方針",
                "事業期間は終了したが、ブランドサイトの運営とブランド認定は町の単独事業として継続する。",
            ),
        ],
        [30, 30],
    )
    page_setup(ws, True, "A1:J23")
    return wb


# ---------------------------------------------------------------- 芦北町 (PDF, portrait)
def ashikita():
    wb, ws = new_sheet("R5達成状況", [6, 30, 7, 12, 11, 11, 11, 12, 20])
    merged(
        ws,
        "A1:I1",
        "芦北町まち・ひと・しごと創生推進計画（地域再生計画）\n数値目標・重要業績評価指標（KPI）の達成状況（令和5年度）",
        bold=True,
        size=13,
        align="center",
    )
    ws.row_dimensions[1].height = 40
    merged(ws, "A2:I2", "令和6年9月　熊本県葦北郡芦北町", align="right")
    form(
        ws,
        4,
        "B",
        "I",
        [
            ("地域再生計画の名称", "芦北町まち・ひと・しごと創生推進計画"),
            ("計画期間", "令和2年度～令和6年度（5年間）"),
            ("担当課", "企画財政課"),
            (
                "町の現状",
                "本町の人口は1950（S25）年の37,724人をピークに減少を続け、2015（H27）年の国勢調査では17,661人、2020（R2）年7月時点の住民基本台帳では16,783人となっている。"
                "合計特殊出生率は1.78と全国・県平均を上回るが、自然減・社会減が続いている。",
            ),
        ],
        [18, 18, 18, 58],
    )
    put(ws, "A9", "１　基本目標（数値目標）", bold=True, size=11, wrap=False)
    ws.row_dimensions[9].height = 20
    goal_heads = [
        "基本目標",
        "数値目標",
        "単位",
        "基準値\n（令和元年度）",
        "令和四年度\n実績",
        "令和五年度\n実績",
        "目標値\n（令和六年度）",
    ]
    merged(ws, "A10:B10", goal_heads[0], box=True, fill=SHADE, align="center", bold=True)
    merged(ws, "C10:D10", goal_heads[1], box=True, fill=SHADE, align="center", bold=True)
    for col, text in zip("EFGHI", goal_heads[2:]):
        put(ws, f"{col}10", text, box=True, fill=SHADE, align="center", bold=True)
    ws.row_dimensions[10].height = 30
    goals = [
        (
            "基本目標１\nしごとをつくり、安心して働けるようにする",
            "町内事業所の新規雇用者数",
            "人",
            42,
            47,
            51,
            60,
        ),
        ("基本目標２\n新しいひとの流れをつくる", "転入者数", "人", 512, 548, 561, 600),
    ]
    for i, g in enumerate(goals):
        r = 11 + i
        merged(ws, f"A{r}:B{r}", g[0], box=True)
        merged(ws, f"C{r}:D{r}", g[1], box=True)
        put(ws, f"E{r}", g[2], box=True, align="center")
        for col, v in zip("FGHI", g[3:]):
            value_cell(ws, f"{col}{r}", v)
        ws.row_dimensions[r].height = 32
    # the goal grid ends in column I; its value columns are F..I
    put(ws, "A14", "２　重要業績評価指標（KPI）", bold=True, size=11, wrap=False)
    ws.row_dimensions[14].height = 20
    kpi_heads = [
        "No.",
        "重要業績評価指標（KPI）",
        "単位",
        "基準値\n（令和元年度）",
        "令和四年度\n実績",
        "令和五年度\n目標",
        "令和五年度\n実績",
        "最終目標\n（令和六年度）",
        "備考",
    ]
    for col, text in zip("ABCDEFGHI", kpi_heads):
        put(ws, f"{col}15", text, box=True, fill=SHADE, align="center", bold=True)
    ws.row_dimensions[15].height = 30
    kpis = [
        (1, "うたせ船観光の乗船者数", "人", 1850, 2120, 2300, 2460, 2500, ""),
        (
            2,
            "移住相談窓口を通じた移住者数",
            "人",
            14,
            22,
            22,
            19,
            25,
            "令和五年度実績は令和6年1月末現在の数値",
        ),
        (3, "町内宿泊施設の年間宿泊者数", "千人", 38.2, 35.0, 40.0, 41.6, 45.0, ""),
        (
            4,
            "子育て支援センターの年間利用者数（延べ）",
            "人",
            6240,
            5880,
            6500,
            "―",
            7000,
            "施設改修のため休止（R5.7～R6.3）",
        ),
    ]
    for i, k in enumerate(kpis):
        r = 16 + i
        put(ws, f"A{r}", k[0], box=True, align="center")
        put(ws, f"B{r}", k[1], box=True)
        put(ws, f"C{r}", k[2], box=True, align="center")
        for col, v in zip("DEFGH", k[3:8]):
            value_cell(ws, f"{col}{r}", v)
        put(ws, f"I{r}", k[8], box=True, size=9)
        ws.row_dimensions[r].height = 32
    note(
        ws,
        21,
        "I",
        "※令和2年7月豪雨により令和2・3年度は多くの事業を休止したため、両年度の実績は掲載していない。",
        height=26,
    )
    note(ws, 22, "I", "※No.3の宿泊者数は町内の宿泊施設（8施設）への聞き取りによる。", height=15)
    page_setup(ws, False, "A1:I22")
    return wb


# ---------------------------------------------------------------- 大豊町 (XLSX document, left as it is)
def otoyo():
    wb, ws = new_sheet("評価シート", [6, 34, 8, 8, 12, 12, 12, 12])
    merged(ws, "A1:H1", "令和５年度　事務事業評価シート", bold=True, size=14, align="center")
    ws.row_dimensions[1].height = 24
    merged(ws, "A2:H2", "評価日：令和6年7月10日", align="right")
    put(ws, "A4", "１　事業の概要", bold=True, size=11, wrap=False)
    form(
        ws,
        5,
        "B",
        "H",
        [
            ("事務事業名", "碁石茶産地振興事業"),
            ("担当課", "産業建設課"),
            ("事業期間", "令和3年度～令和7年度"),
            (
                "事業の概要",
                "碁石茶は本町に伝わる発酵茶である。昭和30年に4村が合併して誕生した本町は面積315.06km²の約9割が森林で、人口は2,851人（2024年4月1日推計）。"
                "生産者の高齢化が進むため、茶園の改植と担い手の研修、販路の開拓を支援する。",
            ),
        ],
        [18, 18, 18, 44],
    )
    put(ws, "A10", "２　活動指標", bold=True, size=11, wrap=False)
    for col, text in zip(
        "ABCDEFGH", ["No.", "活動指標", "単位", "区分", "R3年度", "R4年度", "R5年度", "R6年度"]
    ):
        put(ws, f"{col}11", text, box=True, fill=SHADE, align="center", bold=True)
    acts = [
        (1, "茶業研修の受講者数", "人", [3, 3, 3, 3], [2, 4, 3]),
        (2, "茶園の改植・新植面積", "a", [30, 30, 40, 40], [28, 31, 36]),
        (3, "碁石茶PRイベントへの出展回数", "回", [4, 4, 5, 5], [4, 6, 5]),
    ]
    for i, (no, name, unit, plan, done) in enumerate(acts):
        r = 12 + 2 * i
        merged(ws, f"A{r}:A{r + 1}", no, box=True, align="center")
        merged(ws, f"B{r}:B{r + 1}", name, box=True)
        merged(ws, f"C{r}:C{r + 1}", unit, box=True, align="center")
        put(ws, f"D{r}", "計画", box=True, align="center")
        put(ws, f"D{r + 1}", "実績", box=True, align="center")
        for col, v in zip("EFGH", plan):
            value_cell(ws, f"{col}{r}", v)
        for col, v in zip("EFGH", [*done, ""]):
            value_cell(ws, f"{col}{r + 1}", v)
    put(
        ws,
        "A19",
        "３　成果指標（生産量・販売額は暦年（1月～12月）の数値）",
        bold=True,
        size=11,
        wrap=False,
    )
    for col, text in zip(
        "ABCDEFGH",
        ["No.", "成果指標", "単位", "", "基準値\n（2020年）", "2021年", "2022年", "2023年"],
    ):
        put(ws, f"{col}20", text, box=True, fill=SHADE, align="center", bold=True)
    ws.merge_cells("C20:D20")
    put(ws, "I20", "目標値\n（2025年）", box=True, fill=SHADE, align="center", bold=True)
    ws.column_dimensions["I"].width = 12
    ws.row_dimensions[20].height = 30
    outs = [
        (1, "碁石茶の生産量", "kg", [4300, 4650, 4980, 5120, 6000]),
        (2, "碁石茶の販売額", "千円", [38700, 41850, 44820, 47360, 54000]),
    ]
    for i, (no, name, unit, vals) in enumerate(outs):
        r = 21 + i
        put(ws, f"A{r}", no, box=True, align="center")
        put(ws, f"B{r}", name, box=True)
        merged(ws, f"C{r}:D{r}", unit, box=True, align="center")
        for col, v in zip("EFGHI", vals):
            value_cell(ws, f"{col}{r}", v)
    put(ws, "A24", "４　事業費（単位：千円）", bold=True, size=11, wrap=False)
    for col, text in zip(
        "ABCDEFGH", ["", "区分", "", "", "R3年度決算", "R4年度決算", "R5年度決算", "R6年度予算"]
    ):
        put(ws, f"{col}25", text, box=True, fill=SHADE, align="center", bold=True)
    ws.merge_cells("A25:D25")
    for i, (label, vals) in enumerate(
        [("事業費", [6820, 7140, 7390, 7600]), ("うち一般財源", [3410, 3570, 3690, 3800])]
    ):
        r = 26 + i
        merged(ws, f"A{r}:D{r}", label, box=True)
        for col, v in zip("EFGH", vals):
            value_cell(ws, f"{col}{r}", v)
    put(ws, "A29", "５　評価", bold=True, size=11, wrap=False)
    form(
        ws,
        30,
        "B",
        "H",
        [
            ("総合評価", "B　概ね順調"),
            ("今後の方向性", "現状維持（販路開拓は県の事業と連携して拡充）"),
        ],
        [18, 18],
    )
    page_setup(ws, False, "A1:I31")
    return wb


# ---------------------------------------------------------------- 高梁市 (HTML)
TAKAHASHI = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>高梁市まち・ひと・しごと創生推進計画の効果検証（令和５年度） - 高梁市公式ホームページ</title>
</head>
<body>
<header><p class="site">高梁市公式ホームページ</p></header>
<nav class="breadcrumb"><ol>
<li><a href="/">トップページ</a></li>
<li><a href="/soshiki/">組織から探す</a></li>
<li><a href="/soshiki/seisaku/">政策調整課</a></li>
<li>高梁市まち・ひと・しごと創生推進計画の効果検証（令和５年度）</li>
</ol></nav>
<main>
<h1>高梁市まち・ひと・しごと創生推進計画の効果検証（令和５年度）</h1>
<p class="date">更新日：2024年10月1日　担当：政策調整課</p>
<p>高梁市は岡山県の中西部、吉備高原に位置し、面積は約547km²です。住民基本台帳人口は令和3（2021）年4月末で29,003人、国立社会保障・人口問題研究所の推計では令和27（2045）年に17,670人になるとされています。</p>
<p>市では、天守が現存する唯一の山城である備中松山城や、吹屋ふるさと村などの地域資源を生かし、地域再生計画に基づく事業を進めています。令和５年度の重要業績評価指標（KPI）の実績を、有識者会議（令和6年8月26日開催、委員8名）で検証しました。</p>
<dl class="plan">
<dt>地域再生計画の名称</dt><dd>高梁市まち・ひと・しごと創生推進計画</dd>
<dt>計画期間</dt><dd>令和3年4月1日～令和8年3月31日</dd>
<dt>担当課</dt><dd>政策調整課</dd>
</dl>
<h2>重要業績評価指標（KPI）の達成状況</h2>
<p>各年度の欄は、左が実績、右が目標です。</p>
<table border="1">
<thead>
<tr><th rowspan="2">KPI</th><th rowspan="2">単位</th><th rowspan="2">基準値<br>（2019年度）</th><th colspan="2">2022年度</th><th colspan="2">2023年度</th><th rowspan="2">最終目標<br>（2025年度）</th></tr>
<tr><th>実績</th><th>目標</th><th>実績</th><th>目標</th></tr>
</thead>
<tbody>
<tr><th scope="row">①備中松山城の年間登城者数</th><td>人</td><td>54,300</td><td>48,620</td><td>60,000</td><td>63,150</td><td>62,000</td><td>65,000</td></tr>
<tr><th scope="row">②吹屋ふるさと村の観光入込客数</th><td>千人</td><td>158</td><td>121</td><td>170</td><td>176</td><td>180</td><td>190</td></tr>
<tr><th scope="row">③市の支援制度を利用した移住者数</th><td>人</td><td>38</td><td>52</td><td>50</td><td>４７</td><td>５５</td><td>６０</td></tr>
<tr><th scope="row">④ふるさと納税の寄附件数</th><td>件</td><td>4,210</td><td>9,860</td><td>6,000</td><td>11,240</td><td>8,000</td><td>10,000</td></tr>
<tr><th scope="row">⑤市内高校卒業生の市内就職率</th><td>％</td><td>18.5</td><td>20.1</td><td>21.0</td><td>―</td><td>22.0</td><td>25.0</td></tr>
</tbody>
</table>
<p>※⑤の2023年度の就職率は、2024年12月に公表される予定です。</p>
<p>※②は吹屋ふるさと村の主要3施設の入館者数の合計です。</p>
<h2>有識者会議の主な意見</h2>
<ul>
<li>登城者数は2023年度に回復し、目標を上回った。</li>
<li>移住者数は目標を下回っており、相談体制の充実が必要である。</li>
</ul>
</main>
<footer><p>高梁市役所　政策調整課</p></footer>
</body>
</html>
"""


def main():
    no_pdf = "--no-pdf" in sys.argv
    SRC.mkdir(exist_ok=True)
    for name, make in (
        ("kiyama_brand_kensho_r1", kiyama),
        ("ashikita_saisei_kpi_r5", ashikita),
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
    path = HERE / "otoyo_jimujigyo_goishicha_r5.xlsx"
    otoyo().save(path)
    stabilize(path)
    (HERE / "takahashi_saisei_kensho_r5.html").write_text(TAKAHASHI, encoding="utf-8")


if __name__ == "__main__":
    main()
