"""Build forms500: four KPI documents of 河南町, 長岡京市, 大和高田市 and 豊明市.

Writes `kanan_sousei2_kpi_kensho_r5.html`, `nagaokakyo_nishiyama_kofukin_kensho_r5.xlsx` (the workbook is the
document), and the XLSX sources `source/yamatotakada_senbonzakura_jimujigyo_r5.xlsx` and
`source/toyoake_kanko_shuyo_seika_r5.xlsx`, which LibreOffice turns into `yamatotakada_senbonzakura_jimujigyo_r5.pdf`
and `toyoake_kanko_shuyo_seika_r5.pdf`.
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
STAMP = datetime.datetime(2024, 9, 20, 9, 0, 0)


def font(size=9, bold=False, italic=False):
    return Font(name=FONT, size=size, bold=bold, italic=italic)


def put(
    ws, ref, value, size=9, bold=False, box=False, shade=None, h="left", wrap=True, italic=False
):
    cell = ws[ref]
    cell.value = value
    cell.font = font(size, bold, italic)
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
    wb.properties.creator = "forms500"
    wb.properties.lastModifiedBy = "forms500"
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
                    rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2024-09-20T09:00:00Z", data
                )
                data = re.sub(
                    rb"(<dcterms:created[^>]*>)[^<]*", rb"\g<1>2024-09-20T09:00:00Z", data
                )
            info = zipfile.ZipInfo(item.filename, date_time=(2024, 9, 20, 9, 0, 0))
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


# ---------------------------------------------------------------- 長岡京市 (XLSX document)
def build_nagaokakyo():
    wb = Workbook()
    ws = wb.active
    ws.title = "効果検証"
    widths = {
        "A": 5,
        "B": 36,
        "C": 7,
        "D": 11,
        "E": 9,
        "F": 9,
        "G": 9,
        "H": 9,
        "I": 9,
        "J": 9,
        "K": 9,
    }
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    merge(
        ws,
        "A1:K1",
        "地方創生推進交付金事業　効果検証シート（令和５年度実績）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:K2", "令和6年8月8日　長岡京市地域創生推進会議　資料", h="right")
    fields = [
        ("交付対象事業の名称", "京都西山・乙訓地域ブランディング事業"),
        ("地域再生計画の名称", "長岡京市地域創生推進計画"),
        ("事業期間", "令和3年度～令和5年度（3か年）"),
        ("担当課", "商工観光課"),
        ("事務局", "総合政策部　総合計画推進課"),
        (
            "市の概要",
            "京都盆地の西南部に位置し、東西約6.5km、南北約4.3km、面積19.17km²。784年に長岡京が置かれた地で、"
            "人口は80,608人（令和2年国勢調査）。京たけのこの産地として知られ、長岡天満宮の八条ヶ池を彩るキリシマツツジ、"
            "光明寺の紅葉、竹灯籠がともる「竹の径・かぐやの夕べ」に多くの人が訪れる。",
        ),
        (
            "事業の概要",
            "向日市・大山崎町などとともに乙訓地域を「京都西山」として発信するため、フリーペーパー「はじめまして京都西山」の発行、"
            "特設サイトとSNSによる情報発信、新緑期の御朱印めぐりや謎解きゲームなど季節を問わない周遊企画を実施した。",
        ),
    ]
    r = 4
    for key, val in fields:
        put(ws, f"A{r}", key, bold=True, box=True, shade=SHADE)
        ws.merge_cells(f"A{r}:B{r}")
        boxed(ws, f"A{r}:B{r}", shade=SHADE)
        merge(ws, f"C{r}:K{r}", val, box=True)
        ws.row_dimensions[r].height = 40 if key.endswith("概要") else 18
        r += 1
    r += 1
    put(ws, f"A{r}", "■重要業績評価指標（KPI）の目標と実績", size=11, bold=True, wrap=False)
    r += 1
    top, low = r, r + 1
    for col, text in (
        ("A", "No."),
        ("B", "KPI"),
        ("C", "単位"),
        ("D", "期首値\n（令和元年度）"),
        ("K", "達成状況"),
    ):
        merge(ws, f"{col}{top}:{col}{low}", text, bold=True, box=True, shade=SHADE, h="center")
    for (a, b), year in zip(
        (("E", "F"), ("G", "H"), ("I", "J")), ("令和3年度", "令和4年度", "令和5年度")
    ):
        merge(ws, f"{a}{top}:{b}{top}", year, bold=True, box=True, shade=SHADE, h="center")
        put(ws, f"{a}{low}", "目標値", bold=True, box=True, shade=SHADE, h="center")
        put(ws, f"{b}{low}", "実績値", bold=True, box=True, shade=SHADE, h="center")
    ws.row_dimensions[top].height = 20
    ws.row_dimensions[low].height = 20
    r = low + 1
    rows = [
        (
            "①",
            "観光入込客数（年間）",
            "万人",
            True,
            [226.8, 230.0, 168.2, 233.0, 238.6, 236.0, 241.3],
            "達成",
        ),
        (
            "②",
            "「京都西山」特設サイトの閲覧数",
            "千PV",
            True,
            ["―", 50.0, 38.4, 80.0, 86.2, 110.0, 104.7],
            "未達成",
        ),
        (
            "③",
            "周遊企画（御朱印めぐり・謎解きゲーム）の参加者数",
            "人",
            False,
            ["―", "―", "―", 1500, 1212, 2000, "2,035※"],
            "達成",
        ),
        (
            "④",
            "乙訓地域の観光消費額",
            "百万円",
            False,
            [4120, 4200, 2860, 4300, 3540, 4400, 4262],
            "未達成",
        ),
    ]
    for label, name, unit, decimals, vals, status in rows:
        put(ws, f"A{r}", label, box=True, h="center")
        put(ws, f"B{r}", name, box=True)
        put(ws, f"C{r}", unit, box=True, h="center")
        for col, v in zip("DEFGHIJ", vals):
            c = put(ws, f"{col}{r}", v, box=True, h="center" if v == "―" else "right")
            fmt(c, v, decimals)
        put(ws, f"K{r}", status, box=True, h="center")
        ws.row_dimensions[r].height = 30
        r += 1
    notes = [
        "※期首値は、交付金を申請した令和2年度の時点で把握していた令和元年度の値です。②は令和3年度に特設サイトを開設、③は令和4年度に始めた企画のため、それ以前の値はありません。",
        "※③の令和5年度実績は、令和6年7月末時点の見込値です。",
        "※達成状況は、令和5年度の目標値と実績値を比べたものです。",
    ]
    for note in notes:
        merge(ws, f"A{r}:K{r}", note, size=8)
        ws.row_dimensions[r].height = 24 if len(note) > 60 else 14
        r += 1
    r += 1
    put(ws, f"A{r}", "■推進会議の意見", size=11, bold=True, wrap=False)
    r += 1
    merge(
        ws,
        f"A{r}:K{r}",
        "令和6年8月8日の地域創生推進会議（委員6名出席）で報告した。委員から「観光入込客数（年間）の令和5年度目標値が前年度の実績を下回っている」との質問があり、"
        "事務局から、目標値は令和2年度の申請時点で把握していた令和元年度の期首値を基に3か年分を設定したものである旨を説明した。事業の評価と方向性に問題はないことが確認された。",
        box=True,
    )
    ws.row_dimensions[r].height = 54
    page(ws, landscape=False)
    save(wb, HERE / "nagaokakyo_nishiyama_kofukin_kensho_r5.xlsx")


# ---------------------------------------------------------------- 大和高田市 (PDF source, portrait)
def build_yamatotakada():
    wb = Workbook()
    ws = wb.active
    ws.title = "事務事業評価"
    widths = {"A": 11, "B": 5, "C": 28, "D": 6, "E": 9, "F": 9, "G": 9, "H": 9, "I": 9, "J": 9}
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
    merge(ws, "A2:J2", "作成日　令和6年9月20日　大和高田市", h="right")
    fields = [
        ("事務事業名", "「高田千本桜」観桜環境整備・PR事業"),
        ("担当課", "広報広聴課"),
        ("事業期間", "平成30年度～（継続）"),
        (
            "事業の概要",
            "高田川畔の千本桜は、市制施行の昭和23年（1948年）に市民から寄せられた千本余りの苗木を植えたもので、大中公園を中心に両岸南北約2.5kmにわたって続き、"
            "奈良県景観資産にも選ばれている。開花期（3月下旬～4月上旬）に夜間のライトアップを行い、例年約6万人が訪れる。"
            "本事業では、ライトアップ、観桜マップの作成・配布、駐車・ごみ対策の啓発を行う。市の面積は16.48km²、人口は61,950人（2024年8月31日推計）。",
        ),
    ]
    r = 4
    for key, val in fields:
        put(ws, f"A{r}", key, bold=True, box=True, shade=SHADE)
        ws.merge_cells(f"A{r}:B{r}")
        boxed(ws, f"A{r}:B{r}", shade=SHADE)
        merge(ws, f"C{r}:J{r}", val, box=True)
        ws.row_dimensions[r].height = 58 if key == "事業の概要" else 18
        r += 1
    r += 1
    put(ws, f"A{r}", "１　事業費の推移（単位：千円）", size=11, bold=True, wrap=False)
    r += 1
    merge(ws, f"A{r}:D{r}", "区分", bold=True, box=True, shade=SHADE, h="center")
    for col, text in zip("EFGH", ("R3決算", "R4決算", "R5決算", "R6予算")):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=SHADE, h="center")
    r += 1
    for label, vals in (
        ("事業費", [3180, 4260, 4815, 4900]),
        ("うち一般財源", [3180, 3460, 3915, 4000]),
    ):
        merge(ws, f"A{r}:D{r}", label, box=True)
        for col, v in zip("EFGH", vals):
            c = put(ws, f"{col}{r}", v, box=True, h="right")
            c.number_format = "#,##0"
        r += 1
    r += 1
    put(ws, f"A{r}", "２　指標の推移", size=11, bold=True, wrap=False)
    r += 1
    head = [
        "区分",
        "No.",
        "指標名",
        "単位",
        "R3実績",
        "R4実績",
        "R5目標",
        "R5実績",
        "R6目標",
        "R7目標",
    ]
    for col, text in zip("ABCDEFGHIJ", head):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=SHADE, h="center")
    ws.row_dimensions[r].height = 20
    r += 1
    rows = [
        (1, "ライトアップ実施日数", "日", False, [12, 14, 14, 15, 14, 14]),
        (
            2,
            "観桜マップ・PRチラシの配布部数",
            "千部",
            True,
            [8.0, 10.0, 12.0, 11.5, 12.0, "未設定"],
        ),
        (3, "開花期間中の来訪者数", "千人", True, [38.6, 52.4, 60.0, 63.1, 62.0, 65.0]),
        (
            4,
            "来訪者アンケートで「満足」と答えた人の割合",
            "％",
            True,
            [71.2, 74.8, 78.0, 76.5, 80.0, 82.0],
        ),
        (
            5,
            "開花期間中の路上駐車・ごみに関する苦情件数",
            "件",
            False,
            [42, 35, "30以下", 27, "25以下", "20以下"],
        ),
    ]
    start = r
    for no, name, unit, decimals, vals in rows:
        put(ws, f"B{r}", no, box=True, h="center")
        put(ws, f"C{r}", name, box=True)
        put(ws, f"D{r}", unit, box=True, h="center")
        for col, v in zip("EFGHIJ", vals):
            c = put(ws, f"{col}{r}", v, box=True, h="right")
            fmt(c, v, decimals)
        ws.row_dimensions[r].height = 28
        r += 1
    merge(ws, f"A{start}:A{start + 1}", "活動指標\n（アウトプット）", box=True, h="center")
    merge(ws, f"A{start + 2}:A{start + 4}", "成果指標\n（アウトカム）", box=True, h="center")
    notes = [
        "※No.2のR7目標は、令和6年度に観桜マップのデジタル化を検討するため未設定としています。",
        "※No.3は、開花期間中に大中公園周辺で行った計測による推計値です。",
    ]
    for note in notes:
        merge(ws, f"A{r}:J{r}", note, size=8)
        r += 1
    r += 1
    put(ws, f"A{r}", "３　評価", size=11, bold=True, wrap=False)
    r += 1
    evals = [
        ("有効性", "B（概ね効果があった）"),
        ("今後の方向性", "改善（観桜マップのデジタル化により配布部数に代わる指標を検討する）"),
    ]
    for key, val in evals:
        put(ws, f"A{r}", key, bold=True, box=True, shade=SHADE)
        ws.merge_cells(f"A{r}:B{r}")
        boxed(ws, f"A{r}:B{r}", shade=SHADE)
        merge(ws, f"C{r}:J{r}", val, box=True)
        ws.row_dimensions[r].height = 18
        r += 1
    page(ws, landscape=False)
    save(wb, SRC / "yamatotakada_senbonzakura_jimujigyo_r5.xlsx")


# ---------------------------------------------------------------- 豊明市 (PDF source, landscape)
def build_toyoake():
    wb = Workbook()
    ws = wb.active
    ws.title = "主要施策の成果"
    widths = {"A": 10, "B": 34, "C": 7, "D": 12, "E": 11, "F": 11, "G": 11, "H": 7, "I": 12}
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
    merge(ws, "A2:I2", "令和6年9月　豊明市", h="right")
    fields = [
        ("事業名", "「大金星のまち とよあけ」観光推進事業"),
        ("所管課", "産業支援課　地域振興係"),
        ("決算額", "14,860千円（うち一般財源　11,240千円）"),
        (
            "事業の内容",
            "本市は永禄3年（1560年）に織田信長が今川義元を破った「桶狭間の戦い」の舞台であることから、「大金星のまち とよあけ」として観光PRを行っている。"
            "毎年6月初旬の桶狭間古戦場まつりの開催支援、古戦場ガイド（令和4年度の養成講座を経て21名で活動）の運営、沓掛城址の御城印（1枚500円）の販売などを行った。"
            "市は面積23.22km²、昭和47年（1972年）8月に市制を施行し、アジア最大級の花き市場を擁する。",
        ),
    ]
    r = 4
    for key, val in fields:
        put(ws, f"A{r}", key, bold=True, box=True, shade=SHADE)
        merge(ws, f"B{r}:I{r}", val, box=True)
        ws.row_dimensions[r].height = 44 if key == "事業の内容" else 18
        r += 1
    r += 1
    put(ws, f"A{r}", "■成果指標の状況", size=11, bold=True, wrap=False)
    merge(
        ws,
        f"D{r}:I{r}",
        "評価　A：目標を達成　B：目標の80％以上　C：目標の80％未満",
        size=8,
        h="right",
    )
    r += 1
    head = [
        "No.",
        "成果指標",
        "単位",
        "基準値（H31）",
        "R4実績",
        "R5目標",
        "R5実績",
        "評価",
        "目標値（R7）",
    ]
    for col, text in zip("ABCDEFGHI", head):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=SHADE, h="center")
    ws.row_dimensions[r].height = 22
    r += 1
    rows = [
        (
            1,
            "桶狭間古戦場まつりの来場者数",
            "人",
            False,
            ["約15,000", "約12,000", 16000, "約17,500", "A", 18000],
        ),
        (
            None,
            "（参考）うち市外からの来場者数",
            "人",
            False,
            ["―", "約5,400", None, "約8,100", None, None],
        ),
        (2, "古戦場ガイドの案内人数", "人", False, [640, 1120, 1200, 1386, "A", 1500]),
        (3, "沓掛城址御城印の販売枚数", "枚", False, ["―", 2150, 2500, 2310, "B", 3000]),
        (
            4,
            "観光協会ウェブサイト・SNSの閲覧数",
            "千件",
            True,
            [186.2, 242.7, 260.0, 251.4, "B", 300.0],
        ),
        (5, "「大金星」ブランド認定商品数", "品目", False, [8, 14, 16, 12, "C", 20]),
    ]
    for no, name, unit, decimals, vals in rows:
        ref = no is None
        shade = LIGHT if ref else None
        put(ws, f"A{r}", no, box=True, h="center", shade=shade)
        put(
            ws,
            f"B{r}",
            ("　" + name) if ref else name,
            box=True,
            shade=shade,
            italic=ref,
            size=8 if ref else 9,
        )
        put(ws, f"C{r}", unit, box=True, h="center", shade=shade, size=8 if ref else 9)
        for col, v in zip("DEFGHI", vals):
            c = put(
                ws,
                f"{col}{r}",
                v,
                box=True,
                h="center" if col == "H" or v == "―" else "right",
                shade=shade,
                size=8 if ref else 9,
                italic=ref,
            )
            if v is not None:
                fmt(c, v, decimals)
        ws.row_dimensions[r].height = 18 if ref else 24
        r += 1
    notes = [
        "※来場者数は主催者発表の概数です。（参考）欄はNo.1の内数であり、成果指標ではありません。",
        "※No.3の御城印は令和4年度に販売を始めたため、基準値はありません。No.5は、認定を更新しなかった商品を除いた数です。",
    ]
    for note in notes:
        merge(ws, f"A{r}:I{r}", note, size=8)
        r += 1
    r += 1
    put(ws, f"A{r}", "■評価と今後の方向性", size=11, bold=True, wrap=False)
    r += 1
    merge(
        ws,
        f"A{r}:I{r}",
        "5指標のうち2指標で目標を達成した。古戦場まつりは4年ぶりに制限のない形で開催し、来場者は過去最多となった。"
        "今後は御城印と市内の飲食店を結ぶ周遊の仕掛けを設け、認定商品の掘り起こしを進める。",
        box=True,
    )
    ws.row_dimensions[r].height = 36
    page(ws, landscape=True)
    save(wb, SRC / "toyoake_kanko_shuyo_seika_r5.xlsx")


# ---------------------------------------------------------------- 河南町 (HTML)
KANAN = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>第2期河南町まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の検証結果（令和５年度） | 河南町</title>
</head>
<body>
<nav aria-label="パンくずリスト"><ol>
<li><a href="/">ホーム</a></li>
<li><a href="/gyoseijoho/">行政情報</a></li>
<li><a href="/gyoseijoho/keikaku/">計画・施策</a></li>
<li>第2期河南町まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の検証結果（令和５年度）</li>
</ol></nav>
<main>
<h1>第2期河南町まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の検証結果（令和５年度）</h1>
<p class="date">更新日：2025年1月20日　担当：秘書企画課</p>
<p>河南町は大阪府の南東部、金剛山系と葛城山系の西側に位置し、大阪市の中心部から約25kmの距離にあります。町域は東西7.5km・南北6.7km、面積は25.26km²で、その約3分の1が金剛生駒紀泉国定公園の区域です。昭和31年（1956年）9月30日に石川村・白木村・河内村・中村の4か村が合併して誕生し、人口は14,855人（2024年12月1日推計）です。</p>
<p>国道309号沿いの道の駅「かなん」は2003年に開業し、2016年に「重点道の駅」に選ばれました。土日祝日の「ふれあい朝市」には、町内で採れた野菜やイチゴが並びます。</p>
<dl>
<dt>計画の名称</dt><dd>第2期河南町まち・ひと・しごと創生総合戦略</dd>
<dt>計画期間</dt><dd>令和2年度～令和6年度（5年間）</dd>
<dt>担当課</dt><dd>秘書企画課</dd>
</dl>
<h2>基本目標ごとのKPIの検証</h2>
<p>「進捗」は、令和5年度の実績を基準値から目標値までの道のりに照らして、順調・やや遅れ・遅れの3段階で示したものです。</p>
<table border="1">
<caption>（単位：人。ただし③は千円、④は％、⑤は歳）</caption>
<thead>
<tr><th rowspan="2">KPI</th><th rowspan="2">基準値<br>（H30）</th><th colspan="3">実績値</th><th rowspan="2">目標値<br>（R6）</th><th rowspan="2">進捗</th></tr>
<tr><th>R3年度</th><th>R4年度</th><th>R5年度</th></tr>
</thead>
<tbody>
<tr><th colspan="7" scope="rowgroup">基本目標1　地域の資源を活かし、しごとをつくる</th></tr>
<tr><th scope="row">①　新規就農者数</th><td>3</td><td>4</td><td>ー</td><td>6</td><td>5</td><td>順調</td></tr>
<tr><th scope="row">②　道の駅「かなん」のレジ通過者数</th><td>352,400</td><td>301,850</td><td>318,200</td><td>336,720</td><td>380,000</td><td>やや遅れ</td></tr>
<tr><th colspan="7" scope="rowgroup">基本目標2　河南町への新しいひとの流れをつくる</th></tr>
<tr><th scope="row">③　ふるさと納税寄附額</th><td>12,480</td><td>28,650</td><td>41,230</td><td>47,915</td><td>50,000</td><td>順調</td></tr>
<tr><th colspan="7" scope="rowgroup">基本目標3　若い世代の結婚・出産・子育ての希望をかなえる</th></tr>
<tr><th scope="row">④　転入者に占める子育て世帯の割合</th><td>18.4</td><td>19.1</td><td>20.6</td><td>21.3</td><td>22.0</td><td>順調</td></tr>
<tr><th colspan="7" scope="rowgroup">基本目標4　安心して暮らし続けられるまちをつくる</th></tr>
<tr><th scope="row">⑤　健康寿命（平均自立期間）</th><td>男 80.1<br>女 84.3</td><td>男 80.4<br>女 84.5</td><td>男 80.3<br>女 84.8</td><td>男 80.6<br>女 84.9</td><td>男 81.0<br>女 85.0</td><td>やや遅れ</td></tr>
</tbody>
</table>
<p>※①の令和4年度は、集計方法の見直しのため数値を把握していません。</p>
<p>※⑤は大阪府の算定による65歳時点の平均自立期間です。</p>
<h2>検証の体制</h2>
<p>令和6年10月に河南町総合戦略推進会議（委員10名）を開き、KPIの実績と今後の取組について意見をいただきました。</p>
</main>
<footer><p>河南町役場　秘書企画課</p></footer>
</body>
</html>
"""


def build_kanan():
    (HERE / "kanan_sousei2_kpi_kensho_r5.html").write_text(KANAN, encoding="utf-8")


def to_pdf():
    for name in ("yamatotakada_senbonzakura_jimujigyo_r5", "toyoake_kanko_shuyo_seika_r5"):
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
    build_kanan()
    build_nagaokakyo()
    build_yamatotakada()
    build_toyoake()
    if "--no-pdf" not in sys.argv:
        to_pdf()


if __name__ == "__main__":
    main()
