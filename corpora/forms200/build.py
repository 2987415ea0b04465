"""Build the built documents of forms200/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/asahi_kpi_shinchoku_r5.xlsx``, a 第2期総合戦略 KPI 進捗表 in the manner of 旭市 (千葉県):
  form fields (計画期間, 将来都市像, 目標人口, 市の概況), one grid with a 単位 column **written in
  full-width letters, with and without a scale word** (``千ｔ``, ``千ｋＷｈ``, ``ｋＷ``, ``ｈａ``,
  ``億円``), **a ``同上`` in the 単位 column standing for the scaled unit of the row above**
  (``千ｔ``), a 備考 column of sources (``暦年（1～12月）``), money and ranks in the notes; and the PDF;
* ``source/miyashiro_jimujigyo_hyoka_r5.xlsx``, a 事務事業評価シート in the manner of 宮代町 (埼玉県):
  form fields (事務事業名, 事業番号, 担当課, 施策, 事業期間, 事業費), a 事業の概要 paragraph full of
  figures, a ``区分 | 指標`` grid of 活動指標 and 成果指標 labelled ``①``–``⑤`` **with no unit
  anywhere in the grid: the units stand only in a note under it, keyed by those labels**
  (``※単位　①回/月（月平均）　②区画　③千人　④t　⑤％``), **a per-month unit** (``回/月``), a grade
  block; and the PDF;
* ``source/otari_kpi_kensho_r5.xlsx``, a 地域再生計画 KPI 検証シート in the manner of 小谷村 (長野県):
  form fields, a grid whose KPI cells are **sentences holding the target**: **a return to a past
  year's level** (``…平成30年度の水準（48.6万人）に回復させる``), **a ceiling with two dated levels**
  (``…令和5年度に年間25人以下、令和6年度に年間20人以下に抑える``), a relative ``1割増やす`` and
  **a sum over a printed span** (``5年間（令和2～6年度）で累計30件``); values carrying their units
  (``41.2万人``, ``累計11件``); a ``（参考）`` population row; and the PDF;
* ``takahama_kpi_nendobetsu_r5.html``, a 総合戦略 KPI page in the manner of 高浜町 (福井県):
  a years-down table whose ``<thead>`` has **a ``単位`` row** (``千人``, ``軒``, ``人``, ``百万円``)
  and **a ``集計`` row of counting words** (``7～8月計``, ``年度末現在``, ``延べ``, ``年間計``) under
  the four KPI names, rows ``基準値（H30）``, ``R2`` … ``R5``, ``R5目標``, ``R6目標（最終）``, a ``―``.

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
    wb.properties.creator = "forms200/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms200/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms200_soffice_") as tmp:
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


def _notes(ws, row: int, lines: list[str], size: int = 8) -> None:
    for i, line in enumerate(lines):
        _text(ws, row + i, 1, line, size=size)


def _field(
    ws, row: int, label: str, value, c_label: tuple[int, int], c_value: tuple[int, int], height=20
):
    """A bordered form field: a shaded label merged over c_label, its value merged over c_value."""
    _span(ws, row, c_label[0], c_label[1], label, header=True)
    _span(ws, row, c_value[0], c_value[1], value, align="left")
    ws.row_dimensions[row].height = height


# --------------------------------------------------------------------------------------------
# 旭市 (千葉県): 第2期旭市総合戦略 重要業績評価指標（KPI）の進捗状況（令和5年度実績）
# --------------------------------------------------------------------------------------------

# Real (旭市 website, kurashia.jp): 第2期旭市総合戦略 (令和2年度～令和6年度), 企画政策課, the target
# population 48,000人 (令和42年（2060年）), the 将来都市像 wording, 農業産出額 県内1位 (野菜・畜産 1位,
# 米 2位), 丸干しいわし 生産量日本一, 飯岡漁港. Made up: the sheet, 基本目標 wording, every KPI, figure,
# 備考 and note. Each value is (number, number format).
AS_ROWS = [
    (
        "1",
        "農業産出額",
        "億円",
        "0.0",
        437.6,
        441.2,
        445.0,
        449.3,
        450.0,
        "市町村別農業産出額（推計）",
    ),
    ("2", "飯岡漁港の水揚量", "千ｔ", "0.00", 6.42, 5.18, 6.50, 5.87, 6.80, "暦年（1～12月）"),
    (
        "3",
        "水産加工品（丸干しいわし等）の生産量",
        "同上",
        "0.00",
        2.31,
        2.05,
        2.40,
        2.12,
        2.50,
        "暦年（1～12月）",
    ),
    (
        "4",
        "公共施設の太陽光発電設備容量（累計）",
        "ｋＷ",
        "#,##0",
        486,
        612,
        650,
        655,
        700,
        "各年度末",
    ),
    ("5", "公共施設の太陽光発電量", "千ｋＷｈ", "#,##0", 538, 694, 720, 731, 780, "年度計"),
    ("6", "遊休農地の解消面積", "ｈａ", "0.0", 8.6, 11.9, 12.0, 10.4, 15.0, "農業委員会調べ"),
]


def asahi() -> Path:
    wb, ws = _sheet("KPI進捗", [5, 36, 8, 11, 10, 10, 10, 11, 22])
    _text(
        ws,
        1,
        1,
        "第2期旭市総合戦略　重要業績評価指標（KPI）の進捗状況（令和5年度実績）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 9, "令和6年8月　旭市企画政策課", align="right")
    fields = [
        (
            "計画期間",
            "令和2年度～令和6年度（5年間）",
            "将来都市像",
            "郷土愛からつなぐ未来　ず～っと大好きなまち旭",
        ),
        (
            "目標人口",
            "48,000人（令和42年（2060年））",
            "市の概況",
            "農業産出額は県内1位（野菜・畜産は県内1位、米は県内2位）。丸干しいわしの生産量は日本一",
        ),
    ]
    r = 4
    for l1, v1, l2, v2 in fields:
        _span(ws, r, 1, 2, l1, header=True)
        _span(ws, r, 3, 5, v1, align="left")
        _span(ws, r, 6, 6, l2, header=True)
        _span(ws, r, 7, 9, v2, align="left")
        ws.row_dimensions[r].height = 30
        r += 1
    _text(
        ws, 7, 1, "基本目標１　地域資源を活かした産業を振興し、しごとをつくる", bold=True, size=11
    )
    h = 8
    for c, word in enumerate(
        [
            "No.",
            "重要業績評価指標（KPI）",
            "単位",
            "基準値（R元）",
            "R4実績",
            "R5目標",
            "R5実績",
            "目標値（R6）",
            "備考",
        ],
        start=1,
    ):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 24
    r = h + 1
    for no, name, unit, fmt, *rest in AS_ROWS:
        vals, note = rest[:-1], rest[-1]
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate(vals):
            _put(ws, r, 4 + j, v, fmt=fmt)
        _put(ws, r, 9, note, size=8)
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※No.2・3は暦年（1～12月）の値を、当該年度の欄に記載しています。",
            "※No.4は設備の容量（各年度末）、No.5は年間の発電量です。",
            "※基本目標１に係る関連事業費（R5決算）は318,460千円（うち地方創生推進交付金 96,200千円）です。",
            "※令和4年の市町村別農業産出額（推計）で、本市は全国12位、県内1位でした。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "asahi_kpi_shinchoku_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 宮代町 (埼玉県南埼玉郡): 事務事業評価シート（令和5年度実施事業）
# --------------------------------------------------------------------------------------------

# Real (atarasiimura.com, go2park.net, ameblo 2022, saitama.itot.jp): 農業公園「新しい村」, opened in
# 平成13年9月 on about 13ha for 22億円 as the base of 「農」のあるまちづくり; 森の市場「結」, 森のカフェ,
# the 集落農園「結の里」 of 67 plots, 100 kinds of herbs, the rice for newborns (20kg as 5kg×4), and
# its 農産物 for school meals. Made up: the sheet, the 事業 name and number, 課, money, every
# indicator, figure, grade and note.
MY_ROWS = [
    ("活動指標", "①農業体験・料理講座の開催回数", 3.2, 3.8, 4.0, 4.3, 4.5, "0.0"),
    ("活動指標", "②集落農園「結の里」の貸出区画数", 58, 61, 67, 64, 67, "#,##0"),
    ("成果指標", "③新しい村の来場者数", 412.5, 398.0, 420.0, 431.6, 440.0, "#,##0.0"),
    ("成果指標", "④学校給食への町内産農産物の供給量", 18.4, 19.1, 20.0, 19.6, 21.0, "0.0"),
    ("成果指標", "⑤体験講座参加者の満足度", 88.2, 90.5, 90.0, 91.3, 90.0, "0.0"),
]


def miyashiro() -> Path:
    wb, ws = _sheet("事務事業評価", [10, 38, 9, 9, 9, 9, 9])
    _text(ws, 1, 1, "令和6年度　事務事業評価シート（令和5年度実施事業）", bold=True, size=13)
    _text(ws, 2, 7, "令和6年7月　宮代町", align="right")
    fields = [
        ("事務事業名", "新しい村管理運営事業"),
        ("事業番号", "3-1-04"),
        ("担当課", "産業観光課"),
        ("施策", "「農」のあるまちづくりの推進"),
        ("事業期間", "平成13年度～（継続）"),
        ("事業費（千円）", "R4決算 48,210 ／ R5決算 49,880（うち指定管理料 41,500）"),
    ]
    r = 4
    for label, value in fields:
        _field(ws, r, label, value, (1, 1), (2, 7))
        r += 1
    _text(ws, r + 1, 1, "１　事業の目的と概要", bold=True, size=11)
    _para(
        ws,
        r + 2,
        1,
        7,
        "「農」のあるまちづくりの拠点として平成13年9月に開設した農業公園「新しい村」（約13ha、総事業費22億円）の"
        "管理運営を指定管理者に委託し、農産物直売所 森の市場「結」、森のカフェ、集落農園「結の里」（全67区画）、"
        "約100種類のハーブ園等を運営する。町内産農産物を学校給食へ供給するほか、新生児に特別栽培米20kg（5kg×4回）"
        "を贈る事業の引換えを行う。",
        48,
        border=True,
    )
    _text(ws, r + 4, 1, "２　活動指標・成果指標", bold=True, size=11)
    h = r + 5
    for c, word in enumerate(
        ["区分", "指標", "R3実績", "R4実績", "R5目標", "R5実績", "R6目標"], start=1
    ):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 22
    r = h + 1
    for kind, name, *vals, fmt in MY_ROWS:
        _put(ws, r, 1, kind, align="center")
        _put(ws, r, 2, name)
        for j, v in enumerate(vals):
            _put(ws, r, 3 + j, v, fmt=fmt)
        ws.row_dimensions[r].height = 22
        r += 1
    _merge(ws, h + 1, 1, h + 2, 1)
    _merge(ws, h + 3, 1, h + 5, 1)
    _text(ws, r, 1, "※単位　①回/月（月平均）　②区画　③千人　④t　⑤％", size=8)
    _text(
        ws,
        r + 1,
        1,
        "※③は森の市場「結」・森のカフェのレジ通過者数と体験講座参加者数の合計です。",
        size=8,
    )
    _text(ws, r + 3, 1, "３　評価", bold=True, size=11)
    _field(ws, r + 4, "一次評価", "B（概ね順調）", (1, 1), (2, 7))
    _field(ws, r + 5, "今後の方向性", "継続", (1, 1), (2, 7))
    _span(ws, r + 6, 1, 1, "評価の理由", header=True)
    _para(
        ws,
        r + 6,
        2,
        7,
        "来場者数は43万人を超え、目標を上回った。結の里は3区画の空きが生じたため、募集時期を見直す。"
        "学校給食への供給量は天候不順により目標にわずかに届かなかった（達成率98%）。",
        44,
        border=True,
    )
    _page(ws, "portrait")
    path = SOURCE / "miyashiro_jimujigyo_hyoka_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 小谷村 (長野県北安曇郡): 第2期小谷村まち・ひと・しごと創生推進計画 KPIの検証（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (furusato-funding.jp/projects/1936, japanlocal.net, the village head's 2018 message): the
# plan's name, the three ski areas and 11 温泉, 7,917人 (昭和36年) and 4,591人 (平成2年), 267.91k㎡,
# 88% forest, 53 集落, 約884,400人 (2017) against the old target of 100万人. Made up: the sheet, date,
# 課, period, every KPI sentence, figure and note.
OT_ROWS = [
    (
        "1",
        "村内3スキー場の利用者数を、令和6年度までに平成30年度の水準（48.6万人）に回復させる。",
        "41.2万人",
        "30.5万人",
        "38.7万人",
        "44.1万人",
        "R元は少雪",
    ),
    (
        "2",
        "転出超過数（社会減）を、令和5年度に年間25人以下、令和6年度に年間20人以下に抑える。",
        "38人",
        "29人",
        "33人",
        "24人",
        "住民基本台帳",
    ),
    (
        "3",
        "村営温泉施設の利用者数を、令和6年度までに令和元年度から1割増やす。",
        "12.6万人",
        "9.8万人",
        "11.4万人",
        "13.2万人",
        "村営4施設",
    ),
    (
        "4",
        "空き家バンクを通じた空き家の活用件数を、5年間（令和2～6年度）で累計30件とする。",
        "―",
        "累計11件",
        "累計17件",
        "累計24件",
        "R2開始",
    ),
]


def otari() -> Path:
    wb, ws = _sheet("KPI検証", [5, 58, 10, 10, 10, 10, 12])
    _text(
        ws,
        1,
        1,
        "第2期小谷村まち・ひと・しごと創生推進計画　重要業績評価指標（KPI）の検証（令和5年度）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 7, "令和6年9月　小谷村総務課", align="right")
    fields = [
        ("地域再生計画の名称", "第2期小谷村まち・ひと・しごと創生推進計画"),
        ("計画期間", "令和2年4月1日～令和7年3月31日"),
        (
            "村の概況",
            "長野県の最西北端、面積267.91k㎡（うち森林88%）に53の集落が散在する。栂池高原・白馬乗鞍温泉・白馬コルチナの"
            "3スキー場と11の温泉を持つ。人口は昭和36年の7,917人から平成2年には4,591人に減少した。",
        ),
        ("観光客数", "平成29年 約88万4千人（前年 約89万7千人）。旧計画の目標は100万人"),
    ]
    r = 4
    for label, value in fields:
        _field(ws, r, label, value, (1, 2), (3, 7), height=44 if label == "村の概況" else 20)
        r += 1
    _text(ws, r + 1, 1, "■重要業績評価指標（KPI）と実績", bold=True, size=11)
    h = r + 2
    for c, word in enumerate(
        [
            "No.",
            "重要業績評価指標（KPI）と目標",
            "基準値（R元）",
            "R3実績",
            "R4実績",
            "R5実績",
            "備考",
        ],
        start=1,
    ):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 22
    r = h + 1
    for no, sentence, *vals, note in OT_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, sentence)
        for j, v in enumerate(vals):
            _put(ws, r, 3 + j, v, align="center" if v == "―" else "right")
        _put(ws, r, 7, note, size=8)
        ws.row_dimensions[r].height = 32
        r += 1
    _put(ws, r, 1, "", fill=LIGHT)
    _put(ws, r, 2, "（参考）村の人口（各年4月1日現在）", fill=LIGHT)
    for j, v in enumerate(["2,921人", "2,812人", "2,744人", "2,671人"]):
        _put(ws, r, 3 + j, v, align="right", fill=LIGHT)
    _put(ws, r, 7, "住民基本台帳", size=8, fill=LIGHT)
    ws.row_dimensions[r].height = 22
    _notes(
        ws,
        r + 2,
        [
            "※No.1の平成30年度の利用者数（48.6万人）は、村内3スキー場の索道事業者からの報告によります。",
            "※No.3の目標（令和元年度から1割増）は、約13.9万人に相当します。",
            "※No.4は令和2年度からの累計です。令和5年度の関連事業費は12,840千円でした。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "otari_kpi_kensho_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 高浜町 (福井県大飯郡): 高浜町まち・ひと・しごと創生総合戦略 KPIの年度別推移
# --------------------------------------------------------------------------------------------

# Real (wakasa-takahama.jp, 福井新聞 2019, 中日新聞 2015, 総務省 地域の元気 2017): 若狭和田海水浴場's
# ブルーフラッグ in 2016 (アジア初), 8 海水浴場 in the town, about 120万人 of bathers in 1985 and 16万人 in
# 2014, 700 minshuku in the 1970s and 140 now, the 海岸を守り育てる条例 (平成26年4月), the daily beach
# clean by the life savers from 平成27年. Made up: the page, 課, 基本目標 wording, every KPI, figure and note.
TK_HEAD = [
    ("KPI①", "若狭和田海水浴場の海水浴客数", "千人", "7～8月計"),
    ("KPI②", "町内の民宿・旅館の営業軒数", "軒", "年度末現在"),
    ("KPI③", "ビーチクリーン参加者数", "人", "延べ"),
    ("KPI④", "ふるさと納税の寄附額", "百万円", "年間計"),
]
TK_ROWS = [
    ("基準値（H30）", "182.4", "142", "2,860", "152"),
    ("R2", "61.3", "131", "―", "318"),
    ("R3", "88.0", "127", "1,420", "405"),
    ("R4", "141.6", "124", "2,315", "486"),
    ("R5", "168.9", "121", "3,042", "522"),
    ("R5目標", "180.0", "130", "2,900", "480"),
    ("R6目標（最終）", "200.0", "135", "3,000", "500"),
]


def takahama_html() -> str:
    names = "".join(f"<th>{label}<br>{name}</th>" for label, name, _, _ in TK_HEAD)
    units = "".join(f"<td>{unit}</td>" for _, _, unit, _ in TK_HEAD)
    ways = "".join(f"<td>{way}</td>" for _, _, _, way in TK_HEAD)
    rows = []
    for label, *vals in TK_ROWS:
        cls = ' class="goal"' if "目標" in label else ""
        rows.append(
            f'<tr{cls}><th scope="row">{label}</th>'
            + "".join(f'<td class="num">{v}</td>' for v in vals)
            + "</tr>"
        )
    body = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>KPIの年度別推移（まち・ひと・しごと創生総合戦略） - 高浜町</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 8px; }}
thead th, thead td {{ background: #d9d9d9; text-align: center; }}
thead tr.sub td {{ background: #f2f2f2; font-size: 9pt; }}
tbody th {{ text-align: left; font-weight: normal; }}
tr.goal {{ background: #f2f2f2; }}
td.num {{ text-align: right; }}
</style>
</head>
<body>
<p>ホーム &gt; 町政情報 &gt; 計画・行政評価 &gt; まち・ひと・しごと創生総合戦略</p>
<h1>KPIの年度別推移（高浜町まち・ひと・しごと創生総合戦略）</h1>
<p>更新日：令和6年10月1日　担当：総合政策課</p>
<p>町内には8つの海水浴場があり、昭和60年（1985年）には約120万人の海水浴客が訪れましたが、平成26年（2014年）の夏には16万人まで減少し、1970年代に700軒あった民宿も140軒になりました。町は「海岸を守り育てる条例」（平成26年4月施行）を定め、平成28年（2016年）には若狭和田海水浴場がアジアで初めて国際環境認証「ブルーフラッグ」を取得しました。</p>
<p>第2期総合戦略（令和2年度～令和6年度）の重要業績評価指標（KPI）のうち、観光に関する4項目の推移をお知らせします。</p>
<h2>基本目標２　海と食を活かした観光で新しいひとの流れをつくる</h2>
<table>
<thead>
<tr><th>区分</th>{names}</tr>
<tr class="sub"><th>単位</th>{units}</tr>
<tr class="sub"><th>集計</th>{ways}</tr>
</thead>
<tbody>
{body}
</tbody>
</table>
<p>※KPI③の令和2年度は、新型コロナウイルス感染症の影響でビーチクリーンを中止したため「―」としています。</p>
<p>※KPI④の令和5年度の寄附件数は21,384件、返礼品の提供事業者は68社でした。</p>
<p>※「R5目標」は各年度の目標のうち令和5年度の値、「R6目標（最終）」は計画期間の最終年度の目標です。</p>
</body>
</html>
"""


def takahama() -> Path:
    path = HERE / "takahama_kpi_nendobetsu_r5.html"
    path.write_bytes(takahama_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (asahi, miyashiro, otari):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {takahama().name}")


if __name__ == "__main__":
    main()
