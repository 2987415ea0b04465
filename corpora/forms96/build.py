"""Build the built documents of forms96/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/asahikawa_suishin_mokuhyo_r5.xlsx``, a 総合計画 推進計画 目標の進捗 in the manner of
  旭川市 (北海道): 基本政策 cells merged down, ``実績値`` spanning ``第1期末（R元） | R2 | R3 | R4 | R5``,
  ``千人``/``億円`` and ``―`` in the 単位 column, ``集計中``, a ``…の抑制`` name, money in a note;
  and the PDF;
* ``source/tsuruga_shinchoku_hyoka_r3.xlsx``, a 総合計画 進捗状況評価結果 in the manner of 敦賀市
  (福井県): a count lead, ``No.`` labels, ``万t``/``千人`` units, ``未確定`` and a ``350以下`` target,
  A–D grades and 評価対象外 remarks; and the PDF;
* ``source/yamagatamura_kpi_kensho_h30.xlsx``, a 総合戦略 KPI 検証シート in the manner of 山形村
  (長野県): form fields with 事業費 above, a 区分 column of 数値目標/KPI, an H30 目標|実績 pair with a
  達成率 column, ``万円`` in 単位; and the PDF;
* ``kounosu_machizukuri_hokoku_r5.html``, a 施策・基本事業評価（まちづくり報告書） in the manner of
  鴻巣市 (埼玉県): ``<h2>``/``<h3>``/``<h4>`` headings, a 施策 grid and a 基本事業 grid with years
  spanning 目標|実績 and a printed 達成状況, and a 決算額 table under them.

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
    wb.properties.creator = "forms96/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms96/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms96_soffice_") as tmp:
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


def _head2(
    ws, h: int, singles: list[tuple[int, str]], spans: list[tuple[int, int, str, list[str]]]
):
    """A two-row header: single cells merged over both rows, spans with lower cells."""
    for c, word in singles:
        _put(ws, h, c, word, header=True)
        _put(ws, h + 1, c, None, header=True)
        _merge(ws, h, c, h + 1, c)
    for c1, c2, word, lower in spans:
        _span(ws, h, c1, c2, word, header=True)
        for j, w in enumerate(lower):
            _put(ws, h + 1, c1 + j, w, header=True)
    ws.row_dimensions[h].height = 18
    ws.row_dimensions[h + 1].height = 30


def _val(ws, r, c, v):
    fmt = None
    if isinstance(v, float):
        fmt = "0.00" if abs(v) < 10 else "0.0"
    return _put(ws, r, c, v, align="center" if isinstance(v, str) else "right", fmt=fmt)


# --------------------------------------------------------------------------------------------
# 旭川市 (北海道): 第8次旭川市総合計画 推進計画 目標の進捗状況（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (旭川市's pages on the 総合計画 and the 推進計画): the plan's name and period (H28～H39), the
# 都市像 「世界にきらめく いきいき旭川 ～笑顔と自然あふれる 北の拠点～」, the 推進計画's 第1期
# (H28～R元) and 第2期 (R2～R5), 政策調整課. Made up: the sheet, 基本目標 and 基本政策 wordings,
# every indicator, figure and the note.
ASAHIKAWA = [
    (
        "子育て",
        [
            ("合計特殊出生率", "―", 1.28, [1.26, 1.22, 1.20, 1.15, 1.13], 1.40),
            ("待機児童数", "人", 118, [0, 12, 5, 0, 0], 0),
        ],
    ),
    (
        "産業・観光",
        [
            ("観光入込客数", "千人", 5239, [5302, 2870, 3016, 4412, 5120], 5500),
            ("市内製造品出荷額等", "億円", 2130, [2206, 2089, 2264, 2398, "集計中"], 2300),
        ],
    ),
    (
        "移住・定住",
        [
            ("転出超過数の抑制", "人", 1162, [1035, 826, 907, 1214, 1380], 1000),
        ],
    ),
]


def asahikawa() -> Path:
    widths = [13, 26, 7, 11, 10, 9, 9, 9, 9, 11]
    wb, ws = _sheet("目標の進捗", widths)
    _text(
        ws, 1, 1, "第8次旭川市総合計画　推進計画　目標の進捗状況（令和5年度）", bold=True, size=12
    )
    _text(ws, 2, 10, "令和6年8月　旭川市総合政策部政策調整課", align="right")
    _text(ws, 3, 1, "目指す都市像　世界にきらめく いきいき旭川 ～笑顔と自然あふれる 北の拠点～")
    _text(ws, 4, 1, "推進計画の期間　第1期：平成28年度～令和元年度　第2期：令和2年度～令和5年度")
    _text(ws, 6, 1, "基本目標１　子どもが健やかに育ち、まちに活力があふれる", bold=True, size=11)
    h = 7
    _head2(
        ws,
        h,
        [
            (1, "基本政策"),
            (2, "目標指標"),
            (3, "単位"),
            (4, "計画策定時\n（H26）"),
            (10, "第2期目標\n（R5）"),
        ],
        [(5, 9, "実績値", ["第1期末\n（R元）", "R2", "R3", "R4", "R5"])],
    )
    r = h + 2
    for policy, rows in ASAHIKAWA:
        first = r
        for name, unit, base, actuals, target in rows:
            _put(ws, r, 1, policy if r == first else None, align="center")
            _put(ws, r, 2, name)
            _put(ws, r, 3, unit, align="center")
            _val(ws, r, 4, base)
            for j, v in enumerate(actuals):
                _val(ws, r, 5 + j, v)
            _val(ws, r, 10, target)
            ws.row_dimensions[r].height = 22
            r += 1
        _merge(ws, first, 1, r - 1, 1)
    _notes(
        ws,
        r + 1,
        [
            "※計画策定時の値は平成26年度の実績です。第1期末は第1期推進計画の最終年度（令和元年度）の実績です。",
            "※市内製造品出荷額等の令和5年度実績は、経済構造実態調査の公表後に掲載します。",
            "※基本目標１に係る推進計画事業の令和5年度決算額は1,842,560千円です。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "asahikawa_suishin_mokuhyo_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 敦賀市 (福井県): 令和3年度 第7次敦賀市総合計画 進捗状況評価結果（とりまとめ）
# --------------------------------------------------------------------------------------------

# Real (敦賀市's page on the 外部評価): the plan's name, the 令和3年度 進捗状況評価, 全31項目の成果
# 指標, 22項目中17項目がA又はB, the exclusion of indicators hit by 新型コロナ and of those with
# 実績未確定, the topics 観光 and 看護大学学生の定着. Made up: the 柱 wordings, every indicator,
# figure, grade and remark.
TSURUGA = [
    ("1", "港と産業が元気なまち", "敦賀港の取扱貨物量", "万t", 1913, 1862, 1905, 2000, "B", ""),
    (
        "2",
        "港と産業が元気なまち",
        "観光入込客数",
        "千人",
        3086,
        1612,
        1890,
        3500,
        "―",
        "新型コロナの影響により評価対象外",
    ),
    (
        "3",
        "子育てと学びのまち",
        "合計特殊出生率",
        "―",
        1.62,
        1.58,
        "未確定",
        1.80,
        "―",
        "実績未確定",
    ),
    (
        "4",
        "子育てと学びのまち",
        "看護大学卒業生の市内就職率",
        "％",
        28.6,
        34.1,
        36.8,
        40.0,
        "B",
        "",
    ),
    ("5", "安全・安心なまち", "刑法犯認知件数", "件", 412, 305, 288, "350以下", "A", ""),
]


def tsuruga() -> Path:
    widths = [5, 18, 28, 6, 11, 10, 10, 11, 6, 24]
    wb, ws = _sheet("進捗状況評価", widths)
    _text(
        ws,
        1,
        1,
        "令和3年度　第7次敦賀市総合計画　進捗状況評価結果（とりまとめ）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 10, "令和4年8月　敦賀市企画政策部", align="right")
    _text(
        ws,
        3,
        1,
        "全31項目の成果指標のうち、新型コロナウイルス感染症の影響を受けた指標及び実績未確定のものを除く22項目を評価し、17項目がA又はB評価となりました（抜粋）。",
    )
    _text(
        ws,
        4,
        1,
        "評価　A：目標値を達成　B：策定時より改善　C：横ばい　D：策定時を下回る　―：評価対象外",
    )
    h = 6
    for c, word in enumerate(
        (
            "No.",
            "施策の柱",
            "成果指標",
            "単位",
            "策定時\n（H29）",
            "R2実績",
            "R3実績",
            "目標値\n（R7）",
            "評価",
            "備考",
        ),
        start=1,
    ):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 30
    r = h + 1
    for no, pillar, name, unit, base, a2, a3, target, grade, note in TSURUGA:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, pillar)
        _put(ws, r, 3, name)
        _put(ws, r, 4, unit, align="center")
        for j, v in enumerate((base, a2, a3, target)):
            _val(ws, r, 5 + j, v)
        _put(ws, r, 9, grade, align="center")
        _put(ws, r, 10, note or None, size=8)
        ws.row_dimensions[r].height = 24
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※評価は、令和3年度実績を策定時の値及び目標値と比べたものです。",
            "※ふるさと納税寄附金 令和3年度受入額 1,215,300千円（次年度に重視すべき施策の柱に活用）。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "tsuruga_shinchoku_hyoka_r3.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 山形村 (長野県東筑摩郡): 山形村まち・ひと・しごと創生総合戦略 KPI検証シート（平成30年度）
# --------------------------------------------------------------------------------------------

# Real (山形村's 総合戦略 案, 平成28年2月): the strategy's name, 基本目標1 農業をはじめとする地域産業の
# 振興と安定した雇用の創出. Made up: the sheet, its fields, every indicator, figure and money.
YAMAGATA = [
    ("数値目標", "新規就農者数（5年間累計）", "人", 2, 3, 5, 8, 8, "100.0%", 10),
    ("KPI", "農産物直売所の販売額", "万円", 18200, 19050, 19840, 20500, 20310, "99.1%", 21000),
    ("KPI", "企業誘致件数", "件", 0, 0, 1, 1, 1, "100.0%", 2),
    ("KPI", "村内事業所の従業者数", "人", 1284, 1301, "―", 1340, 1322, "98.7%", 1350),
]


def yamagata() -> Path:
    widths = [10, 28, 7, 11, 9, 9, 9, 9, 9, 11]
    wb, ws = _sheet("KPI検証", widths)
    _text(
        ws,
        1,
        1,
        "山形村まち・ひと・しごと創生総合戦略　KPI検証シート（平成30年度）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 10, "令和元年7月　山形村", align="right")
    fields = [
        ("基本目標", "基本目標1　農業をはじめとする地域産業の振興と安定した雇用の創出"),
        ("担当課", "産業振興課"),
        ("関連事業費（H30決算）", "8,460千円"),
    ]
    r = 4
    for key, value in fields:
        _span(ws, r, 1, 2, key, header=True)
        _span(ws, r, 3, 10, value)
        ws.row_dimensions[r].height = 20
        r += 1
    _text(ws, r + 1, 1, "1　数値目標及び重要業績評価指標（KPI）の状況", bold=True, size=11)
    h = r + 2
    _head2(
        ws,
        h,
        [
            (1, "区分"),
            (2, "指標"),
            (3, "単位"),
            (4, "基準値\n（H26）"),
            (5, "H28実績"),
            (6, "H29実績"),
            (10, "目標値\n（H31）"),
        ],
        [(7, 9, "平成30年度", ["目標", "実績", "達成率"])],
    )
    r = h + 2
    for row in YAMAGATA:
        kind, name, unit, base, a28, a29, t30, a30, rate, target = row
        _put(ws, r, 1, kind, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate((base, a28, a29, t30, a30)):
            _val(ws, r, 4 + j, v)
        _put(ws, r, 9, rate, align="right")
        _val(ws, r, 10, target)
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※達成率＝平成30年度実績÷平成30年度目標。",
            "※村内事業所の従業者数の平成29年度は調査がありません。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "yamagatamura_kpi_kensho_h30.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 鴻巣市 (埼玉県): 施策・基本事業評価（まちづくり報告書）《令和5年度版》
# --------------------------------------------------------------------------------------------

# Real (a page on 鴻巣市's まちづくり報告書): the report's name and 令和5年度版, the 第6次鴻巣市総合
# 振興計画後期基本計画, the seven 政策 fields (子育て・教育・文化 …), 施策 and 基本事業 評価. Made up:
# the 施策 and 基本事業, every indicator, figure, status and money.
KOUNOSU_HTML = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>施策・基本事業評価（まちづくり報告書）《令和5年度版》 鴻巣市</title>
<style>
table { border-collapse: collapse; margin-bottom: 1em; }
th, td { border: 1px solid #000; padding: 2px 6px; }
th { background: #d9d9d9; }
td.n { text-align: right; }
</style>
</head>
<body>
<h1>施策・基本事業評価（まちづくり報告書）《令和5年度版》</h1>
<p>第6次鴻巣市総合振興計画後期基本計画の成果を、施策・基本事業ごとに評価したものです。令和6年10月　鴻巣市企画部企画政策課</p>
<h2>政策1　子育て・教育・文化</h2>
<h3>施策1-1　子育て支援の充実</h3>
<h4>（1）施策の成果指標</h4>
<table>
<thead>
<tr><th rowspan="2">成果指標</th><th rowspan="2">単位</th><th rowspan="2">基準値<br>（R2）</th><th colspan="2">令和4年度</th><th colspan="2">令和5年度</th><th rowspan="2">目標値<br>（R8）</th><th rowspan="2">達成状況<br>（R5）</th></tr>
<tr><th>目標</th><th>実績</th><th>目標</th><th>実績</th></tr>
</thead>
<tbody>
<tr><td>子育てしやすいまちだと思う市民の割合</td><td>％</td><td class="n">48.2</td><td class="n">52.0</td><td class="n">50.6</td><td class="n">53.0</td><td class="n">54.1</td><td class="n">58.0</td><td>達成</td></tr>
<tr><td>年少人口（0～14歳）</td><td>人</td><td class="n">13,412</td><td class="n">13,100</td><td class="n">12,986</td><td class="n">12,900</td><td class="n">12,655</td><td class="n">12,500</td><td>未達成</td></tr>
</tbody>
</table>
<h4>（2）基本事業の成果指標</h4>
<table>
<thead>
<tr><th rowspan="2">基本事業</th><th rowspan="2">成果指標</th><th rowspan="2">単位</th><th rowspan="2">基準値<br>（R2）</th><th colspan="2">令和4年度</th><th colspan="2">令和5年度</th><th rowspan="2">目標値<br>（R8）</th><th rowspan="2">達成状況<br>（R5）</th></tr>
<tr><th>目標</th><th>実績</th><th>目標</th><th>実績</th></tr>
</thead>
<tbody>
<tr><td>（1）保育サービスの充実</td><td>保育所等待機児童数</td><td>人</td><td class="n">9</td><td class="n">0</td><td class="n">3</td><td class="n">0</td><td class="n">0</td><td class="n">0</td><td>達成</td></tr>
<tr><td>（2）子育て相談体制の充実</td><td>子育て世代包括支援センターの相談件数</td><td>件</td><td class="n">1,520</td><td class="n">1,600</td><td class="n">1,748</td><td class="n">1,650</td><td class="n">1,702</td><td class="n">1,800</td><td>達成</td></tr>
</tbody>
</table>
<h4>（3）施策を構成する事務事業の決算額</h4>
<table>
<thead>
<tr><th>区分</th><th>令和4年度</th><th>令和5年度</th></tr>
</thead>
<tbody>
<tr><td>決算額（千円）</td><td class="n">1,284,530</td><td class="n">1,312,875</td></tr>
<tr><td>事務事業数（事業）</td><td class="n">24</td><td class="n">25</td></tr>
</tbody>
</table>
<p>※達成状況は、令和5年度の目標と実績を比べたものです。</p>
</body>
</html>
"""


def kounosu() -> Path:
    path = HERE / "kounosu_machizukuri_hokoku_r5.html"
    path.write_bytes(KOUNOSU_HTML.encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (asahikawa, tsuruga, yamagata):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {kounosu().name}")


if __name__ == "__main__":
    main()
