"""Build the built documents of forms150/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/date_senryaku_an_nenji_keikaku.xlsx``, a 総合戦略（案） KPI page in the manner of 伊達市 (北海道):
  a two-row header ``現状値 | 年次計画 (H27 … H30) | 目標値`` over bare years, a shaded ``計`` row, ``―`` plan
  cells, ``千人`` and ``億円`` in the 単位 column; and the PDF;
* ``source/noheji_zenki_hyoka.xlsx``, a 前期基本計画評価 in the manner of 野辺地町 (青森県): a five-level
  ≪評価基準≫ legend with 進捗率 bands, 分野項目名 and a 1–5 評価 merged down beside their indicators,
  ``計画策定時（H22） | 実績（H26） | 目標（H27）``; and the PDF;
* ``source/otsuchi_kpi_shinchoku_h29.xlsx``, a KPI 進捗状況 in the manner of 大槌町 (岩手県): 目標/実績 row
  pairs under H27–H29 and a final target column, **each 実績 cell led by its own mark (``◎ 24``, ``△ 9``)**
  explained by a legend; census prose and money in notes; and the PDF;
* ``sakegawa_senryaku_shinchoku_h28.html``, a 広報 web page in the manner of 鮭川村 (山形県): per ``<h2>``
  a table ``項目 | 目標（平成31年度） | 平成28年度の実績 | 目標まで`` whose last column holds a remaining
  amount (``あと1,800人``) or ``達成！``, with scale words in the cells (``4万2千人``).

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
    wb.properties.creator = "forms150/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms150/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms150_soffice_") as tmp:
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


def _vals(ws, r, c0, vals, fmts=None) -> None:
    for j, v in enumerate(vals):
        fmt = (fmts or {}).get(j) or ("#,##0.0" if isinstance(v, float) else None)
        _put(ws, r, c0 + j, v, align="center" if v == "―" else "right", fmt=fmt)


# --------------------------------------------------------------------------------------------
# 伊達市 (北海道): 伊達市まち・ひと・しごと創生人口ビジョン・総合戦略（案）
# --------------------------------------------------------------------------------------------

# Real: the title with （案）, 平成27年9月5日, 伊達市, 西いぶり定住自立圏 (3市3町), 日本版CCRC. Made up: the
# 基本目標 wording, every KPI, unit and figure, the population note.
DATE_ROWS = [
    # No., KPI, 単位, 現状値 H26, 年次計画 H27–H30, 目標値 H31
    (1, "企業誘致件数", "件", 0, [1, 1, 2, 2], 2),
    (2, "創業支援による創業件数", "件", 3, [4, 4, 5, 5], 6),
    ("計", None, "件", 3, [5, 5, 7, 7], 8),
    (3, "観光入込客数", "千人", 1025, [1040, 1055, 1070, 1085], 1100),
    (4, "日本版CCRC構想による移住者数", "人", "―", ["―", 10, 20, 30], 40),
    (5, "農業産出額", "億円", 102.5, [103.0, 104.0, 105.0, 106.0], 107.0),
]


def date() -> Path:
    wb, ws = _sheet("総合戦略編", [6, 30, 7, 10, 10, 10, 10, 10, 10])
    _page(ws, "portrait")
    _text(ws, 1, 1, "伊達市まち・ひと・しごと創生人口ビジョン・総合戦略（案）", bold=True, size=13)
    _text(ws, 2, 9, "平成27年9月5日　伊達市", align="right")
    _text(ws, 4, 1, "基本目標1　伊達の強みを活かし、しごとをつくる", bold=True, size=11)
    _text(ws, 5, 1, "(3)重要業績評価指標（KPI）と年次計画", bold=True, size=10)
    h = 6
    _head2(
        ws,
        h,
        [(1, "No."), (2, "重要業績評価指標（KPI）"), (3, "単位")],
        [
            (4, 4, "現状値", ["H26"]),
            (5, 8, "年次計画", ["H27", "H28", "H29", "H30"]),
            (9, 9, "目標値", ["H31"]),
        ],
    )
    for i, (no, name, unit, base, plan, goal) in enumerate(DATE_ROWS):
        rr = h + 2 + i
        total = no == "計"
        fill = LIGHT if total else None
        if total:
            _span(ws, rr, 1, 2, "計", align="center", fill=fill)
            ws.cell(row=rr, column=2).fill = fill
        else:
            _put(ws, rr, 1, no, align="center")
            _put(ws, rr, 2, name)
        _put(ws, rr, 3, unit, align="center", fill=fill)
        vals = [base, *plan, goal]
        for j, v in enumerate(vals):
            fmt = "0.0" if isinstance(v, float) else None
            _put(ws, rr, 4 + j, v, align="center" if v == "―" else "right", fmt=fmt, fill=fill)
        ws.row_dimensions[rr].height = 20
    n = h + 2 + len(DATE_ROWS)
    _notes(
        ws,
        n,
        [
            "※年次計画は各年度の目標値です。現状値は平成26年度の実績です。",
            "※計は企業誘致件数と創業件数の合計です。",
            "※日本版CCRC構想は西いぶり定住自立圏（3市3町）で連携して検討するため、平成27年度の計画はありません。",
            "※本市の人口は約3万5千人（平成27年8月末住民基本台帳）です。",
        ],
    )
    path = SOURCE / "date_senryaku_an_nenji_keikaku.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 野辺地町 (青森県): 総合計画 資料編 前期基本計画評価
# --------------------------------------------------------------------------------------------

# Real: the 資料編 heading 前期基本計画評価, its lead (平成23年3月策定, 照会 平成26年4月23日, 検証 7月29日),
# the ≪評価基準≫ legend with its five 進捗率 bands, 第1節 心豊かな人づくり, 幼児教育 評価4 and 学校教育 評価5
# with their 取組 wording. Made up: every indicator and figure, 生涯学習 and its 評価.
NOHEJI = [
    # 分野項目名, 評価, [(指標, 単位, H22, H26, H27)]
    (
        "幼児教育",
        4,
        [
            ("家庭教育講座の参加者数", "人", 120, 148, 150),
            ("3歳児健診での食育指導の実施率", "%", 85.0, 97.5, 100.0),
        ],
    ),
    (
        "学校教育",
        5,
        [
            ("小中学校の耐震化率", "%", 45.5, 100.0, 100.0),
            ("全国学力・学習状況調査の平均正答率（全国比）", "ポイント", "△3.2", "△0.8", 0.0),
        ],
    ),
    ("生涯学習", 3, [("町立図書館の年間貸出冊数", "冊", 42310, 41876, 45000)]),
]


def noheji() -> Path:
    wb, ws = _sheet("前期基本計画評価", [12, 34, 9, 12, 12, 12, 7])
    _page(ws, "portrait")
    _text(ws, 1, 1, "野辺地町総合計画　資料編　前期基本計画評価", bold=True, size=13)
    _para(
        ws,
        2,
        1,
        7,
        "平成23年3月に策定した前期基本計画について、基本目標に対する分野項目ごとに次の5段階で評価を行い、"
        "どの程度進捗しているかを調査しました。調査の基礎となる進捗状況調査の照会は平成26年4月23日から、"
        "その検証作業は7月29日から実施しました。",
        44,
    )
    _text(ws, 3, 1, "≪評価基準≫", size=9)
    legend = [
        ("5", "順調に進捗している", "進捗率　80～100%"),
        ("4", "概ね順調に進捗している", "進捗率　60～79%"),
        ("3", "横ばい状態である", "進捗率　40～59%"),
        ("2", "やや進捗が遅れている", "進捗率　20～39%"),
        ("1", "進捗が遅れている", "進捗率　0～19%"),
    ]
    for i, (g, word, band) in enumerate(legend):
        _text(ws, 4 + i, 1, g, align="center")
        _text(ws, 4 + i, 2, word)
        _text(ws, 4 + i, 4, band)
    _text(ws, 10, 1, "第1節　心豊かな人づくり", bold=True, size=11)
    h = 11
    for c, word in enumerate(
        ["分野項目名", "指標", "単位", "計画策定時（H22）", "実績（H26）", "目標（H27）", "評価"],
        start=1,
    ):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 28
    r = h + 1
    for field, grade, rows in NOHEJI:
        top = r
        for name, unit, base, act, goal in rows:
            _put(ws, r, 1, field if r == top else None, align="center")
            _put(ws, r, 2, name)
            _put(ws, r, 3, unit, align="center")
            for j, v in enumerate([base, act, goal]):
                fmt = "0.0" if isinstance(v, float) else None
                _put(ws, r, 4 + j, v, align="right", fmt=fmt)
            _put(ws, r, 7, grade if r == top else None, align="center", size=11, bold=True)
            ws.row_dimensions[r].height = 22
            r += 1
        if r - 1 > top:
            _merge(ws, top, 1, r - 1, 1)
            _merge(ws, top, 7, r - 1, 7)
    _notes(
        ws,
        r,
        [
            "※評価は分野項目ごとの進捗率によります（指標ごとの評価ではありません）。",
            "※平均正答率（全国比）は全国平均との差（△は全国平均を下回る）。",
        ],
    )
    path = SOURCE / "noheji_zenki_hyoka.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 大槌町 (岩手県): まち・ひと・しごと創生総合戦略 重要業績評価指標（KPI）の進捗状況
# --------------------------------------------------------------------------------------------

# Real: the census figures of the lead (平成27年10月1日 11,759人, 平成22年 15,276人, 3,517人（23.0%）減少).
# Made up: the page, the 基本目標 wording, every KPI, mark and figure, the money note.
OTSUCHI = [
    # KPI, 単位, 目標 H27–H29, 実績 H27–H29, 最終目標 H31
    ("移住相談件数", "件", [20, 25, 30], ["◎ 24", "△ 22", "◎ 35"], 40),
    ("大槌町への移住者数", "人", [10, 12, 15], ["○ 10", "△ 9", "△ 11"], 20),
    (
        "観光入込客数",
        "人",
        [150000, 160000, 170000],
        ["△ 142,380", "◎ 165,210", "△ 168,900"],
        200000,
    ),
    ("空き家バンク登録件数", "件", [5, 8, 10], ["△ 3", "－", "○ 10"], 15),
]


def otsuchi() -> Path:
    wb, ws = _sheet("KPI進捗", [34, 8, 8, 14, 14, 14, 16])
    _page(ws, "landscape")
    _text(
        ws,
        1,
        1,
        "大槌町まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の進捗状況",
        bold=True,
        size=13,
    )
    _text(ws, 2, 7, "平成30年8月　大槌町", align="right")
    _para(
        ws,
        3,
        1,
        7,
        "平成27年10月1日時点の国勢調査による本町の総人口は11,759人で、平成22年の15,276人から3,517人（23.0%）"
        "減少しました。総合戦略では、各基本目標に重要業績評価指標（KPI）を定め、毎年度その進捗を確認しています。",
        30,
    )
    _text(
        ws,
        4,
        1,
        "【実績欄の記号】◎：目標を上回った　○：目標を達成した　△：目標に届かなかった　－：実績なし",
        size=9,
    )
    _text(ws, 6, 1, "基本目標2　大槌への新しいひとの流れをつくる", bold=True, size=11)
    h = 7
    for c, word in enumerate(
        ["KPI", "単位", "区分", "H27", "H28", "H29", "H31（最終目標）"], start=1
    ):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 22
    r = h + 1
    for name, unit, goals, acts, final in OTSUCHI:
        _put(ws, r, 1, name)
        _put(ws, r + 1, 1, None)
        _merge(ws, r, 1, r + 1, 1)
        _put(ws, r, 2, unit, align="center")
        _put(ws, r + 1, 2, None)
        _merge(ws, r, 2, r + 1, 2)
        _put(ws, r, 3, "目標", align="center")
        _put(ws, r + 1, 3, "実績", align="center")
        for j, v in enumerate(goals):
            _put(ws, r, 4 + j, v)
        for j, v in enumerate(acts):
            _put(ws, r + 1, 4 + j, v, align="center" if v == "－" else "right")
        _put(ws, r, 7, final)
        _put(ws, r + 1, 7, None, fill=LIGHT)
        ws.row_dimensions[r].height = 20
        ws.row_dimensions[r + 1].height = 20
        r += 2
    _notes(
        ws,
        r,
        [
            "※観光入込客数は暦年ではなく年度の集計です。",
            "※移住定住促進事業の事業費（平成29年度決算）は12,480千円です。",
        ],
    )
    path = SOURCE / "otsuchi_kpi_shinchoku_h29.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 鮭川村 (山形県): 広報 総合戦略の進み具合
# --------------------------------------------------------------------------------------------

# Real: 鮭川村まち・ひと・しごと創生総合戦略 (策定 2016), きのこ王国まつり, 鮭まつり, 羽根沢温泉, 定住促進住宅,
# 鮭川地域資源戦略会議. Made up: the page, the tables, every target and figure.
SAKEGAWA = [
    (
        "観光・交流",
        [
            ("きのこ王国まつりの来場者数", "15,000人", "13,200人", "あと1,800人"),
            ("羽根沢温泉の入込客数", "4万人", "4万2千人", "達成！"),
            ("鮭まつりの参加者数", "3,000人", "3,150人", "達成！"),
        ],
    ),
    (
        "移住・定住",
        [
            ("定住促進住宅の入居世帯数", "12世帯", "0世帯", "あと12世帯"),
            ("移住相談件数", "30件", "18件", "あと12件"),
        ],
    ),
]


def sakegawa_html() -> str:
    parts = []
    for head, rows in SAKEGAWA:
        body = "\n".join(
            f'<tr><td>{name}</td><td class="num">{goal}</td><td class="num">{act}</td>'
            f'<td class="num">{left}</td></tr>'
            for name, goal, act, left in rows
        )
        parts.append(
            f"""<h2>{head}</h2>
<table border="1">
<tr><th>項目</th><th>目標（平成31年度）</th><th>平成28年度の実績</th><th>目標まで</th></tr>
{body}
</table>"""
        )
    tables = "\n".join(parts)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>総合戦略の進み具合をお知らせします｜広報さけがわ｜鮭川村</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
td.num {{ text-align: right; }}
</style>
</head>
<body>
<p>トップ &gt; 広報さけがわ &gt; 平成29年6月号</p>
<h1>総合戦略の進み具合をお知らせします</h1>
<p>村では「鮭川村まち・ひと・しごと創生総合戦略」を策定し、平成31年度までの目標を定めて取り組んでいます。平成28年度の実績がまとまりましたので、主な項目をお知らせします。</p>
{tables}
<p>※定住促進住宅（2棟8戸）は平成29年度に完成する予定です。</p>
<p>※鮭川地域資源戦略会議（第3期）の意見を踏まえ、きのこ王国まつりの内容を見直します。</p>
<p>問い合わせ先：鮭川村役場 総務課 企画係</p>
</body>
</html>
"""


def sakegawa() -> Path:
    path = HERE / "sakegawa_senryaku_shinchoku_h28.html"
    path.write_bytes(sakegawa_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (date, noheji, otsuchi):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {sakegawa().name}")


if __name__ == "__main__":
    main()
