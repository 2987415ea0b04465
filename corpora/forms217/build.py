"""Build the built documents of forms217/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/kibichuo_kpi_kensho_r5.xlsx``, a 地域再生計画 KPI 中間検証 in the manner of 吉備中央町
  (岡山県): form fields (the plan's name, the town's profile, 検証の時点, 事業費 in 千円); one grid
  ``No. | 重要業績評価指標（KPI） | 単位 | 基準値（H30） | R3実績 | R4実績 | R5目標 | R5実績 | 目標値（R6）``
  in which **every R5実績 cell carries the month-end it was counted to, ``5（12月末）``**, and **a
  time KPI written in hours and minutes (``1時間02分``) beside plain minutes (``58分``)** with
  ``55分以内`` targets; ``千人`` with decimals; and the PDF;
* ``source/toyo_kpi_hyoka_r5.xlsx``, a 総合戦略 KPI 評価シート in the manner of 東洋町 (高知県):
  form fields full of real figures (the 1959 merger, ``74.02k㎡``, the ``13m`` tsunami); a legend;
  a grid whose **``評価（該当欄に〇）`` spans four sub-columns ``A | B | C | D`` and each row marks its
  grade with a kanji-zero ``〇`` (U+3007) in one of them**; **a final target carrying its monthly
  equivalent in a bracket, ``年12回以上（月1回）``**; ``千円``; ``集計中`` graded ``D``; and the PDF;
* ``source/minamioguni_kpi_suii_r5.xlsx``, a 総合戦略 KPI 推移表 in the manner of 南小国町 (熊本県):
  form fields; a years-down grid (``令和元年度（基準値）`` … ``令和6年度（目標）``) under a
  ``数値目標 | 重要業績評価指標（KPI）`` kind row, closed by a shaded ``評価（令和5年度）`` row that
  grades each column (A/B/C); **the 数値目標 ``観光入込客数`` spans three sub-columns
  ``うち日帰り | うち宿泊 | 計``, only ``計`` carrying targets and a grade**; **its target an
  order-of-magnitude band, ``100万人台``**, its actuals carrying ``万人`` in the cell; target cells
  merged down over the two target rows (``100万人台``, ``15``); ``千人泊``; and the PDF;
* ``chibu_kpi_kensho_r5.html``, a 総合戦略 KPI 検証 page in the manner of 知夫村 (島根県): a lead of
  real figures; an A/B/C legend; three ``<h2>`` 基本目標, each over a table with a two-row
  ``<thead>`` (``令和5年度`` spanning ``目標 | 実績``); **移住 counts written as households and persons
  in one cell (``7世帯12人``) on a row whose unit and targets are persons**; **a final target written
  relative to the national figure, ``全国値＋5ポイント``**, with a note giving that figure.

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
    wb.properties.creator = "forms217/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms217/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms217_soffice_") as tmp:
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


def _vals(ws, r, c0, vals, fmt1="0.0") -> None:
    """Value cells: numbers keep a number format, text cells are right-aligned as printed."""
    for j, v in enumerate(vals):
        if isinstance(v, float):
            _put(ws, r, c0 + j, v, fmt=fmt1)
        elif isinstance(v, int):
            _put(ws, r, c0 + j, v)
        else:
            _put(ws, r, c0 + j, v, align="center" if v in ("―", "集計中") else "right")


# --------------------------------------------------------------------------------------------
# 吉備中央町 (岡山県加賀郡): 地域再生計画 重要業績評価指標（KPI）の中間検証（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (吉備中央町 地域再生計画, furusato-funding.jp/projects/2296): the plan's name, 268.78k㎡,
# 11,567人 (平成30年11月), 1,096人 (8.6%) in five years, 高齢化率 39.69%; 企画課 (town site).
# Made up: the sheet, its date, 資料 number, 推進会議, the money, every KPI, figure and note.
KC_ROWS = [
    ("1", "町内での新規創業・第二創業の件数", "件", [3, 4, 6, 6, "5（12月末）", 8]),
    ("2", "吉備高原都市への企業立地件数（累計）", "件", [12, 14, 15, 17, "16（12月末）", 18]),
    (
        "3",
        "救急搬送の所要時間（覚知から病院収容まで）",
        "分",
        ["58分", "1時間02分", "57分", "55分以内", "58分（12月末）", "50分以内"],
    ),
    ("4", "移住相談件数", "件", [42, 65, 71, 80, "88（12月末）", 100]),
    (
        "5",
        "町営バス・デマンドタクシーの利用者数",
        "千人",
        [48.2, 31.6, 38.9, 45.0, "33.4（12月末）", 50.0],
    ),
]


def kibichuo() -> Path:
    wb, ws = _sheet("KPI中間検証", [5, 34, 6, 10, 10, 10, 10, 13, 10])
    _text(
        ws, 1, 1, "地域再生計画　重要業績評価指標（KPI）の中間検証（令和5年度）", bold=True, size=13
    )
    _text(ws, 2, 9, "令和6年2月　吉備中央町地方創生推進会議　資料2", align="right")
    _text(ws, 3, 9, "事務局：吉備中央町企画課", align="right")
    fields = [
        ("地域再生計画の名称", "持続的なイノベーション創出を実現するまちづくり事業", 20),
        (
            "町の概況",
            "総面積268.78k㎡、人口11,567人（平成30年11月）。最近の5年間で1,096人（8.6％）減少し、高齢化率は39.69％まで上昇している。",
            30,
        ),
        ("検証の時点", "令和5年12月末（R5実績は年度途中の数値）", 20),
        ("交付対象事業費（R5・千円）", 32400, 20),
    ]
    r = 5
    for label, value, height in fields:
        _field(ws, r, label, value, (1, 3), (4, 9), height)
        if isinstance(value, int):
            ws.cell(row=r, column=4).alignment = Alignment(horizontal="left", vertical="center")
        r += 1
    _text(ws, 10, 1, "■重要業績評価指標（KPI）の進捗", bold=True, size=11)
    head = [
        "No.",
        "重要業績評価指標（KPI）",
        "単位",
        "基準値\n（H30）",
        "R3実績",
        "R4実績",
        "R5目標",
        "R5実績",
        "目標値\n（R6）",
    ]
    for c, word in enumerate(head, start=1):
        _put(ws, 11, c, word, header=True)
    ws.row_dimensions[11].height = 30
    r = 12
    for no, name, unit, vals in KC_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, vals)
        ws.row_dimensions[r].height = 26
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※R5実績は、令和5年12月末時点で集計した年度途中の数値です（年度末の数値は令和6年度の検証で報告します）。",
            "※No.2は、吉備高原都市の産業用地に立地した企業の累計です。",
            "※No.3は、町内で発生した救急搬送の覚知から病院収容までの平均所要時間です（R3は新型コロナウイルス感染症の影響で延伸）。",
            "※No.5は、通院・買物を支える町営バス（5路線）とデマンドタクシーの利用者の合計です。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "kibichuo_kpi_kensho_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 東洋町 (高知県安芸郡): 第2期まち・ひと・しごと創生総合戦略 KPI評価シート（令和5年度実績）
# --------------------------------------------------------------------------------------------

# Real (pedia.3rd-in.co.jp, weblio.jp (Wikipedia), pref.kochi.lg.jp 対話と実行行脚 H27/H30): the 1959
# merger of 甲浦町 and 野根町, 74.02k㎡, 室戸阿南海岸国定公園, the 13m tsunami, 生見サーフィンビーチ,
# 白浜, 海の駅東洋町 (its first anniversary in 平成27年1月), ポンカン・小夏, こけら寿司 and 野根キッチン.
# Made up: the sheet, the strategy's name and period, 課, money, every KPI, figure, grade and note.
TY_ROWS = [
    ("1", "生見サーフィンビーチの来場者数", "人", [48200, 41650, 50000, 52380, 55000], "A"),
    ("2", "海の駅東洋町の売上額", "千円", [186400, 191800, 200000, 181900, 210000], "C"),
    (
        "3",
        "自主防災組織による避難訓練の実施回数",
        "回",
        [8, 10, 12, 11, "年12回以上（月1回）"],
        "B",
    ),
    ("4", "新規漁業就業者数", "人", [2, 3, 3, "集計中", 3], "D"),
]


def toyo() -> Path:
    wb, ws = _sheet("KPI評価", [5, 34, 7, 11, 11, 11, 11, 18, 5, 5, 5, 5])
    _text(
        ws,
        1,
        1,
        "第2期東洋町まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）評価シート（令和5年度実績）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 12, "令和6年8月　東洋町総務課", align="right")
    fields = [
        ("総合戦略", "第2期東洋町まち・ひと・しごと創生総合戦略", 20),
        ("計画期間", "令和2年度～令和6年度", 20),
        (
            "町の概況",
            "1959年に甲浦町と野根町が合併して誕生。面積74.02k㎡、室戸阿南海岸国定公園のほぼ中央に位置し、南海トラフ巨大地震では町内の海岸に最大13mの津波が到達すると想定されている。",
            30,
        ),
        (
            "主な地域資源",
            "生見サーフィンビーチ、白浜海岸、海の駅東洋町（平成26年1月開業）、ポンカン・小夏、こけら寿司（野根キッチン）",
            20,
        ),
        ("関連事業費（R5決算・千円）", "41,860", 20),
    ]
    r = 4
    for label, value, height in fields:
        _field(ws, r, label, value, (1, 2), (3, 12), height)
        r += 1
    _text(
        ws,
        10,
        1,
        "【評価】A：R5目標を達成　B：R5目標は未達成だが基準値より改善　C：基準値から横ばい・悪化　D：実績が確定せず評価できない　（該当欄に〇）",
        size=9,
    )
    _text(ws, 12, 1, "■重要業績評価指標（KPI）の評価結果", bold=True, size=11)
    h = 13
    singles = [
        (1, "No."),
        (2, "重要業績評価指標（KPI）"),
        (3, "単位"),
        (4, "基準値\n（R元）"),
        (5, "R4実績"),
        (6, "R5目標"),
        (7, "R5実績"),
        (8, "目標値\n（R6）"),
    ]
    for c, word in singles:
        _down(ws, h, h + 1, c, word, header=True)
    _span(ws, h, 9, 12, "評価（該当欄に〇）", header=True)
    for j, g in enumerate("ABCD"):
        _put(ws, h + 1, 9 + j, g, header=True)
    ws.row_dimensions[h].height = 22
    ws.row_dimensions[h + 1].height = 22
    r = h + 2
    for no, name, unit, vals, grade in TY_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, vals)
        for j, g in enumerate("ABCD"):
            _put(ws, r, 9 + j, "〇" if g == grade else "", align="center", bold=True)
        ws.row_dimensions[r].height = 24
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※評価は、R5実績をR5目標及び基準値（R元）と比べて判定し、A～Dのうち該当する欄に〇を付けています。",
            "※No.1は、生見海岸の駐車場の利用台数（夏季の1日平均420台）から推計した延べ来場者数です。",
            "※No.3は、南海トラフ地震に備えて各地区の自主防災組織が実施した訓練の回数です。",
            "※No.4のR5実績は、高知県の漁業就業者調査の公表（令和6年10月予定）後に確定します。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "toyo_kpi_hyoka_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 南小国町 (熊本県阿蘇郡): まち・ひと・しごと創生総合戦略 数値目標・KPIの推移と評価（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (総務省 関係人口モデル事業 平成30年度, soumu.go.jp; utsukushii-mura.jp): 阿蘇外輪山のふもと,
# 筑後川の源流域, 人口約4,000人, 年間100万人の観光客, 黒川温泉, 瀬の本高原, マゼノ渓谷, 押戸石,
# そば街道, the 関係人口 model project. Made up: the sheet, 課, money, every indicator, figure,
# target, grade and note.
MO_KPIS = [
    "KPI①　黒川温泉の宿泊者数\n（千人泊）",
    "KPI②　関係人口創出プログラムの参加者数\n（人）",
    "KPI③　そば街道の加盟店舗数\n（店）",
]
# Columns: うち日帰り, うち宿泊, 計 (the 数値目標), KPI①, KPI②, KPI③.
# "" is an empty cell; None: the cell above is merged down over this row (one target for both years).
MO_ROWS = [
    ("令和元年度（基準値）", ["79.3万人", "22.8万人", "102.1万人", 368.2, 24, 14], None),
    ("令和3年度", ["44.1万人", "10.5万人", "54.6万人", 198.5, 31, 12], None),
    ("令和4年度", ["63.2万人", "18.1万人", "81.3万人", 286.7, 45, 12], None),
    ("令和5年度", ["76.4万人", "21.8万人", "98.2万人", 341.9, 52, 13], None),
    ("令和5年度（目標）", ["", "", "100万人台", 350.0, 50, 15], LIGHT),
    ("令和6年度（目標）", ["", "", None, 370.0, 60, None], LIGHT),
    ("評価（令和5年度）", ["", "", "B", "B", "A", "B"], SHADE),
]


def minamioguni() -> Path:
    wb, ws = _sheet("KPIの推移", [19, 11, 11, 12, 20, 30, 22])
    _text(ws, 1, 1, "南小国町まち・ひと・しごと創生総合戦略", bold=True, size=13)
    _text(ws, 2, 1, "数値目標・KPIの推移と評価（令和5年度）", bold=True, size=13)
    _text(ws, 3, 7, "令和6年7月　南小国町まちづくり課", align="right")
    fields = [
        (
            "町の概況",
            "九州のほぼ中央、阿蘇外輪山のふもとに位置し、筑後川の源流域。人口約4,000人の町に年間100万人の観光客が訪れる。",
            30,
        ),
        ("主な観光資源", "黒川温泉、瀬の本高原、マゼノ渓谷、押戸石、そば街道", 20),
        (
            "関係人口",
            "平成30年度、総務省の関係人口創出に係るモデル事業に採択（温泉観光地の地域課題をテーマに実施）",
            30,
        ),
        ("関連事業費（R5決算・千円）", "52,340", 20),
    ]
    r = 5
    for label, value, height in fields:
        _field(ws, r, label, value, (1, 1), (2, 7), height)
        r += 1
    _text(
        ws,
        10,
        1,
        "評価（令和5年度）　A：令和5年度目標を達成　B：目標の8割以上　C：目標の8割未満",
        size=9,
    )
    _text(ws, 12, 1, "■数値目標・KPIの推移", bold=True, size=11)
    h = 13
    _down(ws, h, h + 2, 1, "年度", header=True)
    _span(ws, h, 2, 4, "数値目標", header=True)
    _span(ws, h, 5, 7, "重要業績評価指標（KPI）", header=True)
    _span(ws, h + 1, 2, 4, "観光入込客数", header=True)
    for j, word in enumerate(MO_KPIS):
        _down(ws, h + 1, h + 2, 5 + j, word, header=True)
    for j, word in enumerate(["うち日帰り", "うち宿泊", "計"]):
        _put(ws, h + 2, 2 + j, word, header=True)
    ws.row_dimensions[h].height = 20
    ws.row_dimensions[h + 1].height = 22
    ws.row_dimensions[h + 2].height = 22
    r = h + 3
    for label, vals, fill in MO_ROWS:
        _put(ws, r, 1, label, fill=fill)
        for j, v in enumerate(vals):
            if v is None:
                _put(ws, r, 2 + j, None, fill=fill)
                _merge(ws, r - 1, 2 + j, r, 2 + j)
            elif label.startswith("評価"):
                _put(ws, r, 2 + j, v, align="center", bold=True, fill=fill)
            elif isinstance(v, float):
                _put(ws, r, 2 + j, v, fmt="#,##0.0", fill=fill)
            elif isinstance(v, int):
                _put(ws, r, 2 + j, v, fill=fill)
            else:
                _put(ws, r, 2 + j, v, align="right", fill=fill)
        ws.row_dimensions[r].height = 20
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※観光入込客数は、熊本県観光統計表による各年度の値です（計の内訳として日帰り客と宿泊客を掲載しています）。",
            "※令和2年度は新型コロナウイルス感染症の影響により調査を行っていないため、掲載していません。",
            "※KPI②は、町が実施する関係人口創出プログラム（年6回）への町外からの参加者の数です。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "minamioguni_kpi_suii_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 知夫村 (島根県隠岐郡): 第2期知夫村まち・ひと・しごと創生総合戦略 KPIの検証結果（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (toyokeizai.net/articles/-/318428, chibu-vill.note.jp, inakagurashiweb.com,
# kurashimanet.jp, wantedly.com/projects/1087392): 知夫里島, 13.7㎢, 596人 (平成28年, 過去最低),
# 令和元年度の人口増加率全国1位, 620人 (令和4年6月1日), 畜産と漁業 (いずれも1億円産業), 地域振興課.
# Made up: the page, its date, the 推進会議, the 基本目標 wording, every KPI, figure, grade and note.
CB_BLOCKS = [
    (
        "基本目標1　島の資源を活かした、しごとをつくる",
        [
            ("①　繁殖雌牛の飼養頭数", "頭", "612", "598", "630", "604", "650", "B"),
            ("②　漁業就業者数（65歳未満）", "人", "18", "19", "20", "20", "22", "A"),
        ],
    ),
    (
        "基本目標2　島への新しいひとの流れをつくる",
        [
            ("③　UIターン者数", "人", "7世帯12人", "6世帯11人", "12", "5世帯9人", "12", "C"),
            ("④　観光入込客数", "人", "15,240", "9,830", "13,000", "10,370", "16,000", "C"),
        ],
    ),
    (
        "基本目標3　島で学び、安心して暮らせる環境をつくる",
        [
            (
                "⑤　全国学力・学習状況調査の平均正答率（小・中学校）",
                "％",
                "62.0",
                "64.5",
                "65.0",
                "66.1",
                "全国値＋5ポイント",
                "A",
            ),
        ],
    ),
]

CB_HEAD = """<thead>
<tr><th rowspan="2">重要業績評価指標（KPI）</th><th rowspan="2">単位</th><th rowspan="2">基準値<br>（令和元年度）</th><th rowspan="2">令和4年度<br>実績</th><th colspan="2">令和5年度</th><th rowspan="2">最終目標<br>（令和6年度）</th><th rowspan="2">評価</th></tr>
<tr><th>目標</th><th>実績</th></tr>
</thead>"""


def chibu_html() -> str:
    parts = []
    for goal, rows in CB_BLOCKS:
        body = []
        for name, unit, *vals, grade in rows:
            body.append(
                f'<tr><td>{name}</td><td class="c">{unit}</td>'
                + "".join(f'<td class="num">{v}</td>' for v in vals)
                + f'<td class="c">{grade}</td></tr>'
            )
        rows_html = "\n".join(body)
        parts.append(
            f"<h2>{goal}</h2>\n<table>\n{CB_HEAD}\n<tbody>\n{rows_html}\n</tbody>\n</table>"
        )
    tables = "\n".join(parts)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>第2期知夫村まち・ひと・しごと創生総合戦略 重要業績評価指標（KPI）の検証結果（令和5年度） - 知夫村</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
td.num {{ text-align: right; }}
td.c {{ text-align: center; }}
p.note {{ font-size: 9pt; margin: 0.2em 0; }}
</style>
</head>
<body>
<p class="breadcrumb"><a href="/">ホーム</a> &gt; 村政情報 &gt; 計画・施策 &gt; 第2期知夫村まち・ひと・しごと創生総合戦略</p>
<h1>第2期知夫村まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の検証結果（令和5年度）</h1>
<p class="date">更新日：令和6年9月27日　担当：地域振興課</p>
<p>知夫村は、島根半島の沖合にある隠岐諸島の最南端、面積13.7平方キロメートルの知夫里島と周辺の島々からなる一島一村の村です。村の人口は平成28年に596人と過去最低となりましたが、その後は移住者の増加により、令和元年度には人口増加率が全国1位となりました（令和4年6月1日現在620人）。畜産と漁業は、いずれも1億円産業となっています。</p>
<p>令和6年8月20日に開催した知夫村総合戦略推進会議において、第2期総合戦略に掲げる重要業績評価指標（KPI）の令和5年度の実績を検証しましたので、その結果をお知らせします。</p>
<p class="note">【評価】A：令和5年度目標を達成　B：未達成（達成率80％以上）　C：未達成（達成率80％未満）</p>
{tables}
<p class="note">※UIターン者数は、転入時のアンケートで把握した世帯数と人数です（目標は人数で設定しています）。</p>
<p class="note">※平均正答率の最終目標は、全国値（公立学校の平均正答率）を5ポイント上回る値としています。令和5年度の全国値は61.7％でした。</p>
<p class="note">※観光入込客数は、来居港の乗降客数などから推計しています。</p>
<p>このページに関するお問い合わせ　知夫村役場 地域振興課</p>
</body>
</html>
"""


def chibu() -> Path:
    path = HERE / "chibu_kpi_kensho_r5.html"
    path.write_bytes(chibu_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (kibichuo, toyo, minamioguni):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {chibu().name}")


if __name__ == "__main__":
    main()
