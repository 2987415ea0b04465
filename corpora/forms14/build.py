"""Build the built documents of forms14/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/daisen_suchi_mokuhyo_h28.xlsx``, a sheet in the manner of 大仙市 (秋田県)
  「大仙市まち・ひと・しごと創生総合戦略 数値目標の進捗状況」 (one 目標値 column whose cells
  hold a level, a level with its own year, or ``基準値（年）→目標値（年）`` with an arrow),
  and from it ``daisen_suchi_mokuhyo_h28.pdf``;
* ``source/takamori_shisaku_hyoka_h27.xlsx``, a sheet in the manner of 高森町 (長野県)
  「施策評価マネジメントシート」 (成果指標 read against the 第5次プラン over the years and against
  the neighbouring towns' average), and from it ``takamori_shisaku_hyoka_h27.pdf``;
* ``source/oda_hyoka_kensho_h27.xlsx``, a sheet in the manner of 大田市 (島根県)
  「大田市まち・ひと・しごと創生総合戦略 評価検証」 (each year cell holds labelled lines
  ``目標　15`` / ``実績　17``; 達成状況 as check boxes ``■達成　□未達成``), and from it
  ``oda_hyoka_kensho_h27.pdf``;
* ``kaminokuni_kpi_shinchoku_r1.html``, a page in the manner of 上ノ国町 (北海道)
  「上ノ国町創生総合戦略 重要業績評価指標（KPI）の進捗状況」 (each year's value a line
  ``H27：1人`` inside one cell; targets written as ``現状維持`` or ``10%増``).

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
FONT = "IPAGothic"
FIXED = dt.datetime(2026, 12, 4, 0, 0, 0)


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms14/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms14/build.py"
    ws = wb.active
    ws.title = title
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    return wb, ws


def _put(ws, row, col, value, header=False, fmt=None, align=None, size=9, bold=False):
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
    return cell


def _merge(ws, r1: int, c1: int, r2: int, c2: int) -> None:
    """Merge a range; every cell of it keeps its border."""
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            ws.cell(row=r, column=c).border = BORDER
    ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)


def _text(ws, row, col, value, bold=False, size=9, align=None):
    """A borderless text cell (titles, headings, notes)."""
    cell = ws.cell(row=row, column=col, value=value)
    cell.font = Font(name=FONT, size=size, bold=bold)
    cell.alignment = Alignment(horizontal=align or "left", vertical="center")
    return cell


def _page(ws, orientation: str, header: str = "", footer: str = "") -> None:
    ws.page_setup.orientation = orientation
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    ws.page_margins.header = ws.page_margins.footer = 0.25
    if header:
        ws.oddHeader.left.text = header
        ws.oddHeader.left.font = FONT
        ws.oddHeader.left.size = 9
    if footer:
        ws.oddFooter.center.text = footer
        ws.oddFooter.center.font = FONT
        ws.oddFooter.center.size = 9


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
    with tempfile.TemporaryDirectory(prefix="forms14_soffice_") as tmp:
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
# 大仙市 (秋田県): まち・ひと・しごと創生総合戦略 数値目標の進捗状況 — 基準値→目標値の矢印
# --------------------------------------------------------------------------------------------

PERSON = '#,##0"人"'
PCT = '0.0"%"'

# 基本目標 (merged down its rows) and its rows:
# (数値目標, 目標値 (number or text), H27 実績, H28 実績, 進捗率 (ratio or text), 評価)
# The targets, baselines and years are the city's (戦略の概要); the actuals, 進捗率 and 評価
# are made up.
DAISEN_GOALS = [
    (
        "1.地域資源を活かす産業の振興",
        [
            ("新規雇用創出数", 400, 86, 92, 0.445, "A"),
            ("新規就農者数", 100, 18, 21, 0.390, "B"),
        ],
    ),
    (
        "2.魅力あるまちづくりと移住・定住の促進",
        [
            ("Aターン就職者数", 250, 47, 52, 0.396, "B"),
            ("移住者数", 20, 3, 6, 0.450, "A"),
        ],
    ),
    (
        "3.大仙の明るい未来へ～子どもの誕生を地域で応援～",
        [
            ("合計特殊出生率", "1.39（H24）→1.52（H31）", 1.36, "集計中", "―", "―"),
            ("子育て支援の満足度", "33.6%（H26）→52.0%（H31）", "―", 38.9, 0.288, "B"),
        ],
    ),
    (
        "4.住みよいまち、心豊かに暮らせる地域づくり",
        [
            ("住みやすさの満足度", "80%（H31）", "―", 74.2, 0.928, "A"),
            ("社会活動・地域活動に参加した人の割合", "68%（H31）", "―", 61.5, 0.904, "A"),
        ],
    ),
]


def daisen() -> Path:
    wb, ws = _sheet("数値目標の進捗状況", [24, 30, 24, 10, 10, 9, 7])
    _text(
        ws,
        1,
        1,
        "大仙市まち・ひと・しごと創生総合戦略　数値目標の進捗状況（平成28年度実績）",
        bold=True,
        size=13,
    )
    _text(ws, 1, 7, "平成29年9月", align="right")
    _text(ws, 2, 7, "大仙市", align="right")
    _text(ws, 3, 1, "推進期間：平成27年度～平成31年度（5年間）")

    _text(ws, 5, 1, "１　数値目標の進捗状況", bold=True, size=10)
    for c, word in ((1, "基本目標"), (2, "数値目標"), (3, "目標値\n（H31／5か年累計）")):
        _put(ws, 6, c, word, header=True)
        _put(ws, 7, c, None, header=True)
        _merge(ws, 6, c, 7, c)
    _put(ws, 6, 4, "実績値", header=True)
    _put(ws, 6, 5, None, header=True)
    _merge(ws, 6, 4, 6, 5)
    _put(ws, 7, 4, "H27", header=True)
    _put(ws, 7, 5, "H28", header=True)
    for c, word in ((6, "進捗率"), (7, "評価")):
        _put(ws, 6, c, word, header=True)
        _put(ws, 7, c, None, header=True)
        _merge(ws, 6, c, 7, c)
    ws.row_dimensions[6].height = 18
    ws.row_dimensions[7].height = 18

    def actual(row: int, col: int, value) -> None:
        if isinstance(value, str):
            _put(ws, row, col, value, align="center")
        elif isinstance(value, float) and value < 10:
            _put(ws, row, col, value, fmt="0.00")
        elif isinstance(value, float):
            _put(ws, row, col, value, fmt=PCT)
        else:
            _put(ws, row, col, value, fmt=PERSON)

    r = 8
    for goal, rows in DAISEN_GOALS:
        first = r
        for name, target, a27, a28, rate, grade in rows:
            _put(ws, r, 1, goal if r == first else None)
            _put(ws, r, 2, name)
            if isinstance(target, int):
                _put(ws, r, 3, target, fmt=PERSON)
            else:
                _put(ws, r, 3, target, align="right")
            actual(r, 4, a27)
            actual(r, 5, a28)
            if isinstance(rate, float):
                _put(ws, r, 6, rate, fmt="0.0%")
            else:
                _put(ws, r, 6, rate, align="center")
            _put(ws, r, 7, grade, align="center")
            ws.row_dimensions[r].height = 24
            r += 1
        _merge(ws, first, 1, r - 1, 1)
    notes = [
        "※目標値のうち年の記載のないものは、平成27年度から平成31年度までの5か年の累計値です。",
        "※進捗率：累計の目標は実績値の累計÷目標値、基準値のあるものは（H28実績値－基準値）÷（目標値－基準値）、その他はH28実績値÷目標値。",
        "※評価　A：進捗率40％以上　B：20％以上40％未満　C：20％未満　―：評価不能（実績値未確定等）",
        "※満足度・参加割合は平成28年度市民意識調査による（平成27年度は調査なし）。合計特殊出生率のH28実績値は人口動態統計の公表後に確定します。",
    ]
    for i, note in enumerate(notes):
        _text(ws, r + 1 + i, 1, note, size=8)
    _page(ws, "landscape")
    out = SOURCE / "daisen_suchi_mokuhyo_h28.xlsx"
    _save(wb, out)
    return out


# --------------------------------------------------------------------------------------------
# 高森町 (長野県): 施策評価マネジメントシート — 時系列比較と近隣町村との水準比較
# --------------------------------------------------------------------------------------------

# (No., 成果指標, 単位, H22, H26（策定時）, H27, 目標 H27, 目標 H33, 近隣町村平均, 水準)
TAKAMORI_ROWS = [
    (1, "出生数", "人", 121, 98, 96, 100, 110, 86, "上"),
    (2, "保育所の待機児童数", "人", 3, 0, 0, 0, 0, 1.2, "上"),
    (3, "子育て支援センターの年間利用者数", "千人", 8.2, 10.5, 11.3, 11.0, 13.0, 9.8, "上"),
    (4, "子育てしやすいと感じる町民の割合", "％", 52.4, 61.0, 63.8, 62.0, 70.0, 58.7, "上"),
    (5, "乳幼児健康診査の受診率", "％", 96.1, 97.5, 96.8, 98.0, 100.0, 97.9, "下"),
    (6, "児童虐待相談件数（人口千人当たり）", "件/千人", 0.8, 1.1, 0.9, "―", "―", 1.0, "中"),
]


def takamori() -> Path:
    wb, ws = _sheet("施策評価マネジメントシート", [5, 30, 8, 8, 9, 8, 8, 8, 9, 6])
    _text(
        ws,
        1,
        1,
        "平成28年度　施策評価マネジメントシート（平成27年度決算）",
        bold=True,
        size=13,
    )
    _text(ws, 1, 10, "長野県高森町", align="right", size=10)
    _text(ws, 2, 10, "平成28年8月", align="right")

    def key(row: int, word: str) -> None:
        _put(ws, row, 1, word, header=True)
        _put(ws, row, 2, None, header=True)
        _merge(ws, row, 1, row, 2)

    key(3, "政策")
    _put(ws, 3, 3, "B", align="center")
    _put(ws, 3, 4, "子育ての希望がかなうまち")
    _merge(ws, 3, 4, 3, 10)
    key(4, "施策")
    _put(ws, 4, 3, "B-1", align="center")
    _put(ws, 4, 4, "子育て支援の充実")
    _merge(ws, 4, 4, 4, 10)
    key(5, "主管課")
    _put(ws, 5, 3, "健康福祉課")
    _merge(ws, 5, 3, 5, 5)
    _put(ws, 5, 6, "関係課", header=True)
    _put(ws, 5, 7, None, header=True)
    _merge(ws, 5, 6, 5, 7)
    _put(ws, 5, 8, "教育委員会")
    _merge(ws, 5, 8, 5, 10)
    key(6, "施策の目的")
    _put(
        ws,
        6,
        3,
        "安心して子どもを産み育てられる環境を整え、子育て世代が住み続けたいと思うまちにする。",
    )
    _merge(ws, 6, 3, 6, 10)
    for r in (3, 4, 5):
        ws.row_dimensions[r].height = 18
    ws.row_dimensions[6].height = 28

    _text(ws, 8, 1, "１　成果指標の推移と水準比較", bold=True, size=10)
    for c, word in ((1, "No."), (2, "成果指標"), (3, "単位")):
        _put(ws, 9, c, word, header=True)
        _put(ws, 10, c, None, header=True)
        _merge(ws, 9, c, 10, c)
    spans = [
        (4, 6, "時系列比較（第5次プランとの比較）"),
        (7, 8, "目標値"),
        (9, 10, "近隣町村との水準比較"),
    ]
    for c1, c2, word in spans:
        _put(ws, 9, c1, word, header=True)
        for c in range(c1 + 1, c2 + 1):
            _put(ws, 9, c, None, header=True)
        _merge(ws, 9, c1, 9, c2)
    for c, word in enumerate(
        ["H22", "H26\n（策定時）", "H27", "H27", "H33", "近隣町村\n平均", "水準"], start=4
    ):
        _put(ws, 10, c, word, header=True)
    ws.row_dimensions[9].height = 30
    ws.row_dimensions[10].height = 28

    r = 11
    for no, name, unit, *values, level in TAKAMORI_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate(values):
            if isinstance(v, str):
                _put(ws, r, 4 + j, v, align="center")
            else:
                _put(ws, r, 4 + j, v, fmt="0.0" if isinstance(v, float) else "#,##0")
        _put(ws, r, 10, level, align="center")
        ws.row_dimensions[r].height = 20
        r += 1
    notes = [
        "※近隣町村平均は、下伊那郡内の近隣5町村の平成27年度の数値の平均です。",
        "※水準　上：近隣町村平均を上回る　中：同程度（±5％以内）　下：近隣町村平均を下回る（No.2、No.6は少ないほど上）",
        "※No.6は件数の増減のみで成果を判断できないため、目標値を設定していません。",
    ]
    for i, note in enumerate(notes):
        _text(ws, r + i, 1, note, size=8)
    r += len(notes) + 1

    _text(ws, r, 1, "２　施策の評価", bold=True, size=10)
    r += 1
    key(r, "成果実績")
    _put(ws, r, 3, "B", align="center")
    _put(ws, r, 4, "町の役割発揮度", header=True)
    _put(ws, r, 5, None, header=True)
    _merge(ws, r, 4, r, 5)
    _put(ws, r, 6, "4（5段階）", align="center")
    _merge(ws, r, 6, r, 7)
    _put(ws, r, 8, "総合評価", header=True)
    _put(ws, r, 9, "B", align="center")
    _merge(ws, r, 9, r, 10)
    ws.row_dimensions[r].height = 18
    r += 1
    key(r, "今後の方向性")
    _put(
        ws,
        r,
        3,
        "出生数は策定時を下回ったが、子育て支援センターの利用は年間1万1千人を超えた。平成28年度は開所日を週5日から6日に拡大し、乳幼児健診の未受診者への個別訪問を行う。",
    )
    _merge(ws, r, 3, r, 10)
    ws.row_dimensions[r].height = 40
    _page(ws, "portrait")
    out = SOURCE / "takamori_shisaku_hyoka_h27.xlsx"
    _save(wb, out)
    return out


# --------------------------------------------------------------------------------------------
# 大田市 (島根県): まち・ひと・しごと創生総合戦略 評価検証 — 年度のセルに「目標」「実績」の二行
# --------------------------------------------------------------------------------------------

ODA_YEARS = ["H27年度", "H28年度", "H29年度", "H30年度", "H31年度"]

# 具体的施策 (merged down its rows) and its rows:
# (No., 評価指標, 単位, 基準値（H26）, (H27 目標, H27 実績), H28–H31 目標, 達成状況, 担当課)
ODA_MEASURES = [
    (
        "1-1　「誇れる」大田ブランドづくりの推進",
        [
            (
                1,
                "大田ブランド認定商品数",
                "品目",
                12,
                ("15", "17"),
                ["18", "21", "23", "25"],
                True,
                "産業企画課",
            ),
            (
                2,
                "特産品の販売額",
                "千円",
                85400,
                ("90,000", "88,120"),
                ["95,000", "100,000", "105,000", "110,000"],
                False,
                "産業企画課",
            ),
        ],
    ),
    (
        "1-2　地域一体での「もてなし」の充実による産業の振興",
        [
            (
                3,
                "観光入込客数",
                "万人",
                98.5,
                ("100.0", "103.2"),
                ["102.0", "104.0", "106.0", "108.0"],
                True,
                "観光振興課",
            ),
            (
                4,
                "観光客満足度",
                "％",
                72.0,
                ("74.0", "－"),
                ["76.0", "78.0", "79.0", "80.0"],
                None,
                "観光振興課",
            ),
        ],
    ),
    (
        "1-3　核となる技術や資源を「活かした」新産業創出と産業集積",
        [
            (
                5,
                "企業誘致件数（累計）",
                "件",
                0,
                ("1", "1"),
                ["2", "3", "4", "5"],
                True,
                "産業企画課",
            ),
            (
                6,
                "新規創業者数",
                "人",
                8,
                ("10", "7"),
                ["12", "13", "14", "15"],
                False,
                "産業企画課",
            ),
        ],
    ),
]


def oda() -> Path:
    wb, ws = _sheet("評価検証シート", [4, 22, 22, 6, 9, 11, 11, 11, 11, 11, 14, 11])
    _text(
        ws,
        1,
        1,
        "大田市まち・ひと・しごと創生総合戦略　評価検証シート（平成27年度）",
        bold=True,
        size=13,
    )
    _text(ws, 1, 12, "平成28年9月", align="right")
    _text(ws, 2, 12, "島根県大田市", align="right")
    _text(ws, 3, 1, "計画期間：平成27年度～平成31年度　　評価：大田市総合戦略等推進会議")

    _text(ws, 5, 1, "基本目標１　地域資源を活かした産業振興と雇用の場の創出", bold=True, size=11)
    heads = [
        "No.",
        "具体的施策",
        "評価指標",
        "単位",
        "基準値\n（H26）",
        *ODA_YEARS,
        "達成状況\n（H27）",
        "担当課",
    ]
    for c, word in enumerate(heads, start=1):
        _put(ws, 6, c, word, header=True)
    ws.row_dimensions[6].height = 28

    r = 7
    for measure, rows in ODA_MEASURES:
        first = r
        for no, name, unit, base, (t27, a27), later, done, dept in rows:
            _put(ws, r, 1, no, align="center")
            _put(ws, r, 2, measure if r == first else None)
            _put(ws, r, 3, name)
            _put(ws, r, 4, unit, align="center")
            _put(ws, r, 5, base, fmt="0.0" if isinstance(base, float) else "#,##0")
            _put(ws, r, 6, f"目標　{t27}\n実績　{a27}")
            for j, t in enumerate(later):
                _put(ws, r, 7 + j, f"目標　{t}")
            if done is None:
                mark = "－"
            elif done:
                mark = "■達成　□未達成"
            else:
                mark = "□達成　■未達成"
            _put(ws, r, 11, mark, align="center")
            _put(ws, r, 12, dept, align="center")
            ws.row_dimensions[r].height = 30
            r += 1
        _merge(ws, first, 2, r - 1, 2)
    notes = [
        "※各年度欄の「目標」はその年度の目標値、「実績」は実績値です。H28年度以降の実績値は、翌年度の評価検証で記載します。",
        "※達成状況は、H27年度の実績値が目標値以上のものを「達成」としています。",
        "※観光客満足度は隔年の観光客アンケートによるため、H27年度は調査を行っていません（達成状況「－」）。",
    ]
    for i, note in enumerate(notes):
        _text(ws, r + 1 + i, 1, note, size=8)
    _page(ws, "landscape")
    out = SOURCE / "oda_hyoka_kensho_h27.xlsx"
    _save(wb, out)
    return out


# --------------------------------------------------------------------------------------------
# 上ノ国町 (北海道): 創生総合戦略 KPIの進捗状況 — 年度ごとの値を一つのセルに「年度：値」で
# --------------------------------------------------------------------------------------------

KAMINOKUNI_YEARS = ["H27", "H28", "H29", "H30", "R元"]

# (施策, rows); a row: (KPI, 基準値, 実績値 per year, 目標値（H31）, 担当課)
KAMINOKUNI_MEASURES = [
    (
        "施策1：農林業の振興",
        [
            (
                "新規就農者数（累計）",
                "H26：0人",
                ["1人", "1人", "2人", "3人", "4人"],
                "5人",
                "産業振興課",
            ),
            (
                "農業産出額",
                "H26：4.2億円",
                ["4.3億円", "4.1億円", "4.4億円", "4.2億円", "―"],
                "現状維持",
                "産業振興課",
            ),
            (
                "町有林の間伐面積",
                "H26：35ha",
                ["38ha", "41ha", "36ha", "40ha", "42ha"],
                "40ha",
                "産業振興課",
            ),
        ],
    ),
    (
        "施策2：水産業の振興",
        [
            (
                "漁業就業者数",
                "H26：112人",
                ["108人", "105人", "101人", "98人", "96人"],
                "100人",
                "水産商工課",
            ),
            (
                "水産物取扱高",
                "H26：6.8億円",
                ["7.1億円", "6.5億円", "6.9億円", "7.3億円", "7.0億円"],
                "10%増",
                "水産商工課",
            ),
            (
                "あわび種苗放流数",
                "H26：8万個",
                ["8万個", "10万個", "10万個", "12万個", "12万個"],
                "12万個",
                "水産商工課",
            ),
        ],
    ),
]


def kaminokuni_html() -> str:
    parts = [
        "<!DOCTYPE html>",
        '<html lang="ja">',
        "<head>",
        '<meta charset="utf-8">',
        "<title>上ノ国町創生総合戦略 重要業績評価指標（KPI）の進捗状況（令和元年度）</title>",
        "<style>",
        "table { border-collapse: collapse; margin-bottom: 1em; }",
        "th, td { border: 1px solid #666; padding: 4px 8px; vertical-align: top; }",
        "th { background: #e6e6e6; }",
        "td.num { text-align: right; }",
        "</style>",
        "</head>",
        "<body>",
        "<h1>上ノ国町創生総合戦略　重要業績評価指標（KPI）の進捗状況（令和元年度）</h1>",
        "<p>令和2年8月　上ノ国町</p>",
        "<p>計画期間：平成27年度～平成31年度（令和元年度）。上ノ国町創生推進会議での検証結果を公表します。</p>",
        "<h2>基本目標1：創意工夫で地域の活力を起こす産業交流のまち</h2>",
    ]
    for heading, rows in KAMINOKUNI_MEASURES:
        parts.append(f"<h3>{heading}</h3>")
        parts.append("<table>")
        parts.append(
            "<thead><tr><th>重要業績評価指標（KPI）</th><th>基準値</th><th>実績値の推移</th>"
            "<th>目標値（H31）</th><th>担当課</th></tr></thead>"
        )
        parts.append("<tbody>")
        for name, base, values, target, dept in rows:
            lines = "<br>".join(f"{y}：{v}" for y, v in zip(KAMINOKUNI_YEARS, values, strict=True))
            parts.append(
                f'<tr><td>{name}</td><td class="num">{base}</td><td class="num">{lines}</td>'
                f'<td class="num">{target}</td><td>{dept}</td></tr>'
            )
        parts.append("</tbody>")
        parts.append("</table>")
    parts += [
        "<p>※「―」は集計中のものです。</p>",
        "<p>※目標値の「10%増」は、基準値（平成26年度）に対する増加の割合です。</p>",
        "<p>※基本目標2以降は省略しています。</p>",
        "</body>",
        "</html>",
        "",
    ]
    return "\n".join(parts)


def kaminokuni() -> Path:
    out = HERE / "kaminokuni_kpi_shinchoku_r1.html"
    out.write_text(kaminokuni_html(), encoding="utf-8", newline="\n")
    return out


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (daisen, takamori, oda):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {kaminokuni().name}")


if __name__ == "__main__":
    main()
