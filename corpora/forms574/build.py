"""Build forms574: four KPI documents of 七飯町, 平内町, 大仙市 and 古殿町.

Writes `nanae_onuma_jimujigyo_r6.xlsx` (the workbook is the document),
`hiranai_hotate_kofukin_kensho_r5.html`, `furudono_kaso_seika_shihyo_r6.csv` and the XLSX
source `source/daisen_hanabi_shuyo_seika_r6.xlsx`, which LibreOffice turns into
`daisen_hanabi_shuyo_seika_r6.pdf`.
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
SIGNED = '"＋"0.0;"△"0.0;0.0'


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
    wb.properties.creator = "forms574"
    wb.properties.lastModifiedBy = "forms574"
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
        merge(ws, f"{key_cols[0]}{r}:{key_cols[1]}{r}", key, bold=True, box=True, shade=True)
        merge(ws, f"{val_cols[0]}{r}:{val_cols[1]}{r}", val, box=True)
        ws.row_dimensions[r].height = tall.get(key, 18)
        r += 1
    return r


def notes_block(ws, r, notes, last_col):
    for note in notes:
        merge(ws, f"A{r}:{last_col}{r}", note, size=8)
        ws.row_dimensions[r].height = 15
        r += 1
    return r


# ---------------------------------------------------------------- 七飯町 (XLSX document, portrait)
NANAE_HEAD = (
    "区分",
    "No.",
    "指標名",
    "単位",
    "R4実績",
    "R5実績",
    "R6目標",
    "R6実績",
    "達成度",
    "R8目標\n（最終）",
)
# (No., name, unit, R4実績, R5実績, R6目標, R6実績, 達成度, R8目標, number format)
NANAE_ACT = (
    (1, "体験型観光プログラムの実施回数", "回", 42, 48, 50, 53, "◎", 60, None),
    (2, "観光PR・商談会への出展回数", "回", 6, 8, 10, 9, "○", 12, None),
)
NANAE_OUT = (
    (
        3,
        "大沼地区の観光入込客数",
        "千人",
        1452.6,
        1618.3,
        1700.0,
        "1,589.0（速報値）",
        "○",
        1900.0,
        "#,##0.0",
    ),
    (
        4,
        "大沼地区の観光入込客数の対前年度増減率",
        "％",
        22.0,
        11.4,
        3.0,
        -1.8,
        "△",
        3.0,
        SIGNED,
    ),
    (5, "大沼観光案内所での外国人観光客の案内件数", "件", 2140, 3866, 4000, 4215, "◎", 4500, None),
)


def build_nanae():
    wb = Workbook()
    ws = wb.active
    ws.title = "事務事業評価"
    widths = dict(zip("ABCDEFGHIJ", (7, 5, 30, 6, 9, 9, 9, 15, 7, 10)))
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    merge(
        ws,
        "A1:J1",
        "令和７年度　事務事業評価シート（令和６年度実施事業）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:J2", "作成日　令和7年7月25日　　七飯町", h="right")
    put(ws, "A4", "１　事業の概要", size=11, bold=True, wrap=False)
    fields = [
        ("事務事業名", "大沼国定公園誘客促進事業"),
        ("担当課", "商工観光課　観光振興係"),
        ("関連計画", "七飯町観光振興計画（令和4年度～令和8年度）"),
        ("事業期間", "令和4年度～令和8年度（5年間）"),
        ("事業費（R6決算）", "14,260千円（うち国庫補助金　5,000千円）"),
        (
            "事業の概要",
            "本町は渡島半島の南部、函館市から約16kmに位置し、面積は216.75km²、道内で最も温暖な気候に恵まれた町である。"
            "北部の大沼国定公園は、活火山の駒ヶ岳（1,131m）と大沼・小沼・蓴菜沼からなり、昭和33年（1958年）に道内で初めての国定公園に指定された。"
            "ラムサール条約湿地にも登録され、日本新三景の一つに数えられる。大沼地区の観光客は平成3年（1991年）の297万人をピークに減少し、令和2年度（2020年度）には119万人まで落ち込んだが、"
            "町全体の観光客入込総数は令和5年度（2023年度）に195万人まで回復している。"
            "本事業では、湖畔の自然を生かした体験型観光プログラムを実施し、道外・海外での観光PRと大沼観光案内所での多言語案内を行う。",
        ),
    ]
    r = fields_block(ws, 5, fields, ("A", "B"), ("C", "J"), {"事業の概要": 96})
    r += 1
    put(ws, f"A{r}", "２　指標の推移", size=11, bold=True, wrap=False)
    merge(
        ws,
        f"E{r}:J{r}",
        "達成度　◎：目標を達成　○：目標の80％以上　△：目標の80％未満",
        size=8,
        h="right",
    )
    r += 1
    head = r
    for col, text in zip("ABCDEFGHIJ", NANAE_HEAD):
        put(ws, f"{col}{head}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[head].height = 30
    r = head + 1
    for group, rows in (("活動指標", NANAE_ACT), ("成果指標", NANAE_OUT)):
        first = r
        for no, name, unit, *vals, fmt in rows:
            put(ws, f"B{r}", no, box=True, h="center")
            put(ws, f"C{r}", name, box=True)
            put(ws, f"D{r}", unit, box=True, h="center")
            for col, v in zip("EFGHIJ", vals):
                if col == "I":
                    put(ws, f"{col}{r}", v, box=True, h="center", size=11)
                else:
                    put(ws, f"{col}{r}", v, box=True, h="right", fmt=fmt)
            ws.row_dimensions[r].height = 30
            r += 1
        merge(ws, f"A{first}:A{r - 1}", group, box=True, h="center")
    r = notes_block(
        ws,
        r,
        [
            "※1　No.3のR6実績は速報値である（確定値は令和7年10月に公表予定）。",
            "※2　No.4は、No.3の観光入込客数の前年度からの増減率である（△は減少）。",
            "※3　達成度は、R6目標に対するR6実績の割合により判定した。",
        ],
        "J",
    )
    r += 1
    put(ws, f"A{r}", "３　評価", size=11, bold=True, wrap=False)
    r += 1
    fields = [
        ("事業の評価", "B（概ね順調）"),
        ("今後の方向性", "継続"),
        (
            "評価の理由",
            "体験型観光プログラムと外国人観光客への案内は目標を上回った。一方、令和6年度の大沼地区の観光入込客数は、夏の天候不順により前年度を下回り、目標に届かなかった。"
            "令和7年度は、新函館北斗駅からの二次交通と組み合わせた周遊プランの造成に取り組む。",
        ),
    ]
    r = fields_block(ws, r, fields, ("A", "B"), ("C", "J"), {"評価の理由": 42})
    page(ws, landscape=False)
    save(wb, HERE / "nanae_onuma_jimujigyo_r6.xlsx")


# ---------------------------------------------------------------- 平内町 (HTML)
# (label, name, unit, 事業開始前, 2021 目標, 2021 実績, 2022 目標, 2022 実績, 2023 目標, 2023 実績, 達成状況)
HIRANAI_ROWS = (
    ("①", "ホタテガイ養殖の新規就業者数", "人", "2", "3", "3", "3", "4", "3", "2", "未達成"),
    (
        "②",
        "ホタテ加工品の町外向け販売額",
        "百万円",
        "412.6",
        "430.0",
        "441.8",
        "450.0",
        "468.2",
        "470.0",
        "492.5",
        "達成",
    ),
    (
        "③",
        "高水温対策（稚貝の深吊り養殖）に取り組む漁業者の割合<sup>※1</sup>",
        "％",
        "―",
        "―",
        "―",
        "30.0",
        "28.4",
        "50.0",
        "61.2",
        "達成",
    ),
    (
        "④",
        "ホタテと夏泊半島の食・体験ツアーの参加者数",
        "人",
        "180",
        "200",
        "236",
        "300",
        "341",
        "400",
        "388",
        "未達成",
    ),
)
HIRANAI_REF = (
    "（参考）",
    "ホタテガイ水揚金額（平内町漁協・暦年）<sup>※2</sup>",
    "億円",
    "―",
    "",
    "74.6",
    "",
    "86.2",
    "",
    "81.5",
    "",
)


def hiranai_rows():
    out = []
    for label, name, unit, *vals, status in HIRANAI_ROWS:
        cells = "".join(f"<td>{v}</td>" for v in vals)
        out.append(
            f'<tr><td class="c">{label}</td><td class="name">{name}</td><td class="c">{unit}</td>{cells}<td class="c">{status}</td></tr>\n'
        )
    label, name, unit, *vals, status = HIRANAI_REF
    cells = "".join(f"<td>{v}</td>" for v in vals)
    out.append(
        f'<tr class="ref"><td class="c">{label}</td><td class="name">{name}</td><td class="c">{unit}</td>{cells}<td class="c">{status}</td></tr>\n'
    )
    return "".join(out)


HIRANAI = (
    """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>令和５年度　地方創生関係交付金事業の効果検証（陸奥湾ホタテ養殖持続・販路拡大事業） - 平内町</title>
<style>
table { border-collapse: collapse; }
th, td { border: 1px solid #333; padding: 2px 6px; }
td { text-align: right; }
td.name { text-align: left; }
td.c { text-align: center; }
tr.ref td { background: #f2f2f2; color: #444; }
dt { font-weight: bold; }
</style>
</head>
<body>
<nav aria-label="パンくずリスト"><ol>
<li><a href="/">ホーム</a></li>
<li><a href="/soshiki/">町政情報</a></li>
<li><a href="/soshiki/chihososei/">地方創生</a></li>
<li>交付金事業の効果検証（令和５年度）</li>
</ol></nav>
<main>
<h1>令和５年度　地方創生関係交付金事業の効果検証（陸奥湾ホタテ養殖持続・販路拡大事業）</h1>
<p class="update">更新日：2024年10月15日　担当：水産商工観光課</p>
<p>平内町は青森県のほぼ中央、陸奥湾に突き出た夏泊半島に位置する町で、面積は217.09km²です。昭和30年（1955年）3月31日に小湊町・東平内村・西平内村の1町2村が合併して誕生しました。浅所海岸は特別天然記念物「小湊のハクチョウおよびその渡来地」として知られ、椿山は「ツバキ自生北限地帯」として天然記念物に指定されています。</p>
<p>町の基幹産業は養殖ホタテで、本町は養殖ホタテ発祥の地として青森県の生産量の約半分を担っています。令和5年の平内町漁業協同組合の水揚げ金額はおよそ81億5千万円と当初の計画を上回る見込みとなりましたが、令和4年からラーバ（幼生）の出現数が減り、令和5年夏の記録的な高水温で稚貝が大量にへい死するなど、養殖の持続に向けた対策が急がれています。</p>
<dl>
<dt>交付対象事業の名称</dt><dd>陸奥湾ホタテ養殖持続・販路拡大事業</dd>
<dt>交付金の種類</dt><dd>デジタル田園都市国家構想交付金（地方創生推進タイプ）</dd>
<dt>事業期間</dt><dd>令和3年度～令和5年度（3か年）</dd>
<dt>総事業費</dt><dd>3か年計　36,900千円（うち交付金　18,450千円）</dd>
<dt>担当課</dt><dd>水産商工観光課</dd>
</dl>
<h2>重要業績評価指標（KPI）の実績</h2>
<p>達成状況は、事業最終年度（2023年度）の目標値と実績値を比べたものです。</p>
<table>
<thead>
<tr><th scope="col" rowspan="2">No.</th><th scope="col" rowspan="2">重要業績評価指標（KPI）</th><th scope="col" rowspan="2">単位</th><th scope="col" rowspan="2">事業開始前<br>（2021年3月末）</th><th scope="colgroup" colspan="2">2021年度</th><th scope="colgroup" colspan="2">2022年度</th><th scope="colgroup" colspan="2">2023年度</th><th scope="col" rowspan="2">達成状況<br>（2023年度）</th></tr>
<tr><th scope="col">目標</th><th scope="col">実績</th><th scope="col">目標</th><th scope="col">実績</th><th scope="col">目標</th><th scope="col">実績</th></tr>
</thead>
<tbody>
"""
    + hiranai_rows()
    + """</tbody>
</table>
<p>※1　③は、令和4年度（2022年度）に事業内容を見直した際に設けた指標のため、それ以前の値はありません。</p>
<p>※2　（参考）は町の基幹産業の動向を示すもので、KPIではありません。水揚金額は暦年（1月～12月）の値で、2023年は見込みです。</p>
<h2>今後の方針</h2>
<p>交付金事業は令和5年度で終了しましたが、加工品の販路拡大と高水温対策は町の単独事業として継続します。新規就業者の確保については、漁協と連携し、研修の受入れ期間を1年から2年に延ばして取り組みます。</p>
</main>
<footer><p>平内町役場　水産商工観光課</p></footer>
</body>
</html>
"""
)


def build_hiranai():
    (HERE / "hiranai_hotate_kofukin_kensho_r5.html").write_text(HIRANAI, encoding="utf-8")


# ---------------------------------------------------------------- 大仙市 (PDF, portrait)
DAISEN_ACT = (
    ("ア", "はなび・アムでの花火体験教室の開催回数", "回", 24, 30, 36),
    ("イ", "花火鑑賞士講座・花火講演会の受講者数", "人", 186, 214, 240),
)
# (No., name, unit, 基準値, R4, R5, R6 実績, R6 目標, R7 目標, 達成状況)
DAISEN_OUT = (
    (
        1,
        "全国花火競技大会「大曲の花火」の観覧者数",
        "万人",
        "約75",
        "約70",
        "約72",
        "約73",
        75,
        75,
        "未達成",
    ),
    (
        2,
        "花火伝統文化継承資料館「はなび・アム」の来館者数",
        "千人",
        62.4,
        38.5,
        45.2,
        48.9,
        48.0,
        55.0,
        "達成",
    ),
    (
        3,
        "花火関連産業の新規雇用者数",
        "人",
        "―",
        "延べ14",
        "延べ20",
        "延べ27",
        "R3～R7の5年間で延べ30人",
        None,
        "―",
    ),
    (
        4,
        "市内事業者による花火関連商品の販売額",
        "百万円",
        186.0,
        201.4,
        214.8,
        226.3,
        220.0,
        240.0,
        "達成",
    ),
)


def build_daisen():
    wb = Workbook()
    ws = wb.active
    ws.title = "成果説明書"
    for col, w in zip("ABCDEFGHIJ", (5, 27, 6, 8, 7, 7, 7, 8, 9, 9)):
        ws.column_dimensions[col].width = w
    merge(ws, "A1:J1", "令和６年度　主要施策の成果説明書（抜粋）", size=14, bold=True, h="center")
    merge(ws, "A2:J2", "令和7年9月　大仙市", h="right")
    put(ws, "A4", "１　事業の概要", size=11, bold=True, wrap=False)
    fields = [
        ("施策", "花火を核とした観光の振興"),
        ("事業名", "花火産業構想推進事業"),
        ("所管課", "観光文化スポーツ部　観光交流課"),
        ("会計区分", "一般会計　7款 商工費　1項 商工費　3目 観光費"),
        ("決算額", "令和6年度　48,620千円（うち国庫補助金　12,000千円）"),
        ("関連計画", "大仙市花火産業構想（平成26年3月策定）"),
        (
            "事業の内容",
            "本市は、平成17年（2005年）3月22日に大曲市と仙北郡の7町村が合併して誕生した市で、面積は866.79km²、人口は76,277人（2023年2月28日）である。"
            "明治43年（1910年）に始まった全国花火競技大会「大曲の花火」は、令和元年（2019年）にはおよそ75万人が訪れたが、令和2年と令和3年は新型コロナウイルス感染症のため開催を見送り、令和4年（2022年）に3年ぶりに第94回大会を開いた。"
            "平成26年3月に市、大曲商工会議所、大仙市商工会の3者で策定した大仙市花火産業構想に基づき、平成30年（2018年）8月5日に花火伝統文化継承資料館「はなび・アム」（鉄骨造4階建て、延べ床面積1,661㎡）を開館し、約1万4千点の花火資料を収集・展示している。"
            "本事業では、はなび・アムでの体験教室と講座を開き、花火を生かした商品開発と人材育成を支援する。",
        ),
    ]
    r = fields_block(ws, 5, fields, ("A", "B"), ("C", "J"), {"事業の内容": 96})
    r += 1
    put(ws, f"A{r}", "２　事業の成果", size=11, bold=True, wrap=False)
    r += 1
    put(ws, f"A{r}", "（１）事業の実績", size=10, bold=True, wrap=False)
    r += 1
    for col, text in zip("ABCDEF", ("記号", "項目", "単位", "R4実績", "R5実績", "R6実績")):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[r].height = 18
    r += 1
    for row in DAISEN_ACT:
        for col, v in zip("ABCDEF", row):
            h = "left" if col == "B" else ("center" if col in "AC" else "right")
            put(ws, f"{col}{r}", v, box=True, h=h)
        ws.row_dimensions[r].height = 22
        r += 1
    r += 1
    put(ws, f"A{r}", "（２）成果指標", size=10, bold=True, wrap=False)
    r += 1
    h1, h2 = r, r + 1
    for col, text in zip("ABCD", ("No.", "成果指標", "単位", "基準値\n（R元）")):
        merge(ws, f"{col}{h1}:{col}{h2}", text, bold=True, box=True, shade=True, h="center")
    merge(ws, f"E{h1}:G{h1}", "実績", bold=True, box=True, shade=True, h="center")
    for col, text in zip("EFG", ("R4", "R5", "R6")):
        put(ws, f"{col}{h2}", text, bold=True, box=True, shade=True, h="center")
    merge(ws, f"H{h1}:I{h1}", "目標", bold=True, box=True, shade=True, h="center")
    put(ws, f"H{h2}", "R6", bold=True, box=True, shade=True, h="center")
    put(ws, f"I{h2}", "R7（最終）", bold=True, box=True, shade=True, h="center")
    merge(ws, f"J{h1}:J{h2}", "達成状況\n（R6）", bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[h1].height = 18
    ws.row_dimensions[h2].height = 18
    r = h2 + 1
    for no, name, unit, base, a4, a5, a6, t6, t7, status in DAISEN_OUT:
        put(ws, f"A{r}", no, box=True, h="center")
        put(ws, f"B{r}", name, box=True)
        put(ws, f"C{r}", unit, box=True, h="center")
        for col, v in zip("DEFG", (base, a4, a5, a6)):
            put(ws, f"{col}{r}", v, box=True, h="right")
        if t7 is None:
            merge(ws, f"H{r}:I{r}", t6, box=True, h="center")
        else:
            put(ws, f"H{r}", t6, box=True, h="right")
            put(ws, f"I{r}", t7, box=True, h="right")
        put(ws, f"J{r}", status, box=True, h="center")
        ws.row_dimensions[r].height = 30
        r += 1
    r = notes_block(
        ws,
        r,
        [
            "※1　No.1は、大会委員会が発表した観覧者数（概数）である。",
            "※2　No.3は、令和3年度からの累計（延べ人数）である。目標を5年間の累計で定めているため、達成状況は最終年度（令和7年度）に判定する。",
            "※3　基準値は、新型コロナウイルス感染症の影響を受ける前の令和元年度の値である。",
        ],
        "J",
    )
    r += 1
    put(ws, f"A{r}", "（３）成果と今後の方向性", size=10, bold=True, wrap=False)
    r += 1
    merge(
        ws,
        f"A{r}:J{r}",
        "令和6年8月31日の第96回大会は、台風10号の接近が心配されたものの予定どおり開催できた。はなび・アムの来館者数と花火関連商品の販売額は目標を上回ったが、大会の観覧者数はコロナ禍前の水準に届いていない。"
        "令和7年度は、大会当日以外にも花火を楽しめる「毎月花火が打ち上がる街」の取組を県外に発信し、通年での誘客を図る。",
        box=True,
    )
    ws.row_dimensions[r].height = 48
    page(ws, landscape=False)
    save(wb, SRC / "daisen_hanabi_shuyo_seika_r6.xlsx")


# ---------------------------------------------------------------- 古殿町 (CSV, open data, UTF-8 with BOM)
FURUDONO = [
    ["タイトル", "古殿町過疎地域持続的発展計画　成果指標の進捗状況（令和6年度）"],
    ["公表日", "令和7年9月30日"],
    ["計画の名称", "古殿町過疎地域持続的発展計画"],
    ["計画期間", "令和3年度～令和7年度（5年間）"],
    ["取りまとめ", "総務課　企画係"],
    [
        "町の概要",
        "古殿町は福島県中通りの南東部、阿武隈山系の標高300m～500mに位置する町で、面積は163.29km²、人口は4,315人（2024年10月1日推計）です。"
        "昭和30年（1955年）3月31日に宮本村と竹貫村が合併して古殿村となり、昭和32年（1957年）に町制を施行しました。"
        "最高峰の三株山は標高841.8mで、鮫川が町を東西に横断しています。毎年10月の第2土曜日・日曜日に行われる古殿八幡神社例大祭の笠懸・流鏑馬は、800年の歴史をもつ福島県の重要無形民俗文化財です。",
    ],
    [
        "注記",
        "基準値は令和2年度の値です。ただし、No.4は町民アンケートを行った年度の値で、値の後ろに年度を記しています。"
        "「（再掲）」は、ほかの分野に掲げた指標を再び掲げたものです。「未集計」は、令和6年度のアンケートの結果を集計中のものです。",
    ],
    [],
    ["■成果指標の進捗状況"],
    [
        "分野",
        "No.",
        "成果指標",
        "単位",
        "基準値（R2）",
        "R4実績",
        "R5実績",
        "R6目標",
        "R6実績",
        "目標値（R7）",
        "担当課",
    ],
    [
        "1　移住・定住・地域間交流の促進、人材育成",
        "1",
        "空き家バンクを通じた移住者数",
        "人",
        "4",
        "7",
        "9",
        "10",
        "11",
        "12",
        "地域振興課",
    ],
    [
        "2　産業の振興",
        "2",
        "ふるどの産直市の年間販売額",
        "千円",
        "18,240",
        "21,360",
        "22,815",
        "24,000",
        "23,460",
        "25,000",
        "産業振興課",
    ],
    [
        "4　交通施設の整備、交通手段の確保",
        "3",
        "デマンド型乗合タクシーの利用者数",
        "人",
        "3,412",
        "3,905",
        "4,128",
        "4,300",
        "4,356",
        "4,500",
        "総務課",
    ],
    [
        "9　集落の整備",
        "4",
        "「これからも古殿町に住み続けたい」と答えた町民の割合",
        "％",
        "68.4（R元）",
        "70.1",
        "71.3",
        "73.0",
        "未集計",
        "75.0",
        "地域振興課",
    ],
    [
        "9　集落の整備",
        "5",
        "空き家バンクを通じた移住者数（再掲）",
        "人",
        "4",
        "7",
        "9",
        "10",
        "11",
        "12",
        "地域振興課",
    ],
]


def build_furudono():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    width = max(len(row) for row in FURUDONO)
    for row in FURUDONO:
        w.writerow(row + [""] * (width - len(row)) if row else [])
    (HERE / "furudono_kaso_seika_shihyo_r6.csv").write_bytes(
        b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8")
    )


def to_pdf():
    for name in ("daisen_hanabi_shuyo_seika_r6",):
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
    build_nanae()
    build_hiranai()
    build_daisen()
    build_furudono()
    if "--no-pdf" not in sys.argv:
        to_pdf()


if __name__ == "__main__":
    main()
