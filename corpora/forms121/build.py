"""Build the built documents of forms121/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/niihama_seika_shihyo_r1.xlsx``, a 長期総合計画 成果指標の達成状況 in the manner of 新居浜市 (愛媛県):
  ``フィールド１　…`` rows across the grid, 施策目標 over two years beside 達成状況 over three years, a
  ``※調査時点変更により未公表`` cell, 千人 and 億円 in the 単位 column; and the PDF;
* ``source/itoman_seika_shinchoku_r4.xlsx``, a 総合計画 成果指標の進捗 in the manner of 糸満市 (沖縄県): 主要施策
  rows ``(6)働きのつながるまち（産業）``, 百万円/千人 units, ``▲`` values, ``45.0以上``, a 進捗区分 of
  前進/横ばい/後退 and only a R8 target; and the PDF;
* ``source/nishiawakura_hyakunen_2023.xlsx``, a 百年の森林構想 進捗 sheet in the manner of 西粟倉村 (岡山県): a
  key-value block (事業名, 担当, 事業費 千円) over a grid of calendar years under 実績 and 目標, ``約``
  and ``超`` values; and the PDF;
* ``yoron_sokatsu_hyoka_r2.html``, a 総合振興計画 総括評価 in the manner of 与論町 (鹿児島県): a
  ``R2年度（期中）`` actual column, a 総括評価 column of 達成/未達成/評価困難.

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
    wb.properties.creator = "forms121/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms121/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms121_soffice_") as tmp:
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


# --------------------------------------------------------------------------------------------
# 新居浜市 (愛媛県): 第五次新居浜市長期総合計画 成果指標の達成状況（令和元年度）
# --------------------------------------------------------------------------------------------

# Real: 第五次新居浜市長期総合計画 (H23–R2), its 将来都市像 and its six フィールド (快適交流, 環境調和, 経済活力,
# 健康福祉, 教育文化, 自立協働). Made up: the sheet, its date and 課, every indicator, figure and note.
NIIHAMA = [
    (
        "フィールド１　快適交流",
        [
            ("1", "別子銅山関連施設の観光入込客数", "千人", (520, 550), (486, 503, 512), "98.5%"),
            (
                "2",
                "市内公共交通機関の年間利用者数",
                "千人",
                (2300, 2350),
                (2231, 2198, 2105),
                "91.5%",
            ),
        ],
    ),
    (
        "フィールド３　経済活力",
        [
            ("3", "新規就農者数", "人/年", (8, 8), (6, 9, 10), "125.0%"),
            (
                "4",
                "製造品出荷額等",
                "億円",
                (8500, 8600),
                (7982, 8651, "※調査時点変更により未公表"),
                "―",
            ),
        ],
    ),
    (
        "フィールド４　健康福祉",
        [
            ("5", "特定健康診査の受診率", "％", (45.0, 50.0), (37.8, 38.9, 40.2), "89.3%"),
        ],
    ),
]


def niihama() -> Path:
    widths = [5, 34, 7, 10, 10, 10, 10, 14, 10]
    wb, ws = _sheet("成果指標", widths)
    _text(
        ws,
        1,
        1,
        "第五次新居浜市長期総合計画　成果指標の達成状況（令和元年度末時点）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 9, "令和2年8月　新居浜市企画部総合政策課", align="right")
    _text(
        ws,
        3,
        1,
        "将来都市像　－あかがねのまち、笑顔輝く－　産業・環境共生都市",
        size=9,
    )
    _text(ws, 5, 1, "２　フィールド別成果指標の達成状況", bold=True, size=11)
    h = 6
    _head2(
        ws,
        h,
        [(1, "No."), (2, "成果指標名"), (3, "単位"), (9, "達成率\n（R元）")],
        [
            (4, 5, "施策目標", ["R元年度", "R2年度"]),
            (6, 8, "達成状況", ["H29年度", "H30年度", "R元年度"]),
        ],
    )
    r = h + 2
    for head, rows in NIIHAMA:
        _span(ws, r, 1, 9, head, bold=True, fill=LIGHT)
        ws.row_dimensions[r].height = 18
        r += 1
        for no, name, unit, targets, actuals, rate in rows:
            _put(ws, r, 1, no, align="center")
            _put(ws, r, 2, name)
            _put(ws, r, 3, unit, align="center")
            for j, v in enumerate(targets + actuals):
                if isinstance(v, str):
                    _put(ws, r, 4 + j, v, size=7, align="center")
                else:
                    _put(ws, r, 4 + j, v)
            _put(ws, r, 9, rate, align="right" if rate != "―" else "center")
            ws.row_dimensions[r].height = 26
            r += 1
    _notes(
        ws,
        r + 1,
        [
            "※達成率は、施策目標（R元年度）に対する達成状況（R元年度）の割合です。",
            "※製造品出荷額等の令和元年度分は、工業統計調査の調査時点変更により未公表です。",
            "※令和元年度の長期総合計画推進事業に係る事業費（決算）は12,480,215千円です。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "niihama_seika_shihyo_r1.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 糸満市 (沖縄県): 糸満市総合計画 基本計画 成果指標の進捗状況（令和4年度実績）
# --------------------------------------------------------------------------------------------

# Real: 糸満市, its 将来像 「つながりの豊かなまち」 and the eight 主要施策 headings of its 施政方針
# ((1)人や文化のつながるまち（教育と文化） … (8)信頼のつながるまち（協働）). Made up: the sheet, its date and
# 課, every indicator, figure, 進捗区分 and note.
ITOMAN = [
    (
        "(1)人や文化のつながるまち（教育と文化）",
        [("市立図書館の年間貸出冊数", "千冊", 312, (245, 288, 309), 350, "横ばい")],
    ),
    (
        "(3)元気のつながるまち（健康・医療・福祉）",
        [("特定健康診査受診率", "％", 33.5, (28.9, 31.2, 32.8), "45.0以上", "後退")],
    ),
    (
        "(5)暮らしのつながるまち（まちの基盤）",
        [("社会増減数", "人", "▲85", ("▲42", 12, "▲8"), 0, "前進")],
    ),
    (
        "(6)働きのつながるまち（産業）",
        [
            ("糸満漁港の水揚金額", "百万円", 2050, (1710, 1884, 2108), 2300, "前進"),
            ("観光入込客数", "千人", 1120, (512, 604, 889), 1200, "後退"),
        ],
    ),
]


def itoman() -> Path:
    widths = [34, 8, 11, 10, 10, 10, 11, 10]
    wb, ws = _sheet("成果指標", widths)
    _text(
        ws,
        1,
        1,
        "糸満市総合計画　基本計画　成果指標の進捗状況（令和4年度実績）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 8, "令和5年9月　糸満市企画部政策推進課", align="right")
    _text(ws, 3, 1, "将来像　つながりの豊かなまち", size=9)
    _text(
        ws,
        4,
        1,
        "進捗区分：前進（基準値から改善）　横ばい（基準値と同水準）　後退（基準値から悪化）",
        size=8,
    )
    _text(ws, 6, 1, "３　成果指標の進捗状況", bold=True, size=11)
    h = 7
    _head2(
        ws,
        h,
        [
            (1, "成果指標"),
            (2, "単位"),
            (3, "基準値\n（R元）"),
            (7, "目標値\n（R8）"),
            (8, "進捗区分"),
        ],
        [(4, 6, "実績値", ["R2", "R3", "R4"])],
    )
    r = h + 2
    for head, rows in ITOMAN:
        _span(ws, r, 1, 8, head, bold=True, fill=LIGHT)
        ws.row_dimensions[r].height = 18
        r += 1
        for name, unit, base, actuals, target, word in rows:
            _put(ws, r, 1, name)
            _put(ws, r, 2, unit, align="center")
            for j, v in enumerate((base, *actuals, target)):
                _put(ws, r, 3 + j, v, align="right")
            _put(ws, r, 8, word, align="center")
            ws.row_dimensions[r].height = 24
            r += 1
    _notes(
        ws,
        r + 1,
        [
            "※社会増減数の「▲」は転出超過を表します。",
            "※進捗区分は、基準値（R元）と実績値（R4）との比較によります。",
            "※令和4年度の観光振興関連事業費（決算）は86,540千円です。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "itoman_seika_shinchoku_r4.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 西粟倉村 (岡山県英田郡): 百年の森林構想 進捗状況シート（2023年）
# --------------------------------------------------------------------------------------------

# Real: 西粟倉村, the 百年の森林構想 (declared 2008, target year 2058, 百年の森林事業 from 2009), the
# 地方創生推進室, ローカルベンチャー (30 超 by 2019, 50 超 by 2023), a population of about 1,400 and about 15% of
# it 移住者. Made up: the sheet, its date, the money, the area figures, every other figure.
NISHIAWAKURA = [
    ("百年の森林事業による集約化面積", "ha", ("―", 1520, 1850), (2000, 3000)),
    ("ローカルベンチャー等の起業数（累計）", "社", (0, "約30", "50超"), (50, "―")),
    ("村の人口", "人", (1633, 1473, "約1,400"), (1400, 1400)),
    ("人口に占める移住者（Iターン者）の割合", "％", ("―", "約10", "約15"), (16.0, 20.0)),
]


def nishiawakura() -> Path:
    widths = [36, 7, 10, 10, 10, 10, 10]
    wb, ws = _sheet("進捗状況", widths)
    _text(ws, 1, 1, "西粟倉村　百年の森林構想　進捗状況シート（2023年）", bold=True, size=12)
    _text(ws, 2, 7, "2024年6月　西粟倉村", align="right")
    fields = [
        ("事業名", "百年の森林事業"),
        ("担当", "地方創生推進室"),
        ("事業開始", "平成21年度"),
        ("令和5年度事業費（千円）", 48620),
    ]
    r = 4
    for key, value in fields:
        _put(ws, r, 1, key, header=True)
        _span(ws, r, 2, 4, value, align="left")
        ws.row_dimensions[r].height = 18
        r += 1
    _text(ws, r + 1, 1, "■指標の状況", bold=True, size=11)
    h = r + 2
    _head2(
        ws,
        h,
        [(1, "指標"), (2, "単位")],
        [(3, 5, "実績", ["2008年", "2018年", "2023年"]), (6, 7, "目標", ["2023年", "2058年"])],
    )
    r = h + 2
    for name, unit, actuals, targets in NISHIAWAKURA:
        _put(ws, r, 1, name)
        _put(ws, r, 2, unit, align="center")
        for j, v in enumerate(actuals + targets):
            _put(ws, r, 3 + j, v, align="center" if v == "―" else "right")
        ws.row_dimensions[r].height = 24
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※百年の森林構想は2008年に宣言し、2058年を目標年としています。",
            "※起業数は、ローカルベンチャースクール等を経て村内で起業した事業体の累計です。",
            "※2023年実績の「約」「超」は概数です。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "nishiawakura_hyakunen_2023.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 与論町 (鹿児島県大島郡): 第5次与論町総合振興計画 総括評価報告書（抜粋）
# --------------------------------------------------------------------------------------------

# Real: 与論町, the 第5次与論町総合振興計画 (策定 平成23年3月, to 令和2年度), its 将来像, the 総括評価報告書
# and that 令和2年度 is a 期中評価. Made up: the page's date, every indicator, figure and note.
YORON = [
    ("1", "入込観光客数", "人", "61,450", "68,220", "75,430", "31,280", "80,000", "未達成"),
    ("2", "新規就農者数（累計）", "人", "―", "12", "21", "24", "20", "達成"),
    ("3", "特定健康診査受診率", "％", "52.3", "58.1", "61.0", "―", "65.0", "評価困難"),
    ("4", "ごみのリサイクル率", "％", "18.2", "21.5", "24.8", "25.1", "30.0", "未達成"),
    (
        "5",
        "地域子育て支援センターの利用者数",
        "人",
        "2,150",
        "2,480",
        "2,610",
        "1,930",
        "2,500",
        "未達成",
    ),
]


def yoron_html() -> str:
    rows = "\n".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in YORON)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>第5次与論町総合振興計画 総括評価報告書｜与論町</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 1em; }}
th, td {{ border: 1px solid #333; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
</style>
</head>
<body>
<h1>第5次与論町総合振興計画　総括評価報告書（抜粋）</h1>
<p>令和3年3月　与論町</p>
<p>本町では、平成23年3月に策定した「第5次与論町総合振興計画」に基づき、将来像「南の島の豊かな心と自然が創る活力と希望のあるまち」の実現に向けたまちづくりを進めてきました。計画最終年度である令和2年度については、期中評価となります。</p>
<h2>基本計画の成果指標</h2>
<table border="1">
<tr><th rowspan="2">No.</th><th rowspan="2">成果指標</th><th rowspan="2">単位</th><th rowspan="2">計画策定時<br>（H21年度）</th><th colspan="3">実績値</th><th rowspan="2">目標値<br>（R2年度）</th><th rowspan="2">総括評価</th></tr>
<tr><th>H27年度</th><th>R元年度</th><th>R2年度<br>（期中）</th></tr>
{rows}
</table>
<p>※R2年度（期中）は、総括評価の時点で把握できた数値です。</p>
<p>※入込観光客数は、新型コロナウイルス感染症の影響により令和2年度に大きく減少しました。</p>
<p>※特定健康診査受診率の令和2年度は集計中のため「―」としています。</p>
</body>
</html>
"""


def yoron() -> Path:
    path = HERE / "yoron_sokatsu_hyoka_r2.html"
    path.write_bytes(yoron_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (niihama, itoman, nishiawakura):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {yoron().name}")


if __name__ == "__main__":
    main()
