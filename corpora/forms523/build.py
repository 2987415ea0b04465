"""Build forms523: four KPI documents of 上松町, 結城市, 幸手市 and 南足柄市.

Writes `agematsu_shinrin_therapy_jimujigyo_r5.xlsx` (the workbook is the document),
`satte_gongendo_kofukin_kensho_r5.html`, `minamiashigara_sogo4_koki_seika_h30.csv` and the XLSX source
`source/yuki_tsumugi_shuyo_seika_r5.xlsx`, which LibreOffice turns into the PDF of the same name.
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
LIGHT = PatternFill("solid", fgColor="F2F2F2")
STAMP = (2024, 12, 2, 9, 0, 0)
STAMP_ISO = b"2024-12-02T09:00:00Z"
PDFS = ["yuki_tsumugi_shuyo_seika_r5"]
TRIANGLE = '#,##0;"△"#,##0'


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
    wb.properties.creator = "forms523"
    wb.properties.lastModifiedBy = "forms523"
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
        merge(ws, f"{key_cols[0]}{r}:{key_cols[1]}{r}", key, bold=True, box=True, shade=SHADE)
        merge(ws, f"{val_cols[0]}{r}:{val_cols[1]}{r}", val, box=True)
        ws.row_dimensions[r].height = tall.get(key, 18)
        r += 1
    return r


def notes(ws, r, texts, span):
    for text in texts:
        merge(ws, f"A{r}:{span}{r}", text, size=8)
        ws.row_dimensions[r].height = 14 if len(text) < 80 else 24
        r += 1
    return r


# ---------------------------------------------------------------- 上松町 (XLSX document)
AGEMATSU_INDICATORS = [
    # (区分, No., 指標名, 単位, 基準値（R3）, R4実績, R5目標, R5実績, R6見込, R7目標（最終）)
    ("活動指標", 1, "森林セラピーガイド養成講座の開催回数", "回", 4, 5, 6, 5, 6, 6),
    (
        "活動指標",
        2,
        "森林セラピー体験プログラムの参加者数",
        "人",
        "延べ412",
        "延べ538",
        "延べ600",
        "延べ655",
        "延べ700",
        "延べ800",
    ),
    ("成果指標", 3, "赤沢自然休養林の入込客数", "千人", 98.6, 104.2, 110.0, 112.7, 115.0, 120.0),
    ("成果指標", 4, "森林セラピーガイドの登録者数", "人", 32, 38, 42, 41, 44, "5年間で20人増"),
    ("成果指標", 5, "森林セラピー参加者の満足度", "％", 88.5, 90.2, 90.0, 91.4, 92.0, 92.0),
]


def build_agematsu():
    wb = Workbook()
    ws = wb.active
    ws.title = "事務事業評価"
    widths(ws, {"A": 9, "B": 5, "C": 32, "D": 6, "E": 9, "F": 9, "G": 9, "H": 9, "I": 9, "J": 13})
    merge(
        ws,
        "A1:J1",
        "令和６年度　事務事業評価シート（令和５年度実施事業）",
        size=13,
        bold=True,
        h="center",
    )
    merge(ws, "A2:J2", "作成日　令和6年8月23日　上松町", h="right")
    put(ws, "A4", "１　事業の概要", size=11, bold=True, wrap=False)
    rows = [
        ("事務事業名", "森林セラピー推進事業"),
        ("担当課", "産業観光課"),
        ("関連計画", "上松町まち・ひと・しごと創生総合戦略（令和2年度～令和6年度）"),
        ("事業期間", "平成18年度～（継続）"),
        ("事業費（R5決算）", "8,420千円（うち県補助金　2,100千円）"),
        (
            "事業の概要",
            "本町は長野県の南西部、木曽郡のほぼ中央に位置し、総面積168.42km²の約94％を森林が占め、その69％が国有林である。赤沢自然休養林は"
            "昭和45年（1970年）に全国で最初の自然休養林に指定され、昭和57年（1982年）には全国初の森林浴大会が開かれた「森林浴発祥の地」として"
            "知られる。平成18年（2006年）4月の森林セラピー基地の認定を機に、8本の散策コースと往復2.2kmの森林鉄道を生かした体験プログラムを、"
            "県立木曽病院と連携して実施している。本事業では、森林セラピーガイドの養成、体験プログラムの企画・運営及び町内外へのPRを行う。",
        ),
    ]
    r = form_rows(ws, 5, rows, ("A", "B"), ("C", "J"), {"事業の概要": 74})
    r += 1
    put(ws, f"A{r}", "２　指標の推移", size=11, bold=True, wrap=False)
    r += 1
    top, low = r, r + 1
    for col, text in (("A", "区分"), ("B", "No."), ("C", "指標名"), ("D", "単位")):
        merge(ws, f"{col}{top}:{col}{low}", text, bold=True, box=True, shade=SHADE, h="center")
    for col, text in (("E", "基準値"), ("F", "R4"), ("I", "R6"), ("J", "R7")):
        put(ws, f"{col}{top}", text, bold=True, box=True, shade=SHADE, h="center")
    merge(ws, f"G{top}:H{top}", "R5", bold=True, box=True, shade=SHADE, h="center")
    lower = {"E": "（R3）", "F": "実績", "G": "目標", "H": "実績", "I": "見込", "J": "目標（最終）"}
    for col, text in lower.items():
        put(ws, f"{col}{low}", text, bold=True, box=True, shade=SHADE, h="center")
    ws.row_dimensions[top].height = 18
    ws.row_dimensions[low].height = 18
    r = low + 1
    first = {}
    for kubun, no, name, unit, *vals in AGEMATSU_INDICATORS:
        first.setdefault(kubun, r)
        put(ws, f"B{r}", no, box=True, h="center")
        put(ws, f"C{r}", name, box=True)
        put(ws, f"D{r}", unit, box=True, h="center")
        for col, v in zip("EFGHIJ", vals, strict=True):
            word = isinstance(v, str)
            fmt = "#,##0.0" if isinstance(v, float) else None
            put(ws, f"{col}{r}", v, box=True, h="center" if word else "right", fmt=fmt)
        ws.row_dimensions[r].height = 22
        r += 1
    merge(ws, f"A{first['活動指標']}:A{first['成果指標'] - 1}", "活動指標", box=True, h="center")
    merge(ws, f"A{first['成果指標']}:A{r - 1}", "成果指標", box=True, h="center")
    r = notes(
        ws,
        r,
        [
            "※1　No.3の入込客数は暦年（1月～12月）の数値である（R6見込は、令和6年1月～7月の実績から推計した値）。",
            "※2　No.4の最終目標は、基準年度（R3）から5年間で登録者を20人増やすことである。",
        ],
        "J",
    )
    r += 1
    put(ws, f"A{r}", "３　評価", size=11, bold=True, wrap=False)
    r += 1
    rows = [
        ("評価", "B（概ね順調に進んでいる）"),
        (
            "評価の理由",
            "入込客数はコロナ禍前の水準に戻りつつあり、R5は森林鉄道の運行日数も148日と前年度を上回った。ガイド養成講座は講師の都合により1回"
            "中止したため、目標を下回った。",
        ),
        ("今後の方向性", "現状維持（継続）"),
    ]
    form_rows(ws, r, rows, ("A", "B"), ("C", "J"), {"評価の理由": 34})
    page(ws, landscape=False)
    save(wb, HERE / "agematsu_shinrin_therapy_jimujigyo_r5.xlsx")


# ---------------------------------------------------------------- 結城市 (XLSX source of the PDF)
YUKI_ACTIVITIES = [
    # (No., 項目, 単位, 3年度実績, 4年度実績, 5年度実績, 増減（対前年度）)
    (1, "後継者育成研修の受講者数", "人", 11, 14, 12, -2),
    (2, "産地PRイベントの開催回数", "回", 3, 6, 8, 2),
]
YUKI_KPIS = [
    # (No., 指標名, 単位, 基準値（2年度）, 4年度実績, 5年度目標, 5年度実績, 達成率, 6年度目標)
    (1, "本場結城紬の生産反数", "反", 1020, 968, 1000, 934, "93.4％", 1000),
    (2, "結城紬関連商品の販売額", "百万円", 1480, 1425, 1500, 1392, "92.8％", 1500),
    (3, "結城紬後継者の育成人数（累計）", "人", 18, 26, 30, 31, "103.3％", 34),
]


def build_yuki():
    wb = Workbook()
    ws = wb.active
    ws.title = "主要施策成果"
    widths(ws, {"A": 5, "B": 30, "C": 8, "D": 10, "E": 9, "F": 9, "G": 9, "H": 8, "I": 9})
    merge(ws, "A1:I1", "令和５年度　主要な施策の成果に関する説明書", size=13, bold=True, h="center")
    merge(ws, "A2:I2", "令和6年9月　結城市　商工観光課", h="right")
    rows = [
        ("会計・款項目", "一般会計　7款 商工費　1項 商工費　2目 商工振興費"),
        ("事業名", "結城紬産地振興事業"),
        ("担当課", "商工観光課"),
        ("決算額", "24,860千円（予算現額　25,300千円、執行率　98.3％）"),
        (
            "関連計画",
            "第6次結城市総合計画（令和3年度～令和12年度）　重点プロジェクト「結城市まち・ひと・しごと創生総合戦略2020」",
        ),
        (
            "事業の概要",
            "結城紬は、本市を中心とした鬼怒川流域で生産される絹織物で、糸つむぎから機織りまでのすべての工程を手作業で行う伝統的な技法が守られている。"
            "昭和31年（1956年）に国の重要無形文化財に指定され、平成22年（2010年）11月16日にはユネスコ無形文化遺産に登録された。面積65.76km²、"
            "人口49,252人（2024年1月1日推計）の本市では、平成21年に始まった着物イベント「きものday結城」（初回の参加者は約200人）などを通じて、"
            "産地のPRと後継者の育成を支援している。",
        ),
    ]
    r = form_rows(ws, 4, rows, ("A", "B"), ("C", "I"), {"事業の概要": 62})
    r += 1
    put(ws, f"A{r}", "１　事業の実績", size=11, bold=True, wrap=False)
    r += 1
    head = ["No.", "項目", "単位", "3年度実績", "4年度実績", "5年度実績"]
    for col, text in zip("ABCDEF", head, strict=True):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=SHADE, h="center")
    merge(ws, f"G{r}:I{r}", "増減（対前年度）", bold=True, box=True, shade=SHADE, h="center")
    ws.row_dimensions[r].height = 20
    r += 1
    for no, name, unit, *vals, diff in YUKI_ACTIVITIES:
        put(ws, f"A{r}", no, box=True, h="center")
        put(ws, f"B{r}", name, box=True)
        put(ws, f"C{r}", unit, box=True, h="center")
        for col, v in zip("DEF", vals, strict=True):
            put(ws, f"{col}{r}", v, box=True, h="right")
        merge(ws, f"G{r}:I{r}", diff, box=True, h="right", fmt=TRIANGLE)
        ws.row_dimensions[r].height = 20
        r += 1
    r += 1
    put(ws, f"A{r}", "２　成果指標", size=11, bold=True, wrap=False)
    r += 1
    head = [
        "No.",
        "指標名",
        "単位",
        "基準値\n（2年度）",
        "4年度実績",
        "5年度目標",
        "5年度実績",
        "達成率",
        "6年度目標",
    ]
    for col, text in zip("ABCDEFGHI", head, strict=True):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=SHADE, h="center")
    ws.row_dimensions[r].height = 30
    r += 1
    for no, name, unit, *vals in YUKI_KPIS:
        put(ws, f"A{r}", no, box=True, h="center")
        put(ws, f"B{r}", name, box=True)
        put(ws, f"C{r}", unit, box=True, h="center")
        for col, v in zip("DEFGHI", vals, strict=True):
            put(ws, f"{col}{r}", v, box=True, h="right")
        ws.row_dimensions[r].height = 20
        r += 1
    r = notes(ws, r, ["※　達成率は、5年度実績を5年度目標で除したもの。"], "I")
    r += 1
    put(ws, f"A{r}", "３　財源内訳（単位：千円）", size=11, bold=True, wrap=False)
    r += 1
    money_head = [
        ("A", "B", "国・県支出金"),
        ("C", "D", "地方債"),
        ("E", "F", "その他"),
        ("G", "H", "一般財源"),
    ]
    money = [6200, 0, 1500, 17160]
    for a, b, text in money_head:
        merge(ws, f"{a}{r}:{b}{r}", text, bold=True, box=True, shade=SHADE, h="center")
    put(ws, f"I{r}", "合計", bold=True, box=True, shade=SHADE, h="center")
    r += 1
    for (a, b, _), v in zip(money_head, money, strict=True):
        merge(ws, f"{a}{r}:{b}{r}", v, box=True, h="right")
    put(ws, f"I{r}", sum(money), box=True, h="right")
    r += 2
    put(ws, f"A{r}", "４　成果と課題", size=11, bold=True, wrap=False)
    r += 1
    merge(
        ws,
        f"A{r}:I{r}",
        "5年度は産地PRイベントを8回開催し、「きものday結城」には延べ約1,100人が参加した。後継者の育成人数は目標を上回った一方、生産反数は前年度"
        "から34反減少しており、織り手の高齢化への対応が課題である。6年度は、ユネスコ無形文化遺産登録15周年に向けたPRを強化する。",
        box=True,
    )
    ws.row_dimensions[r].height = 48
    page(ws, landscape=False)
    save(wb, SRC / "yuki_tsumugi_shuyo_seika_r5.xlsx")


# ---------------------------------------------------------------- 幸手市 (HTML document)
SATTE = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>デジタル田園都市国家構想交付金（地方創生推進タイプ）事業の効果検証（令和5年度） | 幸手市</title>
</head>
<body>
<nav aria-label="パンくずリスト"><ol>
<li><a href="/">トップページ</a></li>
<li><a href="/shisei/">市政情報</a></li>
<li><a href="/shisei/chihososei/">地方創生</a></li>
<li>デジタル田園都市国家構想交付金（地方創生推進タイプ）事業の効果検証（令和5年度）</li>
</ol></nav>
<main>
<h1>デジタル田園都市国家構想交付金（地方創生推進タイプ）事業の効果検証（令和５年度）</h1>
<p class="date">更新日：2024年9月30日　担当：産業振興課</p>
<p>幸手市は埼玉県の北東部に位置し、面積は33.93km²です。江戸時代には日光街道と日光御成道が合流する宿場町として栄え、1986年（昭和61年）に市制を施行しました。</p>
<p>中川の堤防である権現堂堤には、約1kmにわたって約1,000本のソメイヨシノが植えられており、3月下旬から4月上旬にかけて開かれる幸手桜まつりの期間には、桜のトンネルと菜の花畑を目当てに多くの人が訪れます。堤の桜は大正9年（1920年）に植えられ、戦時中の伐採を経て、昭和24年（1949年）に植え直されたものです。</p>
<p>本市では、桜の季節に集中する来訪者を、紫陽花・曼珠沙華・水仙など四季を通じた花の周遊につなげるため、交付金を活用して次の事業を実施しています。</p>
<dl>
<dt>事業名</dt><dd>権現堂桜堤「四季の花」周遊観光推進事業</dd>
<dt>地域再生計画の名称</dt><dd>幸手市「四季の花」観光交流推進計画</dd>
<dt>事業実施期間</dt><dd>令和4年度～令和6年度（3か年）</dd>
<dt>交付対象事業費（令和5年度）</dt><dd>17,935千円</dd>
</dl>
<h2>重要業績評価指標（KPI）の実績</h2>
<table border="1">
<thead>
<tr><th scope="col" rowspan="2">KPI</th><th scope="col" rowspan="2">単位</th><th scope="col" rowspan="2">事業開始前<br>（令和3年度）</th><th scope="colgroup" colspan="2">令和4年度</th><th scope="colgroup" colspan="2">令和5年度</th><th scope="colgroup" colspan="2">令和6年度</th></tr>
<tr><th scope="col">目標</th><th scope="col">実績</th><th scope="col">目標</th><th scope="col">実績</th><th scope="col">目標</th><th scope="col">実績</th></tr>
</thead>
<tbody>
<tr><th scope="row">KPI①　権現堂桜堤周辺の観光入込客数</th><td>千人</td><td>612.4</td><td>700.0</td><td>745.8※1</td><td>780.0</td><td>806.3</td><td>850.0</td><td></td></tr>
<tr><th scope="row">KPI②　桜まつり期間中の臨時駐車場の利用台数</th><td>台</td><td>18,450</td><td>20,000</td><td>21,380</td><td>21,000</td><td>19,920</td><td>22,000</td><td></td></tr>
<tr><th scope="row">KPI③　花の周遊モデルコースの造成数</th><td>コース</td><td>0</td><td>2</td><td>2</td><td>累計4</td><td>累計5</td><td>累計6</td><td></td></tr>
<tr><th scope="row">KPI④　観光ボランティアガイドの案内人数</th><td>人</td><td>2,130</td><td>2,500</td><td>2,612</td><td>2,800</td><td>2,744</td><td>3,000</td><td></td></tr>
<tr class="reference"><th scope="row">（参考）交付対象事業費※2</th><td>千円</td><td>―</td><td>15,000</td><td>14,260</td><td>18,600</td><td>17,935</td><td>16,000</td><td></td></tr>
</tbody>
</table>
<p class="note">※1　KPI①の令和4年度実績は、昨年度の公表時（731.5千人）から、集計に漏れのあった観光施設分を加えて修正した値です。</p>
<p class="note">※2　（参考）欄の交付対象事業費はKPIではありません。目標欄に当初予算額を、実績欄に決算額を記載しています。</p>
<p class="note">※3　令和6年度の実績は、令和7年度に公表します。</p>
<h2>事業の評価</h2>
<dl>
<dt>効果の検証</dt><dd>地方創生に相当程度効果があった</dd>
<dt>今後の方針</dt><dd>事業の継続</dd>
</dl>
<h3>外部有識者からの意見</h3>
<p>桜まつり期間以外の来訪者が増えており、アジサイの開花期に実施した来訪者アンケート（回答者412人）では約7割が「また訪れたい」と回答している。駐車場の利用台数は、令和5年度は開花が早く平日に見頃を迎えたことから前年度を下回ったが、周遊モデルコースの造成は計画を上回って進んでいる。</p>
</main>
<footer><p>幸手市役所　産業振興課</p></footer>
</body>
</html>
"""


def build_satte():
    (HERE / "satte_gongendo_kofukin_kensho_r5.html").write_text(SATTE, encoding="utf-8")


# ---------------------------------------------------------------- 南足柄市 (CSV document)
HEAD = [
    "No.",
    "成果指標",
    "単位",
    "基準値（H26）",
    "H28実績",
    "H29実績",
    "H30目標",
    "H30実績",
    "目標値（H32）",
]
MINAMIASHIGARA_LEFT = [
    ["1", "認定農業者数", "経営体", "58", "61", "63", "64", "62", "66"],
    ["2", "あしがら花紀行の来訪者数", "千人", "38.2", "41.5", "44.0", "45.0", "46.3", "50.0"],
    ["3", "市内の荒茶生産量", "t", "11.8", "10.9", "12.4", "12.0～13.0", "11.6", "12.0～13.0"],
]
MINAMIASHIGARA_RIGHT = [
    ["4", "観光入込客数", "千人", "1,243.6", "1,288.1", "1,301.7", "1,300.0", "1,336.4", "1,400.0"],
    [
        "2",
        "【再掲】あしがら花紀行の来訪者数",
        "千人",
        "38.2",
        "41.5",
        "44.0",
        "45.0",
        "46.3",
        "50.0",
    ],
]
WIDTH = 2 * len(HEAD) + 1


def csv_line(cells):
    cells = list(cells) + [""] * (WIDTH - len(cells))
    out = []
    for c in cells:
        if any(ch in c for ch in ',"\n'):
            c = '"' + c.replace('"', '""') + '"'
        out.append(c)
    return ",".join(out)


def build_minamiashigara():
    lines = [
        ["タイトル", "南足柄市第四次総合計画　後期基本計画　成果指標の進捗状況（平成30年度実績）"],
        ["公表日", "令和元年9月30日"],
        ["担当課", "企画課"],
        ["計画期間", "後期基本計画　平成27年度～平成32年度（6年間）"],
        [
            "市の概要",
            "神奈川県の西端に位置し、東西約12km、南北約9km、面積は77.12km²。最高峰の金時山（1,213m）を中心に箱根外輪山と足柄山塊に囲まれ、"
            "都心から約80kmの距離にある。昭和47年（1972年）4月1日に市制を施行し、人口は43,306人（平成27年国勢調査）。",
        ],
        [
            "注記",
            "成果指標は分野ごとの表を左右に並べて掲載している。目標値欄の「～」は目標の幅（下限～上限）を示す。【再掲】は他の分野の指標を再掲したもの。",
        ],
        [],
        ["■農林業の振興"] + [""] * len(HEAD) + ["■商工業・観光の振興"],
        [*HEAD, "", *HEAD],
    ]
    for i in range(max(len(MINAMIASHIGARA_LEFT), len(MINAMIASHIGARA_RIGHT))):
        left = MINAMIASHIGARA_LEFT[i] if i < len(MINAMIASHIGARA_LEFT) else [""] * len(HEAD)
        right = MINAMIASHIGARA_RIGHT[i] if i < len(MINAMIASHIGARA_RIGHT) else []
        lines.append([*left, "", *right])
    lines.append([])
    lines.append(
        ["出典", "認定農業者数・荒茶生産量は農林課、来訪者数・観光入込客数は商工観光課の調べ。"]
    )
    text = "\r\n".join(csv_line(cells) for cells in lines) + "\r\n"
    (HERE / "minamiashigara_sogo4_koki_seika_h30.csv").write_bytes(
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
    build_agematsu()
    build_yuki()
    build_satte()
    build_minamiashigara()
    if "--no-pdf" not in sys.argv:
        to_pdf()


if __name__ == "__main__":
    main()
