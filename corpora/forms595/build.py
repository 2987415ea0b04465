"""Build forms595: four KPI documents of 守谷市, 利島村, 宇都宮市 and 上里町.

Writes `moriya_citypromo_jimujigyo_r6.csv`, `toshima_iju_kofukin_kensho_r6.xlsx` (the workbook is the
document), `utsunomiya_kokyokotsu_shuyo_seika_r5.html` and the XLSX source
`source/kamisato_senryaku_kpi_shinchoku_r6.xlsx`, which LibreOffice turns into
`kamisato_senryaku_kpi_shinchoku_r6.pdf`.
Run `/work/venv/bin/python build.py` (`--no-pdf` skips LibreOffice). XLSX, HTML and CSV are byte-stable.
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

HERE = Path(__file__).resolve().parent
SRC = HERE / "source"
FONT = "Noto Sans CJK JP"
THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
SHADE = PatternFill("solid", fgColor="D9D9D9")
BAND = PatternFill("solid", fgColor="EDEDED")
STAMP = datetime.datetime(2025, 9, 1, 9, 0, 0)
STAMP_TEXT = "2025-09-01T09:00:00Z"


def font(size=9, bold=False):
    return Font(name=FONT, size=size, bold=bold)


def put(ws, ref, value, size=9, bold=False, box=False, shade=None, h="left", wrap=True, fmt=None):
    cell = ws[ref]
    cell.value = value
    cell.font = font(size, bold)
    cell.alignment = Alignment(horizontal=h, vertical="center", wrap_text=wrap)
    if box:
        cell.border = BOX
    if shade is not None:
        cell.fill = shade
    if fmt:
        cell.number_format = fmt
    elif isinstance(value, float):
        cell.number_format = "#,##0.0"
    elif isinstance(value, int):
        cell.number_format = "#,##0"
    return cell


def boxed(ws, rng, shade=None):
    for row in ws[rng]:
        for cell in row:
            cell.border = BOX
            if shade is not None:
                cell.fill = shade


def merge(ws, rng, value, **kw):
    first = rng.split(":")[0]
    put(ws, first, value, **kw)
    ws.merge_cells(rng)
    if kw.get("box"):
        boxed(ws, rng, kw.get("shade"))


def save(wb, path):
    """Save with fixed properties and fixed zip timestamps, so the bytes do not change."""
    wb.properties.creator = "forms595"
    wb.properties.lastModifiedBy = "forms595"
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


def fields_block(ws, r, fields, key_cols, val_cols, tall):
    """Key | value rows; key_cols and val_cols are column pairs such as ("A", "B")."""
    for key, val in fields:
        merge(ws, f"{key_cols[0]}{r}:{key_cols[1]}{r}", key, bold=True, box=True, shade=SHADE)
        merge(ws, f"{val_cols[0]}{r}:{val_cols[1]}{r}", val, box=True)
        ws.row_dimensions[r].height = tall.get(key, 18)
        r += 1
    return r


def notes_block(ws, r, notes, last_col, height=15):
    for note in notes:
        merge(ws, f"A{r}:{last_col}{r}", note, size=8)
        ws.row_dimensions[r].height = height
        r += 1
    return r


# ---------------------------------------------------------------- 守谷市 (CSV, open data)
# The 事務事業評価シート's 指標の推移 as an open-data file: years down the side, each indicator two columns
# (目標, 実績) under a three-line head, the 事業費 and 人件費 at the right.
MORIYA_WIDTH = 13
MORIYA_LINES = (
    ("タイトル", "令和7年度 事務事業評価シート（令和6年度実施事業）"),
    ("公表日", "令和7年8月29日"),
    ("事業番号", "0312"),
    ("事務事業名", "シティプロモーション推進事業"),
    ("担当部課", "市長公室 企画課"),
    (
        "総合計画の位置付け",
        "第三次守谷市総合計画（第2期守谷市まち・ひと・しごと創生総合戦略）　戦略分野3「新しいひとの流れをつくる」",
    ),
    ("根拠法令", "なし"),
    ("対象", "市外に住む子育て世代（20～40歳代）及び市民"),
    (
        "事業の概要",
        "本市は茨城県の南西端に位置し、北東を小貝川、西を鬼怒川、南を利根川に囲まれている。面積は35.71km²で県内の市では最も小さく、東西7.5km、南北7.2kmの円に近い形をしている。"
        "平成14年（2002年）2月2日に市制を施行し、平成17年（2005年）8月24日のつくばエクスプレス開業後も人口が増え、69,827人（2024年4月1日推計）となった。"
        "本事業では、子育て世代を主な対象として、SNSや首都圏での移住・定住相談会で市の魅力を発信し、転入と定住を促す。",
    ),
    (
        "注記",
        "指標の推移は、年度を縦に、指標を横に並べています。指標ごとに目標・実績の2列があり、空欄は値がないことを表します。▲はマイナスです。（見込）は令和7年3月末時点の見込値です。",
    ),
    (),
    ("■指標の推移",),
    ("年度", "活動指標", "", "", "", "成果指標", "", "", "", "", "", "コスト（千円）", ""),
    (
        "",
        "ア　情報発信件数（件）",
        "",
        "イ　移住・定住相談会の開催回数（回）",
        "",
        "ア　転入者数（人）",
        "",
        "イ　社会増減数（人）",
        "",
        "ウ　「住み続けたい」と思う市民の割合（％）",
        "",
        "事業費",
        "人件費",
    ),
    ("", "目標", "実績", "目標", "実績", "目標", "実績", "目標", "実績", "目標", "実績", "", ""),
    ("基準（令和2年度）", "", "412", "", "4", "", "3310", "", "186", "", "81.5", "", ""),
    (
        "令和3年度",
        "450",
        "468",
        "6",
        "未実施",
        "3400",
        "3452",
        "200",
        "214",
        "82.0",
        "81.2",
        "4180",
        "6200",
    ),
    ("4年度", "500", "531", "6", "5", "3450", "3391", "200", "▲12", "82.5", "83.0", "4620", "6350"),
    ("5年度", "550", "604", "8", "8", "3500", "3618", "220", "245", "83.0", "82.4", "5210", "6480"),
    (
        "6年度",
        "600",
        "652",
        "8",
        "9",
        "3550",
        "3476（見込）",
        "220",
        "▲18（見込）",
        "83.5",
        "84.1",
        "5360",
        "6520",
    ),
    ("7年度", "650", "", "10", "", "3600", "", "240", "", "84.0", "", "", ""),
    (
        "注記",
        "活動指標イの令和3年度は、新型コロナウイルス感染症の影響により相談会を実施していない。7年度は目標値のみ。",
    ),
)


def csv_field(v):
    if any(ch in v for ch in ',"\r\n'):
        return '"' + v.replace('"', '""') + '"'
    return v


def build_moriya():
    lines = []
    for row in MORIYA_LINES:
        if not row:
            lines.append("")
            continue
        cells = list(row) + [""] * (MORIYA_WIDTH - len(row))
        lines.append(",".join(csv_field(c) for c in cells))
    text = "\r\n".join(lines) + "\r\n"
    (HERE / "moriya_citypromo_jimujigyo_r6.csv").write_bytes(text.encode("utf-8"))


# ---------------------------------------------------------------- 利島村 (XLSX document, landscape)
# (name cell, 単位, 基準値, then per year (目標値, 実績値, 達成率), 評価)
TOSHIMA_ROWS = (
    ("KPI1　移住者数", "人", 3, ((5, 6, 1.2), (5, 4, 0.8), (5, 7, 1.4)), "A"),
    (
        "KPI2　お試し住宅の利用世帯数",
        "世帯",
        "―",
        ((4, 3, 0.75), (6, 7, 7 / 6), (8, "集計中", "―")),
        "B",
    ),
    (
        "KPI3　椿油及び椿加工品の販売額",
        "千円",
        98400,
        ((100000, 104250, 1.0425), (105000, 96880, 0.9227), (110000, 112460, 1.0224)),
        "B",
    ),
    (
        "KPI4　来島者数（観光・ビジネス）",
        "人",
        5120,
        ((5500, 5812, 1.0567), (6000, 6240, 1.04), ("増加", 6395, "―")),
        "A",
    ),
)


def build_toshima():
    wb = Workbook()
    ws = wb.active
    ws.title = "効果検証シート"
    widths = (30, 6, 9, 8, 8, 7, 8, 8, 7, 8, 8, 7, 6)
    cols = "ABCDEFGHIJKLM"
    for col, w in zip(cols, widths):
        ws.column_dimensions[col].width = w
    merge(
        ws,
        "A1:M1",
        "デジタル田園都市国家構想交付金（地方創生推進タイプ）事業　効果検証シート（令和６年度）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:M2", "令和7年7月　東京都利島村", h="right")
    put(ws, "A4", "１　事業の概要", size=11, bold=True, wrap=False)
    fields = [
        ("交付対象事業の名称", "「椿の島・利島」移住・定住促進事業"),
        ("交付金の種類", "デジタル田園都市国家構想交付金（地方創生推進タイプ）"),
        ("事業期間", "令和4年度～令和6年度（3か年）"),
        ("総事業費", "3か年計　24,300千円（うち交付金　12,150千円）"),
        ("担当課", "住民課"),
        (
            "村の概要",
            "利島村は東京から南に約140kmの伊豆諸島にあり、周囲約8km、面積4.12km²と都内の区市町村で最も小さい一島一村の村で、人口は約300人である。"
            "島の中央に標高508mの宮塚山がそびえ、島の約8割を約20万本のヤブツバキが覆う。江戸時代には椿油を年貢として納め、現在も椿油の生産量は全国の約6割を占める。"
            "大正12年（1923年）10月1日に島嶼町村制が施行されて利島村が置かれ、令和5年11月に村制100周年の記念式典を行った。",
        ),
        (
            "事業の概要",
            "地域おこし協力隊（移住・定住促進）を中心に、島外での移住相談、お試し住宅の運営、椿産業の担い手と後継者の確保、椿油と椿加工品の販路開拓を一体的に進める。",
        ),
    ]
    r = fields_block(ws, 5, fields, ("A", "A"), ("B", "M"), {"村の概要": 66, "事業の概要": 32})
    r += 1
    put(ws, f"A{r}", "２　重要業績評価指標（KPI）の達成状況", size=11, bold=True, wrap=False)
    r += 1
    h1, h2, h3 = r, r + 1, r + 2
    merge(
        ws, f"A{h1}:A{h3}", "重要業績評価指標（KPI）", bold=True, box=True, shade=SHADE, h="center"
    )
    merge(ws, f"B{h1}:B{h3}", "単位", bold=True, box=True, shade=SHADE, h="center")
    merge(ws, f"C{h1}:C{h3}", "基準値\n（R3）", bold=True, box=True, shade=SHADE, h="center")
    merge(ws, f"D{h1}:L{h1}", "事業実施期間", bold=True, box=True, shade=SHADE, h="center")
    merge(ws, f"M{h1}:M{h3}", "評価", bold=True, box=True, shade=SHADE, h="center")
    for first, last, year in (
        ("D", "F", "令和4年度"),
        ("G", "I", "令和5年度"),
        ("J", "L", "令和6年度（最終年度）"),
    ):
        merge(ws, f"{first}{h2}:{last}{h2}", year, bold=True, box=True, shade=SHADE, h="center")
    for group in ("DEF", "GHI", "JKL"):
        for col, word in zip(group, ("目標値", "実績値", "達成率")):
            put(ws, f"{col}{h3}", word, bold=True, box=True, shade=SHADE, h="center")
    for rr in (h1, h2, h3):
        ws.row_dimensions[rr].height = 18
    ws.row_dimensions[h1].height = 16
    ws.row_dimensions[h3].height = 16
    r = h3 + 1
    for name, unit, base, years, grade in TOSHIMA_ROWS:
        put(ws, f"A{r}", name, box=True)
        put(ws, f"B{r}", unit, box=True, h="center")
        put(ws, f"C{r}", base, box=True, h="center" if isinstance(base, str) else "right")
        for group, (tgt, act, rate) in zip(("DEF", "GHI", "JKL"), years):
            put(
                ws, f"{group[0]}{r}", tgt, box=True, h="center" if isinstance(tgt, str) else "right"
            )
            put(
                ws, f"{group[1]}{r}", act, box=True, h="center" if isinstance(act, str) else "right"
            )
            if isinstance(rate, str):
                put(ws, f"{group[2]}{r}", rate, box=True, h="center")
            else:
                put(ws, f"{group[2]}{r}", rate, box=True, h="right", fmt="0.0%")
        put(ws, f"M{r}", grade, box=True, h="center")
        ws.row_dimensions[r].height = 20
        r += 1
    r = notes_block(
        ws,
        r,
        [
            "評価　A：計画どおり進んでいる　B：おおむね計画どおり進んでいる　C：計画より遅れている",
            "※1　KPI2のお試し住宅は令和4年度に開設したため、基準値はない。令和6年度の実績は、利用世帯へのアンケートを回収中のため集計中である。",
            "※2　KPI4の令和6年度の目標は、船の就航率の見通しが立たないため、数値を定めず「増加」とした。",
            "※3　達成率は、実績値÷目標値で算出している。",
        ],
        "M",
    )
    r += 1
    put(ws, f"A{r}", "（参考）年度別事業費（単位：千円）", bold=True, wrap=False)
    r += 1
    put(ws, f"A{r}", "区分", bold=True, box=True, shade=SHADE, h="center")
    for first, last, text in (
        ("B", "D", "令和4年度"),
        ("E", "G", "令和5年度"),
        ("H", "J", "令和6年度"),
        ("K", "M", "計"),
    ):
        merge(ws, f"{first}{r}:{last}{r}", text, bold=True, box=True, shade=SHADE, h="center")
    r += 1
    for label, nums in (
        ("事業費", (7800, 8100, 8400, 24300)),
        ("うち交付金", (3900, 4050, 4200, 12150)),
    ):
        put(ws, f"A{r}", label, box=True)
        for (first, last), v in zip((("B", "D"), ("E", "G"), ("H", "J"), ("K", "M")), nums):
            merge(ws, f"{first}{r}:{last}{r}", v, box=True, h="right")
        r += 1
    r += 1
    put(ws, f"A{r}", "３　事業の成果と今後の方針", size=11, bold=True, wrap=False)
    r += 1
    merge(
        ws,
        f"A{r}:M{r}",
        "3か年で17人が移住し、うち4人が椿農家の後継者として椿山の管理に加わった。お試し住宅は2棟を通年で運営し、令和5年度は7世帯が利用した。"
        "販売額は令和5年度に台風の影響で実の収穫が減り目標を下回ったが、令和6年度は回復した。今後は村の単独事業として移住相談とお試し住宅の運営を続ける。",
        box=True,
    )
    ws.row_dimensions[r].height = 44
    page(ws, landscape=True)
    save(wb, HERE / "toshima_iju_kofukin_kensho_r6.xlsx")


# ---------------------------------------------------------------- 宇都宮市 (HTML)
# (事業名, 担当課, 決算額, [(indicator cell, R3実績, R4実績, R5目標, R5実績, 評価)])
UTSUNOMIYA_TABLES = (
    (
        "施策１　ＬＲＴを基軸とした公共交通ネットワークの構築",
        (
            (
                "ライトライン利用促進事業",
                "LRT企画課",
                "48,260",
                (
                    (
                        "①ライトラインの平日1日当たり利用者数",
                        "―",
                        "―",
                        "12,000人/日",
                        "12,840人/日",
                        "Ａ",
                    ),
                    (
                        "②トランジットセンターの駐輪場の利用台数",
                        "―",
                        "―",
                        "350台/日",
                        "298台/日",
                        "Ｃ",
                    ),
                ),
            ),
            (
                "バス路線再編・利用促進事業",
                "交通政策課",
                "215,480",
                (
                    (
                        "①市内路線バスの年間利用者数",
                        "1,102万人",
                        "1,158万人",
                        "1,200万人",
                        "1,215万人",
                        "Ａ",
                    ),
                    (
                        "②バス乗継割引の利用件数",
                        "48,200件",
                        "51,760件",
                        "60,000件",
                        "55,310件",
                        "Ｂ",
                    ),
                ),
            ),
        ),
    ),
    (
        "施策２　地域内交通の充実と乗継環境の向上",
        (
            (
                "地域内交通運行支援事業",
                "交通政策課",
                "96,420",
                (
                    (
                        "①地域内交通の運行地区数",
                        "１６地区",
                        "１８地区",
                        "２０地区",
                        "１９地区",
                        "Ｂ",
                    ),
                    (
                        "②地域内交通の年間利用者数",
                        "8.6万人",
                        "9.4万人",
                        "10.0万人",
                        "10.3万人",
                        "Ａ",
                    ),
                ),
            ),
            (
                "【再掲】ライトライン利用促進事業",
                "LRT企画課",
                "（再掲）",
                (
                    (
                        "①地域内交通とライトラインの乗継利用件数",
                        "―",
                        "―",
                        "8,000件",
                        "9,460件",
                        "Ａ",
                    ),
                ),
            ),
        ),
    ),
)


def utsunomiya_table(programs):
    out = [
        "<table>\n<thead>\n",
        '<tr><th scope="col" rowspan="2">事業名</th><th scope="col" rowspan="2">担当課</th><th scope="col" rowspan="2">決算額<br>（千円）</th>'
        '<th scope="col" rowspan="2">成果指標</th><th scope="colgroup" colspan="2">実績</th><th scope="colgroup" colspan="2">令和5年度</th>'
        '<th scope="col" rowspan="2">評価</th></tr>\n',
        '<tr><th scope="col">令和3年度</th><th scope="col">令和4年度</th><th scope="col">目標</th><th scope="col">実績</th></tr>\n',
        "</thead>\n<tbody>\n",
    ]
    for name, dept, money, rows in programs:
        for k, (indicator, *vals) in enumerate(rows):
            cells = ""
            if k == 0:
                n = len(rows)
                cells = (
                    f'<th scope="rowgroup" rowspan="{n}">{name}</th>'
                    f'<td rowspan="{n}" class="c">{dept}</td>'
                    f'<td rowspan="{n}">{money}</td>'
                )
            values = "".join(
                f'<td class="c">{v}</td>' if v == "―" or j == 4 else f"<td>{v}</td>"
                for j, v in enumerate(vals)
            )
            out.append(f'<tr>{cells}<td class="name">{indicator}</td>{values}</tr>\n')
    out.append("</tbody>\n</table>\n")
    return "".join(out)


UTSUNOMIYA = (
    """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>令和５年度　主要な施策の成果（抜粋）　公共交通 - 宇都宮市</title>
<style>
table { border-collapse: collapse; margin-bottom: 0.5em; }
th, td { border: 1px solid #333; padding: 2px 6px; }
td { text-align: right; }
td.c { text-align: center; }
td.name { text-align: left; }
th { background: #eef1f6; }
th[scope="rowgroup"] { background: none; font-weight: normal; text-align: left; }
dt { font-weight: bold; }
</style>
</head>
<body>
<header><p class="site-name">宇都宮市</p></header>
<nav aria-label="パンくずリスト"><ol>
<li><a href="/">ホーム</a></li>
<li><a href="/shisei/">市政情報</a></li>
<li><a href="/shisei/zaisei/">財政</a></li>
<li>令和５年度　主要な施策の成果（抜粋）　公共交通</li>
</ol></nav>
<main>
<h1>令和５年度　主要な施策の成果（抜粋）　公共交通</h1>
<p class="update">更新日：2024年10月4日　担当：総合政策部</p>
<p>宇都宮市は栃木県のほぼ中央、東京から約100kmに位置し、面積は416.85km²です。明治29年（1896年）4月1日に市制を施行し、平成8年に中核市となり、平成19年（2007年）3月31日に上河内町・河内町と合併しました。本市は、公共交通を軸とした「ネットワーク型コンパクトシティ」の形成を進めています。</p>
<p>令和5年（2023年）8月26日には、JR宇都宮駅東口と芳賀・高根沢工業団地を結ぶ全長14.6km、19停留場の次世代型路面電車（LRT）「ライトライン」が開業しました。全線を新設するLRTは全国で初めてで、市と芳賀町が施設を整備・保有し、宇都宮ライトレール株式会社が運行する「公設型上下分離方式」を採っています。沿線には乗継拠点となるトランジットセンターを5か所設けています。</p>
<dl>
<dt>対象年度</dt><dd>令和5年度（決算）</dd>
<dt>掲載範囲</dt><dd>主要な施策の成果に関する説明書のうち、公共交通に関する事業</dd>
</dl>
<h2>政策の柱３　公共交通を軸とした「ネットワーク型コンパクトシティ」の形成</h2>
<p>評価は、令和5年度の実績を目標と比べたものです。Ａ：目標を達成　Ｂ：目標の9割以上を達成　Ｃ：目標の9割未満。決算額は事業全体の金額です。</p>
"""
    + "".join(
        f"<h3>{heading}</h3>\n" + utsunomiya_table(programs)
        for heading, programs in UTSUNOMIYA_TABLES
    )
    + """<p>※　ライトラインは令和5年8月26日に開業したため、ライトラインに関する指標の令和3年度・令和4年度の実績はありません（「―」）。</p>
<p>※　【再掲】の事業は、施策１に掲げた事業を、地域内交通との乗継の観点から再び掲げたものです。</p>
<h2>今後の方向性</h2>
<p>ライトラインの利用は開業から5か月で約190万人と見込みを上回りました。令和6年度は、トランジットセンターの駐輪場の案内を改善するとともに、地域内交通を2地区で新たに運行し、乗継割引の周知を強化します。</p>
</main>
<footer><p>宇都宮市役所　〒320-8540 栃木県宇都宮市旭1丁目1番5号</p></footer>
</body>
</html>
"""
)


def build_utsunomiya():
    (HERE / "utsunomiya_kokyokotsu_shuyo_seika_r5.html").write_text(UTSUNOMIYA, encoding="utf-8")


# ---------------------------------------------------------------- 上里町 (PDF, landscape)
# Bands: (band text, [(区分, No., name, 単位, 基準値, R4, R5, R6見込, 目標値（R6）, 進捗)])
KAMISATO_BANDS = (
    (
        "基本目標１　地域の強みを生かした産業を育て、しごとをつくる",
        (
            (
                "数値目標",
                "",
                "町内の従業者数",
                "人",
                "13,420（H28）",
                "13,905",
                "14,120",
                "14,260",
                "14,000",
                "順調",
            ),
            (
                "KPI",
                "1-1",
                "上里サービスエリア周辺地区の産業団地で操業する事業所数",
                "事業所",
                "3（R元）",
                "5",
                "5",
                "6",
                "7",
                "やや遅れ",
            ),
            (
                "KPI",
                "1-2",
                "アグリパーク上里の年間利用者数",
                "千人",
                "285.6（R元）",
                "241.3",
                "268.9",
                "290.4",
                "300.0",
                "やや遅れ",
            ),
            ("KPI", "1-3", "新規就農者数", "人", "2（R元）", "3", "－", "4", "3～5", "順調"),
        ),
    ),
    (
        "基本目標２　上里町への新しいひとの流れをつくる",
        (
            ("数値目標", "", "社会増減数", "人", "▲86（R元）", "▲21", "34", "12", "0", "順調"),
            (
                "KPI",
                "2-1",
                "上里スマートインターチェンジの1日当たり利用台数",
                "台/日",
                "2,140（R元）",
                "2,380",
                "2,455",
                "2,510",
                "2,600",
                "やや遅れ",
            ),
            (
                "KPI",
                "2-2",
                "アグリパーク上里の年間利用者数（再掲）",
                "千人",
                "285.6（R元）",
                "241.3",
                "268.9",
                "290.4",
                "300.0",
                "やや遅れ",
            ),
        ),
    ),
)


def build_kamisato():
    wb = Workbook()
    ws = wb.active
    ws.title = "KPI進捗"
    for col, w in zip("ABCDEFGHIJ", (8, 6, 40, 7, 12, 9, 9, 9, 10, 9)):
        ws.column_dimensions[col].width = w
    merge(
        ws,
        "A1:J1",
        "第2期上里町まち・ひと・しごと創生総合戦略　数値目標・重要業績評価指標（KPI）の進捗状況（令和６年度）",
        size=13,
        bold=True,
        h="center",
    )
    merge(ws, "A2:J2", "令和7年8月　上里町", h="right")
    fields = [
        ("計画期間", "令和2年度～令和6年度（5年間）"),
        ("担当課", "総合政策課"),
        ("検証の時点", "令和7年3月末（令和6年度の実績は見込値）"),
        (
            "町の概要",
            "本町は埼玉県の最北端に位置し、神流川と烏川を挟んで群馬県と接する、面積29.18km²、人口30,836人（2021年3月1日推計）の町である。"
            "昭和29年（1954年）5月3日に神保原村・賀美村・七本木村・長幡村の4村が合併して上里村となり、昭和46年（1971年）11月3日に町制を施行した。"
            "明治30年（1897年）11月に開業した神保原駅がある。関越自動車道の上里サービスエリアは1日約2万人が利用し、平成27年（2015年）12月20日に上里スマートインターチェンジが開通、平成29年（2017年）11月には農村公園「アグリパーク上里」が開園した。良質な種子小麦の主産地でもある。",
        ),
    ]
    r = fields_block(ws, 4, fields, ("A", "B"), ("C", "J"), {"町の概要": 58})
    r += 1
    merge(ws, f"A{r}:C{r}", "■数値目標・KPIの進捗状況", size=11, bold=True, wrap=False)
    merge(
        ws,
        f"D{r}:J{r}",
        "進捗　順調：目標に向けて順調　やや遅れ：取組の強化が必要　遅れ：取組の見直しが必要",
        size=8,
        h="right",
    )
    r += 1
    h1, h2 = r, r + 1
    for col, text in (
        ("A", "区分"),
        ("B", "No."),
        ("C", "指標名"),
        ("D", "単位"),
        ("E", "基準値"),
        ("I", "目標値\n（R6）"),
        ("J", "進捗"),
    ):
        merge(ws, f"{col}{h1}:{col}{h2}", text, bold=True, box=True, shade=SHADE, h="center")
    merge(ws, f"F{h1}:H{h1}", "実績値", bold=True, box=True, shade=SHADE, h="center")
    for col, text in (("F", "R4"), ("G", "R5"), ("H", "R6見込")):
        put(ws, f"{col}{h2}", text, bold=True, box=True, shade=SHADE, h="center")
    ws.row_dimensions[h1].height = 16
    ws.row_dimensions[h2].height = 16
    r = h2 + 1
    for band, rows in KAMISATO_BANDS:
        merge(ws, f"A{r}:J{r}", band, bold=True, box=True, shade=BAND)
        ws.row_dimensions[r].height = 18
        r += 1
        goal_rows = [row for row in rows if row[0] == "数値目標"]
        kpi_rows = [row for row in rows if row[0] == "KPI"]
        for kind_rows in (goal_rows, kpi_rows):
            first = r
            for _kind, no, name, unit, *vals, mark in kind_rows:
                put(ws, f"B{r}", no, box=True, h="center")
                put(ws, f"C{r}", name, box=True)
                put(ws, f"D{r}", unit, box=True, h="center")
                for col, v in zip("EFGHI", vals):
                    put(ws, f"{col}{r}", v, box=True, h="right")
                put(ws, f"J{r}", mark, box=True, h="center")
                ws.row_dimensions[r].height = 20
                r += 1
            if r - 1 > first:
                merge(ws, f"A{first}:A{r - 1}", kind_rows[0][0], box=True, h="center")
            else:
                put(ws, f"A{first}", kind_rows[0][0], box=True, h="center")
    r = notes_block(
        ws,
        r,
        [
            "※1　基準値の括弧内は、その値の年度である（H28は経済センサス‐活動調査による）。▲はマイナスを表す。",
            "※2　R6見込は令和7年3月末時点の見込値。No.1-3の「3～5」は、目標を3人から5人の範囲とした。R5の「－」は、調査方法の見直しにより集計していない。",
            "※3　No.2-2は、基本目標1のNo.1-2を再掲したものである。",
        ],
        "J",
    )
    page(ws, landscape=True)
    save(wb, SRC / "kamisato_senryaku_kpi_shinchoku_r6.xlsx")


def to_pdf():
    for name in ("kamisato_senryaku_kpi_shinchoku_r6",):
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
        fix_pdf(HERE / f"{name}.pdf")


def fix_pdf(path):
    """Pin the dates, the file ID and the checksum that LibreOffice writes, keeping every byte offset."""
    data = path.read_bytes()
    data = re.sub(rb"/CreationDate\(D:\d{14}", b"/CreationDate(D:20250901090000", data)
    data = re.sub(rb"/ModDate\(D:\d{14}", b"/ModDate(D:20250901090000", data)
    blank = re.sub(rb"<[0-9A-F]{32}>", b"<" + b"0" * 32 + b">", data)
    blank = re.sub(rb"/DocChecksum /[0-9A-F]{32}", b"/DocChecksum /" + b"0" * 32, blank)
    digest = hashlib.md5(blank).hexdigest().upper().encode()
    data = re.sub(rb"/DocChecksum /[0-9A-F]{32}", b"/DocChecksum /" + digest, data)
    data = re.sub(
        rb"(/ID \[ )<[0-9A-F]{32}>(\s*)<[0-9A-F]{32}>",
        rb"\g<1><" + digest + rb">\g<2><" + digest + rb">",
        data,
    )
    path.write_bytes(data)


def main():
    SRC.mkdir(exist_ok=True)
    build_moriya()
    build_toshima()
    build_utsunomiya()
    build_kamisato()
    if "--no-pdf" not in sys.argv:
        to_pdf()


if __name__ == "__main__":
    main()
