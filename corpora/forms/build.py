"""Build the two XLSX forms of corpora/forms/ with openpyxl.

Run from anywhere: ``python corpora/forms/build.py``. Each workbook re-types, as one sheet, the
layout of another city's published form (see README.md and SOURCES.tsv): thin borders on every
cell of the form, header cells shaded, cells merged where the form merges them, numbers stored
as numbers (``#,##0`` from 1,000 on; negatives shown with ``△`` by the number format, as
Japanese spreadsheets do). These are re-typed forms, not the cities' own files.
The HTML and CSV documents of the folder are hand-written files, not built here.
"""

# ruff: noqa: E501
# The data below are the forms' real Japanese cells; splitting them would hurt reading more
# than long lines do (as in corpora/pdf/build.py).

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = Path(__file__).resolve().parent
THIN = Side(style="thin")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
SHADE = PatternFill("solid", fgColor="D9D9D9")
TRIANGLE_1 = '0.0;"△"0.0'  # -2.0 shows as △2.0


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    ws = wb.active
    ws.title = title
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    return wb, ws


def _put(ws, row: int, col: int, value, header: bool = False, fmt: str | None = None):
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
        cell.alignment = Alignment(vertical="center", wrap_text=True)
    return cell


def _merge(ws, r1: int, c1: int, r2: int, c2: int) -> None:
    """Merge a range; every cell of it keeps its border (openpyxl keeps the styles of the
    covered cells, so they are given one first)."""
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            ws.cell(row=r, column=c).border = BORDER
    ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)


def kitami() -> None:
    """北見市 事務事業評価シート（中間・事後）, 平成27年度 (re-typed; values made up except the
    事業費 of 25/26年度, which are the figures printed on the city's sample sheet)."""
    wb, ws = _sheet("事務事業評価シート", [12, 16, 16, 9, 9, 11, 11, 11, 11, 10])
    # title
    _put(ws, 1, 1, "平成27年度　事務事業評価シート（中間・事後）")
    _merge(ws, 1, 1, 1, 10)
    ws.cell(row=1, column=1).alignment = Alignment(horizontal="center")
    # key-value fields of the form
    fields = [
        # (row, [(col, value, header, merge_to_col)])
        (2, [(1, "整理番号", True, 1), (2, "0412", False, 2), (3, "事務事業名", True, 3),
             (4, "ごみ減量化・資源化推進事業", False, 8), (9, "評価時期", True, 9), (10, "中間", False, 10)]),
        (3, [(1, "事業期間", True, 1), (2, "平成20年度 ～ 平成29年度", False, 4), (5, "前年度整理番号", True, 6),
             (7, "0398", False, 7), (8, "公約番号", True, 8), (9, "－", False, 10)]),
        (4, [(1, "基本目標", True, 1), (2, "Ⅲ　自然と調和した快適なまち", False, 10)]),
        (5, [(1, "分野別施策", True, 1), (2, "循環型社会の形成", False, 10)]),
        (6, [(1, "主要施策", True, 1), (2, "ごみの減量化・資源化の推進", False, 10)]),
        (7, [(1, "部課名", True, 1), (2, "市民環境部環境課", False, 3), (4, "係名", True, 4),
             (5, "ごみ減量推進係", False, 6), (7, "担当係長名", True, 7), (8, "○○　○○", False, 8),
             (9, "連絡先", True, 9), (10, "内線1234", False, 10)]),
        (8, [(1, "実施方法", True, 1), (2, "直営・一部委託", False, 3), (4, "事務の区分", True, 4),
             (5, "自治事務", False, 6), (7, "根拠法令等", True, 7), (8, "廃棄物の処理及び清掃に関する法律", False, 10)]),
        (9, [(1, "会計", True, 1), (2, "一般会計", False, 2), (3, "款", True, 3), (4, "4", False, 4),
             (5, "項", True, 5), (6, "2", False, 6), (7, "目", True, 7), (8, "1", False, 8),
             (9, "補助委託先の名称", True, 9), (10, "－", False, 10)]),
        (10, [(1, "事業の対象", True, 1), (2, "市民・事業者", False, 10)]),
        (11, [(1, "事業の目的", True, 1), (2, "ごみの排出を抑え、資源として再び使える物を分けて集めることで、ごみの処理量を減らす。", False, 10)]),
        (12, [(1, "事業の手段", True, 1), (2, "町内会など資源回収を行う団体に奨励金を交付する。出前講座を年3回以上開き、分別の仕方を伝える。", False, 10)]),
    ]  # fmt: skip
    for row, cells in fields:
        for col, value, header, to_col in cells:
            _put(ws, row, col, value, header=header)
            if to_col > col:
                _merge(ws, row, col, row, to_col)
        ws.row_dimensions[row].height = 30 if row in (11, 12) else 18

    # 対象指標: one row, values under bare years (no 区分)
    r = 14
    for col, value in enumerate(
        ["対象指標", "指標名", "", "単位", "区分", "25年度", "26年度", "27年度", "", ""], 1
    ):
        _put(ws, r, col, value, header=True)
    _merge(ws, r, 2, r, 3)
    _merge(ws, r, 9, r, 10)
    _put(ws, r + 1, 1, "", header=True)
    _merge(ws, r, 1, r + 1, 1)
    _put(ws, r + 1, 2, "市内世帯数")
    _put(ws, r + 1, 3, "")
    _merge(ws, r + 1, 2, r + 1, 3)
    for col, value in enumerate(["世帯", "", 57512, 57380, 57201, "", ""], 4):
        _put(ws, r + 1, col, value)
    _merge(ws, r + 1, 9, r + 1, 10)

    def indicator_block(top: int, label: str, name_head: str, items) -> int:
        heads = [
            label,
            name_head,
            "",
            "単位",
            "区分",
            "25年度",
            "26年度",
            "27年度",
            "最終目標値",
            "目標年度",
        ]
        for col, value in enumerate(heads, 1):
            _put(ws, top, col, value, header=True)
        _merge(ws, top, 2, top, 3)
        row = top + 1
        for name, unit, targets, actuals, final, final_year, fmt in items:
            _put(ws, row, 2, name)
            _put(ws, row, 3, "")
            _put(ws, row + 1, 2, "")
            _put(ws, row + 1, 3, "")
            _merge(ws, row, 2, row + 1, 3)
            _put(ws, row, 4, unit)
            _put(ws, row + 1, 4, "")
            _merge(ws, row, 4, row + 1, 4)
            _put(ws, row, 5, "目標値", header=True)
            _put(ws, row + 1, 5, "実績値", header=True)
            for i in range(3):
                _put(ws, row, 6 + i, targets[i], fmt=fmt)
                _put(ws, row + 1, 6 + i, actuals[i], fmt=fmt)
            _put(ws, row, 9, final, fmt=fmt)
            _put(ws, row + 1, 9, "")
            _merge(ws, row, 9, row + 1, 9)
            _put(ws, row, 10, final_year)
            _put(ws, row + 1, 10, "")
            _merge(ws, row, 10, row + 1, 10)
            row += 2
        for rr in range(top + 1, row):
            _put(ws, rr, 1, "", header=True)
        _merge(ws, top, 1, row - 1, 1)
        return row

    nxt = indicator_block(17, "活動指標", "活動指標名", [
        ("資源回収実施団体数", "団体", [120, 122, 124], [118, 121, ""], 130, "29年度", None),
        ("ごみ減量出前講座開催回数", "回", [20, 20, 20], [18, 22, ""], 20, "29年度", None),
    ])  # fmt: skip
    nxt = indicator_block(nxt + 1, "成果指標", "成果指標名", [
        ("ごみ排出量の削減率（平成24年度比）", "％", [-2.0, -3.0, -4.0], [-1.5, -3.2, ""], -6.0, "29年度", TRIANGLE_1),
        ("資源化率", "％", [22.0, 23.0, 24.0], [21.4, 22.1, ""], 25.0, "29年度", "0.0"),
    ])  # fmt: skip

    # 事業費 block under the indicators (the form's 区分 (単位:円) table): gives no indicator
    top = nxt + 1
    for col, value in enumerate(
        ["区分　（単位:円）", "", "25年度決算", "26年度決算", "27年度予算"], 1
    ):
        _put(ws, top, col, value, header=True)
    _merge(ws, top, 1, top, 2)
    money = [
        ("①事業費", "", 7210000, 6924000, 7050000),
        ("財源内訳", "国道支出金", 0, 0, 0),
        ("", "地方債", 0, 0, 0),
        ("", "その他", 1850000, 1790000, 1800000),
        ("", "一般財源", 5360000, 5134000, 5250000),
        ("②平均職員費", "", 7920000, 7980000, 8010000),
        ("③人員（人工）", "", 0.5, 0.5, 0.5),
        ("④職員費（②×③）", "", 3960000, 3990000, 4005000),
        ("⑤総事業費（①＋④）", "", 11170000, 10914000, 11055000),
    ]
    for i, (a, b, *vals) in enumerate(money, start=top + 1):
        _put(ws, i, 1, a, header=True)
        _put(ws, i, 2, b, header=bool(b))
        if not b:
            _merge(ws, i, 1, i, 2)
        for j, v in enumerate(vals):
            _put(ws, i, 3 + j, v, fmt="0.00" if isinstance(v, float) else None)
    _merge(ws, top + 2, 1, top + 5, 1)

    # evaluation block (評価の視点): program-wide letters, no indicator
    top = top + len(money) + 2
    _put(ws, top, 1, "評価の視点", header=True)
    _merge(ws, top, 1, top, 10)
    evals = [
        ("妥当性", "A", "市が担うべき事業であり、実施主体と手段は適している。"),
        ("有効性", "B", "資源化率は伸びているが、目標には届いていない。"),
        ("効率性", "C", "回収の方法に改善の余地がある。"),
    ]
    for i, (k, grade, text) in enumerate(evals, start=top + 1):
        _put(ws, i, 1, k, header=True)
        _put(ws, i, 2, grade)
        _put(ws, i, 3, text)
        _merge(ws, i, 3, i, 10)
    _put(ws, top + 5, 1, "作成日", header=True)
    _put(ws, top + 5, 2, "平成27年7月31日")
    _merge(ws, top + 5, 2, top + 5, 4)
    wb.save(HERE / "kitami_jimujigyo_h27.xlsx")


def ishinomaki() -> None:
    """石巻市 地方創生先行型 事業実施結果報告 (the national 様式, as 石巻市 filled it in; real
    figures read from the published report's text, comments shortened)."""
    wb, ws = _sheet("事業実施結果報告", [5, 24, 9, 13, 8, 26, 8, 7, 12, 30, 30])
    _put(
        ws, 1, 1, "地域活性化・地域住民生活等緊急支援交付金（地方創生先行型）に係る事業実施結果報告"
    )
    _merge(ws, 1, 1, 1, 11)
    # two header rows
    for col, value in enumerate(
        [
            "No",
            "交付対象事業の名称",
            "交付金の種類",
            "実績額",
            "本事業における重要業績評価指標（KPI）",
            "",
            "",
            "",
            "本事業終了後における実績値",
            "外部委員からの評価",
            "外部委員評価を踏まえた事業の今後について",
        ],
        1,
    ):
        _put(ws, 2, col, value, header=True)
    for col, value in enumerate(
        ["", "", "", "単位：円", "指標", "", "指標値", "単位", "", "", ""], 1
    ):
        _put(ws, 3, col, value, header=True)
    for col in (1, 2, 3, 9, 10, 11):
        _merge(ws, 2, col, 3, col)
    _merge(ws, 2, 5, 2, 8)
    _merge(ws, 3, 5, 3, 6)
    ws.row_dimensions[2].height = 30

    programs = [
        (1, "石巻市総合戦略策定事業", "基礎交付", 9099427,
         [("指標①", "―", "―", "―", "―")], "―", "―"),
        (2, "創業支援・育成事業", "基礎交付", 16362485,
         [("指標①", "創業数", 5, "件", 7), ("指標②", "新規事業補助採択数", 9, "件", 4),
          ("指標③", "創業件数", 14, "件", 36)],
         "創業したあとも10年、20年と続けてもらえるよう、追跡調査をしてほしい。",
         "5か年は事業実績報告を求め、経営相談を行いながら創業者のカルテを作り、支援機関の連携会議で共有する。"),
        (3, "6次産業化・地産地消推進事業", "基礎交付", 17370711,
         [("指標①", "新商品開発数", 1, "件", 1), ("指標②", "販路開拓件数", 2, "件", 3),
          ("指標③", "施設整備件数", 1, "件", 6)],
         "開発した新商品が販路の拡大につながったかどうか、フォローアップを行ってほしい。",
         "推進センターを通じ、助成後も販路や商品改良の支援を続ける。"),
        (4, "漁船誘致及び原魚等確保助成事業", "基礎交付", 10000000,
         [("指標①", "水揚げ量（旋網一艘分）増", 100, "トン", 2998)],
         "「水産都市石巻」に必要な事業である。",
         "トップセールスによる誘致を続け、PR用パンフレットを改訂して誘致活動を支える。"),
    ]  # fmt: skip
    row = 4
    for no, name, kind, amount, indicators, review, plan in programs:
        n = len(indicators)
        for i, (label, ind, target, unit, actual) in enumerate(indicators):
            r = row + i
            for col, value in (
                (1, no if i == 0 else ""),
                (2, name if i == 0 else ""),
                (3, kind if i == 0 else ""),
                (4, amount if i == 0 else ""),
                (10, review if i == 0 else ""),
                (11, plan if i == 0 else ""),
            ):
                _put(ws, r, col, value)
            _put(ws, r, 5, label)
            _put(ws, r, 6, ind)
            _put(ws, r, 7, target)
            _put(ws, r, 8, unit)
            _put(ws, r, 9, actual)
            ws.row_dimensions[r].height = 30
        if n > 1:
            for col in (1, 2, 3, 4, 10, 11):
                _merge(ws, row, col, row + n - 1, col)
        row += n
    wb.save(HERE / "ishinomaki_senkogata_h27.xlsx")


def main() -> None:
    kitami()
    ishinomaki()
    from openpyxl import load_workbook

    for name in ("kitami_jimujigyo_h27.xlsx", "ishinomaki_senkogata_h27.xlsx"):
        ws = load_workbook(HERE / name).active
        print(
            f"{name}: sheet {ws.title!r}, {ws.max_row} rows x {ws.max_column} columns, "
            f"{len(ws.merged_cells.ranges)} merged ranges"
        )


if __name__ == "__main__":
    main()
