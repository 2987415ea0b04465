"""Build forms549: four KPI documents of 田野町, 廿日市市, 吉富町 and 垂水市.

Writes `tano_tenpien_jimujigyo_r5.xlsx` (the workbook is the document), `hatsukaichi_sousei_kpi_kensho_r5.html`,
`yoshitomi_jisshi_shihyo_r5.csv` and the XLSX source `source/tarumizu_suisan_shuyo_seika_r5.xlsx`, which
LibreOffice turns into `tarumizu_suisan_shuyo_seika_r5.pdf`.
Run `/work/venv/bin/python build.py` (`--no-pdf` skips LibreOffice). XLSX, HTML and CSV are byte-stable.
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
    wb.properties.creator = "forms549"
    wb.properties.lastModifiedBy = "forms549"
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


def fields_block(ws, r, fields, key_rng, val_rng, tall):
    """Key | value rows; key_rng and val_rng are column pairs such as ("A", "C")."""
    for key, val in fields:
        merge(ws, f"{key_rng[0]}{r}:{key_rng[1]}{r}", key, bold=True, box=True, shade=True)
        merge(ws, f"{val_rng[0]}{r}:{val_rng[1]}{r}", val, box=True)
        ws.row_dimensions[r].height = tall if key in ("事業の概要", "事業の内容") else 18
        r += 1
    return r


# ---------------------------------------------------------------- 田野町 (XLSX document, portrait)
def build_tano():
    wb = Workbook()
    ws = wb.active
    ws.title = "事務事業評価"
    widths = {"A": 6, "B": 4, "C": 27, "D": 6, "E": 7, "F": 8, "G": 8, "H": 8, "I": 10, "J": 10}
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
    merge(ws, "A2:J2", "作成日　令和6年7月19日", h="right")
    put(ws, "A4", "１　事業の概要", size=11, bold=True, wrap=False)
    fields = [
        ("事務事業名", "完全天日塩・岡御殿を生かした交流促進事業"),
        ("担当課", "地域振興課"),
        ("関連計画", "第2期田野町まち・ひと・しごと創生総合戦略"),
        ("事業期間", "令和4年度～令和8年度"),
        (
            "事業の概要",
            "本町は高知県の東部、奈半利川の西岸河口に位置し、県都高知市から東へ約55km、東西2.2km、南北4km、総面積6.53km²の四国で一番小さな町である。"
            "明治21年（1888年）に田野村として発足し、大正9年（1920年）に町制を施行した。人口は2,498人（2020年）。"
            "幕末の嘉永6年（1853年）には安芸郡奉行所が置かれ、藩主の本陣となった豪商岡家の屋敷「岡御殿」が今も残る。"
            "本事業では、完全天日塩の製塩体験施設と岡御殿を結ぶ周遊ルートを整備し、製塩体験プログラムの販売と町産の塩の販路拡大を支援する。",
        ),
    ]
    r = fields_block(ws, 5, fields, ("A", "C"), ("D", "J"), 72)
    r += 1
    put(ws, f"A{r}", "２　指標の推移", size=11, bold=True, wrap=False)
    r += 1
    head = [
        "区分",
        "No.",
        "指標名",
        "単位",
        "目標／実績",
        "4年度",
        "5年度",
        "6年度",
        "8年度（最終）",
        "達成状況（5年度）",
    ]
    for col, text in zip("ABCDEFGHIJ", head):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[r].height = 30
    r += 1
    # each indicator: a 目標 row and a 実績 row; No., name, unit and status merged over the pair
    rows = [
        (
            "活動指標",
            1,
            "製塩体験プログラムの実施回数",
            "回",
            (40, 45, 50, 60),
            (38, 47, None, None),
            None,
        ),
        (
            "活動指標",
            2,
            "周遊ルート案内看板の設置数（累計）",
            "基",
            (4, 8, 10, 12),
            (4, 7, None, None),
            None,
        ),
        (
            "成果指標",
            3,
            "観光入込客数",
            "千人",
            (40.0, 42.0, 44.0, 48.0),
            (38.6, 43.1, None, None),
            "達成",
        ),
        (
            "成果指標",
            4,
            "岡御殿の入館者数",
            "人",
            (2500, 2800, 3200, 3500),
            (2614, 2705, None, None),
            "未達成",
        ),
        (
            "成果指標",
            5,
            "完全天日塩の町内販売量",
            "kg",
            (800, 1000, 1100, 1300),
            (812, 1046, None, None),
            "達成",
        ),
    ]
    group_start = {}
    for kind, no, name, unit, targets, actuals, status in rows:
        group_start.setdefault(kind, r)
        top, low = r, r + 1
        merge(ws, f"B{top}:B{low}", no, box=True, h="center")
        merge(ws, f"C{top}:C{low}", name, box=True)
        merge(ws, f"D{top}:D{low}", unit, box=True, h="center")
        put(ws, f"E{top}", "目標", box=True, h="center")
        put(ws, f"E{low}", "実績", box=True, h="center")
        for row, vals in ((top, targets), (low, actuals)):
            for col, v in zip("FGHI", vals):
                c = put(ws, f"{col}{row}", v, box=True, h="right")
                number(c, v)
        if status is None:
            merge(ws, f"J{top}:J{low}", None, box=True, shade=True)
        else:
            merge(ws, f"J{top}:J{low}", status, box=True, h="center")
        ws.row_dimensions[top].height = 16
        ws.row_dimensions[low].height = 16
        r += 2
    merge(
        ws,
        f"A{group_start['活動指標']}:A{group_start['成果指標'] - 1}",
        "活動指標",
        box=True,
        h="center",
    )
    merge(ws, f"A{group_start['成果指標']}:A{r - 1}", "成果指標", box=True, h="center")
    notes = [
        "※1　No.3は、町内の主な観光施設及びイベントの入込客数の年度合計です。",
        "※2　No.4の6年度目標は、令和6年4月に当初の3,000人から3,200人に上方修正しました。",
        "※3　「達成状況（5年度）」は、5年度の実績と目標を比べたものです。",
    ]
    for note in notes:
        merge(ws, f"A{r}:J{r}", note, size=8)
        r += 1
    r += 1
    put(ws, f"A{r}", "３　評価", size=11, bold=True, wrap=False)
    r += 1
    evaluation = [
        (
            "成果の状況",
            "成果指標3項目のうち2項目で5年度の目標を達成した。岡御殿の入館者数は団体客の回復が遅れている。",
        ),
        (
            "今後の方向性",
            "継続（6年度は製塩体験と岡御殿の見学を組み合わせた周遊プランを旅行会社と造成する）",
        ),
    ]
    r = fields_block(ws, r, evaluation, ("A", "C"), ("D", "J"), 18)
    for rr in range(r - 2, r):
        ws.row_dimensions[rr].height = 30
    page(ws, landscape=False)
    save(wb, HERE / "tano_tenpien_jimujigyo_r5.xlsx")


# ---------------------------------------------------------------- 垂水市 (PDF source, landscape)
def build_tarumizu():
    wb = Workbook()
    ws = wb.active
    ws.title = "主要施策の成果"
    widths = {
        "A": 5,
        "B": 30,
        "C": 6,
        "D": 10,
        "E": 9,
        "F": 9,
        "G": 13,
        "H": 9,
        "I": 9,
        "J": 15,
        "K": 10,
    }
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    merge(
        ws,
        "A1:K1",
        "令和５年度　主要施策の成果に関する説明書（抜粋）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:K2", "令和6年9月　垂水市", h="right")
    fields = [
        ("事業名", "垂水ブランド水産物販路拡大事業"),
        ("所管課", "水産商工観光課　水産係"),
        ("会計区分", "一般会計　6款 農林水産業費　3項 水産業費"),
        ("決算額", "令和5年度　14,630千円（うち県補助金　5,000千円）"),
        ("関連計画", "垂水市まち・ひと・しごと創生推進計画"),
        (
            "事業の内容",
            "本市は大隅半島の北西部に位置し、鹿児島湾（錦江湾）に面する。昭和30年（1955年）に垂水町が新城村・牛根村と合併し、昭和33年（1958年）10月1日に市制を施行した。"
            "面積は162.10km²、人口は13,114人（2024年5月1日推計）。大正3年（1914年）の桜島の大噴火により、桜島と陸続きになった。"
            "海潟漁港を中心に養殖されるカンパチは「海の桜勘」のブランドで出荷され、単一の漁協として全国一の生産量（年間150万～200万尾）を誇り、米国などにも輸出されている。"
            "本事業では、商談会・物産展への出展や海外バイヤーの産地招へいにより、カンパチ・ブリ等の販路拡大を支援する。",
        ),
    ]
    r = fields_block(ws, 4, fields, ("A", "B"), ("C", "K"), 58)
    r += 1
    put(ws, f"A{r}", "１　事業実績", size=11, bold=True, wrap=False)
    r += 1
    for col, text in (
        ("A", "No."),
        ("B", "項目"),
        ("C", "単位"),
        ("D", "R3実績"),
        ("E", "R4実績"),
        ("F", "R5実績"),
    ):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[r].height = 18
    r += 1
    for no, name, unit, *vals in (
        ("ア", "商談会・物産展への出展回数", "回", 6, 9, 12),
        ("イ", "海外バイヤーの産地招へい人数", "人", "―", 4, 7),
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
    put(ws, f"A{r}", "２　成果指標", size=11, bold=True, wrap=False)
    r += 1
    top, low = r, r + 1
    for col, text in (
        ("A", "No."),
        ("B", "成果指標"),
        ("C", "単位"),
        ("D", "基準値（R2）"),
        ("H", "前年度比"),
        ("K", "達成状況（R5）"),
    ):
        merge(ws, f"{col}{top}:{col}{low}", text, bold=True, box=True, shade=True, h="center")
    merge(ws, f"E{top}:G{top}", "実績", bold=True, box=True, shade=True, h="center")
    merge(ws, f"I{top}:J{top}", "目標", bold=True, box=True, shade=True, h="center")
    for col, year in zip("EFGIJ", ("R3", "R4", "R5", "R5", "R7")):
        put(ws, f"{col}{low}", year, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[top].height = 18
    ws.row_dimensions[low].height = 18
    r = low + 1
    rows = [
        (
            "①",
            "垂水市漁協の養殖カンパチ出荷尾数",
            "千尾",
            1520,
            1480,
            1610,
            1752,
            "＋8.8%",
            1700,
            1800,
            "達成",
        ),
        (
            "②",
            "垂水産水産物の輸出額",
            "千円",
            86400,
            98300,
            112500,
            "124,800（見込）",
            "＋10.9%",
            130000,
            160000,
            "未達成",
        ),
        ("③", "新規取引先の数", "社", 4, 5, 6, 5, "△16.7%", 6, "5年間で延べ30社", "未達成"),
    ]
    for no, name, unit, *vals in rows:
        put(ws, f"A{r}", no, box=True, h="center")
        put(ws, f"B{r}", name, box=True)
        put(ws, f"C{r}", unit, box=True, h="center")
        for col, v in zip("DEFGHIJK", vals):
            c = put(ws, f"{col}{r}", v, box=True, h="center" if col == "K" else "right")
            number(c, v)
        ws.row_dimensions[r].height = 30
        r += 1
    notes = [
        "※1　②のR5実績は、令和6年3月分の輸出実績が確定していないため見込値です。",
        "※2　前年度比は、R4実績に対するR5実績の増減率です（△は減少）。",
        "※3　③の目標（R7）は、令和3年度から令和7年度までの5年間の合計です。",
        "※4　イは令和4年度から実施しています。",
    ]
    for note in notes:
        merge(ws, f"A{r}:K{r}", note, size=8)
        r += 1
    r += 1
    put(ws, f"A{r}", "３　成果と今後の方向性", size=11, bold=True, wrap=False)
    r += 1
    merge(
        ws,
        f"A{r}:K{r}",
        "カンパチの出荷尾数は、1989年7月の台風被害から再建した養殖体制のもとで目標を上回った。輸出額は米国・台湾向けが伸びたものの目標に届かず、"
        "新規取引先も5社にとどまった。令和6年度は海外バイヤーの招へいを年2回に増やし、ブリ・カンパチの加工品による販路開拓を進める。",
        box=True,
    )
    ws.row_dimensions[r].height = 44
    page(ws, landscape=True)
    save(wb, SRC / "tarumizu_suisan_shuyo_seika_r5.xlsx")


# ---------------------------------------------------------------- 廿日市市 (HTML)
HATSUKAICHI = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>第2期廿日市市まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の検証結果（令和５年度） - 廿日市市</title>
</head>
<body>
<nav aria-label="現在地"><ol>
<li><a href="/">ホーム</a></li>
<li><a href="/shisei/">市政情報</a></li>
<li><a href="/shisei/keikaku/">計画・施策</a></li>
<li>第2期廿日市市まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の検証結果（令和５年度）</li>
</ol></nav>
<main>
<h1>第2期廿日市市まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の検証結果（令和５年度）</h1>
<p class="update">更新日：2024年10月15日</p>
<p>廿日市市は広島県の西部に位置し、面積は489.48km²です。昭和63年（1988年）4月1日に市制を施行し、平成15年（2003年）3月1日に佐伯町・吉和村を、平成17年（2005年）11月3日に大野町・宮島町を編入しました。</p>
<p>平成8年（1996年）に厳島神社が世界文化遺産に登録された宮島の来島者数は、令和元年に465万7,000人と過去最高を記録し、令和5年には465万2,000人とほぼその水準まで回復しました。令和5年（2023年）10月1日からは、宮島を訪れる人から1人1回100円を徴収する宮島訪問税を導入しています。</p>
<dl>
<dt>計画期間</dt><dd>令和2年度～令和6年度（5年間）</dd>
<dt>検証</dt><dd>廿日市市地方創生推進会議（令和6年8月27日）</dd>
<dt>担当課</dt><dd>経営企画課</dd>
</dl>
<h2>基本目標ごとのKPIの状況</h2>
<p>評価の区分　A：目標値（2024年度）を既に達成　B：目標値に届いていないが基準値より改善　C：基準値より悪化　―：評価の対象外</p>
<h3>基本目標1　世界に誇る宮島を生かし、にぎわいと仕事をつくる</h3>
<table border="1">
<thead>
<tr><th rowspan="2" scope="col">No.</th><th rowspan="2" scope="col">KPI</th><th rowspan="2" scope="col">単位</th><th rowspan="2" scope="col">基準値<br>（2019年度）</th><th colspan="3" scope="colgroup">実績値</th><th rowspan="2" scope="col">目標値<br>（2024年度）</th><th rowspan="2" scope="col">評価</th></tr>
<tr><th scope="col">2021年度</th><th scope="col">2022年度</th><th scope="col">2023年度</th></tr>
</thead>
<tbody>
<tr><td>①</td><th scope="row">宮島来島者数</th><td>万人</td><td>465.7</td><td>226.4</td><td>322.1</td><td>465.2</td><td>470.0</td><td>C</td></tr>
<tr><td>②</td><th scope="row">宮島訪問税の税収額</th><td>円</td><td>―</td><td>―</td><td>―</td><td>1億6,210万</td><td>3億5,000万</td><td>―</td></tr>
<tr><td>③</td><th scope="row">市内の観光消費額</th><td>億円</td><td>412</td><td>205</td><td>318</td><td>436</td><td>450</td><td>B</td></tr>
</tbody>
</table>
<p>※①は暦年（1月～12月）の来島者数です（基準値・目標値も暦年）。</p>
<p>※②の宮島訪問税は令和5年10月1日に導入したため、2023年度は半年分の税収です。</p>
<h3>基本目標2　廿日市市への新しいひとの流れをつくる</h3>
<table border="1">
<thead>
<tr><th rowspan="2" scope="col">No.</th><th rowspan="2" scope="col">KPI</th><th rowspan="2" scope="col">単位</th><th rowspan="2" scope="col">基準値<br>（2019年度）</th><th colspan="3" scope="colgroup">実績値</th><th rowspan="2" scope="col">目標値<br>（2024年度）</th><th rowspan="2" scope="col">評価</th></tr>
<tr><th scope="col">2021年度</th><th scope="col">2022年度</th><th scope="col">2023年度</th></tr>
</thead>
<tbody>
<tr><td>④</td><th scope="row">社会増減数（転入者数－転出者数）</th><td>人</td><td>△126</td><td>85</td><td>△42</td><td>118</td><td>150</td><td>B</td></tr>
<tr><td>⑤</td><th scope="row">中山間地域（佐伯・吉和）への移住者数（累計）</th><td>人</td><td>12</td><td>31</td><td>48</td><td>67</td><td>60</td><td>A</td></tr>
</tbody>
</table>
<p>※△はマイナスを表します。</p>
<h2>検証結果のまとめ</h2>
<p>5つのKPIのうち1つで目標値を既に達成し、3つで基準値より改善しました。宮島来島者数は令和5年に465万2,000人まで回復しましたが、目標の470万人には届いていません。宮島訪問税の税収は、島内の公衆トイレの改修や渋滞対策に充てています。</p>
</main>
<footer><p>廿日市市役所　経営企画課</p></footer>
</body>
</html>
"""


def build_hatsukaichi():
    (HERE / "hatsukaichi_sousei_kpi_kensho_r5.html").write_text(HATSUKAICHI, encoding="utf-8")


# ---------------------------------------------------------------- 吉富町 (CSV, UTF-8 with BOM)
YOSHITOMI_LINES = [
    "タイトル,令和5年度　吉富町総合計画　実施計画事業の指標実績,,,,,,,,",
    "公表日,令和6年11月15日,,,,,,,,",
    "担当課,未来まちづくり課,,,,,,,,",
    '町の概要,"本町は福岡県の最東端に位置し、山国川を挟んで大分県中津市と接する。面積は5.72平方キロメートルで九州一小さな町であり、人口は6,536人（2020年）。昭和17年（1942年）に町制を施行した。八幡古表神社では4年に1度、放生会で傀儡子による細男舞・神相撲が奉納される。",,,,,,,,',
    "注記,活動指標のR6見込は令和6年12月末時点の見込値。,,,,,,,,",
    ",,,,,,,,,",
    "■活動指標,,,,,,,,,",
    "事業名,No.,指標名,単位,R3実績,R4実績,R5実績,R6見込,,",
    "子育て支援センター運営事業,ア,子育て講座の開催回数,回,18,24,26,28,,",
    "豊前海産品ブランド化事業,イ,商談会・物産展への出展回数,回,2,3,5,6,,",
    ",,,,,,,,,",
    "■成果指標,,,,,,,,,",
    "事業名,No.,指標名,単位,基準値（R元）,R5目標,R5実績,達成状況,R7目標,備考",
    '子育て支援センター運営事業,①,子育て支援センターの延べ利用者数,人,"4,820","4,800","4,952",達成,"5,200",',
    '豊前海産品ブランド化事業,②,豊前海一粒かき・のりの販売額,千円,"18,420","17,000","16,260",未達成,"20,000",しけによる出荷減',
    "観光交流推進事業,③,観光入込客数,千人,62.4,55.0,58.3,達成,65.0,",
]


def build_yoshitomi():
    text = "\r\n".join(YOSHITOMI_LINES) + "\r\n"
    (HERE / "yoshitomi_jisshi_shihyo_r5.csv").write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))


def to_pdf():
    for name in ("tarumizu_suisan_shuyo_seika_r5",):
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
    build_tano()
    build_tarumizu()
    build_hatsukaichi()
    build_yoshitomi()
    if "--no-pdf" not in sys.argv:
        to_pdf()


if __name__ == "__main__":
    main()
