"""Build forms503: four KPI documents of 真岡市, 吉見町, 大桑村 and 青梅市.

Writes `moka_sogo2020_seika_r5.html`, `yoshimi_ichigo_kofukin_kensho_r5.xlsx` (the workbook is the document)
and the XLSX sources `source/ookuwa_hinoki_jimujigyo_r5.xlsx` and `source/ome_marathon_shuyo_seika_r5.xlsx`,
which LibreOffice turns into `ookuwa_hinoki_jimujigyo_r5.pdf` and `ome_marathon_shuyo_seika_r5.pdf`.
Run `/work/venv/bin/python build.py` (`--no-pdf` skips LibreOffice). XLSX and HTML are byte-stable.
"""
# ruff: noqa: E501

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
STAMP = datetime.datetime(2024, 8, 20, 9, 0, 0)
STAMP_TEXT = b"2024-08-20T09:00:00Z"


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
    if fmt is not None:
        cell.number_format = fmt
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


def numfmt(value):
    """The number format a value is shown with: one decimal for floats, thousands for ints."""
    if isinstance(value, float):
        return "#,##0.0"
    if isinstance(value, int):
        return "#,##0"
    return None


def save(wb, path):
    """Save with fixed properties and fixed zip timestamps, so the bytes do not change."""
    wb.properties.creator = "forms503"
    wb.properties.lastModifiedBy = "forms503"
    wb.properties.created = STAMP
    wb.properties.modified = STAMP
    buf = io.BytesIO()
    wb.save(buf)
    buf.seek(0)
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in sorted(zin.infolist(), key=lambda i: i.filename):
            data = zin.read(item.filename)
            if item.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>" + STAMP_TEXT, data)
                data = re.sub(rb"(<dcterms:created[^>]*>)[^<]*", rb"\g<1>" + STAMP_TEXT, data)
            info = zipfile.ZipInfo(item.filename, date_time=(2024, 8, 20, 9, 0, 0))
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


def widths(ws, table):
    for col, w in table.items():
        ws.column_dimensions[col].width = w


def fields(ws, r, rows, last, label_cols="A", heights=None):
    """Bordered key-value form rows: the key in `label_cols` (one column or a range), the value merged up to `last`."""
    heights = heights or {}
    first_value = chr(ord(label_cols[-1]) + 1)
    for key, val in rows:
        if len(label_cols) == 1:
            put(ws, f"{label_cols}{r}", key, bold=True, box=True, shade=True)
        else:
            merge(
                ws, f"{label_cols[0]}{r}:{label_cols[-1]}{r}", key, bold=True, box=True, shade=True
            )
        merge(ws, f"{first_value}{r}:{last}{r}", val, box=True)
        ws.row_dimensions[r].height = heights.get(key, 18)
        r += 1
    return r


# ---------------------------------------------------------------- 真岡市 (HTML)
MOKA_HEAD = """<thead>
<tr><th rowspan="2">施策</th><th rowspan="2">成果指標</th><th rowspan="2">単位</th><th rowspan="2">基準値<br>（平成30年度）</th><th colspan="3">実績値</th><th colspan="2">目標値</th></tr>
<tr><th>令和3年度</th><th>令和4年度</th><th>令和5年度<br>（速報値）</th><th>令和4年度<br>（中間）</th><th>令和6年度<br>（最終）</th></tr>
</thead>"""

MOKA = f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>真岡市総合計画2020-2024　成果指標の達成状況（令和５年度実績） | 真岡市</title>
</head>
<body>
<nav aria-label="パンくずリスト"><ol>
<li><a href="/">ホーム</a></li>
<li><a href="/shisei/">市政情報</a></li>
<li><a href="/shisei/keikaku/">計画・方針</a></li>
<li>真岡市総合計画2020-2024　成果指標の達成状況（令和５年度実績）</li>
</ol></nav>
<main>
<h1>真岡市総合計画2020-2024　成果指標の達成状況（令和５年度実績）</h1>
<p class="date">更新日：2024年11月15日　担当：総合政策部 企画課</p>
<p>真岡市は、平成21年3月23日に真岡市と二宮町が合併して誕生しました。市域は約167.34km²で、東京から約90km圏内に位置しています。</p>
<p>昭和32年に東物井地区で始まったいちご栽培は市内全域に広がり、平成29年産の生産量は約7,111トン、販売額は約80億円にのぼります。真岡鐵道のSLもおか（C12形66号機）は土・日・祝日に運行しています。</p>
<dl>
<dt>計画の名称</dt><dd>真岡市総合計画2020-2024</dd>
<dt>計画期間</dt><dd>令和2年度～令和6年度（5年間）</dd>
<dt>担当課</dt><dd>総合政策部 企画課</dd>
</dl>
<p>※成果指標ごとに、計画策定時の基準値、各年度の実績値、中間目標値（令和4年度）及び最終目標値（令和6年度）を掲載しています。令和5年度の実績値は速報値です。</p>
<p>※⑤の市の人口は各年度末（3月31日）現在の住民基本台帳人口で、セル内の日付は基準日です。</p>
<h2>基本目標2　「稼ぐ力」を高める産業のまち</h2>
<table border="1">
{MOKA_HEAD}
<tbody>
<tr><th rowspan="2" scope="rowgroup">2-1　農業の振興</th><td>①いちごの作付面積</td><td>ha</td><td>143.8</td><td>141.6</td><td>139.2</td><td>137.5</td><td>145.0</td><td>150.0</td></tr>
<tr><td>②新規就農者数</td><td>人</td><td>18</td><td>21</td><td>24</td><td>19</td><td>20</td><td>20</td></tr>
<tr><th rowspan="2" scope="rowgroup">2-2　観光の振興</th><td>③SLもおかの乗車人員</td><td>千人</td><td>52.4</td><td>31.8</td><td>40.6</td><td>45.2</td><td>45.0</td><td>55.0</td></tr>
<tr><td>④観光入込客数</td><td>万人</td><td>301.5</td><td>242.3</td><td>268.8</td><td>285.1</td><td>260.0</td><td>310.0</td></tr>
</tbody>
</table>
<h2>基本目標4　若い世代が「住みたい」「子育てしたい」まち</h2>
<table border="1">
{MOKA_HEAD}
<tbody>
<tr><th scope="rowgroup">4-1　移住・定住の促進</th><td>⑤市の人口</td><td>人</td><td>80,106<br>（H31.3.31）</td><td>79,539<br>（R4.3.31）</td><td>78,950<br>（R5.3.31）</td><td>78,321<br>（R6.3.31）</td><td>79,000</td><td>78,500</td></tr>
<tr><th scope="rowgroup">4-2　シティプロモーションの推進</th><td>⑥観光入込客数（再掲）</td><td>万人</td><td>301.5</td><td>242.3</td><td>268.8</td><td>285.1</td><td>260.0</td><td>310.0</td></tr>
</tbody>
</table>
<p>※③は真岡鐵道の協力により集計したSL列車の乗車人員です。</p>
</main>
<footer><p>真岡市役所　総合政策部 企画課</p></footer>
</body>
</html>
"""


def build_moka():
    (HERE / "moka_sogo2020_seika_r5.html").write_text(MOKA, encoding="utf-8")


# ---------------------------------------------------------------- 吉見町 (XLSX document)
def build_yoshimi():
    wb = Workbook()
    ws = wb.active
    ws.title = "効果検証"
    widths(
        ws,
        {"A": 5, "B": 26, "C": 7, "D": 11, "E": 9, "F": 9, "G": 9, "H": 9, "I": 9, "J": 9, "K": 10},
    )
    merge(
        ws,
        "A1:K1",
        "デジタル田園都市国家構想交付金（地方創生推進タイプ）　効果検証シート（令和５年度実績）",
        size=13,
        bold=True,
        h="center",
    )
    merge(ws, "A2:K2", "作成日　令和6年8月20日　吉見町 地域振興課", h="right")
    r = fields(
        ws,
        4,
        [
            ("交付対象事業の名称", "「いちごの里よしみ」観光交流拠点魅力向上事業"),
            ("地域再生計画の名称", "吉見町いちごと歴史の里観光交流推進計画"),
            ("事業期間", "令和3年度～令和5年度（3か年）"),
            ("交付対象事業費", "3か年合計　27,600千円（うち交付金　13,800千円）"),
            ("担当課", "地域振興課"),
            (
                "町の概要",
                "昭和29年（1954年）に東吉見・西吉見・南吉見・北吉見の4村が合併して吉見村となり、昭和47年（1972年）に町制を施行した。"
                "面積は38.63km²、人口は18,117人（2023年）。昭和30年頃に始まったいちご栽培は県内一の生産量を誇り、"
                "国指定史跡「吉見百穴」には219個の横穴が残る。",
            ),
        ],
        "K",
        label_cols="AB",
        heights={"町の概要": 44},
    )
    r += 1
    put(ws, f"A{r}", "■重要業績評価指標（KPI）の目標と実績", size=11, bold=True, wrap=False)
    r += 1
    h1, h2 = r, r + 1
    for col, text in (
        ("A", "No."),
        ("B", "KPI"),
        ("C", "単位"),
        ("D", "事業開始前\n（R2年度）"),
        ("K", "達成状況\n（R5）"),
    ):
        merge(ws, f"{col}{h1}:{col}{h2}", text, bold=True, box=True, shade=True, h="center")
    merge(ws, f"E{h1}:G{h1}", "目標値", bold=True, box=True, shade=True, h="center")
    merge(ws, f"H{h1}:J{h1}", "実績値", bold=True, box=True, shade=True, h="center")
    for cols in ("EFG", "HIJ"):
        for col, year in zip(cols, ("R3年度", "R4年度", "R5年度"), strict=True):
            put(ws, f"{col}{h2}", year, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[h1].height = 18
    ws.row_dimensions[h2].height = 24
    r = h2 + 1
    rows = [
        (
            "①",
            "道の駅いちごの里よしみの来場者数",
            "千人",
            385.4,
            [420.0, 440.0, 460.0],
            [398.2, 451.6, 472.3],
            "達成",
        ),
        ("②", "いちご狩り観光農園の利用者数", "人", 9600, 12000, [10850, 12430, 11760], "未達成"),
        ("③", "吉見百穴の入場者数", "千人", 51.2, [58.0, 62.0, 66.0], [54.3, 63.1, "集計中"], "―"),
        ("④", "いちご関連商品の町内販売額", "百万円", 72, [80, 88, 95], [78, 92, 101], "達成"),
    ]
    for label, name, unit, base, targets, actuals, status in rows:
        put(ws, f"A{r}", label, box=True, h="center")
        put(ws, f"B{r}", name, box=True)
        put(ws, f"C{r}", unit, box=True, h="center")
        put(ws, f"D{r}", base, box=True, h="right", fmt=numfmt(base))
        if isinstance(targets, list):
            for col, v in zip("EFG", targets, strict=True):
                put(ws, f"{col}{r}", v, box=True, h="right", fmt=numfmt(v))
        else:
            put(ws, f"E{r}", targets, box=True, h="center", fmt=numfmt(targets))
            ws.merge_cells(f"E{r}:G{r}")
            boxed(ws, f"E{r}:G{r}")
        for col, v in zip("HIJ", actuals, strict=True):
            put(
                ws,
                f"{col}{r}",
                v,
                box=True,
                h="right" if not isinstance(v, str) else "center",
                fmt=numfmt(v),
            )
        put(ws, f"K{r}", status, box=True, h="center")
        ws.row_dimensions[r].height = 24
        r += 1
    notes = [
        "※KPI②の目標値は各年度共通です。",
        "※KPI③の令和5年度実績は集計中です（令和6年10月確定予定）。達成状況は確定後に評価します。",
        "※達成状況は令和5年度の実績値と目標値を比べたものです。",
    ]
    for note in notes:
        merge(ws, f"A{r}:K{r}", note, size=8)
        r += 1
    r += 1
    put(ws, f"A{r}", "■地方創生への効果（総合評価）", size=11, bold=True, wrap=False)
    r += 1
    fields(
        ws,
        r,
        [
            ("総合評価", "地方創生に効果があった"),
            (
                "外部有識者の意見",
                "道の駅の来場者数は令和4年度以降、目標を上回った。いちご狩りの利用は天候の影響を受けやすく、予約の平準化を検討されたい。",
            ),
        ],
        "K",
        label_cols="AB",
        heights={"外部有識者の意見": 30},
    )
    page(ws, landscape=False)
    save(wb, HERE / "yoshimi_ichigo_kofukin_kensho_r5.xlsx")


# ---------------------------------------------------------------- 大桑村 (PDF source, landscape)
def build_ookuwa():
    wb = Workbook()
    ws = wb.active
    ws.title = "事務事業評価"
    table = {"A": 4, "B": 22, "C": 6, "D": 8, "E": 8, "F": 8, "G": 10, "H": 2}
    table.update({"I": 4, "J": 22, "K": 6, "L": 8, "M": 8, "N": 8, "O": 10})
    widths(ws, table)
    merge(
        ws,
        "A1:O1",
        "令和６年度　事務事業評価シート（令和５年度実施事業）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:O2", "作成日　令和6年8月9日", h="right")
    r = fields(
        ws,
        4,
        [
            ("事務事業名", "木曽ヒノキを奏でる里づくり事業"),
            ("担当課", "教育委員会　生涯学習係"),
            ("事業開始年度", "平成9年度（継続）"),
            (
                "事業の概要",
                "間伐の際に出る曲がった木曽ヒノキの材を活かして、ヒノキ三味線・アルプホルン・コカリナを村内で手作りし、製作講習会や演奏活動を通じて森林の恵みを村内外に伝える。"
                "村の総面積234.47km²のうち約96％を山林が占め、旧中山道の須原宿・野尻宿や定勝寺・白山神社が残る。明治22年（1889年）4月1日に長野・須原・殿・野尻の4村で現在の村が発足した。",
            ),
        ],
        "O",
        label_cols="AB",
        heights={"事業の概要": 40},
    )
    r += 1
    put(ws, f"A{r}", "１　事業費の推移（単位：千円）", size=11, bold=True, wrap=False)
    r += 1
    money = [
        ("区分", "R3決算", "R4決算", "R5決算", "R6予算"),
        ("事業費", 1820, 2140, 2365, 2400),
        ("うち一般財源", 1820, 1640, 1865, 1900),
    ]
    for i, row in enumerate(money):
        merge(
            ws,
            f"A{r}:B{r}",
            row[0],
            bold=True,
            box=True,
            shade=True,
            h="center" if i == 0 else "left",
        )
        for col, v in zip("CDEF", row[1:], strict=True):
            if i == 0:
                put(ws, f"{col}{r}", v, bold=True, box=True, shade=True, h="center")
            else:
                put(ws, f"{col}{r}", v, box=True, h="right", fmt="#,##0")
        r += 1
    r += 1
    put(ws, f"A{r}", "２　指標の推移", size=11, bold=True, wrap=False)
    r += 1
    head = ["No.", "指標名", "単位", "R4実績", "R5目標", "R5実績", "R6目標"]
    left = [
        (1, "楽器製作講習会の開催回数", "回", 10, 12, 12, 12),
        (2, "演奏会・出張演奏の実施回数", "回", 14, 15, 17, "前年度以上"),
    ]
    right = [
        (3, "講習会参加者数（延べ）", "人", 96, 110, 104, 120),
        (4, "村外からの製作体験参加者数", "人", 28, 30, 35, 36),
        (5, "ヒノキ楽器の販売額", "千円", 1240, 1500, 1385, 1600),
    ]
    for cols, title, rows in (("ABCDEFG", "活動指標", left), ("IJKLMNO", "成果指標", right)):
        merge(ws, f"{cols[0]}{r}:{cols[-1]}{r}", title, bold=True, box=True, shade=True, h="center")
        for col, text in zip(cols, head, strict=True):
            put(ws, f"{col}{r + 1}", text, bold=True, box=True, shade=True, h="center")
        for i, row in enumerate(rows):
            rr = r + 2 + i
            for j, (col, v) in enumerate(zip(cols, row, strict=True)):
                if j == 1:
                    put(ws, f"{col}{rr}", v, box=True)
                elif isinstance(v, str) and j > 2:
                    put(ws, f"{col}{rr}", v, box=True, h="center", size=8)
                else:
                    put(
                        ws,
                        f"{col}{rr}",
                        v,
                        box=True,
                        h="center" if j in (0, 2) else "right",
                        fmt=numfmt(v) if j > 2 else None,
                    )
    for rr in range(r, r + 5):
        ws.row_dimensions[rr].height = 22
    r += 5
    notes = [
        "※No.3は講習会ごとの参加者を合計した延べ人数です。No.5は村内直売所での販売額（税込）です。",
    ]
    for note in notes:
        merge(ws, f"A{r}:O{r}", note, size=8)
        r += 1
    r += 1
    put(ws, f"A{r}", "３　評価", size=11, bold=True, wrap=False)
    r += 1
    r = fields(
        ws,
        r,
        [
            (
                "有効性",
                "B（概ね効果があった）　村外からの製作体験は増えたが、講習会参加者数は目標に届かなかった。",
            ),
            ("今後の方向性", "現状維持（村内小中学校との連携を継続し、演奏活動の機会を確保する）"),
        ],
        "O",
        label_cols="AB",
    )
    page(ws, landscape=True)
    save(wb, SRC / "ookuwa_hinoki_jimujigyo_r5.xlsx")


# ---------------------------------------------------------------- 青梅市 (PDF source, landscape)
def build_ome():
    wb = Workbook()
    ws = wb.active
    ws.title = "主要施策の成果"
    widths(
        ws,
        {
            "A": 5,
            "B": 30,
            "C": 6,
            "D": 11,
            "E": 9,
            "F": 9,
            "G": 12,
            "H": 9,
            "I": 9,
            "J": 8,
            "K": 6,
            "L": 16,
        },
    )
    merge(
        ws,
        "A1:L1",
        "令和５年度　主要な施策の成果に関する説明書（抜粋）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:L2", "令和6年9月　青梅市 市民部 スポーツ推進課", h="right")
    r = fields(
        ws,
        4,
        [
            ("事業名", "青梅マラソン大会開催事業"),
            ("所管課", "市民部　スポーツ推進課"),
            ("関連計画", "第7次青梅市総合長期計画（令和5年度～令和14年度）"),
            ("決算額", "令和5年度　46,280千円（うち一般財源　19,850千円）"),
            (
                "事業の内容",
                "昭和42年（1967年）3月5日に第1回を開催した市民マラソンの草分けで、毎年2月第3日曜日に30kmの部と10kmの部を行い、ボストンマラソンと姉妹提携を結んでいる。"
                "令和2年度・令和3年度は新型コロナウイルス感染症の影響により第55回大会を2年続けて延期し、令和4年度に開催した。平成20年（2008年）の大会は降雪のため中止となった。"
                "市の面積は103.31km²、人口は132,368人（令和4年1月1日現在）。",
            ),
        ],
        "L",
        label_cols="AB",
        heights={"事業の内容": 40},
    )
    r += 1
    put(ws, f"A{r}", "■成果指標の状況", size=11, bold=True, wrap=False)
    merge(
        ws,
        f"F{r}:L{r}",
        "【評価】　A：目標を達成　B：目標の80％以上　C：目標の80％未満",
        size=8,
        h="right",
    )
    r += 1
    h1, h2 = r, r + 1
    for col, text in (
        ("A", "No."),
        ("B", "成果指標"),
        ("C", "単位"),
        ("D", "基準値\n（R元年度）"),
        ("K", "評価"),
        ("L", "目標値\n（R7年度）"),
    ):
        merge(ws, f"{col}{h1}:{col}{h2}", text, bold=True, box=True, shade=True, h="center")
    merge(ws, f"E{h1}:G{h1}", "実績", bold=True, box=True, shade=True, h="center")
    merge(ws, f"H{h1}:J{h1}", "R5年度（第56回）", bold=True, box=True, shade=True, h="center")
    for col, text in zip(
        "EFGHIJ", ("R2年度", "R3年度", "R4年度\n（第55回）", "目標", "実績", "達成率"), strict=True
    ):
        put(ws, f"{col}{h2}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[h1].height = 18
    ws.row_dimensions[h2].height = 26
    r = h2 + 1
    rows = [
        (
            1,
            "大会参加者数（30kmの部・10kmの部の計）",
            "人",
            15255,
            "延期",
            "延期",
            12480,
            16000,
            14920,
            "93.3%",
            "B",
            "18,000～20,000",
        ),
        (
            2,
            "市外からの参加者の割合",
            "%",
            78.4,
            "延期",
            "延期",
            80.2,
            80.0,
            81.5,
            "101.9%",
            "A",
            82.0,
        ),
        (
            3,
            "沿道の観客数",
            "万人",
            "約5.0",
            "延期",
            "延期",
            "約3.5",
            4.5,
            "約4.2",
            "93.3%",
            "B",
            5.0,
        ),
        (
            4,
            "大会ボランティア参加者数",
            "人",
            1850,
            "延期",
            "延期",
            1420,
            1800,
            1650,
            "91.7%",
            "B",
            2000,
        ),
    ]
    for row in rows:
        for j, (col, v) in enumerate(zip("ABCDEFGHIJKL", row, strict=True)):
            if j == 1:
                put(ws, f"{col}{r}", v, box=True)
            elif j in (0, 2, 10) or v == "延期":
                put(ws, f"{col}{r}", v, box=True, h="center")
            else:
                put(ws, f"{col}{r}", v, box=True, h="right", fmt=numfmt(v))
        ws.row_dimensions[r].height = 22
        r += 1
    notes = [
        "※「延期」は、新型コロナウイルス感染症の影響により大会を開催しなかった年度です。大会は各年度の2月に開催しています。",
        "※No.3は主催者による推計です。達成率は令和5年度の実績を目標で除したものです。",
    ]
    for note in notes:
        merge(ws, f"A{r}:L{r}", note, size=8)
        r += 1
    r += 1
    put(ws, f"A{r}", "■今後の方向性", size=11, bold=True, wrap=False)
    r += 1
    merge(
        ws,
        f"A{r}:L{r}",
        "3年ぶりの開催となった第55回大会に続き、第56回大会も参加者数は回復傾向にある。市外からの参加者の割合は目標を上回った。"
        "引き続き沿道の応援体制とボランティアの確保に努める。",
        box=True,
    )
    ws.row_dimensions[r].height = 30
    page(ws, landscape=True)
    save(wb, SRC / "ome_marathon_shuyo_seika_r5.xlsx")


def to_pdf():
    for name in ("ookuwa_hinoki_jimujigyo_r5", "ome_marathon_shuyo_seika_r5"):
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
    build_moka()
    build_yoshimi()
    build_ookuwa()
    build_ome()
    if "--no-pdf" not in sys.argv:
        to_pdf()


if __name__ == "__main__":
    main()
