"""Build forms546: four KPI documents of 西興部村, おいらせ町, 一関市 and 南三陸町.

Writes `nishiokoppe_ryoku_jimujigyo_r6.xlsx` (the workbook is the document), `oirase_kofukin_kensho_r5.html` and the
XLSX sources `source/ichinoseki_mochi_shuyo_seika_r5.xlsx` and `source/minamisanriku_sousei2_kpi_shinchoku_r5.xlsx`,
which LibreOffice turns into the two PDFs.
Run `/work/venv/bin/python build.py` (`--no-pdf` skips LibreOffice). The XLSX files and the HTML are byte-stable.
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
STAMP = datetime.datetime(2025, 7, 28, 9, 0, 0)
STAMP_TEXT = "2025-07-28T09:00:00Z"


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


def save(wb, path):
    """Save with fixed properties and fixed zip timestamps, so the bytes do not change."""
    wb.properties.creator = "forms546"
    wb.properties.lastModifiedBy = "forms546"
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
            info = zipfile.ZipInfo(item.filename, date_time=(2025, 7, 28, 9, 0, 0))
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


def fields_block(
    ws, r, fields, key_rng, val_rng, tall, tall_keys=("事業の概要", "事業の内容", "町の概要")
):
    """Key | value rows; key_rng and val_rng are column pairs such as ("A", "C")."""
    for key, val in fields:
        merge(ws, f"{key_rng[0]}{r}:{key_rng[1]}{r}", key, bold=True, box=True, shade=True)
        merge(ws, f"{val_rng[0]}{r}:{val_rng[1]}{r}", val, box=True)
        ws.row_dimensions[r].height = tall if key in tall_keys else 18
        r += 1
    return r


def widths(ws, table):
    for col, w in table.items():
        ws.column_dimensions[col].width = w


# ---------------------------------------------------------------- 西興部村 (XLSX document, portrait)
def build_nishiokoppe():
    wb = Workbook()
    ws = wb.active
    ws.title = "事務事業評価"
    widths(ws, {"A": 8, "B": 5, "C": 30, "D": 6, "E": 10, "F": 8, "G": 8, "H": 8, "I": 8, "J": 10})
    merge(ws, "A1:J1", "令和６年度　事務事業評価シート（中間評価）", size=14, bold=True, h="center")
    merge(ws, "A2:J2", "作成日　令和7年1月20日", h="right")
    put(ws, "A4", "１　事業の概要", size=11, bold=True, wrap=False)
    fields = [
        ("事務事業名", "西興部村猟区運営・エゾシカ有効活用推進事業"),
        ("担当課", "産業建設課　農林係"),
        ("関連計画", "西興部村総合計画（後期基本計画）"),
        ("事業期間", "令和4年度～令和8年度"),
        ("事業費（R6予算）", "9,860千円（うちNPO法人西興部村猟区管理協会への委託料　7,200千円）"),
        (
            "事業の概要",
            "本村は大正14年（1925年）に興部村から分村して誕生した。面積は308.08km²で、村域の約9割を森林が占める。"
            "平成16年（2004年）7月に北海道から村全域（約3万ヘクタール）での猟区開設の認可を受け、同年10月にNPO法人西興部村猟区管理協会が"
            "管理する猟区を開設した。ガイド付きの狩猟により、2012年度までの9年間で延べ588名の村外狩猟者が延べ1,214日入猟し、"
            "延べ1,323頭のエゾシカを捕獲している。本事業では、猟区の運営とハンターの育成を支援し、捕獲したエゾシカの肉・皮・角の"
            "活用（ホテル森夢での鹿肉料理の提供等）を進める。",
        ),
    ]
    r = fields_block(ws, 5, fields, ("A", "B"), ("C", "J"), 84)
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
            "基準値（R2）",
            "R4実績",
            "R5実績",
            "R6目標",
            "R6見込",
            "R8目標（最終）",
        ),
    ):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[r].height = 30
    r += 1
    rows = [
        (1, "ガイド付き入猟の受入日数", "日", None, 118, 124, 120, 126, 130),
        (2, "狩猟者向け講習会・セミナーの開催回数", "回", None, 6, 7, 8, 8, 10),
        (3, "村外ハンターの延べ入猟者数", "人日", 612, 688, 731, 760, 745, 820),
        (4, "猟区内のエゾシカ捕獲頭数", "頭", 274, 301, 326, 320, 335, 350),
        (5, "エゾシカ肉・加工品の販売額", "千円", 8420, 10150, 11380, 12000, 12600, 14000),
    ]
    first = r
    for no, name, unit, *vals in rows:
        put(ws, f"B{r}", no, box=True, h="center")
        put(ws, f"C{r}", name, box=True)
        put(ws, f"D{r}", unit, box=True, h="center")
        for col, v in zip("EFGHIJ", vals):
            if v is None:
                continue
            c = put(ws, f"{col}{r}", v, box=True, h="right")
            number(c, v)
        ws.row_dimensions[r].height = 30
        r += 1
    merge(ws, f"A{first}:A{first + 1}", "活動指標", box=True, h="center")
    merge(ws, f"A{first + 2}:A{first + 4}", "成果指標", box=True, h="center")
    # the activity indicators share one baseline cell
    merge(ws, f"E{first}:E{first + 1}", "未設定", box=True, h="center")
    notes = [
        "※1　R6見込は、令和6年12月末までの実績を基に年度末までを見込んだ値です。",
        "※2　No.3・No.4は猟期（10月1日～翌年3月31日）の集計で、各年度に始まる猟期の値です。",
        "※3　活動指標は事業開始前の値を把握していないため、基準値を未設定としています。",
    ]
    for note in notes:
        merge(ws, f"A{r}:J{r}", note, size=8)
        r += 1
    r += 1
    put(ws, f"A{r}", "３　評価", size=11, bold=True, wrap=False)
    r += 1
    evaluation = [
        ("総合評価", "B（概ね順調）"),
        (
            "今後の方向性",
            "継続（入猟者の受入れを平日にも広げるとともに、鹿肉の首都圏向け販路を令和7年度から開拓する）",
        ),
    ]
    r = fields_block(ws, r, evaluation, ("A", "B"), ("C", "J"), 18)
    page(ws, landscape=False)
    save(wb, HERE / "nishiokoppe_ryoku_jimujigyo_r6.xlsx")


# ---------------------------------------------------------------- 一関市 (PDF source, portrait)
def build_ichinoseki():
    wb = Workbook()
    ws = wb.active
    ws.title = "主要施策の成果"
    widths(ws, {"A": 5, "B": 28, "C": 7, "D": 13, "E": 10, "F": 9, "G": 9, "H": 9, "I": 9, "J": 13})
    merge(
        ws,
        "A1:J1",
        "令和５年度　主要施策の成果に関する説明書（抜粋）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:J2", "令和6年9月　一関市", h="right")
    fields = [
        ("事業名", "もち食文化発信・交流推進事業"),
        ("所管課", "商工労働部　商業観光課"),
        ("会計区分", "一般会計　7款 商工費　1項 商工費"),
        (
            "決算額",
            "令和5年度　14,720千円（うち全国ご当地もちサミット実行委員会負担金　6,000千円）",
        ),
        ("関連計画", "一関市総合計画（後期基本計画）"),
        (
            "事業の内容",
            "本市は平成17年（2005年）9月20日に一関市・花泉町・大東町・千厩町・東山町・室根村・川崎村の1市4町2村が合併して誕生し、"
            "平成23年（2011年）9月に藤沢町を編入した。面積は1,256.42km²で、人口・面積とも県内2番目の規模である。伊達藩から伝わった"
            "もち食文化が根付き、季節の行事ごとに年間約60日もちを食べる風習があり、もち料理は300種以上あるといわれる。もてなし料理の"
            "「もち本膳」が受け継がれ、農林水産省の「食と農の景勝地」に全国で初めて選ばれた。平成24年度（2012年度）から開催している"
            "「全国ご当地もちサミット」を核に、もち食文化の発信と交流人口の拡大に取り組む。",
        ),
    ]
    r = fields_block(ws, 4, fields, ("A", "B"), ("C", "J"), 84)
    r += 1
    put(ws, f"A{r}", "（１）事業の実績", size=11, bold=True, wrap=False)
    r += 1
    for col, text in zip("ABCDEF", ("No.", "項目", "単位", "3年度", "4年度", "5年度")):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[r].height = 18
    r += 1
    for no, name, unit, *vals in (
        ("ア", "もち料理教室の開催回数", "回", "中止", 8, 12),
        ("イ", "全国ご当地もちサミットの出店数", "店舗", "中止", 24, 28),
    ):
        put(ws, f"A{r}", no, box=True, h="center")
        put(ws, f"B{r}", name, box=True)
        put(ws, f"C{r}", unit, box=True, h="center")
        for col, v in zip("DEF", vals):
            c = put(ws, f"{col}{r}", v, box=True, h="center" if isinstance(v, str) else "right")
            number(c, v)
        ws.row_dimensions[r].height = 20
        r += 1
    r += 1
    put(ws, f"A{r}", "（２）成果指標", size=11, bold=True, wrap=False)
    r += 1
    for col, text in zip(
        "ABCDEFGHIJ",
        (
            "No.",
            "成果指標",
            "単位",
            "基準値（元年度）",
            "4年度実績",
            "5年度目標",
            "5年度実績",
            "前年度比",
            "達成状況",
            "目標値（7年度）",
        ),
    ):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[r].height = 30
    r += 1
    for no, name, unit, *vals in (
        (
            "①",
            "全国ご当地もちサミットの来場者数",
            "千人",
            42.5,
            "31,800人※2",
            40.0,
            44.6,
            "+40.3%",
            "達成",
            48.0,
        ),
        (
            "②",
            "もち料理を提供する市内飲食店・菓子店の数",
            "店舗",
            86,
            92,
            100,
            97,
            "+5.4%",
            "未達成",
            110,
        ),
        (
            "③",
            "もち関連商品の市内販売額",
            "百万円",
            186.0,
            212.4,
            220.0,
            205.8,
            "△3.1%",
            "未達成",
            240.0,
        ),
    ):
        put(ws, f"A{r}", no, box=True, h="center")
        put(ws, f"B{r}", name, box=True)
        put(ws, f"C{r}", unit, box=True, h="center")
        for col, v in zip("DEFGHIJ", vals):
            c = put(
                ws,
                f"{col}{r}",
                v,
                box=True,
                h="center" if isinstance(v, str) and col in "HI" else "right",
            )
            number(c, v)
        ws.row_dimensions[r].height = 30
        r += 1
    notes = [
        "※1　前年度比は、5年度実績を4年度実績と比べた増減率です。",
        "※2　①の4年度は、入場整理券による集計のため人単位で記載しています。",
        "※3　3年度は新型コロナウイルス感染症の影響により、もち料理教室及びもちサミットを中止しました。",
        "※4　③は市内の主なもち製造・販売事業者12社への調査による値です。",
    ]
    for note in notes:
        merge(ws, f"A{r}:J{r}", note, size=8)
        r += 1
    r += 1
    put(ws, f"A{r}", "（３）成果と今後の方向性", size=11, bold=True, wrap=False)
    r += 1
    merge(
        ws,
        f"A{r}:J{r}",
        "もちサミットは2日間の通常開催に戻り、来場者数は目標を上回った。一方、原材料費の高騰により一部の店舗がもちメニューの"
        "提供を取りやめ、市内販売額も前年度を下回った。令和6年度は、もち本膳の体験メニューを市内の宿泊施設と連携して商品化し、"
        "平泉を訪れる観光客の周遊を促すとともに、事業者向けの商品開発セミナーを年3回開催する。",
        box=True,
    )
    ws.row_dimensions[r].height = 52
    page(ws, landscape=False)
    save(wb, SRC / "ichinoseki_mochi_shuyo_seika_r5.xlsx")


# ---------------------------------------------------------------- 南三陸町 (PDF source, landscape)
def build_minamisanriku():
    wb = Workbook()
    ws = wb.active
    ws.title = "KPI進捗"
    widths(ws, {"A": 9, "B": 5, "C": 32, "D": 7, "E": 13, "F": 9, "G": 9, "H": 9, "I": 11, "J": 34})
    merge(
        ws,
        "A1:J1",
        "南三陸町第2期総合戦略　重要業績評価指標（KPI）の進捗状況（令和５年度）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:J2", "令和6年9月　南三陸町 企画課", h="right")
    fields = [
        ("計画の名称", "南三陸町第2期総合戦略"),
        ("計画期間", "令和2年度～令和6年度（5年間）　※令和3年8月26日一部改訂"),
        ("総合指針", "森里海ひと いのちめぐるまち 南三陸"),
        ("担当課", "企画課　地方創生・官民連携推進係"),
        (
            "町の概要",
            "平成17年（2005年）10月1日に志津川町と歌津町が合併して誕生した。面積は163.40km²で、町土の70%以上を森林が占める。"
            "志津川湾は平成30年（2018年）10月18日にラムサール条約湿地に登録され、藻場としては国内初の登録となった。登録面積は5,793ヘクタールで、"
            "国の天然記念物コクガンの越冬地でもある。",
        ),
    ]
    r = fields_block(ws, 4, fields, ("A", "B"), ("C", "J"), 44)
    merge(
        ws,
        f"A{r}:J{r}",
        "※基準値は各指標を把握した年度の値で、その年度を括弧内に示しています。目標値は計画最終年度（令和6年度）の値です。「△」はマイナスを表します。",
        size=8,
    )
    r += 2

    def grid(r, heading, rows):
        put(ws, f"A{r}", heading, size=11, bold=True, wrap=False)
        r += 1
        top, low = r, r + 1
        for col, text in (
            ("A", "区分"),
            ("B", "No."),
            ("C", "指標"),
            ("D", "単位"),
            ("E", "基準値"),
            ("I", "目標値（R6）"),
            ("J", "備考"),
        ):
            merge(ws, f"{col}{top}:{col}{low}", text, bold=True, box=True, shade=True, h="center")
        merge(ws, f"F{top}:H{top}", "実績値", bold=True, box=True, shade=True, h="center")
        for col, year in zip("FGH", ("R3", "R4", "R5")):
            put(ws, f"{col}{low}", year, bold=True, box=True, shade=True, h="center")
        r = low + 1
        for kind, no, name, unit, *vals, remark in rows:
            put(ws, f"A{r}", kind, box=True, h="center")
            put(ws, f"B{r}", no, box=True, h="center")
            put(ws, f"C{r}", name, box=True)
            put(ws, f"D{r}", unit, box=True, h="center")
            for col, v in zip("EFGHI", vals):
                c = put(ws, f"{col}{r}", v, box=True, h="right")
                number(c, v)
            put(ws, f"J{r}", remark, box=True, size=8)
            ws.row_dimensions[r].height = 26
            r += 1
        return r

    r = grid(
        r,
        "■基本目標1　私たちは 地域の 仕事（ちから）を輝かせます",
        [
            (
                "数値目標",
                "",
                "町内事業所の従業者数",
                "人",
                "4,812（H28）",
                4655,
                4702,
                4731,
                5000,
                "経済センサス等を基に町が推計",
            ),
            (
                "KPI",
                "①",
                "南三陸町地方卸売市場の水揚げ金額",
                "百万円",
                "3,840（H30）",
                3215,
                3482,
                3610,
                4000,
                "",
            ),
        ],
    )
    r += 1
    r = grid(
        r,
        "■基本目標2　私たちは ともに未来を拓くひとびとが 集う 家（まち）をつくります",
        [
            (
                "数値目標",
                "",
                "社会増減数",
                "人",
                "△186（H30）",
                "△142",
                "△118",
                "△97",
                "△60",
                "転入者数－転出者数（各年度）",
            ),
            ("KPI", "①", "移住支援窓口を通じた移住者数", "人", "9（R元）", 14, 18, 21, 25, ""),
            (
                "KPI",
                "②",
                "地域活動に参加している町民の割合",
                "％",
                "58.2（R元）",
                56.4,
                "―",
                57.9,
                "現状維持",
                "町民意識調査（隔年実施のためR4は調査なし）",
            ),
        ],
    )
    page(ws, landscape=True)
    save(wb, SRC / "minamisanriku_sousei2_kpi_shinchoku_r5.xlsx")


# ---------------------------------------------------------------- おいらせ町 (HTML)
OIRASE = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>令和５年度　デジタル田園都市国家構想交付金事業の効果検証結果 - おいらせ町</title>
</head>
<body>
<nav aria-label="現在地"><ol>
<li><a href="/">ホーム</a></li>
<li><a href="/soshiki/">組織から探す</a></li>
<li><a href="/soshiki/kikaku/">企画財政課</a></li>
<li>令和５年度　デジタル田園都市国家構想交付金事業の効果検証結果</li>
</ol></nav>
<main>
<h1>令和５年度　デジタル田園都市国家構想交付金事業の効果検証結果</h1>
<p class="update">更新日：2025年1月31日　担当：企画財政課 政策推進係</p>
<p>おいらせ町は青森県の東南部に位置し、十和田湖を源流とする奥入瀬川が町を流れて太平洋に注いでいます。平成18年（2006年）3月1日に下田町と百石町が合併して誕生し、面積は71.96km²、人口は24,188人（2024年12月1日推計）です。ニューヨークとほぼ同じ緯度にあることから、いちょう公園には本家の4分の1の大きさの自由の女神像があり、下田公園の間木堤は県内有数の白鳥の飛来地として知られています。</p>
<p>本町では、デジタル田園都市国家構想交付金（地方創生推進タイプ）を活用した2つの事業について、おいらせ町総合戦略推進会議（委員12名）の意見を聴いて効果を検証しました。</p>
<p>達成状況は、令和5年度の実績値が令和5年度の目標値に達したものを「達成」としています。目標値が「18.0～20.0」のように幅で示されているものは、下限の値に達したものを「達成」としています。</p>
<h2>1　いちょう公園・下田公園を核とした交流人口拡大事業</h2>
<dl>
<dt>事業期間</dt><dd>令和3年度～令和5年度（3か年）</dd>
<dt>総事業費</dt><dd>3か年計　36,900千円（うち交付金　18,450千円）</dd>
<dt>担当課</dt><dd>商工観光課</dd>
</dl>
<table border="1">
<thead>
<tr><th rowspan="2" scope="col">No.</th><th rowspan="2" scope="col">KPI</th><th rowspan="2" scope="col">単位</th><th rowspan="2" scope="col">基準値<br>（令和2年度）</th><th colspan="2" scope="colgroup">実績値</th><th colspan="2" scope="colgroup">令和5年度</th><th rowspan="2" scope="col">達成状況</th></tr>
<tr><th scope="col">令和3年度</th><th scope="col">令和4年度</th><th scope="col">目標値</th><th scope="col">実績値</th></tr>
</thead>
<tbody>
<tr><td>①</td><th scope="row">下田公園キャンプ場の利用者数</th><td>千人</td><td>12.4</td><td>15.8</td><td>17.9</td><td>18.0～20.0</td><td>19.2</td><td>達成</td></tr>
<tr><td>②</td><th scope="row">白鳥観察会・自然体験ツアーの参加者数</th><td>人</td><td>―</td><td>214</td><td>356</td><td>400</td><td>372</td><td>未達成</td></tr>
<tr><td>③</td><th scope="row">町内宿泊施設の延べ宿泊者数</th><td>千人泊</td><td>38.6</td><td>41.2</td><td>44.9</td><td>46.0</td><td>47.3</td><td>達成</td></tr>
</tbody>
</table>
<p>※②のツアーは令和3年度に始めたため、基準値は「―」としています。</p>
<h2>2　「おいらせファン」関係人口創出・移住促進事業</h2>
<dl>
<dt>事業期間</dt><dd>令和3年度～令和5年度（3か年）</dd>
<dt>総事業費</dt><dd>3か年計　22,400千円（うち交付金　11,200千円）</dd>
<dt>担当課</dt><dd>企画財政課　政策推進係</dd>
</dl>
<table border="1">
<thead>
<tr><th rowspan="2" scope="col">No.</th><th rowspan="2" scope="col">KPI</th><th rowspan="2" scope="col">単位</th><th rowspan="2" scope="col">基準値<br>（令和2年度）</th><th colspan="2" scope="colgroup">実績値</th><th colspan="2" scope="colgroup">令和5年度</th><th rowspan="2" scope="col">達成状況</th></tr>
<tr><th scope="col">令和3年度</th><th scope="col">令和4年度</th><th scope="col">目標値</th><th scope="col">実績値</th></tr>
</thead>
<tbody>
<tr><td>①</td><th scope="row">移住支援制度を利用した転入者数</th><td>人</td><td>8</td><td>11</td><td>15</td><td>20</td><td>23</td><td>達成</td></tr>
<tr><td>②</td><th scope="row">【再掲】白鳥観察会・自然体験ツアーの参加者数</th><td>人</td><td>―</td><td>214</td><td>356</td><td>400</td><td>372</td><td>未達成</td></tr>
</tbody>
</table>
<p>※②は、ツアー参加者を関係人口の入口と位置付けているため、事業1の②を再掲しています。</p>
<h2>検証結果</h2>
<p>2つの事業の5つのKPI（再掲を含む）のうち3つで令和5年度の目標値を達成し、推進会議からは「地方創生に相当程度効果があった」との評価を得ました。白鳥観察会は令和5年度に2回が荒天で中止となったため、令和6年度は開催日を11月から翌年2月までの6回に増やします。</p>
</main>
<footer><p>おいらせ町役場　企画財政課 政策推進係</p></footer>
</body>
</html>
"""


def build_oirase():
    (HERE / "oirase_kofukin_kensho_r5.html").write_text(OIRASE, encoding="utf-8")


def to_pdf():
    for name in ("ichinoseki_mochi_shuyo_seika_r5", "minamisanriku_sousei2_kpi_shinchoku_r5"):
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
    build_nishiokoppe()
    build_ichinoseki()
    build_minamisanriku()
    build_oirase()
    if "--no-pdf" not in sys.argv:
        to_pdf()


if __name__ == "__main__":
    main()
