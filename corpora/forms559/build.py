"""Build forms559: four KPI documents of 匝瑳市, 飯山市, 三浦市 and 小金井市.

Writes `sosa_ueki_jimujigyo_r5.xlsx` (the workbook is the document), `iiyama_outdoor_kofukin_kensho_r5.html`,
`koganei_sousei_kpi_h30.csv` and the XLSX source `source/miura_ijuu_shuyo_seika_r5.xlsx`, which LibreOffice
turns into `miura_ijuu_shuyo_seika_r5.pdf`.
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
STAMP = datetime.datetime(2025, 10, 1, 9, 0, 0)
STAMP_TEXT = "2025-10-01T09:00:00Z"


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
    wb.properties.creator = "forms559"
    wb.properties.lastModifiedBy = "forms559"
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
            info = zipfile.ZipInfo(item.filename, date_time=(2025, 10, 1, 9, 0, 0))
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


def cells(ws, r, cols, vals, centre=(), left=()):
    """One boxed row: numbers right-aligned with a number format, text as given."""
    for col, v in zip(cols, vals):
        if v is None:
            continue
        if col in centre:
            h = "center"
        elif col in left:
            h = "left"
        else:
            h = "right"
        c = put(ws, f"{col}{r}", v, box=True, h=h)
        number(c, v)


# ---------------------------------------------------------------- 匝瑳市 (XLSX document, portrait)
def build_sosa():
    wb = Workbook()
    ws = wb.active
    ws.title = "事務事業評価"
    widths = {"A": 8, "B": 4, "C": 30, "D": 6, "E": 8, "F": 8, "G": 8, "H": 8, "I": 8, "J": 8}
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    merge(
        ws,
        "A1:J1",
        "令和６年度　事務事業評価シート（令和５年度実施事業）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:J2", "作成日　令和6年7月31日　　匝瑳市", h="right")
    put(ws, "A4", "１　事業の概要", size=11, bold=True, wrap=False)
    fields = [
        ("事務事業名", "「日本一の植木のまち」ブランド推進事業"),
        ("担当課", "産業振興課　農業振興班"),
        ("関連計画", "第2次匝瑳市総合計画　前期基本計画（令和2年度～令和5年度）"),
        ("事業期間", "令和2年度～令和5年度"),
        ("事業費（R5決算）", "4,860千円（うち県補助金　1,200千円）"),
        (
            "事業の概要",
            "本市は平成18年（2006年）1月23日に八日市場市と野栄町が合併して誕生した、面積約101.78km²の市である。"
            "植木の生産は明治時代に始まり、大正12年（1923年）に病害虫や寒さに強いイヌマキが関西方面へ出荷されたことを契機に広まった。"
            "現在では日本有数の栽培面積を誇り、農家の垣根には高さ7mほどの槙塀も見られる。"
            "本事業では、英語・中国語を併記した植木ガイドマップの配布、首都圏・関西での展示商談会への出展、"
            "5月の連休に開かれる匝瑳市植木まつり（匝瑳市植木組合主催）への支援により、「匝瑳の植木」の知名度向上と販路の拡大を図る。",
        ),
    ]
    r = fields_block(ws, 5, fields, ("A", "C"), ("D", "J"), 84, {"事業の概要"})
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
            "R2実績",
            "R3実績",
            "R4実績",
            "R5目標",
            "R5実績",
            "達成率",
        ),
    ):
        put(ws, f"{col}{head}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[head].height = 20
    rows = [
        (1, "市内の植木生産農家数", "戸", 312, 305, 298, None, 291, "―"),
        (2, "植木ガイドマップの配布部数", "千部", 3.0, 4.5, 5.2, 5.0, 6.1, "122.0%"),
        (3, "首都圏・関西での展示商談会への出展回数", "回", 0, 2, 3, 3, 4, "133.3%"),
        (4, "植木の出荷本数※1", "千本", 1284, 1302, 1256, 1350, 1318, "97.6%"),
        (
            5,
            "匝瑳市植木まつりの来場者数※2",
            "人",
            None,
            None,
            "約9,000",
            10000,
            "約12,500",
            "125.0%",
        ),
    ]
    r = head + 1
    first = r
    for no, name, unit, *vals in rows:
        put(ws, f"B{r}", no, box=True, h="center")
        put(ws, f"C{r}", name, box=True)
        put(ws, f"D{r}", unit, box=True, h="center")
        cells(ws, r, "EFGHIJ", vals)
        ws.row_dimensions[r].height = 22
        r += 1
    # No.5: one 中止 cell merged over R2実績 and R3実績
    merge(ws, f"E{first + 4}:F{first + 4}", "中止", box=True, h="center")
    # an empty R5目標 cell of the 対象指標 is still boxed
    put(ws, f"H{first}", None, box=True)
    put(ws, f"A{first}", "対象指標", box=True, h="center")
    merge(ws, f"A{first + 1}:A{first + 2}", "活動指標", box=True, h="center")
    merge(ws, f"A{first + 3}:A{first + 4}", "成果指標", box=True, h="center")
    notes = [
        "※1　No.4は暦年（1月～12月）の出荷本数です（匝瑳市植木組合調べ）。R5目標・R5実績は令和5年1月～12月の値です。",
        "※2　No.5は開催3日間の延べ来場者数（主催者発表の概数）です。R2・R3は新型コロナウイルス感染症の影響により中止しました。",
        "※3　達成率＝R5実績÷R5目標。対象指標には目標を設定していません。",
    ]
    for note in notes:
        merge(ws, f"A{r}:J{r}", note, size=8)
        ws.row_dimensions[r].height = 24
        r += 1
    r += 1
    put(ws, f"A{r}", "３　評価", size=11, bold=True, wrap=False)
    r += 1
    fields = [
        ("事業の評価", "B（概ね順調）"),
        ("今後の方向性", "継続（後期基本計画（令和6年度～）の施策に位置付けて実施する。）"),
        (
            "評価の理由",
            "ガイドマップの配布と商談会への出展は目標を上回り、植木まつりは4年ぶりに例年規模で開催できた。"
            "出荷本数は目標に届かなかったため、令和6年度は海外向けの商談会にも出展する。",
        ),
    ]
    r = fields_block(ws, r, fields, ("A", "C"), ("D", "J"), 40, {"評価の理由"})
    page(ws, landscape=False)
    save(wb, HERE / "sosa_ueki_jimujigyo_r5.xlsx")


# ---------------------------------------------------------------- 三浦市 (PDF, portrait)
def build_miura():
    wb = Workbook()
    ws = wb.active
    ws.title = "主要施策の成果"
    widths = {"A": 5, "B": 30, "C": 6, "D": 10, "E": 9, "F": 9, "G": 9, "H": 10, "I": 8}
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    merge(ws, "A1:I1", "令和５年度　主要な施策の成果説明書（抜粋）", size=14, bold=True, h="center")
    merge(ws, "A2:I2", "令和6年9月　三浦市", h="right")
    fields = [
        ("関連計画", "第4次三浦市総合計画「三浦ニュープラン21」"),
        ("事業名", "みうら暮らし移住・定住促進事業"),
        ("所管課", "政策部　政策課"),
        ("決算額", "令和5年度　8,420千円（うち県補助金　2,000千円）"),
        (
            "事業の内容",
            "三方を海に囲まれた本市（面積32.05km²）は、全国に13ある特定第三種漁港のひとつ三崎漁港を擁し、マグロのまちとして知られる。"
            "市内への移住を考える方を対象に講座「三浦移住学」を開き、市内を巡るツアー、住宅事情やリモートワークについての講演、先輩移住者との交流を行っている"
            "（令和4年度までの2回で受講者は計20名、うち3名が市内に移住）。"
            "また、結婚を希望する方を対象に年2回「みうら婚活ツアー」を実施しており、令和5年2月18日の第5回では、市内農園でのいちご狩りや三浦海岸駅周辺での河津桜の鑑賞を行った。",
        ),
    ]
    r = fields_block(ws, 4, fields, ("A", "B"), ("C", "I"), 84, {"事業の内容"})
    r += 1
    put(ws, f"A{r}", "（１）事業の実績", size=11, bold=True, wrap=False)
    put(ws, f"H{r}", "（参考）事業費の推移（単位：千円）", size=8, wrap=False)
    r += 1
    head = r
    for col, text in zip("ABCDEF", ("No.", "項目", "単位", "令和3年度", "令和4年度", "令和5年度")):
        put(ws, f"{col}{head}", text, bold=True, box=True, shade=True, h="center")
    for col, text in zip("HI", ("年度", "決算額")):
        put(ws, f"{col}{head}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[head].height = 18
    act = [
        ("ア", "三浦移住学の受講者数", "人", 11, 9, 14),
        ("イ", "移住相談件数", "件", 86, 112, 147),
    ]
    money = [("令和3年度", 6120), ("令和4年度", 7380), ("令和5年度", 8420)]
    for i in range(3):
        rr = head + 1 + i
        if i < len(act):
            cells(ws, rr, "ABCDEF", act[i], centre="AC", left="B")
        cells(ws, rr, "HI", money[i], centre="H")
        ws.row_dimensions[rr].height = 18
    r = head + 4
    r += 1
    put(ws, f"A{r}", "（２）成果指標", size=11, bold=True, wrap=False)
    r += 1
    top, low = r, r + 1
    for col, text in (
        ("A", "No."),
        ("B", "成果指標"),
        ("C", "単位"),
        ("D", "基準値（令和2年度）"),
        ("E", "令和4年度実績"),
        ("H", "令和7年度目標（最終）"),
        ("I", "達成状況"),
    ):
        merge(ws, f"{col}{top}:{col}{low}", text, bold=True, box=True, shade=True, h="center")
    merge(ws, f"F{top}:G{top}", "令和5年度", bold=True, box=True, shade=True, h="center")
    put(ws, f"F{low}", "目標", bold=True, box=True, shade=True, h="center")
    put(ws, f"G{low}", "実績", bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[top].height = 18
    ws.row_dimensions[low].height = 18
    kpis = [
        (
            "①",
            "三浦移住学を契機とした市内への移住者数",
            "人",
            0,
            "累計3",
            "累計5",
            "累計4",
            "累計10",
            "未達成",
        ),
        ("②", "みうら婚活ツアーでのカップル成立数", "組", "―", 2, "2～3", 3, "3～5", "達成"),
        ("③", "移住相談窓口を経由した転入世帯数", "世帯", 8, 14, 18, 21, 25, "達成"),
    ]
    r = low + 1
    for row in kpis:
        cells(ws, r, "ABCDEFGHI", row, centre="ACI", left="B")
        ws.row_dimensions[r].height = 24
        r += 1
    notes = [
        "※　①は令和3年度からの累計人数です。②の基準値（令和2年度）は、婚活ツアーを実施していないため「―」としています。",
        "※　達成状況は、令和5年度の実績が目標（範囲で示したものはその下限）に達したかどうかを示します。",
    ]
    for note in notes:
        merge(ws, f"A{r}:I{r}", note, size=8)
        ws.row_dimensions[r].height = 15
        r += 1
    r += 1
    put(ws, f"A{r}", "（３）成果と今後の方向性", size=11, bold=True, wrap=False)
    r += 1
    merge(
        ws,
        f"A{r}:I{r}",
        "三浦移住学は第3期を開講し、受講者は14名と前年度を5名上回った。移住相談は147件で、窓口を経由した転入は21世帯となった。"
        "婚活ツアーでは年間3組のカップルが成立した。一方、移住学を契機とした移住者は累計4名で目標に届かなかったため、"
        "令和6年度は空き家バンクと連携したお試し住宅の案内を年4回実施する。",
        box=True,
    )
    ws.row_dimensions[r].height = 48
    page(ws, landscape=False)
    save(wb, SRC / "miura_ijuu_shuyo_seika_r5.xlsx")


# ---------------------------------------------------------------- 飯山市 (HTML)
IIYAMA_KPIS = (
    ("KPI①", "アクティビティセンターの利用者数"),
    ("KPI②", "信越トレイル全線踏破の認定者数（累計）"),
    ("KPI③", "アウトドア関連事業者の新規開業数"),
    ("KPI④", "アウトドア関連の観光消費額"),
)
IIYAMA_ROWS = (
    ("令和2年度", "基準値", ("4,820", "312", "―", "186.4")),
    ("令和3年度", "目標", ("5,500", "340", "1", "200.0")),
    (None, "実績", ("5,210", "338", "1", "194.2")),
    ("令和4年度", "目標", ("6,200", "370", "2", "215.0")),
    (None, "実績", ("6,540", "365", "0", "221.8")),
    ("令和5年度", "目標", ("7,000", "400", "2", "230.0")),
    (None, "実績", ("7,480<sup>※</sup>", "412", "3", "226.5")),
)


def iiyama_table():
    out = ['<tr><th scope="col">年度</th><th scope="col">区分</th>']
    for label, name in IIYAMA_KPIS:
        out.append(f'<th scope="col">{label}<br>{name}</th>')
    out.append("</tr>\n</thead>\n<tbody>\n")
    for year, role, vals in IIYAMA_ROWS:
        out.append("<tr>")
        if year == "令和2年度":
            out.append(f'<th scope="row">{year}</th>')
        elif year:
            out.append(f'<th scope="rowgroup" rowspan="2">{year}</th>')
        out.append(f'<th scope="row">{role}</th>')
        out.append("".join(f"<td>{v}</td>" for v in vals))
        out.append("</tr>\n")
    out.append('<tr class="status"><th scope="row" colspan="2">達成状況（令和5年度）</th>')
    out.append("".join(f'<td class="c">{v}</td>' for v in ("達成", "達成", "達成", "未達成")))
    out.append("</tr>\n")
    return "".join(out)


IIYAMA = (
    """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>令和５年度　地方創生推進交付金事業の効果検証結果 - 飯山市</title>
<style>
table { border-collapse: collapse; }
th, td { border: 1px solid #333; padding: 2px 6px; }
td { text-align: right; }
td.c { text-align: center; }
</style>
</head>
<body>
<nav aria-label="現在地"><ol>
<li><a href="/">ホーム</a></li>
<li><a href="/shisei/">市政情報</a></li>
<li><a href="/shisei/sousei/">地方創生</a></li>
<li>令和５年度　地方創生推進交付金事業の効果検証結果</li>
</ol></nav>
<main>
<h1>令和５年度　地方創生推進交付金事業の効果検証結果</h1>
<p class="update">更新日：2024年12月20日　担当：企画財政課</p>
<p>飯山市は長野県の最北部に位置し、面積は202.43km²、人口は17,972人（2024年11月1日推計）です。2015年（平成27年）3月14日に北陸新幹線の飯山駅が開業し、駅の1階には「信越自然郷アクティビティセンター」が開設されました。長野・新潟県境の関田山脈沿いには総延長80kmの長距離自然歩道「信越トレイル」が通り、2006年（平成18年）には森林セラピー基地に認定されています。</p>
<p>本事業は、これらの自然資源を生かしたアウトドアツーリズムを推進するため、地方創生推進交付金を活用して令和3年度から令和5年度までの3か年で実施しました。飯山市総合戦略効果検証会議（令和6年11月）の意見を踏まえ、検証結果を公表します。</p>
<dl>
<dt>事業名</dt><dd>信越自然郷アウトドアツーリズム推進事業</dd>
<dt>交付金</dt><dd>地方創生推進交付金（横展開タイプ）</dd>
<dt>事業期間</dt><dd>令和3年度～令和5年度（3か年）</dd>
<dt>総事業費</dt><dd>3か年計　36,900千円（うち交付金　18,450千円）</dd>
<dt>担当課</dt><dd>企画財政課</dd>
</dl>
<h2>重要業績評価指標（KPI）の目標値と実績値</h2>
<p>表中の数値の単位は「人」です。ただし、KPI③は「件」、KPI④は「百万円」です。</p>
<table>
<thead>
"""
    + iiyama_table()
    + """</tbody>
</table>
<p>※　KPI①の令和5年度の実績は速報値です（令和6年4月集計）。</p>
<h2>事業の評価</h2>
<p>4つのKPIのうち3つで目標を達成しました。アクティビティセンターの利用者は事業開始前の約1.5倍となり、信越トレイルの全線踏破者も412人に増えました。観光消費額は目標をわずかに下回ったため、今後は宿泊を伴うツアーの造成に取り組みます。交付金の対象期間の終了後も、本事業は市の単独事業として継続します。</p>
</main>
<footer><p>飯山市役所　企画財政課</p></footer>
</body>
</html>
"""
)


def build_iiyama():
    (HERE / "iiyama_outdoor_kofukin_kensho_r5.html").write_text(IIYAMA, encoding="utf-8")


# ---------------------------------------------------------------- 小金井市 (CSV, open data)
KOGANEI_WIDTH = 13
G1 = "基本目標1　小金井らしい産業を育て、しごとをつくる"
G2 = "基本目標2　子育て世代が住み続けたいまちをつくる"
G3 = "基本目標3　小金井の魅力を発信し、人を呼び込む"
KOGANEI = [
    [
        "タイトル",
        "小金井市まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の実績（平成30年度）",
    ],
    ["公表日", "令和元年9月30日"],
    ["担当課", "企画財政部　企画政策課　企画政策係"],
    ["計画期間", "平成27年度～平成31年度（5年間）"],
    [
        "市の概要",
        "本市は東京都のほぼ中央に位置し、面積は11.30km²。昭和12年（1937年）2月11日に町制を、昭和33年（1958年）10月1日に市制を施行した。"
        "市の北部にある都立小金井公園（約80ha）の約1,700本の桜は、平成2年に「日本さくら名所100選」に選ばれ、園内には江戸東京たてもの園（平成5年開園）がある。",
    ],
    [
        "注記",
        "基準年の欄の「年」は暦年、「年度」は年度の値であることを示す。単位欄の「千人」は千人単位の値。H31目標は計画最終年度（平成31年度＝令和元年度）の目標値。",
    ],
    [],
    [
        "基本目標",
        "区分",
        "番号",
        "指標名",
        "単位",
        "基準値",
        "基準年",
        "H28実績",
        "H29実績",
        "H30目標",
        "H30実績",
        "H31目標",
        "備考",
    ],
    [
        G1,
        "数値目標",
        "",
        "市内の事業所数",
        "所",
        "3,412",
        "H26年",
        "3,398",
        "3,430",
        "3,450",
        "3,455",
        "3,500",
        "経済センサス等",
    ],
    [
        G1,
        "KPI",
        "①",
        "創業支援事業による創業者数",
        "人",
        "18",
        "H26年度",
        "22",
        "25",
        "28",
        "31",
        "30",
        "",
    ],
    [
        G2,
        "KPI",
        "②",
        "ﾌｧﾐﾘｰ･ｻﾎﾟｰﾄ･ｾﾝﾀｰの会員数",
        "人",
        "1,046",
        "H27年度",
        "1,102",
        "1,155",
        "1,200",
        "1,189",
        "1,250",
        "各年度末",
    ],
    [
        G3,
        "KPI",
        "③",
        "江戸東京たてもの園の入園者数",
        "千人",
        "186.5",
        "H26年度",
        "198.2",
        "201.7",
        "205.0",
        "207.9",
        "220.0",
        "",
    ],
    [
        G3,
        "KPI",
        "④",
        "市内の大学・専門学校と連携した事業の数",
        "件",
        "12",
        "H27年度",
        "14",
        "16",
        "18",
        "17",
        "20",
        "",
    ],
]


def build_koganei():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for row in KOGANEI:
        w.writerow(row + [""] * (KOGANEI_WIDTH - len(row)))
    (HERE / "koganei_sousei_kpi_h30.csv").write_bytes(("\ufeff" + buf.getvalue()).encode("utf-8"))


def to_pdf():
    for name in ("miura_ijuu_shuyo_seika_r5",):
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
    build_sosa()
    build_miura()
    build_iiyama()
    build_koganei()
    if "--no-pdf" not in sys.argv:
        to_pdf()


if __name__ == "__main__":
    main()
