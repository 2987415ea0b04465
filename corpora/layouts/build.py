"""Build the three XLSX layouts of corpora/layouts/ with openpyxl.

Run from anywhere: ``python corpora/layouts/build.py``. Each workbook has one sheet whose name is
the section of its records; the sheet holds nothing but the table (thin borders on every cell of
it, header cells shaded, numbers stored as numbers with a ``#,##0`` format from 1,000 on).
Names, units and numbers come from corpora/seeds/ (see README.md for the seed line of each row).
The HTML and CSV documents of the folder are hand-written files, not built here.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, PatternFill, Side

HERE = Path(__file__).resolve().parent
THIN = Side(style="thin")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
SHADE = PatternFill("solid", fgColor="D9D9D9")


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    ws = wb.active
    ws.title = title
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    return wb, ws


def _put(ws, row: int, col: int, value, header: bool = False) -> None:
    cell = ws.cell(row=row, column=col, value=None if value == "" else value)
    cell.border = BORDER
    if header:
        cell.fill = SHADE
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    elif isinstance(value, (int, float)):
        cell.alignment = Alignment(horizontal="right")
        if isinstance(value, int) and abs(value) >= 1000:
            cell.number_format = "#,##0"
    elif value == "-":
        cell.alignment = Alignment(horizontal="center")


def _grid(ws, rows: list[list], header_rows: int = 1) -> None:
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row, start=1):
            _put(ws, r, c, value, header=r <= header_rows)


def unit_in_name() -> None:
    """Layout 3: 指標名（単位） with the unit in parentheses; 現況値 / 直近値 / 目標値 with years."""
    wb, ws = _sheet("地方創生KPI", [70, 16, 16, 16])
    _grid(ws, [
        ["指標名（単位）", "現況値（R4年度）", "直近値（R6年度）", "目標値（R7.3）"],
        ["MOOワークスペース等施設を継続的に利用する企業数（社・団体）", 1, 1, 3],
        ["移住者数（人）", 112, 81, 133],
        ["ふき紙漉き体験者数（人）", 137, 107, 220],
        ["特産品販売の売上額（円）", 5994616, 5260160, 1650000],
        ["サテライトオフィス等施設の利用者における所在都道府県外の利用者数の割合（％）", 27, 43, 66],
        ["電子申請システム利用件数（機能拡充のみ）（件）", "-", 635, 4500],
        ["デジタル化した教育データやその分析結果を児童生徒の指導・評価・支援等に活用する教員の割合（％）", "-", 87.6, 70],
    ])  # fmt: skip
    wb.save(HERE / "unit_in_name.xlsx")


def years_down() -> None:
    """Layout 5: years down the side, one indicator per column (values are actuals)."""
    wb, ws = _sheet("年度別実績", [12, 22, 22, 18, 22, 26])
    ws.row_dimensions[1].height = 48
    _grid(ws, [
        ["年度", "音別地域交流拠点施設利用者数（人）", "サテライトオフィス等施設の利用者数（人）",
         "施設予約システム利用率（％）", "アンケートによる施設予約システム利用者満足度（％）",
         "アンケートによる電子申請システム利用者満足度（機能拡充）（％）"],
        ["令和4年度", 33633, 284, "-", "-", "-"],
        ["令和5年度", 35245, 481, 29, 73.5, 62.5],
        ["令和6年度", 32570, 329, 43, 76, 82.7],
    ])  # fmt: skip
    for r in range(2, 5):
        ws.cell(row=r, column=1).alignment = Alignment(horizontal="center")
        ws.cell(row=r, column=1).fill = SHADE
    wb.save(HERE / "years_down.xlsx")


def name_row_above() -> None:
    """Layout 7: each item's name and unit on its own row, its values on the row below."""
    wb, ws = _sheet("≪事業実績等≫", [70, 14, 14, 14])
    items = [
        ("サテライトオフィス等施設を使用する企業数（社）", [1, 1, 1]),
        ("サテライトオフィス等施設を使用する企業における、所在都道府県外の企業数（社）", [1, 1, 1]),
        ("データを相互運用するシステム累計数（システム数）", ["-", 1, 2]),
        ("標準学力検査結果平均正答率(%)が全国比-5ポイント以下の学校数（学校数）", ["-", 6, 5]),
        ("全国学力・学習状況調査の平均正答率の状況（ポイント）", ["-", 97.7, 99.9]),
        ("児童生徒の学習適応度が偏差値50以上を達成した学校の割合（％）", ["-", 88, 89.7]),
    ]
    rows: list[list] = [["項目（単位）", "R3年度実績", "R4年度実績", "R5年度見込"]]
    for name, values in items:
        rows.append([name, "", "", ""])
        rows.append(["", *values])
    _grid(ws, rows)
    wb.save(HERE / "name_row_above.xlsx")


def fresh_transposed() -> None:
    """Variation of layout 8: stacked blocks, each with a `KPI①` name row (name merged over two
    cells, unit written `単位：件`), a `年月` row (`R7.3` … `R9.3`), a `目標値` row and a `実績値` row."""
    wb, ws = _sheet("KPI進捗管理", [12, 30, 30, 14])
    blocks = [
        ("KPI①", "相談記録の登録件数", "件", [280, 290, 300], [311, "", ""]),
        ("KPI②", "要対協へ登録が必要な児童及び特定妊婦数", "件", [140, 150, 160], [235, "", ""]),
        ("KPI③", "授業等でICT機器を活用し、児童生徒にICT活用について指導できる教員の割合", "%",
         [83, 88, 93], [82.8, "", ""]),
        ("KPI④", "保護者連絡のデジタル化率", "%", [75, 85, 95], ["", "", ""]),
    ]  # fmt: skip
    row = 1
    for label, name, unit, targets, actuals in blocks:
        # name row: label | name (merged over B:C) | unit note
        _put(ws, row, 1, label, header=True)
        _put(ws, row, 2, name)
        _put(ws, row, 3, "")
        ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=3)
        ws.cell(row=row, column=2).alignment = Alignment(vertical="center", wrap_text=True)
        _put(ws, row, 4, f"単位：{unit}")
        ws.row_dimensions[row].height = 30
        # year row
        for col, value in enumerate(["年月", "R7.3", "R8.3", "R9.3"], start=1):
            _put(ws, row + 1, col, value, header=True)
        # target and actual rows
        for offset, (head, values) in enumerate(
            (("目標値", targets), ("実績値", actuals)), start=2
        ):
            _put(ws, row + offset, 1, head, header=True)
            for col, value in enumerate(values, start=2):
                _put(ws, row + offset, col, value)
        row += 5  # four rows of the block and one empty row between blocks
    wb.save(HERE / "fresh_transposed.xlsx")


def main() -> None:
    unit_in_name()
    years_down()
    name_row_above()
    fresh_transposed()
    # read back: every sheet opens and shows the table it was given
    from openpyxl import load_workbook

    for name in (
        "unit_in_name.xlsx",
        "years_down.xlsx",
        "name_row_above.xlsx",
        "fresh_transposed.xlsx",
    ):
        ws = load_workbook(HERE / name).active
        print(f"{name}: sheet {ws.title!r}, {ws.max_row} rows x {ws.max_column} columns")


if __name__ == "__main__":
    main()
