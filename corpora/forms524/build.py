"""Build forms524: four KPI documents of 飛騨市, 牧之原市, 日野町 and 川西町.

Writes `hida_hidasuke_jimujigyo_r6.xlsx` (the workbook is the document), `makinohara_sogo3_seika_shihyo_r6.html`,
`kawanishi_yuzaki_kofukin_kensho_r6.csv` and the XLSX source `source/hino_shonin_shuyo_seika_r6.xlsx`, which
LibreOffice turns into the PDF of the same name.
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
STAMP = (2025, 7, 28, 9, 0, 0)
STAMP_ISO = b"2025-07-28T09:00:00Z"
PDFS = ["hino_shonin_shuyo_seika_r6"]
COLS = "ABCDEFGHIJKLMNOP"


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
    wb.properties.creator = "forms524"
    wb.properties.lastModifiedBy = "forms524"
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


def form_rows(ws, r, rows, key_cols, val_cols, tall=None):
    tall = tall or {}
    for key, val in rows:
        merge(ws, f"{key_cols[0]}{r}:{key_cols[1]}{r}", key, bold=True, box=True, shade=SHADE)
        merge(ws, f"{val_cols[0]}{r}:{val_cols[1]}{r}", val, box=True)
        ws.row_dimensions[r].height = tall.get(key, 18)
        r += 1
    return r


def notes(ws, r, texts, span):
    for text in texts:
        merge(ws, f"A{r}:{span}{r}", text, size=8)
        ws.row_dimensions[r].height = 14 if len(text) < 70 else 24
        r += 1
    return r


# ---------------------------------------------------------------- 飛騨市 (XLSX document)
PCT = "0.0%"
HIDA_INDICATORS = [
    # (区分, No., 指標名, 単位, 基準値（R元）, R4実績, R5実績, R6実績, R6目標, R7目標, R8目標（最終）)
    ("活動指標", 1, "ヒダスケ!プログラムの開催数", "件", "―", 96, 118, 131, 120, 130, 140),
    ("活動指標", 2, "ヒダスケ!の延べ参加者数", "千人", "―", 1.9, 2.6, 3.1, 3.0, 3.4, 4.0),
    (
        "成果指標",
        3,
        "飛騨市ファンクラブの会員数",
        "人",
        6850,
        11460,
        13120,
        14380,
        14000,
        15000,
        16000,
    ),
    # No.4: fractions shown through a percent format; one target cell merged over R6目標–R8目標
    (
        "成果指標",
        4,
        "参加者アンケートで「また参加したい」と答えた人の割合",
        "％",
        "―",
        0.884,
        0.902,
        0.917,
        0.9,
        None,
        None,
    ),
    ("成果指標", 5, "ヒダスケ!・ファンクラブをきっかけとした移住者数", "人", 2, 5, 7, 6, 8, 9, 10),
]


def build_hida():
    wb = Workbook()
    ws = wb.active
    ws.title = "事務事業評価"
    widths(
        ws,
        {"A": 9, "B": 5, "C": 30, "D": 6, "E": 9, "F": 8, "G": 8, "H": 8, "I": 8, "J": 8, "K": 10},
    )
    merge(
        ws,
        "A1:K1",
        "令和７年度　事務事業評価シート（令和６年度実施事業）",
        size=13,
        bold=True,
        h="center",
    )
    merge(ws, "A2:K2", "作成日　令和7年7月28日　飛騨市", h="right")
    put(ws, "A4", "１　事業の概要", size=11, bold=True, wrap=False)
    rows = [
        ("事務事業名", "関係人口創出・拡大事業（ヒダスケ!・飛騨市ファンクラブ）"),
        ("担当課", "企画部　ふるさと応援係"),
        ("関連計画", "飛騨市総合政策指針"),
        ("事業期間", "令和2年度～令和8年度"),
        ("事業費（R6決算）", "18,620千円（うち一般財源　9,310千円）"),
        (
            "事業の概要",
            "本市は平成16年（2004年）2月1日に古川町・神岡町・河合村・宮川村の2町2村が合併して誕生した。面積792.53km²の約93%を森林が占め、"
            "人口は21,893人（2024年5月1日現在）。平成29年（2017年）に市外のファンとつながる「飛騨市ファンクラブ」を設立し、"
            "令和2年（2020年）4月には、市民の困りごとを市外の参加者が手伝い、野菜や電子地域通貨「さるぼぼコイン」などの「オカエシ」を受け取る"
            "「ヒダスケ!」を始めた。ヒダスケ!は令和4年度に国土交通省の「まちづくりアワード」で第1回のグランプリを受賞した。"
            "本事業では、ファンクラブとヒダスケ!を通じて市と関わる人を増やし、地域の担い手不足の解消と移住につなげる。",
        ),
    ]
    r = form_rows(ws, 5, rows, ("A", "C"), ("D", "K"), {"事業の概要": 80})
    r += 1
    put(ws, f"A{r}", "２　指標の推移", size=11, bold=True, wrap=False)
    r += 1
    head = [
        "区分",
        "No.",
        "指標名",
        "単位",
        "基準値（R元）",
        "R4実績",
        "R5実績",
        "R6実績",
        "R6目標",
        "R7目標",
        "R8目標（最終）",
    ]
    for i, text in enumerate(head):
        put(ws, f"{COLS[i]}{r}", text, bold=True, box=True, shade=SHADE, h="center")
    ws.row_dimensions[r].height = 24
    r += 1
    groups = {}
    for kubun, no, name, unit, *vals in HIDA_INDICATORS:
        groups.setdefault(kubun, [r, r])[1] = r
        put(ws, f"B{r}", no, box=True, h="center")
        put(ws, f"C{r}", name, box=True)
        put(ws, f"D{r}", unit, box=True, h="center")
        for col, v in zip("EFGHIJK", vals, strict=True):
            if v is None:
                continue
            if unit == "％" and isinstance(v, float):
                fmt = PCT
            elif isinstance(v, float):
                fmt = "#,##0.0"
            else:
                fmt = None
            put(
                ws,
                f"{col}{r}",
                v,
                box=True,
                h="center" if isinstance(v, str) else "right",
                fmt=fmt,
            )
        if no == 4:
            ws.merge_cells(f"I{r}:K{r}")
            boxed(ws, f"I{r}:K{r}")
            ws[f"I{r}"].alignment = Alignment(horizontal="center", vertical="center")
        ws.row_dimensions[r].height = 28
        r += 1
    for kubun, (a, b) in groups.items():
        merge(ws, f"A{a}:A{b}", kubun, box=True, h="center")
    r = notes(
        ws,
        r,
        [
            "※1　No.1・No.2・No.4は、ヒダスケ!を始めた令和2年度からの指標のため、基準値（令和元年度）はない。",
            "※2　No.4は、プログラムごとに参加者にお願いしているアンケートの年度集計。目標値（90.0％）は各年度共通とした。",
            "※3　No.5は、転入届の際のアンケートで「ヒダスケ!またはファンクラブがきっかけ」と答えた人の数。",
        ],
        "K",
    )
    r += 1
    put(ws, f"A{r}", "３　評価", size=11, bold=True, wrap=False)
    r += 1
    form_rows(
        ws,
        r,
        [
            ("有効性", "A（効果があった）"),
            (
                "今後の方向性",
                "拡充（参加者の満足度は高い水準を保っている。移住につながる人を増やすため、令和8年度までに、"
                "複数回参加した人向けの滞在型プログラムと、移住相談との連携を進める。）",
            ),
        ],
        ("A", "C"),
        ("D", "K"),
        {"今後の方向性": 30},
    )
    page(ws, landscape=False)
    save(wb, HERE / "hida_hidasuke_jimujigyo_r6.xlsx")


# ---------------------------------------------------------------- 日野町 (XLSX source of the PDF)
HINO_JISSEKI = [
    # (記号, 項目, 単位, R4実績, R5実績, R6実績, 3か年計)
    ("ア", "町並みガイドツアーの実施回数", "回", 42, 55, 61, 158),
    ("イ", "日野菜のPR・物産展への出展回数", "回", 6, 8, 9, 23),
]
HINO_SEIKA = [
    # (No., 成果指標, 単位, 基準値（R3）, R4実績, R5実績, R6目標, R6実績, 目標値（R8）)
    (1, "近江日野商人館の入館者数", "人", 3120, 4380, 5010, 5200, 5460, 6000),
    (2, "日野祭の観覧者数", "千人", 3.5, "約18", "約25", 28, "約30", 35),
    (3, "観光案内所利用者の満足度", "％", 82.4, 84.0, 86.1, 88.0, 87.2, "95.0（R7）"),
]


def build_hino():
    wb = Workbook()
    ws = wb.active
    ws.title = "主要施策の成果"
    widths(
        ws,
        {"A": 5, "B": 30, "C": 7, "D": 10, "E": 9, "F": 9, "G": 9, "H": 9, "I": 10},
    )
    merge(
        ws,
        "A1:I1",
        "令和６年度　主要な施策の成果に関する説明書（抜粋）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:I2", "令和7年9月　日野町", h="right")
    rows = [
        ("事業名", "近江日野商人のまち・日野祭魅力発信事業"),
        ("所管課", "商工観光課"),
        ("会計区分", "一般会計　商工費"),
        ("決算額", "令和6年度　9,860千円（うち一般財源　6,240千円）"),
        ("関連計画", "第2期日野町くらし安心ひとづくり総合戦略"),
        (
            "事業の内容",
            "本町は滋賀県の東南部、鈴鹿山系の西麓に位置し、面積は117.6km²。昭和30年（1955年）3月に旧日野町と6村が合併して現在の町となった。"
            "蒲生氏の城下町から近江日野商人の町として栄え、旧山中兵右衛門邸を用いた近江日野商人館や、旧正野薬店を生かした日野まちかど感応館が"
            "往時の町並みを伝えている。毎年5月2日・3日の日野祭は850年以上続く湖東地方最大の春祭りで、県内最多の16基の曳山が出る。"
            "令和4年（2022年）には日野菜が地理的表示（GI）に登録された。本事業では、町並みと祭り、日野菜を生かした誘客と情報発信を行う。",
        ),
    ]
    r = form_rows(ws, 4, rows, ("A", "B"), ("C", "I"), {"事業の内容": 66})
    r += 1
    put(ws, f"A{r}", "（１）事業の実績", size=11, bold=True, wrap=False)
    r += 1
    head = ["No.", "項目", "単位", "R4実績", "R5実績", "R6実績", "3か年計"]
    for i, text in enumerate(head):
        put(ws, f"{COLS[i]}{r}", text, bold=True, box=True, shade=SHADE, h="center")
    ws.row_dimensions[r].height = 20
    r += 1
    for row in HINO_JISSEKI:
        for i, v in enumerate(row):
            put(
                ws,
                f"{COLS[i]}{r}",
                v,
                box=True,
                h="right" if isinstance(v, int) else ("left" if i == 1 else "center"),
                shade=LIGHT if i == 6 else None,
            )
        ws.row_dimensions[r].height = 20
        r += 1
    r = notes(ws, r, ["※　3か年計は、令和4年度から令和6年度までの実績の合計。"], "I")
    r += 1
    put(ws, f"A{r}", "（２）成果指標の状況", size=11, bold=True, wrap=False)
    r += 1
    head = [
        "No.",
        "成果指標",
        "単位",
        "基準値（R3）",
        "R4実績",
        "R5実績",
        "R6目標",
        "R6実績",
        "目標値（R8）",
    ]
    for i, text in enumerate(head):
        put(ws, f"{COLS[i]}{r}", text, bold=True, box=True, shade=SHADE, h="center")
    ws.row_dimensions[r].height = 22
    r += 1
    for no, name, unit, *vals in HINO_SEIKA:
        put(ws, f"A{r}", no, box=True, h="center")
        put(ws, f"B{r}", name, box=True)
        put(ws, f"C{r}", unit, box=True, h="center")
        for col, v in zip("DEFGHI", vals, strict=True):
            put(ws, f"{col}{r}", v, box=True, h="right")
        ws.row_dimensions[r].height = 22
        r += 1
    r = notes(
        ws,
        r,
        [
            "※1　No.2は主催者発表による概数。R3は曳山の巡行を取りやめ、神事を中心に規模を縮小して行った。",
            "※2　No.3は観光案内所の利用者アンケートによる。アンケートは令和7年度で終える予定のため、No.3の目標年度は令和7年度とした。",
        ],
        "I",
    )
    r += 1
    put(ws, f"A{r}", "（３）事業の評価", size=11, bold=True, wrap=False)
    r += 1
    form_rows(
        ws,
        r,
        [
            ("評価", "B（概ね順調）"),
            (
                "今後の方向性",
                "日野祭の観覧者数は令和元年度以前の水準に戻りつつある。商人館の入館者は町並みガイドツアーからの立ち寄りが増えており、"
                "日野菜の出荷時期に合わせた町並み散策の企画を進める。",
            ),
        ],
        ("A", "B"),
        ("C", "I"),
        {"今後の方向性": 30},
    )
    page(ws, landscape=False)
    save(wb, SRC / "hino_shonin_shuyo_seika_r6.xlsx")


# ---------------------------------------------------------------- 牧之原市 (HTML document)
MAKINOHARA_CARDS = [
    # (label, name with unit, rows [(年度, 目標, 実績)], 基準値, 前期目標, 担当課); the 基準値 spans both columns
    (
        "①",
        "静波海岸・相良サンビーチの海水浴客数（千人）",
        [("令和5年度", "200.0", "214.8"), ("令和6年度", "210.0", "198.2")],
        "186.4",
        "230.0",
        "商工観光課",
    ),
    (
        "②",
        "荒茶生産量（t）",
        [("令和5年度", "5,000", "4,870"), ("令和6年度", "5,000", "4,610")],
        "5,120",
        "5,000",
        "農林水産課",
    ),
    (
        "③",
        "市内の宿泊者数（千人泊）",
        [("令和5年度", "170.0", "176.4"), ("令和6年度", "180.0", "185.1")],
        "182.5",
        "200.0",
        "商工観光課",
    ),
    (
        "④",
        "ふるさと納税の寄附額（百万円）",
        [("令和5年度", "1,400.0", "1,512.3"), ("令和6年度", "1,500.0", "1,486.9")],
        "1,250.0",
        "1,700.0",
        "ふるさと納税推進課",
    ),
    (
        "⑤",
        "観光交流客数（万人）",
        [("令和5年度", "270.0", "281.6"), ("令和6年度", "280.0", "290.3（速報値）")],
        "262.4",
        "300.0",
        "商工観光課",
    ),
]

# ③ keeps a pre-pandemic baseline year, said by its own row label and a note
BASE_YEAR = {"③": "令和元年度"}

MAKINOHARA_HEAD = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>第3次牧之原市総合計画　前期基本計画　成果指標の進捗状況（令和６年度） | 牧之原市</title>
<style>
.kpi-card { border: 1px solid #999; margin: 1em 0; padding: 0.5em 1em; }
.kpi-card table { border-collapse: collapse; }
.kpi-card th, .kpi-card td { border: 1px solid #999; padding: 2px 8px; }
.kpi-card td { text-align: right; }
</style>
</head>
<body>
<nav aria-label="パンくずリスト"><ol>
<li><a href="/">ホーム</a></li>
<li><a href="/shisei/">市政情報</a></li>
<li><a href="/shisei/keikaku/">計画・施策</a></li>
<li>第3次牧之原市総合計画　前期基本計画　成果指標の進捗状況（令和６年度）</li>
</ol></nav>
<main>
<h1>第3次牧之原市総合計画　前期基本計画　成果指標の進捗状況（令和６年度）</h1>
<p class="date">更新日：2025年10月1日　担当：企画政策課</p>
<p>牧之原市は、2005年（平成17年）10月11日に榛原郡相良町と榛原町が合併して誕生した市で、面積は111.69km²、人口は42,071人（2023年3月1日推計）です。駿河湾の海岸線から、茶の産地として名高い牧之原台地まで市域が広がり、深蒸し茶の発祥の地として知られています。</p>
<p>静波海岸や相良サンビーチには、東海地方や関東地方から多くの海水浴客やサーファーが訪れます。市では、民間のウェーブプール「静波サーフスタジアム」を核とした沿岸部の活性化と、東名高速道路相良牧之原インターチェンジ北側の高台開発を重点的に進めています。</p>
<dl>
<dt>計画の名称</dt><dd>第3次牧之原市総合計画</dd>
<dt>計画期間</dt><dd>基本構想　令和5年度～令和12年度（8年間）／前期基本計画　令和5年度～令和8年度（4年間）</dd>
<dt>取りまとめ</dt><dd>企画政策課</dd>
</dl>
<h2>産業・観光分野の成果指標</h2>
<p>指標ごとに、上から基準値（原則として計画策定時の令和3年度の値）、各年度の目標と実績、前期基本計画の目標（令和8年度）を並べています。</p>
"""

MAKINOHARA_FOOT = """<p class="note">※　⑤の令和6年度の実績は速報値です。確定値は令和7年12月に公表する予定です。</p>
<p class="note">※　③の基準値は、新型コロナウイルス感染症の影響を受ける前の令和元年度の値としています。</p>
<h2>今後の取組</h2>
<p>海水浴客数は令和6年度に天候不順の影響を受けました。宿泊者数は令和6年度に基準値を上回りました。沿岸部の通年のにぎわいづくりと、深蒸し茶の販路拡大、高台開発への企業誘致を引き続き進めます。</p>
</main>
<footer><p>牧之原市役所　企画政策課</p></footer>
</body>
</html>
"""


def makinohara_html():
    parts = [MAKINOHARA_HEAD]
    for label, name, years, base, goal, ka in MAKINOHARA_CARDS:
        lines = [
            '<section class="kpi-card">',
            f"<h3>{label} {name}</h3>",
            "<table>",
            '<thead><tr><th scope="col">年度</th><th scope="col">目標</th><th scope="col">実績</th></tr></thead>',
            "<tbody>",
            f'<tr><th scope="row">{BASE_YEAR.get(label, "令和3年度")}（基準値）</th><td colspan="2">{base}</td></tr>',
        ]
        for year, target, actual in years:
            lines.append(f'<tr><th scope="row">{year}</th><td>{target}</td><td>{actual}</td></tr>')
        lines += [
            f'<tr><th scope="row">令和8年度（前期目標）</th><td>{goal}</td><td></td></tr>',
            "</tbody>",
            "</table>",
            f'<p class="tanto">担当課：{ka}</p>',
            "</section>",
        ]
        parts.append("\n".join(lines) + "\n")
    parts.append(MAKINOHARA_FOOT)
    return "".join(parts)


def build_makinohara():
    (HERE / "makinohara_sogo3_seika_shihyo_r6.html").write_text(makinohara_html(), encoding="utf-8")


# ---------------------------------------------------------------- 川西町 (CSV document, cp932)
KAWANISHI_LINES = [
    "デジタル田園都市国家構想交付金（地方創生推進タイプ）事業　効果検証シート（令和６年度）",
    "公表日,令和7年9月26日",
    "担当課,総合政策課",
    "交付対象事業の名称,「観世発祥の地・結崎」ブランド交流推進事業",
    "地域再生計画の名称,川西町結崎ブランド交流推進計画",
    "事業実施期間,令和4年度～令和6年度（3か年）",
    '交付対象事業費,"令和6年度　14,200千円（うち交付金　7,100千円）"',
    # the quoted cell holds a bare LF: this record spans two file lines
    '町の概要,"奈良盆地のほぼ中央に位置する面積5.93平方キロメートルの町で、人口は7,710人（2024年9月1日推計）。結崎は能楽観世流の発祥の地と伝えられ、寺川のほとりの面塚には「観世発祥之地」の碑が立つ。\n'
    '室町時代に空から翁の面と一束のネギが降ってきたという伝説が残り、そのネギは大和の伝統野菜「結崎ネブカ」として受け継がれている。町内には島の山古墳があり、貝ボタンの生産は全国の約8割を占める。"',
    "注記,各年度の目標と実績。No.3の令和6年度の目標は前年度の実績に対する伸び率で定めた。（参考）の行は交付対象事業費で、KPIではない。",
    "",
    "■重要業績評価指標（KPI）の目標と実績",
    "No.,重要業績評価指標（KPI）,単位,事業開始前（R3）,令和4年度,,令和5年度,,令和6年度,,達成状況（R6）",
    ",,,,目標,実績,目標,実績,目標,実績,",
    '1,結崎ネブカの出荷量,kg,"1,850","2,200","2,310","2,600","2,540","3,000","3,120",達成',
    "2,結崎面塚公園・面塚周辺への来訪者数,千人,12.4,14.0,13.1,16.0,16.8,18.0,17.2,未達成",
    "3,結崎ネブカを使った加工品の取扱店舗数,店舗,8,10,11,12,14,前年度比10%増,17,達成",
    "4,能楽・観世ゆかりの地めぐり体験の参加者数,人,―,300,中止,400,385,500,526,達成",
    '（参考）,交付対象事業費,千円,―,"14,800","14,650","14,500","14,380","14,200","14,200",―',
    "注記,No.4は令和4年度に始めた事業のため事業開始前の値はない。令和4年度の体験会は台風の接近により中止した。",
]


def build_kawanishi():
    text = "\r\n".join(KAWANISHI_LINES) + "\r\n"
    (HERE / "kawanishi_yuzaki_kofukin_kensho_r6.csv").write_bytes(text.encode("cp932"))


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
    build_hida()
    build_hino()
    build_makinohara()
    build_kawanishi()
    if "--no-pdf" not in sys.argv:
        to_pdf()


if __name__ == "__main__":
    main()
