"""Build the documents of forms429/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``shingu_kouki_seika_shihyo_r1.xlsx``, a workbook left as it is: 成果指標の進捗状況 of a 総合計画
  後期基本計画 in the manner of 新宮町 (福岡県), with **two tables stacked on one sheet whose layouts
  differ**: the first ``No. | 成果指標 | 単位 | 策定時（H26） | H28 … R元 | 目標（R2） | 備考``, the second
  ``No. | 成果指標 | 目標値（2020年度） | 実績値 (2016年度 … 2019年度) | 単位`` (target first, Western
  years, the unit column last, ``千冊``);
* ``kawamoto_jutaku_seika_r5.html``, a 総合計画 成果指標 page in the manner of 川本町 (島根県): one
  table per 施策 under ``<h3>`` headings, **a ``対前年度増減`` column of signed numbers that are no
  values**, and one table without a 単位 column whose unit stands in its ``<caption>``;
* ``source/sanagochi_jimujigyo_hyoka_r6.xlsx``, a 事務事業評価シート in the manner of 佐那河内村
  (徳島県): each indicator over three rows ``計画 | 実績 | 達成率`` under bare year heads ``４年度`` …
  ``７年度`` (the era is named in a note), ``（見込）`` and ``（5世帯）`` in actual cells; and the
  portrait PDF ``sanagochi_jimujigyo_hyoka_r6.pdf``;
* ``source/isen_nogyo_shihyo_r5.xlsx``, a 農業振興計画 指標 sheet in the manner of 伊仙町 (鹿児島県):
  the unit in each name's brackets (``農業産出額（億円）``), **three ``うち`` rows under the total that
  break it down by crop and give no record**, 中間 / 最終 targets; and the landscape PDF
  ``isen_nogyo_shihyo_r5.pdf``.

The PDF steps are skipped, with a message, when ``soffice`` is not installed.
These are re-typed forms of other municipalities, not their own files (README.md, SOURCES.tsv).

The XLSX and HTML files are byte-stable: fixed document dates, and the zip members are
rewritten with a fixed timestamp. The PDFs carry LibreOffice's creation date, so they differ
by that only.
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
FONT = "IPAexGothic"
FIXED = dt.datetime(2026, 12, 7, 0, 0, 0)


# --------------------------------------------------------------------------------------------
# Sheet helpers
# --------------------------------------------------------------------------------------------


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms429/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms429/build.py"
    ws = wb.active
    ws.title = title
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    return wb, ws


def _put(ws, row, col, value, header=False, fmt=None, align=None, size=9, bold=False, fill=None):
    """A bordered cell. Numbers stay numbers, with a number format."""
    cell = ws.cell(row=row, column=col, value=None if value == "" else value)
    cell.border = BORDER
    cell.font = Font(name=FONT, size=size, bold=bold)
    if header:
        cell.fill = SHADE
        cell.alignment = Alignment(horizontal=align or "center", vertical="center", wrap_text=True)
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        cell.alignment = Alignment(horizontal=align or "right", vertical="center")
        cell.number_format = fmt or ("#,##0" if isinstance(value, int) else "#,##0.0")
    else:
        cell.alignment = Alignment(horizontal=align or "left", vertical="center", wrap_text=True)
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


def _fields(ws, r: int, last: int, fields) -> int:
    """Bordered form rows ``label | value`` (label over columns 1-2); returns the next free row."""
    for label, value, height in fields:
        _merge(ws, r, 1, r, 2)
        _put(ws, r, 1, label, header=True)
        _span(ws, r, 3, last, value).alignment = Alignment(
            horizontal="left", vertical="top" if height > 20 else "center", wrap_text=True
        )
        ws.row_dimensions[r].height = height
        r += 1
    return r


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
                    rb"\g<1>2026-12-07T00:00:00Z\g<2>",
                    data,
                )
            info = zipfile.ZipInfo(name, date_time=(2026, 12, 7, 0, 0, 0))
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
    with tempfile.TemporaryDirectory(prefix="forms429_soffice_") as tmp:
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
# 新宮町 (福岡県糟屋郡): 第5次新宮町総合計画 後期基本計画 成果指標の進捗状況（令和元年度末）
# --------------------------------------------------------------------------------------------

# Real (paperzz 6593825, ja.wikipedia 新宮町, furusato.jal.co.jp 403458): the plan 第5次新宮町総合計画
# 後期基本計画 and its chapter titles 第1章「子育て環境が充実したまち」, 第2章「心豊かな人を育むまち」,
# 政策経営課, 18.93km², the 22.9% growth (平成27年国勢調査, 全国1位), 相島 (1.22km², 沖合7.5km).
# Made up: the 後期 period, the sheet, every indicator and figure.
SG_T1 = [
    # No., name, unit, H26, H28, H29, H30, R元, target R2, 備考
    (
        1,
        "子育て支援センターの利用者数",
        "人",
        8420,
        9105,
        9870,
        10240,
        9310,
        11000,
        "R元は3月に臨時休館",
    ),
    (2, "保育所の待機児童数", "人", 38, 24, 17, 9, 0, 0, ""),
    (
        3,
        "乳幼児健康診査の受診率",
        "％",
        95.2,
        96.0,
        96.8,
        97.1,
        "98.0（見込）",
        98.0,
        "3歳児健診を含む",
    ),
]
SG_T2 = [
    # No., name, target 2020, 2016, 2017, 2018, 2019, 単位
    (4, "町立図書館の年間貸出冊数", 410, 352.6, 371.2, 389.0, 395.4, "千冊"),
    (5, "相島での体験交流事業の参加者数", 600, 312, 405, 468, 520, "人"),
    (6, "生涯学習講座の受講者数（延べ）", 4500, 3870, 4015, 4122, "―", "人"),
]


def shingu() -> Path:
    wb, ws = _sheet("成果指標", [5, 34, 12, 11, 11, 11, 11, 11, 11, 24])
    last = 10
    _text(
        ws,
        1,
        1,
        "第５次新宮町総合計画 後期基本計画　成果指標の進捗状況（令和元年度末）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 10, "令和2年6月　新宮町", align="right")
    r = _fields(
        ws,
        3,
        last,
        [
            ("担当課", "政策経営課", 18),
            ("計画期間", "後期基本計画　平成28年度～令和2年度（5年間）", 18),
            (
                "町の概要",
                "面積18.93km²。平成27年国勢調査の人口増加率22.9%は全国の市町村で1位。玄界灘の沖合7.5kmに相島（1.22km²）がある。",
                30,
            ),
        ],
    )
    r += 1
    _text(ws, r, 1, "第１章「子育て環境が充実したまち」", bold=True, size=10)
    r += 1
    heads = [
        "No.",
        "成果指標",
        "単位",
        "策定時（H26）",
        "H28",
        "H29",
        "H30",
        "R元",
        "目標（R2）",
        "備考",
    ]
    for c, h in enumerate(heads, start=1):
        _put(ws, r, c, h, header=True)
    ws.row_dimensions[r].height = 20
    for row in SG_T1:
        r += 1
        for c, v in enumerate(row, start=1):
            align = "center" if c in (1, 3) else ("right" if 4 <= c <= 9 else None)
            _put(ws, r, c, v, align=align, fmt="0.0" if c > 3 and isinstance(v, float) else None)
        ws.row_dimensions[r].height = 18
    r += 1
    _text(ws, r, 1, "※第２章は社会教育課の集計による（年度を西暦で表示）。", size=8)
    r += 2
    _text(ws, r, 1, "第２章「心豊かな人を育むまち」", bold=True, size=10)
    r += 1
    h = r
    for c, word in ((1, "No."), (2, "成果指標"), (3, "目標値\n（2020年度）"), (8, "単位")):
        _put(ws, h, c, word, header=True)
        _put(ws, h + 1, c, None, header=True)
        _merge(ws, h, c, h + 1, c)
    _span(ws, h, 4, 7, "実績値", header=True)
    for c, word in zip(range(4, 8), ("2016年度", "2017年度", "2018年度", "2019年度")):
        _put(ws, h + 1, c, word, header=True)
    ws.row_dimensions[h].height = 18
    ws.row_dimensions[h + 1].height = 18
    r = h + 1
    for row in SG_T2:
        r += 1
        for c, v in enumerate(row, start=1):
            _put(ws, r, c, v, align="center" if c in (1, 8) else ("right" if 3 <= c <= 7 else None))
        ws.row_dimensions[r].height = 18
    r += 1
    _text(ws, r, 1, "※No.6の2019年度は集計中。", size=8)
    _page(ws, "landscape")
    path = HERE / "shingu_kouki_seika_shihyo_r1.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 川本町 (島根県邑智郡): 川本町総合計画 基本計画 第2章 基盤整備 成果指標の状況（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (expydoc 8698635, ja.wikipedia 川本町): the chapter 第2章 基盤整備「便利で快適に暮らせる基盤が整う
# まち」, 施策 1. 住宅整備 with (1) 住宅の整備, (2) 宅地分譲の推進, (3) 空き家対策, 管理戸数324戸 and
# 約20% past their service life, 106.43km², 3,085人 (2023年3月1日推計), 江の川, 音楽の町.
# Made up: the page, its date and 課, every indicator and figure.
KW_HEAD = (
    '<tr><th scope="col">成果指標</th>{unit}<th scope="col">基準値<br>（H28年度）</th>'
    '<th scope="col">R3年度</th><th scope="col">R4年度</th><th scope="col">Ｒ５年度</th>'
    '<th scope="col">対前年度<br>増減</th><th scope="col">目標値<br>（R5年度）</th></tr>'
)
KW_TABLES = [
    # heading, caption, with a 単位 column, rows (name, [unit], base, R3, R4, R5, change, target)
    (
        "（１）住宅の整備",
        None,
        [
            ("町営住宅の入居率", "％", "86.4", "88.1", "89.5", "90.2", "＋0.7", "92.0"),
            ("若者向け定住住宅の整備戸数（累計）", "戸", "12", "20", "24", "28", "＋4", "30"),
        ],
    ),
    (
        "（２）宅地分譲の推進",
        None,
        [("町有宅地の分譲区画数（累計）", "区画", "3", "7", "9", "9", "±0", "12")],
    ),
    (
        "（３）空き家対策",
        "（単位：件）",
        [
            ("空き家バンクの登録件数", None, "15", "31", "36", "41", "＋5", "40"),
            ("空き家バンクの成約件数", None, "4", "9", "11", "8", "△3", "10"),
        ],
    ),
]


def kawamoto_html() -> str:
    parts = []
    for heading, caption, rows in KW_TABLES:
        has_unit = rows[0][1] is not None
        head = KW_HEAD.format(unit='<th scope="col">単位</th>' if has_unit else "")
        body = []
        for name, unit, *vals in rows:
            cells = f'<td class="c">{unit}</td>' if has_unit else ""
            cells += "".join(f'<td class="num">{v}</td>' for v in vals)
            body.append(f'<tr><th scope="row">{name}</th>{cells}</tr>')
        cap = f"<caption>{caption}</caption>\n" if caption else ""
        parts.append(
            f"<h3>{heading}</h3>\n<table>\n{cap}<thead>\n{head}\n</thead>\n<tbody>\n"
            + "\n".join(body)
            + "\n</tbody>\n</table>"
        )
    tables = "\n".join(parts)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>第2章 基盤整備 成果指標の状況（令和5年度） - 川本町</title>
<style>
body {{ font-family: "IPAexGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
caption {{ text-align: right; font-size: 9pt; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
thead th {{ background: #d9d9d9; }}
tbody th {{ text-align: left; font-weight: normal; }}
td.num {{ text-align: right; }}
td.c {{ text-align: center; }}
</style>
</head>
<body>
<nav><ol class="breadcrumb"><li><a href="/">トップページ</a></li><li><a href="/gyosei/">町政情報</a></li><li><a href="/gyosei/keikaku/">計画・行政評価</a></li><li>第2章 基盤整備 成果指標の状況（令和5年度）</li></ol></nav>
<h1>川本町総合計画　第２章 基盤整備「便利で快適に暮らせる基盤が整うまち」成果指標の状況（令和５年度）</h1>
<p class="date">掲載日：2024年7月10日　担当：まちづくり推進課</p>
<p>川本町は島根県のほぼ中央、江の川の流れに沿う面積106.43km²、人口3,085人（2023年3月1日推計）の「音楽の町」です。</p>
<p>町営住宅は管理戸数324戸のうち約20%が耐用年限を過ぎており、建て替えと空き家の活用を合わせて進めています。住宅整備の施策ごとに、成果指標の令和5年度までの状況をお知らせします。</p>
<h2>1．住宅整備</h2>
{tables}
<p>※対前年度増減は、令和5年度の値と令和4年度の値の差です。</p>
<p>お問い合わせ：まちづくり推進課</p>
</body>
</html>
"""


def kawamoto() -> Path:
    path = HERE / "kawamoto_jutaku_seika_r5.html"
    path.write_bytes(kawamoto_html().encode("utf-8"))
    return path


# --------------------------------------------------------------------------------------------
# 佐那河内村 (徳島県名東郡): 令和6年度 事務事業評価シート（中間評価）「移住・交流推進事業」
# --------------------------------------------------------------------------------------------

# Real (expydoc 8197227, furusato.jal.co.jp 363219, vill.sanagochi.lg.jp): the 佐那河内村移住・交流推進
# アクションプラン (2015年3月31日), 徳島県唯一の村, 42.28km², 2,060人, 771世帯, 47の常会, さくらももいちご.
# Made up: the sheet, its 課, every indicator and figure, the お試し住宅.
SN_ROWS = [
    # 区分, label + name, unit, plans (4..7), actuals (4..6), rates (4..6)
    (
        "活動指標",
        "ア　移住相談件数",
        "件",
        (40, 45, 50, 55),
        (38, 52, "41（見込）"),
        ("95.0%", "115.6%", "82.0%"),
    ),
    (
        "活動指標",
        "イ　お試し住宅の利用組数",
        "組",
        (12, 12, 15, 15),
        (10, 14, "15（見込）"),
        ("83.3%", "116.7%", "100.0%"),
    ),
    (
        "成果指標",
        "ウ　移住者数",
        "人",
        (15, 15, 20, 20),
        ("12（5世帯）", "18（7世帯）", "21（見込）"),
        ("80.0%", "120.0%", "105.0%"),
    ),
    (
        "成果指標",
        "エ　空き家バンクの成約件数",
        "件",
        (5, 6, 6, 7),
        (4, 6, "5（見込）"),
        ("80.0%", "100.0%", "83.3%"),
    ),
]


def sanagochi() -> Path:
    wb, ws = _sheet("評価シート", [6, 6, 30, 7, 8, 11, 11, 11, 11])
    last = 9
    _text(ws, 1, 1, "令和６年度　事務事業評価シート（中間評価）", bold=True, size=13)
    _text(ws, 2, 9, "令和7年2月14日作成", align="right")
    r = 3
    _text(ws, r, 1, "１　事業の概要", bold=True, size=10)
    r = _fields(
        ws,
        r + 1,
        last,
        [
            ("事務事業名", "移住・交流推進事業", 18),
            ("担当課", "総務企画課", 18),
            ("上位計画", "佐那河内村移住・交流推進アクションプラン（平成27年3月）", 18),
            (
                "事業の概要",
                "徳島県唯一の村（面積42.28km²、人口2,060人・771世帯）。47の常会と連携し、移住相談、空き家バンク、空き家を改修したお試し住宅（2棟、1棟あたり改修費上限300万円）の運営を行う。",
                44,
            ),
        ],
    )
    r += 1
    _text(ws, r, 1, "２　指標の推移（計画・実績）", bold=True, size=10)
    r += 1
    heads = [
        (1, 2, "区分"),
        (3, 3, "指標名"),
        (4, 4, "単位"),
        (5, 5, "項目"),
        (6, 6, "４年度"),
        (7, 7, "５年度"),
        (8, 8, "６年度"),
        (9, 9, "７年度"),
    ]
    for c1, c2, word in heads:
        _span(ws, r, c1, c2, word, header=True)
    ws.row_dimensions[r].height = 20
    start = {}
    for kubun, name, unit, plans, actuals, rates in SN_ROWS:
        top = r + 1
        start.setdefault(kubun, top)
        for i, (item, vals) in enumerate((("計画", plans), ("実績", actuals), ("達成率", rates))):
            rr = top + i
            _put(ws, rr, 5, item, align="center", fill=LIGHT if item == "達成率" else None)
            for c, v in zip(range(6, 10), list(vals) + [""] * (4 - len(vals))):
                _put(ws, rr, c, v, align="right", fill=LIGHT if item == "達成率" else None)
            ws.row_dimensions[rr].height = 17
        _put(ws, top, 3, name)
        _merge(ws, top, 3, top + 2, 3)
        _put(ws, top, 4, unit, align="center")
        _merge(ws, top, 4, top + 2, 4)
        r = top + 2
        for c in (1, 2):
            _put(ws, top, c, None)
            _put(ws, top + 1, c, None)
            _put(ws, top + 2, c, None)
    for kubun, top in start.items():
        _put(ws, top, 1, kubun, align="center")
        _merge(ws, top, 1, top + 5, 2)
    r += 1
    _text(
        ws,
        r,
        1,
        "※年度は令和。６年度の実績は令和7年1月末現在の見込。移住者数の（　）は世帯数。達成率は実績÷計画。",
        size=8,
    )
    r += 2
    _text(ws, r, 1, "３　評価", bold=True, size=10)
    r += 1
    _merge(ws, r, 1, r, 2)
    _put(ws, r, 1, "総合評価", header=True)
    _span(
        ws,
        r,
        3,
        last,
        "A　順調（移住者数は計画を上回る見込み。相談から成約までの支援を継続する。）",
    )
    ws.row_dimensions[r].height = 20
    _page(ws, "portrait")
    path = SOURCE / "sanagochi_jimujigyo_hyoka_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 伊仙町 (鹿児島県大島郡): 伊仙町農業振興計画 成果指標の進捗状況（令和5年度実績）
# --------------------------------------------------------------------------------------------

# Real (furusato-funding.jp/projects/2619, japanlocal.net isencho, town.isen.kagoshima.jp 町の概要):
# 6,527人 (2020年12月), 合計特殊出生率 2.81 (2008～2012年, 全国1位), 犬田布岳 (417m), the 農業生産額
# 50億円 aim and the mayor's 次期農業振興計画, さとうきび, 肉用牛. Made up: the plan's title and period,
# the 課, every indicator and figure.
IS_ROWS = [
    # No., name, base H30, R3, R4, R5, 中間 R5, 最終 R10, 備考, sub-row?
    ("1", "農業産出額（億円）", 46.80, 47.35, 45.12, 48.62, 50.00, 50.00, "町推計", False),
    ("", "うち　さとうきび", 20.14, 21.02, 18.66, 20.87, "", "", "", True),
    ("", "うち　肉用牛", 15.30, 15.01, 15.44, 16.05, "", "", "", True),
    ("", "うち　園芸作物", 11.36, 11.32, 11.02, 11.70, "", "", "", True),
    ("2", "さとうきび生産量（t）", 38420, 41260, 35870, 40115, 42000, 45000, "R4は台風被害", False),
    ("3", "子牛出荷頭数（頭）", 1812, 1790, 1845, 1868, 1850, 1900, "", False),
    ("4", "新規就農者数（人）", 6, 8, 5, 9, 8, 10, "", False),
    ("5", "認定農業者数（人）", 142, 150, 153, 149, 160, 170, "年度末", False),
]


def isen() -> Path:
    wb, ws = _sheet("指標", [6, 30, 12, 11, 11, 11, 12, 12, 16])
    last = 9
    _text(ws, 1, 1, "伊仙町農業振興計画　成果指標の進捗状況（令和５年度実績）", bold=True, size=13)
    _text(ws, 2, 9, "令和6年8月　伊仙町", align="right")
    r = _fields(
        ws,
        3,
        last,
        [
            ("計画の名称", "伊仙町農業振興計画", 18),
            ("計画期間", "令和元年度～令和10年度（10年間、中間見直し 令和5年度）", 18),
            ("担当課", "経済課", 18),
            (
                "町の概要",
                "徳之島の南西部に位置し、北部の犬田布岳（417m）から海岸へ緩やかに傾斜する。2008～2012年の合計特殊出生率2.81は全国1位。人口6,527人（2020年12月末）。",
                30,
            ),
        ],
    )
    r += 1
    _text(ws, r, 1, "■主要指標の推移", bold=True, size=10)
    h = r + 1
    for c, word in ((1, "No."), (2, "指標（単位）"), (3, "基準値（H30）"), (9, "備考")):
        _put(ws, h, c, word, header=True)
        _put(ws, h + 1, c, None, header=True)
        _merge(ws, h, c, h + 1, c)
    _span(ws, h, 4, 6, "実績値", header=True)
    _span(ws, h, 7, 8, "目標値", header=True)
    for c, word in zip(range(4, 9), ("R3", "R4", "R5", "中間（R5）", "最終（R10）")):
        _put(ws, h + 1, c, word, header=True)
    ws.row_dimensions[h].height = 18
    ws.row_dimensions[h + 1].height = 18
    r = h + 1
    for no, name, *vals, note, sub in IS_ROWS:
        r += 1
        fill = LIGHT if sub else None
        _put(ws, r, 1, no, align="center", fill=fill)
        _put(ws, r, 2, ("　　" + name) if sub else name, fill=fill)
        for c, v in zip(range(3, 9), vals):
            fmt = "0.00" if isinstance(v, float) else None
            _put(ws, r, c, v, fmt=fmt, fill=fill)
        _put(ws, r, 9, note, fill=fill)
        ws.row_dimensions[r].height = 17
    r += 1
    _text(ws, r, 1, "※「うち」の行は農業産出額の品目別内訳（目標は設定していない）。", size=8)
    _page(ws, "landscape")
    path = SOURCE / "isen_nogyo_shihyo_r5.xlsx"
    _save(wb, path)
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    print(f"wrote {shingu().name}")
    print(f"wrote {kawamoto().name}")
    for make in (sanagochi, isen):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)


if __name__ == "__main__":
    main()
