"""Build the built documents of forms305/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/setouchi_kpi_kensho_r6.xlsx``, a 地域再生計画 KPI効果検証シート in the manner of 瀬戸内市 (岡山県):
  form fields (plan name, 担当課, 計画期間 with the 事業費, prose with population figures) over a KPI grid
  whose baseline is headed **``基準値（R1）``, 令和元年 written with the digit 1**, actuals ``R4 | R5 |
  R6（見込）``, a ``目標値（R6）`` and an A/B/C 評価 with its legend; **a 単位 cell ``t（むき身）``**; and
  **a milestone KPI whose value cells are stage words and a dated word** (``設計``, ``着工``,
  ``R6.10供用開始``, target ``R6年度中供用開始``); and the PDF;
* ``source/togitsu_senryaku_kpi_r7.xlsx``, a 第3期総合戦略 KPI一覧 in the manner of 時津町 (長崎県): two
  grids under bold 基本目標 headings whose **top header row names the two strategy periods,
  ``第2期総合戦略（R2～R6）`` over ``基準値（R元） | 目標値（R6） | 実績値（R5） | 最終見込（R6）`` and
  ``第3期総合戦略（R7～R11）`` over ``中間目標（R9） | 目標値（R11）``**, a relative target ``R5比1.2倍``,
  ``以上`` targets and a ``―`` forecast; and the PDF;
* ``source/nishihara_seika_shihyo_r5.xlsx``, a 総合計画 成果指標の推移 in the manner of 西原村 (熊本県):
  a years-down grid (``策定時（H24）``, ``H27`` … ``R5``, a shaded ``目標（R5）`` row) with the indicators
  across, **the plan's 視点 spanning the indicator columns as a top header row**, and **a shaded event
  row ``▼平成28年4月16日　熊本地震…`` between the H27 and H28 rows**; and the PDF;
* ``kitajima_kpi_shinchoku_r5.html``, a 第2期総合戦略 KPI page in the manner of 北島町 (徳島県): three
  ``<h2>`` 基本目標 over tables with ``<th>`` 施策 cells, **actual cells that carry their running-total
  window (``累計11（R2～R4）``, ``累計16（R2～R5）``)**, **an ``R5実績`` cell ``10,310※`` that a note re-dates
  to a census day (令和3年6月1日)**, ``未集計（R6.11確定予定）`` and ``約42,000``.

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
    wb.properties.creator = "forms305/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms305/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms305_soffice_") as tmp:
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
# 瀬戸内市 (岡山県): 地域再生計画 KPI効果検証シート（令和6年度）
# --------------------------------------------------------------------------------------------

# Real (地域再生計画 瀬戸内市太陽のまち創生推進計画, furusato-funding.jp/projects/2278): the plan's name,
# the 2004 merger of 牛窓町・邑久町・長船町, the population (約3.9万人 in 2000, 約3.8万人 in 2010, 約2.8万人
# in 2045 by 社人研), 牡蠣 and オリーブ as local products, the 錦海塩田跡地. Made up: the sheet, 課, money,
# every KPI, figure, grade and note.
SU_ROWS = [
    ("KPI①　移住相談を経た市外からの移住者数", "人", 42, 68, 75, 80, 90, "B"),
    ("KPI②　牡蠣の生産量", "t（むき身）", 1312, 1208, 1265, 1190, 1400, "C"),
    ("KPI③　オリーブ加工品の販売額", "千円", 18400, 21960, 24310, 26000, 25000, "A"),
    (
        "KPI④　錦海塩田跡地における環境学習施設の整備",
        "―",
        "―",
        "設計",
        "着工",
        "R6.10供用開始",
        "R6年度中供用開始",
        "A",
    ),
]


def setouchi() -> Path:
    wb, ws = _sheet("KPI効果検証", [40, 11, 11, 10, 10, 13, 15, 7])
    _text(
        ws,
        1,
        1,
        "地域再生計画「瀬戸内市太陽のまち創生推進計画」　重要業績評価指標（KPI）効果検証シート（令和6年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 8, "令和7年2月14日　瀬戸内市総合政策部企画振興課", align="right")
    fields = [
        ("地域再生計画の名称", "瀬戸内市太陽のまち創生推進計画"),
        ("担当課", "企画振興課"),
        ("計画期間", "R2.4.1～R7.3.31（交付対象事業費　R6：31,250千円）"),
        (
            "市の現状",
            "2004年に牛窓町・邑久町・長船町の3町が合併。総人口は2000年の約3.9万人をピークに減少し、2010年は約3.8万人（社人研推計では2045年に約2.8万人）。",
        ),
    ]
    r = 4
    for label, value in fields:
        _put(ws, r, 1, label, header=True)
        _span(ws, r, 2, 8, value, align="left")
        ws.row_dimensions[r].height = 28 if label == "市の現状" else 20
        r += 1
    _text(ws, 9, 1, "■重要業績評価指標（KPI）の達成状況", bold=True, size=11)
    _head2(
        ws,
        10,
        [(1, "KPI"), (2, "単位"), (3, "基準値\n（R1）"), (7, "目標値\n（R6）"), (8, "評価")],
        [(4, 6, "実績値", ["R4", "R5", "R6（見込）"])],
    )
    r = 12
    for name, unit, *vals, grade in SU_ROWS:
        _put(ws, r, 1, name)
        _put(ws, r, 2, unit, align="center")
        for j, v in enumerate(vals):
            if isinstance(v, int):
                _put(ws, r, 3 + j, v, align="right")
            else:
                _put(ws, r, 3 + j, v, align="center", size=8)
        _put(ws, r, 8, grade, align="center", bold=True)
        ws.row_dimensions[r].height = 24
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "評価　A：目標を達成（見込を含む）　B：基準値から改善したが目標は未達成　C：基準値を下回っている",
            "※R6は令和7年1月末までの実績をもとにした年度末の見込です。基準値のR1は令和元年度です。",
            "※KPI②は漁協の共同出荷量（むき身換算）。KPI④は令和6年10月に供用を開始しました（総事業費は別紙）。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "setouchi_kpi_kensho_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 時津町 (長崎県西彼杵郡): 第3期時津町総合戦略 KPI一覧（第2期の検証を含む）
# --------------------------------------------------------------------------------------------

# Real (town.togitsu.nagasaki.jp, 第3期時津町総合戦略 page): the plan's name, its period 令和7年度～令和11年度,
# the revised 時津町人口ビジョン, 戦略推進課; the population 29,017人 (推計人口 2024-05-01) and 20.94km²
# (Wikipedia mirror). Made up: the 基本目標 wording, every KPI, figure and note.
TG_BLOCKS = [
    (
        "基本目標１　安定したしごとを創り、時津で働く人を増やす",
        [
            ("1", "町内事業所の従業者数", "人", [11820, 12300, 12105, 12180, 12400, 12500]),
            ("2", "ふるさと納税の寄附件数", "件", [1240, 3000, 4862, "約5,200", "R5比1.2倍", 6000]),
        ],
    ),
    (
        "基本目標２　結婚・出産・子育ての希望をかなえる",
        [
            (
                "3",
                "子育て支援センターの延べ利用者数",
                "人",
                [9850, 12000, 11430, 11800, 12500, 13000],
            ),
            (
                "4",
                "時津町に住み続けたいと思う町民の割合",
                "％",
                [78.4, "80.0以上", 81.2, "―", "82.0以上", "85.0以上"],
            ),
        ],
    ),
]


def togitsu() -> Path:
    wb, ws = _sheet("KPI一覧", [5, 30, 6, 9, 9, 9, 9, 9, 9])
    _text(
        ws, 1, 1, "第3期時津町総合戦略　基本目標・重要業績評価指標（KPI）一覧", bold=True, size=13
    )
    _text(ws, 2, 1, "（第2期総合戦略の検証結果を含む）", size=10)
    _text(ws, 3, 9, "令和7年3月　時津町", align="right")
    fields = [
        ("計画期間", "令和7年度～令和11年度（5年間）", "担当課", "戦略推進課"),
        ("町の人口", "29,017人（令和6年5月1日推計）", "面積", "20.94km²"),
    ]
    r = 5
    for l1, v1, l2, v2 in fields:
        _span(ws, r, 1, 2, l1, header=True)
        _span(ws, r, 3, 5, v1, align="left")
        _put(ws, r, 6, l2, header=True)
        _span(ws, r, 7, 9, v2, align="left")
        ws.row_dimensions[r].height = 20
        r += 1
    r += 1
    for heading, rows in TG_BLOCKS:
        _text(ws, r, 1, heading, bold=True, size=11)
        r += 1
        _head2(
            ws,
            r,
            [(1, "No."), (2, "重要業績評価指標（KPI）"), (3, "単位")],
            [
                (
                    4,
                    7,
                    "第2期総合戦略（R2～R6）",
                    ["基準値\n（R元）", "目標値\n（R6）", "実績値\n（R5）", "最終見込\n（R6）"],
                ),
                (8, 9, "第3期総合戦略（R7～R11）", ["中間目標\n（R9）", "目標値\n（R11）"]),
            ],
        )
        ws.row_dimensions[r + 1].height = 30
        r += 2
        for no, name, unit, vals in rows:
            _put(ws, r, 1, no, align="center")
            _put(ws, r, 2, name)
            _put(ws, r, 3, unit, align="center")
            for j, v in enumerate(vals):
                if isinstance(v, str):
                    _put(ws, r, 4 + j, v, align="center" if v == "―" else "right")
                else:
                    _put(
                        ws,
                        r,
                        4 + j,
                        v,
                        align="right",
                        fmt="#,##0.0" if isinstance(v, float) else None,
                    )
            ws.row_dimensions[r].height = 24
            r += 1
        r += 1
    _notes(
        ws,
        r,
        [
            "※第2期の実績値は、令和6年度の効果検証で把握した最新値（令和5年度）です。最終見込（R6）は令和7年1月末時点の見込です。",
            "※No.4の町民アンケートは令和6年度に実施していないため、最終見込は「―」としています。",
            "※No.2の中間目標は、令和5年度実績（4,862件）の1.2倍を目安としています。",
            "※No.4は町民アンケート（令和5年度、回答1,126人）によります。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "togitsu_senryaku_kpi_r7.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 西原村 (熊本県阿蘇郡): 第5次西原村総合計画 成果指標の推移（計画期間終了時の検証）
# --------------------------------------------------------------------------------------------

# Real (第5次西原村総合計画, 村 website kiji0031403 and pdfslide.net copy): the plan's name and period
# (2014年度～2023年度), its 将来像 and the three 視点 (みんなが安心して暮らせるむら, みんなに選ばれ、訪れる
# むら, みんなでつくるむら); 77.22km², 6,426人 (2020), the 熊本地震 of 2016-04-16 (震度7). Made up: the
# sheet, 課, every figure but 6,426, the target row, notes.
NH_ROWS = [
    ("策定時（H24）", ["612", "6,985", "3", "58.3"]),
    ("H27", ["684", "7,143", "5", "66.7"]),
    (
        None,
        "▼平成28年4月16日　熊本地震（本震・震度7）　村内の住家被害が甚大だったため、H28の④は調査を中止",
    ),
    ("H28", ["208", "6,802", "1", "―"]),
    ("R2", ["301", "6,426", "4", "91.7"]),
    ("R4", ["455", "6,510", "6", "100.0"]),
    ("R5", ["530", "6,548", "7", "100.0"]),
    ("目標（R5）", ["700", "7,000", "5", "100.0"]),
]


def nishihara() -> Path:
    wb, ws = _sheet("成果指標", [14, 17, 17, 17, 19])
    _text(
        ws, 1, 1, "第5次西原村総合計画　成果指標の推移（計画期間終了時の検証）", bold=True, size=13
    )
    _text(ws, 2, 5, "令和6年6月　西原村企画商工課", align="right")
    fields = [
        ("計画期間", "平成26年度～令和5年度（10年間）"),
        ("将来像", "みんなに愛され、みんなが憧れる にしはらむら"),
        (
            "村の概要",
            "面積77.22km²。人口6,426人（令和2年国勢調査）。平成28年熊本地震では震度7を観測。",
        ),
    ]
    r = 4
    for label, value in fields:
        _put(ws, r, 1, label, header=True)
        _span(ws, r, 2, 5, value, align="left")
        ws.row_dimensions[r].height = 20
        r += 1
    _text(ws, 8, 1, "２　成果指標の推移", bold=True, size=11)
    h = 9
    _put(ws, h, 1, "年度", header=True)
    _put(ws, h + 1, 1, None, header=True)
    _merge(ws, h, 1, h + 1, 1)
    _span(ws, h, 2, 4, "みんなに選ばれ、訪れるむら", header=True)
    _put(ws, h, 5, "みんなが安心して暮らせるむら", header=True)
    for j, w in enumerate(
        [
            "①観光入込客数\n（千人）",
            "②村の人口\n（人）",
            "③新規就農者数\n（人）",
            "④自主防災組織の\n組織率（％）",
        ]
    ):
        _put(ws, h + 1, 2 + j, w, header=True)
    ws.row_dimensions[h].height = 22
    ws.row_dimensions[h + 1].height = 34
    r = h + 2
    for label, vals in NH_ROWS:
        if label is None:
            _span(ws, r, 1, 5, vals, fill=LIGHT, size=8)
            ws.row_dimensions[r].height = 20
        else:
            target = label.startswith("目標")
            _put(ws, r, 1, label, align="center", bold=target, fill=SHADE if target else None)
            for j, v in enumerate(vals):
                _put(
                    ws,
                    r,
                    2 + j,
                    v,
                    align="center" if v == "―" else "right",
                    bold=target,
                    fill=SHADE if target else None,
                )
            ws.row_dimensions[r].height = 20
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※②は住民基本台帳の人口。ただしR2は国勢調査の人口です。",
            "※H28の①は、地震により俵山・白糸の滝周辺の観光施設と道路が被災したため大きく減少しています。",
            "※計画期間中に村が受けた復興関連の補助は約180億円（別冊「復興の記録」参照）。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "nishihara_seika_shihyo_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 北島町 (徳島県板野郡): 第2期総合戦略 KPIの進捗状況（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (Wikipedia and its mirrors, zck.or.jp 町村長随想): 8.74km², the smallest area in 徳島県, the highest
# population density of Shikoku's towns and villages, the 推計人口 23,204人 (2024-10-01), 北島チューリップ公園,
# 総務課 as a 課 name. Made up: the page, the strategy's 基本目標 and 施策 wording, every KPI, figure and note.
KJ_BLOCKS = [
    (
        "基本目標1　地域の特性を活かした安定した雇用をつくる",
        [
            (
                "(1) 企業立地と創業の支援",
                [
                    (
                        "町内での創業件数",
                        "件",
                        "2",
                        "累計11（R2～R4）",
                        "累計15",
                        "累計16（R2～R5）",
                        "累計20",
                    ),
                    ("町内事業所の従業者数", "人", "9,845", "―", "10,200", "10,310※", "10,500"),
                ],
            )
        ],
    ),
    (
        "基本目標2　若い世代の結婚・出産・子育ての希望をかなえる",
        [
            (
                "(2) 子育て環境の充実",
                [("保育所等の待機児童数（4月1日現在）", "人", "12", "3", "0", "0", "0")],
            ),
            (
                "(3) 健康づくりの推進",
                [
                    (
                        "特定健康診査の受診率",
                        "％",
                        "38.2",
                        "41.5",
                        "45.0",
                        "未集計（R6.11確定予定）",
                        "50.0",
                    )
                ],
            ),
        ],
    ),
    (
        "基本目標3　人が集い、にぎわいのあるまちをつくる",
        [
            (
                "(4) 地域資源を活かした交流の促進",
                [
                    (
                        "北島チューリップ公園の来園者数（チューリップフェア期間中）",
                        "人",
                        "約42,000",
                        "48,600",
                        "50,000",
                        "52,340",
                        "55,000",
                    )
                ],
            ),
        ],
    ),
]

KJ_HEAD = """<thead>
<tr><th>施策</th><th>KPI</th><th>単位</th><th>基準値<br>（H30）</th><th>R4実績</th><th>R5目標</th><th>R5実績</th><th>最終目標<br>（R6）</th></tr>
</thead>"""


def kitajima_html() -> str:
    parts = []
    for goal, groups in KJ_BLOCKS:
        rows = []
        for measure, inds in groups:
            for k, (name, unit, *vals) in enumerate(inds):
                span = f' rowspan="{len(inds)}"' if len(inds) > 1 else ""
                head = f'<th{span} class="l">{measure}</th>' if k == 0 else ""
                rows.append(
                    f'<tr>{head}<td>{name}</td><td class="c">{unit}</td>'
                    + "".join(f'<td class="num">{v}</td>' for v in vals)
                    + "</tr>"
                )
        body = "\n".join(rows)
        parts.append(f"<h2>{goal}</h2>\n<table>\n{KJ_HEAD}\n<tbody>\n{body}\n</tbody>\n</table>")
    tables = "\n".join(parts)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>第2期北島町まち・ひと・しごと創生総合戦略 KPIの進捗状況（令和5年度） - 北島町</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
th.l {{ text-align: left; background: #f2f2f2; }}
td.num {{ text-align: right; }}
td.c {{ text-align: center; }}
</style>
</head>
<body>
<p>ホーム &gt; 町政情報 &gt; 計画・行政評価 &gt; 総合戦略</p>
<h1>第2期北島町まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の進捗状況（令和5年度）</h1>
<p>掲載日：2024年10月15日　担当：総務課</p>
<p>北島町は面積8.74km²と徳島県で最も小さな町ですが、四国の町村で最も人口密度が高く、人口は23,204人（令和6年10月1日現在の推計人口）と増加を続けています。第2期総合戦略（令和2年度～令和6年度）に掲げた重要業績評価指標（KPI）について、令和5年度の実績を取りまとめました。</p>
{tables}
<p>※町内事業所の従業者数のR5実績欄（10,310※）は、令和3年経済センサス‐活動調査（令和3年6月1日現在）の数値です。次回の調査結果は令和8年に公表される予定です。</p>
<p>※創業件数は第2期の初年度（令和2年度）からの累計です。基準値（H30）は単年度の件数です。</p>
<p>※特定健康診査の受診率（法定報告値）は令和6年11月に確定する予定です。</p>
</body>
</html>
"""


def kitajima() -> Path:
    path = HERE / "kitajima_kpi_shinchoku_r5.html"
    path.write_bytes(kitajima_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (setouchi, togitsu, nishihara):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {kitajima().name}")


if __name__ == "__main__":
    main()
