"""Build the built documents of forms169/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/unzen_shisaku_hyoka_r1.xlsx``, a 総合計画 施策評価シート in the manner of 雲仙市 (長崎県):
  form fields (施策名, 主管課, 事業費 in 千円, a population figure) over a 成果指標 grid with **a
  ``ウエイト`` column of percentages** and **a shaded 加重平均 row** under it; and the PDF;
* ``source/kotoura_kpi_shinchoku_h28.xlsx``, a 総合戦略 KPI 進捗 in the manner of 琴浦町 (鳥取県):
  **revised targets on their own sub-row** (``（H29.3見直し）`` with only the 目標値 cell filled),
  a ``主な連携団体`` column, ``千人``, a ``―`` baseline; and the PDF;
* ``source/muroto_kpi_jokyo_r2.xlsx``, a 地域再生計画 KPI sheet in the manner of 室戸市 (高知県):
  **``男性 | 女性`` sub-columns under every time header**, merged across for the rows without a
  split; form fields with money and a prose population; and the PDF;
* ``yonaguni_seika_shihyo_h28.html``, a 総合計画 成果指標 page in the manner of 与那国町 (沖縄県):
  two ``<h2>`` 基本目標, each over a table with ``<th colspan>`` ■ 施策 rows, a ``平成28年度`` header
  spanning ``目標 | 実績``, ``千人``, ``1,700以上`` and a ``―`` actual.

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
    wb.properties.creator = "forms169/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms169/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms169_soffice_") as tmp:
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


# --------------------------------------------------------------------------------------------
# 雲仙市 (長崎県): 雲仙市総合計画 施策評価シート（令和元年度実績）
# --------------------------------------------------------------------------------------------

# Real (雲仙市 地域再生計画, furusato-funding.jp/projects/2489): 42,951人 (R2.3.31 住民基本台帳), the
# 令和元年 社会減 313人, the 2018 合計特殊出生率 1.71. Made up: the sheet, 施策, 課, money, the other figures.
UZ_ROWS = [
    ("1", "社会減の抑制（転出超過数）", "人", "30%", 452, 388, 313, 300, "95.8%"),
    ("2", "合計特殊出生率", "", "20%", 1.62, 1.71, 1.68, 1.80, "93.3%"),
    ("3", "観光客数", "千人", "30%", 5124, 5389, 5206, 5500, "94.7%"),
    ("4", "新規就農者数", "人", "20%", 18, 24, 27, 25, "108.0%"),
]


def unzen() -> Path:
    wb, ws = _sheet("施策評価", [6, 34, 8, 9, 12, 11, 11, 13, 11])
    _text(ws, 1, 1, "雲仙市総合計画　施策評価シート（令和元年度実績）", bold=True, size=14)
    _text(ws, 2, 9, "令和2年8月", align="right")
    fields = [
        ("施策名", "定住促進と少子化対策の推進", "主管課", "政策企画課"),
        ("施策に係る事業費（千円）", 186420, "人口（R2.3.31住基）", "42,951人"),
    ]
    r = 4
    for l1, v1, l2, v2 in fields:
        _span(ws, r, 1, 2, l1, header=True)
        _span(ws, r, 3, 5, v1, align="left")
        _span(ws, r, 6, 7, l2, header=True)
        _span(ws, r, 8, 9, v2)
        ws.row_dimensions[r].height = 20
        r += 1
    _text(ws, 7, 1, "２　成果指標の達成状況", bold=True, size=11)
    _head2(
        ws,
        8,
        [
            (1, "No."),
            (2, "成果指標"),
            (3, "単位"),
            (4, "ウエイト"),
            (5, "基準値\n（H28）"),
            (8, "目標値\n（R元）"),
            (9, "達成度"),
        ],
        [(6, 7, "実績値", ["H30", "R元"])],
    )
    r = 10
    for no, name, unit, weight, *vals, rate in UZ_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _put(ws, r, 4, weight, align="right")
        fmts = {j: "0.00" for j, v in enumerate(vals) if isinstance(v, float)}
        _vals(ws, r, 5, vals, fmts)
        _put(ws, r, 9, rate, align="right")
        ws.row_dimensions[r].height = 22
        r += 1
    _span(ws, r, 1, 3, "施策の達成度（ウエイトによる加重平均）", fill=LIGHT, bold=True)
    _put(ws, r, 4, "100%", align="right", fill=LIGHT)
    for c in range(5, 9):
        _put(ws, r, c, "", fill=LIGHT)
    _put(ws, r, 9, "97.4%", align="right", fill=LIGHT, bold=True)
    ws.row_dimensions[r].height = 22
    _notes(
        ws,
        r + 2,
        [
            "※ウエイトは、施策の達成度を算出する際の各成果指標の重み付け（合計100%）です。",
            "※達成度＝実績値（R元）÷目標値（R元）。No.1は値が小さいほど良い指標のため、目標値÷実績値としています。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "unzen_shisaku_hyoka_r1.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 琴浦町 (鳥取県東伯郡): まち・ひと・しごと創生総合戦略 KPIの進捗状況（平成28年度）
# --------------------------------------------------------------------------------------------

# Real (第2回琴浦町地方創生推進会議 資料): the 推進会議, 企画情報課 and the member bodies named in the
# 連携団体 column. Made up: the sheet, the 基本目標, every KPI, figure, revision and note.
KT_ROWS = [
    ("1", "ふるさと納税寄附件数", "件", 3215, 11842, 24510, 15000, "琴浦町商工会"),
    ("", "（H29.3見直し）", "", "", "", "", 30000, ""),
    ("2", "道の駅ポート赤碕の入込客数", "千人", 182, 190, 176, 220, "琴浦町観光協会"),
    ("3", "新規就農者数（5年間累計）", "人", "―", 6, 13, 25, "JA鳥取中央"),
    ("4", "乳用牛飼養頭数", "頭", 4120, 4050, 3980, 4200, "大山乳業農業協同組合"),
    ("", "（H29.3見直し）", "", "", "", "", 4000, ""),
]


def kotoura() -> Path:
    wb, ws = _sheet("KPI進捗", [6, 34, 8, 12, 11, 11, 13, 24])
    _text(
        ws,
        1,
        1,
        "琴浦町まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の進捗状況（平成28年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 8, "平成29年5月　琴浦町地方創生推進会議　資料2", align="right")
    _text(ws, 3, 8, "事務局：琴浦町企画情報課", align="right")
    _text(ws, 5, 1, "基本目標１　琴浦の資源を活かしたしごとをつくる", bold=True, size=11)
    _head2(
        ws,
        6,
        [
            (1, "No."),
            (2, "重要業績評価指標（KPI）"),
            (3, "単位"),
            (4, "基準値\n（H26）"),
            (7, "目標値\n（H31）"),
            (8, "主な連携団体"),
        ],
        [(5, 6, "実績値", ["H27", "H28"])],
    )
    r = 8
    for no, name, unit, *vals, body in KT_ROWS:
        sub = no == ""
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name, align="right" if sub else None, size=8 if sub else 9)
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, vals)
        _put(ws, r, 8, body)
        ws.row_dimensions[r].height = 18 if sub else 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※（H29.3見直し）の行は、平成29年3月の推進会議で目標値を見直した指標の見直し後の目標値です（上の行の目標値は策定時のもの）。",
            "※No.3の基準値は、戦略策定時に集計していないため「―」としています。",
            "※平成28年度のふるさと納税寄附額は4億2,360万円（前年度比2.1倍）でした。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "kotoura_kpi_shinchoku_h28.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 室戸市 (高知県): 室戸ここKARADAプロジェクト（地域再生計画） KPIの状況
# --------------------------------------------------------------------------------------------

# Real (地域再生計画 室戸ここKARADAプロジェクト, furusato-funding.jp/projects/2391): the plan's name,
# the 健康寿命 of 平成26年 (男性77歳, 女性81.29歳), the population 1万3千人台 (平成27年国勢調査), once
# over 3万人. Made up: the sheet, date, 課, money, the other figures and rows.
MR_ROWS = [
    ("KPI①　健康寿命", "歳", (77.0, 81.29), (77.52, 81.64), (78.0, 82.0)),
    ("KPI②　特定健康診査受診率", "％", 31.2, 36.8, 45.0),
    ("KPI③　胃がん検診受診率", "％", 8.5, 7.9, 15.0),
]


def muroto() -> Path:
    wb, ws = _sheet("KPIの状況", [34, 7, 10, 10, 10, 10, 10, 10])
    _text(ws, 1, 1, "地域再生計画　重要業績評価指標（KPI）の状況（令和2年度）", bold=True, size=13)
    _text(ws, 2, 8, "令和2年9月　室戸市健康介護課", align="right")
    fields = [
        ("地域再生計画の名称", "室戸ここKARADAプロジェクト"),
        ("交付対象事業費（千円）", 24600),
        ("市の概況", "平成27年国勢調査の人口は1万3千人台（かつては3万人を超えていた）"),
    ]
    r = 4
    for label, value in fields:
        _put(ws, r, 1, label, header=True)
        _span(ws, r, 2, 8, value, align="left")
        ws.row_dimensions[r].height = 20
        r += 1
    _text(ws, 8, 1, "■重要業績評価指標（KPI）", bold=True, size=11)
    _head2(
        ws,
        9,
        [(1, "KPI"), (2, "単位")],
        [
            (3, 4, "策定時（H26）", ["男性", "女性"]),
            (5, 6, "実績値（R元）", ["男性", "女性"]),
            (7, 8, "目標値（R3）", ["男性", "女性"]),
        ],
    )
    r = 11
    for name, unit, *vals in MR_ROWS:
        _put(ws, r, 1, name)
        _put(ws, r, 2, unit, align="center")
        for k, v in enumerate(vals):
            c = 3 + 2 * k
            if isinstance(v, tuple):
                _vals(ws, r, c, list(v), {0: "0.00", 1: "0.00"})
            else:
                _put(ws, r, c, v, align="right", fmt="0.0")
                _put(ws, r, c + 1, None)
                _merge(ws, r, c, r, c + 1)
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※健康寿命は男女別に、受診率は男女計で示しています（男性・女性の欄を結合）。",
            "※受診率は室戸市国民健康保険の被保険者（40～74歳）の値です。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "muroto_kpi_jokyo_r2.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 与那国町 (沖縄県八重山郡): 与那国町総合計画 成果指標の状況（平成28年度）
# --------------------------------------------------------------------------------------------

# Real (平成28年度 与那国町 施政方針): the two 基本目標 (1.いきいきと働けるまち, 3.人材を育て・つなぐ交流
# のまち) and the ■ 施策 names; the 優良繁殖雌牛導入事業 (2015 施政方針 report). Made up: the page and
# every indicator, figure and note.
YN_BLOCKS = [
    (
        "1.いきいきと働けるまち",
        [
            (
                "■島の活力の定住人口を維持するための産業振興の推進",
                [
                    (
                        "町の人口（4月1日現在）",
                        "人",
                        "1,505",
                        "1,706",
                        "1,700",
                        "1,718",
                        "1,700以上",
                    ),
                    ("優良繁殖雌牛の導入頭数（累計）", "頭", "0", "12", "20", "25", "50"),
                ],
            )
        ],
    ),
    (
        "3.人材を育て・つなぐ交流のまち",
        [
            (
                "■広域連携による交流・観光の推進",
                [("入域観光客数", "千人", "34.5", "36.1", "40.0", "―", "45.0")],
            ),
            (
                "■UIターン施策の拡充",
                [("UIターン者数", "人", "14", "18", "20", "16", "20")],
            ),
        ],
    ),
]

YN_HEAD = """<thead>
<tr><th rowspan="2">成果指標</th><th rowspan="2">単位</th><th rowspan="2">平成26年度<br>（現状値）</th><th rowspan="2">平成27年度<br>（実績）</th><th colspan="2">平成28年度</th><th rowspan="2">平成31年度<br>（目標）</th></tr>
<tr><th>目標</th><th>実績</th></tr>
</thead>"""


def yonaguni_html() -> str:
    parts = []
    for goal, groups in YN_BLOCKS:
        rows = []
        for measure, inds in groups:
            rows.append(f'<tr><th colspan="7" class="l">{measure}</th></tr>')
            for name, unit, *vals in inds:
                rows.append(
                    f'<tr><td>{name}</td><td class="c">{unit}</td>'
                    + "".join(f'<td class="num">{v}</td>' for v in vals)
                    + "</tr>"
                )
        body = "\n".join(rows)
        parts.append(f"<h2>{goal}</h2>\n<table>\n{YN_HEAD}\n<tbody>\n{body}\n</tbody>\n</table>")
    tables = "\n".join(parts)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>与那国町総合計画 成果指標の状況（平成28年度） - 与那国町</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
th.l {{ text-align: left; background: #f2f2f2; }}
td.num {{ text-align: right; }}
td.c {{ text-align: center; }}
</style>
</head>
<body>
<p>ホーム &gt; 町政情報 &gt; 計画・施策 &gt; 総合計画</p>
<h1>与那国町総合計画 成果指標の状況（平成28年度）</h1>
<p>平成29年6月　与那国町総務財政課</p>
<p>総合計画に掲げた施策ごとの成果指標について、平成28年度の実績を取りまとめました。</p>
{tables}
<p>※入域観光客数の平成28年度実績は集計中のため「―」としています。</p>
<p>※町の人口は住民基本台帳によります。平成28年3月の沿岸監視部隊の配置により増加しています。</p>
</body>
</html>
"""


def yonaguni() -> Path:
    path = HERE / "yonaguni_seika_shihyo_h28.html"
    path.write_bytes(yonaguni_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (unzen, kotoura, muroto):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {yonaguni().name}")


if __name__ == "__main__":
    main()
