"""Build the forms349 corpus: two one-page A4 PDFs (from XLSX sources in source/), one HTML page and one CSV.

Documents (re-typed forms, see README.md):
  tsuchiura_seika_shihyo_r6.csv          土浦市 第9次総合計画 前期基本計画 リーディングプロジェクト成果指標 (open-data CSV)
  midori_seika_shihyo_r6.html            みどり市 第2次総合計画 後期基本計画 成果指標の進捗状況
  higashimatsuyama_shihyo_suii_r6.pdf    東松山市 第五次総合計画 後期基本計画 指標の推移 (landscape)
  mobara_kpi_kensho_r5.pdf               茂原市 第2期総合戦略 KPI検証シート (portrait)

Usage: /work/venv/bin/python build.py [--no-pdf]
"""

# ruff: noqa: E501, B905

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
SOURCE = HERE / "source"
FIXED = datetime.datetime(2025, 9, 1, 9, 0, 0)
FONT = "IPAexGothic"
THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
SHADE = PatternFill("solid", fgColor="DDE6F0")
GREY = PatternFill("solid", fgColor="BFBFBF")
WRAP_C = Alignment(horizontal="center", vertical="center", wrap_text=True)
WRAP_L = Alignment(horizontal="left", vertical="center", wrap_text=True)
WRAP_R = Alignment(horizontal="right", vertical="center", wrap_text=True)


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
    put(ws, rng.split(":")[0], value, size, bold, align, box, fill)
    if box or fill is not None:
        for row in ws[rng]:
            for cell in row:
                if box:
                    cell.border = BOX
                if fill is not None:
                    cell.fill = fill


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
    wb.properties.creator = "forms349"
    wb.properties.lastModifiedBy = "forms349"
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
                    rb"<dcterms:modified\1>2025-09-01T09:00:00Z<",
                    data,
                )
                data = re.sub(
                    rb"<dcterms:created([^>]*)>[^<]*<",
                    rb"<dcterms:created\1>2025-09-01T09:00:00Z<",
                    data,
                )
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 9, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            out.writestr(zi, data)


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
            capture_output=True,
        )
        shutil.copy(Path(tmp) / (xlsx.stem + ".pdf"), outdir / (xlsx.stem + ".pdf"))


def form_rows(ws, start, fields, last_col, label_cols="A:B"):
    """Key-value form fields: label merged over label_cols, value over the rest."""
    a, b = label_cols.split(":")
    first_value = chr(ord(b) + 1)
    row = start
    for label, value, height in fields:
        merge(ws, f"{a}{row}:{b}{row}", label, 9, True, WRAP_C, True, SHADE)
        merge(ws, f"{first_value}{row}:{last_col}{row}", value, 9, False, WRAP_L, True)
        ws.row_dimensions[row].height = height
        row += 1
    return row


# ---------------------------------------------------------------- 東松山市

HM_ROWS = [
    # (No., name, unit, [目標 R2..R7], [実績 R2..R7])
    (
        "1",
        "日本スリーデーマーチの参加者数（延べ）※1",
        "人",
        [None, "60,000", "60,000", "65,000", "70,000", "75,000"],
        ["中止", "中止", "38,210", "52,640", "61,380", None],
    ),
    (
        "2",
        "合計特殊出生率※2",
        "―",
        [None, "1.30", "1.32", "1.34", "1.36", "1.38"],
        ["1.21", "1.18", "1.13", "1.10", None, None],
    ),
    (
        "3",
        "市内への企業立地件数（累計）※3",
        "件",
        [None, "3", "6", "9", "12", "15"],
        ["―", "2", "5", "9", "13", None],
    ),
    (
        "4",
        "市税の収納率（現年度分）",
        "％",
        [None, "99.00", "99.10", "99.20", "99.30", "99.40"],
        ["98.95", "99.08", "99.21", "99.27", "99.30", None],
    ),
]


def build_higashimatsuyama(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "指標の推移"
    last = "J"
    merge(
        ws,
        "A1:J1",
        "第五次東松山市総合計画 後期基本計画　リーディングプロジェクト 指標の推移（令和６年度）",
        14,
        True,
        WRAP_C,
    )
    ws.row_dimensions[1].height = 26
    merge(ws, "G2:J2", "令和7年8月　東松山市 総合政策部 企画政策課", 9, False, WRAP_R)
    fields = [
        ("計画の名称", "第五次東松山市総合計画 後期基本計画", 18),
        (
            "計画期間",
            "後期基本計画　令和3年度～令和7年度（5年間）／基本構想　平成28年度～令和7年度（10年間）",
            18,
        ),
        ("将来像", "住みたい、働きたい、訪れたい 元気と希望に出会えるまち 東松山", 18),
        ("担当課", "企画政策課", 18),
        (
            "市の概要",
            "面積65.35km²、人口92,759人（2024年12月1日推計）。平成7（1995）年の93,342人をピークに人口は減少局面に入ったが、池袋まで東武東上線で最短44分の立地を活かし、9万人台を保っている。毎年11月の日本スリーデーマーチはアジア最大規模の国際ウォーキング大会である。",
            40,
        ),
    ]
    row = form_rows(ws, 4, fields, last)
    row += 1
    merge(ws, f"A{row}:{last}{row}", "２　リーディングプロジェクトの指標の推移", 11, True, WRAP_L)
    ws.row_dimensions[row].height = 20
    row += 1
    heads = ["No.", "指標名", "単位", "区分", "R2\n（前期最終）", "R3", "R4", "R5", "R6", "R7"]
    for i, text in enumerate(heads):
        put(ws, f"{chr(65 + i)}{row}", text, 9, True, WRAP_C, True, SHADE)
    ws.row_dimensions[row].height = 30
    row += 1
    for no, name, unit, targets, actuals in HM_ROWS:
        merge(ws, f"A{row}:A{row + 1}", no, 9, False, WRAP_C, True)
        merge(ws, f"B{row}:B{row + 1}", name, 9, False, WRAP_L, True)
        merge(ws, f"C{row}:C{row + 1}", unit, 9, False, WRAP_C, True)
        for r, word, values in ((row, "目標", targets), (row + 1, "実績", actuals)):
            put(ws, f"D{r}", word, 9, False, WRAP_C, True)
            for j, v in enumerate(values):
                ref = f"{chr(69 + j)}{r}"
                fill = GREY if (word == "目標" and j == 0) else None
                put(ws, ref, v, 9, False, WRAP_R, True, fill)
            ws.row_dimensions[r].height = 18
        row += 2
    notes = [
        "※1　令和2年度・令和3年度は新型コロナウイルス感染症の影響により大会を中止した。",
        "※2　合計特殊出生率は埼玉県の人口動態統計による。R6の実績は令和7年秋の公表予定のため空欄とした。",
        "※3　累計は令和3年度からの件数。R2（前期最終）は前期基本計画では指標としていないため「―」とした。",
        "R2（前期最終）の欄は前期基本計画の最終年度の実績、網掛けは目標を設定していない欄。R7の実績は次年度に記載する。",
    ]
    row += 0
    for text in notes:
        merge(ws, f"A{row}:{last}{row}", text, 8, False, WRAP_L)
        ws.row_dimensions[row].height = 14
        row += 1
    setup(ws, True, [5, 36, 6, 6, 12, 11, 11, 11, 11, 11], row - 1, last)
    save_stable(wb, path)


# ---------------------------------------------------------------- 茂原市

MB_ROWS = [
    # No., name, unit, baseline, R2..R5, target, 備考
    (
        "1",
        "移住相談窓口での相談件数",
        "件",
        "42",
        "38",
        "55",
        "71",
        "86",
        "100",
        "オンライン相談（R3開始）を含む",
    ),
    (
        "2",
        "茂原七夕まつりの来場者数",
        "万人",
        "約82",
        "中止",
        "中止",
        "約55",
        "約78",
        "85",
        "1955年開始。R2・R3は中止",
    ),
    ("3", "社会増減数", "人", "△126", "△88", "12", "105", "214", "100", "△は転出超過"),
    (
        "4",
        "市の移住支援制度を利用した転入者数",
        "人",
        "8",
        "11",
        "17",
        "２４",
        "３１",
        "40",
        "転入者数は世帯員を含む",
    ),
    (
        "5",
        "茂原公園さくらまつり期間中の観光客数",
        "千人",
        "185.0",
        "42.3",
        "96.8",
        "151.2",
        "173.6",
        "200.0",
        "3月下旬～4月上旬の集計",
    ),
]


def build_mobara(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "KPI検証"
    last = "J"
    merge(
        ws,
        "A1:J1",
        "第２期茂原市まち・ひと・しごと創生総合戦略\nＫＰＩ検証シート（令和５年度実績）",
        13,
        True,
        WRAP_C,
    )
    ws.row_dimensions[1].height = 40
    merge(ws, "F2:J2", "令和6年9月　茂原市 企画政策課", 9, False, WRAP_R)
    fields = [
        ("戦略の名称", "第２期茂原市まち・ひと・しごと創生総合戦略", 18),
        ("計画期間", "令和2年度～令和6年度（5年間）", 18),
        ("担当課", "企画政策課", 18),
        (
            "市の現状",
            "本市の人口は2002年10月の95,356人をピークに減少し、2021年4月1日には88,073人となった。国立社会保障・人口問題研究所の推計では2060年に53,402人まで減少する。面積は99.92km²で、天然ガスとヨウ素の産出で知られる。1955年に始まった茂原七夕まつりは関東有数の夏祭りである。",
            52,
        ),
    ]
    row = form_rows(ws, 4, fields, last)
    row += 1
    merge(
        ws, f"A{row}:{last}{row}", "■基本目標２　茂原への新しい人の流れをつくる", 11, True, WRAP_L
    )
    ws.row_dimensions[row].height = 20
    row += 1
    top = row
    for ref, text in (
        ("A", "No."),
        ("B", "重要業績評価指標（KPI）"),
        ("C", "単位"),
        ("D", "基準値\n（R元）"),
        ("I", "目標値\n（最終年度）"),
        ("J", "備考"),
    ):
        merge(ws, f"{ref}{top}:{ref}{top + 1}", text, 9, True, WRAP_C, True, SHADE)
    merge(ws, f"E{top}:H{top}", "実績値", 9, True, WRAP_C, True, SHADE)
    for ref, text in zip("EFGH", ["令和２年度", "令和３年度", "令和４年度", "令和５年度"]):
        put(ws, f"{ref}{top + 1}", text, 9, True, WRAP_C, True, SHADE)
    ws.row_dimensions[top].height = 18
    ws.row_dimensions[top + 1].height = 28
    row = top + 2
    for values in MB_ROWS:
        for ref, v in zip("ABCDEFGHIJ", values):
            align = WRAP_L if ref in "BJ" else (WRAP_C if ref in "AC" else WRAP_R)
            put(ws, f"{ref}{row}", v, 9, False, align, True)
        ws.row_dimensions[row].height = 30
        row += 1
    notes = [
        "・「△」はマイナス（転出超過）を表す。",
        "・茂原七夕まつりの令和２年度・令和３年度は新型コロナウイルス感染症の影響により中止。",
    ]
    for text in notes:
        merge(ws, f"A{row}:{last}{row}", text, 8, False, WRAP_L)
        ws.row_dimensions[row].height = 14
        row += 1
    setup(ws, False, [5, 26, 6, 8, 9, 9, 9, 9, 9, 17], row - 1, last)
    save_stable(wb, path)


# ---------------------------------------------------------------- 土浦市 (CSV)

TS_LINES = [
    [
        "タイトル",
        "第9次土浦市総合計画 前期基本計画 リーディングプロジェクト成果指標の実績（令和6年度）",
    ],
    [
        "計画期間",
        "令和4年度～令和8年度（前期基本計画）　※基本構想は令和4（2022）年度～令和13（2031）年度の10年間",
    ],
    ["将来像", "夢のある、元気のある土浦"],
    ["担当課", "政策企画課"],
    [
        "市の概要",
        "平成18年2月20日に新治村と合併し、霞ヶ浦の西岸に広がる市。合併直後の平成18年3月の人口は143,789人。霞ヶ浦沿岸はれんこんの産地。総合計画では4つのリーディングプロジェクトと8つの基本目標を定めている。",
    ],
    ["公開日", "2025-09-30"],
    [],
    ["リーディングプロジェクト２　地域の宝を活かし、にぎわいをつくる"],
    [
        "全国地方公共団体コード",
        "地方公共団体名",
        "指標ID",
        "成果指標",
        "単位",
        "基準値（R2年度）",
        "R4年度実績",
        "R5年度実績",
        "R6年度実績",
        "R6年度目標",
        "中間目標値（R8年度）",
        "目標値（R13年度）",
        "備考",
    ],
    [
        "082031",
        "茨城県土浦市",
        "LP2-01",
        "れんこんの作付面積",
        "ha",
        "498",
        "492",
        "489",
        "485",
        "495",
        "500",
        "500",
        "",
    ],
    [
        "082031",
        "茨城県土浦市",
        "LP2-02",
        "観光入込客数",
        "千人",
        "2,104.6",
        "2,950.1",
        "3,604.8",
        "3,921.0",
        "3,800.0",
        "4,000.0",
        "4,500.0",
        "暦年（1月～12月）の集計。各欄の年度は暦年に読み替える（例：R4年度実績＝令和4年1月～12月）",
    ],
    [
        "082031",
        "茨城県土浦市",
        "LP2-03",
        "土浦全国花火競技大会の観覧者数",
        "万人",
        "―",
        "75",
        "75",
        "約77",
        "78",
        "80",
        "80",
        "R2年度は新型コロナウイルス感染症の影響により中止",
    ],
    [
        "082031",
        "茨城県土浦市",
        "LP2-04",
        "霞ヶ浦総合公園の利用者数",
        "人",
        "１１８，２００",
        "１２１，０５０",
        "１２６，３００",
        "１３０，８８０",
        "１３０，０００",
        "１３５，０００",
        "１５０，０００",
        "",
    ],
    [
        "082031",
        "茨城県土浦市",
        "LP2-05",
        "つくば霞ヶ浦りんりんロードの市内区間利用者数",
        "人",
        "延べ52,300",
        "延べ61,800",
        "延べ66,450",
        "延べ70,120",
        "70,000",
        "75,000",
        "90,000",
        "自転車通行量計測器（市内2か所）の年度合計",
    ],
    [
        "注記",
        "全国地方公共団体コード・地方公共団体名は全国共通のデータ項目。指標IDは総合計画の指標番号。",
    ],
]


def build_tsuchiura(path):
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    for line in TS_LINES:
        writer.writerow(line)
    path.write_bytes(b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8"))


# ---------------------------------------------------------------- みどり市 (HTML)

HTML = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>第2次みどり市総合計画 後期基本計画 成果指標の進捗状況（令和6年度） | みどり市</title>
</head>
<body>
<header><p class="site-name">みどり市</p></header>
<nav class="breadcrumb" aria-label="現在位置">
<ol>
<li><a href="/">ホーム</a></li>
<li><a href="/shisei/">市政情報</a></li>
<li><a href="/shisei/keikaku/">計画・施策</a></li>
<li><a href="/shisei/keikaku/sogo/">第2次みどり市総合計画</a></li>
<li>成果指標の進捗状況（令和6年度）</li>
</ol>
</nav>
<main>
<h1>第2次みどり市総合計画 後期基本計画 成果指標の進捗状況（令和6年度）</h1>
<p class="date">更新日：2025年9月12日　担当：企画課 企画政策係</p>
<p>みどり市は、平成18（2006）年3月に笠懸町・大間々町・東村の2町1村が合併して誕生した市で、市域の約8割を森林が占めています。合併前の平成17（2005）年に52,115人だった人口は減少に転じており、第2次総合計画では令和9（2027）年の人口を49,600人と想定しています。</p>
<p>後期基本計画（令和5年度～令和9年度）では、8つの基本政策のもとに施策と基本事業を定め、基本事業ごとに成果指標と活動指標を設けています。令和6年度の進捗は次のとおりです。</p>
<h2>基本政策４　地域の魅力を活かした産業と観光のまち</h2>
<table class="table01">
<thead>
<tr>
<th rowspan="2" scope="col">基本事業</th>
<th rowspan="2" scope="col">指標名</th>
<th rowspan="2" scope="col">種類</th>
<th rowspan="2" scope="col">単位</th>
<th rowspan="2" scope="col">基準値<br>（R3）</th>
<th scope="col">令和5年度</th>
<th colspan="2" scope="col">令和6年度</th>
<th rowspan="2" scope="col">目標値<br>（R9）</th>
</tr>
<tr>
<th scope="col">実績</th>
<th scope="col">目標</th>
<th scope="col">実績</th>
</tr>
</thead>
<tbody>
<tr>
<th rowspan="2" scope="rowgroup">(1) 観光資源の活用</th>
<td>草木湖周辺の観光入込客数</td>
<td>成果</td>
<td>人</td>
<td>152,300</td>
<td>198,400</td>
<td>205,000</td>
<td>21.3万</td>
<td>250,000</td>
</tr>
<tr>
<td>観光案内所での案内件数</td>
<td>活動</td>
<td>件</td>
<td>3,820</td>
<td>4,105</td>
<td>4,300</td>
<td>4,012</td>
<td>5,000</td>
</tr>
<tr>
<th rowspan="3" scope="rowgroup">(2) 移住・定住の促進</th>
<td>移住相談件数</td>
<td>活動</td>
<td>件</td>
<td>64</td>
<td>88</td>
<td>90</td>
<td>97</td>
<td>120</td>
</tr>
<tr>
<td>市の支援制度を利用した移住者数</td>
<td>成果</td>
<td>人</td>
<td>21</td>
<td>35</td>
<td>40</td>
<td>38</td>
<td>60</td>
</tr>
<tr>
<td>空き家バンクの成約件数（累計）</td>
<td>成果</td>
<td>件</td>
<td>12</td>
<td>31</td>
<td>40</td>
<td>42</td>
<td>70</td>
</tr>
</tbody>
</table>
<p class="note">※「種類」欄の「成果」は成果指標、「活動」は活動指標を表します。</p>
<p class="note">※空き家バンクの成約件数は平成30年度からの累計です。</p>
</main>
<footer><p>みどり市役所　〒379-2395 群馬県みどり市笠懸町鹿2952番地</p></footer>
</body>
</html>
"""


def main():
    no_pdf = "--no-pdf" in sys.argv[1:]
    SOURCE.mkdir(exist_ok=True)
    builders = {
        "higashimatsuyama_shihyo_suii_r6": build_higashimatsuyama,
        "mobara_kpi_kensho_r5": build_mobara,
    }
    for stem, fn in builders.items():
        xlsx = SOURCE / f"{stem}.xlsx"
        fn(xlsx)
        if not no_pdf:
            to_pdf(xlsx, HERE)
    build_tsuchiura(HERE / "tsuchiura_seika_shihyo_r6.csv")
    (HERE / "midori_seika_shihyo_r6.html").write_bytes(HTML.encode("utf-8"))


if __name__ == "__main__":
    main()
