"""Build forms552: four KPI documents of 知多市, 伊豆市, 木津川市 and 生駒市.

Writes `chita_soriume_jimujigyo_r5.xlsx` (the workbook is the document), `izu_sousei2_kpi_shinchoku_r5.html`,
`ikoma_chasen_kofukin_kensho_r5.csv` and the XLSX source `source/kizugawa_tono_shuyo_seika_r5.xlsx`, which
LibreOffice turns into `kizugawa_tono_shuyo_seika_r5.pdf`.
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
STRUCK = Border(left=THIN, right=THIN, top=THIN, bottom=THIN, diagonal=THIN, diagonalUp=True)
SHADE = PatternFill("solid", fgColor="D9D9D9")
STAMP = datetime.datetime(2025, 8, 4, 9, 0, 0)
STAMP_TEXT = "2025-08-04T09:00:00Z"


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
    wb.properties.creator = "forms552"
    wb.properties.lastModifiedBy = "forms552"
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
            info = zipfile.ZipInfo(item.filename, date_time=(2025, 8, 4, 9, 0, 0))
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


# ---------------------------------------------------------------- 知多市 (XLSX document, portrait)
def build_chita():
    wb = Workbook()
    ws = wb.active
    ws.title = "事務事業評価"
    widths = {
        "A": 6,
        "B": 4,
        "C": 26,
        "D": 5,
        "E": 7,
        "F": 7,
        "G": 7,
        "H": 7,
        "I": 8,
        "J": 12,
        "K": 8,
    }
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    merge(
        ws,
        "A1:K1",
        "令和６年度　事務事業評価シート（令和５年度実施事業）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:K2", "作成日　令和6年7月30日", h="right")
    put(ws, "A4", "１　事業の概要", size=11, bold=True, wrap=False)
    fields = [
        ("事務事業名", "佐布里池梅林観光振興事業"),
        ("担当課", "商工振興課　観光係"),
        ("関連計画", "第6次知多市総合計画（令和2年度～令和11年度）"),
        ("事業期間", "令和3年度～令和7年度"),
        ("事業費（R5決算）", "8,640千円（うち佐布里池梅まつり実行委員会負担金　5,000千円）"),
        (
            "事業の概要",
            "本市は知多半島の北西部に位置し、西は伊勢湾に面して約15kmの海岸線を持つ。面積は45.90km²で、昭和45年（1970年）9月1日に市制を施行した。"
            "佐布里梅は明治の初めに佐布里の鰐部亀蔵が桃の木に梅を接ぎ木して生み出した品種で、昭和34年（1959年）の伊勢湾台風と佐布里池の建設で梅林の多くが失われたが、"
            "昭和40年代に植え直され、現在は25種類約6,000本を数える県内最大級の梅林となった。2019年には「佐布里梅」が市の天然記念物に指定された。"
            "毎年2月中旬から3月中旬に開く佐布里池梅まつりには毎年約15万人が訪れ、2024年に第33回を迎えた。"
            "本事業では、梅まつりの開催支援、梅林の補植、観梅ボランティアガイドの養成を行う。",
        ),
    ]
    r = fields_block(ws, 5, fields, ("A", "C"), ("D", "K"), 84)
    r += 1
    put(ws, f"A{r}", "２　指標の推移", size=11, bold=True, wrap=False)
    r += 1
    top, low = r, r + 1
    for col, text in (
        ("A", "区分"),
        ("B", "No."),
        ("C", "指標名"),
        ("D", "単位"),
        ("K", "達成状況（R5）"),
    ):
        merge(ws, f"{col}{top}:{col}{low}", text, bold=True, box=True, shade=True, h="center")
    merge(ws, f"E{top}:F{top}", "令和4年度", bold=True, box=True, shade=True, h="center")
    merge(ws, f"G{top}:H{top}", "令和5年度", bold=True, box=True, shade=True, h="center")
    put(ws, f"I{top}", "令和6年度", bold=True, box=True, shade=True, h="center")
    put(ws, f"J{top}", "令和7年度（最終）", bold=True, box=True, shade=True, h="center")
    for col, text in zip("EFGHIJ", ("目標", "実績", "目標", "実績", "目標", "目標")):
        put(ws, f"{col}{low}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[top].height = 26
    ws.row_dimensions[low].height = 16
    r = low + 1
    # (区分, No., name, unit, R4 目標, R4 実績, R5 目標, R5 実績, R6 目標, R7 目標, 達成状況)
    rows = [
        (
            "活動指標",
            1,
            "観梅ボランティアガイド養成講座の受講者数",
            "人",
            20,
            18,
            20,
            24,
            20,
            20,
            None,
        ),
        ("活動指標", 2, "梅林の補植本数", "本", 100, 96, 100, 120, 100, 100, None),
        (
            "成果指標",
            3,
            "佐布里池梅まつり来場者数",
            "千人",
            140,
            "約138",
            150,
            "約152",
            "150～160",
            160,
            "達成",
        ),
        (
            "成果指標",
            4,
            "観梅ボランティアガイドの案内件数",
            "件",
            "STRUCK",
            96,
            120,
            131,
            130,
            150,
            "達成",
        ),
        (
            "成果指標",
            5,
            "梅の館の入館者数",
            "人",
            48000,
            45310,
            52000,
            49870,
            54000,
            56000,
            "未達成",
        ),
    ]
    group_start = {}
    for kind, no, name, unit, *vals, status in rows:
        group_start.setdefault(kind, r)
        put(ws, f"B{r}", no, box=True, h="center")
        put(ws, f"C{r}", name, box=True)
        put(ws, f"D{r}", unit, box=True, h="center")
        for col, v in zip("EFGHIJ", vals):
            if v == "STRUCK":
                c = put(ws, f"{col}{r}", None)
                c.border = STRUCK
                continue
            c = put(ws, f"{col}{r}", v, box=True, h="right")
            number(c, v)
        if status is None:
            put(ws, f"K{r}", None, box=True, shade=True)
        else:
            put(ws, f"K{r}", status, box=True, h="center")
        ws.row_dimensions[r].height = 26
        r += 1
    merge(
        ws,
        f"A{group_start['活動指標']}:A{group_start['成果指標'] - 1}",
        "活動指標",
        box=True,
        h="center",
    )
    merge(ws, f"A{group_start['成果指標']}:A{r - 1}", "成果指標", box=True, h="center")
    notes = [
        "※1　No.3の来場者数は、梅まつり実行委員会が駐車場の利用台数とシャトルバスの乗車人数から算出した概数である。",
        "※2　No.4は令和5年度に追加した指標のため、令和4年度の目標欄は斜線とした（令和4年度の実績は参考として集計した値）。",
        "※3　No.5は暦年（1月～12月）の入館者数であり、目標も暦年で設定している。",
    ]
    for note in notes:
        merge(ws, f"A{r}:K{r}", note, size=8)
        ws.row_dimensions[r].height = 14
        r += 1
    r += 1
    put(ws, f"A{r}", "３　評価", size=11, bold=True, wrap=False)
    r += 1
    evaluation = [
        ("評価", "Ｂ　概ね順調"),
        (
            "評価の理由",
            "梅まつりの来場者数は目標を上回り、ガイドの案内件数も増えたが、梅の館の入館者数は夏季の落ち込みが大きく目標に届かなかった。",
        ),
        ("今後の方向性", "継続（梅の館の通年利用の促進を図る）"),
    ]
    r = fields_block(ws, r, evaluation, ("A", "C"), ("D", "K"), 18)
    ws.row_dimensions[r - 2].height = 30
    page(ws, landscape=False)
    save(wb, HERE / "chita_soriume_jimujigyo_r5.xlsx")


# ---------------------------------------------------------------- 木津川市 (PDF source, portrait)
def build_kizugawa():
    wb = Workbook()
    ws = wb.active
    ws.title = "主要施策の成果"
    widths = {"A": 9, "B": 9, "C": 19, "D": 19, "E": 19, "F": 10, "G": 10}
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    merge(
        ws,
        "A1:G1",
        "令和５年度　主要施策の成果に関する説明書（抜粋）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:G2", "令和6年9月　木津川市", h="right")
    fields = [
        ("事業名", "当尾の里・恭仁宮跡歴史観光推進事業"),
        ("所管課", "観光商工課"),
        ("会計区分", "一般会計　7款 商工費　1項 商工費"),
        ("決算額", "令和5年度　16,280千円（うち府補助金　6,000千円）"),
        ("関連計画", "木津川市観光振興計画（第2期）"),
        (
            "事業の内容",
            "本市は京都府の最南端に位置し、平成19年（2007年）3月12日に相楽郡の木津町・山城町・加茂町の3町が合併して誕生した。"
            "面積は85.13km²、人口は78,670人（2024年5月1日推計）で、京都市・大阪市の中心部からともに約30～40km、奈良市の中心部から約8kmの距離にある。"
            "天平12年（740年）に恭仁京が置かれた地であり、九体の阿弥陀如来を安置する浄瑠璃寺や岩船寺、当尾の石仏など多くの文化財を有する。"
            "本事業では、当尾地区の散策路の案内整備、恭仁宮跡と当尾の石仏めぐりの見学ガイド、観光パンフレットの作成を行った。",
        ),
    ]
    r = fields_block(ws, 4, fields, ("A", "B"), ("C", "G"), 84)
    r += 1
    put(ws, f"A{r}", "（１）事業の実績", size=11, bold=True, wrap=False)
    r += 1
    merge(ws, f"B{r}:D{r}", "項目", bold=True, box=True, shade=True, h="center")
    for col, text in (("A", "No."), ("E", "単位"), ("F", "R4実績"), ("G", "R5実績")):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[r].height = 18
    r += 1
    for no, name, unit, *vals in (
        ("ア", "観光パンフレットの作成部数", "千部", 20, 30),
        ("イ", "当尾地区の散策路案内板の設置数", "基", 6, 5),
    ):
        put(ws, f"A{r}", no, box=True, h="center")
        merge(ws, f"B{r}:D{r}", name, box=True)
        put(ws, f"E{r}", unit, box=True, h="center")
        for col, v in zip("FG", vals):
            c = put(ws, f"{col}{r}", v, box=True, h="right")
            number(c, v)
        ws.row_dimensions[r].height = 18
        r += 1
    r += 1
    put(ws, f"A{r}", "（２）成果指標", size=11, bold=True, wrap=False)
    r += 1
    merge(ws, f"A{r}:B{r}", "区分", bold=True, box=True, shade=True, h="center")
    for col, text in (
        ("C", "①観光入込客数（千人）"),
        ("D", "②当尾の石仏めぐりガイドの参加者数（人）"),
        ("E", "③恭仁宮跡の見学ガイド参加者数（人）"),
    ):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=True, h="center")
    merge(ws, f"F{r}:G{r}", "備考", bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[r].height = 44
    r += 1
    grid = [
        ("基準値（R元）", 1126.4, 842, 1210, ""),
        ("R3実績", 812.6, "中止", 386, "※2"),
        ("R4実績", 985.2, 615, 902, "※1"),
        ("R5目標", 1150.0, 900, 1300, ""),
        ("R5実績", 1168.9, 928, 1254, ""),
        ("R7目標", 1250.0, 1000, 1500, "計画の最終年度"),
        ("達成状況（R5）", "達成", "達成", "未達成", ""),
    ]
    for label, *vals, remark in grid:
        merge(ws, f"A{r}:B{r}", label, bold=True, box=True, shade=True, h="center")
        for col, v in zip("CDE", vals):
            c = put(ws, f"{col}{r}", v, box=True, h="center" if isinstance(v, str) else "right")
            number(c, v)
        merge(ws, f"F{r}:G{r}", remark, box=True, size=8)
        ws.row_dimensions[r].height = 18
        r += 1
    notes = [
        "※1　①のR4実績は、令和4年度の説明書で962.7千人としていたが、集計漏れがあったため訂正した。",
        "※2　②のR3は新型コロナウイルス感染症の影響によりガイドを中止した。",
    ]
    for note in notes:
        merge(ws, f"A{r}:G{r}", note, size=8)
        r += 1
    r += 1
    put(ws, f"A{r}", "（３）成果と今後の方向性", size=11, bold=True, wrap=False)
    r += 1
    merge(
        ws,
        f"A{r}:G{r}",
        "観光入込客数はコロナ禍前の水準を回復し、当尾の石仏めぐりガイドも目標を上回った。恭仁宮跡の見学ガイドは平日の参加が伸びず目標に届かなかったため、"
        "令和6年度は学校の校外学習と連携した受入れを進める。",
        box=True,
    )
    ws.row_dimensions[r].height = 44
    page(ws, landscape=False)
    save(wb, SRC / "kizugawa_tono_shuyo_seika_r5.xlsx")


# ---------------------------------------------------------------- 伊豆市 (HTML)
IZU = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>第2期伊豆市まち・ひと・しごと創生総合戦略　KPIの進捗状況（令和５年度実績） - 伊豆市</title>
</head>
<body>
<nav aria-label="現在地"><ol>
<li><a href="/">ホーム</a></li>
<li><a href="/shisei/">市政情報</a></li>
<li><a href="/shisei/keikaku/">総合計画・総合戦略</a></li>
<li>第2期伊豆市まち・ひと・しごと創生総合戦略　KPIの進捗状況（令和５年度実績）</li>
</ol></nav>
<main>
<h1>第2期伊豆市まち・ひと・しごと創生総合戦略　KPIの進捗状況（令和５年度実績）</h1>
<p class="update">更新日：2024年12月10日　担当：企画財政課 総合戦略スタッフ</p>
<p>伊豆市は、平成16年（2004年）4月1日に田方郡の修善寺町・土肥町・天城湯ケ島町・中伊豆町の4町が合併して誕生しました。面積は363.97km²で、市域の67%を山林が占め、可住地面積は17.3%にとどまります。人口は26,189人（2024年11月1日推計）です。</p>
<p>修善寺・土肥・湯ヶ島などの温泉地や、天城山系の清流を生かしたわさび栽培（市の花はワサビです）が本市の資源です。平成26年（2014年）2月には伊豆縦貫道・東駿河湾環状道路が開通し、東名沼津ICから本市まで約30分で来られるようになりました。</p>
<dl>
<dt>計画の名称</dt><dd>第2期伊豆市まち・ひと・しごと創生総合戦略</dd>
<dt>計画期間</dt><dd>令和2年度～令和6年度（5年間）</dd>
<dt>検証</dt><dd>伊豆市まち・ひと・しごと創生総合戦略検討会議（令和6年11月19日）</dd>
<dt>担当課</dt><dd>企画財政課　総合戦略スタッフ</dd>
</dl>
<h2>基本目標ごとのKPIの進捗</h2>
<p>基準値は計画策定時に把握していた直近の値で、その年度（年）を値の後ろの括弧内に示しています。</p>
<p>進捗の区分　◎：順調　○：概ね順調　△：遅れ<br>
進捗は、基準値から目標値（2024年度）までの進み具合を担当課が判断したもので、目標の達成・未達成を示すものではありません。</p>
<h3>基本目標1　地域の特性を活かして「しごと」を生み出すまち</h3>
<table border="1">
<thead>
<tr><th rowspan="2" scope="col">No.</th><th rowspan="2" scope="col">重要業績評価指標（KPI）</th><th rowspan="2" scope="col">基準値</th><th colspan="3" scope="colgroup">実績値</th><th rowspan="2" scope="col">目標値<br>（2024年度）</th><th rowspan="2" scope="col">進捗</th></tr>
<tr><th scope="col">2021年度</th><th scope="col">2022年度</th><th scope="col">2023年度</th></tr>
</thead>
<tbody>
<tr><td>①</td><th scope="row">市内宿泊客数</th><td>62.4（2019年）</td><td>41.8</td><td>55.1</td><td>63.9</td><td>70.0</td><td>○</td></tr>
<tr><td>②</td><th scope="row">中心市街地での新規創業者数</th><td>0件（2019年度）</td><td>累計3件</td><td>累計7件</td><td>累計12件</td><td>累計20件</td><td>○</td></tr>
<tr><td>③</td><th scope="row">わさび（沢わさび）の出荷額（百万円）</th><td>512（2018年度）</td><td>478</td><td>495</td><td>503</td><td>560</td><td>△</td></tr>
</tbody>
</table>
<p>※①は暦年（1月～12月）の値で、単位は万人です（基準値・目標値も同じ）。</p>
<h3>基本目標2　すべての世代がいきいきと暮らし続けられるまち</h3>
<table border="1">
<thead>
<tr><th rowspan="2" scope="col">No.</th><th rowspan="2" scope="col">重要業績評価指標（KPI）</th><th rowspan="2" scope="col">基準値</th><th colspan="3" scope="colgroup">実績値</th><th rowspan="2" scope="col">目標値<br>（2024年度）</th><th rowspan="2" scope="col">進捗</th></tr>
<tr><th scope="col">2021年度</th><th scope="col">2022年度</th><th scope="col">2023年度</th></tr>
</thead>
<tbody>
<tr><td>④</td><th scope="row">社会増減数（転入者数－転出者数）</th><td>△212人（2019年度）</td><td>△143人</td><td>△96人</td><td>△121人</td><td>△100人</td><td>○</td></tr>
<tr><td>⑤</td><th scope="row">移住相談窓口を通じた移住者数</th><td>18人（2019年度）</td><td>24人</td><td>31人</td><td>29人</td><td>5年間で延べ150人</td><td>◎</td></tr>
</tbody>
</table>
<p>※社会増減数の△はマイナス（転出超過）を表します。</p>
<p>※⑤の目標値は、令和2年度から令和6年度までの5年間の合計です。</p>
<h2>今後の取組</h2>
<p>5つのKPIのうち4つが順調又は概ね順調に推移しています。わさびの出荷額は、担い手の高齢化と夏場の高水温の影響で伸び悩んでおり、令和6年度は新規就農者の受入れとわさび田の復旧を支援します。</p>
</main>
<footer><p>伊豆市役所　企画財政課　総合戦略スタッフ</p></footer>
</body>
</html>
"""


def build_izu():
    (HERE / "izu_sousei2_kpi_shinchoku_r5.html").write_text(IZU, encoding="utf-8")


# ---------------------------------------------------------------- 生駒市 (CSV, Shift_JIS)
IKOMA_LINES = [
    "タイトル,令和5年度　地方創生推進交付金事業の効果検証（重要業績評価指標の実績）,,,,,,,,,",
    "公表日,令和6年8月30日,,,,,,,,,",
    "交付対象事業の名称,「茶筌の里・高山」竹のまちブランド発信事業,,,,,,,,,",
    "地域再生計画の名称,生駒市高山地区竹産業ブランド化推進計画,,,,,,,,,",
    "事業実施期間,令和3年度～令和5年度（3か年）,,,,,,,,,",
    "担当課,地域活力創生部　商工観光ビジネス課,,,,,,,,,",
    '市の概要,"本市は奈良県の北西端に位置し、生駒山地を挟んで大阪府と接する。面積は53.15平方キロメートル、人口は117,259人（2023年9月1日推計）で、昭和46年（1971年）11月1日に市制を施行した。北部の高山地区は室町時代中期から500年以上続く茶筌の里で、高山茶筌は昭和50年（1975年）に国の伝統的工芸品に指定され、国内生産の9割以上を占める。",,,,,,,,,',
    '注記,"※を付した値は令和6年2月末時点の見込値。③の令和3年度は新型コロナウイルス感染症の影響により体験会を中止した。",,,,,,,,,',
    ",,,,,,,,,,",
    "■重要業績評価指標（KPI）の目標と実績,,,,,,,,,,",
    "No.,重要業績評価指標（KPI）,単位,事業開始前,1年目（令和3年度）,,2年目（令和4年度）,,3年目（令和5年度）,,達成状況",
    ",,,（令和3年3月末）,目標,実績,目標,実績,目標,実績,（3年目）",
    "①,高山竹林園の来園者数,千人,18.6,20.0,19.2,22.0,23.5,24.0,25.1,達成",
    '②,茶筌・竹製品のオンライン販売額,千円,"4,200","6,000","5,480","8,000","8,920","10,000","10,650※",達成',
    "③,茶筌づくり体験の参加者数,人,―,150,中止,300,286,400,412,達成",
    "④,茶筌師・竹製品職人の新規就業者数（累計）,人,0,1,1,3,3,6,5,未達成",
]


def build_ikoma():
    text = "\r\n".join(IKOMA_LINES) + "\r\n"
    (HERE / "ikoma_chasen_kofukin_kensho_r5.csv").write_bytes(text.encode("cp932"))


def to_pdf():
    for name in ("kizugawa_tono_shuyo_seika_r5",):
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
    build_chita()
    build_kizugawa()
    build_izu()
    build_ikoma()
    if "--no-pdf" not in sys.argv:
        to_pdf()


if __name__ == "__main__":
    main()
