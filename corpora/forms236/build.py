# ruff: noqa: E501
"""Build the built documents of forms236/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/kanra_jimujigyo_hyoka_r5.xlsx``, a 事務事業評価シート in the manner of 甘楽町 (群馬県):
  bordered form fields (事務事業名, 担当課, 担当係, 予算科目, 事業期間, 総合計画の位置付け, 関連計画,
  **上位施策の町民評価 with its survey scores and their rank among all 施策, ``満足度 3.21点（全32施策中7位）``**,
  事業の概要), then one grid ``区分 | No. | 項目 | 単位 | R3実績 | R4実績 | 令和5年度 (計画 | 実績) | R6計画``
  whose **区分 cells, merged down, split it into ``インプット（投入量）`` (the 事業費, its ``うち報償費`` /
  ``うち委託料`` / ``うち一般財源`` lines in 千円 and the staff in ``人役``), ``アウトプット（活動量）`` and
  ``アウトカム（成果）``**, all in the same year columns; a ``３　評価`` box; and the PDF;
* ``source/aoki_kpi_shinchoku_h30.xlsx``, a 総合戦略 KPI 進捗 sheet in the manner of 青木村 (長野県):
  form fields with **the 推進委員会's composition counted by sector** (``産業界2人・行政機関1人・…（計10人）``)
  and its attendance (``出席委員9人／委員10人``), a ◎/○/△/× legend, one grid with shaded 基本目標 rows, a
  ``数値目標`` row and ``①``/``②`` KPI rows under each, ``―（調査なし）``, ``△`` negatives, ``百万円``, and
  **a last column ``主な事業（財源）`` whose cells name each 事業 with its grant and the grant's budget year
  (``（地方創生拠点整備交付金・H28補正）``, ``（地方創生加速化交付金・H27補正）``)**; and the PDF;
* ``source/hachijo_koka_kensho_r6.xlsx``, a 地域再生計画 効果検証シート in the manner of 八丈町 (東京都):
  form fields (計画の名称, 計画期間, 基本目標, 町の概況, money), a KPI grid whose **periods are Western
  year-dot-month year-ends, ``基準値（2022.3末）``, ``2023.3末`` … ``2025.3末`` under ``実績値``,
  ``目標値（2028.3末）``**, and **a second grid of the 企業版ふるさと納税 donors, ``No. | 寄附企業名 | 本社所在地 |
  寄附額（千円） | 充当事業``, numbered 1–3 and closed by a ``計 | 3社 | 5,500`` row**; and the PDF;
* ``yamakita_senryaku_kensho_r5.html``, a 総合戦略 効果検証 page in the manner of 山北町 (神奈川県):
  breadcrumb, ``<h1>``, 更新日 and 担当 lines, a lead with real figures, a ``<table class="outline">`` of
  form fields, **a legend saying that a ``<mark>``-highlighted figure met the year's target, the only
  status on the page**, two ``<h2>`` 基本目標 each over a table (``令和5年度`` spanning ``目標 | 実績``), and
  **a third table counting the 推進会議 members' votes on the four-step national effect scale by
  基本目標 (``2 | 5 | 2 | 0 | 9``)**.

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
    wb.properties.creator = "forms236/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms236/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms236_soffice_") as tmp:
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


def _notes(ws, row: int, lines: list[str], c2: int = 0, height: float = 0) -> int:
    """Note lines under a grid (merged over 1..c2 and wrapped when c2 is given); returns the next row."""
    for line in lines:
        if c2:
            _para(ws, row, 1, c2, line, height or 13, size=8)
        else:
            _text(ws, row, 1, line, size=8)
        row += 1
    return row


def _para(ws, row, c1, c2, value, height, size=9):
    """A wrapped borderless paragraph merged over c1..c2."""
    cell = ws.cell(row=row, column=c1, value=value)
    cell.font = Font(name=FONT, size=size)
    cell.alignment = Alignment(horizontal="left", vertical="top", wrap_text=True)
    ws.merge_cells(start_row=row, start_column=c1, end_row=row, end_column=c2)
    ws.row_dimensions[row].height = height
    return cell


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
    ws.row_dimensions[h].height = 24
    ws.row_dimensions[h + 1].height = 20


def _fields(ws, r: int, rows, c_label: tuple[int, int], c_value: tuple[int, int]) -> int:
    """Bordered key-value form fields, one a row; returns the next free row."""
    for label, value, height in rows:
        _span(ws, r, c_label[0], c_label[1], label, header=True)
        _span(ws, r, c_value[0], c_value[1], value, align="left")
        ws.row_dimensions[r].height = height
        r += 1
    return r


def _num(ws, r, c, v, fmt=None, fill=None, bold=False):
    """A value cell: numbers right-aligned with a format, dashes and words centred."""
    if isinstance(v, float) and fmt is None:
        fmt = "#,##0.0"
    centred = isinstance(v, str) and not v.startswith("△")
    _put(ws, r, c, v, align="center" if centred else "right", fmt=fmt, fill=fill, bold=bold)


# --------------------------------------------------------------------------------------------
# 甘楽町 (群馬県甘楽郡): 事務事業評価シート（令和5年度実施分）
# --------------------------------------------------------------------------------------------

# Real: 楽山園 (国指定名勝, 県内唯一の大名庭園, 平成24年3月から一般公開), 城下町小幡, 雄川堰 (日本名水百選),
# the キラッとかんら観光キャンペーン (3～5月), the 甘楽町歴史的風致維持向上計画 (平成22年3月30日認定), the
# population 13,095人 (2020年, 住民基本台帳). Made up: the sheet, 課・係, 予算科目, the 施策 and its survey
# scores and ranks, every money, staff, 活動量 and 成果 figure, the notes.
KR_FIELDS = [
    ("事務事業名", "城下町小幡・楽山園誘客推進事業", 18),
    ("担当課", "産業課", 16),
    ("担当係", "商工観光係", 16),
    ("予算科目", "一般会計　7款　1項　3目　観光費", 16),
    ("事業期間", "平成24年度～（継続）", 16),
    (
        "総合計画の位置付け",
        "基本目標3　活力とにぎわいのあるまち　＞　施策3-2　歴史・文化を活かした観光の振興",
        16,
    ),
    ("関連計画", "甘楽町歴史的風致維持向上計画（平成22年3月30日認定）", 16),
    (
        "上位施策の町民評価",
        "令和5年度町民意識調査　　満足度 3.21点（全32施策中7位）　　重要度 3.54点（全32施策中21位）",
        16,
    ),
    (
        "事業の概要",
        "国指定名勝「楽山園」（県内唯一の大名庭園、平成24年3月から一般公開）と、日本名水百選「雄川堰」が流れる城下町小幡を核に、"
        "ボランティアガイドによるまち歩きと首都圏での観光PRを行う。令和5年度は「キラッとかんら観光キャンペーン」（3～5月）にあわせて"
        "ガイドの増便を行った。町の人口は13,095人（2020年、住民基本台帳）。",
        44,
    ),
]

# (区分, rows); each row (No., 項目, 単位, R3実績, R4実績, R5計画, R5実績, R6計画, number format)
KR_BLOCKS = [
    (
        "インプット\n（投入量）",
        [
            ("", "事業費", "千円", 6820, 7310, 8200, 7946, 8500, None),
            ("", "　うち報償費（まち歩きガイド謝礼）", "千円", 1140, 1380, 1500, 1452, 1600, None),
            ("", "　うち委託料（首都圏観光PR業務）", "千円", 2970, 3080, 3300, 3245, 3300, None),
            ("", "　うち一般財源", "千円", 4210, 4580, 5000, 4876, 5200, None),
            ("", "従事職員（正規職員）", "人役", 0.8, 0.8, 0.8, 0.9, 0.8, "0.00"),
            ("", "従事職員（会計年度任用職員）", "人役", 0.5, 0.5, 0.6, 0.6, 0.6, "0.00"),
        ],
    ),
    (
        "アウトプット\n（活動量）",
        [
            ("1", "ガイド付きまち歩きの実施回数", "回", 96, 118, 130, 141, 140, None),
            ("2", "首都圏での観光PRイベント出展回数", "回", 4, 6, 8, 7, 8, None),
        ],
    ),
    (
        "アウトカム\n（成果）",
        [
            ("1", "楽山園の入園者数", "千人", 18.4, 21.3, 24.0, 22.6, 26.0, "0.0"),
            ("2", "まち歩きガイドの利用者数", "人", 1046, 1388, 1600, 1712, 1800, None),
            (
                "3",
                "楽山園来園者アンケートで「満足」「やや満足」と答えた人の割合",
                "％",
                78.4,
                81.0,
                83.0,
                83.6,
                85.0,
                "0.0",
            ),
        ],
    ),
]


def kanra() -> Path:
    wb, ws = _sheet("事務事業評価", [11, 5, 36, 6, 9, 9, 9, 9, 9])
    _text(ws, 1, 1, "令和6年度　事務事業評価シート（令和5年度実施分）", bold=True, size=14)
    _text(ws, 2, 9, "作成日：令和6年7月31日", align="right")
    _text(ws, 4, 1, "１　事業の概要", bold=True, size=11)
    r = _fields(ws, 5, KR_FIELDS, (1, 2), (3, 9))
    _text(ws, r + 1, 1, "２　投入量・活動量・成果の推移", bold=True, size=11)
    h = r + 2
    _head2(
        ws,
        h,
        [
            (1, "区分"),
            (2, "No."),
            (3, "項目"),
            (4, "単位"),
            (5, "R3実績"),
            (6, "R4実績"),
            (9, "R6計画"),
        ],
        [(7, 8, "令和5年度", ["計画", "実績"])],
    )
    r = h + 2
    for band, rows in KR_BLOCKS:
        top = r
        for no, name, unit, *vals, fmt in rows:
            _put(ws, r, 2, no, align="center")
            _put(ws, r, 3, name)
            _put(ws, r, 4, unit, align="center")
            for j, v in enumerate(vals):
                _num(ws, r, 5 + j, v, fmt=fmt)
            ws.row_dimensions[r].height = 26 if len(name) > 24 else 18
            r += 1
        _put(ws, top, 1, band, header=True)
        for rr in range(top + 1, r):
            _put(ws, rr, 1, None, header=True)
        _merge(ws, top, 1, r - 1, 1)
    r = _notes(
        ws,
        r,
        [
            "※人役は、事業に従事した業務量を職員1人の年間勤務時間（1,860時間）で換算した値です。",
            "※事業費の「計画」欄は当初予算額、「実績」欄は決算額です（単位：千円）。",
            "※楽山園の入園者数は有料入園者数です。令和5年度は台風による臨時休園（9月、2日間）がありました。",
        ],
        c2=9,
    )
    _text(ws, r + 1, 1, "３　評価", bold=True, size=11)
    _fields(
        ws,
        r + 2,
        [
            (
                "有効性",
                "成果指標3項目のうち2項目で計画値を達成した。楽山園の入園者数は計画に1,400人届かなかったが、前年度から1,300人増加した。",
                30,
            ),
            ("今後の方向性", "□拡充　　■継続　　□改善　　□縮小　　□休止・廃止", 18),
        ],
        (1, 2),
        (3, 9),
    )
    _page(ws, "portrait")
    path = SOURCE / "kanra_jimujigyo_hyoka_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 青木村 (長野県小県郡): “日本一住みたい田舎”の総合戦略 数値目標・KPIの進捗状況（平成30年度）
# --------------------------------------------------------------------------------------------

# Real: the strategy's name (信州・青木村 “日本一住みたい田舎”の総合戦略), 基本目標① and ②, the 事業 names
# (タチアカネ推進プロジェクト, 道の駅あおき高機能拠点化事業, 移住・空き家コーディネータ設置事業, 移住・空き家総合相談
# 窓口設置事業, 移住お試し住宅設置事業), 4,360人・1,742世帯 (2019-02-28), 57.10㎢, 47.40%, the 2016 ranking.
# Made up: the sheet, 課, the committee, its date and composition, the grants named, every figure and mark.
AO_FIELDS = [
    (
        "戦略の名称",
        "信州・青木村 “日本一住みたい田舎”の総合戦略（青木村まち・ひと・しごと創生総合戦略）",
        16,
    ),
    ("計画期間", "平成27年度～平成31年度（5年間）", 16),
    ("効果検証", "青木村総合戦略推進委員会（令和元年7月29日開催、出席委員9人／委員10人）", 16),
    (
        "委員構成",
        "産業界2人・行政機関1人・教育機関1人・金融機関1人・労働団体1人・報道機関1人・住民代表3人（計10人）",
        16,
    ),
    (
        "村の概況",
        "人口4,360人・1,742世帯（平成31年2月28日現在）、面積57.10㎢。上田市への通勤率47.40%（平成27年国勢調査）。"
        "2016年「田舎暮らしの本」（宝島社）の日本一住みたい村ランキングで1位。",
        28,
    ),
]

# (基本目標, rows); each row (No., 指標, 単位, 基準値（H26）, H28, H29, H30, 目標値（H31）, 進捗, 主な事業（財源）, fmt)
AO_BLOCKS = [
    (
        "基本目標①　“青木村らしい仕事づくり”を目指して",
        [
            (
                "数値目標",
                "村内事業所の従業者数",
                "人",
                1486,
                1452,
                "―（調査なし）",
                "―（調査なし）",
                1500,
                "×",
                "―",
                None,
            ),
            (
                "①",
                "タチアカネの作付面積",
                "ha",
                4.2,
                8.6,
                10.3,
                11.8,
                15.0,
                "○",
                "青木村限定栽培蕎麦タチアカネ推進プロジェクト（地方創生推進交付金）",
                "0.0",
            ),
            (
                "②",
                "道の駅あおきの売上額",
                "百万円",
                182,
                226,
                241,
                258,
                250,
                "◎",
                "道の駅あおき高機能拠点化事業（地方創生拠点整備交付金・H28補正）",
                None,
            ),
        ],
    ),
    (
        "基本目標②　“青木村らしい人の流れづくり”を目指して",
        [
            ("数値目標", "社会増減数", "人", "△12", 8, "△5", 14, 10, "◎", "―", None),
            (
                "①",
                "移住・空き家総合相談窓口を通じた移住世帯数（累計）",
                "世帯",
                "―",
                23,
                41,
                58,
                60,
                "○",
                "移住・空き家コーディネータ設置事業、移住・空き家総合相談窓口設置事業（地方創生推進交付金）",
                None,
            ),
            (
                "②",
                "移住お試し住宅の利用者数",
                "人",
                "―",
                38,
                52,
                47,
                60,
                "△",
                "移住お試し住宅設置事業（地方創生加速化交付金・H27補正）",
                None,
            ),
        ],
    ),
]


def aoki() -> Path:
    wb, ws = _sheet("KPI進捗", [9, 38, 7, 10, 10, 10, 10, 10, 6, 46])
    _text(
        ws,
        1,
        1,
        "“日本一住みたい田舎”の総合戦略　数値目標・重要業績評価指標（KPI）の進捗状況（平成30年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 10, "令和元年8月　青木村総務企画課", align="right")
    r = _fields(ws, 4, AO_FIELDS, (1, 2), (3, 10))
    _text(
        ws,
        r + 1,
        1,
        "進捗　◎：目標値（H31）を達成済み　○：目標値は未達成だが順調に推移　△：目標値は未達成で遅れている　×：基準値を下回っている",
        size=8,
    )
    _text(ws, r + 2, 1, "■数値目標及び重要業績評価指標（KPI）の進捗状況", bold=True, size=11)
    h = r + 3
    _head2(
        ws,
        h,
        [
            (1, "No."),
            (2, "数値目標／重要業績評価指標（KPI）"),
            (3, "単位"),
            (4, "基準値\n（H26）"),
            (8, "目標値\n（H31）"),
            (9, "進捗"),
            (10, "主な事業（財源）"),
        ],
        [(5, 7, "実績値", ["H28", "H29", "H30"])],
    )
    r = h + 2
    for goal, rows in AO_BLOCKS:
        _span(ws, r, 1, 10, goal, fill=LIGHT, bold=True)
        ws.row_dimensions[r].height = 18
        r += 1
        for no, name, unit, *vals, mark, jigyo, fmt in rows:
            _put(ws, r, 1, no, align="center", size=8 if no == "数値目標" else 9)
            _put(ws, r, 2, name)
            _put(ws, r, 3, unit, align="center")
            for j, v in enumerate(vals):
                _num(ws, r, 4 + j, v, fmt=fmt)
            _put(ws, r, 9, mark, align="center", bold=True)
            _put(ws, r, 10, jigyo, align="center" if jigyo == "―" else None, size=8)
            ws.row_dimensions[r].height = 26
            r += 1
    _notes(
        ws,
        r,
        [
            "※村内事業所の従業者数は経済センサスによるため、調査のない年は「―（調査なし）」としています。社会増減数の△は転出超過です。",
            "※移住世帯数は平成27年度からの累計です。基準値の「―」は、事業開始前のため数値がないことを示します。",
            "※道の駅あおきは国土交通省の重点「道の駅」に選定されており、平成30年度に拡張部分を開業しました（売上額は村の集計）。",
        ],
        c2=10,
    )
    _page(ws, "landscape")
    path = SOURCE / "aoki_kpi_shinchoku_h30.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 八丈町 (東京都): 八丈町まち・ひと・しごと創生推進計画 効果検証シート（令和6年度）
# --------------------------------------------------------------------------------------------

# Real: the plan's name, 基本目標「ア　産業振興による安定した雇用の創出」, the 事業 names (新規就農者支援・確保事業,
# 漁業担い手確保・雇用促進事業, 農地流動化の促進), the population figures (昭和25年 12,887人, 令和4年 7,128人,
# 老年人口40.9%, 令和3年 出生45人・死亡136人・▲91人), 287km and 55分, the 農業担い手育成研修センター and its
# 第9期生3名 (令和7年度) with the 管理棟 1億5千万円. Made up: the sheet, its period and 課, every KPI figure,
# the money, the donors, the notes.
HJ_FIELDS = [
    ("地域再生計画の名称", "八丈町まち・ひと・しごと創生推進計画", 16),
    ("計画期間", "2023.4～2028.3（5年間）", 16),
    ("基本目標", "ア　産業振興による安定した雇用の創出", 16),
    (
        "町の概況",
        "東京都心から南方287km、羽田空港から約55分。人口は昭和25年の12,887人をピークに減少し、令和4年は7,128人（住民基本台帳）、"
        "老年人口の割合は40.9%。令和3年は出生45人・死亡136人で▲91人の自然減。",
        28,
    ),
    ("KPI関連事業費（R6決算・千円）", "41,260（うち企業版ふるさと納税充当額 5,500）", 16),
]

# (No., KPI, 単位, 基準値（2022.3末）, 2023.3末, 2024.3末, 2025.3末, 目標値（2028.3末）, 主な事業, fmt)
HJ_ROWS = [
    (
        "1",
        "農業担い手育成研修センター修了生の島内就農者数（累計）",
        "人",
        14,
        16,
        17,
        19,
        25,
        "新規就農者支援・確保事業",
        None,
    ),
    ("2", "漁業の新規就業者数（累計）", "人", 3, 5, 6, 8, 12, "漁業担い手確保・雇用促進事業", None),
    ("3", "町内の認定農業者数", "人", 62, 64, 67, 68, 75, "新規就農者支援・確保事業", None),
    ("4", "担い手への農地集積面積", "ha", 38.2, 40.6, 43.1, 44.8, 55.0, "農地流動化の促進", "0.0"),
]

HJ_DONORS = [
    ("1", "島しょ開発株式会社", "東京都港区", 3000, "新規就農者支援・確保事業"),
    ("2", "株式会社アイランドネット", "東京都千代田区", 1500, "漁業担い手確保・雇用促進事業"),
    ("3", "（匿名希望）", "神奈川県横浜市", 1000, "新規就農者支援・確保事業"),
]


def hachijo() -> Path:
    wb, ws = _sheet("効果検証", [6, 40, 6, 11, 9, 9, 9, 11, 26])
    _text(
        ws,
        1,
        1,
        "八丈町まち・ひと・しごと創生推進計画　効果検証シート（令和6年度）",
        bold=True,
        size=14,
    )
    _text(ws, 2, 9, "令和7年9月　八丈町企画財政課", align="right")
    r = _fields(ws, 4, HJ_FIELDS, (1, 2), (3, 9))
    _text(ws, r + 1, 1, "１　重要業績評価指標（KPI）の状況", bold=True, size=11)
    h = r + 2
    _head2(
        ws,
        h,
        [
            (1, "No."),
            (2, "重要業績評価指標（KPI）"),
            (3, "単位"),
            (4, "基準値\n（2022.3末）"),
            (8, "目標値\n（2028.3末）"),
            (9, "主な事業"),
        ],
        [(5, 7, "実績値", ["2023.3末", "2024.3末", "2025.3末"])],
    )
    r = h + 2
    for no, name, unit, *vals, jigyo, fmt in HJ_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate(vals):
            _num(ws, r, 4 + j, v, fmt=fmt)
        _put(ws, r, 9, jigyo, size=8)
        ws.row_dimensions[r].height = 26
        r += 1
    r = _notes(
        ws,
        r,
        [
            "※値は各年度末（3月31日）現在。No.1・No.2の（累計）は平成27年度からの累計です。",
            "※農業担い手育成研修センターは、令和7年度に第9期生3名を受け入れ、管理棟の建設費1億5千万円を計上しています。",
        ],
        c2=9,
    )
    _text(ws, r + 1, 1, "２　企業版ふるさと納税の受入状況（令和6年度）", bold=True, size=11)
    h = r + 2
    _put(ws, h, 1, "No.", header=True)
    _put(ws, h, 2, "寄附企業名", header=True)
    _span(ws, h, 3, 5, "本社所在地", header=True)
    _span(ws, h, 6, 7, "寄附額（千円）", header=True)
    _span(ws, h, 8, 9, "充当事業", header=True)
    ws.row_dimensions[h].height = 20
    r = h + 1
    for no, name, place, money, jigyo in HJ_DONORS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _span(ws, r, 3, 5, place)
        _span(ws, r, 6, 7, money, align="right", fmt="#,##0")
        _span(ws, r, 8, 9, jigyo, size=8)
        ws.row_dimensions[r].height = 18
        r += 1
    _put(ws, r, 1, "計", align="center", fill=LIGHT, bold=True)
    _put(ws, r, 2, "3社", align="center", fill=LIGHT, bold=True)
    _span(ws, r, 3, 5, "", fill=LIGHT)
    _span(ws, r, 6, 7, 5500, align="right", fmt="#,##0", fill=LIGHT, bold=True)
    _span(ws, r, 8, 9, "", fill=LIGHT)
    ws.row_dimensions[r].height = 18
    _notes(ws, r + 1, ["※企業名は、公表に同意いただいた企業のみ掲載しています。"], c2=9)
    _page(ws, "portrait")
    path = SOURCE / "hachijo_koka_kensho_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 山北町 (神奈川県足柄上郡): 総合戦略 令和5年度の効果検証（町のウェブページ）
# --------------------------------------------------------------------------------------------

# Real: 224.61㎢ and its 9割 of mountains, 9,410人 (2024年3月), 16,689人 at the 1955 merger, 洒水の滝, 中川温泉,
# 丹沢湖, 山北のお峯入り (5年ごと), the 定住促進住宅 (42戸, 2014年入居), the お試し住宅「ホタルの家」. Made up: the
# page, its date and 担当, the strategy's 基本目標 wording, the council and its votes, every KPI figure.
YK_GOALS = [
    (
        "基本目標1　豊かな自然と歴史を活かし、にぎわいと交流を生み出す",
        [
            (
                "洒水の滝・丹沢湖周辺の観光客数",
                "千人",
                "1,124.6",
                "768.2",
                "900.0",
                "<mark>936.4</mark>",
                "1,000.0",
            ),
            ("中川温泉の入湯客数", "人", "58,420", "41,260", "50,000", "47,830", "55,000"),
        ],
    ),
    (
        "基本目標2　山北に住みたい・住み続けたいと思える環境をつくる",
        [
            (
                "定住促進住宅への子育て世帯の入居数（累計）",
                "世帯",
                "23",
                "31",
                "34",
                "<mark>35</mark>",
                "38",
            ),
            ("移住お試し住宅「ホタルの家」の利用組数", "組", "12", "18", "20", "17", "24"),
        ],
    ),
]

YK_HEAD = """<thead>
<tr><th rowspan="2">重要業績評価指標（KPI）</th><th rowspan="2">単位</th><th rowspan="2">基準値<br>（R元）</th><th rowspan="2">R4<br>実績</th><th colspan="2">令和5年度</th><th rowspan="2">目標値<br>（R6）</th></tr>
<tr><th>目標</th><th>実績</th></tr>
</thead>"""

YK_VOTES = [
    ("基本目標1", 2, 5, 2, 0, 9),
    ("基本目標2", 1, 4, 3, 1, 9),
]


def yamakita_html() -> str:
    parts = []
    for goal, rows in YK_GOALS:
        body = "\n".join(
            f'<tr><th scope="row">{name}</th><td class="c">{unit}</td>'
            + "".join(f'<td class="num">{v}</td>' for v in vals)
            + "</tr>"
            for name, unit, *vals in rows
        )
        parts.append(f"<h2>{goal}</h2>\n<table>\n{YK_HEAD}\n<tbody>\n{body}\n</tbody>\n</table>")
    tables = "\n".join(parts)
    votes = "\n".join(
        f'<tr><th scope="row">{goal}</th>'
        + "".join(f'<td class="num">{n}</td>' for n in ns)
        + "</tr>"
        for goal, *ns in YK_VOTES
    )
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>第2期山北町まち・ひと・しごと創生総合戦略 令和5年度の効果検証 - 山北町</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
thead th, table.outline th {{ background: #d9d9d9; }}
tbody th {{ text-align: left; font-weight: normal; }}
td.num {{ text-align: right; }}
td.c {{ text-align: center; }}
mark {{ background: #ffe97a; }}
</style>
</head>
<body>
<p>トップページ &gt; 町政情報 &gt; 計画・行政評価 &gt; まち・ひと・しごと創生総合戦略</p>
<h1>第2期山北町まち・ひと・しごと創生総合戦略　令和5年度の効果検証</h1>
<p>更新日：2024年9月27日</p>
<p>担当：企画政策課</p>
<p>山北町は神奈川県の西部に位置し、総面積224.61㎢のうち約9割を山岳地帯が占めています。昭和30年（1955年）の合併時に16,689人だった人口は、9,410人（2024年3月現在）まで減少しています。洒水の滝や中川温泉、丹沢湖などの観光資源と、5年ごとに公演される国指定重要無形民俗文化財「山北のお峯入り」を活かしながら、総合戦略に掲げた重要業績評価指標（KPI）の令和5年度の実績を検証しました。</p>
<table class="outline">
<tr><th>計画期間</th><td>令和2年度～令和6年度（5年間）</td></tr>
<tr><th>検証</th><td>山北町総合戦略推進会議（令和6年8月22日開催、委員9人）</td></tr>
<tr><th>関連事業費（令和5年度決算）</th><td>62,480千円（うち地方創生推進交付金 18,200千円）</td></tr>
</table>
<p><mark>網掛け</mark>の数値は、令和5年度の目標値を達成したものです。</p>
{tables}
<p>※観光客数・入湯客数は町の集計（年度）です。定住促進住宅（42戸、平成26年入居開始）への入居数は平成27年度からの累計です。</p>
<h2>総合戦略推進会議による評価</h2>
<p>推進会議の委員が、基本目標ごとに地方創生への効果を4段階で評価しました（単位：人）。</p>
<table>
<thead>
<tr><th>基本目標</th><th>地方創生に非常に効果的であった</th><th>地方創生に相当程度効果があった</th><th>地方創生に効果があった</th><th>地方創生に対して効果がなかった</th><th>計</th></tr>
</thead>
<tbody>
{votes}
</tbody>
</table>
</body>
</html>
"""


def yamakita() -> Path:
    path = HERE / "yamakita_senryaku_kensho_r5.html"
    path.write_bytes(yamakita_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (kanra, aoki, hachijo):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {yamakita().name}")


if __name__ == "__main__":
    main()
