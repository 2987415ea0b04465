"""Build forms498: four KPI documents of 大樹町, 東通村, 鶴岡市 and 名取市.

Writes `taiki_sora_jimujigyo_r5.xlsx` (the workbook is the document), `higashidori_shiriyazaki_seika_r5.html`,
`natori_jimujigyo_seika_r5.csv` (Shift_JIS, CRLF) and the XLSX source `source/tsuruoka_gastro_kofukin_kensho_r5.xlsx`,
which LibreOffice turns into `tsuruoka_gastro_kofukin_kensho_r5.pdf`.
Run `/work/venv/bin/python build.py` (`--no-pdf` skips LibreOffice). XLSX, HTML, CSV and the source are byte-stable.
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
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = Path(__file__).resolve().parent
SRC = HERE / "source"
FONT = "IPAexGothic"
THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
SHADE = PatternFill("solid", fgColor="D9D9D9")
STAMP = datetime.datetime(2024, 8, 20, 9, 0, 0)
COLS = "ABCDEFGHIJKLMNOP"


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


def save(wb, path):
    """Save with fixed properties and fixed zip timestamps, so the bytes do not change."""
    wb.properties.creator = "forms498"
    wb.properties.lastModifiedBy = "forms498"
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
                    rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2024-08-20T09:00:00Z", data
                )
                data = re.sub(
                    rb"(<dcterms:created[^>]*>)[^<]*", rb"\g<1>2024-08-20T09:00:00Z", data
                )
            info = zipfile.ZipInfo(item.filename, date_time=(2024, 8, 20, 9, 0, 0))
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


# ---------------------------------------------------------------- 大樹町 (XLSX document)
def build_taiki():
    wb = Workbook()
    ws = wb.active
    ws.title = "事務事業評価"
    widths = {"A": 10, "B": 5, "C": 30, "D": 6, "E": 12, "F": 9, "G": 10, "H": 9, "I": 9, "J": 9}
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
    merge(ws, "A2:J2", "作成日　令和6年8月20日　大樹町", h="right")
    put(ws, "A4", "１　事業の概要", size=11, bold=True, wrap=False)
    fields = [
        ("事務事業名", "宇宙交流センターSORA管理運営事業"),
        ("担当課", "宇宙航空課"),
        ("関連計画", "地域再生計画「大樹発！航空宇宙関連産業集積による地域創生推進計画」"),
        ("事業期間", "平成26年度～（継続）"),
        ("事業費（R5決算）", "7,420千円（うち一般財源　7,420千円）"),
        (
            "事業の概要",
            "本町は昭和60年（1985年）に「航空宇宙基地構想」を掲げ、平成7年（1995年）には美成地区に1,000mの滑走路を持つ多目的航空公園が完成した。"
            "宇宙交流センターSORAは平成26年（2014年）4月30日に公園内に開館した木造平屋約155㎡の展示施設で、町内で打ち上げられたロケットの実機など約50点を展示している。"
            "令和3年（2021年）4月に北海道スペースポートが本格稼働したことから、一般開放とガイド解説により視察・見学の受入拠点とする。",
        ),
    ]
    r = 5
    for key, val in fields:
        put(ws, f"A{r}", key, bold=True, box=True, shade=True)
        ws.merge_cells(f"A{r}:B{r}")
        boxed(ws, f"A{r}:B{r}", shade=True)
        merge(ws, f"C{r}:J{r}", val, box=True)
        ws.row_dimensions[r].height = 62 if key == "事業の概要" else 18
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
    for i, text in enumerate(head):
        put(ws, f"{COLS[i]}{r}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[r].height = 22
    r += 1
    pct = "0.0%"
    rows = [
        ("活動指標", 1, "一般開放日数", "日", [128, 205, "200～215", 214, 215, 215]),
        ("活動指標", 2, "団体視察のガイド解説件数", "件", [36, 58, 60, 71, 65, 70]),
        (
            "成果指標",
            3,
            "SORA入館者数",
            "人",
            ["2,864（7月1日～11月5日）", 9412, 10000, 11268, 11500, 12000],
        ),
        (
            "成果指標",
            4,
            "入館者アンケートで「満足」と答えた人の割合",
            "%",
            [0.886, 0.902, 0.9, 0.894, 0.92, 0.93],
        ),
        (
            "成果指標",
            5,
            "SORA・道の駅コスモール大樹・晩成温泉を巡るスタンプラリーの達成者数",
            "人",
            ["―", 412, 500, 468, 550, 600],
        ),
    ]
    start = r
    for kubun, no, name, unit, vals in rows:
        put(ws, f"A{r}", kubun, box=True, h="center")
        put(ws, f"B{r}", no, box=True, h="center")
        put(ws, f"C{r}", name, box=True)
        put(ws, f"D{r}", unit, box=True, h="center")
        for i, v in enumerate(vals):
            if isinstance(v, str):
                put(ws, f"{COLS[4 + i]}{r}", v, box=True, h="center")
            elif isinstance(v, float):
                put(ws, f"{COLS[4 + i]}{r}", v, box=True, h="right", fmt=pct)
            else:
                put(ws, f"{COLS[4 + i]}{r}", v, box=True, h="right", fmt="#,##0")
        ws.row_dimensions[r].height = 30 if no == 5 else 22
        r += 1
    ws.merge_cells(f"A{start}:A{start + 1}")
    ws.merge_cells(f"A{start + 2}:A{start + 4}")
    notes = [
        "※No.1の令和5年度目標は、開放期間（4月下旬～11月上旬）の曜日の並びにより幅をもたせて設定した。",
        "※No.3の令和3年度は、新型コロナウイルス感染症の影響により一般開放を7月1日から11月5日までとした。",
        "※No.5のスタンプラリーは令和4年度から実施（令和3年度は未実施）。",
    ]
    for note in notes:
        merge(ws, f"A{r}:J{r}", note, size=8)
        ws.row_dimensions[r].height = 14
        r += 1
    r += 1
    put(ws, f"A{r}", "３　評価", size=11, bold=True, wrap=False)
    r += 1
    evals = [
        ("有効性", "A（目標を概ね達成し、効果があった）"),
        ("今後の方向性", "拡充（北海道スペースポートの射場整備にあわせて展示を更新する）"),
    ]
    for key, val in evals:
        put(ws, f"A{r}", key, bold=True, box=True, shade=True)
        ws.merge_cells(f"A{r}:B{r}")
        boxed(ws, f"A{r}:B{r}", shade=True)
        merge(ws, f"C{r}:J{r}", val, box=True)
        ws.row_dimensions[r].height = 18
        r += 1
    page(ws, landscape=False)
    save(wb, HERE / "taiki_sora_jimujigyo_r5.xlsx")


# ---------------------------------------------------------------- 鶴岡市 (PDF source, landscape)
def build_tsuruoka():
    wb = Workbook()
    ws = wb.active
    ws.title = "効果検証"
    widths = {
        "A": 5,
        "B": 34,
        "C": 7,
        "D": 11,
        "E": 10,
        "F": 10,
        "G": 10,
        "H": 14,
        "I": 10,
        "J": 11,
    }
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    merge(
        ws,
        "A1:J1",
        "デジタル田園都市国家構想交付金（地方創生推進タイプ）　効果検証シート（令和５年度実績）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:J2", "令和6年8月　鶴岡市 食文化創造都市推進課", h="right")
    fields = [
        ("交付対象事業の名称", "ユネスコ食文化創造都市「鶴岡ガストロノミーツーリズム」推進事業"),
        ("事業実施期間", "令和4年度～令和6年度（3か年）"),
        ("交付対象事業費", "R5：38,200千円（うち交付金　19,100千円）"),
        ("担当課", "食文化創造都市推進課"),
        (
            "市の概要",
            "平成17年（2005年）10月に近隣の5町村と合併し、面積1,311.51km²は東北地方の市で最大。人口115,051人（2024年11月1日推計）。"
            "2014年12月に日本で初めてユネスコ創造都市ネットワーク（食文化分野）への加盟が認められ、60種類の在来作物が受け継がれている。"
            "2016年には農林水産省の「食と農の景勝地」にも認定された。",
        ),
    ]
    r = 4
    for key, val in fields:
        merge(ws, f"A{r}:B{r}", key, bold=True, box=True, shade=True)
        merge(ws, f"C{r}:J{r}", val, box=True)
        ws.row_dimensions[r].height = 44 if key == "市の概要" else 18
        r += 1
    r += 1
    put(ws, f"A{r}", "■重要業績評価指標（KPI）の目標と実績", size=11, bold=True, wrap=False)
    r += 1
    head = [
        "No.",
        "重要業績評価指標（KPI）",
        "単位",
        "基準値（R3）",
        "R4目標",
        "R4実績",
        "R5目標",
        "R5実績",
        "R6目標",
        "R5達成状況",
    ]
    for i, text in enumerate(head):
        put(ws, f"{COLS[i]}{r}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[r].height = 24
    r += 1
    strike = CellRichText(TextBlock(InlineFont(rFont=FONT, sz=9, strike=True), "1,940"), " 2,140")
    rows = [
        (
            "①",
            "食文化体験プログラムの参加者数",
            "人",
            [1240, 1500, 1630, 2000, strike, 2500, "達成"],
        ),
        ("②", "外国人宿泊者数", "人泊", [8460, 12000, 10950, 16000, 17820, 20000, "達成"]),
        ("③", "在来作物を使った新商品の開発数（累計）", "品", [0, 4, 5, 8, 9, 12, "達成"]),
        (
            "④",
            "ふるさと納税寄附額（食関連返礼品分）",
            "百万円",
            [412, 450, 438, 480, 503, 520, "達成"],
        ),
        ("⑤", "料理人育成講座の修了者数", "人", [12, 15, 14, 18, 16, 20, "未達成"]),
    ]
    for label, name, unit, vals in rows:
        put(ws, f"A{r}", label, box=True, h="center")
        put(ws, f"B{r}", name, box=True)
        put(ws, f"C{r}", unit, box=True, h="center")
        for i, v in enumerate(vals):
            ref = f"{COLS[3 + i]}{r}"
            if isinstance(v, CellRichText):
                cell = ws[ref]
                cell.value = v
                cell.font = font()
                cell.alignment = Alignment(horizontal="right", vertical="center")
                cell.border = BOX
            elif isinstance(v, str):
                put(ws, ref, v, box=True, h="center")
            else:
                put(ws, ref, v, box=True, h="right", fmt="#,##0")
        ws.row_dimensions[r].height = 22
        r += 1
    notes = [
        "※①の令和5年度実績は、集計の誤りにより訂正した（訂正前の数値を取消線で示す）。",
        "※②は観光庁「宿泊旅行統計調査」による暦年（1月～12月）の値。基準値・目標値・実績値とも暦年で示す。",
        "※達成状況は令和5年度の目標と実績を比べたもの。",
    ]
    for note in notes:
        merge(ws, f"A{r}:J{r}", note, size=8)
        ws.row_dimensions[r].height = 14
        r += 1
    r += 1
    tail = [
        ("地方創生への効果", "地方創生に相当程度効果があった"),
        ("今後の方針", "事業の継続（令和6年度で交付期間終了後は自主財源により継続）"),
    ]
    for key, val in tail:
        merge(ws, f"A{r}:B{r}", key, bold=True, box=True, shade=True)
        merge(ws, f"C{r}:J{r}", val, box=True)
        ws.row_dimensions[r].height = 18
        r += 1
    page(ws, landscape=True)
    save(wb, SRC / "tsuruoka_gastro_kofukin_kensho_r5.xlsx")


# ---------------------------------------------------------------- 東通村 (HTML)
HIGASHIDORI = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>令和５年度　主要な施策の成果（尻屋崎周辺の観光振興） | 東通村</title>
</head>
<body>
<nav aria-label="パンくずリスト"><ol>
<li><a href="/">ホーム</a></li>
<li><a href="/sonsei/">村政情報</a></li>
<li><a href="/sonsei/zaisei/">財政</a></li>
<li>令和５年度　主要な施策の成果（尻屋崎周辺の観光振興）</li>
</ol></nav>
<main>
<h1>令和５年度　主要な施策の成果（尻屋崎周辺の観光振興）</h1>
<p class="date">更新日：2024年10月1日　担当：産業振興課</p>
<p>東通村は下北半島の北東部に位置し、面積は295.32km²です。村の約80％を山林・原野が占め、約65kmの海岸線と猿ヶ森砂丘を有しています。明治22年の町村制施行以来むつ市に役場を置いていましたが、昭和63年に砂子又地区へ移転しました。人口は5,330人（2024年9月1日推計）です。</p>
<p>本州最北東端の尻屋崎には明治9年に点灯した尻屋埼灯台があり、周辺の牧草地では寒立馬が放牧されています。尻屋崎ゲートは4月から11月まで開門し、12月から3月までは冬期閉鎖となります。</p>
<dl>
<dt>施策名</dt><dd>尻屋崎周辺の観光振興</dd>
<dt>決算額</dt><dd>令和5年度　38,460千円</dd>
<dt>担当課</dt><dd>産業振興課</dd>
</dl>
<h2>成果指標の推移</h2>
<p>年度ごとの値を縦に並べています。値は尻屋崎ゲートの開門期間（4月～11月）のものです。令和5年度は速報値（令和6年9月末時点）です。</p>
<table border="1">
<thead>
<tr><th scope="col">年度</th><th scope="col">①尻屋崎ゲート通過車両数<br>（千台）</th><th scope="col">②寒立馬の放牧頭数<br>（頭）</th><th scope="col">③尻屋崎公園ビジターハウス利用者数<br>（千人）</th><th scope="col">④観光ガイドの案内件数<br>（件）</th><th scope="col">⑤村内宿泊施設の宿泊者数<br>（人泊）</th></tr>
</thead>
<tbody>
<tr><th scope="row">基準値（平成30年度）</th><td>52.4</td><td>約30</td><td>41.2</td><td>86</td><td>9,860</td></tr>
<tr><th scope="row">令和3年度</th><td>38.6</td><td>33</td><td>24.8</td><td>41</td><td>7,420</td></tr>
<tr><th scope="row">令和4年度</th><td>46.1</td><td>35</td><td>33.5</td><td>67</td><td>8,910</td></tr>
<tr><th scope="row">令和5年度（速報値）</th><td>49.8</td><td>36</td><td>37.9</td><td>92</td><td>9,540</td></tr>
</tbody>
<tfoot>
<tr><th scope="row">目標値（令和7年度）</th><td>55.0</td><td>現状維持</td><td>45.0</td><td>100</td><td>11,000</td></tr>
</tfoot>
</table>
<h2>参考　尻屋崎ゲートの開門期間</h2>
<table border="1">
<thead>
<tr><th scope="col">年度</th><th scope="col">開門日</th><th scope="col">閉門日</th><th scope="col">開門日数</th></tr>
</thead>
<tbody>
<tr><th scope="row">令和3年度</th><td>4月1日</td><td>11月30日</td><td>244日</td></tr>
<tr><th scope="row">令和4年度</th><td>4月1日</td><td>11月30日</td><td>244日</td></tr>
<tr><th scope="row">令和5年度</th><td>4月1日</td><td>11月30日</td><td>244日</td></tr>
</tbody>
</table>
<p>※開門時間は4月が8時から16時まで、5月から11月までが7時から17時までです。</p>
</main>
<footer><p>東通村役場　産業振興課</p></footer>
</body>
</html>
"""


def build_higashidori():
    (HERE / "higashidori_shiriyazaki_seika_r5.html").write_text(HIGASHIDORI, encoding="utf-8")


# ---------------------------------------------------------------- 名取市 (CSV, Shift_JIS)
NATORI = [
    ["名取市　令和6年度 事務事業評価 成果指標一覧（令和5年度実施事業・産業振興分野）"],
    ["公表日", "令和7年1月17日"],
    ["取りまとめ", "政策企画課"],
    [
        "市の概要",
        "仙台市の南東に隣接し、市内に仙台空港を擁する。面積98.18平方キロメートル、人口78,967人（2024年12月1日推計）。"
        "1958年（昭和33年）市制施行。名取川河口の閖上地区では2013年12月1日にゆりあげ港朝市が本格再開し、"
        "2019年4月25日には商業施設「かわまちてらす閖上」（全27店舗）がグランドオープンした。",
    ],
    [
        "注記",
        "千人の指標は小数第1位まで。R6見込は令和6年12月末時点の見込値。△はマイナス。"
        "指標区分が「参考」の行は直前の指標の内訳（参考値）であり、成果指標ではない。達成状況は令和5年度の目標と実績の比較。",
    ],
    [],
    ["■事務事業別 成果指標"],
    [
        "事業番号",
        "事務事業名",
        "担当課",
        "指標区分",
        "指標名",
        "単位",
        "R3実績",
        "R4実績",
        "R5目標",
        "R5実績",
        "R6見込",
        "R7目標",
        "達成状況",
    ],
    [
        "3-2-01",
        "閖上地区にぎわい創出事業",
        "商工観光課",
        "成果指標",
        "かわまちてらす閖上の来場者数",
        "千人",
        "612.4",
        "688.0",
        "700.0",
        "731.5",
        "745.0",
        "760.0",
        "達成",
    ],
    [
        "3-2-01",
        "閖上地区にぎわい創出事業",
        "商工観光課",
        "参考",
        "うち市外からの来場者数",
        "千人",
        "301.2",
        "352.6",
        "",
        "384.9",
        "392.0",
        "",
        "",
    ],
    [
        "3-2-01",
        "閖上地区にぎわい創出事業",
        "商工観光課",
        "活動指標",
        "閖上地区での集客イベントの開催回数",
        "回",
        "8",
        "14",
        "15",
        "16",
        "16",
        "18",
        "達成",
    ],
    [
        "3-2-03",
        "ゆりあげ港朝市振興支援事業",
        "商工観光課",
        "成果指標",
        "ゆりあげ港朝市の出店者数",
        "店",
        "41",
        "43",
        "45",
        "44",
        "45",
        "48",
        "未達成",
    ],
    [
        "3-4-02",
        "企業立地促進事業",
        "企業立地推進室",
        "成果指標",
        "立地企業による雇用者数の純増数",
        "人",
        "△15",
        "28",
        "30",
        "△6",
        "20",
        "40",
        "未達成",
    ],
    [
        "3-4-02",
        "企業立地促進事業",
        "企業立地推進室",
        "活動指標",
        "企業訪問・誘致活動の件数",
        "件",
        "24",
        "31",
        "30",
        "35",
        "36",
        "36",
        "達成",
    ],
]


def csv_line(cells):
    out = []
    for c in cells:
        if any(ch in c for ch in ',"\r\n'):
            c = '"' + c.replace('"', '""') + '"'
        out.append(c)
    return ",".join(out)


def build_natori():
    width = 13
    lines = []
    for row in NATORI:
        lines.append(csv_line(row + [""] * (width - len(row))))
    text = "\r\n".join(lines) + "\r\n"
    (HERE / "natori_jimujigyo_seika_r5.csv").write_bytes(text.encode("cp932"))


def to_pdf():
    for name in ("tsuruoka_gastro_kofukin_kensho_r5",):
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
    build_taiki()
    build_tsuruoka()
    build_higashidori()
    build_natori()
    if "--no-pdf" not in sys.argv:
        to_pdf()


if __name__ == "__main__":
    main()
