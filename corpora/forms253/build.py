"""Build the built documents of forms253/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/shoo_senryaku_kensho_r1.xlsx``, a 総合戦略 効果検証シート in the manner of 勝央町 (岡山県):
  ``様式第2号``, form fields (重点項目, 具体的な施策, 担当課, 作成者, 作成日, 関連事業費) over a KPI grid
  with **a ``区分`` column of ``主指標`` / ``補助指標``** and **a ``評価`` group of ``前回（H30）`` and
  ``今回（R元）`` grades**, a legend whose ``―`` means 集計中, a ``集計中`` actual; and the PDF;
* ``source/soeda_shisaku_hyoka_r5.xlsx``, a 総合計画 施策評価シート in the manner of 添田町 (福岡県):
  form fields (施策番号, 施策名, 施策別のありたい姿, 主担当課, 事業費) over a 成果指標 grid with **a
  ``目標達成に必要な年あたり増加数`` column** and **a ``調査方法`` column of prose with numbers**, a
  shaded ``（参考）施策の事業費`` row in the grid, ``千人`` with decimals, ``―`` survey gaps; and the PDF;
* ``source/tokunoshima_kpi_shinchoku_r6.xlsx``, a 総合戦略 KPI 進捗管理表 in the manner of 徳之島町
  (鹿児島県): budget and indicator-count fields, a ``区分`` column (``数値目標`` / ``KPI``), **an actual
  column headed only by a date, ``令和7年3月31日現在``**, **a ``関連予算（R7当初・千円）`` column**, a
  ``所管課`` column, ``百万円`` with ``約``, ``累計`` and ``/年`` in cells; and the PDF;
* ``yamae_kpi_kensho_r5.html``, a 総合戦略 KPI 検証 page in the manner of 山江村 (熊本県): prose with
  real figures, a ``<dl>``, **a ``<table summary>`` attribute of prose with numbers**, 施策 heading
  rows whose right-hand cell carries the 施策's 事業費, values with units in the cell, **the
  baseline's year given only in the ``<dl>`` (``基準値の年度``)**, a qualitative GI row, ``累計``, ``延べ``, ``以上``.

The PDF steps are skipped, with a message, when ``soffice`` is not installed.
These are re-typed forms of other municipalities, not their own files (README.md, SOURCES.tsv).

The XLSX and HTML files are byte-stable: fixed document dates, and the zip members are
rewritten with a fixed timestamp. The PDFs carry LibreOffice's creation date, so they differ
by that only.
"""
# ruff: noqa: E501

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
    wb.properties.creator = "forms253/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms253/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms253_soffice_") as tmp:
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
# 勝央町 (岡山県勝田郡): 勝央町元気なまち総合戦略 効果検証シート（令和元年度実績）
# --------------------------------------------------------------------------------------------

# Real (town.shoo.lg.jp): the strategy's name and its 重点項目 (子育て, 健康づくり, 農業等産業の振興),
# its period ending in R2, 金時健幸ポイント事業 (from H28), 高取保育園 (定員120人, 開園 R2.4.1),
# 子育て世代包括支援センター. Made up: the sheet, its 様式 number, 課, money, every figure and grade.
SH_ROWS = [
    ("1", "主指標", "年間出生数", "人", 118, 104, 99, 110, 115, "B", "B"),
    (
        "2",
        "補助指標",
        "町内保育園の入所定員（各年4月1日）",
        "人",
        560,
        590,
        590,
        590,
        710,
        "A",
        "A",
    ),
    (
        "3",
        "主指標",
        "金時健幸ポイント事業の参加者数",
        "人",
        "―（H28開始）",
        412,
        538,
        500,
        600,
        "A",
        "A",
    ),
    (
        "4",
        "補助指標",
        "子育て世代包括支援センターの相談件数",
        "件",
        "―",
        186,
        "集計中",
        220,
        250,
        "A",
        "―",
    ),
]


def shoo() -> Path:
    wb, ws = _sheet("効果検証", [5, 9, 36, 6, 12, 9, 9, 10, 10, 9, 9])
    _text(ws, 1, 1, "様式第2号")
    _text(
        ws, 2, 1, "勝央町元気なまち総合戦略　効果検証シート（令和元年度実績）", bold=True, size=14
    )
    _text(ws, 2, 11, "令和2年8月", align="right")
    fields = [
        ("重点項目", "子育て", "担当課", "企画課"),
        ("具体的な施策", "子育て・健康づくりの推進", "戦略の計画期間", "平成27年度～令和2年度"),
        ("作成者", "企画課　企画係", "作成日", "令和2年7月31日"),
        ("関連事業費（R元決算・千円）", 63915, "", ""),
    ]
    r = 4
    for l1, v1, l2, v2 in fields:
        _span(ws, r, 1, 2, l1, header=True)
        _span(ws, r, 3, 5, v1, align="left")
        if l2:
            _span(ws, r, 6, 8, l2, header=True)
            _span(ws, r, 9, 11, v2, align="left")
        ws.row_dimensions[r].height = 20
        r += 1
    _text(ws, 9, 1, "■重要業績評価指標（KPI）の達成状況", bold=True, size=11)
    _head2(
        ws,
        10,
        [
            (1, "No."),
            (2, "区分"),
            (3, "重要業績評価指標（KPI）"),
            (4, "単位"),
            (5, "基準値\n（H26）"),
            (8, "R元目標"),
            (9, "目標値\n（R2）"),
        ],
        [(6, 7, "実績値", ["H30", "R元"]), (10, 11, "評価", ["前回（H30）", "今回（R元）"])],
    )
    r = 12
    for no, kubun, name, unit, *vals, prev, cur in SH_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, kubun, align="center")
        _put(ws, r, 3, name)
        _put(ws, r, 4, unit, align="center")
        _vals(ws, r, 5, vals)
        _put(ws, r, 10, prev, align="center")
        _put(ws, r, 11, cur, align="center", bold=True)
        ws.row_dimensions[r].height = 24
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "評価　A：R元目標を達成　B：R元目標の80％以上　C：R元目標の80％未満　―：実績集計中",
            "※前回評価は、令和元年8月の効果検証（平成30年度実績）によるものです。",
            "※補助指標は、主指標の動きを補うため令和元年度の見直しで追加した2指標です。",
            "※No.2の目標値（R2）は、高取保育園（定員120人、令和2年4月1日開園）の定員増を見込んだものです。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "shoo_senryaku_kensho_r1.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 添田町 (福岡県田川郡): 第6次添田町総合計画 施策評価シート（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (広報そえだ 町長室, mykoho.jp): 第6次添田町総合計画 (2021～2030, 前期 R3～R7), 施策別のありたい姿,
# 交流人口・関係人口, ふるさと納税, 二地域居住. 英彦山 is in the town (general knowledge).
# Made up: the sheet, 施策番号, 課, money, every indicator and figure.
SD_ROWS = [
    (
        "1",
        "ふるさと納税寄附件数",
        "件",
        3412,
        5180,
        8046,
        9870,
        9000,
        12000,
        1065,
        "寄附受付システムによる集計（4月～3月）",
    ),
    (
        "2",
        "英彦山の観光入込客数",
        "千人",
        412.5,
        436.0,
        498.2,
        521.7,
        500,
        600,
        39.2,
        "福岡県観光入込客推計調査（暦年、1月～12月）",
    ),
    (
        "3",
        "お試し住宅の延べ利用者数",
        "人",
        6,
        11,
        17,
        24,
        25,
        40,
        8,
        "まちづくり課の利用台帳（年度ごとの利用者数）",
    ),
    (
        "4",
        "町外の人との交流機会があると答えた町民の割合",
        "％",
        31.4,
        "―",
        33.8,
        "―",
        36.0,
        40.0,
        3.1,
        "町民意識調査（隔年実施、R4は回答1,024人）",
    ),
]


def soeda() -> Path:
    wb, ws = _sheet("施策評価", [5, 30, 6, 10, 9, 9, 9, 9, 10, 12, 30])
    _text(ws, 1, 1, "令和5年度　施策評価シート", bold=True, size=14)
    _text(ws, 2, 1, "第6次添田町総合計画（前期基本計画：令和3年度～令和7年度）", size=10)
    _text(ws, 2, 11, "令和6年8月　添田町", align="right")
    r = 4
    for label, value, height in [
        ("施策番号", "4-2", 18),
        ("施策名", "交流人口・関係人口の拡大", 18),
        (
            "施策別のありたい姿",
            "町外の人が特産品の購入やふるさと納税、二地域居住をきっかけに添田町と関わり続け、交流人口・関係人口が増えている。",
            30,
        ),
        ("主担当課", "まちづくり課", 18),
        ("関係課", "産業振興課・総務課", 18),
    ]:
        _span(ws, r, 1, 2, label, header=True)
        _span(ws, r, 3, 11, value, align="left")
        ws.row_dimensions[r].height = height
        r += 1
    _span(ws, r, 1, 2, "施策の事業費（R5決算）", header=True)
    _span(ws, r, 3, 5, "48,320千円", align="left")
    _span(ws, r, 6, 8, "うち一般財源", header=True)
    _span(ws, r, 9, 11, "12,105千円", align="left")
    ws.row_dimensions[r].height = 18
    _text(ws, 11, 1, "２　成果指標の推移", bold=True, size=11)
    h = 12
    heads = [
        "No.",
        "成果指標",
        "単位",
        "基準値\n（R2）",
        "R3実績",
        "R4実績",
        "R5実績",
        "R5目標",
        "目標値\n（R7）",
        "目標達成に必要な\n年あたり増加数",
        "調査方法",
    ]
    for c, word in enumerate(heads, start=1):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 30
    r = h + 1
    for no, name, unit, *vals, need, how in SD_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        fmts = {j: "#,##0.0" for j, v in enumerate(vals) if isinstance(v, float)}
        _vals(ws, r, 4, vals, fmts)
        _put(ws, r, 10, need, fmt="#,##0.0" if isinstance(need, float) else "#,##0")
        _put(ws, r, 11, how, size=8)
        ws.row_dimensions[r].height = 26
        r += 1
    _put(ws, r, 1, "", fill=LIGHT)
    _put(ws, r, 2, "（参考）施策の事業費", fill=LIGHT)
    _put(ws, r, 3, "千円", align="center", fill=LIGHT)
    for j, v in enumerate([31650, 39870, 44210, 48320]):
        _put(ws, r, 4 + j, v, fill=LIGHT)
    for c in range(8, 12):
        _put(ws, r, c, "", fill=LIGHT)
    ws.row_dimensions[r].height = 22
    _notes(
        ws,
        r + 2,
        [
            "※目標達成に必要な年あたり増加数＝（目標値（R7）－R5実績）÷残りの年数（2年）。No.4はR4調査の値から算出。",
            "※No.4は隔年の調査のため、調査を行わない年度は「―」としています。",
            "※（参考）欄はR2～R5の決算額です。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "soeda_shisaku_hyoka_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 徳之島町 (鹿児島県大島郡): 総合戦略 KPI進捗管理表（令和6年度）
# --------------------------------------------------------------------------------------------

# Real (令和6・7年度 施政方針, 広報徳之島): 第6次徳之島町総合計画 and its 将来像, the R7 一般会計予算
# 87億3,440万円 (前年度比0.6%減), 道の駅とくのしま, 子ども第三の居場所, 空き家対策, シニアカー購入助成.
# Made up: the sheet, the 基本目標, every figure, 課 and budget line.
TK_ROWS = [
    ("年間出生数", "人", 98, 84, 79, 100, "健康増進課", "―"),
    ("子ども第三の居場所の利用登録児童数", "人", "―（R6新規）", "―", 57, 60, "子育て支援課", 12400),
    ("道の駅とくのしまの年間売上額", "百万円", 212, 268, "約290", 300, "農林水産課", 31200),
    ("空き家バンクの成約件数", "件", 3, "累計14", "累計19", "累計25", "企画課", 2600),
    ("シニアカー購入助成件数", "件", "―", 18, 26, "30/年", "保健福祉課", 3000),
]


def tokunoshima() -> Path:
    wb, ws = _sheet("KPI進捗", [9, 34, 8, 11, 10, 13, 11, 12, 13])
    _text(
        ws,
        1,
        1,
        "徳之島町まち・ひと・しごと創生総合戦略　KPI進捗管理表（令和6年度）",
        bold=True,
        size=13,
    )
    _text(
        ws, 2, 1, "第6次徳之島町総合計画　将来像「We’re OPEN～みらい輝く、とくのしま町～」", size=9
    )
    _text(ws, 2, 9, "令和7年6月　徳之島町企画課", align="right")
    for r, (label, value) in enumerate(
        [
            ("令和7年度一般会計当初予算", "87億3,440万円（前年度比0.6％減）"),
            ("本表の指標数", "数値目標1・KPI4（うち令和6年度新規1）"),
        ],
        start=4,
    ):
        _span(ws, r, 1, 2, label, header=True)
        _span(ws, r, 3, 9, value, align="left")
        ws.row_dimensions[r].height = 18
    _text(
        ws,
        7,
        1,
        "基本目標３　結婚・出産・子育ての希望をかなえ、若い世代が定着するまちをつくる",
        bold=True,
        size=11,
    )
    h = 8
    heads = [
        "区分",
        "指標",
        "単位",
        "基準値\n（R元）",
        "R5実績",
        "令和7年3月31日\n現在",
        "目標値\n（R7）",
        "所管課",
        "関連予算\n（R7当初・千円）",
    ]
    for c, word in enumerate(heads, start=1):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 30
    r = h + 1
    for i, (name, unit, *vals, dept, budget) in enumerate(TK_ROWS):
        if i == 0:
            _put(ws, r, 1, "数値目標", align="center", fill=LIGHT)
        elif i == 1:
            _put(ws, r, 1, "KPI", align="center")
            for k in range(2, len(TK_ROWS)):
                _put(ws, r + k - 1, 1, None)
            _merge(ws, r, 1, r + len(TK_ROWS) - 2, 1)
        _put(ws, r, 2, name, fill=LIGHT if i == 0 else None)
        _put(ws, r, 3, unit, align="center", fill=LIGHT if i == 0 else None)
        _vals(ws, r, 4, vals)
        _put(ws, r, 8, dept, align="center")
        _put(ws, r, 9, budget, align="center" if budget == "―" else "right")
        ws.row_dimensions[r].height = 24
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※関連予算は、令和7年度当初予算のうち各指標に関連する事業の予算額です。",
            "※道の駅とくのしまの売上額は、3月分が速報値のため概数としています。",
            "※子ども第三の居場所の指標は、令和6年度の改訂で追加しました（基準値なし）。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "tokunoshima_kpi_shinchoku_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 山江村 (熊本県球磨郡): 総合戦略 KPIの検証結果（令和5年度実績） (HTML)
# --------------------------------------------------------------------------------------------

# Real (furusato-funding.jp/projects/2534, yamaefukko.com): the population (2015年国勢調査 3,422人,
# 住基 R2.9末 3,414人), 合計特殊出生率 2.00 (全国 1.42, 熊本県 1.64), やまえ栗, its GI 登録 (令和6年),
# 「栗の駅」 (令和9年度開業予定, 約6,200㎡). Made up: the page, its date, 基本目標, 施策, money, the figures.
YM_GROUPS = [
    (
        "施策1　やまえ栗のブランド化と生産拡大",
        "事業費 18,640千円",
        [
            (
                "やまえ栗の出荷量",
                "62.4t",
                "58.1t",
                "66.7t",
                "71.3t",
                "70t",
                "80t",
                "産業振興課",
            ),
            (
                "やまえ栗の地理的表示（GI）登録",
                "―",
                "準備",
                "準備",
                "申請",
                "申請",
                "登録",
                "産業振興課",
            ),
            (
                "栗加工品の新商品開発数",
                "2件",
                "累計4件",
                "累計5件",
                "累計7件",
                "累計8件",
                "累計10件",
                "産業振興課",
            ),
        ],
    ),
    (
        "施策2　「栗の駅」を核とした交流の拡大",
        "事業費 9,870千円",
        [
            (
                "観光交流施設の年間利用者数",
                "48,210人",
                "31,604人",
                "39,882人",
                "44,517人",
                "45,000人",
                "50,000人以上",
                "総務課",
            ),
            (
                "村外からの農業体験参加者数",
                "延べ320人",
                "延べ118人",
                "延べ204人",
                "延べ266人",
                "延べ300人",
                "延べ400人",
                "産業振興課",
            ),
        ],
    ),
]


def yamae_html() -> str:
    body = []
    for head, money, rows in YM_GROUPS:
        body.append(
            f'<tr><th colspan="6" class="l">{head}</th><td colspan="2" class="num">{money}</td></tr>'
        )
        for name, *vals, dept in rows:
            cells = "".join(f'<td class="{"c" if v == "―" else "num"}">{v}</td>' for v in vals)
            body.append(f"<tr><td>{name}</td>{cells}<td>{dept}</td></tr>")
    rows = "\n".join(body)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>山江村まち・ひと・しごと創生総合戦略 KPIの検証結果（令和5年度実績） - 山江村</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
th.l {{ text-align: left; background: #f2f2f2; }}
td.num {{ text-align: right; }}
td.c {{ text-align: center; }}
dt {{ font-weight: bold; }}
</style>
</head>
<body>
<p>トップページ &gt; 村政情報 &gt; 地方創生 &gt; 総合戦略の検証</p>
<h1>山江村まち・ひと・しごと創生総合戦略　KPIの検証結果（令和5年度実績）</h1>
<p>掲載日：令和6年9月20日</p>
<p>本村の人口は、2015年の国勢調査で3,422人、住民基本台帳では令和2年9月末時点で3,414人となっています。合計特殊出生率は2.00で、全国平均の1.42や熊本県平均の1.64を上回っていますが、出生数は緩やかな減少傾向にあります。令和9年度には、約6,200㎡の敷地に「栗の駅」の開業を予定しています。</p>
<p>令和5年度の実績について、次のとおり検証を行いました。</p>
<dl>
<dt>検証機関</dt><dd>山江村総合戦略推進委員会（委員12名）</dd>
<dt>基準値の年度</dt><dd>令和元年度（第2期戦略策定時）</dd>
<dt>担当</dt><dd>総務課　企画調整係</dd>
</dl>
<h2>基本目標1　やまえ栗を核としたしごとをつくる</h2>
<table summary="基本目標1の重要業績評価指標4項目と地理的表示登録の状況について、基準値、令和3年度から令和5年度の実績値、令和5年度と令和6年度の目標値を示します。">
<thead>
<tr><th rowspan="2">指標名</th><th rowspan="2">基準値</th><th colspan="3">実績値</th><th colspan="2">目標値</th><th rowspan="2">担当課</th></tr>
<tr><th>R3</th><th>R4</th><th>R5</th><th>R5</th><th>R6</th></tr>
</thead>
<tbody>
{rows}
</tbody>
</table>
<p>※やまえ栗は、令和6年に地理的表示（GI）保護制度に登録されました。</p>
<p>※新商品開発数は平成30年度からの累計です。</p>
<p>問い合わせ先：総務課　企画調整係</p>
</body>
</html>
"""


def yamae() -> Path:
    path = HERE / "yamae_kpi_kensho_r5.html"
    path.write_bytes(yamae_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (shoo, soeda, tokunoshima):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {yamae().name}")


if __name__ == "__main__":
    main()
