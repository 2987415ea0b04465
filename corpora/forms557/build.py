"""Build forms557: four KPI documents of 苅田町, 嘉島町, 諫早市 and 阿久根市.

Writes `kanda_yakei_jimujigyo_r6.xlsx` (the workbook is the document), `kashima_yusui_kofukin_kensho_r6.html`,
`akune_jimujigyo_hyoka_r6.csv` and the XLSX source `source/isahaya_rowing_shuyo_seika_r6.xlsx`, which LibreOffice
turns into `isahaya_rowing_shuyo_seika_r6.pdf`.
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
    wb.properties.creator = "forms557"
    wb.properties.lastModifiedBy = "forms557"
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


def grid_rows(ws, r, cols, rows, height=20, centre=()):
    """Write rows of cells into the given columns, boxed; numbers right-aligned with a number format."""
    for vals in rows:
        for col, v in zip(cols, vals):
            if col in centre:
                h = "center"
            elif isinstance(v, (int, float)) or col not in ("B", "I"):
                h = "right"
            else:
                h = "left"
            c = put(ws, f"{col}{r}", v, box=True, h=h)
            number(c, v)
        ws.row_dimensions[r].height = height
        r += 1
    return r


# ---------------------------------------------------------------- 苅田町 (XLSX document, landscape, two grids side by side)
def build_kanda():
    wb = Workbook()
    ws = wb.active
    ws.title = "事務事業評価"
    widths = {
        "A": 5,
        "B": 30,
        "C": 6,
        "D": 9,
        "E": 9,
        "F": 11,
        "G": 2,
        "H": 5,
        "I": 30,
        "J": 6,
        "K": 10,
        "L": 9,
        "M": 9,
        "N": 9,
    }
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
    merge(ws, "A2:N2", "作成日　令和7年7月18日　　苅田町", h="right")
    put(ws, "A4", "１　事業の概要", size=11, bold=True, wrap=False)
    fields = [
        ("事務事業名", "工場夜景・平尾台観光交流推進事業"),
        ("担当課", "交通商工課　商工観光係"),
        ("事業期間", "令和4年度～令和8年度"),
        ("事業費（R6決算）", "6,380千円（うち県補助金　1,500千円）"),
        (
            "事業の概要",
            "本町は福岡県の北東部、周防灘に面した面積48.98km²の町で、人口は37,626人（2024年4月30日推計）である。"
            "1975年に日産自動車九州の工場が、2005年にトヨタ自動車九州の苅田工場が操業を始めてから自動車産業が集積し、臨海部の工場群は工場夜景の名所となっている。"
            "西部のカルスト台地・平尾台には、昭和37年（1962年）1月26日に国の天然記念物に指定された全長約3kmの鍾乳洞「青龍窟」がある。"
            "平成26年（2014年）4月1日に町観光協会が発足し、同時に設立された「苅田ガイドの会」では約40人が観光案内にあたっている。観光協会は令和4年（2022年）4月1日に一般社団法人化し「苅田まちづくり観光協会」となった。"
            "本事業では、工場夜景バスツアーと青龍窟探検ツアーの催行、観光ガイドの養成、観光情報の発信を同協会に委託して行う。",
        ),
    ]
    r = fields_block(ws, 5, fields, ("A", "B"), ("C", "N"), 70, {"事業の概要"})
    r += 1
    put(ws, f"A{r}", "２　指標の推移", size=11, bold=True, wrap=False)
    r += 1
    head = r
    for col, text in zip("ABCDEF", ("No.", "活動指標", "単位", "R4実績", "R5実績", "R6実績")):
        put(ws, f"{col}{head}", text, bold=True, box=True, shade=True, h="center")
    for col, text in zip(
        "HIJKLMN",
        ("No.", "成果指標", "単位", "基準値（R3）", "R6目標", "R6実績", "R8目標"),
    ):
        put(ws, f"{col}{head}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[head].height = 22
    left = [
        (1, "工場夜景バスツアーの催行回数", "回", 12, 18, 20),
        (2, "観光ガイド養成講座の修了者数", "人", 8, 11, "9（累計28）※1"),
    ]
    right = [
        (3, "工場夜景・青龍窟ツアーの参加者数※3", "人", 310, 900, 1046, 1200),
        (4, "ツアー参加者の満足度", "％", "―※2", 85.0, 88.6, 90.0),
        (5, "観光協会ウェブサイトの閲覧数", "千件", 42.5, 60.0, 57.3, 70.0),
    ]
    grid_rows(ws, head + 1, "ABCDEF", left, height=22, centre="AC")
    r = grid_rows(ws, head + 1, "HIJKLMN", right, height=22, centre="HJ")
    notes = [
        "※1　No.2のR6実績の（　）内は、令和4年度からの修了者の累計です。",
        "※2　満足度アンケートは令和4年度から実施しているため、基準値（R3）はありません。",
        "※3　No.3は工場夜景バスツアーと青龍窟探検ツアーの参加者の合計です。令和6年8月と9月は、大雨に伴う土砂災害のおそれにより青龍窟探検ツアーを3回中止しました。",
    ]
    for note in notes:
        merge(ws, f"A{r}:N{r}", note, size=8)
        ws.row_dimensions[r].height = 15
        r += 1
    r += 1
    put(ws, f"A{r}", "３　評価", size=11, bold=True, wrap=False)
    r += 1
    fields = [
        ("事業の評価", "A（順調）"),
        ("今後の方向性", "拡充（令和7年度から工場夜景を海上から見るクルーズを試行する。）"),
        (
            "評価の理由",
            "ツアー参加者数と満足度は目標を上回った。ウェブサイトの閲覧数は目標に届かなかったため、SNSでの発信を強化する。",
        ),
    ]
    r = fields_block(ws, r, fields, ("A", "B"), ("C", "N"), 18, ())
    r += 1
    put(ws, f"A{r}", "４　事業費等の推移", size=11, bold=True, wrap=False)
    r += 1
    merge(ws, f"A{r}:B{r}", "区分", bold=True, box=True, shade=True, h="center")
    for col, text in zip("CDEF", ("単位", "R4決算", "R5決算", "R6決算")):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[r].height = 18
    r += 1
    for name, unit, *vals in (
        ("事業費", "千円", 5120, 5960, 6380),
        ("うち県補助金", "千円", 1000, 1500, 1500),
        ("従事職員数", "人", 0.8, 0.8, 1.0),
    ):
        merge(ws, f"A{r}:B{r}", name, box=True)
        put(ws, f"C{r}", unit, box=True, h="center")
        for col, v in zip("DEF", vals):
            c = put(ws, f"{col}{r}", v, box=True, h="right")
            number(c, v)
        ws.row_dimensions[r].height = 18
        r += 1
    page(ws, landscape=True)
    save(wb, HERE / "kanda_yakei_jimujigyo_r6.xlsx")


# ---------------------------------------------------------------- 諫早市 (PDF, portrait)
def build_isahaya():
    wb = Workbook()
    ws = wb.active
    ws.title = "主要施策の成果"
    widths = {
        "A": 5,
        "B": 32,
        "C": 7,
        "D": 10,
        "E": 8,
        "F": 8,
        "G": 9,
        "H": 8,
        "I": 9,
        "J": 6,
    }
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    merge(
        ws,
        "A1:J1",
        "令和６年度　主要な施策の成果説明書（抜粋）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:J2", "令和7年9月　諫早市", h="right")
    fields = [
        ("施策", "地域資源を活かした観光・物産"),
        ("事業名", "本明川水上競技場を活かしたスポーツツーリズム推進事業"),
        ("所管課", "商工観光課"),
        ("決算額", "令和6年度　18,240千円（うち国庫支出金　6,000千円）"),
        ("関連計画", "第2次諫早市総合計画（2016～2025）"),
        (
            "事業の内容",
            "本市は長崎県の中央部に位置し、東は有明海（諫早湾）、西は大村湾、南は橘湾の三つの海に面した面積341.79km²の市で、人口は130,616人（2025年4月1日推計）である。"
            "平成17年（2005年）3月1日に1市5町が合併して現在の市となった。"
            "市の中心部を流れる県内唯一の一級河川・本明川は、昭和32年（1957年）7月25日の諫早大水害で氾濫し、天保10年（1839年）に架けられた眼鏡橋は、その後諫早公園に移された。"
            "本明川下流の本明川水上競技場は、令和6年（2024年）夏の全国高等学校総合体育大会（北部九州インターハイ）でローイング競技の会場となった。"
            "本事業では、大会・合宿の誘致、合宿の受入れ支援（宿泊費の助成）、競技場周辺の魅力発信を行う。",
        ),
    ]
    r = fields_block(ws, 4, fields, ("A", "B"), ("C", "J"), 96, {"事業の内容"})
    r += 1
    put(ws, f"A{r}", "（１）事業の実績", size=11, bold=True, wrap=False)
    r += 1
    for col, text in zip("ABCDEF", ("No.", "項目", "単位", "R4実績", "R5実績", "R6実績")):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[r].height = 18
    r += 1
    r = grid_rows(ws, r, "ABCDEF", [("ア", "大会・合宿の誘致件数", "件", 14, 19, 26)], centre="AC")
    r += 1
    put(ws, f"A{r}", "（２）成果指標", size=11, bold=True, wrap=False)
    r += 1
    put(
        ws,
        f"A{r}",
        "評価　A：R6目標値を達成　B：R6目標値を下回った",
        size=8,
        wrap=False,
    )
    r += 1
    top, low = r, r + 1
    for col, text in (
        ("A", "No."),
        ("B", "成果指標"),
        ("C", "単位"),
        ("D", "基準値（R元）"),
        ("J", "評価"),
    ):
        merge(ws, f"{col}{top}:{col}{low}", text, bold=True, box=True, shade=True, h="center")
    merge(ws, f"E{top}:G{top}", "実績", bold=True, box=True, shade=True, h="center")
    merge(ws, f"H{top}:I{top}", "目標", bold=True, box=True, shade=True, h="center")
    for col, text in zip("EFGHI", ("R4", "R5", "R6", "R6", "R7（最終）")):
        put(ws, f"{col}{low}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[top].height = 18
    ws.row_dimensions[low].height = 18
    rows = [
        ("①", "本明川水上競技場の利用者数", "千人", 21.6, 18.4, 23.9, "38.7※1", 30.0, 32.0, "A"),
        (
            "②",
            "スポーツ大会・合宿による市内宿泊者数",
            "人泊",
            4820,
            3960,
            5410,
            7025,
            6000,
            6500,
            "A",
        ),
        (
            "③",
            "観光消費額（市内主要観光施設）",
            "億円",
            52.4,
            47.1,
            50.8,
            "55.2（見込）",
            56.0,
            58.0,
            "B",
        ),
        (
            "④",
            "眼鏡橋（諫早公園）周辺のイベント来場者数",
            "人",
            "12,500※2",
            8200,
            11900,
            13400,
            14000,
            15000,
            "B",
        ),
    ]
    r = grid_rows(ws, low + 1, "ABCDEFGHIJ", rows, height=30, centre="ACJ")
    notes = [
        "※1　R6実績には、北部九州インターハイ（ローイング競技）の選手・役員・観覧者を含みます。",
        "※2　④の基準値は平成30年度の値です（令和元年度は主要イベントを雨天のため中止したため）。",
        "（注）③のR6実績は、観光動態調査の確定前の見込値です。",
    ]
    for note in notes:
        merge(ws, f"A{r}:J{r}", note, size=8)
        ws.row_dimensions[r].height = 15
        r += 1
    r += 1
    put(ws, f"A{r}", "（３）成果と今後の方向性", size=11, bold=True, wrap=False)
    r += 1
    merge(
        ws,
        f"A{r}:J{r}",
        "インターハイの開催に合わせて競技場の公認コースの認定を受け、大会期間中は市内の宿泊施設がほぼ満室となった。"
        "誘致件数は26件と前年度を7件上回った。一方、観光消費額は目標に届かなかったため、令和7年度は競技場と眼鏡橋周辺を結ぶまち歩きの企画を年4回実施し、開業予定の道の駅と連携した物産販売を進める。",
        box=True,
    )
    ws.row_dimensions[r].height = 48
    page(ws, landscape=False)
    save(wb, SRC / "isahaya_rowing_shuyo_seika_r6.xlsx")


# ---------------------------------------------------------------- 嘉島町 (HTML)
KASHIMA_ROWS = (
    (
        "①",
        "浮島周辺の観光入込客数",
        "千人",
        "182.0",
        "205.4",
        "231.8",
        "248.6<sup>※1</sup>",
        "240.0",
        "達成",
    ),
    (
        "②",
        "湧水めぐりガイドツアーの参加者数",
        "人",
        "0",
        "412",
        "688",
        "905",
        "3年間で延べ2,000人",
        "達成",
    ),
    ("③", "町産品を使った新商品の開発数（累計）", "件", "0", "3", "5", "8", "8", "達成"),
    (
        "④",
        "町内事業者の湧水関連商品の売上額",
        "百万円",
        "38.5",
        "41.2",
        "44.0",
        "43.1",
        "48.0",
        "未達成",
    ),
)


def kashima_table():
    out = []
    for no, name, unit, *vals, grade in KASHIMA_ROWS:
        cells = "".join(f"<td>{v}</td>" for v in vals)
        out.append(
            f'<tr><th scope="row">{no}</th><td class="name">{name}</td><td class="unit">{unit}</td>{cells}<td class="unit">{grade}</td></tr>\n'
        )
    return "".join(out)


KASHIMA = (
    """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>令和６年度　地方創生推進交付金事業の効果検証（「水の郷かしま」湧水ツーリズム推進事業） - 嘉島町</title>
<style>
table { border-collapse: collapse; }
th, td { border: 1px solid #333; padding: 2px 6px; }
td { text-align: right; }
td.name { text-align: left; }
td.unit { text-align: center; }
</style>
</head>
<body>
<nav aria-label="現在地"><ol>
<li><a href="/">ホーム</a></li>
<li><a href="/gyousei/">町政情報</a></li>
<li><a href="/gyousei/chihousousei/">地方創生</a></li>
<li>令和６年度　地方創生推進交付金事業の効果検証</li>
</ol></nav>
<main>
<h1>令和６年度　地方創生推進交付金事業の効果検証（「水の郷かしま」湧水ツーリズム推進事業）</h1>
<p class="update">更新日：2025年8月29日</p>
<p>嘉島町は熊本県の中央部、熊本市の南部に隣接する面積16.65km²の町で、人口は9,547人（2020年国勢調査）です。1955年（昭和30年）1月1日に大島村と六嘉村が合併して嘉島村となり、1969年（昭和44年）2月1日に町制を施行しました。町の東部には日湧水量13万m³の「浮島」があり、平成の名水百選とため池百選に選ばれています。「清水湧き　心ふれあう　嘉島町」をキャッチフレーズに「水の郷」づくりに取り組んでいます。</p>
<p>2003年（平成15年）7月にはサントリー九州熊本工場が立地し、2005年（平成17年）10月10日にはダイヤモンドシティ・クレア（現在のイオンモール熊本）が開業しました。2016年（平成28年）4月16日の熊本地震では、町内で震度6強を観測しました。</p>
<dl>
<dt>事業名</dt><dd>「水の郷かしま」湧水ツーリズム推進事業</dd>
<dt>交付金</dt><dd>デジタル田園都市国家構想交付金（地方創生推進タイプ）</dd>
<dt>事業期間</dt><dd>令和4年度～令和6年度（3か年）</dd>
<dt>総事業費</dt><dd>3か年計　24,600千円（うち交付金　12,300千円）</dd>
<dt>担当課</dt><dd>地域振興課　商工観光係</dd>
</dl>
<h2>重要業績評価指標（KPI）の達成状況</h2>
<p>基準値は事業開始前（令和4年3月末）の値、実績値は各年度（4月～翌年3月）の値です。目標値は事業の最終年度（2024年度）の値で、評価は2024年度の実績値によります。</p>
<table>
<thead>
<tr><th scope="col" rowspan="2">No.</th><th scope="col" rowspan="2">重要業績評価指標（KPI）</th><th scope="col" rowspan="2">単位</th><th scope="col" rowspan="2">基準値<br>（令和4年3月末）</th><th scope="colgroup" colspan="3">実績値</th><th scope="col" rowspan="2">目標値<br>（2024年度）</th><th scope="col" rowspan="2">評価</th></tr>
<tr><th scope="col">2022年度</th><th scope="col">2023年度</th><th scope="col">2024年度</th></tr>
</thead>
<tbody>
"""
    + kashima_table()
    + """</tbody>
</table>
<p>※1　①の2024年度の値は速報値です（確定値は2025年10月に公表される予定です）。</p>
<p>（注）③は事業開始からの累計件数です。②の目標値は、事業期間3か年の参加者の合計です。</p>
<h2>事業の評価</h2>
<p>4つのKPIのうち3つで目標を達成しました。湧水めぐりガイドツアーは3か年で延べ2,005人が参加し、町産品を使った新商品は8件を開発しました。2025年7月に開催した嘉島町総合戦略推進会議では、「地方創生に非常に効果的であった」との評価を受けました。交付金の対象期間の終了後も、ガイドツアーは町観光協会の自主事業として月2回程度実施します。</p>
</main>
<footer><p>嘉島町役場　地域振興課　商工観光係</p></footer>
</body>
</html>
"""
)


def build_kashima():
    (HERE / "kashima_yusui_kofukin_kensho_r6.html").write_text(KASHIMA, encoding="utf-8")


# ---------------------------------------------------------------- 阿久根市 (CSV, open data)
AKUNE_WIDTH = 13
AKUNE = [
    ["タイトル", "令和６年度　事務事業評価結果一覧（令和５年度実施事業・産業振興分野）"],
    ["公表日", "令和6年10月31日"],
    ["取りまとめ", "総務課　行政改革係"],
    [
        "市の概要",
        "本市は鹿児島県の北西部に位置し、東シナ海に面した約40kmの海岸線をもつ面積134.28km²の市で、人口は19,270人（2020年国勢調査）である。"
        "昭和27年（1952年）に市制を施行し、昭和30年（1955年）に三笠町を編入した。沖合約2kmの阿久根大島は海水浴やキャンプでにぎわい、北部の黒之瀬戸は日本三大急潮のひとつに数えられる。"
        "平成26年（2014年）5月には肥薩おれんじ鉄道の阿久根駅に「にぎわい交流館阿久根駅」が開館した。市の木はボンタンである。",
    ],
    [
        "注記",
        "評価欄は事業の今後の方向性（A：拡充　B：継続　C：見直し・縮小）。事業費は令和5年度決算額（単位：千円）。指標名に【再掲】とあるものは、他の事業の指標を再掲したもの。",
    ],
    [],
    [
        "No.",
        "事業名",
        "担当課",
        "区分",
        "指標名",
        "単位",
        "3年度実績",
        "4年度実績",
        "5年度目標",
        "5年度実績",
        "7年度目標",
        "事業費",
        "評価",
    ],
    [
        "1",
        "阿久根大島観光振興事業",
        "商工観光課",
        "成果指標",
        "阿久根大島の来島者数",
        "千人",
        "8.4",
        "11.2",
        "12.0",
        "13.6",
        "15.0",
        "4,820",
        "B",
    ],
    [
        "2",
        "漁業担い手確保・育成事業",
        "水産林務課",
        "活動指標",
        "漁業就業体験研修の受講者数",
        "人",
        "5",
        "7",
        "8",
        "9",
        "10",
        "3,150",
        "A",
    ],
    [
        "2",
        "漁業担い手確保・育成事業",
        "水産林務課",
        "成果指標",
        "漁業就業者数の対前年増減",
        "人",
        "△12",
        "△8",
        "±0",
        "△3",
        "±0",
        "3,150",
        "A",
    ],
    [
        "3",
        "にぎわい交流館阿久根駅運営事業",
        "商工観光課",
        "成果指標",
        "にぎわい交流館阿久根駅の利用者数",
        "千人",
        "92.5",
        "104.8",
        "110.0",
        "108.3",
        "120.0",
        "12,600",
        "B",
    ],
    [
        "3",
        "にぎわい交流館阿久根駅運営事業",
        "商工観光課",
        "成果指標",
        "【再掲】阿久根大島の来島者数",
        "千人",
        "8.4",
        "11.2",
        "12.0",
        "13.6",
        "15.0",
        "12,600",
        "B",
    ],
]


def build_akune():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for row in AKUNE:
        w.writerow(row + [""] * (AKUNE_WIDTH - len(row)))
    (HERE / "akune_jimujigyo_hyoka_r6.csv").write_bytes(("\ufeff" + buf.getvalue()).encode("utf-8"))


def to_pdf():
    for name in ("isahaya_rowing_shuyo_seika_r6",):
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
    build_kanda()
    build_isahaya()
    build_kashima()
    build_akune()
    if "--no-pdf" not in sys.argv:
        to_pdf()


if __name__ == "__main__":
    main()
