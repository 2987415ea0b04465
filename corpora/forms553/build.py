"""Build forms553: four KPI documents of 松江市, 川南町, 佐々町 and 岡垣町.

Writes `kawaminami_keitora_jimujigyo_r6.xlsx` (the workbook is the document), `matsue_ruby_kofukin_kensho_r5.html`
and the XLSX sources `source/saza_shirouo_shuyo_seika_r5.xlsx` and `source/okagaki_sousei2_kpi_kensho_r6.xlsx`,
which LibreOffice turns into `saza_shirouo_shuyo_seika_r5.pdf` and `okagaki_sousei2_kpi_kensho_r6.pdf`.
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
STAMP = datetime.datetime(2025, 8, 4, 9, 0, 0)
STAMP_TEXT = "2025-08-04T09:00:00Z"


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


def number(cell, v, decimals=1):
    if isinstance(v, float):
        cell.number_format = "#,##0." + "0" * decimals
    elif isinstance(v, int):
        cell.number_format = "#,##0"


def save(wb, path):
    """Save with fixed properties and fixed zip timestamps, so the bytes do not change."""
    wb.properties.creator = "forms553"
    wb.properties.lastModifiedBy = "forms553"
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
            info = zipfile.ZipInfo(item.filename, date_time=(2025, 8, 4, 9, 0, 0))
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


def fields_block(ws, r, fields, key_rng, val_rng, tall):
    """Key | value rows; key_rng and val_rng are column pairs such as ("A", "B")."""
    for key, val in fields:
        merge(ws, f"{key_rng[0]}{r}:{key_rng[1]}{r}", key, bold=True, box=True, shade=True)
        merge(ws, f"{val_rng[0]}{r}:{val_rng[1]}{r}", val, box=True)
        ws.row_dimensions[r].height = (
            tall if key in ("事業の概要", "事業の内容", "町の概要") else 18
        )
        r += 1
    return r


# ---------------------------------------------------------------- 川南町 (XLSX document, portrait, two sheets)
def years_down_grid(ws, r, groups, names, rows, shaded_rows, height=30):
    """A grid with years down the side: a 区分 band row, a row of indicator names, then one row per period."""
    merge(ws, f"A{r}:A{r + 1}", "年度", bold=True, box=True, shade=True, h="center")
    col = 1
    for label, span in groups:
        first = chr(ord("A") + col)
        end = chr(ord("A") + col + span - 1)
        merge(ws, f"{first}{r}:{end}{r}", label, bold=True, box=True, shade=True, h="center")
        col += span
    ws.row_dimensions[r].height = 18
    r += 1
    for i, name in enumerate(names):
        put(ws, f"{chr(ord('B') + i)}{r}", name, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[r].height = height + 12
    r += 1
    for label, *vals in rows:
        shade = label in shaded_rows
        put(ws, f"A{r}", label, bold=True, box=True, shade=True, h="center")
        for i, v in enumerate(vals):
            c = put(ws, f"{chr(ord('B') + i)}{r}", v, box=True, shade=shade, h="right")
            number(c, v)
        ws.row_dimensions[r].height = 20
        r += 1
    return r


def build_kawaminami():
    wb = Workbook()
    ws = wb.active
    ws.title = "事務事業評価"
    for col, w in {"A": 15, "B": 14, "C": 14, "D": 14, "E": 14, "F": 14}.items():
        ws.column_dimensions[col].width = w
    merge(
        ws,
        "A1:F1",
        "令和７年度　事務事業評価シート（令和６年度実施事業）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:F2", "作成日　令和7年7月25日　　川南町", h="right")
    put(ws, "A4", "１　事業の概要", size=11, bold=True, wrap=False)
    fields = [
        ("事務事業名", "トロントロン軽トラ市・商店街にぎわい創出支援事業"),
        ("担当課", "産業推進課　商工観光係"),
        ("関連計画", "川南町総合計画　後期基本計画"),
        ("事業期間", "令和4年度～令和8年度"),
        ("事業費（R6決算）", "3,240千円（うち軽トラ市運営補助金　2,400千円）"),
        (
            "事業の概要",
            "本町は宮崎県のほぼ中央、宮崎市から北東へ約35kmに位置し、面積は90.12km²、人口は14,647人（2023年9月1日推計）である。"
            "戦後の開拓で全国から入植者が集まり、「川南合衆国」とも呼ばれる。"
            "トロントロン軽トラ市は平成18年（2006年）9月に64台で始まった定期朝市で、現在は毎月第4日曜日、約130台の軽トラックが商店街の約600mに並ぶ。"
            "「日本三大軽トラ市」のひとつに数えられるが、平成22年（2010年）の口蹄疫と令和2年（2020年）3月から9月の新型コロナウイルス感染症拡大の際には開催を自粛した。"
            "本事業では、軽トラ市の運営補助（出店料は1台3,000円）と、商店街の空き店舗への出店支援を行う。",
        ),
    ]
    r = fields_block(ws, 5, fields, ("A", "B"), ("C", "F"), 96)
    r += 1
    put(ws, f"A{r}", "２　指標の推移", size=11, bold=True, wrap=False)
    r += 1
    names = [
        "①軽トラ市の開催回数（回）",
        "②1回あたり平均出店台数（台/回）",
        "③1回あたり平均来場者数（千人/回）",
        "④商店街空き店舗への新規出店数（件）",
        "⑤出店者アンケートの満足度（％）",
    ]
    rows = [
        ("基準値（R元）", "11※1", 128, 9.6, 1, "―※2"),
        ("R4実績", 12, 118, 8.4, 2, 81.5),
        ("R5実績", 12, 124, 9.2, 3, 84.0),
        ("R6目標", 12, 130, 10.0, 3, 85.0),
        ("R6実績", "11※3", 127, 10.3, 2, 86.2),
        ("R8目標（最終）", 12, 135, 11.0, "累計15※4", 90.0),
    ]
    r = years_down_grid(
        ws, r, (("活動指標", 2), ("成果指標", 3)), names, rows, {"R6目標", "R8目標（最終）"}
    )
    notes = [
        "※1　基準値（R元）の①は、令和2年3月を新型コロナウイルス感染症の拡大防止のため中止したため11回です。",
        "※2　⑤の出店者アンケートは令和4年度から実施しています。",
        "※3　令和7年1月は荒天のため中止しました。",
        "※4　④の最終目標は、令和4年度から令和8年度までの5年間の累計です。",
        "※5　③は軽トラ市の来場者計数による1回あたりの平均で、千人単位（小数第1位まで）で記載しています。網掛けの行は目標値です。",
    ]
    for note in notes:
        merge(ws, f"A{r}:F{r}", note, size=8)
        ws.row_dimensions[r].height = 15
        r += 1
    r += 1
    put(ws, f"A{r}", "３　評価", size=11, bold=True, wrap=False)
    r += 1
    fields = [
        ("評価", "B（概ね順調）"),
        (
            "今後の方向性",
            "継続（来場者数は目標を上回ったが、出店台数と空き店舗への出店は伸び悩んだ。令和7年度は町外の出店者の募集を強化する。）",
        ),
    ]
    r = fields_block(ws, r, fields, ("A", "B"), ("C", "F"), 18)
    ws.row_dimensions[r - 1].height = 32
    page(ws, landscape=False)

    # the form's instructions, with an example grid (記入例), as the town's template carries them
    wi = wb.create_sheet("記入要領")
    for col, w in {"A": 15, "B": 22, "C": 22, "D": 14, "E": 14, "F": 14}.items():
        wi.column_dimensions[col].width = w
    merge(wi, "A1:F1", "事務事業評価シート　記入要領", size=14, bold=True, h="center")
    lines = [
        "１　「事業の概要」には、事業の目的と内容を簡潔に記入してください。",
        "２　「指標の推移」には、活動指標と成果指標を合わせて5つまで記入してください。年度を縦に、指標を横に並べます。",
        "３　指標名の後ろに単位を括弧書きで記入し、目標値の行には網掛けをしてください。",
        "４　数値の根拠や中止などの事情は、表の下に注記してください。",
    ]
    r = 3
    for line in lines:
        merge(wi, f"A{r}:F{r}", line)
        wi.row_dimensions[r].height = 18
        r += 1
    r += 1
    put(wi, f"A{r}", "（記入例）", size=11, bold=True, wrap=False)
    r += 1
    names = ["①○○教室の開催回数（回）", "②○○教室の参加者数（人）"]
    rows = [
        ("基準値（R元）", 10, 150),
        ("R4実績", 12, 168),
        ("R5実績", 12, 175),
        ("R6目標", 12, 180),
        ("R6実績", 11, 183),
        ("R8目標（最終）", 12, 200),
    ]
    r = years_down_grid(
        wi,
        r,
        (("活動指標", 1), ("成果指標", 1)),
        names,
        rows,
        {"R6目標", "R8目標（最終）"},
        height=18,
    )
    merge(
        wi,
        f"A{r}:F{r}",
        "※　記入例の数値は架空のものです。実際の指標に置き換えてください。",
        size=8,
    )
    page(wi, landscape=False)
    save(wb, HERE / "kawaminami_keitora_jimujigyo_r6.xlsx")


# ---------------------------------------------------------------- 佐々町 (PDF, portrait)
def build_saza():
    wb = Workbook()
    ws = wb.active
    ws.title = "主要施策の成果"
    widths = {"A": 5, "B": 30, "C": 7, "D": 10, "E": 9, "F": 9, "G": 9, "H": 9, "I": 10}
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
    merge(ws, "A2:I2", "令和6年9月　佐々町", h="right")
    fields = [
        ("事業名", "河津桜・シロウオを活かした観光交流推進事業"),
        ("所管課", "産業経済課"),
        ("会計区分", "一般会計　7款 商工費　1項 商工費　3目 観光費"),
        ("決算額", "令和5年度　4,860千円（うち県補助金　1,200千円）"),
        ("関連計画", "佐々町まち・ひと・しごと創生総合戦略"),
        (
            "事業の内容",
            "本町は長崎県の北部に位置し、佐世保市中心部から北へ約15km、周囲を佐世保市に囲まれた面積32.26km²の町で、人口は13,765人（2024年10月1日推計）である。"
            "明治22年（1889年）4月に佐々村と市瀬村が合併し、昭和16年（1941年）1月1日に町制を施行した。炭鉱の町として栄えたが、昭和44年（1969年）4月までに全ての炭鉱が閉山した。"
            "町の中央を延長21.9kmの佐々川が流れ、川沿い約1.5kmの桜堤には河津桜約260本が植えられている。2月上旬から3月下旬には両岸に約70基の足場を組んで四つ手網でシロウオを獲る漁が行われる。"
            "佐々町商工会が主催する「河津桜・シロウオまつり」は、新型コロナウイルス感染症による中止を経て3年ぶりに開催した回に約30のブースが並んだ。"
            "本事業では、まつりの開催支援、ガイドマップの作成・配布、町外での観光PRを行う。",
        ),
    ]
    r = fields_block(ws, 4, fields, ("A", "B"), ("C", "I"), 96)
    r += 1
    put(ws, f"A{r}", "（１）事業の実績", size=11, bold=True, wrap=False)
    r += 1
    for col, text in (
        ("A", "No."),
        ("B", "項目"),
        ("C", "単位"),
        ("D", "R3実績"),
        ("E", "R4実績"),
        ("F", "R5実績"),
    ):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[r].height = 18
    r += 1
    for no, name, unit, *vals in (
        ("ア", "河津桜・シロウオまつりの出店ブース数", "ブース", "中止※1", 30, 34),
        ("イ", "観光ガイドマップの配布部数", "千部", 5.0, 8.0, 10.0),
    ):
        put(ws, f"A{r}", no, box=True, h="center")
        put(ws, f"B{r}", name, box=True)
        put(ws, f"C{r}", unit, box=True, h="center")
        for col, v in zip("DEF", vals):
            c = put(ws, f"{col}{r}", v, box=True, h="right")
            number(c, v)
        ws.row_dimensions[r].height = 20
        r += 1
    r += 1
    put(ws, f"A{r}", "（２）成果指標", size=11, bold=True, wrap=False)
    r += 1
    head = (
        "No.",
        "成果指標",
        "単位",
        "基準値（R元）",
        "R4実績",
        "R5目標",
        "R5実績",
        "達成状況",
        "目標値（R7）",
    )
    for col, text in zip("ABCDEFGHI", head):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[r].height = 30
    r += 1
    rows = [
        ("①", "河津桜・シロウオまつりの来場者数※2", "人", 4200, 3600, 4500, 5100, "達成", 5000),
        ("②", "シロウオ料理を提供する町内飲食店数", "店舗", 6, 7, 8, 8, "達成", "10～12"),
        ("③", "観光入込客数（町全体）※3", "千人", 186.4, 172.0, 190.0, 181.3, "未達成", 200.0),
    ]
    for no, name, unit, *vals in rows:
        put(ws, f"A{r}", no, box=True, h="center")
        put(ws, f"B{r}", name, box=True)
        put(ws, f"C{r}", unit, box=True, h="center")
        for col, v in zip("DEFGHI", vals):
            c = put(ws, f"{col}{r}", v, box=True, h="center" if col == "H" else "right")
            number(c, v)
        ws.row_dimensions[r].height = 30
        r += 1
    notes = [
        "※1　令和3年度（令和4年3月）のまつりは、新型コロナウイルス感染症の拡大防止のため中止しました。",
        "※2　①は、毎年3月上旬に開催する河津桜・シロウオまつりの来場者数（主催者発表）です。",
        "※3　③は長崎県観光統計による暦年（1月～12月）の値です。基準値（R元）は令和元年、R4実績は令和4年、R5は令和5年の値で、目標値も暦年です。",
    ]
    for note in notes:
        merge(ws, f"A{r}:I{r}", note, size=8)
        ws.row_dimensions[r].height = 24 if len(note) > 60 else 15
        r += 1
    r += 1
    put(ws, f"A{r}", "（３）成果と今後の方向性", size=11, bold=True, wrap=False)
    r += 1
    merge(
        ws,
        f"A{r}:I{r}",
        "まつりの来場者数は5,100人となり、R5目標を上回った。シロウオ料理の提供店は8店舗に増え、令和6年2月から3月のシロウオ漁の期間には町内の飲食店を巡るスタンプラリーを初めて実施した。"
        "一方、町全体の観光入込客数は新型コロナウイルス感染症の拡大前の水準に戻っていない。令和6年度は河津桜の見頃に合わせた町外向けのPRを年3回に増やす。",
        box=True,
    )
    ws.row_dimensions[r].height = 48
    page(ws, landscape=False)
    save(wb, SRC / "saza_shirouo_shuyo_seika_r5.xlsx")


# ---------------------------------------------------------------- 岡垣町 (PDF, landscape)
def build_okagaki():
    wb = Workbook()
    ws = wb.active
    ws.title = "KPI検証"
    widths = {
        "A": 9,
        "B": 5,
        "C": 40,
        "D": 7,
        "E": 11,
        "F": 9,
        "G": 9,
        "H": 9,
        "I": 10,
        "J": 10,
        "K": 7,
    }
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    merge(
        ws,
        "A1:K1",
        "第2期岡垣町まち・ひと・しごと創生総合戦略　重要業績評価指標（ＫＰＩ）の検証シート（令和６年度）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:K2", "令和7年2月　岡垣町 総合政策課", h="right")
    fields = [
        ("計画の名称", "第2期岡垣町まち・ひと・しごと創生総合戦略"),
        ("計画期間", "令和2年度～令和6年度（5年間）"),
        ("担当課", "総合政策課　政策企画係"),
        (
            "町の概要",
            "本町は福岡県の北部、北九州市の西約30km、福岡市の北東約40kmに位置し、面積は48.64km²、人口は31,553人（2023年12月31日現在）である。"
            "2005年の国勢調査で遠賀郡で最も人口の多い町となった。北部の響灘に面する三里松原は「日本の白砂青松100選」に選ばれ、波津海水浴場は「快水浴場百選」に選ばれている。"
            "「うみがめもかえる町」を掲げ、海岸の自然の保護に取り組んでいる。",
        ),
    ]
    r = fields_block(ws, 4, fields, ("A", "B"), ("C", "K"), 44)
    merge(
        ws,
        f"A{r}:K{r}",
        "※　R6の実績見込は、令和6年12月末までの実績をもとに推計した年度末の見込値です。",
        size=8,
    )
    r += 2
    put(
        ws,
        f"A{r}",
        "■基本目標２　岡垣町への新しいひとの流れをつくる",
        size=11,
        bold=True,
        wrap=False,
    )
    r += 1
    top, low = r, r + 1
    for col, text in (
        ("A", "区分"),
        ("B", "No."),
        ("C", "指標"),
        ("D", "単位"),
        ("E", "基準値（H30）"),
        ("K", "評価"),
    ):
        merge(ws, f"{col}{top}:{col}{low}", text, bold=True, box=True, shade=True, h="center")
    merge(ws, f"F{top}:H{top}", "実績値", bold=True, box=True, shade=True, h="center")
    merge(ws, f"I{top}:J{top}", "R6", bold=True, box=True, shade=True, h="center")
    for col, text in zip("FGHIJ", ("R3", "R4", "R5", "目標値", "実績見込")):
        put(ws, f"{col}{low}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[top].height = 18
    ws.row_dimensions[low].height = 18
    r = low + 1
    rows = [
        (
            "数値目標",
            "",
            "社会増減数（転入者数－転出者数）",
            "人",
            "△85",
            "△42",
            12,
            "△16",
            "±0",
            24,
            "A",
        ),
        (
            "KPI",
            "①",
            "三里松原・波津海岸の清掃ボランティア参加者数",
            "人",
            1240,
            860,
            1120,
            1380,
            1500,
            1450,
            "B",
        ),
        (
            "KPI",
            "②",
            "波津海水浴場の海水浴客数",
            "千人",
            42.5,
            30.1,
            38.7,
            44.2,
            "45.0※1",
            47.3,
            "A",
        ),
        ("KPI", "③", "ウミガメの上陸・産卵の確認回数", "回", 8, 5, 11, 7, 10, 9, "B"),
        (
            "KPI",
            "④",
            "ふるさと納税の寄附額",
            "百万円",
            312.5,
            498.0,
            602.3,
            655.8,
            700.0,
            680.0,
            "B",
        ),
    ]
    first_kpi = r + 1
    for kubun, no, name, unit, *vals in rows:
        if kubun == "数値目標":
            put(ws, f"A{r}", kubun, box=True, h="center")
        put(ws, f"B{r}", no, box=True, h="center")
        put(ws, f"C{r}", name, box=True)
        put(ws, f"D{r}", unit, box=True, h="center")
        for col, v in zip("EFGHIJK", vals):
            c = put(ws, f"{col}{r}", v, box=True, h="center" if col == "K" else "right")
            number(c, v)
        ws.row_dimensions[r].height = 24
        r += 1
    merge(ws, f"A{first_kpi}:A{r - 1}", "KPI", box=True, h="center")
    notes = [
        "評価　A：R6目標値を達成（見込を含む）　B：目標値に届かないが基準値より改善　C：基準値より悪化",
        "※1　②のR6目標値は、令和4年度の中間見直しで上方修正しました（当初40.0）。",
        "※2　③は町のウミガメ保護監視員による記録で、5月～8月の確認回数です。",
        "※3　△はマイナスを表します。",
    ]
    for note in notes:
        merge(ws, f"A{r}:K{r}", note, size=8)
        ws.row_dimensions[r].height = 15
        r += 1
    r += 1
    put(ws, f"A{r}", "■検証の結果", size=11, bold=True, wrap=False)
    r += 1
    merge(
        ws,
        f"A{r}:K{r}",
        "5つの指標のうち2つで目標値を達成する見込みとなり、残る3つも基準値より改善した。社会増減数は令和4年度に転入超過に転じ、令和6年度も24人の転入超過となる見込みである。"
        "海水浴客数は令和5年度に基準値を上回った。ふるさと納税の寄附額は6億8,000万円の見込みで、目標の7億円には届かない。",
        box=True,
    )
    ws.row_dimensions[r].height = 36
    page(ws, landscape=True)
    save(wb, SRC / "okagaki_sousei2_kpi_kensho_r6.xlsx")


# ---------------------------------------------------------------- 松江市 (HTML)
def band(label, name, unit, targets, actuals, rates):
    """One KPI as three rows: 目標値, 実績値, 達成率; the first column is the baseline (no target, no rate)."""
    na = '<td class="none"></td>'
    t = "".join(f"<td>{v}</td>" for v in targets)
    a = "".join(f"<td>{v}</td>" for v in actuals)
    p = "".join(f"<td>{v}</td>" for v in rates)
    return (
        f'<tr><th rowspan="3" scope="rowgroup">{label}<br>{name}</th><td rowspan="3">{unit}</td>'
        f'<th scope="row">目標値</th>{na}{t}</tr>\n'
        f'<tr><th scope="row">実績値</th>{a}</tr>\n'
        f'<tr><th scope="row">達成率</th>{na}{p}</tr>\n'
    )


MATSUE_BANDS = (
    band(
        "KPI①",
        "IT関連企業の新規立地件数",
        "件",
        (3, 3, 3),
        (2, 4, 2, 3),
        ("133.3%", "66.7%", "100.0%"),
    )
    + band(
        "KPI②",
        "Ruby・IT人材育成講座の修了者数",
        "人",
        (100, 110, 120),
        (85, 96, 118, 131),
        ("96.0%", "107.3%", "109.2%"),
    )
    + band(
        "KPI③",
        "市内IT関連企業の新規雇用者数",
        "人",
        (70, 75, 80),
        (62, 58, 81, "集計中<sup>※1</sup>"),
        ("82.9%", "108.0%", "―"),
    )
    + band(
        "KPI④",
        "松江オープンソースラボの利用者数",
        "千人",
        ("9.0", "10.0", "11.0"),
        ("8.2", "6.4", "9.8", "11.5"),
        ("71.1%", "98.0%", "104.5%"),
    )
)

MATSUE = (
    """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>令和５年度　地方創生関係交付金事業の効果検証（Ruby City MATSUE） - 松江市</title>
<style>
table { border-collapse: collapse; }
th, td { border: 1px solid #333; padding: 2px 6px; }
td { text-align: right; }
td.none { background: #d9d9d9; }
</style>
</head>
<body>
<nav aria-label="現在地"><ol>
<li><a href="/">ホーム</a></li>
<li><a href="/shisei/">市政情報</a></li>
<li><a href="/shisei/sangyo/">産業・雇用</a></li>
<li>令和５年度　地方創生関係交付金事業の効果検証（Ruby City MATSUE）</li>
</ol></nav>
<main>
<h1>令和５年度　地方創生関係交付金事業の効果検証（Ruby City MATSUE）</h1>
<p class="update">更新日：2024年12月20日</p>
<p>松江市は島根県の東部に位置する県庁所在地で、面積は572.96km²、人口は197,200人（2024年11月1日推計）です。宍道湖と中海に挟まれた城下町で、2015年（平成27年）7月8日には松江城の天守が国宝に指定されました。2018年（平成30年）に中核市に移行しています。</p>
<p>2005年（平成17年）の国勢調査で初めて人口が減少したことを受け、本市はプログラミング言語「Ruby」の開発者が市内に住んでいることを生かした産業振興策「Ruby City MATSUEプロジェクト」を2006年（平成18年）に始め、同年7月31日にはJR松江駅前に交流拠点「松江オープンソースラボ」を開設しました。2017年（平成29年）の時点で30社を超えるIT企業が市内に進出しています。</p>
<dl>
<dt>事業名</dt><dd>「Ruby City MATSUE」IT人材育成・企業集積推進事業</dd>
<dt>交付金</dt><dd>地方創生推進交付金（令和4年度からデジタル田園都市国家構想交付金（地方創生推進タイプ））</dd>
<dt>事業期間</dt><dd>令和3年度～令和5年度（3か年）</dd>
<dt>総事業費</dt><dd>3か年計　86,400千円（うち交付金　43,200千円）</dd>
<dt>担当課</dt><dd>産業経済部　まつえ産業支援センター</dd>
</dl>
<h2>重要業績評価指標（KPI）の目標と実績</h2>
<p>各KPIは、上段に目標値、中段に実績値、下段に達成率（実績値÷目標値）を示しています。基準値は、事業開始前の2020年度の実績値です。</p>
<table>
<thead>
<tr><th scope="col">KPI</th><th scope="col">単位</th><th scope="col">区分</th><th scope="col">基準値<br>（2020年度）</th><th scope="col">2021年度</th><th scope="col">2022年度</th><th scope="col">2023年度</th></tr>
</thead>
<tbody>
"""
    + MATSUE_BANDS
    + """</tbody>
</table>
<p>※1　③の2023年度実績は、雇用保険の被保険者データの提供を待って集計中です（2025年3月に確定する予定です）。</p>
<p>（注）④は松江オープンソースラボの年間の利用者数です。</p>
<h2>事業の評価</h2>
<p>4つのKPIのうち3つで2023年度の目標値を達成しました（③は集計中）。2024年8月に開催した松江市地方創生推進会議では、「地方創生に相当程度効果があった」との評価を受けました。事業期間の終了後も、IT人材の育成講座は市の単独事業として年2回開催します。</p>
</main>
<footer><p>松江市役所　産業経済部　まつえ産業支援センター</p></footer>
</body>
</html>
"""
)


def build_matsue():
    (HERE / "matsue_ruby_kofukin_kensho_r5.html").write_text(MATSUE, encoding="utf-8")


def to_pdf():
    for name in ("saza_shirouo_shuyo_seika_r5", "okagaki_sousei2_kpi_kensho_r6"):
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
    build_kawaminami()
    build_saza()
    build_okagaki()
    build_matsue()
    if "--no-pdf" not in sys.argv:
        to_pdf()


if __name__ == "__main__":
    main()
