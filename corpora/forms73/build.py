"""Build the built documents of forms73/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/sakahogi_kpi_kensho_h29.xlsx``, a KPI検証シート in the manner of 坂祝町 (岐阜県): one
  ``現状値（H26）→目標値（H31）`` column whose cells hold baseline and target joined by an arrow
  (``42→60``), 実績値 over H27–H29, ``千円``, ``▲`` values and ``（累計）`` in a target; and the PDF;
* ``source/takashima_hyoka_kensho_h30.xlsx``, an 評価検証シート in the manner of 高島市 (滋賀県): two
  tables of 事業 with ``集計区分`` (単年/累計), ``目標値（H30）``/``目標値（H31）`` and year-less
  ``前年度実績``/``本年度実績`` columns, a 決算額（千円） money column; and the PDF;
* ``source/itoshima_action_plan_h25.xlsx``, an アクションプラン実績 in the manner of 糸島市 (福岡県):
  ``補助制度`` fractions, units in the indicator's bracket, ``（見込）`` inside an actual cell, a
  【再掲】 事業 and a 達成率 column; and the PDF;
* ``ohnan_kihon_mokuhyo_h29.html``, a 基本目標 page in the manner of 邑南町 (島根県): calendar-year
  columns (平成27年 …), targets ``毎年64人``, ``毎年80人（最終目標100人）``, ``年間100万人``, ``2.00以上``.

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
FIXED = dt.datetime(2026, 12, 4, 0, 0, 0)


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms73/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms73/build.py"
    ws = wb.active
    ws.title = title
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    return wb, ws


def _put(ws, row, col, value, header=False, fmt=None, align=None, size=9, bold=False, valign=None):
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
                    rb"\g<1>2026-12-04T00:00:00Z\g<2>",
                    data,
                )
            info = zipfile.ZipInfo(name, date_time=(2026, 12, 4, 0, 0, 0))
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
    with tempfile.TemporaryDirectory(prefix="forms73_soffice_") as tmp:
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


# --------------------------------------------------------------------------------------------
# 坂祝町 (岐阜県): KPI検証シート — 現状値→目標値 in one cell, 実績値 over H27–H29, 千円, ▲, （累計）
# --------------------------------------------------------------------------------------------

# Real: the strategy's name (坂祝町総合戦略, 平成27年10月) and 基本目標1's wording. Made up: the sheet,
# date, 課, every KPI, figure, note and money.
SAKAHOGI = [
    # (No, KPI, 単位, 現状値→目標値, H27, H28, H29, 備考)
    (1, "企業立地件数", "件", "0→3", 1, 0, 1, ""),
    (2, "町内事業所の新規雇用者数", "人", "42→60", 45, 51, 48, ""),
    (3, "農産物直売所の年間売上額", "千円", "38,500→45,000", "39,200", "41,800", "―", "集計中"),
    (4, "社会増減数", "人", "▲35→▲10", "▲28", "▲22", "▲31", "転入者数－転出者数"),
    (5, "創業支援件数", "件", "2→10（累計）", 3, 5, 8, "H27からの累計"),
]


def sakahogi() -> Path:
    widths = [5, 30, 7, 20, 10, 10, 10, 18]
    wb, ws = _sheet("KPI検証", widths)
    _text(
        ws,
        1,
        1,
        "坂祝町総合戦略　重要業績評価指標（KPI）検証シート（平成29年度）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 8, "平成30年9月　坂祝町総務課", align="right", size=9)
    _text(ws, 4, 1, "基本目標1　地方にしごとをつくり、安心して働けるようにする", bold=True, size=11)
    h = 5
    top = [
        "No",
        "重要業績評価指標（KPI）",
        "単位",
        "現状値（H26）→目標値（H31）",
        "実績値",
        None,
        None,
        "備考",
    ]
    low = [None, None, None, None, "H27", "H28", "H29", None]
    for c in range(1, 9):
        _put(ws, h, c, top[c - 1], header=True)
        _put(ws, h + 1, c, low[c - 1], header=True)
    for c in (1, 2, 3, 4, 8):
        _merge(ws, h, c, h + 1, c)
    _merge(ws, h, 5, h, 7)
    ws.row_dimensions[h].height = 18
    ws.row_dimensions[h + 1].height = 18
    r = h + 2
    for no, name, unit, pair, *cells, remark in SAKAHOGI:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _put(ws, r, 4, pair, align="center")
        for j, v in enumerate(cells):
            _put(ws, r, 5 + j, v, align="right")
        _put(ws, r, 8, remark, size=8)
        ws.row_dimensions[r].height = 22
        r += 1
    notes = [
        "※現状値→目標値の欄は、平成26年度の現状値と平成31年度の目標値を示しています。",
        "※▲はマイナス（転出超過）を示します。",
        "※平成29年度 基本目標1関連事業費：12,340千円",
    ]
    for i, line in enumerate(notes):
        _text(ws, r + 1 + i, 1, line, size=8)
    _page(ws, "portrait")
    path = SOURCE / "sakahogi_kpi_kensho_h29.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 高島市 (滋賀県): 評価検証シート — 集計区分, 目標値（H30）/（H31）, 前年度実績/本年度実績, 決算額（千円）
# --------------------------------------------------------------------------------------------

# Real (高島市 評価検証結果 page): 政策部 総合戦略課, the split into 総合戦略に掲げる事業 and 国の地方創生
# 関連交付金等を活用した事業, 特産品国内販売戦略事業, ふるさと納税, サステイナブル高島ネットワーク会議.
# Made up: the sheet's layout, date, every other 事業, 課, KPI, figure, note and money.
TAKASHIMA = [
    (
        "1　総合戦略に掲げる事業",
        [
            (
                1,
                "特産品国内販売戦略事業",
                "商工振興課",
                "新商品開発数",
                "品",
                "累計",
                8,
                10,
                5,
                9,
                4820,
            ),
            (
                2,
                "ふるさと納税推進事業",
                "財務課",
                "寄附件数",
                "件",
                "単年",
                12000,
                13000,
                10350,
                11480,
                86400,
            ),
            (
                3,
                "移住・定住促進事業",
                "総合戦略課",
                "移住相談件数",
                "件",
                "単年",
                150,
                160,
                142,
                171,
                6150,
            ),
            (
                4,
                "森林資源活用推進事業",
                "森林水産課",
                "木の駅出荷量",
                "t",
                "単年",
                600,
                650,
                588,
                596,
                3270,
            ),
        ],
    ),
    (
        "2　国の地方創生関連交付金等を活用した事業",
        [
            (
                5,
                "サステイナブル高島推進事業",
                "総合戦略課",
                "協働プロジェクト数",
                "件",
                "累計",
                6,
                8,
                4,
                6,
                9960,
            ),
        ],
    ),
]


def takashima() -> Path:
    widths = [5, 24, 12, 20, 6, 8, 10, 10, 10, 10, 12]
    wb, ws = _sheet("評価検証", widths)
    _text(
        ws,
        1,
        1,
        "高島市まち・ひと・しごと創生総合戦略　評価検証シート（平成30年度実績）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 11, "令和元年6月　政策部 総合戦略課", align="right", size=9)
    head = [
        "No",
        "事業名",
        "担当課",
        "KPI",
        "単位",
        "集計区分",
        "目標値\n（H30）",
        "目標値\n（H31）",
        "前年度\n実績",
        "本年度\n実績",
        "決算額\n（千円）",
    ]
    r = 4
    for title, rows in TAKASHIMA:
        _text(ws, r, 1, title, bold=True, size=11)
        r += 1
        for c, word in enumerate(head, start=1):
            _put(ws, r, c, word, header=True)
        ws.row_dimensions[r].height = 28
        r += 1
        for no, prog, dept, name, unit, kind, *cells in rows:
            _put(ws, r, 1, no, align="center")
            _put(ws, r, 2, prog)
            _put(ws, r, 3, dept, align="center")
            _put(ws, r, 4, name)
            _put(ws, r, 5, unit, align="center")
            _put(ws, r, 6, kind, align="center")
            for j, v in enumerate(cells):
                _put(ws, r, 7 + j, v, align="right")
            ws.row_dimensions[r].height = 22
            r += 1
        r += 1
    notes = [
        "※集計区分：単年＝当該年度の実績、累計＝平成27年度からの累計",
        "※前年度実績は平成29年度、本年度実績は平成30年度の値です。",
        "※評価検証は、サステイナブル高島ネットワーク会議の意見を踏まえて行いました。",
    ]
    for i, line in enumerate(notes):
        _text(ws, r + i, 1, line, size=8)
    _page(ws, "landscape")
    path = SOURCE / "takashima_hyoka_kensho_h30.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 糸島市 (福岡県): アクションプラン実績 — 補助制度 fractions, unit in the name's bracket, （見込）, 【再掲】
# --------------------------------------------------------------------------------------------

# Real: 25年度アクションプラン, the column word 補助制度, 九州大学学生への電動バイクレンタル事業 and
# 学研都市づくり課. Made up: the sheet's layout, date, every other 事業, 課, indicator, figure and note.
ITOSHIMA = [
    # (No, 事業名, 担当課, 補助制度, 指標, H25目標, H25実績, 達成率)
    (
        1,
        "九州大学学生への電動バイクレンタル事業",
        "学研都市づくり課",
        "市単独",
        "利用登録者数（人）",
        120,
        "134",
        "111.7%",
    ),
    (2, "空き家バンク事業", "地域振興課", "市単独", "成約件数（件）", 15, "11", "73.3%"),
    (
        3,
        "新婚世帯家賃補助事業",
        "子ども課",
        "国1/2",
        "補助世帯数（世帯）",
        60,
        "58（見込）",
        "96.7%",
    ),
    (
        4,
        "【再掲】移住相談窓口運営事業",
        "学研都市づくり課",
        "県1/2",
        "相談件数（件）",
        200,
        "236",
        "118.0%",
    ),
]


def itoshima() -> Path:
    widths = [5, 34, 16, 9, 22, 10, 12, 9]
    wb, ws = _sheet("アクションプラン", widths)
    _text(ws, 1, 1, "糸島市定住促進　25年度アクションプラン　実績報告", bold=True, size=12)
    _text(ws, 2, 8, "平成26年6月　糸島市企画部", align="right", size=9)
    _text(ws, 4, 1, "（1）若い世代の定住促進", bold=True, size=11)
    h = 5
    head = ["No", "事業名", "担当課", "補助制度", "指標", "H25目標", "H25実績", "達成率"]
    for c, word in enumerate(head, start=1):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 22
    r = h + 1
    for no, prog, dept, aid, name, target, actual, rate in ITOSHIMA:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, prog)
        _put(ws, r, 3, dept, align="center")
        _put(ws, r, 4, aid, align="center")
        _put(ws, r, 5, name)
        _put(ws, r, 6, target, align="right")
        _put(ws, r, 7, actual, align="right")
        _put(ws, r, 8, rate, align="right")
        ws.row_dimensions[r].height = 24
        r += 1
    notes = [
        "※達成率＝H25実績÷H25目標",
        "※新婚世帯家賃補助事業のH25実績は、平成26年3月分の申請を含む見込みの値です。",
        "※【再掲】は、他の施策に掲載している事業です。",
    ]
    for i, line in enumerate(notes):
        _text(ws, r + 1 + i, 1, line, size=8)
    _page(ws, "landscape")
    path = SOURCE / "itoshima_action_plan_h25.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 邑南町 (島根県): 基本目標の数値目標 — calendar-year columns, 毎年/年間/最終目標/以上 targets
# --------------------------------------------------------------------------------------------

# Real (邑南町 総合戦略 page): 明日（みらい）が見える・地域が輝く邑南戦略, the three 基本目標 and their
# targets (転入者数 毎年64人, 出生数 毎年80人（最終目標100人）, 観光入込客 年間100万人), the 対象期間 and
# the 観光 survey note. Made up: 合計特殊出生率 and 観光消費額, every actual, the date and the table.
OHNAN = [
    (
        "基本目標1：みんなの「ふるさと」となるまち",
        [("転入者数（人）", "毎年64人", "62", "70", "58")],
    ),
    (
        "基本目標2：「家族と暮らしたい」と思えるまち",
        [
            ("出生数（人）", "毎年80人（最終目標100人）", "77", "83", "74"),
            ("合計特殊出生率", "2.00以上", "1.87", "2.01", "1.95"),
        ],
    ),
    (
        "基本目標3：たくさんの「出会い」があるまち",
        [
            ("観光入込客", "年間100万人", "96.4万人", "101.2万人", "98.7万人"),
            ("観光消費額", "年間25億円", "23.1億円", "24.6億円", "―"),
        ],
    ),
]


def ohnan_html() -> str:
    lines = [
        "<table>",
        "<tr><th>基本目標</th><th>数値目標</th><th>目標</th><th>平成27年</th><th>平成28年</th><th>平成29年</th></tr>",
    ]
    for goal, rows in OHNAN:
        for k, (name, target, *cells) in enumerate(rows):
            head = f'<td rowspan="{len(rows)}">{goal}</td>' if k == 0 else ""
            tds = "".join(f'<td class="r">{v}</td>' for v in cells)
            lines.append(f"<tr>{head}<td>{name}</td><td>{target}</td>{tds}</tr>")
    lines.append("</table>")
    table = "\n".join(lines)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>総合戦略の進捗状況｜邑南町</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin: 0.4em 0 0.8em; }}
th, td {{ border: 1px solid #333; padding: 3px 8px; }}
th {{ background: #e8e8e8; font-weight: normal; }}
td.r {{ text-align: right; }}
p.note {{ font-size: 85%; margin: 0.2em 0; }}
</style>
</head>
<body>
<h1>明日（みらい）が見える・地域が輝く邑南戦略の進捗状況</h1>
<p>最終更新日：2018年9月1日　邑南町企画財政課</p>
<p>人口の将来展望：2060年（平成72年）に1万人の人口維持を目指します。</p>
<h2>基本目標の数値目標</h2>
{table}
<p class="note">注：対象期間：2015年（平成27年）～2019年（平成31年）</p>
<p class="note">注：観光入込客は、島根県観光動態調査に加え、道の駅瑞穂等、邑南町独自の調査分を含みます。</p>
<p class="note">注：平成29年の観光消費額は集計中です。平成29年度の総合戦略関連事業費は1億8,520万円でした。</p>
</body>
</html>
"""


def ohnan() -> Path:
    path = HERE / "ohnan_kihon_mokuhyo_h29.html"
    path.write_bytes(ohnan_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (sakahogi, takashima, itoshima):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {ohnan().name}")


if __name__ == "__main__":
    main()
