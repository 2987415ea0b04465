"""Build the forms445 documents.

Writes source/kudamatsu_kpi_sokatsu_r5.xlsx and source/imari_senryaku_kensho_h30.xlsx and converts
them to one-page A4 PDFs with LibreOffice; writes the workbook document
higashikagawa_kaso_mokuhyo_r5.xlsx and the HTML page dazaifu_senryaku3_kpi_r7.html. XLSX and HTML
are byte-stable (fixed zip and core timestamps). Run: /work/venv/bin/python build.py [--no-pdf]
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
    wb.properties.creator = "forms445"
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


def number_cells(ws, cols, rows, fmt):
    for r in rows:
        for col in cols:
            c = ws[f"{col}{r}"]
            if isinstance(c.value, (int, float)):
                c.number_format = fmt


# ---------------------------------------------------------------- 下松 (PDF, landscape)
KUDA_G1 = "基本目標１\n地域資源を活かした魅力ある「しごと」を創生する"
KUDA_G2 = (
    "基本目標２\n若い世代の希望をかなえるとともにくだまつに誇りと愛着を感じる「ひと」を創生する"
)


def kudamatsu():
    wb, ws = new_sheet("KPI総括表R5", [20, 5, 34, 7, 10, 9, 9, 9, 9, 10, 13])
    put(
        ws,
        "A1",
        "第2期下松市まち・ひと・しごと創生総合戦略　KPI総括表（令和５年度）",
        bold=True,
        size=14,
    )
    ws.merge_cells("A1:K1")
    put(ws, "A2", "令和6年8月　下松市 企画財政部 企画政策課", align="right")
    ws.merge_cells("A2:K2")
    form(
        ws,
        3,
        "K",
        [
            ("計画期間", "令和2年度～令和6年度（5年間）"),
            (
                "人口の将来展望",
                "下松市人口ビジョンでは、2060（令和42）年に目指すべき将来人口を50,000人としている。2015年国勢調査の人口は55,812人で、人口密度は県内で最も高い。笠戸島をはじめとする豊かな自然と、ものづくり企業の集積を生かし、「星ふるまち」の住みよさを高める取組を進める。",
            ),
        ],
        [18, 34],
    )
    put(ws, "A6", "１　基本目標の数値目標", bold=True, size=11)
    ws.merge_cells("A6:K6")
    hdr = [
        [
            "基本目標",
            "数値目標",
            None,
            "単位",
            "基準値\n（H30）",
            "実績値",
            None,
            None,
            None,
            "目標値\n（R6）",
            "担当課",
        ],
        [None, None, None, None, None, "R2", "R3", "R4", "R5", None, None],
    ]
    grid(ws, 7, 1, hdr, height=22, fill=SHADE)
    for rng in ("A7:A8", "B7:C8", "D7:D8", "E7:E8", "F7:I7", "J7:J8", "K7:K8"):
        boxmerge(ws, rng)
    goals = [
        [
            KUDA_G1,
            "企業立地・新規創業による新規雇用者数",
            None,
            "人",
            "85",
            "42",
            "61",
            "77",
            "93",
            "100",
            "商工振興課",
        ],
        [
            KUDA_G2,
            "社会増減数（転入者数－転出者数）",
            None,
            "人",
            "△１１２",
            "△６４",
            "△２５",
            "１８",
            "△３８",
            "±０",
            "企画政策課",
        ],
    ]
    right = {4: "right", 5: "right", 6: "right", 7: "right", 8: "right", 9: "right"}
    grid(ws, 9, 1, goals, height=58, aligns={0: "left", 1: "left", **right})
    for r in (9, 10):
        ws[f"A{r}"].font = Font(name=FONT, size=9)
        boxmerge(ws, f"B{r}:C{r}")
    put(ws, "A12", "２　重要業績評価指標（KPI）", bold=True, size=11)
    ws.merge_cells("A12:K12")
    hdr[0][1:3] = ["No.", "重要業績評価指標（KPI）"]
    grid(ws, 13, 1, hdr, height=22, fill=SHADE)
    for rng in (
        "A13:A14",
        "B13:B14",
        "C13:C14",
        "D13:D14",
        "E13:E14",
        "F13:I13",
        "J13:J14",
        "K13:K14",
    ):
        boxmerge(ws, rng)
    kpis_1 = [
        [KUDA_G1, "1", "企業立地件数", "件", "2", "1", "3", "2", "4", "3", "商工振興課"],
        [
            None,
            "2",
            "笠戸島ハイツ等観光施設の利用者数",
            "千人",
            "182.4",
            "71.0",
            "96.5",
            "148.2",
            "171.6",
            "190.0",
            "観光交流課",
        ],
    ]
    kpis_2 = [
        [
            KUDA_G2,
            "3",
            "転入者向け住宅取得支援補助金の交付件数",
            "件",
            "28",
            None,
            None,
            "35",
            "41",
            "45",
            "住宅建築課",
        ],
        [
            None,
            "4",
            "子育て世代包括支援センターの相談件数",
            "件",
            "1,206",
            None,
            None,
            "1,318",
            "1,402",
            "1,500",
            "子育て支援課",
        ],
    ]
    grid(ws, 15, 1, kpis_1, height=26, aligns={0: "left", 2: "left", **right})
    put(
        ws,
        "A17",
        "※No.3・No.4は令和4年度の中間見直しで追加した指標です。この2指標の基準値欄には、H30ではなくR3の実績を記載しています。",
        size=9,
        box=True,
        fill=PatternFill("solid", fgColor="F2F2F2"),
    )
    boxmerge(ws, "A17:K17")
    ws.row_dimensions[17].height = 18
    grid(ws, 18, 1, kpis_2, height=30, aligns={0: "left", 2: "left", **right})
    for rng in ("A15:A16", "A18:A19"):
        boxmerge(ws, rng)
        ws[rng[:3]].font = Font(name=FONT, size=9)
    put(
        ws,
        "A20",
        "※社会増減数は住民基本台帳による各年度の転入者数から転出者数を差し引いた数（△は転出超過）。",
        size=9,
    )
    ws.merge_cells("A20:K20")
    page_setup(ws, True, "A1:K20")
    return wb


# ---------------------------------------------------------------- 伊万里 (PDF, portrait)
def imari():
    wb, ws = new_sheet("効果検証H30", [9, 31, 6, 9, 8, 11, 8, 19, 11, 9])
    put(
        ws,
        "A1",
        "伊万里市まち・ひと・しごと創生総合戦略　効果検証シート（平成30年度実績）",
        bold=True,
        size=13,
    )
    ws.merge_cells("A1:J1")
    put(ws, "A2", "令和元年8月　伊万里市 政策経営部 企画政策課", align="right")
    ws.merge_cells("A2:J2")
    form(
        ws,
        3,
        "J",
        [
            ("基本目標", "４　時代に合った都市づくりで「安心で住みたいまち」をつくる"),
            ("計画期間", "平成27年度～平成31年度（5年間）"),
            ("担当課", "企画政策課"),
            (
                "現況",
                "本市は伊万里湾を抱く面積255.25km²、人口約5万5千人の市である。平成19年度から「地域の元気推進事業」に取り組み、市内全13地区でまちづくり運営協議会が活動している。一方、市域のすべてが原子力発電所から30キロ圏（UPZ）に含まれ、避難体制の構築が求められている。",
            ),
        ],
        [20, 18, 18, 62],
    )
    put(ws, "A8", "■成果目標及び重要業績評価指標（KPI）の状況", bold=True, size=11)
    ws.merge_cells("A8:J8")
    hdr = [
        [
            "区分",
            "指標",
            "単位",
            "基準値\n（H26）",
            "実績値",
            None,
            None,
            None,
            "目標値",
            "達成率\n（H30）",
        ],
        [None, None, None, None, "H27", "H28", "H29", "H30", None, None],
    ]
    grid(ws, 9, 1, hdr, height=24, fill=SHADE)
    for rng in ("A9:A10", "B9:B10", "C9:C10", "D9:D10", "E9:H9", "I9:I10", "J9:J10"):
        boxmerge(ws, rng)
    rows = [
        [
            "成果目標",
            "①まちづくりの担い手となる人材の育成",
            "人",
            "―",
            "4",
            "9",
            "12",
            "16",
            "20（H31）",
            "80.0%",
        ],
        [
            "",
            "②地域交通の見直しにより利便性が向上した地域",
            "地区",
            "0",
            "0",
            "1（大川町）",
            "1",
            "2（大川町・松浦町）",
            "2（H31）",
            "100.0%",
        ],
        [
            "ＫＰＩ",
            "③まちづくり運営協議会による地域課題解決の取組件数",
            "件",
            "21",
            "24",
            "27",
            "25",
            "30",
            "32（H31）",
            "93.8%",
        ],
        [
            "",
            "④原子力災害を想定した避難訓練の参加者数",
            "人",
            "1,150",
            "1,320",
            "1,280",
            "1,380",
            "1,460",
            "1,500（H30）",
            "97.3%",
        ],
    ]
    right = {k: "right" for k in range(3, 10)}
    grid(ws, 11, 1, rows, height=34, aligns={1: "left", **right})
    boxmerge(ws, "A11:A12")
    boxmerge(ws, "A13:A14")
    put(ws, "A15", "※成果目標①②の実績値及び目標値は、平成27年度からの累計です。", size=9)
    ws.merge_cells("A15:J15")
    put(
        ws,
        "A16",
        "※目標値の（　）内は目標年度です。達成率は平成30年度の実績値を目標値で除したものです。",
        size=9,
    )
    ws.merge_cells("A16:J16")
    form(
        ws,
        18,
        "J",
        [
            (
                "検証結果",
                "まちづくりの担い手育成は4年間で16人となり、概ね順調に推移している。地域交通は大川町に続き松浦町で乗合タクシーの運行を見直し、2地区で目標を前倒しで達成した。避難訓練は平成30年11月に2回実施したが、参加者数は目標に届かなかった。",
            ),
        ],
        [62],
    )
    page_setup(ws, False, "A1:J18")
    return wb


# ---------------------------------------------------------------- 東かがわ (XLSX document)
def higashikagawa():
    wb, ws = new_sheet("目標達成状況R5", [10, 34, 7, 10, 10, 10, 10, 10, 11, 36])
    put(
        ws,
        "A1",
        "東かがわ市過疎地域持続的発展計画　目標の達成状況（令和５年度）",
        bold=True,
        size=13,
    )
    ws.merge_cells("A1:J1")
    put(ws, "A2", "令和6年9月　東かがわ市 地域創生課", align="right")
    ws.merge_cells("A2:J2")
    form(
        ws,
        3,
        "J",
        [
            ("計画期間", "令和3年度～令和7年度（5年間）"),
            ("担当課", "地域創生課"),
            (
                "市の概要",
                "平成15年4月1日に引田町・白鳥町・大内町の3町が合併して誕生した。面積152.83km²、人口28,627人（2022年9月30日現在）。地場産業の手袋は国内生産の約9割を占め、はまち養殖発祥の地、和三盆などの伝統を受け継いでいる。",
            ),
        ],
        [18, 18, 48],
    )
    put(ws, "A7", "２　計画に定める目標の達成状況", bold=True, size=11)
    ws.merge_cells("A7:J7")
    grid(
        ws,
        8,
        1,
        [
            [
                "No.",
                "目標（指標）",
                "単位",
                "基準値\n（R2）",
                "R3実績",
                "R4実績",
                "R5目標",
                "R5実績",
                "目標値\n（R7）",
                "備考",
            ]
        ],
        height=30,
        fill=SHADE,
    )
    rows = [
        [
            1,
            "市内手袋製造品出荷額",
            "億円",
            168.4,
            152.0,
            171.3,
            174.0,
            176.8,
            180.0,
            "経済構造実態調査等による。数値は暦年（1月～12月）の値",
        ],
        [2, "移住相談窓口を通じた移住者数", "人", 46, 58, 71, 80, 83, 90, None],
        [
            3,
            "「住み続けたい」と答えた市民の割合",
            "％",
            0.684,
            0.672,
            0.695,
            0.72,
            0.701,
            0.75,
            "R4から調査方法を変更（Web回答を追加）",
        ],
        [
            4,
            "引田地区の観光入込客数",
            "千人",
            212,
            248,
            305,
            300,
            341,
            320,
            "引田ひなまつり・風の港まつり等を含む",
        ],
    ]
    grid(
        ws,
        9,
        1,
        rows,
        height=30,
        aligns={1: "left", **{k: "right" for k in range(3, 9)}, 9: "left"},
    )
    number_cells(ws, "DEFGHI", [9], "#,##0.0")
    number_cells(ws, "DEFGHI", [10, 12], "#,##0")
    number_cells(ws, "DEFGHI", [11], "0.0%")
    put(ws, "A13", "※市民の割合は市民意識調査（毎年7月実施）による。", size=9)
    ws.merge_cells("A13:J13")
    page_setup(ws, True, "A1:J13")
    return wb


# ---------------------------------------------------------------- 太宰府 (HTML)
DAZAIFU = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>第3期太宰府市まち・ひと・しごと創生総合戦略の数値目標と重要業績評価指標（KPI） - 太宰府市</title>
</head>
<body>
<nav aria-label="現在位置"><ol>
<li><a href="/">トップ</a></li>
<li><a href="/shisei/">市政情報</a></li>
<li><a href="/shisei/keikaku/">計画・施策</a></li>
<li><a href="/shisei/keikaku/sousei/">まち・ひと・しごと創生</a></li>
<li>第3期総合戦略の数値目標とKPI</li>
</ol></nav>
<main>
<h1>第3期太宰府市まち・ひと・しごと創生総合戦略の数値目標と重要業績評価指標（KPI）</h1>
<p class="date">更新日：2025年4月15日　担当：経営企画課</p>
<p>本市は、令和7年3月に、令和7年から11年までを計画期間とする第3期太宰府市まち・ひと・しごと創生総合戦略を策定しました。33施策、138事業（再掲含む）のもと、100年後も続くまち「課題解決先進都市だざいふ」を目指します。</p>
<p>本市の面積は29.60km²、人口は71,505人（2024年3月31日現在）で、太宰府天満宮をはじめとする史跡・名所には毎年1,000万人余りの観光客が訪れます。社人研推計では2065年に65,173人まで減少する見込みですが、総合戦略の推進により2065年に67,206人を維持することを目指します。</p>
<p>柱ごとの数値目標と主なKPIは次のとおりです。基準値の（　）内は、その値の時点です。</p>
<h2>柱１　危機管理の徹底強化</h2>
<table border="1">
<thead>
<tr><th scope="col">区分</th><th scope="col">指標</th><th scope="col">基準値</th><th scope="col">中間目標<br>（R9年度）</th><th scope="col">目標値<br>（R11年度）</th></tr>
</thead>
<tbody>
<tr><th scope="row">数値目標</th><td>市政への信頼に対する「肯定派」の割合</td><td>73.9％（R5年度）</td><td>77.0％</td><td>80.0％以上</td></tr>
<tr><th scope="row">KPI</th><td>自主防災組織の活動カバー率</td><td>82.5％（R6.3末）</td><td>88.0％</td><td>95.0％</td></tr>
<tr><th scope="row">KPI</th><td>防災メール登録者数</td><td>9,846人（R6.4.1）</td><td>11,000人</td><td>12,500人</td></tr>
</tbody>
</table>
<h2>柱２　歴史と文化を生かした交流のまちづくり</h2>
<table border="1">
<thead>
<tr><th scope="col">区分</th><th scope="col">指標</th><th scope="col">基準値</th><th scope="col">中間目標<br>（R9年度）</th><th scope="col">目標値<br>（R11年度）</th></tr>
</thead>
<tbody>
<tr><th scope="row">数値目標</th><td>観光入込客数</td><td>1,012万人（R5年度）</td><td>1,050万人</td><td>1,100万人</td></tr>
<tr><th scope="row">KPI</th><td>市内宿泊施設の延べ宿泊者数</td><td>約18万人（R5年度）</td><td>20万人</td><td>22万人</td></tr>
<tr><th scope="row">KPI</th><td>史跡地の公開活用イベント参加者数</td><td>―（新規事業）</td><td>３，０００人</td><td>５，０００人</td></tr>
</tbody>
</table>
<p>※数値目標は柱ごとの成果を、KPIは主な施策の成果を測る指標です。実績は毎年度、太宰府市総合戦略推進会議で検証し、このページでお知らせします。</p>
<p>お問い合わせ：経営企画課 企画係</p>
</main>
</body>
</html>
"""


def main():
    no_pdf = "--no-pdf" in sys.argv
    SRC.mkdir(exist_ok=True)
    for name, make in (
        ("kudamatsu_kpi_sokatsu_r5", kudamatsu),
        ("imari_senryaku_kensho_h30", imari),
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
    path = HERE / "higashikagawa_kaso_mokuhyo_r5.xlsx"
    higashikagawa().save(path)
    stabilize(path)
    (HERE / "dazaifu_senryaku3_kpi_r7.html").write_text(DAZAIFU, encoding="utf-8")


if __name__ == "__main__":
    main()
