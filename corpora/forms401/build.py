"""Build the documents of forms401/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/umi_jissen_shihyo_r5.xlsx`` and its PDF, a 成果指標の進捗状況 of the 第7次宇美町総合計画 前期実践計画
  in the manner of 宇美町 (福岡県糟屋郡): form fields over one grid whose right-most column
  ``前年度比（R5－R4）`` holds differences (``＋13``, ``△30``) that are no values, and an actual cell
  holding only ``※``, which a note under the grid explains (no measurement that year);
* ``source/shimanto_shinko_shihyo_r5.xlsx`` and its PDF, a 施策別成果指標の達成状況 of the 第2次四万十町
  総合振興計画 in the manner of 四万十町 (高知県高岡郡): no 単位 column; shaded group rows inside the grid
  (``農業（単位：ｔ）``, ``林業（単位：m³）``, ``観光（単位：千人）``) give the unit of the rows below them, and
  one actual cell mixes its value with words (``12,700（台風６号の影響）``);
* ``ginowan_kouki_shihyo_r5.xlsx`` (a document itself), a 成果指標進捗管理表 of the 第四次宜野湾市総合計画
  in the manner of 宜野湾市 (沖縄県): a 備考 that makes one row's targets running totals while its
  actuals stay single-year, a note row between the rows (a survey held every other year, blank R4
  cells), and a blank R5 actual explained by its 備考;
* ``shobara_kofukin_kpi_r5.html``, a 地方創生推進交付金 効果検証 page in the manner of 庄原市 (広島県): a
  ``<thead>`` that groups the years by role (目標値 R3–R5, then 実績値 R3–R5), increments rather than
  levels, one target ``<td colspan="3">`` spanning three years, and a 評価 column that a note says grades
  the sum of the three years' increments (so two grades differ from the R5 comparison).

The PDF steps are skipped, with a message, when ``soffice`` is not installed.
These are re-typed forms of other municipalities, not their own files (README.md, SOURCES.tsv).
The XLSX and HTML files are byte-stable (fixed document dates, zip members with a fixed timestamp).
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
LIGHT = PatternFill("solid", fgColor="EDEDED")
FONT = "IPAexGothic"
FIXED = dt.datetime(2026, 12, 7, 0, 0, 0)
STAMP = (2026, 12, 7, 0, 0, 0)


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms401/build.py"
    wb.properties.lastModifiedBy = "forms401/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    ws = wb.active
    ws.title = title
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    return wb, ws


def _put(ws, row, col, value, header=False, fmt=None, align=None, size=9, bold=False, fill=None):
    """A bordered cell; numbers stay numbers and get a number format."""
    cell = ws.cell(row=row, column=col, value=None if value == "" else value)
    cell.border = BORDER
    cell.font = Font(name=FONT, size=size, bold=bold)
    if header:
        cell.fill = SHADE
        cell.alignment = Alignment(horizontal=align or "center", vertical="center", wrap_text=True)
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        cell.alignment = Alignment(horizontal=align or "right", vertical="center")
        cell.number_format = fmt or ("#,##0" if isinstance(value, int) else "0.0")
    else:
        cell.alignment = Alignment(horizontal=align or "left", vertical="center", wrap_text=True)
    if fill is not None:
        cell.fill = fill
    return cell


def _merge(ws, r1: int, c1: int, r2: int, c2: int) -> None:
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            ws.cell(row=r, column=c).border = BORDER
    ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)


def _span(ws, row, c1, c2, value, header=False, **kw):
    cell = _put(ws, row, c1, value, header=header, **kw)
    for c in range(c1 + 1, c2 + 1):
        _put(ws, row, c, None, header=header, fill=kw.get("fill"))
    if c2 > c1:
        _merge(ws, row, c1, row, c2)
    return cell


def _down(ws, r1, r2, col, value, header=False, **kw):
    cell = _put(ws, r1, col, value, header=header, **kw)
    for r in range(r1 + 1, r2 + 1):
        _put(ws, r, col, None, header=header)
    if r2 > r1:
        _merge(ws, r1, col, r2, col)
    return cell


def _text(ws, row, col, value, bold=False, size=9, align=None):
    cell = ws.cell(row=row, column=col, value=value)
    cell.font = Font(name=FONT, size=size, bold=bold)
    cell.alignment = Alignment(horizontal=align or "left", vertical="center")
    return cell


def _para(ws, row, c1, c2, value, height, size=9):
    cell = _span(ws, row, c1, c2, value, size=size)
    cell.alignment = Alignment(horizontal="left", vertical="top", wrap_text=True)
    ws.row_dimensions[row].height = height
    return cell


def _field(ws, row, label, value, last_col, height=None):
    _put(ws, row, 1, label, header=True)
    _put(ws, row, 2, None, header=True)
    _merge(ws, row, 1, row, 2)
    cell = _span(ws, row, 3, last_col, value)
    if height:
        cell.alignment = Alignment(horizontal="left", vertical="top", wrap_text=True)
        ws.row_dimensions[row].height = height


def _page(ws, orientation: str, area: str) -> None:
    ws.page_setup.orientation = orientation
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.print_area = area
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.6


def _save(wb, path: Path) -> None:
    """Save, then rewrite the zip with fixed member dates (byte-stable output)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    with zipfile.ZipFile(path) as zin:
        members = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in members:
            if name == "docProps/core.xml":
                data = re.sub(
                    rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                    rb"\g<1>2026-12-07T00:00:00Z\g<2>",
                    data,
                )
            info = zipfile.ZipInfo(name, date_time=STAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, data)


def to_pdf(xlsx: Path) -> None:
    """Convert a source XLSX to a PDF next to build.py (LibreOffice headless)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        print(f"soffice not found: {xlsx.with_suffix('.pdf').name} not rebuilt")
        return
    with tempfile.TemporaryDirectory(prefix="forms401_soffice_") as tmp:
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
# 宇美町 (福岡県糟屋郡): 第7次宇美町総合計画 前期実践計画 成果指標の進捗状況（令和5年度）
# Real: the plan's name, 令和5年度～12年度 (8年間), the 将来像, 30.21km² (about 6割 forest), 大野城跡 (665年),
# 宇美八幡宮, 37,205人 (推計人口 2024-10-01), about 20 minutes to 福岡空港. Made up: the rest.
# --------------------------------------------------------------------------------------------

UMI_ROWS = [
    (1, "観光入込客数", "千人", 412, 455, 480, 468, 520, "＋13"),
    (
        2,
        "宇美八幡宮周辺の歩行者通行量（休日１日当たり）",
        "人",
        3250,
        3410,
        3500,
        3380,
        3800,
        "△30",
    ),
    (
        3,
        "大野城跡（四王寺山）ハイキングコースの利用者数",
        "人",
        18600,
        19200,
        20000,
        "※",
        24000,
        "―",
    ),
    (4, "町の観光情報を月１回以上見る町民の割合", "％", 21.4, 23.0, 25.0, 26.3, 35.0, "＋3.3"),
    (5, "空き店舗を活用した新規出店数（累計）", "件", 2, 4, 6, 5, 12, "＋1"),
]


def umi() -> Path:
    wb, ws = _sheet("成果指標", [5, 34, 6, 10, 10, 10, 10, 10, 11])
    _text(
        ws,
        1,
        1,
        "第７次宇美町総合計画　前期実践計画　成果指標の進捗状況（令和５年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 9, "令和6年9月　宇美町", align="right")
    _field(
        ws,
        4,
        "計画の名称",
        "第7次宇美町総合計画（町の将来像「このまちが、いい。」わたしたちの誇り 宇美）",
        9,
    )
    _field(
        ws,
        5,
        "計画期間",
        "基本構想　令和5年度～令和12年度（8年間）／前期実践計画　令和5年度～令和8年度（4年間）",
        9,
    )
    _field(ws, 6, "担当課", "経営企画課", 9)
    _field(
        ws,
        7,
        "町の概要",
        "本町は福岡市の南東に位置し、面積30.21km²のおよそ6割を三郡山系などの森林が占めています。西暦665年に築かれた"
        "特別史跡大野城跡や、安産の神様として知られる宇美八幡宮があり、福岡空港へは車で約20分です。"
        "人口は37,205人（2024年10月1日推計）です。",
        9,
        height=48,
    )
    _text(ws, 9, 1, "基本目標１　歴史と自然を生かしたにぎわいのまち", bold=True, size=11)
    r = 10
    _down(ws, r, r + 1, 1, "No.", header=True)
    _down(ws, r, r + 1, 2, "成果指標", header=True)
    _down(ws, r, r + 1, 3, "単位", header=True)
    _put(ws, r, 4, "現状値", header=True)
    _put(ws, r + 1, 4, "（R3）", header=True)
    _put(ws, r, 5, "令和4年度", header=True)
    _put(ws, r + 1, 5, "実績", header=True)
    _span(ws, r, 6, 7, "令和5年度", header=True)
    _put(ws, r + 1, 6, "目標", header=True)
    _put(ws, r + 1, 7, "実績", header=True)
    _put(ws, r, 8, "目標値", header=True)
    _put(ws, r + 1, 8, "（R8）", header=True)
    _put(ws, r, 9, "前年度比", header=True)
    _put(ws, r + 1, 9, "（R5－R4）", header=True)
    r += 2
    for no, name, unit, *vals, diff in UMI_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for i, v in enumerate(vals):
            _put(ws, r, 4 + i, v, align="center" if v == "※" else None)
        _put(ws, r, 9, diff, align="right")
        ws.row_dimensions[r].height = 28
        r += 1
    notes = [
        "※No.3は、令和5年7月から令和6年2月まで登山道の災害復旧工事によりコースを閉鎖し、通年の計測ができなかったため、令和5年度の実績値を「※」としています。",
        "・前年度比は、令和5年度実績値と令和4年度実績値の差です（△は減少）。No.1の前年度比の単位は千人です。",
        "・現状値は前期実践計画策定時（令和3年度）の実績値です。No.5は平成30年度からの累計です。",
    ]
    for note in notes:
        r += 1
        _para(ws, r, 1, 9, note, 26)
    _page(ws, "portrait", f"A1:I{r}")
    path = SOURCE / "umi_jissen_shihyo_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 四万十町 (高知県高岡郡): 第2次四万十町総合振興計画 施策別成果指標の達成状況（令和5年度実績）
# Real: the plan's name, 担当 企画課, the merger of 窪川町・大正町・十和村 on 平成18年3月20日, 642.28km², 林野 約87%,
# ショウガ (生産量日本一) and 仁井田米, 四万十ひのき. Made up: the 後期 period, the 政策/施策 wording, all values.
# --------------------------------------------------------------------------------------------

SM_GROUPS = [
    (
        "農業（単位：ｔ）",
        "３－１\n農業の振興",
        [
            (
                "ショウガの出荷量",
                13800,
                12950,
                13420,
                13900,
                "12,700（台風６号の影響）",
                14500,
                "JA取扱分",
            ),
            ("仁井田米の町外出荷量", 820, 860, 905, 930, 940, 1000, ""),
        ],
    ),
    (
        "林業（単位：m³）",
        "３－２\n林業の振興",
        [("四万十ひのきの素材生産量", 58200, 60100, 61500, 63000, 62800, 70000, "森林組合調べ")],
    ),
    (
        "観光（単位：千人）",
        "３－３\n観光の振興",
        [("道の駅・観光施設の入込客数", 612, 388, 455, 520, 536, 650, "町内12施設の合計")],
    ),
]


def shimanto() -> Path:
    wb, ws = _sheet("施策別成果指標", [13, 30, 11, 11, 11, 11, 20, 11, 18])
    _text(
        ws,
        1,
        1,
        "第２次四万十町総合振興計画　施策別成果指標の達成状況（令和５年度実績）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 9, "令和6年8月　四万十町企画課", align="right")
    _field(ws, 4, "計画の名称", "第2次四万十町総合振興計画", 9)
    _field(
        ws,
        5,
        "計画期間",
        "基本構想　平成29年度～令和8年度（10年間）／後期基本計画　令和4年度～令和8年度",
        9,
    )
    _field(ws, 6, "担当課", "企画課", 9)
    _field(
        ws,
        7,
        "町の概要",
        "平成18年3月20日に窪川町・大正町・十和村の2町1村が合併して誕生。総面積642.28km²のうち林野が約87％を占め、"
        "四万十川の中流域に集落が点在する。生産量日本一のショウガ、仁井田米、四万十ひのきが主な産品。",
        9,
        height=34,
    )
    _text(ws, 9, 1, "■政策３　山・川・海の恵みを生かした産業のまち", bold=True, size=11)
    r = 10
    _down(ws, r, r + 1, 1, "施策", header=True)
    _down(ws, r, r + 1, 2, "成果指標", header=True)
    _put(ws, r, 3, "基準値", header=True)
    _put(ws, r + 1, 3, "（H30）", header=True)
    _span(ws, r, 4, 5, "実績値", header=True)
    _put(ws, r + 1, 4, "2021（R3）", header=True)
    _put(ws, r + 1, 5, "2022（R4）", header=True)
    _span(ws, r, 6, 7, "2023（R5）年度", header=True)
    _put(ws, r + 1, 6, "目標", header=True)
    _put(ws, r + 1, 7, "実績", header=True)
    _put(ws, r, 8, "目標値", header=True)
    _put(ws, r + 1, 8, "（R8）", header=True)
    _down(ws, r, r + 1, 9, "備考", header=True)
    r += 2
    for group, shisaku, rows in SM_GROUPS:
        _span(ws, r, 1, 9, group, fill=LIGHT, bold=True)
        r += 1
        first = r
        for name, *vals, note in rows:
            _put(ws, r, 2, name)
            for i, v in enumerate(vals):
                _put(ws, r, 3 + i, v, align="right")
            _put(ws, r, 9, note)
            ws.row_dimensions[r].height = 30
            r += 1
        _down(ws, first, r - 1, 1, shisaku, align="center")
    notes = [
        "※単位は、区分（農業・林業・観光）ごとに網掛けの行に記載しています。",
        "※基準値は平成30年度の実績値です。令和4年度の観光施設入込客数は、新型コロナウイルス感染症の影響が残っています。",
    ]
    for note in notes:
        r += 1
        _para(ws, r, 1, 9, note, 16)
    _page(ws, "landscape", f"A1:I{r}")
    path = SOURCE / "shimanto_shinko_shihyo_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 宜野湾市 (沖縄県): 第四次宜野湾市総合計画 後期基本計画 成果指標進捗管理表（令和5年度）
# Real: the plan's name, the 基本構想's period (平成29年度～令和6年度, 8年間), the 将来都市像, 基本目標4's wording,
# the 105,000人 frame for 令和6年度 and 100,165人 (令和3年5月末). Made up: the 課, all values and notes.
# --------------------------------------------------------------------------------------------

GW_ROWS = [
    (1, "市内ホテル等の宿泊者数", "人", 182400, 96300, 151800, 201500, 190000, 220000, ""),
    (
        2,
        "創業支援による新規創業件数",
        "件",
        38,
        42,
        45,
        51,
        150,
        200,
        "目標値はR3からの累計、実績値は単年度",
    ),
    (
        3,
        "市内事業所の従業者数",
        "人",
        31560,
        32010,
        32400,
        "",
        32600,
        33000,
        "R5実績は経済センサス公表後に記入",
    ),
    None,
    (4, "商店街に魅力を感じる市民の割合", "％", 24.6, 26.1, "", 29.8, 30.0, 35.0, ""),
    (5, "地元産品を意識して購入している市民の割合", "％", 41.2, 43.0, "", 40.5, 46.0, 50.0, ""),
]


def ginowan() -> Path:
    wb, ws = _sheet("成果指標", [5, 32, 6, 11, 10, 10, 10, 10, 10, 26])
    _text(
        ws,
        1,
        1,
        "第四次宜野湾市総合計画　後期基本計画　成果指標進捗管理表（令和5年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 10, "令和6年7月", align="right")
    _field(
        ws,
        4,
        "計画の名称",
        "第四次宜野湾市総合計画（将来都市像「人がつながる 未来へつなげる ねたてのまち 宜野湾」）",
        10,
    )
    _field(
        ws,
        5,
        "計画期間",
        "基本構想　平成29（2017）年度～令和6（2024）年度（8年間）／後期基本計画　令和3年度～令和6年度",
        10,
    )
    _field(ws, 6, "担当課", "企画政策課", 10)
    _field(
        ws,
        7,
        "市の現状",
        "将来人口フレームは令和6（2024）年度に105,000人。令和3年5月末現在の人口は100,165人。",
        10,
    )
    _text(ws, 9, 1, "基本目標４　地域資源を活かした、活力あるまち", bold=True, size=11)
    r = 10
    _down(ws, r, r + 1, 1, "No.", header=True)
    _down(ws, r, r + 1, 2, "成果指標", header=True)
    _down(ws, r, r + 1, 3, "単位", header=True)
    _put(ws, r, 4, "策定時", header=True)
    _put(ws, r + 1, 4, "（R元）", header=True)
    _span(ws, r, 5, 7, "実績値", header=True)
    _span(ws, r, 8, 9, "目標値", header=True)
    for col, y in zip(range(5, 10), ["R3", "R4", "R5", "R5", "R6"]):
        _put(ws, r + 1, col, y, header=True)
    _down(ws, r, r + 1, 10, "備考", header=True)
    r += 2
    for row in GW_ROWS:
        if row is None:
            _span(
                ws,
                r,
                1,
                10,
                "※No.4・No.5は市民意識調査（隔年実施）の結果です。令和4年度は調査を実施していません。",
                fill=LIGHT,
            )
            r += 1
            continue
        no, name, unit, *vals, note = row
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for i, v in enumerate(vals):
            _put(ws, r, 4 + i, v)
        _put(ws, r, 10, note)
        ws.row_dimensions[r].height = 28
        r += 1
    r += 1
    _para(ws, r, 1, 10, "・策定時は後期基本計画策定時の値（令和元年度）です。", 16)
    _page(ws, "landscape", f"A1:J{r}")
    path = HERE / "ginowan_kouki_shihyo_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 庄原市 (広島県): 令和5年度 地方創生推進交付金事業の効果検証結果 (a web page)
# Real: the merger of 1市6町 on 平成17年3月31日, 1,246.49km² (the largest west of 近畿), 比婆牛's GI (令和元年,
# the first 和牛 in 中四国), the 製材工場 opened in 令和6年4月, 国営備北丘陵公園. Made up: the plan, 課, values.
# --------------------------------------------------------------------------------------------

SB_ROWS = [
    ("①", "比婆牛の年間出荷頭数", "頭", "410", ["20", "25", "30"], ["18", "24", "31"], "未達成"),
    (
        "②",
        "市内製材所への庄原産材の出荷量",
        "m³",
        "0",
        ["―", "1,000", "3,000"],
        ["―", "850", "2,400"],
        "未達成",
    ),
    ("③", "地域産品を使った新商品の開発件数", "件", "2", ["3"], ["3", "2", "4"], "達成"),
    (
        "④",
        "移住相談を経て市内に移住した世帯数",
        "世帯",
        "12",
        ["5", "5", "6"],
        ["4", "7", "5"],
        "達成",
    ),
]


def shobara_html() -> str:
    rows = []
    for label, name, unit, base, targets, actuals, grade in SB_ROWS:
        if len(targets) == 1:
            tcells = f'<td colspan="3" class="num">{targets[0]}</td>'
        else:
            tcells = "".join(f'<td class="num">{v}</td>' for v in targets)
        acells = "".join(f'<td class="num">{v}</td>' for v in actuals)
        rows.append(
            f'      <tr>\n        <th scope="row">{label}{name}</th>\n        <td>{unit}</td>\n'
            f'        <td class="num">{base}</td>\n        {tcells}\n        {acells}\n        <td>{grade}</td>\n      </tr>'
        )
    body = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>令和５年度 地方創生推進交付金事業の効果検証結果 - 庄原市</title>
<style>
  body {{ font-family: "Noto Sans CJK JP", sans-serif; max-width: 960px; margin: 0 auto; }}
  table {{ border-collapse: collapse; }}
  th, td {{ border: 1px solid #666; padding: 4px 8px; }}
  thead th {{ background: #e8eef4; }}
  td.num {{ text-align: right; }}
  dl.form dt {{ float: left; clear: left; width: 12em; font-weight: bold; }}
  dl.form dd {{ margin-left: 13em; }}
</style>
</head>
<body>
<nav class="breadcrumb">
  <ol>
    <li><a href="/">トップページ</a></li>
    <li><a href="/main/government/">市政情報</a></li>
    <li><a href="/main/government/seisaku/">政策・計画</a></li>
    <li><a href="/main/government/seisaku/chihousousei/">地方創生</a></li>
    <li>令和５年度 地方創生推進交付金事業の効果検証結果</li>
  </ol>
</nav>
<main>
<h1>令和５年度 地方創生推進交付金事業の効果検証結果</h1>
<p class="date">更新日：2024年9月27日　担当：企画振興課</p>
<p>庄原市は、平成17年3月31日に1市6町が合併して誕生した、面積1,246.49km²の近畿以西で最も広い市です。令和元年には「比婆牛」が和牛として中四国で初めて地理的表示（GI）保護制度に登録され、令和6年4月には市内に誘致した製材工場が操業を始めました。</p>
<p>本市では、地方創生推進交付金を活用した事業について、外部有識者で構成する検証会議（令和6年8月開催、委員7名）の意見を踏まえ、重要業績評価指標（KPI）の達成状況を検証しました。</p>
<dl class="form">
  <dt>地域再生計画の名称</dt><dd>比婆牛・庄原産材で稼ぐさとやま産業創生計画</dd>
  <dt>計画期間</dt><dd>令和3年4月1日～令和6年3月31日</dd>
  <dt>交付対象事業費</dt><dd>令和5年度　48,620千円（うち交付金24,310千円）</dd>
  <dt>担当課</dt><dd>企画振興課</dd>
</dl>
<h2>重要業績評価指標（KPI）の達成状況</h2>
<p>※目標値・実績値は、事業開始前からの各年度の増加分（単年度）です。</p>
<table>
  <thead>
    <tr>
      <th rowspan="2" scope="col">重要業績評価指標（KPI）</th>
      <th rowspan="2" scope="col">単位</th>
      <th rowspan="2" scope="col">事業開始前<br>（R2年度末）</th>
      <th colspan="3" scope="colgroup">目標値</th>
      <th colspan="3" scope="colgroup">実績値</th>
      <th rowspan="2" scope="col">評価</th>
    </tr>
    <tr>
      <th scope="col">R3</th><th scope="col">R4</th><th scope="col">R5</th>
      <th scope="col">R3</th><th scope="col">R4</th><th scope="col">R5</th>
    </tr>
  </thead>
  <tbody>
{body}
  </tbody>
</table>
<ul class="notes">
  <li>評価は、令和3年度から令和5年度までの実績値（増加分）の合計を、同じ期間の目標値の合計と比べて判定しています（合計が目標値の合計以上で「達成」）。</li>
  <li>②の令和3年度は製材所の受入体制が整う前のため、目標値を設定していません（―）。</li>
  <li>③の目標値は、各年度共通です。</li>
</ul>
</main>
<footer><p>庄原市役所　企画振興課</p></footer>
</body>
</html>
"""


def shobara() -> Path:
    path = HERE / "shobara_kofukin_kpi_r5.html"
    path.write_bytes(shobara_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (umi, shimanto):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {ginowan().name}")
    print(f"wrote {shobara().name}")


if __name__ == "__main__":
    main()
