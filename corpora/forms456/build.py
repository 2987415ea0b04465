"""Build the forms456 documents.

Writes source/minamiise_kaso_seika_r1.xlsx and source/oyamazaki_jimujigyo_hyoka_r5.xlsx and converts
them to one-page A4 PDFs with LibreOffice; writes the workbook document izunokuni_kofukin_kensho_r4.xlsx
(left as it is) and the HTML page tawaramoto_sogo4_shihyo_r3.html. XLSX and HTML are byte-stable
(fixed zip and core timestamps). Run: /work/venv/bin/python build.py [--no-pdf]
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
    wb.properties.creator = "forms456"
    return wb, ws


def put(ws, ref, value, bold=False, size=10, box=False, fill=None, align="left", fmt=None):
    c = ws[ref]
    c.value = value
    c.font = Font(name=FONT, size=size, bold=bold)
    c.alignment = Alignment(horizontal=align, vertical="center", wrap_text=True)
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


def title(ws, last_col, text, sub):
    put(ws, "A1", text, bold=True, size=14, align="center")
    ws.merge_cells(f"A1:{last_col}1")
    ws.row_dimensions[1].height = 26
    put(ws, "A2", sub, align="right")
    ws.merge_cells(f"A2:{last_col}2")


def form(ws, top, last_col, fields, heights, key_to="A"):
    """Key-value rows: the key in A (merged to key_to), the value merged up to last_col."""
    first_val = get_column_letter(ws[f"{key_to}1"].column + 1)
    for i, (key, value) in enumerate(fields):
        r = top + i
        put(ws, f"A{r}", key, box=True, fill=SHADE, align="center")
        if key_to != "A":
            boxmerge(ws, f"A{r}:{key_to}{r}")
        put(ws, f"{first_val}{r}", value, box=True)
        boxmerge(ws, f"{first_val}{r}:{last_col}{r}")
        ws.row_dimensions[r].height = heights[i]


def note(ws, row, last_col, text, height=15):
    put(ws, f"A{row}", text, size=9)
    ws.merge_cells(f"A{row}:{last_col}{row}")
    ws.row_dimensions[row].height = height


def heading(ws, row, text, last_col="H"):
    put(ws, f"A{row}", text, bold=True, size=11)
    ws.merge_cells(f"A{row}:{last_col}{row}")
    ws.row_dimensions[row].height = 20


def value_cell(ws, ref, v, fmt=None):
    """A value cell: numbers right-aligned with a format, words centred."""
    if isinstance(v, (int, float)):
        put(ws, ref, v, box=True, align="right", fmt=fmt or "#,##0")
    else:
        put(ws, ref, v, box=True, align="center")


def page_setup(ws, landscape, area):
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_area = area
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.6


# ---------------------------------------------------------------- 南伊勢 (PDF, portrait)
def minamiise():
    wb, ws = new_sheet("R元成果指標", [15, 26, 7, 10, 9, 9, 9, 10, 12])
    title(
        ws,
        "I",
        "南伊勢町過疎地域自立促進計画　成果指標の状況（令和元年度実績）",
        "令和2年9月　南伊勢町 まちづくり推進課",
    )
    form(
        ws,
        4,
        "I",
        [
            ("計画の名称", "南伊勢町過疎地域自立促進計画"),
            ("計画期間", "平成28年度～平成32年度（5年間）"),
            ("担当課", "まちづくり推進課"),
            (
                "町の概要",
                "本町は平成17年10月1日に南勢町と南島町が合併して誕生した。総面積は241.89km²、海岸線延長は245.6kmに及び、町域の85%を山林が占め、38の集落からなる典型的な農山漁村地域である。",
            ),
        ],
        [18, 18, 18, 46],
        key_to="B",
    )
    heading(ws, 9, "２　成果指標の状況")
    for ref, text in (
        ("A10:A11", "区分"),
        ("B10:B11", "成果指標"),
        ("C10:C11", "単位"),
        ("D10:D11", "基準値\n（H27）"),
        ("H10:H11", "目標値\n（H32）"),
        ("I10:I11", "事業費\n（R元・千円）"),
    ):
        put(ws, ref.split(":")[0], text, box=True, fill=SHADE, align="center")
        boxmerge(ws, ref)
    put(ws, "E10", "実績値", box=True, fill=SHADE, align="center")
    boxmerge(ws, "E10:G10")
    for col, text in zip("EFG", ("H29", "H30", "R元")):
        put(ws, f"{col}11", text, box=True, fill=SHADE, align="center")
    ws.row_dimensions[10].height = 18
    ws.row_dimensions[11].height = 18
    rows = [
        ("産業の振興", "新規漁業就業者数", "人", [2, 3, 1, 4, 5], 8400, None),
        (None, "かんきつ類の出荷量", "t", [1180, 1095, 1210, 1032, 1250], 3150, None),
        (
            "交通通信体系の整備、情報化及び地域間交流の促進",
            "町営バスの年間利用者数",
            "千人",
            [48.6, 46.9, 45.2, 44.8, 50.0],
            61230,
            "0.0",
        ),
        (
            "高齢者等の保健及び福祉の向上及び増進",
            "介護予防教室の参加者数",
            "人",
            [3420, 3610, 3785, "約3,900", 4000],
            12870,
            None,
        ),
        ("教育の振興", "学校と地域の連携事業の実施回数", "回", [12, 15, 18, "―", 20], 2040, None),
    ]
    for i, (kubun, name, unit, values, cost, fmt) in enumerate(rows):
        r = 12 + i
        if kubun:
            put(ws, f"A{r}", kubun, box=True)
        else:
            boxmerge(ws, f"A{r - 1}:A{r}")
        put(ws, f"B{r}", name, box=True)
        put(ws, f"C{r}", unit, box=True, align="center")
        for col, v in zip("DEFGH", values):
            value_cell(ws, f"{col}{r}", v, fmt)
        value_cell(ws, f"I{r}", cost)
        ws.row_dimensions[r].height = 44 if kubun and len(kubun) > 10 else 26
    note(
        ws,
        18,
        "I",
        "※目標値は計画策定時の表記のまま「平成32年度」としています（令和2年度にあたります）。",
    )
    note(
        ws,
        19,
        "I",
        "※事業費は各区分の主な事業に要した令和元年度の決算額（千円）であり、成果指標の値ではありません。",
        26,
    )
    note(
        ws,
        20,
        "I",
        "※教育の振興の令和元年度実績は、新型コロナウイルス感染症の影響により令和2年2月以降の事業を中止したため、集計していません。",
        26,
    )
    note(ws, 21, "I", "※町営バスの利用者数は各年度4月～翌年3月の乗車人数です。")
    page_setup(ws, False, "A1:I21")
    return wb


# ---------------------------------------------------------------- 伊豆の国 (XLSX document, landscape)
def izunokuni():
    wb, ws = new_sheet("効果検証R4", [5, 30, 7, 12, 10, 10, 10, 10, 10, 12, 10, 26])
    title(
        ws,
        "L",
        "令和４年度　地方創生推進交付金事業　効果検証シート",
        "令和5年8月　伊豆の国市 観光課",
    )
    form(
        ws,
        4,
        "L",
        [
            (
                "交付対象事業の名称",
                "「世界遺産韮山反射炉」及び「江川邸」を核とした歴史文化のまちづくり推進事業",
            ),
            ("事業期間", "令和2年度～令和4年度（3か年）"),
            ("担当課", "観光課"),
            ("交付対象事業費", "58,600千円（3か年の合計）"),
            (
                "市の概要",
                "平成17年4月1日に伊豆長岡町・韮山町・大仁町の3町が合併して誕生した。面積は94.62km²。2015年（平成27年）に韮山反射炉が「明治日本の産業革命遺産」の構成資産として世界遺産に登録された。",
            ),
        ],
        [18, 18, 18, 18, 34],
        key_to="B",
    )
    heading(ws, 10, "■重要業績評価指標（KPI）の達成状況")
    for ref, text in (
        ("A11:A12", "No."),
        ("B11:B12", "重要業績評価指標（KPI）"),
        ("C11:C12", "単位"),
        ("D11:D12", "事業開始前\n（R元年度）"),
        ("K11:K12", "達成状況\n（R4）"),
        ("L11:L12", "備考"),
    ):
        put(ws, ref.split(":")[0], text, box=True, fill=SHADE, align="center")
        boxmerge(ws, ref)
    for first, second, year in (
        ("E", "F", "令和２年度"),
        ("G", "H", "令和３年度"),
        ("I", "J", "令和４年度"),
    ):
        put(ws, f"{first}11", year, box=True, fill=SHADE, align="center")
        boxmerge(ws, f"{first}11:{second}11")
        put(ws, f"{first}12", "目標値", box=True, fill=SHADE, align="center")
        put(ws, f"{second}12", "実績値", box=True, fill=SHADE, align="center")
    ws.row_dimensions[11].height = 18
    ws.row_dimensions[12].height = 30
    rows = [
        (
            1,
            "韮山反射炉の年間来場者数",
            "千人",
            [142.5, 150.0, 54.3, 120.0, 98.6, 150.0, 161.2],
            "達成",
            "R2は4月～5月に臨時休館",
            "0.0",
        ),
        (
            2,
            "反射炉・江川邸ガイドツアー参加者数",
            "人",
            [1860, None, None, 1500, 1244, 2200, "2,315（見込）"],
            "達成",
            "R2はガイドツアーを休止。R4実績は令和5年3月末時点の見込値",
            None,
        ),
        (
            3,
            "歴史文化観光分野の新規雇用者数",
            "人",
            [0, "累計2", "累計1", "累計4", "累計3", "累計6", "累計6"],
            "達成",
            "事業開始からの累計",
            None,
        ),
        (
            4,
            "市内主要観光施設の観光消費額",
            "千円",
            [385000, 400000, 172400, 360000, 301050, 420000, 408720],
            "未達成",
            "主要5施設の売上額から推計",
            None,
        ),
    ]
    for i, (no, name, unit, values, status, remark, fmt) in enumerate(rows):
        r = 13 + i
        put(ws, f"A{r}", no, box=True, align="center")
        put(ws, f"B{r}", name, box=True)
        put(ws, f"C{r}", unit, box=True, align="center")
        for col, v in zip("DEFGHIJ", values):
            if v is not None:
                value_cell(ws, f"{col}{r}", v, fmt)
        put(ws, f"K{r}", status, box=True, align="center")
        put(ws, f"L{r}", remark, box=True, size=9)
        ws.row_dimensions[r].height = 32
    put(ws, "E14", "ツアー休止", box=True, align="center")
    boxmerge(ws, "E14:F14")
    note(ws, 18, "L", "※達成状況は、令和４年度の目標値と実績値を比較したものです。")
    note(ws, 19, "L", "※KPI３は、令和２年度からの新規雇用者数の累計です。")
    page_setup(ws, True, "A1:L19")
    return wb


# ---------------------------------------------------------------- 大山崎 (PDF, landscape)
def oyamazaki():
    wb, ws = new_sheet("事務事業評価", [10, 5, 30, 6, 10, 10, 10, 10, 10, 11, 34])
    title(ws, "K", "事務事業評価シート（令和５年度実施事業）", "評価日　令和6年7月10日　大山崎町")
    form(
        ws,
        4,
        "K",
        [
            ("事務事業名", "歴史資源を活かした観光まちづくり推進事業"),
            ("担当課", "経済環境課"),
            ("総合計画の位置付け", "第4次大山崎町総合計画（平成28年3月策定）　観光の振興"),
            ("事業期間", "令和3年度～令和7年度"),
            (
                "事業の概要",
                "面積5.97km²の町域に、天王山、千利休作と伝わる国宝の茶室「待庵」、聴竹居、アサヒグループ大山崎山荘美術館など多くの歴史・文化資源がある。これらを巡る観光ガイドマップの作成・配布、観光ボランティアガイドの養成及び観光案内所の運営を行う。",
            ),
        ],
        [18, 18, 18, 18, 40],
        key_to="C",
    )
    heading(ws, 10, "２　指標の推移")
    heads = [
        "区分",
        "No.",
        "指標名",
        "単位",
        "R3実績",
        "R4実績",
        "R5目標",
        "R5実績",
        "R6目標",
        "達成状況\n（R5）",
        "指標の説明",
    ]
    for col, text in zip("ABCDEFGHIJK", heads):
        put(ws, f"{col}11", text, box=True, fill=SHADE, align="center")
    ws.row_dimensions[11].height = 30
    rows = [
        (
            "活動指標",
            1,
            "観光ガイドマップの配布数",
            "部",
            [8000, 10000, 10000, 12500, 10000],
            "○",
            "町内3か所の観光案内所及び駅での配布部数",
        ),
        (
            None,
            2,
            "観光ボランティアガイド養成講座の開催回数",
            "回",
            [3, 4, 6, 5, 6],
            "×",
            "全6回の連続講座として実施",
        ),
        (
            "成果指標",
            3,
            "観光案内所の利用者数",
            "人",
            [6120, 9480, 12000, 11350, 13000],
            "×",
            "町内3か所の観光案内所の利用者数の合計",
        ),
        (
            None,
            4,
            "観光案内所利用者の満足度",
            "％",
            ["―", 82.4, 85.0, 87.1, 85.0],
            "○",
            "案内所で実施するアンケートで「満足」「やや満足」と回答した人の割合（R3は調査未実施）",
        ),
    ]
    for i, (kubun, no, name, unit, values, status, desc) in enumerate(rows):
        r = 12 + i
        if kubun:
            put(ws, f"A{r}", kubun, box=True, align="center")
        else:
            boxmerge(ws, f"A{r - 1}:A{r}")
        put(ws, f"B{r}", no, box=True, align="center")
        put(ws, f"C{r}", name, box=True)
        put(ws, f"D{r}", unit, box=True, align="center")
        fmt = "0.0" if unit == "％" else None
        for col, v in zip("EFGHI", values):
            value_cell(ws, f"{col}{r}", v, fmt)
        put(ws, f"J{r}", status, box=True, align="center")
        put(ws, f"K{r}", desc, box=True, size=9)
        ws.row_dimensions[r].height = 32
    note(ws, 16, "K", "達成状況　○：R5目標を達成　×：R5目標を未達成")
    heading(ws, 18, "３　事業費の推移（単位：千円）")
    for col, text in zip("CDEFGH", ["区分", "", "R3決算", "R4決算", "R5決算", "R6予算"]):
        put(ws, f"{col}19", text, box=True, fill=SHADE, align="center")
    boxmerge(ws, "C19:D19")
    for r, (label, values) in enumerate(
        (("事業費", [4820, 5310, 5960, 6200]), ("うち一般財源", [2410, 2655, 2980, 3100])), start=20
    ):
        put(ws, f"C{r}", label, box=True)
        boxmerge(ws, f"C{r}:D{r}")
        for col, v in zip("EFGH", values):
            value_cell(ws, f"{col}{r}", v)
    heading(ws, 23, "４　評価")
    put(ws, "A24", "総合評価", box=True, fill=SHADE, align="center")
    boxmerge(ws, "A24:B24")
    put(ws, "C24", "A　順調に推移している（今後の方向性：継続）", box=True)
    boxmerge(ws, "C24:K24")
    ws.row_dimensions[24].height = 20
    page_setup(ws, True, "A1:K24")
    return wb


# ---------------------------------------------------------------- 田原本 (HTML)
def tr(cells):
    return "<tr>" + "".join(cells) + "</tr>"


def table(rows):
    head = """<table class="shihyo">
<thead>
<tr><th rowspan="2" scope="col">指標</th><th rowspan="2" scope="col">単位</th><th rowspan="2" scope="col">策定時<br>（H28）</th><th colspan="4" scope="colgroup">実績値</th><th rowspan="2" scope="col">前期目標<br>（R3）</th><th rowspan="2" scope="col">県内順位<br>（R3）※1</th></tr>
<tr><th scope="col">H30</th><th scope="col">R元</th><th scope="col">R2</th><th scope="col">R3</th></tr>
</thead>
<tbody>
"""
    body = []
    for row in rows:
        if isinstance(row, str):
            body.append(f'<tr class="note"><td colspan="9">{row}</td></tr>')
        else:
            name, *cells = row
            body.append(tr([f'<th scope="row">{name}</th>'] + [f"<td>{c}</td>" for c in cells]))
    return head + "\n".join(body) + "\n</tbody>\n</table>\n"


def tawaramoto():
    t1 = table(
        [
            ("合計特殊出生率", "―", "1.21", "1.25", "1.19", "1.22", "1.18", "1.35", "24位"),
            ("待機児童数（4月1日現在）", "人", "12", "5", "3", "0", "0", "0", "―"),
            "※次の指標は住民意識調査（隔年実施）によるため、R元・R3の欄は空欄です。",
            (
                "子育てしやすいまちだと思う住民の割合",
                "％",
                "52.4",
                "55.1",
                "",
                "58.7",
                "",
                "60.0",
                "―",
            ),
        ]
    )
    t2 = table(
        [
            ("特定健康診査の受診率", "％", "38.6", "40.2", "41.5", "33.9", "39.8", "45.0", "12位"),
            ("自主防災組織の組織率", "％", "78.0", "80.5", "82.0", "84.3", "86.1", "85.0", "20位"),
        ]
    )
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>第4次総合計画 前期基本計画 まちづくり指標の達成状況（令和3年度） - 田原本町</title>
</head>
<body>
<nav class="breadcrumb"><ol><li><a href="/">ホーム</a></li><li><a href="/soshiki/">町政情報</a></li><li><a href="/soshiki/keikaku/">計画・施策</a></li><li>第4次総合計画 前期基本計画 まちづくり指標の達成状況（令和3年度）</li></ol></nav>
<main>
<h1>第4次総合計画 前期基本計画 まちづくり指標の達成状況（令和３年度）</h1>
<p class="date">更新日：2022年10月3日　担当：総合政策課</p>
<p>本町は、まちの将来像「子どもから高齢者まで 誰もがいきいきとした 暮らしを楽しむまち たわらもと」の実現に向け、第4次総合計画に基づくまちづくりを進めています。面積21.09km²の平坦な町域には弥生時代の唐古・鍵遺跡があり、平成30年4月には唐古・鍵遺跡史跡公園と道の駅「レスティ唐古・鍵」がオープンしました。</p>
<p>前期基本計画の最終年度である令和3年度の実績がまとまりましたので、基本目標ごとにまちづくり指標の達成状況をお知らせします。</p>
<h2>基本目標1　子育ての願いをかなえるまちづくり</h2>
{t1}<h2>基本目標2　健康で安心な暮らしを支えるまちづくり</h2>
{t2}<p class="note">※1 県内順位は、奈良県内39市町村の中での本町の順位です（令和3年度の値による。「―」は順位の公表がないもの）。</p>
<p class="note">※特定健康診査の受診率は、各年度の法定報告値です。</p>
</main>
</body>
</html>
"""


def main():
    no_pdf = "--no-pdf" in sys.argv
    SRC.mkdir(exist_ok=True)
    for name, make in (
        ("minamiise_kaso_seika_r1", minamiise),
        ("oyamazaki_jimujigyo_hyoka_r5", oyamazaki),
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
    path = HERE / "izunokuni_kofukin_kensho_r4.xlsx"
    izunokuni().save(path)
    stabilize(path)
    (HERE / "tawaramoto_sogo4_shihyo_r3.html").write_text(tawaramoto(), encoding="utf-8")


if __name__ == "__main__":
    main()
