"""Build forms536: four KPI documents of 豊橋市, 高槻市, 三田市 and 大和郡山市.

Writes `toyohashi_shiden_jimujigyo_h29.xlsx` (the workbook is the document), `sanda_sousei_kpi_kensho_h30.html`
and the XLSX sources `source/takatsuki_kofun_kofukin_kensho_r5.xlsx` and
`source/yamatokoriyama_kingyo_shuyo_seika_r5.xlsx`, which LibreOffice turns into the PDFs of the same names.
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
STAMP = (2024, 9, 30, 9, 0, 0)
STAMP_ISO = b"2024-09-30T09:00:00Z"
PDFS = ["takatsuki_kofun_kofukin_kensho_r5", "yamatokoriyama_kingyo_shuyo_seika_r5"]


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
    wb.properties.creator = "forms536"
    wb.properties.lastModifiedBy = "forms536"
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
        ws.row_dimensions[r].height = 14 if len(text) < 90 else 24
        r += 1
    return r


# ---------------------------------------------------------------- 豊橋市 (XLSX document, portrait)
# (No., 指標名, 単位, H27実績, H28実績, H29目標, H29実績, H30実績（上半期）, H32目標（最終）)
TOYOHASHI_BLOCKS = [
    (
        "対象指標",
        [(1, "市電沿線（停留場から500m圏内）の人口", "人", 58412, 58190, "―", 57936, "―", "―")],
    ),
    (
        "活動指標",
        [
            (2, "「おでんしゃ」など企画電車の運行日数", "日", 34, 38, 40, 42, 9, 45),
            (3, "沿線でのイベント・乗り方教室の開催回数", "回", 6, 8, 10, 9, 5, 12),
        ],
    ),
    (
        "成果指標",
        [
            (4, "市電の年間乗車人員", "万人", 285.4, 291.2, 295.0, 298.6, 152.3, 310.0),
            (5, "市電を月1回以上利用する市民の割合", "％", 12.8, 13.5, 15.0, 14.1, "―", 18.0),
        ],
    ),
]


def build_toyohashi():
    wb = Workbook()
    ws = wb.active
    ws.title = "事務事業評価"
    widths(
        ws,
        {
            "A": 8,
            "B": 4.5,
            "C": 28,
            "D": 5.5,
            "E": 8.5,
            "F": 8.5,
            "G": 8.5,
            "H": 8.5,
            "I": 10,
            "J": 10,
        },
    )
    merge(
        ws,
        "A1:J1",
        "平成30年度　事務事業評価シート（平成29年度実施事業）",
        size=13,
        bold=True,
        h="center",
    )
    merge(ws, "A2:J2", "作成日　平成30年10月31日　豊橋市", h="right")
    put(ws, "A4", "１　事業の概要", size=11, bold=True, wrap=False)
    rows = [
        ("事務事業名", "路面電車（市電）利用促進事業"),
        ("担当課", "都市計画部　都市交通課"),
        ("関連計画", "第5次豊橋市総合計画　戦略計画「コンパクト+ネットワーク推進プロジェクト」"),
        ("事業期間", "平成28年度～平成32年度"),
        (
            "事業の概要",
            "本市は愛知県の南東部に位置し、面積は261.86km²、人口は373,592人（2018年10月1日推計）である。"
            "豊橋鉄道東田本線（市電）は大正14年（1925年）7月14日に開業した路面電車で、路線延長5.4km、14の停留場を持ち、"
            "平成17年（2005年）4月に名鉄岐阜市内線などが廃止されてからは東海地方で唯一の路面電車となっている。"
            "夏の「ビール電車」、冬の「おでんしゃ」は街の風物詩として親しまれている。"
            "本事業では、企画電車の運行支援や沿線でのイベントを通じて市電の利用を促し、公共交通を軸としたまちづくりを進める。",
        ),
    ]
    r = form_rows(ws, 5, rows, ("A", "B"), ("C", "J"), {"事業の概要": 74})
    r += 1
    put(ws, f"A{r}", "２　指標の推移", size=11, bold=True, wrap=False)
    r += 1
    heads = [
        "区分",
        "No.",
        "指標名",
        "単位",
        "H27実績",
        "H28実績",
        "H29目標",
        "H29実績",
        "H30実績\n（上半期）",
        "H32目標\n（最終）",
    ]
    for col, text in zip("ABCDEFGHIJ", heads, strict=True):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=SHADE, h="center")
    ws.row_dimensions[r].height = 30
    r += 1
    for kubun, block in TOYOHASHI_BLOCKS:
        if len(block) > 1:
            merge(ws, f"A{r}:A{r + len(block) - 1}", kubun, bold=True, box=True, h="center")
        else:
            put(ws, f"A{r}", kubun, bold=True, box=True, h="center")
        for i, (no, name, unit, *vals) in enumerate(block):
            row = r + i
            put(ws, f"B{row}", no, box=True, h="center", fmt="0")
            put(ws, f"C{row}", name, box=True)
            put(ws, f"D{row}", unit, box=True, h="center")
            for col, v in zip("EFGHIJ", vals, strict=True):
                put(ws, f"{col}{row}", v, box=True, h="right" if v != "―" else "center")
            ws.row_dimensions[row].height = 28
        r += len(block)
    r = notes(
        ws,
        r,
        [
            "※1　対象指標は、事業の対象の規模を示す指標である。",
            "※2　H30実績（上半期）は、平成30年4月～9月の実績。No.1及びNo.5は年1回の把握のため、上半期の値はない。",
            "※3　No.4は豊橋鉄道株式会社の輸送実績による。No.5は市民意識調査（毎年1月実施）による。",
        ],
        "J",
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
                "継続（乗車人員は目標を上回ったが、月1回以上利用する市民の割合は伸び悩んでいる。沿線の学校や事業所と連携した乗り方教室を増やす。）",
            ),
        ],
        ("A", "B"),
        ("C", "J"),
        {"今後の方向性": 30},
    )
    page(ws, landscape=False)
    save(wb, HERE / "toyohashi_shiden_jimujigyo_h29.xlsx")


# ---------------------------------------------------------------- 高槻市 (XLSX source of the PDF, landscape)
# (No. cell, name, 単位, 事業開始前, R3目標, R3実績, R4目標, R4実績, R5目標, R5実績, 達成状況)
TAKATSUKI_ROWS = [
    (
        "KPI①",
        "今城塚古代歴史館の入館者数",
        "人",
        52310,
        55000,
        41862,
        60000,
        63145,
        65000,
        70284,
        "達成",
    ),
    (None, "（参考）うち市外在住者", "人", 17940, "―", 13205, "―", 22871, "―", 27416, "―"),
    (
        "KPI②",
        "古墳をめぐるまち歩きガイドツアーの参加者数",
        "人",
        1150,
        1300,
        820,
        1500,
        1610,
        1700,
        1742,
        "達成",
    ),
    (
        "KPI③",
        "古墳関連の観光消費額",
        "千円",
        182400,
        190000,
        151230,
        200000,
        205610,
        210000,
        "208,950（速報値）",
        "未達成",
    ),
    ("KPI④", "歴史ボランティアガイドの登録者数（累計）", "人", 38, 45, 44, 52, 53, 60, 61, "達成"),
]


def build_takatsuki():
    wb = Workbook()
    ws = wb.active
    ws.title = "効果検証"
    widths(
        ws,
        {
            "A": 7,
            "B": 36,
            "C": 6,
            "D": 13,
            "E": 10,
            "F": 10,
            "G": 10,
            "H": 10,
            "I": 10,
            "J": 14,
            "K": 11,
        },
    )
    merge(
        ws,
        "A1:K1",
        "地方創生推進交付金　効果検証シート（令和５年度）",
        size=13,
        bold=True,
        h="center",
    )
    merge(ws, "A2:K2", "令和6年8月　高槻市　観光シティセールス課", h="right")
    put(ws, "A4", "１　事業の概要", size=11, bold=True, wrap=False)
    rows = [
        ("交付対象事業の名称", "「いましろ 大王の杜」を核とした古墳のまち観光交流推進事業"),
        ("地域再生計画の名称", "高槻市まち・ひと・しごと創生推進計画"),
        ("事業実施期間", "令和3年度～令和5年度（3か年）"),
        ("交付対象事業費", "R5：18,400千円（うち交付金　9,200千円）"),
        ("担当課", "観光シティセールス課"),
        (
            "市の概要",
            "本市は大阪府の北東部、大阪と京都のほぼ中間に位置し、面積は105.29km²である。"
            "市の中央部にある今城塚古墳は6世紀前半に築かれた墳丘長190mの前方後円墳で、考古学的には継体天皇の陵墓と考えられている。"
            "平成23年（2011年）4月には古墳を史跡公園として整備した「いましろ 大王の杜」（約9ha）が開園し、今城塚古代歴史館が開館した。"
            "歴史館の常設展示は入館無料で、市内には大小300基もの古墳が残る。",
        ),
    ]
    r = form_rows(ws, 5, rows, ("A", "B"), ("C", "K"), {"市の概要": 44})
    r += 1
    put(ws, f"A{r}", "２　重要業績評価指標（KPI）の目標と実績", size=11, bold=True, wrap=False)
    r += 1
    top = r
    for col, text in (
        ("A", "No."),
        ("B", "重要業績評価指標（KPI）"),
        ("C", "単位"),
        ("D", "事業開始前\n（R3.3末）"),
        ("K", "達成状況（R5）"),
    ):
        merge(ws, f"{col}{top}:{col}{top + 1}", text, bold=True, box=True, shade=SHADE, h="center")
    for first, last, year in (("E", "F", "R3年度"), ("G", "H", "R4年度"), ("I", "J", "R5年度")):
        merge(ws, f"{first}{top}:{last}{top}", year, bold=True, box=True, shade=SHADE, h="center")
        put(ws, f"{first}{top + 1}", "目標値", bold=True, box=True, shade=SHADE, h="center")
        put(ws, f"{last}{top + 1}", "実績値", bold=True, box=True, shade=SHADE, h="center")
    ws.row_dimensions[top].height = 18
    ws.row_dimensions[top + 1].height = 18
    r = top + 2
    for no, name, unit, *vals in TAKATSUKI_ROWS:
        put(ws, f"A{r}", no or "", box=True, h="center")
        if no is None:
            cell = put(ws, f"B{r}", name, box=True)
            cell.alignment = Alignment(
                horizontal="left", vertical="center", wrap_text=True, indent=2
            )
        else:
            put(ws, f"B{r}", name, box=True)
        put(ws, f"C{r}", unit, box=True, h="center")
        for col, v in zip("DEFGHIJK", vals, strict=True):
            shade = LIGHT if col == "K" else None
            put(
                ws,
                f"{col}{r}",
                v,
                box=True,
                h="center" if isinstance(v, str) else "right",
                shade=shade,
            )
        ws.row_dimensions[r].height = 20
        r += 1
    r = notes(
        ws,
        r,
        [
            "※1　事業開始前の値は、令和2年度（令和3年3月末まで）の実績。KPI④は令和3年3月末時点の登録者数。",
            "※2　（参考）うち市外在住者は、KPI①の内数（受付時のアンケートによる推計）で、KPIではない。",
            "※3　KPI③のR5実績値は、令和6年7月時点の速報値。確定値は令和6年度の効果検証で報告する。",
            "※4　R3年度の実績は、新型コロナウイルス感染症の影響による臨時休館及びツアーの催行中止を含む。KPI④は各年度末時点の登録者の累計。",
        ],
        "K",
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
                "交付金事業は令和5年度で終了したが、まち歩きガイドツアーとボランティアガイドの養成は市単独事業として継続し、古墳を核とした観光消費の拡大を図る。",
            ),
        ],
        ("A", "B"),
        ("C", "K"),
    )
    page(ws, landscape=True)
    save(wb, SRC / "takatsuki_kofun_kofukin_kensho_r5.xlsx")


# ---------------------------------------------------------------- 三田市 (HTML document)
SANDA = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>三田市まち・ひと・しごと創生総合戦略 重要業績評価指標（KPI）等の検証結果（平成30年度） | 三田市</title>
</head>
<body>
<nav aria-label="パンくずリスト"><ol>
<li><a href="/">ホーム</a></li>
<li><a href="/shisei/">市政情報</a></li>
<li><a href="/shisei/keikaku/">総合計画・総合戦略</a></li>
<li>三田市まち・ひと・しごと創生総合戦略 重要業績評価指標（KPI）等の検証結果（平成30年度）</li>
</ol></nav>
<main>
<h1>三田市まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）等の検証結果（平成３０年度）</h1>
<p class="date">更新日：2019年11月1日　担当：経営企画課</p>
<p>三田市は兵庫県の南東部、六甲山地の北側に位置し、面積は210.32km²です。昭和33年（1958年）の市制施行時に32,673人だった人口は、北摂三田ニュータウンの開発により昭和62年から平成8年にかけて急増し、人口増加率は10年連続で日本一となりました。平成8年（1996年）には10万人を超え、現在の人口は111,512人（2018年10月1日推計）です。</p>
<p>本市は平成27年度に「三田市まち・ひと・しごと創生総合戦略～魅力を高め、強みを活かすチーム三田～」を策定し、「子どもに夢を」「高齢者に安心を」「地域に元気を」の3つの基本目標のもとで取組を進めています。このページでは、基本目標2と基本目標3の数値目標と重要業績評価指標（KPI）について、平成30年度までの実績を掲載します。</p>
<dl>
<dt>計画の名称</dt><dd>三田市まち・ひと・しごと創生総合戦略</dd>
<dt>計画期間</dt><dd>平成27年度～平成31年度（5年間）</dd>
<dt>担当課</dt><dd>経営企画課</dd>
</dl>
<p>評価は、平成30年度までの実績を基準値及び目標値と比べたものです（◎：目標値を達成　○：目標値は未達成だが基準値より改善　△：基準値から横ばい又は悪化）。</p>
<h2>基本目標2　高齢者に安心を―安全・安心で、いきいきと暮らすまちをつくる―</h2>
<table border="1">
<thead>
<tr><th scope="col" rowspan="2">区分</th><th scope="col" rowspan="2">指標</th><th scope="col" rowspan="2">単位</th><th scope="col" rowspan="2">基準値</th><th scope="colgroup" colspan="3">実績値</th><th scope="col" rowspan="2">目標値<br>（H31）</th><th scope="col" rowspan="2">評価</th></tr>
<tr><th scope="col">H28</th><th scope="col">H29</th><th scope="col">H30</th></tr>
</thead>
<tbody>
<tr><th scope="row">数値目標</th><td>市民の満足度平均点（高齢者の安心）</td><td>点</td><td>3.06（H26）</td><td>3.10</td><td>3.18</td><td>3.21</td><td>4.0</td><td>○</td></tr>
<tr><th scope="row">KPI</th><td>生涯現役サポートセンター年間利用者数</td><td>人</td><td>―</td><td>1,240</td><td>2,310</td><td>3,652</td><td>3,600</td><td>◎</td></tr>
</tbody>
</table>
<p class="note">※　市民の満足度平均点は、市民意識調査で「高齢者が安心して暮らせるまちだと思うか」を5点満点で尋ねた回答の平均点です。生涯現役サポートセンターは平成28年度の開設のため、基準値はありません。</p>
<h2>基本目標3　地域に元気を―人と人がつながり、活力と賑わいをつくる―</h2>
<table border="1">
<thead>
<tr><th scope="col" rowspan="2">区分</th><th scope="col" rowspan="2">指標</th><th scope="col" rowspan="2">単位</th><th scope="col" rowspan="2">基準値</th><th scope="colgroup" colspan="3">実績値</th><th scope="col" rowspan="2">目標値<br>（H31）</th><th scope="col" rowspan="2">評価</th></tr>
<tr><th scope="col">H28</th><th scope="col">H29</th><th scope="col">H30</th></tr>
</thead>
<tbody>
<tr><th scope="row">数値目標</th><td>観光客入込客数</td><td>万人</td><td>344（H26年度）</td><td>352（H27年度）</td><td>357（H28年度）</td><td>366（H29年度）</td><td>400</td><td>○</td></tr>
<tr><th scope="row" rowspan="2">KPI</th><td>三田に「住み続けたい」と感じる若者の割合（20-24歳）</td><td>％</td><td>46.2（H27）</td><td>―</td><td>52.8</td><td>―</td><td>60.0</td><td>○</td></tr>
<tr><td>提案事業採択実施件数</td><td>件</td><td>―</td><td>2</td><td>5</td><td>6</td><td>5</td><td>◎</td></tr>
</tbody>
</table>
<p class="note">※　観光客入込客数は、兵庫県の観光客動態調査の結果が翌年度に公表されるため、実績値の各欄には（　）内の年度の値を掲載しています。</p>
<p class="note">※　若者の割合は、隔年で実施する若者意識調査によるため、平成28年度と平成30年度の値はありません。提案事業採択実施件数は、学生によるまちづくり提案のうち各年度に採択し実施した件数です。</p>
<h2>検証結果の概要</h2>
<p>2つの基本目標の数値目標とKPI5指標のうち、2指標が目標値を達成しました。観光客入込客数は平成26年度から22万人増えましたが、目標の400万人には届いていません。平成31年度は計画の最終年度であり、次期総合戦略の策定に向けて検証を進めます。</p>
</main>
<footer><p>三田市役所　経営企画課</p></footer>
</body>
</html>
"""


def build_sanda():
    (HERE / "sanda_sousei_kpi_kensho_h30.html").write_text(SANDA, encoding="utf-8")


# ---------------------------------------------------------------- 大和郡山市 (XLSX source of the PDF, portrait)
# (No., 項目, 単位, ４年度, ５年度, 増減)
KORIYAMA_WORK = [
    (1, "金魚すくい体験教室の開催回数", "回", 24, 31, "＋7"),
    (2, "金魚すくい体験教室の参加者数", "人", "延べ1,862", "延べ2,415", "＋553"),
    (3, "市外でのPRイベントへの出展回数", "回", 9, 7, "△2"),
]
# (No., 成果指標, 単位, 基準値（元年度）, ４年度実績, ５年度目標, ５年度実績, 達成状況)
KORIYAMA_OUTCOME = [
    (1, "市の観光入込客数", "千人", 1684.2, 1128.5, 1600.0, 1652.7, "達成"),
    (2, "「金魚のまち」を知っている市外在住者の割合", "％", 38.5, 41.2, 45.0, 43.8, "未達成"),
]


def build_koriyama():
    wb = Workbook()
    ws = wb.active
    ws.title = "主要施策"
    widths(ws, {"A": 5, "B": 33, "C": 6, "D": 11, "E": 11, "F": 11, "G": 11, "H": 10})
    merge(ws, "A1:H1", "令和５年度　主要施策の成果に関する説明書", size=13, bold=True, h="center")
    merge(ws, "A2:H2", "令和6年9月　大和郡山市", h="right")
    rows = [
        ("事業名", "金魚のまち魅力発信事業"),
        ("所管課", "産業振興部　商工観光課"),
        ("会計区分", "一般会計　7款 商工費　1項 商工費　3目 観光費"),
        ("決算額", "５年度　12,480千円（予算現額　13,000千円、執行率　96.0％）"),
        ("関連計画", "大和郡山市第4次総合計画"),
        (
            "事業の内容",
            "本市の金魚養殖は、享保9年（1724年）に柳澤吉里公が甲斐国から郡山へ入部した際に伝えられたのが始まりとされ、"
            "平成22年（2010年）頃には養殖農家約60戸、養殖面積約90ヘクタールで年間約7,000万匹の金魚が販売されていた。"
            "平成7年（1995年）からは毎年8月の第3日曜日に「全国金魚すくい選手権大会」を開催しており、"
            "令和6年（2024年）には市制70周年と金魚伝来300年の節目を迎える。"
            "本事業では、金魚すくい体験教室や市外でのPRを通じて「金魚のまち大和郡山」の魅力を発信し、観光客の誘客を図る。",
        ),
    ]
    r = form_rows(ws, 4, rows, ("A", "B"), ("C", "H"), {"事業の内容": 62})
    r += 1
    put(ws, f"A{r}", "（１）事業の実績", size=11, bold=True, wrap=False)
    r += 1
    for col, text in zip(
        "ABCDEF", ["No.", "項目", "単位", "４年度", "５年度", "増減"], strict=True
    ):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=SHADE, h="center")
    ws.row_dimensions[r].height = 18
    r += 1
    for no, name, unit, *vals in KORIYAMA_WORK:
        put(ws, f"A{r}", no, box=True, h="center", fmt="0")
        put(ws, f"B{r}", name, box=True)
        put(ws, f"C{r}", unit, box=True, h="center")
        for col, v in zip("DEF", vals, strict=True):
            put(ws, f"{col}{r}", v, box=True, h="right")
        ws.row_dimensions[r].height = 20
        r += 1
    r = notes(ws, r, ["※　増減は、５年度の値から４年度の値を差し引いたもの（△は減）。"], "H")
    r += 1
    put(ws, f"A{r}", "（２）成果指標", size=11, bold=True, wrap=False)
    r += 1
    heads = [
        "No.",
        "成果指標",
        "単位",
        "基準値（元年度）",
        "４年度実績",
        "５年度目標",
        "５年度実績",
        "達成状況",
    ]
    for col, text in zip("ABCDEFGH", heads, strict=True):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=SHADE, h="center")
    ws.row_dimensions[r].height = 30
    r += 1
    for no, name, unit, *vals in KORIYAMA_OUTCOME:
        put(ws, f"A{r}", no, box=True, h="center", fmt="0")
        put(ws, f"B{r}", name, box=True)
        put(ws, f"C{r}", unit, box=True, h="center")
        for col, v in zip("DEFGH", vals, strict=True):
            put(ws, f"{col}{r}", v, box=True, h="center" if isinstance(v, str) else "right")
        ws.row_dimensions[r].height = 24
        r += 1
    r = notes(
        ws,
        r,
        [
            "※　No.1は奈良県観光客動態調査による市内の観光入込客数。No.2は市外在住者を対象としたインターネット調査による。",
        ],
        "H",
    )
    r += 1
    put(ws, f"A{r}", "（３）成果と今後の方向性", size=11, bold=True, wrap=False)
    r += 1
    merge(
        ws,
        f"A{r}:H{r}",
        "体験教室は土日を中心に31回開催し、延べ2,415人が参加した。観光入込客数は目標を上回り、新型コロナウイルス感染症の流行前の水準に近づいている。"
        "市外での認知度は目標に届かなかったため、６年度は市制70周年・金魚伝来300年の記念事業と連携し、首都圏での発信を強化する。",
        box=True,
    )
    ws.row_dimensions[r].height = 48
    page(ws, landscape=False)
    save(wb, SRC / "yamatokoriyama_kingyo_shuyo_seika_r5.xlsx")


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
    build_toyohashi()
    build_takatsuki()
    build_sanda()
    build_koriyama()
    if "--no-pdf" not in sys.argv:
        to_pdf()


if __name__ == "__main__":
    main()
