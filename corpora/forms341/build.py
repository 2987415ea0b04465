"""Build the documents of forms341/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/shiroi_juten_seika_r6.xlsx``, a 総合計画 重点戦略の成果指標 sheet in the manner of 白井市 (千葉県):
  **each indicator on two rows, the upper row its targets and the lower row its actuals, the roles said
  only by the header span** (``各年度の値（上段：目標値　下段：実績値）``), and **two revised targets printed
  with the old value struck through** (strikethrough rich text, a note saying so); and the PDF (portrait);
* ``source/kazo_seika_kensho_h27.xlsx``, a 総合振興計画 前期基本計画 最終検証 sheet in the manner of 加須市
  (埼玉県), a 平成 sheet: 施策 cells merged down, ``千人`` with decimals, and **the 平成27年度 cells that are
  estimates marked only by grey shading, which a note under the grid explains**; and the PDF (landscape);
* ``hitachinaka_juten_pj_kpi_r5.xlsx``, a workbook in the manner of ひたちなか市 (茨城県), left as it is:
  **a cover sheet ``表紙`` holding the form fields and a sheet ``KPI進捗`` holding only the heading and the
  grid**, 重点プロジェクト cells merged down, a ``全体目標`` row whose target is **``15万人維持``**, and a
  ``集計中`` actual;
* ``hiratsuka_vision_juten_r6.html``, a 総合計画 重点戦略 page in the manner of 平塚市 (神奈川県): a
  two-row ``<thead>`` whose **actual years are 和暦 (``令和5年度``) and whose target years are 西暦 with
  their role in brackets (``2027年度（中間）``, ``2031年度（最終）``)**, ``<th rowspan>`` 取組の方向 cells, a
  ``―`` for a survey not held, and a relative final target ``基準値＋10ポイント``.

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
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "source"
THIN = Side(style="thin")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD = PatternFill("solid", fgColor="DDEBF7")
GREY = PatternFill("solid", fgColor="BFBFBF")
LIGHT = PatternFill("solid", fgColor="F2F2F2")
FONT = "IPAexGothic"
FIXED = dt.datetime(2026, 12, 10, 0, 0, 0)


# --------------------------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------------------------


def _book(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms341/build.py"
    wb.properties.lastModifiedBy = "forms341/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    ws = wb.active
    ws.title = title
    _widths(ws, widths)
    return wb, ws


def _widths(ws, widths: list[float]) -> None:
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


def _put(ws, row, col, value, header=False, fmt=None, align=None, size=9, bold=False, fill=None):
    """A bordered cell. Numbers stay numbers, with a number format."""
    cell = ws.cell(row=row, column=col, value=None if value == "" else value)
    cell.border = BORDER
    cell.font = Font(name=FONT, size=size, bold=bold)
    if header:
        cell.fill = HEAD
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


def _block(ws, r1, c1, r2, c2, value, header=False, **kw):
    """A value in the top-left cell of a merged block."""
    cell = _put(ws, r1, c1, value, header=header, **kw)
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            if (r, c) != (r1, c1):
                _put(ws, r, c, None, header=header)
    if (r1, c1) != (r2, c2):
        _merge(ws, r1, c1, r2, c2)
    return cell


def _text(ws, row, col, value, bold=False, size=9, align=None):
    cell = ws.cell(row=row, column=col, value=value)
    cell.font = Font(name=FONT, size=size, bold=bold)
    cell.alignment = Alignment(horizontal=align or "left", vertical="center")
    return cell


def _fields(ws, r, fields, last_col, label_cols=2, tall=("市の現状", "市の概要")):
    """Form fields: the label over the first columns, the value over the rest."""
    for label, value in fields:
        _block(ws, r, 1, r, label_cols, label, header=True)
        _block(ws, r, label_cols + 1, r, last_col, value, align="left")
        ws.row_dimensions[r].height = 48 if label in tall else 18
        r += 1
    return r


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
                data = re.sub(
                    rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:(?:created|modified)>)",
                    rb"\g<1>2026-12-10T00:00:00Z\g<2>",
                    data,
                )
            info = zipfile.ZipInfo(name, date_time=(2026, 12, 10, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, data)


def to_pdf(xlsx: Path) -> None:
    """Convert a source XLSX to a PDF next to build.py (LibreOffice headless)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        print(f"soffice not found: {xlsx.with_suffix('.pdf').name} not rebuilt")
        return
    with tempfile.TemporaryDirectory(prefix="forms341_soffice_") as tmp:
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


def _value(ws, r, c, v, fill=None, fmt=None):
    if isinstance(v, (int, float, CellRichText)):
        cell = _put(ws, r, c, v, fill=fill, fmt=fmt)
        if isinstance(v, CellRichText):
            cell.alignment = Alignment(horizontal="right", vertical="center", wrap_text=True)
        return cell
    return _put(ws, r, c, v, align="center" if v in ("―", "") else "right", fill=fill)


# --------------------------------------------------------------------------------------------
# 白井市 (千葉県): 白井市第5次総合計画 後期基本計画 重点戦略の成果指標（令和6年度実績）
# --------------------------------------------------------------------------------------------

# Real: 第5次総合計画 (基本構想 H28～R7, 後期基本計画 R3～R7), the 将来像, the 重点戦略 若い世代定住プロジェクト,
# 企画政策課; 昭和39年町制 (8,321人), 平成13年度市制, peak 63,793人 (平成30年), 61,767人 (令和7年10月末), 梨.
# Made up: every indicator and figure, the revision and the notes.


def _struck(old: str, new: str) -> CellRichText:
    """A revised target: the old value struck through, the new one under it."""
    return CellRichText(
        TextBlock(InlineFont(rFont=FONT, sz=9, strike=True), old),
        TextBlock(InlineFont(rFont=FONT, sz=9), "\n" + new),
    )


SH_ROWS = [
    # No., name, unit, 策定時, targets R3..R7, actuals R3..R7 ("" = blank)
    ("1", "20～39歳の転入超過数", "人", 85, [100, 110, 120, 130, 140], [92, 118, 105, 137, ""]),
    (
        "2",
        "子育て環境に満足している市民の割合",
        "％",
        52.4,
        [55.0, 56.0, 57.0, 58.0, 60.0],
        [54.1, 55.8, "―", 58.9, ""],
    ),
    (
        "3",
        "市内の新築住宅着工件数",
        "件",
        410,
        [420, 430, 440, _struck("450", "380"), _struck("460", "390")],
        [402, 371, 365, 384, ""],
    ),
    (
        "4",
        "合計特殊出生率",
        "―",
        1.18,
        [1.25, 1.27, 1.29, 1.31, 1.33],
        [1.16, 1.12, 1.09, 1.07, ""],
    ),
]


def shiroi() -> Path:
    wb, ws = _book("成果指標", [5, 32, 6, 10, 10, 10, 10, 10, 10])
    _text(
        ws,
        1,
        1,
        "白井市第5次総合計画 後期基本計画　重点戦略の成果指標（令和６年度実績）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 9, "令和7年11月　白井市企画政策課", align="right")
    r = _fields(
        ws,
        4,
        [
            (
                "計画の名称",
                "白井市第5次総合計画 後期基本計画（将来像「ときめきと みどりあふれる 快活都市」）",
            ),
            (
                "計画期間",
                "令和3年度～令和7年度（5年間）　※基本構想は平成28年度～令和7年度（10年間）",
            ),
            ("重点戦略", "若い世代定住プロジェクト"),
            ("担当課", "企画政策課"),
            (
                "市の現状",
                "本市は昭和39年に町制を施行し（当時の人口8,321人）、平成13年度に市となりました。千葉ニュータウンの入居開始により人口が急増しましたが、"
                "平成30年の63,793人をピークに減少に転じ、令和7年10月末時点では61,767人です。日本有数の梨の産地でもあります。",
            ),
        ],
        9,
    )
    _text(ws, r + 1, 1, "２　重点戦略の成果指標", bold=True, size=10)
    h = r + 2
    for c, word in [(1, "No."), (2, "成果指標"), (3, "単位"), (4, "策定時\n（R元）")]:
        _block(ws, h, c, h + 1, c, word, header=True)
    _block(ws, h, 5, h, 9, "各年度の値（上段：目標値　下段：実績値）", header=True)
    for j, y in enumerate(["令和3年度", "令和4年度", "令和5年度", "令和6年度", "令和7年度"]):
        _put(ws, h + 1, 5 + j, y, header=True)
    ws.row_dimensions[h].height = 18
    ws.row_dimensions[h + 1].height = 18
    row = h + 2
    for no, name, unit, base, targets, actuals in SH_ROWS:
        fmt = "0.00" if unit == "―" else None
        _block(ws, row, 1, row + 1, 1, no, align="center")
        _block(ws, row, 2, row + 1, 2, name)
        _block(ws, row, 3, row + 1, 3, unit, align="center")
        _block(ws, row, 4, row + 1, 4, base, fmt=fmt)
        for j, (target, actual) in enumerate(zip(targets, actuals)):
            _value(ws, row, 5 + j, target, fmt=fmt)
            _value(ws, row + 1, 5 + j, actual, fmt=fmt)
        tall = any(isinstance(v, CellRichText) for v in targets)
        ws.row_dimensions[row].height = 28 if tall else 16
        ws.row_dimensions[row + 1].height = 16
        row += 2
    _notes(
        ws,
        row + 1,
        [
            "※令和6年度・令和7年度の目標値のうち取消線を引いた数値は、令和5年度の中間見直し前の目標値です（住宅着工の動向を踏まえ下方修正しました）。",
            "※No.2は市民意識調査（隔年実施）によるもので、令和5年度は調査を実施していません。",
            "※令和7年度の実績値は、令和8年度に公表します。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "shiroi_juten_seika_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 加須市 (埼玉県): 加須市総合振興計画 前期基本計画 成果指標の最終検証（平成27年度）
# --------------------------------------------------------------------------------------------

# Real: 加須市総合振興計画 (策定 平成24年1月; 前期基本計画 平成23年度～平成27年度; 基本構想の目標年度 平成32年度),
# the 将来都市像, the 基本目標 1 and 施策 1-1 wording, the merger of 平成22年3月23日 (1市3町), 115,497人 (平成17年
# 国勢調査), 133.30km², 50km圏, こいのぼり. Made up: the 課, 施策 1-2's name, every indicator and figure, the notes.
KZ_ROWS = [
    # 施策 group, No., name, unit, 基準値 H22, actuals H23..H27, target H27, shaded H27?
    (
        "1-1",
        "1",
        "地域子育て支援拠点の利用者数",
        "千人",
        48.2,
        [51.6, 55.3, 58.9, 61.2, 63.5],
        60.0,
        True,
    ),
    (
        "1-1",
        "2",
        "ファミリー・サポート・センターの会員数",
        "人",
        612,
        [655, 701, 748, 790, 826],
        800,
        False,
    ),
    ("1-1", "3", "乳幼児健康診査の受診率", "％", 94.8, [95.2, 95.9, 96.3, 96.8, 97.1], 98.0, True),
    (
        "1-2",
        "4",
        "学校図書館の児童生徒1人当たり年間貸出冊数",
        "冊",
        21.4,
        [23.0, 24.8, 25.5, 26.9, 27.4],
        30.0,
        False,
    ),
    (
        "1-2",
        "5",
        "放課後子ども教室の参加児童数（延べ）",
        "千人",
        12.6,
        [14.1, 15.8, 17.2, 18.9, 20.3],
        18.0,
        True,
    ),
]
KZ_GROUPS = {"1-1": "1-1\n子育てを応援する", "1-2": "1-2\n生きる力を育む教育を推進する"}


def kazo() -> Path:
    wb, ws = _book("最終検証", [14, 5, 36, 6, 11, 10, 10, 10, 10, 10, 11])
    _text(
        ws,
        1,
        1,
        "加須市総合振興計画 前期基本計画　成果指標の最終検証（平成２７年度）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 11, "平成28年7月　加須市総合政策部政策調整課", align="right")
    r = _fields(
        ws,
        4,
        [
            ("計画の名称", "加須市総合振興計画（平成24年1月策定）"),
            (
                "計画期間",
                "前期基本計画　平成23年度～平成27年度（5年間）　※基本構想の目標年度は平成32年度",
            ),
            ("将来都市像", "水と緑と文化の調和した元気都市"),
            ("担当課", "政策調整課"),
            (
                "市の概要",
                "本市は、平成22年3月23日に加須市・騎西町・北川辺町・大利根町の1市3町が合併して誕生しました。合併時の人口は115,497人（平成17年国勢調査）、"
                "面積は133.30km²です。都心から50km圏にあって利根川が流れる県内有数の穀倉地帯で、こいのぼりの産地としても知られています。",
            ),
        ],
        11,
    )
    _text(ws, r + 1, 1, "■基本目標１　創造性を育む夢のあるまちづくり", bold=True, size=10)
    h = r + 2
    for c, word in [
        (1, "施策"),
        (2, "No."),
        (3, "成果指標"),
        (4, "単位"),
        (5, "基準値\n（H22）"),
        (11, "目標値\n（H27）"),
    ]:
        _block(ws, h, c, h + 1, c, word, header=True)
    _block(ws, h, 6, h, 10, "実績値", header=True)
    for j, y in enumerate(["平成23年度", "平成24年度", "平成25年度", "平成26年度", "平成27年度"]):
        _put(ws, h + 1, 6 + j, y, header=True)
    ws.row_dimensions[h].height = 16
    ws.row_dimensions[h + 1].height = 16
    row = h + 2
    start = row
    for _group, no, name, unit, base, actuals, target, shaded in KZ_ROWS:
        _put(ws, row, 2, no, align="center")
        _put(ws, row, 3, name)
        _put(ws, row, 4, unit, align="center")
        _value(ws, row, 5, base)
        for j, v in enumerate(actuals):
            _value(ws, row, 6 + j, v, fill=GREY if shaded and j == 4 else None)
        _value(ws, row, 11, target)
        ws.row_dimensions[row].height = 20
        row += 1
    # 施策 cells merged down over their indicators
    r0 = start
    for group in ("1-1", "1-2"):
        n = sum(1 for g, *_ in KZ_ROWS if g == group)
        _block(ws, r0, 1, r0 + n - 1, 1, KZ_GROUPS[group], align="left")
        r0 += n
    _notes(
        ws,
        row + 1,
        [
            "※網掛けの数値は見込値です（平成28年5月末現在の集計による）。確定値は決算の確定後に公表します。",
            "※基準値は合併後初年度である平成22年度の値です。",
            "※単位が「千人」の指標は、千人未満を四捨五入しています。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "kazo_seika_kensho_h27.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# ひたちなか市 (茨城県): 第3次総合計画 後期基本計画 重点プロジェクト KPI進捗管理表（令和5年度実績）
# --------------------------------------------------------------------------------------------

# Real: 第3次総合計画 (基本構想 10年 to 令和7年度, 後期基本計画 令和3年度～令和7年度), the aim of keeping
# 15万人 to 令和7年度 (令和元年 155,080人), the four 重点プロジェクト, the merger of 平成6年11月1日 (勝田市・
# 那珂湊市), 100.26km², 153,523人 (2024年4月1日推計), ほしいも, 国営ひたち海浜公園.
# Made up: the 課, every KPI but the population and every figure but 155,080, the notes.
HN_ROWS = [
    # project cell (None = 全体目標), name, unit, 基準値 R元, actuals R3..R5, target R7
    (None, "人口（各年10月1日現在）", "人", 155080, [154217, 153748, 153296], "15万人維持"),
    ("1", "子育て世帯の転入超過数", "世帯", 152, [168, 181, 175], 200),
    ("1", "子育て支援に満足している保護者の割合", "％", 48.6, [51.2, 53.0, "集計中"], 60.0),
    ("3", "移住相談件数", "件", 64, [98, 121, 143], 150),
    ("4", "ひたちなか市に愛着を感じる市民の割合", "％", 71.2, [72.5, 73.1, 74.8], 80.0),
]
HN_PROJECTS = {
    "1": "1　子育て世代に選ばれるまちづくり",
    "3": "3　UIJターン先として選ばれるまちづくり",
    "4": "4　シビックプライドを高めるまちづくり",
}


def hitachinaka() -> Path:
    wb, cover = _book("表紙", [16, 16, 16, 16, 16, 16])
    _text(cover, 2, 1, "ひたちなか市第3次総合計画 後期基本計画", bold=True, size=14)
    _text(cover, 3, 1, "重点プロジェクト　KPI進捗管理表（令和5年度実績）", bold=True, size=14)
    r = _fields(
        cover,
        5,
        [
            ("計画の名称", "ひたちなか市第3次総合計画 後期基本計画"),
            ("計画期間", "令和3年度～令和7年度（5年間）　※基本構想は令和7年度までの10年間"),
            ("目標", "令和7年度の人口15万人の維持"),
            (
                "重点プロジェクト",
                "1 子育て世代に選ばれるまちづくり／2 F1層（20～34歳女性）が住みやすいまちづくり／3 UIJターン先として選ばれるまちづくり／4 シビックプライドを高めるまちづくり",
            ),
            ("担当課", "企画調整課"),
            ("作成日", "令和6年7月31日"),
            (
                "市の概要",
                "本市は平成6年11月1日に勝田市と那珂湊市が合併して誕生しました。面積は100.26km²、人口は153,523人（2024年4月1日現在の推計人口）です。"
                "国営ひたち海浜公園や那珂湊おさかな市場があり、ほしいもの生産量は日本一です。",
            ),
        ],
        6,
    )
    cover.row_dimensions[8].height = 32
    _notes(
        cover,
        r + 1,
        [
            "※KPIの進捗は「KPI進捗」シートのとおりです。プロジェクト2のKPIは、令和6年度に設定し直したため掲載していません。",
        ],
    )
    _page(cover, "portrait")

    ws = wb.create_sheet("KPI進捗")
    _widths(ws, [30, 38, 7, 11, 11, 11, 11, 12])
    _text(ws, 1, 1, "■重点プロジェクトのKPI", bold=True, size=11)
    h = 3
    for c, word in [
        (1, "重点プロジェクト"),
        (2, "KPI"),
        (3, "単位"),
        (4, "基準値\n（R元）"),
        (8, "目標値\n（R7）"),
    ]:
        _block(ws, h, c, h + 1, c, word, header=True)
    _block(ws, h, 5, h, 7, "実績値", header=True)
    for j, y in enumerate(["R3", "R4", "R5"]):
        _put(ws, h + 1, 5 + j, y, header=True)
    row = h + 2
    for project, name, unit, base, actuals, target in HN_ROWS:
        if project is None:
            _put(ws, row, 1, "全体目標", align="center", fill=LIGHT)
        _put(ws, row, 2, name)
        _put(ws, row, 3, unit, align="center")
        _value(ws, row, 4, base)
        for j, v in enumerate(actuals):
            _value(ws, row, 5 + j, v)
        _value(ws, row, 8, target)
        ws.row_dimensions[row].height = 20
        row += 1
    r0 = h + 3
    for project in ("1", "3", "4"):
        n = sum(1 for p, *_ in HN_ROWS if p == project)
        _block(ws, r0, 1, r0 + n - 1, 1, HN_PROJECTS[project], align="left")
        r0 += n
    _notes(
        ws,
        row + 1,
        [
            "※人口は常住人口（茨城県常住人口調査）によります。",
            "※割合の指標は市民アンケート・保護者アンケートによります。令和5年度の保護者アンケートは集計中です。",
        ],
    )
    _page(ws, "landscape")
    path = HERE / "hitachinaka_juten_pj_kpi_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 平塚市 (神奈川県): 平塚市総合計画～ひらつかVISION～ 重点戦略の指標の状況（令和6年度）
# --------------------------------------------------------------------------------------------

# Real: the plan's name, its 8 years 2024～2031 ahead of the 市制100周年 (2032), 重点戦略 = 地方版総合戦略,
# 重点戦略1 and its three directions, 企画政策課 計画推進担当, 1932年4月1日市制 (県内4番目), 67.83km²,
# 258,380人 (2024年10月1日推計), 湘南ひらつか七夕まつり (2018年 140万人). Made up: the indicators and figures.
HR_GROUPS = [
    (
        "(1)",
        "希望する結婚・妊娠・出産がかなう",
        [
            ("婚活支援イベントを通じて成立したカップル数", "組", "18", "21", "26", "30", "40"),
            (
                "妊娠・出産について満足している者の割合",
                "％",
                "82.3",
                "83.0",
                "84.6",
                "86.0",
                "90.0",
            ),
        ],
    ),
    (
        "(2)",
        "子育てにゆとりが持てる",
        [
            ("市内事業所の男性の育児休業取得率", "％", "17.5", "24.8", "―", "35.0", "50.0"),
            (
                "子育て支援センターの利用者数",
                "人",
                "38,420",
                "41,065",
                "43,910",
                "46,000",
                "50,000",
            ),
        ],
    ),
    (
        "(3)",
        "子どもが希望を持って成長する",
        [
            (
                "「将来の夢や目標を持っている」と答えた児童生徒の割合",
                "％",
                "78.4",
                "79.1",
                "80.2",
                "83.0",
                "基準値＋10ポイント",
            ),
        ],
    ),
]


def hiratsuka_html() -> str:
    rows = []
    for no, direction, items in HR_GROUPS:
        for i, (name, unit, *vals) in enumerate(items):
            head = (
                f'<th scope="rowgroup" rowspan="{len(items)}" class="l">{no} {direction}</th>'
                if i == 0
                else ""
            )
            cells = "".join(f'<td class="{"c" if v == "―" else "num"}">{v}</td>' for v in vals)
            rows.append(
                f'<tr>{head}<th scope="row" class="l">{name}</th><td class="c">{unit}</td>{cells}</tr>'
            )
    body = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>重点戦略の指標の状況（令和6年度） - 平塚市</title>
<style>
body {{ font-family: "IPAexGothic", sans-serif; font-size: 10pt; }}
.breadcrumb ol {{ list-style: none; padding: 0; }}
.breadcrumb li {{ display: inline; }}
.breadcrumb li + li::before {{ content: " > "; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
thead th {{ background: #ddebf7; }}
th.l {{ text-align: left; background: #f2f2f2; font-weight: normal; }}
td.num {{ text-align: right; }}
td.c {{ text-align: center; }}
</style>
</head>
<body>
<div class="breadcrumb">
<ol>
<li><a href="/">ホーム</a></li>
<li><a href="/shisei/">市政情報</a></li>
<li><a href="/keikaku/">計画・取組</a></li>
<li><a href="/keikaku/sogo/">総合計画</a></li>
<li>重点戦略の指標の状況（令和6年度）</li>
</ol>
</div>
<h1>平塚市総合計画～ひらつかVISION～　重点戦略の指標の状況（令和6年度）</h1>
<p class="date">更新日：2025年9月26日　担当：企画政策課　計画推進担当</p>
<p>平塚市は昭和7年（1932年）4月1日に県内で4番目の市として市制を施行しました。面積は67.83km²、人口は258,380人（2024年10月1日現在の推計人口）です。湘南ひらつか七夕まつりには、2018年の3日間で140万人が訪れました。</p>
<p>平塚市総合計画～ひらつかVISION～は、市制施行100周年（2032年）を展望し、2024年度から2031年度までの8年間を計画期間としています。重点戦略は、国が策定を求める「地方版総合戦略」に当たります。表の目標値は、計画の中間年度と最終年度の値です。</p>
<h2>重点戦略1　子どもを育む環境づくり</h2>
<table>
<thead>
<tr><th scope="col" rowspan="2">取組の方向</th><th scope="col" rowspan="2">指標</th><th scope="col" rowspan="2">単位</th><th scope="col" rowspan="2">基準値<br>（令和4年度）</th><th scope="colgroup" colspan="2">実績値</th><th scope="colgroup" colspan="2">目標値</th></tr>
<tr><th scope="col">令和5年度</th><th scope="col">令和6年度</th><th scope="col">2027年度<br>（中間）</th><th scope="col">2031年度<br>（最終）</th></tr>
</thead>
<tbody>
{body}
</tbody>
</table>
<p>※市内事業所の男性の育児休業取得率は、隔年で実施する事業所アンケートによるため、令和6年度の値はありません。</p>
<p>※「基準値＋10ポイント」は、基準値（令和4年度）から10ポイント上昇させることを目標とするものです。</p>
</body>
</html>
"""


def hiratsuka() -> Path:
    path = HERE / "hiratsuka_vision_juten_r6.html"
    path.write_bytes(hiratsuka_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (shiroi, kazo):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {hitachinaka().name}")
    print(f"wrote {hiratsuka().name}")


if __name__ == "__main__":
    main()
