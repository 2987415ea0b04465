"""Build the built documents of corpora/forms2/ (openpyxl, LibreOffice).

Run from anywhere: ``python corpora/forms2/build.py``.

* ``source/matsudo_suchimokuhyo_h30.xlsx``: the source of the PDF (one sheet, A4 portrait,
  fit to one page wide); ``matsudo_suchimokuhyo_h30.pdf`` is converted from it with
  ``soffice --headless --convert-to pdf``. When soffice is missing, the PDF step is skipped
  with a message (the PDF in the folder stays as it is).
* ``sasebo_seisaku_hyoka_h30.xlsx``: the held-out workbook.

Both re-type, as one sheet, another city's published form (README.md, SOURCES.tsv): thin
borders on every cell of the form, header cells shaded, cells merged where the form merges
them. In the workbook numbers are stored as numbers with number formats; in the PDF's source
the values are text, as printed (units and arrows in the cells).
These are re-typed forms, not the cities' own files. ``yuza_chiikisaisei_h28.html`` is a
hand-written file, not built here.
"""

# ruff: noqa: E501
# The data below are the forms' Japanese cells; splitting them would hurt reading.

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
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


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    ws = wb.active
    ws.title = title
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    return wb, ws


def _put(ws, row, col, value, header=False, fmt=None, border=True, bold=False, align=None, size=10):
    cell = ws.cell(row=row, column=col, value=None if value == "" else value)
    if border:
        cell.border = BORDER
    cell.font = Font(name=FONT, bold=bold, size=size)
    if header:
        cell.fill = SHADE
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    elif isinstance(value, (int, float)):
        cell.alignment = Alignment(horizontal="right", vertical="center")
        if fmt:
            cell.number_format = fmt
    else:
        cell.alignment = Alignment(horizontal=align, vertical="center", wrap_text=True)
    return cell


def _merge(ws, r1, c1, r2, c2, border=True):
    """Merge a range; every covered cell gets the border first (openpyxl keeps their styles)."""
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            if border:
                ws.cell(row=r, column=c).border = BORDER
    ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)


# --------------------------------------------------------------------------------------------
# Document 1 (PDF): 松戸市 まち・ひと・しごと創生懇談会 資料4 (H30.10.3)
# --------------------------------------------------------------------------------------------

# (label, name, [(header, value), ...], note). Values as printed: unit and arrow in the cell.
MATSUDO_BLOCKS = [
    (
        "数値目標①",
        "婚姻率",
        [
            ("平成25\n（基準値）", "5.5‰"),
            ("平成27", "5.4‰ ↘"),
            ("平成28\n（現状値）", "5.0‰ ↘"),
            ("平成31\n（目標値）", "5.9‰"),
        ],
        "参考）婚姻率＝婚姻件数／人口（千人）　H26　5.3‰",
    ),
    (
        "数値目標②",
        "出生数",
        [
            ("平成26\n（基準値）", "3,823人"),
            ("平成27", "3,975人 ↗"),
            ("平成28", "3,782人 ↘"),
            ("平成29\n（現状値）", "3,679人 ↘"),
            ("平成31\n（目標値）", "4,107人"),
        ],
        "参考）平成25　4,016人",
    ),
    (
        "数値目標③",
        "合計特殊出生率",
        [
            ("平成25\n（基準値）", "1.36"),
            ("平成27", "1.38 ↗"),
            ("平成28", "1.35 ↘"),
            ("平成29\n（現状値）", "1.32 ↘"),
            ("平成31\n（目標値）", "1.55"),
        ],
        None,
    ),
    (
        "数値目標④",
        "0～14歳及び25歳～44歳の「転入者数－転出者数」",
        [
            ("平成25\n（基準値）", "△1,577人"),
            ("平成27", "△905人 ↗"),
            ("平成28", "△432人 ↗"),
            ("平成29\n（現状値）", "118人 ↗"),
            ("平成31\n（目標値）", "0人"),
        ],
        "参考）転入者数－転出者数がマイナスの場合は「△」で表示（転出超過）",
    ),
    (
        "数値目標⑤",
        "主要観光スポットの観光客数",
        [
            ("平成25\n（基準値）", "2,584千人"),
            ("平成27", "2,611千人 ↗"),
            ("平成28", "2,655千人 ↗"),
            ("平成29\n（現状値）", "2,640千人 ↘"),
            ("平成31\n（目標値）", "2,750千人"),
        ],
        None,
    ),
    (
        "数値目標⑥",
        "松戸の良さを伝えるために取り組んでいる市民の割合",
        [
            ("平成25年度\n（基準値）", "15.8%"),
            ("平成27年度", "－"),
            ("平成28年度", "18.9%"),
            ("平成29年度\n（現状値）", "20.4% ↗"),
            ("平成31年度\n（目標値）", "28.0%"),
        ],
        "参考）平成27年度は市民意識調査を実施していない",
    ),
]


def build_matsudo(path: Path) -> None:
    wb, ws = _sheet("資料4", [4, 17, 17, 17, 17, 17])
    r = 1
    _put(
        ws,
        r,
        1,
        "H30.10.3　第7回松戸市まち・ひと・しごと創生懇談会　資料4",
        border=False,
        align="right",
        size=9,
    )
    _merge(ws, r, 1, r, 6, border=False)
    r += 2
    _put(
        ws,
        r,
        1,
        "1　総合戦略における数値目標・重要業績評価指標の現状値",
        border=False,
        bold=True,
        size=12,
    )
    _merge(ws, r, 1, r, 6, border=False)
    r += 1
    _put(
        ws,
        r,
        1,
        "　松戸市総合戦略では、4つの基本目標を掲げ、基本目標ごとに「数値目標」を掲げ、計16項目の「数値目標」を掲げています。目標年次は主に平成31年となっていますが、最新の現状値を把握し、目標値に近づいているのか、そうでないのかを見ていきます。",
        border=False,
    )
    _merge(ws, r, 1, r, 6, border=False)
    ws.row_dimensions[r].height = 44
    r += 2
    _put(
        ws,
        r,
        1,
        "基本目標Ⅰ　子育て・教育・文化を軸とした都市ブランドづくり",
        border=False,
        bold=True,
        size=11,
    )
    _merge(ws, r, 1, r, 6, border=False)
    r += 1
    _put(
        ws,
        r,
        1,
        "※表中の数値右側に表示した矢印は、それぞれ当該数値欄の左欄の数値と比べた、数値の上下の動きを表しています。",
        border=False,
        size=9,
    )
    _merge(ws, r, 1, r, 6, border=False)
    r += 2
    for label, name, cells, note in MATSUDO_BLOCKS:
        _put(ws, r, 1, f"{label}　{name}", border=False, bold=True)
        _merge(ws, r, 1, r, 6, border=False)
        r += 1
        for i, (head, value) in enumerate(cells):
            _put(ws, r, 2 + i, head, header=True)
            _put(ws, r + 1, 2 + i, value, align="center")
        ws.row_dimensions[r].height = 30
        ws.row_dimensions[r + 1].height = 20
        r += 2
        if note:
            _put(ws, r, 2, note, border=False, size=9)
            _merge(ws, r, 2, r, 6, border=False)
            r += 1
        r += 1
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)


def convert_pdf(src: Path, dest: Path) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        print(
            f"soffice not found: {dest.name} not rebuilt (the folder's copy stays)", file=sys.stderr
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
                str(src),
            ],
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        shutil.copyfile(Path(tmp) / (src.stem + ".pdf"), dest)


# --------------------------------------------------------------------------------------------
# Document 3 (XLSX, held out): 佐世保市 平成30年度政策評価シート (政策 5-1)
# --------------------------------------------------------------------------------------------


def build_sasebo(path: Path) -> None:
    wb, ws = _sheet("政策評価シート", [9, 40, 10, 10, 10, 10, 10, 10])
    _put(ws, 1, 1, "平成29年度実施事業　平成30年度政策評価シート", border=False, bold=True, size=13)
    _merge(ws, 1, 1, 1, 5, border=False)
    _put(ws, 1, 6, "作成日", header=True)
    _put(ws, 1, 7, "平成30年6月5日")
    _merge(ws, 1, 7, 1, 8)
    _put(ws, 2, 1, "政策コード", header=True)
    _put(ws, 2, 2, "5-1")
    _put(ws, 2, 3, "担当部局", header=True)
    _put(ws, 2, 4, "環境部")
    _put(ws, 2, 5, "責任者（部局長名）", header=True)
    _merge(ws, 2, 5, 2, 6)
    _put(ws, 2, 7, "○○　○○")
    _merge(ws, 2, 7, 2, 8)
    ws.row_dimensions[2].height = 28
    _put(ws, 3, 1, "1.政策体系", border=False, bold=True)
    _merge(ws, 3, 1, 3, 8, border=False)
    _put(ws, 4, 1, "基本目標", header=True)
    _put(ws, 4, 2, "5.人と自然が共生するまち")
    _merge(ws, 4, 2, 4, 8)
    _put(ws, 5, 1, "政策", header=True)
    _put(ws, 5, 2, "5-1.環境に配慮したまちづくり")
    _merge(ws, 5, 2, 5, 8)
    _put(ws, 6, 1, "2.めざす姿", border=False, bold=True)
    _merge(ws, 6, 1, 6, 8, border=False)
    _put(
        ws,
        7,
        1,
        "環境保全に関する市民や事業者の理解が深まり、豊かな自然環境や良好な生活環境が作られています。",
    )
    _merge(ws, 7, 1, 7, 8)
    _put(ws, 8, 1, "3.後期基本計画掲載の主な達成目標と実績", border=False, bold=True)
    _merge(ws, 8, 1, 8, 8, border=False)
    # two-row header
    _put(ws, 9, 1, "NO", header=True)
    _merge(ws, 9, 1, 10, 1)
    _put(ws, 9, 2, "成果指標名", header=True)
    _merge(ws, 9, 2, 10, 2)
    _put(ws, 9, 3, "現状値", header=True)
    _put(ws, 9, 4, "実績値の推移", header=True)
    _merge(ws, 9, 4, 9, 6)
    _put(ws, 9, 7, "中間\n目標値", header=True)
    _put(ws, 9, 8, "最終\n目標値", header=True)
    ws.row_dimensions[9].height = 28
    for c, year in zip(range(3, 9), ["H22", "H25", "H27", "H29", "H27", "31"], strict=False):
        _put(ws, 10, c, year, header=True)
    rows = [
        (1, "環境保全の取組みに対する市民満足度【%】", [23.1, 23.1, 38.4, 36.3, 36.3, 38.0], "0.0"),
        (2, "環境学習・環境保全活動への参加者数【人】", ["-"] * 6, None),
        (3, "公共用水域の環境基準達成率【%】", [88.2, 90.5, 91.7, 92.3, 92.0, 95.0], "0.0"),
    ]
    r = 11
    for no, name, values, fmt in rows:
        _put(ws, r, 1, no, fmt="0")
        ws.cell(row=r, column=1).alignment = Alignment(horizontal="center", vertical="center")
        _put(ws, r, 2, name)
        for c, v in zip(range(3, 9), values, strict=False):
            cell = _put(ws, r, c, v, fmt=fmt)
            if isinstance(v, str):
                cell.alignment = Alignment(horizontal="center", vertical="center")
        ws.row_dimensions[r].height = 22
        r += 1
    texts = [
        (
            "4.振り返り～活動の評価～\n※成果がうまくいった部分、いかなかった部分など",
            "環境基本計画に基づく施策を推進し、平成27年度の市民満足度は中間目標値を上回った。一方、平成29年度はやや低下しており、環境保全の取組みの周知に課題が残る。",
        ),
        (
            "5.政策の現状と課題～後期基本計画から変化した部分～",
            "環境問題は、ごみ・生活排水等の身近な問題から地球温暖化等の問題まで多様化しており、低炭素社会、自然共生社会及び循環型社会の形成に向けた持続可能な社会の構築が求められている。",
        ),
        (
            "6.今後の取組み～特筆すべき部分",
            "環境を取り巻く情勢の変化に対応しつつ、豊かな自然環境を守り、次の世代に引き継ぐため、市民・事業者との協働による取組みを進める。",
        ),
    ]
    for head, body in texts:
        _put(ws, r, 1, head, header=True)
        _merge(ws, r, 1, r, 2)
        _put(ws, r, 3, body)
        _merge(ws, r, 3, r, 8)
        ws.row_dimensions[r].height = 48
        r += 1
    r += 1
    _put(ws, r, 1, "政策の事業費（単位：千円）", header=True)
    _merge(ws, r, 1, r, 2)
    for c, h in zip(range(3, 9, 2), ["H25決算", "H27決算", "H29決算"], strict=False):
        _put(ws, r, c, h, header=True)
        _merge(ws, r, c, r, c + 1)
    r += 1
    _put(ws, r, 1, "事業費計", header=True)
    _merge(ws, r, 1, r, 2)
    for c, v in zip(range(3, 9, 2), [1254318, 1198660, 1305902], strict=False):
        _put(ws, r, c, v, fmt="#,##0")
        _merge(ws, r, c, r, c + 1)
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    wb.save(path)


def main() -> None:
    src = SOURCE / "matsudo_suchimokuhyo_h30.xlsx"
    build_matsudo(src)
    print(f"wrote {src.relative_to(HERE)}")
    convert_pdf(src, HERE / "matsudo_suchimokuhyo_h30.pdf")
    if (HERE / "matsudo_suchimokuhyo_h30.pdf").exists():
        print("wrote matsudo_suchimokuhyo_h30.pdf")
    build_sasebo(HERE / "sasebo_seisaku_hyoka_h30.xlsx")
    print("wrote sasebo_seisaku_hyoka_h30.xlsx")


if __name__ == "__main__":
    main()
