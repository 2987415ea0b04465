"""Build the built documents of forms193/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/ukiha_shisaku_hyoka_r5.xlsx``, a 総合計画 施策評価シート in the manner of うきは市 (福岡県):
  form fields (施策番号, 施策名, 主管課, 事業費, 構成事務事業数, the census population and a
  県内順位) over one grid of 成果・活動・参考 indicators whose **No. cells carry the kind in the
  label** (``成果①`` … ``活動①`` … ``参考①``, a legend line says so), **a 参考指標 whose target
  cells say ``設定なし``**, a 達成率 column and a shaded 事業費 row closing the grid; and the PDF;
* ``source/tonosho_kpi_shinchoku_r5.xlsx``, a 総合戦略 KPI 進捗 in the manner of 土庄町 (香川県):
  form fields (将来像, 計画期間, 町の概要) over a grid with **a last column
  ``（参考）香川県の目標値（R7）``** (the prefecture's targets, not the town's), **a KPI added at
  the review, its name led by ``【新】``** with ``―`` before it existed, ``R5`` spanning
  ``目標 | 実績``, a printed 達成状況, ``千人`` and a ``未集計`` actual; and the PDF;
* ``source/osakikamijima_kpi_kensho_r4.xlsx``, a 地域再生計画 効果検証シート in the manner of
  大崎上島町 (広島県): form fields with real population figures over a grid whose **判定 column
  (○/×) stands at the far left, before No.**, and **form-field rows closing the same grid**
  (``関連事業費（R4決算）``, ``主な取組``, ``外部有識者の意見``: a label over the first four
  columns, its value merged across the value columns); and the PDF;
* ``tonaki_seika_shihyo_r5.html``, a 施策評価 page in the manner of 渡名喜村 (沖縄県): a 村の概況
  key-value table, then a form-field table (施策名, 担当課, 事業費, 施策の評価) **whose
  ``成果指標`` field holds the KPI table nested in its value cell**, with **Western years
  first and the era in brackets before 年度** (``2023（令和5）年度``) in every header, and
  ``2023（令和5）年度`` spanning ``目標 | 実績``.

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
    wb.properties.creator = "forms193/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms193/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms193_soffice_") as tmp:
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
# うきは市 (福岡県): うきは市総合計画後期基本計画 施策評価シート（令和5年度実績）
# --------------------------------------------------------------------------------------------

# Real (furusato-funding.jp/projects/2438, うきは市の地域再生計画): 29,509人 (2015国勢調査) and the
# 地域経済 ranking 48th of the prefecture's 60 市町村. Made up: the sheet, 施策, 課, money, every row.
UK_ROWS = [
    ("成果①", "転入者数", "人", 812, 845, 790, 826, 850, 900, "97.2%"),
    ("成果②", "空き家バンクの成約件数", "件", 14, 21, 26, 31, 25, 30, "124.0%"),
    ("成果③", "移住支援制度を利用した転入世帯数", "世帯", 18, 24, 29, 27, 30, 40, "90.0%"),
    ("活動①", "移住相談会・移住フェアへの出展回数", "回", 6, 8, 10, 12, 10, 12, "120.0%"),
    ("活動②", "お試し住宅の利用件数", "件", "―", 9, 15, 18, 15, 20, "120.0%"),
    (
        "参考①",
        "市の人口（住民基本台帳、各年度4月1日）",
        "人",
        29760,
        29120,
        28790,
        28410,
        "設定なし",
        "設定なし",
        "―",
    ),
]


def ukiha() -> Path:
    wb, ws = _sheet("施策評価", [8, 36, 7, 11, 10, 10, 10, 10, 10, 11])
    _text(
        ws,
        1,
        1,
        "うきは市総合計画後期基本計画　施策評価シート（令和5年度実績）",
        bold=True,
        size=14,
    )
    _text(ws, 2, 10, "令和6年8月　うきは市", align="right")
    spans = [(1, 2, 3, 5), (6, 7, 8, 10)]
    r = _fields(
        ws,
        4,
        [
            [("施策番号", "2-3"), ("施策名", "移住・定住の促進")],
            [("主管課", "企画財政課"), ("関係課", "うきはブランド推進課、建設課")],
            [("施策に係る事業費（R5決算・千円）", 52840), ("構成事務事業数", "7事業")],
            [
                ("市の人口（平成27年国勢調査）", "29,509人"),
                ("地域経済の指標（内閣府）", "県内60市町村中48位"),
            ],
        ],
        spans,
    )
    _text(ws, r + 1, 1, "２　指標の推移", bold=True, size=11)
    _text(
        ws,
        r + 2,
        1,
        "※No.欄　成果＝成果指標（施策の成果を測る指標）　活動＝活動指標（取組の量を測る指標）　参考＝参考指標（目標値を設定せず推移を把握する指標）",
        size=8,
    )
    h = r + 3
    _head2(
        ws,
        h,
        [(1, "No."), (2, "指標名"), (3, "単位"), (4, "基準値\n（R元）"), (10, "達成率\n（R5）")],
        [(5, 7, "実績値", ["R3", "R4", "R5"]), (8, 9, "目標値", ["R5", "R7"])],
    )
    r = h + 2
    for no, name, unit, *vals, rate in UK_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, vals)
        _put(ws, r, 10, rate, align="center" if rate == "―" else "right")
        ws.row_dimensions[r].height = 22
        r += 1
    _span(ws, r, 1, 3, "（参考）施策の事業費（決算・千円）", fill=LIGHT)
    _vals(ws, r, 4, ["―", 48120, 50310, 52840], fill=LIGHT)
    for c in range(8, 11):
        _put(ws, r, c, "", fill=LIGHT)
    ws.row_dimensions[r].height = 22
    _notes(
        ws,
        r + 2,
        [
            "※達成率＝R5実績値÷R5目標値。参考指標は目標値を設定していないため算定していません。",
            "※転入者数は住民基本台帳によります。お試し住宅は令和2年度の開設のため、基準値（R元）は「―」としています。",
            "※施策の事業費は、構成する7事業の決算額の合計です。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "ukiha_shisaku_hyoka_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 土庄町 (香川県小豆郡): まち・ひと・しごと創生総合戦略（第2期） KPIの進捗状況（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (japanlocal.net/kagawa/tonoshocho, zck.or.jp/site/forum/25353.html): the 将来像, 74.38㎢,
# about 1万2千人, 7地区 and 54自治会, 豊島・沖之島, the 瀬戸内国際芸術祭 (every three years since H22).
# Made up: the sheet, its date, the 基本目標, every KPI, figure, the 県 column and the notes.
TN_ROWS = [
    ("1", "観光入込客数", "千人", 1085, 612, 1148, 1000, 986, "未達成", 1100, 10000),
    ("2", "移住者数", "人", 142, 163, 171, 160, 158, "未達成", 160, 2500),
    ("3", "町の支援による新規創業件数", "件", 4, 6, 5, 6, 8, "達成", 6, "―"),
    ("4", "合計特殊出生率", "―", 1.39, 1.31, 1.28, 1.5, "未集計", "―", 1.55, 1.6),
    (
        "5",
        "【新】島の暮らし体験（ワーケーション）の参加者数",
        "人",
        "―",
        "―",
        48,
        60,
        72,
        "達成",
        80,
        "―",
    ),
]


def tonosho() -> Path:
    wb, ws = _sheet("KPI進捗", [6, 38, 7, 11, 10, 10, 10, 10, 10, 11, 15])
    _text(
        ws,
        1,
        1,
        "土庄町まち・ひと・しごと創生総合戦略（第2期）　重要業績評価指標（KPI）の進捗状況（令和5年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 11, "令和6年10月　土庄町地方創生推進会議　資料2", align="right")
    r = _fields(
        ws,
        4,
        [
            [("町の将来像", "賑わうまち 安らぐくらし 輝くひと ともに創る交流都市・とのしょう")],
            [("計画期間", "令和2年度～令和6年度（5年間）")],
            [
                (
                    "町の概要",
                    "面積74.38㎢、人口約1万2千人。小豆島の西北部と豊島・沖之島などの有人島からなり、7地区・54自治会に分かれる。",
                )
            ],
        ],
        [(1, 2, 3, 11)],
    )
    _text(ws, r + 1, 1, "基本目標２　小豆島・土庄への新しいひとの流れをつくる", bold=True, size=11)
    h = r + 2
    _head2(
        ws,
        h,
        [
            (1, "No."),
            (2, "重要業績評価指標（KPI）"),
            (3, "単位"),
            (4, "基準値\n（R元）"),
            (9, "達成状況"),
            (10, "最終目標\n（R6）"),
            (11, "（参考）\n香川県の目標値\n（R7）"),
        ],
        [(5, 6, "実績値", ["R3", "R4"]), (7, 8, "R5", ["目標", "実績"])],
        height=24,
    )
    r = h + 2
    for no, name, unit, *vals in TN_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        fmts = {j: "0.00" for j, v in enumerate(vals) if isinstance(v, float)}
        _vals(ws, r, 4, vals, fmts)
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※達成状況は、R5の実績値をR5の目標値と比べたものです（「―」は実績未集計のため判定していません）。",
            "※【新】は、令和4年度の戦略見直しで追加したKPIです。基準値及びR3は設定前のため「―」としています。",
            "※R4は、3年に1度開催される瀬戸内国際芸術祭（2022）の開催年です。",
            "※（参考）香川県の目標値は、県の総合戦略に掲げる県全体の目標であり、本町の達成状況の判定には用いていません。",
            "※合計特殊出生率のR5実績は、人口動態統計の公表後に集計します。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "tonosho_kpi_shinchoku_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 大崎上島町 (広島県豊田郡): 地域再生計画 効果検証シート（令和4年度）
# --------------------------------------------------------------------------------------------

# Real (furusato-funding.jp/projects/2318; osakikaisei-miryokuka.com/introduction/): the plan's
# name, 9,816人 (H15 peak), 7,452人 (R2 住民基本台帳), R2 births 27 / deaths 153 (自然減126), the
# 「教育の島」 project, 教育寮「コンパス」, 公営塾「神峰学舎」. Made up: the sheet, 課, money, every KPI row.
OK_ROWS = [
    (
        "○",
        "1",
        "「教育の島」プロジェクトによる島外からの大崎海星高校入学者数",
        "人",
        9,
        12,
        14,
        17,
        20,
    ),
    ("×", "2", "移住相談窓口を経た転入者数", "人", 21, 26, 30, 24, 40),
    ("×", "3", "町内の出生数", "人", 27, 25, 30, 23, 35),
    ("○", "4", "造船・海運関連事業所への新規就業者数", "人", 32, 38, 40, 41, 50),
]


def osakikamijima() -> Path:
    wb, ws = _sheet("効果検証", [6, 5, 40, 6, 10, 10, 10, 10, 11])
    _text(
        ws,
        1,
        1,
        "大崎上島町まち・ひと・しごと創生推進計画　効果検証シート（令和4年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 9, "令和5年8月", align="right")
    r = _fields(
        ws,
        4,
        [
            [("地域再生計画の名称", "大崎上島町まち・ひと・しごと創生推進計画")],
            [("担当課", "企画課")],
            [("計画期間", "令和3年4月1日～令和8年3月31日")],
            [("町の人口", "7,452人（令和2年、住民基本台帳）　※平成15年の9,816人をピークに減少")],
            [("人口動態（令和2年）", "出生27人・死亡153人（自然減126人）")],
        ],
        [(1, 3, 4, 9)],
    )
    _text(ws, r + 1, 1, "■重要業績評価指標（KPI）の達成状況", bold=True, size=11)
    _text(
        ws,
        r + 2,
        1,
        "判定　○：R4目標を達成　×：R4目標を未達成　－：判定できない",
        size=8,
    )
    h = r + 3
    _head2(
        ws,
        h,
        [
            (1, "判定"),
            (2, "No."),
            (3, "重要業績評価指標（KPI）"),
            (4, "単位"),
            (5, "基準値\n（R2）"),
            (6, "R3実績"),
            (9, "最終目標\n（R7）"),
        ],
        [(7, 8, "R4", ["目標", "実績"])],
    )
    r = h + 2
    for mark, no, name, unit, *vals in OK_ROWS:
        _put(ws, r, 1, mark, align="center", size=11, bold=True)
        _put(ws, r, 2, no, align="center")
        _put(ws, r, 3, name)
        _put(ws, r, 4, unit, align="center")
        _vals(ws, r, 5, vals)
        ws.row_dimensions[r].height = 24
        r += 1
    closing = [
        ("関連事業費（R4決算）", "21,600千円（うち地方創生推進交付金 10,800千円）", 20),
        (
            "主な取組",
            "教育寮「コンパス」の運営、公営塾「神峰学舎」の運営支援、移住相談会への出展（年6回）、空き家改修補助（3件）",
            30,
        ),
        (
            "外部有識者の意見",
            "4項目中2項目で目標を達成した。転入者数はR3の26人から減少しており、相談から定住までの支援体制の強化が必要である。",
            30,
        ),
    ]
    for label, value, height in closing:
        _span(ws, r, 1, 4, label, header=True, align="left")
        _span(ws, r, 5, 9, value, align="left", valign="center")
        ws.row_dimensions[r].height = height
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※No.1は、地域みらい留学等による町外からの入学者数（各年度5月1日現在）です。",
            "※No.3は住民基本台帳によります。基準値は令和2年の出生数です。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "osakikamijima_kpi_kensho_r4.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 渡名喜村 (沖縄県島尻郡): 施策評価（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (sports-commission.okinawa/archives/municipality/tonaki): 3.84㎢, 渡名喜島 and 入砂島, 227世帯
# and 404人 (男220・女184) on 平成27年4月1日, 平均年齢54.3歳, モチキビ and 島人参, 沿岸漁業. Made up: the
# page, its date and 課, the 施策, money, every indicator and figure, the grade and the prose.
TK_ROWS = [
    ("モチキビの出荷量", "kg", "1,850", "1,420", "1,700", "1,610", "2,000"),
    ("島ニンジンの出荷量", "kg", "3,200", "―", "3,000", "3,150", "3,500"),
    ("特産品加工品の販売額", "千円", "4,120", "3,880", "4,500", "4,730", "5,000"),
    ("農業体験の受入人数（修学旅行等）", "人", "約120", "64", "100", "131", "150"),
]

TK_HEAD = """<thead>
<tr><th rowspan="2">指標名</th><th rowspan="2">単位</th><th rowspan="2">基準値<br>2019（令和元）年度</th><th rowspan="2">2022（令和4）年度<br>実績</th><th colspan="2">2023（令和5）年度</th><th rowspan="2">最終目標<br>2024（令和6）年度</th></tr>
<tr><th>目標</th><th>実績</th></tr>
</thead>"""


def tonaki_html() -> str:
    rows = "\n".join(
        f'<tr><td>{name}</td><td class="c">{unit}</td>'
        + "".join(f'<td class="num">{v}</td>' for v in vals)
        + "</tr>"
        for name, unit, *vals in TK_ROWS
    )
    kpi = f'<table class="kpi">\n{TK_HEAD}\n<tbody>\n{rows}\n</tbody>\n</table>'
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>施策評価（令和5年度） - 渡名喜村</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
table.sheet > tbody > tr > th {{ text-align: left; width: 9em; }}
table.kpi {{ margin: 4px 0; }}
td.num {{ text-align: right; }}
td.c {{ text-align: center; }}
</style>
</head>
<body>
<p>ホーム &gt; 村政情報 &gt; 計画・行政評価</p>
<h1>施策評価（令和5年度）　基本目標2　島の資源を生かした産業を育てる</h1>
<p>2024年（令和6年）9月2日更新　渡名喜村総務課</p>
<p>村では、第2期渡名喜村まち・ひと・しごと創生総合戦略に掲げた施策ごとに、毎年度、成果指標の実績をもとに評価を行っています。</p>
<h2>村の概況</h2>
<table class="gaiyo">
<tbody>
<tr><th>面積</th><td>3.84㎢（渡名喜島・入砂島）</td></tr>
<tr><th>人口・世帯数</th><td>404人（男220人・女184人）・227世帯（平成27年4月1日現在）</td></tr>
<tr><th>平均年齢</th><td>54.3歳</td></tr>
<tr><th>基幹産業</th><td>農業（モチキビ・島ニンジン）、沿岸漁業</td></tr>
</tbody>
</table>
<h2>施策評価シート（令和5年度）</h2>
<table class="sheet">
<tbody>
<tr><th>施策名</th><td>2-1　特産品（モチキビ・島ニンジン）の振興</td></tr>
<tr><th>担当課</th><td>産業振興課</td></tr>
<tr><th>施策の事業費<br>（2023（令和5）年度決算）</th><td>8,460千円（うち一括交付金 6,340千円）</td></tr>
<tr><th>成果指標</th><td>
{kpi}
<p>※島ニンジンの2022（令和4）年度は、台風被害により出荷量を集計していないため「―」としています。</p>
</td></tr>
<tr><th>施策の評価</th><td>B（おおむね順調）</td></tr>
<tr><th>今後の方向性</th><td>モチキビは作付農家が5戸に減っており、2024（令和6）年度は出荷量2,000kgに向けて、機械の共同利用と新規作付の支援を進めます。</td></tr>
</tbody>
</table>
</body>
</html>
"""


def tonaki() -> Path:
    path = HERE / "tonaki_seika_shihyo_r5.html"
    path.write_bytes(tonaki_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (ukiha, tonosho, osakikamijima):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {tonaki().name}")


if __name__ == "__main__":
    main()
