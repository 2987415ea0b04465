"""Build forms496: four KPI documents of 広川町, 田尻町, 加西市 and 刈谷市.

Writes `hirogawa_inamura_jimujigyo_r5.xlsx` (the workbook is the document), `tajiri_kanko_shuyo_seika_r4.html`,
and the XLSX sources `source/kasai_shisaku_hyoka_h30.xlsx` and `source/kariya_sousei_kpi_saishu_r4.xlsx`,
which LibreOffice turns into `kasai_shisaku_hyoka_h30.pdf` and `kariya_sousei_kpi_saishu_r4.pdf`.
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
STAMP = datetime.datetime(2024, 7, 30, 9, 0, 0)
COLS = "ABCDEFGHIJKLMN"


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
    wb.properties.creator = "forms496"
    wb.properties.lastModifiedBy = "forms496"
    wb.properties.created = STAMP
    wb.properties.modified = STAMP
    buf = io.BytesIO()
    wb.save(buf)
    buf.seek(0)
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in sorted(zin.infolist(), key=lambda i: i.filename):
            data = zin.read(item.filename)
            if item.filename == "docProps/core.xml":
                data = re.sub(
                    rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2024-07-30T09:00:00Z", data
                )
                data = re.sub(
                    rb"(<dcterms:created[^>]*>)[^<]*", rb"\g<1>2024-07-30T09:00:00Z", data
                )
            info = zipfile.ZipInfo(item.filename, date_time=(2024, 7, 30, 9, 0, 0))
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


def fields_block(ws, r, fields, last_col, heights=None):
    heights = heights or {}
    for key, val in fields:
        put(ws, f"A{r}", key, bold=True, box=True, shade=True)
        ws.merge_cells(f"A{r}:B{r}")
        boxed(ws, f"A{r}:B{r}", shade=True)
        merge(ws, f"C{r}:{last_col}{r}", val, box=True)
        ws.row_dimensions[r].height = heights.get(key, 18)
        r += 1
    return r


# ---------------------------------------------------------------- 広川町 (XLSX document)
def build_hirogawa():
    wb = Workbook()
    ws = wb.active
    ws.title = "事務事業評価"
    widths = {"A": 9, "B": 4, "C": 30, "D": 6, "E": 9, "F": 9, "G": 9, "H": 9, "I": 11, "J": 20}
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
    merge(ws, "A2:J2", "作成日　令和6年7月30日", h="right")
    fields = [
        ("事務事業名", "稲むらの火の館管理運営事業"),
        ("担当課", "教育委員会　生涯学習課"),
        ("事業期間", "平成19年度～（継続）"),
        ("事業費（R5決算）", "31,240千円（うち入館料収入 8,960千円）"),
        (
            "事業の概要",
            "安政元年（1854年）の安政南海地震津波の際、濱口梧陵が稲むらに火を放って村人を高台へ導いた「稲むらの火」の故事と、"
            "梧陵が私財を投じて約4年をかけて築いた広村堤防（高さ約5m・長さ約600m、昭和13年に国の史跡に指定）を伝えるため、"
            "平成19年（2007年）4月に濱口梧陵記念館と津波防災教育センターからなる「稲むらの火の館」を開館した。"
            "町の人口は6,781人（2020年国勢調査）、面積は約65.35km²。11月5日の「津波防災の日」は休館日であっても開館している。",
        ),
    ]
    r = fields_block(ws, 4, fields, "J", {"事業の概要": 62})
    r += 1
    put(ws, f"A{r}", "２　指標の推移", size=11, bold=True, wrap=False)
    r += 1
    h1 = r
    for col, text in (("A", "区分"), ("B", "No."), ("C", "指標名"), ("D", "単位"), ("J", "備考")):
        merge(ws, f"{col}{h1}:{col}{h1 + 1}", text, bold=True, box=True, shade=True, h="center")
    merge(ws, f"E{h1}:G{h1}", "実績", bold=True, box=True, shade=True, h="center")
    merge(ws, f"H{h1}:I{h1}", "目標", bold=True, box=True, shade=True, h="center")
    for col, text in zip("EFGHI", ["R3年度", "R4年度", "R5年度", "R5年度", "R7年度（最終）"]):
        put(ws, f"{col}{h1 + 1}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[h1].height = 18
    ws.row_dimensions[h1 + 1].height = 24
    r = h1 + 2
    thousands = "#,##0.0,"
    rows = [
        ("活動指標", 1, "企画展・特別展の開催回数", "回", [2, 3, 3, 3, 4], None, ""),
        (
            "活動指標",
            2,
            "出前防災講座の実施回数",
            "回",
            [18, 26, 31, "30以上", "35以上"],
            None,
            "学校・自主防災組織等への出張講座",
        ),
        (
            "成果指標",
            3,
            "入館者数",
            "千人",
            [9800, 14600, 18200, 18000, 20000],
            thousands,
            "有料入館者と無料入館者の合計",
        ),
        ("成果指標", 4, "学校・団体の防災学習利用件数", "件", [84, 121, 127, 130, 150], None, ""),
        (
            "成果指標",
            5,
            "来館者アンケートで「防災への意識が高まった」と回答した割合",
            "％",
            [88.4, 90.1, "集計中", 90.0, 92.0],
            "0.0",
            "R5年度分は令和6年9月に集計予定",
        ),
    ]
    start = r
    for kubun, no, name, unit, vals, fmt, note in rows:
        put(ws, f"A{r}", kubun, box=True, h="center")
        put(ws, f"B{r}", no, box=True, h="center")
        put(ws, f"C{r}", name, box=True)
        put(ws, f"D{r}", unit, box=True, h="center")
        for col, v in zip("EFGHI", vals):
            c = put(ws, f"{col}{r}", v, box=True, h="center" if isinstance(v, str) else "right")
            if not isinstance(v, str):
                c.number_format = fmt or "#,##0"
        put(ws, f"J{r}", note, size=8, box=True)
        ws.row_dimensions[r].height = 30
        r += 1
    ws.merge_cells(f"A{start}:A{start + 1}")
    ws.merge_cells(f"A{start + 2}:A{start + 4}")
    notes = [
        "※No.3は有料入館者と無料入館者（未就学児・団体の引率者等）の合計です。",
        "※令和3年度は新型コロナウイルス感染症拡大防止のため、4月から6月まで休館しました。",
    ]
    for note in notes:
        merge(ws, f"A{r}:J{r}", note, size=8)
        r += 1
    r += 1
    put(ws, f"A{r}", "３　評価", size=11, bold=True, wrap=False)
    r += 1
    r = fields_block(
        ws,
        r,
        [
            ("有効性", "B（概ね成果が上がっている）"),
            ("今後の方向性", "現状維持（防災学習の受入れ体制を維持しつつ、企画展の充実を図る）"),
        ],
        "J",
    )
    page(ws, landscape=False)
    save(wb, HERE / "hirogawa_inamura_jimujigyo_r5.xlsx")


# ---------------------------------------------------------------- 加西市 (PDF source, portrait)
def build_kasai():
    wb = Workbook()
    ws = wb.active
    ws.title = "施策評価"
    widths = {
        "A": 5,
        "B": 5,
        "C": 24,
        "D": 6,
        "E": 10,
        "F": 9,
        "G": 9,
        "H": 9,
        "I": 9,
        "J": 10,
        "K": 9,
    }
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    merge(ws, "A1:K1", "平成30年度　施策評価シート", size=14, bold=True, h="center")
    merge(ws, "A2:K2", "第5次加西市総合計画　後期基本計画", size=11, h="center")
    merge(ws, "A3:K3", "令和元年8月　加西市 ふるさと創造部 人口増政策課", h="right")
    fields = [
        ("政策", "1　ひとが集い、活力あふれるまち"),
        ("施策", "1-2　定住・移住の促進"),
        ("主管課", "ふるさと創造部　人口増政策課"),
        ("計画期間", "後期基本計画　平成28年度～平成32年度（5年間）"),
        (
            "施策の現状",
            "本市は昭和42年（1967年）4月1日に3町が合併して市制を施行し、当時の人口は48,219人であった。"
            "面積は150.98km²で、播州平野のほぼ中央に位置する。平成10年以降は毎年200～300人の社会減が続いてきたため、"
            "移住相談窓口の開設や空き家バンクの運用により、転入の促進と定住の支援に取り組んでいる。",
        ),
    ]
    r = fields_block(ws, 5, fields, "K", {"施策の現状": 48})
    r += 1
    put(ws, f"A{r}", "２　成果指標の状況", size=11, bold=True, wrap=False)
    r += 1
    head = [
        "No.",
        "成果指標",
        "単位",
        "策定時（H26）",
        "H28実績",
        "H29実績",
        "H30実績",
        "H30目標",
        "目標値（H32）",
        "達成状況",
    ]
    put(ws, f"A{r}", head[0], bold=True, box=True, shade=True, h="center")
    merge(ws, f"B{r}:C{r}", head[1], bold=True, box=True, shade=True, h="center")
    for col, text in zip("DEFGHIJK", head[2:]):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[r].height = 30
    r += 1
    signed = "#,##0;△#,##0;±0"
    rows = [
        (1, "社会増減数", "人", [-246, -93, -21, 58, 0, 100], signed, "達成"),
        (2, "転入者数", "人", [1486, 1530, "1,512※", 1608, 1600, 1700], "#,##0", "達成"),
        (3, "移住相談件数", "件", [36, 52, 61, 74, 70, 90], "#,##0", "達成"),
        (4, "空き家バンクの登録件数", "件", [12, 28, 41, 53, 60, 80], "#,##0", "未達成"),
    ]
    for no, name, unit, vals, fmt, status in rows:
        put(ws, f"A{r}", no, box=True, h="center")
        merge(ws, f"B{r}:C{r}", name, box=True)
        put(ws, f"D{r}", unit, box=True, h="center")
        for col, v in zip("EFGHIJ", vals):
            c = put(ws, f"{col}{r}", v, box=True, h="right")
            if not isinstance(v, str):
                c.number_format = fmt
        put(ws, f"K{r}", status, box=True, h="center")
        ws.row_dimensions[r].height = 24
        r += 1
    notes = [
        "※No.2のH29実績は、集計に誤りがあったため修正しています（修正前：1,521人）。",
        "※No.4は各年度末（3月31日）現在の登録件数です。",
        "※達成状況は、H30実績とH30目標を比べたものです。",
    ]
    for note in notes:
        merge(ws, f"A{r}:K{r}", note, size=8)
        r += 1
    r += 1
    put(ws, f"A{r}", "３　施策の評価", size=11, bold=True, wrap=False)
    r += 1
    fields_block(
        ws,
        r,
        [
            ("総合評価", "B（概ね順調に進んでいる）"),
            (
                "今後の方向性",
                "移住相談から空き家の紹介、住宅取得の支援までを一体的に行い、社会増の定着を図る。",
            ),
        ],
        "K",
        {"今後の方向性": 30},
    )
    page(ws, landscape=False)
    save(wb, SRC / "kasai_shisaku_hyoka_h30.xlsx")


# ---------------------------------------------------------------- 刈谷市 (PDF source, landscape)
def build_kariya():
    wb = Workbook()
    ws = wb.active
    ws.title = "KPI最終検証"
    ws.column_dimensions["A"].width = 18
    for col in "BCDEF":
        ws.column_dimensions[col].width = 24
    merge(
        ws,
        "A1:F1",
        "刈谷市まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の最終検証（令和4年度実績）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:F2", "令和5年8月　企画財政部　企画政策課", h="right")
    fields = [
        ("計画の名称", "刈谷市まち・ひと・しごと創生総合戦略"),
        (
            "計画期間",
            "平成27年度～令和4年度（当初は令和元年度まで。令和2年度末まで1年延長した後、"
            "第8次刈谷市総合計画の策定延期に伴い令和4年度末まで再延長）",
        ),
        ("担当課", "企画財政部　企画政策課"),
        (
            "市の概要",
            "昭和25年4月1日に市制を施行。面積50.39km²、人口153,162人（2019年10月1日推計）。"
            "トヨタグループ主要企業の本社が集まる自動車工業都市で、昼間人口比率は123.1％（平成27年度）。"
            "国の天然記念物に指定された小堤西池のカキツバタ群落や、刈谷ハイウェイオアシスがある。",
        ),
    ]
    r = 4
    for key, val in fields:
        put(ws, f"A{r}", key, bold=True, box=True, shade=True)
        merge(ws, f"B{r}:F{r}", val, box=True)
        ws.row_dimensions[r].height = 36 if key in ("市の概要", "計画期間") else 18
        r += 1
    r += 1
    put(ws, f"A{r}", "■基本目標別　重要業績評価指標（KPI）の推移", size=11, bold=True, wrap=False)
    r += 1
    merge(
        ws,
        f"A{r}:F{r}",
        "評価　◎：目標達成　○：未達成（目標の80％以上）　△：未達成（目標の80％未満）　※評価は令和4年度実績と延長後目標を比べたもの",
        size=8,
    )
    r += 1
    merge(ws, f"A{r}:A{r + 1}", "区分", bold=True, box=True, shade=True, h="center")
    merge(
        ws,
        f"B{r}:C{r}",
        "基本目標１　産業の活力を高め、安定した雇用を創出する",
        bold=True,
        box=True,
        shade=True,
        h="center",
    )
    merge(
        ws,
        f"D{r}:E{r}",
        "基本目標２　刈谷への新しいひとの流れをつくる",
        bold=True,
        box=True,
        shade=True,
        h="center",
    )
    put(
        ws,
        f"F{r}",
        "基本目標３　若い世代の結婚・出産・子育ての希望をかなえる",
        bold=True,
        box=True,
        shade=True,
        h="center",
    )
    ws.row_dimensions[r].height = 30
    r += 1
    kpis = [
        "①創業支援事業による創業者数（人）",
        "②企業立地件数（件）",
        "③刈谷ハイウェイオアシスの\n来場者数（万人）",
        "④若い世代（20～39歳）の\n転入超過数（人）",
        "⑤保育園等の待機児童数（人）",
    ]
    for col, name in zip("BCDEF", kpis):
        put(ws, f"{col}{r}", name, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[r].height = 30
    r += 1
    signed = "#,##0;△#,##0;0"
    grid = [
        ("基準値（H26）", [18, 3, 801.2, -112, 42]),
        ("当初目標（R元）", [25, 5, 850.0, 0, 0]),
        ("R元実績", [27, 6, 862.3, -35, 12]),
        ("R2実績", [19, 2, 431.6, -148, 5]),
        ("R3実績", [22, 3, 560.8, -96, 0]),
        ("延長後目標（R4）", [25, 5, 750.0, 0, 0]),
        ("R4実績", [26, 3, 702.5, 24, 0]),
        ("評価", ["◎", "△", "○", "◎", "◎"]),
    ]
    for label, vals in grid:
        target = "目標" in label
        put(ws, f"A{r}", label, box=True, bold=target, shade=target, h="center")
        for col, v in zip("BCDEF", vals):
            c = put(
                ws,
                f"{col}{r}",
                v,
                box=True,
                shade=target,
                h="center" if isinstance(v, str) else "right",
            )
            if isinstance(v, float):
                c.number_format = "#,##0.0"
            elif isinstance(v, int):
                c.number_format = signed
        ws.row_dimensions[r].height = 20
        r += 1
    notes = [
        "※延長後目標は、令和2年度に計画期間を延長した際に再設定した値です（①②④⑤は当初目標を据え置き）。",
        "※③は令和2年度・3年度に新型コロナウイルス感染症の影響で大きく減少したため、延長後目標を引き下げました。",
        "※④は住民基本台帳に基づく20～39歳の転入者数から転出者数を差し引いた数です（△は転出超過）。",
    ]
    for note in notes:
        merge(ws, f"A{r}:F{r}", note, size=8)
        r += 1
    page(ws, landscape=True)
    save(wb, SRC / "kariya_sousei_kpi_saishu_r4.xlsx")


# ---------------------------------------------------------------- 田尻町 (HTML)
TAJIRI = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>令和４年度　主要な施策の成果（観光振興・にぎわいづくり） | 田尻町</title>
</head>
<body>
<nav aria-label="パンくずリスト"><ol>
<li><a href="/">ホーム</a></li>
<li><a href="/chosei/">町政情報</a></li>
<li><a href="/chosei/zaisei/">財政</a></li>
<li>令和４年度　主要な施策の成果（観光振興・にぎわいづくり）</li>
</ol></nav>
<main>
<h1>令和４年度　主要な施策の成果（観光振興・にぎわいづくり）</h1>
<p class="date">更新日：2023年10月2日　担当：産業振興課</p>
<p>田尻町は大阪湾に面した面積5.62km²の町で、1953年（昭和28年）5月3日に町制を施行しました。沖合約5kmに浮かぶ関西国際空港の中央部も町域に含まれます。</p>
<p>田尻漁港では1994年から毎週日曜日の午前7時から正午まで日曜朝市が開かれ、2005年には全国の漁港で初めて「海の駅」に認定されました。令和元年9月4日には一般社団法人田尻町観光協会が設立され、令和2年10月には7名の観光ボランティアが誕生しています。</p>
<dl>
<dt>施策名</dt><dd>観光の振興とにぎわいの創出</dd>
<dt>関連計画</dt><dd>田尻町まち・ひと・しごと創生総合戦略</dd>
<dt>決算額</dt><dd>18,460千円（うち観光協会運営補助金 9,500千円）</dd>
<dt>担当課</dt><dd>産業振興課</dd>
</dl>
<h2>成果指標の状況</h2>
<p>※基準年度は指標ごとに異なります。</p>
<table border="1">
<thead>
<tr><th rowspan="2">指標</th><th rowspan="2">単位</th><th rowspan="2">基準値</th><th rowspan="2">基準年度</th><th colspan="3">実績値</th><th colspan="2">目標値</th></tr>
<tr><th>2020年度</th><th>2021年度</th><th>2022年度</th><th>2022年度</th><th>2024年度</th></tr>
</thead>
<tbody>
<tr><th scope="row">①観光ボランティアガイドの登録者数</th><td>人</td><td>7</td><td rowspan="2">R2</td><td>7</td><td>9</td><td>12</td><td>10</td><td>20</td></tr>
<tr><th scope="row">②観光ボランティアガイドによる案内件数</th><td>件</td><td>0</td><td>0</td><td>38</td><td>56</td><td>40</td><td>3年間で延べ150件</td></tr>
<tr><th scope="row">③泉州黄たまねぎ祭りの来場者数</th><td>人</td><td>3,200</td><td rowspan="2">R元</td><td>中止</td><td>中止</td><td>2,850</td><td>3,500</td><td>4,000</td></tr>
<tr><th scope="row">④田尻漁港日曜朝市の来場者数</th><td>千人</td><td>125</td><td>98</td><td>104</td><td>121</td><td>120</td><td>130</td></tr>
<tr><th scope="row">⑤田尻町観光協会ウェブサイトの閲覧数</th><td>万件</td><td>1.2</td><td>R2</td><td>1.2</td><td>2.6</td><td>3.4</td><td>3.5</td><td>5.0</td></tr>
</tbody>
</table>
<p>※③は新型コロナウイルス感染症拡大防止のため、令和2年度・3年度の開催を中止しました。</p>
<h2>成果と今後の課題</h2>
<p>日曜朝市の来場者数は回復傾向にあり、観光ボランティアガイドの登録者も増えています。今後は関西国際空港を利用する来訪者を町内へ呼び込む取組を強化します。</p>
</main>
<footer><p>田尻町役場　産業振興課</p></footer>
</body>
</html>
"""


def build_tajiri():
    (HERE / "tajiri_kanko_shuyo_seika_r4.html").write_text(TAJIRI, encoding="utf-8")


def to_pdf():
    for name in ("kasai_shisaku_hyoka_h30", "kariya_sousei_kpi_saishu_r4"):
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
    build_hirogawa()
    build_kasai()
    build_kariya()
    build_tajiri()
    if "--no-pdf" not in sys.argv:
        to_pdf()


if __name__ == "__main__":
    main()
