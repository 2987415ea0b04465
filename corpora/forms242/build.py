"""Build the built documents of forms242/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/rikubetsu_kpi_kensho_r5.xlsx``, a 総合戦略 KPI 検証シート in the manner of 陸別町 (北海道):
  **the grade key standing only inside the ``評価（R5）`` header cell**, **survey rates that carry
  their respondent count, ``62.4（n=318）``**, a ``令和5年度`` header spanning ``目標 | 実績``,
  ``約9,800``, a ``―`` survey year and a form field counting the sheet's own grades; and the PDF;
* ``source/sai_kpi_hyoka_r5.xlsx``, a 推進計画 KPI 評価表 in the manner of 佐井村 (青森県):
  **two evaluation columns by two evaluators (``村の自己評価`` A/B/C on the target,
  ``推進会議の評価`` ◎/○/△ on the effect), each with its own legend line**, and **a
  ``直近実績`` column whose cells hold two actuals, each on its own line after its year
  (``R4：17`` / ``R5：19``)**; 施策 cells merged down, ``千円`` and ``千人`` in 単位; and the PDF;
* ``source/wakuya_shisaku_hyoka_r6.xlsx``, a 総合計画 施策評価シート in the manner of 涌谷町 (宮城県):
  **a step indicator whose cells hold words, not numbers (``未着手``, ``着手``, ``改定``,
  ``改定済``)**, **a zero actual carrying its run of years, ``0（3年連続）``**, an A/B/C/－
  legend line and money form fields; and the PDF;
* ``shonai_seika_shihyo_r5.html``, a 推進計画 成果指標 page in the manner of 庄内町 (山形県):
  **評価 cells that are in-page links (``<a href="#hyoka">B</a>``) to a legend set out as a
  ``<dl id="hyoka">`` under the tables**, **a suppressed small count ``5未満`` as an actual**
  beside ``10以下`` / ``8以下`` targets, ``百万円`` in 単位, ``未集計`` and two ``<h2>`` 基本目標.

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
    wb.properties.creator = "forms242/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms242/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms242_soffice_") as tmp:
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
# 陸別町 (北海道足寄郡): 第2期総合戦略 KPI検証シート（令和5年度実績）
# --------------------------------------------------------------------------------------------

# Real (kachimai.jp, 陸別百年新聞): 開町100年 (2018), 「日本一寒い町」, しばれフェスティバル, the
# 天文台 and the 観光動態保存 of the old ふるさと銀河線. Made up: the sheet, its 課, money, every figure.
RK_HYOKA = "評価（R5）\nA：最終目標（R6）を達成済\nB：R5目標を達成\nC：R5目標未達成"
RK_ROWS = [
    ("1", "しばれフェスティバル来場者数", "人", 12400, 8600, 11000, "約9,800", 15000, "C"),
    ("2", "銀河の森天文台の入館者数", "人", 8215, 7640, 8500, 9102, 10000, "B"),
    ("3", "移住相談件数", "件", 14, 22, 26, 31, 30, "A"),
    (
        "4",
        "陸別町に住み続けたいと思う町民の割合",
        "%",
        "58.1（n=342）",
        "―",
        62.0,
        "62.4（n=318）",
        65.0,
        "B",
    ),
    ("5", "りくべつ鉄道の運転・乗車体験者数", "人", 1120, 1480, 1400, 1352, 1500, "C"),
]


def rikubetsu() -> Path:
    wb, ws = _sheet("KPI検証", [6, 36, 7, 14, 11, 11, 14, 12, 26])
    _text(
        ws,
        1,
        1,
        "第2期陸別町まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）検証シート（令和5年度実績）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 9, "令和6年8月　陸別町企画財政課", align="right")
    fields = [
        ("計画期間", "令和2年度～令和6年度", "町の概要", "開町100年（平成30年）、「日本一寒い町」"),
        ("関連事業費（R5決算・千円）", 36480, "KPIの評価（R5）", "A 1件／B 2件／C 2件"),
    ]
    r = 4
    for l1, v1, l2, v2 in fields:
        _span(ws, r, 1, 2, l1, header=True)
        _span(ws, r, 3, 5, v1, align="left")
        _span(ws, r, 6, 7, l2, header=True)
        _span(ws, r, 8, 9, v2)
        ws.row_dimensions[r].height = 20
        r += 1
    _text(ws, 7, 1, "■基本目標２　陸別町への新しいひとの流れをつくる", bold=True, size=11)
    _head2(
        ws,
        8,
        [
            (1, "No."),
            (2, "重要業績評価指標（KPI）"),
            (3, "単位"),
            (4, "基準値\n（R元）"),
            (5, "R4実績"),
            (8, "目標値\n（R6）"),
            (9, RK_HYOKA),
        ],
        [(6, 7, "令和5年度", ["目標", "実績"])],
    )
    ws.cell(row=8, column=9).alignment = Alignment(
        horizontal="left", vertical="center", wrap_text=True
    )
    ws.row_dimensions[8].height = 30
    ws.row_dimensions[9].height = 30
    r = 10
    for no, name, unit, *vals, grade in RK_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, vals)
        _put(ws, r, 9, grade, align="center", bold=True)
        ws.row_dimensions[r].height = 24
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※No.4は町民アンケート（隔年実施）によります。（n=　）は有効回答数です。令和4年度は調査を実施していません。",
            "※No.1の令和5年度実績は、実行委員会発表による概数です。",
            "※関連事業費には、地方創生推進交付金 12,000千円を含みます。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "rikubetsu_kpi_kensho_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 佐井村 (青森県下北郡): 佐井村まち・ひと・しごと創生推進計画 KPI評価表（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (furusato-funding.jp/projects/1471; 佐井村地域創生総合戦略 on expydoc): the plan's name, the
# population (1,932人 in 令和2年5月, the 5,642人 peak of 昭和30年), the 基本目標① and 施策 wording.
# Made up: the sheet, its date, 課 and money, every KPI, figure, grade and mark.
SI_GROUPS = [
    (
        "(1)産業として成り立つ水産業の確立",
        [
            ("漁業就業者数（40歳未満）", "人", 18, "R4：17\nR5：19", 20, 22, "B", "○"),
            (
                "ウニ・アワビの水揚金額",
                "千円",
                84200,
                "R4：79,650\nR5：88,410",
                86000,
                90000,
                "A",
                "◎",
            ),
        ],
    ),
    (
        "(3)地域資源の観光コンテンツ化",
        [
            ("仏ヶ浦観光客数", "千人", 62.3, "R4：48.1\nR5：55.7", 60.0, 65.0, "C", "△"),
            ("ガイド付き体験プログラム参加者数", "人", 210, "R4：―\nR5：264", 250, 300, "A", "○"),
        ],
    ),
    (
        "(4)観光業の成長産業化",
        [
            (
                "村内宿泊施設の延べ宿泊者数",
                "人泊",
                5840,
                "R4：5,120\nR5：6,015",
                6000,
                6500,
                "A",
                "○",
            ),
        ],
    ),
]


def sai() -> Path:
    wb, ws = _sheet("KPI評価", [22, 30, 7, 11, 13, 11, 11, 10, 10])
    _text(
        ws, 1, 1, "佐井村まち・ひと・しごと創生推進計画　KPI評価表（令和5年度）", bold=True, size=13
    )
    _text(ws, 2, 9, "令和6年9月　佐井村総合戦略推進会議　資料3", align="right")
    _text(ws, 3, 9, "事務局：佐井村総務課", align="right")
    fields = [
        ("計画の名称", "佐井村まち・ひと・しごと創生推進計画", "計画期間", "令和2年度～令和6年度"),
        (
            "村の人口",
            "1,932人（令和2年5月、住民基本台帳）\n※昭和30年の5,642人をピークに減少",
            "交付対象事業費（R5・千円）",
            21600,
        ),
    ]
    r = 5
    for l1, v1, l2, v2 in fields:
        _put(ws, r, 1, l1, header=True)
        _span(ws, r, 2, 4, v1, align="left")
        _span(ws, r, 5, 6, l2, header=True)
        _span(ws, r, 7, 9, v2)
        ws.row_dimensions[r].height = 28
        r += 1
    _text(
        ws,
        8,
        1,
        "基本目標①　地域資源を活かした産業の成長化により安定した雇用を創出する",
        bold=True,
        size=11,
    )
    h = 9
    heads = [
        "施策",
        "重要業績評価指標（KPI）",
        "単位",
        "基準値\n（H30）",
        "直近実績",
        "目標値\n（R5）",
        "最終目標\n（R6）",
        "村の\n自己評価",
        "推進会議\nの評価",
    ]
    for c, word in enumerate(heads, start=1):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 30
    r = h + 1
    for measure, inds in SI_GROUPS:
        top = r
        for name, unit, base, recent, t5, t6, own, council in inds:
            _put(ws, r, 1, measure if r == top else None, valign="center")
            _put(ws, r, 2, name)
            _put(ws, r, 3, unit, align="center")
            _vals(ws, r, 4, [base], {0: "#,##0.0"} if isinstance(base, float) else None)
            _put(ws, r, 5, recent, align="right")
            _vals(ws, r, 6, [t5, t6])
            _put(ws, r, 8, own, align="center", bold=True)
            _put(ws, r, 9, council, align="center", bold=True)
            ws.row_dimensions[r].height = 30
            r += 1
        if r - 1 > top:
            _merge(ws, top, 1, r - 1, 1)
    _notes(
        ws,
        r + 1,
        [
            "村の自己評価　A：R5目標値を達成　B：R5目標値は未達成だが基準値より改善　C：基準値から改善していない",
            "推進会議の評価　◎：取組の効果が高い　○：取組の効果がある　△：取組の効果が低い（取組の見直しが必要）",
            "※直近実績欄は、令和4年度と令和5年度の実績です。体験プログラムは令和4年度休止（ガイド研修のため）。",
            "※水揚金額は漁協調べ。交付対象事業費のうち交付金は10,800千円です。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "sai_kpi_hyoka_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 涌谷町 (宮城県遠田郡): 涌谷町総合計画 施策評価シート（令和6年度評価・令和5年度実績）
# --------------------------------------------------------------------------------------------

# Real (jablog.org, 涌谷町): 面積 82.16k㎡, 推計人口 15,763人 (2020年4月30日), the 奈良時代 gold used
# for the 奈良の大仏. Made up: the sheet, the 施策, 課, money, every indicator, figure and grade.
WK_ROWS = [
    ("1", "自主防災組織の組織率", "%", 78.4, 81.0, 85.0, 83.6, 90.0, "B"),
    ("2", "業務継続計画（BCP）の改定", "―", "未着手", "着手", "改定", "改定済", "―", "－"),
    ("3", "町内の交通死亡事故件数", "件", 2, 0, 0, "0（3年連続）", 0, "A"),
    ("4", "防災メール登録者数", "人", 2140, 2860, 3000, 3215, 4000, "A"),
]


def wakuya() -> Path:
    wb, ws = _sheet("施策評価", [6, 32, 7, 11, 11, 11, 13, 11, 9])
    _text(
        ws,
        1,
        1,
        "涌谷町総合計画　施策評価シート（令和6年度評価・令和5年度実績）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 9, "令和6年7月", align="right")
    fields = [
        ("施策名", "5-1　防災・防犯・交通安全の推進", "主管課", "総務課"),
        ("施策の事業費（R5決算・千円）", 52310, "構成する事務事業数", "9"),
        (
            "町の概要",
            "面積82.16k㎡、人口15,763人（令和2年4月30日推計）。奈良時代に産出した金が奈良の大仏に用いられた町",
            None,
            None,
        ),
    ]
    r = 4
    for l1, v1, l2, v2 in fields:
        _span(ws, r, 1, 2, l1, header=True)
        if l2 is None:
            _span(ws, r, 3, 9, v1, align="left")
        else:
            _span(ws, r, 3, 5, v1, align="left")
            _span(ws, r, 6, 7, l2, header=True)
            _span(ws, r, 8, 9, v2, align="left")
        ws.row_dimensions[r].height = 22
        r += 1
    _text(ws, 8, 1, "２　成果指標の状況", bold=True, size=11)
    _text(
        ws,
        9,
        1,
        "評価　A：R5目標を達成　B：R5目標の8割以上　C：R5目標の8割未満　－：数値で評価できないもの",
        size=8,
    )
    h = 10
    heads = [
        "No.",
        "成果指標",
        "単位",
        "基準値\n（R2）",
        "R4実績",
        "R5目標",
        "R5実績",
        "目標値\n（R7）",
        "評価\n（R5）",
    ]
    for c, word in enumerate(heads, start=1):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 30
    r = h + 1
    for no, name, unit, *vals, grade in WK_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate(vals):
            if isinstance(v, str):
                _put(
                    ws,
                    r,
                    4 + j,
                    v,
                    align="center" if v in ("―",) or not v[0].isdigit() else "right",
                )
            else:
                _vals(ws, r, 4 + j, [v])
        _put(ws, r, 9, grade, align="center", bold=True)
        ws.row_dimensions[r].height = 24
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※No.2は、令和5年度中に業務継続計画を改定することを目標としたもので、数値目標はありません。",
            "※No.3の（　）内は、死亡事故ゼロが続いている年数です（令和3年以降）。",
            "※No.4は各年度末の登録者数。防災メールは平成25年度から配信しています。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "wakuya_shisaku_hyoka_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 庄内町 (山形県東田川郡): まち・ひと・しごと創生推進計画 成果指標の達成状況（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (furusato-funding.jp/projects/1579; zck.or.jp 19755; 議会会議録): the 平成17年 merger of 余目町 and
# 立川町, 21,666人 (H27), 20,656人 (R2 住基), 出生率 1.56 (平成20～25年), 「米と花のまち」, the wind
# power, 新産業創造館, 情報発信課. Made up: the page, the 基本目標 wording, every indicator, figure and grade.
SH_BLOCKS = [
    (
        "基本目標1　米と花と風のまちで稼ぐ力を高める",
        [
            ("認定農業者数", "経営体", "412", "398", "405", "401", "C", "410"),
            ("花きの販売額", "百万円", "486", "512", "500", "528", "A", "520"),
            (
                "新産業創造館の利用者数",
                "人",
                "18,450",
                "14,220",
                "16,000",
                "未集計",
                "－",
                "20,000",
            ),
        ],
    ),
    (
        "基本目標3　若い世代の結婚・出産・子育ての希望をかなえる",
        [
            ("出生数", "人", "128", "104", "120", "97", "C", "125"),
            ("3歳児のむし歯有病者数", "人", "12", "7", "10以下", "5未満", "A", "8以下"),
        ],
    ),
]
SH_HEAD = """<thead>
<tr><th rowspan="2">成果指標</th><th rowspan="2">単位</th><th rowspan="2">基準値<br>（R元）</th><th rowspan="2">R4実績</th><th colspan="3">令和5年度</th><th rowspan="2">目標値<br>（R6）</th></tr>
<tr><th>目標</th><th>実績</th><th>評価</th></tr>
</thead>"""


def shonai_html() -> str:
    parts = []
    for goal, inds in SH_BLOCKS:
        rows = []
        for name, unit, base, r4, t5, a5, grade, t6 in inds:
            rows.append(
                f'<tr><th scope="row">{name}</th><td class="c">{unit}</td>'
                + "".join(f'<td class="num">{v}</td>' for v in (base, r4, t5, a5))
                + f'<td class="c"><a href="#hyoka">{grade}</a></td><td class="num">{t6}</td></tr>'
            )
        body = "\n".join(rows)
        parts.append(f"<h2>{goal}</h2>\n<table>\n{SH_HEAD}\n<tbody>\n{body}\n</tbody>\n</table>")
    tables = "\n".join(parts)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>成果指標の達成状況（令和5年度） - 庄内町</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
th[scope="row"] {{ text-align: left; background: #f2f2f2; font-weight: normal; }}
td.num {{ text-align: right; }}
td.c {{ text-align: center; }}
dl#hyoka dt {{ float: left; width: 2em; font-weight: bold; }}
</style>
</head>
<body>
<p>ホーム &gt; 町政情報 &gt; 計画・施策 &gt; 地方創生</p>
<h1>庄内町まち・ひと・しごと創生推進計画　成果指標の達成状況（令和5年度）</h1>
<p>令和6年10月1日更新　情報発信課</p>
<p>庄内町は、平成17年7月に余目町と立川町が合併して誕生しました。人口は平成27年国勢調査で21,666人、令和2年の住民基本台帳で20,656人となっています。合計特殊出生率は平成20～25年で1.56と全国・県を上回るものの、人口維持水準の2.07には届いていません。</p>
<p>「米と花のまち」の農業、風を生かした再生可能エネルギー、交流拠点の活用などに取り組む推進計画の成果指標について、令和5年度の実績と評価をまとめました。評価の記号は、ページ下の「評価の区分」をご覧ください。</p>
{tables}
<p>※個人が特定されるおそれがあるため、5人未満の値は「5未満」と表示しています。</p>
<p>※新産業創造館の利用者数（令和5年度）は、指定管理者からの報告を集計中です。</p>
<h3>評価の区分</h3>
<dl id="hyoka">
<dt>A</dt><dd>令和5年度の目標値を達成</dd>
<dt>B</dt><dd>目標値は未達成だが基準値より改善</dd>
<dt>C</dt><dd>基準値から改善していない</dd>
<dt>－</dt><dd>実績が確定していないため評価できない</dd>
</dl>
</body>
</html>
"""


def shonai() -> Path:
    path = HERE / "shonai_seika_shihyo_r5.html"
    path.write_bytes(shonai_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (rikubetsu, sai, wakuya):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {shonai().name}")


if __name__ == "__main__":
    main()
