"""Build the built documents of forms216/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/yamanouchi_toki_kanko_kpi_r6.xlsx``, a 冬季観光 KPI 推移表 in the manner of 山ノ内町
  (長野県): form fields (位置付け, the town's profile, the inbound trend, 事業費 in 千円); a legend
  line defining a シーズン as 12月1日～翌年3月31日; one grid whose two-row header spans unevenly
  (``ベースライン`` 1, ``実績値`` 4, ``目標値`` 2) and whose **periods are ski seasons written as
  Western year pairs with no 年 or 年度 (``2018-19``, ``2021-22`` … ``2024-25（速報）``, targets
  ``2024-25 | 2026-27``)**, the baseline headed by the loan word **``ベースライン``**; ``千人`` and
  ``千人泊`` in 単位; a ``―`` baseline; a ``対前シーズン比`` column; notes with numbers; and the PDF;
* ``source/doshi_suishin_kensho_r6.xlsx``, a 推進計画 数値目標・KPI 検証シート in the manner of 道志村
  (山梨県): form fields; a 数値目標 grid whose **two-row header names the data source and its
  reference day in the top row, spanning unevenly: ``国勢調査（10月1日現在）`` over ``H27 | R2`` and
  ``住民基本台帳（4月1日現在）`` over ``R5 | R6 | R7``**, a ``目標値（R7.4.1）`` and a
  ``参考：社人研推計（2025年）`` column; and a KPI grid with era-less years (``基準値（元年度）``,
  ``4年度`` … ``6年度``) and **one target column headed ``目標値（毎年度）``** beside a printed
  ``達成状況（6年度）``; and the PDF;
* ``source/kanna_koryu_seika_r6.xlsx``, a 成果指標の状況 sheet in the manner of 神流町 (群馬県):
  form fields; a facility grid whose **actual year headers carry the facility's open days in the
  same bracket (``R4（開館278日）`` …)**, a ``1日当たり`` row derived from them; and an event grid whose
  **period axis is the event's editions, each with its date (``第11回（R4.11.6）`` …
  ``第14回（R7.11予定）``)**, ``第13回`` under both ``実績`` and ``目標``; a 備考 column with numbers;
  and the PDF;
* ``otaki_kpi_jisseki_2024.html``, a 総合戦略 KPI 実績 page in the manner of 大多喜町 (千葉県): a lead
  of real figures; **one ``<h3>`` per fiscal year, newest first, written Western year first with
  the era in brackets (``2024年度（令和6年度）``, ``2023年度（令和5年度）``), each over a table whose
  header prints no year** (``KPI | 単位 | 目標値 | 実績値 (速報値 | 確定値) | 評価``); an A/B legend
  and a note that the 評価 was made on the 速報値.

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
FIXED = dt.datetime(2026, 12, 12, 0, 0, 0)


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms216/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms216/build.py"
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
                    rb"\g<1>2026-12-12T00:00:00Z\g<2>",
                    data,
                )
            info = zipfile.ZipInfo(name, date_time=(2026, 12, 12, 0, 0, 0))
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
    with tempfile.TemporaryDirectory(prefix="forms216_soffice_") as tmp:
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
# 山ノ内町 (長野県下高井郡): 冬季観光の重要業績評価指標（KPI）の推移（2024-25シーズン）
# --------------------------------------------------------------------------------------------

# Real (yamamoto-hiroshi.net 2020-03, economy.clair.or.jp/?p=6704): 志賀高原・湯田中渋温泉郷・北志賀高原,
# スノーモンキー (地獄谷野猿公苑), 観光商工課, 国立公園満喫プロジェクト, 面積265.90㎢, 人口1万2251人 (令和元年12月),
# 外国人宿泊数 約9万人 (2019) against 2万8千人 (2014) and 1,200人 (1999). Made up: the sheet, the
# strategy wording, the money, every KPI, season figure and target.
YM_SEASONS = ["2021-22", "2022-23", "2023-24", "2024-25\n（速報）"]
# No., name, unit, baseline, four actuals, two targets, ratio, number format
YM_ROWS = [
    (
        "1",
        "志賀高原・北志賀高原のスキー場利用者数",
        "千人",
        1385,
        [842, 1064, 1158, 1203],
        [1250, 1400],
        "103.9%",
        None,
    ),
    (
        "2",
        "外国人延べ宿泊者数",
        "人泊",
        72480,
        [1250, 38960, 81340, 96720],
        [90000, 110000],
        "118.9%",
        None,
    ),
    (
        "3",
        "地獄谷野猿公苑の入苑者数",
        "千人",
        118.4,
        [21.6, 64.2, 109.8, 126.5],
        [120.0, 135.0],
        "115.2%",
        "0.0",
    ),
    (
        "4",
        "湯田中渋温泉郷の冬季宿泊者数",
        "千人泊",
        236,
        [142, 178, 201, 208],
        [215, 240],
        "103.5%",
        None,
    ),
    (
        "5",
        "冬季シャトルバス（湯田中駅～志賀高原）の利用者数",
        "人",
        "―",
        [3820, 6410, 8950, 9880],
        [9000, 12000],
        "110.4%",
        None,
    ),
]


def yamanouchi() -> Path:
    wb, ws = _sheet("冬季観光KPI", [5, 36, 7, 10, 9, 9, 9, 10, 9, 9, 10])
    _text(
        ws,
        1,
        1,
        "山ノ内町　冬季観光の重要業績評価指標（KPI）の推移（2024-25シーズン）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 11, "令和7年6月　山ノ内町観光商工課", size=9, align="right")
    _field(
        ws,
        4,
        "位置付け",
        "山ノ内町総合戦略　基本目標１「観光を核としたしごとをつくる」（冬季観光の振興）",
        (1, 3),
        (4, 11),
    )
    _field(
        ws,
        5,
        "町の概況",
        "志賀高原・湯田中渋温泉郷・北志賀高原の三大観光エリアを有し、面積265.90㎢、人口12,251人（令和元年12月現在）。",
        (1, 3),
        (4, 11),
    )
    _field(
        ws,
        6,
        "インバウンドの動向",
        "スノーモンキー（地獄谷野猿公苑）の認知度が海外で高く、外国人宿泊数は2019年に約9万人（2014年は2万8千人、1999年は1,200人）。",
        (1, 3),
        (4, 11),
        height=28,
    )
    _field(
        ws,
        7,
        "関連事業費（R6決算・千円）",
        "58,400（うち国立公園満喫プロジェクト関連 12,600）",
        (1, 3),
        (4, 11),
    )
    _text(
        ws,
        9,
        1,
        "※シーズン：各年12月1日から翌年3月31日まで（例：「2024-25」は令和6年12月1日～令和7年3月31日）。2020-21シーズンは調査中止のため掲載していない。",
        size=8,
    )
    _text(ws, 10, 1, "■冬季観光KPIの推移", bold=True, size=11)
    h1, h2 = 11, 12
    _down(ws, h1, h2, 1, "No.", header=True)
    _down(ws, h1, h2, 2, "指標", header=True)
    _down(ws, h1, h2, 3, "単位", header=True)
    _put(ws, h1, 4, "ベースライン", header=True)
    _put(ws, h2, 4, "2018-19", header=True)
    _span(ws, h1, 5, 8, "実績値", header=True)
    for i, season in enumerate(YM_SEASONS):
        _put(ws, h2, 5 + i, season, header=True)
    _span(ws, h1, 9, 10, "目標値", header=True)
    _put(ws, h2, 9, "2024-25", header=True)
    _put(ws, h2, 10, "2026-27", header=True)
    _down(ws, h1, h2, 11, "対前シーズン比", header=True)
    ws.row_dimensions[h1].height = 18
    ws.row_dimensions[h2].height = 30
    r = h2 + 1
    for no, name, unit, base, acts, tgts, ratio, fmt in YM_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _put(ws, r, 4, base, fmt=fmt, align="center" if base == "―" else None)
        for i, v in enumerate(acts):
            _put(ws, r, 5 + i, v, fmt=fmt)
        for i, v in enumerate(tgts):
            _put(ws, r, 9 + i, v, fmt=fmt)
        _put(ws, r, 11, ratio, align="right")
        ws.row_dimensions[r].height = 24
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※対前シーズン比は、2024-25シーズン実績（速報）を2023-24シーズン実績で除したもの。",
            "※No.2は町内宿泊施設への調査による外国籍の宿泊者の延べ人数。年間（1～12月）の外国人宿泊数は上記「インバウンドの動向」を参照。",
            "※No.5は2021-22シーズンからの運行のため、ベースラインは「―」。",
            "※2024-25シーズンの数値は令和7年4月末現在の速報値であり、今後変更となる場合がある。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "yamanouchi_toki_kanko_kpi_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 道志村 (山梨県南都留郡): まち・ひと・しごと創生推進計画 数値目標及びKPIの検証（令和6年度）
# --------------------------------------------------------------------------------------------

# Real (furusato-funding.jp/projects/1883, zck.or.jp/site/forum/20498.html, expydoc 7774273): the
# 推進計画's name, peak 3,372人 (1955), 1,743人 (2015国調), 社人研 1,498人 (2025) and 1,128人 (2040),
# 出生11人・死亡31人 (2019年度), 合計特殊出生率1.77, 東西28km・南北4km, 山林93.7%, キャンプ場約30, and the
# wording of 基本目標1 (第1期総合戦略). Made up: the sheet, 課, money, every other figure and target.
DS_GOALS = [
    ("1", "総人口", "人", [1743, 1617, 1561, 1532, 1507], 1500, 1498),
    ("2", "年少人口（0～14歳）", "人", [172, 151, 139, 134, 128], 140, 121),
    ("3", "生産年齢人口（15～64歳）", "人", [1016, 917, 874, 853, 838], 850, 812),
]
DS_KPIS = [
    (
        "道志村移住支援センターを通じた移住者数",
        "人",
        9,
        [12, 15, 11],
        15,
        "未達成",
        "6年度の相談48件",
        None,
    ),
    (
        "村内キャンプ場の年間利用者数",
        "千人",
        186.2,
        [193.5, 198.8, 203.1],
        200.0,
        "達成",
        "約30か所の合計",
        "0.0",
    ),
]


def doshi() -> Path:
    wb, ws = _sheet("検証シート", [7, 32, 6, 8, 8, 8, 8, 8, 10, 13])
    _text(
        ws,
        1,
        1,
        "道志村まち・ひと・しごと創生推進計画　数値目標及びKPIの検証（令和6年度）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 10, "令和7年9月　道志村総務課", size=9, align="right")
    _field(ws, 4, "計画期間", "令和2年度～令和6年度", (1, 2), (3, 10))
    _field(
        ws,
        5,
        "村の概況",
        "山梨県の東南端、神奈川県との県境に位置し、東西28km・南北4km。村の面積の93.7％が山林で、キャンプ場は約30か所。人口は1955年の3,372人をピークに減少している。",
        (1, 2),
        (3, 10),
        height=30,
    )
    _field(
        ws,
        6,
        "人口の見通し",
        "社人研推計では2025年に1,498人、2040年に1,128人（2015年比で約35％減）",
        (1, 2),
        (3, 10),
    )
    _field(
        ws,
        7,
        "関連事業費（R6決算・千円）",
        "24,300（うち地方創生推進交付金 12,150）",
        (1, 2),
        (3, 10),
    )

    _text(ws, 9, 1, "１　人口の数値目標", bold=True, size=11)
    h1, h2 = 10, 11
    _down(ws, h1, h2, 1, "No.", header=True)
    _down(ws, h1, h2, 2, "数値目標", header=True)
    _down(ws, h1, h2, 3, "単位", header=True)
    _span(ws, h1, 4, 5, "国勢調査\n（10月1日現在）", header=True)
    _span(ws, h1, 6, 8, "住民基本台帳\n（4月1日現在）", header=True)
    for i, y in enumerate(["H27", "R2", "R5", "R6", "R7"]):
        _put(ws, h2, 4 + i, y, header=True)
    _down(ws, h1, h2, 9, "目標値\n（R7.4.1）", header=True)
    _down(ws, h1, h2, 10, "参考：社人研推計\n（2025年）", header=True)
    ws.row_dimensions[h1].height = 28
    ws.row_dimensions[h2].height = 16
    r = h2 + 1
    for no, name, unit, vals, tgt, ref in DS_GOALS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for i, v in enumerate(vals):
            _put(ws, r, 4 + i, v)
        _put(ws, r, 9, tgt)
        _put(ws, r, 10, ref, fill=LIGHT)
        ws.row_dimensions[r].height = 20
        r += 1
    _notes(
        ws,
        r,
        [
            "※国勢調査は各回10月1日現在、住民基本台帳は各年4月1日現在の人口。目標値は住民基本台帳による。",
            "※参考の社人研推計は国立社会保障・人口問題研究所の推計値（比較のための数値であり、目標値ではない）。",
            "※2019年度の出生者数は11人、死亡者数は31人（20人の自然減）。合計特殊出生率は1.77。",
        ],
    )
    r += 4
    _text(ws, r, 1, "２　基本目標１　道志村への新しいひとの流れをつくる（KPI）", bold=True, size=11)
    h1, h2 = r + 1, r + 2
    _down(ws, h1, h2, 1, "No.", header=True)
    _down(ws, h1, h2, 2, "重要業績評価指標（KPI）", header=True)
    _down(ws, h1, h2, 3, "単位", header=True)
    _down(ws, h1, h2, 4, "基準値\n（元年度）", header=True)
    _span(ws, h1, 5, 7, "実績値", header=True)
    for i, y in enumerate(["4年度", "5年度", "6年度"]):
        _put(ws, h2, 5 + i, y, header=True)
    _down(ws, h1, h2, 8, "目標値\n（毎年度）", header=True)
    _down(ws, h1, h2, 9, "達成状況\n（6年度）", header=True)
    _down(ws, h1, h2, 10, "備考", header=True)
    ws.row_dimensions[h1].height = 18
    ws.row_dimensions[h2].height = 18
    r = h2 + 1
    for i, (name, unit, base, acts, tgt, grade, note, fmt) in enumerate(DS_KPIS):
        _put(ws, r, 1, f"KPI{'①②'[i]}", align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _put(ws, r, 4, base, fmt=fmt)
        for j, v in enumerate(acts):
            _put(ws, r, 5 + j, v, fmt=fmt)
        _put(ws, r, 8, tgt, fmt=fmt)
        _put(ws, r, 9, grade, align="center")
        _put(ws, r, 10, note, size=8)
        ws.row_dimensions[r].height = 30
        r += 1
    _notes(
        ws,
        r,
        [
            "※目標値（毎年度）は、各年度に達成を目指す水準。達成状況は6年度の実績値による。",
            "※KPI②は村内キャンプ場への聞き取りによる延べ利用者数。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "doshi_suishin_kensho_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 神流町 (群馬県多野郡): 交流人口の拡大に係る成果指標の状況（令和6年度）
# --------------------------------------------------------------------------------------------

# Real (furusato-funding.jp/projects/1678, zck.or.jp/site/forum/1326.html, gunmaai.jp): 平成15年4月1日の
# 万場町・中里村の合併, 114.60k㎡, 森林約9割, 1,735人 (令和2年, 住民基本台帳), 高齢化率56.1% (平成27年), the
# 恐竜センター and the 神流マウンテンラン&ウォーク. Made up: the sheet, 課, money, open days, edition
# numbers and dates, every indicator, figure and target.
KN_FACILITY = [
    ("1", "入館者数", "人", 24860, [18320, 20940, 22150], [22000, 25000], None),
    ("2", "1日当たり平均入館者数", "人", 84.3, [65.9, 74.0, 78.8], [80.0, 90.0], "0.0"),
    ("3", "化石発掘体験の参加者数", "人", 1120, [860, 1040, 1180], [1100, 1300], None),
]
KN_EVENT = [
    (
        "4",
        "参加者数（ラン・ウォーク計）",
        "人",
        [612, 748, 803],
        [800, 900],
        "第13回のエントリー数は856人",
        None,
    ),
    (
        "5",
        "町外からの参加者の割合",
        "％",
        [76.2, 79.5, 78.9],
        [80.0, 85.0],
        "第13回の県外参加者は41.6％",
        "0.0",
    ),
]


def kanna() -> Path:
    wb, ws = _sheet("成果指標", [5, 30, 6, 10, 12, 12, 12, 12, 12, 22])
    _text(ws, 1, 1, "神流町　交流人口の拡大に係る成果指標の状況（令和6年度）", bold=True, size=13)
    _text(ws, 2, 10, "令和7年7月　神流町産業振興課", size=9, align="right")
    _field(ws, 4, "施策", "地域資源を活かした交流人口の拡大", (1, 2), (3, 10))
    _field(
        ws,
        5,
        "町の概況",
        "平成15年4月1日に万場町と中里村が合併して誕生。面積114.60k㎡、その約9割が森林。人口1,735人（令和2年、住民基本台帳）、高齢化率56.1％（平成27年）。",
        (1, 2),
        (3, 10),
        height=30,
    )
    _field(
        ws,
        6,
        "施策の事業費（R6決算・千円）",
        "31,850（うち恐竜センター管理運営 18,200）",
        (1, 2),
        (3, 10),
    )

    _text(ws, 8, 1, "１　神流町恐竜センターの利用状況", bold=True, size=11)
    h1, h2 = 9, 10
    _down(ws, h1, h2, 1, "No.", header=True)
    _down(ws, h1, h2, 2, "指標", header=True)
    _down(ws, h1, h2, 3, "単位", header=True)
    _down(ws, h1, h2, 4, "基準値\n（R元）", header=True)
    _span(ws, h1, 5, 7, "実績値", header=True)
    for i, y in enumerate(["R4\n（開館278日）", "R5\n（開館283日）", "R6\n（開館281日）"]):
        _put(ws, h2, 5 + i, y, header=True)
    _span(ws, h1, 8, 9, "目標値", header=True)
    _put(ws, h2, 8, "R6", header=True)
    _put(ws, h2, 9, "R8", header=True)
    _down(ws, h1, h2, 10, "備考", header=True)
    ws.row_dimensions[h1].height = 18
    ws.row_dimensions[h2].height = 30
    r = h2 + 1
    notes1 = ["R元は開館295日", "入館者数÷開館日数", "夏休み期間は1日2回実施"]
    for (no, name, unit, base, acts, tgts, fmt), note in zip(KN_FACILITY, notes1, strict=True):
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _put(ws, r, 4, base, fmt=fmt)
        for j, v in enumerate(acts):
            _put(ws, r, 5 + j, v, fmt=fmt)
        for j, v in enumerate(tgts):
            _put(ws, r, 8 + j, v, fmt=fmt)
        _put(ws, r, 10, note, size=8)
        ws.row_dimensions[r].height = 20
        r += 1
    _notes(
        ws,
        r,
        [
            "※開館日数は、毎週月曜日（祝日の場合は翌日）及び冬季休館（12月～2月）を除いた日数。",
        ],
    )
    r += 2
    _text(ws, r, 1, "２　神流マウンテンラン&ウォーク（大会別）", bold=True, size=11)
    h1, h2 = r + 1, r + 2
    _down(ws, h1, h2, 1, "No.", header=True)
    _down(ws, h1, h2, 2, "指標", header=True)
    _down(ws, h1, h2, 3, "単位", header=True)
    _span(ws, h1, 4, 6, "実績", header=True)
    for i, y in enumerate(["第11回\n（R4.11.6）", "第12回\n（R5.11.5）", "第13回\n（R6.11.3）"]):
        _put(ws, h2, 4 + i, y, header=True)
    _span(ws, h1, 7, 8, "目標", header=True)
    _put(ws, h2, 7, "第13回\n（R6.11.3）", header=True)
    _put(ws, h2, 8, "第14回\n（R7.11予定）", header=True)
    _put(ws, h1, 9, "備考", header=True)
    for rr, cc in ((h1, 10), (h2, 9), (h2, 10)):
        _put(ws, rr, cc, None, header=True)
    _merge(ws, h1, 9, h2, 10)
    ws.row_dimensions[h1].height = 18
    ws.row_dimensions[h2].height = 30
    r = h2 + 1
    for no, name, unit, acts, tgts, note, fmt in KN_EVENT:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate(acts):
            _put(ws, r, 4 + j, v, fmt=fmt)
        for j, v in enumerate(tgts):
            _put(ws, r, 7 + j, v, fmt=fmt)
        _span(ws, r, 9, 10, note, size=8)
        ws.row_dimensions[r].height = 20
        r += 1
    _notes(
        ws,
        r,
        [
            "※第10回大会（令和3年）は新型コロナウイルス感染症の影響により中止。",
            "※町外からの参加者の割合は、参加者のうち神流町外に住所を有する者の割合。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "kanna_koryu_seika_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 大多喜町 (千葉県夷隅郡): 総合戦略 重要業績評価指標（KPI）の実績 (web page)
# --------------------------------------------------------------------------------------------

# Real (chiba-jichiken.net, town.otaki.chiba.jp, iju-join.jp, Wikipedia): 129.87㎢ (県内の町村で最大), 森林約7割,
# 本多忠勝・大多喜城, 昭和29年10月5日の合併 (大多喜町・上瀑村・総元村・西畑村・老川村), 8,105人 (2024年10月1日推計),
# 道の駅「たけゆらの里おおたき」, お試し居住事業, 養老渓谷. Made up: the page, its date, 課, the strategy's wording,
# every KPI figure, target and grade.
OT_TABLES = [
    (
        "2024年度（令和6年度）",
        [
            ("①", "観光入込客数", "千人", "1,050", "1,012", "集計中", "B"),
            (
                "②",
                "道の駅「たけゆらの里おおたき」の売上額",
                "千円",
                "260,000",
                "271,450",
                "集計中",
                "A",
            ),
            ("③", "お試し居住の利用世帯数", "世帯", "12", "9", "9", "B"),
        ],
        "※③は2024年度から開始した事業の指標です。確定値は2025年11月頃に掲載します。",
    ),
    (
        "2023年度（令和5年度）",
        [
            ("①", "観光入込客数", "千人", "1,000", "968", "975", "B"),
            (
                "②",
                "道の駅「たけゆらの里おおたき」の売上額",
                "千円",
                "250,000",
                "248,900",
                "252,300",
                "B",
            ),
        ],
        "※②の確定値は、決算確定に伴い速報値から修正しています。",
    ),
]


def otaki_html() -> str:
    sections = []
    for year, rows, note in OT_TABLES:
        body = "\n".join(
            f'<tr><th scope="row">{label}　{name}</th><td class="c">{unit}</td><td class="num">{tgt}</td>'
            f'<td class="num">{fast}</td><td class="num">{final}</td><td class="c">{grade}</td></tr>'
            for label, name, unit, tgt, fast, final, grade in rows
        )
        sections.append(
            f"""<h3>{year}</h3>
<table class="kpi">
<thead>
<tr><th rowspan="2" scope="col">KPI</th><th rowspan="2" scope="col">単位</th><th rowspan="2" scope="col">目標値</th><th colspan="2" scope="colgroup">実績値</th><th rowspan="2" scope="col">評価</th></tr>
<tr><th scope="col">速報値</th><th scope="col">確定値</th></tr>
</thead>
<tbody>
{body}
</tbody>
</table>
<p class="note">{note}</p>"""
        )
    tables = "\n".join(sections)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>大多喜町まち・ひと・しごと創生総合戦略 重要業績評価指標（KPI）の実績 - 大多喜町</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; }}
table.kpi {{ border-collapse: collapse; margin: 0.5em 0; }}
table.kpi th, table.kpi td {{ border: 1px solid #666; padding: 0.2em 0.5em; font-size: 10pt; }}
table.kpi thead th {{ background: #e5e5e5; }}
td.num {{ text-align: right; }}
td.c {{ text-align: center; }}
p.note {{ font-size: 9pt; margin: 0.2em 0; }}
</style>
</head>
<body>
<p class="breadcrumb"><a href="/">トップページ</a> &gt; <a href="/kurashi/">町政情報</a> &gt; <a href="/kurashi/keikaku/">計画・施策</a> &gt; 総合戦略 KPIの実績</p>
<h1>大多喜町まち・ひと・しごと創生総合戦略 重要業績評価指標（KPI）の実績</h1>
<p class="date">更新日：2025年8月20日　担当：企画課</p>
<p>大多喜町は房総半島のほぼ中央に位置し、総面積129.87㎢は県内の町村で最も広く、その約7割を森林が占めています。徳川四天王の一人、本多忠勝が築いた大多喜城の城下町として栄え、昭和29年10月5日に大多喜町、上瀑村、総元村、西畑村及び老川村が合併して現在の町となりました。町の推計人口は8,105人（2024年10月1日現在）です。</p>
<p>総合戦略に掲げた重要業績評価指標（KPI）について、各年度の目標値と実績値を、新しい年度から順に掲載しています。</p>
<h2>基本目標2　大多喜町への新しいひとの流れをつくる</h2>
<p class="note">【評価】A：目標を達成　B：目標に届かなかった</p>
<p class="note">※評価は、各年度の速報値により行っています（確定値による見直しは行っていません）。</p>
{tables}
<p class="note">※観光入込客数は、大多喜城（県立中央博物館大多喜城分館）、養老渓谷、道の駅などの観光地点の入込客数の合計です。</p>
<p>このページに関するお問い合わせ　大多喜町役場 企画課</p>
</body>
</html>
"""


def otaki() -> Path:
    path = HERE / "otaki_kpi_jisseki_2024.html"
    path.write_bytes(otaki_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (yamanouchi, doshi, kanna):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {otaki().name}")


if __name__ == "__main__":
    main()
