"""Build the built documents of forms296/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/koumi_genki_sokatsu_h29.xlsx``, a 地域発元気づくり支援金 事業総括書 in the manner of 小海町
  (長野県): form fields (事業名, 事業区分, 事業期間, 総事業費 and うち支援金額 in 円, 担当課, 記入者, a prose
  事業の内容) over a grid with a ``区分`` column (``活動`` / ``成果`` / ``参考``), headers
  ``事業完了時の目標（H29）`` / ``事業完了時の実績（H29）`` and **a ``前年対比`` column**; **targets written
  relative to the year before (``前年並み``, ``前年比1,000台減``)**; a shaded ``参考`` row with
  ``5,000枚／11基``; a prose block with numbers; and the PDF;
* ``source/sakai_kpi_kensho_r5.xlsx``, a 総合戦略 KPI検証シート in the manner of 境町 (茨城県): **shaded
  施策 rows in the KPI grid that fill the year columns with the 施策's 事業費 (``【事業費】``, 千円)**, a
  **``担当課`` column whose cells carry 内線 numbers**, ``万円`` / ``万人`` / ``億…万`` values, ``約``;
  and the PDF;
* ``source/matsuda_shisaku_hyoka_2023.xlsx``, a 総合計画 施策評価シート in the manner of 松田町 (神奈川県):
  Western-year headers (``2022年度（中間）``, ``2026年度（最終）``), **three rows per indicator
  (``目標`` / ``実績`` / ``達成率``) with No., name, unit and 策定時 merged down**, **a retired indicator
  whose later cells are merged into ``2022年度で指標を見直し（No.4へ統合）`` and its successor whose early
  cells are merged into ``2023年度から設定``**, ``▲`` values, and a cost/staff/rank table
  under it; and the PDF;
* ``chiyoda_saisei_kpi_r3.html``, a 地域再生計画 KPI page in the manner of 千代田町 (群馬県): prose with
  population figures, a ``<dl>`` of fields, one table with **a ``<tbody>`` per 事業 opened by a
  ``<th scope="rowgroup">`` that carries the 事業's 交付対象事業費**, years spanning ``目標 | 実績``,
  ``80（累計）`` as a final target, ``―（調査なし）``, and **a ``<tfoot>`` with the town's population
  and a count of the KPIs achieved**.

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
    wb.properties.creator = "forms296/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms296/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms296_soffice_") as tmp:
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


def _field_rows(ws, r, rows, height=20):
    """Form fields: each row a list of (c1, c2, text, is_label)."""
    for row in rows:
        for c1, c2, text, is_label in row:
            _span(ws, r, c1, c2, text, header=is_label, align=None if is_label else "left")
        ws.row_dimensions[r].height = height
        r += 1
    return r


# --------------------------------------------------------------------------------------------
# 小海町 (長野県南佐久郡): 地域発元気づくり支援金 事業総括書（平成29年度）
# --------------------------------------------------------------------------------------------

# Real (長野県佐久地域振興局, 平成29年度 地域発元気づくり支援金 事業実施結果): the 事業名 小海町の観光資源事業,
# the shuttle buses (2台, 7~10月計40日) for 白駒の池 on the メルヘン街道 during 信州DC, 5,000枚 of leaflets,
# 11基 of signs, 事業費 4,899,900円, 支援金 3,000,000円, 訪問者数 前年対比155.8%, 乗用車1,827台減 at the
# October peak. Made up: the 総括書 form, its date, 課, the other figures, the targets, the notes.
KM_ROWS = [
    ("活動", "シャトルバス運行日数", "日", "―", "40", "40", "―"),
    ("活動", "シャトルバス利用者数", "人", "―", "延べ6,000", "延べ7,214", "―"),
    ("成果", "白駒の池訪問者数", "人", "52,300", "前年並み", "81,480", "155.8%"),
    ("成果", "10月ピーク時の乗用車流入台数", "台", "5,420", "前年比1,000台減", "3,593", "66.3%"),
]


def koumi() -> Path:
    wb, ws = _sheet("事業総括書", [7, 30, 7, 12, 15, 15, 10])
    _text(ws, 1, 1, "平成29年度　地域発元気づくり支援金　事業総括書", bold=True, size=13)
    _text(ws, 2, 7, "平成30年3月30日", align="right")
    _text(ws, 3, 1, "長野県佐久地域振興局長　様")
    _text(ws, 4, 7, "実施団体　小海町長", align="right")
    r = _field_rows(
        ws,
        6,
        [
            [(1, 2, "事業名", True), (3, 7, "小海町の観光資源事業", False)],
            [
                (1, 2, "事業区分", True),
                (3, 4, "ソフト事業", False),
                (5, 5, "事業期間", True),
                (6, 7, "平成29年7月1日～10月31日", False),
            ],
            [
                (1, 2, "総事業費（円）", True),
                (3, 4, "4,899,900", False),
                (5, 5, "うち支援金額（円）", True),
                (6, 7, "3,000,000", False),
            ],
            [
                (1, 2, "担当課", True),
                (3, 4, "産業建設課", False),
                (5, 5, "記入者", True),
                (6, 7, "観光係長", False),
            ],
        ],
    )
    _span(ws, r, 1, 2, "事業の内容", header=True)
    _para(
        ws,
        r,
        3,
        7,
        "信州デスティネーションキャンペーン（信州DC）の期間に合わせ、白駒の池に通じるメルヘン街道の渋滞緩和のため、7～10月の計40日、シャトルバス2台を運行した。あわせて案内チラシ5,000枚を配布し、案内看板11基を設置した。",
        44,
        border=True,
    )
    r += 2
    _text(ws, r, 1, "２　事業の成果（数値目標の達成状況）", bold=True, size=11)
    r += 1
    for c, word in enumerate(
        [
            "区分",
            "数値目標の項目",
            "単位",
            "事業実施前\n（H28）",
            "事業完了時の目標\n（H29）",
            "事業完了時の実績\n（H29）",
            "前年対比",
        ],
        start=1,
    ):
        _put(ws, r, c, word, header=True)
    ws.row_dimensions[r].height = 30
    r += 1
    for kind, name, unit, *vals, ratio in KM_ROWS:
        _put(ws, r, 1, kind, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate(vals):
            _put(ws, r, 4 + j, v, align="center" if v == "―" else "right")
        _put(ws, r, 7, ratio, align="center" if ratio == "―" else "right")
        ws.row_dimensions[r].height = 22
        r += 1
    _put(ws, r, 1, "参考", align="center", fill=LIGHT)
    _put(ws, r, 2, "案内チラシ配布枚数／案内看板設置数", fill=LIGHT)
    _put(ws, r, 3, "―", align="center", fill=LIGHT)
    _put(ws, r, 4, "―", align="center", fill=LIGHT)
    _span(ws, r, 5, 6, "5,000枚／11基", align="center", fill=LIGHT)
    _put(ws, r, 7, "―", align="center", fill=LIGHT)
    ws.row_dimensions[r].height = 22
    r += 1
    _notes(
        ws,
        r,
        [
            "※前年対比は、事業完了時の実績を事業実施前（H28）の値で除したものです。",
            "※訪問者数・流入台数は、7～10月に白駒の池入口で計測した値です（H28も同じ期間）。",
            "※区分「参考」の行は数値目標ではなく、事業の実施量を参考として記載したものです。",
        ],
    )
    r += 4
    _text(ws, r, 1, "３　事業の効果と今後の展開", bold=True, size=11)
    _para(
        ws,
        r + 1,
        1,
        7,
        "白駒の池の訪問者数は前年対比155.8％と大きく増加した一方、10月のピーク時には乗用車が1,827台減少し、渋滞緩和の効果が得られた。今後は町単独事業として、紅葉期を中心に年20日程度の運行を検討する。",
        44,
        border=True,
    )
    _page(ws, "portrait")
    path = SOURCE / "koumi_genki_sokatsu_h29.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 境町 (茨城県猿島郡): 境町まち・ひと・しごと創生総合戦略 KPI検証シート（令和5年度実績）
# --------------------------------------------------------------------------------------------

# Real (ふるさと納税 portal pages on 境町): さしま茶 (the first Japanese tea exported, in the Edo period),
# 梅山豚, the 利根川大花火大会, the 2016-10 派遣 of 6 pupils of 町立永田小学校 to Argentina. Made up: the
# sheet, the 基本目標, the 施策, every KPI, figure, 事業費, 課 and 内線.
SK_ROWS = [
    (
        "(1)",
        "さしま茶・梅山豚のブランド力の強化　【事業費】",
        "千円",
        ("―", "6,800", "―", "7,150", "―"),
        "農政課（内線241）",
    ),
    (
        "1",
        "さしま茶の販売額",
        "万円",
        ("8,400", "9,150", "9,600", "9,620", "10,000"),
        "農政課（内線241）",
    ),
    (
        "2",
        "梅山豚の取扱店舗数（町内外）",
        "店舗",
        ("12", "18", "22", "21", "25"),
        "農政課（内線241）",
    ),
    (
        "(2)",
        "利根川を活かしたにぎわいの創出　【事業費】",
        "千円",
        ("―", "38,400", "―", "41,200", "―"),
        "地方創生課（内線312）",
    ),
    (
        "3",
        "利根川大花火大会の来場者数",
        "万人",
        ("約18", "約15", "約20", "約22", "25"),
        "地方創生課（内線312）",
    ),
    (
        "4",
        "ふるさと納税寄附額",
        "円",
        ("13億8,000万", "40億2,500万", "55億", "59億6,000万", "60億"),
        "地方創生課（内線312）",
    ),
    (
        "(3)",
        "グローバル人材の育成　【事業費】",
        "千円",
        ("―", "9,800", "―", "12,600", "―"),
        "学校教育課（内線511）",
    ),
    (
        "5",
        "海外派遣児童・生徒数（H28からの累計）",
        "人",
        ("24", "42", "54", "54", "60"),
        "学校教育課（内線511）",
    ),
]


def sakai() -> Path:
    wb, ws = _sheet("KPI検証", [6, 40, 7, 12, 12, 12, 12, 12, 20])
    _text(
        ws,
        1,
        1,
        "境町まち・ひと・しごと創生総合戦略　KPI検証シート（令和5年度実績）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 9, "令和6年8月　境町地方創生推進会議　資料3", align="right")
    r = _field_rows(
        ws,
        4,
        [
            [
                (1, 2, "基本目標", True),
                (3, 9, "1　利根川とともに育む、境町の「しごと」と「にぎわい」をつくる", False),
            ],
            [
                (1, 2, "計画期間", True),
                (3, 5, "令和2年度～令和6年度", False),
                (6, 6, "検証組織", True),
                (7, 9, "境町地方創生推進会議（委員12人）", False),
            ],
            [
                (1, 2, "町の特産", True),
                (3, 9, "さしま茶（江戸時代に初めて海外へ輸出された日本茶）、梅山豚", False),
            ],
        ],
    )
    r += 1
    _text(ws, r, 1, "■具体的な施策と重要業績評価指標（KPI）", bold=True, size=11)
    r += 1
    heads = [
        "No.",
        "具体的な施策／重要業績評価指標（KPI）",
        "単位",
        "基準値\n（R元）",
        "R4実績",
        "R5目標",
        "R5実績",
        "目標値\n（R6）",
        "担当課",
    ]
    for c, word in enumerate(heads, start=1):
        _put(ws, r, c, word, header=True)
    ws.row_dimensions[r].height = 30
    r += 1
    for no, name, unit, vals, dept in SK_ROWS:
        head = no.startswith("(")
        fill = LIGHT if head else None
        _put(ws, r, 1, no, align="center", fill=fill, bold=head)
        _put(ws, r, 2, name, fill=fill, bold=head)
        _put(ws, r, 3, unit, align="center", fill=fill)
        for j, v in enumerate(vals):
            _put(ws, r, 4 + j, v, align="center" if v == "―" else "right", fill=fill)
        _put(ws, r, 9, dept, fill=fill)
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※網掛けの施策の行の数値は、施策を構成する事業の事業費（決算額、単位：千円）であり、KPIの値ではありません。",
            "※No.3の来場者数は主催者発表の概数です。R2・R3は大会中止のため集計していません。",
            "※No.5は、平成28年10月に町立永田小学校の児童6名をアルゼンチンへ派遣して以降の累計です。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "sakai_kpi_kensho_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 松田町 (神奈川県足柄上郡): 松田町第6次総合計画 施策評価シート（2023年度実績）
# --------------------------------------------------------------------------------------------

# Real (松田町第6次総合計画 and 町長あいさつ, zck.or.jp): the plan, its 将来像, its period (2019年度から,
# 目標年次2026年度, 基本計画は中間年次で見直し), 定住少子化担当室, 人口およそ1万人, 37.75km². Made up: the sheet,
# the 施策, every indicator, figure, rank and note.
MT_YEARS = ["2020年度", "2021年度", "2022年度\n（中間）", "2023年度", "2026年度\n（最終）"]
MT_ROWS = [
    (
        "1",
        "年間出生数",
        "人",
        "62",
        ["60", "60", "62", "62", "65"],
        ["58", "55", "51", "54", ""],
        ["96.7%", "91.7%", "82.3%", "87.1%", ""],
    ),
    (
        "2",
        "転入超過数（社会増減）",
        "人",
        "▲35",
        ["▲20", "▲10", "0", "10", "30"],
        ["▲12", "8", "25", "31", ""],
        ["―", "―", "―", "―", ""],
    ),
    (
        "3",
        "子育て支援センター利用者数（延べ）",
        "人",
        "4,820",
        ["5,000", "5,200", "5,400", None, None],
        ["3,105", "3,980", "4,450", None, None],
        ["62.1%", "76.5%", "82.4%", None, None],
    ),
    (
        "4",
        "子育て支援施設の延べ利用者数",
        "人",
        "―",
        [None, None, None, "9,000", "10,000"],
        [None, None, None, "9,412", ""],
        [None, None, None, "104.6%", ""],
    ),
]


def matsuda() -> Path:
    wb, ws = _sheet("施策評価", [5, 30, 6, 8, 11, 10, 10, 10, 10, 10])
    _text(ws, 1, 1, "松田町第6次総合計画　施策評価シート（2023年度実績）", bold=True, size=13)
    _text(ws, 2, 10, "令和6年7月", align="right")
    r = _field_rows(
        ws,
        4,
        [
            [
                (1, 2, "将来像", True),
                (3, 10, "いのち“育み”　未来へ“ツナグ”　進化“つづける”　故郷", False),
            ],
            [
                (1, 2, "計画期間", True),
                (3, 6, "2019年度～2026年度（基本計画は中間年次で見直し）", False),
                (7, 7, "担当課", True),
                (8, 10, "定住少子化担当室", False),
            ],
            [(1, 2, "施策", True), (3, 10, "2-1　結婚・出産・子育ての希望をかなえる", False)],
            [(1, 2, "町の概況", True), (3, 10, "人口およそ1万人、総面積37.75km²", False)],
        ],
    )
    r += 1
    _text(ws, r, 1, "２　成果指標の推移", bold=True, size=11)
    r += 1
    heads = ["No.", "成果指標", "単位", "区分", "2018年度\n（策定時）", *MT_YEARS]
    for c, word in enumerate(heads, start=1):
        _put(ws, r, c, word, header=True)
    ws.row_dimensions[r].height = 30
    r += 1
    for no, name, unit, base, tg, ac, rate in MT_ROWS:
        top = r
        for k, (word, vals) in enumerate((("目標", tg), ("実績", ac), ("達成率", rate))):
            _put(ws, r + k, 4, word, align="center", fill=LIGHT if word == "達成率" else None)
            for j, v in enumerate(vals):
                if v is not None:
                    _put(
                        ws,
                        r + k,
                        6 + j,
                        v,
                        align="center" if v == "―" else "right",
                        fill=LIGHT if word == "達成率" else None,
                    )
            ws.row_dimensions[r + k].height = 18
        for c, v in ((1, no), (2, name), (3, unit), (5, base)):
            _put(ws, top, c, v, align="left" if c == 2 else ("right" if c == 5 else "center"))
            _merge(ws, top, c, top + 2, c)
        if no == "3":
            _put(ws, top, 9, "2022年度で指標を見直し（No.4へ統合）", align="center")
            _merge(ws, top, 9, top + 2, 10)
        if no == "4":
            _put(ws, top, 6, "2023年度から設定", align="center")
            _merge(ws, top, 6, top + 2, 8)
        r += 3
    _notes(
        ws,
        r,
        [
            "※達成率＝実績÷目標。No.2は目標・実績に負の値を含むため算出していません（「―」）。",
            "※No.3は2022年度で指標を見直し、2023年度から対象施設に児童館を加えたNo.4に統合しました。",
            "※出生数・転入超過数は暦年（1～12月）の値です。",
        ],
    )
    r += 4
    _text(ws, r, 1, "３　施策の実施体制とコスト", bold=True, size=11)
    r += 1
    for c, word in enumerate(["区分", "2021年度", "2022年度", "2023年度"]):
        if c == 0:
            _span(ws, r, 1, 5, word, header=True)
        else:
            _put(ws, r, 5 + c, word, header=True)
    r += 1
    for label, vals in (
        ("施策の事業費（千円）", ["84,210", "91,560", "96,330"]),
        ("従事職員数（人）", ["3.5", "4.0", "4.0"]),
        ("町民意識調査の施策満足度順位（全42施策中）", ["12位", "9位", "7位"]),
    ):
        _span(ws, r, 1, 5, label)
        for j, v in enumerate(vals):
            _put(ws, r, 6 + j, v, align="right")
        r += 1
    _page(ws, "landscape")
    path = SOURCE / "matsuda_shisaku_hyoka_2023.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 千代田町 (群馬県邑楽郡): 地域再生計画 KPIの実績（令和3年度）
# --------------------------------------------------------------------------------------------

# Real (千代田町の地域再生計画, furusato-funding.jp/projects/1688): the population peak 11,758人 (1995),
# 11,412人 (2019), 約8,600人 (2060, 社人研), the two 工業団地, the ふれあいタウンちよだ 分譲, 利根川, ビール麦.
# Made up: the page, its date and 課, the 事業 names and money, every KPI and figure.
CY_BODIES = [
    (
        "事業1　企業誘致・創業支援事業（交付対象事業費 12,400千円）",
        [
            ("工業団地内の新規立地企業数（累計）", "社", ["0", "1", "1", "2", "3", "4"]),
            ("町内事業所の新規雇用者数", "人", ["―", "20", "18", "20", "27", "80（累計）"]),
        ],
    ),
    (
        "事業2　定住促進事業（交付対象事業費 8,600千円）",
        [
            (
                "ふれあいタウンちよだの分譲済区画数",
                "区画",
                ["102", "110", "108", "118", "117", "140"],
            ),
            ("町民の定住意向", "%", ["78.5", "80.0", "―（調査なし）", "81.0", "82.4", "85.0"]),
        ],
    ),
]


def chiyoda_html() -> str:
    bodies = []
    for head, rows in CY_BODIES:
        lines = [f'<tr><th colspan="8" scope="rowgroup" class="l">{head}</th></tr>']
        for name, unit, vals in rows:
            lines.append(
                f'<tr><td>{name}</td><td class="c">{unit}</td>'
                + "".join(f'<td class="num">{v}</td>' for v in vals)
                + "</tr>"
            )
        bodies.append("<tbody>\n" + "\n".join(lines) + "\n</tbody>")
    body = "\n".join(bodies)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>地域再生計画 重要業績評価指標（KPI）の実績（令和3年度） - 千代田町</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
th.l {{ text-align: left; background: #f2f2f2; }}
td.num {{ text-align: right; }}
td.c {{ text-align: center; }}
tfoot td {{ font-size: 9pt; }}
</style>
</head>
<body>
<p>トップページ &gt; 町政情報 &gt; 地方創生 &gt; 地域再生計画</p>
<h1>地域再生計画 重要業績評価指標（KPI）の実績（令和3年度）</h1>
<p>令和4年6月30日掲載　総務課企画係</p>
<p>本町の人口は1995年の11,758人をピークに減少しており、国立社会保障・人口問題研究所の推計では、何も対策を講じない場合、2060年には約8,600人に減少すると見込まれています。このため町では、2つの工業団地への企業誘致と「ふれあいタウンちよだ」の分譲による定住促進を柱とする地域再生計画を策定し、地方創生推進交付金を活用して事業を進めています。</p>
<dl>
<dt>地域再生計画の名称</dt><dd>千代田町しごと・定住創生計画</dd>
<dt>計画期間</dt><dd>2020年4月1日～2025年3月31日</dd>
<dt>担当課</dt><dd>総務課企画係</dd>
</dl>
<h2>重要業績評価指標（KPI）の実績</h2>
<table>
<thead>
<tr><th rowspan="2">KPI</th><th rowspan="2">単位</th><th rowspan="2">事業開始前<br>（2019年度）</th><th colspan="2">2020年度</th><th colspan="2">2021年度</th><th rowspan="2">最終目標<br>（2024年度）</th></tr>
<tr><th>目標</th><th>実績</th><th>目標</th><th>実績</th></tr>
</thead>
{body}
<tfoot>
<tr><td colspan="8">参考：町の人口（住民基本台帳）　2019年 11,412人（1995年 11,758人）</td></tr>
<tr><td colspan="8">2021年度目標の達成状況：KPI 4項目中 3項目達成</td></tr>
</tfoot>
</table>
<p>※町内事業所の新規雇用者数の最終目標は、2020～2024年度の5年間の累計です。</p>
<p>※町民の定住意向は町民アンケート（隔年実施）で「住み続けたい」と答えた人の割合です。2020年度は調査を実施していません。</p>
</body>
</html>
"""


def chiyoda() -> Path:
    path = HERE / "chiyoda_saisei_kpi_r3.html"
    path.write_bytes(chiyoda_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (koumi, sakai, matsuda):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {chiyoda().name}")


if __name__ == "__main__":
    main()
