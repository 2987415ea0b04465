"""Build forms537: four KPI documents of 宇美町, 上天草市, 宇部市 and みやき町.

Writes `umi_hachimangu_kanko_jimujigyo_r5.xlsx` (the workbook is the document), `kamiamakusa_sousei2_kpi_suii_r5.html`,
and the XLSX sources `source/ube_tokiwa_kofukin_kensho_r5.xlsx` and `source/miyaki_teiju_shuyo_seika_r5.xlsx`,
which LibreOffice turns into `ube_tokiwa_kofukin_kensho_r5.pdf` and `miyaki_teiju_shuyo_seika_r5.pdf`.
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
# a cell struck through with a diagonal line (斜線), as on paper forms
SLASH = Border(left=THIN, right=THIN, top=THIN, bottom=THIN, diagonal=THIN, diagonalUp=True)
SHADE = PatternFill("solid", fgColor="D9D9D9")
STAMP = datetime.datetime(2024, 9, 30, 9, 0, 0)


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
    put(ws, first, value, **kw)
    ws.merge_cells(rng)
    if kw.get("box"):
        boxed(ws, rng, kw.get("shade", False))


def save(wb, path):
    """Save with fixed properties and fixed zip timestamps, so the bytes do not change."""
    wb.properties.creator = "forms537"
    wb.properties.lastModifiedBy = "forms537"
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
                    rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2024-09-30T09:00:00Z", data
                )
                data = re.sub(
                    rb"(<dcterms:created[^>]*>)[^<]*", rb"\g<1>2024-09-30T09:00:00Z", data
                )
            info = zipfile.ZipInfo(item.filename, date_time=(2024, 9, 30, 9, 0, 0))
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


def form_rows(ws, r, fields, key_cols, val_cols, tall=(), tall_height=48):
    """Bordered key/value rows; returns the next free row."""
    for key, val in fields:
        merge(ws, f"{key_cols[0]}{r}:{key_cols[1]}{r}", key, bold=True, box=True, shade=True)
        merge(ws, f"{val_cols[0]}{r}:{val_cols[1]}{r}", val, box=True)
        ws.row_dimensions[r].height = tall_height if key in tall else 18
        r += 1
    return r


# ---------------------------------------------------------------- 宇美町 (XLSX document)
SLASHED = object()


def build_umi():
    wb = Workbook()
    ws = wb.active
    ws.title = "事務事業評価"
    widths = {
        "A": 9,
        "B": 5,
        "C": 30,
        "D": 6,
        "E": 10,
        "F": 9,
        "G": 9,
        "H": 9,
        "I": 10,
        "J": 11,
    }
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
    merge(ws, "A2:J2", "作成日　令和6年7月26日", h="right")
    put(ws, "A3", "１　事業の概要", size=11, bold=True, wrap=False)
    fields = [
        ("事務事業名", "宇美八幡宮・四王寺山歴史観光推進事業"),
        ("担当課", "地域振興課　商工観光係"),
        ("関連計画", "第7次宇美町総合計画（令和5年度～令和12年度）"),
        ("事業期間", "令和4年度～令和8年度"),
        ("事業費（R5決算）", "3,960千円（うち一般財源　3,960千円）"),
        (
            "事業の概要",
            "本町は福岡市の東南東約15kmに位置し、面積は30.21km²、人口は37,205人（2024年10月1日推計）。1920年（大正9年）に町制を施行した。"
            "安産の神として知られる宇美八幡宮の境内には、国指定天然記念物のクスノキ「湯蓋の森」「衣掛の森」（樹齢推定二千年以上）がある。"
            "本事業では宇美八幡宮周辺の情報発信と、特別史跡大野城跡のある四王寺山のガイドウォークにより、町外からの来訪を促進する。",
        ),
    ]
    r = form_rows(ws, 4, fields, ("A", "B"), ("C", "J"), tall=("事業の概要",), tall_height=56)
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
        "R5目標",
        "R5実績",
        "達成率（R5）",
        "R8目標（最終）",
    ]
    for i, text in enumerate(head):
        put(ws, f"{'ABCDEFGHIJ'[i]}{r}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[r].height = 30
    r += 1
    rows = [
        (
            "活動指標",
            1,
            "宇美八幡宮周辺の観光情報発信回数（SNS・報道発表）",
            "回",
            12,
            18,
            20,
            24,
            1.2,
            30,
        ),
        ("活動指標", 2, "四王寺山ガイドウォークの実施回数", "回", SLASHED, 4, 6, 6, 1.0, 10),
        (
            "成果指標",
            3,
            "宇美八幡宮周辺の観光入込客数",
            "千人",
            812.0,
            835.4,
            860.0,
            831.8,
            0.967,
            900.0,
        ),
        ("成果指標", 4, "町観光案内所の利用者数", "人", 4120, 4385, 4500, 4610, 1.024, 5000),
        (
            "成果指標",
            5,
            "ガイドウォーク参加者の満足度",
            "％",
            SLASHED,
            0.862,
            0.9,
            0.915,
            1.017,
            0.95,
        ),
    ]
    start = r
    for kubun, no, name, unit, *vals in rows:
        put(ws, f"A{r}", kubun, box=True, h="center")
        put(ws, f"B{r}", no, box=True, h="center")
        put(ws, f"C{r}", name, box=True)
        put(ws, f"D{r}", unit, box=True, h="center")
        for i, v in enumerate(vals):
            ref = f"{'EFGHIJ'[i]}{r}"
            if v is SLASHED:
                c = put(ws, ref, None, box=True)
                c.border = SLASH
                continue
            c = put(ws, ref, v, box=True, h="right")
            if i == 4 or unit == "％":
                c.number_format = "0.0%"  # stored as a fraction, printed as a percentage
            elif isinstance(v, float):
                c.number_format = "#,##0.0"
            else:
                c.number_format = "#,##0"
        ws.row_dimensions[r].height = 22
        r += 1
    ws.merge_cells(f"A{start}:A{start + 1}")
    ws.merge_cells(f"A{start + 2}:A{start + 4}")
    notes = [
        "※1 斜線の欄は事業開始前のため数値がありません（ガイドウォークは令和4年度から実施）。",
        "※2 達成率は「R5実績÷R5目標」。No.5はガイドウォーク参加者アンケートで「満足」「やや満足」と回答した人の割合です。",
        "※3 No.3は令和5年度の天候不順の影響により、目標を下回りました。",
    ]
    for note in notes:
        merge(ws, f"A{r}:J{r}", note, size=8)
        r += 1
    r += 1
    put(ws, f"A{r}", "３　評価", size=11, bold=True, wrap=False)
    r += 1
    r = form_rows(
        ws,
        r,
        [
            ("評価", "B（概ね順調）"),
            ("今後の方向性", "継続（令和8年度の目標達成に向け、町外への情報発信を強化する）"),
        ],
        ("A", "B"),
        ("C", "J"),
    )
    page(ws, landscape=False)
    save(wb, HERE / "umi_hachimangu_kanko_jimujigyo_r5.xlsx")


# ---------------------------------------------------------------- 宇部市 (PDF source, landscape)
def build_ube():
    wb = Workbook()
    ws = wb.active
    ws.title = "効果検証"
    widths = {"A": 6, "B": 36, "C": 9, "D": 15, "E": 17, "F": 17, "G": 17, "H": 15}
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    merge(
        ws,
        "A1:H1",
        "デジタル田園都市国家構想交付金（地方創生推進タイプ）　効果検証シート（令和５年度）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:H2", "令和6年8月　宇部市 観光推進課", h="right")
    put(ws, "A3", "１　事業の概要", size=11, bold=True, wrap=False)
    fields = [
        (
            "交付対象事業の名称",
            "「緑と花と彫刻のまち」ときわ公園魅力向上・観光交流推進事業",
        ),
        ("地域再生計画の名称", "ときわ公園を核とした宇部市観光交流推進計画"),
        ("事業実施期間", "令和4年度～令和6年度（3か年）"),
        ("交付対象事業費", "R5：18,600千円（うち交付金　9,300千円）"),
        ("担当課", "観光推進課"),
        (
            "市の概要",
            "1921年（大正10年）11月1日に村から直接市制を施行。面積286.65km²、人口156,399人（2024年8月1日推計）。"
            "ときわ公園（約189ヘクタール）では1961年（昭和36年）から2年に一度、野外彫刻の国際コンクール「UBEビエンナーレ（現代日本彫刻展）」が開かれ、"
            "市内には約200点の野外彫刻が設置されている。平成27年度の公園の入園者数は36年ぶりに60万人を超えた。",
        ),
    ]
    r = form_rows(ws, 4, fields, ("A", "B"), ("C", "H"), tall=("市の概要",), tall_height=40)
    r += 1
    put(ws, f"A{r}", "２　重要業績評価指標（KPI）の目標と実績", size=11, bold=True, wrap=False)
    r += 1
    head = [
        "No.",
        "重要業績評価指標（KPI）",
        "区分",
        "事業開始前（R4.3末）",
        "R4年度増加分（1年目）",
        "R5年度増加分（2年目）",
        "R6年度増加分（3年目）",
        "KPI増加分の累計",
    ]
    for i, text in enumerate(head):
        put(ws, f"{'ABCDEFGH'[i]}{r}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[r].height = 30
    r += 1
    kpis = [
        (
            "①",
            "ときわ公園の入園者数（千人）",
            "612.4",
            ["10.0", "15.0", "15.0", "40.0"],
            ["18.6", "△7.2", None, "11.4"],
        ),
        (
            "②",
            "野外彫刻ガイドツアーの参加者数（人）",
            "1,240",
            ["200", "200", "200", "600"],
            ["315", "188", None, "503"],
        ),
        (
            "③",
            "市内宿泊施設の延べ宿泊者数（千人泊）",
            "512.0",
            ["5.0", "5.0", "5.0", "15.0"],
            ["12.3", "6.1", None, "18.4"],
        ),
        (
            "④",
            "ときわ公園内売店・飲食施設の売上額（千円）",
            "84,300",
            ["2,000", "3,000", "3,000", "8,000"],
            ["2,860", "△1,240", None, "1,620"],
        ),
    ]
    for no, name, base, targets, actuals in kpis:
        merge(ws, f"A{r}:A{r + 1}", no, box=True, h="center")
        merge(ws, f"B{r}:B{r + 1}", name, box=True)
        put(ws, f"C{r}", "目標値", box=True, h="center")
        put(ws, f"C{r + 1}", "実績値", box=True, h="center")
        merge(ws, f"D{r}:D{r + 1}", base, box=True, h="right")
        for i, (t, a) in enumerate(zip(targets, actuals)):
            col = "EFGH"[i]
            put(ws, f"{col}{r}", t, box=True, h="right")
            put(ws, f"{col}{r + 1}", a, box=True, h="right")
        ws.row_dimensions[r].height = 20
        ws.row_dimensions[r + 1].height = 20
        r += 2
    notes = [
        "※1 各年度の欄は、当該年度における前年度からの増加分です。「KPI増加分の累計」はその合計で、△は減少を示します。",
        "※2 令和6年度の実績値は、令和7年3月末の数値が確定した後に記入します。",
    ]
    for note in notes:
        merge(ws, f"A{r}:H{r}", note, size=8)
        r += 1
    r += 1
    put(ws, f"A{r}", "３　事業の評価", size=11, bold=True, wrap=False)
    r += 1
    r = form_rows(
        ws,
        r,
        [
            ("評価", "地方創生に効果があった"),
            (
                "評価の理由",
                "令和5年度は天候不順により入園者数と売店等の売上額が前年度を下回ったが、宿泊者数は2年続けて目標を上回った。",
            ),
        ],
        ("A", "B"),
        ("C", "H"),
    )
    page(ws, landscape=True)
    save(wb, SRC / "ube_tokiwa_kofukin_kensho_r5.xlsx")


# ---------------------------------------------------------------- みやき町 (PDF source, portrait)
def build_miyaki():
    wb = Workbook()
    ws = wb.active
    ws.title = "主要施策の成果"
    widths = {
        "A": 5,
        "B": 30,
        "C": 6,
        "D": 10,
        "E": 8,
        "F": 8,
        "G": 8,
        "H": 8,
        "I": 9,
        "J": 9,
    }
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    merge(
        ws,
        "A1:J1",
        "令和５年度　主要な施策の成果説明書（抜粋）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:J2", "令和6年9月　みやき町", h="right")
    fields = [
        ("事業名", "定住総合対策事業"),
        ("所管課", "企画調整課　定住促進係"),
        ("会計区分", "一般会計　2款 総務費　1項 総務管理費"),
        ("決算額", "令和5年度　52,380千円（うち一般財源　31,720千円）"),
        ("関連計画", "第2次みやき町総合計画"),
        (
            "事業の内容",
            "平成17年（2005年）3月1日に中原町・北茂安町・三根町が合併して誕生した本町（面積51.92km²、人口25,572人（2024年9月1日推計））は、"
            "佐賀市から東へ約20km、福岡市から南へ約30kmに位置する。PFI方式による定住促進住宅の整備、定住奨励金の交付などにより、"
            "子育て世代を中心とした転入と定住を促進した。",
        ),
    ]
    r = form_rows(ws, 4, fields, ("A", "B"), ("C", "J"), tall=("事業の内容",), tall_height=52)
    r += 1
    put(ws, f"A{r}", "（１）事業の実績", size=11, bold=True, wrap=False)
    r += 1
    for i, text in enumerate(["No.", "項目", "単位", "R3実績", "R4実績", "R5実績"]):
        col = "ABCDEF"[i] if i < 3 else ["D:E", "F:G", "H:I"][i - 3]
        if ":" in col:
            a, b = col.split(":")
            merge(ws, f"{a}{r}:{b}{r}", text, bold=True, box=True, shade=True, h="center")
        else:
            put(ws, f"{col}{r}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[r].height = 20
    r += 1
    acts = [
        ("ア", "定住促進住宅の入居戸数", "戸", "累計128", "累計146", "累計160"),
        ("イ", "定住奨励金の交付件数", "件", "92", "105", "87"),
    ]
    for no, name, unit, *vals in acts:
        put(ws, f"A{r}", no, box=True, h="center")
        put(ws, f"B{r}", name, box=True)
        put(ws, f"C{r}", unit, box=True, h="center")
        for (a, b), v in zip((("D", "E"), ("F", "G"), ("H", "I")), vals):
            merge(ws, f"{a}{r}:{b}{r}", v, box=True, h="right")
        ws.row_dimensions[r].height = 20
        r += 1
    r += 1
    put(ws, f"A{r}", "（２）成果指標の状況", size=11, bold=True, wrap=False)
    r += 1
    top = r
    for col, text in (
        ("A", "No."),
        ("B", "成果指標"),
        ("C", "単位"),
        ("D", "基準値（R元）"),
        ("I", "目標値（R7）"),
        ("J", "達成状況（R5）"),
    ):
        merge(ws, f"{col}{top}:{col}{top + 1}", text, bold=True, box=True, shade=True, h="center")
    merge(ws, f"E{top}:F{top}", "R4", bold=True, box=True, shade=True, h="center")
    merge(ws, f"G{top}:H{top}", "R5", bold=True, box=True, shade=True, h="center")
    for col, text in (("E", "計画"), ("F", "実績"), ("G", "計画"), ("H", "実績")):
        put(ws, f"{col}{top + 1}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[top].height = 18
    ws.row_dimensions[top + 1].height = 18
    r = top + 2
    outs = [
        (
            "1",
            "社会増減数（転入者数－転出者数）",
            "人",
            "86",
            "50",
            "72",
            "50",
            "△14",
            "50",
            "未達成",
        ),
        (
            "2",
            "転入者に占める子育て世代（20～39歳）の割合",
            "％",
            "41.2",
            "42～45",
            "43.8",
            "42～45",
            "46.1",
            "45～50",
            "達成",
        ),
        (
            "3",
            "【再掲】町外からの子育て世帯の転入世帯数",
            "世帯",
            "118",
            "120",
            "131",
            "125",
            "127",
            "130",
            "達成",
        ),
    ]
    for row in outs:
        for col, v in zip("ABCDEFGHIJ", row):
            h = "left" if col == "B" else ("center" if col in "ACJ" else "right")
            put(ws, f"{col}{r}", v, box=True, h=h)
        ws.row_dimensions[r].height = 30
        r += 1
    notes = [
        "※1 計画欄の「42～45」「45～50」は、割合をその範囲（以上・以下）とすることを目標とするものです。",
        "※2 No.3は「子育て支援事業」の成果指標の再掲です。",
        "※3 △はマイナス（転出超過）を示します。",
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
        "平成25年度から続いた転入超過は、令和5年度に14人の転出超過となった。一方、子育て世代の転入割合は計画の範囲を上回っており、"
        "令和6年度は分譲地の販売と合わせて定住奨励金の周知を強化する。",
        box=True,
    )
    ws.row_dimensions[r].height = 40
    page(ws, landscape=False)
    save(wb, SRC / "miyaki_teiju_shuyo_seika_r5.xlsx")


# ---------------------------------------------------------------- 上天草市 (HTML)
KAMIAMAKUSA = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>第2期上天草市まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の推移（令和５年度実績） | 上天草市</title>
</head>
<body>
<nav aria-label="パンくずリスト"><ol>
<li><a href="/">ホーム</a></li>
<li><a href="/shisei/">市政情報</a></li>
<li><a href="/shisei/keikaku/">計画・施策</a></li>
<li>第2期上天草市まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の推移（令和５年度実績）</li>
</ol></nav>
<main>
<h1>第2期上天草市まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の推移（令和５年度実績）</h1>
<p class="date">更新日：2024年10月18日　担当：企画政策課</p>
<p>上天草市は、2004年（平成16年）3月31日に大矢野町・松島町・姫戸町・龍ヶ岳町の4町が合併して誕生しました。大矢野島、天草上島、湯島など大小約70の島々からなり、面積は126.94km²です。1966年（昭和41年）に天草五橋が開通し、九州本土と陸続きになりました。人口は24,285人（2023年12月31日現在）です。</p>
<p>2020年（令和2年）6月には、シェアオフィスとお試し居住の機能を併せ持つ湯島交流施設「シーグラス」が開館しました。</p>
<dl>
<dt>計画の名称</dt><dd>第2期上天草市まち・ひと・しごと創生総合戦略</dd>
<dt>計画期間</dt><dd>令和2年度～令和6年度（5年間）</dd>
<dt>取組の方向性</dt><dd>1　上天草市が好きになる／2　上天草市に行きたくなる／3　上天草市で生きたくなる</dd>
<dt>担当課</dt><dd>企画政策課</dd>
</dl>
<h2>取組の方向性ごとのKPIの推移</h2>
<p>表は年度ごとに、基準値・実績値・目標値を上から順に掲載しています。</p>
<table border="1">
<thead>
<tr><th rowspan="2">年度</th><th rowspan="2">区分</th><th colspan="3">取組の方向性2　上天草市に行きたくなる</th><th colspan="2">取組の方向性3　上天草市で生きたくなる</th></tr>
<tr><th>①観光入込客数（千人）</th><th>②湯島交流施設「シーグラス」の利用者数（人）</th><th>③ふるさと納税寄附額（百万円）</th><th>④市の支援による創業件数（件）</th><th>⑤移住相談窓口を通じた移住者数（人）</th></tr>
</thead>
<tbody>
<tr><th scope="row">2019年度</th><td>基準値</td><td>2,310.5</td><td>―</td><td>186</td><td>3</td><td>12</td></tr>
<tr><th scope="row">2020年度</th><td>実績値</td><td>1,186.2</td><td>640</td><td>265</td><td>2</td><td>累計9</td></tr>
<tr><th scope="row">2021年度</th><td>実績値</td><td>1,420.8</td><td>1,240</td><td>412</td><td>5</td><td>累計21</td></tr>
<tr><th scope="row">2022年度</th><td>実績値</td><td>1,786.3</td><td>1,655</td><td>538</td><td>4</td><td>累計43</td></tr>
<tr><th scope="row">2023年度</th><td>実績値</td><td>2,104.9</td><td>1,702（速報値）</td><td>605</td><td>7</td><td>累計68</td></tr>
<tr><th scope="row">2024年度</th><td>目標値</td><td>2,400.0</td><td>2,000</td><td>600</td><td>6</td><td>5年間で累計100人</td></tr>
</tbody>
</table>
<p>※1 ①観光入込客数は熊本県の観光統計に合わせて暦年（1月～12月）で集計しています。①の欄の「年度」は暦年と読み替えてください（目標値も2024年の値です）。</p>
<p>※2 ②の「シーグラス」は2020年6月開館のため、基準値はありません。2023年度の実績は令和6年9月末時点の速報値です。</p>
<p>※3 ⑤の実績値は2020年度からの累計です。基準値は2019年度の単年度の移住者数です。</p>
<h2>検証の結果</h2>
<p>令和5年度は、観光入込客数が新型コロナウイルス感染症の影響を受ける前の9割程度まで回復しました。ふるさと納税寄附額は目標を前倒しで上回っています。</p>
</main>
<footer><p>上天草市役所　企画政策課</p></footer>
</body>
</html>
"""


def build_kamiamakusa():
    (HERE / "kamiamakusa_sousei2_kpi_suii_r5.html").write_text(KAMIAMAKUSA, encoding="utf-8")


def to_pdf():
    for name in ("ube_tokiwa_kofukin_kensho_r5", "miyaki_teiju_shuyo_seika_r5"):
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
    build_umi()
    build_ube()
    build_miyaki()
    build_kamiamakusa()
    if "--no-pdf" not in sys.argv:
        to_pdf()


if __name__ == "__main__":
    main()
