"""Build forms556: four KPI documents of 和泉市, 瑞穂市, 三木市 and 高浜市.

Writes `izumi_shinodayama_kofukin_kensho_r5.html`, `mizuho_fuyugaki_jimujigyo_r6.xlsx` (the workbook is the
document), `takahama_seika_shihyo_r5.csv` and the XLSX source `source/miki_kanamono_shuyo_seika_r5.xlsx`, which
LibreOffice turns into `miki_kanamono_shuyo_seika_r5.pdf`.
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
STAMP = datetime.datetime(2025, 8, 4, 9, 0, 0)
STAMP_TEXT = "2025-08-04T09:00:00Z"


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
    wb.properties.creator = "forms556"
    wb.properties.lastModifiedBy = "forms556"
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
            info = zipfile.ZipInfo(item.filename, date_time=(2025, 8, 4, 9, 0, 0))
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


def fields_block(ws, r, fields, key_rng, val_rng, tall):
    """Key | value rows; key_rng and val_rng are column pairs such as ("A", "B")."""
    for key, val in fields:
        merge(ws, f"{key_rng[0]}{r}:{key_rng[1]}{r}", key, bold=True, box=True, shade=True)
        merge(ws, f"{val_rng[0]}{r}:{val_rng[1]}{r}", val, box=True)
        ws.row_dimensions[r].height = tall if key in ("事業の概要", "事業の内容") else 18
        r += 1
    return r


# ---------------------------------------------------------------- 瑞穂市 (XLSX document, portrait)
def build_mizuho():
    wb = Workbook()
    ws = wb.active
    ws.title = "事務事業評価"
    widths = {
        "A": 4,
        "B": 24,
        "C": 7,
        "D": 7,
        "E": 7,
        "F": 2,
        "G": 4,
        "H": 26,
        "I": 13,
        "J": 9,
        "K": 9,
        "L": 9,
    }
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    merge(
        ws,
        "A1:L1",
        "令和７年度　事務事業評価シート（令和６年度実施事業）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:L2", "作成日　令和7年7月18日　　瑞穂市", h="right")
    put(ws, "A4", "１　事業の概要", size=11, bold=True, wrap=False)
    fields = [
        ("事務事業名", "富有柿発祥の地ブランド推進事業"),
        ("担当課", "商工農政観光課　農政係"),
        ("関連計画", "第3期瑞穂市まち・ひと・しごと創生総合戦略"),
        ("事業期間", "令和4年度～令和8年度"),
        ("事業費（R6決算）", "5,380千円（うち県補助金　1,500千円）"),
        (
            "事業の概要",
            "本市は岐阜県の南西部、岐阜市と大垣市の中間に位置し、長良川と揖斐川に挟まれた面積28.19km²の市で、人口は57,501人（2024年3月1日推計）である。"
            "平成15年（2003年）5月1日に本巣郡穂積町と巣南町が合併して誕生した。"
            "富有柿は、居倉の福嶌才治が在来の「居倉御所」から味・色・形の優れたものを選んで増やし、明治25年（1892年）に「富有」と名付けたのが始まりで、その母木は市の天然記念物に指定されている。"
            "昭和47年（1972年）には母木の脇に「富有柿発祥の地」の石碑が建てられた。"
            "本事業では、発祥の地のPRイベント、ガイドマップの作成・配布、ふるさと納税の返礼品としての富有柿の発信を行う。",
        ),
    ]
    r = fields_block(ws, 5, fields, ("A", "B"), ("C", "L"), 84)
    r += 1
    put(ws, f"A{r}", "２　指標の推移", size=11, bold=True, wrap=False)
    r += 1
    # two grids side by side: 活動指標 on the left (A-E), 成果指標 on the right (G-L)
    put(ws, f"A{r}", "（１）活動指標", size=10, bold=True, wrap=False)
    put(ws, f"G{r}", "（２）成果指標", size=10, bold=True, wrap=False)
    ws.row_dimensions[r].height = 18
    r += 1
    for col, text in zip("ABCDE", ("No.", "活動指標（単位）", "4年度", "5年度", "6年度")):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=True, h="center")
    for col, text in zip(
        "GHIJKL",
        ("No.", "成果指標（単位）", "基準値（元年度）", "6年度目標", "6年度実績", "8年度目標"),
    ):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[r].height = 30
    r += 1
    left = [
        ("ア", "発祥の地PRイベントの開催回数（回）", 3, 4, 4),
        ("イ", "「富有柿の里」ガイドマップの配布部数（千部）", 2.0, 3.5, 4.0),
    ]
    right = [
        ("①", "富有柿の母木・発祥の地の見学者数（人）", "約800", 1200, "約1,350", 1500),
        ("②", "市内産富有柿の出荷量（t）", 2150, 2200, 1980, 2300),
        ("③", "ふるさと納税（富有柿返礼品）の寄附件数（件）", 620, 1200, 1430, "1,500以上"),
    ]
    for i in range(3):
        if i < len(left):
            no, name, *vals = left[i]
            put(ws, f"A{r}", no, box=True, h="center")
            put(ws, f"B{r}", name, box=True)
            for col, v in zip("CDE", vals):
                c = put(ws, f"{col}{r}", v, box=True, h="right")
                number(c, v)
        no, name, *vals = right[i]
        put(ws, f"G{r}", no, box=True, h="center")
        put(ws, f"H{r}", name, box=True)
        for col, v in zip("IJKL", vals):
            c = put(ws, f"{col}{r}", v, box=True, h="right")
            number(c, v)
        ws.row_dimensions[r].height = 30
        r += 1
    r += 1
    notes = [
        "※　①は、秋の公開期間（10月～11月）に見学者名簿と目視で数えた概数です。",
        "※　②は、農協の集荷実績によります。6年度は夏の高温で小玉が多く、出荷量が減りました。",
        "※　③の8年度目標は、寄附件数1,500件以上を目指すものです。",
    ]
    for note in notes:
        merge(ws, f"A{r}:L{r}", note, size=8)
        ws.row_dimensions[r].height = 15
        r += 1
    r += 1
    put(ws, f"A{r}", "３　評価", size=11, bold=True, wrap=False)
    r += 1
    fields = [
        ("評価", "A（順調）"),
        (
            "今後の方向性",
            "継続（見学者数と寄附件数は目標を上回った。出荷量は天候の影響を受けたため、令和7年度は農協と連携して品質の向上とPRに取り組む。）",
        ),
    ]
    r = fields_block(ws, r, fields, ("A", "B"), ("C", "L"), 18)
    ws.row_dimensions[r - 1].height = 32
    page(ws, landscape=False)
    save(wb, HERE / "mizuho_fuyugaki_jimujigyo_r6.xlsx")


# ---------------------------------------------------------------- 三木市 (PDF, portrait)
def build_miki():
    wb = Workbook()
    ws = wb.active
    ws.title = "主要施策の成果"
    widths = {"A": 5, "B": 28, "C": 6, "D": 13, "E": 13, "F": 13, "G": 9, "H": 8, "I": 10}
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    merge(
        ws,
        "A1:I1",
        "令和５年度　主要な施策の成果説明書（抜粋）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:I2", "令和6年9月　三木市", h="right")
    fields = [
        ("事業名", "三木金物ブランド発信・販路開拓支援事業"),
        ("所管課", "産業振興部　商工振興課"),
        ("会計区分", "一般会計　7款 商工費　1項 商工費　2目 商工振興費"),
        ("決算額", "令和5年度　21,460千円（うち国庫補助金　6,000千円）"),
        ("関連計画", "三木市総合計画（2020（令和2）年度～2029（令和11）年度）"),
        (
            "事業の内容",
            "本市は兵庫県の中南部、神戸市の北西に位置し、面積は176.51km²、人口は73,656人（令和6年3月31日現在）である。平成17年（2005年）10月に美嚢郡吉川町を編入した。"
            "三木合戦で荒廃した町が豊臣秀吉の復興策によって商工業で栄えたことが今日の金物産業の基礎となり、鉋・小刀など5品目が「播州三木打刃物」として国の伝統的工芸品に指定されている。"
            "昭和27年（1952年）の金物見本市に始まる「三木金物まつり」は、新型コロナウイルス感染症による中止を経て令和4年（2022年）に3年ぶりに開催され、令和5年（2023年）11月の第35回には150社が出展し、両日で約12万人が来場した。"
            "本事業では、金物まつりの開催支援、国内外の見本市・商談会への出展支援、オンラインショップによる三木金物の販路開拓を行う。",
        ),
    ]
    r = fields_block(ws, 4, fields, ("A", "B"), ("C", "I"), 96)
    r += 1
    put(ws, f"A{r}", "（１）事業の実績", size=11, bold=True, wrap=False)
    r += 1
    for col, text in zip("ABCDEF", ("No.", "項目", "単位", "R3実績", "R4実績", "R5実績")):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[r].height = 18
    r += 1
    for no, name, unit, *vals in (
        ("ア", "三木金物まつりの出展事業者数", "社", "中止※1", 75, 150),
        (
            "イ",
            "国内外の見本市・商談会での商談件数",
            "件",
            "国内 28・海外 4",
            "国内 36・海外 9",
            "国内 42・海外 15",
        ),
    ):
        put(ws, f"A{r}", no, box=True, h="center")
        put(ws, f"B{r}", name, box=True)
        put(ws, f"C{r}", unit, box=True, h="center")
        for col, v in zip("DEF", vals):
            c = put(ws, f"{col}{r}", v, box=True, h="right")
            number(c, v)
        ws.row_dimensions[r].height = 20
        r += 1
    r += 1
    put(ws, f"A{r}", "（２）成果指標", size=11, bold=True, wrap=False)
    r += 1
    head = (
        "No.",
        "成果指標",
        "単位",
        "基準値（H30）",
        "R4実績",
        "R5目標",
        "R5実績",
        "達成状況",
        "目標値（R7）",
    )
    for col, text in zip("ABCDEFGHI", head):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[r].height = 30
    r += 1
    rows = [
        ("①", "市内金物事業者の海外向け出荷額", "億円", 12.4, 13.1, 14.0, 13.8, "未達成", 16.0),
        ("②", "三木金物まつりの来場者数", "千人", 160.0, 58.0, 100.0, 120.0, "達成", 160.0),
        (
            "③",
            "三木金物オンラインショップの販売額",
            "千円",
            8420,
            11260,
            "前年度比5％増",
            12150,
            "達成",
            15000,
        ),
    ]
    for no, name, unit, *vals in rows:
        put(ws, f"A{r}", no, box=True, h="center")
        put(ws, f"B{r}", name, box=True)
        put(ws, f"C{r}", unit, box=True, h="center")
        for col, v in zip("DEFGHI", vals):
            c = put(ws, f"{col}{r}", v, box=True, h="center" if col == "H" else "right")
            number(c, v)
        ws.row_dimensions[r].height = 30
        r += 1
    notes = [
        "※1　令和3年度（令和3年11月）の三木金物まつりは、新型コロナウイルス感染症の拡大防止のため中止しました。",
        "（注）③のR5目標は、R4実績（11,260千円）に対する増加率で設定しています。イは、国内の見本市・商談会と海外の見本市・商談会のそれぞれの件数です。②の基準値（H30）は平成30年11月の第32回の来場者数です。",
    ]
    for note in notes:
        merge(ws, f"A{r}:I{r}", note, size=8)
        ws.row_dimensions[r].height = 24 if len(note) > 60 else 15
        r += 1
    r += 1
    put(ws, f"A{r}", "（３）成果と今後の方向性", size=11, bold=True, wrap=False)
    r += 1
    merge(
        ws,
        f"A{r}:I{r}",
        "金物まつりは令和4年度に規模を半分にして再開し、令和5年度には出展事業者数が150社に戻った。オンラインショップの販売額は前年度を7.9%上回った。"
        "一方、海外向け出荷額は円安の追い風があったものの、目標には届かなかった。令和6年度は海外の見本市への出展を年2回から3回に増やす。",
        box=True,
    )
    ws.row_dimensions[r].height = 44
    page(ws, landscape=False)
    save(wb, SRC / "miki_kanamono_shuyo_seika_r5.xlsx")


# ---------------------------------------------------------------- 和泉市 (HTML)
def izumi_row(no, name, unit, base, pairs, status, cls=None):
    cells = "".join(f"<td>{t}</td><td>{a}</td>" for t, a in pairs)
    tr = f'<tr class="{cls}">' if cls else "<tr>"
    return (
        f'{tr}<td class="c">{no}</td><td class="name">{name}</td><td class="c">{unit}</td>'
        f'<td>{base}</td>{cells}<td class="c">{status}</td></tr>\n'
    )


IZUMI_ROWS = (
    izumi_row(
        "①",
        "信太山丘陵の自然観察会・保全活動の参加者数",
        "人",
        "640",
        (("800", "520"), ("900", "930"), ("1,000", "1,120")),
        "達成",
    )
    + izumi_row(
        "",
        "うち市外からの参加者<sup>※1</sup>",
        "人",
        "210",
        (("―", "150"), ("―", "340"), ("―", "460")),
        "",
        cls="sub",
    )
    + izumi_row(
        "②",
        "信太山丘陵の散策路の利用者数",
        "千人",
        "18.2",
        (("20.0", "15.6"), ("22.0", "21.4"), ("24.0", "23.8<br>（速報値）")),
        "未達成",
    )
    + izumi_row(
        "③",
        "市内農産物直売所の販売額",
        "万円",
        "4,620",
        (("4,800", "4,380"), ("5,000", "5,150"), ("5,200", "5,460")),
        "達成",
    )
    + izumi_row(
        "④",
        "トカイナカ体験プログラムの参加者数",
        "人",
        "―",
        (("150", "96"), ("200", "184"), ("250", "262")),
        "達成",
    )
    + izumi_row(
        "⑤",
        "「ココロ トリコ イズミ」公式SNSのフォロワー数",
        "人",
        "3,200",
        (("4,000", "4,450"), ("5,000", "5,380"), ("6,000", "5,910")),
        "未達成",
    )
)

IZUMI = (
    """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>令和５年度　地方創生推進交付金事業の効果検証（信太山丘陵・トカイナカ交流推進事業） - 和泉市</title>
<style>
table { border-collapse: collapse; }
th, td { border: 1px solid #333; padding: 2px 6px; }
td { text-align: right; }
td.c { text-align: center; }
td.name { text-align: left; }
tr.sub td { background: #f2f2f2; font-size: 90%; }
tr.sub td.name { padding-left: 2em; }
</style>
</head>
<body>
<nav aria-label="現在地"><ol>
<li><a href="/">ホーム</a></li>
<li><a href="/shisei/">市政情報</a></li>
<li><a href="/shisei/chihososei/">地方創生</a></li>
<li>令和５年度　地方創生推進交付金事業の効果検証（信太山丘陵・トカイナカ交流推進事業）</li>
</ol></nav>
<main>
<h1>令和５年度　地方創生推進交付金事業の効果検証（信太山丘陵・トカイナカ交流推進事業）</h1>
<p class="update">更新日：2024年10月25日</p>
<p>和泉市は大阪府の南西部、泉北地域に位置し、大阪都心から約25km、関西国際空港から約20kmの距離にあります。市域は東西6.9km、南北18.8kmの南北に細長い形で、面積は84.98km²、人口は181,763人（2024年10月1日推計）です。南部には和泉山脈が連なり、泉州の市では唯一、大阪湾に面していない内陸の市です。昭和31年（1956年）9月1日に市制を施行しました。</p>
<p>市の中部に広がる信太山丘陵には大小多数の池沼と湿地が残り、サギソウやトキソウなどの絶滅危惧種が見られます。本市は2012年（平成24年）に「ココロ トリコ イズミ」をキャッチフレーズとし、都市環境と豊かな自然が調和した「トカイナカ」のシティプロモーションを進めてきました。2014年度（平成26年度）には民間の都市成長力ランキングで全国第4位となっています。</p>
<dl>
<dt>事業名</dt><dd>信太山丘陵・トカイナカ交流推進事業</dd>
<dt>交付金</dt><dd>地方創生推進交付金</dd>
<dt>事業期間</dt><dd>令和3年度～令和5年度（3か年）</dd>
<dt>総事業費</dt><dd>3か年計　54,600千円（うち交付金　27,300千円）</dd>
<dt>担当課</dt><dd>環境産業部　農林課</dd>
</dl>
<h2>重要業績評価指標（KPI）の達成状況</h2>
<p>基準値は事業開始前の令和2年度の値です。達成状況は、令和5年度の目標値に対する実績値で判定しています。</p>
<table>
<thead>
<tr><th scope="col" rowspan="2">No.</th><th scope="col" rowspan="2">重要業績評価指標（KPI）</th><th scope="col" rowspan="2">単位</th><th scope="col" rowspan="2">基準値<br>（令和2年度）</th><th scope="colgroup" colspan="2">令和3年度</th><th scope="colgroup" colspan="2">令和4年度</th><th scope="colgroup" colspan="2">令和5年度</th><th scope="col" rowspan="2">達成状況</th></tr>
<tr><th scope="col">目標値</th><th scope="col">実績値</th><th scope="col">目標値</th><th scope="col">実績値</th><th scope="col">目標値</th><th scope="col">実績値</th></tr>
</thead>
<tbody>
"""
    + IZUMI_ROWS
    + """</tbody>
</table>
<p>※1　「うち市外からの参加者」はKPIではなく、①の内数を参考として掲載しているものです（目標値は設定していません）。</p>
<p>（注）②の令和5年度の実績値は速報値です（確定値は2024年12月に公表する予定です）。④の体験プログラムは令和3年度に始めたため、基準値はありません。</p>
<h2>事業の評価</h2>
<p>5つのKPIのうち3つで令和5年度の目標値を達成しました。2024年8月に開催した和泉市地方創生推進会議では、「地方創生に効果があった」との評価を受けました。交付金事業の終了後も、信太山丘陵の自然観察会は市の単独事業として年6回開催します。</p>
</main>
<footer><p>和泉市役所　環境産業部　農林課</p></footer>
</body>
</html>
"""
)


def build_izumi():
    (HERE / "izumi_shinodayama_kofukin_kensho_r5.html").write_text(IZUMI, encoding="utf-8")


# ---------------------------------------------------------------- 高浜市 (CSV, Shift_JIS)
TAKAHAMA_WIDTH = 11
TAKAHAMA_LINES = [
    ["タイトル", "第7次高浜市総合計画　成果指標の進捗状況（令和5年度）"],
    ["公表日", "2024年11月29日"],
    ["計画の名称", "第7次高浜市総合計画（高浜版総合戦略を包含）"],
    ["計画期間", "令和5年度～令和12年度（前期基本計画：令和5年度～令和8年度）"],
    [
        "市の概要",
        "本市は愛知県の三河地方、衣浦湾の東岸に位置し、面積は13.11平方キロメートル（県内の市では岩倉市に次いで小さい）、人口は45,990人（2024年10月1日推計）です。"
        "「日本三大瓦」の一つ三州瓦の主産地で、瓦を専門とする全国で唯一の美術館「高浜市やきものの里かわら美術館・図書館」があります。"
        "名鉄高浜港駅から三河高浜駅までの約4.5kmの散策路「鬼みち」は、平成16年（2004年）に「美しい日本の歩きたくなるみち500選」に選ばれました。",
    ],
    [],
    ["■基本目標2　にぎわいと活力のあるまち"],
    [
        "施策",
        "担当グループ",
        "No.",
        "成果指標",
        "単位",
        "策定時（R3）",
        "R4実績",
        "R5実績",
        "中間目標（R8）",
        "最終目標（R12）",
        "進捗",
    ],
    [
        "2-3　地域産業の振興",
        "地域産業グループ",
        "①",
        "市内の製造品出荷額等",
        "億円",
        "2,846.3",
        "2,912.8",
        "3,015.4",
        "3,000.0",
        "3,200.0",
        "順調",
    ],
    [
        "2-3　地域産業の振興",
        "地域産業グループ",
        "②",
        "市内事業所の純増数",
        "事業所",
        "△18",
        "△6",
        "4",
        "0",
        "10",
        "やや遅れ",
    ],
    [
        "2-3　地域産業の振興",
        "地域産業グループ",
        "③",
        "瓦のまち来訪者数（鬼みち・かわら美術館）",
        "千人",
        "98.5",
        "112.3",
        "131.8",
        "140.0",
        "160.0",
        "順調",
    ],
    [
        "2-4　観光・交流の推進",
        "文化スポーツグループ",
        "④",
        "まちの魅力を人に紹介したいと思う市民の割合",
        "％",
        "38.2",
        "40.5",
        "―",
        "45.0",
        "50.0",
        "やや遅れ",
    ],
    [
        "2-4　観光・交流の推進",
        "文化スポーツグループ",
        "⑤",
        "【再掲】瓦のまち来訪者数（鬼みち・かわら美術館）",
        "千人",
        "98.5",
        "112.3",
        "131.8",
        "140.0",
        "160.0",
        "順調",
    ],
    [],
    [
        "※1",
        "策定時（R3）は令和3年度の値です。ただし、④は市民意識調査を隔年で行っているため、令和2年度の値を策定時としています（R5は調査を行っていません）。",
    ],
    [
        "※2",
        "△はマイナスを表します。②は年度中に開業した事業所数から廃業した事業所数を差し引いた数です。",
    ],
    ["※3", "【再掲】は、他の施策に掲げる指標を再び掲げたものです。"],
    [
        "※4",
        "進捗は、中間目標（R8）に向けた進み具合を「順調」「やや遅れ」「遅れ」で示したもので、目標の達成・未達成を表すものではありません。",
    ],
    ["※5", "③⑤は、かわら美術館・図書館の入館者数と鬼みち案内所の利用者数の合計です。"],
]


def build_takahama():
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    for line in TAKAHAMA_LINES:
        writer.writerow(line + [""] * (TAKAHAMA_WIDTH - len(line)))
    (HERE / "takahama_seika_shihyo_r5.csv").write_bytes(buf.getvalue().encode("cp932"))


def to_pdf():
    for name in ("miki_kanamono_shuyo_seika_r5",):
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
    build_mizuho()
    build_miki()
    build_izumi()
    build_takahama()
    if "--no-pdf" not in sys.argv:
        to_pdf()


if __name__ == "__main__":
    main()
