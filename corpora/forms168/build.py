"""Build the built documents of forms168/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/hanno_followup_h28.xlsx``, a 都市再生整備計画 フォローアップ報告書 (様式4) in the manner of 飯能市
  (埼玉県): form fields with money and area, ``指標 | 従前値 | 目標値 | 単位 | 事後評価 (評価値 | 見込み・確定の別)
  | 1年以内の達成見込み | フォローアップによる確定値 (確定値 | 計測時期) | 目標達成度`` with no year in any header,
  ``万人`` in 単位 and a ○/△ legend; and the PDF;
* ``source/iijima_kensho_h27.xlsx``, a 総合計画 前期基本計画 検証シート in the manner of 飯島町 (長野県): a
  基本目標/施策 form, a score box (内部評価, 住民満足度, 住民重要度, 総合評価), a grid with 計画策定時（H21）,
  H24–H26 actuals, 前期目標（H26） and a five-level 達成度 digit, ``千人``/``百万円`` and a ``集計中`` actual; and the PDF;
* ``source/fujisawa_shishin_shinchoku_2019.xlsx``, a 市政運営の総合指針 重点方針 進捗状況 in the manner of 藤沢市
  (神奈川県): Western-year headers (策定時（2016年度）, 2017–2019年度, 2020年度目標), 重点施策 rows spanning the
  grid, ``以上``/``以下`` targets, ``千人``, a ``―`` actual and a 進捗率 column; and the PDF;
* ``funabashi_kouka_kensho_r1.html``, a 地方創生推進交付金 事業 効果検証 page in the manner of 船橋市 (千葉県):
  a ``<dl>`` of 事業 fields with 千円 money, one table with ``事業開始前（H30）``, ``令和元年度`` over 目標|実績,
  later-year targets, values written ``1万2600``, ``延べ`` cells and a printed 達成状況.

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
    wb.properties.creator = "forms168/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms168/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms168_soffice_") as tmp:
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
# 飯能市 (埼玉県): 都市再生整備計画 フォローアップ報告書 (様式4) 市街化中心地区
# --------------------------------------------------------------------------------------------

# Real (様式2-1 評価結果のまとめ, 飯能市 市街化中心地区): the 地区名, 交付期間 平成23年度～平成27年度, 事後評価実施
# 時期 平成27年度, 交付対象事業費 7,004（百万円）, 面積 1,137ha, the 新図書館 and 天覧山・多峯主山 projects. The
# 様式4 columns follow real フォローアップ報告書 forms. Made up: the date, 課, every indicator and figure.
HN_ROWS = [
    (
        "指標1",
        "中心市街地の歩行者通行量",
        8420,
        9500,
        "人/日",
        9180,
        "見込み",
        "あり",
        9610,
        "H28年5月",
        "○",
    ),
    (
        "指標2",
        "天覧山・多峯主山周辺の観光入込客数",
        31.2,
        36.0,
        "万人",
        35.4,
        "見込み",
        "あり",
        35.8,
        "H28年4月",
        "△",
    ),
    (
        "指標3",
        "市立図書館の年間利用者数",
        182300,
        250000,
        "人",
        263450,
        "確定",
        "―",
        263450,
        "H28年3月",
        "○",
    ),
    ("指標4", "子育て世帯の転入者数", 412, 450, "人", 398, "見込み", "なし", 405, "H28年4月", "△"),
]


def hanno() -> Path:
    wb, ws = _sheet("様式4", [7, 30, 10, 10, 8, 10, 9, 10, 11, 10, 9])
    _text(ws, 1, 1, "様式4　都市再生整備計画　フォローアップ報告書", bold=True, size=13)
    _text(ws, 2, 1, "市街化中心地区", bold=True, size=12)
    _text(ws, 2, 11, "平成28年8月　埼玉県飯能市", align="right")
    _put(ws, 4, 1, "交付期間", header=True)
    _merge(ws, 4, 1, 4, 2)
    _span(ws, 4, 3, 5, "平成23年度～平成27年度")
    _span(ws, 4, 6, 7, "事後評価実施時期", header=True)
    _span(ws, 4, 8, 8, "平成27年度")
    _span(ws, 4, 9, 10, "面積", header=True)
    _put(ws, 4, 11, "1,137ha", align="right")
    _put(ws, 5, 1, "交付対象事業費", header=True)
    _merge(ws, 5, 1, 5, 2)
    _span(ws, 5, 3, 5, "7,004（百万円）", align="right")
    _span(ws, 5, 6, 7, "担当課", header=True)
    _span(ws, 5, 8, 11, "都市計画課")
    ws.row_dimensions[4].height = ws.row_dimensions[5].height = 20
    _text(ws, 7, 1, "1．数値目標の達成状況の確認（確定値）", bold=True, size=11)
    _text(
        ws,
        8,
        1,
        "様式4-①　都市再生整備計画に記載した目標を定量化する指標の確定",
        bold=True,
        size=10,
    )
    h = 9
    _put(ws, h, 1, "指標", header=True)
    for r, c in ((h, 2), (h + 1, 1), (h + 1, 2)):
        _put(ws, r, c, None, header=True)
    _merge(ws, h, 1, h + 1, 2)
    _head2(
        ws,
        h,
        [
            (3, "従前値"),
            (4, "目標値"),
            (5, "単位"),
            (8, "1年以内の\n達成見込み"),
            (11, "目標\n達成度"),
        ],
        [
            (6, 7, "事後評価", ["評価値", "見込み・\n確定の別"]),
            (9, 10, "フォローアップによる確定値", ["確定値", "計測時期"]),
        ],
    )
    ws.row_dimensions[h + 1].height = 28
    r = h + 2
    for label, name, base, target, unit, val, kind, prospect, fixed, when, mark in HN_ROWS:
        _put(ws, r, 1, label, align="center")
        _put(ws, r, 2, name)
        fmt = "#,##0.0" if isinstance(base, float) else None
        _vals(ws, r, 3, [base, target], {0: fmt, 1: fmt})
        _put(ws, r, 5, unit, align="center")
        _vals(ws, r, 6, [val], {0: fmt})
        _put(ws, r, 7, kind, align="center")
        _put(ws, r, 8, prospect, align="center")
        _vals(ws, r, 9, [fixed], {0: fmt})
        _put(ws, r, 10, when, align="center")
        _put(ws, r, 11, mark, align="center")
        ws.row_dimensions[r].height = 24
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※目標達成度　○：目標を達成　△：目標は達成できなかったが改善効果が発現　×：目標を達成できず改善効果も発現していない",
            "※目標達成度は、フォローアップによる確定値と目標値を比較して判定しています。",
            "※指標3は事後評価時点で確定値であったため、同じ値を再掲しています。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "hanno_followup_h28.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 飯島町 (長野県): 飯島町第5次総合計画 基本構想・基本計画（前期）検証シート
# --------------------------------------------------------------------------------------------

# Real (飯島町第5次総合計画 基本構想・基本計画(前期)検証シート, 平成27年5月): the title, the date, the five-level
# 内部評価 (達成度) legend, 住民評価 as 満足度/重要度 averages from the 住民意識調査, 総合評価 as the mean of 内部評価
# and 満足度. 千人塚公園 and 道の駅 田切の里 are in the town (general knowledge). Made up: the 基本目標/施策 words,
# every indicator, figure and score.
IJ_ROWS = [
    ("1", "千人塚公園の観光入込客数", "千人", 48, 45, 51, 53, 55, 4),
    ("2", "道の駅田切の里の売上額", "百万円", 182, 190, 201, 212, 200, 5),
    ("3", "新規就農者数（累計）", "人", 0, 4, 7, 11, 15, 4),
    ("4", "農業体験の受入人数", "人", 320, 410, 380, "集計中", 500, 3),
]


def iijima() -> Path:
    wb, ws = _sheet("検証シート", [6, 32, 9, 12, 9, 9, 9, 12, 9])
    _text(ws, 1, 1, "飯島町第5次総合計画　基本構想・基本計画（前期）検証シート", bold=True, size=13)
    _text(ws, 2, 9, "平成27年5月　飯島町", align="right")
    _put(ws, 4, 1, "基本目標", header=True)
    _merge(ws, 4, 1, 4, 2)
    _put(ws, 4, 2, None, header=True)
    _span(ws, 4, 3, 9, "3　農と観光が輝く、活力あるまち", bold=True)
    _put(ws, 5, 1, "施策", header=True)
    _put(ws, 5, 2, None, header=True)
    _merge(ws, 5, 1, 5, 2)
    _span(ws, 5, 3, 9, "3-2　観光と農業の連携による交流の拡大")
    ws.row_dimensions[4].height = ws.row_dimensions[5].height = 20
    _text(ws, 7, 1, "■評価", bold=True, size=11)
    for c1, c2, word in (
        (1, 2, "内部評価（達成度）"),
        (3, 4, "住民評価（満足度）"),
        (5, 6, "住民評価（重要度）"),
        (7, 9, "総合評価"),
    ):
        _span(ws, 8, c1, c2, word, header=True)
    for c1, c2, v in ((1, 2, 3.5), (3, 4, 2.94), (5, 6, 3.81), (7, 9, 3.22)):
        _span(ws, 9, c1, c2, v, align="center", fmt="0.00" if v != 3.5 else "0.0")
    ws.row_dimensions[9].height = 22
    _text(ws, 11, 1, "■成果指標の推移", bold=True, size=11)
    h = 12
    for c, w in enumerate(
        [
            "No.",
            "成果指標",
            "単位",
            "計画策定時\n（H21）",
            "H24",
            "H25",
            "H26",
            "前期目標\n（H26）",
            "達成度",
        ],
        start=1,
    ):
        _put(ws, h, c, w, header=True)
    ws.row_dimensions[h].height = 28
    r = h + 1
    for no, name, unit, *vals, grade in IJ_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, vals)
        _put(ws, r, 9, grade, align="center")
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※達成度（内部評価）　5：目標を達成した　4：目標をほぼ達成した　3：目標達成に向け実施中",
            "　　2：取り組みはじめたばかり　1：まったく取り組んでいない",
            "※住民評価は住民意識調査における5段階評価の平均値、総合評価は内部評価と住民満足度の平均値です。",
            "※農業体験の受入人数の平成26年度実績は、受入団体からの報告を集計中です。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "iijima_kensho_h27.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 藤沢市 (神奈川県): 藤沢市市政運営の総合指針2020 重点方針の進捗状況（2019年度）
# --------------------------------------------------------------------------------------------

# Real: 藤沢市市政運営の総合指針2020 (2017–2020年度, 4年間の重点方針, 5つのまちづくりテーマ), the めざす都市像
# 郷土愛あふれる藤沢 ～松風に人の和うるわし 湘南の元気都市～, the theme words 安全で安心な暮らしを築く and the
# 津波避難施設 work. Made up: the 重点施策 words, every indicator, figure and note, the date and 課.
FJ_BLOCKS = [
    (
        "(1)　津波・地震への備えの強化",
        [
            ("津波避難施設の指定数", "か所", 126, 131, 135, 138, "140以上", "85.7%"),
            ("自主防災組織の防災訓練参加者数", "千人", 21.5, 22.8, 23.4, 18.9, 25.0, "-74.3%"),
        ],
    ),
    (
        "(2)　地域の防犯・交通安全の推進",
        [
            ("市内の交通事故発生件数", "件", 1284, 1201, 1106, 1052, "1,000以下", "81.7%"),
            ("刑法犯認知件数", "件", 3112, 2945, 2801, "―", 2700, "―"),
        ],
    ),
]


def fujisawa() -> Path:
    wb, ws = _sheet("進捗状況", [34, 8, 12, 10, 10, 10, 12, 10])
    _text(
        ws, 1, 1, "藤沢市市政運営の総合指針2020　重点方針の進捗状況（2019年度）", bold=True, size=13
    )
    _text(
        ws, 2, 1, "めざす都市像　郷土愛あふれる藤沢 ～松風に人の和うるわし 湘南の元気都市～", size=9
    )
    _text(ws, 3, 8, "2020年8月　藤沢市企画政策部企画政策課", align="right")
    _text(ws, 5, 1, "まちづくりテーマ1　安全で安心な暮らしを築く", bold=True, size=11)
    h = 6
    for c, w in enumerate(
        [
            "指標",
            "単位",
            "策定時\n（2016年度）",
            "2017年度",
            "2018年度",
            "2019年度",
            "2020年度\n目標",
            "進捗率",
        ],
        start=1,
    ):
        _put(ws, h, c, w, header=True)
    ws.row_dimensions[h].height = 28
    r = h + 1
    for program, rows in FJ_BLOCKS:
        _span(ws, r, 1, 8, program, bold=True, fill=LIGHT)
        ws.row_dimensions[r].height = 20
        r += 1
        for name, unit, *vals, rate in rows:
            _put(ws, r, 1, name)
            _put(ws, r, 2, unit, align="center")
            _vals(ws, r, 3, vals)
            _put(ws, r, 8, rate, align="center" if rate == "―" else "right")
            ws.row_dimensions[r].height = 22
            r += 1
    _notes(
        ws,
        r + 1,
        [
            "※進捗率＝（2019年度実績－策定時）÷（2020年度目標－策定時）。",
            "※刑法犯認知件数の2019年度値は、県警察の公表前のため「―」としています。",
            "※自主防災組織の防災訓練参加者数は、2019年度は台風第19号の影響により一部の訓練を中止しました。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "fujisawa_shishin_shinchoku_2019.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 船橋市 (千葉県): 地方創生推進交付金事業の効果検証（令和元年度）
# --------------------------------------------------------------------------------------------

# Real (船橋市議会 市民環境経済委員会 令和2年9月18日): the two KPIs of the 事業 (サイトの年間閲覧件数 and 登録店舗数),
# their R1 figures (閲覧 目標1万2600回, 実績1万155回; 登録店舗数の増加 目標100店舗, 実績101店舗) and the コロナ note.
# Made up: the 事業名, money, the third KPI, baselines, later targets, the page.
FB_ROWS = [
    ("サイトの年間閲覧件数", "回", "8,300", "1万2600", "1万155", "1万4000", "1万5500", "未達成"),
    ("登録店舗数（年間増加数）", "店舗", "―", "100", "101", "100", "100", "達成"),
    (
        "サイトを通じたイベントへの参加者数",
        "人",
        "420",
        "延べ1,500",
        "延べ1,240",
        "延べ3,000",
        "延べ4,500",
        "未達成",
    ),
]


def funabashi_html() -> str:
    body = "\n".join(
        f'<tr><th scope="row">{name}</th><td class="c">{unit}</td>'
        + "".join(f'<td class="num">{v}</td>' for v in vals)
        + f'<td class="c">{status}</td></tr>'
        for name, unit, *vals, status in FB_ROWS
    )
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>地方創生推進交付金事業の効果検証（令和元年度） - 船橋市</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
thead th {{ background: #d9d9d9; }}
tbody th {{ font-weight: normal; text-align: left; }}
td.num {{ text-align: right; }}
td.c {{ text-align: center; }}
dl {{ display: grid; grid-template-columns: 10em auto; }}
</style>
</head>
<body>
<p>ホーム &gt; 市政情報 &gt; 計画・施策 &gt; 地方創生 &gt; 地方創生推進交付金事業の効果検証</p>
<h1>地方創生推進交付金事業の効果検証（令和元年度）</h1>
<p>地方創生推進交付金を活用して実施した事業について、重要業績評価指標（KPI）の達成状況を検証し、令和2年9月18日の市民環境経済委員会に報告しました。</p>
<h2>市内店舗情報発信事業</h2>
<dl>
<dt>交付金の種類</dt><dd>地方創生推進交付金</dd>
<dt>事業期間</dt><dd>令和元年度～令和3年度</dd>
<dt>令和元年度事業費</dt><dd>18,640千円（うち交付金 9,320千円）</dd>
<dt>担当課</dt><dd>商工振興課</dd>
</dl>
<table>
<thead>
<tr><th rowspan="2">重要業績評価指標（KPI）</th><th rowspan="2">単位</th><th rowspan="2">事業開始前<br>（H30）</th><th colspan="2">令和元年度</th><th rowspan="2">令和2年度<br>目標</th><th rowspan="2">令和3年度<br>目標</th><th rowspan="2">達成状況<br>（令和元年度）</th></tr>
<tr><th>目標</th><th>実績</th></tr>
</thead>
<tbody>
{body}
</tbody>
</table>
<p>※年間閲覧件数は、新型コロナウイルス感染症の拡大の影響もあり、目標を達成できませんでした。</p>
<p>※登録店舗数は各年度の新規登録数です。事業開始前は登録制度がありませんでした。</p>
<p>※イベント参加者数は事業開始からの延べ人数です。</p>
<p>お問い合わせ：経済部 商工振興課</p>
</body>
</html>
"""


def funabashi() -> Path:
    path = HERE / "funabashi_kouka_kensho_r1.html"
    path.write_bytes(funabashi_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (hanno, iijima, fujisawa):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {funabashi().name}")


if __name__ == "__main__":
    main()
