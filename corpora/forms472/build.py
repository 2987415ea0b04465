"""Build the forms472 documents.

Writes the workbook document yatomi_senryaku_kpi_h30.xlsx (left as it is), the HTML page
kozagawa_kaso_mokuhyo_r5.html, and source/kuwana_suishin_kpi_kensho_r5.xlsx and
source/ide_sogo5_shihyo_r5.xlsx, which LibreOffice converts to one-page A4 PDFs
(kuwana_suishin_kpi_kensho_r5.pdf landscape, ide_sogo5_shihyo_r5.pdf portrait).
XLSX and HTML are byte-stable (fixed zip entry times and core-property dates).
Run: /work/venv/bin/python build.py [--no-pdf]
"""

# ruff: noqa: E501, B905
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
from openpyxl.utils import get_column_letter

HERE = Path(__file__).resolve().parent
SRC = HERE / "source"
FONT = "IPAexGothic"
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
SHADE = PatternFill("solid", fgColor="D9D9D9")
LIGHT = PatternFill("solid", fgColor="F2F2F2")
FIXED = "2025-07-01T00:00:00Z"


def stabilize(path):
    """Rewrite an XLSX with fixed timestamps so that two builds give the same bytes."""
    data = path.read_bytes()
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as zin,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout,
    ):
        for item in sorted(zin.infolist(), key=lambda i: i.filename):
            body = zin.read(item.filename)
            if item.filename == "docProps/core.xml":
                text = body.decode("utf-8")
                text = re.sub(r"(<dcterms:created[^>]*>)[^<]*", r"\g<1>" + FIXED, text)
                text = re.sub(r"(<dcterms:modified[^>]*>)[^<]*", r"\g<1>" + FIXED, text)
                body = text.encode("utf-8")
            info = zipfile.ZipInfo(item.filename, date_time=(2025, 7, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            zout.writestr(info, body)
    path.write_bytes(out.getvalue())


def new_sheet(title, widths):
    wb = Workbook()
    ws = wb.active
    ws.title = title
    for i, w in zip(range(1, len(widths) + 1), widths):
        ws.column_dimensions[get_column_letter(i)].width = w
    wb.properties.creator = "forms472"
    return wb, ws


def put(
    ws, ref, value, bold=False, size=10, box=False, fill=None, align="left", wrap=True, fmt=None
):
    c = ws[ref]
    c.value = value
    c.font = Font(name=FONT, size=size, bold=bold)
    c.alignment = Alignment(horizontal=align, vertical="center", wrap_text=wrap)
    if box:
        c.border = BOX
    if fill:
        c.fill = fill
    if fmt:
        c.number_format = fmt
    return c


def box_range(ws, ref, fill=None):
    for row in ws[ref]:
        for c in row:
            c.border = BOX
            if fill:
                c.fill = fill


def merge(ws, ref, value, fill=None, boxed=True, **kw):
    first = ref.split(":")[0]
    put(ws, first, value, fill=fill, **kw)
    if boxed:
        box_range(ws, ref, fill)
    ws.merge_cells(ref)


def num_fmt(v):
    """Number format for a stored number: thousands separator, one decimal for floats."""
    if isinstance(v, float):
        return "#,##0.0"
    return "#,##0"


def cell_value(ws, ref, v, align="right"):
    """A value cell: numbers stored as numbers with a format, text as text."""
    if isinstance(v, (int, float)):
        put(ws, ref, v, box=True, align=align, fmt=num_fmt(v))
    else:
        put(ws, ref, v, box=True, align=align)


def page_setup(ws, landscape, last_col, last_row):
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_area = f"A1:{last_col}{last_row}"
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.6


def form_rows(ws, start, last_col, fields, label_ref="A{r}:B{r}", value_first="C"):
    """Bordered key-value rows above a grid: label merged over two columns, value over the rest."""
    r = start
    for label, value, height in fields:
        merge(ws, label_ref.format(r=r), label, fill=LIGHT, bold=True)
        merge(ws, f"{value_first}{r}:{last_col}{r}", value)
        ws.row_dimensions[r].height = height
        r += 1
    return r


# ---------------------------------------------------------------- 弥富市 (XLSX document, left as it is)
# Real: 弥富市まち・ひと・しごと創生総合戦略 (平成28年2月策定), the merger of 平成18年4月1日 (弥富町 + 十四山村),
# 48.28㎢, 44,405人 and 17,822世帯 (平成31年3月1日), 金魚 (生産量日本一), 秘書企画課.
# Assumed: the period 平成27年度～平成31年度. Made up: the sheet, its date, the 基本目標 wording, every KPI and value.
def build_yatomi():
    wb, ws = new_sheet("KPI進捗（H30）", [6, 36, 7, 12, 11, 11, 11, 12, 28])
    merge(
        ws,
        "A1:I1",
        "弥富市まち・ひと・しごと創生総合戦略　重要業績評価指標（ＫＰＩ）進捗管理表（平成３０年度）",
        boxed=False,
        bold=True,
        size=13,
        align="center",
    )
    ws.row_dimensions[1].height = 24
    merge(ws, "A2:I2", "令和元年8月　弥富市 総務部 秘書企画課", boxed=False, align="right")
    r = form_rows(
        ws,
        4,
        "I",
        [
            ("戦略の名称", "弥富市まち・ひと・しごと創生総合戦略（平成28年2月策定）", 18),
            ("計画期間", "平成27年度～平成31年度（5年間）", 18),
            ("担当課", "秘書企画課", 18),
            (
                "市の概要",
                "平成18年4月1日に弥富町と十四山村が合併して市制を施行。面積48.28㎢、人口44,405人・17,822世帯（平成31年3月1日現在）。金魚の生産量日本一のまち。",
                32,
            ),
        ],
    )
    r += 1
    put(
        ws,
        f"A{r}",
        "■基本目標１　金魚のまちの魅力を高め、安定したしごとをつくる",
        bold=True,
        size=11,
        wrap=False,
    )
    r += 1
    heads = [
        "No.",
        "重要業績評価指標（KPI）",
        "単位",
        "基準値（H26）",
        "H29実績",
        "H30目標",
        "H30実績",
        "目標値（H31）",
        "備考",
    ]
    for col, h in zip("ABCDEFGHI", heads):
        put(ws, f"{col}{r}", h, bold=True, box=True, fill=SHADE, align="center")
    ws.row_dimensions[r].height = 22
    rows = [
        (
            1,
            "金魚の年間出荷尾数",
            "千尾",
            62000,
            57100,
            60000,
            55800,
            60000,
            "市内養魚場からの出荷（組合調べ）",
        ),
        (
            2,
            "観光交流施設の年間利用者数",
            "人",
            98500,
            104200,
            105000,
            107900,
            110000,
            "H29.4に展示施設を改装",
        ),
        (
            3,
            "弥富市に愛着を感じる市民の割合",
            "％",
            71.4,
            73.0,
            75.0,
            74.2,
            80.0,
            "市民意識調査（毎年度）",
        ),
        (
            4,
            "子育てしやすいまちだと思う市民の割合",
            "％",
            62.8,
            66.1,
            68.0,
            69.5,
            None,
            "市民意識調査（毎年度）",
        ),
        (
            5,
            "子育て支援センターの年間利用者数",
            None,
            "1,180人",
            "1,450人",
            "1,600人",
            "1,520人",
            "1,800人",
            None,
        ),
    ]
    first = r + 1
    for no, name, unit, *vals, note in rows:
        r += 1
        put(ws, f"A{r}", no, box=True, align="center")
        put(ws, f"B{r}", name, box=True)
        put(ws, f"C{r}", unit, box=True, align="center")
        for col, v in zip("DEFGH", vals):
            if v is None:
                continue
            cell_value(ws, f"{col}{r}", v)
        put(ws, f"I{r}", note, box=True, size=9)
        ws.row_dimensions[r].height = 20
    # the H31 target of No.3 and No.4 is one merged cell
    ws.merge_cells(f"H{first + 2}:H{first + 3}")
    ws[f"H{first + 3}"].border = BOX
    ws[f"D{first + 2}"].number_format = ws[f"E{first + 2}"].number_format = "0.0"
    for col in "DEFGH":
        for rr in (first + 2, first + 3):
            if isinstance(ws[f"{col}{rr}"].value, float):
                ws[f"{col}{rr}"].number_format = "0.0"
    r += 1
    put(ws, f"A{r}", "※No.3・No.4の目標値（H31）は、いずれも80.0％です。", size=9, wrap=False)
    r += 1
    put(ws, f"A{r}", "※No.5は子育て支援課の集計表から転記しています。", size=9, wrap=False)
    page_setup(ws, True, "I", r)
    out = HERE / "yatomi_senryaku_kpi_h30.xlsx"
    wb.save(out)
    stabilize(out)
    return out


# ---------------------------------------------------------------- 桑名市 (PDF, landscape)
# Real: 桑名市まち・ひと・しごと創生推進計画 (地域再生計画), 136.68km², 141,045人 (2020年, 住民基本台帳),
# ハマグリ・シジミ, 鋳物, 六華苑, 七里の渡跡. Assumed: the period. Made up: the sheet, date, 課, every KPI and value.
def build_kuwana():
    wb, ws = new_sheet("KPI効果検証", [7, 34, 7, 13, 11, 11, 10, 18, 9, 13])
    merge(
        ws,
        "A1:J1",
        "桑名市まち・ひと・しごと創生推進計画　重要業績評価指標（KPI）効果検証シート（令和５年度）",
        boxed=False,
        bold=True,
        size=13,
        align="center",
    )
    ws.row_dimensions[1].height = 24
    merge(ws, "A2:J2", "令和6年8月　桑名市 政策推進課", boxed=False, align="right")
    r = form_rows(
        ws,
        4,
        "J",
        [
            ("地域再生計画の名称", "桑名市まち・ひと・しごと創生推進計画", 18),
            ("計画期間", "令和3年4月1日～令和8年3月31日", 18),
            ("担当課", "政策推進課", 18),
            (
                "市の概要",
                "三重県の北部、木曽三川の河口に位置し、面積は136.68km²。住民基本台帳による総人口は2020年に141,045人。ハマグリ・シジミなどの貝類や鋳物製造で知られ、六華苑や七里の渡跡などの歴史資源を有する。",
                32,
            ),
        ],
    )
    r += 1
    put(ws, f"A{r}", "■重要業績評価指標（KPI）の達成状況", bold=True, size=11, wrap=False)
    r += 1
    h1, h2 = r, r + 1
    merge(ws, f"A{h1}:B{h2}", "重要業績評価指標（KPI）", fill=SHADE, bold=True, align="center")
    merge(ws, f"C{h1}:C{h2}", "単位", fill=SHADE, bold=True, align="center")
    merge(ws, f"D{h1}:D{h2}", "事業開始前\n（2020年度）", fill=SHADE, bold=True, align="center")
    merge(ws, f"E{h1}:F{h1}", "実績値", fill=SHADE, bold=True, align="center")
    put(ws, f"E{h2}", "2021年度", bold=True, box=True, fill=SHADE, align="center")
    put(ws, f"F{h2}", "2022年度", bold=True, box=True, fill=SHADE, align="center")
    merge(ws, f"G{h1}:I{h1}", "2023年度", fill=SHADE, bold=True, align="center")
    for col, h in zip("GHI", ["目標", "実績", "達成状況"]):
        put(ws, f"{col}{h2}", h, bold=True, box=True, fill=SHADE, align="center")
    merge(ws, f"J{h1}:J{h2}", "最終目標\n（2025年度）", fill=SHADE, bold=True, align="center")
    ws.row_dimensions[h1].height = 20
    ws.row_dimensions[h2].height = 20
    r = h2
    rows = [
        (
            "KPI①",
            "六華苑・七里の渡跡周辺の観光入込客数",
            "千人",
            412.5,
            398.0,
            441.2,
            450.0,
            468.3,
            "○",
            500.0,
        ),
        (
            "KPI②",
            "ふるさと納税の寄附件数",
            "件",
            1240,
            1530,
            1890,
            2200,
            "2,150（R6.3末見込）",
            "×",
            2600,
        ),
        ("KPI③", "観光情報に満足した来訪者の割合", "％", 58.0, 60.2, "―", 65.0, 63.4, "×", 70.0),
        ("KPI④", "転出超過数の減少", "人", 286, 244, 251, 200, 188, "○", 150),
    ]
    for label, name, unit, *vals, mark, final in rows:
        r += 1
        put(ws, f"A{r}", label, box=True, align="center")
        put(ws, f"B{r}", name, box=True)
        put(ws, f"C{r}", unit, box=True, align="center")
        for col, v in zip("DEFGH", vals):
            cell_value(ws, f"{col}{r}", v)
        put(ws, f"I{r}", mark, box=True, align="center")
        cell_value(ws, f"J{r}", final)
        ws.row_dimensions[r].height = 22
    r += 1
    put(
        ws,
        f"A{r}",
        "達成状況　○：2023年度目標を達成　×：2023年度目標に達していない",
        size=9,
        wrap=False,
    )
    r += 1
    put(
        ws,
        f"A{r}",
        "※KPI②の2023年度実績は令和6年3月末時点の見込みで、確定値は令和6年5月に公表予定です。",
        size=9,
        wrap=False,
    )
    r += 1
    put(
        ws,
        f"A{r}",
        "※KPI③の2022年度は来訪者アンケートを実施していないため「―」としています。",
        size=9,
        wrap=False,
    )
    page_setup(ws, True, "J", r)
    out = SRC / "kuwana_suishin_kpi_kensho_r5.xlsx"
    wb.save(out)
    stabilize(out)
    return out


# ---------------------------------------------------------------- 井手町 (PDF, portrait)
# Real: 第5次井手町総合計画 (10年間) and its 将来像, 18.04km², 約7割が山林, 玉川 (平成の名水百選), 7,088人
# (2024年4月1日推計). Assumed: the period 令和3年度～令和12年度. Made up: the sheet, 施策, 課, every indicator and value.
def build_ide():
    wb, ws = new_sheet("施策2-3", [6, 34, 7, 12, 9, 9, 9, 10, 10])
    merge(
        ws,
        "A1:I1",
        "第５次井手町総合計画　成果指標・活動指標の状況（令和５年度）",
        boxed=False,
        bold=True,
        size=13,
        align="center",
    )
    ws.row_dimensions[1].height = 24
    merge(ws, "A2:I2", "令和6年7月　井手町 企画財政課", boxed=False, align="right")
    r = form_rows(
        ws,
        4,
        "I",
        [
            ("計画の名称", "第5次井手町総合計画", 18),
            (
                "将来像",
                "～居心地よく、住んでみたい、住み続けたい～\n安心・安全で豊かな自然と利便性が共存する新しいまち",
                32,
            ),
            ("計画期間", "令和3年度～令和12年度（10年間）", 18),
            ("施策名", "2-3　交流と定住の促進", 18),
            ("担当課", "企画財政課", 18),
            (
                "町の概要",
                "面積18.04km²、町域の約7割が山林。平成の名水百選「玉川」が町を東西に流れる。人口7,088人（2024年4月1日推計）。",
                32,
            ),
        ],
    )
    r += 1
    put(ws, f"A{r}", "２　成果指標", bold=True, size=11, wrap=False)
    r += 1
    h1, h2 = r, r + 1
    merge(ws, f"A{h1}:A{h2}", "No.", fill=SHADE, bold=True, align="center")
    merge(ws, f"B{h1}:B{h2}", "成果指標", fill=SHADE, bold=True, align="center")
    merge(ws, f"C{h1}:C{h2}", "単位", fill=SHADE, bold=True, align="center")
    merge(ws, f"D{h1}:D{h2}", "策定時（R元）", fill=SHADE, bold=True, align="center")
    merge(ws, f"E{h1}:G{h1}", "実績値", fill=SHADE, bold=True, align="center")
    for col, h in zip("EFG", ["R3", "R4", "R5"]):
        put(ws, f"{col}{h2}", h, bold=True, box=True, fill=SHADE, align="center")
    merge(ws, f"H{h1}:I{h1}", "目標値", fill=SHADE, bold=True, align="center")
    put(ws, f"H{h2}", "中間（R7）", bold=True, box=True, fill=SHADE, align="center")
    put(ws, f"I{h2}", "最終（R12）", bold=True, box=True, fill=SHADE, align="center")
    r = h2
    rows = [
        (1, "玉川堤の桜まつり来場者数", "人", 12000, 5800, 9600, 13400, 15000, 18000),
        (2, "町内の年間出生数", "人", 38, 31, 29, 33, 40, 45),
        (3, "住み続けたいと思う町民の割合", "％", 72.5, 73.6, "―", 74.1, 75.0, 80.0),
    ]
    for no, name, unit, *vals in rows:
        r += 1
        put(ws, f"A{r}", no, box=True, align="center")
        put(ws, f"B{r}", name, box=True)
        put(ws, f"C{r}", unit, box=True, align="center")
        for col, v in zip("DEFGHI", vals):
            cell_value(ws, f"{col}{r}", v)
        ws.row_dimensions[r].height = 20
    r += 1
    put(ws, f"A{r}", "※No.1の令和3年度は規模を縮小して開催しました。", size=9, wrap=False)
    r += 1
    put(
        ws,
        f"A{r}",
        "※No.3の町民意識調査は隔年（令和元年度・3年度・5年度）に実施しています。",
        size=9,
        wrap=False,
    )
    r += 2
    put(ws, f"A{r}", "３　主な活動指標", bold=True, size=11, wrap=False)
    put(ws, f"F{r}", "（単位：件）", align="right", wrap=False)
    ws.merge_cells(f"F{r}:G{r}")
    r += 1
    merge(ws, f"A{r}:A{r}", "No.", fill=SHADE, bold=True, align="center")
    merge(ws, f"B{r}:D{r}", "活動指標", fill=SHADE, bold=True, align="center")
    for col, h in zip("EFG", ["令和４年度\n実績", "令和５年度\n実績", "令和６年度\n計画"]):
        put(ws, f"{col}{r}", h, bold=True, box=True, fill=SHADE, align="center")
    ws.row_dimensions[r].height = 30
    for no, name, a, b, c in [
        (1, "空き家バンク登録物件数（累計）", 14, 19, 24),
        (2, "移住・定住相談件数", 27, 35, 40),
    ]:
        r += 1
        put(ws, f"A{r}", no, box=True, align="center")
        merge(ws, f"B{r}:D{r}", name)
        for col, v in zip("EFG", [a, b, c]):
            cell_value(ws, f"{col}{r}", v)
        ws.row_dimensions[r].height = 20
    page_setup(ws, False, "I", r)
    out = SRC / "ide_sogo5_shihyo_r5.xlsx"
    wb.save(out)
    stabilize(out)
    return out


# ---------------------------------------------------------------- 古座川町 (HTML)
# Real: 294.23㎢, 約96%が森林, 大塔山 (標高1,121m), the merger of 昭和31年3月31日 (1町4村), 2,529人 (令和4年1月1日),
# ゆず, 紀州備長炭, 一枚岩. Assumed: the 過疎地域持続的発展計画 and its period 令和3年度～令和7年度.
# Made up: the page, its date, 課, every 目標項目 and value.
KOZAGAWA = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>古座川町過疎地域持続的発展計画 目標の達成状況（令和５年度）｜古座川町</title>
</head>
<body>
<nav class="breadcrumb"><ol>
<li><a href="/">ホーム</a></li>
<li><a href="/gyosei/">町政情報</a></li>
<li><a href="/gyosei/keikaku/">計画・施策</a></li>
<li>古座川町過疎地域持続的発展計画 目標の達成状況（令和５年度）</li>
</ol></nav>
<main>
<h1>古座川町過疎地域持続的発展計画　目標の達成状況（令和５年度）</h1>
<p class="date">更新日：2024年9月27日</p>
<p>古座川町は和歌山県の南東部に位置し、面積294.23㎢のうち約96%が森林です。紀伊半島南部の最高峰、大塔山（標高1,121m）に源を発する古座川が町の中央を流れています。昭和31年3月31日に1町4村が合併して誕生した当時は約1万人いた人口も、令和4年1月1日現在で2,529人となっています。</p>
<p>本計画に掲げた目標の令和５年度までの状況を、次のとおり取りまとめました。</p>
<dl>
<dt>計画の名称</dt><dd>古座川町過疎地域持続的発展計画</dd>
<dt>計画期間</dt><dd>令和3年度～令和7年度</dd>
<dt>担当課</dt><dd>企画課</dd>
</dl>
<h2>目標の達成状況</h2>
<table border="1">
<thead>
<tr><th rowspan="2">区分</th><th rowspan="2">目標項目</th><th rowspan="2">単位</th><th rowspan="2">基準値<br>（令和2年度）</th><th colspan="3">実績値</th><th rowspan="2">目標値</th><th rowspan="2">目標年度</th></tr>
<tr><th>令和3年度</th><th>令和4年度</th><th>令和5年度</th></tr>
</thead>
<tbody>
<tr><th scope="rowgroup" rowspan="2">２　移住・定住・地域間交流の促進、人材育成</th><td>移住相談窓口を通じた移住者数</td><td>人</td><td>6</td><td>8</td><td>5</td><td>9</td><td>累計40</td><td>令和7年度</td></tr>
<tr><td>一枚岩周辺の観光入込客数</td><td>千人</td><td>96.3</td><td>88.1</td><td>101.7</td><td>112.5</td><td>110.0</td><td>令和5年度</td></tr>
<tr><th scope="rowgroup" rowspan="2">３　産業の振興</th><td>ゆず加工品の年間販売額</td><td>千円</td><td>18,400</td><td>19,250</td><td>20,830</td><td>21,600</td><td>24,000</td><td>令和7年度</td></tr>
<tr><td>紀州備長炭の年間生産量</td><td>t</td><td>１２．０</td><td>１１．４</td><td>１０．８</td><td>１１．９</td><td>１２．０</td><td>令和５年度</td></tr>
</tbody>
</table>
<p>※目標年度が令和5年度の項目は、計画の前期（令和3年度～令和5年度）の目標です。</p>
<p>※移住者数の目標値は、令和3年度からの累計です。実績値は各年度の人数です。</p>
</main>
<footer><p>古座川町役場 企画課</p></footer>
</body>
</html>
"""


def build_kozagawa():
    (HERE / "kozagawa_kaso_mokuhyo_r5.html").write_bytes(KOZAGAWA.encode("utf-8"))


def to_pdf(xlsx):
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
                str(xlsx),
            ],
            check=True,
            capture_output=True,
        )
        shutil.copy(Path(tmp) / (xlsx.stem + ".pdf"), HERE / (xlsx.stem + ".pdf"))


def main():
    SRC.mkdir(exist_ok=True)
    sources = [build_kuwana(), build_ide()]
    build_yatomi()
    build_kozagawa()
    if "--no-pdf" not in sys.argv:
        for s in sources:
            to_pdf(s)


if __name__ == "__main__":
    main()
