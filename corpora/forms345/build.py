"""Build the documents of forms345/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/ibarakimachi_kpi_kensho_r5.xlsx``, a 総合戦略 KPI効果検証シート in the manner of 茨城町 (茨城県):
  form fields over one grid ``No. | 重要業績評価指標（KPI） | 基準年度 | 基準値 | R3実績 | R4実績 | R5実績 |
  R5目標 | 最終目標（R6） | 単位``: **a ``基準年度`` column of bare Western years (``2019``) that dates each
  row's baseline**, the 単位 column at the right end, ``千円`` / ``千人`` and one row in full-width digits;
  and the PDF;
* ``source/miyoshi_shisaku_hyoka_r5.xlsx``, a 総合計画 施策評価シート in the manner of 三芳町 (埼玉県):
  **no 単位 column; one caption line over the grid gives the units by the word each name ends in
  (``人数：人　金額：千円　面積：ha　件数：件``)**, a ``方向`` column of arrows, a ``中止`` actual, two target
  years; and the PDF;
* ``source/hakone_juten_shisaku_r6.xlsx``, a 総合計画 重点施策の成果指標 in the manner of 箱根町 (神奈川県):
  重点施策 cells merged down, ``R6目標`` left of ``R6実績``, **``万人`` with decimals and an actual
  ``1,921.7（暫定）``**; and the PDF;
* ``niijima_kpi_jisseki_r6.html``, a 総合戦略 KPI page in the manner of 新島村 (東京都): a two-row
  ``<thead>`` with 目標値 over ``R5 | R6 | R7`` and 実績値 over ``R5 | R6``, **one row's targets in a single
  ``<td colspan="3">各年度 150</td>``**, an actual ``0（台風による欠航のため中止）`` and full-width digits.

The PDF steps are skipped, with a message, when ``soffice`` is not installed.
These are re-typed forms of four municipalities, not their own files (README.md, SOURCES.tsv).

The XLSX and HTML files are byte-stable: fixed document dates, and the zip members are
rewritten with a fixed timestamp. The PDFs carry LibreOffice's creation date, so they differ
by that only.
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
LIGHT = PatternFill("solid", fgColor="F2F2F2")
FONT = "IPAGothic"
FIXED = dt.datetime(2026, 12, 5, 0, 0, 0)


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms345/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms345/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms345_soffice_") as tmp:
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
# 瀬戸内市 (岡山県): 地域再生計画 KPI効果検証シート（令和6年度）
# --------------------------------------------------------------------------------------------

# Real (地域再生計画 瀬戸内市太陽のまち創生推進計画, furusato-funding.jp/projects/2278): the plan's name,
# the 2004 merger of 牛窓町・邑久町・長船町, the population (約3.9万人 in 2000, 約3.8万人 in 2010, 約2.8万人
# in 2045 by 社人研), 牡蠣 and オリーブ as local products, the 錦海塩田跡地. Made up: the sheet, 課, money,
# every KPI, figure, grade and note.
SU_ROWS = [
    ("KPI①　移住相談を経た市外からの移住者数", "人", 42, 68, 75, 80, 90, "B"),
    ("KPI②　牡蠣の生産量", "t（むき身）", 1312, 1208, 1265, 1190, 1400, "C"),
    ("KPI③　オリーブ加工品の販売額", "千円", 18400, 21960, 24310, 26000, 25000, "A"),
    (
        "KPI④　錦海塩田跡地における環境学習施設の整備",
        "―",
        "―",
        "設計",
        "着工",
        "R6.10供用開始",
        "R6年度中供用開始",
        "A",
    ),
]


def _fields(ws, r: int, fields, last_col: int, tall=("町の現状", "施策の現状", "町の概要")) -> int:
    """Bordered form fields: label in column 1 (shaded), value merged over 2..last_col."""
    for label, value in fields:
        _put(ws, r, 1, label, header=True)
        _span(ws, r, 2, last_col, value, align="left")
        ws.row_dimensions[r].height = 40 if label in tall else 20
        r += 1
    return r


# --------------------------------------------------------------------------------------------
# 茨城町 (茨城県東茨城郡): 第2期総合戦略 KPI効果検証シート（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (zck.or.jp essays of the mayor, Wikipedia): the 昭和30年2月11日 merger of 4村, 121.58km², 30,632人
# (推計人口 2022-04-01), 涸沼 (Ramsar, 平成27年5月28日, 935ha), ヤマトシジミ, 飯沼栗. Made up: the strategy's
# name and period, the 課, every KPI, figure and note.
IB_ROWS = [
    ("1", "涸沼周辺の観光入込客数", 2019, [412.5, 298.7, 351.2, 389.0, 400.0, 450.0], "千人"),
    ("2", "涸沼におけるヤマトシジミの漁獲量", 2018, [1120, 980, 1045, 1210, 1150, 1200], "t"),
    ("3", "飯沼栗の出荷額", 2020, [18400, 19250, 21030, 22880, 23500, 25000], "千円"),
    (
        "4",
        "町の支援制度を利用した転入者数（移住支援金・住宅取得補助）",
        2019,
        ["１２", "１５", "２１", "２６", "２８", "３０"],
        "人",
    ),
]


def ibarakimachi() -> Path:
    wb, ws = _sheet("KPI効果検証", [9, 30, 7, 8, 8, 8, 8, 8, 9, 6])
    _text(
        ws,
        1,
        1,
        "第2期茨城町まち・ひと・しごと創生総合戦略　KPI効果検証シート（令和５年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 10, "令和6年8月　茨城町まちづくり推進課", align="right")
    r = _fields(
        ws,
        4,
        [
            ("戦略の名称", "第2期茨城町まち・ひと・しごと創生総合戦略"),
            ("計画期間", "令和2年度～令和6年度（5年間）"),
            ("担当課", "まちづくり推進課"),
            (
                "町の現状",
                "昭和30年2月11日に4村が合併して町制を施行。面積は121.58km²、人口は30,632人（2022年4月1日推計）。"
                "町の東端の涸沼（約935ha）は平成27年5月28日にラムサール条約湿地に登録され、ヤマトシジミの漁獲量は全国有数である。",
            ),
        ],
        10,
    )
    _text(ws, r + 1, 1, "■基本目標１　涸沼と農の恵みを活かし、しごとをつくる", bold=True, size=11)
    h = r + 2
    heads = [
        "No.",
        "重要業績評価指標（KPI）",
        "基準年度",
        "基準値",
        "R3実績",
        "R4実績",
        "R5実績",
        "R5目標",
        "最終目標\n（R6）",
        "単位",
    ]
    for c, word in zip(range(1, len(heads) + 1), heads):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 30
    r = h + 1
    for no, name, year, vals, unit in IB_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, year, align="center", fmt="0")
        for j, v in enumerate(vals):
            if isinstance(v, str):
                _put(ws, r, 4 + j, v, align="right")
            else:
                _put(ws, r, 4 + j, v, fmt="#,##0.0" if isinstance(v, float) else "#,##0")
        _put(ws, r, 10, unit, align="center")
        ws.row_dimensions[r].height = 30
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※基準年度欄は西暦の年度で記載しています（例：2019＝令和元年度）。",
            "※No.1は茨城県観光客動態調査による（涸沼自然公園ほか3地点の合計）。",
            "※No.4の制度は令和2年度に創設。基準値は旧制度（住宅取得補助のみ）の実績です。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "ibarakimachi_kpi_kensho_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 三芳町 (埼玉県入間郡): 総合計画 後期基本計画 施策評価シート（令和5年度実績）
# --------------------------------------------------------------------------------------------

# Real (mykoho.jp 広報みよし 令和6年4月号; town site 施政方針): 武蔵野の落ち葉堆肥農法 (世界農業遺産, 認定 the year
# before 令和6年), 三芳スマートIC フルインター化 on 3月10日 (令和6年), 三芳PA. Made up: the plan's name and
# period (not verified), the 施策, 課, every indicator, figure and note.
MY_ROWS = [
    ("1", "農業体験イベントの参加人数", "↑", [850, "中止", 420, 910, 1130, 1000, 1200]),
    (
        "2",
        "直売所における落ち葉堆肥農法産農産物の販売金額",
        "↑",
        [52300, 55800, 58120, 60450, 63900, 62000, 66000],
    ),
    ("3", "耕作放棄地の面積", "↓", [12.4, 12.1, 11.8, 11.9, 12.2, "", 10.0]),
    ("4", "新規就農者の人数", "↑", [2, 1, 3, 2, 4, 3, 5]),
    ("5", "農地の貸借（利用権設定）の件数", "↑", [18, 21, 19, 22, 24, 25, 30]),
]


def miyoshi() -> Path:
    wb, ws = _sheet("施策評価", [9, 38, 6, 11, 9, 9, 9, 9, 9, 9])
    _text(
        ws,
        1,
        1,
        "第5次三芳町総合計画　後期基本計画　施策評価シート（令和５年度実績）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 10, "令和6年7月　三芳町観光産業課", align="right")
    r = _fields(
        ws,
        4,
        [
            ("計画の名称", "第5次三芳町総合計画"),
            ("計画期間", "後期基本計画　令和3年度～令和7年度（5年間）"),
            ("施策", "3-2　武蔵野の落ち葉堆肥農法の継承と農業の振興"),
            ("主管課", "観光産業課"),
            (
                "施策の現状",
                "江戸時代から受け継がれてきた「武蔵野の落ち葉堆肥農法」は令和5年に世界農業遺産に認定された。"
                "令和6年3月10日には三芳スマートICがフルインター化され、三芳PAに隣接する商業拠点の構想とあわせ、農と観光を結ぶ玄関口としての役割が期待される。",
            ),
        ],
        10,
    )
    _text(ws, r + 1, 1, "２　成果指標の推移", bold=True, size=11)
    _text(
        ws, r + 2, 10, "（単位　人数：人　金額：千円　面積：ha　件数：件）", align="right", size=8
    )
    h = r + 3
    _head2(
        ws,
        h,
        [(1, "No."), (2, "成果指標"), (3, "方向"), (4, "基準値\n（H30）")],
        [(5, 8, "実績値", ["R2", "R3", "R4", "R5"]), (9, 10, "目標値", ["R5", "R7"])],
    )
    r = h + 2
    for no, name, arrow, vals in MY_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, arrow, align="center")
        for j, v in enumerate(vals):
            if isinstance(v, str):
                _put(ws, r, 4 + j, v, align="center")
            else:
                _put(ws, r, 4 + j, v, fmt="#,##0.0" if isinstance(v, float) else "#,##0")
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "方向　↑：数値が大きいほど良い　↓：数値が小さいほど良い",
            "※R2の農業体験イベントは、新型コロナウイルス感染症の影響により中止しました。",
            "※No.3の目標は後期基本計画の最終年度（R7）についてのみ設定しています。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "miyoshi_shisaku_hyoka_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 箱根町 (神奈川県足柄下郡): 第6次総合計画 後期基本計画 重点施策の成果指標（令和6年度）
# --------------------------------------------------------------------------------------------

# Real (town.hakone.kanagawa.jp: 総合計画 pages and the mayor's greeting; Wikipedia mirror): 第6次総合計画
# (平成29年3月策定), 後期基本計画 令和4年度～令和8年度, the 将来像, the four 重点施策 of the 前期 (防災力の強化,
# 若者定住の促進, 健康生活の推進, ブランド力の強化), about 80km from Tokyo, 92.86km², 8割 mountains,
# 富士箱根伊豆国立公園, 10,896人 (2025-06-01). Made up: the 基本構想 end year (inferred), 課, every
# indicator, figure and note.
HK_BLOCKS = [
    (
        "防災力の強化",
        [
            ("防災訓練の参加者数", "人", [1820, 2140, 2260, 2300, 2415, 3000]),
            ("自主防災組織の活動率", "％", [68.0, 71.5, 72.4, 75.0, 73.8, 85.0]),
        ],
    ),
    ("若者定住の促進", [("若者定住促進補助金の利用世帯数", "世帯", [6, 9, 7, 10, 8, 12])]),
    ("健康生活の推進", [("特定健康診査の受診率", "％", [33.5, 36.1, 37.4, 40.0, 41.2, 45.0])]),
    (
        "ブランド力の強化",
        [("入込観光客数", "万人", [1040.2, 1592.0, 1863.5, 1900.0, "1,921.7（暫定）", 2000.0])],
    ),
]


def hakone() -> Path:
    wb, ws = _sheet("重点施策", [14, 28, 6, 10, 9, 9, 9, 12, 10])
    _text(
        ws,
        1,
        1,
        "箱根町第6次総合計画　後期基本計画　重点施策の成果指標（令和６年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 9, "令和7年7月　箱根町企画課", align="right")
    r = _fields(
        ws,
        4,
        [
            ("計画の名称", "箱根町第6次総合計画　将来像「やすらぎとおもてなしのあふれる町－箱根」"),
            (
                "計画期間",
                "基本構想　平成29年度～令和8年度（10年間）／後期基本計画　令和4年度～令和8年度（5年間）",
            ),
            ("担当課", "企画課"),
            (
                "町の概要",
                "神奈川県の南西部、東京から約80kmに位置し、面積92.86km²の8割を山岳地帯が占める。"
                "町の全域が富士箱根伊豆国立公園内にあり、人口は10,896人（2025年6月1日推計）。",
            ),
        ],
        9,
    )
    _text(ws, r + 1, 1, "■重点施策の成果指標", bold=True, size=11)
    h = r + 2
    heads = [
        "重点施策",
        "成果指標",
        "単位",
        "基準値\n（R2）",
        "R4実績",
        "R5実績",
        "R6目標",
        "R6実績",
        "目標値\n（R8）",
    ]
    for c, word in zip(range(1, len(heads) + 1), heads):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 30
    r = h + 1
    for measure, inds in HK_BLOCKS:
        top = r
        for name, unit, vals in inds:
            _put(ws, r, 1, measure if r == top else None, valign="center", fill=LIGHT)
            _put(ws, r, 2, name)
            _put(ws, r, 3, unit, align="center")
            for j, v in enumerate(vals):
                if isinstance(v, str):
                    _put(ws, r, 4 + j, v, align="right")
                else:
                    _put(ws, r, 4 + j, v, fmt="#,##0.0" if isinstance(v, float) else "#,##0")
            ws.row_dimensions[r].height = 24
            r += 1
        if r - 1 > top:
            _merge(ws, top, 1, r - 1, 1)
    _notes(
        ws,
        r + 1,
        [
            "※基準値は令和2年度の値です（新型コロナウイルス感染症の影響を大きく受けた年度です）。",
            "※入込観光客数のR6実績は神奈川県入込観光客調査の確定前の数値です。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "hakone_juten_shisaku_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 新島村 (東京都): 総合戦略 KPIの実績（令和6年度）, an HTML page
# --------------------------------------------------------------------------------------------

# Real (zck.or.jp essay of the village head, 2023; niijima.com): 156km from Tokyo, 35km from 下田,
# 27.54km², 新島・式根島 and the three uninhabited islands, 宮塚山 428.5m, 抗火石 (コーガ石), くさや.
# Made up: the strategy's name and period (not verified), the 係, every KPI, figure and note.
NJ_ROWS = [
    ("来島者数（新島・式根島）", "千人", ["58.2", "60.0", "62.0", "65.0", "61.3", "59.8"]),
    (
        "コーガ石（抗火石）を使った体験講座の参加者数",
        "人",
        ["140", ("各年度 150", 3), "162", "0<br>（台風による欠航のため中止）"],
    ),
    ("くさや製造体験の受入件数", "件", ["35", "40", "45", "50", "44", "47"]),
    ("移住相談窓口を通じた移住者数", "人", ["３", "５", "５", "６", "４", "７"]),
]


def niijima_html() -> str:
    rows = []
    for name, unit, cells in NJ_ROWS:
        tds = []
        for cell in cells:
            if isinstance(cell, tuple):
                tds.append(f'<td class="c" colspan="{cell[1]}">{cell[0]}</td>')
            else:
                tds.append(f'<td class="num">{cell}</td>')
        rows.append(f'<tr><th scope="row">{name}</th><td class="c">{unit}</td>{"".join(tds)}</tr>')
    body = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>新島村まち・ひと・しごと創生総合戦略（第2期）重要業績評価指標（KPI）の実績（令和6年度） - 新島村</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
th[scope="row"] {{ text-align: left; background: #f2f2f2; font-weight: normal; }}
td.num {{ text-align: right; }}
td.c {{ text-align: center; }}
</style>
</head>
<body>
<ol class="breadcrumb"><li><a href="/">ホーム</a></li><li><a href="/sonsei/">村政情報</a></li><li><a href="/sonsei/keikaku/">計画・施策</a></li><li>総合戦略の実績</li></ol>
<h1>新島村まち・ひと・しごと創生総合戦略（第2期）　重要業績評価指標（KPI）の実績（令和6年度）</h1>
<p class="date">更新日：2025年8月20日　担当：総務課企画係</p>
<p>新島村は東京から南へ156km、伊豆半島の下田から南東へ35kmに位置し、新島・式根島の2つの有人島と、鵜渡根島・地内島・早島の3つの無人島からなる総面積27.54km²の村です。新島の北部には標高428.5mの宮塚山がそびえ、南部の石山では抗火石（コーガ石）を産出します。</p>
<p>第2期総合戦略（令和4年度～令和8年度）に掲げた重要業績評価指標（KPI）について、令和6年度までの実績をお知らせします。目標値は年度ごとに設定しています。</p>
<h2>基本目標1　島の資源を活かし、しごとと交流をつくる</h2>
<table>
<thead>
<tr><th rowspan="2">KPI</th><th rowspan="2">単位</th><th rowspan="2">基準値<br>（R3）</th><th colspan="3">目標値</th><th colspan="2">実績値</th></tr>
<tr><th>R5</th><th>R6</th><th>R7</th><th>R5</th><th>R6</th></tr>
</thead>
<tbody>
{body}
</tbody>
</table>
<p>※来島者数は、東海汽船および新中央航空の乗降客数をもとに年度（4月～翌年3月）で集計しています。</p>
<p>※体験講座は令和6年9月の台風による定期船の欠航のため、令和6年度は開催できませんでした。</p>
</body>
</html>
"""


def niijima() -> Path:
    path = HERE / "niijima_kpi_jisseki_r6.html"
    path.write_bytes(niijima_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (ibarakimachi, miyoshi, hakone):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {niijima().name}")


if __name__ == "__main__":
    main()
