"""Build the documents of forms323/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/fukuyama_senryaku_kpi_2019.xlsx``, a 総合戦略 KPI sheet in the manner of 福山市 (広島県):
  form fields over **four KPI cards in a 2 x 2 arrangement, each card with its own title (label, name
  and ``単位：…``), its own year header (the baseline year differs from card to card and is marked
  ``（基準）``) and two rows ``目標`` / ``実績``**; ``万人`` and ``千人泊`` units; and the PDF;
* ``kochi_suishin_kpi_r5.html``, a 地域再生計画 KPI page in the manner of 高知市 (高知県): each KPI a
  two-row block (``目標`` over ``実績``) under the years R3 … R7, and **one target row whose single
  cell spans the five year columns (``colspan="5"``)**; a ``―`` target explained by a note;
* ``source/yanagawa_senryaku_kensho_h30.xlsx``, a 総合戦略 検証 sheet in the manner of 柳川市 (福岡県):
  **a table too wide for the page printed in two stacked blocks, the lower one (``表1（続き）``)
  repeating ``No.`` and the names and carrying the H30 actual, the H31 target and the 進捗 mark**;
  ``万枚`` and ``千人`` units, full-width digits; and the PDF;
* ``source/izumi_suishin_kpi_r5.xlsx``, a KPI 効果検証シート in the manner of 出水市 (鹿児島県):
  **one header cell ``実績値（R3／R4／R5）`` merged over three value columns that have no header of
  their own**; ``千人`` and ``百万円`` units, an ``約`` baseline and a ``見込`` actual; and the PDF.

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
GREY = PatternFill("solid", fgColor="BFBFBF")
FONT = "IPAGothic"
FIXED = dt.datetime(2026, 12, 6, 0, 0, 0)


# --------------------------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------------------------


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms323/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms323/build.py"
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
        _put(ws, row, c, None, header=header, fill=kw.get("fill"))
    if c2 > c1:
        _merge(ws, row, c1, row, c2)
    return cell


def _text(ws, row, col, value, bold=False, size=9, align=None):
    """A borderless text cell (titles, headings, notes)."""
    cell = ws.cell(row=row, column=col, value=value)
    cell.font = Font(name=FONT, size=size, bold=bold)
    cell.alignment = Alignment(horizontal=align or "left", vertical="center")
    return cell


def _field(ws, row, c1, c2, c3, label, value, height=16):
    """A form field: a shaded label cell (c1..c2-1) and a value merged over c2..c3."""
    _span(ws, row, c1, c2 - 1, label, header=True)
    _span(ws, row, c2, c3, value)
    ws.row_dimensions[row].height = height


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
                data = re.sub(
                    rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                    rb"\g<1>2026-12-06T00:00:00Z\g<2>",
                    data,
                )
            info = zipfile.ZipInfo(name, date_time=(2026, 12, 6, 0, 0, 0))
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
    with tempfile.TemporaryDirectory(prefix="forms323_soffice_") as tmp:
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


def _notes(ws, row: int, lines: list[str], col: int = 1) -> None:
    for i, line in enumerate(lines):
        _text(ws, row + i, col, line, size=8)


# --------------------------------------------------------------------------------------------
# 福山市 (広島県): 福山市総合戦略 KPIの状況（2019年度実績）, four cards
# --------------------------------------------------------------------------------------------

# Real (city.fukuyama.hiroshima.jp soshiki/kikaku/52607.html, 連携中枢都市宣言書, fukuyama-kanko.com):
# 福山市総合戦略 and its 2020年3月 one-year extension, 企画政策課, 約47万人, 備後圏域 6市2町 約87万人,
# the 2015年2月24日 宣言, 鞆の浦, ばら. Made up: the sheet, 基本目標 wording, every KPI and figure.
# A card: (label, name, unit, years, targets, actuals); None = a grey cell (no value).
FK_CARDS = [
    (
        "KPI③",
        "鞆の浦の観光客数",
        "千人",
        ["2014年度（基準）", "2017年度", "2018年度", "2019年度", "2020年度（延長）"],
        [None, 1900, 1950, 2000, 2050],
        [1830, 1920, "1,610※", 1780, None],
    ),
    (
        "KPI④",
        "福山ばら祭の来場者数",
        "万人",
        ["2014年度（基準）", "2017年度", "2018年度", "2019年度", "2020年度（延長）"],
        [None, None, None, 85, 88],
        [75, 80, 83, 86, None],
    ),
    (
        "KPI⑤",
        "市外からの転入者数（20～39歳）",
        "人",
        ["2015年度（基準）", "2017年度", "2018年度", "2019年度", "2020年度（延長）"],
        [None, 5400, 5500, 5600, 5700],
        [5212, 5380, 5295, 5604, None],
    ),
    (
        "KPI⑥",
        "備後圏域内の宿泊者数",
        "千人泊",
        ["2016年度（基準）", "2017年度", "2018年度", "2019年度", "2020年度（延長）"],
        [None, None, None, 1450, 1500],
        [1284, 1325, 1198, "約1,400", None],
    ),
]


def _card(ws, r, c, card) -> None:
    label, name, unit, years, targets, actuals = card
    _span(ws, r, c, c + 4, f"{label}　{name}", bold=True, size=10)
    _put(ws, r, c + 5, f"単位：{unit}", align="center")
    ws.row_dimensions[r].height = 20
    _put(ws, r + 1, c, "区分", header=True)
    for j, y in enumerate(years):
        _put(ws, r + 1, c + 1 + j, y, header=True)
    ws.row_dimensions[r + 1].height = 26
    for k, (word, vals) in enumerate((("目標", targets), ("実績", actuals))):
        _put(ws, r + 2 + k, c, word, header=True)
        for j, v in enumerate(vals):
            if v is None:
                _put(ws, r + 2 + k, c + 1 + j, "", fill=GREY)
            else:
                _put(ws, r + 2 + k, c + 1 + j, v, align="right")
        ws.row_dimensions[r + 2 + k].height = 20


def fukuyama() -> Path:
    wb, ws = _sheet("KPIの状況", [7, 11, 9, 9, 9, 11, 3, 7, 11, 9, 9, 9, 11])
    _page(ws, "landscape")
    _text(
        ws,
        1,
        1,
        "福山市総合戦略　重要業績評価指標（KPI）の状況（2019年度（令和元年度）実績）",
        bold=True,
        size=14,
    )
    _text(ws, 2, 13, "2020年（令和2年）8月　福山市 企画政策課", align="right")
    _field(ws, 4, 1, 3, 13, "戦略の名称", "福山市総合戦略（2020年（令和2年）3月一部改訂）")
    _field(
        ws,
        5,
        1,
        3,
        13,
        "計画期間",
        "2015年度（平成27年度）～2020年度（令和2年度）　※2020年（令和2年）3月、計画期間を1年延長",
    )
    _field(ws, 6, 1, 3, 13, "担当課", "企画政策課")
    _field(
        ws,
        7,
        1,
        3,
        13,
        "市の概要",
        "人口約47万人、備後圏域（6市2町、約87万人）の中心都市として2015年（平成27年）2月24日に連携中枢都市宣言を行った。"
        "潮待ちの港として栄えた鞆の浦や「100万本のばらのまち」の取組など、圏域全体の交流人口の拡大に取り組んでいる。",
        height=30,
    )
    _text(ws, 9, 1, "基本目標２　備後の魅力を磨き、新しい人の流れをつくる", bold=True, size=11)
    _text(
        ws,
        10,
        1,
        "※各KPIの「目標」「実績」は年度の値。灰色の欄は値なし。「（基準）」の年度の実績が基準値。",
        size=8,
    )
    _card(ws, 11, 1, FK_CARDS[0])
    _card(ws, 11, 8, FK_CARDS[1])
    _card(ws, 16, 1, FK_CARDS[2])
    _card(ws, 16, 8, FK_CARDS[3])
    _notes(
        ws,
        21,
        [
            "※　KPI③の2018年度は、平成30年7月豪雨（7月6日～8日）による道路の通行止め等の影響を受けた。",
            "注　2020年度（延長）の目標は、計画期間の1年延長（2020年3月）に合わせて設定した。",
        ],
    )
    path = SOURCE / "fukuyama_senryaku_kpi_2019.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 高知市 (高知県): 高知市まち・ひと・しごと創生推進計画 KPIの実績（令和5年度）, HTML
# --------------------------------------------------------------------------------------------

# Real (furusato-funding.jp/projects/2390, from 内閣府's 地域再生計画 page; Wikipedia): the plan's name,
# the population figures (343,393人 in 2010, 325,812人 on 2020-08-01, 284,180人 in 2040), 309.00km²,
# the 日曜市. Made up: the page, 課, the plan period, 基本目標 wording, every KPI and figure.
KC_ROWS = [
    # name, unit, baseline, targets (R3..R7; a str spanning all five is one colspan cell), actuals R3..R5, status
    (
        "①",
        "県外からの移住者数",
        "人",
        "312",
        ["350", "380", "410", "440", "470"],
        ["368", "402", "395"],
        "未達成",
    ),
    ("②", "移住・定住相談件数", "件", "1,026", "1,200以上", ["1,185", "1,342", "1,268"], "達成"),
    (
        "③",
        "日曜市の出店数",
        "店",
        "約300",
        ["300", "305", "310", "315", "320"],
        ["292", "288", "301"],
        "未達成",
    ),
    (
        "④",
        "中心商店街の歩行者通行量（休日）",
        "人/日",
        "48,210",
        ["―※", "45,000", "48,000", "50,000", "52,000"],
        ["31,540", "40,880", "46,120"],
        "未達成",
    ),
]


def kochi_html() -> str:
    rows = []
    for label, name, unit, base, targets, actuals, status in KC_ROWS:
        if isinstance(targets, str):
            tcells = f'<td colspan="5" class="num">{targets}</td>'
        else:
            tcells = "".join(f'<td class="num">{t}</td>' for t in targets)
        acells = "".join(f'<td class="num">{a}</td>' for a in actuals) + "<td></td><td></td>"
        rows.append(
            "<tr>"
            f'<th scope="rowgroup" rowspan="2">{label}{name}</th>'
            f'<td rowspan="2">{unit}</td>'
            f'<td rowspan="2" class="num">{base}</td>'
            f'<th scope="row">目標</th>{tcells}'
            f'<td rowspan="2">{status}</td>'
            "</tr>\n"
            f'<tr><th scope="row">実績</th>{acells}</tr>'
        )
    body = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>高知市まち・ひと・しごと創生推進計画 重要業績評価指標（KPI）の実績（令和5年度）｜高知市</title>
<style>
table {{ border-collapse: collapse; }}
th, td {{ border: 1px solid #666; padding: 4px 8px; }}
thead th {{ background: #e8eef6; }}
td.num {{ text-align: right; }}
.breadcrumb li {{ display: inline; }}
.breadcrumb li + li::before {{ content: " > "; }}
</style>
</head>
<body>
<header><p class="site-name">高知市</p></header>
<nav class="breadcrumb" aria-label="現在地">
<ol>
<li><a href="/">トップページ</a></li>
<li><a href="/soshiki/">組織一覧</a></li>
<li><a href="/soshiki/seisaku/">政策企画課</a></li>
<li>高知市まち・ひと・しごと創生推進計画 重要業績評価指標（KPI）の実績（令和5年度）</li>
</ol>
</nav>
<main>
<h1>高知市まち・ひと・しごと創生推進計画　重要業績評価指標（KPI）の実績（令和5年度）</h1>
<p class="date">更新日：2024年9月27日　担当：政策企画課</p>
<p>本市の総人口は、2010（平成22）年の343,393人をピークに減少に転じ、住民基本台帳による2020（令和2）年8月1日現在の人口は325,812人となっています。
このまま推移すると、2040（令和22）年には284,180人まで減少すると推計されています。</p>
<p>面積309.00km²の市域に、日曜市などの街路市が息づく本市では、地域再生計画「高知市まち・ひと・しごと創生推進計画」（計画期間：令和3年4月1日～令和8年3月31日）に基づき、移住・定住の促進と中心市街地のにぎわいづくりに取り組んでいます。
各KPIは、上の行に目標値、下の行に実績値を年度ごとに掲載しています。</p>
<h2>基本目標２　高知市への新しいひとの流れをつくる</h2>
<table>
<caption>表　KPIの目標値と実績値（令和3年度～令和7年度）</caption>
<thead>
<tr><th scope="col" rowspan="2">KPI</th><th scope="col" rowspan="2">単位</th><th scope="col" rowspan="2">基準値<br>（R元）</th><th scope="col" rowspan="2">区分</th><th scope="colgroup" colspan="5">年度</th><th scope="col" rowspan="2">達成状況<br>（R5）</th></tr>
<tr><th scope="col">R3</th><th scope="col">R4</th><th scope="col">R5</th><th scope="col">R6</th><th scope="col">R7</th></tr>
</thead>
<tbody>
{body}
</tbody>
</table>
<p>※　④の令和3年度は、新型コロナウイルス感染症の影響により目標値を設定していません。</p>
<p>注　達成状況は、令和5年度の実績値が同年度の目標値に達したものを「達成」としています。</p>
</main>
<footer><p>高知市役所　〒780-8571 高知県高知市本町五丁目1番45号</p></footer>
</body>
</html>
"""


def kochi() -> Path:
    path = HERE / "kochi_suishin_kpi_r5.html"
    path.write_bytes(kochi_html().encode("utf-8"))
    return path


# --------------------------------------------------------------------------------------------
# 柳川市 (福岡県): 柳川市まち・ひと・しごと創生総合戦略 数値目標・KPIの検証結果（平成30年度）
# --------------------------------------------------------------------------------------------

# Real (zenkan.jp honbu/newtoshi/64/yanagawa.html, happylibus 95530, 視察報告): the strategy (平成27年10月),
# the 1市2町 merger on 平成17年3月21日, 76,124人 (平成17年3月末), 約6万7千人, 77.15km², 掘割 470km, ノリ,
# 川下り. Made up: the sheet, 課, 基本目標 wording, every KPI and figure, the 進捗 legend.
YG_TOP = [
    # No., 区分, 指標, 単位, 基準値（H26）, H28実績, H29実績
    ("1", "数値目標", "市内事業所の従業者数", "人", 28540, 28310, 28120),
    ("2", "KPI", "川下り乗船客数", "千人", "４１５", "４５２", "４６８"),
    ("3", "KPI", "ノリ共販枚数※", "万枚", 38500, 41200, 36900),
    ("4", "KPI", "新規就農者数", "人", 12, 14, 9),
    ("5", "KPI", "創業支援件数（累計）", "件", "―", 18, 37),
]
YG_LOW = [
    # No., 指標, H30実績, 目標値（H31）, 進捗
    ("1", "市内事業所の従業者数", 27950, 29000, "×"),
    ("2", "川下り乗船客数", "４８９", "５００", "○"),
    ("3", "ノリ共販枚数※", 40300, 42000, "△"),
    ("4", "新規就農者数", 16, "15以上", "◎"),
    ("5", "創業支援件数（累計）", 58, 100, "△"),
]


def yanagawa() -> Path:
    wb, ws = _sheet("検証結果", [5, 9, 30, 7, 12, 11, 11])
    _page(ws, "portrait")
    _text(ws, 1, 1, "柳川市まち・ひと・しごと創生総合戦略", bold=True, size=13)
    _text(ws, 2, 1, "数値目標・KPIの検証結果（平成30年度）", bold=True, size=13)
    _text(ws, 3, 7, "令和元年9月　柳川市 企画課", align="right")
    _field(ws, 5, 1, 3, 7, "戦略の名称", "柳川市まち・ひと・しごと創生総合戦略（平成27年10月策定）")
    _field(ws, 6, 1, 3, 7, "計画期間", "平成27年度～平成31年度（5年間）")
    _field(ws, 7, 1, 3, 7, "担当課", "企画課")
    _field(
        ws,
        8,
        1,
        3,
        7,
        "市の概要",
        "平成17年3月21日に柳川市・大和町・三橋町の1市2町が合併して誕生。合併時76,124人（平成17年3月末）の人口は約6万7千人に減少している。"
        "面積77.15km²、市内を全長470kmの掘割が巡る水郷で、川下りと有明海のノリ養殖で知られる。",
        height=42,
    )
    _text(ws, 10, 1, "基本目標１　柳川の資源を活かし、安定したしごとをつくる", bold=True, size=11)
    _text(ws, 11, 1, "表１　数値目標・KPIの推移", size=9)
    h = 12
    for j, word in enumerate(
        ["No.", "区分", "指標", "単位", "基準値（H26）", "H28実績", "H29実績"]
    ):
        _put(ws, h, 1 + j, word, header=True)
    ws.row_dimensions[h].height = 22
    for i, row in enumerate(YG_TOP):
        r = h + 1 + i
        for j, v in enumerate(row):
            _put(
                ws,
                r,
                1 + j,
                v,
                align="center" if j in (0, 1, 3) or v == "―" else ("right" if j >= 4 else None),
            )
        ws.row_dimensions[r].height = 20
    r = h + 1 + len(YG_TOP) + 1
    _text(
        ws,
        r,
        1,
        "表１（続き）　※表が横に長いため2段に分けて掲載。下段は上段と同じNo.の続き。",
        size=9,
    )
    h2 = r + 1
    _put(ws, h2, 1, "No.", header=True)
    _span(ws, h2, 2, 3, "指標", header=True)
    for c, word in zip(range(4, 7), ["H30実績", "目標値（H31）", "進捗"]):
        _put(ws, h2, c, word, header=True)
    ws.row_dimensions[h2].height = 22
    for i, (no, name, h30, target, mark) in enumerate(YG_LOW):
        rr = h2 + 1 + i
        _put(ws, rr, 1, no, align="center")
        _span(ws, rr, 2, 3, name)
        _put(ws, rr, 4, h30, align="right")
        _put(ws, rr, 5, target, align="right")
        _put(ws, rr, 6, mark, align="center")
        ws.row_dimensions[rr].height = 20
    _notes(
        ws,
        h2 + len(YG_LOW) + 2,
        [
            "進捗（基準値から目標値（H31）までの差に対する、H30実績の進み具合）　◎：目標達成　○：8割以上　△：5割以上　×：5割未満",
            "※　ノリ共販枚数は漁期（11月～翌年4月）の実績を、漁期が始まる年度の欄に掲載。",
            "注　No.5の基準値は、創業支援事業計画の認定（平成27年5月）前のため「―」。",
        ],
    )
    path = SOURCE / "yanagawa_senryaku_kensho_h30.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 出水市 (鹿児島県): 出水市まち・ひと・しごと創生推進計画 KPI効果検証シート（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (furusato-funding.jp/projects/2590, from 内閣府's 地域再生計画 page): the plan's name, ツル
# (毎年1万羽を超える, 特別天然記念物), 出水麓武家屋敷群, 71,893人 (1950), 55,006人 (1975), 58,655人 (1995).
# Made up: the sheet, its period, 課, money, every KPI and figure.
IZ_ROWS = [
    ("①", "ツル観察センター入館者数", "千人", 38.2, 12.4, 21.6, 30.5, 35.0, 45.0, "未達成"),
    (
        "②",
        "出水麓武家屋敷群の観光客数",
        "人",
        "約62,000",
        28410,
        41260,
        58930,
        55000,
        70000,
        "達成",
    ),
    ("③", "移住相談を経た移住者数", "人", 18, 22, 27, 31, 30, 40, "達成"),
    ("④", "農産物の輸出額", "百万円", 145, 162, 171, "188見込", 180, 210, "達成（見込）"),
]


def izumi() -> Path:
    wb, ws = _sheet("KPI効果検証", [5, 30, 8, 12, 10, 10, 10, 12, 12, 12])
    _page(ws, "landscape")
    _text(
        ws,
        1,
        1,
        "出水市まち・ひと・しごと創生推進計画　重要業績評価指標（KPI）効果検証シート（令和5年度）",
        bold=True,
        size=14,
    )
    _text(ws, 2, 10, "令和6年8月　出水市 企画政策課", align="right")
    _field(ws, 4, 1, 3, 10, "地域再生計画の名称", "出水市まち・ひと・しごと創生推進計画")
    _field(ws, 5, 1, 3, 10, "計画期間", "令和3年4月1日～令和8年3月31日")
    _field(ws, 6, 1, 3, 10, "担当課", "企画政策課")
    _field(ws, 7, 1, 3, 10, "交付対象事業費", "令和5年度　24,600千円（うち交付金 12,300千円）")
    _field(
        ws,
        8,
        1,
        3,
        10,
        "市の現状",
        "本市の人口は昭和25（1950）年の71,893人を最大に、昭和50（1975）年には55,006人まで減少し、平成7（1995）年に58,655人まで回復した後、再び減少している。"
        "毎年1万羽を超えるツルが渡来する越冬地（国の特別天然記念物）と出水麓武家屋敷群を有する「ツルと歴史のまち」である。",
        height=42,
    )
    _text(ws, 10, 1, "■重要業績評価指標（KPI）の達成状況", bold=True, size=11)
    h = 11
    _span(ws, h, 1, 2, "KPI", header=True)
    for c, word in ((3, "単位"), (4, "基準値（R2）")):
        _put(ws, h, c, word, header=True)
    _span(ws, h, 5, 7, "実績値（R3／R4／R5）", header=True)
    for c, word in ((8, "目標値（R5）"), (9, "最終目標（R7）"), (10, "達成状況")):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 24
    for i, row in enumerate(IZ_ROWS):
        r = h + 1 + i
        label, name, unit, *vals, status = row
        _put(ws, r, 1, label, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate(vals):
            _put(ws, r, 4 + j, v, align="right")
        _put(ws, r, 10, status, align="center")
        ws.row_dimensions[r].height = 22
    _notes(
        ws,
        h + len(IZ_ROWS) + 2,
        [
            "注1　実績値は左から令和3年度、令和4年度、令和5年度の値。",
            "注2　④の令和5年度は令和6年3月末時点の見込値（確定値は令和6年10月に公表予定）。",
            "注3　達成状況は令和5年度の実績値と目標値（R5）の比較による。",
        ],
    )
    path = SOURCE / "izumi_suishin_kpi_r5.xlsx"
    _save(wb, path)
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (fukuyama, yanagawa, izumi):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {kochi().name}")


if __name__ == "__main__":
    main()
