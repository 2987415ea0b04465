"""Build forms544: four KPI documents of 高砂市, 富田林市, 愛西市 and 御所市.

Writes `takasago_kuraku_jimujigyo_r6.xlsx` (the workbook is the document), `aisai_sousei2_kpi_kensho_r5.html` and the
XLSX sources `source/tondabayashi_jinaimachi_kofukin_kensho_r6.xlsx` and `source/gose_katsuragi_shuyo_seika_r6.xlsx`,
which LibreOffice turns into the two PDFs.
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
STAMP = datetime.datetime(2025, 7, 24, 9, 0, 0)
STAMP_TEXT = "2025-07-24T09:00:00Z"
THOUSANDS = (
    "#,##0.0,"  # persons stored, shown in thousands with one decimal (the 単位 cell says 千人)
)


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


def save(wb, path):
    """Save with fixed properties and fixed zip timestamps, so the bytes do not change."""
    wb.properties.creator = "forms544"
    wb.properties.lastModifiedBy = "forms544"
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
            info = zipfile.ZipInfo(item.filename, date_time=(2025, 7, 24, 9, 0, 0))
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


def number(cell, v):
    if isinstance(v, float):
        cell.number_format = "#,##0.0"
    elif isinstance(v, int):
        cell.number_format = "#,##0"


def widths(ws, cols, ws_widths):
    for col, w in zip(cols, ws_widths):
        ws.column_dimensions[col].width = w


# ---------------------------------------------------------------- 高砂市 (XLSX document)
def build_takasago():
    wb = Workbook()
    ws = wb.active
    ws.title = "事務事業評価"
    widths(ws, "ABCDEFGHIJK", [9, 4, 32, 6, 10, 8, 8, 8, 8, 8, 10])
    merge(
        ws,
        "A1:K1",
        "令和７年度　事務事業評価シート（令和６年度実施事業）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:K2", "作成日　令和7年7月24日", h="right")
    put(ws, "A4", "１　事業の概要", size=11, bold=True, wrap=False)
    fields = [
        ("事務事業名", "工楽松右衛門旧宅を核とした高砂町歴史観光推進事業"),
        ("担当課", "産業振興課　観光交流係"),
        ("関連計画", "第5次高砂市総合計画"),
        ("事業期間", "令和4年度～令和8年度"),
        ("事業費（R6決算）", "12,480千円（うち国・県支出金　4,160千円）"),
        (
            "事業の概要",
            "本市は昭和29年（1954年）に高砂町・荒井村・伊保村・曽根町の4町村が合併して誕生した。面積は34.38km²、人口は84,780人"
            "（2024年4月1日推計）。工楽松右衛門（1743年～1812年）は、丈夫な帆布「松右衛門帆」を考案した高砂出身の海運業者で、その旧宅は"
            "平成28年（2016年）1月に工楽家から市に寄贈され、約1年4か月の保存修理を経て平成30年（2018年）6月3日から一般公開している"
            "（入館無料）。同年5月には日本遺産「荒波を越えた男たちの夢が紡いだ異空間～北前船寄港地・船主集落～」に追加認定された。"
            "本事業では、旧宅を拠点に企画展・歴史講座とまち歩きを行い、高砂町の町家と南堀川周辺への回遊を促す。",
        ),
    ]
    r = 5
    for key, val in fields:
        merge(ws, f"A{r}:C{r}", key, bold=True, box=True, shade=True)
        merge(ws, f"D{r}:K{r}", val, box=True)
        ws.row_dimensions[r].height = 86 if key == "事業の概要" else 18
        r += 1
    r += 1
    put(ws, f"A{r}", "２　指標の推移", size=11, bold=True, wrap=False)
    r += 1
    head = [
        "区分",
        "No.",
        "指標名",
        "単位",
        "基準値（R3）",
        "R4実績",
        "R5実績",
        "R6実績",
        "R6目標",
        "R7目標",
        "R8目標（最終）",
    ]
    for col, text in zip("ABCDEFGHIJK", head):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[r].height = 30
    r += 1
    start = r
    rows = [
        ("活動指標", 1, "旧宅での企画展・歴史講座の開催回数", "回", 5, 7, 9, 11, 12, None, None),
        ("活動指標", 2, "まち歩きガイドツアーの実施回数", "回", 24, 30, 36, 41, 40, 45, 50),
        (
            "成果指標",
            3,
            "工楽松右衛門旧宅の入館者数",
            "千人",
            28400,
            36900,
            41200,
            43800,
            42000,
            45000,
            48000,
        ),
        (
            "成果指標",
            4,
            "高砂町地区の観光入込客数",
            "千人",
            186.5,
            214.3,
            238.6,
            251.2,
            240.0,
            255.0,
            270.0,
        ),
        (
            "成果指標",
            5,
            "来館者アンケートで「また訪れたい」と回答した人の割合",
            "％",
            "―",
            86.1,
            "―",
            89.2,
            88.0,
            89.0,
            90.0,
        ),
    ]
    for kubun, no, name, unit, *vals in rows:
        put(ws, f"A{r}", kubun, box=True, h="center")
        put(ws, f"B{r}", no, box=True, h="center")
        put(ws, f"C{r}", name, box=True)
        put(ws, f"D{r}", unit, box=True, h="center")
        for col, v in zip("EFGHIJK", vals):
            if v is None:
                continue
            c = put(ws, f"{col}{r}", v, box=True, h="center" if isinstance(v, str) else "right")
            number(c, v)
            if no == 3:
                c.number_format = THOUSANDS
        ws.row_dimensions[r].height = 30 if no == 5 else 20
        r += 1
    # No.1: one target for every year, merged across the three target columns
    ws.merge_cells(f"I{start}:K{start}")
    boxed(ws, f"I{start}:K{start}")
    ws[f"I{start}"].alignment = Alignment(horizontal="center", vertical="center")
    ws.merge_cells(f"A{start}:A{start + 1}")
    ws.merge_cells(f"A{start + 2}:A{start + 4}")
    notes = [
        "※1　No.1の目標は、令和6年度から令和8年度まで各年度12回です。",
        "※2　No.3は旧宅の受付で数えた入館者数です。No.4は兵庫県観光客動態調査の高砂町地区分です。",
        "※3　No.5のアンケートは令和4年度から隔年で実施しています（令和5年度は実施していません）。",
    ]
    for note in notes:
        merge(ws, f"A{r}:K{r}", note, size=8)
        r += 1
    r += 1
    put(ws, f"A{r}", "３　評価", size=11, bold=True, wrap=False)
    r += 1
    for key, val in (
        ("総合評価", "B（概ね順調）"),
        (
            "今後の方向性",
            "継続（企画展の回数を維持し、まちの観光会館と連携したまち歩きの充実を図る）",
        ),
    ):
        merge(ws, f"A{r}:C{r}", key, bold=True, box=True, shade=True)
        merge(ws, f"D{r}:K{r}", val, box=True)
        ws.row_dimensions[r].height = 18
        r += 1
    page(ws, landscape=False)
    save(wb, HERE / "takasago_kuraku_jimujigyo_r6.xlsx")


# ---------------------------------------------------------------- 富田林市 (PDF source, landscape)
def build_tondabayashi():
    wb = Workbook()
    ws = wb.active
    ws.title = "効果検証シート"
    widths(ws, "ABCDEFGHIJK", [5, 36, 7, 16, 9, 9, 9, 9, 9, 9, 14])
    merge(
        ws,
        "A1:K1",
        "デジタル田園都市国家構想交付金（地方創生推進タイプ）　効果検証シート（令和６年度）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:K2", "令和7年8月　富田林市", h="right")
    put(ws, "A4", "１　事業の概要", size=11, bold=True, wrap=False)
    fields = [
        ("交付対象事業の名称", "「富田林寺内町」歴史的町並み活用・にぎわい創出事業"),
        ("地域再生計画の名称", "富田林寺内町を核とした歴史・文化によるにぎわい創出計画"),
        ("事業実施期間", "令和4年度～令和6年度（3か年）"),
        ("交付対象事業費", "R6：14,200千円（うち交付金　7,100千円）"),
        ("担当課", "産業まちづくり部　商工観光課"),
        (
            "市の概要",
            "本市は昭和25年（1950年）4月に市制を施行した、大阪府の東南部に位置する市で、面積は39.72km²、人口は104,572人"
            "（2024年10月1日推計）。富田林寺内町は永禄初年（1558年～1561年）に興正寺別院を中心に開かれた町で、平成9年（1997年）に"
            "大阪府で唯一の重要伝統的建造物群保存地区に選定された。町内には昭和58年（1983年）に重要文化財となった旧杉山家住宅"
            "（入館料400円）や、平成18年（2006年）4月1日に開館したじないまち交流館があり、毎年3月の「じないまち雛めぐり」は"
            "令和7年で第19回を数える。",
        ),
    ]
    r = 5
    for key, val in fields:
        merge(ws, f"A{r}:B{r}", key, bold=True, box=True, shade=True)
        merge(ws, f"C{r}:K{r}", val, box=True)
        ws.row_dimensions[r].height = 46 if key == "市の概要" else 18
        r += 1
    r += 1
    put(ws, f"A{r}", "２　重要業績評価指標（KPI）の目標と実績", size=11, bold=True, wrap=False)
    r += 1
    top, low = r, r + 1
    for col, text in (
        ("A", "No."),
        ("B", "重要業績評価指標（KPI）"),
        ("C", "単位"),
        ("D", "事業開始前（2021年度）"),
        ("K", "達成状況（2024年度）"),
    ):
        merge(ws, f"{col}{top}:{col}{low}", text, bold=True, box=True, shade=True, h="center")
    for (a, b), year in zip(
        (("E", "F"), ("G", "H"), ("I", "J")), ("2022年度", "2023年度", "2024年度")
    ):
        merge(ws, f"{a}{top}:{b}{top}", year, bold=True, box=True, shade=True, h="center")
        put(ws, f"{a}{low}", "目標値", bold=True, box=True, shade=True, h="center")
        put(ws, f"{b}{low}", "実績値", bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[top].height = 20
    ws.row_dimensions[low].height = 18
    r = low + 1
    rows = [
        (
            "①",
            "寺内町の観光入込客数",
            "千人",
            142.6,
            150.0,
            158.3,
            165.0,
            181.7,
            180.0,
            176.4,
            "未達成",
        ),
        ("②", "旧杉山家住宅の入館者数", "人", 8412, 9000, 9863, 10000, 11205, 11000, 12480, "達成"),
        (
            "③",
            "じないまち交流館・寺内町センターの利用者数",
            "人",
            21560,
            23000,
            22418,
            24000,
            "25,306※2",
            25000,
            26874,
            "達成",
        ),
        (
            "④",
            "寺内町関連返礼品に係るふるさと納税寄附額",
            "千円",
            3250,
            4000,
            4812,
            5000,
            4630,
            6000,
            6215,
            "達成",
        ),
    ]
    for no, name, unit, *vals in rows:
        put(ws, f"A{r}", no, box=True, h="center")
        put(ws, f"B{r}", name, box=True)
        put(ws, f"C{r}", unit, box=True, h="center")
        for col, v in zip("DEFGHIJK", vals):
            c = put(ws, f"{col}{r}", v, box=True, h="center" if col == "K" else "right")
            number(c, v)
        ws.row_dimensions[r].height = 22
        r += 1
    notes = [
        "※1　②は暦年（1月～12月）の値です。事業開始前の値・目標値も暦年で設定しています。",
        "※2　③の2023年度実績値は、集計に誤りがあったため令和6年8月に修正しました（修正前は23,506人）。",
    ]
    for note in notes:
        merge(ws, f"A{r}:K{r}", note, size=8)
        r += 1
    r += 1
    put(ws, f"A{r}", "３　事業の評価", size=11, bold=True, wrap=False)
    r += 1
    for key, val in (
        ("事業の効果", "地方創生に効果があった"),
        (
            "評価の理由",
            "4指標のうち3指標で2024年度の目標値を達成した。観光入込客数は2023年度に目標を上回ったが、2024年度は夏季の猛暑の影響で"
            "わずかに目標を下回った。交付期間終了後も市の単独事業として継続する。",
        ),
    ):
        merge(ws, f"A{r}:B{r}", key, bold=True, box=True, shade=True)
        merge(ws, f"C{r}:K{r}", val, box=True)
        ws.row_dimensions[r].height = 30 if key == "評価の理由" else 18
        r += 1
    page(ws, landscape=True)
    save(wb, SRC / "tondabayashi_jinaimachi_kofukin_kensho_r6.xlsx")


# ---------------------------------------------------------------- 御所市 (PDF source, portrait)
def build_gose():
    wb = Workbook()
    ws = wb.active
    ws.title = "主要施策の成果"
    widths(ws, "ABCDEFGHIJ", [5, 30, 6, 14, 8, 8, 8, 8, 11, 10])
    merge(ws, "A1:J1", "令和６年度　主要な施策の成果説明書（抜粋）", size=14, bold=True, h="center")
    merge(ws, "A2:J2", "令和7年9月　御所市", h="right")
    fields = [
        ("事業名", "葛城高原・葛城古道観光振興事業"),
        ("所管課", "産業振興部　観光振興課"),
        ("会計区分", "一般会計　7款 商工費　1項 商工費"),
        ("決算額", "令和6年度　18,460千円（うち県支出金　3,500千円）"),
        ("関連計画", "第6次御所市総合計画（2021年度～2029年度）"),
        (
            "事業の内容",
            "本市は昭和33年（1958年）3月31日に御所町・葛村・葛上村・大正村の4町村が合併して誕生した。面積は60.58km²、人口は"
            "22,202人（2024年10月1日現在）。西に金剛山と標高959mの大和葛城山が連なり、山頂付近の約20ヘクタールには「一目百万本」と"
            "称されるヤマツツジが5月上旬から中旬に咲く。東麓の葛城古道沿いには高鴨神社・一言主神社・高天彦神社などの古社が点在し、"
            "近鉄御所駅の東に広がる「御所まち」では毎年11月第2日曜日に霜月祭が開かれる。本事業では、ガイドウォークと観光マップにより"
            "山上・古道・まちなかの周遊を促す。",
        ),
    ]
    r = 4
    for key, val in fields:
        merge(ws, f"A{r}:B{r}", key, bold=True, box=True, shade=True)
        merge(ws, f"C{r}:J{r}", val, box=True)
        ws.row_dimensions[r].height = 86 if key == "事業の内容" else 18
        r += 1
    r += 1
    put(ws, f"A{r}", "（１）事業の実績", size=11, bold=True, wrap=False)
    r += 1
    for col, text in zip("ABCDEF", ["No.", "項目", "単位", "R4実績", "R5実績", "R6実績"]):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=True, h="center")
    merge(ws, f"G{r}:J{r}", "備考", bold=True, box=True, shade=True, h="center")
    r += 1
    acts = [
        ("ア", "葛城古道ガイドウォークの開催回数", "回", 8, 10, 12, "春・秋に実施"),
        (
            "イ",
            "観光マップ「葛城の道」の配布部数",
            "千部",
            12.0,
            15.5,
            18.0,
            "観光案内所・駅・宿泊施設で配布",
        ),
        (
            "ウ",
            "観光ボランティアガイドの案内人数",
            "人",
            "延べ1,240",
            "延べ1,685",
            "延べ2,030",
            "御所まち・葛城古道",
        ),
    ]
    for no, name, unit, *vals, note in acts:
        put(ws, f"A{r}", no, box=True, h="center")
        put(ws, f"B{r}", name, box=True)
        put(ws, f"C{r}", unit, box=True, h="center")
        for col, v in zip("DEF", vals):
            c = put(ws, f"{col}{r}", v, box=True, h="right")
            number(c, v)
        merge(ws, f"G{r}:J{r}", note, box=True)
        ws.row_dimensions[r].height = 20
        r += 1
    r += 1
    put(ws, f"A{r}", "（２）成果指標", size=11, bold=True, wrap=False)
    r += 1
    head = [
        "No.",
        "成果指標",
        "単位",
        "基準値（2019年度）",
        "R4実績",
        "R5実績",
        "R6目標",
        "R6実績",
        "達成状況（R6）",
        "目標値（R8）",
    ]
    for col, text in zip("ABCDEFGHIJ", head):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[r].height = 30
    r += 1
    outs = [
        (
            "①",
            "葛城高原（大和葛城山上）の観光客数",
            "千人",
            248.6,
            196.3,
            231.4,
            240.0,
            252.8,
            "達成",
            260.0,
        ),
        (
            "②",
            "霜月祭（御所まち）の来場者数",
            "人",
            12000,
            6800,
            9400,
            10000,
            9650,
            "未達成",
            12000,
        ),
        (
            "③",
            "観光案内所利用者の満足度",
            "％",
            "―",
            84.2,
            87.5,
            "90以上",
            88.9,
            "未達成",
            "90以上",
        ),
    ]
    for no, name, unit, *vals in outs:
        put(ws, f"A{r}", no, box=True, h="center")
        put(ws, f"B{r}", name, box=True)
        put(ws, f"C{r}", unit, box=True, h="center")
        for col, v in zip("DEFGHIJ", vals):
            c = put(ws, f"{col}{r}", v, box=True, h="center" if col == "I" or v == "―" else "right")
            number(c, v)
        ws.row_dimensions[r].height = 22
        r += 1
    notes = [
        "※1　①は葛城山ロープウェイの利用者数と山上施設の利用者数をもとに推計した値です。",
        "※2　③は観光案内所で毎年度実施しているアンケートによるもので、令和4年度から実施しているため基準値はありません。",
    ]
    for note in notes:
        merge(ws, f"A{r}:J{r}", note, size=8)
        r += 1
    r += 1
    put(ws, f"A{r}", "（３）成果と今後の方向性", size=11, bold=True, wrap=False)
    r += 1
    merge(
        ws,
        f"A{r}:J{r}",
        "つつじの見頃（5月上旬～中旬）に合わせたガイドウォークを増やし、山上の観光客数は基準値を上回った。霜月祭は来場者が"
        "前年度より約250人増えたが目標には届かなかった。令和7年度は観光案内所のアンケート結果を踏まえ、古道の案内表示を15か所で"
        "更新する。",
        box=True,
    )
    ws.row_dimensions[r].height = 46
    page(ws, landscape=False)
    save(wb, SRC / "gose_katsuragi_shuyo_seika_r6.xlsx")


# ---------------------------------------------------------------- 愛西市 (HTML)
AISAI = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>第2次愛西市まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の検証結果（令和５年度） - 愛西市</title>
</head>
<body>
<nav aria-label="現在地"><ol>
<li><a href="/">ホーム</a></li>
<li><a href="/shisei/">市政情報</a></li>
<li><a href="/shisei/keikaku/">計画・施策</a></li>
<li>第2次愛西市まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の検証結果（令和５年度）</li>
</ol></nav>
<main>
<h1>第2次愛西市まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の検証結果（令和５年度）</h1>
<p class="update">更新日：2024年10月18日　担当：企画政策部　経営企画課</p>
<p>本市は、2005年（平成17年）4月1日に海部郡佐屋町・立田村・八開村・佐織町の2町2村が合併して誕生しました。面積は66.68km²、人口は58,790人（2024年9月1日推計）です。木曽川をはさんで岐阜県・三重県と接し、市の南部の大半は海抜ゼロメートル地帯となっています。</p>
<p>立田地区は全国有数のレンコンの産地で、約350haのはす田で年間4,000トンを超えるレンコンが生産されています。道の駅に隣接する森川花はす田では、例年7月上旬から中旬にハスの花が見頃を迎えます。</p>
<dl class="outline">
<dt>計画の名称</dt><dd>第2次愛西市人口ビジョン・愛西市まち・ひと・しごと創生総合戦略</dd>
<dt>計画期間</dt><dd>2020年度～2024年度（5年間）</dd>
<dt>担当課</dt><dd>企画政策部　経営企画課</dd>
</dl>
<p>各指標の「評価」は、目標年度（2024年度）に向けた進捗の見込みを次の3段階で示したもので、目標の達成・未達成を判定したものではありません。</p>
<ul class="legend">
<li>A：目標の達成に向けて順調に推移している</li>
<li>B：一部に遅れがあるが、改善の傾向にある</li>
<li>C：遅れており、取組の見直しが必要である</li>
</ul>
<p>※「年」とある値は暦年（1月～12月）、「年度」とある値は4月～翌年3月の値です。</p>

<h2>基本目標1　地域の特性を活かしたしごとをつくる</h2>
<section class="kpi">
<h3>KPI①　新規就農者数</h3>
<dl>
<dt>基準値</dt><dd>4人（2018年度）</dd>
<dt>目標値</dt><dd>5年間で累計30人</dd>
<dt>実績値</dt><dd><ul><li>2020年度：5人</li><li>2021年度：6人</li><li>2022年度：7人</li><li>2023年度：5人</li></ul></dd>
<dt>評価</dt><dd>B</dd>
<dt>担当課</dt><dd>産業振興部　農政課</dd>
</dl>
</section>
<section class="kpi">
<h3>KPI②　立田地区のれんこん出荷量</h3>
<dl>
<dt>基準値</dt><dd>4,120t（2018年度）</dd>
<dt>目標値</dt><dd>4,300t（2024年度）</dd>
<dt>実績値</dt><dd><ul><li>2020年度：3,960t</li><li>2021年度：4,010t</li><li>2022年度：4,085t</li><li>2023年度：4,190t</li></ul></dd>
<dt>評価</dt><dd>A</dd>
<dt>担当課</dt><dd>産業振興部　農政課</dd>
</dl>
</section>

<h2>基本目標2　愛西市への新しいひとの流れをつくる</h2>
<section class="kpi">
<h3>数値目標　社会増減数（転入者数－転出者数）</h3>
<dl>
<dt>基準値</dt><dd>△182人（2018年）</dd>
<dt>目標値</dt><dd>±0人（2024年）</dd>
<dt>実績値</dt><dd><ul><li>2020年：△121人</li><li>2021年：△96人</li><li>2022年：△41人</li><li>2023年：△64人</li></ul></dd>
<dt>評価</dt><dd>B</dd>
<dt>担当課</dt><dd>企画政策部　経営企画課</dd>
</dl>
</section>
<section class="kpi">
<h3>KPI③　観光入込客数</h3>
<dl>
<dt>基準値</dt><dd>86.4万人（2018年）</dd>
<dt>目標値</dt><dd>90.0万人（2024年）</dd>
<dt>実績値</dt><dd><ul><li>2020年：48.2万人</li><li>2021年：52.8万人</li><li>2022年：64.1万人</li><li>2023年：78.9万人</li></ul></dd>
<dt>評価</dt><dd>B</dd>
<dt>担当課</dt><dd>産業振興部　商工観光課</dd>
</dl>
</section>
<section class="kpi">
<h3>KPI④　森川花はす田「蓮見の会」の来場者数</h3>
<dl>
<dt>基準値</dt><dd>12,000人（2019年度）</dd>
<dt>目標値</dt><dd>15,000人（2024年度）</dd>
<dt>実績値</dt><dd><ul><li>2020年度：中止</li><li>2021年度：中止</li><li>2022年度：8,600人</li><li>2023年度：10,400人</li></ul></dd>
<dt>評価</dt><dd>C</dd>
<dt>担当課</dt><dd>産業振興部　商工観光課</dd>
</dl>
</section>
<p>※「蓮見の会」は、2020年度・2021年度は新型コロナウイルス感染症の拡大防止のため中止しました。</p>

<h2>検証結果のまとめ</h2>
<p>5つの指標のうち評価Aは1指標、Bは3指標、Cは1指標でした。観光入込客数は2023年に78.9万人まで回復しましたが、2019年の水準には届いていません。最終年度となる2024年度の実績は、2025年秋に公表する予定です。</p>
</main>
<footer><p>愛西市役所　企画政策部　経営企画課</p></footer>
</body>
</html>
"""


def build_aisai():
    (HERE / "aisai_sousei2_kpi_kensho_r5.html").write_text(AISAI, encoding="utf-8")


def to_pdf():
    for name in ("tondabayashi_jinaimachi_kofukin_kensho_r6", "gose_katsuragi_shuyo_seika_r6"):
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
    build_takasago()
    build_tondabayashi()
    build_gose()
    build_aisai()
    if "--no-pdf" not in sys.argv:
        to_pdf()


if __name__ == "__main__":
    main()
