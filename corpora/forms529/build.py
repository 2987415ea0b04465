"""Build forms529: four KPI documents of 浜田市, 黒潮町, 新上五島町 and 豊後大野市.

Writes `hamada_donchicchi_jimujigyo_r5.xlsx` (the workbook is the document), `kuroshio_tsunami_shuyo_seika_r5.html`,
`bungoono_sousei_kpi_shinchoku_r6.csv` and the XLSX source `source/shinkamigoto_udon_kofukin_kensho_r6.xlsx`, which
LibreOffice turns into the PDF of the same name.
Run `/work/venv/bin/python build.py` (`--no-pdf` skips LibreOffice). XLSX, HTML and CSV are byte-stable.
"""
# ruff: noqa: E501

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
LIGHT = PatternFill("solid", fgColor="EDEDED")
STAMP = (2025, 3, 21, 9, 0, 0)
STAMP_ISO = b"2025-03-21T09:00:00Z"
PDFS = ["shinkamigoto_udon_kofukin_kensho_r6"]


def font(size=9, bold=False):
    return Font(name=FONT, size=size, bold=bold)


def put(ws, ref, value, size=9, bold=False, box=False, shade=None, h="left", wrap=True, fmt=None):
    cell = ws[ref]
    cell.value = value
    cell.font = font(size, bold)
    cell.alignment = Alignment(horizontal=h, vertical="center", wrap_text=wrap)
    if box:
        cell.border = BOX
    if shade is not None:
        cell.fill = shade
    if fmt:
        cell.number_format = fmt
    elif isinstance(value, float):
        cell.number_format = "#,##0.0"
    elif isinstance(value, int):
        cell.number_format = "#,##0"
    return cell


def boxed(ws, rng, shade=None):
    for row in ws[rng]:
        for cell in row:
            cell.border = BOX
            if shade is not None:
                cell.fill = shade


def merge(ws, rng, value, **kw):
    first = rng.split(":")[0]
    put(ws, first, value, **kw)
    ws.merge_cells(rng)
    if kw.get("box"):
        boxed(ws, rng, kw.get("shade"))


def save(wb, path):
    """Save with fixed properties and fixed zip timestamps, so the bytes do not change."""
    wb.properties.creator = "forms529"
    wb.properties.lastModifiedBy = "forms529"
    buf = io.BytesIO()
    wb.save(buf)
    buf.seek(0)
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in sorted(zin.infolist(), key=lambda i: i.filename):
            data = zin.read(item.filename)
            if item.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>" + STAMP_ISO, data)
                data = re.sub(rb"(<dcterms:created[^>]*>)[^<]*", rb"\g<1>" + STAMP_ISO, data)
            info = zipfile.ZipInfo(item.filename, date_time=STAMP)
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


def widths(ws, spec):
    for col, w in spec.items():
        ws.column_dimensions[col].width = w


def form_rows(ws, r, rows, key_cols, val_cols, tall=None):
    tall = tall or {}
    for key, val in rows:
        if key_cols[0] == key_cols[1]:
            put(ws, f"{key_cols[0]}{r}", key, bold=True, box=True, shade=SHADE)
        else:
            merge(ws, f"{key_cols[0]}{r}:{key_cols[1]}{r}", key, bold=True, box=True, shade=SHADE)
        merge(ws, f"{val_cols[0]}{r}:{val_cols[1]}{r}", val, box=True)
        ws.row_dimensions[r].height = tall.get(key, 18)
        r += 1
    return r


def notes(ws, r, texts, span, first="A"):
    for text in texts:
        merge(ws, f"{first}{r}:{span}{r}", text, size=8)
        ws.row_dimensions[r].height = 14 if len(text) < 90 else 24
        r += 1
    return r


# ---------------------------------------------------------------- 浜田市 (XLSX document, years down)
# Columns B–F are the indicators No.1–5; each data row is a year with its role.
HAMADA_HEAD = [
    ("No.", [1, 2, 3, 4, 5]),
    (
        "指標名",
        [
            "商談会・物産展への出展回数",
            "SNS・動画によるPR発信件数",
            "どんちっち三魚の取扱量",
            "どんちっち三魚の取扱金額",
            "どんちっち三魚を提供する市内飲食店数",
        ],
    ),
    ("単位", ["回", "件", "t", "百万円", "店舗"]),
]
# (row label, values No.1–5, shaded total row?)
HAMADA_ROWS = [
    ("基準値（R2）", [6, 24, 1842, 1186.4, "―"], False),
    ("R3実績", [9, 48, 1906, 1214.8, 18], False),
    ("R4実績", [12, 62, 1873, 1262.5, 23], False),
    ("R5目標", [12, 60, 2000, 1300.0, 28], False),
    ("R5実績", [14, 75, 1958, 1318.6, 26], False),
    ("3か年計（R3～R5）", [35, 185, 5737, 3795.9, "―"], True),
    ("R6目標", [12, 70, 2050, 1350.0, 32], False),
    ("R7目標（最終）", [12, 80, 2100, 1400.0, 35], False),
]


def build_hamada():
    wb = Workbook()
    ws = wb.active
    ws.title = "事務事業評価"
    widths(ws, {"A": 17, "B": 14, "C": 14, "D": 14, "E": 14, "F": 14})
    merge(
        ws,
        "A1:F1",
        "令和６年度　事務事業評価シート（令和５年度実施事業）",
        size=13,
        bold=True,
        h="center",
    )
    merge(ws, "A2:F2", "作成日　令和6年7月19日　浜田市", h="right")
    put(ws, "A4", "１　事業の概要", size=11, bold=True, wrap=False)
    rows = [
        ("事務事業名", "どんちっち三魚ブランド化推進事業"),
        ("担当課", "産業経済部　水産振興課"),
        ("関連計画", "第2次浜田市総合振興計画"),
        ("事業期間", "令和3年度～令和7年度"),
        ("事業費（R5決算）", "11,840千円（うち一般財源　5,920千円）"),
        (
            "事業の概要",
            "本市は島根県の西部に位置し、平成17年（2005年）10月1日に旧浜田市・金城町・旭町・弥栄村・三隅町の5市町村が合併して誕生した。"
            "面積は690.68km²。浜田漁港は全国に13港ある特定第3種漁港の一つであり、平成21年（2009年）10月1日には、のどぐろを市の魚に定めた。"
            "本事業では、浜田漁港に水揚げされるノドグロ・カレイ・アジを「どんちっち三魚」としてブランド化し、商談会・物産展への出展や"
            "SNS・動画による発信、市内飲食店での提供を通じて、取扱量と取扱金額の拡大を図る。",
        ),
    ]
    r = form_rows(ws, 5, rows, ("A", "A"), ("B", "F"), {"事業の概要": 62})
    r += 1
    put(ws, f"A{r}", "２　指標の推移", size=11, bold=True, wrap=False)
    r += 1
    put(ws, f"A{r}", "区分", bold=True, box=True, shade=SHADE, h="center")
    merge(ws, f"B{r}:C{r}", "活動指標", bold=True, box=True, shade=SHADE, h="center")
    merge(ws, f"D{r}:F{r}", "成果指標", bold=True, box=True, shade=SHADE, h="center")
    ws.row_dimensions[r].height = 18
    r += 1
    for label, cells in HAMADA_HEAD:
        put(ws, f"A{r}", label, bold=True, box=True, shade=SHADE, h="center")
        for col, v in zip("BCDEF", cells, strict=True):
            put(
                ws,
                f"{col}{r}",
                v,
                bold=label != "No.",
                box=True,
                shade=SHADE,
                h="center",
                fmt="0" if label == "No." else None,
            )
        ws.row_dimensions[r].height = 44 if label == "指標名" else 18
        r += 1
    for label, vals, total in HAMADA_ROWS:
        shade = LIGHT if total else None
        put(ws, f"A{r}", label, bold=total, box=True, shade=shade, h="center")
        for col, v in zip("BCDEF", vals, strict=True):
            put(
                ws,
                f"{col}{r}",
                v,
                box=True,
                shade=shade,
                h="center" if isinstance(v, str) else "right",
            )
        ws.row_dimensions[r].height = 18
        r += 1
    r = notes(
        ws,
        r,
        [
            "※1　3か年計は、R3～R5の3年間の実績を合計したもの（No.5は店舗数のため合計しない）。",
            "※2　No.5は、令和3年度に始めた「どんちっち提供店」認定制度による認定店舗数のため、基準値はない。",
            "※3　No.3・No.4は、浜田漁港におけるノドグロ・カレイ・アジの取扱量・取扱金額の合計。",
        ],
        "F",
    )
    r += 1
    put(ws, f"A{r}", "３　評価", size=11, bold=True, wrap=False)
    r += 1
    form_rows(
        ws,
        r,
        [
            ("有効性", "B（概ね効果があった）"),
            (
                "今後の方向性",
                "継続（取扱金額はR5目標を上回ったが、取扱量と提供店数は目標に届かなかった。提供店の認定を進めるとともに、"
                "首都圏の商談会での成約件数の増加を図る。）",
            ),
        ],
        ("A", "A"),
        ("B", "F"),
        {"今後の方向性": 30},
    )
    page(ws, landscape=False)
    save(wb, HERE / "hamada_donchicchi_jimujigyo_r5.xlsx")


# ---------------------------------------------------------------- 黒潮町 (HTML document)
KUROSHIO = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>令和5年度 主要な施策の成果（南海トラフ地震・津波対策） | 黒潮町</title>
</head>
<body>
<nav aria-label="パンくずリスト"><ol>
<li><a href="/">ホーム</a></li>
<li><a href="/gyosei/">町政情報</a></li>
<li><a href="/gyosei/zaisei/">財政・決算</a></li>
<li>令和5年度 主要な施策の成果（南海トラフ地震・津波対策）</li>
</ol></nav>
<main>
<h1>令和５年度　主要な施策の成果（南海トラフ地震・津波対策）</h1>
<p class="date">更新日：2024年10月1日　担当：情報防災課</p>
<p>黒潮町は高知県の西南部、幡多郡の東部に位置し、平成18年（2006年）3月20日に大方町と佐賀町が合併して誕生しました。面積は188.46km²です。</p>
<p>平成24年（2012年）に国が公表した南海トラフ巨大地震の想定で、町内に最大34.4mの津波が到達するとされたことから、町は同年から職員全員が地域の防災を受け持つ防災地域担当制をとり、約3,800世帯の「戸別津波避難カルテ」を作成しました。平成29年（2017年）4月には、佐賀地区に高さ22mの津波避難タワーが完成しています。</p>
<dl>
<dt>事業名</dt><dd>南海トラフ地震津波避難対策推進事業</dd>
<dt>所管課</dt><dd>情報防災課</dd>
<dt>会計区分</dt><dd>一般会計　消防費</dd>
<dt>決算額</dt><dd>令和5年度　50,315千円（うち一般財源　12,480千円）</dd>
<dt>関連計画</dt><dd>黒潮町創生基本計画</dd>
</dl>
<h2>（１）事業の実績</h2>
<table border="1">
<thead>
<tr><th scope="col">No.</th><th scope="col">項目</th><th scope="col">単位</th><th scope="col">R4実績</th><th scope="col">R5計画</th><th scope="col">R5実績</th><th scope="col">備考</th></tr>
</thead>
<tbody>
<tr><td>1</td><td>津波避難訓練の実施回数（町全体・地区別）</td><td>回</td><td>38</td><td>40</td><td>42</td><td></td></tr>
<tr><td>2</td><td>戸別津波避難カルテの更新世帯数</td><td>世帯</td><td>612</td><td>700</td><td>655</td><td>転入・転居世帯を含む</td></tr>
<tr><td>3</td><td>防災サポーター認定者数</td><td>人</td><td>延べ212</td><td>延べ240</td><td>延べ236</td><td>平成26年度からの延べ人数</td></tr>
<tr><td></td><td>（参考）事業費（決算額）</td><td>千円</td><td>48,620</td><td>52,000</td><td>50,315</td><td>R5計画欄は予算現額</td></tr>
</tbody>
</table>
<h2>（２）成果指標</h2>
<table border="1">
<thead>
<tr><th scope="col" rowspan="2">成果指標</th><th scope="col" rowspan="2">単位</th><th scope="col" rowspan="2">基準値<br>（R元）</th><th scope="colgroup" colspan="3">実績値</th><th scope="col" rowspan="2">目標値<br>（R7）</th></tr>
<tr><th scope="col">R3</th><th scope="col">R4</th><th scope="col">R5</th></tr>
</thead>
<tbody>
<tr><td>①津波避難訓練への参加率</td><td>％</td><td>31.8</td><td>―<sup>※1</sup></td><td>34.6</td><td>38.2<br>（速報値）</td><td>45.0</td></tr>
<tr><td>②避難行動要支援者の個別避難計画の作成率</td><td>％</td><td>52.4</td><td>61.0</td><td>68.7</td><td>74.1</td><td>90.0</td></tr>
</tbody>
</table>
<p class="note">※1　令和3年度の町全体の津波避難訓練は、新型コロナウイルス感染症の感染拡大により中止したため、参加率を算出していません。</p>
<p class="note">※2　参加率は、訓練参加者数を訓練実施日の住民基本台帳人口で除した値です。令和5年度の値は速報値で、確定値は次回の公表時にお知らせします。</p>
<h2>（３）成果と今後の方向性</h2>
<p>令和5年度は地区別の訓練を42回行い、夜間訓練も3地区で実施しました。防災サポーターは新たに24人を認定しましたが、計画には4人届きませんでした。個別避難計画の作成は着実に進んでおり、引き続き福祉部門と連携して作成率の向上を図ります。</p>
</main>
<footer><p>黒潮町役場　情報防災課</p></footer>
</body>
</html>
"""


def build_kuroshio():
    (HERE / "kuroshio_tsunami_shuyo_seika_r5.html").write_text(KUROSHIO, encoding="utf-8")


# ---------------------------------------------------------------- 新上五島町 (XLSX source of the PDF, landscape)
# (No., KPI, 単位, 事業開始前（R3）, R4 目標, R4 実績, R5 目標, R5 実績, R6 目標, R6 見込)
SHINKAMIGOTO_KPIS = [
    ("①", "五島手延うどんの町外出荷量", "t", 1120, 1150, 1168, 1180, 1204, 1210, "約1,230"),
    ("②", "うどん・あご関連の新商品開発数", "件", 0, 3, 2, 3, 4, 3, 3),
    (
        "③",
        "ふるさと納税（うどん・あご関連返礼品）の寄附額",
        "千円",
        38400,
        42000,
        45120,
        46000,
        44870,
        50000,
        "約48,000",
    ),
    ("④", "手延うどん製造体験の参加者数", "人", 1240, 1500, 1386, 1800, 1912, 2000, 2050),
]
# (区分, R3, R4, R5): reference table beside the KPIs, no indicator of the 事業.
SHINKAMIGOTO_REF = [
    ("人口（4月1日現在）", 18212, 17745, 17298),
    ("転入者数", 612, 598, 641),
    ("転出者数", 871, 902, 866),
    ("社会増減", "△259", "△304", "△225"),
    ("自然増減", "△318", "△352", "△361"),
]


def build_shinkamigoto():
    wb = Workbook()
    ws = wb.active
    ws.title = "効果検証"
    widths(
        ws,
        {
            "A": 4.5,
            "B": 30,
            "C": 5.5,
            "D": 9.5,
            "E": 7.5,
            "F": 7.5,
            "G": 7.5,
            "H": 7.5,
            "I": 7.5,
            "J": 8,
            "K": 2.5,
            "L": 17,
            "M": 8,
            "N": 8,
            "O": 8,
        },
    )
    merge(
        ws,
        "A1:O1",
        "デジタル田園都市国家構想交付金（地方創生推進タイプ）　効果検証シート（令和６年度）",
        size=13,
        bold=True,
        h="center",
    )
    merge(ws, "A2:O2", "令和7年3月　新上五島町　産業振興課", h="right")
    put(ws, "A4", "１　事業の概要", size=11, bold=True, wrap=False)
    rows = [
        ("交付対象事業の名称", "「五島手延うどん」と「あご」の島ブランド発信・販路拡大事業"),
        ("地域再生計画の名称", "新上五島町まち・ひと・しごと創生推進計画"),
        ("事業実施期間", "令和4年度～令和6年度（3か年）"),
        ("交付対象事業費", "R6：14,800千円（うち交付金　7,400千円）"),
        ("担当課", "産業振興課"),
        (
            "町の概要",
            "本町は五島列島の北部に位置し、7つの有人島と60余りの無人島からなる。平成16年（2004年）8月1日に若松町・上五島町・新魚目町・有川町・奈良尾町の"
            "5町が合併して誕生した。面積は約214km²、人口は16,838人（2024年5月31日現在）。平成30年（2018年）7月には「頭ヶ島の集落」を構成資産に含む"
            "「長崎と天草地方の潜伏キリシタン関連遺産」が世界文化遺産に登録された。町内には29の教会があり、日本三大うどんの一つといわれる五島手延うどんと、"
            "毎年9月から10月にかけて有川湾でとれる飛魚（あご）が特産である。",
        ),
    ]
    r = form_rows(ws, 5, rows, ("A", "C"), ("D", "O"), {"町の概要": 46})
    r += 1
    head = r
    put(ws, f"A{head}", "■重要業績評価指標（KPI）の目標と実績", size=11, bold=True, wrap=False)
    put(ws, f"L{head}", "■（参考）町の人口動態（住民基本台帳）", size=11, bold=True, wrap=False)
    top, low = head + 1, head + 2
    for col, text in (
        ("A", "No."),
        ("B", "重要業績評価指標（KPI）"),
        ("C", "単位"),
        ("D", "事業開始前（R3）"),
    ):
        merge(ws, f"{col}{top}:{col}{low}", text, bold=True, box=True, shade=SHADE, h="center")
    for cols, year in (("EF", "R4"), ("GH", "R5"), ("IJ", "R6")):
        merge(
            ws, f"{cols[0]}{top}:{cols[1]}{top}", year, bold=True, box=True, shade=SHADE, h="center"
        )
    for col, text in zip("EFGHIJ", ["目標", "実績", "目標", "実績", "目標", "見込"], strict=True):
        put(ws, f"{col}{low}", text, bold=True, box=True, shade=SHADE, h="center")
    for col, text in (("L", "区分（人）"), ("M", "R3"), ("N", "R4"), ("O", "R5")):
        merge(ws, f"{col}{top}:{col}{low}", text, bold=True, box=True, shade=SHADE, h="center")
    ws.row_dimensions[top].height = 18
    ws.row_dimensions[low].height = 18
    r = low + 1
    for i, (no, name, unit, *vals) in enumerate(SHINKAMIGOTO_KPIS):
        put(ws, f"A{r + i}", no, box=True, h="center")
        put(ws, f"B{r + i}", name, box=True)
        put(ws, f"C{r + i}", unit, box=True, h="center")
        for col, v in zip("DEFGHIJ", vals, strict=True):
            put(ws, f"{col}{r + i}", v, box=True, h="right")
    for i, (kubun, *vals) in enumerate(SHINKAMIGOTO_REF):
        put(ws, f"L{r + i}", kubun, box=True)
        for col, v in zip("MNO", vals, strict=True):
            put(ws, f"{col}{r + i}", v, box=True, h="right")
    for i in range(max(len(SHINKAMIGOTO_KPIS), len(SHINKAMIGOTO_REF))):
        ws.row_dimensions[r + i].height = 26
    r += max(len(SHINKAMIGOTO_KPIS), len(SHINKAMIGOTO_REF))
    r = notes(
        ws,
        r,
        [
            "※1　R6の「見込」は、令和7年2月末までの実績をもとに、年度末までの値を見込んだもの。確定値は令和7年度に報告する。",
            "※2　③の寄附額は、五島手延うどん・あご加工品を返礼品とする寄附の合計額。",
            "※3　（参考）町の人口動態は、事業の効果を見るための参考として掲げたもので、KPIではない。人口は各年4月1日現在、その他は各年度の値。△はマイナスを表す。",
        ],
        "O",
    )
    r += 1
    put(ws, f"A{r}", "■事業の評価", size=11, bold=True, wrap=False)
    r += 1
    form_rows(
        ws,
        r,
        [
            ("総合評価", "地方創生に効果があった"),
            (
                "今後の方針",
                "交付金事業は令和6年度で終了するが、町外への販路開拓と製造体験は町単独事業として継続する。",
            ),
        ],
        ("A", "C"),
        ("D", "O"),
    )
    page(ws, landscape=True)
    save(wb, SRC / "shinkamigoto_udon_kofukin_kensho_r6.xlsx")


# ---------------------------------------------------------------- 豊後大野市 (CSV document, UTF-8 with BOM, CRLF)
BUNGOONO_GOAL1 = "基本目標1　しごとをつくり、安心して働けるようにする"
BUNGOONO_GOAL2 = "基本目標2　ひとの流れをつくり、ジオパークの魅力を発信する"
BUNGOONO_LINES = [
    "タイトル,豊後大野市まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の進捗状況（令和6年度）",
    "公表日,令和7年9月30日",
    "担当課,総務企画部　企画政策課",
    "計画期間,令和3年度～令和7年度（5年間）",
    '市の概要,"本市は大分県の南西部、大野川の中・上流域に位置し、平成17年（2005年）3月31日に大野郡の三重町・清川村・緒方町・朝地町・大野町・千歳村・犬飼町の'
    "5町2村が合併して誕生した。面積は603.14平方キロメートル。約9万年前の阿蘇火山の噴火による火砕流がつくった地形が広がり、"
    '平成25年（2013年）に「おおいた豊後大野ジオパーク」として日本ジオパークに認定された。幅120メートル、高さ20メートルの原尻の滝は「日本の滝百選」に選ばれている。"',
    '注記,"▲はマイナス（転出超過）を表す。「集計中」は、公表時点で値が確定していないもの。備考欄に記載のある指標は、その記載による。"',
    "",
    ",,,,,基準値,実績値,,,,目標値,",
    "基本目標,区分,No.,指標名,単位,H30年度,R3年度,R4年度,R5年度,R6年度,R7年度,備考",
    f'{BUNGOONO_GOAL1},数値目標,1,市内の従業者数,人,"13,284","12,906","12,851","12,790","12,812","13,000",',
    f"{BUNGOONO_GOAL1},KPI,2,新規就農者数,人,18,21,17,24,集計中,25,",
    f"{BUNGOONO_GOAL1},KPI,3,農業産出額,億円,186.2,181.5,190.4,196.8,集計中,200.0,",
    f"{BUNGOONO_GOAL2},数値目標,4,社会増減数,人,▲312,▲255,▲198,▲227,▲164,▲150,R6は見込値",
    f'{BUNGOONO_GOAL2},KPI,5,観光入込客数,千人,"1,024.6",612.3,798.4,934.1,"1,006.8","1,100.0",暦年（1月～12月）の値',
]


def build_bungoono():
    text = "\r\n".join(BUNGOONO_LINES) + "\r\n"
    (HERE / "bungoono_sousei_kpi_shinchoku_r6.csv").write_bytes(
        b"\xef\xbb\xbf" + text.encode("utf-8")
    )


def to_pdf():
    with tempfile.TemporaryDirectory() as tmp:
        for name in PDFS:
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
    build_hamada()
    build_kuroshio()
    build_shinkamigoto()
    build_bungoono()
    if "--no-pdf" not in sys.argv:
        to_pdf()


if __name__ == "__main__":
    main()
