"""Build the built files of corpora/forms3/.

Run from anywhere: ``python corpora/forms3/build.py``. It writes

* ``nagayo_suchi_mokuhyo_r1.csv`` (Python's ``csv`` module, UTF-8 without BOM, CRLF), a re-typed
  長与町 数値目標評価 list;
* ``source/izumo_senryaku_shinchoku_h28.xlsx`` (openpyxl), a re-typed 出雲市 総合戦略 進捗状況 sheet,
  and from it ``izumo_senryaku_shinchoku_h28.pdf`` (in this folder) with LibreOffice headless (skipped, with a
  message, when ``soffice`` is not installed).

The HTML document of the folder (``sabae_seika_shihyo.html``) is hand-written, not built here.
These are re-typed forms of other cities, not the cities' own files (README.md, SOURCES.tsv).
"""

# ruff: noqa: E501
# The data below are the forms' Japanese cells; splitting them would hurt reading more than
# long lines do (as in corpora/forms/build.py).

from __future__ import annotations

import csv
import shutil
import subprocess
import tempfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = Path(__file__).resolve().parent
THIN = Side(style="thin")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
SHADE = PatternFill("solid", fgColor="D9D9D9")
TRIANGLE_0 = '#,##0;"△"#,##0'  # -250 shows as △250


# --------------------------------------------------------------------------------------------
# 長与町 数値目標評価 (CSV)
# --------------------------------------------------------------------------------------------

NAGAYO_HEADER = [
    "施策番号",
    "施策名",
    "数値目標",
    "単位",
    "基準値",
    "目標値（令和2年度）",
    "令和元年度現在値",
    "評価",
    "所管課",
]

NAGAYO_ROWS: list[list[str]] = [
    ["長与町第9次総合計画　数値目標の進捗状況（令和元年度実績）"],
    [
        "評価　S：令和元年度の現在値が目標値を超えている　A：基準値を超えている　B：基準値と同水準である（△10%以内）　C：基準値より下落している　－：把握できない等の理由により評価できない"
    ],
    [],
    ["政策目標1　快適で魅力ある都市空間をつくる"],
    NAGAYO_HEADER,
    [
        "1-1",
        "計画的な土地利用の推進",
        "地籍調査の進捗率",
        "％",
        "38.2",
        "45.0",
        "43.6",
        "A",
        "都市計画課",
    ],
    [
        "1-2",
        "公共交通の充実",
        "コミュニティバス年間利用者数",
        "人",
        "52,310",
        "55,000",
        "57,842",
        "S",
        "政策企画課",
    ],
    ["1-4", "上下水道の整備", "下水道水洗化率", "％", "91.4", "93.0", "91.0", "B", "上下水道課"],
    [],
    ["政策目標2　安心してずっと住める健康と福祉のまちをつくる"],
    NAGAYO_HEADER,
    [
        "2-1",
        "健康づくりの推進",
        "特定健康診査受診率",
        "％",
        "36.8",
        "60.0",
        "35.1",
        "B",
        "健康保険課",
    ],
    [
        "2-3",
        "高齢者福祉の充実",
        "介護予防教室の参加者数（人）",
        "",
        "1,205",
        "1,500",
        "－",
        "－",
        "介護保険課",
    ],
    [
        "2-5",
        "地域福祉の推進",
        "【再掲】コミュニティバス年間利用者数",
        "人",
        "52,310",
        "55,000",
        "57,842",
        "S",
        "政策企画課",
    ],
    [
        "2-6",
        "防災体制の強化",
        "自主防災組織の結成率",
        "％",
        "７２．５",
        "80.0",
        "62.0",
        "C",
        "防災安全課",
    ],
]


def nagayo() -> None:
    path = HERE / "nagayo_suchi_mokuhyo_r1.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)  # default lineterminator: CRLF
        for row in NAGAYO_ROWS:
            writer.writerow(row)
    print(f"wrote {path.relative_to(HERE.parent.parent)}")


# --------------------------------------------------------------------------------------------
# 出雲市 総合戦略 進捗状況 (XLSX → PDF)
# --------------------------------------------------------------------------------------------


def _put(
    ws,
    row: int,
    col: int,
    value,
    header: bool = False,
    fmt: str | None = None,
    align: str | None = None,
):
    cell = ws.cell(row=row, column=col, value=None if value == "" else value)
    cell.border = BORDER
    if header:
        cell.fill = SHADE
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    elif isinstance(value, (int, float)):
        cell.alignment = Alignment(horizontal="right", vertical="center")
        if fmt:
            cell.number_format = fmt
        elif isinstance(value, int) and abs(value) >= 1000:
            cell.number_format = "#,##0"
    else:
        cell.alignment = Alignment(horizontal=align, vertical="center", wrap_text=True)
    return cell


def _merge(ws, r1: int, c1: int, r2: int, c2: int) -> None:
    """Merge a range; every cell of it keeps its border."""
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            ws.cell(row=r, column=c).border = BORDER
    ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)


def izumo() -> Path:
    """出雲市まち・ひと・しごと創生総合戦略に係る平成28年度の進捗状況 (re-typed).

    Table 1 (基本目標の数値目標): the figures are the city's (see README.md); two 基本目標
    names and two 数値目標 names are inferred from a garbled extract. Table 2 (KPI): made up.
    """
    wb = Workbook()
    ws = wb.active
    ws.title = "進捗状況"
    widths = [30, 38, 12, 12, 12, 16, 16]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w

    title = ws.cell(
        row=1, column=1, value="出雲市まち・ひと・しごと創生総合戦略に係る平成28年度の進捗状況"
    )
    title.font = Font(size=14, bold=True)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=7)
    title.alignment = Alignment(horizontal="center")
    ws.cell(row=2, column=7, value="平成29年（2017）8月").alignment = Alignment(horizontal="right")

    # ---- table 1: 基本目標 --------------------------------------------------------------
    h1 = ws.cell(row=3, column=1, value="１　総合戦略の基本目標に係る平成28年度の進捗状況")
    h1.font = Font(bold=True)
    r = 4
    _put(ws, r, 1, "基本目標", header=True)
    _put(ws, r, 2, "数値目標", header=True)
    _put(ws, r, 3, "目標値（H27～H31）", header=True)
    _merge(ws, r, 3, r, 4)
    _put(ws, r, 5, "H28実績値", header=True)
    _merge(ws, r, 5, r, 7)
    goals = [
        (
            "１　出雲の特性を生かした魅力ある雇用の場を創出する",
            "雇用創出",
            "1,000人",
            "累計515人（うちH28年度255人）",
        ),
        (
            "２　出雲の縁を生かし、新しいひとの流れをつくる",
            "社会増（転入－転出）",
            "1,600人",
            "累計1,098人（うちH28年度221人）",
        ),
        (
            "３　出雲の若い世代の結婚・出産・子育ての希望をかなえる",
            "出生数",
            "8,000人",
            "累計3,170人（うちH28年度1,571人）",
        ),
        (
            "４　住民が主体的に地域づくりを行う、安心して暮らせるまちをつくる",
            "市民満足度調査で「住みやすい」と答えた市民の割合",
            "85%",
            "87%\n（H28.6月調査結果）",
        ),
        (
            "広域連携　魅力ある中海・宍道湖・大山圏域をつくる",
            "圏域人口",
            "65.4万人",
            "65.5万人\n（H29.3月住民基本台帳人口）",
        ),
    ]
    for name, goal, target, actual in goals:
        r += 1
        _put(ws, r, 1, name)
        _put(ws, r, 2, goal)
        _put(ws, r, 3, target, align="right")
        _merge(ws, r, 3, r, 4)
        _put(ws, r, 5, actual, align="right")
        _merge(ws, r, 5, r, 7)
        ws.row_dimensions[r].height = 32

    # ---- table 2: KPI --------------------------------------------------------------------
    r += 2
    h2 = ws.cell(row=r, column=1, value="２　主な重要業績評価指標（KPI）の状況")
    h2.font = Font(bold=True)
    r += 1
    top = r
    _put(ws, top, 1, "基本目標", header=True)
    _merge(ws, top, 1, top + 1, 1)
    _put(ws, top, 2, "重要業績評価指標（KPI）", header=True)
    _merge(ws, top, 2, top + 1, 2)
    _put(ws, top, 3, "基準値（H26）", header=True)
    _merge(ws, top, 3, top + 1, 3)
    _put(ws, top, 4, "平成28年度", header=True)
    _merge(ws, top, 4, top, 5)
    _put(ws, top + 1, 4, "目標", header=True)
    _put(ws, top + 1, 5, "実績", header=True)
    _put(ws, top, 6, "目標値（H31）", header=True)
    _merge(ws, top, 6, top + 1, 6)
    _put(ws, top, 7, "担当課", header=True)
    _merge(ws, top, 7, top + 1, 7)
    # (基本目標 cell, KPI, 基準, H28目標, H28実績, H31目標, 担当課, number format)
    kpis = [
        ("１　雇用の場の創出", "企業立地件数（件）", 3, 6, 7, 15, "商工振興課", None),
        (None, "観光入込客数（万人）", 1250, 1280, 1262, 1300, "観光振興課", "#,##0"),
        ("２　ひとの流れ", "UIターン者数（人）", 420, 460, 478, 500, "縁結び定住課", None),
        (
            "３　結婚・出産・子育て",
            "合計特殊出生率",
            1.72,
            1.76,
            "－",
            1.80,
            "子ども政策課",
            "0.00",
        ),
        (
            "４　安心して暮らせるまち",
            "市内事業所従業者数の増減（人）",
            -250,
            100,
            -64,
            500,
            "商工振興課",
            TRIANGLE_0,
        ),
        (
            None,
            "地域づくり活動に参加した市民の割合（％）",
            41.2,
            44.0,
            44.0,
            50.0,
            "市民活動支援課",
            "0.0",
        ),
    ]
    r = top + 1
    first_of_group = None
    for group, name, base, t28, a28, t31, dept, fmt in kpis:
        r += 1
        if group is not None:
            if first_of_group is not None and r - 1 > first_of_group:
                _merge(ws, first_of_group, 1, r - 1, 1)
            first_of_group = r
            _put(ws, r, 1, group)
        else:
            _put(ws, r, 1, "")
        _put(ws, r, 2, name)
        for col, v in ((3, base), (4, t28), (5, a28), (6, t31)):
            if isinstance(v, str):
                _put(ws, r, col, v, align="center")
            else:
                _put(ws, r, col, v, fmt=fmt)
        _put(ws, r, 7, dept)
        ws.row_dimensions[r].height = 24
    if first_of_group is not None and r > first_of_group:
        _merge(ws, first_of_group, 1, r, 1)

    r += 2
    ws.cell(
        row=r,
        column=1,
        value="※基本目標の数値目標は、平成27年度から平成31年度までの5年間の累計値です（基本目標４及び広域連携を除く）。",
    )
    ws.cell(
        row=r + 1,
        column=1,
        value="※合計特殊出生率の平成28年度の値は、県の人口動態統計の公表前のため「－」としています。",
    )

    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True

    path = HERE / "source" / "izumo_senryaku_shinchoku_h28.xlsx"
    path.parent.mkdir(exist_ok=True)
    wb.save(path)
    print(f"wrote {path.relative_to(HERE.parent.parent)}")
    return path


def to_pdf(xlsx: Path) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        print(
            f"soffice not found: {xlsx.with_suffix('.pdf').name} not rebuilt (the XLSX was written)"
        )
        return
    with tempfile.TemporaryDirectory() as tmp:
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
    print(f"wrote {pdf.relative_to(HERE.parent.parent)}")


if __name__ == "__main__":
    nagayo()
    to_pdf(izumo())
