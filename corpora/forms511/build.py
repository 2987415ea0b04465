"""Build forms511: four KPI documents of 平谷村, 日の出町, いすみ市 and 鹿沼市.

Writes `hiraya_himawari_jimujigyo_r6.xlsx` (the workbook is the document), `hinode_shuyo_shisaku_seika_r5.html`,
`kanuma_sogo8_seika_shihyo_r5.csv`, and the XLSX source `source/isumi_dejiden_kensho_r5.xlsx`, which LibreOffice
turns into `isumi_dejiden_kensho_r5.pdf`.
Run `/work/venv/bin/python build.py` (`--no-pdf` skips LibreOffice). XLSX, HTML and CSV are byte-stable.
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
STAMP = datetime.datetime(2025, 7, 25, 9, 0, 0)


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


def save(wb, path):
    """Save with fixed properties and fixed zip timestamps, so the bytes do not change."""
    wb.properties.creator = "forms511"
    wb.properties.lastModifiedBy = "forms511"
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
                    rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2025-07-25T09:00:00Z", data
                )
                data = re.sub(
                    rb"(<dcterms:created[^>]*>)[^<]*", rb"\g<1>2025-07-25T09:00:00Z", data
                )
            info = zipfile.ZipInfo(item.filename, date_time=(2025, 7, 25, 9, 0, 0))
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


# ---------------------------------------------------------------- 平谷村 (XLSX document)
HIRAYA_COLS = "ABCDEFGHI"


def hiraya_sheet(ws, title, date, fields, money, rows, notes, hyoka):
    widths = {"A": 10, "B": 5, "C": 34, "D": 7, "E": 10, "F": 10, "G": 10, "H": 10, "I": 12}
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    merge(ws, "A1:I1", title, size=14, bold=True, h="center")
    merge(ws, "A2:I2", date, h="right")
    put(ws, "A3", "１　事業の概要", size=11, bold=True, wrap=False)
    r = 4
    for key, val in fields:
        put(ws, f"A{r}", key, bold=True, box=True, shade=True)
        ws.merge_cells(f"A{r}:B{r}")
        boxed(ws, f"A{r}:B{r}", shade=True)
        merge(ws, f"C{r}:I{r}", val, box=True)
        ws.row_dimensions[r].height = 62 if key == "事業の概要" else 18
        r += 1
    r += 1
    put(ws, f"A{r}", "２　事業費の推移（単位：千円）", size=11, bold=True, wrap=False)
    r += 1
    merge(ws, f"A{r}:C{r}", "区分", bold=True, box=True, shade=True, h="center")
    for i, text in enumerate(("R4決算", "R5決算", "R6決算", "R7予算")):
        put(ws, f"{'DEFG'[i]}{r}", text, bold=True, box=True, shade=True, h="center")
    r += 1
    for label, vals in money:
        merge(ws, f"A{r}:C{r}", label, box=True)
        for i, v in enumerate(vals):
            c = put(ws, f"{'DEFG'[i]}{r}", v, box=True, h="right")
            c.number_format = "#,##0"
        r += 1
    r += 1
    put(ws, f"A{r}", "３　指標の推移", size=11, bold=True, wrap=False)
    r += 1
    head = [
        "区分",
        "No.",
        "指標名",
        "単位",
        "R4実績",
        "R5実績",
        "R6目標",
        "R6実績",
        "R7目標（最終）",
    ]
    for i, text in enumerate(head):
        put(ws, f"{HIRAYA_COLS[i]}{r}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[r].height = 24
    r += 1
    start = r
    kinds = []
    for kubun, no, name, unit, fmt, *vals in rows:
        kinds.append(kubun)
        put(ws, f"A{r}", kubun, box=True, h="center")
        put(ws, f"B{r}", no, box=True, h="center")
        put(ws, f"C{r}", name, box=True)
        put(ws, f"D{r}", unit, box=True, h="center")
        for i, v in enumerate(vals):
            c = put(ws, f"{'EFGHI'[i]}{r}", v, box=True, h="right")
            c.number_format = fmt
        ws.row_dimensions[r].height = 30 if len(name) > 20 else 20
        r += 1
    # merge the 区分 column over each run of the same word
    i = 0
    while i < len(kinds):
        j = i
        while j + 1 < len(kinds) and kinds[j + 1] == kinds[i]:
            j += 1
        if j > i:
            ws.merge_cells(f"A{start + i}:A{start + j}")
        i = j + 1
    for note in notes:
        merge(ws, f"A{r}:I{r}", note, size=8)
        ws.row_dimensions[r].height = 22
        r += 1
    r += 1
    put(ws, f"A{r}", "４　評価", size=11, bold=True, wrap=False)
    r += 1
    for key, val in hyoka:
        put(ws, f"A{r}", key, bold=True, box=True, shade=True)
        ws.merge_cells(f"A{r}:C{r}")
        boxed(ws, f"A{r}:C{r}", shade=True)
        merge(ws, f"D{r}:I{r}", val, box=True)
        ws.row_dimensions[r].height = 30
        r += 1
    page(ws, landscape=False)


def build_hiraya():
    wb = Workbook()
    ws = wb.active
    ws.title = "評価シート"
    hiraya_sheet(
        ws,
        "令和７年度　事務事業評価シート（令和６年度実施事業）",
        "作成日　令和7年7月25日",
        [
            ("事務事業名", "信州平谷温泉「ひまわりの湯」誘客促進事業"),
            ("担当課", "産業建設課"),
            ("関連計画", "第2期平谷村まち・ひと・しごと創生総合戦略"),
            ("事業期間", "令和3年度～令和7年度"),
            ("事業費（R6決算）", "8,460千円（うち一般財源　5,210千円）"),
            (
                "事業の概要",
                "本村は長野県の南西端で岐阜県に接する面積77.37km²の村で、人口は367人（2025年4月1日推計）と県内で最も少ない。"
                "役場は標高920mにあり、村の中心を国道153号が通る。道の駅「信州平谷」の隣にある信州平谷温泉「ひまわりの湯」は、"
                "全長70mのロングスライダーを備えた温水プールを持つ日帰り温泉である。本事業では、宿泊施設「ひまわりの館」、"
                "平谷高原スキー場、平谷湖フィッシングスポットと連携したセット券やPRにより、村外からの誘客を図る。",
            ),
        ],
        [("事業費", [7920, 8150, 8460, 8600]), ("うち一般財源", [4980, 5060, 5210, 5300])],
        [
            ("活動指標", 1, "ひまわりの湯PRイベント出展回数", "回", "#,##0", 3, 4, 5, 6, 5),
            (
                "活動指標",
                2,
                "スキー場・フィッシングとのセット券販売枚数",
                "枚",
                "#,##0",
                820,
                1140,
                1300,
                1265,
                1500,
            ),
            ("成果指標", 3, "ひまわりの湯入館者数", "千人", "0.0", 52.4, 55.1, 58.0, 57.3, 60.0),
            (
                "成果指標",
                4,
                "入館者アンケートの満足度（「満足」「やや満足」の割合）",
                "％",
                "0.0%",
                0.781,
                0.802,
                0.85,
                0.836,
                0.85,
            ),
            (
                "成果指標",
                5,
                "村外からの宿泊者数（ひまわりの館）",
                "人泊",
                "#,##0",
                2140,
                2380,
                2600,
                2710,
                2800,
            ),
        ],
        [
            "※No.4は毎年10月に実施する入館者アンケートによる（回答者数は各年度約300人）。",
            "※別シート「記入例」は本シートの記入要領です。",
        ],
        [
            ("事業の評価", "B（概ね効果があった）"),
            ("今後の方向性", "現状維持（スキー場とのセット券は令和7年度から通年販売とする）"),
        ],
    )
    ex = wb.create_sheet("記入例")
    hiraya_sheet(
        ex,
        "令和７年度　事務事業評価シート（記入例）",
        "作成日　令和○年○月○日",
        [
            ("事務事業名", "○○○○推進事業"),
            ("担当課", "○○課"),
            ("関連計画", "○○計画"),
            ("事業期間", "令和○年度～令和○年度"),
            ("事業費（R6決算）", "○,○○○千円（うち一般財源　○,○○○千円）"),
            (
                "事業の概要",
                "（記入例）事業の目的、対象、手段を簡潔に記入してください。指標は活動指標と成果指標を分けて記入し、"
                "単位が千人・千円の指標は小数点以下第1位まで記入してください。割合は％で記入してください。",
            ),
        ],
        [("事業費", [1000, 1200, 1200, 1300]), ("うち一般財源", [500, 600, 600, 650])],
        [
            ("活動指標", 1, "○○教室の開催回数", "回", "#,##0", 10, 12, 12, 12, 15),
            ("成果指標", 2, "○○教室の参加者数", "人", "#,##0", 150, 180, 200, 190, 220),
            ("成果指標", 3, "参加者の満足度", "％", "0.0%", 0.70, 0.75, 0.80, 0.78, 0.85),
        ],
        ["※この記入例の数値は架空のものです。"],
        [
            ("事業の評価", "A（効果があった）／B（概ね効果があった）／C（効果が低い）から選択"),
            ("今後の方向性", "拡充／現状維持／縮小／廃止から選択"),
        ],
    )
    wb.active = 0
    save(wb, HERE / "hiraya_himawari_jimujigyo_r6.xlsx")


# ---------------------------------------------------------------- いすみ市 (PDF source, landscape)
def build_isumi():
    wb = Workbook()
    ws = wb.active
    ws.title = "効果検証"
    widths = {"A": 40, "B": 12}
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    for col in "CDEFGHIJ":
        ws.column_dimensions[col].width = 8.5
    merge(
        ws,
        "A1:J1",
        "デジタル田園都市国家構想交付金（地方創生推進タイプ）　効果検証シート（令和５年度）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:J2", "令和6年8月　いすみ市 企画政策課", h="right")
    fields = [
        ("交付対象事業の名称", "「住みたい田舎」いすみ移住・定住促進事業"),
        ("地域再生計画の名称", "いすみ市移住・定住促進計画"),
        ("事業実施期間", "令和3年度～令和5年度（3か年）"),
        ("交付対象事業費", "3か年合計　36,900千円（うち交付金　18,450千円）"),
        ("担当課", "企画政策課"),
        (
            "市の概要",
            "平成17年12月5日に夷隅町・大原町・岬町の3町が合併して誕生した市で、面積は157.44km²、人口は35,651人（令和5年4月1日現在）。"
            "大原漁港はイセエビの水揚げ量日本一を誇り、東京駅から特急で約70分。平成27年から市内全小中学校の学校給食に無農薬の米を採用し、"
            "「住みたい田舎」ベストランキングでは首都圏エリア1位を8年連続で獲得している。",
        ),
    ]
    r = 4
    for key, val in fields:
        put(ws, f"A{r}", key, bold=True, box=True, shade=True)
        merge(ws, f"B{r}:J{r}", val, box=True)
        ws.row_dimensions[r].height = 44 if key == "市の概要" else 18
        r += 1
    r += 1
    put(ws, f"A{r}", "■重要業績評価指標（KPI）の目標と実績", size=11, bold=True, wrap=False)
    merge(ws, f"H{r}:J{r}", "（単位：人）", h="right")
    r += 1
    merge(
        ws, f"A{r}:A{r + 1}", "重要業績評価指標（KPI）", bold=True, box=True, shade=True, h="center"
    )
    merge(
        ws, f"B{r}:B{r + 1}", "事業開始前\n（現時点）", bold=True, box=True, shade=True, h="center"
    )
    tops = [
        ("CD", "令和3年度増加分\n（1年目）"),
        ("EF", "令和4年度増加分\n（2年目）"),
        ("GH", "令和5年度増加分\n（3年目）"),
        ("IJ", "KPI増加分の累計"),
    ]
    for (a, b), text in tops:
        merge(ws, f"{a}{r}:{b}{r}", text, bold=True, box=True, shade=True, h="center")
        put(ws, f"{a}{r + 1}", "目標", bold=True, box=True, shade=True, h="center")
        put(ws, f"{b}{r + 1}", "実績", bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[r].height = 30
    r += 2
    rows = [
        ("①　移住相談窓口を通じた移住者数", 42, [10, 12, 10, 8, 10, 15, 30, 35]),
        ("②　空き家バンクの成約件数（件）", 18, [3, 4, 3, -2, 3, 1, 9, 3]),
        ("③　お試し移住住宅の利用者数", 0, [40, 36, 40, 52, 40, 47, 120, 135]),
        ("④　移住者による起業・創業件数（件）", 2, [1, 1, 1, 2, 2, 1, 4, 4]),
    ]
    for name, base, vals in rows:
        put(ws, f"A{r}", name, box=True)
        c = put(ws, f"B{r}", base, box=True, h="right")
        c.number_format = "#,##0"
        for i, v in enumerate(vals):
            c = put(ws, f"{'CDEFGHIJ'[i]}{r}", v, box=True, h="right")
            c.number_format = '#,##0;"△"#,##0'
        ws.row_dimensions[r].height = 22
        r += 1
    notes = [
        "※1　事業開始前（現時点）は令和2年度末の値です。",
        "※2　増加分は前年度からの増加数です。△は減少を表します。",
        "※3　②は令和4年度に成約後の解約が6件あったため減少となりました。",
    ]
    for note in notes:
        merge(ws, f"A{r}:J{r}", note, size=8)
        r += 1
    r += 1
    put(ws, f"A{r}", "■地方創生への効果", size=11, bold=True, wrap=False)
    r += 1
    merge(
        ws,
        f"A{r}:J{r}",
        "地方創生に相当程度効果があった（3か年で移住相談窓口を通じた移住者は35人、お試し移住住宅の利用者は延べ135人となり、"
        "目標を上回った。空き家バンクの成約件数と起業・創業件数は目標に届かなかったため、令和6年度以降は空き家の掘り起こしと創業支援を強化する。）",
        box=True,
    )
    ws.row_dimensions[r].height = 44
    page(ws, landscape=True)
    save(wb, SRC / "isumi_dejiden_kensho_r5.xlsx")


# ---------------------------------------------------------------- 日の出町 (HTML)
HINODE = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>令和５年度　主要な施策の成果（観光・交流の振興） | 日の出町</title>
</head>
<body>
<nav aria-label="パンくずリスト"><ol>
<li><a href="/">ホーム</a></li>
<li><a href="/soshiki/">組織から探す</a></li>
<li><a href="/soshiki/sangyo/">産業観光課</a></li>
<li>令和５年度　主要な施策の成果（観光・交流の振興）</li>
</ol></nav>
<main>
<h1>令和５年度　主要な施策の成果（観光・交流の振興）</h1>
<p class="date">更新日：2024年12月6日　担当：産業観光課</p>
<p>日の出町は東京都の多摩地域西部に位置し、面積は28.07km²、人口は16,496人（2024年11月1日推計）です。昭和30年（1955年）6月1日に平井村と大久野村が合併して日の出村となり、昭和49年（1974年）6月1日に町制を施行しました。</p>
<p>町の西端にそびえる日の出山（標高902m）は秩父多摩甲斐国立公園の表玄関口にあたり、山麓の町営日帰り温泉「生涯青春の湯 つるつる温泉」は平成8年（1996年）の開業です。平成14年（2002年）3月29日には首都圏中央連絡自動車道の日の出インターチェンジが供用を開始しました。</p>
<h2>1　施策の概要</h2>
<dl>
<dt>施策名</dt><dd>観光・交流の振興</dd>
<dt>関連計画</dt><dd>日の出町長期総合計画（後期基本計画）</dd>
<dt>決算額</dt><dd>令和5年度　38,640千円（うち一般財源　21,300千円）</dd>
<dt>担当課</dt><dd>産業観光課</dd>
</dl>
<h2>2　成果指標の状況</h2>
<table border="1">
<thead>
<tr><th rowspan="2">No.</th><th rowspan="2">成果指標</th><th rowspan="2">単位</th><th rowspan="2">基準値<br>（2019年）</th><th colspan="2">実績</th><th colspan="2">2023年</th><th rowspan="2">目標値<br>（2025年）</th></tr>
<tr><th>2021年</th><th>2022年</th><th>目標</th><th>実績</th></tr>
</thead>
<tbody>
<tr><td>①</td><th scope="row">つるつる温泉の入館者数</th><td>千人</td><td>148.6</td><td>96.2</td><td>118.5</td><td>135.0</td><td>131.8</td><td>150.0</td></tr>
<tr><td>②</td><th scope="row">日の出山の登山者数（カウンター計測）</th><td>千人</td><td>62.0</td><td>―</td><td>58.4</td><td>60.0</td><td>63.1</td><td>65.0</td></tr>
<tr><td>③</td><th scope="row">ふるさと納税の寄附件数</th><td>件</td><td>1,240</td><td>2,860</td><td>3,410</td><td>3,500</td><td>3,920</td><td>4,000</td></tr>
<tr><td>④</td><th scope="row">町観光協会ウェブサイトの閲覧数</th><td>万件</td><td>18.2</td><td>24.6</td><td>27.9</td><td>30.0</td><td>29.4</td><td>35.0</td></tr>
<tr><td>⑤</td><th scope="row">観光ボランティアガイドの案内人数</th><td>人</td><td>820</td><td>410</td><td>690</td><td>800</td><td>845</td><td>900</td></tr>
</tbody>
<tfoot>
<tr><th colspan="2" scope="row">計（①＋②）</th><td>千人</td><td>210.6</td><td>―</td><td>176.9</td><td>195.0</td><td>194.9</td><td>215.0</td></tr>
</tfoot>
</table>
<p>※1　①②④⑤は暦年（1月～12月）で集計しています。③は年度（4月～翌年3月）で集計しており、表の「2023年」は2023年度（令和5年度）を表します。</p>
<p>※2　②の2021年は登山道のカウンター故障のため計測できませんでした。</p>
<p>※3　「計」は①と②の合計で、成果指標ではありません（参考値）。</p>
<h2>3　成果と今後の課題</h2>
<p>つるつる温泉の入館者数は回復傾向にあるものの目標に届かなかった。令和6年度は機関車型バス「青春号」の沿線と連携したPRを強化し、日の出山の登山者の温泉利用を促す。</p>
</main>
<footer><p>日の出町役場　産業観光課</p></footer>
</body>
</html>
"""


def build_hinode():
    (HERE / "hinode_shuyo_shisaku_seika_r5.html").write_text(HINODE, encoding="utf-8")


# ---------------------------------------------------------------- 鹿沼市 (CSV)
KANUMA_LINES = [
    "タイトル,第8次鹿沼市総合計画 基本計画 成果指標の推移（令和5年度実績）",
    "公表日,令和6年11月29日",
    "担当課,総合政策部 政策課",
    "計画期間,令和4年度～令和8年度（5年間）",
    "将来像,花と緑と清流のまち",
    '市の概要,"面積490.64km²、市域の約70%が山林。平成18年1月1日に粟野町と合併。\n2016年11月に「いちご市」を宣言し、平成28年12月には「鹿沼今宮神社祭の屋台行事」がユネスコ無形文化遺産に登録された。"',
    "注記,年度は令和の年度（4月～翌年3月）。④は隔年調査のため4年度は調査していない。⑤の2年度はイベントを中止した。（参考）の列は成果指標ではない。",
    "",
    "■成果指標の推移（産業・観光分野）",
    "年度,区分,①いちご狩り観光農園の入園者数,②観光入込客数,③新規就農者数,④「鹿沼市に住み続けたい」と思う市民の割合,⑤いちご市PRイベントの来場者数,（参考）宿泊観光客数",
    ",単位,人,千人,人,％,人,千人",
    '2年度,基準値,"38,420","2,960.4",18,68.4,中止,180.2',
    '4年度,実績値,"46,150","4,215.8",21,―,"8,200",236.5',
    '5年度,目標値,"48,000","4,500.0",20,70.0,"10,000",',
    '5年度,実績値（速報値）,"49,380","4,388.1",24,71.2,"9,450",241.0',
    '8年度,目標値,"55,000","5,000.0",25,75.0,"12,000",',
]


def build_kanuma():
    text = "\ufeff" + "\r\n".join(KANUMA_LINES) + "\r\n"
    (HERE / "kanuma_sogo8_seika_shihyo_r5.csv").write_bytes(text.encode("utf-8"))


def to_pdf():
    for name in ("isumi_dejiden_kensho_r5",):
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
    build_hiraya()
    build_isumi()
    build_hinode()
    build_kanuma()
    if "--no-pdf" not in sys.argv:
        to_pdf()


if __name__ == "__main__":
    main()
