"""Build the built documents of forms215/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/wanouchi_shisaku_hyoka_r5.xlsx``, a 総合計画 施策評価シート in the manner of 輪之内町 (岐阜県):
  form fields (基本目標, 施策, 主管課, 関係課, 計画期間, 事業費, the town's profile); a 成果指標 grid whose
  R5 actual column is headed **with the day its figures were counted, after the year's end
  (``R5（R6.5.31集計）``)**, an R5 and an R8 target and a printed ○/× 達成状況; **a second grid of the
  施策's 事務事業 with their 決算額 and a ``計`` row, whose right half is a 事業 × 成果指標 matrix of
  contribution marks (◎ / ○ / －) headed only by the indicators' numbers (``指標1`` … ``指標4``)**;
  an evaluation block; and the PDF;
* ``source/minamiizu_kpi_kensho_r5.xlsx``, a 推進計画 KPI 効果検証シート in the manner of 南伊豆町 (静岡県):
  form fields (地域再生計画の名称, 担当課, 計画期間, the town's profile); **a money grid whose ``補助率``
  column holds fractions (``1/2``, ``10/10``)**; a 数値目標 grid and a KPI grid, both with **a
  ``前年度比`` column in which a KPI whose previous actual was 0 prints the word ``皆増``**; an
  evaluation block; and the PDF;
* ``source/taiji_kpi_shinchoku_r5.xlsx``, a 推進計画 KPI 進捗表 in the manner of 太地町 (和歌山県): form
  fields; a KPI grid cut by **shaded 施策 heading rows that carry the 施策's money and grade inside
  their own text (``【施策1】くじらの町の観光交流の推進（R5事業費 52,380千円・評価 B）``)**, and **final
  target cells that name the year the target was first reached (``350（R4達成）``)**; notes with
  numbers; and the PDF;
* ``gose_machizukuri_shihyo_r6.html``, a 総合計画 まちづくり指標 page in the manner of 御所市 (奈良県):
  a lead of real figures; one table with a ``内容`` column of formulas, a ``現状値`` dated by the
  ``年度`` column beside it, **target cells that print the direction word above the level
  (``アップ<br>450``, ``ダウン<br>30``)**, bare year columns each followed by a ``達成率(%)`` column;
  three ``<tbody>`` opened by a 基本目標 heading row, **the second and third repeating the column
  header as a row of ``<th>`` right under their heading**.

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
# whole numbers, the minus sign written as the accounting mark △
TRI0 = '#,##0;"△"#,##0;0'


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms215/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms215/build.py"
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
        _put(ws, row, c, None, header=header, fill=kw.get("fill"))
    if c2 > c1:
        _merge(ws, row, c1, row, c2)
    return cell


def _down(ws, r1, r2, col, value, header=False, **kw):
    """A bordered value merged down r1..r2 of one column."""
    cell = _put(ws, r1, col, value, header=header, **kw)
    for r in range(r1 + 1, r2 + 1):
        _put(ws, r, col, None, header=header)
    if r2 > r1:
        _merge(ws, r1, col, r2, col)
    return cell


def _text(ws, row, col, value, bold=False, size=9, align=None):
    """A borderless text cell (titles, headings, notes)."""
    cell = ws.cell(row=row, column=col, value=value)
    cell.font = Font(name=FONT, size=size, bold=bold)
    cell.alignment = Alignment(horizontal=align or "left", vertical="center")
    return cell


def _notes(ws, row: int, lines: list[str], size=8) -> None:
    for i, line in enumerate(lines):
        _text(ws, row + i, 1, line, size=size)


def _field(ws, row, label, value, c_label, c_value, height=20):
    """A form field: a shaded label cell and a value merged over the given columns."""
    _span(ws, row, c_label[0], c_label[1], label, header=True)
    _span(ws, row, c_value[0], c_value[1], value, align="left")
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
    with tempfile.TemporaryDirectory(prefix="forms215_soffice_") as tmp:
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
# 輪之内町 (岐阜県安八郡): 第6次総合計画 施策評価シート（令和5年度実績）
# --------------------------------------------------------------------------------------------

# Real (town.wanouchi.gifu.jp 町長あいさつ; kotobank 日本大百科全書; wa-nou.com): the 第6次総合計画 (令和4年度から
# 10年間), its 将来像 and 基本目標3 「みんなが健やかに働けるまちづくり」, 面積22.33㎢, 人口9,654 (2020), the 輪中,
# けんがい菊 (年間3万鉢), 徳川将軍家御膳米, ミニバラ. Made up: the sheet, 施策 3-2, every 課, the money, every
# indicator, figure, target and mark, the 事務事業 and their contribution marks.
WA_KPIS = [
    # No., name, unit, baseline (R2), R4, R5 (counted R6.5.31), target R5, target R8, mark
    ("1", "認定農業者数", "経営体", 38, 41, 43, 42, 48, "○"),
    ("2", "担い手への農地集積率", "％", 61.2, 64.8, 66.1, 67.0, 75.0, "×"),
    ("3", "けんがい菊の出荷鉢数", "鉢", 30400, 28900, 29600, 30500, 31000, "×"),
    ("4", "徳川将軍家御膳米の作付面積", "ha", 42.5, 46.8, 48.3, 48.0, 55.0, "○"),
]
WA_JIGYO = [
    # No., 事務事業名, 担当課, R5決算額（千円）, 指標1..4
    ("1", "担い手育成総合支援事業", "産業課", 8420, ["◎", "○", "－", "－"]),
    ("2", "農地集積・集約化推進事業", "産業課", 12960, ["○", "◎", "－", "○"]),
    ("3", "けんがい菊振興事業", "産業課", 2150, ["－", "－", "◎", "－"]),
    ("4", "御膳米ブランド推進事業", "産業課", 3780, ["○", "－", "－", "◎"]),
    ("5", "農業用排水路維持管理事業", "建設課", 34530, ["－", "○", "－", "○"]),
]


def wanouchi() -> Path:
    wb, ws = _sheet("施策評価", [6, 30, 8, 10, 9, 12, 9, 10, 10])
    _text(ws, 1, 1, "輪之内町第6次総合計画　施策評価シート（令和5年度実績）", bold=True, size=13)
    _text(ws, 2, 9, "令和6年8月　輪之内町産業課", align="right")
    _field(ws, 4, "基本目標", "3　みんなが健やかに働けるまちづくり", (1, 2), (3, 9))
    _span(ws, 5, 1, 2, "施策", header=True)
    _span(ws, 5, 3, 5, "3-2　農業の振興", align="left")
    _span(ws, 5, 6, 7, "主管課", header=True)
    _span(ws, 5, 8, 9, "産業課", align="left")
    ws.row_dimensions[5].height = 20
    _span(ws, 6, 1, 2, "計画期間", header=True)
    _span(ws, 6, 3, 5, "令和4年度～令和13年度（10年間）", align="left")
    _span(ws, 6, 6, 7, "関係課", header=True)
    _span(ws, 6, 8, 9, "建設課、企画課", align="left")
    ws.row_dimensions[6].height = 20
    _span(ws, 7, 1, 2, "施策の事業費（R5決算・千円）", header=True)
    _span(ws, 7, 3, 5, 61840, align="left")
    _span(ws, 7, 6, 7, "町の人口", header=True)
    _span(ws, 7, 8, 9, "9,654人（令和2年国勢調査）", align="left")
    ws.row_dimensions[7].height = 20
    _field(
        ws,
        8,
        "町の概況",
        "面積22.33㎢。長良川と揖斐川に囲まれた輪中の町。特産品のけんがい菊は年間約3万鉢が出荷され、徳川将軍家御膳米、ミニバラとともに町の顔となっている。",
        (1, 2),
        (3, 9),
        height=32,
    )

    _text(ws, 10, 1, "１　成果指標の状況", bold=True, size=11)
    h = 11
    for c, word in [(1, "No."), (2, "成果指標"), (3, "単位"), (4, "基準値\n（R2）")]:
        _down(ws, h, h + 1, c, word, header=True)
    _span(ws, h, 5, 6, "実績値", header=True)
    _put(ws, h + 1, 5, "R4", header=True)
    _put(ws, h + 1, 6, "R5\n（R6.5.31集計）", header=True)
    _span(ws, h, 7, 8, "目標値", header=True)
    _put(ws, h + 1, 7, "R5", header=True)
    _put(ws, h + 1, 8, "R8\n（中間）", header=True)
    _down(ws, h, h + 1, 9, "達成状況\n（R5）", header=True)
    ws.row_dimensions[h].height = 20
    ws.row_dimensions[h + 1].height = 30
    r = h + 2
    for no, name, unit, base, r4, r5, t5, t8, mark in WA_KPIS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate([base, r4, r5, t5, t8]):
            _put(ws, r, 4 + j, v)
        _put(ws, r, 9, mark, align="center", size=11)
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r,
        [
            "※達成状況　○：R5目標値を達成　×：R5目標値を未達成",
            "※「R5（R6.5.31集計）」欄は、令和6年5月31日に集計を締め切った令和5年度の実績です。",
        ],
    )

    r += 3
    _text(ws, r, 1, "２　施策を構成する主な事務事業と成果指標への貢献度", bold=True, size=11)
    h = r + 1
    _down(ws, h, h + 1, 1, "No.", header=True)
    _down(ws, h, h + 1, 2, "事務事業名", header=True)
    _put(ws, h, 3, "担当課", header=True)
    _put(ws, h, 4, None, header=True)
    _put(ws, h + 1, 3, None, header=True)
    _put(ws, h + 1, 4, None, header=True)
    _merge(ws, h, 3, h + 1, 4)
    _down(ws, h, h + 1, 5, "R5決算額\n（千円）", header=True)
    _span(ws, h, 6, 9, "成果指標への貢献度", header=True)
    for j in range(4):
        _put(ws, h + 1, 6 + j, f"指標{j + 1}", header=True)
    ws.row_dimensions[h].height = 20
    ws.row_dimensions[h + 1].height = 20
    r = h + 2
    for no, name, ka, money, marks in WA_JIGYO:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _span(ws, r, 3, 4, ka, align="center")
        _put(ws, r, 5, money)
        for j, m in enumerate(marks):
            _put(ws, r, 6 + j, m, align="center", size=11)
        ws.row_dimensions[r].height = 20
        r += 1
    _span(ws, r, 1, 4, "計", header=True)
    _put(ws, r, 5, sum(m for _, _, _, m, _ in WA_JIGYO), fill=SHADE)
    for j in range(4):
        _put(ws, r, 6 + j, None, fill=SHADE)
    ws.row_dimensions[r].height = 20
    r += 1
    _notes(
        ws,
        r,
        [
            "※貢献度　◎：指標の向上に主に貢献する　○：貢献する　－：関連が薄い",
            "※指標1～指標4は、「１　成果指標の状況」のNo.1～No.4の成果指標です。",
        ],
    )

    r += 3
    _text(ws, r, 1, "３　施策の評価", bold=True, size=11)
    _field(ws, r + 1, "施策の評価", "B（おおむね順調）", (1, 2), (3, 9))
    _field(
        ws,
        r + 2,
        "評価の理由",
        "認定農業者は43経営体となり、R5目標値を1経営体上回った。一方、農地集積率は66.1％でR5目標値に0.9ポイント届かず、けんがい菊の出荷は29,600鉢で前年度より700鉢増えたものの目標値を下回った。",
        (1, 2),
        (3, 9),
        height=44,
    )
    _field(
        ws,
        r + 3,
        "今後の方向性",
        "農地中間管理事業による集積を進めるとともに、けんがい菊生産組合への支援を継続し、R8の中間目標の達成を目指す。",
        (1, 2),
        (3, 9),
        height=32,
    )
    _page(ws, "portrait")
    path = SOURCE / "wanouchi_shisaku_hyoka_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 南伊豆町 (静岡県賀茂郡): まち・ひと・しごと創生推進計画 KPI効果検証シート（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (furusato-funding.jp/projects/1998; zck.or.jp/site/forum/20848.html; 伊豆新聞 2017-03-12, 2019-05-09):
# the 推進計画, 20代 約23% (2018年), 年間約120人の減少, 2060年 約3,600人, 面積109.94㎢, 8,044人・3,905世帯
# (令和2年10月1日), 商工観光課, 石廊崎オーシャンパーク (2019年4月1日開園, 乗用車100台・大型バス15台). Made up: the
# sheet, its date, 計画期間, every money figure and 補助率 row, every indicator, figure, target and ratio.
MI_MONEY = [
    ("令和3年度", 18600, 9300, "1/2", "駐車場案内システムの整備"),
    ("令和4年度", 21400, 10700, "1/2", "ジオガイド養成講座、PR動画の制作"),
    ("令和4年度（臨時交付金分）", 3200, 3200, "10/10", "観光施設の感染症対策"),
    ("令和5年度", 16800, 8400, "1/2", "移住体験住宅（2棟）の改修"),
]
MI_GOALS = [
    # name, unit, baseline (R元), R3, R4, R5, 前年度比, target (R7), number format
    ("社会増減数", "人", -96, -74, -58, -41, "―", -30, TRI0),
    ("観光交流客数", "千人", 1286, 842, 1014, 1132, "111.6%", 1300, "#,##0"),
]
MI_KPIS = [
    # name, unit, 事業開始前 (R2), (R3 目標, 実績), (R4 …), (R5 …), 前年度比, target (R7)
    (
        "KPI①　石廊崎オーシャンパーク来園者数",
        "人",
        96400,
        (120000, 108250),
        (140000, 151630),
        (160000, 163920),
        "108.1%",
        180000,
    ),
    (
        "KPI②　ジオガイド付き体験ツアー参加者数",
        "人",
        1240,
        (1500, 1380),
        (1800, 2150),
        (2100, 2060),
        "95.8%",
        2600,
    ),
    ("KPI③　移住体験住宅の利用世帯数", "世帯", 6, (8, 9), (10, 0), (12, 14), "皆増", 15),
]


def minamiizu() -> Path:
    wb, ws = _sheet("KPI効果検証", [36, 7, 11, 10, 10, 10, 10, 10, 10, 11, 11])
    _text(
        ws,
        1,
        1,
        "南伊豆町まち・ひと・しごと創生推進計画　KPI効果検証シート（令和5年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 11, "令和6年9月　南伊豆町商工観光課", align="right")
    _field(ws, 4, "地域再生計画の名称", "南伊豆町まち・ひと・しごと創生推進計画", (1, 1), (2, 11))
    _field(ws, 5, "担当課", "商工観光課", (1, 1), (2, 11))
    _field(ws, 6, "計画期間", "令和3年4月1日～令和8年3月31日", (1, 1), (2, 11))
    _field(
        ws,
        7,
        "町の概況",
        "伊豆半島の最南端に位置し、面積は109.94㎢。人口は8,044人・3,905世帯（令和2年10月1日）で、年間約120人のペースで減少が続き、2060年の推計人口は約3,600人。全転出者に占める20代の割合は約23％（2018年）。",
        (1, 1),
        (2, 11),
        height=32,
    )

    _text(ws, 9, 1, "■交付対象事業費の推移（単位：千円）", bold=True, size=10)
    h = 10
    _put(ws, h, 1, "年度", header=True)
    _span(ws, h, 2, 3, "事業費", header=True)
    _span(ws, h, 4, 5, "うち交付金", header=True)
    _put(ws, h, 6, "補助率", header=True)
    _span(ws, h, 7, 11, "主な内容", header=True)
    r = h + 1
    for year, money, grant, rate, what in MI_MONEY:
        _put(ws, r, 1, year)
        _span(ws, r, 2, 3, money)
        _span(ws, r, 4, 5, grant)
        _put(ws, r, 6, rate, align="center")
        _span(ws, r, 7, 11, what)
        r += 1
    _put(ws, r, 1, "計", header=True)
    _span(ws, r, 2, 3, sum(m[1] for m in MI_MONEY), fill=LIGHT)
    _span(ws, r, 4, 5, sum(m[2] for m in MI_MONEY), fill=LIGHT)
    _put(ws, r, 6, "―", align="center", fill=LIGHT)
    _span(ws, r, 7, 11, "", fill=LIGHT)

    r += 2
    _text(ws, r, 1, "１　数値目標", bold=True, size=11)
    h = r + 1
    _put(ws, h, 1, "数値目標", header=True)
    _put(ws, h, 2, "単位", header=True)
    _put(ws, h, 3, "基準値\n（R元）", header=True)
    _span(ws, h, 4, 5, "R3実績", header=True)
    _span(ws, h, 6, 7, "R4実績", header=True)
    _span(ws, h, 8, 9, "R5実績", header=True)
    _put(ws, h, 10, "前年度比\n（R5/R4）", header=True)
    _put(ws, h, 11, "目標値\n（R7）", header=True)
    ws.row_dimensions[h].height = 30
    r = h + 1
    for name, unit, base, r3, r4, r5, ratio, target, fmt in MI_GOALS:
        _put(ws, r, 1, name)
        _put(ws, r, 2, unit, align="center")
        _put(ws, r, 3, base, fmt=fmt)
        _span(ws, r, 4, 5, r3, fmt=fmt)
        _span(ws, r, 6, 7, r4, fmt=fmt)
        _span(ws, r, 8, 9, r5, fmt=fmt)
        _put(ws, r, 10, ratio, align="right")
        _put(ws, r, 11, target, fmt=fmt)
        ws.row_dimensions[r].height = 20
        r += 1
    _notes(ws, r, ["※社会増減数の「△」は転出超過を表します。"])

    r += 2
    _text(ws, r, 1, "２　重要業績評価指標（KPI）", bold=True, size=11)
    h = r + 1
    _down(ws, h, h + 1, 1, "KPI", header=True)
    _down(ws, h, h + 1, 2, "単位", header=True)
    _down(ws, h, h + 1, 3, "事業開始前\n（R2）", header=True)
    for j, year in enumerate(["R3", "R4", "R5"]):
        _span(ws, h, 4 + 2 * j, 5 + 2 * j, year, header=True)
        _put(ws, h + 1, 4 + 2 * j, "目標", header=True)
        _put(ws, h + 1, 5 + 2 * j, "実績", header=True)
    _down(ws, h, h + 1, 10, "前年度比\n（R5/R4）", header=True)
    _down(ws, h, h + 1, 11, "目標値\n（R7）", header=True)
    ws.row_dimensions[h].height = 20
    ws.row_dimensions[h + 1].height = 20
    r = h + 2
    for name, unit, base, y3, y4, y5, ratio, target in MI_KPIS:
        _put(ws, r, 1, name)
        _put(ws, r, 2, unit, align="center")
        _put(ws, r, 3, base)
        for j, (t, a) in enumerate([y3, y4, y5]):
            _put(ws, r, 4 + 2 * j, t)
            _put(ws, r, 5 + 2 * j, a)
        _put(ws, r, 10, ratio, align="right")
        _put(ws, r, 11, target)
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r,
        [
            "※前年度比の「皆増」は、前年度の実績が0のため比率を算出できないことを示します。",
            "※KPI③は、令和4年度に移住体験住宅（2棟）の改修工事を行ったため、同年度の受入れを休止しました。",
        ],
    )

    r += 3
    _text(ws, r, 1, "３　事業の評価", bold=True, size=11)
    _field(ws, r + 1, "事業の効果", "地方創生に相当程度効果があった", (1, 1), (2, 11))
    _field(ws, r + 2, "今後の方針", "事業の継続", (1, 1), (2, 11))
    _field(
        ws,
        r + 3,
        "外部有識者の意見",
        "オーシャンパークの来園者は16万人を超えたが、繁忙期には駐車場（乗用車100台・大型バス15台）が満車となる日が続いたため、周辺の駐車場との連携を検討されたい。",
        (1, 1),
        (2, 11),
        height=32,
    )
    _page(ws, "landscape")
    path = SOURCE / "minamiizu_kpi_kensho_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 太地町 (和歌山県東牟婁郡): まち・ひと・しごと創生推進計画 KPIの進捗状況（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (furusato-funding.jp/projects/2236; fkpg.net/?p=1082; pedia くじらの博物館): the 推進計画, 面積5.81㎢, 森林61%,
# 3,087人 (平成27年国勢調査), 3,014人 (令和2年住基), 2,375人 (令和12年推計), 2019年 出生15人・死亡69人 (自然減54人),
# 転入88人・転出94人 (社会減6人), くじらの博物館 (昭和44年開館), its 14万人あまり (2009年) and 8万700人 (2013年).
# Made up: the sheet, 企画課, 計画期間, the money and grades, the 施策 names, every KPI, figure and target.
TJ_BLOCKS = [
    (
        "【施策1】くじらの町の観光交流の推進（R5事業費 52,380千円・評価 B）",
        [
            ("1", "くじらの博物館入館者数", "人", 92300, 58400, 76900, 90000, 94150, 100000),
            ("2", "町内宿泊施設の延べ宿泊者数", "人泊", 21600, 12900, 18300, 20000, 19420, 24000),
            (
                "3",
                "観光ボランティアガイドの案内件数",
                "件",
                310,
                180,
                355,
                320,
                362,
                "350（R4達成）",
            ),
        ],
    ),
    (
        "【施策2】移住・定住と子育ての支援（R5事業費 18,880千円・評価 A）",
        [
            ("4", "移住相談件数", "件", 24, 41, 52, 48, 46, "50（R4達成）"),
            ("5", "出生数", "人", 15, 12, 14, 16, 13, 18),
        ],
    ),
]


def taiji() -> Path:
    wb, ws = _sheet("KPI進捗", [6, 32, 7, 10, 9, 9, 9, 9, 13])
    _text(
        ws,
        1,
        1,
        "太地町まち・ひと・しごと創生推進計画　重要業績評価指標（KPI）の進捗状況（令和5年度）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 9, "令和6年7月　太地町企画課", align="right")
    _field(ws, 4, "計画期間", "令和3年度～令和7年度（5年間）", (1, 2), (3, 9))
    _field(
        ws,
        5,
        "町の概況",
        "熊野灘に面した面積5.81㎢の町（森林が61％）。人口は3,087人（平成27年国勢調査）、住民基本台帳では3,014人（令和2年）で、令和12年には2,375人と推計される。2019年は出生15人・死亡69人で54人の自然減、転入88人・転出94人で6人の社会減。",
        (1, 2),
        (3, 9),
        height=44,
    )
    _field(ws, 6, "関連事業費（R5決算・千円）", 71260, (1, 2), (3, 9))
    ws.cell(row=6, column=3).alignment = Alignment(horizontal="left", vertical="center")
    _field(
        ws,
        7,
        "施策の評価",
        "各施策はKPIの状況をもとにA（順調）・B（概ね順調）・C（遅れている）の3段階で評価し、施策の見出しにR5事業費とともに記載しています。",
        (1, 2),
        (3, 9),
        height=32,
    )

    _text(ws, 9, 1, "■重要業績評価指標（KPI）の進捗", bold=True, size=11)
    h = 10
    for c, word in [
        (1, "No."),
        (2, "重要業績評価指標（KPI）"),
        (3, "単位"),
        (4, "基準値\n（R元）"),
        (5, "R3実績"),
        (6, "R4実績"),
    ]:
        _down(ws, h, h + 1, c, word, header=True)
    _span(ws, h, 7, 8, "R5", header=True)
    _put(ws, h + 1, 7, "目標", header=True)
    _put(ws, h + 1, 8, "実績", header=True)
    _down(ws, h, h + 1, 9, "目標値\n（R7）", header=True)
    ws.row_dimensions[h].height = 20
    ws.row_dimensions[h + 1].height = 20
    r = h + 2
    for heading, rows in TJ_BLOCKS:
        _span(ws, r, 1, 9, heading, bold=True, fill=SHADE)
        ws.row_dimensions[r].height = 20
        r += 1
        for no, name, unit, base, r3, r4, t5, a5, final in rows:
            _put(ws, r, 1, no, align="center")
            _put(ws, r, 2, name)
            _put(ws, r, 3, unit, align="center")
            for j, v in enumerate([base, r3, r4, t5, a5, final]):
                _put(ws, r, 4 + j, v, align="right" if isinstance(v, str) else None)
            ws.row_dimensions[r].height = 22
            r += 1
    _notes(
        ws,
        r,
        [
            "※目標値（R7）欄の「（R4達成）」は、計画期間の途中で最終目標値に到達した年度を示します。",
            "※くじらの博物館（昭和44年開館）の入館者数は、2009年に14万人あまり、2013年には8万700人まで減少していました。",
            "※R5事業費の合計は71,260千円（施策1：52,380千円、施策2：18,880千円）です。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "taiji_kpi_shinchoku_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 御所市 (奈良県): 第6次御所市総合計画 まちづくり指標の進捗状況（令和6年度実績）
# --------------------------------------------------------------------------------------------

# Real (city.gose.nara.jp/0000000456.html: the 第5次総合計画 page「13指標」進捗状況, its columns 指標 | 内容 | 単位 |
# 現状値 | 年度 | 目標 | NN年度 | 達成率(%) and its アップ / ダウン targets; gosenone.com/issue: the 第6次総合計画
# (2021年度～2029年度) and its 課題 若年世代の定住促進, 中心市街地の活性化 (近鉄およびJR御所駅の周辺), 産業活力の強化;
# furusato-funding.jp/projects/2172: 3.7万人 (1980年), 2.7万人 (2015年), 25,249人 (2020年), 8,834人 (2060年推計),
# 2019年 出生107人・死亡429人 (322人の自然減)). Made up: the page, its date and ID, the 基本目標 wording, every
# indicator, formula, figure and target.
GO_HEAD = [
    "指標",
    "内容",
    "単位",
    "現状値",
    "年度",
    "目標<br>（令和6年度）",
    "令和4年度",
    "達成率(%)",
    "令和5年度",
    "達成率(%)",
    "令和6年度",
    "達成率(%)",
    "備考",
]
GO_GROUPS = [
    (
        "基本目標1　若年世代の定住促進",
        [
            (
                "転入者数（20～39歳）",
                "住民基本台帳の転入者のうち20～39歳の人数",
                "人/年",
                "412",
                "令和元年度",
                "アップ",
                "450",
                ["398", "88.4", "431", "95.8", "457", "101.6"],
                "",
            ),
            (
                "出生数",
                "住民基本台帳に記録された出生数",
                "人/年",
                "107",
                "令和元年",
                "アップ",
                "120",
                ["98", "81.7", "94", "78.3", "101", "84.2"],
                "現状値は暦年",
            ),
        ],
    ),
    (
        "基本目標2　中心市街地の活性化",
        [
            (
                "近鉄・JR御所駅の1日平均乗車人員",
                "近鉄御所駅とJR御所駅の年間乗車人員の合計÷年間日数",
                "人/日",
                "2,860",
                "令和元年度",
                "アップ",
                "3,000",
                ["2,310", "77.0", "2,540", "84.7", "2,655", "88.5"],
                "鉄道事業者公表値",
            ),
            (
                "中心市街地の空き店舗数",
                "御所駅周辺の商店街における空き店舗調査（10月1日時点）の店舗数",
                "店舗",
                "38",
                "令和2年度",
                "ダウン",
                "30",
                ["35", "85.7", "33", "90.9", "32", "93.8"],
                "",
            ),
        ],
    ),
    (
        "基本目標3　産業活力の強化",
        [
            (
                "新規就農者数",
                "認定新規就農者と親元就農者の人数",
                "人/年",
                "3",
                "令和元年度",
                "アップ",
                "5",
                ["4", "80.0", "6", "120.0", "5", "100.0"],
                "",
            ),
            (
                "耕作放棄地面積",
                "農地利用状況調査による荒廃農地の面積",
                "ha",
                "112.4",
                "令和元年度",
                "ダウン",
                "95.0",
                ["108.6", "87.5", "101.2", "93.9", "94.3", "100.7"],
                "",
            ),
        ],
    ),
]


def _go_head_row() -> str:
    return "<tr>" + "".join(f'<th scope="col">{w}</th>' for w in GO_HEAD) + "</tr>"


def gose_html() -> str:
    bodies = []
    for i, (heading, rows) in enumerate(GO_GROUPS):
        lines = [
            "<tbody>",
            f'<tr class="group"><th colspan="13" scope="rowgroup">{heading}</th></tr>',
        ]
        if i > 0:
            lines.append(_go_head_row().replace("<tr>", '<tr class="rehead">'))
        for name, naiyo, unit, base, year, word, target, vals, biko in rows:
            cells = [
                f'<th scope="row">{name}</th>',
                f"<td>{naiyo}</td>",
                f'<td class="c">{unit}</td>',
                f'<td class="num">{base}</td>',
                f'<td class="c">{year}</td>',
                f'<td class="num">{word}<br>{target}</td>',
            ]
            cells += [f'<td class="num">{v}</td>' for v in vals]
            cells.append(f"<td>{biko}</td>")
            lines.append("<tr>" + "".join(cells) + "</tr>")
        lines.append("</tbody>")
        bodies.append("\n".join(lines))
    body = "\n".join(bodies)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>第6次御所市総合計画 まちづくり指標の進捗状況 - 御所市</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.6em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
thead th, tr.rehead th {{ background: #d9d9d9; font-weight: normal; }}
tr.group th {{ background: #fde9d9; text-align: left; }}
tbody th[scope="row"] {{ text-align: left; font-weight: normal; }}
td.num {{ text-align: right; }}
td.c {{ text-align: center; }}
p.note {{ font-size: 9pt; margin: 0.2em 0; }}
</style>
</head>
<body>
<p class="breadcrumb">あしあと　<a href="/">ホーム</a> &gt; <a href="/shisei/">市政情報</a> &gt; <a href="/shisei/keikaku/">計画・施策</a> &gt; 第6次御所市総合計画 まちづくり指標の進捗状況</p>
<h1>第6次御所市総合計画　まちづくり指標の進捗状況（令和6年度実績）</h1>
<ul class="date"><li>[公開日：2025年9月30日]</li><li>ID：4127</li></ul>
<p>御所市第6次総合計画（2021年度～2029年度）の前期基本計画（2021年度～2024年度）では、まちづくりの進み具合をわかりやすく知るための目安として、基本目標ごとにまちづくり指標を設けています。前期基本計画の最終年度である令和6年度の実績がまとまりましたので、お知らせします。</p>
<p>本市の人口は1980年の3.7万人から減少を続け、2015年には2.7万人、住民基本台帳では2020年に25,249人となりました。2019年は出生107人に対して死亡429人で、322人の自然減となっています。国立社会保障・人口問題研究所の推計では、2060年に8,834人まで減少するとされています。</p>
<h2>まちづくり指標の進捗状況（令和6年度）</h2>
<p class="note">※目標欄の「アップ」は数値が高いほど、「ダウン」は数値が低いほど良い指標であることを示します。</p>
<p class="note">※達成率は、アップの指標は「実績÷目標」、ダウンの指標は「目標÷実績」で算出しています（％）。</p>
<table class="shihyo">
<thead>
{_go_head_row()}
</thead>
{body}
</table>
<p class="note">※現状値の年度は、指標ごとに計画策定時に把握できた直近の数値の年度です。</p>
<p class="note">※令和7年度からの後期基本計画では、指標と目標値を見直しています。</p>
<p>このページに関するお問い合わせ　御所市役所 企画政策課</p>
</body>
</html>
"""


def gose() -> Path:
    path = HERE / "gose_machizukuri_shihyo_r6.html"
    path.write_bytes(gose_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (wanouchi, minamiizu, taiji):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {gose().name}")


if __name__ == "__main__":
    main()
