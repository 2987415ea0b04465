"""Build forms571: four KPI documents of 東大和市, 草加市, 高萩市 and 東金市.

Writes `higashiyamato_hendensho_jimujigyo_r6.xlsx` (the workbook is the document), `takahagi_suishin_kpi_r5.html`
and the XLSX sources `source/soka_shukuba_kofukin_kensho_r6.xlsx` and `source/togane_hakkakuko_shuyo_seika_r5.xlsx`,
which LibreOffice turns into `soka_shukuba_kofukin_kensho_r6.pdf` and `togane_hakkakuko_shuyo_seika_r5.pdf`.
Run `/work/venv/bin/python build.py` (`--no-pdf` skips LibreOffice). XLSX and HTML are byte-stable.
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
    cell = put(ws, first, value, **kw)
    ws.merge_cells(rng)
    if kw.get("box"):
        boxed(ws, rng, kw.get("shade", False))
    return cell


def number(cell, v, decimals=1):
    if isinstance(v, float):
        cell.number_format = "#,##0." + "0" * decimals
    elif isinstance(v, int):
        cell.number_format = "#,##0"


def save(wb, path):
    """Save with fixed properties and fixed zip timestamps, so the bytes do not change."""
    wb.properties.creator = "forms571"
    wb.properties.lastModifiedBy = "forms571"
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


def notes_block(ws, r, notes, last_col, first_col="A"):
    for note in notes:
        merge(ws, f"{first_col}{r}:{last_col}{r}", note, size=8)
        ws.row_dimensions[r].height = 15
        r += 1
    return r


# ---------------------------------------------------------------- 東大和市 (XLSX document, portrait)
# (No., name, unit, baseline, targets R4..R8, actuals R4..R6, mark)
HY_ROWS = (
    (1, "展示解説・ガイドツアーの実施回数", "回", 24, (60, 80, 96, 100, 100), (58, 84, 101), "○"),
    (
        2,
        "学校等の平和学習での団体見学の受入れ件数",
        "件",
        12,
        (15, 18, 20, 22, 25),
        (14, 19, 18),
        "△",
    ),
    (3, "変電所の見学者数", "人", 5820, (7000, 8000, 9000, 9500, 10000), (7412, 8930, 10115), "◎"),
    (
        4,
        "平和学習で変電所を見学した市立小学校6年生の割合",
        "％",
        "―",
        ("―", 60.0, 70.0, 80.0, 90.0),
        ("―", 58.3, 72.6),
        "○",
    ),
    (
        5,
        "変電所保存のためのふるさと納税寄附額",
        "千円",
        1850,
        (2000, 2200, 2400, 2600, 3000),
        (2136, 2084, 2512),
        "○",
    ),
)


def build_higashiyamato():
    wb = Workbook()
    ws = wb.active
    ws.title = "事務事業評価"
    widths = {"A": 7, "B": 4, "C": 26, "D": 5, "E": 8, "F": 5, "L": 7}
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    for col in "GHIJK":
        ws.column_dimensions[col].width = 8
    merge(
        ws,
        "A1:L1",
        "令和７年度　事務事業評価シート（令和６年度実施事業）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:L2", "作成日　令和7年7月24日　　東大和市", h="right")
    put(ws, "A4", "１　事業の概要", size=11, bold=True, wrap=False)
    fields = [
        ("事務事業名", "旧日立航空機株式会社変電所保存活用事業"),
        ("担当課", "郷土博物館"),
        ("関連計画", "東大和市総合計画「輝きプラン」第五次基本計画"),
        ("事業期間", "令和4年度～令和8年度（5年間）"),
        ("事業費（R6決算）", "9,860千円（うちふるさと納税寄附金充当額　2,400千円）"),
        (
            "事業の概要",
            "本市は昭和45年（1970年）10月1日に市制を施行した面積13.42km²の市で、人口は83,617人（2024年12月1日推計）である。"
            "市域の北部には昭和2年に完成した多摩湖（村山貯水池）と狭山丘陵が広がり、市域の約25％を占める。"
            "都立東大和南公園内に残る旧日立航空機株式会社変電所は、昭和13年（1938年）に軍需工場の変電所として建設され、"
            "昭和20年（1945年）2月17日、4月19日、4月24日の空襲による弾痕を残したまま平成5年（1993年）12月まで使われた戦災建造物で、"
            "「西の原爆ドーム　東の変電所」とも呼ばれる。市は平成7年（1995年）10月1日に史跡として指定した。"
            "本事業では、変電所の保存管理、毎週水曜日・日曜日の一般公開と職員による展示解説、学校等の平和学習での団体見学の受入れを行う。",
        ),
    ]
    r = fields_block(ws, 5, fields, ("A", "B"), ("C", "L"), 96, {"事業の概要"})
    r += 1
    put(ws, f"A{r}", "２　指標の推移", size=11, bold=True, wrap=False)
    r += 1
    head = (
        "区分",
        "No.",
        "指標名",
        "単位",
        "基準値（R3）",
        "",
        "令和4年度",
        "令和5年度",
        "令和6年度",
        "令和7年度",
        "令和8年度（最終）",
        "評価（R6）",
    )
    for col, text in zip("ABCDEFGHIJKL", head):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[r].height = 30
    r += 1
    first = r
    for no, name, unit, base, targets, actuals, mark in HY_ROWS:
        t, a = r, r + 1
        merge(ws, f"B{t}:B{a}", no, box=True, h="center")
        merge(ws, f"C{t}:C{a}", name, box=True)
        merge(ws, f"D{t}:D{a}", unit, box=True, h="center")
        c = merge(ws, f"E{t}:E{a}", base, box=True, h="right")
        number(c, base)
        put(ws, f"F{t}", "目標", box=True, h="center")
        put(ws, f"F{a}", "実績", box=True, h="center")
        for col, v in zip("GHIJK", targets):
            number(put(ws, f"{col}{t}", v, box=True, h="right"), v)
        for i, col in enumerate("GHIJK"):
            v = actuals[i] if i < len(actuals) else None
            number(put(ws, f"{col}{a}", v, box=True, h="right"), v)
        merge(ws, f"L{t}:L{a}", mark, size=11, box=True, h="center")
        ws.row_dimensions[t].height = 17
        ws.row_dimensions[a].height = 17
        r += 2
    merge(ws, f"A{first}:A{first + 3}", "活動指標", box=True, h="center")
    merge(ws, f"A{first + 4}:A{first + 9}", "成果指標", box=True, h="center")
    r = notes_block(
        ws,
        r,
        [
            "※1　各指標の上段は目標、下段は実績である。",
            "※2　No.4は令和5年度に新たに設定した指標のため、基準値及び令和4年度の欄は「―」としている。",
            "※3　評価（R6）　◎：目標を大きく上回った（達成率110％以上）　○：目標を達成した（達成率100％以上110％未満）　△：目標を下回った（達成率100％未満）",
        ],
        "L",
    )
    r += 1
    put(ws, f"A{r}", "３　評価", size=11, bold=True, wrap=False)
    r += 1
    fields = [
        ("総合評価", "A（順調）"),
        ("今後の方向性", "継続"),
        (
            "評価の理由",
            "令和6年度の見学者数は初めて1万人を超え、平和学習での見学率も目標を上回った。団体見学の受入れ件数は、学校行事の日程が重なったため目標に届かなかった。令和7年度は戦後80年の企画展示と合わせて学校への周知を早める。",
        ),
    ]
    r = fields_block(ws, r, fields, ("A", "B"), ("C", "L"), 42, {"評価の理由"})
    page(ws, landscape=False)
    save(wb, HERE / "higashiyamato_hendensho_jimujigyo_r6.xlsx")


# ---------------------------------------------------------------- 草加市 (PDF, landscape)
# (label, name, unit, before, (target, actual) x 3, status)
SOKA_ROWS = (
    (
        "①",
        "草加松原・旧日光街道周辺の観光入込客数",
        "万人",
        98.6,
        (105.0, 108.2),
        (112.0, 116.5),
        (120.0, "121.3（見込）"),
        "達成",
    ),
    (
        "②",
        "草加せんべい手焼き体験の参加者数",
        "人",
        3420,
        (4000, 4215),
        (4500, 4388),
        (5000, "4,860（見込）"),
        "未達成",
    ),
    (
        "③",
        "市内せんべい店の共同ECサイト売上額",
        "千円",
        "―（新規）",
        (3000, 3460),
        (6000, 6912),
        (9000, 9835),
        "達成",
    ),
    (
        "④",
        "宿場町ガイドツアー・まち歩きイベントの参加者数",
        "人",
        620,
        (800, 745),
        (900, 1012),
        (1000, 1104),
        "達成",
    ),
)


def build_soka():
    wb = Workbook()
    ws = wb.active
    ws.title = "効果検証シート"
    widths = {"A": 12, "B": 34, "C": 7, "D": 13, "K": 11}
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    for col in "EFGHIJ":
        ws.column_dimensions[col].width = 10
    merge(
        ws,
        "A1:K1",
        "令和６年度　地方創生推進交付金事業　効果検証シート",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:K2", "令和7年3月　草加市", h="right")
    put(ws, "A4", "１　事業の概要", size=11, bold=True, wrap=False)
    fields = [
        ("交付対象事業の名称", "草加せんべいと草加松原でつなぐ宿場町回遊促進事業"),
        ("交付金の種類", "デジタル田園都市国家構想交付金（地方創生推進タイプ）"),
        ("事業期間", "令和4年度～令和6年度（3か年）"),
        ("総事業費", "3か年計　38,400千円（うち交付金　19,200千円）"),
        ("担当課", "文化観光課"),
        (
            "市の概要",
            "草加市は東京都心から約30kmに位置する面積27.46km²の市で、人口は249,645人（2021年2月1日）である。"
            "江戸時代には日光街道第2の宿場「草加宿」として栄えた。綾瀬川沿いに約1.5kmにわたって634本の松が連なる草加松原は、"
            "平成26年（2014年）3月18日に国指定名勝「おくのほそ道の風景地」の一つに指定された。名物の草加せんべいは、埼玉県の三大銘菓のひとつとして親しまれている。",
        ),
    ]
    r = fields_block(ws, 5, fields, ("A", "A"), ("B", "K"), 44, {"市の概要"})
    r += 1
    put(ws, f"A{r}", "２　重要業績評価指標（KPI）の達成状況", size=11, bold=True, wrap=False)
    r += 1
    h1, h2 = r, r + 1
    for col, text in zip(
        "ABCD", ("No.", "重要業績評価指標（KPI）", "単位", "事業開始前\n（令和4年3月末）")
    ):
        merge(ws, f"{col}{h1}:{col}{h2}", text, bold=True, box=True, shade=True, h="center")
    for cols, year in (
        ("EF", "1年目（令和4年度）"),
        ("GH", "2年目（令和5年度）"),
        ("IJ", "3年目（令和6年度）"),
    ):
        merge(ws, f"{cols[0]}{h1}:{cols[1]}{h1}", year, bold=True, box=True, shade=True, h="center")
        put(ws, f"{cols[0]}{h2}", "目標値", bold=True, box=True, shade=True, h="center")
        put(ws, f"{cols[1]}{h2}", "実績値", bold=True, box=True, shade=True, h="center")
    merge(ws, f"K{h1}:K{h2}", "達成状況\n（3年目）", bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[h1].height = 20
    ws.row_dimensions[h2].height = 20
    r = h2 + 1
    for label, name, unit, before, y1, y2, y3, status in SOKA_ROWS:
        put(ws, f"A{r}", label, box=True, h="center")
        put(ws, f"B{r}", name, box=True)
        put(ws, f"C{r}", unit, box=True, h="center")
        number(put(ws, f"D{r}", before, box=True, h="right"), before)
        for col, v in zip("EFGHIJ", (*y1, *y2, *y3)):
            number(put(ws, f"{col}{r}", v, box=True, h="right"), v)
        put(ws, f"K{r}", status, box=True, h="center")
        ws.row_dimensions[r].height = 24
        r += 1
    r = notes_block(
        ws,
        r,
        [
            "※1　3年目（令和6年度）の実績値のうち「（見込）」としたものは、令和7年1月末までの実績に2月・3月の見込を加えた値である。",
            "※2　KPI③の共同ECサイトは令和4年度に開設したため、事業開始前の値はない。",
            "※3　達成状況は、3年目の目標値と実績値（見込を含む）を比べたものである。",
        ],
        "K",
    )
    r += 1
    put(ws, f"A{r}", "３　効果検証の結果", size=11, bold=True, wrap=False)
    r += 1
    fields = [
        ("事業の効果", "地方創生に相当程度効果があった"),
        ("今後の方針", "事業の継続（令和7年度以降は市の単独事業として実施）"),
        (
            "外部有識者の意見",
            "草加松原周辺の観光入込客数は令和6年度に120万人を超える見込みであり、宿場町の回遊は着実に広がっている。"
            "手焼き体験は平日の参加が伸び悩んでおり、学校・企業の団体利用の開拓が望まれる。",
        ),
    ]
    r = fields_block(ws, r, fields, ("A", "A"), ("B", "K"), 30, {"外部有識者の意見"})
    page(ws, landscape=True)
    save(wb, SRC / "soka_shukuba_kofukin_kensho_r6.xlsx")


# ---------------------------------------------------------------- 高萩市 (HTML)
TAKAHAGI = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>高萩市まち・ひと・しごと創生推進計画　重要業績評価指標（KPI）の実績（令和５年度） - 高萩市</title>
<style>
table { border-collapse: collapse; margin-bottom: 1em; }
th, td { border: 1px solid #333; padding: 2px 6px; }
td { text-align: right; }
td.name { text-align: left; }
td.c { text-align: center; }
dt { font-weight: bold; }
</style>
</head>
<body>
<nav aria-label="パンくずリスト"><ol>
<li><a href="/">ホーム</a></li>
<li><a href="/shisei/">市政情報</a></li>
<li><a href="/shisei/keikaku/">計画・行政評価</a></li>
<li>重要業績評価指標（KPI）の実績（令和５年度）</li>
</ol></nav>
<main>
<h1>高萩市まち・ひと・しごと創生推進計画　重要業績評価指標（KPI）の実績（令和５年度）</h1>
<p class="update">更新日：2024年10月25日</p>
<p>高萩市は茨城県の北東部に位置し、東は太平洋に面し、西は阿武隈山地（多賀山地）の山間部で、面積193.55km²のうち約85％を山林原野が占めています。市の人口は平成7年の35,604人をピークに減少が続き、27,431人（令和2年10月1日現在）となっています。</p>
<p>紅葉の名所として知られる花貫渓谷には長さ約60mの汐見滝吊り橋があり、例年11月中旬から下旬にかけて紅葉まつりが開かれます。安永2年（1773年）に建てられた県指定有形文化財の穂積家住宅では、紅葉の時期に古民家レストランを開いています。</p>
<dl>
<dt>計画の名称</dt><dd>高萩市まち・ひと・しごと創生推進計画</dd>
<dt>計画期間</dt><dd>令和3年度～令和7年度（5年間）</dd>
<dt>担当課</dt><dd>企画部　企画課</dd>
</dl>
<p>計画の中間年である令和5年度に、各KPIの実績を中間目標と比べて検証しました。表の数値には単位を付けて掲載しています。</p>
<h2>基本目標1　高萩の資源を生かし、しごとと交流を生み出す</h2>
<table>
<thead>
<tr><th scope="col" rowspan="2">No.</th><th scope="col" rowspan="2">重要業績評価指標（KPI）</th><th scope="col" rowspan="2">基準値<br>（令和元年度）</th><th scope="col" rowspan="2">中間目標<br>（令和5年度）</th><th scope="col" rowspan="2">最終目標<br>（令和7年度）</th><th scope="colgroup" colspan="3">実績値</th><th scope="col" rowspan="2">中間目標の<br>達成状況</th></tr>
<tr><th scope="col">令和3年度</th><th scope="col">令和4年度</th><th scope="col">令和5年度</th></tr>
</thead>
<tbody>
<tr><td class="c">①</td><td class="name">花貫渓谷・穂積家住宅の観光入込客数<sup>※1</sup></td><td>12.4万人</td><td>14万人</td><td>15万人</td><td>9.8万人</td><td>11.6万人</td><td>13.1万人</td><td class="c">未達成</td></tr>
<tr><td class="c">②</td><td class="name">ふるさと納税の寄附額</td><td>8,640万円</td><td>1億8,000万円</td><td>2億円</td><td>1億2,300万円</td><td>1億5,480万円</td><td>1億9,050万円</td><td class="c">達成</td></tr>
<tr><td class="c">③</td><td class="name">市の支援による新規創業・事業承継の件数</td><td>4件</td><td colspan="2" class="c">6件</td><td>5件</td><td>7件</td><td>6件</td><td class="c">達成</td></tr>
</tbody>
</table>
<h2>基本目標2　高萩に住みたい・住み続けたいと思える環境をつくる</h2>
<table>
<thead>
<tr><th scope="col" rowspan="2">No.</th><th scope="col" rowspan="2">重要業績評価指標（KPI）</th><th scope="col" rowspan="2">基準値<br>（令和元年度）</th><th scope="col" rowspan="2">中間目標<br>（令和5年度）</th><th scope="col" rowspan="2">最終目標<br>（令和7年度）</th><th scope="colgroup" colspan="3">実績値</th><th scope="col" rowspan="2">中間目標の<br>達成状況</th></tr>
<tr><th scope="col">令和3年度</th><th scope="col">令和4年度</th><th scope="col">令和5年度</th></tr>
</thead>
<tbody>
<tr><td class="c">④</td><td class="name">移住支援制度を利用して転入した人数</td><td>18人</td><td>30人</td><td>40人</td><td>22人</td><td>31人</td><td>36人</td><td class="c">達成</td></tr>
<tr><td class="c">⑤</td><td class="name">「高萩市に住み続けたい」と思う市民の割合<sup>※2</sup></td><td>68.2％</td><td>―</td><td>75.0％</td><td>69.5％</td><td>71.0％</td><td>70.4％</td><td class="c">―</td></tr>
</tbody>
</table>
<p>※1　①は暦年（1月～12月）で集計しています。各年度の欄には、その年の1月～12月の数値を掲載しています（例：令和5年度の欄は令和5年1月～12月）。基準値・目標も同じです。</p>
<p>※2　⑤は市民意識調査の結果で、最終目標のみを設定しています。</p>
<p>※3　③の「6件」は、中間目標（令和5年度）・最終目標（令和7年度）とも6件であることを示します。</p>
</main>
<footer><p>高萩市役所　企画部　企画課</p></footer>
</body>
</html>
"""


def build_takahagi():
    (HERE / "takahagi_suishin_kpi_r5.html").write_text(TAKAHAGI, encoding="utf-8")


# ---------------------------------------------------------------- 東金市 (PDF, portrait, two grids side by side)
TG_ACT = (
    ("ア", "さくらまつり期間中の夜桜ライトアップの実施日数", "日", 14, 16),
    ("イ", "八鶴湖周辺の桜の植樹・補植本数", "本", 35, 42),
)
TG_OUT = (
    ("①", "東金さくらまつり期間中の観光入込客数", "千人", "中止", 62.4, 80.0, 84.7, "達成"),
    ("②", "観光ボランティアガイドの登録者数", "人", 18, 21, 25, 24, "未達成"),
    ("③", "さくらまつり期間中の観光消費額（推計）", "百万円", "中止", 186.4, 240.0, 252.8, "達成"),
)


def build_togane():
    wb = Workbook()
    ws = wb.active
    ws.title = "成果説明書"
    for col, w in zip("ABCDEFGHIJKLMN", (4, 18, 4, 6, 6, 2, 4, 25, 6, 7, 6, 6, 6, 7)):
        ws.column_dimensions[col].width = w
    merge(
        ws,
        "A1:N1",
        "令和５年度　主要な施策の成果に関する説明書（抜粋）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:N2", "令和6年9月　東金市", h="right")
    fields = [
        ("施策", "観光の振興"),
        ("事業名", "八鶴湖周辺観光にぎわい創出事業"),
        ("所管課", "経済環境部　商工観光課"),
        ("会計区分", "一般会計　7款 商工費　1項 商工費　3目 観光費"),
        ("決算額", "令和5年度　12,860千円（うち県補助金　2,000千円）"),
        ("関連計画", "東金市第4次総合計画　前期基本計画（令和3年度～令和7年度）"),
        (
            "事業の内容",
            "本市は昭和29年（1954年）に市制を施行し、令和6年に市制施行70周年を迎えた面積89.12km²の市で、人口は57,052人（2024年8月1日推計）である。"
            "九十九里平野と房総台地の境界に位置し、江戸時代には徳川家康が鷹狩りに訪れ、東金御殿と東金御成街道が整えられた。"
            "市の中心にある八鶴湖は面積3.4ヘクタール、周囲約800mの池で、約1,000本の桜に囲まれ、毎年4月上旬に東金さくらまつりが開かれる。"
            "本事業では、さくらまつりの開催支援と夜桜ライトアップ、湖畔の桜の植樹・補植、観光ボランティアガイドの育成を行う。",
        ),
    ]
    r = fields_block(ws, 4, fields, ("A", "B"), ("C", "N"), 72, {"事業の内容"})
    r += 1
    put(ws, f"A{r}", "（１）事業の実績", size=10, bold=True, wrap=False)
    put(ws, f"G{r}", "（２）成果指標", size=10, bold=True, wrap=False)
    r += 1
    for col, text in zip("ABCDE", ("記号", "項目", "単位", "R4実績", "R5実績")):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=True, h="center")
    out_head = ("No.", "成果指標", "単位", "基準値（R2）", "R4実績", "R5目標", "R5実績", "達成状況")
    for col, text in zip("GHIJKLMN", out_head):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[r].height = 30
    r += 1
    for i in range(3):
        if i < len(TG_ACT):
            for col, v in zip("ABCDE", TG_ACT[i]):
                h = "left" if col == "B" else ("center" if col in "AC" else "right")
                number(put(ws, f"{col}{r}", v, box=True, h=h), v)
        for col, v in zip("GHIJKLMN", TG_OUT[i]):
            h = "left" if col == "H" else ("center" if col in "GIN" else "right")
            number(put(ws, f"{col}{r}", v, box=True, h=h), v)
        ws.row_dimensions[r].height = 30
        r += 1
    r = notes_block(
        ws,
        r,
        [
            "※1　基準値（R2）の「中止」は、新型コロナウイルス感染症の影響により令和2年度の東金さくらまつりを中止したことによる。",
            "※2　成果指標②の数値（基準値・目標・実績）は、各年度の4月1日現在の登録者数である。",
            "※3　成果指標③は、来場者アンケートによる1人当たり消費額に観光入込客数を乗じて推計した。",
        ],
        "N",
    )
    r += 1
    put(ws, f"A{r}", "（３）成果と今後の方向性", size=10, bold=True, wrap=False)
    r += 1
    merge(
        ws,
        f"A{r}:N{r}",
        "令和5年度のさくらまつりは4年ぶりに露店の出店を再開し、期間中の観光入込客数は8万人を超えた。"
        "夜桜ライトアップは開花が早まったため2日延長した。観光ボランティアガイドの登録者は目標に1人届かなかったため、"
        "令和6年度は市制施行70周年の記念事業と合わせて養成講座を年2回に増やす。",
        box=True,
    )
    ws.row_dimensions[r].height = 44
    page(ws, landscape=False)
    save(wb, SRC / "togane_hakkakuko_shuyo_seika_r5.xlsx")


def to_pdf():
    for name in ("soka_shukuba_kofukin_kensho_r6", "togane_hakkakuko_shuyo_seika_r5"):
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
    build_higashiyamato()
    build_soka()
    build_takahagi()
    build_togane()
    if "--no-pdf" not in sys.argv:
        to_pdf()


if __name__ == "__main__":
    main()
