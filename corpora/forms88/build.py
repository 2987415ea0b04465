"""Build the built documents of forms88/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/wakkanai_kpi_jisseki_h28.xlsx``, a KPI 実績 table in the manner of 稚内市 (北海道):
  ``千人`` in the 単位 column, each actual cell with a second line ``（前年比+0.7%）``, a 達成率
  column, a money note; and the PDF;
* ``source/nishiwaga_sokatsuhyo_h27.xlsx``, a 総括表 with an H27実績 column in the manner of
  西和賀町 (岩手県): 基本目標 merged down a first column, ①② 施策, values with unit and year in the
  cell, ``5年間で10件`` / ``現状維持`` targets; and the PDF;
* ``source/iiyama_shisaku_mokuhyo_h29.xlsx``, a 施策目標 達成状況 in the manner of 飯山市 (長野県):
  units in the name's brackets (``（千人泊）``), an ``H29目標`` column before ``H29実績``, a
  ``―（開業前）`` baseline; and the PDF;
* ``hokota_seika_shihyo_r1.html``, a 総合計画 成果指標 page in the manner of 鉾田市 (茨城県): an
  ``H38`` target year (a 平成 year never reached), ``億円`` / ``万人`` in the names, a ``―`` actual.

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
    wb.properties.creator = "forms88/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms88/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms88_soffice_") as tmp:
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


# --------------------------------------------------------------------------------------------
# 稚内市 (北海道): まち・ひと・しごと創生総合戦略 重要業績評価指標（KPI）実績（平成28年度）
# --------------------------------------------------------------------------------------------

# Real (稚内市 一般行政報告 平成29年6月): 平成28年度観光入込客数 50万7千6百人 (前年度比3千4百人、
# 0.7%増), 外国人観光客 1万1千312人 (2千7人、21.6%増), FDAチャーター便 送客数 9千922人, the
# 広域観光周遊ルート形成促進事業 (総事業費約2億4,200万円、国1億1,300万円). The strategy's 基本目標Ⅱ.
# Made up: baselines, targets, H27 前年比, the FDA H27 value, 移住相談件数, 達成率 layout, date, 課.
WAKKANAI = [
    ("1", "観光入込客数", "千人", 495.3, (504.2, "+1.8%"), (507.6, "+0.7%"), 550.0, "92.3%"),
    ("2", "外国人観光客数", "人", 7420, (9305, "+25.4%"), (11312, "+21.6%"), 15000, "75.4%"),
    (
        "3",
        "FDAチャーター便による送客数",
        "人",
        8640,
        (9510, "+10.1%"),
        (9922, "+4.3%"),
        12000,
        "82.7%",
    ),
    ("4", "移住相談件数", "件", 18, (24, "+33.3%"), (21, "△12.5%"), 40, "52.5%"),
]


def wakkanai() -> Path:
    widths = [5, 30, 7, 11, 14, 14, 11, 9]
    wb, ws = _sheet("KPI実績", widths)
    _text(
        ws,
        1,
        1,
        "稚内市まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）実績（平成28年度）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 8, "平成29年9月　稚内市企画総務部企画調整課", align="right", size=9)
    _text(ws, 4, 1, "Ⅱ．本市の魅力と特色を広く発信し、新しいひとの流れをつくる", bold=True, size=11)
    h = 6
    head = [
        "No",
        "重要業績評価指標（KPI）",
        "単位",
        "基準値\n（H26）",
        "H27実績",
        "H28実績",
        "目標値\n（H31）",
        "達成率",
    ]
    for c, word in enumerate(head, start=1):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 30
    r = h + 1
    for no, name, unit, base, a27, a28, target, rate in WAKKANAI:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        fmt = "#,##0.0" if isinstance(base, float) else None
        _put(ws, r, 4, base, fmt=fmt)
        for c, (v, ratio) in ((5, a27), (6, a28)):
            text = f"{v:,.1f}" if isinstance(v, float) else f"{v:,}"
            _put(ws, r, c, f"{text}\n（前年比{ratio}）", align="right")
        _put(ws, r, 7, target, fmt=fmt)
        _put(ws, r, 8, rate, align="right")
        ws.row_dimensions[r].height = 30
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※実績欄の下段は前年度比です。達成率はH28実績÷目標値（H31）で算出しています。",
            "※観光入込客数・外国人観光客数は北海道観光入込客数調査要領に基づく年度の数値です。",
            "※広域観光周遊ルート形成促進事業（総事業費約2億4,200万円、うち国費約1億1,300万円）により誘客を進めています。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "wakkanai_kpi_jisseki_h28.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 西和賀町 (岩手県和賀郡): 西和賀町総合戦略 基本目標別の具体的施策（総括表） 平成27年度効果検証
# --------------------------------------------------------------------------------------------

# Real (西和賀町総合戦略（素案）): the 総括表's title, 基本目標Ⅰ 産業力強化による新たな雇用の創出 and
# Ⅲ U・Iターン者の受け入れ環境整備, 錦秋湖, 6次産業, the 人口 figures of the note. Made up: the
# 施策, every indicator and figure, the H27実績 column, the date and 課.
NISHIWAGA = [
    (
        "基本目標Ⅰ\n産業力強化による新たな雇用の創出",
        [
            ("① 6次産業化の推進", "6次産業化商品開発数", "2件（H26）", "5年間で10件", "3件"),
            (
                "② 観光資源の活用",
                "錦秋湖周辺の観光入込客数",
                "62.4万人（H26）",
                "70万人",
                "63.1万人",
            ),
            ("③ 雇用の場の確保", "新規雇用者数", "―", "5年間で50人", "8人"),
        ],
    ),
    (
        "基本目標Ⅲ\nU・Iターン者の受け入れ環境整備",
        [
            ("① 移住・定住の促進", "U・Iターン者数", "15人（H26）", "年間20人", "17人"),
            ("② 空き家の活用", "空き家バンク登録件数", "4件（H26）", "現状維持", "6件"),
        ],
    ),
]


def nishiwaga() -> Path:
    widths = [24, 22, 30, 16, 16, 12]
    wb, ws = _sheet("総括表", widths)
    _text(
        ws,
        1,
        1,
        "西和賀町総合戦略　基本目標別の具体的施策（総括表）　平成27年度効果検証",
        bold=True,
        size=12,
    )
    _text(ws, 2, 6, "平成28年8月　西和賀町企画課", align="right", size=9)
    h = 4
    head = ["基本目標", "具体的施策", "成果指標（KPI）", "現状値", "目標値\n（H31）", "H27実績"]
    for c, word in enumerate(head, start=1):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 30
    r = h + 1
    for goal, rows in NISHIWAGA:
        first = r
        for program, name, base, target, actual in rows:
            _put(ws, r, 1, goal if r == first else None, valign="center")
            _put(ws, r, 2, program)
            _put(ws, r, 3, name)
            _put(ws, r, 4, base, align="right")
            _put(ws, r, 5, target, align="right")
            _put(ws, r, 6, actual, align="right")
            ws.row_dimensions[r].height = 24
            r += 1
        _merge(ws, first, 1, r - 1, 1)
    _notes(
        ws,
        r + 1,
        [
            "※目標値は計画期間（平成27年度～平成31年度）の最終年度の値です。「5年間で」は計画期間中の合計です。",
            "※町の人口は平成22年の6,602人から平成52年には3,183人になると推計されています（国立社会保障・人口問題研究所）。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "nishiwaga_sokatsuhyo_h27.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 飯山市 (長野県): 飯山市総合戦略 施策目標の達成状況（平成29年度）
# --------------------------------------------------------------------------------------------

# Real (飯山市 総合戦略 page): the 基本方針, the 効果検証会議 of 平成30年3月28日, the period
# H27–H31, 北陸新幹線飯山駅 (開業 平成27年3月14日). Made up: the 施策目標 names, every indicator and
# figure, the 評価 words.
IIYAMA = [
    (
        "Ⅰ 新幹線駅を拠点とした交流人口の拡大",
        [
            ("飯山駅の1日平均乗車人員（人）", "―（開業前）", 1180, 1250, 1150, 1300, "やや遅れ"),
            ("観光入込客数（千人）", 2105, 2238, 2300, 2190, 2500, "やや遅れ"),
            ("宿泊者数（千人泊）", 512, 548, 560, 531, 600, "やや遅れ"),
        ],
    ),
    (
        "Ⅱ 移住・定住と農業の担い手確保",
        [
            ("新規就農者数（人）", 6, 9, 8, 7, 10, "やや遅れ"),
            ("移住者数（人）", 38, 56, 50, 61, 60, "順調"),
        ],
    ),
]


def iiyama() -> Path:
    widths = [22, 30, 12, 10, 10, 10, 11, 10]
    wb, ws = _sheet("施策目標", widths)
    _text(ws, 1, 1, "飯山市総合戦略　施策目標の達成状況（平成29年度）", bold=True, size=12)
    _text(ws, 2, 8, "平成30年3月28日　飯山市総合戦略効果検証会議　資料2", align="right", size=9)
    _text(
        ws,
        3,
        1,
        "基本方針「住む人も訪れる人もその良さが実感できる新幹線時代の飯山市づくり」",
        size=9,
    )
    h = 5
    head = [
        "施策目標",
        "指標（単位）",
        "基準値\n（H26）",
        "H28実績",
        "H29目標",
        "H29実績",
        "目標値\n（H31）",
        "評価",
    ]
    for c, word in enumerate(head, start=1):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 30
    r = h + 1
    for goal, rows in IIYAMA:
        first = r
        for name, *cells, mark in rows:
            _put(ws, r, 1, goal if r == first else None)
            _put(ws, r, 2, name)
            for j, v in enumerate(cells):
                _put(ws, r, 3 + j, v, align="center" if isinstance(v, str) else "right")
            _put(ws, r, 8, mark, align="center")
            ws.row_dimensions[r].height = 22
            r += 1
        _merge(ws, first, 1, r - 1, 1)
    _notes(
        ws,
        r + 1,
        [
            "※評価：H29実績がH29目標以上のものを「順調」、未満のものを「やや遅れ」としています。",
            "※飯山駅は平成27年3月14日開業のため、基準値はありません。",
            "※本会議において、総合戦略の基本目標及び施策の目標値の一部を見直しました（別紙）。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "iiyama_shisaku_mokuhyo_h29.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 鉾田市 (茨城県): 第2次鉾田市総合計画 成果指標の状況（令和元年度）
# --------------------------------------------------------------------------------------------

# Real (鉾田市 page on the 第2次鉾田市総合計画): the plan (2017–2026), its 将来像 and 基本目標2's
# wording. Made up: every indicator and figure, the note, 課.
HOKOTA_BODY = """<h2>基本目標2　魅力あふれる「地域資源」と活力ある「しごと」をつむぐ</h2>
<table border="1">
<thead>
<tr><th>成果指標</th><th>現状値（H27）</th><th>H30実績</th><th>R元実績</th><th>目標値（H38）</th></tr>
</thead>
<tbody>
<tr><td>農業産出額（億円）</td><td>700</td><td>727</td><td>740</td><td>750</td></tr>
<tr><td>新規就農者数（人）</td><td>12</td><td>15</td><td>11</td><td>20</td></tr>
<tr><td>市内事業所従業者数（人）</td><td>14,820</td><td>14,650</td><td>―</td><td>15,000</td></tr>
<tr><td>観光入込客数（万人）</td><td>58.2</td><td>61.5</td><td>63.0</td><td>70.0</td></tr>
<tr><td>ふるさと納税寄附件数（件）</td><td>3,120</td><td>25,400</td><td>41,860</td><td>30,000</td></tr>
</tbody>
</table>"""


def hokota_html() -> str:
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>第2次鉾田市総合計画 成果指標の状況｜鉾田市</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; }}
th, td {{ border: 1px solid #333; padding: 2px 6px; }}
</style>
</head>
<body>
<h1>第2次鉾田市総合計画　成果指標の状況（令和元年度）</h1>
<p>更新日：2020年9月30日</p>
<p>第2次鉾田市総合計画（2017年度～2026年度）は、「『いのち』と『くらし』の先進都市」をまちの将来像に掲げ、5つの基本目標を設定しています。基本目標ごとの成果指標の状況をお知らせします。</p>
{HOKOTA_BODY}
<p>※市内事業所従業者数は経済センサスの公表年のみ把握します。目標値（H38）は計画最終年度（2026年度）の値です。</p>
<p>※令和元年度の農業振興関連事業費は3億2,450万円（決算）でした。</p>
<p>担当：鉾田市政策秘書課</p>
</body>
</html>
"""


def hokota() -> Path:
    path = HERE / "hokota_seika_shihyo_r1.html"
    path.write_bytes(hokota_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (wakkanai, nishiwaga, iiyama):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {hokota().name}")


if __name__ == "__main__":
    main()
