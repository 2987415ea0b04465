"""Build forms601: four KPI documents of 里庄町, 土佐清水市, 南大東村 and 飯塚市.

Writes `minamidaito_kofukin_kensho_r6.csv`, `tosashimizu_shuyo_seika_r6.html`,
`iizuka_kaso_hyoka_r6.xlsx` (the workbook is the document) and the XLSX source
`source/satosho_nishina_jimujigyo_r6.xlsx`, which LibreOffice turns into
`satosho_nishina_jimujigyo_r6.pdf`.
Run `/work/venv/bin/python build.py` (`--no-pdf` skips LibreOffice). XLSX, HTML and CSV are byte-stable.
These are re-typed forms laid out after the kinds' usual shapes, not the municipalities' own files.
"""
# ruff: noqa: E501, B905

import datetime
import io
import re
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
STAMP = datetime.datetime(2025, 10, 20, 9, 0, 0)
STAMP_TEXT = "2025-10-20T09:00:00Z"


def font(size=9, bold=False):
    return Font(name=FONT, size=size, bold=bold)


def put(ws, ref, value, size=9, bold=False, box=False, fill=None, h="left", wrap=True, fmt=None):
    cell = ws[ref]
    cell.value = value
    cell.font = font(size, bold)
    cell.alignment = Alignment(horizontal=h, vertical="center", wrap_text=wrap)
    if box:
        cell.border = BOX
    if fill is not None:
        cell.fill = fill
    if fmt:
        cell.number_format = fmt
    elif isinstance(value, float):
        cell.number_format = "#,##0.0"
    elif isinstance(value, int):
        cell.number_format = "#,##0"
    return cell


def boxed(ws, rng, fill=None):
    for row in ws[rng]:
        for cell in row:
            cell.border = BOX
            if fill is not None:
                cell.fill = fill


def merge(ws, rng, value, **kw):
    first = rng.split(":")[0]
    put(ws, first, value, **kw)
    ws.merge_cells(rng)
    if kw.get("box"):
        boxed(ws, rng, kw.get("fill"))


def save(wb, path):
    """Save with fixed properties and fixed zip timestamps, so the bytes do not change."""
    wb.properties.creator = "forms601"
    wb.properties.lastModifiedBy = "forms601"
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
            info = zipfile.ZipInfo(item.filename, date_time=(2025, 10, 20, 9, 0, 0))
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


def notes_block(ws, r, notes, last_col, height=15):
    for note in notes:
        merge(ws, f"A{r}:{last_col}{r}", note, size=8)
        ws.row_dimensions[r].height = height
        r += 1
    return r


# ---------------------------------------------------------------- 里庄町 (PDF from XLSX, portrait)
# 令和７年度 事務事業評価シート（令和６年度実施分）「仁科芳雄博士顕彰事業」. Form fields; a two-row head whose
# years span 計画 | 実績 (令和７年度 計画 only); 区分 merged down over each group; a 達成度 column of ◎ ○ △
# with its legend on the heading's row; a 中止, a －, ranges, and one actual carrying a ※ mark; a money block
# with ▲ under the grid, and an evaluation 現状維持 that is the 事業's direction, not a target.
SATOSHO_GROUPS = (
    (
        "活動指標",
        (
            ("①", "科学講演会・セミナーの開催回数", "回", (4, 3, 4, 4, 4, 4, 4), "◎"),
            (
                "②",
                "ロボコン（ものづくり競技大会）の参加チーム数",
                "チーム",
                (24, "中止", 24, 18, 24, 21, 26),
                "○",
            ),
        ),
    ),
    (
        "成果指標",
        (
            ("①", "仁科会館の入館者数", "人", (3000, 2412, 3200, 3356, 3400, "2,846※", 3400), "○"),
            (
                "②",
                "仁科芳雄博士生家の来訪者数（観梅会を含む）",
                "人",
                ("－", 1105, 1200, 1318, 1300, 1402, 1400),
                "◎",
            ),
            (
                "③",
                "科学講演会の参加者アンケートで「科学への関心が高まった」と答えた人の割合",
                "％",
                (80.0, 84.2, "85～90", 88.5, "85～90", 83.1, "85～90"),
                "○",
            ),
        ),
    ),
)


def build_satosho():
    wb = Workbook()
    ws = wb.active
    ws.title = "事務事業評価シート"
    cols = "ABCDEFGHIJKL"
    for col, w in zip(cols, (7, 4, 30, 6, 7.5, 7.5, 7.5, 7.5, 7.5, 7.5, 7.5, 6.5)):
        ws.column_dimensions[col].width = w
    merge(
        ws,
        "A1:L1",
        "令和７年度　事務事業評価シート（令和６年度実施分）",
        size=13,
        bold=True,
        h="center",
    )
    merge(ws, "A2:F2", "里庄町", size=10)
    merge(ws, "G2:L2", "作成日　令和7年7月31日", h="right")
    merge(ws, "A4:L4", "１　事業の概要", size=11, bold=True)
    r = 5
    for key, val, key2, val2 in (
        ("事務事業名", "仁科芳雄博士顕彰事業", "事業コード", "10-05-03"),
        ("担当課", "教育委員会　生涯学習課", "会計", "一般会計"),
    ):
        merge(ws, f"A{r}:B{r}", key, bold=True, box=True, fill=SHADE)
        merge(ws, f"C{r}:H{r}", val, box=True)
        merge(ws, f"I{r}:J{r}", key2, bold=True, box=True, fill=SHADE)
        merge(ws, f"K{r}:L{r}", val2, box=True, h="center")
        ws.row_dimensions[r].height = 18
        r += 1
    for key, val, height in (
        ("根拠法令等", "里庄町仁科芳雄博士顕彰事業補助金交付要綱", 18),
        ("対象者", "町内外の児童・生徒及び一般町民", 18),
        ("事業期間", "平成2年度～（継続）", 18),
        (
            "事業の概要",
            "本町は岡山県の南西部に位置する面積12.23km²の町で、浅口郡に属する唯一の自治体である。物理学者の仁科芳雄博士は、"
            "1890年（明治23年）12月6日に本町大字浜中に生まれた。公益財団法人科学振興仁科財団が行う博士の顕彰事業（仁科会館での展示、"
            "仁科芳雄博士生家の保存・公開、ロボコン、理化学研究所里庄セミナー、生誕日記念科学講演会、毎年3月第2日曜日の観梅会など）"
            "に補助金を交付し、青少年の「科学する心」を育てる。",
            58,
        ),
    ):
        merge(ws, f"A{r}:B{r}", key, bold=True, box=True, fill=SHADE)
        merge(ws, f"C{r}:L{r}", val, box=True)
        ws.row_dimensions[r].height = height
        r += 1
    r += 1
    merge(ws, f"A{r}:E{r}", "２　指標の推移", size=11, bold=True, wrap=False)
    merge(
        ws,
        f"F{r}:L{r}",
        "達成度（令和６年度）　◎：計画を達成　○：計画の80％以上　△：計画の80％未満",
        size=8,
        h="right",
    )
    ws.row_dimensions[r].height = 18
    r += 1
    for c, text in (("A", "区分"), ("B", "No."), ("C", "指標名"), ("D", "単位"), ("L", "達成度")):
        merge(ws, f"{c}{r}:{c}{r + 1}", text, bold=True, box=True, fill=SHADE, h="center")
    for c1, c2, year in (
        ("E", "F", "令和４年度"),
        ("G", "H", "令和５年度"),
        ("I", "J", "令和６年度"),
    ):
        merge(ws, f"{c1}{r}:{c2}{r}", year, bold=True, box=True, fill=SHADE, h="center")
        put(ws, f"{c1}{r + 1}", "計画", bold=True, box=True, fill=SHADE, h="center")
        put(ws, f"{c2}{r + 1}", "実績", bold=True, box=True, fill=SHADE, h="center")
    put(ws, f"K{r}", "令和７年度", bold=True, box=True, fill=SHADE, h="center")
    put(ws, f"K{r + 1}", "計画", bold=True, box=True, fill=SHADE, h="center")
    ws.row_dimensions[r].height = 18
    ws.row_dimensions[r + 1].height = 18
    r += 2
    for group, rows in SATOSHO_GROUPS:
        merge(ws, f"A{r}:A{r + len(rows) - 1}", group, bold=True, box=True, h="center")
        for no, name, unit, values, grade in rows:
            put(ws, f"B{r}", no, box=True, h="center")
            put(ws, f"C{r}", name, box=True)
            put(ws, f"D{r}", unit, box=True, h="center")
            for c, v in zip("EFGHIJK", values):
                fmt = "0.0" if isinstance(v, float) else None
                put(ws, f"{c}{r}", v, box=True, h="right", fmt=fmt)
            put(ws, f"L{r}", grade, box=True, h="center")
            ws.row_dimensions[r].height = 30
            r += 1
    r = notes_block(
        ws,
        r,
        (
            "※1　活動指標②の令和４年度は、新型コロナウイルス感染症の影響によりロボコンを中止した。",
            "※2　成果指標①の令和６年度実績は、展示室改修工事のため令和６年11月から休館した期間を含む。",
            "※3　成果指標②は令和５年度から指標に加えたため、令和４年度の計画値は設定していない。",
        ),
        "L",
    )
    r += 1
    merge(
        ws, f"A{r}:L{r}", "３　事業費の推移（単位：千円、令和７年度は予算額）", size=11, bold=True
    )
    r += 1
    merge(ws, f"A{r}:D{r}", "区分", bold=True, box=True, fill=SHADE, h="center")
    for c1, c2, year in (
        ("E", "F", "令和４年度"),
        ("G", "H", "令和５年度"),
        ("I", "J", "令和６年度"),
        ("K", "L", "令和７年度"),
    ):
        merge(ws, f"{c1}{r}:{c2}{r}", year, bold=True, box=True, fill=SHADE, h="center")
    r += 1
    for label, vals in (
        ("事業費（補助金）", (2850, 3100, 3240, 3300)),
        ("うち一般財源", (2850, 3100, 3240, 3300)),
        ("対前年度増減", ("▲310", "250", "140", "60")),
    ):
        merge(ws, f"A{r}:D{r}", label, box=True)
        for (c1, c2), v in zip((("E", "F"), ("G", "H"), ("I", "J"), ("K", "L")), vals):
            merge(ws, f"{c1}{r}:{c2}{r}", v, box=True, h="right")
        r += 1
    r += 1
    merge(ws, f"A{r}:L{r}", "４　評価", size=11, bold=True)
    r += 1
    for key, val, height in (
        ("事業の方向性", "現状維持", 18),
        (
            "評価の理由",
            "講演会・セミナーは計画どおり4回開催し、生家の来訪者数も計画を上回った。仁科会館の入館者数は展示室改修による休館の影響で計画を下回り、"
            "ロボコンの参加チーム数も21チームにとどまったが、回復傾向にある。",
            40,
        ),
    ):
        merge(ws, f"A{r}:B{r}", key, bold=True, box=True, fill=SHADE)
        merge(ws, f"C{r}:L{r}", val, box=True)
        ws.row_dimensions[r].height = height
        r += 1
    page(ws, landscape=False)
    save(wb, SRC / "satosho_nishina_jimujigyo_r6.xlsx")


# ---------------------------------------------------------------- 土佐清水市 (HTML)
# 令和６年度 主要な施策の成果説明書（抜粋）. <h2> 政策 over <h3> 事業 headings that carry their number （１）
# and their 課 in 【】; a money table (千円) before each indicator table; units in the names, one in 千人 and two
# in full-width ｔ; era-less full-width years; the second 事業's table turned on its side (indicators across, the
# rows 年度 and role); the third 事業 marked 【再掲】.
TOSA_ROWS_1 = (
    ("竜串・見残しエリアの観光入込客数（千人）", "236.4", "250.0", "248.1"),
    ("足摺海洋館「SATOUMI」の入館者数（人）", "151,820", "160,000", "163,245"),
    ("土佐清水ジオパークのジオガイド案内件数（件）", "412", "450", "458"),
)
TOSA_SIDE_HEADS = (
    "清水さばの水揚量（ｔ）",
    "宗田節（メジカ節）の生産量（ｔ）",
    "ふるさと納税による水産加工品の発送件数（件）",
)
TOSA_SIDE_ROWS = (
    ("５年度実績", ("412.5", "1,180", "－")),
    ("６年度目標", ("450.0", "1,200", "9,000")),
    ("６年度実績", ("386.2", "1,226", "9,412")),
)
TOSA_ROWS_3 = (
    ("ジョン万次郎資料館の入館者数（人）", "38,214", "40,000", "41,090"),
    ("ふるさと学習でジオサイトを訪れた児童・生徒数（人）", "486", "500", "471"),
)


def tosa_money(total, kokken, other, general):
    return "\n".join(
        [
            '<table class="kessan">',
            "<caption>決算の状況（単位：千円）</caption>",
            '<thead><tr><th scope="col">決算額</th><th scope="col">国・県支出金</th><th scope="col">その他</th><th scope="col">一般財源</th></tr></thead>',
            f"<tbody><tr><td>{total}</td><td>{kokken}</td><td>{other}</td><td>{general}</td></tr></tbody>",
            "</table>",
        ]
    )


def tosa_rows_table(rows):
    body = "\n".join(
        f'<tr><th scope="row">{name}</th><td>{r5}</td><td>{t6}</td><td>{a6}</td></tr>'
        for name, r5, t6, a6 in rows
    )
    return "\n".join(
        [
            '<table class="seika">',
            "<caption>成果指標</caption>",
            "<thead>",
            '<tr><th scope="col" rowspan="2">指標名</th><th scope="col">５年度</th><th scope="colgroup" colspan="2">６年度</th></tr>',
            '<tr><th scope="col">実績</th><th scope="col">目標</th><th scope="col">実績</th></tr>',
            "</thead>",
            "<tbody>",
            body,
            "</tbody>",
            "</table>",
        ]
    )


def tosa_side_table():
    head = (
        '<tr><th scope="col">区分</th>'
        + "".join(f'<th scope="col">{h}</th>' for h in TOSA_SIDE_HEADS)
        + "</tr>"
    )
    body = "\n".join(
        f'<tr><th scope="row">{label}</th>' + "".join(f"<td>{v}</td>" for v in vals) + "</tr>"
        for label, vals in TOSA_SIDE_ROWS
    )
    return "\n".join(
        [
            '<table class="seika">',
            "<caption>成果指標</caption>",
            "<thead>",
            head,
            "</thead>",
            "<tbody>",
            body,
            "</tbody>",
            "</table>",
        ]
    )


def build_tosashimizu():
    html = f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>令和６年度 主要な施策の成果説明書（抜粋） - 土佐清水市</title>
<style>
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
caption {{ text-align: left; font-weight: bold; }}
th, td {{ border: 1px solid #444; padding: 2px 6px; }}
td {{ text-align: right; }}
th {{ background: #e3edf5; }}
h3 {{ border-left: 6px solid #1d5a8c; padding-left: 6px; }}
</style>
</head>
<body>
<nav aria-label="パンくずリスト"><ol>
<li><a href="/">トップページ</a></li>
<li><a href="/shisei/">市政情報</a></li>
<li><a href="/shisei/zaisei/">財政</a></li>
<li>令和６年度 主要な施策の成果説明書（抜粋）</li>
</ol></nav>
<main>
<h1>令和６年度　主要な施策の成果説明書（抜粋）</h1>
<p class="update">更新日：2025年9月19日　担当：財政課</p>
<p>土佐清水市は高知県の南西部、四国の最南端に位置し、市のほぼ全域が足摺宇和海国立公園に含まれています（面積265.42km²、人口10,954人（2025年1月1日推計））。足摺岬沖で一本釣りされる「清水さば」やメジカを原料とする宗田節の産地であり、日本で初めてアメリカに渡って学んだジョン万次郎（中浜万次郎）の生まれたまちです。令和3年9月25日には、日本ジオパーク委員会により土佐清水ジオパークが日本ジオパークに認定されました。</p>
<p>このページでは、地方自治法第233条第5項の規定により議会に提出した主要な施策の成果説明書から、総合計画の政策ごとに主な事業の決算と成果指標を抜粋して掲載しています。</p>
<h2>政策３　地域資源を生かした産業の振興</h2>
<h3>（１）足摺・竜串観光振興事業【観光商工課】</h3>
<p>竜串・見残しエリアと足摺岬を結ぶ周遊観光を推進するとともに、竜串ビジターセンター「うみのわ」と連携したジオツアーの造成、観光情報の発信を行いました。</p>
{tosa_money("46,380", "18,500", "4,200", "23,680")}
{tosa_rows_table(TOSA_ROWS_1)}
<h3>（２）清水さば・メジカブランド化推進事業【水産課】</h3>
<p>清水さばの鮮度保持と出荷体制の強化、宗田節の販路開拓、ふるさと納税を活用した水産加工品のＰＲを行いました。</p>
{tosa_money("12,640", "6,000", "0", "6,640")}
{tosa_side_table()}
<p>※　ふるさと納税による水産加工品の発送件数は、令和６年度から集計しています。</p>
<h2>政策５　ふるさとを学び、未来を担う人を育てる教育の推進</h2>
<h3>（３）【再掲】足摺・竜串観光振興事業【観光商工課】</h3>
<p>※　政策３（１）の再掲です。決算額は政策３（１）に計上しています。市内の小中学生を対象に、ジョン万次郎資料館とジオサイトを活用したふるさと学習を行いました。</p>
{tosa_rows_table(TOSA_ROWS_3)}
</main>
<footer><p>土佐清水市役所　〒787-0392 高知県土佐清水市天神町11番2号</p></footer>
</body>
</html>
"""
    (HERE / "tosashimizu_shuyo_seika_r6.html").write_bytes(html.encode("utf-8"))


# ---------------------------------------------------------------- 南大東村 (CSV, UTF-8 with BOM, CRLF)
# 令和６年度 地方創生推進交付金事業 効果検証シート, exported as it stands, every line padded to 11 fields.
# 事業の内容 holds a line break (LF inside its quoted field), so the file lines after it stand one below their
# record count. A two-line head: the years on the first line over 目標値 | 実績値 on the second, the second cell
# of each year left empty; 事業開始前 over （R4.3末）. KPI①'s name runs on to the next line, alone in the name
# column. 約700, a ― target, 千円 in 単位, a 達成状況 column.
MINAMI_WIDTH = 11
MINAMI_LINES = (
    ("令和６年度　地方創生推進交付金事業　効果検証シート",),
    ("自治体名", "南大東村", "", "", "", "", "", "", "作成日", "令和7年8月20日"),
    (),
    ("１．事業の概要",),
    ("交付対象事業の名称", "「うふあがり島」観光受入体制整備事業"),
    ("交付金の種類", "デジタル田園都市国家構想交付金（地方創生推進タイプ）"),
    ("事業期間", "令和4年度～令和6年度（3か年）"),
    ("総事業費", "3か年計　18,600千円（うち交付金　9,300千円）"),
    ("担当課", "産業振興課"),
    (
        "事業の内容",
        "本村は沖縄島の東方約360kmの太平洋上に位置する一島一村の村（面積30.57km²）で、明治33年（1900年）に八丈島出身者らが上陸して開拓が始まった。\n"
        "さとうきびを基幹産業としつつ、星野洞や海軍棒プールなど島固有の資源を生かした体験プログラムの造成、観光ガイドの育成、"
        "大東寿司などの特産品の島外販売を一体的に行い、観光客の受入体制を整える。",
    ),
    (),
    ("２．重要業績評価指標（KPI）",),
    (
        "KPI",
        "指標名",
        "単位",
        "事業開始前",
        "令和4年度",
        "",
        "令和5年度",
        "",
        "令和6年度",
        "",
        "達成状況",
    ),
    (
        "",
        "",
        "",
        "（R4.3末）",
        "目標値",
        "実績値",
        "目標値",
        "実績値",
        "目標値",
        "実績値",
        "（R6）",
    ),
    (
        "KPI①",
        "南大東島への入域観光客数",
        "人",
        "4,820",
        "5,000",
        "4,310",
        "5,400",
        "5,512",
        "5,800",
        "5,936",
        "達成",
    ),
    ("", "（航空便・船便の合計）"),
    (
        "KPI②",
        "島内体験プログラム（星野洞・海軍棒プール等）の参加者数",
        "人",
        "680",
        "750",
        "約700",
        "850",
        "912",
        "950",
        "1,004",
        "達成",
    ),
    (
        "KPI③",
        "大東寿司等特産品の島外販売額",
        "千円",
        "12,400",
        "13,000",
        "12,950",
        "14,000",
        "14,380",
        "15,000",
        "14,210",
        "未達成",
    ),
    ("KPI④", "観光ガイド登録者数", "人", "2", "―", "3", "6", "6", "8", "7", "未達成"),
    ("※1　KPI②の令和4年度実績は、受付簿が一部残っていないため概数で記載した。",),
    ("※2　KPI④は、ガイド養成講座を開始した令和5年度から目標値を設定した。",),
    ("※3　総事業費及び交付金の額は、3か年の決算額の合計である。",),
    (),
    ("３．効果検証の結果",),
    ("事業の効果", "地方創生に相当程度効果があった"),
    ("今後の方針", "事業の継続"),
    (
        "外部有識者の意見",
        "KPI4項目のうち2項目で最終年度の目標値を達成した。特産品の島外販売額は、令和6年度の船便の欠航の影響で目標に届かなかった。"
        "ガイドの確保と、航空便を使った特産品の出荷を検討されたい。",
    ),
)


def csv_field(v):
    if any(ch in v for ch in ',"\r\n'):
        return '"' + v.replace('"', '""') + '"'
    return v


def build_minamidaito():
    lines = []
    for row in MINAMI_LINES:
        cells = list(row) + [""] * (MINAMI_WIDTH - len(row))
        lines.append(",".join(csv_field(c) for c in cells))
    text = "\r\n".join(lines) + "\r\n"
    (HERE / "minamidaito_kofukin_kensho_r6.csv").write_bytes(
        "\ufeff".encode("utf-8") + text.encode("utf-8")
    )


# ---------------------------------------------------------------- 飯塚市 (XLSX document, landscape, two sheets)
# 飯塚市過疎地域持続的発展計画 評価指標の達成状況（令和６年度）. Form rows; the 計画's 項目 merged down beside its
# indicators, each with its number; a two-row head (基準値 over R2, 実績値 over R3–R6, 目標値 over R6（中間） |
# R7（最終）); a 単位 column with 億円, 千人, 人/日, 事業所; ▲ typed as text; a prose five-year target, 現状維持
# merged over both target cells, ranges, 中止; a 評価 column of ◎ ○ △ with its legend; notes; the money on a
# second sheet.
IIZUKA_GRID = (
    (
        "1　移住定住、地域間交流の促進並びに人材育成",
        (
            (
                "1-1",
                "移住者住宅取得奨励金の交付件数",
                "件",
                18,
                (21, 26, 24, 29),
                ("―", "5年間で延べ120件"),
                "○",
            ),
            (
                "1-2",
                "社会増減数",
                "人",
                "▲212",
                ("▲198", "▲176", "▲181", "▲150"),
                ("▲120", "▲100"),
                "○",
            ),
        ),
    ),
    (
        "2　産業の振興",
        (
            (
                "2-1",
                "農産物直売所の年間売上額",
                "億円",
                3.12,
                (3.05, 3.26, 3.41, 3.38),
                (3.40, 3.50),
                "○",
            ),
            (
                "2-2",
                "過疎地域内の事業所数",
                "事業所",
                412,
                (405, 401, 398, 396),
                ("現状維持",),
                "△",
            ),
        ),
    ),
    (
        "6　子育て環境の確保並びに高齢者等の保健及び福祉の向上及び増進",
        (
            (
                "6-1",
                "地域子育て支援拠点の1日当たり利用者数",
                "人/日",
                18.2,
                (12.4, 15.6, 19.8, 21.3),
                (19.0, 20.0),
                "◎",
            ),
        ),
    ),
    (
        "7　教育の振興",
        (
            (
                "7-1",
                "ふるさと学習（体験活動）を実施した小中学校の割合",
                "％",
                62.0,
                (58.3, 71.5, 79.0, 84.6),
                ("75～85", "80～90"),
                "◎",
            ),
        ),
    ),
    (
        "8　地域文化の振興等",
        (
            (
                "8-1",
                "内野宿・長崎街道関連イベントの参加者数",
                "千人",
                8.4,
                ("中止", 4.2, 6.9, 8.8),
                (8.5, 9.0),
                "◎",
            ),
        ),
    ),
)
IIZUKA_MONEY = (
    ("1　移住定住、地域間交流の促進並びに人材育成", (42100, 45800, 44300, 48900)),
    ("2　産業の振興", (118400, 96500, 102300, 87600)),
    ("6　子育て環境の確保並びに高齢者等の保健及び福祉の向上及び増進", (36200, 38900, 41500, 40200)),
    ("7　教育の振興", (64800, 71200, 58400, 62900)),
    ("8　地域文化の振興等", (8600, 12400, 15100, 16300)),
    ("合計", (270100, 264800, 261600, 255900)),
    ("うち過疎対策事業債", (152000, 140500, 138200, 131000)),
)


def build_iizuka():
    wb = Workbook()
    ws = wb.active
    ws.title = "評価指標"
    cols = "ABCDEFGHIJKL"
    for col, w in zip(cols, (22, 5, 30, 7, 8, 8, 8, 8, 8, 10, 14, 6)):
        ws.column_dimensions[col].width = w
    merge(
        ws,
        "A1:L1",
        "飯塚市過疎地域持続的発展計画　評価指標の達成状況（令和６年度）",
        size=13,
        bold=True,
        h="center",
    )
    merge(ws, "A2:L2", "令和7年8月　飯塚市", h="right")
    r = 4
    for key, val, height in (
        ("計画の名称", "飯塚市過疎地域持続的発展計画", 18),
        ("計画期間", "令和3年4月1日から令和8年3月31日まで（5年間）", 18),
        ("対象区域", "旧筑穂町・旧頴田町の区域", 18),
        ("担当課", "総合政策課", 18),
        (
            "計画の概要",
            "過疎地域の持続的発展の支援に関する特別措置法（令和3年4月施行）に基づき、過疎地域に指定された旧筑穂町・旧頴田町の区域の"
            "持続的発展を図るため策定した計画である。本市は福岡県のほぼ中央、福岡市の東約35kmに位置し、平成18年3月26日に飯塚市・"
            "穂波町・筑穂町・庄内町・頴田町の1市4町が合併して現在の市となった。",
            44,
        ),
    ):
        merge(ws, f"A{r}:B{r}", key, bold=True, box=True, fill=SHADE)
        merge(ws, f"C{r}:L{r}", val, box=True)
        ws.row_dimensions[r].height = height
        r += 1
    r += 1
    merge(ws, f"A{r}:D{r}", "■評価指標の達成状況", size=11, bold=True, wrap=False)
    merge(
        ws,
        f"E{r}:L{r}",
        "評価（令和６年度時点）　◎：中間目標値を達成　○：中間目標値には届かないが基準値より改善　△：基準値から改善していない",
        size=8,
        h="right",
    )
    ws.row_dimensions[r].height = 18
    r += 1
    for c, text in (("A", "項目"), ("B", "No."), ("C", "評価指標"), ("D", "単位"), ("L", "評価")):
        merge(ws, f"{c}{r}:{c}{r + 1}", text, bold=True, box=True, fill=SHADE, h="center")
    put(ws, f"E{r}", "基準値", bold=True, box=True, fill=SHADE, h="center")
    merge(ws, f"F{r}:I{r}", "実績値", bold=True, box=True, fill=SHADE, h="center")
    merge(ws, f"J{r}:K{r}", "目標値", bold=True, box=True, fill=SHADE, h="center")
    for c, year in zip("EFGHIJK", ("R2", "R3", "R4", "R5", "R6", "R6（中間）", "R7（最終）")):
        put(ws, f"{c}{r + 1}", year, bold=True, box=True, fill=SHADE, h="center")
    ws.row_dimensions[r].height = 18
    ws.row_dimensions[r + 1].height = 18
    r += 2
    for item, rows in IIZUKA_GRID:
        last = r + len(rows) - 1
        if len(rows) > 1:
            merge(ws, f"A{r}:A{last}", item, box=True)
        else:
            put(ws, f"A{r}", item, box=True)
        for no, name, unit, base, actuals, targets, grade in rows:
            put(ws, f"B{r}", no, box=True, h="center")
            put(ws, f"C{r}", name, box=True)
            put(ws, f"D{r}", unit, box=True, h="center")
            fmt = "0.00" if unit == "億円" else ("0.0" if isinstance(base, float) else None)
            put(ws, f"E{r}", base, box=True, h="right", fmt=fmt)
            for c, v in zip("FGHI", actuals):
                put(ws, f"{c}{r}", v, box=True, h="right", fmt=fmt)
            if len(targets) == 1:
                merge(ws, f"J{r}:K{r}", targets[0], box=True, h="center")
            else:
                for c, v in zip("JK", targets):
                    put(ws, f"{c}{r}", v, box=True, h="right", fmt=fmt)
            put(ws, f"L{r}", grade, box=True, h="center")
            ws.row_dimensions[r].height = 30
            r += 1
    r = notes_block(
        ws,
        r,
        (
            "※1　1-1の目標値は、計画期間（令和3年度～令和7年度）の5年間の累計である。中間目標は設定していない。",
            "※2　1-2は、住民基本台帳による過疎地域（旧筑穂町・旧頴田町の区域）の転入者数から転出者数を差し引いた数で、▲は転出超過を表す。",
            "※3　8-1の令和3年度は、新型コロナウイルス感染症の影響によりイベントを中止した。",
            "※4　過疎対策事業の事業費は、シート「事業費」のとおり。",
        ),
        "L",
    )
    page(ws, landscape=True)

    money = wb.create_sheet("事業費")
    for col, w in zip("ABCDE", (46, 11, 11, 11, 11)):
        money.column_dimensions[col].width = w
    merge(money, "A1:E1", "過疎対策事業の事業費（決算額）", size=12, bold=True)
    merge(money, "A2:E2", "（単位：千円）", h="right")
    put(money, "A3", "区分", bold=True, box=True, fill=SHADE, h="center")
    for c, year in zip("BCDE", ("令和3年度", "令和4年度", "令和5年度", "令和6年度")):
        put(money, f"{c}3", year, bold=True, box=True, fill=SHADE, h="center")
    r = 4
    for label, vals in IIZUKA_MONEY:
        put(money, f"A{r}", label, box=True, bold=label == "合計")
        for c, v in zip("BCDE", vals):
            put(money, f"{c}{r}", v, box=True, h="right")
        r += 1
    page(money, landscape=True)
    save(wb, HERE / "iizuka_kaso_hyoka_r6.xlsx")


def to_pdf():
    for name in ("satosho_nishina_jimujigyo_r6",):
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
            data = (Path(tmp) / f"{name}.pdf").read_bytes()
            (HERE / f"{name}.pdf").write_bytes(fix_pdf(data))


def fix_pdf(data):
    """Replace LibreOffice's run-dependent creation date, /ID and /DocChecksum by fixed values of the same
    length, so that the xref offsets stay right and the PDF's bytes do not change from run to run."""
    data = re.sub(rb"/CreationDate\(D:\d{14}", b"/CreationDate(D:20251020090000", data)
    data = re.sub(
        rb"/ID \[ <[0-9A-F]{32}>\s*<[0-9A-F]{32}> \]",
        lambda m: re.sub(rb"<[0-9A-F]{32}>", b"<" + b"F601" * 8 + b">", m.group(0)),
        data,
    )
    data = re.sub(rb"/DocChecksum /[0-9A-F]{32}", b"/DocChecksum /" + b"0" * 32, data)
    return data


def main():
    SRC.mkdir(exist_ok=True)
    build_satosho()
    build_tosashimizu()
    build_minamidaito()
    build_iizuka()
    if "--no-pdf" not in sys.argv:
        to_pdf()


if __name__ == "__main__":
    main()
