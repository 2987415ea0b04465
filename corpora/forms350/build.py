"""Build the forms350 corpus: two one-page A4 PDFs (from XLSX sources in source/), one HTML page and one CSV.

Documents (re-typed forms, see README.md):
  nogata_kpi_kensho_r5.pdf        直方市 第2期まち・ひと・しごと創生総合戦略 KPI効果検証シート (portrait)
  kikuchi_seika_shihyo_r5.pdf     菊池市 第3次総合計画 前期基本計画 成果指標の進捗状況 (landscape)
  saikai_kpi_jisseki_2024.csv     西海市 第2期総合戦略 KPIの実績 (open-data CSV, years down)
  kanzaki_kpi_tassei_r6.html      神埼市 まち・ひと・しごと創生推進計画 KPIの達成状況

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
    wb.properties.creator = "forms350"
    wb.properties.lastModifiedBy = "forms350"
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


# ---------------------------------------------------------------- 直方市 (portrait)

NG_ROWS = [
    # No., KPI, 単位, 基準値, R3, R4, R5, R5目標, R7目標, 備考 (None = blank cell)
    (
        "1",
        "遠賀川河川敷イベントの来場者数",
        "千人",
        "85",
        "12",
        "48",
        "91",
        "80",
        "100",
        "R3は花火大会中止。R5検証で目標値を下方修正（当初120）",
    ),
    (
        "2",
        "福智山登山口駐車場の利用台数",
        "台",
        "18,200",
        "19,050",
        "20,310",
        "21,480",
        "21,000",
        "22,000",
        "",
    ),
    ("3", "移住相談窓口を経た転入者数", "人", "6", "9", "14", "11", "12", "15", ""),
    (
        "4",
        "直方市観光ＳＮＳのフォロワー数",
        "人",
        "―",
        None,
        "２，４１０",
        "３，８９０",
        "３，５００",
        "５，０００",
        "R4から指標に追加",
    ),
]


def build_nogata(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "KPI効果検証"
    widths = [5, 30, 7, 10, 9, 9, 9, 9, 10, 22]
    merge(
        ws,
        "A1:J1",
        "第2期直方市まち・ひと・しごと創生総合戦略　ＫＰＩ効果検証シート（令和５年度実績）",
        13,
        True,
        WRAP_C,
    )
    ws.row_dimensions[1].height = 30
    merge(ws, "A2:J2", "令和6年9月　直方市 総合政策部 政策推進課", 9, False, WRAP_R)
    fields = [
        ("戦略の名称", "第2期直方市まち・ひと・しごと創生総合戦略", 20),
        ("計画期間", "令和3年度～令和7年度（5年間）", 20),
        ("担当課", "政策推進課", 20),
        (
            "市の現状",
            "本市の人口は1985年の64,479人をピークに減少に転じ、住民基本台帳によると2021年4月には56,153人となっている。"
            "国立社会保障・人口問題研究所の推計では2045年には46,366人まで減少すると見込まれており、"
            "福智山や遠賀川河川敷など身近な自然と地域資源を生かして、市外からの人の流れをつくることが課題である。",
            54,
        ),
    ]
    row = form_rows(ws, 4, fields, "J")
    row += 1
    merge(ws, f"A{row}:J{row}", "■基本目標２　直方への新しいひとの流れをつくる", 11, True, WRAP_L)
    ws.row_dimensions[row].height = 22
    h1, h2 = row + 1, row + 2
    for col, text in zip("ABCD", ["No.", "重要業績評価指標（KPI）", "単位", "基準値\n（R元）"]):
        merge(ws, f"{col}{h1}:{col}{h2}", text, 9, True, WRAP_C, True, SHADE)
    merge(ws, f"E{h1}:G{h1}", "実績値", 9, True, WRAP_C, True, SHADE)
    for col, text in zip("EFG", ["R3", "R4", "R5"]):
        put(ws, f"{col}{h2}", text, 9, True, WRAP_C, True, SHADE)
    for col, text in zip("HIJ", ["R5目標", "目標値\n（R7）", "備考"]):
        merge(ws, f"{col}{h1}:{col}{h2}", text, 9, True, WRAP_C, True, SHADE)
    ws.row_dimensions[h1].height = 18
    ws.row_dimensions[h2].height = 18
    r = h2 + 1
    for values in NG_ROWS:
        for col, v in zip("ABCDEFGHIJ", values):
            align = WRAP_C if col in "AC" else (WRAP_L if col in "BJ" else WRAP_R)
            put(ws, f"{col}{r}", v, 9, False, align, True, GREY if v is None else None)
        ws.row_dimensions[r].height = 30
        r += 1
    notes = [
        "※単位が「千人」の指標は、千人未満を四捨五入して記載しています。",
        "※No.4は令和4年度の効果検証で追加した指標のため、基準値及び令和3年度の実績はありません。",
        "※網掛けの欄は該当なし。",
    ]
    for note in notes:
        merge(ws, f"A{r}:J{r}", note, 8, False, WRAP_L)
        r += 1
    setup(ws, False, widths, r - 1, "J")
    save_stable(wb, path)


# ---------------------------------------------------------------- 菊池市 (landscape)

KK_GROUPS = [
    (
        "3-1\n農業の振興",
        [
            ("1", "認定農業者数", "経営体", "842", "828", "850", "836", "860"),
            (
                "2",
                "主要園芸品目（水田ごぼう・メロン・イチゴ）の出荷額",
                "百万円",
                "3,140",
                "3,295",
                "3,300",
                "3,412",
                "3,500",
            ),
        ],
    ),
    (
        "3-2\n観光の振興",
        [
            (
                "3",
                "菊池渓谷の入込客数",
                "人",
                "約35万（R元）※1",
                "約24万",
                "約30万",
                "約32万",
                "約36万",
            ),
            ("4", "菊池温泉の宿泊者数", "千人", "168", "142", "170", "175", "185"),
        ],
    ),
    (
        "3-3\n商工業の振興",
        [
            ("5", "市内での創業・第二創業の件数", "件", "11", "14", "15", "13", "15"),
        ],
    ),
]


def build_kikuchi(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "成果指標"
    widths = [14, 5, 40, 8, 18, 11, 11, 11, 12]
    merge(
        ws,
        "A1:I1",
        "第３次菊池市総合計画 前期基本計画　成果指標の進捗状況（令和５年度）",
        14,
        True,
        WRAP_C,
    )
    ws.row_dimensions[1].height = 28
    merge(ws, "A2:I2", "令和6年8月　菊池市 政策企画部 企画振興課", 9, False, WRAP_R)
    fields = [
        (
            "計画の名称",
            "第3次菊池市総合計画　将来像「人と自然が調和し 希望と活力に満ちた『癒しの里』きくち」",
            20,
        ),
        (
            "計画期間",
            "基本構想　令和4年度～令和11年度（8年間）／前期基本計画　令和4年度～令和7年度（4年間）",
            20,
        ),
        ("政策分野", "3　産業・経済　～農業と観光を両輪とした活力あるまち～", 20),
        ("担当課", "企画振興課", 20),
        (
            "市の概要",
            "2005年3月22日に菊池市・七城町・旭志村・泗水町の1市2町1村が合併して誕生。面積276.85km²、人口46,684人（2024年6月30日推計）。"
            "日本名水百選の菊池渓谷には、毎年4月の山開き以後30～40万人が訪れる。",
            40,
        ),
    ]
    row = form_rows(ws, 4, fields, "I", "A:B")
    row += 1
    merge(ws, f"A{row}:I{row}", "２　成果指標の進捗状況", 11, True, WRAP_L)
    ws.row_dimensions[row].height = 22
    h = row + 1
    heads = [
        "施策",
        "No.",
        "成果指標",
        "単位",
        "基準値（R2）",
        "R4実績",
        "R5目標",
        "R5実績",
        "目標値（R7）",
    ]
    for col, text in zip("ABCDEFGHI", heads):
        put(ws, f"{col}{h}", text, 9, True, WRAP_C, True, SHADE)
    ws.row_dimensions[h].height = 22
    r = h + 1
    for shisaku, rows in KK_GROUPS:
        first = r
        for values in rows:
            for col, v in zip("BCDEFGHI", values):
                align = WRAP_C if col in "BD" else (WRAP_L if col == "C" else WRAP_R)
                put(ws, f"{col}{r}", v, 9, False, align, True)
            ws.row_dimensions[r].height = 26
            r += 1
        if r - first > 1:
            merge(ws, f"A{first}:A{r - 1}", shisaku, 9, False, WRAP_C, True)
        else:
            put(ws, f"A{first}", shisaku, 9, False, WRAP_C, True)
    notes = [
        "※1　令和2年度は新型コロナウイルス感染症の影響により菊池渓谷を閉鎖した期間があるため、No.3の基準値は令和元年度の値としています。",
        "※単位が「百万円」「千人」の指標は、それぞれ百万円未満・千人未満を四捨五入しています。",
    ]
    for note in notes:
        merge(ws, f"A{r}:I{r}", note, 8, False, WRAP_L)
        r += 1
    setup(ws, True, widths, r - 1, "I")
    save_stable(wb, path)


# ---------------------------------------------------------------- 西海市 (CSV)

SK_LINES = [
    [
        "タイトル",
        "第2期西海市まち・ひと・しごと創生総合戦略 重要業績評価指標（KPI）の実績（2024年度）",
    ],
    ["計画期間", "令和2年度～令和6年度（5年間）"],
    ["将来像", "活躍のまち さいかい"],
    ["担当課", "政策企画課"],
    [
        "市の概要",
        "平成17年4月1日に西彼町・西海町・大島町・崎戸町・大瀬戸町の5町が合併して誕生。面積約241km²。人口は2015年国勢調査で28,691人、住民基本台帳では2020年3月31日時点で27,326人。",
    ],
    ["公開日", "2025-09-30"],
    [],
    ["基本目標1　安定した雇用の創出"],
    [
        "注記",
        "指標ごとに列を設け、年度ごとに行を設けています。年度は4月から翌年3月まで。単位は各列見出しの括弧内のとおり。",
    ],
    [
        "年度",
        "区分",
        "①温州みかんの出荷量（t）",
        "②西海ブランド認定品数（品目）",
        "③市内での新規創業件数（件）",
        "④ふるさと納税寄附額（百万円）",
        "⑤市内事業所の新規雇用者数（人）",
    ],
    ["2019年度", "基準値", "1,820", "24", "5", "312.5", "86"],
    ["2020年度", "実績値", "1,905", "26", "4", "480.2", "71"],
    ["2021年度", "実績値", "1,760", "29", "7", "655.0", "－"],
    ["2022年度", "実績値", "1,688", "31", "6", "701.3", "90"],
    ["2023年度", "実績値", "1,742", "33", "9", "698.8", "94"],
    ["2024年度", "実績値", "1,590", "35", "8", "742.6", ""],
    ["2024年度", "目標値", "2,000", "35", "10", "500.0", "100"],
    [
        "注記",
        "⑤の2021年度は調査を実施していません。2024年度は集計中（2025年12月公表予定）のため空欄です。",
    ],
]


def build_saikai(path):
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    for line in SK_LINES:
        writer.writerow(line)
    path.write_bytes(b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8"))


# ---------------------------------------------------------------- 神埼市 (HTML)

KZ_ROWS = [
    ("出生数", "221", "198", "230", "187"),
    ("子育て支援センターの利用者数", "延べ9,850", "延べ10,420", "延べ11,000", "延べ11,630"),
    ("地域子育て応援ひろばに参加した世帯数（世帯）", "35", "42", "50", "48（うち市外から12）"),
    ("放課後児童クラブの待機児童数", "14", "3", "0", "0"),
]


def kanzaki_html():
    rows = []
    for name, *cells in KZ_ROWS:
        tds = "".join(f"<td>{c}</td>" for c in cells)
        rows.append(f'<tr>\n<th scope="row">{name}</th>{tds}\n</tr>')
    body = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>神埼市まち・ひと・しごと創生推進計画 重要業績評価指標（KPI）の達成状況（令和6年度） | 神埼市</title>
</head>
<body>
<header><p class="site-name">佐賀県神埼市</p></header>
<nav class="breadcrumb" aria-label="現在位置">
<ol>
<li><a href="/">ホーム</a></li>
<li><a href="/shisei/">市政情報</a></li>
<li><a href="/shisei/keikaku/">計画・施策</a></li>
<li><a href="/shisei/keikaku/sousei/">まち・ひと・しごと創生</a></li>
<li>重要業績評価指標（KPI）の達成状況（令和6年度）</li>
</ol>
</nav>
<main>
<h1>神埼市まち・ひと・しごと創生推進計画 重要業績評価指標（KPI）の達成状況（令和6年度）</h1>
<p class="date">更新日：2025年9月19日　担当：企画課 企画係</p>
<p>神埼市は佐賀県の東部に位置し、北部は脊振山を最高峰とする山間地域、南部は城原川・田手川が潤す佐賀平野の穀倉地帯です。面積は125.13km²、人口は30,792人で、市内には吉野ヶ里遺跡や国の名勝九年庵があります。</p>
<p>本市では、地域再生計画「神埼市まち・ひと・しごと創生推進計画」（計画期間：令和2年度～令和6年度）に掲げた重要業績評価指標（KPI）について、毎年度、達成状況を取りまとめています。</p>
<h2>基本目標3　子育ての喜びや子どもたちの未来が輝くまち神埼</h2>
<table class="table01">
<caption>（単位：人）</caption>
<thead>
<tr>
<th scope="col">重要業績評価指標（KPI）</th>
<th scope="col">基準値<br>（H30年度）</th>
<th scope="col">令和５年度<br>実績</th>
<th scope="col">令和６年度<br>目標</th>
<th scope="col">令和６年度<br>実績</th>
</tr>
</thead>
<tbody>
{body}
</tbody>
</table>
<p class="note">※単位は表の上に記載のとおり「人」です。ただし、単位を指標名の末尾に括弧書きしたものはその単位によります。</p>
<p class="note">※地域子育て応援ひろばの令和6年度実績の括弧内は、参加世帯のうち市外から参加した世帯の数（内数）です。</p>
</main>
<footer><p>神埼市役所　佐賀県神埼市</p></footer>
</body>
</html>
"""


def main():
    no_pdf = "--no-pdf" in sys.argv[1:]
    SOURCE.mkdir(exist_ok=True)
    builders = {
        "nogata_kpi_kensho_r5": build_nogata,
        "kikuchi_seika_shihyo_r5": build_kikuchi,
    }
    for stem, fn in builders.items():
        xlsx = SOURCE / f"{stem}.xlsx"
        fn(xlsx)
        if not no_pdf:
            to_pdf(xlsx, HERE)
    build_saikai(HERE / "saikai_kpi_jisseki_2024.csv")
    (HERE / "kanzaki_kpi_tassei_r6.html").write_bytes(kanzaki_html().encode("utf-8"))


if __name__ == "__main__":
    main()
