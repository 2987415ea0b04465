"""Build the built documents of forms254/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/makubetsu_shisaku_hyoka_r5.xlsx``, a 総合計画 施策評価シート in the manner of 幕別町 (北海道):
  form fields over a 成果指標 grid with **a ``優先順位`` column of numbers that rank the indicators**,
  **a ``指標の性質`` column of the words 向上型 / 維持型** (a legend line), year columns newest first
  (``目標値（R9） | R5実績 | R4実績 | R3実績 | 基準値（H28）``) and a shaded 事業費 row in the same
  columns; and the PDF;
* ``source/tsuruta_koka_kensho_r4.xlsx``, a 地域再生計画 効果検証シート in the manner of 鶴田町 (青森県):
  a ``優先順位`` column, **a ``ランク`` column of S/A/B/C/－ read through a legend line**, a ``目標値なし``
  target cell, ``―（中止）`` actuals, a count line and **a money grid closed by a ``総計`` row**; and the PDF;
* ``source/sumita_jimu_jigyo_r3.xlsx``, a 事務事業評価シート in the manner of 住田町 (岩手県): 活動指標,
  成果指標 and 投入量 rows under a merged ``区分`` column, **actual cells holding a total and its
  labelled breakdown in brackets, ``12（新築9・改修3）``**, plan cells reading ``予算の範囲内``, ``千㎥``,
  **a ``記入者`` / ``確認者`` sign-off row with dates**; and the PDF;
* ``tanagura_kpi_shinchoku_r1.html``, a 総合戦略 KPI page in the manner of 棚倉町 (福島県): two ``<h2>``
  基本目標, each over a table with **a ``<tfoot>`` ``総計`` row counting the table's KPIs by grade**
  and **a ``資料：`` source line under it**, a ``―`` baseline and a ``―`` 単位.

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
    wb.properties.creator = "forms254/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms254/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms254_soffice_") as tmp:
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
# 幕別町 (北海道中川郡): 第6期幕別町総合計画 施策評価シート（令和5年度）
# --------------------------------------------------------------------------------------------

# Real: 幕別町 and 忠類村 merged in 平成18年2月; the 総合計画 is in its 第6期 after the 第5期 of
# 平成20年3月. Made up: the sheet, 施策, 課, every indicator, figure, 優先順位 and note.
MK_ROWS = [
    ("1", 2, "農業産出額", "億円", "向上型", 420.0, 405.7, 398.1, 386.4, 342.6),
    ("2", 1, "新規就農者数", "人/年", "向上型", 8, 7, 4, 5, 6),
    ("3", 4, "認定農業者数", "経営体", "維持型", 500, 481, 488, 495, 512),
    (
        "4",
        3,
        "町内産農産物を使った学校給食の地場産品使用率",
        "％",
        "向上型",
        50.0,
        46.3,
        44.0,
        "―",
        41.2,
    ),
]


def makubetsu() -> Path:
    wb, ws = _sheet("施策評価", [5, 7, 34, 8, 9, 11, 11, 11, 11, 12])
    _text(ws, 1, 1, "令和5年度　施策評価シート（第6期幕別町総合計画）", bold=True, size=14)
    _text(ws, 2, 10, "令和6年7月31日", align="right")
    r = 4
    for label, value in [
        ("施策", "2-1　農業の振興"),
        ("主管課", "農林課"),
        ("関係課", "商工観光課、忠類総合支所"),
        (
            "施策の目的",
            "担い手の確保と経営基盤の強化により、十勝の農業を支える本町農業の持続的な発展を図る。",
        ),
        (
            "町の概況",
            "平成18年2月に幕別町と忠類村が合併。農家戸数は約620戸、耕地面積は約2万3千ha（いずれも概数）。",
        ),
    ]:
        _span(ws, r, 1, 3, label, header=True)
        _span(ws, r, 4, 10, value, align="left")
        ws.row_dimensions[r].height = 20
        r += 1
    r += 1
    _text(ws, r, 1, "１　成果指標の状況", bold=True, size=11)
    h = r + 1
    for c, word in enumerate(
        [
            "No.",
            "優先順位",
            "成果指標",
            "単位",
            "指標の性質",
            "目標値（R9）",
            "R5実績",
            "R4実績",
            "R3実績",
            "基準値（H28）",
        ],
        start=1,
    ):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 26
    r = h + 1
    for no, prio, name, unit, nature, *vals in MK_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, prio, align="center")
        _put(ws, r, 3, name)
        _put(ws, r, 4, unit, align="center")
        _put(ws, r, 5, nature, align="center")
        _vals(ws, r, 6, vals)
        ws.row_dimensions[r].height = 26
        r += 1
    _span(ws, r, 1, 3, "施策に係る事業費（決算額）", fill=LIGHT, bold=True)
    _put(ws, r, 4, "千円", align="center", fill=LIGHT)
    _put(ws, r, 5, None, fill=LIGHT)
    for j, v in enumerate(["―", 214330, 201560, 195870, "―"]):
        _put(ws, r, 6 + j, v, align="center" if v == "―" else "right", fill=LIGHT)
    ws.row_dimensions[r].height = 22
    r += 1
    _notes(
        ws,
        r,
        [
            "※年度は新しい順に左から並べています（基準値は右端）。",
            "※優先順位は、施策の目的への寄与が大きい順に1～4を付したもの（農林課による）。",
            "※指標の性質　向上型：数値の増加を目指す　維持型：現状の水準の維持を目指す　抑制型：数値の減少を目指す",
            "※No.4のR3は調査を行っていないため「―」。農業産出額は市町村別農業産出額（推計）による。",
        ],
    )
    r += 5
    _text(ws, r, 1, "２　施策の評価", bold=True, size=11)
    r += 1
    for label, value in [
        ("施策の達成度", "B（概ね順調に推移している）"),
        ("今後の方向性", "継続（新規就農者の確保に重点を置く）"),
    ]:
        _span(ws, r, 1, 3, label, header=True)
        _span(ws, r, 4, 10, value, align="left")
        ws.row_dimensions[r].height = 20
        r += 1
    _page(ws, "landscape")
    path = SOURCE / "makubetsu_shisaku_hyoka_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 鶴田町 (青森県北津軽郡): 地域再生計画の効果検証シート（令和4年度）
# --------------------------------------------------------------------------------------------

# Real (furusato-funding.jp/projects/1461): the plan's name, 12,695人 (2019), 8,848人 (2040),
# 朝ごはん条例, 国際交流, 児童育成支援金. Made up: the sheet, 課, money, every KPI figure and rank.
TS_ROWS = [
    (1, "「朝ごはん運動」に参加した世帯数", "世帯", 1020, 1085, 1130, 1150, 1402, "S"),
    (2, "鶴田町への移住者数", "人", 12, 15, 21, 20, 20, "A"),
    (
        3,
        "国際交流事業（海外派遣）に参加した中高生の数",
        "人",
        8,
        "―（中止）",
        "―（中止）",
        10,
        7,
        "C",
    ),
    (4, "児童育成支援金の対象となった子どもの数", "人", 86, 88, 91, "目標値なし", 89, "－"),
]


def tsuruta() -> Path:
    wb, ws = _sheet("効果検証", [7, 34, 6, 14, 10, 10, 10, 10, 7])
    _text(ws, 1, 1, "地域再生計画の効果検証シート（令和4年度）", bold=True, size=14)
    _text(ws, 2, 9, "令和5年8月31日", align="right")
    _text(ws, 3, 9, "鶴田町 企画観光課", align="right")
    r = 5
    for label, value, height in [
        ("地域再生計画の名称", "鶴田町まち・ひと・しごと創生推進計画", 18),
        ("計画期間", "令和2年4月1日～令和7年3月31日", 18),
        ("交付金の種類", "地方創生推進交付金", 18),
        ("担当課", "企画観光課", 18),
        (
            "計画の目標（抜粋）",
            "当町の総人口は1980年をピークに減少し、2019年には12,695人となった。2040年には8,848人になると推計されており、若年層の転出抑制と子育て世代の定住が課題である。",
            30,
        ),
    ]:
        _span(ws, r, 1, 2, label, header=True)
        _span(ws, r, 3, 9, value, align="left")
        ws.row_dimensions[r].height = height
        r += 1
    r += 1
    _text(ws, r, 1, "■重要業績評価指標（KPI）の達成状況", bold=True, size=11)
    h = r + 1
    for c, word in enumerate(
        [
            "優先順位",
            "KPI",
            "単位",
            "事業開始前（R元）",
            "R2実績",
            "R3実績",
            "R4目標",
            "R4実績",
            "ランク",
        ],
        start=1,
    ):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 28
    r = h + 1
    for prio, name, unit, *vals, rank in TS_ROWS:
        _put(ws, r, 1, prio, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate(vals):
            _put(ws, r, 4 + j, v, align="right" if isinstance(v, int) else "center")
        _put(ws, r, 9, rank, align="center", bold=True)
        ws.row_dimensions[r].height = 26
        r += 1
    _notes(
        ws,
        r,
        [
            "ランク　S：R4目標値の120％以上　A：100％以上120％未満　B：80％以上100％未満　C：80％未満　－：目標値を定めていないもの",
            "※優先順位は、推進会議（令和5年7月）において各KPIの重要度を順位付けしたもの。",
            "※国際交流事業はR2・R3とも感染症の影響で中止。",
            "KPI 4項目のうち、目標を達成したもの 2項目（S 1項目、A 1項目）",
        ],
    )
    r += 5
    _text(ws, r, 1, "■交付対象事業の実施状況（令和4年度）", bold=True, size=11)
    r += 1
    _span(ws, r, 1, 2, "事業名", header=True)
    _span(ws, r, 3, 4, "事業費（千円）", header=True)
    _span(ws, r, 5, 6, "うち交付金（千円）", header=True)
    _span(ws, r, 7, 9, "主な内容", header=True)
    r += 1
    for name, cost, grant, what in [
        ("朝ごはん条例推進事業", 4860, 2430, "レシピコンテスト、食育講座（12回）"),
        ("国際交流人材育成事業", 7200, 3600, "中高生海外派遣（7人）、オンライン交流"),
        ("総計", 12060, 6030, ""),
    ]:
        fill = LIGHT if name == "総計" else None
        _span(ws, r, 1, 2, name, fill=fill, align="center" if fill else None)
        _span(ws, r, 3, 4, cost, fill=fill)
        _span(ws, r, 5, 6, grant, fill=fill)
        _span(ws, r, 7, 9, what, fill=fill)
        ws.row_dimensions[r].height = 20
        r += 1
    _page(ws, "landscape")
    path = SOURCE / "tsuruta_koka_kensho_r4.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 住田町 (岩手県気仙郡): 事務事業評価シート（令和3年度実施事業）
# --------------------------------------------------------------------------------------------

# Real: 「森林・林業日本一の町」, 森林面積 30,289ha (約9割), 人口 5,116人 (令和3年6月末), the
# 総合計画 of 令和2～6年度, 気仙スギ. Made up: the 事業, 課, every figure, plan and note.
SM_ROWS = [
    (
        "活動指標",
        "補助金の交付件数",
        "件",
        "12（新築9・改修3）",
        "10（新築6・改修4）",
        "予算の範囲内",
        "14（新築8・改修6）",
        "予算の範囲内",
    ),
    ("活動指標", "補助対象住宅に使用された町産材の量", "㎥", 412, 356, 400, 438, 400),
    ("成果指標", "補助を受けた住宅への町外からの転入者数", "人", 7, 5, 6, 9, 6),
    ("成果指標", "町内製材所の気仙スギ製品出荷量", "千㎥", 18.2, 16.9, 18.0, 17.6, 18.5),
    ("投入量", "事業費", "千円", 21600, 18400, 24000, 22750, 24000),
    ("投入量", "従事職員数", "人", 0.5, 0.5, 0.5, 0.5, 0.5),
]


def sumita() -> Path:
    wb, ws = _sheet("事務事業評価", [10, 36, 7, 14, 14, 12, 14, 12])
    _text(ws, 1, 1, "事務事業評価シート（令和3年度実施事業）", bold=True, size=14)
    _text(ws, 2, 8, "令和4年6月30日", align="right")
    r = 4
    for label, value in [
        ("事業名", "気仙スギ住宅建築等支援事業"),
        ("担当課", "農政課林政係"),
        (
            "総合計画の位置付け",
            "住田町総合計画（令和2年度～令和6年度）　森林・林業日本一の町づくり",
        ),
        ("事業期間", "平成28年度～令和6年度"),
        (
            "事業の目的",
            "町産材（気仙スギ）を使った住宅の新築・改修に補助し、町内の木材需要の拡大と定住の促進を図る。",
        ),
        ("町の概況", "森林面積30,289ha（総面積の約9割）。人口5,116人（令和3年6月末）。"),
    ]:
        _span(ws, r, 1, 2, label, header=True)
        _span(ws, r, 3, 8, value, align="left")
        ws.row_dimensions[r].height = 20
        r += 1
    _span(ws, r, 1, 2, "記入者", header=True)
    _span(ws, r, 3, 4, "林政係長（記入日 R4.5.20）", align="left")
    _span(ws, r, 5, 6, "確認者", header=True)
    _span(ws, r, 7, 8, "農政課長（確認日 R4.5.27）", align="left")
    ws.row_dimensions[r].height = 20
    r += 2
    _text(ws, r, 1, "２　指標の状況", bold=True, size=11)
    h = r + 1
    for c, word in enumerate(
        ["区分", "指標名", "単位", "R元実績", "R2実績", "R3計画", "R3実績", "R4計画"], start=1
    ):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 22
    r = h + 1
    start = r
    for kind, name, unit, *vals in SM_ROWS:
        fill = LIGHT if kind == "投入量" else None
        _put(ws, r, 1, kind, align="center", fill=fill)
        _put(ws, r, 2, name, fill=fill)
        _put(ws, r, 3, unit, align="center", fill=fill)
        for j, v in enumerate(vals):
            fmt = "0.0" if isinstance(v, float) else None
            _put(
                ws,
                r,
                4 + j,
                v,
                align="right" if not isinstance(v, str) else "center",
                fmt=fmt,
                fill=fill,
            )
        ws.row_dimensions[r].height = 24
        r += 1
    for top in (start, start + 2, start + 4):
        _merge(ws, top, 1, top + 1, 1)
    _notes(
        ws,
        r,
        [
            "※補助金の交付件数の（　）内は内訳。",
            "※R3計画・R4計画の「予算の範囲内」は、申請に応じて予算の範囲内で交付するため件数を定めていないもの。",
            "※事業費のR3計画・R4計画は当初予算額。",
        ],
    )
    r += 4
    _span(ws, r, 1, 2, "事業の方向性", header=True)
    _span(ws, r, 3, 8, "■継続　□拡充　□縮小　□廃止", align="left")
    ws.row_dimensions[r].height = 20
    _page(ws, "landscape")
    path = SOURCE / "sumita_jimu_jigyo_r3.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 棚倉町 (福島県東白川郡): 総合戦略 KPI の進捗状況（令和元年度）, HTML
# --------------------------------------------------------------------------------------------

# Real (zck.or.jp/site/forum/1351.html, docsplayer 108032348): the strategy of 平成27年10月22日, its
# 取り組み names, 総合戦略推進協議会, 159.93k㎡, 約15,000人, イチゴ・ブルーベリー. Made up: the rest.
TN_HEAD = """<thead>
<tr><th>No.</th><th>重要業績評価指標（KPI）</th><th>単位</th><th>基準値<br>（H26）</th><th>H30実績</th><th>R元実績</th><th>目標値<br>（R元）</th><th>評価</th></tr>
</thead>"""


def _tn_rows(rows) -> str:
    out = []
    for cells in rows:
        no, name, unit, *vals, grade = cells
        tds = "".join(f'<td class="n">{v}</td>' for v in vals)
        out.append(
            f'<tr><td class="c">{no}</td><td>{name}</td><td class="c">{unit}</td>{tds}<td class="c">{grade}</td></tr>'
        )
    return "\n".join(out)


def tanagura_html() -> str:
    t1 = _tn_rows(
        [
            ("1", "町内事業所の従業者数", "人", "5,812", "5,760", "5,791", "6,000", "B"),
            (
                "2",
                "いちご・ブルーベリー観光農園の入園者数",
                "人",
                "3,400",
                "4,120",
                "4,385",
                "4,000",
                "A",
            ),
            ("3", "新規創業者数（累計）", "件", "―", "9", "12", "10", "A"),
        ]
    )
    t2 = _tn_rows(
        [
            ("4", "合計特殊出生率", "―", "1.52", "1.47", "1.41", "1.60", "C"),
            (
                "5",
                "子育て支援センターの利用者数（延べ）",
                "人",
                "6,240",
                "7,015",
                "7,330",
                "8,000",
                "B",
            ),
        ]
    )
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>総合戦略KPIの進捗状況（令和元年度） - 棚倉町</title>
<style>
table {{ border-collapse: collapse; margin: 0.5em 0; }}
th, td {{ border: 1px solid #666; padding: 3px 6px; font-size: 90%; }}
thead th {{ background: #e8eef4; }}
tfoot th, tfoot td {{ background: #f4f4f4; }}
td.n {{ text-align: right; }}
td.c {{ text-align: center; }}
p.src {{ font-size: 85%; margin-top: 0; }}
</style>
</head>
<body>
<p class="pankuzu"><a href="/">トップページ</a> &gt; <a href="/soshiki/">組織から探す</a> &gt; 企画調整課 &gt; 総合戦略KPIの進捗状況</p>
<h1>棚倉町まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の進捗状況（令和元年度）</h1>
<p class="date">更新日：令和2年8月24日</p>
<p>町では、平成27年10月22日に「棚倉町まち・ひと・しごと創生総合戦略」を策定し、4つの取り組み（産業・雇用、定住、結婚・出産・子育て、地域づくり）を進めています。計画期間の最終年度である令和元年度の実績がまとまりましたので、総合戦略推進協議会（令和2年7月30日開催）での検証結果とあわせてお知らせします。</p>
<p>棚倉町は面積159.93平方キロメートル、人口約15,000人の町です。ここでは主な重要業績評価指標（KPI）の状況を掲載します。</p>
<p>評価　A：目標値を達成　B：目標値の80％以上　C：目標値の80％未満</p>
<h2>基本目標1　産業・雇用への取り組み</h2>
<table>
{TN_HEAD}
<tbody>
{t1}
</tbody>
<tfoot>
<tr><th colspan="2">総計</th><td colspan="6">KPI 3項目　A 2項目　B 1項目　C 0項目</td></tr>
</tfoot>
</table>
<p class="src">資料：経済センサス（H26）、棚倉町産業振興課調べ（各年度末現在）</p>
<h2>基本目標3　結婚・出産・子育てへの取り組み</h2>
<table>
{TN_HEAD}
<tbody>
{t2}
</tbody>
<tfoot>
<tr><th colspan="2">総計</th><td colspan="6">KPI 2項目　A 0項目　B 1項目　C 1項目</td></tr>
</tfoot>
</table>
<p class="src">資料：福島県保健統計（暦年）、子育て支援センター利用実績（各年度）</p>
<p>基本目標2・4のKPIは、第2期総合戦略の策定資料（令和2年3月）に掲載しています。</p>
<p class="contact">お問い合わせ　企画調整課 企画係</p>
</body>
</html>
"""


def tanagura() -> Path:
    path = HERE / "tanagura_kpi_shinchoku_r1.html"
    path.write_bytes(tanagura_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (makubetsu, tsuruta, sumita):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {tanagura().name}")


if __name__ == "__main__":
    main()
