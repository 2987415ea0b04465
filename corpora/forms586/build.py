"""Build forms586: four KPI documents of 石狩市, 西目屋村, 大郷町 and 下郷町.

Writes `ishikari_akimatsuri_jimujigyo_r6.xlsx` (the workbook is the document), `osato_shuyo_seika_r5.html`,
`shimogo_kaso_mokuhyo_r5.csv` and the XLSX source `source/nishimeya_ecotourism_kofukin_kensho_r6.xlsx`,
which LibreOffice turns into `nishimeya_ecotourism_kofukin_kensho_r6.pdf`.
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
    wb.properties.creator = "forms586"
    wb.properties.lastModifiedBy = "forms586"
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


def value_cell(ws, ref, v):
    """A number right-aligned (one decimal where a float), a word or a dash centred."""
    if isinstance(v, float):
        put(ws, ref, v, box=True, h="right", fmt="#,##0.0")
    elif isinstance(v, int):
        put(ws, ref, v, box=True, h="right")
    else:
        put(ws, ref, v, box=True, h="center" if v in ("―", "達成", "未達成") else "right")


# ---------------------------------------------------------------- 石狩市 (XLSX document, portrait)
# Era-less year heads (the sheet is dated 令和7年). Each year spans 目標 | 実績.
# (区分, No., name, unit, 基準値（元年度）, 4年度 目標, 実績, 5年度 目標, 実績, 6年度 目標, 実績, 最終目標（8年度）)
ISHIKARI_ROWS = (
    ("活動指標", 1, "札幌圏でのPRイベント出展回数", "回", 4, 6, 5, 8, 8, 8, 9, 10),
    (
        "活動指標",
        2,
        "祭り運営ボランティアの参加者数",
        "人",
        "延べ180",
        "延べ200",
        "延べ165",
        "延べ220",
        "延べ231",
        "延べ240",
        "延べ252",
        "延べ280",
    ),
    (
        "成果指標",
        3,
        "三大秋祭りの来場者数",
        "千人",
        98.5,
        80.0,
        72.4,
        90.0,
        96.8,
        100.0,
        103.2,
        110.0,
    ),
    (
        "成果指標",
        4,
        "来場者アンケートで「満足」と答えた人の割合",
        "%",
        82.1,
        83.0,
        "―",
        85.0,
        86.4,
        "85～90",
        88.9,
        90.0,
    ),
    (
        "成果指標",
        5,
        "さけまつり会場での石狩産秋鮭の販売量",
        "t",
        12.4,
        12.0,
        9.8,
        13.0,
        13.5,
        14.0,
        11.2,
        15.0,
    ),
)


def build_ishikari():
    wb = Workbook()
    ws = wb.active
    ws.title = "事務事業評価"
    for col, w in zip("ABCDEFGHIJKL", (7, 4, 24, 5, 8, 6.5, 6.5, 6.5, 6.5, 6.5, 6.5, 8.5)):
        ws.column_dimensions[col].width = w
    merge(
        ws,
        "A1:L1",
        "令和７年度　事務事業評価シート（令和６年度実施事業）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:L2", "作成日　令和7年7月28日　　石狩市", h="right")
    put(ws, "A4", "１　事業の概要", size=11, bold=True, wrap=False)
    fields = [
        ("事務事業名", "石狩市三大秋祭り開催支援事業"),
        ("担当課", "商工労働観光課"),
        ("関連計画", "第5期石狩市総合計画（2023年改訂版）"),
        ("事業期間", "令和4年度～令和8年度（5年間）"),
        ("事業費（R6決算）", "9,860千円（うち各祭り実行委員会への補助金　8,400千円）"),
        (
            "事業の概要",
            "本市は平成8年（1996年）9月1日に市制を施行し、平成17年（2005年）10月1日に厚田村・浜益村を編入した。面積は722.33km²、人口は57,159人（2024年11月30日現在、住民基本台帳）で、石狩川の河口から雄冬までの南北に細長い市域を持つ。"
            "毎年9月に開かれる「石狩さけまつり」「厚田ふるさとあきあじまつり」「浜益ふるさとまつり」は石狩市三大秋祭りと呼ばれ、石狩鍋発祥の地として鮭の魅力を伝えている。"
            "本事業では、各祭りの実行委員会への補助と札幌圏でのPRにより、来場者の増加と市内事業者の販売機会の拡大を図る。",
        ),
    ]
    r = fields_block(ws, 5, fields, ("A", "B"), ("C", "L"), {"事業の概要": 80})
    r += 1
    put(ws, f"A{r}", "２　指標の推移", size=11, bold=True, wrap=False)
    r += 1
    h1, h2 = r, r + 1
    for col, text in zip("ABCDE", ("区分", "No.", "指標名", "単位", "基準値\n（元年度）")):
        merge(ws, f"{col}{h1}:{col}{h2}", text, bold=True, box=True, shade=True, h="center")
    for cols, text in (("FG", "4年度"), ("HI", "5年度"), ("JK", "6年度")):
        merge(ws, f"{cols[0]}{h1}:{cols[1]}{h1}", text, bold=True, box=True, shade=True, h="center")
        put(ws, f"{cols[0]}{h2}", "目標", bold=True, box=True, shade=True, h="center")
        put(ws, f"{cols[1]}{h2}", "実績", bold=True, box=True, shade=True, h="center")
    merge(ws, f"L{h1}:L{h2}", "最終目標\n（8年度）", bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[h1].height = 18
    ws.row_dimensions[h2].height = 18
    r = h2 + 1
    merge(ws, f"A{r}:A{r + 1}", "活動指標", box=True, h="center")
    merge(ws, f"A{r + 2}:A{r + 4}", "成果指標", box=True, h="center")
    for _kubun, no, name, unit, *vals in ISHIKARI_ROWS:
        put(ws, f"B{r}", no, box=True, h="center")
        put(ws, f"C{r}", name, box=True)
        put(ws, f"D{r}", unit, box=True, h="center")
        for col, v in zip("EFGHIJKL", vals):
            value_cell(ws, f"{col}{r}", v)
        ws.row_dimensions[r].height = 28
        r += 1
    r = notes_block(
        ws,
        r,
        [
            "※1　No.2は、三大秋祭りの運営に参加したボランティアの各年度の延べ人数である。",
            "※2　No.4の4年度は、来場者アンケートを実施していないため「―」としている。",
            "※3　No.5は、石狩さけまつり会場の直売コーナーでの販売量（生鮭換算）である。",
        ],
        "L",
    )
    r += 1
    put(ws, f"A{r}", "３　評価", size=11, bold=True, wrap=False)
    r += 1
    fields = [
        ("総合評価", "A（順調）"),
        ("今後の方向性", "継続"),
        (
            "評価の理由",
            "来場者数は2年連続で前年度を上回り、6年度は10万人を超えた。秋鮭の販売量は、6年度の不漁により目標を下回った。7年度は厚田・浜益の会場を結ぶシャトルバスの運行を検討し、市内周遊を促す。",
        ),
    ]
    fields_block(ws, r, fields, ("A", "B"), ("C", "L"), {"評価の理由": 42})
    page(ws, landscape=False)
    save(wb, HERE / "ishikari_akimatsuri_jimujigyo_r6.xlsx")


# ---------------------------------------------------------------- 西目屋村 (PDF, portrait)
# (label, name, unit, 事業開始前（R4.3末）, 1年目 目標値, 実績値, 2年目 目標値, 実績値, 3年目 目標値, 実績値（見込）, 達成状況)
NISHIMEYA_KPI = (
    (
        "①",
        "水陸両用バス「津軽白神号」の乗車人数",
        "千人",
        9.8,
        10.5,
        10.1,
        11.0,
        11.6,
        12.0,
        12.3,
        "達成",
    ),
    ("②", "白神山地ガイドの登録者数", "人", 14, "16（当初15）", 17, 19, 19, 22, 20, "未達成"),
    ("③", "村内宿泊施設の延べ宿泊者数", "人", 6240, 6800, 6515, 7400, 7690, 8000, 8120, "達成"),
    ("④", "周遊プランの造成数（累計）", "件", "―", 2, 2, 4, 5, 6, 6, "達成"),
)


def build_nishimeya():
    wb = Workbook()
    ws = wb.active
    ws.title = "効果検証シート"
    for col, w in zip("ABCDEFGHIJK", (4, 25, 5, 9, 10, 7, 7, 7, 7, 8, 8)):
        ws.column_dimensions[col].width = w
    merge(
        ws,
        "A1:K1",
        "令和６年度　地方創生関係交付金事業　効果検証シート",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:K2", "令和7年3月　西目屋村　政策推進室", h="right")
    put(ws, "A4", "１　交付対象事業の概要", size=11, bold=True, wrap=False)
    fields = [
        ("交付対象事業の名称", "津軽白神湖・白神山地エコツーリズム推進事業"),
        ("交付金の種類", "デジタル田園都市国家構想交付金（地方創生推進タイプ）"),
        ("地域再生計画の名称", "白神山地の麓・にしめや滞在型観光推進計画"),
        ("事業期間", "令和4年度～令和6年度（3か年）"),
        ("総事業費", "3か年計　38,400千円（うち交付金　19,200千円）"),
        ("担当課", "政策推進室"),
        (
            "事業の概要",
            "本村は青森県の南西部に位置し、面積は246.02km²、人口は1,167人（2024年4月1日推計）。村の南西部に広がる白神山地は平成5年（1993年）に世界自然遺産に登録された。"
            "平成28年（2016年）10月に完成した津軽ダムのダム湖「津軽白神湖」では、平成29年（2017年）4月から東北初の水陸両用バス（42人乗り）による遊覧ツアーを、道の駅津軽白神を発着点として運行している。"
            "本事業では、白神山地のガイドの育成と、ダム見学と白神散策を組み合わせた周遊プランの造成により、日帰り中心の観光を滞在型へ転換する。",
        ),
    ]
    r = fields_block(ws, 5, fields, ("A", "B"), ("C", "K"), {"事業の概要": 80})
    r += 1
    put(ws, f"A{r}", "２　重要業績評価指標（KPI）の達成状況", size=11, bold=True, wrap=False)
    r += 1
    h1, h2 = r, r + 1
    for col, text in zip(
        "ABCD", ("No.", "重要業績評価指標（KPI）", "単位", "事業開始前\n（R4.3末）")
    ):
        merge(ws, f"{col}{h1}:{col}{h2}", text, bold=True, box=True, shade=True, h="center")
    for cols, text, done in (
        ("EF", "1年目（R4年度）", "実績値"),
        ("GH", "2年目（R5年度）", "実績値"),
        ("IJ", "3年目（R6年度）", "実績値\n（見込）"),
    ):
        merge(ws, f"{cols[0]}{h1}:{cols[1]}{h1}", text, bold=True, box=True, shade=True, h="center")
        put(ws, f"{cols[0]}{h2}", "目標値", bold=True, box=True, shade=True, h="center")
        put(ws, f"{cols[1]}{h2}", done, bold=True, box=True, shade=True, h="center")
    merge(ws, f"K{h1}:K{h2}", "達成状況\n（3年目）", bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[h1].height = 20
    ws.row_dimensions[h2].height = 28
    r = h2 + 1
    for label, name, unit, *vals in NISHIMEYA_KPI:
        put(ws, f"A{r}", label, box=True, h="center")
        put(ws, f"B{r}", name, box=True)
        put(ws, f"C{r}", unit, box=True, h="center")
        for col, v in zip("DEFGHIJK", vals):
            value_cell(ws, f"{col}{r}", v)
        ws.row_dimensions[r].height = 28
        r += 1
    r = notes_block(
        ws,
        r,
        [
            "※1　3年目（令和6年度）の実績値は、令和7年2月末までの実績に3月分の見込みを加えた見込値である。",
            "※2　②の1年目の目標値は、令和4年9月の事業計画の変更により15人から16人に改めた（括弧内は当初の目標値）。",
            "※3　①は、毎年4月下旬から10月までの運行期間の乗車人数である。④は、事業開始前には周遊プランがなかったため「―」としている。",
        ],
        "K",
        height=22,
    )
    r += 1
    put(ws, f"A{r}", "３　事業の評価", size=11, bold=True, wrap=False)
    r += 1
    fields = [
        ("外部有識者の評価", "地方創生に非常に効果的であった"),
        ("今後の方針", "事業の継続（令和7年度以降は自主財源により実施）"),
        (
            "評価の理由",
            "3か年で水陸両用バスの乗車人数は2,500人増え、宿泊者数も事業開始前の約1.3倍となった。ガイドの登録者数は目標に届かなかったため、弘前市内の大学と連携した養成講座を継続する。",
        ),
    ]
    fields_block(ws, r, fields, ("A", "B"), ("C", "K"), {"評価の理由": 42})
    page(ws, landscape=False)
    save(wb, SRC / "nishimeya_ecotourism_kofukin_kensho_r6.xlsx")


# ---------------------------------------------------------------- 大郷町 (HTML)
# Per 施策: (事業名, rowspan group of (成果指標, 単位, R4実績, R5目標, R5実績, 前年度増減), 決算額, 評価)
OSATO_SHISAKU = (
    (
        "施策1　農業の振興",
        (
            (
                "モロヘイヤブランド推進事業",
                (
                    ("モロヘイヤの作付面積", "ha", "4.2", "4.5", "4.6", "+0.4"),
                    ("道の駅おおさとでのモロヘイヤ加工品販売額", "百万円", "38", "40", "41", "+3"),
                ),
                "3,120",
                "順調",
            ),
            (
                "新規就農者支援事業",
                (("新規就農者数", "人", "4", "5", "3", "△1"),),
                "6,000",
                "やや遅れ",
            ),
        ),
    ),
    (
        "施策2　商工業・観光の振興",
        (
            (
                "道の駅おおさと誘客促進事業",
                (("道の駅おおさとの来場者数", "千人", "412.5", "430.0", "447.3", "+34.8"),),
                "8,450",
                "順調",
            ),
            (
                "【再掲】モロヘイヤブランド推進事業",
                (("道の駅おおさとでのモロヘイヤ加工品販売額", "百万円", "38", "40", "41", "+3"),),
                "―",
                "―",
            ),
        ),
    ),
)


def osato_table(jigyo):
    out = []
    for name, rows, money, grade in jigyo:
        n = len(rows)
        for i, (ind, unit, a4, t5, a5, diff) in enumerate(rows):
            cells = []
            if i == 0:
                span = f' rowspan="{n}"' if n > 1 else ""
                cells.append(f'<th scope="row" class="name"{span}>{name}</th>')
            cells.append(f'<td class="name">{ind}</td><td class="c">{unit}</td>')
            cells.append(f"<td>{a4}</td><td>{t5}</td><td>{a5}</td><td>{diff}</td>")
            if i == 0:
                span = f' rowspan="{n}"' if n > 1 else ""
                cells.append(f'<td{span}>{money}</td><td class="c"{span}>{grade}</td>')
            out.append("<tr>" + "".join(cells) + "</tr>\n")
    return "".join(out)


OSATO_HEAD = """<table>
<thead>
<tr><th scope="col" rowspan="2">事業名</th><th scope="col" rowspan="2">成果指標</th><th scope="col" rowspan="2">単位</th><th scope="col">令和4年度</th><th scope="colgroup" colspan="2">令和5年度</th><th scope="col" rowspan="2">前年度<br>増減</th><th scope="col" rowspan="2">決算額<br>（千円）</th><th scope="col" rowspan="2">評価</th></tr>
<tr><th scope="col">実績</th><th scope="col">目標</th><th scope="col">実績</th></tr>
</thead>
<tbody>
"""


def osato_html():
    parts = [
        """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>令和５年度 主要な施策の成果（農政商工課所管分） - 大郷町</title>
<style>
table { border-collapse: collapse; margin-bottom: 0.5em; }
th, td { border: 1px solid #333; padding: 2px 6px; }
td { text-align: right; }
td.name, th.name { text-align: left; }
td.c { text-align: center; }
th { background: #eef3ea; }
dt { font-weight: bold; }
</style>
</head>
<body>
<nav aria-label="パンくずリスト"><ol>
<li><a href="/">ホーム</a></li>
<li><a href="/gyosei/">町政情報</a></li>
<li><a href="/gyosei/zaisei/">財政・決算</a></li>
<li>令和５年度 主要な施策の成果（農政商工課所管分）</li>
</ol></nav>
<main>
<h1>令和５年度 主要な施策の成果（農政商工課所管分）</h1>
<p class="update">更新日：2024年9月25日　担当：農政商工課</p>
<p>大郷町は、昭和29年（1954年）7月1日に大谷村・粕川村・大松沢村の3村が合併して誕生し、昭和34年に町制を施行しました。宮城県のほぼ中央に位置し、面積は82.01km²、人口は7,384人（2024年10月1日推計）です。町の中央を吉田川が流れ、ササニシキやひとめぼれの水田が広がるほか、モロヘイヤの栽培と「和牛の郷づくり」に取り組んでいます。平成30年（2018年）11月には道の駅おおさとがリニューアルオープンしました。</p>
<p>令和5年度決算の主要な施策のうち、農政商工課が所管する事業の成果指標の状況をお知らせします。</p>
<dl>
<dt>計画の名称</dt><dd>大郷町総合計画 後期基本計画（令和3年度～令和6年度）</dd>
<dt>対象年度</dt><dd>令和5年度（令和5年4月1日～令和6年3月31日）</dd>
<dt>担当課</dt><dd>農政商工課</dd>
</dl>
"""
    ]
    for title, jigyo in OSATO_SHISAKU:
        parts.append(f"<h2>{title}</h2>\n")
        parts.append(OSATO_HEAD + osato_table(jigyo) + "</tbody>\n</table>\n")
    parts.append(
        """<p>※1　前年度増減は、令和5年度実績から令和4年度実績を差し引いた値です（△は減少）。</p>
<p>※2　再掲の事業の決算額及び評価は、施策1に記載しています。</p>
<p>※3　評価は、事業全体の進み具合を「順調」「概ね順調」「やや遅れ」の3段階で示したものです。</p>
</main>
<footer><p>大郷町役場　農政商工課</p></footer>
</body>
</html>
"""
    )
    return "".join(parts)


def build_osato():
    (HERE / "osato_shuyo_seika_r5.html").write_text(osato_html(), encoding="utf-8")


# ---------------------------------------------------------------- 下郷町 (CSV, open data)
SHIMOGO_LINES = (
    ("タイトル", "下郷町過疎地域持続的発展計画 目標指標の達成状況（令和5年度）"),
    ("公表日", "令和6年9月30日"),
    ("計画の名称", "下郷町過疎地域持続的発展計画"),
    ("計画期間", "令和3年度～令和7年度（5年間）"),
    ("担当課", "総合政策課 企画政策係"),
    (
        "町の概要",
        "本町は昭和30年（1955年）に楢原町・江川村・旭田村が合併して誕生した。面積は317.04km²で約87%を森林が占め、人口は5,264人（令和2年国勢調査）。"
        "江戸時代の宿場の町並みを残す大内宿は昭和56年（1981年）に国の重要伝統的建造物群保存地区に選定され、阿賀川がつくった奇岩の景勝地「塔のへつり」は昭和18年（1943年）に国の天然記念物に指定された。",
    ),
    ("注記", "基準値欄の括弧内は、基準値の年度です。目標値は計画最終年度（令和7年度）の値です。"),
    (),
    ("■目標指標の達成状況",),
    (
        "No.",
        "分野",
        "目標指標",
        "単位",
        "基準値",
        "R3実績",
        "R4実績",
        "R5実績",
        "目標値（R7）",
        "備考",
    ),
    (
        "1",
        "移住・定住・地域間交流の促進",
        "空き家バンクを活用した移住世帯数",
        "世帯",
        "2（R2）",
        "1",
        "3",
        "2",
        "5年間で延べ15世帯",
        "",
    ),
    (
        "2",
        "産業の振興",
        "観光入込客数",
        "万人",
        "108.6（R元）",
        "62.4",
        "88.1",
        "101.5",
        "120.0",
        "",
    ),
    (
        "3",
        "産業の振興",
        "農産物直売所の販売額",
        "千円",
        "48,250（R2）",
        "51,320",
        "49,870",
        "未集計",
        "55,000",
        "R5実績は集計中（令和6年10月公表予定）",
    ),
    (
        "4",
        "交通施設の整備、交通手段の確保",
        "町営バスの年間利用者数",
        "人",
        "6,120（R2）",
        "5,480",
        "5,610",
        "5,905",
        "6,500",
        "",
    ),
    (
        "5",
        "地域文化の振興等",
        "大内宿での伝統文化体験プログラムの参加者数",
        "人",
        "1,850（H30）",
        "中止",
        "1,240",
        "1,692",
        "2,000",
        "R3は感染症対策のため実施を見送り",
    ),
    (
        "注記",
        "No.3の令和5年度実績は集計中のため「未集計」としています。No.5の令和3年度は、感染症対策のため体験プログラムを実施していません。",
    ),
)


def csv_field(v):
    if any(ch in v for ch in ',"\r\n'):
        return '"' + v.replace('"', '""') + '"'
    return v


def build_shimogo():
    width = 10
    lines = []
    for row in SHIMOGO_LINES:
        if not row:
            lines.append("")
            continue
        cells = list(row) + [""] * (width - len(row))
        lines.append(",".join(csv_field(c) for c in cells))
    text = "\ufeff" + "\r\n".join(lines) + "\r\n"
    (HERE / "shimogo_kaso_mokuhyo_r5.csv").write_bytes(text.encode("utf-8"))


def to_pdf():
    for name in ("nishimeya_ecotourism_kofukin_kensho_r6",):
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
    build_ishikari()
    build_nishimeya()
    build_osato()
    build_shimogo()
    if "--no-pdf" not in sys.argv:
        to_pdf()


if __name__ == "__main__":
    main()
