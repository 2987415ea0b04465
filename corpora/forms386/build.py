"""Build the documents of forms386/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/kamishihoro_kofukin_kensho_r5.xlsx``, a 地方創生推進交付金事業 効果検証シート in the manner of
  上士幌町 (北海道): form fields (plan, project, 事業実施期間 令和3年4月1日～令和6年3月31日, 担当課, prose with
  population figures) over a KPI grid whose **year columns are headed only ``1年目 | 2年目 | 3年目``**
  (each over ``目標値 | 実績値``), a ``基準値（R2）``, a ○/× 評価 with its legend, **actual cells that carry
  their change from the year before in brackets** (``47.3（前年比＋6.1）``), a ``中止※2`` actual and a
  ``―`` baseline; and the PDF;
* ``source/kosaka_zenki_seika_chukan_r5.xlsx``, a 総合計画 前期基本計画 成果指標の中間検証 in the manner of
  小坂町 (秋田県): a two-row header ``実績値 (R3 | R4 | R5)`` and ``目標値 (中間（R5） | 最終（R7）)``, **a
  ``進捗`` column of arrows whose legend says they are trends against the baseline, not achievement**,
  a grey ``（参考）秋田県平均`` row, one row in full-width digits, ``千人`` in 単位; and the PDF;
* ``source/mamurogawa_senryaku_kpi_r5.xlsx``, a 総合戦略 数値目標・KPIの実績 in the manner of 真室川町
  (山形県): **two blocks side by side under one 基本目標 heading, ``（１）数値目標`` on the left (units inside
  the cells, ``基準値（H30） | 実績値（R5） | 目標値（R6）``, two rows) and ``（２）重要業績評価指標（KPI）`` on
  the right (a 単位 column, ``基準値（R元） | R4実績 | R5目標 | R5実績 | 目標値（R6）``, four rows)**, ``千円``,
  a ``―※1`` actual; and the PDF;
* ``shichigahama_senryaku_kpi_r5.html``, a 総合戦略 KPI page in the manner of 七ヶ浜町 (宮城県): two
  ``<h2>`` 基本目標 over tables with **one ``<tbody>`` per KPI, its No. and name in ``<th rowspan>`` cells,
  the years down (``2019（R元）``, ``2021（R3）`` … ``2024（R6）``) over ``目標値 | 実績値 | 備考``, where
  only the 備考 ``基準値`` marks the 2019 row's 実績値 as the baseline**, a 備考 that names a revised
  target's old value, ``約``, ``―`` and blank years of a biennial survey.

The PDF steps are skipped, with a message, when ``soffice`` is not installed.
These are re-typed forms of other municipalities, not their own files (README.md, SOURCES.tsv).

The XLSX and HTML files are byte-stable: fixed document dates, and the zip members are
rewritten with a fixed timestamp. The PDFs carry LibreOffice's creation date, so they differ
by that only.
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
LIGHT = PatternFill("solid", fgColor="F2F2F2")
FONT = "IPAGothic"
FIXED = dt.datetime(2026, 12, 6, 0, 0, 0)


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms386/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms386/build.py"
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
        _put(ws, row, c, None, header=header, fill=kw.get("fill"))
    if c2 > c1:
        _merge(ws, row, c1, row, c2)
    return cell


def _text(ws, row, col, value, bold=False, size=9, align=None):
    """A borderless text cell (titles, headings, notes)."""
    cell = ws.cell(row=row, column=col, value=value)
    cell.font = Font(name=FONT, size=size, bold=bold)
    cell.alignment = Alignment(horizontal=align or "left", vertical="center")
    return cell


def _field(ws, row, c1, c2, c3, label, value, height=18):
    """A form row: a shaded label over c1..c2, its value over c2+1..c3."""
    _span(ws, row, c1, c2, label, header=True)
    _span(ws, row, c2 + 1, c3, value)
    ws.cell(row=row, column=c2 + 1).alignment = Alignment(
        horizontal="left", vertical="center", wrap_text=True
    )
    ws.row_dimensions[row].height = height


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
        print(
            f"soffice not found: {xlsx.with_suffix('.pdf').name} not rebuilt (the XLSX was written)"
        )
        return
    with tempfile.TemporaryDirectory(prefix="forms386_soffice_") as tmp:
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


def _vals(ws, r, c0, vals, fill=None) -> None:
    for j, v in enumerate(vals):
        if v is None:
            _put(ws, r, c0 + j, None, fill=fill)
        elif isinstance(v, str):
            _put(
                ws,
                r,
                c0 + j,
                v,
                align="center" if v.startswith("―") or v.startswith("中止") else "right",
                fill=fill,
            )
        else:
            _put(ws, r, c0 + j, v, fill=fill)


# --------------------------------------------------------------------------------------------
# 上士幌町 (北海道河東郡): 地方創生推進交付金事業 効果検証シート（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (furusato-funding.jp/projects/1425, projects.platinum-handbook.jp/projects/86): 695.87km², the
# 1955 peak of 13,608人, 156人 in 11 years, 4,999人 in 令和元年5月, the project name, ナイタイテラス.
# Made up: the plan name, 課, period, money, every KPI, figure, grade and note.
KS_ROWS = [
    (
        "KPI①",
        "移住コンシェルジュを通じた町外からの移住者数",
        "人",
        12,
        [15, 18, 15, 14, 15, 21],
        "○",
    ),
    (
        "KPI②",
        "ナイタイテラスの来場者数",
        "千人",
        41.2,
        [45.0, "47.3（前年比＋6.1）", 48.0, "49.1（前年比＋1.8）", 50.0, "48.6（前年比△0.5）"],
        "×",
    ),
    ("KPI③", "地場産品を活用した新商品の開発件数", "件", 0, [3, 4, 3, 3, 4, 5], "○"),
    (
        "KPI④",
        "ふるさと納税寄附者との交流会参加者数",
        "人",
        "―",
        [100, "中止※2", 120, 96, 150, 158],
        "○",
    ),
]


def kamishihoro() -> Path:
    wb, ws = _sheet("効果検証シート", [7, 34, 7, 10, 9, 14, 9, 14, 9, 14, 7])
    _page(ws, "landscape")
    ws.merge_cells("A1:K1")
    _text(
        ws,
        1,
        1,
        "令和５年度　地方創生推進交付金事業　効果検証シート",
        bold=True,
        size=14,
        align="center",
    )
    ws.row_dimensions[1].height = 24
    ws.merge_cells("A2:K2")
    _text(ws, 2, 1, "令和6年8月　北海道上士幌町", align="right")
    _field(ws, 4, 1, 2, 11, "地域再生計画の名称", "「生涯活躍のまち かみしほろ」移住・交流推進計画")
    _field(
        ws,
        5,
        1,
        2,
        11,
        "交付対象事業の名称",
        "だれもが生涯活躍・環境と調和したビジネス展開プロジェクト",
    )
    _field(
        ws,
        6,
        1,
        2,
        11,
        "事業実施期間",
        "令和3年4月1日～令和6年3月31日（3か年）　　総事業費 48,600千円（うち交付金 24,300千円）",
    )
    _field(ws, 7, 1, 2, 11, "担当課", "企画財政課")
    _field(
        ws,
        8,
        1,
        2,
        11,
        "町の概要",
        "上士幌町は十勝総合振興局管内の北部に位置し、面積695.87km²の南北に長い町である。人口は1955年の13,608人を"
        "ピークに減少したが、平成20年から取り組んだ移住促進策では11年間で156人が移住し、令和元年5月時点の総人口は"
        "4,999人となっている。本事業では移住相談と交流の拠点づくりを一体で進めた。",
        height=40,
    )
    _text(ws, 10, 1, "■重要業績評価指標（KPI）の達成状況", bold=True, size=10)
    h = 11
    _span(ws, h, 1, 2, "重要業績評価指標（KPI）", header=True)
    _span(ws, h + 1, 1, 2, None, header=True)
    _merge(ws, h, 1, h + 1, 2)
    for c, word in ((3, "単位"), (4, "基準値（R2）"), (11, "評価")):
        _put(ws, h, c, word, header=True)
        _put(ws, h + 1, c, None, header=True)
        _merge(ws, h, c, h + 1, c)
    for k, word in enumerate(("1年目", "2年目", "3年目")):
        c = 5 + 2 * k
        _span(ws, h, c, c + 1, word, header=True)
        _put(ws, h + 1, c, "目標値", header=True)
        _put(ws, h + 1, c + 1, "実績値", header=True)
    r = h + 2
    for label, name, unit, base, vals, grade in KS_ROWS:
        _put(ws, r, 1, label, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, [base, *vals])
        _put(ws, r, 11, grade, align="center")
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※1　評価：○ 3年目の実績値が目標値を達成　× 目標値に届かず",
            "※2　KPI④の1年目の交流会は、新型コロナウイルス感染症の影響により中止した。",
            "※3　KPI④は令和3年度に開始した取組のため、基準値はない。",
            "※4　KPI②の実績値の（　）内は前年度の実績との差（1年目は基準値との差）。",
        ],
    )
    path = SOURCE / "kamishihoro_kofukin_kensho_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 小坂町 (秋田県鹿角郡): 第6次小坂町総合計画 前期基本計画 成果指標の中間検証（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (town.kosaka.akita.jp 1927.html, japanlocal.net): the plan and its 第2期総合戦略 role, 基本構想 to
# R12 and 前期基本計画 to R7, the 将来像, 総務課企画財政班, 4,780人, 202km², 十和田湖, 小坂鉱山, 康楽館,
# 小坂鉄道レールパーク. Made up: the sheet, every 指標, figure, arrow and note.
KO_ROWS = [
    ("1", "康楽館の入館者数", "人", [38215, 12480, 21930, 28760, 35000, 40000], "↘"),
    ("2", "小坂鉄道レールパークの入園者数", "人", [22340, 15120, 19870, 24050, 23000, 25000], "↗"),
    (
        "3",
        "十和田湖（小坂町側）の観光入込客数",
        "千人",
        [512.4, 301.6, 388.2, 455.9, 500.0, 550.0],
        "↘",
    ),
    (
        "4",
        "町外から転入し定住促進住宅等に入居した世帯数",
        "世帯",
        ["８", "１１", "９", "１２", "１０", "１２"],
        "↗",
    ),
    (
        "5",
        "英検3級程度以上の英語力を持つ中学3年生の割合",
        "％",
        [42.5, 45.1, 44.0, 43.8, 47.0, 50.0],
        "↗",
    ),
]


def kosaka() -> Path:
    wb, ws = _sheet("成果指標", [5, 34, 6, 10, 9, 9, 9, 10, 10, 6])
    _page(ws, "portrait")
    ws.merge_cells("A1:J1")
    _text(ws, 1, 1, "第6次小坂町総合計画 前期基本計画", bold=True, size=13, align="center")
    ws.merge_cells("A2:J2")
    _text(ws, 2, 1, "成果指標の中間検証（令和５年度）", bold=True, size=13, align="center")
    ws.merge_cells("A3:J3")
    _text(ws, 3, 1, "令和6年10月　小坂町", align="right")
    _text(ws, 5, 1, "１　計画の概要", bold=True, size=10)
    _field(
        ws, 6, 1, 2, 10, "計画の名称", "第6次小坂町総合計画（第2期まち・ひと・しごと創生総合戦略）"
    )
    _field(
        ws,
        7,
        1,
        2,
        10,
        "計画期間",
        "基本構想 令和3年度～令和12年度／前期基本計画 令和3年度～令和7年度",
    )
    _field(ws, 8, 1, 2, 10, "担当", "総務課企画財政班")
    _field(ws, 9, 1, 2, 10, "将来像", "人と自然と文化を未来につなぐ 魅力あふれるまち")
    _field(
        ws,
        10,
        1,
        2,
        10,
        "町の概要",
        "十和田湖を有し、市街地は鹿角盆地の北端に位置する。小坂鉱山の発展により明治末期には人口2万数千人を抱える"
        "県下第二の都市となった。現在は人口4,780人、面積約202km²で、リサイクル関連産業と観光の町である。",
        height=40,
    )
    _text(ws, 12, 1, "２　成果指標の推移", bold=True, size=10)
    h = 13
    for c, word in ((1, "No."), (2, "成果指標"), (3, "単位"), (4, "基準値\n（R元）"), (10, "進捗")):
        _put(ws, h, c, word, header=True)
        _put(ws, h + 1, c, None, header=True)
        _merge(ws, h, c, h + 1, c)
    _span(ws, h, 5, 7, "実績値", header=True)
    for j, w in enumerate(("R3", "R4", "R5")):
        _put(ws, h + 1, 5 + j, w, header=True)
    _span(ws, h, 8, 9, "目標値", header=True)
    _put(ws, h + 1, 8, "中間（R5）", header=True)
    _put(ws, h + 1, 9, "最終（R7）", header=True)
    ws.row_dimensions[h].height = 20
    ws.row_dimensions[h + 1].height = 20
    r = h + 2
    for no, name, unit, vals, arrow in KO_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, vals)
        _put(ws, r, 10, arrow, align="center", size=11)
        ws.row_dimensions[r].height = 24
        r += 1
    _put(ws, r, 1, None, fill=LIGHT)
    _put(ws, r, 2, "（参考）秋田県平均", fill=LIGHT)
    _put(ws, r, 3, "％", align="center", fill=LIGHT)
    _vals(ws, r, 4, [40.1, 41.8, 43.0, 44.2, "―", "―"], fill=LIGHT)
    _put(ws, r, 10, None, fill=LIGHT)
    ws.row_dimensions[r].height = 20
    _notes(
        ws,
        r + 2,
        [
            "※1　進捗：↗ 基準値より改善　→ 基準値と同水準　↘ 基準値より低下（目標値の達成・未達成を示すものではない）",
            "※2　No.3は十和田湖畔の観光施設等の入込客数（秋田県観光統計）。",
            "※3　（参考）欄は比較のために掲げた数値であり、成果指標ではない。",
            "※4　中間目標の達成状況は、令和6年度の総合計画審議会で報告した。",
        ],
    )
    path = SOURCE / "kosaka_zenki_seika_chukan_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 真室川町 (山形県最上郡): 第2期総合戦略 数値目標・KPIの実績（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (zck.or.jp/site/essay/7078.html, mamuro-kurashi.jp/about, town council records): 374km², 88%
# forest, 17,118人 in 1955, 7,203人 in 2020, 真室川音頭 and its 全国大会, 梅里苑, 企画課, たらの芽. Assumed:
# the strategy's name and period. Made up: the 基本目標 wording, every figure and note.
MM_GOALS = [
    ("①", "町内事業所の従業者数", ["3,410人", "3,180人", "3,400人"]),
    ("②", "新規就農者数（年間）", ["2人", "5人", "4人"]),
]
MM_KPIS = [
    ("①", "たらの芽（促成）の出荷額", "千円", [86400, 88750, 96000, 95300, 100000]),
    ("②", "創業・事業拡大支援による新規雇用者数", "人", [3, 4, 5, 6, 5]),
    ("③", "真室川音頭全国大会の出場者数", "組", [142, "―※1", 140, 121, 150]),
    ("④", "まむろ川温泉梅里苑の年間利用者数", "人", [61300, 47800, 55000, 56200, 60000]),
]


def mamurogawa() -> Path:
    wb, ws = _sheet("基本目標1", [4, 24, 10, 10, 10, 2, 4, 30, 6, 10, 9, 9, 9, 10])
    _page(ws, "landscape")
    ws.merge_cells("A1:N1")
    _text(
        ws,
        1,
        1,
        "第2期真室川町まち・ひと・しごと創生総合戦略　数値目標・KPIの実績（令和５年度）",
        bold=True,
        size=13,
        align="center",
    )
    ws.merge_cells("A2:N2")
    _text(ws, 2, 1, "令和6年9月　真室川町企画課", align="right")
    _field(ws, 4, 1, 2, 14, "計画期間", "令和2年度～令和6年度（5年間）")
    _field(ws, 5, 1, 2, 14, "担当課", "企画課")
    _field(
        ws,
        6,
        1,
        2,
        14,
        "町の概要",
        "山形県の最北部に位置し、総面積374km²余りの88％を森林が占める。人口は1955年の17,118人をピークに減少し、"
        "2020年の国勢調査では7,203人となった。民謡「真室川音頭」発祥の地であり、毎年全国大会を開催している。",
        height=34,
    )
    _text(ws, 8, 1, "基本目標１　地域の資源を生かし、しごとをつくる", bold=True, size=11)
    _text(ws, 9, 1, "（１）数値目標", bold=True, size=10)
    _text(ws, 9, 7, "（２）重要業績評価指標（KPI）", bold=True, size=10)
    h = 10
    _span(ws, h, 1, 2, "数値目標", header=True)
    for c, word in ((3, "基準値（H30）"), (4, "実績値（R5）"), (5, "目標値（R6）")):
        _put(ws, h, c, word, header=True)
    _span(ws, h, 7, 8, "KPI", header=True)
    for c, word in (
        (9, "単位"),
        (10, "基準値（R元）"),
        (11, "R4実績"),
        (12, "R5目標"),
        (13, "R5実績"),
        (14, "目標値（R6）"),
    ):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 26
    for k, (label, name, vals) in enumerate(MM_GOALS):
        r = h + 1 + k
        _put(ws, r, 1, label, align="center")
        _put(ws, r, 2, name)
        _vals(ws, r, 3, vals)
    for k, (label, name, unit, vals) in enumerate(MM_KPIS):
        r = h + 1 + k
        _put(ws, r, 7, label, align="center")
        _put(ws, r, 8, name)
        _put(ws, r, 9, unit, align="center")
        _vals(ws, r, 10, vals)
        ws.row_dimensions[r].height = 22
    _notes(
        ws,
        h + 2 + len(MM_KPIS),
        [
            "※1　令和4年度の真室川音頭全国大会は、会場の改修工事のため中止した。",
            "※2　数値目標の基準値は平成30年度、KPIの基準値は令和元年度の値である。",
            "※3　たらの芽の出荷額は、JA等を通じた町内産の促成たらの芽の年度計である。",
        ],
    )
    path = SOURCE / "mamurogawa_senryaku_kpi_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 七ヶ浜町 (宮城県宮城郡): 第2期総合戦略 KPIの実績（令和5年度）, an HTML page
# --------------------------------------------------------------------------------------------

# Real (shichigahama.com, Wikipedia/kotobank): 13.19km², the smallest municipality of 東北, the seven 浜,
# the 昼間人口比率 65.04% (平成22年国勢調査), 17,375人 (令和6年5月1日推計), 菖蒲田浜, ぐるりんこ,
# 七ヶ浜国際村. Assumed: the strategy's name. Made up: period, 課, 基本目標 wording, every figure and note.
YEARS = ["2019（R元）", "2021（R3）", "2022（R4）", "2023（R5）", "2024（R6）"]
SG_BLOCKS = [
    (
        "基本目標１　海と歴史を生かした交流の拡大",
        [
            (
                "1-1",
                "七ヶ浜国際村の利用者数（人）",
                [
                    ("", "24,860", "基準値"),
                    ("25,000", "9,420", "新型コロナウイルス感染症の影響により4月～6月は休館"),
                    ("26,000", "18,310", ""),
                    ("27,000", "26,540", "目標値は令和4年度に見直し（当初 30,000）"),
                    ("28,000", "", ""),
                ],
            ),
            (
                "1-2",
                "菖蒲田浜海水浴場の入込客数（人）",
                [
                    ("", "約58,000", "基準値"),
                    ("60,000", "―", "海水浴場の開設を見送り"),
                    ("60,000", "約41,000", ""),
                    ("65,000", "約63,000", ""),
                    ("70,000", "", ""),
                ],
            ),
            (
                "1-3",
                "町民バス「ぐるりんこ」の年間利用者数（人）",
                [
                    ("", "72,400", "基準値"),
                    ("73,000", "58,900", ""),
                    ("74,000", "64,200", ""),
                    ("75,000", "75,320", ""),
                    ("76,000", "", ""),
                ],
            ),
        ],
    ),
    (
        "基本目標２　安心して子どもを産み育て、住み続けたいまち",
        [
            (
                "2-1",
                "地域子育て支援センターの年間利用者数（人）",
                [
                    ("", "6,120", "基準値"),
                    ("6,200", "4,380", ""),
                    ("6,300", "5,910", ""),
                    ("6,400", "6,655", ""),
                    ("6,500", "", ""),
                ],
            ),
            (
                "2-2",
                "「これからも七ヶ浜町に住み続けたい」と思う町民の割合（％）",
                [
                    ("", "78.5", "基準値（町民意識調査）"),
                    ("", "", "町民意識調査は隔年で実施"),
                    ("80.0", "80.2", ""),
                    ("", "", "調査年度でない"),
                    ("82.0", "", ""),
                ],
            ),
        ],
    ),
]
SG_HEAD = '<thead>\n<tr><th scope="col">No.</th><th scope="col">KPI（単位）</th><th scope="col">年度</th><th scope="col">目標値</th><th scope="col">実績値</th><th scope="col">備考</th></tr>\n</thead>'


def shichigahama_html() -> str:
    parts = []
    for goal, kpis in SG_BLOCKS:
        bodies = []
        for no, name, rows in kpis:
            trs = []
            for k, ((target, actual, note), year) in enumerate(zip(rows, YEARS)):
                head = (
                    f'<th scope="rowgroup" rowspan="5">{no}</th><th rowspan="5" class="l">{name}</th>'
                    if k == 0
                    else ""
                )
                trs.append(
                    f'<tr>{head}<td class="c">{year}</td><td class="num">{target}</td><td class="num">{actual}</td><td>{note}</td></tr>'
                )
            bodies.append("<tbody>\n" + "\n".join(trs) + "\n</tbody>")
        parts.append(f"<h2>{goal}</h2>\n<table>\n{SG_HEAD}\n" + "\n".join(bodies) + "\n</table>")
    tables = "\n".join(parts)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>第2期七ヶ浜町まち・ひと・しごと創生総合戦略 KPIの実績（令和5年度） - 七ヶ浜町</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
nav ol {{ list-style: none; padding: 0; }}
nav li {{ display: inline; }}
nav li + li::before {{ content: " > "; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
th.l {{ text-align: left; background: #f2f2f2; font-weight: normal; }}
td.num {{ text-align: right; }}
td.c {{ text-align: center; }}
</style>
</head>
<body>
<nav><ol><li><a href="/">ホーム</a></li><li><a href="/chosei/">町政情報</a></li><li><a href="/chosei/keikaku/">計画・施策</a></li><li>総合戦略のKPIの実績</li></ol></nav>
<h1>第2期七ヶ浜町まち・ひと・しごと創生総合戦略　KPIの実績（令和5年度）</h1>
<p>更新日：2024年9月30日　担当：政策課</p>
<p>七ヶ浜町は宮城県中部の太平洋沿岸、七ヶ浜半島を町域とする面積13.19km²の町で、東北地方の市町村で最も面積が小さい町です。湊浜・松ヶ浜・菖蒲田浜・花渕浜・吉田浜・代ヶ崎浜・東宮浜の7つの浜が町名の由来です。平成22年国勢調査の昼間人口比率は65.04%で、全国で最も低い値でした。人口は17,375人（令和6年5月1日推計）です。</p>
<p>第2期総合戦略（令和3年度～令和6年度）に掲げた重要業績評価指標（KPI）について、令和5年度までの実績を取りまとめました。各表の年度は会計年度（4月～翌年3月）です。</p>
{tables}
<p>※2020年度（令和2年度）は第1期総合戦略の最終年度のため、第1期の検証結果として公表しています。</p>
<p>お問い合わせ：政策課 政策推進係　電話 022-357-2111（代表）</p>
</body>
</html>
"""


def shichigahama() -> Path:
    path = HERE / "shichigahama_senryaku_kpi_r5.html"
    path.write_bytes(shichigahama_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (kamishihoro, kosaka, mamurogawa):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {shichigahama().name}")


if __name__ == "__main__":
    main()
