"""Build the documents of forms327/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/kure_seika_shihyo_r5.xlsx``, a 長期総合計画 成果指標 sheet in the manner of 呉市 (広島県):
  **the baseline split into a value column and a year column (``基準値`` over ``値 | 年度``), the year
  differing from row to row**, ``千人`` / ``万人`` units and a ditto mark in the 単位 column; and the PDF
  (landscape);
* ``tokushima_kpi_jisseki_r5.html``, a KPI page in the manner of 徳島市 (徳島県): Western fiscal years,
  ``<th rowspan>`` 施策 cells, **a revised final target printed as ``<del>`` old value beside the new
  one**, a unit cell shared by two rows, an actual dated to a month inside its cell;
* ``omura_kpi_shinchoku_r5.xlsx``, a KPI進捗 workbook in the manner of 大村市 (長崎県), left as a
  workbook: **year headers stored as numbers with a ``0"年度"`` number format**, **negative values
  stored as numbers and shown with ``△`` by the number format**, ``―`` cells before a station opened;
* ``source/tarumizu_saisei_kensho_r5.xlsx``, a 地域再生計画 効果検証シート in the manner of 垂水市
  (鹿児島県): per-year ``増加分`` columns split into 目標 / 実績, **▲ increments for a KPI that should
  fall**, a baseline cell that carries its own year; and the PDF (portrait).

The PDF steps are skipped, with a message, when ``soffice`` is not installed.
These are re-typed forms of other municipalities, not their own files (README.md, SOURCES.tsv).
The XLSX and HTML files are byte-stable: fixed document dates, and the zip members are rewritten
with a fixed timestamp. The PDFs carry LibreOffice's creation date, so they differ by that only.
"""
# ruff: noqa: E501, B905

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
    wb.properties.creator = "forms327/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms327/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms327_soffice_") as tmp:
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


def _field(ws, row: int, last: int, label: str, value: str, height: float = 18) -> None:
    """A form field: the label over columns 1..2 (shaded), the value over 3..last."""
    _span(ws, row, 1, 2, label, header=True, align="left")
    _span(ws, row, 3, last, value)
    ws.row_dimensions[row].height = height


# --------------------------------------------------------------------------------------------
# 呉市 (広島県): 第5次長期総合計画 前期基本計画 成果指標の進捗状況（令和5年度実績）
# --------------------------------------------------------------------------------------------

# Real: 第5次呉市長期総合計画 (令和3年度～令和12年度, 前期基本計画 令和3年度～令和7年度), 企画課, the
# merger with 8 towns (平成15～17年), the 1975 peak of 31万人, 21.7万人 (令和2年12月31日), 大和ミュージアム,
# 島しょ部. Made up: the 施策, every indicator, figure and note.
KU_ROWS = [
    ("1", "大和ミュージアムの年間入館者数", "千人", 905, "R元", 295, 412, 738, 700, 1000),
    ("2", "島しょ部の観光客数", "万人", 128, "R元", 61, 84, 102, 110, 130),
    ("3", "「呉市に住み続けたい」と思う市民の割合", "％", 72.4, "R2", "―", 74.1, "―", 75.0, 78.0),
    ("4", "新規企業立地件数", "件", 3, "H30", 2, 4, 5, 4, 5),
    ("5", "空き家バンクを通じた成約件数", "〃", 18, "R元", 21, 26, 33, 30, 35),
]


def kure() -> Path:
    wb, ws = _sheet("成果指標", [5, 40, 7, 10, 7, 10, 10, 10, 10, 10])
    _text(
        ws,
        1,
        1,
        "第5次呉市長期総合計画　前期基本計画　成果指標の進捗状況（令和5年度実績）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 10, "令和6年9月　企画部企画課", align="right")
    ws.row_dimensions[1].height = 24
    _field(ws, 4, 10, "計画の名称", "第5次呉市長期総合計画（前期基本計画）")
    _field(
        ws,
        5,
        10,
        "計画期間",
        "令和3年度（2021年度）～令和12年度（2030年度）　※前期基本計画は令和3年度～令和7年度",
    )
    _field(ws, 6, 10, "施策", "4-2　観光の振興と交流人口の拡大")
    _field(ws, 7, 10, "担当課", "企画課")
    _field(
        ws,
        8,
        10,
        "市の概要",
        "本市は戦前、海軍工廠を擁するまちとして発展し、平成15年から平成17年にかけて近隣8町と合併しました。人口は昭和50年（1975年）の31万人"
        "（合併した8町を含む。）をピークに減少が続き、令和2年（2020年）12月31日時点では21.7万人となっています。大和ミュージアムや島しょ部の"
        "自然など、本市ならではの資源を生かした観光振興と交流人口の拡大に取り組んでいます。",
        height=54,
    )
    _text(ws, 10, 1, "２　成果指標の進捗状況", bold=True, size=11)
    h = 11
    _head2(
        ws,
        h,
        [(1, "No."), (2, "成果指標"), (3, "単位")],
        [
            (4, 5, "基準値", ["値", "年度"]),
            (6, 8, "実績値", ["R3年度", "R4年度", "R5年度"]),
            (9, 10, "目標値", ["R5年度", "R7年度"]),
        ],
    )
    r = h + 2
    for no, name, unit, base, year, *vals in KU_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, [base])
        _put(ws, r, 5, year, align="center")
        _vals(ws, r, 6, vals)
        ws.row_dimensions[r].height = 24
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※１　基準値の年度は指標ごとに異なります（新型コロナウイルス感染症の影響を受ける前の年度、又は直近の調査年度）。",
            "※２　No.3は隔年で実施する市民意識調査によるため、R3年度・R5年度は調査を行っていません。",
            "※３　単位欄の「〃」は、上欄に同じです。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "kure_seika_shihyo_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 徳島市 (徳島県): 第2期総合戦略 KPIの実績（令和5年度）
# --------------------------------------------------------------------------------------------

# Real: 第2期徳島市まち・ひと・しごと創生総合戦略 (令和2年3月策定, 令和2年度～令和6年度), the 第1期
# (平成27年度), 191.52km², 245,264人 (2024年9月1日), 阿波おどり, ひょうたん島 and its boat tour.
# Made up: the 課, the 基本目標 and 施策 wording, every KPI, figure and note.
TK_ROWS = [
    (
        '<th scope="rowgroup" rowspan="3">(1) 観光交流の促進</th>',
        "①阿波おどり期間中の観覧者数",
        '<td class="c">万人</td>',
        ["123", "59", "101", "108", "110", "130"],
    ),
    (
        "",
        "②観光案内所の外国人利用者数",
        '<td class="c">人</td>',
        [
            "5,480",
            "320",
            "2,150",
            "6,020",
            "5,500",
            "<del>6,500</del><br>7,500<br><small>（R5改定）</small>",
        ],
    ),
    (
        "",
        "③ひょうたん島クルーズの乗船者数",
        '<td class="c">人</td>',
        ["約14,000", "8,930", "12,400", "15,210", "15,000", "16,000"],
    ),
    (
        '<th scope="rowgroup" rowspan="2">(2) 移住・定住の促進</th>',
        "④移住相談件数",
        '<td class="c" rowspan="2">件</td>',
        ["186", "245", "301", "352", "360", "400"],
    ),
    (
        "",
        "⑤移住支援金の支給件数",
        "",
        ["4", "9", "14", "11<br><small>（R5.12末）</small>", "16", "20"],
    ),
]


def tokushima_html() -> str:
    rows = []
    for measure, name, unit, vals in TK_ROWS:
        cells = "".join(f'<td class="num">{v}</td>' for v in vals)
        rows.append(f"<tr>{measure}<td>{name}</td>{unit}{cells}</tr>")
    body = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>第2期総合戦略 KPIの実績（令和5年度） - 徳島市</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 1em; }}
th, td {{ border: 1px solid #000; padding: 2px 8px; }}
thead th {{ background: #d9d9d9; }}
tbody th {{ background: #f2f2f2; text-align: left; font-weight: normal; }}
td.num {{ text-align: right; }}
td.c {{ text-align: center; }}
</style>
</head>
<body>
<p><a href="/">トップページ</a> &gt; <a href="/shisei/">市政情報</a> &gt; <a href="/shisei/machi_keikaku/">まちづくり・計画</a> &gt; 第2期徳島市まち・ひと・しごと創生総合戦略 &gt; KPIの実績（令和5年度）</p>
<h1>第2期徳島市まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の実績（令和５年度）</h1>
<p>更新日：2024年10月18日　担当：企画政策課</p>
<p>徳島市は面積191.52km²、人口245,264人（2024年9月1日現在）の県都です。平成27年度に策定した第1期総合戦略に続き、令和2年3月に、令和2年度から令和6年度までの5か年を計画期間とする「第2期徳島市まち・ひと・しごと創生総合戦略」を策定しました。このページでは、基本目標２に掲げた重要業績評価指標（KPI）の令和5年度までの実績をお知らせします。</p>
<h2>基本目標２　徳島市への新しいひとの流れをつくる</h2>
<table>
<thead>
<tr><th scope="col" rowspan="2">施策</th><th scope="col" rowspan="2">KPI</th><th scope="col" rowspan="2">単位</th><th scope="col" rowspan="2">基準値<br>（2019年度）</th><th scope="colgroup" colspan="3">実績値</th><th scope="colgroup" colspan="2">目標値</th></tr>
<tr><th scope="col">2021年度</th><th scope="col">2022年度</th><th scope="col">2023年度</th><th scope="col">2023年度</th><th scope="col">2024年度<br>（最終）</th></tr>
</thead>
<tbody>
{body}
</tbody>
</table>
<p>※②の最終目標値は、令和5年度の外部有識者会議での検証を受けて改定しました（取消線は改定前の値です）。</p>
<p>※⑤の2023年度実績は、令和5年12月末時点の件数です（年度末の件数は令和6年度に公表します）。</p>
</body>
</html>
"""


def tokushima() -> Path:
    path = HERE / "tokushima_kpi_jisseki_r5.html"
    path.write_bytes(tokushima_html().encode("utf-8"))
    return path


# --------------------------------------------------------------------------------------------
# 大村市 (長崎県): 第2期総合戦略 KPI進捗状況 (a workbook, published as it is)
# --------------------------------------------------------------------------------------------

# Real: 第2期大村市まち・ひと・しごと創生総合戦略, 92,757人 (2015) and 95,062人 (2019), the growth since
# 1970, the 人口ビジョン's 10万人 in 2025年度 and 「6年間で5,000人増加」, the 基本目標3 wording of the 第1期,
# 新大村駅 (西九州新幹線, 2022年9月23日開業), 大村公園. Made up: the 課, the period's end, every KPI, figure and note.
OM_ROWS = [
    (1, "転入超過数（転入者数－転出者数）", "人", 412, [215, -38, 126, -104], 500),
    (2, "新大村駅の1日平均乗車人員", "人", "―", ["―", "―", 1180, 1420], 2000),
    (3, "大村公園の観光客数", "千人", 412, [198, 251, 336, 402], 450),
    (4, "市内の新規創業件数", "件", 48, [52, 61, 57, 66], 60),
    (5, "合計特殊出生率", "―", 1.88, [1.79, 1.74, 1.70, None], 1.90),
]


def omura() -> Path:
    wb, ws = _sheet("KPI進捗", [5, 36, 6, 12, 11, 11, 11, 11, 12])
    _text(
        ws,
        1,
        1,
        "第2期大村市まち・ひと・しごと創生総合戦略　KPIの進捗状況",
        bold=True,
        size=12,
    )
    _text(ws, 2, 9, "令和6年8月　企画政策課", align="right")
    _field(ws, 4, 9, "戦略の名称", "第2期大村市まち・ひと・しごと創生総合戦略")
    _field(ws, 5, 9, "計画期間", "令和2年度～令和7年度（6年間）")
    _field(
        ws,
        6,
        9,
        "市の概要",
        "本市の推計人口は、2015年（平成27年）の92,757人から2019年（令和元年）には95,062人となり（約2,300人増）、1970年（昭和45年）から約50年間増え続けています。"
        "人口ビジョンに掲げる2025年度（令和7年度）の人口10万人の達成に向け、「6年間で5,000人増加」を目指しています。",
        height=40,
    )
    _text(ws, 8, 1, "基本目標３　住んでみたい、訪れてみたいまちづくり", bold=True, size=11)
    h = 9
    _head2(
        ws,
        h,
        [(1, "No."), (2, "KPI"), (3, "単位"), (4, "策定時\n（H30）"), (9, "目標値\n（R7）")],
        [(5, 8, "実績値", [2020, 2021, 2022, 2023])],
    )
    for c in range(5, 9):
        ws.cell(row=h + 1, column=c).number_format = '0"年度"'
    r = h + 2
    for no, name, unit, base, vals, target in OM_ROWS:
        _put(ws, r, 1, no, align="center", fmt="0")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate([base, *vals, target]):
            col = 4 + j if j < 5 else 9
            if v is None:
                _put(ws, r, col, None)
            elif isinstance(v, str):
                _put(ws, r, col, v, align="center")
            elif no == 1:
                _put(ws, r, col, v, fmt='#,##0;"△"#,##0')
            elif isinstance(v, float):
                _put(ws, r, col, v, fmt="0.00")
            else:
                _put(ws, r, col, v, fmt="#,##0")
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※No.1の△は転出超過を表します。",
            "※No.2は新大村駅の開業（2022年9月23日）後の値です。",
            "※No.5の2023年の値は、人口動態統計の公表後に記載します。",
        ],
    )
    _page(ws, "landscape")
    path = HERE / "omura_kpi_shinchoku_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 垂水市 (鹿児島県): 地域再生計画 効果検証シート（令和5年度）
# --------------------------------------------------------------------------------------------

# Real: 地域再生計画「垂水市まち・ひと・しごと創生推進計画」, 垂水フェリー, 国道220号・224号, 32,721人 (昭和35年),
# 15,520人 (平成27年国勢調査), 14,283人 (令和2年12月), 9,563人 (令和17年推計), カンパチ, 道の駅たるみずはまびら.
# Made up: the 課, the plan's dates, every KPI, figure and note.
TA_ROWS = [
    ("①", "カンパチの年間出荷量", "t", "2,850", ["30", "42", "30", "18", "40", "25", "100", "85"]),
    (
        "②",
        "垂水フェリーの年間利用者数",
        "千人",
        "1,020",
        ["20", "▲35", "30", "48", "30", "41", "80", "54"],
    ),
    ("③", "市外からの移住者数", "人", "38（R2年度）", ["5", "7", "5", "3", "5", "9", "15", "19"]),
    (
        "④",
        "耕作放棄地の面積",
        "ha",
        "182.6",
        ["▲2.0", "▲1.2", "▲2.0", "▲2.4", "▲2.0", "▲1.5", "▲6.0", "▲5.1"],
    ),
    (
        "⑤",
        "道の駅たるみずはまびらの売上高",
        "千円",
        "312,400",
        ["5,000", "6,120", "5,000", "4,380", "5,000", "", "15,000", "10,500"],
    ),
]


def tarumizu() -> Path:
    wb, ws = _sheet("効果検証シート", [4, 26, 6, 12, 7, 7, 7, 7, 7, 7, 7, 7])
    _text(ws, 1, 1, "地域再生計画　効果検証シート（令和５年度）", bold=True, size=13)
    _text(ws, 2, 12, "令和6年9月　垂水市企画政策課", align="right")
    ws.row_dimensions[1].height = 24
    _field(ws, 4, 12, "地域再生計画の名称", "垂水市まち・ひと・しごと創生推進計画")
    _field(ws, 5, 12, "計画期間", "令和３年４月１日～令和８年３月31日")
    _field(ws, 6, 12, "担当課", "企画政策課")
    _field(
        ws,
        7,
        12,
        "市の現状",
        "本市は、県都鹿児島市と大隅半島を結ぶ垂水フェリーが就航し、国道220号と国道224号の交通結節点に位置する海陸運送の要衝である。"
        "人口は昭和35年の32,721人から平成27年国勢調査では15,520人まで減少し、住民基本台帳によると令和2年12月には14,283人となっている。"
        "令和17年には9,563人まで減少すると推計されており、カンパチ養殖などの地域資源を生かしたしごとづくりと移住・定住の促進が課題である。",
        height=70,
    )
    _text(ws, 9, 1, "■重要業績評価指標（KPI）", bold=True, size=11)
    h = 10
    _head2(
        ws,
        h,
        [(1, ""), (2, "KPI"), (3, "単位"), (4, "事業開始前\n（現時点）")],
        [
            (5, 6, "R3年度増加分\n（1年目）", ["目標", "実績"]),
            (7, 8, "R4年度増加分\n（2年目）", ["目標", "実績"]),
            (9, 10, "R5年度増加分\n（3年目）", ["目標", "実績"]),
            (11, 12, "KPI増加分の累計", ["目標", "実績"]),
        ],
    )
    ws.row_dimensions[h].height = 30
    r = h + 2
    for label, name, unit, base, vals in TA_ROWS:
        _put(ws, r, 1, label, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _put(ws, r, 4, base, align="right")
        for col, v in zip(range(5, 13), vals):
            _put(ws, r, col, v, align="right")
        ws.row_dimensions[r].height = 26
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※各年度の欄は、事業開始前からの増加分です。▲は減少を表します（④は減少を目標としています）。",
            "※③の事業開始前の値は令和2年度の移住者数です。",
            "※⑤のR5年度実績は、決算確定後（令和6年11月）に記載します。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "tarumizu_saisei_kensho_r5.xlsx"
    _save(wb, path)
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (kure, tarumizu):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {omura().name}")
    print(f"wrote {tokushima().name}")


if __name__ == "__main__":
    main()
