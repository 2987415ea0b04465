"""Build forms533: four KPI documents of 大木町, 笠岡市, 対馬市 and 和泊町.

Writes `ooki_kinoko_jimujigyo_r6.xlsx` (the workbook is the document), `kasaoka_sousei2_kpi_kensho_r6.html`,
`wadomari_sogo_seika_shinchoku_r6.csv` and the XLSX source `source/tsushima_yamaneko_kofukin_kensho_r6.xlsx`, which
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
LIGHT = PatternFill("solid", fgColor="EDEDED")
STAMP = (2025, 4, 11, 9, 0, 0)
STAMP_ISO = b"2025-04-11T09:00:00Z"
PDFS = ["tsushima_yamaneko_kofukin_kensho_r6"]


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
    wb.properties.creator = "forms533"
    wb.properties.lastModifiedBy = "forms533"
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
        if key_cols[0] == key_cols[1]:
            put(ws, f"{key_cols[0]}{r}", key, bold=True, box=True, shade=SHADE)
        else:
            merge(ws, f"{key_cols[0]}{r}:{key_cols[1]}{r}", key, bold=True, box=True, shade=SHADE)
        merge(ws, f"{val_cols[0]}{r}:{val_cols[1]}{r}", val, box=True)
        ws.row_dimensions[r].height = tall.get(key, 18)
        r += 1
    return r


def notes(ws, r, texts, span, first="A"):
    for text in texts:
        merge(ws, f"{first}{r}:{span}{r}", text, size=8)
        ws.row_dimensions[r].height = 14 if len(text) < 90 else 24
        r += 1
    return r


# ---------------------------------------------------------------- 大木町 (XLSX document, portrait)
# (No., 指標名, 単位, 基準値 cell (its own year in brackets), R4実績, R5実績, R6目標, R6実績, R8目標（最終）)
OOKI_ACTIVITY = [
    (1, "町外での試食販売会・商談会への出展回数", "回", "8（R3）", 12, 15, 16, 18, 20),
    (2, "きのこもぎ採り体験の参加者数", "人", "1,240（R3）", 1486, 1652, 1800, 1734, 2000),
]
OOKI_OUTCOME = [
    (
        3,
        "道の駅おおきにおけるきのこ類の販売額",
        "千円",
        "84,500（R3）",
        88210,
        91640,
        95000,
        96380,
        100000,
    ),
    (4, "「大木白雪919」の出荷量", "t", "412（R2）", 468, 503, 540, 517, 600),
    (
        5,
        "町産きのこを知っている町外来場者の割合",
        "％",
        "38.5（R元）",
        42.1,
        46.8,
        50.0,
        51.2,
        55.0,
    ),
]


def build_ooki():
    wb = Workbook()
    ws = wb.active
    ws.title = "事務事業評価"
    widths(
        ws,
        {
            "A": 8,
            "B": 4.5,
            "C": 27,
            "D": 5.5,
            "E": 11,
            "F": 8.5,
            "G": 8.5,
            "H": 8.5,
            "I": 8.5,
            "J": 12,
        },
    )
    merge(
        ws,
        "A1:J1",
        "令和７年度　事務事業評価シート（令和６年度実施事業）",
        size=13,
        bold=True,
        h="center",
    )
    merge(ws, "A2:J2", "作成日　令和7年7月25日　大木町", h="right")
    put(ws, "A4", "１　事業の概要", size=11, bold=True, wrap=False)
    rows = [
        ("事務事業名", "「きのこの里おおき」ブランド発信事業"),
        ("担当課", "産業振興課　農業振興係"),
        ("関連計画", "第5次大木町総合計画　後期基本計画（令和4年度～令和8年度）"),
        ("事業期間", "令和4年度～令和8年度"),
        (
            "事業の概要",
            "本町は福岡県の南西部、筑後平野のほぼ中央に位置し、昭和30年（1955年）1月に大溝村・木佐木村・大莞村の3村が合併して誕生した。"
            "面積は18.44km²で、町の面積の14%をクリーク（堀）が占める。人口は13,380人（2024年10月1日推計）。"
            "約50年前に始まったきのこ栽培は、えのきたけ・ぶなしめじを中心に年間約6,600トンを生産する西日本一の産地に成長し、"
            "平成30年（2018年）からは町オリジナルのえのきたけ「大木白雪919」の生産も始まった。"
            "本事業では、道の駅おおきでのもぎ採り体験や町外での試食販売を通じて、町産きのこの認知度向上と販路拡大を図る。",
        ),
    ]
    r = form_rows(ws, 5, rows, ("A", "B"), ("C", "J"), {"事業の概要": 74})
    r += 1
    put(ws, f"A{r}", "２　指標の推移", size=11, bold=True, wrap=False)
    r += 1
    heads = [
        "区分",
        "No.",
        "指標名",
        "単位",
        "基準値",
        "R4実績",
        "R5実績",
        "R6目標",
        "R6実績",
        "R8目標（最終）",
    ]
    for col, text in zip("ABCDEFGHIJ", heads, strict=True):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=SHADE, h="center")
    ws.row_dimensions[r].height = 30
    r += 1
    for kubun, block in (("活動指標", OOKI_ACTIVITY), ("成果指標", OOKI_OUTCOME)):
        merge(ws, f"A{r}:A{r + len(block) - 1}", kubun, bold=True, box=True, h="center")
        for i, (no, name, unit, base, *vals) in enumerate(block):
            row = r + i
            put(ws, f"B{row}", no, box=True, h="center", fmt="0")
            put(ws, f"C{row}", name, box=True)
            put(ws, f"D{row}", unit, box=True, h="center")
            put(ws, f"E{row}", base, box=True, h="right")
            for col, v in zip("FGHIJ", vals, strict=True):
                put(ws, f"{col}{row}", v, box=True, h="right")
            ws.row_dimensions[row].height = 28
        r += len(block)
    r = notes(
        ws,
        r,
        [
            "※1　基準値は、指標ごとに把握できた事業開始前の直近の値で、（　）内はその年度を表す。",
            "※2　No.4は暦年（1月～12月）の出荷量。基準値・目標値の年も暦年で表している。",
            "※3　No.5は、道の駅おおきの来場者アンケートで「大木町のきのこを知っている」と答えた町外在住者の割合。",
        ],
        "J",
    )
    r += 1
    put(ws, f"A{r}", "３　事業費の推移（単位：千円）", size=11, bold=True, wrap=False)
    r += 1
    merge(ws, f"A{r}:D{r}", "区分", bold=True, box=True, shade=SHADE, h="center")
    for col, text in zip("EFG", ["R4決算", "R5決算", "R6決算"], strict=True):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=SHADE, h="center")
    ws.row_dimensions[r].height = 18
    r += 1
    for label, vals in (("事業費", [6120, 6840, 7260]), ("うち一般財源", [3060, 3420, 3630])):
        merge(ws, f"A{r}:D{r}", label, box=True)
        for col, v in zip("EFG", vals, strict=True):
            put(ws, f"{col}{r}", v, box=True, h="right")
        ws.row_dimensions[r].height = 18
        r += 1
    r += 1
    put(ws, f"A{r}", "４　評価", size=11, bold=True, wrap=False)
    r += 1
    form_rows(
        ws,
        r,
        [
            ("有効性", "A（効果があった）"),
            (
                "今後の方向性",
                "継続（販売額と認知度は目標を上回った。もぎ採り体験は週末の予約枠を増やし、「大木白雪919」は町外の量販店での取扱いを広げる。）",
            ),
        ],
        ("A", "B"),
        ("C", "J"),
        {"今後の方向性": 30},
    )
    page(ws, landscape=False)
    save(wb, HERE / "ooki_kinoko_jimujigyo_r6.xlsx")


# ---------------------------------------------------------------- 笠岡市 (HTML document)
KASAOKA = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>第2期笠岡市まち・ひと・しごと創生総合戦略 重要業績評価指標（KPI）の検証結果（令和6年度） | 笠岡市</title>
</head>
<body>
<nav aria-label="パンくずリスト"><ol>
<li><a href="/">ホーム</a></li>
<li><a href="/soshiki/">組織でさがす</a></li>
<li><a href="/soshiki/6/">企画政策課</a></li>
<li>第2期笠岡市まち・ひと・しごと創生総合戦略 重要業績評価指標（KPI）の検証結果（令和6年度）</li>
</ol></nav>
<main>
<h1>第2期笠岡市まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の検証結果（令和６年度）</h1>
<p class="date">更新日：2025年9月30日　担当：政策部　企画政策課</p>
<p>笠岡市は岡山県の南西端に位置し、面積は136.24km²です。市の南には、白石島・北木島・真鍋島など7つの有人島を含む31の島々からなる笠岡諸島があり、そのほとんどが瀬戸内海国立公園に指定されています。</p>
<p>笠岡湾の神島水道一帯は、昭和3年（1928年）に国の天然記念物「カブトガニ繁殖地」に指定されました。平成2年（1990年）には、世界で唯一のカブトガニをテーマとした博物館として、笠岡市立カブトガニ博物館が開館しています。</p>
<dl>
<dt>計画の名称</dt><dd>第2期笠岡市まち・ひと・しごと創生総合戦略</dd>
<dt>計画期間</dt><dd>令和2年度～令和6年度（5年間）</dd>
<dt>担当課</dt><dd>政策部　企画政策課</dd>
</dl>
<p>計画の最終年度である令和6年度の実績を、外部有識者で構成する笠岡市総合戦略推進会議で検証しました。達成状況は、令和6年度の実績値を目標値と比べたものです。</p>
<h2>基本目標2　笠岡への新しいひとの流れをつくる</h2>
<table border="1">
<thead>
<tr><th scope="col" rowspan="2">区分</th><th scope="col" rowspan="2">指標</th><th scope="col" rowspan="2">単位</th><th scope="col" rowspan="2">基準値<br>（H30）</th><th scope="colgroup" colspan="3">実績値</th><th scope="col" rowspan="2">目標値<br>（R6）</th><th scope="col" rowspan="2">達成状況</th></tr>
<tr><th scope="col">R4</th><th scope="col">R5</th><th scope="col">R6</th></tr>
</thead>
<tbody>
<tr><th scope="row">数値目標</th><td>社会増減数</td><td>人</td><td>△312</td><td>△188</td><td>△145</td><td>△97</td><td>±0</td><td>未達成</td></tr>
<tr><th scope="row" rowspan="4">KPI</th><td>①笠岡諸島への移住者数</td><td>人</td><td>12</td><td>18</td><td>21</td><td>16</td><td>5年間で延べ100人</td><td>未達成</td></tr>
<tr><td>②笠岡市立カブトガニ博物館の入館者数</td><td>千人</td><td>38.6</td><td>31.2</td><td>34.8</td><td>36.5</td><td>40.0</td><td>未達成</td></tr>
<tr><td>③道の駅「笠岡ベイファーム」来場者の満足度</td><td>％</td><td>78.4</td><td>80.1</td><td>82.6</td><td>84.0</td><td>85～90</td><td>未達成</td></tr>
<tr><td>④移住相談件数</td><td>件</td><td>96</td><td>128</td><td>142<sup>※</sup></td><td>151</td><td>150</td><td>達成</td></tr>
</tbody>
</table>
<p class="note">※　④の令和5年度の値は、集計漏れがあったため、前回公表時の138件から訂正しました。</p>
<p class="note">①の目標値は、令和2年度から令和6年度までの5年間の延べ人数です。③の目標値は、85％以上90％以下とする幅のある目標です。△はマイナス（転出超過）を表します。</p>
<h2>検証結果の概要</h2>
<p>基本目標2の数値目標とKPI4指標のうち、目標を達成したのは1指標でした。笠岡諸島への移住者数は5年間で延べ88人となり、目標の100人には届きませんでした。カブトガニ博物館の入館者数は、令和2年度の臨時休館から回復傾向にあります。</p>
</main>
<footer><p>笠岡市役所　政策部　企画政策課</p></footer>
</body>
</html>
"""


def build_kasaoka():
    (HERE / "kasaoka_sousei2_kpi_kensho_r6.html").write_text(KASAOKA, encoding="utf-8")


# ---------------------------------------------------------------- 対馬市 (XLSX source of the PDF, landscape)
# KPI columns C–F and a （参考） column G; rows are years down, each year on a 目標 row and a 実績 row.
TSUSHIMA_HEAD = [
    ("No.", ["KPI①", "KPI②", "KPI③", "KPI④", "（参考）"]),
    (
        "重要業績評価指標（KPI）",
        [
            "対馬野生生物保護センターの入館者数",
            "ツシマヤマネコ観察エコツアーの参加者数",
            "エコツーリズムガイドの認定者数（累計）",
            "エコツアー関連の観光消費額",
            "市全体の観光客数（延べ）",
        ],
    ),
    ("単位", ["人", "人", "人", "千円", "千人"]),
]
TSUSHIMA_BASE = ("事業開始前（R3）", [8420, 126, 6, 18400, 198.4])
# (year, [(区分, values)])
TSUSHIMA_YEARS = [
    ("R4", [("目標", [9000, 150, 10, 21000, "―"]), ("実績", [7915, "中止", 9, 16820, 246.1])]),
    ("R5", [("目標", [9500, 180, 14, 24000, "―"]), ("実績", [9212, 204, 15, 25130, 352.8])]),
    (
        "R6",
        [("目標", [10000, 220, 18, 27000, "―"]), ("実績（見込）", [10350, 236, 17, 26480, 388.0])],
    ),
]
TSUSHIMA_STATUS = ("達成状況（R6）", ["達成", "達成", "未達成", "未達成", "―"])


def build_tsushima():
    wb = Workbook()
    ws = wb.active
    ws.title = "効果検証"
    widths(ws, {"A": 13, "B": 13, "C": 27, "D": 27, "E": 27, "F": 27, "G": 22})
    merge(
        ws,
        "A1:G1",
        "デジタル田園都市国家構想交付金（地方創生推進タイプ）　効果検証シート（令和６年度）",
        size=13,
        bold=True,
        h="center",
    )
    merge(ws, "A2:G2", "令和7年3月　対馬市　観光交流商工部　観光商工課", h="right")
    put(ws, "A4", "１　事業の概要", size=11, bold=True, wrap=False)
    rows = [
        ("交付対象事業の名称", "「ツシマヤマネコと国境の島」エコツーリズム推進事業"),
        ("地域再生計画の名称", "対馬市まち・ひと・しごと創生推進計画"),
        ("事業実施期間", "令和4年度～令和6年度（3か年）"),
        ("交付対象事業費", "R6：21,600千円（うち交付金　10,800千円）"),
        ("担当課", "観光交流商工部　観光商工課"),
        (
            "市の概要",
            "本市は九州と朝鮮半島の間に位置する国境の島で、平成16年（2004年）3月1日に厳原町・美津島町・豊玉町・峰町・上県町・上対馬町の6町が合併して誕生した。"
            "面積は708.63km²で、その89.21%を山林が占める。博多港までの海路138kmに対し、韓国の釜山までは49.5kmである。"
            "対馬にのみ生息するツシマヤマネコは、昭和46年（1971年）に国の天然記念物に、平成6年（1994年）に国内希少野生動植物種に指定され、"
            "その保護・研究の拠点として上県町に対馬野生生物保護センターがある。",
        ),
    ]
    r = form_rows(ws, 5, rows, ("A", "B"), ("C", "G"), {"市の概要": 48})
    r += 1
    put(ws, f"A{r}", "■重要業績評価指標（KPI）の目標と実績", size=11, bold=True, wrap=False)
    r += 1
    for label, cells in TSUSHIMA_HEAD:
        merge(ws, f"A{r}:B{r}", label, bold=True, box=True, shade=SHADE, h="center")
        for col, v in zip("CDEFG", cells, strict=True):
            put(ws, f"{col}{r}", v, bold=True, box=True, shade=SHADE, h="center")
        ws.row_dimensions[r].height = 24 if label == "重要業績評価指標（KPI）" else 18
        r += 1
    label, vals = TSUSHIMA_BASE
    merge(ws, f"A{r}:B{r}", label, box=True, h="center")
    for col, v in zip("CDEFG", vals, strict=True):
        put(ws, f"{col}{r}", v, box=True, h="center")
    ws.row_dimensions[r].height = 18
    r += 1
    for year, roles in TSUSHIMA_YEARS:
        merge(ws, f"A{r}:A{r + len(roles) - 1}", year, box=True, h="center")
        for i, (role, vals) in enumerate(roles):
            put(ws, f"B{r + i}", role, box=True, h="center")
            for col, v in zip("CDEFG", vals, strict=True):
                put(ws, f"{col}{r + i}", v, box=True, h="center")
            ws.row_dimensions[r + i].height = 18
        r += len(roles)
    label, words = TSUSHIMA_STATUS
    merge(ws, f"A{r}:B{r}", label, bold=True, box=True, shade=LIGHT, h="center")
    for col, v in zip("CDEFG", words, strict=True):
        put(ws, f"{col}{r}", v, bold=True, box=True, shade=LIGHT, h="center")
    ws.row_dimensions[r].height = 18
    r += 1
    r = notes(
        ws,
        r,
        [
            "※1　R6の実績（見込）は、令和7年1月末までの実績をもとに年度末までを見込んだ値。確定値は令和7年度の効果検証で報告する。",
            "※2　KPI②のR4は、ツシマヤマネコの繁殖期の保護対策を優先し、観察エコツアーを中止した。",
            "※3　KPI③は、令和4年度に始めた「対馬エコツーリズムガイド」認定制度による認定者の累計。達成状況は、R6の目標とR6の実績（見込）を比べたもの。",
            "※4　（参考）欄は、長崎県観光統計による市全体の観光客数（延べ人数）。事業の効果を見るための参考として掲げたもので、KPIではない。",
        ],
        "G",
    )
    r += 1
    put(ws, f"A{r}", "■事業の評価", size=11, bold=True, wrap=False)
    r += 1
    form_rows(
        ws,
        r,
        [
            ("総合評価", "地方創生に相当程度効果があった"),
            (
                "今後の方針",
                "交付金事業は令和6年度で終了するが、ガイドの認定とエコツアーは市単独事業として継続し、観光消費額の拡大を図る。",
            ),
        ],
        ("A", "B"),
        ("C", "G"),
    )
    page(ws, landscape=True)
    save(wb, SRC / "tsushima_yamaneko_kofukin_kensho_r6.xlsx")


# ---------------------------------------------------------------- 和泊町 (CSV document, Shift_JIS, CRLF)
WADOMARI_LINES = [
    "タイトル,第5次和泊町総合振興計画　後期基本計画　成果指標の進捗状況（令和6年度）",
    "公表日,令和7年8月29日",
    "担当課,企画課",
    "計画期間,後期基本計画　令和3年度～令和7年度（5年間）",
    '町の概要,"本町は鹿児島市の南西約530km、沖永良部島の東部に位置し、面積は40.39平方キロメートル、人口は5,797人（2024年12月1日推計）。'
    "21の集落からなり、標高188.4メートルの越山のほかは平坦な隆起サンゴ礁の島で、耕地面積は2,350ヘクタールにのぼる。"
    '明治時代に始まったゆりの球根栽培をはじめ、さとうきび・花き・野菜・肉用牛を組み合わせた複合経営が定着している。"',
    '注記,"△はマイナス（転出超過）を表す。「【再掲】」は、他の施策に掲げた成果指標を再び掲げたもの。「未集計」は、公表時点で値が確定していないもの。数値の後の（　）内に年度を記載したものは、その年度の値。"',
    "",
    "施策,No.,成果指標,単位,策定時（R元）,R4実績,R5実績,R6実績,目標値（R7）,備考",
    '1-1　農業の振興,1,販売農家1戸当たりの農業生産額,万円,"1,032","1,046","1,072","1,095","1,150",',
    "1-1　農業の振興,2,新規就農者数,人,9（H30）,11,8,12,12,",
    "2-3　観光・交流の推進,3,入込観光客数,千人,78.6,52.4,66.1,未集計,85.0,",
    "4-1　移住・定住の促進,4,社会増減数,人,△42,△18,△35,△21,±0,",
    "4-1　移住・定住の促進,5,【再掲】新規就農者数,人,9（H30）,11,8,12,12,施策1-1の再掲",
]


def build_wadomari():
    text = "\r\n".join(WADOMARI_LINES) + "\r\n"
    (HERE / "wadomari_sogo_seika_shinchoku_r6.csv").write_bytes(text.encode("cp932"))


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
    build_ooki()
    build_kasaoka()
    build_tsushima()
    build_wadomari()
    if "--no-pdf" not in sys.argv:
        to_pdf()


if __name__ == "__main__":
    main()
