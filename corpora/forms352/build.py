"""Build the forms352 corpus: three one-page A4 PDFs (from XLSX sources in source/) and one HTML page.

Documents (re-typed forms, see README.md):
  inashiki_jimujigyo_hyoka_r5.pdf      稲敷市 事務事業評価シート（令和5年度実施事業）(portrait)
  namegata_senryaku_kpi_kensho_r1.pdf  行方市総合戦略 KPI最終検証シート (landscape)
  tochigi_kpi_shinchoku_r5.pdf         栃木市 第2期総合戦略 KPI進捗状況 (portrait)
  tatebayashi_seika_shihyo_r6.html     館林市 第6次総合計画 前期基本計画 成果指標の進捗状況

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
FIXED = datetime.datetime(2025, 9, 1, 9, 0, 0)
STAMP = b"2025-09-01T09:00:00Z"
FONT = "IPAexGothic"
THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
SHADE = PatternFill("solid", fgColor="E2EFDA")
HEAD = PatternFill("solid", fgColor="D9D9D9")
C = Alignment(horizontal="center", vertical="center", wrap_text=True)
L = Alignment(horizontal="left", vertical="center", wrap_text=True)
R = Alignment(horizontal="right", vertical="center", wrap_text=True)


def put(ws, ref, value, size=9, bold=False, align=L, box=False, fill=None):
    cell = ws[ref]
    cell.value = value
    cell.font = Font(name=FONT, size=size, bold=bold)
    cell.alignment = align
    if box:
        cell.border = BOX
    if fill is not None:
        cell.fill = fill
    return cell


def merge(ws, rng, value, size=9, bold=False, align=L, box=False, fill=None):
    ws.merge_cells(rng)
    put(ws, rng.split(":")[0], value, size, bold, align, box, fill)
    for row in ws[rng]:
        for cell in row:
            if box:
                cell.border = BOX
            if fill is not None:
                cell.fill = fill


def col(n):
    return "ABCDEFGHIJKLMNOP"[n]


def setup(ws, landscape, widths, last_row):
    for i, w in enumerate(widths):
        ws.column_dimensions[col(i)].width = w
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    ws.print_area = f"A1:{col(len(widths) - 1)}{last_row}"


def fields(ws, start, rows, last):
    """Key-value form fields: label in A:B, value over C..last."""
    r = start
    for label, value, height in rows:
        merge(ws, f"A{r}:B{r}", label, 9, True, C, True, SHADE)
        merge(ws, f"C{r}:{last}{r}", value, 9, False, L, True)
        ws.row_dimensions[r].height = height
        r += 1
    return r


def save_stable(wb, path):
    wb.properties.creator = "forms352"
    wb.properties.lastModifiedBy = "forms352"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    buf = io.BytesIO()
    wb.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in sorted(src.infolist(), key=lambda i: i.filename):
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*<", rb"\g<1>" + STAMP + b"<", data)
                data = re.sub(rb"(<dcterms:created[^>]*>)[^<]*<", rb"\g<1>" + STAMP + b"<", data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 9, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            out.writestr(zi, data)


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


# ---------------------------------------------------------------- 稲敷市 (portrait)


def inashiki():
    wb = Workbook()
    ws = wb.active
    ws.title = "評価シート"
    last = "J"
    merge(ws, "A1:J1", "令和６年度　事務事業評価シート（令和５年度実施事業）", 14, True, C)
    ws.row_dimensions[1].height = 26
    merge(ws, "A2:J2", "稲敷市　令和6年8月作成", 9, False, R)
    r = fields(
        ws,
        3,
        [
            ("事業番号", "24", 16),
            ("事務事業名", "空き家バンク・移住定住促進事業", 16),
            ("担当課", "政策企画課", 16),
            (
                "総合計画上の\n位置づけ",
                "第2次稲敷市総合計画　重点プロジェクト（視点：産業・定住）",
                26,
            ),
            (
                "事業の概要",
                "令和4年4月1日に市全域が過疎地域に指定され、令和2年国勢調査の人口は39,039人となった。本事業では空き家バンクへの登録を促すとともに、市外から転入して住宅を取得する世帯に補助金（上限100万円、中学生以下の子がいる世帯は30万円を加算）を交付する。令和5年度の事業費は42,800千円。",
                54,
            ),
        ],
        last,
    )
    r += 1
    merge(ws, f"A{r}:J{r}", "３　活動指標・成果指標", 11, True, L)
    ws.row_dimensions[r].height = 20
    h1, h2 = r + 1, r + 2
    for c, text in (
        ("A", "区分"),
        ("B", "No."),
        ("C", "指標名"),
        ("D", "単位"),
        ("E", "基準値\n（H31.3末）"),
        ("I", "目標値\n（R5年度）"),
        ("J", "達成率"),
    ):
        merge(ws, f"{c}{h1}:{c}{h2}", text, 9, True, C, True, HEAD)
    merge(ws, f"F{h1}:H{h1}", "実績値", 9, True, C, True, HEAD)
    for c, text in (("F", "R3年度"), ("G", "R4年度"), ("H", "R5年度")):
        put(ws, f"{c}{h2}", text, 9, True, C, True, HEAD)
    rows = [
        ("1", "空き家バンク新規登録件数", "件", "12", "18", "21", "25", "24", "104.2%"),
        ("2", "移住・定住相談件数", "件", "延86", "延112", "延140", "延151", "延150", "100.7%"),
        ("3", "空き家バンク成約件数", "件", "5", "9", "11", "13", "15", "86.7%"),
        ("4", "住宅取得補助を活用した転入者数", "人", "―", "31", "46", "52", "60", "86.7%"),
    ]
    first = h2 + 1
    for i, row in enumerate(rows):
        rr = first + i
        for c, v in zip("BCDEFGHIJ", row):
            put(ws, f"{c}{rr}", v, 9, False, L if c == "C" else (C if c in "BD" else R), True)
        ws.row_dimensions[rr].height = 22
    merge(ws, f"A{first}:A{first + 1}", "活動指標", 9, True, C, True, SHADE)
    merge(ws, f"A{first + 2}:A{first + 3}", "成果指標", 9, True, C, True, SHADE)
    n = first + len(rows) + 1
    notes = [
        "※1　基準値は平成31年3月末現在（平成30年度末）の数値です。",
        "※2　「延」は延べ件数（同一世帯からの複数回の相談を含む）を表します。",
        "※3　No.4の住宅取得補助は令和3年度に創設したため、基準値はありません。",
        "※4　達成率＝R5年度実績÷目標値。",
    ]
    for i, note in enumerate(notes):
        merge(ws, f"A{n + i}:J{n + i}", note, 8, False, L)
    n += len(notes) + 1
    merge(ws, f"A{n}:J{n}", "４　評価", 11, True, L)
    merge(ws, f"A{n + 1}:B{n + 1}", "担当課評価", 9, True, C, True, SHADE)
    merge(
        ws,
        f"C{n + 1}:J{n + 1}",
        "B　概ね順調（成果指標は目標に届かないが、成約件数は基準値から着実に増加している）",
        9,
        False,
        L,
        True,
    )
    ws.row_dimensions[n + 1].height = 26
    setup(ws, False, [9, 5, 28, 6, 11, 9, 9, 9, 11, 8], n + 1)
    return wb


# ---------------------------------------------------------------- 行方市 (landscape)


def namegata():
    wb = Workbook()
    ws = wb.active
    ws.title = "KPI検証"
    last = "L"
    merge(ws, "A1:L1", "行方市総合戦略　重要業績評価指標（ＫＰＩ）最終検証シート", 14, True, C)
    ws.row_dimensions[1].height = 26
    merge(ws, "A2:L2", "令和2年9月　行方市", 9, False, R)
    r = fields(
        ws,
        3,
        [
            ("戦略の名称", "行方市総合戦略（行方市まち・ひと・しごと創生総合戦略）", 16),
            ("計画期間", "平成27年度～平成31年度（5年間）　※平成31年度は令和元年度", 16),
            ("担当課", "企画政策課", 16),
            (
                "市の概要",
                "本市は東の北浦と西の霞ヶ浦に挟まれた南北に長い市で、総面積222.48km²のうち湖沼面積が55.98km²を占める。基幹産業の農業では、甘藷の取組が平成29年度の農林水産祭で天皇杯を受賞し、海外への輸出も始まっている。",
                40,
            ),
        ],
        last,
    )
    r += 1
    merge(ws, f"A{r}:L{r}", "■基本目標１　農林水産業を核に、しごとをつくる", 11, True, L)
    ws.row_dimensions[r].height = 20
    h1, h2 = r + 1, r + 2
    for c, text in (
        ("A", "No."),
        ("B", "重要業績評価指標（KPI）"),
        ("D", "単位"),
        ("E", "基準値\n（H26）"),
        ("K", "目標値\n（H31）"),
        ("L", "評価"),
    ):
        if c == "B":
            merge(ws, f"B{h1}:C{h2}", text, 9, True, C, True, HEAD)
        else:
            merge(ws, f"{c}{h1}:{c}{h2}", text, 9, True, C, True, HEAD)
    merge(ws, f"F{h1}:J{h1}", "実績値", 9, True, C, True, HEAD)
    for c, text in zip("FGHIJ", ("H27", "H28", "H29", "H30", "R1")):
        put(ws, f"{c}{h2}", text, 9, True, C, True, HEAD)
    rows = [
        ("1", "甘藷の出荷量", "千t", "27.5", "28.1", "28.9", "30.4", "29.7", "31.2", "30.0", "A"),
        ("2", "新規就農者数", "人", "6", "7", "9", "8", "11", "10", "10", "A"),
        ("3", "農産物直売所の販売額", "億円", "3.8", "4.0", "4.1", "4.3", "4.2", "4.4", "5.0", "B"),
        ("4", "6次産業化による新商品の開発件数", "件", "―", "―", "―", "3", "5", "3", "5", "C"),
        (
            "5",
            "内水面漁業（霞ヶ浦・北浦）の就業者数",
            "人",
            "98",
            "95",
            "93",
            "90",
            "88",
            "85",
            "90",
            "B",
        ),
    ]
    first = h2 + 1
    for i, row in enumerate(rows):
        rr = first + i
        put(ws, f"A{rr}", row[0], 9, False, C, True)
        merge(ws, f"B{rr}:C{rr}", row[1], 9, False, L, True)
        for c, v in zip("DEFGHIJKL", row[2:]):
            put(ws, f"{c}{rr}", v, 9, False, C if c in "DL" else R, True)
        ws.row_dimensions[rr].height = 20
    n = first + len(rows) + 1
    notes = [
        "評価　A：目標値を達成　B：目標値の8割以上　C：目標値の8割未満",
        "※　目標値の年度は策定時（平成27年10月）の表記のまま「H31」としています（令和元年度と同じ年度です）。",
        "※　No.4は平成29年度から集計を開始したため、それ以前は「―」としています。",
        "※　交付金事業費の総額（H27～R1）：186,540千円",
    ]
    for i, note in enumerate(notes):
        merge(ws, f"A{n + i}:L{n + i}", note, 8, False, L)
    setup(ws, True, [6, 14, 22, 7, 10, 9, 9, 9, 9, 9, 10, 7], n + len(notes) - 1)
    return wb


# ---------------------------------------------------------------- 栃木市 (portrait)


def tochigi():
    wb = Workbook()
    ws = wb.active
    ws.title = "KPI進捗"
    last = "L"
    merge(
        ws,
        "A1:L1",
        "第２期「栃木市デジタル田園都市国家構想の実現に向けた\nまち・ひと・しごと創生総合戦略」　ＫＰＩ進捗状況（令和５年度実績）",
        12,
        True,
        C,
    )
    ws.row_dimensions[1].height = 36
    merge(ws, "A2:L2", "令和６年１０月　栃木市", 9, False, R)
    r = fields(
        ws,
        3,
        [
            ("計画期間", "令和2年度～令和6年度（5年間）　令和6年3月改訂", 16),
            ("担当課", "総合政策課", 16),
            (
                "市の概要",
                "平成22年3月に1市3町が新設合併し、平成23年10月に西方町、平成26年4月に岩舟町を編入した。面積は331.50km²、人口は159,295人（令和2年3月31日現在、住民基本台帳）。渡良瀬遊水地はラムサール条約登録湿地である。",
                40,
            ),
        ],
        last,
    )
    r += 1
    merge(ws, f"A{r}:L{r}", "基本目標２　栃木市への新しいひとの流れをつくる", 11, True, L)
    ws.row_dimensions[r].height = 20
    h1, h2 = r + 1, r + 2
    for c, text in (("A", "No."), ("B", "重要業績評価指標（KPI）"), ("C", "単位"), ("L", "備考")):
        merge(ws, f"{c}{h1}:{c}{h2}", text, 9, True, C, True, HEAD)
    merge(ws, f"D{h1}:E{h1}", "基準値", 9, True, C, True, HEAD)
    merge(ws, f"F{h1}:I{h1}", "実績値", 9, True, C, True, HEAD)
    merge(ws, f"J{h1}:K{h1}", "目標値", 9, True, C, True, HEAD)
    for c, text in zip("DEFGHIJK", ("年度", "値", "R2", "R3", "R4", "R5", "R5", "R6")):
        put(ws, f"{c}{h2}", text, 9, True, C, True, HEAD)
    rows = [
        (
            "1",
            "観光客入込数",
            "万人",
            "H30",
            "782.4",
            "402.1",
            "498.6",
            "611.3",
            "705.8",
            "700",
            "800",
            "",
        ),
        (
            "2",
            "ふるさと納税寄附額",
            "万円",
            "R元",
            "8,420",
            "12,350",
            "18,760",
            "24,110",
            "27,905",
            "25,000",
            "30,000",
            "",
        ),
        (
            "3",
            "移住相談窓口を通じた移住者数",
            "人",
            "R元",
            "１８",
            "２４",
            "３１",
            "２９",
            "４２",
            "４０",
            "５０",
            "",
        ),
        (
            "4",
            "渡良瀬遊水地エコツアー参加者数",
            "人",
            "H29",
            "1,150",
            "中止",
            "380",
            "920",
            "集計中",
            "1,300",
            "1,500",
            "R2はコロナ禍で中止。R5は集計中（R7.1公表予定）",
        ),
        (
            "5",
            "市外からの転入者数",
            "人",
            "R元",
            "4,812",
            "4,655",
            "4,903",
            "5,021",
            "4,987",
            "5,100",
            "5,200",
            "住民基本台帳",
        ),
    ]
    first = h2 + 1
    for i, row in enumerate(rows):
        rr = first + i
        for c, v in zip("ABCDEFGHIJKL", row):
            put(
                ws,
                f"{c}{rr}",
                v or None,
                9 if c != "L" else 8,
                False,
                L if c in "BL" else (C if c in "ACD" else R),
                True,
            )
        ws.row_dimensions[rr].height = 30
    n = first + len(rows) + 1
    notes = [
        "※　基準値は指標ごとに把握できる直近の年度の値とし、その年度を「年度」欄に記載しています。",
        "※　No.1の観光客入込数は栃木県観光客入込数・宿泊数推定調査による。",
    ]
    for i, note in enumerate(notes):
        merge(ws, f"A{n + i}:L{n + i}", note, 8, False, L)
    setup(ws, False, [5, 20, 6, 6, 8, 8, 8, 8, 8, 8, 8, 16], n + len(notes) - 1)
    return wb


# ---------------------------------------------------------------- 館林市 (HTML)

TATEBAYASHI = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>第6次館林市総合計画 前期基本計画 成果指標の進捗状況（令和6年度） - 館林市</title>
</head>
<body>
<header><p class="site">館林市</p></header>
<nav class="breadcrumb"><ol>
<li><a href="/">トップページ</a></li>
<li><a href="/shisei/">市政情報</a></li>
<li><a href="/shisei/keikaku/">計画・施策</a></li>
<li><a href="/shisei/keikaku/sogo/">総合計画</a></li>
<li>成果指標の進捗状況（令和6年度）</li>
</ol></nav>
<main>
<h1>第6次館林市総合計画 前期基本計画 成果指標の進捗状況（令和6年度）</h1>
<p class="date">更新日：2025年8月20日　担当：政策企画部 企画課</p>
<p>館林市は面積60.97km²、人口73,530人（2024年12月1日現在の推計人口）のまちです。第6次館林市総合計画の前期基本計画（令和3年度～令和7年度）では、施策ごとに成果指標を設け、毎年度その進捗を公表しています。</p>
<p>ここでは政策3の成果指標について、令和6年度までの実績をお知らせします。つつじが岡公園や茂林寺（分福茶釜の寺）など、地域の資源を活かした取組を進めています。</p>
<h2>政策3　地域の魅力を活かし、にぎわいを生み出すまち</h2>
<table border="1">
<thead>
<tr><th rowspan="2" scope="col">施策</th><th rowspan="2" scope="col">No.</th><th rowspan="2" scope="col">成果指標</th><th rowspan="2" scope="col">単位</th><th rowspan="2" scope="col">基準値<br>（R元）</th><th colspan="3" scope="colgroup">実績値</th><th rowspan="2" scope="col">目標値<br>（R7）</th></tr>
<tr><th scope="col">R4</th><th scope="col">R5</th><th scope="col">R6</th></tr>
</thead>
<tbody>
<tr><th rowspan="3" scope="rowgroup">3-1　観光の振興</th><td>1</td><td>つつじが岡公園の入園者数（つつじまつり期間）※1</td><td>人</td><td>18万6千</td><td>121,400</td><td>158,200</td><td>163,050</td><td>200,000</td></tr>
<tr><td>2</td><td>茂林寺周辺の観光客数</td><td>人</td><td>52,300<br>（H30）※2</td><td>38,900</td><td>44,100</td><td>49,800</td><td>55,000</td></tr>
<tr><td>3</td><td>観光ボランティアガイドの案内件数</td><td>件</td><td>210</td><td>165</td><td>232</td><td>248</td><td>250</td></tr>
<tr><th rowspan="2" scope="rowgroup">3-2　農業・商工業の振興</th><td>4</td><td>小麦の作付面積</td><td>ha</td><td>1,482</td><td>1,455</td><td>1,470</td><td>1,501</td><td>1,500</td></tr>
<tr><td>5</td><td>創業支援による創業件数</td><td>件</td><td>9</td><td>12</td><td>11</td><td>14</td><td>15</td></tr>
</tbody>
</table>
<p class="note">※1　つつじまつり期間（4月上旬～5月上旬）の有料入園者数です。</p>
<p class="note">※2　茂林寺周辺の観光客数は令和元年度に調査を行っていないため、基準値には平成30年度の数値を用いています。</p>
<p class="contact">このページに関するお問い合わせ：政策企画部 企画課　電話：0276-72-4111</p>
</main>
</body>
</html>
"""


def main():
    no_pdf = "--no-pdf" in sys.argv
    SOURCE.mkdir(exist_ok=True)
    for stem, make in (
        ("inashiki_jimujigyo_hyoka_r5", inashiki),
        ("namegata_senryaku_kpi_kensho_r1", namegata),
        ("tochigi_kpi_shinchoku_r5", tochigi),
    ):
        xlsx = SOURCE / f"{stem}.xlsx"
        save_stable(make(), xlsx)
        if not no_pdf:
            to_pdf(xlsx)
    (HERE / "tatebayashi_seika_shihyo_r6.html").write_bytes(TATEBAYASHI.encode("utf-8"))


if __name__ == "__main__":
    main()
