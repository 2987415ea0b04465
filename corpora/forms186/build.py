"""Build the built documents of forms186/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/mutsu_shisaku_sheet_h30.xlsx``, a 総合経営計画 施策シート in the manner of むつ市 (青森県):
  form fields (施策項目, 主管部局, 事業費 in 千円) over a KPI grid whose values carry their units and
  whose baselines carry their year (``41.2%(H27年度)``), **a density in ``人/㏊`` written with the
  square-unit character ㏊**, a ◎/○/△ 評価 with its legend, then a 年次目標（アウトカム目標） grid whose
  targets carry **``最低10件``** and **``概ね16万人``**; and the PDF;
* ``source/okushiri_kouka_kensho_r5.xlsx``, a 地域再生計画 KPI 効果検証 in the manner of 奥尻町 (北海道):
  **actual cells holding the year's count with the running total in brackets (``14（累計14）``)**,
  a ``―`` baseline, ``千円`` and ``千人`` in 単位, and **no 評価 column: the grades stand only in a
  summary line ``評価の内訳 … A：KPI①・KPI③ B：KPI④ C：KPI②``** with its legend; and the PDF;
* ``kamikoani_seika_shihyo_h29.html``, a 総合計画 成果指標 page in the manner of 上小阿仁村 (秋田県):
  ``<th colspan>`` ■ 施策 rows, **a 進捗度 column of five-dot gauges (``●●○○○``) explained by a
  legend paragraph**, **a 正答率 row whose every value cell holds two labelled values (``小 101.5　中
  98.2``)** and a word target ``県平均以上``;
* ``source/okura_kpi_shinchoku_r5.xlsx``, a 総合戦略 KPI 進捗 in the manner of 大蔵村 (山形県):
  **``13万人強``** (a number with 強, "a little over") and other cells with scale words
  (``9万8千人``), **a word-number target ``2人に1人以上``** for a percentage beside a numeric final
  target, a ○/× 評価 with its legend; and the PDF.

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
    wb.properties.creator = "forms186/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms186/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms186_soffice_") as tmp:
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
    ws.row_dimensions[h].height = 20
    ws.row_dimensions[h + 1].height = 20


def _head1(ws, h: int, words, height: float = 30) -> None:
    """A one-row header, one word a column from column 1."""
    for c, word in enumerate(words, start=1):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = height


def _vals(ws, r, c0, vals, fmts=None) -> None:
    """Value cells: numbers right-aligned with a format, text centred unless it is a long word."""
    for j, v in enumerate(vals):
        fmt = (fmts or {}).get(j) or ("#,##0.0" if isinstance(v, float) else None)
        if isinstance(v, str):
            _put(ws, r, c0 + j, v, align="center" if v in ("―", "○", "×") else "right")
        else:
            _put(ws, r, c0 + j, v, align="right", fmt=fmt)


# --------------------------------------------------------------------------------------------
# むつ市 (青森県): むつ市総合経営計画 施策シート（平成30年度実績）
# --------------------------------------------------------------------------------------------

# Real (むつ市総合経営計画【実施計画】 施策シート, 123deta.com): the plan and its period (H29～H33), the
# 基本方針 2.暮らしの向上, the 施策項目 コンパクト・プラス・ネットワーク and its two 施策内容, the 部局 企画部 /
# 建設部, the three KPI names with their baselines (41.2%(H27年度), 43.9人/㏊(H22年度), 11.8%(H27年度)) and
# targets (49.9%, 43.9人/㏊, 100), the 年次目標 土地取引現況調査実施回数 4回. Made up: every other figure and row.
MU_KPI = [
    ("1", "汚水処理人口普及率", "41.2%(H27年度)", "43.0%", "44.6%", "49.9%", "○"),
    (
        "2",
        "立地適正化計画居住誘導区域人口密度",
        "43.9人/㏊(H22年度)",
        "43.3人/㏊",
        "42.8人/㏊",
        "43.9人/㏊",
        "△",
    ),
    ("3", "横迎町中央2号線整備事業進捗率", "11.8%(H27年度)", "38.5%", "52.0%", "100%", "○"),
]
MU_YEAR = [
    ("①", "土地取引現況調査実施回数", "4回", "4回", "達成"),
    ("②", "空き家バンク新規登録件数", "最低10件", "12件", "達成"),
    ("③", "市内循環バス利用者数", "概ね16万人", "15.2万人", "未達成"),
]


def mutsu() -> Path:
    wb, ws = _sheet("施策シート", [6, 34, 17, 11, 11, 13, 9])
    _text(
        ws,
        1,
        1,
        "むつ市総合経営計画（平成29年度～平成33年度）　施策シート（平成30年度実績）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 7, "令和元年8月　むつ市企画部企画課", align="right")
    fields = [
        ("基本方針", "2.暮らしの向上"),
        ("施策項目", "（4）コンパクト・プラス・ネットワーク"),
        ("施策内容", "①暮らしやすいまちの構築　②計画的な土地の管理及び利用の促進"),
        ("主管部局", "建設部"),
        ("関係部局", "企画部"),
        ("施策に係る事業費（H30決算・千円）", "412,560（構成事業数 8事業）"),
    ]
    r = 4
    for label, value in fields:
        _span(ws, r, 1, 2, label, header=True)
        _span(ws, r, 3, 7, value, align="left")
        ws.row_dimensions[r].height = 18
        r += 1
    _text(ws, 11, 1, "■基本計画におけるKPI（重要業績評価指標）", bold=True, size=11)
    _head1(ws, 12, ["No.", "指標名", "基準値", "H29実績", "H30実績", "目標値\n（H33年度）", "評価"])
    r = 13
    for no, name, *vals, mark in MU_KPI:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _vals(ws, r, 3, vals)
        _put(ws, r, 7, mark, align="center")
        ws.row_dimensions[r].height = 24
        r += 1
    _notes(
        ws,
        r,
        [
            "評価　◎：目標値を達成　○：目標値は未達成（基準値から改善）　△：目標値は未達成（基準値から悪化）",
            "※汚水処理人口普及率は、下水道・農業集落排水・合併処理浄化槽による処理人口の割合（各年度末）です。",
        ],
    )
    r += 3
    _text(ws, r, 1, "■年次目標（アウトカム目標）", bold=True, size=11)
    r += 1
    _put(ws, r, 1, "No.", header=True)
    _put(ws, r, 2, "内容", header=True)
    _span(ws, r, 3, 4, "H30目標", header=True)
    _span(ws, r, 5, 6, "H30実績", header=True)
    _put(ws, r, 7, "達成状況", header=True)
    ws.row_dimensions[r].height = 22
    r += 1
    for no, name, target, actual, status in MU_YEAR:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _span(ws, r, 3, 4, target, align="right")
        _span(ws, r, 5, 6, actual, align="right")
        _put(ws, r, 7, status, align="center")
        ws.row_dimensions[r].height = 24
        r += 1
    _notes(
        ws,
        r,
        [
            "※市内循環バスは、平成30年10月に2路線を統合し、1日12便で運行しています。",
            "※空き家バンクの登録件数は、平成30年4月1日から平成31年3月31日までの新規登録分です。",
        ],
    )
    r += 3
    _text(ws, r, 1, "■平成30年度の主な取組", bold=True, size=11)
    _para(
        ws,
        r + 1,
        1,
        7,
        "公共下水道の面整備（約6.2ha）を進めるとともに、土地取引届出に基づく現況調査を年4回実施した。"
        "横迎町中央2号線は用地買収を完了し、令和元年度から本工事に着手する。",
        40,
        border=True,
    )
    _page(ws, "portrait")
    path = SOURCE / "mutsu_shisaku_sheet_h30.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 奥尻町 (北海道奥尻郡): 奥尻町まち・ひと・しごと創生推進計画 KPIの効果検証（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (奥尻町まち・ひと・しごと創生推進計画, furusato-funding.jp/projects/1366; shimatching.mlit.go.jp): the
# plan's name, 2,460人 (2021年5月末 住民基本台帳), 奥尻ワイン and 日本酒「奥尻」, イワガキ・ナマコ養殖, the
# ferry from 江差. Made up: the sheet, date, 課, money, every KPI figure and grade.
OK_ROWS = [
    (
        "KPI①　奥尻ワイン・日本酒「奥尻」の島外販売額",
        "千円",
        18400,
        19250,
        21030,
        23610,
        22000,
        26000,
    ),
    (
        "KPI②　移住・定住者数",
        "人",
        "―",
        "14（累計14）",
        "11（累計25）",
        "9（累計34）",
        12,
        "累計60",
    ),
    ("KPI③　奥尻島の観光入込客数", "千人", 26.4, 18.2, 22.7, 27.9, 27.0, 30.0),
    ("KPI④　イワガキ・ナマコの養殖生産量", "t", 4.2, 5.0, 5.8, 6.1, 7.0, 10.0),
]


def okushiri() -> Path:
    wb, ws = _sheet("KPI効果検証", [44, 7, 13, 13, 13, 13, 12, 15])
    _text(
        ws,
        1,
        1,
        "奥尻町まち・ひと・しごと創生推進計画　重要業績評価指標（KPI）の効果検証（令和5年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 8, "令和6年8月　奥尻町総務課", align="right")
    fields = [
        (
            "地域再生計画の名称",
            "奥尻町まち・ひと・しごと創生推進計画",
            "計画期間",
            "令和3年度～令和7年度",
        ),
        ("町の人口", "2,460人（2021年5月末、住民基本台帳）", "KPIの数", "4"),
        (
            "交付対象事業費（R5・千円）",
            "28,400",
            "検証機関",
            "奥尻町総合戦略推進委員会（委員10名）",
        ),
    ]
    r = 4
    for l1, v1, l2, v2 in fields:
        _put(ws, r, 1, l1, header=True)
        _span(ws, r, 2, 4, v1, align="left")
        _span(ws, r, 5, 6, l2, header=True)
        _span(ws, r, 7, 8, v2, align="left")
        ws.row_dimensions[r].height = 18
        r += 1
    _text(ws, 8, 1, "■KPIの達成状況", bold=True, size=11)
    _head2(
        ws,
        9,
        [
            (1, "KPI"),
            (2, "単位"),
            (3, "事業開始前\n（R2）"),
            (7, "R5目標値"),
            (8, "最終目標\n（R7年度）"),
        ],
        [(4, 6, "実績値", ["R3年度", "R4年度", "R5年度"])],
    )
    r = 11
    for name, unit, *vals in OK_ROWS:
        _put(ws, r, 1, name)
        _put(ws, r, 2, unit, align="center")
        _vals(ws, r, 3, vals)
        ws.row_dimensions[r].height = 22
        r += 1
    _text(
        ws,
        r + 1,
        1,
        "評価の内訳（R5目標値に対する達成率）　　A：KPI①・KPI③　　B：KPI④　　C：KPI②",
        bold=True,
        size=10,
    )
    _notes(
        ws,
        r + 2,
        [
            "※評価　A：達成率100%以上（目標を達成）　B：達成率80%以上100%未満　C：達成率80%未満",
            "※KPI②の（　）内は令和3年度からの累計です。最終目標は計画期間5年間の累計で60人としています。",
            "※KPI③は、フェリー（江差航路）及び航空機の乗降客数から推計しています（令和3年度は減便の影響あり）。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "okushiri_kouka_kensho_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 大蔵村 (山形県最上郡): 第2期大蔵村まち・ひと・しごと創生総合戦略 KPIの進捗状況（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (大蔵村 村の概要 and 全国町村会 町村の取組): 3,030人 / 947世帯 (令和2年国勢調査), 211.63km², 肘折温泉
# (大同2年の開湯, 1200年余り), トマト (県内一の生産量), 四ヶ村の棚田. Made up: the sheet, date, every figure.
OR_ROWS = [
    (
        "1",
        "肘折温泉の観光入込客数",
        "人",
        "13万人強",
        "9万8千人",
        "11万2千人",
        "12万人",
        "14万人",
        "×",
    ),
    ("2", "トマトの出荷量", "t", 1180, 1240, 1205, 1250, 1300, "×"),
    (
        "3",
        "地域おこし協力隊員の任期終了後の定住率",
        "％",
        40.0,
        50.0,
        66.7,
        "2人に1人以上",
        60.0,
        "○",
    ),
    ("4", "四ヶ村の棚田の保全面積", "ha", 12.5, 13.0, 13.4, 13.5, 14.0, "×"),
]


def okura() -> Path:
    wb, ws = _sheet("KPI進捗", [6, 36, 7, 12, 12, 12, 13, 12, 7])
    _text(
        ws,
        1,
        1,
        "第2期大蔵村まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の進捗状況（令和5年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 9, "令和6年9月　大蔵村総合戦略推進会議　資料3", align="right")
    fields = [
        ("村の人口", "3,030人・947世帯（令和2年国勢調査）", "計画期間", "令和2年度～令和6年度"),
        ("村の面積", "211.63km²（うち山林約85％）", "関連事業費（R5決算・千円）", "38,720"),
    ]
    r = 4
    for l1, v1, l2, v2 in fields:
        _span(ws, r, 1, 2, l1, header=True)
        _span(ws, r, 3, 5, v1, align="left")
        _span(ws, r, 6, 7, l2, header=True)
        _span(ws, r, 8, 9, v2, align="left")
        ws.row_dimensions[r].height = 18
        r += 1
    _text(ws, 7, 1, "基本目標２　大蔵村の魅力で人を呼び込む", bold=True, size=11)
    _head1(
        ws,
        8,
        [
            "No.",
            "KPI",
            "単位",
            "基準値\n（R元）",
            "R4実績",
            "R5実績",
            "R5目標",
            "目標値\n（R6）",
            "評価",
        ],
    )
    r = 9
    for no, name, unit, *vals, mark in OR_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, vals)
        _put(ws, r, 9, mark, align="center")
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r,
        [
            "評価　○：R5目標を達成　×：R5目標に届かず",
            "※No.3の定住率は、任期を終えた隊員のうち村内に定住した人の割合です（R5は3人中2人）。",
            "※肘折温泉は大同2年（807年）の開湯から1200年余りの歴史をもつ湯治場です。入込客数は暦年ではなく年度の値です。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "okura_kpi_shinchoku_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 上小阿仁村 (秋田県北秋田郡): 上小阿仁村総合計画 成果指標の状況（平成29年度）
# --------------------------------------------------------------------------------------------

# Real (平成29年度 施政方針, 平成30年 新年のあいさつ, vill.kamikoani.akita.jp): the 過疎地域自立促進計画
# (平成27年度策定) as the 総合計画 from 平成28年度, the three 施策 健康づくり / 教育立村 / 雇用の拡大, フルーツほお
# ずき, the character こあぴょん and its 447 entries. Made up: the page, date, 課, every indicator and figure.
KA_GROUPS = [
    (
        "■健康づくり",
        [("特定健康診査受診率", "％", "38.5", "41.2", "43.8", "50.0", "●●○○○")],
    ),
    (
        "■教育立村",
        [
            (
                "全国学力・学習状況調査の平均正答率（県平均＝100）",
                "―",
                "小 101.5　中 98.2",
                "小 103.0　中 99.1",
                "小 104.2　中 100.6",
                "県平均以上",
                "－",
            )
        ],
    ),
    (
        "■雇用の拡大",
        [
            ("フルーツほおずきの出荷量", "t", "3.2", "3.8", "4.6", "4.5", "●●●●●"),
            ("村内での新規雇用者数", "人", "5", "8", "6", "10", "●○○○○"),
        ],
    ),
]

KA_HEAD = """<thead>
<tr><th>成果指標</th><th>単位</th><th>基準値<br>（H26）</th><th>H28実績</th><th>H29実績</th><th>目標値<br>（H32）</th><th>進捗度</th></tr>
</thead>"""


def kamikoani_html() -> str:
    rows = []
    for measure, inds in KA_GROUPS:
        rows.append(f'<tr><th colspan="7" class="l">{measure}</th></tr>')
        for name, unit, *vals, gauge in inds:
            rows.append(
                f'<tr><td>{name}</td><td class="c">{unit}</td>'
                + "".join(f'<td class="num">{v}</td>' for v in vals)
                + f'<td class="c">{gauge}</td></tr>'
            )
    body = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>総合計画 成果指標の状況（平成29年度） - 上小阿仁村</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
th.l {{ text-align: left; background: #f2f2f2; }}
td.num {{ text-align: right; }}
td.c {{ text-align: center; }}
</style>
</head>
<body>
<p>トップ &gt; 上小阿仁村の情報 &gt; 村の計画 &gt; 総合計画</p>
<h1>上小阿仁村総合計画 成果指標の状況（平成29年度）</h1>
<p>2018年6月20日 更新　総務課</p>
<p>村は、平成27年度に策定した過疎地域自立促進計画を村の総合計画とし、平成28年度から「健康づくり」「教育立村」「雇用の拡大」を柱に事業を進めています。総合計画に掲げた成果指標について、平成29年度の実績を取りまとめました。</p>
<p>なお、村のPRキャラクター「こあぴょん」の名前には、全国から447点の応募をいただきました。</p>
<h2>施策ごとの成果指標</h2>
<p>進捗度：●の数は、基準値から目標値までの進み具合（（H29実績－基準値）÷（目標値－基準値））を20％ごとに表します（●●●●●：目標値を達成、●●●●○：80％以上、●●●○○：60％以上、●●○○○：40％以上、●○○○○：20％以上、○○○○○：20％未満）。－：目標値が数値でないため算定していません。</p>
<table>
{KA_HEAD}
<tbody>
{body}
</tbody>
</table>
<p>※平均正答率は、県の平均正答率を100とした値です（小：小学6年生、中：中学3年生）。</p>
<p>※フルーツほおずきの出荷量は、村産業課の調べによります。</p>
</body>
</html>
"""


def kamikoani() -> Path:
    path = HERE / "kamikoani_seika_shihyo_h29.html"
    path.write_bytes(kamikoani_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (mutsu, okushiri, okura):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {kamikoani().name}")


if __name__ == "__main__":
    main()
