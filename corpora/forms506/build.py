"""Build forms506: four KPI documents of 増毛町, 塩竈市, 米沢市 and 泉崎村.

Writes `mashike_ekimae_jimujigyo_r6.xlsx` (the workbook is the document), `shiogama_mission2016_sangyo_tasseido.html`,
`izumizaki_sogo_shinko5_seika_2023.csv` (UTF-8, LF) and the XLSX source
`source/yonezawa_shiki_matsuri_shuyo_seika_r5.xlsx`, which LibreOffice turns into
`yonezawa_shiki_matsuri_shuyo_seika_r5.pdf`.
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
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = Path(__file__).resolve().parent
SRC = HERE / "source"
FONT = "IPAexGothic"
THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
SHADE = PatternFill("solid", fgColor="D9D9D9")
LIGHT = PatternFill("solid", fgColor="EDEDED")
STAMP = datetime.datetime(2025, 7, 31, 9, 0, 0)
COLS = "ABCDEFGHIJKLMNOP"


def font(size=9, bold=False):
    return Font(name=FONT, size=size, bold=bold)


def put(ws, ref, value, size=9, bold=False, box=False, fill=None, h="left", wrap=True, fmt=None):
    cell = ws[ref]
    cell.value = value
    cell.font = font(size, bold)
    cell.alignment = Alignment(horizontal=h, vertical="center", wrap_text=wrap)
    if box:
        cell.border = BOX
    if fill is not None:
        cell.fill = fill
    if fmt:
        cell.number_format = fmt
    return cell


def boxed(ws, rng, fill=None):
    for row in ws[rng]:
        for cell in row:
            cell.border = BOX
            if fill is not None:
                cell.fill = fill


def merge(ws, rng, value, **kw):
    first = rng.split(":")[0]
    put(ws, first, value, **kw)
    ws.merge_cells(rng)
    if kw.get("box"):
        boxed(ws, rng, kw.get("fill"))


def save(wb, path):
    """Save with fixed properties and fixed zip timestamps, so the bytes do not change."""
    wb.properties.creator = "forms506"
    wb.properties.lastModifiedBy = "forms506"
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
                    rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2025-07-31T09:00:00Z", data
                )
                data = re.sub(
                    rb"(<dcterms:created[^>]*>)[^<]*", rb"\g<1>2025-07-31T09:00:00Z", data
                )
            info = zipfile.ZipInfo(item.filename, date_time=(2025, 7, 31, 9, 0, 0))
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


def value_cell(ws, ref, v, fill=None):
    """A number cell shown as printed: ints with thousands separators, floats with one decimal."""
    if isinstance(v, str):
        put(ws, ref, v, box=True, fill=fill, h="center")
    elif isinstance(v, float):
        put(ws, ref, v, box=True, fill=fill, h="right", fmt="0.0")
    elif v is None:
        put(ws, ref, None, box=True, fill=fill)
    else:
        put(ws, ref, v, box=True, fill=fill, h="right", fmt="#,##0")


# ---------------------------------------------------------------- 増毛町 (XLSX document)
def build_mashike():
    wb = Workbook()
    ws = wb.active
    ws.title = "事務事業評価"
    widths = {"A": 9, "B": 5, "C": 30, "D": 6, "E": 11, "F": 9, "G": 9, "H": 9, "I": 10}
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    merge(
        ws,
        "A1:I1",
        "令和７年度　事務事業評価シート（令和６年度実施事業）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:I2", "作成日　令和7年7月31日　増毛町", h="right")
    put(ws, "A4", "１　事業の概要", size=11, bold=True, wrap=False)
    fields = [
        ("事務事業名", "旧増毛駅周辺にぎわい拠点活用事業"),
        ("担当課", "企画財政課　企画係"),
        ("関連計画", "地域再生計画「ましけ まち・ひと・しごと創生推進計画」"),
        ("事業期間", "令和4年度～令和7年度"),
        ("事業費（R6決算）", "9,860千円（うち一般財源　4,930千円）"),
        (
            "事業の概要",
            "増毛駅は大正10年（1921年）11月5日に留萌線の終着駅として開業し、映画「駅 STATION」の舞台としても知られたが、"
            "平成28年（2016年）12月5日の留萌～増毛間の廃止により廃駅となった。"
            "駅舎と駅前通りの歴史的建造物群を観光拠点として活用し、毎年5月末の「春の味まつり」（来場者4万人超）の来訪者を年間の回遊につなげる。"
            "町の面積は369.72km²、人口は3,647人（2024年9月30日現在）。",
        ),
    ]
    r = 5
    for key, val in fields:
        put(ws, f"A{r}", key, bold=True, box=True, fill=SHADE)
        ws.merge_cells(f"A{r}:B{r}")
        boxed(ws, f"A{r}:B{r}", fill=SHADE)
        merge(ws, f"C{r}:I{r}", val, box=True)
        ws.row_dimensions[r].height = 64 if key == "事業の概要" else 18
        r += 1
    r += 1
    put(ws, f"A{r}", "２　指標の推移", size=11, bold=True, wrap=False)
    r += 1
    head = ["区分", "No.", "指標名", "単位", "項目", "R4", "R5", "R6", "R7（最終）"]
    for i, text in enumerate(head):
        put(ws, f"{COLS[i]}{r}", text, bold=True, box=True, fill=SHADE, h="center")
    ws.row_dimensions[r].height = 22
    r += 1
    rows = [
        (
            "活動指標",
            1,
            "駅前観光案内所の開所日数",
            "日",
            [210, 220, 230, 240],
            [214, 226, 228, None],
            [101.9, 102.7, 99.1, None],
        ),
        (
            "活動指標",
            2,
            "「駅 STATION」ロケ地めぐりガイドツアーの実施回数",
            "回",
            ["―", 24, 30, 36],
            ["―", 26, 27, None],
            ["―", 108.3, 90.0, None],
        ),
        (
            "成果指標",
            3,
            "旧増毛駅舎の来館者数（4月～10月）",
            "千人",
            [40.0, 42.0, 45.0, 48.0],
            [38.6, 43.9, 46.2, "47.5（見込）"],
            [96.5, 104.5, 102.7, None],
        ),
        (
            "成果指標",
            4,
            "駅前通りの歴史的建造物（旧商家丸一本間家ほか）の見学者数",
            "人",
            [9000, 9500, 10000, 10500],
            [8412, 9870, 9655, None],
            [93.5, 103.9, 96.6, None],
        ),
        (
            "成果指標",
            5,
            "来館者アンケートで「また訪れたい」と答えた人の割合",
            "%",
            [80.0, 82.0, 84.0, 85.0],
            [78.4, 83.1, 84.7, None],
            [98.0, 101.3, 100.8, None],
        ),
    ]
    start = r
    for kubun, no, name, unit, targets, actuals, ratios in rows:
        for k, (item, vals, fill) in enumerate(
            [("目標", targets, None), ("実績", actuals, None), ("達成率（％）", ratios, LIGHT)]
        ):
            put(ws, f"A{r + k}", kubun, box=True, h="center")
            put(ws, f"E{r + k}", item, box=True, fill=fill, h="center")
            for i, v in enumerate(vals):
                value_cell(ws, f"{COLS[5 + i]}{r + k}", v, fill=fill)
            ws.row_dimensions[r + k].height = 16
        merge(ws, f"B{r}:B{r + 2}", no, box=True, h="center")
        merge(ws, f"C{r}:C{r + 2}", name, box=True)
        merge(ws, f"D{r}:D{r + 2}", unit, box=True, h="center")
        r += 3
    ws.merge_cells(f"A{start}:A{start + 5}")
    ws.merge_cells(f"A{start + 6}:A{start + 14}")
    notes = [
        "※達成率は各年度の実績÷目標（％）。",
        "※No.2のガイドツアーは令和5年度から実施（令和4年度は未実施）。",
        "※No.3は駅舎の開館期間（4月～10月）の来館者数。R7の実績は令和7年6月末までの来館状況から見込んだ値。",
    ]
    for note in notes:
        merge(ws, f"A{r}:I{r}", note, size=8)
        ws.row_dimensions[r].height = 14
        r += 1
    r += 1
    put(ws, f"A{r}", "３　評価", size=11, bold=True, wrap=False)
    r += 1
    evals = [
        ("有効性", "B（概ね効果があった）"),
        (
            "今後の方向性",
            "現状維持（令和7年度で計画期間が終了するため、次期計画で事業の在り方を検討する）",
        ),
    ]
    for key, val in evals:
        put(ws, f"A{r}", key, bold=True, box=True, fill=SHADE)
        ws.merge_cells(f"A{r}:B{r}")
        boxed(ws, f"A{r}:B{r}", fill=SHADE)
        merge(ws, f"C{r}:I{r}", val, box=True)
        ws.row_dimensions[r].height = 18
        r += 1
    page(ws, landscape=False)
    save(wb, HERE / "mashike_ekimae_jimujigyo_r6.xlsx")


# ---------------------------------------------------------------- 米沢市 (PDF source, landscape)
def build_yonezawa():
    wb = Workbook()
    ws = wb.active
    ws.title = "主要施策の成果"
    widths = {"A": 5, "B": 32, "C": 7, "D": 11, "E": 9, "F": 9, "G": 9, "H": 9, "I": 9, "J": 11}
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    merge(
        ws,
        "A1:J1",
        "令和５年度　主要な施策の成果に関する説明書（抜粋）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:J2", "令和6年9月　米沢市 観光課", h="right")
    fields = [
        ("事業名", "米沢四季のまつり開催支援事業"),
        ("所管課", "観光課"),
        (
            "関連計画",
            "米沢市まちづくり総合計画　後期基本計画（令和3年度～令和7年度）　第4章　自然と都市の魅力が調和し、賑わいと交流を促すまちづくり",
        ),
        ("決算額", "令和5年度　52,400千円（うち一般財源　31,800千円）"),
        (
            "事業の内容",
            "上杉神社・松岬神社の春の例大祭として毎年4月29日から5月3日まで開かれる「米沢上杉まつり」（最終日の川中島合戦には両軍約700名が出陣）と、"
            "1978年に始まり2月の第2土曜日・日曜日に約300基の雪灯篭と約1,000個の雪ぼんぼりを灯す「上杉雪灯篭まつり」の開催を、米沢四季のまつり委員会への負担金により支援した。"
            "市の面積は548.51km²、人口は77,372人（2024年4月1日推計）。",
        ),
    ]
    r = 4
    for key, val in fields:
        merge(ws, f"A{r}:B{r}", key, bold=True, box=True, fill=SHADE)
        merge(ws, f"C{r}:J{r}", val, box=True)
        ws.row_dimensions[r].height = 44 if key == "事業の内容" else 18
        r += 1
    r += 1
    put(ws, f"A{r}", "■成果指標の状況", size=11, bold=True, wrap=False)
    r += 1
    top = r
    single = {
        "A": "No.",
        "B": "成果指標",
        "C": "単位",
        "D": "基準値（R元）",
        "H": "R5目標",
        "I": "達成率",
        "J": "目標値（R7）",
    }
    for col, text in single.items():
        merge(ws, f"{col}{top}:{col}{top + 1}", text, bold=True, box=True, fill=SHADE, h="center")
    merge(ws, f"E{top}:G{top}", "実績", bold=True, box=True, fill=SHADE, h="center")
    for col, text in zip("EFG", ["R3", "R4", "R5"], strict=True):
        put(ws, f"{col}{top + 1}", text, bold=True, box=True, fill=SHADE, h="center")
    ws.row_dimensions[top].height = 18
    ws.row_dimensions[top + 1].height = 18
    r = top + 2
    rows = [
        (1, "米沢上杉まつりの入込客数", "万人", [24.6, "中止", 18.2, 21.7, 22.0, "98.6%", 25.0]),
        (2, "上杉雪灯篭まつりの入込客数", "万人", [21.5, 8.6, 14.3, 18.6, 18.0, "103.3%", 22.0]),
        (
            3,
            "川中島合戦の有料観覧席の販売率",
            "%",
            [88.5, "中止", 84.0, 92.4, 90.0, "102.7%", 95.0],
        ),
        (4, "まつり期間中の市内宿泊者数", "人泊", [7820, 3150, 5940, 6480, 7000, "92.6%", 8000]),
        (
            5,
            "市全体の観光入込客数（再掲）",
            "万人",
            [231.9, 148.6, 186.3, 198.4, 195.0, "101.7%", 235.0],
        ),
    ]
    for no, name, unit, vals in rows:
        put(ws, f"A{r}", no, box=True, h="center")
        put(ws, f"B{r}", name, box=True)
        put(ws, f"C{r}", unit, box=True, h="center")
        for i, v in enumerate(vals):
            if isinstance(v, str) and v.endswith("%"):
                put(ws, f"{COLS[3 + i]}{r}", v, box=True, h="right")
            else:
                value_cell(ws, f"{COLS[3 + i]}{r}", v)
        ws.row_dimensions[r].height = 22
        r += 1
    notes = [
        "※1　米沢上杉まつりは、新型コロナウイルス感染症の影響により令和2年・令和3年の2年続けて中止となった。",
        "※2　No.2の各年度の値は、その年度の2月に開催したまつりの入込客数（令和5年度は令和6年2月に開催した第47回）。",
        "※3　No.5は施策4-1「観光の振興」の成果指標の再掲。",
        "※4　達成率は令和5年度の実績÷目標。",
    ]
    for note in notes:
        merge(ws, f"A{r}:J{r}", note, size=8)
        ws.row_dimensions[r].height = 14
        r += 1
    r += 1
    tail = [
        ("事業の評価", "B　概ね順調（コロナ禍前の水準に向けて回復している）"),
        ("今後の方向性", "継続（まつりの担い手確保と有料観覧席の販売方法を見直す）"),
    ]
    for key, val in tail:
        merge(ws, f"A{r}:B{r}", key, bold=True, box=True, fill=SHADE)
        merge(ws, f"C{r}:J{r}", val, box=True)
        ws.row_dimensions[r].height = 18
        r += 1
    page(ws, landscape=True)
    save(wb, SRC / "yonezawa_shiki_matsuri_shuyo_seika_r5.xlsx")


# ---------------------------------------------------------------- 塩竈市 (HTML)
SHIOGAMA = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>ミッション2016産業環境部の達成度 - 塩竈市</title>
</head>
<body>
<nav aria-label="現在地"><ol>
<li><a href="/">ホーム</a></li>
<li><a href="/soshiki/">組織で探す</a></li>
<li><a href="/soshiki/6/">市民総務部</a></li>
<li><a href="/soshiki/6/">政策課</a></li>
<li>ミッション2016産業環境部の達成度</li>
</ol></nav>
<main>
<h1>ミッション2016産業環境部の達成度</h1>
<p class="date">更新日：2017年6月1日更新</p>
<h2>産業環境部のミッション</h2>
<p>作成者　産業環境部長</p>
<p>産業環境部は、平成28年度に次のミッションを掲げ、事業を推進しました。</p>
<p>塩竈市は面積17.37km²、人口54,187人（平成27年国勢調査）の港町です。昭和23年に港町塩竈の産業復興を願って始まった塩竈みなと祭は、平成28年も海の日の7月18日に開かれ、神輿を載せた2隻の御座船が約100隻の供奉船を従えて松島湾を巡りました。</p>
<h2>ミッション概要</h2>
<ul>
<li>水産振興課　高度衛生管理型の新魚市場の整備を進めるとともに、水揚魚種の拡大に向けた漁船誘致と水産加工品の販路拡大に取り組みます。</li>
<li>商工港湾課　各種支援制度を活用して企業の新規立地や既存企業の設備投資を促します。</li>
<li>観光交流課　「松島湾ダーランド構想」や「伊達な広域観光圏」の枠組みを活用し、交流人口の拡大を図ります。</li>
<li>環境課　新たな環境基本計画に基づき、小型家電リサイクルなど再資源化の取り組みを広げます。</li>
</ul>
<h2>取り組み内容と達成度</h2>
<p>達成度は★印で表示しています。★★★《達成！》…目標を達成　★★《概ね達成》…目標の80％以上100％未満　★《未達成》…目標の80％未満</p>
<table border="1">
<thead>
<tr><th scope="col">取り組み方針</th><th scope="col">担当課</th><th scope="col">指標</th><th scope="col">単位</th><th scope="col">平成27年度実績</th><th scope="col">平成28年度目標</th><th scope="col">平成28年度実績</th><th scope="col">達成度</th><th scope="col">次年度目標<br>（平成29年度）</th></tr>
</thead>
<tbody>
<tr><th scope="rowgroup" rowspan="2">1　水産業・水産加工業の振興</th><td>水産振興課</td><td>魚市場の水揚金額</td><td>億円</td><td>97.3</td><td>100以上</td><td>101.6</td><td>★★★《達成！》</td><td>105以上</td></tr>
<tr><td>水産振興課</td><td>塩釜フード見本市のバイヤー来場者数</td><td>人</td><td>1,080</td><td>1,200</td><td>1,020</td><td>★★《概ね達成》</td><td>1,200</td></tr>
<tr><th scope="rowgroup">2　企業誘致と産業立地の促進</th><td>商工港湾課</td><td>企業立地件数（新設・増設）</td><td>件</td><td>2</td><td>3</td><td>1</td><td>★《未達成》</td><td>3</td></tr>
<tr><th scope="rowgroup">3　交流人口の拡大</th><td>観光交流課</td><td>観光客入込数</td><td>万人</td><td>289.4</td><td>300以上</td><td>312.8</td><td>★★★《達成！》</td><td>310以上</td></tr>
<tr><th scope="rowgroup">4　環境に対する市民意識の向上</th><td>環境課</td><td>小型家電の回収量</td><td>t</td><td>6.8</td><td>8.0</td><td>7.1</td><td>★★《概ね達成》</td><td>8.0</td></tr>
</tbody>
</table>
<p>※魚市場の水揚金額は塩竈市魚市場の年度計（4月～翌年3月）です。</p>
<p>このページに関するお問い合わせ先：政策課（電話022-364-1111）</p>
</main>
</body>
</html>
"""


def build_shiogama():
    (HERE / "shiogama_mission2016_sangyo_tasseido.html").write_text(SHIOGAMA, encoding="utf-8")


# ---------------------------------------------------------------- 泉崎村 (CSV, UTF-8)
IZUMIZAKI = [
    ["第5次泉崎村総合振興計画　成果指標の最終実績（令和5年度）"],
    ["公表日", "2024-10-01"],
    ["担当課", "総務課 企画財政グループ"],
    ["計画期間", "平成26年度～平成35年度（10年間）"],
    [
        "村の概要",
        "福島県の南部、東京から約200kmに位置する。昭和29年に川崎村と関平村が合併して泉崎村が誕生した。面積35.43km²、人口6,213人（2020年国勢調査）。"
        "村の最高地点は烏峠（485.7m）で、7世紀末の装飾古墳である泉崎横穴と、古代白河郡衙の跡と考えられる関和久官衙遺跡がある。",
    ],
    [
        "注記",
        "目標値（平成35年度）は計画策定時の表記で、令和5年度（2023年度）にあたる。△はマイナス。"
        "No.4の2020年度は新型コロナウイルス感染症の影響により公開を中止した。No.5は住民意識調査を実施した年度のみ記載し、2023年度調査は集計中。",
    ],
    [],
    ["■施策別 成果指標"],
    [
        "施策",
        "No.",
        "成果指標",
        "単位",
        "策定時（2012年度）",
        "2019年度実績",
        "2020年度実績",
        "2021年度実績",
        "2022年度実績",
        "2023年度実績",
        "目標値（平成35年度）",
        "担当課",
    ],
    [
        "2-1 農業の振興",
        "1",
        "認定農業者数",
        "人",
        "62",
        "58",
        "57",
        "55",
        "56",
        "54",
        "70",
        "産業経済課",
    ],
    [
        "2-2 工業の振興",
        "2",
        "村内製造業の従業者数",
        "人",
        "1,412",
        "1,486",
        "1,463",
        "1,455",
        "1,478",
        "1,612",
        "1,600",
        "産業経済課",
    ],
    [
        "3-1 定住の促進",
        "3",
        "社会増減数（転入－転出）",
        "人",
        "△38",
        "△12",
        "5",
        "△21",
        "△9",
        "△16",
        "±0",
        "総務課",
    ],
    [
        "4-2 歴史・文化の継承",
        "4",
        "泉崎横穴・関和久官衙遺跡の見学者数",
        "人",
        "860",
        "1,120",
        "―",
        "540",
        "1,040",
        "1,260",
        "1,500",
        "教育課",
    ],
    [
        "5-1 協働のむらづくり",
        "5",
        "村の暮らしやすさに満足している村民の割合",
        "%",
        "58.3",
        "62.1",
        "",
        "",
        "64.8",
        "未集計",
        "70.0",
        "総務課",
    ],
]


def csv_line(cells):
    out = []
    for c in cells:
        if any(ch in c for ch in ',"\r\n'):
            c = '"' + c.replace('"', '""') + '"'
        out.append(c)
    return ",".join(out)


def build_izumizaki():
    lines = [csv_line(row) for row in IZUMIZAKI]
    text = "\n".join(lines) + "\n"
    (HERE / "izumizaki_sogo_shinko5_seika_2023.csv").write_bytes(text.encode("utf-8"))


def to_pdf():
    for name in ("yonezawa_shiki_matsuri_shuyo_seika_r5",):
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
    build_mashike()
    build_yonezawa()
    build_shiogama()
    build_izumizaki()
    if "--no-pdf" not in sys.argv:
        to_pdf()


if __name__ == "__main__":
    main()
