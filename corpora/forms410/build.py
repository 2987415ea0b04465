"""Build the documents of forms410/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/haboro_ritou_kpi_r5.xlsx`` and its PDF, a 地域再生計画 KPI 実績報告書 in the manner of 羽幌町
  (北海道苫前郡): a word (``中止``) and a value with a bracketed count (``4（3世帯）``) in value cells, and
  a ``（参考）`` table of island populations under the grid, its year heads in the KPI grid's columns;
* ``source/fujisaki_sogo_seika_r5.xlsx`` and its PDF, a 総合計画 成果指標 sheet in the manner of 藤崎町
  (青森県南津軽郡): Western ``2021年度`` headers beside a ``策定時（R元）`` baseline, and a note row inside
  the grid saying that the rows below it are running totals (累計) from the plan's start;
* ``ogawara_machizukuri_shihyo_r5.html``, a 総合計画 まちづくり指標 page in the manner of 大河原町
  (宮城県柴田郡): a ``現状値（H31）`` head, units in the names' brackets, and one row whose unit (千人)
  stands only in its 備考 cell;
* ``source/takahata_senryaku_kpi_r5.xlsx`` and its PDF, a 総合戦略 数値目標・KPI 実績 sheet in the manner
  of 高畠町 (山形県東置賜郡): two tables on one sheet with Western fiscal-year heads, a ``令和元年度``
  baseline, an ``億円`` goal and a 達成率 column that is no value.

The PDF steps are skipped, with a message, when ``soffice`` is not installed.
These are re-typed forms of other municipalities, not their own files (README.md, SOURCES.tsv).
The XLSX and HTML files are byte-stable (fixed document dates, zip members with a fixed timestamp).
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
STAMP = (2026, 12, 7, 0, 0, 0)


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms410/build.py"
    wb.properties.lastModifiedBy = "forms410/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    ws = wb.active
    ws.title = title
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    return wb, ws


def _put(ws, row, col, value, header=False, fmt=None, align=None, size=9, bold=False, fill=None):
    """A bordered cell; numbers stay numbers and get a number format."""
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
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            ws.cell(row=r, column=c).border = BORDER
    ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)


def _span(ws, row, c1, c2, value, header=False, **kw):
    cell = _put(ws, row, c1, value, header=header, **kw)
    for c in range(c1 + 1, c2 + 1):
        _put(ws, row, c, None, header=header, fill=kw.get("fill"))
    if c2 > c1:
        _merge(ws, row, c1, row, c2)
    return cell


def _down(ws, r1, r2, col, value, header=False, **kw):
    cell = _put(ws, r1, col, value, header=header, **kw)
    for r in range(r1 + 1, r2 + 1):
        _put(ws, r, col, None, header=header, fill=kw.get("fill"))
    if r2 > r1:
        _merge(ws, r1, col, r2, col)
    return cell


def _text(ws, row, col, value, bold=False, size=9, align=None):
    cell = ws.cell(row=row, column=col, value=value)
    cell.font = Font(name=FONT, size=size, bold=bold)
    cell.alignment = Alignment(horizontal=align or "left", vertical="center")
    return cell


def _field(ws, row, label, value, last_col, height=None):
    _span(ws, row, 1, 2, label, header=True)
    cell = _span(ws, row, 3, last_col, value)
    if height:
        cell.alignment = Alignment(horizontal="left", vertical="top", wrap_text=True)
        ws.row_dimensions[row].height = height


def _page(ws, orientation: str, area: str) -> None:
    ws.page_setup.orientation = orientation
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.print_area = area
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.6


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
                    rb"\g<1>2026-12-07T00:00:00Z\g<2>",
                    data,
                )
            info = zipfile.ZipInfo(name, date_time=STAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, data)


def to_pdf(xlsx: Path) -> None:
    """Convert a source XLSX to a PDF next to build.py (LibreOffice headless)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        print(f"soffice not found: {xlsx.with_suffix('.pdf').name} not rebuilt")
        return
    with tempfile.TemporaryDirectory(prefix="forms410_soffice_") as tmp:
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
# 羽幌町 (北海道苫前郡): 地域再生計画 重要業績評価指標（KPI）実績報告書（令和5年度）
# Real: population 30,266人 (昭和40年) / 7,327人 (平成27年) / 6,754人 (令和2年4月末), 天売島・焼尻島, the
# 羽幌町エコアイランド構想 (平成26年4月). Made up: the plan's name and period, the 課, every value.
# --------------------------------------------------------------------------------------------


def _block(ws, r1, r2, c1, c2, value):
    """A header cell merged over rows r1..r2 and columns c1..c2."""
    _put(ws, r1, c1, value, header=True)
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            if (r, c) != (r1, c1):
                _put(ws, r, c, None, header=True)
    _merge(ws, r1, c1, r2, c2)


# (No., KPI, 単位, 基準値, R3, R4, R5, 目標R5, 目標R7, 備考)
HABORO_ROWS = [
    (
        "1",
        "離島観光入込客数",
        "人",
        15430,
        10290,
        13970,
        16100,
        16000,
        18000,
        "天売島・焼尻島の合計",
    ),
    (
        "2",
        "エコツアー参加者数",
        "人",
        320,
        "中止",
        410,
        585,
        500,
        700,
        "R3は新型コロナウイルス感染症の影響により中止",
    ),
    ("3", "再生可能エネルギー設備導入件数（累計）", "件", 6, 8, 11, 13, 15, 20, "小型風力・太陽光"),
    ("4", "離島への移住者数", "人", 2, 1, 3, "4（3世帯）", 4, 10, "地域おこし協力隊を含む"),
]
# (区分, R2, R3, R4, R5): the reference table of island populations under the KPI grid
HABORO_POPULATION = [
    ("天売島", 268, 259, 247, 238),
    ("焼尻島", 171, 165, 158, 150),
]


def haboro() -> Path:
    wb, ws = _sheet("KPI実績", [5, 34, 6, 11, 10, 10, 10, 10, 10, 34])
    last = 10
    _text(
        ws,
        1,
        1,
        "羽幌町地域再生計画　重要業績評価指標（ＫＰＩ）実績報告書（令和５年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, last, "令和6年6月28日　羽幌町 地域振興課", align="right")
    _field(ws, 4, "地域再生計画の名称", "天売島・焼尻島エコアイランド推進計画", last)
    _field(ws, 5, "担当課", "地域振興課", last)
    _field(ws, 6, "計画期間", "令和3年4月1日～令和8年3月31日（5年間）", last)
    _field(
        ws,
        7,
        "町の現状",
        "本町の人口は昭和40年の30,266人（国勢調査）をピークに減少を続け、平成27年には7,327人（同）、令和2年4月末の住民基本台帳人口は6,754人となっている。"
        "本町は天売島・焼尻島の2つの有人離島を有し、平成26年4月に「羽幌町エコアイランド構想」を策定して、エコ観光の推進や再生可能エネルギーの地産地消に取り組んでいる。",
        last,
        height=42,
    )
    _text(ws, 9, 1, "■重要業績評価指標（KPI）の実績", bold=True, size=11)
    r = 10
    for c, h in [
        (1, "No."),
        (2, "重要業績評価指標（KPI）"),
        (3, "単位"),
        (4, "基準値\n（R2）"),
        (10, "備考"),
    ]:
        _down(ws, r, r + 1, c, h, header=True)
    _span(ws, r, 5, 7, "実績値", header=True)
    _span(ws, r, 8, 9, "目標値", header=True)
    for c, h in zip(range(5, 10), ["R3", "R4", "R5", "R5", "R7"]):
        _put(ws, r + 1, c, h, header=True)
    r += 2
    for no, name, unit, *vals, note in HABORO_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for c, v in zip(range(4, 10), vals):
            _put(ws, r, c, v, align="right")
        _put(ws, r, 10, note)
        ws.row_dimensions[r].height = 20
        r += 1
    r += 1
    _text(ws, r, 1, "（参考）離島の人口の推移（各年度末現在、住民基本台帳）", bold=True)
    r += 1
    _block(ws, r, r, 1, 3, "区分")
    for c, h in zip(range(4, 8), ["R2", "R3", "R4", "R5"]):
        _put(ws, r, c, h, header=True)
    r += 1
    for kubun, *vals in HABORO_POPULATION:
        _span(ws, r, 1, 3, kubun, align="center")
        for c, v in zip(range(4, 8), vals):
            _put(ws, r, c, v, align="right")
        r += 1
    r += 1
    for line in [
        "※実績値は各年度（4月～翌年3月）の数値。基準値は令和2年度の数値。",
        "※KPI4の括弧内は移住した世帯数。",
    ]:
        _text(ws, r, 1, line)
        r += 1
    _page(ws, "landscape", f"A1:J{r}")
    path = SOURCE / "haboro_ritou_kpi_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 藤崎町 (青森県南津軽郡): 総合計画 後期基本計画 成果指標の達成状況（令和5年度）
# Real: 企画財政課, the 2005-03-28 merger of 旧藤崎町 and 旧常盤村, 37.29km² (2024-01-01), りんご「ふじ」,
# ときわの赤いたまご, the motto 「みんなで創る 心豊かな 優しいまち」. Made up: plan name and period, values.
# --------------------------------------------------------------------------------------------

# (No., 成果指標, 単位, 策定時, 2021, 2022, 2023, 目標, 評価)
FUJISAKI_ANNUAL = [
    ("１", "りんご新植・改植面積", "ha", 12.4, 13.1, 11.8, 14.6, 15.0, "B"),
    ("２", "認定農業者数", "人", 318, 300, 281, 255, 330, "C"),
    ("３", "ふるさと納税寄附件数", "件", 8520, 10340, 12870, 15210, 12000, "A"),
]
FUJISAKI_CUMULATIVE = [
    ("４", "新規就農者数", "人", 6, 5, 11, 18, 30, "C"),
    ("５", "空き家バンク成約件数", "件", 3, 4, "９", 17, 20, "B"),
]


def fujisaki() -> Path:
    wb, ws = _sheet("成果指標", [5, 28, 6, 10, 10, 10, 10, 11, 7])
    last = 9
    _text(
        ws,
        1,
        1,
        "藤崎町総合計画　後期基本計画　成果指標の達成状況（令和５年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, last, "令和6年9月　藤崎町 企画財政課", align="right")
    _text(ws, 4, 1, "１　計画の概要", bold=True, size=11)
    _field(ws, 5, "計画の名称", "藤崎町総合計画　後期基本計画", last)
    _field(ws, 6, "計画期間", "令和3年度～令和7年度（5年間）", last)
    _field(ws, 7, "担当課", "企画財政課", last)
    _field(
        ws,
        8,
        "町の概要",
        "本町は平成17年3月28日に旧藤崎町と旧常盤村が合併して誕生した。面積は37.29km²（令和6年1月1日現在）で、津軽平野のほぼ中央に位置する。"
        "世界一の生産量を誇るりんご「ふじ」発祥の地であり、米や「ときわの赤いたまご」などの農産物も知られている。合い言葉は「みんなで創る 心豊かな 優しいまち」。",
        last,
        height=56,
    )
    _text(ws, 10, 1, "２　成果指標の達成状況", bold=True, size=11)
    r = 11
    for c, h in [
        (1, "No."),
        (2, "成果指標"),
        (3, "単位"),
        (4, "策定時\n（R元）"),
        (8, "目標値\n（2025年度）"),
        (9, "評価"),
    ]:
        _down(ws, r, r + 1, c, h, header=True)
    _span(ws, r, 5, 7, "実績値", header=True)
    for c, h in zip(range(5, 8), ["2021年度", "2022年度", "2023年度"]):
        _put(ws, r + 1, c, h, header=True)
    r += 2

    def row(vals):
        no, name, unit, *nums, grade = vals
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for c, v in zip(range(4, 9), nums):
            _put(ws, r, c, v, align="right")
        _put(ws, r, 9, grade, align="center")
        ws.row_dimensions[r].height = 20

    for vals in FUJISAKI_ANNUAL:
        row(vals)
        r += 1
    _span(
        ws,
        r,
        1,
        last,
        "※以下のNo.４・No.５は、計画期間（2021年度～）の累計値です（実績値・目標値とも。策定時の欄は令和元年度の単年度の値です）。",
        fill=LIGHT,
        size=8,
    )
    ws.row_dimensions[r].height = 26
    r += 1
    for vals in FUJISAKI_CUMULATIVE:
        row(vals)
        r += 1
    r += 1
    for line in [
        "評価　A：目標値を達成　B：目標値の8割以上　C：目標値の8割未満（2023年度の実績値を目標値（2025年度）と比べたもの）",
        "※No.１は、りんご園地における新植・改植の面積の合計です。",
    ]:
        _text(ws, r, 1, line, size=8)
        r += 1
    _page(ws, "portrait", f"A1:I{r}")
    path = SOURCE / "fujisaki_sogo_seika_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 大河原町 (宮城県柴田郡): 総合計画 まちづくり指標の進捗状況（令和5年度）, HTML
# Real: 24.99km², 23,297人 (2024-12-01 推計), 一目千本桜 (約8km, 約1,200本), 仙南の商都, おおがわら桜まつり
# held in 2023 for the first time in 4 years, 植樹100周年. Made up: the plan's name and period, 課, values.
# --------------------------------------------------------------------------------------------

# (施策番号, 施策名, [(No., 指標名, 現状値, R3, R4, R5, 目標値, 備考)])
OGAWARA_GROUPS = [
    (
        "1-1",
        "商工業の振興",
        [
            ("①", "町内の創業件数（件）", "4", "6", "5", "7", "8", ""),
            (
                "②",
                "空き店舗活用件数（件）",
                "２",
                "1",
                "3",
                "４",
                "5",
                "商店街活性化補助金の活用分",
            ),
        ],
    ),
    (
        "1-2",
        "観光の振興",
        [
            (
                "③",
                "おおがわら桜まつり来場者数",
                "230",
                "中止",
                "中止",
                "260",
                "250",
                "単位：千人（主催者発表）",
            ),
            ("④", "観光案内所の利用者数（人）", "3,850", "1,920", "2,640", "3,410", "4,000", ""),
        ],
    ),
    (
        "2-1",
        "子育て支援の充実",
        [
            (
                "⑤",
                "子育て支援センター利用者数（人）",
                "9,120",
                "6,830",
                "7,950",
                "8,760",
                "9,500",
                "町内2か所の合計",
            ),
        ],
    ),
]


def ogawara_html() -> str:
    out = [
        "<!DOCTYPE html>",
        '<html lang="ja">',
        "<head>",
        '<meta charset="utf-8">',
        "<title>総合計画 まちづくり指標の進捗状況（令和5年度）｜大河原町</title>",
        "</head>",
        "<body>",
        '<nav aria-label="パンくずリスト"><ol>',
        '<li><a href="/">トップページ</a></li>',
        '<li><a href="/soshiki/">町政情報</a></li>',
        '<li><a href="/soshiki/keikaku/">計画・施策</a></li>',
        "<li>まちづくり指標の進捗状況（令和5年度）</li>",
        "</ol></nav>",
        "<main>",
        "<h1>大河原町総合計画　後期基本計画　まちづくり指標の進捗状況（令和５年度）</h1>",
        '<p class="date">更新日：2024年9月30日　担当：企画財政課 企画調整班</p>',
        "<p>大河原町は宮城県南部に位置し、面積は24.99km²、人口は23,297人（2024年12月1日現在の推計人口）です。奥州街道の宿場町として栄え、「仙南の商都」として発展してきました。白石川の堤防には約8kmにわたり約1,200本の桜が続き、「一目千本桜」として親しまれています。</p>",
        "<p>後期基本計画（令和3年度～令和7年度）では、施策ごとにまちづくり指標を定め、毎年度その進捗を確認しています。令和5年は一目千本桜の植樹から100周年にあたり、おおがわら桜まつりは4年ぶりに開催されました。</p>",
        "<h2>まちづくり指標の進捗状況</h2>",
        "<table>",
        "<thead>",
        "<tr>"
        '<th rowspan="2">施策</th><th rowspan="2">No.</th><th rowspan="2">まちづくり指標</th>'
        '<th rowspan="2">現状値<br>（H31）</th><th colspan="3">実績値</th><th rowspan="2">目標値<br>（R7）</th><th rowspan="2">備考</th>'
        "</tr>",
        "<tr><th>R3</th><th>R4</th><th>R5</th></tr>",
        "</thead>",
        "<tbody>",
    ]
    for no, name, rows in OGAWARA_GROUPS:
        for i, (n, ind, base, a3, a4, a5, tgt, note) in enumerate(rows):
            cells = []
            if i == 0:
                cells.append(f'<th scope="rowgroup" rowspan="{len(rows)}">{no}　{name}</th>')
            cells.append(f"<td>{n}</td>")
            cells.append(f'<th scope="row">{ind}</th>')
            cells.extend(f"<td>{v}</td>" for v in (base, a3, a4, a5, tgt, note))
            out.append("<tr>" + "".join(cells) + "</tr>")
    out.extend(
        [
            "</tbody>",
            "</table>",
            '<p class="note">※現状値は計画策定時に把握した平成31年度（令和元年度）の数値です。</p>',
            '<p class="note">※単位は指標名の括弧内に記載しています。括弧のない指標は備考欄をご覧ください。</p>',
            "</main>",
            "<footer><p>大河原町役場 企画財政課 企画調整班　〒989-1295　宮城県柴田郡大河原町字新南19</p></footer>",
            "</body>",
            "</html>",
            "",
        ]
    )
    return "\n".join(out)


def ogawara() -> Path:
    path = HERE / "ogawara_machizukuri_shihyo_r5.html"
    path.write_bytes(ogawara_html().encode("utf-8"))
    return path


# --------------------------------------------------------------------------------------------
# 高畠町 (山形県東置賜郡): 第2期まち・ひと・しごと創生総合戦略 数値目標・KPIの実績（令和5年度）
# Real: 180.26km², 20,933人 (2024-10-01 推計), デラウェア 日本一, ラ・フランス発祥の三条目地区, まほろばの里.
# Made up: the strategy's name (assumed) and period, 課, 基本目標 wording, every value.
# --------------------------------------------------------------------------------------------

# (label, 指標, 単位, 基準値, 2021, 2022, 2023, 目標2023, 目標2024, 達成率)
TAKAHATA_GOALS = [
    (
        "1",
        "稼ぐ農業と働く場をつくる",
        "町の農業産出額",
        "億円",
        98.6,
        96.2,
        101.4,
        104.8,
        103.0,
        105.0,
        "101.7",
    ),
    ("2", "新しいひとの流れをつくる", "転入者数", "人", 612, 588, 640, 655, 640, 650, "102.3"),
]
TAKAHATA_KPI = [
    ("1", "ワイナリー・観光果樹園の観光入込客数", "千人", 412, 285, 356, 398, 400, 420, "99.5"),
    ("2", "新規就農者数", "人", 5, 7, 6, 8, 8, 8, "100.0"),
    ("3", "移住相談件数", "件", 46, 58, 71, "８３", 75, 80, "110.7"),
]


def takahata() -> Path:
    wb, ws = _sheet("KPI実績", [5, 24, 30, 7, 12, 10, 10, 10, 10, 10, 11])
    last = 11
    _text(
        ws,
        1,
        1,
        "第２期高畠町まち・ひと・しごと創生総合戦略　数値目標・重要業績評価指標（ＫＰＩ）の実績（令和５年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, last, "令和6年8月　高畠町 企画財政課", align="right")
    _field(ws, 4, "戦略の名称", "第２期高畠町まち・ひと・しごと創生総合戦略", last)
    _field(ws, 5, "計画期間", "令和2年度～令和6年度（5年間）", last)
    _field(ws, 6, "担当課", "企画財政課", last)
    _field(
        ws,
        7,
        "町の概要",
        "面積180.26km²、人口20,933人（2024年10月1日現在推計）。デラウェアの生産量は日本一で、三条目地区はラ・フランス発祥の地。「まほろばの里」として、果樹・稲作とワイン・酒造りを生かした交流を進めている。",
        last,
        height=30,
    )

    def header(r):
        for c, h in [
            (4, "単位"),
            (5, "基準値\n（令和元年度）"),
            (11, "達成率（％）\n（2023年度）"),
        ]:
            _down(ws, r, r + 1, c, h, header=True)
        _span(ws, r, 6, 8, "実績値", header=True)
        _span(ws, r, 9, 10, "目標値", header=True)
        for c, h in zip(range(6, 11), ["2021年度", "2022年度", "2023年度", "2023年度", "2024年度"]):
            _put(ws, r + 1, c, h, header=True)

    _text(ws, 9, 1, "１　数値目標（基本目標ごと）", bold=True, size=11)
    r = 10
    _block(ws, r, r + 1, 1, 2, "基本目標")
    _down(ws, r, r + 1, 3, "数値目標", header=True)
    header(r)
    r += 2
    for no, goal, name, unit, *nums, rate in TAKAHATA_GOALS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, goal)
        _put(ws, r, 3, name)
        _put(ws, r, 4, unit, align="center")
        for c, v in zip(range(5, 11), nums):
            _put(ws, r, c, v, align="right")
        _put(ws, r, 11, rate, align="right", fill=LIGHT)
        ws.row_dimensions[r].height = 20
        r += 1
    r += 1
    _text(ws, r, 1, "２　重要業績評価指標（KPI）", bold=True, size=11)
    r += 1
    _down(ws, r, r + 1, 1, "No.", header=True)
    _block(ws, r, r + 1, 2, 3, "重要業績評価指標（KPI）")
    header(r)
    r += 2
    for no, name, unit, *nums, rate in TAKAHATA_KPI:
        _put(ws, r, 1, no, align="center")
        _span(ws, r, 2, 3, name)
        _put(ws, r, 4, unit, align="center")
        for c, v in zip(range(5, 11), nums):
            _put(ws, r, c, v, align="right")
        _put(ws, r, 11, rate, align="right", fill=LIGHT)
        ws.row_dimensions[r].height = 20
        r += 1
    r += 1
    for line in [
        "※達成率は、2023年度の実績値を2023年度の目標値で除したもの（網掛けの列）。",
        "※基準値は戦略策定時（令和元年度）の数値。観光入込客数は山形県観光者数調査による。",
    ]:
        _text(ws, r, 1, line, size=8)
        r += 1
    _page(ws, "landscape", f"A1:K{r}")
    path = SOURCE / "takahata_senryaku_kpi_r5.xlsx"
    _save(wb, path)
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (haboro, fujisaki, takahata):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {ogawara().name}")


if __name__ == "__main__":
    main()
