"""Build forms597: four KPI documents of 伊平屋村, 智頭町, 南国市 and 大任町.

Writes `iheya_moonlight_jimujigyo_r6.csv`, `chizu_sokai_iju_kofukin_kensho_r6.html`,
`nankoku_shuyo_seika_r6.xlsx` (the workbook is the document) and the XLSX source
`source/oto_senryaku_kpi_tassei_r6.xlsx`, which LibreOffice turns into `oto_senryaku_kpi_tassei_r6.pdf`.
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
FONT = "Noto Sans CJK JP"
THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
SHADE = PatternFill("solid", fgColor="D9D9D9")
BAND = PatternFill("solid", fgColor="EDEDED")
STAMP = datetime.datetime(2025, 10, 15, 9, 0, 0)
STAMP_TEXT = "2025-10-15T09:00:00Z"


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
    elif isinstance(value, float):
        cell.number_format = "#,##0.0"
    elif isinstance(value, int):
        cell.number_format = "#,##0"
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
    wb.properties.creator = "forms597"
    wb.properties.lastModifiedBy = "forms597"
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
            info = zipfile.ZipInfo(item.filename, date_time=(2025, 10, 15, 9, 0, 0))
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


def notes_block(ws, r, notes, last_col, height=15):
    for note in notes:
        merge(ws, f"A{r}:{last_col}{r}", note, size=8)
        ws.row_dimensions[r].height = height
        r += 1
    return r


# ---------------------------------------------------------------- 伊平屋村 (CSV, UTF-8 without BOM, LF)
# 令和７年度 事務事業評価シート（令和６年度実施事業）, exported from the sheet as it stands, every line padded to
# 9 fields. The indicator grid's years are printed without their era in full-width digits (４年度 … ７年度).
# Each indicator stands on two lines, 目標 then 実績; the 実績 line leaves 指標区分, 記号, 指標名 and 単位
# empty, and 指標区分 is written only on the first indicator of its group.
IHEYA_WIDTH = 9
IHEYA_LINES = (
    ("令和７年度　事務事業評価シート（令和６年度実施事業）",),
    ("伊平屋村", "", "", "", "", "", "", "作成日", "令和7年8月8日"),
    (),
    ("１．事業の概要",),
    ("事務事業名", "伊平屋ムーンライトマラソン開催支援事業", "", "", "", "事業番号", "3-2-07"),
    ("担当課", "企画財政課", "", "", "", "会計", "一般会計"),
    ("関連計画", "伊平屋村まち・ひと・しごと創生総合戦略（第2期）"),
    ("根拠法令等", "なし（伊平屋ムーンライトマラソン実行委員会への負担金）"),
    ("事業期間", "平成7年度～（毎年度実施）"),
    ("対象", "大会参加者及び大会を支える村民・ボランティア"),
    (
        "事業の概要",
        "本村は沖縄県最北端の有人離島で、伊平屋島と野甫島の2島（野甫大橋で連絡）からなり、那覇市から北方に117km、"
        "今帰仁村の運天港から41.1kmに位置する。田名・前泊・我喜屋・島尻・野甫の5つの字がある。"
        "月明かりの下を走る伊平屋ムーンライトマラソンは平成7年（1995年）の第1回から続く村最大のスポーツイベントで、"
        "毎年10月にフルマラソンとハーフマラソンを行う。村は実行委員会に負担金を交付し、大会運営、参加者の海上輸送、"
        "民泊・宿泊の受入調整を支援する。",
    ),
    (),
    ("２．指標の推移",),
    ("指標区分", "記号", "指標名", "単位", "区分", "４年度", "５年度", "６年度", "７年度"),
    (
        "活動指標",
        "ア",
        "大会参加者数（フル・ハーフの合計）",
        "人",
        "目標",
        "1,000",
        "1,000",
        "1,100",
        "1,100",
    ),
    ("", "", "", "", "実績", "812", "1,046", "1,138", ""),
    ("", "イ", "大会運営ボランティア数", "人", "目標", "250", "250", "260", "260"),
    ("", "", "", "", "実績", "231", "244", "268", ""),
    (
        "成果指標",
        "ア",
        "参加者アンケートで「満足」と答えた人の割合",
        "％",
        "目標",
        "80.0",
        "82.0",
        "85.0",
        "85.0",
    ),
    ("", "", "", "", "実績", "78.6", "83.4", "集計中", ""),
    ("", "イ", "大会前後3日間の村内宿泊者数", "人泊", "目標", "1,800", "1,900", "2,000", "2,000"),
    ("", "", "", "", "実績", "1,522", "1,964", "2,088", ""),
    ("", "ウ", "大会開催に伴う村内消費額", "千円", "目標", "24,000", "25,000", "26,000", "26,000"),
    ("", "", "", "", "実績", "19,860", "25,420", "25,800（見込）", ""),
    ("※1　成果指標アの６年度実績は、参加者アンケートを集計中のため記載していない。",),
    ("※2　成果指標ウの６年度実績は、宿泊・飲食事業者への聞き取りによる見込額である。",),
    (),
    ("３．事業費の推移（単位：千円、７年度は予算額）",),
    ("区分", "", "", "", "", "４年度", "５年度", "６年度", "７年度"),
    ("事業費（負担金）", "", "", "", "", "9,000", "9,000", "9,500", "9,500"),
    ("うち一般財源", "", "", "", "", "4,500", "4,500", "4,750", "4,750"),
    (),
    ("４．評価",),
    ("評価", "B（概ね順調）"),
    ("今後の方向性", "継続"),
    (
        "評価の理由",
        "参加者数とボランティア数は目標を上回り、宿泊者数も2,000人泊を超えた。村内消費額は見込額で目標に届いていない。"
        "参加者アンケートの結果は集計後に追記する。",
    ),
)


def csv_field(v):
    if any(ch in v for ch in ',"\r\n'):
        return '"' + v.replace('"', '""') + '"'
    return v


def build_iheya():
    lines = []
    for row in IHEYA_LINES:
        cells = list(row) + [""] * (IHEYA_WIDTH - len(row))
        lines.append(",".join(csv_field(c) for c in cells))
    text = "\n".join(lines) + "\n"
    (HERE / "iheya_moonlight_jimujigyo_r6.csv").write_bytes(text.encode("utf-8"))


# ---------------------------------------------------------------- 智頭町 (HTML)
# 令和６年度 地方創生推進交付金事業の効果検証結果. The KPI table is turned on its side: the years run down the
# first column and the four KPIs run across, under a three-row head (KPI label / name / 目標値 | 実績値).
# Every value cell carries its unit; the 事業開始前 cell spans both columns of its KPI; a last row prints
# the 達成状況; KPI4 has no target for 令和4年度 (`―`) and a range for 令和6年度.
CHIZU_KPIS = (
    ("KPI1", "町外からの移住者数"),
    ("KPI2", "「森のようちえん」に通う町外出身の園児数"),
    ("KPI3", "森林セラピー体験プログラムの参加者数"),
    ("KPI4", "空き家バンクを通じた空き家の成約件数"),
)
CHIZU_BASE = ("38人", "9人", "642人", "3件")
CHIZU_YEARS = (
    ("令和4年度", (("42人", "44人"), ("10人", "11人"), ("700人", "655人"), ("―", "4件"))),
    ("令和5年度", (("46人", "51人"), ("11人", "12人"), ("760人", "731人"), ("6件", "7件"))),
    ("令和6年度", (("50人", "47人"), ("12人", "14人"), ("820人", "846人"), ("10～12件", "11件"))),
)
CHIZU_STATUS = ("未達成", "達成", "達成", "達成")


def build_chizu():
    head1 = (
        '<tr><th scope="col" rowspan="3">年度</th>'
        + "".join(f'<th scope="colgroup" colspan="2">{label}</th>' for label, _ in CHIZU_KPIS)
        + "</tr>"
    )
    head2 = (
        "<tr>"
        + "".join(f'<th scope="colgroup" colspan="2">{name}</th>' for _, name in CHIZU_KPIS)
        + "</tr>"
    )
    head3 = (
        "<tr>"
        + '<th scope="col">目標値</th><th scope="col">実績値</th>' * len(CHIZU_KPIS)
        + "</tr>"
    )
    rows = [
        '<tr><th scope="row">事業開始前<br>（令和3年度）</th>'
        + "".join(f'<td colspan="2">{v}</td>' for v in CHIZU_BASE)
        + "</tr>"
    ]
    for year, cells in CHIZU_YEARS:
        rows.append(
            f'<tr><th scope="row">{year}</th>'
            + "".join(f"<td>{t}</td><td>{a}</td>" for t, a in cells)
            + "</tr>"
        )
    rows.append(
        '<tr><th scope="row">達成状況<br>（令和6年度）</th>'
        + "".join(f'<td colspan="2" class="c">{s}</td>' for s in CHIZU_STATUS)
        + "</tr>"
    )
    table = "\n".join(
        [
            "<table>",
            "<thead>",
            head1,
            head2,
            head3,
            "</thead>",
            "<tbody>",
            *rows,
            "</tbody>",
            "</table>",
        ]
    )
    html = f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>令和６年度 地方創生推進交付金事業の効果検証結果 - 智頭町</title>
<style>
table {{ border-collapse: collapse; margin-bottom: 0.5em; }}
th, td {{ border: 1px solid #333; padding: 2px 6px; }}
td {{ text-align: right; }}
td.c {{ text-align: center; }}
th {{ background: #e6efe2; }}
dt {{ font-weight: bold; }}
</style>
</head>
<body>
<nav aria-label="現在地"><ol>
<li><a href="/">トップページ</a></li>
<li><a href="/chizu/kikaku/">企画課</a></li>
<li><a href="/chizu/kikaku/sousei/">地方創生</a></li>
<li>令和６年度 地方創生推進交付金事業の効果検証結果</li>
</ol></nav>
<main>
<h1>令和６年度　地方創生推進交付金事業の効果検証結果</h1>
<p class="update">更新日：2025年9月26日　担当：企画課</p>
<p>智頭町は鳥取県の東南部に位置し、南と東は岡山県に接しています。総面積224.70km²のうち93%を山林が占める「みどりの風が吹く疎開のまち」で、人口は6,191人（令和6年8月1日現在、住民基本台帳）です。平成20年（2008年）に町民141人の参加で発足した智頭町百人委員会、町内14か所の森をフィールドとする「森のようちえん まるたんぼう」、鳥取県内で唯一の森林セラピー基地など、森林資源を生かしたまちづくりを進めています。</p>
<p>町では、デジタル田園都市国家構想交付金（地方創生推進タイプ）を活用して令和4年度から3か年で実施した下記の事業について、令和7年8月に外部有識者による効果検証を行いました。その結果をお知らせします。</p>
<h2>１　事業の概要</h2>
<dl>
<dt>交付対象事業の名称</dt><dd>「みどりの風が吹く疎開のまち」森林資源を生かした移住・関係人口創出事業</dd>
<dt>交付金の種類</dt><dd>デジタル田園都市国家構想交付金（地方創生推進タイプ）</dd>
<dt>事業期間</dt><dd>令和4年度～令和6年度（3か年）</dd>
<dt>総事業費</dt><dd>3か年計　24,300千円（うち交付金　12,150千円）</dd>
<dt>担当課</dt><dd>企画課</dd>
<dt>事業の内容</dt><dd>移住相談窓口とお試し住宅の運営、森のようちえんと連携した子育て世帯向けの移住体験ツアー、石谷家住宅や板井原集落をめぐる森林セラピー体験プログラムの造成、空き家バンクの物件調査と改修支援を一体的に行う。</dd>
</dl>
<h2>２　重要業績評価指標（KPI）の推移</h2>
{table}
<p>※　KPI4は、空き家バンクの運用を見直した令和5年度から目標値を設定しています。</p>
<h2>３　効果検証の結果</h2>
<dl>
<dt>事業の効果</dt><dd>地方創生に相当程度効果があった</dd>
<dt>今後の方針</dt><dd>事業の継続</dd>
<dt>外部有識者の意見</dt><dd>KPI4項目のうち3項目で最終年度の目標値を達成した。移住者数は令和5年度に51人まで伸びたが、令和6年度は住宅の不足から目標に届かなかった。空き家の改修支援を拡充し、受け皿の確保に努められたい。</dd>
</dl>
</main>
<footer><p>智頭町役場　企画課　〒689-1402 鳥取県八頭郡智頭町大字智頭2072-1</p></footer>
</body>
</html>
"""
    (HERE / "chizu_sokai_iju_kofukin_kensho_r6.html").write_bytes(html.encode("utf-8"))


# ---------------------------------------------------------------- 南国市 (XLSX document, landscape)
# 令和６年度 主要な施策の成果説明書（抜粋）. One grid: 施策 bands across the grid; 事業名, 担当課 and 決算額
# (千円) merged down over their indicator rows; a two-row head whose 令和６年度 spans 目標 | 実績; a 達成率
# column. The last 事業 is a 【再掲】 of the first, its 決算額 cell reading （再掲）.
NANKOKU_GRID = (
    (
        "施策１　地震・津波に備えた防災対策の推進",
        (
            (
                "津波避難対策推進事業",
                "危機管理課",
                38420,
                (
                    (1, "自主防災組織の避難訓練実施率", "％", 81.6, 85.0, 86.3, "101.5%"),
                    (2, "防災アプリ「つながっタワー」の登録者数", "人", 2184, 3000, 2716, "90.5%"),
                ),
            ),
        ),
    ),
    (
        "施策２　ごみの減量と循環型社会の形成",
        (
            (
                "ごみ減量化・資源化推進事業",
                "環境課",
                12960,
                (
                    (
                        3,
                        "家庭系ごみ排出量の削減（市民1人1日当たり）",
                        "g/人・日",
                        618,
                        600,
                        607,
                        "98.8%",
                    ),
                    (4, "資源ごみの回収量", "t", 1842, 1900, 1915, "100.8%"),
                ),
            ),
        ),
    ),
    (
        "施策３　観光・交流の振興",
        (
            (
                "物部川エリア観光推進事業",
                "商工観光課",
                21540,
                ((5, "市内主要観光施設の入込客数", "千人", 412.6, 430.0, 448.9, "104.4%"),),
            ),
            (
                "津波避難対策推進事業【再掲】",
                "危機管理課",
                "（再掲）",
                (
                    (
                        6,
                        "津波避難タワーを活用した防災学習の参加者数",
                        "人",
                        1120,
                        1200,
                        1384,
                        "115.3%",
                    ),
                ),
            ),
        ),
    ),
)


def build_nankoku():
    wb = Workbook()
    ws = wb.active
    ws.title = "主要施策の成果"
    cols = "ABCDEFGHIJ"
    for col, w in zip(cols, (22, 11, 10, 5, 34, 9, 10, 10, 10, 8)):
        ws.column_dimensions[col].width = w
    merge(ws, "A1:J1", "令和６年度　主要な施策の成果説明書（抜粋）", size=14, bold=True, h="center")
    merge(ws, "A2:E2", "南国市", size=10)
    merge(ws, "F2:J2", "令和7年9月", h="right")
    merge(
        ws,
        "A3:J3",
        "本市は高知県の中東部、高知市の東に隣接し、高知龍馬空港、高知自動車道南国I.C.、JR土讃線後免駅を有する高知県の空・陸の玄関口です（面積125.30km²）。"
        "昭和34年（1959年）10月1日に後免町・岡豊村・香長村・野田村などが合併して市制を施行しました。"
        "沿岸部では南海トラフ地震の津波に備え、平成24・25年度の2か年で14基の津波避難タワーを整備しています（収容人数4,486人）。",
    )
    ws.row_dimensions[3].height = 40
    merge(ws, "A4:J4", "総合計画の基本理念　「ひと」が輝く「地域」が輝く「まち」が輝く南国市")
    ws.row_dimensions[4].height = 16
    merge(ws, "A6:G6", "■施策別の主要事業と成果指標", size=11, bold=True, wrap=False)
    merge(ws, "H6:J6", "（決算額の単位：千円）", h="right")
    r = 7
    for c, text in (
        ("A", "事業名"),
        ("B", "担当課"),
        ("C", "決算額"),
        ("D", "No."),
        ("E", "成果指標"),
        ("F", "単位"),
        ("J", "達成率"),
    ):
        merge(ws, f"{c}{r}:{c}{r + 1}", text, bold=True, box=True, fill=SHADE, h="center")
    put(ws, f"G{r}", "令和５年度", bold=True, box=True, fill=SHADE, h="center")
    put(ws, f"G{r + 1}", "実績", bold=True, box=True, fill=SHADE, h="center")
    merge(ws, f"H{r}:I{r}", "令和６年度", bold=True, box=True, fill=SHADE, h="center")
    put(ws, f"H{r + 1}", "目標", bold=True, box=True, fill=SHADE, h="center")
    put(ws, f"I{r + 1}", "実績", bold=True, box=True, fill=SHADE, h="center")
    ws.row_dimensions[r].height = 18
    ws.row_dimensions[r + 1].height = 18
    r += 2
    for band, programs in NANKOKU_GRID:
        merge(ws, f"A{r}:J{r}", band, bold=True, box=True, fill=BAND)
        ws.row_dimensions[r].height = 18
        r += 1
        for name, dept, money, rows in programs:
            n = len(rows)
            last = r + n - 1
            for c, v in (("A", name), ("B", dept), ("C", money)):
                h = "right" if c == "C" else ("center" if c == "B" else "left")
                if n > 1:
                    merge(ws, f"{c}{r}:{c}{last}", v, box=True, h=h)
                else:
                    put(ws, f"{c}{r}", v, box=True, h=h)
            for no, ind, unit, r5, t6, a6, rate in rows:
                put(ws, f"D{r}", no, box=True, h="center")
                put(ws, f"E{r}", ind, box=True)
                put(ws, f"F{r}", unit, box=True, h="center")
                for c, v in (("G", r5), ("H", t6), ("I", a6)):
                    fmt = "#,##0.0" if isinstance(v, float) else "#,##0"
                    put(ws, f"{c}{r}", v, box=True, h="right", fmt=fmt)
                put(ws, f"J{r}", rate, box=True, h="right")
                ws.row_dimensions[r].height = 30
                r += 1
    r = notes_block(
        ws,
        r,
        (
            "※1　達成率は、令和６年度の目標値に対する実績値の割合です（No.3は、目標値÷実績値で算出しています）。",
            "※2　No.5は、高知県観光動向調査による市内主要観光施設の入込客数の合計です。",
            "※3　【再掲】の事業の決算額は、施策１に計上しています。",
        ),
        "J",
    )
    page(ws, landscape=True)
    save(wb, HERE / "nankoku_shuyo_seika_r6.xlsx")


# ---------------------------------------------------------------- 大任町 (PDF from XLSX, landscape)
# 第2期大任町まち・ひと・しごと創生総合戦略 KPI の達成状況（令和６年度）. No 単位 column: every cell carries
# its unit, scale words included (万人, 千円); the 基準値 column has no year of its own, each baseline cell
# dates itself in brackets; 基本目標 bands; labels 1-1 …; one target is the word 増加; 評価 A/B/C judged by
# the target (legend on the heading's row).
OTO_GRID = (
    (
        "基本目標１　地域資源を生かした産業を振興し、しごとをつくる",
        (
            (
                "1-1",
                "道の駅おおとう桜街道の年間来場者数",
                "118.4万人（R元）",
                "86.2万人",
                "98.7万人",
                "109.5万人",
                "114.8万人",
                "120.0万人",
                "C",
            ),
            (
                "1-2",
                "にんにく加工品（黒にんにく等）の販売額",
                "12,400千円（R元）",
                "14,050千円",
                "15,380千円",
                "16,920千円",
                "18,620千円",
                "18,000千円",
                "A",
            ),
        ),
    ),
    (
        "基本目標２　大任町への新しいひとの流れをつくる",
        (
            (
                "2-1",
                "ふるさと納税の寄附件数",
                "3,128件（R元）",
                "5,460件",
                "6,212件",
                "7,905件",
                "8,341件",
                "増加",
                "A",
            ),
            (
                "2-2",
                "社会増減数（転入者数－転出者数）",
                "△42人（R元）",
                "△35人",
                "△28人",
                "△19人",
                "△24人",
                "±0人",
                "B",
            ),
        ),
    ),
    (
        "基本目標３　若い世代の結婚・出産・子育ての希望をかなえる",
        (
            (
                "3-1",
                "子育て支援センターの延べ利用者数",
                "―",
                "未実施",
                "2,840人",
                "3,315人",
                "3,702人",
                "3,500人",
                "A",
            ),
        ),
    ),
)


def build_oto():
    wb = Workbook()
    ws = wb.active
    ws.title = "KPI達成状況"
    cols = "ABCDEFGHI"
    for col, w in zip(cols, (6, 36, 16, 11, 11, 11, 11, 12, 7)):
        ws.column_dimensions[col].width = w
    merge(
        ws,
        "A1:I1",
        "第2期大任町まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の達成状況（令和６年度）",
        size=13,
        bold=True,
        h="center",
    )
    merge(ws, "A2:I2", "令和7年10月　大任町総務課", h="right")
    r = 4
    fields = (
        ("計画の名称", "第2期大任町まち・ひと・しごと創生総合戦略", 18),
        ("計画期間", "令和2年度～令和6年度（5年間）", 18),
        ("担当課", "総務課", 18),
        (
            "町の概要",
            "大任町は福岡県の北東部、田川郡のほぼ中央に位置し、東西3.6km、南北7.2km、総面積14.26km²の町です。明治22年に大行事村と今任原村が"
            "統合して大任村となり、昭和35年1月1日に町制を施行しました。町の中央を南北に彦山川が流れ、川沿いの約4kmの桜並木「桜街道」と、"
            "平成22年10月に開業した「道の駅おおとう桜街道」に県内外から多くの人が訪れています。人口は4,807人（2024年10月1日推計）です。",
            62,
        ),
    )
    for key, val, height in fields:
        merge(ws, f"A{r}:B{r}", key, bold=True, box=True, fill=SHADE)
        merge(ws, f"C{r}:I{r}", val, box=True)
        ws.row_dimensions[r].height = height
        r += 1
    r += 1
    merge(ws, f"A{r}:D{r}", "■重要業績評価指標（KPI）の達成状況", size=11, bold=True, wrap=False)
    merge(
        ws,
        f"E{r}:I{r}",
        "評価　A：目標値を達成　B：目標値は未達成だが基準値より改善　C：基準値を下回る",
        size=8,
        h="right",
    )
    ws.row_dimensions[r].height = 18
    r += 1
    for c, text in (
        ("A", "No."),
        ("B", "重要業績評価指標（KPI）"),
        ("C", "基準値"),
        ("H", "目標値\n（R6）"),
        ("I", "評価"),
    ):
        merge(ws, f"{c}{r}:{c}{r + 1}", text, bold=True, box=True, fill=SHADE, h="center")
    merge(ws, f"D{r}:G{r}", "実績値", bold=True, box=True, fill=SHADE, h="center")
    for c, year in zip("DEFG", ("R3", "R4", "R5", "R6")):
        put(ws, f"{c}{r + 1}", year, bold=True, box=True, fill=SHADE, h="center")
    ws.row_dimensions[r].height = 18
    ws.row_dimensions[r + 1].height = 18
    r += 2
    for band, rows in OTO_GRID:
        merge(ws, f"A{r}:I{r}", band, bold=True, box=True, fill=BAND)
        ws.row_dimensions[r].height = 18
        r += 1
        for row in rows:
            for c, v in zip(cols, row):
                h = "left" if c == "B" else ("center" if c in "AI" else "right")
                put(ws, f"{c}{r}", v, box=True, h=h)
            ws.row_dimensions[r].height = 24
            r += 1
    r = notes_block(
        ws,
        r,
        (
            "※1　基準値の欄の（　）内は、その数値の年度です。",
            "※2　2-1の目標値は、計画策定時に「増加」と定めています。2-2の△は減（転出超過）を表します。",
            "※3　3-1の子育て支援センターは令和4年4月に開設したため、基準値はなく、R3は未実施です。",
        ),
        "I",
    )
    page(ws, landscape=True)
    save(wb, SRC / "oto_senryaku_kpi_tassei_r6.xlsx")


def to_pdf():
    for name in ("oto_senryaku_kpi_tassei_r6",):
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
    build_iheya()
    build_chizu()
    build_nankoku()
    build_oto()
    if "--no-pdf" not in sys.argv:
        to_pdf()


if __name__ == "__main__":
    main()
