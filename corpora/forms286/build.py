# ruff: noqa: E501
"""Build the built documents of forms286/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/hokuryu_kpi_kensho_r5.xlsx``, a 地域再生計画 効果検証シート in the manner of 北竜町 (北海道):
  form fields (計画の名称, 担当課, 事業費, 実施体制 with 人工, a prose 町の概況 with figures) over a KPI
  grid whose **R5 actual cells carry the previous year's actual in brackets** (``246（198）``) and
  **a shaded ``計`` row totalling KPIs 1 and 2, with its own 達成**; and the PDF;
* ``source/yokohama_jimujigyo_hyoka_r5.xlsx``, a 事務事業評価シート in the manner of 横浜町 (青森県):
  a money and staff table, then **every indicator on three rows ``目標`` / ``実績`` / ``達成率`` in a
  区分 column**, ``中止`` in both rows of R3, ``万人``, ``約31,000``; an 評価 block; and the PDF;
* ``source/nakayama_shisaku_hyoka_r2.xlsx``, a 総合計画 施策評価表 in the manner of 中山町 (山形県):
  **施策 heading rows whose one spanning cell holds the 施策, its 〔担当課〕, its 関連事業費 and its
  町民満足度 rank**, **a shaded ``第1章　計`` row of money and an indicator count**, an A/B/C/－
  評価 column with its legend, ``未集計``, ``1.60程度``, ``延べ``; and the PDF;
* ``yanaizu_kpi_shinchoku_r6.html``, a KPI progress page in the manner of 柳津町 (福島県):
  ``<th colspan>`` 施策 rows **whose last cells hold the 施策's 事業費**, **an actual cell with the
  town's prefectural rank on a second line** (``41.8<br>（県内59市町村中12位）``), a ``前年度比``
  column (``+3``, ``▲2.3``, ``±0``), ``累計22``, ``百万円``, ``基準値から50%増``, and a
  ``<tfoot>`` with a count of achieved KPIs and the total 事業費.

The PDF steps are skipped, with a message, when ``soffice`` is not installed.
These are re-typed forms of other municipalities, not their own files (README.md, SOURCES.tsv).

The XLSX and HTML files are byte-stable: fixed document dates, and the zip members are
rewritten with a fixed timestamp. The PDFs carry LibreOffice's creation date, so they differ
by that only.
"""

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
    wb.properties.creator = "forms286/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms286/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms286_soffice_") as tmp:
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


def _field(ws, r, label, value, c_last, height=20):
    """A form field: label over cols 1-2 (shaded), value merged over 3..c_last."""
    _span(ws, r, 1, 2, label, header=True)
    _span(ws, r, 3, c_last, value, align="left")
    ws.row_dimensions[r].height = height


# --------------------------------------------------------------------------------------------
# 北竜町 (北海道雨竜郡): 地域再生計画 効果検証シート（令和5年度実施分）
# --------------------------------------------------------------------------------------------

# Real (furusato-funding.jp/projects/1385; town.hokuryu.hokkaido.jp/?p=1868): the plan's name, 企画振興課
# 企画係, the 町の概況 figures (6,468人 in 昭和35年, 1,790人 in 令和2年, 27%, 777人 43.4%, 10.4人, 23.4人).
# Made up: the sheet, its date, the period, money, staff, every KPI and figure.
HK_ROWS = [
    ("1", "ひまわりの里観光入込客数", "千人", 152, 230, "246（198）", "達成", 300),
    ("2", "サンフラワーパーク北竜温泉の入込客数", "千人", 38, 55, "61（49）", "達成", 70),
    ("計", "（No.1＋No.2）", "千人", 190, 285, "307（247）", "達成", 370),
    (
        "3",
        "ひまわりライス等のふるさと納税寄附件数",
        "件",
        4120,
        6000,
        "5,412（5,870）",
        "未達成",
        8000,
    ),
    ("4", "移住相談件数", "件", 12, 30, "30（22）", "達成", 40),
    ("5", "地域おこし協力隊の任期後定着者数（累計）", "人", 0, 3, "2（1）", "未達成", 5),
]


def hokuryu() -> Path:
    wb, ws = _sheet("効果検証", [6, 36, 7, 11, 10, 15, 10, 12])
    _text(ws, 1, 1, "北竜町地域再生計画　効果検証シート（令和5年度実施分）", bold=True, size=14)
    _text(ws, 2, 8, "令和6年8月　北竜町", align="right")
    r = 4
    _field(ws, r, "地域再生計画の名称", "ひまわりを活用した新たなまちづくりプロジェクト", 8)
    _field(ws, r + 1, "計画期間", "令和3年度～令和7年度", 8)
    _field(ws, r + 2, "担当課", "企画振興課（企画係）", 8)
    _field(ws, r + 3, "事業費（R5決算）", "21,480千円（うち地方創生推進交付金 10,740千円）", 8)
    _field(ws, r + 4, "実施体制", "企画係 職員3名（兼務・計0.8人工）、地域おこし協力隊 2名", 8)
    _field(
        ws,
        r + 5,
        "町の概況",
        "昭和35年の6,468人をピークに人口は減少を続け、令和2年には1,790人とピーク時の27%となった。"
        "高齢者人口は777人（43.4%）。平成27～令和元年の出生数は年平均10.4人、死亡数は年平均23.4人。",
        8,
        height=34,
    )
    _text(ws, 11, 1, "■重要業績評価指標（KPI）の達成状況", bold=True, size=11)
    _head2(
        ws,
        12,
        [
            (1, "No."),
            (2, "KPI"),
            (3, "単位"),
            (4, "申請時\n（R2）"),
            (7, "達成状況"),
            (8, "最終目標\n（R7）"),
        ],
        [(5, 6, "令和5年度", ["目標", "実績（前年度）"])],
    )
    r = 14
    for no, name, unit, base, tgt, act, st, final in HK_ROWS:
        fill = LIGHT if no == "計" else None
        _put(ws, r, 1, no, align="center", fill=fill)
        _put(ws, r, 2, name, align="center" if no == "計" else "left", fill=fill)
        _put(ws, r, 3, unit, align="center", fill=fill)
        for c, v in ((4, base), (5, tgt), (6, act), (8, final)):
            _put(ws, r, c, v, align="right", fill=fill)
        _put(ws, r, 7, st, align="center", fill=fill)
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※ 実績欄の（　）内は前年度（令和4年度）の実績です。",
            "※ 計はNo.1とNo.2の合算です。入込客数は北海道観光入込客数調査（年度集計）によります。",
            "※ No.3は返礼品（ひまわりライス）の品薄が約2か月続いたため前年度を下回りました。",
        ],
    )
    r += 5
    _field(ws, r, "推進会議の意見", "地方創生に相当程度効果があった（5項目中3項目で目標達成）。", 8)
    _field(ws, r + 1, "今後の方針", "事業の継続（令和6年度予算 22,000千円）", 8)
    _page(ws, "portrait")
    path = SOURCE / "hokuryu_kpi_kensho_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 横浜町 (青森県上北郡): 事務事業評価シート（令和5年度実施分）
# --------------------------------------------------------------------------------------------

# Real (ja.wikipedia 横浜町; jimaryoko.xyz): 菜の花 (町の花), 作付面積全国第2位, 面積126.38km², 人口3,890人
# (2024-11-01 推計). Made up: the sheet, 事業, 課, money, staff, every indicator and figure.
YK_INDS = [
    (
        "活動指標",
        [
            (
                "①",
                "菜の花まつり開催日数",
                "日",
                ["中止", 10, 10, 10],
                ["中止", 9, 10, ""],
                ["―", "90.0%", "100.0%", ""],
                "R3は新型コロナにより中止",
            ),
            (
                "②",
                "町外イベントでの観光PR回数",
                "回",
                [6, 6, 8, 8],
                [2, 7, 8, ""],
                ["33.3%", "116.7%", "100.0%", ""],
                "",
            ),
        ],
    ),
    (
        "成果指標",
        [
            (
                "①",
                "菜の花まつり来場者数",
                "人",
                ["中止", 25000, 30000, 32000],
                ["中止", 21400, "約31,000", ""],
                ["―", "85.6%", "103.3%", ""],
                "R5は駐車台数からの推計",
            ),
            (
                "②",
                "観光入込客数",
                "万人",
                [12.0, 13.0, 14.0, 15.0],
                [10.8, 12.6, 13.1, ""],
                ["90.0%", "96.9%", "93.6%", ""],
                "町集計（年度）",
            ),
        ],
    ),
]


def yokohama() -> Path:
    wb, ws = _sheet("事務事業評価", [9, 28, 7, 7, 10, 10, 10, 10, 18])
    _text(ws, 1, 1, "令和6年度　横浜町事務事業評価シート（令和5年度実施分）", bold=True, size=14)
    _text(ws, 2, 9, "令和6年12月10日作成", align="right")
    _span(ws, 4, 1, 1, "事業番号", header=True)
    _span(ws, 4, 2, 2, "3-2-05", align="left")
    _span(ws, 4, 3, 4, "事務事業名", header=True)
    _span(ws, 4, 5, 9, "菜の花観光振興事業", align="left")
    _span(ws, 5, 1, 1, "担当課", header=True)
    _span(ws, 5, 2, 2, "産業振興課", align="left")
    _span(ws, 5, 3, 4, "担当係", header=True)
    _span(ws, 5, 5, 9, "商工観光係", align="left")
    _span(ws, 6, 1, 1, "事業の目的", header=True)
    _span(
        ws,
        6,
        2,
        9,
        "作付面積全国第2位を誇る町の花「菜の花」を活かし、菜の花まつりを核に交流人口の拡大を図る。"
        "（町の面積126.38km²、人口3,890人（令和6年11月1日推計））",
        align="left",
    )
    ws.row_dimensions[6].height = 30
    _span(ws, 7, 1, 1, "事業期間", header=True)
    _span(ws, 7, 2, 9, "平成元年度～（継続）", align="left")
    _text(ws, 9, 1, "１　事業費等の推移（単位：千円）", bold=True, size=11)
    _span(ws, 10, 1, 4, "区分", header=True)
    for j, w in enumerate(["R3決算", "R4決算", "R5決算", "R6予算"]):
        _put(ws, 10, 5 + j, w, header=True)
    _put(ws, 10, 9, "備考", header=True)
    money = [
        ("事業費", [3120, 8460, 9015, 9300], "R3はまつり中止"),
        ("うち一般財源", [3120, 5230, 5480, 5600], ""),
        ("人件費（0.6人工）", [4380, 4410, 4460, 4500], ""),
        ("従事職員数（人）", [0.6, 0.6, 0.6, 0.6], "商工観光係"),
    ]
    r = 11
    for label, vals, note in money:
        _span(ws, r, 1, 4, label, align="left")
        for j, v in enumerate(vals):
            _put(ws, r, 5 + j, v)
        _put(ws, r, 9, note)
        r += 1
    _text(ws, 16, 1, "２　活動指標・成果指標", bold=True, size=11)
    for j, w in enumerate(
        ["種別", "指標名", "単位", "区分", "R3年度", "R4年度", "R5年度", "R6年度", "備考"]
    ):
        _put(ws, 17, 1 + j, w, header=True)
    r = 18
    for kind, inds in YK_INDS:
        top = r
        for label, name, unit, tgts, acts, rates, note in inds:
            for k, (word, vals) in enumerate((("目標", tgts), ("実績", acts), ("達成率", rates))):
                fill = LIGHT if word == "達成率" else None
                _put(ws, r + k, 4, word, align="center", fill=fill)
                for j, v in enumerate(vals):
                    fmt = "0.0" if isinstance(v, float) else None
                    _put(ws, r + k, 5 + j, v, align="right", fmt=fmt, fill=fill)
                ws.row_dimensions[r + k].height = 18
            _put(ws, r, 2, f"{label}　{name}", align="left")
            _put(ws, r + 1, 2, None)
            _put(ws, r + 2, 2, None)
            _merge(ws, r, 2, r + 2, 2)
            _put(ws, r, 3, unit, align="center")
            _put(ws, r + 1, 3, None)
            _put(ws, r + 2, 3, None)
            _merge(ws, r, 3, r + 2, 3)
            _put(ws, r, 9, note)
            _put(ws, r + 1, 9, None)
            _put(ws, r + 2, 9, None)
            _merge(ws, r, 9, r + 2, 9)
            r += 3
        _put(ws, top, 1, kind, align="center")
        for rr in range(top + 1, r):
            _put(ws, rr, 1, None)
        _merge(ws, top, 1, r - 1, 1)
    _notes(ws, r, ["※ 達成率＝実績÷目標。R6年度は目標のみ（実績は令和7年度に記入）。"])
    r += 2
    _text(ws, r, 1, "３　評価", bold=True, size=11)
    _span(ws, r + 1, 1, 1, "評価", header=True)
    _span(ws, r + 1, 2, 9, "B（概ね順調）", align="left")
    _span(ws, r + 2, 1, 1, "評価理由", header=True)
    _span(
        ws,
        r + 2,
        2,
        9,
        "菜の花まつりは10日間開催し来場者は約3万1千人と目標を上回ったが、観光入込客数は13.1万人で目標に届かなかった。",
        align="left",
    )
    ws.row_dimensions[r + 2].height = 30
    _span(ws, r + 3, 1, 1, "今後の方向性", header=True)
    _span(ws, r + 3, 2, 9, "継続（内容の見直し）", align="left")
    _page(ws, "portrait")
    path = SOURCE / "yokohama_jimujigyo_hyoka_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 中山町 (山形県東村山郡): 第5次中山町総合計画・後期5か年基本計画 施策評価表（令和2年度実績）
# --------------------------------------------------------------------------------------------

# Real (paperzz.com doc 6382505): the plan's name, 第1章's name, the 施策 names 1.健康づくりの総合的推進
# and 3.子育て支援の充実, the 後期 plan of 平成28年3月. Made up: the sheet, its date, 課, money, ranks, every figure.
NK_BLOCKS = [
    (
        "1.健康づくりの総合的推進　〔健康福祉課〕　関連事業費 42,310千円　町民満足度 4位／26施策",
        [
            ("特定健康診査受診率", "％", 47.5, 52.1, 53.4, "未集計", 60.0, "－", "R2は法定報告前"),
            (
                "胃がん検診受診率",
                "％",
                18.2,
                19.5,
                20.1,
                "17.6※",
                25.0,
                "C",
                "※集団検診を9月に延期（受診者1,284人）",
            ),
        ],
    ),
    (
        "3.子育て支援の充実　〔子育て支援課〕　関連事業費 118,640千円　町民満足度 11位／26施策",
        [
            ("合計特殊出生率", "", 1.45, 1.38, 1.52, 1.41, "1.60程度", "C", ""),
            ("保育所等待機児童数", "人", 3, 0, 0, 0, 0, "A", "各年4月1日"),
            (
                "子育て支援センター利用者数",
                "人",
                4210,
                5180,
                5320,
                "延べ3,960",
                5500,
                "C",
                "R2は4～5月休館",
            ),
        ],
    ),
]


def nakayama() -> Path:
    wb, ws = _sheet("施策評価", [34, 7, 11, 9, 9, 11, 11, 7, 30])
    _text(
        ws,
        1,
        1,
        "第5次中山町総合計画・後期5か年基本計画　施策評価表（令和2年度実績）",
        bold=True,
        size=14,
    )
    _text(ws, 2, 9, "令和3年9月　中山町", align="right")
    fields = [
        ("計画期間", "平成28年度～令和2年度（後期5か年）"),
        (
            "評価の方法",
            "成果指標ごとに令和2年度の実績を目標値と比べて評価　A：目標達成　B：目標の8割以上　C：目標の8割未満　－：評価不能",
        ),
        (
            "町民アンケート",
            "令和2年11月実施（配布2,000票、回収1,032票）。満足度順位は26施策中の順位",
        ),
    ]
    r = 4
    for label, value in fields:
        _put(ws, r, 1, label, header=True)
        _span(ws, r, 2, 9, value, align="left")
        ws.row_dimensions[r].height = 20
        r += 1
    _text(ws, 8, 1, "第1章　安心できる健康・福祉・子育て応援のまちづくり", bold=True, size=11)
    for j, w in enumerate(
        [
            "施策／成果指標",
            "単位",
            "策定時\n（H26）",
            "H30",
            "R元",
            "R2",
            "目標値\n（R2）",
            "評価",
            "備考",
        ]
    ):
        _put(ws, 9, 1 + j, w, header=True)
    ws.row_dimensions[9].height = 26
    r = 10
    for heading, inds in NK_BLOCKS:
        _span(ws, r, 1, 9, heading, align="left", bold=True, fill=LIGHT)
        ws.row_dimensions[r].height = 20
        r += 1
        for name, unit, *vals, grade, note in inds:
            _put(ws, r, 1, name)
            _put(ws, r, 2, unit, align="center")
            for j, v in enumerate(vals):
                fmt = ("0.00" if unit == "" else "0.0") if isinstance(v, float) else None
                _put(ws, r, 3 + j, v, align="right", fmt=fmt)
            _put(ws, r, 8, grade, align="center")
            _put(ws, r, 9, note, size=8)
            ws.row_dimensions[r].height = 20
            r += 1
    _span(ws, r, 1, 7, "第1章　計", align="center", bold=True, fill=SHADE)
    _span(ws, r, 8, 9, "関連事業費 160,950千円／成果指標 5", align="left", fill=SHADE)
    ws.row_dimensions[r].height = 20
    _notes(
        ws,
        r + 2,
        [
            "※ 特定健康診査受診率は法定報告値（翌年度11月確定）。合計特殊出生率は山形県保健福祉統計による。",
            "※ 評価欄の「－」は実績未集計のため評価できないもの。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "nakayama_shisaku_hyoka_r2.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 柳津町 (福島県河沼郡): 移住・定住促進プロジェクトのKPI進捗状況（令和6年度）
# --------------------------------------------------------------------------------------------

# Real (expydoc doc 8107585; smout.jp/scoutees/159545): 第5次柳津町振興計画 (平成23～32年度) and its 将来像,
# みらい創生課 (移住・定住, ふるさと納税), 人口約2,800人, 圓藏寺, 赤べこ, 七日堂裸詣り (1月7日).
# Made up: the page, its date, the project, money, every KPI and figure.
YZ_HTML = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>令和6年度 移住・定住促進プロジェクトのKPI進捗状況 - 柳津町</title>
<style>
table { border-collapse: collapse; }
th, td { border: 1px solid #666; padding: 3px 6px; }
thead th { background: #e8e8e8; }
tr.shisaku th, tr.shisaku td { background: #f4f4f4; text-align: left; }
td.num { text-align: right; }
td.c { text-align: center; }
tfoot th, tfoot td { background: #fafafa; }
</style>
</head>
<body>
<p class="breadcrumb"><a href="/">トップページ</a> &gt; <a href="/chosei/">町政情報</a> &gt; <a href="/chosei/keikaku/">計画・施策</a> &gt; 移住・定住促進プロジェクトのKPI進捗状況</p>
<h1>令和6年度　移住・定住促進プロジェクトのKPI進捗状況</h1>
<p class="date">更新日：令和7年6月20日　みらい創生課 みらい創生係</p>
<p>柳津町は人口約2,800人、奥会津の入口に位置する町です。第5次柳津町振興計画（平成23年度～平成32年度）の将来像「みんなが主役！笑顔広がる絆のまち」を受け継ぎ、福満虚空藏菩薩圓藏寺と赤べこ、毎年1月7日の七日堂裸詣りなどの地域資源を活かして、移住・定住と関係人口の拡大に取り組んでいます。令和6年度の取組とKPIの進捗状況をお知らせします。</p>
<dl>
<dt>事業期間</dt><dd>令和3年度～令和7年度</dd>
<dt>令和6年度事業費</dt><dd>8,420千円（うち地方創生推進交付金 4,210千円）</dd>
<dt>担当課</dt><dd>みらい創生課</dd>
</dl>
<h2>KPIの進捗状況</h2>
<p>※前年度比は、令和5年度実績との差です。施策の行の事業費は令和6年度決算額です。</p>
<table>
<thead>
<tr><th rowspan="2">施策／KPI</th><th rowspan="2">単位</th><th rowspan="2">基準値（R元）</th><th colspan="2">令和6年度</th><th rowspan="2">前年度比</th><th rowspan="2">目標値（R7）</th></tr>
<tr><th>目標</th><th>実績</th></tr>
</thead>
<tbody>
<tr class="shisaku"><th colspan="5">施策1　移住・定住の促進</th><td colspan="2">事業費 5,130千円</td></tr>
<tr><td>移住者数（年間）</td><td class="c">人</td><td class="num">8</td><td class="num">15</td><td class="num">18</td><td class="num">+3</td><td class="num">20</td></tr>
<tr><td>空き家バンク成約件数</td><td class="c">件</td><td class="num">3</td><td class="num">20</td><td class="num">累計22</td><td class="num">+5</td><td class="num">25</td></tr>
<tr class="shisaku"><th colspan="5">施策2　関係人口の創出・拡大</th><td colspan="2">事業費 3,290千円</td></tr>
<tr><td>ふるさと納税寄附額</td><td class="c">百万円</td><td class="num">12.4</td><td class="num">35.0</td><td class="num">41.8<br>（県内59市町村中12位）</td><td class="num">▲2.3</td><td class="num">40.0</td></tr>
<tr><td>関係人口登録者数（やないづファン倶楽部）</td><td class="c">人</td><td class="c">―</td><td class="num">300</td><td class="num">286</td><td class="num">+41</td><td class="num">500</td></tr>
<tr><td>七日堂裸詣り参加者数（町外者）</td><td class="c">人</td><td class="num">62</td><td class="num">90</td><td class="num">78</td><td class="num">±0</td><td class="num">基準値から50%増</td></tr>
</tbody>
<tfoot>
<tr><th colspan="3">KPIの達成状況</th><td colspan="4">5項目中 3項目達成（60.0%）</td></tr>
<tr><th colspan="3">事業費合計（令和6年度決算）</th><td colspan="4">8,420千円</td></tr>
</tfoot>
</table>
<p>お問い合わせ：みらい創生課 みらい創生係（電話 0241-42-2114）</p>
</body>
</html>
"""


def yanaizu() -> Path:
    path = HERE / "yanaizu_kpi_shinchoku_r6.html"
    path.write_bytes(YZ_HTML.encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (hokuryu, yokohama, nakayama):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {yanaizu().name}")


if __name__ == "__main__":
    main()
