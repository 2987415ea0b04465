"""Build forms509: four KPI documents of まんのう町, 長門市, 相良村 and 天城町.

Writes `manno_tenmondai_jimujigyo_r5.xlsx` (the workbook is the document), `nagato_yumoto_shuyo_seika_r5.html`,
`amagi_dejiden_kensho_r6.csv` and the XLSX source `source/sagara_fukko_shihyo_shinchoku_r5.xlsx`, which LibreOffice
turns into the PDF of the same name.
Run `/work/venv/bin/python build.py` (`--no-pdf` skips LibreOffice). XLSX, HTML and CSV are byte-stable.
"""
# ruff: noqa: E501

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
STAMP = (2024, 9, 2, 9, 0, 0)
STAMP_ISO = b"2024-09-02T09:00:00Z"
PDFS = ["sagara_fukko_shihyo_shinchoku_r5"]


def font(size=9, bold=False):
    return Font(name=FONT, size=size, bold=bold)


def put(ws, ref, value, size=9, bold=False, box=False, shade=None, h="left", wrap=True, fmt=None):
    cell = ws[ref]
    cell.value = value
    cell.font = font(size, bold)
    cell.alignment = Alignment(horizontal=h, vertical="center", wrap_text=wrap)
    if box:
        cell.border = BOX
    if shade is not None:
        cell.fill = shade
    if fmt:
        cell.number_format = fmt
    elif isinstance(value, float):
        cell.number_format = "#,##0.0"
    elif isinstance(value, int):
        cell.number_format = "#,##0"
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
    wb.properties.creator = "forms509"
    wb.properties.lastModifiedBy = "forms509"
    buf = io.BytesIO()
    wb.save(buf)
    buf.seek(0)
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in sorted(zin.infolist(), key=lambda i: i.filename):
            data = zin.read(item.filename)
            if item.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>" + STAMP_ISO, data)
                data = re.sub(rb"(<dcterms:created[^>]*>)[^<]*", rb"\g<1>" + STAMP_ISO, data)
            info = zipfile.ZipInfo(item.filename, date_time=STAMP)
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


# ---------------------------------------------------------------- まんのう町 (XLSX document)
MANNO_INDICATORS = [
    # (区分, No., 指標名, 単位, 計画 R3..R7, 実績 R3..R5, 達成率 R3..R5)
    (
        "活動指標",
        1,
        "天体観望会の開催回数",
        "回",
        [60, "60→45", 60, 60, 60],
        [38, 41, 57],
        [0.633, 0.911, 0.95],
    ),
    (
        "活動指標",
        2,
        "星空案内ボランティアの登録者数",
        "人",
        [10, 12, 14, 16, 20],
        [9, 12, 15],
        [0.9, 1.0, 1.071],
    ),
    (
        "成果指標",
        3,
        "まんのう天文台の来館者数",
        "人",
        [600, 650, 700, 750, 800],
        [486, 612, 744],
        [0.81, 0.942, 1.063],
    ),
    (
        "成果指標",
        4,
        "観望会参加者のうち町外からの参加者の割合",
        "％",
        ["―", 50.0, 52.0, 54.0, 55.0],
        ["―", 46.8, 53.1],
        ["―", 0.936, 1.021],
    ),
    (
        "成果指標",
        5,
        "観望会参加者の満足度",
        "％",
        [90.0, 90.0, 90.0, 90.0, 90.0],
        [91.2, 88.5, 93.4],
        [1.013, 0.983, 1.038],
    ),
]


def build_manno():
    wb = Workbook()
    ws = wb.active
    ws.title = "事務事業評価"
    widths(ws, {"A": 8, "B": 5, "C": 30, "D": 6, "E": 7, "F": 9, "G": 9, "H": 9, "I": 9, "J": 11})
    merge(
        ws,
        "A1:J1",
        "令和６年度　事務事業評価シート（令和５年度実施事業）",
        size=13,
        bold=True,
        h="center",
    )
    merge(ws, "A2:J2", "作成日　令和6年8月9日　まんのう町", h="right")
    put(ws, "A4", "１　事業の概要", size=11, bold=True, wrap=False)
    rows = [
        ("事務事業名", "星のあるまちづくり推進事業（まんのう天文台管理運営）"),
        ("担当課", "教育委員会　生涯学習課"),
        ("事業開始年度", "平成26年度（継続）"),
        ("事業費（R5決算）", "3,180千円（うち一般財源　3,180千円）"),
        (
            "事業の概要",
            "平成21年（2009年）12月、火星と木星の間を回る小惑星の一つが「Mannoucho（まんのう町）」と命名されたことをきっかけに、"
            "天体観測を通して子どもたちに宇宙への興味を深めてもらう「星のあるまちづくり」を進めるため、平成26年（2014年）4月、"
            "大川山（標高1,043m）の頂上近くに「まんのう天文台」を開設した。直径30cmの反射望遠鏡と13cmの屈折望遠鏡を備え、"
            "4月から11月までの金曜日・土曜日に天体観望会（1人200円、小学生以下無料）を開催している。"
            "本町は平成18年（2006年）3月20日に琴南町・満濃町・仲南町の3町が合併して誕生し、面積は194.45km²である。",
        ),
    ]
    r = 5
    for key, val in rows:
        merge(ws, f"A{r}:C{r}", key, bold=True, box=True, shade=SHADE)
        merge(ws, f"D{r}:J{r}", val, box=True)
        ws.row_dimensions[r].height = 74 if key == "事業の概要" else 18
        r += 1
    r += 1
    put(ws, f"A{r}", "２　指標の推移", size=11, bold=True, wrap=False)
    r += 1
    head = [
        "区分",
        "No.",
        "指標名",
        "単位",
        "項目",
        "R3年度",
        "R4年度",
        "R5年度",
        "R6年度",
        "R7年度（最終）",
    ]
    for i, text in enumerate(head):
        put(ws, f"{'ABCDEFGHIJ'[i]}{r}", text, bold=True, box=True, shade=SHADE, h="center")
    ws.row_dimensions[r].height = 20
    r += 1
    groups = {}
    for kubun, no, name, unit, plan, actual, rate in MANNO_INDICATORS:
        top = r
        groups.setdefault(kubun, [top, top])
        for k, (label, values) in enumerate((("計画", plan), ("実績", actual), ("達成率", rate))):
            row = top + k
            put(
                ws,
                f"E{row}",
                label,
                box=True,
                h="center",
                shade=LIGHT if label == "達成率" else None,
            )
            for j, col in enumerate("FGHIJ"):
                v = values[j] if j < len(values) else None
                if label == "達成率" and isinstance(v, float):
                    put(ws, f"{col}{row}", v, box=True, h="right", fmt="0.0%", shade=LIGHT)
                else:
                    fmt = "0.0" if unit == "％" and isinstance(v, float) else None
                    put(
                        ws,
                        f"{col}{row}",
                        v,
                        box=True,
                        h="right",
                        fmt=fmt,
                        shade=LIGHT if label == "達成率" else None,
                    )
            ws.row_dimensions[row].height = 16
        merge(ws, f"B{top}:B{top + 2}", no, box=True, h="center")
        merge(ws, f"C{top}:C{top + 2}", name, box=True)
        merge(ws, f"D{top}:D{top + 2}", unit, box=True, h="center")
        groups[kubun][1] = top + 2
        r = top + 3
    for kubun, (a, b) in groups.items():
        merge(ws, f"A{a}:A{b}", kubun, box=True, h="center")
    notes = [
        "※1　達成率は、実績÷計画（小数点以下第2位を四捨五入）。令和6年度・令和7年度の実績は今後記入する。",
        "※2　No.1の令和4年度計画は、天文台ドームの改修工事（令和4年6月～8月）に伴い、当初の60回を45回に変更した（「60→45」は変更前→変更後）。",
        "※3　No.4は令和4年度から調査を開始したため、令和3年度は計画・実績とも「―」とした。",
        "※4　観望会は4月から11月までの金曜日・土曜日に開催している（12月から3月末までは冬季積雪のため休館）。",
    ]
    for text in notes:
        merge(ws, f"A{r}:J{r}", text, size=8)
        ws.row_dimensions[r].height = 24 if len(text) > 60 else 14
        r += 1
    r += 1
    put(ws, f"A{r}", "３　評価", size=11, bold=True, wrap=False)
    r += 1
    for key, val in (
        ("有効性", "A（効果があった）"),
        (
            "今後の方向性",
            "現状維持（令和6年度に開館10周年を迎えることから、記念観望会と天体写真展を開催し、町外からの来館者の増加を図る。）",
        ),
    ):
        merge(ws, f"A{r}:C{r}", key, bold=True, box=True, shade=SHADE)
        merge(ws, f"D{r}:J{r}", val, box=True)
        ws.row_dimensions[r].height = 30 if len(val) > 40 else 18
        r += 1
    page(ws, landscape=False)
    save(wb, HERE / "manno_tenmondai_jimujigyo_r5.xlsx")


# ---------------------------------------------------------------- 相良村 (XLSX source of the PDF)
SAGARA_INDICATORS = [
    # (No., 成果指標, 単位, 基準値R2, R元, R3, R4, R5, 目標R7, 進捗)
    (1, "川辺川周辺の観光入込客数", "千人", 18.6, 62.4, 24.8, 38.5, 47.2, 65.0, "順調"),
    (
        2,
        "村営宅地「せせらぎの丘」の分譲申込区画数（累計）",
        "区画",
        "―",
        "―",
        "―",
        "―",
        11,
        17,
        "順調",
    ),
    (3, "相良茶の生産量（荒茶）", "t", 86.0, 112.4, 95.6, 101.3, 98.7, 115.0, "遅れ"),
    (4, "人口の社会増減数", "人", "△52", "△31", "△44", "△27", "△18", "±0", "順調"),
    (5, "自主防災組織の組織率", "％", 72.0, 58.3, 81.5, 88.0, 92.6, 100.0, "順調"),
]


def build_sagara():
    wb = Workbook()
    ws = wb.active
    ws.title = "成果指標"
    widths(
        ws, {"A": 6, "B": 40, "C": 7, "D": 11, "E": 11, "F": 10, "G": 10, "H": 10, "I": 11, "J": 8}
    )
    merge(
        ws,
        "A1:J1",
        "相良村復興むらづくり計画　成果指標の進捗状況（令和５年度）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:J2", "令和6年7月　相良村", h="right")
    put(ws, "A4", "１　計画の概要", size=11, bold=True, wrap=False)
    rows = [
        ("計画の名称", "相良村復興むらづくり計画"),
        ("基本理念", "未来につなげるむらづくり"),
        ("計画期間", "令和3年度～令和7年度（5年間）"),
        ("担当課", "総務課"),
        (
            "村の概要",
            "熊本県の南部、人吉球磨盆地のほぼ中央に位置し、面積は94.54km²。昭和31年（1956年）9月1日に川村と四浦村が合併して誕生した。"
            "村の中央を北から南へ流れる川辺川は、国土交通省の水質調査で平成18年から連続して「最も水質が良好な河川」に選ばれている清流であり、"
            "特産のお茶は県内一の生産量を誇る。令和2年7月豪雨では村内各地が大きな被害を受け、令和5年6月30日には移住定住の受け皿となる"
            "村営宅地「せせらぎの丘」（17区画）が竣工した。",
        ),
        ("進捗の区分", "順調：目標の達成に向けて計画どおり進んでいる　　遅れ：計画より遅れている"),
    ]
    r = 5
    for key, val in rows:
        merge(ws, f"A{r}:B{r}", key, bold=True, box=True, shade=SHADE)
        merge(ws, f"C{r}:J{r}", val, box=True)
        ws.row_dimensions[r].height = 46 if key == "村の概要" else 18
        r += 1
    r += 1
    put(ws, f"A{r}", "２　成果指標の進捗状況", size=11, bold=True, wrap=False)
    r += 1
    h1, h2 = r, r + 1
    for col, text in (
        ("A", "No."),
        ("B", "成果指標"),
        ("C", "単位"),
        ("D", "基準値（R2）"),
        ("I", "目標値（R7）"),
        ("J", "進捗"),
    ):
        merge(ws, f"{col}{h1}:{col}{h2}", text, bold=True, box=True, shade=SHADE, h="center")
    merge(ws, f"E{h1}:H{h1}", "実績値", bold=True, box=True, shade=SHADE, h="center")
    for col, text in (("E", "R元\n（被災前）"), ("F", "R3"), ("G", "R4"), ("H", "R5")):
        put(ws, f"{col}{h2}", text, bold=True, box=True, shade=SHADE, h="center")
    ws.row_dimensions[h1].height = 18
    ws.row_dimensions[h2].height = 30
    r = h2 + 1
    for no, name, unit, *vals, shinchoku in SAGARA_INDICATORS:
        put(ws, f"A{r}", no, box=True, h="center")
        put(ws, f"B{r}", name, box=True)
        put(ws, f"C{r}", unit, box=True, h="center")
        for col, v in zip("DEFGHI", vals, strict=True):
            put(ws, f"{col}{r}", v, box=True, h="right")
        put(ws, f"J{r}", shinchoku, box=True, h="center")
        ws.row_dimensions[r].height = 20
        r += 1
    notes = [
        "※1　基準値は計画策定時（令和2年度）の値。実績値の「R元（被災前）」は、令和2年7月豪雨の前の状況を示す参考として令和元年度の実績を掲げたもの。",
        "※2　No.5は各年度末（3月31日）現在の値（基準値・目標値を含む）。",
        "※3　No.2の「せせらぎの丘」は令和5年6月30日竣工（全17区画）のため、令和4年度以前は「―」とした。",
        "※4　△はマイナス（転出超過）を表す。",
    ]
    for text in notes:
        merge(ws, f"A{r}:J{r}", text, size=8)
        ws.row_dimensions[r].height = 14
        r += 1
    page(ws, landscape=True)
    save(wb, SRC / "sagara_fukko_shihyo_shinchoku_r5.xlsx")


# ---------------------------------------------------------------- 長門市 (HTML document)
NAGATO = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>令和５年度　主要な施策の成果（長門湯本温泉の観光まちづくり） | 長門市</title>
</head>
<body>
<nav aria-label="パンくずリスト"><ol>
<li><a href="/">ホーム</a></li>
<li><a href="/shisei/">市政情報</a></li>
<li><a href="/shisei/zaisei/">財政・決算</a></li>
<li>令和５年度　主要な施策の成果（長門湯本温泉の観光まちづくり）</li>
</ol></nav>
<main>
<h1>令和５年度　主要な施策の成果（長門湯本温泉の観光まちづくり）</h1>
<p class="date">更新日：2024年10月25日　担当：経済観光部 観光政策課</p>
<p>長門市は本州の最西北端、山口県の西北部に位置し、北側は北長門海岸国定公園に指定される日本海に面しています。平成17年（2005年）3月22日に長門市・三隅町・日置町・油谷町の1市3町が合併して現在の市となり、面積は357.31km²、人口は29,898人（2024年6月1日推計）です。</p>
<p>長門湯本温泉は、応永34年（1427年）に大寧寺の定庵禅師が発見したと伝わる山口県で最も古い歴史をもつ温泉です。1980年代には40万人近い宿泊客を記録しましたが、2003年に約31万人あった来訪者は2014年には約18万人に減少し、同年には150年の歴史をもつ老舗ホテルが廃業しました。市は2016年に「長門湯本温泉観光まちづくり計画」を策定し、公民連携による温泉街の再生に取り組んでいます。2020年春には温泉街のハード整備が完了し、公衆浴場「恩湯」の再建、雁木広場や川床の整備のほか、温泉旅館「界 長門」が開業しました。</p>
<h2>1　施策の概要</h2>
<dl>
<dt>施策名</dt><dd>長門湯本温泉の観光まちづくりの推進</dd>
<dt>関連計画</dt><dd>長門湯本温泉観光まちづくり計画（2016年策定）</dd>
<dt>決算額</dt><dd>令和5年度　58,420千円（うち一般財源　21,360千円）</dd>
<dt>担当課</dt><dd>経済観光部　観光政策課</dd>
</dl>
<h2>2　成果指標の状況</h2>
<p>各年度の欄は、上段が目標値、下段が実績値です（目標値を設定していない年度は上段を「―」としています）。令和5年度の実績値は速報値です。</p>
<table border="1">
<thead>
<tr><th scope="col">No.</th><th scope="col">成果指標</th><th scope="col">単位</th><th scope="col">基準値<br>（平成30年度）</th><th scope="col">令和3年度</th><th scope="col">令和4年度</th><th scope="col">令和5年度</th><th scope="col">最終目標<br>（令和6年度）</th></tr>
</thead>
<tbody>
<tr><td>①</td><th scope="row">長門湯本温泉の宿泊者数</th><td>千人</td><td>186.4</td><td>190.0<br>132.4</td><td>195.0<br>171.3</td><td>200.0<br>204.8</td><td>210.0</td></tr>
<tr><td>②</td><th scope="row">公衆浴場「恩湯」の入浴者数</th><td>人</td><td>―</td><td>60,000<br>48,215</td><td>65,000<br>61,870</td><td>70,000<br>72,046</td><td>75,000</td></tr>
<tr><td>③</td><th scope="row">温泉街の歩行者通行量（休日1日当たり）</th><td>人/日</td><td>820</td><td>1,200<br>1,046</td><td>1,400<br>1,380</td><td>1,600<br>―</td><td>1,800</td></tr>
<tr><td>④</td><th scope="row">温泉街の新規出店数（累計）</th><td>店</td><td>0</td><td>4<br>5</td><td>8<br>9</td><td>12<br>11</td><td>15</td></tr>
<tr><td>⑤</td><th scope="row">外国人宿泊者数</th><td>人泊</td><td>3,120</td><td>―<br>86</td><td>1,000<br>1,342</td><td>3,000<br>3,876</td><td>4,000</td></tr>
</tbody>
</table>
<p class="note">※　②の基準値は、恩湯の再建（2020年春）前のため「―」としています。</p>
<p class="note">※　③は毎年11月の休日1日（午前9時～午後9時）に温泉街の3地点で計測した通行量の合計です。令和5年度は計測地点周辺の工事のため調査を実施していません。</p>
<p class="note">※　⑤は温泉街の宿泊施設の外国人延べ宿泊者数です。令和3年度は新型コロナウイルス感染症の影響により目標値を設定していません。</p>
<h2>3　今後の方向性</h2>
<p>観光経済新聞社の「にっぽんの温泉100選」では、長門湯本温泉が2023年度に29位（前年度50位）となりました。今後は温泉街の店舗を増やすとともに、ソフト事業の充実を図り、そぞろ歩きを楽しめる温泉街づくりを進めます。</p>
</main>
<footer><p>長門市役所　経済観光部 観光政策課</p></footer>
</body>
</html>
"""


def build_nagato():
    (HERE / "nagato_yumoto_shuyo_seika_r5.html").write_text(NAGATO, encoding="utf-8")


# ---------------------------------------------------------------- 天城町 (CSV document)
AMAGI_ROWS = [
    [
        "天城町　デジタル田園都市国家構想交付金（デジタル実装タイプ）事業　効果検証結果一覧（令和６年度）"
    ],
    ["公表日", "令和7年9月12日"],
    ["担当課", "企画課"],
    [
        "町の概要",
        "鹿児島県の奄美群島・徳之島の北西部に位置し、面積は80.40km²。島の空の玄関口である徳之島子宝空港がある。"
        "令和3年（2021年）7月には「奄美大島、徳之島、沖縄島北部及び西表島」が世界自然遺産に登録され、"
        "令和6年（2024年）11月には国連世界観光機関が認定する「ベストツーリズムビレッジ」に九州で初めて選ばれた。",
    ],
    [
        "注記",
        "目標・実績は年度（4月～翌年3月）の値。マイナンバーカードの交付率は各年度末（3月31日）現在の値（基準値・目標値を含む）。"
        "「―」は取組の開始前のため数値がないもの。「未集計」は令和7年8月末時点で集計中のもの。達成状況は令和6年度の目標と実績の比較。",
    ],
    [],
    ["■交付対象事業別 重要業績評価指標（KPI）"],
    [
        "事業名",
        "交付対象事業費（千円）",
        "KPI",
        "単位",
        "基準値（R4）",
        "R5年度",
        "",
        "R6年度",
        "",
        "最終目標（R7）",
        "達成状況（R6）",
    ],
    ["", "", "", "", "", "目標", "実績", "目標", "実績", "", ""],
    [
        "「書かない窓口」導入事業",
        "18,640",
        "窓口での申請書作成支援件数",
        "件",
        "―",
        "―",
        "―",
        "1,500",
        "1,862",
        "3,000",
        "達成",
    ],
    [
        "「書かない窓口」導入事業",
        "18,640",
        "マイナンバーカードの交付率",
        "％",
        "62.4",
        "75.0",
        "78.6",
        "80.0",
        "83.1",
        "85.0",
        "達成",
    ],
    [
        "観光デジタルマップ・多言語案内整備事業",
        "12,980",
        "観光アプリのダウンロード数（累計）",
        "件",
        "―",
        "2,000",
        "1,486",
        "4,000",
        "3,912",
        "6,000",
        "未達成",
    ],
    [
        "高齢者デジタル活用支援事業",
        "4,260",
        "スマートフォン教室の延べ受講者数",
        "人",
        "96",
        "150",
        "184",
        "200",
        "未集計",
        "250",
        "―",
    ],
]


def csv_field(text):
    if any(ch in text for ch in ',"\r\n'):
        return '"' + text.replace('"', '""') + '"'
    return text


def build_amagi():
    width = 11
    lines = []
    for row in AMAGI_ROWS:
        cells = list(row) + [""] * (width - len(row))
        lines.append(",".join(csv_field(c) for c in cells))
    data = ("\r\n".join(lines) + "\r\n").encode("utf-8-sig")
    (HERE / "amagi_dejiden_kensho_r6.csv").write_bytes(data)


def to_pdf():
    with tempfile.TemporaryDirectory() as tmp:
        for name in PDFS:
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
    build_manno()
    build_sagara()
    build_nagato()
    build_amagi()
    if "--no-pdf" not in sys.argv:
        to_pdf()


if __name__ == "__main__":
    main()
