"""Build the documents of forms324/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/yuzawa_saisei_jigo_hyoka_h22.xlsx``, a 地域再生計画 事後評価シート in the manner of 湯沢市 (秋田県):
  form fields over a grid ``No. | 指標 | 単位 | 計画作成時（H16年度） | 実績値 (17年度 … 21年度) | 目標値（H21年度）
  | 増減（21年度－計画作成時）``: actual years without their era on a 平成22年 sheet, and a signed
  difference column that holds no values; and the PDF (portrait);
* ``kuji_juten_senryaku_shinchoku_r6.html``, a 総合計画後期基本計画 重点戦略 page in the manner of 久慈市
  (岩手県): ``<th rowspan>`` 重点戦略 cells, a final target revised in place (``<del>12,000</del>`` beside
  ``15,000``, a note saying why), and a ``万人`` row with decimals;
* ``otobe_saisei_kpi_h30.xlsx``, a workbook left as XLSX, a 地域再生計画 KPI実績 sheet in the manner of
  乙部町 (北海道): a month-end baseline ``事業開始前（H27.3末）`` and a year row over paired ``目標 | 実績``
  columns, actual cells with a sub-count in brackets (``4（うち町外から2）``), an ``約`` baseline;
* ``source/honbetsu_seika_shihyo_r2.xlsx``, a 総合計画 成果指標の達成状況 in the manner of 本別町 (北海道):
  a 達成度 column of ``◎ ○ △ ×`` marks read through their legend, beside a 社会増減 row whose ``△`` are
  minus signs, a ``±0`` target and a target headed ``目標値（H32）``; and the PDF (landscape).

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
FONT = "IPAGothic"
FIXED = dt.datetime(2026, 12, 5, 0, 0, 0)


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms324/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms324/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms324_soffice_") as tmp:
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
# 湯沢市 (秋田県): 地域再生計画 事後評価シート（平成22年6月）
# --------------------------------------------------------------------------------------------

# Real (city-yuzawa.jp/soshiki/31/924.html; zenkan.jp): the plan's name 湯沢市 森・水づくり再生計画, its
# period 平成17年度～平成21年度, its theme (林道・市道の改良, 汚水処理人口普及率 27%→57%, 観光人口), the merger
# of 平成17年3月22日 (旧湯沢市・稲川町・雄勝町・皆瀬村), 790.91km², 稲庭うどん and 川連漆器. Made up: the 課,
# the date, every other figure.
YZ_ROWS = [
    ("1", "林道・市道の改良延長（累計）", "km", 0.0, [2.1, 4.8, 7.5, 10.2, 12.4], 12.4, "＋12.4"),
    ("2", "汚水処理人口普及率", "％", 27.0, [33.5, 39.8, 46.2, 51.9, 55.4], 57.0, "＋28.4"),
    ("3", "汚水処理施設への接続戸数", "戸", 3150, [3420, 3780, 4105, 4390, 4610], 4800, "＋1,460"),
    ("4", "観光客入込数", "千人", 1200, [1215, 1238, 1251, 1230, 1274], 1260, "＋74"),
    ("5", "林業従事者数", "人", 212, [205, 198, 201, 196, 190], 220, "△22"),
]


def yuzawa() -> Path:
    wb, ws = _sheet("事後評価シート", [5, 30, 6, 12, 8, 8, 8, 8, 8, 11, 13])
    _text(ws, 1, 1, "地域再生計画　事後評価シート", bold=True, size=14)
    _text(ws, 2, 11, "平成22年6月　湯沢市企画課", align="right")
    fields = [
        ("地域再生計画の名称", "湯沢市　森・水づくり再生計画"),
        ("計画期間", "平成17年度～平成21年度（5年間）"),
        ("担当課", "企画課"),
    ]
    r = 4
    for key, val in fields:
        _span(ws, r, 1, 3, key, header=True)
        _span(ws, r, 4, 11, val)
        ws.row_dimensions[r].height = 18
        r += 1
    _span(ws, r, 1, 3, "市の概要", header=True)
    _para(
        ws,
        r,
        4,
        11,
        "本市は、平成17年3月22日に旧湯沢市、稲川町、雄勝町及び皆瀬村の4市町村が合併して誕生した。"
        "面積は790.91km²で県全体の約6.8％を占め、稲庭うどん、川連漆器など全国に名の通った地場産業を有する。"
        "本計画では、基幹林道及び市道の改良と汚水処理施設の整備を一体的に進め、総事業費約38億円により"
        "「森と水」の自然環境の保全と観光・林業の振興を図った。",
        48,
        border=True,
    )
    r += 2
    _text(ws, r, 1, "２　目標の達成状況", bold=True, size=11)
    h = r + 1
    _head2(
        ws,
        h,
        [
            (1, "No."),
            (2, "指標"),
            (3, "単位"),
            (4, "計画作成時\n（H16年度）"),
            (10, "目標値\n（H21年度）"),
            (11, "増減\n（21年度－計画作成時）"),
        ],
        [(5, 9, "実績値", ["17年度", "18年度", "19年度", "20年度", "21年度"])],
    )
    ws.row_dimensions[h + 1].height = 30
    r = h + 2
    for no, name, unit, base, acts, goal, diff in YZ_ROWS:
        fmt = "0.0" if isinstance(base, float) else "#,##0"
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _put(ws, r, 4, base, fmt=fmt)
        for c, v in zip(range(5, 10), acts):
            _put(ws, r, c, v, fmt=fmt)
        _put(ws, r, 10, goal, fmt=fmt)
        _put(ws, r, 11, diff, align="right")
        ws.row_dimensions[r].height = 20
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※実績値の年度は平成の年度です（17年度＝平成17年度）。",
            "※「増減」欄は、21年度実績値と計画作成時の値との差を示したものです（△は減少）。",
            "※観光客入込数は秋田県観光統計による年度の延べ人数です。",
        ],
    )
    r += 5
    _text(ws, r, 1, "３　事後評価", bold=True, size=11)
    _para(
        ws,
        r + 1,
        1,
        11,
        "林道・市道の改良は計画どおり完了した。汚水処理人口普及率は計画作成時から28.4ポイント上昇したものの、"
        "目標には1.6ポイント届かなかった。林業従事者数は高齢化による離職が続き、減少した。",
        36,
        border=True,
    )
    _page(ws, "portrait")
    path = SOURCE / "yuzawa_saisei_jigo_hyoka_h22.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 久慈市 (岩手県): 総合計画後期基本計画 重点戦略の数値目標 進捗状況（令和6年度）, HTML
# --------------------------------------------------------------------------------------------

# Real (cms.dt-dev.news/archives/49264; ja.wikipedia 久慈市): the plan 久慈市総合計画後期基本計画 (2021～25年度),
# its 重点戦略 魅力発信 / 安心・安全 / 若者の定着, the 琥珀 発掘体験 target (19年度比4千人増の1万5千人), the
# 自主防災組織 結成率 target 100%, 623.50km², 31,621人 (2022年9月1日), 北限の海女, 琥珀. Made up: the page,
# 課, every other figure, the revision note.
KJ_HEAD = """<thead>
<tr><th rowspan="2">重点戦略</th><th rowspan="2">数値目標</th><th rowspan="2">単位</th><th rowspan="2">基準値<br>（R元）</th><th colspan="3">実績値</th><th rowspan="2">R6目標</th><th rowspan="2">最終目標<br>（R7）</th></tr>
<tr><th>R4</th><th>R5</th><th>R6</th></tr>
</thead>"""
KJ_ROWS = [
    (
        "魅力発信",
        [
            (
                "琥珀採掘体験者数",
                "人",
                "11,000",
                "9,850",
                "11,640",
                "12,980",
                "12,500",
                "<del>12,000</del><br>15,000※1",
            ),
            ("観光入込客数", "万人", "86.2", "64.5", "78.9", "83.1", "88.0", "90.0"),
        ],
    ),
    (
        "安心・安全",
        [
            ("自主防災組織の結成率", "％", "48.6", "61.2", "66.0", "70.3", "75.0", "100"),
            ("防災メール登録者数", "人", "5,210", "6,880", "7,420", "8,150", "8,000", "9,000"),
        ],
    ),
    (
        "若者の定着",
        [
            ("市内高校卒業者の管内就職率", "％", "38.5", "41.2", "39.8", "43.6", "42.0", "45.0"),
        ],
    ),
]


def kuji_html() -> str:
    rows = []
    for strategy, inds in KJ_ROWS:
        for k, (name, unit, *vals) in enumerate(inds):
            span = f' rowspan="{len(inds)}"' if len(inds) > 1 else ""
            head = f'<th{span} scope="rowgroup" class="l">{strategy}</th>' if k == 0 else ""
            rows.append(
                f'<tr>{head}<td>{name}</td><td class="c">{unit}</td>'
                + "".join(f'<td class="num">{v}</td>' for v in vals)
                + "</tr>"
            )
    body = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>久慈市総合計画後期基本計画 重点戦略の数値目標の進捗状況（令和6年度） - 久慈市</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
th.l {{ text-align: left; background: #f2f2f2; }}
td.num {{ text-align: right; }}
td.c {{ text-align: center; }}
del {{ color: #888; }}
</style>
</head>
<body>
<p class="breadcrumb"><a href="/">トップページ</a> &gt; <a href="/shisei/">市政情報</a> &gt; <a href="/shisei/keikaku/">計画・行政評価</a> &gt; 総合計画</p>
<h1>久慈市総合計画後期基本計画　重点戦略の数値目標の進捗状況（令和６年度）</h1>
<p class="date">更新日：2025年9月30日　政策推進課</p>
<p>久慈市は面積623.50km²、三陸復興国立公園の北部に位置し、「北限の海女」と国内最大の琥珀の産地で知られるまちです。人口は31,621人（令和4年9月1日現在の推計人口）で、減少が続いています。後期基本計画（令和3年度～令和7年度）では7つの分野を重点戦略に定め、数値目標を設けています。このうち5つの数値目標について、令和6年度までの実績を取りまとめました。</p>
<h2>重点戦略の数値目標</h2>
<table>
{KJ_HEAD}
<tbody>
{body}
</tbody>
</table>
<p>※1 琥珀採掘体験者数の最終目標は、令和5年度の中間見直しにより12,000人から15,000人に上方修正しました（取消線は見直し前の目標値）。</p>
<p>※観光入込客数は岩手県観光統計概要によります。</p>
<p>※管内就職率は、久慈公共職業安定所管内への就職者数を就職者総数で除した割合です。</p>
</body>
</html>
"""


def kuji() -> Path:
    path = HERE / "kuji_juten_senryaku_shinchoku_r6.html"
    path.write_bytes(kuji_html().encode("utf-8"))
    return path


# --------------------------------------------------------------------------------------------
# 乙部町 (北海道爾志郡): 地域再生計画 重要業績評価指標（KPI）の実績（平成30年度）, XLSX left as is
# --------------------------------------------------------------------------------------------

# Real (happylibus.com/doc/234107, the plan's own text): the plan's name 乙部町の魅力ある地域資源を活用した
# 産業活性化事業, the town's position (檜山, 函館市から70km, 新函館北斗駅から55km), 9,266人 (昭和25年), 4,408人
# (平成22年), 高齢化率34.4%. Made up: the period, the 課, every KPI and figure.
OT_ROWS = [
    ("①", "地域資源を活用した新商品の開発件数", "件", 0, [2, 2, 2, 3, 3, 2]),
    ("②", "町内水産加工品の販売額", "千円", 48500, [52000, 51260, 55000, 56830, 58000, 58410]),
    (
        "③",
        "産業活性化による新規就業者数",
        "人",
        0,
        [3, "4（うち町外から2）", 3, 2, 4, "5（うち町外から3）"],
    ),
    ("④", "観光入込客数", "人", "約98,000", [105000, 112460, 108000, 109880, 110000, 104370]),
]


def otobe() -> Path:
    wb, ws = _sheet("KPI実績", [5, 34, 6, 14, 10, 18, 10, 10, 10, 18])
    _text(ws, 1, 1, "地域再生計画　重要業績評価指標（KPI）の実績（平成30年度）", bold=True, size=13)
    _text(ws, 2, 10, "令和元年7月　乙部町産業課", align="right")
    fields = [
        ("地域再生計画の名称", "乙部町の魅力ある地域資源を活用した産業活性化事業"),
        ("計画期間", "平成27年4月1日～平成31年3月31日"),
        ("担当課", "産業課"),
    ]
    r = 4
    for key, val in fields:
        _span(ws, r, 1, 3, key, header=True)
        _span(ws, r, 4, 10, val)
        ws.row_dimensions[r].height = 18
        r += 1
    _span(ws, r, 1, 3, "町の現状", header=True)
    _para(
        ws,
        r,
        4,
        10,
        "乙部町は渡島半島の西部、檜山管内のほぼ中央に位置し、函館市から約70km、新函館北斗駅からは約55kmの距離にある。"
        "人口は昭和25年の9,266人をピークに減少し、平成22年には4,408人、高齢化率は34.4％となっている。",
        36,
        border=True,
    )
    r += 2
    _text(ws, r, 1, "■重要業績評価指標（KPI）", bold=True, size=11)
    h = r + 1
    _head2(
        ws,
        h,
        [(1, "No."), (2, "KPI"), (3, "単位"), (4, "事業開始前\n（H27.3末）")],
        [
            (5, 6, "H28年度", ["目標", "実績"]),
            (7, 8, "H29年度", ["目標", "実績"]),
            (9, 10, "H30年度", ["目標", "実績"]),
        ],
    )
    ws.row_dimensions[h].height = 30
    r = h + 2
    for no, name, unit, base, vals in OT_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _put(ws, r, 4, base, align="right")
        for j, v in enumerate(vals):
            _put(ws, r, 5 + j, v, align="right", fill=None if j % 2 else LIGHT)
        ws.row_dimensions[r].height = 20
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※③の実績欄の括弧内は、新規就業者のうち町外からの転入者の人数（内数）です。",
            "※④は町内観光施設の入込数の合計で、事業開始前の値は概数です。",
        ],
    )
    _page(ws, "landscape")
    path = HERE / "otobe_saisei_kpi_h30.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 本別町 (北海道中川郡): 第6次本別町総合計画 成果指標の達成状況（最終年度）
# --------------------------------------------------------------------------------------------

# Real (town.honbetsu.hokkaido.jp 第6次総合計画; ja.wikipedia 本別町; honbetsu.com): the plan 第6次本別町総合計画,
# its start (平成23年度) and ten years (to 平成32年度), its theme ともに学び 支えあい 活力のあるまちづくり, the
# 根・幹・枝 picture, 391.91km², 6,948人 (2019年9月30日), 豆の町, 利別川. Made up: the 課, the 分野 names as
# written, every figure and mark.
HB_ROWS = [
    (
        "産業・雇用の拡大（幹）",
        "豆類の作付面積",
        "ha",
        "2,850",
        "2,910",
        "2,780",
        "2,836",
        "3,000",
        "△",
    ),
    ("産業・雇用の拡大（幹）", "新規就農者数", "人", "3", "5", "4", "6", "5", "◎"),
    (
        "安心・安全・健康（枝）",
        "特定健康診査受診率",
        "％",
        "32.4",
        "41.8",
        "45.1",
        "38.2",
        "60.0",
        "○",
    ),
    (
        "ひとづくり（根）",
        "町民1人当たりの図書館貸出冊数",
        "冊",
        "4.2",
        "4.6",
        "4.1",
        "3.5",
        "6.0",
        "×",
    ),
    ("定住・交流の促進", "社会増減数（転入－転出）", "人", "△62", "△38", "△51", "△45", "±0", "○"),
]


def honbetsu() -> Path:
    wb, ws = _sheet("成果指標", [22, 34, 6, 12, 13, 10, 10, 12, 9])
    _text(ws, 1, 1, "第６次本別町総合計画　成果指標の達成状況（計画最終年度）", bold=True, size=14)
    _text(ws, 2, 9, "令和3年8月　本別町企画振興課", align="right")
    fields = [
        ("計画の名称", "第6次本別町総合計画"),
        ("計画期間", "平成23年度～令和2年度（10年間）"),
        ("まちづくりのテーマ", "ともに学び　支えあい　活力のあるまちづくり"),
        ("担当課", "企画振興課"),
    ]
    r = 4
    for key, val in fields:
        _put(ws, r, 1, key, header=True)
        _span(ws, r, 2, 9, val)
        ws.row_dimensions[r].height = 18
        r += 1
    _put(ws, r, 1, "町の概要", header=True)
    _para(
        ws,
        r,
        2,
        9,
        "本町は十勝総合振興局の北東部に位置し、面積391.91km²、町域の中央を利別川が南北に流れる。"
        "畑作と酪農が調和した農業を基幹産業とする「豆の町」であり、人口は6,948人（2019年9月30日現在、住民基本台帳）である。"
        "計画では、人づくりを「根」、産業・雇用を「幹」、安心・安全・健康を「枝」に例えてまちづくりを進めてきた。",
        40,
        border=True,
    )
    r += 2
    _text(ws, r, 1, "３　成果指標の達成状況", bold=True, size=11)
    h = r + 1
    _head2(
        ws,
        h,
        [
            (1, "分野"),
            (2, "成果指標"),
            (3, "単位"),
            (4, "基準値\n（H22）"),
            (8, "目標値\n（H32）"),
            (9, "達成度"),
        ],
        [(5, 7, "実績値", ["中間実績\n（H27）", "R元", "R2"])],
    )
    ws.row_dimensions[h + 1].height = 30
    r = h + 2
    start = r
    for k, (field, name, unit, *vals, mark) in enumerate(HB_ROWS):
        _put(ws, r, 1, field if k == 0 or HB_ROWS[k - 1][0] != field else None, valign="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate(vals):
            _put(ws, r, 4 + j, v, align="right")
        _put(ws, r, 9, mark, align="center", size=11)
        ws.row_dimensions[r].height = 20
        r += 1
    _merge(ws, start, 1, start + 1, 1)
    _notes(
        ws,
        r + 1,
        [
            "【達成度】　◎：目標値を達成　　○：目標値に届かないが基準値より改善　　△：基準値から横ばい　　×：基準値より悪化",
            "※計画策定時の目標年度「H32」は令和2年度にあたります。",
            "※社会増減数の「△」は転出超過（マイナス）を表します。令和2年度は新型コロナウイルス感染症の影響で特定健康診査の集団健診を一部中止しました。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "honbetsu_seika_shihyo_r2.xlsx"
    _save(wb, path)
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (yuzawa, honbetsu):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {otobe().name}")
    print(f"wrote {kuji().name}")


if __name__ == "__main__":
    main()
