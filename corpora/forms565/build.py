"""Build forms565: four KPI documents of 熊野町, 仁淀川町, 五ヶ瀬町 and 渡嘉敷村.

Writes `kumano_sousei2_kpi_shinchoku_r5.html`, `niyodogawa_chagyo_jimujigyo_r6.xlsx` (the workbook is the document),
`tokashiki_senryaku_kpi_h30.csv` and the XLSX source `source/gokase_kofukin_koka_kensho_r5.xlsx`, which LibreOffice
turns into `gokase_kofukin_koka_kensho_r5.pdf`.
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
    wb.properties.creator = "forms565"
    wb.properties.lastModifiedBy = "forms565"
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


# ---------------------------------------------------------------- 熊野町 (HTML)
KUMANO_ROWS = (
    ("1", "筆の都の産業を育て、安定したしごとをつくる", 2),
    ("①", "町内の筆製造事業所の従業者数", "人", "1,420", "1,396", "1,371", "1,388", "1,450"),
    ("②", "総観光客数", "千人", "118.7", "131.6", "172.5", "188.4", "200.0"),
    ("2", "筆の都に人を呼び込み、住み続けたいまちをつくる", 3),
    ("①", "社会増減数（転入者数－転出者数）", "人", "△112", "△86", "△131", "△95", "±0"),
    ("②", "筆の里工房の来館者数", "人", "41,260", "52,384", "66,020", "71,105", "80,000"),
    ("③", "【再掲】総観光客数", "千人", "118.7", "131.6", "172.5", "188.4", "200.0"),
)


def kumano_table():
    out = []
    for row in KUMANO_ROWS:
        if len(row) == 3:
            no, name, _ = row
            out.append(
                f'<tr class="goal"><th colspan="8" scope="rowgroup">基本目標{no}　{name}</th></tr>\n'
            )
            continue
        label, name, unit, *vals = row
        cells = "".join(f"<td>{v}</td>" for v in vals)
        out.append(
            f'<tr><td class="c">{label}</td><td class="name">{name}</td><td class="c">{unit}</td>{cells}</tr>\n'
        )
    return "".join(out)


KUMANO = (
    """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>第2期熊野町まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の進捗状況（令和５年度） - 熊野町</title>
<style>
table { border-collapse: collapse; }
th, td { border: 1px solid #333; padding: 2px 6px; }
td { text-align: right; }
td.name { text-align: left; }
td.c { text-align: center; }
tr.goal th { text-align: left; background: #eee; }
dt { font-weight: bold; }
</style>
</head>
<body>
<nav aria-label="現在地"><ol>
<li><a href="/">ホーム</a></li>
<li><a href="/www/genre/machizukuri/">まちづくり</a></li>
<li><a href="/www/genre/machizukuri/keikaku/">計画・施策</a></li>
<li>第2期熊野町まち・ひと・しごと創生総合戦略の進捗状況</li>
</ol></nav>
<main>
<h1>第2期熊野町まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の進捗状況（令和５年度）</h1>
<p class="update">更新日：2024年10月15日</p>
<p>熊野町は、広島市、呉市、東広島市のほぼ中心に位置する海抜約250mの盆地の町で、面積は33.76km²、人口は22,834人（2020年国勢調査）です。1918年（大正7年）に町制を施行しました。町の特産である熊野筆は全国の筆の生産量の約8割を占め、毎年秋分の日には、1935年（昭和10年）から続く「筆まつり」が榊山神社を中心に開かれます。2022年の総観光客数は172,531人で、そのうち筆の里工房の来館者は66,020人でした。</p>
<p>本町では、第6次熊野町総合計画の基本計画の重点戦略として第2期熊野町まち・ひと・しごと創生総合戦略を一体的に策定し、施策ごとの取組状況を毎年度公表しています。令和5年度の重要業績評価指標（KPI）の進捗状況は次のとおりです。</p>
<dl>
<dt>計画の名称</dt><dd>第2期熊野町まち・ひと・しごと創生総合戦略</dd>
<dt>計画期間</dt><dd>令和3年度～令和7年度（5年間）</dd>
<dt>位置付け</dt><dd>第6次熊野町総合計画（令和3年度～令和12年度）の基本計画における重点戦略</dd>
<dt>担当課</dt><dd>総務部　政策企画課</dd>
</dl>
<h2>基本目標ごとのKPIの進捗状況</h2>
<table>
<thead>
<tr><th scope="col" rowspan="2">No.</th><th scope="col" rowspan="2">重要業績評価指標（KPI）</th><th scope="col" rowspan="2">単位</th><th scope="col" rowspan="2">基準値<br>（令和2年度）</th><th scope="colgroup" colspan="3">実績値</th><th scope="col" rowspan="2">目標値<br>（令和7年度）</th></tr>
<tr><th scope="col">令和3年度</th><th scope="col">令和4年度</th><th scope="col">令和5年度</th></tr>
</thead>
<tbody>
"""
    + kumano_table()
    + """</tbody>
</table>
<p>※　基本目標1の②、基本目標2の②及び③（再掲）は、暦年（1月～12月）の数値です。</p>
<p>※　「△」はマイナス（転出超過）を表します。</p>
<p>※　基本目標2の③は、基本目標1の②と同じ指標を再掲しています。</p>
</main>
<footer><p>熊野町役場　総務部　政策企画課　TEL 082-820-5634</p></footer>
</body>
</html>
"""
)


def build_kumano():
    (HERE / "kumano_sousei2_kpi_shinchoku_r5.html").write_text(KUMANO, encoding="utf-8")


# ---------------------------------------------------------------- 仁淀川町 (XLSX document, portrait)
def build_niyodogawa():
    wb = Workbook()
    ws = wb.active
    ws.title = "事務事業評価"
    widths = {"A": 7, "B": 4, "C": 28, "D": 5}
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    for col in "EFGHIJKL":
        ws.column_dimensions[col].width = 8
    merge(
        ws,
        "A1:L1",
        "令和７年度　事務事業評価シート（令和６年度実施事業）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:L2", "作成日　令和7年7月28日　　仁淀川町", h="right")
    put(ws, "A4", "１　事業の概要", size=11, bold=True, wrap=False)
    fields = [
        ("事務事業名", "仁淀川町産茶ブランド化・茶園継承支援事業"),
        ("担当課", "産業建設課　農林振興係"),
        ("関連計画", "仁淀川町まちづくり計画"),
        ("事業期間", "令和4年度～令和8年度"),
        ("事業費（R6決算）", "7,420千円（うち県補助金　2,500千円）"),
        (
            "事業の概要",
            "本町は平成17年（2005年）8月1日に池川町・吾川村・仁淀村が合併して誕生した、面積333.00km²の町で、その約9割を山林が占め、人口は4,827人（2020年国勢調査）である。"
            "町の中央を流れる仁淀川は、2012年から2016年までの5年連続と2018年に国の一級河川の水質調査で水質日本一となり、標高100～600mの谷あいに150以上の集落が点在する。"
            "林業とともに茶業が基幹産業で、町内には高知県農業技術センターの茶業試験場がある。別枝地区では、江戸時代から200年以上続く土佐三大祭りの一つ「秋葉まつり」が毎年2月11日に行われる。"
            "本事業では、高齢化で管理が難しくなった茶園の継承マッチング、茶摘み・手もみ茶の体験受入れ、町産茶の販路開拓を支援する。",
        ),
    ]
    r = fields_block(ws, 5, fields, ("A", "B"), ("C", "L"), 96, {"事業の概要"})
    r += 1
    put(ws, f"A{r}", "２　指標の推移", size=11, bold=True, wrap=False)
    r += 1
    h1, h2 = r, r + 1
    for col, text in zip("ABCD", ("区分", "No.", "指標名", "単位")):
        merge(ws, f"{col}{h1}:{col}{h2}", text, bold=True, box=True, shade=True, h="center")
    for cols, year in (("EF", "R4年度"), ("GH", "R5年度"), ("IJ", "R6年度")):
        merge(ws, f"{cols[0]}{h1}:{cols[1]}{h1}", year, bold=True, box=True, shade=True, h="center")
        put(ws, f"{cols[0]}{h2}", "計画", bold=True, box=True, shade=True, h="center")
        put(ws, f"{cols[1]}{h2}", "実績", bold=True, box=True, shade=True, h="center")
    for col, year in (("K", "R7年度"), ("L", "R8年度")):
        put(ws, f"{col}{h1}", year, bold=True, box=True, shade=True, h="center")
        put(ws, f"{col}{h2}", "計画", bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[h1].height = 18
    ws.row_dimensions[h2].height = 18
    rows = [
        (1, "茶園継承マッチングの相談件数", "件", 10, 8, 12, 14, 12, 11, 15, 15),
        (
            2,
            "茶摘み・手もみ茶体験の参加者数",
            "人",
            "延べ150",
            "延べ138",
            "延べ150",
            "延べ171",
            "延べ180",
            "延べ196",
            "延べ200",
            "延べ200",
        ),
        (3, "荒茶生産量", "t", 48.0, 45.2, 48.0, 43.8, "45～50", 46.1, 50.0, 50.0),
        (
            4,
            "継承・新規就農により維持された茶園面積（累計）",
            "ha",
            2.1,
            1.8,
            2.5,
            2.6,
            3.0,
            3.3,
            3.5,
            4.0,
        ),
        (5, "町産茶の販売額", "千円", 12000, 11480, 13000, 13920, 14000, "未集計※", 15000, 16000),
    ]
    r = h2 + 1
    first = r
    for no, name, unit, *vals in rows:
        put(ws, f"B{r}", no, box=True, h="center")
        put(ws, f"C{r}", name, box=True)
        put(ws, f"D{r}", unit, box=True, h="center")
        for col, v in zip("EFGHIJKL", vals):
            c = put(ws, f"{col}{r}", v, box=True, h="right")
            number(c, v)
        ws.row_dimensions[r].height = 30
        r += 1
    merge(ws, f"A{first}:A{first + 1}", "活動指標", box=True, h="center")
    merge(ws, f"A{first + 2}:A{first + 4}", "成果指標", box=True, h="center")
    notes = [
        "※　No.3のR6計画は、令和5年度の凍霜害を踏まえ、45～50tの幅で設定した。",
        "※　No.5のR6実績は、JA等の販売実績の取りまとめ後（令和7年10月頃）に記載する。",
    ]
    for note in notes:
        merge(ws, f"A{r}:L{r}", note, size=8)
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
            "体験の参加者数と茶園面積は計画を上回り、荒茶生産量も計画の幅に収まった。相談件数は計画にわずかに届かなかったため、令和7年度は茶業試験場と連携した相談会を増やす。",
        ),
    ]
    r = fields_block(ws, r, fields, ("A", "B"), ("C", "L"), 30, {"評価の理由"})
    page(ws, landscape=False)
    save(wb, HERE / "niyodogawa_chagyo_jimujigyo_r6.xlsx")


# ---------------------------------------------------------------- 五ヶ瀬町 (PDF, landscape, two grids side by side)
GOKASE_HEAD = (
    "KPI",
    "単位",
    "事業開始前\n（R4.3末）",
    "R4実績",
    "R5目標",
    "R5実績",
    "達成状況",
    "最終目標\n（R6）",
)
GOKASE_LEFT = (
    ("①五ヶ瀬ワイナリーのワイン販売額", "百万円", 168.5, 171.2, 180.0, 183.4, "達成", 190.0),
    ("②釜炒り茶の町外への販売量", "t", 21.4, 20.8, 23.0, 22.1, "未達成", 24.0),
    ("③体験型観光プログラムの参加者数", "人", 1240, 1586, 1800, 1912, "達成", 2000),
)
GOKASE_RIGHT = (
    ("④移住相談を経た町外からの移住者数", "人", 12, 15, 18, 14, "未達成", 20),
    ("⑤空き家バンクの登録物件数", "件", 9, 14, 20, 21, "達成", 25),
)


def build_gokase():
    wb = Workbook()
    ws = wb.active
    ws.title = "効果検証"
    left, right = "ABCDEFGH", "JKLMNOPQ"
    for cols in (left, right):
        for col, w in zip(cols, (25, 6, 9, 7, 7, 7, 7, 8)):
            ws.column_dimensions[col].width = w
    ws.column_dimensions["I"].width = 2
    merge(
        ws,
        "A1:Q1",
        "令和５年度　デジタル田園都市国家構想交付金（地方創生推進タイプ）事業　効果検証シート",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:Q2", "令和6年9月　五ヶ瀬町", h="right")
    put(ws, "A4", "１　事業の概要", size=11, bold=True, wrap=False)
    fields = [
        ("交付対象事業の名称", "「九州のまんなか五ヶ瀬」ワイン・茶・体験観光による稼ぐ力創出事業"),
        ("地域再生計画の名称", "五ヶ瀬町まち・ひと・しごと創生推進計画"),
        ("事業期間", "令和4年度～令和6年度（3か年）"),
        ("総事業費", "3か年計　45,600千円（うち交付金　22,800千円）"),
        ("担当課", "企画課　企画調整係"),
        (
            "町の概要",
            "本町は九州のほぼ中央、宮崎県の北西部に位置し、昭和31年（1956年）8月1日に三ヶ所村と鞍岡村が合併して町制を施行した。"
            "面積は171.73km²で約88％を森林が占め、平均標高は620mと高く冷涼な気候である。人口は3,385人（2024年1月）で、熊本市まで車で約1時間半の距離にある。"
            "2003年に設立された五ヶ瀬ワイナリーの町産ぶどう100％のワイン、鮮やかな緑色と香りの釜炒り茶、日本最南端の天然雪スキー場が町の資源である。",
        ),
    ]
    r = fields_block(ws, 5, fields, ("A", "A"), ("B", "Q"), 60, {"町の概要"})
    r += 1
    put(ws, f"A{r}", "２　重要業績評価指標（KPI）の達成状況", size=11, bold=True, wrap=False)
    r += 1
    put(
        ws,
        f"A{r}",
        "達成状況　達成：R5目標を達成　未達成：R5目標に届かなかった",
        size=8,
        wrap=False,
    )
    r += 1
    head = r
    for cols in (left, right):
        for col, text in zip(cols, GOKASE_HEAD):
            put(ws, f"{col}{head}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[head].height = 30
    for cols, rows in ((left, GOKASE_LEFT), (right, GOKASE_RIGHT)):
        r = head + 1
        for row in rows:
            for col, v in zip(cols, row):
                h = (
                    "left"
                    if col == cols[0]
                    else ("center" if col in (cols[1], cols[6]) else "right")
                )
                c = put(ws, f"{col}{r}", v, box=True, h=h)
                number(c, v)
            ws.row_dimensions[r].height = 30
            r += 1
    r = head + 1 + len(GOKASE_LEFT)
    notes = [
        "※1　KPI①の販売額は、五ヶ瀬ワイナリーの事業年度（4月～翌年3月）の決算による。",
        "※2　KPI⑤は、各年度末（3月31日）時点の登録物件数である。",
    ]
    for note in notes:
        merge(ws, f"A{r}:Q{r}", note, size=8)
        ws.row_dimensions[r].height = 15
        r += 1
    r += 1
    put(ws, f"A{r}", "３　事業の評価", size=11, bold=True, wrap=False)
    r += 1
    fields = [
        ("事業の効果", "地方創生に相当程度効果があった"),
        ("今後の方針", "事業の継続"),
        (
            "外部有識者の意見",
            "ワインと体験型観光は目標を上回った。移住者数は伸び悩んでおり、空き家バンクの物件を移住相談に結び付ける仕組みが必要である。",
        ),
    ]
    r = fields_block(ws, r, fields, ("A", "A"), ("B", "Q"), 30, {"外部有識者の意見"})
    page(ws, landscape=True)
    save(wb, SRC / "gokase_kofukin_koka_kensho_r5.xlsx")


# ---------------------------------------------------------------- 渡嘉敷村 (CSV, open data, UTF-8 with BOM)
TOKASHIKI_WIDTH = 5
TOKASHIKI = [
    [
        "タイトル",
        "渡嘉敷村まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の年度別実績（平成30年度）",
    ],
    ["公表日", "令和元年9月30日"],
    ["担当課", "総務課　企画係"],
    ["計画期間", "平成27年度～平成31年度（5年間）"],
    [
        "村の概要",
        "渡嘉敷村は那覇市の西方32kmに位置し、南北9km・周囲19.6km・面積15.8km²の渡嘉敷島と前島の2つの有人島、大小十余りの無人島からなる（総面積19.23km²）。"
        "昭和53年に沖縄海岸国定公園に編入され、平成17年にラムサール条約湿地に登録、平成26年3月5日（サンゴの日）には全国で31番目の国立公園として慶良間諸島国立公園に指定された。"
        "那覇の泊港から高速船で約35分、フェリーで約70分。",
    ],
    ["注記", "各指標の単位は指標名の（　）内のとおり。「※」の欄は表の下の注を参照。"],
    [],
    ["■重要業績評価指標（KPI）の年度別実績"],
    [
        "",
        "基本目標1　「慶良間ブルー」の海を生かした観光で、しごとをつくる",
        "",
        "基本目標2　島に人を呼び込み、住み続けられる村をつくる",
        "",
    ],
    [
        "区分",
        "KPI①　入域観光客数（千人）",
        "KPI②　ホエールウォッチング参加者数（人）",
        "KPI③　移住者数（人）",
        "KPI④　新規起業・創業件数（件）",
    ],
    ["基準値（H26）", "78.6", "1,920", "5", "1"],
    ["H27実績", "82.4", "2,140", "7", "2"],
    ["H28実績", "91.7", "2,385", "4", "0"],
    ["H29実績", "96.3", "2,610", "9", "3"],
    ["H30実績", "93.8", "※", "6", "2"],
    ["目標値（H31）", "95.0", "2,500", "5年間で延べ30人", "2"],
    [],
    [
        "※",
        "KPI②の平成30年度実績は、台風・荒天による欠航が多く事業者からの報告がそろっていないため、掲載していない。",
    ],
]


def build_tokashiki():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for row in TOKASHIKI:
        w.writerow(row + [""] * (TOKASHIKI_WIDTH - len(row)) if row else [])
    (HERE / "tokashiki_senryaku_kpi_h30.csv").write_bytes(
        b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8")
    )


def to_pdf():
    for name in ("gokase_kofukin_koka_kensho_r5",):
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
    build_kumano()
    build_niyodogawa()
    build_gokase()
    build_tokashiki()
    if "--no-pdf" not in sys.argv:
        to_pdf()


if __name__ == "__main__":
    main()
