"""Build forms592: four KPI documents of 東員町, 京丹後市, 守山市 and 蟹江町.

Writes `toin_hokuseisen_jimujigyo_r6.xlsx` (the workbook is the document), `kyotango_telework_kofukin_kensho_r1.html`,
`kanie_senryaku_kpi_jisseki_r6.csv` (Shift_JIS) and the XLSX source `source/moriyama_hotaru_shuyo_seika_r5.xlsx`, which
LibreOffice turns into `moriyama_hotaru_shuyo_seika_r5.pdf`.
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
ERA_YEAR = '[$-411]ge"年度"'
ERA_FINAL = '[$-411]ge"年度（最終）"'
PCT = "0.0%"


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
    wb.properties.creator = "forms592"
    wb.properties.lastModifiedBy = "forms592"
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


def fields_block(ws, r, fields, last_col, tall):
    """Key (columns A:B) | value (C:last_col) rows."""
    for key, val in fields:
        merge(ws, f"A{r}:B{r}", key, bold=True, box=True, shade=True)
        merge(ws, f"C{r}:{last_col}{r}", val, box=True)
        ws.row_dimensions[r].height = tall.get(key, 18)
        r += 1
    return r


def notes_block(ws, r, notes, last_col, height=15):
    for note in notes:
        merge(ws, f"A{r}:{last_col}{r}", note, size=8)
        ws.row_dimensions[r].height = height
        r += 1
    return r


def fy(year):
    """The first day of a fiscal year, as the sheet stores a year head."""
    return datetime.datetime(year, 4, 1)


# ---------------------------------------------------------------- 東員町 (XLSX document, portrait)
# (区分, No., name, unit, 基準値 R3, 実績 R4, R5, R6, 目標 R6, R8)
# Percentages are stored as fractions and shown with the number format 0.0%.
TOIN_ROWS = (
    ("活動指標", 1, "北勢線利用促進イベントの開催回数", "回", 4, 5, 6, 6, 6, 8),
    (
        "活動指標",
        2,
        "東員駅パークアンドライド駐車場の利用率",
        "％",
        0.623,
        0.655,
        0.701,
        0.738,
        0.700,
        0.750,
    ),
    (
        "成果指標",
        3,
        "北勢線町内駅の年間乗降客数",
        "千人",
        842.6,
        901.3,
        948.7,
        932.5,
        950.0,
        1000.0,
    ),
    (
        "成果指標",
        4,
        "北勢線を月1回以上利用する町民の割合",
        "％",
        0.118,
        0.124,
        "―",
        0.131,
        0.150,
        0.180,
    ),
    ("成果指標", 5, "駅周辺にぎわいイベントの来場者数", "人", 3200, 4150, 5480, 6020, 5500, 7000),
)


def build_toin():
    wb = Workbook()
    ws = wb.active
    ws.title = "事務事業評価"
    for col, w in zip("ABCDEFGHIJ", (8, 4, 27, 5, 8, 8, 8, 8, 8, 11)):
        ws.column_dimensions[col].width = w
    merge(
        ws,
        "A1:J1",
        "令和７年度　事務事業評価シート（令和６年度実施事業）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:J2", "作成日　令和7年7月22日　　東員町", h="right")
    put(ws, "A4", "１　事業の概要", size=11, bold=True, wrap=False)
    fields = [
        ("事務事業名", "北勢線利用促進・駅周辺にぎわい創出事業"),
        ("担当課", "政策課"),
        ("関連計画", "東員町まち・ひと・しごと創生総合戦略（第2期）"),
        ("事業期間", "令和4年度～令和8年度（5年間）"),
        ("事業費（R6決算）", "18,640千円（うち北勢線事業運営協議会負担金　15,200千円）"),
        (
            "事業の概要",
            "本町は三重県の北部、員弁川の流域に位置し、面積は22.68km²、人口は25,644人（2024年5月1日推計）である。昭和42年（1967年）4月に町制を施行し、平成15年（2003年）からは員弁郡に属する唯一の町となった。"
            "三岐鉄道北勢線は西桑名駅から阿下喜駅までの20.4kmを結ぶ線路幅762mmのナローゲージの鉄道で、平成15年（2003年）に近畿日本鉄道から三岐鉄道に運営が引き継がれ、平成26年（2014年）に開業100周年を迎えた。"
            "東員駅から徒歩約15分の猪名部神社では、毎年4月の第1土・日曜日の大社祭で、約2.5mの崖を馬が駆け上がる上げ馬神事（平成14年（2002年）3月18日 三重県無形民俗文化財指定）が行われる。"
            "本事業では、沿線の市町で構成する北勢線事業運営協議会を通じた運行の支援と、駅周辺でのイベントの開催により、北勢線の利用の促進と駅周辺のにぎわいの創出を図る。",
        ),
    ]
    r = fields_block(ws, 5, fields, "J", {"事業の概要": 96})
    r += 1
    put(ws, f"A{r}", "２　指標の推移", size=11, bold=True, wrap=False)
    r += 1
    top, sub = r, r + 1
    for col, text in (("A", "区分"), ("B", "No."), ("C", "指標名"), ("D", "単位")):
        merge(ws, f"{col}{top}:{col}{sub}", text, bold=True, box=True, shade=True, h="center")
    put(ws, f"E{top}", "基準値", bold=True, box=True, shade=True, h="center")
    merge(ws, f"F{top}:H{top}", "実績", bold=True, box=True, shade=True, h="center")
    merge(ws, f"I{top}:J{top}", "目標", bold=True, box=True, shade=True, h="center")
    for col, year, fmt in (
        ("E", 2021, ERA_YEAR),
        ("F", 2022, ERA_YEAR),
        ("G", 2023, ERA_YEAR),
        ("H", 2024, ERA_YEAR),
        ("I", 2024, ERA_YEAR),
        ("J", 2026, ERA_FINAL),
    ):
        put(ws, f"{col}{sub}", fy(year), bold=True, box=True, shade=True, h="center", fmt=fmt)
    ws.row_dimensions[top].height = 18
    ws.row_dimensions[sub].height = 18
    r = sub + 1
    first = r
    for _kind, no, name, unit, *vals in TOIN_ROWS:
        put(ws, f"B{r}", no, box=True, h="center")
        put(ws, f"C{r}", name, box=True)
        put(ws, f"D{r}", unit, box=True, h="center")
        for col, v in zip("EFGHIJ", vals):
            if isinstance(v, str):
                put(ws, f"{col}{r}", v, box=True, h="center")
            elif unit == "％":
                put(ws, f"{col}{r}", v, box=True, h="right", fmt=PCT)
            else:
                put(ws, f"{col}{r}", v, box=True, h="right")
        ws.row_dimensions[r].height = 24
        r += 1
    merge(ws, f"A{first}:A{first + 1}", "活動指標", box=True, h="center")
    merge(ws, f"A{first + 2}:A{first + 4}", "成果指標", box=True, h="center")
    r = notes_block(
        ws,
        r,
        [
            "※1　No.2は、東員駅パークアンドライド駐車場（収容台数120台）の平日の平均利用率である。",
            "※2　No.4は、毎年6月に実施する町民意識調査（無作為抽出2,000人）による。令和5年度は調査を実施していないため「―」とした。",
            "※3　No.3は、北勢線の町内の駅の乗車人員と降車人員の合計（三岐鉄道調べ）である。",
        ],
        "J",
    )
    r += 1
    put(ws, f"A{r}", "３　評価", size=11, bold=True, wrap=False)
    r += 1
    r = fields_block(
        ws,
        r,
        [
            ("評価", "B（概ね順調）"),
            ("今後の方向性", "継続"),
            (
                "評価の理由",
                "イベントの来場者数は目標を上回り、パークアンドライド駐車場の利用率も7割を超えた。一方、乗降客数は令和6年度に前年度を下回り、月1回以上利用する町民の割合も目標に届いていない。"
                "令和7年度は沿線の2市と連携し、通勤・通学の定期券の購入への補助を拡充する。",
            ),
        ],
        "J",
        {"評価の理由": 40},
    )
    page(ws, landscape=False)
    save(wb, HERE / "toin_hokuseisen_jimujigyo_r6.xlsx")


# ---------------------------------------------------------------- 京丹後市 (HTML)
# (label+name, unit, 事業開始前, H29 目標, 実績, H30 目標, 実績, R元 目標, 実績, 評価)
KYOTANGO_ROWS = (
    ("①テレワーク導入企業数（累計）", "社", "3", "6", "5", "10", "9", "15", "13※", "未達成"),
    (
        "②サテライトオフィスの延べ利用者数",
        "人",
        "0",
        "400",
        "512",
        "800",
        "946",
        "1,200",
        "1,318※",
        "達成",
    ),
    ("③テレワークによる市内就労者数", "人", "12", "20", "18", "30", "31", "35～40", "38※", "達成"),
    ("④本事業を通じた移住者数", "人", "―", "3", "2", "5", "6", "8", "9※", "達成"),
)


def kyotango_rows():
    out = []
    for name, unit, *vals in KYOTANGO_ROWS:
        cells = "".join(f"<td>{v}</td>" for v in vals[:-1])
        out.append(
            f'<tr><th scope="row" class="name">{name}</th><td class="c">{unit}</td>{cells}<td class="c">{vals[-1]}</td></tr>\n'
        )
    return "".join(out)


KYOTANGO = (
    """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>令和元年度 地方創生推進交付金事業の効果検証結果 - 京丹後市</title>
<style>
table { border-collapse: collapse; margin-bottom: 0.5em; }
th, td { border: 1px solid #333; padding: 2px 6px; }
td { text-align: right; }
td.c { text-align: center; }
th { background: #eef1f6; }
th.name { text-align: left; font-weight: normal; background: #fff; }
dt { font-weight: bold; }
</style>
</head>
<body>
<nav aria-label="パンくずリスト"><ol>
<li><a href="/">ホーム</a></li>
<li><a href="/shisei/">市政情報</a></li>
<li><a href="/shisei/chihososei/">地方創生</a></li>
<li>令和元年度 地方創生推進交付金事業の効果検証結果</li>
</ol></nav>
<main>
<h1>令和元年度 地方創生推進交付金事業の効果検証結果</h1>
<p class="update">更新日：2020年9月30日　担当：商工観光部 商工振興課</p>
<p>京丹後市は、平成16年（2004年）4月1日に峰山町・大宮町・網野町・丹後町・弥栄町・久美浜町の6町が合併して誕生しました。京都府の最北部、丹後半島の大部分を占め、近畿地方の最北端である経ヶ岬を有します。面積は501.43km²、人口は51,673人（2020年1月1日推計）です。</p>
<p>本市では、京丹後市まち・ひと・しごと創生総合戦略に基づき、地方創生推進交付金を活用した事業に取り組んでいます。このたび、令和元年度に実施した事業について、外部有識者で構成する京丹後市地方創生推進会議（令和2年8月開催）の意見を踏まえて効果を検証しましたので、お知らせします。</p>
<dl>
<dt>交付対象事業の名称</dt><dd>「テレワークのまち京丹後」地元就労・交流拡大事業</dd>
<dt>交付金の種類</dt><dd>地方創生推進交付金</dd>
<dt>総合戦略の施策</dt><dd>（2）（イ）テレワークによる雇用形態の多様化と地元就労の拡大</dd>
<dt>事業期間</dt><dd>平成29年度～令和元年度（3か年）</dd>
<dt>総事業費</dt><dd>3か年計　42,600千円（うち交付金　21,300千円）</dd>
<dt>担当課</dt><dd>商工観光部　商工振興課</dd>
</dl>
<h2>重要業績評価指標（KPI）の実績</h2>
<table>
<thead>
<tr><th scope="col" rowspan="2">KPI</th><th scope="col" rowspan="2">単位</th><th scope="col" rowspan="2">事業開始前<br>（H29.3末）</th><th scope="colgroup" colspan="2">平成29年度</th><th scope="colgroup" colspan="2">平成30年度</th><th scope="colgroup" colspan="2">令和元年度</th><th scope="col" rowspan="2">評価</th></tr>
<tr><th scope="col">目標値</th><th scope="col">実績値</th><th scope="col">目標値</th><th scope="col">実績値</th><th scope="col">目標値</th><th scope="col">実績値</th></tr>
</thead>
<tbody>
"""
    + kyotango_rows()
    + """</tbody>
<tfoot>
<tr><th scope="row" colspan="3">KPIの達成状況（令和元年度）</th><td colspan="7" class="c">4項目中3項目で目標を達成</td></tr>
</tfoot>
</table>
<p>※　令和元年度の実績値のうち「※」を付したものは、令和2年1月末時点の実績をもとにした年度末の見込値です。</p>
<p>評価欄は、令和元年度の実績値（見込値）が令和元年度の目標値に達したものを「達成」、達していないものを「未達成」としています。</p>
<h2>事業の効果</h2>
<dl>
<dt>推進会議の評価</dt><dd>地方創生に相当程度効果があった</dd>
<dt>今後の方針</dt><dd>事業の継続（令和2年度からは市単独事業として実施）</dd>
<dt>主な意見</dt><dd>サテライトオフィスの利用は3年間で約2.6倍に増えた。京都丹後鉄道の駅周辺にも拠点を広げ、都市部の企業との交流を進めてほしい。</dd>
</dl>
</main>
<footer><p>京丹後市役所　商工観光部 商工振興課</p></footer>
</body>
</html>
"""
)


def build_kyotango():
    (HERE / "kyotango_telework_kofukin_kensho_r1.html").write_text(KYOTANGO, encoding="utf-8")


# ---------------------------------------------------------------- 守山市 (XLSX source of the PDF, portrait)
# (区分, No., name, unit, 基準値（R元）, R3実績, R4実績, R5目標, R5実績, 前年度比, R7目標（最終）)
MORIYAMA_ROWS = (
    ("活動指標", 1, "ほたる河川の清掃・除草活動の実施回数", "回", 24, 26, 28, 30, 31, "+3", 32),
    ("活動指標", 2, "ほたる保全ボランティアの登録者数", "人", 148, 152, 160, 170, 166, "+6", 200),
    (
        "成果指標",
        3,
        "市内のゲンジボタル飛翔数（定点調査）",
        "匹",
        2140,
        1860,
        2380,
        2400,
        "2,610（速報値）",
        "+230",
        2500,
    ),
    (
        "成果指標",
        4,
        "守山ほたるパーク&ウォークの来場者数",
        "千人",
        38.5,
        "中止",
        28.6,
        38.0,
        41.2,
        "+12.6",
        45.0,
    ),
    ("成果指標", 5, "ほたるの森資料館の入館者数", "人", 6820, 4210, 5930, 6500, 6880, "+950", 7000),
)


def build_moriyama():
    wb = Workbook()
    ws = wb.active
    ws.title = "主要施策の成果"
    for col, w in zip("ABCDEFGHIJK", (8, 4, 26, 5, 8, 8, 8, 8, 11, 7, 9)):
        ws.column_dimensions[col].width = w
    merge(ws, "A1:K1", "令和５年度　主要施策の成果説明書（抜粋）", size=14, bold=True, h="center")
    merge(ws, "A2:K2", "令和6年9月　守山市　環境生活部　環境政策課", h="right")
    put(ws, "A4", "１　事業の概要", size=11, bold=True, wrap=False)
    fields = [
        ("施策", "ほたるが舞う豊かな水辺環境の保全"),
        ("事業名", "ゲンジボタル保全・ほたるのまち推進事業"),
        ("所管課", "環境生活部　環境政策課"),
        ("会計区分", "一般会計　4款 衛生費　1項 保健衛生費　5目 環境対策費"),
        ("決算額", "令和5年度　8,460千円（うち保全活動委託料　3,200千円）"),
        ("関連計画", "守山市まち・ひと・しごと創生総合戦略"),
        ("事業期間", "令和3年度～令和7年度（5年間）"),
        (
            "事業の内容",
            "本市は滋賀県の南部、琵琶湖の東岸に位置し、面積は55.74km²である。昭和45年（1970年）7月1日に市制を施行し、市制施行時に約35,000人であった人口は84,904人（令和3年11月30日現在）まで増えている。"
            "守山のゲンジボタルは明治35年から昭和24年まで皇室に献上され、大正13年にはホタルの発生地として国の天然記念物に指定されたが、その後の乱獲と河川環境の悪化でほぼ姿を消した。"
            "昭和54年（1979年）からの「ほたるのよみがえるまちづくり事業」、平成2年（1990年）4月のほたるの森資料館の開設を経て、平成12年（2000年）に守山市ほたる条例を制定し、平成25年7月1日からは市内全域の河川がほたる保護区域となった。"
            "本事業では、市民団体と協働して河川の清掃・除草とカワニナの保護を行い、毎年5月下旬から6月上旬に開く「守山ほたるパーク&ウォーク」などを通じて、ほたるのまち守山の魅力を発信する。",
        ),
    ]
    r = fields_block(ws, 5, fields, "K", {"事業の内容": 100})
    r += 1
    put(ws, f"A{r}", "２　事業の成果", size=11, bold=True, wrap=False)
    r += 1
    heads = (
        "区分",
        "No.",
        "指標名",
        "単位",
        "基準値\n（R元）",
        "R3実績",
        "R4実績",
        "R5目標",
        "R5実績",
        "前年度比",
        "R7目標\n（最終）",
    )
    for col, text in zip("ABCDEFGHIJK", heads):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[r].height = 34
    r += 1
    first = r
    for _kind, no, name, unit, *vals in MORIYAMA_ROWS:
        put(ws, f"B{r}", no, box=True, h="center")
        put(ws, f"C{r}", name, box=True)
        put(ws, f"D{r}", unit, box=True, h="center")
        for col, v in zip("EFGHIJK", vals):
            put(ws, f"{col}{r}", v, box=True, h="center" if v == "中止" else "right")
        ws.row_dimensions[r].height = 24
        r += 1
    merge(ws, f"A{first}:A{first + 1}", "活動指標", box=True, h="center")
    merge(ws, f"A{first + 2}:A{first + 4}", "成果指標", box=True, h="center")
    r = notes_block(
        ws,
        r,
        [
            "※1　No.3は、市内12か所の定点で毎年6月上旬に行う一斉調査の値であり、調査を行った年（暦年）で表示している。R5実績は速報値である。",
            "※2　No.4のR3は、新型コロナウイルス感染症の感染拡大を防止するため、開催を中止した。",
            "※3　前年度比は、R5実績とR4実績の差である。",
        ],
        "K",
    )
    r += 1
    put(ws, f"A{r}", "３　事業費の推移", size=11, bold=True, wrap=False)
    merge(ws, f"H{r}:K{r}", "（単位：千円）", size=8, h="right")
    r += 1
    for cols, text in (("A:D", "区分"), ("E:F", "R3"), ("G:H", "R4"), ("I:K", "R5")):
        a, b = cols.split(":")
        merge(ws, f"{a}{r}:{b}{r}", text, bold=True, box=True, shade=True, h="center")
    r += 1
    for label, vals in (
        ("事業費", (7980, 8120, 8460)),
        ("うち保全活動委託料", (3000, 3100, 3200)),
        ("うち一般財源", (7980, 8120, 8460)),
    ):
        merge(ws, f"A{r}:D{r}", label, box=True)
        for cols, v in zip(("E:F", "G:H", "I:K"), vals):
            a, b = cols.split(":")
            merge(ws, f"{a}{r}:{b}{r}", v, box=True, h="right")
        r += 1
    r += 1
    put(ws, f"A{r}", "４　評価と今後の方向性", size=11, bold=True, wrap=False)
    r += 1
    r = fields_block(
        ws,
        r,
        [
            ("評価", "A（順調）"),
            ("今後の方向性", "継続"),
            (
                "評価の理由",
                "ゲンジボタルの飛翔数は定点調査を始めた平成21年以降で最も多くなり、パーク&ウォークの来場者数も4年ぶりに目標を上回った。"
                "ボランティアの登録者数は目標に届いておらず、令和6年度は市内の大学と連携し、学生の参加を呼び掛ける。",
            ),
        ],
        "K",
        {"評価の理由": 40},
    )
    page(ws, landscape=False)
    save(wb, SRC / "moriyama_hotaru_shuyo_seika_r5.xlsx")


# ---------------------------------------------------------------- 蟹江町 (CSV, open data, Shift_JIS, one value a line)
KANIE_GOALS = {
    1: "基本目標1　水郷のまちの魅力で人を呼び込む",
    2: "基本目標1　水郷のまちの魅力で人を呼び込む",
    3: "基本目標2　住み続けたい、住んでみたいまちをつくる",
    4: "基本目標2　住み続けたい、住んでみたいまちをつくる",
    5: "基本目標3　若い世代の結婚・出産・子育ての希望をかなえる",
}
KANIE_KPIS = {
    1: ("観光入込客数", "千人"),
    2: ("須成祭の観覧者数", "人"),
    3: ("社会増減数（転入－転出）", "人"),
    4: ("空き家バンクの成約件数（累計）", "件"),
    5: ("合計特殊出生率", ""),
}
COVID = "新型コロナウイルス感染症の影響により一般公開を中止"
# (年度, KPI番号, 区分, 数値, 備考), in the file's order: by 年度, then KPI番号
KANIE_VALUES = (
    (2019, 1, "基準値", "612.4", ""),
    (2019, 2, "基準値", "約35,000", "主催者発表"),
    (2019, 3, "基準値", "△112", ""),
    (2019, 4, "基準値", "8", ""),
    (2019, 5, "基準値", "1.38", ""),
    (2020, 1, "実績値", "298.1", ""),
    (2020, 2, "実績値", "-", COVID),
    (2020, 3, "実績値", "△86", ""),
    (2020, 4, "実績値", "11", ""),
    (2020, 5, "実績値", "1.35", ""),
    (2021, 1, "実績値", "355.6", ""),
    (2021, 2, "実績値", "-", COVID),
    (2021, 3, "実績値", "△140", ""),
    (2021, 4, "実績値", "15", ""),
    (2021, 5, "実績値", "1.31", ""),
    (2022, 1, "実績値", "498.3", ""),
    (2022, 2, "実績値", "18,000", "宵祭のみ一般公開"),
    (2022, 3, "実績値", "△58", ""),
    (2022, 4, "実績値", "19", ""),
    (2022, 5, "実績値", "1.33", ""),
    (2023, 1, "実績値", "587.9", ""),
    (2023, 2, "実績値", "31,500", ""),
    (2023, 3, "実績値", "△31", ""),
    (2023, 4, "実績値", "24", ""),
    (2023, 5, "実績値", "1.29", ""),
    (2024, 1, "目標値", "650.0", ""),
    (2024, 1, "実績値（見込）", "624.5", ""),
    (2024, 2, "目標値", "40,000", ""),
    (2024, 2, "実績値（見込）", "33,000", ""),
    (2024, 3, "目標値", "±0", ""),
    (2024, 3, "実績値（見込）", "12", ""),
    (2024, 4, "目標値", "30", ""),
    (2024, 4, "実績値（見込）", "27", ""),
    (2024, 5, "目標値", "1.50", ""),
    (2024, 5, "実績値", "", "令和7年12月公表予定"),
)
KANIE_FORM = (
    (
        "タイトル",
        "第2期蟹江町まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の実績（令和6年度）",
    ),
    ("公表日", "令和7年9月30日"),
    ("計画の名称", "第2期蟹江町まち・ひと・しごと創生総合戦略"),
    ("計画期間", "令和2年度～令和6年度（5年間）"),
    ("担当課", "企画政策課"),
    (
        "町の概要",
        "本町は愛知県の西部、名古屋市に隣接し、名古屋駅から電車で約8分の位置にある。明治22年（1889年）に町制を施行し、令和元年（2019年）に町制施行130周年を迎えた。"
        "面積は約11平方キロメートル、人口は約37,500人で、町内を6本の川が流れ、町域の約5分の1を水域が占める「水郷のまち」である。"
        "冨吉建速神社・八剱社の須成祭は、平成24年（2012年）に「車楽船行事と神葭流し」が国の重要無形民俗文化財に指定され、平成28年（2016年）12月1日には「山・鉾・屋台行事」の一つとしてユネスコ無形文化遺産に登録された。",
    ),
    (
        "注記",
        "1行に1つの数値を掲載しています。年度は西暦の年度（4月～翌年3月）です。区分の「実績値（見込）」は令和7年3月末時点の見込値です。「△」はマイナス、「-」は数値がないことを表します。単位が「千人」の数値は千人単位です。",
    ),
)
KANIE_HEAD = ("基本目標", "KPI番号", "KPI名", "単位", "区分", "年度", "数値", "備考")


def csv_field(v):
    v = str(v)
    if any(ch in v for ch in ',"\r\n'):
        return '"' + v.replace('"', '""') + '"'
    return v


def build_kanie():
    width = len(KANIE_HEAD)
    rows = [list(pair) for pair in KANIE_FORM]
    rows.append([])
    rows.append(["■重要業績評価指標（KPI）の実績"])
    rows.append(list(KANIE_HEAD))
    for year, no, role, value, memo in KANIE_VALUES:
        name, unit = KANIE_KPIS[no]
        rows.append([KANIE_GOALS[no], no, name, unit, role, year, value, memo])
    lines = [",".join(csv_field(c) for c in row + [""] * (width - len(row))) for row in rows]
    text = "\r\n".join(lines) + "\r\n"
    (HERE / "kanie_senryaku_kpi_jisseki_r6.csv").write_bytes(text.encode("cp932"))


def to_pdf():
    for name in ("moriyama_hotaru_shuyo_seika_r5",):
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
    build_toin()
    build_kyotango()
    build_moriyama()
    build_kanie()
    if "--no-pdf" not in sys.argv:
        to_pdf()


if __name__ == "__main__":
    main()
