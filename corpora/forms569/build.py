"""Build forms569: four KPI documents of 粕屋町, 小城市, 合志市 and 南九州市.

Writes `kasuya_barazono_jimujigyo_r6.xlsx` (the workbook is the document), `ogi_koki_seika_shihyo_r5.html`,
`minamikyushu_sousei3_kpi_r6.csv` and the XLSX source `source/koshi_brand_shuyo_seika_r5.xlsx`, which LibreOffice
turns into `koshi_brand_shuyo_seika_r5.pdf`.
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
    wb.properties.creator = "forms569"
    wb.properties.lastModifiedBy = "forms569"
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


def notes_block(ws, r, notes, last_col):
    for note in notes:
        merge(ws, f"A{r}:{last_col}{r}", note, size=8)
        ws.row_dimensions[r].height = 15
        r += 1
    return r


# ---------------------------------------------------------------- 粕屋町 (XLSX document, portrait)
KASUYA_ROWS = (
    (1, "バラ園ボランティアの活動回数", "回", "24（R3）", 30, 28, 36, 38, 40, 41, 42),
    (2, "バラの剪定・育て方講習会の参加者数", "人", "58（R3）", 80, 64, 90, 97, 100, 104, 110),
    (3, "バラまつりの来場者数", "千人", "18.5（R元）", 15.0, 21.3, 22.0, 24.6, 25.0, 23.8, 26.0),
    (4, "バラ園の植栽株数", "株", "2,400（H30）", 2400, 2380, 2400, 2415, 2450, 2450, "現状維持"),
    (
        5,
        "バラ園来園者の満足度（「満足」「やや満足」の割合）",
        "%",
        "71.2（R2）",
        73.0,
        72.4,
        74.0,
        75.1,
        75.0,
        76.0,
        76.0,
    ),
)


def build_kasuya():
    wb = Workbook()
    ws = wb.active
    ws.title = "事務事業評価"
    widths = {"A": 7, "B": 4, "C": 27, "D": 5, "E": 10}
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    for col in "FGHIJKL":
        ws.column_dimensions[col].width = 7
    merge(
        ws,
        "A1:L1",
        "令和７年度　事務事業評価シート（令和６年度実施事業）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:L2", "作成日　令和7年7月25日　　粕屋町", h="right")
    put(ws, "A4", "１　事業の概要", size=11, bold=True, wrap=False)
    fields = [
        ("事務事業名", "駕与丁公園バラ園管理運営事業"),
        ("担当課", "都市計画課"),
        ("関連計画", "第2期粕屋町まち・ひと・しごと創生総合戦略"),
        ("事業期間", "令和4年度～令和7年度"),
        ("事業費（R6決算）", "8,640千円（うちバラ苗・資材購入費　2,310千円）"),
        (
            "事業の概要",
            "本町は昭和32年（1957年）に大川村と仲原村が合併して誕生した面積14.13km²の町で、人口は48,745人（2024年3月1日推計）と、九州の町村で最も多い。"
            "町のシンボルである駕与丁公園は、筑前三大池の一つである駕与丁池を中心に整備された公園で、1周4.2195kmの遊歩道に約700本の桜が並ぶ。"
            "平成13年に開園した展望広場のバラ園では、180種・約2,400株のバラが5月と10月に咲き、毎年5月にはバラまつりが開かれる。"
            "本事業では、バラ園の剪定・施肥等の維持管理をボランティアと協働で行い、講習会の開催とバラまつりの運営を支援する。",
        ),
    ]
    r = fields_block(ws, 5, fields, ("A", "B"), ("C", "L"), 84, {"事業の概要"})
    r += 1
    put(ws, f"A{r}", "２　指標の推移", size=11, bold=True, wrap=False)
    r += 1
    h1, h2 = r, r + 1
    for col, text in zip("ABCDE", ("区分", "No.", "指標名", "単位", "基準値")):
        merge(ws, f"{col}{h1}:{col}{h2}", text, bold=True, box=True, shade=True, h="center")
    for cols, year, words in (
        ("FG", "R4年度", ("目標", "実績")),
        ("HI", "R5年度", ("目標", "実績")),
        ("JK", "R6年度", ("目標", "見込")),
    ):
        merge(ws, f"{cols[0]}{h1}:{cols[1]}{h1}", year, bold=True, box=True, shade=True, h="center")
        put(ws, f"{cols[0]}{h2}", words[0], bold=True, box=True, shade=True, h="center")
        put(ws, f"{cols[1]}{h2}", words[1], bold=True, box=True, shade=True, h="center")
    put(ws, f"L{h1}", "R7年度", bold=True, box=True, shade=True, h="center")
    put(ws, f"L{h2}", "目標", bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[h1].height = 18
    ws.row_dimensions[h2].height = 18
    r = h2 + 1
    first = r
    for no, name, unit, base, *vals in KASUYA_ROWS:
        put(ws, f"B{r}", no, box=True, h="center")
        put(ws, f"C{r}", name, box=True)
        put(ws, f"D{r}", unit, box=True, h="center")
        put(ws, f"E{r}", base, box=True, h="right")
        for col, v in zip("FGHIJKL", vals):
            c = put(ws, f"{col}{r}", v, box=True, h="right")
            number(c, v)
        ws.row_dimensions[r].height = 30
        r += 1
    merge(ws, f"A{first}:A{first + 1}", "活動指標", box=True, h="center")
    merge(ws, f"A{first + 2}:A{first + 4}", "成果指標", box=True, h="center")
    r = notes_block(
        ws,
        r,
        [
            "※1　基準値欄の（　）内は、その基準値の年度を示す。",
            "※2　R6年度の「見込」は、令和7年2月末時点の見込値である。",
            "※3　No.3は、バラまつり開催期間中の来場者数（主催者発表）である。",
        ],
        "L",
    )
    r += 1
    put(ws, f"A{r}", "３　評価", size=11, bold=True, wrap=False)
    r += 1
    fields = [
        ("事業の評価", "A（順調）"),
        ("今後の方向性", "継続"),
        (
            "評価の理由",
            "ボランティアの活動と講習会は目標を上回り、植栽株数も目標どおり確保できた。バラまつりの来場者数は雨天の影響で目標を下回る見込みのため、令和7年度は開花時期に合わせた周知を強化する。",
        ),
    ]
    r = fields_block(ws, r, fields, ("A", "B"), ("C", "L"), 30, {"評価の理由"})
    page(ws, landscape=False)
    save(wb, HERE / "kasuya_barazono_jimujigyo_r6.xlsx")


# ---------------------------------------------------------------- 小城市 (HTML)
OGI_GROUPS = (
    (
        "2-3　観光の振興",
        (
            ("①", "観光入込客数【60万人】", "千人", "412.6", "468.3", "521.7", "547.9", "B"),
            (
                "②",
                "清水の滝・小城公園周辺の駐車場利用台数【32,000】",
                "台",
                "24,180",
                "26,940",
                "29,305",
                "30,112",
                "A",
            ),
        ),
    ),
    (
        "3-1　健康づくりの推進",
        (
            (
                "③",
                "健康寿命【延伸】",
                "歳",
                "男 79.6<br>女 84.3",
                "男 79.8<br>女 84.4",
                "男 79.9<br>女 84.3",
                "男 80.1<br>女 84.6",
                "A",
            ),
            ("④", "特定健康診査の受診率【60.0】", "%", "41.2", "43.5", "45.9", "47.8", "B"),
        ),
    ),
    (
        "5-2　市民協働のまちづくり",
        (
            (
                "⑤",
                "「これからも小城市に住み続けたい」と思う市民の割合【80.0】",
                "%",
                "74.5",
                "76.2",
                "調査なし",
                "77.0",
                "B",
            ),
        ),
    ),
)


def ogi_table():
    out = []
    for program, rows in OGI_GROUPS:
        for i, (label, name, unit, *vals) in enumerate(rows):
            head = f'<th scope="rowgroup" rowspan="{len(rows)}">{program}</th>' if i == 0 else ""
            cells = "".join(f"<td>{v}</td>" for v in vals[:-1])
            out.append(
                f'<tr>{head}<td class="c">{label}</td><td class="name">{name}</td><td class="c">{unit}</td>{cells}<td class="c">{vals[-1]}</td></tr>\n'
            )
    return "".join(out)


OGI = (
    """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>第2次小城市総合計画　後期基本計画　施策の成果指標の達成状況（令和５年度） - 小城市</title>
<style>
table { border-collapse: collapse; }
th, td { border: 1px solid #333; padding: 2px 6px; }
td { text-align: right; }
td.name { text-align: left; }
td.c { text-align: center; }
th[scope="rowgroup"] { text-align: left; background: #eee; }
dt { font-weight: bold; }
</style>
</head>
<body>
<nav aria-label="パンくずリスト"><ol>
<li><a href="/">トップページ</a></li>
<li><a href="/main/shisei/">市政情報</a></li>
<li><a href="/main/shisei/keikaku/">計画・施策</a></li>
<li>施策の成果指標の達成状況（令和５年度）</li>
</ol></nav>
<main>
<h1>第2次小城市総合計画　後期基本計画　施策の成果指標の達成状況（令和５年度）</h1>
<p class="update">更新日：2024年12月20日</p>
<p>小城市は、平成17年（2005年）3月に小城町・三日月町・牛津町・芦刈町の4町が合併して誕生した市で、面積は95.81km²、人口は42,930人（2024年11月1日推計）です。北に天山（1,046.2m）がそびえ、南は有明海に面し、六角川の河口では大潮のときに最大約6mと日本一の干満差が見られます。名水百選の清水の滝、日本さくら名所100選の小城公園があり、20社以上の製造所がある「羊羹のふるさと」としても知られています。</p>
<p>第2次小城市総合計画は、平成29年度から令和7年度までの9年間を期間とする基本構想と、前期・後期の基本計画で構成しています。後期基本計画では施策ごとに成果指標を定め、毎年度その達成状況を公表しています。</p>
<dl>
<dt>計画の名称</dt><dd>第2次小城市総合計画　後期基本計画</dd>
<dt>計画期間</dt><dd>令和4年度～令和7年度（4年間）</dd>
<dt>将来像</dt><dd>誇郷幸輝（こきょうこうき）～みんなの笑顔が輝き　幸せを感じる　ふるさと小城市～</dd>
<dt>担当課</dt><dd>企画政策課</dd>
</dl>
<h2>施策の成果指標の達成状況</h2>
<p>評価　A：目標に向けて順調に推移している　B：概ね順調に推移している　C：遅れている</p>
<table>
<thead>
<tr><th scope="col" rowspan="2">施策</th><th scope="col" rowspan="2">No.</th><th scope="col" rowspan="2">成果指標【目標値（令和7年度）】</th><th scope="col" rowspan="2">単位</th><th scope="col" rowspan="2">基準値<br>（令和2年度）</th><th scope="colgroup" colspan="3">実績値</th><th scope="col" rowspan="2">評価</th></tr>
<tr><th scope="col">令和3年度</th><th scope="col">令和4年度</th><th scope="col">令和5年度</th></tr>
</thead>
<tbody>
"""
    + ogi_table()
    + """</tbody>
</table>
<p>※　成果指標の【　】内は、後期基本計画の最終年度（令和7年度）の目標値です。</p>
<p>※　③の健康寿命は、日常生活動作が自立している期間の平均です。</p>
<p>※　⑤は市民意識調査によるもので、令和4年度は調査を実施していません。</p>
</main>
<footer><p>小城市役所　企画政策課</p></footer>
</body>
</html>
"""
)


def build_ogi():
    (HERE / "ogi_koki_seika_shihyo_r5.html").write_text(OGI, encoding="utf-8")


# ---------------------------------------------------------------- 合志市 (PDF, portrait)
KOSHI_ACT_HEAD = ("記号", "活動指標", "単位", "R3実績", "R4実績", "R5計画", "R5実績")
KOSHI_ACT = (
    ("ア", "商談会・物産フェアへの出展回数", "回", 6, 8, 10, 11),
    ("イ", "「合志ブランド」認証品目数（累計）", "品目", 12, 15, 18, 18),
)
KOSHI_OUT_HEAD = (
    "No.",
    "成果指標",
    "単位",
    "基準値\n（R2）",
    "R3実績",
    "R4実績",
    "R5目標",
    "R5実績",
    "達成度",
    "R7目標",
)
KOSHI_OUT = (
    (
        1,
        "認証ブランド農産物の販売額",
        "百万円",
        84.2,
        88.5,
        93.1,
        100.0,
        "104.7（速報値）",
        "104.7%",
        110.0,
    ),
    (2, "スイカの市場出荷量", "t", 1820, 1765, 1904, 1950, 1871, "95.9%", 2000),
    (3, "市の農業産出額", "億円", 118.6, 121.3, 116.9, 125.0, 124.2, "99.4%", 130.0),
)


def build_koshi():
    wb = Workbook()
    ws = wb.active
    ws.title = "成果説明書"
    for col, w in zip("ABCDEFGHIJ", (5, 28, 7, 8, 8, 8, 8, 14, 8, 8)):
        ws.column_dimensions[col].width = w
    merge(ws, "A1:J1", "令和５年度　主要な施策の成果説明書", size=14, bold=True, h="center")
    merge(ws, "A2:J2", "令和6年9月　合志市", h="right")
    put(ws, "A4", "１　事業の概要", size=11, bold=True, wrap=False)
    fields = [
        ("事業名", "合志ブランド農産物販路拡大事業"),
        ("所管課", "産業振興部　農政課"),
        ("関連計画", "合志市まち・ひと・しごと創生推進計画"),
        ("事業期間", "令和3年度～令和7年度"),
        (
            "事業の概要",
            "本市は平成18年（2006年）2月27日に合志町と西合志町が合併し、県内14番目の市として誕生した。面積は53.19km²で、合併時に52,516人だった人口は令和6年に65,000人を突破した。"
            "市の北部は阿蘇山の火山灰が積もった「黒ボク」の土に恵まれた県内有数の穀倉地帯で、スイカが特産である。近年はセミコンテクノパーク周辺への半導体産業の集積が進んでいる。"
            "本事業では、市が認証する「合志ブランド」農産物の商談会・物産フェアへの出展と、認証品目の拡大を支援する。",
        ),
    ]
    r = fields_block(ws, 5, fields, ("A", "B"), ("C", "J"), 72, {"事業の概要"})
    r += 1
    put(ws, f"A{r}", "決算額（単位：千円）", bold=True, wrap=False)
    r += 1
    merge(ws, f"A{r}:C{r}", "区分", bold=True, box=True, shade=True, h="center")
    merge(ws, f"D{r}:E{r}", "決算額", bold=True, box=True, shade=True, h="center")
    merge(ws, f"F{r}:G{r}", "国・県支出金", bold=True, box=True, shade=True, h="center")
    merge(ws, f"H{r}:J{r}", "一般財源", bold=True, box=True, shade=True, h="center")
    r += 1
    merge(ws, f"A{r}:C{r}", "令和5年度", box=True, h="center")
    for rng, v in ((f"D{r}:E{r}", 14860), (f"F{r}:G{r}", 5200), (f"H{r}:J{r}", 9660)):
        merge(ws, rng, v, box=True, h="right")
        number(ws[rng.split(":")[0]], v)
    r += 2
    put(ws, f"A{r}", "２　事業の成果", size=11, bold=True, wrap=False)
    r += 1
    put(ws, f"A{r}", "（１）活動指標", size=10, bold=True, wrap=False)
    r += 1
    act_cols = ("A", "B", "C", "D", "E", "F", "G")
    for col, text in zip(act_cols, KOSHI_ACT_HEAD):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[r].height = 18
    r += 1
    for row in KOSHI_ACT:
        for col, v in zip(act_cols, row):
            h = "left" if col == "B" else ("center" if col in "AC" else "right")
            c = put(ws, f"{col}{r}", v, box=True, h=h)
            number(c, v)
        ws.row_dimensions[r].height = 22
        r += 1
    r += 1
    put(ws, f"A{r}", "（２）成果指標", size=10, bold=True, wrap=False)
    r += 1
    out_cols = "ABCDEFGHIJ"
    for col, text in zip(out_cols, KOSHI_OUT_HEAD):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[r].height = 30
    r += 1
    for row in KOSHI_OUT:
        for col, v in zip(out_cols, row):
            h = "left" if col == "B" else ("center" if col in "AC" else "right")
            c = put(ws, f"{col}{r}", v, box=True, h=h)
            number(c, v)
        ws.row_dimensions[r].height = 24
        r += 1
    r = notes_block(
        ws,
        r,
        [
            "※1　達成度は、R5実績をR5目標で除したものである。",
            "※2　No.1のR5実績は、令和6年7月末時点の速報値である。",
            "※3　No.3の実績欄（R3実績～R5実績）には、農林水産省「市町村別農業産出額（推計）」の公表時期の関係から、",
            "　　 それぞれ前年（1月～12月）の数値を記載している（例：R5実績の欄は令和4年の数値）。",
        ],
        "J",
    )
    r += 1
    put(ws, f"A{r}", "３　評価", size=11, bold=True, wrap=False)
    r += 1
    fields = [
        ("成果の評価", "概ね順調"),
        ("今後の方向性", "拡充"),
        (
            "評価の理由",
            "販売額は目標を上回ったが、スイカの出荷量は天候不順により目標に届かなかった。令和6年度は半導体関連企業の社員食堂など新たな販路の開拓に取り組む。",
        ),
    ]
    r = fields_block(ws, r, fields, ("A", "B"), ("C", "J"), 30, {"評価の理由"})
    page(ws, landscape=False)
    save(wb, SRC / "koshi_brand_shuyo_seika_r5.xlsx")


# ---------------------------------------------------------------- 南九州市 (CSV, open data, UTF-8 with BOM)
MK_WIDTH = 9
MK_GOAL1 = "1　茶・さつまいもなど地域の強みを生かし、稼ぐ力を高める"
MK_GOAL2 = "2　南九州市への新しいひとの流れをつくる"
MINAMIKYUSHU = [
    ["タイトル", "第3期南九州市創生総合戦略　重要業績評価指標（KPI）の実績（令和6年度）"],
    ["公表日", "令和7年9月30日"],
    ["担当課", "企画課　地域振興係"],
    ["計画期間", "令和5年度～令和9年度（5年間）"],
    [
        "市の概要",
        "南九州市は、平成19年（2007年）12月1日に頴娃町・知覧町・川辺町の3町が合併して誕生した。薩摩半島の南部に位置し、面積は357.91km²、南は東シナ海に約20kmの海岸線をもつ。"
        "茶とさつまいもの生産量は市町村単位で日本一を誇り、「知覧茶」は全国に出荷されている。知覧の麓地区18.6haは昭和56年に重要伝統的建造物群保存地区に選定され、知覧特攻平和会館には全国から平和学習の来館者が訪れる。",
    ],
    [
        "注記",
        "基本目標欄の数字は基本目標の番号。備考欄に「暦年」とある指標は、各年の1月～12月の数値である。",
    ],
    [],
    ["■重要業績評価指標（KPI）の実績"],
    [
        "基本目標",
        "No.",
        "重要業績評価指標（KPI）",
        "単位",
        "基準値（令和3年度）",
        "2023年度実績",
        "2024年度実績",
        "目標値（令和9年度）",
        "備考",
    ],
    [MK_GOAL1, "1", "荒茶生産量", "千t", "10.9", "10.2", "9.6", "11.0", ""],
    [MK_GOAL1, "2", "さつまいも（青果用）の出荷量", "t", "3,820", "3,655", "3,912", "4,200", ""],
    [MK_GOAL2, "3", "観光入込客数", "千人", "612.4", "655.0", "701.3", "800.0", "暦年"],
    [
        MK_GOAL2,
        "4",
        "移住相談を経た市外からの移住者数",
        "人",
        "18",
        "24",
        "31",
        "令和3年度比50%増",
        "",
    ],
]


def build_minamikyushu():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for row in MINAMIKYUSHU:
        w.writerow(row + [""] * (MK_WIDTH - len(row)) if row else [])
    (HERE / "minamikyushu_sousei3_kpi_r6.csv").write_bytes(
        b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8")
    )


def to_pdf():
    for name in ("koshi_brand_shuyo_seika_r5",):
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
    build_kasuya()
    build_ogi()
    build_koshi()
    build_minamikyushu()
    if "--no-pdf" not in sys.argv:
        to_pdf()


if __name__ == "__main__":
    main()
