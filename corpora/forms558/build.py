"""Build forms558: four KPI documents of 柴田町, 幌延町, 最上町 and 田村市.

Writes `shibata_sakura_jimujigyo_h28.xlsx` (the workbook is the document), `horonobe_tonakai_kofukin_kensho_r5.html`,
`tamura_koki_seika_shihyo_r2.csv` and the XLSX source `source/mogami_akakura_saisei_jigo_hyoka_r1.xlsx`, which
LibreOffice turns into `mogami_akakura_saisei_jigo_hyoka_r1.pdf`.
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
    cell = put(ws, first, value, **kw)
    ws.merge_cells(rng)
    if kw.get("box"):
        boxed(ws, rng, kw.get("shade", False))
    return cell


def number(cell, v, decimals=1):
    if isinstance(v, float):
        cell.number_format = "#,##0." + "0" * decimals
    elif isinstance(v, int):
        cell.number_format = "#,##0"


def save(wb, path):
    """Save with fixed properties and fixed zip timestamps, so the bytes do not change."""
    wb.properties.creator = "forms558"
    wb.properties.lastModifiedBy = "forms558"
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


def fields_block(ws, r, fields, key_rng, val_rng, tall):
    """Key | value rows; key_rng and val_rng are column pairs such as ("A", "B"); tall maps keys to row heights."""
    for key, val in fields:
        merge(ws, f"{key_rng[0]}{r}:{key_rng[1]}{r}", key, bold=True, box=True, shade=True)
        merge(ws, f"{val_rng[0]}{r}:{val_rng[1]}{r}", val, box=True)
        ws.row_dimensions[r].height = tall.get(key, 18)
        r += 1
    return r


def value_cell(ws, ref, v, centre=False):
    h = "center" if centre or v is None or v == "―" else "right"
    c = put(ws, ref, v, box=True, h=h)
    number(c, v)
    return c


# ---------------------------------------------------------------- 柴田町 (XLSX document, portrait, 目標 / 実績 row pairs)
SHIBATA_ROWS = [
    # 区分, No., name, unit, baseline, targets (27..30), actuals (27..30)
    (
        "活動指標",
        1,
        "観光PRキャラバン・物産展への出展回数",
        "回",
        8,
        (10, 12, 12, 14),
        (11, 13, None, None),
    ),
    (
        "活動指標",
        2,
        "外国語観光パンフレットの配布部数",
        "千部",
        "―",
        (3.0, 5.0, 6.0, 8.0),
        (2.4, 5.6, None, None),
    ),
    (
        "成果指標",
        3,
        "しばた桜まつりの観光客入込数",
        "千人",
        241.5,
        (245.0, 250.0, 255.0, 260.0),
        (243.2, 254.6, None, None),
    ),
    (
        "成果指標",
        4,
        "観光案内所の外国人利用者数※1",
        "人",
        "―",
        ("―", 300, 800, 1200),
        ("―", 412, None, None),
    ),
    (
        "成果指標",
        5,
        "町内宿泊施設の延べ宿泊者数",
        "人泊",
        18420,
        (18800, 19200, 19600, 20000),
        (18610, "集計中※2", None, None),
    ),
]


def build_shibata():
    wb = Workbook()
    ws = wb.active
    ws.title = "事務事業評価"
    widths = {"A": 6, "B": 5, "C": 30, "D": 6, "E": 10, "F": 6, "G": 9, "H": 9, "I": 9, "J": 11}
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    merge(
        ws,
        "A1:J1",
        "平成29年度　事務事業評価シート（平成28年度実施事業）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:J2", "作成日　平成29年7月14日　　柴田町", h="right")
    put(ws, "A4", "１　事業の概要", size=11, bold=True, wrap=False)
    fields = [
        ("事務事業名", "さくらのまち観光推進事業"),
        ("担当課", "商工観光課　観光振興班"),
        ("関連計画", "第5次柴田町総合計画　後期基本計画（平成27年度～平成30年度）"),
        ("事業期間", "平成27年度～平成30年度"),
        ("事業費（28年度決算）", "9,860千円（うち県補助金　2,000千円）"),
        (
            "事業の概要",
            "本町は宮城県の南部、仙台市から南へ約25kmに位置する総面積54.03km²の町で、昭和31年（1956年）4月1日に船岡町と槻木町が合併して誕生した。"
            "船岡城址公園では1,000本を超す染井吉野が咲き、延長305mのスロープカーが桜のトンネルの中を山頂まで結ぶ。"
            "白石川堤の「一目千本桜」は隣の大河原町まで総延長約8kmにわたり約1,200本の桜が続き、両所は平成2年（1990年）に日本さくら名所100選に選ばれた。"
            "本事業では、しばた桜まつりの開催支援、首都圏等での観光PR、外国人観光客の受入環境の整備を行う。",
        ),
    ]
    r = fields_block(ws, 5, fields, ("A", "C"), ("D", "J"), {"事業の概要": 84})
    r += 1
    put(ws, f"A{r}", "２　指標の推移", size=11, bold=True, wrap=False)
    r += 1
    head = r
    for col, text in zip(
        "ABCDEFGHIJ",
        (
            "区分",
            "No.",
            "指標名",
            "単位",
            "基準値\n（26年度）",
            "項目",
            "27年度",
            "28年度",
            "29年度",
            "30年度（最終）",
        ),
    ):
        put(ws, f"{col}{head}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[head].height = 30
    r = head + 1
    groups = {}
    for kubun, no, name, unit, base, targets, actuals in SHIBATA_ROWS:
        groups.setdefault(kubun, []).append(r)
        merge(ws, f"B{r}:B{r + 1}", no, box=True, h="center")
        merge(ws, f"C{r}:C{r + 1}", name, box=True)
        merge(ws, f"D{r}:D{r + 1}", unit, box=True, h="center")
        c = merge(
            ws,
            f"E{r}:E{r + 1}",
            base,
            box=True,
            h="right" if isinstance(base, (int, float)) else "center",
        )
        number(c, base)
        put(ws, f"F{r}", "目標", box=True, h="center")
        put(ws, f"F{r + 1}", "実績", box=True, h="center")
        for col, t, a in zip("GHIJ", targets, actuals):
            value_cell(ws, f"{col}{r}", t)
            value_cell(ws, f"{col}{r + 1}", a)
        ws.row_dimensions[r].height = 18
        ws.row_dimensions[r + 1].height = 18
        r += 2
    for kubun, starts in groups.items():
        merge(ws, f"A{starts[0]}:A{starts[-1] + 1}", kubun, box=True, h="center")
    notes = [
        "※1　No.4の観光案内所は平成28年10月1日に船岡駅前に開設した。基準値及び27年度の欄は開設前のため「―」とし、28年度の実績は10月～3月の6か月間の値である。",
        "※2　No.5の28年度実績は、宮城県観光統計概要の公表（平成29年9月予定）後に記入する。",
        "（注）29年度及び30年度の実績は、年度終了後に記入する。",
    ]
    for note in notes:
        merge(ws, f"A{r}:J{r}", note, size=8)
        ws.row_dimensions[r].height = 24
        r += 1
    r += 1
    put(ws, f"A{r}", "３　評価", size=11, bold=True, wrap=False)
    r += 1
    evals = [
        ("有効性", "A（目標を上回る成果があった）"),
        ("今後の方向性", "継続"),
        (
            "評価の理由",
            "28年度のしばた桜まつりは天候に恵まれ、期間中の入込数は前年度を1万人余り上回った。"
            "10月に開設した観光案内所には6か月間で412人の外国人観光客が訪れた。"
            "29年度は台湾・香港向けの旅行商品の造成を旅行会社2社と進め、外国語パンフレットの配布先を仙台空港など3か所増やす。",
        ),
    ]
    fields_block(ws, r, evals, ("A", "C"), ("D", "J"), {"評価の理由": 60})
    page(ws, landscape=False)
    save(wb, HERE / "shibata_sakura_jimujigyo_h28.xlsx")


# ---------------------------------------------------------------- 幌延町 (HTML, KPIs across, years down)
HORONOBE_HEAD = (
    ("KPI①", "トナカイ観光牧場の入場者数<sup>※1</sup>", "（千人）"),
    ("KPI②", "冬季トナカイそり体験の利用者数", "（人）"),
    ("KPI③", "町内宿泊施設の宿泊者数", "（人泊）"),
    ("KPI④", "観光牧場内レストラン・売店の売上額", "（百万円）"),
)
HORONOBE_BODY = (
    (None, "基準値（2021年度）", ("41.3", "520", "5,120", "18.6")),
    ("2022年度", "目標", ("45.0", "600", "5,600", "20.0")),
    (None, "実績", ("47.8", "585", "5,930", "21.4")),
    ("2023年度", "目標", ("50.0", "700", "6,200", "22.0")),
    (None, "実績", ("52.6", "742", "6,480", "21.7")),
    (None, "最終目標（2024年度）", ("55.0", "800", "6,800", "24.0")),
    (None, "達成状況（2023年度）", ("達成", "達成", "達成", "未達成")),
)


def horonobe_table():
    out = ['<tr><th scope="col" colspan="2">区分</th>']
    for label, name, unit in HORONOBE_HEAD:
        out.append(f'<th scope="col">{label}<br>{name}<br>{unit}</th>')
    out.append("</tr>\n</thead>\n<tbody>\n")
    for year, label, vals in HORONOBE_BODY:
        cells = "".join(f"<td>{v}</td>" for v in vals)
        if year:
            out.append(
                f'<tr><th scope="rowgroup" rowspan="2">{year}</th><th scope="row">{label}</th>{cells}</tr>\n'
            )
        elif label in ("目標", "実績"):
            out.append(f'<tr><th scope="row">{label}</th>{cells}</tr>\n')
        else:
            cls = ' class="status"' if label.startswith("達成") else ""
            out.append(f'<tr{cls}><th scope="row" colspan="2">{label}</th>{cells}</tr>\n')
    return "".join(out)


HORONOBE = (
    """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>令和５年度　交付金事業の効果検証（トナカイ観光牧場を核とした通年観光推進事業） - 幌延町</title>
<style>
table { border-collapse: collapse; }
th, td { border: 1px solid #333; padding: 2px 6px; }
td { text-align: right; }
tr.status td { text-align: center; }
p.notice { border: 1px solid #c00; padding: 4px; }
</style>
</head>
<body>
<nav aria-label="現在地"><ol>
<li><a href="/">ホーム</a></li>
<li><a href="/gyousei/">町政情報</a></li>
<li><a href="/gyousei/sousei/">地方創生</a></li>
<li>令和５年度　交付金事業の効果検証</li>
</ol></nav>
<main>
<h1>令和５年度　交付金事業の効果検証（トナカイ観光牧場を核とした通年観光推進事業）</h1>
<p class="update">更新日：2024年11月8日</p>
<p class="notice"><strong>【訂正】</strong>2024年9月27日に掲載した本ページのKPI③「町内宿泊施設の宿泊者数」の2023年度実績値に誤りがありました。お詫びして訂正します。（誤）6,840人泊　（正）6,480人泊</p>
<p>幌延町は北海道の北部、宗谷管内の南西部に位置し、北緯45度線上にある面積574.27km²の町です。人口は2,198人（2023年1月末現在）で、町内では人口の3倍を超える約9,000頭の牛が飼われる大規模酪農地帯です。町の西部には約23,000ヘクタールのサロベツ原野が広がり、利尻礼文サロベツ国立公園の入口となっています。</p>
<p>平成元年（1989年）にフィンランドから10頭のトナカイが町にやってきたのが始まりで、平成3年（1991年）には173頭が輸入されました。町は平成7年（1995年）に観光牧場を開設し、平成11年（1999年）12月25日に現在の場所でオープンしました。牧場では約60頭のトナカイが飼育され、平成21年（2009年）からは入場無料となっています。</p>
<dl>
<dt>事業名</dt><dd>トナカイ観光牧場を核とした通年観光推進事業</dd>
<dt>交付金</dt><dd>デジタル田園都市国家構想交付金（地方創生推進タイプ）</dd>
<dt>事業期間</dt><dd>令和4年度～令和6年度（3か年）</dd>
<dt>総事業費</dt><dd>3か年計　36,900千円（うち交付金　18,450千円）</dd>
<dt>担当課</dt><dd>産業振興課　商工観光係</dd>
</dl>
<h2>重要業績評価指標（KPI）の目標と実績</h2>
<p>表は年度を縦に、KPIを横に並べています。各年度の上段が目標値、下段が実績値です。達成状況は2023年度の実績値により判定しています。</p>
<table>
<thead>
"""
    + horonobe_table()
    + """</tbody>
</table>
<p>※1　KPI①は暦年（1月～12月）の入場者数です。「基準値（2021年度）」の欄は2021年、「2022年度」の欄は2022年の値で、目標値も同様に暦年で設定しています。</p>
<p>（注）KPI③の2023年度実績は、2024年11月8日に訂正した後の値です。</p>
<h2>事業の評価</h2>
<p>4つのKPIのうち3つで2023年度の目標を達成しました。冬季のトナカイそり体験は12月から3月までの土日祝日に運行し、2023年度は延べ742人が利用しました。レストラン・売店の売上額は、原材料費の高騰に伴うメニューの見直しにより前年度をわずかに上回るにとどまりました。2024年8月に開催した幌延町総合戦略推進会議では、「通年観光の基盤づくりに効果があった」との意見をいただきました。</p>
</main>
<footer><p>幌延町役場　産業振興課　商工観光係</p></footer>
</body>
</html>
"""
)


def build_horonobe():
    (HERE / "horonobe_tonakai_kofukin_kensho_r5.html").write_text(HORONOBE, encoding="utf-8")


# ---------------------------------------------------------------- 最上町 (PDF from XLSX, landscape)
MOGAMI_ROWS = [
    # No., name, unit, baseline, targets H29 H30 H31, actuals H29 H30 R元, 評価
    (
        "①",
        "赤倉温泉の観光入込客数",
        "千人",
        98.6,
        100.0,
        105.0,
        110.0,
        101.2,
        108.9,
        "104.3※3",
        "未達成",
    ),
    (
        "②",
        "「おくのほそ道」赤倉ゆけむり館の利用者数",
        "人",
        "―",
        "―",
        30000,
        35000,
        "―",
        33812,
        36027,
        "達成",
    ),
    ("③", "温泉街の空き店舗等を活用した新規出店数（累計）", "件", 0, 1, 2, 3, 1, 3, 4, "達成"),
    ("④", "赤倉温泉の外国人宿泊者数", "人泊", "約420", 500, 600, "700～800", 486, 652, 735, "達成"),
    (
        "⑤",
        "温泉街そぞろあるきイベントの参加者数",
        "人",
        1120,
        1300,
        1500,
        1700,
        1264,
        1548,
        1602,
        "未達成",
    ),
]


def build_mogami():
    wb = Workbook()
    ws = wb.active
    ws.title = "事後評価"
    widths = {
        "A": 5,
        "B": 36,
        "C": 6,
        "D": 12,
        "E": 9,
        "F": 9,
        "G": 9,
        "H": 9,
        "I": 9,
        "J": 9,
        "K": 8,
    }
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    merge(
        ws,
        "A1:K1",
        "地域再生計画「赤倉温泉そぞろあるき賑わい創出計画」　事後評価シート",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:K2", "令和2年8月　最上町 商工観光課", h="right")
    fields = [
        ("地域再生計画の名称", "赤倉温泉そぞろあるき賑わい創出計画"),
        ("計画期間", "平成29年度～平成31年度（3か年）"),
        ("交付対象事業費", "3か年計　148,600千円（うち交付金　74,300千円）"),
        ("担当課", "商工観光課"),
        (
            "町の概要",
            "本町は山形県の北東端、宮城県との県境に位置する面積330.37km²の町で、昭和29年（1954年）9月1日に東小国村と西小国村が合併して誕生した。"
            "赤倉温泉は貞観5年（863年）に慈覚大師が小国川の熱泉を発見したと伝えられ、瀬見温泉には源義経の一行にまつわる伝説が残る。"
            "堺田の「封人の家」（旧有路家住宅）は元禄2年（1689年）に松尾芭蕉が2泊した家とされ、昭和44年（1969年）12月18日に国の重要文化財に指定された。",
        ),
        (
            "計画の概要",
            "赤倉温泉街に日帰り温泉施設「おくのほそ道」赤倉ゆけむり館を整備し（平成30年（2018年）4月30日開館）、館内に最上小国川流水型ダムの資料展示を設けて、温泉街の回遊と賑わいの創出を図る。",
        ),
    ]
    r = fields_block(ws, 4, fields, ("A", "B"), ("C", "K"), {"町の概要": 48, "計画の概要": 30})
    r += 1
    put(ws, f"A{r}", "■重要業績評価指標（KPI）の達成状況", size=11, bold=True, wrap=False)
    r += 1
    top, low = r, r + 1
    for col, text in (
        ("A", "No."),
        ("B", "重要業績評価指標（KPI）"),
        ("C", "単位"),
        ("D", "事業開始前\n（H29.3末）"),
        ("K", "評価"),
    ):
        merge(ws, f"{col}{top}:{col}{low}", text, bold=True, box=True, shade=True, h="center")
    merge(ws, f"E{top}:G{top}", "目標値", bold=True, box=True, shade=True, h="center")
    merge(ws, f"H{top}:J{top}", "実績値", bold=True, box=True, shade=True, h="center")
    for col, text in zip(
        "EFGHIJ", ("H29年度", "H30年度", "H31年度", "H29年度", "H30年度", "R元年度")
    ):
        put(ws, f"{col}{low}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[top].height = 18
    ws.row_dimensions[low].height = 18
    r = low + 1
    for row in MOGAMI_ROWS:
        for col, v in zip("ABCDEFGHIJK", row):
            if col in "ACK":
                put(ws, f"{col}{r}", v, box=True, h="center")
            elif col == "B":
                put(ws, f"{col}{r}", v, box=True)
            else:
                value_cell(ws, f"{col}{r}", v)
        ws.row_dimensions[r].height = 22
        r += 1
    notes = [
        "※1　「H31年度」は令和元年度のことです（計画策定時の表記のまま掲載しています）。",
        "※2　②は平成30年4月30日の開館からの利用者数です。事業開始前及びH29年度は開館前のため「―」としています。④のH31年度の目標値は「700～800」の幅で設定しています。",
        "※3　①のR元年度の実績は、令和2年2月以降の新型コロナウイルス感染症の影響を受けています。",
    ]
    for note in notes:
        merge(ws, f"A{r}:K{r}", note, size=8)
        ws.row_dimensions[r].height = 15
        r += 1
    r += 1
    put(ws, f"A{r}", "■事業の評価", size=11, bold=True, wrap=False)
    r += 1
    merge(
        ws,
        f"A{r}:K{r}",
        "5つのKPIのうち3つで目標を達成した。ゆけむり館は開館2年目に利用者が3万6千人を超え、温泉街への新規出店は4件となった。"
        "観光入込客数は令和元年度の後半に減少したため目標に届かなかった。今後は町観光協会と連携し、ダム見学と温泉街のまち歩きを組み合わせた周遊コースを年6回程度実施する。",
        box=True,
    )
    ws.row_dimensions[r].height = 40
    page(ws, landscape=True)
    save(wb, SRC / "mogami_akakura_saisei_jigo_hyoka_r1.xlsx")


# ---------------------------------------------------------------- 田村市 (CSV, open data)
TAMURA_WIDTH = 10
TAMURA = [
    ["タイトル", "田村市総合計画後期基本計画　成果指標の進捗状況（令和2年度実績）"],
    ["公表日", "令和3年10月29日"],
    ["計画の名称", "田村市総合計画　後期基本計画（平成27年度～平成33年度）"],
    [
        "市の概要",
        "田村市は福島県の中通り東部、阿武隈高地の中央に位置する面積458.33km²の市で、平成17年（2005年）3月1日に田村郡の滝根町、大越町、常葉町、船引町、都路村の5町村が合併して誕生した。"
        "人口は38,503人（平成27年国勢調査）で、市域の約62%を山林が占める。滝根町には昭和44年（1969年）に発見されたあぶくま洞と、国の天然記念物の入水鍾乳洞がある。",
    ],
    [],
    ["■政策4　地域の資源を活かした活力あるまち"],
    [
        "施策",
        "No.",
        "成果指標",
        "単位",
        "現状値（H25）",
        "H30実績",
        "R元実績",
        "R2実績",
        "目標値（H33）",
        "担当課",
    ],
    [
        "4-1　農林業の振興",
        "1",
        "エゴマの作付面積",
        "ha",
        "32.5",
        "41.0",
        "43.8",
        "44.6",
        "50.0",
        "農林課",
    ],
    [
        "4-2　商工業の振興",
        "2",
        "産業団地への企業立地件数（累計）",
        "件",
        "0",
        "2",
        "3",
        "3",
        "5",
        "商工課",
    ],
    [
        "4-3　観光の振興",
        "3",
        "あぶくま洞の入洞者数",
        "千人",
        "246.3",
        "221.8",
        "215.4",
        "142.6（見込）",
        "260.0",
        "観光交流課",
    ],
    [
        "4-3　観光の振興",
        "4",
        "星の村天文台の入館者数",
        "人",
        "18,420",
        "16,950",
        "15,880",
        "9,210",
        "20,000",
        "観光交流課",
    ],
    [
        "4-3　観光の振興",
        "5",
        "市内観光施設の観光入込客数",
        "※2",
        "1,024.6",
        "986.3",
        "951.2",
        "612.8",
        "1,100.0",
        "観光交流課",
    ],
    [],
    ["※1　目標値（H33）は、計画策定時の「平成33年度」（令和3年度）の目標値です。"],
    ["※2　No.5の単位は千人です。"],
    [
        "※3　R2実績は、新型コロナウイルス感染症の影響により大きく減少しています。No.3のR2実績は、令和3年3月分を推計した見込値です。"
    ],
]


def build_tamura():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for row in TAMURA:
        w.writerow(row + [""] * (TAMURA_WIDTH - len(row)))
    (HERE / "tamura_koki_seika_shihyo_r2.csv").write_bytes(
        ("\ufeff" + buf.getvalue()).encode("utf-8")
    )


def to_pdf():
    for name in ("mogami_akakura_saisei_jigo_hyoka_r1",):
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
    build_shibata()
    build_horonobe()
    build_mogami()
    build_tamura()
    if "--no-pdf" not in sys.argv:
        to_pdf()


if __name__ == "__main__":
    main()
