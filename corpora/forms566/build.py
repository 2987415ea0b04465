"""Build forms566: four KPI documents of 岩沼市, 壮瞥町, 大熊町 and 普代村.

Writes `iwanuma_kibounooka_jimujigyo_r5.xlsx` (the workbook is the document),
`sobetsu_machizukuri_seika_r5.html`, `okuma_fukko_shihyo_r4.csv` and the XLSX source
`source/fudai_sukikonbu_shuyo_seika_r5.xlsx`, which LibreOffice turns into
`fudai_sukikonbu_shuyo_seika_r5.pdf`.
Run `/work/venv/bin/python build.py` (`--no-pdf` skips LibreOffice). XLSX, HTML and CSV are byte-stable.
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
SRC = HERE / "source"
FONT = "IPAexGothic"
THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
SHADE = PatternFill("solid", fgColor="D9D9D9")
STAMP = datetime.datetime(2025, 9, 1, 9, 0, 0)
STAMP_TEXT = "2025-09-01T09:00:00Z"


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


def number(cell, v, decimals=1):
    if isinstance(v, float):
        cell.number_format = "#,##0." + "0" * decimals
    elif isinstance(v, int):
        cell.number_format = "#,##0"


def save(wb, path):
    """Save with fixed properties and fixed zip timestamps, so the bytes do not change."""
    wb.properties.creator = "forms566"
    wb.properties.lastModifiedBy = "forms566"
    wb.properties.created = STAMP
    wb.properties.modified = STAMP
    buf = io.BytesIO()
    wb.save(buf)
    buf.seek(0)
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in sorted(zin.infolist(), key=lambda i: i.filename):
            data = zin.read(item.filename)
            if item.filename == "docProps/core.xml":
                stamp = STAMP_TEXT.encode()
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>" + stamp, data)
                data = re.sub(rb"(<dcterms:created[^>]*>)[^<]*", rb"\g<1>" + stamp, data)
            info = zipfile.ZipInfo(item.filename, date_time=(2025, 9, 1, 9, 0, 0))
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


def fields_block(ws, r, fields, key_rng, val_rng, tall, tall_keys):
    """Key | value rows; key_rng and val_rng are column pairs such as ("A", "B")."""
    for key, val in fields:
        if key_rng[0] == key_rng[1]:
            put(ws, f"{key_rng[0]}{r}", key, bold=True, box=True, shade=True)
        else:
            merge(ws, f"{key_rng[0]}{r}:{key_rng[1]}{r}", key, bold=True, box=True, shade=True)
        merge(ws, f"{val_rng[0]}{r}:{val_rng[1]}{r}", val, box=True)
        ws.row_dimensions[r].height = tall if key in tall_keys else 18
        r += 1
    return r


# ---------------------------------------------------------------- 岩沼市 (XLSX document, portrait)
def build_iwanuma():
    wb = Workbook()
    ws = wb.active
    ws.title = "事務事業評価"
    for col, w in {"A": 7, "B": 4, "C": 28, "D": 5}.items():
        ws.column_dimensions[col].width = w
    for col in "EFGHIJK":
        ws.column_dimensions[col].width = 8.5
    merge(
        ws,
        "A1:K1",
        "令和６年度　事務事業評価シート（令和５年度実施事業）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:K2", "作成日　令和6年7月22日　　岩沼市", h="right")
    put(ws, "A4", "１　事業の概要", size=11, bold=True, wrap=False)
    fields = [
        ("事務事業名", "千年希望の丘震災伝承・交流推進事業"),
        ("担当課", "商工観光課"),
        ("関連計画", "いわぬま未来構想（平成26年3月策定）"),
        ("事業期間", "令和元年度～令和7年度"),
        ("事業費（R5決算）", "12,640千円（うち企業版ふるさと納税充当額　3,000千円）"),
        (
            "事業の概要",
            "本市は昭和46年（1971年）に市制を施行した、面積60.45km²、人口43,542人（令和5年2月末推計）のまちで、承和9年（842年）創建と伝わる竹駒神社の門前町として栄えてきた。"
            "東日本大震災の津波で被災した沿岸部約10kmには、震災前、6つの地区に515世帯1,784人が暮らしていた。"
            "「千年希望の丘」は、震災がれきを再生した資材で14基の丘（うち2基は既存の丘）と丘を結ぶ園路を整備したメモリアルパークで、平成25年（2013年）6月9日の第1回植樹祭には全国から約4,500人が参加した。"
            "本事業では、相野釜公園内の交流センター（9時～17時、火曜休館）を拠点に、震災語り部ガイド、防災学習の受入れ、植樹・育樹活動を行う。",
        ),
    ]
    r = fields_block(ws, 5, fields, ("A", "B"), ("C", "K"), 96, {"事業の概要"})
    r += 1
    put(ws, f"A{r}", "２　指標の推移", size=11, bold=True, wrap=False)
    r += 1
    h1, h2 = r, r + 1
    for col, text in zip("ABCD", ("区分", "No.", "指標名", "単位")):
        merge(ws, f"{col}{h1}:{col}{h2}", text, bold=True, box=True, shade=True, h="center")
    for col, year in zip("EFG", ("元年度", "3年度", "4年度")):
        put(ws, f"{col}{h1}", year, bold=True, box=True, shade=True, h="center")
    merge(ws, f"H{h1}:I{h1}", "5年度", bold=True, box=True, shade=True, h="center")
    put(ws, f"J{h1}", "6年度", bold=True, box=True, shade=True, h="center")
    put(ws, f"K{h1}", "7年度", bold=True, box=True, shade=True, h="center")
    for col, role in zip(
        "EFGHIJK", ("基準値", "実績", "実績", "目標", "実績", "見込※1", "目標（最終）")
    ):
        put(ws, f"{col}{h2}", role, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[h1].height = 18
    ws.row_dimensions[h2].height = 24
    rows = [
        (1, "震災語り部ガイドの実施回数", "回", 48, 21, 39, 50, 57, 60, 60),
        (2, "防災学習プログラムの受入校数", "校", 12, 5, 9, 14, 13, 15, 18),
        (
            3,
            "千年希望の丘交流センターの来館者数",
            "人",
            "２１，３６０",
            "９，８７０",
            "１４，２５０",
            "２０，０００",
            "１８，６３０",
            "２０，５００",
            "２５，０００",
        ),
        (4, "千年希望の丘の利用者数※2", "千人", 142.5, 96.8, 118.3, 140.0, 151.2, 155.0, 160.0),
        (
            5,
            "植樹・育樹活動のボランティア参加者数※3",
            "人",
            2480,
            "中止",
            1150,
            2000,
            2216,
            2300,
            2500,
        ),
    ]
    r = h2 + 1
    first = r
    for no, name, unit, *vals in rows:
        put(ws, f"B{r}", no, box=True, h="center")
        put(ws, f"C{r}", name, box=True)
        put(ws, f"D{r}", unit, box=True, h="center")
        for col, v in zip("EFGHIJK", vals):
            c = put(ws, f"{col}{r}", v, box=True, h="right")
            number(c, v)
        ws.row_dimensions[r].height = 30
        r += 1
    merge(ws, f"A{first}:A{first + 1}", "活動指標", box=True, h="center")
    merge(ws, f"A{first + 2}:A{first + 4}", "成果指標", box=True, h="center")
    notes = [
        "※1　6年度見込は、令和6年6月末までの実績を基に推計した値である。",
        "※2　No.4は、園内駐車場の利用台数を基に推計した値である。",
        "※3　No.5の3年度は、新型コロナウイルス感染症の影響により植樹・育樹活動を中止した。",
    ]
    for note in notes:
        merge(ws, f"A{r}:K{r}", note, size=8)
        ws.row_dimensions[r].height = 15
        r += 1
    r += 1
    put(ws, f"A{r}", "３　評価", size=11, bold=True, wrap=False)
    r += 1
    fields = [
        ("事業の評価", "B（概ね順調）"),
        ("今後の方向性", "継続"),
        (
            "評価の理由",
            "語り部ガイド、丘の利用者数及び植樹・育樹活動の参加者数は目標を上回った。交流センターの来館者数と防災学習の受入校数は目標に届かなかったため、令和6年度は県外の学校への案内を強化する。",
        ),
    ]
    r = fields_block(ws, r, fields, ("A", "B"), ("C", "K"), 30, {"評価の理由"})
    page(ws, landscape=False)
    save(wb, HERE / "iwanuma_kibounooka_jimujigyo_r5.xlsx")


# ---------------------------------------------------------------- 壮瞥町 (HTML)
SOBETSU_ROWS = (
    (
        "3-1　農業の振興",
        (
            (
                "①",
                "果樹（りんご・ぶどう等）の作付面積",
                "ha",
                "86.4",
                "84.9",
                "83.7",
                "84.2",
                "85.0／85.0",
                "C",
            ),
            ("②", "新規就農者数（累計）", "人", "―", "2", "4", "5", "5／10", "A"),
        ),
    ),
    (
        "3-2　観光の振興",
        (
            (
                "③",
                "観光入込客数",
                "千人",
                "約1,350",
                "642.8",
                "871.5",
                "1,012.4",
                "1,200／1,400",
                "C",
            ),
            (
                "④",
                "町内宿泊施設の延べ宿泊者数",
                "人泊",
                "58,420",
                "31,250",
                "44,870",
                "59,140",
                "60,000／65,000",
                "B",
            ),
            (
                "⑤",
                "観光客の満足度（「満足」「やや満足」の割合）",
                "％",
                "78.5",
                "―<sup>※2</sup>",
                "80.2",
                "81.0",
                "85.0／90.0",
                "B",
            ),
        ),
    ),
)


def sobetsu_table():
    out = []
    for measure, rows in SOBETSU_ROWS:
        for i, (label, name, unit, *vals, grade) in enumerate(rows):
            head = (
                f'<th scope="rowgroup" rowspan="{len(rows)}" class="measure">{measure}</th>'
                if i == 0
                else ""
            )
            cells = "".join(f"<td>{v}</td>" for v in vals)
            out.append(
                f'<tr>{head}<td class="c">{label}</td><td class="name">{name}</td><td class="c">{unit}</td>{cells}<td class="c">{grade}</td></tr>\n'
            )
    return "".join(out)


SOBETSU = (
    """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>第5次壮瞥町まちづくり総合計画　成果指標の進捗状況（令和５年度） - 壮瞥町</title>
<style>
table { border-collapse: collapse; }
th, td { border: 1px solid #333; padding: 2px 6px; }
td { text-align: right; }
td.name { text-align: left; }
td.c { text-align: center; }
th.measure { text-align: left; background: #eee; }
dt { font-weight: bold; }
</style>
</head>
<body>
<nav aria-label="現在地"><ol>
<li><a href="/">トップページ</a></li>
<li><a href="/chosei/">町政情報</a></li>
<li><a href="/chosei/gyosei/">行政・計画</a></li>
<li>第5次壮瞥町まちづくり総合計画　成果指標の進捗状況</li>
</ol></nav>
<main>
<h1>第5次壮瞥町まちづくり総合計画　成果指標の進捗状況（令和５年度）</h1>
<p class="update">更新日：2024年11月15日　担当：商工観光課</p>
<p>壮瞥町は洞爺湖の南東岸に位置し、町内に有珠山と昭和新山（国の特別天然記念物）を抱える、面積205.01km²、人口2,354人（2024年9月30日現在、住民基本台帳）の町です。1879年（明治12年）に岩手県からの移住者が長流川の流域に入植したことに始まり、1962年（昭和37年）1月1日に町制を施行しました。りんごやぶどうなどの果樹栽培が盛んで、1989年（平成元年）に始まった昭和新山国際雪合戦は2001年に北海道遺産に選ばれ、2024年2月の大会には国内外から110チームがエントリーしました。</p>
<p>町では、第5次壮瞥町まちづくり総合計画に掲げた施策ごとに成果指標を定め、毎年度その進捗を公表しています。このページでは、基本目標3（産業・観光）の成果指標の令和5年度の状況をお知らせします。</p>
<dl>
<dt>計画の名称</dt><dd>第5次壮瞥町まちづくり総合計画</dd>
<dt>計画期間</dt><dd>基本構想　令和3年度～令和12年度（10年間）／前期基本計画　令和3年度～令和7年度（5年間）</dd>
<dt>掲載の範囲</dt><dd>基本目標3　地域の資源を生かした活力ある産業のまち</dd>
<dt>担当課</dt><dd>商工観光課</dd>
</dl>
<h2>成果指標の進捗状況</h2>
<p>目標値の欄は「中間目標（令和7年度）／最終目標（令和12年度）」の順に記載しています。評価は令和5年度の実績によるもので、A：中間目標を既に達成、B：策定時より改善、C：策定時より横ばい又は悪化を表します。</p>
<table>
<thead>
<tr><th scope="col" rowspan="2">施策</th><th scope="col" rowspan="2">No.</th><th scope="col" rowspan="2">成果指標</th><th scope="col" rowspan="2">単位</th><th scope="col" rowspan="2">策定時<br>（R元）</th><th scope="colgroup" colspan="3">実績値</th><th scope="col" rowspan="2">目標値<br>（R7／R12）</th><th scope="col" rowspan="2">評価</th></tr>
<tr><th scope="col">R3</th><th scope="col">R4</th><th scope="col">R5</th></tr>
</thead>
<tbody>
"""
    + sobetsu_table()
    + """</tbody>
</table>
<p>※1　②は、令和2年度からの累計です。策定時（令和元年度）には集計していません。</p>
<p>※2　⑤の令和3年度は、新型コロナウイルス感染症の影響により観光客アンケートを実施していません。</p>
<p>※3　③は、北海道観光入込客数調査による年度の数値です。</p>
</main>
<footer><p>壮瞥町役場　商工観光課　TEL 0142-66-4200</p></footer>
</body>
</html>
"""
)


def build_sobetsu():
    (HERE / "sobetsu_machizukuri_seika_r5.html").write_text(SOBETSU, encoding="utf-8")


# ---------------------------------------------------------------- 大熊町 (CSV, open data, UTF-8 with BOM)
OKUMA_WIDTH = 10
OKUMA = [
    [
        "タイトル",
        "大熊町第二次復興計画（改訂版）　重点施策の進捗を測る指標の状況（令和4年度末）",
    ],
    ["公表日", "令和5年8月31日"],
    ["担当課", "企画調整課　企画係"],
    ["計画期間", "2019年3月改訂～2027年3月"],
    [
        "町の概要",
        "大熊町は福島県浜通りの中央部に位置し、面積は78.71km²、震災前の人口は11,505人・4,235世帯（2011年3月11日時点）であった。"
        "原子力発電所事故により全町避難となったが、2019年4月10日に大川原・中屋敷地区（町面積の約38%）の避難指示が解除され、同年5月7日に大川原地区の新庁舎で業務を開始した。"
        "2020年3月5日にはJR大野駅周辺の避難指示が解除され、2022年6月30日には特定復興再生拠点区域（約860ha）の避難指示が解除された。",
    ],
    [
        "注記",
        "各指標の数値は各年度末（3月31日）時点の数値。改訂時は計画改訂時点（2019年3月末）の数値。目標は計画期間の最終年度末（2026年度末）の数値。"
        "重点施策の欄が空欄の行は、上の行と同じ重点施策の指標である。重点施策2及び4は定性的に評価しているため、本表には掲載していない。",
    ],
    [],
    ["■重点施策の進捗を測る指標"],
    [
        "重点施策",
        "No.",
        "指標名",
        "単位",
        "改訂時（2019年3月末）",
        "2020年度末",
        "2021年度末",
        "2022年度末",
        "目標（2026年度末）",
        "備考",
    ],
    [
        "1　町民を取り巻く多様な環境に合わせた生活の支援",
        "1",
        "町内居住者数",
        "人",
        "0",
        "287",
        "342",
        "461（速報値）",
        "1,000",
        "住民登録の有無を問わず町内に居住する人の数",
    ],
    [
        "",
        "2",
        "町内の医療・介護・福祉サービスの拠点数",
        "箇所",
        "1",
        "3",
        "4",
        "5",
        "8",
        "診療所、訪問介護事業所等",
    ],
    [
        "3　複数のコンパクトな拠点が融合した町土復興",
        "3",
        "町内で供給された住宅の戸数（累計）",
        "戸",
        "―",
        "96",
        "132",
        "174",
        "300",
        "災害公営住宅・再生賃貸住宅等。2019年度から集計",
    ],
    [
        "",
        "4",
        "町内で事業を営む事業所数",
        "事業所",
        "28",
        "48",
        "63",
        "81",
        "120",
        "廃炉関連の事業所を含む",
    ],
    [],
    [
        "※",
        "No.1の2022年度末の数値は速報値であり、確定値は2023年度末の数値の公表時にあわせて掲載する。",
    ],
]


def build_okuma():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for row in OKUMA:
        w.writerow(row + [""] * (OKUMA_WIDTH - len(row)) if row else [])
    (HERE / "okuma_fukko_shihyo_r4.csv").write_bytes(
        b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8")
    )


# ---------------------------------------------------------------- 普代村 (PDF, portrait)
def build_fudai():
    wb = Workbook()
    ws = wb.active
    ws.title = "主要施策成果"
    for col, w in zip("ABCDEFGHIJ", (5, 27, 5, 8, 7, 7, 7, 7, 7, 7)):
        ws.column_dimensions[col].width = w
    merge(ws, "A1:J1", "令和５年度　主要な施策の成果説明書（抜粋）", size=14, bold=True, h="center")
    merge(ws, "A2:J2", "令和6年9月　普代村", h="right")
    fields = [
        ("施策", "水産業の振興"),
        ("事業名", "すき昆布ブランド化・漁業担い手確保事業"),
        ("所管課", "農林水産課"),
        ("決算額", "令和5年度　9,480千円（うち県補助金　3,000千円）"),
        ("関連計画", "第2期普代村まち・ひと・しごと創生総合戦略"),
        (
            "事業の内容",
            "本村は下閉伊郡の最北端に位置し、北緯40度線上にある面積69.66km²の村で、その83.7％を森林が占める。"
            "黒崎には比高100mを超える断崖が続き、昭和59年（1984年）に完成した高さ15.5m・幅205mの普代水門は、平成23年（2011年）の津波から集落を守った。"
            "養殖コンブを湯通しして幅3ミリほどに刻み、木枠で干し上げる「すき昆布」は村の特産で、5月に加工が最盛期を迎える。毎年10月第1日曜日には太田名部漁港で「海フェスタ in ふだい」が開かれ、例年約3千人が訪れる。"
            "本事業では、すき昆布の加工体験の受入れ、ウニ・アワビ種苗の放流、新規漁業就業者の研修と住まいの支援を行った。",
        ),
    ]
    r = fields_block(ws, 4, fields, ("A", "B"), ("C", "J"), 84, {"事業の内容"})
    r += 1
    put(ws, f"A{r}", "（１）事業の実績", size=11, bold=True, wrap=False)
    r += 1
    put(ws, f"A{r}", "No.", bold=True, box=True, shade=True, h="center")
    merge(ws, f"B{r}:D{r}", "項目", bold=True, box=True, shade=True, h="center")
    for col, text in zip("EFG", ("R3実績", "R4実績", "R5実績")):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[r].height = 20
    r += 1
    for label, name, *vals in (
        ("ア", "すき昆布加工体験の受入人数（人）", 86, 124, 157),
        ("イ", "ウニ・アワビ種苗の放流数（千個）", 180.0, 192.5, 201.3),
    ):
        put(ws, f"A{r}", label, box=True, h="center")
        merge(ws, f"B{r}:D{r}", name, box=True)
        for col, v in zip("EFG", vals):
            c = put(ws, f"{col}{r}", v, box=True, h="right")
            number(c, v)
        ws.row_dimensions[r].height = 22
        r += 1
    r += 1
    put(ws, f"A{r}", "（２）成果指標", size=11, bold=True, wrap=False)
    r += 1
    head = (
        "No.",
        "成果指標",
        "単位",
        "基準値\n（R元）",
        "R3実績",
        "R4実績",
        "R5実績",
        "目標値",
        "目標年度",
        "達成率※1",
    )
    for col, text in zip("ABCDEFGHIJ", head):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[r].height = 30
    r += 1
    for row in (
        ("①", "すき昆布の生産量※2", "t", 42.8, 38.1, 40.6, 44.9, 48.0, "R6", "93.5%"),
        ("②", "新規漁業就業者数（累計）", "人", 0, 3, 5, 7, 10, "R7", "70.0%"),
        (
            "③",
            "ふるさと納税（すき昆布返礼品）の寄附件数",
            "件",
            312,
            845,
            1126,
            1408,
            1200,
            "R5",
            "117.3%",
        ),
    ):
        for col, v in zip("ABCDEFGHIJ", row):
            h = "left" if col == "B" else ("center" if col in "ACI" else "right")
            c = put(ws, f"{col}{r}", v, box=True, h=h)
            number(c, v)
        ws.row_dimensions[r].height = 30
        r += 1
    notes = [
        "※1　達成率は、R5実績を目標値で除した割合である。",
        "※2　①は、漁協の共販実績（乾燥重量）による。",
    ]
    for note in notes:
        merge(ws, f"A{r}:J{r}", note, size=8)
        ws.row_dimensions[r].height = 15
        r += 1
    r += 1
    put(ws, f"A{r}", "（３）成果と今後の方向性", size=11, bold=True, wrap=False)
    r += 1
    merge(
        ws,
        f"A{r}:J{r}",
        "加工体験は修学旅行の受入れが戻り157人となった。すき昆布の生産量は44.9tまで回復したが、目標の48tには届いていない。"
        "令和5年度は2人が新たに漁業に就き、就業者は累計7人となった。ふるさと納税の寄附件数は1,408件で目標を上回ったため、令和6年度は返礼品の種類を増やす。",
        box=True,
    )
    ws.row_dimensions[r].height = 48
    page(ws, landscape=False)
    save(wb, SRC / "fudai_sukikonbu_shuyo_seika_r5.xlsx")


def to_pdf():
    for name in ("fudai_sukikonbu_shuyo_seika_r5",):
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
    build_iwanuma()
    build_sobetsu()
    build_okuma()
    build_fudai()
    if "--no-pdf" not in sys.argv:
        to_pdf()


if __name__ == "__main__":
    main()
