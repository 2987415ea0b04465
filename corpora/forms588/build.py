"""Build forms588: four KPI documents of 松崎町, 木曽岬町, 小野市 and 豊郷町.

Writes `matsuzaki_namakokabe_jimujigyo_r6.xlsx` (the workbook is the document), `ono_ranranbus_shuyo_seika_r5.html`,
`toyosato_senryaku_kpi_jisseki_r6.csv` and the XLSX source `source/kisosaki_senryaku_kpi_kensho_r6.xlsx`, which
LibreOffice turns into `kisosaki_senryaku_kpi_kensho_r6.pdf`.
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
BAND = PatternFill("solid", fgColor="EDEDED")
STAMP = datetime.datetime(2025, 9, 1, 9, 0, 0)
STAMP_TEXT = "2025-09-01T09:00:00Z"


def font(size=9, bold=False):
    return Font(name=FONT, size=size, bold=bold)


def put(
    ws,
    ref,
    value,
    size=9,
    bold=False,
    box=False,
    shade=False,
    h="left",
    wrap=True,
    fmt=None,
    fill=None,
):
    cell = ws[ref]
    cell.value = value
    cell.font = font(size, bold)
    cell.alignment = Alignment(horizontal=h, vertical="center", wrap_text=wrap)
    if box:
        cell.border = BOX
    if shade:
        cell.fill = SHADE
    if fill is not None:
        cell.fill = fill
    if fmt:
        cell.number_format = fmt
    elif isinstance(value, float):
        cell.number_format = "#,##0.0"
    elif isinstance(value, int):
        cell.number_format = "#,##0"
    return cell


def boxed(ws, rng, shade=False, fill=None):
    for row in ws[rng]:
        for cell in row:
            cell.border = BOX
            if shade:
                cell.fill = SHADE
            if fill is not None:
                cell.fill = fill


def merge(ws, rng, value, **kw):
    first = rng.split(":")[0]
    put(ws, first, value, **kw)
    ws.merge_cells(rng)
    if kw.get("box"):
        boxed(ws, rng, kw.get("shade", False), kw.get("fill"))


def save(wb, path):
    """Save with fixed properties and fixed zip timestamps, so the bytes do not change."""
    wb.properties.creator = "forms588"
    wb.properties.lastModifiedBy = "forms588"
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


# ---------------------------------------------------------------- 松崎町 (XLSX document, portrait)
# (No., name, unit, 基準値（R3）, R4実績, R5実績, R6目標, R6実績, 最終目標（R8）)
MATSUZAKI_ROWS = (
    (1, "なまこ壁修景補助の交付件数", "件", 2, 3, 4, 4, 5, 4),
    (2, "町並みガイド養成講座の受講者数", "人", 8, 10, 12, 12, 9, 15),
    (3, "なまこ壁の建物の棟数", "棟", 193, 192, 190, 190, 191, 190),
    (4, "観光交流客数（再掲）", "千人", 586.4, 498.2, 562.7, 600.0, 571.9, 640.0),
    (5, "町並み散策の満足度", "％", 72.4, "―", 76.8, 78.0, "―", "80～85"),
)


def build_matsuzaki():
    wb = Workbook()
    ws = wb.active
    ws.title = "事務事業評価"
    for col, w in zip("ABCDEFGHIJ", (8, 4, 27, 5, 8, 8, 8, 8, 8, 9)):
        ws.column_dimensions[col].width = w
    merge(
        ws,
        "A1:J1",
        "令和７年度　事務事業評価シート（令和６年度実施事業）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:J2", "作成日　令和7年7月18日　　松崎町", h="right")
    put(ws, "A4", "１　事業の概要", size=11, bold=True, wrap=False)
    fields = [
        ("事務事業名", "なまこ壁の町並み保存・活用事業"),
        ("担当課", "企画観光課"),
        ("関連計画", "松崎町まち・ひと・しごと創生総合戦略（第2期）"),
        ("事業期間", "令和4年度～令和8年度（5年間）"),
        ("事業費（R6決算）", "9,870千円（うち県補助金　2,500千円）"),
        (
            "事業の概要",
            "本町は伊豆半島の南西部、駿河湾に面した町で、面積は85.11km²、人口は5,422人（2024年5月1日推計）である。町の64%を山林が占め、那賀川と岩科川の流域に伊豆半島西側で最大の平野が開ける。"
            "桜餅に使う塩漬けの桜葉は全国の約7割を産し、平成25年（2013年）に「日本で最も美しい村」連合に加盟した。"
            "町内には漆喰鏝絵の名工・入江長八の作品を収めた伊豆の長八美術館や、明治20年（1887年）建築の中瀬邸があり、なまこ壁の建物は2019年現在で190棟以上が残る。"
            "本事業では、なまこ壁の修景への補助と町並みガイドの養成により、町並みの保存と来訪者の回遊の促進を図る。",
        ),
    ]
    r = fields_block(ws, 5, fields, ("A", "B"), ("C", "J"), {"事業の概要": 84})
    r += 1
    put(ws, f"A{r}", "２　指標の推移", size=11, bold=True, wrap=False)
    r += 1
    heads = (
        "区分",
        "No.",
        "指標名",
        "単位",
        "基準値\n（R3）",
        "R4実績",
        "R5実績",
        "R6目標",
        "R6実績",
        "最終目標\n（R8）",
    )
    for col, text in zip("ABCDEFGHIJ", heads):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[r].height = 28
    r += 1
    merge(ws, f"A{r}:A{r + 1}", "活動指標", box=True, h="center")
    merge(ws, f"A{r + 2}:A{r + 4}", "成果指標", box=True, h="center")
    for no, name, unit, *vals in MATSUZAKI_ROWS:
        put(ws, f"B{r}", no, box=True, h="center")
        put(ws, f"C{r}", name, box=True)
        put(ws, f"D{r}", unit, box=True, h="center")
        for col, v in zip("EFGHIJ", vals):
            fmt = "0.0" if no == 5 and isinstance(v, float) else None
            put(
                ws, f"{col}{r}", v, box=True, h="center" if isinstance(v, str) else "right", fmt=fmt
            )
        ws.row_dimensions[r].height = 20
        r += 1
    r = notes_block(
        ws,
        r,
        [
            "※1　No.4は、松崎町まち・ひと・しごと創生総合戦略（第2期）のKPIを再掲したもので、町内の観光施設・宿泊施設等の入込客数の年度合計である。",
            "※2　No.5は、2年に1度（奇数年度）実施する来訪者アンケートの結果であり、調査を実施しない年度は「―」としている。",
            "※3　No.5の最終目標は、80％から85％の範囲としている。",
        ],
        "J",
        height=22,
    )
    r += 1
    put(ws, f"A{r}", "３　事業費の推移（単位：千円）", size=11, bold=True, wrap=False)
    r += 1
    merge(ws, f"A{r}:D{r}", "区分", bold=True, box=True, shade=True, h="center")
    for col, text in zip("EFG", ("R4決算", "R5決算", "R6決算")):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=True, h="center")
    r += 1
    for label, nums in (("事業費", (8120, 9540, 9870)), ("うち県補助金", (2000, 2500, 2500))):
        merge(ws, f"A{r}:D{r}", label, box=True)
        for col, v in zip("EFG", nums):
            put(ws, f"{col}{r}", v, box=True, h="right")
        r += 1
    r += 1
    put(ws, f"A{r}", "４　評価", size=11, bold=True, wrap=False)
    r += 1
    fields = [
        ("事業の評価", "B（概ね順調）"),
        ("今後の方向性", "継続"),
        (
            "評価の理由",
            "修景補助の交付件数は計画を上回り、なまこ壁の建物の棟数は190棟を維持した。観光交流客数は前年度を9.2千人上回ったが目標には届かず、ガイド養成講座の受講者も減少した。令和7年度は講座の日程を見直し、受講者の確保を図る。",
        ),
    ]
    fields_block(ws, r, fields, ("A", "B"), ("C", "J"), {"評価の理由": 42})
    page(ws, landscape=False)
    save(wb, HERE / "matsuzaki_namakokabe_jimujigyo_r6.xlsx")


# ---------------------------------------------------------------- 木曽岬町 (PDF, landscape)
# Band rows name the 基本目標; data rows: (区分, No., name, unit, 基準値（H30）, R2, R3, R4, R5, R6（見込）, 目標値（R6）, 評価)
KISOSAKI_ROWS = (
    ("band", "基本目標１　地域の強みを活かし、安心して働けるしごとをつくる"),
    ("数値目標", "", "町内事業所の従業者数", "人", 1452, 1418, 1396, 1437, 1463, 1470, 1500, "B"),
    ("KPI", 1, "トマトの出荷量", "t", 2860, 2790, 2710, 2905, 2960, 3020, 3000, "A"),
    ("KPI", 2, "新規就農者数", "人", 1, 2, 1, 3, 2, 2, "5年間で10人", "A"),
    ("band", "基本目標２　木曽岬への新しいひとの流れをつくる"),
    ("数値目標", "", "転入者数", "人", 214, 226, 198, 231, 240, 236, 250, "B"),
    (
        "KPI",
        3,
        "町主催イベントの来場者数",
        "人",
        "約8,000",
        "中止",
        "約3,500",
        "約6,000",
        "約7,500",
        "約8,500",
        9000,
        "B",
    ),
)


def build_kisosaki():
    wb = Workbook()
    ws = wb.active
    ws.title = "検証シート"
    for col, w in zip("ABCDEFGHIJKL", (9, 5, 30, 6, 10, 9, 9, 9, 9, 10, 13, 6)):
        ws.column_dimensions[col].width = w
    merge(
        ws,
        "A1:L1",
        "木曽岬町まち・ひと・しごと創生総合戦略（第2期）　数値目標・重要業績評価指標（KPI）の検証シート（令和６年度）",
        size=13,
        bold=True,
        h="center",
    )
    merge(ws, "A2:L2", "令和7年2月　木曽岬町　総務政策課", h="right")
    fields = [
        ("計画の名称", "木曽岬町まち・ひと・しごと創生総合戦略（第2期）"),
        ("計画期間", "令和2年度～令和6年度（5年間）"),
        ("担当課", "総務政策課"),
        ("検証の時点", "令和6年12月末（令和6年度の実績は見込値）"),
        (
            "町の概要",
            "本町は三重県の北東端、木曽三川の河口部に位置し、東は愛知県弥富市に接する。面積は15.72km²、人口は6,134人（2021年7月1日推計）で、県内の市町で最も人口が少ない。"
            "平成元年（1989年）5月1日に町制を施行した。特産のトマトは県内の出荷量の約6割を占める。町の南部には約444haの木曽岬干拓地が広がり、役場は2016年11月に新庁舎へ移転した。",
        ),
    ]
    r = fields_block(ws, 4, fields, ("A", "B"), ("C", "L"), {"町の概要": 44})
    r += 1
    merge(
        ws, f"A{r}:F{r}", "■数値目標・重要業績評価指標（KPI）の検証", size=11, bold=True, wrap=False
    )
    merge(
        ws,
        f"G{r}:L{r}",
        "評価　A：順調に推移　B：概ね順調　C：取組の強化が必要",
        size=8,
        h="right",
    )
    r += 1
    top, sub = r, r + 1
    for col, text in (
        ("A", "区分"),
        ("B", "No."),
        ("C", "指標"),
        ("D", "単位"),
        ("E", "基準値\n（H30）"),
        ("J", "R6\n（見込）"),
        ("K", "目標値\n（R6）"),
        ("L", "評価"),
    ):
        merge(ws, f"{col}{top}:{col}{sub}", text, bold=True, box=True, shade=True, h="center")
    merge(ws, f"F{top}:I{top}", "実績値", bold=True, box=True, shade=True, h="center")
    for col, text in zip("FGHI", ("R2", "R3", "R4", "R5")):
        put(ws, f"{col}{sub}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[top].height = 18
    ws.row_dimensions[sub].height = 18
    r = sub + 1
    for row in KISOSAKI_ROWS:
        if row[0] == "band":
            merge(ws, f"A{r}:L{r}", row[1], bold=True, box=True, fill=BAND)
            ws.row_dimensions[r].height = 18
            r += 1
            continue
        kind, no, name, unit, *vals = row
        put(ws, f"A{r}", kind, box=True, h="center")
        put(ws, f"B{r}", no, box=True, h="center")
        put(ws, f"C{r}", name, box=True)
        put(ws, f"D{r}", unit, box=True, h="center")
        for col, v in zip("EFGHIJKL", vals):
            put(ws, f"{col}{r}", v, box=True, h="center" if col == "L" or v == "中止" else "right")
        ws.row_dimensions[r].height = 22
        r += 1
    r = notes_block(
        ws,
        r,
        [
            "※1　R6（見込）は、令和6年12月末までの実績をもとに推計した令和6年度の見込値である。",
            "※2　No.2の目標値は、計画期間（令和2年度～令和6年度）の5年間の合計である。",
            "※3　No.3の令和2年度は、新型コロナウイルス感染症の影響によりイベントを中止した。来場者数は主催者発表による概数である。",
            "※4　数値目標は基本目標ごとの目標、KPIは具体的な施策ごとの重要業績評価指標である。",
        ],
        "L",
    )
    r += 1
    merge(ws, f"A{r}:L{r}", "■総括", size=11, bold=True, wrap=False)
    r += 1
    merge(
        ws,
        f"A{r}:L{r}",
        "第2期の5年間で、トマトの出荷量は3年連続で増加し、令和6年度は目標を上回る見込みである。新規就農者は5年間の合計で10人となる見込みである。"
        "転入者数とイベントの来場者数は新型コロナウイルス感染症の影響から回復しつつあるが、目標には届かない見込みであり、次期戦略（令和7年度～）に引き継いで取り組む。",
        box=True,
    )
    ws.row_dimensions[r].height = 40
    page(ws, landscape=True)
    save(wb, SRC / "kisosaki_senryaku_kpi_kensho_r6.xlsx")


# ---------------------------------------------------------------- 小野市 (HTML)
# (記号, name, unit, 令和3年度, 令和4年度, 令和5年度)
ONO_ACT = (
    ("ア", "年間運行便数", "便", "18,420", "21,760", "21,890"),
    ("イ", "高齢者・障がい者割引乗車証の交付枚数", "枚", "1,284", "1,352", "1,410"),
)
# (No., name, unit, 基準値（令和元年度）, 令和3年度実績, 令和4年度実績, 令和5年度 目標, 実績, 目標値（令和7年度）)
ONO_OUT = (
    (
        "1",
        "らんらんバスの年間利用者数",
        "千人",
        "190.2",
        "151.6",
        "172.3",
        "185.0",
        "（速報値）188.9",
        "200.0",
    ),
    ("2", "1便当たりの平均乗車人数", "人", "9.8", "8.2", "7.9", "8.5", "8.6", "9.0"),
    ("3", "高齢者の運転免許証自主返納者数", "人", "248", "231", "265", "250", "242", "250"),
)


def ono_act_rows():
    out = []
    for mark, name, unit, *vals in ONO_ACT:
        cells = "".join(f"<td>{v}</td>" for v in vals)
        out.append(
            f'<tr><td class="c">{mark}</td><td class="name">{name}</td><td class="c">{unit}</td>{cells}</tr>\n'
        )
    return "".join(out)


def ono_out_rows():
    out = []
    for no, name, unit, *vals in ONO_OUT:
        cells = "".join(f"<td>{v}</td>" for v in vals)
        out.append(
            f'<tr><td class="c">{no}</td><td class="name">{name}</td><td class="c">{unit}</td>{cells}</tr>\n'
        )
    return "".join(out)


ONO = (
    """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>令和５年度 主要施策の成果（コミュニティバス「らんらんバス」の運行） - 小野市</title>
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
<li><a href="/shisei/zaisei/">財政・行政評価</a></li>
<li>令和５年度 主要施策の成果（コミュニティバス「らんらんバス」の運行）</li>
</ol></nav>
<main>
<h1>令和５年度 主要施策の成果（コミュニティバス「らんらんバス」の運行）</h1>
<p class="update">更新日：2024年10月1日　担当：総合政策部 交通政策グループ</p>
<p>小野市は兵庫県の播磨平野のほぼ中央、加古川のほとりに位置し、面積は92.94km²、人口は47,609人（2022年4月30日推計）です。</p>
<p>コミュニティバス「らんらんバス」は、平成16年1月に福祉施策の一環として運行を始めました。当初はバス3台で年間約3万人の利用でしたが、令和元年度には約19万人の方に利用されています。令和3年10月1日からはバスを1台増やして9台11ルートとし、郊外ルートを週3日から週4日の運行に増便しました。</p>
<p>令和5年度に実施した「らんらんバス」の運行について、主要施策の成果をお知らせします。</p>
<dl>
<dt>施策</dt><dd>地域公共交通の充実</dd>
<dt>事業名</dt><dd>コミュニティバス「らんらんバス」運行事業</dd>
<dt>担当</dt><dd>総合政策部 交通政策グループ</dd>
<dt>決算額</dt><dd>令和5年度　118,460千円（うち運賃収入　14,230千円）</dd>
<dt>関連計画</dt><dd>小野市地域公共交通計画（令和3年度～令和7年度）</dd>
</dl>
<h2>１　事業の実績</h2>
<table>
<thead>
<tr><th scope="col">記号</th><th scope="col">項目</th><th scope="col">単位</th><th scope="col">令和3年度</th><th scope="col">令和4年度</th><th scope="col">令和5年度</th></tr>
</thead>
<tbody>
"""
    + ono_act_rows()
    + """</tbody>
</table>
<h2>２　成果指標</h2>
<table>
<thead>
<tr><th scope="col" rowspan="2">No.</th><th scope="col" rowspan="2">成果指標</th><th scope="col" rowspan="2">単位</th><th scope="col" rowspan="2">基準値<br>（令和元年度）</th><th scope="col" rowspan="2">令和3年度<br>実績</th><th scope="col" rowspan="2">令和4年度<br>実績</th><th scope="colgroup" colspan="2">令和5年度</th><th scope="col" rowspan="2">目標値<br>（令和7年度）</th></tr>
<tr><th scope="col">目標</th><th scope="col">実績</th></tr>
</thead>
<tbody>
"""
    + ono_out_rows()
    + """</tbody>
</table>
<p>※1　No.1の令和5年度の実績は速報値です。確定値は令和6年11月に公表する予定です。</p>
<p>※2　No.3は、警察の統計による暦年（1月～12月）の人数です。表の「令和元年度」～「令和7年度」は、No.3については令和元年～令和7年の各暦年を表します。</p>
<h2>３　評価</h2>
<dl>
<dt>成果の評価</dt><dd>A（順調）</dd>
<dt>今後の方向</dt><dd>拡充</dd>
<dt>評価の理由</dt><dd>利用者数は令和元年度の水準まで回復しつつあり、1便当たりの平均乗車人数も目標を上回りました。令和6年度は、東播磨道の開通に合わせたルートの見直しを検討します。</dd>
</dl>
</main>
<footer><p>小野市役所　総合政策部 交通政策グループ</p></footer>
</body>
</html>
"""
)


def build_ono():
    (HERE / "ono_ranranbus_shuyo_seika_r5.html").write_text(ONO, encoding="utf-8")


# ---------------------------------------------------------------- 豊郷町 (CSV, open data)
TOYOSATO_LINES = (
    (
        "タイトル",
        "第2期豊郷町まち・ひと・しごと創生総合戦略 重要業績評価指標（KPI）の実績（令和6年度）",
    ),
    ("公表日", "令和7年8月29日"),
    ("計画の名称", "第2期豊郷町まち・ひと・しごと創生総合戦略"),
    ("計画期間", "令和3年度～令和7年度（5年間）"),
    ("担当課", "総務企画課"),
    (
        "町の概要",
        "本町は滋賀県の湖東地方、犬上川の扇状地に位置し、面積は7.80km²で県内の市町で最も小さい。人口は6,904人（2024年10月1日推計）。"
        "昭和31年（1956年）に豊郷村と日枝村が合併し、昭和46年（1971年）に町制を施行した。江州音頭の発祥地の一つとされ、中山道沿いには天保13年（1842年）生まれの近江商人・初代伊藤忠兵衛の生家が残る。"
        "昭和12年（1937年）に古川鉄治郎の寄付で建てられたヴォーリズ設計の豊郷小学校旧校舎群は、現在、町立図書館などに使われている。",
    ),
    (
        "注記",
        "基本目標の欄が空欄の行は、上の行と同じ基本目標に属します。単位欄の「千人」「千円」は、数値を千単位で表したものです。",
    ),
    (),
    ("■重要業績評価指標（KPI）の実績",),
    (
        "基本目標",
        "No.",
        "重要業績評価指標（KPI）",
        "単位",
        "基準値（R2）",
        "R3実績",
        "R4実績",
        "R5実績",
        "R6目標",
        "R6実績",
        "目標値（R7）",
    ),
    (
        "基本目標1　子育て世代に選ばれるまちをつくる",
        "1",
        "子育て支援センターの年間利用者数",
        "人",
        "4,120",
        "3,860",
        "4,410",
        "4,680",
        "4,700",
        "4,935",
        "4,800",
    ),
    (
        "",
        "2",
        "町立図書館（豊郷小学校旧校舎群）の\n年間来館者数",
        "千人",
        "38.4",
        "31.2",
        "35.7",
        "39.9",
        "40.0",
        "41.3",
        "42.0",
    ),
    (
        "基本目標2　まちの魅力で人を呼び込む",
        "3",
        "観光入込客数",
        "千人",
        "182.5",
        "140.3",
        "166.8",
        "178.2",
        "185.0",
        "190.6",
        "200.0",
    ),
    (
        "",
        "4",
        "ふるさと納税の寄附額",
        "千円",
        "28,450",
        "31,200",
        "35,870",
        "41,020",
        "40,000",
        "38,640",
        "45,000",
    ),
    (
        "基本目標3　安心して住み続けられるまちをつくる",
        "5",
        "空き家バンクの登録件数（累計）",
        "件",
        "12",
        "15",
        "19",
        "22",
        "26",
        "27",
        "30",
    ),
    (
        "注記",
        "No.3は、町内の観光施設・行事の入込客数の年度合計です。No.4は、各年度の4月1日から翌年3月31日までに受け入れた寄附の額です。",
    ),
)


def csv_field(v):
    if any(ch in v for ch in ',"\r\n'):
        return '"' + v.replace('"', '""') + '"'
    return v


def build_toyosato():
    width = 11
    lines = []
    for row in TOYOSATO_LINES:
        if not row:
            lines.append("")
            continue
        cells = list(row) + [""] * (width - len(row))
        lines.append(",".join(csv_field(c) for c in cells))
    text = "\ufeff" + "\r\n".join(lines) + "\r\n"
    text = text.replace("の\n年間", "の\r\n年間")
    (HERE / "toyosato_senryaku_kpi_jisseki_r6.csv").write_bytes(text.encode("utf-8"))


def to_pdf():
    for name in ("kisosaki_senryaku_kpi_kensho_r6",):
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
    build_matsuzaki()
    build_kisosaki()
    build_ono()
    build_toyosato()
    if "--no-pdf" not in sys.argv:
        to_pdf()


if __name__ == "__main__":
    main()
