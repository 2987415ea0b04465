"""Build forms590: four KPI documents of 京極町, 風間浦村, 西和賀町 and にかほ市.

Writes `kazamaura_shimofuro_jimujigyo_r6.xlsx` (the workbook is the document),
`nishiwaga_sogo2_koki_seika_r5.csv`, `nikaho_geopark_kofukin_kensho_r5.html` and the XLSX source
`source/kyogoku_kaso_tassei_r5.xlsx`, which LibreOffice turns into `kyogoku_kaso_tassei_r5.pdf`.
Run `/work/venv/bin/python build.py` (`--no-pdf` skips LibreOffice). XLSX, CSV and HTML are byte-stable.
"""
# ruff: noqa: E501

import datetime
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
STAMP = datetime.datetime(2025, 7, 18, 9, 0, 0)


def font(size=9, bold=False):
    return Font(name=FONT, size=size, bold=bold)


def put(ws, ref, value, size=9, bold=False, box=False, shade=False, h="left", wrap=True):
    cell = ws[ref]
    cell.value = value
    cell.font = font(size, bold)
    cell.alignment = Alignment(horizontal=h, vertical="center", wrap_text=wrap)
    if box:
        cell.border = BOX
    if shade:
        cell.fill = SHADE
    return cell


def boxed(ws, rng, shade=False):
    for row in ws[rng]:
        for cell in row:
            cell.border = BOX
            if shade:
                cell.fill = SHADE


def merge(ws, rng, value, **kw):
    first = rng.split(":")[0]
    put(ws, first, value, **kw)
    ws.merge_cells(rng)
    if kw.get("box"):
        boxed(ws, rng, kw.get("shade", False))


def save(wb, path):
    """Save with fixed properties and fixed zip timestamps, so the bytes do not change."""
    wb.properties.creator = "forms590"
    wb.properties.lastModifiedBy = "forms590"
    wb.properties.created = STAMP
    wb.properties.modified = STAMP
    buf = io.BytesIO()
    wb.save(buf)
    buf.seek(0)
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in sorted(zin.infolist(), key=lambda i: i.filename):
            data = zin.read(item.filename)
            if item.filename == "docProps/core.xml":
                for tag in (rb"dcterms:modified", rb"dcterms:created"):
                    data = re.sub(
                        rb"(<" + tag + rb"[^>]*>)[^<]*", rb"\g<1>2025-07-18T09:00:00Z", data
                    )
            info = zipfile.ZipInfo(item.filename, date_time=(2025, 7, 18, 9, 0, 0))
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


def number(cell, v):
    if isinstance(v, float):
        cell.number_format = "0.0"
    elif isinstance(v, int):
        cell.number_format = "#,##0"


# ---------------------------------------------------------------- 京極町 (PDF source, landscape)
def build_kyogoku():
    wb = Workbook()
    ws = wb.active
    ws.title = "目標の達成状況"
    widths = {
        "A": 20,
        "B": 5,
        "C": 26,
        "D": 7,
        "E": 11,
        "F": 9,
        "G": 9,
        "H": 9,
        "I": 10,
        "J": 10,
        "K": 9,
    }
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    merge(
        ws,
        "A1:K1",
        "京極町過疎地域持続的発展市町村計画　目標の達成状況（令和５年度）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:K2", "令和6年10月　京極町 企画振興課", h="right")
    fields = [
        ("計画の名称", "京極町過疎地域持続的発展市町村計画"),
        ("計画期間", "令和3年4月1日から令和9年3月31日まで（6年間）"),
        ("担当課", "企画振興課"),
        (
            "町の概要",
            "本町は羊蹄山の東裾に位置し、面積は231.49km²、人口は3,161人（1,488世帯）。羊蹄山に降った雨や雪が数十年をかけて湧き出す"
            "「京極のふきだし湧水」は昭和60年に環境庁の名水百選に選ばれ、湧出量は1日約8万トン、湧水を囲むふきだし公園には年間約70万人の観光客が訪れる。",
        ),
    ]
    r = 4
    for key, val in fields:
        put(ws, f"A{r}", key, bold=True, box=True, shade=True)
        merge(ws, f"B{r}:K{r}", val, box=True)
        ws.row_dimensions[r].height = 36 if key == "町の概要" else 18
        r += 1
    r += 1
    put(ws, f"A{r}", "■目標の達成状況", size=11, bold=True, wrap=False)
    r += 1
    for col, text in (
        ("A", "区分"),
        ("B", "No."),
        ("C", "目標項目"),
        ("D", "単位"),
        ("E", "基準値（R2）"),
        ("K", "達成状況"),
    ):
        merge(ws, f"{col}{r}:{col}{r + 1}", text, bold=True, box=True, shade=True, h="center")
    merge(ws, f"F{r}:H{r}", "実績値", bold=True, box=True, shade=True, h="center")
    merge(ws, f"I{r}:J{r}", "目標値", bold=True, box=True, shade=True, h="center")
    for col, text in zip("FGHIJ", ("R3", "R4", "R5", "中間（R5）", "最終（R8）"), strict=True):
        put(ws, f"{col}{r + 1}", text, bold=True, box=True, shade=True, h="center")
    r += 2
    rows = [
        (
            "１　移住・定住・地域間交流の促進、人材育成",
            1,
            "移住相談件数",
            "件",
            12,
            15,
            21,
            26,
            20,
            30,
            "◎",
        ),
        (
            "１　移住・定住・地域間交流の促進、人材育成",
            2,
            "社会増減数",
            "人",
            "△25",
            "△31",
            "△18",
            "△12",
            "±0",
            "±0",
            "△",
        ),
        (
            "２　産業の振興",
            3,
            "ふきだし公園の観光入込客数",
            "万人",
            "58.4（R元）",
            38.2,
            52.7,
            66.1,
            65.0,
            70.0,
            "◎",
        ),
        ("２　産業の振興", 4, "新規就農者数", "人", 1, 2, 0, 1, 2, 2, "△"),
        (
            "３　子育て環境の確保、高齢者等の保健及び福祉の向上及び増進",
            5,
            "特定健康診査の受診率",
            "％",
            45.2,
            "―",
            48.9,
            51.3,
            50.0,
            60.0,
            "◎",
        ),
    ]
    start = r
    for kubun, no, name, unit, *vals in rows:
        put(ws, f"A{r}", kubun, box=True)
        put(ws, f"B{r}", no, box=True, h="center")
        put(ws, f"C{r}", name, box=True)
        put(ws, f"D{r}", unit, box=True, h="center")
        for col, v in zip("EFGHIJK", vals, strict=True):
            c = put(ws, f"{col}{r}", v, box=True, h="center" if col == "K" else "right")
            number(c, v)
        ws.row_dimensions[r].height = 30
        r += 1
    for a, b in ((start, start + 1), (start + 2, start + 3)):
        ws.merge_cells(f"A{a}:A{b}")
    notes = [
        "達成状況（中間目標値に対する令和5年度実績の評価）：◎ 達成　△ 未達成",
        "※1 No.2の実績値・基準値の「△」は転出超過（マイナス）を表す。",
        "※2 No.3の基準値は、新型コロナウイルス感染症の影響を受ける前の令和元年度の値を用いている。",
        "※3 No.5の令和3年度は、集団健診を中止したため「―」としている。",
    ]
    for note in notes:
        merge(ws, f"A{r}:K{r}", note, size=8)
        r += 1
    page(ws, landscape=True)
    save(wb, SRC / "kyogoku_kaso_tassei_r5.xlsx")


# ---------------------------------------------------------------- 風間浦村 (XLSX document)
def build_kazamaura():
    wb = Workbook()
    ws = wb.active
    ws.title = "事務事業評価"
    widths = {"A": 10, "B": 5, "C": 28, "D": 7, "E": 9, "F": 9, "G": 9, "H": 9, "I": 10, "J": 10}
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    merge(
        ws,
        "A1:J1",
        "令和７年度　事務事業評価シート（令和６年度実施事業）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:J2", "作成日　令和7年7月18日", h="right")
    fields = [
        ("事務事業名", "下風呂温泉郷にぎわい創出事業"),
        ("担当課", "産業建設課"),
        ("関連計画", "風間浦村まち・ひと・しごと創生推進計画"),
        ("事業期間", "令和4年度～令和8年度"),
        (
            "事業の概要",
            "本村は明治22年（1889年）に下風呂村・易国間村・蛇浦村が合併して誕生した本州最北の村で、面積は69.55km²、人口は1,673人（2023年2月28日）。"
            "藩政時代から湯治場として知られる下風呂温泉郷で、1周20m・6コースの水槽で活イカを泳がせる「元祖烏賊様レース」（7月～10月）を開催し、"
            "活イカ備蓄センターを拠点に誘客を図る。令和5年7月には4年ぶりに「ゆかい村海鮮どんぶりまつり」と合わせてレースを開催した。",
        ),
        ("事業費（R6決算）", "4,280千円"),
        ("評価", "B（概ね順調）"),
    ]
    r = 4
    for key, val in fields:
        put(ws, f"A{r}", key, bold=True, box=True, shade=True)
        ws.merge_cells(f"A{r}:B{r}")
        boxed(ws, f"A{r}:B{r}", shade=True)
        merge(ws, f"C{r}:J{r}", val, box=True)
        ws.row_dimensions[r].height = 60 if key == "事業の概要" else 18
        r += 1
    r += 1
    put(ws, f"A{r}", "２　指標の推移", size=11, bold=True, wrap=False)
    r += 1
    for col, text in (("A", "区分"), ("B", "No."), ("C", "指標名"), ("D", "単位")):
        merge(ws, f"{col}{r}:{col}{r + 1}", text, bold=True, box=True, shade=True, h="center")
    merge(ws, f"E{r}:G{r}", "実績値", bold=True, box=True, shade=True, h="center")
    merge(ws, f"H{r}:J{r}", "目標値", bold=True, box=True, shade=True, h="center")
    for col, text in zip(
        "EFGHIJ", ("R4年度", "R5年度", "R6年度", "R6年度", "R7年度見込", "R8年度見込"), strict=True
    ):
        put(ws, f"{col}{r + 1}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[r + 1].height = 24
    r += 2
    rows = [
        ("活動指標", 1, "元祖烏賊様レースの開催回数", "回", 0, 18, 24, 20, 24, 24),
        ("活動指標", 2, "観光PR動画の配信本数", "本", 2, 4, 5, 6, 6, 6),
        ("成果指標", 3, "元祖烏賊様レースの参加者数", "人", "中止", 842, 1106, 1000, 1100, 1200),
        ("成果指標", 4, "下風呂温泉郷の宿泊者数", "千人", 11.8, 13.5, 14.2, 15.0, 15.5, 16.0),
        ("成果指標", 5, "活イカ備蓄センターの利用者数", "人", 3420, 4860, 5310, 5000, 5200, 5400),
    ]
    start = r
    for kubun, no, name, unit, *vals in rows:
        put(ws, f"A{r}", kubun, box=True, h="center")
        put(ws, f"B{r}", no, box=True, h="center")
        put(ws, f"C{r}", name, box=True)
        put(ws, f"D{r}", unit, box=True, h="center")
        for col, v in zip("EFGHIJ", vals, strict=True):
            c = put(ws, f"{col}{r}", v, box=True, h="center" if isinstance(v, str) else "right")
            number(c, v)
        ws.row_dimensions[r].height = 20
        r += 1
    ws.merge_cells(f"A{start}:A{start + 1}")
    ws.merge_cells(f"A{start + 2}:A{start + 4}")
    notes = [
        "※1 令和4年度は新型コロナウイルス感染症の影響により元祖烏賊様レースを開催していない（No.1は開催回数0回、No.3は「中止」と表記）。",
        "※2 目標値のうち令和7年度・令和8年度は、令和6年度の実績を踏まえて見直した見込値である。",
    ]
    for note in notes:
        merge(ws, f"A{r}:J{r}", note, size=8)
        ws.row_dimensions[r].height = 24
        r += 1
    page(ws, landscape=False)
    save(wb, HERE / "kazamaura_shimofuro_jimujigyo_r6.xlsx")


# ---------------------------------------------------------------- 西和賀町 (CSV)
def csv_field(v):
    s = str(v)
    if any(ch in s for ch in ',"\n'):
        return '"' + s.replace('"', '""') + '"'
    return s


def build_nishiwaga():
    width = 10
    rows = [
        ["タイトル", "第2次西和賀町総合計画 後期基本計画 成果指標の進捗状況（令和5年度）"],
        ["公表日", "令和6年12月20日"],
        ["計画の名称", "第2次西和賀町総合計画"],
        [
            "計画期間",
            "基本構想 平成30年度～令和7年度（8年間）\n後期基本計画 令和4年度～令和7年度（4年間）",
        ],
        [
            "町の概要",
            "平成17年11月1日に湯田町と沢内村が合併して誕生した。総面積は590.74km²で、南北約50km・東西約20kmに広がり、山林が81.5%を占める。"
            "冬季の累積降雪量は10mを超え、特別豪雪地帯に指定されている。錦秋湖周辺は湯田温泉峡県立自然公園に指定されている。",
        ],
        [
            "注記",
            "町民意識調査は隔年（偶数年度）に実施しているため、令和5年度に調査を行わない指標は「未計測」としています。No.3の令和5年度の「※」は下の注記のとおりです。",
        ],
        [],
        ["■成果指標の進捗状況"],
        [
            "No.",
            "施策",
            "成果指標",
            "単位",
            "策定時（R2）",
            "R4実績",
            "R5実績",
            "R5目標",
            "R7目標（最終）",
            "担当課",
        ],
        ["1", "農林業の振興", "新規就農者数", "人", "2", "3", "4", "4", "5", "農林課"],
        [
            "2",
            "観光の振興",
            "錦秋湖周辺の観光入込客数",
            "千人",
            "182.4",
            "203.5",
            "221.8",
            "230.0",
            "250.0",
            "観光商工課",
        ],
        [
            "3",
            "雇用の確保",
            "町内事業所の新規雇用者数",
            "人",
            "18",
            "21",
            "※",
            "22",
            "25",
            "観光商工課",
        ],
        [
            "4",
            "健康づくりの推進",
            "特定健康診査の受診率",
            "%",
            "52.1",
            "55.8",
            "57.2",
            "56.0",
            "60.0",
            "健康福祉課",
        ],
        [
            "5",
            "定住の促進",
            "「これからも住み続けたい」と答えた町民の割合",
            "%",
            "68.4",
            "71.2",
            "未計測",
            "72.0",
            "75.0",
            "企画財政課",
        ],
        [
            "※",
            "No.3の令和5年度実績は、公共職業安定所の統計区分の変更により従前の数値と比較できないため掲載していません。",
        ],
    ]
    lines = []
    for cells in rows:
        cells = cells + [""] * (width - len(cells))
        lines.append(",".join(csv_field(c) for c in cells))
    text = "\ufeff" + "\r\n".join(lines) + "\r\n"
    (HERE / "nishiwaga_sogo2_koki_seika_r5.csv").write_bytes(text.encode("utf-8"))


# ---------------------------------------------------------------- にかほ市 (HTML)
def kpi_table(caption, base, targets, actuals):
    t = "".join(f"<td>{v}</td>" for v in targets)
    a = "".join(f"<td>{v}</td>" for v in actuals)
    return f"""<table class="kpi">
<thead>
<tr><th colspan="5" scope="colgroup">{caption}</th></tr>
<tr><th scope="col">区分</th><th scope="col">事業開始前<br>（2022年3月末）</th><th scope="col">2022年度</th><th scope="col">2023年度</th><th scope="col">2024年度</th></tr>
</thead>
<tbody>
<tr><th scope="row">目標値</th><td rowspan="2">{base}</td>{t}</tr>
<tr><th scope="row">実績値</th>{a}</tr>
</tbody>
</table>
"""


def build_nikaho():
    tables = "".join(
        [
            kpi_table(
                "KPI①　ジオサイト周遊ツアーの参加者数（単位：人）",
                "120",
                ("300", "450", "600"),
                ("286", "471", ""),
            ),
            kpi_table(
                "KPI②　元滝伏流水の来訪者数（単位：千人）",
                "38.5",
                ("42.0", "45.0", "48.0"),
                ("41.2", "約44", ""),
            ),
            kpi_table(
                "KPI③　ジオパークガイドの認定者数（単位：人）",
                "累計8",
                ("累計12", "累計16", "累計20"),
                ("累計11", "累計17", ""),
            ),
            kpi_table(
                "KPI④　ジオサイト周辺の観光消費額（単位：百万円）",
                "1,245",
                ("1,300", "1,380", "1,450"),
                ("1,268", "1,352", ""),
            ),
        ]
    )
    html = f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>デジタル田園都市国家構想交付金（地方創生推進タイプ）事業の効果検証（令和５年度） | にかほ市</title>
</head>
<body>
<nav aria-label="パンくずリスト"><ol>
<li><a href="/">ホーム</a></li>
<li><a href="/soshikikarasagasu/">組織から探す</a></li>
<li><a href="/soshikikarasagasu/sogoseisakuka/">総合政策課</a></li>
<li>デジタル田園都市国家構想交付金（地方創生推進タイプ）事業の効果検証（令和５年度）</li>
</ol></nav>
<main>
<h1>デジタル田園都市国家構想交付金（地方創生推進タイプ）事業の効果検証（令和５年度）</h1>
<p class="update">更新日：2024年10月15日</p>
<p>にかほ市は平成17年10月1日に仁賀保町・金浦町・象潟町が合併して誕生しました。面積は約241.13km²で、南に標高2,236mの鳥海山、西に日本海を臨みます。
鳥海山と飛島は平成28年（2016年）9月に「鳥海山・飛島ジオパーク」として日本ジオパークに認定され、平成の名水百選に選ばれた元滝伏流水では、幅約30mの岩肌から1日約5万トンの水が湧き出しています。</p>
<p>市では、交付金を活用した事業について、外部有識者で構成する「にかほ市総合戦略推進会議」で効果を検証しています。令和５年度の検証結果は次のとおりです。</p>
<h2>1　事業の概要</h2>
<dl>
<dt>事業名</dt><dd>鳥海山・飛島ジオパーク周遊観光推進事業</dd>
<dt>事業期間</dt><dd>令和4年度～令和6年度（3か年）</dd>
<dt>担当課</dt><dd>総合政策課</dd>
<dt>交付対象事業費（令和5年度）</dt><dd>18,640千円</dd>
<dt>事業の内容</dt><dd>ジオサイトを巡る周遊ツアーの造成、ジオパークガイドの養成、元滝伏流水・奈曽の白滝など主要ジオサイトの案内看板の多言語化を行う。</dd>
</dl>
<h2>2　重要業績評価指標（KPI）の達成状況</h2>
<p>事業開始前の値は各表の「目標値」「実績値」の両行にかかります。2024年度の実績値は、令和7年度に公表します。</p>
{tables}<p class="note">※ KPI②の2023年度実績は、駐車場の計数器が一時故障したため、一部の期間を推計した概数です。</p>
<h2>3　外部有識者の評価</h2>
<p>地方創生に相当程度効果があった（KPI４項目のうち２項目が目標値を達成）。</p>
</main>
<footer><p>にかほ市役所　総合政策課</p></footer>
</body>
</html>
"""
    (HERE / "nikaho_geopark_kofukin_kensho_r5.html").write_text(html, encoding="utf-8")


def to_pdf():
    name = "kyogoku_kaso_tassei_r5"
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
                str(SRC / f"{name}.xlsx"),
            ],
            check=True,
            capture_output=True,
        )
        shutil.copy(Path(tmp) / f"{name}.pdf", HERE / f"{name}.pdf")


def main():
    SRC.mkdir(exist_ok=True)
    build_kyogoku()
    build_kazamaura()
    build_nishiwaga()
    build_nikaho()
    if "--no-pdf" not in sys.argv:
        to_pdf()


if __name__ == "__main__":
    main()
