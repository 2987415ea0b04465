"""Build forms513: four KPI documents of 岩国市, 赤村, 山都町 and 松茂町.

Writes `iwakuni_kintaikyo_jimujigyo_r5.xlsx` (the workbook is the document), `akamura_sousei2_kpi_jisseki_r5.html`,
`matsushige_sogo_koki_seika_r5.csv` and the XLSX source `source/yamato_yuki_kofukin_kensho_r5.xlsx`, which LibreOffice
turns into the PDF of the same name.
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
PDFS = ["yamato_yuki_kofukin_kensho_r5"]
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
    wb.properties.creator = "forms513"
    wb.properties.lastModifiedBy = "forms513"
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


# ---------------------------------------------------------------- 岩国市 (XLSX document)
IWAKUNI_INDICATORS = [
    # (区分, No., 指標名, 単位, R3実績, R4実績, R5目標, R5実績, R6見込, R7目標（最終）)
    ("活動指標", 1, "世界遺産登録に向けた広報・啓発活動の実施回数", "回", 12, 15, 16, 18, 18, 20),
    (
        "活動指標",
        2,
        "国際シンポジウム・国際意見交換会の開催回数",
        "回",
        1,
        1,
        1,
        2,
        1,
        "5年間で延べ5回",
    ),
    ("成果指標", 3, "錦帯橋の入橋者数", "千人", 338.6, 512.4, 600.0, 648.9, 680.0, 700.0),
    (
        "成果指標",
        4,
        "錦帯橋周辺の宿泊施設における外国人宿泊者数",
        "人",
        1240,
        6380,
        9000,
        12460,
        15000,
        18000,
    ),
    (
        "成果指標",
        5,
        "錦帯橋の世界遺産登録を目指していることを知っている市民の割合",
        "％",
        "―",
        71.2,
        75.0,
        69.8,
        72.0,
        80.0,
    ),
]


def build_iwakuni():
    wb = Workbook()
    ws = wb.active
    ws.title = "事務事業評価"
    widths(ws, {"A": 8, "B": 5, "C": 30, "D": 6, "E": 8, "F": 8, "G": 8, "H": 8, "I": 8, "J": 12})
    merge(
        ws,
        "A1:J1",
        "令和６年度　事務事業評価シート（令和５年度実施事業）",
        size=13,
        bold=True,
        h="center",
    )
    merge(ws, "A2:J2", "作成日　令和6年11月15日　岩国市", h="right")
    put(ws, "A4", "１　事業の概要", size=11, bold=True, wrap=False)
    rows = [
        ("事務事業名", "錦帯橋世界文化遺産登録推進事業"),
        ("担当課", "錦帯橋課　世界遺産推進班"),
        ("関連計画", "名勝錦帯橋保存活用計画（令和3年3月策定）"),
        ("事業開始年度", "平成18年度（継続）"),
        ("事業費（R5決算）", "8,460千円（うち一般財源　8,460千円）"),
        (
            "事業の概要",
            "錦川に架かる5連の木造アーチ橋「錦帯橋」は、令和5年（2023年）に創建350年を迎えた。平成18年（2006年）11月30日に"
            "山口県と共同で世界遺産暫定一覧表追加資産提案書「錦帯橋と岩国の町割」を文化庁に提出し、平成30年（2018年）12月19日には"
            "「世界遺産暫定一覧表記載資産候補提案書　錦帯橋」を文部科学大臣に手渡した。令和3年（2021年）10月には「錦川下流域における"
            "錦帯橋と岩国城下町の文化的景観」が国の重要文化的景観に選定されている。市議会は10月1日を「錦帯橋の日」と定めた。"
            "本市は平成18年（2006年）3月20日に1市6町1村が合併して誕生し、面積は873.67km²、人口は121,797人（2024年10月1日推計）である。",
        ),
    ]
    r = 5
    for key, val in rows:
        merge(ws, f"A{r}:C{r}", key, bold=True, box=True, shade=SHADE)
        merge(ws, f"D{r}:J{r}", val, box=True)
        ws.row_dimensions[r].height = 88 if key == "事業の概要" else 18
        r += 1
    r += 1
    put(ws, f"A{r}", "２　指標の推移", size=11, bold=True, wrap=False)
    r += 1
    head = [
        "区分",
        "No.",
        "指標名",
        "単位",
        "R3実績",
        "R4実績",
        "R5目標",
        "R5実績",
        "R6見込",
        "R7目標（最終）",
    ]
    for i, text in enumerate(head):
        put(ws, f"{COLS[i]}{r}", text, bold=True, box=True, shade=SHADE, h="center")
    ws.row_dimensions[r].height = 20
    r += 1
    groups = {}
    for kubun, no, name, unit, *vals in IWAKUNI_INDICATORS:
        groups.setdefault(kubun, [r, r])[1] = r
        put(ws, f"B{r}", no, box=True, h="center")
        put(ws, f"C{r}", name, box=True)
        put(ws, f"D{r}", unit, box=True, h="center")
        for col, v in zip("EFGHIJ", vals, strict=True):
            put(
                ws,
                f"{col}{r}",
                v,
                box=True,
                h="right" if not isinstance(v, str) or v == "―" else "center",
            )
        ws.row_dimensions[r].height = 30
        r += 1
    for kubun, (a, b) in groups.items():
        merge(ws, f"A{a}:A{b}", kubun, box=True, h="center")
    notes = [
        "※1　R6見込は、令和6年10月末時点の実績をもとにした見込値。",
        "※2　No.2の最終目標は、令和3年度から令和7年度までの5年間の延べ開催回数。",
        "※3　No.4は暦年（1月～12月）の値（R3は令和3年（2021年）1月～12月。以下同じ）。",
        "※4　No.5は令和4年度から市民アンケートで調査しているため、R3は「―」とした。",
    ]
    for text in notes:
        merge(ws, f"A{r}:J{r}", text, size=8)
        ws.row_dimensions[r].height = 14
        r += 1
    r += 1
    put(ws, f"A{r}", "３　評価", size=11, bold=True, wrap=False)
    r += 1
    for key, val in (
        ("有効性", "A（効果があった）"),
        (
            "今後の方向性",
            "拡充（創建350年を機に高まった関心を生かし、県と連携して国内外への情報発信と市民の機運醸成を強化する。）",
        ),
    ):
        merge(ws, f"A{r}:C{r}", key, bold=True, box=True, shade=SHADE)
        merge(ws, f"D{r}:J{r}", val, box=True)
        ws.row_dimensions[r].height = 30 if len(val) > 40 else 18
        r += 1
    page(ws, landscape=False)
    save(wb, HERE / "iwakuni_kintaikyo_jimujigyo_r5.xlsx")


# ---------------------------------------------------------------- 山都町 (XLSX source of the PDF)
YAMATO_INDICATORS = [
    # (No., KPI, 単位, 基準値（R2年度）, 目標 R3..R5, 実績 R3..R5, 達成状況)
    (
        "①",
        "新規有機農業参入者数",
        "人",
        0,
        ["累計3", "累計7", "累計12"],
        ["累計4", "累計8", "累計11"],
        "未達成",
    ),
    (
        "②",
        "有機農産物の町外販売額",
        "千円",
        18240,
        [20000, 23000, 26000],
        [19860, 24310, 27950],
        "達成",
    ),
    (
        "③",
        "学校給食における有機食材の使用割合",
        "％",
        12.0,
        [15.0, 18.0, 20.0],
        [16.2, 17.4, 21.5],
        "達成",
    ),
    (
        "④",
        "有機農産物産直サイトの会員数",
        "人",
        1320,
        [1800, 2300, 2800],
        [1756, 2418, 2690],
        "未達成",
    ),
    (
        "⑤",
        "有機農業体験・マルシェの参加者数",
        "人",
        "―",
        [300, 500, 700],
        ["中止", 612, 845],
        "達成",
    ),
]


def build_yamato():
    wb = Workbook()
    ws = wb.active
    ws.title = "効果検証"
    widths(ws, {"A": 6, "B": 38, "C": 7, "D": 7, "E": 14, "F": 12, "G": 12, "H": 12, "I": 12})
    merge(
        ws,
        "A1:I1",
        "デジタル田園都市国家構想交付金（地方創生推進タイプ）　効果検証シート（令和５年度）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:I2", "令和6年8月　山都町", h="right")
    put(ws, "A4", "１　事業の概要", size=11, bold=True, wrap=False)
    rows = [
        ("交付対象事業の名称", "「有機農業全国No.1のまち」担い手確保・販路拡大事業"),
        ("地域再生計画の名称", "山都町有機農業による担い手確保・地域活性化計画"),
        ("事業実施期間", "令和3年度～令和5年度（3か年）"),
        ("交付対象事業費", "R5：14,200千円（うち交付金　7,100千円）"),
        ("担当課", "農林振興課　有機農業推進係"),
        (
            "町の概要",
            "熊本県の東部、九州のほぼ真ん中に位置し「九州のへそ」を名乗る。平成17年（2005年）2月11日に矢部町・清和村・蘇陽町が合併して誕生し、"
            "面積は544.67km²、人口は13,503人（2020年国勢調査）。嘉永7年（1854年）に架けられた石造りの水路橋「通潤橋」がある。"
            "平成15年に有機農業者らが矢部町有機農業協議会（現：山都町有機農業協議会）を設立し、有機JAS認証事業者数は全国で最も多い。"
            "令和3年には小中学校の学校給食で有機米の提供が始まった。",
        ),
    ]
    r = 5
    for key, val in rows:
        merge(ws, f"A{r}:C{r}", key, bold=True, box=True, shade=SHADE)
        merge(ws, f"D{r}:I{r}", val, box=True)
        ws.row_dimensions[r].height = 46 if key == "町の概要" else 18
        r += 1
    r += 1
    put(ws, f"A{r}", "２　重要業績評価指標（KPI）の目標と実績", size=11, bold=True, wrap=False)
    r += 1
    head = [
        "No.",
        "KPI",
        "単位",
        "区分",
        "基準値（R2年度）",
        "R3年度",
        "R4年度",
        "R5年度",
        "達成状況（R5）",
    ]
    for i, text in enumerate(head):
        put(ws, f"{COLS[i]}{r}", text, bold=True, box=True, shade=SHADE, h="center")
    ws.row_dimensions[r].height = 20
    r += 1
    for no, name, unit, base, targets, actuals, status in YAMATO_INDICATORS:
        top, low = r, r + 1
        merge(ws, f"A{top}:A{low}", no, box=True, h="center")
        merge(ws, f"B{top}:B{low}", name, box=True)
        merge(ws, f"C{top}:C{low}", unit, box=True, h="center")
        merge(ws, f"E{top}:E{low}", base, box=True, h="right")
        merge(ws, f"I{top}:I{low}", status, box=True, h="center")
        put(ws, f"D{top}", "目標", box=True, h="center", shade=LIGHT)
        put(ws, f"D{low}", "実績", box=True, h="center")
        for col, v in zip("FGH", targets, strict=True):
            put(ws, f"{col}{top}", v, box=True, h="right", shade=LIGHT)
        for col, v in zip("FGH", actuals, strict=True):
            put(ws, f"{col}{low}", v, box=True, h="right")
        ws.row_dimensions[top].height = 17
        ws.row_dimensions[low].height = 17
        r += 2
    notes = [
        "※1　①は事業開始（令和3年度）からの累計。",
        "※2　④は各年度末（3月31日）現在の会員数（基準値を含む）。",
        "※3　⑤の基準値「―」は事業開始前に実施していなかったもの。令和3年度は新型コロナウイルス感染症の影響によりマルシェを中止した。",
        "※4　達成状況は、令和5年度の目標値と実績値を比較したもの。",
    ]
    for text in notes:
        merge(ws, f"A{r}:I{r}", text, size=8)
        ws.row_dimensions[r].height = 14
        r += 1
    r += 1
    put(ws, f"A{r}", "３　外部有識者の意見", size=11, bold=True, wrap=False)
    r += 1
    merge(
        ws,
        f"A{r}:I{r}",
        "地方創生に効果があった。産直サイトの会員数は目標に届かなかったものの、町外販売額は3か年で大きく伸びており、"
        "交付金終了後も事業を継続し、新規参入者の定着支援に力を入れられたい。",
        box=True,
    )
    ws.row_dimensions[r].height = 32
    page(ws, landscape=True)
    save(wb, SRC / "yamato_yuki_kofukin_kensho_r5.xlsx")


# ---------------------------------------------------------------- 赤村 (HTML document)
AKAMURA = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>第２期赤村まち・ひと・しごと創生総合戦略　KPIの実績（令和５年度） | 赤村</title>
</head>
<body>
<nav aria-label="パンくずリスト"><ol>
<li><a href="/">ホーム</a></li>
<li><a href="/government/">村政情報</a></li>
<li><a href="/government/plan/">計画・施策</a></li>
<li>第２期赤村まち・ひと・しごと創生総合戦略　KPIの実績（令和５年度）</li>
</ol></nav>
<main>
<h1>第２期赤村まち・ひと・しごと創生総合戦略　KPIの実績（令和５年度）</h1>
<p class="date">更新日：2024年9月30日　担当：企画振興課</p>
<p>赤村は福岡県筑豊地域の東部にあり、英彦山から扇状に走った山麓に挟まれた細長い盆地で、英彦山を源流とする今川が流れています。明治20年（1887年）に上赤村・下赤村・山浦村が合併して赤村となり、明治22年（1889年）に内田村と合併して今日の赤村となりました。面積は31.98km²で、村の約70％を森林が占めています。</p>
<p>筑豊地方で唯一炭坑がなかった村で、国の登録有形文化財である内田三連橋梁や、九州で最も古いトンネルとされる石坂トンネルが残り、5月下旬から6月中旬には源氏ボタルが舞います。平成筑豊鉄道田川線の源じいの森駅のそばには、温泉・キャンプ場・宿泊施設がそろう自然学習村「源じいの森」があり、旧国鉄油須原線の路盤を利用したトロッコ列車や、農林業体験イベント「DO YOU 農？」も村の魅力です。</p>
<dl>
<dt>計画の名称</dt><dd>第２期赤村まち・ひと・しごと創生総合戦略</dd>
<dt>計画期間</dt><dd>令和2年度～令和6年度（5年間）</dd>
<dt>担当課</dt><dd>企画振興課</dd>
</dl>
<h2>KPIの年度別実績</h2>
<p>KPIごとの値を年度順に縦に並べています。区分が「目標」の行は目標値、「実績」の行は実績値です。令和5年度の実績は、令和6年8月末時点の見込値です。数値の前の「△」はマイナス（転出超過）を表します。</p>
<table border="1">
<thead>
<tr><th scope="col" rowspan="2">年度</th><th scope="col" rowspan="2">区分</th><th scope="col">①移住相談件数</th><th scope="col">②社会増減数</th><th scope="col">③源じいの森の利用者数</th><th scope="col">④赤村特産物センターの販売額</th></tr>
<tr><th scope="col">（件）</th><th scope="col">（人）</th><th scope="col">（千人）</th><th scope="col">（百万円）</th></tr>
</thead>
<tbody>
<tr><th scope="row">平成30年度</th><td>基準値</td><td>12</td><td>△24</td><td>86.5</td><td>142.8</td></tr>
<tr><th scope="row">令和2年度</th><td>実績</td><td>15</td><td>△31</td><td>―</td><td>128.6</td></tr>
<tr><th scope="row">令和3年度</th><td>実績</td><td>21</td><td>△17</td><td>58.2</td><td>136.1</td></tr>
<tr><th scope="row">令和4年度</th><td>実績</td><td>26</td><td>△12</td><td>74.9</td><td>151.3</td></tr>
<tr><th scope="row" rowspan="2">令和5年度</th><td>目標</td><td>30</td><td>±0</td><td>90.0</td><td>160.0</td></tr>
<tr><td>実績（見込）</td><td>34</td><td>△15</td><td>81.6</td><td>163.4</td></tr>
<tr><th scope="row">令和6年度</th><td>目標（最終）</td><td>30～40</td><td>±0</td><td>95.0</td><td>170.0</td></tr>
</tbody>
</table>
<p class="note">※　③の令和2年度は、7月の豪雨によるキャンプ場の被災と新型コロナウイルス感染症による休館のため、集計していません（「―」）。</p>
<p class="note">※　令和元年度は計画策定前のため掲載していません。</p>
</main>
<footer><p>赤村役場　企画振興課</p></footer>
</body>
</html>
"""


def build_akamura():
    (HERE / "akamura_sousei2_kpi_jisseki_r5.html").write_text(AKAMURA, encoding="utf-8")


# ---------------------------------------------------------------- 松茂町 (CSV document)
MATSUSHIGE_ROWS = [
    ["松茂町総合計画　後期基本計画　成果指標の進捗状況（令和５年度）"],
    ["公表日", "令和6年11月29日"],
    ["担当課", "企画政策課"],
    [
        "計画期間",
        "基本構想　平成28年度～令和7年度（10年間）／後期基本計画　令和3年度～令和7年度（5年間）",
    ],
    [
        "町の概要",
        "徳島県の北東部、徳島市と鳴門市の間に位置し、吉野川から形成された三角州が町の大部分を占める。昭和36年（1961年）に町制を施行した。"
        "面積は14.34km²、人口は13,982人（2024年11月1日推計）。徳島空港を擁する徳島の空の玄関口で、平成5年（1993年）には人形浄瑠璃芝居資料館を"
        "併設する歴史民俗資料館が開館した。特産はれんこん。",
    ],
    [
        "注記",
        "基準値・目標値の年度は、各行の「基準年度」「目標年度」の欄のとおり（年度は4月～翌年3月）。△はマイナス（転出超過）。"
        "「―」は調査を実施していない年度。No.4の目標年度は防災計画の見直しに合わせ令和5年度としている。No.5はNo.1の再掲。",
    ],
    [],
    ["■施策別 成果指標"],
    [
        "施策",
        "No.",
        "成果指標",
        "単位",
        "基準値",
        "基準年度",
        "R3年度実績",
        "R4年度実績",
        "R5年度実績",
        "目標値",
        "目標年度",
        "担当課",
    ],
    [
        "2-1 移住・定住の促進",
        "1",
        "社会増減数（転入－転出）",
        "人",
        "△86",
        "R元",
        "△42",
        "△18",
        "△27",
        "±0",
        "R7",
        "企画政策課",
    ],
    [
        "3-2 農業の振興",
        "2",
        "れんこんの作付面積",
        "ha",
        "68.5",
        "H30",
        "64.2",
        "63.8",
        "61.0",
        "70.0",
        "R7",
        "産業振興課",
    ],
    [
        "4-1 子育て支援の充実",
        "3",
        "「子育てしやすいまち」と感じる保護者の割合",
        "％",
        "61.4",
        "R元",
        "―",
        "66.8",
        "―",
        "75.0",
        "R7",
        "こども未来課",
    ],
    [
        "5-1 防災対策の推進",
        "4",
        "自主防災組織の組織率",
        "％",
        "78.4",
        "R2",
        "81.0",
        "83.2",
        "86.5",
        "85.0",
        "R5",
        "総務課",
    ],
    [
        "6-2 協働のまちづくり",
        "5",
        "社会増減数（転入－転出）（再掲）",
        "人",
        "△86",
        "R元",
        "△42",
        "△18",
        "△27",
        "±0",
        "R7",
        "企画政策課",
    ],
]


def csv_field(text):
    if any(ch in text for ch in ',"\r\n'):
        return '"' + text.replace('"', '""') + '"'
    return text


def build_matsushige():
    lines = [",".join(csv_field(c) for c in row) for row in MATSUSHIGE_ROWS]
    data = ("\n".join(lines) + "\n").encode("utf-8")
    (HERE / "matsushige_sogo_koki_seika_r5.csv").write_bytes(data)


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
    build_iwakuni()
    build_yamato()
    build_akamura()
    build_matsushige()
    if "--no-pdf" not in sys.argv:
        to_pdf()


if __name__ == "__main__":
    main()
