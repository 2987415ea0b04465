"""Build forms319: two XLSX sources and their PDFs (松江, 枕崎), one HTML page (安芸) and one CSV (宇土).

Run `/work/venv/bin/python build.py` from anywhere; `--no-pdf` skips the LibreOffice conversion.
XLSX, HTML and CSV are byte-stable (fixed workbook timestamps, no dates taken from the clock).
"""
# ruff: noqa: E501, B905

import datetime
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
SOURCE = HERE / "source"
FIXED = datetime.datetime(2025, 7, 1, 9, 0, 0)
FONT = "IPAexGothic"
THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
GREY = PatternFill("solid", fgColor="D9D9D9")


def cell(ws, ref, value, bold=False, size=9, fill=None, h="left", border=True, wrap=True):
    c = ws[ref]
    c.value = value
    c.font = Font(name=FONT, size=size, bold=bold)
    c.alignment = Alignment(horizontal=h, vertical="center", wrap_text=wrap)
    if border:
        c.border = BOX
    if fill:
        c.fill = fill
    return c


def box(ws, rng):
    for row in ws[rng]:
        for c in row:
            c.border = BOX


def merge(ws, rng, value, **kw):
    first = rng.split(":")[0]
    box(ws, rng)
    ws.merge_cells(rng)
    return cell(ws, first, value, **kw)


def setup(ws, landscape):
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.5


def save(wb, path):
    wb.properties.creator = "forms319"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms319"
    tmp = path.with_suffix(".tmp.xlsx")
    wb.save(tmp)
    # rewrite the zip with fixed member dates so that the file is byte-stable
    with zipfile.ZipFile(tmp) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in sorted(src.infolist(), key=lambda i: i.filename):
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(
                    rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2025-07-01T09:00:00Z", data
                )
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 7, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, data)
    tmp.unlink()


# ---------------------------------------------------------------- 松江市 (portrait)


def build_matsue():
    wb = Workbook()
    ws = wb.active
    ws.title = "成果指標"
    setup(ws, landscape=False)
    widths = {"A": 5, "B": 34, "C": 7, "D": 10, "E": 10, "F": 10, "G": 10, "H": 11}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    merge(
        ws,
        "A1:H1",
        "松江市総合計画「MATSUE DREAMS 2030」　成果指標の状況（令和5年度実績）",
        bold=True,
        size=13,
        h="center",
        border=False,
    )
    merge(ws, "A2:H2", "令和6年8月　松江市 政策部 政策企画課", size=9, h="right", border=False)
    for row in ws["A1:J2"]:
        for c in row:
            c.border = Border()
    fields = [
        ("計画の名称", "松江市総合計画「MATSUE DREAMS 2030」"),
        ("計画期間", "令和4年度～令和12年度（2022年度～2030年度）"),
        ("政策の柱", "１　しごとづくり"),
        ("担当課", "政策企画課"),
        (
            "市の概要",
            "山陰のほぼ中央、宍道湖と中海に挟まれた中核市で、人口は約20万人（2020年4月1日時点）。2005年の就業人口は95,728人で、うち第3次産業が70,855人を占める。薬用人参、牡丹、秋鹿ごぼうなどの産地でもある。",
        ),
    ]
    r = 4
    for k, v in fields:
        merge(ws, f"A{r}:B{r}", k, bold=True, fill=GREY)
        merge(ws, f"C{r}:H{r}", v)
        if k == "市の概要":
            ws.row_dimensions[r].height = 40
        r += 1
    r += 1
    cell(ws, f"A{r}", "２　成果指標の状況", bold=True, size=11, border=False, wrap=False)
    r += 1
    h1, h2 = r, r + 1
    merge(ws, f"A{h1}:A{h2}", "No.", bold=True, fill=GREY, h="center")
    merge(ws, f"B{h1}:B{h2}", "成果指標", bold=True, fill=GREY, h="center")
    merge(ws, f"C{h1}:C{h2}", "単位", bold=True, fill=GREY, h="center")
    cell(ws, f"D{h1}", "令和2年度", bold=True, fill=GREY, h="center")
    cell(ws, f"E{h1}", "令和4年度", bold=True, fill=GREY, h="center")
    merge(ws, f"F{h1}:G{h1}", "令和5年度", bold=True, fill=GREY, h="center")
    cell(ws, f"H{h1}", "令和12年度", bold=True, fill=GREY, h="center")
    for col, word in zip("DEFGH", ["基準値", "実績値", "目標値", "実績値", "最終目標値"]):
        cell(ws, f"{col}{h2}", word, bold=True, fill=GREY, h="center")
    rows = [
        ("1", "市内企業の新規雇用者数", "人", 1420, 1488, 1550, 1512, 1800),
        ("2", "製造品出荷額等", "百万円", 271456, 283102, 285000, 290874, 310000),
        ("3", "市内宿泊者数", "千人", 1215, 2034, 2200, 2288, 2500),
        ("4", "創業支援による創業件数", "件", 38, 45, 48, 51, 60),
        (
            "5",
            "「松江で働き続けたい」と思う若者の割合※",
            "％",
            42.6,
            "（R3）44.1",
            48.0,
            47.3,
            55.0,
        ),
    ]
    r = h2 + 1
    for row in rows:
        for col, v in zip("ABCDEFGH", row):
            c = cell(
                ws,
                f"{col}{r}",
                v,
                h="left" if col == "B" else ("center" if col in "AC" else "right"),
            )
            if isinstance(v, float):
                c.number_format = "0.0"
            elif isinstance(v, int):
                c.number_format = "#,##0"
        ws.row_dimensions[r].height = 24
        r += 1
    notes = [
        "※ 若者意識調査は隔年（奇数年度）の実施のため、令和4年度の欄には前回調査（令和3年度）の結果を、その年度を（　）で付して掲載しています。",
        "注）金額・人数の一部は表示単位（百万円・千人）で記載しています。令和12年度の値は計画の最終目標値です。",
    ]
    r += 1
    for n in notes:
        merge(ws, f"A{r}:H{r}", n, size=8, border=False)
        for c in ws[f"A{r}:H{r}"][0]:
            c.border = Border()
        ws.row_dimensions[r].height = 26
        r += 1
    save(wb, SOURCE / "matsue_seika_shihyo_r5.xlsx")


# ---------------------------------------------------------------- 枕崎市 (landscape)


def build_makurazaki():
    wb = Workbook()
    ws = wb.active
    ws.title = "成果指標検証"
    setup(ws, landscape=True)
    widths = {"A": 5, "B": 40, "C": 12, "D": 10, "E": 10, "F": 10, "G": 13, "H": 9, "I": 12, "J": 7}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    merge(
        ws,
        "A1:J1",
        "第6次枕崎市総合振興計画　後期基本計画　成果指標の検証シート（令和6年度）",
        bold=True,
        size=13,
        h="center",
        border=False,
    )
    merge(ws, "A2:J2", "令和7年7月　枕崎市 企画調整課", size=9, h="right", border=False)
    for row in ws["A1:J2"]:
        for c in row:
            c.border = Border()
    fields = [
        ("計画の名称", "第6次枕崎市総合振興計画"),
        ("計画期間", "平成28年度～令和7年度（10年間）　後期基本計画：令和3年度～令和7年度"),
        ("政策課題", "①　安全で潤いと安らぎのあるきれいなまちづくり"),
        ("担当課", "企画調整課"),
        (
            "市の概要",
            "昭和24年に県内で4番目、戦後初めての市として誕生。かつお節の生産量は日本一で、300年以上の伝統をもつ。1980年に約3万人だった人口は、約2万1千人まで減少している。市の最高峰は蔵多山（475.4m）。",
        ),
    ]
    r = 4
    for k, v in fields:
        merge(ws, f"A{r}:B{r}", k, bold=True, fill=GREY)
        merge(ws, f"C{r}:J{r}", v)
        if k == "市の概要":
            ws.row_dimensions[r].height = 30
        r += 1
    r += 1
    cell(ws, f"A{r}", "２　成果指標の推移と達成状況", bold=True, size=11, border=False, wrap=False)
    r += 1
    head = [
        "No.",
        "成果指標",
        "基準値（H26）",
        "R4実績",
        "R5実績",
        "R6目標",
        "R6実績",
        "R6達成率",
        "目標値（R7）",
        "単位",
    ]
    for col, v in zip("ABCDEFGHIJ", head):
        cell(ws, f"{col}{r}", v, bold=True, fill=GREY, h="center")
    ws.row_dimensions[r].height = 22
    rows = [
        (
            "1",
            "合併処理浄化槽の設置基数（累計）",
            3412,
            3980,
            4065,
            4200,
            4138,
            "98.5%",
            4300,
            "基",
        ),
        ("2", "汚水処理人口普及率", 68.2, 74.5, 75.3, 77.0, 77.4, "100.5%", 78.0, "％"),
        ("3", "市営住宅の長寿命化改修戸数", 0, 64, 88, 110, 112, "101.8%", 140, "戸"),
        ("4", "水道事業の有収率", 82.1, 84.0, 83.6, 86.0, "84.9（速報値）", "98.7%", 88.0, "％"),
        (
            "5",
            "クリーン作戦（市内一斉清掃）の参加者数",
            4850,
            3920,
            4410,
            5000,
            5120,
            "102.4%",
            5500,
            "人",
        ),
    ]
    r += 1
    for row in rows:
        for col, v in zip("ABCDEFGHIJ", row):
            c = cell(
                ws,
                f"{col}{r}",
                v,
                h="left" if col == "B" else ("center" if col in "AJ" else "right"),
            )
            if isinstance(v, float):
                c.number_format = "0.0"
            elif isinstance(v, int):
                c.number_format = "#,##0"
        ws.row_dimensions[r].height = 22
        r += 1
    notes = [
        "※ R6達成率＝R6実績÷R6目標×100。No.4のR6実績は速報値（確定値は令和7年9月公表予定）。",
        "※ 単位は右端の欄に記載。No.1・No.3は後期基本計画の開始前からの累計。",
    ]
    r += 1
    for n in notes:
        merge(ws, f"A{r}:J{r}", n, size=8, border=False)
        for c in ws[f"A{r}:J{r}"][0]:
            c.border = Border()
        r += 1
    save(wb, SOURCE / "makurazaki_seika_shihyo_r6.xlsx")


# ---------------------------------------------------------------- 安芸市 (HTML)

AKI_HTML = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>第2期安芸市まち・ひと・しごと創生総合戦略 KPIの進捗状況（令和5年度） | 安芸市</title>
</head>
<body>
<nav class="breadcrumb"><ol>
<li><a href="/">トップページ</a></li>
<li><a href="/shisei/">市政情報</a></li>
<li><a href="/shisei/keikaku/">計画・施策</a></li>
<li><a href="/shisei/keikaku/chihososei/">地方創生</a></li>
<li>KPIの進捗状況（令和5年度）</li>
</ol></nav>
<main>
<h1>第2期安芸市まち・ひと・しごと創生総合戦略 KPIの進捗状況（令和5年度）</h1>
<p class="date">更新日：2024年9月20日　担当：企画調整課</p>
<p>本市の人口は、1947年の32,422人をピークに減少し、2015年には17,577人となりました。国立社会保障・人口問題研究所の推計では、2040年には11,885人になる見込みです。</p>
<p>第1期総合戦略（平成27年度～令和元年度）では、移住者数が5年間の累計で329人となり、累計目標の200人を上回りました。第2期総合戦略（令和2年度～令和6年度）の基本目標1に係るKPIの進捗状況は、次のとおりです。</p>
<h2>基本目標1　地域の産業を活かし、安定した雇用をつくる</h2>
<table class="kpi">
<thead>
<tr><th rowspan="2" scope="col">施策</th><th rowspan="2" scope="col">KPI</th><th rowspan="2" scope="col">単位</th><th rowspan="2" scope="col">基準値<br>（R元）</th><th colspan="3" scope="colgroup">実績値</th><th colspan="2" scope="colgroup">目標値</th></tr>
<tr><th scope="col">R3</th><th scope="col">R4</th><th scope="col">R5</th><th scope="col">R5</th><th scope="col">R6</th></tr>
</thead>
<tbody>
<tr><th rowspan="2" scope="rowgroup">(1) 施設園芸の振興</th><td>①なすの出荷量<br>②ゆずの出荷量</td><td>t</td><td>①15,600<br>②1,820</td><td>①15,210<br>②1,905</td><td>①14,880<br>②1,760</td><td>①15,320<br>②2,010</td><td>①15,800<br>②1,950</td><td>①16,000<br>②2,000</td></tr>
<tr><td>新規就農者数</td><td>人</td><td>4</td><td>6</td><td>3</td><td>7</td><td>6</td><td>8</td></tr>
<tr><th rowspan="2" scope="rowgroup">(2) 水産業と観光の振興</th><td>ちりめんじゃこの水揚量</td><td>t</td><td>約320</td><td>298</td><td>341</td><td>―※</td><td>330</td><td>335</td></tr>
<tr><td>野良時計・内原野公園周辺の観光入込客数</td><td>千人</td><td>118.4</td><td>96.2</td><td>121.7</td><td>135.0</td><td>130.0</td><td>140.0</td></tr>
</tbody>
</table>
<p class="note">※ ちりめんじゃこの水揚量の令和5年度実績は、漁協の集計の確定（令和6年10月予定）後に掲載します。</p>
<p class="note">注）1行に2つのKPIがある欄は、①・②の番号で値を対応させています。</p>
</main>
</body>
</html>
"""


def build_aki():
    (HERE / "aki_kpi_shinchoku_r5.html").write_bytes(AKI_HTML.encode("utf-8"))


# ---------------------------------------------------------------- 宇土市 (CSV, UTF-8 with BOM, CRLF)

UTO_LINES = [
    "タイトル,第3期宇土市まち・ひと・しごと創生総合戦略 重要業績評価指標（KPI）一覧（基本目標2）",
    "担当課,企画課",
    "計画期間,令和7年度～令和11年度（5年間）",
    '市の概要,"宇土半島の北側に位置し、面積は74.30km²。人口は37,380人（2018年2月28日）。将来展望人口は2035年に33,000人、2045年に31,000人。"',
    "公開日,2025-04-01",
    "",
    "基本目標2　魅力あるしごとをつくり、雇用を創出する",
    "No.,重要業績評価指標（KPI）,単位,第2期の実績値,,,基準値,中間目標値,目標値",
    ",,,R3年度,R4年度,R5年度,R6年度（見込）,R9年度,R11年度",
    "1,市内事業所の新規雇用者数,人,212,238,251,260,280,300",
    "2,宇土マリーナ（海の駅・道の駅）の利用者数,人,18.6万,20.1万,21.4万,22.0万,24.0万,25.0万",
    "3,農林水産物の6次産業化商品数（累計）,品,１２,１５,１９,22,30,36",
    '4,御輿来海岸・長部田海床路の観光入込客数,人,"86,400","102,300","118,900","125,000","140,000","150,000"',
    "",
    "注記,R6年度の基準値は見込値（令和7年2月時点）。R9年度・R11年度は第3期総合戦略の目標値。",
    '注記,"「万」の付いた値は万人単位（例：18.6万＝186,000人）。"',
]


def build_uto():
    data = "\ufeff" + "\r\n".join(UTO_LINES) + "\r\n"
    (HERE / "uto_kpi_ichiran_r7.csv").write_bytes(data.encode("utf-8"))


# ---------------------------------------------------------------- PDFs


def to_pdf(xlsx):
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation=file://{tmp}/profile",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                tmp,
                str(xlsx),
            ],
            check=True,
            capture_output=True,
        )
        shutil.copy(Path(tmp) / (xlsx.stem + ".pdf"), HERE / (xlsx.stem + ".pdf"))


def main():
    SOURCE.mkdir(exist_ok=True)
    build_matsue()
    build_makurazaki()
    build_aki()
    build_uto()
    if "--no-pdf" not in sys.argv:
        for x in sorted(SOURCE.glob("*.xlsx")):
            to_pdf(x)


if __name__ == "__main__":
    main()
