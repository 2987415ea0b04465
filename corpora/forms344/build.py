"""Build the forms344 corpus: three one-page A4 PDFs (from XLSX sources in source/) and one HTML page.

Documents (re-typed forms, see README.md):
  shimamaki_shuyo_shihyo_r6.pdf   島牧村 第四次島牧村総合計画 主要指標の達成状況 (landscape)
  furubira_seika_kensho_r2.html   古平町 第5次古平町総合計画 成果指標の最終検証
  naie_seika_shihyo_r7.pdf        奈井江町 第7期まちづくり計画 成果指標一覧 (portrait)
  chippubetsu_kpi_kensho_2024.pdf 秩父別町 第2期総合戦略 KPI最終検証シート (portrait)

Usage: /work/venv/bin/python build.py [--no-pdf]
"""

# ruff: noqa: E501, B905

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
SOURCE = HERE / "source"
FIXED = datetime.datetime(2025, 7, 1, 9, 0, 0)
FONT = "IPAexGothic"
THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
SHADE = PatternFill("solid", fgColor="DDE6F0")
WRAP_C = Alignment(horizontal="center", vertical="center", wrap_text=True)
WRAP_L = Alignment(horizontal="left", vertical="center", wrap_text=True)
WRAP_R = Alignment(horizontal="right", vertical="center", wrap_text=True)
TOP_L = Alignment(horizontal="left", vertical="top", wrap_text=True)


def font(size=9, bold=False):
    return Font(name=FONT, size=size, bold=bold)


def put(ws, ref, value, size=9, bold=False, align=WRAP_L, box=False, fill=None):
    cell = ws[ref]
    cell.value = value
    cell.font = font(size, bold)
    cell.alignment = align
    if box:
        cell.border = BOX
    if fill is not None:
        cell.fill = fill
    return cell


def merge(ws, rng, value, size=9, bold=False, align=WRAP_L, box=False, fill=None):
    ws.merge_cells(rng)
    first = rng.split(":")[0]
    put(ws, first, value, size, bold, align, box, fill)
    if box or fill is not None:
        for row in ws[rng]:
            for cell in row:
                if box:
                    cell.border = BOX
                if fill is not None:
                    cell.fill = fill


def col(n):
    return chr(ord("A") + n)


def grid(ws, top, headers, rows, right_cols):
    """headers: list of (range, text); rows: list of lists of cell texts starting at column A."""
    for rng, text in headers:
        if ":" in rng:
            merge(ws, rng, text, 9, True, WRAP_C, True, SHADE)
        else:
            put(ws, rng, text, 9, True, WRAP_C, True, SHADE)
    for i, row in enumerate(rows):
        r = top + i
        for j, text in enumerate(row):
            align = WRAP_R if j in right_cols else (WRAP_C if j == 0 else WRAP_L)
            put(ws, f"{col(j)}{r}", text, 9, False, align, True)


def setup(ws, landscape, widths, last_row, last_col):
    for letter, w in zip("ABCDEFGHIJKL", widths):
        ws.column_dimensions[letter].width = w
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    ws.print_area = f"A1:{last_col}{last_row}"


def save_stable(wb, path):
    wb.properties.creator = "forms344"
    wb.properties.lastModifiedBy = "forms344"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    buf = io.BytesIO()
    wb.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in sorted(src.infolist(), key=lambda i: i.filename):
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(
                    rb"<dcterms:modified([^>]*)>[^<]*<",
                    rb"<dcterms:modified\1>2025-07-01T09:00:00Z<",
                    data,
                )
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 7, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            out.writestr(zi, data)


# ---------------------------------------------------------------- 島牧村


def build_shimamaki(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "主要指標"
    merge(ws, "A1:J1", "第四次島牧村総合計画　主要指標の達成状況（令和６年度）", 14, True, WRAP_C)
    merge(ws, "A2:J2", "令和7年7月　島牧村 企画課", 9, False, WRAP_R)
    fields = [
        ("計画の名称", "第四次島牧村総合計画（めざす村の姿「豊かな自然と人のぬくもりを育む村」）"),
        ("計画期間", "平成29年度～令和8年度（10年間）"),
        ("担当課", "企画課"),
        (
            "村の概要",
            "島牧村は後志の南端に位置し、1956年（昭和31年）に東島牧村と西島牧村が合併して誕生した。面積は437.18km²、人口は1,253人（2024年11月30日現在、住民基本台帳）。"
            "狩場山の懐には10,700haのブナ原生林が広がり、落差70m・幅35mの賀老の滝は「日本の滝百選」に選ばれている。漁業を基幹産業とし、ウニ、アワビ、ホッケなどが水揚げされる。",
        ),
    ]
    r = 4
    for key, val in fields:
        merge(ws, f"A{r}:B{r}", key, 9, True, WRAP_C, True, SHADE)
        merge(ws, f"C{r}:J{r}", val, 9, False, WRAP_L, True)
        ws.row_dimensions[r].height = 42 if key == "村の概要" else 18
        r += 1
    merge(
        ws, "A9:J9", "■基本目標２　海と森の恵みを活かした産業と交流のむらづくり", 11, True, WRAP_L
    )
    headers = [
        ("A10:A11", "No."),
        ("B10:B11", "主要指標"),
        ("C10:C11", "単位"),
        ("D10:D11", "基準値\n（H27）"),
        ("E10:G10", "実績値"),
        ("E11", "R4"),
        ("F11", "R5"),
        ("G11", "R6※1"),
        ("H10:H11", "目標値\n（R8）"),
        ("I10:I11", "達成率※2"),
        ("J10:J11", "担当"),
    ]
    rows = [
        ["6", "観光入込客数", "千人", "48.6", "41.2", "47.9", "52.3", "60.0", "87.2%", "産業課"],
        [
            "7",
            "賀老の滝来訪者数",
            "人",
            "18,420",
            "12,310",
            "16,880",
            "19,050",
            "22,000",
            "86.6%",
            "産業課",
        ],
        [
            "8",
            "ウニ・アワビの漁獲量",
            "t",
            "38.4",
            "31.7",
            "29.9",
            "33.5",
            "40.0",
            "83.8%",
            "産業課",
        ],
        ["9", "移住相談件数", "件", "６", "１４", "１１", "１７", "２０", "85.0%", "企画課"],
        [
            "10",
            "ふるさと納税寄附件数",
            "件",
            "1,102",
            "8,640",
            "11,275",
            "13,900",
            "12,000",
            "115.8%",
            "企画課",
        ],
    ]
    grid(ws, 12, headers, rows, {3, 4, 5, 6, 7, 8})
    for rr in range(12, 17):
        ws.row_dimensions[rr].height = 22
    notes = [
        "※1　R6欄は令和7年3月末時点の見込値です（確定値は令和7年9月頃に公表予定）。",
        "※2　達成率＝R6欄の値÷目標値（R8）×100。No.1～5は基本目標１の指標です（別紙）。",
        "　　 観光入込客数は北海道観光入込客数調査、漁獲量は島牧漁業協同組合の資料によります。",
    ]
    for i, n in enumerate(notes):
        merge(ws, f"A{18 + i}:J{18 + i}", n, 8, False, WRAP_L)
    setup(ws, True, [6, 30, 8, 12, 11, 11, 11, 12, 11, 10], 20, "J")
    save_stable(wb, path)


# ---------------------------------------------------------------- 奈井江町


def build_naie(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "成果指標"
    merge(ws, "A1:H1", "第７期奈井江町まちづくり計画　前期基本計画　成果指標一覧", 13, True, WRAP_C)
    merge(ws, "A2:H2", "令和7年4月　奈井江町 まちづくり推進課", 9, False, WRAP_R)
    fields = [
        ("計画の名称", "第7期奈井江町まちづくり計画"),
        (
            "計画期間",
            "基本構想　令和7年度～令和16年度（10年間）／前期基本計画　令和7年度～令和11年度（5年間）",
        ),
        ("担当課", "まちづくり推進課"),
        (
            "町の概要",
            "町の人口は5千人を下回り、少子高齢化と人口減少が続いている。80年にわたり積み上げてきた歴史を踏まえ、"
            "「多様な交流を通して誰もが活躍すること」を掲げて、20年先、30年先まで持続可能なまちを目指す。",
        ),
    ]
    r = 4
    for key, val in fields:
        merge(ws, f"A{r}:B{r}", key, 9, True, WRAP_C, True, SHADE)
        merge(ws, f"C{r}:H{r}", val, 9, False, WRAP_L, True)
        ws.row_dimensions[r].height = 40 if key in ("町の概要", "計画期間") else 18
        r += 1
    merge(
        ws,
        "A9:H9",
        "２　分野別の成果指標（分野１　ともに支え合い、健やかに暮らせるまち）",
        10,
        True,
        WRAP_L,
    )
    headers = [
        ("A10", "No."),
        ("B10", "成果指標"),
        ("C10", "単位"),
        ("D10", "現状値"),
        ("E10", "把握年度"),
        ("F10", "中間目標\n（R11）"),
        ("G10", "目標値\n（R16）"),
        ("H10", "指標の説明"),
    ]
    rows = [
        [
            "1",
            "人口の社会増減数",
            "人",
            "△42",
            "2024",
            "△30",
            "△20",
            "転入者数から転出者数を差し引いた数（住民基本台帳）",
        ],
        [
            "2",
            "子育て支援センターの年間利用者数",
            "人",
            "3,215",
            "2024",
            "3,400",
            "3,600",
            "0歳から就学前の子と保護者の利用人数の合計",
        ],
        [
            "3",
            "特定健康診査の受診率",
            "%",
            "41.3",
            "2023",
            "50.0",
            "60.0",
            "40歳から74歳の国民健康保険加入者のうち受診した人の割合",
        ],
        [
            "4",
            "町内での創業件数",
            "件",
            "1",
            "2024",
            "3",
            "5",
            "商工会の創業支援を受けて町内で開業した件数（年間）",
        ],
        [
            "5",
            "まちづくりに参加したいと思う町民の割合",
            "%",
            "―",
            "―",
            "40.0",
            "50.0",
            "令和7年度から町民アンケート（18歳以上1,000人）で把握する新しい指標",
        ],
    ]
    grid(ws, 11, headers, rows, {3, 4, 5, 6})
    ws.row_dimensions[10].height = 30
    for rr in range(11, 16):
        ws.row_dimensions[rr].height = 34
    notes = [
        "・「把握年度」は現状値を把握した年度です。",
        "・目標値は、第7期奈井江町まちづくり計画の最終年度（令和16年度）に目指す値です。△はマイナスを表します。",
    ]
    for i, n in enumerate(notes):
        merge(ws, f"A{17 + i}:H{17 + i}", n, 8, False, WRAP_L)
    setup(ws, False, [5, 24, 6, 9, 9, 10, 10, 30], 18, "H")
    save_stable(wb, path)


# ---------------------------------------------------------------- 秩父別町


def build_chippubetsu(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "KPI検証"
    merge(
        ws,
        "A1:L1",
        "第2期秩父別町まち・ひと・しごと創生総合戦略　KPI最終検証シート（2024年度）",
        13,
        True,
        WRAP_C,
    )
    merge(ws, "A2:L2", "2025年（令和7年）6月　秩父別町 総務課", 9, False, WRAP_R)
    fields = [
        ("戦略の名称", "第2期秩父別町まち・ひと・しごと創生総合戦略（令和2年3月11日策定）"),
        ("計画期間", "2020年度～2024年度（5年間）"),
        ("担当課", "総務課"),
        (
            "町の概要",
            "明治28、29年に屯田兵とその家族の入植によって拓かれた町で、道内屈指の良質米の産地。第1期戦略では「2020年1月1日に2,441人を維持」を掲げたが達成できなかった。"
            "2017年には34年ぶりに社会増となった。東側丘陵地の「ローズガーデンちっぷべつ」には300種3,000本のバラが咲く。",
        ),
    ]
    r = 4
    for key, val in fields:
        merge(ws, f"A{r}:B{r}", key, 9, True, WRAP_C, True, SHADE)
        merge(ws, f"C{r}:L{r}", val, 9, False, WRAP_L, True)
        ws.row_dimensions[r].height = 44 if key == "町の概要" else 18
        r += 1
    merge(ws, "A9:L9", "■基本目標３　秩父別町への新しいひとの流れをつくる", 11, True, WRAP_L)
    headers = [
        ("A10:A11", "No."),
        ("B10:B11", "重要業績評価指標（KPI）"),
        ("C10:C11", "単位"),
        ("D10:D11", "基準値\n（2018年度）"),
        ("E10:I10", "実績値"),
        ("E11", "2020年度"),
        ("F11", "2021年度"),
        ("G11", "2022年度"),
        ("H11", "2023年度"),
        ("I11", "2024年度"),
        ("J10:J11", "目標値\n（2024年度）"),
        ("K10:K11", "判定"),
        ("L10:L11", "担当"),
    ]
    rows = [
        [
            "1",
            "総人口※1",
            "人",
            "2,452",
            "2,398",
            "2,361",
            "2,330",
            "2,289",
            "2,251",
            "2,300",
            "×",
            "住民G",
        ],
        ["2", "社会増減数", "人", "3", "△12", "5", "△8", "2", "△4", "0", "×", "住民G"],
        [
            "3",
            "ローズガーデンちっぷべつの入園者数",
            "人",
            "9,850",
            "4,120",
            "6,730",
            "8,905",
            "10,240",
            "11,380",
            "12,000",
            "×",
            "産業G",
        ],
        [
            "4",
            "ローズガーデンのバラの植栽本数",
            "本",
            "2,400\n（240種）",
            "2,550\n（255種）",
            "2,700\n（270種）",
            "2,800\n（280種）",
            "2,900\n（290種）",
            "3,000\n（300種）",
            "3,000",
            "○",
            "産業G",
        ],
        [
            "5",
            "移住体験住宅の利用者数",
            "人",
            "18",
            "6",
            "11",
            "15",
            "19",
            "２２",
            "20",
            "○",
            "総務G",
        ],
    ]
    grid(ws, 12, headers, rows, {3, 4, 5, 6, 7, 8, 9})
    ws.row_dimensions[10].height = 22
    ws.row_dimensions[11].height = 22
    for rr in range(12, 17):
        ws.row_dimensions[rr].height = 30
        ws[f"K{rr}"].alignment = WRAP_C
    notes = [
        "※1　総人口は、各年度の欄とも翌年1月1日現在の住民基本台帳人口です（例：2024年度の欄は2025年1月1日現在）。基準値・目標値も同じです。",
        "判定　○：目標値を達成　×：目標値に未達成（2024年度の実績値と目標値を比較）",
        "植栽本数の（　）内は品種数です。",
    ]
    for i, n in enumerate(notes):
        merge(ws, f"A{18 + i}:L{18 + i}", n, 8, False, WRAP_L)
        ws.row_dimensions[18 + i].height = 24 if i == 0 else 14
    setup(ws, False, [4, 22, 5, 11, 8, 8, 8, 8, 8, 11, 5, 6], 20, "L")
    save_stable(wb, path)


# ---------------------------------------------------------------- 古平町 (HTML)

HTML = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>第5次古平町総合計画 成果指標の最終検証（令和2年度） | 古平町</title>
</head>
<body>
<header><p class="site-name">北海道古平町</p></header>
<nav class="breadcrumb" aria-label="現在地">
<ol>
<li><a href="/">トップページ</a></li>
<li><a href="/town/">町政情報</a></li>
<li><a href="/town/plan/">計画・構想</a></li>
<li>第5次古平町総合計画 成果指標の最終検証（令和2年度）</li>
</ol>
</nav>
<main>
<h1>第5次古平町総合計画 成果指標の最終検証（令和2年度）</h1>
<p class="date">更新日：2021年9月30日　担当：総務課 企画係</p>
<p>古平町は積丹半島の東側中央部に位置し、行政区域面積188.36km²のうち山林が167.73km²と89%を占めています。江戸時代には「フルビラ場所」と呼ばれるニシン漁場として拓かれ、漁業を礎に発展してきました。</p>
<p>第5次古平町総合計画（計画期間：平成23年度から平成32年度まで）は、町の将来像を「協働で創る住みよいやすらぎの郷、ふるびら」とし、10年間のまちづくりを進めてきました。計画の最終年度を終えたため、基本目標3の成果指標について、策定時（平成21年度）から最終年度までの推移を検証しました。目標値の年度は、計画書の表記のまま掲載しています。</p>
<h2>基本目標3　海と山の恵みを活かした活力ある産業のまち</h2>
<table class="kpi">
<thead>
<tr>
<th rowspan="2" scope="col">施策</th>
<th rowspan="2" scope="col">成果指標</th>
<th rowspan="2" scope="col">単位</th>
<th rowspan="2" scope="col">策定時<br>（H21年度）</th>
<th colspan="3" scope="colgroup">実績値</th>
<th rowspan="2" scope="col">目標値<br>（平成32年度）</th>
</tr>
<tr>
<th scope="col">H27年度<br>（中間）</th>
<th scope="col">令和元年度</th>
<th scope="col">令和2年度</th>
</tr>
</thead>
<tbody>
<tr>
<th rowspan="3" scope="rowgroup">(1) 水産業の振興</th>
<td>漁業生産額</td><td>千円</td><td>1,284,500</td><td>1,102,300</td><td>986,400</td><td>1,041,800</td><td>1,300,000</td>
</tr>
<tr>
<td>水産加工品の出荷額</td><td>百万円</td><td>4,210</td><td>4,585</td><td>4,020</td><td>3,870</td><td>4,500</td>
</tr>
<tr>
<td>新規漁業就業者数（年間）</td><td>人</td><td>2</td><td>3</td><td>1</td><td>２</td><td>3</td>
</tr>
<tr>
<th rowspan="2" scope="rowgroup">(2) 商工業・観光の振興</th>
<td>観光入込客数</td><td>人</td><td>68,400</td><td>81,250</td><td>74,900</td><td>43,120</td><td>90,000※</td>
</tr>
<tr>
<td>空き店舗を活用した出店数</td><td>件</td><td>0</td><td>累計4</td><td>累計6</td><td>累計7</td><td>累計6</td>
</tr>
</tbody>
</table>
<p class="note">※観光入込客数の目標値は、平成28年度の中間見直しで100,000人から90,000人に改めました。</p>
<p class="note">令和2年度の観光入込客数は、新型コロナウイルス感染症の影響で前年度の約6割となりました。</p>
<p class="contact">お問い合わせ：古平町 総務課 企画係　電話 0135-42-2181</p>
</main>
<footer><p>&copy; Furubira Town</p></footer>
</body>
</html>
"""


def to_pdf(xlsx, outdir):
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
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        shutil.move(str(Path(tmp) / (xlsx.stem + ".pdf")), str(outdir / (xlsx.stem + ".pdf")))


def main():
    no_pdf = "--no-pdf" in sys.argv[1:]
    SOURCE.mkdir(exist_ok=True)
    builders = {
        "shimamaki_shuyo_shihyo_r6": build_shimamaki,
        "naie_seika_shihyo_r7": build_naie,
        "chippubetsu_kpi_kensho_2024": build_chippubetsu,
    }
    for stem, fn in builders.items():
        xlsx = SOURCE / f"{stem}.xlsx"
        fn(xlsx)
        if not no_pdf:
            to_pdf(xlsx, HERE)
    (HERE / "furubira_seika_kensho_r2.html").write_bytes(HTML.encode("utf-8"))


if __name__ == "__main__":
    main()
