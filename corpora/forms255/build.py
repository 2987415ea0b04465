"""Build the built documents of forms255/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/shimizu_shisaku_hyoka_r5.xlsx``, a 総合計画 施策評価シート in the manner of 清水町 (静岡県):
  form fields (施策名, 主管課, 事業費 in 千円, 関連事業数, a prose 概況) over **a years-down grid
  whose every fiscal year is two sub-rows, ``目標`` and ``実績`` (``見込`` for the open year), named
  in a ``区分`` column beside the merged year cell**; one indicator counted by calendar year
  (``（暦年）`` in its name); ``中止`` and ``未集計`` cells; and the PDF;
* ``source/kumiyama_kpi_shinchoku_r5.xlsx``, a 第2期総合戦略 KPI 進捗 in the manner of 久御山町
  (京都府): western fiscal-year actual columns **closed by a mid-year ``2023年9月末`` column**,
  **baseline cells that carry their own dates (``15,964（R1.12末）``, ``6（R元年度）``)**, a
  ``担当課`` column, a 5-year cumulative target, a prose population box; and the PDF;
* ``source/inami_seika_shihyo_h21.xlsx``, a 総合計画 成果指標 sheet in the manner of 稲美町 (兵庫県):
  **year headers that print no era but carry their western year in brackets on a second line
  (``17年度（2005）`` … ``23年度（2011）``)** under role cells ``基準値 | 実績値 | 見込 | 目標値``,
  **a ``見込`` column for the running year set between the last actual and the target on a
  mid-year sheet**, a value with a footnote mark (``52.6※2``), a shaded ``（参考）関連事業費`` row
  inside the grid, ``約45`` in ``千人``; and the PDF;
* ``miyake_kpi_jokyo_r2.html``, a 総合戦略 KPI page in the manner of 三宅町 (奈良県): **column headers
  dated to the day in dotted era form across the era change (``H31.1.1``, ``R2.1.1``, ``R3.1.1``,
  ``R7.1.1``)**, 目標値 spanning two such dates; a second table of calendar years (``令和2年``)
  spanning ``目標 | 実績``, with ``▲`` natural-decrease figures and a negative target.

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
    wb.properties.creator = "forms255/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms255/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms255_soffice_") as tmp:
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
# 清水町 (静岡県駿東郡): 清水町総合計画 施策評価シート（令和5年度実績）
# --------------------------------------------------------------------------------------------

# Real (町長の部屋, town.shimizu.shizuoka.jp; 静岡新聞): 柿田川 (富士山の雪解け水などが伏流水となって
# 湧き出す), 柿田川公園, 県内随一の人口密度, the 湧水まつり (two years cancelled by the pandemic),
# the (仮称)柿田川を語る会. Made up: the sheet, 課, money, every indicator and figure.
SZ_YEARS = [
    # (year cell, [(区分, KPI① 千人, KPI② 人, KPI③ 人), ...])
    ("R元", [("基準値", 582, 28000, 1240)]),
    ("R3", [("目標", 600, 28000, 1300), ("実績", 312, "中止", 860)]),
    ("R4", [("目標", 600, 28000, 1300), ("実績", 455, 21500, 1120)]),
    ("R5", [("目標", 620, 28000, 1350), ("実績", 598, 26800, 1410)]),
    ("R6", [("目標", 640, 30000, 1400), ("見込", "約610", "未集計", 1450)]),
    ("R7（最終）", [("目標", 650, 30000, 1500)]),
]


def shimizu() -> Path:
    wb, ws = _sheet("施策評価", [12, 9, 24, 24, 24])
    _text(ws, 1, 1, "清水町総合計画　施策評価シート（令和5年度実績）", bold=True, size=14)
    _text(ws, 2, 5, "令和6年8月　清水町", align="right")
    _text(ws, 4, 1, "１　施策の概要", bold=True, size=11)
    fields = [
        ("施策名", "柿田川の保全と水辺空間の活用", "主管課", "都市計画課"),
        ("関連課", "生涯学習課・産業観光課", "関連事業数", "6事業"),
        ("施策に係る事業費（R5決算・千円）", 52380, "評価者", "都市計画課長"),
    ]
    r = 5
    for l1, v1, l2, v2 in fields:
        _span(ws, r, 1, 2, l1, header=True)
        _put(ws, r, 3, v1, align="left")
        _put(ws, r, 4, l2, header=True)
        _put(ws, r, 5, v2, align="left")
        ws.row_dimensions[r].height = 22
        r += 1
    _span(ws, r, 1, 2, "町の概況", header=True)
    _span(
        ws,
        r,
        3,
        5,
        "富士山の雪解け水などが百年の歳月をかけ伏流水となって湧き出す柿田川をはじめ、豊かな自然環境と良好な住環境に恵まれ、"
        "県内随一の人口密度を誇る。湧水まつりは感染症の影響で2年続けて中止となった。",
    )
    ws.row_dimensions[r].height = 44
    _text(ws, 10, 1, "２　成果指標の推移（年度別）", bold=True, size=11)
    h = 11
    _put(ws, h, 1, "年度", header=True)
    _put(ws, h, 2, "区分", header=True)
    names = [
        "成果指標①\n柿田川公園の来園者数（暦年）",
        "成果指標②\n湧水まつりの来場者数",
        "成果指標③\n柿田川の保全活動への延べ参加者数",
    ]
    for j, name in enumerate(names):
        _put(ws, h, 3 + j, name, header=True)
    ws.row_dimensions[h].height = 34
    _span(ws, h + 1, 1, 2, "単位", header=True)
    for j, unit in enumerate(["千人", "人", "人"]):
        _put(ws, h + 1, 3 + j, unit, header=True)
    r = h + 2
    for year, rows in SZ_YEARS:
        first = r
        for kubun, *vals in rows:
            _put(ws, r, 1, year if r == first else None, align="center")
            _put(ws, r, 2, kubun, align="center")
            _vals(ws, r, 3, vals)
            ws.row_dimensions[r].height = 18
            r += 1
        if r - 1 > first:
            _merge(ws, first, 1, r - 1, 1)
    _notes(
        ws,
        r + 1,
        [
            "※成果指標①は暦年（1月～12月）の集計です。その他の指標は年度（4月～翌年3月）の集計です。",
            "※R6の「見込」は令和6年7月末時点の見込値です。湧水まつり（R6）は8月開催のため未集計です。",
            "※R3の湧水まつりは新型コロナウイルス感染症の影響により中止しました。",
            "※（仮称）柿田川を語る会（R5設置、5団体参加）の意見を次年度の取組に反映します。",
        ],
    )
    _text(ws, r + 6, 1, "３　評価と今後の方向性", bold=True, size=11)
    _para(
        ws,
        r + 7,
        1,
        5,
        "来園者数は感染症前の水準に回復しつつあり、保全活動への参加者は目標を上回った。引き続き柿田川の保全と活用の両立を図る。",
        36,
        border=True,
    )
    _page(ws, "portrait")
    path = SOURCE / "shimizu_shisaku_hyoka_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 久御山町 (京都府久世郡): 第2期久御山町総合戦略 重要業績評価指標（KPI）の進捗状況（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (久御山町 地域再生計画, furusato-funding.jp/projects/2095; town.kumiyama.lg.jp): 15,964人
# (2019年12月末, 住民基本台帳), the 人口ビジョン's 15,293人 (2020年) and 16,063人 (2030年), the
# 基本目標 names, the 第2期 starting in 令和2年度, the 課 names (産業課, 都市整備課, 行財政課).
# Made up: the sheet, date, every KPI, figure and target.
KM_BLOCKS = [
    (
        "基本目標1　町内定住の促進",
        [
            (
                "1",
                "町の人口",
                "人",
                "15,964（R1.12末）",
                15880,
                15790,
                15702,
                15655,
                "16,000",
                "行財政課",
            ),
            ("2", "転入超過数", "人", "▲52（R元年度）", 12, "▲8", 35, 21, "30", "行財政課"),
            (
                "3",
                "町営住宅の入居率",
                "％",
                "86.4（H31.4.1）",
                88.0,
                89.5,
                90.2,
                91.0,
                "95.0",
                "都市整備課",
            ),
        ],
    ),
    (
        "基本目標2　産業活力の発揮",
        [
            (
                "4",
                "町の支援による新規創業者数",
                "件",
                "6（R元年度）",
                5,
                7,
                8,
                4,
                "累計40（5年間）",
                "産業課",
            ),
            (
                "5",
                "町内企業の新規雇用者数",
                "人",
                "118（R元年度）",
                96,
                124,
                131,
                70,
                "150",
                "産業課",
            ),
        ],
    ),
]


def kumiyama() -> Path:
    wb, ws = _sheet("KPI進捗", [5, 30, 6, 17, 10, 10, 10, 11, 14, 11])
    _text(
        ws,
        1,
        1,
        "第2期久御山町総合戦略　重要業績評価指標（KPI）の進捗状況（令和5年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 10, "令和5年10月　久御山町行財政課", align="right")
    _span(ws, 4, 1, 2, "計画期間", header=True)
    _span(ws, 4, 3, 5, "令和2年度～令和6年度（5年間）", align="left")
    _span(ws, 4, 6, 7, "関連事業費（R4決算・千円）", header=True)
    _span(ws, 4, 8, 10, 214560)
    ws.row_dimensions[4].height = 22
    _span(ws, 5, 1, 2, "人口の見通し", header=True)
    _span(
        ws,
        5,
        3,
        10,
        "本町の人口は2019年12月末現在で15,964人（住民基本台帳）。人口ビジョンの推計（2020年15,293人）とほぼ同じ水準で推移しており、"
        "2030年の16,063人をピークに減少局面となる見込みである。",
    )
    ws.row_dimensions[5].height = 34
    h = 7
    _head2(
        ws,
        h,
        [
            (1, "No."),
            (2, "重要業績評価指標（KPI）"),
            (3, "単位"),
            (4, "基準値"),
            (9, "目標値\n（2024年度）"),
            (10, "担当課"),
        ],
        [(5, 8, "実績値", ["2020年度", "2021年度", "2022年度", "2023年9月末"])],
    )
    r = h + 2
    for heading, rows in KM_BLOCKS:
        _span(ws, r, 1, 10, heading, fill=LIGHT, bold=True)
        ws.row_dimensions[r].height = 18
        r += 1
        for no, name, unit, base, *rest in rows:
            *vals, target, ka = rest
            _put(ws, r, 1, no, align="center")
            _put(ws, r, 2, name)
            _put(ws, r, 3, unit, align="center")
            _put(ws, r, 4, base, align="right")
            _vals(ws, r, 5, vals)
            _put(ws, r, 9, target, align="right")
            _put(ws, r, 10, ka, align="center")
            ws.row_dimensions[r].height = 20
            r += 1
    _notes(
        ws,
        r + 1,
        [
            "※基準値は、指標ごとに把握できた直近の時点の値です（括弧内は時点）。",
            "※2023年9月末の欄は、令和5年度の上半期（4月～9月）の実績です。No.1・No.3は9月末時点の値です。",
            "※No.4の目標値は計画期間5年間の累計です。▲は転出超過を示します。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "kumiyama_kpi_shinchoku_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 稲美町 (兵庫県加古郡): 第4次稲美町総合計画 成果指標の推移（平成21年度実績）
# --------------------------------------------------------------------------------------------

# Real (神戸芸術工科大学紀要 18-06; kampuspedia 稲美町): 第4次稲美町総合計画 and its 目標人口 35,000人
# (平成23年度), 31,944人 (平成17年), the ため池 (約80か所), 天満大池 (県内最古), 加古大池 (県内最大),
# 淡河川疏水 (1891年). Made up: the sheet, 課, every indicator and figure, the money row.
IN_ROWS = [
    ("1", "ため池の保全活動に取り組む水利組合数", "団体", 18, 24, 29, 33, 36, 40),
    ("2", "ほ場整備率", "％", 78.2, 80.1, 81.0, 81.5, 82.3, 85.0),
    (
        "3",
        "町民意識調査で「ため池を身近に感じる」と答えた割合",
        "％",
        41.3,
        44.0,
        "52.6※2",
        50.1,
        53.0,
        55.0,
    ),
    ("4", "天満大池・加古大池周辺の散策者数※1", "千人", "約45", 48, 51, 53, "約55", 60),
]


def inami() -> Path:
    wb, ws = _sheet("成果指標", [5, 34, 7, 10, 10, 10, 10, 10, 10])
    _text(ws, 1, 1, "第4次稲美町総合計画　成果指標の推移（平成21年度実績）", bold=True, size=13)
    _text(ws, 2, 9, "平成22年7月　稲美町企画課", align="right")
    fields = [
        ("政策", "ため池と田園が織りなす快適な環境づくり"),
        ("目標年次", "平成23年度（目標人口35,000人）"),
        (
            "町の概況",
            "人口31,944人（平成17年）。約80か所のため池を有し、県内最古とされる天満大池、県内最大の加古大池がある。",
        ),
    ]
    r = 4
    for label, value in fields:
        _span(ws, r, 1, 2, label, header=True)
        _span(ws, r, 3, 9, value, align="left")
        ws.row_dimensions[r].height = 30 if len(value) > 40 else 20
        r += 1
    _text(ws, 8, 1, "■成果指標の推移", bold=True, size=11)
    _head2(
        ws,
        9,
        [(1, "No."), (2, "成果指標"), (3, "単位")],
        [
            (4, 4, "基準値", ["17年度\n（2005）"]),
            (5, 7, "実績値", ["19年度\n（2007）", "20年度\n（2008）", "21年度\n（2009）"]),
            (8, 8, "見込", ["22年度\n（2010）"]),
            (9, 9, "目標値", ["23年度\n（2011）"]),
        ],
    )
    ws.row_dimensions[10].height = 30
    r = 11
    for no, name, unit, *vals in IN_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, vals)
        ws.row_dimensions[r].height = 26
        r += 1
    _span(ws, r, 1, 3, "（参考）関連事業費（千円）", fill=LIGHT)
    for j, v in enumerate([184200, 162750, 171030, 158940, 166500, None]):
        _put(ws, r, 4 + j, "" if v is None else v, align="right", fill=LIGHT)
    ws.row_dimensions[r].height = 20
    _notes(
        ws,
        r + 2,
        [
            "※1 散策者数は、毎年11月の1週間に実施する利用者カウント調査（年1回）からの推計値です。",
            "※2 平成20年度は調査方法を変更（郵送から窓口配布）したため、他の年度との比較には注意を要します。",
            "※18年度は調査を実施していないため掲載していません。関連事業費は各年度の決算額（22年度は予算額）です。",
            "※22年度の見込は平成22年6月末時点の見込値です。淡河川疏水（明治24年通水）の学習会を毎年2回開催しています。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "inami_seika_shihyo_h21.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 三宅町 (奈良県磯城郡): 三宅町まち・ひと・しごと創生総合戦略 KPIの進捗状況（令和2年度）
# --------------------------------------------------------------------------------------------

# Real (三宅町 地域再生計画, furusato-funding.jp/projects/2183; 三宅町地方創生推進委員会 議事要旨):
# the peak 8,672人 (平成5年), 6,740人 (令和3年4月), 年少人口 664人, 生産年齢人口 3,729人 and 老年人口
# 2,449人 (令和2年1月1日), the 令和2年 自然減 ▲46人, the 推進委員会 with 総務課 as 事務局.
# Made up: the page, its date, the 基本目標 wording, every other figure and target.
MIYAKE_HTML = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>三宅町まち・ひと・しごと創生総合戦略 KPIの進捗状況（令和2年度）｜三宅町</title>
<style>
body { font-family: "IPAGothic", "Noto Sans CJK JP", sans-serif; font-size: 14px; margin: 1.5em; }
table { border-collapse: collapse; margin: 0.5em 0 1em; }
th, td { border: 1px solid #666; padding: 4px 8px; }
th { background: #e8e8e8; font-weight: normal; }
td.n { text-align: right; }
p.note { font-size: 12px; }
</style>
</head>
<body>
<p class="breadcrumb"><a href="/">ホーム</a> &gt; <a href="/soshiki/somu/">総務課</a> &gt; 地方創生</p>
<h1>三宅町まち・ひと・しごと創生総合戦略 KPIの進捗状況（令和2年度）</h1>
<p class="date">掲載日：令和3年9月15日　担当：総務課</p>
<p>三宅町の人口は平成5年の8,672人をピークに減少傾向にあり、住民基本台帳によると令和3年4月時点で6,740人となっています。令和2年1月1日現在の年少人口は664人、生産年齢人口は3,729人、老年人口は2,449人です。</p>
<p>三宅町地方創生推進委員会（令和3年8月26日開催、委員13名）において、令和2年度の取組とKPIの進捗状況を検証しました。人口に関する指標は、各年1月1日現在の住民基本台帳の人数です。</p>
<h2>基本目標１　子育て世代が住み続けたいまち</h2>
<table>
<thead>
<tr><th rowspan="2">No.</th><th rowspan="2">指標</th><th rowspan="2">単位</th><th>基準値</th><th colspan="2">実績値</th><th colspan="2">目標値</th></tr>
<tr><th>H31.1.1</th><th>R2.1.1</th><th>R3.1.1</th><th>R3.1.1</th><th>R7.1.1</th></tr>
</thead>
<tbody>
<tr><td>1</td><td>年少人口（0～14歳）</td><td>人</td><td class="n">702</td><td class="n">664</td><td class="n">641</td><td class="n">680</td><td class="n">650</td></tr>
<tr><td>2</td><td>生産年齢人口（15～64歳）</td><td>人</td><td class="n">3,802</td><td class="n">3,729</td><td class="n">3,655</td><td class="n">3,700</td><td class="n">3,600</td></tr>
</tbody>
</table>
<h2>基本目標２　結婚・出産・子育ての希望をかなえる</h2>
<table>
<thead>
<tr><th rowspan="2">No.</th><th rowspan="2">指標</th><th rowspan="2">単位</th><th rowspan="2">基準値<br>（平成30年）</th><th>令和元年</th><th colspan="2">令和2年</th><th rowspan="2">最終目標<br>（令和6年）</th></tr>
<tr><th>実績</th><th>目標</th><th>実績</th></tr>
</thead>
<tbody>
<tr><td>3</td><td>出生数</td><td>人</td><td class="n">41</td><td class="n">38</td><td class="n">45</td><td class="n">36</td><td class="n">50</td></tr>
<tr><td>4</td><td>自然増減数</td><td>人</td><td class="n">▲38</td><td class="n">▲52</td><td class="n">▲40</td><td class="n">▲46</td><td class="n">▲30</td></tr>
<tr><td>5</td><td>合計特殊出生率</td><td></td><td class="n">1.12</td><td class="n">1.05</td><td class="n">1.20</td><td class="n">1.09</td><td class="n">1.30</td></tr>
</tbody>
</table>
<p class="note">※基本目標２の指標は暦年（1月～12月）の集計です。▲は減少（死亡数が出生数を上回ったこと）を示します。</p>
<p class="note">※人口ビジョンでは、合計特殊出生率を人口置換水準である2.07まで向上させることを長期的な目標としています。</p>
<p class="note">※本ページの指標は総合戦略に掲げる全18指標のうち5指標です。</p>
</body>
</html>
"""


def miyake() -> Path:
    path = HERE / "miyake_kpi_jokyo_r2.html"
    path.write_bytes(MIYAKE_HTML.encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (shimizu, kumiyama, inami):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {miyake().name}")


if __name__ == "__main__":
    main()
