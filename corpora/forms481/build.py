"""Build the documents of forms481/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``masuda_zenki_seika_r5.html``: a 総合振興計画 前期基本計画 成果指標 page in the manner of 益田市
  (島根県): a ``集計期間`` column (``年度`` / ``暦年（1～12月）`` / ``各年4月1日現在``) that dates each
  row's year heads differently, a ``千人`` and a ``百万円`` unit, a ``中止`` cell and R5/R7 targets;
* ``tonosho_angelroad_jimujigyo_r5.xlsx``: a 事務事業評価シート (a workbook left as it is) in the manner
  of 土庄町 (香川県): a money table in 千円 above, then indicator blocks of three rows
  (``目標 | 実績 | 達成率（％）``) under one merged name, 活動指標 / 成果指標 in a merged 区分 column, a
  ``円`` unit under the 千円 money table, Western fiscal years;
* ``source/kushima_zenki_seika_r5.xlsx`` and its PDF: a 長期総合計画 前期基本計画 成果指標 sheet in the
  manner of 串間市 (宮崎県): 施策 band rows across the grid, full-width minus signs (``－142``) beside
  a lone ``－`` for "not surveyed", ``千尾`` and ``百万円`` units;
* ``source/ubuyama_mirai_chukan_r6.xlsx`` and its PDF: a 成果指標 中間検証 sheet of うぶやま未来計画 in the
  manner of 産山村 (熊本県): no 単位 column, the units standing in one line above the grid
  (``（単位：①千円、②③人、④件）``), the plan's three 柱 merged down, a ``2024年度`` pair
  ``中間目標 | 実績``, a value with a breakdown ``1,050（うち村外640）``.

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
FIXED = dt.datetime(2026, 12, 7, 0, 0, 0)


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms481/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms481/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms481_soffice_") as tmp:
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
# 益田市 (島根県): 第6次益田市総合振興計画 前期基本計画 成果指標の進捗状況（令和5年度実績）
# --------------------------------------------------------------------------------------------

# Real (city.masuda.lg.jp): the plan's name, 将来像, its periods (基本構想 R3-R12, 前期 R3-R7), 政策企画課,
# 50,015人 (H22) and 47,718人 (H27), 高津川 (清流日本一), 益田アムスメロン (GI), 萩・石見空港.
# Made up: every indicator, figure and note, the page date.
MA_ROWS = [
    (1, "市内事業所の新規雇用者数", "人", "年度", "312", "285", "301", "334", "330", "350"),
    (
        2,
        "観光入込客延べ数",
        "千人",
        "暦年（1～12月）",
        "1,152",
        "648",
        "803",
        "1,046",
        "1,000",
        "1,200",
    ),
    (3, "保育所等待機児童数", "人", "各年4月1日現在", "7", "3", "0", "0", "0", "0"),
    (4, "農産物直売所の販売額", "百万円", "年度", "486", "452", "471", "498", "500", "520"),
    (
        5,
        "市民意識調査で「これからも益田市に住み続けたい」と答えた市民の割合",
        "％",
        "年度",
        "72.4",
        "中止",
        "70.8",
        "73.1",
        "75.0",
        "78.0",
    ),
]


def masuda_html() -> str:
    rows = []
    for no, name, unit, span, *vals in MA_ROWS:
        cells = "".join(f'<td class="num">{v}</td>' for v in vals)
        rows.append(
            f'      <tr><td class="c">{no}</td><th scope="row">{name}</th><td class="c">{unit}</td>'
            f'<td class="c">{span}</td>{cells}</tr>'
        )
    body = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>第6次益田市総合振興計画 前期基本計画 成果指標の進捗状況（令和５年度実績） - 益田市</title>
<style>
table {{ border-collapse: collapse; }}
th, td {{ border: 1px solid #666; padding: 4px 6px; font-size: 14px; }}
thead th {{ background: #e8eef6; }}
td.num {{ text-align: right; }}
td.c {{ text-align: center; }}
</style>
</head>
<body>
<nav class="breadcrumb">
  <ol>
    <li><a href="/">ホーム</a></li>
    <li><a href="/soshikikarasagasu/">組織から探す</a></li>
    <li><a href="/soshikikarasagasu/seisakukikakukyoku/">政策企画局</a></li>
    <li><a href="/soshikikarasagasu/seisakukikakukyoku/seisakukikakuka/">政策企画課</a></li>
    <li>成果指標の進捗状況（令和５年度実績）</li>
  </ol>
</nav>
<main>
<h1>第6次益田市総合振興計画 前期基本計画 成果指標の進捗状況（令和５年度実績）</h1>
<p class="date">更新日：2024年10月1日</p>
<p>本市では、令和3年度から令和12年度までの10年間を計画期間とする「第6次益田市総合振興計画」を策定し、まちの将来像『ひとが育ち 輝くまち 益田』の実現に向けて取り組んでいます。市の人口は、国勢調査で平成22年の50,015人から平成27年には47,718人へと5年間で2,297人減少しており、人口減少への対応が大きな課題となっています。</p>
<p>前期基本計画（令和3年度～令和7年度）では、基本施策ごとに成果指標を設定し、毎年度その進捗を確認しています。高津川の清流や益田アムスメロン、萩・石見空港など、本市の資源を活かした取組の成果を、以下のとおり公表します。</p>
<dl class="plan">
  <dt>計画の名称</dt><dd>第6次益田市総合振興計画 前期基本計画</dd>
  <dt>計画期間</dt><dd>令和3年度～令和7年度（5年間）</dd>
  <dt>担当課</dt><dd>政策企画課</dd>
</dl>
<h2>成果指標の進捗状況</h2>
<table>
  <thead>
    <tr><th rowspan="2">No.</th><th rowspan="2">成果指標</th><th rowspan="2">単位</th><th rowspan="2">集計期間</th><th rowspan="2">基準値<br>（R元）</th><th colspan="3">実績値</th><th colspan="2">目標値</th></tr>
    <tr><th>R3</th><th>R4</th><th>R5</th><th>R5</th><th>R7</th></tr>
  </thead>
  <tbody>
{body}
  </tbody>
</table>
<p class="note">※「集計期間」欄が「暦年（1～12月）」の指標は、表の年を暦年として集計しています（例：R5＝令和5年1月～12月）。</p>
<p class="note">※「集計期間」欄が「各年4月1日現在」の指標は、表の年の4月1日時点の値です（例：R5＝令和5年4月1日現在）。</p>
<p class="note">※No.5のR3は、新型コロナウイルス感染症の影響により市民意識調査を中止しました。</p>
<p class="contact">このページに関するお問い合わせ：政策企画局 政策企画課</p>
</main>
</body>
</html>
"""


def masuda() -> Path:
    path = HERE / "masuda_zenki_seika_r5.html"
    path.write_text(masuda_html(), encoding="utf-8", newline="\n")
    return path


# --------------------------------------------------------------------------------------------
# 土庄町 (香川県): 令和６年度 事務事業評価シート（令和５年度実施事業）
# --------------------------------------------------------------------------------------------

# Real: 天使の散歩道（エンジェルロード）, the 約500メートル sand path crossing at low tide twice a day,
# 宝生院のシンパク (樹齢1500年以上), 12,856人 and 74km² (japanlocal.net, 2022), 手延べそうめん, オリーブ.
# Made up: the 事業, 課, period, money and every indicator and figure.
TO_BLOCKS = [
    (
        "活動指標",
        "周辺海岸の清掃・環境整備の実施回数",
        "回",
        [24, 24, 24, 24],
        [22, 25, 24],
        [91.7, 104.2, 100.0],
    ),
    ("活動指標", "多言語案内看板の設置数", "基", [4, 4, 2, 2], [4, 3, 3], [100.0, 75.0, 150.0]),
    (
        "成果指標",
        "エンジェルロード来訪者数",
        "人",
        [250000, 300000, 350000, 400000],
        [198400, 286900, 341700],
        [79.4, 95.6, 97.6],
    ),
    (
        "成果指標",
        "周辺駐車場の利用料収入",
        "円",
        [4000000, 4500000, 5000000, 5500000],
        [3512400, 4630800, 5218600],
        [87.8, 102.9, 104.4],
    ),
    (
        "成果指標",
        "来訪者満足度（「満足」「やや満足」の割合）",
        "％",
        [80.0, 80.0, 82.0, 85.0],
        ["―", 78.6, 83.1],
        ["―", 98.3, 101.3],
    ),
]


def tonosho() -> Path:
    wb, ws = _sheet("事務事業評価R5", [9, 30, 6, 11, 12, 12, 12, 13, 22])
    _page(ws, "portrait")
    _text(ws, 1, 1, "令和６年度　事務事業評価シート（令和５年度実施事業）", bold=True, size=13)
    _text(ws, 2, 9, "評価日：令和6年7月31日", size=9, align="right")
    fields = [
        ("事務事業名", "天使の散歩道（エンジェルロード）周辺環境整備・誘客事業"),
        ("担当課", "商工観光課"),
        ("事業期間", "令和3年度～令和7年度"),
    ]
    r = 4
    for k, v in fields:
        _span(ws, r, 1, 2, k, header=True)
        _span(ws, r, 3, 9, v)
        ws.row_dimensions[r].height = 18
        r += 1
    _span(ws, r, 1, 2, "事業の目的・概要", header=True)
    _para(
        ws,
        r,
        3,
        9,
        "本町（人口12,856人、面積74km²）の代表的な観光地である「天使の散歩道（エンジェルロード）」は、"
        "1日2回の引き潮の時だけ現れる約500メートルの砂の道です。周辺海岸の清掃と案内看板の整備、"
        "駐車場の運営により、来訪者の満足度を高め、樹齢1500年以上とされる宝生院のシンパクなど町内の"
        "観光地への周遊につなげます。",
        52,
        border=True,
    )
    r += 2
    _text(ws, r, 1, "１　事業費の推移（単位：千円）", bold=True, size=11)
    r += 1
    for j, w in enumerate(
        ["区分", "", "", "2021年度決算", "2022年度決算", "2023年度決算", "2024年度予算"]
    ):
        _put(ws, r, 1 + j, w or None, header=True)
    _merge(ws, r, 1, r, 3)
    r += 1
    for label, vals in [
        ("事業費", [12480, 13920, 15310, 14800]),
        ("うち一般財源", [6240, 6960, 7655, 7400]),
    ]:
        _put(ws, r, 1, label)
        _put(ws, r, 2, None)
        _put(ws, r, 3, None)
        _merge(ws, r, 1, r, 3)
        _vals(ws, r, 4, vals)
        r += 1
    r += 1
    _text(ws, r, 1, "２　指標の達成状況", bold=True, size=11)
    r += 1
    for j, w in enumerate(
        [
            "区分",
            "指標名",
            "単位",
            "項目",
            "2021年度",
            "2022年度",
            "2023年度",
            "2025年度（最終）",
            "備考",
        ]
    ):
        _put(ws, r, 1 + j, w, header=True)
    ws.row_dimensions[r].height = 20
    r += 1
    starts: dict[str, int] = {}
    for kind, name, unit, tg, ac, rate in TO_BLOCKS:
        starts.setdefault(kind, r)
        _put(ws, r, 1, kind, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for i, (item, vals) in enumerate(zip(("目標", "実績", "達成率（％）"), (tg, ac, rate))):
            _put(ws, r + i, 4, item, align="center")
            _vals(ws, r + i, 5, vals)
            for c in range(5 + len(vals), 9):
                _put(ws, r + i, c, None, fill=LIGHT)
            _put(ws, r + i, 9, None)
        _merge(ws, r, 2, r + 2, 2)
        _merge(ws, r, 3, r + 2, 3)
        _merge(ws, r, 9, r + 2, 9)
        r += 3
    ws.cell(row=starts["成果指標"] + 6, column=9).value = "2021年度は調査未実施"
    ws.cell(row=starts["成果指標"] + 6, column=9).font = Font(name=FONT, size=8)
    for kind, first in starts.items():
        last = first + (5 if kind == "活動指標" else 8)
        _merge(ws, first, 1, last, 1)
    _notes(
        ws,
        r + 1,
        [
            "※達成率＝実績÷目標×100（小数点以下第2位を四捨五入）。2025年度は最終年度の目標値のみ記載しています。",
            "※来訪者満足度は、現地アンケート（各年度8月・3月実施）による。",
        ],
    )
    r += 4
    _text(ws, r, 1, "３　総合評価", bold=True, size=11)
    _span(ws, r + 1, 1, 2, "評価", header=True)
    _span(
        ws,
        r + 1,
        3,
        9,
        "B（概ね順調に進んでいる）　来訪者数は目標に届かなかったが、前年度から19.1%増加した。",
    )
    path = HERE / "tonosho_angelroad_jimujigyo_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 串間市 (宮崎県): 第六次串間市長期総合計画 前期基本計画 成果指標の達成状況（令和５年度）
# --------------------------------------------------------------------------------------------

# Real: 第六次串間市長期総合計画 (first year 令和3年度, 10 years), the 1954 merger of 1町4村, 294.92km²,
# 15,105人 (2024-12-01 推計), 都井岬 and its 岬馬 (天然記念物), 幸島, ブリ・カンパチ 養殖.
# Made up: the 前期 period (assumed R3-R7), 課, 施策 numbers, every indicator, figure and note.
KU_GROUPS = [
    (
        "施策1-2　水産業の振興",
        [
            ("水産物水揚金額", "百万円", [1284, 1102, 1216, 1190, 1350]),
            ("養殖ブリ・カンパチの出荷尾数", "千尾", [612, 588, 640, 655, 700]),
        ],
    ),
    (
        "施策2-1　観光の振興（都井岬・幸島）",
        [
            ("都井岬観光交流館の入館者数", "人", [48230, 21460, 33915, 41008, 55000]),
            ("都井岬の岬馬の頭数", "頭", [118, "－", 113, 106, 120]),
        ],
    ),
    (
        "施策3-1　移住・定住の促進",
        [("社会増減数（転入者数－転出者数）", "人", ["－186", "－142", "－98", "－121", "－50"])],
    ),
]


def kushima() -> Path:
    wb, ws = _sheet("成果指標R5", [36, 8, 12, 11, 11, 11, 12])
    _page(ws, "portrait")
    _text(
        ws,
        1,
        1,
        "第六次串間市長期総合計画 前期基本計画　成果指標の達成状況（令和５年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 7, "令和7年1月　串間市 総合政策課", size=9, align="right")
    fields = [
        ("計画の名称", "第六次串間市長期総合計画 前期基本計画"),
        (
            "計画期間",
            "基本構想　令和3年度～令和12年度（10年間）／前期基本計画　令和3年度～令和7年度",
        ),
        ("担当課", "総合政策課"),
    ]
    r = 4
    for k, v in fields:
        _put(ws, r, 1, k, header=True)
        _span(ws, r, 2, 7, v)
        ws.row_dimensions[r].height = 18
        r += 1
    _put(ws, r, 1, "市の概要", header=True)
    _para(
        ws,
        r,
        2,
        7,
        "本市は宮崎県の最南端に位置し、昭和29年に1町4村が合併して誕生しました。面積は294.92km²、"
        "人口は15,105人（令和6年12月1日推計）です。国の天然記念物である岬馬が暮らす都井岬や、"
        "野生のサルが生息する幸島など、日南海岸国定公園の豊かな自然に恵まれています。",
        50,
        border=True,
    )
    r += 2
    _text(ws, r, 1, "２　成果指標の達成状況", bold=True, size=11)
    r += 1
    for j, w in enumerate(
        ["成果指標", "単位", "基準値（R元）", "R3実績", "R4実績", "R5実績", "目標値（R7）"]
    ):
        _put(ws, r, 1 + j, w, header=True)
    ws.row_dimensions[r].height = 22
    r += 1
    for band, rows in KU_GROUPS:
        _span(ws, r, 1, 7, band, bold=True, fill=LIGHT)
        ws.row_dimensions[r].height = 18
        r += 1
        for name, unit, vals in rows:
            _put(ws, r, 1, name)
            _put(ws, r, 2, unit, align="center")
            for j, v in enumerate(vals):
                _put(ws, r, 3 + j, v, align="center" if v == "－" else "right")
            ws.row_dimensions[r].height = 20
            r += 1
    _notes(
        ws,
        r + 1,
        [
            "※社会増減数の「－」はマイナス（転出超過）を表します。例：－142＝142人の転出超過。",
            "※岬馬の頭数のR3欄の「－」は、調査を実施していないことを表します。",
            "※社会増減数は住民基本台帳による各年度（4月～3月）の値です。",
        ],
    )
    path = SOURCE / "kushima_zenki_seika_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 産山村 (熊本県): うぶやま未来計画 成果指標の中間検証（2024年度）
# --------------------------------------------------------------------------------------------

# Real: うぶやま未来計画 (10 years from 2020, the 2040 vision 「産山村はかつて小さな村だった。…」, the
# catchphrase 「稼ぎ上手、伝え上手、暮らし上手の村になる。」), 60.81km², 1,382人 (2020年国勢調査), 池山水源・
# 山吹水源 (名水百選), 約280人 of the 井 family name and 11月3日「井さんの日」 (2022). Made up: 課, the
# three 柱 as columns, every indicator, figure and note.
UB_ROWS = [
    (
        "稼ぎ上手",
        "①村内農産物加工品の販売額",
        ["18,420", "17,960", "19,880", "22,140", "24,310", "25,000", "26,870", "35,000"],
    ),
    (
        "伝え上手",
        "②池山水源・山吹水源の来訪者数",
        ["86,400", "41,200", "52,800", "67,300", "74,900", "80,000", "78,650", "95,000"],
    ),
    (
        "伝え上手",
        "③「井さんの日」関連イベント参加者数",
        ["―", "", "", "185", "1,050（うち村外640）", "1,000", "1,120", "1,500"],
    ),
    ("暮らし上手", "④空き家バンクの成約件数", ["2", "1", "3", "2", "4", "5", "3", "5"]),
]


def ubuyama() -> Path:
    wb, ws = _sheet("中間検証2024", [11, 36, 12, 10, 10, 10, 18, 11, 11, 13])
    _page(ws, "landscape")
    _text(ws, 1, 1, "うぶやま未来計画　成果指標の中間検証（2024年度）", bold=True, size=13)
    _text(ws, 2, 10, "2025年7月　産山村 企画振興課", size=9, align="right")
    fields = [
        ("計画の名称", "うぶやま未来計画"),
        ("計画期間", "2020年度～2029年度（10年間）　※2024年度に中間検証"),
        ("キャッチフレーズ", "稼ぎ上手、伝え上手、暮らし上手の村になる。"),
        ("担当課", "企画振興課"),
    ]
    r = 4
    for k, v in fields:
        _span(ws, r, 1, 2, k, header=True)
        _span(ws, r, 3, 10, v)
        ws.row_dimensions[r].height = 18
        r += 1
    _span(ws, r, 1, 2, "村の概要", header=True)
    _para(
        ws,
        r,
        3,
        10,
        "阿蘇くじゅう国立公園に抱かれた面積60.81km²の村で、人口は1,382人（2020年国勢調査）です。"
        "名水百選の池山水源・山吹水源があり、村民の約280人が「井」姓であることから、2022年に11月3日を「井さんの日」としました。"
        "2040年の将来像は「産山村はかつて小さな村だった。産山村はいまも小さな村である。」です。",
        36,
        border=True,
    )
    r += 2
    _text(ws, r, 1, "■成果指標の中間検証", bold=True, size=11)
    _text(ws, r, 10, "（単位：①千円、②③人、④件）", size=9, align="right")
    h = r + 1
    _head2(
        ws,
        h,
        [(1, "柱"), (2, "成果指標"), (3, "策定時\n（2019年度）"), (10, "最終目標\n（2029年度）")],
        [
            (4, 7, "実績", ["2020年度", "2021年度", "2022年度", "2023年度"]),
            (8, 9, "2024年度", ["中間目標", "実績"]),
        ],
    )
    ws.row_dimensions[h].height = 26
    r = h + 2
    first = {}
    for pillar, name, vals in UB_ROWS:
        first.setdefault(pillar, [r, r])[1] = r
        _put(ws, r, 1, pillar, align="center")
        _put(ws, r, 2, name)
        for j, v in enumerate(vals):
            fill = LIGHT if v == "" else None
            _put(ws, r, 3 + j, v or None, align="center" if v == "―" else "right", fill=fill)
        ws.row_dimensions[r].height = 22
        r += 1
    for a, b in first.values():
        if b > a:
            _merge(ws, a, 1, b, 1)
    _notes(
        ws,
        r + 1,
        [
            "※③は2022年度から実施しているため、策定時は「―」、2020・2021年度は空欄としています。",
            "※③の2023年度の（　）内は、参加者のうち村外からの参加者数（内数）です。",
            "※2024年度の中間目標は、計画策定時に中間年度の目標として設定した値です。",
        ],
    )
    path = SOURCE / "ubuyama_mirai_chukan_r6.xlsx"
    _save(wb, path)
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    print(f"wrote {masuda().name}")
    print(f"wrote {tonosho().name}")
    for make in (kushima, ubuyama):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)


if __name__ == "__main__":
    main()
