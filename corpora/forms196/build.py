"""Build the built documents of forms196/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/takahagi_shisaku_hyoka_r5.xlsx``, a 総合計画 施策評価シート in the manner of 高萩市 (茨城県):
  form fields (基本政策, 施策, 主管課, 事業費, 構成事務事業数, the census population and the
  令和元年 births and deaths) over a 成果指標 grid whose **評価 column holds Harvey balls**
  (``●`` / ``◐`` / ``○``, a legend line says what each means) and **one row whose cells hold two
  unlabelled numbers joined by ``・``**, the order named only by the bracket at the end of the
  indicator's name (``（小学校・中学校）``); ``R5`` spans ``目標 | 実績``; and the PDF;
* ``source/yokoze_kpi_shinchoku_r5.xlsx``, a 地域再生計画 KPI 進捗 in the manner of 横瀬町 (埼玉県),
  dated February: **R5 actual cells that carry ``（4～12月）``** (nine months of a year not yet
  closed, a note says so) and **target cells that carry the original target in a labelled
  bracket** (``200（当初170）``), an A/B/C 評価 with its legend, ``千人``, a ``―`` 単位; and the PDF;
* ``source/mihama_jimu_jigyo_hyoka_r5.xlsx``, a 事務事業評価シート in the manner of 美浜町 (福井県):
  form fields and a money block over a 活動指標 grid and a 成果指標 grid whose **達成度 column
  prints the band of the 達成率 as text** (``100%以上`` / ``80%以上100%未満`` / ``80%未満``), and
  **R5 actual cells that carry the ratio to the year before in a labelled bracket**
  (``26（前年度比124%）``); and the PDF;
* ``kosuge_kpi_kensho_r5.html``, a KPI 検証 page in the manner of 小菅村 (山梨県): two ``<h2>``
  基本目標, each over a table whose **actual cells end in a trend mark ``▲`` / ``▼`` / ``→``**
  (up, down, level against the year before, a legend says so; the ``▲`` is no minus sign), and
  **a rank KPI whose final target is ``1位を維持``**, with ◎/○/△ 評価.

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
    wb.properties.creator = "forms196/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms196/build.py"
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
        _put(ws, row, c, None, header=header, fill=kw.get("fill"))
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
    with tempfile.TemporaryDirectory(prefix="forms196_soffice_") as tmp:
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


def _notes(ws, row: int, lines: list[str], size: int = 8) -> None:
    for i, line in enumerate(lines):
        _text(ws, row + i, 1, line, size=size)


def _head2(ws, h: int, singles, groups, height: float = 22) -> None:
    """A two-row header: ``singles`` (col, word) merged down, ``groups`` (c1, c2, word, lower words)."""
    for c, word in singles:
        _put(ws, h, c, word, header=True)
        _put(ws, h + 1, c, None, header=True)
        _merge(ws, h, c, h + 1, c)
    for c1, c2, word, lower in groups:
        _span(ws, h, c1, c2, word, header=True)
        for j, w in enumerate(lower):
            _put(ws, h + 1, c1 + j, w, header=True)
    ws.row_dimensions[h].height = height
    ws.row_dimensions[h + 1].height = height


def _vals(ws, r, c0, vals, fmts=None, fill=None) -> None:
    for j, v in enumerate(vals):
        fmt = (fmts or {}).get(j) or ("#,##0.0" if isinstance(v, float) else None)
        word = isinstance(v, str) and not v.endswith("%")
        _put(ws, r, c0 + j, v, align="center" if word else "right", fmt=fmt, fill=fill)


def _fields(ws, r: int, rows, spans) -> int:
    """Bordered form fields: each row a list of (label, value); ``spans`` gives the columns."""
    for pairs in rows:
        for (label, value), (l1, l2, v1, v2) in zip(pairs, spans, strict=False):
            _span(ws, r, l1, l2, label, header=True)
            _span(ws, r, v1, v2, value, align="left")
        ws.row_dimensions[r].height = 20
        r += 1
    return r


# --------------------------------------------------------------------------------------------
# 高萩市 (茨城県): 高萩市第6次総合計画 施策評価シート（令和5年度実績）
# --------------------------------------------------------------------------------------------

# Real (furusato-funding.jp/projects/1619, city.takahagi.ibaraki.jp): 27,431人 (令和2年10月1日), the
# 令和元年 births 128 and deaths 377 (自然減249), the 第6次総合計画 and its 基本政策 『保健・医療・福祉』.
# Made up: the sheet, 施策, 課, money, every other row and figure, the marks and the notes.
TH_ROWS = [
    ("1", "出生数", "人", 128, 121, 109, 130, 104, 140, "○"),
    (
        "2",
        "地域子育て支援センターの利用者数（延べ）",
        "人",
        5820,
        3910,
        4630,
        5800,
        5960,
        6000,
        "●",
    ),
    (
        "3",
        "不登校児童生徒の出現率（小学校・中学校）",
        "％",
        "0.6・3.2",
        "0.9・4.1",
        "1.1・4.6",
        "0.5・3.0",
        "0.8・3.9",
        "0.4・2.8",
        "○",
    ),
    ("4", "子育てしやすいまちだと思う保護者の割合", "％", 71.2, "―", 74.8, 78.0, 76.5, 80.0, "◐"),
    ("5", "待機児童数（各年度4月1日現在）", "人", 3, 0, 0, 0, 2, 0, "◐"),
]


def takahagi() -> Path:
    wb, ws = _sheet("施策評価", [6, 38, 6, 11, 9, 9, 9, 9, 11, 8])
    _text(ws, 1, 1, "高萩市第6次総合計画　施策評価シート（令和5年度実績）", bold=True, size=14)
    _text(ws, 2, 10, "令和6年8月30日　高萩市", align="right")
    spans = [(1, 2, 3, 5), (6, 7, 8, 10)]
    r = _fields(
        ws,
        4,
        [
            [
                ("基本政策", "1　安心を支える『保健・医療・福祉』"),
                ("施策", "1-2　子育て支援の充実"),
            ],
            [("主管課", "こども課"), ("関係課", "健康づくり課、学校教育課")],
            [("施策に係る事業費（R5決算・千円）", 286450), ("構成事務事業数", "11事業")],
            [
                ("市の人口", "27,431人（令和2年10月1日、国勢調査）"),
                ("自然動態（令和元年）", "出生128人・死亡377人（自然減249人）"),
            ],
        ],
        spans,
    )
    _text(ws, r + 1, 1, "２　成果指標の達成状況", bold=True, size=11)
    _text(
        ws,
        r + 2,
        1,
        "評価　●：R5目標値を達成　◐：R5目標値は未達成だが、基準値より改善　○：基準値より改善していない　－：実績がなく評価できない",
        size=8,
    )
    h = r + 3
    _head2(
        ws,
        h,
        [
            (1, "No."),
            (2, "成果指標"),
            (3, "単位"),
            (4, "基準値\n（R元）"),
            (9, "目標値\n（R7）"),
            (10, "評価"),
        ],
        [(5, 6, "実績値", ["R3", "R4"]), (7, 8, "R5", ["目標", "実績"])],
    )
    r = h + 2
    for no, name, unit, *vals, mark in TH_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate(vals):
            word = isinstance(v, str) and "・" not in v
            _put(
                ws,
                r,
                4 + j,
                v,
                align="center" if word else "right",
                fmt="0.0" if isinstance(v, float) else None,
            )
        cell = _put(ws, r, 10, mark, align="center")
        cell.font = Font(name="Noto Sans CJK JP", size=12)
        ws.row_dimensions[r].height = 24
        r += 1
    _notes(
        ws,
        r,
        [
            "※No.1は茨城県人口動態統計によります。基準値は令和元年（1～12月）の出生数です。",
            "※No.3は文部科学省「児童生徒の問題行動・不登校等生徒指導上の諸課題に関する調査」によります。数値は「小学校・中学校」の順に記載しています。",
            "※No.4の保護者アンケートは、令和3年度は実施していないため「―」としています。",
        ],
    )
    r += 4
    _text(ws, r, 1, "３　施策の評価", bold=True, size=11)
    r += 1
    for label, value, height in [
        ("施策の総合評価", "B（概ね順調に進んでいる）", 20),
        (
            "今後の方向性",
            "待機児童は令和5年4月1日に2人発生したため、令和6年度に保育士を1人加配し、令和7年度までに待機児童ゼロを目指す。地域子育て支援センターは延べ6,000人の利用に向けて、土曜日の開所を月2回に増やす。",
            36,
        ),
    ]:
        _span(ws, r, 1, 2, label, header=True)
        _span(ws, r, 3, 10, value, align="left")
        ws.row_dimensions[r].height = height
        r += 1
    _page(ws, "landscape")
    path = SOURCE / "takahagi_shisaku_hyoka_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 横瀬町 (埼玉県秩父郡): 地域再生計画 重要業績評価指標（KPI）の進捗状況（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (furusato-funding.jp/projects/1717, yokolab.jp): the plan's name, 8,188人 (2020年3月1日), the
# 1995 peak 10,194人, the 2014 合計特殊出生率 1.35, よこらぼ (官民連携プラットフォーム), 子育て支援課.
# Made up: the sheet, its date, 課, period, money, every KPI figure, target, grade and note.
YK_ROWS = [
    ("KPI①　観光入込客数", "千人", 1184, 812, 968, 1150, "1,022（4～12月）", "B", 1250),
    (
        "KPI②　よこらぼ（官民連携プラットフォーム）の採択件数",
        "件",
        31,
        28,
        26,
        30,
        "27（4～12月）",
        "B",
        "32（当初26）",
    ),
    ("KPI③　転入者数", "人", 262, 248, 271, 270, "203（4～12月）", "C", 280),
    ("KPI④　合計特殊出生率", "―", 1.24, 1.18, 1.21, 1.30, "―", "－", 1.35),
    (
        "KPI⑤　子育て支援課への子育て相談件数",
        "件",
        146,
        188,
        203,
        "200（当初170）",
        "214（4～12月）",
        "A",
        "220（当初180）",
    ),
]


def yokoze() -> Path:
    wb, ws = _sheet("KPI進捗", [36, 6, 9, 8, 8, 12, 14, 6, 12])
    _text(
        ws,
        1,
        1,
        "地域再生計画　重要業績評価指標（KPI）の進捗状況（令和5年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 9, "令和6年2月29日　横瀬町", align="right")
    r = 4
    for label, value in [
        ("地域再生計画の名称", "第6次横瀬町総合振興計画に基づくカラフルタウン実現のための計画"),
        ("担当課", "総合政策課"),
        ("計画期間", "令和2年度～令和6年度"),
        ("交付対象事業費（R5・千円）", 18400),
        ("町の人口", "8,188人（2020年3月1日現在）　※1995年の10,194人をピークに減少"),
        ("合計特殊出生率（参考）", "1.35（2014年）"),
    ]:
        _put(ws, r, 1, label, header=True, align="left")
        _span(ws, r, 2, 9, value, align="left")
        ws.row_dimensions[r].height = 19
        r += 1
    _text(ws, r + 1, 1, "■重要業績評価指標（KPI）の進捗", bold=True, size=11)
    _text(
        ws,
        r + 2,
        1,
        "評価　A：R5目標を達成　B：R5目標の8割以上　C：R5目標の8割未満　－：評価できない",
        size=8,
    )
    h = r + 3
    for c, word in enumerate(
        [
            "KPI",
            "単位",
            "基準値\n（R元）",
            "R3実績",
            "R4実績",
            "R5目標",
            "R5実績",
            "評価",
            "最終目標\n（R6）",
        ],
        start=1,
    ):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 28
    r = h + 1
    for name, unit, *vals, grade, final in YK_ROWS:
        _put(ws, r, 1, name)
        _put(ws, r, 2, unit, align="center")
        for j, v in enumerate(vals):
            fmt = "0.00" if isinstance(v, float) else None
            _put(ws, r, 3 + j, v, align="center" if v == "―" else "right", fmt=fmt)
        _put(ws, r, 8, grade, align="center", bold=True)
        _put(ws, r, 9, final, align="right", fmt="0.00" if isinstance(final, float) else None)
        ws.row_dimensions[r].height = 30
        r += 1
    _text(ws, r, 1, "評価の内訳　A：1項目　B：2項目　C：1項目　－：1項目（KPI 5項目）", size=9)
    _notes(
        ws,
        r + 2,
        [
            "※R5実績のうち「（4～12月）」とあるものは、令和5年4月から12月までの9か月間の実績です（令和6年2月集計）。",
            "　評価は、この9か月間の実績とR5目標を比べて行っています。",
            "※目標値の「（当初）」は、令和4年度の効果検証で見直す前の目標値です。",
            "※KPI①は埼玉県観光入込客統計調査（芦ヶ久保の氷柱、寺坂棚田等を含む）によります。",
            "※KPI④のR5は、人口動態統計の公表前のため「―」としています。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "yokoze_kpi_shinchoku_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 美浜町 (福井県三方郡): 事務事業評価シート（令和5年度実施事業）
# --------------------------------------------------------------------------------------------

# Real (zck.or.jp/site/forum/1309.html, mykoho.jp 広報みはま 令和7年5月号): the 第五次美浜町総合振興計画,
# 三方五湖 with 久々子湖 and 日向湖, the 体験教育旅行 with schools of 関西 and 中京. Made up: the sheet, the
# 事業, 課, money, every indicator and figure, the grades and prose.
MH_ACT = [
    ("1", "誘致訪問・商談会への参加回数", "回", 8, 12, 14, 15, "100%以上"),
    ("2", "体験プログラムの実施メニュー数", "メニュー", 18, 21, 24, 22, "80%以上100%未満"),
]
MH_KPI = [
    ("1", "体験教育旅行の受入校数", "校", 9, 21, 28, "26（前年度比124%）", "80%以上100%未満", 35),
    (
        "2",
        "体験教育旅行の受入人数（延べ）",
        "人",
        640,
        1580,
        2000,
        "2,140（前年度比135%）",
        "100%以上",
        2600,
    ),
    (
        "3",
        "体験後アンケートで「また来たい」と答えた生徒の割合",
        "％",
        82.4,
        85.1,
        90.0,
        70.2,
        "80%未満",
        90.0,
    ),
]


def mihama() -> Path:
    wb, ws = _sheet("事務事業評価", [6, 34, 8, 10, 10, 10, 18, 15, 10])
    _text(ws, 1, 1, "令和6年度　事務事業評価シート（令和5年度実施事業）", bold=True, size=13)
    _text(ws, 2, 9, "令和6年7月　美浜町", align="right")
    _text(ws, 4, 1, "１　事業の概要", bold=True, size=11)
    r = 5
    for label, value, height in [
        ("事務事業名", "体験教育旅行誘致推進事業", 19),
        ("担当課", "観光誘客課", 19),
        ("総合振興計画の位置付け", "第五次美浜町総合振興計画　施策「観光・交流の推進」", 19),
        ("事業期間", "令和3年度～令和7年度", 19),
        (
            "事業の目的",
            "若狭湾や三方五湖（久々子湖・日向湖）の自然を生かした体験教育旅行を関西・中京方面の学校に売り込み、民宿の稼働と交流人口の拡大につなげる。",
            30,
        ),
    ]:
        _span(ws, r, 1, 2, label, header=True, align="left")
        _span(ws, r, 3, 9, value, align="left")
        ws.row_dimensions[r].height = height
        r += 1
    r += 1
    _text(ws, r, 1, "２　事業費の推移（単位：千円）", bold=True, size=11)
    r += 1
    _span(ws, r, 1, 3, "区分", header=True)
    for c, word in enumerate(["R4決算", "R5決算", "R6予算"], start=4):
        _put(ws, r, c, word, header=True)
    r += 1
    for label, vals in [("事業費", [6840, 7215, 7500]), ("うち一般財源", [3420, 3608, 3750])]:
        _span(ws, r, 1, 3, label)
        _vals(ws, r, 4, vals)
        ws.row_dimensions[r].height = 19
        r += 1
    r += 1
    _text(ws, r, 1, "３　活動指標（事業の実施量）", bold=True, size=11)
    r += 1
    for c, word in enumerate(
        ["No.", "指標名", "単位", "R3実績", "R4実績", "R5計画", "R5実績"], start=1
    ):
        _put(ws, r, c, word, header=True)
    _span(ws, r, 8, 9, "達成度", header=True)
    ws.row_dimensions[r].height = 22
    r += 1
    for no, name, unit, *vals, band in MH_ACT:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, vals)
        _span(ws, r, 8, 9, band, align="center")
        ws.row_dimensions[r].height = 22
        r += 1
    r += 1
    _text(ws, r, 1, "４　成果指標（事業の成果）", bold=True, size=11)
    r += 1
    for c, word in enumerate(
        [
            "No.",
            "指標名",
            "単位",
            "基準値\n（R2）",
            "R4実績",
            "R5目標",
            "R5実績",
            "達成度",
            "目標値\n（R7）",
        ],
        start=1,
    ):
        _put(ws, r, c, word, header=True)
    ws.row_dimensions[r].height = 28
    r += 1
    for no, name, unit, *vals, band, final in MH_KPI:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate(vals):
            _put(ws, r, 4 + j, v, align="right", fmt="0.0" if isinstance(v, float) else None)
        _put(ws, r, 8, band, align="center")
        _put(ws, r, 9, final, align="right", fmt="0.0" if isinstance(final, float) else None)
        ws.row_dimensions[r].height = 30
        r += 1
    _notes(
        ws,
        r,
        [
            "※達成度は、R5実績÷R5計画（目標）の割合を「100%以上」「80%以上100%未満」「80%未満」の3区分で表示しています。",
            "※（前年度比）は、R5実績÷R4実績です。",
            "※成果指標No.3は、R5から回答方法を紙からWebに変更しています（回答312人）。",
        ],
    )
    r += 4
    _text(ws, r, 1, "５　評価", bold=True, size=11)
    r += 1
    for label, value, height in [
        ("有効性", "B（概ね成果が上がっている）", 19),
        ("単位当たりコスト", "3,371円／人（R5決算額÷受入人数）", 19),
        (
            "今後の方向性",
            "継続（令和7年度に受入校数35校を目指し、中京方面の学校訪問を年4回に増やす。）",
            30,
        ),
    ]:
        _span(ws, r, 1, 2, label, header=True, align="left")
        _span(ws, r, 3, 9, value, align="left")
        ws.row_dimensions[r].height = height
        r += 1
    _page(ws, "portrait")
    path = SOURCE / "mihama_jimu_jigyo_hyoka_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 小菅村 (山梨県北都留郡): 小菅村まち・ひと・しごと創生推進計画 KPIの検証結果（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (furusato-funding.jp/projects/1889, japanlocal.net, hitokoto-monokoto.jp, zck.or.jp): the plan's
# name, 1,018人 (2005) and 726人 (2015), 712人 (2019), 718人 (2020年4月), 306人 (2060 推計), 45.2%,
# the 小菅の湯, わさび (県内一の生産量). Made up: the page, its date and 課, every KPI figure, grade and note.
KS_HEAD = """<thead>
<tr><th rowspan="2">KPI</th><th rowspan="2">単位</th><th rowspan="2">基準値<br>（R元）</th><th rowspan="2">R4<br>実績</th><th colspan="2">R5</th><th rowspan="2">目標値<br>（R6）</th><th rowspan="2">評価</th></tr>
<tr><th>目標</th><th>実績</th></tr>
</thead>"""

KS_GOALS = [
    (
        "基本目標１　源流の恵みを生かした仕事をつくる",
        [
            ("小菅の湯の利用者数", "千人", "98.4", "72.6▲", "90.0", "84.1▲", "100.0", "○"),
            ("わさびの生産量の県内順位", "位", "1", "1→", "1", "1→", "1位を維持", "◎"),
            ("村内の新規起業・事業承継の件数", "件", "1", "3▲", "2", "1▼", "2", "△"),
        ],
    ),
    (
        "基本目標２　源流の郷に新しい人の流れをつくる",
        [
            ("移住相談件数", "件", "42", "58▼", "60", "71▲", "60", "◎"),
            (
                "村の人口（各年度4月1日、住民基本台帳）",
                "人",
                "712",
                "684▼",
                "700",
                "652▼",
                "700",
                "○",
            ),
        ],
    ),
]


def kosuge_html() -> str:
    parts = []
    for heading, rows in KS_GOALS:
        body = "\n".join(
            f'<tr><td>{name}</td><td class="c">{unit}</td>'
            + "".join(f'<td class="num">{v}</td>' for v in vals)
            + f'<td class="c">{mark}</td></tr>'
            for name, unit, *vals, mark in rows
        )
        parts.append(f"<h2>{heading}</h2>\n<table>\n{KS_HEAD}\n<tbody>\n{body}\n</tbody>\n</table>")
    tables = "\n".join(parts)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>小菅村まち・ひと・しごと創生推進計画 KPIの検証結果（令和5年度） - 小菅村</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
td.num {{ text-align: right; }}
td.c {{ text-align: center; }}
p.legend {{ font-size: 9pt; }}
</style>
</head>
<body>
<p>ホーム &gt; 村政情報 &gt; 地方創生</p>
<h1>小菅村まち・ひと・しごと創生推進計画　KPIの検証結果（令和5年度）</h1>
<p>更新日：2024年9月20日　小菅村源流振興課</p>
<p>本村の人口は、2005年の1,018人から2015年の726人へと約300人減少しましたが、その後は移住者の増加により微増に転じ、2020年4月には718人（住民基本台帳）となりました。一方、老年人口の割合は45.2%（2015年）に達し、村の推計では2060年の人口は306人と見込まれています。村では、小菅村まち・ひと・しごと創生推進計画に掲げた重要業績評価指標（KPI）について、毎年度、村民と有識者による検証会議で検証を行っています。</p>
<p class="legend">実績値の「▲」は前年度より増加、「▼」は前年度より減少、「→」は前年度と同じであることを示します。<br>評価　◎：R5目標を達成　○：R5目標の9割以上　△：R5目標の9割未満</p>
{tables}
<p>※わさびの生産量の県内順位は、山梨県の特用林産物の統計によります（本村は県内1位の生産量です）。</p>
<p>※村の人口は住民基本台帳（各年度4月1日現在）によります。</p>
<p>※令和5年度の地方創生推進交付金の充当額は12,400千円です。</p>
</body>
</html>
"""


def kosuge() -> Path:
    path = HERE / "kosuge_kpi_kensho_r5.html"
    path.write_bytes(kosuge_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (takahagi, yokoze, mihama):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {kosuge().name}")


if __name__ == "__main__":
    main()
