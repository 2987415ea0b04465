"""Build the forms447 documents.

Writes source/nikko_suishin_kensho_r4.xlsx, source/odawara_sesaku_hyoka_r1.xlsx and
source/nozawaonsen_kaso_tassei_r1.xlsx and converts each to a one-page A4 PDF with LibreOffice;
writes the HTML page kuki_senryaku_kpi_h30.html. XLSX and HTML are byte-stable (fixed zip and
core timestamps). Run: /work/venv/bin/python build.py [--no-pdf]
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
FIXED = "2024-07-01T00:00:00Z"


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
            info = zipfile.ZipInfo(item.filename, date_time=(2024, 7, 1, 0, 0, 0))
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
    wb.properties.creator = "forms447"
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
    if fmt and isinstance(value, (int, float)):
        c.number_format = fmt
    return c


def boxmerge(ws, rng):
    ws.merge_cells(rng)
    for row in ws[rng]:
        for c in row:
            c.border = BOX


def form(ws, top, key_cols, last_col, fields, heights):
    """Key-value rows: the key merged over key_cols, the value merged up to last_col."""
    first, last_key = key_cols
    value_col = get_column_letter(ws[f"{last_key}1"].column + 1)
    for i, (key, value) in enumerate(fields):
        r = top + i
        put(ws, f"{first}{r}", key, box=True, fill=SHADE, align="center")
        if first != last_key:
            boxmerge(ws, f"{first}{r}:{last_key}{r}")
        put(ws, f"{value_col}{r}", value, box=True)
        boxmerge(ws, f"{value_col}{r}:{last_col}{r}")
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


def head_cell(ws, rng, text):
    first = rng.split(":")[0]
    put(ws, first, text, bold=True, box=True, fill=SHADE, align="center")
    if ":" in rng:
        boxmerge(ws, rng)


# ---------------------------------------------------------------- 日光 (PDF, landscape)
NIKKO_GENJO = (
    "本市の総人口は、1995年の99,988人（国勢調査）をピークに減少を続け、2020年10月1日現在の住民基本台帳では77,475人となった。"
    "国立社会保障・人口問題研究所の推計では、2045年には45,437人まで減少すると見込まれている。"
    "2018年の合計特殊出生率は1.34で、県平均の1.44を下回る。"
    "市域は1,449.83km²で、平成18年3月20日に今市市・日光市・藤原町・足尾町・栗山村の5市町村が合併して誕生した。"
)

NIKKO_ROWS = [
    (
        "KPI①",
        "鬼怒川・川治温泉の宿泊者数",
        "千人",
        1652,
        1700,
        1184,
        1750,
        1703,
        1800,
        "R4実績は見込値（確定値はR5.9公表）",
    ),
    ("KPI②", "移住相談窓口への相談件数", "件", 86, 100, 132, 120, 151, 140, None),
    (
        "KPI③",
        "本事業による新規雇用者数",
        "人",
        0,
        15,
        9,
        30,
        27,
        45,
        "目標・実績とも事業開始からの累計",
    ),
    (
        "KPI④",
        "日光杉並木街道ガイドツアー参加者数",
        "人",
        3420,
        3600,
        "―（中止）",
        3800,
        2960,
        4000,
        "R3は新型コロナウイルス感染症の影響により中止",
    ),
]


def nikko():
    wb, ws = new_sheet("効果検証R4", [9, 30, 7, 13, 9, 9, 9, 9, 9, 34])
    put(ws, "A1", "地方創生推進交付金事業　効果検証シート（令和４年度実績）", bold=True, size=14)
    ws.merge_cells("A1:J1")
    put(ws, "A2", "令和5年8月　日光市 総合政策部 総合政策課", align="right")
    ws.merge_cells("A2:J2")
    form(
        ws,
        4,
        ("A", "B"),
        "J",
        [
            ("地域再生計画の名称", "日光市まち・ひと・しごと創生推進計画"),
            ("交付対象事業の名称", "観光と移住でつなぐ「日光暮らし」推進事業"),
            ("計画期間", "令和3年4月1日～令和6年3月31日（3か年）"),
            ("担当課", "総合政策課"),
            ("地域の現状", NIKKO_GENJO),
        ],
        [18, 18, 18, 18, 48],
    )
    put(ws, "A10", "■重要業績評価指標（KPI）の達成状況", bold=True, size=11)
    ws.merge_cells("A10:J10")
    head_cell(ws, "A11:B12", "重要業績評価指標（KPI）")
    head_cell(ws, "C11:C12", "単位")
    head_cell(ws, "D11:D12", "事業開始前\n（R2.3末）")
    head_cell(ws, "E11:F11", "R3年度")
    head_cell(ws, "G11:H11", "R4年度")
    head_cell(ws, "I11", "R5年度")
    head_cell(ws, "J11:J12", "備考")
    for col, text in zip("EFGHI", ["目標", "実績", "目標", "実績", "目標"]):
        head_cell(ws, f"{col}12", text)
    ws.row_dimensions[11].height = 20
    ws.row_dimensions[12].height = 20
    for i, row in enumerate(NIKKO_ROWS):
        r = 13 + i
        for col, value in zip("ABCDEFGHIJ", row):
            align = "left" if col in "BJ" else ("center" if col in "AC" else "right")
            put(ws, f"{col}{r}", value, box=True, align=align, fmt="#,##0")
        ws.row_dimensions[r].height = 30
    put(
        ws,
        "A18",
        "※事業開始前の値は令和2年3月末時点の値。目標値は地域再生計画に定める各年度の目標値。",
        size=9,
    )
    ws.merge_cells("A18:J18")
    page_setup(ws, True, "A1:J18")
    return wb


# ---------------------------------------------------------------- 小田原 (PDF, portrait)
ODAWARA_GENJO = (
    "将来都市像「市民の力で未来を拓く希望のまち」の実現に向け、後期基本計画では観光を地域経済の柱の一つに位置付けている。"
    "市域は113.81km²、人口は191,557人（2019年1月）。昭和35年に復興された小田原城天守閣をはじめ、城址公園の約300本の桜、"
    "約1万本の花菖蒲、約2,500本のあじさいなど、四季を通じて多くの来訪者を迎えている。"
    "令和2年は小田原駅開業100周年、市制80周年の節目を迎える。"
)

ODAWARA_ROWS = [
    (
        "1",
        "小田原城天守閣の入館者数",
        "万人",
        49.8,
        [51.0, 52.0, 53.0, 55.0],
        [52.6, 54.1, 47.3],
        ["103.1%", "104.0%", "89.2%"],
    ),
    (
        "2",
        "観光案内所の外国人利用者数",
        "人",
        8420,
        [9000, 10000, 11000, 12000],
        [9318, 11046, 10112],
        ["103.5%", "110.5%", "91.9%"],
    ),
    (
        "3",
        "市内宿泊施設の宿泊者数",
        "千人",
        1015,
        [1030, 1045, 1060, 1100],
        [1021, 1058, 1066],
        ["99.1%", "101.2%", "100.6%"],
    ),
    (
        "4",
        "観光客満足度（「満足」「やや満足」と答えた人の割合）",
        "％",
        72.4,
        [74.0, 76.0, 78.0, 80.0],
        [75.1, "―（隔年調査）", 79.3],
        ["101.5%", "―", "101.7%"],
    ),
    (
        "5",
        "観光ボランティアガイドの案内件数",
        "件",
        1210,
        [1250, 1300, 1350, 1500],
        [1284, 1262, 1402],
        ["102.7%", "97.1%", "103.9%"],
    ),
]


def odawara():
    wb, ws = new_sheet("施策評価R1", [5, 30, 6, 8, 10, 12, 12, 12, 11])
    put(ws, "A1", "令和２年度　施策評価シート（令和元年度実績）", bold=True, size=14)
    ws.merge_cells("A1:I1")
    put(ws, "A2", "第5次小田原市総合計画「おだわらTRYプラン」後期基本計画", size=10)
    ws.merge_cells("A2:I2")
    put(ws, "A3", "令和2年7月　小田原市 文化部 観光課", align="right")
    ws.merge_cells("A3:I3")
    form(
        ws,
        5,
        ("A", "B"),
        "I",
        [
            ("施策番号", "23"),
            ("施策名", "観光の振興"),
            ("計画期間", "平成29年度～令和4年度（6年間）"),
            ("担当課", "観光課"),
            ("施策の現状", ODAWARA_GENJO),
        ],
        [18, 18, 18, 18, 78],
    )
    put(ws, "A11", "２　成果指標の推移", bold=True, size=11)
    ws.merge_cells("A11:I11")
    for col, text in zip(
        "ABCDEFGHI",
        [
            "No.",
            "成果指標",
            "単位",
            "区分",
            "H28\n（策定時）",
            "H29",
            "H30",
            "R元",
            "R4\n（目標年度）",
        ],
    ):
        head_cell(ws, f"{col}12", text)
    ws.row_dimensions[12].height = 30
    r = 13
    for no, name, unit, base, targets, actuals, rates in ODAWARA_ROWS:
        put(ws, f"A{r}", no, box=True, align="center")
        boxmerge(ws, f"A{r}:A{r + 2}")
        put(ws, f"B{r}", name, box=True)
        boxmerge(ws, f"B{r}:B{r + 2}")
        put(ws, f"C{r}", unit, box=True, align="center")
        boxmerge(ws, f"C{r}:C{r + 2}")
        fmt = "#,##0.0" if isinstance(base, float) else "#,##0"
        put(ws, f"E{r}", base, box=True, align="right", fmt=fmt)
        boxmerge(ws, f"E{r}:E{r + 2}")
        for k, (label, values) in enumerate(
            (("目標", targets), ("実績", actuals), ("達成率", rates))
        ):
            put(
                ws,
                f"D{r + k}",
                label,
                box=True,
                align="center",
                fill=LIGHT if label == "達成率" else None,
            )
            for col, v in zip("FGHI", values + [None] * (4 - len(values))):
                put(
                    ws,
                    f"{col}{r + k}",
                    v,
                    box=True,
                    align="right",
                    fmt=fmt,
                    fill=LIGHT if label == "達成率" else None,
                )
            ws.row_dimensions[r + k].height = 18
        r += 3
    notes = [
        "※達成率＝実績÷目標（各年度）。",
        "※No.1のR元実績は、新型コロナウイルス感染症対策による令和2年3月の臨時休館を含む。",
        "※No.4は隔年で実施する来訪者アンケートの値（H30は調査なし）。",
    ]
    for note in notes:
        put(ws, f"A{r}", note, size=9)
        ws.merge_cells(f"A{r}:I{r}")
        r += 1
    page_setup(ws, False, f"A1:I{r - 1}")
    return wb


# ---------------------------------------------------------------- 野沢温泉 (PDF, landscape)
NOZAWA_GAIYO = (
    "村の総面積は57.96km²で、村土の約半分を山林が占め、上信越高原国立公園の一部を含む297haがスキー場区域となっている。"
    "標高は村北部の明石の300mから毛無山の1,650mに及ぶ。人口は3,418人（2018年4月1日推計）。"
    "本計画は、野沢温泉村第5次長期振興総合計画の5つの基本目標と野沢温泉村地方創生総合戦略を柱とし、10の項目で構成する。"
)

NOZAWA_ROWS = [
    ("①", "スキー場利用者数", "千人", 362, [341, 355, 368, 287], 400, "うち外国人 61千人"),
    ("②", "外国人宿泊者数", "人", 38200, [45100, 52600, 61300, 58900], 60000, "うち台湾 14,200人"),
    ("③", "空き家バンクの成約件数", "件", 2, [3, 4, 6, 5], "累計20", "R元末の登録物件 11件"),
    (
        "④",
        "小中学生のスキー授業参加率",
        "％",
        96.2,
        [97.0, 96.8, 98.1, 97.5],
        100.0,
        "対象児童生徒 218人",
    ),
]
NOZAWA_GROUPS = [("産業の振興", 0, 1), ("生活環境の整備", 2, 2), ("教育の振興", 3, 3)]


def nozawaonsen():
    wb, ws = new_sheet("達成状況R1", [14, 6, 28, 7, 11, 8, 8, 8, 8, 11, 22])
    put(
        ws, "A1", "野沢温泉村過疎地域自立促進計画　目標の達成状況（令和元年度）", bold=True, size=14
    )
    ws.merge_cells("A1:K1")
    put(ws, "A2", "令和2年9月　野沢温泉村 総務課 企画財政係", align="right")
    ws.merge_cells("A2:K2")
    form(
        ws,
        4,
        ("A", "B"),
        "K",
        [
            ("計画の名称", "野沢温泉村過疎地域自立促進計画"),
            ("計画期間", "平成28年度～平成32年度（5年間）"),
            ("担当課", "総務課"),
            ("村の概要", NOZAWA_GAIYO),
        ],
        [18, 18, 18, 46],
    )
    put(ws, "A9", "２　目標の達成状況", bold=True, size=11)
    ws.merge_cells("A9:K9")
    head_cell(ws, "A10:A11", "区分")
    head_cell(ws, "B10:C11", "目標項目")
    head_cell(ws, "D10:D11", "単位")
    head_cell(ws, "E10:E11", "基準値\n（H27）")
    head_cell(ws, "F10:I10", "実績（平成28年度～令和元年度）")
    head_cell(ws, "J10:J11", "目標値\n（H32）")
    head_cell(ws, "K10:K11", "参考（R元）")
    for col, text in zip("FGHI", ["２８", "２９", "３０", "元"]):
        head_cell(ws, f"{col}11", text)
    ws.row_dimensions[10].height = 20
    ws.row_dimensions[11].height = 20
    for i, (label, name, unit, base, actuals, target, ref) in enumerate(NOZAWA_ROWS):
        r = 12 + i
        fmt = "#,##0.0" if isinstance(base, float) else "#,##0"
        put(ws, f"B{r}", label, box=True, align="center")
        put(ws, f"C{r}", name, box=True)
        put(ws, f"D{r}", unit, box=True, align="center")
        put(ws, f"E{r}", base, box=True, align="right", fmt=fmt)
        for col, v in zip("FGHI", actuals):
            put(ws, f"{col}{r}", v, box=True, align="right", fmt=fmt)
        put(ws, f"J{r}", target, box=True, align="right", fmt=fmt)
        put(ws, f"K{r}", ref, box=True, size=9)
        ws.row_dimensions[r].height = 26
    for name, first, last in NOZAWA_GROUPS:
        put(ws, f"A{12 + first}", name, box=True, align="center")
        if last > first:
            boxmerge(ws, f"A{12 + first}:A{12 + last}")
    notes = [
        "※「参考」欄は令和元年度の内訳・母数であり、目標項目の値ではない。",
        "※③の目標値は計画期間（5年間）の累計。実績は各年度の成約件数。",
        "※①の令和元年度は、暖冬による少雪のため営業日数が例年より少なかった。",
    ]
    for k, note in enumerate(notes):
        put(ws, f"A{16 + k}", note, size=9)
        ws.merge_cells(f"A{16 + k}:K{16 + k}")
    page_setup(ws, True, "A1:K18")
    return wb


# ---------------------------------------------------------------- 久喜 (HTML)
KUKI_HEAD = """      <thead>
        <tr>
          <th rowspan="2" scope="col">KPI</th>
          <th rowspan="2" scope="col">単位</th>
          <th rowspan="2" scope="col">基準値<br>（2014年度）</th>
          <th colspan="3" scope="colgroup">実績値</th>
          <th colspan="2" scope="colgroup">目標値</th>
        </tr>
        <tr>
          <th scope="col">2016年度</th>
          <th scope="col">2017年度</th>
          <th scope="col">2018年度</th>
          <th scope="col">2018年度</th>
          <th scope="col">2019年度</th>
        </tr>
      </thead>
"""


def kuki_rows(rows):
    out = []
    for row in rows:
        cells = "".join(f"<td>{v}</td>" for v in row)
        out.append(f"        <tr>{cells}</tr>\n")
    return "".join(out)


KUKI_T1 = kuki_rows(
    [
        ("製造品出荷額等※", "億円", "5,812", "6,034", "6,120", "6,298", "6,300", "6,400"),
        ("創業支援事業計画に基づく創業者数", "件", "18", "21", "26", "24", "26", "30"),
        ("市内への企業立地件数", "件", "3", "4", "2", "5", "4", "4"),
    ]
)
KUKI_T2 = kuki_rows(
    [
        ("新規就農者数", "人", "5", "6", "4", "7", "6", "6"),
        (
            "農産物直売所の売上額",
            "千円",
            "412,300",
            "425,100",
            "431,800",
            "集計中<br>（2019年12月確定予定）",
            "440,000",
            "450,000",
        ),
    ]
)

KUKI = f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>久喜市総合戦略 重要業績評価指標（KPI）の進捗状況（平成30年度） - 久喜市</title>
<style>
table {{ border-collapse: collapse; margin-bottom: 1em; }}
th, td {{ border: 1px solid #666; padding: 4px 6px; }}
th {{ background: #e8eef4; }}
td {{ text-align: right; }}
td:first-child, td:nth-child(2) {{ text-align: left; }}
.note {{ font-size: 90%; }}
</style>
</head>
<body>
<nav aria-label="パンくずリスト">
  <ol>
    <li><a href="/">トップページ</a></li>
    <li><a href="/shisei/">市政情報</a></li>
    <li><a href="/shisei/keikaku/">計画・施策</a></li>
    <li><a href="/shisei/keikaku/sogosenryaku/">久喜市総合戦略</a></li>
    <li>久喜市総合戦略 重要業績評価指標（KPI）の進捗状況（平成30年度）</li>
  </ol>
</nav>
<main>
  <h1>久喜市総合戦略 重要業績評価指標（KPI）の進捗状況（平成30年度）</h1>
  <p class="date">更新日：2019年9月20日　担当：企画政策課</p>
  <p>本市は、2010年（平成22年）3月23日に久喜市・菖蒲町・栗橋町・鷲宮町の1市3町が合併して誕生しました。都心から約50kmに位置し、面積は82.42km²、人口は153,709人（2019年1月）です。2015年（平成27年）10月31日には圏央道の市内区間が全線開通しました。</p>
  <p>久喜市総合戦略（平成28年3月策定、計画期間：平成27年度～平成31年度の5年間）に掲げた4つの基本目標のうち、基本目標1のKPIについて、平成30年度までの進捗状況をお知らせします。</p>
  <h2>基本目標1　安心して働けるまちをつくる</h2>
  <h3>1　地域産業の競争力の強化</h3>
  <table>
{KUKI_HEAD}      <tbody>
{KUKI_T1}      </tbody>
  </table>
  <p class="note">※製造品出荷額等は工業統計調査の値です。公表が翌年となるため、各年度の欄には前年（1月～12月）の値を掲げています（基準値・目標値も同じです）。例：2018年度の欄は2017年の値です。</p>
  <h3>2　農業分野での競争力の強化</h3>
  <table>
{KUKI_HEAD}      <tbody>
{KUKI_T2}      </tbody>
  </table>
  <p class="note">※農産物直売所の売上額は、市内4か所の直売所の合計です。</p>
  <p>このページに関するお問い合わせ：企画政策課 政策調整係</p>
</main>
</body>
</html>
"""


def main():
    no_pdf = "--no-pdf" in sys.argv
    SRC.mkdir(exist_ok=True)
    for name, make in (
        ("nikko_suishin_kensho_r4", nikko),
        ("odawara_sesaku_hyoka_r1", odawara),
        ("nozawaonsen_kaso_tassei_r1", nozawaonsen),
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
    (HERE / "kuki_senryaku_kpi_h30.html").write_text(KUKI, encoding="utf-8")


if __name__ == "__main__":
    main()
