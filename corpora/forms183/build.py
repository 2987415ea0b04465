# ruff: noqa: E501
"""Build the built documents of forms183/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/kamikawa_kpi_kensho_r4.xlsx``, a 地域創生総合戦略 KPI 効果検証 in the manner of 神河町 (兵庫県):
  form fields (計画期間, 経過年数, 戦略会議, 関連事業費, a projection in %) over a grid with **a ``R4按分目標``
  column, the final target pro-rated by the sheet to the reporting year** (a note gives the formula),
  an A/B/C 評価 judged against it, **a grade with a full-width ``＊`` (``B＊``) marking a grade given on a
  見込値** beside the ``1,105（見込）`` it was given on, and **survey rates that carry their number of
  valid answers in brackets (``62.4（n=1,012）``)**; a 抑制 row met exactly, ``集計中``; and the PDF;
* ``source/inabe_shisaku_hyoka_r5.xlsx``, a 総合計画 施策評価シート in the manner of いなべ市 (三重県):
  form fields (施策番号, 施策名, 主管課, 事業費, 人口, 施策の現状 prose, a program-wide grade) over a
  two-row grid whose **rates carry the prefecture's or the nation's figure in brackets for comparison
  (``1.39（県1.44）``, ``48.2（全国33.7）``)** and whose **達成状況 names the year the target was first
  reached (``達成（R4）``)**; ``△`` values, a ``―`` unit, ``集計中``; and the PDF;
* ``source/hidakagawa_seika_shihyo_r5.xlsx``, a 総合計画 成果指標 sheet in the manner of 日高川町 (和歌山県):
  form fields (町の概要, 人口), **a bordered legend grid ``評価 | 評価の基準`` (A–D and ``－`` with their
  達成率 bands) standing right of a formula note above the KPI grid**, 施策 cells merged down, units in
  every value cell (``412t``, ``52.4万人``) and **a time indicator written in minutes and seconds
  (``12分18秒``, ``11分30秒以内``)**; and the PDF;
* ``nosegawa_kpi_jisseki_r4.html``, a 地域再生計画 KPI page in the manner of 野迫川村 (奈良県):
  a lead of census figures, a legend ``<p>``, and one table with a two-row ``<thead>`` whose **name cells
  start with the printed evaluation as a tag (``【達成】``, ``【未達成】``, ``【－】``)** and whose **event
  row carries the 延べ count with the 実 count in brackets (``延べ1,236（実412）``)**; ``累計10``,
  ``集計中``.

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
FIXED = dt.datetime(2026, 12, 11, 0, 0, 0)


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms183/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms183/build.py"
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


def _para(ws, row, c1, c2, value, height, size=9, r2=None):
    """A wrapped borderless paragraph merged over c1..c2 (and rows row..r2)."""
    cell = ws.cell(row=row, column=c1, value=value)
    cell.font = Font(name=FONT, size=size)
    cell.alignment = Alignment(horizontal="left", vertical="top", wrap_text=True)
    ws.merge_cells(start_row=row, start_column=c1, end_row=r2 or row, end_column=c2)
    if height:
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
                    rb"\g<1>2026-12-11T00:00:00Z\g<2>",
                    data,
                )
            info = zipfile.ZipInfo(name, date_time=(2026, 12, 11, 0, 0, 0))
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
    with tempfile.TemporaryDirectory(prefix="forms183_soffice_") as tmp:
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


def _fields(ws, row: int, pairs, spans) -> int:
    """Bordered label | value rows; ``spans`` gives (label c1, c2, value c1, c2) per pair slot."""
    for line in pairs:
        for (l1, l2, v1, v2), (label, value) in zip(spans[len(line)], line, strict=True):
            _span(ws, row, l1, l2, label, header=True)
            _span(ws, row, v1, v2, value, align="left")
        ws.row_dimensions[row].height = 20
        row += 1
    return row


# --------------------------------------------------------------------------------------------
# 神河町 (兵庫県神崎郡): 第2期神河町地域創生総合戦略 KPIの効果検証（令和4年度実績）
# --------------------------------------------------------------------------------------------

# Real (第2期神河町地域創生総合戦略, 令和2年3月, pdfslide.tips; town page 0000000016.html): the strategy's
# name and date, 第1期 H27–R元, the motto 「交流から定住へ」, the 地域創生戦略会議 of 25 representatives of
# 産・官・学・金・労・言・士・住, the 61.7 % projected fall of women aged 20–39 by 2040. Made up: the sheet, its
# date and 資料 number, the 基本目標 wording around the motto, every KPI, figure, 按分目標, grade and note.
# 按分目標 = 基準値 + (目標値 - 基準値) × 3 / 5, rounded as the note says:
#   1: 18 + 12 × 0.6 = 25.2 → 25;  2: 1,286 + 114 × 0.6 = 1,354.4 → 1,354;  3: 62.4 + 7.6 × 0.6 = 66.96 → 67.0;
#   4: 86 − 36 × 0.6 = 64.4 → 64;  5: 24 + 11 × 0.6 = 30.6 → 31.
KM_ROWS = [
    ("1", "移住相談窓口を通じた町外からの移住者数", "人", 18, 24, 27, 25, 30, "A"),
    ("2", "観光入込客数", "千人", 1286, 842, "1,105（見込）", 1354, 1400, "B＊"),
    (
        "3",
        "神河町での暮らしに満足している町民の割合",
        "％",
        "62.4（n=1,012）",
        "―",
        "66.8（n=964）",
        67.0,
        70.0,
        "B",
    ),
    ("4", "若者（20～39歳）の転出超過数の抑制", "人", 86, 71, 64, 64, 50, "A"),
    ("5", "町内事業所における新規雇用者数", "人", 24, 19, "集計中", 31, 35, "－"),
]


def kamikawa() -> Path:
    wb, ws = _sheet("KPI効果検証", [5, 36, 6, 14, 9, 13, 10, 10, 7])
    _text(
        ws,
        1,
        1,
        "第2期神河町地域創生総合戦略　重要業績評価指標（KPI）の効果検証（令和4年度実績）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 9, "令和5年8月　神河町地域創生戦略会議　資料2", align="right")
    row = _fields(
        ws,
        4,
        [
            [("計画期間", "令和2年度～令和6年度（5年間）"), ("経過年数", "3年／5年")],
            [
                (
                    "戦略会議",
                    "神河町地域創生戦略会議（産・官・学・金・労・言・士・住の代表25名）",
                )
            ],
            [
                ("関連事業費（R4決算・千円）", 46280),
                ("人口の見通し", "20～39歳女性の減少率 61.7％（2040年推計）"),
            ],
        ],
        {
            1: [(1, 2, 3, 9)],
            2: [(1, 2, 3, 5), (6, 7, 8, 9)],
        },
    )
    _text(
        ws,
        row + 1,
        1,
        "評価　A：按分目標を達成　B：按分目標の80％以上100％未満　C：按分目標の80％未満　－：実績が確定しておらず評価できない",
        size=8,
    )
    _text(
        ws,
        row + 2,
        1,
        "　　　＊：実績が確定していないため、見込値により評価したもの",
        size=8,
    )
    _text(
        ws, row + 3, 1, "基本目標２　交流から定住へ、新しいひとの流れをつくる", bold=True, size=11
    )
    h = row + 4
    for c, word in enumerate(
        [
            "No.",
            "重要業績評価指標（KPI）",
            "単位",
            "基準値\n（R元）",
            "R3実績",
            "R4実績",
            "R4按分目標",
            "目標値\n（R6）",
            "評価",
        ],
        start=1,
    ):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 30
    r = h + 1
    for no, name, unit, *vals, grade in KM_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate(vals):
            fmt = "0.0" if isinstance(v, float) else None
            _put(ws, r, 4 + j, v, align="center" if v in ("―", "集計中") else "right", fmt=fmt)
        _put(ws, r, 9, grade, align="center", bold=True)
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※按分目標＝基準値＋（目標値－基準値）×経過年数（3年）÷計画年数（5年）。人数は小数点以下を、割合は小数点第2位を四捨五入しています。",
            "※No.2の令和4年度実績は、令和5年7月末時点の見込値です。",
            "※No.3は町民意識調査（隔年実施）によります。（n=　）は有効回答数です。令和3年度は調査を実施していません。",
            "※No.4は住民基本台帳による20～39歳の転出者数から転入者数を差し引いた数で、少ないほど良い指標です。",
            "※KPI5項目のうち、A評価2項目、B評価2項目（うち見込値による評価1項目）、評価できないもの1項目。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "kamikawa_kpi_kensho_r4.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# いなべ市 (三重県): 第2次いなべ市総合計画 施策評価シート（令和5年度実績）
# --------------------------------------------------------------------------------------------

# Real (地域再生計画 「住んでい～な！来てい～な！活力創生のまち いなべ推進事業」, furusato-funding.jp/projects/2057;
# 第2次いなべ市総合計画 平成28年度～平成37年度; 市議会 会議録 naming 企画部, 健康こども部, 農林商工部): the plan's
# name and period, the population 45,640人 (2019), 毎年約2,000人以上 の転入 with 転出 slightly more, the
# 市民 attachment of about 8割 in the 市民意向調査. Made up: the sheet, 施策 number and name, the 課, money,
# the grade, every figure (80.2 … is a made-up reading of 8割程度), every comparison figure, target and mark.
IN_ROWS = [
    ("1", "いなべ市に愛着を感じる市民の割合", "％", 80.2, 80.9, 81.6, 82.3, 85.0, "未達成"),
    ("2", "社会増減数", "人", "△112", "△58", 36, "△12", 0, "達成（R4）"),
    ("3", "保育所等の待機児童数", "人", 3, 2, 1, 0, 0, "達成（R5）"),
    (
        "4",
        "合計特殊出生率",
        "―",
        "1.39（県1.44）",
        "1.35（県1.43）",
        "1.42（県1.40）",
        "集計中",
        1.5,
        "未達成",
    ),
    (
        "5",
        "特定健康診査受診率（国民健康保険）",
        "％",
        "48.2（全国33.7）",
        "50.6（全国36.4）",
        "51.9（全国37.5）",
        53.4,
        60.0,
        "未達成",
    ),
]


def inabe() -> Path:
    wb, ws = _sheet("施策評価", [5, 32, 6, 15, 15, 15, 11, 11, 12])
    _text(ws, 1, 1, "第2次いなべ市総合計画　施策評価シート（令和5年度実績）", bold=True, size=14)
    _text(ws, 2, 9, "令和6年7月　いなべ市", align="right")
    row = _fields(
        ws,
        4,
        [
            [("施策番号", "2-1"), ("施策名", "子育て支援と定住の促進")],
            [("主管課", "健康こども部　こども家庭課"), ("関係課", "企画部　政策課")],
            [("施策に係る事業費（R5決算・千円）", 128460), ("市の人口", "45,640人（2019年）")],
        ],
        {2: [(1, 2, 3, 5), (6, 6, 7, 9)]},
    )
    _span(ws, row, 1, 2, "施策の現状", header=True)
    _span(
        ws,
        row,
        3,
        9,
        "市内企業への就労や人事異動により、全国から毎年約2,000人以上の転入があるが、転出が転入をやや上回る状況が続いている。"
        "市民意向調査では、まちへの愛着度は8割程度となっている。",
        align="left",
    )
    ws.row_dimensions[row].height = 32
    row += 1
    _span(ws, row, 1, 2, "施策の評価", header=True)
    _span(ws, row, 3, 9, "B（概ね順調）", align="left")
    ws.row_dimensions[row].height = 20
    row += 1
    _text(ws, row + 1, 1, "２　成果指標の状況", bold=True, size=11)
    _text(
        ws,
        row + 2,
        1,
        "達成状況：「達成（年度）」は目標値（R7）に初めて達した年度を示します。「未達成」は目標値に達していないものです。",
        size=8,
    )
    h = row + 3
    for c, word in [
        (1, "No."),
        (2, "成果指標"),
        (3, "単位"),
        (4, "後期計画策定時\n（R2）"),
        (8, "目標値\n（R7）"),
        (9, "達成状況"),
    ]:
        _put(ws, h, c, word, header=True)
        _put(ws, h + 1, c, None, header=True)
        _merge(ws, h, c, h + 1, c)
    _span(ws, h, 5, 7, "実績値", header=True)
    for j, w in enumerate(["R3", "R4", "R5"]):
        _put(ws, h + 1, 5 + j, w, header=True)
    ws.row_dimensions[h].height = 20
    ws.row_dimensions[h + 1].height = 20
    r = h + 2
    for no, name, unit, *vals, mark in IN_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate(vals):
            fmt = None
            if isinstance(v, float):
                fmt = "0.00" if name == "合計特殊出生率" else "0.0"
            _put(ws, r, 4 + j, v, align="center" if v == "集計中" else "right", fmt=fmt)
        _put(ws, r, 9, mark, align="center")
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※実績値等の（県　）は三重県平均値、（全国　）は全国平均値で、比較のために掲げた参考値です。令和5年度の全国平均値は未公表です。",
            "※No.2は住民基本台帳による転入者数から転出者数を差し引いた数です（△は転出超過）。",
            "※No.4の令和5年度実績は、人口動態統計の公表前のため集計中です。",
            "※No.1は市民意識調査（毎年実施、有効回答数1,186人）によります。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "inabe_shisaku_hyoka_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 日高川町 (和歌山県日高郡): 日高川町総合計画 成果指標の達成状況（令和5年度実績）
# --------------------------------------------------------------------------------------------

# Real (Wikipedia and its mirrors, yumeclub21.hidakagawa.jp): the merger of 川辺町・中津村・美山村 on
# 2005-05-01, 331.59 km², about 90 % forest, 紀州備長炭 the largest output in Japan, 道成寺, 椿山ダム,
# みかん, the 推計人口 8,447人 (2024-12-01), Iターン. Made up: the plan's name (assumed), the sheet, its 課,
# the 施策, every indicator, figure, grade, band and note; the 412t is no real output figure.
HG_ROWS = [
    (
        "1-2\n農林業の振興",
        [
            ("紀州備長炭の生産量", "412t", "398t", "420t", "405t", "96.4%", "B", "450t"),
            ("新規就農者数", "3人", "4人", "4人", "5人", "125.0%", "A", "5人"),
        ],
    ),
    (
        "2-1\n観光・交流の推進",
        [
            (
                "観光入込客数",
                "52.4万人",
                "41.8万人",
                "48.0万人",
                "50.2万人",
                "104.6%",
                "A",
                "55.0万人",
            ),
            ("UIターンによる移住者数", "38人", "41人", "40人", "集計中", "－", "－", "45人"),
        ],
    ),
    (
        "4-3\n消防・救急体制の充実",
        [
            (
                "救急車の現場到着所要時間（平均）",
                "12分18秒",
                "11分54秒",
                "11分30秒以内",
                "11分30秒",
                "100.0%",
                "A",
                "11分00秒以内",
            ),
        ],
    ),
]
HG_LEGEND = [
    ("A", "目標を達成（達成率100％以上）"),
    ("B", "達成率80％以上100％未満"),
    ("C", "達成率60％以上80％未満"),
    ("D", "達成率60％未満"),
    ("－", "実績が確定しておらず評価できない"),
]


def hidakagawa() -> Path:
    wb, ws = _sheet("成果指標", [16, 30, 11, 11, 13, 11, 9, 7, 14])
    _text(ws, 1, 1, "日高川町総合計画　成果指標の達成状況（令和5年度実績）", bold=True, size=14)
    _text(ws, 2, 9, "令和7年1月　日高川町企画政策課", align="right")
    row = _fields(
        ws,
        4,
        [
            [
                (
                    "町の概要",
                    "平成17年5月1日に川辺町・中津村・美山村が合併して誕生。面積331.59k㎡（約9割が森林）。紀州備長炭の生産量は日本一。",
                )
            ],
            [("人口", "8,447人（令和6年12月1日推計）")],
        ],
        {1: [(1, 1, 2, 9)]},
    )
    ws.row_dimensions[4].height = 30
    top = row + 1
    _para(
        ws,
        top,
        1,
        3,
        "達成率＝R5実績÷R5目標×100\n（救急車の現場到着所要時間は、R5目標÷R5実績×100）\n\n"
        "評価は、R5目標に対する達成率により右表の基準で判定しています。",
        None,
        size=8,
        r2=top + 5,
    )
    _span(ws, top, 5, 5, "評価", header=True)
    _span(ws, top, 6, 9, "評価の基準（R5目標に対する達成率）", header=True)
    for i, (letter, text) in enumerate(HG_LEGEND, start=1):
        _put(ws, top + i, 5, letter, align="center")
        _span(ws, top + i, 6, 9, text)
    for i in range(6):
        ws.row_dimensions[top + i].height = 16
    _text(ws, top + 7, 1, "■成果指標の達成状況", bold=True, size=11)
    h = top + 8
    for c, word in enumerate(
        [
            "施策",
            "成果指標",
            "基準値\n（R元）",
            "R4実績",
            "R5目標",
            "R5実績",
            "達成率",
            "評価",
            "目標値\n（R7）",
        ],
        start=1,
    ):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 30
    r = h + 1
    for measure, inds in HG_ROWS:
        first = r
        for name, *vals in inds:
            _put(ws, r, 2, name)
            for j, v in enumerate(vals):
                _put(
                    ws,
                    r,
                    3 + j,
                    v,
                    align="center" if v in ("集計中", "－") or j == 5 else "right",
                    bold=j == 5,
                )
            ws.row_dimensions[r].height = 22
            r += 1
        _put(ws, first, 1, measure, valign="center")
        if r - 1 > first:
            _merge(ws, first, 1, r - 1, 1)
    _notes(
        ws,
        r + 1,
        [
            "※観光入込客数は、道成寺、椿山ダム周辺などの町内主要観光地の入込客数の合計です。",
            "※UIターンによる移住者数の令和5年度実績は集計中のため、評価を「－」としています。",
            "※関連事業費（R5決算）：紀州備長炭振興事業 8,420千円、観光振興事業 21,360千円、救急業務負担金 96,540千円",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "hidakagawa_seika_shihyo_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 野迫川村 (奈良県吉野郡): 野迫川村まち・ひと・しごと創生推進計画 KPIの実績（令和4年度）
# --------------------------------------------------------------------------------------------

# Real (地域再生計画, furusato-funding.jp/projects/2197; 立里荒神社・雲海 pages): the plan's name, 449人
# (平成27年国勢調査), the fewest of 奈良県's 39 市町村, 75人 fewer in five years (▲14.3%), 369人 (住民基本台帳,
# 令和元年), 61人 projected for 令和42年, 雲海, 立里荒神社, 平維盛 and its summer festival. Made up: the page, its
# date and 課, every KPI, figure, tag and note.
NS_HEAD = """<thead>
<tr><th rowspan="2" scope="col">KPI</th><th rowspan="2" scope="col">単位</th><th rowspan="2" scope="col">基準値<br>（R元）</th><th colspan="2" scope="colgroup">令和3年度</th><th colspan="2" scope="colgroup">令和4年度</th><th rowspan="2" scope="col">目標値<br>（R6）</th></tr>
<tr><th scope="col">目標</th><th scope="col">実績</th><th scope="col">目標</th><th scope="col">実績</th></tr>
</thead>"""
NS_ROWS = [
    (
        "【達成】",
        "雲海ビューポイント等を訪れる観光客数",
        "人",
        ["18,400", "20,000", "22,600", "22,000", "27,300", "30,000"],
    ),
    (
        "【未達成】",
        "村内交流イベントの参加者数",
        "人",
        [
            "延べ1,050（実380）",
            "延べ1,200",
            "延べ640（実215）",
            "延べ1,300",
            "延べ1,236（実412）",
            "延べ1,500",
        ],
    ),
    (
        "【達成】",
        "移住相談を経た村外からの移住者数",
        "人",
        ["2", "2", "3", "2", "2", "累計10"],
    ),
    (
        "【－】",
        "村内宿泊施設の宿泊者数",
        "人",
        ["4,820", "4,000", "3,412", "4,500", "集計中", "5,000"],
    ),
]


def nosegawa_html() -> str:
    rows = []
    for tag, name, unit, vals in NS_ROWS:
        cells = "".join(f'<td class="num">{v}</td>' for v in vals)
        rows.append(
            f'<tr><th scope="row" class="l"><span class="hyoka">{tag}</span>{name}</th>'
            f'<td class="c">{unit}</td>{cells}</tr>'
        )
    body = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>野迫川村まち・ひと・しごと創生推進計画　KPIの実績（令和4年度） - 野迫川村</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
thead th {{ background: #d9d9d9; }}
th.l {{ text-align: left; font-weight: normal; }}
span.hyoka {{ font-weight: bold; }}
td.num {{ text-align: right; }}
td.c {{ text-align: center; }}
</style>
</head>
<body>
<p><a href="/">ホーム</a> &gt; <a href="/soshiki/">村政情報</a> &gt; 地方創生</p>
<h1>野迫川村まち・ひと・しごと創生推進計画　重要業績評価指標（KPI）の実績（令和4年度）</h1>
<p>掲載日：2023年9月12日　野迫川村総務課</p>
<p>本村の総人口は449人（平成27年国勢調査）で、奈良県39市町村の中で最も少なく、平成22年からの5年間で75人（▲14.3%）減少しました。住民基本台帳では令和元年に369人となり、令和42年には61人まで減少すると見込まれています。雲海や立里荒神社などの地域資源を活かし、交流から移住・定住につなげるため、本計画に基づく事業を進めています。</p>
<h2>１　KPIの見方</h2>
<p>指標名の前の【達成】は令和4年度の目標を達成した指標、【未達成】は達成できなかった指標、【－】は実績が確定しておらず評価できない指標です。</p>
<h2>２　KPIの実績</h2>
<table>
{NS_HEAD}
<tbody>
{body}
</tbody>
</table>
<p>※村内交流イベントの参加者数は延べ人数で、（　）内は実人数です。令和3年度は平維盛の大祭などを縮小して開催しました。</p>
<p>※移住者数の目標値（R6）は令和2年度からの累計です。</p>
<p>※村内宿泊施設の宿泊者数の令和4年度実績は集計中です。</p>
<p>※令和4年度の交付対象事業費は6,480千円（うち交付金3,240千円）です。KPI4項目のうち、達成2項目、未達成1項目、評価できないもの1項目でした。</p>
<p>お問い合わせ：野迫川村総務課　企画係</p>
</body>
</html>
"""


def nosegawa() -> Path:
    path = HERE / "nosegawa_kpi_jisseki_r4.html"
    path.write_bytes(nosegawa_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (kamikawa, inabe, hidakagawa):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {nosegawa().name}")


if __name__ == "__main__":
    main()
