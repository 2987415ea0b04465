"""Build the documents of forms477/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``yakage_suishin_kpi_r5.html``, a 地域再生計画 KPI page in the manner of 矢掛町 (岡山県): one table
  whose year groups put **``実績`` before ``目標``** in each pair, ``千人`` and ``万円`` in 単位, a ``―``
  baseline explained by a note;
* ``tobe_koukeisha_jimujigyo_r6.xlsx``, a 事務事業評価シート in the manner of 砥部町 (愛媛県), the
  workbook itself: a money grid, then a **years-down grid with the indicators across, each a pair of
  ``目標 | 実績`` columns under a ``活動指標`` / ``成果指標`` band, and a baseline row whose value is
  merged over the pair**;
* ``source/tsunagi_kaso_mokuhyo_r5.xlsx``, a 過疎地域持続的発展計画 目標の達成状況 in the manner of
  津奈木町 (熊本県): **a merged note row inside the grid that re-dates the baseline of the rows below
  it**, ``△`` and ``±0`` values, a Western-year final target; and the PDF;
* ``source/kijo_kofukin_kensho_r5.xlsx``, a 地方創生推進交付金 効果検証シート in the manner of 木城町
  (宮崎県): a ``事業開始前（R2.2末）`` baseline, year pairs ``目標 | 実績``, **a 備考 saying one row's
  targets and actuals are running totals from R3**, ``万円``, ``約``; and the PDF.

The PDF steps are skipped, with a message, when ``soffice`` is not installed.
These are re-typed forms of other municipalities, not their own files (README.md, SOURCES.tsv).
The XLSX and HTML files are byte-stable: fixed document dates, and the zip members are
rewritten with a fixed timestamp. The PDFs carry LibreOffice's creation date.
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


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms477/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms477/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms477_soffice_") as tmp:
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
# 矢掛町 (岡山県): 地域再生計画 KPIの目標と実績（令和5年度）, HTML
# --------------------------------------------------------------------------------------------

# Real (furusato-funding.jp/projects/2291, the plan's 地域再生計画の目標): the plan's name, the 重伝建
# selection (令和2年12月), the 約510m 無電柱化 and the 道の駅「山陽道やかげ宿」 (令和3年3月), 18,400人
# (1980), 13,937人 (2020), 9,213人 (2045). Made up: 課, period, every KPI, figure and note.
YA_ROWS = [
    # name, unit, baseline, (R3 actual, target), (R4 …), (R5 …)
    ("①矢掛宿の観光入込客数", "千人", "312", ("298", "330"), ("341", "350"), ("372", "370")),
    (
        "②道の駅「山陽道やかげ宿」の売上高",
        "万円",
        "―",
        ("18,420", "15,000"),
        ("21,060", "18,000"),
        ("22,300（速報値）", "24,000"),
    ),
    ("③町並み地区への新規出店数", "件", "2", ("3", "3"), ("5", "3"), ("4", "3")),
    ("④空き家バンクを通じた移住者数", "人", "8", ("11", "10"), ("9", "12"), ("16", "14")),
]


def yakage_html() -> str:
    rows = []
    for name, unit, base, *years in YA_ROWS:
        cells = "".join(f'<td class="num">{a}</td><td class="num">{t}</td>' for a, t in years)
        rows.append(
            f'<tr><th scope="row" class="l">{name}</th><td class="c">{unit}</td>'
            f'<td class="num">{base}</td>{cells}</tr>'
        )
    body = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>矢掛町まち・ひと・しごと創生推進計画 重要業績評価指標（ＫＰＩ）の実績（令和５年度） - 矢掛町</title>
<style>
body {{ font-family: "IPAexGothic", sans-serif; font-size: 10pt; }}
nav ol {{ list-style: none; padding: 0; }}
nav li {{ display: inline; }}
nav li + li::before {{ content: " > "; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
th.l {{ text-align: left; background: #f2f2f2; font-weight: normal; }}
td.num {{ text-align: right; }}
td.c {{ text-align: center; }}
</style>
</head>
<body>
<nav><ol><li><a href="/">ホーム</a></li><li><a href="/gyosei/">町政情報</a></li><li><a href="/gyosei/keikaku/">計画・施策</a></li><li>地方創生</li></ol></nav>
<h1>矢掛町まち・ひと・しごと創生推進計画　重要業績評価指標（ＫＰＩ）の実績（令和５年度）</h1>
<p>掲載日：2024年9月20日　担当：産業観光課</p>
<p>矢掛町は旧山陽道の宿場町として栄え、本陣・脇本陣が現存しています。令和2年12月に矢掛宿が重要伝統的建造物群保存地区に選定され、令和3年3月には本陣から脇本陣までの約510mの無電柱化と道の駅「山陽道やかげ宿」の整備が完了しました。町の人口は1980年の18,400人から2020年には13,937人に減少し、2045年には9,213人になると推計されています。</p>
<dl>
<dt>計画の名称</dt><dd>矢掛町まち・ひと・しごと創生推進計画（地域再生計画）</dd>
<dt>計画期間</dt><dd>令和3年4月1日～令和6年3月31日</dd>
<dt>担当課</dt><dd>産業観光課</dd>
</dl>
<h2>重要業績評価指標（KPI）の目標と実績</h2>
<table>
<thead>
<tr><th rowspan="2" scope="col">KPI</th><th rowspan="2" scope="col">単位</th><th rowspan="2" scope="col">事業開始前<br>（令和2年度）</th><th colspan="2" scope="colgroup">令和3年度</th><th colspan="2" scope="colgroup">令和4年度</th><th colspan="2" scope="colgroup">令和5年度</th></tr>
<tr><th scope="col">実績</th><th scope="col">目標</th><th scope="col">実績</th><th scope="col">目標</th><th scope="col">実績</th><th scope="col">目標</th></tr>
</thead>
<tbody>
{body}
</tbody>
</table>
<p>※各年度とも、左の欄に実績値、右の欄に目標値を掲載しています。</p>
<p>※②の事業開始前の欄は、道の駅の開業（令和3年3月）前のため「―」としています。</p>
<p>※①は千人未満を四捨五入しています。</p>
<p>※②の令和5年度の実績は速報値です（確定値は令和6年10月に公表予定）。</p>
</body>
</html>
"""


def yakage() -> Path:
    path = HERE / "yakage_suishin_kpi_r5.html"
    path.write_bytes(yakage_html().encode("utf-8"))
    return path


# --------------------------------------------------------------------------------------------
# 砥部町 (愛媛県): 事務事業評価シート（令和5年度実施事業）, the workbook itself
# --------------------------------------------------------------------------------------------

# Real (wikipedia / iju-join.jp / kotobank): 101.59km², the 平成17年1月1日 merger with 広田村, 砥部焼 and its
# 100余りの窯元, the catchphrase 「清流とほたる 砥部焼とみかんの町」. Made up: the 事業, 課, money,
# every indicator, figure and note.
TB_INDS = [
    "①陶芸体験教室の開催回数（回）",
    "②後継者研修の受講者数（人）",
    "③研修修了者の町内就業者数（人）",
    "④砥部焼まつりの来場者数（千人）",
]
TB_BASE = ["―", 6, 1, 28]
TB_YEARS = [
    ("令和３年度", [(12, 8), (8, 7), (2, 1), (30, 18)]),
    ("令和４年度", [(12, 12), (8, 9), (2, 2), (35, 31)]),
    ("令和５年度", [(15, 16), (10, 9), (3, 3), (40, 42)]),
    ("令和６年度", [(15, None), (10, None), (3, None), (45, None)]),
]


def tobe() -> Path:
    wb, ws = _sheet("事務事業評価R6", [15] + [10.5] * 8)
    _page(ws, "portrait")
    _text(ws, 1, 1, "令和６年度　事務事業評価シート（令和５年度実施事業）", bold=True, size=13)
    _text(ws, 2, 9, "砥部町", align="right")
    fields = [
        ("事務事業名", "砥部焼伝統産業後継者育成事業"),
        ("担当課", "商工観光課"),
        ("事業期間", "令和３年度～令和７年度"),
    ]
    r = 3
    for key, val in fields:
        _put(ws, r, 1, key, header=True)
        _span(ws, r, 2, 9, val)
        r += 1
    _put(ws, r, 1, "事業の目的・概要", header=True)
    _para(
        ws,
        r,
        2,
        9,
        "本町は平成17年1月1日に旧砥部町と広田村が合併して誕生した、面積101.59km²の町で、「清流とほたる　砥部焼とみかんの町」をキャッチフレーズとしている。100余りの窯元が集まる砥部焼の産地であるが、窯元の高齢化が進み、10年後には半数近くが後継者を確保できないおそれがある。陶芸体験教室と後継者研修（1期2年）を実施し、担い手の確保と産地の魅力向上を図る。",
        66,
        border=True,
    )
    r += 2
    _text(ws, r, 1, "１　事業費の推移（単位：千円）", bold=True, size=10)
    r += 1
    for j, w in enumerate(
        ["区分", "令和３年度決算", "令和４年度決算", "令和５年度決算", "令和６年度予算"]
    ):
        if j == 0:
            _put(ws, r, 1, w, header=True)
        else:
            _span(ws, r, 2 * j, 2 * j + 1, w, header=True)
    money = [("事業費", [4820, 5135, 5610, 5800]), ("うち一般財源", [2410, 2568, 2805, 2900])]
    for name, vals in money:
        r += 1
        _put(ws, r, 1, name)
        for j, v in enumerate(vals):
            _span(ws, r, 2 + 2 * j, 3 + 2 * j, v)
    r += 2
    _text(ws, r, 1, "２　指標の推移", bold=True, size=10)
    r += 1
    h = r
    _put(ws, h, 1, "年度", header=True)
    _put(ws, h + 1, 1, None, header=True)
    _put(ws, h + 2, 1, None, header=True)
    _merge(ws, h, 1, h + 2, 1)
    _span(ws, h, 2, 5, "活動指標", header=True)
    _span(ws, h, 6, 9, "成果指標", header=True)
    for k, name in enumerate(TB_INDS):
        _span(ws, h + 1, 2 + 2 * k, 3 + 2 * k, name, header=True)
        _put(ws, h + 2, 2 + 2 * k, "目標", header=True)
        _put(ws, h + 2, 3 + 2 * k, "実績", header=True)
    ws.row_dimensions[h + 1].height = 36
    r = h + 3
    _put(ws, r, 1, "基準（令和２年度）", align="center")
    for c, v in zip(range(2, 10, 2), TB_BASE):
        _span(ws, r, c, c + 1, v, align="center")
    ws.row_dimensions[r].height = 26
    for label, pairs in TB_YEARS:
        r += 1
        _put(ws, r, 1, label, align="center")
        for k, (t, a) in enumerate(pairs):
            _put(ws, r, 2 + 2 * k, t, align="right")
            _put(ws, r, 3 + 2 * k, a, align="right", fill=LIGHT if a is None else None)
    r += 1
    _notes(
        ws,
        r,
        [
            "※1　基準（令和２年度）の欄は目標・実績の区別のない実績値。①は新型コロナウイルス感染症の影響により教室を中止したため「―」。",
            "※2　④は春・秋の合計（千人未満四捨五入）。",
            "※3　令和６年度の実績は令和７年度の評価で記入する。",
        ],
    )
    r += 4
    _text(ws, r, 1, "３　評価", bold=True, size=10)
    r += 1
    _put(ws, r, 1, "総合評価", header=True)
    _span(ws, r, 2, 9, "B　おおむね順調（後継者研修の受講者数は目標に届かなかった）")
    path = HERE / "tobe_koukeisha_jimujigyo_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 津奈木町 (熊本県): 過疎地域持続的発展計画 目標の達成状況（令和5年度）, PDF portrait
# --------------------------------------------------------------------------------------------

# Real (town.tsunagi.lg.jp/page1038.html, marri-marri.jp, wikipedia): 34.08km², 4,254人 (2020年国勢調査),
# 「緑と彫刻のある町づくり」 (1984年), つなぎ美術館 (2001年4月), 16体の屋外彫刻, 政策企画課 as a 課 of the
# town. Made up: the plan's period and name as a sheet title, every indicator, figure and note.
TS_ROWS_A = [
    ("1", "社会増減数", "人", "△38", "△25", "△31", "△19", "±0", "＋10"),
    ("2", "つなぎ美術館の入館者数", "人", 8450, 9120, 10340, 11205, 10500, 12000),
]
TS_ROWS_B = [
    ("3", "移住相談件数", "件", 24, None, 31, 40, 35, 50),
    ("4", "空き家バンク登録物件数", "件", 12, None, 18, 21, 20, 30),
]


def tsunagi() -> Path:
    wb, ws = _sheet("目標の達成状況", [5, 26, 6, 11, 9, 9, 9, 11, 15])
    _page(ws, "portrait")
    _text(
        ws, 1, 1, "津奈木町過疎地域持続的発展計画　目標の達成状況（令和５年度）", bold=True, size=13
    )
    _text(ws, 2, 9, "令和6年9月　津奈木町", align="right")
    _text(ws, 4, 1, "１　計画の概要", bold=True, size=10)
    r = 5
    for key, val in [
        ("計画の名称", "津奈木町過疎地域持続的発展計画"),
        ("計画期間", "令和3年度～令和7年度（5年間）"),
        ("担当課", "政策企画課"),
    ]:
        _span(ws, r, 1, 2, key, header=True)
        _span(ws, r, 3, 9, val)
        r += 1
    _span(ws, r, 1, 2, "町の概要", header=True)
    _para(
        ws,
        r,
        3,
        9,
        "本町は熊本県の南部、不知火海に面した面積34.08km²の町で、人口は4,254人（2020年国勢調査）である。1984年から「緑と彫刻のある町づくり」に取り組み、2001年4月にはその拠点として、つなぎ美術館を開館した。町内には16体の屋外彫刻が設置されている。",
        52,
        border=True,
    )
    r += 2
    _text(ws, r, 1, "２　目標の達成状況", bold=True, size=10)
    r += 1
    h = r
    _head2(
        ws,
        h,
        [
            (1, "No."),
            (2, "目標指標"),
            (3, "単位"),
            (4, "基準値（R2）"),
            (8, "中間目標（R5）"),
            (9, "目標値（2025年度）"),
        ],
        [(5, 7, "実績値", ["R3", "R4", "R5"])],
    )
    r = h + 2
    for row in TS_ROWS_A:
        _put(ws, r, 1, row[0], align="center")
        _put(ws, r, 2, row[1])
        _put(ws, r, 3, row[2], align="center")
        for j, v in enumerate(row[3:]):
            _put(ws, r, 4 + j, v, align="right")
        ws.row_dimensions[r].height = 20
        r += 1
    _span(
        ws,
        r,
        1,
        9,
        "※以下のNo.3・No.4は令和4年3月の計画変更で追加した指標です。基準値は令和3年度の値で、実績はR4から記載しています。",
        fill=LIGHT,
        size=8,
    )
    ws.row_dimensions[r].height = 20
    r += 1
    for row in TS_ROWS_B:
        _put(ws, r, 1, row[0], align="center")
        _put(ws, r, 2, row[1])
        _put(ws, r, 3, row[2], align="center")
        for j, v in enumerate(row[3:]):
            _put(ws, r, 4 + j, v, align="right", fill=LIGHT if v is None else None)
        ws.row_dimensions[r].height = 20
        r += 1
    _notes(
        ws,
        r,
        [
            "注1　社会増減数は転入者数から転出者数を引いた数（住民基本台帳、各年度4月～3月）。△は転出超過。",
            "注2　つなぎ美術館の入館者数には、屋外彫刻の見学者数を含まない。",
        ],
    )
    path = SOURCE / "tsunagi_kaso_mokuhyo_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 木城町 (宮崎県): 地方創生推進交付金事業 効果検証シート（令和5年度）, PDF landscape
# --------------------------------------------------------------------------------------------

# Real (furusato-funding.jp/projects/2574, localgovs.net): the plan's name 「みんなで創る 明日に向けて翔くまち
# 木城」実現プロジェクト, 山林原野 84%, 5,231人 (平成27年国勢調査), 4,982人 (令和2年2月), 3,194人 (2060年),
# 川原自然公園. Made up: 課, period, money, every KPI, figure and 備考.
KJ_ROWS = [
    ("①転入者数", "人", "182", ["190", "176", "195", "201", "200", "188"], ""),
    (
        "②住宅取得奨励金の交付件数",
        "件",
        "14",
        ["15", "12", "30", "29", "45", "47"],
        "目標・実績ともR3年度からの累計",
    ),
    (
        "③特産品の販売額",
        "万円",
        "1,250",
        ["1,400", "1,180", "1,550", "1,620", "1,700", "1,815"],
        "",
    ),
    (
        "④川原自然公園の利用者数",
        "人",
        "約21,000",
        ["22,000", "14,380", "23,000", "21,950", "24,000", "25,310"],
        "R3は4月～6月休園",
    ),
    ("⑤子育て世帯の転入世帯数", "世帯", "35", ["36", "33", "38", "41", "40", "39"], ""),
]


def kijo() -> Path:
    wb, ws = _sheet("効果検証R5", [30, 6, 17, 9, 9, 9, 9, 9, 9, 26])
    _page(ws, "landscape")
    _text(ws, 1, 1, "令和５年度　地方創生推進交付金事業　効果検証シート", bold=True, size=13)
    _text(ws, 2, 10, "令和6年8月　木城町", align="right")
    r = 3
    for key, val in [
        ("地域再生計画の名称", "「みんなで創る　明日に向けて翔くまち　木城」実現プロジェクト"),
        ("事業期間", "令和3年度～令和5年度（3か年）"),
        ("担当課", "総務財政課"),
        ("交付対象事業費", "R5：16,800千円（3か年の合計：47,250千円）"),
    ]:
        _put(ws, r, 1, key, header=True)
        _span(ws, r, 2, 10, val)
        r += 1
    _put(ws, r, 1, "町の現状", header=True)
    _para(
        ws,
        r,
        2,
        10,
        "本町は宮崎県の中央に位置し、面積の84%を山林原野が占める中山間地域の町である。住宅取得奨励金の導入により平成27年国勢調査では5,231人と一時的に増加したが、令和2年2月には4,982人と再び減少に転じ、2060年には3,194人になると推計されている。",
        40,
        border=True,
    )
    r += 2
    _text(ws, r, 1, "■重要業績評価指標（KPI）の達成状況", bold=True, size=10)
    r += 1
    h = r
    _head2(
        ws,
        h,
        [(1, "KPI"), (2, "単位"), (3, "事業開始前（R2.2末）"), (10, "備考")],
        [
            (4, 5, "R3年度", ["目標", "実績"]),
            (6, 7, "R4年度", ["目標", "実績"]),
            (8, 9, "R5年度", ["目標", "実績"]),
        ],
    )
    r = h + 2
    for name, unit, base, vals, note in KJ_ROWS:
        _put(ws, r, 1, name)
        _put(ws, r, 2, unit, align="center")
        _put(ws, r, 3, base, align="right")
        for j, v in enumerate(vals):
            _put(ws, r, 4 + j, v, align="right")
        _put(ws, r, 10, note, size=8)
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r,
        [
            "※事業開始前の値は令和2年2月末現在（①③⑤は令和元年度の1年間の値）。",
            "※③は町直営の物産販売所及びふるさと納税返礼品の販売額の合計。",
        ],
    )
    path = SOURCE / "kijo_kofukin_kensho_r5.xlsx"
    _save(wb, path)
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    print(f"wrote {yakage().name}")
    print(f"wrote {tobe().name}")
    for make in (tsunagi, kijo):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)


if __name__ == "__main__":
    main()
