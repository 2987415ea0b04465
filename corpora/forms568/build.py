"""Build forms568: four KPI documents of 富士市, 伊勢市, 丹波市 and 泉南市.

Writes `fuji_tagonoura_jimujigyo_r5.xlsx` (the workbook is the document), `ise_sogo_shisaku_shihyo_r5.html`,
`sennan_kofukin_koka_kensho_r5.csv` and the XLSX source `source/tamba_kyoryu_shuyo_seika_r5.xlsx`, which
LibreOffice turns into `tamba_kyoryu_shuyo_seika_r5.pdf`.
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
    wb.properties.creator = "forms568"
    wb.properties.lastModifiedBy = "forms568"
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
        if key_rng[0] == key_rng[1]:
            put(ws, f"{key_rng[0]}{r}", key, bold=True, box=True, shade=True)
        else:
            merge(ws, f"{key_rng[0]}{r}:{key_rng[1]}{r}", key, bold=True, box=True, shade=True)
        merge(ws, f"{val_rng[0]}{r}:{val_rng[1]}{r}", val, box=True)
        ws.row_dimensions[r].height = tall if key in tall_keys else 18
        r += 1
    return r


# ---------------------------------------------------------------- 富士市 (XLSX document, portrait)
FUJI_HEAD = (
    "区分",
    "No.",
    "指標名",
    "単位",
    "3年度実績",
    "4年度実績",
    "5年度目標",
    "5年度実績",
    "6年度\n実績見込",
    "6年度目標",
    "8年度目標\n（最終）",
)
# No., name, unit, then E..K (3年度実績 … 8年度目標（最終）); None in K means "merged from J".
FUJI_ROWS = (
    (1, "みなと朝市の開催回数", "回", 4, 8, 10, 10, 12, 12, None),
    (2, "港のPRイベント・SNS発信件数", "件", 36, 48, 50, 57, 62, 60, 70),
    (3, "田子の浦港周辺の観光交流客数", "千人", 142.6, 188.3, 200.0, 214.7, 205.0, 220.0, 240.0),
    (4, "クルーズ船・大型帆船の寄港隻数", "隻", "―", 1, 2, 2, 3, 3, 4),
    (5, "漁協食堂・直売所の売上額", "百万円", 168.2, 181.5, 185.0, 179.4, 192.0, 190.0, 200.0),
)


def build_fuji():
    wb = Workbook()
    ws = wb.active
    ws.title = "事務事業評価"
    widths = {"A": 7, "B": 4, "C": 26, "D": 6}
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    for col in "EFGHIJK":
        ws.column_dimensions[col].width = 8.5
    merge(
        ws,
        "A1:K1",
        "令和６年度　事務事業評価シート（令和５年度実施事業）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:K2", "作成日　令和6年7月22日　　富士市", h="right")
    put(ws, "A4", "１　事業の概要", size=11, bold=True, wrap=False)
    fields = [
        ("事務事業名", "田子の浦港みなとにぎわい創出事業"),
        ("担当課", "産業交流部　観光課"),
        ("関連計画", "第六次富士市総合計画　前期基本計画（令和4年度～令和8年度）"),
        ("事業期間", "令和4年度～令和8年度"),
        ("事業費（R5決算）", "6,840千円（うち県補助金　1,500千円）"),
        (
            "事業の概要",
            "本市は富士山頂の直下から駿河湾までを市域とする面積244.95km²の市で、人口は251,616人（2020年国勢調査）である。"
            "富士山の豊富な湧水を生かした製紙業で発展した「紙のまち」として知られる。"
            "田子の浦港は昭和39年（1964年）に重要港湾に指定され、港内の漁港で水揚げされる「田子の浦しらす」は国の地理的表示（GI）保護制度に登録されている。"
            "しらす漁の解禁後、毎年4月1日から12月28日まで営業する田子の浦港漁協食堂には県内外から多くの人が訪れる。"
            "本事業では、港のにぎわいを創出するため、みなと朝市の開催、港の魅力のPR、クルーズ船・大型帆船の寄港誘致を行う。",
        ),
    ]
    r = fields_block(ws, 5, fields, ("A", "B"), ("C", "K"), 84, {"事業の概要"})
    r += 1
    put(ws, f"A{r}", "２　指標の推移", size=11, bold=True, wrap=False)
    r += 1
    head = r
    for col, text in zip("ABCDEFGHIJK", FUJI_HEAD):
        put(ws, f"{col}{head}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[head].height = 30
    r = head + 1
    first = r
    for no, name, unit, *vals in FUJI_ROWS:
        put(ws, f"B{r}", no, box=True, h="center")
        put(ws, f"C{r}", name, box=True)
        put(ws, f"D{r}", unit, box=True, h="center")
        for col, v in zip("EFGHIJK", vals):
            if v is None:
                continue
            c = put(ws, f"{col}{r}", v, box=True, h="right")
            number(c, v)
        if vals[-1] is None:
            ws.merge_cells(f"J{r}:K{r}")
            boxed(ws, f"J{r}:K{r}")
            ws[f"J{r}"].alignment = Alignment(horizontal="center", vertical="center")
        ws.row_dimensions[r].height = 30
        r += 1
    merge(ws, f"A{first}:A{first + 1}", "活動指標", box=True, h="center")
    merge(ws, f"A{first + 2}:A{first + 4}", "成果指標", box=True, h="center")
    notes = [
        "※1　No.4の3年度実績の「―」は、新型コロナウイルス感染症の影響により、クルーズ船等の寄港の受入れを休止していたことによる。",
        "※2　「6年度実績見込」は、令和6年6月末までの実績をもとにした見込値である。",
        "※3　No.1の目標は、6年度以降、12回で据え置く。",
    ]
    for note in notes:
        merge(ws, f"A{r}:K{r}", note, size=8)
        ws.row_dimensions[r].height = 15
        r += 1
    r += 1
    put(ws, f"A{r}", "３　評価", size=11, bold=True, wrap=False)
    r += 1
    fields = [
        ("事業の評価", "B（概ね順調）"),
        ("今後の方向性", "継続"),
        (
            "評価の理由",
            "5年度は観光交流客数が21万人を超えて目標を上回ったが、漁協食堂・直売所の売上額は不漁の影響で目標に届かなかった。"
            "6年度は観光交流客数が前年度を下回る見込みのため、朝市と寄港日を合わせた催しを年2回企画する。",
        ),
    ]
    r = fields_block(ws, r, fields, ("A", "B"), ("C", "K"), 42, {"評価の理由"})
    page(ws, landscape=False)
    save(wb, HERE / "fuji_tagonoura_jimujigyo_r5.xlsx")


# ---------------------------------------------------------------- 伊勢市 (HTML)
# 施策 cell (rowspan), then rows: No., name, unit, baseline, (actual, target) × 3 years, final target, 担当課
ISE_GROUPS = (
    (
        "3-1　観光の振興",
        (
            (
                "1",
                "観光入込客数",
                "千人",
                "8,634",
                ("4,712", "8,800"),
                ("6,385", "8,800"),
                ("7,921", "8,900"),
                "9,000",
                "観光振興課",
            ),
            (
                "2",
                "市内宿泊者数",
                "千人",
                "1,042",
                ("598", "1,060"),
                ("803", "1,070"),
                ("982", "1,080"),
                "1,100",
                "観光振興課",
            ),
            (
                "3",
                "観光客満足度（「満足」「やや満足」と答えた人の割合）",
                "％",
                "78.4",
                ("―", "80.0"),
                ("81.2", "81.0"),
                ("―", "82.0"),
                "85.0",
                "観光振興課",
            ),
        ),
    ),
    (
        "3-2　商工業の振興",
        (
            (
                "4",
                "市内での新規創業件数",
                "件",
                "38",
                ("41", "40"),
                ("45", "42"),
                ("39", "44"),
                "50",
                "商工労政課",
            ),
            (
                "5",
                "ふるさと納税返礼品の市内事業者からの調達額",
                "百万円",
                "152.3",
                ("488.5", "300.0"),
                ("612.0", "400.0"),
                ("705.8", "500.0"),
                "800.0",
                "商工労政課",
            ),
        ),
    ),
)


def ise_table():
    out = []
    for shisaku, rows in ISE_GROUPS:
        for i, (no, name, unit, base, *years, final, ka) in enumerate(rows):
            cells = "".join(f"<td>{a}<br>（{t}）</td>" for a, t in years)
            lead = f'<th scope="rowgroup" rowspan="{len(rows)}">{shisaku}</th>' if i == 0 else ""
            out.append(
                f'<tr>{lead}<td class="c">{no}</td><td class="name">{name}</td><td class="c">{unit}</td>'
                f'<td>{base}</td>{cells}<td>{final}</td><td class="c">{ka}</td></tr>\n'
            )
    return "".join(out)


ISE = (
    """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>伊勢市総合計画　施策の成果指標の状況（令和５年度実績） - 伊勢市</title>
<style>
table { border-collapse: collapse; }
th, td { border: 1px solid #333; padding: 2px 6px; }
td { text-align: right; }
td.name { text-align: left; }
td.c { text-align: center; }
tbody th { text-align: left; background: #f3f3f3; font-weight: normal; }
dt { font-weight: bold; }
</style>
</head>
<body>
<nav aria-label="現在地"><ol>
<li><a href="/">トップページ</a></li>
<li><a href="/shisei/">市政情報</a></li>
<li><a href="/shisei/keikaku/">計画・行政評価</a></li>
<li>伊勢市総合計画の進捗状況</li>
</ol></nav>
<main>
<h1>伊勢市総合計画　施策の成果指標の状況（令和５年度実績）</h1>
<p class="update">更新日：2024年10月18日　担当：企画調整課</p>
<p>伊勢市は、平成17年（2005年）11月1日に旧伊勢市、二見町、小俣町、御薗村の1市2町1村が合併して誕生した、面積208.53km²のまちです。伊勢神宮の鳥居前町として栄え、年間800万人を超える観光客が訪れます。20年に一度の神宮式年遷宮は、直近では平成25年（2013年）に行われました。</p>
<p>本市では、伊勢市総合計画条例（平成29年伊勢市条例第8号）第7条に基づき、毎年、総合計画の進捗状況を評価し、その結果を公表しています。このページでは、政策3「観光・産業の振興」に属する施策の成果指標の状況をお知らせします。</p>
<dl>
<dt>計画の名称</dt><dd>伊勢市総合計画</dd>
<dt>将来像</dt><dd>つながりが誇りと安らぎを育む　魅力創造都市　伊勢</dd>
<dt>計画期間</dt><dd>平成30年度～令和9年度（10年間）</dd>
<dt>評価の対象</dt><dd>令和5年度（2023年度）の実績</dd>
</dl>
<h2>政策3　観光・産業の振興</h2>
<p>各年度の欄は、上段が実績値、下段の（　）内がその年度の目標値です。</p>
<table>
<thead>
<tr><th scope="col" rowspan="2">施策</th><th scope="col" rowspan="2">No.</th><th scope="col" rowspan="2">成果指標</th><th scope="col" rowspan="2">単位</th><th scope="col" rowspan="2">基準値<br>（平成30年度）</th><th scope="colgroup" colspan="3">各年度の実績値<br>（下段：目標値）</th><th scope="col" rowspan="2">最終目標値<br>（令和9年度）</th><th scope="col" rowspan="2">担当課</th></tr>
<tr><th scope="col">令和3年度</th><th scope="col">令和4年度</th><th scope="col">令和5年度</th></tr>
</thead>
<tbody>
"""
    + ise_table()
    + """</tbody>
</table>
<p>※1　No.3は観光客アンケート（隔年、偶数年度に実施）によるため、令和3年度及び令和5年度は調査を行っておらず、実績値を「―」としています。</p>
<p>※2　No.5は、ふるさと納税の返礼品として市内事業者から調達した額（寄附額ではありません）です。</p>
<h2>評価の概要</h2>
<p>令和5年度の観光入込客数は約792万人となり、新型コロナウイルス感染症の影響を受けた令和3年度から大きく回復しましたが、目標値には届きませんでした。新規創業件数は39件で、3年ぶりに目標を下回りました。</p>
</main>
<footer><p>伊勢市役所　企画調整課　〒516-0037　三重県伊勢市岩渕1丁目7番29号</p></footer>
</body>
</html>
"""
)


def build_ise():
    (HERE / "ise_sogo_shisaku_shihyo_r5.html").write_text(ISE, encoding="utf-8")


# ---------------------------------------------------------------- 丹波市 (PDF, portrait)
TAMBA_ACTS = (
    ("ア", "化石発掘体験の開催回数", "回", "24（18）"),
    ("イ", "小中学校への出前授業の実施校数", "校", "11（9）"),
)
TAMBA_HEAD = (
    "No.",
    "成果指標",
    "単位",
    "基準値\n（R元）",
    "R3実績",
    "R4実績",
    "R5目標",
    "R5実績",
    "R6目標\n（最終）",
    "達成状況",
)
TAMBA_KPIS = (
    (
        "①",
        "丹波竜化石工房「ちーたんの館」の入館者数",
        "千人",
        28.4,
        14.2,
        21.5,
        26.0,
        "27.3（暫定値）",
        30.0,
        "達成",
    ),
    ("②", "丹波竜の里の来訪者数", "千人", 52.0, 31.8, 40.6, 48.0, 45.2, 55.0, "未達成"),
    ("③", "恐竜講座参加者の満足度", "％", "未設定", "―", 86.0, 85.0, 88.5, 90.0, "達成"),
)


def build_tamba():
    wb = Workbook()
    ws = wb.active
    ws.title = "主要施策の成果"
    for col, w in zip("ABCDEFGHIJ", (5, 30, 6, 8, 8, 8, 8, 10, 8, 8)):
        ws.column_dimensions[col].width = w
    merge(ws, "A1:J1", "令和５年度　主要施策の成果説明書（抜粋）", size=14, bold=True, h="center")
    merge(ws, "A2:J2", "令和6年9月　丹波市", h="right")
    fields = [
        ("事業名", "丹波竜を活かした交流促進事業"),
        ("所管課", "産業経済部　観光振興課"),
        ("会計区分", "一般会計　商工費"),
        ("決算額", "令和5年度　18,640千円（うち県支出金　3,000千円）"),
        ("関連計画", "第2次丹波市総合計画　後期基本計画（令和2年度～令和6年度）"),
        (
            "事業の内容",
            "本市は平成16年（2004年）11月1日に氷上郡の6町が合併して誕生した、面積493.21km²の市である。"
            "平成18年（2006年）8月7日、山南町上滝の篠山川・川代渓谷で地元の地学愛好家2人が恐竜の化石を発見し、"
            "その後の発掘調査を経て、平成26年（2014年）に新属新種「タンバティタニス・アミキティアエ」（通称 丹波竜）として記載された。"
            "本事業では、丹波竜化石工房「ちーたんの館」と丹波竜の里を拠点に、化石発掘体験、小中学校への出前授業、恐竜をテーマにした講座を行い、市内外からの交流人口の拡大を図る。",
        ),
    ]
    r = fields_block(ws, 4, fields, ("A", "B"), ("C", "J"), 84, {"事業の内容"})
    r += 1
    put(ws, f"A{r}", "（１）事業の実績", size=11, bold=True, wrap=False)
    merge(ws, f"F{r}:J{r}", "（　）内は前年度（令和4年度）の実績", size=8, h="right")
    r += 1
    put(ws, f"A{r}", "No.", bold=True, box=True, shade=True, h="center")
    merge(ws, f"B{r}:D{r}", "項目", bold=True, box=True, shade=True, h="center")
    put(ws, f"E{r}", "単位", bold=True, box=True, shade=True, h="center")
    merge(ws, f"F{r}:G{r}", "令和5年度実績", bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[r].height = 18
    r += 1
    for label, name, unit, val in TAMBA_ACTS:
        put(ws, f"A{r}", label, box=True, h="center")
        merge(ws, f"B{r}:D{r}", name, box=True)
        put(ws, f"E{r}", unit, box=True, h="center")
        merge(ws, f"F{r}:G{r}", val, box=True, h="right")
        ws.row_dimensions[r].height = 20
        r += 1
    r += 1
    put(ws, f"A{r}", "（２）成果指標", size=11, bold=True, wrap=False)
    r += 1
    for col, text in zip("ABCDEFGHIJ", TAMBA_HEAD):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[r].height = 30
    r += 1
    for row in TAMBA_KPIS:
        for col, v in zip("ABCDEFGHIJ", row):
            h = "left" if col == "B" else ("center" if col in "ACJ" else "right")
            c = put(ws, f"{col}{r}", v, box=True, h=h)
            number(c, v)
        ws.row_dimensions[r].height = 30
        r += 1
    notes = [
        "※1　①のR5実績は暫定値であり、確定値は令和6年10月に公表する予定である。",
        "※2　③は令和4年度から設定した指標のため、基準値は「未設定」、R3実績は「―」としている。",
        "※3　達成状況は、R5実績がR5目標以上の場合を「達成」としている。",
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
        "発掘体験は前年度より6回多い24回を開催し、参加者は延べ612人となった。ちーたんの館の入館者数は目標を上回ったが、丹波竜の里の来訪者数は"
        "夏季の猛暑の影響もあり目標に届かなかった。令和6年度は、JR福知山線の駅からの周遊と、市内2か所の拠点を結ぶ催しを強化する。",
        box=True,
    )
    ws.row_dimensions[r].height = 48
    page(ws, landscape=False)
    save(wb, SRC / "tamba_kyoryu_shuyo_seika_r5.xlsx")


# ---------------------------------------------------------------- 泉南市 (CSV, open data, UTF-8 with BOM)
SENNAN_WIDTH = 15
SENNAN = [
    ["タイトル", "令和5年度　地方創生関係交付金事業の効果検証結果一覧"],
    ["公表日", "令和6年10月31日"],
    ["取りまとめ", "総合政策部　政策推進課"],
    [
        "市の概要",
        "泉南市は大阪府の南西部に位置し、北西は大阪湾に面し、南東は和泉山脈を境に和歌山県と接する。面積48.98km²、人口57,190人（2024年10月1日推計）。"
        "昭和45年（1970年）に市制を施行し、関西国際空港の南部約3分の1が市域に含まれる。2020年には関西国際空港に近い海辺に「SENNAN LONG PARK」が開業した。"
        "平野部では泉州特産の玉ねぎや水なすが栽培され、岡田・樽井の両漁港では大阪湾の海産物が水揚げされる。",
    ],
    [
        "注記",
        "「事業開始前」は令和4年3月末時点の値。同じ事業の2行目以降は、No.から担当課まで及び事業の評価の欄を省略している。達成状況はR5実績とR5目標を比べたもの。",
    ],
    [],
    ["■交付対象事業のKPIの実績"],
    [
        "No.",
        "交付対象事業の名称",
        "交付金の種類",
        "事業期間",
        "担当課",
        "KPI",
        "単位",
        "事業開始前（R4.3末）",
        "R4目標",
        "R4実績",
        "R5目標",
        "R5実績",
        "達成状況（R5）",
        "最終目標（R6）",
        "事業の評価",
    ],
    [
        "1",
        "SENNAN LONG PARKを核としたりんくう海辺のにぎわい創出事業",
        "デジタル田園都市国家構想交付金（地方創生推進タイプ）",
        "令和4年度～令和6年度",
        "都市整備部　みどり公園課",
        "①SENNAN LONG PARKの来園者数",
        "千人",
        "612.4",
        "650.0",
        "688.2",
        "700.0",
        "731.5",
        "達成",
        "750.0",
        "地方創生に相当程度効果があった",
    ],
    [
        "",
        "",
        "",
        "",
        "",
        "②市内の観光消費額",
        "百万円",
        "1,820",
        "1,900",
        "1,874",
        "2,000",
        "2,046",
        "達成",
        "2,100",
        "",
    ],
    [
        "",
        "",
        "",
        "",
        "",
        "③泉南マーブルビーチ・タルイサザンビーチでの\n海辺イベントの参加者数",
        "人",
        "3,200",
        "3,600",
        "3,410",
        "4,000",
        "3,880",
        "未達成",
        "4,500",
        "",
    ],
    [
        "2",
        "泉州水なす・玉ねぎ等の泉南ブランド販路拡大事業",
        "デジタル田園都市国家構想交付金（地方創生推進タイプ）",
        "令和4年度～令和6年度",
        "市民生活環境部　産業観光課",
        "①泉南ブランド認定品の販売額",
        "百万円",
        "86.5",
        "90.0",
        "92.3",
        "100.0",
        "97.8",
        "未達成",
        "110.0",
        "地方創生に効果があった",
    ],
    [
        "",
        "",
        "",
        "",
        "",
        "②岡田漁港青空市の来場者数",
        "千人",
        "28.0",
        "―",
        "31.6",
        "33.0",
        "34.2",
        "達成",
        "35.0",
        "",
    ],
    [],
    [
        "※",
        "2の②のR4目標は、青空市の開催日数の見直しを行ったため設定していない。R6の最終目標は事業期間の最終年度の目標値。",
    ],
]


def build_sennan():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for row in SENNAN:
        w.writerow(row + [""] * (SENNAN_WIDTH - len(row)) if row else [])
    (HERE / "sennan_kofukin_koka_kensho_r5.csv").write_bytes(
        b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8")
    )


def to_pdf():
    for name in ("tamba_kyoryu_shuyo_seika_r5",):
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
    build_fuji()
    build_ise()
    build_tamba()
    build_sennan()
    if "--no-pdf" not in sys.argv:
        to_pdf()


if __name__ == "__main__":
    main()
