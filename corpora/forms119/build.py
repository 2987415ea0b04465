"""Build the built documents of forms119/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/sakurai_shisaku_hyoka_h26.xlsx``, a 施策評価シート in the manner of 桜井市 (奈良県): PLAN/DO/CHECK
  field blocks, a ``まちづくり指標`` grid with ``実績値`` over H24|H25|H26 and a ``施策管理指標`` grid with a
  達成率 column; and the PDF;
* ``source/toin_seika_shihyo_h28.xlsx``, a 総合計画 成果指標の進捗状況 in the manner of 東員町 (三重県): 施策
  cells merged down, ``H28`` spanning ``目標|実績``, a ``H31目標に対する進捗率`` column; and the PDF;
* ``source/iwata_jimujigyo_h28.xlsx``, a 事務事業評価シート in the manner of 磐田市 (静岡県): 事業費 in 千円,
  ``区分`` merged over 活動指標 / 成果指標, ``H27実績 | H28目標 | H28実績 | H29目標``; and the PDF;
* ``tondabayashi_followup_h25.html``, a 総合計画フォローアップシート in the manner of 富田林市 (大阪府):
  ``rowspan`` 施策 cells, ``実績値`` spanning H23|H24|H25, 千人 in the 単位 column, a 担当課 column.

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
    wb.properties.creator = "forms119/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms119/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms119_soffice_") as tmp:
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


def _field(ws, row, label, value, c1, c2, height=18):
    """A shaded label cell in column 1 and its value merged over c1..c2."""
    _put(ws, row, 1, label, header=True)
    _span(ws, row, c1, c2, value)
    ws.row_dimensions[row].height = height


# --------------------------------------------------------------------------------------------
# 桜井市 (奈良県): 平成26年度 施策評価シート
# --------------------------------------------------------------------------------------------

# Real: the 第5次桜井市総合計画 and its 将来都市像, the sheet's block names (施策概要「PLAN(計画)」, 実施結果
# 「DO(実施)」, 施策の分析「CHECK(評価)」, 今後の方向性「ACTION(改善)」), the fields 市民生活の目標像, 事業費,
# まちづくり指標 (from the 基本計画), 施策管理指標 (for the 進行管理), 達成度, ニーズの方向性, the indicator
# 「協働の地域づくり」が達成されたと感じる市民の割合 and the survey years H21 / H25. Made up: every figure,
# the 施策 number and name wording, the 担当課, the other indicators.
SAKURAI_MACHI = [
    ("「協働の地域づくり」が達成されたと感じる市民の割合", "％", 18.5, ("―", 21.3, "―"), 30.0),
    ("自治会加入率", "％", 78.2, (76.9, 76.1, 75.4), 80.0),
    ("市民活動団体の登録数", "団体", 42, (51, 55, 58), 60),
]
SAKURAI_KANRI = [
    ("協働事業提案制度の採択件数", "件", 5, 4, "80.0%"),
    ("まちづくり出前講座の参加者数", "人", 1200, 1315, "109.6%"),
]


def sakurai() -> Path:
    widths = [30, 8, 11, 10, 10, 10, 11]
    wb, ws = _sheet("施策評価", widths)
    _text(ws, 1, 1, "平成26年度　施策評価シート", bold=True, size=13)
    _text(ws, 2, 7, "第5次桜井市総合計画", align="right")
    _text(ws, 4, 1, "1.施策概要「PLAN(計画)」", bold=True, size=10)
    _field(ws, 5, "施策番号・施策名", "1-2　協働によるまちづくりの推進", 2, 7)
    _field(ws, 6, "主担当課", "まちづくり推進課", 2, 7)
    _field(
        ws,
        7,
        "市民生活の目標像",
        "市民と行政がそれぞれの役割を担い、地域の課題を協働で解決しています。",
        2,
        7,
        height=28,
    )
    _text(ws, 9, 1, "2.実施結果「DO(実施)」", bold=True, size=10)
    for c, word in enumerate(["事業費（千円）", "", "H24決算", "H25決算", "H26決算"], start=1):
        if c == 2:
            continue
        _put(ws, 10, c, word, header=True)
    _put(ws, 10, 2, None, header=True)
    _merge(ws, 10, 1, 10, 2)
    _put(ws, 11, 1, "施策に関連する事務事業の合計")
    _put(ws, 11, 2, None)
    _merge(ws, 11, 1, 11, 2)
    for c, v in ((3, 9842), (4, 10576), (5, 11204)):
        _put(ws, 11, c, v)
    _text(ws, 13, 1, "まちづくり指標", bold=True, size=10)
    h = 14
    _head2(
        ws,
        h,
        [(1, "指標名"), (2, "単位"), (3, "基準値\n（H21）"), (7, "目標値\n（H27）")],
        [(4, 6, "実績値", ["H24", "H25", "H26"])],
    )
    r = h + 2
    for name, unit, base, acts, target in SAKURAI_MACHI:
        _put(ws, r, 1, name)
        _put(ws, r, 2, unit, align="center")
        for c, v in zip(range(3, 8), (base, *acts, target), strict=True):
            if isinstance(v, str):
                _put(ws, r, c, v, align="center")
            else:
                _put(ws, r, c, v)
        ws.row_dimensions[r].height = 30
        r += 1
    _text(ws, r + 1, 1, "施策管理指標", bold=True, size=10)
    h = r + 2
    for c, word in enumerate(["指標名", "単位", "H26目標", "H26実績", "達成率"], start=1):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 22
    r = h + 1
    for name, unit, target, act, rate in SAKURAI_KANRI:
        _put(ws, r, 1, name)
        _put(ws, r, 2, unit, align="center")
        _put(ws, r, 3, target)
        _put(ws, r, 4, act)
        _put(ws, r, 5, rate, align="right")
        ws.row_dimensions[r].height = 22
        r += 1
    _text(ws, r + 1, 1, "3.施策の分析「CHECK(評価)」", bold=True, size=10)
    _field(ws, r + 2, "達成度", "B（概ね順調に進んでいる）", 2, 7)
    _field(ws, r + 3, "ニーズの方向性", "拡大", 2, 7)
    _notes(
        ws,
        r + 5,
        [
            "※「協働の地域づくり」が達成されたと感じる市民の割合は市民アンケート（平成21年度・平成25年度実施）によります。",
            "※達成率は、H26実績÷H26目標で算出しています。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "sakurai_shisaku_hyoka_h26.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 東員町 (三重県員弁郡): 第5次東員町総合計画 成果指標の進捗状況（平成28年度）
# --------------------------------------------------------------------------------------------

# Real: the 第5次東員町総合計画 基本計画, its heading 基本施策1 安全・安心なまち, 1.安全・安心のまちをつくる,
# the 施策 1-1.消防・防災対策の充実 and 1-2.交通安全・防犯対策の充実, and the words 施策の成果指標（目標値）.
# Made up: the report, its date, every indicator and figure.
TOIN = [
    (
        "1-1.消防・防災対策の充実",
        [
            ("自主防災組織の結成率", "％", 92.3, 96.0, 95.6, 100.0, "42.9%"),
            ("防災訓練の参加者数", "人", 2850, 3200, 2980, 3500, "20.0%"),
        ],
    ),
    (
        "1-2.交通安全・防犯対策の充実",
        [
            ("防犯灯のLED化率", "％", 35.0, 60.0, 62.4, 100.0, "42.2%"),
            ("青色回転灯パトロールの実施回数", "回", 120, 150, 148, 200, "35.0%"),
        ],
    ),
]


def toin() -> Path:
    widths = [22, 30, 7, 12, 10, 10, 12, 14]
    wb, ws = _sheet("成果指標", widths)
    _text(
        ws,
        1,
        1,
        "第5次東員町総合計画　施策の成果指標（目標値）の進捗状況（平成28年度）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 8, "平成29年8月　東員町", align="right")
    _text(ws, 4, 1, "基本施策1　安全・安心なまち", bold=True, size=11)
    _text(ws, 5, 1, "1.安全・安心のまちをつくる", bold=True, size=10)
    h = 6
    _head2(
        ws,
        h,
        [
            (1, "施策"),
            (2, "成果指標"),
            (3, "単位"),
            (4, "現状値\n（H26）"),
            (7, "目標値\n（H31）"),
            (8, "H31目標に対する\n進捗率"),
        ],
        [(5, 6, "H28", ["目標", "実績"])],
    )
    r = h + 2
    for head, rows in TOIN:
        top = r
        _put(ws, r, 1, head, valign="center")
        for name, unit, base, target, act, final, rate in rows:
            if r > top:
                _put(ws, r, 1, None)
            _put(ws, r, 2, name)
            _put(ws, r, 3, unit, align="center")
            for c, v in ((4, base), (5, target), (6, act), (7, final)):
                _put(ws, r, c, v)
            _put(ws, r, 8, rate, align="right")
            ws.row_dimensions[r].height = 24
            r += 1
        _merge(ws, top, 1, r - 1, 1)
    _notes(
        ws,
        r + 1,
        [
            "※進捗率＝（H28実績－現状値）÷（H31目標値－現状値）",
            "※平成28年度の安全・安心のまちづくりに係る事業費（決算）は、63,415千円です。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "toin_seika_shihyo_h28.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 磐田市 (静岡県): 事務事業評価シート（平成28年度実施事業）
# --------------------------------------------------------------------------------------------

# Real: that 磐田市 publishes 施策評価 / 事務事業評価 sheets. Made up: the 事業, its 課, every figure.
IWATA = [
    (
        "活動指標",
        [
            ("ごみ減量出前講座の開催回数", "回", 24, 30, 32, 30),
            ("生ごみ処理容器等購入費補助件数", "件", 186, 200, 174, 200),
        ],
    ),
    (
        "成果指標",
        [
            ("資源化率", "％", 21.4, 23.0, 22.1, 24.0),
            ("家庭系ごみの1人1日当たり排出量の削減", "g", 562, 550, 548, 540),
        ],
    ),
]


def iwata() -> Path:
    widths = [12, 34, 7, 11, 11, 11, 11]
    wb, ws = _sheet("事務事業評価", widths)
    _text(ws, 1, 1, "事務事業評価シート（平成28年度実施事業）", bold=True, size=13)
    _text(ws, 2, 7, "平成29年7月作成　磐田市", align="right")
    _text(ws, 4, 1, "1 事業の概要", bold=True, size=10)
    _field(ws, 5, "事業名", "ごみ減量推進事業", 2, 7)
    _field(ws, 6, "担当課", "ごみ対策課", 2, 7)
    _field(
        ws,
        7,
        "目的",
        "家庭から出るごみの減量と資源化を進め、循環型社会の形成を図る。",
        2,
        7,
        height=26,
    )
    _text(ws, 9, 1, "2 事業費", bold=True, size=10)
    for c, word in ((1, "区分"), (4, "H27決算"), (5, "H28決算"), (6, "H29予算")):
        _put(ws, 10, c, word, header=True)
    _span(ws, 10, 1, 3, "区分", header=True)
    _put(ws, 11, 1, "事業費（千円）")
    _span(ws, 11, 1, 3, "事業費（千円）")
    for c, v in ((4, 18450), (5, 19230), (6, 20100)):
        _put(ws, 11, c, v)
    _text(ws, 13, 1, "3 指標の状況", bold=True, size=10)
    h = 14
    heads = ["区分", "指標名", "単位", "H27実績", "H28目標", "H28実績", "H29目標"]
    for c, word in enumerate(heads, start=1):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 22
    r = h + 1
    for kind, rows in IWATA:
        top = r
        _put(ws, r, 1, kind, align="center")
        for name, unit, *vals in rows:
            if r > top:
                _put(ws, r, 1, None)
            _put(ws, r, 2, name)
            _put(ws, r, 3, unit, align="center")
            for c, v in zip(range(4, 8), vals, strict=True):
                _put(ws, r, c, v)
            ws.row_dimensions[r].height = 24
            r += 1
        _merge(ws, top, 1, r - 1, 1)
    _text(ws, r + 1, 1, "4 評価", bold=True, size=10)
    _field(ws, r + 2, "達成度", "B（目標をおおむね達成）", 2, 7)
    _field(ws, r + 3, "今後の方向性", "現状維持", 2, 7)
    _notes(
        ws,
        r + 5,
        [
            "※資源化率は、資源化量÷ごみ総排出量で算出しています。",
            "※H29目標は、平成29年度当初予算編成時に設定した目標です。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "iwata_jimujigyo_h28.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 富田林市 (大阪府): 第4次富田林市総合計画 フォローアップシート①（平成25年度実績）
# --------------------------------------------------------------------------------------------

# Real: the 第4次総合計画, the 総合計画フォローアップ会議 (平成26年度 第1回, 平成27年1月28日, 資料2
# フォローアップシート①), the 寺内町. Made up: the sheet's content, every indicator and figure, the 課.
TONDABAYASHI = [
    (
        "3-2",
        "観光の振興",
        [
            ("観光入込客数", "千人", "1,020", "1,105", "1,142", "1,187", "1,300", "商工観光課"),
            (
                "じないまち交流館の利用者数",
                "人",
                "18,540",
                "21,360",
                "―",
                "23,815",
                "25,000",
                "商工観光課",
            ),
        ],
    ),
    (
        "5-1",
        "子育て支援の充実",
        [
            ("保育所待機児童数", "人", "45", "12", "8", "0", "0", "子育て支援課"),
            (
                "地域子育て支援拠点の利用者数",
                "人",
                "9,870",
                "12,430",
                "13,105",
                "14,220",
                "15,000",
                "子育て支援課",
            ),
        ],
    ),
]


def tondabayashi_html() -> str:
    lines = []
    for code, name, rows in TONDABAYASHI:
        for i, row in enumerate(rows):
            cells = "".join(f"<td>{c}</td>" for c in row)
            lead = f'<td rowspan="{len(rows)}">{code} {name}</td>' if i == 0 else ""
            lines.append(f"<tr>{lead}{cells}</tr>")
    body = "\n".join(lines)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>第4次富田林市総合計画 フォローアップシート①（平成25年度実績）｜富田林市</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 1em; }}
th, td {{ border: 1px solid #333; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
</style>
</head>
<body>
<h1>第4次富田林市総合計画　フォローアップシート①（平成25年度実績）</h1>
<p>平成26年度 第1回 総合計画フォローアップ会議　資料2（平成27年1月28日）</p>
<h2>施策の指標の推移</h2>
<table border="1">
<tr><th rowspan="2">施策</th><th rowspan="2">指標</th><th rowspan="2">単位</th><th rowspan="2">計画策定時<br>（H19）</th><th colspan="3">実績値</th><th rowspan="2">目標値<br>（H28）</th><th rowspan="2">担当課</th></tr>
<tr><th>H23</th><th>H24</th><th>H25</th></tr>
{body}
</table>
<p>※じないまち交流館は、平成24年度は改修工事のため休館しました。</p>
<p>※観光の振興に係る平成25年度の事業費（決算）は48,320千円です。</p>
</body>
</html>
"""


def tondabayashi() -> Path:
    path = HERE / "tondabayashi_followup_h25.html"
    path.write_bytes(tondabayashi_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (sakurai, toin, iwata):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {tondabayashi().name}")


if __name__ == "__main__":
    main()
