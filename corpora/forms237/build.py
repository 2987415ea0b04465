"""Build the built documents of forms237/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/nishinoshima_kpi_shinchoku_r5.xlsx``, a 総合戦略 KPI 進捗 in the manner of 西ノ島町 (島根県):
  **squid counted in ``千杯`` and rock oysters in ``万個``** (counting words under scale words in the
  単位 column), **a per-sailing unit ``人/便``** with a note whose ``延べ312便`` is its divisor, **a
  per-fiscal-year unit ``人/年度``**, ``千人``, a year spanning ``目標 | 実績``, a 担当課 column; and the PDF;
* ``source/motoyama_koka_kensho_r5.xlsx``, a 交付金事業 効果検証シート in the manner of 本山町 (高知県),
  portrait: every KPI cell one sentence holding its target, **one target given with its equivalent in
  another unit in brackets (``年間80t（約1,330俵）``)**, **a per-case unit ``日/件`` whose target is to
  shorten (``1件当たり90日以内に短縮する``)**, a ``1.2万円`` target in a ``千円/人`` row, an undated
  ``3年間で延べ45人``, 達成/未達成; and the PDF;
* ``ubuyama_kpi_jisseki_r5.html``, a KPI page in the manner of 産山村 (熊本県): **each 施策 row holds its
  KPIs as a ``<ul>`` in one cell, name and target per ``<li>``, and every value cell a ``<ul>`` of the
  same length, paired by position only**; values carrying scale words and units, **per-head prices with a
  scale word in every cell (``47.6万円/頭``, target ``55万円/頭以上``)**, a ``―`` baseline;
* ``source/gokase_shisaku_hyoka_r6.xlsx``, a 施策評価シート in the manner of 五ヶ瀬町 (宮崎県):
  **the counter ``ヶ所`` (small ヶ) in the 単位 column**, beside the place names 五ヶ瀬 and 三ヶ所, **a
  Latin-letter unit under a scale word, ``万PV``**, ``回/年``, a ``休業`` actual, A/B/C grades with their
  legend and a form field counting the sheet's own grades; and the PDF.

The PDF steps are skipped, with a message, when ``soffice`` is not installed.
These are re-typed forms of other municipalities, not their own files (README.md, SOURCES.tsv).

The XLSX and HTML files are byte-stable: fixed document dates, and the zip members are
rewritten with a fixed timestamp. The PDFs carry LibreOffice's creation date, so they differ
by that only.
"""
# ruff: noqa: E501

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "source"
THIN = Side(style="thin")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
SHADE = PatternFill("solid", fgColor="D9D9D9")
LIGHT = PatternFill("solid", fgColor="F2F2F2")
FONT = "IPAGothic"
FIXED = dt.datetime(2026, 12, 5, 0, 0, 0)


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms237/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms237/build.py"
    ws = wb.active
    ws.title = title
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    return wb, ws


def _put(
    ws,
    row,
    col,
    value,
    header=False,
    fmt=None,
    align=None,
    size=9,
    bold=False,
    valign=None,
    fill=None,
):
    """A bordered cell. Numbers stay numbers, with a number format."""
    cell = ws.cell(row=row, column=col, value=None if value == "" else value)
    cell.border = BORDER
    cell.font = Font(name=FONT, size=size, bold=bold)
    if header:
        cell.fill = SHADE
        cell.alignment = Alignment(
            horizontal=align or "center", vertical=valign or "center", wrap_text=True
        )
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        cell.alignment = Alignment(horizontal=align or "right", vertical=valign or "center")
        cell.number_format = fmt or ("#,##0" if isinstance(value, int) else "0.0")
    else:
        cell.alignment = Alignment(
            horizontal=align or "left", vertical=valign or "center", wrap_text=True
        )
    if fill is not None:
        cell.fill = fill
    return cell


def _merge(ws, r1: int, c1: int, r2: int, c2: int) -> None:
    """Merge a range; every cell of it keeps its border."""
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            ws.cell(row=r, column=c).border = BORDER
    ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)


def _span(ws, row, c1, c2, value, header=False, **kw):
    """A bordered value merged over c1..c2 of one row."""
    cell = _put(ws, row, c1, value, header=header, **kw)
    for c in range(c1 + 1, c2 + 1):
        _put(ws, row, c, None, header=header)
    if c2 > c1:
        _merge(ws, row, c1, row, c2)
    return cell


def _text(ws, row, col, value, bold=False, size=9, align=None):
    """A borderless text cell (titles, headings, notes)."""
    cell = ws.cell(row=row, column=col, value=value)
    cell.font = Font(name=FONT, size=size, bold=bold)
    cell.alignment = Alignment(horizontal=align or "left", vertical="center")
    return cell


def _page(ws, orientation: str) -> None:
    ws.page_setup.orientation = orientation
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.5
    ws.page_margins.header = ws.page_margins.footer = 0.25


def _save(wb, path: Path) -> None:
    """Save, then rewrite the zip with fixed member dates (byte-stable output)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    with zipfile.ZipFile(path) as zin:
        members = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in members:
            if name == "docProps/core.xml":
                # openpyxl stamps the save time into dcterms:modified; pin it.
                data = re.sub(
                    rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                    rb"\g<1>2026-12-05T00:00:00Z\g<2>",
                    data,
                )
            info = zipfile.ZipInfo(name, date_time=(2026, 12, 5, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, data)


def to_pdf(xlsx: Path) -> None:
    """Convert a source XLSX to a PDF next to build.py (LibreOffice headless)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        print(
            f"soffice not found: {xlsx.with_suffix('.pdf').name} not rebuilt (the XLSX was written)"
        )
        return
    with tempfile.TemporaryDirectory(prefix="forms237_soffice_") as tmp:
        subprocess.run(
            [
                soffice,
                f"-env:UserInstallation=file://{tmp}/profile",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                tmp,
                str(xlsx),
            ],
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        shutil.copyfile(
            Path(tmp) / xlsx.with_suffix(".pdf").name, HERE / xlsx.with_suffix(".pdf").name
        )
    print(f"wrote {xlsx.with_suffix('.pdf').name}")


def _notes(ws, row: int, lines: list[str]) -> None:
    for i, line in enumerate(lines):
        _text(ws, row + i, 1, line, size=8)


def _head2(ws, h: int, singles, groups) -> None:
    """A two-row header: ``singles`` (col, word) merged down, ``groups`` (c1, c2, word, lower words)."""
    for c, word in singles:
        _put(ws, h, c, word, header=True)
        _put(ws, h + 1, c, None, header=True)
        _merge(ws, h, c, h + 1, c)
    for c1, c2, word, lower in groups:
        _span(ws, h, c1, c2, word, header=True)
        for j, w in enumerate(lower):
            _put(ws, h + 1, c1 + j, w, header=True)
    ws.row_dimensions[h].height = 22
    ws.row_dimensions[h + 1].height = 22


def _vals(ws, r, c0, vals, fmt=None) -> None:
    for j, v in enumerate(vals):
        _put(ws, r, c0 + j, v, align="right" if isinstance(v, (int, float)) else "center", fmt=fmt)


# --------------------------------------------------------------------------------------------
# 西ノ島町 (島根県隠岐郡): 第2期総合戦略 KPIの進捗状況（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (jichiro.gr.jp report of 西ノ島町; i-lander.com profile; yushin-oki.com): 人口3,027人・1,504世帯
# (平成27年国勢調査), 国賀海岸 約13km of 海蝕崖, 摩天崖 257m, 活イカ and 岩がき as the island's products,
# 浦郷港. Made up: the sheet, its date, 課 and 会議, the 基本目標, every KPI, figure and note.
NS_ROWS = [
    ("1", "活イカの出荷量", "千杯", 412.5, 365.0, 430.0, 388.2, 450.0, "水産振興課"),
    ("2", "岩がきの出荷個数", "万個", 8.6, 9.4, 10.5, 11.2, 12.0, "水産振興課"),
    ("3", "国賀海岸遊覧船の1便当たり乗船者数", "人/便", 18.4, 14.2, 17.0, 16.9, 20.0, "観光振興課"),
    ("4", "UIターン者数", "人/年度", 21, 18, 22, 24, 25, "企画財政課"),
    ("5", "観光入込客数", "千人", 27.4, 19.8, 24.0, 23.6, 30.0, "観光振興課"),
]


def nishinoshima() -> Path:
    wb, ws = _sheet("KPI進捗", [6, 36, 9, 11, 10, 10, 10, 12, 13])
    _text(
        ws,
        1,
        1,
        "第2期西ノ島町まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の進捗状況（令和5年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 9, "令和6年8月　西ノ島町地方創生推進会議　資料3", align="right")
    _text(ws, 3, 9, "事務局：西ノ島町企画財政課", align="right")
    _span(ws, 4, 1, 2, "計画期間", header=True)
    _span(ws, 4, 3, 9, "令和2年度～令和6年度", align="left")
    _span(ws, 5, 1, 2, "町の概況", header=True)
    _span(
        ws,
        5,
        3,
        9,
        "人口3,027人・1,504世帯（平成27年国勢調査）。島の北西岸には約13kmにわたり国賀海岸の海蝕崖が続き、摩天崖は高さ257mに達する。",
        align="left",
    )
    ws.row_dimensions[4].height = 18
    ws.row_dimensions[5].height = 30
    _text(ws, 7, 1, "基本目標１　海と牧野の恵みを活かし、しごとをつくる", bold=True, size=11)
    _head2(
        ws,
        8,
        [
            (1, "No."),
            (2, "重要業績評価指標（KPI）"),
            (3, "単位"),
            (4, "基準値\n（R元）"),
            (5, "R4実績"),
            (8, "目標値\n（R6）"),
            (9, "担当課"),
        ],
        [(6, 7, "R5", ["目標", "実績"])],
    )
    r = 10
    for no, name, unit, *vals, dept in NS_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, vals)
        _put(ws, r, 9, dept, align="center")
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※活イカは浦郷港からの出荷分です。「杯」はイカを数える単位で、1杯はイカ1匹です。",
            "※No.3は、4月～11月に運航した便（R5：延べ312便）の乗船者数の合計を便数で除した値です。",
            "※R5目標は、目標値（R6）に向けて毎年度設定している年次目標です。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "nishinoshima_kpi_shinchoku_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 本山町 (高知県長岡郡): 地方創生推進交付金事業 効果検証シート（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (furusato-funding.jp/projects/2402, the plan 本山町ひと・しごと・まち創生推進計画; zck.or.jp;
# town-motoyama.jp; city.kochi.kochi.jp 移住ガイド): the plan's name, 人口3,573人 (平成27年) and the peak
# 10,238人 (昭和30年), 91% 山林 and 約180ha の水田, 土佐天空の郷 (お米日本一コンテスト 最優秀賞 平成22年・
# 平成28年), まちづくり推進課. Made up: the 事業, its money, every KPI sentence, figure, grade and note.
MT_ROWS = [
    (
        "①土佐天空の郷の出荷量を、令和5年度に年間80t（約1,330俵）とする。",
        "t",
        [52.4, 58.0, 66.3, 74.8],
        "未達成",
    ),
    (
        "②棚田オーナー制度の契約区画数を、令和5年度までに累計60区画とする。",
        "区画",
        [12, 27, 41, 58],
        "未達成",
    ),
    (
        "③体験交流プログラム参加者1人当たりの町内消費額を、令和5年度に1.2万円とする。",
        "千円/人",
        [8.6, 9.4, 10.8, 12.3],
        "達成",
    ),
    (
        "④空き家バンク登録物件の成約までの平均日数を、令和5年度に1件当たり90日以内に短縮する。",
        "日/件",
        [148, 131, 112, 96],
        "未達成",
    ),
    ("⑤本山町への移住者数を、3年間で延べ45人とする。", "人", [9, 14, 17, 19], "達成"),
]


def motoyama() -> Path:
    wb, ws = _sheet("効果検証", [40, 8, 10, 8, 8, 8, 8])
    _text(ws, 1, 1, "地方創生推進交付金事業　効果検証シート（令和5年度）", bold=True, size=13)
    _text(ws, 2, 7, "令和6年7月　本山町まちづくり推進課", align="right")
    fields = [
        ("地域再生計画の名称", "本山町ひと・しごと・まち創生推進計画", 18),
        ("交付対象事業の名称", "「土佐天空の郷」と棚田を核とした交流・定住推進事業", 18),
        ("担当課", "まちづくり推進課", 18),
        ("事業期間", "令和3年度～令和5年度", 18),
        ("交付対象事業費（R5・千円）", "16,480（うち交付金 8,240）", 18),
        (
            "町の概況",
            "人口3,573人（平成27年国勢調査。昭和30年の10,238人から減少）。町面積の91%を山林が占め、水田は約180ha。棚田米「土佐天空の郷」は平成22年と平成28年にお米日本一コンテストで最優秀賞を受賞。",
            44,
        ),
    ]
    r = 4
    for label, value, height in fields:
        _put(ws, r, 1, label, header=True)
        _span(ws, r, 2, 7, value, align="left")
        ws.row_dimensions[r].height = height
        r += 1
    r += 1
    _text(ws, r, 1, "■重要業績評価指標（KPI）の達成状況", bold=True, size=11)
    h = r + 1
    for c, word in enumerate(
        ["KPI（目標）", "単位", "事業開始前\n（R2）", "R3実績", "R4実績", "R5実績", "評価"], start=1
    ):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 28
    r = h + 1
    for sentence, unit, vals, grade in MT_ROWS:
        _put(ws, r, 1, sentence)
        _put(ws, r, 2, unit, align="center")
        fmt = "0.0" if any(isinstance(v, float) for v in vals) else "#,##0"
        _vals(ws, r, 3, vals, fmt=fmt)
        _put(ws, r, 7, grade, align="center")
        ws.row_dimensions[r].height = 40
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※評価は、R5実績が目標を達成したものを「達成」、達成していないものを「未達成」としています。",
            "※①の出荷量はJA経由分と町内直売所分の合計です（1俵＝60kg）。",
            "※④は、各年度に成約した物件の登録日から成約日までの日数の平均です（R5の成約は11件）。",
            "※⑤はR3～R5の3年間の移住者数の合計で評価しています。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "motoyama_koka_kensho_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 産山村 (熊本県阿蘇郡): むら・ひと・しごと創生推進計画 KPIの実績（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (furusato-funding.jp/projects/2518, the plan 産山村むら・ひと・しごと創生推進計画; cxc-kumamoto.com;
# ar.kumanichi.com; kumamoto.mytabi.net): the plan's name, 3,390人 (1955) and 1,484人 (2020年4月末, 住民
# 基本台帳), 池山水源 (名水百選, 毎分30トン) and 山吹水源, うぶやま牧場 and its ブラウンスイス牛, 企画振興課.
# Made up: the page, its date, the 基本目標 and 施策 wording, every KPI, figure and note.
UB_BLOCKS = [
    (
        "2-1　水源と草原を活かした観光の振興",
        [
            ("池山水源・山吹水源の来訪者数：年間6万人", "4.1万人", "3.6万人", "4.8万人"),
            ("うぶやま牧場の売上額：年間1億円", "7,820万円", "8,450万円", "9,130万円"),
        ],
    ),
    (
        "2-2　ブラウンスイス牛・あか牛の畜産振興",
        [
            (
                "あか牛子牛の平均取引価格：55万円/頭以上",
                "47.6万円/頭",
                "44.9万円/頭",
                "56.2万円/頭",
            ),
            ("新規就農者数：5年間で延べ10人", "―", "2人", "3人"),
        ],
    ),
    ("2-3　移住・定住の促進", [("移住者数：年間20人", "11人", "16人", "21人")]),
]


def _ul(items: list[str]) -> str:
    return "<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"


def ubuyama_html() -> str:
    rows = []
    for measure, kpis in UB_BLOCKS:
        cols = list(zip(*kpis, strict=True))
        rows.append(
            f'<tr><th scope="row">{measure}</th>'
            + f"<td>{_ul(list(cols[0]))}</td>"
            + "".join(f'<td class="num">{_ul(list(c))}</td>' for c in cols[1:])
            + "</tr>"
        )
    body = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>産山村むら・ひと・しごと創生推進計画 KPIの実績（令和5年度） - 産山村</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; vertical-align: top; }}
thead th {{ background: #d9d9d9; }}
tbody th {{ text-align: left; background: #f2f2f2; font-weight: normal; }}
td ul {{ margin: 0; padding-left: 1.2em; }}
td.num ul {{ list-style: none; padding-left: 0; text-align: right; }}
</style>
</head>
<body>
<p>トップページ &gt; 村政情報 &gt; 計画・施策 &gt; 地方創生</p>
<h1>産山村むら・ひと・しごと創生推進計画 KPIの実績（令和5年度）</h1>
<p>更新日：令和6年9月20日　企画振興課</p>
<p>本村の人口は、1955年の3,390人をピークに減少を続け、2020年4月末には1,484人（住民基本台帳）となっています。村では、名水百選の池山水源（湧水量は毎分30トン）や草原の景観、うぶやま牧場のブラウンスイス牛などの資源を活かし、交流人口の拡大としごとづくりに取り組んでいます。令和5年度の重要業績評価指標（KPI）の実績を公表します。</p>
<h2>基本目標2　草原と名水を活かした交流としごとの村づくり</h2>
<table>
<thead>
<tr><th rowspan="2">施策</th><th rowspan="2">重要業績評価指標（KPI）：令和5年度の目標</th><th rowspan="2">基準値<br>（R元）</th><th colspan="2">実績</th></tr>
<tr><th>令和4年度</th><th>令和5年度</th></tr>
</thead>
<tbody>
{body}
</tbody>
</table>
<p>※各欄の項目は、左の「重要業績評価指標（KPI）」の欄と同じ順に並べています。</p>
<p>※来訪者数は、両水源の駐車場での台数調査（1台当たり2.5人で換算）による推計値です。</p>
<p>※あか牛子牛の平均取引価格は、阿蘇家畜市場における年度の平均価格です。</p>
<p>令和5年度の地方創生関連事業費は38,620千円（うちデジタル田園都市国家構想交付金19,310千円）でした。</p>
</body>
</html>
"""


def ubuyama() -> Path:
    path = HERE / "ubuyama_kpi_jisseki_r5.html"
    path.write_bytes(ubuyama_html().encode("utf-8"))
    return path


# --------------------------------------------------------------------------------------------
# 五ヶ瀬町 (宮崎県西臼杵郡): 施策評価シート（令和6年度）
# --------------------------------------------------------------------------------------------

# Real (furusato-funding.jp/projects/2583; news on 五ヶ瀬ハイランドスキー場; furusatotabi.com; mykoho.jp
# 広報五ヶ瀬): 人口3,887人 (平成27年) and 9,598人 (昭和30年), the ski area (日本最南端, closed two seasons
# after the 2022 台風14号, reopened 2024-12-20 with a 3万人 target), 荒踊 (風流踊, ユネスコ), 三ヶ所神社 and
# 中登神社. Made up: the sheet, 施策, 課, money, every other figure, grade and note.
GK_ROWS = [
    ("1", "五ヶ瀬ハイランドスキー場の入場者数", "人", 31650, "休業", 30000, 28410, 35000, "B"),
    ("2", "観光案内板の設置数", "ヶ所", 6, 11, 13, 13, 15, "A"),
    ("3", "荒踊・神楽の公開回数", "回/年", 4, 6, 8, 7, 10, "B"),
    ("4", "観光サイト「ごかせ旅」の閲覧数", "万PV", 4.2, 6.8, 7.0, 7.6, 8.0, "A"),
]


def gokase() -> Path:
    wb, ws = _sheet("施策評価", [6, 34, 8, 11, 10, 10, 10, 12, 8])
    _text(ws, 1, 1, "令和6年度　施策評価シート（五ヶ瀬町総合計画）", bold=True, size=13)
    _text(ws, 2, 9, "令和7年6月　五ヶ瀬町", align="right")
    fields = [
        ("施策番号", "3-1", "担当課", "企画課"),
        ("施策名", "自然と伝統文化を活かした観光交流の推進", "関係課", "農林課、教育委員会"),
        ("施策の事業費（R6決算・千円）", 58240, "町の人口", "3,887人（平成27年国勢調査）"),
        ("成果指標の評価（R6）", "A 2件／B 2件／C 0件", "施策の評価", "B（おおむね順調）"),
    ]
    r = 4
    for l1, v1, l2, v2 in fields:
        _span(ws, r, 1, 2, l1, header=True)
        _span(ws, r, 3, 5, v1, align="left")
        _span(ws, r, 6, 7, l2, header=True)
        _span(ws, r, 8, 9, v2, align="left")
        ws.row_dimensions[r].height = 18
        r += 1
    _text(ws, 9, 1, "２　成果指標の達成状況", bold=True, size=11)
    _head2(
        ws,
        10,
        [
            (1, "No."),
            (2, "成果指標"),
            (3, "単位"),
            (4, "基準値\n（R元）"),
            (5, "R5実績"),
            (8, "最終目標\n（R7）"),
            (9, "評価"),
        ],
        [(6, 7, "R6", ["目標", "実績"])],
    )
    r = 12
    for no, name, unit, *vals, grade in GK_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        fmt = "0.0" if any(isinstance(v, float) for v in vals) else "#,##0"
        _vals(ws, r, 4, vals, fmt=fmt)
        _put(ws, r, 9, grade, align="center", bold=True)
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "評価　A：R6目標を達成　B：達成率80%以上100%未満　C：達成率80%未満　－：評価できない",
            "※No.1は、2022年9月の台風14号で町道が被災したため、R4・R5のシーズンは休業しました（R6はR6.12.20～R7.3.9に営業）。",
            "※No.3は、三ヶ所神社・中登神社への奉納（9月）を含む公開回数です。荒踊はユネスコ無形文化遺産「風流踊」の一つです。",
            "※No.4のPV（ページビュー）は年間の閲覧数です。R5.4にサイトを改修しました。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "gokase_shisaku_hyoka_r6.xlsx"
    _save(wb, path)
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (nishinoshima, motoyama, gokase):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {ubuyama().name}")


if __name__ == "__main__":
    main()
