"""Build the built documents of forms103/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/fujieda_chukatsu_followup_h24.xlsx``, a 中心市街地活性化基本計画 最終フォローアップ in
  the manner of 藤枝市 (静岡県): the plan's 目標 merged down beside its 目標指標, values carrying
  their unit through the number format, a ``最新値（H24年度末）`` column, a signed
  ``基準値からの増減`` column, a printed 達成状況, a 【補完指標】 row spanning the grid; and the PDF;
* ``omihachiman_shisaku_hyoka_r5.html``, a 施策評価結果 in the manner of 近江八幡市 (滋賀県): an
  indicator table under ``<h2>``/``<h3>`` with ``実績値`` over Western years ending in a
  ``2023年度（見込）`` column, a ``万人`` 単位, a 達成度 percentage column, and a 貢献度 table of
  取組方針 and 主要事業 (◎/○/△) with no indicator;
* ``source/nose_shisaku_hyoka_h26.xlsx``, a 施策評価シート in the manner of 能勢町 (大阪府豊能郡):
  form fields with money, ``H25`` spanning 目標|実績, ``百万円`` and ``延べ`` values, a ``…の削減``
  name, a 関連する主な事業 column, 進行状況 / 今後の施策の展開 grades; and the PDF;
* ``source/ikoma_shinko_kanri_h26.xlsx``, a 総合計画 進行管理検証シート in the manner of 生駒市
  (奈良県): 大分野/小分野/担当課 fields, ``■指標の状況`` with H24–H26 actuals and an H30 target, a
  numeric 進捗度（5段階） column, ``万冊`` in 単位, a ``―`` in a biennial survey row, and the
  審議会's comment; and the PDF.

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
    wb.properties.creator = "forms103/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms103/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms103_soffice_") as tmp:
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


def _num(ws, r, c, v) -> None:
    if isinstance(v, str):
        _put(ws, r, c, v, align="center" if v in ("―", "集計中") else "right")
    else:
        _put(ws, r, c, v, fmt="#,##0.0" if isinstance(v, float) else None)


# --------------------------------------------------------------------------------------------
# 藤枝市 (静岡県): 第1期藤枝市中心市街地活性化基本計画 最終フォローアップ報告（平成24年度）
# --------------------------------------------------------------------------------------------

# Real (藤枝市's page and rapa.biz): the 第1期 plan's three 目標指標 歩行者通行量, 宿泊客数 and
# 公共施設利用者数 with their 基準値 (2008), 目標値 and 2012年度末 figures and increases, all three
# achieved. Made up: the sheet, its date and 課, the 目標 wording, the 補完指標 rows, the notes.
PEOPLE = '#,##0"人"'
SHOPS = '#,##0"店"'
FUJIEDA = [
    (
        "歩いて楽しい\nにぎわいのあるまち",
        [
            ("歩行者通行量（休日）", PEOPLE, 6755, 8400, 8544, "+1,789人", "達成"),
            ("公共施設利用者数", PEOPLE, 661955, 947000, 952149, "+290,194人", "達成"),
        ],
    ),
    (
        "訪れたくなる\n魅力あるまち",
        [("宿泊客数", PEOPLE, 41488, 61500, 127252, "+85,764人", "達成")],
    ),
]
FUJIEDA_SUB = [
    ("空き店舗数の減少", SHOPS, 38, 30, 33, "▲5店", "未達成"),
    ("中心市街地の居住人口", PEOPLE, 8920, "―", 9104, "+184人", "―"),
]


def _fujieda_row(ws, r, name, fmt, base, target, latest, change, status) -> None:
    _put(ws, r, 2, name)
    for j, v in enumerate((base, target, latest)):
        if isinstance(v, str):
            _put(ws, r, 3 + j, v, align="center")
        else:
            _put(ws, r, 3 + j, v, fmt=fmt)
    _put(ws, r, 6, change, align="right")
    _put(ws, r, 7, status, align="center")
    ws.row_dimensions[r].height = 24


def fujieda() -> Path:
    widths = [20, 26, 13, 13, 15, 14, 10]
    wb, ws = _sheet("最終フォローアップ", widths)
    _text(
        ws,
        1,
        1,
        "第1期藤枝市中心市街地活性化基本計画　最終フォローアップ報告（平成24年度）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 7, "平成25年5月　藤枝市中心市街地活性化推進課", align="right", size=9)
    _text(ws, 3, 1, "計画期間：平成20年7月～平成25年3月（4年9月）", size=9)
    _text(ws, 5, 1, "１．目標達成の状況", bold=True, size=11)
    h = 6
    for c, word in enumerate(
        [
            "目標",
            "目標指標",
            "基準値\n（H20）",
            "目標値\n（H24）",
            "最新値\n（H24年度末）",
            "基準値からの\n増減",
            "達成状況",
        ],
        start=1,
    ):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 30
    r = h + 1
    for goal, rows in FUJIEDA:
        _put(ws, r, 1, goal, align="center")
        for k in range(1, len(rows)):
            _put(ws, r + k, 1, None)
        if len(rows) > 1:
            _merge(ws, r, 1, r + len(rows) - 1, 1)
        for row in rows:
            _fujieda_row(ws, r, *row)
            r += 1
    _span(ws, r, 1, 7, "【補完指標】（目標値を設定していない指標を含む）", fill=LIGHT, bold=True)
    ws.row_dimensions[r].height = 20
    r += 1
    first = r
    for row in FUJIEDA_SUB:
        _put(ws, r, 1, None)
        _fujieda_row(ws, r, *row)
        r += 1
    _merge(ws, first, 1, r - 1, 1)
    _notes(
        ws,
        r + 1,
        [
            "※基準値は平成20年の数値（歩行者通行量は平成20年11月の休日調査）。",
            "※宿泊客数の大幅な増加は、駅前地区へのホテル立地によるものです。",
            "※計画期間中に実施した中心市街地活性化事業の総事業費は約118億円です。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "fujieda_chukatsu_followup_h24.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 近江八幡市 (滋賀県): 令和5年度進捗状況（施策評価結果）
# --------------------------------------------------------------------------------------------

# Real (近江八幡市's page): the 第1次総合計画 (2019–2028), its 前期基本計画 (2019–2023, 6 基本目標,
# 28 施策, 76 取組方針), the 施策評価 tried from 令和5年度 that judges each 施策 from the 指標の達成度
# and each 取組方針's 主要事業's 貢献度 to the めざす姿（施策目標）. Made up: the 基本目標 and 施策
# wording and numbers, the 課, every indicator, figure, mark and grade.
OMI_ROWS = [
    ("観光入込客数", "万人", "612.4", "352.8", "398.1", "501.6", "560.0", "650.0", "86.2%"),
    ("外国人観光客数", "人", "18,420", "1,250", "2,310", "9,870", "16,500", "25,000", "66.0%"),
    (
        "観光ボランティアガイドの案内件数",
        "件",
        "1,140",
        "402",
        "655",
        "980",
        "1,210",
        "1,200",
        "100.8%",
    ),
    ("観光客の満足度", "％", "78.5", "―", "81.0", "82.4", "84.0", "85.0", "98.8%"),
]
OMI_WAYS = [
    ("（1）観光資源の磨き上げ", "八幡堀周辺修景整備事業", "◎"),
    ("（2）受入環境の整備", "観光案内所運営事業", "○"),
    ("（3）誘客・情報発信の強化", "インバウンド誘客促進事業", "△"),
]


def omihachiman_html() -> str:
    rows = "\n".join(
        "<tr>"
        + f"<td>{name}</td><td>{unit}</td>"
        + "".join(f'<td class="n">{v}</td>' for v in values)
        + "</tr>"
        for name, unit, *values in OMI_ROWS
    )
    ways = "\n".join(
        f"<tr><td>{way}</td><td>{work}</td><td>{mark}</td></tr>" for way, work, mark in OMI_WAYS
    )
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>令和5年度進捗状況（施策評価結果）｜近江八幡市</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 1em; }}
th, td {{ border: 1px solid #333; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
td.n {{ text-align: right; }}
</style>
</head>
<body>
<h1>令和5年度進捗状況（施策評価結果）</h1>
<p>第1次近江八幡市総合計画 前期基本計画（2019（平成31）年度～2023（令和5）年度）　令和6年8月　近江八幡市企画課</p>
<p>前期基本計画に掲げる施策を単位として、指標の達成度と、取組方針ごとの主要事業の「めざす姿（施策目標）」への貢献度から、施策目標の実現に向けた取組状況を内部評価にて評価しました。</p>
<h2>基本目標3　地域の魅力を活かし、にぎわいと活力を生むまち</h2>
<h3>施策14　観光の振興</h3>
<p>主担当課：観光政策課</p>
<table border="1">
<tr><th rowspan="2">指標名</th><th rowspan="2">単位</th><th rowspan="2">策定時<br>（2017年度）</th><th colspan="4">実績値</th><th rowspan="2">目標値<br>（2023年度）</th><th rowspan="2">達成度</th></tr>
<tr><th>2020年度</th><th>2021年度</th><th>2022年度</th><th>2023年度<br>（見込）</th></tr>
{rows}
</table>
<p>※達成度＝2023年度見込÷目標値。観光客の満足度は観光客アンケートによる（2020年度は調査を中止）。</p>
<table border="1">
<tr><th>取組方針</th><th>主要事業</th><th>めざす姿への貢献度</th></tr>
{ways}
</table>
<p>【貢献度】◎：大きく貢献した　○：貢献した　△：貢献が不十分</p>
<p>施策の評価：B（概ね順調に進んでいる）</p>
</body>
</html>
"""


def omihachiman() -> Path:
    path = HERE / "omihachiman_shisaku_hyoka_r5.html"
    path.write_bytes(omihachiman_html().encode("utf-8"))
    return path


# --------------------------------------------------------------------------------------------
# 能勢町 (大阪府豊能郡): 平成26年度 施策評価シート（平成25年度実績）
# --------------------------------------------------------------------------------------------

# Real (能勢町's page on 平成26年度施策評価): the 施策評価 of the 第5次総合計画 by 施策大綱, 94
# 施策, the 目標値の達成状況 and 関連事業との連携性, the [進行状況] and [今後の施策の展開] judged
# A–C, the 重点施策 (都市近郊農村資源を活かした賑わい). Made up: the sheet, 施策 number, 課,
# money, every indicator, figure and grade.
NOSE_FIELDS = [
    ("施策大綱", "３　都市近郊農村資源を活かした賑わい"),
    ("施策", "3-2　農業の振興"),
    ("担当課", "地域振興課"),
    ("関連事業費（千円）", "平成25年度決算　48,620"),
]
NOSE = [
    ("認定農業者数", "人", 22, 26, 24, 30, "担い手育成支援事業"),
    ("農産物直売所の販売額", "百万円", 182, 200, 214, 220, "直売所運営支援事業"),
    ("遊休農地面積の削減", "ha", 48.5, 42.0, 43.8, 38.0, "遊休農地解消対策事業"),
    ("能勢栗の出荷量", "t", 12.4, 14.0, 14.0, 15.0, "特産品振興事業"),
    ("農業体験イベント参加者数", "人", "延べ320", 400, "延べ452", 450, "都市農村交流事業"),
]


def nose() -> Path:
    widths = [26, 8, 11, 9, 9, 11, 20]
    wb, ws = _sheet("施策評価シート", widths)
    _text(ws, 1, 1, "平成26年度　施策評価シート（平成25年度実績）", bold=True, size=12)
    _text(ws, 2, 7, "能勢町", align="right", size=9)
    r = 4
    for key, value in NOSE_FIELDS:
        _put(ws, r, 1, key, header=True)
        _span(ws, r, 2, 7, value)
        ws.row_dimensions[r].height = 20
        r += 1
    r += 1
    _text(ws, r, 1, "２　目標値の達成状況", bold=True, size=10)
    h = r + 1
    _head2(
        ws,
        h,
        [
            (1, "指標名"),
            (2, "単位"),
            (3, "計画策定時\n（H22）"),
            (6, "目標値\n（H27）"),
            (7, "関連する主な事業"),
        ],
        [(4, 5, "H25", ["目標", "実績"])],
    )
    r = h + 2
    for name, unit, *cells, work in NOSE:
        _put(ws, r, 1, name)
        _put(ws, r, 2, unit, align="center")
        for j, v in enumerate(cells):
            _num(ws, r, 3 + j, v)
        _put(ws, r, 7, work)
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r,
        ["※農業体験イベント参加者数は、年度内の各イベント参加者の延べ人数です。"],
    )
    r += 2
    _text(ws, r, 1, "３　評価", bold=True, size=10)
    r += 1
    for key, value in (
        ("進行状況", "B"),
        ("今後の施策の展開", "A"),
    ):
        _put(ws, r, 1, key, header=True)
        _span(ws, r, 2, 7, value, align="center")
        ws.row_dimensions[r].height = 20
        r += 1
    _notes(ws, r, ["【判定】A：順調に進んでいる　B：概ね順調に進んでいる　C：遅れている"])
    _page(ws, "portrait")
    path = SOURCE / "nose_shisaku_hyoka_h26.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 生駒市 (奈良県): 平成26年度 生駒市総合計画 進行管理検証シート
# --------------------------------------------------------------------------------------------

# Real (平成26年度生駒市総合計画進行管理検証報告書, 平成27年11月, 生駒市総合計画審議会): the
# 進行管理検証シート per 小分野, 市民の役割分担（市民1人でできること）, 指標, 進捗状況の評価 and
# 審議会 verification. Made up: the 分野 numbers and wording, the 課, every indicator, figure,
# 進捗度 and comment.
IKOMA_FIELDS = [
    ("大分野", "４　教育・文化"),
    ("小分野", "4-3-1　生涯学習の推進"),
    ("担当課", "生涯学習課"),
    (
        "市民の役割分担\n（市民1人でできること）",
        "地域の講座やサークル活動に参加し、学んだことを地域に生かす。",
    ),
]
IKOMA = [
    ("生涯学習活動に取り組んでいる市民の割合", "％", 38.6, 40.2, "―", 43.5, 50.0, 3),
    ("図書館の貸出冊数", "万冊", 142.8, 150.3, 148.9, 151.2, 160.0, 3),
    ("公民館等の講座参加者数", "人", 21350, 23104, 24880, 25316, 25000, 5),
    ("市民自主企画講座の開催数", "講座", 12, 18, 21, 26, 30, 4),
]


def ikoma() -> Path:
    widths = [34, 7, 11, 10, 10, 10, 11, 11]
    wb, ws = _sheet("進行管理検証シート", widths)
    _text(ws, 1, 1, "平成26年度　生駒市総合計画　進行管理検証シート", bold=True, size=12)
    _text(ws, 2, 8, "生駒市総合計画審議会", align="right", size=9)
    r = 4
    for key, value in IKOMA_FIELDS:
        _put(ws, r, 1, key, header=True)
        _span(ws, r, 2, 8, value)
        ws.row_dimensions[r].height = 30 if "\n" in key else 20
        r += 1
    r += 1
    _text(ws, r, 1, "■指標の状況", bold=True, size=10)
    h = r + 1
    for c, word in enumerate(
        [
            "指標名",
            "単位",
            "基準値\n（H21）",
            "H24実績",
            "H25実績",
            "H26実績",
            "目標値\n（H30）",
            "進捗度\n（5段階）",
        ],
        start=1,
    ):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 30
    r = h + 1
    for name, unit, *cells, grade in IKOMA:
        _put(ws, r, 1, name)
        _put(ws, r, 2, unit, align="center")
        for j, v in enumerate(cells):
            _num(ws, r, 3 + j, v)
        _put(ws, r, 8, grade, align="center", fmt="0")
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r,
        [
            "【進捗度】5：大いに進んでいる　4：進んでいる　3：どちらともいえない　2：あまり進んでいない　1：進んでいない",
            "※生涯学習活動に取り組んでいる市民の割合は市民意識調査（隔年実施）によるため、平成25年度は「―」。",
        ],
    )
    r += 3
    _text(ws, r, 1, "■審議会の検証", bold=True, size=10)
    _para(
        ws,
        r + 1,
        1,
        8,
        "講座参加者数は目標値を上回る水準にあり、市民の自主的な学習活動も広がりつつある。"
        "一方、市民の割合は目標との差が大きく、若い世代が参加しやすい講座の企画が求められる。",
        44,
        border=True,
    )
    _page(ws, "portrait")
    path = SOURCE / "ikoma_shinko_kanri_h26.xlsx"
    _save(wb, path)
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (fujieda, nose, ikoma):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {omihachiman().name}")


if __name__ == "__main__":
    main()
