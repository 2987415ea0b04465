"""Build forms505: four KPI documents of 岩美町, 平生町, 宇和島市 and 水上村.

Writes `iwami_uradome_kofukin_kensho_r5.xlsx` (the workbook is the document), `hirao_kanko_shuyo_seika_r5.html`
and the XLSX sources `source/uwajima_sogo2_koki_shisaku_hyoka_r5.xlsx` and `source/mizukami_ichifusa_jimujigyo_r5.xlsx`,
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
STAMP = (2024, 8, 30, 9, 0, 0)
STAMP_ISO = b"2024-08-30T09:00:00Z"
PDFS = ["uwajima_sogo2_koki_shisaku_hyoka_r5", "mizukami_ichifusa_jimujigyo_r5"]


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
    wb.properties.creator = "forms505"
    wb.properties.lastModifiedBy = "forms505"
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


# ---------------------------------------------------------------- 岩美町 (XLSX document)
def build_iwami():
    wb = Workbook()
    ws = wb.active
    ws.title = "効果検証"
    widths(
        ws,
        {"A": 5, "B": 30, "C": 7, "D": 10, "E": 9, "F": 9, "G": 9, "H": 9, "I": 9, "J": 14, "K": 9},
    )
    merge(
        ws,
        "A1:K1",
        "デジタル田園都市国家構想交付金（地方創生推進タイプ）　効果検証シート（令和５年度実績）",
        size=13,
        bold=True,
        h="center",
    )
    merge(ws, "A2:K2", "令和6年8月　岩美町", h="right")
    rows = [
        ("交付対象事業の名称", "山陰海岸ジオパーク「浦富海岸」体験型観光推進事業"),
        ("地域再生計画の名称", "岩美町「海と山と温泉」観光地域づくり推進計画"),
        ("事業実施期間", "令和3年度～令和5年度（3か年）"),
        ("交付対象事業費", "3か年合計　42,600千円（うち交付金　21,300千円）"),
        ("担当課", "商工観光課"),
        (
            "町の概要",
            "鳥取県の最東北端に位置し、東は兵庫県に接する。昭和29年（1954年）に9町村が合併して誕生し、総面積は122.4km²、人口は約11,000人。"
            "日本海に面する東西およそ15kmのリアス式海岸「浦富海岸」は山陰海岸国立公園に指定され、世界ジオパークネットワークに加盟した"
            "「山陰海岸ジオパーク」の一部でもある。海域公園の透明度の高い海ではシュノーケルやシーカヤックが盛んで、"
            "“湯かむり”で知られる岩井温泉は国民保養温泉地に指定されている。",
        ),
        (
            "事業の概要",
            "浦富海岸の島めぐり遊覧船、シーカヤック・磯観察等の体験プログラムを一体的に売り出すため、ジオガイドの養成、"
            "体験プログラムの造成と予約サイトの整備、外国人観光客向けの多言語案内を行う。",
        ),
    ]
    r = 4
    for key, val in rows:
        merge(ws, f"A{r}:B{r}", key, bold=True, box=True, shade=True)
        merge(ws, f"C{r}:K{r}", val, box=True)
        ws.row_dimensions[r].height = {"町の概要": 62, "事業の概要": 32}.get(key, 18)
        r += 1
    r += 1
    put(ws, f"A{r}", "■重要業績評価指標（KPI）の目標と実績", size=11, bold=True, wrap=False)
    r += 1
    h1, h2 = r, r + 1
    for col, text in (
        ("A", "No."),
        ("B", "重要業績評価指標（KPI）"),
        ("C", "単位"),
        ("D", "事業開始前（R2）"),
        ("K", "達成状況（R5）"),
    ):
        merge(ws, f"{col}{h1}:{col}{h2}", text, bold=True, box=True, shade=True, h="center")
    for a, b, year in (("E", "F", "R3年度"), ("G", "H", "R4年度"), ("I", "J", "R5年度")):
        merge(ws, f"{a}{h1}:{b}{h1}", year, bold=True, box=True, shade=True, h="center")
        put(ws, f"{a}{h2}", "目標", bold=True, box=True, shade=True, h="center")
        put(ws, f"{b}{h2}", "実績", bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[h1].height = 20
    ws.row_dimensions[h2].height = 18
    r = h2 + 1
    tenth = '#,##0.0;"△"#,##0.0'
    kpis = [
        (
            1,
            "浦富海岸島めぐり遊覧船の乗船者数",
            "人",
            9860,
            "1万2,000",
            "1万1,340",
            "1万4,000",
            "1万5,210",
            "1万6,000",
            "1万7,860",
            "達成",
        ),
        (
            2,
            "ジオパーク体験プログラムの参加者数",
            "人",
            1240,
            1500,
            1480,
            1800,
            1920,
            2100,
            "2,050（暫定値）",
            "未達成",
        ),
        (3, "観光消費額の増加額", "百万円", "―", 10.0, -12.5, 20.0, 8.2, 30.0, 31.4, "達成"),
        (
            4,
            "町内宿泊施設の延べ宿泊者数",
            "人泊",
            48200,
            50000,
            51360,
            52000,
            53870,
            54000,
            55120,
            "達成",
        ),
        (5, "観光案内所の外国人利用者数", "人", 85, 100, 62, 150, 138, 200, 241, "達成"),
    ]
    for no, name, unit, *vals, status in kpis:
        put(ws, f"A{r}", no, box=True, h="center")
        put(ws, f"B{r}", name, box=True)
        put(ws, f"C{r}", unit, box=True, h="center")
        for col, v in zip("DEFGHIJ", vals, strict=True):
            put(
                ws, f"{col}{r}", v, box=True, h="right", fmt=tenth if isinstance(v, float) else None
            )
        put(ws, f"K{r}", status, box=True, h="center")
        ws.row_dimensions[r].height = 22
        r += 1
    notes = [
        "※1　No.1の「万」は1万人を表す（例：1万2,000＝12,000人）。数値は運航事業者の集計による。",
        "※2　No.2のR5実績は暫定値（令和6年4月末集計）。確定値は令和6年度の検証で報告する。",
        "※3　No.3は事業開始前（R2）からの増加額。「△」は減少を示す（R3は新型コロナウイルス感染症の影響による）。",
        "※4　達成状況は、R5年度の目標値と実績値を比較したもの。",
    ]
    for note in notes:
        merge(ws, f"A{r}:K{r}", note, size=8)
        ws.row_dimensions[r].height = 14
        r += 1
    r += 1
    put(ws, f"A{r}", "■外部有識者（地方創生推進会議）の意見", size=11, bold=True, wrap=False)
    r += 1
    merge(
        ws,
        f"A{r}:K{r}",
        "遊覧船の乗船者数は3年間で約8千人増加し、事業の効果が認められる。体験プログラムは参加者数の伸びが鈍化しており、"
        "岩井温泉での宿泊と組み合わせた商品づくりが求められる。",
        box=True,
    )
    ws.row_dimensions[r].height = 32
    page(ws, landscape=False)
    save(wb, HERE / "iwami_uradome_kofukin_kensho_r5.xlsx")


# ---------------------------------------------------------------- 宇和島市 (PDF source, landscape)
def build_uwajima():
    wb = Workbook()
    ws = wb.active
    ws.title = "施策評価"
    widths(ws, {"A": 5, "B": 36, "C": 6, "D": 11, "E": 10, "F": 10, "G": 10, "H": 11, "I": 7})
    merge(
        ws,
        "A1:I1",
        "第2次宇和島市総合計画　後期基本計画　施策評価シート（令和５年度実績）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:I2", "令和6年8月　宇和島市", h="right")
    put(ws, "A3", "１　施策の概要", size=11, bold=True, wrap=False)
    rows = [
        (
            "将来像",
            "継承・共育・発信のまち　～世代を超えて、自然を愛し、歴史を誇る　ふるさとうわじまの実現を目指して～",
        ),
        (
            "計画期間",
            "基本構想　平成30年度～令和9年度（10年間）／後期基本計画　令和5年度～令和9年度（5年間）",
        ),
        ("施策名", "4-2　観光の振興"),
        ("主管課", "商工観光課"),
        (
            "施策の事業費",
            "令和5年度決算　186,420千円（主な事業：観光振興事業、闘牛振興事業、宇和島城管理運営事業）",
        ),
        (
            "施策の現状と課題",
            "本市は平成17年（2005年）8月1日に旧宇和島市・吉田町・三間町・津島町の4市町が合併して誕生した。面積は468.19km²、"
            "人口は70,440人（令和4年9月1日推計）。藤堂高虎が慶長6年（1601年）に築いた宇和島城、年5場所開催の闘牛、"
            "7月22日から24日の「うわじま牛鬼まつり」、国の重要文化的景観「遊子水荷浦の段畑」、国指定名勝「天赦園」など観光資源は多いが、"
            "通過型の観光が多く、宿泊や消費につながる滞在型観光への転換が課題である。",
        ),
    ]
    r = 4
    for key, val in rows:
        merge(ws, f"A{r}:B{r}", key, bold=True, box=True, shade=True)
        merge(ws, f"C{r}:I{r}", val, box=True)
        ws.row_dimensions[r].height = 54 if key == "施策の現状と課題" else 18
        r += 1
    r += 1
    put(ws, f"A{r}", "２　成果指標の状況", size=11, bold=True, wrap=False)
    r += 1
    merge(
        ws,
        f"A{r}:I{r}",
        "【評価】　◎：目標を達成　○：目標は未達成だが策定時より改善　△：策定時より悪化又は横ばい　―：実績がないため評価しない",
        size=8,
    )
    r += 1
    head = [
        "No.",
        "成果指標",
        "単位",
        "策定時（R3）",
        "R4実績",
        "R5目標",
        "R5実績",
        "目標値（R9）",
        "評価",
    ]
    for col, text in zip("ABCDEFGHI", head, strict=True):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[r].height = 22
    r += 1
    inds = [
        (1, "観光客数", "千人", 1642.5, 1870.3, 2000.0, 2086.4, 2300.0, "◎"),
        (2, "闘牛大会の観覧者数※1", "人", 6820, 9450, 10000, 10380, 12000, "◎"),
        (3, "宇和島城天守の入場者数", "人", 38410, 46920, 52000, 49870, 60000, "○"),
        (4, "観光ボランティアガイドの登録者数※2", "人", 42, 40, 45, 38, 50, "△"),
        (5, "観光施策に満足している市民の割合※3", "％", 31.6, 34.2, 36.0, "―", 40.0, "―"),
    ]
    for no, name, unit, *vals, grade in inds:
        put(ws, f"A{r}", no, box=True, h="center")
        put(ws, f"B{r}", name, box=True)
        put(ws, f"C{r}", unit, box=True, h="center")
        for col, v in zip("DEFGH", vals, strict=True):
            put(ws, f"{col}{r}", v, box=True, h="right")
        put(ws, f"I{r}", grade, box=True, h="center", size=10)
        ws.row_dimensions[r].height = 22
        r += 1
    notes = [
        "※1　No.2は市営闘牛場で開催する闘牛大会（年5場所）の観覧者数で、暦年（1月～12月）で集計している。",
        "※2　No.4は各年度末（3月31日）現在の登録者数。",
        "※3　No.5の市民意識調査は、令和5年度は調査方法の見直しのため実施していない。",
        "※　千人単位の数値は、小数点以下第2位を四捨五入している。",
    ]
    for note in notes:
        merge(ws, f"A{r}:I{r}", note, size=8)
        ws.row_dimensions[r].height = 14
        r += 1
    r += 1
    put(ws, f"A{r}", "３　施策の評価", size=11, bold=True, wrap=False)
    r += 1
    merge(ws, f"A{r}:B{r}", "総合評価", bold=True, box=True, shade=True)
    merge(ws, f"C{r}:I{r}", "B（概ね順調）", box=True)
    r += 1
    merge(ws, f"A{r}:B{r}", "今後の方向性", bold=True, box=True, shade=True)
    merge(
        ws,
        f"C{r}:I{r}",
        "闘牛や牛鬼まつりの来訪者を宇和島城・天赦園の周遊と市内宿泊につなげるため、観光ボランティアガイドの確保と育成に重点的に取り組む。",
        box=True,
    )
    ws.row_dimensions[r].height = 30
    page(ws, landscape=True)
    save(wb, SRC / "uwajima_sogo2_koki_shisaku_hyoka_r5.xlsx")


# ---------------------------------------------------------------- 水上村 (PDF source, portrait)
def build_mizukami():
    wb = Workbook()
    ws = wb.active
    ws.title = "事務事業評価"
    widths(ws, {"A": 9, "B": 5, "C": 34, "D": 6, "E": 9, "F": 14, "G": 9, "H": 14, "I": 9})
    merge(
        ws,
        "A1:I1",
        "令和６年度　事務事業評価シート（令和５年度実施事業）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:I2", "作成日　令和6年7月26日　　水上村", h="right")
    rows = [
        ("事務事業名", "市房山森林セラピー・湯山温泉観光推進事業"),
        ("担当課", "産業振興課　観光係"),
        ("関連計画", "水上村まち・ひと・しごと創生推進計画"),
        ("事業期間", "令和3年度～令和7年度"),
        (
            "事業の概要",
            "本村は明治28年（1895年）に湯山村・岩野村・江代村の3村が合併して誕生した。面積は190.96km²で、村域の約91%を森林が占め、"
            "人口は2,033人（令和2年国勢調査）。県下2番目の高峰・市房山（標高1,722m）には樹齢1000年といわれる「市房杉」が立ち並び、"
            "森林セラピー基地に認定されている。本事業では、ガイド付きの森林セラピーツアーと「美人の湯」として知られる湯山温泉の"
            "日帰り入浴を組み合わせた滞在プログラムを実施する。",
        ),
    ]
    r = 4
    for key, val in rows:
        merge(ws, f"A{r}:B{r}", key, bold=True, box=True, shade=True)
        merge(ws, f"C{r}:I{r}", val, box=True)
        ws.row_dimensions[r].height = 62 if key == "事業の概要" else 18
        r += 1
    r += 1
    put(ws, f"A{r}", "１　事業費の推移（単位：千円）", size=11, bold=True, wrap=False)
    r += 1
    merge(ws, f"A{r}:D{r}", "区分", bold=True, box=True, shade=True, h="center")
    for col, text in zip("EFGH", ["3年度決算", "4年度決算", "5年度決算", "6年度予算"], strict=True):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=True, h="center")
    r += 1
    for label, vals in (
        ("事業費", [6840, 7210, 7980, 8300]),
        ("うち一般財源", [3420, 3605, 3990, 4150]),
    ):
        merge(ws, f"A{r}:D{r}", label, box=True)
        for col, v in zip("EFGH", vals, strict=True):
            put(ws, f"{col}{r}", v, box=True, h="right")
        r += 1
    r += 1
    put(ws, f"A{r}", "２　指標の推移", size=11, bold=True, wrap=False)
    r += 1
    head = [
        "区分",
        "No.",
        "指標名",
        "単位",
        "3年度実績",
        "4年度実績",
        "5年度目標",
        "5年度実績",
        "7年度目標",
    ]
    for col, text in zip("ABCDEFGHI", head, strict=True):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[r].height = 22
    r += 1
    inds = [
        ("活動指標", 1, "森林セラピーガイド付きツアーの実施回数", "回", 18, 24, 30, 32, 36),
        (
            "成果指標",
            2,
            "森林セラピーツアーの参加者数",
            "人",
            286,
            "402（うち村外312）",
            450,
            "497（うち村外405）",
            550,
        ),
        ("成果指標", 3, "湯山温泉の日帰り入浴施設利用者数", "千人", 41.6, 45.2, 48.0, 47.3, 50.0),
        (
            "成果指標",
            4,
            "ツアー参加者の満足度（「満足」「やや満足」の割合）",
            "％",
            91.2,
            93.5,
            90.0,
            "未計測",
            90.0,
        ),
    ]
    start = r
    for kubun, no, name, unit, *vals in inds:
        put(ws, f"A{r}", kubun, box=True, h="center")
        put(ws, f"B{r}", no, box=True, h="center")
        put(ws, f"C{r}", name, box=True)
        put(ws, f"D{r}", unit, box=True, h="center")
        for col, v in zip("EFGHI", vals, strict=True):
            put(ws, f"{col}{r}", v, box=True, h="right")
        ws.row_dimensions[r].height = 26
        r += 1
    ws.merge_cells(f"A{start + 1}:A{start + 3}")
    notes = [
        "※No.2の（　）内は村外からの参加者数で、内数。",
        "※No.4はツアー参加者アンケートによる。5年度はアンケート様式の改訂が遅れたため実施していない。",
    ]
    for note in notes:
        merge(ws, f"A{r}:I{r}", note, size=8)
        ws.row_dimensions[r].height = 14
        r += 1
    r += 1
    put(ws, f"A{r}", "３　評価", size=11, bold=True, wrap=False)
    r += 1
    for key, val in (
        ("有効性", "A（効果があった）"),
        ("今後の方向性", "拡充（市房杉と湯山温泉を組み合わせた宿泊型プログラムを造成する）"),
    ):
        merge(ws, f"A{r}:B{r}", key, bold=True, box=True, shade=True)
        merge(ws, f"C{r}:I{r}", val, box=True)
        ws.row_dimensions[r].height = 18
        r += 1
    page(ws, landscape=False)
    save(wb, SRC / "mizukami_ichifusa_jimujigyo_r5.xlsx")


# ---------------------------------------------------------------- 平生町 (HTML)
HIRAO = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>令和５年度　主要な施策の成果（観光・交流・移住の推進） | 平生町</title>
</head>
<body>
<nav aria-label="パンくずリスト"><ol>
<li><a href="/">ホーム</a></li>
<li><a href="/gyosei/">町政情報</a></li>
<li><a href="/gyosei/zaisei/">財政</a></li>
<li>令和５年度　主要な施策の成果（観光・交流・移住の推進）</li>
</ol></nav>
<main>
<h1>令和５年度　主要な施策の成果（観光・交流・移住の推進）</h1>
<p class="date">更新日：2024年11月15日　担当：地域振興課 まちづくり推進班</p>
<p>平生町は山口県の東南部、瀬戸内海に面した室津半島の西側に位置し、南北約11km、東西約9km、面積34.54km²の町です。人口は11,049人（2024年10月1日推計）。昭和30年（1955年）1月1日に大野村・佐賀村・曽根村と合併して現在の町となり、令和4年（2022年）5月2日には新庁舎での業務を開始しました。</p>
<p>大星山（標高438m）の展望台からは瀬戸内海の島々を望むことができ、佐合島を含む18.2kmの平生湾は瀬戸内海国立公園の一端を形成しています。このページでは、令和5年度決算に係る主要な施策のうち、観光・交流・移住の推進の成果をお知らせします。</p>
<h2>1　施策の概要</h2>
<dl>
<dt>施策名</dt><dd>観光・交流・移住の推進</dd>
<dt>決算額</dt><dd>令和5年度　24,860千円（うち一般財源　15,320千円）</dd>
<dt>担当課</dt><dd>地域振興課</dd>
</dl>
<h2>2　成果指標の状況</h2>
<p>目標値の欄の（　）内は目標年度です。表中の「－」は実績がないことを、数値の前の「－」はマイナス（減少）を表します。達成状況は、目標年度が令和5年度の指標についてのみ記載しています。</p>
<table border="1">
<thead>
<tr><th scope="col">指標名</th><th scope="col">単位</th><th scope="col">基準値<br>（令和元年度）</th><th scope="col">令和3年度<br>実績</th><th scope="col">令和4年度<br>実績</th><th scope="col">令和5年度<br>実績</th><th scope="col">目標値</th><th scope="col">達成状況</th></tr>
</thead>
<tbody>
<tr><th scope="row">大星山展望台の利用者数</th><td>人</td><td>6,850</td><td>7,420</td><td>7,960</td><td>8,420</td><td>9,000<br>（令和6年度）</td><td>―</td></tr>
<tr><th scope="row">佐合島ふれあい交流事業の参加者数</th><td>人</td><td>320</td><td>180</td><td>265</td><td>342</td><td>330<br>（令和5年度）</td><td>達成</td></tr>
<tr><th scope="row">観光ボランティアガイドの案内件数</th><td>件</td><td>42</td><td>－</td><td>38</td><td>51</td><td>60<br>（令和7年度）</td><td>―</td></tr>
<tr><th scope="row">平生町観光情報サイトの閲覧数</th><td>千件</td><td>48.2</td><td>61.5</td><td>66.0</td><td>72.4</td><td>80.0<br>（令和6年度）</td><td>―</td></tr>
<tr><th scope="row">社会増減数（転入者数－転出者数）</th><td>人</td><td>－48</td><td>－35</td><td>－21</td><td>－12</td><td>0<br>（令和5年度）</td><td>未達成</td></tr>
</tbody>
</table>
<p class="note">※　令和3年度の観光ボランティアガイドは、新型コロナウイルス感染症の影響により活動を休止しました。</p>
<p class="note">※　社会増減数は住民基本台帳による年度中の転入者数から転出者数を差し引いた数です。</p>
<h2>3　今後の方向性</h2>
<p>大星山と佐合島を結ぶ周遊ルートの情報発信を強化するとともに、お試し住宅の利用者を移住につなげる相談体制を充実させます。</p>
</main>
<footer><p>平生町役場　地域振興課</p></footer>
</body>
</html>
"""


def build_hirao():
    (HERE / "hirao_kanko_shuyo_seika_r5.html").write_text(HIRAO, encoding="utf-8")


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
    build_iwami()
    build_uwajima()
    build_mizukami()
    build_hirao()
    if "--no-pdf" not in sys.argv:
        to_pdf()


if __name__ == "__main__":
    main()
