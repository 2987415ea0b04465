"""Build forms589: four KPI documents of 大川市, 益城町, さつま町 and 五島市.

Writes `okawa_mokko_shisaku_hyoka_r6.xlsx` (the workbook is the document), `mashiki_sogo6_seika_shihyo_r6.html`
and the XLSX sources `source/satsuma_takenoko_shuyo_seika_r6.xlsx` and `source/goto_iju_kofukin_kensho_r6.xlsx`,
which LibreOffice turns into `satsuma_takenoko_shuyo_seika_r6.pdf` and `goto_iju_kofukin_kensho_r6.pdf`.
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
    wb.properties.creator = "forms589"
    wb.properties.lastModifiedBy = "forms589"
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


def fields_block(ws, r, fields, key_cols, val_cols, tall):
    """Key | value rows; key_cols and val_cols are column pairs such as ("A", "B")."""
    for key, val in fields:
        if key_cols[0] == key_cols[1]:
            put(ws, f"{key_cols[0]}{r}", key, bold=True, box=True, shade=True)
        else:
            merge(ws, f"{key_cols[0]}{r}:{key_cols[1]}{r}", key, bold=True, box=True, shade=True)
        merge(ws, f"{val_cols[0]}{r}:{val_cols[1]}{r}", val, box=True)
        ws.row_dimensions[r].height = tall.get(key, 18)
        r += 1
    return r


def notes_block(ws, r, notes, last_col, height=15):
    for note in notes:
        merge(ws, f"A{r}:{last_col}{r}", note, size=8)
        ws.row_dimensions[r].height = height
        r += 1
    return r


# ---------------------------------------------------------------- 大川市 (XLSX document, landscape)
# 施策評価シート. The 成果指標 list is printed in two blocks side by side with the same head (No.1-3 left,
# No.4-5 right, numbering continued), as a long list is wrapped to fit a landscape page.
# (No., name, unit, 基準値（R元）, R5実績, R6実績, 目標値（R6）)
OKAWA_ROWS = (
    (1, "家具・木製品等の製造品出荷額等", "億円", 236.8, 228.4, 241.6, 250.0),
    (2, "大川木工まつりの来場者数", "千人", 182.0, 158.5, 171.2, 185.0),
    (3, "大川インテリア振興センターの会員事業者数", "社", 212, 205, "未集計", 215),
    (4, "木工関連事業者の新規創業・事業承継件数", "件", 3, 5, 7, 5),
    (5, "組子・木工教室など木工体験の参加者数", "人", 1240, 1385, 1522, 1500),
)
OKAWA_HEAD = ("No.", "成果指標", "単位", "基準値\n（R元）", "R5実績", "R6実績", "目標値\n（R6）")


def okawa_grid(ws, r, cols, rows):
    for col, text in zip(cols, OKAWA_HEAD):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=True, h="center")
    for i in range(3):
        row = rows[i] if i < len(rows) else None
        for j, col in enumerate(cols):
            ref = f"{col}{r + 1 + i}"
            if row is None:
                put(ws, ref, None, box=True)
                continue
            v = row[j]
            if j == 1:
                put(ws, ref, v, box=True)
            elif j in (0, 2) or isinstance(v, str):
                put(ws, ref, v, box=True, h="center")
            else:
                put(ws, ref, v, box=True, h="right")


def build_okawa():
    wb = Workbook()
    ws = wb.active
    ws.title = "施策評価"
    widths = (5, 24, 6, 8, 8, 8, 8, 2, 5, 24, 6, 8, 8, 8, 8)
    cols = "ABCDEFGHIJKLMNO"
    for col, w in zip(cols, widths):
        ws.column_dimensions[col].width = w
    merge(
        ws,
        "A1:O1",
        "令和７年度　施策評価シート（令和６年度の取組）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:O2", "作成日　令和7年8月22日　　大川市", h="right")
    put(ws, "A4", "１　施策の概要", size=11, bold=True, wrap=False)
    r = 5
    merge(ws, f"A{r}:B{r}", "総合計画", bold=True, box=True, shade=True)
    merge(ws, f"C{r}:G{r}", "大川市第6次総合計画（2020年度～2029年度）", box=True)
    merge(ws, f"I{r}:J{r}", "基本計画", bold=True, box=True, shade=True)
    merge(ws, f"K{r}:O{r}", "前期基本計画（2020年度～2024年度）", box=True)
    ws.row_dimensions[r].height = 18
    r += 1
    merge(ws, f"A{r}:B{r}", "施策番号", bold=True, box=True, shade=True)
    merge(ws, f"C{r}:G{r}", "3-1", box=True)
    merge(ws, f"I{r}:J{r}", "施策名", bold=True, box=True, shade=True)
    merge(ws, f"K{r}:O{r}", "木工・インテリア産業の振興", box=True)
    ws.row_dimensions[r].height = 18
    r += 1
    merge(ws, f"A{r}:B{r}", "主管課", bold=True, box=True, shade=True)
    merge(ws, f"C{r}:G{r}", "インテリア課", box=True)
    merge(ws, f"I{r}:J{r}", "関係課", bold=True, box=True, shade=True)
    merge(ws, f"K{r}:O{r}", "商工観光課", box=True)
    ws.row_dimensions[r].height = 18
    r += 1
    merge(ws, f"A{r}:B{r}", "施策の概要", bold=True, box=True, shade=True)
    merge(
        ws,
        f"C{r}:O{r}",
        "本市は昭和29年（1954年）4月1日に大川町・三又村・木室村・田口村・川口村・大野島村の1町5村が合併して誕生した。面積は33.62km²、人口は30,860人（2024年7月1日推計）で、"
        "市の西部を九州一の大河筑後川が流れ、市内には延べ300kmのクリークが走る。約480年前に榎津久米之介が船大工の技術を生かして指物を始めたのが大川家具の起こりとされ、"
        "昭和24年に始まった大川木工まつりは令和元年に第70回を迎えた。まつりには家具メーカー約200社が約1万点を展示・販売する。"
        "本施策では、家具・建具を中心とする木工・インテリア産業の販路拡大と担い手の確保を図るとともに、全長507mの筑後川昇開橋や木工体験と結び付けた産業観光を進める。",
        box=True,
    )
    ws.row_dimensions[r].height = 62
    r += 2
    put(ws, f"A{r}", "２　成果指標の推移", size=11, bold=True, wrap=False)
    r += 1
    okawa_grid(ws, r, "ABCDEFG", OKAWA_ROWS[:3])
    okawa_grid(ws, r, "IJKLMNO", OKAWA_ROWS[3:])
    ws.row_dimensions[r].height = 28
    for i in range(1, 4):
        ws.row_dimensions[r + i].height = 28
    r += 5
    r = notes_block(
        ws,
        r,
        [
            "※1　No.1は経済センサス‐活動調査及び経済構造実態調査による暦年（1月～12月）の数値で、基準値は令和元年（2019年）、R5実績欄は令和4年（2022年）、R6実績欄は令和5年（2023年）、目標値欄は令和6年（2024年）の値である。",
            "※2　No.3のR6実績は、会員名簿の更新作業中のため未集計である。",
            "※3　No.2は、秋の大川木工まつり（3日間）の来場者数である。",
        ],
        "O",
        height=16,
    )
    r += 1
    put(ws, f"A{r}", "３　施策の評価", size=11, bold=True, wrap=False)
    r += 1
    merge(ws, f"A{r}:B{r}", "評価", bold=True, box=True, shade=True)
    merge(ws, f"C{r}:G{r}", "B（概ね順調）", box=True)
    merge(ws, f"I{r}:J{r}", "今後の方向性", bold=True, box=True, shade=True)
    merge(ws, f"K{r}:O{r}", "継続", box=True)
    ws.row_dimensions[r].height = 18
    r += 1
    merge(ws, f"A{r}:B{r}", "評価の理由", bold=True, box=True, shade=True)
    merge(
        ws,
        f"C{r}:O{r}",
        "市制施行70周年を迎えた令和6年度は、木工まつりの来場者数が前年度を12.7千人上回り、木工体験の参加者数と新規創業・事業承継件数は目標を達成した。"
        "一方、製造品出荷額等は目標に届いておらず、令和9年度中の開業を目指す「大川の駅」（仮称）の整備とあわせて、産地の発信力を高める必要がある。",
        box=True,
    )
    ws.row_dimensions[r].height = 40
    page(ws, landscape=True)
    save(wb, HERE / "okawa_mokko_shisaku_hyoka_r6.xlsx")


# ---------------------------------------------------------------- さつま町 (PDF from XLSX, portrait)
SATSUMA_ACT = (
    ("ア", "竹林整備（伐採・搬出）面積", "ha", 42.5, 46.8),
    ("イ", "竹材の出荷量", "千束", 18.6, 21.3),
)
# (No., name with its unit, 基準値（R4）, R5実績, R6目標, R6実績, 目標値（R7）)
SATSUMA_OUT = (
    (1, "早掘りたけのこの出荷量（t）", 412, 436, 450, 468, 480),
    (2, "宮之城伝統工芸センターの入館者数（千人）", 24.6, 26.1, 28.0, 27.4, 30.0),
    (3, "観光たけのこ園・竹細工体験の参加者数（人）", "約350", "約380", 400, "約420", 450),
)


def build_satsuma():
    wb = Workbook()
    ws = wb.active
    ws.title = "成果説明書"
    for col, w in zip("ABCDEFG", (6, 36, 9, 9, 9, 9, 10)):
        ws.column_dimensions[col].width = w
    merge(ws, "A1:G1", "令和６年度　主要な施策の成果説明書（抜粋）", size=14, bold=True, h="center")
    merge(ws, "A2:G2", "令和7年9月　さつま町", h="right")
    put(ws, "A4", "１　事業の概要", size=11, bold=True, wrap=False)
    fields = [
        ("施策", "農林業の振興"),
        ("事業名", "竹のまち・さつまたけのこ産地振興事業"),
        ("所管課", "農林課"),
        ("会計区分", "一般会計　6款 農林水産業費　2項 林業費　2目 林業振興費"),
        ("決算額", "令和6年度　14,260千円（うち県補助金　3,500千円）"),
        ("事業期間", "令和5年度～令和7年度（3年間）"),
        (
            "事業の内容",
            "本町は平成17年（2005年）3月22日に宮之城町・鶴田町・薩摩町の3町が合併して誕生した。面積は303.90km²、人口は18,307人（2024年11月1日推計）で、"
            "北東部には北薩最高峰の紫尾山（標高1,067m）がそびえ、町の中央を川内川が流れる。旧宮之城町の時代から町村単位で全国一の孟宗竹林面積を誇り、"
            "毎年10月中旬以降には全国に先駆けて超早掘りの「さつまたけのこ」を出荷している。"
            "本事業では、竹林の整備と竹材・たけのこの出荷拡大を支援し、宮之城伝統工芸センターを拠点に竹製品と竹細工体験のPRを進める。",
        ),
    ]
    r = fields_block(ws, 5, fields, ("A", "B"), ("C", "G"), {"事業の内容": 84})
    r += 1
    put(ws, f"A{r}", "２　事業の成果", size=11, bold=True, wrap=False)
    r += 1
    put(ws, f"A{r}", "（１）事業の実績", size=10, bold=True, wrap=False)
    r += 1
    for col, text in zip("ABCDE", ("記号", "事業の実績", "単位", "R5実績", "R6実績")):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[r].height = 20
    r += 1
    for row in SATSUMA_ACT:
        for col, v in zip("ABCDE", row):
            put(
                ws,
                f"{col}{r}",
                v,
                box=True,
                h="left" if col == "B" else ("center" if col in "AC" else "right"),
            )
        ws.row_dimensions[r].height = 20
        r += 1
    r += 1
    put(ws, f"A{r}", "（２）成果指標", size=10, bold=True, wrap=False)
    r += 1
    heads = ("No.", "成果指標", "基準値\n（R4）", "R5実績", "R6目標", "R6実績", "目標値\n（R7）")
    for col, text in zip("ABCDEFG", heads):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[r].height = 28
    r += 1
    for no, name, *vals in SATSUMA_OUT:
        put(ws, f"A{r}", no, box=True, h="center")
        put(ws, f"B{r}", name, box=True)
        for col, v in zip("CDEFG", vals):
            put(ws, f"{col}{r}", v, box=True, h="right")
        ws.row_dimensions[r].height = 28
        r += 1
    r = notes_block(
        ws,
        r,
        [
            "※1　No.1は、10月から翌年4月までの出荷期の出荷量を、出荷期が始まる年度の欄に計上している。",
            "※2　No.3は、受付時に把握した概数のため「約」を付している。",
            "※3　イの1束は、長さ2m程度に切りそろえた竹材10本を束ねたものである。",
        ],
        "G",
        height=22,
    )
    r += 1
    put(ws, f"A{r}", "３　評価", size=11, bold=True, wrap=False)
    r += 1
    fields = [
        ("成果の評価", "A（順調）"),
        ("今後の方向性", "拡充"),
        (
            "評価の理由",
            "早掘りたけのこの出荷量はR6目標を18t上回り、竹材の出荷量も前年度比で約15％増加した。工芸センターの入館者数はR6目標に0.6千人届かなかったが、竹細工体験と組み合わせた周遊の利用が伸びており、令和7年度は町外からの体験受入れを拡充する。",
        ),
    ]
    fields_block(ws, r, fields, ("A", "B"), ("C", "G"), {"評価の理由": 42})
    page(ws, landscape=False)
    save(wb, SRC / "satsuma_takenoko_shuyo_seika_r6.xlsx")


# ---------------------------------------------------------------- 五島市 (PDF from XLSX, landscape)
# (No., KPI, unit, 事業開始前, R4目標, R4実績, R5目標, R5実績, R6目標, R6見込, 達成状況（令和5年度）)
GOTO_ROWS = (
    ("①", "移住相談件数", "件", 312, 350, 368, 400, 421, 450, 436, "達成"),
    (
        "②",
        "お試し住宅の利用者数",
        "人",
        "延べ186",
        "延べ220",
        "延べ241",
        "延べ260",
        "延べ255",
        "延べ300",
        "延べ292",
        "未達成",
    ),
    ("③", "ワーケーション・テレワーク施設の利用企業数", "社", "―", 10, 8, 15, 17, 20, 22, "達成"),
    ("④", "移住者の定着率（5年）", "%", 78.4, 80.0, 80.9, 80.0, 80.3, 80.0, 80.7, "達成"),
)


def build_goto():
    wb = Workbook()
    ws = wb.active
    ws.title = "効果検証シート"
    cols = "ABCDEFGHIJKL"
    for col, w in zip(cols, (5, 34, 6, 11, 8, 8, 8, 8, 8, 8, 11, 4)):
        ws.column_dimensions[col].width = w
    merge(
        ws,
        "A1:K1",
        "令和６年度　地方創生推進交付金事業　効果検証シート",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:K2", "令和7年2月　五島市", h="right")
    put(ws, "A4", "１　事業の概要", size=11, bold=True, wrap=False)
    fields = [
        ("交付対象事業の名称", "「しまで暮らす・しまで働く」移住定住・関係人口創出事業"),
        ("交付金の種類", "デジタル田園都市国家構想交付金（地方創生推進タイプ）"),
        ("事業期間", "令和4年度～令和6年度（3か年）"),
        ("総事業費", "3か年計　36,900千円（うち交付金　18,450千円）"),
        ("担当課", "地域協働課"),
        (
            "市の概要",
            "本市は平成16年（2004年）8月1日に福江市と南松浦郡の富江町・玉之浦町・三井楽町・岐宿町・奈留町の1市5町が合併して誕生した。"
            "九州の最西端、長崎港から西へ約100kmの五島列島の南西部に位置し、11の有人島と52の無人島からなる。総面積は420.12km²、人口は31,966人（2024年4月1日推計）である。"
            "平成30年（2018年）に世界文化遺産に登録された「長崎と天草地方の潜伏キリシタン関連遺産」は、構成資産12件のうち4件が五島列島にある。",
        ),
    ]
    r = fields_block(ws, 5, fields, ("A", "B"), ("C", "K"), {"市の概要": 52})
    r += 1
    put(ws, f"A{r}", "２　重要業績評価指標（KPI）の達成状況", size=11, bold=True, wrap=False)
    r += 1
    top = r
    for col, text in (
        ("A", "No."),
        ("B", "重要業績評価指標（KPI）"),
        ("C", "単位"),
        ("D", "事業開始前\n（R4.3末）"),
        ("K", "達成状況\n（令和5年度）"),
    ):
        merge(ws, f"{col}{top}:{col}{top + 1}", text, bold=True, box=True, shade=True, h="center")
    for first, last, year in (
        ("E", "F", "令和4年度"),
        ("G", "H", "令和5年度"),
        ("I", "J", "令和6年度"),
    ):
        merge(ws, f"{first}{top}:{last}{top}", year, bold=True, box=True, shade=True, h="center")
    for col, text in zip("EFGHIJ", ("目標値", "実績値", "目標値", "実績値", "目標値", "見込値")):
        put(ws, f"{col}{top + 1}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[top].height = 18
    ws.row_dimensions[top + 1].height = 18
    r = top + 2
    for row in GOTO_ROWS:
        for col, v in zip("ABCDEFGHIJK", row):
            if col == "B":
                put(ws, f"{col}{r}", v, box=True)
            elif col in "ACK" or v == "―":
                put(ws, f"{col}{r}", v, box=True, h="center")
            else:
                put(ws, f"{col}{r}", v, box=True, h="right")
        ws.row_dimensions[r].height = 24
        r += 1
    r = notes_block(
        ws,
        r,
        [
            "※1　令和6年度の見込値は、令和7年1月末までの実績をもとに推計した年度末の見込みである。",
            "※2　③の事業開始前は、施設の開設前のため「―」としている。",
            "※3　④は、過去5年間に移住した人のうち、各年度末時点で市内に住み続けている人の割合である。",
            "※4　達成状況は、令和5年度の目標値に対する実績値の状況である。",
        ],
        "K",
        height=16,
    )
    r += 1
    put(ws, f"A{r}", "３　効果検証の結果", size=11, bold=True, wrap=False)
    r += 1
    fields = [
        ("地方創生への効果", "地方創生に効果があった"),
        ("今後の方針", "事業の継続（令和7年度以降は自主財源により実施）"),
        (
            "推進会議の意見",
            "KPI4項目のうち3項目が令和5年度の目標値を達成した。移住相談はオンライン相談の定着により前年度比で53件増加しており、お試し住宅は空き家の改修により受入れ枠を広げるべきである。",
        ),
    ]
    fields_block(ws, r, fields, ("A", "B"), ("C", "K"), {"推進会議の意見": 34})
    page(ws, landscape=True)
    save(wb, SRC / "goto_iju_kofukin_kensho_r6.xlsx")


# ---------------------------------------------------------------- 益城町 (HTML)
# (大綱, [(No., name, unit, 策定時（2年度）, 4年度, 5年度, 6年度, 中間（6年度）, 最終（8年度）)])
MASHIKI_GROUPS = (
    (
        "大綱1　災害に強く安全・安心に暮らせるまち",
        (
            (1, "自主防災組織の組織率", "%", "78.5", "80.2", "82.6", "84.1", "85.0", "90.0"),
            (
                2,
                "防災士の資格取得者数",
                "人",
                "累計112",
                "累計131",
                "累計150",
                "累計176",
                "累計170",
                "累計200",
            ),
        ),
    ),
    (
        "大綱2　人が集い、にぎわいと活力を生み出すまち",
        (
            (
                3,
                "熊本地震震災遺構（布田川断層帯）の見学者数",
                "千人",
                "9.8",
                "12.6",
                "15.8",
                "18.2<br>（12月末）",
                "20.0",
                "25.0",
            ),
            (4, "町内への新規立地企業数", "社", "2", "3", "5", "4", "5", "5"),
        ),
    ),
    (
        "大綱3　子どもを安心して産み育てられるまち",
        (
            (
                5,
                "子育てしやすいまちだと感じる保護者の割合",
                "%",
                "58.2",
                "―（調査なし）",
                "62.4",
                "―（調査なし）",
                "65.0",
                "70.0",
            ),
        ),
    ),
)


def mashiki_rows():
    out = []
    for group, rows in MASHIKI_GROUPS:
        for i, (no, name, unit, *vals) in enumerate(rows):
            cells = []
            if i == 0 and len(rows) > 1:
                cells.append(
                    f'<th scope="rowgroup" rowspan="{len(rows)}" class="taiko">{group}</th>'
                )
            elif i == 0:
                cells.append(f'<th scope="rowgroup" class="taiko">{group}</th>')
            cells.append(f'<td class="c">{no}</td>')
            cells.append(f'<td class="name">{name}</td>')
            cells.append(f'<td class="c">{unit}</td>')
            cells.extend(f"<td>{v}</td>" for v in vals)
            out.append("<tr>" + "".join(cells) + "</tr>")
    return "\n".join(out)


MASHIKI = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>第6次益城町総合計画 第2期基本計画 成果指標の進捗状況（令和６年度） - 益城町</title>
<style>
table { border-collapse: collapse; margin-bottom: 0.5em; }
th, td { border: 1px solid #333; padding: 2px 6px; }
td { text-align: right; }
td.name { text-align: left; }
td.c { text-align: center; }
th { background: #eef3ea; }
th.taiko { text-align: left; font-weight: normal; }
dt { font-weight: bold; }
</style>
</head>
<body>
<nav aria-label="パンくずリスト"><ol>
<li><a href="/">ホーム</a></li>
<li><a href="/gyosei/">町政情報</a></li>
<li><a href="/gyosei/keikaku/">計画・施策</a></li>
<li>第6次益城町総合計画 第2期基本計画 成果指標の進捗状況（令和６年度）</li>
</ol></nav>
<main>
<h1>第6次益城町総合計画 第2期基本計画 成果指標の進捗状況（令和６年度）</h1>
<p class="update">更新日：2025年10月15日　担当：企画財政課</p>
<p>益城町は、昭和29年（1954年）に木山町と広安村・飯野村・福田村・津森村の1町4村が合併して誕生した町で、熊本県のほぼ中央、熊本市の東隣に位置しています。面積は65.68km²、人口は33,261人（2024年10月1日推計）です。町内には阿蘇くまもと空港や益城熊本空港インターチェンジがあり、交通の要衝となっています。平成28年（2016年）4月14日の前震と16日の本震で2度の震度7を観測した熊本地震から復旧・復興を進め、令和5年（2023年）5月8日には新庁舎での業務を開始しました。</p>
<p>第6次益城町総合計画は、益城町復興計画を組み込んで策定した町の最上位計画です。第2期基本計画の3年目にあたる6年度の成果指標の実績を取りまとめましたので、お知らせします。表中の中間目標は、計画期間の中間年度の目標値です。</p>
<dl>
<dt>計画の名称</dt><dd>第6次益城町総合計画</dd>
<dt>将来像</dt><dd>住みたいまち・住み続けたいまち・次世代に継承したいまち</dd>
<dt>計画期間</dt><dd>第2期基本計画　令和4年度～令和8年度（5年間）</dd>
<dt>担当課</dt><dd>企画財政課</dd>
</dl>
<h2>まちづくりの大綱ごとの成果指標</h2>
<table>
<thead>
<tr><th scope="col" rowspan="2">大綱</th><th scope="col" rowspan="2">No.</th><th scope="col" rowspan="2">成果指標</th><th scope="col" rowspan="2">単位</th><th scope="col" rowspan="2">策定時<br>（2年度）</th><th scope="colgroup" colspan="3">実績値</th><th scope="colgroup" colspan="2">目標値</th></tr>
<tr><th scope="col">4年度</th><th scope="col">5年度</th><th scope="col">6年度</th><th scope="col">中間<br>（6年度）</th><th scope="col">最終<br>（8年度）</th></tr>
</thead>
<tbody>
@ROWS@
</tbody>
</table>
<p>※1　No.3の6年度の実績値は、令和6年12月末時点の見学者数です（年度途中の値）。</p>
<p>※2　No.5は、隔年で実施している子育て世帯アンケートによる値です。アンケートを実施していない年度は「―（調査なし）」としています。</p>
<p>※3　No.2は、町の資格取得助成制度を活用した防災士の累計人数です。</p>
<h2>今後の取組</h2>
<p>6年度は、5つの成果指標のうち防災士の資格取得者数が中間目標を上回りました。震災遺構の見学者数は年度途中の値で中間目標の9割を超えており、引き続き震災の記憶と教訓の継承に取り組みます。</p>
<p class="contact">お問い合わせ：益城町役場　企画財政課　〒861-2295　熊本県上益城郡益城町大字宮園702番地</p>
</main>
</body>
</html>
"""


def build_mashiki():
    text = MASHIKI.replace("@ROWS@", mashiki_rows())
    (HERE / "mashiki_sogo6_seika_shihyo_r6.html").write_text(text, encoding="utf-8")


def to_pdf():
    for name in ("satsuma_takenoko_shuyo_seika_r6", "goto_iju_kofukin_kensho_r6"):
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
    build_okawa()
    build_satsuma()
    build_goto()
    build_mashiki()
    if "--no-pdf" not in sys.argv:
        to_pdf()


if __name__ == "__main__":
    main()
