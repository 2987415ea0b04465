"""Build forms494: four KPI documents of 喜茂別町, 六ヶ所村, 由利本荘市 and 北塩原村.

Writes `kimobetsu_asupara_jimujigyo_r5.xlsx` (the workbook is the document),
`rokkasho_sogo4_koki_seika_r5.html`, and the XLSX sources `source/yurihonjo_shuyo_seika_kanko_r5.xlsx` and
`source/kitashiobara_dejiden_kensho_r5.xlsx`, which LibreOffice turns into `yurihonjo_shuyo_seika_kanko_r5.pdf`
and `kitashiobara_dejiden_kensho_r5.pdf`.
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
SLASH = Border(left=THIN, right=THIN, top=THIN, bottom=THIN, diagonal=THIN, diagonalUp=True)
SHADE = PatternFill("solid", fgColor="D9D9D9")
STAMP = datetime.datetime(2024, 8, 9, 9, 0, 0)
STAMP_TEXT = b"2024-08-09T09:00:00Z"


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


def number(cell, value):
    """Give numbers a display format with thousands separators (and one decimal for floats)."""
    if isinstance(value, float):
        cell.number_format = "#,##0.0"
    elif isinstance(value, int):
        cell.number_format = "#,##0"


def save(wb, path):
    """Save with fixed properties and fixed zip timestamps, so the bytes do not change."""
    wb.properties.creator = "forms494"
    wb.properties.lastModifiedBy = "forms494"
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
            info = zipfile.ZipInfo(item.filename, date_time=(2024, 8, 9, 9, 0, 0))
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


def form_rows(ws, r, fields, first_cols, value_cols, tall=()):
    """Key/value rows: the key merged over first_cols ("A:B"), the value over value_cols ("C:J")."""
    k0, k1 = first_cols.split(":")
    v0, v1 = value_cols.split(":")
    for key, val in fields:
        if k0 == k1:
            put(ws, f"{k0}{r}", key, bold=True, box=True, shade=True)
        else:
            merge(ws, f"{k0}{r}:{k1}{r}", key, bold=True, box=True, shade=True)
        merge(ws, f"{v0}{r}:{v1}{r}", val, box=True)
        ws.row_dimensions[r].height = 50 if key in tall else 18
        r += 1
    return r


# ---------------------------------------------------------------- 喜茂別町 (XLSX document, portrait)
def build_kimobetsu():
    wb = Workbook()
    ws = wb.active
    ws.title = "事務事業評価"
    widths = {"A": 8, "B": 5, "C": 24, "D": 6, "E": 6, "F": 11, "G": 11, "H": 11, "I": 17, "J": 16}
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    merge(
        ws,
        "A1:J1",
        "令和６年度　事務事業評価表（令和５年度実施事業）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:J2", "作成日　令和6年8月9日　　評価者　産業課長", h="right")
    put(ws, "A3", "１　事業の概要", size=11, bold=True, wrap=False)
    fields = [
        ("事務事業名", "アスパラガス産地力強化推進事業"),
        ("担当課", "産業課　農林係"),
        (
            "総合計画上の位置付け",
            "第6次喜茂別町総合計画（令和2年度～令和6年度）　基本構想２　活力にあふれ、「ひと」が集まるまち",
        ),
        ("事業期間", "令和3年度～令和6年度"),
        ("事業費（R5決算）", "8,460千円（うち一般財源　5,210千円）"),
        (
            "事業の概要",
            "本町は大正6年（1917年）に真狩村から分村して誕生し、昭和27年（1952年）に町制を施行した。面積189.51km²のうち約80％を山林・原野が占め、"
            "羊蹄山の湧き水と大小41の川に恵まれ、平成5年に「水の郷」の認定を受けている。アスパラガス本格栽培の地として知られる本町の基幹作物の生産力を高めるため、"
            "栽培技術研修会の開催、遮光資材・新植苗の導入支援及び札幌圏での販売促進を行う。",
        ),
    ]
    r = form_rows(ws, 4, fields, "A:C", "D:J", tall=("事業の概要",))
    ws.row_dimensions[r - 1].height = 62
    r += 1
    put(ws, f"A{r}", "２　指標の推移", size=11, bold=True, wrap=False)
    r += 1
    head = [
        "区分",
        "No.",
        "指標名",
        "単位",
        "項目",
        "令和3年度",
        "令和4年度",
        "令和5年度",
        "令和6年度",
        "備考",
    ]
    for i, text in enumerate(head):
        put(ws, f"{'ABCDEFGHIJ'[i]}{r}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[r].height = 22
    r += 1
    blocks = [
        (
            1,
            "栽培技術研修会の開催回数",
            "回",
            [4, 4, 5, 5],
            [3, 4, 5, None],
            ("", ""),
        ),
        (
            2,
            "研修会への参加農家数",
            "戸",
            ["延べ60", "延べ60", "延べ75", "延べ75"],
            ["延べ48", "延べ63", "延べ71", None],
            ("", "※3"),
        ),
        (
            3,
            "アスパラガス出荷量",
            "t",
            [150, 155, 160, 165],
            [142, 151, 163, "168（見込）"],
            ("", "R6は見込（※1）"),
        ),
        (
            4,
            "アスパラガス販売額",
            "千円",
            [190000, 200000, 210000, "240,000（当初220,000）"],
            [185420, 204870, 236150, "238,000（見込）"],
            ("R6計画は上方修正（※2）", "R6は見込（※1）"),
        ),
        (
            5,
            "新規作付者数",
            "人",
            [2, 2, 2, 2],
            [1, 3, 2, None],
            ("", ""),
        ),
    ]
    start = r
    for no, name, unit, plan, actual, notes in blocks:
        merge(ws, f"B{r}:B{r + 1}", no, box=True, h="center")
        merge(ws, f"C{r}:C{r + 1}", name, box=True)
        merge(ws, f"D{r}:D{r + 1}", unit, box=True, h="center")
        for k, (label, vals, note) in enumerate(
            (("計画", plan, notes[0]), ("実績", actual, notes[1]))
        ):
            rr = r + k
            put(ws, f"E{rr}", label, box=True, h="center")
            for i, v in enumerate(vals):
                c = put(ws, f"{'FGHI'[i]}{rr}", v, box=True, h="right", shade=v is None)
                number(c, v)
            put(ws, f"J{rr}", note, size=8, box=True)
            ws.row_dimensions[rr].height = 18
        r += 2
    merge(ws, f"A{start}:A{start + 3}", "活動指標", box=True, h="center")
    merge(ws, f"A{start + 4}:A{start + 9}", "成果指標", box=True, h="center")
    notes = [
        "※1　令和6年度の実績欄は、令和6年7月末時点の見込値である。",
        "※2　No.4の令和6年度計画は、令和5年度実績が計画を上回ったため令和6年6月に上方修正した（括弧内は当初計画）。",
        "※3　No.2は研修会ごとの参加農家数を合計した延べ戸数である。網掛けの欄は未確定。",
    ]
    for note in notes:
        merge(ws, f"A{r}:J{r}", note, size=8)
        r += 1
    r += 1
    put(ws, f"A{r}", "３　評価", size=11, bold=True, wrap=False)
    r += 1
    evals = [
        ("総合評価", "A（順調に進んでいる）"),
        ("今後の方向性", "継続（令和7年度以降は次期総合計画の農業振興施策に位置付けて実施する）"),
    ]
    r = form_rows(ws, r, evals, "A:C", "D:J")
    page(ws, landscape=False)
    save(wb, HERE / "kimobetsu_asupara_jimujigyo_r5.xlsx")


# ---------------------------------------------------------------- 六ヶ所村 (HTML)
ROKKASHO = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>第4次六ヶ所村総合振興計画　後期基本計画　成果指標の進捗状況（令和５年度） | 六ヶ所村</title>
</head>
<body>
<nav aria-label="パンくずリスト"><ol>
<li><a href="/">ホーム</a></li>
<li><a href="/sonsei/">村政情報</a></li>
<li><a href="/sonsei/keikaku/">計画・施策</a></li>
<li>第4次六ヶ所村総合振興計画　後期基本計画　成果指標の進捗状況（令和５年度）</li>
</ol></nav>
<main>
<h1>第4次六ヶ所村総合振興計画　後期基本計画　成果指標の進捗状況（令和５年度）</h1>
<p class="date">更新日：2024年10月4日　担当：政策推進課　企画グループ</p>
<p>六ヶ所村は、明治22年（1889年）4月1日の町村制施行により、倉内・平沼・鷹架・尾駮・出戸・泊の6か村が統合して誕生した村です。面積は252.58km²、人口は9,951人（2024年7月1日推計）です。</p>
<p>平成28年度から令和7年度までの10年間を計画期間とする「第4次六ヶ所村総合振興計画」のうち、後期基本計画（令和3年度～令和7年度）に掲げた成果指標について、令和5年度までの実績を取りまとめました。</p>
<p>※「策定時」欄の括弧内は、各指標の基準とした時点です。「―（新規）」は後期基本計画で新たに設定した指標で、策定時の値はありません。</p>
<h2>第1章　個性豊かで多様な産業を育てる</h2>
<table border="1">
<thead>
<tr><th>施策</th><th>成果指標</th><th>単位</th><th>策定時</th><th>R3実績</th><th>R4実績</th><th>R5実績</th><th>目標値（R7）</th><th>担当課</th></tr>
</thead>
<tbody>
<tr><th rowspan="2" scope="rowgroup">1-1　農業の振興</th><td>長いもの作付面積</td><td>ha</td><td>312<br>（R元）</td><td>305</td><td>298</td><td>301</td><td>310以上</td><td>農林水産課</td></tr>
<tr><td>認定農業者数</td><td>人</td><td>128<br>（R2.3末）</td><td>126</td><td>124</td><td>127</td><td>130</td><td>農林水産課</td></tr>
<tr><th scope="rowgroup">1-2　水産業の振興</th><td>ウニ・アワビ種苗の放流数</td><td>千個</td><td>85<br>（R元）</td><td>90</td><td>92</td><td>95</td><td>100</td><td>農林水産課</td></tr>
<tr><th scope="rowgroup">1-4　観光の振興</th><td>観光入込客数</td><td>千人</td><td>382.5<br>（R元）</td><td>214.3</td><td>268.9</td><td>未集計</td><td>400.0</td><td>商工観光課</td></tr>
</tbody>
</table>
<p>※観光入込客数の令和5年度値は、青森県観光入込客統計の公表後に掲載します。</p>
<h2>第3章　共に健康でいきいきした暮らしを創る</h2>
<table border="1">
<thead>
<tr><th>施策</th><th>成果指標</th><th>単位</th><th>策定時</th><th>R3実績</th><th>R4実績</th><th>R5実績</th><th>目標値（R7）</th><th>担当課</th></tr>
</thead>
<tbody>
<tr><th rowspan="2" scope="rowgroup">3-1　健康づくりの推進</th><td>特定健康診査の受診率</td><td>％</td><td>41.2<br>（R元）</td><td>43.8</td><td>45.1</td><td>46.9</td><td>60.0以上</td><td>健康福祉課</td></tr>
<tr><td>ウォーキングアプリの登録者数</td><td>人</td><td>―<br>（新規）</td><td>152</td><td>318</td><td>407</td><td>600</td><td>健康福祉課</td></tr>
</tbody>
</table>
</main>
<footer><p>六ヶ所村役場　政策推進課</p></footer>
</body>
</html>
"""


def build_rokkasho():
    (HERE / "rokkasho_sogo4_koki_seika_r5.html").write_text(ROKKASHO, encoding="utf-8")


# ---------------------------------------------------------------- 由利本荘市 (PDF source, landscape)
def build_yurihonjo():
    wb = Workbook()
    ws = wb.active
    ws.title = "主要施策の成果"
    widths = {"A": 5, "B": 30, "C": 8, "D": 11, "E": 11, "F": 11, "G": 11, "H": 10, "I": 8}
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    merge(
        ws,
        "A1:I1",
        "令和５年度　主要な施策の成果に関する説明書（抜粋）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:I2", "令和6年9月　由利本荘市　商工観光部", h="right")
    merge(
        ws,
        "A3:I3",
        "【評価】　A：目標を達成（達成率100％以上）　B：目標未達成（達成率80％以上100％未満）　C：目標未達成（達成率80％未満）",
        size=8,
    )
    blocks = [
        (
            [
                ("事業名", "環鳥海エリア観光推進事業"),
                ("所管課", "観光振興課"),
                ("決算額", "32,480千円（うち一般財源　18,120千円）"),
                (
                    "事業の内容",
                    "本市は平成17年（2005年）3月22日に1市7町が合併して誕生した、面積1,209.08km²の県内で最も広い市である。"
                    "由利本荘市観光振興計画及び鳥海山観光ビジョン（2019年策定）に基づき、標高2,236mの鳥海山を核とした環鳥海エリアの周遊・滞在型観光を、"
                    "エリア内の自治体と連携して推進した。",
                ),
            ],
            [
                (
                    1,
                    "環鳥海エリアの観光入込客数",
                    "千人",
                    1052.3,
                    1318.6,
                    1450.0,
                    1482.7,
                    "102.3%",
                    "A",
                ),
                (2, "市内観光消費額", "百万円", 6120, 7480, 8500, 8026, "94.4%", "B"),
                (
                    3,
                    "観光案内所利用者の満足度（5段階評価）",
                    "点",
                    3.9,
                    4.1,
                    "4.0～4.5",
                    4.2,
                    "―",
                    "A",
                ),
            ],
        ),
        (
            [
                ("事業名", "鳥海高原矢島スキー場活性化事業"),
                ("所管課", "観光振興課"),
                ("決算額", "21,760千円（うち一般財源　21,760千円）"),
                (
                    "事業の内容",
                    "鳥海高原矢島スキー場のリフト設備の改修を行うとともに、指定管理者と連携して市内小学生向けのスキー教室を開催し、冬季の誘客と利用の拡大を図った。",
                ),
            ],
            [
                (1, "リフト利用者数（延べ）", "人", 38420, 41905, 45000, 43118, "95.8%", "B"),
                (2, "スキー教室参加者数", "人", 312, 405, 450, 468, "104.0%", "A"),
            ],
        ),
    ]
    r = 5
    for fields, rows in blocks:
        r = form_rows(ws, r, fields, "A:B", "C:I", tall=("事業の内容",))
        ws.row_dimensions[r - 1].height = 40
        put(ws, f"A{r}", "成果指標の状況", size=10, bold=True, wrap=False)
        ws.row_dimensions[r].height = 20
        r += 1
        merge(ws, f"A{r}:A{r + 1}", "No.", bold=True, box=True, shade=True, h="center")
        merge(ws, f"B{r}:B{r + 1}", "成果指標", bold=True, box=True, shade=True, h="center")
        merge(ws, f"C{r}:C{r + 1}", "単位", bold=True, box=True, shade=True, h="center")
        merge(ws, f"D{r}:E{r}", "実績", bold=True, box=True, shade=True, h="center")
        merge(ws, f"F{r}:H{r}", "令和5年度", bold=True, box=True, shade=True, h="center")
        merge(ws, f"I{r}:I{r + 1}", "評価", bold=True, box=True, shade=True, h="center")
        for col, text in zip("DEFGH", ["R3", "R4", "目標", "実績", "達成率"], strict=True):
            put(ws, f"{col}{r + 1}", text, bold=True, box=True, shade=True, h="center")
        r += 2
        for row in rows:
            for col, v in zip("ABCDEFGHI", row, strict=True):
                h = "center" if col in "ACI" else ("left" if col == "B" else "right")
                c = put(ws, f"{col}{r}", v, box=True, h=h)
                number(c, v)
            ws.row_dimensions[r].height = 20
            r += 1
        r += 1
    merge(
        ws,
        f"A{r}:I{r}",
        "※達成率は令和5年度実績÷令和5年度目標。目標を幅で定めた指標は達成率を算出せず、実績が幅の下限以上であればAとする。",
        size=8,
    )
    page(ws, landscape=True)
    save(wb, SRC / "yurihonjo_shuyo_seika_kanko_r5.xlsx")


# ---------------------------------------------------------------- 北塩原村 (PDF source, landscape)
def build_kitashiobara():
    wb = Workbook()
    ws = wb.active
    ws.title = "効果検証"
    widths = {
        "A": 5,
        "B": 28,
        "C": 7,
        "D": 12,
        "E": 9,
        "F": 9,
        "G": 9,
        "H": 9,
        "I": 9,
        "J": 9,
        "K": 10,
    }
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    merge(
        ws,
        "A1:K1",
        "デジタル田園都市国家構想交付金（地方創生推進タイプ）　効果検証シート（令和５年度）",
        size=13,
        bold=True,
        h="center",
    )
    merge(ws, "A2:K2", "令和6年7月　北塩原村", h="right")
    fields = [
        ("交付対象事業の名称", "裏磐梯「通年型アウトドア観光」推進事業"),
        ("地域再生計画の名称", "北塩原村まち・ひと・しごと創生推進計画"),
        ("事業期間", "令和3年度～令和5年度（3か年）"),
        ("交付対象事業費", "3か年合計　45,600千円（うち交付金　22,800千円）"),
        ("担当課", "商工観光課"),
        (
            "村の概要",
            "昭和29年3月31日に北山村・大塩村・桧原村が合併して誕生した村で、面積234.08km²の約8割を森林が占める。"
            "明治21年7月の磐梯山の水蒸気爆発により桧原湖・五色沼など約300の湖沼群が生まれ、"
            "裏磐梯には年間240万人（令和元年度）が訪れる。",
        ),
    ]
    r = form_rows(ws, 4, fields, "A:B", "C:K", tall=("村の概要",))
    ws.row_dimensions[r - 1].height = 40
    r += 1
    put(ws, f"A{r}", "■重要業績評価指標（KPI）の目標と実績", size=11, bold=True, wrap=False)
    r += 1
    merge(ws, f"A{r}:A{r + 1}", "No.", bold=True, box=True, shade=True, h="center")
    merge(
        ws, f"B{r}:B{r + 1}", "重要業績評価指標（KPI）", bold=True, box=True, shade=True, h="center"
    )
    merge(ws, f"C{r}:C{r + 1}", "単位", bold=True, box=True, shade=True, h="center")
    merge(
        ws, f"D{r}:D{r + 1}", "事業開始前\n（R3.3末）", bold=True, box=True, shade=True, h="center"
    )
    for (a, b), text in zip(
        ["EF", "GH", "IJ"], ["1年目（R4.3）", "2年目（R5.3）", "3年目（R6.3）"], strict=True
    ):
        merge(ws, f"{a}{r}:{b}{r}", text, bold=True, box=True, shade=True, h="center")
        put(ws, f"{a}{r + 1}", "目標", bold=True, box=True, shade=True, h="center")
        put(ws, f"{b}{r + 1}", "実績", bold=True, box=True, shade=True, h="center")
    merge(
        ws, f"K{r}:K{r + 1}", "達成状況\n（最終年度）", bold=True, box=True, shade=True, h="center"
    )
    ws.row_dimensions[r].height = 22
    ws.row_dimensions[r + 1].height = 18
    r += 2
    slash = object()
    rows = [
        ("①", "村の観光入込客数", "万人", 188.6, 200.0, 196.2, 215.0, 228.4, 230.0, 241.3, "達成"),
        (
            "②",
            "冬季（12月～3月）の宿泊者数",
            "人",
            41820,
            45000,
            43106,
            48000,
            49552,
            52000,
            50873,
            "未達成",
        ),
        (
            "③",
            "アウトドア体験プログラム参加者数",
            "人",
            1240,
            1500,
            "中止",
            1800,
            1932,
            2100,
            2264,
            "達成",
        ),
        (
            "④",
            "通年型ガイドの登録者数",
            "人",
            slash,
            slash,
            slash,
            "累計10",
            "累計8",
            "累計20",
            "累計21",
            "達成",
        ),
    ]
    for row in rows:
        for col, v in zip("ABCDEFGHIJK", row, strict=True):
            if v is slash:
                cell = ws[f"{col}{r}"]
                cell.border = SLASH
                continue
            h = (
                "center"
                if col in "ACK" or (isinstance(v, str) and col != "B")
                else ("left" if col == "B" else "right")
            )
            c = put(ws, f"{col}{r}", v, box=True, h=h)
            number(c, v)
        ws.row_dimensions[r].height = 22
        r += 1
    notes = [
        "※1　各年目の括弧内は目標年月（各年度末）。①は年度（4月～翌年3月）の入込客数を万人単位で記載。",
        "※2　③の1年目実績は、新型コロナウイルス感染症の影響によりプログラムを中止したため「中止」と記載。",
        "※3　④は令和4年度の実施計画変更により追加したKPIであり、事業開始前及び1年目は設定していない（斜線）。",
    ]
    for note in notes:
        merge(ws, f"A{r}:K{r}", note, size=8)
        r += 1
    page(ws, landscape=True)
    save(wb, SRC / "kitashiobara_dejiden_kensho_r5.xlsx")


def to_pdf():
    for name in ("yurihonjo_shuyo_seika_kanko_r5", "kitashiobara_dejiden_kensho_r5"):
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
    build_kimobetsu()
    build_rokkasho()
    build_yurihonjo()
    build_kitashiobara()
    if "--no-pdf" not in sys.argv:
        to_pdf()


if __name__ == "__main__":
    main()
