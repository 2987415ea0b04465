"""Build the built documents of forms347/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/kamisunagawa_kpi_shinchoku_r5.xlsx``, a 第2期総合戦略 KPI進捗状況 in the manner of 上砂川町
  (北海道空知): form fields, a two-row header ``基準値（H30） | 実績値 (R3 | R4 | R5) | R5目標 |
  最終目標（R6） | 前年度比``, **a 前年度比 column of arrows and differences (``↗ +4``, ``↘ △3``) that
  holds no observation**, and **an R5 cell ``7※`` that a note dates to 令和6年1月末**; and the PDF;
* ``source/yuni_jimujigyo_hyoka_r5.xlsx``, a 事務事業評価シート in the manner of 由仁町 (北海道空知):
  活動指標 / 成果指標 rows under ``R3年度 | R4年度 | R5年度`` each spanning ``計画 | 実績``, **a 単位 cell
  holding only a note mark ``※1`` whose note says the values are in 千人**, and **an actual cell
  ``4（1回荒天中止）``**; and the PDF;
* ``source/kimobetsu_seika_shihyo_r6.xlsx``, a 総合計画 成果指標の推移 in the manner of 喜茂別町 (北海道後志):
  two grids under the plan's 基本構想 headings with **bare Western years as column heads
  (``2020`` … ``2023``, ``2024見込``), a note making them fiscal years except for one named row, which
  is in calendar years**, and a ``現状維持`` target; and the PDF;
* ``kamoenai_kpi_kensho_r5.html``, a 第2期総合戦略 KPI検証 page in the manner of 神恵内村 (北海道後志):
  ``<th rowspan>`` 基本目標 cells, units inside the value cells (``4.6億円``, ``168人``), full-width
  ``R３`` heads, ◎○△ grades with their legend, **a prose target ``5年間で累計50人`` in a column of
  numeric targets** and ``未集計``.

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
    wb.properties.creator = "forms347/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms347/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms347_soffice_") as tmp:
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
# 瀬戸内市 (岡山県): 地域再生計画 KPI効果検証シート（令和6年度）
# --------------------------------------------------------------------------------------------

# Real (地域再生計画 瀬戸内市太陽のまち創生推進計画, furusato-funding.jp/projects/2278): the plan's name,
# the 2004 merger of 牛窓町・邑久町・長船町, the population (約3.9万人 in 2000, 約3.8万人 in 2010, 約2.8万人
# in 2045 by 社人研), 牡蠣 and オリーブ as local products, the 錦海塩田跡地. Made up: the sheet, 課, money,
# every KPI, figure, grade and note.
SU_ROWS = [
    ("KPI①　移住相談を経た市外からの移住者数", "人", 42, 68, 75, 80, 90, "B"),
    ("KPI②　牡蠣の生産量", "t（むき身）", 1312, 1208, 1265, 1190, 1400, "C"),
    ("KPI③　オリーブ加工品の販売額", "千円", 18400, 21960, 24310, 26000, 25000, "A"),
    (
        "KPI④　錦海塩田跡地における環境学習施設の整備",
        "―",
        "―",
        "設計",
        "着工",
        "R6.10供用開始",
        "R6年度中供用開始",
        "A",
    ),
]


# --------------------------------------------------------------------------------------------
# 上砂川町 (北海道空知郡): 第2期総合戦略 KPI進捗状況（令和5年度実績）
# --------------------------------------------------------------------------------------------

# Real (e-kensin.net/news/100493.html): 面積39.9km², 道内で最も小さい, 三井砂川炭鉱, 高齢化率49%,
# スライドガラス, 住宅新築最大190万円 / 中古70万円. Made up: the plan's period wording, 企画課, every KPI.
KAMISUNAGAWA_ROWS = [
    ("1", "移住者数", "人", [12, 15, 18, 22, 20, 25], "↗ +4"),
    ("2", "お試し暮らし住宅（シェアハウス）利用者数", "人", [31, 45, 52, 49, 55, 60], "↘ △3"),
    ("3", "住宅新築・中古住宅購入助成件数", "件", [6, 8, 9, "7※", 10, 10], "↘ △2"),
    ("4", "転出超過数の抑制", "人", [58, 47, 51, 44, 45, 40], "↘ △7"),
    ("5", "町内事業所への町外からの通勤者数", "人", [410, 395, 402, "―", 420, 430], "―"),
]


def kamisunagawa() -> Path:
    wb, ws = _sheet("KPI進捗", [5, 30, 6, 9, 8, 8, 8, 8, 10, 10])
    _text(ws, 1, 1, "第2期上砂川町まち・ひと・しごと創生総合戦略", bold=True, size=12)
    _text(ws, 2, 1, "重要業績評価指標（KPI）進捗状況（令和5年度実績）", bold=True, size=12)
    _text(ws, 3, 10, "令和6年8月", align="right")
    form = [
        ("計画の名称", "第2期上砂川町まち・ひと・しごと創生総合戦略"),
        ("計画期間", "令和２年度～令和６年度（５年間）"),
        ("担当課", "企画課"),
    ]
    r = 5
    for key, val in form:
        _span(ws, r, 1, 2, key, header=True)
        _span(ws, r, 3, 10, val)
        ws.row_dimensions[r].height = 18
        r += 1
    _span(ws, r, 1, 2, "町の概要", header=True)
    _span(
        ws,
        r,
        3,
        10,
        "面積39.9km²と道内で最も小さい町。三井砂川炭鉱の閉山後も、医療用スライドガラスなどを製造するものづくり企業が立地している。高齢化率は約49％（2017年）と高く、住宅新築には最大190万円、中古住宅の購入には最大70万円を助成し、移住・定住を進めている。",
        valign="top",
    )
    ws.row_dimensions[r].height = 52
    r += 2
    _text(
        ws,
        r,
        1,
        "基本目標２　新しいひとの流れをつくり、住み続けたいまちをつくる",
        bold=True,
        size=10,
    )
    h = r + 1
    _head2(
        ws,
        h,
        [
            (1, "No."),
            (2, "重要業績評価指標（KPI）"),
            (3, "単位"),
            (4, "基準値\n（H30）"),
            (8, "R5目標"),
            (9, "最終目標\n（R6）"),
            (10, "前年度比"),
        ],
        [(5, 7, "実績値", ["R3", "R4", "R5"])],
    )
    r = h + 2
    for no, name, unit, vals, diff in KAMISUNAGAWA_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, vals)
        _put(ws, r, 10, diff, align="center")
        ws.row_dimensions[r].height = 24
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※No.3のR5実績は令和6年1月末現在の件数（年度途中の数値）。",
            "※前年度比はR5実績とR4実績の差（↗増加　→横ばい　↘減少）。△はマイナスを表す。",
            "※No.5のR5実績は事業所調査の集計中のため「―」とした。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "kamisunagawa_kpi_shinchoku_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 由仁町 (北海道夕張郡): 事務事業評価シート（令和5年度実施分）
# --------------------------------------------------------------------------------------------

# Real (town.yuni.lg.jp/chosei/yuni-gaiyo/yuni-syokai; mykoho.jp 広報ゆに 2024年4月号 町政執行方針):
# 133.74km², 4,540人 (R6.11.1), the policy heading 地域産業活動がキラリと輝くまちづくり, ゆにガーデン,
# まちなか回遊, 由仁ブランド. Made up: the 事業 name, 産業振興課, every figure of the grid, the 事業費.
YUNI_ROWS = [
    ("活動指標", "プロモーション出展回数", "回", [4, 4, 5, 5, 5, "4（1回荒天中止）", 5]),
    ("活動指標", "まちなか回遊スタンプラリー参加店舗数", "店舗", [18, 17, 20, 21, 22, 22, 24]),
    ("成果指標", "ゆにガーデン入園者数", "※1", [60.0, 48.2, 60.0, 55.6, 65.0, 61.3, 70.0]),
    (
        "成果指標",
        "町内農産物直売所の売上額",
        "千円",
        [30000, 28450, 31000, 31920, 32000, 33105, 33000],
    ),
]


def yuni() -> Path:
    wb, ws = _sheet("評価シート", [10, 34, 7, 9, 9, 9, 9, 9, 12, 10])
    _text(ws, 1, 1, "事務事業評価シート（令和５年度実施分）", bold=True, size=13)
    _text(ws, 1, 10, "作成日　令和6年7月10日", align="right")
    form = [
        ("事務事業名", "ゆにガーデン活用観光振興事業"),
        ("担当課", "産業振興課"),
        ("総合計画上の位置づけ", "地域産業活動がキラリと輝くまちづくり（観光の振興）"),
    ]
    r = 3
    for key, val in form:
        _put(ws, r, 1, key, header=True)
        _span(ws, r, 2, 10, val)
        ws.row_dimensions[r].height = 18
        r += 1
    _put(ws, r, 1, "事業の概要", header=True)
    _span(
        ws,
        r,
        2,
        10,
        "ゆにガーデンを核としたプロモーションを強化し、まちなか回遊の促進と地元農産物を活用した由仁ブランドの発信を行う。町の人口は4,540人（令和6年11月1日現在）、面積は133.74km²。令和5年度決算額12,480千円（うち一般財源8,200千円）。",
        valign="top",
    )
    ws.row_dimensions[r].height = 40
    r += 2
    _text(ws, r, 1, "３　指標の推移", bold=True, size=10)
    h = r + 1
    _head2(
        ws,
        h,
        [(1, "区分"), (2, "指標名"), (3, "単位")],
        [
            (4, 5, "R3年度", ["計画", "実績"]),
            (6, 7, "R4年度", ["計画", "実績"]),
            (8, 9, "R5年度", ["計画", "実績"]),
            (10, 10, "R6年度", ["計画"]),
        ],
    )
    r = h + 2
    first = r
    for kind, name, unit, vals in YUNI_ROWS:
        _put(ws, r, 1, kind, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, vals)
        ws.row_dimensions[r].height = 24
        r += 1
    _merge(ws, first, 1, first + 1, 1)
    _merge(ws, first + 2, 1, first + 3, 1)
    _notes(
        ws,
        r + 1,
        [
            "※1　入園者数は千人単位で記載（開園期間4月下旬～10月の合計）。",
            "※　出展回数の実績欄の（　）内は中止した回数で、実績には含めていない。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "yuni_jimujigyo_hyoka_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 喜茂別町 (北海道虻田郡): 第6次喜茂別町総合計画 成果指標の推移（最終年度検証）
# --------------------------------------------------------------------------------------------

# Real (town.kimobetsu.hokkaido.jp/town/detail.php?content=132; iju-join.jp; ec-shokokai.p-kit.com):
# the plan, its period R2～R6, 将来像, the two 基本構想 headings, 189.51km², 林野率80%, 水の郷 (H5),
# 道の駅「望羊中山」 年間約2万6千人, アスパラガス. Made up: 企画課 and every figure of the grids.
KIMOBETSU_GRIDS = [
    (
        "基本構想１　「ひと」にやさしい、安心・安全なまち",
        [
            ("特定健康診査受診率", "％", [38.5, 35.2, 40.1, 42.6, 44.0, 45.5, 50.0]),
            ("流雪溝の利用世帯数", "世帯", [412, 405, 401, 398, 396, 395, "現状維持"]),
        ],
    ),
    (
        "基本構想２　活力にあふれ、「ひと」が集まるまち",
        [
            ("アスパラガス出荷量", "t", [410, 385, 402, 371, 396, 405, 450]),
            ("道の駅「望羊中山」入込客数", "千人", [26, 14, 19, 23, 25, 26, 30]),
            ("移住相談件数", "件", [8, 12, 15, 21, 18, "―", 20]),
        ],
    ),
]


def kimobetsu() -> Path:
    wb, ws = _sheet("成果指標", [30, 6, 11, 7, 7, 7, 7, 8, 10])
    _text(ws, 1, 1, "第6次喜茂別町総合計画　成果指標の推移（最終年度検証）", bold=True, size=13)
    _text(ws, 2, 9, "令和7年2月", align="right")
    form = [
        ("計画期間", "令和2（2020）年度～令和6（2024）年度（５年間）"),
        ("将来像", "人と自然がきらめく町　きもべつ"),
        ("担当課", "企画課"),
    ]
    r = 4
    for key, val in form:
        _put(ws, r, 1, key, header=True)
        _span(ws, r, 2, 9, val)
        ws.row_dimensions[r].height = 18
        r += 1
    _put(ws, r, 1, "町の概要", header=True)
    _span(
        ws,
        r,
        2,
        9,
        "羊蹄山の東麓に位置し、面積189.51km²のうち約80％を山林・原野が占める。平成5年に「水の郷」に認定され、アスパラガスの産地として知られる。中山峠の道の駅「望羊中山」には年間約2万6千人が訪れる。",
        valign="top",
    )
    ws.row_dimensions[r].height = 40
    r += 2
    for heading, rows in KIMOBETSU_GRIDS:
        _text(ws, r, 1, heading, bold=True, size=10)
        h = r + 1
        for c, word in zip(
            range(1, 10),
            [
                "成果指標",
                "単位",
                "策定時\n（2018年度）",
                "2020",
                "2021",
                "2022",
                "2023",
                "2024見込",
                "目標値\n（2024）",
            ],
        ):
            _put(ws, h, c, word, header=True)
        ws.row_dimensions[h].height = 28
        r = h + 1
        for name, unit, vals in rows:
            _put(ws, r, 1, name)
            _put(ws, r, 2, unit, align="center")
            _vals(ws, r, 3, vals)
            ws.row_dimensions[r].height = 22
            r += 1
        r += 1
    _notes(
        ws,
        r,
        [
            "※表中の年は年度（4月～翌年3月）。ただし「アスパラガス出荷量」は暦年（1月～12月）の数値。",
            "※2024見込は令和7年1月末までの実績をもとにした見込値。「―」は集計前。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "kimobetsu_seika_shihyo_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 神恵内村 (北海道古宇郡): 第2期総合戦略 KPIの検証結果（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (vill.kamoenai.hokkaido.jp/hotnews/detail/00001003.html; ja.wikipedia.org 神恵内村;
# collabo.tokyo-23city.or.jp/profiles/014044.html): the plan and its period R2～R6, 147.80km²,
# 790人 (2022年5月31日), 積丹半島, 藻場∞LANDプロジェクト, ウニ・ホタテ・アワビ, 青少年旅行村.
# Made up: 総務課 企画係, the dates, every KPI and figure.
KAMOENAI_GOALS = [
    (
        "1",
        "海の恵みを活かした仕事をつくる",
        [
            ("漁業生産額", ["4.8億円", "4.1億円", "4.5億円", "4.6億円", "5.0億円", "○"]),
            ("藻場再生活動への延べ参加者数", ["120人", "95人", "140人", "168人", "150人", "◎"]),
        ],
    ),
    (
        "2",
        "村への新しいひとの流れをつくる",
        [
            ("移住者数", ["―", "9人", "12人", "11人", "5年間で累計50人", "△"]),
            ("ふるさと納税寄附件数", ["1,850件", "3,420件", "4,105件", "5,260件", "5,000件", "◎"]),
        ],
    ),
    (
        "3",
        "安心して暮らし、訪れたくなる村をつくる",
        [
            (
                "青少年旅行村キャンプ場利用者数",
                ["3,200人", "4,850人", "5,120人", "未集計", "5,500人", "－"],
            ),
        ],
    ),
]


def kamoenai_html() -> str:
    rows = []
    for no, goal, kpis in KAMOENAI_GOALS:
        for i, (name, cells) in enumerate(kpis):
            th = f'<th scope="rowgroup" rowspan="{len(kpis)}">{no}　{goal}</th>' if i == 0 else ""
            tds = "".join(f"<td>{c}</td>" for c in cells)
            rows.append(f"<tr>{th}<td>{name}</td>{tds}</tr>")
    body = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>第2期総合戦略 重要業績評価指標（KPI）の検証結果（令和5年度） | 神恵内村</title>
</head>
<body>
<nav class="breadcrumb"><a href="/">トップページ</a> &gt; <a href="/sonsei/">村政情報</a> &gt; <a href="/sonsei/keikaku/">計画・施策</a> &gt; 第2期総合戦略 KPIの検証結果</nav>
<main>
<h1>第2期神恵内村まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の検証結果（令和5年度）</h1>
<p class="date">更新日：2024年9月20日　担当：総務課 企画係</p>
<p>本村は積丹半島の西側に位置する面積147.80km²の村で、人口は790人（2022年5月31日現在、住民基本台帳）です。ウニ、ホタテ、アワビなどの漁業を中心に発展し、磯焼けの海に海藻を増やす「藻場∞LANDプロジェクト」にも取り組んでいます。令和2年度から令和6年度までの5年間を計画期間とする第2期総合戦略について、令和5年度の実績を検証しました。</p>
<h2>重要業績評価指標（KPI）の検証結果</h2>
<table border="1">
<thead>
<tr><th rowspan="2">基本目標</th><th rowspan="2">重要業績評価指標</th><th rowspan="2">基準値<br>（H30）</th><th colspan="3">実績値</th><th rowspan="2">目標値<br>（R６）</th><th rowspan="2">評価</th></tr>
<tr><th>R３</th><th>R４</th><th>R５</th></tr>
</thead>
<tbody>
{body}
</tbody>
</table>
<p class="note">※評価は令和5年度実績と目標値（令和6年度）の比較による。◎目標達成　○概ね順調（目標の80％以上）　△要努力（目標の80％未満）　－評価なし</p>
<p class="note">※移住者数の目標は計画期間（令和2年度～令和6年度）の累計。</p>
</main>
<footer><p>神恵内村役場　〒045-0301 北海道古宇郡神恵内村大字神恵内村81番地4</p></footer>
</body>
</html>
"""


def kamoenai() -> Path:
    path = HERE / "kamoenai_kpi_kensho_r5.html"
    path.write_text(kamoenai_html(), encoding="utf-8", newline="\n")
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (kamisunagawa, yuni, kimobetsu):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {kamoenai().name}")


if __name__ == "__main__":
    main()
