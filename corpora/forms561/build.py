"""Build forms561: four KPI documents of 呉市, 本山町, 小竹町 and 北大東村.

Writes `kure_yamato_jimujigyo_r6.html`, `motoyama_tenku_jimujigyo_r6.xlsx` (the workbook is the document),
`kitadaito_sousei2_kpi_jisseki_r6.csv` and the XLSX source `source/kotake_ijuteiju_shuyo_seika_r6.xlsx`, which
LibreOffice turns into `kotake_ijuteiju_shuyo_seika_r6.pdf`.
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
    wb.properties.creator = "forms561"
    wb.properties.lastModifiedBy = "forms561"
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
        merge(ws, f"{key_rng[0]}{r}:{key_rng[1]}{r}", key, bold=True, box=True, shade=True)
        merge(ws, f"{val_rng[0]}{r}:{val_rng[1]}{r}", val, box=True)
        ws.row_dimensions[r].height = tall if key in tall_keys else 18
        r += 1
    return r


# ---------------------------------------------------------------- 本山町 (XLSX document, portrait)
def build_motoyama():
    wb = Workbook()
    ws = wb.active
    ws.title = "事務事業評価"
    widths = {
        "A": 7,
        "B": 5,
        "C": 30,
        "D": 6,
        "E": 11,
        "F": 8,
        "G": 8,
        "H": 8,
        "I": 9,
        "J": 8,
        "K": 10,
    }
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    merge(
        ws,
        "A1:K1",
        "令和７年度　事務事業評価シート（令和６年度実施事業）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:K2", "作成日　令和7年7月25日　　本山町", h="right")
    put(ws, "A4", "１　事業の概要", size=11, bold=True, wrap=False)
    fields = [
        ("事務事業名", "「土佐天空の郷」ブランド化・棚田保全推進事業"),
        ("担当課", "産業振興課　農林係"),
        ("関連計画", "本山町ひと・しごと・まち創生推進計画"),
        ("事業期間", "令和3年度～令和7年度"),
        ("事業費（R6決算）", "9,860千円（うち県補助金　2,000千円）"),
        (
            "事業の概要",
            "本町は四国山地の中央、吉野川上流域に位置する面積134.22km²の町で、町の面積の約91％を山林が占め、人口は2,976人（2024年10月1日推計）である。"
            "山あいには約180haの水田があり、その多くは谷川から水を引く昔ながらの棚田である。"
            "平成6年（1994年）4月に設立された本山町農業公社と、平成20年（2008年）に発足した本山町特産品ブランド化推進協議会が棚田米「土佐天空の郷」を育て、"
            "2010年と2016年（第13回）のお米日本一コンテストで最高賞を受賞した。約7haの吉延の棚田では田んぼアートにも取り組んでいる。"
            "本事業では、田植え・稲刈り体験と棚田オーナー制度の運営、首都圏での販売促進、ふるさと納税の返礼品としての発信を農業公社と連携して行う。",
        ),
    ]
    r = fields_block(ws, 5, fields, ("A", "B"), ("C", "K"), 84, {"事業の概要"})
    r += 1
    put(ws, f"A{r}", "２　指標の推移", size=11, bold=True, wrap=False)
    r += 1
    head = r
    heads = (
        "区分",
        "No.",
        "指標名",
        "単位",
        "基準値\n（H31/R元）",
        "R4実績",
        "R5実績",
        "R6目標",
        "R6実績",
        "達成状況",
        "R7目標（最終）",
    )
    for col, text in zip("ABCDEFGHIJK", heads):
        put(ws, f"{col}{head}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[head].height = 30
    rows = [
        (1, "田植え・稲刈り体験の参加者数", "人", 86, 142, 168, 180, 175, "未達成", 200),
        (2, "棚田オーナー制度の会員数", None, 18, 31, 37, 40, 42, "達成", 45),
        (3, "「土佐天空の郷」の出荷量", "t", 62.4, 58.1, 60.3, 65.0, 66.8, "達成", 70.0),
        (
            4,
            "ふるさと納税の寄附額（米の返礼品分）",
            "千円",
            18420,
            24860,
            27310,
            30000,
            29480,
            "未達成",
            33000,
        ),
        (
            5,
            "県外消費者アンケートにおける「土佐天空の郷」の認知度",
            "％",
            12.5,
            15.8,
            17.2,
            20.0,
            "集計中※",
            "―",
            25.0,
        ),
    ]
    r = head + 1
    first = r
    for no, name, unit, *vals in rows:
        put(ws, f"B{r}", no, box=True, h="center")
        put(ws, f"C{r}", name, box=True)
        if unit is not None:
            put(ws, f"D{r}", unit, box=True, h="center")
        for col, v in zip("EFGHIJK", vals):
            c = put(ws, f"{col}{r}", v, box=True, h="center" if col == "J" else "right")
            number(c, v)
        ws.row_dimensions[r].height = 30
        r += 1
    # 区分 merged down its rows; the 単位 of No.1 and No.2 is one merged cell.
    merge(ws, f"A{first}:A{first + 1}", "活動指標", box=True, h="center")
    merge(ws, f"A{first + 2}:A{first + 4}", "成果指標", box=True, h="center")
    merge(ws, f"D{first}:D{first + 1}", "人", box=True, h="center")
    notes = [
        "（注）基準値は、事業開始前の平成31年度（令和元年度）の値です。",
        "※　No.5のR6実績は、県外消費者アンケート（令和7年2月実施）の集計中のため、令和7年9月に確定します。",
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
            "出荷量は目標を上回ったが、体験の参加者数と寄附額はわずかに目標に届かなかった。令和7年度は田んぼアートと体験の日程を合わせ、首都圏の飲食店での提供を広げる。",
        ),
    ]
    r = fields_block(ws, r, fields, ("A", "B"), ("C", "K"), 30, {"評価の理由"})
    page(ws, landscape=False)
    save(wb, HERE / "motoyama_tenku_jimujigyo_r6.xlsx")


# ---------------------------------------------------------------- 小竹町 (PDF, portrait)
def build_kotake():
    wb = Workbook()
    ws = wb.active
    ws.title = "主要施策の成果"
    widths = {"A": 5, "B": 30, "C": 9, "D": 9, "E": 9, "F": 9, "G": 9, "H": 9}
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    merge(ws, "A1:H1", "令和６年度　主要な施策の成果説明書（抜粋）", size=14, bold=True, h="center")
    merge(ws, "A2:H2", "令和7年9月　小竹町", h="right")
    fields = [
        ("事業名", "小竹駅周辺にぎわい創出・移住定住促進事業"),
        ("所管課", "企画課"),
        ("会計区分", "一般会計　2款 総務費　1項 総務管理費　6目 企画費"),
        ("決算額", "令和6年度　14,280千円（うち国庫支出金　5,000千円）"),
        ("関連計画", "第2期小竹町人口ビジョン・総合戦略（令和2年度～令和6年度）"),
        (
            "事業の内容",
            "本町は福岡県の中央部、筑豊地区の北部に位置し、福岡市と北九州市からそれぞれ約40kmの距離にある面積14.28km²の町で、人口は6,575人（2025年4月1日推計）である。"
            "昭和3年（1928年）1月1日に勝野村が町制を施行して小竹町となった。町の中央を遠賀川が流れ、炭鉱の町として栄えたが、昭和44年（1969年）に最後の炭鉱が閉山した。"
            "平成16年（2004年）3月には工業団地「小竹団地」の分譲を始めた。明治25年（1892年）10月28日に開業したJR小竹駅は橋上駅舎で、小竹町コミュニティホールを併設している。"
            "本事業では、駅周辺での季節イベントの開催、空き家バンクの運営、移住相談会・オンライン相談の実施を行う。",
        ),
    ]
    r = fields_block(ws, 4, fields, ("A", "B"), ("C", "H"), 96, {"事業の内容"})
    r += 1
    put(ws, f"A{r}", "（１）事業の実績", size=11, bold=True, wrap=False)
    r += 1
    for col, text in zip("ABCDEF", ("No.", "項目", "単位", "R4実績", "R5実績", "R6実績")):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[r].height = 18
    r += 1
    for no, name, unit, *vals in (
        ("ア", "空き家バンクの新規登録件数", "件", 6, 9, 11),
        ("イ", "移住相談会・オンライン相談の実施回数", "回", 8, 12, 15),
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
    put(ws, f"A{r}", "達成状況　○：R6目標を達成　×：R6目標に届かなかった", size=8, wrap=False)
    r += 1
    for col, text in zip(
        "ABCDEFGH",
        ("No.", "成果指標", "基準値\n（H30）", "R4実績", "R5実績", "R6目標", "R6実績", "達成状況"),
    ):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[r].height = 30
    r += 1
    for row in (
        (
            "①",
            "小竹駅周辺のにぎわいイベントの来場者数",
            "6,820人",
            "7,410人",
            "9,850人",
            "1.0万人",
            "10,326人",
            "○",
        ),
        ("②", "空き家バンクを通じた移住者数", "4人", "7人", "9人", "10人", "12人", "○"),
        ("③", "社会増減数（転入者数－転出者数）", "△52人", "△38人", "△21人", "±0人", "△17人", "×"),
    ):
        for col, v in zip("ABCDEFGH", row):
            h = "left" if col == "B" else ("center" if col in "AH" else "right")
            put(ws, f"{col}{r}", v, box=True, h=h)
        ws.row_dimensions[r].height = 30
        r += 1
    for note in (
        "※　①は駅前広場と小竹町コミュニティホールで行うイベント（年4回）の来場者の合計です。",
        "※　③は住民基本台帳による各年度（4月～翌年3月）の転入者数から転出者数を引いた数です。",
    ):
        merge(ws, f"A{r}:H{r}", note, size=8)
        ws.row_dimensions[r].height = 15
        r += 1
    r += 1
    put(ws, f"A{r}", "（３）成果と今後の方向性", size=11, bold=True, wrap=False)
    r += 1
    merge(
        ws,
        f"A{r}:H{r}",
        "駅周辺のイベントは4回とも天候に恵まれ、来場者は初めて1万人を超えた。空き家バンクを通じた移住者は12人（5世帯）で、うち3世帯は子育て世帯であった。"
        "社会減は17人と前年度より縮小したが、転入超過には至らなかった。令和7年度は第3期総合戦略のもと、空き家の改修費補助を拡充する。",
        box=True,
    )
    ws.row_dimensions[r].height = 48
    page(ws, landscape=False)
    save(wb, SRC / "kotake_ijuteiju_shuyo_seika_r6.xlsx")


# ---------------------------------------------------------------- 呉市 (HTML)
KURE_ROWS = (
    ("活動指標", "1", "企画展・特別展の開催回数（回）", "4", "3", "4", "4", "3", "未達成", "休館"),
    (
        "",
        "2",
        "教育旅行（修学旅行等）の受入校数（校）",
        "812",
        "736",
        "798",
        "800",
        "771",
        "未達成",
        "休館",
    ),
    (
        "成果指標",
        "3",
        "入館者数",
        "891.4",
        "612.8",
        "744.2",
        "780.0",
        "806.5<br>（速報値）",
        "達成",
        "休館",
    ),
    (
        "",
        "4",
        "入館者アンケートの満足度（％）",
        "92.1",
        "93.4",
        "94.0",
        "95.0",
        "94.6",
        "未達成",
        "休館",
    ),
    ("", "5", "大和ミュージアムサテライトの来場者数", "―", "―", "―", "―", "18.2", "―", "150.0"),
)


def kure_table():
    out = []
    span = {"活動指標": 2, "成果指標": 3}
    for group, no, name, *vals, grade, nxt in KURE_ROWS:
        head = f'<th scope="rowgroup" rowspan="{span[group]}">{group}</th>' if group else ""
        cells = "".join(f"<td>{v}</td>" for v in vals)
        out.append(
            f'<tr>{head}<td class="c">{no}</td><td class="name">{name}</td>{cells}<td class="c">{grade}</td><td>{nxt}</td></tr>\n'
        )
    return "".join(out)


KURE = (
    """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>令和７年度　事務事業評価シート（令和６年度実施事業）呉市海事歴史科学館管理運営事業 - 呉市</title>
<style>
table { border-collapse: collapse; }
caption { text-align: left; font-weight: bold; }
th, td { border: 1px solid #333; padding: 2px 6px; }
td { text-align: right; }
td.name { text-align: left; }
td.c { text-align: center; }
dt { font-weight: bold; }
</style>
</head>
<body>
<nav aria-label="現在地"><ol>
<li><a href="/">ホーム</a></li>
<li><a href="/shisei/">市政情報</a></li>
<li><a href="/shisei/gyoseihyoka/">行政評価</a></li>
<li><a href="/shisei/gyoseihyoka/jimujigyo/">事務事業評価（令和７年度）</a></li>
<li>呉市海事歴史科学館管理運営事業</li>
</ol></nav>
<main>
<h1>令和７年度　事務事業評価シート（令和６年度実施事業）</h1>
<p class="update">更新日：2025年9月26日</p>
<h2>１　事業の概要</h2>
<dl>
<dt>事務事業名</dt><dd>呉市海事歴史科学館管理運営事業</dd>
<dt>所管課</dt><dd>文化スポーツ部　海事歴史科学館</dd>
<dt>関連計画</dt><dd>第5次呉市長期総合計画（令和3年度～令和12年度）</dd>
<dt>事業期間</dt><dd>平成17年度～（継続）</dd>
<dt>事業費（R6決算）</dt><dd>418,620千円（うち入館料等収入　352,400千円）</dd>
<dt>事業の概要</dt><dd>呉市海事歴史科学館（大和ミュージアム）は、明治以降の日本の近代化の歴史と呉の造船・製鋼の技術を紹介する施設として、平成17年（2005年）4月23日に開館しました。10分の1の戦艦「大和」を中心に展示し、開館初年度は目標の40万人を大きく上回る約160万人が来館しました。平成27年（2015年）5月24日には来館者が1,000万人に達しています。
空調設備の更新と混雑の解消を図るため、2025年2月17日からリニューアル工事に伴い休館しており、令和8年（2026年）4月のリニューアルオープンを予定しています。休館中は、JR呉駅から徒歩約5分のホテル「ビュー・ポートくれ」1階に、2025年2月28日から臨時施設「大和ミュージアムサテライト」を開設しています。</dd>
</dl>
<h2>２　指標の推移</h2>
<table>
<caption>活動指標・成果指標の推移（単位：千人。ただし、指標名の後に（　）で単位を示したものはその単位による。）</caption>
<thead>
<tr><th scope="col">区分</th><th scope="col">No.</th><th scope="col">指標名</th><th scope="col">基準値<br>（2019年度）</th><th scope="col">2022年度<br>実績</th><th scope="col">2023年度<br>実績</th><th scope="col">2024年度<br>目標</th><th scope="col">2024年度<br>実績</th><th scope="col">達成状況</th><th scope="col">2025年度<br>目標</th></tr>
</thead>
<tbody>
"""
    + kure_table()
    + """</tbody>
</table>
<p>※　2024年度の実績は、No.1からNo.4は休館前日の2025年2月16日まで、No.5は開設日の2025年2月28日から3月31日までの値です。</p>
<p>※　No.3の2024年度実績は速報値です（確定値は2025年11月に公表する予定です）。</p>
<p>※　2025年度は、リニューアル工事のため本館を休館しています。</p>
<h2>３　評価</h2>
<dl>
<dt>事業の評価</dt><dd>B（概ね順調）</dd>
<dt>今後の方向性</dt><dd>改善（リニューアル後の展示と周辺施設との周遊の強化）</dd>
<dt>評価の理由</dt><dd>休館前の駆け込み需要もあり、入館者数は目標を上回りました。企画展は休館準備のため1回を取りやめました。リニューアル後は、てつのくじら館や入船山記念館とあわせて巡る周遊ルートを設け、市内での滞在時間の延長を図ります。</dd>
</dl>
</main>
<footer><p>呉市役所　文化スポーツ部　海事歴史科学館</p></footer>
</body>
</html>
"""
)


def build_kure():
    (HERE / "kure_yamato_jimujigyo_r6.html").write_text(KURE, encoding="utf-8")


# ---------------------------------------------------------------- 北大東村 (CSV, open data, Shift_JIS)
KITADAITO_WIDTH = 11
KITADAITO = [
    [
        "タイトル",
        "第2期北大東村まち・ひと・しごと創生総合戦略　数値目標・重要業績評価指標（KPI）の実績一覧（令和6年度）",
    ],
    ["公表日", "令和7年9月30日"],
    ["担当課", "総務課　企画財政係"],
    ["計画期間", "令和2年度～令和6年度（5年間）"],
    [
        "村の概要",
        "本村は沖縄本島の東方約360kmに位置する沖縄県最東端の村で、北大東島と無人島の沖大東島からなり、面積は13.10平方キロメートル、人口は590人（令和2年国勢調査）である。"
        "明治36年（1903年）に八丈島出身の玉置半右衛門による開拓が始まり、大正8年（1919年）から昭和25年（1950年）まで燐鉱石の採掘が行われた。"
        "その遺構は平成29年（2017年）2月に「北大東島燐鉱山遺跡」として国の史跡に指定され、平成30年（2018年）10月15日には周辺の162.4haが「北大東島の燐鉱山由来の文化的景観」として県内で初めて国の重要文化的景観に選定された。"
        "基幹産業はさとうきびで、島の耕地面積の5割にあたる274haのさとうきび畑を、平成22年（2010年）3月25日にため池百選に選ばれた16か所のため池が潤している。",
    ],
    [
        "注記",
        "各指標は2行で示し、区分欄が「目標」の行は目標値、「実績」の行は実績値である。"
        "KPI①のさとうきび生産量は製糖期（12月～翌年3月）の値で、R2欄は2020/21年期、R6欄は2024/25年期の値である。"
        "KPI③の令和2年度は、新型コロナウイルス感染症の感染拡大防止のためガイドツアーを中止した。",
    ],
    [],
    ["■数値目標・重要業績評価指標（KPI）の実績"],
    ["区分", "No.", "指標名", "単位", "基準値（H30）", "目標・実績", "R2", "R3", "R4", "R5", "R6"],
    ["基本目標１　さとうきびと海の恵みを生かした産業を守り育てる"],
    ["数値目標", "", "村内の就業者数", "人", "352", "目標", "350", "350", "350", "350", "350"],
    ["", "", "", "", "", "実績", "348", "341", "355", "346", "339"],
    [
        "KPI",
        "①",
        "さとうきびの生産量",
        "t",
        "14,210",
        "目標",
        "15,000",
        "15,000",
        "15,500",
        "15,500",
        "16,000",
    ],
    ["", "", "", "", "", "実績", "16,832", "12,406", "13,950", "9,874", "14,523"],
    [
        "KPI",
        "②",
        "水産物の水揚金額",
        "千円",
        "38,450",
        "目標",
        "40,000",
        "41,000",
        "42,000",
        "43,000",
        "45,000",
    ],
    ["", "", "", "", "", "実績", "36,120", "41,870", "44,260", "47,930", "46,015"],
    ["基本目標２　島の歴史と自然を生かし、新しい人の流れをつくる"],
    [
        "数値目標",
        "",
        "入域観光客数",
        "人",
        "2,480",
        "目標",
        "2,600",
        "2,800",
        "3,000",
        "3,200",
        "3,500",
    ],
    ["", "", "", "", "", "実績", "1,126", "1,874", "2,652", "3,118", "3,342"],
    [
        "KPI",
        "③",
        "燐鉱山遺跡ガイドツアーの参加者数",
        "人",
        "―",
        "目標",
        "100",
        "150",
        "200",
        "250",
        "300",
    ],
    ["", "", "", "", "", "実績", "中止", "64", "188", "276", "341"],
]


def build_kitadaito():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for row in KITADAITO:
        w.writerow(row + [""] * (KITADAITO_WIDTH - len(row)) if row else [])
    (HERE / "kitadaito_sousei2_kpi_jisseki_r6.csv").write_bytes(buf.getvalue().encode("cp932"))


def to_pdf():
    for name in ("kotake_ijuteiju_shuyo_seika_r6",):
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
    build_kure()
    build_motoyama()
    build_kotake()
    build_kitadaito()
    if "--no-pdf" not in sys.argv:
        to_pdf()


if __name__ == "__main__":
    main()
