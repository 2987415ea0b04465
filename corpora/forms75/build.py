"""Build the built documents of forms75/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/kagamino_kouka_kensho_r3.xlsx``, an 効果検証資料 in the manner of 鏡野町 (岡山県):
  ``基準値（R1） | R3目標 | R3実績 | 最終目標（R6） | 評価`` with ◎/○/△ marks and a legend,
  units in the KPI's bracket (``千円``, ``万人``), ``（累計）`` in a final target; and the PDF;
* ``source/nantan_jigyo_hyoka_h28.xlsx``, an 事業評価シート in the manner of 南丹市 (京都府):
  事業名, 担当課, 事業費（千円）, KPI over ``目標値 (H28 | H31)`` and ``実績値 (H27 | H28)``, and a
  ``会議評価`` column of circled numbers ①–⑤ (the 地域創生会議's rating); and the PDF;
* ``source/ibigawa_seika_shihyo_r2.xlsx``, a 成果指標の達成状況 in the manner of 揖斐川町 (岐阜県):
  施策 cells merged down, ``策定時（H26） | 前期目標（R2） | 実績（R2） | 達成状況 | 後期目標（R7）``
  with a later target right of the printed status, ``延べ`` in a cell and a ``―`` baseline; and the PDF;
* ``aso_kpi_shinchoku_h29.html``, a KPI進捗 page in the manner of 阿蘇市 (熊本県): one table per
  ``<h3>`` 施策, a 単位 column with ``万人``, a 熊本地震 text in an actual cell and one merged over
  three actual years (``colspan="3"``).

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
    wb.properties.creator = "forms75/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms75/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms75_soffice_") as tmp:
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
# 鏡野町 (岡山県): 効果検証資料 — 基準値（R1）, R3目標/R3実績, 最終目標（R6）, ◎/○/△ 評価
# --------------------------------------------------------------------------------------------

# Real (鏡野町 行政評価外部評価委員会 page): 第2期かがみの創生総合戦略, 効果検証資料, 資料1, the
# committee's name and the meeting date 令和4年10月28日, 道の駅奥津温泉. Made up: 基本目標1's wording,
# every KPI, figure, mark, legend and note.
KAGAMINO = [
    # (No, KPI（単位）, 基準値（R1）, R3目標, R3実績, 最終目標（R6）, 評価)
    (1, "新規就農者数（人）", 4, 5, 6, 5, "◎"),
    (2, "道の駅奥津温泉 飲食部門売上高（千円）", 18200, 20000, 16850, 24000, "△"),
    (3, "観光入込客数（万人）", 78.4, 80.0, 52.6, 90.0, "△"),
    (4, "企業誘致件数（件）", 0, 1, 1, "3（累計）", "○"),
    (5, "町内事業所の従業者数（人）", 2410, 2400, "―", 2400, "―"),
]


def kagamino() -> Path:
    widths = [5, 36, 11, 10, 10, 13, 7]
    wb, ws = _sheet("効果検証", widths)
    _text(
        ws,
        1,
        1,
        "第2期かがみの創生総合戦略　効果検証資料（令和3年度実績）",
        bold=True,
        size=12,
    )
    _text(ws, 1, 7, "資料1", align="right", size=10)
    _text(ws, 2, 7, "令和4年10月28日　鏡野町行政評価外部評価委員会", align="right", size=9)
    _text(ws, 4, 1, "基本目標1　地域の資源を活かし、しごとをつくる", bold=True, size=11)
    h = 5
    head = ["No", "KPI（単位）", "基準値\n（R1）", "R3目標", "R3実績", "最終目標\n（R6）", "評価"]
    for c, word in enumerate(head, start=1):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 30
    r = h + 1
    for no, name, *cells, mark in KAGAMINO:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        for j, v in enumerate(cells):
            fmt = "0.0" if isinstance(v, float) else None
            _put(ws, r, 3 + j, v, align="right", fmt=fmt)
        _put(ws, r, 7, mark, align="center", size=11)
        ws.row_dimensions[r].height = 24
        r += 1
    notes = [
        "※評価　◎：目標を上回った　○：目標どおり　△：目標を下回った　―：評価できない",
        "※町内事業所の従業者数は経済センサスの公表年のみ把握しています（R3は公表なし）。",
        "※令和3年度 基本目標1関連事業費：48,620千円",
    ]
    for i, line in enumerate(notes):
        _text(ws, r + 1 + i, 1, line, size=8)
    _page(ws, "portrait")
    path = SOURCE / "kagamino_kouka_kensho_r3.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 南丹市 (京都府): 事業評価シート — 事業費（千円）, 目標値 H28/H31, 実績値 H27/H28, 会議評価 ①–⑤
# --------------------------------------------------------------------------------------------

# Real (南丹市地域創生会議 結果概要): 基本目標1 「しごと」を創出し働く場をつくる, the three 事業
# (ふるさと農業創生支援事業, 森の恵み活用事業, サテライトオフィス誘致事業), the question 「地域創生
# 戦略のKPI達成に有効であるか」 and its five answers ①–⑤. Made up: the sheet, 課, 事業費, the fourth
# 事業, every KPI, figure and rating.
NANTAN = [
    # (事業名, 担当課, 事業費（千円）, KPI, 単位, 目標H28, 目標H31, 実績H27, 実績H28, 会議評価)
    (
        "ふるさと農業創生支援事業",
        "農業推進課",
        4860,
        "農家民宿の開業数",
        "軒",
        4,
        10,
        "2",
        "5",
        "②",
    ),
    (
        "森の恵み活用事業",
        "農業推進課",
        2150,
        "獣肉処理技術者の養成数",
        "人",
        15,
        40,
        "8",
        "13",
        "①",
    ),
    (
        "サテライトオフィス誘致事業",
        "地域振興課",
        9320,
        "サテライトオフィス進出企業数",
        "社",
        2,
        5,
        "1",
        "2",
        "②",
    ),
    (
        "美山かやぶきの里情報発信事業",
        "商工観光課",
        3040,
        "美山地域の観光入込客数",
        "千人",
        760,
        800,
        "約745",
        "約752",
        "③",
    ),
]


def nantan() -> Path:
    widths = [28, 12, 11, 28, 6, 8, 8, 9, 9, 9]
    wb, ws = _sheet("事業評価", widths)
    _text(ws, 1, 1, "南丹市地域創生戦略　事業評価シート（平成28年度）", bold=True, size=12)
    _text(ws, 2, 10, "平成29年8月　南丹市地域創生会議", align="right", size=9)
    _text(ws, 4, 1, "基本目標1　「しごと」を創出し働く場をつくる", bold=True, size=11)
    h = 5
    top = [
        "事業名",
        "担当課",
        "事業費\n（千円）",
        "KPI",
        "単位",
        "目標値",
        None,
        "実績値",
        None,
        "会議評価",
    ]
    low = [None, None, None, None, None, "H28", "H31", "H27", "H28", None]
    for c in range(1, 11):
        _put(ws, h, c, top[c - 1], header=True)
        _put(ws, h + 1, c, low[c - 1], header=True)
    for c in (1, 2, 3, 4, 5, 10):
        _merge(ws, h, c, h + 1, c)
    _merge(ws, h, 6, h, 7)
    _merge(ws, h, 8, h, 9)
    ws.row_dimensions[h].height = 22
    ws.row_dimensions[h + 1].height = 18
    r = h + 2
    for prog, dept, money, name, unit, *cells, mark in NANTAN:
        _put(ws, r, 1, prog)
        _put(ws, r, 2, dept, align="center")
        _put(ws, r, 3, money, align="right")
        _put(ws, r, 4, name)
        _put(ws, r, 5, unit, align="center")
        for j, v in enumerate(cells):
            _put(ws, r, 6 + j, v, align="right")
        _put(ws, r, 10, mark, align="center", size=11)
        ws.row_dimensions[r].height = 24
        r += 1
    notes = [
        "※会議評価：「地域創生戦略のKPI達成に有効であるか」について、委員の評価の最も多いもの",
        "　①有効であった　②どちらかといえば有効であった　③どちらともいえない　④どちらかといえば有効とはいえない　⑤有効とはいえない",
        "※美山地域の観光入込客数は京都府観光入込客調査による推計値です。",
    ]
    for i, line in enumerate(notes):
        _text(ws, r + 1 + i, 1, line, size=8)
    _page(ws, "landscape")
    path = SOURCE / "nantan_jigyo_hyoka_h28.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 揖斐川町 (岐阜県): 成果指標の達成状況 — 施策 merged down, 策定時/前期目標/実績/達成状況/後期目標
# --------------------------------------------------------------------------------------------

# Real (揖斐川町 第2次総合計画 page): 揖斐川町第2次総合計画 (平成28年度～令和7年度), 前期基本計画
# to 令和2年度, 後期基本計画 令和3(2021)～令和7(2025)年度. Made up: 基本目標2's wording, the 施策,
# every indicator, figure, status word and note.
IBIGAWA = [
    (
        "2-1 子育て支援の充実",
        [
            ("子育て支援センター利用者数", "人", 4820, 5500, "3,210", "未達成", 5000),
            ("保育所待機児童数", "人", 0, 0, "0", "達成", 0),
        ],
    ),
    (
        "2-2 健康づくりの推進",
        [
            ("特定健康診査受診率", "%", 38.2, 60.0, "44.8", "未達成", 60.0),
            ("健康教室の参加者数", "人", "―", 1200, "延べ1,356", "達成", 1500),
        ],
    ),
    (
        "2-3 地域医療の確保",
        [("休日在宅当番医の実施日数", "日", 71, 72, "72", "達成", 72)],
    ),
]


def ibigawa() -> Path:
    widths = [20, 28, 6, 10, 10, 11, 9, 10]
    wb, ws = _sheet("成果指標", widths)
    _text(
        ws,
        1,
        1,
        "揖斐川町第2次総合計画　前期基本計画　成果指標の達成状況",
        bold=True,
        size=12,
    )
    _text(ws, 2, 8, "令和3年7月　揖斐川町総務課", align="right", size=9)
    _text(ws, 4, 1, "基本目標2　健やかに安心して暮らせるまち", bold=True, size=11)
    h = 5
    head = [
        "施策",
        "成果指標",
        "単位",
        "策定時\n（H26）",
        "前期目標\n（R2）",
        "実績\n（R2）",
        "達成状況",
        "後期目標\n（R7）",
    ]
    for c, word in enumerate(head, start=1):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 30
    r = h + 1
    for measure, rows in IBIGAWA:
        first = r
        for name, unit, base, target, actual, word, later in rows:
            _put(ws, r, 1, measure if r == first else None, valign="center")
            _put(ws, r, 2, name)
            _put(ws, r, 3, unit, align="center")
            for j, v in enumerate((base, target, actual)):
                fmt = "0.0" if isinstance(v, float) else None
                _put(ws, r, 4 + j, v, align="right", fmt=fmt)
            _put(ws, r, 7, word, align="center")
            _put(ws, r, 8, later, align="right", fmt="0.0" if isinstance(later, float) else None)
            ws.row_dimensions[r].height = 24
            r += 1
        if r - 1 > first:
            _merge(ws, first, 1, r - 1, 1)
    notes = [
        "※策定時の「―」は、平成28年度からの新規事業のため数値がないものです。",
        "※後期目標は、揖斐川町第2次総合計画 後期基本計画（令和3年度～令和7年度）で設定した値です。",
        "※令和2年度 子育て支援関連決算額：2億1,430万円",
    ]
    for i, line in enumerate(notes):
        _text(ws, r + 1 + i, 1, line, size=8)
    _page(ws, "portrait")
    path = SOURCE / "ibigawa_seika_shihyo_r2.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 阿蘇市 (熊本県): KPIの進捗状況 — one table per <h3> 施策, 単位 万人, 熊本地震 text in actual cells
# --------------------------------------------------------------------------------------------

# Real (阿蘇市まち・ひと・しごと創生総合戦略, 平成27年10月): 政策パッケージ3：阿蘇ブランドを活かした
# 魅力ある地域戦略, (ア)地域資源を活かした新たな観光需要の喚起と受入れ環境の強化, (イ)阿蘇ブランド
# 推進による地域活性化; the 熊本地震 (平成28年). Made up: every KPI, figure and note.
ASO = [
    (
        "（ア）地域資源を活かした新たな観光需要の喚起と受入れ環境の強化",
        [
            ("観光入込客数", "万人", ["550.2", "568.4", "389.7", "472.1"], "600"),
            (
                "宿泊客数",
                "万人",
                ["98.6", "101.3", "熊本地震の影響により調査未実施", "85.0"],
                "110",
            ),
            (
                "外国人観光客数",
                "人",
                ["118,400", "熊本地震の影響により集計休止（H30再開予定）"],
                "150,000",
            ),
        ],
    ),
    (
        "（イ）阿蘇ブランド推進による地域活性化",
        [("阿蘇ブランド認定品数", "品", ["―", "12", "18", "25"], "50（累計）")],
    ),
]


def aso_html() -> str:
    parts = []
    for heading, rows in ASO:
        lines = [
            f"<h3>{heading}</h3>",
            "<table>",
            "<tr><th>KPI</th><th>単位</th><th>基準値（H26）</th><th>H27</th><th>H28</th><th>H29</th><th>目標値（H31）</th></tr>",
        ]
        for name, unit, cells, target in rows:
            if len(cells) == 2:
                tds = f'<td class="r">{cells[0]}</td><td colspan="3" class="c">{cells[1]}</td>'
            else:
                tds = "".join(
                    f'<td class="r">{v}</td>' if len(v) < 10 else f'<td class="c">{v}</td>'
                    for v in cells
                )
            lines.append(
                f'<tr><td>{name}</td><td class="c">{unit}</td>{tds}<td class="r">{target}</td></tr>'
            )
        lines.append("</table>")
        parts.append("\n".join(lines))
    body = "\n".join(parts)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>総合戦略KPIの進捗状況｜阿蘇市</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin: 0.4em 0 0.8em; }}
th, td {{ border: 1px solid #333; padding: 3px 8px; }}
th {{ background: #e8e8e8; font-weight: normal; }}
td.r {{ text-align: right; }}
td.c {{ text-align: center; }}
p.note {{ font-size: 85%; margin: 0.2em 0; }}
</style>
</head>
<body>
<h1>阿蘇市まち・ひと・しごと創生総合戦略　KPIの進捗状況（平成29年度）</h1>
<p>更新日：2018年8月20日　阿蘇市まちづくり課</p>
<h2>政策パッケージ3：阿蘇ブランドを活かした魅力ある地域戦略</h2>
{body}
<p class="note">※平成28年4月の熊本地震により、平成28年の観光統計の一部は調査を実施していません。</p>
<p class="note">※阿蘇ブランド認定品数は平成27年度の制度創設からの累計です。平成29年度の阿蘇ブランド推進事業費は1,280万円でした。</p>
</body>
</html>
"""


def aso() -> Path:
    path = HERE / "aso_kpi_shinchoku_h29.html"
    path.write_bytes(aso_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (kagamino, nantan, ibigawa):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {aso().name}")


if __name__ == "__main__":
    main()
