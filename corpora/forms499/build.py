"""Build forms499: four KPI documents of 小美玉市, 御代田町, 新島村 and 大田原市.

Writes `omitama_sorara_jimujigyo_r5.xlsx` (the workbook is the document), `miyota_choki_shinko_seika_r5.html`
and the XLSX sources `source/niijima_kofukin_koka_kensho_r5.xlsx` and `source/otawara_shuyo_seika_nosei_r5.xlsx`,
which LibreOffice turns into `niijima_kofukin_koka_kensho_r5.pdf` and `otawara_shuyo_seika_nosei_r5.pdf`.
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
LIGHT = PatternFill("solid", fgColor="F2F2F2")
STAMP = datetime.datetime(2024, 7, 31, 9, 0, 0)
STAMP_TEXT = b"2024-07-31T09:00:00Z"


def font(size=9, bold=False):
    return Font(name=FONT, size=size, bold=bold)


def put(ws, ref, value, size=9, bold=False, box=False, shade=False, h="left", wrap=True, fill=None):
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
    wb.properties.creator = "forms499"
    wb.properties.lastModifiedBy = "forms499"
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
            info = zipfile.ZipInfo(item.filename, date_time=(2024, 7, 31, 9, 0, 0))
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


def numfmt(cell, v):
    if isinstance(v, float):
        cell.number_format = "#,##0.0"
    elif isinstance(v, int):
        cell.number_format = "#,##0"


def field_rows(ws, r, fields, first_cols, value_cols, tall=None):
    """Key-value form rows: the key merged over first_cols, the value over value_cols."""
    tall = tall or {}
    for key, val in fields:
        merge(ws, f"{first_cols[0]}{r}:{first_cols[1]}{r}", key, bold=True, box=True, shade=True)
        merge(ws, f"{value_cols[0]}{r}:{value_cols[1]}{r}", val, box=True)
        ws.row_dimensions[r].height = tall.get(key, 18)
        r += 1
    return r


# ---------------------------------------------------------------- 小美玉市 (XLSX document)
def build_omitama():
    wb = Workbook()
    ws = wb.active
    ws.title = "事務事業評価"
    widths = {"A": 13, "B": 15, "C": 15, "D": 15, "E": 15, "F": 15}
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    merge(
        ws,
        "A1:F1",
        "令和６年度　事務事業評価シート（令和５年度実施事業）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:F2", "作成日　令和6年7月31日", h="right")
    fields = [
        ("事務事業名", "空のえき「そ・ら・ら」管理運営事業"),
        ("担当課", "産業経済部　商工観光課"),
        ("関連計画", "第2期小美玉市まち・ひと・しごと創生総合戦略"),
        ("事業期間", "平成26年度～（継続）"),
        (
            "事業の概要",
            "本市は平成18年（2006年）3月27日に小川町・美野里町・玉里村の2町1村が合併して誕生した、面積144.74km²の市である。"
            "航空自衛隊百里飛行場を民間共用化した茨城空港（平成22年（2010年）開港）から約500mの位置に、平成26年（2014年）7月31日、"
            "地域再生の拠点施設として空のえき「そ・ら・ら」を開業した（整備費約19億円）。直売所（約290㎡）、レストラン（100席）、"
            "乳製品加工施設（約910㎡）を備え、生乳生産量・乳牛の飼育頭数とも県内1位の酪農のまちとして、ヨーグルト等の乳製品と"
            "地場農産物の販売、加工体験、広場イベントを通じて交流人口の拡大を図る。",
        ),
    ]
    r = field_rows(ws, 4, fields, ("A", "A"), ("B", "F"), {"事業の概要": 78})
    r += 1
    put(ws, f"A{r}", "１　事業費の推移（単位：千円）", size=11, bold=True, wrap=False)
    r += 1
    for col, text in zip("ABCDE", ["区分", "R3決算", "R4決算", "R5決算", "R6予算"], strict=True):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=True, h="center")
    r += 1
    for label, vals in (
        ("事業費", [86420, 91380, 89760, 94200]),
        ("うち一般財源", [41250, 43870, 40610, 45900]),
    ):
        put(ws, f"A{r}", label, box=True)
        for col, v in zip("BCDE", vals, strict=True):
            numfmt(put(ws, f"{col}{r}", v, box=True, h="right"), v)
        r += 1
    r += 1
    put(ws, f"A{r}", "２　指標の推移", size=11, bold=True, wrap=False)
    r += 1
    # indicators across, years down
    put(ws, f"A{r}", "区分", bold=True, box=True, shade=True, h="center")
    merge(ws, f"B{r}:C{r}", "活動指標", bold=True, box=True, shade=True, h="center")
    merge(ws, f"D{r}:F{r}", "成果指標", bold=True, box=True, shade=True, h="center")
    r += 1
    put(ws, f"A{r}", "No.", bold=True, box=True, shade=True, h="center")
    for i, col in enumerate("BCDEF", start=1):
        put(ws, f"{col}{r}", i, bold=True, box=True, shade=True, h="center")
    r += 1
    names = [
        "乳製品加工体験教室の開催回数",
        "広場イベントの開催日数",
        "施設来場者数",
        "直売所・レストランの売上額",
        "乳製品加工体験の参加者数",
    ]
    put(ws, f"A{r}", "指標名", bold=True, box=True, shade=True, h="center")
    for col, name in zip("BCDEF", names, strict=True):
        put(ws, f"{col}{r}", name, box=True, h="center")
    ws.row_dimensions[r].height = 30
    r += 1
    put(ws, f"A{r}", "単位", bold=True, box=True, shade=True, h="center")
    for col, unit in zip("BCDEF", ["回", "日", "千人", "百万円", "人"], strict=True):
        put(ws, f"{col}{r}", unit, box=True, h="center")
    r += 1
    rows = [
        ("R3実績", [18, 22, 412.6, 318, 620]),
        ("R4実績", [36, 48, 468.3, 352, 1240]),
        ("R5目標", [40, 50, 480.0, 360, 1300]),
        ("R5実績", [42, 46, 503.8, 371, 1185]),
        ("R5達成率", [42 / 40, 46 / 50, 503.8 / 480.0, 371 / 360, 1185 / 1300]),
        ("R6目標", [45, 55, 500.0, 380, 1400]),
    ]
    for label, vals in rows:
        put(ws, f"A{r}", label, bold=True, box=True, shade=True, h="center")
        for col, v in zip("BCDEF", vals, strict=True):
            c = put(ws, f"{col}{r}", v, box=True, h="right")
            if label == "R5達成率":
                c.number_format = "0.0%"
                c.fill = LIGHT
            elif col == "F":
                c.number_format = '"延べ"#,##0'
            else:
                numfmt(c, v)
        ws.row_dimensions[r].height = 18
        r += 1
    merge(
        ws,
        f"A{r}:F{r}",
        "※達成率はR5実績÷R5目標。No.3・No.4は指定管理者の報告による。No.5は乳製品加工体験教室への年間の延べ参加者数。",
        size=8,
    )
    ws.row_dimensions[r].height = 24
    r += 2
    put(ws, f"A{r}", "３　評価", size=11, bold=True, wrap=False)
    r += 1
    r = field_rows(
        ws,
        r,
        [
            ("有効性", "A（効果があった）"),
            ("今後の方向性", "現状維持（令和6年度は開業10周年記念イベントを実施する）"),
        ],
        ("A", "A"),
        ("B", "F"),
    )
    page(ws, landscape=False)
    save(wb, HERE / "omitama_sorara_jimujigyo_r5.xlsx")


# ---------------------------------------------------------------- 御代田町 (HTML)
MIYOTA = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>第5次御代田町長期振興計画 後期基本計画 成果指標の進捗状況（令和5年度） | 御代田町</title>
</head>
<body>
<nav aria-label="パンくずリスト"><ol>
<li><a href="/">トップページ</a></li>
<li><a href="/category/chosei/">町政情報</a></li>
<li><a href="/category/keikakukousou/">計画・構想</a></li>
<li>第5次御代田町長期振興計画 後期基本計画 成果指標の進捗状況（令和５年度）</li>
</ol></nav>
<main>
<h1>第5次御代田町長期振興計画 後期基本計画 成果指標の進捗状況（令和５年度）</h1>
<p class="date">更新日：2024年10月15日　担当：企画財政課 地域振興係</p>
<p>御代田町は長野県の東部、標高2,568mの浅間山の南麓に広がる高原の町で、面積は58.79km²です。昭和31年（1956年）に伍賀村・御代田村・小沼村が合併して誕生し、人口はその後1.8倍に増えました。水道水のすべてを浅間山の地下水でまかなっています。</p>
<p>毎年7月の最終土曜日に開かれる「信州・御代田龍神まつり」では、全長45mの龍神「甲賀三郎」と全長30mの「舞姫」が舞います。</p>
<dl>
<dt>計画の名称</dt><dd>第5次御代田町長期振興計画 後期基本計画</dd>
<dt>計画期間</dt><dd>令和3年度～令和7年度（5年間）</dd>
<dt>担当課</dt><dd>企画財政課</dd>
</dl>
<h2>成果指標の進捗状況</h2>
<p>各指標の上段が目標値、下段が実績値です。基準値は後期基本計画策定時の値です。</p>
<table border="1">
<thead>
<tr><th>成果指標</th><th>単位</th><th>基準値<br>（令和元年度）</th><th>区分</th><th>令和3年度</th><th>令和4年度</th><th>令和5年度</th><th>令和6年度</th><th>令和7年度<br>（最終）</th></tr>
</thead>
<tbody>
<tr><th colspan="9" scope="rowgroup">基本目標1　浅間山麓の恵みを活かし、にぎわいと活力を生むまち</th></tr>
<tr><th rowspan="2" scope="row">①信州・御代田龍神まつりの来場者数</th><td rowspan="2">人</td><td rowspan="2">35,000</td><th>目標</th><td>30,000</td><td>32,000</td><td>35,000</td><td>36,000</td><td>38,000</td></tr>
<tr><th>実績</th><td>中止</td><td>21,500</td><td>33,800</td><td></td><td></td></tr>
<tr><th rowspan="2" scope="row">②町内の農産物直売所の販売額</th><td rowspan="2">千円</td><td rowspan="2">186,400</td><th>目標</th><td>190,000</td><td>195,000</td><td>200,000</td><td>205,000</td><td>210,000</td></tr>
<tr><th>実績</th><td>192,310</td><td>197,860</td><td>203,540</td><td></td><td></td></tr>
<tr><th colspan="9" scope="rowgroup">基本目標2　若い世代が住みたい、住み続けたいまち</th></tr>
<tr><th rowspan="2" scope="row">③移住相談件数</th><td rowspan="2">件</td><td rowspan="2">64</td><th>目標</th><td>70</td><td>75</td><td>80</td><td>85</td><td>90</td></tr>
<tr><th>実績</th><td>88</td><td>96</td><td>112</td><td></td><td></td></tr>
<tr><th rowspan="2" scope="row">④空き家バンクを通じた成約件数</th><td rowspan="2">件</td><td rowspan="2">6</td><th>目標</th><td colspan="5">5年間で延べ40件</td></tr>
<tr><th>実績</th><td>7</td><td>9</td><td>8</td><td></td><td></td></tr>
<tr><th rowspan="2" scope="row">⑤子育て支援センターの利用者数</th><td rowspan="2">人</td><td rowspan="2">8,420</td><th>目標</th><td>8,600</td><td>8,800</td><td>9,000</td><td>9,200</td><td>9,500</td></tr>
<tr><th>実績</th><td>7,960</td><td>8,710</td><td>8,950</td><td></td><td></td></tr>
</tbody>
</table>
<p>※①の令和3年度は、新型コロナウイルス感染症の影響により龍神まつりを中止しました。</p>
<p>※④の目標は、後期基本計画期間（令和3年度～令和7年度）の成約件数の合計です。</p>
<p>※令和6年度・令和7年度の実績は、確定後に掲載します。</p>
</main>
</body>
</html>
"""


def build_miyota():
    (HERE / "miyota_choki_shinko_seika_r5.html").write_text(MIYOTA, encoding="utf-8")


# ---------------------------------------------------------------- 新島村 (PDF source, landscape)
def build_niijima():
    wb = Workbook()
    ws = wb.active
    ws.title = "効果検証"
    widths = {
        "A": 36,
        "B": 7,
        "C": 14,
        "D": 9,
        "E": 9,
        "F": 9,
        "G": 9,
        "H": 9,
        "I": 9,
        "J": 10,
        "K": 2,
        "L": 9,
        "M": 10,
        "N": 10,
    }
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    merge(
        ws,
        "A1:N1",
        "デジタル田園都市国家構想交付金（地方創生推進タイプ）効果検証シート（令和５年度実績）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:N2", "令和6年8月　新島村 産業観光課", h="right")
    fields = [
        ("交付対象事業の名称", "新島・式根島「海と温泉」通年型観光推進事業"),
        ("地域再生計画の名称", "新島村まち・ひと・しごと創生推進計画"),
        ("事業実施期間", "令和3年度～令和5年度（3か年）"),
        ("交付対象事業費", "3か年合計　36,900千円（うち交付金　18,450千円）"),
        ("担当課", "産業観光課"),
        (
            "村の概要",
            "東京都心の南約160kmの伊豆諸島に位置し、有人島の新島・式根島と無人島の鵜渡根島・地内島・早島からなる（総面積27.54km²）。"
            "平成4年（1992年）4月1日に新島本村から新島村に改称した。新島東岸の羽伏浦海岸は白砂が約6.5km続くサーフスポットで、"
            "特産の抗火石（コーガ石）で造ったモヤイ像が島内に点在し、くさやは新島が発祥とする説が有力である。竹芝桟橋から高速ジェット船で最短2時間20分。",
        ),
    ]
    r = field_rows(ws, 4, fields, ("A", "A"), ("B", "N"), {"村の概要": 44})
    r += 1
    put(ws, f"A{r}", "■重要業績評価指標（KPI）の目標と実績", size=11, bold=True, wrap=False)
    put(ws, f"L{r}", "■交付対象事業費の内訳（単位：千円）", size=11, bold=True, wrap=False)
    r += 1
    head = r
    for col, text in (
        ("A", "KPI"),
        ("B", "単位"),
        ("C", "事業開始前（R2年度）"),
        ("J", "達成状況（R5）"),
    ):
        merge(ws, f"{col}{r}:{col}{r + 1}", text, bold=True, box=True, shade=True, h="center")
    for cols, text in ((("D", "E"), "R3年度"), (("F", "G"), "R4年度"), (("H", "I"), "R5年度")):
        merge(ws, f"{cols[0]}{r}:{cols[1]}{r}", text, bold=True, box=True, shade=True, h="center")
        put(ws, f"{cols[0]}{r + 1}", "目標", bold=True, box=True, shade=True, h="center")
        put(ws, f"{cols[1]}{r + 1}", "実績", bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[r].height = 18
    ws.row_dimensions[r + 1].height = 18
    r += 2
    rows = [
        (
            "①来島者数（新島・式根島計）",
            "千人",
            98.6,
            100.0,
            71.2,
            105.0,
            94.8,
            110.0,
            112.4,
            "達成",
            False,
        ),
        ("　うち新島", "千人", 67.1, "―", 48.5, "―", 64.9, "―", 76.3, "", True),
        ("　うち式根島", "千人", 31.5, "―", 22.7, "―", 29.9, "―", 36.1, "", True),
        (
            "②羽伏浦海岸でのサーフィン大会等の参加者数",
            "人",
            420,
            450,
            310,
            500,
            540,
            550,
            612,
            "達成",
            False,
        ),
        (
            "③冬季（12月～2月）の宿泊者数",
            "人泊",
            3850,
            4000,
            3120,
            4300,
            4010,
            4600,
            4480,
            "未達成",
            False,
        ),
        (
            "④くさや・コーガ石製品等の特産品販売額",
            "百万円",
            42.5,
            45.0,
            38.2,
            48.0,
            47.6,
            52.0,
            53.1,
            "達成",
            False,
        ),
    ]
    for name, unit, *vals, sub in rows:
        fill = LIGHT if sub else None
        put(ws, f"A{r}", name, box=True, fill=fill)
        put(ws, f"B{r}", unit, box=True, h="center", fill=fill)
        for col, v in zip("CDEFGHIJ", vals, strict=True):
            c = put(
                ws,
                f"{col}{r}",
                v,
                box=True,
                h="center" if isinstance(v, str) else "right",
                fill=fill,
            )
            numfmt(c, v)
        ws.row_dimensions[r].height = 20
        r += 1
    # the money grid, standing beside the KPI grid on the same rows
    for col, text in (("L", "年度"), ("M", "事業費"), ("N", "うち交付金")):
        merge(ws, f"{col}{head}:{col}{head + 1}", text, bold=True, box=True, shade=True, h="center")
    for i, (label, a, b) in enumerate(
        (
            ("R3年度", 11800, 5900),
            ("R4年度", 12600, 6300),
            ("R5年度", 12500, 6250),
            ("計", 36900, 18450),
        )
    ):
        rr = head + 2 + i
        put(ws, f"L{rr}", label, box=True, h="center", bold=label == "計")
        numfmt(put(ws, f"M{rr}", a, box=True, h="right"), a)
        numfmt(put(ws, f"N{rr}", b, box=True, h="right"), b)
    notes = [
        "※①の「うち新島」「うち式根島」は島別の内訳（参考値）で、KPIではありません。来島者数は定期船・航空機の降客数によります。",
        "※達成状況は、令和5年度の実績が令和5年度の目標以上の場合に「達成」としています。",
    ]
    for note in notes:
        merge(ws, f"A{r}:N{r}", note, size=8)
        r += 1
    page(ws, landscape=True)
    save(wb, SRC / "niijima_kofukin_koka_kensho_r5.xlsx")


# ---------------------------------------------------------------- 大田原市 (PDF source, portrait)
def build_otawara():
    wb = Workbook()
    ws = wb.active
    ws.title = "主要施策成果"
    widths = {"A": 5, "B": 34, "C": 11, "D": 10, "E": 10, "F": 10, "G": 10, "H": 11}
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    merge(ws, "A1:H1", "令和５年度　主要な施策の成果説明書", size=14, bold=True, h="center")
    merge(ws, "A2:H2", "令和6年9月　大田原市 農政課", h="right")
    fields = [
        ("施策名", "3-1　農業の振興"),
        (
            "総合計画上の位置付け",
            "大田原市総合計画「おおたわら国造りプラン」　後期基本計画（令和4年度～令和8年度）　基本政策3　産業",
        ),
        ("所管課", "農政課"),
        ("決算額", "268,450千円（うち一般財源　142,380千円）"),
    ]
    r = field_rows(ws, 4, fields, ("A", "B"), ("C", "H"), {"総合計画上の位置付け": 30})
    r += 1
    put(ws, f"A{r}", "１　施策の現状と成果", size=11, bold=True, wrap=False)
    r += 1
    merge(
        ws,
        f"A{r}:H{r}",
        "本市は平成17年（2005年）10月1日に黒羽町・湯津上村を編入し、面積354.36km²の市となった。那珂川・箒川の水を利用した水田が広がる県北の穀倉地帯である。"
        "平成16年（2004年）4月11日に開業した道の駅那須与一の郷の農産物直売館には市内約160軒の生産者が出荷しており、平成19年（2007年）10月には那須与一伝承館が併設された。"
        "令和5年度は、直売館の出荷者向け講習会を年4回開催し、学校給食への市内産農産物の供給品目を拡大した。",
        box=True,
    )
    ws.row_dimensions[r].height = 66
    r += 2
    put(ws, f"A{r}", "２　成果指標の状況", size=11, bold=True, wrap=False)
    put(ws, f"H{r}", "（単位：千円）", h="right", wrap=False)
    r += 1
    for col, text in zip(
        "ABCDEFGH",
        ["No.", "成果指標", "基準値（R2）", "R3実績", "R4実績", "R5目標", "R5実績", "目標値（R8）"],
        strict=True,
    ):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[r].height = 22
    r += 1
    rows = [
        (
            1,
            "道の駅那須与一の郷農産物直売館の販売額",
            312480,
            318920,
            326150,
            330000,
            341260,
            360000,
        ),
        (2, "農産物加工品（6次産業化商品）の販売額", 18650, 19820, "21,340※1", 22000, 23870, 26000),
        (3, "学校給食への市内産農産物の供給額", 24300, 25110, 26080, 27000, 26540, 30000),
        (4, "新規就農者数（人）", 12, 14, 11, 15, 16, 15),
        (5, "道の駅那須与一の郷の来場者数（千人）", 682.4, 701.5, 745.2, 760.0, 772.9, 800.0),
    ]
    for no, name, *vals in rows:
        put(ws, f"A{r}", no, box=True, h="center")
        put(ws, f"B{r}", name, box=True)
        for col, v in zip("CDEFGH", vals, strict=True):
            numfmt(put(ws, f"{col}{r}", v, box=True, h="right"), v)
        ws.row_dimensions[r].height = 20
        r += 1
    notes = [
        "※単位は千円です。ただし、No.4は人、No.5は千人です。",
        "※1　R4実績は、確定値に修正しています（前年度の報告時は20,980）。",
    ]
    for note in notes:
        merge(ws, f"A{r}:H{r}", note, size=8)
        r += 1
    r += 1
    put(ws, f"A{r}", "３　施策の評価", size=11, bold=True, wrap=False)
    r += 1
    r = field_rows(
        ws,
        r,
        [
            ("評価", "B（概ね順調に進んでいる）"),
            (
                "評価の理由",
                "5指標のうち4指標で令和5年度の目標を達成したが、学校給食への供給額は天候不順による出荷減で目標に届かなかった。",
            ),
        ],
        ("A", "B"),
        ("C", "H"),
        {"評価の理由": 30},
    )
    page(ws, landscape=False)
    save(wb, SRC / "otawara_shuyo_seika_nosei_r5.xlsx")


def to_pdf():
    for name in ("niijima_kofukin_koka_kensho_r5", "otawara_shuyo_seika_nosei_r5"):
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
    build_omitama()
    build_miyota()
    build_niijima()
    build_otawara()
    if "--no-pdf" not in sys.argv:
        to_pdf()


if __name__ == "__main__":
    main()
