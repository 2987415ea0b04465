"""Build the documents of forms435/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/sammu_kpi_shinchoku_r5.xlsx``, a 総合戦略 KPI sheet in the manner of 山武市 (千葉県):
  **one KPI whose name stands alone on a row, its values two rows lower in a ``計`` row under two
  breakdown rows**, a summary row under the grid, ``千人`` in 単位, a 備考 that makes one row 累計
  and re-dates its R5 cell; and the landscape PDF;
* ``uonuma_kofukin_kensho_r5.html``, a 地方創生推進交付金 効果検証 page in the manner of 魚沼市 (新潟県):
  each KPI two ``<tr>`` (``目標値`` / ``実績値``) under full-width year heads, a revised target
  ``1,200（当初500）``, ``集計中``, a ◎○× 達成状況 with its legend, a note that shortens one R5 actual;
* ``source/kanazawa_juten_shihyo_r4.xlsx``, 成果指標 of a 重点戦略計画 in the manner of 金沢市 (石川県):
  scale words in the names' brackets (``万人``, ``万人泊``), ``△``/``±0``, **a note making three of the
  five rows calendar years under ``20XX年度`` heads**; and the portrait PDF;
* ``source/nakagawa_jimujigyo_hyoka_r5.xlsx``, a 事務事業評価シート in the manner of 中川村 (長野県):
  活動指標 and 成果指標 in one grid, each indicator a ``計画`` / ``実績`` row pair, era-less ``４年度``
  heads, ``延べ`` and a worded remark inside value cells; and the portrait PDF.

The PDF steps are skipped, with a message, when ``soffice`` is not installed.
These are re-typed forms of other municipalities, not their own files (README.md, SOURCES.tsv).

The XLSX and HTML files are byte-stable: fixed document dates, and the zip members are
rewritten with a fixed timestamp. The PDFs carry LibreOffice's creation date, so they differ
by that only.
"""
# ruff: noqa: E501, B905

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
SLASH = Border(left=THIN, right=THIN, top=THIN, bottom=THIN, diagonal=THIN, diagonalUp=True)
SHADE = PatternFill("solid", fgColor="D9D9D9")
LIGHT = PatternFill("solid", fgColor="F2F2F2")
FONT = "IPAexGothic"
FIXED = dt.datetime(2026, 12, 7, 0, 0, 0)
# --------------------------------------------------------------------------------------------
# Sheet helpers
# --------------------------------------------------------------------------------------------


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms435/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms435/build.py"
    ws = wb.active
    ws.title = title
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    return wb, ws


def _put(ws, row, col, value, header=False, fmt=None, align=None, size=9, bold=False, fill=None):
    """A bordered cell. Numbers stay numbers, with a number format."""
    cell = ws.cell(row=row, column=col, value=None if value == "" else value)
    cell.border = BORDER
    cell.font = Font(name=FONT, size=size, bold=bold)
    if header:
        cell.fill = SHADE
        cell.alignment = Alignment(horizontal=align or "center", vertical="center", wrap_text=True)
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        cell.alignment = Alignment(horizontal=align or "right", vertical="center")
        cell.number_format = fmt or ("#,##0" if isinstance(value, int) else "#,##0.0")
    else:
        cell.alignment = Alignment(horizontal=align or "left", vertical="center", wrap_text=True)
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


def _fields(ws, r: int, last: int, fields) -> int:
    """Bordered form rows ``label | value`` (label over columns 1-2); returns the next free row."""
    for label, value, height in fields:
        _merge(ws, r, 1, r, 2)
        _put(ws, r, 1, label, header=True)
        _span(ws, r, 3, last, value).alignment = Alignment(
            horizontal="left", vertical="top" if height > 20 else "center", wrap_text=True
        )
        ws.row_dimensions[r].height = height
        r += 1
    return r


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
                    rb"\g<1>2026-12-07T00:00:00Z\g<2>",
                    data,
                )
            info = zipfile.ZipInfo(name, date_time=(2026, 12, 7, 0, 0, 0))
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
    with tempfile.TemporaryDirectory(prefix="forms435_soffice_") as tmp:
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


def _slash(ws, row, col):
    """An empty cell struck through with a diagonal line (斜線): no value applies."""
    cell = ws.cell(row=row, column=col, value=None)
    cell.border = SLASH
    return cell


# --------------------------------------------------------------------------------------------
# 福津市 (福岡県): 福津市まちづくり計画 テーマ別目標像７「観光振興」まちづくり指標の進捗状況（令和５年度）
# --------------------------------------------------------------------------------------------

# Real (city.fukutsu.lg.jp 1291, dic.nicovideo.jp 福津市, zenkan.jp): the plan 福津市まちづくり計画, the


# --------------------------------------------------------------------------------------------
# 山武市 (千葉県): 第2期山武市まち・ひと・しごと創生総合戦略 KPI進捗管理表（令和５年度）
# --------------------------------------------------------------------------------------------

# Real (city.sammu.lg.jp sogosenryaku2-public-comment, inubou.co.jp, enpedia 山武市): the strategy's
# name and its <育てる力>集中創生戦略, 企画政策課, the 2006 merger of four 町村, 146.38km², about 8km of
# coast on 九十九里浜, about 40 苺園. Made up: the period wording, the goal's name, every KPI and value.

SAMMU_ROWS = [
    # No., name, unit, H30, R2, R3, R4, R5, R6 target, remark
    ("1", "新規就農者数", "人", 8, 9, 7, 11, 10, 12, ""),
    (
        "2",
        "いちご狩り入園者数",
        "千人",
        58.2,
        21.4,
        35.0,
        49.8,
        55.1,
        60.0,
        "R2・R3は新型コロナウイルス感染症の影響により受入れを縮小",
    ),
]
SAMMU_SPLIT = [
    ("　窓口相談", "件", 30, 28, 34, 51, 55, "", ""),
    ("　オンライン相談", "件", 12, 40, 61, 70, 88, "", ""),
    ("　計", "件", 42, 68, 95, 121, 143, 150, "目標値は窓口・オンラインの合計"),
]
SAMMU_LAST = (
    "4",
    "企業誘致件数",
    "件",
    1,
    1,
    3,
    4,
    6,
    8,
    "実績値・目標値は令和2年度からの累計。R5は令和5年12月末現在",
)


def sammu() -> Path:
    wb, ws = _sheet("KPI進捗（R5）", [5, 24, 7, 10, 9, 9, 9, 9, 10, 40])
    _text(
        ws,
        1,
        1,
        "第2期山武市まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）進捗管理表（令和５年度）",
        bold=True,
        size=13,
    )
    ws.row_dimensions[1].height = 24
    _text(ws, 2, 10, "令和6年9月　山武市 企画政策課", align="right")
    r = _fields(
        ws,
        4,
        10,
        [
            (
                "戦略の名称",
                "第2期山武市まち・ひと・しごと創生総合戦略（<育てる力>集中創生戦略）",
                18,
            ),
            ("計画期間", "令和2年度～令和6年度（5年間）", 18),
            ("担当課", "企画政策課", 18),
            (
                "市の概要",
                "平成18年3月27日に成東町・山武町・蓮沼村・松尾町の4町村が合併して誕生。面積146.38km²、九十九里浜のほぼ中央で約8kmにわたり太平洋に面する。"
                "市内には約40軒の苺園があり、1月から5月まで苺狩りを楽しむことができる。",
                34,
            ),
        ],
    )
    r += 1
    _text(ws, r, 1, "■基本目標１　山武の強みを生かした「しごと」をつくる", bold=True, size=11)
    ws.row_dimensions[r].height = 20
    r += 1
    h1, h2 = r, r + 1
    for c, label in [
        (1, "No."),
        (2, "重要業績評価指標（KPI）"),
        (3, "単位"),
        (4, "基準値\n（H30）"),
        (9, "目標値\n（R6）"),
        (10, "備考"),
    ]:
        _put(ws, h1, c, label, header=True)
        _put(ws, h2, c, None, header=True)
        _merge(ws, h1, c, h2, c)
    _span(ws, h1, 5, 8, "実績値", header=True)
    for c, label in zip(range(5, 9), ["R2", "R3", "R4", "R5"]):
        _put(ws, h2, c, label, header=True)
    ws.row_dimensions[h1].height = 18
    ws.row_dimensions[h2].height = 18
    r = h2 + 1

    def values(row, start, vals, unit):
        for c, v in enumerate(vals, start=start):
            fmt = "#,##0.0" if unit == "千人" else "#,##0"
            _put(ws, row, c, v, fmt=fmt if v != "" else None)

    for no, name, unit, *vals, remark in SAMMU_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        values(r, 4, vals, unit)
        _put(ws, r, 10, remark, size=8)
        ws.row_dimensions[r].height = 24
        r += 1
    # KPI 3: the name on its own row, two breakdown rows, then the 計 row that carries the KPI's values
    _put(ws, r, 1, "3", align="center")
    _merge(ws, r, 1, r + 3, 1)
    _put(ws, r, 2, "移住相談件数")
    for c in range(3, 11):
        _put(ws, r, c, None)
    ws.row_dimensions[r].height = 18
    r += 1
    for name, unit, *vals, remark in SAMMU_SPLIT:
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        values(r, 4, vals, unit)
        _put(ws, r, 10, remark, size=8)
        ws.row_dimensions[r].height = 18
        r += 1
    no, name, unit, *vals, remark = SAMMU_LAST
    _put(ws, r, 1, no, align="center")
    _put(ws, r, 2, name)
    _put(ws, r, 3, unit, align="center")
    values(r, 4, vals, unit)
    _put(ws, r, 10, remark, size=8)
    ws.row_dimensions[r].height = 28
    r += 1
    # a summary row under the grid (no indicator)
    _span(
        ws, r, 1, 8, "令和5年度末時点で目標値（R6）に達している指標の数", header=True, align="right"
    )
    _put(ws, r, 9, "1指標", align="center", fill=LIGHT)
    _put(ws, r, 10, "No.1", fill=LIGHT)
    ws.row_dimensions[r].height = 18
    r += 2
    for note in [
        "※基準値は平成30年度の数値。実績値の単位が「千人」の指標は小数点以下第1位まで表示している。",
        "※No.3は窓口相談とオンライン相談（令和2年度から本格実施）の内訳を併せて掲載している。",
    ]:
        _text(ws, r, 1, note, size=8)
        r += 1
    _page(ws, "landscape")
    path = SOURCE / "sammu_kpi_shinchoku_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 魚沼市 (新潟県): 地方創生推進交付金事業の効果検証（令和５年度）
# --------------------------------------------------------------------------------------------

# Real (furusato-funding.jp/projects/1801, a 魚沼市 地域再生計画): 946.76㎢, 県内第4位, 魚沼産コシヒカリ,
# 奥只見ダム・黒又川ダム, 上越新幹線・関越自動車道. Made up: the 事業, its period and cost, the 課 in the
# date line, every KPI and value.

UONUMA_KPIS = [
    # label, name, unit, baseline, targets R3-R5, actuals R3-R5, status mark
    ("①", "雪室貯蔵米の出荷量", "t", "120", ["150", "180", "220"], ["158", "176", "231"], "◎"),
    (
        "②",
        "魚沼産品オンラインショップ売上額",
        "千円",
        "8,400",
        ["10,000", "12,000", "15,000"],
        ["9,120", "13,050", "14,300※"],
        "○",
    ),
    ("③", "首都圏での商談成約件数", "件", "5", ["8", "10", "12"], ["7", "11", "集計中"], "―"),
    ("④", "事業による新規雇用者数", "人", "0", ["2", "4", "6"], ["2", "5", "6"], "◎"),
    (
        "⑤",
        "雪室見学ツアー参加者数",
        "人",
        "―",
        ["300", "1,200（当初500）", "1,500"],
        ["412", "1,356", "1,820"],
        "◎",
    ),
]


def uonuma_html() -> str:
    rows = []
    for label, name, unit, base, targets, actuals, mark in UONUMA_KPIS:
        rows.append(
            "<tr>"
            f'<th scope="row" rowspan="2">{label}{name}</th>'
            f'<td rowspan="2">{unit}</td>'
            f'<td rowspan="2">{base}</td>'
            "<td>目標値</td>"
            + "".join(f"<td>{v}</td>" for v in targets)
            + f'<td rowspan="2">{mark}</td>'
            "</tr>"
        )
        rows.append("<tr><td>実績値</td>" + "".join(f"<td>{v}</td>" for v in actuals) + "</tr>")
    body = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>地方創生推進交付金事業の効果検証（令和５年度） - 魚沼市</title>
<style>
table {{ border-collapse: collapse; }}
th, td {{ border: 1px solid #666; padding: 4px 8px; }}
thead th {{ background: #e8eef4; }}
td {{ text-align: right; }}
</style>
</head>
<body>
<nav><ol>
<li><a href="/">トップページ</a></li>
<li><a href="/shisei/">市政情報</a></li>
<li><a href="/shisei/keikaku/">計画・施策</a></li>
<li>地方創生推進交付金事業の効果検証（令和５年度）</li>
</ol></nav>
<main>
<h1>地方創生推進交付金事業の効果検証（令和５年度）</h1>
<p class="date">更新日：2024年8月30日　担当：企画政策課</p>
<p>魚沼市は新潟県の南東部に位置し、福島県・群馬県と接しています。市域の面積は946.76km²で県内第4位、その約8割を森林が占めます。良質な「魚沼産コシヒカリ」の中心産地として知られ、奥只見ダムや黒又川ダムなどの水力発電ダムもあります。</p>
<p>市では、令和3年度から令和5年度までの3か年、地方創生推進交付金を活用して下記の事業に取り組みました（交付対象事業費　3か年計48,600千円）。外部有識者4名による検証会議（令和6年7月）の意見を踏まえ、重要業績評価指標（KPI）の達成状況を公表します。</p>
<h2>1　事業の概要</h2>
<p>事業名：雪室と魚沼ブランド米を活かした「しごと」創生事業<br>
事業期間：令和3年度～令和5年度（3か年）</p>
<h2>2　重要業績評価指標（KPI）の達成状況</h2>
<p>達成状況（令和５年度）：◎＝目標値を達成　○＝目標値の80%以上　×＝目標値の80%未満　―＝未確定</p>
<table>
<thead>
<tr><th scope="col">KPI</th><th scope="col">単位</th><th scope="col">事業開始前<br>（R2）</th><th scope="col">区分</th><th scope="col">令和３年度</th><th scope="col">令和４年度</th><th scope="col">令和５年度</th><th scope="col">達成状況</th></tr>
</thead>
<tbody>
{body}
</tbody>
</table>
<p>※⑤は令和4年度に、令和3年度の実績を踏まえて目標値を上方修正しました（括弧内は当初の目標値）。</p>
<p>※②の令和５年度実績は、令和6年2月末までの11か月分の売上額です。</p>
<p>※③の令和５年度実績は、首都圏商談会の成約確認後（令和6年9月予定）に更新します。</p>
<p>お問い合わせ：企画政策課 地方創生係　電話：025-792-0000（代表）</p>
</main>
</body>
</html>
"""


def uonuma() -> Path:
    path = HERE / "uonuma_kofukin_kensho_r5.html"
    path.write_text(uonuma_html(), encoding="utf-8", newline="\n")
    return path


# --------------------------------------------------------------------------------------------
# 金沢市 (石川県): 世界の交流拠点都市金沢 重点戦略計画 成果指標の推移（令和４年度）
# --------------------------------------------------------------------------------------------

# Real (www4.city.kanazawa.lg.jp kikakuchoseika 6853, wikiwand 金沢): the plan's name, its 10 years and
# its extension to the end of 令和5年度, 企画調整課, 468.64km², 459,791人 (2022-12-01), 兼六園, 2009 ユネスコ
# 創造都市. Made up: every indicator and value, the date.

KANAZAWA_ROWS = [
    # label+name, H24, 2019..2022 actuals, 2022 target, 2023 target
    ("①観光入込客数（万人）", 868, 1042, 512, 598, 803, 800, 1100),
    ("②外国人宿泊者数（万人泊）", 28.4, 71.2, 9.8, 0.6, 8.9, 20.0, 75.0),
    ("③社会増減数（人）", "△215", 412, "△187", "△530", "△96", "±0", 300),
    ("④新規開業事業所数（件）", 182, 205, 188, 214, 231, 220, 230),
    ("⑤兼六園入園者数（万人）", 167.5, 263.0, 88.4, 101.7, 190.5, 180.0, 280.0),
]


def kanazawa() -> Path:
    wb, ws = _sheet("成果指標（R4）", [30, 10, 10, 10, 10, 10, 10, 10])
    _text(
        ws,
        1,
        1,
        "世界の交流拠点都市金沢 重点戦略計画　成果指標の推移（令和４年度）",
        bold=True,
        size=13,
    )
    ws.row_dimensions[1].height = 24
    _text(ws, 2, 8, "令和5年8月　金沢市 企画調整課", align="right")
    r = _fields(
        ws,
        4,
        8,
        [
            ("計画の名称", "世界の交流拠点都市金沢 重点戦略計画", 18),
            ("計画期間", "平成25年度から10年間（令和5年度末まで延長）", 18),
            ("担当課", "企画調整課", 18),
            (
                "市の概要",
                "石川県のほぼ中央に位置する県庁所在地。面積468.64km²、人口459,791人（2022年12月1日推計）。日本三名園の一つ兼六園を擁し、"
                "2009年にユネスコ創造都市（クラフト＆フォークアート分野）に認定された。",
                48,
            ),
        ],
    )
    r += 1
    _text(ws, r, 1, "２　重点的に取り組む施策の成果指標", bold=True, size=11)
    ws.row_dimensions[r].height = 20
    r += 1
    h1, h2 = r, r + 1
    for c, label in [(1, "成果指標（単位）"), (2, "基準値\n（H24）")]:
        _put(ws, h1, c, label, header=True)
        _put(ws, h2, c, None, header=True)
        _merge(ws, h1, c, h2, c)
    _span(ws, h1, 3, 6, "実績値", header=True)
    _span(ws, h1, 7, 8, "目標値", header=True)
    for c, label in zip(
        range(3, 9), ["2019年度", "2020年度", "2021年度", "2022年度", "2022年度", "2023年度"]
    ):
        _put(ws, h2, c, label, header=True)
    ws.row_dimensions[h1].height = 18
    ws.row_dimensions[h2].height = 18
    r = h2 + 1
    for name, *vals in KANAZAWA_ROWS:
        _put(ws, r, 1, name)
        decimal = "万人泊" in name or "⑤" in name
        for c, v in enumerate(vals, start=2):
            _put(ws, r, c, v, fmt="#,##0.0" if decimal else "#,##0", align="right")
        ws.row_dimensions[r].height = 20
        r += 1
    r += 1
    for note in [
        "※①②⑤は暦年（1月～12月）の数値であり、表中の「年度」はその年の1月～12月を指す（基準値・目標値も同じ）。",
        "※③は各年度の転入者数から転出者数を差し引いた数（△は転出超過）。",
        "※2020年度・2021年度は新型コロナウイルス感染症の影響を大きく受けている。",
    ]:
        _text(ws, r, 1, note, size=8)
        r += 1
    _page(ws, "portrait")
    path = SOURCE / "kanazawa_juten_shihyo_r4.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 中川村 (長野県上伊那郡): 令和６年度 事務事業評価シート「移住・定住促進事業」
# --------------------------------------------------------------------------------------------

# Real (vill.nakagawa.nagano.jp chiiki 1213, furusato.jal.co.jp 203866, the 過疎地域自立促進計画 at
# fdocument.pub): 地域政策課, 77.05km², 4,646人, the 河岸段丘 and りんご・梨, 陣馬形山 and its キャンプ場,
# the plan section 「活力あふれる地域づくりの推進」. Made up: the 事業, its start, cost, every indicator and value.

NAKAGAWA_ROWS = [
    # 区分, No., name, unit, plan R3-R6, actual R3-R5
    ("活動指標", "1", "移住相談会への出展回数", "回", [6, 6, 8, 8], [5, 7, 8]),
    ("活動指標", "2", "空き家バンク新規登録物件数", "件", [10, 10, 10, 10], [12, 8, 9]),
    ("成果指標", "3", "移住者数", "人", [20, 20, 25, 25], [23, 18, 26]),
    (
        "成果指標",
        "4",
        "陣馬形山キャンプ場利用者数",
        "人",
        ["延べ5,000", "延べ5,000", "延べ5,000", "延べ5,500"],
        ["延べ6,120", "延べ5,480", "4,310（休業期間あり）"],
    ),
    ("成果指標", "5", "空き家バンク成約件数", "件", [5, 5, 6, 6], [6, 3, 7]),
]


def nakagawa() -> Path:
    wb, ws = _sheet("評価シート", [9, 5, 26, 6, 7, 13, 13, 18, 13])
    _text(ws, 1, 1, "令和６年度　事務事業評価シート（令和５年度実施事業）", bold=True, size=13)
    ws.row_dimensions[1].height = 24
    _text(ws, 2, 9, "作成日　令和6年7月26日", align="right")
    _text(ws, 3, 1, "１　事業の概要", bold=True, size=11)
    r = _fields(
        ws,
        4,
        9,
        [
            ("事務事業名", "移住・定住促進事業", 18),
            ("担当課", "地域政策課", 18),
            ("上位計画", "中川村過疎地域持続的発展計画　1 活力あふれる地域づくりの推進", 18),
            ("事業期間", "平成28年度～（継続）", 18),
            (
                "事業の概要",
                "中川村（面積77.05km²、人口4,646人）は天竜川の河岸段丘に広がり、りんご・梨などの果樹栽培が盛んな村である。"
                "首都圏等の移住相談会への出展、空き家バンクの運営、標高1,445mの陣馬形山キャンプ場を活かした体験ツアーにより移住・定住を促す。"
                "令和5年度事業費3,280千円（うち県補助金1,000千円）。",
                46,
            ),
        ],
    )
    r += 1
    _text(ws, r, 1, "２　指標の推移", bold=True, size=11)
    ws.row_dimensions[r].height = 20
    r += 1
    heads = ["区分", "No.", "指標名", "単位", "", "令和３年度", "４年度", "５年度", "６年度"]
    for c, label in enumerate(heads, start=1):
        _put(ws, r, c, label, header=True)
    ws.row_dimensions[r].height = 20
    r += 1
    first = {}
    for kubun, no, name, unit, plan, actual in NAKAGAWA_ROWS:
        first.setdefault(kubun, r)
        for c, v in [(2, no), (3, name), (4, unit)]:
            _put(ws, r, c, v, align="center" if c != 3 else None)
            _put(ws, r + 1, c, None)
            _merge(ws, r, c, r + 1, c)
        _put(ws, r, 5, "計画", align="center")
        _put(ws, r + 1, 5, "実績", align="center")
        for c, v in enumerate(plan, start=6):
            _put(ws, r, c, v, align="right")
        for c in range(6, 10):
            v = actual[c - 6] if c - 6 < len(actual) else None
            _put(ws, r + 1, c, v, align="right", size=8 if isinstance(v, str) and "（" in v else 9)
        ws.row_dimensions[r].height = 18
        ws.row_dimensions[r + 1].height = 18
        r += 2
        last = r - 1
        _put(ws, first[kubun], 1, kubun, align="center")
        for rr in range(first[kubun] + 1, last + 1):
            _put(ws, rr, 1, None)
    ws.merge_cells(
        start_row=first["活動指標"], start_column=1, end_row=first["成果指標"] - 1, end_column=1
    )
    ws.merge_cells(start_row=first["成果指標"], start_column=1, end_row=r - 1, end_column=1)
    r += 1
    for note in [
        "※No.4は令和5年度、管理棟改修のため8月～10月の3か月間休業した。",
        "※６年度の実績は令和7年度の評価シートに記載する。",
    ]:
        _text(ws, r, 1, note, size=8)
        r += 1
    _page(ws, "portrait")
    path = SOURCE / "nakagawa_jimujigyo_hyoka_r5.xlsx"
    _save(wb, path)
    return path


def main() -> None:
    no_pdf = "--no-pdf" in sys.argv[1:]
    for build in (sammu, uonuma, kanazawa, nakagawa):
        path = build()
        print(f"wrote {path.relative_to(HERE)}")
        if path.suffix == ".xlsx" and not no_pdf:
            to_pdf(path)


if __name__ == "__main__":
    main()
