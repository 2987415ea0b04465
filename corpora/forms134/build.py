"""Build the built documents of forms134/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/kuroishi_shuyo_jigyo_r3.xlsx``, 主要事業・関連事業のまとめ in the manner of 黒石市 (青森県):
  the real A–D 事業評価 legend above a grid of one 事業 a row (No., 事業名, 担当課, 事業費, KPI, 単位,
  基準値（R元）, R3実績, 目標値（R6）, 評価) under shaded 【主要事業】/【関連事業】 rows, **a 事業 row whose
  KPI cell says （KPI設定なし）**, 千人 in 単位, a ``―`` baseline; and the PDF;
* ``source/katagami_seika_shihyo_h30.xlsx``, 総合計画 成果指標の状況 in the manner of 潟上市 (秋田県):
  **half-width katakana in indicator names (市民ｱﾝｹｰﾄ, ﾎﾞﾗﾝﾃｨｱ)**, 策定時（H26） | H28–H30実績 |
  H30目標 | H32目標, a ``―`` actual of a biennial survey, ``集計中``; and the PDF;
* ``source/fukushima_koki_shihyo_2017.xlsx``, 総合計画後期基本計画 成果指標の推移 in the manner of
  福島市 (福島県): Western fiscal years in a two-row header, 万人 and 億円 in 単位, a 達成率（対目標）
  column, ``―`` cells; and the PDF;
* ``shibata_kouki_shihyo_h27.html``, 後期基本計画 成果指標 in the manner of 柴田町 (宮城県):
  **values with their unit and scale word inside each cell, mixed within a row (18.5万人 | 215,300人)**,
  ``約`` and ``延べ`` cells, a 減少 name, a ``―`` actual.

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
    wb.properties.creator = "forms134/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms134/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms134_soffice_") as tmp:
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


def _vals(ws, r, c0, vals) -> None:
    for j, v in enumerate(vals):
        fmt = "#,##0.0" if isinstance(v, float) else None
        _put(ws, r, c0 + j, v, align="center" if v == "―" else "right", fmt=fmt)


# --------------------------------------------------------------------------------------------
# 黒石市 (青森県): まち・ひと・しごと創生総合戦略 令和3年度主要事業・関連事業のまとめ
# --------------------------------------------------------------------------------------------

# Real: 黒石市, its 第2期まち・ひと・しごと創生総合戦略, the yearly 主要事業・関連事業のまとめ and its A–D
# 評価 legend (wording shortened). Made up: the sheet's layout, date, every 事業, 課, amount, KPI and figure.
KUROISHI = [
    (
        "【主要事業】",
        [
            ("1", "移住・定住促進事業", "企画課", 12450, "移住相談件数", "件", 32, 41, 60, "A"),
            (
                "2",
                "こみせ通り観光推進事業",
                "商工観光課",
                8930,
                "観光入込客数",
                "千人",
                1585,
                1102,
                1700,
                "B",
            ),
            (
                "3",
                "子育て世代包括支援事業",
                "健康福祉課",
                21600,
                "乳幼児健康診査の受診率",
                "％",
                96.8,
                97.5,
                98.0,
                "A",
            ),
        ],
    ),
    (
        "【関連事業】",
        [
            (
                "4",
                "りんご産地担い手支援事業",
                "農林課",
                5400,
                "新規就農者数（累計）",
                "人",
                "―",
                7,
                20,
                "B",
            ),
            (
                "5",
                "地域公共交通確保維持事業",
                "企画課",
                38200,
                "（KPI設定なし）",
                "",
                "",
                "",
                "",
                "C",
            ),
            (
                "6",
                "空き家利活用推進事業",
                "建設課",
                2100,
                "空き家バンク成約件数",
                "件",
                3,
                5,
                15,
                "A",
            ),
        ],
    ),
]


def kuroishi() -> Path:
    widths = [4, 20, 10, 10, 24, 6, 9, 9, 9, 6]
    wb, ws = _sheet("主要事業まとめ", widths)
    _text(
        ws,
        1,
        1,
        "黒石市まち・ひと・しごと創生総合戦略　令和3年度主要事業・関連事業のまとめ",
        bold=True,
        size=12,
    )
    _text(ws, 2, 10, "令和4年8月　黒石市企画課", align="right")
    _notes(
        ws,
        3,
        [
            "【評価】A：前年度どおりの実施が適当　B：事業の進め方等に改善が必要",
            "　　　　C：事業規模、内容、実施主体等の見直しが必要　D：事業の統合、休・廃止の検討が必要",
        ],
    )
    _text(ws, 6, 1, "２　事業の実施状況とKPI", bold=True, size=11)
    h = 7
    for c, word in enumerate(
        [
            "No.",
            "事業名",
            "担当課",
            "R3事業費\n（千円）",
            "KPI",
            "単位",
            "基準値\n（R元）",
            "R3実績",
            "目標値\n（R6）",
            "評価",
        ],
        start=1,
    ):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 30
    r = h + 1
    for head, rows in KUROISHI:
        _span(ws, r, 1, 10, head, bold=True, fill=LIGHT)
        ws.row_dimensions[r].height = 18
        r += 1
        for no, name, ka, money, kpi, unit, *vals, grade in rows:
            _put(ws, r, 1, no, align="center")
            _put(ws, r, 2, name)
            _put(ws, r, 3, ka, align="center")
            _put(ws, r, 4, money)
            _put(ws, r, 5, kpi)
            _put(ws, r, 6, unit, align="center")
            _vals(ws, r, 7, vals)
            _put(ws, r, 10, grade, align="center")
            ws.row_dimensions[r].height = 24
            r += 1
    _notes(
        ws,
        r + 1,
        [
            "※No.4は令和2年度からの事業のため基準値はありません。実績は令和2年度からの累計です。",
            "※No.5は路線バス等の運行維持に係る負担金のため、KPIを設定していません。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "kuroishi_shuyo_jigyo_r3.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 潟上市 (秋田県): 第2次潟上市総合計画 前期基本計画 成果指標の状況（平成30年度）
# --------------------------------------------------------------------------------------------

# Real: 潟上市, the 第2次潟上市総合計画 (its 案 of 平成28年1月27日), 道の駅てんのう. Made up: the sheet,
# date, 課, the heading, every indicator and figure (the half-width katakana is the layout's).
KATAGAMI = [
    (
        "1",
        "潟上市に住み続けたいと思う市民の割合（市民ｱﾝｹｰﾄ）",
        "％",
        72.4,
        73.0,
        "―",
        74.8,
        75.0,
        78.0,
    ),
    ("2", "道の駅てんのう入込客数", "千人", 412, 398, 405, 421, 420, 450),
    ("3", "認定農業者数", "人", 310, 305, 298, 301, 315, 330),
    ("4", "ﾎﾞﾗﾝﾃｨｱ登録団体数", "団体", 45, 48, 52, 55, 50, 55),
    ("5", "1人1日当たりのごみ排出量の削減", "g", 982, 975, 968, "集計中", 950, 920),
]


def katagami() -> Path:
    widths = [5, 40, 6, 9, 8, 8, 8, 8, 8]
    wb, ws = _sheet("成果指標", widths)
    _text(
        ws,
        1,
        1,
        "第2次潟上市総合計画　前期基本計画　成果指標の状況（平成30年度）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 9, "令和元年7月　潟上市企画政策課", align="right")
    _text(ws, 4, 1, "３　成果指標の状況", bold=True, size=11)
    h = 5
    for c, word in enumerate(
        [
            "No.",
            "成果指標",
            "単位",
            "策定時\n（H26）",
            "H28実績",
            "H29実績",
            "H30実績",
            "H30目標",
            "H32目標",
        ],
        start=1,
    ):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 30
    r = h + 1
    for no, name, unit, *vals in KATAGAMI:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate(vals):
            fmt = "#,##0.0" if isinstance(v, float) else None
            _put(ws, r, 4 + j, v, align="center" if isinstance(v, str) else "right", fmt=fmt)
        ws.row_dimensions[r].height = 24
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※No.1の市民アンケートは隔年実施のため、H29は「―」としています。",
            "※No.5のH30実績は県の一般廃棄物処理実態調査の公表後に確定します。",
            "※成果指標に関連する平成30年度の事業費（決算）は1,284,560千円です。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "katagami_seika_shihyo_h30.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 福島市 (福島県): 福島市総合計画後期基本計画 成果指標の推移（2017年度実績）
# --------------------------------------------------------------------------------------------

# Real: 福島市, the 福島市総合計画後期基本計画 (2016–2020) and its 将来都市像. Made up: the sheet, date, 課,
# the 分野 heading, every indicator and figure.
FUKUSHIMA = [
    ("1", "観光客入込数", "万人", 476.3, 498.5, 510.2, 522.8, 600.0, "87.1%"),
    ("2", "観光消費額", "億円", 312.5, 320.1, 331.8, "―", 380.0, "―"),
    ("3", "市内企業の新規雇用者数（累計）", "人", "―", 185, 402, 611, 1000, "61.1%"),
    ("4", "創業支援による創業件数", "件", 28, 31, 35, 40, 50, "80.0%"),
    ("5", "果樹の産出額", "億円", 83.0, 85.6, 88.2, 90.4, 95.0, "95.2%"),
]


def fukushima() -> Path:
    widths = [5, 32, 6, 10, 10, 10, 10, 10, 10]
    wb, ws = _sheet("成果指標の推移", widths)
    _text(
        ws, 1, 1, "福島市総合計画後期基本計画　成果指標の推移（2017年度実績）", bold=True, size=12
    )
    _text(ws, 2, 1, "ときめきとやすらぎ　希望にみちた人間尊重のまち　福島市", size=9)
    _text(ws, 2, 9, "2018年9月　福島市政策推進課", align="right")
    _text(ws, 4, 1, "【分野3】産業・観光", bold=True, size=11)
    h = 5
    _head2(
        ws,
        h,
        [(1, "No."), (2, "成果指標"), (3, "単位"), (9, "達成率\n（対目標）")],
        [
            (4, 4, "基準値", ["2014年度"]),
            (5, 7, "実績値", ["2015年度", "2016年度", "2017年度"]),
            (8, 8, "目標値", ["2020年度"]),
        ],
    )
    r = h + 2
    for no, name, unit, *vals, rate in FUKUSHIMA:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, vals)
        _put(ws, r, 9, rate, align="center" if rate == "―" else "right")
        ws.row_dimensions[r].height = 24
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※達成率＝2017年度実績÷2020年度目標値。観光消費額の2017年度実績は県の調査結果が未公表のため「―」です。",
            "※No.3は2015年度からの累計です。分野3の関連事業費（2017年度決算）は4,126,380千円です。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "fukushima_koki_shihyo_2017.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 柴田町 (宮城県柴田郡): 第5次柴田町総合計画 後期基本計画 成果指標の状況（平成27年度）
# --------------------------------------------------------------------------------------------

# Real: 柴田町, the 第5次柴田町総合計画 (前期 H23–26, 後期 H27–30), its 将来像「みんなで育てる 笑顔輝く
# 元気なまち」, the しばた桜まつり (船岡城址公園). Made up: the page, date, 課, the 施策 wording, every
# indicator, figure and amount.
SHIBATA = [
    (
        "施策2-3　観光の振興",
        [
            ("しばた桜まつり観光客数", "約18.5万人", "20万人", "215,300人", "25万人"),
            ("物産交流拠点の年間売上額", "4,820万円", "5,000万円", "4,615万円", "6,000万円"),
        ],
    ),
    (
        "施策3-1　子育て支援の充実",
        [
            (
                "子育て支援センター利用者数",
                "延べ8,420人",
                "延べ9,000人",
                "延べ9,386人",
                "延べ10,000人",
            ),
            ("待機児童数の減少", "28人", "10人", "14人", "0人"),
            ("乳がん検診受診率", "24.6%", "30.0%", "―", "35.0%"),
        ],
    ),
]


def shibata_html() -> str:
    parts = []
    for head, rows in SHIBATA:
        body = "\n".join(
            f'<tr><th scope="row">{name}</th>'
            + "".join(f'<td class="num">{v}</td>' for v in vals)
            + "</tr>"
            for name, *vals in rows
        )
        parts.append(
            f"""<h3>{head}</h3>
<table border="1">
<tr><th>成果指標</th><th>現状値（H25）</th><th>H27目標</th><th>H27実績</th><th>H30目標</th></tr>
{body}
</table>"""
        )
    tables = "\n".join(parts)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>後期基本計画の成果指標の状況（平成27年度）｜柴田町</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.5em; }}
th, td {{ border: 1px solid #333; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
th[scope=row] {{ background: #f2f2f2; text-align: left; font-weight: normal; }}
td.num {{ text-align: right; }}
</style>
</head>
<body>
<h1>第5次柴田町総合計画　後期基本計画の成果指標の状況（平成27年度）</h1>
<p>平成28年7月1日更新　まちづくり政策課</p>
<p>町の将来像「みんなで育てる 笑顔輝く 元気なまち」の実現に向け、後期基本計画（平成27年度～平成30年度）に掲げた成果指標の平成27年度の状況をお知らせします。</p>
<h2>後期基本計画の成果指標（抜粋）</h2>
{tables}
<p>※乳がん検診受診率の平成27年度実績は、県の集計結果の公表前のため「―」としています。</p>
<p>※しばた桜まつりの開催補助金（平成27年度）は3,200千円です。</p>
</body>
</html>
"""


def shibata() -> Path:
    path = HERE / "shibata_kouki_shihyo_h27.html"
    path.write_bytes(shibata_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (kuroishi, katagami, fukushima):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {shibata().name}")


if __name__ == "__main__":
    main()
