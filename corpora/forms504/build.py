"""Build forms504: four KPI documents of 中津川市, 大口町, 三宅町 and 海南市.

Writes `nakatsugawa_sanshuku_jimujigyo_r5.xlsx` (the workbook is the document),
`oguchi_sousei2_kpi_kensho_r5.html`, and the XLSX sources `source/miyake_glove_kofukin_kensho_r5.xlsx` and
`source/kainan_shikki_shuyo_seika_r5.xlsx`, which LibreOffice turns into `miyake_glove_kofukin_kensho_r5.pdf` and
`kainan_shikki_shuyo_seika_r5.pdf`.
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
LIGHT = PatternFill("solid", fgColor="F2F2F2")
STAMP = datetime.datetime(2024, 9, 2, 9, 0, 0)


def font(size=9, bold=False):
    return Font(name=FONT, size=size, bold=bold)


def put(ws, ref, value, size=9, bold=False, box=False, shade=None, h="left", wrap=True):
    cell = ws[ref]
    cell.value = value
    cell.font = font(size, bold)
    cell.alignment = Alignment(horizontal=h, vertical="center", wrap_text=wrap)
    if box:
        cell.border = BOX
    if shade is not None:
        cell.fill = shade
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
    wb.properties.creator = "forms504"
    wb.properties.lastModifiedBy = "forms504"
    wb.properties.created = STAMP
    wb.properties.modified = STAMP
    buf = io.BytesIO()
    wb.save(buf)
    buf.seek(0)
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in sorted(zin.infolist(), key=lambda i: i.filename):
            data = zin.read(item.filename)
            if item.filename == "docProps/core.xml":
                data = re.sub(
                    rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2024-09-02T09:00:00Z", data
                )
                data = re.sub(
                    rb"(<dcterms:created[^>]*>)[^<]*", rb"\g<1>2024-09-02T09:00:00Z", data
                )
            info = zipfile.ZipInfo(item.filename, date_time=(2024, 9, 2, 9, 0, 0))
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


def fmt(cell, v, decimals):
    if isinstance(v, str):
        return
    cell.number_format = "#,##0.0" if decimals else "#,##0"


def form_rows(ws, fields, last_col, r, tall=None, label_span="A{r}:B{r}", value_from="C"):
    """Key-value rows: a shaded label over `label_span`, the value merged to `last_col`."""
    tall = tall or {}
    for key, val in fields:
        put(ws, label_span.format(r=r).split(":")[0], key, bold=True, box=True, shade=SHADE)
        if ":" in label_span:
            ws.merge_cells(label_span.format(r=r))
            boxed(ws, label_span.format(r=r), shade=SHADE)
        merge(ws, f"{value_from}{r}:{last_col}{r}", val, box=True)
        ws.row_dimensions[r].height = tall.get(key, 18)
        r += 1
    return r


# ---------------------------------------------------------------- 中津川市 (XLSX document)
def build_nakatsugawa():
    wb = Workbook()
    ws = wb.active
    ws.title = "事務事業評価"
    widths = {"A": 10, "B": 5, "C": 30, "D": 7, "E": 9, "F": 9, "G": 10, "H": 9, "I": 9, "J": 10}
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    merge(
        ws,
        "A1:J1",
        "令和６年度　事務事業評価シート（令和５年度実施事業）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:J2", "作成日　令和6年8月23日　中津川市", h="right")
    fields = [
        ("事務事業名", "中山道三宿（馬籠宿・落合宿・中津川宿）周遊促進事業"),
        ("担当課", "商工観光部　観光課"),
        ("関連計画", "第2期中津川市まち・ひと・しごと創生総合戦略（令和2年度～令和6年度）"),
        ("事業期間", "令和3年度～令和7年度"),
        (
            "事業の概要",
            "中山道の43番目の宿場・馬籠宿は、約600mの急な坂に石畳と枡形が残る宿場町で、平成17年（2005年）2月13日の越県合併により長野県山口村から本市に加わった。"
            "馬籠峠を越えて妻籠宿へ歩く外国人ハイカーは平成30年度（2018年度）に初めて3万人を超え、65の国・地域に及んだ。"
            "本事業では、馬籠宿・落合宿・中津川宿の三宿をめぐる周遊イベント、多言語パンフレット・マップの作成、宿泊と組み合わせた旅行商品づくりを行う。"
            "市の面積は676.45km²、人口は74,046人（2024年3月末、外国人を含む）。中央自動車道中津川ICから馬籠宿までは車で約30分。",
        ),
    ]
    r = form_rows(ws, fields, "J", 4, tall={"事業の概要": 70})
    r += 1
    put(ws, f"A{r}", "１　事業費の推移（単位：千円）", size=11, bold=True, wrap=False)
    r += 1
    merge(ws, f"A{r}:D{r}", "区分", bold=True, box=True, shade=SHADE, h="center")
    for col, text in zip("EFGH", ("R3決算", "R4決算", "R5決算", "R6予算")):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=SHADE, h="center")
    r += 1
    for label, vals in (
        ("事業費", [6240, 8950, 11380, 12000]),
        ("うち一般財源", [3120, 4480, 5690, 6000]),
    ):
        merge(ws, f"A{r}:D{r}", label, box=True)
        for col, v in zip("EFGH", vals):
            c = put(ws, f"{col}{r}", v, box=True, h="right")
            c.number_format = "#,##0"
        r += 1
    r += 1
    put(ws, f"A{r}", "２　指標の推移", size=11, bold=True, wrap=False)
    r += 1
    top, low = r, r + 1
    for col, text in (("A", "区分"), ("B", "No."), ("C", "指標名"), ("D", "単位")):
        merge(ws, f"{col}{top}:{col}{low}", text, bold=True, box=True, shade=SHADE, h="center")
    merge(ws, f"E{top}:G{top}", "実績", bold=True, box=True, shade=SHADE, h="center")
    merge(ws, f"H{top}:J{top}", "目標", bold=True, box=True, shade=SHADE, h="center")
    for col, text in zip("EFGHIJ", ("R3", "R4", "R5（速報値）", "R5", "R6", "R7（最終）")):
        put(ws, f"{col}{low}", text, bold=True, box=True, shade=SHADE, h="center")
    ws.row_dimensions[top].height = 18
    ws.row_dimensions[low].height = 18
    r = low + 1
    rows = [
        (1, "三宿をめぐる周遊イベントの開催回数", "回", False, [2, 3, 4, "毎年度4"]),
        (
            2,
            "多言語パンフレット・マップの配布部数",
            "千部",
            True,
            [12.0, 18.5, 24.2, 20.0, 22.0, 25.0],
        ),
        (3, "馬籠宿の観光入込客数", "千人", True, [285.4, 512.6, 648.3, 600.0, 650.0, 700.0]),
        (
            4,
            "三宿周辺の宿泊施設の延べ宿泊者数",
            "千人泊",
            True,
            [21.8, 30.4, 38.9, 40.0, 42.0, 45.0],
        ),
        (
            5,
            "馬籠峠を越える外国人ハイカー数",
            "人",
            False,
            ["―", 9860, 31520, 25000, 30000, 35000],
        ),
    ]
    start = r
    for no, name, unit, decimals, vals in rows:
        put(ws, f"B{r}", no, box=True, h="center")
        put(ws, f"C{r}", name, box=True)
        put(ws, f"D{r}", unit, box=True, h="center")
        if len(vals) == 4:
            for col, v in zip("EFG", vals[:3]):
                c = put(ws, f"{col}{r}", v, box=True, h="right")
                fmt(c, v, decimals)
            merge(ws, f"H{r}:J{r}", vals[3], box=True, h="center")
        else:
            for col, v in zip("EFGHIJ", vals):
                c = put(ws, f"{col}{r}", v, box=True, h="center" if v == "―" else "right")
                fmt(c, v, decimals)
        ws.row_dimensions[r].height = 26
        r += 1
    merge(ws, f"A{start}:A{start + 1}", "活動指標", box=True, h="center")
    merge(ws, f"A{start + 2}:A{start + 4}", "成果指標", box=True, h="center")
    notes = [
        "※R5の実績は令和6年7月末時点の速報値です。確定値は令和6年度のシートで報告します。",
        "※No.5は令和4年度から馬籠観光案内所で計測しています。",
    ]
    for note in notes:
        merge(ws, f"A{r}:J{r}", note, size=8)
        r += 1
    r += 1
    put(ws, f"A{r}", "３　評価", size=11, bold=True, wrap=False)
    r += 1
    evals = [
        ("有効性", "A（効果があった）"),
        (
            "今後の方向性",
            "拡充（リニア中央新幹線の開業を見据え、三宿を結ぶ周遊ルートと宿泊商品を強化する）",
        ),
    ]
    r = form_rows(ws, evals, "J", r)
    page(ws, landscape=False)
    save(wb, HERE / "nakatsugawa_sanshuku_jimujigyo_r5.xlsx")


# ---------------------------------------------------------------- 三宅町 (PDF source, landscape)
def build_miyake():
    wb = Workbook()
    ws = wb.active
    ws.title = "効果検証"
    widths = {"A": 12, "B": 12, "C": 26, "D": 26, "E": 26, "F": 26}
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    merge(
        ws,
        "A1:F1",
        "デジタル田園都市国家構想交付金（地方創生推進タイプ）　効果検証シート（令和５年度）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:F2", "令和6年8月　三宅町", h="right")
    fields = [
        ("交付対象事業の名称", "「グローブのまち三宅」ブランド発信・交流拠点活用事業"),
        ("地域再生計画の名称", "三宅町グローブと交流のまちづくり推進計画"),
        ("事業実施期間", "令和3年度～令和5年度（3か年）"),
        ("交付対象事業費", "3か年合計　27,600千円（うち交付金　13,800千円）"),
        ("担当課", "まちづくり推進課"),
        (
            "町の概要",
            "奈良盆地の中央部に位置し、東西約3.4km、南北約2.0km、面積4.06km²と全国で2番目に小さい町。人口は6,661人（2022年3月現在）。"
            "大正10年（1921年）に始まった野球グローブ・ミットの生産は、昭和45年（1970年）の最盛期に587万個を輸出し、今も約20軒の工房がオーダーメイド品を手がける。"
            "令和3年（2021年）7月に三宅町交流まちづくりセンター「MiiMo」がプレオープンし、同年12月にグランドオープンした。京奈和自動車道の三宅ICは平成27年（2015年）3月に開通。",
        ),
    ]
    r = form_rows(ws, fields, "F", 4, tall={"町の概要": 46})
    r += 1
    put(ws, f"A{r}", "■重要業績評価指標（KPI）の目標と実績", size=11, bold=True, wrap=False)
    r += 1
    merge(ws, f"A{r}:B{r}", "区分", bold=True, box=True, shade=SHADE, h="center")
    heads = [
        "①　オーダーグローブの受注件数（件）",
        "②　グローブ・革小物のふるさと納税寄附額（万円）",
        "③　交流まちづくりセンター「MiiMo」の利用者数（千人）",
        "④　オープンファクトリー（工房見学）の参加者数（人）",
    ]
    for col, text in zip("CDEF", heads):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=SHADE, h="center")
    ws.row_dimensions[r].height = 32
    r += 1
    decimals = [False, False, True, False]

    def values(row, vals):
        for col, v, dec in zip("CDEF", vals, decimals):
            c = put(ws, f"{col}{row}", v, box=True, h="center" if isinstance(v, str) else "right")
            fmt(c, v, dec)

    merge(ws, f"A{r}:B{r}", "事業開始前（R2年度）", box=True, h="center")
    values(r, [1860, 1280, "―", "―"])
    ws.row_dimensions[r].height = 20
    r += 1
    years = [
        ("1年目", [2000, 1500, 30.0, 200], [2140, 1962, 26.4, "中止"]),
        ("2年目", [2200, 1800, 60.0, 300], [2310, 2405, 71.8, 268]),
        ("3年目", [2400, 2100, 75.0, 400], [2452, 2060, 82.6, 415]),
    ]
    for label, target, actual in years:
        merge(ws, f"A{r}:A{r + 1}", label, box=True, h="center")
        put(ws, f"B{r}", "目標", box=True, h="center", shade=LIGHT)
        values(r, target)
        for col in "CDEF":
            ws[f"{col}{r}"].fill = LIGHT
        put(ws, f"B{r + 1}", "実績", box=True, h="center")
        values(r + 1, actual)
        ws.row_dimensions[r].height = 20
        ws.row_dimensions[r + 1].height = 20
        r += 2
    merge(ws, f"A{r}:B{r}", "達成状況（3年目）", box=True, h="center", shade=SHADE)
    for col, word in zip("CDEF", ("達成", "未達成", "達成", "達成")):
        put(ws, f"{col}{r}", word, box=True, h="center")
    ws.row_dimensions[r].height = 20
    r += 1
    notes = [
        "※③は令和3年7月23日のプレオープンから集計しています。③と④は本事業で始めた取組のため、事業開始前の値はありません。",
        "※④の1年目は、新型コロナウイルス感染症の拡大により工房見学を中止しました。",
    ]
    for note in notes:
        merge(ws, f"A{r}:F{r}", note, size=8)
        r += 1
    r += 1
    put(ws, f"A{r}", "■地方創生への効果", size=11, bold=True, wrap=False)
    r += 1
    merge(ws, f"A{r}:F{r}", "地方創生に効果があった", box=True)
    ws.row_dimensions[r].height = 18
    r += 1
    put(ws, f"A{r}", "■今後の方針", size=11, bold=True, wrap=False)
    r += 1
    merge(
        ws,
        f"A{r}:F{r}",
        "事業の継続（交付金終了後は町の自主財源により、MiiMoを拠点とした工房見学とグローブのPRを続ける）",
        box=True,
    )
    ws.row_dimensions[r].height = 18
    page(ws, landscape=True)
    save(wb, SRC / "miyake_glove_kofukin_kensho_r5.xlsx")


# ---------------------------------------------------------------- 海南市 (PDF source, portrait)
def build_kainan():
    wb = Workbook()
    ws = wb.active
    ws.title = "主要施策の成果"
    widths = {"A": 6, "B": 36, "C": 7, "D": 10, "E": 9, "F": 9, "G": 9, "H": 6, "I": 10}
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    merge(
        ws,
        "A1:I1",
        "令和５年度　主要な施策の成果に関する説明書（抜粋）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:I2", "令和6年9月　海南市", h="right")
    r = 3
    header = [
        ("対象", "令和5年度一般会計決算（まちづくり部　産業振興課所管分）"),
        ("関連計画", "海南市まち・ひと・しごと創生総合戦略"),
    ]
    r = form_rows(ws, header, "I", r, label_span="A{r}:B{r}")
    merge(
        ws,
        f"A{r}:I{r}",
        "【評価】　A：目標を達成　B：目標の80％以上　C：目標の80％未満",
        size=8,
        h="right",
    )
    r += 2
    blocks = [
        (
            [
                ("事業名", "紀州漆器産地振興事業"),
                ("所管課", "まちづくり部　産業振興課　商工観光班"),
                ("決算額", "18,640千円（うち一般財源　12,310千円）"),
                (
                    "事業の内容",
                    "黒江地区を中心とする紀州漆器は、会津・越前・山中とともに四大漆器産地に数えられ、昭和53年に国の伝統的工芸品の指定を受けた。"
                    "製造品出荷額は年間約59億円、企業数は112社（令和2年3月末）。後継者育成の研修、展示会への出展支援、紀州漆器伝統産業会館（うるわし館）での蒔絵体験の運営支援を行った。",
                ),
            ],
            [
                (1, "紀州漆器の製造品出荷額", "百万円", False, [5900, 5410, 5600, 5520, "B", 6000]),
                (
                    2,
                    "紀州漆器伝統産業会館（うるわし館）の入館者数",
                    "千人",
                    True,
                    [18.2, 12.6, 15.0, 16.3, "A", 20.0],
                ),
                (3, "蒔絵体験の参加者数", "人", False, [1250, 980, 1200, 1315, "A", 1500]),
            ],
            [],
        ),
        (
            [
                ("事業名", "黒江・熊野古道周遊観光推進事業"),
                ("所管課", "まちづくり部　産業振興課　商工観光班"),
                ("決算額", "9,870千円（うち一般財源　9,870千円）"),
                (
                    "事業の内容",
                    "市内を南北に通る熊野古道には9つの王子跡が点在し、14首の万葉歌碑が建つ。黒江の町並み、温山荘園、和歌山県立自然博物館を結ぶ周遊マップの作成、古道ガイドの養成、観光案内所の運営を行った。"
                    "本市は平成17年（2005年）4月1日に旧海南市と旧下津町が合併して誕生し、面積は101.06km²、人口は47,082人（令和4年4月1日、住民基本台帳）。",
                ),
            ],
            [
                (
                    1,
                    "市内主要観光施設の観光入込客数",
                    "千人",
                    True,
                    [412.5, 355.0, 400.0, 389.6, "B", 450.0],
                ),
                (
                    2,
                    "紀州漆器伝統産業会館（うるわし館）の入館者数（再掲）",
                    "千人",
                    True,
                    [18.2, 12.6, 15.0, 16.3, "A", 20.0],
                ),
                (3, "熊野古道ガイドの案内人数", "人", False, ["―", 640, 800, 742, "B", 1000]),
            ],
            [
                "※No.3は令和2年度にガイドの養成を始めたため、基準値はありません。",
                "※（再掲）は、他の事業の成果指標を再び掲げたものです。",
            ],
        ),
    ]
    head = [
        "No.",
        "成果指標",
        "単位",
        "基準値\n（元年度）",
        "4年度実績",
        "5年度目標",
        "5年度実績",
        "評価",
        "目標値\n（7年度）",
    ]
    for fields, rows, notes in blocks:
        r = form_rows(ws, fields, "I", r, tall={"事業の内容": 46})
        r += 1
        put(ws, f"A{r}", "■成果指標の状況", size=10, bold=True, wrap=False)
        r += 1
        for col, text in zip("ABCDEFGHI", head):
            put(ws, f"{col}{r}", text, bold=True, box=True, shade=SHADE, h="center")
        ws.row_dimensions[r].height = 28
        r += 1
        for no, name, unit, decimals, vals in rows:
            put(ws, f"A{r}", no, box=True, h="center")
            put(ws, f"B{r}", name, box=True)
            put(ws, f"C{r}", unit, box=True, h="center")
            for col, v in zip("DEFGHI", vals):
                c = put(
                    ws,
                    f"{col}{r}",
                    v,
                    box=True,
                    h="center" if isinstance(v, str) else "right",
                )
                fmt(c, v, decimals)
            ws.row_dimensions[r].height = 26
            r += 1
        for note in notes:
            merge(ws, f"A{r}:I{r}", note, size=8)
            r += 1
        r += 1
    page(ws, landscape=False)
    save(wb, SRC / "kainan_shikki_shuyo_seika_r5.xlsx")


# ---------------------------------------------------------------- 大口町 (HTML)
OGUCHI = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>第2期大口町まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の検証（令和５年度） | 大口町</title>
</head>
<body>
<nav aria-label="パンくずリスト"><ol>
<li><a href="/">ホーム</a></li>
<li><a href="/machizukuri/">まちづくり・町政</a></li>
<li><a href="/machizukuri/keikaku/">計画・施策</a></li>
<li>第2期大口町まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の検証（令和５年度）</li>
</ol></nav>
<main>
<h1>第2期大口町まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の検証（令和５年度）</h1>
<p class="date">更新日：2024年11月15日　担当：政策推進課</p>
<p>大口町は愛知県の西北部、犬山扇状地の東南部に位置し、「木の葉」の形をした町域は東西約3.6km、南北約6.1km、面積13.61km²です。明治39年（1906年）に太田村・小口村などが合併して大口村となり、昭和37年（1962年）に町制を施行しました。昭和30年代に始めた企業誘致により、現在では約660社が集まる「ものづくりのまち」です。</p>
<p>町の中央を流れる五条川の桜並木は「日本さくら名所100選」に選ばれ、3月下旬から4月上旬の五条川桜まつりでは、ライトアップや遊覧船が花見客を迎えます。堀尾跡公園では金助桜まつりも開かれます。</p>
<dl>
<dt>計画の名称</dt><dd>第2期大口町まち・ひと・しごと創生総合戦略</dd>
<dt>計画期間</dt><dd>令和2年度～令和6年度（5年間）</dd>
<dt>担当課</dt><dd>政策推進課</dd>
</dl>
<h2>基本目標ごとのKPIの検証</h2>
<p>「直近値」は、令和6年10月末までに把握できた最新の値です。統計によって集計の時点が異なるため、値の下の括弧内にその時点を示しています。△はマイナスを表します。</p>
<table border="1">
<thead>
<tr><th>KPI</th><th>単位</th><th>基準値<br>（H30）</th><th>直近値</th><th>目標値<br>（R6）</th></tr>
</thead>
<tbody>
<tr><th colspan="5" scope="rowgroup">基本目標1　ものづくりの力を活かし、安定した雇用をつくる</th></tr>
<tr><th scope="row">①　町内事業所の従業者数</th><td>人</td><td>21,480</td><td>22,315<br>（R3.6.1）</td><td>22,000</td></tr>
<tr><th scope="row">②　五条川桜まつり期間中の観光入込客数</th><td>万人</td><td>18.5</td><td>21.2<br>（R6年度）</td><td>22.0</td></tr>
<tr><th colspan="5" scope="rowgroup">基本目標2　大口町への新しいひとの流れをつくる</th></tr>
<tr><th scope="row">③　社会増減数（転入者数－転出者数）</th><td>人</td><td>△38</td><td>△112<br>（2023年）</td><td>30</td></tr>
<tr><th colspan="5" scope="rowgroup">基本目標3　若い世代の結婚・出産・子育ての希望をかなえる</th></tr>
<tr><th scope="row">④　子育て支援センターの年間延べ利用者数</th><td>人</td><td>14,260</td><td>11,875<br>（R5年度）</td><td>15,000</td></tr>
<tr><th colspan="5" scope="rowgroup">基本目標4　住民がつながり、安心して暮らせるまちをつくる</th></tr>
<tr><th scope="row">⑤　町民活動センターの登録団体数</th><td>団体</td><td>62</td><td>81<br>（R6.3末）</td><td>5年間で20団体増</td></tr>
</tbody>
</table>
<p>※①は経済センサス（令和3年6月1日現在）の値、③は住民基本台帳による1月～12月の転入者数から転出者数を引いた値です。</p>
<p>※⑤の目標値は、計画期間の5年間で登録団体を20団体増やすことを目指すものです。</p>
<h2>検証の体制</h2>
<p>令和6年10月に大口町総合戦略推進会議（委員12名）を開き、KPIの直近値と今後の取組について意見をいただきました。</p>
</main>
<footer><p>大口町役場　政策推進課</p></footer>
</body>
</html>
"""


def build_oguchi():
    (HERE / "oguchi_sousei2_kpi_kensho_r5.html").write_text(OGUCHI, encoding="utf-8")


def to_pdf():
    for name in ("miyake_glove_kofukin_kensho_r5", "kainan_shikki_shuyo_seika_r5"):
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
    build_oguchi()
    build_nakatsugawa()
    build_miyake()
    build_kainan()
    if "--no-pdf" not in sys.argv:
        to_pdf()


if __name__ == "__main__":
    main()
