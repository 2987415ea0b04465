"""Build the documents of forms484/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/ritto_senryaku2_kpi_r5.xlsx`` and its PDF: a 第2期総合戦略 KPI 進捗 sheet in the manner of 栗東市
  (滋賀県), landscape: 基本目標 cells merged down, ``実績値`` over ``R2 … R5 | R6（見込）``, a ``千人`` unit, a
  ``進捗率`` column that holds no values of the indicators, and a note row between the rows that makes two
  indicators' figures calendar years;
* ``source/kashiba_jimujigyo_bunka_r5.xlsx`` and its PDF: a 基本事務事業評価シート in the manner of 香芝市
  (奈良県), portrait: years without their era (``元年度`` … ``４年度``), every year cell holding
  ``計画／実績`` as two numbers, ``中止``, ``―`` and ``（速報値）`` after a number;
* ``atami_senryaku_chukan_h29.xlsx`` (a workbook left as it is): a 総合戦略 中間評価 sheet in the manner
  of 熱海市 (静岡県): two tables on one sheet, the second naming its 戦略 by number only, a ``基準年`` column,
  values with their units in the cells, ``延べ``, ``万人`` and an A/B/C 評価 with its legend;
* ``tokoname_senryaku2_kpi_r5.html``: a 第2期総合戦略 page in the manner of 常滑市 (愛知県): a ``区分``
  column mixing 数値目標 and KPI rows, a ``備考`` column whose words make one value a 見込 and one row
  running totals, ``▲``, ``万人`` and ``―``.

The PDF steps are skipped, with a message, when ``soffice`` is not installed.
These are re-typed forms of other municipalities, not their own files (README.md, SOURCES.tsv).
The XLSX and HTML files are byte-stable: fixed document dates, and the zip members are rewritten
with a fixed timestamp. The PDFs carry LibreOffice's creation date, so they differ by that only.
"""
# ruff: noqa: E501, B905

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
FONT = "IPAexGothic"
FIXED = dt.datetime(2026, 12, 7, 0, 0, 0)


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms484/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms484/build.py"
    ws = wb.active
    ws.title = title
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    return wb, ws


def _put(ws, row, col, value, header=False, fmt=None, align=None, size=9, bold=False, fill=None):
    """A bordered cell. Numbers stay numbers, with a number format."""
    cell = ws.cell(row=row, column=col, value=None if value == "" else value)
    cell.border = BORDER
    cell.font = Font(name=FONT, size=size, bold=bold)
    if header:
        cell.fill = SHADE
        cell.alignment = Alignment(horizontal=align or "center", vertical="center", wrap_text=True)
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        cell.alignment = Alignment(horizontal=align or "right", vertical="center")
        cell.number_format = fmt or ("#,##0" if isinstance(value, int) else "#,##0.0")
    else:
        cell.alignment = Alignment(horizontal=align or "left", vertical="center", wrap_text=True)
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


def _field(ws, row, label, c_label, c1, c2, value, height=18):
    """A form field: a shaded label cell and a bordered value merged over c1..c2."""
    _span(ws, row, c_label, c1 - 1, label, header=True)
    _span(ws, row, c1, c2, value)
    ws.cell(row=row, column=c1).alignment = Alignment(
        horizontal="left", vertical="center", wrap_text=True
    )
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
                    rb"\g<1>2026-12-07T00:00:00Z\g<2>",
                    data,
                )
            info = zipfile.ZipInfo(name, date_time=(2026, 12, 7, 0, 0, 0))
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
    with tempfile.TemporaryDirectory(prefix="forms484_soffice_") as tmp:
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


def _val(ws, r, c, v, fill=None):
    """A value cell: numbers right-aligned, words centred."""
    if isinstance(v, str) and v:
        return _put(ws, r, c, v, align="center" if len(v) <= 4 else "right", fill=fill)
    return _put(ws, r, c, v, fill=fill)


# --------------------------------------------------------------------------------------------
# 瑞浪市 (岐阜県): 第6次瑞浪市総合計画 まちづくりの指標 最終実績一覧（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (city page 1002913, tononews 2022-04-28, 意見募集 page 1002658): the plan's name, its period
# (平成26年度～平成35年度 = 令和5年度), the 基本計画 review from 平成31年度, the 将来都市像, 企画政策課, the
# 重点方針『3プラス1』, the 第7次 plan (令和6年度～令和15年度) and its 審議会 of 24 members.
# Made up: the sheet, every indicator, figure and note.
MZ_YEARS = ["H30", "H31・R元", "R2", "R3", "R4", "R5"]
MZ_ROWS = [
    # (No., 指標名, 単位, 策定時, targets by year index, actuals by year)
    (1, "転入者数", "人", 1180, {0: 1250, 5: 1300}, [1205, 1190, 1102, 1148, 1221, 1236]),
    (2, "観光入込客数", "千人", 1520, {0: 1600, 5: 1700}, [1588, 1612, 824, 951, 1310, 1496]),
    (
        3,
        "地域の防災訓練への参加者数",
        "人",
        4210,
        {0: 4800, 5: 5200},
        [4655, 4920, "中止", "中止", 3870, 5310],
    ),
    (
        4,
        "特定健康診査の受診率",
        "％",
        38.5,
        {0: 45.0, 5: 60.0},
        [44.1, 45.3, 39.8, 42.6, 44.9, "集計中"],
    ),
    (
        5,
        "「瑞浪市に愛着を感じる」市民の割合",
        "％",
        72.0,
        {0: 75.0, 5: 80.0},
        [74.2, "―", 76.8, "―", 78.5, "―"],
    ),
]


# --------------------------------------------------------------------------------------------
# 栗東市 (滋賀県): 第2期栗東市総合戦略 重要業績評価指標（KPI）の進捗状況（令和５年度実績）
# --------------------------------------------------------------------------------------------

# Real (city pages 15658 and koho 2301/2401, stampfactory): the 第1期 (平成27～31年度) and 第2期 (令和2～6年度)
# 総合戦略, the 企画政策課 (the page's path), 市制 2001年10月1日, 6万5千人 in 2011, the 栗東トレーニング・センター,
# 「馬のまち」 and はかり. Made up: the sheet, the 基本目標 wording, every indicator, figure and note.
RT_GOALS = [
    ("基本目標１\n働きたい・働き続けたいまち", [1, 2]),
    ("基本目標２\n訪れたい・関わりたいまち", [3, 4]),
    ("基本目標３\n子育てしたい・住み続けたいまち", [5]),
]
RT_ROWS = {
    # No.: (KPI, 単位, 基準値, [R2, R3, R4, R5, R6見込], 目標値, 進捗率)
    1: ("市内事業所の従業者数", "人", 34120, [34560, 34310, 34880, 35240, 35600], 36000, "98.9%"),
    2: ("創業支援による創業件数", "件", 12, [9, 14, 15, 17, 21], 20, "105.0%"),
    3: ("観光入込客数", "千人", 1512, [702, 958, 1180, 1406, 1520], 1600, "95.0%"),
    4: ("馬とふれあうイベントの参加者数", "人", 1850, ["―", 620, 1430, 2105, 2300], 2400, "95.8%"),
    5: ("合計特殊出生率", "―", 1.71, [1.62, 1.58, 1.55, 1.52, "―"], 1.75, "―"),
}
RT_NOTE = "※　No.３（観光入込客数）及びNo.５（合計特殊出生率）の数値は暦年（１月～12月）の集計です（例：R5＝令和5年1月～12月）。その他は年度の数値です。"


def _rt_val(ws, r, c, v, unit):
    if isinstance(v, float) or unit == "―":
        return _put(ws, r, c, v, fmt="0.00") if not isinstance(v, str) else _val(ws, r, c, v)
    return _val(ws, r, c, v)


def ritto() -> Path:
    wb, ws = _sheet("KPI進捗", [5, 20, 30, 6, 10, 9, 9, 9, 9, 10, 10, 12])
    _text(
        ws,
        1,
        1,
        "第２期栗東市総合戦略　重要業績評価指標（ＫＰＩ）の進捗状況（令和５年度実績）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 12, "令和6年8月", align="right")
    _field(ws, 3, "計画の名称", 1, 3, 6, "第２期栗東市総合戦略")
    _field(ws, 3, "担当課", 7, 9, 12, "政策推進部　企画政策課")
    _field(ws, 4, "計画期間", 1, 3, 6, "令和2年度～令和6年度（5年間）")
    _field(ws, 4, "評価時点", 7, 9, 12, "令和6年3月31日（R6は見込）")
    _field(
        ws,
        5,
        "市の現状",
        1,
        3,
        12,
        "本市は2001年（平成13年）10月1日に市制を施行しました。日本中央競馬会の栗東トレーニング・センターが立地する「馬のまち」として知られ、"
        "はかりの生産も盛んです。人口は2011年に6万5千人に達するなど増加を続けてきましたが、近年は増加率が足踏みし、子育て世代の転出が課題となっています。",
        height=40,
    )
    _text(ws, 7, 1, "■基本目標ごとの重要業績評価指標（ＫＰＩ）", bold=True, size=11)
    heads = ["No.", "基本目標", "ＫＰＩ", "単位", "基準値\n（H30）"]
    for i, h in enumerate(heads, start=1):
        _put(ws, 8, i, h, header=True)
        _put(ws, 9, i, None, header=True)
        _merge(ws, 8, i, 9, i)
    _span(ws, 8, 6, 10, "実績値", header=True)
    for i, h in enumerate(["R2", "R3", "R4", "R5", "R6（見込）"], start=6):
        _put(ws, 9, i, h, header=True)
    for i, h in [(11, "目標値\n（R6）"), (12, "進捗率\n（R6見込／目標）")]:
        _put(ws, 8, i, h, header=True)
        _put(ws, 9, i, None, header=True)
        _merge(ws, 8, i, 9, i)
    ws.row_dimensions[8].height = 20
    ws.row_dimensions[9].height = 24
    r = 10
    for goal, nos in RT_GOALS:
        top = r
        for no in nos:
            name, unit, base, acts, target, rate = RT_ROWS[no]
            _put(ws, r, 1, no, align="center")
            _put(ws, r, 2, goal if r == top else None)
            _put(ws, r, 3, name)
            _put(ws, r, 4, unit, align="center")
            _rt_val(ws, r, 5, base, unit)
            for j, v in enumerate(acts):
                _rt_val(ws, r, 6 + j, v, unit)
            _rt_val(ws, r, 11, target, unit)
            _put(ws, r, 12, rate, align="center" if rate == "―" else "right")
            ws.row_dimensions[r].height = 34 if no == 5 else 26
            r += 1
            if no == 3:
                _span(ws, r, 3, 12, RT_NOTE, size=8, fill=LIGHT)
                _put(ws, r, 1, None)
                _put(ws, r, 2, None)
                ws.row_dimensions[r].height = 18
                r += 1
        if r - 1 > top:
            _merge(ws, top, 2, r - 1, 2)
        ws.cell(row=top, column=2).alignment = Alignment(
            horizontal="left", vertical="center", wrap_text=True
        )
    _text(ws, r + 1, 1, "※　進捗率は、R6見込値を目標値で除したものです。", size=8)
    _text(
        ws,
        r + 2,
        1,
        "※　No.４のR2は新型コロナウイルス感染症の影響によりイベントを開催していません。",
        size=8,
    )
    _page(ws, "landscape")
    path = SOURCE / "ritto_senryaku2_kpi_r5.xlsx"
    _save(wb, path)
    print(f"wrote source/{path.name}")
    return path


# --------------------------------------------------------------------------------------------
# 香芝市 (奈良県): 令和５年度 基本事務事業評価シート「文化、芸術活動への支援」
# --------------------------------------------------------------------------------------------

# Real (the 平成25年度 基本事務事業評価シート on paperzz 6683208, 香芝市 pages): the sheet's name and fields, the
# 基本事務事業 文化、芸術活動への支援 (063103), 政策 06 / 施策 31 and their wording, 市民経済部 市民協働課, the purpose
# sentence, 二上山 and about 78,000 inhabitants. Made up: the year, every indicator, figure and note.
KS_YEARS = ["元年度", "２年度", "３年度", "４年度"]
KS_ROWS = [
    # (区分, label, 指標名, 単位, [(計画, 実績) by year], ５年度計画)
    (
        "活動指標",
        "①",
        "文化団体活動補助金の交付件数",
        "件",
        [("30", "30"), ("30", "12"), ("30", "18"), ("28", "25")],
        "28",
    ),
    (
        "活動指標",
        "②",
        "ふたかみ文化センターの利用者数",
        "人",
        [("85,000", "81,432"), ("85,000", "23,150"), ("60,000", "41,870"), ("70,000", "72,318")],
        "75,000",
    ),
    (
        "成果指標",
        "③",
        "市民文化祭の来場者数",
        "人",
        [("4,000", "3,812"), ("4,000", "中止"), ("4,000", "1,950"), ("4,000", "3,540")],
        "4,000",
    ),
    (
        "成果指標",
        "④",
        "文化・芸術活動に参加している市民の割合",
        "％",
        [("25.0", "21.4"), ("25.0", "―"), ("25.0", "18.9"), ("27.0", "22.6（速報値）")],
        "27.0",
    ),
]


def kashiba() -> Path:
    wb, ws = _sheet("評価シート", [9, 4, 26, 6, 12, 12, 12, 14, 10])
    _text(
        ws,
        1,
        1,
        "令和５年度　基本事務事業評価シート（令和４年度実施事業の事後評価）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 9, "作成日　令和5年8月10日", align="right")
    _field(ws, 3, "基本事務事業名", 1, 3, 6, "文化、芸術活動への支援")
    _field(ws, 3, "整理番号", 7, 8, 9, "063103")
    _field(ws, 4, "部局名", 1, 3, 6, "市民経済部")
    _field(ws, 4, "課名", 7, 8, 9, "市民協働課")
    _field(ws, 5, "政策", 1, 3, 9, "06　みんなで創る豊かで将来性のあるまち")
    _field(ws, 6, "施策", 1, 3, 9, "31　文化・国際交流への取り組みの推進")
    _text(ws, 8, 1, "１．基本事務事業の目的と現状", bold=True, size=10)
    _para(
        ws,
        9,
        1,
        9,
        "文化、芸術活動への支援を行うことによって、香芝市の学術・芸術・文化の振興を図る。市内の登録文化団体は42団体（令和5年4月1日現在）で、"
        "二上山のふもとに広がる本市（人口約7万8千人）では、市民文化祭（例年11月、2日間）を中心に団体の発表の場を設けている。"
        "ふたかみ文化センターは令和3年10月から令和4年3月まで大ホールの改修工事のため一部休館した。",
        48,
        border=True,
    )
    _text(ws, 11, 1, "２．指標の推移", bold=True, size=10)
    _put(ws, 12, 1, "区分", header=True)
    _span(ws, 12, 2, 3, "指標名", header=True)
    _put(ws, 12, 4, "単位", header=True)
    for j, y in enumerate(KS_YEARS):
        _put(ws, 12, 5 + j, y, header=True)
    _put(ws, 12, 9, "５年度", header=True)
    for c in range(1, 5):
        _put(ws, 13, c, None, header=True)
        _merge(ws, 12, c, 13, c) if c != 2 else None
    _merge(ws, 12, 2, 13, 3)
    for j in range(4):
        _put(ws, 13, 5 + j, "計画／実績", header=True)
    _put(ws, 13, 9, "計画", header=True)
    r = 14
    for kind in ("活動指標", "成果指標"):
        top = r
        for k, label, name, unit, pairs, plan5 in KS_ROWS:
            if k != kind:
                continue
            _put(ws, r, 1, kind if r == top else None, align="center")
            _put(ws, r, 2, label, align="center")
            _put(ws, r, 3, name)
            _put(ws, r, 4, unit, align="center")
            for j, (p, a) in enumerate(pairs):
                _put(ws, r, 5 + j, f"{p}／{a}", align="right")
            _put(ws, r, 9, plan5, align="right")
            ws.row_dimensions[r].height = 22
            r += 1
        _merge(ws, top, 1, r - 1, 1)
        ws.cell(row=top, column=1).alignment = Alignment(
            horizontal="center", vertical="center", wrap_text=True
        )
    _text(
        ws,
        r,
        1,
        "※　各年度欄は「計画値／実績値」の順に記載。③の２年度は新型コロナウイルス感染症の影響により市民文化祭を中止。",
        size=8,
    )
    _text(
        ws,
        r + 1,
        1,
        "※　④は市民意識調査による。２年度は調査を実施していない。４年度実績は速報値（確定値は令和5年10月公表予定）。",
        size=8,
    )
    _text(ws, r + 3, 1, "３．評価（Check）", bold=True, size=10)
    _field(ws, r + 4, "有効性", 1, 3, 9, "成果指標は回復傾向にあるが、計画値には達していない。")
    _field(ws, r + 5, "今後の方向性", 1, 3, 9, "現状維持（団体の発表機会の拡充を検討）")
    _page(ws, "portrait")
    path = SOURCE / "kashiba_jimujigyo_bunka_r5.xlsx"
    _save(wb, path)
    print(f"wrote source/{path.name}")
    return path


# --------------------------------------------------------------------------------------------
# 熱海市 (静岡県): 熱海市まち・ひと・しごと創生総合戦略 中間評価（平成29年度末）
# --------------------------------------------------------------------------------------------

# Real (伊豆新聞 2017-09-30 and 2018-11-21): the strategy and its period (2015～2019年度), its 5 戦略 and 12 目標,
# the three 戦略 names used here, the 企画財政課, 中間評価, 観光客数 and 起業件数 over their targets, 奨学金 and
# 待機児童ゼロ, and "5項目中2項目". Made up: the sheet, every figure, the 評価 letters.
AT_GOALS = [
    (
        "戦略１　日本でナンバーワンの温泉観光地を目指す",
        "宿泊客数",
        "万人",
        286.3,
        [307.8, 300.6, 309.2],
        320.0,
    ),
    (
        "戦略２　若者の安定した雇用を創出する",
        "市内事業所の従業者数（20～39歳）",
        "人",
        5820,
        [5790, 5905, 5960],
        6200,
    ),
    (
        "戦略３　若い世代の結婚・妊娠・出産・子育ての希望をかなえる",
        "出生数",
        "人",
        246,
        [239, 228, 215],
        250,
    ),
]
AT_KPIS = [
    (1, 1, "観光案内所の外国人利用者数", "3,120人", "H26年度", "8,450人", "10,000人", "B"),
    (2, 2, "起業家支援による起業件数", "0件", "H27年度", "延べ14件", "延べ10件", "A"),
    (3, 3, "保育園の待機児童数", "0人", "H27.4.1", "0人", "0人", "A"),
    (4, 3, "奨学金制度を活用した若者の市内定住者数", "―", "―", "6人", "延べ20人", "C"),
]


def atami() -> Path:
    wb, ws = _sheet("KPI進捗（H29末）", [26, 30, 8, 12, 11, 11, 11, 12])
    _text(
        ws,
        1,
        1,
        "熱海市まち・ひと・しごと創生総合戦略　中間評価（平成29年度末）",
        bold=True,
        size=13,
    )
    _text(
        ws,
        2,
        1,
        "計画期間：平成27年度～平成31年度（2015～2019年度）　　担当：企画財政課　　平成30年10月",
    )
    _para(
        ws,
        3,
        1,
        8,
        "本戦略は「日本でナンバーワンの温泉観光地を目指す」「若者の安定した雇用を創出する」「若い世代の結婚・妊娠・出産・子育ての希望をかなえる」など"
        "5つの戦略と12の目標を掲げています。平成29年度末の中間評価では、総合戦略独自の5項目のうち2項目で目標値を達成しました。",
        42,
    )
    _text(ws, 5, 1, "１　数値目標（戦略ごと）", bold=True, size=11)
    for i, h in enumerate(
        [
            "戦略",
            "数値目標",
            "単位",
            "基準値（H26）",
            "2015年度",
            "2016年度",
            "2017年度",
            "目標値（H31）",
        ],
        start=1,
    ):
        _put(ws, 6, i, h, header=True)
    r = 7
    for strat, name, unit, base, acts, target in AT_GOALS:
        _put(ws, r, 1, strat)
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for c, v in zip(range(4, 9), [base, *acts, target]):
            _put(ws, r, c, v)
        ws.row_dimensions[r].height = 30
        r += 1
    _text(ws, 11, 1, "２　重要業績評価指標（ＫＰＩ）", bold=True, size=11)
    for i, h in enumerate(
        ["No.", "戦略", "ＫＰＩ", "基準値", "基準年", "平成29年度実績", "目標値（H31）", "評価"],
        start=1,
    ):
        _put(ws, 12, i, h, header=True)
    r = 13
    for no, strat, name, base, year, act, target, grade in AT_KPIS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, strat, align="center")
        _put(ws, r, 3, name)
        for c, v in zip(range(4, 9), [base, year, act, target, grade]):
            _put(ws, r, c, v, align="center" if v in ("―", "A", "B", "C") or c == 5 else "right")
        ws.row_dimensions[r].height = 20
        r += 1
    _text(ws, r, 1, "※　「戦略」欄の番号は、上表の戦略１～戦略３を指します。")
    _text(
        ws,
        r + 1,
        1,
        "評価　A：目標を達成（達成見込みを含む）　B：進捗しているが目標は未達成　C：進捗が遅れている",
    )
    _text(ws, r + 2, 1, "※　No.４は平成28年度に制度を開始したため基準値はありません。")
    path = HERE / "atami_senryaku_chukan_h29.xlsx"
    _save(wb, path)
    print(f"wrote {path.name}")
    return path


# --------------------------------------------------------------------------------------------
# 常滑市 (愛知県): 第2期常滑市まち・ひと・しごと創生総合戦略 数値目標・KPIの進捗状況（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (furusato-funding 2024 quoting the city's 地域再生計画, city page 1001423, 第5次総合計画 on paperzz,
# docsplayer 22673439, 観光振興計画 2017): セントレア (2005年2月), 59,227人 (2020年8月末), 転入 1,501人 (2003年度) and
# 3,283人 (2019年度), the 434人 社会増 (2019年度), 55.89km², 常滑焼 and やきもの散歩道. Made up: the 第2期 page, its
# 基本目標 wording, 担当 企画課, every indicator, figure and remark.
TK_HEAD = (
    "<thead>\n"
    '<tr><th rowspan="2">区分</th><th rowspan="2">指標</th><th rowspan="2">単位</th><th rowspan="2">基準値<br>（2019年度）</th>'
    '<th colspan="3">実績値</th><th colspan="2">目標値</th><th rowspan="2">備考</th></tr>\n'
    "<tr><th>2021年度</th><th>2022年度</th><th>2023年度</th><th>2023年度<br>（中間）</th><th>2024年度<br>（最終）</th></tr>\n"
    "</thead>\n"
)
TK_TABLES = [
    (
        "基本目標１　空港と焼き物を生かし、しごとをつくる",
        [
            (
                "数値目標",
                "市内事業所の従業者数",
                "人",
                "32,410",
                ["―", "―", "33,120"],
                ["33,500", "34,000"],
                "2021・2022年度は統計の公表がないため「―」",
            ),
            (
                "ＫＰＩ",
                "①やきもの散歩道の観光入込客数",
                "万人",
                "41.2",
                ["28.5", "35.7", "44.9"],
                ["43.0", "45.0"],
                "2023年度実績は見込値（2024年8月時点）",
            ),
            (
                "ＫＰＩ",
                "②企業立地件数",
                "件",
                "2",
                ["4", "7", "9"],
                ["8", "10"],
                "実績値・目標値は2021年度からの累計",
            ),
        ],
    ),
    (
        "基本目標２　常滑に住み、子どもを育てる",
        [
            (
                "数値目標",
                "社会増減数（転入者数－転出者数）",
                "人",
                "434",
                ["▲45", "126", "211"],
                ["250", "300"],
                "住民基本台帳による",
            ),
            (
                "ＫＰＩ",
                "③子育て支援センターの利用者数",
                "人",
                "18,350",
                ["9,870", "13,640", "16,920"],
                ["18,000", "20,000"],
                "",
            ),
        ],
    ),
]


def tokoname_html() -> str:
    out = [
        "<!DOCTYPE html>",
        '<html lang="ja">',
        "<head>",
        '<meta charset="utf-8">',
        "<title>第2期常滑市まち・ひと・しごと創生総合戦略 数値目標・KPIの進捗状況（令和５年度）｜常滑市</title>",
        "</head>",
        "<body>",
        '<nav class="breadcrumb"><ol><li><a href="/">ホーム</a></li><li><a href="/shisei/">市政情報</a></li>'
        '<li><a href="/shisei/sogokeikaku/">総合計画・総合戦略</a></li><li>数値目標・KPIの進捗状況（令和５年度）</li></ol></nav>',
        "<main>",
        "<h1>第2期常滑市まち・ひと・しごと創生総合戦略　数値目標・KPIの進捗状況（令和５年度）</h1>",
        '<p class="date">更新日：2024年9月30日　担当：企画課</p>',
        "<p>本市は、2005年2月の中部国際空港“セントレア”開港以降、人口の増加が続き、2020年8月末の人口は59,227人となりました。"
        "転入者数は開港前の1,501人（2003年度）から3,283人（2019年度）へと大きく増えています。</p>",
        "<p>第2期戦略（2020年度～2024年度）では、市域55.89km²に広がる常滑焼のまちの資源と空港を生かし、2つの基本目標ごとに数値目標と"
        "重要業績評価指標（KPI）を定めています。令和5年度までの進捗を次のとおり公表します。</p>",
    ]
    for heading, rows in TK_TABLES:
        out.append(f"<h2>{heading}</h2>")
        out.append('<table border="1">')
        out.append(TK_HEAD + "<tbody>")
        for kubun, name, unit, base, acts, tgts, note in rows:
            cells = [kubun, name, unit, base, *acts, *tgts, note]
            out.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
        out.append("</tbody>\n</table>")
    out += [
        "<p>※「区分」欄の数値目標は基本目標ごとの成果を、ＫＰＩは具体的な施策ごとの成果を測る指標です。</p>",
        '<p class="contact">このページに関するお問い合わせ：企画部 企画課</p>',
        "</main>",
        "</body>",
        "</html>",
        "",
    ]
    return "\n".join(out)


def tokoname() -> Path:
    path = HERE / "tokoname_senryaku2_kpi_r5.html"
    path.write_bytes(tokoname_html().encode("utf-8"))
    print(f"wrote {path.name}")
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    atami()
    tokoname()
    for make in (ritto, kashiba):
        path = make()
        if pdf:
            to_pdf(path)


if __name__ == "__main__":
    main()
