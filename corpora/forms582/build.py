"""Build forms582: four KPI documents of 天塩町, 鶴田町, 三島町 and 登米市.

Writes `teshio_kakou_jimujigyo_r6.xlsx` (the workbook is the document), `mishima_tadamisen_kofukin_kensho_r6.html`,
`tome_sogo2_koki_seika_shihyo_r6.csv` and the XLSX source `source/tsuruta_maihashi_shuyo_seika_r6.xlsx`, which
LibreOffice turns into `tsuruta_maihashi_shuyo_seika_r6.pdf`.
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
    wb.properties.creator = "forms582"
    wb.properties.lastModifiedBy = "forms582"
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


# ---------------------------------------------------------------- 天塩町 (XLSX document, portrait)
# (区分, No., name, unit, 計画 (R4, R5, R6), 実績 (R4, R5, R6), 最終目標（R8年度）)
TESHIO_ROWS = (
    (
        "活動指標",
        1,
        "天塩川河口のしじみ漁見学ツアーの実施回数",
        "回",
        (12, 12, 15),
        ("中止", 10, 14),
        15,
    ),
    ("活動指標", 2, "物産展・商談会への出展回数", "回", (6, 6, 8), (5, 7, 9), 10),
    (
        "成果指標",
        3,
        "鏡沼海浜公園の観光入込客数",
        "千人",
        (15.0, 18.0, 20.0),
        (8.2, 16.4, 19.1),
        22.0,
    ),
    ("成果指標", 4, "町内宿泊施設の宿泊者数", "人", (2400, 2600, 2800), (2215, 2530, 2874), 3000),
    ("成果指標", 5, "ガイドツアー参加者の満足度", "%", (80.0, 80.0, 85.0), ("―", 86.2, 83.5), 90.0),
)


def build_teshio():
    wb = Workbook()
    ws = wb.active
    ws.title = "事務事業評価"
    for col, w in zip("ABCDEFGHI", (8, 5, 28, 6, 6, 10, 10, 10, 12)):
        ws.column_dimensions[col].width = w
    merge(
        ws,
        "A1:I1",
        "令和７年度　事務事業評価シート（令和６年度実施事業）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:I2", "作成日　令和7年8月20日　　天塩町", h="right")
    put(ws, "A4", "１　事業の概要", size=11, bold=True, wrap=False)
    fields = [
        ("事務事業名", "天塩川河口・鏡沼周辺誘客促進事業"),
        ("担当課", "まちづくり推進課"),
        ("関連計画", "天塩町まち・ひと・しごと創生総合戦略"),
        ("事業期間", "令和4年度～令和8年度（5年間）"),
        ("事業費（R6決算）", "8,460千円（うち北海道補助金　2,000千円）"),
        (
            "事業の概要",
            "本町は北海道北部の日本海側、留萌管内の最北端に位置し、北海道遺産に選ばれた天塩川（全長256km、道内第2位の長さ）の河口に市街地が広がる。大正13年（1924年）に町制を施行し、面積は353.56km²、人口は2,642人（2024年12月31日現在）である。"
            "主産業は大規模な酪農と、北海道一の漁獲量を誇るシジミなどの漁業で、天塩川河口近くの鏡沼海浜公園にはキャンプ場と松浦武四郎の像がある。"
            "本事業では、河口のシジミ漁を見学するガイドツアーの実施、物産展・商談会への出展及び鏡沼海浜公園の受入環境の整備を行い、交流人口の拡大と町内での滞在を促す。",
        ),
    ]
    r = fields_block(ws, 5, fields, ("A", "B"), ("C", "I"), {"事業の概要": 86})
    r += 1
    put(ws, f"A{r}", "２　指標の推移", size=11, bold=True, wrap=False)
    r += 1
    heads = (
        "区分",
        "No.",
        "指標名",
        "単位",
        "",
        "R4年度",
        "R5年度",
        "R6年度",
        "最終目標\n（R8年度）",
    )
    for col, text in zip("ABCDEFGHI", heads):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[r].height = 28
    r += 1
    merge(ws, f"A{r}:A{r + 3}", "活動指標", box=True, h="center")
    merge(ws, f"A{r + 4}:A{r + 9}", "成果指標", box=True, h="center")
    for _kubun, no, name, unit, plan, actual, final in TESHIO_ROWS:
        merge(ws, f"B{r}:B{r + 1}", no, box=True, h="center")
        merge(ws, f"C{r}:C{r + 1}", name, box=True)
        merge(ws, f"D{r}:D{r + 1}", unit, box=True, h="center")
        put(ws, f"E{r}", "計画", box=True, h="center")
        put(ws, f"E{r + 1}", "実績", box=True, h="center")
        for rr, vals in ((r, plan), (r + 1, actual)):
            for col, v in zip("FGH", vals):
                fmt = "#,##0.0" if isinstance(v, float) else None
                put(
                    ws,
                    f"{col}{rr}",
                    v,
                    box=True,
                    h="center" if isinstance(v, str) else "right",
                    fmt=fmt,
                )
            ws.row_dimensions[rr].height = 16
        fmt = "#,##0.0" if isinstance(final, float) else None
        merge(ws, f"I{r}:I{r + 1}", final, box=True, h="right", fmt=fmt)
        r += 2
    r = notes_block(
        ws,
        r,
        [
            "※1　No.1のR4年度の「中止」は、河口部の護岸工事に伴う立入制限（令和4年7月～10月）のため、ツアーを全て中止したものである。",
            "※2　No.4は、暦年（1月～12月）の値である（R4年度の欄は令和4年、最終目標は令和8年の値）。",
            "※3　No.5は、ツアー参加者へのアンケートによる。R4年度はツアーを実施しなかったため「―」としている。",
        ],
        "I",
    )
    r += 1
    put(ws, f"A{r}", "３　評価", size=11, bold=True, wrap=False)
    r += 1
    fields = [
        ("事業の評価", "B（概ね順調）"),
        ("今後の方向性", "継続"),
        (
            "評価の理由",
            "物産展・商談会への出展回数と宿泊者数は計画を上回った。ツアーの実施回数と鏡沼海浜公園の入込客数は前年度より増えたものの、秋の荒天で2回のツアーを取りやめたこともあり計画に届かなかった。令和7年度はシジミ漁の最盛期のツアーを増やし、満足度の回復を図る。",
        ),
    ]
    fields_block(ws, r, fields, ("A", "B"), ("C", "I"), {"評価の理由": 42})
    page(ws, landscape=False)
    save(wb, HERE / "teshio_kakou_jimujigyo_r6.xlsx")


# ---------------------------------------------------------------- 鶴田町 (PDF, landscape, two grids side by side)
TSURUTA_ACT = (
    ("ア", "舞橋案内人（観光ボランティアガイド）の案内件数", "件", 412, 455),
    ("イ", "SNS・動画による観光情報の発信件数", "件", 96, 128),
)
# (No., name, unit, 基準値（元年度）, 5年度実績, 6年度目標, 6年度実績, 達成状況)
TSURUTA_OUT = (
    (1, "鶴の舞橋周辺の観光入込客数", "千人", 286.5, 231.4, 240.0, 246.8, "達成"),
    (2, "町内宿泊施設の宿泊者数", "人", 9820, 8145, 9000, "8,712（速報値）", "未達成"),
    (3, "道の駅つるた「鶴の里あるじゃ」の売上高", "百万円", 312, 358, 370, "―", "―"),
)


def build_tsuruta():
    wb = Workbook()
    ws = wb.active
    ws.title = "成果説明書"
    widths = (5, 30, 5, 9, 9, 2, 4, 30, 7, 10, 9, 9, 13, 8)
    for col, w in zip("ABCDEFGHIJKLMN", widths):
        ws.column_dimensions[col].width = w
    merge(ws, "A1:N1", "令和６年度　主要な施策の成果説明書", size=14, bold=True, h="center")
    merge(ws, "A2:N2", "令和7年9月　鶴田町　企画課", h="right")
    put(ws, "A4", "１　事業の概要", size=11, bold=True, wrap=False)
    fields = [
        ("施策", "観光の振興"),
        ("事業名", "鶴の舞橋・津軽富士見湖観光交流推進事業"),
        ("所管課", "企画課"),
        ("会計区分", "一般会計　7款 商工費　1項 商工費　3目 観光費"),
        ("決算額", "令和6年度　21,380千円（うちふるさと納税寄附金充当額　6,000千円）"),
        ("関連計画", "鶴田町まち・ひと・しごと創生推進計画"),
        (
            "事業の内容",
            "本町は津軽平野のほぼ中央に位置し、南西に岩木山を望み、町の中央を岩木川が流れる。明治22年（1889年）4月1日に6村が合併して鶴田村となり、昭和16年（1941年）10月1日に町制を施行した。面積は46.40km²、人口は11,612人（2024年7月）で、ブドウ「スチューベン」は作付面積・生産量ともに日本一を誇る。"
            "万治3年（1660年）に築かれた廻堰大溜池（津軽富士見湖）は堤の延長4,178mが日本一の長さで、平成6年（1994年）7月8日には青森県産ひばを用いた全長300mの日本一長い木造三連太鼓橋「鶴の舞橋」が架けられた。"
            "本事業では、鶴の舞橋周辺の案内・情報発信と、富士見湖パーク・丹頂鶴自然公園と道の駅つるたを結ぶ周遊の促進に取り組む。",
        ),
    ]
    r = fields_block(ws, 5, fields, ("A", "B"), ("C", "N"), {"事業の内容": 58})
    r += 1
    put(ws, f"A{r}", "２　事業の成果", size=11, bold=True, wrap=False)
    r += 1
    put(ws, f"A{r}", "（１）活動指標", size=10, bold=True, wrap=False)
    put(ws, f"G{r}", "（２）成果指標", size=10, bold=True, wrap=False)
    r += 1
    for col, text in zip("ABCDE", ("記号", "活動指標", "単位", "5年度\n実績", "6年度\n実績")):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=True, h="center")
    heads = (
        "No.",
        "成果指標",
        "単位",
        "基準値\n（元年度）",
        "5年度\n実績",
        "6年度\n目標",
        "6年度\n実績",
        "達成\n状況",
    )
    for col, text in zip("GHIJKLMN", heads):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[r].height = 28
    r += 1
    for i in range(3):
        rr = r + i
        if i < len(TSURUTA_ACT):
            for col, v in zip("ABCDE", TSURUTA_ACT[i]):
                put(
                    ws,
                    f"{col}{rr}",
                    v,
                    box=True,
                    h="left" if col == "B" else ("center" if col in "AC" else "right"),
                )
        no, name, unit, *vals = TSURUTA_OUT[i]
        put(ws, f"G{rr}", no, box=True, h="center")
        put(ws, f"H{rr}", name, box=True)
        put(ws, f"I{rr}", unit, box=True, h="center")
        for col, v in zip("JKLMN", vals):
            fmt = "#,##0.0" if isinstance(v, float) else None
            center = col == "N" or v == "―"
            put(ws, f"{col}{rr}", v, box=True, h="center" if center else "right", fmt=fmt)
        ws.row_dimensions[rr].height = 26
    r += 3
    r = notes_block(
        ws,
        r,
        [
            "※1　成果指標1は、鶴の舞橋・富士見湖パーク・丹頂鶴自然公園の入込客数の合計である。",
            "※2　成果指標2の6年度実績は、宿泊施設からの報告による速報値である。",
            "※3　成果指標3の6年度実績は、指定管理者の決算が確定した後に公表するため「―」とし、達成状況は次年度に判定する。",
        ],
        "N",
    )
    r += 1
    put(ws, f"A{r}", "３　評価", size=11, bold=True, wrap=False)
    r += 1
    fields = [
        ("成果の評価", "概ね順調"),
        ("今後の方向性", "継続"),
        (
            "評価の理由",
            "鶴の舞橋周辺の入込客数は目標を上回り、案内件数も前年度から43件増えた。宿泊者数は前年度を上回ったものの目標には届かなかったため、令和7年度は冬季の舞橋ライトアップと宿泊を組み合わせた周遊企画を実施する。",
        ),
    ]
    fields_block(ws, r, fields, ("A", "B"), ("C", "N"), {"評価の理由": 30})
    page(ws, landscape=True)
    save(wb, SRC / "tsuruta_maihashi_shuyo_seika_r6.xlsx")


# ---------------------------------------------------------------- 三島町 (HTML, years down)
MISHIMA = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>デジタル田園都市国家構想交付金（地方創生推進タイプ）事業の効果検証（令和６年度） - 三島町</title>
<style>
table { border-collapse: collapse; }
th, td { border: 1px solid #333; padding: 2px 6px; }
td { text-align: right; }
thead th { background: #e8eef4; }
tbody th { text-align: left; background: #f4f4f4; }
del { color: #888; }
dt { font-weight: bold; }
</style>
</head>
<body>
<p class="site">奥会津　福島県三島町</p>
<nav aria-label="パンくずリスト"><ol>
<li><a href="/">ホーム</a></li>
<li><a href="/gyosei/">町政情報</a></li>
<li><a href="/gyosei/chihososei/">地方創生</a></li>
<li>交付金事業の効果検証（令和６年度）</li>
</ol></nav>
<main>
<h1>デジタル田園都市国家構想交付金（地方創生推進タイプ）事業の効果検証（令和６年度）</h1>
<p class="update">掲載日：2025年2月28日　担当：地域政策課</p>
<p>三島町は福島県会津地方の中西部、只見川沿いに位置する町で、面積は90.81km²、人口は1,452人（2020年国勢調査）です。昭和30年（1955年）7月20日に宮下村と西方村が合併して三島村となり、昭和36年（1961年）4月1日に町制を施行しました。昭和49年（1974年）には全国に先駆けて都市と農村の交流による「ふるさと運動」を始め、特別町民制度を設けました。町の木はキリで、会津桐と経済産業大臣指定の伝統的工芸品「奥会津編み組細工」の産地です。2012年には「日本で最も美しい村」連合に加盟しました。道の駅「尾瀬街道みしま宿」の近くには、JR只見線の第一只見川橋梁を見下ろすビューポイントがあります。</p>
<p>令和4年度から実施している交付金事業について、令和7年2月に開催した三島町総合戦略推進会議で効果検証を行いましたので、その結果をお知らせします。令和6年度の実績は年度途中のため、見込の値を掲載しています。</p>
<dl>
<dt>交付対象事業の名称</dt><dd>只見線と桐の里みしま交流人口拡大事業</dd>
<dt>交付金の種類</dt><dd>デジタル田園都市国家構想交付金（地方創生推進タイプ）</dd>
<dt>事業期間</dt><dd>令和4年度～令和6年度（3か年）</dd>
<dt>担当課</dt><dd>地域政策課</dd>
</dl>
<h2>重要業績評価指標（KPI）の達成状況</h2>
<table>
<thead>
<tr><th scope="col" colspan="2" rowspan="2">区分</th><th scope="col">KPI①<br>只見線ビューポイント周遊ツアーの参加者数</th><th scope="col">KPI②<br>会津桐製品・編み組細工のオンライン販売額</th><th scope="col">KPI③<br>只見線応援団「みしまサポーターズ」の会員数</th><th scope="col">KPI④<br>移住相談を経た転入者数</th></tr>
<tr><th scope="col">（人）</th><th scope="col">（千円）</th><th scope="col">（人）</th><th scope="col">（人）</th></tr>
</thead>
<tbody>
<tr><th scope="row" colspan="2">事業開始前（令和3年度）</th><td>1,240</td><td>18,420</td><td>―</td><td>1</td></tr>
<tr><th scope="rowgroup" rowspan="2">令和4年度</th><th scope="row">目標</th><td>1,500</td><td>21,000</td><td>累計300</td><td>2</td></tr>
<tr><th scope="row">実績</th><td>1,386</td><td>22,150</td><td>累計356</td><td>1</td></tr>
<tr><th scope="rowgroup" rowspan="2">令和5年度</th><th scope="row">目標</th><td>1,650</td><td>23,500</td><td>累計600</td><td>2</td></tr>
<tr><th scope="row">実績</th><td><del>1,612</del> 1,621</td><td>24,860</td><td>累計641</td><td>3</td></tr>
<tr><th scope="rowgroup" rowspan="2">令和6年度</th><th scope="row">目標</th><td>1,800</td><td>26,000</td><td>累計900</td><td>2</td></tr>
<tr><th scope="row">見込</th><td>1,746</td><td>27,310</td><td>累計870</td><td>3</td></tr>
</tbody>
</table>
<p>※1　KPI①の令和5年度実績は、参加者数の集計に誤りがあったため、1,612人を1,621人に訂正しました。</p>
<p>※2　KPI③は、令和4年度に「みしまサポーターズ」を創設したため、事業開始前の値はありません。値は各年度末時点の会員数の累計です。</p>
<p>※3　令和6年度の見込は、令和6年12月末までの実績をもとに推計した値です。</p>
<h2>効果検証の結果</h2>
<dl>
<dt>総合評価</dt><dd>地方創生に相当程度効果があった</dd>
<dt>今後の方針</dt><dd>事業の継続（令和7年度以降は町の単独事業として実施）</dd>
<dt>推進会議の意見</dt><dd>オンライン販売額と転入者数は目標を上回った。ツアーの参加者数とサポーターズの会員数は目標に届かない見込みのため、紅葉期と冬季のツアーと会員特典を充実されたい。</dd>
</dl>
</main>
<footer><p>三島町役場　地域政策課</p></footer>
</body>
</html>
"""


def build_mishima():
    (HERE / "mishima_tadamisen_kofukin_kensho_r6.html").write_text(MISHIMA, encoding="utf-8")


# ---------------------------------------------------------------- 登米市 (CSV)
TOME_WIDTH = 9
TOME_LINES = (
    ("タイトル", "第二次登米市総合計画　後期基本計画　成果指標の進捗状況（令和6年度）"),
    ("公表日", "令和7年8月29日"),
    ("計画の名称", "第二次登米市総合計画"),
    (
        "計画期間",
        "基本構想　平成28年度～令和7年度（10年間）\n後期基本計画　令和3年度～令和7年度（5年間）",
    ),
    ("担当課", "企画部　企画政策課"),
    (
        "市の概要",
        "登米市は宮城県の北東部、仙台市から北へ約70kmに位置し、2005年（平成17年）4月1日に登米郡8町と本吉郡津山町の9町が合併して誕生しました。面積は536.12km²、人口は72,732人（令和5年4月1日現在）です。県内有数の穀倉地帯で、ササニシキ・ひとめぼれの主産地であるとともに、本州最大の肉用牛の生産地でもあります。北西部の伊豆沼・内沼はラムサール条約の登録湿地で、登米町には旧登米高等尋常小学校校舎（教育資料館）などの歴史的建造物が残ります。",
    ),
    (
        "注記",
        "基準値は令和元年度の値です。成果指標の単位は、指標名の後ろの括弧内に記しています。No.2の目標値は、後期基本計画の5年間の累計です。R6実績のうちNo.3は速報値です。",
    ),
)
TOME_HEAD = (
    "No.",
    "成果指標",
    "基準値（R元）",
    "R4実績",
    "R5実績",
    "R6目標",
    "R6実績",
    "目標値（R7）",
    "担当課",
)
TOME_ROWS = (
    (
        "施策3-1　農業の振興",
        (
            (
                "1",
                "環境保全米の作付面積（ha）",
                "6,812",
                "6,455",
                "6,530",
                "6,700",
                "6,602",
                "7,000",
                "農産園芸畜産課",
            ),
            (
                "2",
                "新規就農者数（人）",
                "18",
                "21",
                "19",
                "22",
                "24",
                "R3～R7年度の5年間で延べ120人",
                "農産園芸畜産課",
            ),
        ),
    ),
    (
        "施策3-3　観光の振興",
        (
            (
                "3",
                "観光入込客数（千人）",
                "2,284.6",
                "1,862.4",
                "2,105.9",
                "2,200.0",
                "2,237.5",
                "2,400.0",
                "観光シティプロモーション課",
            ),
            (
                "4",
                "教育資料館の入館者数（人）",
                "41,250",
                "24,830",
                "30,615",
                "36,000",
                "34,982",
                "42,000",
                "生涯学習課",
            ),
            (
                "5",
                "市内宿泊施設の延べ宿泊者数（人泊）",
                "98,450",
                "71,230",
                "84,615",
                "90,000",
                "92,347",
                "100,000",
                "観光シティプロモーション課",
            ),
        ),
    ),
)


def build_tome():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    pad = [""] * (TOME_WIDTH - 2)
    for key, val in TOME_LINES:
        w.writerow([key, val, *pad])
    w.writerow([])
    w.writerow(["■成果指標の進捗状況", *([""] * (TOME_WIDTH - 1))])
    w.writerow(TOME_HEAD)
    for field, rows in TOME_ROWS:
        w.writerow([field, *([""] * (TOME_WIDTH - 1))])
        for row in rows:
            w.writerow(row)
    (HERE / "tome_sogo2_koki_seika_shihyo_r6.csv").write_bytes(
        ("\ufeff" + buf.getvalue()).encode("utf-8")
    )


def to_pdf():
    for name in ("tsuruta_maihashi_shuyo_seika_r6",):
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
    build_teshio()
    build_tsuruta()
    build_mishima()
    build_tome()
    if "--no-pdf" not in sys.argv:
        to_pdf()


if __name__ == "__main__":
    main()
