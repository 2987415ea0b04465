"""Build the forms455 documents.

Writes source/higashichichibu_kaso_tassei_r5.xlsx, source/minakami_senryaku2_kpi_card_r5.xlsx
and source/iizuna_jimujigyo_hyoka_r5.xlsx and converts each to a one-page A4 PDF with
LibreOffice; writes the HTML page nasu_shinko7_seika_r5.html. XLSX and HTML are byte-stable (fixed zip
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
    wb.properties.creator = "forms455"
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

N1 = "0.0"
N2 = "0.00"


def grid_row(ws, r, values, height=18, fill=None, bold=False):
    """values: list of (column letter, value, align, fmt)."""
    row(ws, r, values, height=height, fill=fill, bold=bold)


# ---------------------------------------------------------------- 東秩父 (PDF, portrait)
def higashichichibu():
    wb, ws = new_sheet("達成状況R5", [6, 14, 14, 12, 12, 12, 12, 16])
    put(
        ws,
        "A1",
        "東秩父村過疎地域持続的発展計画　目標の達成状況（令和５年度）",
        bold=True,
        size=14,
        align="center",
    )
    ws.merge_cells("A1:H1")
    ws.row_dimensions[1].height = 28
    put(ws, "A2", "令和6年9月　東秩父村 企画財政課", align="right")
    ws.merge_cells("A2:H2")
    put(ws, "A4", "１　計画の概要", bold=True, size=11, wrap=False)
    form(
        ws,
        5,
        "B",
        "H",
        [
            ("計画の名称", "東秩父村過疎地域持続的発展計画"),
            ("計画期間", "令和3年度～令和7年度（5か年）"),
            ("担当課", "企画財政課"),
            (
                "村の概要",
                "本村は昭和31年8月1日に槻川村と大河原村が合併して誕生した埼玉県内唯一の村で、面積は37.06km²、人口は2,709人（2020年国勢調査）である。"
                "村内で漉かれる手漉き和紙「細川紙」は、約1300年の歴史をもち、2014年にユネスコ無形文化遺産に登録された。村の約8割は山林である。",
            ),
        ],
        [18, 18, 18, 48],
    )
    put(ws, "A10", "２　目標の達成状況", bold=True, size=11, wrap=False)
    put(ws, "A11", "表１　目標項目と基準値・目標値", wrap=False)
    head = [
        ("A", "No."),
        ("B", "目標項目"),
        ("C", ""),
        ("D", "単位"),
        ("E", "基準値（R2）"),
        ("F", "目標値（R7）"),
    ]
    row(ws, 12, [(c, v, "center", None) for c, v in head], height=20, fill=SHADE)
    boxmerge(ws, "B12:C12")
    items = [
        (1, "和紙の里の年間入込客数", "千人", 68.4, 80.0, N1),
        (2, "細川紙の紙漉き体験参加者数", "人", 1210, 2000, N0),
        (3, "移住相談件数", "件", 14, 30, N0),
        (4, "村営バスの年間利用者数", "人", 9850, 10000, N0),
        (5, "特定健康診査の受診率", "％", 38.5, 50.0, N1),
    ]
    r = 13
    for no, name, unit, base, goal, fmt in items:
        row(
            ws,
            r,
            [
                ("A", no, "center", None),
                ("B", name, "left", None),
                ("C", "", "left", None),
                ("D", unit, "center", None),
                ("E", base, "right", fmt),
                ("F", goal, "right", fmt),
            ],
            height=20,
        )
        boxmerge(ws, f"B{r}:C{r}")
        r += 1
    put(
        ws,
        "A19",
        "表２　年度別の実績（No. は表１の目標項目の番号、単位は表１のとおり）",
        wrap=False,
    )
    head = [("A", "No."), ("B", "R3年度"), ("C", "R4年度"), ("D", "R5年度"), ("E", "備考")]
    row(ws, 20, [(c, v, "center", None) for c, v in head], height=20, fill=SHADE)
    ws.merge_cells("E20:H20")
    acts = [
        (1, 52.1, 61.8, 70.3, "", N1),
        (2, "中止", 640, 1120, "R3は新型コロナウイルス感染症のため体験の受入れを中止", N0),
        (3, 18, 22, 27, "", N0),
        (4, 9420, 9610, 9730, "", N0),
        (5, 36.2, 40.1, "―", "R5は法定報告の確定前のため未掲載（令和6年11月確定）", N1),
    ]
    r = 21
    for no, a3, a4, a5, note, fmt in acts:
        cells = [("A", no, "center", None)]
        for col, v in (("B", a3), ("C", a4), ("D", a5)):
            cells.append(
                (
                    col,
                    v,
                    "right" if not isinstance(v, str) else "center",
                    fmt if not isinstance(v, str) else None,
                )
            )
        cells.append(("E", note, "left", None))
        row(ws, r, cells, height=30 if note else 20)
        boxmerge(ws, f"E{r}:H{r}")
        r += 1
    put(
        ws,
        "A27",
        "※基準値は令和2年度の実績。目標値は計画期間の最終年度（令和7年度）の値。",
        wrap=False,
    )
    put(
        ws, "A28", "※和紙の里の入込客数は、道の駅和紙の里ひがしちちぶの来場者数による。", wrap=False
    )
    page_setup(ws, False, "A1:H28")
    return wb


# ---------------------------------------------------------------- みなかみ (PDF, landscape)
def card(ws, top, left, label, name, unit_line, years, targets, actuals, note=None):
    """One KPI card of five columns starting at column index left."""
    cols = [get_column_letter(left + i) for i in range(5)]
    put(ws, f"{cols[0]}{top}", label, bold=True, box=True, fill=SHADE, align="center")
    put(ws, f"{cols[1]}{top}", name, bold=True, box=True, fill=SHADE)
    boxmerge(ws, f"{cols[1]}{top}:{cols[4]}{top}")
    put(ws, f"{cols[0]}{top + 1}", unit_line, box=True)
    boxmerge(ws, f"{cols[0]}{top + 1}:{cols[4]}{top + 1}")
    for i, (lab, vals) in enumerate((("年度", years), ("目標", targets), ("実績", actuals))):
        r = top + 2 + i
        put(ws, f"{cols[0]}{r}", lab, box=True, fill=LIGHT, align="center")
        for j, v in enumerate(vals):
            fmt = N0 if isinstance(v, int) else None
            put(
                ws,
                f"{cols[1 + j]}{r}",
                v,
                box=True,
                align="center" if i == 0 else "right",
                fmt=fmt,
                fill=LIGHT if i == 0 else None,
            )
    if note:
        put(ws, f"{cols[0]}{top + 5}", note, size=9, wrap=False)
    for i in range(6):
        ws.row_dimensions[top + i].height = 20


def minakami():
    wb, ws = new_sheet("KPIカードR5", [9, 12, 12, 12, 12, 4, 9, 12, 12, 12, 12])
    put(
        ws,
        "A1",
        "第2期みなかみ町まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）進捗カード（令和５年度）",
        bold=True,
        size=14,
        align="center",
    )
    ws.merge_cells("A1:K1")
    ws.row_dimensions[1].height = 28
    put(ws, "A2", "令和6年9月　みなかみ町 総合政策課", align="right")
    ws.merge_cells("A2:K2")
    form(
        ws,
        4,
        "B",
        "K",
        [
            ("戦略の名称", "第2期みなかみ町まち・ひと・しごと創生総合戦略"),
            ("計画期間", "令和2年度～令和6年度（5年間）"),
            ("担当課", "総合政策課"),
            (
                "町の概要",
                "平成17年10月1日に月夜野町・水上町・新治村が合併して誕生。面積780.91km²は県内市町村で最大で、その約9割を山林が占める。"
                "2019年（令和元年）7月にSDGs未来都市に選定され、第2期戦略では「みなかみユネスコエコパーク」の理念を基本目標に加えた。",
            ),
        ],
        [18, 18, 18, 36],
    )
    put(
        ws,
        "A9",
        "■基本目標１　豊かな自然と資源を活かし、しごとをつくる",
        bold=True,
        size=11,
        wrap=False,
    )
    yrs = ["R3", "R4", "R5", "R6"]
    card(
        ws,
        10,
        1,
        "KPI①",
        "観光入込客数",
        "単位：千人　　基準値：3,820（H30）",
        yrs,
        [3000, 3300, 3600, 3900],
        [2410, 2980, 3480, ""],
    )
    card(
        ws,
        10,
        7,
        "KPI②",
        "ユネスコエコパーク体験プログラムの参加者数",
        "単位：人　　基準値：850（R元）",
        yrs,
        [900, 1000, 1100, 1200],
        [610, 930, 1180, ""],
        note="※R5の実績は令和6年2月末時点の見込値",
    )
    card(
        ws,
        17,
        1,
        "KPI③",
        "新規創業・事業承継の件数",
        "単位：件　　基準値：4（H30）",
        yrs,
        [5, 5, 6, 6],
        [3, 6, 5, ""],
    )
    card(
        ws,
        17,
        7,
        "KPI④",
        "農産物直売所の販売額",
        "単位：百万円　　基準値：412（H30）",
        yrs,
        [420, 430, 440, 450],
        [398, 405, 446, ""],
    )
    put(ws, "A24", "※基準値の括弧内は基準とした年度。R6の実績は令和7年度に公表予定。", wrap=False)
    page_setup(ws, True, "A1:K24")
    return wb


# ---------------------------------------------------------------- 飯綱 (PDF, portrait)
def iizuna():
    wb, ws = new_sheet("事務事業評価", [10, 5, 28, 6, 10, 10, 19, 10, 10])
    put(ws, "A1", "令和５年度　事務事業評価シート", bold=True, size=14, align="center")
    ws.merge_cells("A1:I1")
    ws.row_dimensions[1].height = 28
    put(ws, "A2", "作成日：令和6年7月10日　　飯綱町", align="right")
    ws.merge_cells("A2:I2")
    put(ws, "A4", "１　事業の概要", bold=True, size=11, wrap=False)
    form(
        ws,
        5,
        "B",
        "I",
        [
            ("事務事業名", "ネット販売・ブランド戦略促進事業"),
            ("担当課", "産業観光課"),
            (
                "総合戦略の位置付け",
                "飯綱町まち・ひと・しごと創生総合戦略　基本目標(3) 資源を活かした力強い地域産業の構築",
            ),
            ("事業期間", "令和3年度～令和7年度（5か年）"),
            (
                "事業の概要",
                "本町は2005年（平成17年）10月に牟礼村と三水村が合併して誕生した、面積75.00km²、人口9,667人（2024年10月1日推計）の町で、信州リンゴの大産地である。"
                "町内のりんご農家・加工事業者がりんごやシードルをネットで販売するための出店費用を補助する（補助率1/2、上限200千円）。",
            ),
        ],
        [18, 18, 30, 18, 48],
    )
    put(ws, "A11", "２　指標の推移", bold=True, size=11, wrap=False)
    head = [
        ("A", "区分"),
        ("B", "記号"),
        ("C", "指標名"),
        ("D", ""),
        ("E", "R3年度"),
        ("F", "R4年度"),
        ("G", "R5年度"),
        ("H", "R6年度"),
        ("I", "R7年度"),
    ]
    row(ws, 12, [(c, v, "center", None) for c, v in head], height=20, fill=SHADE)
    inds = [
        ("ア", "出店支援セミナーの開催回数", [4, 4, 4, 4, 4], [3, 4, 3]),
        ("イ", "ネット販売サイトへの出品支援件数", [10, 15, 20, 20, 25], [12, 14, 22]),
        (
            "ウ",
            "支援事業者のネット販売額",
            [8000, 10000, 12000, 14000, 16000],
            [7420, 10380, "12,960（うち海外310）"],
        ),
        (
            "エ",
            "りんご・シードルの返礼品を選んだ寄附者数",
            [1500, 1800, 2000, 2200, 2500],
            [1386, 1912, 1968],
        ),
    ]
    r = 13
    for i, (lab, name, tg, ac) in enumerate(inds):
        for k, (word, vals) in enumerate((("目標", tg), ("実績", ac))):
            cells = [
                ("B", lab, "center", None),
                ("C", name, "left", None),
                ("D", word, "center", None),
            ]
            for j, col in enumerate("EFGHI"):
                v = vals[j] if j < len(vals) else ""
                cells.append((col, v, "right", N0 if isinstance(v, int) else None))
            row(ws, r + k, cells, height=22)
        boxmerge(ws, f"B{r}:B{r + 1}")
        boxmerge(ws, f"C{r}:C{r + 1}")
        if i % 2 == 0:
            put(ws, f"A{r}", "活動指標" if i == 0 else "成果指標", box=True, align="center")
            boxmerge(ws, f"A{r}:A{r + 3}")
        r += 2
    row(
        ws,
        r,
        [
            ("A", "事業費", "center", None),
            ("B", "", "center", None),
            ("C", "決算額（千円）", "left", None),
            ("D", "決算", "center", None),
        ]
        + [(c, v, "right", N0) for c, v in zip("EFG", [1820, 2140, 2305])]
        + [("H", "", "right", None), ("I", "", "right", None)],
        height=22,
        fill=LIGHT,
    )
    put(ws, f"A{r + 1}", "※単位　ア：回　　イ：件　　ウ：千円　　エ：人", wrap=False)
    put(ws, f"A{r + 2}", "※R6年度・R7年度は目標のみ（実績は翌年度の評価で記入）。", wrap=False)
    put(ws, f"A{r + 4}", "３　評価", bold=True, size=11, wrap=False)
    form(
        ws,
        r + 5,
        "B",
        "I",
        [
            ("評価", "B　概ね順調に推移している"),
            (
                "今後の方向性",
                "現状維持（海外向け販売の伸びを踏まえ、令和6年度は越境ECの研修を1回追加する）",
            ),
        ],
        [20, 30],
    )
    page_setup(ws, False, f"A1:I{r + 6}")
    return wb


# ---------------------------------------------------------------- 那須 (HTML)
NASU = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>第7次那須町振興計画 後期基本計画 成果指標の進捗状況（令和５年度）｜那須町</title>
</head>
<body>
<nav aria-label="現在地"><ol>
<li><a href="/">トップ</a></li>
<li><a href="/gyosei/">行政情報</a></li>
<li><a href="/gyosei/keikaku/">町の計画・取り組み</a></li>
<li><a href="/gyosei/keikaku/shinko/">振興計画</a></li>
<li>第7次那須町振興計画 後期基本計画 成果指標の進捗状況（令和５年度）</li>
</ol></nav>
<main>
<h1>第7次那須町振興計画 後期基本計画 成果指標の進捗状況（令和５年度）</h1>
<p class="date">更新日：2024年10月25日　担当：企画財政課</p>
<p>那須町は、昭和29年11月に1町2村が合併して誕生し、昭和30年12月に黒磯町の一部を編入して現在の町域となりました。栃木県の北端に位置し、総面積は372.34km²で県の総面積の約6%を占めます。</p>
<p>第7次那須町振興計画の基本構想（平成28年度～令和7年度）のもと、後期基本計画（令和3年度～令和7年度）では8つの基本目標ごとに成果指標を定めています。このページでは、そのうち3つの基本目標の指標について、令和5年度までの実績をお知らせします。</p>
<h2>基本目標１　住まい・暮らし・定住のまち</h2>
<table border="1">
<thead>
<tr><th rowspan="2">成果指標</th><th rowspan="2">単位</th><th rowspan="2">現状値<br>（H30年度）</th><th colspan="3">実績値</th><th rowspan="2">目標値<br>（R7年度）</th><th rowspan="2">備考</th></tr>
<tr><th>R3</th><th>R4</th><th>R5</th></tr>
</thead>
<tbody>
<tr><td>空き家バンク新規登録物件数</td><td>戸</td><td>11</td><td>累計28</td><td>累計39</td><td>累計47</td><td>累計60</td><td>現状値は平成30年度の単年度の登録数</td></tr>
<tr><td>地籍調査の実施率</td><td>％</td><td>4.95</td><td>5.48</td><td>5.87</td><td>6.12</td><td>6.55</td><td></td></tr>
</tbody>
</table>
<h2>基本目標２　安全・安心のまち</h2>
<table border="1">
<thead>
<tr><th rowspan="2">成果指標</th><th rowspan="2">単位</th><th rowspan="2">現状値<br>（H30年度）</th><th colspan="3">実績値</th><th rowspan="2">目標値<br>（R7年度）</th><th rowspan="2">備考</th></tr>
<tr><th>R3</th><th>R4</th><th>R5</th></tr>
</thead>
<tbody>
<tr><td>基幹管路の耐震適合化率</td><td>％</td><td>21.4</td><td>23.8</td><td>25.1</td><td>26.9</td><td>30.0</td><td></td></tr>
<tr><td>自主防災組織の組織率</td><td>％</td><td>62.5</td><td>66.7</td><td>70.8</td><td>―</td><td>80.0</td><td>R5は行政区の再編に伴い集計中</td></tr>
</tbody>
</table>
<h2>基本目標３　観光・交流のまち</h2>
<table border="1">
<thead>
<tr><th rowspan="2">成果指標</th><th rowspan="2">単位</th><th rowspan="2">現状値<br>（H30年度）</th><th colspan="3">実績値</th><th rowspan="2">目標値<br>（R7年度）</th><th rowspan="2">備考</th></tr>
<tr><th>R3</th><th>R4</th><th>R5</th></tr>
</thead>
<tbody>
<tr><td>道の駅「那須高原友愛の森」の利用者数</td><td>千人</td><td>512</td><td>338</td><td>401</td><td>468</td><td>550</td><td>R3～R5の実績は暦年（1月～12月）の集計</td></tr>
</tbody>
</table>
<p>※実績値の「―」は、公表時点で数値が確定していないものです。</p>
<p>お問い合わせ：企画財政課 企画係</p>
</main>
</body>
</html>
"""


def main():
    no_pdf = "--no-pdf" in sys.argv
    SRC.mkdir(exist_ok=True)
    for name, make in (
        ("higashichichibu_kaso_tassei_r5", higashichichibu),
        ("minakami_senryaku2_kpi_card_r5", minakami),
        ("iizuna_jimujigyo_hyoka_r5", iizuna),
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
    (HERE / "nasu_shinko7_seika_r5.html").write_text(NASU, encoding="utf-8")


if __name__ == "__main__":
    main()
