"""Build the forms460 documents.

Writes source/motosu_usuzumi_jimujigyo_r5.xlsx and source/higashiyoshino_saisei_kensho_r5.xlsx and
converts them to one-page A4 PDFs with LibreOffice; writes the workbook document
taka_kofukin_kensho_r5.xlsx (left as it is) and the HTML page taketoyo_senryaku_kpi_h30.html.
XLSX and HTML are byte-stable (fixed zip and core timestamps).
Run: /work/venv/bin/python build.py [--no-pdf]
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
    wb.properties.creator = "forms460"
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


def grid_row(ws, r, cells, height=20, fill=None, first=1):
    """Write one grid row: text for str cells, numbers right-aligned."""
    for i, v in enumerate(cells):
        ref = f"{get_column_letter(first + i)}{r}"
        if isinstance(v, tuple):
            put(ws, ref, v[0], box=True, align=v[1], fill=fill)
        else:
            value_cell(ws, ref, v, fill=fill)
    ws.row_dimensions[r].height = height


def head_row(ws, r, cells, height=30, first=1):
    for i, v in enumerate(cells):
        put(
            ws,
            f"{get_column_letter(first + i)}{r}",
            v,
            bold=True,
            box=True,
            fill=SHADE,
            align="center",
        )
    ws.row_dimensions[r].height = height


# ---------------------------------------------------------------- 本巣市 (PDF, portrait)
def motosu():
    wb, ws = new_sheet("評価シート", [5, 30, 7, 11, 10, 10, 10, 11, 22])
    merged(ws, "A1:I1", "令和５年度　事務事業評価シート", bold=True, size=14, align="center")
    ws.row_dimensions[1].height = 28
    merged(ws, "A2:I2", "評価日　令和6年7月12日　　本巣市", size=9, align="right")
    put(ws, "A3", "１　事業の概要", bold=True, size=11, wrap=False)
    form(
        ws,
        4,
        "B",
        "I",
        [
            ("事務事業名", "淡墨桜観光振興事業"),
            ("担当課", "商工観光課"),
            (
                "総合計画の位置付け",
                "本巣市第2次総合計画（後期基本計画　令和3年度～令和7年度）　施策：観光の振興",
            ),
            ("事業期間", "令和3年度～令和7年度（5か年）"),
            (
                "事業の概要",
                "本市は平成16年2月1日に4町村が合併して誕生し、面積374.65km²の8割以上を森林が占める。"
                "根尾谷の淡墨桜（樹齢1500年余）は日本三大桜の一つであり、開花期（例年4月上旬）に集中する観光客の分散と"
                "通年型観光への転換を図るため、観光ボランティアガイドの育成、夜間ライトアップ、樽見鉄道と連携した周遊企画を実施する。",
            ),
        ],
        [20, 20, 20, 20, 62],
    )
    put(ws, "A10", "２　活動指標", bold=True, size=11, wrap=False)
    ws.row_dimensions[10].height = 22
    head_row(ws, 11, ["No.", "活動指標", "単位", "R3実績", "R4実績", "R5計画", "R5実績"])
    merged(ws, "H11:I11", "備考", bold=True, box=True, fill=SHADE, align="center")
    acts = [
        (1, "観光ボランティアガイド案内件数", "件", 120, 185, 200, 212, ""),
        (2, "淡墨桜ライトアップ実施日数", "日", 10, 14, 14, 9, "R5は開花が早く期間を短縮"),
    ]
    for i, a in enumerate(acts):
        r = 12 + i
        grid_row(ws, r, [(a[0], "center"), (a[1], "left"), (a[2], "center"), *a[3:7]])
        merged(ws, f"H{r}:I{r}", a[7], box=True, size=9)
    put(ws, "A15", "３　成果指標", bold=True, size=11, wrap=False)
    ws.row_dimensions[15].height = 22
    head_row(
        ws,
        16,
        [
            "No.",
            "成果指標",
            "単位",
            "基準値（R2）",
            "R3実績",
            "R4実績",
            "R5実績",
            "目標値（R7）",
            "備考",
        ],
    )
    grid_row(
        ws,
        17,
        [
            (1, "center"),
            ("淡墨公園観光入込客数", "left"),
            ("千人", "center"),
            62.4,
            98.7,
            185.3,
            241.0,
            250.0,
            ("R2・R3は入園制限あり", "left"),
        ],
    )
    grid_row(
        ws,
        18,
        [
            (2, "center"),
            ("淡墨桜まつり来場者数", "left"),
            ("人", "center"),
            "中止",
            "中止",
            8500,
            12300,
            15000,
            ("R2・R3は新型コロナウイルス感染症により中止", "left"),
        ],
        height=26,
    )
    merged(
        ws,
        "A19:I19",
        "※No.3は令和4年度から調査を開始したため、基準値の欄には令和4年度の数値を記載しています。",
        size=9,
        box=True,
        fill=LIGHT,
    )
    ws.row_dimensions[19].height = 18
    grid_row(
        ws,
        20,
        [
            (3, "center"),
            ("ガイド利用者の満足度", "left"),
            ("%", "center"),
            85.0,
            "―",
            85.0,
            "92.8（見込）",
            95.0,
            ("R5はR6.4集計予定", "left"),
        ],
    )
    for r in (17, 18, 20):
        ws[f"I{r}"].font = Font(name=FONT, size=9)
    note(ws, 21, "I", "※千人単位の数値は小数点以下第2位を四捨五入しています。")
    put(ws, "A23", "４　評価", bold=True, size=11, wrap=False)
    merged(
        ws,
        "A24:I24",
        "活動指標2項目のうち1項目で計画を達成した。入込客数は基準値の約3.9倍まで回復し、令和7年度の目標の達成が見込まれる。"
        "今後は開花期以外の誘客に向け、根尾地域の紅葉と樽見鉄道を組み合わせた秋季の周遊企画を拡充する。",
        box=True,
    )
    ws.row_dimensions[24].height = 48
    page_setup(ws, False, "A1:I24")
    return wb


# ---------------------------------------------------------------- 東吉野村 (PDF, landscape)
def higashiyoshino():
    wb, ws = new_sheet("効果検証R5", [5, 34, 7, 17, 9, 9, 9, 9, 9, 9, 11])
    merged(
        ws,
        "A1:K1",
        "東吉野村笑顔あふれる木と水のふるさと創生推進計画",
        bold=True,
        size=13,
        align="center",
    )
    merged(
        ws,
        "A2:K2",
        "重要業績評価指標（KPI）効果検証シート（令和５年度）",
        bold=True,
        size=13,
        align="center",
    )
    merged(ws, "A3:K3", "令和6年8月　東吉野村", size=9, align="right")
    form(
        ws,
        4,
        "B",
        "K",
        [
            ("地域再生計画の名称", "東吉野村笑顔あふれる木と水のふるさと創生推進計画"),
            ("計画期間", "令和3年4月1日～令和6年3月31日"),
            ("担当課", "地域振興課"),
            (
                "村の概要",
                "面積131.65km²の96%を森林が占める山村で、吉野杉・吉野桧の産地である。標高1,249mの高見山、"
                "平成20年に平成の名水百選に選ばれた七滝八壺があり、ニホンオオカミ最後の捕獲地として知られる。"
                "2015年に開設したコワーキングスペース「オフィスキャンプ東吉野」を拠点に、移住者の受入れを進めている。",
            ),
        ],
        [20, 20, 20, 48],
    )
    put(ws, "A9", "■重要業績評価指標（KPI）の達成状況", bold=True, size=11, wrap=False)
    ws.row_dimensions[9].height = 22
    heads = {"A": "No.", "B": "KPI", "C": "単位", "D": "基準値", "K": "達成率\n（R5）"}
    for col, text in heads.items():
        merged(ws, f"{col}10:{col}11", text, bold=True, box=True, fill=SHADE, align="center")
    for first, year in (("E", "令和3年度"), ("G", "令和4年度"), ("I", "令和5年度")):
        last = get_column_letter(ws[f"{first}1"].column + 1)
        merged(ws, f"{first}10:{last}10", year, bold=True, box=True, fill=SHADE, align="center")
    head_row(ws, 11, ["目標", "実績"] * 3, height=20, first=5)
    ws.row_dimensions[10].height = 20
    rows = [
        (
            1,
            "村内コワーキングスペース利用者数",
            "人",
            "1,420（R2.3）",
            1500,
            1610,
            1600,
            1745,
            1700,
            1802,
            "106.0%",
        ),
        (
            2,
            "移住相談を経た移住者数（累計）",
            "人",
            "0（R2.3）",
            "累計5",
            "累計6",
            "累計10",
            "累計11",
            "累計15",
            "累計13",
            "86.7%",
        ),
        (
            3,
            "吉野杉・桧製品の村外販売額",
            "千円",
            "24,300（R元年度）",
            25000,
            23800,
            27000,
            26950,
            30000,
            31420,
            "104.7%",
        ),
        (
            4,
            "高見山・七滝八壺の観光入込客数",
            "千人",
            "38.5（R元年）",
            40.0,
            41.2,
            42.0,
            44.6,
            45.0,
            43.9,
            "97.6%",
        ),
        (
            5,
            "村の取組に満足している移住者の割合",
            "%",
            "―",
            80.0,
            82.4,
            80.0,
            78.5,
            80.0,
            85.7,
            "107.1%",
        ),
    ]
    for i, row in enumerate(rows):
        r = 12 + i
        grid_row(
            ws,
            r,
            [
                (row[0], "center"),
                (row[1], "left"),
                (row[2], "center"),
                *row[3:10],
                (row[10], "right"),
            ],
            height=24,
        )
    note(
        ws,
        17,
        "K",
        "※基準値は事業開始前の直近の数値で、括弧内はその時点を示します（R2.3は令和2年3月末、R元年は平成31年1月～令和元年12月）。",
    )
    note(ws, 18, "K", "※No.2は令和3年度からの累計です。達成率は令和5年度の実績÷目標です。")
    put(ws, "A20", "■交付対象事業費（千円）", bold=True, size=11, wrap=False)
    ws.row_dimensions[20].height = 22
    head_row(ws, 21, ["令和3年度", "令和4年度", "令和5年度", "合計"], height=20, first=4)
    merged(ws, "B21:C21", "区分", bold=True, box=True, fill=SHADE, align="center")
    merged(ws, "B22:C22", "交付対象事業費", box=True)
    grid_row(ws, 22, [12400, 13100, 12900, 38400], first=4)
    page_setup(ws, True, "A1:K22")
    return wb


# ---------------------------------------------------------------- 多可町 (XLSX left as it is)
def taka():
    wb, ws = new_sheet("効果検証R5", [10, 8, 22, 22, 26, 20])
    merged(
        ws,
        "A1:F1",
        "令和５年度　地方創生推進交付金事業　効果検証シート",
        bold=True,
        size=13,
        align="center",
    )
    ws.row_dimensions[1].height = 26
    merged(ws, "A2:F2", "令和6年7月31日　多可町", size=9, align="right")
    form(
        ws,
        3,
        "B",
        "F",
        [
            ("地域再生計画の名称", "多可町「発祥の地」ブランド推進計画"),
            ("交付対象事業の名称", "山田錦・杉原紙ブランド発信事業"),
            ("事業期間", "令和3年度～令和5年度（3か年）"),
            ("担当課", "商工観光課"),
            (
                "町の概要",
                "平成17年11月1日に中町・加美町・八千代町の3町が合併して誕生した。面積185.19km²、人口19,261人（令和2年国勢調査）。"
                "酒米「山田錦」、手すき和紙「杉原紙」、「敬老の日」の3つの発祥の地である。",
            ),
        ],
        [20, 20, 20, 20, 44],
    )
    put(ws, "A9", "■重要業績評価指標（KPI）の推移", bold=True, size=11, wrap=False)
    ws.row_dimensions[9].height = 22
    merged(ws, "A10:B10", "区分", bold=True, box=True, fill=SHADE, align="center")
    for col, text in zip("CDEF", ["KPI①", "KPI②", "KPI③", "KPI④"]):
        put(ws, f"{col}10", text, bold=True, box=True, fill=SHADE, align="center")
    merged(ws, "A11:B11", "指標名", bold=True, box=True, fill=SHADE, align="center")
    names = [
        "山田錦を使用した町内酒蔵の日本酒出荷量",
        "杉原紙研究所の紙すき体験者数",
        "ふるさと納税寄附額（山田錦・杉原紙関連の返礼品）",
        "町の特産品を取り扱う事業者数",
    ]
    for col, text in zip("CDEF", names):
        put(ws, f"{col}11", text, box=True, align="center")
    ws.row_dimensions[11].height = 44
    merged(ws, "A12:B12", "単位", bold=True, box=True, fill=SHADE, align="center")
    for col, text in zip("CDEF", ["kL", "人", "千円", "事業者"]):
        put(ws, f"{col}12", text, box=True, align="center")
    merged(ws, "A13:B13", "事業開始前（R2）", bold=True, box=True, fill=SHADE, align="center")
    grid_row(ws, 13, [182, 1240, 8450, 14], first=3)
    years = [
        ("令和3年度", [190, 1500, 10000, 16], [176, 1380, 11620, 15]),
        ("令和4年度", [200, 2000, 12000, 18], [205, 2150, 14930, 18]),
        ("令和5年度", [210, 2500, 15000, 20], [214, "1,980※", 17260, 21]),
    ]
    r = 14
    for year, plan, done in years:
        merged(ws, f"A{r}:A{r + 1}", year, bold=True, box=True, fill=SHADE, align="center")
        put(ws, f"B{r}", "目標", box=True, fill=SHADE, align="center")
        put(ws, f"B{r + 1}", "実績", box=True, fill=SHADE, align="center")
        grid_row(ws, r, plan, first=3)
        grid_row(ws, r + 1, done, first=3)
        r += 2
    merged(ws, f"A{r}:B{r}", "達成状況（R5）", bold=True, box=True, fill=SHADE, align="center")
    for col, text in zip("CDEF", ["達成", "未達成", "達成", "達成"]):
        put(ws, f"{col}{r}", text, box=True, align="center")
    ws.row_dimensions[r].height = 20
    note(
        ws,
        r + 1,
        "F",
        "※KPI②の令和5年度実績は令和5年12月末時点の数値（杉原紙研究所は改修工事のため令和6年1月～3月休館）。",
        height=30,
    )
    put(ws, f"A{r + 3}", "■交付対象事業費（千円）", bold=True, size=11, wrap=False)
    head_row(ws, r + 4, ["区分", "", "令和3年度", "令和4年度", "令和5年度", "合計"], height=20)
    ws.merge_cells(f"A{r + 4}:B{r + 4}")
    merged(ws, f"A{r + 5}:B{r + 5}", "事業費", box=True)
    grid_row(ws, r + 5, [12400, 13100, 12900, 38400], first=3)
    page_setup(ws, True, f"A1:F{r + 5}")
    return wb


# ---------------------------------------------------------------- 武豊町 (HTML)
def taketoyo():
    rows = []
    kpis = [
        (
            "(1)　観光・交流の推進",
            [
                ("観光入込客数", "千人", "412", "438", "455", "約471", "500"),
                (
                    "武豊町観光協会ホームページ閲覧数",
                    "件",
                    "18,200",
                    "24,150",
                    "29,870",
                    "33,400",
                    "40,000",
                ),
                (
                    "たまり・豆みそ蔵元見学者数",
                    "人",
                    "1,850",
                    "2,240",
                    "2,610<br>（うち町外1,980）",
                    "2,730<br>（うち町外2,100）",
                    "3,000",
                ),
            ],
        ),
        (
            "(2)　移住・定住の促進",
            [
                ("空き家バンク成約件数", "件", "3", "4", "6", "8", "10"),
                ("移住定住相談件数", "件", "12", "25", "31", "40", "50"),
            ],
        ),
    ]
    for program, items in kpis:
        for i, k in enumerate(items):
            cells = "".join(f"<td>{v}</td>" for v in k[1:])
            lead = f'<th scope="rowgroup" rowspan="{len(items)}">{program}</th>' if i == 0 else ""
            rows.append(f'      <tr>{lead}<th scope="row">{k[0]}</th>{cells}</tr>')
    body = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>武豊町まち・ひと・しごと創生総合戦略　重要業績評価指標（ＫＰＩ）の検証結果（平成３０年度）｜武豊町</title>
</head>
<body>
<nav aria-label="パンくずリスト"><ol>
  <li><a href="/">トップページ</a></li>
  <li><a href="/chousei/">町政情報</a></li>
  <li><a href="/chousei/keikaku/">計画・施策</a></li>
  <li>武豊町まち・ひと・しごと創生総合戦略</li>
</ol></nav>
<main>
<h1>武豊町まち・ひと・しごと創生総合戦略　重要業績評価指標（ＫＰＩ）の検証結果（平成３０年度）</h1>
<p class="date">更新日：2019年10月4日　担当：企画政策課</p>
<p>本町は知多半島の中央部東岸に位置し、面積26.38km²、人口43,147人（2019年10月1日現在）のまちです。豆みそ・たまりの醸造が古くから盛んで、浦島太郎伝説のまちとしても知られています。</p>
<p>平成27年度に策定した総合戦略（平成27年度～平成31年度）の4つの基本目標のうち、基本目標２の平成30年度の実績を検証し、令和元年8月の武豊町総合戦略推進委員会（委員10名）で意見をいただきました。</p>
<h2>基本目標２　新しいひとの流れをつくる</h2>
<table border="1">
  <thead>
    <tr><th rowspan="2">施策</th><th rowspan="2">KPI</th><th rowspan="2">単位</th><th rowspan="2">基準値<br>（H26）</th><th colspan="3">実績値</th><th rowspan="2">目標値<br>（H31）</th></tr>
    <tr><th>H28</th><th>H29</th><th>H30</th></tr>
  </thead>
  <tbody>
{body}
  </tbody>
</table>
<p>※観光入込客数の平成30年度の値は、一部施設の集計が未了のため概数です。</p>
<p>※蔵元見学者数の括弧内は、見学者のうち町外から訪れた人数（内数）です。</p>
<h2>推進委員会の主な意見</h2>
<ul>
  <li>蔵元見学は町外からの来訪が7割を超えており、JR武豊線の駅からの周遊ルートづくりを進めてほしい。</li>
  <li>移住定住相談は増えているが、空き家の掘り起こしが追いついていない。</li>
</ul>
</main>
</body>
</html>
"""


def main():
    no_pdf = "--no-pdf" in sys.argv
    SRC.mkdir(exist_ok=True)
    for name, make in (
        ("motosu_usuzumi_jimujigyo_r5", motosu),
        ("higashiyoshino_saisei_kensho_r5", higashiyoshino),
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
    path = HERE / "taka_kofukin_kensho_r5.xlsx"
    taka().save(path)
    stabilize(path)
    (HERE / "taketoyo_senryaku_kpi_h30.html").write_text(taketoyo(), encoding="utf-8")


if __name__ == "__main__":
    main()
