"""Build the built documents of forms190/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/fukaura_kpi_shinchoku_h29.xlsx``, a 総合戦略 KPI 進捗 in the manner of 深浦町 (青森県):
  form fields (計画期間, the real 観光入込客数 of 平成28年, the マグロステーキ丼, 関連事業費 in 千円) over
  two 基本目標 grids: the first with a 単位 column holding ``千人``, ``千食`` and **a unit with a
  per-cell exception, ``人（H26は世帯）``** (the baseline alone is a count of households); the second
  with **no 単位 column and a unit note at the right of its heading, ``（単位：人、組、％）``, that
  names three units with no key** (each row's unit is told only by its name); 備考 cells and
  notes full of numbers; and the PDF;
* ``noda_senryaku_kensho_r4.html``, a 総合戦略 KPI 検証 page in the manner of 野田村 (岩手県):
  two ``<h2>`` 基本目標 over tables with ``<th colspan>`` 施策 rows, a 単位 column and actuals only:
  **every target stands in a ``【目標】`` sentence row (``<td colspan="6">``) under its KPI, one such
  row shared by two KPIs and naming both**, and **target sentences worded with a yearly step
  (``毎年1人ずつ増やし、…``), a year-end deadline (``令和6年度末までに累計1,000人``) and a scale word
  the 単位 column does not use (``年間8万人`` in a ``千人`` row)**;
* ``source/shichikashuku_saisei_kpi_r5.xlsx``, a 地域再生計画 KPI 効果検証 in the manner of 七ヶ宿町
  (宮城県): form fields of real figures; **no 単位 column and no unit in any value cell: each KPI
  cell is one sentence holding the indicator and its target, and the target's level is the only
  place the row's unit stands** (``…年間40人とする``, ``…累計24世帯とする``, ``…年間1.2万人とする``);
  **value cells led by a bracketed one-kanji mark, ``【速】21`` (速報値) and ``【見】38`` (見込値), with a
  legend saying unmarked cells are 確定値**; and the PDF;
* ``source/assabu_koka_kensho_r5.xlsx``, a 総合戦略 効果検証シート in the manner of 厚沢部町 (北海道):
  form fields of real figures; **a shaded 数値目標 row whose name cell, merged over the 単位 and
  基準値 columns, is one sentence holding the goal's target and, in brackets, its baseline, with only
  the actuals in the grid's cells**; **value cells carrying the source of each figure in brackets,
  ``3,838（国調）`` / ``3,781（住基）``**, with a legend; ``百万円`` in 単位; and the PDF.

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
FIXED = dt.datetime(2026, 12, 10, 0, 0, 0)


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms190/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms190/build.py"
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
        cell.number_format = fmt or ("#,##0" if isinstance(value, int) else "#,##0.0")
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
                    rb"\g<1>2026-12-10T00:00:00Z\g<2>",
                    data,
                )
            info = zipfile.ZipInfo(name, date_time=(2026, 12, 10, 0, 0, 0))
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
    with tempfile.TemporaryDirectory(prefix="forms190_soffice_") as tmp:
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


def _fields(
    ws, r: int, pairs, c_label: tuple[int, int], c_value: tuple[int, int], height=18
) -> int:
    """Bordered label | value form rows; returns the next free row."""
    for label, value in pairs:
        _span(ws, r, c_label[0], c_label[1], label, header=True)
        _span(ws, r, c_value[0], c_value[1], value, align="left")
        ws.row_dimensions[r].height = height
        r += 1
    return r


def _header(ws, r: int, words, height: float = 30) -> None:
    """A one-row header; ``words`` are (c1, c2, word)."""
    for c1, c2, word in words:
        _span(ws, r, c1, c2, word, header=True)
    ws.row_dimensions[r].height = height


def _value(ws, r: int, c: int, v, fill=None) -> None:
    """A value cell: numbers right-aligned with their format, ``―`` centred, text right-aligned."""
    if isinstance(v, float):
        _put(ws, r, c, v, fmt="#,##0.0", fill=fill)
    elif isinstance(v, int):
        _put(ws, r, c, v, fill=fill)
    else:
        _put(ws, r, c, v, align="center" if v in ("―", "") else "right", fill=fill)


# --------------------------------------------------------------------------------------------
# 深浦町 (青森県西津軽郡): まち・ひと・しごと創生総合戦略 KPIの進捗状況（平成29年度）
# --------------------------------------------------------------------------------------------

# Real (町長あいさつ 2017, 河北新報 2018, 深浦町 page): the merger with 岩崎村 (平成17年), the 平成28年
# 観光入込客数 946,965人 (対前年比9.5%減; 十二湖 up), the 深浦マグロステーキ丼 (平成25年6月発売, 町内7店舗,
# 1,500円), ふるさと納税 平成28年度 686件・1,660万円 (3.4倍, 約2.7倍). Made up: the sheet, its date, 課 and
# 基本目標 wording, every KPI figure, the お試し移住住宅, the second grid, the money.
FK_GRID1 = [
    (
        "1",
        "観光入込客数",
        "千人",
        1012.6,
        1046.4,
        947.0,
        1050.0,
        981.3,
        1100.0,
        "H28は熊出没報道で団体客が減少",
    ),
    (
        "2",
        "深浦マグロステーキ丼の販売食数（累計）",
        "千食",
        38.5,
        86.2,
        131.4,
        160.0,
        172.8,
        250.0,
        "発売からの累計（町内7店舗）",
    ),
    (
        "3",
        "お試し移住住宅の利用者数",
        "人（H26は世帯）",
        7,
        18,
        26,
        25,
        31,
        40,
        "H27から利用者の人数で集計",
    ),
]

FK_GRID2 = [
    ("4", "出生数", 42, 39, 35, 40, 33, 40, "H29の死亡数は171人"),
    ("5", "婚活イベントでのカップル成立数", 3, 5, 4, 5, 6, 8, "H29は婚活イベントを4回開催"),
    (
        "6",
        "子育て環境に満足している町民の割合",
        48.2,
        "―",
        51.6,
        55.0,
        "―",
        60.0,
        "町民意識調査（隔年実施）",
    ),
]


def fukaura() -> Path:
    wb, ws = _sheet("KPI進捗", [6, 36, 13, 11, 10, 10, 10, 10, 11, 30])
    _text(
        ws,
        1,
        1,
        "深浦町まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の進捗状況（平成29年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 10, "平成30年9月　深浦町総合戦略推進会議　資料2", align="right")
    _text(ws, 3, 10, "事務局：深浦町総合政策課", align="right")
    r = _fields(
        ws,
        5,
        [
            ("計画期間", "平成27年度～平成31年度（5か年）"),
            (
                "町の概況",
                "平成17年に深浦町と岩崎村が合併。平成28年の観光入込客数は946,965人（対前年比9.5％減）で、十二湖への入込客数は前年を上回った。",
            ),
            ("深浦マグロステーキ丼", "平成25年6月発売。町内7店舗で提供（1食1,500円）。"),
            ("関連事業費（H29決算・千円）", "61,380"),
        ],
        (1, 2),
        (3, 10),
    )
    r += 1
    _text(ws, r, 1, "基本目標１　深浦の資源を活かしたしごとをつくる", bold=True, size=11)
    r += 1
    _header(
        ws,
        r,
        [
            (1, 1, "No."),
            (2, 2, "重要業績評価指標（KPI）"),
            (3, 3, "単位"),
            (4, 4, "基準値\n（H26）"),
            (5, 5, "H27実績"),
            (6, 6, "H28実績"),
            (7, 7, "H29目標"),
            (8, 8, "H29実績"),
            (9, 9, "目標値\n（H31）"),
            (10, 10, "備考"),
        ],
    )
    r += 1
    for no, name, unit, *vals, note in FK_GRID1:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate(vals):
            _value(ws, r, 4 + j, v)
        _put(ws, r, 10, note, size=8)
        ws.row_dimensions[r].height = 24
        r += 1
    r += 1
    _text(ws, r, 1, "基本目標３　若い世代の結婚・出産・子育ての希望をかなえる", bold=True, size=11)
    _text(ws, r, 10, "（単位：人、組、％）", align="right")
    r += 1
    _header(
        ws,
        r,
        [
            (1, 1, "No."),
            (2, 3, "重要業績評価指標（KPI）"),
            (4, 4, "基準値\n（H26）"),
            (5, 5, "H27実績"),
            (6, 6, "H28実績"),
            (7, 7, "H29目標"),
            (8, 8, "H29実績"),
            (9, 9, "目標値\n（H31）"),
            (10, 10, "備考"),
        ],
    )
    r += 1
    for no, name, *vals, note in FK_GRID2:
        _put(ws, r, 1, no, align="center")
        _span(ws, r, 2, 3, name)
        for j, v in enumerate(vals):
            _value(ws, r, 4 + j, v)
        _put(ws, r, 10, note, size=8)
        ws.row_dimensions[r].height = 24
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※No.3の単位「人（H26は世帯）」は、基準値（H26）のみ利用世帯数で集計していることを示します。",
            "※No.2は平成25年6月の発売からの累計販売食数です。",
            "※基本目標３の表には単位欄を設けず、見出しの右に単位を記載しています。No.6は隔年の町民意識調査のため、調査のない年度は「―」としています。",
            "※ふるさと納税は平成28年度に686件・1,660万円（件数は前年度比3.4倍、金額は約2.7倍）となりました。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "fukaura_kpi_shinchoku_h29.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 野田村 (岩手県九戸郡): まち・ひと・しごと創生総合戦略 KPIの検証結果（令和4年度）
# --------------------------------------------------------------------------------------------

# Real (全国町村会 2021, japanlocal.net, 野田村観光協会, デーリー東北 2021, iwate-day.com): 80.80k㎡,
# 4,632人 (平成22年国勢調査), のだ塩, 荒海ホタテ, 山ぶどう 生産量日本一, 十府ヶ浦 (3.5km), the 38 victims
# of the 2011 tsunami and the 2,640m 防潮堤 (海抜14m), the 「心はいつものだ村民」登録制度 (準村民).
# Made up: the page, its date and 課, both 基本目標 and every 施策 wording, every figure and target,
# the start year of the 登録制度, the money.
ND_HEAD = """<thead>
<tr><th scope="col">重要業績評価指標（KPI）</th><th scope="col">単位</th><th scope="col">基準値<br>（R元）</th><th scope="col">R2実績</th><th scope="col">R3実績</th><th scope="col">R4実績</th></tr>
</thead>"""

ND_TABLES = [
    (
        "基本目標1　のだの資源を活かした産業を育て、しごとをつくる",
        [
            ("band", "施策1　「のだ塩」と「荒海ホタテ」のブランド化"),
            ("kpi", "のだ塩の生産量", "t", "10.2", "9.8", "11.5", "12.3"),
            ("kpi", "荒海ホタテの水揚量", "t", "312", "298", "276", "305"),
            (
                "goal",
                "【目標】令和6年度に、のだ塩の生産量を年間13.0t、荒海ホタテの水揚量を年間350tとする。",
            ),
            ("band", "施策2　十府ヶ浦を核とした交流人口の拡大"),
            ("kpi", "観光入込客数", "千人", "86.4", "41.2", "52.8", "74.6"),
            ("goal", "【目標】観光入込客数を令和4年度に年間8万人、令和6年度に年間10万人とする。"),
        ],
    ),
    (
        "基本目標2　野田村とつながる人を増やし、新しい人の流れをつくる",
        [
            ("band", "施策3　関係人口の創出・拡大"),
            ("kpi", "「心はいつものだ村民」登録者数", "人", "―（R2開始）", "312", "548", "731"),
            (
                "goal",
                "【目標】「心はいつものだ村民」登録者数を令和6年度末までに累計1,000人とする。",
            ),
            ("band", "施策4　移住・定住の促進"),
            ("kpi", "移住者数", "人", "11", "12", "14", "13"),
            ("goal", "【目標】移住者数を毎年1人ずつ増やし、令和6年度に年間16人とする。"),
        ],
    ),
]


def noda_html() -> str:
    parts = []
    for heading, rows in ND_TABLES:
        body = []
        for row in rows:
            if row[0] == "band":
                body.append(f'<tr><th colspan="6" class="band">{row[1]}</th></tr>')
            elif row[0] == "goal":
                body.append(f'<tr class="goal"><td colspan="6">{row[1]}</td></tr>')
            else:
                _, name, unit, *vals = row
                cells = "".join(
                    f'<td class="{"c" if v.startswith("―") else "num"}">{v}</td>' for v in vals
                )
                body.append(f'<tr><th scope="row">{name}</th><td class="c">{unit}</td>{cells}</tr>')
        rows_html = "\n".join(body)
        parts.append(
            f"<h2>{heading}</h2>\n<table>\n{ND_HEAD}\n<tbody>\n{rows_html}\n</tbody>\n</table>"
        )
    tables = "\n".join(parts)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>野田村まち・ひと・しごと創生総合戦略 重要業績評価指標（KPI）の検証結果（令和4年度） - 野田村</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
thead th {{ background: #d9d9d9; }}
tbody th {{ text-align: left; font-weight: normal; }}
th.band {{ background: #f2f2f2; font-weight: bold; }}
tr.goal td {{ font-size: 9pt; padding-left: 2em; }}
td.num {{ text-align: right; }}
td.c {{ text-align: center; }}
</style>
</head>
<body>
<p>トップページ &gt; 村政情報 &gt; 計画・施策 &gt; 地方創生</p>
<h1>野田村まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の検証結果（令和4年度）</h1>
<p>更新日：2023年9月29日　野田村 未来づくり推進課</p>
<p>野田村は岩手県の沿岸北部に位置し、総面積80.80k㎡、人口4,632人（平成22年国勢調査）の村です。東日本大震災津波では38人が犠牲となり、野田・前浜・米田の3地区に総延長2,640m、海抜14mの防潮堤を整備しました。特産の「のだ塩」と「荒海ホタテ」のほか、山ぶどうの生産量は日本一です。3.5kmにわたる砂浜「十府ヶ浦」は村の主要な観光地です。</p>
<p>第2期総合戦略（令和2年度～令和6年度）の3年目にあたり、重要業績評価指標（KPI）の実績を取りまとめました。各KPIの目標は、総合戦略に記載した文のとおり、指標の下の【目標】の行に掲載しています。</p>
{tables}
<p>※観光入込客数は、新型コロナウイルス感染症の影響により令和2年度・令和3年度に大きく減少しました。</p>
<p>※「心はいつものだ村民」登録制度は、村外に住みながら野田村を応援する方を「準村民」として登録する制度で、令和2年度に開始しました。</p>
<p>※令和4年度の関連事業費は38,520千円（うち地方創生推進交付金19,260千円）です。</p>
<p>※KPI5項目のうち、令和4年度の目標を定めている1項目は未達成でした。</p>
<p>お問い合わせ：野田村 未来づくり推進課</p>
</body>
</html>
"""


def noda() -> Path:
    path = HERE / "noda_senryaku_kensho_r4.html"
    path.write_bytes(noda_html().encode("utf-8"))
    return path


# --------------------------------------------------------------------------------------------
# 七ヶ宿町 (宮城県刈田郡): 地域再生計画 KPIの効果検証（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (全国町村会 2016, jmedia.wiki, career-vision.or.jp 2024, batonpass.jp, ignite.jp 2021): the project
# name 七ヶ宿町への移住・定住の流れをつくる事業, ふるさと振興課, 263.09k㎡, 約9割が森林, 1,323人 (2020年6月1日),
# 昭和25年の5,536人, 七ヶ宿ダム (平成3年10月, 県民183万人の水がめ), わらじで歩こう七ヶ宿, the 地域担い手づくり
# 支援住宅 (20年で譲渡), 300人以上 moving in over 平成28年～令和5年, the 保育園児 rising from about 20 to
# 36–37. Made up: the sheet, its date, period and money, every sentence, figure and mark.
SK_ROWS = [
    ("1", "移住者数を令和6年度までに年間40人とする。", 31, 36, 42, "【見】38"),
    (
        "2",
        "地域担い手づくり支援住宅の入居世帯数を令和6年度までに累計24世帯とする。",
        12,
        15,
        18,
        "【速】21",
    ),
    (
        "3",
        "町内保育所の入所児童数を令和5年度に38人、令和6年度に40人とする。",
        33,
        37,
        35,
        "【速】36",
    ),
    (
        "4",
        "町主催イベントへの参加者数を令和6年度に年間1.2万人とする。",
        2840,
        6120,
        9860,
        "【速】10,450",
    ),
]


def shichikashuku() -> Path:
    wb, ws = _sheet("KPI効果検証", [6, 50, 11, 11, 11, 12])
    _text(
        ws, 1, 1, "地域再生計画　重要業績評価指標（KPI）の効果検証（令和5年度）", bold=True, size=13
    )
    _text(ws, 2, 6, "令和6年2月　七ヶ宿町ふるさと振興課", align="right")
    r = _fields(
        ws,
        4,
        [
            ("地域再生計画の名称", "七ヶ宿町への移住・定住の流れをつくる事業"),
            ("計画期間", "令和3年度～令和6年度"),
            (
                "町の概況",
                "総面積263.09k㎡（約9割が森林）。人口は昭和25年の5,536人をピークに減少し、1,323人（令和2年6月1日）。平成3年10月に完成した七ヶ宿ダムは県民183万人の水がめ。",
            ),
            ("交付対象事業費（R5・千円）", "18,600（うち交付金9,300）"),
        ],
        (1, 2),
        (3, 6),
        height=30,
    )
    r += 1
    _text(
        ws,
        r,
        1,
        "凡例：無印＝確定値　【速】＝速報値（令和6年1月末集計）　【見】＝見込値（令和6年3月末までの見込み）",
        size=8,
    )
    r += 2
    _text(ws, r, 1, "■重要業績評価指標（KPI）と目標", bold=True, size=11)
    r += 1
    _header(
        ws,
        r,
        [
            (1, 1, "No."),
            (2, 2, "重要業績評価指標（KPI）と目標"),
            (3, 3, "基準値\n（R2）"),
            (4, 4, "R3実績"),
            (5, 5, "R4実績"),
            (6, 6, "R5実績"),
        ],
    )
    r += 1
    for no, sentence, *vals in SK_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, sentence)
        for j, v in enumerate(vals):
            _value(ws, r, 3 + j, v)
        ws.row_dimensions[r].height = 32
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※KPIの欄は、指標と目標を計画に記載した一文のとおり掲げています（単位は目標の数値に付しています）。",
            "※No.2の支援住宅は、20年間居住すると住宅と土地を譲渡するもので、入居世帯数は整備開始からの累計です。",
            "※No.4は「わらじで歩こう七ヶ宿」など町主催イベントの参加者数（延べ）です。",
            "※平成28年度から令和5年度までの8年間で、300人以上が本町に移住しています（町調べ）。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "shichikashuku_saisei_kpi_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 厚沢部町 (北海道檜山郡): 第2期総合戦略 効果検証シート（令和5年度実績）
# --------------------------------------------------------------------------------------------

# Real (furusato-funding.jp/projects/1365, 厚沢部町 page on the 第3期 strategy, 全国町村会 2011): the
# 検討委員会, 基本目標2's wording, 460.58k㎡ with 82% 林野, 水田1,826ha and 畑地1,646ha, the 1960 peak
# of 10,651人, 4,049人 (2015国勢調査), 1,815人 in 2045 (55%減), births from about 30 to about 20 a year,
# 年間50人の自然減, 毎年45人前後の社会減, 総務政策課. Made up: the sheet, its date, the 数値目標 sentence,
# every KPI and figure (the 2020 census figure too), the money.
AS_GOAL = (
    "総人口を令和6年度末に3,650人以上確保する（基準値：令和元年度末 3,921人）",
    ["3,838（国調）", "3,781（住基）", "3,716（住基）", "", "3,662（住基）", ""],
)
AS_ROWS = [
    ("1", "ふるさと納税寄附額", "百万円", 48.6, 71.2, 95.4, 102.8, 100.0, 118.3, 120.0),
    ("2", "移住相談件数", "件", 18, 22, 27, 31, 30, 26, 35),
    (
        "3",
        "20～39歳の女性人口",
        "人",
        "298（住基）",
        "281（国調）",
        "276（住基）",
        "270（住基）",
        275,
        "266（住基）",
        280,
    ),
]


def assabu() -> Path:
    wb, ws = _sheet("効果検証", [9, 30, 8, 11, 11, 11, 11, 9, 11, 10])
    _text(
        ws,
        1,
        1,
        "第2期厚沢部町まち・ひと・しごと創生総合戦略　効果検証シート（令和5年度実績）",
        bold=True,
        size=13,
    )
    _text(
        ws,
        2,
        10,
        "令和6年9月　厚沢部町まち・ひと・しごと創生総合戦略検討委員会　資料1",
        align="right",
    )
    _text(ws, 3, 10, "事務局：厚沢部町総務政策課", align="right")
    r = _fields(
        ws,
        5,
        [
            ("計画期間", "令和2年度～令和6年度（5年間）"),
            (
                "町の概況",
                "総面積460.58k㎡（うち林野82％）、水田1,826ha・畑地1,646ha。人口は1960年の10,651人をピークに減少し、4,049人（2015年国勢調査）。2045年には1,815人（2015年比55％減）と推計されている。",
            ),
            ("関連事業費（R5決算・千円）", "42,760"),
        ],
        (1, 2),
        (3, 10),
        height=24,
    )
    r += 1
    _text(
        ws,
        r,
        1,
        "※実績値の（　）内は数値の出典：国調＝国勢調査（10月1日現在）、住基＝住民基本台帳（年度末現在）",
        size=8,
    )
    r += 1
    _text(
        ws,
        r,
        1,
        "基本目標２　関係人口の拡大を図り、厚沢部町へ新しい人の流れをつくる",
        bold=True,
        size=11,
    )
    r += 1
    _header(
        ws,
        r,
        [
            (1, 1, "No."),
            (2, 2, "重要業績評価指標（KPI）"),
            (3, 3, "単位"),
            (4, 4, "基準値\n（R元）"),
            (5, 5, "R2実績"),
            (6, 6, "R3実績"),
            (7, 7, "R4実績"),
            (8, 8, "R5目標"),
            (9, 9, "R5実績"),
            (10, 10, "目標値\n（R6）"),
        ],
    )
    r += 1
    sentence, cells = AS_GOAL
    _put(ws, r, 1, "数値目標", align="center", bold=True, fill=LIGHT)
    _span(ws, r, 2, 4, sentence, bold=True, fill=LIGHT)
    for j, v in enumerate(cells):
        _value(ws, r, 5 + j, v, fill=LIGHT)
    ws.row_dimensions[r].height = 34
    r += 1
    for no, name, unit, *vals in AS_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate(vals):
            _value(ws, r, 4 + j, v)
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※数値目標は、総合戦略に掲げた文のとおり記載しています。R5目標は第2期総合戦略の年次目標です。",
            "※出生数は年間30人前後から20人前後に減少し、過去5年間の平均で年間50人の自然減、毎年45人前後の社会減が続いています。",
            "※ふるさと納税寄附額のうち返礼品等の経費は約5割（R5：約59百万円）です。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "assabu_koka_kensho_r5.xlsx"
    _save(wb, path)
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (fukaura, shichikashuku, assabu):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {noda().name}")


if __name__ == "__main__":
    main()
