"""Build forms554: four KPI documents of 足寄町, 三戸町, 湯沢市 and 磐梯町.

Writes `ashoro_rawanbuki_jimujigyo_r5.xlsx` (the workbook is the document), `sannohe_neko_kofukin_kensho_r5.html`,
and the XLSX sources `source/yuzawa_sogo2_seika_shihyo_r5.xlsx` and `source/bandai_enichiji_shuyo_seika_r5.xlsx`,
which LibreOffice turns into `yuzawa_sogo2_seika_shihyo_r5.pdf` and `bandai_enichiji_shuyo_seika_r5.pdf`.
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
BAND = PatternFill("solid", fgColor="EDEDED")
STAMP = datetime.datetime(2024, 9, 20, 9, 0, 0)
STAMP_TEXT = "2024-09-20T09:00:00Z"


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


def boxed(ws, rng, fill=None):
    for row in ws[rng]:
        for cell in row:
            cell.border = BOX
            if fill is not None:
                cell.fill = fill


def merge(ws, rng, value, **kw):
    first = rng.split(":")[0]
    put(ws, first, value, **kw)
    ws.merge_cells(rng)
    if kw.get("box"):
        boxed(ws, rng, SHADE if kw.get("shade") else None)


def save(wb, path):
    """Save with fixed properties and fixed zip timestamps, so the bytes do not change."""
    wb.properties.creator = "forms554"
    wb.properties.lastModifiedBy = "forms554"
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
            info = zipfile.ZipInfo(item.filename, date_time=(2024, 9, 20, 9, 0, 0))
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


def number(cell, v, decimals=1):
    if isinstance(v, float):
        cell.number_format = "#,##0." + "0" * decimals
    elif isinstance(v, int):
        cell.number_format = "#,##0"


def fields_block(ws, r, fields, key_rng, val_rng, tall):
    """Key | value rows; key_rng and val_rng are column pairs such as ("A", "C")."""
    for key, val in fields:
        merge(ws, f"{key_rng[0]}{r}:{key_rng[1]}{r}", key, bold=True, box=True, shade=True)
        merge(ws, f"{val_rng[0]}{r}:{val_rng[1]}{r}", val, box=True)
        ws.row_dimensions[r].height = (
            tall if key in ("事業の概要", "事業の内容", "市の概要") else 18
        )
        r += 1
    return r


# ---------------------------------------------------------------- 足寄町 (XLSX document, portrait)
def build_ashoro():
    wb = Workbook()
    ws = wb.active
    ws.title = "事務事業評価"
    widths = {
        "A": 6,
        "B": 4,
        "C": 24,
        "D": 5,
        "E": 7,
        "F": 7,
        "G": 7,
        "H": 11,
        "I": 8,
        "J": 10,
    }
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    merge(
        ws,
        "A1:J1",
        "令和６年度　事務事業評価シート（令和５年度実施事業）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:J2", "作成日　令和6年7月29日", h="right")
    put(ws, "A4", "１　事業の概要", size=11, bold=True, wrap=False)
    fields = [
        ("事務事業名", "ラワンぶき産地振興事業"),
        ("担当課", "経済課　農林係"),
        ("関連計画", "第2期足寄町まち・ひと・しごと創生総合戦略"),
        ("事業期間", "令和3年度～令和7年度"),
        ("事業費（R5決算）", "6,180千円（うち北海道補助金　2,000千円）"),
        (
            "事業の概要",
            "本町は十勝地方の北東部に位置し、面積は1,408.04km²で町としては日本一広く、町の約83％を森林が占める。"
            "螺湾（らわん）地区の螺湾川沿いに自生するラワンぶきは、高さ3m、太さ10cm以上に育つ日本一大きなフキで、"
            "平成28年（2016年）8月の台風では自生地の圃場が流木や土砂をかぶる被害を受けた。"
            "本事業では、栽培農家への種根の配布と栽培講習会、都市部での販売促進、収穫体験の受入れを行う。",
        ),
    ]
    r = fields_block(ws, 5, fields, ("A", "C"), ("D", "J"), 72)
    r += 1
    put(ws, f"A{r}", "２　指標の推移", size=11, bold=True, wrap=False)
    r += 1
    for col, text in zip(
        "ABCDEFGHIJ",
        (
            "区分",
            "No.",
            "指標名",
            "単位",
            "R3実績",
            "R4実績",
            "R5目標",
            "R5実績",
            "達成率（R5）",
            "R7目標（最終）",
        ),
    ):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[r].height = 28
    r += 1
    # (区分, No., name, unit, R3実績, R4実績, R5目標, R5実績, 達成率, R7目標)
    rows = [
        ("活動指標", 1, "ラワンぶき栽培講習会の開催回数", "回", 3, 4, 4, 4, "100.0%", 4),
        ("活動指標", 2, "ラワンぶき収穫体験の受入人数", "人", "中止", 86, 120, 142, "118.3%", 150),
        (
            "成果指標",
            3,
            "ラワンぶきの出荷量",
            "t",
            31.6,
            34.2,
            38.0,
            "38.4（速報値）",
            "101.1%",
            42.0,
        ),
        (
            "成果指標",
            4,
            "ラワンぶき加工品の販売額",
            "千円",
            8420,
            9150,
            10500,
            9870,
            "94.0%",
            12000,
        ),
        ("成果指標", 5, "ラワンぶきの作付農家数", "戸", 9, 10, 11, 11, "100.0%", "12→14"),
    ]
    group_start = {}
    for kind, no, name, unit, *vals in rows:
        group_start.setdefault(kind, r)
        put(ws, f"B{r}", no, box=True, h="center")
        put(ws, f"C{r}", name, box=True)
        put(ws, f"D{r}", unit, box=True, h="center")
        for col, v in zip("EFGHIJ", vals):
            c = put(ws, f"{col}{r}", v, box=True, h="center" if isinstance(v, str) else "right")
            number(c, v)
        ws.row_dimensions[r].height = 24
        r += 1
    merge(
        ws,
        f"A{group_start['活動指標']}:A{group_start['成果指標'] - 1}",
        "活動指標",
        box=True,
        h="center",
    )
    merge(ws, f"A{group_start['成果指標']}:A{r - 1}", "成果指標", box=True, h="center")
    notes = [
        "※1　No.2のR3は、新型コロナウイルス感染症の影響により収穫体験の受入れを中止した。",
        "※2　No.3のR5実績は、令和6年6月末時点の速報値である（確定値は令和6年10月に公表予定）。",
        "※3　No.5のR7目標は、令和5年度の中間見直しで上方修正した（→の右が見直し後の目標値）。",
        "※4　達成率は、R5実績をR5目標で除したものである。",
    ]
    for note in notes:
        merge(ws, f"A{r}:J{r}", note, size=8)
        ws.row_dimensions[r].height = 14
        r += 1
    r += 1
    put(ws, f"A{r}", "３　評価", size=11, bold=True, wrap=False)
    r += 1
    evaluation = [
        ("評価", "Ｂ　概ね順調"),
        (
            "評価の理由",
            "出荷量と作付農家数は目標に達したが、加工品の販売額は首都圏での催事出店が1回減ったことから目標を下回った。",
        ),
        ("今後の方向性", "拡充（加工品のオンライン販売を始め、販路の拡大を図る）"),
    ]
    r = fields_block(ws, r, evaluation, ("A", "C"), ("D", "J"), 18)
    ws.row_dimensions[r - 2].height = 30
    page(ws, landscape=False)
    save(wb, HERE / "ashoro_rawanbuki_jimujigyo_r5.xlsx")


# ---------------------------------------------------------------- 湯沢市 (PDF source, landscape)
def build_yuzawa():
    wb = Workbook()
    ws = wb.active
    ws.title = "成果指標"
    widths = {
        "A": 5,
        "B": 34,
        "C": 6,
        "D": 13,
        "E": 10,
        "F": 10,
        "G": 10,
        "H": 12,
        "I": 7,
    }
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    merge(
        ws,
        "A1:I1",
        "第2次湯沢市総合振興計画　成果指標の進捗状況（令和５年度）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:I2", "令和6年9月　湯沢市 企画課", h="right")
    fields = [
        ("計画の名称", "第2次湯沢市総合振興計画"),
        (
            "計画期間",
            "基本構想　平成28年度～令和7年度（10年間）／後期基本計画　令和3年度～令和7年度（5年間）",
        ),
        (
            "市の概要",
            "本市は秋田県の南東部に位置し、山形県・宮城県と接する秋田県の南の玄関口である。平成17年（2005年）3月22日に湯沢市・稲川町・雄勝町・皆瀬村の"
            "4市町村が合併して誕生し、面積は790.91km²で県全体の約6.8％を占める。人口は46,613人（平成27年国勢調査）。"
            "稲庭うどんや約800年の歴史を持つ川連漆器などの地場産業があり、毎年8月5日から7日に開く七夕絵どうろうまつりは約300年、"
            "2月の犬っこまつりは400年以上続く伝統行事である。",
        ),
    ]
    r = fields_block(ws, 4, fields, ("A", "B"), ("C", "I"), 58)
    r += 1
    put(ws, f"A{r}", "２　成果指標の進捗状況", size=11, bold=True, wrap=False)
    r += 1
    merge(
        ws,
        f"A{r}:I{r}",
        "評価　Ａ：目標値（R7）を既に達成　Ｂ：基準値より改善　Ｃ：基準値から横ばい又は悪化",
        size=8,
    )
    r += 1
    top, low = r, r + 1
    for col, text in (
        ("A", "No."),
        ("B", "成果指標"),
        ("C", "単位"),
        ("D", "策定時（R元）"),
        ("H", "目標値（R7）"),
        ("I", "評価"),
    ):
        merge(ws, f"{col}{top}:{col}{low}", text, bold=True, box=True, shade=True, h="center")
    merge(ws, f"E{top}:G{top}", "実績値", bold=True, box=True, shade=True, h="center")
    for col, text in zip("EFG", ("R3", "R4", "R5")):
        put(ws, f"{col}{low}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[top].height = 16
    ws.row_dimensions[low].height = 16
    r = low + 1
    bands = [
        (
            "施策２－１　観光の振興　【観光物産課】",
            [
                (1, "観光入込客数", "千人", 2412.6, 1503.2, 1866.0, 2197.4, 2500.0, "Ｃ"),
                (
                    2,
                    "七夕絵どうろうまつりの来場者数",
                    "千人",
                    "158.0（H30）",
                    "中止",
                    120.5,
                    171.3,
                    170.0,
                    "Ａ",
                ),
                (3, "外国人宿泊者数", "人", 3860, 214, 1105, 4972, 5000, "Ｂ"),
            ],
        ),
        (
            "施策５－２　移住・定住の促進　【企画課】",
            [
                (
                    1,
                    "社会増減数（転入者数－転出者数）",
                    "人",
                    "△412",
                    "△398",
                    "△365",
                    "△301",
                    "△250",
                    "Ｂ",
                ),
                (2, "移住支援制度を利用した移住者数", "人", 18, 24, 31, 42, 40, "Ａ"),
            ],
        ),
    ]
    for band, rows in bands:
        merge(ws, f"A{r}:I{r}", band, bold=True, box=True)
        boxed(ws, f"A{r}:I{r}", BAND)
        ws.row_dimensions[r].height = 18
        r += 1
        for no, name, unit, *vals, grade in rows:
            put(ws, f"A{r}", no, box=True, h="center")
            put(ws, f"B{r}", name, box=True)
            put(ws, f"C{r}", unit, box=True, h="center")
            for col, v in zip("DEFGH", vals):
                c = put(ws, f"{col}{r}", v, box=True, h="center" if v == "中止" else "right")
                number(c, v)
            put(ws, f"I{r}", grade, box=True, h="center")
            ws.row_dimensions[r].height = 18
            r += 1
    notes = [
        "※1　七夕絵どうろうまつりのR3は、新型コロナウイルス感染症の影響により中止した。策定時の値は、令和元年度の来場者数を集計していないため、平成30年度の値としている。",
        "※2　社会増減数の「△」は転出超過（マイナス）を表す。",
    ]
    for note in notes:
        merge(ws, f"A{r}:I{r}", note, size=8)
        ws.row_dimensions[r].height = 14
        r += 1
    page(ws, landscape=True)
    save(wb, SRC / "yuzawa_sogo2_seika_shihyo_r5.xlsx")


# ---------------------------------------------------------------- 磐梯町 (PDF source, portrait)
def build_bandai():
    wb = Workbook()
    ws = wb.active
    ws.title = "主要施策の成果"
    widths = {"A": 5, "B": 30, "C": 6, "D": 11, "E": 10, "F": 10, "G": 10, "H": 12}
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    merge(
        ws,
        "A1:H1",
        "令和５年度　主要施策の成果に関する説明書（抜粋）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:H2", "令和6年9月　磐梯町", h="right")
    fields = [
        ("事業名", "史跡慧日寺跡保存活用事業"),
        ("所管課", "教育委員会　生涯学習課"),
        ("会計区分", "一般会計　10款 教育費　5項 社会教育費"),
        ("決算額", "令和5年度　21,460千円（うち国庫補助金　7,800千円）"),
        ("関連計画", "磐梯町歴史的風致維持向上計画（平成28年度～平成37年度）"),
        (
            "事業の内容",
            "本町は会津地方の北東部に位置して磐梯山の裾野に広がり、面積は59.69km²で、その約70％を山林が占める。慧日寺は平安時代の初めに"
            "南都法相宗の僧・徳一によって開かれた寺院で、会津仏教文化発祥の地とされ、寺跡は昭和45年（1970年）に国の史跡に指定された。"
            "平成20年（2008年）に金堂と中門が復元され、同年には約7万人が訪れたが、平成27年（2015年）には約1万3千人まで減少した。"
            "平成28年（2016年）1月に認定を受けた歴史的風致維持向上計画では、本寺・大寺地区の約150haを重点区域としている。"
            "本事業では、史跡の発掘調査と環境整備、慧日寺資料館の企画展、写経・薬草の体験教室を行う。",
        ),
    ]
    r = fields_block(ws, 4, fields, ("A", "B"), ("C", "H"), 96)
    r += 1
    put(ws, f"A{r}", "（１）事業の実績", size=11, bold=True, wrap=False)
    r += 1
    merge(ws, f"B{r}:D{r}", "項目", bold=True, box=True, shade=True, h="center")
    for col, text in (("A", "No."), ("E", "単位"), ("F", "R4実績"), ("G", "R5実績")):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[r].height = 18
    r += 1
    for no, name, unit, *vals in (
        ("ア", "史跡の発掘調査面積", "㎡", 320, 450),
        ("イ", "慧日寺資料館の企画展の開催回数", "回", 2, 3),
    ):
        put(ws, f"A{r}", no, box=True, h="center")
        merge(ws, f"B{r}:D{r}", name, box=True)
        put(ws, f"E{r}", unit, box=True, h="center")
        for col, v in zip("FG", vals):
            c = put(ws, f"{col}{r}", v, box=True, h="right")
            number(c, v)
        ws.row_dimensions[r].height = 18
        r += 1
    r += 1
    put(ws, f"A{r}", "（２）成果指標", size=11, bold=True, wrap=False)
    r += 1
    merge(ws, f"A{r}:H{r}", "※R3～R5の各欄は、上段が目標値、下段が実績値です。", size=8)
    r += 1
    for col, text in zip(
        "ABCDEFGH",
        ("No.", "指標名", "単位", "基準値（R元）", "R3", "R4", "R5", "最終目標（H37）"),
    ):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[r].height = 18
    r += 1
    grid = [
        (
            "①",
            "史跡慧日寺跡の来場者数",
            "人",
            "11,860",
            "12,000\n6,412",
            "12,500\n9,105",
            "13,000\n12,386",
            "15,000",
        ),
        (
            "②",
            "慧日寺資料館の入館者数",
            "人",
            "4,215",
            "4,300\n休館",
            "4,400\n3,980",
            "4,500\n4,622",
            "5,000",
        ),
        (
            "③",
            "写経・薬草体験教室の参加者数",
            "人",
            "延べ186",
            "延べ200\n延べ142",
            "延べ220\n延べ231",
            "延べ240\n延べ255",
            "延べ300",
        ),
    ]
    for no, name, unit, *vals in grid:
        put(ws, f"A{r}", no, box=True, h="center")
        put(ws, f"B{r}", name, box=True)
        put(ws, f"C{r}", unit, box=True, h="center")
        for col, v in zip("DEFGH", vals):
            put(ws, f"{col}{r}", v, box=True, h="right")
        ws.row_dimensions[r].height = 30
        r += 1
    notes = [
        "※1　慧日寺資料館は、令和3年度に展示室の改修工事のため休館した。",
        "※2　史跡慧日寺跡の来場者数は、金堂の拝観者数と史跡ガイドの案内人数から集計している。",
    ]
    for note in notes:
        merge(ws, f"A{r}:H{r}", note, size=8)
        ws.row_dimensions[r].height = 14
        r += 1
    r += 1
    put(ws, f"A{r}", "（３）成果と今後の方向性", size=11, bold=True, wrap=False)
    r += 1
    merge(
        ws,
        f"A{r}:H{r}",
        "資料館の入館者数と体験教室の参加者数は目標を上回ったが、史跡の来場者数は回復の途上にあり、平成20年の約7万人には遠く及ばない。"
        "令和6年度は、参道の修景整備にあわせて史跡ガイドの案内を土日の定時運行とし、磐梯山観光との周遊を進める。",
        box=True,
    )
    ws.row_dimensions[r].height = 44
    page(ws, landscape=False)
    save(wb, SRC / "bandai_enichiji_shuyo_seika_r5.xlsx")


# ---------------------------------------------------------------- 三戸町 (HTML)
SANNOHE = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>令和５年度　地方創生推進交付金事業の効果検証 - 三戸町</title>
</head>
<body>
<nav aria-label="現在地"><ol>
<li><a href="/">ホーム</a></li>
<li><a href="/gyosei/">町政情報</a></li>
<li><a href="/gyosei/chihososei/">地方創生</a></li>
<li>令和５年度　地方創生推進交付金事業の効果検証</li>
</ol></nav>
<main>
<h1>令和５年度　地方創生推進交付金事業の効果検証</h1>
<p class="update">更新日：2024年9月26日　担当：まちづくり推進課 地域振興係</p>
<p>三戸町は青森県の南部に位置し、岩手県二戸市と秋田県鹿角市に接する町で、人口は9,472人（令和3年11月30日現在）です。絵本「11ぴきのねこ」（1967年、こぐま社）の作者・馬場のぼるさんのふるさとで、町なかには作品のねこたちの石像が置かれています。南部氏の居城だった三戸城跡（城山公園）は令和4年3月15日に国の史跡に指定され、春には約1,600本のサクラが咲きます。</p>
<p>町では、地方創生推進交付金（令和5年度からはデジタル田園都市国家構想交付金（地方創生推進タイプ））を活用し、「11ぴきのねこ」を生かした町なかの周遊観光に取り組んできました。事業の最終年度である令和５年度の実績について、三戸町総合戦略推進会議の意見を伺い、効果を検証しました。</p>
<dl>
<dt>交付対象事業の名称</dt><dd>「11ぴきのねこのまち」まちなか周遊観光推進事業</dd>
<dt>事業期間</dt><dd>令和3年度～令和5年度（3か年）</dd>
<dt>総事業費</dt><dd>3か年計　54,600千円（うち交付金　27,300千円）</dd>
<dt>担当課</dt><dd>まちづくり推進課　地域振興係</dd>
</dl>
<h2>重要業績評価指標（KPI）の目標と実績</h2>
<table border="1">
<thead>
<tr><th rowspan="2" scope="col">No.</th><th rowspan="2" scope="col">重要業績評価指標（KPI）</th><th rowspan="2" scope="col">事業開始前<br>（令和3年3月末）</th><th colspan="2" scope="colgroup">2021年度</th><th colspan="2" scope="colgroup">2022年度</th><th colspan="2" scope="colgroup">2023年度</th><th rowspan="2" scope="col">達成状況</th></tr>
<tr><th scope="col">目標値</th><th scope="col">実績値</th><th scope="col">目標値</th><th scope="col">実績値</th><th scope="col">目標値</th><th scope="col">実績値</th></tr>
</thead>
<tbody>
<tr><td>①</td><th scope="row">道の駅さんのへの利用者数（千人）</th><td>214.6</td><td>220.0</td><td>218.2</td><td>230.0</td><td>236.9</td><td>240.0</td><td>251.3</td><td>達成</td></tr>
<tr><td>②</td><th scope="row">町内の観光入込客数（千人）</th><td>312.4</td><td>320.0</td><td>305.7</td><td>335.0</td><td>341.2</td><td>350.0</td><td>未集計</td><td>―</td></tr>
<tr><td>③</td><th scope="row">「11ぴきのねこ」石像めぐりスタンプラリーの参加者数（人）</th><td>―</td><td>300</td><td>412</td><td>500</td><td>633</td><td>700</td><td>688</td><td>未達成</td></tr>
<tr><td>④</td><th scope="row">ほのぼの館の入館者数（人）</th><td>6,820</td><td>7,000</td><td>5,914</td><td>7,500</td><td>7,208</td><td>8,000</td><td>8,115</td><td>達成</td></tr>
<tr><td>⑤</td><th scope="row">空き店舗を活用した新規出店数（累計）（件）</th><td>0</td><td>1</td><td>1</td><td>3</td><td>2</td><td>5</td><td>5</td><td>達成</td></tr>
</tbody>
</table>
<p>※②は青森県観光入込客統計の公表（令和6年12月予定）を待って確定するため、2023年度の実績は未集計です。達成状況は確定後に判定します。</p>
<p>※③のスタンプラリーは「11ぴきのねこのまち さんのへ」エンジョイアプリの公開（令和3年7月）とともに始めたため、2021年度の実績は7月から3月までの参加者数です。</p>
<h2>推進会議の意見</h2>
<p>5つのKPIのうち3つが目標を達成し、道の駅の利用者数は事業開始前の約1.2倍となった。スタンプラリーは参加者が伸び悩んでいるため、石像めぐりと城山公園の桜の時期を組み合わせた周遊の工夫が必要である。</p>
</main>
<footer><p>三戸町役場　まちづくり推進課　地域振興係</p></footer>
</body>
</html>
"""


def build_sannohe():
    (HERE / "sannohe_neko_kofukin_kensho_r5.html").write_text(SANNOHE, encoding="utf-8")


def to_pdf():
    for name in ("yuzawa_sogo2_seika_shihyo_r5", "bandai_enichiji_shuyo_seika_r5"):
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
    build_ashoro()
    build_yuzawa()
    build_bandai()
    build_sannohe()
    if "--no-pdf" not in sys.argv:
        to_pdf()


if __name__ == "__main__":
    main()
