"""Build the documents of forms322/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/hamamatsu_seika_shihyo_r5.xlsx``, a 総合計画 成果指標の進捗状況 in the manner of 浜松市 (静岡県):
  form fields over a one-row grid ``No. | 成果指標 | 単位 | 基準値（H25） | R3実績 | R4実績 | R5目標 |
  R5実績 | 目標値（R6） | 政令市中の順位（R5）``, a rank column that is no value, **a rate unit with a
  scale word in its denominator, ``人/10万人``**, ``億円`` and ``万人`` in 単位, a full-width text ``４８５``;
  and the PDF (landscape);
* ``source/otsu_shisaku_hyoka_r5.xlsx``, a 総合計画 施策評価シート in the manner of 大津市 (滋賀県): a grid
  ``No. | 成果指標 | 単位 | 策定時（H28） | R3 | R4 | R5 | R6※ | 最終目標（H40）`` whose **bare-year columns are
  actuals except ``R6※``, which a note makes the 実行計画's target**, the real plan's ``平成40年度`` end, a
  ``―``; and the PDF (portrait);
* ``source/kitayama_kpi_kensho_r6.xlsx``, a 総合戦略 KPI検証シート in the manner of 北山村 (和歌山県): no
  単位 column, a ``（単位：人）`` line above the grid that two names override with their own
  ``（千円）`` / ``（％）``, a two-row header, printed 達成 / 未達成, and **a small bordered tally table under
  the grid (``区分 | 達成 | 未達成 | 計`` over ``指標数 | 2 | 2 | 4``) that is no indicator**; and the PDF (landscape);
* ``sakai_kpi_shinchoku_r5.html``, a 総合戦略 KPI page in the manner of 堺市 (大阪府): ``<th colspan>``
  施策 band rows inside the ``<tbody>``, a ``令和5年度`` span over ``目標 | 実績``, and **a ``<caption>`` saying
  that a blank 単位 cell means ``件``**, with two blank 単位 cells; ``約8,600``; a ``―``.

The PDF steps are skipped, with a message, when ``soffice`` is not installed.
These are re-typed forms of other municipalities, not their own files (README.md, SOURCES.tsv).

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
FIXED = dt.datetime(2026, 12, 6, 0, 0, 0)


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms322/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms322/build.py"
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


def _field(ws, row, c_label, c1, c2, label, value, height=18) -> None:
    """A form field: a shaded label cell and a bordered value merged over c1..c2."""
    _put(ws, row, c_label, label, header=True)
    if c1 - 1 > c_label:
        for c in range(c_label + 1, c1):
            _put(ws, row, c, None, header=True)
        _merge(ws, row, c_label, row, c1 - 1)
    cell = _span(ws, row, c1, c2, value)
    cell.alignment = Alignment(horizontal="left", vertical="center", wrap_text=True)
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
    with tempfile.TemporaryDirectory(prefix="forms322_soffice_") as tmp:
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


def _vals(ws, r, c0, vals) -> None:
    for j, v in enumerate(vals):
        _put(ws, r, c0 + j, v, align="center" if v == "―" else "right")


# --------------------------------------------------------------------------------------------
# 浜松市 (静岡県): 総合計画 成果指標の進捗状況（令和5年度実績）
# --------------------------------------------------------------------------------------------

# Real: the plan (浜松市総合計画, 浜松市未来ビジョン and its 第1次推進プラン from 平成27年度), the 2005
# merger of 12 市町村, 1,558.06km², 776,750人 (2024-04-01 推計), 日照時間 2,386.2時間 (2011). Assumed: the
# plan's end (令和6年度, before the 第2期基本計画 of 2025), the 課. Made up: every indicator, figure and rank.
HM_ROWS = [
    (1, "製造品出荷額等", "億円", 19840, 18905, 20113, 20500, 20870, 21000, "20市中6位"),
    (2, "新規創業件数", "件", 312, 355, 368, 390, 401, 400, "20市中4位"),
    (3, "観光交流客数", "万人", 1982.4, 1410.6, 1702.3, 1900.0, 1855.0, 2100.0, "20市中7位"),
    (4, "医師数", "人/10万人", 189.3, 201.4, 203.9, 205.0, 206.2, 210.0, "20市中15位"),
    (5, "農業産出額", "億円", 478, 463, 471, 490, "４８５", 500, "20市中2位"),
]


def hamamatsu() -> Path:
    wb, ws = _sheet("成果指標", [5, 30, 10, 11, 10, 10, 10, 10, 11, 14])
    _text(
        ws,
        1,
        1,
        "浜松市総合計画　基本計画　成果指標の進捗状況（令和5年度実績）",
        bold=True,
        size=14,
    )
    _text(ws, 2, 10, "令和6年9月　浜松市 企画調整部 企画課", align="right")
    _field(ws, 4, 1, 3, 10, "計画の名称", "浜松市総合計画（浜松市未来ビジョン　第1次推進プラン）")
    _field(
        ws,
        5,
        1,
        3,
        10,
        "計画期間",
        "平成27年度～令和6年度（10年間）　※基本構想「浜松市未来ビジョン」は30年後の理想の姿を描くもの",
    )
    _field(ws, 6, 1, 3, 10, "担当課", "企画課")
    _field(
        ws,
        7,
        1,
        3,
        10,
        "市の現状",
        "平成17年7月1日に天竜川・浜名湖地域の12市町村が合併し、市域は1,558.06km²と全国で2番目の広さとなった。"
        "人口は776,750人（2024年4月1日推計）で県内最多。年間日照時間は2,386.2時間（2011年）で全国一となるなど温暖な気候に恵まれ、"
        "ものづくり産業と多彩な農林水産物が本市の強みである。",
        height=44,
    )
    _text(ws, 9, 1, "２　成果指標の推移", bold=True, size=11)
    h = 10
    for c, word in enumerate(
        [
            "No.",
            "成果指標",
            "単位",
            "基準値（H25）",
            "R3実績",
            "R4実績",
            "R5目標",
            "R5実績",
            "目標値（R6）",
            "政令市中の順位（R5）",
        ],
        start=1,
    ):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 30
    for i, (no, name, unit, *vals, rank) in enumerate(HM_ROWS):
        r = h + 1 + i
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, vals)
        _put(ws, r, 10, rank, align="center", fill=LIGHT)
        ws.row_dimensions[r].height = 20
    _notes(
        ws,
        h + 7,
        [
            "※基準値（H25）は平成25年度の値です。",
            "※政令市中の順位は、20の政令指定都市の中での本市の順位（令和5年度の各市公表値による）を参考に示したもので、成果指標の値ではありません。",
            "※医師数の単位「人/10万人」は、人口10万人当たりの医師数を表します。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "hamamatsu_seika_shihyo_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 大津市 (滋賀県): 大津市総合計画2017 第2期実行計画 施策評価シート（令和5年度）
# --------------------------------------------------------------------------------------------

# Real: 大津市総合計画2017, 基本構想 平成29年度～平成40年度 (12年間), 実行計画 4年×3期, 南北45.6km,
# 464.51km², 344,375人 (2024-04-01 推計), 延暦寺・園城寺・石山寺, 国指定文化財 全国3番目, おごと温泉.
# Derived: 第2期実行計画 = 令和3年度～令和6年度. Made up: 施策 4-2, 課, every indicator and figure.
OT_ROWS = [
    (1, "観光入込客数", "万人", 1323.5, 1012.8, 1195.4, 1288.1, 1350.0, 1400.0),
    (2, "外国人宿泊客数", "人", 128400, "―", 41560, 112890, 130000, 160000),
    (3, "おごと温泉の宿泊者数", "千人", 402, 318, 371, 395, 410, 430),
    (4, "観光ボランティアガイドの案内件数", "件", 1840, 620, 1210, 1530, 1900, 2000),
]


def otsu() -> Path:
    wb, ws = _sheet("施策評価", [5, 30, 8, 11, 9, 9, 9, 9, 12])
    _text(
        ws,
        1,
        1,
        "大津市総合計画2017　第2期実行計画　施策評価シート（令和５年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 9, "令和６年８月　大津市 政策調整部 企画調整課", align="right")
    _field(ws, 4, 1, 3, 9, "計画の名称", "大津市総合計画2017")
    _field(
        ws,
        5,
        1,
        3,
        9,
        "計画期間",
        "基本構想　平成29年度～平成40年度（12年間）\n第2期実行計画　令和3年度～令和6年度（4年間）",
        height=30,
    )
    _field(ws, 6, 1, 3, 9, "施策", "施策4-2　観光の振興")
    _field(ws, 7, 1, 3, 9, "主管課", "観光振興課")
    _field(
        ws,
        8,
        1,
        3,
        9,
        "施策の現状",
        "本市は琵琶湖の南西岸に南北45.6kmと細長く広がり、面積は464.51km²、人口は344,375人（2024年4月1日推計）。"
        "延暦寺、園城寺、石山寺などを擁し、国指定文化財の保有件数は京都市、奈良市に次いで全国3番目である。"
        "令和2年度以降、感染症の影響で落ち込んだ観光客数は回復の途上にある。",
        height=58,
    )
    _text(ws, 10, 1, "２　成果指標の推移", bold=True, size=11)
    h = 11
    for c, word in enumerate(
        ["No.", "成果指標", "単位", "策定時（H28）", "R3", "R4", "R5", "R6※", "最終目標（H40）"],
        start=1,
    ):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 30
    for i, (no, name, unit, *vals) in enumerate(OT_ROWS):
        r = h + 1 + i
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, vals)
        ws.row_dimensions[r].height = 20
    _notes(
        ws,
        h + 6,
        [
            "※R3～R5欄は各年度の実績値、R6欄は第2期実行計画の最終年度（令和6年度）の目標値です。",
            "※最終目標（H40）は、基本構想の目標年度である平成40年度（令和10年度）の目標値です。",
            "※外国人宿泊客数の令和3年度は、調査を実施していません。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "otsu_shisaku_hyoka_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 北山村 (和歌山県): 第2期総合戦略 KPI検証シート（令和6年度）
# --------------------------------------------------------------------------------------------

# Real: 全国唯一の飛び地の村, 48.20km², 約97%が山林, 260世帯421人 (令和4年1月), 明治22年以来合併なし,
# 130周年 (令和元年), 観光筏下り (昭和54年復活), じゃばら (村の木). Assumed: the strategy's name and
# period, 総務課. Made up: every KPI, figure and status.
KY_ROWS = [
    ("①", "観光筏下りの乗船者数", 1850, 1020, 1410, 1690, 1760, 2000, "未達成"),
    ("②", "移住相談を経た転入者数", 3, 2, 5, 4, 5, 6, "未達成"),
    ("③", "じゃばら加工品の販売額（千円）", 98500, 112300, 120870, 118400, 125600, 120000, "達成"),
    ("④", "村内宿泊施設の客室稼働率（％）", 38.2, 24.5, 31.0, 35.8, 40.1, 40.0, "達成"),
]


def kitayama() -> Path:
    wb, ws = _sheet("KPI検証", [5, 34, 11, 9, 9, 9, 9, 11, 10])
    _text(
        ws,
        1,
        1,
        "第2期北山村まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）検証シート（令和6年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 9, "令和7年6月　北山村 総務課", align="right")
    _field(ws, 4, 1, 3, 9, "戦略の名称", "第2期北山村まち・ひと・しごと創生総合戦略")
    _field(ws, 5, 1, 3, 9, "計画期間", "令和2年度～令和6年度（5年間）")
    _field(ws, 6, 1, 3, 9, "担当課", "総務課")
    _field(
        ws,
        7,
        1,
        3,
        9,
        "村の概要",
        "紀伊半島の中央部、三重県と奈良県に囲まれた全国唯一の飛び地の村。面積48.20km²の約97%を山林が占める。"
        "人口は260世帯421人（令和4年1月）。明治22年の町村制施行以来一度も合併せず、令和元年に単独村制施行130周年を迎えた。"
        "昭和54年に観光用として復活した筏下りと、村の木でもあるじゃばらが村の顔である。",
        height=44,
    )
    _text(ws, 9, 1, "■KPIの達成状況", bold=True, size=11)
    _text(ws, 10, 9, "（単位：人）", align="right")
    h = 11
    _put(ws, h, 1, "KPI", header=True)
    for r in (h, h + 1):
        for c in (1, 2):
            _put(ws, r, c, "KPI" if (r, c) == (h, 1) else None, header=True)
    _merge(ws, h, 1, h + 1, 2)
    for c, word in ((3, "基準値（R元）"), (8, "目標値（R6）"), (9, "達成状況")):
        _put(ws, h, c, word, header=True)
        _put(ws, h + 1, c, None, header=True)
        _merge(ws, h, c, h + 1, c)
    _span(ws, h, 4, 7, "実績値", header=True)
    for c, w in zip(range(4, 8), ["R3", "R4", "R5", "R6"]):
        _put(ws, h + 1, c, w, header=True)
    ws.row_dimensions[h].height = 20
    ws.row_dimensions[h + 1].height = 20
    for i, (label, name, *vals, status) in enumerate(KY_ROWS):
        r = h + 2 + i
        _put(ws, r, 1, label, align="center")
        _put(ws, r, 2, name)
        _vals(ws, r, 3, vals)
        _put(ws, r, 9, status, align="center", bold=True)
        ws.row_dimensions[r].height = 20
    t = h + 7
    _text(ws, t, 1, "（参考）KPI達成状況の集計", bold=True)
    for c, word in zip((2, 3, 4, 5), ("区分", "達成", "未達成", "計")):
        _put(ws, t + 1, c, word, header=True)
    _put(ws, t + 2, 2, "指標数", align="center")
    _vals(ws, t + 2, 3, [2, 2, 4])
    _notes(
        ws,
        t + 4,
        [
            "※表中の数値の単位は人です。ただし、KPI③は千円、KPI④は％です（指標名の括弧内に記載）。",
            "※達成状況は、R6の実績値と目標値（R6）を比べたものです。",
            "※観光筏下りは例年5月から9月までの運航です。R3は感染症対策のため運航日数を縮小しました。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "kitayama_kpi_kensho_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 堺市 (大阪府): 第2期総合戦略 KPIの進捗状況（令和5年度）, HTML
# --------------------------------------------------------------------------------------------

# Real: 83.9万人 (2015 国勢調査), 83.3万人 (2020年8月末 住民基本台帳), 77.5万人 (2030, 堺市独自推計),
# 合計特殊出生率 1.39 (2019), 「匠の技が生きるまち堺」 (one of the 堺・3つの挑戦), 堺打刃物, 企画部.
# Assumed: 第2期 and its period. Made up: 基本目標 wording, 施策, every KPI and figure, the caption.
SK_BANDS = [
    (
        "施策（1）　伝統産業の振興と担い手の育成",
        [
            (1, "堺打刃物の出荷額", "百万円", "4,820", "4,650", "5,010", "5,100", "5,230", "5,500"),
            (
                2,
                "伝統産業の体験イベント参加者数",
                "人",
                "8,400",
                "3,120",
                "6,870",
                "8,000",
                "約8,600",
                "9,000",
            ),
            (3, "伝統産業の後継者育成研修の受講件数", "", "14", "9", "12", "15", "13", "16"),
        ],
    ),
    (
        "施策（2）　創業支援と企業立地の促進",
        [
            (4, "創業支援による創業件数", "", "182", "205", "221", "210", "236", "240"),
            (5, "企業立地促進制度による新規雇用者数", "人", "310", "285", "402", "350", "―", "400"),
        ],
    ),
]

SK_HEAD = """<thead>
<tr><th rowspan="2">No.</th><th rowspan="2">重要業績評価指標（KPI）</th><th rowspan="2">単位</th><th rowspan="2">基準値<br>（R元）</th><th colspan="2">実績値</th><th colspan="2">令和5年度</th><th rowspan="2">最終目標<br>（令和6年度）</th></tr>
<tr><th>令和3年度</th><th>令和4年度</th><th>目標</th><th>実績</th></tr>
</thead>"""


def sakai_html() -> str:
    rows = []
    for band, inds in SK_BANDS:
        rows.append(f'<tr><th colspan="9" class="band">{band}</th></tr>')
        for no, name, unit, *vals in inds:
            rows.append(
                f'<tr><td class="c">{no}</td><td>{name}</td><td class="c">{unit}</td>'
                + "".join(f'<td class="num">{v}</td>' for v in vals)
                + "</tr>"
            )
    body = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>第2期堺市まち・ひと・しごと創生総合戦略 KPIの進捗状況（令和5年度） - 堺市</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
caption {{ caption-side: top; text-align: left; font-size: 9pt; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
th.band {{ text-align: left; background: #f2f2f2; }}
td.num {{ text-align: right; }}
td.c {{ text-align: center; }}
</style>
</head>
<body>
<p class="breadcrumb"><a href="/">ホーム</a> &gt; <a href="/shisei/">市政情報</a> &gt; <a href="/shisei/keikaku/">施策・計画</a> &gt; 第2期堺市まち・ひと・しごと創生総合戦略</p>
<h1>第2期堺市まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の進捗状況（令和5年度）</h1>
<p class="date">更新日：2024年10月25日　担当：市長公室 企画部</p>
<p>本市の人口は2015年の国勢調査で83.9万人、2020年8月末の住民基本台帳では83.3万人となり、2030年には77.5万人まで減少すると見込まれています。一方で、合計特殊出生率は2019年に1.39と、全国や大阪府を上回って推移しています。第2期総合戦略（令和2年度～令和6年度）に掲げた重要業績評価指標（KPI）について、令和5年度の進捗状況を取りまとめました。</p>
<h2>基本目標１　「匠の技が生きるまち堺」で、しごとをつくる</h2>
<table>
<caption>※単位欄が空欄の指標は、単位を「件」とします。</caption>
{SK_HEAD}
<tbody>
{body}
</tbody>
</table>
<p>※No.2の令和5年度実績は、一部のイベントの参加者数を概数で集計しています。</p>
<p>※No.5の令和5年度実績は集計中です（令和6年12月公表予定）。</p>
</body>
</html>
"""


def sakai() -> Path:
    path = HERE / "sakai_kpi_shinchoku_r5.html"
    path.write_bytes(sakai_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (hamamatsu, otsu, kitayama):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {sakai().name}")


if __name__ == "__main__":
    main()
