"""Build forms573: four KPI documents of 八女市, 西粟倉村, 馬路村 and 久米島町.

Writes `yame_dentokogei_jimujigyo_r6.xlsx` (the workbook is the document),
`nishiawakura_sogo_shinko_shihyo_r5.html`, `kumejima_shinsosui_kofukin_kensho_r6.csv` and the XLSX
source `source/umaji_kanko_shuyo_seika_r6.xlsx`, which LibreOffice turns into
`umaji_kanko_shuyo_seika_r6.pdf`.
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
TRIANGLE = '#,##0;"△"#,##0'


def font(size=9, bold=False):
    return Font(name=FONT, size=size, bold=bold)


def put(ws, ref, value, size=9, bold=False, box=False, shade=False, h="left", wrap=True, fmt=None):
    cell = ws[ref]
    cell.value = value
    cell.font = font(size, bold)
    cell.alignment = Alignment(horizontal=h, vertical="center", wrap_text=wrap)
    if box:
        cell.border = BOX
    if shade:
        cell.fill = SHADE
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
    wb.properties.creator = "forms573"
    wb.properties.lastModifiedBy = "forms573"
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


def fields_block(ws, r, fields, key_cols, val_cols, tall, tall_keys):
    """Key | value rows; key_cols and val_cols are column pairs such as ("A", "B")."""
    for key, val in fields:
        if key_cols[0] == key_cols[1]:
            put(ws, f"{key_cols[0]}{r}", key, bold=True, box=True, shade=True)
        else:
            merge(ws, f"{key_cols[0]}{r}:{key_cols[1]}{r}", key, bold=True, box=True, shade=True)
        merge(ws, f"{val_cols[0]}{r}:{val_cols[1]}{r}", val, box=True)
        ws.row_dimensions[r].height = tall.get(key, 18) if key in tall_keys else 18
        r += 1
    return r


def notes_block(ws, r, notes, last_col):
    for note in notes:
        merge(ws, f"A{r}:{last_col}{r}", note, size=8)
        ws.row_dimensions[r].height = 15
        r += 1
    return r


# ---------------------------------------------------------------- 八女市 (XLSX document, portrait)
YAME_ACT_HEAD = ("記号", "活動指標", "単位", "R5実績", "R6目標", "R6実績")
YAME_ACT = (
    ("ア", "後継者育成研修の受講者数", "人", 14, 16, 15),
    ("イ", "首都圏等での展示販売会への出展回数", "回", 5, 6, 7),
)
YAME_OUT_HEAD = ("No.", "成果指標", "単位", "基準値\n（R3）", "R6目標", "R6実績", "R8目標")
YAME_OUT = (
    (1, "八女伝統工芸館の来館者数", "千人", (41.6, 50.0, 47.3, 55.0), "#,##0.0"),
    (
        2,
        "工芸館売店の伝統工芸品販売額（対前年度増減）",
        "千円",
        (-2150, 1500, -830, 2000),
        TRIANGLE,
    ),
    (3, "体験教室参加者の満足度", "%", (0.884, 0.9, 0.912, 0.92), "0.0%"),
)


def build_yame():
    wb = Workbook()
    ws = wb.active
    ws.title = "事務事業評価"
    widths = dict(zip("ABCDEFGHIJKLMN", (5, 22, 5, 7, 7, 7, 2, 4, 24, 5, 8, 7, 7, 7)))
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    merge(
        ws,
        "A1:N1",
        "令和７年度　事務事業評価シート（令和６年度実施事業）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:N2", "作成日　令和7年7月31日　　八女市", h="right")
    put(ws, "A4", "１　事業の概要", size=11, bold=True, wrap=False)
    fields = [
        ("事務事業名", "伝統工芸産業後継者育成・販路開拓支援事業"),
        ("担当課", "商工振興課　伝統工芸係"),
        ("関連計画", "第5次八女市総合計画　前期基本計画（令和3年度～令和7年度）"),
        ("事業期間", "令和4年度～令和8年度"),
        ("事業費（R6決算）", "9,860千円（うち国庫補助金　3,200千円）"),
        (
            "事業の概要",
            "本市は、平成18年（2006年）10月1日に上陽町と、平成22年（2010年）2月1日に黒木町・立花町・矢部村・星野村と合併し、面積482.44km²と県内で2番目に広い市となった。人口は58,253人（2024年10月1日推計）である。"
            "八女福島の白壁の町並みは国の重要伝統的建造物群保存地区に選定され、八女福島仏壇と八女提灯は国指定の伝統的工芸品である。昭和61年（1986年）に開館した八女伝統工芸館では、高さ10.5mの石灯ろうや高さ6.5mの大仏壇を展示している。"
            "本事業では、伝統工芸の後継者を育てる研修と、首都圏等での展示販売会への出展を支援し、工芸館での体験教室を開く。",
        ),
    ]
    r = fields_block(ws, 5, fields, ("A", "B"), ("C", "N"), {"事業の概要": 84}, {"事業の概要"})
    r += 1
    put(ws, f"A{r}", "２　指標の推移", size=11, bold=True, wrap=False)
    r += 1
    put(ws, f"A{r}", "（１）活動指標", size=10, bold=True, wrap=False)
    put(ws, f"H{r}", "（２）成果指標", size=10, bold=True, wrap=False)
    r += 1
    head = r
    for col, text in zip("ABCDEF", YAME_ACT_HEAD):
        put(ws, f"{col}{head}", text, bold=True, box=True, shade=True, h="center")
    for col, text in zip("HIJKLMN", YAME_OUT_HEAD):
        put(ws, f"{col}{head}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[head].height = 30
    r = head + 1
    for i, (mark, name, unit, *vals) in enumerate(YAME_ACT):
        row = head + 1 + i
        put(ws, f"A{row}", mark, box=True, h="center")
        put(ws, f"B{row}", name, box=True)
        put(ws, f"C{row}", unit, box=True, h="center")
        for col, v in zip("DEF", vals):
            put(ws, f"{col}{row}", v, box=True, h="right")
    for i, (no, name, unit, vals, fmt) in enumerate(YAME_OUT):
        row = head + 1 + i
        put(ws, f"H{row}", no, box=True, h="center")
        put(ws, f"I{row}", name, box=True)
        put(ws, f"J{row}", unit, box=True, h="center")
        for col, v in zip("KLMN", vals):
            put(ws, f"{col}{row}", v, box=True, h="right", fmt=fmt)
    for row in range(head + 1, head + 1 + len(YAME_OUT)):
        ws.row_dimensions[row].height = 30
    r = head + 1 + len(YAME_OUT)
    r = notes_block(
        ws,
        r,
        [
            "※1　成果指標No.2は、工芸館売店における伝統工芸品の販売額の、前年度からの増減額である（△は減少）。",
            "※2　成果指標No.3は、体験教室の終了時アンケートで「満足」「やや満足」と回答した人の割合である。",
            "※3　基準値は、事業開始の前年度（令和3年度）の値である。",
        ],
        "N",
    )
    r += 1
    put(ws, f"A{r}", "３　評価", size=11, bold=True, wrap=False)
    r += 1
    fields = [
        ("事業の評価", "B（概ね順調）"),
        ("今後の方向性", "改善"),
        (
            "評価の理由",
            "展示販売会への出展は目標を上回り、体験教室の満足度も目標に達した。一方、工芸館の来館者数は目標に届かず、売店の販売額も前年度を下回ったため、令和7年度は八女福島の町並み散策と組み合わせた誘客に取り組む。",
        ),
    ]
    r = fields_block(ws, r, fields, ("A", "B"), ("C", "N"), {"評価の理由": 42}, {"評価の理由"})
    page(ws, landscape=False)
    save(wb, HERE / "yame_dentokogei_jimujigyo_r6.xlsx")


# ---------------------------------------------------------------- 西粟倉村 (HTML)
RUBY_MORI = "<ruby>百年の森林<rp>（</rp><rt>もり</rt><rp>）</rp></ruby>"
NISHIAWAKURA_GROUPS = (
    (
        "1　森林・林業",
        (
            ("①", RUBY_MORI + "事業による間伐面積", "ha", "112", "96", "104", "118", "120", "130"),
            (
                "②",
                "村内の製材所で加工された木材の量",
                "㎥",
                "3,820",
                "4,105",
                "4,362",
                "4,518",
                "4,500",
                "5,000",
            ),
        ),
    ),
    (
        "2　しごと・起業",
        (("③", "ローカルベンチャーの新規起業件数", "件", "5", "4", "6", "3", "5", "5"),),
    ),
    (
        "3　移住・定住",
        (
            ("④", "移住相談を経た村外からの移住者数", "人", "38", "41", "35", "未集計", "40", "40"),
            (
                "⑤",
                "「これからも西粟倉村に住み続けたい」と思う村民の割合",
                "%",
                "76.4",
                "―",
                "79.8",
                "―",
                "80.0",
                "80～85",
            ),
        ),
    ),
)


def nishiawakura_rows():
    out = []
    for field, rows in NISHIAWAKURA_GROUPS:
        for i, (label, name, unit, *vals) in enumerate(rows):
            head = f'<th scope="rowgroup" rowspan="{len(rows)}">{field}</th>' if i == 0 else ""
            cells = "".join(f"<td>{v}</td>" for v in vals)
            out.append(
                f'<tr>{head}<td class="c">{label}</td><td class="name">{name}</td><td class="c">{unit}</td>{cells}</tr>\n'
            )
    return "".join(out)


NISHIAWAKURA = (
    """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>第6次西粟倉村総合振興計画　成果指標の進捗状況（令和５年度） - 西粟倉村</title>
<style>
table { border-collapse: collapse; }
th, td { border: 1px solid #333; padding: 2px 6px; }
td { text-align: right; }
td.name { text-align: left; }
td.c { text-align: center; }
th[scope="rowgroup"] { text-align: left; background: #eef3e8; }
rt { font-size: 60%; }
dt { font-weight: bold; }
</style>
</head>
<body>
<nav aria-label="パンくずリスト"><ol>
<li><a href="/">ホーム</a></li>
<li><a href="/soshiki/">村政情報</a></li>
<li><a href="/soshiki/keikaku/">村の計画</a></li>
<li>成果指標の進捗状況（令和５年度）</li>
</ol></nav>
<main>
<h1>第6次西粟倉村総合振興計画　成果指標の進捗状況（令和５年度）</h1>
<p class="update">更新日：2024年11月15日</p>
<p>西粟倉村は岡山県の北東端に位置し、鳥取県と兵庫県に接する村です。村の面積の約93%が森林で、その約84%をスギやヒノキの人工林が占めています。平成16年（2004年）に近隣市町村と合併しない道を選び、平成20年（2008年）には森林を軸とした村づくり「百年の森林（もり）構想」を掲げました。人口は1,384人・597世帯（令和4年3月）、高齢化率は37.4%です。構想に共感して移住した人たちの起業が続き、これまでに50社を超えるローカルベンチャーが生まれています。</p>
<p>第6次西粟倉村総合振興計画は、第5次西粟倉村総合振興計画と第1期まち・ひと・しごと創生総合戦略を一つにまとめ、令和3年度を初年度として2030年の「ありたい姿」を描いた村の最上位計画です。分野ごとに成果指標を定め、毎年度その進捗を公表しています。</p>
<dl>
<dt>計画の名称</dt><dd>第6次西粟倉村総合振興計画</dd>
<dt>計画期間</dt><dd>令和3年度～令和12年度（10年間）</dd>
<dt>担当課</dt><dd>地方創生推進室</dd>
</dl>
<h2>分野別の成果指標</h2>
<p>目標値は、計画の中間年（令和7年度）と最終年（令和12年度）の2段階で定めています。</p>
<table>
<thead>
<tr><th scope="col" rowspan="2">分野</th><th scope="col" rowspan="2">No.</th><th scope="col" rowspan="2">成果指標</th><th scope="col" rowspan="2">単位</th><th scope="col" rowspan="2">策定時<br>（令和元年度）</th><th scope="colgroup" colspan="3">実績値</th><th scope="colgroup" colspan="2">目標値</th></tr>
<tr><th scope="col">令和3年度</th><th scope="col">令和4年度</th><th scope="col">令和5年度</th><th scope="col">中間<br>（令和7年度）</th><th scope="col">最終<br>（令和12年度）</th></tr>
</thead>
<tbody>
"""
    + nishiawakura_rows()
    + """</tbody>
</table>
<p>※　①は、百年の森林事業で村が森林所有者から預かって管理する森林のうち、その年度に間伐等を行った面積です。</p>
<p>※　④の令和5年度は、県の移住者調査の結果が公表されていないため未集計です。</p>
<p>※　⑤は2年に1度の村民アンケートによるもので、令和3年度と令和5年度は調査を行っていません。</p>
</main>
<footer><p>西粟倉村役場　地方創生推進室</p></footer>
</body>
</html>
"""
)


def build_nishiawakura():
    (HERE / "nishiawakura_sogo_shinko_shihyo_r5.html").write_text(NISHIAWAKURA, encoding="utf-8")


# ---------------------------------------------------------------- 馬路村 (PDF, portrait)
UMAJI_ACT = (("ア", "都市部での観光PR・物産展への出展回数", "回", 8, 10),)
UMAJI_OUT = (
    (
        1,
        "観光入込客数",
        "千人",
        "延べ61.5",
        50.0,
        "延べ47.2",
        55.0,
        "延べ53.8",
        60.0,
        "延べ58.1",
        "未達成",
    ),
    (2, "馬路温泉の宿泊者数", "人泊", 4820, 4000, 3912, 4300, 4415, 4600, 4688, "達成"),
    (3, "森林鉄道の乗車体験者数", "人", 8240, 6000, 6315, 7000, 7102, 7500, 7046, "未達成"),
    (4, "村外からの交流イベント参加者数", "人", 1150, 800, "中止", 1000, 962, 1100, 1184, "達成"),
)


def build_umaji():
    wb = Workbook()
    ws = wb.active
    ws.title = "成果説明書"
    for col, w in zip("ABCDEFGHIJKL", (5, 24, 6, 9, 7, 8, 7, 8, 7, 8, 9, 2)):
        ws.column_dimensions[col].width = w
    merge(ws, "A1:K1", "令和６年度　主要な施策の成果説明書", size=14, bold=True, h="center")
    merge(ws, "A2:K2", "令和7年9月　馬路村", h="right")
    put(ws, "A4", "１　事業の概要", size=11, bold=True, wrap=False)
    fields = [
        ("事業名", "ゆずと森林鉄道の里観光交流推進事業"),
        ("所管課", "産業建設課"),
        ("会計区分", "一般会計　7款 商工費　1項 商工費　3目 観光費"),
        ("決算額", "令和6年度　12,480千円（うち県補助金　4,000千円）"),
        ("関連計画", "馬路村まち・ひと・しごと創生推進計画"),
        (
            "事業の内容",
            "本村は明治22年（1889年）に馬路村と魚梁瀬村が合併してできた村で、面積165.48km²の96%を山林が占め、そのうち75%が国有林である。人口は674人（2024年11月1日推計）で、県内で2番目に少ない。"
            "村内は馬路地区と魚梁瀬地区に分かれ、魚梁瀬の年間平均降水量は4,000mmを超える。魚梁瀬杉を運んだ森林鉄道の歴史と、農協が中心となって育ててきたゆずの加工品が村の顔であり、昭和54年（1979年）に開館した馬路温泉が観光の拠点となっている。"
            "本事業では、森林鉄道の乗車体験とゆずの里の交流イベントを運営し、都市部での観光PRを行う。",
        ),
    ]
    r = fields_block(ws, 5, fields, ("A", "B"), ("C", "K"), {"事業の内容": 72}, {"事業の内容"})
    r += 1
    put(ws, f"A{r}", "２　事業の成果", size=11, bold=True, wrap=False)
    r += 1
    put(ws, f"A{r}", "（１）事業の実績", size=10, bold=True, wrap=False)
    r += 1
    for col, text in zip("ABCDE", ("記号", "事業の実績", "単位", "R5実績", "R6実績")):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[r].height = 18
    r += 1
    for row in UMAJI_ACT:
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
    h1, h2 = r, r + 1
    for col, text in zip("ABCD", ("No.", "成果指標", "単位", "基準値\n（H30）")):
        merge(ws, f"{col}{h1}:{col}{h2}", text, bold=True, box=True, shade=True, h="center")
    for cols, year in (("EF", "R4年度"), ("GH", "R5年度"), ("IJ", "R6年度")):
        merge(ws, f"{cols[0]}{h1}:{cols[1]}{h1}", year, bold=True, box=True, shade=True, h="center")
        put(ws, f"{cols[0]}{h2}", "目標", bold=True, box=True, shade=True, h="center")
        put(ws, f"{cols[1]}{h2}", "実績", bold=True, box=True, shade=True, h="center")
    merge(ws, f"K{h1}:K{h2}", "達成状況\n（R6）", bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[h1].height = 18
    ws.row_dimensions[h2].height = 18
    r = h2 + 1
    for row in UMAJI_OUT:
        for col, v in zip("ABCDEFGHIJK", row):
            h = "left" if col == "B" else ("center" if col in "ACK" else "right")
            put(ws, f"{col}{r}", v, box=True, h=h)
        ws.row_dimensions[r].height = 24
        r += 1
    r = notes_block(
        ws,
        r,
        [
            "※1　No.1は、村内の観光施設とイベントの入込客数の合計（延べ人数）である。",
            "※2　No.3のR5実績は、令和5年度の成果説明書で公表した7,012人を、精算後の確定値（7,102人）に訂正している。",
            "※3　No.4のR4は、新型コロナウイルス感染症の影響によりイベントを中止した。",
            "※4　基準値は、新型コロナウイルス感染症の影響を受ける前の平成30年度の値である。",
        ],
        "K",
    )
    r += 1
    put(ws, f"A{r}", "３　評価", size=11, bold=True, wrap=False)
    r += 1
    fields = [
        ("成果の評価", "概ね順調"),
        ("今後の方向性", "継続"),
        (
            "評価の理由",
            "温泉の宿泊者数と交流イベントの参加者数は目標を達成した。観光入込客数と森林鉄道の乗車体験者数は、夏の長雨で運休日が増えたため目標に届かなかった。令和7年度は雨天でも楽しめるゆず加工場の見学と組み合わせた周遊を提案する。",
        ),
    ]
    r = fields_block(ws, r, fields, ("A", "B"), ("C", "K"), {"評価の理由": 42}, {"評価の理由"})
    page(ws, landscape=False)
    save(wb, SRC / "umaji_kanko_shuyo_seika_r6.xlsx")


# ---------------------------------------------------------------- 久米島町 (CSV, open data, UTF-8 with BOM)
KUMEJIMA_WIDTH = 11
KUMEJIMA = [
    ["タイトル", "デジタル田園都市国家構想交付金（地方創生推進タイプ）　効果検証結果（令和6年度）"],
    ["公表日", "令和7年9月30日"],
    ["担当課", "プロジェクト推進課"],
    ["交付対象事業の名称", "海洋深層水の複合利用による島しょ型産業創出事業"],
    ["事業期間", "令和4年度～令和6年度（3か年）"],
    ["総事業費", "3か年計　54,300千円（うち交付金　27,150千円）"],
    [
        "町の概要",
        "久米島町は、平成14年（2002年）4月1日に具志川村と仲里村が合併して発足した町で、沖縄本島の西約100kmに位置し、面積は63.65km²、人口は6,662人（2024年11月1日推計）です。"
        "平成12年（2000年）に開所した沖縄県海洋深層水研究所は、久米島の沖2.3km、水深612mから1日13,000トンの海洋深層水をくみ上げており、深層水を使った車エビと海ぶどうの生産量は国内一を誇ります。",
    ],
    [
        "注記",
        "※印の値は、令和7年3月末時点の見込値です。「累計」とある値は、令和4年度からの累計です。達成状況は、令和6年度の目標と実績を比べたものです。",
    ],
    [],
    ["■重要業績評価指標（KPI）の達成状況"],
    [
        "No.",
        "KPI",
        "単位",
        "基準値（R3年度）",
        "R4目標",
        "R4実績",
        "R5目標",
        "R5実績",
        "R6目標",
        "R6実績",
        "達成状況（R6）",
    ],
    [
        "1",
        "海洋深層水関連産業の生産額",
        "億円",
        "25.3",
        "26.0",
        "26.4",
        "27.0",
        "26.8",
        "28.0",
        "28.5※",
        "達成",
    ],
    ["2", "海洋深層水関連企業の新規雇用者数", "人", "―", "5", "6", "5", "4", "5", "7", "達成"],
    [
        "3",
        "海洋深層水を活用した新商品の開発件数",
        "件",
        "―",
        "累計3",
        "累計4",
        "累計6",
        "累計7",
        "累計9",
        "累計8※",
        "未達成",
    ],
    [
        "4",
        "深層水関連施設の視察・体験の受入者数",
        "人",
        "1,420",
        "1,600",
        "1,735",
        "1,800",
        "1,652",
        "2,000",
        "2,130※",
        "達成",
    ],
]


def build_kumejima():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for row in KUMEJIMA:
        w.writerow(row + [""] * (KUMEJIMA_WIDTH - len(row)) if row else [])
    (HERE / "kumejima_shinsosui_kofukin_kensho_r6.csv").write_bytes(
        b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8")
    )


def to_pdf():
    for name in ("umaji_kanko_shuyo_seika_r6",):
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
    build_yame()
    build_nishiawakura()
    build_umaji()
    build_kumejima()
    if "--no-pdf" not in sys.argv:
        to_pdf()


if __name__ == "__main__":
    main()
