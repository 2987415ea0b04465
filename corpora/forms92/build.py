"""Build the built documents of forms92/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/shimokawa_chiikisaisei_h28.xlsx``, a 地域再生計画 KPI table in the manner of 下川町 (北海道):
  a baseline 事業開始前（現時点） followed by yearly 増加分 targets (1年目–3年目), a △ increment,
  ``万円`` in 単位, a KPI増加分の累計 column, a 事業費 line; and the PDF;
* ``source/higashine_shisaku_hyoka_h29.xlsx``, a 総合計画 施策評価シート in the manner of 東根市 (山形県):
  a field block (政策, 施策, 主管課, 事業費 in 千円, 施策の評価), a grid with a 算出方法 column holding
  formulas with numbers, ``千人`` and ``億円`` in 単位, a ``―`` actual; and the PDF;
* ``source/kashiwazaki_jimujigyo_hyoka_h28.xlsx``, a 行政評価（事務事業評価）評価結果一覧表 in the
  manner of 柏崎市 (新潟県): a count line and an A–D legend above, 所管課 cells with a 部 prefix
  (``（総）企画政策課``), a 事業 merged over two indicators, a 事業費 column, an 評価 column; and the PDF;
* ``ono_sogosenryaku_torikumi_r2.html``, a 第1期総合戦略 取組報告 in the manner of 大野市 (福井県): six
  yearly actuals with an ``H31（R元）`` header, ``万人`` in 単位, a ``―`` actual, notes with money.

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
FIXED = dt.datetime(2026, 12, 4, 0, 0, 0)


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms92/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms92/build.py"
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


def _para(ws, row, c1, c2, value, height, size=9, border=False):
    """A wrapped paragraph merged over c1..c2 (no border unless asked)."""
    cell = ws.cell(row=row, column=c1, value=value)
    cell.font = Font(name=FONT, size=size)
    cell.alignment = Alignment(horizontal="left", vertical="top", wrap_text=True)
    if border:
        for c in range(c1, c2 + 1):
            ws.cell(row=row, column=c).border = BORDER
    ws.merge_cells(start_row=row, start_column=c1, end_row=row, end_column=c2)
    ws.row_dimensions[row].height = height
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
                    rb"\g<1>2026-12-04T00:00:00Z\g<2>",
                    data,
                )
            info = zipfile.ZipInfo(name, date_time=(2026, 12, 4, 0, 0, 0))
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
    with tempfile.TemporaryDirectory(prefix="forms92_soffice_") as tmp:
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


# --------------------------------------------------------------------------------------------
# 下川町 (北海道上川郡): 地域再生計画（自治体広域連携による「ローカルベンチャー」推進事業）
# --------------------------------------------------------------------------------------------

# Real (the 地域再生計画 of 平成28年6月 that 下川町 made with seven other municipalities): the plan's
# name, its month, 下川町 among its makers, the section 4 地域再生計画の目標. Real shape (other
# 地域再生計画 of the same years): 事業開始前（現時点） | 平成28年度（1年目） | 平成29年度（2年目） |
# 平成30年度（3年目） with yearly increases, one of them negative. Made up: every KPI and figure.
SHIMOKAWA = [
    ("起業・新規事業の創出数", "件", 0, 2, 3, 3, 8),
    ("ローカルベンチャーによる売上高", "万円", 1500, 500, 1000, 1500, 3000),
    ("森林総合産業への新規就業者数", "人", 12, 4, 4, 5, 13),
    ("町外からの移住者数", "人", 46, "△3", 5, 8, 10),
]


def shimokawa() -> Path:
    widths = [34, 8, 14, 14, 14, 14, 12]
    wb, ws = _sheet("地域再生計画", widths)
    _text(
        ws,
        1,
        1,
        "地域再生計画（自治体広域連携による「ローカルベンチャー」推進事業）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 7, "平成28年6月　北海道上川郡下川町", align="right", size=9)
    _text(
        ws,
        4,
        1,
        "1　地域再生計画の名称　　自治体広域連携による「ローカルベンチャー」推進事業",
        size=10,
    )
    _text(ws, 5, 1, "2　地域再生計画の作成主体の名称　　北海道上川郡下川町", size=10)
    _text(ws, 7, 1, "4　地域再生計画の目標", bold=True, size=11)
    h = 8
    heads = [
        "重要業績評価指標（KPI）",
        "単位",
        "事業開始前\n（現時点）",
        "平成28年度増加分\n（1年目）",
        "平成29年度増加分\n（2年目）",
        "平成30年度増加分\n（3年目）",
        "KPI増加分\nの累計",
    ]
    for c, word in enumerate(heads, start=1):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 30
    r = h + 1
    for name, unit, *cells in SHIMOKAWA:
        _put(ws, r, 1, name)
        _put(ws, r, 2, unit, align="center")
        for j, v in enumerate(cells):
            _put(ws, r, 3 + j, v, align="right")
        ws.row_dimensions[r].height = 24
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※各年度の欄は、前年度からの増加分を記載している（△は減少）。",
            "5-2　事業費　平成28年度　24,600千円（うち地方創生推進交付金12,300千円）",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "shimokawa_chiikisaisei_h28.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 東根市 (山形県): 第4次東根市総合計画 施策評価シート（平成29年度実績）
# --------------------------------------------------------------------------------------------

# Real (the city's 第4次東根市総合計画): the plan's name and motto (しあわせつくる 学びと交流のまち
# ひがしね), 果樹王国ひがしね, さくらんぼ (佐藤錦). Made up: the sheet, 政策/施策 numbers and names,
# the 主管課, every indicator, formula, figure and note.
HIGASHINE = [
    (1, "さくらんぼの10a当たり収量", "出荷量÷結果樹面積×1,000", "kg", 412, 398, 436, 450),
    (2, "果樹の新規就農者数（5年間累計）", "認定新規就農者のうち果樹経営の者", "人", 6, 9, 13, 30),
    (3, "農地の遊休化率", "遊休農地面積÷耕地面積×100", "％", 3.8, 3.6, 3.9, 3.0),
    (4, "観光果樹園の入園者数", "市内観光果樹園の入園者数", "千人", 182, 175, "―", 200),
    (5, "農業産出額（果実）", "市町村別農業産出額（推計）", "億円", 98.6, 101.2, 104.5, 110.0),
]


def higashine() -> Path:
    widths = [5, 28, 26, 7, 11, 10, 10, 11]
    wb, ws = _sheet("施策評価", widths)
    _text(
        ws,
        1,
        1,
        "第4次東根市総合計画　施策評価シート（平成29年度実績）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 8, "平成30年8月　東根市", align="right", size=9)
    _text(ws, 3, 1, "将来都市像　しあわせつくる　学びと交流のまち　ひがしね", size=9)
    fields = [
        ("政策", "3　果樹王国ひがしねの農業振興"),
        ("施策", "3-1　さくらんぼ・果樹の生産振興"),
        ("主管課", "農林課"),
        ("施策の事業費（H29決算）", "86,420千円"),
        ("施策の評価", "B（おおむね順調）"),
    ]
    r = 5
    for key, value in fields:
        _span(ws, r, 1, 2, key, header=True)
        _span(ws, r, 3, 8, value)
        ws.row_dimensions[r].height = 18
        r += 1
    _text(ws, r + 1, 1, "■成果指標", bold=True, size=11)
    h = r + 2
    for c, word in (
        (1, "No"),
        (2, "成果指標名"),
        (3, "算出方法"),
        (4, "単位"),
        (5, "策定時\n（H27）"),
        (8, "目標値\n（R2）"),
    ):
        _put(ws, h, c, word, header=True)
        _put(ws, h + 1, c, None, header=True)
        _merge(ws, h, c, h + 1, c)
    _span(ws, h, 6, 7, "実績値", header=True)
    _put(ws, h + 1, 6, "H28", header=True)
    _put(ws, h + 1, 7, "H29", header=True)
    ws.row_dimensions[h].height = 18
    ws.row_dimensions[h + 1].height = 18
    r = h + 2
    for no, name, how, unit, *cells in HIGASHINE:
        _put(ws, r, 1, no, align="center", fmt="0")
        _put(ws, r, 2, name)
        _put(ws, r, 3, how, size=8)
        _put(ws, r, 4, unit, align="center")
        for j, v in enumerate(cells):
            fmt = "0.0" if isinstance(v, float) else None
            _put(ws, r, 5 + j, v, align="center" if isinstance(v, str) else "right", fmt=fmt)
        ws.row_dimensions[r].height = 28
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※観光果樹園の入園者数は暦年集計のため、H29の値は取りまとめ中です。",
            "※さくらんぼの出荷量はJAさくらんぼひがしね調べ（佐藤錦を含む全品種）。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "higashine_shisaku_hyoka_h29.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 柏崎市 (新潟県): 平成28年度 行政評価（事務事業評価） 評価結果一覧表
# --------------------------------------------------------------------------------------------

# Real (the city's 平成28年度 評価結果一覧表): the title, the count line 【評価結果（25事業）】 with its
# numbers, the A–D 評価基準 wording, the 事業 広報発行費 and 02 （総）企画政策課 鉄道等活性化事業, the
# 所管課 written with a 部 prefix. Made up: the other 事業 and 課, every indicator, figure and grade.
KASHIWAZAKI = [
    (
        "01",
        "（総）広報広聴課",
        "広報発行費",
        18652,
        [("広報かしわざきの発行回数", "回", 24, 24, 12)],
        "C",
    ),
    (
        "02",
        "（総）企画政策課",
        "鉄道等活性化事業",
        6340,
        [
            ("市内JR駅の1日平均乗車人員", "人", 4812, 4736, 4900),
            ("鉄道利用促進イベント参加者数", "人", 1250, 1410, 1500),
        ],
        "A",
    ),
    (
        "03",
        "（産）商業観光課",
        "空き店舗活用支援事業",
        4100,
        [("空き店舗への新規出店数", "件", 5, 7, 6)],
        "A",
    ),
    (
        "04",
        "（福）介護高齢課",
        "介護予防教室事業",
        11875,
        [("教室参加者数（延べ）", "人", 3214, 3486, 3600)],
        "B",
    ),
]


def kashiwazaki() -> Path:
    widths = [5, 16, 20, 30, 6, 15, 10, 10, 10, 7]
    wb, ws = _sheet("評価結果一覧", widths)
    _text(ws, 1, 1, "平成28年度　行政評価（事務事業評価）　評価結果一覧表", bold=True, size=12)
    _text(ws, 2, 10, "平成28年10月　柏崎市", align="right", size=9)
    _text(
        ws,
        3,
        1,
        "【評価結果（25事業）】　A:現状維持・・・17　B:拡充・・・3　C:縮小・・・5　D:廃止・・・0",
        size=9,
    )
    _text(ws, 4, 1, "A:現状維持　事業の内容に問題はなく、成果を維持していくもの", size=8)
    _text(
        ws,
        5,
        1,
        "B:拡充　事業を見直し、事業内容（事業費・対象・範囲・手段等）を拡充して、成果の向上を目指すもの",
        size=8,
    )
    _text(
        ws,
        6,
        1,
        "C:縮小　事業を見直し、事業内容（事業費・対象・範囲・手段等）を縮小していくもの",
        size=8,
    )
    _text(
        ws,
        7,
        1,
        "D:廃止　事業目的の達成、市民ニーズの減少などの理由により、事業の廃止を検討していくもの",
        size=8,
    )
    h = 9
    heads = [
        "№",
        "所管課",
        "事業名",
        "成果指標",
        "単位",
        "事業費\n（H27決算・千円）",
        "H26実績",
        "H27実績",
        "H28目標",
        "評価",
    ]
    for c, word in enumerate(heads, start=1):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 30
    r = h + 1
    for no, dept, name, cost, rows, grade in KASHIWAZAKI:
        first = r
        for ind, unit, *cells in rows:
            _put(ws, r, 1, no if r == first else None, align="center")
            _put(ws, r, 2, dept if r == first else None)
            _put(ws, r, 3, name if r == first else None)
            _put(ws, r, 4, ind)
            _put(ws, r, 5, unit, align="center")
            _put(ws, r, 6, cost if r == first else None, align="right")
            for j, v in enumerate(cells):
                _put(ws, r, 7 + j, v, align="right")
            _put(ws, r, 10, grade if r == first else None, align="center")
            ws.row_dimensions[r].height = 22
            r += 1
        if r - 1 > first:
            for c in (1, 2, 3, 6, 10):
                _merge(ws, first, c, r - 1, c)
    _notes(ws, r + 1, ["※評価は一次評価（担当課の評価）を行政評価委員会で確認したものです。"])
    _page(ws, "landscape")
    path = SOURCE / "kashiwazaki_jimujigyo_hyoka_h28.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 大野市 (福井県): 第1期大野市総合戦略の取組報告（平成27年度～令和2年度）
# --------------------------------------------------------------------------------------------

# Real (the city's page on the 第1期大野市総合戦略の取組報告): the title, the six-year period
# 平成27年度～令和2年度, the lead (第五次大野市総合計画, 四つの施策の方向性, KPI), the update month
# (2021年10月). Made up: the 施策の方向性 wording, every KPI, figure and note.
ONO_BODY = """<h2>施策の方向性1　しごとをつくり、安心して働ける大野</h2>
<table border="1">
<tr><th rowspan="2">重要業績評価指標（KPI）</th><th rowspan="2">単位</th><th rowspan="2">基準値<br>（H26）</th><th colspan="6">実績値</th><th rowspan="2">目標値<br>（R2）</th></tr>
<tr><th>H27</th><th>H28</th><th>H29</th><th>H30</th><th>H31（R元）</th><th>R2</th></tr>
<tr><td>新規創業者数</td><td>件</td><td>6</td><td>8</td><td>7</td><td>10</td><td>9</td><td>11</td><td>8</td><td>10</td></tr>
<tr><td>観光入込客数</td><td>万人</td><td>112.4</td><td>118.0</td><td>121.5</td><td>125.3</td><td>119.8</td><td>123.1</td><td>68.2</td><td>130</td></tr>
</table>
<h2>施策の方向性2　ひとが集い、若い世代の希望をかなえる大野</h2>
<table border="1">
<tr><th rowspan="2">重要業績評価指標（KPI）</th><th rowspan="2">単位</th><th rowspan="2">基準値<br>（H26）</th><th colspan="6">実績値</th><th rowspan="2">目標値<br>（R2）</th></tr>
<tr><th>H27</th><th>H28</th><th>H29</th><th>H30</th><th>H31（R元）</th><th>R2</th></tr>
<tr><td>UIターン者数</td><td>人</td><td>41</td><td>45</td><td>52</td><td>48</td><td>60</td><td>57</td><td>63</td><td>60</td></tr>
<tr><td>合計特殊出生率</td><td></td><td>1.62</td><td>1.58</td><td>1.55</td><td>1.61</td><td>1.49</td><td>1.52</td><td>―</td><td>1.80</td></tr>
</table>
<p>※令和2年度の合計特殊出生率は、公表前のため「―」としています。</p>
<p>※令和2年度の観光入込客数は、新型コロナウイルス感染症の影響により大きく減少しました。</p>
<p>※6年間の地方創生関連事業費の合計は1,842,560千円です。</p>"""


def ono_html() -> str:
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>第1期大野市総合戦略の取組報告（平成27年度～令和2年度）</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; }}
th, td {{ border: 1px solid #333; padding: 2px 6px; }}
</style>
</head>
<body>
<h1>第1期大野市総合戦略の取組報告（平成27年度～令和2年度）</h1>
<p>最終更新日：2021年10月4日　大野市</p>
<p>第1期大野市総合戦略は、第五次大野市総合計画との整合性を図りながら、人口減少対策や地方創生に的を絞り、戦略的に取り組んでいくことを目的とした計画です。対象期間は、平成27年度から令和2年度までの6年間です。四つの施策の方向性ごとに、進捗状況を把握するために定めた重要業績評価指標（KPI）について報告します。</p>
{ONO_BODY}
</body>
</html>
"""


def ono() -> Path:
    path = HERE / "ono_sogosenryaku_torikumi_r2.html"
    path.write_bytes(ono_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (shimokawa, higashine, kashiwazaki):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {ono().name}")


if __name__ == "__main__":
    main()
