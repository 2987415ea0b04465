"""Build forms491: four KPI documents of 吉岡町, 根羽村, 常陸太田市 and 伊勢原市.

Writes `yoshioka_kenko_jimujigyo_r5.xlsx` (the workbook is the document), `neba_sousei2_kpi_kensho_r5.html`,
and the XLSX sources `source/hitachiota_dejiden_koka_kensho_r5.xlsx` and `source/isehara_shuyo_seika_kanko_r5.xlsx`,
which LibreOffice turns into `hitachiota_dejiden_koka_kensho_r5.pdf` and `isehara_shuyo_seika_kanko_r5.pdf`.
Run `/work/venv/bin/python build.py` (`--no-pdf` skips LibreOffice). XLSX and HTML are byte-stable.
"""
# ruff: noqa: E501

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
STAMP = datetime.datetime(2024, 7, 31, 9, 0, 0)
COLS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


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


def number_format(v):
    """`#,##0` for whole numbers, `0.0` for one decimal, nothing for text."""
    if isinstance(v, bool) or not isinstance(v, int | float):
        return None
    return "#,##0" if isinstance(v, int) else "0.0"


def save(wb, path):
    """Save with fixed properties and fixed zip timestamps, so the bytes do not change."""
    wb.properties.creator = "forms491"
    wb.properties.lastModifiedBy = "forms491"
    wb.properties.created = STAMP
    wb.properties.modified = STAMP
    buf = io.BytesIO()
    wb.save(buf)
    buf.seek(0)
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in sorted(zin.infolist(), key=lambda i: i.filename):
            data = zin.read(item.filename)
            if item.filename == "docProps/core.xml":
                for tag in (rb"dcterms:modified", rb"dcterms:created"):
                    data = re.sub(
                        rb"(<" + tag + rb"[^>]*>)[^<]*", rb"\g<1>2024-07-31T09:00:00Z", data
                    )
            info = zipfile.ZipInfo(item.filename, date_time=(2024, 7, 31, 9, 0, 0))
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


# ---------------------------------------------------------------- 吉岡町 (XLSX document)
def build_yoshioka():
    wb = Workbook()
    ws = wb.active
    ws.title = "事務事業評価"
    widths = {"A": 9, "B": 5, "C": 28, "D": 6, "E": 9, "F": 11, "G": 11, "H": 13, "I": 11}
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    merge(
        ws,
        "A1:I1",
        "令和６年度　事務事業評価シート（令和５年度実施事業）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:I2", "作成日　令和6年7月31日", h="right")
    fields = [
        ("事務事業名", "よしおか健康ナンバーワンプロジェクト事業"),
        ("担当課", "健康福祉課　健康づくり係"),
        (
            "総合計画上の位置付け",
            "第6次吉岡町総合計画（令和4年4月策定）　基本目標3　健やかで安心して暮らせるまち",
        ),
        ("事業期間", "平成29年度～（継続）"),
        (
            "事業の概要",
            "本町は昭和30年4月に明治村と駒寄村が合併して吉岡村となり、平成3年4月に町制を施行した。面積は20.46km²、"
            "人口は21,479人（令和2年9月、住民基本台帳）で、現在も増加が続いている。本事業では健康寿命の延伸を目指して健康教室と"
            "健康マイレージを実施し、毎年11月には保健センターで「よしおか健康まつり」を開催している。"
            "令和5年5月31日のチャレンジデー2023では参加率26.4％で第3位となった。",
        ),
    ]
    r = 4
    for key, val in fields:
        merge(ws, f"A{r}:B{r}", key, bold=True, box=True, shade=True)
        merge(ws, f"C{r}:I{r}", val, box=True)
        ws.row_dimensions[r].height = 62 if key == "事業の概要" else (28 if len(val) > 40 else 18)
        r += 1
    r += 1
    put(ws, f"A{r}", "１　事業費の推移（単位：千円）", size=11, bold=True, wrap=False)
    r += 1
    money_head = ["区分", "", "", "", "", "R3決算", "R4決算", "R5決算", "R6予算"]
    merge(ws, f"A{r}:E{r}", money_head[0], bold=True, box=True, shade=True, h="center")
    for i in range(5, 9):
        put(ws, f"{COLS[i]}{r}", money_head[i], bold=True, box=True, shade=True, h="center")
    r += 1
    for label, vals in (
        ("事業費", [4812, 5236, 5904, 6150]),
        ("うち一般財源", [3610, 3928, 4428, 4612]),
    ):
        merge(ws, f"A{r}:E{r}", label, box=True)
        for i, v in enumerate(vals):
            put(ws, f"{COLS[5 + i]}{r}", v, box=True, h="right", fmt="#,##0")
        r += 1
    r += 1
    put(ws, f"A{r}", "２　指標の推移", size=11, bold=True, wrap=False)
    r += 1
    head = ["区分", "No.", "指標名", "単位", "項目", "R3", "R4", "R5", "R6"]
    for i, text in enumerate(head):
        put(ws, f"{COLS[i]}{r}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[r].height = 20
    r += 1
    # (区分, No., 指標名, 単位, 目標値 R3-R6, 実績値 R3-R5, percent?)
    pct = "0.0%"
    rows = [
        ("活動指標", 1, "健康教室の開催回数", "回", [24, 24, 24, 30], [14, 22, 26], False),
        (
            "活動指標",
            2,
            "健康マイレージ参加者数",
            "人",
            ["―", 300, 400, 500],
            ["―", 268, 415],
            False,
        ),
        (
            "成果指標",
            3,
            "特定健康診査受診率",
            "％",
            [0.45, 0.47, 0.49, 0.51],
            [0.412, 0.438, "45.6%（速報値）"],
            True,
        ),
        (
            "成果指標",
            4,
            "よしおか健康まつりの来場者数",
            "人",
            [1500, 1500, 1800, 2000],
            ["中止", 1320, 1870],
            False,
        ),
        (
            "成果指標",
            5,
            "週1回以上運動をしている町民の割合",
            "％",
            [0.40, 0.42, 0.44, 0.46],
            [0.386, "―", 0.417],
            True,
        ),
    ]
    blocks = {}
    for kubun, no, name, unit, targets, actuals, is_pct in rows:
        start = r
        blocks.setdefault(kubun, [start, start])
        put(ws, f"A{r}", kubun, box=True, h="center")
        merge(ws, f"B{r}:B{r + 2}", no, box=True, h="center")
        merge(ws, f"C{r}:C{r + 2}", name, box=True)
        merge(ws, f"D{r}:D{r + 2}", unit, box=True, h="center")
        for j, item in enumerate(("目標値", "実績値", "達成率")):
            put(ws, f"E{r + j}", item, box=True, h="center")
            ws.row_dimensions[r + j].height = 16
        for i in range(4):
            t = targets[i]
            put(
                ws,
                f"{COLS[5 + i]}{r}",
                t,
                box=True,
                h="right",
                fmt=pct if is_pct else number_format(t),
            )
            a = actuals[i] if i < len(actuals) else None
            fmt = pct if is_pct and isinstance(a, float) else number_format(a)
            put(ws, f"{COLS[5 + i]}{r + 1}", a, box=True, h="right", fmt=fmt)
            if a == "45.6%（速報値）":
                rate = round(0.456 / t, 3)
            elif isinstance(a, str) or isinstance(t, str):
                rate = "―" if i < len(actuals) else None
            elif a is None:
                rate = None
            else:
                rate = round(a / t, 3)
            put(ws, f"{COLS[5 + i]}{r + 2}", rate, box=True, h="right", fmt=pct, shade=True)
        blocks[kubun][1] = r + 2
        r += 3
    for a, b in blocks.values():
        ws.merge_cells(f"A{a}:A{b}")
    notes = [
        "※達成率＝実績値÷目標値。No.2は令和4年度から実施しているため、令和3年度は「―」としている。",
        "※No.3の令和5年度実績は速報値（法定報告前の値）。No.4の令和3年度は新型コロナウイルス感染症の影響により中止した。",
        "※No.5は町民アンケート（隔年実施）による。令和4年度は調査を行っていない。",
    ]
    for note in notes:
        merge(ws, f"A{r}:I{r}", note, size=8)
        ws.row_dimensions[r].height = 22
        r += 1
    page(ws, landscape=False)
    save(wb, HERE / "yoshioka_kenko_jimujigyo_r5.xlsx")


# ---------------------------------------------------------------- 常陸太田市 (PDF source, portrait)
def build_hitachiota():
    wb = Workbook()
    ws = wb.active
    ws.title = "効果検証"
    widths = {"A": 12, "B": 9, "C": 21, "D": 21, "E": 21, "F": 21}
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    merge(
        ws,
        "A1:F1",
        "デジタル田園都市国家構想交付金（地方創生推進タイプ）　効果検証シート（令和５年度実績）",
        size=12,
        bold=True,
        h="center",
    )
    merge(ws, "A2:F2", "令和6年8月　常陸太田市 観光振興課", h="right")
    fields = [
        ("交付対象事業の名称", "竜神峡・里美エリア周遊観光推進事業"),
        ("地域再生計画の名称", "常陸太田市北部エリア観光交流推進計画"),
        ("事業実施期間", "令和3年度～令和5年度（3か年）"),
        ("交付対象事業費", "R5：24,600千円（うち交付金 12,300千円）"),
        ("担当課", "観光振興課"),
        (
            "市の概要",
            "本市は昭和29年7月に市制を施行し、平成16年12月に金砂郷町・水府村・里美村を編入した。面積371.99km²は県内最大で、"
            "人口は45,185人（2024年4月1日推計）。竜神峡に架かる竜神大吊橋（長さ375m、湖面からの高さ100m）には年間約20万人が訪れる。",
        ),
    ]
    r = 4
    for key, val in fields:
        merge(ws, f"A{r}:B{r}", key, bold=True, box=True, shade=True)
        merge(ws, f"C{r}:F{r}", val, box=True)
        ws.row_dimensions[r].height = 48 if key == "市の概要" else 18
        r += 1
    r += 1
    put(ws, f"A{r}", "■重要業績評価指標（KPI）の目標と実績", size=11, bold=True, wrap=False)
    r += 1
    head_rows = [
        ("区分", ["KPI①", "KPI②", "KPI③", "KPI④"]),
        (
            "指標名",
            [
                "竜神大吊橋の来場者数",
                "周遊モデルコースの利用者数",
                "常陸秋そば関連商品の販売額",
                "北部3地区の社会増減数",
            ],
        ),
        ("単位", ["千人", "人", "百万円", "人"]),
    ]
    for label, vals in head_rows:
        merge(ws, f"A{r}:B{r}", label, bold=True, box=True, shade=True, h="center")
        for i, v in enumerate(vals):
            put(ws, f"{COLS[2 + i]}{r}", v, bold=True, box=True, shade=True, h="center")
        ws.row_dimensions[r].height = 28 if label == "指標名" else 16
        r += 1
    merge(ws, f"A{r}:B{r}", "事業開始前（R3.3）", box=True, h="center")
    for i, v in enumerate([186.5, 0, 42, -28]):
        put(ws, f"{COLS[2 + i]}{r}", v, box=True, h="right", fmt=fmt_signed(v, i))
    ws.row_dimensions[r].height = 16
    r += 1
    years = [
        ("R3年度", [190.0, 300, 45, 0], [148.2, 215, 43, -12]),
        ("R4年度", [200.0, 500, 50, 5], [176.9, 468, 51, -3]),
        ("R5年度", [210.0, 700, 55, 10], [204.3, 735, 56, 4]),
    ]
    for label, targets, actuals in years:
        merge(ws, f"A{r}:A{r + 1}", label, box=True, h="center")
        for j, (role, vals) in enumerate((("目標値", targets), ("実績値", actuals))):
            put(ws, f"B{r + j}", role, box=True, h="center")
            for i, v in enumerate(vals):
                put(ws, f"{COLS[2 + i]}{r + j}", v, box=True, h="right", fmt=fmt_signed(v, i))
            ws.row_dimensions[r + j].height = 16
        r += 2
    merge(ws, f"A{r}:B{r}", "達成状況（R5）", box=True, h="center")
    for i, v in enumerate(["未達成", "達成", "達成", "未達成"]):
        put(ws, f"{COLS[2 + i]}{r}", v, box=True, h="center")
    ws.row_dimensions[r].height = 16
    r += 1
    notes = [
        "※KPI②は本事業で新たに設定したモデルコースの利用者数のため、事業開始前の値は0としている。",
        "※KPI①の令和4年度実績は、集計誤りがあったため修正した（修正前 175.4千人）。",
        "※KPI④は金砂郷・水府・里美の3地区の転入者数から転出者数を差し引いた数（住民基本台帳）。△は転出超過を示す。",
    ]
    for note in notes:
        merge(ws, f"A{r}:F{r}", note, size=8)
        ws.row_dimensions[r].height = 24
        r += 1
    page(ws, landscape=False)
    save(wb, SRC / "hitachiota_dejiden_koka_kensho_r5.xlsx")


def fmt_signed(v, col):
    """KPI① one decimal, the others whole numbers; negatives shown with △ by the number format."""
    if col == 0:
        return "0.0"
    return '#,##0;"△"#,##0'


# ---------------------------------------------------------------- 伊勢原市 (PDF source, landscape)
def build_isehara():
    wb = Workbook()
    ws = wb.active
    ws.title = "施策別シート"
    widths = {"A": 5, "B": 34, "C": 7, "D": 12, "E": 10, "F": 10, "G": 10, "H": 12, "I": 16}
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    merge(
        ws,
        "A1:I1",
        "令和５年度　主要な施策の成果に関する説明書（施策別シート）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:I2", "令和6年9月　伊勢原市 経済環境部 商工観光課", h="right")
    fields = [
        (
            "総合計画上の位置付け",
            "第6次伊勢原市総合計画　前期基本計画（令和5年度～令和9年度）　将来都市像「暮らしやすさ実感都市 伊勢原」",
        ),
        ("施策名", "施策3-2　観光の振興"),
        ("主管課", "経済環境部　商工観光課"),
        (
            "施策の現状",
            "市の面積は55.56km²で、その約3分の1を山林原野が占める。シンボルの大山（標高1,252m）は、「大山詣り」が平成28年度に日本遺産に認定された。"
            "毎年10月の伊勢原観光道灌まつりは市内最大のイベントである。新東名高速道路は令和9年度に全線開通の予定で、伊勢原大山インターチェンジの開設により広域からの来訪が見込まれる。",
        ),
    ]
    r = 4
    for key, val in fields:
        merge(ws, f"A{r}:C{r}", key, bold=True, box=True, shade=True)
        merge(ws, f"D{r}:I{r}", val, box=True)
        ws.row_dimensions[r].height = 46 if key == "施策の現状" else 18
        r += 1
    r += 1
    put(ws, f"A{r}", "１　施策の成果指標", size=11, bold=True, wrap=False)
    r += 1
    head = [
        "No.",
        "成果指標",
        "単位",
        "基準値（R3）",
        "R4実績",
        "R5目標",
        "R5実績",
        "対前年度増減",
        "最終目標（目標年度）",
    ]
    for i, text in enumerate(head):
        put(ws, f"{COLS[i]}{r}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[r].height = 28
    r += 1
    signed = '#,##0;"△"#,##0'
    signed1 = '0.0;"△"0.0'
    rows = [
        (1, "観光客入込数", "万人", [168.4, 201.6, 210.0, 225.3, 23.7, "250.0（R9）"]),
        (2, "大山ケーブルカーの乗車人員", "千人", [412, 468, 480, 471, 3, "520（R9）"]),
        (
            3,
            "伊勢原観光道灌まつりの来場者数",
            "万人",
            ["中止", 8.2, 10.0, 11.5, 3.3, "10～12（R7）"],
        ),
        (
            4,
            "伊勢原市観光協会ウェブサイトの閲覧数",
            "千件",
            [1250, 1180, 1300, 1155, -25, "1,500（R9）"],
        ),
        (5, "市内宿泊施設の延べ宿泊者数", "人", [48200, 61350, 65000, 66910, 5560, "70,000（R7）"]),
    ]
    for no, name, unit, vals in rows:
        put(ws, f"A{r}", no, box=True, h="center")
        put(ws, f"B{r}", name, box=True)
        put(ws, f"C{r}", unit, box=True, h="center")
        for i, v in enumerate(vals):
            if isinstance(v, str):
                fmt = None
            elif i == 4:
                fmt = signed1 if isinstance(v, float) else signed
            else:
                fmt = number_format(v)
            put(
                ws,
                f"{COLS[3 + i]}{r}",
                v,
                box=True,
                h="center" if v == "中止" else "right",
                fmt=fmt,
            )
        ws.row_dimensions[r].height = 20
        r += 1
    notes = [
        "※No.1は神奈川県入込観光客調査による。No.3の令和3年度は新型コロナウイルス感染症の影響により中止した。",
        "※最終目標のかっこ内は目標年度。No.3の最終目標は来場者数10万人から12万人を目指すもの。",
    ]
    for note in notes:
        merge(ws, f"A{r}:I{r}", note, size=8)
        ws.row_dimensions[r].height = 16
        r += 1
    r += 1
    put(ws, f"A{r}", "２　施策を構成する主な事務事業（単位：千円）", size=11, bold=True, wrap=False)
    r += 1
    mhead = ["No.", "事務事業名", "", "R4決算額", "R5決算額", "", "", "", "担当"]
    put(ws, f"A{r}", mhead[0], bold=True, box=True, shade=True, h="center")
    merge(ws, f"B{r}:C{r}", mhead[1], bold=True, box=True, shade=True, h="center")
    merge(ws, f"D{r}:E{r}", mhead[3], bold=True, box=True, shade=True, h="center")
    merge(ws, f"F{r}:G{r}", mhead[4], bold=True, box=True, shade=True, h="center")
    merge(ws, f"H{r}:I{r}", mhead[8], bold=True, box=True, shade=True, h="center")
    r += 1
    money = [
        (1, "大山観光振興事業", 18240, 21350, "商工観光課"),
        (2, "日本遺産活用推進事業", 5120, 6480, "商工観光課・文化財課"),
        (3, "観光まつり開催支援事業", 9800, 14600, "商工観光課"),
    ]
    for no, name, a, b, tan in money:
        put(ws, f"A{r}", no, box=True, h="center")
        merge(ws, f"B{r}:C{r}", name, box=True)
        merge(ws, f"D{r}:E{r}", a, box=True, h="right", fmt="#,##0")
        merge(ws, f"F{r}:G{r}", b, box=True, h="right", fmt="#,##0")
        merge(ws, f"H{r}:I{r}", tan, box=True)
        ws.row_dimensions[r].height = 16
        r += 1
    r += 1
    put(ws, f"A{r}", "３　施策の評価", size=11, bold=True, wrap=False)
    r += 1
    merge(ws, f"A{r}:C{r}", "評価", bold=True, box=True, shade=True)
    merge(ws, f"D{r}:I{r}", "B（概ね順調に進んでいる）", box=True)
    ws.row_dimensions[r].height = 18
    r += 1
    merge(ws, f"A{r}:C{r}", "評価の理由と今後の方向性", bold=True, box=True, shade=True)
    merge(
        ws,
        f"D{r}:I{r}",
        "成果指標5項目のうち3項目で令和5年度の目標を達成した。大山ケーブルカーの乗車人員は前年度を上回ったものの目標には届かなかった。"
        "令和9年度の新東名高速道路全線開通を見据え、大山と市街地を結ぶ周遊の仕組みづくりと日本遺産を活用した情報発信に引き続き取り組む。",
        box=True,
    )
    ws.row_dimensions[r].height = 46
    page(ws, landscape=True)
    save(wb, SRC / "isehara_shuyo_seika_kanko_r5.xlsx")


# ---------------------------------------------------------------- 根羽村 (HTML)
NEBA = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>第2期根羽村まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の検証結果（令和５年度） | 根羽村</title>
</head>
<body>
<nav aria-label="パンくずリスト"><ol>
<li><a href="/">ホーム</a></li>
<li><a href="/sonsei/">村政情報</a></li>
<li><a href="/sonsei/keikaku/">計画・施策</a></li>
<li>第2期根羽村まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の検証結果（令和５年度）</li>
</ol></nav>
<main>
<h1>第2期根羽村まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の検証結果（令和５年度）</h1>
<p class="date">更新日：2024年10月15日　担当：総務課</p>
<p>根羽村は長野県の最南端、愛知県・岐阜県との県境にある村です。総面積89.97km²のうち94％が森林で、村内の全戸が5.5haの山林を持つ森林組合員です。村を源流とする矢作川は延長118kmを経て三河湾へ注ぎます。平成29年7月には、森林面積の86％にあたる7,294haで森林認証（FM認証）を取得しました。</p>
<p>人口は昭和30年の3,282人をピークに減少し、平成31年4月には905人、高齢化率は52.3％となりました。一方、2020年度には19世帯46名が移住し、平成以降初めての社会増（見込み）となりました。</p>
<dl>
<dt>計画の名称</dt><dd>第2期根羽村まち・ひと・しごと創生総合戦略</dd>
<dt>計画期間</dt><dd>令和2年度～令和6年度（5年間）</dd>
<dt>担当課</dt><dd>総務課</dd>
</dl>
<h2>基本目標ごとのKPIの検証</h2>
<p>※基準値は各KPIを設定したときの値で、かっこ内はその時点です。</p>
<table border="1">
<thead>
<tr><th rowspan="2">KPI</th><th rowspan="2">単位</th><th rowspan="2">基準値</th><th colspan="3">実績値</th><th colspan="2">目標値</th><th rowspan="2">備考</th></tr>
<tr><th>R3年度</th><th>R4年度</th><th>R5年度</th><th>R5年度</th><th>R6年度（最終）</th></tr>
</thead>
<tbody>
<tr><th colspan="9" scope="rowgroup">基本目標1　森とともに稼ぐ村をつくる</th></tr>
<tr><th scope="row">①FM認証森林の面積</th><td>ha</td><td>7,294（H29.7）</td><td>7,310</td><td>7,352</td><td>7,368</td><td>7,400</td><td>7,500</td><td></td></tr>
<tr><th scope="row">②木のおもちゃ等木製品の販売額</th><td>千円</td><td>8,400（R元年度）</td><td>9,120</td><td>10,350</td><td>11,080</td><td>12,000</td><td>13,000</td><td>根羽村森林組合の販売額</td></tr>
<tr><th colspan="9" scope="rowgroup">基本目標2　根羽村への新しい人の流れをつくる</th></tr>
<tr><th scope="row">③移住者数</th><td>人</td><td>46（R2年度）</td><td>18</td><td>22</td><td>15</td><td></td><td>5年間で累計100人</td><td>令和2年度からの累計は101人</td></tr>
<tr><th scope="row">④トライアルハウスの利用世帯数</th><td>世帯</td><td>0（R2年度）</td><td>累計5</td><td>累計9</td><td>累計14</td><td>累計15</td><td>累計20</td><td>令和3年度に供用開始</td></tr>
<tr><th scope="row">⑤山村留学の受入れ人数</th><td>人</td><td>3（R2年度）</td><td>4</td><td>―</td><td>6</td><td>6</td><td>8</td><td>令和4年度は受入れを休止</td></tr>
</tbody>
</table>
</main>
<footer><p>根羽村役場　総務課</p></footer>
</body>
</html>
"""


def build_neba():
    (HERE / "neba_sousei2_kpi_kensho_r5.html").write_text(NEBA, encoding="utf-8")


def to_pdf():
    for name in ("hitachiota_dejiden_koka_kensho_r5", "isehara_shuyo_seika_kanko_r5"):
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
    build_yoshioka()
    build_hitachiota()
    build_isehara()
    build_neba()
    if "--no-pdf" not in sys.argv:
        to_pdf()


if __name__ == "__main__":
    main()
