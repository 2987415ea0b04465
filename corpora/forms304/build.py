"""Build the built documents of forms304/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/kitaaiki_kpi_jokyo_r5.xlsx``, a 総合戦略 KPI sheet in the manner of 北相木村 (長野県):
  **year-less relative headers ``スタート時（R元） | 前年度値 | 本年度値 | 終期目標（R6）``**, the two
  middle ones dated only by the ``評価対象年度`` form field, **an ``増減率（前年度比）`` column of signed
  percentages** inside the ``実績`` span, a 進捗 word column; and the PDF;
* ``source/hayama_kpi_kensho_r6.xlsx``, a 地域再生計画 KPI 検証 sheet in the manner of 葉山町 (神奈川県):
  a two-row header whose top row spans unevenly, ``R4`` and ``R5`` over ``実績`` and **``R6`` over
  ``目標ライン | 見込（12月末時点） | 差``**, a signed ``差`` column, ``千人``, ``未集計``; and the PDF;
* ``source/namegawa_shisaku_hyoka_r5.xlsx``, a 総合振興計画 施策評価シート in the manner of 滑川町 (埼玉県):
  **``策定時点`` over era-less ``2年度``, ``年度別実績`` spanning ``3年度 | 4年度 | 5年度`` and
  ``年度別目標`` spanning ``4年度 | 5年度 | 7年度（最終）``: two years stand under both spans**;
  ``約``, a ``―`` in the latest actual, a 事務事業 money grid; and the PDF;
* ``takayama_seika_suii_r5.html``, a 総合計画 成果指標 page in the manner of 高山村 (群馬県):
  a years-down table **whose target row is the ``<tfoot>``** and **whose top header row groups the
  indicator columns by 施策, spanning unevenly (2, 1, 1)**; ``千人`` with decimals, a 見込 row.

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
FIXED = dt.datetime(2026, 12, 6, 0, 0, 0)


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms304/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms304/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms304_soffice_") as tmp:
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


def _fields(ws, r: int, rows, c_label: tuple[int, int], c_value: tuple[int, int]) -> int:
    """Bordered form fields, label and value merged over the given columns."""
    for label, value in rows:
        _span(ws, r, c_label[0], c_label[1], label, header=True)
        _span(ws, r, c_value[0], c_value[1], value, align="left")
        ws.row_dimensions[r].height = 20
        r += 1
    return r


# --------------------------------------------------------------------------------------------
# 北相木村 (長野県南佐久郡): 第2期北相木村まち・ひと・しごと創生総合戦略 KPIの状況（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (kitaaiki-overview.jp 村長あいさつ; wikizero 北相木村): the population run 昭和35年 2,104人,
# 平成25年 810人, now under 700人; 山村留学事業 since 昭和61年 (1986); the 出産祝金 (第1子・第2子
# 20万円, 第3子以降30万円, 令和5年度). Made up: the sheet, its 課, the 基本目標, every KPI and figure.
KA_ROWS = [
    ("1", "山村留学生数（長期）", "人", 14, 11, 12, "+9.1%", 15, "やや遅れ"),
    ("2", "移住相談件数", "件", 9, 21, 26, "+23.8%", 20, "順調"),
    ("3", "空き家バンク成約件数（累計）", "件", 2, 7, 9, "+28.6%", 12, "やや遅れ"),
    ("4", "都市農村交流イベント参加者数", "人", 1240, 980, 802, "▲18.2%", 1500, "遅れ"),
]


def kitaaiki() -> Path:
    wb, ws = _sheet("KPIの状況", [5, 30, 6, 11, 10, 10, 11, 11, 9])
    _text(ws, 1, 1, "第2期北相木村まち・ひと・しごと創生総合戦略", bold=True, size=13)
    _text(ws, 2, 1, "重要業績評価指標（KPI）の状況", bold=True, size=13)
    _text(ws, 3, 9, "令和6年8月　北相木村総務課", align="right")
    r = _fields(
        ws,
        5,
        [
            ("評価対象年度", "令和5年度"),
            ("計画期間", "令和2年度～令和6年度（5年間）"),
            ("村の人口", "昭和35年 2,104人 → 平成25年 810人 → 現在は700人を割り込んでいる"),
            ("山村留学", "昭和61年度開始（長期留学生は1年間、村内の農家等で生活）"),
        ],
        (1, 3),
        (4, 9),
    )
    _text(ws, r + 1, 1, "■基本目標２　村に新しいひとの流れをつくる", bold=True, size=11)
    h = r + 2
    _head2(
        ws,
        h,
        [
            (1, "No."),
            (2, "重要業績評価指標（KPI）"),
            (3, "単位"),
            (4, "スタート時\n（R元）"),
            (8, "終期目標\n（R6）"),
            (9, "進捗"),
        ],
        [(5, 7, "実績", ["前年度値", "本年度値", "増減率\n（前年度比）"])],
    )
    ws.row_dimensions[h + 1].height = 30
    r = h + 2
    for no, name, unit, *vals, prog in KA_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, vals)
        _put(ws, r, 9, prog, align="center")
        ws.row_dimensions[r].height = 24
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※増減率は、本年度値の前年度値に対する増減の割合です（▲は減少）。",
            "※進捗は、終期目標に向けた取組の状況を担当課が判断したものです（順調／やや遅れ／遅れ）。",
            "※No.4は新型コロナウイルス感染症の影響で中止したイベントがあり、スタート時を下回っています。",
            "※令和5年度から出産祝金（第1子・第2子20万円、第3子以降30万円）を支給しています（基本目標３）。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "kitaaiki_kpi_jokyo_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 葉山町 (神奈川県三浦郡): 第2期葉山町まち・ひと・しごと創生推進計画 KPIの検証（令和6年度見込）
# --------------------------------------------------------------------------------------------

# Real (地域再生計画 第2期葉山町まち・ひと・しごと創生推進計画, localgovs.net/kanagawa/hayama): the
# plan's name, the peak 33,890人 (平成24年), 31,851人 (令和6年12月, 住民基本台帳), 出生213人・死亡324人
# (平成24年). Made up: the sheet, its date and 課, the money, every KPI, figure and note.
HY_ROWS = [
    ("1", "子育て支援センター利用者数", "人", 8420, 9105, 9630, 10000, 10280, "+280"),
    ("2", "移住相談窓口の相談件数", "件", 36, 58, 71, 80, 64, "▲16"),
    ("3", "町内創業者数（累計）", "人", 4, 13, 19, 24, 24, "±0"),
    ("4", "一色・森戸海水浴場の利用者数", "千人", 212, 168, 185, 220, "未集計", "―"),
    ("5", "保育所待機児童数の減少", "人", 12, 5, 3, 0, 2, "+2"),
]


def hayama() -> Path:
    wb, ws = _sheet("KPI検証", [5, 32, 7, 12, 11, 11, 11, 13, 9])
    _text(
        ws,
        1,
        1,
        "第2期葉山町まち・ひと・しごと創生推進計画　重要業績評価指標（KPI）の検証（令和6年度見込）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 9, "令和7年2月　葉山町政策課", align="right")
    r = _fields(
        ws,
        4,
        [
            ("地域再生計画の名称", "第2期葉山町まち・ひと・しごと創生推進計画"),
            ("交付対象事業費（R6・千円）", 18400),
            ("町の人口", "31,851人（令和6年12月、住民基本台帳）　※ピークは平成24年の33,890人"),
        ],
        (1, 3),
        (4, 9),
    )
    _text(ws, r + 1, 1, "２　KPIの状況", bold=True, size=11)
    h = r + 2
    _head2(
        ws,
        h,
        [(1, "No."), (2, "重要業績評価指標（KPI）"), (3, "単位"), (4, "基準値\n（R元）")],
        [
            (5, 5, "R4", ["実績"]),
            (6, 6, "R5", ["実績"]),
            (7, 9, "R6", ["目標ライン", "見込\n（12月末時点）", "差"]),
        ],
    )
    ws.row_dimensions[h + 1].height = 30
    r = h + 2
    for no, name, unit, *vals, diff in HY_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, vals)
        _put(ws, r, 9, diff, align="center" if diff == "―" else "right")
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※見込は、令和6年12月末までの実績をもとに令和6年度末の値を見込んだものです。差＝見込－目標ライン（▲は不足）。",
            "※No.4の令和6年度は、海水浴場の開設期間（7月～8月）の利用者数を県が取りまとめ中のため未集計です。",
            "※No.5は値が小さいほど良い指標です。",
            "※町の人口動態：平成24年は出生213人に対し死亡324人で、自然減となっています。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "hayama_kpi_kensho_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 滑川町 (埼玉県比企郡): 第5次滑川町総合振興計画 後期基本計画 施策評価シート（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (town.namegawa.saitama.jp 第5次滑川町総合振興計画の概要; wikippe 滑川町; tojoshinbun.com): the plan
# name, the 将来像 住まいるタウン滑川, some 200 ため池, the ミヤコタナゴ found in 1986, the
# エコミュージアムセンター, 総務政策課. Made up: the sheet, 施策, 課, money and every indicator and figure.
NG_ROWS = [
    ("1", "ミヤコタナゴ生息確認ため池数", "カ所", 3, 3, 4, 4, 4, 5, 6),
    ("2", "里山・ため池保全活動への参加者数", "人", 420, 385, 512, "約600", 450, 500, 600),
    ("3", "1人1日当たりごみ排出量の削減", "g", 742, 731, 718, 709, 725, 715, 700),
    ("4", "エコミュージアムセンター来館者数", "人", 2860, 1920, 3140, "―", 3000, 3200, 3500),
]
NG_MONEY = [
    ("ため池環境保全事業", 4860, 5120, "農業振興課"),
    ("ミヤコタナゴ保護増殖事業", 2310, 2480, "環境課"),
    ("ごみ減量化推進事業", 11940, 12630, "環境課"),
]


def namegawa() -> Path:
    wb, ws = _sheet("施策評価", [5, 30, 6, 10, 9, 9, 9, 9, 9, 11])
    _text(
        ws,
        1,
        1,
        "第5次滑川町総合振興計画後期基本計画　施策評価シート（令和5年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 10, "令和6年7月", align="right")
    fields = [
        ("将来像", "住んでよかった　生まれてよかった　まちへ　住まいるタウン滑川"),
        ("施策名", "豊かな自然環境の保全と継承"),
        ("主管課", "環境課"),
        (
            "施策の概要",
            "町内に約200あるため池と谷津田の里山環境を守り、ミヤコタナゴ（昭和61年に町内のため池で発見）の保護を進める。",
        ),
    ]
    r = 4
    for label, value in fields:
        _span(ws, r, 1, 3, label, header=True)
        _span(ws, r, 4, 10, value, align="left")
        ws.row_dimensions[r].height = 28 if len(value) > 40 else 20
        r += 1
    _text(ws, r + 1, 1, "２　成果指標", bold=True, size=11)
    h = r + 2
    _head2(
        ws,
        h,
        [(1, "No."), (2, "成果指標"), (3, "単位")],
        [
            (4, 4, "策定時点", ["2年度"]),
            (5, 7, "年度別実績", ["3年度", "4年度", "5年度"]),
            (8, 10, "年度別目標", ["4年度", "5年度", "7年度\n（最終）"]),
        ],
    )
    ws.row_dimensions[h + 1].height = 28
    r = h + 2
    for no, name, unit, *vals in NG_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, vals)
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r,
        [
            "※No.2の5年度は集計途中の概数です。No.4の5年度は空調設備改修のため休館（6月～翌3月）。",
            "※No.3は値が小さいほど良い指標です。",
        ],
    )
    r += 3
    _text(ws, r, 1, "３　施策を構成する主な事務事業", bold=True, size=11)
    r += 1
    _put(ws, r, 1, "No.", header=True)
    _span(ws, r, 2, 3, "事務事業名", header=True)
    _span(ws, r, 4, 5, "4年度決算（千円）", header=True)
    _span(ws, r, 6, 7, "5年度決算（千円）", header=True)
    _span(ws, r, 8, 10, "担当課", header=True)
    ws.row_dimensions[r].height = 20
    r += 1
    for i, (name, m4, m5, ka) in enumerate(NG_MONEY, start=1):
        _put(ws, r, 1, str(i), align="center")
        _span(ws, r, 2, 3, name)
        _span(ws, r, 4, 5, m4)
        _span(ws, r, 6, 7, m5)
        _span(ws, r, 8, 10, ka)
        ws.row_dimensions[r].height = 20
        r += 1
    _text(ws, r + 1, 1, "４　施策の評価", bold=True, size=11)
    _para(
        ws,
        r + 2,
        1,
        10,
        "Ｂ（概ね順調）　成果指標4項目のうち、5年度目標を達成したものは2項目。ミヤコタナゴの生息確認は4か所にとどまり、"
        "5年度目標（5か所）に届かなかった。",
        34,
        border=True,
    )
    _page(ws, "portrait")
    path = SOURCE / "namegawa_shisaku_hyoka_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 高山村 (群馬県吾妻郡): 高山村総合計画 後期基本計画 成果指標の推移（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (kotobank 高山(村)(群馬県); wikipedia 高山村 (群馬県)): 面積64.18㎢, 人口3,511人 (2020), the
# 光環境条例 (平成10年10月1日施行), ぐんま天文台 (平成11年), たかやま高原牧場 (4月下旬～11月中旬の
# 委託放牧), 尻高人形 (国選択無形民俗文化財). Made up: the page, its 課, the 施策 and every figure.
TK_GROUPS = [
    (
        "施策2-1　星空を守り活かす観光の振興",
        ["観光入込客数<br>（千人）", "ぐんま天文台来館者数<br>（人）"],
    ),
    ("施策2-2　高原牧場の活用", ["高原牧場の預託頭数<br>（頭）"]),
    ("施策2-3　伝統文化の継承", ["尻高人形公演の観覧者数<br>（人）"]),
]
TK_ROWS = [
    ("令和元年度（基準値）", ["248.6", "21,840", "182", "640"]),
    ("令和3年度", ["156.2", "9,870", "171", "210"]),
    ("令和4年度", ["201.4", "15,320", "176", "455"]),
    ("令和5年度（見込）", ["236.0", "19,400", "169", "520"]),
]
TK_TARGET = ("目標値（令和7年度）", ["260.0", "22,000", "190", "700"])


def takayama_html() -> str:
    top = "".join(
        f'<th colspan="{len(cols)}">{name}</th>' if len(cols) > 1 else f"<th>{name}</th>"
        for name, cols in TK_GROUPS
    )
    low = "".join(f"<th>{c}</th>" for _, cols in TK_GROUPS for c in cols)
    body = "\n".join(
        f'<tr><th scope="row">{label}</th>'
        + "".join(f'<td class="num">{v}</td>' for v in vals)
        + "</tr>"
        for label, vals in TK_ROWS
    )
    label, vals = TK_TARGET
    foot = (
        f'<tr><th scope="row">{label}</th>'
        + "".join(f'<td class="num">{v}</td>' for v in vals)
        + "</tr>"
    )
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>成果指標の推移（基本目標2） - 高山村</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
thead th {{ background: #d9d9d9; }}
tbody th {{ text-align: left; background: #f2f2f2; }}
tfoot th, tfoot td {{ font-weight: bold; background: #fff2cc; }}
td.num {{ text-align: right; }}
</style>
</head>
<body>
<p>ホーム &gt; 村政情報 &gt; 計画・行政評価 &gt; 総合計画</p>
<h1>高山村総合計画 後期基本計画 成果指標の推移（令和5年度）</h1>
<p>令和6年6月28日　高山村むらづくり観光課</p>
<p>高山村は面積64.18㎢、人口3,511人（2020年）の村です。平成10年10月1日に光環境条例を施行して夜空を守り、平成11年には県立ぐんま天文台が開設されました。</p>
<p>後期基本計画の基本目標2に掲げた成果指標について、令和5年度までの推移をお知らせします。令和5年度は見込値です。</p>
<h2>基本目標2　星と高原の恵みを活かした交流のむら</h2>
<table>
<thead>
<tr><th rowspan="2">年度</th>{top}</tr>
<tr>{low}</tr>
</thead>
<tbody>
{body}
</tbody>
<tfoot>
{foot}
</tfoot>
</table>
<p>※高原牧場の預託頭数は、放牧期間（4月下旬～11月中旬）中の最大頭数です。</p>
<p>※令和2年度は新型コロナウイルス感染症の影響により天文台・公演とも休止期間が長く、掲載していません。</p>
<p>※尻高人形は国選択無形民俗文化財です。公演は年2回（春・秋）。</p>
</body>
</html>
"""


def takayama() -> Path:
    path = HERE / "takayama_seika_suii_r5.html"
    path.write_bytes(takayama_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (kitaaiki, hayama, namegawa):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {takayama().name}")


if __name__ == "__main__":
    main()
