"""Build forms540: four KPI documents of 橿原市, 知立市, 茨木市 and 丹波篠山市.

Writes `kashihara_imaicho_jimujigyo_r5.xlsx` (the workbook is the document), `chiryu_sousei2_kpi_kensho_r5.html`,
and the XLSX sources `source/ibaraki_dampark_shuyo_seika_r5.xlsx` and `source/tambasasayama_edamame_kofukin_kensho_r6.xlsx`,
which LibreOffice turns into `ibaraki_dampark_shuyo_seika_r5.pdf` and `tambasasayama_edamame_kofukin_kensho_r6.pdf`.
Run `/work/venv/bin/python build.py` (`--no-pdf` skips LibreOffice). XLSX and HTML are byte-stable.
"""
# ruff: noqa: E501, B905

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
STAMP = "2024-10-01T09:00:00Z"


def font(size=9, bold=False):
    return Font(name=FONT, size=size, bold=bold)


def put(ws, ref, value, size=9, bold=False, box=False, shade=False, h="left", wrap=True, fill=None):
    cell = ws[ref]
    cell.value = value
    cell.font = font(size, bold)
    cell.alignment = Alignment(horizontal=h, vertical="center", wrap_text=wrap)
    if box:
        cell.border = BOX
    if shade:
        cell.fill = SHADE
    if fill is not None:
        cell.fill = fill
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
    wb.properties.creator = "forms540"
    wb.properties.lastModifiedBy = "forms540"
    buf = io.BytesIO()
    wb.save(buf)
    buf.seek(0)
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in sorted(zin.infolist(), key=lambda i: i.filename):
            data = zin.read(item.filename)
            if item.filename == "docProps/core.xml":
                for tag in (rb"dcterms:modified", rb"dcterms:created"):
                    data = re.sub(rb"(<" + tag + rb"[^>]*>)[^<]*", rb"\g<1>" + STAMP.encode(), data)
            info = zipfile.ZipInfo(item.filename, date_time=(2024, 10, 1, 9, 0, 0))
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


def form_rows(ws, r, fields, key_cols, val_cols, tall=(), tall_height=48):
    """Bordered key/value rows; returns the next free row."""
    for key, val in fields:
        merge(ws, f"{key_cols[0]}{r}:{key_cols[1]}{r}", key, bold=True, box=True, shade=True)
        merge(ws, f"{val_cols[0]}{r}:{val_cols[1]}{r}", val, box=True)
        ws.row_dimensions[r].height = tall_height if key in tall else 18
        r += 1
    return r


def notes(ws, r, lines, rng):
    a, b = rng
    for line in lines:
        merge(ws, f"{a}{r}:{b}{r}", line, size=8)
        r += 1
    return r


# ---------------------------------------------------------------- 橿原市 (XLSX document)
def build_kashihara():
    wb = Workbook()
    ws = wb.active
    ws.title = "事務事業評価"
    widths(ws, {"A": 9, "B": 5, "C": 34, "D": 6, "E": 11, "F": 10, "G": 10, "H": 10, "I": 11})
    merge(
        ws,
        "A1:I1",
        "令和６年度　事務事業評価シート（令和５年度実施事業）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:I2", "作成日　令和6年7月19日", h="right")
    put(ws, "A3", "１　事業の概要", size=11, bold=True, wrap=False)
    fields = [
        ("事務事業名", "今井町町並み保存・観光交流推進事業"),
        ("担当課", "魅力創造部　観光政策課"),
        ("関連計画", "橿原市今井町伝統的建造物群保存地区保存計画"),
        ("事業期間", "令和3年度～令和7年度"),
        ("事業費（R5決算）", "24,860千円（うち国庫補助金　9,200千円）"),
        (
            "事業の概要",
            "本市は昭和31年（1956年）2月11日に6町村が合併して奈良県で5番目の市として発足した。面積は39.56km²、人口は118,311人（2024年10月1日推計）。"
            "今井町は東西約600m・南北約310mの寺内町で、平成5年（1993年）に重要伝統的建造物群保存地区に選定された（約17.4ha）。"
            "約500棟の伝統的建造物が残り、うち町家8軒が国の重要文化財である。本事業では町家の修理・修景への補助と、"
            "今井まちなみ交流センター「華甍」（明治36年（1903年）築）を拠点とした散策ガイドにより、町並みの保存と来訪者の増加を図る。",
        ),
    ]
    r = form_rows(ws, 4, fields, ("A", "B"), ("C", "I"), tall=("事業の概要",), tall_height=66)
    r += 1
    put(ws, f"A{r}", "２　指標の推移", size=11, bold=True, wrap=False)
    r += 1
    top = r
    for col, text in (
        ("A", "区分"),
        ("B", "No."),
        ("C", "指標名"),
        ("D", "単位"),
        ("E", "基準値（R元）"),
        ("I", "R7目標（最終）"),
    ):
        merge(ws, f"{col}{top}:{col}{top + 1}", text, bold=True, box=True, shade=True, h="center")
    merge(
        ws,
        f"F{top}:H{top}",
        "各年度の目標値・実績値\n（上段：目標値／下段：実績値）",
        bold=True,
        box=True,
        shade=True,
        h="center",
    )
    for col, text in (("F", "R3"), ("G", "R4"), ("H", "R5")):
        put(ws, f"{col}{top + 1}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[top].height = 30
    ws.row_dimensions[top + 1].height = 16
    r = top + 2
    # (No., name, unit, baseline, R3, R4, R5, R7); a year cell holds "target\nactual"
    rows = [
        ("1", "今井町の町家修理・修景事業への補助件数", "件", "6", "8\n7", "8\n9", "8\n7", "10"),
        ("2", "今井町まちなみ散策ガイドの実施回数", "回", "48", "50\n21", "50\n44", "55\n58", "60"),
        (
            "3",
            "今井町の観光入込客数",
            "千人",
            "412.6",
            "300.0\n228.4",
            "350.0\n331.7",
            "400.0\n392.5",
            "450.0",
        ),
        (
            "4",
            "今井燈花会の来場者数",
            "人",
            "12,000",
            "8,000\n中止",
            "10,000\n9,850",
            "12,000\n13,400",
            "15,000",
        ),
        (
            "5",
            "今井まちなみ交流センター「華甍」来館者アンケートの満足度",
            "％",
            "84.2",
            "85.0\n86.1",
            "86.0\n85.7",
            "87.0\n88.3",
            "90.0",
        ),
        (
            None,
            "（分子）「満足」「やや満足」と回答した人数",
            "人",
            "421",
            "―\n310",
            "―\n394",
            "―\n530",
            "―",
        ),
        (None, "（分母）アンケート回答者数", "人", "500", "―\n360", "―\n460", "―\n600", "―"),
    ]
    start = r
    for no, name, unit, *vals in rows:
        sub = no is None
        fill = LIGHT if sub else None
        put(ws, f"B{r}", no, box=True, h="center", fill=fill)
        put(
            ws,
            f"C{r}",
            name,
            box=True,
            h="right" if sub else "left",
            fill=fill,
            size=8 if sub else 9,
        )
        put(ws, f"D{r}", unit, box=True, h="center", fill=fill)
        for col, v in zip("EFGHI", vals):
            put(ws, f"{col}{r}", v, box=True, h="right", fill=fill)
        ws.row_dimensions[r].height = 30
        r += 1
    merge(ws, f"A{start}:A{start + 1}", "活動指標", box=True, h="center")
    merge(ws, f"A{start + 2}:A{start + 6}", "成果指標", box=True, h="center")
    r = notes(
        ws,
        r,
        [
            "※1 令和3年度の今井燈花会は、新型コロナウイルス感染症の影響により中止しました。",
            "※2 No.5の（分子）（分母）は満足度の算出に用いた人数で、成果指標ではありません（参考）。",
            "※3 No.3は奈良県観光客動態調査の数値です。",
        ],
        ("A", "I"),
    )
    r += 1
    put(ws, f"A{r}", "３　評価", size=11, bold=True, wrap=False)
    r += 1
    form_rows(
        ws,
        r,
        [
            ("評価", "B（概ね順調）"),
            (
                "今後の方向性",
                "継続（町家の修理・修景への補助を続け、散策ガイドの外国語対応を拡充する）",
            ),
        ],
        ("A", "B"),
        ("C", "I"),
    )
    page(ws, landscape=False)
    save(wb, HERE / "kashihara_imaicho_jimujigyo_r5.xlsx")


# ---------------------------------------------------------------- 茨木市 (PDF source, portrait)
def build_ibaraki():
    wb = Workbook()
    ws = wb.active
    ws.title = "主要施策の成果"
    widths(ws, {"A": 5, "B": 30, "C": 6, "D": 9, "E": 8, "F": 8, "G": 8, "H": 8, "I": 8, "J": 9})
    merge(
        ws,
        "A1:J1",
        "令和５年度　主要施策の成果に関する報告書（抜粋）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:J2", "令和6年9月　茨木市", h="right")
    fields = [
        ("事業名", "安威川ダム周辺整備事業（ダムパークいばきた）"),
        ("所管課", "都市整備部　北部整備推進課"),
        ("会計区分", "一般会計　8款 土木費　5項 都市計画費"),
        ("決算額", "令和5年度　1,284,600千円（うち一般財源　212,400千円）"),
        ("関連計画", "安威川ダム周辺整備基本構想（令和元年6月）"),
        (
            "事業の内容",
            "安威川ダムは、昭和42年（1967年）7月の北摂豪雨（市内で約2万5,000の家屋が浸水）を契機に大阪府が建設し、令和6年（2024年）3月に完成した。"
            "JR茨木駅からダム湖まで約7kmと市街地に近く、周辺には約4,500種の動植物が生息する。市はダム湖周辺に官民連携の都市公園「ダムパークいばきた」を整備し、"
            "令和6年4月23日に一部を開園した（長さ420mの吊り橋を含む全面開園に向けて整備中。年間来園者数100万人をめざす）。",
        ),
    ]
    r = form_rows(ws, 4, fields, ("A", "B"), ("C", "J"), tall=("事業の内容",), tall_height=64)
    r += 1
    put(ws, f"A{r}", "（１）事業の実績", size=11, bold=True, wrap=False)
    r += 1
    for col, text in (("A", "No."), ("B", "項目"), ("C", "単位")):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=True, h="center")
    for rng, text in (("D:E", "R3実績"), ("F:G", "R4実績"), ("H:I", "R5実績")):
        a, b = rng.split(":")
        merge(ws, f"{a}{r}:{b}{r}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[r].height = 20
    r += 1
    acts = [
        ("ア", "ダム周辺活用ワークショップ・プレイベントの開催回数", "回", "4", "6", "9"),
        (
            "イ",
            "プレイベント（だむチャレ等）の参加者数",
            "人",
            "延べ1,120",
            "延べ2,450",
            "延べ3,980",
        ),
    ]
    for no, name, unit, *vals in acts:
        put(ws, f"A{r}", no, box=True, h="center")
        put(ws, f"B{r}", name, box=True)
        put(ws, f"C{r}", unit, box=True, h="center")
        for (a, b), v in zip((("D", "E"), ("F", "G"), ("H", "I")), vals):
            merge(ws, f"{a}{r}:{b}{r}", v, box=True, h="right")
        ws.row_dimensions[r].height = 24
        r += 1
    r += 1
    put(ws, f"A{r}", "（２）成果指標", size=11, bold=True, wrap=False)
    r += 1
    head = [
        "No.",
        "成果指標",
        "単位",
        "基準値（R2）",
        "R4目標",
        "R4実績",
        "R5目標",
        "R5実績",
        "達成状況（R5）",
        "目標値（R6）",
    ]
    for col, text in zip("ABCDEFGHIJ", head):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[r].height = 30
    r += 1
    outs = [
        (
            "①",
            "いばきた（市北部地域）の観光入込客数",
            "千人",
            "412.0",
            "430.0",
            "446.3",
            "460.0",
            "451.8",
            "未達成",
            "600.0",
        ),
        (
            "②",
            "北部地域の農産物直売所の売上額",
            "千円",
            "38,400",
            "40,000",
            "41,250",
            "―",
            "39,870",
            "―",
            "45,000",
        ),
        (
            "③",
            "ダム周辺の整備に「期待している」と答えた市民の割合",
            "％",
            "52.4",
            "55.0",
            "―",
            "58.0",
            "61.2",
            "達成",
            "60.0",
        ),
    ]
    for row in outs:
        for col, v in zip("ABCDEFGHIJ", row):
            h = "left" if col == "B" else ("center" if col in "ACI" else "right")
            put(ws, f"{col}{r}", v, box=True, h=h)
        ws.row_dimensions[r].height = 30
        r += 1
    r = notes(
        ws,
        r,
        [
            "※1 ①は大阪府の観光統計の推計方法により、市北部地域について年度ごとに集計した数値です。",
            "※2 ②の令和5年度は、直売所を公園内へ移転する準備期間のため、目標を設定していません。",
            "※3 ③は市民意識調査（隔年実施）の結果で、令和4年度は調査を実施していません。",
        ],
        ("A", "J"),
    )
    r += 1
    put(ws, f"A{r}", "（３）成果と今後の方向性", size=11, bold=True, wrap=False)
    r += 1
    merge(
        ws,
        f"A{r}:J{r}",
        "ダム湖を生かしたプレイベントの参加者は3年間で延べ7,550人となり、開園への期待は高まっている。"
        "令和6年度は一部開園を踏まえ、指定管理者と連携して北部地域の農産物の販売と誘客を進める。",
        box=True,
    )
    ws.row_dimensions[r].height = 40
    page(ws, landscape=False)
    save(wb, SRC / "ibaraki_dampark_shuyo_seika_r5.xlsx")


# ---------------------------------------------------------------- 丹波篠山市 (PDF source, landscape)
def build_tambasasayama():
    wb = Workbook()
    ws = wb.active
    ws.title = "効果検証"
    widths(
        ws,
        {
            "A": 6,
            "B": 38,
            "C": 7,
            "D": 13,
            "E": 10,
            "F": 10,
            "G": 10,
            "H": 10,
            "I": 10,
            "J": 10,
            "K": 11,
        },
    )
    merge(
        ws,
        "A1:K1",
        "デジタル田園都市国家構想交付金（地方創生推進タイプ）　効果検証シート（令和６年度）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:K2", "令和7年8月　丹波篠山市 農都創造部 農都振興課", h="right")
    put(ws, "A3", "１　事業の概要", size=11, bold=True, wrap=False)
    fields = [
        ("交付対象事業の名称", "「丹波篠山黒枝豆」「デカンショ豆」ブランド発信・農泊推進事業"),
        ("地域再生計画の名称", "丹波篠山の農と食を生かした交流人口拡大計画"),
        ("事業実施期間", "令和4年度～令和6年度（3か年）"),
        ("交付対象事業費", "R6：16,800千円（うち交付金　8,400千円）"),
        ("担当課", "農都創造部　農都振興課"),
        (
            "市の概要",
            "1999年（平成11年）4月に篠山町・西紀町・丹南町・今田町の4町が合併して篠山市が誕生し、2019年（令和元年）5月1日に丹波篠山市へ市名を変更した。"
            "面積377.59km²、人口37,884人（2024年10月1日推計）。2015年（平成27年）に「丹波篠山 デカンショ節」が日本遺産に認定され、"
            "毎年8月15日・16日には丹波篠山デカンショ祭が開かれる。10月の「丹波篠山味まつり月間」には黒枝豆を求めて多くの人が訪れ、"
            "夏の枝豆「丹波篠山デカンショ豆」は2020年から販売されている。",
        ),
    ]
    r = form_rows(ws, 4, fields, ("A", "B"), ("C", "K"), tall=("市の概要",), tall_height=56)
    r += 1
    put(ws, f"A{r}", "２　重要業績評価指標（KPI）の目標と実績", size=11, bold=True, wrap=False)
    r += 1
    merge(
        ws,
        f"A{r}:K{r}",
        "達成状況　〇：R6年度の目標値を達成　×：R6年度の目標値を未達成　―：実績値が未集計のため判定できない",
        size=8,
    )
    r += 1
    top = r
    for col, text in (
        ("A", "No."),
        ("B", "重要業績評価指標（KPI）"),
        ("C", "単位"),
        ("D", "事業開始前（R3）"),
        ("K", "達成状況（R6）"),
    ):
        merge(ws, f"{col}{top}:{col}{top + 1}", text, bold=True, box=True, shade=True, h="center")
    for (a, b), text in zip((("E", "F"), ("G", "H"), ("I", "J")), ("R4年度", "R5年度", "R6年度")):
        merge(ws, f"{a}{top}:{b}{top}", text, bold=True, box=True, shade=True, h="center")
        put(ws, f"{a}{top + 1}", "目標値", bold=True, box=True, shade=True, h="center")
        put(ws, f"{b}{top + 1}", "実績値", bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[top].height = 18
    ws.row_dimensions[top + 1].height = 18
    r = top + 2
    kpis = [
        (
            "①",
            "黒枝豆・デカンショ豆のオンライン販売額",
            "千円",
            "0（新規）",
            "3,000",
            "2,480",
            "6,000",
            "6,920",
            "9,000",
            "10,350",
            "〇",
        ),
        (
            "②",
            "「丹波篠山味まつり月間」（10月）の観光入込客数",
            "千人",
            "312.5",
            "330.0",
            "318.4",
            "350.0",
            "356.2",
            "370.0",
            "未集計",
            "―",
        ),
        (
            "③",
            "農泊（農家民宿・古民家宿泊施設）の宿泊者数",
            "人",
            "1,240",
            "1,400",
            "1,185",
            "1,600",
            "1,512",
            "1,800",
            "1,694",
            "×",
        ),
        (
            "④",
            "「丹波篠山デカンショ豆」の生産者団体数",
            "団体",
            "4",
            "5",
            "5",
            "6",
            "6",
            "7",
            "6",
            "×",
        ),
    ]
    for row in kpis:
        for col, v in zip("ABCDEFGHIJK", row):
            h = "left" if col == "B" else ("center" if col in "ACK" else "right")
            put(ws, f"{col}{r}", v, box=True, h=h)
        ws.row_dimensions[r].height = 22
        r += 1
    r = notes(
        ws,
        r,
        [
            "※1 ①のオンライン販売は令和4年度に開始したため、事業開始前の値は0です。",
            "※2 ②は兵庫県観光客動態調査による数値です。令和6年度分は公表前のため未集計です。",
            "※3 ③は市内の農家民宿・古民家宿泊施設への聞き取りによる延べ宿泊者数です。",
        ],
        ("A", "K"),
    )
    r += 1
    put(ws, f"A{r}", "３　事業の評価", size=11, bold=True, wrap=False)
    r += 1
    form_rows(
        ws,
        r,
        [
            ("評価", "地方創生に相当程度効果があった"),
            (
                "評価の理由",
                "オンライン販売額は3年目に目標を上回った。農泊の宿泊者数とデカンショ豆の生産者団体数は目標に届かなかったが、いずれも事業開始前から増加している。",
            ),
        ],
        ("A", "B"),
        ("C", "K"),
        tall=("評価の理由",),
        tall_height=30,
    )
    page(ws, landscape=True)
    save(wb, SRC / "tambasasayama_edamame_kofukin_kensho_r6.xlsx")


# ---------------------------------------------------------------- 知立市 (HTML)
CHIRYU = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>第2期知立市まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の検証結果（令和５年度） | 知立市</title>
</head>
<body>
<nav aria-label="パンくずリスト"><ol>
<li><a href="/">ホーム</a></li>
<li><a href="/shisei/">市政情報</a></li>
<li><a href="/shisei/keikaku/">計画・施策</a></li>
<li>第2期知立市まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の検証結果（令和５年度）</li>
</ol></nav>
<main>
<h1>第2期知立市まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の検証結果（令和５年度）</h1>
<p class="date">更新日：2024年10月25日　担当：企画部　企画政策課</p>
<p>知立市は1970年（昭和45年）12月1日に市制を施行しました。面積は16.31km²、人口は72,299人（2023年12月1日現在）です。江戸時代には東海道五十三次の39番目の宿場「池鯉鮒宿」が置かれ、交通の要衝として栄えました。</p>
<p>知立神社の祭礼「知立まつり」の山車文楽とからくりは、2016年（平成28年）にユネスコ無形文化遺産に登録されています。毎年5月には八橋かきつばた園で「かきつばたまつり」が開かれます。</p>
<dl>
<dt>計画の名称</dt><dd>第2期知立市まち・ひと・しごと創生総合戦略</dd>
<dt>計画期間</dt><dd>2020年度～2024年度（5年間）</dd>
<dt>担当課</dt><dd>企画部　企画政策課</dd>
</dl>
<p>各表の「2024年度」の欄には、計画最終年度の目標値と、2024年9月末時点で見込んだ実績（実績見込）を掲載しています。</p>
<h2>基本目標1　知立で働き、にぎわいを生み出す</h2>
<table border="1">
<thead>
<tr><th rowspan="2">指標</th><th rowspan="2">単位</th><th rowspan="2">基準値<br>（2019年度）</th><th colspan="3">実績値</th><th colspan="2">2024年度</th><th rowspan="2">備考</th></tr>
<tr><th>2021年度</th><th>2022年度</th><th>2023年度</th><th>目標値</th><th>実績見込</th></tr>
</thead>
<tbody>
<tr><th scope="row">①特定創業支援等事業による創業者数</th><td>人</td><td>18</td><td>22</td><td>25</td><td>27</td><td>30</td><td>28</td><td></td></tr>
<tr><th scope="row">②八橋かきつばた園・知立公園の観光入込客数</th><td>千人</td><td>386.4</td><td>212.8</td><td>305.1</td><td>372.9</td><td>400.0</td><td>405.0</td><td>2021年度のかきつばたまつりは規模を縮小して開催</td></tr>
</tbody>
</table>
<h2>基本目標2　知立に住み続けたい、住みたいと思える流れをつくる</h2>
<table border="1">
<thead>
<tr><th rowspan="2">指標</th><th rowspan="2">単位</th><th rowspan="2">基準値<br>（2019年度）</th><th colspan="3">実績値</th><th colspan="2">2024年度</th><th rowspan="2">備考</th></tr>
<tr><th>2021年度</th><th>2022年度</th><th>2023年度</th><th>目標値</th><th>実績見込</th></tr>
</thead>
<tbody>
<tr><th scope="row">③社会増減数（転入者数－転出者数）</th><td>人</td><td>△126</td><td>△208</td><td>△95</td><td>54</td><td>0</td><td>30</td><td>△は転出超過</td></tr>
<tr><th scope="row">④【再掲】特定創業支援等事業による創業者数</th><td>人</td><td>18</td><td>22</td><td>25</td><td>27</td><td>30</td><td>28</td><td>基本目標1の①の再掲</td></tr>
<tr><th scope="row">⑤「知立市に住み続けたい」と思う市民の割合</th><td>％</td><td>78.6</td><td>―</td><td>80.2</td><td>―</td><td>83.0</td><td>―</td><td>市民意識調査（2019年度・2022年度に実施）の結果。次回調査は2025年度</td></tr>
</tbody>
</table>
<h2>検証の結果</h2>
<p>2023年度は、観光入込客数が2019年度の水準にほぼ回復し、社会増減数は転入超過に転じました。創業者数は2024年度も目標に届かない見込みであり、知立駅周辺の整備にあわせた創業支援の強化が課題です。</p>
</main>
<footer><p>知立市役所　企画部　企画政策課</p></footer>
</body>
</html>
"""


def build_chiryu():
    (HERE / "chiryu_sousei2_kpi_kensho_r5.html").write_text(CHIRYU, encoding="utf-8")


def to_pdf():
    for name in ("ibaraki_dampark_shuyo_seika_r5", "tambasasayama_edamame_kofukin_kensho_r6"):
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
    build_kashihara()
    build_ibaraki()
    build_tambasasayama()
    build_chiryu()
    if "--no-pdf" not in sys.argv:
        to_pdf()


if __name__ == "__main__":
    main()
