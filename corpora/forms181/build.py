# ruff: noqa: E501
"""Build the built documents of forms181/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/yamaga_kanko_seika_r5.xlsx``, a 観光振興計画 成果指標 sheet in the manner of 山鹿市 (熊本県):
  form fields (計画期間, 観光資源, 旅館数, 事業費) over a grid headed ``成果指標［単位］`` whose names
  **end in their unit in full-width square brackets** (``［千人］``, ``［百万円］``, ``［人/日］``), one name
  with a non-unit bracket before it (``（休日）``), and **a relative final target ``1割増（対H30）``**;
  a 進捗 column of words; and the PDF;
* ``source/kamiyama_tsunapro_kpi_r5.xlsx``, a 創生戦略 KPI sheet in the manner of 神山町 (徳島県):
  KPI cells written as sentences (baseline and targets dated inside, or an undated level), actual
  columns headed ``令和3（2021）年度`` …, **actual cells holding a total with its two parts summed in
  brackets** (``47（41＋6）``), and **a ●/○ matrix of the seven 領域 beside every KPI**; and the PDF;
* ``source/tsuno_chagyo_shisaku_r4.xlsx``, a 施策評価シート in the manner of 津野町 (高知県):
  form fields over a grid whose **periods are crop years (``基準値（R元年産）``, ``R2年産`` …
  ``R6年産``)**, with **a scale word and an area denominator in the 単位 column (``千円/10a``)**, a
  ``―`` actual, a 備考 column and a count line; and the PDF;
* ``minamidaito_sosei_kpi_r5.html``, a 総合戦略 KPI page in the manner of 南大東村 (沖縄県):
  two ``<h2>`` 基本目標, each over a table with no 単位 column: **every value cell is a bare number
  followed by its unit in ``<small>``, scale words included** (``6.03<small>万t</small>``,
  ``5.8<small>千人</small>``, ``6.9<small>t/10a</small>``), a ``令和5年度`` header spanning
  ``目標 | 実績``, and **a final target ``1,200人台を維持``**.

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
FIXED = dt.datetime(2026, 12, 9, 0, 0, 0)


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms181/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms181/build.py"
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
    rotate=None,
):
    """A bordered cell. Numbers stay numbers, with a number format."""
    cell = ws.cell(row=row, column=col, value=None if value == "" else value)
    cell.border = BORDER
    cell.font = Font(name=FONT, size=size, bold=bold)
    if header:
        cell.fill = SHADE
        cell.alignment = Alignment(
            horizontal=align or "center",
            vertical=valign or "center",
            wrap_text=True,
            text_rotation=rotate or 0,
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
                    rb"\g<1>2026-12-09T00:00:00Z\g<2>",
                    data,
                )
            info = zipfile.ZipInfo(name, date_time=(2026, 12, 9, 0, 0, 0))
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
    with tempfile.TemporaryDirectory(prefix="forms181_soffice_") as tmp:
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
# 山鹿市 (熊本県): 山鹿市観光振興計画 成果指標の進捗状況（令和5年度実績）
# --------------------------------------------------------------------------------------------

# Real (内閣府 地域再生計画 via furusato-funding.jp/projects/2504; トラベルニュースat interview with the
# mayor): the resources 八千代座, さくら湯, 山鹿灯籠民芸館, 豊前街道, 装飾古墳群; 382万人 visitors, 29万人
# staying guests and 15 旅館 (the interview's "last year"). Made up: the plan, its period, the sheet,
# 課, money, the year 382万人/29万人 are put under (H30), every other figure, target and note.
YG_ROWS = [
    ("1", "観光入込客数［千人］", 3820, 2914, 3500, 3406, 4200, "やや遅れ"),
    ("2", "宿泊客数［千人］", 290, 214, 260, 248, 320, "やや遅れ"),
    ("3", "八千代座の入館者数［千人］", 68.4, 41.2, 60.0, 63.5, 70.0, "順調"),
    ("4", "豊前街道の歩行者通行量（休日）［人/日］", 1240, 980, 1200, 1315, 1400, "順調"),
    ("5", "観光消費額［百万円］", 8420, 6130, 7500, 7880, "1割増（対H30）", "順調"),
]


def yamaga() -> Path:
    wb, ws = _sheet("成果指標", [6, 40, 12, 11, 11, 11, 16, 12])
    _text(ws, 1, 1, "山鹿市観光振興計画　成果指標の進捗状況（令和5年度実績）", bold=True, size=14)
    _text(ws, 2, 8, "令和6年8月　山鹿市経済部商工観光課", align="right")
    _text(ws, 4, 1, "１　計画の概要", bold=True, size=11)
    row = _fields(
        ws,
        5,
        [
            [("計画期間", "令和2年度～令和6年度（5年間）"), ("市内の旅館数", "15軒")],
            [
                (
                    "主な観光資源",
                    "八千代座、さくら湯、山鹿灯籠民芸館、豊前街道の町並み、装飾古墳群",
                )
            ],
            [("観光関連事業費（R5決算・千円）", 48260), ("観光客アンケート回答数", "1,236件")],
        ],
        {
            1: [(1, 2, 3, 8)],
            2: [(1, 2, 3, 5), (6, 6, 7, 8)],
        },
    )
    _text(ws, row + 1, 1, "２　成果指標の進捗状況", bold=True, size=11)
    h = row + 2
    for c, word in enumerate(
        [
            "No.",
            "成果指標［単位］",
            "基準値\n（H30）",
            "R4実績",
            "R5目標",
            "R5実績",
            "目標値\n（R6）",
            "進捗",
        ],
        start=1,
    ):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 30
    r = h + 1
    for no, name, *vals, word in YG_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        for j, v in enumerate(vals):
            _put(ws, r, 3 + j, v, align=None if not isinstance(v, str) else "center")
        _put(ws, r, 8, word, align="center")
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※成果指標の［　］内は単位です。観光入込客数・宿泊客数は年度の集計によります。",
            "※R6の目標「1割増（対H30）」は、観光消費額を基準値（H30）から1割増加させることを目指すものです。",
            "※観光消費額は、観光入込客数×1人当たり消費額（日帰り2,100円、宿泊18,500円）により推計しています。",
            "※進捗は、目標値（R6）の達成見込みを担当課が評価したものです（順調／やや遅れ／遅れ）。R4は新型コロナウイルス感染症の影響を受けています。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "yamaga_kanko_seika_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 神山町 (徳島県名西郡): まちを将来世代につなぐプロジェクト（第2期） KPIの進捗状況（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (in-kamiyama.jp, kankokeizai.com): the strategy's name, its seven 領域, 第2期 2021–2025, the
# 44人/年 転入（転出抑制を含む）, 大埜地の集合住宅 (全20戸), すみはじめ住宅, 2060年 3,000人 and 学級20名以上,
# スダチ 1,119トン (2020年度), 4,941人・2,417世帯 (3月1日現在, 2022). Made up: the sheet, its date and 課,
# the sentences' other levels and years, every actual, mark, grade and the money.
KM_AREAS = ["すまい", "ひと", "しごと", "循環", "安心", "関係", "見える化"]
KM_ROWS = [
    (
        "大埜地の集合住宅の入居戸数を、\n令和2（2020）年度の12戸から\n令和7（2025）年度に20戸（全戸）とする",
        "戸",
        [16, 20, 20],
        {"すまい": "●", "ひと": "○", "循環": "○"},
        "A",
    ),
    (
        "すみはじめ住宅等を経て町内に定住した世帯数を、\n5年間で延べ15世帯とする",
        "世帯",
        [2, 4, 3],
        {"すまい": "●", "関係": "○"},
        "B",
    ),
    (
        "若い世代を中心とした転入者数（転出抑制を含む）を、\n44人/年に増やす",
        "人/年",
        ["47（41＋6）", "52（45＋7）", "39（35＋4）"],
        {"ひと": "●", "すまい": "○", "しごと": "○"},
        "B",
    ),
    (
        "スダチの生産量を、\n令和2（2020）年度の1,119tから\n令和5（2023）年度に1,150t、\n令和7（2025）年度に1,200tとする",
        "t",
        [1062, 1094, 1128],
        {"しごと": "●", "循環": "○"},
        "C",
    ),
]


def kamiyama() -> Path:
    widths = [36, 6, 10, 10, 10] + [3.4] * len(KM_AREAS) + [5]
    wb, ws = _sheet("KPI進捗", widths)
    last = len(widths)
    _text(
        ws,
        1,
        1,
        "神山町創生戦略「まちを将来世代につなぐプロジェクト」（第2期）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 1, "重要業績評価指標（KPI）の進捗状況（令和5年度）", bold=True, size=13)
    _text(ws, 3, last, "令和6年9月　神山町総務課", align="right")
    row = _fields(
        ws,
        5,
        [
            [("戦略期間", "令和3（2021）年度～令和7（2025）年度（第2期）")],
            [
                (
                    "目指す姿",
                    "2060年に3,000人を下回らない人口を維持し、小中学校の各学級20名以上を保つ",
                )
            ],
            [("町の人口", "4,941人（2,417世帯、令和4年3月1日現在）")],
        ],
        {1: [(1, 1, 2, last)]},
    )
    _text(ws, row + 1, 1, "■重要業績評価指標（KPI）の進捗", bold=True, size=11)
    h = row + 2
    for c, word in [(1, "KPI（現状値と目標）"), (2, "単位"), (last, "評価")]:
        _put(ws, h, c, word, header=True)
        _put(ws, h + 1, c, None, header=True)
        _merge(ws, h, c, h + 1, c)
    _span(ws, h, 3, 5, "実績値", header=True)
    for j, y in enumerate(["令和3\n（2021）年度", "令和4\n（2022）年度", "令和5\n（2023）年度"]):
        _put(ws, h + 1, 3 + j, y, header=True)
    a1, a2 = 6, 5 + len(KM_AREAS)
    _span(ws, h, a1, a2, "関連する領域", header=True, size=8)
    for j, area in enumerate(KM_AREAS):
        _put(ws, h + 1, a1 + j, area, header=True, size=8, rotate=255, valign="top")
    ws.row_dimensions[h].height = 20
    ws.row_dimensions[h + 1].height = 62
    r = h + 2
    for sentence, unit, vals, marks, grade in KM_ROWS:
        _put(ws, r, 1, sentence, valign="center")
        _put(ws, r, 2, unit, align="center")
        for j, v in enumerate(vals):
            _put(ws, r, 3 + j, v, align="right")
        for j, area in enumerate(KM_AREAS):
            _put(ws, r, a1 + j, marks.get(area, ""), align="center", size=8)
        _put(ws, r, last, grade, align="center")
        ws.row_dimensions[r].height = 58
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※転入者数の（　）内は内訳（転入者数＋転出抑制数）です。転出抑制数は、転出を予定していた人のうち町内に住み続けた人の数です。",
            "※関連する領域：●主な領域　○関連する領域（すまいづくり、ひとづくり、しごとづくり、循環の仕組みづくり、安心な暮らしづくり、関係づくり、見える化）",
            "※評価：A 順調　B 概ね順調　C 遅れ",
            "※つなプロ関連事業費（令和5年度決算）：186,420千円（うち地方創生推進交付金 62,300千円）",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "kamiyama_tsunapro_kpi_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 津野町 (高知県高岡郡): 津野町総合振興計画 施策評価シート（令和4年度）
# --------------------------------------------------------------------------------------------

# Real (town.kochi-tsuno.lg.jp, ja-kochi.jp): 197.85㎢, 約90%が山林, 平成17年 葉山村・東津野村の合併,
# 5,291人 (令和2年), 四万十川の源流, 茶 (津野山茶), つの茶販売戦略計画 (平成25年度から). Made up: the
# sheet, the 施策 number and 課, money, every indicator, figure, target and note.
TN_ROWS = [
    ("1", "荒茶生産量", "t", 82.4, 76.9, 80.2, 74.5, 85.0, 90.0, "R4年産は春先の低温"),
    ("2", "茶園面積", "ha", 128, 126, 125, 125, 128, 130, ""),
    ("3", "放棄茶園の再生面積（累計）", "ha", 3.2, 4.1, 5.0, 6.3, 6.0, 8.0, "H25年度からの累計"),
    ("4", "一番茶の10a当たり販売額", "千円/10a", 182, 176, 191, 205, 200, 220, ""),
    ("5", "品評会の入賞点数", "点", 6, 4, "―", 7, 5, 8, "R3年産は品評会中止"),
]


def tsuno() -> Path:
    wb, ws = _sheet("施策評価", [6, 30, 10, 13, 10, 10, 10, 11, 11, 22])
    _text(ws, 1, 1, "津野町総合振興計画　施策評価シート（令和4年度）", bold=True, size=14)
    _text(ws, 2, 10, "令和5年9月", align="right")
    row = _fields(
        ws,
        4,
        [
            [("施策名", "2-3　茶業の振興"), ("主管課", "産業課")],
            [
                ("関連計画", "つの茶販売戦略計画（平成25年度～）"),
                ("施策に係る事業費（R4決算・千円）", 42860),
            ],
            [
                (
                    "町の概要",
                    "平成17年に葉山村と東津野村が合併。面積197.85㎢（約90%が山林）、人口5,291人（令和2年）。四万十川の源流の町。",
                )
            ],
        ],
        {
            1: [(1, 2, 3, 10)],
            2: [(1, 2, 3, 6), (7, 8, 9, 10)],
        },
    )
    _text(ws, row + 1, 1, "１　成果指標の状況", bold=True, size=11)
    h = row + 2
    for c, word in [
        (1, "No."),
        (2, "成果指標"),
        (3, "単位"),
        (4, "基準値\n（R元年産）"),
        (10, "備考"),
    ]:
        _put(ws, h, c, word, header=True)
        _put(ws, h + 1, c, None, header=True)
        _merge(ws, h, c, h + 1, c)
    _span(ws, h, 5, 7, "実績値", header=True)
    for j, y in enumerate(["R2年産", "R3年産", "R4年産"]):
        _put(ws, h + 1, 5 + j, y, header=True)
    _span(ws, h, 8, 9, "目標値", header=True)
    for j, y in enumerate(["R4年産", "R6年産"]):
        _put(ws, h + 1, 8 + j, y, header=True)
    ws.row_dimensions[h].height = 20
    ws.row_dimensions[h + 1].height = 20
    r = h + 2
    for no, name, unit, *vals, note in TN_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate(vals):
            if v == "―":
                _put(ws, r, 4 + j, v, align="center")
            else:
                _put(ws, r, 4 + j, v)
        _put(ws, r, 10, note, size=8)
        ws.row_dimensions[r].height = 22
        r += 1
    _span(ws, r, 1, 3, "施策の評価", header=True)
    _span(ws, r, 4, 10, "B（概ね順調）", align="left")
    ws.row_dimensions[r].height = 20
    _notes(
        ws,
        r + 2,
        [
            "※年産：その年に摘採・製造した茶の実績です（例：R4年産＝令和4年の一番茶から秋冬番茶まで）。",
            "※一番茶の10a当たり販売額＝一番茶の販売額÷摘採面積（10a単位）。",
            "※R4年産の実績が目標値（R4年産）以上のものは3項目（No.3～5）、未満のものは2項目（No.1、2）です。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "tsuno_chagyo_shisaku_r4.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 南大東村 (沖縄県島尻郡): 第2期 総合戦略 KPIの進捗状況（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (okinawa-fansite.com, jablog.org): 沖縄本島の東方約400km, 30.57km², 人口1,418人 (2013年6月1日),
# さとうきび as the island's industry since its opening, 平均耕地面積約8ha, the 1997 airport move and
# 39人乗り aircraft, the 製糖期 (12月～3月). Made up: the page, its date and 課, the 基本目標 wording,
# every indicator, figure, target and note.
MD_HEAD = """<thead>
<tr><th rowspan="2">重要業績評価指標（KPI）</th><th rowspan="2">基準値<br>（令和元年度）</th><th rowspan="2">令和4年度<br>実績</th><th colspan="2">令和5年度</th><th rowspan="2">目標値<br>（令和6年度）</th></tr>
<tr><th>目標</th><th>実績</th></tr>
</thead>"""

MD_BLOCKS = [
    (
        "基本目標1　さとうきびを核とした産業の振興",
        [
            (
                "さとうきび生産量",
                [
                    ("5.86", "万t"),
                    ("4.21", "万t"),
                    ("6.00", "万t"),
                    ("6.03", "万t"),
                    ("6.50", "万t"),
                ],
            ),
            (
                "さとうきびの単収",
                [
                    ("6.8", "t/10a"),
                    ("5.1", "t/10a"),
                    ("7.0", "t/10a"),
                    ("6.9", "t/10a"),
                    ("7.5", "t/10a"),
                ],
            ),
        ],
    ),
    (
        "基本目標2　島に人を呼び込み、島で暮らし続ける",
        [
            (
                "入域観光客数",
                [
                    ("5.1", "千人"),
                    ("4.3", "千人"),
                    ("5.5", "千人"),
                    ("5.8", "千人"),
                    ("7.0", "千人"),
                ],
            ),
            (
                "村の人口（各年度末・住民基本台帳）",
                [
                    ("1,262", "人"),
                    ("1,205", "人"),
                    ("1,200", "人"),
                    ("1,183", "人"),
                    ("1,200", "人", "台を維持"),
                ],
            ),
        ],
    ),
]


def _md_cell(parts) -> str:
    number, unit, *rest = parts
    return f'<td class="num">{number}<small>{unit}</small>{"".join(rest)}</td>'


def minamidaito_html() -> str:
    tables = []
    for goal, rows in MD_BLOCKS:
        body = "\n".join(
            f"<tr><td>{name}</td>" + "".join(_md_cell(v) for v in vals) + "</tr>"
            for name, vals in rows
        )
        tables.append(f"<h2>{goal}</h2>\n<table>\n{MD_HEAD}\n<tbody>\n{body}\n</tbody>\n</table>")
    joined = "\n".join(tables)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>第2期南大東村まち・ひと・しごと創生総合戦略 KPIの進捗状況（令和5年度） - 南大東村</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
td.num {{ text-align: right; }}
td.num small {{ font-size: 75%; margin-left: 1px; }}
</style>
</head>
<body>
<p>ホーム &gt; 村政情報 &gt; 計画・施策 &gt; 地方創生</p>
<h1>第2期南大東村まち・ひと・しごと創生総合戦略　KPIの進捗状況（令和5年度）</h1>
<p>更新日：令和6年10月1日　南大東村総務課</p>
<p>南大東村は、沖縄本島の東方約400kmに位置する面積30.57km&sup2;の南大東島を村域とする村です。開拓以来さとうきびを基幹産業とし、農家1戸当たりの平均耕地面積は約8haと大規模です。平成9年（1997年）の空港移転で39人乗りの航空機が就航し、平成25年6月1日現在の人口は1,418人でした。</p>
<p>第2期総合戦略（令和2年度～令和6年度）に掲げた重要業績評価指標（KPI）について、令和5年度の実績を取りまとめました。</p>
{joined}
<p>※さとうきび生産量・単収は、製糖期（12月～翌3月）の実績をその製糖期が終わる年度に計上しています。</p>
<p>※令和5年度の地方創生推進交付金事業費は12,480千円です。</p>
</body>
</html>
"""


def minamidaito() -> Path:
    path = HERE / "minamidaito_sosei_kpi_r5.html"
    path.write_bytes(minamidaito_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (yamaga, kamiyama, tsuno):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {minamidaito().name}")


if __name__ == "__main__":
    main()
