"""Build the built documents of forms7/ (openpyxl, LibreOffice).

Run from anywhere: ``/work/venv/bin/python build.py``. It writes

* ``shimonoseki_shisaku_hyoka_h26.xlsx`` (openpyxl), a sheet in the manner of 下関市
  「施策評価シート」 (目標指標: 成果指標 and 活動指標), 平成26年度 (平成25年度実績);
* ``source/kumano_suchi_mokuhyo_ichiran.xlsx`` (openpyxl), a re-typed 熊野市
  「第1次総合計画基本計画 数値目標一覧」 (農業 rows), and from it
  ``kumano_suchi_mokuhyo_ichiran.pdf`` with LibreOffice headless;
* ``source/kitsuki_kpi_kimatsu_r6.xlsx`` (openpyxl), a sheet in the manner of 杵築市
  「第2期まち・ひと・しごと創生総合戦略 期末評価」, and from it ``kitsuki_kpi_kimatsu_r6.pdf``.

The PDF steps are skipped, with a message, when ``soffice`` is not installed.
``sapporo_egao_shihyo_h24.html`` is hand-written, not built here.
These are re-typed forms of other cities, not the cities' own files (README.md, SOURCES.tsv).

The XLSX files are made byte-stable: fixed document dates, and the zip members are rewritten
with a fixed timestamp. The PDFs carry LibreOffice's creation date, so they differ by that
from run to run.
"""

# The data below are the forms' Japanese cells; splitting them would hurt reading.
# ruff: noqa: E501

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
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
    wb.properties.creator = "forms7/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    ws = wb.active
    ws.title = title
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    return wb, ws


def _put(ws, row, col, value, header=False, fmt=None, align=None, size=9, bold=False):
    """A bordered cell. Numbers stay numbers (with a number format)."""
    cell = ws.cell(row=row, column=col, value=None if value == "" else value)
    cell.border = BORDER
    cell.font = Font(name=FONT, size=size, bold=bold)
    if header:
        cell.fill = SHADE
        cell.alignment = Alignment(horizontal=align or "center", vertical="center", wrap_text=True)
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        cell.alignment = Alignment(horizontal="right", vertical="center")
        cell.number_format = fmt or ("#,##0" if isinstance(value, int) else "0.0")
    else:
        cell.alignment = Alignment(horizontal=align, vertical="center", wrap_text=True)
    return cell


def _merge(ws, r1: int, c1: int, r2: int, c2: int) -> None:
    """Merge a range; every cell of it keeps its border."""
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            ws.cell(row=r, column=c).border = BORDER
    ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)


def _text(ws, row, col, value, bold=False, size=9, align=None):
    """A cell without border (titles, headings, notes)."""
    cell = ws.cell(row=row, column=col, value=value)
    cell.font = Font(name=FONT, bold=bold, size=size)
    cell.alignment = Alignment(horizontal=align, vertical="center")
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


def _save(wb, path: Path) -> None:
    """Save, then rewrite the zip with fixed member dates so that reruns give the same bytes."""
    path.parent.mkdir(exist_ok=True)
    wb.save(path)
    with zipfile.ZipFile(path) as zin:
        members = [(info.filename, zin.read(info.filename)) for info in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in members:
            if name == "docProps/core.xml":  # openpyxl stamps "modified" with the time of saving
                data = re.sub(
                    rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                    rb"\g<1>2026-12-04T00:00:00Z\g<2>",
                    data,
                )
            info = zipfile.ZipInfo(name, date_time=(2026, 12, 4, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, data)
    print(f"wrote {path.relative_to(HERE)}")


def to_pdf(xlsx: Path) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        print(
            f"soffice not found: {xlsx.with_suffix('.pdf').name} not rebuilt (the XLSX was written)"
        )
        return
    with tempfile.TemporaryDirectory(prefix="forms7_soffice_") as tmp:
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
        )
        pdf = HERE / xlsx.with_suffix(".pdf").name
        shutil.copy(Path(tmp) / pdf.name, pdf)
    print(f"wrote {pdf.name}")


# --------------------------------------------------------------------------------------------
# 下関市 施策評価シート (XLSX): 成果指標 table above an 活動指標 table with other year columns
# --------------------------------------------------------------------------------------------


def shimonoseki() -> None:
    wb, ws = _sheet("施策評価シート", [5, 30, 7, 6, 10, 9, 9, 9, 11, 8])
    _text(ws, 1, 1, "平成26年度　施策評価シート（平成25年度実績）", bold=True, size=12)
    _merge(ws, 1, 1, 1, 10)
    ws.cell(row=1, column=1).alignment = Alignment(horizontal="center", vertical="center")

    # key-value fields
    _put(ws, 3, 1, "施策番号", header=True)
    _merge(ws, 3, 1, 3, 2)
    _put(ws, 3, 3, "3-2-1", align="center")
    _merge(ws, 3, 3, 3, 4)
    _put(ws, 3, 5, "施策名", header=True)
    _put(ws, 3, 6, "観光客の誘致促進")
    _merge(ws, 3, 6, 3, 10)
    _put(ws, 4, 1, "主管部局", header=True)
    _merge(ws, 4, 1, 4, 2)
    _put(ws, 4, 3, "観光スポーツ文化部")
    _merge(ws, 4, 3, 4, 4)
    _put(ws, 4, 5, "主管課", header=True)
    _put(ws, 4, 6, "観光政策課")
    _merge(ws, 4, 6, 4, 10)
    _put(ws, 5, 1, "施策の目的", header=True)
    _merge(ws, 5, 1, 5, 2)
    _put(
        ws,
        5,
        3,
        "本市の歴史・文化・食などの観光資源を生かし、国内外からの観光客の増加と満足度の向上を図る。",
    )
    _merge(ws, 5, 3, 5, 10)
    ws.row_dimensions[5].height = 28

    _text(ws, 7, 1, "１　目標指標", bold=True, size=10)
    _text(ws, 8, 1, "（１）成果指標", bold=True)

    # 成果指標: two header rows (実績値 over H23 | H24 | H25)
    r = 9
    for col, word in [
        (1, "No."),
        (2, "指標名"),
        (3, "単位"),
        (4, "方向"),
        (5, "基準値\n(H22)"),
        (9, "目標値\n(H28)"),
        (10, "達成度"),
    ]:
        _put(ws, r, col, word, header=True)
        _merge(ws, r, col, r + 1, col)
    _put(ws, r, 6, "実績値", header=True)
    _merge(ws, r, 6, r, 8)
    for col, year in [(6, "H23"), (7, "H24"), (8, "H25")]:
        _put(ws, r + 1, col, year, header=True)
    outcome = [
        (1, "観光客数", "万人", "↑", 702, 685, 711, 726, 800, "B", "#,##0"),
        (
            2,
            "観光施設に満足していると感じる市民の割合※1",
            "％",
            "↑",
            38.2,
            39.5,
            41.0,
            "調査中",
            50.0,
            "C",
            "0.0",
        ),
        (3, "観光案内所における苦情件数", "件", "↓", 48, 41, 36, 29, 20, "A", "#,##0"),
    ]
    for i, (no, name, unit, arrow, base, a1, a2, a3, target, grade, fmt) in enumerate(outcome):
        row = r + 2 + i
        _put(ws, row, 1, no, align="center")
        _put(ws, row, 2, name)
        _put(ws, row, 3, unit, align="center")
        _put(ws, row, 4, arrow, align="center")
        for col, v in zip(range(5, 10), (base, a1, a2, a3, target), strict=True):
            _put(ws, row, col, v, fmt=fmt, align="center")
        _put(ws, row, 10, grade, align="center")
        ws.row_dimensions[row].height = 24
    _text(ws, 14, 1, "※1　市民実感調査による。平成25年度の調査結果は集計中。")
    _text(
        ws,
        15,
        1,
        "※方向　↑：数値が大きいほど良い　↓：数値が小さいほど良い　　達成度　A：順調　B：概ね順調　C：遅れている",
    )

    # 活動指標: year over 計画 | 実績
    _text(ws, 17, 1, "（２）活動指標", bold=True)
    r = 18
    for col, word in [(1, "No."), (2, "指標名"), (3, "単位")]:
        _put(ws, r, col, word, header=True)
        _merge(ws, r, col, r + 1, col)
    _put(ws, r, 4, "H24年度", header=True)
    _merge(ws, r, 4, r, 5)
    _put(ws, r, 6, "H25年度", header=True)
    _merge(ws, r, 6, r, 7)
    for col, word in [(4, "計画"), (5, "実績"), (6, "計画"), (7, "実績")]:
        _put(ws, r + 1, col, word, header=True)
    activity = [
        (1, "観光プロモーション実施回数", "回", 12, 14, 12, 11),
        (2, "観光ボランティアガイド登録者数", "人", 80, 76, 85, 88),
    ]
    for i, (no, name, unit, p1, a1, p2, a2) in enumerate(activity):
        row = r + 2 + i
        _put(ws, row, 1, no, align="center")
        _put(ws, row, 2, name)
        _put(ws, row, 3, unit, align="center")
        for col, v in zip(range(4, 8), (p1, a1, p2, a2), strict=True):
            _put(ws, row, col, v)

    _text(ws, 23, 1, "２　市民実感調査の結果", bold=True, size=10)
    for col, word in [(2, "調査年度"), (3, "重要度"), (5, "達成度")]:
        _put(ws, 24, col, word, header=True)
    _merge(ws, 24, 3, 24, 4)
    _merge(ws, 24, 5, 24, 6)
    _put(ws, 25, 2, "平成24年度", align="center")
    _put(ws, 25, 3, 4.02, fmt="0.00")
    _merge(ws, 25, 3, 25, 4)
    _put(ws, 25, 5, 2.87, fmt="0.00")
    _merge(ws, 25, 5, 25, 6)
    _text(ws, 26, 1, "※5段階評価の平均点")

    _text(ws, 28, 1, "３　施策を構成する主な事務事業", bold=True, size=10)
    _put(ws, 29, 1, "事務事業名", header=True)
    _merge(ws, 29, 1, 29, 2)
    _put(ws, 29, 3, "所管課", header=True)
    _merge(ws, 29, 3, 29, 5)
    _put(ws, 29, 6, "H24決算額\n（千円）", header=True)
    _merge(ws, 29, 6, 29, 7)
    _put(ws, 29, 8, "H25決算額\n（千円）", header=True)
    _merge(ws, 29, 8, 29, 9)
    ws.row_dimensions[29].height = 26
    for i, (name, ka, m1, m2) in enumerate(
        [
            ("観光宣伝事業", "観光政策課", 48512, 51230),
            ("観光施設管理運営事業", "観光施設課", 212400, 208915),
        ]
    ):
        row = 30 + i
        _put(ws, row, 1, name)
        _merge(ws, row, 1, row, 2)
        _put(ws, row, 3, ka)
        _merge(ws, row, 3, row, 5)
        _put(ws, row, 6, m1)
        _merge(ws, row, 6, row, 7)
        _put(ws, row, 8, m2)
        _merge(ws, row, 8, row, 9)

    _text(ws, 33, 1, "４　施策の評価", bold=True, size=10)
    _put(ws, 34, 1, "総合評価", header=True)
    _merge(ws, 34, 1, 34, 2)
    _put(ws, 34, 3, "B：概ね順調に進んでいる")
    _merge(ws, 34, 3, 34, 10)
    _page(ws, "portrait")
    _save(wb, HERE / "shimonoseki_shisaku_hyoka_h26.xlsx")


# --------------------------------------------------------------------------------------------
# 熊野市 第1次総合計画基本計画 数値目標一覧 (PDF from XLSX)
# --------------------------------------------------------------------------------------------

KUMANO_ROWS = [
    (
        "1　農業",
        "農業産出額",
        59,
        "1,690百万円",
        "1,800百万円",
        "2,300百万円",
        "東海農政局公表数値",
        "翌年11月頃",
    ),
    (
        "(1)　農業者の確保・育成対策",
        "新規就農者数",
        61,
        "1人",
        "15人",
        "30人",
        "関係機関等調査",
        "随時",
    ),
    (
        "(2)　組織的農業への支援（集落営農・企業の農業参入）",
        "農業経営体数",
        62,
        "3経営体",
        "5経営体",
        "8経営体",
        "関係機関等調査",
        "随時",
    ),
    (
        "(3)　市場競争力のある農産物・加工品による輸出力強化",
        "新姫販売額",
        64,
        "―",
        "60百万円",
        "200百万円",
        "育成者権保有期間中（H25まで）は市、その後は関係機関調査",
        "随時",
    ),
    (
        "(4)　都市との交流をはじめとする第六次産業化の促進",
        "グリーンツーリズム体験者数",
        65,
        "1,118人",
        "1,300人",
        "1,500人",
        "ふるさと公社等調査",
        "随時",
    ),
    (
        "(5)　農村環境の整備と農地の適正な管理",
        "農業基盤整備率",
        66,
        "53%",
        "56%",
        "60%",
        "市（農業振興課）",
        "随時",
    ),
]


def kumano() -> Path:
    wb, ws = _sheet("数値目標一覧", [16, 17, 30, 22, 6, 12, 12, 12, 26, 11])
    _text(
        ws,
        1,
        1,
        "第1次熊野市総合計画（平成20年度～平成29年度）基本計画　数値目標一覧",
        bold=True,
        size=12,
    )
    _text(ws, 2, 9, "主指標 46　副指標150　合計196項目", align="right")
    _merge(ws, 2, 9, 2, 10)
    for c in (9, 10):
        ws.cell(row=2, column=c).border = Border()
    heads = [
        "基本目標",
        "基本施策",
        "施　策",
        "成果指標",
        "掲載頁",
        "現状値",
        "目標値\n24年度",
        "目標値\n29年度",
        "確認方法",
        "確認時期",
    ]
    for col, word in enumerate(heads, start=1):
        _put(ws, 4, col, word, header=True)
    ws.row_dimensions[4].height = 28
    first = 5
    for i, (shisaku, name, page, now, t24, t29, how, when) in enumerate(KUMANO_ROWS):
        row = first + i
        _put(ws, row, 3, shisaku)
        _put(ws, row, 4, name)
        _put(ws, row, 5, page, align="center")
        for col, v in zip((6, 7, 8), (now, t24, t29), strict=True):
            _put(ws, row, col, v, align="right")
        _put(ws, row, 9, how)
        _put(ws, row, 10, when, align="center")
        ws.row_dimensions[row].height = 30
    last = first + len(KUMANO_ROWS) - 1
    _put(
        ws,
        first,
        1,
        "1　地域資源を活かした、独創性のある産業が発展するまち\n（産業振興）",
        align="left",
    )
    _merge(ws, first, 1, last, 1)
    _put(ws, first, 2, "1　農林水産業の振興", align="left")
    _merge(ws, first, 2, last, 2)
    ws.cell(row=first, column=1).alignment = Alignment(vertical="top", wrap_text=True)
    ws.cell(row=first, column=2).alignment = Alignment(vertical="top", wrap_text=True)
    _page(ws, "landscape")
    path = SOURCE / "kumano_suchi_mokuhyo_ichiran.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 杵築市 第2期総合戦略 期末評価 (PDF from XLSX)
# --------------------------------------------------------------------------------------------

KITSUKI_BLOCKS = [
    (
        "基本目標１　地域の資源を活かし、しごとを創る",
        [
            (
                "1",
                "認定農業者数",
                "312経営体（R2.3末）",
                "330経営体",
                ["315経営体", "321経営体", "318経営体", "326経営体", "333経営体"],
                "100.9%",
                "A",
                "農林水産課",
            ),
            (
                "2",
                "観光入込客数※1",
                "約98万人（R1）",
                "110万人",
                ["62万人", "71万人", "88万人", "102万人", "106万人"],
                "96.4%",
                "B",
                "観光推進課",
            ),
            (
                "3",
                "ふるさと納税寄附額（R1年度比）",
                "1.0倍（R1）",
                "1.2倍",
                ["1.1倍", "1.3倍", "1.5倍", "1.4倍", "1.6倍"],
                "133.3%",
                "A",
                "財政課",
            ),
        ],
    ),
    (
        "基本目標２　新しいひとの流れをつくり、定住を促進する",
        [
            (
                "4",
                "移住相談件数",
                "85件（R1）",
                "120件",
                ["92件", "104件", "131件", "118件", "126件"],
                "105.0%",
                "A",
                "地域コミュニティ課",
            ),
            (
                "5",
                "転出超過数の抑制",
                "215人（R1）",
                "100人",
                ["198人", "176人", "—", "140人", "132人"],
                "75.8%",
                "C",
                "政策推進課",
            ),
            (
                "6",
                "【再掲】観光入込客数※1",
                "約98万人（R1）",
                "110万人",
                ["62万人", "71万人", "88万人", "102万人", "106万人"],
                "96.4%",
                "B",
                "観光推進課",
            ),
        ],
    ),
]


def kitsuki() -> Path:
    wb, ws = _sheet("期末評価", [5, 30, 17, 11, 10, 10, 10, 10, 10, 8, 6, 16])
    _text(
        ws,
        1,
        1,
        "第2期杵築市まち・ひと・しごと創生総合戦略　期末評価シート（重要業績評価指標）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 1, "基本理念：100年住みたくなる、めぐりめぐる循環型のまちづくり")
    _text(ws, 2, 12, "令和7年6月", align="right")
    row = 4
    for heading, kpis in KITSUKI_BLOCKS:
        _text(ws, row, 1, heading, bold=True, size=10)
        row += 1
        for col, word in [
            (1, "No."),
            (2, "重要業績評価指標（KPI）"),
            (3, "基準値（時点）"),
            (4, "目標値\n（R6）"),
            (10, "達成率"),
            (11, "判定"),
            (12, "所管課"),
        ]:
            _put(ws, row, col, word, header=True)
            _merge(ws, row, col, row + 1, col)
        _put(ws, row, 5, "実績値", header=True)
        _merge(ws, row, 5, row, 9)
        for col, year in zip(range(5, 10), ["R2", "R3", "R4", "R5", "R6"], strict=True):
            _put(ws, row + 1, col, year, header=True)
        row += 2
        for no, name, base, target, actuals, rate, grade, ka in kpis:
            _put(ws, row, 1, no, align="center")
            _put(ws, row, 2, name)
            _put(ws, row, 3, base, align="right")
            _put(ws, row, 4, target, align="right")
            for col, v in zip(range(5, 10), actuals, strict=True):
                _put(ws, row, col, v, align="center" if v == "—" else "right")
            _put(ws, row, 10, rate, align="right")
            _put(ws, row, 11, grade, align="center")
            _put(ws, row, 12, ka)
            ws.row_dimensions[row].height = 20
            row += 1
        row += 1
    notes = [
        "※1　R2・R3の実績値は、新型コロナウイルス感染症の影響による減少を含む。",
        "※達成率＝R6実績値÷目標値×100（転出超過数の抑制は、目標値÷R6実績値×100）。「—」は統計未公表。",
        "判定　A：対策や事業が施され、目標を上回る効果が出ており、良好と認められる。",
        "　　　B：目標を80%以上達成し、かつ課題等の整理がなされ、対策が講じられている。",
        "　　　C：目標値の達成に向けて、改善や工夫が必要と思われる。",
        "　　　D：外的要因・財政状況の変化等、本格着手が可能になるまで注視を継続する。",
    ]
    for note in notes:
        _text(ws, row, 1, note)
        row += 1
    _page(ws, "landscape")
    path = SOURCE / "kitsuki_kpi_kimatsu_r6.xlsx"
    _save(wb, path)
    return path


if __name__ == "__main__":
    shimonoseki()
    to_pdf(kumano())
    to_pdf(kitsuki())
