"""Build forms534: four KPI documents of 奥州市, 千歳市, 山辺町 and 国見町.

Writes `oshu_nanbutekki_jimujigyo_r5.xlsx` (the workbook is the document), `chitose_suizokukan_shuyo_seika_r5.html`
and the XLSX sources `source/yamanobe_koki_seika_shinchoku_r5.xlsx` and `source/kunimi_sousei_kpi_kensho_h30.xlsx`,
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
BAND = PatternFill("solid", fgColor="DDEBF7")
STAMP = (2024, 11, 29, 9, 0, 0)
STAMP_ISO = b"2024-11-29T09:00:00Z"
PDFS = ["yamanobe_koki_seika_shinchoku_r5", "kunimi_sousei_kpi_kensho_h30"]


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
    wb.properties.creator = "forms534"
    wb.properties.lastModifiedBy = "forms534"
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


def value_cell(ws, ref, v, fmt=None, shade=None):
    if v is None:
        put(ws, ref, None, box=True, shade=shade)
    elif isinstance(v, str):
        put(ws, ref, v, box=True, h="right" if v[0].isdigit() else "center", shade=shade)
    else:
        put(ws, ref, v, box=True, h="right", fmt=fmt, shade=shade)


# ---------------------------------------------------------------- 奥州市 (XLSX document)
# (No., 指標名, 単位, 基準値（R2）, 実績 R3–R5, 目標 R5–R7, number format); No. None is the 内数 row.
OSHU_ROWS = [
    (1, "展示会・商談会への出展回数", "回", 5, [3, 6, 8], [8, 9, 10], "#,##0"),
    (2, "鋳造技術研修の受講者数", "人", 14, [11, 15, 15], [16, 18, 20], "#,##0"),
    (
        3,
        "南部鉄器の出荷額",
        "百万円",
        1684.2,
        [1702.5, 1768.9, 1811.3],
        [1800.0, 1850.0, 1900.0],
        "#,##0.0",
    ),
    (
        None,
        "（うち海外向け）※1",
        "百万円",
        312.6,
        [348.1, 401.7, 436.2],
        [None, None, None],
        "#,##0.0",
    ),
    (
        4,
        "奥州市伝統産業会館の入館者数",
        "千人",
        18.4,
        [21.6, 27.9, 28.7],
        [30.0, 32.0, 35.0],
        "#,##0.0",
    ),
    (5, "鋳物づくり体験の参加者数", "人", "―", ["―", 412, 538], [500, 550, 600], "#,##0"),
]


def build_oshu():
    wb = Workbook()
    ws = wb.active
    ws.title = "事務事業評価"
    widths(
        ws,
        {
            "A": 9,
            "B": 4.5,
            "C": 27,
            "D": 7,
            "E": 9,
            "F": 8.5,
            "G": 8.5,
            "H": 8.5,
            "I": 8.5,
            "J": 8.5,
            "K": 10.5,
        },
    )
    merge(
        ws,
        "A1:K1",
        "令和６年度　事務事業評価シート（令和５年度実施事業）",
        size=13,
        bold=True,
        h="center",
    )
    merge(ws, "A2:K2", "作成日　令和6年7月19日　奥州市", h="right")
    put(ws, "A4", "１　事業の概要", size=11, bold=True, wrap=False)
    rows = [
        ("事務事業名", "南部鉄器産業振興・販路拡大支援事業"),
        ("担当課", "商工観光部　商工企業課"),
        ("関連計画", "第2次奥州市総合計画　後期基本計画（令和4年度～令和8年度）"),
        ("事業期間", "令和4年度～令和7年度"),
        ("事業費（R5決算）", "8,460千円（うち一般財源　4,230千円）"),
        (
            "事業の概要",
            "本市は平成18年（2006年）2月20日に水沢市・江刺市・前沢町・胆沢町・衣川村の5市町村が合併して誕生した（合併時の人口131,272人）。"
            "水沢の鋳物は平安時代末期（1088年頃）に始まるとされ、水沢羽田町周辺には約60の鋳物工場が集まる。南部鉄器は昭和50年（1975年）に"
            "国の伝統的工芸品に指定された。本事業では、水沢鋳物工業協同組合（昭和29年11月設立）と連携し、国内外の展示会・商談会への出展、"
            "若手職人の鋳造技術研修、奥州市伝統産業会館（水沢江刺駅から徒歩5分）での鋳物づくり体験を支援する。",
        ),
    ]
    r = form_rows(ws, 5, rows, ("A", "B"), ("C", "K"), {"事業の概要": 64})
    r += 1
    put(ws, f"A{r}", "２　指標の推移", size=11, bold=True, wrap=False)
    r += 1
    h1, h2 = r, r + 1
    for col, text in zip("ABCDE", ["区分", "No.", "指標名", "単位", "基準値（R2）"], strict=True):
        merge(ws, f"{col}{h1}:{col}{h2}", text, bold=True, box=True, shade=SHADE, h="center")
    merge(ws, f"F{h1}:H{h1}", "実績値", bold=True, box=True, shade=SHADE, h="center")
    merge(ws, f"I{h1}:K{h1}", "目標値", bold=True, box=True, shade=SHADE, h="center")
    for col, text in zip("FGHIJK", ["R3", "R4", "R5", "R5", "R6", "R7（最終）"], strict=True):
        put(ws, f"{col}{h2}", text, bold=True, box=True, shade=SHADE, h="center")
    ws.row_dimensions[h1].height = 18
    ws.row_dimensions[h2].height = 18
    r = h2 + 1
    first = r
    for no, name, unit, base, acts, tgts, fmt in OSHU_ROWS:
        sub = no is None
        put(ws, f"B{r}", no, box=True, h="center", fmt="0")
        put(ws, f"C{r}", name, box=True, h="right" if sub else "left")
        put(ws, f"D{r}", unit, box=True, h="center")
        value_cell(ws, f"E{r}", base, fmt)
        for col, v in zip("FGH", acts, strict=True):
            value_cell(ws, f"{col}{r}", v, fmt)
        for col, v in zip("IJK", tgts, strict=True):
            value_cell(ws, f"{col}{r}", v, fmt, shade=LIGHT if sub else None)
        ws.row_dimensions[r].height = 24
        r += 1
    merge(ws, f"A{first}:A{first + 1}", "活動指標", box=True, h="center")
    merge(ws, f"A{first + 2}:A{first + 5}", "成果指標", box=True, h="center")
    r = notes(
        ws,
        r,
        [
            "※1　（うち海外向け）は、No.3 の出荷額のうち海外向けの額（内数）を参考として示したもので、成果指標ではありません。",
            "※2　No.5 は令和4年度に始めた事業のため、基準値（R2）と R3 の実績は「―」としています。",
            "※3　実績値・目標値は各年度（4月～翌年3月）の値です。No.3 は水沢鋳物工業協同組合の調べによります。",
        ],
        "K",
    )
    r += 1
    put(ws, f"A{r}", "３　評価", size=11, bold=True, wrap=False)
    r += 1
    form_rows(
        ws,
        r,
        [
            ("有効性", "B（概ね順調）"),
            (
                "今後の方向性",
                "継続（海外向けの出荷額は3年連続で増加した。伝統産業会館の入館者数は目標に届かなかったため、毎年9月の奥州市南部鉄器まつりと連携した誘客に取り組む。）",
            ),
        ],
        ("A", "B"),
        ("C", "K"),
        {"今後の方向性": 30},
    )
    page(ws, landscape=False)
    save(wb, HERE / "oshu_nanbutekki_jimujigyo_r5.xlsx")


# ---------------------------------------------------------------- 千歳市 (HTML document)
CHITOSE = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>令和5年度 主要施策の成果（サケのふるさと千歳水族館魅力向上事業） | 北海道千歳市</title>
</head>
<body>
<nav aria-label="パンくずリスト"><ol>
<li><a href="/">ホーム</a></li>
<li><a href="/shisei/">市政情報</a></li>
<li><a href="/shisei/zaisei/">財政・決算</a></li>
<li>令和5年度 主要施策の成果（サケのふるさと千歳水族館魅力向上事業）</li>
</ol></nav>
<main>
<h1>令和５年度　主要施策の成果（サケのふるさと千歳水族館魅力向上事業）</h1>
<p class="date">更新日：2024年10月15日　担当：産業振興部 観光企画課</p>
<p>千歳市は北海道の中南部、石狩平野の南端に位置し、面積は594.50km²、人口は97,455人（2024年3月31日現在、住民基本台帳）です。昭和63年（1988年）7月に開港した新千歳空港は「北海道の空の玄関口」と呼ばれ、市の西部には最大水深約360mの支笏湖があり、そこから流れ出る千歳川が市街地を貫いています。</p>
<p>千歳川では明治21年（1888年）に本格的なサケのふ化放流事業が始まり、秋には「インディアン水車」でサケが捕獲されます。平成6年（1994年）に開館した「千歳サケのふるさと館」は、平成27年（2015年）7月に「サケのふるさと 千歳水族館」としてリニューアルし、同年度の来館者数は29.1万人と過去最高になりました。館内には高さ5m・幅12mの大水槽と、千歳川の川底を窓越しに観察できる水中観察ゾーンがあります。</p>
<dl>
<dt>事業名</dt><dd>サケのふるさと千歳水族館魅力向上事業</dd>
<dt>担当課</dt><dd>産業振興部　観光企画課</dd>
<dt>会計区分</dt><dd>一般会計　商工費</dd>
<dt>決算額</dt><dd>令和5年度　38,640千円（うち指定管理料　31,200千円）</dd>
</dl>
<h2>（１）事業の実績</h2>
<table border="1">
<thead>
<tr><th scope="col">No.</th><th scope="col">項目</th><th scope="col">単位</th><th scope="col">令和3年度</th><th scope="col">令和4年度</th><th scope="col">令和5年度</th></tr>
</thead>
<tbody>
<tr><td>ア</td><td>企画展・特別展の開催回数</td><td>回</td><td>2</td><td>4</td><td>5</td></tr>
<tr><td>イ</td><td>学校・団体向け出前授業の実施回数</td><td>回</td><td>9</td><td>16</td><td>22</td></tr>
</tbody>
</table>
<h2>（２）成果指標（年度別の推移）</h2>
<p>成果指標は、指標ごとに列を、年度ごとに行を設けて掲げています。</p>
<table border="1">
<thead>
<tr><th scope="col">区分</th><th scope="col">①水族館の入館者数（千人）</th><th scope="col">②外国人入館者数（人）</th><th scope="col">③来館者アンケートの満足度（％）</th></tr>
</thead>
<tbody>
<tr><th scope="row">基準値（R元）</th><td>201.4</td><td>18,260</td><td>86.2</td></tr>
<tr><th scope="row">R3</th><td>112.8</td><td>410</td><td>88.5</td></tr>
<tr><th scope="row">R4</th><td>168.3</td><td>3,950</td><td>89.1</td></tr>
<tr><th scope="row">R5</th><td>214.6</td><td>21,730</td><td>90.4</td></tr>
<tr class="goal"><th scope="row">目標値（R7）</th><td>230.0</td><td>25,000</td><td>92.0</td></tr>
</tbody>
</table>
<p class="note">※1　②外国人入館者数は暦年（1月～12月）の値です（「R3」の行は2021年1月～12月）。基準値・目標値も暦年の値です。</p>
<p class="note">※2　①と③は年度（4月～翌年3月）の値です。③は毎年8月の来館者アンケートで「満足」「やや満足」と答えた人の割合です。</p>
<h2>（３）成果と今後の方向性</h2>
<p>令和5年度の入館者数は21.4万人となり、基準年度（令和元年度）を初めて上回りました。新千歳空港の国際線の再開に合わせて多言語の館内案内を整え、外国人入館者数も2万人を超えています。今後は、9月と10月に集中する入館者を春と夏にも呼び込めるよう、企画展と出前授業を組み合わせた取組を進めます。</p>
</main>
<footer><p>北海道千歳市役所　産業振興部　観光企画課</p></footer>
</body>
</html>
"""


def build_chitose():
    (HERE / "chitose_suizokukan_shuyo_seika_r5.html").write_text(CHITOSE, encoding="utf-8")


# ---------------------------------------------------------------- 山辺町 (XLSX source of the PDF, portrait)
# band rows (施策 number, name, 【課】) and their indicators:
# (No., 成果指標, 単位, 策定時（R元）, R3実績, R4実績, R5実績, 目標値（R7）)
YAMANOBE = [
    (
        "施策3-1　ニット・繊維産業の振興　【産業振興課】",
        [
            (1, "町内ニット事業所の製品出荷額", "億円", "約42", 38.6, 40.2, 41.5, 45.0),
            (2, "ニット関連事業所への新規就業者数", "人", 6, 4, 7, 9, 10),
            (3, "町外の展示販売会に出展した事業所数", "事業所", 8, 5, 9, 11, 12),
        ],
    ),
    (
        "施策3-3　観光・交流の推進　【商工観光課】",
        [
            (4, "県民の森の利用者数", "千人", 96.8, 88.1, 101.4, "未集計", 110.0),
            (5, "観光客満足度（アンケート）", "％", 78.3, "―", 80.6, 84.2, "85～90"),
        ],
    ),
]


def build_yamanobe():
    wb = Workbook()
    ws = wb.active
    ws.title = "成果指標"
    widths(ws, {"A": 5, "B": 30, "C": 7.5, "D": 10, "E": 9, "F": 9, "G": 9, "H": 10.5})
    merge(
        ws,
        "A1:H1",
        "山辺町総合計画 後期基本計画　成果指標の進捗状況（令和５年度実績）",
        size=13,
        bold=True,
        h="center",
    )
    merge(ws, "A2:H2", "令和6年11月　山辺町", h="right")
    put(ws, "A4", "１　計画の概要", size=11, bold=True, wrap=False)
    rows = [
        ("計画の名称", "第5次山辺町総合計画　後期基本計画"),
        ("計画期間", "後期基本計画　令和3年度～令和7年度（5年間）"),
        ("取りまとめ", "総務課　政策推進係"),
        (
            "町の概要",
            "本町は山形盆地の南西部に位置し、須川を境に山形市と接する。昭和29年（1954年）10月1日に山辺町と大寺村・中村・作谷沢村・相模村の"
            "1町4村が合併して現在の町となった。面積は61.45km²、人口は13,032人（2024年10月1日推計）。10社以上のニット生産者が集まる全国有数の"
            "ニット産地で、「サマーニット」発祥の地とされる。南端の白鷹山周辺には「いろは48沼」と呼ばれる湖沼群と県民の森があり、"
            "大蕨棚田は日本の棚田百選に選ばれている。",
        ),
    ]
    r = form_rows(ws, 5, rows, ("A", "B"), ("C", "H"), {"町の概要": 64})
    r += 1
    put(ws, f"A{r}", "２　成果指標の進捗", size=11, bold=True, wrap=False)
    r += 1
    heads = [
        "No.",
        "成果指標",
        "単位",
        "策定時（R元）",
        "R3実績",
        "R4実績",
        "R5実績",
        "目標値（R7）",
    ]
    for col, text in zip("ABCDEFGH", heads, strict=True):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=SHADE, h="center")
    ws.row_dimensions[r].height = 22
    r += 1
    for band, items in YAMANOBE:
        merge(ws, f"A{r}:H{r}", band, bold=True, box=True, shade=BAND)
        ws.row_dimensions[r].height = 18
        r += 1
        for no, name, unit, *vals in items:
            put(ws, f"A{r}", no, box=True, h="center", fmt="0")
            put(ws, f"B{r}", name, box=True)
            put(ws, f"C{r}", unit, box=True, h="center")
            fmt = "#,##0" if unit in ("人", "事業所") else "#,##0.0"
            for col, v in zip("DEFGH", vals, strict=True):
                value_cell(ws, f"{col}{r}", v, fmt)
            ws.row_dimensions[r].height = 24
            r += 1
    r = notes(
        ws,
        r,
        [
            "※1　No.1 の策定時の値は、町の推計による概数です。",
            "※2　No.4 の R5 実績は、山形県の集計が公表されていないため「未集計」としています（令和6年12月公表予定）。",
            "※3　No.5 は、R3 の観光客アンケートを中止したため「―」としています。目標値の「85～90」は、85％以上90％以下を目指すものです。",
            "※4　実績値は各年度（4月～翌年3月）の値です。",
        ],
        "H",
    )
    page(ws, landscape=False)
    save(wb, SRC / "yamanobe_koki_seika_shinchoku_r5.xlsx")


# ---------------------------------------------------------------- 国見町 (XLSX source of the PDF, landscape)
# (区分, No., 指標, 単位, 基準値（H26）, H28実績, H29実績, H30目標, H30実績（速報値）, 評価（H30）, 目標値（H31）)
KUNIMI = [
    (
        "数値目標",
        None,
        "国見町に愛着・親しみを持っている人の割合（ふるさと愛着度）",
        "％",
        82.4,
        84.1,
        "―",
        88.0,
        85.6,
        "B",
        90.0,
    ),
    (
        "KPI",
        "①",
        "道の駅国見あつかしの郷の来場者数",
        "千人",
        "―",
        "―",
        1482.6,
        1600.0,
        1712.3,
        "A",
        1800.0,
    ),
    ("KPI", "②", "阿津賀志山防塁の史跡ガイド利用者数", "人", 320, 385, "418※3", 450, 472, "A", 500),
    (
        "KPI",
        "③",
        "観光果樹園（もも・あんず）の入園者数",
        "人",
        5120,
        5480,
        5230,
        6000,
        4960,
        "C",
        6500,
    ),
]


def build_kunimi():
    wb = Workbook()
    ws = wb.active
    ws.title = "KPI検証"
    widths(
        ws,
        {
            "A": 8,
            "B": 4.5,
            "C": 40,
            "D": 6,
            "E": 10,
            "F": 9,
            "G": 9,
            "H": 9,
            "I": 14,
            "J": 8,
            "K": 10,
        },
    )
    merge(
        ws,
        "A1:K1",
        "国見町まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の検証結果（平成30年度）",
        size=13,
        bold=True,
        h="center",
    )
    merge(ws, "A2:K2", "令和元年8月　国見町まち・ひと・しごと創生推進会議　資料２", h="right")
    rows = [
        ("戦略の名称", "国見町まち・ひと・しごと創生総合戦略（平成27年10月29日策定）"),
        ("戦略期間", "平成27年度～平成31年度（5年間）"),
        ("担当課", "企画情報課"),
        (
            "町の概要",
            "本町は福島県の中通り北端に位置し、北は宮城県白石市に接する。県都福島市まで16.5km、面積は37.95km²、人口は9,345人（平成27年10月1日現在）。"
            "文治5年（1189年）の奥州合戦で築かれた阿津賀志山防塁（約3.2km）が残り、桃とあんずの産地として知られる。平成29年（2017年）5月3日に"
            "開業した道の駅国見あつかしの郷は、開業154日目の同年10月3日に来場者100万人を達成した。",
        ),
    ]
    r = form_rows(ws, 4, rows, ("A", "B"), ("C", "K"), {"町の概要": 44})
    r += 1
    put(
        ws,
        f"A{r}",
        "■基本目標２　町の魅力を活かした歴史文化観光・農業観光による地域交流づくり",
        size=11,
        bold=True,
        wrap=False,
    )
    r += 1
    merge(
        ws,
        f"A{r}:K{r}",
        "評価　A：H30目標を達成　B：基準値から改善したが、H30目標は未達成　C：基準値を下回った",
        size=8,
    )
    r += 1
    heads = [
        "区分",
        "No.",
        "指標",
        "単位",
        "基準値（H26）",
        "H28実績",
        "H29実績",
        "H30目標",
        "H30実績（速報値）",
        "評価（H30）",
        "目標値（H31）",
    ]
    for col, text in zip("ABCDEFGHIJK", heads, strict=True):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=SHADE, h="center")
    ws.row_dimensions[r].height = 30
    r += 1
    first = r
    for kubun, no, name, unit, *vals in KUNIMI:
        put(ws, f"A{r}", kubun, box=True, h="center")
        put(ws, f"B{r}", no, box=True, h="center")
        put(ws, f"C{r}", name, box=True)
        put(ws, f"D{r}", unit, box=True, h="center")
        fmt = "#,##0" if unit == "人" else "#,##0.0"
        for col, v in zip("EFGHIJK", vals, strict=True):
            if col == "J":
                put(ws, f"{col}{r}", v, bold=True, box=True, h="center")
            else:
                value_cell(ws, f"{col}{r}", v, fmt)
        ws.row_dimensions[r].height = 28
        r += 1
    merge(ws, f"A{first + 1}:A{r - 1}", "KPI", box=True, h="center")
    notes(
        ws,
        r,
        [
            "※1　ふるさと愛着度は、隔年で実施する町民意識調査によるため、H29 は「―」としています。",
            "※2　①は、平成29年5月3日の開業前の値がないため、基準値と H28 は「―」としています（H29 は開業日から平成30年3月末まで）。",
            "※3　② の H29 実績は、集計の誤りを修正した値です（前回の検証時の公表値は436人）。",
            "※4　H30 実績は、令和元年7月末時点の速報値です。各年度（4月～翌年3月）の値です。",
        ],
        "K",
    )
    page(ws, landscape=True)
    save(wb, SRC / "kunimi_sousei_kpi_kensho_h30.xlsx")


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
    build_oshu()
    build_chitose()
    build_yamanobe()
    build_kunimi()
    if "--no-pdf" not in sys.argv:
        to_pdf()


if __name__ == "__main__":
    main()
