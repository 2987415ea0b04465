# ruff: noqa: E501
"""Build the built documents of forms234/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/kaminoyama_shisaku_hyoka_r4.xlsx``, a 振興計画 基本施策評価シート in the manner of 上山市 (山形県):
  form fields (章, 基本施策, 主管課, 関係課, money, population), then, under the bold ``１　成果指標の達成状況``,
  **a bordered 2×2 legend grid ``評価の区分``** whose rows are ``R4目標値を達成`` / ``R4目標値に未達成`` and
  whose columns are ``前年度（R3）より改善`` / ``前年度（R3）より横ばい・悪化``, the cells ``A`` ``B`` / ``C`` ``D``
  (so ``B`` is a met target with a falling figure), over the KPI grid with its ``評価`` column;
  **R4 actuals led by a full-width ``＊``** (``＊3,960``) that a note calls 見込値; ``集計中``, a ``―``
  baseline; and the PDF;
* ``source/kunneppu_seika_shihyo_r2.xlsx``, a 総合計画 成果指標 sheet in the manner of 訓子府町 (北海道):
  form fields, bold ``基本目標２　…``, a legend line, a grid ``No. | 成果指標 | 単位 | 基準値（H27） |
  実績値 (H30 | R元 | R2) | 前期目標値（R3） | 評価`` whose **評価 marks are ``◎ ○ △ ▲``, the ``▲`` being
  the lowest grade** (達成率50％未満), not a minus sign; **event counts written with ``余``**
  (``1万2千余``: "a little over 12,000"), a ``中止`` actual, ``百万円`` and ``千人`` in 単位; and the PDF;
* ``source/owani_kpi_kensho_r1.xlsx``, a 総合戦略 KPI 検証シート in the manner of 大鰐町 (青森県): a bordered
  町の概況, bold ``基本目標１　…``, a grid whose years ``H27`` … ``R元`` sit under ``年度別推移（上段：目標値／
  下段：実績値）``: **every year cell holds two unlabelled lines, the year's target over its actual**,
  and **every actual line carries the signed change from the year before in per cent in brackets**
  (``240.2（＋3.8%）``, ``236.8（△1.4%）``), a note saying so; a 判定 column, ``千人``, ``人泊``; and the PDF;
* ``yugawa_seika_shihyo_r5.html``, a 振興計画 成果指標 page in the manner of 湯川村 (福島県): breadcrumb,
  ``<h1>``, date and 担当 line, lead with real figures, two ``<h2>`` 基本方針 each over a ``<table>`` whose
  **A/B/C legend stands in a ``<tfoot>`` row under the body**, ``R5`` spanning ``目標 | 実績``; **value
  cells carrying footnote keys ``（注1）`` / ``（注2）`` / ``（注3）`` after the number**, resolved by the
  ``（注N）`` lines under the tables (速報値, 見込値, 法定報告値); ``集計中``.

The PDF steps are skipped, with a message, when ``soffice`` is not installed.
These are re-typed forms of other municipalities, not their own files (README.md, SOURCES.tsv).

The XLSX and HTML files are byte-stable: fixed document dates, and the zip members are
rewritten with a fixed timestamp. The PDFs carry LibreOffice's creation date, so they differ
by that only.
"""

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
    wb.properties.creator = "forms234/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms234/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms234_soffice_") as tmp:
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


def _notes(ws, row: int, lines: list[str], col: int = 1) -> None:
    for i, line in enumerate(lines):
        _text(ws, row + i, col, line, size=8)


def _head2(ws, h: int, singles, groups, height: float = 22) -> None:
    """A two-row header: ``singles`` (col, word) merged down, ``groups`` (c1, c2, word, lower words)."""
    for c, word in singles:
        _put(ws, h, c, word, header=True)
        _put(ws, h + 1, c, None, header=True)
        _merge(ws, h, c, h + 1, c)
    for c1, c2, word, lower in groups:
        _span(ws, h, c1, c2, word, header=True)
        for j, w in enumerate(lower):
            _put(ws, h + 1, c1 + j, w, header=True)
    ws.row_dimensions[h].height = height
    ws.row_dimensions[h + 1].height = height


def _vals(ws, r, c0, vals) -> None:
    """Value cells: numbers right-aligned with a format; words and dashes centred."""
    for j, v in enumerate(vals):
        if isinstance(v, (int, float)):
            _put(ws, r, c0 + j, v, fmt="#,##0.0" if isinstance(v, float) else "#,##0")
        else:
            plain = v in ("―", "中止", "集計中")
            _put(ws, r, c0 + j, v, align="center" if plain else "right")


# --------------------------------------------------------------------------------------------
# 上山市 (山形県): 第7次上山市振興計画 後期基本計画 基本施策評価シート（令和4年度実績）
# --------------------------------------------------------------------------------------------

# Real: the plan (第7次上山市振興計画・後期基本計画, from 令和2年度), 第5章 つながる『みんなで創る住みよい
# まち』 and 基本施策 5-5 ふるさと回帰・移住交流を進めます, 市政戦略課 (its クアオルト推進係), the 上山型温泉
# クアオルト事業 (2008年度から, 9 courses, 毎日ウォーキング 年間360日), 27,989人 (推計, 2023-02-01).
# Made up: the sheet, 関係課, money, every 成果指標, figure, grade and note.
KM_ROWS = [
    ("1", "移住相談件数", "件", 62, 88, 104, 90, 110, "A"),
    ("2", "移住支援制度を利用した転入者数", "人", 21, 35, 33, 32, 40, "B"),
    ("3", "空き家バンク成約件数", "件", 8, 9, 12, 14, 16, "C"),
    (
        "4",
        "クアオルト健康ウオーキング市外参加者数（延べ）",
        "人",
        3120,
        3480,
        "＊3,960",
        4000,
        4500,
        "C",
    ),
    ("5", "移住体験住宅の利用者数", "人", 46, 52, "＊38", 55, 60, "D"),
    ("6", "ふるさと応援団（関係人口）登録者数", "人", "―", 188, "集計中", 220, 300, "－"),
]


def kaminoyama() -> Path:
    wb, ws = _sheet("基本施策評価", [6, 40, 7, 11, 10, 10, 11, 11, 8])
    _text(
        ws,
        1,
        1,
        "第7次上山市振興計画　後期基本計画　基本施策評価シート（令和4年度実績）",
        bold=True,
        size=14,
    )
    _text(ws, 2, 9, "令和5年8月　上山市", align="right")
    fields = [
        (
            "章",
            "第5章　つながる『みんなで創る住みよいまち』",
            "基本施策",
            "5-5　ふるさと回帰・移住交流を進めます",
        ),
        ("主管課", "市政戦略課", "関係課", "商工課、建設課"),
        (
            "基本施策に係る事業費\n（R4決算・千円）",
            38420,
            "市の人口",
            "27,989人\n（令和5年2月1日推計）",
        ),
    ]
    r = 4
    for l1, v1, l2, v2 in fields:
        _span(ws, r, 1, 2, l1, header=True)
        _span(ws, r, 3, 5, v1, align="left")
        _span(ws, r, 6, 7, l2, header=True)
        _span(ws, r, 8, 9, v2, align="left")
        ws.row_dimensions[r].height = 28 if "\n" in str(l1) + str(v2) else 20
        r += 1
    _text(ws, 8, 1, "１　成果指標の達成状況", bold=True, size=11)
    # the 2×2 legend grid: target met or not × trend against the year before
    _text(ws, 9, 2, "【評価の区分】")
    _put(ws, 10, 2, "評価の区分", header=True)
    _span(ws, 10, 3, 5, "前年度（R3）より改善", header=True)
    _span(ws, 10, 6, 8, "前年度（R3）より横ばい・悪化", header=True)
    for rr, label, a, b in ((11, "R4目標値を達成", "A", "B"), (12, "R4目標値に未達成", "C", "D")):
        _put(ws, rr, 2, label, header=True)
        _span(ws, rr, 3, 5, a, align="center", bold=True, size=10)
        _span(ws, rr, 6, 8, b, align="center", bold=True, size=10)
    for rr in (10, 11, 12):
        ws.row_dimensions[rr].height = 18
    _text(ws, 13, 2, "－：R4実績値が確定していないため評価しない", size=8)
    _head2(
        ws,
        15,
        [
            (1, "No."),
            (2, "成果指標"),
            (3, "単位"),
            (4, "基準値\n（R元）"),
            (7, "R4目標値"),
            (8, "目標値\n（R6）"),
            (9, "評価"),
        ],
        [(5, 6, "実績値", ["R3", "R4"])],
    )
    r = 17
    for no, name, unit, *vals, grade in KM_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, vals)
        _put(ws, r, 9, grade, align="center", bold=True, size=10)
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※＊印の数値は見込値（令和5年6月末時点）です。確定値は令和5年10月に公表します。",
            "※評価は、R4目標値の達成の有無と、前年度（R3）実績からの増減を組み合わせて判定しています（上の「評価の区分」）。Bは、R4目標値は達成したものの前年度から減少した指標です。",
            "※No.6は令和3年度の計画見直しで追加した指標のため、基準値はありません（「―」）。",
            "※評価の内訳　A：1指標　B：1指標　C：2指標　D：1指標　－：1指標（計6指標）",
            "※上山型温泉クアオルト事業は平成20年度から実施しており、市内9コースで年間360日の「毎日ウォーキング」を行っています。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "kaminoyama_shisaku_hyoka_r4.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 訓子府町 (北海道常呂郡): 第6次訓子府町総合計画 前期基本計画 成果指標の進捗状況（令和2年度）
# --------------------------------------------------------------------------------------------

# Real: the plan (第6次訓子府町総合計画), its 将来像 and 基本目標2 (強い「産業」で活力を生み出すまちづくり),
# 4,831人 (2020-07-31), the town's crops (たまねぎ, 約7万t; メロン), くんねっぷふるさとまつり, the
# レクリエーション公園. Made up: the sheet, its date, the 前期 period, every figure, grade and note.
KN_ROWS = [
    ("1", "たまねぎの作付面積", "ha", 1021, 1046, 1058, 1072, 1050, "◎"),
    ("2", "メロンの販売額", "百万円", 412, 388, 401, 436, 450, "○"),
    ("3", "新規就農者数（累計）", "人", "―", 6, 8, 11, 15, "△"),
    (
        "4",
        "くんねっぷふるさとまつりの来場者数",
        "人",
        "1万2千余",
        "1万3千余",
        "1万2千余",
        "中止",
        15000,
        "－",
    ),
    (
        "5",
        "レクリエーション公園ほか町内観光施設の入込客数",
        "千人",
        48.2,
        51.6,
        49.8,
        22.4,
        55.0,
        "▲",
    ),
]


def kunneppu() -> Path:
    wb, ws = _sheet("成果指標", [6, 42, 8, 12, 10, 10, 10, 13, 8])
    _text(
        ws,
        1,
        1,
        "第6次訓子府町総合計画　前期基本計画　成果指標の進捗状況（令和2年度）",
        bold=True,
        size=14,
    )
    _text(ws, 2, 9, "令和3年9月　訓子府町", align="right")
    fields = [
        ("まちの将来像", "「ちょっといいね!」がたくさんあるまち くんねっぷ"),
        ("計画期間", "前期基本計画　平成29年度～令和3年度（5年間）"),
        ("町の人口", "4,831人（令和2年7月31日現在）"),
        ("主な事業費（R2決算）", "186,540千円（基本目標2に係るもの）"),
    ]
    r = 4
    for label, value in fields:
        _span(ws, r, 1, 2, label, header=True)
        _span(ws, r, 3, 9, value, align="left")
        ws.row_dimensions[r].height = 18
        r += 1
    _text(ws, 9, 1, "基本目標２　強い「産業」で活力を生み出すまちづくり", bold=True, size=11)
    _text(
        ws,
        10,
        1,
        "評価（R2実績の前期目標値（R3）に対する達成率）　◎：目標値を達成　○：80％以上100％未満　△：50％以上80％未満　▲：50％未満　－：実績がなく評価できない",
        size=8,
    )
    _head2(
        ws,
        11,
        [
            (1, "No."),
            (2, "成果指標"),
            (3, "単位"),
            (4, "基準値\n（H27）"),
            (8, "前期目標値\n（R3）"),
            (9, "評価"),
        ],
        [(5, 7, "実績値", ["H30", "R元", "R2"])],
    )
    r = 13
    for no, name, unit, *vals, grade in KN_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, vals)
        _put(ws, r, 9, grade, align="center", bold=True, size=11)
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※No.3は第6次計画で新たに設定した指標（平成29年度からの累計）のため、基準値は「―」としています。",
            "※No.4の来場者数は主催者発表の概数です。令和2年度は新型コロナウイルス感染症の影響により中止となりました。",
            "※No.5の令和2年度は、新型コロナウイルス感染症の影響による施設の臨時休館（4月～5月）を含みます。",
            "※本町のたまねぎの生産量は年間約7万トンで、道内有数の産地です。",
            "※評価の内訳　◎：1　○：1　△：1　▲：1　－：1（5指標）",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "kunneppu_seika_shihyo_r2.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 大鰐町 (青森県南津軽郡): まち・ひと・しごと創生総合戦略 KPI検証シート（令和元年度）
# --------------------------------------------------------------------------------------------

# Real: 大鰐温泉 (開湯800年, 9つの共同浴場), 鰐come (大鰐町地域交流センター), 大鰐温泉もやし, 大鰐温泉スキー場,
# the census population 18,777人 (昭和35年) and 10,978人 (平成22年). Made up: the sheet, the 推進会議 and its
# 資料 number, the 基本目標's wording, the money, every KPI, figure, change and 判定.
OW_YEARS = ["H27", "H28", "H29", "H30", "R元"]
OW_ROWS = [
    (
        "1",
        "鰐come（大鰐町地域交流センター）の入館者数",
        "千人",
        "231.4",
        [
            ("235.0", "240.2（＋3.8%）"),
            ("240.0", "236.8（△1.4%）"),
            ("245.0", "244.1（＋3.1%）"),
            ("250.0", "251.3（＋2.9%）"),
            ("255.0", "248.6（△1.1%）"),
        ],
        "未達成",
    ),
    (
        "2",
        "大鰐温泉もやしの出荷量",
        "kg",
        "5,800",
        [
            ("6,000", "5,950（＋2.6%）"),
            ("6,500", "6,420（＋7.9%）"),
            ("7,000", "7,180（＋11.8%）"),
            ("7,500", "7,460（＋3.9%）"),
            ("8,000", "8,120（＋8.8%）"),
        ],
        "達成",
    ),
    (
        "3",
        "大鰐温泉スキー場のリフト利用者数",
        "千人",
        "182.6",
        [
            ("185.0", "176.3（△3.5%）"),
            ("188.0", "169.8（△3.7%）"),
            ("191.0", "181.2（＋6.7%）"),
            ("194.0", "174.5（△3.7%）"),
            ("197.0", "121.7（△30.3%）"),
        ],
        "未達成",
    ),
    (
        "4",
        "町内宿泊施設の延べ宿泊者数",
        "人泊",
        "61,240",
        [
            ("62,000", "63,105（＋3.0%）"),
            ("63,000", "60,877（△3.5%）"),
            ("64,000", "62,310（＋2.4%）"),
            ("65,000", "―"),
            ("66,000", "64,820（―）"),
        ],
        "未達成",
    ),
]


def owani() -> Path:
    wb, ws = _sheet("KPI検証", [6, 36, 7, 11, 15, 15, 15, 15, 15, 9])
    _text(
        ws,
        1,
        1,
        "大鰐町まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）検証シート（令和元年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 10, "令和2年9月　大鰐町まち・ひと・しごと創生推進会議　資料3", align="right")
    _put(ws, 4, 1, "町の概況", header=True)
    _put(ws, 4, 2, None, header=True)
    _merge(ws, 4, 1, 4, 2)
    _span(
        ws,
        4,
        3,
        10,
        "町の人口は昭和35年の18,777人から平成22年には10,978人に減少しました（国勢調査）。開湯800年の大鰐温泉には9つの共同浴場があります。",
        align="left",
    )
    _put(ws, 5, 1, "交付金事業費（R元・千円）", header=True)
    _put(ws, 5, 2, None, header=True)
    _merge(ws, 5, 1, 5, 2)
    _span(ws, 5, 3, 10, 24860, align="left")
    ws.row_dimensions[4].height = 20
    ws.row_dimensions[5].height = 18
    _text(ws, 7, 1, "基本目標１　温泉と雪を活かしたしごとをつくる", bold=True, size=11)
    _head2(
        ws,
        8,
        [(1, "No."), (2, "KPI"), (3, "単位"), (4, "基準値\n（H26）"), (10, "判定\n（R元）")],
        [(5, 9, "年度別推移（上段：目標値／下段：実績値）", OW_YEARS)],
    )
    r = 10
    for no, name, unit, base, pairs, verdict in OW_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _put(ws, r, 4, base, align="right")
        for j, (target, actual) in enumerate(pairs):
            _put(ws, r, 5 + j, f"{target}\n{actual}", align="right")
        _put(ws, r, 10, verdict, align="center")
        ws.row_dimensions[r].height = 30
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※年度別推移の各欄は、上段が当該年度の目標値、下段が実績値です。R元の目標値は総合戦略の最終目標値です。",
            "※実績値の（　）内は、前年度実績値に対する増減率です（H27は基準値（H26）に対する増減率。△は減少）。",
            "※No.4のH30は宿泊統計の調査方法の変更により数値がないため「―」とし、R元の増減率も算出していません。",
            "※判定は、R元実績値が最終目標値以上のものを「達成」、それ以外を「未達成」としています。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "owani_kpi_kensho_r1.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 湯川村 (福島県河沼郡): 第五次湯川村振興計画 成果指標の達成状況（令和5年度）
# --------------------------------------------------------------------------------------------

# Real: 第五次湯川村振興計画 (平成28年3月策定), 16.37km² (福島県で最も狭い), 3,031人 (2021-03-01), 会津湯川米,
# アスパラガス, 道の駅あいづ 湯川・会津坂下 (2014年10月開業, 会津坂下町と共同), the 保育料・幼稚園・学校給食費の
# 無償化. Made up: the page, its date and 担当, the 基本方針 wording, every indicator, figure, grade and note.
YG_TABLES = [
    (
        "基本方針1　米と文化の里の産業を育てる",
        [
            (
                "道の駅あいづ 湯川・会津坂下の売上額",
                "百万円",
                "512",
                "548",
                "560",
                "571（注2）",
                "600",
                "A",
            ),
            (
                "特別栽培米（会津湯川米）の作付面積",
                "ha",
                "148",
                "156",
                "165",
                "158（注1）",
                "180",
                "B",
            ),
        ],
    ),
    (
        "基本方針2　安心して子どもを産み育て、健やかに暮らせる村をつくる",
        [
            ("子育て世帯の転入世帯数", "世帯", "6", "9", "8", "11", "10", "A"),
            ("特定健康診査受診率", "％", "52.4", "55.1（注3）", "60.0", "集計中", "60.0", "－"),
        ],
    ),
]

YG_HEAD = """<thead>
<tr><th scope="col" rowspan="2">成果指標</th><th scope="col" rowspan="2">単位</th><th scope="col" rowspan="2">基準値<br>（R元）</th><th scope="col" rowspan="2">R4<br>実績</th><th scope="colgroup" colspan="2">R5</th><th scope="col" rowspan="2">目標値<br>（R7）</th><th scope="col" rowspan="2">評価</th></tr>
<tr><th scope="col">目標</th><th scope="col">実績</th></tr>
</thead>"""

YG_FOOT = """<tfoot>
<tr><td colspan="8" class="legend">評価　A：R5目標値を達成　B：R5目標値は未達成だが基準値より改善　C：基準値から横ばい又は悪化　－：実績値が確定していないため評価しない</td></tr>
</tfoot>"""


def yugawa_html() -> str:
    parts = []
    for heading, rows in YG_TABLES:
        body = []
        for name, unit, *vals, grade in rows:
            cells = "".join(
                f'<td class="{"c" if v in ("集計中",) else "num"}">{v}</td>' for v in vals
            )
            body.append(
                f'<tr><th scope="row">{name}</th><td class="c">{unit}</td>{cells}<td class="c grade">{grade}</td></tr>'
            )
        rows_html = "\n".join(body)
        parts.append(
            f"<h2>{heading}</h2>\n<table>\n{YG_HEAD}\n<tbody>\n{rows_html}\n</tbody>\n{YG_FOOT}\n</table>"
        )
    tables = "\n".join(parts)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>第五次湯川村振興計画 成果指標の達成状況（令和5年度） - 湯川村</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
thead th {{ background: #d9d9d9; }}
tbody th {{ text-align: left; font-weight: normal; }}
td.num {{ text-align: right; }}
td.c {{ text-align: center; }}
td.grade {{ font-weight: bold; }}
tfoot td.legend {{ font-size: 9pt; border-top: 2px solid #000; }}
p.note {{ font-size: 9pt; margin: 0.2em 0; }}
</style>
</head>
<body>
<p class="breadcrumb">トップページ &gt; 村政情報 &gt; 計画・施策 &gt; 第五次湯川村振興計画</p>
<h1>第五次湯川村振興計画 成果指標の達成状況（令和5年度）</h1>
<p>更新日：2024年9月20日　担当：総務課 企画係</p>
<p>湯川村は会津盆地のほぼ中央に位置する面積16.37km²の村で、福島県で最も面積の小さい市町村です。人口は3,031人（令和3年3月1日現在）です。平成28年3月に策定した第五次湯川村振興計画の成果指標について、令和5年度の実績を取りまとめました。</p>
<p>平成26年10月に会津坂下町と共同で開設した道の駅あいづ 湯川・会津坂下は、会津湯川米やアスパラガスなど村の農産物の販売拠点となっています。また、村では保育料・幼稚園・学校給食費の無償化に取り組んでいます。</p>
{tables}
<p class="note">（注1）速報値です（令和6年8月末時点）。</p>
<p class="note">（注2）見込値です（令和6年8月末時点）。確定値は令和6年12月に公表します。</p>
<p class="note">（注3）国への法定報告値です。</p>
<p class="note">※評価は、各表の下欄の区分によります。</p>
</body>
</html>
"""


def yugawa() -> Path:
    path = HERE / "yugawa_seika_shihyo_r5.html"
    path.write_bytes(yugawa_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (kaminoyama, kunneppu, owani):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {yugawa().name}")


if __name__ == "__main__":
    main()
