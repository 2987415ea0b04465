"""Build the built documents of forms250/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/ogawara_kpi_kensho_r5.xlsx``, a 総合戦略 KPI 効果検証シート in the manner of 大河原町 (宮城県):
  a 担当課 field, a population and a money field over one grid whose **R5 actual cells carry their
  change from R4 in brackets** (``968（前年比+156）``, ``△18（前年比+17）``) and **an 評価 column of
  digits 1–5** read through a legend line; and the PDF;
* ``source/hashikami_shisaku_hyoka_r5.xlsx``, a 施策評価シート in the manner of 階上町 (青森県):
  **a grid headed ``ものさし`` / ``めざす値（R7）``**, **count cells ``8区間中5区間``**, **a target
  ``95%以上を維持``**, **``測定中`` and ``非公表`` cells**, ``約`` values; and the PDF;
* ``source/sobetsu_kpi_shinchoku_r5.xlsx``, a 総合戦略 KPI 進捗 in the manner of 壮瞥町 (北海道):
  value cells carrying a second number in brackets, **a rate per 1,000 people
  (``13（人口千人当たり5.5）``)** and **the counts behind a percentage (``66.7（4人／6人）``)**;
  ``千人``, ``百万円``, ``チーム``; and the PDF;
* ``hirata_seika_shihyo_r5.html``, a 総合計画 成果指標 page in the manner of 平田村 (福島県):
  ``<th rowspan>`` 施策 cells, ``前期末（R2）`` / ``令和5年度`` (目標 | 実績) / ``後期目標（R7）``, **an 評価
  column of weather marks ``☀`` / ``☁`` / ``☂`` with their legend in the ``<tfoot>``**, ``千円``,
  ``約``, ``―（中止）`` and ``－``.

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
    wb.properties.creator = "forms250/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms250/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms250_soffice_") as tmp:
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
# 大河原町 (宮城県): 第2期総合戦略 KPI 効果検証シート（令和5年度実績）
# --------------------------------------------------------------------------------------------

# Real (みやぎ県政だより 平成31年3月・4月号): 23,642人 / 9,680世帯 (平成30年12月末), 商工観光課,
# 一目千本桜 and the お花見屋形船. Made up: the sheet, its 基本目標, every KPI figure, 評価 and note.
OG_ROWS = [
    ("1", "観光入込客数", "千人", 1052, 812, 1000, "968（前年比+156）", 4, 1100),
    (
        "2",
        "一目千本桜 お花見屋形船の乗船者数",
        "人",
        6850,
        4210,
        7000,
        "7,320（前年比+3,110）",
        5,
        7500,
    ),
    ("3", "社会増減数（転入者数－転出者数）", "人", "△62", "△35", 0, "△18（前年比+17）", 3, 0),
    ("4", "町の支援による新規創業件数", "件", 4, 6, 8, "5（前年比△1）", 2, 10),
    (
        "5",
        "子育て支援センターの延べ利用者数",
        "人",
        8920,
        9428,
        9500,
        "9,840（前年比+412）",
        5,
        10000,
    ),
]


def ogawara() -> Path:
    wb, ws = _sheet("KPI効果検証", [5, 33, 7, 11, 10, 10, 19, 7, 11])
    _text(
        ws,
        1,
        1,
        "第2期大河原町まち・ひと・しごと創生総合戦略　KPI効果検証シート（令和5年度実績）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 9, "令和6年8月", align="right")
    fields = [
        ("担当課", "商工観光課", "関連事業費（R5決算・千円）", 18460),
        ("町の人口（H30.12末）", "23,642人／9,680世帯", "検証組織", "大河原町総合戦略推進委員会"),
    ]
    r = 4
    for l1, v1, l2, v2 in fields:
        _span(ws, r, 1, 2, l1, header=True)
        _span(ws, r, 3, 5, v1, align="left")
        _span(ws, r, 6, 7, l2, header=True)
        _span(ws, r, 8, 9, v2, align="left" if isinstance(v2, str) else None)
        ws.row_dimensions[r].height = 20
        r += 1
    _text(ws, 7, 1, "基本目標２　大河原町への新しいひとの流れをつくる", bold=True, size=11)
    heads = [
        "No.",
        "重要業績評価指標（KPI）",
        "単位",
        "基準値\n（H30）",
        "R4実績",
        "R5目標",
        "R5実績\n（前年比）",
        "評価",
        "最終目標\n（R6）",
    ]
    for c, h in enumerate(heads, start=1):
        _put(ws, 8, c, h, header=True)
    ws.row_dimensions[8].height = 30
    r = 9
    for no, name, unit, base, r4, t5, a5, grade, final in OG_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for c, v in ((4, base), (5, r4), (6, t5), (7, a5), (9, final)):
            _put(ws, r, c, v, align="right")
        _put(ws, r, 8, grade, align="center", fmt="0")
        ws.row_dimensions[r].height = 22
        r += 1
    _span(
        ws,
        r,
        1,
        7,
        "評価の分布　5：2指標　4：1指標　3：1指標　2：1指標　1：0指標（計5指標）",
        fill=LIGHT,
    )
    _put(ws, r, 8, "", fill=LIGHT)
    _put(ws, r, 9, "", fill=LIGHT)
    ws.row_dimensions[r].height = 20
    _notes(
        ws,
        r + 2,
        [
            "評価：5 目標達成（達成率100%以上）　4 達成率90%以上　3 達成率80%以上　2 達成率60%以上　1 達成率60%未満（達成率＝R5実績÷R5目標）",
            "※（前年比）はR4実績からの増減です。△は減を表します。No.3の社会増減数は、基準値からの改善の度合いにより評価しています。",
            "※一目千本桜（白石川堤、約1,200本）のお花見屋形船は、桜まつり期間中に往復約2.3kmを運航しています。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "ogawara_kpi_kensho_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 階上町 (青森県): 施策評価シート（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (町長あいさつ, town.hashikami.lg.jp): 階上岳 標高739.6m, 三陸復興国立公園 / 三陸ジオパーク,
# みちのく潮風トレイル (平成25年11月開通), 約2万本の山つつじ; 13,249人 (2020年11月1日).
# Made up: the sheet, 施策, 課, money, every ものさし and figure.
HK_ROWS = [
    (
        "1",
        "階上岳の登山者数",
        "人",
        "約12,000",
        "約9,500",
        "約11,800",
        "13,000",
        "登山口カウンターからの推計",
    ),
    (
        "2",
        "みちのく潮風トレイル案内標識の整備区間数",
        "区間",
        "8区間中2区間",
        "8区間中4区間",
        "8区間中5区間",
        "8区間中8区間",
        "町内ルートを8区間に分けて整備",
    ),
    (
        "3",
        "観光施設利用者の満足度",
        "％",
        95.4,
        96.1,
        "測定中",
        "95%以上を維持",
        "R5調査はR6.9集計予定",
    ),
    (
        "4",
        "町内宿泊施設の客室稼働率",
        "％",
        41.3,
        "非公表",
        "非公表",
        50.0,
        "R4から回答事業者3未満のため非公表",
    ),
]


def hashikami() -> Path:
    wb, ws = _sheet("施策評価", [5, 34, 7, 13, 13, 13, 14, 24])
    _text(ws, 1, 1, "階上町　施策評価シート（令和5年度）", bold=True, size=14)
    _text(ws, 2, 8, "令和6年7月作成", align="right")
    fields = [
        ("施策名", "観光・交流の推進", "主管課", "産業振興課"),
        ("施策に係る事業費（R5決算・千円）", 36720, "町の人口（R2.11.1）", "13,249人"),
    ]
    r = 4
    for l1, v1, l2, v2 in fields:
        _span(ws, r, 1, 2, l1, header=True)
        _span(ws, r, 3, 5, v1, align="left")
        _put(ws, r, 6, l2, header=True)
        _span(ws, r, 7, 8, v2, align="left")
        ws.row_dimensions[r].height = 20
        r += 1
    _span(ws, 6, 1, 2, "施策の概要", header=True)
    _para(
        ws,
        6,
        3,
        8,
        "三陸復興国立公園・三陸ジオパークの階上岳（標高739.6m）や階上海岸、平成25年11月に開通した"
        "みちのく潮風トレイルを生かし、8合目大開平の約2万本の山つつじなど四季の魅力を発信して交流人口の拡大を図る。",
        34,
        border=True,
    )
    _text(ws, 8, 1, "２　まちづくりのものさし（成果指標）", bold=True, size=11)
    _head2(
        ws,
        9,
        [
            (1, "No."),
            (2, "ものさし"),
            (3, "単位"),
            (4, "策定時\n（R元）"),
            (7, "めざす値\n（R7）"),
            (8, "備考"),
        ],
        [(5, 6, "実績値", ["R4", "R5"])],
    )
    r = 11
    for no, name, unit, *vals, note in HK_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate(vals):
            _put(ws, r, 4 + j, v, align="right", fmt="0.0" if isinstance(v, float) else None)
        _put(ws, r, 8, note, size=8)
        ws.row_dimensions[r].height = 24
        r += 1
    _text(ws, r + 1, 1, "３　施策の評価", bold=True, size=11)
    _span(ws, r + 2, 1, 2, "施策の評価", header=True)
    _span(ws, r + 2, 3, 4, "B（概ね順調）", align="center")
    _put(ws, r + 2, 5, "今後の方向性", header=True)
    _span(ws, r + 2, 6, 8, "継続（4指標中2指標が前年より改善）", align="left")
    ws.row_dimensions[r + 2].height = 20
    _notes(
        ws,
        r + 4,
        [
            "※評価　A：順調　B：概ね順調　C：やや遅れ　D：遅れ",
            "※No.2は町内ルート（約25km）を8区間に分け、案内標識の整備を終えた区間の数です。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "hashikami_shisaku_hyoka_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 壮瞥町 (北海道): 第2期総合戦略 KPI 進捗状況（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (JOIN 移住・交流推進機構 町紹介, and the 住民基本台帳 figure): the slogan, 昭和新山 / 有珠山 /
# 洞爺湖, りんご・ぶどう, 雪合戦 発祥, 2,354人 (2024-09-30). Made up: the sheet, 基本目標, every KPI.
SB_ROWS = [
    ("1", "観光入込客数", "千人", 1046, 598, 812, 1100),
    ("2", "りんご・ぶどう等果樹の販売額", "百万円", 318, 296, 341, 350),
    ("3", "昭和新山国際雪合戦の参加チーム数", "チーム", 96, 84, 118, 130),
    (
        "4",
        "町の出生数",
        "人",
        "15（人口千人当たり5.9）",
        "11（人口千人当たり4.6）",
        "13（人口千人当たり5.5）",
        15,
    ),
    (
        "5",
        "地域おこし協力隊員の任期後の定着率",
        "％",
        "50.0（2人／4人）",
        "60.0（3人／5人）",
        "66.7（4人／6人）",
        70.0,
    ),
]


def sobetsu() -> Path:
    wb, ws = _sheet("KPI進捗", [5, 34, 8, 20, 20, 20, 12])
    _text(
        ws,
        1,
        1,
        "第2期壮瞥町まち・ひと・しごと創生総合戦略　KPI進捗状況（令和5年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 7, "令和6年9月　壮瞥町企画調整課", align="right")
    fields = [
        ("めざすまちの姿", "夢・希望へチャレンジできる「笑顔あふれる元気なまち そうべつ」"),
        ("町の人口", "2,354人（R6.9.30 住民基本台帳）"),
    ]
    r = 4
    for l1, v1 in fields:
        _span(ws, r, 1, 2, l1, header=True)
        _span(ws, r, 3, 7, v1, align="left")
        ws.row_dimensions[r].height = 20
        r += 1
    _text(ws, 7, 1, "基本目標１　火山と共生し、農業と観光で稼ぐまちをつくる", bold=True, size=11)
    _head2(
        ws,
        8,
        [
            (1, "No."),
            (2, "重要業績評価指標（KPI）"),
            (3, "単位"),
            (4, "基準値\n（R元）"),
            (7, "目標値\n（R6）"),
        ],
        [(5, 6, "実績値", ["R4", "R5"])],
    )
    r = 10
    for no, name, unit, *vals in SB_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate(vals):
            _put(ws, r, 4 + j, v, align="right", fmt="0.0" if isinstance(v, float) else None)
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※No.4の（　）内は人口千人当たりの出生数（出生率）。参考：全道の出生率はR5で5.2です。",
            "※No.5の（　人／　人）は、任期後も町内に定住した隊員数／任期を終えた隊員数（R元からの累計）です。",
            "※No.3の雪合戦は、昭和新山を会場に毎年2月に開催（R4は規模を縮小して開催）。",
            "※KPIの関連事業費（R5決算）：観光振興 24,310千円、農業振興 11,860千円。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "sobetsu_kpi_shinchoku_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 平田村 (福島県): 総合計画 後期基本計画 成果指標の進捗（令和5年度）, HTML
# --------------------------------------------------------------------------------------------

# Real (warp.city 平田村, 福島民友 2021-03-10): 93.42㎢, 約5,900人 (2021), 出生数16人 (2020年),
# 芝桜 and 蓬田岳, ひらた清風中 (2016 開校). Made up: the page, its 課, 基本目標, 施策, every other figure.
HR_HEAD = """<thead>
<tr><th rowspan="2">施策</th><th rowspan="2">成果指標</th><th rowspan="2">単位</th><th rowspan="2">前期末<br>（R2）</th><th colspan="2">令和5年度</th><th rowspan="2">後期目標<br>（R7）</th><th rowspan="2">評価</th></tr>
<tr><th>目標</th><th>実績</th></tr>
</thead>"""

HR_FOOT = """<tfoot>
<tr><td colspan="8">評価　☀：R5目標を達成　☁：R5目標の80%以上　☂：R5目標の80%未満　－：評価できない</td></tr>
</tfoot>"""

HR_BLOCKS = [
    (
        "基本目標１　里山の恵みを活かした産業のむら",
        [
            (
                "1-1<br>農畜産業の振興",
                [
                    ("新規就農者数（累計）", "人", "3", "8", "9", "15", "☀"),
                    (
                        "村内農産物直売所の販売額",
                        "千円",
                        "48,210",
                        "52,000",
                        "44,860",
                        "55,000",
                        "☁",
                    ),
                ],
            ),
            (
                "1-2<br>観光交流の推進",
                [
                    (
                        "蓬田岳芝桜まつりの来場者数",
                        "人",
                        "―（中止）",
                        "20,000",
                        "約18,500",
                        "25,000",
                        "☁",
                    )
                ],
            ),
        ],
    ),
    (
        "基本目標２　子どもを育み、ともに学ぶむら",
        [
            ("2-1<br>子育て支援の充実", [("村の出生数", "人", "16", "20", "17", "20", "☁")]),
            (
                "2-2<br>学校教育の充実",
                [
                    (
                        "「学校が楽しい」と答えたひらた清風中学校生徒の割合",
                        "％",
                        "88.2",
                        "90.0",
                        "－",
                        "92.0",
                        "－",
                    )
                ],
            ),
        ],
    ),
]


def hirata_html() -> str:
    parts = []
    for goal, groups in HR_BLOCKS:
        rows = []
        for measure, inds in groups:
            for i, (name, unit, *vals, grade) in enumerate(inds):
                th = f'<th rowspan="{len(inds)}" class="l">{measure}</th>' if i == 0 else ""
                rows.append(
                    f'<tr>{th}<td>{name}</td><td class="c">{unit}</td>'
                    + "".join(f'<td class="num">{v}</td>' for v in vals)
                    + f'<td class="c">{grade}</td></tr>'
                )
        body = "\n".join(rows)
        parts.append(
            f"<h2>{goal}</h2>\n<table>\n{HR_HEAD}\n{HR_FOOT}\n<tbody>\n{body}\n</tbody>\n</table>"
        )
    tables = "\n".join(parts)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>平田村総合計画 後期基本計画 成果指標の進捗（令和5年度） - 平田村</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
th.l {{ text-align: left; background: #f2f2f2; }}
td.num {{ text-align: right; }}
td.c {{ text-align: center; }}
tfoot td {{ font-size: 9pt; }}
</style>
</head>
<body>
<p>ホーム &gt; 村政情報 &gt; 計画・施策 &gt; 総合計画</p>
<h1>平田村総合計画 後期基本計画 成果指標の進捗（令和5年度）</h1>
<p>令和6年10月1日更新　平田村企画政策課</p>
<p>阿武隈山系の豊かな自然に囲まれた総面積93.42㎢、人口約5,900人の本村では、蓬田岳の芝桜をはじめとする里山の恵みを生かした村づくりを進めています。後期基本計画（令和3年度～令和7年度）に掲げた成果指標について、令和5年度の実績を取りまとめました。</p>
{tables}
<p>※村の出生数の前期末（R2）は2020年（暦年）の数値です。</p>
<p>※蓬田岳芝桜まつりは令和2年度は中止しました。来場者数は駐車台数からの推計です。</p>
<p>※ひらた清風中学校（平成28年開校）の生徒アンケートは令和5年度は実施していません。</p>
</body>
</html>
"""


def hirata() -> Path:
    path = HERE / "hirata_seika_shihyo_r5.html"
    path.write_bytes(hirata_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (ogawara, hashikami, sobetsu):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {hirata().name}")


if __name__ == "__main__":
    main()
