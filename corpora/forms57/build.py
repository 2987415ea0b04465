"""Build the built documents of forms57/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/kurayoshi_seika_shihyo_h25.xlsx``, a 総合計画 成果指標の推移 sheet in the manner of 倉吉市 (鳥取県):
  `No. | 指標 | 単位 | H22（基準値） | H23 | H24 | H27（目標値） | データの出典`, roles in brackets inside the
  year header row, `千人` and `億円` in the 単位 column, `調査なし`; and from it the PDF;
* ``source/wazuka_jimujigyo_hyoka_r3.xlsx``, a 事務事業評価シート in the manner of 和束町 (京都府): key-value
  fields (事業名, 担当課, 事業費（千円）), then `指標名（単位）` cells holding the unit on a second line
  `（単位：人）`, `基準値（H30） | 目標値（R3） | 実績値（R2） | 実績値（R3） | 達成率`; and from it the PDF;
* ``source/hitoyoshi_machizukuri_shihyo_h28.xlsx``, a 後期基本計画 まちづくり指標 in the manner of 人吉市
  (熊本県): a `区分` column of 主/副, `千人` in the 単位 column, a `―` baseline, a 備考 column; and the PDF;
* ``shirakawa_kpi_tassei_h29.html``, a KPI 達成状況 page in the manner of 白川村 (岐阜県): units and 万 in the
  cells, `うち…` sub-rows, a `達成状況（H29時点）` column judged against the H31 target.

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
    wb.properties.creator = "forms57/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms57/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms57_soffice_") as tmp:
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
# 倉吉市 (鳥取県): 総合計画 成果を測定するための指標の推移 — H22（基準値）…H27（目標値）, 千人/億円, 調査なし
# --------------------------------------------------------------------------------------------

# Real (fujii-takahiro.com on 倉吉市第11次総合計画): the plan's name, 「成果を測定するための指標」, 42施策,
# 市民意識調査, 平成23年4月 start. Made up: the sheet, 基本目標 wording, every indicator, figure, source, note.
KURAYOSHI = [
    # (No., 指標, 単位, H22 基準, H23, H24, H27 目標, 出典)
    ("1", "観光入込客数", "千人", 2285, 2310, 2402, 2600, "鳥取県観光客入込動態調査"),
    ("2", "白壁土蔵群の来訪者数", "千人", 612, 598, 640, 700, "業務統計（観光案内所）"),
    ("3", "市内の製造品出荷額等", "億円", 1012, 985, 1040, 1100, "工業統計調査"),
    (
        "4",
        "中心市街地のにぎわいに満足している市民の割合",
        "％",
        18.4,
        "調査なし",
        21.0,
        30.0,
        "市民意識調査",
    ),
    ("5", "新規創業者数", "件", 14, 17, 12, 20, "業務統計（商工観光課）"),
]


def kurayoshi() -> Path:
    widths = [5, 34, 7, 12, 9, 9, 12, 22]
    wb, ws = _sheet("成果指標", widths)
    _text(ws, 1, 1, "第11次倉吉市総合計画　成果を測定するための指標の推移", bold=True, size=13)
    _text(ws, 2, 8, "平成25年8月　倉吉市企画課", align="right", size=9)
    _text(ws, 4, 1, "基本目標2　活力とにぎわいのあるまち", bold=True, size=11)
    _text(ws, 5, 1, "■成果を測定するための指標", bold=True, size=11)
    h = 6
    head = ["No.", "指標", "単位", "H22（基準値）", "H23", "H24", "H27（目標値）", "データの出典"]
    for c, word in enumerate(head, start=1):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 22
    r = h + 1
    for no, name, unit, *vals, origin in KURAYOSHI:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate(vals):
            _put(ws, r, 4 + j, v, align="center" if isinstance(v, str) else None)
        _put(ws, r, 8, origin, size=8)
        ws.row_dimensions[r].height = 24
        r += 1
    notes = [
        "※「調査なし」は、当該年度の市民意識調査に該当する設問がなかったものです。",
        "※単位が千人・億円の指標は、表示単位未満を四捨五入しています。",
        "※白壁土蔵群周辺整備事業費（H24決算）：3億4,560万円",
    ]
    for i, line in enumerate(notes):
        _text(ws, r + 1 + i, 1, line, size=8)
    _page(ws, "landscape")
    path = SOURCE / "kurayoshi_seika_shihyo_h25.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 和束町 (京都府): 事務事業評価シート — fields, （単位：人） on the name's second line, 達成率
# --------------------------------------------------------------------------------------------

# Real (expydoc 和束町 先行型実施結果報告): the town, its 地方創生 work on 援農 and tourism (茶). Made up: the
# sheet, 事業名, 担当課, 事業費, every indicator and figure.
WAZUKA = [
    # (name, unit, 基準 H30, 目標 R3, 実績 R2, 実績 R3, 達成率)
    ("茶源郷ガイドツアー参加者数", "人", 420, 600, 312, 655, "109.2%"),
    ("和束茶カフェの来客数", "千人", 8.2, 10.0, 6.4, 9.1, "91.0%"),
    ("茶畑景観保全に取り組む農家数", "戸", 38, 40, 39, 40, "100.0%"),
    ("観光客1人当たりの町内消費額", "円", 2150, 2500, 1980, 2380, "95.2%"),
]


def wazuka() -> Path:
    widths = [32, 12, 12, 12, 12, 10]
    wb, ws = _sheet("事務事業評価", widths)
    _text(ws, 1, 1, "令和4年度　事務事業評価シート（令和3年度実施分）", bold=True, size=13)
    _text(ws, 2, 6, "和束町", align="right", size=9)
    _put(ws, 3, 1, "事業名", header=True)
    _span(ws, 3, 2, 6, "茶源郷まるごと観光推進事業")
    _put(ws, 4, 1, "担当課", header=True)
    _span(ws, 4, 2, 6, "産業観光課")
    _put(ws, 5, 1, "事業の目的", header=True)
    _span(
        ws,
        5,
        2,
        6,
        "茶畑景観と宇治茶を生かした体験型観光により、町内での滞在と消費を増やす。",
        size=8,
    )
    ws.row_dimensions[5].height = 24
    _put(ws, 6, 1, "事業費（千円）", header=True)
    _put(ws, 6, 2, "令和2年度決算", header=True)
    _put(ws, 6, 3, 9860)
    _put(ws, 6, 4, "令和3年度決算", header=True)
    _span(ws, 6, 5, 6, 12480)
    _text(ws, 8, 1, "■成果指標", bold=True, size=11)
    h = 9
    head = [
        "指標名（単位）",
        "基準値（H30）",
        "目標値（R3）",
        "実績値（R2）",
        "実績値（R3）",
        "達成率",
    ]
    for c, word in enumerate(head, start=1):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 20
    r = h + 1
    for name, unit, *vals, rate in WAZUKA:
        _put(ws, r, 1, f"{name}\n（単位：{unit}）")
        for j, v in enumerate(vals):
            _put(ws, r, 2 + j, v, fmt="0.0" if isinstance(v, float) else None)
        _put(ws, r, 6, rate, align="right")
        ws.row_dimensions[r].height = 30
        r += 1
    notes = [
        "※達成率＝実績値（R3）÷目標値（R3）×100",
        "※和束茶カフェの来客数は千人単位（百人未満を四捨五入）。",
    ]
    for i, line in enumerate(notes):
        _text(ws, r + i, 1, line, size=8)
    _page(ws, "portrait")
    path = SOURCE / "wazuka_jimujigyo_hyoka_r3.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 人吉市 (熊本県): 後期基本計画 まちづくり指標 — 区分 主/副, 千人, ―, 備考
# --------------------------------------------------------------------------------------------

# Real (happylibus 第5次人吉市総合計画 後期基本計画): the plan's name and period (平成28年度~平成31年度), the
# policy heading 【産業・経済】農業と観光で稼ぐ・儲かる経済都市ひとよし. Made up: 施策4, the grid, every
# indicator and figure, the 主/副 split, the notes.
HITOYOSHI = [
    # (区分, 指標名, 単位, 現状値 H26, 目標値 H31, 備考)
    ("主", "観光入込客数", "千人", 1036, 1200, "熊本県観光統計"),
    ("副", "人吉温泉の宿泊客数", "千人", 298, 350, "熊本県観光統計"),
    ("副", "外国人宿泊客数", "人", 8420, 15000, "熊本県観光統計"),
    ("主", "球磨川下り乗船者数", "人", 63500, 70000, "事業者調べ"),
    ("副", "観光ボランティアガイドの案内件数", "件", "―", 600, "H27から集計"),
]


def hitoyoshi() -> Path:
    widths = [6, 34, 7, 13, 13, 16]
    wb, ws = _sheet("まちづくり指標", widths)
    _text(
        ws, 1, 1, "第5次人吉市総合計画　後期基本計画（平成28年度～平成31年度）", bold=True, size=12
    )
    _text(ws, 2, 6, "平成28年3月　人吉市", align="right", size=9)
    _text(ws, 4, 1, "【産業・経済】農業と観光で稼ぐ・儲かる経済都市ひとよし", bold=True, size=11)
    _text(ws, 5, 1, "施策4　温泉と相良の歴史を生かした観光の振興", bold=True, size=11)
    _text(ws, 6, 1, "■まちづくり指標", bold=True, size=10)
    h = 7
    head = ["区分", "指標名", "単位", "現状値（H26）", "目標値（H31）", "備考"]
    for c, word in enumerate(head, start=1):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 20
    r = h + 1
    for kind, name, unit, base, target, note in HITOYOSHI:
        _put(ws, r, 1, kind, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _put(ws, r, 4, base, align="center" if isinstance(base, str) else None)
        _put(ws, r, 5, target)
        _put(ws, r, 6, note, size=8)
        ws.row_dimensions[r].height = 22
        r += 1
    notes = [
        "※区分の「主」は施策の成果を代表する主指標、「副」は主指標を補う副指標です。",
        "※現状値の「―」は、平成27年度から集計を始めたため現状値がないものです。",
        "※観光振興関連事業費（平成28年度当初予算）：1億8,900万円",
    ]
    for i, line in enumerate(notes):
        _text(ws, r + 1 + i, 1, line, size=8)
    _page(ws, "portrait")
    path = SOURCE / "hitoyoshi_machizukuri_shihyo_h28.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 白川村 (岐阜県): 総合戦略 KPIの達成状況 — units and 万 in cells, うち rows, 達成状況（H29時点）
# --------------------------------------------------------------------------------------------

# Real (fdocuments 平成29年度 白川村総合戦略効果検証業務 実施報告書, 平成30年3月): the 総合戦略 and its
# 平成29年度 効果検証, the date, 世界遺産白川郷. Made up: the page, 基本目標 wording, every KPI and figure.
SHIRAKAWA = [
    ("観光入込客数", "171.4万人", "176.0万人", "180万人", "未達成"),
    ("　うち外国人観光客数", "43.6万人", "68.3万人", "60万人", "達成"),
    ("　うち宿泊者数", "5.8万人", "5.5万人", "7万人", "未達成"),
    ("村内の新規起業件数（累計）", "0件", "4件", "5件", "未達成"),
    ("合掌造り家屋の保存修理棟数", "6棟", "8棟", "10棟", "未達成"),
]


def shirakawa_html() -> str:
    body = "\n".join(
        f'<tr><td>{name}</td><td class="r">{base}</td><td class="r">{actual}</td><td class="r">{target}</td><td class="c">{state}</td></tr>'
        for name, base, actual, target, state in SHIRAKAWA
    )
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>白川村まち・ひと・しごと創生総合戦略　平成29年度 KPIの達成状況｜白川村</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin: 0.4em 0 0.8em; }}
th, td {{ border: 1px solid #333; padding: 3px 6px; }}
th {{ background: #e8e8e8; font-weight: normal; }}
td.r {{ text-align: right; }}
td.c {{ text-align: center; }}
p.note {{ font-size: 85%; margin: 0.2em 0; }}
</style>
</head>
<body>
<h1>白川村まち・ひと・しごと創生総合戦略　平成29年度 KPIの達成状況</h1>
<p>平成30年3月　白川村（白川村総合戦略効果検証業務 実施報告書より）</p>
<h2>基本目標1　世界遺産白川郷を生かした観光と産業で、しごとをつくる</h2>
<table>
<thead>
<tr><th>重要業績評価指標（KPI）</th><th>基準値（H26）</th><th>実績値（H29）</th><th>目標値（H31）</th><th>達成状況（H29時点）</th></tr>
</thead>
<tbody>
{body}
</tbody>
</table>
<p class="note">※達成状況は、平成29年度の実績値が平成31年度の目標値に既に達しているかどうかを示します。</p>
<p class="note">※観光入込客数の内訳（うち外国人観光客数、うち宿泊者数）は白川村観光統計によります。</p>
<p class="note">※観光振興関連事業費（平成29年度決算）：2億1,350万円</p>
</body>
</html>
"""


def shirakawa() -> Path:
    path = HERE / "shirakawa_kpi_tassei_h29.html"
    path.write_bytes(shirakawa_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (kurayoshi, wazuka, hitoyoshi):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {shirakawa().name}")


if __name__ == "__main__":
    main()
