"""Build forms492: four KPI documents of すさみ町, 大治町, 甲賀市 and 京田辺市.

Writes `oharu_jimujigyo_kekka_r5.csv` and `koka_ninja_kofukin_kensho_r5.html` (the documents themselves), and the
XLSX sources `source/susami_ebikani_jimujigyo_r5.xlsx` and `source/kyotanabe_senryaku2_kpi_kensho_r5.xlsx`, which
LibreOffice turns into `susami_ebikani_jimujigyo_r5.pdf` and `kyotanabe_senryaku2_kpi_kensho_r5.pdf`.
Run `/work/venv/bin/python build.py` (`--no-pdf` skips LibreOffice). XLSX, CSV and HTML are byte-stable.
"""
# ruff: noqa: E501

import csv
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
LIGHT = PatternFill("solid", fgColor="EFEFEF")
STAMP = datetime.datetime(2024, 9, 27, 9, 0, 0)


def font(size=9, bold=False):
    return Font(name=FONT, size=size, bold=bold)


def put(ws, ref, value, size=9, bold=False, box=False, fill=None, h="left", wrap=True):
    cell = ws[ref]
    cell.value = value
    cell.font = font(size, bold)
    cell.alignment = Alignment(horizontal=h, vertical="center", wrap_text=wrap)
    if box:
        cell.border = BOX
    if fill is not None:
        cell.fill = fill
    return cell


def boxed(ws, rng, fill=None):
    for row in ws[rng]:
        for cell in row:
            cell.border = BOX
            if fill is not None:
                cell.fill = fill


def merge(ws, rng, value, **kw):
    first = rng.split(":")[0]
    cell = put(ws, first, value, **kw)
    ws.merge_cells(rng)
    if kw.get("box"):
        boxed(ws, rng, kw.get("fill"))
    return cell


def number(cell, value):
    """Give a number cell the format it is printed with."""
    if isinstance(value, float):
        cell.number_format = "#,##0.0"
    elif isinstance(value, int):
        cell.number_format = "#,##0"


def save(wb, path):
    """Save with fixed properties and fixed zip timestamps, so the bytes do not change."""
    wb.properties.creator = "forms492"
    wb.properties.lastModifiedBy = "forms492"
    wb.properties.created = STAMP
    wb.properties.modified = STAMP
    buf = io.BytesIO()
    wb.save(buf)
    buf.seek(0)
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in sorted(zin.infolist(), key=lambda i: i.filename):
            data = zin.read(item.filename)
            if item.filename == "docProps/core.xml":
                data = re.sub(
                    rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2024-09-27T09:00:00Z", data
                )
                data = re.sub(
                    rb"(<dcterms:created[^>]*>)[^<]*", rb"\g<1>2024-09-27T09:00:00Z", data
                )
            info = zipfile.ZipInfo(item.filename, date_time=(2024, 9, 27, 9, 0, 0))
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


# ---------------------------------------------------------------- すさみ町 (PDF source, landscape)
def build_susami():
    wb = Workbook()
    ws = wb.active
    ws.title = "事務事業評価"
    widths = {"A": 27, "B": 6, "C": 6, "H": 2, "I": 30, "J": 6, "K": 6}
    for col in "DEFGLMNO":
        widths[col] = 15
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    merge(
        ws,
        "A1:O1",
        "令和６年度　事務事業評価シート（令和５年度実施事業）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:O2", "作成日　令和6年7月31日　すさみ町", h="right")
    fields = [
        ("事務事業名", "エビとカニの水族館管理運営事業"),
        ("担当課", "産業振興課"),
        ("関連計画", "すさみ町まち・ひと・しごと創生推進計画"),
        ("事業期間", "平成27年度～（継続）"),
        ("事業費（R5決算）", "28,460千円（うち一般財源 21,930千円）"),
        (
            "事業の概要",
            "平成11年に開館した甲殻類専門の町立水族館。平成27年（2015年）9月、紀勢自動車道すさみ南ICの開通に合わせて開業した道の駅すさみの敷地内に、"
            "旧江住中学校の体育館を改修して移転した。エビ・カニを中心に約150種1,000点を展示するほか、町内外の学校や施設に生き物を運ぶ出張水族館を行っている。",
        ),
    ]
    r = 4
    for key, val in fields:
        put(ws, f"A{r}", key, bold=True, box=True, fill=SHADE)
        merge(ws, f"B{r}:O{r}", val, box=True)
        ws.row_dimensions[r].height = 36 if key == "事業の概要" else 18
        r += 1
    r += 1
    put(ws, f"A{r}", "２　指標の推移", size=11, bold=True, wrap=False)
    r += 1
    years = ["R3年度", "R4年度", "R5年度", "R6年度"]
    for cols, title in (("ABCDEFG", "活動指標"), ("IJKLMNO", "成果指標")):
        head = [title, "単位", "区分", *years]
        for col, text in zip(cols, head, strict=True):
            put(ws, f"{col}{r}", text, bold=True, box=True, fill=SHADE, h="center")
    ws.row_dimensions[r].height = 20
    r += 1
    left = [
        ("①企画展の開催回数", "回", [4, 4, 4, 5], [3, 4, 5, None]),
        ("②出張水族館の実施回数", "回", [10, 12, 12, 15], [6, 14, 17, None]),
    ]
    right = [
        ("③入館者数", "千人", [60.0, 62.0, 65.0, 68.0], [48.3, 57.9, 63.8, None]),
        (
            "④年間パスポートの販売枚数",
            "枚",
            [300, 300, 350, 400],
            [212, 288, "354（うち更新112）", None],
        ),
        (
            "⑤入館者アンケートで「満足」と答えた人の割合",
            "％",
            [85.0, 85.0, 90.0, 90.0],
            [88.4, 86.1, 89.5, None],
        ),
    ]
    start = r
    for cols, rows in (("ABCDEFG", left), ("IJKLMNO", right)):
        rr = start
        for name, unit, plan, done in rows:
            merge(ws, f"{cols[0]}{rr}:{cols[0]}{rr + 1}", name, box=True)
            merge(ws, f"{cols[1]}{rr}:{cols[1]}{rr + 1}", unit, box=True, h="center")
            for offset, (kubun, vals) in enumerate((("計画", plan), ("実績", done))):
                row = rr + offset
                put(ws, f"{cols[2]}{row}", kubun, box=True, h="center")
                for col, v in zip(cols[3:], vals, strict=True):
                    c = put(ws, f"{col}{row}", v, box=True, h="right")
                    number(c, v)
            rr += 2
    for row in range(start, start + 6):
        ws.row_dimensions[row].height = 20
    r = start + 6
    notes = [
        "※③の令和3年度は、新型コロナウイルス感染症の拡大防止のため臨時休館した期間（令和3年8月20日～9月30日）を含む。",
        "※④の（　）内は、前年度に購入した人による更新分の枚数（内数）。",
    ]
    for note in notes:
        merge(ws, f"A{r}:O{r}", note, size=8)
        r += 1
    r += 1
    put(ws, f"A{r}", "３　評価", size=11, bold=True, wrap=False)
    r += 1
    evaluation = [
        ("総合評価", "B（おおむね順調）"),
        ("今後の方向性", "現状維持"),
        (
            "評価の理由",
            "入館者数は回復が続いているが、計画には届いていない。令和5年度は企画展「すさみの海のカニ展」などを開催し、出張水族館は17回実施した。",
        ),
    ]
    for key, val in evaluation:
        put(ws, f"A{r}", key, bold=True, box=True, fill=SHADE)
        merge(ws, f"B{r}:O{r}", val, box=True)
        ws.row_dimensions[r].height = 30 if key == "評価の理由" else 18
        r += 1
    page(ws, landscape=True)
    save(wb, SRC / "susami_ebikani_jimujigyo_r5.xlsx")


# ---------------------------------------------------------------- 京田辺市 (PDF source, portrait)
def build_kyotanabe():
    wb = Workbook()
    ws = wb.active
    ws.title = "KPI検証"
    widths = {"A": 20, "B": 31, "C": 6, "D": 9, "K": 10}
    for col in "EFGHIJ":
        widths[col] = 8
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    merge(
        ws,
        "A1:K1",
        "第2期京田辺市まち・ひと・しごと創生総合戦略\n重要業績評価指標（KPI）の検証結果（令和５年度）",
        size=13,
        bold=True,
        h="center",
    )
    ws.row_dimensions[1].height = 36
    merge(ws, "A2:K2", "令和6年10月　京田辺市 企画政策課", h="right")
    fields = [
        ("計画の名称", "第2期京田辺市まち・ひと・しごと創生総合戦略"),
        ("計画期間", "令和2年度～令和6年度（5年間）"),
        ("担当課", "企画政策課"),
        (
            "市の概要",
            "平成9年（1997年）4月1日に京都府内12番目の市として市制を施行。面積は42.92km²。昭和61年（1986年）に同志社大学・同志社女子大学の田辺キャンパスが開設され、"
            "人口は令和元年に7万人を超えた。市内で生産される玉露は、全国茶品評会で農林水産大臣賞を数多く受賞している。",
        ),
    ]
    r = 4
    for key, val in fields:
        put(ws, f"A{r}", key, bold=True, box=True, fill=SHADE)
        merge(ws, f"B{r}:K{r}", val, box=True)
        ws.row_dimensions[r].height = 48 if key == "市の概要" else 18
        r += 1
    r += 1
    put(ws, f"A{r}", "■基本目標ごとのKPIの達成状況", size=11, bold=True, wrap=False)
    r += 1
    h1, h2 = r, r + 1
    for col, text in (
        ("A", "基本目標"),
        ("B", "KPI"),
        ("C", "単位"),
        ("D", "基準値（R元）"),
        ("K", "最終目標（R6）"),
    ):
        merge(ws, f"{col}{h1}:{col}{h2}", text, bold=True, box=True, fill=SHADE, h="center")
    for cols, year in (("EF", "R3年度"), ("GH", "R4年度"), ("IJ", "R5年度")):
        merge(ws, f"{cols[0]}{h1}:{cols[1]}{h1}", year, bold=True, box=True, fill=SHADE, h="center")
        put(ws, f"{cols[0]}{h2}", "目標", bold=True, box=True, fill=SHADE, h="center")
        put(ws, f"{cols[1]}{h2}", "実績", bold=True, box=True, fill=SHADE, h="center")
    ws.row_dimensions[h1].height = 18
    ws.row_dimensions[h2].height = 18
    r = h2 + 1
    rows = [
        ("①市内の新規就農者数（累計）", "人", [12, 16, 15, 20, 21, 24, 26, 28], None),
        ("②全国茶品評会 玉露の部の入賞点数", "点", [9, 10, 8, 10, 11, 10, 9, 10], None),
        ("③観光入込客数", "千人", [842.6, 700.0, 612.3, 800.0, 778.9, 900.0, 915.4, 950.0], None),
        (
            "（参考）「お茶の京都」地域の観光入込客数",
            "千人",
            [12930.5, None, 8412.7, None, 10288.1, None, 12304.6, None],
            LIGHT,
        ),
        (
            "④子育て環境に満足している市民の割合",
            "％",
            [61.5, 63.0, 62.8, 65.0, 66.1, 68.0, 66.9, "70～75"],
            None,
        ),
    ]
    first = r
    for name, unit, vals, fill in rows:
        put(ws, f"B{r}", name, box=True, fill=fill)
        put(ws, f"C{r}", unit, box=True, h="center", fill=fill)
        for col, v in zip("DEFGHIJK", vals, strict=True):
            c = put(ws, f"{col}{r}", v, box=True, h="right", fill=fill)
            number(c, v)
        ws.row_dimensions[r].height = 30
        r += 1
    goals = [
        (first, first + 1, "基本目標１　京田辺の強みを生かしたしごとをつくる"),
        (first + 2, first + 3, "基本目標２　京田辺への新しいひとの流れをつくる"),
        (first + 4, first + 4, "基本目標３　結婚・出産・子育ての希望をかなえる"),
    ]
    for a, b, text in goals:
        merge(ws, f"A{a}:A{b}", text, box=True)
    notes = [
        "※①の各年度の値は、令和元年度からの累計です。",
        "※（参考）欄は「お茶の京都」地域（5市6町1村）の合計で、本戦略のKPIではありません。",
        "※④は毎年7月に実施する市民意識調査によります。最終目標は幅をもって設定しています。",
    ]
    for note in notes:
        merge(ws, f"A{r}:K{r}", note, size=8)
        r += 1
    page(ws, landscape=False)
    save(wb, SRC / "kyotanabe_senryaku2_kpi_kensho_r5.xlsx")


# ---------------------------------------------------------------- 大治町 (CSV)
OHARU_HEAD = [
    ["令和6年度　事務事業評価結果一覧（令和5年度実施事業）"],
    ["公表日", "令和6年11月29日"],
    ["対象", "令和5年度に実施した事務事業（抜粋）"],
    [
        "町の概要",
        "人口32,399人（令和2年国勢調査）。昭和50年4月に町制を施行。町内を鉄道は通っていないが、名古屋市営バスと名鉄バスが名古屋駅・栄方面と結ぶ。人口密度は東海地方で名古屋市に次いで第2位。",
    ],
    [
        "注記",
        "年度は令和の年度。△はマイナスを表す。評価はA（順調）・B（概ね順調）・C（要改善）の3段階で、事務事業全体についての評価。",
    ],
    [],
]
OHARU_COLUMNS = [
    "No",
    "事務事業名",
    "担当課",
    "指標区分",
    "指標名",
    "単位",
    "3年度実績",
    "4年度実績",
    "5年度目標",
    "5年度実績",
    "6年度目標",
    "評価",
]
OHARU_ROWS = [
    [
        "1",
        "子育て支援センター運営事業",
        "子育て支援課",
        "活動指標",
        "子育て講座の開催回数",
        "回",
        "18",
        "24",
        "24",
        "26",
        "24",
        "A",
    ],
    [
        "1",
        "子育て支援センター運営事業",
        "子育て支援課",
        "成果指標",
        "子育て支援センターの利用者数",
        "人",
        "11,260",
        "13,905",
        "15,000",
        "14,770",
        "16,000",
        "A",
    ],
    [
        "2",
        "ごみ減量化推進事業",
        "環境課",
        "活動指標",
        "生ごみ処理機等購入費補助件数",
        "件",
        "42",
        "38",
        "50",
        "47",
        "50",
        "B",
    ],
    [
        "2",
        "ごみ減量化推進事業",
        "環境課",
        "成果指標",
        "可燃ごみ排出量の対前年度増減",
        "t",
        "△112",
        "△64",
        "△100",
        "△85",
        "△100",
        "B",
    ],
    [
        "3",
        "ふるさと納税推進事業",
        "企画課",
        "成果指標",
        "ふるさと納税寄附額",
        "千円",
        "38,420",
        "52,160",
        "60,000",
        "71,835",
        "70,000",
        "A",
    ],
    [
        "4",
        "町民まつり開催事業",
        "産業建設課",
        "成果指標",
        "町民まつりの来場者数",
        "人",
        "中止",
        "12,400",
        "15,000",
        "16,850",
        "17,000",
        "A",
    ],
]


def build_oharu():
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    for row in [*OHARU_HEAD, OHARU_COLUMNS, *OHARU_ROWS]:
        writer.writerow(row)
    (HERE / "oharu_jimujigyo_kekka_r5.csv").write_bytes(buf.getvalue().encode("utf-8-sig"))


# ---------------------------------------------------------------- 甲賀市 (HTML)
KOKA = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>地方創生推進交付金事業の効果検証（令和５年度） | 甲賀市</title>
</head>
<body>
<nav aria-label="パンくずリスト"><ol>
<li><a href="/">ホーム</a></li>
<li><a href="/shisei/">市政情報</a></li>
<li><a href="/shisei/chihososei/">地方創生</a></li>
<li>地方創生推進交付金事業の効果検証（令和５年度）</li>
</ol></nav>
<main>
<h1>地方創生推進交付金事業の効果検証（令和５年度）</h1>
<p class="date">更新日：2024年9月27日　担当：観光企画推進課</p>
<p>甲賀市は、平成16年（2004年）10月1日に旧甲賀郡の5町（水口町・土山町・甲賀町・甲南町・信楽町）が合併して誕生した市で、面積は481.62km²です。平成29年4月28日には「忍びの里 伊賀・甲賀―リアル忍者を求めて―」と「きっと恋する六古窯」の2つのストーリーが日本遺産に認定され、令和2年11月には甲南町に観光の拠点となる「甲賀流リアル忍者館」を開館しました。</p>
<p>本市では、地方創生推進交付金を活用して実施した事業について、重要業績評価指標（KPI）の達成状況を検証し、その結果を公表しています。</p>
<dl>
<dt>交付対象事業の名称</dt><dd>甲賀流忍者を核とした観光誘客推進事業</dd>
<dt>事業期間</dt><dd>令和3年度～令和5年度（3か年）</dd>
<dt>交付対象事業費</dt><dd>3か年合計 54,300千円（うち交付金 27,150千円）</dd>
<dt>担当課</dt><dd>観光企画推進課</dd>
</dl>
<h2>重要業績評価指標（KPI）の達成状況</h2>
<table border="1">
<thead>
<tr><th rowspan="2">KPI</th><th rowspan="2">単位</th><th rowspan="2">事業開始前<br>（令和3年3月末）</th><th colspan="3">目標値</th><th colspan="3">実績値</th></tr>
<tr><th>令和3年度</th><th>令和4年度</th><th>令和5年度</th><th>令和3年度</th><th>令和4年度</th><th>令和5年度</th></tr>
</thead>
<tbody>
<tr><th scope="row">KPI①　甲賀流リアル忍者館の入館者数</th><td>千人</td><td>18.4</td><td>22.0</td><td>26.0</td><td>30.0</td><td>19.6</td><td>27.3</td><td>31.8</td></tr>
<tr><th scope="row">KPI②　市内の観光入込客数</th><td>千人</td><td>2,846</td><td>3,000</td><td>3,300</td><td>3,600</td><td>3,112</td><td>3,518</td><td>未集計</td></tr>
<tr><th scope="row">KPI③　日本遺産ガイドの育成人数</th><td>人</td><td>0</td><td colspan="3">3年間で延べ60人</td><td>18</td><td>22</td><td>25</td></tr>
<tr><th scope="row">KPI④　忍者体験プログラムの外国人参加者数</th><td>人</td><td>120</td><td>150</td><td>400</td><td>800</td><td>―</td><td>310</td><td>862</td></tr>
</tbody>
</table>
<p>※KPI②の令和5年度実績は、滋賀県観光入込客統計調査の公表後に掲載します。</p>
<p>※KPI④の令和3年度は、新型コロナウイルス感染症に伴う入国制限のため、受入れを行いませんでした。</p>
<h2>外部有識者からの意見</h2>
<p>令和6年8月に開催した甲賀市地方創生推進会議（委員12名）において、「リアル忍者館を起点に、信楽や東海道の宿場町へ観光客を周遊させる工夫が必要」などの意見をいただきました。</p>
</main>
<footer><p>甲賀市役所　観光企画推進課</p></footer>
</body>
</html>
"""


def build_koka():
    (HERE / "koka_ninja_kofukin_kensho_r5.html").write_text(KOKA, encoding="utf-8")


def to_pdf():
    for name in ("susami_ebikani_jimujigyo_r5", "kyotanabe_senryaku2_kpi_kensho_r5"):
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
    build_susami()
    build_kyotanabe()
    build_oharu()
    build_koka()
    if "--no-pdf" not in sys.argv:
        to_pdf()


if __name__ == "__main__":
    main()
