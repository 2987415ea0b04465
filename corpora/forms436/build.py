"""Build the forms436 documents.

Writes source/hikone_seika_mokuhyo_r6.xlsx and source/fukusaki_jimujigyo_hyoka_r5.xlsx and converts
them to one-page A4 PDFs with LibreOffice; writes the workbook document shima_suishin_kpi_r5.xlsx
and the HTML page tajimi_senryaku_kpi_r5.html. XLSX and HTML are byte-stable (fixed zip and core
timestamps). Run: /work/venv/bin/python build.py [--no-pdf]
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
FIXED = "2024-06-01T00:00:00Z"


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
            info = zipfile.ZipInfo(item.filename, date_time=(2024, 6, 1, 0, 0, 0))
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
    wb.properties.creator = "forms436"
    return wb, ws


def put(
    ws,
    ref,
    value,
    bold=False,
    size=10,
    box=False,
    fill=None,
    align="left",
    wrap=True,
    valign="center",
):
    c = ws[ref]
    c.value = value
    c.font = Font(name=FONT, size=size, bold=bold)
    c.alignment = Alignment(horizontal=align, vertical=valign, wrap_text=wrap)
    if box:
        c.border = BOX
    if fill:
        c.fill = fill
    return c


def grid(ws, top, left, rows, heights=None, fills=None, aligns=None):
    """Write a bordered grid; None cells stay empty but bordered."""
    for r, row in enumerate(rows):
        for k, v in enumerate(row):
            ref = f"{get_column_letter(left + k)}{top + r}"
            al = (aligns or {}).get(k, "center")
            put(ws, ref, v, box=True, fill=(fills or {}).get(r), align=al)
        if heights:
            ws.row_dimensions[top + r].height = heights


def boxmerge(ws, rng):
    ws.merge_cells(rng)
    for row in ws[rng]:
        for c in row:
            c.border = BOX


def page_setup(ws, landscape, area):
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_area = area
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.6


# ---------------------------------------------------------------- 彦根 (PDF, portrait)
def hikone():
    wb, ws = new_sheet("成果目標R6", [16, 32, 8, 10, 9, 9, 9, 10, 24])
    put(
        ws,
        "A1",
        "彦根市総合計画 前期基本計画　成果目標の進捗状況（令和六年度）",
        bold=True,
        size=14,
    )
    ws.merge_cells("A1:I1")
    put(ws, "A2", "令和7年7月　彦根市 企画振興部 企画課", align="right")
    ws.merge_cells("A2:I2")
    form = [
        ("計画の名称", "彦根市総合計画（基本構想：令和4年度～令和15年度）"),
        ("計画期間", "前期基本計画　令和4年度（2022年度）～令和7年度（2025年度）の4年間"),
        ("担当課", "企画振興部 企画課"),
        (
            "市の概要",
            "本市は琵琶湖の東岸に位置し、面積196.87km²、人口112,083人（令和6年10月1日推計）。国宝彦根城を中心とする城下町で、仏壇・バルブ・ファンデーションの「3B」が地場産業として知られる。前期基本計画の4年間のうち3年が経過し、成果目標18項目のうち本表は分野1の5項目を掲載する。",
        ),
    ]
    r = 4
    for k, v in form:
        put(ws, f"A{r}", k, box=True, fill=SHADE, align="center")
        put(ws, f"B{r}", v, box=True)
        boxmerge(ws, f"B{r}:I{r}")
        ws.row_dimensions[r].height = 48 if k == "市の概要" else 20
        r += 1
    put(ws, "A9", "２　成果目標の進捗状況（分野１　にぎわい・産業）", bold=True, size=11)
    ws.merge_cells("A9:I9")
    head1 = [
        "施策",
        "成果目標（指標）",
        "単位",
        "現状値（R2）",
        "実績値",
        None,
        None,
        "目標値（R7）",
        "備考",
    ]
    head2 = [None, None, None, None, "R4", "R5", "R6", None, None]
    grid(ws, 10, 1, [head1, head2], fills={0: SHADE, 1: SHADE})
    for col in "ABCDHI":
        boxmerge(ws, f"{col}10:{col}11")
    boxmerge(ws, "E10:G10")
    body = [
        [
            "1-1 観光・交流の推進\n（観光交流課）",
            "①彦根城・玄宮園の年間入場者数",
            "千人",
            255,
            612,
            748,
            861,
            900,
            "R5年度に目標値を見直し（当初：800千人）",
        ],
        [None, "②市内宿泊者数", "千人", 398, 455, 502, 531, 560, None],
        [
            "1-2 地場産業の振興\n（地域経済振興課）",
            "③地場産業（仏壇・バルブ・ファンデーション）の事業所数",
            "事業所",
            312,
            301,
            296,
            290,
            300,
            "減少幅の抑制を目指す",
        ],
        [None, "④創業支援事業による創業者数", "人", 38, 42, 51, 47, 50, None],
        [
            None,
            "⑤「彦根の歴史・文化に誇りを感じる」と答えた市民の割合",
            "％",
            71.3,
            73.0,
            "―",
            75.8,
            80.0,
            "市民意識調査（隔年実施）。R5は調査を実施していない",
        ],
    ]
    grid(ws, 12, 1, body, heights=40, aligns={0: "left", 1: "left", 8: "left"})
    for rr in range(12, 17):
        for col in "DEFGH":
            c = ws[f"{col}{rr}"]
            c.alignment = Alignment(horizontal="right", vertical="center")
            if isinstance(c.value, float):
                c.number_format = "0.0"
    boxmerge(ws, "A12:A13")
    boxmerge(ws, "A14:A16")
    put(ws, "A18", "※R4・R5・R6は各年度（4月～翌年3月）の実績値。", size=9)
    ws.merge_cells("A18:I18")
    put(
        ws,
        "A19",
        "※①の目標値は、令和5年度の中間見直しで800千人から900千人に改めた（上表は見直し後の値）。",
        size=9,
    )
    ws.merge_cells("A19:I19")
    page_setup(ws, False, "A1:I19")
    return wb


# ---------------------------------------------------------------- 福崎 (PDF, landscape)
def fukusaki():
    wb, ws = new_sheet("事務事業評価", [12, 36, 7, 10, 13, 10, 13, 13, 30])
    put(ws, "A1", "令和５年度　事務事業評価シート", bold=True, size=14)
    ws.merge_cells("A1:I1")
    put(ws, "A2", "福崎町　令和6年8月作成", align="right")
    ws.merge_cells("A2:I2")
    form = [
        ("事業番号", "23", "担当課", "地域振興課"),
        (
            "事業名",
            "柳田國男生家周辺観光振興事業",
            "関連計画",
            "福崎町まち・ひと・しごと創生推進計画（地域再生計画）",
        ),
        (
            "事業の概要",
            "柳田國男の生家（柳田國男・松岡家顕彰会記念館内）を核に、町の観光振興を図る。本町は面積45.79km²、人口18,964人（令和6年5月1日推計）で、昭和31年5月3日に1町2村が合併して誕生した。七種山（683m）の七種の滝と併せた周遊ルートを案内する。",
            None,
            None,
        ),
    ]
    r = 4
    for a, b, c, d in form:
        put(ws, f"A{r}", a, box=True, fill=SHADE, align="center")
        put(ws, f"B{r}", b, box=True)
        if c is None:
            boxmerge(ws, f"B{r}:I{r}")
            ws.row_dimensions[r].height = 44
        else:
            put(ws, f"C{r}", c, box=True, fill=SHADE, align="center")
            boxmerge(ws, f"C{r}:D{r}")
            put(ws, f"E{r}", d, box=True)
            boxmerge(ws, f"E{r}:I{r}")
            ws.row_dimensions[r].height = 20
        r += 1
    put(ws, "A8", "３　事業の実績と成果", bold=True, size=11)
    ws.merge_cells("A8:I8")
    head1 = ["区分", "項目", "単位", "令和4年度", None, "令和5年度", None, "令和6年度", "備考"]
    head2 = [None, None, None, "目標", "実績", "目標", "実績", "目標", None]
    grid(ws, 9, 1, [head1, head2], fills={0: SHADE, 1: SHADE})
    for col in "ABCI":
        boxmerge(ws, f"{col}9:{col}10")
    boxmerge(ws, "D9:E9")
    boxmerge(ws, "F9:G9")
    body = [
        [
            "事業費",
            "事業費（千円）",
            "千円",
            None,
            "4,820（決算）",
            None,
            "5,130（決算）",
            "5,400（予算）",
            "うち一般財源 R5：2,565千円",
        ],
        [
            "活動指標",
            "①生家周辺でのイベント開催回数",
            "回",
            12,
            "3（7回中止）",
            12,
            14,
            12,
            "R4は新型コロナウイルス感染症の影響で中止が続いた",
        ],
        [None, "②観光ボランティアガイドの案内件数", "件", 300, 212, 300, 338, 350, None],
        [
            "成果指標",
            "③柳田國男生家・記念館の来館者数",
            "人",
            40000,
            36820,
            45000,
            47105,
            50000,
            None,
        ],
        [
            None,
            "④観光客アンケートで「また訪れたい」と答えた人の割合",
            "％",
            80.0,
            "未実施",
            80.0,
            76.4,
            85.0,
            "アンケートはR5から実施",
        ],
    ]
    grid(ws, 11, 1, body, heights=34, aligns={1: "left", 8: "left"})
    for rr in range(11, 16):
        for col in "DEFGH":
            c = ws[f"{col}{rr}"]
            c.alignment = Alignment(horizontal="right", vertical="center", wrap_text=True)
            if isinstance(c.value, int) and c.value >= 1000:
                c.number_format = "#,##0"
            elif isinstance(c.value, float):
                c.number_format = "0.0"
    for rr in (11,):
        for col in "DF":
            ws[f"{col}{rr}"].fill = SHADE
    boxmerge(ws, "A12:A13")
    boxmerge(ws, "A14:A15")
    put(ws, "A16", "４　評価", bold=True, size=11)
    put(ws, "A17", "評価", box=True, fill=SHADE, align="center")
    put(
        ws,
        "B17",
        "B　概ね順調（来館者数は目標を上回ったが、再訪意向は目標に届かなかった）",
        box=True,
    )
    boxmerge(ws, "B17:I17")
    page_setup(ws, True, "A1:I17")
    return wb


# ---------------------------------------------------------------- 志摩 (XLSX document)
def shima():
    wb, ws = new_sheet("KPI検証（R5）", [5, 30, 7, 6, 16, 8, 8, 8, 8, 8, 8, 30])
    put(ws, "A1", "地方創生推進交付金事業　効果検証シート（令和５年度）", bold=True, size=14)
    ws.merge_cells("A1:L1")
    form = [
        ("地域再生計画の名称", "志摩市創生総合戦略推進計画"),
        ("計画期間", "令和3年4月1日～令和6年3月31日（交付対象事業費　R5：12,400千円）"),
        ("担当課", "政策推進部 総合政策課"),
        (
            "市の現状",
            "総人口は49,235人（令和2年1月31日現在、住民基本台帳）で、平成12年の61,628人から20年間で約12,400人減少した。観光業と漁業を基幹産業とし、平成28年の伊勢志摩サミット開催地として、真珠製品など地場産業を生かした地域振興を進めている。",
        ),
    ]
    r = 3
    for k, v in form:
        put(ws, f"A{r}", k, box=True, fill=SHADE, align="center")
        boxmerge(ws, f"A{r}:B{r}")
        put(ws, f"C{r}", v, box=True)
        boxmerge(ws, f"C{r}:L{r}")
        ws.row_dimensions[r].height = 44 if k == "市の現状" else 20
        r += 1
    put(ws, "A8", "３　重要業績評価指標（KPI）の達成状況", bold=True, size=11)
    ws.merge_cells("A8:L8")
    head1 = [
        "No.",
        "重要業績評価指標（KPI）",
        "単位",
        "内訳",
        "基準値（R2年度）",
        "R3年度",
        None,
        "R4年度",
        None,
        "R5年度",
        None,
        "備考",
    ]
    head2 = [None, None, None, None, None, "目標", "実績", "目標", "実績", "目標", "実績", None]
    grid(ws, 9, 1, [head1, head2], fills={0: SHADE, 1: SHADE})
    for col in "ABCDEL":
        boxmerge(ws, f"{col}9:{col}10")
    for a, b in (("F", "G"), ("H", "I"), ("J", "K")):
        boxmerge(ws, f"{a}9:{b}9")
    body = [
        [
            "①",
            "空き家バンクを活用した移住世帯数",
            "世帯",
            "浜島",
            None,
            None,
            3,
            None,
            2,
            None,
            4,
            "地区別の内訳を併記。KPIの値は「計」の行",
        ],
        [None, None, None, "大王", None, None, 2, None, 1, None, 3, None],
        [None, None, None, "志摩", None, None, 4, None, 5, None, 5, None],
        [None, None, None, "阿児", None, None, 6, None, 5, None, 8, None],
        [None, None, None, "磯部", None, None, 2, None, 3, None, 3, None],
        [None, None, None, "計", 12, 15, 17, 18, 16, 20, 23, None],
        [
            "②",
            "体験型観光プログラムの参加者数",
            "人",
            None,
            3120,
            4000,
            2480,
            5000,
            4930,
            6000,
            6215,
            None,
        ],
        [
            "③",
            "真珠製品のオンライン販売額",
            "千円",
            None,
            18500,
            22000,
            24310,
            26000,
            25870,
            30000,
            28940,
            None,
        ],
        ["④", "新規漁業就業者数", "人", None, 2, 3, 1, 3, 4, 3, 2, None],
        [
            "⑤",
            "海女漁業体験の受入人数",
            "人",
            None,
            410,
            500,
            "休止",
            600,
            380,
            700,
            655,
            "R3は感染症拡大防止のため受入れを休止",
        ],
    ]
    grid(ws, 11, 1, body, heights=22, aligns={1: "left", 11: "left"})
    for rr in range(11, 21):
        for col in "EFGHIJK":
            c = ws[f"{col}{rr}"]
            c.alignment = Alignment(horizontal="right", vertical="center")
            if isinstance(c.value, int) and c.value >= 1000:
                c.number_format = "#,##0"
        for col in "DEFGHIJK":
            if rr == 16:
                ws[f"{col}{rr}"].font = Font(name=FONT, size=10, bold=True)
    ws.row_dimensions[20].height = 30
    for col in "ABC":
        boxmerge(ws, f"{col}11:{col}16")
    boxmerge(ws, "L11:L16")
    for rr in range(11, 16):
        for col in "EFHJ":
            ws[f"{col}{rr}"].fill = SHADE
    put(ws, "A22", "※目標値・実績値は各年度（4月～翌年3月）の値。③は千円単位。", size=9)
    ws.merge_cells("A22:L22")
    page_setup(ws, True, "A1:L22")
    return wb


# ---------------------------------------------------------------- 多治見 (HTML)
TAJIMI = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>第2期多治見市まち・ひと・しごと創生総合戦略 KPIの検証結果（令和5年度）｜多治見市</title>
</head>
<body>
<nav class="breadcrumb"><ol>
<li><a href="/">ホーム</a></li>
<li><a href="/gyose/">市政情報</a></li>
<li><a href="/gyose/shisaku/">施策・計画</a></li>
<li>第2期多治見市まち・ひと・しごと創生総合戦略 KPIの検証結果（令和5年度）</li>
</ol></nav>
<main>
<h1>第2期多治見市まち・ひと・しごと創生総合戦略 KPIの検証結果（令和5年度）</h1>
<p class="date">更新日：2024年8月30日　担当：企画部 企画防災課</p>
<p>本市は、平成27年10月に策定した総合戦略（初版）に続き、令和2年3月に第7次多治見市総合計画後期計画をベースとする第2期計画を策定しました。第2期計画は令和5年度で最終年度を迎えたため、外部有識者会議（令和6年7月開催）の意見を踏まえ、KPIの達成状況を検証しました。</p>
<p>本市は面積91.25km²、美濃焼の産地として知られ、2007年8月16日には当時の国内最高気温40.9℃を観測しました。以下では基本目標２の5項目を掲載します。</p>
<h2>基本目標２　美濃焼・タイル産業の活性化と新たなしごとの創出</h2>
<table border="1">
<thead>
<tr><th rowspan="2">No.</th><th rowspan="2">重要業績評価指標（KPI）</th><th rowspan="2">単位</th><th rowspan="2">基準値<br>2018(H30)年度</th><th colspan="3">実績値</th><th rowspan="2">目標値<br>2023(R5)年度</th><th rowspan="2">対前年度<br>増減</th><th rowspan="2">達成状況</th></tr>
<tr><th>2021(R3)年度</th><th>2022(R4)年度</th><th>2023(R5)年度</th></tr>
</thead>
<tbody>
<tr><td>1</td><td>創業支援による創業件数</td><td>件</td><td>9</td><td>11</td><td>13</td><td>15（うち市外から4）</td><td>14</td><td>＋2</td><td>達成</td></tr>
<tr><td>2</td><td>陶磁器・タイル関連製造品出荷額</td><td>億円</td><td>612.4</td><td>585.2</td><td>603.7</td><td>621.9</td><td>650.0</td><td>＋18.2</td><td>未達成</td></tr>
<tr><td>3</td><td>美濃焼関連観光施設の年間入館者数</td><td>人</td><td>152,300</td><td>98,410</td><td>131,250</td><td>142,770</td><td>150,000</td><td>＋11,520</td><td>未達成</td></tr>
<tr><td>4</td><td>学生と市内企業のマッチング件数</td><td>件</td><td>21</td><td>25</td><td>30</td><td>27</td><td>35</td><td>△3</td><td>未達成</td></tr>
<tr><td>5</td><td>陶芸研修修了生の市内定着率</td><td>％</td><td>62.5</td><td>66.7</td><td>58.3</td><td>70.0</td><td>70.0</td><td>＋11.7</td><td>達成</td></tr>
</tbody>
</table>
<p>※対前年度増減は、2023(R5)年度実績と2022(R4)年度実績の差です（△は減）。</p>
<p>※No.2の出荷額は工業統計調査・経済構造実態調査の数値を年度に読み替えたものです。</p>
<p>このページに関するお問い合わせ：企画部 企画防災課</p>
</main>
</body>
</html>
"""


def main():
    no_pdf = "--no-pdf" in sys.argv
    SRC.mkdir(exist_ok=True)
    for name, make in (
        ("hikone_seika_mokuhyo_r6", hikone),
        ("fukusaki_jimujigyo_hyoka_r5", fukusaki),
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
    path = HERE / "shima_suishin_kpi_r5.xlsx"
    shima().save(path)
    stabilize(path)
    (HERE / "tajimi_senryaku_kpi_r5.html").write_text(TAJIMI, encoding="utf-8")


if __name__ == "__main__":
    main()
