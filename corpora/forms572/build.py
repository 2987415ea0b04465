"""Build forms572: four KPI documents of 東吉野村, 尾鷲市, 竜王町 and 佐用町.

Writes `higashiyoshino_iju_jimujigyo_r6.xlsx` (the workbook is the document), `owase_kodo_kofukin_kensho_r5.html`
and the XLSX sources `source/ryuoh_kagaminosato_shuyo_seika_r5.xlsx` and `source/sayo_jimujigyo_ichiran_r5.xlsx`,
which LibreOffice turns into `ryuoh_kagaminosato_shuyo_seika_r5.pdf` and `sayo_jimujigyo_ichiran_r5.pdf`.
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
LIGHT = PatternFill("solid", fgColor="EFEFEF")
STAMP = datetime.datetime(2025, 9, 1, 9, 0, 0)
STAMP_TEXT = "2025-09-01T09:00:00Z"


def font(size=9, bold=False):
    return Font(name=FONT, size=size, bold=bold)


def put(ws, ref, value, size=9, bold=False, box=False, shade=False, h="left", wrap=True, fill=None):
    cell = ws[ref]
    cell.value = value
    cell.font = font(size, bold)
    cell.alignment = Alignment(horizontal=h, vertical="center", wrap_text=wrap)
    if box:
        cell.border = BOX
    if shade:
        cell.fill = SHADE
    if fill is not None:
        cell.fill = fill
    return cell


def boxed(ws, rng, shade=False, fill=None):
    for row in ws[rng]:
        for cell in row:
            cell.border = BOX
            if shade:
                cell.fill = SHADE
            if fill is not None:
                cell.fill = fill


def merge(ws, rng, value, **kw):
    first = rng.split(":")[0]
    put(ws, first, value, **kw)
    ws.merge_cells(rng)
    if kw.get("box"):
        boxed(ws, rng, kw.get("shade", False), kw.get("fill"))


def number(cell, v, decimals=1):
    if isinstance(v, float):
        cell.number_format = "#,##0." + "0" * decimals
    elif isinstance(v, int):
        cell.number_format = "#,##0"


def save(wb, path, creator):
    """Save with fixed properties and fixed zip timestamps, so the bytes do not change."""
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator
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


# ---------------------------------------------------------------- 東吉野村 (XLSX document, portrait)
HY_HEAD = (
    "区分",
    "No.",
    "指標名",
    "単位",
    "基準値（R2）",
    "R4実績",
    "R5実績",
    "R6目標",
    "R6実績",
    "R7目標",
)
HY_ROWS = (
    (1, "空き家バンクの新規登録件数", "件", 6, 9, 7, 10, 11, 10),
    (2, "お試し住宅の利用者数", "人", "延べ18", "延べ25", "延べ31", 30, "延べ36", 35),
    (3, "空き家バンクを通じた売買・賃貸の成約件数", "件", 3, 5, 4, "6～8", 7, "6～8"),
    (4, "本事業を利用して村外から移住した人数", "人", 8, 11, 9, 12, 14, 15),
    (5, "社会増減数（転入者数－転出者数）", "人", "△21", "△15", "△12", "±0", "△8", "±0"),
)


def build_higashiyoshino():
    wb = Workbook()
    ws = wb.active
    ws.title = "事務事業評価"
    for col, w in zip("ABCDEFGHIJ", (7, 4, 30, 5, 9, 7, 7, 7, 7, 7)):
        ws.column_dimensions[col].width = w
    merge(
        ws,
        "A1:J1",
        "令和７年度　事務事業評価シート（令和６年度実施事業）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:J2", "作成日　令和7年7月30日　　東吉野村", h="right")
    put(ws, "A4", "１　事業の概要", size=11, bold=True, wrap=False)
    fields = [
        ("事務事業名", "空き家バンク・お試し住宅による移住定住促進事業"),
        ("担当課", "地域振興課"),
        ("関連計画", "東吉野村まち・ひと・しごと創生総合戦略（第2期）"),
        ("事業期間", "令和3年度～令和7年度"),
        ("事業費（R6決算）", "5,860千円（うち国・県補助金　2,000千円）"),
        (
            "事業の概要",
            "本村は昭和33年（1958年）に小川村・四郷村・高見村の3村が合併して誕生した村で、面積131.65km²の96%を森林が占める。"
            "標高1,249mの高見山は冬の霧氷で知られ、七滝八壺は平成20年に「平成の名水百選」に選ばれた。明治38年（1905年）に日本で最後のニホンオオカミが捕獲された地でもある。"
            "人口は1,502人（令和2年国勢調査）。2015年にはコワーキングスペース「オフィスキャンプ東吉野」が開設された。"
            "本事業では、空き家バンクの運営と村営お試し住宅（2棟）の貸出しにより、村外からの移住と定住を促進する。",
        ),
    ]
    r = fields_block(ws, 5, fields, ("A", "B"), ("C", "J"), 84, {"事業の概要"})
    r += 1
    put(ws, f"A{r}", "２　指標の推移", size=11, bold=True, wrap=False)
    r += 1
    for col, text in zip("ABCDEFGHIJ", HY_HEAD):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[r].height = 30
    r += 1
    first = r
    for no, name, unit, *vals in HY_ROWS:
        put(ws, f"B{r}", no, box=True, h="center")
        put(ws, f"C{r}", name, box=True)
        put(ws, f"D{r}", unit, box=True, h="center")
        for col, v in zip("EFGHIJ", vals):
            c = put(ws, f"{col}{r}", v, box=True, h="right")
            number(c, v)
        ws.row_dimensions[r].height = 30
        r += 1
    merge(ws, f"A{first}:A{first + 1}", "活動指標", box=True, h="center")
    merge(ws, f"A{first + 2}:A{first + 4}", "成果指標", box=True, h="center")
    r = notes_block(
        ws,
        r,
        [
            "※1　No.2の「延べ」は、同じ人が複数回利用した場合もそれぞれ数えた人数であることを示す。",
            "※2　No.3の目標は、幅（下限～上限）をもって設定している。",
            "※3　No.5は、住民基本台帳による各年度（4月～3月）の転入者数から転出者数を引いた数で、△は転出超過を示す。",
            "　　 目標の±0は、転入と転出の均衡を示す。",
        ],
        "J",
    )
    r += 1
    put(ws, f"A{r}", "３　評価", size=11, bold=True, wrap=False)
    r += 1
    fields = [
        ("事業の評価", "B（概ね順調）"),
        ("今後の方向性", "継続"),
        (
            "評価の理由",
            "空き家バンクの登録と成約は目標の範囲内で推移し、移住者数も目標を上回った。一方、社会増減は転出超過が縮小したものの均衡には至っておらず、令和7年度は若い世帯向けの空き家改修支援と就業情報の発信を強化する。",
        ),
    ]
    r = fields_block(ws, r, fields, ("A", "B"), ("C", "J"), 30, {"評価の理由"})
    page(ws, landscape=False)
    save(wb, HERE / "higashiyoshino_iju_jimujigyo_r6.xlsx", "forms572")


# ---------------------------------------------------------------- 尾鷲市 (HTML)
OWASE_ROWS = (
    (
        "①",
        "馬越峠の来訪者数",
        "人",
        "18,420",
        (("19,000", "16,850"), ("20,000", "19,640"), ("21,000（当初19,500）", "21,380")),
        "達成",
    ),
    (
        "②",
        "尾鷲ヒノキ製品の市外向け販売額",
        "百万円",
        "182.5",
        (("190.0", "186.2"), ("200.0", "198.4"), ("210.0", "205.7<sup>※1</sup>")),
        "未達成",
    ),
    (
        "③",
        "熊野古道語り部・古道ガイドの認定者数（累計）",
        "人",
        "6",
        (("10", "9"), ("20", "18"), ("30", "31")),
        "達成",
    ),
    (
        "④",
        "ヒノキ端材の焼却処分量の削減",
        "t",
        "320",
        (("300", "310"), ("280", "284"), ("260", "255")),
        "達成",
    ),
)


def owase_table():
    out = []
    for label, name, unit, base, years, status in OWASE_ROWS:
        cells = "".join(f"<td>{t}</td><td>{a}</td>" for t, a in years)
        out.append(
            f'<tr><td class="c">{label}</td><td class="name">{name}</td><td class="c">{unit}</td>'
            f'<td>{base}</td>{cells}<td class="c">{status}</td></tr>\n'
        )
    return "".join(out)


OWASE = (
    """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>熊野古道・尾鷲ヒノキ交流人口拡大事業の効果検証（令和５年度） - 尾鷲市</title>
<style>
table { border-collapse: collapse; }
th, td { border: 1px solid #333; padding: 2px 6px; }
td { text-align: right; }
td.name { text-align: left; }
td.c { text-align: center; }
th { background: #eee; }
dt { font-weight: bold; }
</style>
</head>
<body>
<nav aria-label="パンくずリスト"><ol>
<li><a href="/">ホーム</a></li>
<li><a href="/shisei/">市政情報</a></li>
<li><a href="/shisei/chihososei/">地方創生</a></li>
<li>熊野古道・尾鷲ヒノキ交流人口拡大事業の効果検証（令和５年度）</li>
</ol></nav>
<main>
<h1>熊野古道・尾鷲ヒノキ交流人口拡大事業の効果検証（令和５年度）</h1>
<p class="update">掲載日：2024年10月21日　　担当：水産商工食のまち課　観光交流係</p>
<p>尾鷲市は三重県南部の熊野灘に面した面積192.71km²の市で、市域の約9割を山林が占め、年間降水量は3,848.8mmと全国でも有数の多雨地帯です。人口は16,910人、世帯数は9,177世帯です（2021年8月1日推計）。平成16年（2004年）7月7日に熊野古道を含む「紀伊山地の霊場と参詣道」が世界遺産に登録され、市内では馬越峠、八鬼山、三木峠・羽後峠、曽根次郎坂・太郎坂の4つのコースが構成資産となっています。2007年には三重県立熊野古道センターが市内に開館しました。</p>
<p>馬越峠には、尾鷲ヒノキの美林の中に約2kmにわたって江戸時代に整備された石畳道が残り、峠からは標高522mの天狗倉山へ足を延ばすことができます。本事業は、デジタル田園都市国家構想交付金（地方創生推進タイプ）を活用し、古道ガイドの育成、体験プログラムの造成と尾鷲ヒノキ製品の販路開拓を一体的に進めたものです。事業期間の終了にあたり、重要業績評価指標（KPI）の実績を次のとおり検証しました。</p>
<dl>
<dt>交付対象事業の名称</dt><dd>熊野古道・尾鷲ヒノキ交流人口拡大事業</dd>
<dt>事業期間</dt><dd>令和3年度～令和5年度（3か年）</dd>
<dt>総事業費</dt><dd>3か年計　48,900千円（うち交付金　24,450千円）</dd>
<dt>担当課</dt><dd>水産商工食のまち課　観光交流係</dd>
</dl>
<h2>KPIの目標値と実績値</h2>
<table>
<thead>
<tr><th scope="col" rowspan="2">No.</th><th scope="col" rowspan="2">KPI</th><th scope="col" rowspan="2">単位</th><th scope="col" rowspan="2">事業開始前<br>（令和2年度）</th><th scope="colgroup" colspan="2">令和3年度</th><th scope="colgroup" colspan="2">令和4年度</th><th scope="colgroup" colspan="2">令和5年度</th><th scope="col" rowspan="2">達成状況<br>（令和5年度）</th></tr>
<tr><th scope="col">目標値</th><th scope="col">実績値</th><th scope="col">目標値</th><th scope="col">実績値</th><th scope="col">目標値</th><th scope="col">実績値</th></tr>
</thead>
<tbody>
"""
    + owase_table()
    + """</tbody>
</table>
<p>※1　令和5年度の販売額は、令和6年5月末時点の見込値です（確定値は次年度に公表します）。</p>
<p>※2　①の令和5年度目標値は、令和4年度の実績を踏まえて上方修正しました（（　）内は当初の目標値）。</p>
<p>※3　④は、市内の製材所から出るヒノキ端材のうち焼却処分した量です。</p>
<h2>今後の方針</h2>
<p>交付金事業は令和5年度で終了しましたが、古道ガイドによる案内と端材を活用した製品づくりは、市の単独事業として継続します。</p>
</main>
<footer><p>尾鷲市役所　水産商工食のまち課　観光交流係</p></footer>
</body>
</html>
"""
)


def build_owase():
    (HERE / "owase_kodo_kofukin_kensho_r5.html").write_text(OWASE, encoding="utf-8")


# ---------------------------------------------------------------- 竜王町 (PDF, portrait)
RY_ACT = (
    ("ア", "農産物出荷者向け講習会の開催回数", "回", 4, 6, 6),
    ("イ", "元服式・歴史体験イベントの開催回数", "回", "中止", 5, 8),
)
RY_OUT_HEAD = (
    "①　直売所の売上高\n（百万円）",
    "②　道の駅の来場者数\n（千人）",
    "③　農産物の出荷登録者数\n（人）",
)
RY_OUT = (
    ("基準値（R2）", 246.8, 398, 172),
    ("R3実績", 252.1, 405, 176),
    ("R4実績", 268.9, 431, 181),
    ("R5目標", 275.0, 440, 190),
    ("R5実績", 281.4, 452, 178),
    ("増減率（R5/R4）", "＋4.6%", "＋4.9%", "△1.7%"),
    ("R7目標", 300.0, 480, 200),
)


def build_ryuoh():
    wb = Workbook()
    ws = wb.active
    ws.title = "成果説明書"
    for col, w in zip("ABCDEFGH", (6, 14, 11, 11, 11, 11, 11, 11)):
        ws.column_dimensions[col].width = w
    merge(ws, "A1:H1", "令和５年度　主要施策の成果説明書（抜粋）", size=14, bold=True, h="center")
    merge(ws, "A2:H2", "令和6年9月　竜王町", h="right")
    fields = [
        ("施策", "観光・交流の振興"),
        ("事業名", "道の駅竜王かがみの里 地域振興拠点活性化事業"),
        ("所管課", "商工観光課"),
        ("決算額", "令和5年度　12,480千円（うち県補助金　2,000千円）"),
        ("関連計画", "竜王町まち・ひと・しごと創生総合戦略（令和3年～令和7年）"),
        (
            "事業の内容",
            "本町は琵琶湖と鈴鹿山系の間に広がる湖東平野のほぼ中央に位置し、面積は44.5km²、人口は11,789人（令和2年国勢調査）である。"
            "名神高速道路の竜王ICに近く、平成22年（2010年）7月8日に開業した三井アウトレットパーク滋賀竜王には町外から多くの人が訪れる。"
            "国道8号沿いの道の駅竜王かがみの里は平成15年（2003年）に登録され、平成28年（2016年）に重点道の駅に選定された。"
            "周辺は東山道「鏡の宿」の跡で、承安4年（1174年）に源義経が元服したと伝わり、毎年3月には「鏡の里元服式」が開かれる。"
            "本事業では、直売所への農産物の出荷拡大と、歴史を生かした体験イベントの開催を支援した。",
        ),
    ]
    r = fields_block(ws, 4, fields, ("A", "B"), ("C", "H"), 84, {"事業の内容"})
    r += 1
    put(ws, f"A{r}", "２　事業の成果", size=11, bold=True, wrap=False)
    r += 1
    put(ws, f"A{r}", "（１）事業の実績", size=10, bold=True, wrap=False)
    r += 1
    put(ws, f"A{r}", "No.", bold=True, box=True, shade=True, h="center")
    merge(ws, f"B{r}:D{r}", "項目", bold=True, box=True, shade=True, h="center")
    for col, text in zip("EFGH", ("単位", "R3実績", "R4実績", "R5実績")):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[r].height = 18
    r += 1
    for label, name, unit, *vals in RY_ACT:
        put(ws, f"A{r}", label, box=True, h="center")
        merge(ws, f"B{r}:D{r}", name, box=True)
        put(ws, f"E{r}", unit, box=True, h="center")
        for col, v in zip("FGH", vals):
            c = put(ws, f"{col}{r}", v, box=True, h="right")
            number(c, v)
        ws.row_dimensions[r].height = 20
        r += 1
    r = notes_block(
        ws, r, ["※　イの令和3年度は、新型コロナウイルス感染症の影響により開催を見送った。"], "H"
    )
    r += 1
    put(ws, f"A{r}", "（２）成果指標", size=10, bold=True, wrap=False)
    r += 1
    merge(ws, f"A{r}:B{r}", "区分", bold=True, box=True, shade=True, h="center")
    for cols, text in zip(("CD", "EF", "GH"), RY_OUT_HEAD):
        merge(ws, f"{cols[0]}{r}:{cols[1]}{r}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[r].height = 32
    r += 1
    for label, *vals in RY_OUT:
        ratio = label.startswith("増減率")
        merge(ws, f"A{r}:B{r}", label, box=True, h="center", fill=LIGHT if ratio else None)
        for cols, v in zip(("CD", "EF", "GH"), vals):
            merge(
                ws,
                f"{cols[0]}{r}:{cols[1]}{r}",
                v,
                box=True,
                h="right",
                fill=LIGHT if ratio else None,
            )
            number(ws[f"{cols[0]}{r}"], v)
        ws.row_dimensions[r].height = 20
        r += 1
    r = notes_block(
        ws,
        r,
        [
            "※1　②は、直売所・レストランのレジ通過者数をもとに推計した来場者数である。",
            "※2　増減率は、R5実績のR4実績に対する増減の割合で、△は減少を示す。",
        ],
        "H",
    )
    r += 1
    put(ws, f"A{r}", "３　評価", size=11, bold=True, wrap=False)
    r += 1
    fields = [
        ("成果の評価", "概ね順調"),
        ("今後の方向性", "継続"),
        (
            "評価の理由",
            "直売所の売上高と来場者数は目標を上回った。出荷登録者数は高齢化による退会が続き目標を下回ったため、令和6年度は新規就農者と家庭菜園層への出荷の呼びかけを強める。",
        ),
    ]
    r = fields_block(ws, r, fields, ("A", "B"), ("C", "H"), 30, {"評価の理由"})
    page(ws, landscape=False)
    save(wb, SRC / "ryuoh_kagaminosato_shuyo_seika_r5.xlsx", "forms572")


# ---------------------------------------------------------------- 佐用町 (PDF, landscape)
SAYO_HEAD = (
    "No.",
    "事務事業名",
    "担当課",
    "成果指標",
    "単位",
    "R3実績",
    "R4実績",
    "R5目標",
    "R5実績",
    "達成",
    "評価",
)
SAYO_GROUPS = (
    (
        "施策4-2　観光・交流の推進",
        (
            (
                12,
                "南光ひまわり祭り開催支援事業",
                "商工観光課",
                "ひまわり祭りの来場者数",
                "千人",
                "中止",
                68.5,
                80.0,
                84.2,
                "○",
                "A",
            ),
            (
                13,
                "星の都さよう天文観光推進事業",
                "商工観光課",
                "西はりま天文台公園の宿泊者数",
                "人",
                5820,
                7140,
                "前年度以上",
                7655,
                "○",
                "B",
            ),
            (
                14,
                "さよう移住・交流体験事業",
                "企画防災課",
                "お試し滞在施設の利用者数",
                "人",
                42,
                57,
                60,
                51,
                "×",
                "B",
            ),
        ),
    ),
    (
        "施策5-1　定住の促進",
        (
            (
                21,
                "定住促進住宅取得支援事業",
                "企画防災課",
                "補助を活用した住宅取得件数",
                "件",
                14,
                17,
                18,
                18,
                "○",
                "A",
            ),
            (
                14,
                "【再掲】さよう移住・交流体験事業",
                "企画防災課",
                "お試し滞在施設の利用者数",
                "人",
                42,
                57,
                60,
                51,
                "×",
                "B",
            ),
        ),
    ),
)


def build_sayo():
    wb = Workbook()
    ws = wb.active
    ws.title = "評価結果一覧"
    cols = "ABCDEFGHIJK"
    for col, w in zip(cols, (5, 30, 11, 28, 6, 9, 9, 11, 9, 6, 6)):
        ws.column_dimensions[col].width = w
    merge(
        ws,
        "A1:K1",
        "令和６年度　事務事業評価結果一覧表（令和５年度実施事業）　抜粋",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:K2", "令和6年8月　佐用町　企画防災課", h="right")
    fields = [
        (
            "評価の対象",
            "第2次佐用町総合計画　後期基本計画（令和4年度～令和8年度）に位置付けた事務事業",
        ),
        (
            "町の概要",
            "佐用町は、平成17年（2005年）10月1日に佐用郡の佐用町・上月町・南光町・三日月町の4町が合併して誕生した町で、面積は307.44km²、その約8割を山林が占める。人口は約14,000人。"
            "兵庫県立大学西はりま天文台には公開用として世界最大級の口径2mの「なゆた望遠鏡」があり、南光地域では1990年から休耕田を活用したひまわりの栽培が続き、毎年7月中旬から8月上旬にかけて各地区で順にひまわりが開花する。"
            "晩秋から冬の早朝には町全体が霧に覆われる「佐用の朝霧」が見られる。",
        ),
    ]
    r = fields_block(ws, 4, fields, ("A", "B"), ("C", "K"), 46, {"町の概要"})
    r += 1
    put(ws, f"A{r}", "■事務事業評価結果（抜粋）", size=11, bold=True, wrap=False)
    r += 1
    merge(
        ws,
        f"A{r}:K{r}",
        "達成欄　○：目標を達成　×：目標未達成　　／　　評価欄　A：順調に推移　B：概ね順調　C：見直しが必要",
        size=8,
    )
    r += 1
    for col, text in zip(cols, SAYO_HEAD):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[r].height = 20
    r += 1
    for group, rows in SAYO_GROUPS:
        merge(ws, f"A{r}:K{r}", group, bold=True, box=True, fill=LIGHT)
        ws.row_dimensions[r].height = 18
        r += 1
        for row in rows:
            for col, v in zip(cols, row):
                if col in "BD":
                    h = "left"
                elif col in "ACEJK":
                    h = "center"
                else:
                    h = "right"
                c = put(ws, f"{col}{r}", v, box=True, h=h)
                number(c, v)
            ws.row_dimensions[r].height = 22
            r += 1
    r = notes_block(
        ws,
        r,
        [
            "※1　No.12の令和3年度は、新型コロナウイルス感染症の影響により祭りを中止した。",
            "※2　No.14は施策4-2と施策5-1の両方に位置付けているため、施策5-1に【再掲】している。",
        ],
        "K",
    )
    page(ws, landscape=True)
    save(wb, SRC / "sayo_jimujigyo_ichiran_r5.xlsx", "forms572")


def to_pdf():
    for name in ("ryuoh_kagaminosato_shuyo_seika_r5", "sayo_jimujigyo_ichiran_r5"):
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
    build_higashiyoshino()
    build_owase()
    build_ryuoh()
    build_sayo()
    if "--no-pdf" not in sys.argv:
        to_pdf()


if __name__ == "__main__":
    main()
