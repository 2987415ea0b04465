"""Build the built documents of forms199/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/toki_shisaku_hyoka_r5.xlsx``, a 総合計画 施策評価シート in the manner of 土岐市 (岐阜県):
  bordered form fields (施策, 主管課, 関係課, 事業費, 将来像, a 問合せ field with a telephone
  number), an A–D legend, a grid with **a ``重要度`` column of priority letters (A/B/C) beside the
  ``評価`` column of grade letters (A–D)** and **a ``類似団体平均（R4）`` column of other cities'
  figures**, ``R5`` spanning ``目標 | 実績``, a closing count row inside the grid; and the PDF;
* ``source/aisho_kpi_kensho_h30.xlsx``, a 総合戦略 KPI 検証表 in the manner of 愛荘町 (滋賀県):
  form fields (将来像, 戦略期間, 町の概況, 関連事業費), two bold 基本目標 headings each over a grid
  with shaded ``●`` 重点施策 rows, **KPI labels numbered by 基本目標 and a hyphen (``KPI1-1`` …
  ``KPI2-2``)** and **each KPI on three rows ``計画`` / ``実績`` / ``差引`` under bare era years,
  the third row the signed difference (``△2``)**, ``千人``; and the PDF;
* ``source/yamazoe_kpi_jisseki_r5.xlsx``, a 地域再生計画 KPI sheet in the manner of 山添村 (奈良県):
  form fields (plan name, 担当課, 計画期間, population history, 将来推計, money), a KPI grid whose
  **``KPI③（①＋②）`` row is the sum of KPI① and KPI②** (a total that is itself a KPI), and
  a 数値目標 grid whose **periods stand only in a ``基準日`` header row of full dates
  (``R3.4.1`` … ``R8.4.1``) under the role words**; and the PDF;
* ``tobishima_seika_shihyo_r1.html``, a 総合計画 成果指標 page in the manner of 飛島村 (愛知県):
  a form-field ``<table>``, a two-row ``<thead>`` in which **``平成31（令和元）年度`` (both eras of
  one year) spans ``目標 | 実績``**, ``rowspan`` 施策 cells, a 担当課 column, and **empty cells
  written ``&nbsp;`` and a dash written as the character reference ``&#8213;``**.

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
NEG = '#,##0;"△"#,##0'


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms199/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms199/build.py"
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


def _down(ws, r1, r2, col, value, **kw):
    """A bordered value merged down over rows r1..r2 of one column."""
    cell = _put(ws, r1, col, value, valign="center", **kw)
    for r in range(r1 + 1, r2 + 1):
        _put(ws, r, col, None)
    if r2 > r1:
        _merge(ws, r1, col, r2, col)
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
    with tempfile.TemporaryDirectory(prefix="forms199_soffice_") as tmp:
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


def _field(
    ws, row: int, label: str, value, c_label: tuple[int, int], c_value: tuple[int, int], height=20
):
    """A bordered form field: a shaded label merged over c_label, its value merged over c_value."""
    _span(ws, row, c_label[0], c_label[1], label, header=True)
    _span(ws, row, c_value[0], c_value[1], value, align="left")
    ws.row_dimensions[row].height = height


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


def _num(ws, r, c, v, fmt=None):
    """A value cell: numbers right-aligned with a format, dashes centred."""
    if isinstance(v, str):
        return _put(ws, r, c, v, align="center" if v in ("―", "") else "right")
    return _put(ws, r, c, v, fmt=fmt)


# --------------------------------------------------------------------------------------------
# 土岐市 (岐阜県): 第六次土岐市総合計画 後期基本計画 施策評価シート（令和5年度実績）
# --------------------------------------------------------------------------------------------

# Real: the plan 第六次土岐市総合計画 and its 将来像 (city.toki.lg.jp), the こども家庭課 and the
# city hall's number 0572-54-1111 (gifu42.net). Made up: 後期基本計画, the sheet, the 施策 and its
# number, the 関係課, the money, every indicator, 重要度, figure, 類似団体平均, grade and note.
TK_ROWS = [
    # No., name, unit, 重要度, 基準値(R元), R4実績, R5目標, R5実績, 類似団体平均(R4), 評価, 目標値(R7)
    ("1", "保育所等の待機児童数", "人", "A", 6, 2, 0, 0, 1.8, "A", 0),
    (
        "2",
        "地域子育て支援センターの年間利用者数",
        "人",
        "B",
        18420,
        14860,
        17000,
        16240,
        "―",
        "B",
        18500,
    ),
    (
        "3",
        "子育てしやすいまちだと感じる市民の割合",
        "％",
        "A",
        52.4,
        54.1,
        58.0,
        55.3,
        "―",
        "B",
        60.0,
    ),
    ("4", "乳幼児健康診査の受診率", "％", "C", 96.8, 97.5, 98.0, 98.4, 96.1, "A", 98.5),
    (
        "5",
        "ファミリー・サポート・センターの提供会員数",
        "人",
        "C",
        142,
        151,
        160,
        138,
        "―",
        "D",
        170,
    ),
]


def toki() -> Path:
    wb, ws = _sheet("施策評価", [5, 36, 6, 7, 11, 10, 9, 9, 12, 7, 11])
    _text(
        ws,
        1,
        1,
        "第六次土岐市総合計画 後期基本計画　施策評価シート（令和5年度実績）",
        bold=True,
        size=14,
    )
    _text(ws, 2, 11, "令和6年8月　土岐市", align="right")
    r = 4
    for l1, v1, l2, v2 in [
        ("施策", "2-1　子育て環境の充実", "主管課", "こども家庭課"),
        ("関係課", "健康増進課、学校教育課", "施策の事業費\n（R5決算・千円）", 412860),
        (
            "市の将来像",
            "人と自然と土が織りなす 交流文化都市",
            "問合せ",
            "こども家庭課 子育て支援係　電話 0572-54-1111",
        ),
    ]:
        _span(ws, r, 1, 2, l1, header=True)
        _span(ws, r, 3, 6, v1, align="left")
        _span(ws, r, 7, 8, l2, header=True)
        _span(ws, r, 9, 11, v2, align="left")
        ws.row_dimensions[r].height = 26
        r += 1
    _text(ws, 8, 1, "２　成果指標の状況", bold=True, size=11)
    _text(
        ws,
        9,
        1,
        "【評価】A：R5目標を達成　B：R5目標の8割以上　C：R5目標の8割未満　D：基準値を下回る",
        size=8,
    )
    _head2(
        ws,
        10,
        [
            (1, "No."),
            (2, "成果指標"),
            (3, "単位"),
            (4, "重要度"),
            (5, "基準値\n（R元）"),
            (6, "R4実績"),
            (9, "類似団体平均\n（R4）"),
            (10, "評価"),
            (11, "目標値\n（R7）"),
        ],
        [(7, 8, "R5", ["目標", "実績"])],
    )
    r = 12
    for no, name, unit, prio, *vals, grade, final in TK_ROWS:
        pct = unit == "％"
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _put(ws, r, 4, prio, align="center")
        for j, v in enumerate(vals):
            _num(ws, r, 5 + j, v, "0.0" if isinstance(v, float) else None)
        _put(ws, r, 10, grade, align="center")
        _num(ws, r, 11, final, "0.0" if pct else None)
        ws.row_dimensions[r].height = 22
        r += 1
    _span(
        ws,
        r,
        1,
        11,
        "評価の内訳：A 2項目　B 2項目　C 0項目　D 1項目（計5項目）",
        fill=LIGHT,
        bold=True,
    )
    ws.row_dimensions[r].height = 20
    _notes(
        ws,
        r + 2,
        [
            "※重要度は、後期基本計画の策定時（令和2年度）に定めた指標の優先度です（A：高　B：中　C：低）。",
            "※類似団体平均は、人口規模・産業構造が類似する全国の市の平均値（令和4年度、こども家庭課調べ）です。「―」は比較できる統計がないものです。",
            "※No.3は市民意識調査（令和5年7月実施、回答1,284人）によります。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "toki_shisaku_hyoka_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 愛荘町 (滋賀県愛知郡): 愛荘町みらい創生戦略 KPIの検証結果（平成30年度実績）
# --------------------------------------------------------------------------------------------

# Real (expydoc 愛荘町のみらい創生へ向けて; town.aisho.shiga.jp; ja.wikipedia): the strategy's name,
# its 将来像, the wording of 基本目標1 and 2 and of the ● 重点施策, the 2006-02-13 merger of 秦荘町
# and 愛知川町, 37.97k㎡, 20,778人 (平成27年国勢調査). Made up: the sheet, date, 会議, period as
# printed, money, every KPI, plan, actual, difference and target.
AS_GRIDS = [
    (
        "基本目標１　地域産業の振興と安定した雇用を創出する",
        [
            (
                "●地域の資源を活かした産業の振興",
                [
                    ("KPI1-1", "新規就農者数", "人", 3, (4, 4, 4), (5, 3, 2), 4),
                    (
                        "KPI1-2",
                        "ふるさと納税の寄附件数",
                        "件",
                        312,
                        (1000, 2000, 3000),
                        (1486, 2870, 3412),
                        4000,
                    ),
                ],
            ),
            (
                "●創業・雇用機会の創出",
                [("KPI1-3", "創業支援による新規創業者数", "人", 2, (3, 3, 4), (3, 5, 4), 5)],
            ),
        ],
    ),
    (
        "基本目標２　新しいひとの流れをつくる",
        [
            (
                "●地域の魅力の増進",
                [("KPI2-1", "移住相談件数", "件", 18, (20, 25, 30), (22, 31, 27), 40)],
            ),
            (
                "●観光地域づくりの推進",
                [("KPI2-2", "観光入込客数", "千人", 412, (430, 440, 450), (426, 451, 438), 470)],
            ),
        ],
    ),
]


def aisho() -> Path:
    wb, ws = _sheet("KPI検証", [9, 30, 6, 10, 6, 9, 9, 9, 10])
    _text(
        ws,
        1,
        1,
        "愛荘町みらい創生戦略　重要業績評価指標（KPI）の検証結果（平成30年度実績）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 9, "令和元年8月　愛荘町みらい創生戦略推進会議　資料2", align="right")
    r = 4
    for label, value, h in [
        ("将来像", "心ふれあい・笑顔いっぱいの元気なまち", 20),
        ("戦略期間", "平成27年度～平成31年度（5年間）", 20),
        (
            "町の概況",
            "平成18年2月13日、秦荘町と愛知川町が合併して誕生。面積37.97k㎡、人口20,778人（平成27年国勢調査）",
            30,
        ),
        ("関連事業費（H30決算・千円）", "52,340（うち地方創生推進交付金 18,600）", 20),
    ]:
        _field(ws, r, label, value, (1, 2), (3, 9), height=h)
        r += 1
    r += 1
    for heading, groups in AS_GRIDS:
        _text(ws, r, 1, heading, bold=True, size=11)
        r += 1
        for c, word in enumerate(
            [
                "KPI番号",
                "重要業績評価指標（KPI）",
                "単位",
                "基準値\n（H26）",
                "区分",
                "H28",
                "H29",
                "H30",
                "目標値\n（H31）",
            ],
            start=1,
        ):
            _put(ws, r, c, word, header=True)
        ws.row_dimensions[r].height = 26
        r += 1
        for measure, kpis in groups:
            _span(ws, r, 1, 9, measure, fill=LIGHT, bold=True)
            ws.row_dimensions[r].height = 18
            r += 1
            for label, name, unit, base, plan, actual, final in kpis:
                diff = tuple(a - p for a, p in zip(actual, plan, strict=True))
                _down(ws, r, r + 2, 1, label, align="center")
                _down(ws, r, r + 2, 2, name)
                _down(ws, r, r + 2, 3, unit, align="center")
                _down(ws, r, r + 2, 4, base, align="right")
                ws.cell(row=r, column=4).number_format = "#,##0"
                _down(ws, r, r + 2, 9, final, align="right")
                ws.cell(row=r, column=9).number_format = "#,##0"
                for k, (word, vals) in enumerate(
                    [("計画", plan), ("実績", actual), ("差引", diff)]
                ):
                    _put(ws, r + k, 5, word, align="center")
                    for j, v in enumerate(vals):
                        _put(ws, r + k, 6 + j, v, fmt=NEG)
                    ws.row_dimensions[r + k].height = 16
                r += 3
        r += 1
    _notes(
        ws,
        r,
        [
            "※区分の「計画」は各年度の目標、「差引」は実績から計画を差し引いた値です（△は計画に届かなかった数）。",
            "※観光入込客数は単位千人。ふるさと納税の寄附額は平成30年度 約4,120万円でした。",
            "※KPI番号は「基本目標の番号-基本目標内の通し番号」です。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "aisho_kpi_kensho_h30.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 山添村 (奈良県山辺郡): やまぞえ未来創生推進計画 KPI等の実績（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (furusato-funding.jp/projects/2177; vill.yamazoe.nara.jp): the plan's name, 8,052人 at the
# village's birth in 1956 (昭和31年), 3,520人 in 2019-04, 3,333人 in 2021-08, the 2040 projection
# 1,885人, 大和茶 as the main product. Made up: the sheet, date, 担当課, plan period, money, every
# KPI, figure, target, 基準日 and note.
YZ_KPI = [
    ("KPI①", "村外からの移住者数", 18, (21, 26, 24), (25, 30)),
    ("KPI②", "空き家バンクを活用した定住者数", 2, (5, 7, 9), (8, 12)),
    ("KPI③\n（①＋②）", "移住・定住者数の合計", 20, (26, 33, 33), (33, 42)),
]
YZ_TEA = ("KPI④", "大和茶の荒茶生産量", "t", 412, (398, 405, 386), (420, 430))
YZ_GOAL = [
    ("村の人口", "人", 3372, (3301, 3236, 3158), 3000),
    ("年少人口（0～14歳）", "人", 258, (247, 239, 236), 240),
]


def yamazoe() -> Path:
    wb, ws = _sheet("KPI実績", [8, 30, 6, 11, 8, 8, 8, 9, 9])
    _text(
        ws,
        1,
        1,
        "やまぞえ未来創生推進計画　重要業績評価指標（KPI）等の実績（令和5年度）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 9, "令和6年8月　山添村", align="right")
    r = 4
    for label, value, h in [
        ("地域再生計画の名称", "やまぞえ未来創生推進計画", 18),
        ("担当課", "総務課", 18),
        ("計画期間", "令和3年4月1日～令和8年3月31日", 18),
        (
            "村の人口",
            "昭和31年の村誕生時 8,052人、平成31年4月 3,520人、令和3年8月 3,333人（住民基本台帳）",
            28,
        ),
        ("将来推計", "2040年 1,885人（国立社会保障・人口問題研究所の推計による）", 18),
        ("関連事業費（R5決算・千円）", "26,480（うち地方創生推進交付金 13,240）", 18),
    ]:
        _field(ws, r, label, value, (1, 2), (3, 9), height=h)
        r += 1
    r += 1
    _text(ws, r, 1, "■重要業績評価指標（KPI）", bold=True, size=11)
    r += 1
    _head2(
        ws,
        r,
        [(1, "No."), (2, "KPI"), (3, "単位"), (4, "事業開始前\n（R2）")],
        [(5, 7, "実績値", ["R3", "R4", "R5"]), (8, 9, "目標値", ["R5", "R7"])],
    )
    r += 2
    rows = [(no, name, "人", base, act, tgt) for no, name, base, act, tgt in YZ_KPI] + [YZ_TEA]
    for no, name, unit, base, act, tgt in rows:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate((base, *act, *tgt)):
            _num(ws, r, 4 + j, v)
        ws.row_dimensions[r].height = 28 if "\n" in no else 20
        r += 1
    r += 1
    _text(ws, r, 1, "■人口に関する数値目標", bold=True, size=11)
    r += 1
    _span(ws, r, 1, 2, "数値目標", header=True)
    _put(ws, r, 3, "単位", header=True)
    _put(ws, r, 4, "計画策定時", header=True)
    _span(ws, r, 5, 7, "実績値", header=True)
    _span(ws, r, 8, 9, "目標値", header=True)
    ws.row_dimensions[r].height = 20
    r += 1
    _span(ws, r, 1, 3, "基準日", header=True)
    for c, d in zip((4, 5, 6, 7), ("R3.4.1", "R4.4.1", "R5.4.1", "R6.4.1"), strict=True):
        _put(ws, r, c, d, header=True)
    _span(ws, r, 8, 9, "R8.4.1", header=True)
    ws.row_dimensions[r].height = 20
    r += 1
    for name, unit, base, act, tgt in YZ_GOAL:
        _span(ws, r, 1, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate((base, *act)):
            _num(ws, r, 4 + j, v)
        _span(ws, r, 8, 9, tgt, align="right", fmt="#,##0")
        ws.row_dimensions[r].height = 20
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※KPI③は、KPI①とKPI②の合計です。",
            "※大和茶の荒茶生産量は、村内の茶工場の年度集計によります。",
            "※人口は住民基本台帳（各基準日現在）。目標値は計画期間の終了後（令和8年4月1日）の値です。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "yamazoe_kpi_jisseki_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 飛島村 (愛知県海部郡): 第4次飛島村総合計画 後期基本計画 成果指標の進捗状況（令和元年度）
# --------------------------------------------------------------------------------------------

# Real (vill.tobishima.aichi.jp soukei4.html and sougousenryaku.html; the 村議会 minutes for the 課
# names): the plan, its 10-year and 後期 periods, the 将来像, 企画課, 福祉課, 保健環境課. Made up: the
# page, its date, the 基本目標 and 施策, every indicator, figure and note.
NB = "&nbsp;"
TB_GROUPS = [
    (
        "1-1　子育て支援の推進",
        [
            (
                "児童館の年間利用者数",
                "人",
                "12,480",
                "13,105",
                "13,000",
                "11,962",
                "14,000",
                "福祉課",
            ),
            (
                "ファミリー・サポート事業の利用件数",
                "件",
                "86",
                "102",
                "100",
                "121",
                "120",
                "福祉課",
            ),
        ],
    ),
    (
        "1-2　健康づくりの推進",
        [
            ("特定健康診査の受診率", "％", "58.3", "60.1", "62.0", NB, "65.0", "保健環境課"),
            (
                "健康マイレージ事業の参加者数",
                "人",
                "&#8213;",
                NB,
                "150",
                "168",
                "250",
                "保健環境課",
            ),
        ],
    ),
]


def tobishima_html() -> str:
    rows = []
    for measure, inds in TB_GROUPS:
        for k, (name, unit, *vals, dept) in enumerate(inds):
            head = (
                f'<th scope="rowgroup" rowspan="{len(inds)}" class="l">{measure}</th>'
                if k == 0
                else ""
            )
            cells = "".join(f'<td class="num">{v}</td>' for v in vals)
            rows.append(
                f'<tr>{head}<td>{name}</td><td class="c">{unit}</td>{cells}<td class="c">{dept}</td></tr>'
            )
    body = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>第4次飛島村総合計画 後期基本計画 成果指標の進捗状況（令和元年度） - 飛島村</title>
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
<p>ホーム &gt; 村政情報 &gt; 取り組み &gt; 総合計画</p>
<h1>第4次飛島村総合計画 後期基本計画 成果指標の進捗状況（令和元年度）</h1>
<p>更新日：2020年9月30日　担当：企画課</p>
<p>飛島村では、2013（平成25）年度から2022（令和4）年度までの10年間を計画期間とする第4次飛島村総合計画を策定し、将来像「小さくてもキラリと光る村 とびしま」の実現に取り組んでいます。後期基本計画に掲げた成果指標について、平成31（令和元）年度の状況を取りまとめました。</p>
<table class="summary">
<tr><th>計画の名称</th><td>第4次飛島村総合計画 後期基本計画</td></tr>
<tr><th>計画期間</th><td>2018（平成30）年度～2022（令和4）年度</td></tr>
<tr><th>評価対象年度</th><td>平成31（令和元）年度</td></tr>
<tr><th>成果指標の数</th><td>4指標（令和元年度の目標を達成したもの 2指標）</td></tr>
</table>
<h2>基本目標1　安心して子どもを生み育てられる村</h2>
<table>
<thead>
<tr><th rowspan="2">施策</th><th rowspan="2">成果指標</th><th rowspan="2">単位</th><th rowspan="2">策定時<br>（平成28年度）</th><th rowspan="2">平成30年度<br>実績</th><th colspan="2">平成31（令和元）年度</th><th rowspan="2">目標値<br>（令和4年度）</th><th rowspan="2">担当課</th></tr>
<tr><th>目標</th><th>実績</th></tr>
</thead>
<tbody>
{body}
</tbody>
</table>
<p>※特定健康診査の受診率の令和元年度実績は、法定報告値の確定（令和2年11月）後に掲載します。</p>
<p>※健康マイレージ事業は令和元年度から実施しているため、策定時の値はありません。</p>
<p>問合せ先：企画課 企画係</p>
</body>
</html>
"""


def tobishima() -> Path:
    path = HERE / "tobishima_seika_shihyo_r1.html"
    path.write_bytes(tobishima_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (toki, aisho, yamazoe):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {tobishima().name}")


if __name__ == "__main__":
    main()
