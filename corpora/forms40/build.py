"""Build the built documents of forms40/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/chichibu_shisaku_hyoka_h27.xlsx``, a sheet in the manner of 秩父市 (埼玉県) 施策評価シート
  (◆-headed blocks: **a 市民満足度調査 table of 満足度 / 重要度 scores under era-less years**, the
  施策's 指標 with **targets written `400以上` / `10以下`**, a money list of 事務事業 in 千円), and from it
  ``chichibu_shisaku_hyoka_h27.pdf``;
* ``source/iida_senryaku_keikaku_h29.xlsx``, a sheet in the manner of 飯田市 (長野県) いいだ未来デザイン2028
  戦略計画調書 (戦略 codes `1-①` merged over their 成果指標, **`百万円` in the 単位 column, an `約` actual,
  a `指標の動き` word column and one target dated `2028年度末`**), and from it ``iida_senryaku_keikaku_h29.pdf``;
* ``source/atsuma_jimujigyo_h28.xlsx``, a sheet in the manner of 厚真町 (北海道勇払郡) 事務事業評価シート
  (fields with 事業費 in 千円, **section rows `活動指標` / `成果指標` spanning the grid, a `H29見込` column
  after the actual**, 達成度 in %), and from it ``atsuma_jimujigyo_h28.pdf``;
* ``kesennuma_kpi_kensho_h28.html``, a page in the manner of 気仙沼市 (宮城県) まち・ひと・しごと創生総合戦略
  KPI 検証 (**one two-column card table per KPI, its fields as rows: `基準値（H26）`, `目標値（H28）`,
  `実績値（H27）` …, `億円` and `万人` units**, a 達成率 row and a money row).

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
    wb.properties.creator = "forms40/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms40/build.py"
    ws = wb.active
    ws.title = title
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    return wb, ws


def _put(ws, row, col, value, header=False, fmt=None, align=None, size=9, bold=False, valign=None):
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
    with tempfile.TemporaryDirectory(prefix="forms40_soffice_") as tmp:
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
# 秩父市 (埼玉県): 施策評価シート — ◆見出し、市民満足度（元号のない年度）、以上／以下の目標、事業費
# --------------------------------------------------------------------------------------------

# Real (秩父市 平成27年度 施策評価シート, 森林の保全と活用): the title words, the 施策名, the ◆ block
# headings (◆市民満足度調査の結果◆, ◆市民満足度調査結果に表れる、市民意識の傾向◆, ◆施策の現況と課題◆,
# ◆総合振興計画掲…◆), the survey years 24年度–26年度, the trend sentence and the 現況と課題 text (shortened).
# Made up: 施策番号, 課, every score, the 指標 and their figures, the 事務事業 list and its money.
CHICHIBU_SURVEY = [
    ("満足度", 3.02, 3.05, 3.11, 3.28),
    ("重要度", 3.62, 3.70, 3.66, 3.85),
]
CHICHIBU_ROWS = [
    # (指標名, 単位, 策定時 H23, H25, H26, H27, 中間目標 H27, 最終目標 H29)
    ("森林整備面積（間伐等）", "ha", 298, 405, 388, 421, "400以上", "450以上"),
    ("林業新規就業者数（累計）", "人", 3, 6, 9, 11, 12, 20),
    ("市産材の利用量", "㎥", 1850, 2105, 2240, "―", 2400, 2800),
    ("松くい虫等による被害面積の減少", "ha", 14.2, 9.8, 8.1, 6.5, "10以下", "8以下"),
]
CHICHIBU_JIGYO = [
    ("森林整備事業", "森づくり課", 58214),
    ("市有林管理事業", "森づくり課", 12630),
    ("木材利用促進事業", "森づくり課", 4875),
]


def chichibu() -> Path:
    widths = [30, 7, 13, 10, 10, 10, 12, 12]
    wb, ws = _sheet("施策評価", widths)
    _text(ws, 1, 1, "平成27年度　秩父市施策評価シート", bold=True, size=13)
    _text(ws, 1, 8, "秩父市", align="right", size=9)
    r = 3
    for key, value in (
        ("施策番号", "4-2"),
        ("施策名", "森林の保全と活用"),
        ("主管課", "森づくり課"),
        ("関係課", "農政課、環境立市推進課"),
    ):
        _put(ws, r, 1, key, header=True)
        _span(ws, r, 2, 8, value)
        ws.row_dimensions[r].height = 17
        r += 1
    r += 1
    _text(ws, r, 1, "◆市民満足度調査の結果◆", bold=True, size=10)
    r += 1
    for c, word in enumerate(
        ["区分", "", "24年度", "25年度", "26年度", "全施策平均（26年度）"], start=1
    ):
        if c == 2:
            continue
        if c == 1:
            _span(ws, r, 1, 2, word, header=True)
        else:
            _put(ws, r, c, word, header=True)
    ws.row_dimensions[r].height = 28
    r += 1
    for name, *scores in CHICHIBU_SURVEY:
        _span(ws, r, 1, 2, name, align="center")
        for i, v in enumerate(scores):
            _put(ws, r, 3 + i, v, fmt="0.00")
        r += 1
    _text(ws, r, 1, "※5段階評価の平均点（5：満足・重要　～　1：不満・重要でない）", size=8)
    r += 2
    _text(ws, r, 1, "◆市民満足度調査結果に表れる、市民意識の傾向◆", bold=True, size=10)
    r += 1
    _para(
        ws,
        r,
        1,
        8,
        "・過去3年間の調査結果では、満足度、重要度ともに、平均値よりもやや低い。市民の満足度を高めるため、重点的な取組が求められる施策と考えられる。",
        30,
        border=True,
    )
    r += 2
    _text(ws, r, 1, "◆施策の現況と課題◆", bold=True, size=10)
    r += 1
    _para(
        ws,
        r,
        1,
        8,
        "・森林は、国土の保全、水源の涵（かん）養、木材等の生産等の多面的機能の発揮によって、私たちに大きな貢献をしている。"
        "戦後造林された人工林は本格的な利用期を迎えており、森林資源の充実と公益的機能の発揮を図りながら、森林を循環的に利用していくことが重要な課題となっている。",
        44,
        border=True,
    )
    r += 2
    _text(ws, r, 1, "◆総合振興計画掲載の指標◆", bold=True, size=10)
    r += 1
    h1, h2 = r, r + 1
    for col, word in (
        (1, "指標名"),
        (2, "単位"),
        (3, "策定時（H23）"),
        (7, "中間目標（H27）"),
        (8, "最終目標（H29）"),
    ):
        _put(ws, h1, col, word, header=True)
        _put(ws, h2, col, None, header=True)
        _merge(ws, h1, col, h2, col)
    _span(ws, h1, 4, 6, "実績値", header=True)
    for col, word in ((4, "H25"), (5, "H26"), (6, "H27")):
        _put(ws, h2, col, word, header=True)
    ws.row_dimensions[h1].height = 18
    ws.row_dimensions[h2].height = 18
    r = h2 + 1
    for name, unit, *values in CHICHIBU_ROWS:
        fmt = "0.0" if unit == "ha" and isinstance(values[0], float) else "#,##0"
        _put(ws, r, 1, name)
        _put(ws, r, 2, unit, align="center")
        for i, v in enumerate(values):
            _put(
                ws,
                r,
                3 + i,
                v,
                fmt=fmt,
                align="center" if v == "―" else ("right" if isinstance(v, str) else None),
            )
        ws.row_dimensions[r].height = 20
        r += 1
    _text(ws, r, 1, "※市産材の利用量のH27実績は、集計中のため「―」としている。", size=8)
    r += 2
    _text(ws, r, 1, "◆施策を構成する主な事務事業◆", bold=True, size=10)
    r += 1
    _span(ws, r, 1, 2, "事務事業名", header=True)
    _span(ws, r, 3, 4, "担当課", header=True)
    _span(ws, r, 5, 6, "H27決算額（千円）", header=True)
    r += 1
    for name, dept, money in CHICHIBU_JIGYO:
        _span(ws, r, 1, 2, name)
        _span(ws, r, 3, 4, dept, align="center")
        _span(ws, r, 5, 6, money)
        r += 1
    _page(ws, "portrait")
    path = SOURCE / "chichibu_shisaku_hyoka_h27.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 飯田市 (長野県): いいだ未来デザイン2028 戦略計画調書 — 戦略コード、百万円、約、指標の動き、年度末の目標
# --------------------------------------------------------------------------------------------

# Real (飯田市 いいだ未来デザイン2028戦略計画【平成29(2017)年度】): the title, the 戦略 1 name and the
# 1-① / 1-② / 1-③ names. Made up: the 成果指標, every figure, the 指標の動き words, the date line, notes.
IIDA_ROWS = [
    # (戦略 code and name or None, 成果指標, 単位, 計画策定時 2016, 2017実績, 指標の動き, 目標 2028年度末)
    (
        "1-①",
        "「新たな産業振興の拠点」の形成",
        "製造品出荷額等",
        "百万円",
        236410,
        241085,
        "上昇",
        260000,
    ),
    (None, None, "産業振興拠点の利用企業数", "社", 0, 18, "上昇", 60),
    (
        "1-②",
        "新たな産業分野、地域産業の高付加価値化への挑戦",
        "新製品・新技術の開発件数（累計）",
        "件",
        "―",
        12,
        "―",
        100,
    ),
    ("1-③", "地域産業の担い手確保", "市内高校卒業者の市内就職率", "%", 31.5, "約33", "上昇", 40.0),
    (None, None, "新規就農者数", "人", 14, 11, "低下", 20),
]


def iida() -> Path:
    widths = [7, 28, 30, 9, 14, 12, 10, 14]
    wb, ws = _sheet("戦略計画調書", widths)
    _text(ws, 1, 1, "長野県飯田市", size=9)
    _text(ws, 2, 1, "いいだ未来デザイン2028　戦略計画調書【平成29(2017)年度】", bold=True, size=13)
    _text(ws, 3, 8, "平成30年8月　企画課", align="right", size=8)
    _text(ws, 5, 1, "１　若者が帰ってこられる産業をつくる", bold=True, size=11)
    h = 6
    for c, word in enumerate(
        [
            "戦略",
            "",
            "成果指標",
            "単位",
            "計画策定時\n（2016年度）",
            "2017年度\n実績",
            "指標の動き",
            "目標\n（2028年度末）",
        ],
        start=1,
    ):
        if c == 2:
            continue
        if c == 1:
            _span(ws, h, 1, 2, word, header=True)
        else:
            _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 32
    r = h + 1
    first = None
    for code, name, ind, unit, base, act, move, target in IIDA_ROWS:
        fmt = "0.0" if unit == "%" else "#,##0"
        if code is not None:
            _put(ws, r, 1, code, align="center")
            _put(ws, r, 2, name)
            first = r
        else:
            for col in (1, 2):
                _put(ws, r, col, None)
            _merge(ws, first, 1, r, 1)
            _merge(ws, first, 2, r, 2)
        _put(ws, r, 3, ind)
        _put(ws, r, 4, unit, align="center")
        for col, v in ((5, base), (6, act), (8, target)):
            _put(
                ws,
                r,
                col,
                v,
                fmt=fmt,
                align="center" if v == "―" else ("right" if isinstance(v, str) else None),
            )
        _put(ws, r, 7, move, align="center")
        ws.row_dimensions[r].height = 26
        r += 1
    _text(
        ws, r, 1, "指標の動き：計画策定時と比べた2017年度実績の動き（上昇・横ばい・低下）", size=8
    )
    _text(
        ws,
        r + 1,
        1,
        "※製造品出荷額等は工業統計調査による（2017年度実績欄は平成28年の数値）。",
        size=8,
    )
    _text(
        ws,
        r + 2,
        1,
        "※新製品・新技術の開発件数は2017年度からの累計。市内就職率の2017年度実績は速報値による概数。",
        size=8,
    )
    _page(ws, "landscape")
    path = SOURCE / "iida_senryaku_keikaku_h29.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 厚真町 (北海道勇払郡): 事務事業評価シート — 区分行（活動指標／成果指標）、H29見込、達成度、事業費（千円）
# --------------------------------------------------------------------------------------------

# Real (地域再生計画 自治体広域連携による「ローカルベンチャー」推進事業, 平成28年6月, 厚真町 among the
# eight): the program's name and its aim (ローカルベンチャー, 地域資源を活用し地域に新たな市場や経済を創出).
# Made up: the sheet, the fields, every indicator, figure and note.
ATSUMA_ROWS = [
    # (section or None, 指標名, 単位, H27実績, H28目標, H28実績, 達成度, H29見込, H30目標)
    ("活動指標", None, None, None, None, None, None, None, None),
    (None, "起業家育成プログラム受講者数", "人", 4, 6, 7, 116.7, 7, 10),
    (None, "町外向け移住・起業説明会の開催回数", "回", 2, 4, 3, 75.0, 4, 4),
    ("成果指標", None, None, None, None, None, None, None, None),
    (None, "町内での起業・事業承継件数", "件", 1, 2, 2, 100.0, 3, 8),
    (None, "地域おこし協力隊員の任期後定住率", "%", "―", 50.0, 66.7, 133.4, None, 60.0),
]


def atsuma() -> Path:
    widths = [32, 7, 10, 10, 10, 11, 10, 12]
    wb, ws = _sheet("事務事業評価シート", widths)
    _text(ws, 1, 1, "平成28年度　事務事業評価シート（平成28年度実施事業）", bold=True, size=13)
    _text(ws, 1, 8, "厚真町", align="right", size=9)
    _text(ws, 3, 1, "１　事務事業の概要", bold=True, size=10)
    r = 4
    for key, value in (
        ("事業番号", "3-2-05"),
        ("事務事業名", "ローカルベンチャー推進事業"),
        ("担当課", "産業経済課　商工観光係"),
        ("総合計画の位置づけ", "基本目標3　活力ある産業のまち　／　施策3-2　商工業の振興"),
        ("事業期間", "平成28年度～平成30年度"),
        ("事業費", "平成28年度決算額　8,420千円（うち地方創生推進交付金　4,210千円）"),
    ):
        _put(ws, r, 1, key, header=True)
        _span(ws, r, 2, 8, value)
        ws.row_dimensions[r].height = 17
        r += 1
    r += 1
    _text(ws, r, 1, "２　事業の目的", bold=True, size=10)
    r += 1
    _para(
        ws,
        r,
        1,
        8,
        "地域資源を活用し、地域に新たな市場や経済を創出するローカルベンチャー（起業家）を町外から呼び込み、育成することで、"
        "魅力ある仕事の創出と移住・定住の促進を図る。",
        32,
        border=True,
    )
    r += 2
    _text(ws, r, 1, "３　事務事業の指標", bold=True, size=10)
    r += 1
    for c, word in enumerate(
        ["指標名", "単位", "H27実績", "H28目標", "H28実績", "達成度（%）", "H29見込", "H30目標"],
        start=1,
    ):
        _put(ws, r, c, word, header=True)
    ws.row_dimensions[r].height = 22
    r += 1
    for section, name, unit, a27, t28, a28, rate, e29, t30 in ATSUMA_ROWS:
        if section is not None:
            _span(ws, r, 1, 8, section, bold=True)
            ws.cell(row=r, column=1).fill = LIGHT
            ws.row_dimensions[r].height = 17
            r += 1
            continue
        fmt = "0.0" if unit == "%" else "#,##0"
        _put(ws, r, 1, name)
        _put(ws, r, 2, unit, align="center")
        for col, v in ((3, a27), (4, t28), (5, a28), (7, e29), (8, t30)):
            _put(
                ws,
                r,
                col,
                v if v is not None else "",
                fmt=fmt,
                align="center" if v == "―" else None,
            )
        _put(ws, r, 6, rate, fmt="0.0")
        ws.row_dimensions[r].height = 20
        r += 1
    _text(ws, r, 1, "※達成度＝H28実績÷H28目標×100。H29見込は平成29年9月末時点の見込み。", size=8)
    _text(
        ws,
        r + 1,
        1,
        "※任期後定住率は平成28年度から把握（H27は「―」）。H29見込は任期満了者がいないため空欄。",
        size=8,
    )
    r += 3
    _text(ws, r, 1, "４　評価", bold=True, size=10)
    r += 1
    _put(ws, r, 1, "有効性", header=True)
    _span(ws, r, 2, 4, "A　成果が上がっている")
    _put(ws, r, 5, "今後の方向性", header=True)
    _span(ws, r, 6, 8, "継続")
    _page(ws, "portrait")
    path = SOURCE / "atsuma_jimujigyo_h28.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 気仙沼市 (宮城県): 総合戦略 KPI 検証 — KPI ごとの二列カード表（項目が行）、億円・万人
# --------------------------------------------------------------------------------------------

# Real (気仙沼市まち・ひと・しごと創生「人口ビジョン」「総合戦略」骨子): the 将来都市像 words 世界に羽ばたく
# 産業のまち ～「しごと」創出と「ひと」の流れ～, 日本で一番住みたいまち, the period 2015～2019年度 and the
# 目標人口 5万3,500人 (2040). Made up: the 施策 headings, every KPI, figure, 課 and note.
KESENNUMA = [
    (
        "(1) 水産業の振興",
        [
            (
                "①",
                "魚市場水揚金額",
                "億円",
                "186",
                "200",
                "220",
                "202",
                "196",
                "98.0%",
                "水産課",
                None,
            ),
            ("②", "新規漁業就業者数", "人", "8", "10", "10", "11", "―", "―", "水産課", None),
        ],
    ),
    (
        "(2) 観光の振興",
        [
            (
                "③",
                "観光客入込数",
                "万人",
                "170.3",
                "200",
                "250",
                "186.5",
                "205.2",
                "102.6%",
                "観光課",
                "18,240",
            ),
            (
                "④",
                "宿泊者数",
                "人",
                "155,820",
                "180,000",
                "200,000",
                "171,340",
                "176,905",
                "98.3%",
                "観光課",
                None,
            ),
        ],
    ),
]


RIGHT = ' class="r"'


def _card(label, name, unit, base, t28, t31, a27, a28, rate, dept, money) -> str:
    rows = [
        ("KPI", f"{label}　{name}"),
        ("単位", unit),
        ("基準値（H26）", base),
        ("目標値（H28）", t28),
        ("目標値（H31）", t31),
        ("実績値（H27）", a27),
        ("実績値（H28）", a28),
        ("達成率（H28）", rate),
        ("担当課", dept),
    ]
    if money is not None:
        rows.append(("関連事業費（H28決算・千円）", money))
    plain = ("KPI", "単位", "担当課")
    body = "\n".join(
        f'<tr><th scope="row">{k}</th><td{"" if k in plain else RIGHT}>{v}</td></tr>'
        for k, v in rows
    )
    return f'<table class="kpi">\n{body}\n</table>'


def kesennuma_html() -> str:
    blocks = []
    for heading, cards in KESENNUMA:
        blocks.append(f"<h3>{heading}</h3>")
        blocks.extend(_card(*c) for c in cards)
    body = "\n".join(blocks)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>気仙沼市まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の検証（平成28年度）</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table.kpi {{ border-collapse: collapse; margin: 0.3em 0 0.8em; width: 30em; }}
table.kpi th, table.kpi td {{ border: 1px solid #333; padding: 2px 6px; }}
table.kpi th {{ background: #e8e8e8; font-weight: normal; text-align: left; width: 13em; }}
td.r {{ text-align: right; }}
p.note {{ font-size: 85%; }}
</style>
</head>
<body>
<h1>気仙沼市まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の検証（平成28年度）</h1>
<p>総合戦略（2015～2019年度）に掲げた重要業績評価指標（KPI）について、平成28年度の実績を取りまとめました。
人口ビジョンでは、2040年の目標人口を5万3,500人としています。</p>
<h2>基本目標1　世界に羽ばたく産業のまち～「しごと」創出と「ひと」の流れ～</h2>
{body}
<p class="note">※達成率は、実績値（H28）を目標値（H28）で除したものです。</p>
<p class="note">※新規漁業就業者数のH28実績値は、関係機関の調査が未了のため「―」としています。</p>
<p class="note">※次回の検証は、基本目標2　日本で一番住みたいまち～暮らしやすさと「まち」の魅力～の各KPIとあわせて行います。</p>
</body>
</html>
"""


def kesennuma() -> Path:
    path = HERE / "kesennuma_kpi_kensho_h28.html"
    path.write_bytes(kesennuma_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (chichibu, iida, atsuma):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {kesennuma().name}")


if __name__ == "__main__":
    main()
