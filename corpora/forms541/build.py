"""Build forms541: four KPI documents of 東洋町, 東広島市, あさぎり町 and 中種子町.

Writes `toyo_ikumi_jimujigyo_r6.xlsx` (the workbook is the document), `higashihiroshima_kanko_senryaku_shinchoku_r5.html`,
`nakatane_sousei2_kpi_r5.csv` and the XLSX source `source/asagiri_kofukin_kensho_r5.xlsx`, which LibreOffice turns
into `asagiri_kofukin_kensho_r5.pdf`.
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
STAMP = datetime.datetime(2025, 7, 18, 9, 0, 0)
STAMP_TEXT = "2025-07-18T09:00:00Z"


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
    wb.properties.creator = "forms541"
    wb.properties.lastModifiedBy = "forms541"
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
            info = zipfile.ZipInfo(item.filename, date_time=(2025, 7, 18, 9, 0, 0))
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


def number(cell, v):
    if isinstance(v, float):
        cell.number_format = "#,##0.0"
    elif isinstance(v, int):
        cell.number_format = "#,##0"


# ---------------------------------------------------------------- 東洋町 (XLSX document)
def build_toyo():
    wb = Workbook()
    ws = wb.active
    ws.title = "事務事業評価"
    widths = [9, 4, 30, 6, 9, 8, 8, 8, 8, 8, 8, 10, 9]
    cols = "ABCDEFGHIJKLM"
    for col, w in zip(cols, widths):
        ws.column_dimensions[col].width = w
    merge(
        ws,
        "A1:M1",
        "令和７年度　事務事業評価シート（令和６年度実施事業）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:M2", "作成日　令和7年7月18日", h="right")
    put(ws, "A4", "１　事業の概要", size=11, bold=True, wrap=False)
    fields = [
        ("事務事業名", "生見・白浜海岸交流拠点活性化事業"),
        ("担当課", "産業振興課　商工観光係"),
        ("関連計画", "第2期東洋町まち・ひと・しごと創生総合戦略（令和2年度～令和6年度）"),
        ("事業期間", "令和4年度～令和8年度"),
        (
            "事業の概要",
            "本町は昭和34年（1959年）に甲浦町と野根町が合併して誕生した、高知県の最東端に位置する町である。面積は74.02km²、"
            "人口は1,895人（2025年5月1日推計）。室戸阿南海岸国定公園のほぼ中央にあり、海岸線が500m以上続く生見サーフィンビーチには"
            "年間約10万人のサーファーが訪れる。本事業では、白浜海岸の「海の駅東洋町」を拠点に、サーフィン客の町内周遊と"
            "特産のポンカン等の販売促進を図る。",
        ),
    ]
    r = 5
    for key, val in fields:
        merge(ws, f"A{r}:C{r}", key, bold=True, box=True, shade=True)
        merge(ws, f"D{r}:M{r}", val, box=True)
        ws.row_dimensions[r].height = 58 if key == "事業の概要" else 18
        r += 1
    r += 1
    put(ws, f"A{r}", "２　事業費の推移（単位：千円）", size=11, bold=True, wrap=False)
    r += 1
    merge(ws, f"A{r}:C{r}", "区分", bold=True, box=True, shade=True, h="center")
    for (a, b), text in zip((("D", "E"), ("F", "G"), ("H", "I")), ("R5決算", "R6決算", "R7予算")):
        merge(ws, f"{a}{r}:{b}{r}", text, bold=True, box=True, shade=True, h="center")
    r += 1
    money = [
        ("事業費", 8450, 9120, 9870),
        ("うち国・県支出金", 4200, 4560, 4930),
        ("うち一般財源", 4250, 4560, 4940),
    ]
    for name, *vals in money:
        merge(ws, f"A{r}:C{r}", name, box=True)
        for (a, b), v in zip((("D", "E"), ("F", "G"), ("H", "I")), vals):
            merge(ws, f"{a}{r}:{b}{r}", v, box=True, h="right")
            ws[f"{a}{r}"].number_format = "#,##0"
        r += 1
    r += 1
    put(ws, f"A{r}", "３　指標の推移", size=11, bold=True, wrap=False)
    r += 1
    top, low = r, r + 1
    for col, text in (
        ("A", "区分"),
        ("B", "No."),
        ("C", "指標名"),
        ("D", "単位"),
        ("E", "基準値（R3）"),
        ("L", "R8目標（最終）"),
        ("M", "達成状況（R6）"),
    ):
        merge(ws, f"{col}{top}:{col}{low}", text, bold=True, box=True, shade=True, h="center")
    for (a, b), year, (w1, w2) in zip(
        (("F", "G"), ("H", "I"), ("J", "K")),
        ("R5年度", "R6年度", "R7年度"),
        (("目標", "実績"), ("目標", "実績"), ("目標", "見込")),
    ):
        merge(ws, f"{a}{top}:{b}{top}", year, bold=True, box=True, shade=True, h="center")
        put(ws, f"{a}{low}", w1, bold=True, box=True, shade=True, h="center")
        put(ws, f"{b}{low}", w2, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[top].height = 18
    ws.row_dimensions[low].height = 18
    r = low + 1
    rows = [
        (
            "活動指標",
            1,
            "サーフィン体験教室の開催回数",
            "回",
            6,
            10,
            12,
            12,
            11,
            12,
            12,
            15,
            "未達成",
        ),
        (
            "活動指標",
            2,
            "観光PR動画・SNS投稿件数",
            "件",
            120,
            150,
            168,
            180,
            204,
            200,
            185,
            240,
            "達成",
        ),
        (
            "成果指標",
            3,
            "生見サーフィンビーチ来訪者数",
            "千人",
            92.0,
            95.0,
            98.4,
            97.0,
            101.3,
            98.0,
            99.5,
            100.0,
            "達成",
        ),
        (
            "成果指標",
            4,
            "海の駅東洋町の売上額",
            "万円",
            7820,
            8000,
            8135,
            8200,
            7964,
            8300,
            8320,
            8500,
            "未達成",
        ),
        (
            "成果指標",
            5,
            "来訪者満足度（アンケートで「満足」と回答した割合）",
            "％",
            78.5,
            "80～85",
            83.2,
            "80～85",
            79.6,
            "82～87",
            84.0,
            "85～90",
            "未達成",
        ),
    ]
    start = r
    for kubun, no, name, unit, *vals in rows:
        put(ws, f"A{r}", kubun, box=True, h="center")
        put(ws, f"B{r}", no, box=True, h="center")
        put(ws, f"C{r}", name, box=True)
        put(ws, f"D{r}", unit, box=True, h="center")
        for col, v in zip("EFGHIJKLM", vals):
            c = put(ws, f"{col}{r}", v, box=True, h="center" if isinstance(v, str) else "right")
            number(c, v)
        ws.row_dimensions[r].height = 30 if no == 5 else 20
        r += 1
    ws.merge_cells(f"A{start}:A{start + 1}")
    ws.merge_cells(f"A{start + 2}:A{start + 4}")
    notes = [
        "※1　R7年度の「見込」は令和7年6月末時点の見込値です。",
        "※2　No.5は来訪者アンケート（各年度8月に生見サーフィンビーチで実施）による。",
        "※3　「達成状況（R6）」は令和6年度の実績と目標を比べたものです（範囲で示した目標は下限値と比較）。",
    ]
    for note in notes:
        merge(ws, f"A{r}:M{r}", note, size=8)
        r += 1
    r += 1
    put(ws, f"A{r}", "４　評価", size=11, bold=True, wrap=False)
    r += 1
    for key, val in (
        ("総合評価", "B（概ね順調）"),
        ("今後の方向性", "継続（サーフィン客の町内周遊と海の駅での消費拡大に引き続き取り組む）"),
    ):
        merge(ws, f"A{r}:C{r}", key, bold=True, box=True, shade=True)
        merge(ws, f"D{r}:M{r}", val, box=True)
        ws.row_dimensions[r].height = 18
        r += 1
    page(ws, landscape=False)
    save(wb, HERE / "toyo_ikumi_jimujigyo_r6.xlsx")


# ---------------------------------------------------------------- あさぎり町 (PDF source, landscape)
def build_asagiri():
    wb = Workbook()
    ws = wb.active
    ws.title = "効果検証シート"
    widths = [5, 34, 7, 13, 9, 9, 9, 9, 9, 9, 9]
    cols = "ABCDEFGHIJK"
    for col, w in zip(cols, widths):
        ws.column_dimensions[col].width = w
    merge(
        ws,
        "A1:K1",
        "デジタル田園都市国家構想交付金（地方創生推進タイプ）　効果検証シート（令和５年度）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:K2", "令和6年8月　あさぎり町 企画政策課", h="right")
    put(ws, "A4", "１　事業の概要", size=11, bold=True, wrap=False)
    fields = [
        ("交付対象事業の名称", "「朝霧の里」球磨焼酎・農泊観光推進事業"),
        ("地域再生計画の名称", "あさぎり町まち・ひと・しごと創生推進計画"),
        ("事業実施期間", "令和3年度～令和5年度（3か年）"),
        ("交付対象事業費", "R5：12,600千円（うち交付金　6,300千円）"),
        ("担当課", "企画政策課"),
        (
            "町の概要",
            "平成15年（2003年）4月に免田町・上村・岡原村・須恵村・深田村の5町村が合併して誕生した。町名は春から秋にかけて朝方に"
            "立ちこめる霧にちなみ、住民の応募により名付けられた。球磨盆地の中央に位置し、面積は159.56km²、人口は14,134人"
            "（2024年8月31日現在）。市房山や白髪岳から流れ出す湧水が球磨川へ注ぎ、米と球磨焼酎の里として知られる。",
        ),
    ]
    r = 5
    for key, val in fields:
        merge(ws, f"A{r}:B{r}", key, bold=True, box=True, shade=True)
        merge(ws, f"C{r}:K{r}", val, box=True)
        ws.row_dimensions[r].height = 44 if key == "町の概要" else 18
        r += 1
    r += 1
    put(ws, f"A{r}", "２　重要業績評価指標（KPI）の目標と実績", size=11, bold=True, wrap=False)
    r += 1
    merge(
        ws,
        f"A{r}:K{r}",
        "【評価】A：目標値を達成　B：目標値は未達成だが事業開始前より改善　C：事業開始前から横ばい・悪化",
        size=8,
    )
    r += 1
    top, low = r, r + 1
    for col, text in (
        ("A", "No."),
        ("B", "重要業績評価指標（KPI）"),
        ("C", "単位"),
        ("D", "事業開始前（R2）"),
        ("K", "評価（5年度）"),
    ):
        merge(ws, f"{col}{top}:{col}{low}", text, bold=True, box=True, shade=True, h="center")
    for (a, b), year in zip((("E", "F"), ("G", "H"), ("I", "J")), ("3年度", "4年度", "5年度")):
        merge(ws, f"{a}{top}:{b}{top}", year, bold=True, box=True, shade=True, h="center")
        put(ws, f"{a}{low}", "目標値", bold=True, box=True, shade=True, h="center")
        put(ws, f"{b}{low}", "実績値", bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[top].height = 18
    ws.row_dimensions[low].height = 18
    r = low + 1
    rows = [
        (
            "①",
            "農泊・民泊施設の宿泊者数",
            "人泊",
            "1,240（R元）",
            900,
            620,
            1300,
            1185,
            1500,
            1562,
            "A",
        ),
        ("②", "球磨焼酎蔵めぐりツアーの参加者数", "人", 0, 200, "中止", 300, 246, 400, 372, "B"),
        (
            "③",
            "町内主要観光施設の入込客数",
            "千人",
            186.4,
            190.0,
            171.2,
            195.0,
            188.9,
            200.0,
            203.5,
            "A",
        ),
        (
            "④",
            "焼酎関連返礼品に係るふるさと納税寄附額",
            "千円",
            18420,
            20000,
            22815,
            25000,
            24106,
            30000,
            27950,
            "B",
        ),
    ]
    for no, name, unit, *vals in rows:
        put(ws, f"A{r}", no, box=True, h="center")
        put(ws, f"B{r}", name, box=True)
        put(ws, f"C{r}", unit, box=True, h="center")
        for col, v in zip("DEFGHIJK", vals):
            c = put(ws, f"{col}{r}", v, box=True, h="center" if isinstance(v, str) else "right")
            number(c, v)
        ws.row_dimensions[r].height = 22
        r += 1
    notes = [
        "※1　①の事業開始前の値は、新型コロナウイルス感染症の影響を受ける前の令和元年度の実績です。",
        "※2　②の3年度は、新型コロナウイルス感染症の拡大防止のためツアーを中止しました。",
    ]
    for note in notes:
        merge(ws, f"A{r}:K{r}", note, size=8)
        r += 1
    r += 1
    put(ws, f"A{r}", "３　事業の評価", size=11, bold=True, wrap=False)
    r += 1
    for key, val in (
        ("事業の効果", "地方創生に効果があった"),
        (
            "評価の理由",
            "4指標のうち2指標で5年度の目標値を達成し、残る2指標も事業開始前より改善した。令和6年度以降は町の単独事業として継続する。",
        ),
    ):
        merge(ws, f"A{r}:B{r}", key, bold=True, box=True, shade=True)
        merge(ws, f"C{r}:K{r}", val, box=True)
        ws.row_dimensions[r].height = 20
        r += 1
    page(ws, landscape=True)
    save(wb, SRC / "asagiri_kofukin_kensho_r5.xlsx")


# ---------------------------------------------------------------- 東広島市 (HTML)
HIGASHIHIROSHIMA = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>東広島市観光総合戦略　数値目標及び重要業績評価指標（KPI）の進捗状況（令和５年度） - 東広島市</title>
</head>
<body>
<nav aria-label="現在地"><ol>
<li><a href="/">トップページ</a></li>
<li><a href="/soshiki/">組織でさがす</a></li>
<li><a href="/soshiki/kanko/">観光振興課</a></li>
<li>東広島市観光総合戦略　数値目標及び重要業績評価指標（KPI）の進捗状況（令和５年度）</li>
</ol></nav>
<main>
<h1>東広島市観光総合戦略　数値目標及び重要業績評価指標（KPI）の進捗状況（令和５年度）</h1>
<p class="update">更新日：2024年11月15日　担当：観光振興課</p>
<p>本市は、昭和49年（1974年）4月20日に西条町・八本松町・志和町・高屋町の4町が合併して誕生し、平成17年（2005年）2月7日に黒瀬町・福富町・豊栄町・河内町・安芸津町の5町を編入しました。面積は635.16km²、人口は190,186人（2023年4月30日現在）です。</p>
<p>JR西条駅の南に酒蔵が軒を連ねる「西条酒蔵通り」は、灘・伏見と並ぶ酒どころとして知られています。今年の酒まつり（10月12日・13日）には2日間で延べ約23万人が訪れ、「酒ひろば」には全国の833銘柄が並びました。</p>
<dl>
<dt>計画の名称</dt><dd>東広島市観光総合戦略</dd>
<dt>対象期間</dt><dd>2019年度～2023年度（5年間）</dd>
<dt>取組の方向性</dt><dd>1 日本酒のまちの魅力向上策　2 観光産業振興策　3 観光地域づくり策　4 イメージ向上策</dd>
<dt>担当課</dt><dd>観光振興課</dd>
</dl>
<h2>１　数値目標</h2>
<p>※観光客数・観光消費額は暦年（1月～12月）の値です。</p>
<table border="1">
<thead>
<tr><th scope="col">区分</th><th scope="col">観光客数（千人）</th><th scope="col">観光消費額（百万円）</th></tr>
</thead>
<tbody>
<tr><th scope="row">基準値（2017年）</th><td>3,412</td><td>15,860</td></tr>
<tr><th scope="row">2019年</th><td>3,588</td><td>16,920</td></tr>
<tr><th scope="row">2020年</th><td>1,702</td><td>7,640</td></tr>
<tr><th scope="row">2021年</th><td>1,904</td><td>8,750</td></tr>
<tr><th scope="row">2022年</th><td>2,465</td><td>11,830</td></tr>
<tr><th scope="row">2023年</th><td>3,207</td><td>15,140</td></tr>
<tr><th scope="row">目標値（2023年）</th><td>3,800</td><td>18,000</td></tr>
</tbody>
</table>
<h2>２　重要業績評価指標（KPI）の進捗状況</h2>
<table border="1">
<thead>
<tr><th rowspan="2" scope="col">KPI</th><th rowspan="2" scope="col">単位</th><th rowspan="2" scope="col">基準値<br>（H29年度）</th><th colspan="3" scope="colgroup">実績値</th><th rowspan="2" scope="col">目標値<br>（R5年度）</th><th rowspan="2" scope="col">達成状況</th></tr>
<tr><th scope="col">R3年度</th><th scope="col">R4年度</th><th scope="col">R5年度</th></tr>
</thead>
<tbody>
<tr><th colspan="8" scope="rowgroup">方向性1　日本酒のまちの魅力向上策</th></tr>
<tr><th scope="row">西条酒蔵通りの観光客数</th><td>千人</td><td>540.0</td><td>212.6</td><td>386.4</td><td>498.7</td><td>600.0</td><td>未達成</td></tr>
<tr><th colspan="8" scope="rowgroup">方向性2　観光産業振興策</th></tr>
<tr><th scope="row">市内宿泊施設の延べ宿泊者数</th><td>千人泊</td><td>402.5</td><td>280.3</td><td>331.8</td><td>455.2</td><td>450.0</td><td>達成</td></tr>
<tr><th colspan="8" scope="rowgroup">方向性3　観光地域づくり策</th></tr>
<tr><th scope="row">酒まつりの来場者数</th><td>千人</td><td>240</td><td>―</td><td>140</td><td>215</td><td>250</td><td>未達成</td></tr>
<tr><th colspan="8" scope="rowgroup">方向性4　イメージ向上策</th></tr>
<tr><th scope="row">【再掲】酒まつりの来場者数</th><td>千人</td><td>240</td><td>―</td><td>140</td><td>215</td><td>250</td><td>未達成</td></tr>
</tbody>
</table>
<p>※酒まつりの令和3年度は、新型コロナウイルス感染症の影響により会場での開催を行わず、オンラインを中心に実施したため「―」としています。</p>
<p>※令和6年度の実績は、取りまとめ後に公表します。</p>
</main>
<footer><p>東広島市役所　観光振興課</p></footer>
</body>
</html>
"""


def build_higashihiroshima():
    (HERE / "higashihiroshima_kanko_senryaku_shinchoku_r5.html").write_text(
        HIGASHIHIROSHIMA, encoding="utf-8"
    )


# ---------------------------------------------------------------- 中種子町 (CSV)
NAKATANE_LINES = [
    "タイトル,第2期中種子町まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の実績（令和5年度）,,,,,,,,,",
    "公表日,令和6年9月30日,,,,,,,,,",
    "取りまとめ,企画課,,,,,,,,,",
    "計画期間,令和2年度～令和6年度（5年間）,,,,,,,,,",
    '町の概要,"本町は種子島の中央部に位置し、北は西之表市、南は南種子町に接する。東西6～9km、南北22km、面積は136.94平方キロメートル。\n'
    "北部の砂中地区には種子島空港（コスモポート種子島）があり、鹿児島空港との間に定期便が運航している。\n"
    'サトウキビを基幹作物とし、サツマイモや茶の栽培、畜産が盛ん。熊野海岸一帯は自然レクリエーション村として整備され、本村には約3万年前の立切遺跡がある。",,,,,,,,,',
    '注記,"「△」はマイナスを表す。実績欄の「(見込)」は令和6年9月末時点の見込値。基準値の「―」は策定時に把握していなかったもの。",,,,,,,,,',
    ",,,,,,,,,,",
    "基本目標,No.,重要業績評価指標（KPI）,単位,基準値（元年度）,3年度実績,4年度実績,5年度実績,目標値（6年度）,担当課,備考",
    '1　しごとをつくり、安心して働けるようにする,1,さとうきびの生産量,t,"42,380","38,950","41,200","36,840","45,000",農林水産課,5年度は干ばつの影響',
    "2　中種子町への新しい人の流れをつくる,2,社会増減数（転入者数－転出者数）,人,△62,△38,△21,△45,±0,企画課,",
    "2　中種子町への新しい人の流れをつくる,3,移住・定住相談件数,件,―,14,22,27,5年間で延べ80件,企画課,令和2年度に相談窓口を開設",
    "2　中種子町への新しい人の流れをつくる,4,観光入込客数,千人,148.6,86.2,112.5,131.0(見込),160.0,企画課,",
]


def build_nakatane():
    text = "\ufeff" + "\r\n".join(NAKATANE_LINES) + "\r\n"
    (HERE / "nakatane_sousei2_kpi_r5.csv").write_bytes(text.encode("utf-8"))


def to_pdf():
    for name in ("asagiri_kofukin_kensho_r5",):
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
    build_toyo()
    build_asagiri()
    build_higashihiroshima()
    build_nakatane()
    if "--no-pdf" not in sys.argv:
        to_pdf()


if __name__ == "__main__":
    main()
