"""Build the documents of forms385/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/tsubetsu_saisei_kpi_r4.xlsx``, a 地域再生計画 KPI sheet in the manner of 津別町 (北海道): four
  KPI cards laid two across, each with its own ``年度 | 目標値 | 実績値`` header and its unit on a line of
  its own (``（単位：千円）``); **one card dated by bare Western years (``2018`` …) that a note calls fiscal
  years**, **one card whose header puts 実績値 before 目標値**, a ``休館`` actual; and the PDF;
* ``source/okuizumo_senryaku_kpi_r5.xlsx``, a 総合戦略 KPI sheet in the manner of 奥出雲町 (島根県): one
  grid with **indented ``うち…`` breakdown rows under a KPI** (a note: 内訳, not KPIs) and **a target cell
  carrying its own year, ``2,000（R5）``, under ``目標値（R6）``**, ``千人`` and ``百万円``; and the PDF;
* ``source/okawa_jimujigyo_ryugaku_r5.xlsx``, a 事務事業評価シート in the manner of 大川村 (高知県):
  活動指標 and 成果指標 rows in one grid, **a ``定員`` column between 単位 and the years that looks like
  values and is none**, and a ``各年度5月1日現在`` note; and the PDF;
* ``kotake_senryaku_kensho_r6.html``, a 総合戦略 final check page in the manner of 小竹町 (福岡県): two
  ``<h2>`` sections with a two-row ``<thead>``, **a revised target ``<del>15,000</del> 12,000``** explained by
  **a note row inside the ``<tbody>``**, and **a last year column headed ``令和6年度<br>（見込）``** under 実績値.

The PDF steps are skipped, with a message, when ``soffice`` is not installed.
These are re-typed forms of other municipalities, not their own files (README.md, SOURCES.tsv).
XLSX and HTML are byte-stable (fixed dates; zip members rewritten with a fixed timestamp).
"""
# ruff: noqa: E501, B905

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
LIGHT = PatternFill("solid", fgColor="EDF2F8")
FONT = "Noto Sans CJK JP"
FIXED = dt.datetime(2026, 12, 6, 0, 0, 0)


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms385/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms385/build.py"
    ws = wb.active
    ws.title = title
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    return wb, ws


def _put(ws, row, col, value, header=False, fmt=None, align=None, size=9, bold=False, fill=None):
    """A bordered cell. Numbers stay numbers, with a number format."""
    cell = ws.cell(row=row, column=col, value=None if value == "" else value)
    cell.border = BORDER
    cell.font = Font(name=FONT, size=size, bold=bold)
    if header:
        cell.fill = SHADE
        cell.alignment = Alignment(horizontal=align or "center", vertical="center", wrap_text=True)
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        cell.alignment = Alignment(horizontal=align or "right", vertical="center")
        cell.number_format = fmt or ("#,##0" if isinstance(value, int) else "#,##0.0")
    else:
        cell.alignment = Alignment(horizontal=align or "left", vertical="center", wrap_text=True)
    if fill is not None:
        cell.fill = fill
    return cell


def _span(ws, row, c1, c2, value, header=False, **kw):
    cell = _put(ws, row, c1, value, header=header, **kw)
    for c in range(c1 + 1, c2 + 1):
        _put(ws, row, c, None, header=header, fill=kw.get("fill"))
    if c2 > c1:
        ws.merge_cells(start_row=row, start_column=c1, end_row=row, end_column=c2)
    return cell


def _text(ws, row, col, value, bold=False, size=9, align=None):
    cell = ws.cell(row=row, column=col, value=value)
    cell.font = Font(name=FONT, size=size, bold=bold)
    cell.alignment = Alignment(horizontal=align or "left", vertical="center")
    return cell


def _para(ws, row, c1, c2, value, height, size=9, border=False):
    cell = ws.cell(row=row, column=c1, value=value)
    cell.font = Font(name=FONT, size=size)
    cell.alignment = Alignment(horizontal="left", vertical="top", wrap_text=True)
    if border:
        for c in range(c1, c2 + 1):
            ws.cell(row=row, column=c).border = BORDER
    ws.merge_cells(start_row=row, start_column=c1, end_row=row, end_column=c2)
    ws.row_dimensions[row].height = height
    return cell


def _field(ws, row, label, value, c2, height=18, lc=1):
    """A form field: a shaded label cell (columns 1..lc) and a value merged over lc+1..c2."""
    _span(ws, row, 1, lc, label, header=True)
    _span(ws, row, lc + 1, c2, value)
    ws.row_dimensions[row].height = height


def _page(ws, orientation: str) -> None:
    ws.page_setup.orientation = orientation
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    ws.page_margins.header = ws.page_margins.footer = 0.3


def _save(wb, path: Path) -> None:
    """Save, then rewrite the zip with fixed member dates (byte-stable output)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    with zipfile.ZipFile(path) as zin:
        members = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in members:
            if name == "docProps/core.xml":
                data = re.sub(
                    rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                    rb"\g<1>2026-12-06T00:00:00Z\g<2>",
                    data,
                )
            info = zipfile.ZipInfo(name, date_time=(2026, 12, 6, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, data)


def to_pdf(xlsx: Path) -> None:
    """Convert a source XLSX to a PDF next to build.py (LibreOffice headless)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        print(f"soffice not found: {xlsx.with_suffix('.pdf').name} not rebuilt")
        return
    with tempfile.TemporaryDirectory(prefix="forms385_soffice_") as tmp:
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


# --------------------------------------------------------------------------------------------
# 津別町 (北海道網走郡): 地域再生計画の実施状況（令和4年度）, four KPI cards two across
# --------------------------------------------------------------------------------------------

# Real: 15,676人 (昭和35年), 5,008人 (平成27年), 森林 86.42%, 「愛林のまち」宣言 (昭和57年), つべつ木材工芸館
# and its renewal closure (reopened the April after 2018). Made up: the plan's name, 課, period, every KPI
# and figure.
TS_YEARS = ["H30", "R元", "R2", "R3", "R4"]
TS_CARDS = [
    # (label, name, unit line, year labels, header order, rows of (target, actual))
    (
        "KPI①",
        "つべつ木材工芸館の入館者数",
        "（単位：人）",
        TS_YEARS,
        ("目標値", "実績値"),
        [(8000, "休館"), (12000, 11842), (12500, 6215), (13000, 7930), (13500, 10468)],
    ),
    (
        "KPI②",
        "木育ワークショップの参加者数",
        "（単位：人）※2",
        ["2018", "2019", "2020", "2021", "2022"],
        ("目標値", "実績値"),
        [(300, 285), (320, 342), (340, 96), (360, 188), (380, 402)],
    ),
    (
        "KPI③",
        "町産材を使用した住宅の新築・改修件数",
        "（単位：件）",
        TS_YEARS,
        ("実績値", "目標値"),
        [(5, 4), (5, 6), (5, 3), (5, 5), (5, 7)],
    ),
    (
        "KPI④",
        "企業版ふるさと納税による寄附額",
        "（単位：千円）",
        TS_YEARS,
        ("目標値", "実績値"),
        [("―", "―"), (3000, 1500), (3000, 2800), (3000, 3200), (3000, 4150)],
    ),
]


def _card(ws, top: int, left: int, card) -> None:
    label, name, unit, years, order, rows = card
    _span(
        ws,
        top,
        left,
        left + 2,
        f"{label}　{name}",
        header=True,
        align="left",
        bold=True,
        fill=LIGHT,
    )
    ws.row_dimensions[top].height = 20
    _text(ws, top + 1, left + 2, unit, align="right")
    _put(ws, top + 2, left, "年度", header=True)
    _put(ws, top + 2, left + 1, order[0], header=True)
    _put(ws, top + 2, left + 2, order[1], header=True)
    for i, (year, (target, actual)) in enumerate(zip(years, rows)):
        r = top + 3 + i
        cells = (target, actual) if order[0] == "目標値" else (actual, target)
        _put(ws, r, left, year, align="center")
        _put(ws, r, left + 1, cells[0], align="right")
        _put(ws, r, left + 2, cells[1], align="right")
        ws.row_dimensions[r].height = 17


def tsubetsu() -> Path:
    wb, ws = _sheet("KPI", [9, 12, 12, 3, 9, 12, 12])
    _text(ws, 1, 1, "令和４年度　地域再生計画の実施状況（重要業績評価指標）", bold=True, size=13)
    _text(ws, 2, 7, "令和5年8月　津別町", align="right")
    _text(ws, 4, 1, "１　計画の概要", bold=True, size=10)
    _field(
        ws, 5, "地域再生計画の名称", "愛林のまち・つべつ　木と暮らす子育て応援プロジェクト", 7, lc=2
    )
    _field(ws, 6, "計画期間", "平成30年度～令和4年度（5年間）", 7, lc=2)
    _field(ws, 7, "担当課", "企画課", 7, lc=2)
    _span(ws, 8, 1, 2, "町の概況", header=True)
    _para(
        ws,
        8,
        3,
        7,
        "本町の人口は昭和35年の15,676人をピークに減少し、平成27年には5,008人となった。町の総面積の86.42％を森林が占め、"
        "昭和57年には全国に先駆けて「愛林のまち」を宣言している。本計画では、木育と町産材の利用を子育て支援につなげ、"
        "5年間で子育て世帯30世帯の転入を目指す。",
        58,
        border=True,
    )
    _text(ws, 10, 1, "２　重要業績評価指標（KPI）の推移", bold=True, size=10)
    _card(ws, 11, 1, TS_CARDS[0])
    _card(ws, 11, 5, TS_CARDS[1])
    _card(ws, 20, 1, TS_CARDS[2])
    _card(ws, 20, 5, TS_CARDS[3])
    notes = [
        "※1　つべつ木材工芸館は、リニューアル工事のため平成30年度は休館した（平成31年4月再開）。",
        "※2　KPI②の年は年度（4月～翌年3月）を表す。令和2年度・3年度は感染症対策のため定員を半分とした。",
        "※3　KPI④は令和元年度から寄附の受入れを開始したため、平成30年度の目標値・実績値はない。",
    ]
    for i, note in enumerate(notes):
        _text(ws, 29 + i, 1, note, size=8)
    _text(ws, 33, 1, "３　総括", bold=True, size=10)
    _para(
        ws,
        34,
        1,
        7,
        "4指標のうち3指標が令和4年度の目標を達成した。工芸館の入館者数は回復途上にあり、令和5年度以降も町内外の"
        "小学校（約20校）への木育出前講座と合わせて誘客を図る。",
        40,
        border=True,
    )
    _page(ws, "portrait")
    path = SOURCE / "tsubetsu_saisei_kpi_r4.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 奥出雲町 (島根県仁多郡): 第２期総合戦略 KPI進捗状況（令和5年度）
# --------------------------------------------------------------------------------------------

# Real: the merger (平成17年3月31日, 仁多町・横田町), 368km², 林野率 83.7%, 14,456人 (平成22年国調), 仁多米,
# 雲州そろばん (昭和60年 伝統的工芸品), たたら製鉄, 尾原ダム. Assumed: the strategy's name and period. Made up:
# 課, the 基本目標 wording, every KPI and figure.
OK_ROWS = [
    # (no, name, unit, base, r3, r4, r5, target, note)
    ("1", "仁多米の出荷量", "t", 1820, 1745, 1790, 1812, "2,000（R5）", "目標年度を前倒し"),
    ("2", "観光入込客数", "千人", 1024.5, 612.3, 745.8, 868.1, 1100.0, ""),
    ("", "　うち尾原ダム周辺", "千人", 312.4, 198.0, 231.6, 270.2, "", "内訳（※1）"),
    ("", "　うちたたら製鉄関連施設", "千人", 86.1, 40.3, 55.7, 71.9, "", "内訳（※1）"),
    ("3", "雲州そろばんの出荷額", "百万円", 152, 131, 128, 135, 150, ""),
    ("4", "町内企業への新規就職者数", "人", 38, 41, 35, 44, 45, ""),
    ("5", "新規就農者数", "人", 4, 6, 3, 5, 6, "各年度の人数"),
]


def okuizumo() -> Path:
    wb, ws = _sheet("KPI進捗", [6, 30, 8, 12, 11, 11, 11, 13, 18])
    _text(
        ws,
        1,
        1,
        "第２期奥出雲町まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）進捗状況（令和５年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 9, "令和6年9月　奥出雲町 企画財政課", align="right")
    _field(ws, 4, "計画期間", "令和2年度～令和6年度（5年間）", 9, lc=2)
    _field(ws, 5, "担当課", "企画財政課", 9, lc=2)
    _span(ws, 6, 1, 2, "町の概況", header=True)
    _para(
        ws,
        6,
        3,
        9,
        "本町は平成17年3月31日に仁多町と横田町が合併して誕生した。面積は368km²で林野率は83.7％、人口は平成22年国勢調査で"
        "14,456人である。たたら製鉄に端を発するものづくりの伝統を持ち、雲州そろばんは昭和60年に国の伝統的工芸品に指定された。"
        "仁多米は町の基幹作物で、作付面積の約9割を占める。",
        46,
        border=True,
    )
    _text(
        ws, 8, 1, "基本目標１　地域の資源を活かした産業を育て、しごとをつくる", bold=True, size=10
    )
    header = [
        "No.",
        "重要業績評価指標（KPI）",
        "単位",
        "基準値（R元）",
        "R3実績",
        "R4実績",
        "R5実績",
        "目標値（R6）",
        "備考",
    ]
    for c, h in enumerate(header, start=1):
        _put(ws, 9, c, h, header=True)
    ws.row_dimensions[9].height = 22
    for i, (no, name, unit, base, r3, r4, r5, target, note) in enumerate(OK_ROWS):
        r = 10 + i
        sub = no == ""
        fill = None
        _put(ws, r, 1, no, align="center", fill=fill)
        _put(ws, r, 2, name, fill=fill, size=8 if sub else 9)
        _put(ws, r, 3, unit, align="center", fill=fill)
        for c, v in zip(range(4, 9), (base, r3, r4, r5, target)):
            _put(ws, r, c, v, align="right", fill=fill, size=8 if sub else 9)
        _put(ws, r, 9, note, fill=fill, size=8)
        ws.row_dimensions[r].height = 18
    notes = [
        "※1　「うち」の行は、No.2 観光入込客数の内訳（参考値）であり、KPIではない。目標値は設定していない。",
        "※2　No.1は、令和4年度の中間見直しにより目標年度を令和5年度に前倒しした（目標値のかっこ内は目標年度）。",
        "※3　千人単位の値は小数点以下第2位を四捨五入している。",
    ]
    for i, note in enumerate(notes):
        _text(ws, 18 + i, 1, note, size=8)
    _text(ws, 22, 1, "■評価と今後の方向性", bold=True, size=10)
    _para(
        ws,
        23,
        1,
        9,
        "観光入込客数は令和5年度に基準値の約85％まで回復した。仁多米は令和5年産の1等米比率が90％を超えたが、出荷量は目標に"
        "届かなかった。令和6年度は直売所と連携して販路を広げる。",
        40,
        border=True,
    )
    _page(ws, "landscape")
    path = SOURCE / "okuizumo_senryaku_kpi_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 大川村 (高知県土佐郡): 事務事業評価シート ふるさと留学（山村留学）推進事業（令和5年度実績）
# --------------------------------------------------------------------------------------------

# Real: 95.27km², 4,114人 (昭和35年国調), 368人 (令和4年2月末), 「人口400人の維持」, ふるさと留学（山村留学）,
# むらづくり推進課, 大川黒牛, 土佐はちきん地鶏, 早明浦ダム. Made up: the sheet, period, every figure.
OA_ROWS = [
    # (区分, no, name, unit, 定員, r3, r4, r5 target, r5 actual, r7 target)
    ("活動指標", "1", "ふるさと留学生の受入人数", "人", 8, 5, 6, 7, 6, 8),
    ("活動指標", "2", "留学希望者向け体験会の開催回数", "回", "―", 3, 4, 4, 5, 4),
    ("成果指標", "1", "大川小中学校の児童生徒数", "人", "―", 22, 24, 25, 23, 26),
    ("成果指標", "2", "留学生の保護者の村内行事参加率", "％", "―", 40.0, 55.0, 60.0, 62.5, 70.0),
]


def okawa() -> Path:
    wb, ws = _sheet("評価シート", [9, 5, 27, 6, 7, 10, 10, 10, 10, 10])
    _text(ws, 1, 1, "令和６年度　事務事業評価シート（令和５年度実績）", bold=True, size=13)
    _text(ws, 2, 10, "作成日　令和6年7月12日", align="right")
    _text(ws, 4, 1, "１　事業の概要", bold=True, size=10)
    _field(ws, 5, "事務事業名", "ふるさと留学（山村留学）推進事業", 10, lc=2)
    _field(ws, 6, "担当課", "むらづくり推進課", 10, lc=2)
    _field(ws, 7, "事業期間", "令和3年度～令和7年度", 10, lc=2)
    _span(ws, 8, 1, 2, "村の概況", header=True)
    _para(
        ws,
        8,
        3,
        10,
        "本村は四国山地の中央部、高知県の最北端に位置し、面積は95.27km²である。人口は昭和35年の4,114人（国勢調査）をピークに、"
        "白滝鉱山の閉山と早明浦ダムの建設を経て減少し、令和4年2月末で368人となった。村は「人口400人の維持」を重点目標に掲げている。",
        46,
        border=True,
    )
    _span(ws, 9, 1, 2, "事業の目的", header=True)
    _para(
        ws,
        9,
        3,
        10,
        "村外の小中学生を村営の寮と里親家庭で受け入れ（1学年2名程度）、村唯一の学校である大川小中学校の児童生徒数を確保する。"
        "留学生の家族には大川黒牛や土佐はちきん地鶏を使った村の行事への参加を呼びかける。",
        40,
        border=True,
    )
    _text(ws, 11, 1, "２　指標の推移", bold=True, size=10)
    header = [
        "区分",
        "No.",
        "指標名",
        "単位",
        "定員",
        "R3年度実績",
        "R4年度実績",
        "R5年度目標",
        "R5年度実績",
        "R7年度目標",
    ]
    for c, h in enumerate(header, start=1):
        _put(ws, 12, c, h, header=True)
    ws.row_dimensions[12].height = 22
    for i, row in enumerate(OA_ROWS):
        r = 13 + i
        kubun, no, name, unit, cap, r3, r4, t5, a5, t7 = row
        _put(ws, r, 1, kubun, align="center")
        _put(ws, r, 2, no, align="center")
        _put(ws, r, 3, name)
        _put(ws, r, 4, unit, align="center")
        _put(ws, r, 5, cap, align="center")
        for c, v in zip(range(6, 11), (r3, r4, t5, a5, t7)):
            _put(ws, r, c, v, align="right")
        ws.row_dimensions[r].height = 18
    ws.merge_cells(start_row=13, start_column=1, end_row=14, end_column=1)
    ws.merge_cells(start_row=15, start_column=1, end_row=16, end_column=1)
    notes = [
        "※　定員は寮・里親家庭で受け入れられる人数の上限（参考）であり、目標値ではない。",
        "※　留学生数・児童生徒数は各年度5月1日現在（学校基本調査）。",
    ]
    for i, note in enumerate(notes):
        _text(ws, 18 + i, 1, note, size=8)
    _text(ws, 21, 1, "３　評価", bold=True, size=10)
    _field(ws, 22, "評価", "B（概ね順調）", 10, lc=2)
    _span(ws, 23, 1, 2, "今後の方向性", header=True)
    _para(
        ws,
        23,
        3,
        10,
        "令和5年度は留学生6名（うち中学生2名）を受け入れた。令和6年度は寮の居室を2室増やし、定員を10名とする予定である。",
        34,
        border=True,
    )
    _page(ws, "portrait")
    path = SOURCE / "okawa_jimujigyo_ryugaku_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 小竹町 (福岡県鞍手郡): 人口ビジョン・総合戦略（第2期） KPIの最終検証, HTML page
# --------------------------------------------------------------------------------------------

# Real: 平成28年2月 (first strategy), 令和2年3月 (第2期), 令和2年度～令和6年度, 基本目標1 wording, 2060年 約4,000人,
# 最盛期 2万1千人, 昭和3年1月1日 町制, 小竹団地 (分譲 2004年3月), 小竹駅西口, 遠賀川, 7,152人. Made up: the page,
# the 課, the 基本目標2 ending, every KPI, figure and note.
KOTAKE_HTML = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>小竹町人口ビジョン・総合戦略（第2期）KPIの最終検証 | 小竹町</title>
<style>
body { font-family: "Noto Sans CJK JP", sans-serif; font-size: 15px; margin: 1.5em; }
nav ol { list-style: none; padding: 0; } nav li { display: inline; } nav li + li::before { content: " > "; }
table { border-collapse: collapse; margin: 0.5em 0 1.5em; }
th, td { border: 1px solid #666; padding: 4px 8px; }
th { background: #e8eef5; }
td.num { text-align: right; }
tr.note td { background: #fafafa; font-size: 13px; }
</style>
</head>
<body>
<nav aria-label="パンくずリスト"><ol>
<li><a href="/">トップページ</a></li>
<li><a href="/chosei/">町政情報</a></li>
<li><a href="/chosei/keikaku/">計画・施策</a></li>
<li>小竹町人口ビジョン・総合戦略（第2期）KPIの最終検証</li>
</ol></nav>
<main>
<h1>小竹町人口ビジョン・総合戦略（第2期）KPIの最終検証</h1>
<p class="date">更新日：2025年3月28日　担当：企画課</p>
<p>本町は、平成28年2月に「まち・ひと・しごと創生 小竹町人口ビジョン・総合戦略」を策定し、令和2年3月に第2期（計画期間：令和2年度～令和6年度）を策定しました。人口ビジョンでは、2060年の人口を約4,000人に維持することを長期目標としています。</p>
<p>昭和3年1月1日の町制施行以来、石炭産業とともに人口は最盛期に2万1千人に達しましたが、現在は7,152人です。計画期間の最終年度にあたり、各KPIの達成状況を検証しました。令和6年度の値は令和7年2月末時点の見込みです。</p>
<h2>基本目標1　安定した雇用を創出し、安心して働ける「まち」をつくる</h2>
<table>
<thead>
<tr><th rowspan="2">No.</th><th rowspan="2">KPI</th><th rowspan="2">単位</th><th rowspan="2">基準値<br>（H30）</th><th colspan="5">実績値</th><th rowspan="2">目標値<br>（R6）</th></tr>
<tr><th>令和2年度</th><th>令和3年度</th><th>令和4年度</th><th>令和5年度</th><th>令和6年度<br>（見込）</th></tr>
</thead>
<tbody>
<tr><td>1</td><td>小竹団地等への企業立地件数（累計）</td><td>件</td><td class="num">12</td><td class="num">12</td><td class="num">13</td><td class="num">13</td><td class="num">14</td><td class="num">15</td><td class="num">16</td></tr>
<tr><td>2</td><td>小竹駅西口周辺の交流拠点利用者数</td><td>人</td><td class="num">―</td><td class="num">―</td><td class="num">3,420</td><td class="num">8,915</td><td class="num">10,240</td><td class="num">11,380</td><td class="num"><del>15,000</del><br>12,000</td></tr>
<tr class="note"><td colspan="10">※No.2の交流拠点は令和3年度の開設のため、基準値と令和2年度の実績はありません。目標値は令和5年度の中間見直しで15,000人から12,000人に改めました。</td></tr>
<tr><td>3</td><td>町内での創業件数</td><td>件</td><td class="num">1</td><td class="num">2</td><td class="num">1</td><td class="num">3</td><td class="num">2</td><td class="num">2</td><td class="num">2</td></tr>
</tbody>
</table>
<h2>基本目標2　住み続けたい、移り住みたい「まち」をつくる</h2>
<table>
<thead>
<tr><th rowspan="2">No.</th><th rowspan="2">KPI</th><th rowspan="2">単位</th><th rowspan="2">基準値<br>（H30）</th><th colspan="5">実績値</th><th rowspan="2">目標値<br>（R6）</th></tr>
<tr><th>令和2年度</th><th>令和3年度</th><th>令和4年度</th><th>令和5年度</th><th>令和6年度<br>（見込）</th></tr>
</thead>
<tbody>
<tr><td>4</td><td>転入者数</td><td>人</td><td class="num">312</td><td class="num">298</td><td class="num">305</td><td class="num">321</td><td class="num">334</td><td class="num">340</td><td class="num">350</td></tr>
<tr><td>5</td><td>空き家バンクを通じた成約件数</td><td>件</td><td class="num">3</td><td class="num">4</td><td class="num">6</td><td class="num">5</td><td class="num">8</td><td class="num">8</td><td class="num">8</td></tr>
</tbody>
</table>
<p>※ 遠賀川河川敷を会場とする町民まつり（来場者約5,000人）は、令和2年度・3年度は中止しました。</p>
<p>このページに関するお問い合わせ：企画課 企画係</p>
</main>
</body>
</html>
"""


def kotake() -> Path:
    path = HERE / "kotake_senryaku_kensho_r6.html"
    path.write_bytes(KOTAKE_HTML.encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (tsubetsu, okuizumo, okawa):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {kotake().name}")


if __name__ == "__main__":
    main()
