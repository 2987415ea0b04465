"""Build forms538: four KPI documents of 士幌町, 塙町, 二戸市 and 上山市.

Writes `shihoro_pia21_kofukin_kensho_r5.html`, `ninohe_urushi_shuyo_seika_r5.xlsx` (the workbook is the document),
`kaminoyama_sousei2_kpi_jisseki_r5.csv` and the XLSX source `source/hanawa_dahlia_jimujigyo_r5.xlsx`, which
LibreOffice turns into the PDF of the same name (one portrait A4 page).
Run `/work/venv/bin/python build.py` (`--no-pdf` skips LibreOffice). XLSX, HTML and CSV are byte-stable.
"""
# ruff: noqa: E501

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
GREY = PatternFill("solid", fgColor="BFBFBF")
STAMP = (2025, 4, 7, 9, 0, 0)
STAMP_ISO = b"2025-04-07T09:00:00Z"
PDFS = ["hanawa_dahlia_jimujigyo_r5"]


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
    first, last = rng.split(":")
    put(ws, first, value, **kw)
    if first != last:
        ws.merge_cells(rng)
    if kw.get("box"):
        boxed(ws, rng, kw.get("shade"))


def save(wb, path):
    """Save with fixed properties and fixed zip timestamps, so the bytes do not change."""
    wb.properties.creator = "forms538"
    wb.properties.lastModifiedBy = "forms538"
    buf = io.BytesIO()
    wb.save(buf)
    buf.seek(0)
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in sorted(zin.infolist(), key=lambda i: i.filename):
            data = zin.read(item.filename)
            if item.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>" + STAMP_ISO, data)
                data = re.sub(rb"(<dcterms:created[^>]*>)[^<]*", rb"\g<1>" + STAMP_ISO, data)
            info = zipfile.ZipInfo(item.filename, date_time=STAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            zout.writestr(info, data)


def page(ws, landscape=False):
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.6


def widths(ws, spec):
    for col, w in spec.items():
        ws.column_dimensions[col].width = w


def form_rows(ws, r, rows, key_cols, val_cols, tall=None):
    tall = tall or {}
    for key, val in rows:
        if key_cols[0] == key_cols[1]:
            put(ws, f"{key_cols[0]}{r}", key, bold=True, box=True, shade=SHADE)
        else:
            merge(ws, f"{key_cols[0]}{r}:{key_cols[1]}{r}", key, bold=True, box=True, shade=SHADE)
        merge(ws, f"{val_cols[0]}{r}:{val_cols[1]}{r}", val, box=True)
        ws.row_dimensions[r].height = tall.get(key, 18)
        r += 1
    return r


def notes(ws, r, texts, span, first="A", size=8):
    for text in texts:
        merge(ws, f"{first}{r}:{span}{r}", text, size=size)
        ws.row_dimensions[r].height = 14 if len(text) < 90 else 24
        r += 1
    return r


def value_cell(ws, ref, v, fmt=None):
    """A value cell: numbers right, words and dashes centred, `N（見込）` text right like the numbers."""
    if isinstance(v, str) and not v[0].isdigit():
        return put(ws, ref, v, box=True, h="center")
    return put(ws, ref, v, box=True, h="right", fmt=fmt)


# ---------------------------------------------------------------- 士幌町 (HTML, 交付金事業の効果検証結果)
# (label, name, unit word of the caption, baseline, [R3, R4, R5 targets], [R3, R4, R5 actuals], 達成状況, note or None)
SHIHORO_KPI = [
    (
        "KPI①",
        "道の駅ピア21しほろの来場者数",
        "千人",
        "268.4",
        ["300.0", "330.0", "360.0"],
        ["281.6", "342.7", "371.2"],
        "達成",
        None,
    ),
    (
        "KPI②",
        "町産農畜産物を使った新商品の開発件数",
        "件",
        "0",
        ["3", "3", "3"],
        ["2", "4", "1"],
        "未達成",
        None,
    ),
    (
        "KPI③",
        "道の駅における町内産品の販売額",
        "百万円",
        "142.6",
        ["150.0", "165.0", "180.0"],
        ["138.9", "171.4", "184.3<br>（4月～2月）"],
        "達成",
        "※　令和5年度の実績は、令和6年2月末までの11か月分（4月～2月）の販売額です。3月分を加えた確定値は、令和6年度の効果検証で報告します。",
    ),
    (
        "KPI④",
        "農業体験・収穫体験ツアーの参加者数",
        "人",
        "―",
        ["200", "300", "400"],
        ["中止", "236", "418"],
        "達成",
        "※　事業開始前はツアーを実施していないため、基準値はありません。令和3年度は新型コロナウイルス感染症の拡大により、予定していた全6回のツアーを中止しました。",
    ),
]


def build_shihoro():
    out = [
        "<!DOCTYPE html>",
        '<html lang="ja">',
        "<head>",
        '<meta charset="utf-8">',
        "<title>令和５年度　地方創生推進交付金事業の効果検証結果｜士幌町</title>",
        "<style>",
        "body { font-family: 'Noto Sans CJK JP', sans-serif; max-width: 960px; margin: 0 auto; }",
        "table { border-collapse: collapse; margin: 0.5em 0 0.4em; }",
        "caption { text-align: left; font-weight: bold; padding: 4px 0; }",
        "th, td { border: 1px solid #666; padding: 4px 10px; }",
        "thead th { background: #e6efe3; }",
        "tbody th { background: #f5f5f5; font-weight: normal; }",
        "td { text-align: right; }",
        "td.mark { text-align: center; }",
        "p.note { font-size: 90%; margin-top: 0; }",
        "dt { font-weight: bold; }",
        "</style>",
        "</head>",
        "<body>",
        '<nav aria-label="パンくずリスト"><ol>',
        '<li><a href="/">ホーム</a></li>',
        '<li><a href="/about/">町政情報</a></li>',
        '<li><a href="/about/town_plan/">計画・施策</a></li>',
        "<li>令和５年度　地方創生推進交付金事業の効果検証結果</li>",
        "</ol></nav>",
        "<main>",
        "<h1>令和５年度　地方創生推進交付金事業の効果検証結果</h1>",
        '<p class="date">更新日：2024年9月27日</p>',
        "<p>士幌町は十勝平野の北部、帯広市から北へ約30kmに位置する農業のまちです。明治31年（1898年）に美濃開墾合資会社の43戸が中士幌に入植して開拓が始まり、"
        "現在の人口は5,848人（2020年国勢調査）です。ばれいしょの加工や「しほろ牛」の生産が盛んで、道の駅「ピア21しほろ」は2017年4月に国道241号と国道274号の交差点に移転し、"
        "リニューアルオープンしました。</p>",
        "<p>町では、道の駅を拠点に町の農と食の魅力を発信し、交流人口の拡大と町内産品の販路拡大を図るため、地方創生推進交付金を活用して次の事業に取り組みました。"
        "事業の効果は、重要業績評価指標（KPI）により検証しています。</p>",
        "<dl>",
        "<dt>事業名</dt><dd>「道の駅ピア21しほろ」を核とした農と食の交流拡大事業</dd>",
        "<dt>交付金の名称</dt><dd>地方創生推進交付金（令和4年度からはデジタル田園都市国家構想交付金（地方創生推進タイプ））</dd>",
        "<dt>事業期間</dt><dd>令和3年度～令和5年度（3か年）</dd>",
        "<dt>総事業費</dt><dd>3か年計　52,800千円（うち交付金　26,400千円）</dd>",
        "<dt>担当課</dt><dd>産業振興課　商工観光係</dd>",
        "</dl>",
        "<h2>重要業績評価指標（KPI）の達成状況</h2>",
        "<p>各表の基準値は、事業開始前（令和2年度）の値です。表の上段に目標値、下段に実績値を掲載しています。</p>",
    ]
    for label, name, unit, base, targets, actuals, mark, note in SHIHORO_KPI:
        out.append("<table>")
        out.append(f"<caption>{label}　{name}（単位：{unit}）</caption>")
        out.append(
            '<thead><tr><th scope="col">区分</th><th scope="col">基準値<br>（R2年度）</th>'
            '<th scope="col">R3年度</th><th scope="col">R4年度</th><th scope="col">R5年度</th>'
            '<th scope="col">達成状況<br>（R5年度）</th></tr></thead>'
        )
        out.append("<tbody>")
        out.append(
            f'<tr><th scope="row">目標値</th><td rowspan="2">{base}</td>'
            + "".join(f"<td>{t}</td>" for t in targets)
            + f'<td rowspan="2" class="mark">{mark}</td></tr>'
        )
        out.append(
            '<tr><th scope="row">実績値</th>' + "".join(f"<td>{a}</td>" for a in actuals) + "</tr>"
        )
        out.append("</tbody>")
        out.append("</table>")
        if note:
            out.append(f'<p class="note">{note}</p>')
    out += [
        "<h2>事業の評価</h2>",
        "<p>士幌町まち・ひと・しごと創生推進会議（令和6年8月21日開催）において検証した結果、本事業は「地方創生に相当程度効果があった」と評価されました。</p>",
        "<p>4つのKPIのうち3つで令和5年度の目標値を達成しました。道の駅の来場者数は3年間で約10万人増加し、収穫体験ツアーは全12回のうち11回が満員となりました。"
        "交付金事業の終了後も、町の単独事業として道の駅を核とした取組を継続します。</p>",
        '<p class="contact">このページに関するお問い合わせ：産業振興課　商工観光係</p>',
        "</main>",
        "</body>",
        "</html>",
        "",
    ]
    (HERE / "shihoro_pia21_kofukin_kensho_r5.html").write_text("\n".join(out), encoding="utf-8")


# ---------------------------------------------------------------- 塙町 (PDF from XLSX, 事務事業評価シート)
HANAWA_YEARS = ["R3", "R4", "R5", "R6", "R7（最終）"]
# (No., 指標名, 単位, 計画 R3..R7, 実績 R3..R6, 達成率 R3..R6); the 区分 comes from the block
HANAWA_ACT = [
    (
        "1",
        "沿道・公共花壇へのダリア球根の配布数",
        "千球",
        [4.0, 4.5, 5.0, 5.5, 6.0],
        [3.8, 4.6, 5.2, "5.5（見込）"],
        ["95.0%", "102.2%", "104.0%", "100.0%"],
    ),
    (
        "2",
        "ダリア栽培講習会の開催回数",
        "回",
        [4, 4, 4, 4, 4],
        ["中止", 3, 4, "4（見込）"],
        ["―", "75.0%", "100.0%", "100.0%"],
    ),
]
HANAWA_OUT = [
    (
        "3",
        "湯遊ランドはなわダリア園の入園者数",
        "千人",
        [12.0, 13.0, 14.0, 15.0, 16.0],
        [10.4, 12.7, 14.9, "13.8（見込）"],
        ["86.7%", "97.7%", "106.4%", "92.0%"],
    ),
    (
        "4",
        "ダリア関連商品（球根・加工品）の販売額",
        "千円",
        [1800, 2000, 2200, 2400, 2600],
        [1652, 2118, 2305, "2,400（見込）"],
        ["91.8%", "105.9%", "104.8%", "100.0%"],
    ),
    (
        "5",
        "「ダリアの里はなわ」花づくりボランティアの登録者数",
        "人",
        [40, 45, 50, 55, 60],
        [38, 41, 47, "52（見込）"],
        ["95.0%", "91.1%", "94.0%", "94.5%"],
    ),
]


def build_hanawa():
    wb = Workbook()
    ws = wb.active
    ws.title = "事務事業評価"
    widths(
        ws,
        {"A": 7, "B": 4.5, "C": 30, "D": 6.5, "E": 6.5, "F": 9, "G": 9, "H": 9, "I": 9.5, "J": 9.5},
    )
    merge(
        ws,
        "A1:J1",
        "令和６年度　事務事業評価シート（令和５年度実施事業）",
        size=13,
        bold=True,
        h="center",
    )
    merge(ws, "A2:J2", "作成日：令和6年7月19日　塙町", h="right")
    put(ws, "A4", "１　事業の概要", size=11, bold=True, wrap=False)
    rows = [
        ("事務事業名", "「ダリアの里はなわ」花のまちづくり推進事業"),
        ("担当課", "まち振興課　商工観光係"),
        (
            "関連計画",
            "塙町まち・ひと・しごと創生総合戦略（第2期）　基本目標2「塙町への新しいひとの流れをつくる」",
        ),
        ("事業期間", "令和3年度～令和7年度"),
        ("事業費（R5決算）", "4,860千円（うち一般財源　3,120千円）"),
        (
            "事業の目的",
            "町の花であるダリアを活用した花のまちづくりを町民と協働で進め、交流人口の拡大と地域産業の振興を図る。",
        ),
        (
            "事業の概要",
            "本町は福島県の南端に位置し、面積は211.41km²、人口は7,659人（2024年12月1日推計）である。江戸時代は幕府の天領で塙代官所が置かれ、"
            "昭和30年（1955年）に笹原村・石井村・高城村（大部分）と合併して現在の町域となった。町の花はヤマツツジとダリアで、湯遊ランドはなわのダリア園"
            "（約7,000㎡）では、毎年8月から10月にかけて約300種5,000株のダリアが咲く。本事業では、球根の配布と栽培講習会、ボランティアによる沿道への植栽、"
            "球根・加工品の販売促進を行う。",
        ),
    ]
    r = form_rows(ws, 5, rows, ("A", "B"), ("C", "J"), {"事業の目的": 26, "事業の概要": 66})
    r += 1
    put(ws, f"A{r}", "２　指標の推移", size=11, bold=True, wrap=False)
    r += 1
    for col, text in zip("ABCDE", ["区分", "No.", "指標名", "単位", "項目"], strict=True):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=SHADE, h="center")
    for col, text in zip("FGHIJ", HANAWA_YEARS, strict=True):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=SHADE, h="center")
    ws.row_dimensions[r].height = 20
    r += 1
    for kubun, block in (("活動指標", HANAWA_ACT), ("成果指標", HANAWA_OUT)):
        first = r
        for no, name, unit, plan, actual, rate in block:
            merge(ws, f"B{r}:B{r + 2}", no, box=True, h="center")
            merge(ws, f"C{r}:C{r + 2}", name, box=True)
            merge(ws, f"D{r}:D{r + 2}", unit, box=True, h="center")
            for k, item in enumerate(("計画", "実績", "達成率")):
                put(ws, f"E{r + k}", item, box=True, h="center")
                ws.row_dimensions[r + k].height = 16
            fmt = "#,##0.0" if unit in ("千球", "千人") else "#,##0"
            for col, v in zip("FGHIJ", plan, strict=True):
                value_cell(ws, f"{col}{r}", v, fmt)
            for col, v in zip("FGHI", actual, strict=True):
                value_cell(ws, f"{col}{r + 1}", v, fmt)
            for col, v in zip("FGHI", rate, strict=True):
                value_cell(ws, f"{col}{r + 2}", v)
            put(ws, f"J{r + 1}", None, box=True, shade=GREY)
            put(ws, f"J{r + 2}", None, box=True, shade=GREY)
            r += 3
        merge(ws, f"A{first}:A{r - 1}", kubun, box=True, h="center")
    r = notes(
        ws,
        r,
        [
            "※1　R6の実績欄は、令和6年6月末時点の見込値です（「（見込）」と表示）。",
            "※2　No.2の令和3年度は、新型コロナウイルス感染症の拡大防止のため、講習会を中止しました。",
            "※3　No.3は、ダリア園の開園期間（8月～10月）の有料入園者数です。",
            "※4　達成率＝実績÷計画×100（小数点以下第2位を四捨五入）。",
        ],
        "J",
    )
    r += 1
    put(ws, f"A{r}", "３　事業費の推移（単位：千円）", size=11, bold=True, wrap=False)
    r += 1
    money = [
        ("区分", "R3決算", "R4決算", "R5決算", "R6予算"),
        ("事業費", 3980, 4420, 4860, 5100),
        ("うち一般財源", 2650, 2910, 3120, 3300),
    ]
    for i, line in enumerate(money):
        kw = {"bold": i == 0, "box": True, "shade": SHADE if i == 0 else None}
        merge(ws, f"A{r}:C{r}", line[0], h="center", **kw)
        for rng, v in zip(
            ("D{r}:E{r}", "F{r}:G{r}", "H{r}:H{r}", "I{r}:J{r}"), line[1:], strict=True
        ):
            merge(ws, rng.format(r=r), v, h="center" if i == 0 else "right", **kw)
        ws.row_dimensions[r].height = 16
        r += 1
    r += 1
    put(ws, f"A{r}", "４　評価", size=11, bold=True, wrap=False)
    r += 1
    form_rows(
        ws,
        r,
        [
            ("評価", "B（概ね順調）"),
            (
                "今後の方向性",
                "継続（ダリア園の入園者数は令和5年度に初めて計画を上回った。ボランティアの登録者数は伸び悩んでいるため、令和6年度は町内の高校と連携した植栽活動を新たに行う。）",
            ),
        ],
        ("A", "B"),
        ("C", "J"),
        {"今後の方向性": 30},
    )
    page(ws)
    save(wb, SRC / "hanawa_dahlia_jimujigyo_r5.xlsx")


# ---------------------------------------------------------------- 二戸市 (XLSX document, 主要施策の成果)
# (No., 項目, 単位, R2実績 (hidden column), R3実績, R4実績, R5実績, 備考)
NINOHE_JISSEKI = [
    ("ア", "漆の苗木の植栽本数", "本", 2150, 2600, 3050, 3400, "市有林・民有林への植栽"),
    ("イ", "漆掻き職人育成研修の修了者数", "人", 3, 5, 4, 6, "研修期間は6月～10月"),
]
# (No., 成果指標, 単位, 基準値（R2）, R3実績, R4実績, R5目標, R5実績, R7目標（最終）)
NINOHE_SEIKA = [
    ("①", "浄法寺漆の生産量", "kg", 1310, 1192, 1264, 1500, 1418, 1800),
    ("②", "市内の漆掻き職人数", "人", 22, 24, 25, 27, 27, 30),
    ("③", "滴生舎における浄法寺塗の販売額", "百万円", 31.4, 28.9, 33.6, 35.0, 36.2, 40.0),
]


def build_ninohe():
    wb = Workbook()
    ws = wb.active
    ws.title = "主要施策の成果"
    widths(
        ws,
        {"A": 5, "B": 30, "C": 8, "D": 9, "E": 9.5, "F": 9, "G": 9, "H": 9, "I": 9, "J": 10.5},
    )
    ws.column_dimensions["D"].hidden = True
    merge(
        ws,
        "A1:J1",
        "令和５年度　主要施策の成果に関する説明書（抜粋）",
        size=13,
        bold=True,
        h="center",
    )
    merge(ws, "A2:J2", "令和6年9月　二戸市", h="right")
    rows = [
        ("事業名", "浄法寺漆産業振興事業"),
        ("所管課", "産業振興部　漆産業課"),
        ("会計区分", "一般会計　6款 農林水産業費　2項 林業費"),
        ("決算額", "令和5年度　18,620千円（うち国・県支出金　6,200千円）"),
        ("関連計画", "第2次二戸市総合計画　後期基本計画（令和3年度～令和7年度）"),
        (
            "事業の内容",
            "本市は平成18年（2006年）1月1日に旧二戸市と浄法寺町が合併して誕生した市で、面積は420.42km²、人口は23,450人（2024年11月1日推計）である。"
            "浄法寺地区は国産漆の約7割を生産する日本一の産地で、平成20年（2008年）には岩手県と市が共同で浄法寺漆認証制度を創設した。令和2年（2020年）6月には、"
            "八幡平市とともに「“奥南部”漆物語～安比川流域に受け継がれる伝統技術～」が日本遺産に認定された。本事業では、漆の苗木の植栽、漆掻き職人の育成、"
            "漆器の展示・販売施設「滴生舎」を拠点とした浄法寺塗の販路拡大を行う。",
        ),
    ]
    r = form_rows(ws, 4, rows, ("A", "B"), ("C", "J"), {"事業の内容": 78})
    r += 1
    put(ws, f"A{r}", "（１）事業の実績", size=11, bold=True, wrap=False)
    r += 1
    for col, text in zip(
        "ABCDEFG", ["No.", "項目", "単位", "R2実績", "R3実績", "R4実績", "R5実績"], strict=True
    ):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=SHADE, h="center")
    merge(ws, f"H{r}:J{r}", "備考", bold=True, box=True, shade=SHADE, h="center")
    ws.row_dimensions[r].height = 18
    r += 1
    for no, name, unit, *vals, memo in NINOHE_JISSEKI:
        put(ws, f"A{r}", no, box=True, h="center")
        put(ws, f"B{r}", name, box=True)
        put(ws, f"C{r}", unit, box=True, h="center")
        for col, v in zip("DEFG", vals, strict=True):
            put(ws, f"{col}{r}", v, box=True, h="right")
        merge(ws, f"H{r}:J{r}", memo, box=True)
        ws.row_dimensions[r].height = 18
        r += 1
    r += 1
    put(ws, f"A{r}", "（２）成果指標", size=11, bold=True, wrap=False)
    r += 1
    head = [
        "No.",
        "成果指標",
        "単位",
        None,
        "基準値\n（R2）",
        "R3実績",
        "R4実績",
        "R5目標",
        "R5実績",
        "R7目標\n（最終）",
    ]
    for col, text in zip("ABCDEFGHIJ", head, strict=True):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=SHADE, h="center")
    ws.row_dimensions[r].height = 28
    r += 1
    for no, name, unit, *vals in NINOHE_SEIKA:
        put(ws, f"A{r}", no, box=True, h="center")
        put(ws, f"B{r}", name, box=True)
        put(ws, f"C{r}", unit, box=True, h="center")
        put(ws, f"D{r}", None, box=True)
        for col, v in zip("EFGHIJ", vals, strict=True):
            put(ws, f"{col}{r}", v, box=True, h="right")
        ws.row_dimensions[r].height = 20
        r += 1
    r = notes(
        ws,
        r,
        [
            "※1　①は、岩手県浄法寺漆生産組合の出荷量による暦年（1月～12月）の生産量です。基準値・目標値の年も暦年で表しています。",
            "※2　②は、各年度末現在で市内に住所を有し、漆掻きに従事している職人の数です。",
        ],
        "J",
    )
    r += 1
    put(ws, f"A{r}", "（３）成果と今後の方向性", size=11, bold=True, wrap=False)
    r += 1
    merge(
        ws,
        f"A{r}:J{r}",
        "令和5年の生産量は前年を154kg上回ったものの、夏場の天候不順の影響が残り目標には届かなかった。漆掻き職人は5年度に2人が新たに独立し、目標を達成した。"
        "6年度は、国宝・重要文化財の修理に用いる漆の需要増に応えるため、植栽地の拡大と研修の充実を図る。",
        box=True,
    )
    ws.row_dimensions[r].height = 44
    page(ws)
    save(wb, HERE / "ninohe_urushi_shuyo_seika_r5.xlsx")


# ---------------------------------------------------------------- 上山市 (CSV, 総合戦略 KPI の実績)
KAMINOYAMA_LINES = [
    [
        "タイトル",
        "第2期上山市まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の実績（令和5年度）",
    ],
    ["公表日", "令和6年10月15日"],
    ["担当課", "市政戦略課"],
    ["計画期間", "令和2年度～令和6年度（5年間）"],
    [
        "市の概要",
        "上山市は山形県の南東部、蔵王連峰の西麓に位置し、面積は240.93平方キロメートル、人口は27,989人（2023年2月1日推計）です。"
        "昭和29年（1954年）10月1日に上山町と5村が合併して市制を施行しました。平成20年度から取り組むクアオルト事業では、ドイツ・ミュンヒェン大学の認定を受けた"
        "8コースを含む約20コースで、健康ウォーキングを年間360日開催しています。昭和46年（1971年）に始まったかみのやま温泉全国かかし祭は、2020年の第50回と2021年が中止となりました。",
    ],
    [
        "注記",
        "年度は4月～翌年3月です。「－」は集計していないことを示します。△は減少（転出超過）を示します。目標値の2023年度は年度目標、2024年度は計画の最終目標です。",
    ],
    [],
    [
        "基本目標",
        "区分",
        "No.",
        "指標",
        "単位",
        "基準値",
        "実績値",
        "",
        "",
        "",
        "目標値",
        "",
        "備考",
    ],
    [
        "",
        "",
        "",
        "",
        "",
        "2019年度",
        "2020年度",
        "2021年度",
        "2022年度",
        "2023年度",
        "2023年度",
        "2024年度",
        "",
    ],
    [
        "1　温泉と農業を活かしたしごとをつくる",
        "数値目標",
        "",
        "市内の観光入込客数",
        "千人",
        "1,382.6",
        "621.4",
        "788.9",
        "1,012.7",
        "1,205.3",
        "1,200.0",
        "1,400.0",
        "",
    ],
    [
        "",
        "KPI",
        "①",
        "かみのやま温泉の宿泊者数",
        "千人",
        "612.8",
        "298.4",
        "344.1",
        "498.6",
        "571.2",
        "560.0",
        "650.0",
        "2023年度は速報値",
    ],
    [
        "",
        "KPI",
        "②",
        "クアオルト健康ウォーキングの参加者数",
        "人",
        "12,845",
        "4,120",
        "－",
        "8,964",
        "11,372",
        "12,000",
        "14,000",
        "2021年度は感染症対策のため一般参加を休止し、\n参加者数を集計していない",
    ],
    [
        "2　上山に新しいひとの流れをつくる",
        "数値目標",
        "",
        "社会増減数（転入者数－転出者数）",
        "人",
        "△168",
        "△142",
        "△121",
        "△156",
        "△98",
        "",
        "±0",
        "",
    ],
    [
        "",
        "KPI",
        "③",
        "移住相談窓口を通じた移住者数",
        "人",
        "18",
        "21",
        "19",
        "26",
        "24",
        "",
        "5年間で累計100人",
        "",
    ],
    [
        "",
        "KPI",
        "④",
        "ふるさと納税の寄附額",
        "百万円",
        "384.2",
        "512.6",
        "688.0",
        "742.5",
        "801.3",
        "750.0",
        "850.0",
        "",
    ],
]


def csv_field(text):
    if any(ch in text for ch in ',"\n'):
        return '"' + text.replace('"', '""') + '"'
    return text


def build_kaminoyama():
    body = "".join(",".join(csv_field(f) for f in line) + "\r\n" for line in KAMINOYAMA_LINES)
    (HERE / "kaminoyama_sousei2_kpi_jisseki_r5.csv").write_bytes(body.encode("utf-8"))


def to_pdf():
    with tempfile.TemporaryDirectory() as tmp:
        for name in PDFS:
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
    build_shihoro()
    build_hanawa()
    build_ninohe()
    build_kaminoyama()
    if "--no-pdf" not in sys.argv:
        to_pdf()


if __name__ == "__main__":
    main()
