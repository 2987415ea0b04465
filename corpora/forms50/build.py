"""Build the built documents of forms50/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/esashi_kouka_kensho_r1.xlsx``, a sheet in the manner of 枝幸町 (北海道) 令和元年度末 まち・ひと・
  しごと創生総合戦略 効果検証: **the target written inside the KPI cell after the name
  (`空き家バンク登録件数10件`)**, **two 達成度 columns dated `平成31年3月末` / `令和2年3月末` whose cells
  repeat a short name and carry the 達成率 in brackets (`登録件数9件（達成率90%）`)**, a target given as prose
  (`5年間で15件`), `―` cells, a 効果検証 prose column with money; and from it ``esashi_kouka_kensho_r1.pdf``;
* ``source/ninohe_seika_shihyo_h26.xlsx``, a sheet in the manner of 二戸市 (岩手県) 総合計画 成果指標の推移:
  **one row spanning two plans, `前期基本計画（H18～H22）` over `H17現状 | H22目標 | H22実績` and
  `後期基本計画（H23～H27）` over `H24実績 | H25実績 | H26実績 | H27目標`**, scale words in the 単位 column
  (`億円`, `千人`), a `―` baseline and a `―` actual; and from it ``ninohe_seika_shihyo_h26.pdf``;
* ``source/hokuto_senryaku_kpi_h28.xlsx``, a sheet in the manner of 北杜市 (山梨県) 総合戦略 KPI の実績:
  基本目標 rows spanning the width, **baseline and target cells carrying their year before a colon
  (`H26：18人`, `H31：25人`)**, **a 施策 marked `【再掲】` repeating a KPI under a second 基本目標**, a 担当課
  per row; and from it ``hokuto_senryaku_kpi_h28.pdf``;
* ``ashikaga_tassei_chosho_r3.html``, a page in the manner of 足利市 (栃木県) 第7次足利市総合計画 達成調書:
  six yearly actual columns crossing the era change (`H28` … `R3`), a `目標値（R3）` column with `以下`,
  **a printed 判定 of four words (`達成` / `一時達成` / `基準値超` / `未達成`) with a legend**, 万人 in the 単位 column.

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
    wb.properties.creator = "forms50/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms50/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms50_soffice_") as tmp:
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
# 枝幸町 (北海道): 総合戦略 効果検証 — KPI 欄に目標、達成度欄に短い名前と（達成率）
# --------------------------------------------------------------------------------------------

# Real (fdocuments.net, 令和元年度末 枝幸町まち・ひと・しごと創生総合戦略 効果検証): the title, <基本目標1> and
# its wording, プロジェクト【移住・定住等の対応と環境整備】, the header words (具体的な施策 / KPI / 達成度
# 平成31年3月末 / 達成度令和2年3月末 / 令和元年度効果検証（追記する成果・課題等）), ◆住環境の整備対策, the two
# KPIs 民間賃貸住宅建設助成件数3件 and 空き家バンク登録件数10件 with their ― ― and 9件(90%) / 10件(100%) cells and
# the gist of their prose. Made up: the date line, the other 施策 and KPIs and every figure of them, the money.
ESASHI = [
    # (No, 具体的な施策, [(KPI, H31.3, R2.3, 効果検証)])
    (
        "1",
        "◆住環境の整備対策",
        [
            (
                "民間賃貸住宅建設助成件数3件",
                "―",
                "―",
                "民間賃貸住宅建設助成制度は、地方創生先行型交付金を活用した平成27年度の単年度事業で、助成件数3件を達成している。",
            ),
            (
                "空き家バンク登録件数10件",
                "登録件数9件（達成率90%）",
                "登録件数10件（達成率100%）",
                "令和元年度に空き家1件の登録があり、制度開始から計10件の登録となり、うち5件が交渉成立となっている。",
            ),
        ],
    ),
    (
        "2",
        "◆移住体験の推進",
        [
            (
                "ちょっと暮らし体験住宅利用者数30人",
                "利用者数24人（達成率80%）",
                "利用者数31人（達成率103%）",
                "体験住宅2棟の改修（事業費1,860千円）により冬期の受入れを開始し、利用者数が目標を上回った。",
            ),
        ],
    ),
    (
        "3",
        "◆就業・起業の支援",
        [
            (
                "新規就業者支援件数　5年間で15件",
                "累計9件（達成率60%）",
                "累計12件（達成率80%）",
                "水産加工業への就業支援が中心。令和2年度は町外在住者への周知を強化する。",
            ),
        ],
    ),
]


def esashi() -> Path:
    widths = [5, 17, 26, 20, 20, 52]
    wb, ws = _sheet("効果検証", widths)
    _text(
        ws, 1, 1, "令和元年度末　枝幸町まち・ひと・しごと創生総合戦略　効果検証", bold=True, size=13
    )
    _text(ws, 2, 6, "令和2年6月　枝幸町", align="right")
    _text(
        ws,
        4,
        1,
        "<基本目標1> 枝幸町への人の流れをつくり、若い世代の定住を促進する",
        bold=True,
        size=11,
    )
    _text(ws, 5, 1, "プロジェクト【移住・定住等の対応と環境整備】", bold=True, size=10)
    h = 6
    head = [
        "No",
        "具体的な施策",
        "KPI",
        "達成度\n平成31年3月末",
        "達成度\n令和2年3月末",
        "令和元年度効果検証（追記する成果・課題等）",
    ]
    for c, word in enumerate(head, start=1):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 30
    r = h + 1
    for no, measure, kpis in ESASHI:
        start = r
        for kpi, a1, a2, prose in kpis:
            _put(ws, r, 1, no if r == start else None, align="center", valign="top")
            _put(ws, r, 2, measure if r == start else None, valign="top")
            _put(ws, r, 3, kpi, valign="top")
            _put(ws, r, 4, a1, align="center" if a1 == "―" else "left", valign="top")
            _put(ws, r, 5, a2, align="center" if a2 == "―" else "left", valign="top")
            _put(ws, r, 6, prose, valign="top", size=8)
            ws.row_dimensions[r].height = 40
            r += 1
        if r - 1 > start:
            _merge(ws, start, 1, r - 1, 1)
            _merge(ws, start, 2, r - 1, 2)
    notes = [
        "※達成度の（　）内は、KPIに掲げた数値に対する達成率。",
        "※「―」は、事業が終了しているため実績を把握していないもの。",
        "※基本目標1の関連事業費（令和元年度決算）：12,480千円",
    ]
    for i, line in enumerate(notes):
        _text(ws, r + 1 + i, 1, line, size=8)
    _page(ws, "landscape")
    path = SOURCE / "esashi_kouka_kensho_r1.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 二戸市 (岩手県): 総合計画 成果指標の推移 — 前期と後期の二つの計画を一行に
# --------------------------------------------------------------------------------------------

# Real (expydoc 8582679, 資料2 二戸市総合計画(H18～H27)について): the plan's name, 前期基本計画 (H18～H22) and
# 後期基本計画 (H23～H27), the 施策の方向 names 1 産業活動が活発なまちづくり / 2 地域を担う人を育てるまちづくり.
# Made up: the report's title, date and issuer, every indicator, unit, figure and 担当課, the notes and money.
NINOHE = [
    # (施策の方向, [(指標, 単位, H17現状, H22目標, H22実績, H24, H25, H26, H27目標, fmt)])
    (
        "1　産業活動が活発なまちづくり",
        [
            ("新規就農者数", "人", 4, 8, 9, 7, 9, 6, 10, "#,##0"),
            ("製造品出荷額等", "億円", 412, 450, 398, 421, 433, "―", 470, "#,##0"),
            ("観光入込客数", "千人", 1032, 1100, 1048, 1065, 1088, 1102, 1150, "#,##0"),
        ],
    ),
    (
        "2　地域を担う人を育てるまちづくり",
        [
            (
                "児童生徒一人当たりの学校図書館貸出冊数",
                "冊",
                28.5,
                35.0,
                33.2,
                34.0,
                36.1,
                37.4,
                40.0,
                "0.0",
            ),
            ("国際交流事業への参加者数（累計）", "人", "―", 200, 215, 262, 301, 338, 400, "#,##0"),
        ],
    ),
]


def ninohe() -> Path:
    widths = [18, 30, 6, 9, 9, 9, 9, 9, 9, 9]
    wb, ws = _sheet("成果指標", widths)
    _text(ws, 1, 1, "二戸市総合計画　成果指標の推移（平成26年度）", bold=True, size=13)
    _text(ws, 2, 10, "平成27年9月　二戸市総務政策部政策推進課", align="right")
    _text(
        ws,
        3,
        1,
        "前期基本計画（平成18年度～平成22年度）の成果指標を後期基本計画（平成23年度～平成27年度）に引き継ぎ、その推移を示す。",
        size=9,
    )
    h = 5
    for c, word in ((1, "施策の方向"), (2, "成果指標"), (3, "単位")):
        _put(ws, h, c, word, header=True)
        _put(ws, h + 1, c, None, header=True)
        _merge(ws, h, c, h + 1, c)
    _span(ws, h, 4, 6, "前期基本計画（H18～H22）", header=True)
    _span(ws, h, 7, 10, "後期基本計画（H23～H27）", header=True)
    for c, word in enumerate(
        ["H17現状", "H22目標", "H22実績", "H24実績", "H25実績", "H26実績", "H27目標"], start=4
    ):
        _put(ws, h + 1, c, word, header=True)
    r = h + 2
    for direction, rows in NINOHE:
        start = r
        for name, unit, *vals, fmt in rows:
            _put(ws, r, 1, direction if r == start else None, valign="top")
            _put(ws, r, 2, name)
            _put(ws, r, 3, unit, align="center")
            for c, v in enumerate(vals, start=4):
                _put(ws, r, c, v, fmt=fmt, align="center" if v == "―" else None)
            ws.row_dimensions[r].height = 20
            r += 1
        if r - 1 > start:
            _merge(ws, start, 1, r - 1, 1)
    notes = [
        "※製造品出荷額等は工業統計調査（暦年）による。H26は調査結果が未公表のため「―」とした。",
        "※国際交流事業への参加者数は、平成18年度の事業開始からの累計。",
        "※前期基本計画期間の普通建設事業費の総額：286億4,000万円",
    ]
    for i, line in enumerate(notes):
        _text(ws, r + i, 1, line, size=8)
    _page(ws, "landscape")
    path = SOURCE / "ninohe_seika_shihyo_h26.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 北杜市 (山梨県): 総合戦略 KPI の実績 — 基準値・目標値の欄に「H26：」、【再掲】の施策
# --------------------------------------------------------------------------------------------

# Real (expydoc 7914463, 北杜市人口ビジョン 北杜市総合戦略 平成27年9月): the strategy's name, ふるさと創生本部 (set
# up in 平成27年4月). Made up: the report's title and date, the 基本目標 and 施策 wording, every KPI, figure and
# 担当課, the notes and money.
HOKUTO = [
    # (基本目標, [(施策, [(KPI, 基準値, 目標値, H27実績, H28実績, 担当課)])])
    (
        "基本目標1　北杜市で働く場をつくり、安心して働けるようにする",
        [
            (
                "（1）農業の担い手の確保",
                [
                    ("新規就農者数", "H26：18人", "H31：25人", "21人", "24人", "農業振興課"),
                    (
                        "遊休農地の解消面積",
                        "H26：12.5ha",
                        "H31：15.0ha",
                        "13.1ha",
                        "14.8ha",
                        "農業委員会",
                    ),
                ],
            ),
            (
                "（2）移住・定住の促進",
                [("移住相談件数", "H26：320件", "H31：500件", "412件", "538件", "企画課")],
            ),
        ],
    ),
    (
        "基本目標2　若い世代の結婚・出産・子育ての希望をかなえる",
        [
            (
                "（1）子育て支援の充実",
                [
                    ("合計特殊出生率", "H25：1.39", "H31：1.50", "―", "1.42", "健康増進課"),
                    ("保育園の待機児童数", "H26：0人", "H31：0人", "0人", "0人", "子育て支援課"),
                ],
            ),
            (
                "（2）移住・定住の促進【再掲】",
                [("移住相談件数", "H26：320件", "H31：500件", "412件", "538件", "企画課")],
            ),
        ],
    ),
]


def hokuto() -> Path:
    widths = [24, 26, 13, 13, 10, 10, 12]
    wb, ws = _sheet("KPI", widths)
    _text(
        ws, 1, 1, "北杜市総合戦略　重要業績評価指標（KPI）の実績（平成28年度）", bold=True, size=13
    )
    _text(ws, 2, 7, "平成29年9月　北杜市ふるさと創生本部", align="right")
    h = 4
    head = [
        "具体的な施策",
        "重要業績評価指標（KPI）",
        "基準値",
        "目標値",
        "H27実績",
        "H28実績",
        "担当課",
    ]
    for c, word in enumerate(head, start=1):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 20
    r = h + 1
    for goal, measures in HOKUTO:
        cell = _span(ws, r, 1, 7, goal, bold=True)
        cell.fill = LIGHT
        ws.row_dimensions[r].height = 18
        r += 1
        for measure, kpis in measures:
            start = r
            for kpi, base, target, a27, a28, dept in kpis:
                _put(ws, r, 1, measure if r == start else None, valign="top")
                _put(ws, r, 2, kpi)
                _put(ws, r, 3, base, align="center")
                _put(ws, r, 4, target, align="center")
                _put(ws, r, 5, a27, align="center" if a27 == "―" else "right")
                _put(ws, r, 6, a28, align="right")
                _put(ws, r, 7, dept, align="center")
                ws.row_dimensions[r].height = 18
                r += 1
            if r - 1 > start:
                _merge(ws, start, 1, r - 1, 1)
    notes = [
        "※基準値・目標値の欄は「年度：値」で示す。目標値はいずれも平成31年度の値。",
        "※【再掲】は、他の基本目標に掲げた施策を再び掲げたもの。",
        "※合計特殊出生率のH27は、人口動態統計の公表前のため「―」とした。",
        "※地方創生加速化交付金事業費（H28）：48,600千円",
    ]
    for i, line in enumerate(notes):
        _text(ws, r + i, 1, line, size=8)
    _page(ws, "portrait")
    path = SOURCE / "hokuto_senryaku_kpi_h28.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 足利市 (栃木県): 第7次総合計画 達成調書 — 判定 4 区分と凡例
# --------------------------------------------------------------------------------------------

# Real (city page 第7次足利市総合計画を検証しました): the plan's name and nickname あしかが元気輝きプラン, its
# period 平成28(2016)年度～令和3(2021)年度, 160 indicators, the idea of 一時でも目標を達成したもの and
# 基準値を上回ったもの, the issuer 総合政策部 総合政策課, 令和5年2月. Made up: the five indicators and every
# figure, the 判定 words as placed, the legend wording and the notes.
ASHIKAGA = [
    # (No, 指標, 単位, 基準値, H28, H29, H30, R1, R2, R3, 目標値, 判定)
    (
        "1",
        "合計特殊出生率",
        "―",
        "1.29",
        "1.31",
        "1.27",
        "1.25",
        "1.22",
        "1.24",
        "1.20",
        "1.40",
        "未達成",
    ),
    (
        "2",
        "観光入込客数",
        "万人",
        "612",
        "640",
        "668",
        "701",
        "722",
        "398",
        "455",
        "700",
        "一時達成",
    ),
    ("3", "保育施設の待機児童数", "人", "18", "12", "9", "5", "0", "0", "0", "0", "達成"),
    (
        "4",
        "自主防災組織の組織率",
        "%",
        "78.4",
        "80.1",
        "81.0",
        "82.3",
        "83.5",
        "84.0",
        "84.6",
        "90.0",
        "基準値超",
    ),
    (
        "5",
        "刑法犯認知件数",
        "件",
        "1,402",
        "1,288",
        "1,150",
        "1,021",
        "903",
        "812",
        "776",
        "1,000以下",
        "達成",
    ),
]


def ashikaga_html() -> str:
    body = "\n".join(
        "<tr>"
        + f'<td class="c">{no}</td><td>{name}</td><td class="c">{unit}</td>'
        + "".join(f'<td class="r">{v}</td>' for v in vals)
        + f'<td class="c">{mark}</td></tr>'
        for no, name, unit, *vals, mark in ASHIKAGA
    )
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>第7次足利市総合計画 達成調書　足利市</title>
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
<h1>第7次足利市総合計画「あしかが元気輝きプラン」達成調書</h1>
<p>令和5年2月　足利市総合政策部総合政策課</p>
<p>計画期間（平成28（2016）年度～令和3（2021）年度）の終了に当たり、指標ごとに実績の推移と目標の達成状況を判定しました。</p>
<h2>主な指標の達成状況</h2>
<table>
<thead>
<tr><th rowspan="2">No.</th><th rowspan="2">指標名</th><th rowspan="2">単位</th><th rowspan="2">基準値<br>（H26）</th><th colspan="6">実績値</th><th rowspan="2">目標値<br>（R3）</th><th rowspan="2">判定</th></tr>
<tr><th>H28</th><th>H29</th><th>H30</th><th>R1</th><th>R2</th><th>R3</th></tr>
</thead>
<tbody>
{body}
</tbody>
</table>
<p class="note">判定：達成…令和3年度の実績値が目標値に達したもの　一時達成…計画期間中に一時でも目標値に達したもの　基準値超…目標値には達しなかったが基準値を上回ったもの　未達成…上記以外</p>
<p class="note">※観光入込客数のR2・R3は、新型コロナウイルス感染症の影響により大きく減少しました。</p>
<p class="note">※計画期間中の普通建設事業費の総額：約812億円</p>
</body>
</html>
"""


def ashikaga() -> Path:
    path = HERE / "ashikaga_tassei_chosho_r3.html"
    path.write_bytes(ashikaga_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (esashi, ninohe, hokuto):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {ashikaga().name}")


if __name__ == "__main__":
    main()
