"""Build forms548: four KPI documents of 相生市, 貝塚市, 春日井市 and 亀岡市.

Writes `aioi_peron_jimujigyo_r6.xlsx` (the workbook is the document), `kasugai_shonomachi_shuyo_seika_r5.html`,
`kameoka_hozugawa_kofukin_kensho_r6.csv` (UTF-8 with BOM) and the XLSX source
`source/kaizuka_sousei2_kpi_shinchoku_r5.xlsx`, which LibreOffice turns into `kaizuka_sousei2_kpi_shinchoku_r5.pdf`.
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
    wb.properties.creator = "forms548"
    wb.properties.lastModifiedBy = "forms548"
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
        ws.row_dimensions[r].height = tall if key in ("事業の概要", "市の概要") else 18
        r += 1
    return r


# ---------------------------------------------------------------- 相生市 (XLSX document, portrait)
AIOI_ROWS = [
    # (区分, No., 指標名, 単位, 基準値（R元）, 目標 R4 R5 R6 R8, 実績 R4 R5 R6)
    ("活動指標", 1, "ペーロン体験乗船会の開催回数", "回", 6, (8, 10, 12, 15), (5, 11, 12)),
    ("活動指標", 2, "観光PRイベント・商談会への出展回数", "回", 4, (6, 6, 8, 10), (3, 7, 9)),
    (
        "成果指標",
        3,
        "相生ペーロン祭の来場者数",
        "千人",
        120.0,
        (60.0, 120.0, 130.0, 140.0),
        (38.5, 130.0, 126.4),
    ),
    ("成果指標", 4, "ペーロン競漕の参加チーム数", "チーム", 98, (60, 90, 100, 110), (52, 88, 101)),
    (
        "成果指標",
        5,
        "観光入込客数（市全体）",
        "千人",
        1084.6,
        (900.0, 1000.0, 1100.0, 1150.0),
        (812.7, 1021.5, "集計中"),
    ),
]


def build_aioi():
    wb = Workbook()
    ws = wb.active
    ws.title = "事務事業評価"
    widths = {"A": 7, "B": 5, "C": 28, "D": 6, "E": 10, "F": 6, "G": 9, "H": 9, "I": 9, "J": 10}
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    merge(
        ws,
        "A1:J1",
        "令和７年度　事務事業評価シート（令和６年度実施事業）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:J2", "作成日　令和7年7月22日", h="right")
    put(ws, "A4", "１　事業の概要", size=11, bold=True, wrap=False)
    fields = [
        ("事務事業名", "相生ペーロン祭・海のまち観光交流推進事業"),
        ("担当課", "産業振興課　商工観光係"),
        ("関連計画", "第6次相生市総合計画"),
        ("事業期間", "令和4年度～令和8年度"),
        ("事業費（R6決算）", "9,860千円（うちペーロン祭協賛会負担金　6,000千円）"),
        (
            "事業の概要",
            "本市は兵庫県の南西部に位置し、市域は東西7.98km、南北19.56km、総面積は90.40km²、人口は28,208人（2022年5月31日推計）。"
            "ペーロンは、1922年（大正11年）に播磨造船所の長崎県出身の従業員が社内行事として紹介したのが始まりとされ、"
            "1963年（昭和38年）から「相生ペーロン祭」として毎年5月の最終日曜日に相生湾で開催している（前日の前夜祭では約5,000発の海上花火大会）。"
            "2020年・2021年は中止、2022年は競漕のみの開催となったが、2023年は4年ぶりに花火大会が復活し、延べ13万人が訪れた。"
            "本事業では、祭の運営支援に加え、1997年（平成9年）に開業した「白龍城（ペーロンじょう）」を拠点とする体験乗船会や観光PRを行う。",
        ),
    ]
    r = fields_block(ws, 5, fields, ("A", "C"), ("D", "J"), 96)
    r += 1
    put(ws, f"A{r}", "２　指標の推移", size=11, bold=True, wrap=False)
    r += 1
    for col, text in zip(
        "ABCDEFGHIJ",
        ("区分", "No.", "指標名", "単位", "基準値（R元）", "", "R4", "R5", "R6", "R8（最終）"),
    ):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[r].height = 20
    r += 1
    first = {}
    for kubun, no, name, unit, base, targets, actuals in AIOI_ROWS:
        top, low = r, r + 1
        first.setdefault(kubun, top)
        for col, v in (("B", no), ("C", name), ("D", unit), ("E", base)):
            merge(
                ws,
                f"{col}{top}:{col}{low}",
                v,
                box=True,
                h="left" if col == "C" else ("right" if col == "E" else "center"),
            )
            number(ws[f"{col}{top}"], v)
        put(ws, f"F{top}", "目標", box=True, h="center")
        put(ws, f"F{low}", "実績", box=True, h="center")
        for col, v in zip("GHIJ", targets):
            c = put(ws, f"{col}{top}", v, box=True, h="right")
            number(c, v)
        for col, v in zip("GHI", actuals):
            c = put(ws, f"{col}{low}", v, box=True, h="center" if isinstance(v, str) else "right")
            number(c, v)
        put(ws, f"J{low}", None, box=True, shade=True)
        ws.row_dimensions[top].height = 17
        ws.row_dimensions[low].height = 17
        r += 2
        kubun_end = low
        if kubun != "成果指標" and no == 2:
            merge(ws, f"A{first[kubun]}:A{kubun_end}", kubun, box=True, h="center")
    merge(ws, f"A{first['成果指標']}:A{r - 1}", "成果指標", box=True, h="center")
    notes = [
        "※1　No.3の基準値は令和元年（第57回）の来場者数です。No.3及びNo.5の単位「千人」は、千人単位の数値を示します。",
        "※2　No.5は兵庫県観光客動態調査によるもので、R6の実績は令和7年11月に公表される予定のため「集計中」としています。",
        "※3　R8（最終）は事業期間の最終年度の目標です。",
    ]
    for note in notes:
        merge(ws, f"A{r}:J{r}", note, size=8)
        ws.row_dimensions[r].height = 24
        r += 1
    r += 1
    put(ws, f"A{r}", "３　評価", size=11, bold=True, wrap=False)
    r += 1
    evaluation = [
        ("総合評価", "B（おおむね順調）"),
        (
            "今後の方向性",
            "継続（令和7年度は有料観覧席の拡充とあわせ、白龍城での体験乗船会を月1回に増やす）",
        ),
    ]
    r = fields_block(ws, r, evaluation, ("A", "C"), ("D", "J"), 18)
    page(ws, landscape=False)
    save(wb, HERE / "aioi_peron_jimujigyo_r6.xlsx")


# ---------------------------------------------------------------- 貝塚市 (PDF source, landscape)
KAIZUKA_ROWS = [
    # (区分, No., 指標, 基準値, R3, R4, R5, 目標値（R6）, 評価)
    ("数値目標", "", "社会増減数", "△312（H30）", "△205", "△168", "△121", "△100", "○"),
    ("KPI", "①", "水間鉄道の年間乗降客数", "412,600（R元）", 298400, 331900, 365200, 420000, "△"),
    ("KPI", "②", "二色の浜海水浴場の入場者数", "48,350（R元）", "中止", 31820, 52140, 50000, "◎"),
    ("KPI", "③", "創業支援事業による創業件数", "18（H30）", 21, 24, 19, 25, "○"),
    ("KPI", "④", "転入者に占める子育て世帯の割合", "27.4（R元）", 28.1, 29.6, 31.2, 30.0, "◎"),
]


def build_kaizuka():
    wb = Workbook()
    ws = wb.active
    ws.title = "KPI進捗"
    widths = {"A": 9, "B": 5, "C": 34, "D": 15, "E": 11, "F": 11, "G": 11, "H": 12, "I": 7}
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    merge(
        ws,
        "A1:I1",
        "第2期貝塚市まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の進捗状況（令和５年度）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:I2", "令和6年10月　貝塚市", h="right")
    fields = [
        ("計画の名称", "第2期貝塚市まち・ひと・しごと創生総合戦略"),
        ("計画期間", "令和2年度～令和6年度（5年間）"),
        ("担当課", "都市政策部　政策推進課"),
        (
            "市の概要",
            "本市は大阪府の南部、泉南地域に位置し、北西は大阪湾に面する。面積は43.93km²、人口は83,995人（2022年1月1日推計）。"
            "1943年（昭和18年）に府内10番目の市として市制を施行した。貝塚駅と水間観音駅の間5.5kmを10駅で結ぶ水間鉄道は、水間寺（水間観音）への参詣鉄道として開業し、"
            "木造の水間観音駅舎は1998年（平成10年）に国の登録有形文化財となった。1964年の東京オリンピックで金メダルを獲得した「東洋の魔女」日紡貝塚の本拠地であったことから、"
            "「バレーボールのまち」を掲げている。",
        ),
    ]
    r = fields_block(ws, 4, fields, ("A", "B"), ("C", "I"), 68)
    r += 1
    put(
        ws, f"A{r}", "■基本目標２　貝塚への新しいひとの流れをつくる", size=11, bold=True, wrap=False
    )
    merge(ws, f"G{r}:I{r}", "（単位：人）", h="right")
    r += 1
    top, low = r, r + 1
    for col, text in (("A", "区分"), ("B", "No."), ("C", "指標"), ("D", "基準値")):
        merge(ws, f"{col}{top}:{col}{low}", text, bold=True, box=True, shade=True, h="center")
    merge(ws, f"E{top}:G{top}", "実績値", bold=True, box=True, shade=True, h="center")
    for col, year in zip("EFG", ("R3", "R4", "R5")):
        put(ws, f"{col}{low}", year, bold=True, box=True, shade=True, h="center")
    merge(ws, f"H{top}:H{low}", "目標値（R6）", bold=True, box=True, shade=True, h="center")
    merge(ws, f"I{top}:I{low}", "評価", bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[top].height = 16
    ws.row_dimensions[low].height = 16
    r = low + 1
    kpi_first = None
    for kubun, no, name, *vals in KAIZUKA_ROWS:
        if kubun == "数値目標":
            put(ws, f"A{r}", kubun, box=True, h="center")
        elif kpi_first is None:
            kpi_first = r
        put(ws, f"B{r}", no, box=True, h="center")
        put(ws, f"C{r}", name, box=True)
        for col, v in zip("DEFGHI", vals):
            c = put(
                ws, f"{col}{r}", v, box=True, h="center" if col == "I" or v == "中止" else "right"
            )
            number(c, v)
        ws.row_dimensions[r].height = 24
        r += 1
    merge(ws, f"A{kpi_first}:A{r - 1}", "KPI", box=True, h="center")
    notes = [
        "※1　単位は表の右上に示す「人」のほか、No.③は「件」、No.④は「％」です。",
        "※2　基準値の（　）内は、その値の年度です。△はマイナス（転出超過）を表します。",
        "※3　No.②のR3は、新型コロナウイルス感染症の影響により海水浴場を開設しなかったため「中止」としています。",
        "評価　◎：目標値を達成　○：目標値は未達成だが基準値より改善　△：基準値より悪化",
    ]
    for note in notes:
        merge(ws, f"A{r}:I{r}", note, size=8)
        r += 1
    page(ws, landscape=True)
    save(wb, SRC / "kaizuka_sousei2_kpi_shinchoku_r5.xlsx")


# ---------------------------------------------------------------- 春日井市 (HTML)
KASUGAI = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>令和５年度　主要な施策の成果に関する報告書（抜粋）「書のまち春日井」推進事業 - 春日井市</title>
</head>
<body>
<nav aria-label="現在地"><ol>
<li><a href="/">ホーム</a></li>
<li><a href="/shisei/">市政情報</a></li>
<li><a href="/shisei/zaisei/">財政</a></li>
<li>令和５年度　主要な施策の成果に関する報告書（抜粋）</li>
</ol></nav>
<main>
<h1>令和５年度　主要な施策の成果に関する報告書（抜粋）</h1>
<p class="update">更新日：2024年9月20日　担当：文化・生涯学習課</p>
<p>春日井市は名古屋市の北東に隣接し、面積は92.78km²、人口は約31万人です。平安時代の三跡の一人、小野道風（894～966）が生まれたと古くから言い伝えられ、「書のまち春日井」をキャッチフレーズに書道文化の振興に取り組んでいます。</p>
<p>昭和56年（1981年）に松河戸町に開館した道風記念館は、全国的にも珍しい書の専門美術館で、平安時代の古筆から現代の書家の作品まで約2,700点を収蔵しています。市立小学校では全学年で書道の授業を行い、秋の春日井まつりでは「道風平安朝行列」が行われます。</p>
<dl>
<dt>事業名</dt><dd>「書のまち春日井」推進事業</dd>
<dt>所管課</dt><dd>文化・生涯学習課</dd>
<dt>会計区分</dt><dd>一般会計　10款 教育費　5項 社会教育費</dd>
<dt>決算額</dt><dd>令和5年度　38,420千円（うち道風展開催経費　9,600千円）</dd>
<dt>関連計画</dt><dd>第六次春日井市総合計画</dd>
</dl>
<h2>（１）事業の実績</h2>
<table border="1">
<thead>
<tr><th scope="col">No.</th><th scope="col">項目</th><th scope="col">単位</th><th scope="col">令和3年度</th><th scope="col">令和4年度</th><th scope="col">令和5年度</th></tr>
</thead>
<tbody>
<tr><td>ア</td><td>道風記念館の企画展・特別展の開催数</td><td>回</td><td>６</td><td>７</td><td>７</td></tr>
<tr><td>イ</td><td>書道体験イベントの参加者数</td><td>人</td><td>延べ１，２４０</td><td>延べ２，０８６</td><td>延べ２，９１２</td></tr>
</tbody>
</table>
<h2>（２）成果指標</h2>
<table border="1">
<thead>
<tr><th rowspan="2" scope="col">No.</th><th rowspan="2" scope="col">成果指標</th><th rowspan="2" scope="col">単位</th><th rowspan="2" scope="col">基準値<br>（令和元年度）</th><th scope="col">令和4年度</th><th colspan="2" scope="colgroup">令和5年度</th><th rowspan="2" scope="col">達成状況</th><th rowspan="2" scope="col">目標値<br>（令和7年度）</th></tr>
<tr><th scope="col">実績値</th><th scope="col">目標値</th><th scope="col">実績値</th></tr>
</thead>
<tbody>
<tr><td>①</td><td>道風記念館の入館者数</td><td>人</td><td>１２，６８０</td><td>９，８４２</td><td>１３，０００</td><td>１３，４１５</td><td>達成</td><td>１５，０００</td></tr>
<tr><td>②</td><td>道風展（全国公募書道展）の応募点数</td><td>点</td><td>２，９５０</td><td>２，４１８</td><td>２，８００</td><td>２，６３７</td><td>未達成</td><td>３，０００</td></tr>
<tr><td>③</td><td>書道に親しんでいる市民の割合</td><td>％</td><td>３８．６</td><td>４１．２</td><td>４２．０</td><td>※</td><td>―</td><td>４５～５０</td></tr>
</tbody>
</table>
<p>※　成果指標③は隔年で実施する市民意識調査により把握しています。令和5年度は調査を実施していないため、実績値はありません（次回は令和6年度に実施）。</p>
<p>※　成果指標③の目標値（令和7年度）は、45％から50％の範囲を目標としています。</p>
<h2>（３）成果と今後の方向性</h2>
<p>道風記念館では令和5年度に7回の企画展・特別展を開催し、入館者数は新型コロナウイルス感染症の影響を受ける前の水準を上回りました。道風展の応募点数は目標に届かなかったため、令和6年度からはオンラインでの応募受付を始め、若い世代や市外からの応募の拡大を図ります。</p>
</main>
<footer><p>春日井市役所　文化・生涯学習課</p></footer>
</body>
</html>
"""


def build_kasugai():
    (HERE / "kasugai_shonomachi_shuyo_seika_r5.html").write_text(KASUGAI, encoding="utf-8")


# ---------------------------------------------------------------- 亀岡市 (CSV, UTF-8 with BOM)
KAMEOKA_LINES = [
    "タイトル,デジタル田園都市国家構想交付金（地方創生推進タイプ）効果検証シート（2024年度）,,,,,,,,,",
    "公表日,2024年11月15日,,,,,,,,,",
    "交付対象事業の名称,「保津川」の恵みを活かしたエコツーリズム推進事業,,,,,,,,,",
    "地域再生計画の名称,亀岡市まち・ひと・しごと創生推進計画,,,,,,,,,",
    "事業実施期間,2022年度～2024年度（3か年）,,,,,,,,,",
    "担当課,環境先進都市推進部　観光戦略課,,,,,,,,,",
    '市の概要,"本市は京都府の中西部に位置し、京都市の西に隣接する。面積は224.80平方キロメートル、人口は87,518人（2022年1月1日）。保津川下りの出発地として知られ、2018年12月13日には市と市議会が「かめおかプラスチックごみゼロ宣言」を行い、2030年までに使い捨てプラスチックごみゼロのまちを目指している。2021年1月1日には全国で初めてプラスチック製レジ袋の提供を禁止する条例を施行した。2020年にはJR亀岡駅北側に約21,600席の「サンガスタジアム by KYOCERA」が開業した。",,,,,,,,,',
    '注記,"2024年度の実績は2024年9月末時点の数値をもとにした見込値。KPI①の単位「千人」は千人単位の数値。KPI④の目標は3か年の累計で設定。",,,,,,,,,',
    ",,,,,,,,,,",
    "No.,重要業績評価指標（KPI）,単位,事業開始前（2022年3月末）,2022年度目標,2022年度実績,2023年度目標,2023年度実績,2024年度目標,2024年度実績見込,備考",
    "①,保津川下りの乗船者数,千人,112.4,150.0,168.3,200.0,241.5,250.0,262.0,運航事業者の集計による",
    '②,エコツアー・環境学習プログラムの参加者数,人,320,500,486,800,812,"1,000","1,054",',
    "③,エコバッグ持参率（市内協定店舗）,％,96.5,97.0,97.4,98.0,97.9,98.5,98.1,協定締結店舗（2024年3月末現在42店舗）での聞き取り",
    '④,保津川河川清掃活動への参加者数,人,"1,240",,"1,386",,"1,512","3か年で延べ4,500人に拡大","1,650",',
]


def build_kameoka():
    text = "\r\n".join(KAMEOKA_LINES) + "\r\n"
    (HERE / "kameoka_hozugawa_kofukin_kensho_r6.csv").write_bytes(text.encode("utf-8-sig"))


def to_pdf():
    for name in ("kaizuka_sousei2_kpi_shinchoku_r5",):
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
    build_aioi()
    build_kaizuka()
    build_kasugai()
    build_kameoka()
    if "--no-pdf" not in sys.argv:
        to_pdf()


if __name__ == "__main__":
    main()
