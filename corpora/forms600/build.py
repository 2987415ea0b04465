"""Build forms600: four KPI documents of 日進市, 田原本町, 御嵩町 and 摂津市.

Writes `nisshin_denen_jimujigyo_r5.html` (a 事務事業評価シート as a web page),
`tawaramoto_karako_kofukin_kensho_r2.csv` (a 地方創生推進交付金 効果検証シート as open data, UTF-8 with BOM, CRLF),
the XLSX source `source/mitake_shuyo_seika_r5.xlsx`, which LibreOffice turns into `mitake_shuyo_seika_r5.pdf`
(a 主要施策の成果説明書, two pages), and `settsu_keiei_senryaku_shihyo_r5.xlsx` (the workbook is the document).
Run `/work/venv/bin/python build.py` (`--no-pdf` skips LibreOffice). The XLSX files, the CSV and the HTML are
byte-stable (fixed zip entry dates and core properties); the PDF's creation date, /ID and /DocChecksum are
overwritten with fixed values of the same length, so it is byte-stable too on the same LibreOffice.
"""
# ruff: noqa: E501, B905

import datetime
import hashlib
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
from openpyxl.worksheet.pagebreak import Break

HERE = Path(__file__).resolve().parent
SRC = HERE / "source"
FONT = "Noto Sans CJK JP"
THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
SHADE = PatternFill("solid", fgColor="D9D9D9")
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
    wb.properties.creator = "forms600"
    wb.properties.lastModifiedBy = "forms600"
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


def page_setup(ws, landscape, fit_height=1):
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = fit_height
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.6


def csv_field(v):
    v = str(v)
    if any(ch in v for ch in ',"\r\n'):
        return '"' + v.replace('"', '""') + '"'
    return v


# ---------------------------------------------------------------- 日進市 (HTML)
# A 事務事業評価シート as a web page. One grid: 区分 merged down (活動指標 / 成果指標), each indicator on a 計画 row
# and a 実績 row with its 記号, name, 単位 and 達成度 mark merged over both; year heads 西暦 with the 令和 year in
# brackets; the 2024 column holds plans only. A cost table follows.
NISSHIN_YEARS = ("2021<br>（R3）", "2022<br>（R4）", "2023<br>（R5）", "2024<br>（R6）")
# (区分, 記号, name, 単位, 計画 2021–2024, 実績 2021–2023, 達成度)
NISSHIN_ROWS = (
    (
        "活動指標",
        "ア",
        "市民農園の貸出区画数",
        "区画",
        ("320", "340", "360", "360"),
        ("318", "342", "355"),
        "○",
    ),
    (
        "活動指標",
        "イ",
        "農業体験講座の開催回数",
        "回",
        ("12", "12", "15", "15"),
        ("中止", "12", "16"),
        "◎",
    ),
    (
        "成果指標",
        "ア",
        "市民農園の利用率",
        "％",
        ("95.0", "95.0", "97.0", "現状維持"),
        ("93.4", "96.1", "98.2"),
        "◎",
    ),
    (
        "成果指標",
        "イ",
        "農業体験講座の参加者数（延べ）",
        "人",
        ("240", "240", "300", "300"),
        ("―", "198", "226"),
        "△",
    ),
    (
        "成果指標",
        "ウ",
        "田園フロンティアパーク構想に協力する農家数",
        "戸",
        ("15", "18", "20", "22"),
        ("14", "18", "19"),
        "○",
    ),
)
NISSHIN_COST = (
    ("事業費", ("8,640", "9,120", "9,870", "10,250")),
    ("うち特定財源（使用料）", ("3,820", "4,080", "4,260", "4,320")),
    ("人件費", ("5,100", "5,100", "5,350", "5,350")),
    ("トータルコスト", ("13,740", "14,220", "15,220", "15,600")),
    ("1区画当たりのトータルコスト（円）", ("43,208", "41,579", "42,873", "43,333")),
)


def nisshin_grid():
    out = [
        '<table class="grid">',
        "<thead>",
        '<tr><th rowspan="2" scope="col">区分</th><th rowspan="2" scope="col">記号</th><th rowspan="2" scope="col">指標名</th>'
        '<th rowspan="2" scope="col">単位</th><th rowspan="2" scope="col">計画／実績</th><th colspan="4" scope="colgroup">年度</th>'
        '<th rowspan="2" scope="col">達成度<br>（2023年度）</th></tr>',
        "<tr>" + "".join(f'<th scope="col">{y}</th>' for y in NISSHIN_YEARS) + "</tr>",
        "</thead>",
        "<tbody>",
    ]
    counts = {}
    for row in NISSHIN_ROWS:
        counts[row[0]] = counts.get(row[0], 0) + 2
    seen = set()
    for kind, mark, name, unit, plans, results, grade in NISSHIN_ROWS:
        first = ""
        if kind not in seen:
            seen.add(kind)
            first = f'<th rowspan="{counts[kind]}" scope="rowgroup">{kind}</th>'
        plan_cells = "".join(f'<td class="num">{v}</td>' for v in plans)
        out.append(
            f'<tr>{first}<td rowspan="2" class="c">{mark}</td><td rowspan="2">{name}</td><td rowspan="2" class="c">{unit}</td>'
            f'<td class="c">計画</td>{plan_cells}<td rowspan="2" class="c">{grade}</td></tr>'
        )
        result_cells = "".join(f'<td class="num">{v}</td>' for v in results)
        out.append(f'<tr><td class="c">実績</td>{result_cells}<td class="blank"></td></tr>')
    out += ["</tbody>", "</table>"]
    return "\n".join(out)


def nisshin_cost():
    out = [
        '<p class="unit">（単位：千円）</p>',
        '<table class="cost">',
        "<thead>",
        '<tr><th scope="col">区分</th><th scope="col">2021年度<br>（決算）</th><th scope="col">2022年度<br>（決算）</th>'
        '<th scope="col">2023年度<br>（決算）</th><th scope="col">2024年度<br>（予算）</th></tr>',
        "</thead>",
        "<tbody>",
    ]
    for name, vals in NISSHIN_COST:
        out.append(
            f'<tr><th scope="row">{name}</th>'
            + "".join(f'<td class="num">{v}</td>' for v in vals)
            + "</tr>"
        )
    out += ["</tbody>", "</table>"]
    return "\n".join(out)


NISSHIN_HEAD = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>令和５年度事務事業評価シート（田園フロンティアパーク推進事業）｜日進市</title>
<style>
body { font-family: "Noto Sans CJK JP", sans-serif; font-size: 15px; line-height: 1.6; margin: 1em 2em; }
nav ol { list-style: none; padding: 0; display: flex; gap: .5em; font-size: 13px; }
nav li + li::before { content: "＞ "; }
table { border-collapse: collapse; margin: .5em 0 1em; }
th, td { border: 1px solid #555; padding: 4px 8px; }
thead th, table.form th, tbody th { background: #e8eef5; }
td.num { text-align: right; }
td.c { text-align: center; }
td.blank { background: #ccc; }
p.unit { text-align: right; margin: 0; font-size: 13px; }
p.note, p.legend { font-size: 13px; margin: .2em 0; }
</style>
</head>
<body>
<header><p class="site">日進市</p></header>
<nav aria-label="現在地"><ol><li><a href="/">ホーム</a></li><li><a href="/seisaku/">市政情報</a></li><li><a href="/seisaku/hyoka/">行政評価</a></li><li>令和５年度事務事業評価シート（田園フロンティアパーク推進事業）</li></ol></nav>
<main>
<h1>令和５年度　事務事業評価シート（田園フロンティアパーク推進事業）</h1>
<p class="date">更新日：2024年8月30日</p>
<p>日進市では、平成17年度から事務事業評価を実施しています。令和2年度に実施した評価から、評価の名称を事業を実施した年度に合わせた表記としており、このシートは令和5年度に実施した事業を評価したものです。</p>
<h2>１　事業の概要</h2>
<table class="form">
<tr><th scope="row">事業番号</th><td>4-2-3-05</td><th scope="row">担当課</th><td>農政課</td></tr>
<tr><th scope="row">事務事業名</th><td colspan="3">田園フロンティアパーク推進事業（市民農園管理運営事業）</td></tr>
<tr><th scope="row">実施計画上の位置付け</th><td colspan="3">第2次実施計画（令和4年度～令和6年度）掲載事業</td></tr>
<tr><th scope="row">根拠法令等</th><td colspan="3">市民農園整備促進法、特定農地貸付けに関する農地法等の特例に関する法律、日進市田園フロンティアパーク構想</td></tr>
<tr><th scope="row">対象</th><td colspan="3">市民（市民農園の利用者、農業体験講座の受講者）、市内の農業者</td></tr>
<tr><th scope="row">事業の概要</th><td colspan="3">本市は名古屋市の東に接する面積34.91km²の市で、平成6年（1994年）10月1日に市制を施行しました。名古屋市営地下鉄鶴舞線・名鉄豊田線の開通以来、宅地化が急速に進み、人口は91,520人（令和2年国勢調査）となっています。市のほぼ中央を天白川が東西に流れ、その流域には今も田園が広がっています。担い手の高齢化や農地の減少が進むなか、市民みんなで「農」を支え育てるため、日進市田園フロンティアパーク構想に基づき、市民農園の管理運営と農業体験講座を行います。</td></tr>
</table>
<h2>２　活動指標・成果指標の推移</h2>
"""

NISSHIN_MIDDLE = """
<p class="legend">達成度　◎：計画値を達成（100％以上）　○：計画値の80％以上100％未満　△：計画値の80％未満</p>
<p class="note">※1　2021年度の農業体験講座は、新型コロナウイルス感染症の拡大防止のため中止しました。</p>
<p class="note">※2　成果指標アの2024年度の計画は、利用率が高い水準にあるため「現状維持」としています。</p>
<p class="note">※3　2024年度は計画値のみを記載しています。</p>
<h2>３　事業費の推移</h2>
"""

NISSHIN_TAIL = """
<h2>４　評価</h2>
<dl>
<dt>評価</dt><dd>B（概ね順調）</dd>
<dt>今後の方向性</dt><dd>継続</dd>
<dt>評価の理由</dt><dd>市民農園は355区画を貸し出し、利用率は98.2％と高い水準を維持しています。一方、農業体験講座の参加者数は計画を下回っており、講座の周知方法と開催日程を見直します。</dd>
</dl>
</main>
<footer>
<p>お問い合わせ　日進市 農政課　〒470-0192 愛知県日進市蟹甲町池下268番地</p>
</footer>
</body>
</html>
"""


def build_nisshin():
    text = NISSHIN_HEAD + nisshin_grid() + NISSHIN_MIDDLE + nisshin_cost() + NISSHIN_TAIL
    (HERE / "nisshin_denen_jimujigyo_r5.html").write_bytes(text.encode("utf-8"))


# ---------------------------------------------------------------- 田原本町 (CSV)
# A 交付金 効果検証シート exported as open data, long format: each KPI on three lines, one per year, the name, unit
# and baseline on its first line only.
TAWARAMOTO_WIDTH = 9
TAWARAMOTO_FORM = (
    ("タイトル", "地方創生推進交付金事業　効果検証シート（令和２年度）"),
    ("作成日", "令和3年8月31日"),
    (
        "交付対象事業の名称",
        "唐古・鍵遺跡史跡公園と道の駅を核とした「弥生の里たわらもと」観光交流推進事業",
    ),
    ("交付金の種類", "地方創生推進交付金（横展開タイプ）"),
    ("事業期間", "平成30年度～令和2年度（3か年）"),
    ("総事業費", "3か年計　42,600千円（うち交付金　21,300千円）"),
    ("担当課", "観光振興課"),
    (
        "町の概要",
        "奈良盆地のほぼ中央に位置し、東西約5km、南北約6km、面積21.09km²の平坦な町。約2,000年前の弥生時代の環濠集落「唐古・鍵遺跡」（約42万㎡、国史跡）があり、"
        "平成30年（2018年）4月に唐古・鍵遺跡史跡公園と、国道24号を挟んで向かい合う道の駅「レスティ唐古・鍵」が開業した。",
    ),
    (
        "事業の概要",
        "史跡公園・道の駅と唐古・鍵考古学ミュージアム（田原本青垣生涯学習センター2階）を結ぶ周遊ルートを整備し、弥生体験プログラムの開発、観光ボランティアガイドの養成、特産品の販路拡大を一体的に進める。",
    ),
    (
        "注記",
        "KPIごとに年度別の行を設けています。KPI・指標名・単位・事業開始前の値は、各KPIの最初の行にのみ記載しています。達成率（％）＝実績値÷目標値×100",
    ),
)
TAWARAMOTO_HEAD = (
    "KPI",
    "指標名",
    "単位",
    "事業開始前（H30.3末）",
    "年度",
    "目標値",
    "実績値",
    "達成率（％）",
    "備考",
)
TAWARAMOTO_LINES = (
    (
        "KPI①",
        "唐古・鍵考古学ミュージアムの入館者数",
        "千人",
        "14.2",
        "平成30年度",
        "18.0",
        "21.6",
        "120.0",
        "",
    ),
    ("", "", "", "", "令和元年度", "20.0", "23.8", "119.0", ""),
    ("", "", "", "", "令和2年度", "22.0", "9.7", "44.1", "※1"),
    (
        "KPI②",
        "道の駅「レスティ唐古・鍵」の農産物等直売所販売額",
        "千円",
        "―",
        "平成30年度",
        "120,000",
        "136,480",
        "113.7",
        "※2",
    ),
    ("", "", "", "", "令和元年度", "130,000", "148,920", "114.6", ""),
    ("", "", "", "", "令和2年度", "140,000", "153,260", "109.5", ""),
    (
        "KPI③",
        "史跡公園を活用した弥生体験プログラムの参加者数",
        "人",
        "1,240",
        "平成30年度",
        "2,000",
        "2,318",
        "115.9",
        "",
    ),
    ("", "", "", "", "令和元年度", "2,500～3,000", "2,764", "110.6", ""),
    ("", "", "", "", "令和2年度", "3,000～3,500", "中止", "―", "※1"),
    ("KPI④", "町内の観光入込客数", "万人", "58.3", "平成30年度", "65.0", "78.6", "120.9", ""),
    ("", "", "", "", "令和元年度", "70.0", "84.1", "120.1", ""),
    ("", "", "", "", "令和2年度", "75.0", "52.8", "70.4", "※1"),
)
TAWARAMOTO_NOTES = (
    (
        "※1　令和2年度は、新型コロナウイルス感染症の拡大防止のため、ミュージアムを臨時休館（4月～5月）し、弥生体験プログラムを中止した。",
    ),
    ("※2　道の駅は平成30年4月の開業のため、事業開始前の値はない。",),
    ("※3　KPI③の令和元年度・令和2年度の目標値は幅で設定しており、達成率は下限値に対するもの。",),
)
TAWARAMOTO_RESULT = (
    ("事業の評価", "地方創生に相当程度効果があった"),
    ("今後の方針", "事業の継続（令和3年度以降は町の単独事業として実施）"),
)


def build_tawaramoto():
    rows = [list(pair) for pair in TAWARAMOTO_FORM]
    rows.append([])
    rows.append(["■重要業績評価指標（KPI）の達成状況"])
    rows.append(list(TAWARAMOTO_HEAD))
    rows.extend(list(line) for line in TAWARAMOTO_LINES)
    rows.extend(list(note) for note in TAWARAMOTO_NOTES)
    rows.append([])
    rows.append(["■効果検証の結果"])
    rows.extend(list(pair) for pair in TAWARAMOTO_RESULT)
    lines = [
        ",".join(csv_field(c) for c in row + [""] * (TAWARAMOTO_WIDTH - len(row))) for row in rows
    ]
    text = "\r\n".join(lines) + "\r\n"
    (HERE / "tawaramoto_karako_kofukin_kensho_r2.csv").write_bytes(
        b"\xef\xbb\xbf" + text.encode("utf-8")
    )


# ---------------------------------------------------------------- 御嵩町 (XLSX source of the PDF, portrait, two pages)
# A 主要施策の成果説明書: 款 headings over stacked 事業 blocks (事業名 / 担当課 line, 決算額 line, 事業の成果 prose,
# then a small 成果指標 table with a 単位 column and a 前年度比 column). The third block opens page 2 with no heading.
MITAKE_COLS = (("A", 10), ("B", 34), ("C", 7), ("D", 11), ("E", 11), ("F", 11), ("G", 10))
# (款 heading or None, 事業名, 担当課, 決算額, 事業の成果, rows, page break before)
MITAKE_BLOCKS = (
    (
        "２款　総務費",
        "ふるさと納税推進事業",
        "企画調整課",
        "58,420千円（財源内訳：その他（ふるさと応援寄附金）58,420千円）",
        "返礼品に町内事業者の新商品を加え（令和5年度末286品目）、ポータルサイトを1サイト追加したことにより、寄附額・寄附件数とも前年度を上回った。",
        (
            ("①　ふるさと納税寄附額", "億円", 1.86, 2.00, 2.34, "125.8%", "0.00"),
            ("②　ふるさと納税寄附件数", "件", 9412, 10000, 12086, "128.4%", "#,##0"),
        ),
        False,
    ),
    (
        "７款　商工費",
        "中山道御嶽宿にぎわい創出事業",
        "商工観光課",
        "12,960千円（財源内訳：県支出金 3,000千円、一般財源 9,960千円）",
        "中山道みたけ館（平成8年（1996年）3月1日開館）と商家竹屋を拠点に、御嶽宿の歴史を案内するまち歩きガイドを令和5年度から開始した。",
        (
            ("①　中山道みたけ館・商家竹屋の入館者数", "千人", 58.6, 65.0, 63.2, "107.8%", "0.0"),
            ("②　御嶽宿まち歩きガイドの案内件数", "件", "―", 40, 52, "―", "#,##0"),
        ),
        False,
    ),
    (
        None,
        "鬼岩公園観光振興事業",
        "商工観光課",
        "7,840千円（財源内訳：一般財源 7,840千円）",
        "鬼岩公園の遊歩道の補修と案内看板の更新を行ったが、夏季の猛暑と秋の長雨の影響により入込客数は前年度を下回った。",
        (("①　鬼岩公園の観光入込客数", "万人", 9.24, 9.50, 8.81, "▲4.7%", "0.00"),),
        True,
    ),
    (
        "８款　土木費",
        "亜炭鉱跡防災対策事業",
        "建設課",
        "486,300千円（財源内訳：国庫支出金 437,670千円、町債 40,000千円、一般財源 8,630千円）",
        "明治から昭和中期にかけて採掘された亜炭の鉱跡のうち、住宅地の地下にある空洞の充填工事を進めた。",
        (("①　亜炭鉱跡充填工事の完了面積（累計）", "ha", 12.4, 15.0, 14.1, "113.7%", "0.0"),),
        False,
    ),
)
MITAKE_NOTES = (
    "※1　前年度比は、令和５年度実績÷令和４年度実績で算出しています（▲は減少）。",
    "※2　まち歩きガイドは令和５年度に開始したため、令和４年度の実績はありません。",
)


def build_mitake():
    wb = Workbook()
    ws = wb.active
    ws.title = "主要施策の成果"
    for col, w in MITAKE_COLS:
        ws.column_dimensions[col].width = w
    merge(ws, "A1:G1", "令和５年度　主要施策の成果説明書（抜粋）", size=14, bold=True, h="center")
    merge(ws, "A2:G2", "御嵩町　令和6年9月", h="right")
    merge(
        ws,
        "A3:G3",
        "本書は、地方自治法第233条第5項の規定により、令和5年度一般会計の主要な施策の成果を説明するものです。"
        "御嵩町は岐阜県の中南部、可児郡に位置する面積56.69km²の町で、中山道49番目の宿場・御嶽宿と、弘仁6年（815年）に最澄が開いたと伝わる願興寺（蟹薬師）の門前町として栄えました。",
    )
    ws.row_dimensions[3].height = 40
    r = 5
    breaks = []
    for heading, name, dept, money, prose, rows, new_page in MITAKE_BLOCKS:
        if new_page:
            breaks.append(r - 1)
        if heading:
            put(ws, f"A{r}", heading, size=11, bold=True, wrap=False)
            ws.row_dimensions[r].height = 20
            r += 1
        put(ws, f"A{r}", "事業名", bold=True, box=True, shade=True, h="center")
        merge(ws, f"B{r}:E{r}", name, bold=True, box=True)
        put(ws, f"F{r}", "担当課", bold=True, box=True, shade=True, h="center")
        put(ws, f"G{r}", dept, box=True, h="center")
        ws.row_dimensions[r].height = 18
        r += 1
        put(ws, f"A{r}", "決算額", bold=True, box=True, shade=True, h="center")
        merge(ws, f"B{r}:G{r}", money, box=True)
        ws.row_dimensions[r].height = 18
        r += 1
        put(ws, f"A{r}", "事業の成果", bold=True, box=True, shade=True, h="center")
        merge(ws, f"B{r}:G{r}", prose, box=True)
        ws.row_dimensions[r].height = 32
        r += 1
        merge(ws, f"A{r}:B{r}", "成果指標", bold=True, box=True, shade=True, h="center")
        heads = ("単位", "令和４年度\n実績", "令和５年度\n目標", "令和５年度\n実績", "前年度比")
        for col, text in zip("CDEFG", heads):
            put(ws, f"{col}{r}", text, bold=True, box=True, shade=True, h="center")
        ws.row_dimensions[r].height = 28
        r += 1
        for label_name, unit, r4, t5, a5, ratio, fmt in rows:
            merge(ws, f"A{r}:B{r}", label_name, box=True)
            put(ws, f"C{r}", unit, box=True, h="center")
            for col, v in zip("DEF", (r4, t5, a5)):
                if isinstance(v, str):
                    put(ws, f"{col}{r}", v, box=True, h="center")
                else:
                    put(ws, f"{col}{r}", v, box=True, h="right", fmt=fmt)
            put(ws, f"G{r}", ratio, box=True, h="right")
            ws.row_dimensions[r].height = 18
            r += 1
        r += 1
    for note in MITAKE_NOTES:
        merge(ws, f"A{r}:G{r}", note, size=8)
        ws.row_dimensions[r].height = 15
        r += 1
    page_setup(ws, landscape=False, fit_height=0)
    for row in breaks:
        ws.row_breaks.append(Break(id=row))
    ws.oddFooter.center.text = "－ &P －"
    ws.oddFooter.center.size = 9
    save(wb, SRC / "mitake_shuyo_seika_r5.xlsx")


# ---------------------------------------------------------------- 摂津市 (XLSX, the document itself)
# 行政経営戦略 成果指標: 目標 merged down with a line break (number, then words), 基準値 split into 年度 | 値,
# 実績値 R3–R5, 目標値 R5（中間） | R7（最終）, a 進捗 word. Percentages stored as fractions shown `0.0%`.
SETTSU_GOALS = (
    (
        "目標１\n市民が元気に活動するまち",
        (
            (
                1,
                "自治会加入率",
                "％",
                "R2",
                (0.624, 0.618, 0.609, 0.602, 0.640, 0.650),
                "0.0%",
                "遅れ",
            ),
            (
                2,
                "市民活動支援センターの登録団体数",
                "団体",
                "R元",
                (84, 86, 91, 95, 95, 100),
                "#,##0",
                "順調",
            ),
        ),
    ),
    (
        "目標２\nみんなが安全で快適に暮らせるまち",
        (
            (
                3,
                "市内の大阪モノレール駅の1日平均乗降客数",
                "千人/日",
                "R元",
                (18.6, 14.9, 16.2, 17.4, 17.0, 19.0),
                "0.0",
                "順調",
            ),
        ),
    ),
    (
        "目標３\nみどりうるおう環境を大切にするまち",
        (
            (
                4,
                "ごみのリサイクル率",
                "％",
                "H30",
                (16.9, 17.2, 17.5, 17.8, 18.0, 20.0),
                "0.0",
                "やや遅れ",
            ),
        ),
    ),
    (
        "目標５\n誰もが学び、成長できるまち",
        (
            (
                5,
                "市立図書館の年間貸出冊数",
                "千冊",
                "R元",
                (612, 548, 571, 589, 600, 630),
                "#,##0",
                "やや遅れ",
            ),
        ),
    ),
    (
        "目標６\n活力ある産業のまち",
        (
            (
                6,
                "創業支援による新規創業件数",
                "件",
                "R2",
                (18, 21, 24, 19, 25, "5年間で延べ120件"),
                "#,##0",
                "遅れ",
            ),
        ),
    ),
    (
        "目標７\n計画を実現する行政経営",
        (
            (
                7,
                "電子申請が可能な行政手続の数",
                "件",
                "R2",
                (42, 68, 115, 164, 150, 200),
                "#,##0",
                "順調",
            ),
        ),
    ),
)
SETTSU_NOTES = (
    "※1　基準値は、指標ごとに計画策定時に把握できた直近の年度の値です。",
    "※2　R5（中間）は計画期間の中間年度の目標値、R7（最終）は最終年度の目標値です。",
    "※3　No.6のR7（最終）は、計画期間5年間（R3～R7）の累計の目標です。",
    "※4　進捗は、R7（最終）の目標に対する進み具合を「順調」「やや遅れ」「遅れ」の3段階で示しています。",
    "※5　目標４「暮らしにやさしく笑顔があふれるまち」の成果指標は、別表に掲載しています。",
)


def build_settsu():
    wb = Workbook()
    ws = wb.active
    ws.title = "成果指標"
    widths = (
        ("A", 30),
        ("B", 5),
        ("C", 36),
        ("D", 8),
        ("E", 6),
        ("F", 8),
        ("G", 8),
        ("H", 8),
        ("I", 8),
        ("J", 10),
        ("K", 17),
        ("L", 9),
    )
    for col, w in widths:
        ws.column_dimensions[col].width = w
    merge(
        ws,
        "A1:L1",
        "摂津市行政経営戦略　成果指標の進捗状況（令和５年度実績・抜粋）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:L2", "令和6年9月　摂津市", h="right")
    fields = (
        (
            "計画の名称",
            "摂津市行政経営戦略（摂津市総合計画と摂津市まち・ひと・しごと創生総合戦略を一体化した計画）",
        ),
        ("めざす将来像", "みんなが育む つながりのまち 摂津"),
        ("計画期間", "令和3年度～令和7年度（5年間）"),
        ("担当課", "市長公室 政策推進課"),
        (
            "市の概要",
            "大阪府の中北部、淀川の右岸に位置し、市域は東西約6km、南北約4.5km、面積14.87km²。昭和41年（1966年）に市制を施行した。"
            "東海道新幹線の鳥飼車両基地があり、市の中央を大阪モノレールが南北に通る。人口87,070人（2024年5月1日推計）。",
        ),
    )
    r = 4
    for key, val in fields:
        merge(ws, f"A{r}:B{r}", key, bold=True, box=True, shade=True)
        merge(ws, f"C{r}:L{r}", val, box=True)
        ws.row_dimensions[r].height = 30 if key == "市の概要" else 18
        r += 1
    r += 1
    put(ws, f"A{r}", "■成果指標の進捗状況", size=11, bold=True, wrap=False)
    r += 1
    top, sub = r, r + 1
    for col, text in (("A", "目標"), ("B", "No."), ("C", "成果指標"), ("D", "単位"), ("L", "進捗")):
        merge(ws, f"{col}{top}:{col}{sub}", text, bold=True, box=True, shade=True, h="center")
    merge(ws, f"E{top}:F{top}", "基準値", bold=True, box=True, shade=True, h="center")
    merge(ws, f"G{top}:I{top}", "実績値", bold=True, box=True, shade=True, h="center")
    merge(ws, f"J{top}:K{top}", "目標値", bold=True, box=True, shade=True, h="center")
    for col, text in zip("EFGHIJK", ("年度", "値", "R3", "R4", "R5", "R5（中間）", "R7（最終）")):
        put(ws, f"{col}{sub}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[top].height = 16
    ws.row_dimensions[sub].height = 16
    r = sub + 1
    for goal, rows in SETTSU_GOALS:
        first = r
        for no, name, unit, base_year, vals, fmt, progress in rows:
            put(ws, f"B{r}", no, box=True, h="center")
            put(ws, f"C{r}", name, box=True)
            put(ws, f"D{r}", unit, box=True, h="center")
            put(ws, f"E{r}", base_year, box=True, h="center")
            for col, v in zip("FGHIJK", vals):
                if isinstance(v, str):
                    put(ws, f"{col}{r}", v, box=True, h="center")
                else:
                    put(ws, f"{col}{r}", v, box=True, h="right", fmt=fmt)
            put(ws, f"L{r}", progress, box=True, h="center")
            ws.row_dimensions[r].height = 30
            r += 1
        merge(ws, f"A{first}:A{r - 1}", goal, box=True)
    r += 1
    for note in SETTSU_NOTES:
        merge(ws, f"A{r}:L{r}", note, size=8)
        ws.row_dimensions[r].height = 15
        r += 1
    page_setup(ws, landscape=True)
    save(wb, HERE / "settsu_keiei_senryaku_shihyo_r5.xlsx")


# ---------------------------------------------------------------- PDF
def to_pdf():
    for name in ("mitake_shuyo_seika_r5",):
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
        stabilize_pdf(HERE / f"{name}.pdf", SRC / f"{name}.xlsx")


def stabilize_pdf(pdf, source):
    """Overwrite LibreOffice's creation date, /ID and /DocChecksum with fixed values of the same length.

    Only bytes inside those values change, so the xref offsets stay valid and two builds give the same bytes.
    """
    data = pdf.read_bytes()
    fixed = hashlib.md5(source.read_bytes()).hexdigest().upper().encode()
    data = re.sub(rb"(/CreationDate\(D:)[0-9]{14}", rb"\g<1>20250901090000", data)
    data = re.sub(
        rb"(/ID \[\s*<)[0-9A-Fa-f]{32}(>\s*<)[0-9A-Fa-f]{32}>",
        rb"\g<1>" + fixed + rb"\g<2>" + fixed + rb">",
        data,
    )
    data = re.sub(rb"(/DocChecksum /)[0-9A-Fa-f]{32}", rb"\g<1>" + fixed, data)
    pdf.write_bytes(data)


def main():
    SRC.mkdir(exist_ok=True)
    build_nisshin()
    build_tawaramoto()
    build_mitake()
    build_settsu()
    if "--no-pdf" not in sys.argv:
        to_pdf()


if __name__ == "__main__":
    main()
