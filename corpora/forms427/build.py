"""Build the documents of forms427/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/ageo_seika_shihyo_r5.xlsx``, a 総合計画 成果指標 sheet in the manner of 上尾市 (埼玉県):
  a two-row grid ``No. | 成果指標 | 単位 | 基準値（R元年度） | 実績値 (R3年度 | R4年度 | R5年度) |
  目標値 (R5年度 | R7年度) | 備考``, where **one pair of target cells is merged down over two
  indicator rows and reads ``各10.0`` / ``各12.0``**, and the second row's 単位 is a ditto mark
  ``〃``; and the landscape PDF ``ageo_seika_shihyo_r5.pdf``;
* ``katsuura_kpi_jisseki_r6.html``, a 総合戦略 KPI page in the manner of 勝浦市 (千葉県): two tables
  under two ``<h2>`` 基本目標, **one actual cell spanning two year columns (``colspan="2"``,
  ``改修のため休館``)** and a ``万円`` 単位;
* ``source/okaya_kpi_kensho_r5.xlsx``, a 地域再生計画 効果検証シート in the manner of 岡谷市 (長野県):
  **two tables on one sheet, ``１　数値目標`` in calendar years (``2019年`` …) above
  ``２　重要業績評価指標（KPI）`` in fiscal years (``R3年度実績`` …)**, ``▲`` values and a
  ``（見込）`` cell; and the portrait PDF ``okaya_kpi_kensho_r5.pdf``;
* ``source/nakanojo_jimujigyo_hyoka_r5.xlsx``, a 事務事業評価シート in the manner of 中之条町
  (群馬県): 目標 / 実績 row pairs, **one 目標 row a single cell merged across all five year columns,
  ``毎年度 20``**; and the portrait PDF ``nakanojo_jimujigyo_hyoka_r5.pdf``.

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
SHADE = PatternFill("solid", fgColor="D9D9D9")
LIGHT = PatternFill("solid", fgColor="F2F2F2")
FONT = "IPAexGothic"
FIXED = dt.datetime(2026, 12, 7, 0, 0, 0)


# --------------------------------------------------------------------------------------------
# Sheet helpers
# --------------------------------------------------------------------------------------------


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms427/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms427/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms427_soffice_") as tmp:
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


def _head2(ws, h: int, singles, groups) -> None:
    """A two-row header: ``singles`` (col, word) merged down, ``groups`` (c1, c2, word, lower words)."""
    for c, word in singles:
        _put(ws, h, c, word, header=True)
        _put(ws, h + 1, c, None, header=True)
        _merge(ws, h, c, h + 1, c)
    for c1, c2, word, lower in groups:
        _span(ws, h, c1, c2, word, header=True)
        for c, w in zip(range(c1, c2 + 1), lower):
            _put(ws, h + 1, c, w, header=True)
    ws.row_dimensions[h].height = 20
    ws.row_dimensions[h + 1].height = 20


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


# --------------------------------------------------------------------------------------------
# 上尾市 (埼玉県): 第6次上尾市総合計画 前期基本計画 成果指標の進捗状況（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (furusato.jal.co.jp/municipality/112194, jablog.org Ageo, ageowww.city.ageo.lg.jp 策定経過):
# 第6次上尾市総合計画 (after the 第5次 ending 令和2年度), the 1955 merger of 3町3村, 市制 昭和33年7月15日,
# 約3万7,000人, 45.51km², 230,041人 (2024年2月1日), 将来都市像. Made up: 前期 span, 課, every indicator.
AG_ROWS = [
    # No., name, 単位, base, R3, R4, R5, target R5, target R7, 備考
    (1, "特定健康診査の受診率", "％", 39.8, 35.2, 37.9, 40.1, 45.0, 50.0, ""),
    (2, "がん検診受診率（胃がん）", "％", 8.1, 7.2, 7.5, 7.9, "各10.0", "各12.0", ""),
    (3, "がん検診受診率（大腸がん）", "〃", 10.4, 9.8, 10.6, 11.2, None, None, ""),
    (
        4,
        "市民体育館等スポーツ施設の利用者数",
        "千人",
        612.4,
        401.3,
        498.0,
        566.7,
        600.0,
        650.0,
        "R3は5月～9月に一部休館",
    ),
    (
        5,
        "週1回以上運動・スポーツをする市民の割合",
        "％",
        45.3,
        48.2,
        "―",
        51.0,
        50.0,
        55.0,
        "市民意識調査（R3・R5実施）",
    ),
]


def ageo() -> Path:
    wb, ws = _sheet("成果指標", [5, 34, 7, 12, 11, 11, 11, 11, 11, 26])
    last = 10
    _text(
        ws,
        1,
        1,
        "第６次上尾市総合計画　前期基本計画　成果指標の進捗状況（令和５年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 10, "令和6年9月", align="right")
    r = _fields(
        ws,
        3,
        last,
        [
            ("計画の名称", "第6次上尾市総合計画　前期基本計画", 18),
            ("計画期間", "令和3年度～令和7年度（基本構想は令和3年度～令和12年度）", 18),
            ("担当課", "行政経営課", 18),
            (
                "市の概要",
                "本市は昭和30年1月1日に3町3村が合併して上尾町となり、昭和33年7月15日に市制を施行しました。当時約3万7,000人であった人口は、"
                "令和6年2月1日現在で230,041人、面積は45.51km²です。将来都市像「みんなでつくる みんなが輝くまち あげお」の実現に向け、前期基本計画の3年目の状況をまとめました。",
                42,
            ),
        ],
    )
    r += 1
    _text(ws, r, 1, "政策３　健康でいきいきと暮らせるまち", bold=True, size=11)
    h = r + 1
    _head2(
        ws,
        h,
        [(1, "No."), (2, "成果指標"), (3, "単位"), (4, "基準値\n（R元年度）"), (10, "備考")],
        [(5, 7, "実績値", ["R3年度", "R4年度", "R5年度"]), (8, 9, "目標値", ["R5年度", "R7年度"])],
    )
    r = h + 2
    for no, name, unit, base, a3, a4, a5, t5, t7, note in AG_ROWS:
        _put(ws, r, 1, no, align="center", fmt="0")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for c, v in zip(range(4, 10), (base, a3, a4, a5, t5, t7)):
            if isinstance(v, str):
                _put(ws, r, c, v, align="right")
            else:
                _put(ws, r, c, v, fmt="#,##0.0")
        _put(ws, r, 10, note, size=8)
        ws.row_dimensions[r].height = 24
        r += 1
    # the 各 targets of rows 2 and 3 stand in one cell merged down over both rows
    _merge(ws, h + 3, 8, h + 4, 8)
    _merge(ws, h + 3, 9, h + 4, 9)
    r += 1
    for note in (
        "※実績値は各年度の値です。「―」は市民意識調査を実施していない年度です。",
        "※がん検診受診率は、国の算定方法（40～69歳、大腸がんは40歳以上）によります。",
    ):
        _text(ws, r, 1, note, size=8)
        r += 1
    _page(ws, "landscape")
    path = SOURCE / "ageo_seika_shihyo_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 勝浦市 (千葉県): 第2期勝浦市まち・ひと・しごと創生総合戦略 KPIの実績（令和6年度）
# --------------------------------------------------------------------------------------------

# Real (furu-con.jp/projects/1296, ja.wikipedia 勝浦市, city.katsuura.lg.jp/site/mayor, /info/523):
# the four 基本目標, 31,400人 (昭和33年), 15,468人 (令和6年4月1日), 93.96km², 勝浦朝市 (400年以上),
# カツオ, かつうら海中公園再生計画. Assumed: 第2期. Made up: 課, every KPI and figure, the closure.
KA_HEAD = """<thead>
<tr><th rowspan="2">KPI</th><th rowspan="2">単位</th><th rowspan="2">基準値<br>（R元）</th><th colspan="3">実績値</th><th rowspan="2">目標値<br>（R6）</th></tr>
<tr><th>R4</th><th>R5</th><th>R6</th></tr>
</thead>"""
KA_TABLES = [
    (
        "基本目標１　安定して働くことができる場の確保",
        [
            ("①新規漁業就業者数", "人", "2", "3", "1", "4", "3"),
            ("②勝浦漁港のカツオ水揚量", "t", "3,820", "2,905", "3,410", "2,760", "4,000"),
            ("③海中展望塔の入館者数", "人", "72,013", ("改修のため休館",), "58,400", "80,000"),
        ],
    ),
    (
        "基本目標２　新しい人の流れや関係づくりの構築",
        [
            ("④ふるさと納税寄附額", "万円", "4,860", "12,530", "15,210", "18,940", "15,000"),
            ("⑤空き家バンクを通じた移住世帯数", "世帯", "5", "8", "11", "9", "10"),
        ],
    ),
]


def katsuura_html() -> str:
    parts = []
    for heading, rows in KA_TABLES:
        body = []
        for name, unit, *vals in rows:
            cells = []
            for v in vals:
                if isinstance(v, tuple):
                    cells.append(f'<td colspan="2" class="c">{v[0]}</td>')
                else:
                    cells.append(f'<td class="num">{v}</td>')
            body.append(
                f'<tr><th scope="row">{name}</th><td class="c">{unit}</td>'
                + "".join(cells)
                + "</tr>"
            )
        parts.append(
            f"<h2>{heading}</h2>\n<table>\n{KA_HEAD}\n<tbody>\n"
            + "\n".join(body)
            + "\n</tbody>\n</table>"
        )
    tables = "\n".join(parts)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>第2期勝浦市まち・ひと・しごと創生総合戦略 KPIの実績（令和6年度） - 勝浦市</title>
<style>
body {{ font-family: "IPAexGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
thead th {{ background: #d9d9d9; }}
tbody th {{ text-align: left; font-weight: normal; }}
td.num {{ text-align: right; }}
td.c {{ text-align: center; }}
</style>
</head>
<body>
<nav><ol class="breadcrumb"><li><a href="/">トップ</a></li><li><a href="/gyosei/">行政情報</a></li><li><a href="/gyosei/keikaku/">計画・施策</a></li><li>第2期勝浦市まち・ひと・しごと創生総合戦略 KPIの実績（令和6年度）</li></ol></nav>
<h1>第２期勝浦市まち・ひと・しごと創生総合戦略　ＫＰＩの実績（令和６年度）</h1>
<p class="date">2025年9月30日更新　担当：企画課</p>
<p>本市の人口は昭和33年の31,400人をピークに減少を続け、令和6年4月1日現在で15,468人となっています。面積93.96km²の市域に、400年以上の歴史をもつ勝浦朝市やカツオの水揚げを誇る勝浦漁港があります。</p>
<p>総合戦略では4つの基本目標を掲げています。このうち基本目標1・2の重要業績評価指標（KPI）について、令和6年度までの実績をお知らせします。</p>
{tables}
<p>※③は、かつうら海中公園の再整備に伴い、令和4年4月から令和6年3月まで休館しました。</p>
<p>お問い合わせ：企画課 企画係</p>
</body>
</html>
"""


def katsuura() -> Path:
    path = HERE / "katsuura_kpi_jisseki_r6.html"
    path.write_bytes(katsuura_html().encode("utf-8"))
    return path


# --------------------------------------------------------------------------------------------
# 岡谷市 (長野県): 第2期 人結び 夢と希望を紡ぐ たくましいまち岡谷推進計画 効果検証シート（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (localgovs.net/nagano/okaya, furusato-funding.jp/projects/1896, city.okaya.lg.jp 総合戦略 page,
# jamp.jiji.com interview): the plan's name, 62,210人 (1980年), 33,973人 (2045年), the 2022 social
# increase of 41人 (転入1,518人, 転出1,477人), 岡谷蚕糸博物館, ワーケーション. Made up: the rest.
OK_GOALS = [
    # name, 単位, 2019年, 2021年, 2022年, 2023年, target 2024年
    ("人口の社会増減", "人", "▲312", "▲198", 41, "▲56", "±0"),
    ("合計特殊出生率", "―", 1.45, 1.38, 1.35, 1.31, 1.50),
]
OK_KPIS = [
    # label, name, 単位, base R元, R3, R4, R5, target R5
    ("KPI①", "岡谷蚕糸博物館の入館者数", "人", 28650, 14230, 21870, 26940, 30000),
    ("KPI②", "ワーケーション等で本市に滞在した人数", "人", 0, 46, 132, "210（見込）", 200),
    ("KPI③", "市の支援による創業件数", "件", 6, 8, 7, 9, 10),
]


def okaya() -> Path:
    wb, ws = _sheet("効果検証", [7, 30, 7, 12, 11, 11, 11, 12])
    last = 8
    _text(ws, 1, 1, "地域再生計画　効果検証シート（令和５年度）", bold=True, size=13)
    _text(ws, 2, 8, "令和6年8月", align="right")
    r = _fields(
        ws,
        3,
        last,
        [
            ("計画の名称", "第2期 人結び 夢と希望を紡ぐ たくましいまち岡谷推進計画", 18),
            ("計画期間", "令和2年4月1日～令和7年3月31日", 18),
            ("担当課", "企画課　地域創生推進室", 18),
            (
                "市の現状",
                "本市の人口は1980年の62,210人をピークに減少し、2045年には33,973人になると見込まれる。"
                "2022年には転入1,518人、転出1,477人で52年ぶりの社会増となった。",
                36,
            ),
        ],
    )
    r += 1
    _text(ws, r, 1, "１　数値目標", bold=True, size=11)
    _text(ws, r, 8, "（各年1月～12月）", size=8, align="right")
    h = r + 1
    for c, w in enumerate(
        [
            "区分",
            "数値目標",
            "単位",
            "基準値（2019年）",
            "2021年",
            "2022年",
            "2023年",
            "目標値（2024年）",
        ],
        start=1,
    ):
        _put(ws, h, c, w, header=True)
    ws.row_dimensions[h].height = 28
    r = h + 1
    for name, unit, *vals in OK_GOALS:
        _put(ws, r, 1, "数値目標", align="center", size=8)
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for c, v in zip(range(4, 9), vals):
            _put(ws, r, c, v, align="right", fmt="#,##0.00" if isinstance(v, float) else None)
        ws.row_dimensions[r].height = 20
        r += 1
    r += 1
    _text(ws, r, 1, "２　重要業績評価指標（KPI）", bold=True, size=11)
    h = r + 1
    for c, w in enumerate(
        [
            "区分",
            "KPI",
            "単位",
            "事業開始前\n（R元年度）",
            "R3年度\n実績",
            "R4年度\n実績",
            "R5年度\n実績",
            "目標値\n（R5年度）",
        ],
        start=1,
    ):
        _put(ws, h, c, w, header=True)
    ws.row_dimensions[h].height = 30
    r = h + 1
    for label, name, unit, *vals in OK_KPIS:
        _put(ws, r, 1, label, align="center", size=8)
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for c, v in zip(range(4, 9), vals):
            _put(ws, r, c, v, align="right")
        ws.row_dimensions[r].height = 20
        r += 1
    r += 1
    for note in (
        "※数値目標は暦年（各年1月1日～12月31日）、KPIは年度（4月～翌年3月）の値です。▲は減少を表します。",
        "※KPI②のR5年度実績は、令和6年2月末までの実績をもとにした見込値です。",
        "※本計画の交付対象事業費は総額48,600千円（令和2年度～令和6年度）です。",
    ):
        _text(ws, r, 1, note, size=8)
        r += 1
    _page(ws, "portrait")
    path = SOURCE / "okaya_kpi_kensho_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 中之条町 (群馬県吾妻郡): 令和６年度 事務事業評価シート「空き家バンク活用移住促進事業」
# --------------------------------------------------------------------------------------------

# Real (ja.wikipedia 中之条町): 439.28km², 14,268人 (2024年11月1日推計), 四万温泉, 吾妻川.
# Made up: the 事業, its 課 and period, every indicator, figure and grade.
NA_ROWS = [
    # 区分, label, name, 単位, targets R3..R7 (a str = one cell across all five), actuals R3..R5
    ("活動指標", "ア", "空き家バンク新規登録件数", "件", "毎年度　20", (14, 22, 18)),
    ("活動指標", "イ", "移住相談件数", "件", (60, 70, 80, 90, 100), (58, 81, 96)),
    ("成果指標", "ウ", "空き家バンク成約件数", "件", (8, 10, 12, 14, 15), (6, 11, 9)),
    ("成果指標", "エ", "本事業を利用した移住者数", "人", (15, 20, 25, 30, 35), (12, 24, 19)),
]


def nakanojo() -> Path:
    wb, ws = _sheet("事務事業評価", [9, 5, 28, 6, 8, 9, 9, 9, 9, 9])
    last = 10
    _text(ws, 1, 1, "令和６年度　事務事業評価シート（令和５年度実施事業）", bold=True, size=13)
    _text(ws, 2, 10, "令和6年12月作成", align="right")
    _text(ws, 3, 1, "１　事業の概要", bold=True, size=11)
    r = _fields(
        ws,
        4,
        last,
        [
            ("事務事業名", "空き家バンク活用移住促進事業", 18),
            ("担当課", "企画政策課", 18),
            ("事業期間", "令和3年度～令和7年度", 18),
            (
                "事業の概要",
                "面積439.28km²の町内に点在する空き家を空き家バンクに登録し、町外からの移住希望者に紹介する。"
                "成約物件の改修費の2分の1（上限50万円）を補助し、四万温泉や吾妻川沿いの暮らしを体験する「お試し住宅」を年2回募集する。"
                "町の人口は14,268人（令和6年11月1日推計）。",
                48,
            ),
        ],
    )
    r += 1
    _text(ws, r, 1, "２　指標の状況", bold=True, size=11)
    h = r + 1
    for c, w in enumerate(
        [
            "区分",
            "指標名",
            "",
            "単位",
            "目標/実績",
            "R3年度",
            "R4年度",
            "R5年度",
            "R6年度",
            "R7年度",
        ],
        start=1,
    ):
        _put(ws, h, c, w, header=True)
    _merge(ws, h, 2, h, 3)
    ws.row_dimensions[h].height = 20
    r = h + 1
    for i, (kubun, label, name, unit, targets, actuals) in enumerate(NA_ROWS):
        _put(ws, r, 1, kubun if i % 2 == 0 else None, align="center")
        _put(ws, r + 1, 1, None)
        _put(ws, r, 2, label, align="center")
        _put(ws, r + 1, 2, None)
        _merge(ws, r, 2, r + 1, 2)
        _put(ws, r, 3, name)
        _put(ws, r + 1, 3, None)
        _merge(ws, r, 3, r + 1, 3)
        _put(ws, r, 4, unit, align="center")
        _put(ws, r + 1, 4, None)
        _merge(ws, r, 4, r + 1, 4)
        _put(ws, r, 5, "目標", align="center")
        _put(ws, r + 1, 5, "実績", align="center")
        if isinstance(targets, str):
            _span(ws, r, 6, 10, targets, align="center")
        else:
            for c, v in zip(range(6, 11), targets):
                _put(ws, r, c, v)
        for c in range(6, 11):
            v = actuals[c - 6] if c - 6 < len(actuals) else None
            _put(ws, r + 1, c, v)
        ws.row_dimensions[r].height = 18
        ws.row_dimensions[r + 1].height = 18
        r += 2
    _merge(ws, h + 1, 1, h + 4, 1)
    _merge(ws, h + 5, 1, h + 8, 1)
    r += 1
    _text(ws, r, 1, "３　事業費の推移（単位：千円）", bold=True, size=11)
    r += 1
    money = [
        ("区分", "R3決算", "R4決算", "R5決算", "R6予算"),
        ("事業費", 3120, 4385, 4960, 5200),
        ("うち一般財源", 1560, 2190, 2480, 2600),
    ]
    for i, row in enumerate(money):
        _span(ws, r, 1, 4, row[0], header=(i == 0))
        for c, v in zip(range(5, 9), row[1:]):
            _put(ws, r, c, v, header=(i == 0))
        r += 1
    r += 1
    _text(ws, r, 1, "４　評価", bold=True, size=11)
    r += 1
    _span(ws, r, 1, 2, "評価", header=True)
    _span(
        ws,
        r,
        3,
        last,
        "B　概ね順調（成約件数はR4に11件と目標を上回ったが、R5は物件不足で9件にとどまった。お試し住宅は2回で延べ7世帯が利用。）",
        size=8,
    )
    ws.row_dimensions[r].height = 30
    _page(ws, "portrait")
    path = SOURCE / "nakanojo_jimujigyo_hyoka_r5.xlsx"
    _save(wb, path)
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (ageo, okaya, nakanojo):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {katsuura().name}")


if __name__ == "__main__":
    main()
