"""Build forms560: four KPI documents of 扶桑町, 野々市市, 上北山村 and 伊根町.

Writes `fuso_moriguchi_jimujigyo_r5.xlsx` (the workbook is the document), `nonoichi_kaleido_kofukin_kensho_r5.html`
and the XLSX sources `source/kamikitayama_odaigahara_shuyo_seika_r6.xlsx` and `source/ine_koki_seika_shihyo_r5.xlsx`,
which LibreOffice turns into the PDFs of the same names.
Run `/work/venv/bin/python build.py` (`--no-pdf` skips LibreOffice). XLSX and HTML are byte-stable.
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
SRC = HERE / "source"
FONT = "IPAexGothic"
THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
SHADE = PatternFill("solid", fgColor="D9D9D9")
STAMP = datetime.datetime(2025, 9, 1, 9, 0, 0)
STAMP_TEXT = "2025-09-01T09:00:00Z"


def font(size=9, bold=False):
    return Font(name=FONT, size=size, bold=bold)


def put(ws, ref, value, size=9, bold=False, box=False, shade=False, h="left", wrap=True):
    cell = ws[ref]
    cell.value = value
    cell.font = font(size, bold)
    cell.alignment = Alignment(horizontal=h, vertical="center", wrap_text=wrap)
    if box:
        cell.border = BOX
    if shade:
        cell.fill = SHADE
    return cell


def boxed(ws, rng, shade=False):
    for row in ws[rng]:
        for cell in row:
            cell.border = BOX
            if shade:
                cell.fill = SHADE


def merge(ws, rng, value, **kw):
    first = rng.split(":")[0]
    cell = put(ws, first, value, **kw)
    ws.merge_cells(rng)
    if kw.get("box"):
        boxed(ws, rng, kw.get("shade", False))
    return cell


def number(cell, v, decimals=1):
    if isinstance(v, float):
        cell.number_format = "#,##0." + "0" * decimals
    elif isinstance(v, int):
        cell.number_format = "#,##0"


def save(wb, path):
    """Save with fixed properties and fixed zip timestamps, so the bytes do not change."""
    wb.properties.creator = "forms560"
    wb.properties.lastModifiedBy = "forms560"
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


def widths(ws, table):
    for col, w in table.items():
        ws.column_dimensions[col].width = w


def fields_block(ws, r, fields, key_rng, val_rng, tall, tall_keys):
    """Key | value rows; key_rng and val_rng are column pairs such as ("A", "B")."""
    for key, val in fields:
        merge(ws, f"{key_rng[0]}{r}:{key_rng[1]}{r}", key, bold=True, box=True, shade=True)
        merge(ws, f"{val_rng[0]}{r}:{val_rng[1]}{r}", val, box=True)
        ws.row_dimensions[r].height = tall if key in tall_keys else 18
        r += 1
    return r


def grid_rows(ws, r, cols, rows, height=20, centre=(), left=()):
    """Write rows of cells into the given columns, boxed; numbers right-aligned with a number format.

    A value None leaves the cell empty (it is the tail of a merged cell)."""
    for vals in rows:
        for col, v in zip(cols, vals):
            if v is None:
                ws[f"{col}{r}"].border = BOX
                continue
            if col in centre:
                h = "center"
            elif col in left:
                h = "left"
            else:
                h = "right"
            c = put(ws, f"{col}{r}", v, box=True, h=h)
            number(c, v)
        ws.row_dimensions[r].height = height
        r += 1
    return r


def notes_block(ws, r, notes, rng):
    for note in notes:
        merge(ws, f"{rng[0]}{r}:{rng[1]}{r}", note, size=8)
        ws.row_dimensions[r].height = 15
        r += 1
    return r


# ---------------------------------------------------------------- 扶桑町 (XLSX document, portrait)
def build_fuso():
    wb = Workbook()
    ws = wb.active
    ws.title = "事務事業評価"
    widths(
        ws,
        {"A": 8, "B": 5, "C": 26, "D": 12, "E": 10, "F": 8, "G": 8, "H": 8, "I": 8, "J": 10},
    )
    merge(
        ws,
        "A1:J1",
        "令和６年度　事務事業評価シート（令和５年度実施事業）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:J2", "作成日　令和6年7月19日　　扶桑町", h="right")
    put(ws, "A4", "１　事業の概要", size=11, bold=True, wrap=False)
    fields = [
        ("事務事業名", "守口大根・ひまわりの里ブランド発信事業"),
        ("担当課", "産業環境課　商工観光係"),
        ("関連計画", "扶桑町まち・ひと・しごと創生総合戦略"),
        ("事業期間", "令和3年度～令和7年度"),
        ("事業費（R5決算）", "4,860千円（うち県補助金　1,200千円）"),
        (
            "事業の概要",
            "本町は愛知県の北西部、木曽川の南岸に位置する面積11.19km²の町で、人口は34,207人（2023年4月1日推計）である。"
            "名鉄犬山線の扶桑駅から名鉄名古屋駅までは約30分で、名古屋市のベッドタウンとして発展してきた。昭和27年（1952年）に町制を施行した。"
            "かつては養蚕が盛んであったが、現在は全長2m近くにもなる守口大根の産地として知られ、守口漬は町の特産品となっている。町の花はヒマワリである。"
            "本事業では、守口大根のPRイベントの開催、遊休農地を活用したひまわりの植栽、「ふそうひまわりフェスタ」の開催支援を行う。",
        ),
    ]
    r = fields_block(ws, 5, fields, ("A", "B"), ("C", "J"), 84, {"事業の概要"})
    r += 1
    put(ws, f"A{r}", "２　指標の推移", size=11, bold=True, wrap=False)
    r += 1
    head = r
    for col, text in zip(
        "ABCDEFGHIJ",
        (
            "区分",
            "No.",
            "指標名",
            "単位",
            "基準値（R元）",
            "R3実績",
            "R4実績",
            "R5目標",
            "R5実績",
            "R7目標（最終）",
        ),
    ):
        put(ws, f"{col}{head}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[head].height = 30
    rows = [
        (None, 1, "守口大根ＰＲイベントの開催回数", "回", 2, 3, 4, 5, 5, 6),
        (None, 2, "ひまわりの植栽本数", "千本", 18.0, 20.5, 22.0, 25.0, 26.4, 30.0),
        (
            None,
            3,
            "ふそうひまわりフェスタの来場者数※1",
            "人",
            8200,
            "中止",
            None,
            10000,
            11350,
            12000,
        ),
        (None, 4, "守口漬の出荷額※2", "百万円（暦年）", 412, 398, 405, 430, 421, 450),
        (None, 5, "守口大根の作付面積", "ha", 9.8, 9.5, 9.6, 10.0, 9.4, 10.5),
    ]
    first = head + 1
    r = grid_rows(ws, first, "ABCDEFGHIJ", rows, height=24, centre="BD", left="C")
    merge(ws, f"A{first}:A{first + 1}", "活動指標", box=True, h="center")
    merge(ws, f"A{first + 2}:A{first + 4}", "成果指標", box=True, h="center")
    merge(ws, f"F{first + 2}:G{first + 2}", "中止", box=True, h="center")
    notes = [
        "※1　No.3のふそうひまわりフェスタは、新型コロナウイルス感染症の影響により令和3年度・令和4年度とも中止しました。",
        "※2　No.4は、町内の漬物製造事業者の出荷額を暦年（1月～12月）で集計しています（基準値は2019年の値）。",
    ]
    r = notes_block(ws, r, notes, ("A", "J"))
    r += 1
    put(ws, f"A{r}", "３　評価", size=11, bold=True, wrap=False)
    r += 1
    fields = [
        ("総合評価", "B（概ね順調）"),
        ("今後の方向性", "継続"),
        (
            "評価の理由",
            "令和5年度は4年ぶりにふそうひまわりフェスタを開催し、目標を上回る11,350人が来場した。"
            "守口漬の出荷額は前年を上回ったものの目標に届かず、守口大根の作付面積も生産者の高齢化により減少したため、新規就農者への作付支援を検討する。",
        ),
    ]
    fields_block(ws, r, fields, ("A", "B"), ("C", "J"), 18, ())
    ws.row_dimensions[r + 2].height = 42
    page(ws, landscape=False)
    save(wb, HERE / "fuso_moriguchi_jimujigyo_r5.xlsx")


# ---------------------------------------------------------------- 上北山村 (PDF, portrait)
def build_kamikitayama():
    wb = Workbook()
    ws = wb.active
    ws.title = "主要施策の成果"
    widths(
        ws,
        {"A": 5, "B": 32, "C": 7, "D": 10, "E": 8, "F": 8, "G": 9, "H": 9, "I": 6},
    )
    merge(
        ws,
        "A1:I1",
        "令和６年度　主要な施策の成果説明書（抜粋）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:I2", "令和7年9月　上北山村", h="right")
    fields = [
        ("施策", "観光の振興"),
        ("事業名", "大台ヶ原・和佐又エリア誘客促進事業"),
        ("所管課", "企画政策課"),
        ("決算額", "令和6年度　12,480千円（うち県補助金　3,000千円）"),
        ("関連計画", "第四次上北山村総合計画（令和2年3月策定）"),
        (
            "事業の内容",
            "本村は奈良県の南東部、吉野郡の南部に位置する面積274.22km²の村で、その約97%を森林が占める。"
            "人口は379人（2024年12月1日推計）で、北山川と小橡川に沿って河合・小橡・白川・西原の4つの集落が点在する。"
            "東には日本百名山の大台ヶ原（年間降水量3,500mm）、西には大峰山脈の稜線があり、北の和佐又山にはスキー場がある。"
            "毎年1月8日には県指定無形民俗文化財の「八日薬師の弓矢祭」が行われる。"
            "村では大台ヶ原と和佐又を観光の両翼と位置づけており、本事業では、観光パンフレット・ガイドマップの作成と配布、"
            "和佐又エリアでのガイド付き体験ツアー、秋のヒルクライム大会の開催支援を行う。",
        ),
    ]
    r = fields_block(ws, 4, fields, ("A", "B"), ("C", "I"), 96, {"事業の内容"})
    r += 1
    put(ws, f"A{r}", "（１）事業の実績", size=11, bold=True, wrap=False)
    r += 1
    for col, text in zip("ABCDEF", ("No.", "項目", "単位", "R4実績", "R5実績", "R6実績")):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[r].height = 18
    r += 1
    acts = [
        ("ア", "観光パンフレット・ガイドマップの配布部数", "千部", 12.0, 15.0, 18.5),
        ("イ", "和佐又エリアでのガイド付き体験ツアーの開催回数", "回", 6, 9, 11),
    ]
    r = grid_rows(ws, r, "ABCDEF", acts, centre="AC", left="B")
    r += 1
    put(ws, f"A{r}", "（２）成果指標", size=11, bold=True, wrap=False)
    r += 1
    put(
        ws,
        f"A{r}",
        "評価　A：R6目標値を達成　B：R6目標値に届かないが基準値より改善　C：基準値を下回った　―：実績が未確定のため評価できない",
        size=8,
        wrap=False,
    )
    r += 1
    for col, text in zip(
        "ABCDEFGHI",
        (
            "No.",
            "成果指標",
            "単位",
            "基準値（R元）",
            "R4実績",
            "R5実績",
            "R6実績",
            "R6目標",
            "評価",
        ),
    ):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[r].height = 20
    r += 1
    kpis = [
        ("①", "大台ヶ原の入山者数", "千人", 52.4, 38.1, 44.7, "未集計※1", 50.0, "―"),
        ("②", "村内宿泊施設の延べ宿泊者数", "人泊", 4860, 3920, 4410, 4980, 5000, "B"),
        ("③", "秋のヒルクライム大会の参加者数", "人", 285, 210, 296, 342, "300～350", "A"),
    ]
    r = grid_rows(ws, r, "ABCDEFGHI", kpis, height=26, centre="ACI", left="B")
    notes = [
        "※1　①のR6実績は、県による入山者数の集計が終わっていないため未集計です（令和7年12月に確定する予定）。",
        "（注）③の目標値は、大会の定員（350人）を上限とする幅で設定しています。",
    ]
    r = notes_block(ws, r, notes, ("A", "I"))
    r += 1
    put(ws, f"A{r}", "（３）成果と今後の方向性", size=11, bold=True, wrap=False)
    r += 1
    merge(
        ws,
        f"A{r}:I{r}",
        "ガイドマップは18,500部を配布し、和佐又エリアの体験ツアーは11回実施した。ヒルクライム大会には342人が参加し、目標を達成した。"
        "宿泊者数は前年度より570人泊増えたが目標には届かなかったため、令和7年度は旧ホテルを改修した宿泊施設と連携し、ツアーと宿泊を組み合わせた商品を造成する。",
        box=True,
    )
    ws.row_dimensions[r].height = 48
    page(ws, landscape=False)
    save(wb, SRC / "kamikitayama_odaigahara_shuyo_seika_r6.xlsx")


# ---------------------------------------------------------------- 伊根町 (PDF, landscape)
def build_ine():
    wb = Workbook()
    ws = wb.active
    ws.title = "成果指標"
    widths(
        ws,
        {
            "A": 16,
            "B": 5,
            "C": 34,
            "D": 8,
            "E": 11,
            "F": 8,
            "G": 8,
            "H": 8,
            "I": 8,
            "J": 16,
            "K": 6,
        },
    )
    merge(
        ws,
        "A1:K1",
        "伊根町総合計画　後期基本計画　成果指標の進捗状況（令和５年度）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:K2", "令和6年11月　伊根町 総務課 企画係", h="right")
    put(ws, "A4", "１　計画の概要", size=11, bold=True, wrap=False)
    fields = [
        ("計画の名称", "伊根町総合計画　後期基本計画"),
        ("計画期間", "令和2年度～令和6年度（5年間）"),
        (
            "町の概要",
            "本町は京都府北部、丹後半島の北端に位置する面積61.95km²の町で、人口は1,747人（2024年10月1日推計）である。"
            "昭和29年（1954年）に伊根・朝妻・本庄・筒川の4村が合併して発足し、令和6年（2024年）に町制施行70周年を迎えた。"
            "伊根湾に沿って約230軒の舟屋が建ち並び、平成17年（2005年）7月に漁村として全国で初めて国の重要伝統的建造物群保存地区に選定された。"
            "2017年の観光入込客数は約30万人であった。",
        ),
    ]
    r = fields_block(ws, 5, fields, ("A", "B"), ("C", "K"), 54, {"町の概要"})
    r += 1
    put(ws, f"A{r}", "２　成果指標の進捗状況", size=11, bold=True, wrap=False)
    r += 1
    put(
        ws,
        f"A{r}",
        "評価　◎：目標値（R6）を既に達成　○：策定時より改善　△：策定時から横ばい又は悪化",
        size=8,
        wrap=False,
    )
    r += 1
    head = r
    for col, text in zip(
        "ABCDEFGHIJK",
        (
            "施策",
            "No.",
            "成果指標",
            "単位",
            "策定時（H30）",
            "R2実績",
            "R3実績",
            "R4実績",
            "R5実績",
            "目標値（R6）",
            "評価",
        ),
    ):
        put(ws, f"{col}{head}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[head].height = 22
    rows = [
        (None, 1, "漁業就業者数", "人", 118, 112, 109, 105, 101, 110, "△"),
        (None, 2, "定置網漁業の水揚金額", "百万円", 486, 402, 455, 471, 512, 500, "◎"),
        (None, 3, "観光入込客数", "千人", "約300", 112, 198, 262, 318, 330, "○"),
        (
            None,
            4,
            "社会増減数（転入者数－転出者数）",
            "人",
            "△21",
            "△15",
            "△9",
            "△12",
            "△6",
            "±0",
            "○",
        ),
        (
            None,
            5,
            "町の移住支援制度を利用した移住者数",
            "人",
            5,
            4,
            6,
            7,
            5,
            "5年間で累計30人",
            "○",
        ),
    ]
    first = head + 1
    r = grid_rows(ws, first, "ABCDEFGHIJK", rows, height=24, centre="BDK", left="C")
    merge(ws, f"A{first}:A{first + 1}", "1-1　水産業の振興", box=True)
    put(ws, f"A{first + 2}", "2-1　観光の振興", box=True)
    merge(ws, f"A{first + 3}:A{first + 4}", "3-2　移住・定住の促進", box=True)
    notes = [
        "（注）策定時（H30）は平成30年度の実績です。No.3のR2・R3は、新型コロナウイルス感染症の影響により大きく減少しました。",
        "　　　No.5の目標値は、計画期間（令和2年度～令和6年度）の5年間の累計です。",
    ]
    notes_block(ws, r, notes, ("A", "K"))
    page(ws, landscape=True)
    save(wb, SRC / "ine_koki_seika_shihyo_r5.xlsx")


# ---------------------------------------------------------------- 野々市市 (HTML)
NONOICHI_KPIS = (
    ("KPI①", "カレードの来館者数（千人）"),
    ("KPI②", "市民協働講座の受講者数（人）"),
    ("KPI③", "カレードを拠点に活動する市民団体数（団体）"),
    ("KPI④", "市外からの来館者の割合（％）"),
)
NONOICHI_YEARS = (
    ("2021年度", ("560.0", "571.2", "1,500", "1,382", "―", "21", "24.0", "23.1")),
    ("2022年度", ("620.0", "633.9", "1,800", "1,915", "25", "24", "26.0", "26.8")),
    ("2023年度<br>（速報値）", ("680.0", "702.5", "2,100", "2,046", "30", "31", "28.0", "27.4")),
)
NONOICHI_BASE = ("498.6", "1,240", "18", "22.5")
NONOICHI_STATUS = ("達成", "未達成", "達成", "未達成")


def nonoichi_table():
    out = ['<table class="kpi">\n<thead>\n<tr><th scope="col" rowspan="2">区分</th>']
    for label, name in NONOICHI_KPIS:
        out.append(f'<th scope="colgroup" colspan="2">{label}<br>{name}</th>')
    out.append("</tr>\n<tr>")
    out.append('<th scope="col">目標</th><th scope="col">実績</th>' * len(NONOICHI_KPIS))
    out.append("</tr>\n</thead>\n<tbody>\n")
    out.append('<tr><th scope="row">基準値（令和2年度）</th>')
    out.append("".join(f'<td colspan="2" class="c">{v}</td>' for v in NONOICHI_BASE))
    out.append("</tr>\n")
    for year, vals in NONOICHI_YEARS:
        out.append(f'<tr><th scope="row">{year}</th>')
        out.append("".join(f"<td>{v}</td>" for v in vals))
        out.append("</tr>\n")
    out.append('<tr><th scope="row">達成状況<br>（2023年度）</th>')
    out.append("".join(f'<td colspan="2" class="c">{v}</td>' for v in NONOICHI_STATUS))
    out.append("</tr>\n</tbody>\n</table>\n")
    return "".join(out)


NONOICHI = (
    """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>令和５年度　地方創生推進交付金事業の効果検証（「学びの杜ののいち カレード」交流・にぎわい創出事業） - 野々市市</title>
<style>
table { border-collapse: collapse; }
th, td { border: 1px solid #333; padding: 2px 6px; }
td { text-align: right; }
td.c { text-align: center; }
dt { font-weight: bold; }
</style>
</head>
<body>
<nav aria-label="現在地"><ol>
<li><a href="/">トップページ</a></li>
<li><a href="/site/shisei/">市政情報</a></li>
<li><a href="/site/chihousousei/">地方創生</a></li>
<li>令和５年度　地方創生推進交付金事業の効果検証</li>
</ol></nav>
<main>
<h1>令和５年度　地方創生推進交付金事業の効果検証（「学びの杜ののいち カレード」交流・にぎわい創出事業）</h1>
<p class="update">更新日：2024年7月31日</p>
<p>野々市市は石川県のほぼ中央、県都金沢市の南西に隣接する面積13.56km²の市で、石川県の市町の中で最も面積が小さく、海にも山にも面していません。2011年（平成23年）11月11日に野々市町から市制を施行し、人口は57,238人（2020年国勢調査）です。</p>
<p>2017年（平成29年）11月1日に開館した「学びの杜ののいち カレード」は、市立図書館と市民学習センターが一体となった施設で、延べ床面積は5,695m²、開館時の蔵書は約13万冊（最大約25万冊を収蔵）です。館内中央には高さ約9メートルのブックタワーが2本あり、市出身のアニメーション映画監督・米林宏昌さんが原画を描いた昇降幕「パオ」は、おはなし会の会場になっています。</p>
<dl>
<dt>事業名</dt><dd>「学びの杜ののいち カレード」交流・にぎわい創出事業</dd>
<dt>交付金</dt><dd>地方創生推進交付金（令和4年度からデジタル田園都市国家構想交付金（地方創生推進タイプ））</dd>
<dt>事業期間</dt><dd>令和3年度～令和5年度（3か年）</dd>
<dt>総事業費</dt><dd>3か年計　36,900千円（うち交付金　18,450千円）</dd>
<dt>担当課</dt><dd>企画課</dd>
</dl>
<h2>重要業績評価指標（KPI）の目標値と実績値</h2>
<p>各KPIの左の欄が目標値、右の欄が実績値です。基準値は事業開始前の令和2年度の実績で、達成状況は事業の最終年度（2023年度）の目標値と実績値を比べたものです。</p>
"""
    + nonoichi_table()
    + """<p>※2023年度の実績値は、2024年5月末時点の速報値です。</p>
<h2>外部有識者による評価</h2>
<p>2024年7月に開催した野々市市総合戦略推進会議において、4つのKPIのうち2つで目標を達成したことから「地方創生に効果があった」との評価を受けました。来館者数は3か年とも目標を上回り、2023年度は開館以来最多となりました。市民協働講座は2023年度に42講座を開講しましたが、受講者数は目標をわずかに下回りました。交付金の対象期間の終了後も、講座と交流イベントは市の単独事業として継続します。</p>
</main>
<footer><p>野々市市役所　企画課</p></footer>
</body>
</html>
"""
)


def build_nonoichi():
    (HERE / "nonoichi_kaleido_kofukin_kensho_r5.html").write_text(NONOICHI, encoding="utf-8")


def to_pdf():
    for name in ("kamikitayama_odaigahara_shuyo_seika_r6", "ine_koki_seika_shihyo_r5"):
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
    build_fuso()
    build_kamikitayama()
    build_ine()
    build_nonoichi()
    if "--no-pdf" not in sys.argv:
        to_pdf()


if __name__ == "__main__":
    main()
