"""Build forms585: four KPI documents of 大山町, 阿波市, 福智町 and 徳之島町.

Writes `daisen_broccoli_jimujigyo_r6.xlsx` (the workbook is the document), `awa_kofukin_kensho_r5.html`,
`tokunoshima_sogo6_seika_suii_r6.csv` and the XLSX source `source/fukuchi_agano_shuyo_seika_r6.xlsx`, which
LibreOffice turns into `fukuchi_agano_shuyo_seika_r6.pdf`.
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
    wb.properties.creator = "forms585"
    wb.properties.lastModifiedBy = "forms585"
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
        if key_cols[0] == key_cols[1]:
            put(ws, f"{key_cols[0]}{r}", key, bold=True, box=True, shade=True)
        else:
            merge(ws, f"{key_cols[0]}{r}:{key_cols[1]}{r}", key, bold=True, box=True, shade=True)
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


# ---------------------------------------------------------------- 大山町 (XLSX document, portrait)
# Each indicator is two sheet rows, 計画 over 実績; No., name, 単位 and 基準値 are merged over the pair.
# (No., name, unit, 基準値（R3）, 計画 R4..R8 (or one value merged over the five), 実績 R4..R6)
DAISEN_ROWS = (
    (1, "栽培技術研修会の開催回数", "回", 6, (8, 8, 10, 10, 10), (8, 9, 9)),
    (2, "機械導入支援件数（新規栽培者・規模拡大農家）", "件", "―", 5, (4, 6, 5)),
    (3, "ブロッコリー販売額", "億円", 10.4, (10.6, 10.8, 11.0, 11.2, 11.5), (10.9, 10.1, 11.3)),
    (4, "ブロッコリー作付面積", "ha", 312, (320, 325, 330, 335, 340), (318, 309, 327)),
    (
        5,
        "生産者1戸当たりのブロッコリー販売額",
        "万円",
        548,
        (560, 570, 580, 590, 600),
        (571, 552, 603),
    ),
)


def build_daisen():
    wb = Workbook()
    ws = wb.active
    ws.title = "事務事業評価"
    for col, w in zip("ABCDEFGHIJK", (8, 4, 25, 5, 8, 7, 7, 7, 7, 7, 9)):
        ws.column_dimensions[col].width = w
    merge(
        ws,
        "A1:K1",
        "令和７年度　事務事業評価シート（令和６年度実施事業）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:K2", "作成日　令和7年7月24日　　大山町", h="right")
    put(ws, "A4", "１　事業の概要", size=11, bold=True, wrap=False)
    fields = [
        ("事務事業名", "大山ブロッコリー産地拡大・担い手確保事業"),
        ("担当課", "農林水産課"),
        ("関連計画", "大山町総合計画（大山町未来づくり10年プラン）"),
        ("事業期間", "令和4年度～令和8年度（5年間）"),
        ("事業費（R6決算）", "12,840千円（うち県補助金　4,200千円）"),
        (
            "事業の概要",
            "本町は平成17年（2005年）3月28日に中山町・名和町・大山町の3町が合併して誕生した。面積は189.83km²、人口は16,470人（平成27年国勢調査）で、南北約20kmの町域に日本海から中国地方最高峰の大山（標高1,729m）の頂までを含む。"
            "ブロッコリーは町の主力品目で、販売高は10億円を超え西日本一を誇る。令和3年（2021年）4月には、県内初のブロッコリーの共同選果施設「JA全農とっとり 野菜広域センター」が町内に整備された。"
            "本事業では、栽培技術研修会の開催と、新規栽培者・規模拡大農家への機械導入支援により、作付面積の拡大と担い手の確保を図る。",
        ),
    ]
    r = fields_block(ws, 5, fields, ("A", "B"), ("C", "K"), {"事業の概要": 80})
    r += 1
    put(ws, f"A{r}", "２　指標の推移", size=11, bold=True, wrap=False)
    r += 1
    heads = (
        "区分",
        "No.",
        "指標名",
        "単位",
        "基準値\n（R3）",
        "計画／\n実績",
        "R4年度",
        "R5年度",
        "R6年度",
        "R7年度",
        "R8年度\n（最終）",
    )
    for col, text in zip("ABCDEFGHIJK", heads):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[r].height = 28
    r += 1
    merge(ws, f"A{r}:A{r + 3}", "活動指標", box=True, h="center")
    merge(ws, f"A{r + 4}:A{r + 9}", "成果指標", box=True, h="center")
    for no, name, unit, base, plan, done in DAISEN_ROWS:
        merge(ws, f"B{r}:B{r + 1}", no, box=True, h="center")
        merge(ws, f"C{r}:C{r + 1}", name, box=True)
        merge(ws, f"D{r}:D{r + 1}", unit, box=True, h="center")
        merge(ws, f"E{r}:E{r + 1}", base, box=True, h="center" if base == "―" else "right")
        put(ws, f"F{r}", "計画", box=True, h="center")
        put(ws, f"F{r + 1}", "実績", box=True, h="center")
        if isinstance(plan, tuple):
            for col, v in zip("GHIJK", plan):
                put(ws, f"{col}{r}", v, box=True, h="right")
        else:
            merge(ws, f"G{r}:K{r}", plan, box=True, h="center")
        for col in "GHIJK":
            ws[f"{col}{r + 1}"].border = BOX
        for col, v in zip("GHI", done):
            put(ws, f"{col}{r + 1}", v, box=True, h="right")
        ws.row_dimensions[r].height = 18
        ws.row_dimensions[r + 1].height = 18
        r += 2
    r = notes_block(
        ws,
        r,
        [
            "※1　No.2の計画値は、事業期間（R4年度～R8年度）の各年度とも5件としている。",
            "※2　No.2は令和4年度に創設した支援制度の件数であるため、基準値は「―」としている。",
            "※3　No.3・No.5は、町内の農協取扱分の実績（4月～翌年3月）である。",
            "※4　R7年度・R8年度の実績は、評価時点では確定していないため空欄としている。",
        ],
        "K",
    )
    r += 1
    put(ws, f"A{r}", "３　評価", size=11, bold=True, wrap=False)
    r += 1
    fields = [
        ("事業の評価", "B（概ね順調）"),
        ("今後の方向性", "継続"),
        (
            "評価の理由",
            "販売額と生産者1戸当たりの販売額は令和6年度の計画を上回った。作付面積は令和5年度の長雨による定植の遅れから回復したが、計画の330haには届かなかった。令和7年度は研修会の内容を見直し、新規栽培者の定着を図る。",
        ),
    ]
    fields_block(ws, r, fields, ("A", "B"), ("C", "K"), {"評価の理由": 42})
    page(ws, landscape=False)
    save(wb, HERE / "daisen_broccoli_jimujigyo_r6.xlsx")


# ---------------------------------------------------------------- 福智町 (PDF, portrait)
# (記号, name, unit, R5実績, R6実績)
FUKUCHI_ACT = (
    ("ア", "上野焼体験教室の開催回数", "回", 18, 24),
    ("イ", "窯元めぐりマップの作成部数", "千部", 5.0, 8.0),
)
# (No., name, unit, 基準値（R元）, R5実績, R6実績, 目標値（R7）, 達成見込み)
FUKUCHI_OUT = (
    (1, "春の陶器まつり・秋の窯開きの来場者数", "千人", 32.5, 28.4, 33.1, 35.0, "見込あり"),
    (2, "上野焼窯元の販売額", "百万円", 168, 152, 171, 180, "見込あり"),
    (
        3,
        "上野焼の新規就業者数（窯元への弟子入り・独立開業）",
        "人",
        1,
        2,
        3,
        "5年間で延べ10人",
        "見込なし",
    ),
)


def build_fukuchi():
    wb = Workbook()
    ws = wb.active
    ws.title = "成果説明書"
    for col, w in zip("ABCDEFGH", (5, 30, 7, 9, 8, 8, 11, 9)):
        ws.column_dimensions[col].width = w
    merge(ws, "A1:H1", "令和６年度　主要な施策の成果説明書（抜粋）", size=14, bold=True, h="center")
    merge(ws, "A2:H2", "令和7年9月　福智町　商工振興課", h="right")
    put(ws, "A4", "１　事業の概要", size=11, bold=True, wrap=False)
    fields = [
        ("施策", "地域資源を生かした観光・交流の推進"),
        ("事業名", "上野焼振興・窯元の里にぎわい創出事業"),
        ("所管課", "商工振興課"),
        ("会計区分", "一般会計　7款 商工費　1項 商工費　3目 観光費"),
        ("決算額", "令和6年度　15,360千円（うち県補助金　3,000千円）"),
        ("関連計画", "第2期福智町まち・ひと・しごと創生推進計画"),
        (
            "事業の内容",
            "本町は平成18年（2006年）3月6日に赤池町・金田町・方城町の3町が合併して誕生した。面積は42.06km²、人口は21,398人（令和2年国勢調査）で、北東部には福智山（標高901m）がそびえる。"
            "上野焼は、豊前小倉藩主の細川忠興が陶工を招いて開いた400年以上の歴史を持つ焼き物で、昭和58年（1983年）に国の伝統的工芸品に指定された。"
            "毎年4月下旬の「春の陶器まつり」と10月の「秋の窯開き」には、上野の里ふれあい交流会館と周辺の9つの窯元を会場に、平成筑豊鉄道赤池駅から無料シャトルバスが運行される。"
            "本事業では、体験教室と窯元めぐりの情報発信により、来訪者と窯元の販売額の増加、後継者の確保を図る。",
        ),
    ]
    r = fields_block(ws, 5, fields, ("A", "B"), ("C", "H"), {"事業の内容": 96})
    r += 1
    put(ws, f"A{r}", "２　事業の成果", size=11, bold=True, wrap=False)
    r += 1
    put(ws, f"A{r}", "（１）事業の実績", size=10, bold=True, wrap=False)
    r += 1
    for col, text in zip("ABCDE", ("記号", "事業の実績", "単位", "R5実績", "R6実績")):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[r].height = 20
    r += 1
    for row in FUKUCHI_ACT:
        for col, v in zip("ABCDE", row):
            put(
                ws,
                f"{col}{r}",
                v,
                box=True,
                h="left" if col == "B" else ("center" if col in "AC" else "right"),
            )
        ws.row_dimensions[r].height = 20
        r += 1
    r += 1
    put(ws, f"A{r}", "（２）成果指標", size=10, bold=True, wrap=False)
    r += 1
    heads = (
        "No.",
        "成果指標",
        "単位",
        "基準値\n（R元）",
        "R5実績",
        "R6実績",
        "目標値\n（R7）",
        "達成\n見込み",
    )
    for col, text in zip("ABCDEFGH", heads):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[r].height = 28
    r += 1
    for no, name, unit, *vals in FUKUCHI_OUT:
        put(ws, f"A{r}", no, box=True, h="center")
        put(ws, f"B{r}", name, box=True)
        put(ws, f"C{r}", unit, box=True, h="center")
        for col, v in zip("DEFGH", vals):
            put(ws, f"{col}{r}", v, box=True, h="center" if isinstance(v, str) else "right")
        ws.row_dimensions[r].height = 28
        r += 1
    r = notes_block(
        ws,
        r,
        [
            "※1　No.1は、春の陶器まつり（4月）と秋の窯開き（10月）の来場者数の合計である。",
            "※2　No.3の目標値は、令和3年度から令和7年度までの5年間の延べ人数である（令和3年度から令和6年度までの累計は7人）。",
            "※3　達成見込みは、目標値（R7）に対する現時点での見込みである。",
        ],
        "H",
        height=22,
    )
    r += 1
    put(ws, f"A{r}", "３　評価", size=11, bold=True, wrap=False)
    r += 1
    fields = [
        ("成果の評価", "概ね順調"),
        ("今後の方向性", "継続"),
        (
            "評価の理由",
            "陶器まつり・窯開きの来場者数は前年度を4.7千人上回り、窯元の販売額も回復した。新規就業者は2年連続で確保できたが、5年間の目標には届かない見込みであり、令和7年度は窯元と連携した研修の受入れを拡充する。",
        ),
    ]
    fields_block(ws, r, fields, ("A", "B"), ("C", "H"), {"評価の理由": 42})
    page(ws, landscape=False)
    save(wb, SRC / "fukuchi_agano_shuyo_seika_r6.xlsx")


# ---------------------------------------------------------------- 阿波市 (HTML)
# (label, name, unit, 事業開始前, (目標値, 実績値) per year…, 達成状況)
AWA_JIGYO1 = (
    (
        "①",
        "阿波の土柱周辺の観光入込客数",
        "千人",
        "41.5",
        ("45.0", "38.2"),
        ("48.0", "46.9"),
        ("52.0", "53.4"),
        "達成",
    ),
    (
        "②",
        "遍路道ガイドツアーの参加者数",
        "人",
        "120",
        ("150", "中止"),
        ("200", "168"),
        ("250", "261"),
        "達成",
    ),
    (
        "③",
        "周遊観光Webサイトのアクセス数",
        "万件",
        "3.2",
        ("4.0", "4.4"),
        ("5.0", "5.1"),
        ("6.0", "5.7"),
        "未達成",
    ),
)
# (label, name, unit, 事業開始前, 令和5年度 目標値, 実績値, 令和6年度 目標値, 令和7年度 目標値, 達成状況)
AWA_JIGYO2 = (
    ("①", "「阿波ベジ」認証農産物の販売額", "百万円", "86", "95", "102", "110", "125", "達成"),
    ("②", "野菜ソムリエ等の資格取得者数（累計）", "人", "12", "18", "15", "24", "30", "未達成"),
)


def awa_rows1():
    out = []
    for label, name, unit, base, y3, y4, y5, status in AWA_JIGYO1:
        cells = "".join(f"<td>{t}</td><td>{a}</td>" for t, a in (y3, y4, y5))
        out.append(
            f'<tr><td class="c">{label}</td><td class="name">{name}</td><td class="c">{unit}</td><td>{base}</td>{cells}<td class="c">{status}</td></tr>\n'
        )
    return "".join(out)


def awa_rows2():
    out = []
    for label, name, unit, base, t5, a5, t6, t7, status in AWA_JIGYO2:
        cells = "".join(f"<td>{v}</td>" for v in (base, t5, a5, t6, t7))
        out.append(
            f'<tr><td class="c">{label}</td><td class="name">{name}</td><td class="c">{unit}</td>{cells}<td class="c">{status}</td></tr>\n'
        )
    return "".join(out)


AWA = (
    """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>令和５年度 地方創生推進交付金事業の効果検証結果 - 阿波市</title>
<style>
table { border-collapse: collapse; margin-bottom: 0.5em; }
th, td { border: 1px solid #333; padding: 2px 6px; }
td { text-align: right; }
td.name { text-align: left; }
td.c { text-align: center; }
th { background: #eef1f6; }
dt { font-weight: bold; }
</style>
</head>
<body>
<nav aria-label="パンくずリスト"><ol>
<li><a href="/">ホーム</a></li>
<li><a href="/shisei/">市政情報</a></li>
<li><a href="/shisei/chihososei/">地方創生</a></li>
<li>令和５年度 地方創生推進交付金事業の効果検証結果</li>
</ol></nav>
<main>
<h1>令和５年度 地方創生推進交付金事業の効果検証結果</h1>
<p class="update">更新日：2024年12月20日　担当：企画総務課</p>
<p>阿波市は、平成17年（2005年）4月1日に板野郡吉野町・土成町と阿波郡市場町・阿波町の4町が合併して誕生した市で、徳島県北部の吉野川北岸に位置しています。面積は191.11km²、人口は32,277人（2024年11月1日推計）です。国の天然記念物「阿波の土柱」（波濤嶽は昭和9年5月1日指定）や、四国八十八箇所霊場の第7番から第10番までの4か寺、日本一の川中島である善入寺島など、豊かな地域資源に恵まれています。</p>
<p>本市では、第2次阿波市総合戦略に基づき、地方創生推進交付金を活用した2つの事業に取り組んでいます。令和5年度の実績について、阿波市総合戦略推進会議の意見を踏まえて効果検証を行いましたので、その結果をお知らせします。</p>
<dl>
<dt>総合戦略の名称</dt><dd>第2次阿波市総合戦略（令和2年度～令和6年度）</dd>
<dt>交付金の種類</dt><dd>地方創生推進交付金（令和5年度はデジタル田園都市国家構想交付金（地方創生推進タイプ））</dd>
<dt>担当課</dt><dd>企画総務課</dd>
</dl>
<h2>交付金事業ごとの重要業績評価指標（KPI）の実績</h2>
<h3>（１）土柱・遍路道を生かした周遊観光推進事業</h3>
<dl>
<dt>事業期間</dt><dd>令和3年度～令和5年度（3か年）</dd>
<dt>総事業費</dt><dd>3か年計　29,400千円（うち交付金　14,700千円）</dd>
</dl>
<table>
<thead>
<tr><th scope="col" rowspan="2">No.</th><th scope="col" rowspan="2">重要業績評価指標（KPI）</th><th scope="col" rowspan="2">単位</th><th scope="col" rowspan="2">事業開始前<br>（R3.3末）</th><th scope="colgroup" colspan="2">令和3年度</th><th scope="colgroup" colspan="2">令和4年度</th><th scope="colgroup" colspan="2">令和5年度</th><th scope="col" rowspan="2">達成状況<br>（令和5年度）</th></tr>
<tr><th scope="col">目標値</th><th scope="col">実績値</th><th scope="col">目標値</th><th scope="col">実績値</th><th scope="col">目標値</th><th scope="col">実績値</th></tr>
</thead>
<tbody>
"""
    + awa_rows1()
    + """</tbody>
</table>
<p>※1　②の令和3年度は、新型コロナウイルス感染症の影響によりガイドツアーを中止しました。</p>
<p>事業期間の3か年で、3つのKPIのうち2つが最終年度の目標値を達成しており、推進会議からは「地方創生に相当程度効果があった」との評価を受けました。</p>
<h3>（２）「阿波ベジ」ブランド化・販路拡大事業</h3>
<dl>
<dt>事業期間</dt><dd>令和5年度～令和7年度（3か年）</dd>
<dt>総事業費</dt><dd>3か年計　33,000千円（うち交付金　16,500千円）</dd>
</dl>
<table>
<thead>
<tr><th scope="col" rowspan="2">No.</th><th scope="col" rowspan="2">重要業績評価指標（KPI）</th><th scope="col" rowspan="2">単位</th><th scope="col" rowspan="2">事業開始前<br>（R5.3末）</th><th scope="colgroup" colspan="2">令和5年度</th><th scope="col">令和6年度</th><th scope="col">令和7年度</th><th scope="col" rowspan="2">達成状況<br>（令和5年度）</th></tr>
<tr><th scope="col">目標値</th><th scope="col">実績値</th><th scope="col">目標値</th><th scope="col">目標値</th></tr>
</thead>
<tbody>
"""
    + awa_rows2()
    + """</tbody>
</table>
<p>※2　（２）の事業は令和5年度に開始したため、令和5年度の実績のみを掲載しています。令和6年度の実績は、令和7年度に検証します。</p>
<p>※3　「阿波ベジ」は、市内で採れた野菜の愛称です。①は、市の認証を受けた農産物の市内直売所及び市外の取扱店での販売額の合計です。</p>
</main>
<footer><p>阿波市役所　企画総務課</p></footer>
</body>
</html>
"""
)


def build_awa():
    (HERE / "awa_kofukin_kensho_r5.html").write_text(AWA, encoding="utf-8")


# ---------------------------------------------------------------- 徳之島町 (CSV, open data)
TOKUNOSHIMA_LINES = (
    ("タイトル", "第6次徳之島町総合計画 前期基本計画 成果指標の推移（令和6年度）"),
    ("公表日", "令和7年9月30日"),
    ("計画の名称", "第6次徳之島町総合計画"),
    ("将来像", "We’re OPEN～みらい輝く、とくのしま町～"),
    ("計画期間", "前期基本計画　令和3年度～令和7年度（5年間）"),
    ("担当課", "企画課"),
    (
        "町の概要",
        "本町は奄美群島の徳之島の北東部を占め、東は太平洋に面する。昭和33年（1958年）に亀津町と東天城村が合併して誕生した。面積は104.92km²、人口は9,403人（2024年4月1日推計）。"
        "藩政時代以前から続くとされる闘牛は、初場所（1月）・春場所（5月）・秋場所（10月）の全島大会が島内3町の持ち回りで開かれる。"
        "令和3年（2021年）7月26日には「奄美大島、徳之島、沖縄島北部及び西表島」が世界自然遺産に登録された。",
    ),
    (
        "注記",
        "指標ごとに列を、年度ごとに目標と実績の2行を設けています。年度欄が空欄の行は、上の行と同じ年度です。②の△は転出超過（マイナス）を表します。",
    ),
    (),
    ("■成果指標の推移",),
    (
        "年度",
        "区分",
        "①観光入込客数（千人）",
        "②人口の社会増減数（人）",
        "③闘牛全島大会の観覧者数（人）",
        "④合計特殊出生率",
    ),
    ("R元", "基準値", "86.4", "△52", "12,500", "2.18"),
    ("R3", "目標", "60.0", "±0", "8,000", "2.20"),
    ("", "実績", "41.7", "△61", "中止", "2.09"),
    ("R4", "目標", "70.0", "±0", "10,000", "2.20"),
    ("", "実績", "63.5", "△41", "8,420", "2.05"),
    ("R5", "目標", "80.0", "±0", "12,000", "2.20"),
    ("", "実績", "78.9", "△12", "11,860", "2.12"),
    ("R6", "目標", "85.0", "±0", "13,000", "2.20"),
    ("", "実績", "86.1", "△3", "13,240", "―"),
    ("R7", "目標（最終）", "90.0", "±0", "14,000", "2.25"),
    (
        "注記",
        "③の令和3年度は、新型コロナウイルス感染症の影響により全島大会を中止しました。④の令和6年度は、公表前のため「―」としています。",
    ),
)


def csv_field(v):
    if any(ch in v for ch in ',"\r\n'):
        return '"' + v.replace('"', '""') + '"'
    return v


def build_tokunoshima():
    width = 6
    lines = []
    for row in TOKUNOSHIMA_LINES:
        if not row:
            lines.append("")
            continue
        cells = list(row) + [""] * (width - len(row))
        lines.append(",".join(csv_field(c) for c in cells))
    text = "\ufeff" + "\r\n".join(lines) + "\r\n"
    (HERE / "tokunoshima_sogo6_seika_suii_r6.csv").write_bytes(text.encode("utf-8"))


def to_pdf():
    for name in ("fukuchi_agano_shuyo_seika_r6",):
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
    build_daisen()
    build_fukuchi()
    build_awa()
    build_tokunoshima()
    if "--no-pdf" not in sys.argv:
        to_pdf()


if __name__ == "__main__":
    main()
