"""Build the built documents of forms218/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/sarabetsu_kpi_shinchoku_r5.xlsx``, a 地域再生計画 KPI 進捗管理表 in the manner of 更別村
  (北海道河西郡): form fields (the plan's name, the スーパービレッジ構想, the village's profile, 事業費
  in 千円); two legend lines; one grid whose **periods are written as Western fiscal years with
  the English abbreviation, ``基準値（FY2019）``, ``FY2021 | FY2022 | FY2023``, ``FY2023目標``,
  ``目標値（FY2024）``** (a note says FY is the 年度), and whose **``担当`` column holds one-kanji
  abbreviations of the 課 (``産``, ``企``, ``教``, ``保``), keyed by a legend line**; a ``㎏/10a``
  unit (U+338F); ○/×/－ 達成状況; a ``―`` actual; and the PDF;
* ``source/yamada_shisaku_hyoka_r5.xlsx``, a 総合計画 施策評価シート in the manner of 山田町
  (岩手県下閉伊郡): form fields (施策番号, 施策名, 主管課, 関係課, 目指す姿, 事業費); a 成果指標 grid of
  four rows **closed by a ``以下余白`` row and two empty bordered rows** (a fixed-size form);
  ``百万円``; a ``―`` baseline; 達成/未達成; then **a second grid of the 施策's three 構成事業 whose
  ``関連する成果指標`` column cross-refers to the first grid by its numbers (``No.1・2``, ``No.3``,
  ``No.4``)**, with 決算額 in 千円 and a ``計`` row; a program-wide grade field; and the PDF;
* ``source/shirataka_seika_shihyo_h29.xlsx``, a 総合計画 後期計画 成果指標 sheet in the manner of
  白鷹町 (山形県西置賜郡): form fields; a grid **whose every year header writes the era with the
  one-character glyph ``㍻`` (U+337B): ``基準値（㍻26年度）``, ``㍻27年度`` … ``㍻29年度``,
  ``㍻29年度目標``, ``目標値（㍻31年度）``**, and **a ``期間計（㍻27～29年度）`` column that sums the
  three yearly actuals (``214``, ``941``, ``11``), ``―`` for the rows a sum does not fit**; shaded
  ``重点施策１　…`` / ``重点施策２　…`` rows; ``千人``; a ``累計20`` final target; and the PDF;
* ``yamatsuri_dokusho_shihyo_r4.html``, a 成果指標 page in the manner of 矢祭町 (福島県東白川郡):
  a lead of real figures (the もったいない図書館, ``480,874冊``, ``4,700冊``); a form-field
  ``<table>``; a KPI ``<table>`` with **a ``推移`` column of graph ``<img>`` whose ``alt`` text
  restates years and figures** and **an ``出典・関連資料`` column of ``<a href>`` links whose text
  carries the site's file-type and size suffix (``（PDFファイル：312KB）``)**; ``算出不可`` in an
  actual cell; ``約6``; bold (``<strong>``) actuals named by a legend as the ones that met the
  target; an ``<address>`` with a postal code.

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
    wb.properties.creator = "forms218/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms218/build.py"
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


def _text(ws, row, col, value, bold=False, size=9, align=None):
    """A borderless text cell (titles, headings, notes)."""
    cell = ws.cell(row=row, column=col, value=value)
    cell.font = Font(name=FONT, size=size, bold=bold)
    cell.alignment = Alignment(horizontal=align or "left", vertical="center")
    return cell


def _notes(ws, row: int, lines: list[str], size=8) -> None:
    for i, line in enumerate(lines):
        _text(ws, row + i, 1, line, size=size)


def _field(ws, row, label, value, c_label, c_value, height=20, **kw):
    """A form field: a shaded label cell and a value merged over the given columns."""
    _span(ws, row, c_label[0], c_label[1], label, header=True)
    _span(ws, row, c_value[0], c_value[1], value, align=kw.get("align", "left"))
    ws.row_dimensions[row].height = height


def _head2(ws, h: int, singles, groups, height=22) -> None:
    """A two-row header: ``singles`` (col, word) merged down, ``groups`` (c1, c2, word, lower words)."""
    for c, word in singles:
        _put(ws, h, c, word, header=True)
        _put(ws, h + 1, c, None, header=True)
        _merge(ws, h, c, h + 1, c)
    for c1, c2, word, lower in groups:
        _span(ws, h, c1, c2, word, header=True)
        for j, w in enumerate(lower):
            _put(ws, h + 1, c1 + j, w, header=True)
    ws.row_dimensions[h].height = height
    ws.row_dimensions[h + 1].height = height


def _vals(ws, r, c0, vals, fmt1="0.0") -> None:
    """Value cells: numbers keep a number format, text cells are right-aligned as printed."""
    for j, v in enumerate(vals):
        if isinstance(v, float):
            _put(ws, r, c0 + j, v, fmt=fmt1)
        elif isinstance(v, int):
            _put(ws, r, c0 + j, v)
        else:
            _put(ws, r, c0 + j, v, align="center" if v in ("―", "") else "right")


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
    with tempfile.TemporaryDirectory(prefix="forms218_soffice_") as tmp:
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
# 更別村 (北海道河西郡): まち・ひと・しごと創生推進計画 KPI進捗管理表（令和5年度／FY2023）
# --------------------------------------------------------------------------------------------

# Real (furusato-funding.jp/projects/1429, zck.or.jp/site/forum/25098.html, sarabetsu.jp): the
# plan's name, 3,185人 (2015年国勢調査), 3,162人 (2020年7月), 2,425人 (2045年推計), 高齢化率 29.0%,
# 約50ha and 約6台 per farm, 食料自給率 6,800%, スーパービレッジ構想, 十勝さらべつ熱中小学校 (2017年4月),
# the 5G base stations (2 in 2020年3月, later 5), 「みんなのカラオケ」, 企画政策課. Made up: the
# sheet, its date, the other 課, the money, every KPI figure, target and note.
SB_ROWS = [
    (
        "1",
        "スマート農業（自動操舵・ドローン防除等）の導入農家数",
        "戸",
        "産",
        [62, 88, 104, 121, 115, 130],
        "○",
    ),
    ("2", "ばれいしょの10a当たり収量", "㎏/10a", "産", [4210, 3980, 4460, 4380, 4400, 4500], "×"),
    ("3", "5G基地局の設置数（累計）", "基", "企", [2, 5, 5, 5, 6, 7], "×"),
    ("4", "十勝さらべつ熱中小学校の受講生数", "人", "教", [48, 41, 52, 57, 55, 60], "○"),
    (
        "5",
        "高齢者の通いの場（「みんなのカラオケ」等）の参加者数（延べ）",
        "人",
        "保",
        [1240, 980, 1630, "―", 2000, 2200],
        "－",
    ),
]


def sarabetsu() -> Path:
    wb, ws = _sheet("KPI進捗管理表", [6, 44, 9, 6, 12, 10, 10, 10, 11, 12, 10])
    _text(
        ws,
        1,
        1,
        "更別村まち・ひと・しごと創生推進計画　重要業績評価指標（KPI）進捗管理表（令和5年度／FY2023）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 11, "令和6年7月　更別村企画政策課", align="right")
    fields = [
        ("地域再生計画の名称", "更別村まち・ひと・しごと創生推進計画", 18),
        ("関連する構想", "更別村スーパービレッジ構想（100歳までワクワク働ける村）", 18),
        ("計画期間", "FY2020～FY2024（令和2年度～令和6年度）", 18),
        (
            "村の概況",
            "人口3,162人（2020年7月、住民基本台帳）、2045年には2,425人と推計。高齢化率29.0％（2015年国勢調査）。"
            "農家1戸あたりの農地面積 約50ha、トラクター保有 約6台／戸、食料自給率6,800％（カロリーベース）",
            30,
        ),
        ("交付対象事業費（FY2023・千円）", "38,400（うち交付金 19,200）", 18),
    ]
    r = 4
    for label, value, height in fields:
        _field(ws, r, label, value, (1, 2), (3, 11), height=height)
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "担当課の略称　企：企画政策課　産：産業課　保：保健福祉課　教：教育委員会",
            "達成状況　○：FY2023目標を達成　×：FY2023目標を未達成　－：実績が確定せず判定できない",
            "※FYは年度（4月～翌年3月）を示します（例：FY2023＝令和5年度）。",
        ],
        size=9,
    )
    h = r + 5
    _text(ws, h, 1, "■重要業績評価指標（KPI）の進捗", bold=True, size=11)
    _head2(
        ws,
        h + 1,
        [
            (1, "No."),
            (2, "重要業績評価指標（KPI）"),
            (3, "単位"),
            (4, "担当"),
            (5, "基準値\n（FY2019）"),
            (9, "FY2023\n目標"),
            (10, "目標値\n（FY2024）"),
            (11, "達成状況"),
        ],
        [(6, 8, "実績値", ["FY2021", "FY2022", "FY2023"])],
    )
    r = h + 3
    for no, name, unit, tanto, vals, mark in SB_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _put(ws, r, 4, tanto, align="center")
        _vals(ws, r, 5, vals)
        _put(ws, r, 11, mark, align="center", bold=True, size=10)
        ws.row_dimensions[r].height = 26 if len(name) > 24 else 20
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※No.2は村内の平均収量（でん粉原料用・生食用の計）です。FY2021は7月の少雨の影響で減収となりました。",
            "※No.3は村内に整備された5G基地局の累計数です（FY2019末に2基を整備）。",
            "※No.5のFY2023実績は集計中のため「―」としています。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "sarabetsu_kpi_shinchoku_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 山田町 (岩手県下閉伊郡): 山田町総合計画 施策評価シート（令和5年度実績）
# --------------------------------------------------------------------------------------------

# Real (zck.or.jp/site/forum/21638.html, ja.wikipedia 山田町): 山田湾 and 船越湾, カキ・ホタテガイ
# 養殖, シーカヤック and SUP on the calm bay. Made up: the sheet, its date, the 施策 and its number,
# every 課, the money, every indicator figure, target, 事業 and note.
YM_ROWS = [
    ("1", "カキ・ホタテガイ養殖の生産量", "t", [1820, 1540, 1610, 1702, 1800, 2000], "未達成"),
    ("2", "養殖生産額", "百万円", [1024, 905, 968, 1046, 1000, 1150], "達成"),
    ("3", "新規漁業就業者数（R2からの累計）", "人", ["―", 4, 7, 11, 12, 20], "未達成"),
    (
        "4",
        "山田湾のマリンスポーツ（シーカヤック・SUP）体験者数",
        "人",
        [310, 486, 622, 758, 700, 900],
        "達成",
    ),
]

YM_JIGYO = [
    ("1", "養殖施設整備支援事業", "水産商工課", 214300, "No.1・2", "継続"),
    ("2", "新規漁業就業者育成支援事業", "水産商工課", 18640, "No.3", "拡充"),
    ("3", "山田湾ブルーツーリズム推進事業", "まちづくり課", 53600, "No.4", "継続"),
]


def yamada() -> Path:
    wb, ws = _sheet("施策評価シート", [6, 34, 8, 10, 9, 9, 9, 9, 10, 9])
    _text(ws, 1, 1, "山田町総合計画　施策評価シート（令和5年度実績）", bold=True, size=14)
    _text(ws, 2, 10, "令和6年8月", align="right")
    r = 4
    for l1, v1, l2, v2 in [
        ("施策番号", "2-1", "施策名", "水産業の振興"),
        ("主管課", "水産商工課", "関係課", "農林課、まちづくり課"),
    ]:
        _span(ws, r, 1, 2, l1, header=True)
        _span(ws, r, 3, 5, v1, align="left")
        _span(ws, r, 6, 7, l2, header=True)
        _span(ws, r, 8, 10, v2, align="left")
        ws.row_dimensions[r].height = 20
        r += 1
    _field(
        ws,
        r,
        "施策の目指す姿",
        "山田湾・船越湾の穏やかな海を活かしたカキ・ホタテガイ養殖を核に、新たな担い手が育ち、海と漁業を体験できるまちを目指す。",
        (1, 2),
        (3, 10),
        height=30,
    )
    r += 1
    _span(ws, r, 1, 2, "施策に係る事業費（R5決算・千円）", header=True)
    _span(ws, r, 3, 5, 286540, align="left")
    _span(ws, r, 6, 7, "構成事業数", header=True)
    _span(ws, r, 8, 10, "3事業", align="left")
    ws.row_dimensions[r].height = 20
    r += 2
    _text(ws, r, 1, "１　成果指標の状況", bold=True, size=11)
    _text(ws, r, 10, "達成状況：R5目標に対する達成・未達成", size=8, align="right")
    h = r + 1
    _head2(
        ws,
        h,
        [
            (1, "No."),
            (2, "成果指標"),
            (3, "単位"),
            (4, "基準値\n（R元）"),
            (8, "R5目標"),
            (9, "目標値\n（R7）"),
            (10, "達成状況"),
        ],
        [(5, 7, "実績値", ["R3", "R4", "R5"])],
    )
    r = h + 2
    for no, name, unit, vals, mark in YM_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, vals)
        _put(ws, r, 10, mark, align="center")
        ws.row_dimensions[r].height = 30 if len(name) > 18 else 22
        r += 1
    # A fixed-size form: the first unused row says 以下余白, two more stay empty.
    _put(ws, r, 1, None)
    _put(ws, r, 2, "以下余白", align="center")
    for c in range(3, 11):
        _put(ws, r, c, None)
    ws.row_dimensions[r].height = 22
    r += 1
    for _ in range(2):
        for c in range(1, 11):
            _put(ws, r, c, None)
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r,
        [
            "※No.1は山田湾・船越湾のカキ（むき身換算）とホタテガイの生産量の合計です。",
            "※No.3は令和2年度からの累計のため、基準値はありません。",
        ],
    )
    r += 3
    _text(ws, r, 1, "２　構成事業の状況", bold=True, size=11)
    r += 1
    _put(ws, r, 1, "No.", header=True)
    _put(ws, r, 2, "構成事業名", header=True)
    _span(ws, r, 3, 4, "担当課", header=True)
    _span(ws, r, 5, 6, "R5決算額\n（千円）", header=True)
    _span(ws, r, 7, 8, "関連する\n成果指標", header=True)
    _span(ws, r, 9, 10, "事業の方向性", header=True)
    ws.row_dimensions[r].height = 26
    r += 1
    for no, name, ka, money, rel, way in YM_JIGYO:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _span(ws, r, 3, 4, ka, align="center")
        _span(ws, r, 5, 6, money)
        _span(ws, r, 7, 8, rel, align="center")
        _span(ws, r, 9, 10, way, align="center")
        ws.row_dimensions[r].height = 22
        r += 1
    _put(ws, r, 1, None, fill=LIGHT)
    _put(ws, r, 2, "計", align="center", bold=True, fill=LIGHT)
    _span(ws, r, 3, 4, None, fill=LIGHT)
    _span(ws, r, 5, 6, 286540, bold=True, fill=LIGHT)
    _span(ws, r, 7, 8, None, fill=LIGHT)
    _span(ws, r, 9, 10, None, fill=LIGHT)
    ws.row_dimensions[r].height = 22
    r += 2
    _text(ws, r, 1, "３　施策の評価", bold=True, size=11)
    r += 1
    _field(ws, r, "施策の評価", "B（概ね順調）", (1, 2), (3, 10))
    r += 1
    _field(
        ws,
        r,
        "評価の理由",
        "成果指標4項目中2項目でR5目標を達成した。養殖生産量は前年度から92t増加したが、令和5年秋の高水温によるホタテガイのへい死（約15％）の影響でR5目標に届かなかった。"
        "マリンスポーツ体験者数は、令和5年度に新たに2事業者が参入し、目標を上回った。",
        (1, 2),
        (3, 10),
        height=44,
    )
    _page(ws, "portrait")
    path = SOURCE / "yamada_shisaku_hyoka_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 白鷹町 (山形県西置賜郡): 第5次白鷹町総合計画後期計画 重点施策の成果指標 進捗状況（平成29年度）
# --------------------------------------------------------------------------------------------

# Real (town.shirataka.lg.jp/module/1161.html 平成29年度施政方針; tufsyamagata.jp; blogs on the
# ヤナ and the 鮎まつり): 第5次白鷹町総合計画後期計画 and its four 柱 (子育て・教育, 雇用・産業,
# 地域, 防災), the 白鷹っ子養育事業, 木育推進事業, 多子世帯子育て応援事業 (widened to 高校3年生相当),
# the まちづくり複合施設 (工事着手), 紅花 生産量日本一 (日本の紅をつくる町), the 日本最大級のヤナ at
# 道の駅白鷹ヤナ公園, the 白鷹鮎まつり (第42回 in 2018). Made up: the sheet, its date and 課, the plan
# period, the money, every indicator figure, target and note.
ST_BLOCKS = [
    (
        "重点施策１　子育て・教育",
        [
            ("1", "出生数", "人", [78, 74, 69, 71, 214, 75, 80]),
            ("2", "多子世帯子育て応援事業の対象世帯数", "世帯", [92, 105, 118, 126, "―", 120, 130]),
        ],
    ),
    (
        "重点施策２　雇用・産業",
        [
            ("3", "紅花の作付面積", "ha", [5.2, 5.8, 6.1, 6.4, "―", 6.5, 8.0]),
            ("4", "道の駅白鷹ヤナ公園の入込客数", "千人", [312, 298, 325, 318, 941, 330, 350]),
            ("5", "新規就農者数", "人", [3, 4, 2, 5, 11, 4, "累計20"]),
        ],
    ),
]


def shirataka() -> Path:
    wb, ws = _sheet("成果指標", [6, 36, 8, 12, 10, 10, 10, 14, 11, 12])
    _text(
        ws,
        1,
        1,
        "第5次白鷹町総合計画後期計画　重点施策の成果指標 進捗状況（平成29年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 10, "平成30年8月　白鷹町企画政策課", align="right")
    fields = [
        ("計画", "第5次白鷹町総合計画 後期計画（㍻27～31年度）", 18),
        ("重点施策（4つの柱）", "子育て・教育／雇用・産業／地域／防災", 18),
        (
            "平成29年度の主な取組",
            "白鷹っ子養育事業（出生祝い金・絵本の贈呈）、木育推進事業（町産材の積木の贈呈）、"
            "多子世帯子育て応援事業（対象を高校3年生相当年齢まで拡大）、まちづくり複合施設の工事着手",
            28,
        ),
        (
            "町の特色",
            "紅花の生産量日本一（「日本の紅をつくる町」）、最上川に日本最大級のヤナ（道の駅白鷹ヤナ公園）",
            18,
        ),
        ("関連事業費（㍻29決算・千円）", "412,860", 18),
    ]
    r = 4
    for label, value, height in fields:
        _field(ws, r, label, value, (1, 2), (3, 10), height=height)
        r += 1
    h = r + 1
    _text(ws, h, 1, "■重点施策の成果指標", bold=True, size=11)
    _head2(
        ws,
        h + 1,
        [
            (1, "No."),
            (2, "成果指標"),
            (3, "単位"),
            (4, "基準値\n（㍻26年度）"),
            (8, "期間計\n（㍻27～29年度）"),
            (9, "㍻29年度\n目標"),
            (10, "目標値\n（㍻31年度）"),
        ],
        [(5, 7, "実績値", ["㍻27年度", "㍻28年度", "㍻29年度"])],
        height=24,
    )
    r = h + 3
    for heading, rows in ST_BLOCKS:
        _span(ws, r, 1, 10, heading, bold=True, fill=LIGHT)
        ws.row_dimensions[r].height = 20
        r += 1
        for no, name, unit, vals in rows:
            _put(ws, r, 1, no, align="center")
            _put(ws, r, 2, name)
            _put(ws, r, 3, unit, align="center")
            _vals(ws, r, 4, vals)
            ws.row_dimensions[r].height = 22
            r += 1
    _notes(
        ws,
        r + 1,
        [
            "※期間計は、㍻27年度から㍻29年度までの3年間の実績の合計です。世帯数・面積など合計になじまない指標は「―」としています。",
            "※No.4には、第41回白鷹鮎まつり（㍻29年9月）の来場者を含みます。",
            "※No.5の目標値は、計画期間（㍻27～31年度）の5年間の累計です。",
            "※4つの柱のうち「地域」「防災」の成果指標は、別紙（地域・防災編）に掲載しています。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "shirataka_seika_shihyo_h29.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 矢祭町 (福島県東白川郡): 読書の町矢祭 成果指標の状況（令和4年度）
# --------------------------------------------------------------------------------------------

# Real (mottainai-toshokan.com/guide/donation.html, ndl current awareness, blogs): the 矢祭もったい
# ない図書館 (opened 平成19年1月14日 with donated books only, run by the town from 平成28年4月1日),
# 480,874冊 (令和5年4月1日), the 令和4年度 利用者数 1,641 and 個人貸出冊数 7,701, the 1日平均利用者数
# 約6, the 読書の日 (毎月第3日曜日, 平成19年10月5日) and the 読書の町矢祭 declaration (同月28日), 4,700冊
# in 23 集会施設, the 子ども司書講座 (平成21年度～), the 手づくり絵本コンクール, the address 東舘石田25.
# Made up: the page, its date and 課, the 施策 and its number, the money, the 令和元年度・3年度
# figures, every target, the course and contest figures, the links and graphs.
YT_LINK_STAT = '<a href="/uploaded/attachment/2231.pdf">矢祭もったいない図書館 利用統計（令和4年度）（PDFファイル：312KB）</a>'
YT_ROWS = [
    (
        "図書館の年間利用者数",
        "人",
        ["1,820", "1,512", "1,700", "1,641", "2,000"],
        "graph1.png",
        "図書館の年間利用者数の推移（令和元年度1,820人、令和3年度1,512人、令和4年度1,641人）",
        YT_LINK_STAT,
    ),
    (
        "個人貸出冊数",
        "冊",
        ["8,950", "7,388", "7,500", "<strong>7,701</strong>", "9,000"],
        "graph2.png",
        "個人貸出冊数の推移（令和元年度8,950冊、令和3年度7,388冊、令和4年度7,701冊）",
        YT_LINK_STAT,
    ),
    (
        "1日平均利用者数",
        "人",
        ["約7", "算出不可", "6", "<strong>約6</strong>", "8"],
        "graph3.png",
        "1日平均利用者数の推移（令和元年度約7人、令和4年度約6人）",
        YT_LINK_STAT,
    ),
    (
        "子ども司書講座の修了者数（累計）",
        "人",
        ["64", "82", "88", "<strong>91</strong>", "100"],
        "graph4.png",
        "子ども司書講座の修了者数（累計）の推移（令和元年度64人、令和3年度82人、令和4年度91人）",
        '<a href="/uploaded/attachment/2240.pdf">子ども司書講座 実施報告（令和4年度）（PDFファイル：1.2MB）</a>',
    ),
    (
        "手づくり絵本コンクールの応募作品数",
        "点",
        ["412", "356", "400", "388", "450"],
        "graph5.png",
        "手づくり絵本コンクールの応募作品数の推移（令和元年度412点、令和3年度356点、令和4年度388点）",
        '<a href="/uploaded/attachment/2245.pdf">第14回手づくり絵本コンクール 審査結果（PDFファイル：2.4MB）</a>',
    ),
]


def yamatsuri_html() -> str:
    rows = []
    for name, unit, vals, img, alt, link in YT_ROWS:
        cells = "".join(f'<td class="num">{v}</td>' for v in vals)
        rows.append(
            f'<tr><th scope="row">{name}</th><td class="c">{unit}</td>{cells}'
            f'<td class="c"><img src="/material/images/dokusho/{img}" width="80" height="32" alt="{alt}"></td>'
            f"<td>{link}</td></tr>"
        )
    body = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>読書の町矢祭 成果指標の状況（令和4年度） - 矢祭町</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
thead th, table.field th {{ background: #d9d9d9; }}
tbody th {{ text-align: left; font-weight: normal; }}
td.num {{ text-align: right; }}
td.c {{ text-align: center; }}
strong {{ font-weight: bold; }}
p.date {{ text-align: right; }}
</style>
</head>
<body>
<p class="breadcrumb"><a href="/">ホーム</a> &gt; <a href="/kyoiku/">教育・文化</a> &gt; <a href="/kyoiku/toshokan/">図書館</a> &gt; 読書の町矢祭</p>
<h1>読書の町矢祭 成果指標の状況（令和4年度）</h1>
<p class="date">更新日：令和5年9月20日　担当：生涯学習課</p>
<p>矢祭もったいない図書館は、全国から寄贈された図書のみで平成19年1月14日に開館し、平成28年4月1日からは町が運営しています。蔵書冊数は480,874冊（令和5年4月1日現在）です。</p>
<p>町では、毎月第3日曜日を「矢祭町読書の日」と定め（平成19年10月5日）、同月28日に「読書の町矢祭」を宣言しました。町内23箇所の集会施設には、寄贈図書4,700冊を「もったいない文庫」として配置しています。</p>
<h2>1　施策の概要</h2>
<table class="field">
<tbody>
<tr><th scope="row">施策</th><td>3-2　読書のまちづくり</td></tr>
<tr><th scope="row">担当課</th><td>生涯学習課</td></tr>
<tr><th scope="row">計画期間</th><td>令和2年度～令和6年度</td></tr>
<tr><th scope="row">関連事業費（令和4年度決算）</th><td>3,482千円</td></tr>
<tr><th scope="row">主な事業</th><td>子ども司書講座（平成21年度～）、手づくり絵本コンクール、もったいない文庫の巡回（年2回）</td></tr>
</tbody>
</table>
<h2>2　成果指標の状況</h2>
<p>※太字は、令和4年度の目標値を達成した実績値です。</p>
<table class="kpi">
<thead>
<tr><th rowspan="2" scope="col">成果指標</th><th rowspan="2" scope="col">単位</th><th rowspan="2" scope="col">基準値<br>（令和元年度）</th><th rowspan="2" scope="col">令和3年度<br>実績</th><th colspan="2" scope="colgroup">令和4年度</th><th rowspan="2" scope="col">目標値<br>（令和6年度）</th><th rowspan="2" scope="col">推移</th><th rowspan="2" scope="col">出典・関連資料</th></tr>
<tr><th scope="col">目標</th><th scope="col">実績</th></tr>
</thead>
<tbody>
{body}
</tbody>
</table>
<p>※令和3年度の1日平均利用者数は、新型コロナウイルス感染症の感染拡大防止のための臨時休館があったため、算出不可としています。</p>
<p>※1日平均利用者数は、年間の利用者数を開館日数で割った概数です。</p>
<p>※子ども司書講座の修了者数は、平成21年度の開始からの累計です。</p>
<address>矢祭もったいない図書館（矢祭町教育委員会 生涯学習課）<br>〒963-5118 福島県東白川郡矢祭町東舘石田25</address>
</body>
</html>
"""


def yamatsuri() -> Path:
    path = HERE / "yamatsuri_dokusho_shihyo_r4.html"
    path.write_bytes(yamatsuri_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (sarabetsu, yamada, shirataka):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {yamatsuri().name}")


if __name__ == "__main__":
    main()
