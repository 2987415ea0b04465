"""Build the forms442 documents.

Writes source/shibetsu_shinsei_step2_kensho_h27.xlsx, source/shichikashuku_chosou_shihyo_r1.xlsx and
source/kamikoani_jimujigyo_hyoka_r5.xlsx and converts each to a one-page A4 PDF with LibreOffice; writes
the HTML page yomogita_saisei_kpi_r5.html. XLSX and HTML are byte-stable (fixed zip and core timestamps).
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
    wb.properties.creator = "forms442"
    return wb, ws


def put(ws, ref, value, bold=False, size=10, box=False, fill=None, align="left", wrap=True):
    c = ws[ref]
    c.value = value
    c.font = Font(name=FONT, size=size, bold=bold)
    c.alignment = Alignment(horizontal=align, vertical="center", wrap_text=wrap)
    if box:
        c.border = BOX
    if fill:
        c.fill = fill
    return c


def grid(ws, top, left, rows, height=None, fill=None, aligns=None):
    """Write a bordered grid; None cells stay empty but bordered."""
    for r, row in enumerate(rows):
        for k, v in enumerate(row):
            ref = f"{get_column_letter(left + k)}{top + r}"
            put(ws, ref, v, box=True, fill=fill, align=(aligns or {}).get(k, "center"))
        if height:
            ws.row_dimensions[top + r].height = height


def boxmerge(ws, rng):
    ws.merge_cells(rng)
    for row in ws[rng]:
        for c in row:
            c.border = BOX


def form(ws, top, last_col, fields, heights):
    """Key-value rows: the key in column A, the value merged over B..last_col."""
    for i, (key, value) in enumerate(fields):
        r = top + i
        put(ws, f"A{r}", key, box=True, fill=SHADE, align="center")
        put(ws, f"B{r}", value, box=True)
        boxmerge(ws, f"B{r}:{last_col}{r}")
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


# ---------------------------------------------------------------- 標津 (PDF, landscape)
def shibetsu():
    wb, ws = new_sheet("成果指標H27", [11, 34, 7, 11, 9, 9, 9, 9, 9, 12, 10])
    put(
        ws,
        "A1",
        "ふるさと新生プラン・ステップⅡ　成果指標の検証結果（最終年度・平成27年度）",
        bold=True,
        size=14,
    )
    ws.merge_cells("A1:K1")
    put(ws, "A2", "平成28年7月　標津町 企画政策課", align="right")
    ws.merge_cells("A2:K2")
    form(
        ws,
        3,
        "K",
        [
            ("計画の名称", "標津町ふるさと新生プラン・ステップⅡ"),
            (
                "計画期間",
                "平成23年度～平成27年度（5ヵ年）　※前計画「ふるさと新生プラン」は平成18年度～平成22年度",
            ),
            ("担当課", "企画政策課"),
            (
                "町の概況",
                "本町は面積624.68km²のうち森林が428.60km²（約69%）を占める。人口は昭和40年の8,051人（国勢調査）をピークに減少を続け、平成27年国勢調査では5,243人となった。秋サケ・ホタテを中心とする漁業と酪農を基幹産業とする「生産のまち」であり、洋上わずか24km先に国後島を望む。",
            ),
        ],
        [18, 18, 18, 44],
    )
    put(ws, "A8", "２　成果指標の達成状況", bold=True, size=11)
    ws.merge_cells("A8:K8")
    grid(
        ws,
        9,
        1,
        [
            [
                "No.",
                "成果指標",
                "単位",
                "策定時\n（H22）",
                "実績値",
                None,
                None,
                None,
                None,
                "目標値\n（H27）",
                "達成状況",
            ]
        ],
        fill=SHADE,
    )
    grid(
        ws,
        10,
        1,
        [[None, None, None, None, "H23", "H24", "H25", "H26", "H27", None, None]],
        fill=SHADE,
    )
    for rng in ("A9:A10", "B9:B10", "C9:C10", "D9:D10", "E9:I9", "J9:J10", "K9:K10"):
        boxmerge(ws, rng)
    ws.row_dimensions[9].height = 18
    ws.row_dimensions[10].height = 18
    right = {k: "right" for k in range(3, 10)}
    right[1] = "left"
    grid(
        ws,
        11,
        1,
        [
            ["1", "新規就農者数", "人", "2", "1", "3", "2", "0", "3", "3", "達成"],
            [
                "2",
                "野付半島の観光入込客数",
                "千人",
                "112.4",
                "108.9",
                "115.3",
                "121.0",
                "118.6",
                "126.2",
                "150→130",
                "未達成",
            ],
            [
                "3",
                "町内の水産加工場で新たに開発された商品数",
                "件",
                "4",
                "3",
                "5",
                "2",
                "6",
                "4",
                "5",
                "未達成",
            ],
        ],
        height=22,
        aligns=right,
    )
    put(
        ws,
        "A14",
        "※ No.4・No.5 は暦年（1月～12月）の数値です（策定時・目標値の欄を含みます）。各欄の年は、その年の1月～12月を表します。",
        size=9,
        box=True,
        fill=SHADE,
    )
    boxmerge(ws, "A14:K14")
    ws.row_dimensions[14].height = 18
    grid(
        ws,
        15,
        1,
        [
            [
                "4",
                "秋サケ水揚量",
                "t",
                "13,520",
                "11,870",
                "9,640",
                "10,210",
                "8,935",
                "7,460",
                "12,000",
                "未達成",
            ],
            ["5", "出生数", "人", "38", "35", "41", "33", "36", "31", "40", "未達成"],
        ],
        height=22,
        aligns=right,
    )
    notes = [
        "※ 目標値欄の「150→130」は、平成25年度の中間見直しで目標値を変更したものです（→の右が見直し後の目標値）。",
        "※ 出典：No.2 北海道観光入込客数調査、No.4 標津漁業協同組合調べ、No.5 住民基本台帳。達成状況は平成27の実績値と目標値を比べたものです。",
    ]
    for i, text in enumerate(notes):
        put(ws, f"A{18 + i}", text, size=9)
        ws.merge_cells(f"A{18 + i}:K{18 + i}")
    page_setup(ws, True, "A1:K19")
    return wb


# ---------------------------------------------------------------- 七ヶ宿 (PDF, portrait)
def shichikashuku():
    wb, ws = new_sheet("目標指標（最終評価）", [12, 5, 26, 6, 9, 8, 8, 9, 8, 8, 9])
    put(ws, "A1", "第5次七ヶ宿町長期総合計画　目標指標の達成状況（最終評価）", bold=True, size=14)
    ws.merge_cells("A1:K1")
    put(ws, "A2", "令和2年8月　七ヶ宿町 企画財政課", align="right")
    ws.merge_cells("A2:K2")
    form(
        ws,
        3,
        "K",
        [
            ("計画の名称", "第5次七ヶ宿町長期総合計画「だれもがだいすきな水守の郷しちかしゅく」"),
            ("目標年度", "平成31年度"),
            ("担当課", "企画財政課"),
            (
                "町の概況",
                "本町は蔵王連峰の南麓、宮城県の最南西部に位置し、福島・山形の両県と境界を接する。平成3年10月に完成した七ヶ宿ダムは、仙台市を含む県民183万人の水がめである。人口は昭和25年の5,536人をピークに減少が続いている。",
            ),
        ],
        [18, 18, 18, 48],
    )
    put(ws, "A8", "■目標指標の推移", bold=True, size=11)
    ws.merge_cells("A8:K8")
    put(
        ws,
        "A9",
        "※平成31年度は、5月1日の改元により令和元年度となりました。本表の「R元」と「H31」は同じ年度です。",
        size=9,
    )
    ws.merge_cells("A9:K9")
    grid(
        ws,
        10,
        1,
        [
            [
                "施策",
                "No.",
                "目標指標",
                "単位",
                "策定時\n（H26）",
                "H28\n実績",
                "H29\n実績",
                "中間目標\n（H29）",
                "H30\n実績",
                "R元\n実績",
                "最終目標\n（H31）",
            ]
        ],
        height=34,
        fill=SHADE,
    )
    right = {k: "right" for k in range(4, 11)}
    right[2] = "left"
    grid(
        ws,
        11,
        1,
        [
            ["移住、定住", "1", "町外からの移住者数", "人", "8", "11", "9", "10", "12", "16", "15"],
            [None, "2", "空き家バンクの登録件数", "件", "―", "3", "6", "8", "10", "13", "15"],
            [
                "基幹産業の振興",
                "3",
                "観光入込客数",
                "千人",
                "182.5",
                "176.0",
                "190.4",
                "185.0",
                "201.3",
                "168.7",
                "200.0",
            ],
            [None, "4", "新規就農者数", "人", "1", "0", "2", "1", "1", "2", "2"],
            [
                "住民参加",
                "5",
                "「わらじで歩こう七ヶ宿」参加者数",
                "人",
                "1,050",
                "1,120",
                "980",
                "1,100",
                "1,210",
                "1,080",
                "1,200",
            ],
        ],
        height=30,
        aligns=right,
    )
    boxmerge(ws, "A11:A12")
    boxmerge(ws, "A13:A14")
    notes = [
        "※ No.2の空き家バンクは平成28年度に開始したため、策定時の値はありません。",
        "※ No.3は宮城県観光統計概要による。R元の減少は、令和元年10月の台風第19号による被害の影響です。",
        "※ No.5は毎年7月に開催。参加者数は町外からの参加者を含みます。",
    ]
    for i, text in enumerate(notes):
        put(ws, f"A{17 + i}", text, size=9)
        ws.merge_cells(f"A{17 + i}:K{17 + i}")
    page_setup(ws, False, "A1:K19")
    return wb


# ---------------------------------------------------------------- 上小阿仁 (PDF, landscape)
def kamikoani():
    wb, ws = new_sheet("事務事業評価R5", [16, 36, 7, 11, 10, 10, 12, 12, 16])
    put(ws, "A1", "令和５年度　事務事業評価シート", bold=True, size=14)
    ws.merge_cells("A1:I1")
    put(ws, "A2", "作成日　令和6年7月10日", align="right")
    ws.merge_cells("A2:I2")
    put(ws, "A3", "１　事業の概要", bold=True, size=11)
    ws.merge_cells("A3:I3")
    form(
        ws,
        4,
        "I",
        [
            ("事務事業名", "フルーツほおずき産地化推進事業"),
            ("担当課", "産業課"),
            (
                "総合計画の位置付け",
                "上小阿仁村総合計画　基本目標２　地域の資源を生かした産業の振興",
            ),
            ("事業期間", "令和3年度～令和7年度"),
            (
                "事業の概要",
                "本村は総面積256.72km²の92.7%を山林原野が占め、その75%が国有林である。限られた農地で収益を上げる作物として、フルーツほおずきを村の特産品に育てるため、栽培講習会を開くとともに、新規に栽培する農家へハウス資材費の1/2（上限300千円）を補助する。",
            ),
        ],
        [18, 18, 18, 18, 44],
    )
    put(ws, "A10", "２　活動指標（事業量）", bold=True, size=11)
    ws.merge_cells("A10:I10")
    grid(
        ws,
        11,
        1,
        [["No.", "活動指標", "単位", "R3実績", "R4実績", "R5実績", "R6計画", None, None]],
        height=20,
        fill=SHADE,
    )
    right = {k: "right" for k in range(3, 9)}
    right[1] = "left"
    grid(
        ws,
        12,
        1,
        [
            ["1", "栽培講習会の開催回数", "回", "4", "5", "5", "6", None, None],
            ["2", "ハウス資材費補助の交付件数", "件", "3", "2", "4", "3", None, None],
        ],
        height=20,
        aligns=right,
    )
    for r in (11, 12, 13):
        for col in "HI":
            ws[f"{col}{r}"].border = Border()
            ws[f"{col}{r}"].fill = PatternFill()
    put(ws, "A14", "※ R5実績には、令和5年7月の大雨で被害を受けたハウス2棟の再建分を含む。", size=9)
    ws.merge_cells("A14:I14")
    put(ws, "A15", "３　成果指標", bold=True, size=11)
    ws.merge_cells("A15:I15")
    grid(
        ws,
        16,
        1,
        [
            [
                "No.",
                "成果指標",
                "単位",
                "基準値\n（R2）",
                "R5",
                None,
                "目標値\n（R7）",
                "達成度\n（R5）",
                "備考",
            ]
        ],
        fill=SHADE,
    )
    grid(ws, 17, 1, [[None, None, None, None, "目標", "実績", None, None, None]], fill=SHADE)
    for rng in (
        "A16:A17",
        "B16:B17",
        "C16:C17",
        "D16:D17",
        "E16:F16",
        "G16:G17",
        "H16:H17",
        "I16:I17",
    ):
        boxmerge(ws, rng)
    ws.row_dimensions[16].height = 30
    ws.row_dimensions[17].height = 18
    grid(
        ws,
        18,
        1,
        [
            ["1", "フルーツほおずき栽培農家数", "戸", "9", "14", "13", "18", "92.9%", ""],
            [
                "2",
                "フルーツほおずきの出荷量",
                "kg",
                "1,850",
                "2,600",
                "約2,700",
                "3,200",
                "103.8%",
                "R5実績は推計値",
            ],
            [
                "3",
                "フルーツほおずきの出荷額",
                "千円",
                "3,420",
                "5,000",
                "4,380",
                "6,000",
                "87.6%",
                "",
            ],
        ],
        height=22,
        aligns=right,
    )
    put(
        ws,
        "A21",
        "※ 達成度＝R5実績÷R5目標。出荷量・出荷額は村内の集荷場を通じた出荷分（直売所での販売を除く）。",
        size=9,
    )
    ws.merge_cells("A21:I21")
    put(ws, "A22", "４　評価", bold=True, size=11)
    ws.merge_cells("A22:I22")
    form(
        ws,
        23,
        "I",
        [("総合評価", "Ｂ　概ね順調（栽培農家は目標に届かなかったが、出荷量は目標を上回った）")],
        [20],
    )
    page_setup(ws, True, "A1:I23")
    return wb


# ---------------------------------------------------------------- 蓬田 (HTML)
YOMOGITA = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>蓬田村まち・ひと・しごと創生推進計画の効果検証について（令和５年度） | 蓬田村</title>
</head>
<body>
<header><p class="site-name">青森県 蓬田村</p></header>
<nav aria-label="パンくずリスト"><ol>
<li><a href="/">ホーム</a></li>
<li><a href="/sonsei/">村政情報</a></li>
<li><a href="/sonsei/keikaku/">計画・施策</a></li>
<li>蓬田村まち・ひと・しごと創生推進計画の効果検証について（令和５年度）</li>
</ol></nav>
<main>
<h1>蓬田村まち・ひと・しごと創生推進計画の効果検証について（令和５年度）</h1>
<p class="date">更新日：2024年9月27日　担当：総務課 企画係</p>
<p>蓬田村は津軽半島の東側、陸奥湾沿岸に位置し、面積80.84km²、人口2,540人（2020年国勢調査）の村です。陸奥湾でのホタテガイ養殖と、トマト・玉ねぎなどの農業が村の基幹産業です。</p>
<p>本村では、地域再生計画「蓬田村まち・ひと・しごと創生推進計画」（計画期間：令和3年4月1日～令和6年3月31日）に基づき、地方創生推進交付金を活用した事業を実施しています。外部有識者4名による検証会議（令和6年8月21日開催）の意見を踏まえ、重要業績評価指標（KPI）の実績を次のとおり公表します。</p>
<h2>重要業績評価指標（KPI）の実績</h2>
<table border="1">
<thead>
<tr><th rowspan="2" scope="col">KPI</th><th rowspan="2" scope="col">単位</th><th rowspan="2" scope="col">事業開始前<br>（R2年度）</th><th colspan="2" scope="colgroup">令和3年度</th><th colspan="2" scope="colgroup">令和4年度</th><th colspan="2" scope="colgroup">令和5年度</th><th rowspan="2" scope="col">担当課</th></tr>
<tr><th scope="col">目標</th><th scope="col">実績</th><th scope="col">目標</th><th scope="col">実績</th><th scope="col">目標</th><th scope="col">実績<sup>※</sup></th></tr>
</thead>
<tbody>
<tr><th scope="row">①ホタテガイ養殖の新規就業者数</th><td>人</td><td>0</td><td>1</td><td>1</td><td>1</td><td>2</td><td>1</td><td>1</td><td>産業振興課</td></tr>
<tr><th scope="row">②よもぎた物産館の年間売上額</th><td>千円</td><td>48,300</td><td>50,000</td><td>51,240</td><td>52,000</td><td>49,870</td><td>54,000</td><td>55,160</td><td>産業振興課</td></tr>
<tr><th scope="row">③玉松海水浴場の入込客数</th><td>人</td><td>8,200</td><td>9,000</td><td>10,350</td><td>9,500</td><td>7,980</td><td>10,000</td><td>11,020</td><td>総務課</td></tr>
<tr><th scope="row">④移住・定住に関する相談件数</th><td>件</td><td>６</td><td>１０</td><td>１２</td><td>１２</td><td>１５</td><td>１５</td><td>１４</td><td>総務課</td></tr>
<tr><th scope="row">⑤子育て世帯向け村営住宅の入居率</th><td>％</td><td>60.0</td><td>70.0</td><td>75.0</td><td>80.0</td><td>87.5</td><td>90.0</td><td>100.0</td><td>建設課</td></tr>
</tbody>
</table>
<p>※令和５年度の実績は、令和６年３月末時点の見込値です（確定値は令和６年度の効果検証で報告します）。</p>
<p>※KPI③は、海水浴場の開設期間（7月中旬～8月中旬）の入込客数です。</p>
<h2>検証会議の主な意見</h2>
<ul>
<li>物産館の売上額は令和4年度に一時減少したが、令和5年度は回復しており、引き続き販路の拡大に取り組むこと。</li>
<li>移住相談は件数の確保に加え、相談から移住に至った件数を把握すること。</li>
</ul>
<p>お問い合わせ：総務課 企画係　電話 0174-27-2111</p>
</main>
</body>
</html>
"""


def main():
    no_pdf = "--no-pdf" in sys.argv
    SRC.mkdir(exist_ok=True)
    for name, make in (
        ("shibetsu_shinsei_step2_kensho_h27", shibetsu),
        ("shichikashuku_chosou_shihyo_r1", shichikashuku),
        ("kamikoani_jimujigyo_hyoka_r5", kamikoani),
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
    (HERE / "yomogita_saisei_kpi_r5.html").write_text(YOMOGITA, encoding="utf-8")


if __name__ == "__main__":
    main()
