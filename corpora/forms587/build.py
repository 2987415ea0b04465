"""Build forms587: four KPI documents of 行方市, 香取市, 三郷市 and 東村山市.

Writes `namegata_hobikisen_jimujigyo_r6.xlsx` (the workbook is the document), `misato_sogo5_seika_shihyo_r6.html`,
`higashimurayama_sousei_kpi_sokatsu_r2.csv` and the XLSX source `source/katori_sawara_kofukin_kensho_r6.xlsx`, which
LibreOffice turns into `katori_sawara_kofukin_kensho_r6.pdf`.
Run `/work/venv/bin/python build.py` (`--no-pdf` skips LibreOffice). XLSX, HTML and CSV are byte-stable.
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
    wb.properties.creator = "forms587"
    wb.properties.lastModifiedBy = "forms587"
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


# ---------------------------------------------------------------- 行方市 (XLSX document, portrait)
# (No., name, unit, 基準値（R2）, R4実績, R5実績, R6目標, R6実績, 達成率, R7目標（最終）)
NAMEGATA_ROWS = (
    (1, "観光帆引き船の操業日数", "日", 24, 30, 32, 34, 33, "97.1%", 34),
    (2, "見学船の運航便数", "便", 44, 56, 61, 64, 66, "103.1%", 68),
    (3, "見学船の乗船者数", "人", 980, 1412, 1655, 1800, 1746, "97.0%", 2000),
    (
        4,
        "帆引き船を目的とした市外からの来訪者数",
        "千人",
        "8.6（R元）",
        7.2,
        9.1,
        10.0,
        10.4,
        "104.0%",
        11.0,
    ),
    (
        5,
        "見学船利用者の満足度（「満足」「やや満足」の割合）",
        "％",
        "―",
        84.5,
        87.3,
        88.0,
        89.6,
        "101.8%",
        90.0,
    ),
)


def build_namegata():
    wb = Workbook()
    ws = wb.active
    ws.title = "事務事業評価"
    for col, w in zip("ABCDEFGHIJK", (8, 4, 27, 5, 9, 7, 7, 7, 7, 7, 9)):
        ws.column_dimensions[col].width = w
    merge(
        ws,
        "A1:K1",
        "令和７年度　事務事業評価シート（令和６年度実施事業）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:K2", "作成日　令和7年7月28日　　行方市", h="right")
    put(ws, "A4", "１　事業の概要", size=11, bold=True, wrap=False)
    fields = [
        ("事務事業名", "霞ヶ浦観光帆引き船運航事業"),
        ("担当課", "商工観光課"),
        ("関連計画", "行方市総合戦略"),
        ("事業期間", "令和3年度～令和7年度（5年間）"),
        ("事業費（R6決算）", "9,870千円（うち見学船乗船料収入　3,424千円）"),
        (
            "事業の概要",
            "本市は平成17年（2005年）9月2日に麻生町・北浦町・玉造町の3町が合併して誕生した。市域は東の北浦と西の霞ヶ浦に挟まれ、面積222.48km²のうち55.98km²を湖沼が占める（人口30,200人、2024年4月1日推計）。"
            "帆引き船は明治13年（1880年）に考案された帆引き網漁の漁船で、昭和42年（1967年）までの約100年間、霞ヶ浦の漁業の花形であった。高さ約9m・幅約16mの帆を張って風の力で網を引く。"
            "本事業では、麻生地区と玉造地区に各2隻の観光帆引き船を操業し、9月から12月までの土・日曜日に、帆引き船に随伴する見学船（大人2,000円）を運航する。",
        ),
    ]
    r = fields_block(ws, 5, fields, ("A", "B"), ("C", "K"), {"事業の概要": 84})
    r += 1
    put(ws, f"A{r}", "２　指標の推移", size=11, bold=True, wrap=False)
    r += 1
    heads = (
        "区分",
        "No.",
        "指標名",
        "単位",
        "基準値\n（R2）",
        "R4実績",
        "R5実績",
        "R6目標",
        "R6実績",
        "達成率",
        "R7目標\n（最終）",
    )
    for col, text in zip("ABCDEFGHIJK", heads):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[r].height = 28
    r += 1
    merge(ws, f"A{r}:A{r + 1}", "活動指標", box=True, h="center")
    merge(ws, f"A{r + 2}:A{r + 4}", "成果指標", box=True, h="center")
    for no, name, unit, *vals in NAMEGATA_ROWS:
        put(ws, f"B{r}", no, box=True, h="center")
        put(ws, f"C{r}", name, box=True)
        put(ws, f"D{r}", unit, box=True, h="center")
        for col, v in zip("EFGHIJK", vals):
            put(ws, f"{col}{r}", v, box=True, h="center" if v == "―" else "right")
        ws.row_dimensions[r].height = 30
        r += 1
    r = notes_block(
        ws,
        r,
        [
            "※1　No.4の基準値は、令和2年度に来訪者調査を実施しなかったため、令和元年度の値を記載している。",
            "※2　No.5は令和4年度に調査を開始したため、基準値は「―」としている。",
            "※3　No.3のR5実績は、前年度の評価シートに記載した1,602人から、集計漏れを修正した値である。",
            "※4　達成率は、R6実績をR6目標で除した値である。",
        ],
        "K",
    )
    r += 1
    put(ws, f"A{r}", "３　評価", size=11, bold=True, wrap=False)
    r += 1
    fields = [
        ("評価", "B（概ね順調）"),
        ("今後の方向性", "継続"),
        (
            "評価の理由",
            "令和6年度は荒天と無風により3日の操業を取りやめたが、見学船の便数を増やしたことで乗船者数は前年度を上回った。市外からの来訪者数と利用者の満足度は目標を達成した。令和7年度は夕景操業の回数を増やし、乗船者2,000人の達成を目指す。",
        ),
    ]
    fields_block(ws, r, fields, ("A", "B"), ("C", "K"), {"評価の理由": 42})
    page(ws, landscape=False)
    save(wb, HERE / "namegata_hobikisen_jimujigyo_r6.xlsx")


# ---------------------------------------------------------------- 香取市 (PDF, landscape)
# (No., KPI, unit, 事業開始前（R5.3末）, R5 目標, R5 実績, R6 目標, R6 実績, R7 目標, 達成状況（R6年度）)
KATORI_KPI = (
    (
        "①",
        "佐原の町並み地区の観光入込客数",
        "千人",
        1052.3,
        1100.0,
        1138.6,
        1150.0,
        1121.4,
        1200.0,
        "未達成",
    ),
    ("②", "市内宿泊施設の延べ宿泊者数", "人", 84210, 86000, 88945, 90000, "未集計", 95000, "―"),
    ("③", "周遊デジタルスタンプラリーの参加者数", "人", 0, 1500, 1812, 2500, 2734, 3000, "達成"),
    ("④", "有料観光ガイドの利用件数", "件", 126, 150, 171, 180, 176, 200, "未達成"),
)
# (区分, R5年度, R6年度, R7年度（予定）) in 千円
KATORI_MONEY = (
    ("交付対象事業費", 12300, 12600, 12000),
    ("うち交付金", 6150, 6300, 6000),
    ("うち市負担", 6150, 6300, 6000),
)


def build_katori():
    wb = Workbook()
    ws = wb.active
    ws.title = "効果検証シート"
    widths = (5, 30, 6, 11, 8, 8, 8, 8, 8, 9, 2, 13, 8, 8, 9)
    for col, w in zip("ABCDEFGHIJKLMNO", widths):
        ws.column_dimensions[col].width = w
    merge(
        ws,
        "A1:O1",
        "令和６年度　地方創生推進交付金事業　効果検証シート",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:O2", "令和7年8月　香取市　商工観光課", h="right")
    put(ws, "A4", "１　事業の概要", size=11, bold=True, wrap=False)
    fields = [
        ("交付対象事業の名称", "水郷佐原・香取神宮周遊滞在型観光推進事業"),
        ("交付金の種類", "デジタル田園都市国家構想交付金（地方創生推進タイプ）"),
        ("事業期間", "令和5年度～令和7年度（3か年）"),
        ("総事業費", "3か年計　36,900千円（うち交付金　18,450千円）"),
        ("担当課", "商工観光課"),
        (
            "関連計画",
            "第3期香取市まち・ひと・しごと創生総合戦略（第2次香取市総合計画後期基本計画の重点プロジェクト）",
        ),
        (
            "市の概要",
            "本市は平成18年（2006年）3月27日に佐原市・小見川町・山田町・栗源町の1市3町が合併して誕生した。面積は262.35km²、人口は71,868人（2023年）で、成田国際空港から15km圏に位置する。"
            "利根川の水運で栄えた佐原の町並みは、平成8年（1996年）12月に関東で初めて重要伝統的建造物群保存地区に選定された。7月と10月の「佐原の大祭」（ユネスコ無形文化遺産）や、水郷佐原あやめパークの「あやめ祭り」（400品種150万本）には、毎年多くの観光客が訪れる。"
            "本事業では、香取神宮と佐原の町並みを結ぶ周遊ルートの案内、デジタルスタンプラリー、有料観光ガイドの育成により、日帰り客の周遊と市内宿泊を促す。",
        ),
    ]
    r = fields_block(ws, 5, fields, ("A", "C"), ("D", "O"), {"市の概要": 56, "関連計画": 18})
    r += 1
    put(ws, f"A{r}", "２　重要業績評価指標（KPI）の達成状況", size=11, bold=True, wrap=False)
    put(ws, f"L{r}", "■事業費の推移（単位：千円）", size=10, bold=True, wrap=False)
    r += 1
    # left: two-row head
    for col, text in zip(
        "ABCD", ("No.", "重要業績評価指標（KPI）", "単位", "事業開始前\n（R5.3末）")
    ):
        merge(ws, f"{col}{r}:{col}{r + 1}", text, bold=True, box=True, shade=True, h="center")
    merge(ws, f"E{r}:F{r}", "R5年度", bold=True, box=True, shade=True, h="center")
    merge(ws, f"G{r}:H{r}", "R6年度", bold=True, box=True, shade=True, h="center")
    put(ws, f"I{r}", "R7年度", bold=True, box=True, shade=True, h="center")
    merge(ws, f"J{r}:J{r + 1}", "達成状況\n（R6年度）", bold=True, box=True, shade=True, h="center")
    for col, text in zip("EFGHI", ("目標", "実績", "目標", "実績", "目標")):
        put(ws, f"{col}{r + 1}", text, bold=True, box=True, shade=True, h="center")
    # right: money table on the same rows
    merge(ws, f"L{r}:L{r + 1}", "区分", bold=True, box=True, shade=True, h="center")
    for col, text in zip("MNO", ("R5年度", "R6年度", "R7年度\n（予定）")):
        merge(ws, f"{col}{r}:{col}{r + 1}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[r].height = 18
    ws.row_dimensions[r + 1].height = 18
    r += 2
    first = r
    for row in KATORI_KPI:
        no, name, unit, *vals = row
        put(ws, f"A{r}", no, box=True, h="center")
        put(ws, f"B{r}", name, box=True)
        put(ws, f"C{r}", unit, box=True, h="center")
        for col, v in zip("DEFGHIJ", vals):
            put(ws, f"{col}{r}", v, box=True, h="center" if isinstance(v, str) else "right")
        ws.row_dimensions[r].height = 26
        r += 1
    for i, (kubun, *money) in enumerate(KATORI_MONEY):
        put(ws, f"L{first + i}", kubun, box=True)
        for col, v in zip("MNO", money):
            put(ws, f"{col}{first + i}", v, box=True, h="right")
    r = notes_block(
        ws,
        r,
        [
            "※1　①は、千葉県観光入込調査による佐原の町並み地区の入込客数である。",
            "※2　②の令和6年度実績は、千葉県観光入込調査の宿泊客数が公表前のため「未集計」とし、達成状況は評価していない。",
            "※3　③は令和5年度に開始した取組のため、事業開始前は0人である。",
            "※4　右表のR7年度は予定額である。",
        ],
        "O",
    )
    r += 1
    put(ws, f"A{r}", "３　効果検証の結果", size=11, bold=True, wrap=False)
    r += 1
    fields = [
        (
            "推進会議の意見",
            "KPIのうち評価できる3項目では、スタンプラリーの参加者数が目標を大きく上回った。一方、入込客数は令和5年度を下回っており、佐原の大祭の開催日以外の誘客に課題がある。",
        ),
        (
            "今後の方針",
            "事業の内容を一部見直して継続する（令和7年度は外国人向けガイドを2名養成）。",
        ),
    ]
    fields_block(ws, r, fields, ("A", "C"), ("D", "O"), {"推進会議の意見": 30})
    page(ws, landscape=True)
    save(wb, SRC / "katori_sawara_kofukin_kensho_r6.xlsx")


# ---------------------------------------------------------------- 三郷市 (HTML)
# (label, name, unit, 現状値, 令和4年度, 令和5年度, 令和6年度（見込）, 目標 令和6年度, 目標 令和7年度)
MISATO_THEMES = (
    (
        "重点テーマ1　持続可能な拠点の形成～まちづくりは道づくり～",
        (("①", "都市計画道路の整備率", "％", "64.8", "67.2", "68.5", "69.9", "70.0", "72.0"),),
    ),
    (
        "重点テーマ2　多様性のある地域の確立～地域コミュニティの充実～",
        (
            ("②", "町会・自治会の加入率", "％", "58.6", "55.1", "54.3", "53.8", "56～58", "58～60"),
            (
                "③",
                "子ども見守りボランティアの登録者数",
                "人",
                "約2,100",
                "2,236",
                "2,310",
                "2,402",
                "2,400",
                "2,500",
            ),
        ),
    ),
    (
        "重点テーマ3　質の高い教育と切れ目ない子育て支援の強化～子どもたちの成長を見守る・夢を育む～",
        (
            ("④", "保育所等の待機児童数", "人", "19", "7", "3", "0", "0", "0"),
            (
                "⑤",
                "子ども見守りボランティアの登録者数（再掲）",
                "人",
                "約2,100",
                "2,236",
                "2,310",
                "2,402",
                "2,400",
                "2,500",
            ),
        ),
    ),
)


def misato_rows():
    out = []
    for theme, rows in MISATO_THEMES:
        out.append(f'<tr><th colspan="9" scope="rowgroup" class="theme">{theme}</th></tr>\n')
        for label, name, unit, *vals in rows:
            cells = "".join(f"<td>{v}</td>" for v in vals)
            out.append(
                f'<tr><td class="c">{label}</td><th scope="row">{name}</th><td class="c">{unit}</td>{cells}</tr>\n'
            )
    return "".join(out)


def build_misato():
    html = (
        """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>第5次三郷市総合計画 前期基本計画 成果指標の進捗状況（令和６年度） - 三郷市</title>
<style>
table { border-collapse: collapse; margin-bottom: 0.5em; }
th, td { border: 1px solid #333; padding: 2px 6px; }
td { text-align: right; }
td.c { text-align: center; }
th { background: #eef1f6; }
th[scope="row"] { text-align: left; font-weight: normal; background: #fff; }
th.theme { text-align: left; background: #dde6f0; }
dt { font-weight: bold; }
</style>
</head>
<body>
<nav aria-label="パンくずリスト"><ol>
<li><a href="/">ホーム</a></li>
<li><a href="/shisei/">市政情報</a></li>
<li><a href="/shisei/keikaku/">計画・施策</a></li>
<li><a href="/shisei/keikaku/sogo5/">第5次三郷市総合計画</a></li>
<li>成果指標の進捗状況（令和６年度）</li>
</ol></nav>
<main>
<h1>第5次三郷市総合計画 前期基本計画 成果指標の進捗状況（令和６年度）</h1>
<p class="update">更新日：2025年3月14日　担当：企画政策課</p>
<p>三郷市は埼玉県の東南端に位置し、都心からの距離は最も近い地点で15km、東を江戸川、西を中川に挟まれた面積30.22km²のまちです。昭和31年（1956年）9月30日に東和・彦成・早稲田の3か村が合併して三郷村となり、昭和47年（1972年）5月3日に市制を施行しました。令和4年（2022年）に市制施行50周年を迎え、人口は141,548人（2024年11月1日推計）です。</p>
<p>令和3年度にスタートした第5次三郷市総合計画では、前期基本計画の3つの重点テーマごとに成果指標を設定し、毎年度その進捗を確認しています。このページの令和6年度の実績値は、令和7年1月末時点の見込みです。</p>
<dl>
<dt>計画の名称</dt><dd>第5次三郷市総合計画 前期基本計画</dd>
<dt>計画期間</dt><dd>令和3年度～令和7年度（5年間）</dd>
<dt>担当課</dt><dd>企画政策課</dd>
</dl>
<h2>重点テーマごとの成果指標の進捗状況</h2>
<p>目標値の「～」は、幅をもたせて設定した目標です。「（再掲）」は、他の重点テーマに掲げた指標を再び掲げたものです。</p>
<table>
<thead>
<tr><th scope="col" rowspan="2">No.</th><th scope="col" rowspan="2">成果指標</th><th scope="col" rowspan="2">単位</th><th scope="col" rowspan="2">現状値<br>（令和元年度）</th><th scope="colgroup" colspan="3">実績値</th><th scope="colgroup" colspan="2">目標値</th></tr>
<tr><th scope="col">令和4年度</th><th scope="col">令和5年度</th><th scope="col">令和6年度<br>（見込）</th><th scope="col">令和6年度</th><th scope="col">令和7年度</th></tr>
</thead>
<tbody>
"""
        + misato_rows()
        + """</tbody>
</table>
<p>※1　③・⑤の現状値は、当時の登録名簿から集計した概数です。</p>
<p>※2　令和6年度の実績値は見込みのため、確定値は令和7年度中に公表します。</p>
<p class="contact">このページに関するお問い合わせ：企画政策課</p>
</main>
</body>
</html>
"""
    )
    (HERE / "misato_sogo5_seika_shihyo_r6.html").write_bytes(html.encode("utf-8"))


# ---------------------------------------------------------------- 東村山市 (CSV)
GOAL1 = "基本目標1　若い世代の結婚・出産・子育ての希望をかなえる"
GOAL2 = "基本目標2　東村山市や周辺地域に安定した雇用を創出する"
GOAL3 = "基本目標3　地域と住民のより良い関係を構築し、住宅都市の特徴を活かしたまちづくり"
HIGASHIMURAYAMA_LINES = (
    ("タイトル", "東村山市創生総合戦略 数値目標・重要業績評価指標（KPI）の実績（6年間の総括）"),
    ("公表日", "令和3年9月30日"),
    ("計画の名称", "東村山市人口ビジョン・東村山市創生総合戦略（平成28年3月策定）"),
    (
        "計画期間",
        "平成27年度～令和2年度（当初の平成27年度～令和元年度（平成31年度）の5年間を1年間延伸）",
    ),
    ("担当課", "経営政策部　企画政策課"),
    (
        "市の概要",
        "本市は東京都の多摩地域北部、武蔵野台地のほぼ中央に位置し、面積は17.14km²。昭和39年（1964年）に市制を施行した。人口は平成23年（2011年）7月をピークに減少に転じ、151,815人（令和2年国勢調査）となった。"
        "都内唯一の木造の国宝建造物である正福寺地蔵堂や、花菖蒲で知られる北山公園（昭和51年（1976年）に都市計画公園として決定）がある。",
    ),
    (
        "注記",
        "基準値の年度は「基準年度」欄のとおり。目標値（H31）は策定時の目標値、目標値（R2）は計画期間の延伸にあたり設定した令和2年度の目標値で、「―」は延伸にあたり目標値を設定しなかったもの。「累計」は平成27年度からの累計。△は減少（転出超過）を示す。",
    ),
    (),
    ("■数値目標・KPIの実績",),
    (
        "基本目標",
        "区分",
        "No.",
        "指標名",
        "単位",
        "基準値",
        "基準年度",
        "H27実績",
        "H28実績",
        "H29実績",
        "H30実績",
        "R元実績",
        "R2実績",
        "目標値（H31）",
        "目標値（R2）",
    ),
    (
        GOAL1,
        "数値目標",
        "①",
        "合計特殊出生率",
        "―",
        "1.29",
        "H26",
        "1.31",
        "1.27",
        "1.26",
        "1.24",
        "1.20",
        "1.18",
        "1.40",
        "1.40",
    ),
    (
        GOAL1,
        "KPI",
        "②",
        "保育所待機児童数",
        "人",
        "134",
        "H27",
        "134",
        "98",
        "72",
        "51",
        "23",
        "0",
        "0",
        "0",
    ),
    (
        GOAL2,
        "KPI",
        "③",
        "創業支援による創業者数",
        "人",
        "18",
        "H26",
        "累計21",
        "累計45",
        "累計70",
        "累計92",
        "累計118",
        "累計139",
        "100",
        "―",
    ),
    (
        GOAL3,
        "数値目標",
        "④",
        "転入超過数",
        "人",
        "△312",
        "H26",
        "△198",
        "45",
        "312",
        "△56",
        "128",
        "406",
        "200",
        "200",
    ),
    (
        GOAL3,
        "KPI",
        "⑤",
        "北山公園菖蒲まつりの来場者数",
        "千人",
        "182",
        "H27",
        "182",
        "175",
        "190",
        "168",
        "201",
        "中止",
        "200",
        "210",
    ),
    (
        "注記",
        "④は住民基本台帳による各年度の転入者数から転出者数を差し引いた数。⑤の令和2年度は、新型コロナウイルス感染症の影響により菖蒲まつりを中止した。",
    ),
)


def csv_field(v):
    if any(ch in v for ch in ',"\r\n'):
        return '"' + v.replace('"', '""') + '"'
    return v


def build_higashimurayama():
    width = 15
    lines = []
    for row in HIGASHIMURAYAMA_LINES:
        if not row:
            lines.append("")
            continue
        cells = list(row) + [""] * (width - len(row))
        lines.append(",".join(csv_field(c) for c in cells))
    text = "\ufeff" + "\r\n".join(lines) + "\r\n"
    (HERE / "higashimurayama_sousei_kpi_sokatsu_r2.csv").write_bytes(text.encode("utf-8"))


def to_pdf():
    for name in ("katori_sawara_kofukin_kensho_r6",):
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
    build_namegata()
    build_katori()
    build_misato()
    build_higashimurayama()
    if "--no-pdf" not in sys.argv:
        to_pdf()


if __name__ == "__main__":
    main()
