"""Build forms576: four KPI documents of 笠松町, 宇治田原町, 串本町 and 尾張旭市.

Writes `kasamatsu_minatokoen_kofukin_kensho_r5.xlsx` (the workbook is the document),
`ujitawara_heart_chukan_hyoka_r4.html`, `owariasahi_sousei2_kpi_saishu_r5.csv` and the XLSX
source `source/kushimoto_rocket_shuyo_seika_r5.xlsx`, which LibreOffice turns into
`kushimoto_rocket_shuyo_seika_r5.pdf`.
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
LIGHT = PatternFill("solid", fgColor="F2F2F2")
STAMP = datetime.datetime(2025, 9, 1, 9, 0, 0)
STAMP_TEXT = "2025-09-01T09:00:00Z"


def font(size=9, bold=False):
    return Font(name=FONT, size=size, bold=bold)


def put(
    ws,
    ref,
    value,
    size=9,
    bold=False,
    box=False,
    shade=False,
    h="left",
    wrap=True,
    fmt=None,
    fill=None,
):
    cell = ws[ref]
    cell.value = value
    cell.font = font(size, bold)
    cell.alignment = Alignment(horizontal=h, vertical="center", wrap_text=wrap)
    if box:
        cell.border = BOX
    if shade:
        cell.fill = SHADE
    if fill is not None:
        cell.fill = fill
    if fmt:
        cell.number_format = fmt
    elif isinstance(value, float):
        cell.number_format = "#,##0.0"
    elif isinstance(value, int):
        cell.number_format = "#,##0"
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
    wb.properties.creator = "forms576"
    wb.properties.lastModifiedBy = "forms576"
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


def fields_block(ws, r, fields, key_cols, val_cols, tall):
    """Key | value rows; key_cols and val_cols are column pairs such as ("A", "B")."""
    for key, val in fields:
        merge(ws, f"{key_cols[0]}{r}:{key_cols[1]}{r}", key, bold=True, box=True, shade=True)
        merge(ws, f"{val_cols[0]}{r}:{val_cols[1]}{r}", val, box=True)
        ws.row_dimensions[r].height = tall.get(key, 18)
        r += 1
    return r


def notes_block(ws, r, notes, last_col):
    for note in notes:
        merge(ws, f"A{r}:{last_col}{r}", note, size=8)
        ws.row_dimensions[r].height = 15
        r += 1
    return r


# ---------------------------------------------------------------- 笠松町 (XLSX document, landscape)
# Each KPI is a block of three sheet rows: 目標値 / 実績値 / 達成率; No., name, unit, baseline and
# 達成状況 are merged down over the block. Values: R3, R4, R5, 3か年計.
KASAMATSU_KPI = (
    (
        1,
        "笠松みなと公園の利用者数",
        "千人",
        48.6,
        (52.0, 56.0, 60.0, 168.0),
        (50.3, 57.8, "61.2（速報値）", 169.3),
        (0.967, 1.032, 1.020),
        "達成",
        "#,##0.0",
    ),
    (
        2,
        "かわまち社会実験イベントの来場者数",
        "人",
        "―",
        (2000, 4000, 5000, 11000),
        ("中止", 4380, 5260, 9640),
        ("―", 1.095, 1.052),
        "達成",
        "#,##0",
    ),
    (
        3,
        "河川敷地での民間事業者の出店数",
        "店舗",
        0,
        (6, 10, 14, 30),
        (4, 11, 12, 27),
        (0.667, 1.1, 0.857),
        "未達成",
        "#,##0",
    ),
    (
        4,
        "木曽川右岸サイクリングロードの自転車通行量（休日1日平均）",
        "台",
        312,
        (330, 350, 370, "―"),
        (325, 362, 348, "―"),
        (0.985, 1.034, 0.941),
        "未達成",
        "#,##0",
    ),
    (
        5,
        "公園周辺の空き店舗を活用した新規出店数",
        "件",
        0,
        (1, 1, 2, 4),
        (1, 2, 2, 5),
        (1.0, 2.0, 1.0),
        "達成",
        "#,##0",
    ),
)


def build_kasamatsu():
    wb = Workbook()
    ws = wb.active
    ws.title = "効果検証シート"
    for col, w in zip("ABCDEFGHIJ", (5, 34, 6, 11, 8, 10, 10, 12, 10, 10)):
        ws.column_dimensions[col].width = w
    merge(
        ws,
        "A1:J1",
        "令和５年度　地方創生推進交付金事業　効果検証シート",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:J2", "作成日　令和6年8月30日　　笠松町", h="right")
    put(ws, "A4", "１　事業の概要", size=11, bold=True, wrap=False)
    fields = [
        ("交付対象事業の名称", "笠松みなと公園かわまちにぎわい創出事業"),
        (
            "交付金の種類",
            "地方創生推進交付金（令和5年度はデジタル田園都市国家構想交付金（地方創生推進タイプ））",
        ),
        ("事業期間", "令和3年度～令和5年度（3か年）"),
        ("総事業費", "3か年計　21,450千円（うち交付金　10,725千円）"),
        ("担当課", "企画課"),
        (
            "町の概要",
            "本町は岐阜県の南部、木曽川の右岸に沿って東西に細長く広がる町で、面積10.30km²の約3分の1を木曽川とその河川敷が占め、人口は21,822人（令和6年4月1日推計）である。"
            "江戸時代には美濃郡代笠松陣屋が置かれ、明治6年（1873年）3月に県庁が岐阜へ移るまで県政の中心であった「岐阜県政発祥の地」であり、明治22年（1889年）7月1日の町制施行から令和10年に140年を迎える。",
        ),
        (
            "事業の概要",
            "木曽川河畔の笠松みなと公園には、湊町として栄えた名残の石畳（延長114m、岐阜県史跡）が残り、8月15日の笠松川まつりや秋のリバーサイドカーニバルの会場となってきた。"
            "本事業では、令和3年度から3年間、公園の河川区域で社会実験イベントを開き、キッチンカーやオープンカフェの出店と公園周辺の空き店舗の活用を進めた。"
            "その成果を受け、令和6年3月22日には公園一帯が河川敷地の「都市・地域再生等利用区域」に指定された。",
        ),
    ]
    r = fields_block(
        ws,
        5,
        fields,
        ("A", "B"),
        ("C", "J"),
        {"町の概要": 44, "事業の概要": 44, "交付金の種類": 18},
    )
    r += 1
    put(ws, f"A{r}", "２　重要業績評価指標（KPI）の達成状況", size=11, bold=True, wrap=False)
    r += 1
    head = (
        "No.",
        "重要業績評価指標（KPI）",
        "単位",
        "事業開始前\n（R3.3末）",
        "区分",
        "令和3年度",
        "令和4年度",
        "令和5年度",
        "3か年計",
        "達成状況\n（R5）",
    )
    for col, text in zip("ABCDEFGHIJ", head):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[r].height = 30
    r += 1
    for no, name, unit, base, targets, actuals, rates, status, fmt in KASAMATSU_KPI:
        top, bottom = r, r + 2
        merge(ws, f"A{top}:A{bottom}", no, box=True, h="center")
        merge(ws, f"B{top}:B{bottom}", name, box=True)
        merge(ws, f"C{top}:C{bottom}", unit, box=True, h="center")
        merge(
            ws,
            f"D{top}:D{bottom}",
            base,
            box=True,
            h="right",
            fmt=fmt if not isinstance(base, str) else None,
        )
        merge(ws, f"J{top}:J{bottom}", status, box=True, h="center")
        for row, label, vals, vfmt in (
            (top, "目標値", targets, fmt),
            (top + 1, "実績値", actuals, fmt),
            (top + 2, "達成率", (*rates, None), "0.0%"),
        ):
            put(ws, f"E{row}", label, box=True, h="center", fill=LIGHT)
            for col, v in zip("FGHI", vals):
                cell_fmt = vfmt if isinstance(v, (int, float)) else None
                put(ws, f"{col}{row}", v, box=True, h="right", fmt=cell_fmt)
            ws.row_dimensions[row].height = 16
        ws.row_dimensions[top].height = 16
        r = bottom + 1
    r = notes_block(
        ws,
        r,
        [
            "※1　No.2の令和3年度は、新型コロナウイルス感染症の影響により社会実験イベントを中止したため、実績はない。",
            "※2　達成率は、実績値を目標値で割ったものである。3か年計は、3か年の値の合計である（No.4は休日1日当たりの平均台数のため合計しない）。",
            "※3　No.4は、公園北側の堤防上に設置した計測器による、休日1日当たりの自転車の平均通行台数である。",
            "※4　No.1の令和5年度の実績値は、令和6年7月末時点の速報値である。",
        ],
        "J",
    )
    r += 1
    put(ws, f"A{r}", "３　事業の評価", size=11, bold=True, wrap=False)
    r += 1
    fields = [
        ("事業の効果", "地方創生に相当程度効果があった"),
        ("今後の方針", "事業の発展（令和6年度からは自主財源と民間事業者の収益事業により継続）"),
        (
            "評価の理由",
            "公園の利用者数と社会実験イベントの来場者数は2年続けて目標を上回り、空き店舗を活用した出店も目標に達した。一方、河川敷地への出店数とサイクリングロードの通行量は、令和5年度の天候不順で目標に届かなかった。利用区域の指定を受け、今後は民間事業者による常設のオープンカフェやキャンプ事業を誘致する。",
        ),
    ]
    r = fields_block(ws, r, fields, ("A", "B"), ("C", "J"), {"評価の理由": 44})
    page(ws, landscape=True)
    save(wb, HERE / "kasamatsu_minatokoen_kofukin_kensho_r5.xlsx")


# ---------------------------------------------------------------- 宇治田原町 (HTML)
UJITAWARA_ROWS = (
    (
        "①",
        "町内観光拠点の観光入込客数",
        "312,400",
        "198,600",
        "241,300",
        "318,900<sup>※1</sup>",
        "330,000",
        "380,000",
        "未達成",
    ),
    (
        "②",
        "宗円交遊庵「やんたん」の利用者数",
        "18,250",
        "9,870",
        "14,620",
        "21,340",
        "20,000",
        "25,000",
        "達成",
    ),
    (
        "③",
        "町道・林道の一体的な整備による森林整備面積（ha）",
        "約85",
        "92",
        "101",
        "118",
        "110",
        "150",
        "達成",
    ),
    ("④", "空家情報バンク制度による空き家の成約件数（件）", "3", "4", "6", "5", "5", "8", "達成"),
    ("⑤", "新規就農者数", "2", "1", "3", "2", "3", "3", "未達成"),
)


def ujitawara_rows():
    out = []
    for label, name, *vals, grade in UJITAWARA_ROWS:
        cells = "".join(f"<td>{v}</td>" for v in vals)
        out.append(
            f'<tr><td class="c">{label}</td><td class="name">{name}</td>{cells}<td class="c">{grade}</td></tr>\n'
        )
    return "".join(out)


UJITAWARA = (
    """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>地域再生計画「うじたわら創生計画～ハートのまち笑顔創生プロジェクト～」の中間評価（令和４年度） - 宇治田原町</title>
<style>
table { border-collapse: collapse; }
caption { text-align: left; font-weight: bold; padding: 4px 0; }
th, td { border: 1px solid #333; padding: 2px 6px; }
th { background: #e8efe0; }
td { text-align: right; }
td.name { text-align: left; }
td.c { text-align: center; }
dt { font-weight: bold; }
p.note { font-size: 90%; }
</style>
</head>
<body>
<nav aria-label="パンくずリスト"><ol>
<li><a href="/">ホーム</a></li>
<li><a href="/soshiki/kikakuzaiseika/">企画財政課</a></li>
<li><a href="/soshiki/kikakuzaiseika/machizukuri/">まちづくり</a></li>
<li>地域再生計画の中間評価（令和４年度）</li>
</ol></nav>
<main>
<h1>地域再生計画「うじたわら創生計画～ハートのまち笑顔創生プロジェクト～」の中間評価（令和４年度）</h1>
<p class="update">更新日：2023年9月29日</p>
<p>宇治田原町は京都府の南東部に位置し、滋賀県と接する町です。江戸時代の元文3年（1738年）に湯屋谷の永谷宗円が「青製煎茶製法」を生み出した「日本緑茶発祥の地」で、平成27年（2015年）4月24日には町を含む山城地域の「日本茶800年の歴史散歩」が日本遺産に認定されました。面積58.16km²の約80%を森林が占め、林道密度は14.1m/haと全国平均の5.4m/haを大きく上回ります。人口は8,665人（2022年2月1日現在）です。</p>
<p>この計画では、町道と林道を一体的に整備して道路ネットワークを築き、平成30年（2018年）に開館した宗円交遊庵「やんたん」を中心に観光拠点を結ぶとともに、空家情報バンク制度や農業の担い手対策により定住を促します。新名神高速道路の宇治田原インターチェンジの開設を見据えた計画です。計画の中間年度にあたる令和4年度の目標の達成状況を、次のとおり評価しました。</p>
<dl>
<dt>地域再生計画の名称</dt><dd>うじたわら創生計画～ハートのまち笑顔創生プロジェクト～</dd>
<dt>計画期間</dt><dd>令和2（2020）年度～令和7（2025）年度</dd>
<dt>評価の時点</dt><dd>令和5年3月31日（中間年度末）</dd>
<dt>担当課</dt><dd>企画財政課</dd>
</dl>
<h2>目標（KPI）の達成状況</h2>
<p>目標値は、計画の中間年度（令和4年度）の中間目標と、最終年度（令和7年度）の最終目標の2段階で定めています。中間評価の欄は、令和4年度の実績値と中間目標を比べたものです。</p>
<table>
<caption>表　目標の達成状況（単位：人。③と④の単位は指標名の末尾に記載）</caption>
<thead>
<tr><th scope="col" rowspan="2">No.</th><th scope="col" rowspan="2">指標</th><th scope="col" rowspan="2">計画策定時<br>（令和元年度）</th><th scope="colgroup" colspan="3">実績値</th><th scope="colgroup" colspan="2">目標値</th><th scope="col" rowspan="2">中間評価</th></tr>
<tr><th scope="col">令和2年度</th><th scope="col">令和3年度</th><th scope="col">令和4年度</th><th scope="col">中間<br>（令和4年度）</th><th scope="col">最終<br>（令和7年度）</th></tr>
</thead>
<tbody>
"""
    + ujitawara_rows()
    + """</tbody>
</table>
<p class="note">※1　①の令和4年度は、令和5年2月末までの実績に3月分の見込みを加えた見込値です。</p>
<p class="note">※　②の令和2年度は、新型コロナウイルス感染症対策のための臨時休館（令和2年4月～5月）を含みます。</p>
<p class="note">※　③の計画策定時の値は、森林経営計画の図面から読み取った概数です。</p>
<h2>評価のまとめ</h2>
<p>5つの指標のうち3つが中間目標を達成しました。観光入込客数は、新型コロナウイルス感染症の影響から回復しつつあるものの中間目標に届かなかったため、新名神高速道路の開通を見据えて、お茶の京都観光まちづくり推進事業による周遊の仕掛けづくりを強化します。</p>
</main>
<footer><p>宇治田原町役場　企画財政課</p></footer>
</body>
</html>
"""
)


def build_ujitawara():
    (HERE / "ujitawara_heart_chukan_hyoka_r4.html").write_text(UJITAWARA, encoding="utf-8")


# ---------------------------------------------------------------- 串本町 (PDF, portrait)
KUSHIMOTO_ACT = (("ア", "宇宙ガイド養成講座の受講者数", "人", 18, 24),)
KUSHIMOTO_OUT = (
    (1, "ロケット打上げ公式見学場の入場者数", "人", "―", 2500, "延期", 2500, 2260, "未達成"),
    (2, "町内宿泊施設の宿泊者数", "千人泊", 168.4, 150.0, 141.2, 165.0, 172.6, "達成"),
    (3, "観光入込客数", "千人", 1512.3, 1300.0, 1286.4, 1450.0, 1468.9, "達成"),
    (4, "宇宙関連の視察・研修の受入件数", "件", 2, 10, 14, 15, 23, "達成"),
)


def build_kushimoto():
    wb = Workbook()
    ws = wb.active
    ws.title = "成果説明書"
    for col, w in zip("ABCDEFGHIJ", (5, 26, 7, 9, 8, 8, 8, 8, 9, 2)):
        ws.column_dimensions[col].width = w
    merge(ws, "A1:I1", "令和５年度　主要な施策の成果説明書", size=14, bold=True, h="center")
    merge(ws, "A2:I2", "令和6年10月　串本町", h="right")
    put(ws, "A4", "１　事業の概要", size=11, bold=True, wrap=False)
    fields = [
        ("施策", "産業の振興と雇用の創出"),
        ("事業名", "ロケットの町・串本推進事業"),
        ("所管課", "企画課"),
        ("会計区分", "一般会計　2款 総務費　1項 総務管理費　6目 企画費"),
        ("決算額", "令和5年度　46,280千円（うち企業版ふるさと納税充当額　8,000千円）"),
        ("関連計画", "串本町まち・ひと・しごと創生総合戦略"),
        (
            "事業の内容",
            "本町は平成17年（2005年）4月1日に串本町と古座町が合併して発足した本州最南端の町で、面積は135.67km²、人口は13,436人（2024年10月1日推計）である。黒潮の影響で年間の平均気温は17℃前後と温暖で、国の天然記念物の橋杭岩や、平成17年（2005年）にラムサール条約に登録された串本沿岸海域など、豊かな自然に恵まれている。"
            "平成31年（2019年）3月、小型ロケット「カイロス」を打ち上げる民間ロケット発射場「スペースポート紀伊」の町内田原への誘致が決まった。初号機は令和6年（2024年）3月9日の延期を経て3月13日に打ち上げられ、町は発射場から約1.5km離れた田原海水浴場に公式見学場を設けた。"
            "本事業では、「ロケットの町・串本」のブランドづくり、見学者の受入れ、宇宙ガイドの養成に取り組む。",
        ),
    ]
    r = fields_block(ws, 5, fields, ("A", "B"), ("C", "I"), {"事業の内容": 96})
    r += 1
    put(ws, f"A{r}", "２　事業の成果", size=11, bold=True, wrap=False)
    r += 1
    put(ws, f"A{r}", "（１）事業の実績", size=10, bold=True, wrap=False)
    r += 1
    for col, text in zip("ABCDE", ("記号", "項目", "単位", "R4実績", "R5実績")):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[r].height = 18
    r += 1
    for row in KUSHIMOTO_ACT:
        for col, v in zip("ABCDE", row):
            put(
                ws,
                f"{col}{r}",
                v,
                box=True,
                h="left" if col == "B" else ("center" if col in "AC" else "right"),
            )
        ws.row_dimensions[r].height = 22
        r += 1
    r += 1
    put(ws, f"A{r}", "（２）成果指標", size=10, bold=True, wrap=False)
    r += 1
    head = (
        "No.",
        "成果指標",
        "単位",
        "基準値\n（R元）",
        "R4目標",
        "R4実績",
        "R5目標",
        "R5実績",
        "達成状況\n（R5）",
    )
    for col, text in zip("ABCDEFGHI", head):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[r].height = 30
    r += 1
    for row in KUSHIMOTO_OUT:
        for col, v in zip("ABCDEFGHI", row):
            h = "left" if col == "B" else ("center" if col in "ACI" else "right")
            put(ws, f"{col}{r}", v, box=True, h=h)
        ws.row_dimensions[r].height = 24
        r += 1
    r = notes_block(
        ws,
        r,
        [
            "※1　No.1のR4は、初号機の打上げが延期されたため、公式見学場を開設していない。",
            "※2　No.3は和歌山県観光客動態調査による暦年（1月～12月）の値であり、基準値・目標・実績とも、R元は令和元年、R4は令和4年、R5は令和5年の値である。",
            "※3　基準値は、事業を始める前の令和元年度（No.3は令和元年）の値である。",
        ],
        "I",
    )
    r += 1
    put(ws, f"A{r}", "３　評価", size=11, bold=True, wrap=False)
    r += 1
    fields = [
        ("成果の評価", "概ね順調"),
        ("今後の方向性", "拡充"),
        (
            "評価の理由",
            "初号機の打上げにあわせた誘客で、宿泊者数と観光入込客数は目標を上回り、視察・研修の受入れも大きく伸びた。公式見学場の入場者数は、打上げ日が平日となったため目標に届かなかった。令和6年度は宇宙ガイドの案内による周遊と、打上げ日以外にも楽しめる体験メニューを整える。",
        ),
    ]
    r = fields_block(ws, r, fields, ("A", "B"), ("C", "I"), {"評価の理由": 44})
    page(ws, landscape=False)
    save(wb, SRC / "kushimoto_rocket_shuyo_seika_r5.xlsx")


# ---------------------------------------------------------------- 尾張旭市 (CSV, open data, UTF-8 with BOM)
OWARIASAHI_WIDTH = 9
OWARIASAHI = [
    ["タイトル", "まち・ひと・しごと創生第2期尾張旭市総合戦略　重要業績評価指標（KPI）の最終評価"],
    ["公表日", "令和6年9月30日"],
    ["担当課", "企画課"],
    ["計画期間", "令和3年度～令和5年度（3年間）"],
    [
        "市の概要",
        "尾張旭市は、昭和45年（1970年）12月1日に旭町が市制を施行して誕生した市で、名古屋市の東に接し、面積は21.03km²、人口は83,115人（2024年4月1日推計）です。"
        "市の北部には市域の約15%を占める愛知県森林公園があります。平成16年（2004年）6月にWHO西太平洋地域の健康都市連合の設立メンバーとなって「健康都市宣言」を行い、平成20年度（2008年度）からは、健康づくり事業に参加してポイントをためた市民を表彰する「あさひ健康マイスター」に取り組んでいます。",
    ],
    [
        "注記",
        "この表には単位の欄がありません。各値は単位を付けて記載しています。④の値は、制度を始めた平成20年度からの累計です。基準値は平成31年度（令和元年度）の値です。",
    ],
    [],
    ["■基本目標ごとの重要業績評価指標（KPI）の最終評価"],
    [
        "基本目標",
        "No.",
        "重要業績評価指標（KPI）",
        "基準値（H31年度）",
        "R3年度実績",
        "R4年度実績",
        "R5年度実績",
        "目標値（R5年度）",
        "達成状況",
    ],
    [
        "1　地域の特性を生かした産業と働く場をつくる",
        "1",
        "創業支援事業計画に基づく支援を受けた創業者数",
        "12人",
        "15人",
        "18人",
        "21人",
        "15人",
        "達成",
    ],
    [
        "2　尾張旭市への新しい人の流れをつくる",
        "2",
        "市外からの転入者数",
        "4,812人",
        "4,655人",
        "4,903人",
        "5,037人",
        "5,000人",
        "達成",
    ],
    [
        "3　結婚・出産・子育ての希望をかなえる",
        "3",
        "子育て支援センターの利用者数",
        "48.2千人",
        "31.6千人",
        "39.8千人",
        "44.5千人",
        "5万人",
        "未達成",
    ],
    [
        "4　健康で安心して暮らせるまちをつくる",
        "4",
        "あさひ健康マイスターの表彰者数",
        "累計1,412人",
        "累計1,538人",
        "累計1,655人",
        "累計1,781人",
        "累計1,800人",
        "未達成",
    ],
]


def build_owariasahi():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for row in OWARIASAHI:
        w.writerow(row + [""] * (OWARIASAHI_WIDTH - len(row)) if row else [])
    (HERE / "owariasahi_sousei2_kpi_saishu_r5.csv").write_bytes(
        b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8")
    )


def to_pdf():
    for name in ("kushimoto_rocket_shuyo_seika_r5",):
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
    build_kasamatsu()
    build_ujitawara()
    build_kushimoto()
    build_owariasahi()
    if "--no-pdf" not in sys.argv:
        to_pdf()


if __name__ == "__main__":
    main()
