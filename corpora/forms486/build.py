"""Build the forms486 corpus: three one-page PDFs (鹿部町, 登米市, 棚倉町) from XLSX sources in source/ via LibreOffice,
and one HTML page (風間浦村). Run `/work/venv/bin/python build.py` (`--no-pdf` skips LibreOffice)."""
# ruff: noqa: E501, B905

import re
import subprocess
import sys
import zipfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = Path(__file__).resolve().parent
SRC = HERE / "source"
FONT = "IPAexGothic"
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
GREY = PatternFill("solid", fgColor="D9D9D9")
FIXED = (2025, 1, 1, 0, 0, 0)


def put(ws, ref, value, bold=False, size=9, fill=None, box=True, h="left", wrap=True):
    c = ws[ref]
    c.value = value
    c.font = Font(name=FONT, size=size, bold=bold)
    c.alignment = Alignment(horizontal=h, vertical="center", wrap_text=wrap)
    if box:
        c.border = BOX
    if fill:
        c.fill = fill


def merge(ws, rng, value, **kw):
    first = rng.split(":")[0]
    ws.merge_cells(rng)
    for row in ws[rng]:
        for c in row:
            if kw.get("box", True):
                c.border = BOX
            if kw.get("fill"):
                c.fill = kw["fill"]
    put(ws, first, value, **kw)


def setup(ws, widths, landscape):
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.6


def save_stable(wb, path):
    """Save, then rewrite the zip with fixed entry times and fixed document dates."""
    wb.save(path)
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                data = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", b"2025-01-01T00:00:00Z", data)
            info = zipfile.ZipInfo(name, FIXED)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


def fields(ws, rows, last):
    """Key-value form rows: label in A (grey), value merged B..last."""
    for r, (k, v, height) in rows.items():
        put(ws, f"A{r}", k, bold=True, fill=GREY, h="center")
        merge(ws, f"B{r}:{last}{r}", v)
        ws.row_dimensions[r].height = height


def shikabe():
    wb = Workbook()
    ws = wb.active
    ws.title = "実施状況R6"
    setup(ws, {"A": 30, "B": 8, "C": 7, "D": 15, "E": 14, "F": 14, "G": 14, "H": 34}, True)
    merge(
        ws,
        "A1:H1",
        "地域再生計画に係る交付金事業の実施状況（令和６年度）",
        bold=True,
        size=14,
        box=False,
        h="center",
    )
    ws.row_dimensions[1].height = 26
    merge(ws, "A2:H2", "令和7年3月　鹿部町", box=False, h="right")
    fields(
        ws,
        {
            3: ("地域再生計画の名称", "しかべ間歇泉を核とした交流人口拡大計画", 18),
            4: ("担当課", "企画調整課", 18),
            5: (
                "計画期間",
                "令和4年4月1日～令和7年3月31日（交付対象事業費　3か年合計 36,900千円）",
                18,
            ),
            6: (
                "町の現状",
                "大正13年に発見された「しかべ間歇泉」は、道の駅にある全国で唯一の間歇泉として平成30年に63番目の北海道遺産に選定され、令和6年に発見100年を迎えた。本計画では間歇泉を核に、たらこ・昆布など水産加工品の販路拡大と移住の促進を一体的に進める。",
                44,
            ),
        },
        "H",
    )
    put(ws, "A8", "■重要業績評価指標（KPI）の目標と実績", bold=True, size=11, box=False, wrap=False)
    head = [
        "重要業績評価指標（KPI）",
        "単位",
        "区分",
        "事業開始前\n（R4.3末）",
        "1年目\n（R4年度）",
        "2年目\n（R5年度）",
        "3年目\n（R6年度）",
        "備考",
    ]
    for i, t in enumerate(head):
        put(ws, f"{'ABCDEFGH'[i]}9", t, bold=True, fill=GREY, h="center")
    ws.row_dimensions[9].height = 30
    kpis = [
        (
            "①しかべ間歇泉公園の入場者数",
            "人",
            "48,200",
            ["50,000", "53,000", "56,000"],
            ["49,870", "54,120", "61,305"],
            "R6は発見100年記念事業を実施",
        ),
        (
            "②町外からの移住者数",
            "人",
            "6",
            ["8", "10", "12"],
            ["5", "11", "9（見込）"],
            "R6実績は令和7年2月末の見込値",
        ),
        (
            "③ふるさと納税寄附額",
            "※",
            "128",
            ["150", "170", "190"],
            ["163", "158", "204.5"],
            "年度内の寄附受入額",
        ),
        (
            "④鹿部産たらこ加工品の新規取引事業者数",
            "社",
            "―",
            ["2", "2", "3"],
            ["1", "3", "2"],
            "単年度の新規取引数",
        ),
    ]
    r = 10
    for name, unit, base, tg, ac, note in kpis:
        merge(ws, f"A{r}:A{r + 1}", name)
        merge(ws, f"B{r}:B{r + 1}", unit, h="center")
        put(ws, f"C{r}", "目標", h="center")
        put(ws, f"C{r + 1}", "実績", h="center")
        merge(ws, f"D{r}:D{r + 1}", base, h="right")
        for j, col in enumerate("EFG"):
            put(ws, f"{col}{r}", tg[j], h="right")
            put(ws, f"{col}{r + 1}", ac[j], h="right")
        merge(ws, f"H{r}:H{r + 1}", note)
        ws.row_dimensions[r].height = ws.row_dimensions[r + 1].height = 18
        r += 2
    merge(
        ws,
        f"A{r}:H{r}",
        "※ KPI③の単位は百万円（寄附受入額の年度計。返礼品等の経費を差し引く前の額）。",
        box=False,
    )
    merge(
        ws,
        f"A{r + 1}:H{r + 1}",
        "※ 事業開始前の値は令和4年3月末時点。④は事業開始前の集計なし（―）。",
        box=False,
    )
    save_stable(wb, SRC / "shikabe_saisei_jisshi_r6.xlsx")


def tome():
    wb = Workbook()
    ws = wb.active
    ws.title = "KPI検証R5"
    setup(
        ws,
        {
            "A": 22,
            "B": 5,
            "C": 28,
            "D": 10,
            "E": 10,
            "F": 10,
            "G": 10,
            "H": 10,
            "I": 10,
            "J": 7,
            "K": 8,
        },
        False,
    )
    merge(
        ws,
        "A1:K1",
        "第二次登米市まち・ひと・しごと創生総合戦略\n重要業績評価指標（KPI）の検証（令和５年度実績）",
        bold=True,
        size=13,
        box=False,
        h="center",
    )
    ws.row_dimensions[1].height = 40
    merge(ws, "A2:K2", "令和6年9月　登米市", box=False, h="right")
    fields(
        ws,
        {
            3: ("計画の名称", "第二次登米市まち・ひと・しごと創生総合戦略", 18),
            4: ("計画期間", "令和3年度～令和7年度（5年間）", 18),
            5: ("担当課", "企画部　企画政策課", 18),
            6: (
                "市の概要",
                "本市は平成17年4月に9町が合併して誕生した。国勢調査人口は平成17年の89,316人から平成27年には81,959人に減少しており、面積536.12km²の市域で、総合計画基本計画の重点戦略をベースに本戦略を推進している。",
                44,
            ),
        },
        "K",
    )
    put(ws, "A8", "■基本目標別　重要業績評価指標（KPI）", bold=True, size=11, box=False, wrap=False)
    merge(ws, "A9:A10", "基本目標", bold=True, fill=GREY, h="center")
    merge(ws, "B9:B10", "No.", bold=True, fill=GREY, h="center")
    merge(ws, "C9:C10", "重要業績評価指標", bold=True, fill=GREY, h="center")
    merge(ws, "D9:D10", "基準値\n（H31）", bold=True, fill=GREY, h="center")
    merge(ws, "E9:G9", "実績値", bold=True, fill=GREY, h="center")
    merge(ws, "H9:I9", "目標値", bold=True, fill=GREY, h="center")
    merge(ws, "J9:J10", "評価", bold=True, fill=GREY, h="center")
    merge(ws, "K9:K10", "単位", bold=True, fill=GREY, h="center")
    for col, t in zip(
        "EFGHI", ["2021年度", "2022年度", "2023年度", "2023年度\n（中間）", "2025年度\n（最終）"]
    ):
        put(ws, f"{col}10", t, bold=True, fill=GREY, h="center")
    ws.row_dimensions[9].height = 18
    ws.row_dimensions[10].height = 30
    rows = [
        ("1", "248", ["221", "230", "214"], ["250", "260"], "未達成", "件", "婚姻届出数"),
        ("2", "12", ["5", "3", "0"], ["0", "0"], "達成", "人", "保育所等待機児童数（4月1日現在）"),
        (
            "3",
            "298",
            ["241", "263", "281"],
            ["300", "310"],
            "未達成",
            "千人",
            "市民バス年間利用者数",
        ),
        (
            "4",
            "―",
            ["35", "78", "126"],
            ["120", "200"],
            "達成",
            "人",
            "企業立地による新規雇用者数（R3からの累計）",
        ),
        ("5", "14", ["21", "18", "16"], ["20", "20"], "未達成", "人", "新規就農者数"),
    ]
    goals = [
        (11, 12, "基本目標１\n結婚・子育ての希望をかなえる"),
        (13, 13, "基本目標２\n安心して暮らし続けられるまち"),
        (15, 16, "基本目標３\n魅力ある雇用を創出する"),
    ]
    layout = {11: 0, 12: 1, 13: 2, 15: 3, 16: 4}
    for first, last, text in goals:
        merge(ws, f"A{first}:A{last}", text, size=8)
    for r, i in layout.items():
        no, base, ac, tg, ev, unit, name = rows[i]
        put(ws, f"B{r}", no, h="center")
        put(ws, f"C{r}", name)
        put(ws, f"D{r}", base, h="right")
        for col, v in zip("EFG", ac):
            put(ws, f"{col}{r}", v, h="right")
        for col, v in zip("HI", tg):
            put(ws, f"{col}{r}", v, h="right")
        put(ws, f"J{r}", ev, h="center")
        put(ws, f"K{r}", unit, h="center")
        ws.row_dimensions[r].height = 30
    merge(
        ws,
        "A14:K14",
        "※ No.3は市民バス全路線の乗車人員。令和3年度は新型コロナウイルス感染症の影響により一部路線を減便（年間約40日）。",
        size=8,
        fill=PatternFill("solid", fgColor="F2F2F2"),
    )
    ws.row_dimensions[14].height = 18
    merge(
        ws,
        "A18:K18",
        "評価：中間目標（2023年度）に対する2023年度実績により判定。基準値（H31）は平成31年度（令和元年度）の値。",
        box=False,
        size=8,
    )
    save_stable(wb, SRC / "tome_senryaku2_kpi_kensho_r5.xlsx")


def tanagura():
    wb = Workbook()
    ws = wb.active
    ws.title = "事務事業評価"
    setup(ws, {"A": 10, "B": 30, "C": 7, "D": 9, "E": 9, "F": 9, "G": 9, "H": 9, "I": 9}, False)
    merge(
        ws,
        "A1:I1",
        "事務事業評価シート（令和６年度実施事業）",
        bold=True,
        size=14,
        box=False,
        h="center",
    )
    ws.row_dimensions[1].height = 26
    merge(ws, "A2:I2", "棚倉町", box=False, h="right")
    ws.column_dimensions["A"].width = 14
    fields(
        ws,
        {
            3: ("事務事業名", "移住・定住促進事業", 18),
            4: ("担当課", "地域創生課", 18),
            5: ("事業期間", "令和4年度～令和8年度", 18),
            6: (
                "事業の概要",
                "本町は東京から約200km、総面積159.93km²の町で、トマトやイチゴなど施設園芸が盛んである。首都圏での移住相談会、空き家バンク、お試し住宅（2棟）の運営により、本町への移住と定住を促進する。",
                44,
            ),
        },
        "I",
    )
    put(ws, "A8", "２　指標の推移", bold=True, size=11, box=False, wrap=False)
    merge(ws, "A9:A10", "区分", bold=True, fill=GREY, h="center")
    merge(ws, "B9:B10", "指標名", bold=True, fill=GREY, h="center")
    merge(ws, "C9:C10", "単位", bold=True, fill=GREY, h="center")
    for cols, y in (("DE", "令和４年度"), ("FG", "令和５年度"), ("HI", "令和６年度")):
        merge(ws, f"{cols[0]}9:{cols[1]}9", y, bold=True, fill=GREY, h="center")
        put(ws, f"{cols[0]}10", "目標", bold=True, fill=GREY, h="center")
        put(ws, f"{cols[1]}10", "実績", bold=True, fill=GREY, h="center")
    rows = [
        ("①移住相談会・相談窓口での相談件数", "件", ["40", "36", "45", "52", "50", "58"]),
        ("②空き家バンク登録件数※", "件", ["10", "8", "20", "19", "30", "27"]),
        ("③移住支援制度を利用した転入者数", "人", ["20", "17", "25", "31", "30", "２８"]),
        ("④お試し住宅利用後の定住世帯数", "世帯", ["3", "2", "3", "4", "4", "―"]),
    ]
    merge(ws, "A11:A12", "活動指標", h="center")
    merge(ws, "A13:A14", "成果指標", h="center")
    for r, (name, unit, vals) in enumerate(rows, start=11):
        put(ws, f"B{r}", name)
        put(ws, f"C{r}", unit, h="center")
        for col, v in zip("DEFGHI", vals):
            put(ws, f"{col}{r}", v, h="right")
        ws.row_dimensions[r].height = 24
    merge(
        ws,
        "A15:I15",
        "※ ②空き家バンク登録件数は、令和４年度は単年度の登録件数、令和５年度以降は制度開始（令和４年度）からの累計件数で計上（目標・実績とも）。",
        box=False,
        size=8,
    )
    merge(
        ws,
        "A16:I16",
        "※ ④の令和６年度実績は、お試し住宅の利用期間（最長1年）が終了していないため集計できない（―）。",
        box=False,
        size=8,
    )
    ws.row_dimensions[15].height = 24
    put(ws, "A18", "３　評価", bold=True, size=11, box=False, wrap=False)
    put(ws, "A19", "有効性", bold=True, fill=GREY, h="center")
    merge(
        ws,
        "B19:I19",
        "B　概ね順調（相談件数・転入者数は増加傾向にあるが、空き家の登録が伸び悩んでいる）",
    )
    save_stable(wb, SRC / "tanagura_jimujigyo_ijuteiju_r6.xlsx")


KAZAMAURA = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>第５次風間浦村総合振興計画　施策別成果指標の進捗状況（令和５年度） | 風間浦村</title>
</head>
<body>
<nav><ol class="breadcrumb"><li><a href="/">トップページ</a></li><li><a href="/soshiki/">村政情報</a></li><li><a href="/soshiki/keikaku/">計画・行政評価</a></li><li>施策別成果指標の進捗状況（令和５年度）</li></ol></nav>
<main>
<h1>第５次風間浦村総合振興計画　施策別成果指標の進捗状況（令和５年度）</h1>
<p class="date">更新日：2024年8月30日　担当：総務課　企画係</p>
<p>風間浦村は、明治22年（1889年）に下風呂村、易国間村、蛇浦村の3村が合併して誕生した、津軽海峡に面した本州最北の村です。面積は69.55平方キロメートル、人口は1,673人（2023年2月28日現在）です。</p>
<p>第５次風間浦村総合振興計画（令和3年度～令和7年度）では、アンコウをはじめとする水産業と下風呂温泉郷の観光を柱に施策を進めています。計画の中間年にあたる令和５年度の成果指標の状況を公表します。</p>
<h2>施策別成果指標の進捗状況</h2>
<table border="1">
<caption>（単位　①：t　②：人　③：千人　④⑤：％）</caption>
<thead>
<tr><th rowspan="2">施策</th><th rowspan="2">成果指標</th><th rowspan="2">現状値<br>（H30）</th><th colspan="3">実績値</th><th colspan="2">目標値</th></tr>
<tr><th>R3</th><th>R4</th><th>R5</th><th>R5（中間）</th><th>R7（最終）</th></tr>
</thead>
<tbody>
<tr><th rowspan="2">1-1　水産業の振興</th><th>①アンコウの水揚量</th><td>38</td><td>31</td><td>35</td><td>３３</td><td>40</td><td>42</td></tr>
<tr><th>②新規漁業就業者数</th><td>1</td><td>0</td><td>2</td><td>1</td><td>2</td><td>2</td></tr>
<tr><th>2-1　観光の振興</th><th>③下風呂温泉郷の観光入込客数</th><td>52.4</td><td>28.9</td><td>39.8</td><td>47.3</td><td>50.0</td><td>55.0</td></tr>
<tr><th rowspan="2">3-1　健康づくりの推進</th><th>④特定健康診査受診率</th><td>38.5</td><td>40.2</td><td>43.1</td><td>45.6</td><td>45.0</td><td>50.0</td></tr>
<tr><th>⑤胃がん検診受診率</th><td>12.1</td><td>11.4</td><td>13.0</td><td>12.8</td><td>15.0</td><td>18.0</td></tr>
</tbody>
</table>
<p class="note">※ ③は千人単位（小数点第2位を四捨五入）。④は法定報告値（各年度）。</p>
<p>お問い合わせ：風間浦村役場　総務課　企画係</p>
</main>
</body>
</html>
"""


def main():
    SRC.mkdir(exist_ok=True)
    shikabe()
    tome()
    tanagura()
    (HERE / "kazamaura_sogo5_seika_r5.html").write_text(KAZAMAURA, encoding="utf-8")
    if "--no-pdf" in sys.argv:
        return
    for x in sorted(SRC.glob("*.xlsx")):
        subprocess.run(
            ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(HERE), str(x)],
            check=True,
            capture_output=True,
        )


if __name__ == "__main__":
    main()
