"""Build the built documents of forms172/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/kamogawa_jimu_jigyo_hyoka_r3.xlsx``, a 事務事業評価シート in the manner of 鴨川市 (千葉県):
  form fields, a 事業費 block (千円, 人工), and a 指標 grid of 目標/実績 row pairs under 活動指標 and
  成果指標 in which **cells that do not apply are struck with a diagonal line (斜線)** and **the 単位
  column repeats the unit above with a ditto mark ``〃``**; and the PDF;
* ``source/ohi_kpi_shinchoku_r3.xlsx``, a 未来創生戦略 KPI 進捗 in the manner of おおい町 (福井県):
  **one grid continued below a page-width note, its two header rows printed again under
  ``（表のつづき）``**, **見込 values printed in red** (a legend says 赤字は見込値), a year spanning
  ``目標 | 実績`` and a ``（参考）県平均`` column; and the PDF;
* ``source/achi_kofukin_kensho_r1.xlsx``, a 地方創生推進交付金 効果検証シート in the manner of 阿智村
  (長野県): **periods headed ``2016シーズン`` … ``2019シーズン``**, a note defining a season as April
  to March, and **shaded group rows ``【アウトカム指標】`` / ``【アウトプット指標】`` inside the grid**;
  ``約11万``, ``千人`` and a 達成率 column; and the PDF;
* ``tsunan_kpi_shinchoku_r3.html``, a 総合戦略 KPI page in the manner of 津南町 (新潟県): **each
  基本目標's table inside a ``<details>`` element whose ``<summary>`` is its only heading** (the
  second one closed), **actual cells carrying the change from the year before in brackets
  (``4,058（△62）``, ``61（+9）``)**, a ``区分`` column of 数値目標 / KPI, SDGs icons with ``alt`` text,
  ``千円`` and ``万人`` in the 単位 column.

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
STRUCK = Border(left=THIN, right=THIN, top=THIN, bottom=THIN, diagonal=THIN, diagonalDown=True)
SHADE = PatternFill("solid", fgColor="D9D9D9")
LIGHT = PatternFill("solid", fgColor="F2F2F2")
FONT = "IPAGothic"
RED = "FFFF0000"
FIXED = dt.datetime(2026, 12, 5, 0, 0, 0)


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms172/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms172/build.py"
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
    color=None,
    border=BORDER,
):
    """A bordered cell. Numbers stay numbers, with a number format."""
    cell = ws.cell(row=row, column=col, value=None if value == "" else value)
    cell.border = border
    cell.font = Font(name=FONT, size=size, bold=bold, color=color)
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


def _down(ws, r1, r2, col, value, header=False, **kw):
    """A bordered value merged down r1..r2 of one column."""
    cell = _put(ws, r1, col, value, header=header, **kw)
    for r in range(r1 + 1, r2 + 1):
        _put(ws, r, col, None, header=header, fill=kw.get("fill"))
    if r2 > r1:
        _merge(ws, r1, col, r2, col)
    return cell


def _text(ws, row, col, value, bold=False, size=9, align=None, color=None):
    """A borderless text cell (titles, headings, notes)."""
    cell = ws.cell(row=row, column=col, value=value)
    cell.font = Font(name=FONT, size=size, bold=bold, color=color)
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
    with tempfile.TemporaryDirectory(prefix="forms172_soffice_") as tmp:
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


def _fmt(v) -> str | None:
    if isinstance(v, float):
        return "#,##0.00" if round(v, 2) != round(v, 1) else "#,##0.0"
    return None


# --------------------------------------------------------------------------------------------
# 鴨川市 (千葉県): 令和3年度 事務事業評価シート（令和2年度実施事業）
# --------------------------------------------------------------------------------------------

# Real (鴨川市まち・ひと・しごと創生推進計画, furusato-funding.jp/projects/1737): the plan's name,
# 33,932人 (2015 国勢調査), 31,720人 (2020年10月 常住人口), 合計特殊出生率 1.23 (2019, 県内54市町村中
# 20位). Made up: the sheet, 事業, 課, money, every indicator and figure.
# None marks a cell struck with a diagonal line (斜線).
KM_BLOCKS = [
    (
        "活動指標",
        [
            ("移住相談件数", "件", [120, 150, 160, 180], [142, 164, None, None]),
            ("空き家バンク登録件数", "〃", [None, 20, 25, 30], [None, 26, None, None]),
        ],
    ),
    (
        "成果指標",
        [
            ("移住支援制度を利用した移住者数", "人", [40, 45, 50, 55], [38, 41, None, None]),
            (
                "お試し移住住宅の利用を経て移住した人数",
                "〃",
                [None, 6, 8, 10],
                [None, 4, None, None],
            ),
        ],
    ),
]


def kamogawa() -> Path:
    wb, ws = _sheet("事務事業評価", [10, 34, 7, 7, 11, 11, 11, 11])
    _text(ws, 1, 1, "令和3年度　事務事業評価シート（令和2年度実施事業）", bold=True, size=14)
    _text(ws, 2, 8, "鴨川市　令和3年7月作成", align="right")
    r = 4
    _put(ws, r, 1, "事業番号", header=True)
    _put(ws, r, 2, "2-1-04")
    _span(ws, r, 3, 4, "担当課", header=True)
    _span(ws, r, 5, 8, "企画政策課")
    r += 1
    _put(ws, r, 1, "事務事業名", header=True)
    _span(ws, r, 2, 8, "移住・定住促進事業")
    r += 1
    _put(ws, r, 1, "関連計画", header=True)
    _span(ws, r, 2, 8, "鴨川市まち・ひと・しごと創生推進計画（地域再生計画）")
    r += 1
    _put(ws, r, 1, "事業期間", header=True)
    _put(ws, r, 2, "令和元年度～令和4年度")
    _span(ws, r, 3, 4, "会計区分", header=True)
    _span(ws, r, 5, 8, "一般会計")
    r += 1
    _put(ws, r, 1, "事業の目的", header=True)
    _para(
        ws,
        r,
        2,
        8,
        "本市の人口は、2015（平成27）年の国勢調査で33,932人、2020（令和2）年10月現在の常住人口は31,720人と減少が続いている。"
        "首都圏からの移住相談窓口の運営、空き家バンク及びお試し移住住宅の活用により、移住者の呼び込みと定住を図る。",
        40,
        border=True,
    )
    for r_ in range(4, r + 1):
        ws.row_dimensions[r_].height = ws.row_dimensions[r_].height or 20

    r += 2
    _text(ws, r, 1, "１　事業費の推移（単位：千円）", bold=True, size=11)
    r += 1
    _span(ws, r, 1, 2, "区分", header=True)
    for j, w in enumerate(["R元年度決算", "R2年度決算", "R3年度予算"]):
        _span(ws, r, 3 + 2 * j, 4 + 2 * j, w, header=True)
    ws.row_dimensions[r].height = 20
    money = [
        ("事業費", [8240, 12615, 14300]),
        ("うち国県支出金", [4120, 6307, 7150]),
        ("人件費（0.8人工）", [6400, 6400, 6480]),
        ("トータルコスト", [14640, 19015, 20780]),
    ]
    for label, vals in money:
        r += 1
        _span(ws, r, 1, 2, label)
        for j, v in enumerate(vals):
            _span(ws, r, 3 + 2 * j, 4 + 2 * j, v, align="right", fmt="#,##0")
        ws.row_dimensions[r].height = 18

    r += 2
    _text(ws, r, 1, "２　事業の指標", bold=True, size=11)
    r += 1
    for c, w in enumerate(
        ["種別", "指標名", "単位", "区分", "R元年度", "R2年度", "R3年度", "R4年度"], start=1
    ):
        _put(ws, r, c, w, header=True)
    ws.row_dimensions[r].height = 22
    r += 1
    for kind, inds in KM_BLOCKS:
        first = r
        for name, unit, targets, actuals in inds:
            _down(ws, r, r + 1, 2, name)
            _down(ws, r, r + 1, 3, unit, align="center")
            for k, (word, vals) in enumerate((("目標", targets), ("実績", actuals))):
                _put(ws, r + k, 4, word, align="center")
                for j, v in enumerate(vals):
                    if v is None:
                        _put(ws, r + k, 5 + j, None, border=STRUCK)
                    else:
                        _put(ws, r + k, 5 + j, v, align="right")
                ws.row_dimensions[r + k].height = 20
            r += 2
        _down(ws, first, r - 1, 1, kind, align="center")
    _notes(
        ws,
        r,
        [
            "※斜線の欄は、指標を設定していない年度（空き家バンク及びお試し移住住宅は令和2年度開始）及び実績が確定していない年度です。",
            "※令和2年度の移住フェア（年4回）は、新型コロナウイルス感染症の影響によりすべてオンラインで開催した。",
        ],
    )
    r += 3
    _text(ws, r, 1, "３　評価", bold=True, size=11)
    r += 1
    _put(ws, r, 1, "達成度", header=True)
    _put(ws, r, 2, "B（概ね順調）")
    _span(ws, r, 3, 4, "今後の方向性", header=True)
    _span(ws, r, 5, 8, "拡充")
    ws.row_dimensions[r].height = 20
    r += 1
    _put(ws, r, 1, "評価の理由", header=True)
    _para(
        ws,
        r,
        2,
        8,
        "相談件数は目標を上回ったが、移住者数は目標に届かなかった。合計特殊出生率は1.23（令和元年）で県内54市町村中20位にとどまっており、"
        "若い世代の移住・定住の促進が引き続き必要である。",
        40,
        border=True,
    )
    _page(ws, "portrait")
    path = SOURCE / "kamogawa_jimu_jigyo_hyoka_r3.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# おおい町 (福井県大飯郡): 第2次おおい町未来創生戦略 KPIの進捗状況（令和3年度実績）
# --------------------------------------------------------------------------------------------

# Real (town.ohi.fukui.jp/1002/1209/100/p22887.html): the strategy's name, its period R2–R6, the five
# strategies, まちづくり課 as the strategy's 担当課, the 有識者会議 of 令和4年8月26日. Made up: the
# sheet, every KPI, figure, 県平均, colour, note and money.
# (No., name, 単位, 基準値, R2実績, R3目標, R3実績, 県平均, R6目標); a value in a tuple is printed red (見込).
OH_PART1 = [
    ("1", "出生数", "人", 52, 47, 55, 49, "―", 60),
    ("2", "合計特殊出生率", "―", 1.68, 1.59, 1.75, (1.71,), 1.57, 1.80),
    ("3", "子育て支援センターの延べ利用者数", "人", 3412, 2086, 3500, 3612, "―", 3800),
]
OH_PART2 = [
    ("4", "病児・病後児保育の年間利用者数", "人", 86, 54, 100, 112, "―", 120),
    ("5", "乳幼児健康診査の受診率", "％", 96.8, 98.1, 98.0, (97.5,), 95.9, 99.0),
]


def _oh_head(ws, h: int) -> None:
    _head2(
        ws,
        h,
        [
            (1, "No."),
            (2, "重要業績評価指標（KPI）"),
            (3, "単位"),
            (4, "基準値\n（R元）"),
            (5, "R2実績"),
            (8, "（参考）\n県平均（R3）"),
            (9, "目標値\n（R6）"),
        ],
        [(6, 7, "令和3年度", ["目標", "実績"])],
    )


def _oh_rows(ws, r: int, rows) -> int:
    for no, name, unit, *vals in rows:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate(vals):
            red = isinstance(v, tuple)
            v = v[0] if red else v
            fmt = "0.00" if unit == "―" and isinstance(v, float) else None
            _put(
                ws,
                r,
                4 + j,
                v,
                align="center" if v == "―" else "right",
                fmt=fmt,
                color=RED if red else None,
            )
        ws.row_dimensions[r].height = 22
        r += 1
    return r


def ohi() -> Path:
    wb, ws = _sheet("KPI進捗", [6, 36, 7, 11, 11, 11, 11, 13, 11])
    _text(
        ws,
        1,
        1,
        "第2次おおい町未来創生戦略　重要業績評価指標（KPI）の進捗状況（令和3年度実績）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 9, "資料3", align="right")
    _text(
        ws,
        3,
        9,
        "令和4年8月26日　第2次おおい町未来創生戦略有識者会議　おおい町まちづくり課",
        align="right",
    )
    _text(
        ws,
        4,
        1,
        "計画期間：令和2年度～令和6年度（5年間）　5つの戦略：子育て応援・若者仕事・若者活力・活力生活・発信強化",
    )
    _text(
        ws,
        5,
        1,
        "※赤字は見込値（令和4年7月末時点）です。確定値は次回の会議で報告します。",
        color=RED,
    )
    _text(ws, 7, 1, "戦略1　子育て応援", bold=True, size=11)
    _oh_head(ws, 8)
    r = _oh_rows(ws, 10, OH_PART1)
    _para(
        ws,
        r + 1,
        1,
        9,
        "※No.1・2は福井県「人口動態統計」による値です。県平均は参考として掲載しており、町の目標値ではありません。"
        "令和3年度の子育て応援関連事業費は48,710千円（うち国県支出金12,400千円）です。",
        32,
        border=True,
    )
    _text(ws, r + 3, 1, "（表のつづき）", size=9)
    _oh_head(ws, r + 4)
    r = _oh_rows(ws, r + 6, OH_PART2)
    _notes(
        ws,
        r + 1,
        [
            "※No.4は、令和3年度に病児保育室の定員を3人から4人に拡充しました。",
            "※戦略1のKPI 5項目のうち、令和3年度の目標を達成したものは2項目です。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "ohi_kpi_shinchoku_r3.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 阿智村 (長野県下伊那郡): 地方創生推進交付金事業 効果検証シート（令和元年度）
# --------------------------------------------------------------------------------------------

# Real (cazual.shufu.co.jp/?p=11445, www.travelnews.co.jp/special/east/14/nagano2/07.html): the 2006年度
# 全国星空継続観察 第1位, the ナイトツアー since 2012年8月 at ヘブンスそのはら (標高1,400m), its 約3万人 (2014),
# 約6万人 (2015) and 約11万人 (2016), スタービレッジ阿智誘客促進協議会, 昼神温泉郷. Made up: the sheet,
# the 事業, 課, money, every other figure, the season definition.
AC_GROUPS = [
    (
        "【アウトカム指標】",
        [
            (
                "1",
                "ナイトツアー参加者数",
                "人",
                ["約11万", 128400, 135900, 121700, 140000],
                "86.9%",
            ),
            ("2", "昼神温泉郷の宿泊者数", "千人", [386.2, 392.5, 401.8, 388.1, 420.0], "92.4%"),
        ],
    ),
    (
        "【アウトプット指標】",
        [
            ("3", "星空ガイド養成講座の修了者数（累計）", "人", [24, 38, 51, 63, 60], "105.0%"),
            ("4", "冬季ナイトツアーの開催日数", "日", [62, 75, 81, 58, 80], "72.5%"),
            (
                "5",
                "多言語パンフレットの配布部数",
                "部",
                [8000, 12000, 15500, 20000, 20000],
                "100.0%",
            ),
        ],
    ),
]


def achi() -> Path:
    wb, ws = _sheet("効果検証", [6, 36, 7, 12, 12, 12, 12, 12, 10])
    _text(ws, 1, 1, "地方創生推進交付金事業　効果検証シート（令和元年度）", bold=True, size=14)
    _text(ws, 2, 9, "令和2年7月　阿智村", align="right")
    fields = [
        ("事業名", "日本一の星空を核とした通年型観光推進事業"),
        ("担当課", "観光振興課"),
        ("連携団体", "スタービレッジ阿智誘客促進協議会（村観光協会・宿泊施設・観光施設等）"),
        ("事業期間", "平成29年度～令和元年度（3か年）"),
        ("総事業費（千円）", "62,400（うち交付金 31,200）"),
    ]
    r = 4
    for label, value in fields:
        _span(ws, r, 1, 2, label, header=True)
        _span(ws, r, 3, 9, value)
        ws.row_dimensions[r].height = 18
        r += 1
    _span(ws, r, 1, 2, "事業の背景", header=True)
    _para(
        ws,
        r,
        3,
        9,
        "本村は2006年度、環境省の全国星空継続観察で「星が最も輝いて見える場所」第1位に選ばれた。2012年8月に始めた"
        "「天空の楽園 日本一の星空ナイトツアー」（ヘブンスそのはら、標高1,400m）の参加者は、2014年に約3万人、2015年に約6万人と増加している。"
        "本事業では、冬季ツアーの開催と受入体制の整備により、昼神温泉郷への宿泊を伴う通年型の観光を推進する。",
        54,
        border=True,
    )
    r += 2
    _text(ws, r, 1, "■重要業績評価指標（KPI）の達成状況", bold=True, size=11)
    r += 1
    _text(
        ws,
        r,
        1,
        "※シーズンは、4月から翌年3月まで（夏季ナイトツアー4月～11月、冬季ナイトツアー12月～3月）を1シーズンとしています。",
        size=8,
    )
    r += 1
    _head2(
        ws,
        r,
        [(1, "No."), (2, "KPI"), (3, "単位"), (9, "達成率")],
        [
            (4, 4, "基準値", ["2016シーズン"]),
            (5, 7, "実績値", ["2017シーズン", "2018シーズン", "2019シーズン"]),
            (8, 8, "目標値", ["2019シーズン"]),
        ],
    )
    r += 2
    for group, rows in AC_GROUPS:
        _span(ws, r, 1, 9, group, fill=LIGHT, bold=True)
        ws.row_dimensions[r].height = 18
        r += 1
        for no, name, unit, vals, rate in rows:
            _put(ws, r, 1, no, align="center")
            _put(ws, r, 2, name)
            _put(ws, r, 3, unit, align="center")
            for j, v in enumerate(vals):
                _put(ws, r, 4 + j, v, align="right", fmt=_fmt(v))
            _put(ws, r, 9, rate, align="right")
            ws.row_dimensions[r].height = 22
            r += 1
    _notes(
        ws,
        r + 1,
        [
            "※達成率＝実績値（2019シーズン）÷目標値×100",
            "※2019シーズンは、令和元年東日本台風（10月）及び新型コロナウイルス感染症の影響により、冬季ナイトツアーを2月末で終了した。",
        ],
    )
    r += 4
    _span(ws, r, 1, 2, "総合評価", header=True)
    _span(ws, r, 3, 9, "B（地方創生に効果があった）")
    ws.row_dimensions[r].height = 18
    _page(ws, "portrait")
    path = SOURCE / "achi_kofukin_kensho_r1.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 津南町 (新潟県中魚沼郡): 第2期総合戦略 KPIの進捗状況（令和3年度）
# --------------------------------------------------------------------------------------------

# Real (津南町まち・ひと・しごと創生推進計画, furusato-funding.jp/projects/1809): 21,909人 (昭和30年),
# 10,029人 (平成27年国勢調査), 9,190人 (令和3年4月1日 住民基本台帳), 5,827人 (2045年推計). Made up: the
# page, its date and 課, the 基本目標 wording, every indicator and figure.
TN_GOALS = [
    (
        "基本目標1　地域の資源を活かした仕事をつくる",
        True,
        [
            (
                "数値目標",
                "町内の従業者数",
                "人",
                "4,120",
                "4,150",
                "4,058（△62）",
                "4,150",
                "4,071（+13）",
                "4,200",
                "08",
                "働きがいも経済成長も",
            ),
            (
                "KPI",
                "町内直売所の特産品販売額",
                "千円",
                "38,200",
                "40,000",
                "41,350（+3,150）",
                "42,000",
                "43,900（+2,550）",
                "48,000",
                "02",
                "飢餓をゼロに",
            ),
        ],
    ),
    (
        "基本目標2　津南町への新しいひとの流れをつくる",
        False,
        [
            (
                "数値目標",
                "転入者数",
                "人",
                "212",
                "220",
                "205（△7）",
                "225",
                "231（+26）",
                "240",
                "11",
                "住み続けられるまちづくりを",
            ),
            (
                "KPI",
                "移住・定住相談件数",
                "件",
                "38",
                "45",
                "52（+14）",
                "50",
                "61（+9）",
                "80",
                "11",
                "住み続けられるまちづくりを",
            ),
            (
                "KPI",
                "観光入込客数",
                "万人",
                "92.6",
                "95.0",
                "58.3（△34.3）",
                "70.0",
                "66.1（+7.8）",
                "100.0",
                "08",
                "働きがいも経済成長も",
            ),
        ],
    ),
]

TN_HEAD = """<thead>
<tr><th rowspan="2">区分</th><th rowspan="2">指標</th><th rowspan="2">単位</th><th rowspan="2">基準値<br>（R元）</th><th colspan="2">令和2年度</th><th colspan="2">令和3年度</th><th rowspan="2">目標値<br>（R6）</th><th rowspan="2">SDGs</th></tr>
<tr><th>目標</th><th>実績</th><th>目標</th><th>実績</th></tr>
</thead>"""


def tsunan_html() -> str:
    parts = []
    for summary, is_open, rows in TN_GOALS:
        body = []
        for kind, name, unit, *vals, sdg, sdg_name in rows:
            cells = "".join(f'<td class="num">{v}</td>' for v in vals)
            body.append(
                f'<tr><td class="c">{kind}</td><th scope="row">{name}</th><td class="c">{unit}</td>{cells}'
                f'<td class="c"><img src="img/sdgs_{sdg}.png" alt="{int(sdg)} {sdg_name}" width="32" height="32"></td></tr>'
            )
        rows_html = "\n".join(body)
        attr = " open" if is_open else ""
        parts.append(
            f'<details class="acc"{attr}>\n<summary>{summary}</summary>\n<table>\n{TN_HEAD}\n<tbody>\n{rows_html}\n</tbody>\n</table>\n</details>'
        )
    tables = "\n".join(parts)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>第2期津南町まち・ひと・しごと創生総合戦略 KPIの進捗状況（令和3年度） - 津南町</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin: 0.4em 0 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
thead th {{ background: #d9d9d9; }}
tbody th {{ text-align: left; font-weight: normal; }}
td.num {{ text-align: right; }}
td.c {{ text-align: center; }}
details.acc > summary {{ font-weight: bold; background: #e8eef7; padding: 4px; cursor: pointer; }}
</style>
</head>
<body>
<p class="pankuzu"><a href="/">ホーム</a> &gt; <a href="/chosei/">町政情報</a> &gt; <a href="/chosei/keikaku/">計画・施策</a> &gt; 地方創生</p>
<h1>第2期津南町まち・ひと・しごと創生総合戦略　KPIの進捗状況（令和3年度）</h1>
<p>更新日：2022年9月30日　担当：総務課 企画政策係</p>
<p>本町の総人口は、合併当時の昭和30年の21,909人をピークに減少を続け、平成27年国勢調査では10,029人、令和3年4月1日現在の住民基本台帳では9,190人となっています。国立社会保障・人口問題研究所の推計では、2045年に5,827人となる見込みです。</p>
<p>第2期総合戦略（令和2年度～令和6年度）に掲げた数値目標と重要業績評価指標（KPI）について、令和3年度の実績を取りまとめました。見出しをクリックすると表が開きます。</p>
{tables}
<p>※実績欄の（　）内は、前年度の実績からの増減です（基準値からの増減ではありません）。△は減少を示します。</p>
<p>※観光入込客数の令和3年度目標値は、新型コロナウイルス感染症の影響を踏まえ、令和3年3月に97.0万人から70.0万人に見直しました。</p>
<p>※SDGsの欄は、指標に関連する持続可能な開発目標（SDGs）のアイコンです。</p>
</body>
</html>
"""


def tsunan() -> Path:
    path = HERE / "tsunan_kpi_shinchoku_r3.html"
    path.write_bytes(tsunan_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (kamogawa, ohi, achi):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {tsunan().name}")


if __name__ == "__main__":
    main()
