"""Build the built documents of forms192/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/miyada_kpi_suii_r1.xlsx``, a 総合戦略 KPI 年度別推移 in the manner of 宮田村 (長野県):
  **years down the side with era-less row labels on a sheet dated 令和元年, where
  ``元年度（見込）`` (令和) and ``31年度（目標値）`` (平成) are the same fiscal year**; a two-row header
  whose top row spans unevenly: **one KPI over ``速報 | 確報`` columns** (the 確報 replacing the
  速報 once it is out, ``未公表`` where it is not), two KPIs merged down over both header rows, and
  **one survey KPI over ``調査月 | 実績``, the month cell dating each survey value**; a 備考 column
  with a date; form fields with population figures; and the PDF;
* ``source/ikeda_kpi_shinchoku_r5.xlsx``, a 総合戦略 KPI 進捗管理表 in the manner of 池田町 (福井県):
  **every actual cell carries a one-character mark read through a legend, ``8（確）``, ``9（速）``,
  ``126.0（見）``**; **era years abbreviated with a dot, ``基準値（R.元）``, ``R.2`` … ``R.5``,
  ``R.5目標``, ``目標値（R.6）``**; **labels printed ``No.1`` … ``No.5`` in a ``番号`` column**;
  shaded 基本目標 rows across the grid; a survey KPI with ``―`` in its off years; and the PDF;
* ``source/minamiboso_kpi_kensho_r6.xlsx``, a 総合戦略 KPI 検証シート in the manner of 南房総市
  (千葉県): **a top header row naming two report editions, ``前回検証（令和5年9月）`` over ``R4実績 |
  R5見込`` and ``今回検証（令和6年9月）`` over ``R5実績 | R6見込``, so that R5 stands twice**, one
  ``集計中`` where this year's 実績 is not out; **a baseline headed ``基準値（H28～H30平均）``**; 万人,
  百万円 and 千人 in 単位; a 進捗 column of words; and the PDF;
* ``yamanashi_kpi_jisseki_2023.html``, a 総合戦略 KPI page in the manner of 山梨市 (山梨県): **a
  years-down table whose every cell holds a ``目標／実績`` pair (``100.0／92.1``), ``―`` on either
  side where a number is missing**, and **era-less row labels (``元年度（基準）``, ``2年度`` …
  ``6年度``) on a page dated only in 西暦 (``更新日：2024年10月1日``, ``（2023年度）``)**.

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
    wb.properties.creator = "forms192/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms192/build.py"
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
        cell.number_format = fmt or ("#,##0" if isinstance(value, int) else "#,##0.0")
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
    fill = kw.get("fill")
    cell = _put(ws, row, c1, value, header=header, **kw)
    for c in range(c1 + 1, c2 + 1):
        _put(ws, row, c, None, header=header, fill=fill)
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
    with tempfile.TemporaryDirectory(prefix="forms192_soffice_") as tmp:
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


def _fields(ws, r: int, rows, c_label: tuple[int, int], c_value: tuple[int, int], height=18) -> int:
    """Bordered form fields: a shaded label merged over c_label, a value merged over c_value."""
    for label, value in rows:
        _span(ws, r, c_label[0], c_label[1], label, header=True)
        _span(ws, r, c_value[0], c_value[1], value, align="left")
        ws.row_dimensions[r].height = height
        r += 1
    return r


# --------------------------------------------------------------------------------------------
# 宮田村 (長野県上伊那郡): 宮田村まち・ひと・しごと創生総合戦略 重要業績評価指標（KPI）の年度別推移
# --------------------------------------------------------------------------------------------

# Real (furusato-funding.jp/projects/1916; vill.miyada.nagano.jp; defzone.net; ina-dani.net): the
# strategy's name and period (平成27年度～平成31年度), its three 枠組み, 8,665人 and 3,365世帯 (令和元年
# 10月1日, 毎月人口異動調査), the 2040 推計 7,337人, the 中央アルプス国定公園 of 2019年3月, 産業建設課.
# Made up: the sheet, its date and 資料 number, every KPI, figure and note.
MY_ROWS = [
    # label, (速報, 確報) or merged value, 就農, 従業者, (調査月, 割合) or merged value, 備考
    ("26年度（基準値）", 186.4, 3, 4210, ("H26.8", 58.3), ""),
    ("27年度", (191.2, 189.7), 4, 4185, ("―", "―"), "若者意識調査は隔年で実施"),
    ("28年度", (205.8, 203.1), 6, 4236, ("H28.7", 61.5), ""),
    ("29年度", (212.4, 214.0), 5, 4302, ("―", "―"), ""),
    ("30年度", (220.9, "未公表"), 7, 4318, ("H30.8", 64.2), "H31.3 中央アルプス国定公園に指定"),
    ("元年度（見込）", 223.0, 6, 4410, ("―", "―"), "9月末までの実績から推計"),
    ("31年度（目標値）", 230.0, 8, 4400, 70.0, ""),
]


def miyada() -> Path:
    wb, ws = _sheet("KPI推移", [17, 9.5, 9.5, 15, 15, 9, 11, 30])
    _text(
        ws,
        1,
        1,
        "宮田村まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の年度別推移",
        bold=True,
        size=13,
    )
    _text(ws, 2, 8, "令和元年11月　宮田村総合戦略推進会議　資料２", align="right")
    _text(ws, 3, 8, "担当：宮田村産業建設課", align="right")
    r = _fields(
        ws,
        5,
        [
            ("計画期間", "平成27年度～平成31年度（5年間）"),
            ("村の人口", "8,665人・3,365世帯（令和元年10月1日現在、毎月人口異動調査）"),
            ("人口の将来推計", "令和22（2040）年に7,337人（国立社会保障・人口問題研究所）"),
            (
                "総合戦略の枠組み",
                "「人口減少社会に対応したむらづくり人材の育成」「宮田村に住み、働き、生活を送りたい人を支える環境の整備」「地域産業の育成と若い世代の就労希望の実現」",
            ),
        ],
        (1, 2),
        (3, 8),
    )
    ws.row_dimensions[r - 1].height = 28
    _text(ws, r + 1, 1, "基本目標３　地域産業の育成と若い世代の就労希望の実現", bold=True, size=11)
    h = r + 2
    _down(ws, h, h + 1, 1, "年度", header=True)
    _span(ws, h, 2, 3, "①観光入込客数（千人）", header=True)
    _put(ws, h + 1, 2, "速報", header=True)
    _put(ws, h + 1, 3, "確報", header=True)
    _down(ws, h, h + 1, 4, "②新規就農者数（人）", header=True)
    _down(ws, h, h + 1, 5, "③村内事業所の従業者数（人）", header=True)
    _span(ws, h, 6, 7, "④「村内で働き続けたい」と答えた若者の割合（％）", header=True)
    _put(ws, h + 1, 6, "調査月", header=True)
    _put(ws, h + 1, 7, "実績", header=True)
    _down(ws, h, h + 1, 8, "備考", header=True)
    ws.row_dimensions[h].height = 40
    ws.row_dimensions[h + 1].height = 18
    r = h + 2
    for label, tour, farm, staff, survey, note in MY_ROWS:
        target = "目標" in label
        fill = LIGHT if target else None
        _put(ws, r, 1, label, align="center", fill=fill)
        if isinstance(tour, tuple):
            for j, v in enumerate(tour):
                _put(ws, r, 2 + j, v, align="right", fmt="#,##0.0", fill=fill)
        else:
            _span(ws, r, 2, 3, tour, align="right", fmt="#,##0.0", fill=fill)
        _put(ws, r, 4, farm, fill=fill)
        _put(ws, r, 5, staff, fill=fill)
        if isinstance(survey, tuple):
            month, rate = survey
            _put(ws, r, 6, month, align="center", fill=fill)
            _put(ws, r, 7, rate, align="center" if rate == "―" else "right", fmt="0.0", fill=fill)
        else:
            _span(ws, r, 6, 7, survey, align="right", fmt="0.0", fill=fill)
        _put(ws, r, 8, note, size=8, fill=fill)
        ws.row_dimensions[r].height = 20
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※①は長野県「観光地利用者統計調査」によります。速報は翌年度6月、確報は翌々年度に公表されます（30年度の確報は未公表）。",
            "※④は村内在住の18～39歳を対象とした若者意識調査（隔年、回答数 約420人）によります。調査月は各調査の実施月です。",
            "※元年度は9月末までの実績から推計した見込です。中央アルプス国定公園の特別保護地区の80.6%は宮田村にあります。",
            "※KPI関連事業費（30年度決算）　32,640千円（うち地方創生推進交付金 16,320千円）",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "miyada_kpi_suii_r1.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 池田町 (福井県今立郡): 第2期池田町創生総合戦略（第三版） KPI進捗管理表（令和5年度実績）
# --------------------------------------------------------------------------------------------

# Real (paperzz.com/doc/5747162; city.pier.news/article/189199; ecoikeda.jp/04map): the strategy's
# name and 第三版, its slogan, 総務財政課, 19,472ha, 91.7%, 38集落, 2,639人 (H27国勢調査速報), 1,298人
# (2040), 581人 (2060), the すみか / しごと / なかま goals and the 施策 words in brackets. Made up: the
# sheet, its date, period, money and legend, every KPI, figure and note.
IK_BLOCKS = [
    (
        "基本目標１　すみか（居住空間の確保と生活環境の改善）",
        [
            (
                "No.1",
                "移住・定住者数",
                "人",
                12,
                ["8（確）", "15（確）", "11（確）", "9（速）"],
                14,
                15,
            ),
            (
                "No.2",
                "空き家バンクを通じた空き家の活用件数",
                "件",
                2,
                ["3（確）", "5（確）", "4（確）", "6（見）"],
                5,
                6,
            ),
        ],
    ),
    (
        "基本目標２　しごと（地域内循環型経済の活性化）",
        [
            (
                "No.3",
                "観光入込客数",
                "千人",
                96.2,
                ["71.4（確）", "84.9（確）", "112.6（確）", "126.0（見）"],
                120.0,
                130.0,
            ),
            (
                "No.4",
                "有機・特別栽培米の作付面積",
                "ha",
                115,
                ["118（確）", "121（確）", "125（確）", "127（速）"],
                128,
                130,
            ),
        ],
    ),
    (
        "基本目標３　なかま（家族・子育ての幸福度の向上）",
        [
            (
                "No.5",
                "「地域の集まりに参加している」と答えた町民の割合",
                "％",
                58.4,
                ["―", "62.4（確）", "―", "65.0（速）"],
                65.0,
                70.0,
            ),
        ],
    ),
]


def ikeda() -> Path:
    wb, ws = _sheet("KPI進捗", [7, 38, 6, 10, 10, 10, 10, 10, 9, 10])
    _text(
        ws,
        1,
        1,
        "第2期池田町創生総合戦略（第三版）　KPI進捗管理表（令和5年度実績）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 10, "令和6年9月　池田町総務財政課", align="right")
    r = _fields(
        ws,
        4,
        [
            ("スローガン", "過疎を・活カソ！賑やカソ！"),
            ("計画期間", "令和2年度～令和6年度（令和5年3月 第三版に改訂）"),
            ("町の概要", "総面積19,472ha（うち山林91.7％）、38集落"),
            (
                "人口の見通し",
                "2,639人（平成27年国勢調査速報）。対策をとらなければ2040年に1,298人、2060年に581人",
            ),
            ("関連事業費（R5決算・千円）", "64,820"),
        ],
        (1, 2),
        (3, 10),
    )
    _text(
        ws,
        r,
        1,
        "凡例：数値の後の（確）＝確定値、（速）＝速報値、（見）＝見込値（令和6年8月末時点）、―＝実績なし。年度の「R.元」は令和元年度、「R.2」は令和2年度を表す。",
        size=8,
    )
    _text(ws, r + 2, 1, "■KPIの進捗状況", bold=True, size=11)
    h = r + 3
    for c, word in [
        (1, "番号"),
        (2, "重要業績評価指標（KPI）"),
        (3, "単位"),
        (4, "基準値\n（R.元）"),
        (9, "R.5目標"),
        (10, "目標値\n（R.6）"),
    ]:
        _down(ws, h, h + 1, c, word, header=True)
    _span(ws, h, 5, 8, "実績値", header=True)
    for j, y in enumerate(["R.2", "R.3", "R.4", "R.5"]):
        _put(ws, h + 1, 5 + j, y, header=True)
    ws.row_dimensions[h].height = 18
    ws.row_dimensions[h + 1].height = 18
    r = h + 2
    for goal, rows in IK_BLOCKS:
        _span(ws, r, 1, 10, goal, fill=SHADE, bold=True)
        ws.row_dimensions[r].height = 18
        r += 1
        for no, name, unit, base, acts, t5, t6 in rows:
            dec = isinstance(base, float)
            fmt = "0.0" if dec else "#,##0"
            _put(ws, r, 1, no, align="center")
            _put(ws, r, 2, name)
            _put(ws, r, 3, unit, align="center")
            _put(ws, r, 4, base, fmt=fmt)
            for j, v in enumerate(acts):
                _put(ws, r, 5 + j, v, align="center" if v == "―" else "right")
            _put(ws, r, 9, t5, fmt=fmt)
            _put(ws, r, 10, t6, fmt=fmt)
            ws.row_dimensions[r].height = 22
            r += 1
    _notes(
        ws,
        r + 1,
        [
            "※R.5目標は、第三版（令和5年3月改訂）で定めた年度別の目標です。",
            "※No.3には「ツリーピクニックアドベンチャーいけだ」の入場者（R.5 約1万8千人）を含みます。",
            "※No.5は町民アンケート（隔年、配布1,000票）によります。R.2とR.4は調査を行っていません。",
            "※KPI5項目のうち、R.5目標に達したもの（見込を含む）は3項目です。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "ikeda_kpi_shinchoku_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 南房総市 (千葉県): 第2期南房総市まち・ひと・しごと創生総合戦略 KPI検証シート（令和6年度）
# --------------------------------------------------------------------------------------------

# Real (wiki.happymail.co.jp; awa.or.jp; bonichi.com; chisou.go.jp): the slogan, the merger of
# 2006-03-20 and its seven 町村, 230.12km², the eight 道の駅 (most of any city, with 高山市), the
# 平成17年 540万人 / 250万人 and the 平成28年 532万2千人 / 露地花摘み 73万人 figures. Made up: the
# sheet, its name and date, 課, every KPI, figure and note (the baselines lean on the real 532万人
# and 73万人).
MB_ROWS = [
    ("1", "観光入込客数", "万人", 531.8, 468.2, 495.0, 502.7, 515.0, 540.0, "やや遅れ"),
    ("2", "市内道の駅（8駅）の売上高合計", "百万円", 3412, 3655, 3700, 3812, 3880, 3800, "順調"),
    ("3", "移住相談窓口を通じた移住者数", "人", 42, 58, 60, "集計中", 62, 60, "順調"),
    ("4", "花摘み観光農園の入園者数", "千人", 684, 512, 540, 548, 560, 700, "遅れ"),
    (
        "5",
        "市の魅力を発信するSNSのフォロワー数",
        "人",
        2140,
        8920,
        10000,
        9870,
        11500,
        12000,
        "やや遅れ",
    ),
]


def minamiboso() -> Path:
    wb, ws = _sheet("KPI検証", [5, 34, 8, 13, 10, 10, 10, 10, 11, 9])
    _text(
        ws,
        1,
        1,
        "第2期南房総市まち・ひと・しごと創生総合戦略　KPI検証シート（令和6年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 10, "令和6年10月　南房総市企画政策課", align="right")
    r = _fields(
        ws,
        4,
        [
            ("キャッチフレーズ", "ひと・ゆめ・みらい　地域で創る魅力の郷　南房総"),
            (
                "市の概要",
                "平成18年3月20日、安房郡7町村（富浦町・富山町・三芳村・白浜町・千倉町・丸山町・和田町）の合併により発足。面積230.12km²",
            ),
            ("道の駅", "市内8駅（高山市と並び、全国の市で最多）"),
            (
                "検証の方法",
                "前回検証（令和5年9月）で見込値とした年度の値を、今回検証で実績値に置き換えて比較する",
            ),
            ("関連事業費（R5決算・千円）", "148,360"),
        ],
        (1, 2),
        (3, 10),
    )
    _text(ws, r + 1, 1, "基本目標２　南房総への新しいひとの流れをつくる", bold=True, size=11)
    h = r + 2
    for c, word in [
        (1, "No."),
        (2, "重要業績評価指標（KPI）"),
        (3, "単位"),
        (4, "基準値\n（H28～H30平均）"),
        (9, "目標値\n（R6）"),
        (10, "進捗"),
    ]:
        _down(ws, h, h + 1, c, word, header=True)
    _span(ws, h, 5, 6, "前回検証（令和5年9月）", header=True)
    _span(ws, h, 7, 8, "今回検証（令和6年9月）", header=True)
    for j, word in enumerate(["R4実績", "R5見込", "R5実績", "R6見込"]):
        _put(ws, h + 1, 5 + j, word, header=True)
    ws.row_dimensions[h].height = 24
    ws.row_dimensions[h + 1].height = 24
    r = h + 2
    for no, name, unit, *vals, word in MB_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate(vals):
            fmt = "#,##0.0" if isinstance(v, float) else None
            _put(ws, r, 4 + j, v, fmt=fmt, align="center" if isinstance(v, str) else None)
        _put(ws, r, 10, word, align="center")
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※基準値は、平成28年度から平成30年度までの3か年の平均値です。",
            "※No.1は千葉県観光入込調査によります（平成17年は540万人、うち道の駅が約半数の250万人）。",
            "※No.3の令和5年度実績は集計中のため、前回検証の見込値（60人）により進捗を判断しています。",
            "※進捗：順調＝目標値に届く見込み、やや遅れ＝目標値の9割以上、遅れ＝目標値の9割未満。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "minamiboso_kpi_kensho_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 山梨市 (山梨県): 第2期山梨市総合戦略推進計画 KPIの実績（2023年度）
# --------------------------------------------------------------------------------------------

# Real (furusato-funding.jp/projects/1866; city.yamanashi.yamanashi.jp): the plan's name, 約100km,
# 8割 森林, 秩父多摩甲斐国立公園, the 2019 ユネスコエコパーク, the 2017 日本農業遺産, 桃・葡萄, the
# populations 47,909人 (1947), 39,797人 (2000), 33,420人 (2019), the city's 将来像. Made up: the page,
# its date and ID, 課, every KPI, figure and note.
YM_KPIS = [
    "KPI①<br>桃・ぶどうの販売額<br>（億円）",
    "KPI②<br>市内主要観光施設の入込客数<br>（人）",
    "KPI③<br>移住相談件数<br>（件）",
    "KPI④<br>空き家バンク成約件数<br>（件）",
]
YM_ROWS = [
    ("元年度（基準）", ["98.4", "412,300", "126", "8"]),
    ("2年度", ["100.0／92.1", "420,000／198,600", "130／141", "―／9"]),
    ("3年度", ["102.0／104.8", "430,000／245,100", "135／152", "12／15"]),
    ("4年度", ["104.0／107.3", "440,000／351,800", "140／138", "14／13"]),
    ("5年度", ["106.0／103.9", "450,000／438,500", "145／160", "16／18"]),
    ("6年度", ["108.0／―", "460,000／―", "150／―", "18／―"]),
]


def yamanashi_html() -> str:
    head1 = '<tr><th rowspan="2" scope="col">年度</th>' + "".join(
        f'<th scope="col">{k}</th>' for k in YM_KPIS
    )
    head2 = "<tr>" + "".join("<th>目標／実績</th>" for _ in YM_KPIS) + "</tr>"
    body = "\n".join(
        f'<tr><th scope="row">{label}</th>' + "".join(f"<td>{v}</td>" for v in vals) + "</tr>"
        for label, vals in YM_ROWS
    )
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>第2期山梨市総合戦略推進計画 KPIの実績（2023年度） - 山梨市役所</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
thead th {{ background: #d9d9d9; }}
tbody th {{ background: #f2f2f2; text-align: left; font-weight: normal; }}
td {{ text-align: right; }}
</style>
</head>
<body>
<p>現在地 トップページ &gt; 分類でさがす &gt; 市政 &gt; 市の計画・ビジョン &gt; 総合戦略</p>
<h1>第2期山梨市総合戦略推進計画　KPIの実績（2023年度）</h1>
<p>ページID：0004127　更新日：2024年10月1日</p>
<p>本市は、山梨県の北東部、甲府盆地の東部に位置し、都心から約100km圏にあります。市の面積の8割を森林が占め、2019年にはユネスコエコパークに登録されました。南部に広がる桃・ぶどうの果樹地帯は、2017年に日本農業遺産に認定されています。人口は2000年の39,797人から減少が続き、2019年には33,420人となりました。</p>
<p>第2期山梨市総合戦略推進計画（計画期間5年間）に掲げた重要業績評価指標（KPI）について、2023年度までの実績を取りまとめました。表の各欄は、その年度の「目標／実績」を示しています。</p>
<h2>KPIの年度別の目標と実績</h2>
<table>
<thead>
{head1}</tr>
{head2}
</thead>
<tbody>
{body}
</tbody>
</table>
<p>※6年度の実績は、2025年度に公表します。</p>
<p>※KPI②は、新型コロナウイルス感染症の影響により2年度から大きく減少しました。</p>
<p>※KPI③は、移住・定住相談窓口（2016年4月開設）で受け付けた相談の件数です。</p>
<p>※KPI④の2年度は、年度別の目標を定めていません。</p>
<p>お問い合わせ　山梨市役所 政策秘書課</p>
</body>
</html>
"""


def yamanashi() -> Path:
    path = HERE / "yamanashi_kpi_jisseki_2023.html"
    path.write_bytes(yamanashi_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (miyada, ikeda, minamiboso):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {yamanashi().name}")


if __name__ == "__main__":
    main()
