"""Build forms502: four KPI documents of 平取町, 盛岡市, 川崎町 (宮城県) and 湯川村.

Writes `biratori_nibutani_kogei_jimujigyo_r5.xlsx` (the workbook is the document),
`morioka_sousei2_kpi_shinchoku_r5.html` and the XLSX sources `source/kawasakimachi_dejiden_kensho_r5.xlsx` and
`source/yugawa_shuyo_seika_r5.xlsx`, which LibreOffice turns into the two PDFs.
Run `/work/venv/bin/python build.py` (`--no-pdf` skips LibreOffice). XLSX and HTML are byte-stable.
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
STAMP = (2024, 9, 27, 9, 0, 0)
STAMP_ISO = b"2024-09-27T09:00:00Z"


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


def number_format(cell, value):
    if isinstance(value, float):
        cell.number_format = "#,##0.0"
    elif isinstance(value, int):
        cell.number_format = "#,##0"


def value_cell(ws, ref, value, h="right"):
    cell = put(ws, ref, value, box=True, h=h)
    number_format(cell, value)
    return cell


def save(wb, path):
    """Save with fixed properties and fixed zip timestamps, so the bytes do not change."""
    wb.properties.creator = "forms502"
    wb.properties.lastModifiedBy = "forms502"
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


def page(ws, landscape):
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


# ---------------------------------------------------------------- 平取町 (XLSX document)
def build_biratori():
    wb = Workbook()
    ws = wb.active
    ws.title = "事務事業評価"
    widths(
        ws, {"A": 9, "B": 5, "C": 30, "D": 6, "E": 10, "F": 12, "G": 10, "H": 10, "I": 10, "J": 13}
    )
    merge(
        ws,
        "A1:J1",
        "令和６年度　事務事業評価シート（令和５年度実施事業）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:J2", "作成日　令和6年8月23日　　平取町", h="right")
    put(ws, "A3", "１　事業の概要", size=11, bold=True, wrap=False)
    fields = [
        ("事務事業名", "二風谷アイヌ工芸伝承者育成事業"),
        ("担当課", "アイヌ施策推進課"),
        ("関連計画", "平取町アイヌ文化振興基本計画／平取町地域再生計画"),
        ("事業期間", "令和3年度～令和7年度"),
        ("事業費（R5決算）", "12,840千円（うちアイヌ政策推進交付金　9,630千円）"),
        (
            "事業の概要",
            "沙流川（延長104km）流域の二風谷地区に伝わる「二風谷イタ」（木製の盆）と「二風谷アットゥシ」（樹皮の反物）は、"
            "平成25年（2013年）3月8日に北海道で初めて経済産業大臣指定の伝統的工芸品となった（これにより全国の伝統的工芸品は215品目）。"
            "本事業では、工芸家を講師とする後継者研修、平成28年度から3か年で整備した「二風谷コタン」（約2万8千㎡）での制作実演、"
            "販路の拡大を行う。町の面積は743.09km²。",
        ),
    ]
    r = 4
    for key, val in fields:
        merge(ws, f"A{r}:B{r}", key, bold=True, box=True, shade=True)
        merge(ws, f"C{r}:J{r}", val, box=True)
        ws.row_dimensions[r].height = 64 if key == "事業の概要" else 18
        r += 1
    r += 1
    put(ws, f"A{r}", "２　指標の推移", size=11, bold=True, wrap=False)
    r += 1
    head = [
        "区分",
        "No.",
        "指標名",
        "単位",
        "3年度実績",
        "4年度実績",
        "5年度目標",
        "5年度実績",
        "6年度目標",
        "最終目標（7年度）",
    ]
    for i, text in enumerate(head):
        put(ws, f"{'ABCDEFGHIJ'[i]}{r}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[r].height = 26
    r += 1
    rows = [
        (
            "活動指標",
            1,
            "後継者研修（イタ彫り・アットゥシ織り）の開催回数",
            "回",
            12,
            18,
            20,
            21,
            20,
            20,
        ),
        ("活動指標", 2, "二風谷コタンでの制作実演日数", "日", 64, 102, 120, 118, 120, 120),
        ("成果指標", 3, "研修修了者数（累計）", "人", 4, 9, 14, 13, 19, 25),
        (
            "成果指標",
            4,
            "伝統的工芸品（二風谷イタ・二風谷アットゥシ）の出荷数",
            "点",
            "イタ 128\nアットゥシ 31",
            "イタ 141\nアットゥシ 36",
            "イタ 150\nアットゥシ 40",
            "イタ 156\nアットゥシ 38",
            "イタ 160\nアットゥシ 42",
            "イタ 170\nアットゥシ 45",
        ),
        (
            "成果指標",
            5,
            "工芸品の販売額",
            "千円",
            18420,
            "21,630（修正）",
            23000,
            24180,
            25000,
            27000,
        ),
    ]
    start = r
    for kubun, no, name, unit, *vals in rows:
        put(ws, f"A{r}", kubun, box=True, h="center")
        put(ws, f"B{r}", no, box=True, h="center")
        put(ws, f"C{r}", name, box=True)
        put(ws, f"D{r}", unit, box=True, h="center")
        for i, v in enumerate(vals):
            value_cell(ws, f"{'EFGHIJ'[i]}{r}", v)
        ws.row_dimensions[r].height = 30 if no == 4 else 22
        r += 1
    ws.merge_cells(f"A{start}:A{start + 1}")
    ws.merge_cells(f"A{start + 2}:A{start + 4}")
    notes = [
        "※No.3は令和3年度からの累計。",
        "※No.4は二風谷民芸組合を通じた出荷数（イタは盆、アットゥシは反物・帯・小物）。",
        "※No.5の4年度実績は、決算の確定に伴い修正した（昨年度のシートでは21,360千円と公表）。",
    ]
    for note in notes:
        merge(ws, f"A{r}:J{r}", note, size=8)
        ws.row_dimensions[r].height = 14
        r += 1
    r += 1
    put(ws, f"A{r}", "３　評価", size=11, bold=True, wrap=False)
    r += 1
    for key, val in (
        ("有効性", "A（効果があった）"),
        ("今後の方向性", "継続（イオル文化交流センターでの研修に移行し、受講枠を拡大する）"),
        (
            "評価の理由",
            "研修の開催回数は計画を上回ったが、修了者数は目標に1人届かなかった。販売額は3年連続で増加しており、"
            "工芸家の高齢化に備え、若手の確保を引き続き進める。",
        ),
    ):
        merge(ws, f"A{r}:B{r}", key, bold=True, box=True, shade=True)
        merge(ws, f"C{r}:J{r}", val, box=True)
        ws.row_dimensions[r].height = 30 if key == "評価の理由" else 18
        r += 1
    page(ws, landscape=False)
    save(wb, HERE / "biratori_nibutani_kogei_jimujigyo_r5.xlsx")


# ---------------------------------------------------------------- 盛岡市 (HTML)
MORIOKA_HEAD = (
    '<tr><th rowspan="2">指標</th><th rowspan="2">単位</th><th rowspan="2">基準値<br>（R元）</th>'
    '<th rowspan="2">R3<br>実績</th><th colspan="2">R4（中間年）</th><th rowspan="2">R5<br>実績</th>'
    '<th rowspan="2">目標値<br>（R6）</th><th rowspan="2">進捗</th></tr>\n'
    "<tr><th>中間目標</th><th>実績</th></tr>"
)

MORIOKA = f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>第2期盛岡市まち・ひと・しごと創生総合戦略　数値目標・KPIの進捗状況（令和５年度） | 盛岡市</title>
</head>
<body>
<nav aria-label="パンくずリスト"><ol>
<li><a href="/">ホーム</a></li>
<li><a href="/shisei/">市政情報</a></li>
<li><a href="/shisei/keikaku/">計画・施策</a></li>
<li>第2期盛岡市まち・ひと・しごと創生総合戦略　数値目標・KPIの進捗状況（令和５年度）</li>
</ol></nav>
<main>
<h1>第2期盛岡市まち・ひと・しごと創生総合戦略　数値目標・KPIの進捗状況（令和５年度）</h1>
<p class="date">更新日：2024年10月18日　担当：市長公室　都市戦略室</p>
<p>盛岡市は岩手県のほぼ中央、北上川・雫石川・中津川の合流する北上盆地に位置し、面積は886.47km²、人口は283,981人（2023年8月1日現在の推計人口）です。平成18年（2006年）1月10日に玉山村と合併し、平成20年（2008年）4月1日に中核市へ移行しました。</p>
<p>2023年1月には、米国のニューヨーク・タイムズ紙が発表した「2023年に行くべき52か所」で、ロンドンに次ぐ2番目に選ばれました。毎年8月1日から4日まで開かれる「盛岡さんさ踊り」は、2007年に和太鼓同時演奏のギネス世界記録に認定されています。</p>
<dl>
<dt>計画の名称</dt><dd>第2期盛岡市まち・ひと・しごと創生総合戦略</dd>
<dt>計画期間</dt><dd>令和2年度～令和6年度（5年間）</dd>
<dt>担当課</dt><dd>市長公室　都市戦略室</dd>
</dl>
<p>総合戦略では、計画期間の中間年である令和4年度に中間目標を設けています。「進捗」欄は、目標値（R6）の達成に向けた見通しを「順調」「やや遅れ」「遅れ」の3段階で示したものです。</p>
<h2>基本目標3　盛岡への新しい人の流れをつくる</h2>
<h3>【数値目標】</h3>
<table border="1">
<thead>
{MORIOKA_HEAD}
</thead>
<tbody>
<tr><td>観光客入込数</td><td>千人回</td><td>4,712</td><td>2,618</td><td>4,000</td><td>3,544</td><td>4,386</td><td>5,000</td><td>やや遅れ</td></tr>
</tbody>
</table>
<h3>【重要業績評価指標（KPI）】</h3>
<table border="1">
<thead>
{MORIOKA_HEAD}
</thead>
<tbody>
<tr><td>①盛岡城跡公園の来園者数</td><td>千人</td><td>812.4</td><td>455.0</td><td>700.0</td><td>686.3</td><td>845.1</td><td>900.0</td><td>順調</td></tr>
<tr><td>②外国人宿泊者数</td><td>人泊</td><td>48,210</td><td>3,105</td><td>30,000</td><td>21,470</td><td>86,540</td><td>60,000～70,000</td><td>順調</td></tr>
<tr><td>③移住相談件数</td><td>件</td><td>126</td><td>182</td><td>200</td><td>214</td><td>236</td><td>250</td><td>順調</td></tr>
<tr><td>④市内の宿泊施設の宿泊者数</td><td>千人泊</td><td>1,812.6</td><td>1,203.4</td><td>1,500.0</td><td>1,522.8</td><td>1,865.0</td><td>1,900.0</td><td>順調</td></tr>
</tbody>
</table>
<p class="note">※②の令和3年度は、新型コロナウイルス感染症に係る入国制限の影響によるものです。②の目標値は幅を持たせて設定しています。</p>
<p class="note">※③は、盛岡市移住・定住相談窓口及び首都圏での移住相談会で受けた相談の件数です。</p>
</main>
<footer><p>盛岡市役所　市長公室　都市戦略室</p></footer>
</body>
</html>
"""


def build_morioka():
    (HERE / "morioka_sousei2_kpi_shinchoku_r5.html").write_text(MORIOKA, encoding="utf-8")


# ---------------------------------------------------------------- 川崎町 (PDF source, landscape)
def build_kawasaki():
    wb = Workbook()
    ws = wb.active
    ws.title = "効果検証"
    widths(
        ws, {"A": 5, "B": 38, "C": 7, "D": 13, "E": 11, "F": 13, "G": 11, "H": 13, "I": 20, "J": 11}
    )
    merge(
        ws,
        "A1:J1",
        "デジタル田園都市国家構想交付金（地方創生推進タイプ）　効果検証シート（令和５年度）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:J2", "令和6年7月　川崎町　地域振興課", h="right")
    fields = [
        ("交付対象事業の名称", "蔵王・釜房湖「みちのく滞在型観光」推進事業"),
        ("地域再生計画の名称", "蔵王山麓・釜房湖周辺の滞在型観光による地域活性化計画"),
        ("事業実施期間", "令和4年度～令和6年度（3か年）"),
        ("交付対象事業費", "令和5年度　24,600千円（うち交付金　12,300千円）"),
        ("担当課", "地域振興課"),
        (
            "町の概要",
            "宮城県の南西部、蔵王連峰の東麓に位置し、面積270.77km²（境界未定部分あり）のおよそ85%を山岳・丘陵地帯が占める。"
            "人口7,710人（2024年10月1日推計）。昭和45年（1970年）3月に完成した釜房ダム（釜房湖）のほとりには、"
            "平成元年（1989年）8月に一部開園した東北唯一の国営公園「国営みちのく杜の湖畔公園」があり、青根温泉・峩々温泉を擁する。",
        ),
    ]
    r = 4
    for key, val in fields:
        merge(ws, f"A{r}:B{r}", key, bold=True, box=True, shade=True)
        merge(ws, f"C{r}:J{r}", val, box=True)
        ws.row_dimensions[r].height = 34 if key == "町の概要" else 17
        r += 1
    r += 1
    put(ws, f"A{r}", "■重要業績評価指標（KPI）の目標と実績", size=11, bold=True, wrap=False)
    r += 1
    h1, h2 = r, r + 1
    for col, text in (
        ("A", "No."),
        ("B", "重要業績評価指標（KPI）"),
        ("C", "単位"),
        ("D", "事業開始前\n（R3年度）"),
        ("J", "達成状況\n（R5年度）"),
    ):
        merge(ws, f"{col}{h1}:{col}{h2}", text, bold=True, box=True, shade=True, h="center")
    merge(ws, f"E{h1}:F{h1}", "1年目（R4年度）", bold=True, box=True, shade=True, h="center")
    merge(ws, f"G{h1}:H{h1}", "2年目（R5年度）", bold=True, box=True, shade=True, h="center")
    put(ws, f"I{h1}", "3年目（R6年度）", bold=True, box=True, shade=True, h="center")
    for col, text in zip("EFGHI", ["目標", "実績", "目標", "実績", "目標"], strict=True):
        put(ws, f"{col}{h2}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[h1].height = 18
    ws.row_dimensions[h2].height = 18
    r = h2 + 1
    rows = [
        (
            "①",
            "国営みちのく杜の湖畔公園から町内観光施設への周遊者数",
            "人",
            12400,
            14000,
            15820,
            16000,
            "17,250（速報値）",
            18000,
            "達成",
        ),
        ("②", "町内宿泊施設の宿泊者数", "千人泊", 38.2, 40.0, 37.6, 42.0, 44.1, 45.0, "達成"),
        (
            "③",
            "滞在型体験プログラムの参加者数",
            "人",
            0,
            "延べ400",
            "延べ352",
            "延べ800",
            "延べ790",
            "3か年で延べ1,200人",
            "未達成",
        ),
        (
            "④",
            "体験型返礼品によるふるさと納税寄附額",
            "千円",
            2150,
            3000,
            3480,
            4000,
            "―",
            5000,
            "―",
        ),
    ]
    for no, name, unit, *vals in rows:
        put(ws, f"A{r}", no, box=True, h="center")
        put(ws, f"B{r}", name, box=True)
        put(ws, f"C{r}", unit, box=True, h="center")
        for i, v in enumerate(vals):
            value_cell(ws, f"{'DEFGHIJ'[i]}{r}", v, h="center" if i == 6 else "right")
        ws.row_dimensions[r].height = 24
        r += 1
    notes = [
        "※①の2年目（R5年度）の実績は速報値（令和6年6月末集計）。",
        "※③は令和4年度に開始したプログラムで、実績・目標とも事業開始からの延べ人数。",
        "※④の2年目（R5年度）の実績は、寄附額の確定（令和6年8月予定）後に記載するため、達成状況は判定していない。",
    ]
    for note in notes:
        merge(ws, f"A{r}:J{r}", note, size=8)
        ws.row_dimensions[r].height = 14
        r += 1
    r += 1
    put(ws, f"A{r}", "■事業の効果（自己評価）", size=11, bold=True, wrap=False)
    r += 1
    for key, val in (
        ("地方創生への効果", "地方創生に効果があった"),
        ("今後の方針", "事業の継続（交付対象期間の終了後は町単独事業として実施する予定）"),
    ):
        merge(ws, f"A{r}:B{r}", key, bold=True, box=True, shade=True)
        merge(ws, f"C{r}:J{r}", val, box=True)
        ws.row_dimensions[r].height = 17
        r += 1
    page(ws, landscape=True)
    save(wb, SRC / "kawasakimachi_dejiden_kensho_r5.xlsx")


# ---------------------------------------------------------------- 湯川村 (PDF source, portrait)
def yugawa_block(ws, cols, top, name, ka, money, inds):
    """One 事業 block: three form rows, a head and its indicator rows, in seven columns."""
    c = cols
    r = top
    for key, val in (("事業名", name), ("担当課", ka), ("決算額", money)):
        merge(ws, f"{c[0]}{r}:{c[1]}{r}", key, bold=True, box=True, shade=True)
        merge(ws, f"{c[2]}{r}:{c[6]}{r}", val, box=True)
        r += 1
    for i, text in enumerate(["No.", "成果指標", "単位", "R4実績", "R5目標", "R5実績", "評価"]):
        put(ws, f"{c[i]}{r}", text, bold=True, box=True, shade=True, h="center")
    r += 1
    for no, ind, unit, *vals in inds:
        put(ws, f"{c[0]}{r}", no, box=True, h="center")
        put(ws, f"{c[1]}{r}", ind, box=True)
        put(ws, f"{c[2]}{r}", unit, box=True, h="center")
        for i, v in enumerate(vals):
            value_cell(ws, f"{c[3 + i]}{r}", v, h="center" if i == 3 else "right")
        r += 1
    return r


def build_yugawa():
    wb = Workbook()
    ws = wb.active
    ws.title = "主要施策の成果"
    left, right = "ABCDEFG", "IJKLMNO"
    spec = {}
    for cols in (left, right):
        for col, w in zip(cols, [4, 22, 5, 9, 9, 9, 5], strict=True):
            spec[col] = w
    spec["H"] = 2
    widths(ws, spec)
    merge(
        ws,
        "A1:O1",
        "令和５年度　主要施策の成果に関する説明書（抜粋）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:O2", "令和6年9月　湯川村", h="right")
    fields = [
        ("対象", "令和5年度一般会計決算（農林水産業費・商工費のうち産業振興関係事業）"),
        ("関連計画", "第五次湯川村振興計画"),
        (
            "村の概要",
            "会津盆地の中央に位置し「会津のへそ」と呼ばれる。面積16.37km²は福島県内の市町村で最も小さく、標高約180mで村内に山はない。"
            "昭和32年（1957年）3月31日に笈川村と勝常村が合併して誕生。人口2,880人（2024年10月1日推計）。"
            "弘仁元年（810年）開創と伝わる勝常寺の木造薬師如来及び両脇侍像は平成8年に国宝に指定された。"
            "2014年10月2日には、会津坂下町と共同で整備した全国初の道の駅「あいづ 湯川・会津坂下」が開業した。",
        ),
    ]
    r = 4
    for key, val in fields:
        merge(ws, f"A{r}:B{r}", key, bold=True, box=True, shade=True)
        merge(ws, f"C{r}:O{r}", val, box=True)
        ws.row_dimensions[r].height = 58 if key == "村の概要" else 17
        r += 1
    merge(
        ws,
        f"A{r}:O{r}",
        "【評価】　A：目標を達成　B：目標の80％以上　C：目標の80％未満　－：評価できないもの",
        size=8,
    )
    r += 2
    put(ws, f"A{r}", "■主な事業の成果指標", size=11, bold=True, wrap=False)
    r += 1
    end_left = yugawa_block(
        ws,
        left,
        r,
        "道の駅農産物直売促進事業",
        "産業建設課",
        "8,640千円",
        [
            (1, "農産物直売所の売上額", "千円", 182460, 190000, 196320, "A"),
            (2, "直売所への出荷登録農家数", "戸", 148, 155, 151, "B"),
            (3, "道の駅の来場者数", "千人", 612.4, 650.0, 671.8, "A"),
        ],
    )
    end_right = yugawa_block(
        ws,
        right,
        r,
        "会津湯川米ブランド推進事業",
        "産業建設課",
        "5,270千円",
        [
            (1, "会津湯川米の村外向け販売量", "t", 386, 400, 392, "B"),
            (2, "【再掲】道の駅の来場者数", "千人", 612.4, 650.0, 671.8, "A"),
            (3, "耕作放棄地面積の増減", "ha", "△0.8", "△1.0", "△1.3", "A"),
        ],
    )
    for row in range(r, max(end_left, end_right)):
        ws.row_dimensions[row].height = 24 if row >= r + 4 else 17
    r = max(end_left, end_right)
    notes = [
        "※評価は、R5実績のR5目標に対する達成状況。",
        "※「耕作放棄地面積の増減」は前年度末からの増減で、△は減少を表す。",
        "※【再掲】は、他の事業の成果指標を再び掲げたもの。",
    ]
    for note in notes:
        merge(ws, f"A{r}:O{r}", note, size=8)
        ws.row_dimensions[r].height = 14
        r += 1
    page(ws, landscape=False)
    save(wb, SRC / "yugawa_shuyo_seika_r5.xlsx")


def to_pdf(name):
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
    build_biratori()
    build_morioka()
    build_kawasaki()
    build_yugawa()
    if "--no-pdf" not in sys.argv:
        to_pdf("kawasakimachi_dejiden_kensho_r5")
        to_pdf("yugawa_shuyo_seika_r5")


if __name__ == "__main__":
    main()
