"""Build forms532: four KPI documents of 岡崎市, 桜井市, 岸和田市 and 宝塚市.

Writes `okazaki_ieyasu_kanko_jimujigyo_r5.xlsx` (the workbook is the document), `sakurai_sousei2_kpi_kensho_r5.html`
and the XLSX sources `source/kishiwada_jokamachi_shuyo_seika_r5.xlsx` and `source/takarazuka_tezuka_kofukin_kensho_r5.xlsx`,
which LibreOffice turns into the PDFs of the same names.
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
LIGHT = PatternFill("solid", fgColor="EDEDED")
STAMP = (2025, 3, 28, 9, 0, 0)
STAMP_ISO = b"2025-03-28T09:00:00Z"
PDFS = ["kishiwada_jokamachi_shuyo_seika_r5", "takarazuka_tezuka_kofukin_kensho_r5"]


def font(size=9, bold=False):
    return Font(name=FONT, size=size, bold=bold)


def put(ws, ref, value, size=9, bold=False, box=False, shade=None, h="left", wrap=True, fmt=None):
    cell = ws[ref]
    cell.value = value
    cell.font = font(size, bold)
    cell.alignment = Alignment(horizontal=h, vertical="center", wrap_text=wrap)
    if box:
        cell.border = BOX
    if shade is not None:
        cell.fill = shade
    if fmt:
        cell.number_format = fmt
    elif isinstance(value, float):
        cell.number_format = "#,##0.0"
    elif isinstance(value, int):
        cell.number_format = "#,##0"
    return cell


def boxed(ws, rng, shade=None):
    for row in ws[rng]:
        for cell in row:
            cell.border = BOX
            if shade is not None:
                cell.fill = shade


def merge(ws, rng, value, **kw):
    first = rng.split(":")[0]
    put(ws, first, value, **kw)
    ws.merge_cells(rng)
    if kw.get("box"):
        boxed(ws, rng, kw.get("shade"))


def save(wb, path):
    """Save with fixed properties and fixed zip timestamps, so the bytes do not change."""
    wb.properties.creator = "forms532"
    wb.properties.lastModifiedBy = "forms532"
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


def form_rows(ws, r, rows, key_cols, val_cols, tall=None):
    tall = tall or {}
    for key, val in rows:
        if key_cols[0] == key_cols[1]:
            put(ws, f"{key_cols[0]}{r}", key, bold=True, box=True, shade=SHADE)
        else:
            merge(ws, f"{key_cols[0]}{r}:{key_cols[1]}{r}", key, bold=True, box=True, shade=SHADE)
        merge(ws, f"{val_cols[0]}{r}:{val_cols[1]}{r}", val, box=True)
        ws.row_dimensions[r].height = tall.get(key, 18)
        r += 1
    return r


def notes(ws, r, texts, span, first="A"):
    for text in texts:
        merge(ws, f"{first}{r}:{span}{r}", text, size=8)
        ws.row_dimensions[r].height = 14 if len(text) < 100 else 24
        r += 1
    return r


# ---------------------------------------------------------------- 岡崎市 (XLSX document, portrait)
# (区分, No., 指標名, 指標の種類, 単位, 基準値（R2）, R3実績, R4実績, R5目標, R5実績, 達成状況, R6目標（最終）)
OKAZAKI_ROWS = [
    (
        "活動指標",
        1,
        "観光プロモーション・商談会への出展回数",
        "アウトプット",
        "回",
        4,
        7,
        11,
        15,
        16,
        "達成",
        15,
    ),
    (
        "活動指標",
        2,
        "観光ボランティアガイドによる案内件数",
        "アウトプット",
        "件",
        1046,
        1382,
        1874,
        2400,
        2236,
        "未達成",
        2500,
    ),
    (
        "成果指標",
        3,
        "岡崎城の入場者数",
        "アウトカム",
        "千人",
        88.4,
        121.7,
        163.5,
        320.0,
        448.9,
        "達成",
        220.0,
    ),
    (
        "成果指標",
        4,
        "市内宿泊施設の延べ宿泊者数",
        "アウトカム",
        "千人泊",
        312.6,
        358.1,
        401.2,
        450.0,
        436.8,
        "未達成",
        460.0,
    ),
    (
        "成果指標",
        5,
        "観光客満足度（「満足」「やや満足」と答えた割合）",
        "アウトカム",
        "％",
        76.2,
        78.5,
        80.3,
        82.0,
        "未計測",
        "未計測",
        85.0,
    ),
]


def build_okazaki():
    wb = Workbook()
    ws = wb.active
    ws.title = "事務事業評価"
    widths(
        ws,
        {
            "A": 7,
            "B": 4.5,
            "C": 27,
            "D": 9.5,
            "E": 6,
            "F": 8.5,
            "G": 8,
            "H": 8,
            "I": 8,
            "J": 8,
            "K": 8,
            "L": 12,
        },
    )
    merge(
        ws,
        "A1:L1",
        "令和６年度　事務事業評価シート（令和５年度実施事業）",
        size=13,
        bold=True,
        h="center",
    )
    merge(ws, "A2:L2", "作成日　令和6年7月24日　岡崎市", h="right")
    put(ws, "A4", "１　事業の概要", size=11, bold=True, wrap=False)
    rows = [
        ("事務事業名", "家康公ゆかりの地観光誘客推進事業"),
        ("担当課", "経済振興部　観光推進課"),
        ("関連計画", "岡崎市観光基本計画"),
        ("事業期間", "令和3年度～令和6年度"),
        ("事業費（R5決算）", "58,760千円（うち一般財源　29,380千円）"),
        (
            "事業の概要",
            "本市は愛知県のほぼ中央、三河地方の中央部に位置する中核市で、平成18年（2006年）1月1日に額田町を編入し、面積は387.20km²となった。"
            "徳川家康公の生誕の地であり、八丁味噌の産地としても知られる。令和5年（2023年）には大河ドラマ「どうする家康」の放送にあわせて、"
            "1月21日に岡崎公園内に「どうする家康 岡崎 大河ドラマ館」が開館し、令和6年1月8日の閉館までに約60万人が来館した。"
            "本事業では、岡崎城をはじめとする家康公ゆかりの地を巡る観光ルートの発信、観光ボランティアガイドによる案内、首都圏・関西圏での"
            "観光プロモーションを行い、観光客の誘致と市内での宿泊・消費の拡大を図る。",
        ),
    ]
    r = form_rows(ws, 5, rows, ("A", "C"), ("D", "L"), {"事業の概要": 64})
    r += 1
    put(ws, f"A{r}", "２　指標の推移", size=11, bold=True, wrap=False)
    top, low = r + 1, r + 2
    for col, text in (
        ("A", "区分"),
        ("B", "No."),
        ("C", "指標名"),
        ("D", "指標の種類"),
        ("E", "単位"),
        ("F", "基準値（R2）"),
        ("G", "R3実績"),
        ("H", "R4実績"),
        ("L", "R6目標（最終）"),
    ):
        merge(ws, f"{col}{top}:{col}{low}", text, bold=True, box=True, shade=SHADE, h="center")
    merge(ws, f"I{top}:K{top}", "R5年度", bold=True, box=True, shade=SHADE, h="center")
    for col, text in zip("IJK", ["目標", "実績", "達成状況"], strict=True):
        put(ws, f"{col}{low}", text, bold=True, box=True, shade=SHADE, h="center")
    ws.row_dimensions[top].height = 18
    ws.row_dimensions[low].height = 18
    r = low + 1
    first = r
    for _kubun, no, name, kind, unit, *vals in OKAZAKI_ROWS:
        put(ws, f"B{r}", no, box=True, h="center", fmt="0")
        put(ws, f"C{r}", name, box=True)
        put(ws, f"D{r}", kind, box=True, h="center")
        put(ws, f"E{r}", unit, box=True, h="center")
        for col, v in zip("FGHIJKL", vals, strict=True):
            fmt = None
            if isinstance(v, float):
                fmt = "0.0" if unit == "％" else "#,##0.0"
            put(
                ws, f"{col}{r}", v, box=True, h="center" if isinstance(v, str) else "right", fmt=fmt
            )
        ws.row_dimensions[r].height = 30
        r += 1
    merge(ws, f"A{first}:A{first + 1}", "活動指標", bold=True, box=True, h="center")
    merge(ws, f"A{first + 2}:A{first + 4}", "成果指標", bold=True, box=True, h="center")
    r = notes(
        ws,
        r,
        [
            "※1　No.3は、岡崎城天守閣の有料入場者数。令和5年度は大河ドラマの放送年のため、目標を他の年度より高く設定した。",
            "※2　No.5は、岡崎公園等で行う観光客アンケートによる。令和5年度は大河ドラマ館の来館者調査を優先したためアンケートを実施しておらず、値はない。",
            "※3　No.4は、市内の主な宿泊施設への照会による延べ宿泊者数。",
        ],
        "L",
    )
    r += 1
    put(ws, f"A{r}", "３　評価", size=11, bold=True, wrap=False)
    r += 1
    form_rows(
        ws,
        r,
        [
            ("有効性", "B（概ね効果があった）"),
            (
                "今後の方向性",
                "継続（大河ドラマの放送を機に増えた来訪者を一過性に終わらせないよう、家康公ゆかりの地の周遊ルートを磨き上げ、宿泊を伴う滞在型観光への転換を図る。）",
            ),
        ],
        ("A", "C"),
        ("D", "L"),
        {"今後の方向性": 30},
    )
    page(ws, landscape=False)
    save(wb, HERE / "okazaki_ieyasu_kanko_jimujigyo_r5.xlsx")


# ---------------------------------------------------------------- 桜井市 (HTML document)
SAKURAI = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>第2期桜井市まち・ひと・しごと創生総合戦略 重要業績評価指標（KPI）の検証結果（令和5年度） | 桜井市</title>
</head>
<body>
<nav aria-label="パンくずリスト"><ol>
<li><a href="/">ホーム</a></li>
<li><a href="/sosiki/">組織から探す</a></li>
<li><a href="/sosiki/koushitsu/">市長公室</a></li>
<li><a href="/sosiki/koushitsu/gyouseikeieika/">行政経営課</a></li>
<li>第2期桜井市まち・ひと・しごと創生総合戦略 重要業績評価指標（KPI）の検証結果（令和5年度）</li>
</ol></nav>
<main>
<h1>第２期桜井市まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の検証結果（令和５年度）</h1>
<p class="date">更新日：2024年11月15日　担当：市長公室　行政経営課</p>
<p>桜井市は奈良盆地の南東部に位置し、昭和31年（1956年）9月1日に市制を施行しました。面積は98.91km²、人口は53,167人（2024年4月1日推計）です。</p>
<p>三輪山をご神体とする大神神社、ボタンの名所として知られる長谷寺、「日本最古の道」と呼ばれる山の辺の道など、市内には由緒ある社寺や史跡が数多く残り、本市は三輪そうめんの発祥の地としても知られています。纒向遺跡では、箸墓古墳をはじめとする古墳時代初めの遺構が見つかっています。</p>
<dl>
<dt>計画の名称</dt><dd>第2期桜井市まち・ひと・しごと創生総合戦略</dd>
<dt>計画期間</dt><dd>令和2年度～令和6年度（5年間）</dd>
<dt>担当課</dt><dd>市長公室　行政経営課</dd>
</dl>
<p>各表の目標値は、計画の最終年度（令和6年度）の値です。検証結果は、令和6年10月に開催した桜井市まち・ひと・しごと創生総合戦略推進会議に報告しました。</p>
<h2>基本目標１　歴史文化と地域資源を生かし、しごとと交流を生み出す</h2>
<table border="1">
<thead>
<tr><th scope="col" rowspan="2">区分</th><th scope="col" rowspan="2">指標</th><th scope="col" rowspan="2">単位</th><th scope="col" rowspan="2">基準値<br>（令和元年度）</th><th scope="colgroup" colspan="3">実績値</th><th scope="col" rowspan="2">目標値<br>（令和6年度）</th></tr>
<tr><th scope="col">令和3年度</th><th scope="col">令和4年度</th><th scope="col">令和5年度</th></tr>
</thead>
<tbody>
<tr><th scope="row">数値目標</th><td>観光入込客数</td><td>千人</td><td>1,046,300</td><td>584,700</td><td>812.6</td><td>958.4</td><td>1,100.0</td></tr>
<tr><th scope="row" rowspan="2">KPI</th><td>①　三輪そうめん手延べ体験の参加者数</td><td>人</td><td>2,140</td><td>860</td><td>1,930</td><td>2,615</td><td>3,000</td></tr>
<tr><td>②　纒向遺跡・箸墓古墳周辺のガイドツアー参加者数（延べ）</td><td>人</td><td>1,320</td><td>405</td><td>1,186</td><td>1,648</td><td>1,800</td></tr>
</tbody>
</table>
<p class="note">※　数値目標「観光入込客数」は、令和3年度までの値を人単位で、令和4年度からの値と目標値を千人単位で掲載しています（令和4年度の集計から、公表の単位を千人に改めたため）。</p>
<h2>基本目標２　桜井市への新しいひとの流れをつくり、定住を促進する</h2>
<table border="1">
<thead>
<tr><th scope="col" rowspan="2">区分</th><th scope="col" rowspan="2">指標</th><th scope="col" rowspan="2">単位</th><th scope="col" rowspan="2">基準値<br>（令和元年度）</th><th scope="colgroup" colspan="3">実績値</th><th scope="col" rowspan="2">目標値<br>（令和6年度）</th></tr>
<tr><th scope="col">令和3年度</th><th scope="col">令和4年度</th><th scope="col">令和5年度</th></tr>
</thead>
<tbody>
<tr><th scope="row">数値目標</th><td>社会増減数（転入者数－転出者数）</td><td>人</td><td>△231</td><td>△186</td><td>△142</td><td>△97</td><td>±0</td></tr>
<tr><th scope="row">KPI</th><td>③　移住相談窓口を通じた移住者数</td><td>人</td><td>―</td><td>14</td><td>19</td><td>23</td><td>5年間で累計100人</td></tr>
</tbody>
</table>
<p class="note">※1　△はマイナス（転出超過）を表します。</p>
<p class="note">※2　③の移住相談窓口は令和2年度に開設したため、基準値はありません。目標値は、計画期間（令和2年度～令和6年度）の移住者数の累計です。</p>
<h2>検証結果の概要</h2>
<p>観光入込客数は新型コロナウイルス感染症の影響から回復しつつありますが、令和元年度の水準には戻っていません。社会増減数は転出超過が続いているものの、その幅は3年連続で縮小しました。移住者数は令和2年度からの4年間で累計68人となっています。</p>
</main>
<footer><p>桜井市役所　市長公室　行政経営課</p></footer>
</body>
</html>
"""


def build_sakurai():
    (HERE / "sakurai_sousei2_kpi_kensho_r5.html").write_text(SAKURAI, encoding="utf-8")


# ---------------------------------------------------------------- 岸和田市 (XLSX source of the PDF, portrait)
KISHIWADA_ITEMS = [
    ("ア", "城下町まち歩きガイドツアーの実施回数", "回", 48, 96, 132),
    ("イ", "3館共通入場券の販売枚数", "枚", 3860, 7420, 11035),
]
# (No., 成果指標, 単位, 基準値（R元）, R3実績, R4実績)
KISHIWADA_UPPER = [
    (1, "岸和田城天守閣の入場者数", "千人", 98.2, 41.6, 72.9),
    (2, "岸和田だんじり会館の入館者数", "千人", 64.8, 22.3, 47.5),
    (3, "城下町の回遊に満足した観光客の割合", "％", 61.0, "―", 66.4),
]
# (No., R5目標, R5実績, 達成状況, 目標値（R8）)
KISHIWADA_LOWER = [
    (1, 90.0, 104.7, "達成", 110.0),
    (2, 60.0, 58.1, "未達成", 70.0),
    (3, 68.0, 70.2, "達成", 75.0),
]


def build_kishiwada():
    wb = Workbook()
    ws = wb.active
    ws.title = "主要施策"
    widths(ws, {"A": 10, "B": 34, "C": 7, "D": 11, "E": 11, "F": 11})
    merge(ws, "A1:F1", "令和５年度　主要な施策の成果報告書（抜粋）", size=13, bold=True, h="center")
    merge(ws, "A2:F2", "令和6年9月　岸和田市　観光課", h="right")
    rows = [
        ("事業名", "城下町岸和田回遊観光推進事業"),
        ("所管課", "観光課"),
        ("会計区分", "一般会計　商工費"),
        ("決算額", "令和5年度　36,540千円（うち一般財源　21,180千円）"),
        ("関連計画", "将来ビジョン・岸和田（岸和田市総合計画）、第2次岸和田市観光振興計画"),
        (
            "事業の内容",
            "本市は大阪府の南西部に位置し、大阪湾から和泉山脈まで東西7.6km、南北17.3kmの細長い市域をもつ。面積は72.72km²。"
            "寛永年間以降、岸和田藩岡部氏の城下町として栄え、元禄16年（1703年）に藩主岡部長泰が伏見稲荷を城内に勧請して行った稲荷祭が、"
            "岸和田だんじり祭の始まりと伝えられる。岸和田城の天守は文政10年（1827年）の落雷で焼失し、昭和29年（1954年）に三層の天守として再建された。"
            "城内の庭園「八陣の庭」は平成26年（2014年）に国の名勝に指定されている。本事業では、岸和田城天守閣・岸和田だんじり会館・きしわだ自然資料館の"
            "3館共通入場券（大人700円）の販売促進、城下町のまち歩きガイドツアー、二之丸広場観光交流センターでの観光案内を行い、城下町一帯の回遊を促す。",
        ),
    ]
    r = form_rows(ws, 4, rows, ("A", "A"), ("B", "F"), {"事業の内容": 70})
    r += 1
    put(ws, f"A{r}", "（１）事業の実績", size=11, bold=True, wrap=False)
    r += 1
    for col, text in zip(
        "ABCDEF", ["No.", "項目", "単位", "3年度実績", "4年度実績", "5年度実績"], strict=True
    ):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=SHADE, h="center")
    ws.row_dimensions[r].height = 18
    r += 1
    for no, name, unit, *vals in KISHIWADA_ITEMS:
        put(ws, f"A{r}", no, box=True, h="center")
        put(ws, f"B{r}", name, box=True)
        put(ws, f"C{r}", unit, box=True, h="center")
        for col, v in zip("DEF", vals, strict=True):
            put(ws, f"{col}{r}", v, box=True, h="right")
        ws.row_dimensions[r].height = 20
        r += 1
    r += 1
    put(ws, f"A{r}", "（２）成果指標", size=11, bold=True, wrap=False)
    r += 1
    for col, text in zip(
        "ABCDEF", ["No.", "成果指標", "単位", "基準値（R元）", "R3実績", "R4実績"], strict=True
    ):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=SHADE, h="center")
    ws.row_dimensions[r].height = 18
    r += 1
    for no, name, unit, *vals in KISHIWADA_UPPER:
        put(ws, f"A{r}", no, box=True, h="center", fmt="0")
        put(ws, f"B{r}", name, box=True)
        put(ws, f"C{r}", unit, box=True, h="center")
        for col, v in zip("DEF", vals, strict=True):
            fmt = "0.0" if unit == "％" and isinstance(v, float) else None
            put(
                ws, f"{col}{r}", v, box=True, h="center" if isinstance(v, str) else "right", fmt=fmt
            )
        ws.row_dimensions[r].height = 20
        r += 1
    merge(
        ws,
        f"A{r}:F{r}",
        "※表が横に長くなるため、R5目標以降は下表に続けて掲載しています。下表の No. は上表の No. と同じ指標を表します。",
        size=8,
    )
    ws.row_dimensions[r].height = 24
    r += 1
    # lower band: only the No. is repeated; its columns sit under B–F.
    for col, text in zip(
        "ABCDE", ["No.", "R5目標", "R5実績", "達成状況", "目標値（R8）"], strict=True
    ):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=SHADE, h="center")
    ws.row_dimensions[r].height = 18
    r += 1
    for no, *vals in KISHIWADA_LOWER:
        put(ws, f"A{r}", no, box=True, h="center", fmt="0")
        fmt = "0.0" if no == 3 else None
        put(ws, f"B{r}", vals[0], box=True, h="right", fmt=fmt)
        put(ws, f"C{r}", vals[1], box=True, h="right", fmt=fmt)
        put(ws, f"D{r}", vals[2], box=True, h="center")
        put(ws, f"E{r}", vals[3], box=True, h="right", fmt=fmt)
        ws.row_dimensions[r].height = 20
        r += 1
    r = notes(
        ws,
        r,
        [
            "※1　No.1・No.2は各年度（4月～3月）の入場者数・入館者数。令和3年度は、新型コロナウイルス感染症の感染拡大に伴う臨時休館を含む。",
            "※2　No.3は観光客アンケートによる。令和3年度はアンケートを実施していない。",
        ],
        "F",
    )
    r += 1
    put(ws, f"A{r}", "（３）成果と今後の方向性", size=11, bold=True, wrap=False)
    r += 1
    merge(
        ws,
        f"A{r}:F{r}",
        "3館共通入場券の販売枚数は前年度の約1.5倍となり、天守閣の入場者数は令和元年度の水準を上回った。だんじり会館は目標に届かなかったため、"
        "だんじり祭の時期以外の誘客に向けて、鳴り物体験などの催しを充実させる。",
        box=True,
    )
    ws.row_dimensions[r].height = 40
    page(ws, landscape=False)
    save(wb, SRC / "kishiwada_jokamachi_shuyo_seika_r5.xlsx")


# ---------------------------------------------------------------- 宝塚市 (XLSX source of the PDF, landscape)
# (No., KPI（単位）, 事業開始前（R4.3末）, R5.3末 目標, 実績, R6.3末 目標, 実績, 達成状況（R6.3末）, R7.3末 目標, 実績)
TAKARAZUKA_KPIS = [
    (
        "①",
        "手塚治虫記念館の入館者数（千人）",
        132.6,
        150.0,
        158.4,
        165.0,
        171.2,
        "達成",
        180.0,
        None,
    ),
    ("②", "花のみち周辺の歩行者通行量（人/日）", 8240, 9000, 8710, 9500, 9630, "達成", 10000, None),
    (
        "③",
        "観光案内所での多言語による案内件数（件）",
        1120,
        1500,
        2084,
        2000,
        1936,
        "未達成",
        2500,
        None,
    ),
    ("④", "市内の観光消費額（百万円）", 6480, 7000, 7215, 7500, 7388, "未達成", 8000, None),
]


def build_takarazuka():
    wb = Workbook()
    ws = wb.active
    ws.title = "効果検証"
    widths(
        ws,
        {"A": 4.5, "B": 34, "C": 11, "D": 8, "E": 8, "F": 8, "G": 8, "H": 10, "I": 8, "J": 8},
    )
    merge(
        ws,
        "A1:J1",
        "デジタル田園都市国家構想交付金（地方創生推進タイプ）　効果検証シート（令和５年度）",
        size=13,
        bold=True,
        h="center",
    )
    merge(ws, "A2:J2", "令和6年8月　宝塚市　産業文化部　観光企画課", h="right")
    put(ws, "A4", "１　事業の概要", size=11, bold=True, wrap=False)
    rows = [
        ("交付対象事業の名称", "「手塚治虫記念館」を核とした歌劇とマンガのまち回遊促進事業"),
        ("地域再生計画の名称", "宝塚市まち・ひと・しごと創生推進計画"),
        ("事業実施期間", "令和4年度～令和6年度（3か年）"),
        ("交付対象事業費", "R5：22,400千円（うち交付金　11,200千円）"),
        ("担当課", "産業文化部　観光企画課"),
        (
            "市の概要",
            "本市は兵庫県の南東部、阪神間の北部に位置し、西は六甲山系、北は長尾山系に囲まれ、中心部を武庫川が流れる。面積は101.80km²、"
            "人口は221,846人（2024年2月1日推計）。1913年（大正2年）から続く宝塚観光花火大会や温泉で知られ、宝塚歌劇の本拠地である宝塚大劇場には"
            "年間100万人が訪れる。漫画家・手塚治虫は5歳からの約20年間を本市で過ごし、1994年（平成6年）4月25日に市立の手塚治虫記念館が開館した。",
        ),
    ]
    r = form_rows(ws, 5, rows, ("A", "B"), ("C", "J"), {"市の概要": 46})
    r += 1
    put(ws, f"A{r}", "２　重要業績評価指標（KPI）の目標と実績", size=11, bold=True, wrap=False)
    top, low = r + 1, r + 2
    for col, text in (
        ("A", "No."),
        ("B", "重要業績評価指標（KPI）"),
        ("C", "事業開始前\n（R4.3末）"),
        ("H", "達成状況\n（R6.3末）"),
    ):
        merge(ws, f"{col}{top}:{col}{low}", text, bold=True, box=True, shade=SHADE, h="center")
    for cols, year in (("DE", "R5.3末"), ("FG", "R6.3末"), ("IJ", "R7.3末")):
        merge(
            ws, f"{cols[0]}{top}:{cols[1]}{top}", year, bold=True, box=True, shade=SHADE, h="center"
        )
    for col, text in zip("DEFGIJ", ["目標", "実績", "目標", "実績", "目標", "実績"], strict=True):
        put(ws, f"{col}{low}", text, bold=True, box=True, shade=SHADE, h="center")
    ws.row_dimensions[top].height = 18
    ws.row_dimensions[low].height = 18
    r = low + 1
    for no, name, *vals in TAKARAZUKA_KPIS:
        put(ws, f"A{r}", no, box=True, h="center")
        put(ws, f"B{r}", name, box=True)
        for col, v in zip("CDEFGHIJ", vals, strict=True):
            put(ws, f"{col}{r}", v, box=True, h="center" if isinstance(v, str) else "right")
        ws.row_dimensions[r].height = 24
        r += 1
    r = notes(
        ws,
        r,
        [
            "※1　各欄の値は、その時点までの1年間（4月～翌年3月）の値。②は、その1年間に行った通行量調査による平日1日あたりの値。",
            "※2　R7.3末の実績は、令和7年度の効果検証で報告する。",
            "※3　④は、観光入込客数と観光客アンケートによる1人あたりの消費額から推計した値。",
        ],
        "J",
    )
    r += 1
    put(ws, f"A{r}", "３　事業の評価", size=11, bold=True, wrap=False)
    r += 1
    form_rows(
        ws,
        r,
        [
            ("総合評価", "地方創生に相当程度効果があった"),
            (
                "今後の方針",
                "記念館開館30周年（2024年）にあわせた企画展と歌劇の公演日程を結びつけた周遊企画を進め、観光消費額の増加を図る。",
            ),
        ],
        ("A", "B"),
        ("C", "J"),
    )
    page(ws, landscape=True)
    save(wb, SRC / "takarazuka_tezuka_kofukin_kensho_r5.xlsx")


def to_pdf():
    with tempfile.TemporaryDirectory() as tmp:
        for name in PDFS:
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
    build_okazaki()
    build_sakurai()
    build_kishiwada()
    build_takarazuka()
    if "--no-pdf" not in sys.argv:
        to_pdf()


if __name__ == "__main__":
    main()
