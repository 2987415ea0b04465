"""Build forms583: four KPI documents of 鹿嶋市, 木更津市, 西東京市 and 海老名市.

Writes `kashima_gasshuku_jimujigyo_r6.xlsx` (the workbook is the document), `kisarazu_sousei_kpi_kensho_h30.html`,
`ebina_mirai_seika_shihyo_r5.csv` and the XLSX source `source/nishitokyo_shitanoya_shisaku_hyoka_r5.xlsx`, which
LibreOffice turns into `nishitokyo_shitanoya_shisaku_hyoka_r5.pdf`.
Run `/work/venv/bin/python build.py` (`--no-pdf` skips LibreOffice). XLSX, HTML and CSV are byte-stable.
"""
# ruff: noqa: E501, B905

import csv
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
    wb.properties.creator = "forms583"
    wb.properties.lastModifiedBy = "forms583"
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


def notes_block(ws, r, notes, first_col, last_col, height=15):
    for note in notes:
        merge(ws, f"{first_col}{r}:{last_col}{r}", note, size=8)
        ws.row_dimensions[r].height = height
        r += 1
    return r


# ---------------------------------------------------------------- 鹿嶋市 (XLSX document, portrait)
# (区分, No., name, unit, R4計画, R4実績, R5計画, R5実績, R6計画, R6実績, 最終目標（R8）)
KASHIMA_ROWS = (
    ("活動指標", 1, "スポーツ合宿の誘致件数", "件", 40, 42, 45, 51, 50, 55, 60),
    (
        "活動指標",
        2,
        "スポーツ合宿の宿泊者数",
        "千人泊",
        "延べ6.0",
        "延べ6.2",
        "延べ7.0",
        "延べ7.8",
        "延べ8.0",
        "延べ8.4",
        "延べ9.5",
    ),
    (
        "成果指標",
        3,
        "卜伝の郷運動公園の利用者数",
        "千人",
        150.0,
        142.6,
        155.0,
        158.3,
        160.0,
        163.9,
        175.0,
    ),
    ("成果指標", 4, "合宿団体のリピート率", "%", 60.0, 61.5, 62.0, 64.8, 64.0, 63.2, 70.0),
    (
        "成果指標",
        5,
        "スポーツ合宿による市内経済効果",
        "百万円",
        180,
        176,
        200,
        231,
        220,
        "248（見込）",
        260,
    ),
)
# (区分, R4決算, R5決算, R6決算)
KASHIMA_COST = (
    ("事業費", "11,820", "13,340", "12,480"),
    ("　うち合宿補助金", "4,800", "6,200", "5,600"),
    ("対前年度増減", "―", "1,520", "△860"),
)


def build_kashima():
    wb = Workbook()
    ws = wb.active
    ws.title = "事務事業評価"
    for col, w in zip("ABCDEFGHIJK", (8, 4, 25, 7, 8, 8, 8, 8, 8, 10, 9)):
        ws.column_dimensions[col].width = w
    merge(
        ws,
        "A1:K1",
        "令和７年度　事務事業評価シート（令和６年度実施事業）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:K2", "作成日　令和7年7月25日　　鹿嶋市", h="right")
    put(ws, "A4", "１　事業の概要", size=11, bold=True, wrap=False)
    fields = [
        ("事務事業名", "スポーツ合宿誘致推進事業"),
        ("担当課", "スポーツ推進課"),
        ("関連計画", "第四次鹿嶋市総合計画"),
        ("事業期間", "令和4年度～令和8年度（5年間）"),
        ("事業費（R6決算）", "12,480千円（うち合宿補助金　5,600千円）"),
        (
            "事業の概要",
            "本市は茨城県の南東部に位置し、東は鹿島灘、西は北浦に臨む。面積は106.02km²、人口は64,853人（2024年10月1日推計）である。平成7年（1995年）9月1日に鹿島町が大野村を編入して市制を施行した。"
            "常陸国一宮である鹿島神宮の門前町として栄え、鹿島アントラーズのホームタウンとして知られる。カシマサッカースタジアムは平成14年（2002年）のFIFAワールドカップの会場となり、令和元年の第74回国民体育大会や令和3年の東京2020オリンピックのサッカー競技大会も開催された。"
            "本事業では、ナイター照明付き全面人工芝の卜伝の郷運動公園などの施設を生かして大学・高校・社会人チームのスポーツ合宿を誘致し、合宿補助金の交付と受入れ調整により、市内宿泊施設の利用と交流人口の拡大を図る。",
        ),
    ]
    r = fields_block(ws, 5, fields, ("A", "B"), ("C", "K"), {"事業の概要": 86})
    r += 1
    put(ws, f"A{r}", "２　指標の推移", size=11, bold=True, wrap=False)
    r += 1
    h1, h2 = r, r + 1
    for col, text in zip("ABCD", ("区分", "No.", "指標名", "単位")):
        merge(ws, f"{col}{h1}:{col}{h2}", text, bold=True, box=True, shade=True, h="center")
    for cols, year in (("EF", "R4年度"), ("GH", "R5年度"), ("IJ", "R6年度")):
        merge(ws, f"{cols[0]}{h1}:{cols[1]}{h1}", year, bold=True, box=True, shade=True, h="center")
        put(ws, f"{cols[0]}{h2}", "計画", bold=True, box=True, shade=True, h="center")
        put(ws, f"{cols[1]}{h2}", "実績", bold=True, box=True, shade=True, h="center")
    merge(ws, f"K{h1}:K{h2}", "最終目標\n（R8）", bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[h1].height = 18
    ws.row_dimensions[h2].height = 18
    r = h2 + 1
    merge(ws, f"A{r}:A{r + 1}", "活動指標", box=True, h="center")
    merge(ws, f"A{r + 2}:A{r + 4}", "成果指標", box=True, h="center")
    for _kubun, no, name, unit, *vals in KASHIMA_ROWS:
        put(ws, f"B{r}", no, box=True, h="center")
        put(ws, f"C{r}", name, box=True)
        put(ws, f"D{r}", unit, box=True, h="center")
        for col, v in zip("EFGHIJK", vals):
            fmt = "#,##0.0" if isinstance(v, float) else None
            put(ws, f"{col}{r}", v, box=True, h="right", fmt=fmt)
        ws.row_dimensions[r].height = 24
        r += 1
    r = notes_block(
        ws,
        r,
        [
            "※1　No.2は、合宿参加者数に宿泊数を乗じた延べ人泊数である（単位：千人泊）。",
            "※2　No.4は、合宿を実施した団体のうち、前年度にも本市で合宿を実施した団体の割合である。",
            "※3　No.5のR6実績は、宿泊施設からの報告の一部が未確定のため、見込値である。",
        ],
        "A",
        "K",
    )
    r += 1
    put(ws, f"A{r}", "３　事業費の推移", size=11, bold=True, wrap=False)
    merge(ws, f"I{r}:K{r}", "（単位：千円）", h="right")
    r += 1
    merge(ws, f"A{r}:D{r}", "区分", bold=True, box=True, shade=True, h="center")
    for cols, text in (("EF", "R4決算"), ("GH", "R5決算"), ("IJ", "R6決算")):
        merge(ws, f"{cols[0]}{r}:{cols[1]}{r}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[r].height = 18
    r += 1
    for label, *vals in KASHIMA_COST:
        merge(ws, f"A{r}:D{r}", label, box=True)
        for cols, v in zip(("EF", "GH", "IJ"), vals):
            merge(ws, f"{cols[0]}{r}:{cols[1]}{r}", v, box=True, h="right")
        ws.row_dimensions[r].height = 18
        r += 1
    r += 1
    put(ws, f"A{r}", "４　評価", size=11, bold=True, wrap=False)
    r += 1
    fields = [
        ("事業の評価", "B（概ね順調）"),
        ("今後の方向性", "継続"),
        (
            "評価の理由",
            "誘致件数と宿泊者数は3年続けて計画を上回り、卜伝の郷運動公園の利用者数も計画を達成した。一方、リピート率はR6計画を0.8ポイント下回ったため、合宿終了後の満足度調査の結果を受入れ施設と共有し、次年度の受入れ内容を改善する。",
        ),
    ]
    fields_block(ws, r, fields, ("A", "B"), ("C", "K"), {"評価の理由": 42})
    page(ws, landscape=False)
    save(wb, HERE / "kashima_gasshuku_jimujigyo_r6.xlsx")


# ---------------------------------------------------------------- 西東京市 (PDF, landscape)
# left grid: (No., name, unit, 策定時（H29）, R3, R4, R5, 目標値（R5）)
NISHITOKYO_OUT = (
    (1, "史跡下野谷遺跡公園の来園者数", "千人", 18.4, 21.2, 24.6, 27.3, 25.0),
    (2, "縄文の森の秋まつりの来場者数", "人", 4200, "中止", 3150, 4480, 5000),
    (3, "市の歴史や文化に愛着を感じる市民の割合", "%", 38.6, 41.2, "―", 44.5, 45.0),
)
# right grid: (記号, name, unit, R3実績, R4実績, R5実績)
NISHITOKYO_ACT = (
    ("ア", "縄文体験講座・出前授業の開催回数", "回", 14, 22, 27),
    ("イ", "史跡ボランティアガイドの案内人数", "人", 612, 1185, 1430),
)


def build_nishitokyo():
    wb = Workbook()
    ws = wb.active
    ws.title = "施策評価シート"
    widths = (5, 28, 6, 9, 8, 8, 8, 9, 2, 5, 26, 5, 8, 8, 8)
    for col, w in zip("ABCDEFGHIJKLMNO", widths):
        ws.column_dimensions[col].width = w
    merge(ws, "A1:O1", "令和５年度　施策評価シート", size=14, bold=True, h="center")
    merge(ws, "A2:O2", "西東京市第2次総合計画・後期基本計画　　令和6年8月　西東京市", h="right")
    put(ws, "A4", "１　施策の概要", size=11, bold=True, wrap=False)
    fields = [
        ("施策番号", "2-3-2"),
        ("施策名", "歴史・文化の継承と活用"),
        ("主管課", "教育部　社会教育課"),
        (
            "計画期間",
            "基本構想　平成26年度～令和5年度（10年間）／後期基本計画　平成31年度～令和5年度（5年間）",
        ),
        (
            "施策の概要",
            "本市は、平成13年（2001年）1月21日に田無市と保谷市が合併して誕生した市で、面積は15.75km²、市域は東西4.8km、南北5.6kmである。"
            "市の南部、石神井川の流域にある下野谷遺跡は、約4～5千年前の縄文時代中期の環状集落で、南関東では傑出した規模と内容をもち、平成27年（2015年）に国史跡に指定された。"
            "下野谷遺跡公園では、毎年秋に市民との協働で「縄文の森の秋まつり」を開催している。本施策では、史跡の保存と公開、縄文文化の体験学習、ボランティアガイドの育成を通じて、市民が地域の歴史に親しむ機会を広げる。",
        ),
    ]
    r = fields_block(ws, 5, fields, ("A", "B"), ("C", "O"), {"施策の概要": 46})
    r += 1
    # two grids side by side: left A–H, right J–O, on the same rows
    put(ws, f"A{r}", "２　成果指標の推移", size=11, bold=True, wrap=False)
    put(ws, f"J{r}", "３　主な取組の実績", size=11, bold=True, wrap=False)
    r += 1
    h1, h2 = r, r + 1
    for col, text in zip("ABCD", ("No.", "成果指標", "単位", "策定時\n（H29）")):
        merge(ws, f"{col}{h1}:{col}{h2}", text, bold=True, box=True, shade=True, h="center")
    merge(ws, f"E{h1}:G{h1}", "実績値", bold=True, box=True, shade=True, h="center")
    for col, year in zip("EFG", ("R3", "R4", "R5")):
        put(ws, f"{col}{h2}", year, bold=True, box=True, shade=True, h="center")
    merge(ws, f"H{h1}:H{h2}", "目標値\n（R5）", bold=True, box=True, shade=True, h="center")
    for col, text in zip(
        "JKLMNO", ("記号", "取組（活動指標）", "単位", "R3実績", "R4実績", "R5実績")
    ):
        merge(ws, f"{col}{h1}:{col}{h2}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[h1].height = 18
    ws.row_dimensions[h2].height = 18
    r = h2 + 1
    first = r
    for no, name, unit, *vals in NISHITOKYO_OUT:
        put(ws, f"A{r}", no, box=True, h="center")
        put(ws, f"B{r}", name, box=True)
        put(ws, f"C{r}", unit, box=True, h="center")
        for col, v in zip("DEFGH", vals):
            put(ws, f"{col}{r}", v, box=True, h="center" if isinstance(v, str) else "right")
        ws.row_dimensions[r].height = 26
        r += 1
    rr = first
    for label, name, unit, *vals in NISHITOKYO_ACT:
        put(ws, f"J{rr}", label, box=True, h="center")
        put(ws, f"K{rr}", name, box=True)
        put(ws, f"L{rr}", unit, box=True, h="center")
        for col, v in zip("MNO", vals):
            put(ws, f"{col}{rr}", v, box=True, h="right")
        rr += 1
    r = notes_block(
        ws,
        r,
        [
            "※1　策定時は、後期基本計画の策定時に把握していた平成29年度の値である。",
            "※2　No.2の令和3年度は、新型コロナウイルス感染症の感染拡大防止のため、まつりを中止した。",
            "※3　No.3は市民意識調査の結果である。令和4年度は調査を実施していないため「―」としている。",
        ],
        "A",
        "H",
    )
    r += 1
    put(ws, f"A{r}", "４　施策の評価", size=11, bold=True, wrap=False)
    r += 1
    fields = [
        ("施策の評価", "B（概ね順調に進んでいる）"),
        ("今後の方向性", "現状維持"),
        (
            "評価の理由",
            "下野谷遺跡公園の来園者数は目標を上回り、ボランティアガイドの案内人数も令和4年度から大きく伸びた。秋まつりの来場者数は回復しつつあるが目標には届かず、市民意識調査の割合も目標をわずかに下回った。第3次総合計画では、史跡の整備と連動した体験学習の充実を図る。",
        ),
    ]
    fields_block(ws, r, fields, ("A", "B"), ("C", "O"), {"評価の理由": 32})
    page(ws, landscape=True)
    save(wb, SRC / "nishitokyo_shitanoya_shisaku_hyoka_r5.xlsx")


# ---------------------------------------------------------------- 木更津市 (HTML)
# (label, name, unit, 基準値 with its own year, H28, H29, H30, 目標値（H31年度）, 評価)
KISARAZU_GROUPS = (
    (
        "基本目標１　アクアラインを活かし、しごとをつくる",
        (
            (
                "①",
                "市内への企業立地件数",
                "件",
                "3（H26年度）",
                "5",
                "4",
                "6",
                "5年間で累計25件",
                "B",
            ),
            (
                "②",
                "東京湾アクアライン着岸地周辺の観光入込客数",
                "万人",
                "812.5（H26年度）",
                "905.2",
                "948.7",
                "1,012.4",
                "1,000.0",
                "A",
            ),
        ),
    ),
    (
        "基本目標２　木更津への新しいひとの流れをつくる",
        (
            (
                "③",
                "移住相談窓口を通じた移住者数",
                "人",
                "12（H27年度）",
                "18",
                "26",
                "31",
                "40",
                "B",
            ),
            (
                "④",
                "盤洲干潟の潮干狩り場の入場者数",
                "人",
                "168,420（H26年度）",
                "152,300",
                "141,850",
                "139,600",
                "180,000",
                "C",
            ),
        ),
    ),
    (
        "基本目標３　オーガニックなまちづくりで、住み続けたいまちをつくる",
        (
            (
                "⑤",
                "【再掲】移住相談窓口を通じた移住者数",
                "人",
                "12（H27年度）",
                "18",
                "26",
                "31",
                "40",
                "B",
            ),
        ),
    ),
)


def kisarazu_rows():
    out = []
    for goal, rows in KISARAZU_GROUPS:
        out.append("<tbody>\n")
        out.append(f'<tr><th scope="rowgroup" colspan="9" class="group">{goal}</th></tr>\n')
        for label, name, unit, *vals in rows:
            cells = "".join(f"<td>{v}</td>" for v in vals[:-1])
            out.append(
                f'<tr><td class="c">{label}</td><td class="name">{name}</td><td class="c">{unit}</td>{cells}<td class="c">{vals[-1]}</td></tr>\n'
            )
        out.append("</tbody>\n")
    return "".join(out)


KISARAZU = (
    """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>木更津市まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の検証結果（平成30年度実績） - 木更津市</title>
<style>
table { border-collapse: collapse; }
th, td { border: 1px solid #333; padding: 2px 6px; }
td { text-align: right; }
td.name { text-align: left; }
td.c { text-align: center; }
th.group { text-align: left; background: #e8f0e8; }
dt { font-weight: bold; }
</style>
</head>
<body>
<nav aria-label="パンくずリスト"><ol>
<li><a href="/">ホーム</a></li>
<li><a href="/shisei/">市政情報</a></li>
<li><a href="/shisei/keikaku/">計画・構想</a></li>
<li>総合戦略KPIの検証結果（平成30年度実績）</li>
</ol></nav>
<main>
<h1>木更津市まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の検証結果（平成30年度実績）</h1>
<p class="update">更新日：令和元年9月27日</p>
<p>木更津市は、房総半島の中西部で東京湾に面したまちで、昭和17年（1942年）11月3日に木更津町・清川村・波岡村・巌根村が合併して市制を施行しました。面積は138.95km²、人口は135,318人（2019年1月）です。平成9年（1997年）12月に開通した東京湾アクアライン（全長15.1km）で対岸の川崎市と結ばれ、小櫃川の河口には東京湾最大の自然干潟である盤洲干潟（約1,400ha）が広がっています。</p>
<p>本市は、平成28年3月に策定した「木更津市まち・ひと・しごと創生総合戦略」で「オーガニックなまちづくり」を新たな視点として掲げ、同年12月15日には通称「オーガニックなまちづくり条例」を施行しました。総合戦略の4年目にあたる平成30年度の実績がまとまりましたので、外部有識者による木更津市総合戦略推進会議の意見を踏まえた検証結果をお知らせします。</p>
<dl>
<dt>計画の名称</dt><dd>木更津市まち・ひと・しごと創生総合戦略</dd>
<dt>計画期間</dt><dd>平成27年度～平成31年度（5年間）</dd>
<dt>担当課</dt><dd>企画部　企画課</dd>
</dl>
<h2>基本目標ごとのKPIの実績と評価</h2>
<p>基準値の（　）内は、基準とした年度です。評価は、平成30年度までの実績から、次の3区分で行いました。<br>
A：順調　　B：概ね順調　　C：遅れている</p>
<table>
<thead>
<tr><th scope="col" rowspan="2">No.</th><th scope="col" rowspan="2">重要業績評価指標（KPI）</th><th scope="col" rowspan="2">単位</th><th scope="col" rowspan="2">基準値</th><th scope="colgroup" colspan="3">実績値</th><th scope="col" rowspan="2">目標値<br>（H31年度）</th><th scope="col" rowspan="2">評価</th></tr>
<tr><th scope="col">H28年度</th><th scope="col">H29年度</th><th scope="col">H30年度</th></tr>
</thead>
"""
    + kisarazu_rows()
    + """</table>
<p>※　①の目標値は、計画期間5年間（平成27年度～平成31年度）の立地件数の合計です。</p>
<p>※　⑤は、基本目標２の③を再び掲げたものです。</p>
</main>
<footer><p>木更津市役所　企画部　企画課</p></footer>
</body>
</html>
"""
)


def build_kisarazu():
    (HERE / "kisarazu_sousei_kpi_kensho_h30.html").write_text(KISARAZU, encoding="utf-8")


# ---------------------------------------------------------------- 海老名市 (CSV)
EBINA = [
    ["タイトル", "えびな未来創造プラン2020　成果指標の進捗状況（令和5年度実績）"],
    ["公表日", "令和6年10月31日"],
    ["計画の名称", "えびな未来創造プラン2020（海老名市総合計画）"],
    ["計画期間", "令和2年度～令和11年度（10年間）"],
    ["担当課", "企画財政部　企画政策課"],
    [
        "市の概要",
        "海老名市は神奈川県のほぼ中央、相模川の東岸に位置し、面積は26.59km²です。\n"
        "昭和46年（1971年）の市制施行当時に約4万8千人だった人口は、令和5年（2023年）7月14日に14万人を超えました。\n"
        "小田急線・相鉄線・JR相模線の3路線が乗り入れる海老名駅の東には、国指定史跡の相模国分寺跡があります。",
    ],
    [
        "注記",
        "表中の年度は令和の年度です。「6年度見込」は令和6年9月末までの実績をもとにした見込みです。「△」はマイナスを表します。",
    ],
    [],
    ["■成果指標の進捗状況"],
    [
        "分野",
        "No.",
        "成果指標",
        "単位",
        "基準値（元年度）",
        "2年度実績",
        "3年度実績",
        "4年度実績",
        "5年度実績",
        "6年度見込",
        "中間目標（6年度）",
        "最終目標（11年度）",
    ],
    [
        "1　市民生活",
        "1",
        "自治会加入率",
        "%",
        "62.4",
        "61.1",
        "60.3",
        "59.8",
        "59.5",
        "59.6",
        "63.0",
        "65.0",
    ],
    [
        "2　健康・福祉",
        "2",
        "自然増減数（出生数－死亡数）",
        "人",
        "△85",
        "△132",
        "△210",
        "△356",
        "△402",
        "",
        "△150",
        "±0",
    ],
    [
        "3　経済・環境",
        "3",
        "市内の観光入込客数",
        "千人",
        "1,752.3",
        "1,104.6",
        "1,286.0",
        "1,540.2",
        "1,698.4",
        "1,760.0",
        "1,800.0",
        "2,000.0",
    ],
    [
        "4　まちづくり",
        "4",
        "コミュニティバスの利用者数",
        "人",
        "312,540",
        "201,870",
        "236,410",
        "268,950",
        "290,330",
        "322,500",
        "320,000",
        "340,000",
    ],
]


def build_ebina():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    width = max(len(row) for row in EBINA)
    for row in EBINA:
        w.writerow(row + [""] * (width - len(row)) if row else [])
    (HERE / "ebina_mirai_seika_shihyo_r5.csv").write_bytes(
        b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8")
    )


def to_pdf():
    for name in ("nishitokyo_shitanoya_shisaku_hyoka_r5",):
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
    build_kashima()
    build_nishitokyo()
    build_kisarazu()
    build_ebina()
    if "--no-pdf" not in sys.argv:
        to_pdf()


if __name__ == "__main__":
    main()
