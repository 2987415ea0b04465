"""Build the built documents of forms64/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/iwamizawa_senryaku_jigyo_r1.xlsx``, a 総合戦略関連事業 sheet in the manner of 岩見沢市 (北海道):
  form fields (事業名, 担当, 根拠法令, 関連計画), a 見直し等の経過 text with ➝ amounts, a KPI grid whose
  upper header row spans 基準値 / 実績値 / 目標値 over a lower row of years, and a 事業費 (千円) line; and the PDF;
* ``source/shiwa_shisaku_hyoka_h29.xlsx``, a 施策評価シート in the manner of 紫波町 (岩手県): era-less years
  (`26年度` … `32年度`), `人口千人当たり` inside a name, a 目標達成度 column and a blank 隔年 cell; and the PDF;
* ``source/hakusan_chuki_jisshi_h20.xlsx``, a 中期計画 実施計画 in the manner of 白山市 (石川県): per 事業 an
  事業費（万円） row and an indicator row under `計画` over era-less years, 現況（19年度） as the baseline; and the PDF;
* ``toride_juten_management_r3.html``, a 重点事業マネジメントシート in the manner of 取手市 (茨城県):
  トータルコスト in 千円, 成果指標 rows typed アウトプット / アウトカム, `R2実績 | R3目標 | R3実績 | 達成率`.

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
    wb.properties.creator = "forms64/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms64/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms64_soffice_") as tmp:
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
# 岩見沢市 (北海道): 令和元年度 総合戦略関連事業 — form fields, 見直し等の経過 with ➝ amounts,
# a two-row KPI header (基準値 / 実績値 / 目標値 over years), a 事業費 line in 千円
# --------------------------------------------------------------------------------------------

# Real (令和元年度 総合戦略関連事業, 岩見沢市): the document's title, 平成31年度, the heading
# `3 活力と賑わいに満ちた魅力あふれるまち (1)農林業の振興`, 新規就農・農業後継者育成支援事業, its 根拠法令,
# 関連計画, 農政部農務課 and the 見直し等の経過 amounts. Made up: every KPI, figure and the 事業費.
IW_YEARS = ["H26", "H27", "H28", "H29", "H30", "R元"]
IWAMIZAWA = [
    # (No., KPI, 単位, 基準値 H26, H27, H28, H29, H30, 目標値 R元)
    (1, "新規就農者数", "人", 6, 8, 7, 9, 6, 10),
    (2, "新規参入者数（農外からの就農）", "人", 3, 2, 4, 3, 5, 5),
    (3, "農業次世代人材投資資金の受給者数", "人", 14, 16, 18, 17, 19, 20),
    (4, "就農相談件数", "件", 42, 55, 61, "―", 73, 80),
    (5, "農業後継者の就農率", "%", 38.5, 40.2, 41.0, 39.8, 42.6, 45.0),
]


def iwamizawa() -> Path:
    widths = [5, 30, 6, 9, 9, 9, 9, 9, 10]
    wb, ws = _sheet("総合戦略関連事業", widths)
    _text(ws, 1, 1, "令和元年度　総合戦略関連事業", bold=True, size=13)
    _text(ws, 1, 9, "平成31年度", align="right", size=10)
    _text(ws, 3, 1, "3　活力と賑わいに満ちた魅力あふれるまち", bold=True, size=11)
    _text(ws, 4, 1, "(1)農林業の振興", bold=True, size=10)
    fields = [
        ("事業名", "新規就農・農業後継者育成支援事業", "担当", "農政部農務課"),
        (
            "根拠法令",
            "岩見沢市新規就農サポート事業実施要綱、北海道農業次世代人材投資事業実施要領",
            None,
            None,
        ),
        ("関連計画", "岩見沢市農業振興ビジョン", None, None),
    ]
    r = 6
    for key, value, key2, value2 in fields:
        _put(ws, r, 1, key, header=True)
        _merge(ws, r, 1, r, 2)
        if key2:
            _span(ws, r, 3, 6, value)
            _put(ws, r, 7, key2, header=True)
            _span(ws, r, 8, 9, value2)
        else:
            _span(ws, r, 3, 9, value)
        ws.row_dimensions[r].height = 20
        r += 1
    _put(ws, r, 1, "事業の目的", header=True)
    _merge(ws, r, 1, r, 2)
    _span(
        ws,
        r,
        3,
        9,
        "地域農業の維持・発展に不可欠な担い手となり得る農外からの新規参入者など、新規就農者の育成・確保を図る。",
    )
    ws.row_dimensions[r].height = 30
    r += 1
    _put(ws, r, 1, "見直し等の経過", header=True)
    _merge(ws, r, 1, r, 2)
    _span(
        ws,
        r,
        3,
        9,
        "【平成28年度】新規就農サポート事業・就農技術取得支援の拡充　5万円/月（2年以内）➝ 10万円/月（2年以内）\n"
        "家賃助成支援の拡充　家賃の50%以内（上限2万円）➝ 2/3以内（上限3万円）\n"
        "新規参入支援事業・経営安定支援の新設　10万円/月（営農開始後2年間）\n"
        "ビニールハウス等導入支援の拡充　資材等購入費用の50%以内（上限50万円）➝ 50%以内（上限100万円）",
        size=8,
    )
    ws.row_dimensions[r].height = 58
    r += 2
    _text(ws, r, 1, "■重要業績評価指標（KPI）", bold=True, size=10)
    r += 1
    h = r
    for c, word in ((1, "No."), (2, "指標名"), (3, "単位")):
        _put(ws, h, c, word, header=True)
        _put(ws, h + 1, c, None, header=True)
        _merge(ws, h, c, h + 1, c)
    _put(ws, h, 4, "基準値", header=True)
    _span(ws, h, 5, 8, "実績値", header=True)
    _put(ws, h, 9, "目標値", header=True)
    for j, year in enumerate(IW_YEARS):
        _put(ws, h + 1, 4 + j, year, header=True)
    r = h + 2
    for no, name, unit, *vals in IWAMIZAWA:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate(vals):
            _put(ws, r, 4 + j, v, align="center" if isinstance(v, str) else None)
        ws.row_dimensions[r].height = 22
        r += 1
    r += 1
    _text(ws, r, 1, "■事業費（単位：千円）", bold=True, size=10)
    r += 1
    money = [
        ("区分", "H28決算", "H29決算", "H30決算", "R元予算"),
        ("事業費", 18420, 21635, 24108, 26500),
    ]
    for i, row in enumerate(money):
        _span(ws, r, 1, 5, row[0], header=True)
        for j, v in enumerate(row[1:]):
            _put(ws, r, 6 + j, v, header=(i == 0))
        r += 1
    notes = [
        "※就農相談件数の平成29年度は集計方法の変更により把握できなかったため「―」としています。",
        "※基準値は平成26年度の数値です。目標値は総合戦略の最終年度（令和元年度）の値です。",
    ]
    for i, line in enumerate(notes):
        _text(ws, r + 1 + i, 1, line, size=8)
    _page(ws, "portrait")
    path = SOURCE / "iwamizawa_senryaku_jigyo_r1.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 紫波町 (岩手県): 施策評価シート — era-less years on a 平成 sheet (26年度 … 32年度), 人口千人当たり
# inside a name, a 目標達成度 column, a blank 隔年 cell, a 施策 grade below
# --------------------------------------------------------------------------------------------

# Real (町長所信表明, 紫波町): 第二次紫波町総合計画 後期基本計画 (from 平成28年度) and its 分野別政策
# 「健康・安心」. Made up: the sheet, its date, the 施策 and 主管課, every indicator, figure, grade and note.
SHIWA_HEAD = [
    "No.",
    "成果指標",
    "単位",
    "計画策定時（26年度）",
    "27年度",
    "28年度",
    "29年度",
    "目標値（32年度）",
    "目標達成度",
]
SHIWA = [
    (1, "特定健康診査の受診率", "%", 45.2, 46.8, 48.1, 49.5, 60.0, "82.5%"),
    (2, "がん検診（胃がん）の受診率", "%", 18.4, 18.9, 17.6, 19.2, 25.0, "76.8%"),
    (3, "65歳以上人口千人当たりの要介護認定者数", "人", 158, 161, 163, 165, 160, "97.0%"),
    (4, "健康づくり教室の参加者数（延べ）", "人", 2310, 2480, 2655, 2590, 3000, "86.3%"),
    (5, "「健康だと感じている」町民の割合", "%", 72.4, None, 73.8, None, 80.0, "92.3%"),
]


def shiwa() -> Path:
    widths = [5, 32, 6, 14, 8, 8, 8, 12, 9]
    wb, ws = _sheet("施策評価シート", widths)
    _text(ws, 1, 1, "平成29年度　施策評価シート", bold=True, size=13)
    _text(ws, 2, 1, "第二次紫波町総合計画　後期基本計画", size=10)
    _text(ws, 2, 9, "平成30年8月", align="right", size=9)
    r = 4
    for key, value, key2, value2 in (
        ("政策", "健康・安心", "主管課", "長寿健康課"),
        ("施策", "1-3　地域医療と健康づくりの推進", None, None),
    ):
        _put(ws, r, 1, key, header=True)
        _merge(ws, r, 1, r, 2)
        if key2:
            _span(ws, r, 3, 6, value)
            _put(ws, r, 7, key2, header=True)
            _span(ws, r, 8, 9, value2)
        else:
            _span(ws, r, 3, 9, value)
        ws.row_dimensions[r].height = 20
        r += 1
    r += 1
    _text(ws, r, 1, "１　成果指標の推移", bold=True, size=11)
    r += 1
    for c, word in enumerate(SHIWA_HEAD, start=1):
        _put(ws, r, c, word, header=True, size=8)
    ws.row_dimensions[r].height = 28
    r += 1
    for no, name, unit, *vals, degree in SHIWA:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate(vals):
            _put(ws, r, 4 + j, "" if v is None else v)
        _put(ws, r, 9, degree, align="right")
        ws.row_dimensions[r].height = 24
        r += 1
    notes = [
        "※目標達成度＝29年度の値÷目標値（要介護認定者数は目標値÷29年度の値）。",
        "※No.5は町民意識調査（隔年実施）によるため、27年度・29年度は空欄としています。",
    ]
    for i, line in enumerate(notes):
        _text(ws, r + i, 1, line, size=8)
    r += len(notes) + 1
    _text(ws, r, 1, "２　施策の評価", bold=True, size=11)
    r += 1
    _put(ws, r, 1, "評価", header=True)
    _merge(ws, r, 1, r, 2)
    _span(ws, r, 3, 9, "B（概ね順調に進んでいる）")
    ws.row_dimensions[r].height = 20
    r += 1
    _put(ws, r, 1, "評価の理由", header=True)
    _merge(ws, r, 1, r, 2)
    _span(
        ws,
        r,
        3,
        9,
        "特定健康診査の受診率は着実に向上しているが、がん検診の受診率は横ばいであり、受診勧奨の工夫が必要である。",
        size=8,
    )
    ws.row_dimensions[r].height = 30
    _page(ws, "portrait")
    path = SOURCE / "shiwa_shisaku_hyoka_h29.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 白山市 (石川県): 中期計画 実施計画 — per 事業 an 事業費（万円） row and an indicator row, 計画 over
# era-less years, 現況（19年度） as the baseline
# --------------------------------------------------------------------------------------------

# Real (a news report on 白山市 中期計画 20〜24年度): the plan, its 実施計画 and 財政計画, the 事業 names, 個所
# and the 事業費 per year. Made up: the sheet, its date and 課, the heading, every indicator and figure.
HAKUSAN = [
    # (事業名, 事業個所, 事業費 万円 20..24, (指標, 単位, 現況, 20..24))
    (
        "東明小学校増築・大規模改造事業",
        "徳丸町",
        (23800, 105600, 53800, 42300, None),
        ("小中学校校舎の耐震化率", "%", 68.5, 71.2, 74.0, 79.8, 85.1, 90.0),
    ),
    (
        "鶴来中学校大規模改造事業",
        "鶴来本町4丁目",
        (26600, 62900, 57100, None, None),
        ("大規模改造を終えた中学校数", "校", 3, 3, 4, 4, 5, 5),
    ),
    (
        "法人保育園施設整備補助事業",
        "市内",
        (23800, 26700, None, None, None),
        ("保育所の入所定員", "人", 3850, 3940, 4060, 4060, 4120, 4120),
    ),
    (
        "新工業団地整備事業",
        "市内",
        (13000, 307000, 102300, 4400, None),
        ("新工業団地への立地企業数", "社", 0, 0, 2, 5, 8, 10),
    ),
    (
        "白山市松任駅北相木第二地区土地区画整理事業",
        "相木町",
        (8000, 12400, 12500, 8700, 3600),
        ("相木第二地区の整備率", "%", 12.0, 20.5, 38.0, 60.0, 82.0, 100.0),
    ),
]
HK_YEARS = ["20年度", "21年度", "22年度", "23年度", "24年度"]


def hakusan() -> Path:
    widths = [24, 11, 22, 6, 12, 9, 9, 9, 9, 9]
    wb, ws = _sheet("実施計画", widths)
    _text(
        ws, 1, 1, "白山市中期計画（平成20年度～平成24年度）　実施計画（抜粋）", bold=True, size=13
    )
    _text(ws, 2, 10, "平成20年2月　白山市企画課", align="right", size=9)
    _text(ws, 4, 1, "主要事業の年度別計画", bold=True, size=11)
    h = 5
    for c, word in (
        (1, "事業名"),
        (2, "事業個所"),
        (3, "項目"),
        (4, "単位"),
        (5, "現況（19年度）"),
    ):
        _put(ws, h, c, word, header=True)
        _put(ws, h + 1, c, None, header=True)
        _merge(ws, h, c, h + 1, c)
    _span(ws, h, 6, 10, "計　画", header=True)
    for j, year in enumerate(HK_YEARS):
        _put(ws, h + 1, 6 + j, year, header=True)
    r = h + 2
    for name, place, money, (ind, unit, *vals) in HAKUSAN:
        _put(ws, r, 1, name)
        _put(ws, r + 1, 1, None)
        _merge(ws, r, 1, r + 1, 1)
        _put(ws, r, 2, place, align="center")
        _put(ws, r + 1, 2, None)
        _merge(ws, r, 2, r + 1, 2)
        _put(ws, r, 3, "事業費")
        _put(ws, r, 4, "万円", align="center")
        _put(ws, r, 5, None)
        for j, v in enumerate(money):
            _put(ws, r, 6 + j, "" if v is None else v)
        _put(ws, r + 1, 3, ind)
        _put(ws, r + 1, 4, unit, align="center")
        for j, v in enumerate(vals):
            _put(ws, r + 1, 5 + j, v)
        ws.row_dimensions[r].height = 18
        ws.row_dimensions[r + 1].height = 26
        r += 2
    notes = [
        "※事業費は各年度の計画額（万円未満切捨て）です。空欄の年度は事業費を計上していません。",
        "※現況は平成19年度の数値です。",
    ]
    for i, line in enumerate(notes):
        _text(ws, r + 1 + i, 1, line, size=8)
    _page(ws, "landscape")
    path = SOURCE / "hakusan_chuki_jisshi_h20.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 取手市 (茨城県): 重点事業マネジメントシート — トータルコスト in 千円, 成果指標 typed アウトプット /
# アウトカム, R2実績 | R3目標 | R3実績 | 達成率, 事業評価 and 今後の方向性
# --------------------------------------------------------------------------------------------

# Real (a council member's report of a visit to 取手市): 重点事業マネジメントシート with トータルコスト
# (事業費・人件費), 成果指標, 事業評価 and 今後の方向性; 基本計画 of four years. Made up: the 事業, 施策, 課,
# every figure, indicator, grade and note.
TORIDE = [
    # (区分, 指標名, 単位, R2実績, R3目標, R3実績, 達成率)
    ("アウトプット", "妊娠届出時の保健師による面談実施率", "%", "96.4", "100.0", "98.7", "98.7%"),
    ("アウトプット", "産後ケア事業の利用者数", "人", "42", "60", "71", "118.3%"),
    ("アウトカム", "育児に不安を感じる保護者の割合の減少", "%", "31.5", "28.0", "29.2", "95.9%"),
    ("アウトカム", "乳幼児健康診査の受診率", "%", "94.8", "97.0", "―", "―"),
]


def toride_html() -> str:
    body = "\n".join(
        f'<tr><td class="c">{kind}</td><td>{name}</td><td class="c">{unit}</td>'
        + "".join(f'<td class="r">{v}</td>' for v in vals)
        + "</tr>"
        for kind, name, unit, *vals in TORIDE
    )
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>令和3年度　重点事業マネジメントシート（子育て世代包括支援センター運営事業）｜取手市</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin: 0.4em 0 0.8em; }}
th, td {{ border: 1px solid #333; padding: 3px 6px; }}
th {{ background: #e8e8e8; font-weight: normal; }}
td.r {{ text-align: right; }}
td.c {{ text-align: center; }}
p.note {{ font-size: 85%; margin: 0.2em 0; }}
</style>
</head>
<body>
<h1>令和3年度　重点事業マネジメントシート</h1>
<p>第六次取手市総合計画　重点事業</p>
<table>
<tr><th>重点事業名</th><td>子育て世代包括支援センター運営事業</td><th>担当課</th><td>子育て支援課</td></tr>
<tr><th>施策</th><td colspan="3">2-1　安心して子どもを産み育てられる環境づくり</td></tr>
</table>
<h2>1　トータルコスト</h2>
<table>
<thead>
<tr><th>区分（単位：千円）</th><th>令和2年度決算</th><th>令和3年度決算</th></tr>
</thead>
<tbody>
<tr><td>事業費</td><td class="r">12,846</td><td class="r">14,302</td></tr>
<tr><td>人件費</td><td class="r">31,520</td><td class="r">32,160</td></tr>
<tr><td>合計</td><td class="r">44,366</td><td class="r">46,462</td></tr>
</tbody>
</table>
<h2>2　成果指標</h2>
<table>
<thead>
<tr><th>区分</th><th>指標名</th><th>単位</th><th>R2実績</th><th>R3目標</th><th>R3実績</th><th>達成率</th></tr>
</thead>
<tbody>
{body}
</tbody>
</table>
<p class="note">※乳幼児健康診査は新型コロナウイルス感染症の影響で集団健診を個別健診に切り替えたため、令和3年度の受診率は集計中です。</p>
<p class="note">※育児に不安を感じる保護者の割合は、低いほど目標に近づく指標です（達成率＝目標÷実績）。</p>
<h2>3　事業評価</h2>
<table>
<tr><th>評価</th><td>B（概ね成果を上げている）</td></tr>
<tr><th>今後の方向性</th><td>拡充</td></tr>
</table>
</body>
</html>
"""


def toride() -> Path:
    path = HERE / "toride_juten_management_r3.html"
    path.write_bytes(toride_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (iwamizawa, shiwa, hakusan):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {toride().name}")


if __name__ == "__main__":
    main()
