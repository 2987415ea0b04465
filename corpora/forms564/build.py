"""Build forms564: four KPI documents of 浜松市, 長久手市, 豊中市 and 姫路市.

Writes `hamamatsu_matsuri_jimujigyo_r5.xlsx` (the workbook is the document), `toyonaka_miryoku_kofukin_kensho_r5.html`,
`himeji_seisaku_hyoka_kpi_r5.csv` and the XLSX source `source/nagakute_miraizu_shihyo_r5.xlsx`, which LibreOffice
turns into `nagakute_miraizu_shihyo_r5.pdf`.
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
LIGHT = PatternFill("solid", fgColor="F2F2F2")
STAMP = datetime.datetime(2025, 9, 1, 9, 0, 0)
STAMP_TEXT = "2025-09-01T09:00:00Z"


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


def value_cell(ws, ref, v):
    """A grid value: numbers right-aligned with thousands separators, words centred."""
    if isinstance(v, float):
        put(ws, ref, v, box=True, h="right", fmt="#,##0.0")
    elif isinstance(v, int):
        put(ws, ref, v, box=True, h="right", fmt="#,##0")
    else:
        put(ws, ref, v, box=True, h="center")


def save(wb, path):
    """Save with fixed properties and fixed zip timestamps, so the bytes do not change."""
    wb.properties.creator = "forms564"
    wb.properties.lastModifiedBy = "forms564"
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


# ---------------------------------------------------------------- 浜松市 (XLSX document, portrait)
HAMAMATSU_GRID = [
    # No., 指標名, 単位, R3実績, R4実績, R5目標, R5実績, 前年度比, R6目標, 達成状況
    ("1", "凧揚げ会場シャトルバスの運行便数", "便", "―", 486, 600, 612, "+25.9%", 600, "達成"),
    ("2", "まつり観光案内所の開設日数", "日", 0, 3, 3, 3, "±0.0%", 3, "達成"),
    (
        "3",
        "浜松まつりの来場者数",
        "千人",
        "無観客開催",
        1028.6,
        1600.0,
        1712.5,
        "+66.5%",
        1750.0,
        "達成",
    ),
    (
        "4",
        "来場者に占める市外在住者の割合",
        "％",
        "中止",
        34.8,
        38.0,
        41.3,
        "+6.5ポイント",
        42.0,
        "達成",
    ),
    (
        "5",
        "来場者アンケートで「満足」と答えた人の割合",
        "％",
        "中止",
        82.4,
        85.0,
        83.9,
        "+1.5ポイント",
        85.0,
        "未達成",
    ),
]


def build_hamamatsu():
    wb = Workbook()
    ws = wb.active
    ws.title = "事務事業評価シート"
    widths = {
        "A": 9,
        "B": 4,
        "C": 30,
        "D": 6,
        "E": 10,
        "F": 9,
        "G": 9,
        "H": 9,
        "I": 11,
        "J": 9,
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
    merge(ws, "A2:K2", "作成日　令和6年7月12日", h="right")
    put(ws, "A4", "１　事業の概要", size=11, bold=True, wrap=False)
    fields = [
        ("事務事業名", "浜松まつり開催支援事業"),
        ("所属", "産業部　観光・シティプロモーション課"),
        (
            "総合計画の位置付け",
            "浜松市総合計画「浜松市未来ビジョン」第1次推進プラン（平成27年度～令和6年度）",
        ),
        ("事業期間", "平成19年度～（継続事業）"),
        (
            "事業の概要",
            "浜松まつりは毎年5月3日から5日までの3日間開催され、中田島砂丘に隣接する凧揚げ会場での凧揚げ合戦と、夜の中心市街地での御殿屋台の引き回しを中心に、"
            "例年3日間で170万人以上が訪れる本市最大の行事である（凧揚げには市内174町が参加）。本事業では、市・浜松商工会議所・浜松観光コンベンションビューロー及び参加町で構成する"
            "浜松まつり組織委員会に運営費の一部を負担し、市外からの誘客を図る。令和3年（2021年）の凧揚げ合戦は観客を入れずに行い、"
            "令和4年（2022年）は1日3万人を上限として3年ぶりに観客を入れて開催した。",
        ),
    ]
    r = 5
    for key, val in fields:
        merge(ws, f"A{r}:C{r}", key, bold=True, box=True, shade=True)
        merge(ws, f"D{r}:K{r}", val, box=True)
        ws.row_dimensions[r].height = 74 if key == "事業の概要" else 18
        r += 1
    r += 1
    put(ws, f"A{r}", "２　活動指標・成果指標の推移", size=11, bold=True, wrap=False)
    r += 1
    heads = [
        "区分",
        "No.",
        "指標名",
        "単位",
        "R3実績",
        "R4実績",
        "R5目標",
        "R5実績",
        "前年度比",
        "R6目標",
        "達成状況",
    ]
    for col, text in zip("ABCDEFGHIJK", heads):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[r].height = 20
    r += 1
    first = r
    for row in HAMAMATSU_GRID:
        no, name, unit, *vals = row
        put(ws, f"B{r}", no, box=True, h="center")
        put(ws, f"C{r}", name, box=True)
        put(ws, f"D{r}", unit, box=True, h="center")
        for col, v in zip("EFGHIJK", vals):
            value_cell(ws, f"{col}{r}", v)
        ws.row_dimensions[r].height = 30
        r += 1
    merge(ws, f"A{first}:A{first + 1}", "活動指標", bold=True, box=True, shade=True, h="center")
    merge(ws, f"A{first + 2}:A{first + 4}", "成果指標", bold=True, box=True, shade=True, h="center")
    notes = [
        "※1　R3（令和3年度）の浜松まつりは、新型コロナウイルス感染症の影響により凧揚げ合戦を観客を入れずに行い、御殿屋台の引き回しなどの行事は中止した。"
        "このためNo.3の来場者数は集計しておらず、No.4・No.5の来場者アンケートも実施していない。",
        "※2　前年度比は、R5実績のR4実績に対する増減率（No.4・No.5はポイント差）である。",
        "※3　No.3は浜松まつり組織委員会の発表による3日間の来場者数（凧揚げ会場と中心市街地会場の合計）である。",
    ]
    for note in notes:
        merge(ws, f"A{r}:K{r}", note, size=8)
        ws.row_dimensions[r].height = 26
        r += 1
    r += 1
    put(ws, f"A{r}", "３　事業費の推移", size=11, bold=True, wrap=False)
    merge(ws, f"I{r}:K{r}", "（単位：千円）", h="right")
    r += 1
    cost_heads = [
        ("A", "C", "区分"),
        ("D", "E", "R3決算"),
        ("F", "G", "R4決算"),
        ("H", "I", "R5決算"),
        ("J", "K", "R6予算"),
    ]
    for a, b, text in cost_heads:
        merge(ws, f"{a}{r}:{b}{r}", text, bold=True, box=True, shade=True, h="center")
    r += 1
    costs = [
        ("事業費", [12400, 38650, 41200, 42000]),
        ("うち一般財源", [12400, 38650, 41200, 42000]),
        ("来場者1人当たりコスト（円）", ["―", 37.6, 24.1, "―"]),
    ]
    for label, vals in costs:
        merge(ws, f"A{r}:C{r}", label, box=True)
        for (a, b, _), v in zip(cost_heads[1:], vals):
            ws.merge_cells(f"{a}{r}:{b}{r}")
            boxed(ws, f"{a}{r}:{b}{r}")
            value_cell(ws, f"{a}{r}", v)
        ws.row_dimensions[r].height = 18
        r += 1
    r += 1
    put(ws, f"A{r}", "４　評価", size=11, bold=True, wrap=False)
    r += 1
    evals = [
        ("評価結果", "A（順調に推移している）"),
        (
            "今後の方向性",
            "継続（令和7年の浜松まつりに向け、シャトルバスの増便と多言語の案内を拡充する）",
        ),
    ]
    for key, val in evals:
        merge(ws, f"A{r}:C{r}", key, bold=True, box=True, shade=True)
        merge(ws, f"D{r}:K{r}", val, box=True)
        ws.row_dimensions[r].height = 18
        r += 1
    page(ws, landscape=False)
    ws.print_area = f"A1:K{r - 1}"
    save(wb, HERE / "hamamatsu_matsuri_jimujigyo_r5.xlsx")


# ---------------------------------------------------------------- 長久手市 (XLSX source of a landscape PDF)
NAGAKUTE_GRID = [
    # 施策, No., 指標名, 単位, H29, R元, R2, R3, R4, R5, R5（中間）, R10（最終）, 進捗
    (
        "1-2　子育て支援の充実",
        "1",
        "「子育てしやすいまち」と感じる市民の割合",
        "％",
        72.4,
        73.1,
        74.5,
        72.8,
        75.0,
        76.2,
        76.0,
        80.0,
        "◎",
    ),
    (
        "1-2　子育て支援の充実",
        "2",
        "放課後子ども教室の参加児童数",
        "人",
        1820,
        1905,
        612,
        1288,
        1734,
        1950,
        2100,
        2400,
        "○",
    ),
    (
        "5-1　地域資源を生かした魅力づくり",
        "3",
        "主要観光施設の観光入込客数※",
        "千人",
        5842,
        6105,
        2736,
        3318,
        4590,
        5512,
        6200,
        6800,
        "△",
    ),
    (
        "5-1　地域資源を生かした魅力づくり",
        "4",
        "市内で新たに創業した件数",
        "件",
        18,
        21,
        16,
        19,
        24,
        27,
        25,
        30,
        "◎",
    ),
    (
        "5-1　地域資源を生かした魅力づくり",
        "5",
        "社会増減数（転入者数－転出者数）",
        "人",
        512,
        388,
        215,
        "△46",
        120,
        "△12",
        300,
        300,
        "△",
    ),
]


def build_nagakute():
    wb = Workbook()
    ws = wb.active
    ws.title = "主要施策の指標"
    widths = {
        "A": 18,
        "B": 4,
        "C": 34,
        "D": 6,
        "E": 8,
        "F": 8,
        "G": 8,
        "H": 8,
        "I": 8,
        "J": 8,
        "K": 10,
        "L": 10,
        "M": 6,
    }
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    merge(
        ws,
        "A1:M1",
        "ながくて未来図（第6次長久手市総合計画）　主要施策の指標の進捗状況（令和5年度）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:M2", "令和6年10月　長久手市　市長公室　企画政策課", h="right")
    fields = [
        ("計画の名称", "ながくて未来図（第6次長久手市総合計画）"),
        (
            "計画期間",
            "平成31年度（2019年度）～令和10年度（2028年度）（10年間）　※主要施策は全43施策のうち優先的に取り組む14施策",
        ),
        (
            "市の概要",
            "本市は愛知県の中央部、尾張丘陵に位置し、西は名古屋市に接する面積21.55km²のまちである。令和2年国勢調査による平均年齢は40.2歳で、"
            "全国で最も若いまちとなっている。愛・地球博記念公園（モリコロパーク）があり、市民一人当たりの都市公園面積は県内1位である。",
        ),
    ]
    r = 4
    for key, val in fields:
        merge(ws, f"A{r}:B{r}", key, bold=True, box=True, shade=True)
        merge(ws, f"C{r}:M{r}", val, box=True)
        ws.row_dimensions[r].height = 32 if key == "市の概要" else 18
        r += 1
    r += 1
    put(ws, f"A{r}", "■主要施策の指標", size=11, bold=True, wrap=False)
    r += 1
    top, low = r, r + 1
    for col, text in (("A", "施策"), ("B", "No."), ("C", "指標名"), ("D", "単位"), ("M", "進捗")):
        merge(ws, f"{col}{top}:{col}{low}", text, bold=True, box=True, shade=True, h="center")
    put(ws, f"E{top}", "策定時", bold=True, box=True, shade=True, h="center")
    merge(ws, f"F{top}:J{top}", "実績値", bold=True, box=True, shade=True, h="center")
    merge(ws, f"K{top}:L{top}", "目標値", bold=True, box=True, shade=True, h="center")
    for col, text in zip(
        "EFGHIJKL", ["H29", "R元", "R2", "R3", "R4", "R5", "R5（中間）", "R10（最終）"]
    ):
        put(ws, f"{col}{low}", text, bold=True, box=True, shade=True, h="center")
    r = low + 1
    first = r
    for row in NAGAKUTE_GRID:
        _, no, name, unit, *vals = row
        put(ws, f"B{r}", no, box=True, h="center")
        put(ws, f"C{r}", name, box=True)
        put(ws, f"D{r}", unit, box=True, h="center")
        for col, v in zip("EFGHIJKLM", vals):
            if isinstance(v, str) and v.startswith("△") and len(v) > 1:
                put(ws, f"{col}{r}", v, box=True, h="right")
            elif col == "M":
                put(ws, f"{col}{r}", v, box=True, h="center", size=11)
            else:
                value_cell(ws, f"{col}{r}", v)
        ws.row_dimensions[r].height = 24
        r += 1
    merge(ws, f"A{first}:A{first + 1}", NAGAKUTE_GRID[0][0], box=True)
    merge(ws, f"A{first + 2}:A{first + 4}", NAGAKUTE_GRID[2][0], box=True)
    notes = [
        "進捗　◎：R5（中間）の目標値を達成　○：目標値は未達成だが策定時より改善　△：策定時より悪化",
        "※　No.3は愛知県観光レクリエーション利用者統計による暦年（1月～12月）の値である（H29はH29年、R元はR元年（2019年）、目標値も同じ）。その他の指標は年度の値である。",
        "（注）数値の欄の△はマイナスを表す。R2・R3の実績値は新型コロナウイルス感染症の影響を受けている。",
    ]
    for note in notes:
        merge(ws, f"A{r}:M{r}", note, size=8)
        ws.row_dimensions[r].height = 16
        r += 1
    page(ws, landscape=True)
    ws.print_area = f"A1:M{r - 1}"
    save(wb, SRC / "nagakute_miraizu_shihyo_r5.xlsx")


# ---------------------------------------------------------------- 豊中市 (HTML)
def toyonaka_row(no, name, unit, base, pairs, last, status):
    cells = "".join(f"<td>{t}</td><td>{a}</td>" for t, a in pairs)
    return (
        f'<tr><td class="c">{no}</td><td class="name">{name}</td><td class="c">{unit}</td>'
        f'<td>{base}</td>{cells}<td>{last}</td><td class="c">{status}</td></tr>\n'
    )


TOYONAKA_ROWS = (
    toyonaka_row(
        "①",
        "市公式魅力発信サイトの<br>年間閲覧数",
        "千件",
        "182.4",
        (("220.0", "236.8"), ("260.0", "251.3")),
        "300.0",
        "未達成",
    )
    + toyonaka_row(
        "②",
        "まち歩き・体験ツアーの参加者数",
        "人",
        "1,250",
        (("1,600", "1,712"), ("2,000", "2,168")),
        "2,400",
        "達成",
    )
    + toyonaka_row(
        "③",
        "魅力文化施設の来館者数",
        "人",
        "―",
        (("―", "―"), ("15,000", "18,420")),
        "40,000",
        "達成",
    )
    + toyonaka_row(
        "④", "20～39歳の転入超過数", "人", "312", (("330", "286"), ("350", "△24")), "370", "未達成"
    )
)

TOYONAKA = (
    """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>令和５年度　地方創生関係交付金事業の効果検証（とよなか魅力発信・関係人口創出事業） - 豊中市</title>
<style>
table { border-collapse: collapse; margin-bottom: 0.5em; }
th, td { border: 1px solid #333; padding: 2px 6px; }
td { text-align: right; }
td.c { text-align: center; }
td.name, th.row { text-align: left; }
table.ref { font-size: 90%; }
</style>
</head>
<body>
<nav aria-label="現在地"><ol>
<li><a href="/">ホーム</a></li>
<li><a href="/shisei/">市政情報</a></li>
<li><a href="/shisei/keikaku/">施策・計画</a></li>
<li><a href="/shisei/keikaku/chihososei/">地方創生</a></li>
<li>令和５年度　地方創生関係交付金事業の効果検証（とよなか魅力発信・関係人口創出事業）</li>
</ol></nav>
<main>
<h1>令和５年度　地方創生関係交付金事業の効果検証（とよなか魅力発信・関係人口創出事業）</h1>
<p class="update">更新日：2024年10月4日</p>
<p>豊中市は大阪府の北部に位置し、面積は36.39km²、人口は約40万人で府内第4位です。昭和11年（1936年）に市制を施行し、平成24年（2012年）4月に中核市へ移行しました。北東部には日本初のニュータウンである千里ニュータウンが広がり、阪神甲子園球場の約33倍の広さをもつ服部緑地や大阪国際空港があります。</p>
<p>本市は「とよなか百景」（平成2年発行、100か所）などで住宅都市の魅力を発信してきました。令和5年（2023年）11月21日には、阪急豊中駅に市の魅力や文化を発信する魅力文化施設を開設しました。</p>
<dl>
<dt>事業名</dt><dd>とよなか魅力発信・関係人口創出事業</dd>
<dt>交付金</dt><dd>デジタル田園都市国家構想交付金（地方創生推進タイプ）</dd>
<dt>事業期間</dt><dd>令和4年度～令和6年度（3か年）</dd>
<dt>総事業費</dt><dd>3か年計　42,000千円（うち交付金　21,000千円）</dd>
<dt>担当課</dt><dd>魅力文化創造課</dd>
</dl>
<h2>重要業績評価指標（KPI）の実績</h2>
<p>達成状況は、令和5年度の目標値に対する実績値で判定しています。令和6年度の実績値は、令和7年度に検証します。</p>
<table>
<thead>
<tr><th scope="col" rowspan="2">No.</th><th scope="col" rowspan="2">重要業績評価指標（KPI）</th><th scope="col" rowspan="2">単位</th><th scope="col" rowspan="2">事業開始前<br>（令和3年度）</th><th scope="colgroup" colspan="2">令和4年度</th><th scope="colgroup" colspan="2">令和5年度</th><th scope="col">令和6年度</th><th scope="col" rowspan="2">達成状況</th></tr>
<tr><th scope="col">目標値</th><th scope="col">実績値</th><th scope="col">目標値</th><th scope="col">実績値</th><th scope="col">目標値</th></tr>
</thead>
<tbody>
"""
    + TOYONAKA_ROWS
    + """</tbody>
</table>
<p>※　③の魅力文化施設は令和5年11月21日に開設したため、事業開始前の値と令和4年度の値はありません。④の△はマイナス（転出者数が転入者数を上回ったこと）を表します。</p>
<h2>（参考）関連する統計</h2>
<p>次の表は本事業のKPIではありません。事業の効果を見るための参考として掲載しています（目標値は設定していません）。</p>
<table class="ref">
<thead>
<tr><th scope="col">項目</th><th scope="col">令和3年度</th><th scope="col">令和4年度</th><th scope="col">令和5年度</th></tr>
</thead>
<tbody>
<tr><th scope="row" class="row">服部緑地の来園者数（千人）</th><td>3,210</td><td>3,380</td><td>3,520</td></tr>
<tr><th scope="row" class="row">大阪国際空港の乗降客数（万人）</th><td>853</td><td>1,304</td><td>1,486</td></tr>
</tbody>
</table>
<h2>外部有識者の評価</h2>
<p>2024年8月に開催した豊中市地方創生推進会議では、4つのKPIのうち2つで令和5年度の目標値を達成したことから、本事業は「地方創生に相当程度効果があった」と評価されました。④の転入超過数については、令和6年度に住宅情報の発信を強化し、20代・30代の転入者を年間400人増やすことを目指します。</p>
</main>
<footer><p>豊中市役所　魅力文化創造課</p></footer>
</body>
</html>
"""
)


def build_toyonaka():
    (HERE / "toyonaka_miryoku_kofukin_kensho_r5.html").write_text(TOYONAKA, encoding="utf-8")


# ---------------------------------------------------------------- 姫路市 (CSV, UTF-8 with BOM)
HIMEJI_WIDTH = 12
P6 = "政策6　にぎわいと交流の創出"
P7 = "政策7　産業の振興と雇用の創出"
HIMEJI_LINES = [
    ["タイトル", "姫路市総合計画「ふるさと・ひめじプラン2030」政策評価指標の実績（令和5年度）"],
    ["公表日", "2024年11月15日"],
    ["担当課", "企画政策推進室"],
    ["計画期間", "令和3年度（2021年度）～令和12年度（2030年度）（実施計画は3年間、毎年度更新）"],
    [
        "市の概要",
        "本市は兵庫県の南西部、播磨地方の中心に位置し、面積は534.48平方キロメートル、人口は528,374人（2021年7月1日現在）です。"
        "世界文化遺産の姫路城は、平成の大修理を終えて平成27年（2015年）3月にグランドオープンし、同年度の総入込客数は1,190万2千人となりました。",
    ],
    [],
    ["■政策評価指標の実績"],
    [
        "政策",
        "区分",
        "No.",
        "指標名",
        "単位",
        "基準値（R元）",
        "R3実績",
        "R4実績",
        "R5実績",
        "目標値（R5）",
        "目標値（R12）",
        "達成状況",
    ],
    [
        P6,
        "KPI",
        "1",
        "観光入込客数",
        "千人",
        "10,424",
        "5,318",
        "7,642",
        "9,715",
        "9,500",
        "12,000",
        "達成",
    ],
    [
        P6,
        "参考",
        "",
        "（参考）姫路城の入城者数",
        "千人",
        "1,549",
        "586",
        "932",
        "1,486",
        "",
        "",
        "",
    ],
    [
        P6,
        "KPI",
        "2",
        "市内宿泊施設の外国人宿泊者数",
        "人",
        "182,400",
        "3,210",
        "28,640",
        "集計中",
        "150,000",
        "250,000",
        "―",
    ],
    [
        P6,
        "市民意識",
        "3",
        "姫路城や歴史・文化を誇りに思う市民の割合",
        "％",
        "84.6",
        "85.1",
        "86.0",
        "85.3",
        "86.0",
        "90.0",
        "未達成",
    ],
    [P7, "KPI", "4", "市の支援による創業件数", "件", "58", "61", "64", "72", "65", "80", "達成"],
    [
        P7,
        "市民意識",
        "5",
        "「市内で働く場が充実している」と思う市民の割合",
        "％",
        "31.2",
        "30.4",
        "32.8",
        "34.1",
        "35.0",
        "40.0",
        "未達成",
    ],
    [],
    [
        "※1",
        "区分の「KPI」は重要業績評価指標、「市民意識」は市民意識調査項目です。いずれも政策の進捗を測る指標として設定しています。",
    ],
    [
        "※2",
        "区分が「参考」の行は指標ではなく、関連する統計を参考として掲載したものです（目標値は設定していません）。",
    ],
    ["※3", "「集計中」は、公表時点で統計が確定していないものです。"],
    ["※4", "達成状況は、R5実績が目標値（R5）に達したかどうかを示します。"],
]


def build_himeji():
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    for line in HIMEJI_LINES:
        writer.writerow(line + [""] * (HIMEJI_WIDTH - len(line)))
    (HERE / "himeji_seisaku_hyoka_kpi_r5.csv").write_bytes(
        ("\ufeff" + buf.getvalue()).encode("utf-8")
    )


def to_pdf():
    for name in ("nagakute_miraizu_shihyo_r5",):
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
    build_hamamatsu()
    build_nagakute()
    build_toyonaka()
    build_himeji()
    if "--no-pdf" not in sys.argv:
        to_pdf()


if __name__ == "__main__":
    main()
