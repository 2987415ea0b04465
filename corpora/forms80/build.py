"""Build the built documents of forms80/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/koshigaya_kpi_shinchoku_h29.xlsx``, a 進捗状況報告書 KPI table in the manner of 越谷市
  (埼玉県): ``No | KPI | 単位 | 基準値（H26） | 目標値（H31） | H28実績 | H29実績 | 前年度比 | 目標達成度``
  with A/B/C grades and a 前年度比 column; and the PDF;
* ``source/azumino_kpi_tassei_r1.xlsx``, a KPI達成状況 sheet in the manner of 安曇野市 (長野県):
  targets written as a range (``150～180人``) or with ``以上``/``以下``, and a printed 判定; and the PDF;
* ``source/nonoichi_seika_shihyo_h29.xlsx``, a 成果指標達成状況 table in the manner of 野々市市
  (石川県): 主要施策コード, ``当初（H26） | H27実績 | H28実績 | H29.9.30現在 | H29年度末見込 | 5か年目標``
  with ``なし`` cells; and the PDF;
* ``kikonai_kpi_jisseki_r4.html``, a KPI実績 page in the manner of 木古内町 (北海道): 施策 cells
  merged down over their KPIs, ``万人`` inside the cells, ``R4（見込）`` and a ``現状維持`` target.

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
    wb.properties.creator = "forms80/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms80/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms80_soffice_") as tmp:
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
# 越谷市 (埼玉県): まち・ひと・しごと創生越谷市総合戦略 進捗状況報告書【平成29年度】
# --------------------------------------------------------------------------------------------

# Real (越谷市's 進捗状況報告書, paperzz/pdfslide copies): the report's name and subtitle, its
# date (平成30年11月) and 基本目標3's wording. Made up: the KPIs, every figure, the grades,
# the legend's wording and the money.
KOSHIGAYA = [
    # (No, KPI, 単位, 基準値（H26）, 目標値（H31）, H28実績, H29実績, 前年度比, 目標達成度)
    (1, "保育所等待機児童数", "人", 128, 0, 54, 37, "68.5%", "B"),
    (2, "地域子育て支援拠点の利用者数", "人", 96410, 110000, 104226, 108930, "104.5%", "A"),
    (3, "乳幼児健康診査の受診率", "%", 95.2, 98.0, 96.8, 97.1, "100.3%", "B"),
    (4, "婚活イベントによるカップル成立数", "組", 12, 30, 18, 15, "83.3%", "C"),
    (5, "放課後児童クラブの定員", "人", 3620, 4200, 3980, 4105, "103.1%", "A"),
]


def koshigaya() -> Path:
    widths = [5, 34, 6, 11, 11, 11, 11, 9, 9]
    wb, ws = _sheet("進捗状況", widths)
    _text(
        ws,
        1,
        1,
        "まち・ひと・しごと創生越谷市総合戦略　進捗状況報告書【平成29年度】",
        bold=True,
        size=12,
    )
    _text(ws, 2, 1, "～愛着と誇りをもてるまち「こしがや」を目指して～", size=9)
    _text(ws, 3, 9, "平成30年11月　越谷市", align="right", size=9)
    _text(
        ws, 5, 1, "（4）基本目標3　若い世代の結婚・出産・子育ての希望をかなえる", bold=True, size=11
    )
    h = 6
    head = [
        "No",
        "重要業績評価指標（KPI）",
        "単位",
        "基準値\n（H26）",
        "目標値\n（H31）",
        "H28実績",
        "H29実績",
        "前年度比",
        "目標\n達成度",
    ]
    for c, word in enumerate(head, start=1):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 30
    r = h + 1
    for no, name, unit, *cells in KOSHIGAYA:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate(cells[:4]):
            _put(ws, r, 4 + j, v, align="right", fmt="0.0" if no == 3 else None)
        _put(ws, r, 8, cells[4], align="right")
        _put(ws, r, 9, cells[5], align="center")
        ws.row_dimensions[r].height = 22
        r += 1
    notes = [
        "※目標達成度　A：目標値を達成（見込み）　B：基準値より改善　C：基準値を下回る",
        "※前年度比は、H29実績をH28実績で除したものです。",
        "※平成29年度　基本目標3に係る事業費（決算額）：4億1,260万円",
    ]
    for i, line in enumerate(notes):
        _text(ws, r + 1 + i, 1, line, size=8)
    _page(ws, "landscape")
    path = SOURCE / "koshigaya_kpi_shinchoku_h29.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 安曇野市 (長野県): 安曇野市まち・ひと・しごと創生総合戦略 KPI達成状況（令和元年度）
# --------------------------------------------------------------------------------------------

# Real (安曇野市 市長の部屋, 2015): the strategy's name, its four 基本目標 (the 2nd: 若者や女性が
# 活躍できるまちをつくること), the 将来都市像 and the 2040年 7万8000人 projection.
# Made up: the sheet, date, every KPI, figure, 判定 and note.
AZUMINO = [
    # (KPI, 基準値（H26）, 目標値（R1）, 実績値（R1）, 判定)
    ("市内企業への新規就職者数（市内高校・大学等卒業者）", "142人", "150～180人", "163人", "達成"),
    ("女性（25～44歳）の就業率", "71.3%", "75%以上", "74.2%", "未達成"),
    ("創業支援による創業件数", "18件", "25件以上", "27件", "達成"),
    ("若者（20～29歳）の転出超過数の抑制", "236人", "150人以下", "171人", "未達成"),
    ("移住相談件数", "305件", "400件", "―", "―"),
]


def azumino() -> Path:
    widths = [40, 12, 13, 12, 9]
    wb, ws = _sheet("KPI達成状況", widths)
    _text(
        ws,
        1,
        1,
        "安曇野市まち・ひと・しごと創生総合戦略　KPI達成状況（令和元年度）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 5, "令和2年8月　安曇野市政策経営課", align="right", size=9)
    _text(ws, 4, 1, "基本目標2　若者や女性が活躍できるまちをつくる", bold=True, size=11)
    h = 5
    for c, word in enumerate(
        ["重要業績評価指標（KPI）", "基準値\n（H26）", "目標値\n（R1）", "実績値\n（R1）", "判定"],
        start=1,
    ):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 30
    r = h + 1
    for name, *cells in AZUMINO:
        _put(ws, r, 1, name)
        for j, v in enumerate(cells[:3]):
            _put(ws, r, 2 + j, v, align="right")
        _put(ws, r, 5, cells[3], align="center")
        ws.row_dimensions[r].height = 24
        r += 1
    notes = [
        "※目標値の「～」は目標の幅を、「以上」「以下」は目標の水準を示します。",
        "※移住相談件数は、令和元年度から相談窓口を県と共同化したため、市単独の件数を把握していません（―）。",
        "※2040年の人口は、国の推計で7万8000人まで減少すると見込まれています。",
    ]
    for i, line in enumerate(notes):
        _text(ws, r + 1 + i, 1, line, size=8)
    _page(ws, "portrait")
    path = SOURCE / "azumino_kpi_tassei_r1.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 野々市市 (石川県): 第一次総合計画 第七次実施計画 成果指標達成状況
# --------------------------------------------------------------------------------------------

# Real (野々市市第一次総合計画 第七次実施計画（案）, pdfslide copy): the plan's name and the
# 将来都市像 「人の和で椿十徳生きるまち」; コミュニティバス「のっティ」 is the city's bus.
# The table's shape (主要施策コード, 当初, 実績 years, a dated 現在 column, a 見込 column and
# a 5か年目標) follows 小矢部市's 成果指標達成状況 page. Made up: every indicator and figure.
NONOICHI = [
    # (主要施策コード, 成果指標, 当初（H26）, H27実績, H28実績, H29.9.30現在, H29年度末見込, 5か年目標)
    (
        "11201",
        "市立図書館の入館者数",
        "285,400人",
        "291,200人",
        "298,750人",
        "151,320人",
        "300,000人",
        "310,000人",
    ),
    ("11202", "市民一人当たり図書貸出冊数", "6.8冊", "7.0冊", "7.1冊", "3.6冊", "7.2冊", "7.5冊"),
    ("21102", "椿の苗木配布本数（累計）", "なし", "320本", "710本", "905本", "1,100本", "1,500本"),
    (
        "21204",
        "ごみ分別アプリの登録者数",
        "なし",
        "なし",
        "1,240人",
        "2,015人",
        "2,400人",
        "3,000人",
    ),
    (
        "31101",
        "コミュニティバス「のっティ」の利用者数",
        "412,300人",
        "420,150人",
        "431,800人",
        "221,400人",
        "440,000人",
        "450,000人",
    ),
]


def nonoichi() -> Path:
    widths = [9, 34, 11, 11, 11, 12, 12, 11]
    wb, ws = _sheet("成果指標", widths)
    _text(
        ws,
        1,
        1,
        "野々市市第一次総合計画　第七次実施計画（平成27年度～平成31年度）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 1, "将来都市像　人の和で椿十徳生きるまち", size=9)
    _text(ws, 3, 8, "平成29年11月　野々市市企画課", align="right", size=9)
    _text(ws, 5, 1, "2　成果指標達成状況", bold=True, size=11)
    h = 6
    head = [
        "主要施策\nコード",
        "成果指標",
        "当初\n（H26）",
        "H27実績",
        "H28実績",
        "H29.9.30\n現在",
        "H29年度末\n見込",
        "5か年目標",
    ]
    for c, word in enumerate(head, start=1):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 30
    r = h + 1
    for code, name, *cells in NONOICHI:
        _put(ws, r, 1, code, align="center")
        _put(ws, r, 2, name)
        for j, v in enumerate(cells):
            _put(ws, r, 3 + j, v, align="center" if v == "なし" else "right")
        ws.row_dimensions[r].height = 22
        r += 1
    notes = [
        "※「5か年目標」は第七次実施計画の計画期間（平成27年度～平成31年度）の最終年度の目標です。",
        "※「なし」は事業開始前のため実績がないものです。",
        "※H29.9.30現在の数値は、年度途中（上半期）の実績です。",
    ]
    for i, line in enumerate(notes):
        _text(ws, r + 1 + i, 1, line, size=8)
    _page(ws, "landscape")
    path = SOURCE / "nonoichi_seika_shihyo_h29.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 木古内町 (北海道上磯郡): 第2期木古内町まち・ひと・しごと創生総合戦略 KPIの実績（令和4年度）
# --------------------------------------------------------------------------------------------

# Real (第2期木古内町まち・ひと・しごと創生総合戦略, 令和2年3月, vdocuments copy): the plan's
# name and date. 道の駅みそぎの郷きこない is the town's real 道の駅. Made up: the page, the
# 基本目標 wording, the 施策, every KPI, figure and note.
KIKONAI = [
    (
        "（1）道の駅を拠点とした交流人口の拡大",
        [
            (
                "道の駅「みそぎの郷きこない」の入込客数",
                "51.2万人",
                "32.8万人",
                "38.5万人",
                "44.1万人",
                "55万人",
            ),
            ("観光ガイドの利用者数", "1,240人", "310人", "―", "620人", "1,500人"),
        ],
    ),
    (
        "（2）移住・定住の促進",
        [
            ("移住相談件数", "24件", "31件", "28件", "35件", "30件"),
            ("町内の小学校の児童数", "148人", "142人", "139人", "131人", "現状維持"),
        ],
    ),
    (
        "（3）出産・子育ての支援",
        [
            ("出生数", "21人", "18人", "15人", "17人", "20人"),
        ],
    ),
]


def kikonai_html() -> str:
    body = []
    for prog, rows in KIKONAI:
        for i, (name, *cells) in enumerate(rows):
            th = f'<th scope="rowgroup" rowspan="{len(rows)}">{prog}</th>' if i == 0 else ""
            tds = "".join(f'<td class="r">{v}</td>' for v in cells)
            body.append(f"<tr>{th}<td>{name}</td>{tds}</tr>")
    rows = "\n".join(body)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>第2期木古内町まち・ひと・しごと創生総合戦略 KPIの実績｜木古内町</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin: 0.4em 0 0.8em; }}
th, td {{ border: 1px solid #333; padding: 3px 8px; }}
thead th {{ background: #e8e8e8; font-weight: normal; }}
tbody th {{ font-weight: normal; text-align: left; background: #f7f7f7; }}
td.r {{ text-align: right; }}
p.note {{ font-size: 85%; margin: 0.2em 0; }}
</style>
</head>
<body>
<h1>第2期木古内町まち・ひと・しごと創生総合戦略　KPIの実績（令和4年度）</h1>
<p>更新日：2023年9月20日　木古内町まちづくり新幹線課</p>
<h2>基本目標2　新しいひとの流れをつくり、子育ての希望をかなえる</h2>
<table>
<thead>
<tr><th rowspan="2">施策</th><th rowspan="2">重要業績評価指標（KPI）</th><th rowspan="2">基準値（R1）</th><th colspan="3">実績値</th><th rowspan="2">目標値（R6）</th></tr>
<tr><th>R2</th><th>R3</th><th>R4（見込）</th></tr>
</thead>
<tbody>
{rows}
</tbody>
</table>
<p class="note">※R4は見込値です。確定値は令和5年度末に掲載します。</p>
<p class="note">※観光ガイドの利用者数のR3は、新型コロナウイルス感染症の影響でガイド事業を休止したため、数値がありません（―）。</p>
<p class="note">※令和4年度の地方創生関連事業費は8,640万円（うち地方創生推進交付金3,920万円）です。</p>
</body>
</html>
"""


def kikonai() -> Path:
    path = HERE / "kikonai_kpi_jisseki_r4.html"
    path.write_bytes(kikonai_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (koshigaya, azumino, nonoichi):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {kikonai().name}")


if __name__ == "__main__":
    main()
