"""Build forms508: four KPI documents of 豊川市, 吹田市, 度会町 and 日高川町.

Writes `toyokawa_omotesando_jimujigyo_r5.xlsx` (the workbook is the document), `suita_sogo4_shisaku_shihyo_r5.html`
and the XLSX sources `source/watarai_chagyo_shuyo_seika_r5.xlsx` and `source/hidakagawa_binchotan_kofukin_kensho_r5.xlsx`,
which LibreOffice turns into the two PDFs of the same names.
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
STAMP = (2024, 9, 2, 9, 0, 0)
STAMP_ISO = b"2024-09-02T09:00:00Z"
PDFS = ["watarai_chagyo_shuyo_seika_r5", "hidakagawa_binchotan_kofukin_kensho_r5"]


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
    wb.properties.creator = "forms508"
    wb.properties.lastModifiedBy = "forms508"
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


# ---------------------------------------------------------------- 豊川市 (XLSX document)
def build_toyokawa():
    wb = Workbook()
    ws = wb.active
    ws.title = "事務事業評価"
    widths(
        ws,
        {"A": 9, "B": 5, "C": 34, "D": 6, "E": 9, "F": 9, "G": 9, "H": 9, "I": 9, "J": 9, "K": 11},
    )
    merge(
        ws,
        "A1:K1",
        "令和６年度　事務事業評価シート（令和５年度実施事業）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:K2", "作成日　令和6年7月31日　　豊川市", h="right")
    rows = [
        ("事務事業名", "豊川いなり表参道にぎわい創出事業"),
        ("担当課", "産業環境部　商工観光課"),
        ("関連計画", "第6次豊川市総合計画（平成28年度～令和7年度）／豊川市観光振興推進計画"),
        ("事業期間", "令和4年度～令和7年度"),
        ("事業費（R5決算）", "9,860千円（うち一般財源　6,420千円）"),
        (
            "事業の概要",
            "本市は昭和18年（1943年）6月1日に市制を施行し、平成18年（2006年）から平成22年（2010年）にかけて宝飯郡の一宮町・音羽町・御津町・小坂井町を編入した。"
            "面積は161.14km²。約600年前の室町時代に創建された豊川稲荷の門前町として発展し、本殿から奥の院へ続く参道には約6,000本の千本幟が並ぶ。"
            "平成25年（2013年）には「第8回B-1グランプリin豊川」を開催し、この年の来訪者は751万人を数えた。本事業では、市内約60店舗で提供される"
            "「豊川いなり寿司」を核に、豊川いなり表参道の空き店舗の活用と回遊イベントの開催により、門前町のにぎわいを創出する。",
        ),
    ]
    r = 4
    for key, val in rows:
        merge(ws, f"A{r}:C{r}", key, bold=True, box=True, shade=True)
        merge(ws, f"D{r}:K{r}", val, box=True)
        ws.row_dimensions[r].height = 66 if key == "事業の概要" else 18
        r += 1
    r += 1
    put(ws, f"A{r}", "２　指標の推移", size=11, bold=True, wrap=False)
    r += 1
    h1, h2 = r, r + 1
    for col, text in (
        ("A", "区分"),
        ("B", "No."),
        ("C", "指標名"),
        ("D", "単位"),
        ("E", "R3実績"),
        ("F", "R4実績"),
        ("K", "R7計画（最終）"),
    ):
        merge(ws, f"{col}{h1}:{col}{h2}", text, bold=True, box=True, shade=True, h="center")
    for a, b, year, second in (("G", "H", "R5年度", "実績"), ("I", "J", "R6年度", "見込")):
        merge(ws, f"{a}{h1}:{b}{h1}", year, bold=True, box=True, shade=True, h="center")
        put(ws, f"{a}{h2}", "計画", bold=True, box=True, shade=True, h="center")
        put(ws, f"{b}{h2}", second, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[h1].height = 20
    ws.row_dimensions[h2].height = 18
    r = h2 + 1
    inds = [
        ("活動指標", 1, "表参道回遊イベントの開催回数", "回", 2, 4, 6, 6, 6, 6, 8),
        ("活動指標", 2, "空き店舗を活用した出店数（累計）", "店", 1, 3, 5, 4, 7, 6, 9),
        (
            "成果指標",
            3,
            "豊川稲荷周辺の観光入込客数",
            "千人",
            3210.4,
            4386.2,
            4800.0,
            5012.7,
            5000.0,
            4920.0,
            5200.0,
        ),
        (
            "成果指標",
            4,
            "表参道の歩行者通行量（休日1日当たり）",
            "人",
            6820,
            8140,
            9000,
            8760,
            9500,
            9620,
            10000,
        ),
        (
            "成果指標",
            5,
            "回遊イベント来場者の満足度",
            "％",
            84.6,
            88.3,
            "90～95",
            92.4,
            "90～95",
            91.0,
            95.0,
        ),
    ]
    start = r
    for kubun, no, name, unit, *vals in inds:
        put(ws, f"A{r}", kubun, box=True, h="center")
        put(ws, f"B{r}", no, box=True, h="center")
        put(ws, f"C{r}", name, box=True)
        put(ws, f"D{r}", unit, box=True, h="center")
        for col, v in zip("EFGHIJK", vals, strict=True):
            put(ws, f"{col}{r}", v, box=True, h="right")
        ws.row_dimensions[r].height = 22
        r += 1
    ws.merge_cells(f"A{start}:A{start + 1}")
    ws.merge_cells(f"A{start + 2}:A{start + 4}")
    notes = [
        "※R6年度の見込は、令和6年6月末までの実績をもとに推計した値。",
        "※No.5は回遊イベント来場者アンケートにより「満足」「やや満足」と回答した人の割合。計画値は幅（90～95％）で設定している。",
    ]
    for note in notes:
        merge(ws, f"A{r}:K{r}", note, size=8)
        ws.row_dimensions[r].height = 14
        r += 1
    r += 1
    put(ws, f"A{r}", "３　評価", size=11, bold=True, wrap=False)
    r += 1
    for key, val in (
        ("有効性", "B（一定の効果があった）"),
        (
            "今後の方向性",
            "改善して継続（空き店舗への出店を後押しするため、出店者への家賃補助の対象を表参道周辺に広げる）",
        ),
    ):
        merge(ws, f"A{r}:C{r}", key, bold=True, box=True, shade=True)
        merge(ws, f"D{r}:K{r}", val, box=True)
        ws.row_dimensions[r].height = 18
        r += 1
    page(ws, landscape=False)
    save(wb, HERE / "toyokawa_omotesando_jimujigyo_r5.xlsx")


# ---------------------------------------------------------------- 吹田市 (HTML)
SUITA = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>施策指標の進捗状況（大綱7　都市魅力） | 吹田市</title>
</head>
<body>
<nav aria-label="パンくずリスト"><ol>
<li><a href="/">ホーム</a></li>
<li><a href="/shisei/">市政情報</a></li>
<li><a href="/shisei/keikaku/">吹田市第4次総合計画</a></li>
<li>施策指標の進捗状況（大綱7　都市魅力）</li>
</ol></nav>
<main>
<h1>吹田市第4次総合計画　施策指標の進捗状況（大綱7　都市魅力）</h1>
<p class="date">ページ番号1012874　更新日 2024年12月10日</p>
<p>吹田市は昭和15年（1940年）に市制を施行しました。市域は東西6.4km、南北9.6km、面積は36.09km²で、人口は393,975人（2024年11月1日推計）です。日本万国博覧会の跡地である万博記念公園には太陽の塔が残り、ガンバ大阪の本拠地である市立吹田サッカースタジアムとともに、市内外から多くの人が訪れています。また、市内には5つの大学などが立地し、大阪府内で学生数が最も多いまちとなっています。</p>
<p>このページでは、第4次総合計画の大綱7「都市魅力」に掲げる施策指標について、2023年度（令和5年度）までの実績をお知らせします。</p>
<dl>
<dt>計画の名称</dt><dd>吹田市第4次総合計画</dd>
<dt>計画期間</dt><dd>令和元年度（2019年度）～令和10年度（2028年度）</dd>
<dt>所管部局</dt><dd>都市魅力部</dd>
</dl>
<h2>政策3　市民が愛着をもてるまちづくり</h2>
<p>策定時の値は、（　）内の年度の値です。目標は、計画の最終年度である令和10年度（2028年度）の値です。「―」は調査を実施していない年度です（市民意識調査は隔年で実施しています）。進捗は、策定時からの推移をもとに「順調」「やや遅れ」「遅れ」の3段階で示しています。</p>
<table border="1">
<thead>
<tr><th scope="col" rowspan="2">施策</th><th scope="col" rowspan="2">No.</th><th scope="col" rowspan="2">指標名</th><th scope="col" rowspan="2">策定時</th><th scope="colgroup" colspan="3">実績値</th><th scope="col" rowspan="2">目標<br>（最終年度）</th><th scope="col" rowspan="2">進捗</th></tr>
<tr><th scope="col">2021年度</th><th scope="col">2022年度</th><th scope="col">2023年度</th></tr>
</thead>
<tbody>
<tr><th scope="rowgroup" rowspan="3">7-3-1　魅力の向上と発信</th><td>1</td><td>市公式SNSの総フォロワー数</td><td>1.2万人<br>（平成30年度）</td><td>3.1万人</td><td>3.8万人</td><td>4.5万人</td><td>6万人</td><td>順調</td></tr>
<tr><td>2</td><td>「吹田まつり」の来場者数</td><td>13.5万人<br>（平成29年度）</td><td>中止</td><td>10.2万人</td><td>14.8万人</td><td>15万人</td><td>順調</td></tr>
<tr><td>3</td><td>本市に愛着を感じている市民の割合</td><td>78.4%<br>（平成30年度）</td><td>80.1%</td><td>―</td><td>81.6%</td><td>85%</td><td>やや遅れ</td></tr>
<tr><th scope="rowgroup" rowspan="2">7-3-2　スポーツ・大学と連携したにぎわいづくり</th><td>4</td><td>万博記念公園の年間来園者数</td><td>232万人<br>（平成29年度）</td><td>178万人</td><td>205万人</td><td>228万人</td><td>250万人</td><td>やや遅れ</td></tr>
<tr><td>5</td><td>【再掲】本市に愛着を感じている市民の割合</td><td>78.4%<br>（平成30年度）</td><td>80.1%</td><td>―</td><td>81.6%</td><td>85%</td><td>やや遅れ</td></tr>
</tbody>
</table>
<p class="note">※　2021年度の「吹田まつり」は、新型コロナウイルス感染症の影響により中止しました。</p>
<p class="note">※　万博記念公園の来園者数は、公園の管理者が公表する年度の入園者数です。</p>
<h2>今後の取組</h2>
<p>吹田まつりや市立吹田サッカースタジアムでのホームゲームなど、多くの人が集まる機会をとらえて本市の魅力を発信し、市民の愛着の醸成につなげます。</p>
</main>
<footer><p>このページに関するお問い合わせ：行政経営部　企画財政室</p></footer>
</body>
</html>
"""


def build_suita():
    (HERE / "suita_sogo4_shisaku_shihyo_r5.html").write_text(SUITA, encoding="utf-8")


# ---------------------------------------------------------------- 度会町 (PDF source, landscape)
def build_watarai():
    wb = Workbook()
    ws = wb.active
    ws.title = "主要施策の成果"
    widths(ws, {"A": 5, "B": 36, "C": 6, "D": 14, "E": 10, "F": 10, "G": 10, "H": 11, "I": 10})
    merge(
        ws,
        "A1:I1",
        "令和５年度　主要な施策の成果説明書",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:I2", "令和6年9月　度会町", h="right")
    rows = [
        ("事業名", "「度会茶」産地継承・ブランド化推進事業"),
        ("所管課", "産業振興課"),
        ("関連計画", "度会町まち・ひと・しごと創生推進計画"),
        ("決算額", "令和5年度　12,480千円（うち一般財源　4,160千円）"),
        (
            "事業の内容",
            "本町は昭和30年（1955年）4月1日に内城田村・中川村・一之瀬村・小川郷村の4村が合併して度会村となり、昭和43年（1968年）1月1日に町制を施行した。"
            "面積は134.97km²で、町の中央を宮川と支流の一之瀬川が流れ、伊勢茶の産地として「度会茶」が知られる。"
            "本事業では、高齢化により管理が難しくなった茶園を担い手へ引き継ぐための改植・機械導入を支援するとともに、"
            "度会茶の販路拡大と、茶摘み・手もみ体験などの交流イベントを実施した。",
        ),
    ]
    r = 4
    for key, val in rows:
        merge(ws, f"A{r}:B{r}", key, bold=True, box=True, shade=True)
        merge(ws, f"C{r}:I{r}", val, box=True)
        ws.row_dimensions[r].height = 58 if key == "事業の内容" else 18
        r += 1
    r += 1
    put(ws, f"A{r}", "２　成果指標の状況", size=11, bold=True, wrap=False)
    r += 1
    merge(
        ws,
        f"A{r}:I{r}",
        "【評価】　A：目標を達成　B：目標の80％以上　C：目標の80％未満　―：評価の対象外",
        size=8,
    )
    r += 1
    head = [
        "No.",
        "成果指標",
        "単位",
        "基準値",
        "R4実績",
        "R5実績",
        "R5目標",
        "目標値（R6）",
        "評価（R5）",
    ]
    for col, text in zip("ABCDEFGHI", head, strict=True):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[r].height = 22
    r += 1
    inds = [
        (1, "荒茶生産量", "t", "128.4（元年度）", 112.6, 116.2, 120.0, 125.0, "B"),
        (2, "度会茶の販売額", "千円", "86,450（元年度）", 82310, 90120, 88000, 92000, "A"),
        (3, "茶業の新規就農者数", "人", "0（元年度）", 2, 3, "5年間で延べ10人", None, "―"),
        (4, "担い手へ継承された茶園の面積", "ha", "0.0（元年度）", 3.8, 6.1, 6.0, 8.0, "A"),
        (
            5,
            "茶摘み・手もみ体験等の交流イベント参加者数",
            "人",
            "540（元年度）",
            312,
            468,
            600,
            650,
            "C",
        ),
    ]
    for no, name, unit, base, r4, r5, t5, t6, grade in inds:
        put(ws, f"A{r}", no, box=True, h="center")
        put(ws, f"B{r}", name, box=True)
        put(ws, f"C{r}", unit, box=True, h="center")
        put(ws, f"D{r}", base, box=True, h="right")
        put(ws, f"E{r}", r4, box=True, h="right")
        put(ws, f"F{r}", r5, box=True, h="right")
        if t6 is None:
            merge(ws, f"G{r}:H{r}", t5, box=True, h="center")
        else:
            put(ws, f"G{r}", t5, box=True, h="right")
            put(ws, f"H{r}", t6, box=True, h="right")
        put(ws, f"I{r}", grade, box=True, h="center", size=10)
        ws.row_dimensions[r].height = 22
        r += 1
    notes = [
        "※基準値の（　）内は基準年度。",
        "※No.3の目標値は5年間の延べ人数で設定しているため、単年度の評価は行わない。",
        "※No.4は改植・機械導入の支援により担い手へ引き継がれた茶園の面積の累計。",
    ]
    for note in notes:
        merge(ws, f"A{r}:I{r}", note, size=8)
        ws.row_dimensions[r].height = 14
        r += 1
    r += 1
    put(ws, f"A{r}", "３　成果と今後の課題", size=11, bold=True, wrap=False)
    r += 1
    merge(
        ws,
        f"A{r}:I{r}",
        "販売額は目標を上回ったが、荒茶生産量は茶園の減少により目標に届かなかった。交流イベントは参加者の回復が遅れており、"
        "宮川の川遊びと組み合わせた夏季のプログラムを新たに企画する。",
        box=True,
    )
    ws.row_dimensions[r].height = 32
    page(ws, landscape=True)
    save(wb, SRC / "watarai_chagyo_shuyo_seika_r5.xlsx")


# ---------------------------------------------------------------- 日高川町 (PDF source, portrait)
def build_hidakagawa():
    wb = Workbook()
    ws = wb.active
    ws.title = "効果検証"
    widths(
        ws,
        {"A": 5, "B": 30, "C": 6, "D": 10, "E": 9, "F": 10, "G": 9, "H": 12, "I": 9, "J": 10},
    )
    merge(
        ws,
        "A1:J1",
        "デジタル田園都市国家構想交付金（地方創生推進タイプ）　効果検証シート（令和５年度実績）",
        size=13,
        bold=True,
        h="center",
    )
    merge(ws, "A2:J2", "令和7年1月　日高川町", h="right")
    rows = [
        ("交付対象事業の名称", "紀州備長炭とほろほろ鳥の「日高川ブランド」販路拡大事業"),
        ("地域再生計画の名称", "日高川町「清流と森の恵み」産業振興計画"),
        ("事業実施期間", "令和4年度～令和6年度（3か年）"),
        ("交付対象事業費", "R5：21,600千円（うち交付金　10,800千円）"),
        ("担当課", "農林振興課"),
        (
            "町の概要",
            "平成17年（2005年）5月1日に川辺町・中津村・美山村が合併して誕生した。面積は331.59km²で、その約9割を森林が占め、"
            "紀州備長炭の生産量は日本一を誇る。安珍・清姫伝説で知られる道成寺、椿山ダム、長さ日本一（1,646m）の藤棚などの観光資源がある。"
            "人口は8,447人（令和6年12月1日推計）。",
        ),
        (
            "事業の概要",
            "町の特産品である紀州備長炭と、旧中津村で飼育されるほろほろ鳥を「日高川ブランド」として一体的に売り出すため、"
            "道の駅SanPin中津の販売機能の強化、オンラインショップの開設、町外の飲食店・小売店との商談会を実施する。",
        ),
    ]
    r = 4
    for key, val in rows:
        merge(ws, f"A{r}:C{r}", key, bold=True, box=True, shade=True)
        merge(ws, f"D{r}:J{r}", val, box=True)
        ws.row_dimensions[r].height = {"町の概要": 48, "事業の概要": 34}.get(key, 18)
        r += 1
    r += 1
    put(ws, f"A{r}", "■重要業績評価指標（KPI）の目標と実績", size=11, bold=True, wrap=False)
    r += 1
    h1, h2 = r, r + 1
    for col, text in (
        ("A", "No."),
        ("B", "重要業績評価指標（KPI）"),
        ("C", "単位"),
        ("D", "基準値（R3）"),
        ("J", "達成状況（R5）"),
    ):
        merge(ws, f"{col}{h1}:{col}{h2}", text, bold=True, box=True, shade=True, h="center")
    for a, b, year in (("E", "F", "R4年度"), ("G", "H", "R5年度")):
        merge(ws, f"{a}{h1}:{b}{h1}", year, bold=True, box=True, shade=True, h="center")
        put(ws, f"{a}{h2}", "目標", bold=True, box=True, shade=True, h="center")
        put(ws, f"{b}{h2}", "実績", bold=True, box=True, shade=True, h="center")
    put(ws, f"I{h1}", "R6年度", bold=True, box=True, shade=True, h="center")
    put(ws, f"I{h2}", "目標", bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[h1].height = 20
    ws.row_dimensions[h2].height = 18
    r = h2 + 1
    hundredth = "#,##0.00"
    kpis = [
        (1, "紀州備長炭の町内出荷額", "億円", 3.12, 3.20, 3.26, 3.30, 3.41, 3.40, "達成"),
        (2, "ほろほろ鳥の出荷羽数", "羽", 9800, 10500, "10,940※1", 11200, 11050, 12000, "未達成"),
        (
            3,
            "道の駅SanPin中津の売上額",
            "千円",
            184300,
            190000,
            176420,
            200000,
            "205,880（速報）",
            210000,
            "達成",
        ),
        (4, "町外の飲食店・小売店との新規取引件数", "件", "―", 5, 6, 10, 9, 15, "未達成"),
        (5, "オンラインショップの購入者数", "人", 420, 800, 1136, 1200, 1524, 1600, "達成"),
    ]
    for no, name, unit, *vals, status in kpis:
        put(ws, f"A{r}", no, box=True, h="center")
        put(ws, f"B{r}", name, box=True)
        put(ws, f"C{r}", unit, box=True, h="center")
        for col, v in zip("DEFGHI", vals, strict=True):
            put(
                ws,
                f"{col}{r}",
                v,
                box=True,
                h="right",
                fmt=hundredth if isinstance(v, float) else None,
            )
        put(ws, f"J{r}", status, box=True, h="center")
        ws.row_dimensions[r].height = 22
        r += 1
    notes = [
        "※1　No.2のR4実績は、令和4年度の効果検証で報告した10,490羽を、集計誤りのため10,940羽に訂正した。",
        "※2　No.3のR5実績は速報値（令和6年4月末集計）。確定値は令和6年度の効果検証で報告する。",
        "※3　No.4は事業開始前の取引がないため、基準値を設定していない。",
        "※4　達成状況は、R5年度の目標値と実績値を比較したもの。",
    ]
    for note in notes:
        merge(ws, f"A{r}:J{r}", note, size=8)
        ws.row_dimensions[r].height = 14
        r += 1
    r += 1
    put(ws, f"A{r}", "■効果検証の結果（日高川町地方創生推進会議）", size=11, bold=True, wrap=False)
    r += 1
    merge(
        ws,
        f"A{r}:J{r}",
        "5つのKPIのうち3つが目標を達成し、地方創生に相当程度効果があった。ほろほろ鳥は飼育体制が限られており、"
        "出荷羽数の伸びには生産体制の拡充が欠かせない。",
        box=True,
    )
    ws.row_dimensions[r].height = 32
    page(ws, landscape=False)
    save(wb, SRC / "hidakagawa_binchotan_kofukin_kensho_r5.xlsx")


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
    build_toyokawa()
    build_suita()
    build_watarai()
    build_hidakagawa()
    if "--no-pdf" not in sys.argv:
        to_pdf()


if __name__ == "__main__":
    main()
