"""Build the forms464 corpus: four KPI tables re-typed in the manner of four municipalities of 東海 and 近畿.

* ``source/shirakawa_sogo6_seika_r6.xlsx`` -> ``shirakawa_sogo6_seika_r6.pdf`` (白川町, 岐阜県; portrait)
* ``taki_digiden_kensho_r6.xlsx`` (多気町, 三重県; a workbook left as it is, landscape print setup)
* ``source/toyosato_jimujigyo_kyukosha_r5.xlsx`` -> ``toyosato_jimujigyo_kyukosha_r5.pdf`` (豊郷町, 滋賀県; landscape)
* ``asuka_sogo5_mokuhyo_r5.html`` (明日香村, 奈良県)

Run ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). XLSX and HTML are byte-stable.
"""
# ruff: noqa: E501, B905

import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "source"
FIXED = datetime(2025, 1, 1, 0, 0, 0)
FONT = "IPAexGothic"
THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
SHADE = PatternFill("solid", fgColor="D9D9D9")
LIGHT = PatternFill("solid", fgColor="F2F2F2")


def font(size=9, bold=False):
    return Font(name=FONT, size=size, bold=bold)


def put(
    ws,
    ref,
    value,
    *,
    size=9,
    bold=False,
    fill=None,
    border=True,
    h="left",
    v="center",
    wrap=True,
    fmt=None,
):
    c = ws[ref]
    c.value = value
    c.font = font(size, bold)
    c.alignment = Alignment(horizontal=h, vertical=v, wrap_text=wrap)
    if border:
        c.border = BOX
    if fill is not None:
        c.fill = fill
    if fmt:
        c.number_format = fmt
    return c


def merge(ws, rng, value, **kw):
    first = rng.split(":")[0]
    for row in ws[rng]:
        for c in row:
            if kw.get("border", True):
                c.border = BOX
            if kw.get("fill") is not None:
                c.fill = kw["fill"]
    ws.merge_cells(rng)
    return put(ws, first, value, **kw)


def widths(ws, values):
    for i, w in enumerate(values, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


def page(ws, *, landscape):
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.6


def save(wb, path):
    """Save with fixed properties and fixed zip timestamps, so the file is byte-stable."""
    wb.properties.creator = "forms464"
    wb.properties.lastModifiedBy = "forms464"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        raw = Path(tmp) / "raw.xlsx"
        wb.save(raw)
        with zipfile.ZipFile(raw) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
            for info in sorted(zin.infolist(), key=lambda i: i.filename):
                data = zin.read(info.filename)
                if info.filename == "docProps/core.xml":
                    data = re.sub(
                        rb"<dcterms:modified([^>]*)>[^<]*<",
                        rb"<dcterms:modified\1>2025-01-01T00:00:00Z<",
                        data,
                    )
                zi = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 1, 0, 0, 0))
                zi.compress_type = zipfile.ZIP_DEFLATED
                zi.external_attr = 0o600 << 16
                zout.writestr(zi, data)


# --- 白川町: 第6次総合計画 成果指標（策定時・直近値に時点の欄） -------------------------------


def shirakawa():
    wb = Workbook()
    ws = wb.active
    ws.title = "成果指標R6"
    widths(ws, [5, 30, 6, 9, 10, 9, 10, 10, 10])
    merge(
        ws,
        "A1:I1",
        "白川町第6次総合計画　成果指標の進捗状況（令和６年度）",
        size=14,
        bold=True,
        border=False,
        h="center",
    )
    merge(ws, "A2:I2", "令和7年7月　白川町 企画課", size=9, border=False, h="right")
    put(ws, "A4", "１　計画の概要", size=11, bold=True, border=False, wrap=False)
    rows = [
        ("計画の名称", "白川町第6次総合計画"),
        ("計画期間", "令和3年～令和10年（8年間）"),
        ("将来像", "「活力」をカタチに　みんなの思いが　活きる　つながる　広がるまち　白川町"),
        ("担当課", "企画課"),
        (
            "町の概要",
            "本町は昭和31年に4町村が合併して現在の姿となった。面積は237.89km²で、その約87%を山林が占め、海抜150mから1,223mまでの高低差がある。人口は6,449人（2025年2月1日推計）。東濃桧と白川茶の産地であり、4月下旬から5月下旬の晩霜が茶に被害を与えることがある。",
        ),
    ]
    r = 5
    for k, val in rows:
        merge(ws, f"A{r}:B{r}", k, fill=LIGHT, bold=True)
        merge(ws, f"C{r}:I{r}", val)
        ws.row_dimensions[r].height = 44 if k == "町の概要" else 18
        r += 1
    r += 1
    put(ws, f"A{r}", "２　成果指標の進捗状況", size=11, bold=True, border=False, wrap=False)
    r += 1
    h1, h2 = r, r + 1
    for col, text in (
        ("A", "No."),
        ("B", "成果指標"),
        ("C", "単位"),
        ("H", "中間目標\n（R6）"),
        ("I", "最終目標\n（R10）"),
    ):
        merge(ws, f"{col}{h1}:{col}{h2}", text, fill=SHADE, bold=True, h="center")
    merge(ws, f"D{h1}:E{h1}", "策定時", fill=SHADE, bold=True, h="center")
    merge(ws, f"F{h1}:G{h1}", "直近値", fill=SHADE, bold=True, h="center")
    for col, text in (("D", "数値"), ("E", "時点"), ("F", "数値"), ("G", "時点")):
        put(ws, f"{col}{h2}", text, fill=SHADE, bold=True, h="center")
    ws.row_dimensions[h1].height = 18
    ws.row_dimensions[h2].height = 18
    data = [
        (1, "白川茶の荒茶生産量", "t", "142", "R元年度", "118", "R6年度", "150", "160"),
        (
            2,
            "東濃桧の素材生産量",
            "㎥",
            "21,500",
            "R元年度",
            "24,830",
            "R5年度",
            "24,000",
            "26,000",
        ),
        (3, "移住相談件数", "件", "38", "R2年度", "７２", "R6年度", "60", "80"),
        (4, "町内の観光入込客数", "千人", "412", "R元年", "365", "R6年", "450", "500"),
        (
            5,
            "町に住み続けたいと思う町民の割合",
            "％",
            "６８．２",
            "R2.7",
            "71.5",
            "R6.7",
            "70.0",
            "75.0",
        ),
    ]
    r = h2 + 1
    for no, name, unit, b, bt, a, at, t1, t2 in data:
        put(ws, f"A{r}", no, h="center")
        put(ws, f"B{r}", name)
        put(ws, f"C{r}", unit, h="center")
        for col, val in (("D", b), ("F", a), ("H", t1), ("I", t2)):
            put(ws, f"{col}{r}", val, h="right")
        put(ws, f"E{r}", bt, h="center")
        put(ws, f"G{r}", at, h="center")
        ws.row_dimensions[r].height = 30
        r += 1
    notes = [
        "※「時点」の欄は、その数値を把握した時点を示します（「年度」は4月～翌3月、「年」は1月～12月の暦年、「R2.7」は令和2年7月の町民アンケート）。",
        "※中間目標・最終目標は年度の値です。直近値の時点が中間目標の年度と異なる指標は、次回の検証で比較します。",
        "※No.4は岐阜県観光入込客統計調査（暦年）による。",
    ]
    for n in notes:
        merge(ws, f"A{r}:I{r}", n, border=False, size=8)
        ws.row_dimensions[r].height = 24
        r += 1
    page(ws, landscape=False)
    save(wb, SOURCE / "shirakawa_sogo6_seika_r6.xlsx")


# --- 多気町: デジタル田園都市国家構想交付金 効果検証シート（workbook） ---------------------------


def taki():
    wb = Workbook()
    ws = wb.active
    ws.title = "効果検証R6"
    widths(ws, [5, 30, 6, 12, 11, 11, 11, 11, 11, 11, 30])
    merge(
        ws,
        "A1:K1",
        "令和６年度　デジタル田園都市国家構想交付金事業　効果検証シート",
        size=14,
        bold=True,
        border=False,
        h="center",
    )
    merge(ws, "A2:K2", "令和7年8月　多気町 デジタル戦略室", border=False, h="right")
    rows = [
        ("交付対象事業の名称", "「三重広域連携モデル」推進事業（VISONを核とした周遊・しごと創出）"),
        ("事業期間", "令和4年度～令和6年度（3か年）"),
        ("担当課", "デジタル戦略室"),
        (
            "町の概要",
            "平成18年1月1日に旧多気町と旧勢和村が合併して誕生。面積103.06km²、人口約1万5千人。伊勢芋、前川次郎柿のほか、松阪牛を約2千頭飼育している。周辺4町と連携し、5町で「三重広域連携モデル」に取り組んでいる。",
        ),
    ]
    r = 4
    for k, val in rows:
        merge(ws, f"A{r}:C{r}", k, fill=LIGHT, bold=True)
        merge(ws, f"D{r}:K{r}", val)
        ws.row_dimensions[r].height = 36 if k == "町の概要" else 18
        r += 1
    r += 1
    put(
        ws,
        f"A{r}",
        "■重要業績評価指標（KPI）の達成状況",
        size=11,
        bold=True,
        border=False,
        wrap=False,
    )
    r += 1
    h1, h2 = r, r + 1
    for col, text in (
        ("A", "No."),
        ("B", "重要業績評価指標（KPI）"),
        ("C", "単位"),
        ("D", "事業開始前\n（R3年度）"),
        ("K", "備考"),
    ):
        merge(ws, f"{col}{h1}:{col}{h2}", text, fill=SHADE, bold=True, h="center")
    merge(ws, f"E{h1}:G{h1}", "目標値", fill=SHADE, bold=True, h="center")
    merge(ws, f"H{h1}:J{h1}", "実績値", fill=SHADE, bold=True, h="center")
    for col, text in zip("EFGHIJ", ["R4年度", "R5年度", "R6年度"] * 2):
        put(ws, f"{col}{h2}", text, fill=SHADE, bold=True, h="center")
    ws.row_dimensions[h1].height = 18
    ws.row_dimensions[h2].height = 18
    r = h2 + 1
    # No. 1: the R5 and R6 actuals are written in 千人, as the 備考 says
    put(ws, f"A{r}", 1, h="center")
    put(ws, f"B{r}", "連携5町の観光入込客数")
    put(ws, f"C{r}", "人", h="center")
    for col, val in zip("DEFGH", [385200, 480000, 520000, 560000, 412300]):
        put(ws, f"{col}{r}", val, h="right", fmt="#,##0")
    put(ws, f"I{r}", 498.6, h="right", fmt="#,##0.0")
    put(ws, f"J{r}", 521.4, h="right", fmt="#,##0.0")
    put(
        ws,
        f"K{r}",
        "R5年度以降の実績値は千人単位で記載（県の観光レクリエーション入込客数推計書の公表単位の変更による）",
        size=8,
    )
    ws.row_dimensions[r].height = 40
    r += 1
    # No. 2: one merged target cell for R5 and R6
    put(ws, f"A{r}", 2, h="center")
    put(ws, f"B{r}", "周遊デジタルスタンプラリー参加者数")
    put(ws, f"C{r}", "人", h="center")
    put(ws, f"D{r}", "―", h="center")
    put(ws, f"E{r}", 1500, h="right", fmt="#,##0")
    merge(ws, f"F{r}:G{r}", "2,000（各年度）", h="center")
    for col, val in zip("HIJ", [1320, 2140, 1870]):
        put(ws, f"{col}{r}", val, h="right", fmt="#,##0")
    put(ws, f"K{r}", "R4年度は10月開始", size=8)
    ws.row_dimensions[r].height = 30
    r += 1
    # No. 3
    put(ws, f"A{r}", 3, h="center")
    put(ws, f"B{r}", "連携町内での新規創業・事業拡大件数")
    put(ws, f"C{r}", "件", h="center")
    for col, val in zip("DEFGHIJ", [2, 3, 4, 5, 3, 5, 4]):
        put(ws, f"{col}{r}", val, h="right")
    put(ws, f"K{r}", "", size=8)
    ws.row_dimensions[r].height = 30
    r += 1
    # No. 4: percentages stored as fractions, shown with a % format
    put(ws, f"A{r}", 4, h="center")
    put(ws, f"B{r}", "共通デジタル地域通貨の加盟店率")
    put(ws, f"C{r}", "％", h="center")
    for col, val in zip("DEFGHIJ", [0.184, 0.25, 0.35, 0.45, 0.262, 0.338, 0.471]):
        put(ws, f"{col}{r}", val, h="right", fmt="0.0%")
    put(ws, f"K{r}", "町内の登録事業所に占める加盟店の割合", size=8)
    ws.row_dimensions[r].height = 30
    r += 1
    # No. 5: no R4 target (set from R5)
    put(ws, f"A{r}", 5, h="center")
    put(ws, f"B{r}", "VISON周辺宿泊施設の宿泊者数")
    put(ws, f"C{r}", "人泊", h="center")
    put(ws, f"D{r}", 61200, h="right", fmt="#,##0")
    put(ws, f"E{r}", None)
    for col, val in zip("FGHIJ", [70000, 75000, 64800, 71350, 76020]):
        put(ws, f"{col}{r}", val, h="right", fmt="#,##0")
    put(ws, f"K{r}", "目標はR5年度から設定", size=8)
    ws.row_dimensions[r].height = 30
    r += 1
    merge(
        ws,
        f"A{r}:K{r}",
        "※交付対象事業費（3か年）：82,400千円（うち交付金41,200千円）。効果検証は多気町総合戦略推進委員会（委員11名）が令和7年7月に実施。",
        border=False,
        size=8,
    )
    page(ws, landscape=True)
    save(wb, HERE / "taki_digiden_kensho_r6.xlsx")


# --- 豊郷町: 事務事業評価シート（R5 実績は1月末現在、実績に前年度差） ------------------------------


def toyosato():
    wb = Workbook()
    ws = wb.active
    ws.title = "評価シート"
    widths(ws, [9, 6, 34, 6, 12, 12, 11, 16, 10])
    merge(
        ws, "A1:I1", "令和５年度　事務事業評価シート", size=14, bold=True, border=False, h="center"
    )
    merge(ws, "A2:I2", "評価日　令和6年2月20日　豊郷町", border=False, h="right")
    put(ws, "A3", "１　事業の概要", size=11, bold=True, border=False, wrap=False)
    rows = [
        ("事務事業名", "豊郷小学校旧校舎群活用事業"),
        ("担当課", "生涯学習課"),
        (
            "総合計画の位置付け",
            "第5次豊郷町総合計画（2019年度～2028年度）　基本目標４　まちの魅力と活力アップ",
        ),
        ("事業期間", "令和元年度～令和10年度"),
        (
            "事業の概要",
            "昭和初期に建てられ、国の登録有形文化財である豊郷小学校旧校舎群を、図書館・子育て支援センター・見学施設として活用し、ロケ地としての誘致や見学ガイドで来訪者を増やす。町は人口約7,500人、面積7.8km²で、江州音頭の発祥地の一つとされる。",
        ),
    ]
    r = 4
    for k, val in rows:
        merge(ws, f"A{r}:B{r}", k, fill=LIGHT, bold=True)
        merge(ws, f"C{r}:I{r}", val)
        ws.row_dimensions[r].height = 34 if k == "事業の概要" else 18
        r += 1
    r += 1
    put(ws, f"A{r}", "２　指標の推移", size=11, bold=True, border=False, wrap=False)
    r += 1
    h1, h2 = r, r + 1
    for col, text in (
        ("A", "区分"),
        ("B", "No."),
        ("C", "指標名"),
        ("D", "単位"),
        ("E", "R3年度\n実績"),
        ("F", "R4年度\n実績"),
        ("I", "達成状況\n（R5）"),
    ):
        merge(ws, f"{col}{h1}:{col}{h2}", text, fill=SHADE, bold=True, h="center")
    merge(ws, f"G{h1}:H{h1}", "R5年度", fill=SHADE, bold=True, h="center")
    put(ws, f"G{h2}", "目標", fill=SHADE, bold=True, h="center")
    put(ws, f"H{h2}", "実績\n（R6.1末現在）", fill=SHADE, bold=True, h="center")
    ws.row_dimensions[h1].height = 18
    ws.row_dimensions[h2].height = 30
    r = h2 + 1
    merge(ws, f"A{r}:A{r + 1}", "活動指標", h="center")
    merge(ws, f"A{r + 2}:A{r + 3}", "成果指標", h="center")
    data = [
        (
            "①",
            "旧校舎群見学ガイドの実施回数",
            "回",
            "84\n（△12）",
            "103\n（+19）",
            "110",
            "97\n（△6）",
            "×",
        ),
        ("②", "ロケ・撮影の受入件数", "件", "6\n（+2）", "9\n（+3）", "8", "11\n（+2）", "○"),
        (
            "③",
            "旧校舎群の来館者数",
            "人",
            "31,480\n（+5,210）",
            "36,950\n（+5,470）",
            "40,000",
            "38,120\n（+1,170）",
            "×",
        ),
        (
            "④",
            "見学者アンケートで「満足」と答えた人の割合",
            "％",
            "86.4\n（+1.2）",
            "88.0\n（+1.6）",
            "85.0",
            "89.3\n（+1.3）",
            "○",
        ),
    ]
    for label, name, unit, a3, a4, t5, a5, st in data:
        put(ws, f"B{r}", label, h="center")
        put(ws, f"C{r}", name)
        put(ws, f"D{r}", unit, h="center")
        for col, val in (("E", a3), ("F", a4), ("G", t5), ("H", a5)):
            put(ws, f"{col}{r}", val, h="right")
        put(ws, f"I{r}", st, h="center")
        ws.row_dimensions[r].height = 32
        r += 1
    notes = [
        "※実績欄の下段（　）内は前年度からの増減（△は減）で、実績値ではありません。",
        "※R5年度の実績は令和6年1月末現在の数値です（評価日が年度途中のため）。",
        "※達成状況　○：目標を達成　×：目標に達していない",
    ]
    for n in notes:
        merge(ws, f"A{r}:I{r}", n, border=False, size=8)
        ws.row_dimensions[r].height = 16
        r += 1
    r += 1
    put(ws, f"A{r}", "３　評価", size=11, bold=True, border=False, wrap=False)
    r += 1
    merge(ws, f"A{r}:B{r}", "今後の方向性", fill=LIGHT, bold=True)
    merge(ws, f"C{r}:I{r}", "現状維持（令和6年度は見学ガイドを週2回から週3回に拡充する）")
    ws.row_dimensions[r].height = 22
    page(ws, landscape=True)
    save(wb, SOURCE / "toyosato_jimujigyo_kyukosha_r5.xlsx")


# --- 明日香村: 第5次総合計画 基本目標の数値目標（HTML） -------------------------------------------

ASUKA = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>第5次明日香村総合計画 基本目標の数値目標の進捗（令和5年度） - 明日香村</title>
<style>
table { border-collapse: collapse; }
th, td { border: 1px solid #666; padding: 4px 8px; }
thead th { background: #e8e8e8; }
td.num { text-align: right; }
p.note { font-size: 90%; }
</style>
</head>
<body>
<nav aria-label="パンくずリスト"><ol>
<li><a href="/">トップページ</a></li>
<li><a href="/gyousei/">行政一般</a></li>
<li><a href="/gyousei/keikaku/">計画・施策</a></li>
<li>第5次明日香村総合計画 基本目標の数値目標の進捗（令和5年度）</li>
</ol></nav>
<main>
<h1>第5次明日香村総合計画 基本目標の数値目標の進捗（令和５年度）</h1>
<p class="date">更新日：2024年11月15日　担当：総合政策課</p>
<p>明日香村では、令和2年度から10か年の「第5次明日香村総合計画及び総合戦略」に基づき、将来像「いつまでも 住み続けたい そう思える夢ある村」の実現に取り組んでいます。村の人口は1990年の7,363人をピークに減少し、2015年の国勢調査では5,404人となりました。平成29年4月には過疎地域の指定を受けています。</p>
<p>計画の中間年にあたる令和5年度の数値目標の状況を、明日香村総合計画審議会（委員15名）に報告しました。</p>
<dl>
<dt>計画の名称</dt><dd>第5次明日香村総合計画及び総合戦略</dd>
<dt>計画期間</dt><dd>令和2年度～令和11年度（10年間）</dd>
<dt>担当課</dt><dd>総合政策課</dd>
</dl>
<h2>基本目標の数値目標</h2>
<table>
<thead>
<tr><th rowspan="2" scope="col">基本目標</th><th rowspan="2" scope="col">数値目標</th><th rowspan="2" scope="col">単位</th><th rowspan="2" scope="col">基準値<br>（H31/R元）</th><th colspan="3" scope="colgroup">実績値</th><th rowspan="2" scope="col">中間目標<br>（R5年度）</th><th rowspan="2" scope="col">目標値<br>（R11年度）</th></tr>
<tr><th scope="col">R3年度</th><th scope="col">R4年度</th><th scope="col">R5年度</th></tr>
</thead>
<tbody>
<tr><th rowspan="2" scope="rowgroup">1　特色ある歴史的環境で「次代を担う子どもが育つ村」</th><td>年少人口（15歳未満）※1</td><td>人</td><td class="num">512</td><td class="num">498</td><td class="num">487</td><td class="num">476</td><td class="num">490</td><td class="num">480</td></tr>
<tr><td>転入者数</td><td>人</td><td class="num">168</td><td class="num">181</td><td class="num">159</td><td class="num">204</td><td class="num">180</td><td class="num">200</td></tr>
<tr><th rowspan="2" scope="rowgroup">2　万葉の地で「元気にいきいきと暮らせる村」</th><td>特定健康診査受診率</td><td>％</td><td class="num">３８．４</td><td class="num">40.1</td><td class="num">42.7</td><td class="num">43.9</td><td class="num">45.0</td><td class="num">60.0</td></tr>
<tr><td>健康づくり教室の参加者数 ※2</td><td>人</td><td class="num">延べ1,120</td><td class="num">延べ860</td><td class="num">延べ1,045</td><td class="num">延べ1,262</td><td class="num">延べ1,200</td><td class="num">延べ1,500</td></tr>
</tbody>
</table>
<p class="note">※1　住民基本台帳による各年度末（3月31日）現在の人数です。基準値はH31年度（令和元年度）末、令和2年3月31日現在の人数です。</p>
<p class="note">※2　各年度の教室の回ごとの参加者を合計した延べ人数です。</p>
<p class="note">「H31/R元」は平成31年度（令和元年度）を表します。</p>
</main>
</body>
</html>
"""


def asuka():
    (HERE / "asuka_sogo5_mokuhyo_r5.html").write_bytes(ASUKA.encode("utf-8"))


def to_pdf(name):
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
                str(SOURCE / f"{name}.xlsx"),
            ],
            check=True,
            capture_output=True,
        )
        shutil.move(str(Path(tmp) / f"{name}.pdf"), str(HERE / f"{name}.pdf"))


def main():
    shirakawa()
    taki()
    toyosato()
    asuka()
    if "--no-pdf" not in sys.argv:
        to_pdf("shirakawa_sogo6_seika_r6")
        to_pdf("toyosato_jimujigyo_kyukosha_r5")


if __name__ == "__main__":
    main()
