"""Build the built documents of forms161/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/ogimi_ikkatsu_seika_h27.xlsx``, a 沖縄振興特別推進交付金 成果目標一覧 in the manner of 大宜味村
  (沖縄県): one row per 事業 with a 計画期間 column, a 事業費 column, and **targets written as
  ``name：value`` inside an ``H27活動目標（指標）`` and an ``H27成果目標（指標）`` cell**, one cell holding
  two of them on two lines; and the PDF;
* ``source/yakage_senryaku_kpi_r1.xlsx``, a 総合戦略 KPI の検証 in the manner of 矢掛町 (岡山県): 施策 cells
  merged down, actuals ``H29 | H30 | R元`` against a ``目標値（H31）`` (the same fiscal year), ``千人`` in 単位,
  a ``集計中`` actual, a ``年3`` target, a 関連事業費 column in 千円; and the PDF;
* ``source/iizuka_chukatsu_jigohyoka_h28.xlsx``, a 中心市街地活性化基本計画 事後評価 in the manner of
  飯塚市 (福岡県): form fields with money and an area, then yearly actuals whose last column is
  ``H28（見込み）`` beside ``目標値（H28）`` and a printed 達成状況 column; and the PDF;
* ``hirado_shihyo_shinchoku_r3.html``, a 総合計画 成果指標の進捗 page in the manner of 平戸市 (長崎県):
  ``<h4>`` tables with ``現況値（平成28年度）``, two survey actuals under a spanning 実績値, a signed
  ``差（今回－前回）`` column with ``△``, and targets for ``平成34年度`` and ``平成39年度`` (years after 平成 ended).

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
    wb.properties.creator = "forms161/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms161/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms161_soffice_") as tmp:
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
# 大宜味村 (沖縄県): 沖縄振興特別推進交付金（市町村） 成果目標一覧
# --------------------------------------------------------------------------------------------

# Real: the form only (title and column words of the prefecture's 成果目標一覧【公表版】, as in the copy of
# another village's list; see SOURCES.tsv), and the village's 芭蕉布 and シークヮーサー (general knowledge).
# Made up: every 事業, number, target, 方針 and note.
OG_ROWS = [
    (
        "1",
        "芭蕉布技術継承者育成事業",
        "H24～H28",
        "喜如嘉の芭蕉布の技術を次の世代へ継承するため、糸づくりから織りまでの研修を行い、後継者を育成する。",
        8640,
        "研修生の受入：5人",
        "研修修了者数：4人",
        "修了者の工房への就業を支援し、生産体制の維持を図る。",
    ),
    (
        "3",
        "観光受入環境整備事業",
        "H27",
        "村を訪れる観光客の周遊を促すため、観光案内板を設置し、多言語のパンフレットを作成する。",
        5124,
        "観光案内板の設置：4基\n多言語パンフレットの作成：3,000部",
        "観光案内所の利用者数：約1万人",
        "設置後は案内板の維持管理を行い、パンフレットは毎年度内容を更新する。",
    ),
    (
        "5",
        "シークヮーサー加工品開発支援事業",
        "H27",
        "村特産のシークヮーサーを活用した加工品の開発を支援し、生産者の所得向上を図る。",
        3980,
        "新商品の開発支援：3件",
        "シークヮーサー加工品の売上額：1,200万円",
        "開発した商品の販路開拓を支援し、事業終了後は事業者の自主販売へ移行する。",
    ),
]


def ogimi() -> Path:
    wb, ws = _sheet("成果目標", [7, 22, 10, 36, 11, 28, 28, 32])
    _text(
        ws,
        1,
        1,
        "平成27年度　沖縄振興特別推進交付金（市町村）成果目標一覧【公表版】",
        bold=True,
        size=13,
    )
    _text(ws, 2, 8, "大宜味村", align="right", size=11)
    heads = [
        "事業\n番号",
        "事業名",
        "計画期間",
        "事業概要",
        "事業費\n（千円）",
        "H27活動目標（指標）",
        "H27成果目標（指標）",
        "今後の展開方針等",
    ]
    for j, h in enumerate(heads):
        _put(ws, 4, 1 + j, h, header=True)
    ws.row_dimensions[4].height = 30
    r = 5
    for no, name, span, outline, money, act, out, plan in OG_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, span, align="center")
        _put(ws, r, 4, outline)
        _put(ws, r, 5, money)
        _put(ws, r, 6, act)
        _put(ws, r, 7, out)
        _put(ws, r, 8, plan)
        ws.row_dimensions[r].height = 48
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※事業費は交付対象事業費（交付金充当額を含む）です。",
            "※計画期間が複数年度にわたる事業は、平成27年度分の目標を記載しています。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "ogimi_ikkatsu_seika_h27.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 矢掛町 (岡山県): しごと・ひと・まち創生総合戦略 KPI の検証
# --------------------------------------------------------------------------------------------

# Real (矢掛町しごと・ひと・まち創生総合戦略, 平成27年10月): the strategy's name (しごと・ひと・まち in that
# order), 基本目標① 雇用を創出する, the two 施策 薬用作物の6次産業化により雇用を創出する and
# 矢掛の特性を活かして雇用を創出する. Made up: the sheet, every KPI and figure, the 事業費, the notes.
YK_ROWS = [
    # (施策 or None for the second row of a merged 施策, KPI, 単位, 基準, H29, H30, R元, 目標, 事業費)
    (
        "薬用作物の6次産業化により雇用を創出する",
        "薬用作物の作付面積",
        "ha",
        0.8,
        2.1,
        2.4,
        2.9,
        3.0,
        5260,
    ),
    (None, "生薬を使った商品の開発数（累計）", "品目", 0, 3, 5, 6, 5, 1840),
    (
        "矢掛の特性を活かして雇用を創出する",
        "宿場町矢掛の観光入込客数",
        "千人",
        412,
        455,
        468,
        "集計中",
        500,
        12380,
    ),
    (None, "町内での新規創業件数", "件", 1, 4, 2, 3, "年3", 2100),
]


def yakage() -> Path:
    wb, ws = _sheet("KPI検証", [24, 30, 7, 11, 10, 10, 10, 11, 13])
    _text(
        ws,
        1,
        1,
        "矢掛町しごと・ひと・まち創生総合戦略　重要業績評価指標（KPI）の検証（令和元年度実績）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 9, "令和2年8月　企画財政課", align="right")
    _text(ws, 4, 1, "基本目標①　雇用を創出する", bold=True, size=11)
    _head2(
        ws,
        5,
        [
            (1, "具体的な施策"),
            (2, "重要業績評価指標（KPI）"),
            (3, "単位"),
            (4, "基準値\n（H26）"),
            (8, "目標値\n（H31）"),
            (9, "関連事業費\n（R元決算・千円）"),
        ],
        [(5, 7, "実績値", ["H29", "H30", "R元"])],
    )
    ws.row_dimensions[5].height = 24
    ws.row_dimensions[6].height = 24
    r = 7
    top = None
    for policy, kpi, unit, base, y29, y30, r1, target, money in YK_ROWS:
        if policy is not None:
            _put(ws, r, 1, policy)
            top = r
        else:
            _put(ws, r, 1, None)
            _merge(ws, top, 1, r, 1)
        _put(ws, r, 2, kpi)
        _put(ws, r, 3, unit, align="center")
        fmts = {j: "0.0" for j in range(4)} if unit == "ha" else None
        _vals(ws, r, 4, [base, y29, y30, r1], fmts=fmts)
        if isinstance(target, str):
            _put(ws, r, 8, target, align="right")
        else:
            _put(ws, r, 8, target, fmt="0.0" if isinstance(target, float) else None)
        _put(ws, r, 9, money)
        ws.row_dimensions[r].height = 30
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※R元（平成31年度）の観光入込客数は、岡山県観光客動態調査の公表後に記載します。",
            "※「年3」は毎年度3件の創業をめざすものです。関連事業費はKPIに関係する主な事業の決算額の合計です。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "yakage_senryaku_kpi_r1.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 飯塚市 (福岡県): 中心市街地活性化基本計画 事後評価
# --------------------------------------------------------------------------------------------

# Real (飯塚市中心市街地活性化基本計画等事後評価 page): the plan's name, its period 平成24年度から平成28年度,
# the rule that an indicator not measurable at the evaluation is judged by its 見込み value. Made up: the
# sheet, the fields, every indicator and figure, the 達成状況 words, the notes.
IZ_YEARS = ["H24", "H25", "H26", "H27", "H28（見込み）"]
IZ_ROWS = [
    (
        "中心市街地の歩行者通行量（休日）",
        "人/日",
        [18420, 17950, 18300, 19120, 19860, 20400],
        21000,
        "未達成",
    ),
    ("中心市街地の居住人口", "人", [5872, 5910, 5968, 6021, 6085, 6140], 6100, "目標達成"),
    ("空き店舗率の低減", "%", [18.6, 17.9, 16.8, 15.2, 14.6, 14.0], 15.0, "目標達成"),
    (
        "商業・交流施設の年間利用者数（千人）",
        "",
        [1240, 1198, 1265, 1310, 1352, 1385],
        1400,
        "未達成",
    ),
]


def iizuka() -> Path:
    wb, ws = _sheet("事後評価", [30, 8, 11, 10, 10, 10, 10, 12, 11, 11])
    _text(
        ws,
        1,
        1,
        "飯塚市中心市街地活性化基本計画　事後評価（目標指標の達成状況）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 10, "平成29年3月　飯塚市", align="right")
    fields = [
        ("計画期間", "平成24年度～平成28年度", "区域面積", "約140ha"),
        ("事業数", "48事業", "総事業費", "約182億円"),
    ]
    r = 4
    for l1, v1, l2, v2 in fields:
        _put(ws, r, 1, l1, header=True)
        _span(ws, r, 2, 5, v1)
        _span(ws, r, 6, 7, l2, header=True)
        _span(ws, r, 8, 10, v2)
        ws.row_dimensions[r].height = 20
        r += 1
    _text(ws, 7, 1, "１　目標指標の推移と達成状況", bold=True, size=11)
    _head2(
        ws,
        8,
        [
            (1, "目標指標"),
            (2, "単位"),
            (3, "基準値\n（H22）"),
            (9, "目標値\n（H28）"),
            (10, "達成状況"),
        ],
        [(4, 8, "実績値", IZ_YEARS)],
    )
    r = 10
    for name, unit, vals, target, status in IZ_ROWS:
        _put(ws, r, 1, name)
        _put(ws, r, 2, unit, align="center")
        fmts = {j: "0.0" for j in range(6)} if unit == "%" else None
        _vals(ws, r, 3, vals, fmts=fmts)
        _put(ws, r, 9, target, fmt="0.0" if isinstance(target, float) else None)
        _put(ws, r, 10, status, align="center")
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※H28は事後評価の時点で計測できないため、平成28年12月までの実績から推計した見込み値です。"
            "確定値は翌年度に計測します。",
            "※達成状況は、H28（見込み）と目標値（H28）を比べたものです。区域面積・総事業費は計画全体の値です。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "iizuka_chukatsu_jigohyoka_h28.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 平戸市 (長崎県): 第2次平戸市総合計画 成果指標の進捗状況
# --------------------------------------------------------------------------------------------

# Real (第2次平戸市総合計画 前期基本計画): 平戸市未来創造羅針盤, 基本プロジェクト4：まちをつくるプロジェクト
# 【定住・移住、自然環境、生活基盤】, 施策2 公園施設・緑地などを充実する, 【市民の満足度（市民アンケートから）】
# with 指標の名称 | 単位 | 現況値（平成28年度） | 前期目標値（平成34年度） | 目標値（平成39年度） and the rows
# 公営住宅の整備 54.8 / 60.0 / 65.0 and 公園、広場の整備 43.6 / 50.0 / 60.0. Made up: the page, the two survey
# actuals and the 差, the 【成果指標】 table, the prose figures.
HD_SATISFACTION = [
    ("公営住宅の整備", "%", "54.8", "57.2", "56.1", "△1.1", "60.0", "65.0"),
    ("公園、広場の整備", "%", "43.6", "46.0", "49.3", "3.3", "50.0", "60.0"),
]
HD_OUTCOME = [
    ("都市公園の面積", "ha", "38.6", "38.6", "39.4", "0.8", "40.0", "42.0"),
    ("公園愛護団体の登録数", "団体", "21", "24", "23", "△1", "25", "30"),
]


def _hirado_table(rows) -> str:
    body = "\n".join(
        "<tr><td>"
        + name
        + '</td><td class="c">'
        + unit
        + "</td>"
        + "".join(f'<td class="num">{v}</td>' for v in vals)
        + "</tr>"
        for name, unit, *vals in rows
    )
    return f"""<table>
<tr><th rowspan="2">指標の名称</th><th rowspan="2">単位</th><th rowspan="2">現況値<br>（平成28年度）</th><th colspan="2">実績値</th><th rowspan="2">差<br>（今回－前回）</th><th rowspan="2">前期目標値<br>（平成34年度）</th><th rowspan="2">目標値<br>（平成39年度）</th></tr>
<tr><th>前回（令和元年度）</th><th>今回（令和3年度）</th></tr>
{body}
</table>"""


def hirado_html() -> str:
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>成果指標の進捗状況（令和3年度） - 平戸市</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
td.num {{ text-align: right; }}
td.c {{ text-align: center; }}
</style>
</head>
<body>
<p>ホーム &gt; 市政情報 &gt; 総合計画 &gt; 平戸市未来創造羅針盤（第2次平戸市総合計画）</p>
<h1>成果指標の進捗状況（令和3年度）</h1>
<p>平戸市未来創造羅針盤（第2次平戸市総合計画）前期基本計画に掲げた成果指標について、令和3年度に実施した市民アンケート（回答者1,036人）の結果などをもとに進捗状況を取りまとめました。前期基本計画の計画期間は平成30年度から令和4年度までの5年間です。</p>
<h2>基本プロジェクト4：まちをつくるプロジェクト【定住・移住、自然環境、生活基盤】</h2>
<h3>施策2　公園施設・緑地などを充実する</h3>
<h4>【市民の満足度（市民アンケートから）】</h4>
{_hirado_table(HD_SATISFACTION)}
<h4>【成果指標】</h4>
{_hirado_table(HD_OUTCOME)}
<p>※「差」は今回の実績値から前回の実績値を引いたもので、△はマイナスを表します。</p>
<p>※計画策定時の表記のまま、令和4年度を平成34年度、令和9年度を平成39年度と記載しています。</p>
<p>お問い合わせ：財務部 企画財政課</p>
</body>
</html>
"""


def hirado() -> Path:
    path = HERE / "hirado_shihyo_shinchoku_r3.html"
    path.write_bytes(hirado_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (ogimi, yakage, iizuka):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {hirado().name}")


if __name__ == "__main__":
    main()
