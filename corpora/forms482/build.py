"""Build the documents of forms482/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/shiraoi_kanko_shisaku_hyoka_r6.xlsx`` and its PDF: a 総合計画 施策評価シート (施策 4-4 観光) in
  the manner of 白老町 (北海道): two grids on one sheet, 成果指標 in 和暦 columns and 基本事業の活動指標 in
  Western years; a note row inside the first grid that makes one R5 actual a forecast; a revised
  target written ``2,500→2,800``; ``千人`` and ``千人泊`` units;
* ``shingo_senryaku_kensho_r6.html``: a 第2期総合戦略 検証結果 page in the manner of 新郷村 (青森県):
  数値目標 and KPI rows in one table told apart by a ``区分`` column (``rowspan``), a ``基準値`` column
  whose cells carry their own base years, a ``―（休館）`` cell, ``△`` minus values, ``累計`` cells;
* ``source/rifu_nashi_jimujigyo_r6.xlsx`` and its PDF: a 事務事業評価シート in the manner of 利府町
  (宮城県): 目標 / 実績 row pairs under merged 区分 cells (活動指標 / 成果指標), and in the same grid a
  ``コスト`` block of money rows (事業費, うち一般財源) laid out exactly like the indicators;
* ``source/shimogo_sosei_kensho_r6.xlsx`` and its PDF: a 創生総合戦略 KPI 最終検証シート in the manner of
  下郷町 (福島県): 基本目標 band rows inside the grid, a ``担当係`` column, ``＊`` marks on the R6
  column that a footnote makes forecasts, a ``集計中`` cell, a baseline cell with its own year,
  ``万円`` and an A/B/C 評価 column with its legend.

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
BAND = PatternFill("solid", fgColor="DDEBF7")
FONT = "IPAGothic"
FIXED = dt.datetime(2026, 12, 7, 0, 0, 0)


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms482/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms482/build.py"
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
        cell.number_format = fmt or ("#,##0" if isinstance(value, int) else "0.0")
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


def _para(ws, row, c1, c2, value, height, size=9):
    """A bordered, wrapped paragraph merged over c1..c2."""
    cell = ws.cell(row=row, column=c1, value=value)
    cell.font = Font(name=FONT, size=size)
    cell.alignment = Alignment(horizontal="left", vertical="top", wrap_text=True)
    for c in range(c1, c2 + 1):
        ws.cell(row=row, column=c).border = BORDER
    ws.merge_cells(start_row=row, start_column=c1, end_row=row, end_column=c2)
    ws.row_dimensions[row].height = height
    return cell


def _fields(ws, r, pairs, last, key_to=2, height=18):
    """Key-value form rows: the key merged over 1..key_to, the value over key_to+1..last."""
    for k, v in pairs:
        _span(ws, r, 1, key_to, k, header=True)
        _span(ws, r, key_to + 1, last, v)
        ws.row_dimensions[r].height = height
        r += 1
    return r


def _head2(ws, h: int, singles, groups, height=22) -> None:
    """A two-row header: ``singles`` (col, word) merged down, ``groups`` (c1, c2, word, lower words)."""
    for c, word in singles:
        _put(ws, h, c, word, header=True)
        _put(ws, h + 1, c, None, header=True)
        _merge(ws, h, c, h + 1, c)
    for c1, c2, word, lower in groups:
        _span(ws, h, c1, c2, word, header=True)
        for j, w in enumerate(lower):
            _put(ws, h + 1, c1 + j, w, header=True)
    ws.row_dimensions[h].height = height
    ws.row_dimensions[h + 1].height = height


def _notes(ws, row: int, lines: list[str]) -> None:
    for i, line in enumerate(lines):
        _text(ws, row + i, 1, line, size=8)


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
    with tempfile.TemporaryDirectory(prefix="forms482_soffice_") as tmp:
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
# 白老町 (北海道白老郡): 第6次白老町総合計画 施策評価シート 4-4 観光（令和6年度評価）
# --------------------------------------------------------------------------------------------

# Real (town.shiraoi.hokkaido.jp, 苫小牧民報): the plan's name, period (R2-R9, 8 years), 分野 4 経済産業 and
# its motto, 施策 4-4 観光, ウポポイ (opened July 2020, the national goal of 1 million visitors a year),
# 虎杖浜温泉, 倶多楽湖, 白老牛, 虎杖浜 たらこ, 16,050人 (end of 2021). Made up: 課, every figure, note and 基本事業.
SH_KPI = [
    ("①", "観光入込客数", "千人", "1,785", "1,602", "2,105", "2,318", "2,200", "2,500→2,800"),
    ("②", "宿泊客延べ数", "千人泊", "263", "151", "198", "236", "250", "300"),
    (
        "③",
        "観光消費額単価（日帰り客1人当たり）",
        "円",
        "3,420",
        "3,180",
        "3,650",
        "3,910",
        "3,800",
        "4,200",
    ),
]
SH_ACT = [
    ("4-4-1　観光情報の発信", "観光PRイベント・商談会への出展回数", "回", "6", "9", "11", "12"),
    ("4-4-2　受入環境の充実", "多言語観光案内板の設置数", "基", "4", "6", "6", "3"),
]


def shiraoi() -> Path:
    wb, ws = _sheet("施策評価4-4", [6, 30, 8, 11, 9, 9, 9, 11, 13])
    _page(ws, "portrait")
    _text(ws, 1, 1, "第6次白老町総合計画　施策評価シート（令和6年度評価）", bold=True, size=13)
    _text(ws, 2, 9, "令和6年8月23日　白老町", align="right")
    r = _fields(
        ws,
        4,
        [
            ("施策", "4-4　観光"),
            ("分野", "4　経済産業　～魅力と活力にあふれ、賑わいが生まれる産業のまち～"),
            ("主担当課", "経済振興課"),
            ("計画期間", "令和2年度～令和9年度（8年間）　※令和5年度に中間見直しを実施"),
        ],
        9,
    )
    _span(ws, r, 1, 2, "１　施策の現状と課題", header=True)
    _para(
        ws,
        r,
        3,
        9,
        "令和2年7月、ポロト湖畔に民族共生象徴空間「ウポポイ」が開業し、国は年間来場者数100万人を目標に掲げている。"
        "町内には虎杖浜温泉や倶多楽湖などの観光資源があり、白老牛や虎杖浜のたらこなど食の評価も高い。"
        "一方、町の人口は16,050人（令和3年12月末）と減少が続いており、ウポポイの開業効果を町内全体に波及させることが課題である。",
        62,
    )
    r += 2
    _text(ws, r, 1, "２　成果指標", bold=True, size=11)
    h = r + 1
    _head2(
        ws,
        h,
        [(1, "No."), (2, "成果指標"), (3, "単位"), (4, "策定時\n（R元）")],
        [(5, 7, "実績値", ["R3", "R4", "R5"]), (8, 9, "目標値", ["R5（中間）", "R9（最終）"])],
    )
    r = h + 2
    for label, name, unit, *vals in SH_KPI:
        _put(ws, r, 1, label, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate(vals):
            _put(ws, r, 4 + j, v, align="right")
        ws.row_dimensions[r].height = 24
        r += 1
        if label == "②":
            _span(
                ws,
                r,
                1,
                9,
                "※②のR5は、令和6年3月分が未集計のため、4月～2月の実績に3月分の見込を加えた見込値です。",
                size=8,
                fill=LIGHT,
            )
            ws.row_dimensions[r].height = 16
            r += 1
    _notes(
        ws,
        r,
        [
            "※①の目標値（R9）は、令和5年度の中間見直しにより上方修正しました（「→」の右が修正後の値）。"
        ],
    )
    r += 2
    _text(ws, r, 1, "３　基本事業の活動指標", bold=True, size=11)
    h = r + 1
    _head2(
        ws,
        h,
        [(1, "基本事業"), (3, "単位")],
        [(4, 6, "実績", ["2021年度", "2022年度", "2023年度"]), (7, 7, "計画", ["2024年度"])],
    )
    # 基本事業 spans columns 1-2 in the header; 活動指標 is column 2 in the body.
    ws.unmerge_cells(start_row=h, start_column=1, end_row=h + 1, end_column=1)
    _span(ws, h, 1, 2, "基本事業／活動指標", header=True)
    _span(ws, h + 1, 1, 2, None, header=True)
    _merge(ws, h, 1, h + 1, 2)
    r = h + 2
    for jigyo, name, unit, *vals in SH_ACT:
        _span(ws, r, 1, 2, jigyo, fill=LIGHT)
        for c in range(3, 8):
            _put(ws, r, c, None, fill=LIGHT)
        ws.row_dimensions[r].height = 16
        r += 1
        _put(ws, r, 1, None)
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate(vals):
            _put(ws, r, 4 + j, v, align="right")
        ws.row_dimensions[r].height = 20
        r += 1
    _notes(
        ws,
        r,
        [
            "※多言語観光案内板の設置数は、各年度に新たに設置した基数です。",
            "４　施策の評価　　B（概ね順調）　ウポポイ来場者の町内周遊は増加傾向にあるが、宿泊への結び付きが課題。",
        ],
    )
    path = SOURCE / "shiraoi_kanko_shisaku_hyoka_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 新郷村 (青森県三戸郡): 第2期新郷村まち・ひと・しごと創生総合戦略 検証結果（令和6年度）
# --------------------------------------------------------------------------------------------

# Real (jimaryoko.xyz, jsbs2012.jp, kotobank): 150.77km², 2,192人 (2023-02-28), 企画商工観光課, 十和田湖の東,
# 青森県酪農発祥の地, 道の駅しんごう (間木ノ平グリーンパーク), ヨーグルト. Made up: the plan's exact name and
# period, every indicator, figure and note, the page date.
SG_BLOCKS = [
    (
        "基本目標1　村の資源を生かした、しごとをつくる",
        [
            (
                "数値目標",
                "村内の新規就業者数（年間）",
                "人",
                "3<br>（H30）",
                ["2", "4", "3", "5"],
                "5",
            ),
            (
                "KPI",
                "道の駅しんごうの来場者数",
                "人",
                "48,200<br>（H30）",
                ["―<br>（休館）", "39,850", "44,120", "46,300"],
                "50,000",
            ),
            (
                "KPI",
                "乳製品（ヨーグルト等）の販売額",
                "千円",
                "21,460<br>（R元）",
                ["22,980", "24,310", "25,760", "27,050"],
                "26,000",
            ),
        ],
    ),
    (
        "基本目標2　新郷村への新しいひとの流れをつくる",
        [
            (
                "数値目標",
                "社会増減数（転入者数－転出者数）",
                "人",
                "△18<br>（H30）",
                ["△12", "△9", "△15", "△7"],
                "0",
            ),
            ("KPI", "移住相談件数", "件", "6<br>（H30）", ["9", "14", "11", "17"], "15"),
            (
                "KPI",
                "空き家バンクを通じた移住世帯数",
                "世帯",
                "0<br>（H30）",
                ["累計1", "累計3", "累計4", "累計6"],
                "累計8",
            ),
        ],
    ),
]


def shingo_html() -> str:
    out = [
        "<!DOCTYPE html>",
        '<html lang="ja">',
        "<head>",
        '<meta charset="utf-8">',
        "<title>第2期新郷村まち・ひと・しごと創生総合戦略　数値目標・KPIの検証結果（令和6年度） - 新郷村</title>",
        "<style>table{border-collapse:collapse;margin:0.5em 0 1em}th,td{border:1px solid #888;padding:3px 6px}"
        "th{background:#e8eef4}td.num{text-align:right}</style>",
        "</head>",
        "<body>",
        '<nav class="breadcrumb"><a href="/">ホーム</a> &gt; <a href="/sonsei/">村政情報</a> &gt; '
        '<a href="/sonsei/keikaku/">計画・施策</a> &gt; 第2期総合戦略の検証結果（令和6年度）</nav>',
        '<main id="content">',
        "<h1>第2期新郷村まち・ひと・しごと創生総合戦略　数値目標・KPIの検証結果（令和6年度）</h1>",
        '<p class="date">更新日：2025年9月19日　企画商工観光課</p>',
        "<p>新郷村は十和田湖の東に位置する面積150.77km²の村で、人口は2,192人（令和5年2月末）です。"
        "青森県酪農発祥の地として知られ、道の駅しんごう（間木ノ平グリーンパーク）ではヨーグルトなどの乳製品を販売しています。"
        "第2期総合戦略（令和2年度～令和6年度）の最終年度にあたり、村の総合戦略推進会議（委員10名）で数値目標とKPIの達成状況を検証しました。</p>",
    ]
    for title, rows in SG_BLOCKS:
        out.append(f"<h2>{title}</h2>")
        out.append("<table>")
        out.append("<thead>")
        out.append(
            '<tr><th rowspan="2">区分</th><th rowspan="2">指標</th><th rowspan="2">単位</th>'
            '<th rowspan="2">基準値</th><th colspan="4">実績値</th><th rowspan="2">目標値<br>（R6）</th></tr>'
        )
        out.append("<tr><th>R3</th><th>R4</th><th>R5</th><th>R6</th></tr>")
        out.append("</thead>")
        out.append("<tbody>")
        kinds = [k for k, *_ in rows]
        for i, (kind, name, unit, base, acts, target) in enumerate(rows):
            cells = []
            if i == 0 or kinds[i - 1] != kind:
                n = 1
                while i + n < len(rows) and kinds[i + n] == kind:
                    n += 1
                span = f' rowspan="{n}"' if n > 1 else ""
                cells.append(f"<th{span}>{kind}</th>")
            cells.append(f"<td>{name}</td>")
            cells.append(f"<td>{unit}</td>")
            cells.append(f'<td class="num">{base}</td>')
            cells += [f'<td class="num">{a}</td>' for a in acts]
            cells.append(f'<td class="num">{target}</td>')
            out.append("<tr>" + "".join(cells) + "</tr>")
        out.append("</tbody>")
        out.append("</table>")
    out += [
        "<p>※基準値の（　）内は、その値の基準年度です。</p>",
        "<p>※道の駅しんごうは、令和3年度に施設改修のため通年休館しました。</p>",
        "<p>※△はマイナス（転出超過）を表します。</p>",
        '<div class="contact"><p>このページに関するお問い合わせ</p><p>企画商工観光課　電話：0178-78-2111</p></div>',
        "</main>",
        "</body>",
        "</html>",
        "",
    ]
    return "\n".join(out)


def shingo() -> Path:
    path = HERE / "shingo_senryaku_kensho_r6.html"
    path.write_text(shingo_html(), encoding="utf-8")
    return path


# --------------------------------------------------------------------------------------------
# 利府町 (宮城県宮城郡): 事務事業評価シート 利府梨ブランド推進事業（令和6年度評価）
# --------------------------------------------------------------------------------------------

# Real (town.rifu.miyagi.jp, kahoku.news, wikipedia mirrors): 利府町総合計画 (2021-2030), 44.89km², 梨 (町の花),
# 利府梨, pear growing since 1884 (明治17年), roadside stands selling about half the crop. Made up: the 事業,
# its number, 課, every figure and note.
RF_ROWS = [
    (
        "活動指標",
        "首都圏でのPR販売会の開催回数",
        "回",
        ["4", "4", "5", "5", "5"],
        ["2", "4", "6", "", ""],
        "",
    ),
    (
        "活動指標",
        "梨加工品の開発支援件数",
        "件",
        ["2", "2", "3", "3", "3"],
        ["1", "3", "2", "", ""],
        "",
    ),
    (
        "成果指標",
        "利府梨の出荷量",
        "t",
        ["1,150", "1,150", "1,200", "1,200", "1,250"],
        ["1,086", "1,122", "968", "", ""],
        "R5は夏季の高温・少雨により小玉傾向",
    ),
    (
        "成果指標",
        "梨加工品の販売額",
        "千円",
        ["8,000", "9,000", "10,000", "11,000", "12,000"],
        ["7,420", "9,310", "10,480", "", ""],
        "町内直売所・道の駅等の合計",
    ),
]


def rifu() -> Path:
    wb, ws = _sheet("事務事業評価", [10, 30, 7, 9, 11, 11, 11, 11, 11, 26])
    _page(ws, "landscape")
    _text(ws, 1, 1, "令和6年度　事務事業評価シート（令和5年度実施分）", bold=True, size=13)
    _text(ws, 2, 10, "令和6年7月　利府町", align="right")
    r = _fields(
        ws,
        4,
        [
            ("事業番号", "3-1-05"),
            ("事務事業名", "利府梨ブランド推進事業"),
            ("所管課", "農林水産課"),
            (
                "総合計画上の位置付け",
                "利府町総合計画（令和3年度～令和12年度）　政策3　産業　／　施策3-1　農業の振興",
            ),
            ("事業期間", "平成30年度～（継続）"),
        ],
        10,
    )
    _span(ws, r, 1, 2, "事業の目的・内容", header=True)
    _para(
        ws,
        r,
        3,
        10,
        "明治17年（1884年）に栽培が始まったとされる利府梨は、花が町の花にもなっている町を代表する特産品で、収穫の約半分が沿道の直売所で販売されている。"
        "生産者の高齢化が進む中、ブランドの認知度向上と販路拡大のため、首都圏でのPR販売会、梨を使った加工品の開発支援、新植・改植への苗木購入補助（1本あたり上限2,000円）を行う。",
        46,
    )
    r += 2
    _text(ws, r, 1, "２　指標の推移", bold=True, size=11)
    h = r + 1
    years = [
        "2021年度\n（R3）",
        "2022年度\n（R4）",
        "2023年度\n（R5）",
        "2024年度\n（R6）",
        "2025年度\n（R7）",
    ]
    for c, word in enumerate(["区分", "指標名", "単位", "", *years, "備考"], start=1):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 28
    r = h + 1
    starts: dict[str, list[int]] = {}
    for kind, name, unit, tg, ac, note in RF_ROWS:
        starts.setdefault(kind, [r, r])[1] = r + 1
        _put(ws, r, 1, kind, align="center")
        for k, (item, vals) in enumerate(zip(("目標", "実績"), (tg, ac))):
            rr = r + k
            _put(ws, rr, 2, name if k == 0 else None)
            _put(ws, rr, 3, unit if k == 0 else None, align="center")
            _put(ws, rr, 4, item, align="center")
            for j, v in enumerate(vals):
                _put(ws, rr, 5 + j, v, align="right", fill=LIGHT if v == "" else None)
            _put(ws, rr, 10, note if k == 0 else None, size=8)
            ws.row_dimensions[rr].height = 17
        _merge(ws, r, 2, r + 1, 2)
        _merge(ws, r, 3, r + 1, 3)
        _merge(ws, r, 10, r + 1, 10)
        r += 2
    cost = [
        ("事業費", "千円", "決算", ["2,480", "2,610", "2,860", "", ""], "R6以降は決算確定後に記入"),
        ("うち一般財源", "千円", "決算", ["1,240", "1,305", "1,430", "", ""], ""),
    ]
    starts["コスト"] = [r, r + len(cost) - 1]
    for name, unit, item, vals, note in cost:
        _put(ws, r, 1, "コスト", align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _put(ws, r, 4, item, align="center")
        for j, v in enumerate(vals):
            _put(ws, r, 5 + j, v, align="right", fill=LIGHT if v == "" else None)
        _put(ws, r, 10, note, size=8)
        ws.row_dimensions[r].height = 17
        r += 1
    for a, b in starts.values():
        _merge(ws, a, 1, b, 1)
    r += 1
    _text(ws, r, 1, "３　評価", bold=True, size=11)
    r += 1
    _fields(
        ws,
        r,
        [
            ("有効性", "B　PR販売会の回数は目標を上回ったが、出荷量は天候の影響で目標を下回った。"),
            ("今後の方向性", "継続　加工品の販路拡大に重点を移す。"),
        ],
        10,
    )
    path = SOURCE / "rifu_nashi_jimujigyo_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 下郷町 (福島県南会津郡): 下郷町創生総合戦略 KPI最終検証シート（令和2年度～令和6年度）
# --------------------------------------------------------------------------------------------

# Real (town.shimogo.fukushima.jp, zck.or.jp, wikipedia): 「下郷町人口ビジョン及び下郷町創生総合戦略」 (R2-R6),
# 総合政策課 企画政策係, the three まちづくりの考え方 used as 基本目標 names, 317.04km², 約87% forest, 大内宿
# (重伝建 1981), 塔のへつり, 湯野上温泉, そば, 会津地鶏, 4,605人 (2024-11-01). Made up: figures, 係, notes.
SM_BLOCKS = [
    (
        "基本目標１　地域の特色を生かした活力ある交流のまちづくり",
        [
            (
                "1",
                "観光入込客数",
                "千人",
                "1,252",
                ["462", "618", "905", "1,086", "1,140＊"],
                "1,300",
                "B",
                "商工観光係",
            ),
            (
                "2",
                "大内宿の観光ガイド利用者数",
                "人",
                "4,860",
                ["820", "1,540", "3,260", "4,410", "4,980＊"],
                "5,000",
                "B",
                "商工観光係",
            ),
            (
                "3",
                "そば・会津地鶏等特産品の販売額",
                "万円",
                "3,240",
                ["2,870", "3,010", "3,380", "3,520", "3,610＊"],
                "3,600",
                "A",
                "農林係",
            ),
        ],
    ),
    (
        "基本目標２　安全・安心・健康に暮らせるまちづくり",
        [
            (
                "4",
                "特定健康診査の受診率",
                "％",
                "48.2",
                ["35.6", "44.9", "50.3", "52.1", "集計中"],
                "55.0",
                "―",
                "健康福祉係",
            ),
            (
                "5",
                "自主防災組織の組織率",
                "％",
                "62.5（R元）",
                ["64.0", "66.7", "70.8", "72.9", "75.0＊"],
                "80.0",
                "B",
                "総務係",
            ),
        ],
    ),
]


def shimogo() -> Path:
    wb, ws = _sheet("KPI最終検証", [5, 30, 7, 10, 8, 8, 8, 8, 9, 10, 6, 11])
    _page(ws, "portrait")
    _text(ws, 1, 1, "下郷町創生総合戦略　KPI最終検証シート", bold=True, size=13)
    _text(ws, 2, 12, "令和7年3月　下郷町", align="right")
    r = _fields(
        ws,
        4,
        [
            ("計画の名称", "下郷町人口ビジョン及び下郷町創生総合戦略"),
            ("計画期間", "令和2年度～令和6年度（5年間）"),
            ("担当課", "総合政策課（企画政策係）"),
        ],
        12,
    )
    _span(ws, r, 1, 2, "町の概要", header=True)
    _para(
        ws,
        r,
        3,
        12,
        "面積317.04km²の約87％を森林が占め、町の中央を阿賀川（大川）が流れる。昭和56年に国の重要伝統的建造物群保存地区に選定された大内宿、"
        "国指定天然記念物の塔のへつり、湯野上温泉などの観光資源を有する。人口は4,605人（令和6年11月1日推計）。",
        40,
    )
    r += 2
    _text(ws, r, 1, "■KPIの達成状況", bold=True, size=11)
    h = r + 1
    _head2(
        ws,
        h,
        [
            (1, "No."),
            (2, "KPI"),
            (3, "単位"),
            (4, "基準値\n（H30）"),
            (10, "目標値\n（R6）"),
            (11, "評価"),
            (12, "担当係"),
        ],
        [(5, 9, "実績値", ["R2", "R3", "R4", "R5", "R6"])],
    )
    r = h + 2
    for band, rows in SM_BLOCKS:
        _span(ws, r, 1, 12, band, bold=True, fill=BAND)
        ws.row_dimensions[r].height = 18
        r += 1
        for no, name, unit, base, acts, target, grade, kakari in rows:
            _put(ws, r, 1, no, align="center")
            _put(ws, r, 2, name)
            _put(ws, r, 3, unit, align="center")
            _put(ws, r, 4, base, align="right")
            for j, v in enumerate(acts):
                _put(ws, r, 5 + j, v, align="right")
            _put(ws, r, 10, target, align="right")
            _put(ws, r, 11, grade, align="center")
            _put(ws, r, 12, kakari, align="center")
            ws.row_dimensions[r].height = 22
            r += 1
    _notes(
        ws,
        r,
        [
            "※R6欄の「＊」は、令和7年1月末時点の実績に基づく見込値です（確定値は令和7年度に公表予定）。",
            "※No.5の基準値は、組織率の調査を開始した令和元年度の値です。",
            "※評価　A：目標を達成　B：目標の8割以上　C：目標の8割未満　―：実績未確定のため評価保留",
        ],
    )
    path = SOURCE / "shimogo_sosei_kensho_r6.xlsx"
    _save(wb, path)
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    print(f"wrote {shingo().name}")
    for make in (shiraoi, rifu, shimogo):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)


if __name__ == "__main__":
    main()
