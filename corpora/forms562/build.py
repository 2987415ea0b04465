"""Build forms562: four KPI documents of 東北町, 白河市, 岩手町 and 小平町.

Writes `tohokumachi_ogawarako_jimujigyo_r6.xlsx` (the workbook is the document),
`shirakawa_jokamachi_kofukin_kensho_r5.html`, `obira_sousei2_kpi_jisseki_2024.csv` and the XLSX source
`source/iwatemachi_harumidori_shuyo_seika_r5.xlsx`, which LibreOffice turns into
`iwatemachi_harumidori_shuyo_seika_r5.pdf`.
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
    wb.properties.creator = "forms562"
    wb.properties.lastModifiedBy = "forms562"
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


# ---------------------------------------------------------------- 東北町 (XLSX document, portrait)
# Cell kinds in TOHOKU_ROWS: int/float → number; ("pct", x) → a fraction shown through 0.0%;
# ("k", x) → yen shown in thousands through #,##0, ; str → text as typed.
TOHOKU_ROWS = [
    (
        1,
        "湖畔体験プログラム（しじみ採り・カヌー等）の開催回数",
        "回",
        14,
        20,
        24,
        26,
        28,
        "達成",
        30,
    ),
    (2, "首都圏等での商談会・物産展への出展回数", "回", 2, 4, 5, 6, 5, "未達成", 8),
    (3, "小川原湖周辺の観光入込客数", "千人", 162.8, 174.5, "約188", 190.0, 196.4, "達成", 210.0),
    (
        4,
        "小川原湖産水産加工品の販売額",
        "千円",
        ("k", 23460000),
        ("k", 26180000),
        ("k", 29730000),
        ("k", 32000000),
        ("k", 31260000),
        "未達成",
        ("k", 36000000),
    ),
    (
        5,
        "体験プログラム参加者の満足度",
        "％",
        ("pct", 0.784),
        ("pct", 0.81),
        ("pct", 0.836),
        "80.0～85.0",
        ("pct", 0.862),
        "達成",
        ("pct", 0.9),
    ),
]


def build_tohoku():
    wb = Workbook()
    ws = wb.active
    ws.title = "事務事業評価"
    widths = {
        "A": 7,
        "B": 5,
        "C": 30,
        "D": 6,
        "E": 10,
        "F": 8,
        "G": 8,
        "H": 10,
        "I": 8,
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
    merge(ws, "A2:K2", "作成日　令和7年7月28日　　東北町", h="right")
    put(ws, "A4", "１　事業の概要", size=11, bold=True, wrap=False)
    fields = [
        ("事務事業名", "「宝湖・小川原湖」の恵みブランド化・湖畔交流推進事業"),
        ("担当課", "産業振興課　商工観光係"),
        ("関連計画", "第2期東北町まち・ひと・しごと創生総合戦略"),
        ("事業期間", "令和4年度～令和8年度"),
        ("事業費（R6決算）", "8,420千円（うち国庫補助金　3,500千円）"),
        (
            "事業の概要",
            "本町は青森県上北郡の中央部に位置する面積326.50km²の町で、人口は15,280人（2024年11月1日推計）である。"
            "平成17年（2005年）3月31日に旧東北町と上北町が合併して現在の町となった。"
            "町の東部に広がる小川原湖は面積約62km²、県内最大で全国11番目の大きさの汽水湖で、地元では「宝湖」と呼ばれる。"
            "シラウオとワカサギの漁獲量は全国一を誇り、ヤマトシジミは「小川原湖産大和しじみ」として地理的表示（GI）に登録されている。"
            "毎年7月の小川原湖湖水祭りには多くの観光客が訪れる。"
            "本事業では、小川原湖漁業協同組合と連携し、湖の水産物を使った加工品の開発と販路開拓、湖畔での体験プログラム、湖水祭りと連携した誘客宣伝を行う。",
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
        "基準値（R3）",
        "R4実績",
        "R5実績",
        "R6目標",
        "R6実績",
        "達成状況",
        "R8目標（最終）",
    )
    for col, text in zip("ABCDEFGHIJK", heads):
        put(ws, f"{col}{head}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[head].height = 30
    r = head + 1
    first = r
    for no, name, unit, *vals in TOHOKU_ROWS:
        put(ws, f"B{r}", no, box=True, h="center")
        put(ws, f"C{r}", name, box=True)
        put(ws, f"D{r}", unit, box=True, h="center")
        for col, v in zip("EFGHIJK", vals):
            h = "center" if col == "J" else "right"
            if isinstance(v, tuple) and v[0] == "pct":
                c = put(ws, f"{col}{r}", v[1], box=True, h=h)
                c.number_format = "0.0%"
            elif isinstance(v, tuple) and v[0] == "k":
                c = put(ws, f"{col}{r}", v[1], box=True, h=h)
                c.number_format = "#,##0,"
            else:
                c = put(ws, f"{col}{r}", v, box=True, h=h)
                number(c, v)
        ws.row_dimensions[r].height = 30
        r += 1
    merge(ws, f"A{first}:A{first + 1}", "活動指標", box=True, h="center")
    merge(ws, f"A{first + 2}:A{first + 4}", "成果指標", box=True, h="center")
    notes = [
        "※　No.3のR5実績は、湖水祭りの来場者数を主催者発表の概数で計上したため「約」を付しています。",
        "※　No.4は、販売額を千円単位（千円未満四捨五入）で表示しています。",
        "※　No.5のR6目標は、80.0％以上85.0％以下の範囲で設定しています（R8目標は90.0％以上）。",
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
            "体験プログラムは回数・満足度とも目標を上回り、湖畔の入込客数も増加した。一方、商談会は1回が中止となり、加工品の販売額は原材料の高騰による出荷調整で目標に届かなかった。"
            "令和7年度は湖水祭りに合わせた試食販売と、ふるさと納税の返礼品への活用を進める。",
        ),
    ]
    r = fields_block(ws, r, fields, ("A", "B"), ("C", "K"), 42, {"評価の理由"})
    page(ws, landscape=False)
    save(wb, HERE / "tohokumachi_ogawarako_jimujigyo_r6.xlsx")


# ---------------------------------------------------------------- 岩手町 (PDF, portrait)
def build_iwate():
    wb = Workbook()
    ws = wb.active
    ws.title = "主要施策の成果"
    widths = {"A": 5, "B": 30, "C": 7, "D": 11, "E": 9, "F": 9, "G": 9, "H": 9, "I": 9}
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    merge(
        ws,
        "A1:I1",
        "令和５年度　主要な施策の成果に関する説明書（抜粋）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:I2", "令和6年9月　岩手町", h="right")
    fields = [
        ("事業名", "「いわて春みどり」キャベツ産地強化・担い手確保事業"),
        ("所管課", "農林環境課"),
        ("会計区分", "一般会計　6款 農林水産業費　1項 農業費　3目 農業振興費"),
        ("決算額", "令和5年度　16,240千円（うち県補助金　4,500千円）"),
        ("関連計画", "岩手町総合計画　前期基本計画（令和3年度～令和7年度）"),
        (
            "事業の内容",
            "本町は岩手県の中部から北部に位置し、総面積360.55km²のうち約76％を山林・原野が占め、北上川の源泉「弓弭の泉」がある。"
            "昭和30年（1955年）に沼宮内町、御堂村、一方井村、川口村の1町3村が合併して誕生した。"
            "キャベツは戦後まもなく栽培が始まり、平成18年（2006年）には販売額10億円を達成し、現在は「いわて春みどり」のブランドで東北一の生産量を誇る。"
            "本事業では、JAと連携し、新規就農者の研修受入れ、省力化機械の導入支援、首都圏の量販店での販売促進を行う。",
        ),
    ]
    r = fields_block(ws, 4, fields, ("A", "B"), ("C", "I"), 80, {"事業の内容"})
    r += 1
    put(ws, f"A{r}", "（１）事業の実績", size=11, bold=True, wrap=False)
    r += 1
    for col, text in zip("ABCDEF", ("No.", "項目", "単位", "R3実績", "R4実績", "R5実績")):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[r].height = 18
    r += 1
    for no, name, unit, *vals in (
        ("ア", "新規就農者研修の受入人数", "人", 4, 6, 5),
        ("イ", "省力化機械（自動操舵トラクター等）の導入支援件数", "件", 7, 11, 14),
    ):
        put(ws, f"A{r}", no, box=True, h="center")
        put(ws, f"B{r}", name, box=True)
        put(ws, f"C{r}", unit, box=True, h="center")
        for col, v in zip("DEF", vals):
            c = put(ws, f"{col}{r}", v, box=True, h="right")
            number(c, v)
        ws.row_dimensions[r].height = 24
        r += 1
    r += 1
    put(ws, f"A{r}", "（２）成果指標", size=11, bold=True, wrap=False)
    r += 1
    heads = (
        "No.",
        "成果指標",
        "単位",
        "基準値",
        "R4実績",
        "R5目標",
        "R5実績",
        "達成状況",
        "R7目標",
    )
    for col, text in zip("ABCDEFGHI", heads):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[r].height = 20
    r += 1
    for no, name, unit, *vals in (
        (
            "①",
            "キャベツの販売額（JA出荷分）",
            "億円",
            "10.2（R元）",
            11.4,
            12.0,
            11.8,
            "未達成",
            13.0,
        ),
        ("②", "新規就農者数（累計）", "人", "8（H30）", 19, 22, 24, "達成", 30),
        ("③", "野菜の作付面積", "ha", "1,045（R2）", 1012, 1050, 1038, "未達成", 1080),
        (
            "④",
            "省力化機械を導入した経営体の割合",
            "％",
            "31.5（R2）",
            38.2,
            "―",
            42.6,
            "―",
            50.0,
        ),
    ):
        put(ws, f"A{r}", no, box=True, h="center")
        put(ws, f"B{r}", name, box=True)
        put(ws, f"C{r}", unit, box=True, h="center")
        for col, v in zip("DEFGHI", vals):
            h = "center" if col == "H" else "right"
            c = put(ws, f"{col}{r}", v, box=True, h=h)
            number(c, v)
        ws.row_dimensions[r].height = 24
        r += 1
    for note in (
        "※　基準値の（　）内は、その値を把握した年度です。",
        "※　②は、平成30年度からの新規就農者の累計です。",
        "※　④は、令和5年度の目標を設定していないため、達成状況を「―」としています（目標は令和7年度のみ）。",
    ):
        merge(ws, f"A{r}:I{r}", note, size=8)
        ws.row_dimensions[r].height = 15
        r += 1
    r += 1
    put(ws, f"A{r}", "（３）成果と今後の方向性", size=11, bold=True, wrap=False)
    r += 1
    merge(
        ws,
        f"A{r}:I{r}",
        "研修を経て5人が新たに就農し、新規就農者は累計24人となった。省力化機械は14件の導入を支援したが、夏の高温と干ばつで秋どりキャベツの出荷が落ち込み、販売額は目標に届かなかった。"
        "令和6年度は、かん水設備の導入支援と、首都圏での「いわて春みどり」フェアを年2回に増やす。",
        box=True,
    )
    ws.row_dimensions[r].height = 48
    page(ws, landscape=False)
    save(wb, SRC / "iwatemachi_harumidori_shuyo_seika_r5.xlsx")


# ---------------------------------------------------------------- 白河市 (HTML)
SHIRAKAWA_ROWS = [
    (
        "①",
        "小峰城・南湖公園エリアの観光入込客数",
        "千人",
        "412.6",
        "300.0",
        "248.3",
        "380.0",
        "366.9",
        "450.0",
        "471.2",
        "達成",
    ),
    (
        "②",
        "中心市街地の歩行者通行量の増減数<sup>※1</sup>",
        "人",
        "―",
        "＋100",
        "△240",
        "＋300",
        "＋185",
        "＋500",
        "＋620",
        "達成",
    ),
    (
        "③",
        "市内宿泊施設の延べ宿泊者数",
        "人",
        "152,300",
        "130,000",
        "118,460",
        "150,000",
        "149,870",
        "165,000",
        "161,240",
        "未達成",
    ),
    (
        "④",
        "まち歩きガイドツアーの参加者数<sup>※2</sup>",
        "人",
        "0",
        "延べ150",
        "延べ96",
        "延べ400",
        "延べ388",
        "延べ700",
        "延べ742",
        "達成",
    ),
]


def shirakawa_table():
    out = []
    for no, name, unit, *vals, grade in SHIRAKAWA_ROWS:
        cells = "".join(f"<td>{v}</td>" for v in vals)
        out.append(
            f'<tr><td class="c">{no}</td><td class="name">{name}</td><td class="c">{unit}</td>{cells}<td class="c">{grade}</td></tr>\n'
        )
    return "".join(out)


SHIRAKAWA = (
    """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>令和５年度　地方創生推進交付金事業の効果検証 - 白河市</title>
<style>
table { border-collapse: collapse; }
th, td { border: 1px solid #333; padding: 2px 6px; }
td { text-align: right; }
td.name { text-align: left; }
td.c { text-align: center; }
dt { font-weight: bold; }
p.note { font-size: 90%; }
</style>
</head>
<body>
<nav aria-label="現在地"><ol>
<li><a href="/">ホーム</a></li>
<li><a href="/shisei/">市政情報</a></li>
<li><a href="/shisei/chihososei/">地方創生</a></li>
<li><a href="/shisei/chihososei/kouka/">地方創生推進交付金事業の効果検証</a></li>
<li>令和５年度</li>
</ol></nav>
<main>
<h1>令和５年度　地方創生推進交付金事業の効果検証（「城下町しらかわ」回遊・滞在促進事業）</h1>
<p class="update">更新日：2024年10月15日　担当：産業部　観光課</p>
<p>白河市は福島県の中通り南部に位置する面積305.32km²の市で、人口は58,583人（2022年2月1日現在）です。古くから「みちのくの玄関口」として知られ、平成3年（1991年）に木造で復元された小峰城の三重櫓や、松平定信が築造した日本最古の公園といわれる南湖公園など、城下町の歴史的な資源が数多く残っています。市内には約100軒の白河ラーメンの店があり、約300年の歴史を持つ白河だるま市（毎年2月11日）には約15万人が訪れます。</p>
<p>本事業は、小峰城・南湖公園とまちなかの商店街を結ぶ回遊ルートの整備、まち歩きガイドの養成、白河ラーメンと連携した周遊キャンペーンにより、日帰り客の滞在時間の延長と宿泊の拡大を図るものです。事業の最終年度にあたり、白河市みらい創造推進会議（外部委員）の意見を踏まえ、重要業績評価指標（KPI）の達成状況を検証しました。</p>
<dl>
<dt>事業名</dt><dd>「城下町しらかわ」回遊・滞在促進事業</dd>
<dt>交付金</dt><dd>地方創生推進交付金（令和4年度からデジタル田園都市国家構想交付金（地方創生推進タイプ））</dd>
<dt>事業期間</dt><dd>令和3年度～令和5年度（3か年）</dd>
<dt>総事業費</dt><dd>3か年計　48,600千円（うち交付金　24,300千円）</dd>
<dt>担当課</dt><dd>産業部　観光課</dd>
</dl>
<h2>重要業績評価指標（KPI）の達成状況</h2>
<p>各年度の左欄が目標値、右欄が実績値です。達成状況は、令和5年度の目標値と実績値を比べたものです。</p>
<table>
<thead>
<tr><th scope="col" rowspan="2">No.</th><th scope="col" rowspan="2">KPI</th><th scope="col" rowspan="2">単位</th><th scope="col" rowspan="2">事業開始前<br>（令和2年3月末）</th><th scope="colgroup" colspan="2">令和3年度</th><th scope="colgroup" colspan="2">令和4年度</th><th scope="colgroup" colspan="2">令和5年度</th><th scope="col" rowspan="2">達成状況</th></tr>
<tr><th scope="col">目標</th><th scope="col">実績</th><th scope="col">目標</th><th scope="col">実績</th><th scope="col">目標</th><th scope="col">実績</th></tr>
</thead>
<tbody>
"""
    + shirakawa_table()
    + """</tbody>
</table>
<p class="note">※1　KPI②は、毎年11月の休日に行う歩行者通行量調査（7地点の合計）における、事業開始前（令和元年11月調査：3,860人）からの増減数です。△は減少を示します。</p>
<p class="note">※2　KPI④は、令和3年度からの参加者数の累計です。</p>
<h2>白河市みらい創造推進会議の主な意見</h2>
<ul>
<li>令和3年度は新型コロナウイルス感染症の影響で入込客数が落ち込んだが、令和5年度は事業開始前の水準を上回り、事業の効果が認められる。</li>
<li>宿泊者数はあと一歩で目標に届かなかった。白河だるま市や白河提灯まつりなど、夜の催しと組み合わせた宿泊プランの造成が望まれる。</li>
<li>まち歩きガイドは14人を養成した。交付金事業の終了後も、ガイドの会の自主運営を支援してほしい。</li>
</ul>
<p>今後の方針：事業の成果を踏まえ、令和6年度以降は市の単独事業として継続します。</p>
</main>
<footer><p>白河市役所　産業部　観光課</p></footer>
</body>
</html>
"""
)


def build_shirakawa():
    (HERE / "shirakawa_jokamachi_kofukin_kensho_r5.html").write_text(SHIRAKAWA, encoding="utf-8")


# ---------------------------------------------------------------- 小平町 (CSV, open data, UTF-8 with BOM)
OBIRA_WIDTH = 12
G1 = "1　地域の資源を生かし、しごとをつくる"
G2 = "2　新しいひとの流れをつくる"
OBIRA = [
    [
        "タイトル",
        "第2期小平町まち・ひと・しごと創生総合戦略　数値目標・重要業績評価指標（KPI）の実績（2024年度）",
    ],
    ["公表日", "2025年9月30日"],
    ["担当課", "企画政策課　企画係"],
    ["計画期間", "2020年度～2024年度（5年間）"],
    [
        "町の概要",
        "本町は札幌市と稚内市のほぼ中間、留萌市の北に位置し、日本海に面して三方を山に囲まれた町で、面積は627.22km²、人口は2,763人（2024年3月）である。"
        "明治から大正にかけて鬼鹿の海岸は鰊の千石場所として栄え、明治38年（1905年）頃に建てられた道内最大規模の鰊番屋「旧花田家番屋」は、"
        "昭和46年（1971年）に国の重要文化財に指定され、平成13年（2001年）には北海道遺産「北海道のニシン街道」に選ばれた。"
        "番屋に隣接する道の駅「おびら鰊番屋」では毎年5月下旬に鰊番屋まつりが開かれる。ホタテの養殖と、道内では本町だけで生産されるアイボリーメロンが特産である。",
    ],
    [
        "注記",
        "2024年度の実績は、2025年3月末までの集計による見込値である。"
        "KPI②の目標は、計画期間（5年間）の合計で定めている。"
        "KPI③の2020年度は、新型コロナウイルス感染症の感染拡大防止のため旧花田家番屋を休館した。",
    ],
    [],
    ["■数値目標・重要業績評価指標（KPI）の実績"],
    [
        "基本目標",
        "区分",
        "No.",
        "指標名",
        "単位",
        "基準値（2019年度）",
        "2020年度実績",
        "2021年度実績",
        "2022年度実績",
        "2023年度実績",
        "2024年度（見込）",
        "目標値（2024年度）",
    ],
    [
        G1,
        "数値目標",
        "",
        "町内の農林水産業の就業者数",
        "人",
        "412",
        "405",
        "398",
        "401",
        "394",
        "390",
        "400",
    ],
    [
        G1,
        "KPI",
        "①",
        "ホタテ・アイボリーメロン等の特産品販売額",
        "千円",
        "186,420",
        "179,860",
        "192,310",
        "201,540",
        "208,770",
        "214,300",
        "210,000",
    ],
    [G1, "KPI", "②", "新規漁業就業者数", "人", "1", "2", "0", "1", "3", "2", "5年間で10人"],
    [
        G2,
        "数値目標",
        "",
        "観光入込客数",
        "千人",
        "62.4",
        "38.1",
        "44.6",
        "55.2",
        "60.8",
        "63.5",
        "65.0",
    ],
    [
        G2,
        "KPI",
        "③",
        "旧花田家番屋の入館者数",
        "人",
        "8,420",
        "休館",
        "3,150",
        "5,860",
        "7,240",
        "7,910",
        "9,000",
    ],
    [G2, "KPI", "④", "移住相談件数", "件", "12", "15", "21", "26", "31", "34", "30"],
    [],
    ["出典", "観光入込客数は北海道観光入込客数調査による。就業者数は町の推計による。"],
]


def build_obira():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for row in OBIRA:
        w.writerow(row + [""] * (OBIRA_WIDTH - len(row)) if row else [])
    (HERE / "obira_sousei2_kpi_jisseki_2024.csv").write_bytes(buf.getvalue().encode("utf-8-sig"))


def to_pdf():
    for name in ("iwatemachi_harumidori_shuyo_seika_r5",):
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
    build_tohoku()
    build_iwate()
    build_shirakawa()
    build_obira()
    if "--no-pdf" not in sys.argv:
        to_pdf()


if __name__ == "__main__":
    main()
