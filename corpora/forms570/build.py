"""Build forms570: four KPI documents of 東松島市, 中札内村, 板柳町 and 鮭川村.

Writes `higashimatsushima_olle_jimujigyo_r5.xlsx` (the workbook is the document),
`itayanagi_sogo_seika_shihyo_r5.html` and the XLSX sources
`source/nakasatsunai_kanko_shuyo_seika_r5.xlsx` and `source/sakegawa_kaso_shinchoku_r5.xlsx`,
which LibreOffice turns into `nakasatsunai_kanko_shuyo_seika_r5.pdf` and `sakegawa_kaso_shinchoku_r5.pdf`.
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
    wb.properties.creator = "forms570"
    wb.properties.lastModifiedBy = "forms570"
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


# ---------------------------------------------------------------- 東松島市 (XLSX document, portrait)
def build_higashimatsushima():
    wb = Workbook()
    ws = wb.active
    ws.title = "事務事業評価"
    for col, w in {"A": 7, "B": 4, "C": 27, "D": 5, "E": 12}.items():
        ws.column_dimensions[col].width = w
    for col in "FGH":
        ws.column_dimensions[col].width = 9
    for col in "IJ":
        ws.column_dimensions[col].width = 12
    merge(
        ws,
        "A1:J1",
        "令和６年度　事務事業評価シート（令和５年度実施事業）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:J2", "作成日　令和6年7月19日　　東松島市", h="right")
    put(ws, "A4", "１　事業の概要", size=11, bold=True, wrap=False)
    fields = [
        ("事務事業名", "宮城オルレ奥松島コース誘客推進事業"),
        ("担当課", "商工観光課"),
        ("関連計画", "第2期東松島市まち・ひと・しごと創生総合戦略"),
        ("事業期間", "平成30年度～令和7年度"),
        ("事業費（R5決算）", "8,460千円（うち県補助金　2,000千円）"),
        (
            "事業の概要",
            "本市は2005年（平成17年）4月1日に矢本町と鳴瀬町が合併して誕生した、面積101.36km²、人口39,098人（2020年国勢調査）のまちである。"
            "2011年（平成23年）3月11日の東日本大震災では浸水域が市街地の約65％に達し、震災前の2010年度に約112万人を数えた観光客は大きく落ち込んだ。"
            "宮戸島を巡る「宮城オルレ奥松島コース」は平成30年（2018年）に開設した約10km・約4時間のトレッキングコースで、松島四大観の一つ「壮観」の大高森を通る。"
            "本事業では、コースの維持管理、ガイド付きオルレウォークの開催、国内外へのPRを行う。令和5年の市内の観光客は約109万人まで回復した。",
        ),
    ]
    r = fields_block(ws, 5, fields, ("A", "B"), ("C", "J"), 84, {"事業の概要"})
    r += 1
    put(ws, f"A{r}", "２　指標の推移", size=11, bold=True, wrap=False)
    r += 1
    head = (
        "区分",
        "No.",
        "指標名",
        "単位",
        "基準値",
        "R3実績",
        "R4実績",
        "R5目標",
        "R5実績",
        "R7目標（最終）",
    )
    for col, text in zip("ABCDEFGHIJ", head):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[r].height = 30
    r += 1
    rows = [
        (1, "ガイド付きオルレウォークの開催回数", "回", "8（H30）", 5, 9, 12, 12, 15),
        (
            2,
            "オルレウォーク参加者数",
            "人",
            "延べ210（H30）",
            "延べ95",
            "延べ188",
            "延べ300",
            "延べ312",
            "延べ400",
        ),
        (3, "宮城オルレ奥松島コースの利用者数", "人", "6,850（H30）", 3120, 4980, 6500, 5240, 7500),
        (4, "国外からのコース利用者数", "人", "12（R2）", 4, 41, 150, 186, 250),
        (5, "宮戸地区の観光客入込数", "千人", "―", 182.4, 236.9, 260.0, "275.3（見込）", 300.0),
    ]
    first = r
    for no, name, unit, *vals in rows:
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
    notes = [
        "※　No.5のR5実績は、宮城県観光客入込数調査の公表前のため見込値である。",
        "※　基準値は、各指標の集計を始めた年度の値である（括弧内はその年度）。No.5は令和3年度から宮戸地区単位で集計しているため、基準値はない。",
    ]
    for note in notes:
        merge(ws, f"A{r}:J{r}", note, size=8)
        ws.row_dimensions[r].height = 24
        r += 1
    r += 1
    put(ws, f"A{r}", "３　評価", size=11, bold=True, wrap=False)
    r += 1
    fields = [
        ("事業の評価", "B（概ね順調）"),
        ("今後の方向性", "拡充"),
        (
            "評価の理由",
            "ウォークの開催回数、参加者数及び国外からの利用者数は目標に達した。コース全体の利用者数は酷暑の影響で目標を下回ったため、令和6年度は春と秋のウォークを増やし、台湾のトレイル団体との相互交流を進める。",
        ),
    ]
    r = fields_block(ws, r, fields, ("A", "B"), ("C", "J"), 36, {"評価の理由"})
    page(ws, landscape=False)
    save(wb, HERE / "higashimatsushima_olle_jimujigyo_r5.xlsx")


# ---------------------------------------------------------------- 中札内村 (PDF, landscape)
def nakasatsunai_block(ws, cols, top, fields, grid_head, rows, notes, with_unit):
    """One 事業 block: fields, the ■成果指標 heading, the grid and its notes, in the columns `cols`."""
    c = cols
    r = top
    for key, val in fields:
        merge(ws, f"{c[0]}{r}:{c[1]}{r}", key, bold=True, box=True, shade=True)
        merge(ws, f"{c[2]}{r}:{c[-1]}{r}", val, box=True)
        ws.row_dimensions[r].height = 66 if key == "事業の内容" else 18
        r += 1
    r += 1
    put(ws, f"{c[0]}{r}", "■成果指標", size=10, bold=True, wrap=False)
    ws.row_dimensions[r].height = 18
    r += 1
    for col, text in zip(c, grid_head):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[r].height = 30
    r += 1
    for row in rows:
        for i, (col, v) in enumerate(zip(c, row)):
            if i == 1:
                h = "left"
            elif i == 0 or (with_unit and i == 2) or i == len(row) - 1:
                h = "center"
            else:
                h = "right"
            cell = put(ws, f"{col}{r}", v, box=True, h=h)
            number(cell, v)
        ws.row_dimensions[r].height = 30
        r += 1
    for note in notes:
        merge(ws, f"{c[0]}{r}:{c[-1]}{r}", note, size=8)
        ws.row_dimensions[r].height = max(ws.row_dimensions[r].height or 0, 15)
        r += 1
    return r


def build_nakasatsunai():
    wb = Workbook()
    ws = wb.active
    ws.title = "主要施策成果"
    widths = {"A": 4, "B": 24, "C": 5, "D": 8, "E": 8, "F": 8, "G": 8, "H": 7, "I": 2}
    widths.update({"J": 4, "K": 27, "L": 8, "M": 8, "N": 8, "O": 8, "P": 7})
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    merge(ws, "A1:P1", "令和５年度　主要な施策の成果説明書（抜粋）", size=14, bold=True, h="center")
    merge(ws, "A2:P2", "令和6年9月　中札内村", h="right")
    fields = [
        ("施策", "観光・交流の推進"),
        ("所管課", "産業課　商工観光係"),
        ("関連計画", "中札内村まち・ひと・しごと創生総合戦略推進計画"),
        (
            "村の概要",
            "本村は十勝平野の南西部、日高山脈に源を発する札内川の流域に広がる面積292.58km²の村で、1905年（明治38年）に開拓が始まり、1947年（昭和22年）に大正村から分かれて誕生した。"
            "人口は3,884人（2020年）。昭和60年（1985年）に「有機農業の村」を宣言し、札内川は国土交通省の水質調査で7回1位となっている。帯広空港から車で約10分、毎年7月には中札内花フェスタが開かれる。",
        ),
    ]
    r = fields_block(ws, 4, fields, ("A", "B"), ("C", "P"), 44, {"村の概要"})
    r += 1
    left = nakasatsunai_block(
        ws,
        "ABCDEFGH",
        r,
        [
            ("事業名", "道の駅なかさつない管理運営事業"),
            ("決算額", "18,620千円"),
            (
                "事業の内容",
                "1996年（平成8年）に道の駅に登録され、2005年（平成17年）のリニューアルで豆資料館「ビーンズ邸」を開館したアグリパーク一帯の施設を指定管理により運営し、農産物直売所と村内の豆・野菜のPRを行った。",
            ),
        ],
        ("No.", "指標", "単位", "R3実績", "R4実績", "R5実績", "R5目標", "達成状況"),
        [
            ("①", "道の駅なかさつない来場者数", "千人", 312.5, 368.0, 401.2, "400～450", "達成"),
            ("②", "農産物直売所の売上額", "千円", 58240, 61930, 64880, 65000, "未達成"),
            ("③", "ビーンズ邸（豆資料館）の入館者数※1", "人", 8420, "休館", 10360, 10000, "達成"),
        ],
        ["※1　③のR4は、屋根改修工事のため通年休館した。"],
        with_unit=True,
    )
    right = nakasatsunai_block(
        ws,
        "JKLMNOP",
        r,
        [
            ("事業名", "日高山脈・札内川自然体験推進事業"),
            ("決算額", "6,340千円"),
            (
                "事業の内容",
                "日高山脈襟裳十勝国立公園の玄関口として、札内川上流のケショウヤナギ群生地やピョウタンの滝を巡る自然体験ツアーを実施し、札内川園地キャンプ場と日高山脈山岳センターの利用を促した。",
            ),
        ],
        ("No.", "指標（単位）", "R3実績", "R4実績", "R5実績", "R5目標", "達成状況"),
        [
            ("①", "札内川園地キャンプ場の利用者数（千人）", 6.8, 7.4, 8.1, 8.0, "達成"),
            ("②", "日高山脈山岳センターの入館者数（人）", 2860, 3140, 3390, 3500, "未達成"),
        ],
        ["※　達成状況は、R5実績とR5目標を比べたものである。"],
        with_unit=False,
    )
    r = max(left, right) + 1
    put(ws, f"A{r}", "成果と今後の方向性", size=10, bold=True, wrap=False)
    r += 1
    merge(
        ws,
        f"A{r}:P{r}",
        "道の駅の来場者は40万人台に回復し、ビーンズ邸は改修後の再開で1万人を超えた。直売所の売上額と山岳センターの入館者数は目標に届かなかったため、令和6年度は帯広市内でのPRと国立公園の案内を強化する。",
        box=True,
    )
    ws.row_dimensions[r].height = 30
    page(ws, landscape=True)
    save(wb, SRC / "nakasatsunai_kanko_shuyo_seika_r5.xlsx")


# ---------------------------------------------------------------- 板柳町 (HTML)
ITAYANAGI_ROWS = (
    (
        "1-1　りんご産業の振興",
        (
            (
                "①",
                "りんご販売額（JA・産地市場取扱分）",
                "億円",
                "98.6",
                "104.2",
                "96.8",
                "110.5",
                "105.0",
            ),
            ("②", "新規就農者数", "人", "3", "4", "2", "5", "5年間で延べ25人以上"),
        ),
    ),
    (
        "4-2　移住・定住の促進",
        (
            ("③", "人口の社会増減数", "人", "△138", "△121", "△96", "△104", "±0"),
            ("④", "移住相談件数", "件", "18", "27", "35", "41", "50"),
            ("⑤", "【再掲】新規就農者数", "人", "3", "4", "2", "5", "5年間で延べ25人以上"),
        ),
    ),
)


def itayanagi_table():
    out = []
    for measure, rows in ITAYANAGI_ROWS:
        for i, (label, name, unit, *vals) in enumerate(rows):
            head = (
                f'<th scope="rowgroup" rowspan="{len(rows)}" class="measure">{measure}</th>'
                if i == 0
                else ""
            )
            cells = "".join(f"<td>{v}</td>" for v in vals)
            out.append(
                f'<tr>{head}<td class="c">{label}</td><td class="name">{name}</td><td class="c">{unit}</td>{cells}</tr>\n'
            )
    return "".join(out)


ITAYANAGI = (
    """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>第6次板柳町総合計画　前期基本計画　成果指標の達成状況（令和５年度） - 板柳町</title>
<style>
table { border-collapse: collapse; }
th, td { border: 1px solid #333; padding: 2px 6px; }
td { text-align: right; }
td.name { text-align: left; }
td.c { text-align: center; }
th.measure { text-align: left; background: #eee; }
dt { font-weight: bold; }
</style>
</head>
<body>
<nav aria-label="現在地"><ol>
<li><a href="/">ホーム</a></li>
<li><a href="/gyousei/">町政情報</a></li>
<li><a href="/gyousei/keikaku/">計画・施策</a></li>
<li>第6次板柳町総合計画　成果指標の達成状況</li>
</ol></nav>
<main>
<h1>第6次板柳町総合計画　前期基本計画　成果指標の達成状況（令和５年度）</h1>
<p class="update">更新日：2024年12月10日　担当：企画財政課</p>
<p>板柳町は津軽平野のほぼ中央、岩木川と十川の間に広がる面積41.88km²、人口11,682人（2024年11月1日推計）の町です。昭和30年（1955年）に板柳町・小阿弥村・沿川村・畑岡村の1町3村が合併して現在の町となりました。明治9年に数本のりんごの苗木が導入されたのがりんご栽培の始まりで、昭和61年にふるさとセンターを開設し、平成14年には全国初の「りんごまるかじり条例」を制定しました。2016年12月には津軽りんご市場で1,101人がギネス世界記録に挑戦し、記録を樹立しています。</p>
<p>町では、総合計画の前期基本計画に掲げた施策ごとに成果指標を定め、毎年度その達成状況を公表しています。このページでは、基本目標1（産業）と基本目標4（移住・定住）の成果指標の令和5年度の状況をお知らせします。</p>
<dl>
<dt>計画の名称</dt><dd>第6次板柳町総合計画</dd>
<dt>計画期間</dt><dd>基本構想　令和3年度～令和12年度（10年間）／前期基本計画　令和3年度～令和7年度（5年間）</dd>
<dt>担当課</dt><dd>企画財政課</dd>
</dl>
<h2>成果指標の達成状況</h2>
<table>
<thead>
<tr><th scope="col" rowspan="2">施策</th><th scope="col" rowspan="2">No.</th><th scope="col" rowspan="2">成果指標</th><th scope="col" rowspan="2">単位</th><th scope="col" rowspan="2">策定時<br>（R元）</th><th scope="colgroup" colspan="3">実績値</th><th scope="col" rowspan="2">目標値<br>（R7）</th></tr>
<tr><th scope="col">R3</th><th scope="col">R4</th><th scope="col">R5</th></tr>
</thead>
<tbody>
"""
    + itayanagi_table()
    + """</tbody>
</table>
<p>※1　①は、農業協同組合及び津軽りんご市場の取扱額のうち町内産の分です。</p>
<p>※2　③は、住民基本台帳による転入者数から転出者数を引いた数です（△は転出超過）。</p>
<p>※3　⑤は、施策1-1の②を移住・定住の観点から再び掲げたものです。</p>
</main>
<footer><p>板柳町役場　企画財政課</p></footer>
</body>
</html>
"""
)


def build_itayanagi():
    (HERE / "itayanagi_sogo_seika_shihyo_r5.html").write_text(ITAYANAGI, encoding="utf-8")


# ---------------------------------------------------------------- 鮭川村 (PDF, portrait)
def build_sakegawa():
    wb = Workbook()
    ws = wb.active
    ws.title = "過疎計画進捗"
    for col, w in zip("ABCDE", (13, 17, 17, 17, 17)):
        ws.column_dimensions[col].width = w
    merge(
        ws,
        "A1:E1",
        "鮭川村過疎地域持続的発展計画　成果指標の進捗状況（令和５年度）",
        size=13,
        bold=True,
        h="center",
    )
    merge(ws, "A2:E2", "令和6年11月　鮭川村", h="right")
    put(ws, "A4", "１　計画の概要", size=11, bold=True, wrap=False)
    fields = [
        ("計画の名称", "鮭川村過疎地域持続的発展計画"),
        ("計画期間", "令和3年度～令和7年度（5年間）"),
        ("担当課", "総務課　企画係"),
        (
            "村の概要",
            "本村は山形県の北部、最上地域に位置し、東西20km・南北12km、面積122.14km²の農山村で、県都山形市の北方71kmにある。"
            "昭和29年に鮭川村・豊田村・豊里村の3村が合併して現在の村となり、人口は3,526人（2024年10月1日推計）である。"
            "県内のきのこ生産量の約6割を占める「きのこ王国」で、安永2年（1773年）に起源をもつ鮭川歌舞伎（山形県指定無形民俗文化財）、大正8年に石油の試掘で湧き出た羽根沢温泉、10月の鮭まつりなどの地域資源がある。",
        ),
    ]
    r = fields_block(ws, 5, fields, ("A", "A"), ("B", "E"), 78, {"村の概要"})
    r += 1
    put(ws, f"A{r}", "２　成果指標の推移", size=11, bold=True, wrap=False)
    r += 1
    names = (
        "①きのこ類の生産量",
        "②園芸作物の販売額（きのこを除く）",
        "③観光入込客数",
        "④鮭川歌舞伎定期公演の観客数",
    )
    put(ws, f"A{r}", "指標", bold=True, box=True, shade=True, h="center")
    for col, text in zip("BCDE", names):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[r].height = 32
    r += 1
    put(ws, f"A{r}", "単位", bold=True, box=True, shade=True, h="center")
    for col, text in zip("BCDE", ("t", "百万円", "千人", "人")):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[r].height = 18
    r += 1
    rows = [
        ("基準値（R元）", 7850, 312, 214.6, 420),
        ("R3実績", 7410, 298, 142.8, "中止"),
        ("R4実績", 7620, 305, 176.5, 310),
        ("R5実績", 7980, "未集計", 198.3, 385),
        ("R6見込", 8100, None, 205.0, 400),
        ("目標（R7）", 8500, 350, 230.0, 450),
    ]
    for label, *vals in rows:
        put(ws, f"A{r}", label, bold=True, box=True, shade=True, h="center")
        for col, v in zip("BCDE", vals):
            c = put(ws, f"{col}{r}", v, box=True, h="right")
            number(c, v)
        ws.row_dimensions[r].height = 20
        r += 1
    notes = [
        "※1　R6見込は、令和6年9月末までの実績を基に推計した値である。②は見込を算出していない。",
        "※2　②の令和5年度は、農業協同組合の販売実績の確定前のため未集計である。",
        "※3　④の令和3年度は、新型コロナウイルス感染症の影響により定期公演を中止した。",
    ]
    for note in notes:
        merge(ws, f"A{r}:E{r}", note, size=8)
        ws.row_dimensions[r].height = 15
        r += 1
    r += 1
    put(ws, f"A{r}", "３　進捗の状況と今後の取組", size=11, bold=True, wrap=False)
    r += 1
    merge(
        ws,
        f"A{r}:E{r}",
        "きのこ類の生産量は菌床の更新により令和元年度の水準を上回った。観光入込客数は羽根沢温泉の改修とエコパークの催しで回復しつつあるが、目標の23万人には届いていない。"
        "鮭川歌舞伎は毎年6月の定期公演を再開し、令和6年度は村外からの観覧者の受入れを進める。",
        box=True,
    )
    ws.row_dimensions[r].height = 48
    page(ws, landscape=False)
    save(wb, SRC / "sakegawa_kaso_shinchoku_r5.xlsx")


def to_pdf():
    for name in ("nakasatsunai_kanko_shuyo_seika_r5", "sakegawa_kaso_shinchoku_r5"):
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
    build_higashimatsushima()
    build_nakasatsunai()
    build_itayanagi()
    build_sakegawa()
    if "--no-pdf" not in sys.argv:
        to_pdf()


if __name__ == "__main__":
    main()
