"""Build the forms483 documents.

Writes three workbooks into ``source/`` (神川町, 松田町, 山ノ内町) and turns each into a one-page A4 PDF in this
folder with LibreOffice, and writes the 白子町 HTML page into this folder. The workbooks and the HTML are byte-stable
(fixed document dates, fixed ZIP entry times). ``--no-pdf`` skips LibreOffice.
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
SOURCE = HERE / "source"
FONT = "Noto Sans CJK JP"
FIXED = datetime.datetime(2024, 1, 1, 0, 0, 0)
THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
SHADE = PatternFill("solid", fgColor="D9D9D9")
LIGHT = PatternFill("solid", fgColor="F2F2F2")


def put(
    ws,
    ref,
    value,
    *,
    bold=False,
    size=9,
    fill=None,
    box=True,
    h="center",
    v="center",
    wrap=True,
    merge=None,
):
    """Write one cell (or a merged range starting at ``ref``) with the sheet's look."""
    cell = ws[ref]
    cell.value = value
    cell.font = Font(name=FONT, size=size, bold=bold)
    cell.alignment = Alignment(horizontal=h, vertical=v, wrap_text=wrap)
    if fill is not None:
        cell.fill = fill
    if merge:
        ws.merge_cells(f"{ref}:{merge}")
        if box or fill is not None:
            for row in ws[f"{ref}:{merge}"]:
                for c in row:
                    if box:
                        c.border = BOX
                    if fill is not None:
                        c.fill = fill
    elif box:
        cell.border = BOX


def text(ws, ref, value, *, bold=False, size=9, h="left", merge=None):
    put(ws, ref, value, bold=bold, size=size, box=False, h=h, merge=merge)


def page(ws, landscape, widths, heights=None):
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    for row, hgt in (heights or {}).items():
        ws.row_dimensions[row].height = hgt
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    ws.sheet_view.showGridLines = False


def save_stable(wb, path):
    """Save a workbook with fixed document dates and fixed ZIP entry times."""
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = "forms483"
    wb.properties.lastModifiedBy = "forms483"
    buf = io.BytesIO()
    wb.save(buf)
    stamp = FIXED.strftime("%Y-%m-%dT%H:%M:%SZ")
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in sorted(src.namelist()):
            data = src.read(name)
            if name == "docProps/core.xml":
                data = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", stamp.encode(), data)
            info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, data)
    path.write_bytes(out.getvalue())


# ---------------------------------------------------------------- 神川町 (portrait)


def kamikawa():
    wb = Workbook()
    ws = wb.active
    ws.title = "効果検証R1"
    cols = "ABCDEFGHIJKL"
    page(
        ws,
        False,
        dict(zip(cols, [15, 8, 4.5, 27, 7, 9.5, 6, 8, 8, 8, 8, 6])),
        {7: 54, 11: 18, 12: 18},
    )
    text(
        ws,
        "A1",
        "神川町総合戦略　効果検証シート（令和元年度）",
        bold=True,
        size=14,
        h="center",
        merge="L1",
    )
    text(ws, "H2", "令和2年8月　神川町", h="right", merge="L2")
    rows = [
        (4, "戦略の名称", "神川町総合戦略（平成28年3月策定）"),
        (5, "計画期間", "平成27年度～令和元年度（5年間）"),
        (6, "担当課", "総務課　企画財政係"),
        (
            7,
            "町の概要",
            "平成18年1月1日に旧神川町と神泉村が合併して誕生した町で、面積は47.40km²、人口は13,730人（平成27年国勢調査）。国道254号沿いの直売所で知られる梨の産地であり、城峯公園の冬桜は10月下旬から12月上旬に見頃を迎える。",
        ),
    ]
    for r, k, val in rows:
        put(ws, f"A{r}", k, fill=LIGHT, merge=f"B{r}")
        put(ws, f"C{r}", val, h="left", merge=f"L{r}")
    text(
        ws,
        "A9",
        "■基本目標ごとの数値目標・重要業績評価指標（KPI）の検証",
        bold=True,
        size=10,
        merge="L9",
    )
    for ref, val, to in [
        ("A11", "基本目標", "A12"),
        ("B11", "区分", "B12"),
        ("C11", "No.", "C12"),
        ("D11", "指標", "D12"),
        ("E11", "単位", "E12"),
        ("F11", "基準値\n（H26）", "F12"),
        ("G11", "目標", "H11"),
        ("I11", "実績値", "K11"),
        ("L11", "判定", "L12"),
    ]:
        put(ws, ref, val, bold=True, fill=SHADE, merge=to)
    for ref, val in [("G12", "年度"), ("H12", "値"), ("I12", "H29"), ("J12", "H30"), ("K12", "R1")]:
        put(ws, ref, val, bold=True, fill=SHADE)
    data = [
        (
            13,
            "数値目標",
            "1",
            "町内事業所の従業者数",
            "人",
            "5,420",
            "R1",
            "5,600",
            "5,480",
            "5,510",
            "5,530",
            "×",
        ),
        (
            14,
            "KPI",
            "2",
            "新規就農者数（H27からの累計）",
            "人",
            "0",
            "R1",
            "10",
            "5",
            "7",
            "11",
            "○",
        ),
        (
            15,
            "数値目標",
            "3",
            "観光入込客数",
            "千人",
            "612.4",
            "R1",
            "700.0",
            "655.0",
            "671.8",
            "648.3",
            "×",
        ),
        (
            16,
            "（内訳）",
            "",
            "　うち城峯公園",
            "千人",
            "148.2",
            "",
            "",
            "152.1",
            "160.4",
            "139.0",
            "",
        ),
        (
            17,
            "（内訳）",
            "",
            "　うち金鑚神社",
            "千人",
            "201.5",
            "",
            "",
            "210.3",
            "214.9",
            "205.6",
            "",
        ),
        (
            18,
            "KPI",
            "4",
            "梨直売所の販売額",
            "百万円",
            "185",
            "H30",
            "200",
            "192",
            "204",
            "179",
            "○",
        ),
        (
            19,
            "数値目標",
            "5",
            "合計特殊出生率",
            "―",
            "1.21",
            "R1",
            "1.35",
            "1.26",
            "1.19",
            "1.24",
            "×",
        ),
        (
            20,
            "KPI",
            "6",
            "子育て支援センター利用者数（延べ）",
            "人",
            "4,850",
            "R1",
            "6,000",
            "5,310",
            "5,902",
            "6,145",
            "○",
        ),
    ]
    for r, *vals in data:
        sub = vals[0] == "（内訳）"
        for col, val in zip("BCDEFGHIJKL", vals):
            put(
                ws,
                f"{col}{r}",
                val,
                h="left" if col == "D" else ("right" if col in "FHIJK" else "center"),
                fill=LIGHT if sub else None,
            )
        ws.row_dimensions[r].height = 20
    for top, bottom, label in [
        (13, 14, "基本目標１\n安定した雇用を創出する"),
        (15, 18, "基本目標２\n新しいひとの流れをつくる"),
        (19, 20, "基本目標３\n若い世代の結婚・出産・子育ての希望をかなえる"),
    ]:
        put(ws, f"A{top}", label, h="left", merge=f"A{bottom}")
    notes = [
        "※1　判定：○ 目標を達成　× 目標未達成（各指標の目標年度の実績で判定）",
        "※2　（内訳）欄は観光入込客数の主な内訳を参考として掲げたもので、KPIではありません（No.を付していません）。",
        "※3　No.4の目標年度は、平成29年3月の戦略改訂時に平成30年度として設定したものです。",
        "※4　観光入込客数は埼玉県観光入込客統計調査による年度の値です。",
    ]
    for i, note in enumerate(notes):
        text(ws, f"A{22 + i}", note, size=8, merge=f"L{22 + i}")
    save_stable(wb, SOURCE / "kamikawa_senryaku_kensho_r1.xlsx")


# ---------------------------------------------------------------- 松田町 (landscape)


def matsuda():
    wb = Workbook()
    ws = wb.active
    ws.title = "KPI効果検証"
    cols = "ABCDEFGHIJKLMN"
    page(
        ws,
        True,
        dict(zip(cols, [5, 30, 7, 11, 8.5, 8.5, 8.5, 8.5, 8.5, 8.5, 8.5, 8.5, 22, 1])),
        {7: 44, 10: 30, 11: 16},
    )
    text(
        ws,
        "A1",
        "地域再生計画に係る重要業績評価指標（KPI）の効果検証（令和５年度）",
        bold=True,
        size=14,
        h="center",
        merge="M1",
    )
    text(ws, "I2", "令和6年9月　松田町", h="right", merge="M2")
    rows = [
        (4, "地域再生計画の名称", "松田町まち・ひと・しごと創生推進計画"),
        (5, "計画期間", "令和3年4月1日～令和6年3月31日（交付対象事業費　3か年合計 48,600千円）"),
        (6, "担当課", "政策推進課"),
        (
            7,
            "町の現状",
            "本町は昭和30年に寄村と合併して現在の町域となった。東京都心から約70km、総面積は37.75km²、人口はおよそ1万人で、北部は丹沢大山国定公園の西丹沢山系、南部は酒匂川・川音川の流域に市街地が広がる。松田山の早咲き桜とハーブ館、寄地区の自然を生かした交流人口の拡大を図る。",
        ),
    ]
    for r, k, val in rows:
        put(ws, f"A{r}", k, fill=LIGHT, merge=f"B{r}")
        put(ws, f"C{r}", val, h="left", merge=f"M{r}")
    text(ws, "A9", "■重要業績評価指標（KPI）の増加分の目標と実績", bold=True, size=10, merge="M9")
    for ref, val, to in [
        ("A10", "No.", "A11"),
        ("B10", "KPI", "B11"),
        ("C10", "単位", "C11"),
        ("D10", "事業開始前\n（現時点）", "D11"),
        ("E10", "令和3年度増加分\n（1年目）", "F10"),
        ("G10", "令和4年度増加分\n（2年目）", "H10"),
        ("I10", "令和５年度増加分\n（3年目）", "J10"),
        ("K10", "KPI増加分の累計", "L10"),
        ("M10", "備考", "M11"),
    ]:
        put(ws, ref, val, bold=True, fill=SHADE, merge=to)
    for col in "EGIK":
        put(ws, f"{col}11", "目標", bold=True, fill=SHADE)
    for col in "FHJL":
        put(ws, f"{col}11", "実績", bold=True, fill=SHADE)
    data = [
        (
            12,
            "①",
            "松田山ハーブ館及び寄地区の観光客入込数",
            "人",
            "182,000",
            "5,000",
            "▲12,400",
            "5,000",
            "21,300",
            "5,000",
            "4,150",
            "15,000",
            "13,050",
            "R3はまつだ桜まつり中止",
        ),
        (
            13,
            "②",
            "移住相談を経た町外からの移住者数",
            "人",
            "6",
            "2",
            "3",
            "3",
            "1",
            "3",
            "4",
            "8",
            "8",
            "",
        ),
        (
            14,
            "③",
            "町内事業者による新商品の開発件数",
            "件",
            "0",
            "1",
            "1",
            "2",
            "2",
            "2",
            "―",
            "5",
            "―",
            "R5実績は事業者報告の集計中（※2）",
        ),
        (
            15,
            "④",
            "ふるさと納税寄附額",
            "千円",
            "35,600",
            "5,000",
            "8,240",
            "5,000",
            "▲2,130",
            "10,000",
            "15,800",
            "20,000",
            "21,910",
            "",
        ),
    ]
    for r, *vals in data:
        for col, val in zip("ABCDEFGHIJKLM", vals):
            put(
                ws,
                f"{col}{r}",
                val,
                h="left" if col in "BM" else ("center" if col in "AC" else "right"),
                fill=LIGHT if col in "KL" else None,
            )
        ws.row_dimensions[r].height = 30
    notes = [
        "※1　各年度の数値は事業開始前（現時点）からの増加分（単年度）であり、▲は前年度からの減少を示す。「KPI増加分の累計」は各年度の増加分の合計である。",
        "※2　③の令和5年度実績は、令和6年9月時点で集計中のため「―」とした。",
        "※3　①の令和3年度は、新型コロナウイルス感染症の影響により、まつだ桜まつり（例年2月）を中止した。",
    ]
    for i, note in enumerate(notes):
        text(ws, f"A{17 + i}", note, size=8, merge=f"M{17 + i}")
    save_stable(wb, SOURCE / "matsuda_saisei_kpi_kensho_r5.xlsx")


# ---------------------------------------------------------------- 山ノ内町 (portrait)


def yamanouchi():
    wb = Workbook()
    ws = wb.active
    ws.title = "事務事業評価R5"
    cols = "ABCDEFGHIJKL"
    page(
        ws,
        False,
        dict(zip(cols, [13, 24, 5, 15, 6.5, 6.5, 6.5, 6.5, 6.5, 7.5, 8, 1])),
        {4: 20, 5: 20, 6: 20, 7: 20, 8: 52, 12: 30, 13: 16},
    )
    text(
        ws,
        "A1",
        "令和６年度　事務事業評価シート（令和５年度実施事業）",
        bold=True,
        size=14,
        h="center",
        merge="K1",
    )
    text(ws, "G2", "評価日　令和6年6月28日　山ノ内町", h="right", merge="K2")
    rows = [
        (4, "事務事業名", "移住・定住促進事業"),
        (5, "担当課", "総務課　政策推進係"),
        (6, "総合計画の位置付け", "第6次山ノ内町総合計画　前期基本計画（令和3年度～令和7年度）"),
        (7, "事業期間", "令和3年度～令和7年度"),
        (
            8,
            "事業の目的・概要",
            "面積265.90km²の町域に志賀高原・湯田中渋温泉郷・北志賀高原の3つの観光エリアを持つ本町の魅力を首都圏等に発信し、移住相談会への出展、移住体験住宅の貸出し（最長30日）などにより、移住・定住を促進する。移住相談件数は年間約40件で推移している。",
        ),
    ]
    for r, k, val in rows:
        put(ws, f"A{r}", k, fill=LIGHT)
        put(ws, f"B{r}", val, h="left", merge=f"K{r}")
    text(ws, "A10", "２　指標の推移", bold=True, size=10, merge="K10")
    for ref, val, to in [
        ("A12", "区分", "A13"),
        ("B12", "指標名", "B13"),
        ("C12", "単位", "C13"),
        ("D12", "指標の把握方法", "D13"),
        ("E12", "R3", "F12"),
        ("G12", "R4", "H12"),
        ("I12", "R5", "J12"),
        ("K12", "最終目標\n（R7）", "K13"),
    ]:
        put(ws, ref, val, bold=True, fill=SHADE, merge=to)
    for col in "EGI":
        put(ws, f"{col}13", "計画", bold=True, fill=SHADE)
    for col in "FHJ":
        put(ws, f"{col}13", "実績", bold=True, fill=SHADE)
    data = [
        (14, "①移住相談会への出展回数", "回", "出展記録による", "4", "3", "6", "6", "6", "7", "6"),
        (
            15,
            "②移住体験住宅の利用件数",
            "件",
            "利用申請書による（1件は1世帯）",
            "12",
            "9",
            "15",
            "14",
            "15",
            "16（見込）",
            "20",
        ),
        (
            16,
            "③移住相談窓口を通じた移住者数",
            "人",
            "転入時の聞き取りによる",
            "10",
            "8",
            "12",
            "13",
            "12",
            "11",
            "15",
        ),
        (
            17,
            "④移住者の定着率（転入3年後）",
            "％",
            "転入から3年後の住民基本台帳による（対象約30世帯）",
            "80.0",
            "―",
            "80.0",
            "75.0",
            "80.0",
            "83.3",
            "85.0",
        ),
    ]
    for r, *vals in data:
        for col, val in zip("BCDEFGHIJK", vals):
            put(
                ws,
                f"{col}{r}",
                val,
                h="left" if col in "BD" else ("center" if col == "C" else "right"),
                size=8 if col == "D" else 9,
            )
        ws.row_dimensions[r].height = 32
    put(ws, "A14", "活動指標", merge="A15")
    put(ws, "A16", "成果指標", merge="A17")
    notes = [
        "※1　R5実績のうち「（見込）」を付したものは、令和6年5月末時点の見込値です。",
        "※2　④のR3実績は、対象となる転入者（平成30年度転入）の把握を行っていないため「―」としています。",
    ]
    for i, note in enumerate(notes):
        text(ws, f"A{19 + i}", note, size=8, merge=f"K{19 + i}")
    text(ws, "A22", "３　評価", bold=True, size=10, merge="K22")
    put(ws, "A23", "総合評価", fill=LIGHT)
    put(
        ws,
        "B23",
        "Ｂ（概ね順調に進んでいる）　移住体験住宅の利用は増加しているが、移住者数は計画を下回った。",
        h="left",
        merge="K23",
    )
    ws.row_dimensions[23].height = 28
    save_stable(wb, SOURCE / "yamanouchi_jimujigyo_iju_r5.xlsx")


# ---------------------------------------------------------------- 白子町 (HTML)

SHIRAKO = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>第5次総合計画 前期基本計画 成果指標の達成状況（最終評価）｜白子町</title>
<style>
body { font-family: "Noto Sans CJK JP", sans-serif; font-size: 15px; margin: 1em 2em; }
nav ol { list-style: none; padding: 0; } nav li { display: inline; } nav li + li::before { content: " > "; }
table { border-collapse: collapse; } th, td { border: 1px solid #666; padding: 4px 6px; }
thead th { background: #dde7f0; } td.num { text-align: right; } tr.note td { background: #fff8dc; font-size: 13px; }
</style>
</head>
<body>
<nav aria-label="パンくずリスト"><ol>
<li><a href="/">ホーム</a></li>
<li><a href="/category/kurashi/">町政情報</a></li>
<li><a href="/category/keikaku/">計画・施策</a></li>
<li>第5次総合計画 前期基本計画 成果指標の達成状況（最終評価）</li>
</ol></nav>
<main>
<h1>第5次総合計画　前期基本計画　成果指標の達成状況（最終評価）</h1>
<p class="date">更新日：2023年7月14日　担当：企画財政課 企画係</p>
<p>白子町の人口は令和2年4月1日現在で11,122人となっており、平成7年の13,238人をピークに減少が続いています。町では平成30年3月に「白子町第5次総合計画（基本構想・前期基本計画）」を策定し、令和5年3月には後期基本計画を策定しました。</p>
<p>このページでは、前期基本計画（平成30年度～令和4年度）に掲げた成果指標のうち、観光の振興と移住・定住の促進に関する5指標について、計画期間の実績と達成状況をお知らせします。</p>
<dl>
<dt>計画の名称</dt><dd>白子町第5次総合計画 前期基本計画</dd>
<dt>計画期間</dt><dd>平成30年度～令和4年度（5年間）</dd>
<dt>担当課</dt><dd>企画財政課</dd>
</dl>
<h2>成果指標の達成状況</h2>
<p>「―」は数値がないことを、「中止」は事業を実施しなかったことを示します。</p>
<table>
<thead>
<tr><th rowspan="2" scope="col">施策</th><th rowspan="2" scope="col">成果指標</th><th rowspan="2" scope="col">単位</th><th rowspan="2" scope="col">策定時<br>（H28）</th><th colspan="5" scope="colgroup">実績値</th><th rowspan="2" scope="col">目標値<br>（R4）</th><th rowspan="2" scope="col">達成状況</th></tr>
<tr><th scope="col">H30</th><th scope="col">R1</th><th scope="col">R2</th><th scope="col">R3</th><th scope="col">R4</th></tr>
</thead>
<tbody>
<tr class="note"><td colspan="11">※次の2指標は暦年（1月～12月）の数値です。策定時・実績値・目標値とも、例えば「H30」は平成30年1月～12月の数値を示します。</td></tr>
<tr><th rowspan="2" scope="rowgroup">1-1　観光の振興</th><th scope="row">観光入込客数</th><td>千人</td><td class="num">412.5</td><td class="num">430.1</td><td class="num">445.8</td><td class="num">201.6</td><td class="num">236.0</td><td class="num">388.2</td><td class="num">480.0</td><td>未達成</td></tr>
<tr><th scope="row">海水浴客数</th><td>人</td><td class="num">38,200</td><td class="num">35,140</td><td class="num">31,920</td><td>中止</td><td>中止</td><td class="num">24,380</td><td class="num">40,000</td><td>未達成</td></tr>
<tr class="note"><td colspan="11">※以下の指標は年度（4月～翌年3月）の数値です。R2・R3の海水浴客数「中止」は、新型コロナウイルス感染症の影響で海水浴場を開設しなかったためです。</td></tr>
<tr><th rowspan="3" scope="rowgroup">3-2　移住・定住の促進</th><th scope="row">移住相談件数</th><td>件</td><td class="num">24</td><td class="num">38</td><td class="num">45</td><td class="num">61</td><td class="num">70</td><td class="num">８２</td><td class="num">60</td><td>達成</td></tr>
<tr><th scope="row">お試し住宅利用件数</th><td>件</td><td>―</td><td class="num">3</td><td class="num">6</td><td class="num">4</td><td class="num">9</td><td class="num">１１</td><td class="num">10</td><td>達成</td></tr>
<tr><th scope="row">空き家バンク登録物件数</th><td>件</td><td class="num">12</td><td class="num">15</td><td class="num">19</td><td class="num">22</td><td class="num">20</td><td class="num">２６</td><td class="num">30</td><td>未達成</td></tr>
</tbody>
</table>
<p>※お試し住宅は平成29年度に開設したため、策定時の数値はありません。</p>
<p>※達成状況は、目標値と令和4年（度）の実績値を比べたものです。</p>
</main>
<footer><p>白子町役場　企画財政課</p></footer>
</body>
</html>
"""


def shirako():
    (HERE / "shirako_zenki_seika_saishu_r4.html").write_bytes(SHIRAKO.encode("utf-8"))


# ---------------------------------------------------------------- PDFs


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
        shutil.copyfile(Path(tmp) / (xlsx.stem + ".pdf"), HERE / (xlsx.stem + ".pdf"))


def main():
    SOURCE.mkdir(exist_ok=True)
    kamikawa()
    matsuda()
    yamanouchi()
    shirako()
    if "--no-pdf" not in sys.argv:
        for name in [
            "kamikawa_senryaku_kensho_r1",
            "matsuda_saisei_kpi_kensho_r5",
            "yamanouchi_jimujigyo_iju_r5",
        ]:
            to_pdf(SOURCE / f"{name}.xlsx")


if __name__ == "__main__":
    main()
