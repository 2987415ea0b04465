"""Build forms555: four KPI documents of 水戸市, 市原市, 東松山市 and 福生市.

Writes `ichihara_artmix_jimujigyo_r6.xlsx` (the workbook is the document), `mito_sakigake_seika_saishu_2023.html`
and the XLSX sources `source/higashimatsuyama_3daymarch_shuyo_seika_r5.xlsx` and
`source/fussa_tanabata_kofukin_kensho_r5.xlsx`, which LibreOffice turns into the two PDFs of the same names.
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
LIGHT = PatternFill("solid", fgColor="F2F2F2")
STAMP = datetime.datetime(2025, 8, 11, 9, 0, 0)
STAMP_TEXT = "2025-08-11T09:00:00Z"
PDF_SOURCES = ("higashimatsuyama_3daymarch_shuyo_seika_r5", "fussa_tanabata_kofukin_kensho_r5")


# ---------------------------------------------------------------- workbook helpers
def put(ws, ref, value, size=9, bold=False, box=False, fill=None, h="left", wrap=True, fmt=None):
    cell = ws[ref]
    cell.value = value
    cell.font = Font(name=FONT, size=size, bold=bold)
    cell.alignment = Alignment(horizontal=h, vertical="center", wrap_text=wrap)
    if box:
        cell.border = BOX
    if fill is not None:
        cell.fill = fill
    if fmt:
        cell.number_format = fmt
    elif isinstance(value, float):
        cell.number_format = "#,##0.0"
    elif isinstance(value, int):
        cell.number_format = "#,##0"
    return cell


def merge(ws, rng, value, **kw):
    put(ws, rng.split(":")[0], value, **kw)
    ws.merge_cells(rng)
    if kw.get("box"):
        for row in ws[rng]:
            for cell in row:
                cell.border = BOX
                if kw.get("fill") is not None:
                    cell.fill = kw["fill"]


def head(ws, ref, text):
    """A shaded, bold, centred header cell (a range merges)."""
    if ":" in ref:
        merge(ws, ref, text, bold=True, box=True, fill=SHADE, h="center")
    else:
        put(ws, ref, text, bold=True, box=True, fill=SHADE, h="center")


def fields_block(ws, r, fields, key_cols, val_cols, tall=None):
    """Form rows: a shaded key cell and its value, each merged over a column pair."""
    for key, val in fields:
        merge(ws, f"{key_cols[0]}{r}:{key_cols[1]}{r}", key, bold=True, box=True, fill=SHADE)
        merge(ws, f"{val_cols[0]}{r}:{val_cols[1]}{r}", val, box=True)
        ws.row_dimensions[r].height = (tall or {}).get(key, 18)
        r += 1
    return r


def page(ws, landscape):
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.6


def save(wb, path):
    """Save with fixed properties and fixed zip entry dates, so the bytes do not change between runs."""
    wb.properties.creator = "forms555"
    wb.properties.lastModifiedBy = "forms555"
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
            info = zipfile.ZipInfo(item.filename, date_time=(2025, 8, 11, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            zout.writestr(info, data)


# ---------------------------------------------------------------- 市原市 (XLSX document, portrait, two grids side by side)
def build_ichihara():
    wb = Workbook()
    ws = wb.active
    ws.title = "事務事業評価"
    widths = {"A": 5, "B": 24, "C": 6, "D": 9, "E": 9, "F": 9, "G": 2}
    widths.update({"H": 5, "I": 26, "J": 7, "K": 10, "L": 9, "M": 9, "N": 9})
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    merge(
        ws,
        "A1:N1",
        "令和７年度　事務事業評価シート（令和６年度実施事業）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "H2:N2", "作成日　令和7年7月18日　　市原市", h="right")
    put(ws, "A4", "１　事業の概要", size=11, bold=True, wrap=False)
    fields = [
        ("事務事業名", "房総里山芸術祭いちはらアート×ミックス推進事業"),
        ("担当課", "経済部　観光振興課"),
        ("関連計画", "市原市まち・ひと・しごと創生総合戦略2020（2020年度～2026年度）"),
        ("事業期間", "令和4年度～令和8年度"),
        ("事業費（R6決算）", "48,760千円（うち国・県補助金　12,000千円）"),
        (
            "事業の概要",
            "本市は千葉県のほぼ中央に位置し、面積368.17km²は県内最大で、市域は東西約22km、南北約36kmに広がる。"
            "人口は262,670人（2024年10月1日推計）。臨海部に工業地帯が広がる一方、養老渓谷のある南部の里山地域では過疎・高齢化が急速に進んでいる。"
            "本事業は、南部地域の里山や廃校、小湊鐵道（五井駅～上総中野駅、18駅）の駅舎などを舞台に2014年から開催している芸術祭「いちはらアート×ミックス」を核に、交流人口の拡大を図るものである。"
            "第1回（2014年3月21日～5月11日、52日間、13の国と地域から57組）、第2回（2017年4月8日～5月14日、37日間）に続き、"
            "2020年春に予定した第3回は2度の延期を経て「いちはらアート×ミックス2020+」として2021年11月19日から12月26日まで開催した（約70組、約90作品、作品鑑賞パスポート一般3,000円）。"
            "芸術祭の開催年以外は、常設作品の維持管理のほか、ガイドツアーやワークショップ、アートイベント（2024年秋は11月1日から24日までの金・土・日）を行っている。",
        ),
    ]
    r = fields_block(ws, 5, fields, ("A", "B"), ("C", "N"), {"事業の概要": 110})
    r += 1
    put(ws, f"A{r}", "２　指標の推移", size=11, bold=True, wrap=False)
    r += 1
    put(ws, f"A{r}", "（１）活動指標", size=10, bold=True, wrap=False)
    put(ws, f"H{r}", "（２）成果指標", size=10, bold=True, wrap=False)
    r += 1
    for col, text in zip(
        "ABCDEF", ("No.", "活動指標", "単位", "4年度実績", "5年度実績", "6年度実績"), strict=True
    ):
        head(ws, f"{col}{r}", text)
    for col, text in zip(
        "HIJKLMN",
        ("No.", "成果指標", "単位", "基準値（R3）", "6年度目標", "6年度実績", "8年度目標"),
        strict=True,
    ):
        head(ws, f"{col}{r}", text)
    ws.row_dimensions[r].height = 30
    r += 1
    left = [
        ("ア", "ガイドツアー・ワークショップの開催回数", "回", 42, 56, 71),
        ("イ", "常設作品の維持管理件数", "件", "延べ36", "延べ41", "延べ47"),
    ]
    right = [
        ("①", "アートイベントの来場者数", "千人", 68.4, 75.0, 81.2, 90.0),
        ("②", "アートイベントによる経済波及効果", "百万円", 1284.5, 1300.0, 1196.8, 1500.0),
        ("③", "南部地域の廃校活用施設の年間利用者数", "人", 18350, 20000, 20000, 22000),
    ]
    for i, row in enumerate(right):
        rr = r + i
        if i < len(left):
            no, name, unit, *vals = left[i]
            put(ws, f"A{rr}", no, box=True, h="center")
            put(ws, f"B{rr}", name, box=True)
            put(ws, f"C{rr}", unit, box=True, h="center")
            for col, v in zip("DEF", vals, strict=True):
                put(ws, f"{col}{rr}", v, box=True, h="right")
        no, name, unit, *vals = row
        put(ws, f"H{rr}", no, box=True, h="center")
        put(ws, f"I{rr}", name, box=True)
        put(ws, f"J{rr}", unit, box=True, h="center")
        for col, v in zip("KLMN", vals, strict=True):
            put(ws, f"{col}{rr}", v, box=True, h="right", fill=LIGHT if col in "LN" else None)
        ws.row_dimensions[rr].height = 30
    r += len(right)
    notes = [
        "※1　成果指標の基準値（R3）は、「房総里山芸術祭 いちはらアート×ミックス2020+」（令和3年11月19日～12月26日）の値です。",
        "※2　成果指標①②の6年度実績は、6年度に開催したアートイベント（「アートいちはら2024秋」ほか）の合計です。",
        "※3　活動指標イの「延べ」は、年度内に行った維持管理作業の延べ件数です。",
    ]
    for note in notes:
        merge(ws, f"A{r}:N{r}", note, size=8)
        ws.row_dimensions[r].height = 15
        r += 1
    r += 1
    put(ws, f"A{r}", "３　評価", size=11, bold=True, wrap=False)
    r += 1
    fields = [
        ("評価", "B（概ね順調）"),
        (
            "今後の方向性",
            "継続（来場者数は目標を上回ったが、経済波及効果は目標に届かなかった。令和7年度は市内での宿泊と飲食につながる周遊ルートの造成に取り組む。）",
        ),
    ]
    r = fields_block(ws, r, fields, ("A", "B"), ("C", "N"), {"今後の方向性": 32})
    page(ws, landscape=False)
    save(wb, HERE / "ichihara_artmix_jimujigyo_r6.xlsx")


# ---------------------------------------------------------------- 東松山市 (PDF, portrait)
def build_higashimatsuyama():
    wb = Workbook()
    ws = wb.active
    ws.title = "主要施策の成果"
    widths = {"A": 6, "B": 34, "C": 7, "D": 10, "E": 9, "F": 9, "G": 9, "H": 9, "I": 10}
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
    merge(ws, "A2:I2", "令和6年9月　東松山市", h="right")
    fields = [
        ("事業名", "日本スリーデーマーチ開催事業"),
        ("所管課", "環境産業部　商工観光課"),
        ("会計区分", "一般会計　7款 商工費　1項 商工費　3目 観光費"),
        ("決算額", "令和5年度　38,940千円（うち県補助金　2,000千円）"),
        ("関連計画", "第五次東松山市総合計画　後期基本計画（令和3年度～令和7年度）"),
        (
            "事業の内容",
            "本市は埼玉県のほぼ中央に位置し、面積は65.35km²。日本スリーデーマーチは、昭和53年（1978年）に群馬県新町で始まり、"
            "昭和55年（1980年）の第3回から本市に会場を移した、日本最大の参加者数を誇る国際ウォーキング大会である。"
            "毎年11月の第1金曜日からの3日間、5kmから50kmまでのコースで比企丘陵を歩き、国際フォーデーズマーチが開かれる姉妹都市オランダ・ナイメーヘン市からも参加者を迎えている。"
            "令和元年（2019年）は台風の影響でコースが使用できず、令和2年（2020年）は新型コロナウイルス感染症のため中止、令和3年（2021年）は人数を制限して開催し、"
            "令和4年（2022年）の第45回で4年ぶりの完全開催となった。令和5年度は第46回大会（令和5年11月3日～5日）の運営を支援した。",
        ),
    ]
    r = fields_block(ws, 4, fields, ("A", "B"), ("C", "I"), {"事業の内容": 100})
    r += 1
    put(ws, f"A{r}", "（１）事業の実績", size=11, bold=True, wrap=False)
    r += 1
    for col, text in zip(
        "ABCDEF", ("No.", "項目", "単位", "R3実績", "R4実績", "R5実績"), strict=True
    ):
        head(ws, f"{col}{r}", text)
    ws.row_dimensions[r].height = 20
    r += 1
    for no, name, unit, *vals in (
        ("ア", "大会ボランティアの参加者数", "人", 1120, 2860, 3040),
        ("イ", "設定したコースの数", "コース", 6, 16, 16),
    ):
        put(ws, f"A{r}", no, box=True, h="center")
        put(ws, f"B{r}", name, box=True)
        put(ws, f"C{r}", unit, box=True, h="center")
        for col, v in zip("DEF", vals, strict=True):
            put(ws, f"{col}{r}", v, box=True, h="right")
        ws.row_dimensions[r].height = 20
        r += 1
    r += 1
    put(ws, f"A{r}", "（２）成果指標", size=11, bold=True, wrap=False)
    r += 1
    head(ws, f"A{r}:A{r + 1}", "No.")
    head(ws, f"B{r}:B{r + 1}", "成果指標")
    head(ws, f"C{r}:C{r + 1}", "単位")
    head(ws, f"D{r}:D{r + 1}", "基準値（H30）")
    head(ws, f"E{r}:F{r}", "令和4年度")
    head(ws, f"G{r}:H{r}", "令和5年度")
    head(ws, f"I{r}:I{r + 1}", "達成状況")
    for col, text in zip("EFGH", ("目標", "実績", "目標", "実績"), strict=True):
        head(ws, f"{col}{r + 1}", text)
    ws.row_dimensions[r].height = 18
    ws.row_dimensions[r + 1].height = 18
    r += 2
    rows = [
        ("①", "大会参加者数（3日間の延べ人数）※1", "万人", 9.86, 7.0, 7.45, 8.0, 8.12, "達成"),
        ("", "（参考）うち海外からの参加者数※2", "人", 1420, "―", 310, "―", 680, ""),
        (
            "②",
            "参加者アンケートで「また参加したい」と回答した人の割合",
            "％",
            88.4,
            90.0,
            91.2,
            90.0,
            89.6,
            "未達成",
        ),
        ("③", "大会期間中の市内宿泊施設の宿泊者数", "人", 2140, 1500, 1380, 2000, 2210, "達成"),
    ]
    for no, name, unit, *vals, status in rows:
        ref = no == ""
        fill = LIGHT if ref else None
        put(ws, f"A{r}", no, box=True, h="center", fill=fill)
        put(ws, f"B{r}", name, box=True, fill=fill, size=8 if ref else 9)
        put(ws, f"C{r}", unit, box=True, h="center", fill=fill)
        for col, v in zip("DEFGH", vals, strict=True):
            fmt = "#,##0.00" if unit == "万人" else None
            put(ws, f"{col}{r}", v, box=True, h="right", fill=fill, fmt=fmt)
        put(ws, f"I{r}", status, box=True, h="center", fill=fill)
        ws.row_dimensions[r].height = 30
        r += 1
    notes = [
        "※1　①は、3日間の各日の参加者数を合計した延べ人数です（万人単位、小数第2位まで）。",
        "※2　（参考）の行は①の内数で、成果指標ではありません（目標値は設定していません）。",
        "※3　令和元年度から令和3年度は大会を通常どおり開催できなかったため、基準値は平成30年度（第41回大会）の値としています。",
    ]
    for note in notes:
        merge(ws, f"A{r}:I{r}", note, size=8)
        ws.row_dimensions[r].height = 15
        r += 1
    r += 1
    put(ws, f"A{r}", "（３）成果と今後の方向性", size=11, bold=True, wrap=False)
    r += 1
    merge(
        ws,
        f"A{r}:I{r}",
        "第46回大会には18の国と地域から参加があり、3日間の参加者は延べ8万1,200人と前回を上回った。"
        "市内の宿泊者数も目標を達成した一方、参加者アンケートでは会場周辺の混雑への意見が多く、再参加の意向は目標をわずかに下回った。"
        "令和6年度は、中央会場の動線を見直すとともに、オランダ・ナイメーヘン市との交流事業を継続する。",
        box=True,
    )
    ws.row_dimensions[r].height = 48
    page(ws, landscape=False)
    save(wb, SRC / "higashimatsuyama_3daymarch_shuyo_seika_r5.xlsx")


# ---------------------------------------------------------------- 福生市 (PDF, landscape, money table beside the KPI grid)
def build_fussa():
    wb = Workbook()
    ws = wb.active
    ws.title = "効果検証シート"
    widths = {
        "A": 5,
        "B": 30,
        "C": 6,
        "D": 11,
        "E": 8,
        "F": 8,
        "G": 8,
        "H": 8,
        "I": 8,
        "J": 8,
        "K": 6,
    }
    widths.update({"L": 3, "M": 9, "N": 10, "O": 10})
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    merge(
        ws,
        "A1:O1",
        "令和５年度　地方創生推進交付金事業　効果検証シート",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:O2", "令和6年8月　福生市", h="right")
    put(ws, "A3", "１　事業の概要", size=11, bold=True, wrap=False)
    fields = [
        ("交付対象事業の名称", "「七夕とアメリカンカルチャーのまち・ふっさ」観光交流推進事業"),
        ("地域再生計画の名称", "福生市まち・ひと・しごと創生推進計画"),
        ("事業期間", "令和3年度～令和5年度（3か年）"),
        ("総事業費", "3か年計　42,600千円（うち交付金　21,300千円）"),
        ("担当課", "生活環境部　シティセールス推進課"),
        (
            "市の概要",
            "本市は東京都の多摩地域西部に位置し、面積10.16km²のうち約3分の1を米軍横田基地が占めている。"
            "人口は56,424人（2023年9月1日現在）で、このうち外国人住民が3,881人と、人口に占める割合が高い。"
            "昭和26年（1951年）に仙台七夕まつりを手本に始まった福生七夕まつりは、昭和46年（1971年）の市制施行を機に市の主催となり、"
            "令和5年（2023年）の第73回は4年ぶりの開催で約53万人が来場した。",
        ),
        (
            "事業の内容",
            "横田基地に隣接するまちの特色と七夕まつりを生かし、福生駅西口の観光案内所を拠点に、外国人向けの観光ツアーや市民ガイドによるまち歩きを行い、来街者の市内周遊を促す。",
        ),
    ]
    r = fields_block(ws, 4, fields, ("A", "B"), ("C", "O"), {"市の概要": 44, "事業の内容": 30})
    r += 1
    put(ws, f"A{r}", "２　重要業績評価指標（KPI）の達成状況", size=11, bold=True, wrap=False)
    put(ws, f"M{r}", "（参考）事業費の推移（単位：千円）", size=9, bold=True, wrap=False)
    r += 1
    merge(
        ws,
        f"A{r}:K{r}",
        "評価　A：目標値を達成　B：目標値は未達成だが事業開始前より改善　C：事業開始前より悪化",
        size=8,
    )
    r += 1
    head(ws, f"A{r}:A{r + 1}", "No.")
    head(ws, f"B{r}:B{r + 1}", "重要業績評価指標（KPI）")
    head(ws, f"C{r}:C{r + 1}", "単位")
    head(ws, f"D{r}:D{r + 1}", "事業開始前\n（R3.3末）")
    head(ws, f"E{r}:G{r}", "目標値")
    head(ws, f"H{r}:J{r}", "実績値")
    head(ws, f"K{r}:K{r + 1}", "評価")
    for col, text in zip("EFGHIJ", ("R3年度", "R4年度", "R5年度") * 2, strict=True):
        head(ws, f"{col}{r + 1}", text)
    head(ws, f"M{r}:M{r + 1}", "年度")
    head(ws, f"N{r}:N{r + 1}", "事業費")
    head(ws, f"O{r}:O{r + 1}", "うち交付金")
    ws.row_dimensions[r].height = 18
    ws.row_dimensions[r + 1].height = 18
    r += 2
    kpis = [
        ("①", "市内観光入込客数", "千人", 612.4, 800.0, 1000.0, 1200.0, 655.1, 1140.8, 1486.2, "A"),
        (
            "②",
            "福生駅西口観光案内所の利用者数",
            "人",
            3210,
            4000,
            5000,
            6000,
            2980,
            4460,
            "5,720※",
            "B",
        ),
        ("③", "外国人向け観光ツアーの参加者数", "人", 0, 150, 300, 450, 86, 274, 512, "A"),
        (
            "④",
            "まち歩き観光ガイドの登録者数",
            "人",
            12,
            "累計18",
            "累計24",
            "累計30",
            "累計17",
            "累計25",
            "累計31",
            "A",
        ),
    ]
    money = [
        ("R3年度", 12400, 6200),
        ("R4年度", 14800, 7400),
        ("R5年度", 15400, 7700),
        ("計", 42600, 21300),
    ]
    for (no, name, unit, *vals, grade), (year, cost, grant) in zip(kpis, money, strict=True):
        put(ws, f"A{r}", no, box=True, h="center")
        put(ws, f"B{r}", name, box=True)
        put(ws, f"C{r}", unit, box=True, h="center")
        for col, v in zip("DEFGHIJ", vals, strict=True):
            put(ws, f"{col}{r}", v, box=True, h="right")
        put(ws, f"K{r}", grade, box=True, h="center")
        total = year == "計"
        put(ws, f"M{r}", year, box=True, h="center", bold=total, fill=LIGHT if total else None)
        put(ws, f"N{r}", cost, box=True, h="right", bold=total, fill=LIGHT if total else None)
        put(ws, f"O{r}", grant, box=True, h="right", bold=total, fill=LIGHT if total else None)
        ws.row_dimensions[r].height = 22
        r += 1
    notes = [
        "※　②の令和5年度の実績値は、令和6年2月末時点の見込値です。",
        "（注）④は事業開始からの累計の登録者数です（事業開始前は令和2年度末の登録者数）。①は千人単位（小数第1位まで）で記載しています。",
    ]
    for note in notes:
        merge(ws, f"A{r}:K{r}", note, size=8)
        ws.row_dimensions[r].height = 15
        r += 1
    r += 1
    put(ws, f"A{r}", "３　検証結果", size=11, bold=True, wrap=False)
    r += 1
    merge(
        ws,
        f"A{r}:O{r}",
        "4つのKPIのうち3つで令和5年度の目標値を達成した。観光案内所の利用者数は、七夕まつりの期間中に臨時窓口を設けたものの、目標に届かなかった。"
        "令和6年7月に開催した福生市地方創生推進会議では「地方創生に効果があった」との意見を得た。事業期間の終了後も、外国人向け観光ツアーは市の単独事業として継続する。",
        box=True,
    )
    ws.row_dimensions[r].height = 40
    page(ws, landscape=True)
    save(wb, SRC / "fussa_tanabata_kofukin_kensho_r5.xlsx")


# ---------------------------------------------------------------- 水戸市 (HTML)
MITO_ROWS = [
    # (施策 cell or None, No., name, unit, 策定時, 2021, 2022, 2023, 目標, 達成状況)
    (
        "3-1　観光の振興",
        "1",
        "観光入込客数",
        "千人",
        "3,512",
        "2,384",
        "3,105",
        "3,642<br>（速報値）",
        "4,000",
        "未達成",
    ),
    (
        None,
        "2",
        "好文亭・弘道館の入館者数",
        "人",
        "好文亭 84,210<br>弘道館 61,530",
        "好文亭 41,380<br>弘道館 30,960",
        "好文亭 70,150<br>弘道館 55,020",
        "好文亭 88,470<br>弘道館 63,810",
        "好文亭 90,000<br>弘道館 70,000",
        "―",
    ),
    (
        None,
        "3",
        "外国人観光客の宿泊者数",
        "人",
        "6,240<br>（2013年度）",
        "1,130",
        "4,870",
        "9,860",
        "12,000",
        "未達成",
    ),
    (
        "3-2　中心市街地の活性化",
        "4",
        "まちなか交流人口（再掲）",
        "千人",
        "1,280",
        "905",
        "1,146",
        "1,372",
        "1,500",
        "未達成",
    ),
    (
        None,
        "5",
        "中心市街地の歩行者通行量（休日）",
        "人/日",
        "38,420",
        "21,760",
        "―",
        "46,280",
        "45,000",
        "達成",
    ),
]
MITO_SPANS = {"3-1　観光の振興": 3, "3-2　中心市街地の活性化": 2}


def mito_rows():
    out = []
    for shisaku, no, name, unit, *vals, status in MITO_ROWS:
        cells = []
        if shisaku:
            cells.append(f'<th scope="rowgroup" rowspan="{MITO_SPANS[shisaku]}">{shisaku}</th>')
        cells.append(f'<td class="c">{no}</td>')
        cells.append(f"<td>{name}</td>")
        cells.append(f'<td class="c">{unit}</td>')
        cells.extend(f'<td class="n">{v}</td>' for v in vals)
        cells.append(f'<td class="c">{status}</td>')
        out.append("<tr>" + "".join(cells) + "</tr>\n")
    return "".join(out)


MITO = (
    """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>水戸市第6次総合計画－みと魁プラン－　基本計画の成果指標の最終実績（2023年度）｜水戸市</title>
<style>
body { font-family: "IPAexGothic", sans-serif; font-size: 15px; line-height: 1.7; margin: 1.5em; }
nav ol { list-style: none; padding: 0; } nav li { display: inline; } nav li + li::before { content: " ＞ "; }
table { border-collapse: collapse; margin: 0.8em 0; } th, td { border: 1px solid #666; padding: 0.3em 0.5em; }
thead th { background: #e8eef4; } tbody th { background: #f4f4f4; font-weight: normal; text-align: left; }
td.n { text-align: right; white-space: nowrap; } td.c { text-align: center; }
dl { display: grid; grid-template-columns: 9em 1fr; } dt { font-weight: bold; }
</style>
</head>
<body>
<nav aria-label="現在地"><ol>
<li><a href="/">トップページ</a></li>
<li><a href="/shisei/">市政</a></li>
<li><a href="/shisei/keikaku/">総合計画</a></li>
<li>水戸市第6次総合計画－みと魁プラン－　基本計画の成果指標の最終実績（2023年度）</li>
</ol></nav>
<main>
<h1>水戸市第6次総合計画－みと魁プラン－　基本計画の成果指標の最終実績（2023年度）</h1>
<p class="update">更新日：2024年10月15日</p>
<p>水戸市は茨城県の中央部に位置する県庁所在地で、1889年（明治22年）4月1日に市制を施行した、日本で最初の市のひとつです。面積は217.32km²、人口は268,036人（2024年1月1日推計）です。天保13年（1842年）に第9代水戸藩主徳川斉昭公が造った偕楽園には約100品種3,000本の梅が植えられ、2017年の「水戸の梅まつり」（42日間）には、東日本大震災以降で最も多い58万7,259人が訪れました。</p>
<p>水戸市第6次総合計画－みと魁プラン－は、基本構想（2014年度～2028年度の15年間）と基本計画（2014年度～2023年度の10年間）で構成しています。基本計画の期間が2023年度で終了したことから、施策ごとに定めた成果指標の最終実績を取りまとめました。2024年度からは、水戸市第7次総合計画－みと魁・Nextプラン－に基づいてまちづくりを進めています。</p>
<dl>
<dt>計画の名称</dt><dd>水戸市第6次総合計画－みと魁プラン－</dd>
<dt>将来都市像</dt><dd>笑顔あふれる安心快適空間　未来に躍動する　魁のまち・水戸</dd>
<dt>基本計画の期間</dt><dd>2014（平成26）年度～2023（平成35）年度（10年間）</dd>
<dt>担当課</dt><dd>市長公室　政策企画課</dd>
</dl>
<h2>基本方針3　水戸の歴史、自然を生かした魅力によって、多くの交流が生まれるまち</h2>
<p>「策定時」は、基本計画の策定時に把握していた直近の値（2012年度）です。値の後ろに括弧書きで年度を示したものは、その年度の値です。目標値は基本計画の表記のまま「2023（平成35）年度」としています（平成35年度は2023年度（令和5年度）にあたります）。「（速報値）」は2024年9月末時点の値で、確定値は2025年度に公表します。</p>
<table>
<thead>
<tr><th scope="col" rowspan="2">施策</th><th scope="col" rowspan="2">No.</th><th scope="col" rowspan="2">成果指標</th><th scope="col" rowspan="2">単位</th><th scope="col" rowspan="2">策定時<br>（2012年度）</th><th scope="colgroup" colspan="3">実績値</th><th scope="col" rowspan="2">目標値<br>2023（平成35）年度</th><th scope="col" rowspan="2">達成状況</th></tr>
<tr><th scope="col">2021年度</th><th scope="col">2022年度</th><th scope="col">2023年度</th></tr>
</thead>
<tbody>
"""
    + mito_rows()
    + """</tbody>
</table>
<p>※　No.2は施設ごとに目標値を定めているため、指標全体の達成状況は判定していません（「―」）。</p>
<p>※　No.4の「（再掲）」は、基本方針2の施策「魅力ある都市空間の形成」にも掲げている指標です。</p>
<p>※　No.5の2022年度は、調査地点周辺の道路工事のため調査を実施していません。</p>
<h2>今後の取組</h2>
<p>5つの成果指標のうち、目標値を達成したのは1つでした。観光入込客数と外国人観光客の宿泊者数は、2020年度に大きく落ち込んだ後、回復の途上にあります。2024年度からは、第7次総合計画に掲げた「にぎわい交流人口」と「まちなか交流人口」の目標に向けて、偕楽園・弘道館を中心とした回遊性の向上に取り組みます。</p>
</main>
<footer><p>水戸市役所　市長公室　政策企画課</p></footer>
</body>
</html>
"""
)


def build_mito():
    (HERE / "mito_sakigake_seika_saishu_2023.html").write_text(MITO, encoding="utf-8")


# ---------------------------------------------------------------- PDFs
def to_pdf():
    for name in PDF_SOURCES:
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
    build_ichihara()
    build_higashimatsuyama()
    build_fussa()
    build_mito()
    if "--no-pdf" not in sys.argv:
        to_pdf()


if __name__ == "__main__":
    main()
