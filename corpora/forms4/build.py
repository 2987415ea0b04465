"""Build the built documents of corpora/forms4/ (openpyxl, LibreOffice).

Run from anywhere: ``python corpora/forms4/build.py``. It writes

* ``source/fuchu_kpi_shinchoku_h27.xlsx`` (two sheets, one 具体的な施策 each, A4 landscape, fit
  to one page each) and from it ``fuchu_kpi_shinchoku_h27.pdf`` (two pages): a re-typed 府中市
  具体的な施策・重要業績評価指標（KPI）進捗状況評価票;
* ``chikusei_shisaku_hyoka_h28.xlsx`` (one sheet): a re-typed 筑西市 施策評価シート;
* ``source/tsukuba_jisseki_hyoka_h27.xlsx`` (four sheets, one sheet a page) and from it
  ``tsukuba_jisseki_hyoka_h27.pdf`` (four pages): re-typed つくば市 実績評価シート.

The PDFs are converted with ``soffice --headless --convert-to pdf``; when soffice is missing the
PDF step is skipped with a message (the PDFs in the folder stay as they are). Numbers are stored
as numbers with number formats; cells merged where the form merges them; thin borders; header
cells shaded. ``source/`` holds only the PDFs' sources: they are not documents of the corpus.
``hachioji_senryaku_hyoka_h27.html`` is hand-written, not built here.
These are re-typed forms of other cities, not the cities' own files (README.md, SOURCES.tsv).
"""

# ruff: noqa: E501
# The data below are the forms' Japanese cells; splitting them would hurt reading.

from __future__ import annotations

import shutil
import subprocess
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


def _widths(ws, widths: list[float]) -> None:
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


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
    """Merge a range; every covered cell gets the border first."""
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            if border:
                ws.cell(row=r, column=c).border = BORDER
    ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)


def _text(ws, row, col, value, bold=False, size=10, align=None):
    cell = ws.cell(row=row, column=col, value=value)
    cell.font = Font(name=FONT, bold=bold, size=size)
    cell.alignment = Alignment(horizontal=align, vertical="center")
    return cell


def _one_page(ws, landscape=True):
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True


# --------------------------------------------------------------------------------------------
# Document 1 (PDF, tuned): 府中市 具体的な施策・重要業績評価指標（KPI）進捗状況評価票（対象：平成27年度）
# --------------------------------------------------------------------------------------------

FUCHU_PROGRESS_NOTE = "※進捗　A：目標達成に向け、順調に進捗している。　B：やや遅れているが、概ね順調に進捗している。　C：進捗が遅れており、取組の見直しが必要である。"

FUCHU_SHEETS = [
    {
        "title": "施策①",
        "fields": [
            ("基本目標", "1　市内産業の振興と起業・創業の推進による雇用の確保"),
            ("基本的方向", "1　市内産業の経営安定化による雇用機会の維持（経営基盤の強化）"),
            ("具体的な施策", "①　市内企業の経営支援"),
            ("主担当課", "経済観光課"),
            (
                "施策概要",
                "・むさし府中商工会議所と連携し、経営指導や金融支援などといった経営支援を行い、雇用の確保と地域経済の活性化を目指します。\n"
                "・商店街のより一層の活性化に向けた取組を支援します。\n"
                "・産・学・金・官の連携等を図り、新たな商品開発や人材交流につなげ、市内産業の振興を支援します。",
            ),
        ],
        # (label, name, unit, 目標, 現状, [H27..H31 実績], [H27..H31 進捗])
        "kpis": [
            (
                "①",
                "融資実行件数",
                "件",
                300,
                292,
                [283, "―", "―", "―", "―"],
                ["B", "―", "―", "―", "―"],
            ),
            (
                "②",
                "商店街イベント事業補助金交付商店会数",
                "商店会",
                32,
                28,
                [30, "―", "―", "―", "―"],
                ["A", "―", "―", "―", "―"],
            ),
            (
                "③",
                "技術相談を行った件数",
                "件",
                470,
                463,
                [456, "―", "―", "―", "―"],
                ["B", "―", "―", "―", "―"],
            ),
        ],
        "work": "・むさし府中商工会議所と連携し、小規模事業者への融資あっせんを行ったほか、経営相談窓口を月2回開設した。\n"
        "・商店街が実施するイベント事業（30商店会、延べ58事業）に対して補助を行った。\n"
        "・産業振興に関する技術相談を受け付け、3件を大学等の研究機関へ取り次いだ。",
    },
    {
        "title": "施策②",
        "fields": [
            ("基本目標", "1　市内産業の振興と起業・創業の推進による雇用の確保"),
            ("基本的方向", "2　起業・創業の推進による新たな雇用の創出"),
            ("具体的な施策", "②　起業・創業の支援"),
            ("主担当課", "経済観光課"),
            (
                "施策概要",
                "・創業支援事業計画に基づき、関係機関と連携して創業希望者の相談から創業後の経営までを一貫して支援します。\n"
                "・創業セミナーを開催し、創業に必要な知識の習得を支援します。",
            ),
        ],
        "kpis": [
            (
                "①",
                "創業支援事業計画に基づく支援を受けて創業した件数",
                "件",
                50,
                38,
                [44, "―", "―", "―", "―"],
                ["A", "―", "―", "―", "―"],
            ),
            (
                "②",
                "創業セミナー受講者数",
                "人",
                120,
                96,
                [88, "―", "―", "―", "―"],
                ["C", "―", "―", "―", "―"],
            ),
        ],
        "work": "・創業相談窓口において延べ214件の相談に応じた。\n・創業セミナーを全5回開催したが、受講者数は前年度を下回った。",
    },
]


def fuchu() -> Path:
    wb = Workbook()
    wb.remove(wb.active)
    for spec in FUCHU_SHEETS:
        ws = wb.create_sheet(spec["title"])
        _widths(ws, [5, 34, 8, 9, 9, 9, 9, 9, 9, 9])
        _put(
            ws,
            1,
            1,
            "具体的な施策・重要業績評価指標（KPI）進捗状況評価票　（対象：平成27年度）",
            border=False,
            bold=True,
            size=13,
        )
        ws.merge_cells("A1:J1")
        r = 3
        for label, value in spec["fields"]:
            _put(ws, r, 1, label, header=True)
            _merge(ws, r, 1, r, 2)
            _put(ws, r, 3, value, align="left")
            _merge(ws, r, 3, r, 10)
            if "\n" in value:
                ws.row_dimensions[r].height = 16 * (value.count("\n") + 1)
            r += 1
        r += 1
        _text(ws, r, 1, "1　重要業績評価指標（KPI）", bold=True, size=11)
        r += 1
        top = r
        _put(ws, top, 1, "指標名", header=True)
        _merge(ws, top, 1, top + 2, 2)
        _put(ws, top, 3, "単位", header=True)
        _merge(ws, top, 3, top + 2, 3)
        _put(ws, top, 4, "目標", header=True)
        _merge(ws, top, 4, top + 2, 4)
        for i, year in enumerate(["現状", "H27年度", "H28年度", "H29年度", "H30年度", "H31年度"]):
            _put(ws, top, 5 + i, year, header=True)
            _put(ws, top + 1, 5 + i, "実績", header=True)
            _put(ws, top + 2, 5 + i, "進捗", header=True)
        r = top + 3
        for label, name, unit, target, now, actuals, grades in spec["kpis"]:
            _put(ws, r, 1, label, align="center")
            _merge(ws, r, 1, r + 1, 1)
            _put(ws, r, 2, name, align="left")
            _merge(ws, r, 2, r + 1, 2)
            _put(ws, r, 3, unit, align="center")
            _merge(ws, r, 3, r + 1, 3)
            _put(ws, r, 4, target, fmt="#,##0")
            _merge(ws, r, 4, r + 1, 4)
            _put(ws, r, 5, now, fmt="#,##0")
            _put(ws, r + 1, 5, "", header=True)  # 現状 has no 進捗: shaded blank
            for i, v in enumerate(actuals):
                _put(ws, r, 6 + i, v, fmt="#,##0", align="center")
            for i, g in enumerate(grades):
                _put(ws, r + 1, 6 + i, g, align="center")
            ws.row_dimensions[r].height = 20
            ws.row_dimensions[r + 1].height = 20
            r += 2
        _text(ws, r, 1, FUCHU_PROGRESS_NOTE, size=9)
        r += 2
        _text(ws, r, 1, "2　平成27年度の主な取組", bold=True, size=11)
        r += 1
        _put(ws, r, 1, spec["work"], align="left")
        _merge(ws, r, 1, r, 10)
        ws.row_dimensions[r].height = 16 * (spec["work"].count("\n") + 1) + 4
        _one_page(ws)
    path = SOURCE / "fuchu_kpi_shinchoku_h27.xlsx"
    path.parent.mkdir(exist_ok=True)
    wb.save(path)
    print(f"wrote {path.relative_to(HERE.parent.parent)}")
    return path


# --------------------------------------------------------------------------------------------
# Document 3 (XLSX, held out): 筑西市 平成28年度 施策評価シート（平成27年度実績評価）
# --------------------------------------------------------------------------------------------

# (label, name, 考え方・式等, 目標年度, 単位, years, values (実積), target, number format)
CHIKUSEI_BLOCKS = [
    (
        "成果指標1",
        "各種講座の参加者数",
        "生涯学習活動への意識やニーズを検討する際の資料として、講座の参加者数を活用する。",
        "H29",
        "人",
        ["H23", "H24", "H25", "H26", "H27"],
        [8512, 8830, 9104, 8967, 9245],
        10000,
        "#,##0",
    ),
    (
        "成果指標2",
        "市民一人当たりの図書館資料貸出冊数",
        "市立図書館（中央・明野・協和・関城図書館）の年間個人貸出冊数÷4月1日現在の人口",
        "H29",
        "冊",
        ["H23", "H24", "H25", "H26", "H27"],
        [3.8, 3.9, 4.0, 3.9, 4.1],
        4.5,
        "0.0",
    ),
    (
        "成果指標3",
        "生涯学習講座の受講者のうち「満足」と回答した人の割合",
        "講座終了時のアンケートで「満足」「やや満足」と回答した人数÷回答者数×100",
        "H29",
        "％",
        ["H23", "H24", "H25", "H26", "H27"],
        ["―", "―", 82.5, 84.1, 83.0],
        90.0,
        "0.0",
    ),
]


def chikusei() -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "施策評価シート"
    _widths(ws, [11, 14, 11, 11, 11, 11, 11, 11, 11])
    _put(
        ws,
        1,
        1,
        "平成28年度　施策評価シート（平成27年度実績評価）",
        border=False,
        bold=True,
        size=13,
    )
    ws.merge_cells("A1:I1")
    r = 3
    for label, num_name, code in [
        ("基本構想", "Ⅳいきいきと伸びやかに育つ人と文化のまちづくり", "04"),
        ("政 策", "1生涯学習の充実", "01"),
        ("施 策", "1生涯学習環境の充実", "01"),
    ]:
        _put(ws, r, 1, label, header=True)
        _put(ws, r, 2, num_name, align="left")
        _merge(ws, r, 2, r, 7)
        _put(ws, r, 8, "コード", header=True)
        _put(ws, r, 9, code, align="center")
        r += 1
    r += 1
    _put(ws, r, 1, "施策の概要", header=True)
    _merge(ws, r, 1, r, 9)
    r += 1
    _put(ws, r, 1, "基 本 施 策", header=True)
    _merge(ws, r, 1, r + 4, 1)
    for i, name in enumerate(
        [
            "①主体的な生涯学習を推進する体制づくり",
            "②生涯学習活動への支援",
            "③生涯学習環境の充実",
            "④公民館事業の充実",
            "⑤図書館事業の充実",
        ]
    ):
        _put(ws, r + i, 2, f"0{i + 1}", align="center")
        _put(ws, r + i, 3, name, align="left")
        _merge(ws, r + i, 3, r + i, 5)
    _put(ws, r, 6, "主 管 課", header=True)
    _put(ws, r, 7, "653600", align="center")
    _put(ws, r, 8, "生涯学習課", align="left")
    _merge(ws, r, 8, r, 9)
    _put(ws, r + 1, 6, "関 係 課", header=True)
    _merge(ws, r + 1, 6, r + 4, 6)
    for i, (code, name) in enumerate(
        [
            ("653700", "文化課"),
            ("654500", "生涯学習センター"),
            ("655100", "協和公民館"),
            ("655700", "明野公民館"),
        ]
    ):
        _put(ws, r + 1 + i, 7, code, align="center")
        _put(ws, r + 1 + i, 8, name, align="left")
        _merge(ws, r + 1 + i, 8, r + 1 + i, 9)
    r += 5
    _put(ws, r, 1, "施策の基本目標", header=True)
    _put(
        ws,
        r,
        2,
        "●家庭・学校・地域や、民間と行政との連携を図りながら、生涯学習社会の形成を推進するとともに、学習活動で培った成果や能力を地域社会の中で生かす場や機会の充実を図る。",
        align="left",
    )
    _merge(ws, r, 2, r, 9)
    ws.row_dimensions[r].height = 32
    r += 2
    _text(ws, r, 1, "目標指標・成果指標の推移", bold=True, size=11)
    r += 1
    for label, name, idea, year, unit, years, values, target, fmt in CHIKUSEI_BLOCKS:
        top = r
        _put(ws, top, 1, label, header=True)
        _merge(ws, top, 1, top + 5, 1)
        _put(ws, top, 2, "目標・成果項目", header=True)
        _put(ws, top, 3, name, align="left")
        _merge(ws, top, 3, top, 9)
        _put(ws, top + 1, 2, "考え方・式等", header=True)
        _put(ws, top + 1, 3, idea, align="left")
        _merge(ws, top + 1, 3, top + 1, 9)
        _put(ws, top + 2, 2, "目標年度", header=True)
        _put(ws, top + 2, 3, year, align="center")
        _merge(ws, top + 2, 4, top + 3, 9)
        _put(ws, top + 3, 2, "単 位", header=True)
        _put(ws, top + 3, 3, unit, align="center")
        _put(ws, top + 4, 2, "年 度", header=True)
        _put(ws, top + 5, 2, "実 積", header=True)
        for i, y in enumerate(years):
            _put(ws, top + 4, 3 + i, y, header=True)
            v = values[i]
            _put(ws, top + 5, 3 + i, v, fmt=fmt, align="center")
        _put(ws, top + 4, 3 + len(years), "目標値", header=True)
        _put(ws, top + 5, 3 + len(years), target, fmt=fmt)
        _merge(ws, top + 4, 9, top + 5, 9)
        r = top + 7
    _text(ws, r, 1, "これまでの取組と成果", bold=True, size=11)
    r += 1
    _put(
        ws,
        r,
        1,
        "②生涯学習活動への支援\n・市民講師による「ちくせい学び塾」を開催し、年間48講座に延べ1,126人が参加した。\n"
        "⑤図書館事業の充実\n・移動図書館車の巡回先を2か所増やし、年間貸出冊数は前年度比約3%増となった。",
        align="left",
    )
    _merge(ws, r, 1, r, 9)
    ws.row_dimensions[r].height = 70
    _one_page(ws, landscape=False)
    path = HERE / "chikusei_shisaku_hyoka_h28.xlsx"
    wb.save(path)
    print(f"wrote {path.relative_to(HERE.parent.parent)}")
    return path


# --------------------------------------------------------------------------------------------
# Document 4 (PDF, held out): つくば市 まち・ひと・しごと創生 平成27年度実績評価シート（4枚）
# --------------------------------------------------------------------------------------------

TSUKUBA_EVAL = [
    ("有効性", "中：適切な成果が得られている"),
    ("効率性", "中：適切な費用対効果が得られている"),
]


def _tsukuba_header(ws, title, made):
    _widths(ws, [15, 10, 10, 17, 9, 9, 9, 9, 9, 9, 10, 11])
    _put(ws, 1, 1, title, border=False, bold=True, size=12)
    ws.merge_cells("A1:I1")
    _put(ws, 1, 10, made, border=False, align="right", size=9)
    ws.merge_cells("J1:L1")


def _tsukuba_fields(ws, r, fields):
    for label, value in fields:
        _put(ws, r, 1, label, header=True)
        _put(ws, r, 2, value, align="left")
        _merge(ws, r, 2, r, 12)
        r += 1
    return r


def _tsukuba_grid(
    ws,
    r,
    base,
    base_unit,
    base_year,
    targets,
    goal,
    goal_unit,
    goal_year,
    actuals,
    latest,
    latest_unit,
    fmt,
):
    """従前値 | (単位) | 数値の基準年度 | H27..H31 | 目標値 | (単位) | 目標年度, rows 目標 / 実績."""
    heads = [
        "",
        "従前値",
        "(単位)",
        "数値の基準年度",
        "H27",
        "H28",
        "H29",
        "H30",
        "H31",
        "目標値",
        "(単位)",
        "目標年度",
    ]
    for i, h in enumerate(heads):
        _put(ws, r, 1 + i, h, header=True)
    _put(ws, r + 1, 1, "目標", header=True)
    _put(ws, r + 2, 1, "実績", header=True)
    _put(ws, r + 1, 2, base, fmt=fmt)
    _merge(ws, r + 1, 2, r + 2, 2)
    _put(ws, r + 1, 3, base_unit, align="center")
    _merge(ws, r + 1, 3, r + 2, 3)
    _put(ws, r + 1, 4, base_year, align="center")
    _merge(ws, r + 1, 4, r + 2, 4)
    for i, v in enumerate(targets):
        _put(ws, r + 1, 5 + i, v, fmt=fmt, align="center")
    for i, v in enumerate(actuals):
        _put(ws, r + 2, 5 + i, v, fmt=fmt, align="center")
    _put(ws, r + 1, 10, goal, fmt=fmt)
    _put(ws, r + 1, 11, goal_unit, align="center")
    _put(ws, r + 1, 12, goal_year, align="center")
    _put(ws, r + 2, 10, "", header=True)
    _put(ws, r + 2, 11, "", header=True)
    _put(ws, r + 2, 12, "", header=True)
    ws.row_dimensions[r].height = 28
    r += 4
    _put(ws, r, 1, "実績値", header=True)
    _put(ws, r, 2, latest, fmt=fmt)
    _put(ws, r, 3, latest_unit, align="center")
    return r + 1


def _tsukuba_eval(ws, r, method, timing, overall, notes):
    _put(ws, r, 1, "評 価", header=True)
    _merge(ws, r, 1, r + 2, 1)
    for i, (label, value) in enumerate([*TSUKUBA_EVAL, ("総合評価", overall)]):
        _put(ws, r + i, 2, label, header=True)
        _put(ws, r + i, 3, value, align="left")
        _merge(ws, r + i, 3, r + i, 6)
    _put(ws, r, 7, "実績値の計算方法", header=True)
    _merge(ws, r, 7, r, 8)
    _put(ws, r, 9, method, align="left")
    _merge(ws, r, 9, r, 12)
    _put(ws, r + 1, 7, timing[0], header=True)
    _merge(ws, r + 1, 7, r + 1, 8)
    _put(ws, r + 1, 9, timing[1], align="left")
    _merge(ws, r + 1, 9, r + 1, 12)
    ws.row_dimensions[r].height = 48
    ws.row_dimensions[r + 1].height = 30
    r += 4
    for label, value in notes:
        _put(ws, r, 1, label, header=True)
        _put(ws, r, 2, value, align="left")
        _merge(ws, r, 2, r, 12)
        ws.row_dimensions[r].height = 16 * (len(value) // 70 + 1) + 4
        r += 1
    return r


def tsukuba() -> Path:
    wb = Workbook()
    wb.remove(wb.active)

    # Page 1: ① 基本目標－数値目標
    ws = wb.create_sheet("数値目標1")
    _tsukuba_header(
        ws,
        "①　まち・ひと・しごと創生事業　平成27年度実績評価シート【基本目標－数値目標】",
        "平成28年3月作成",
    )
    r = _tsukuba_fields(
        ws, 3, [("基本目標", "Ⅰ　つくばの特性をいかした産業競争力の強化でしごとをつくる")]
    )
    _put(ws, r, 1, "数値目標1", header=True)
    _put(ws, r, 2, "新規正規就職者数の増加", align="left")
    _merge(ws, r, 2, r, 7)
    _put(ws, r, 8, "指標担当部課等", header=True)
    _merge(ws, r, 8, r, 9)
    _put(ws, r, 10, "経済部産業振興課，経済部農業課", align="left")
    _merge(ws, r, 10, r, 12)
    r += 2
    r = _tsukuba_grid(
        ws,
        r,
        2325,
        "人",
        "H22～26年度の5年間",
        [517, 1034, 1550, 2067, 2584],
        2584,
        "人",
        "H31年度",
        [522, "-", "-", "-", "-"],
        522,
        "人",
        "#,##0",
    )
    r += 1
    r = _tsukuba_eval(
        ws,
        r,
        "○ふるさとハローワーク：産業振興課でハローワーク土浦（ふるさとハローワーク）からの月報報告から算出\n○創業支援：産業振興課で新規創業者からのヒアリング調査から算出\n○新規就農：農業課で集計",
        ("フォローアップ（H27数値確定）の時期", "H28.4"),
        "B：成果・費用対効果の向上に努めつつ継続実施",
        [
            (
                "設定根拠",
                "(1)平成22年度から平成26年度の5年間のつくば市ふるさとハローワークにおける新規正規就職者数は，2,288人で，この実績をベースに，10%の新規正規就職者増を目標とし，5年間で2,500人を目指します。(2)創業支援事業計画で設定している5年間の新規創業者数等を加えます。",
            ),
            (
                "効果発現要因（総合所見）",
                "ふるさとハローワークにおける職業相談の充実や，創業支援事業計画に基づく支援により，初年度の目標を上回った。",
            ),
        ],
    )
    _one_page(ws)

    # Pages 2 and 3: ② 個別施策－重要業績評価指標（KPI）
    kpi_fields = [
        ("基本目標", "Ⅰ　つくば市の特性をいかした産業競争力の強化でしごとをつくる"),
        ("基本施策", "1　筑波研究学園都市に集積する最先端の科学技術から新たな産業をつくる"),
        ("個別施策", "(1)科学技術の振興によるまちづくり"),
    ]
    kpis = [
        (
            "KPIその1",
            "KPI その1",
            "平成27年度から平成31年度までの国際戦略総合特区新規プロジェクトの創出数",
            "科学技術・特区推進課",
            (
                7,
                "プロジェクト",
                "H27年度",
                ["-", "-", "-", "-", 12],
                12,
                "プロジェクト",
                "H31年度",
                [8, "-", "-", "-", "-"],
                8,
                "プロジェクト",
                "0",
            ),
            "新規プロジェクトとして国に報告した件数のカウント",
            "B：成果・費用対効果の向上に努めつつ継続実施",
            ("指標の方向性", "向きをはかるもの　　進捗状況　概ね順調"),
            "区申請時（平成23年）の新規プロジェクトの創出数は4件，現在（平成27年）は合計8プロジェクトが創出されているため，5プロジェクトを目指します。",
        ),
        (
            "KPIその2",
            "KPI その2",
            "市内の研究機関と市内中小企業との共同研究・技術連携件数",
            "科学技術・特区推進課",
            (
                15,
                "件",
                "H26年度",
                [16, 17, 18, 19, 20],
                20,
                "件",
                "H31年度",
                [18, "-", "-", "-", "-"],
                18,
                "件",
                "0",
            ),
            "つくば市産業支援事業の実績報告から集計",
            "A：成果を維持して継続実施",
            ("指標の方向性", "向きをはかるもの　　進捗状況　順調"),
            "平成26年度の共同研究・技術連携件数15件を基準に，毎年1件ずつの増加を目指します。",
        ),
    ]
    for sheet, label, name, dept, grid, method, overall, direction, basis in kpis:
        ws = wb.create_sheet(sheet)
        _tsukuba_header(
            ws,
            "②　まち・ひと・しごと創生事業　平成27年度実績評価シート【個別施策－重要業績評価指標（KPI）】",
            "平成28年3月作成・11月確定",
        )
        r = _tsukuba_fields(ws, 3, kpi_fields)
        _put(ws, r, 1, label, header=True)
        _put(ws, r, 2, name, align="left")
        _merge(ws, r, 2, r, 7)
        _put(ws, r, 8, "指標担当部課等", header=True)
        _merge(ws, r, 8, r, 9)
        _put(ws, r, 10, dept, align="left")
        _merge(ws, r, 10, r, 12)
        ws.row_dimensions[r].height = 30
        r += 2
        r = _tsukuba_grid(ws, r, *grid)
        r += 1
        r = _tsukuba_eval(
            ws, r, method, ("H27数値確定の時期", "確定"), overall, [direction, ("設定根拠", basis)]
        )
        _one_page(ws)

    # Page 4: ③ 交付金事業（基礎交付分）
    ws = wb.create_sheet("交付金事業")
    _tsukuba_header(
        ws,
        "③　まち・ひと・しごと創生《交付金事業（基礎交付分）》実績評価シート【重要業績評価指標（KPI）】",
        "平成28年3月作成・11月確定",
    )
    r = _tsukuba_fields(
        ws,
        3,
        [
            ("事業名", "つくばの資源（文化・芸術・スポーツ・科学技術等）をいかした地域活性化事業"),
            (
                "事業の概要・目的",
                "つくば市が持つ資源，文化・芸術・スポーツ・科学技術等をいかし，より身近に感じられる取り組みやイベント等を実施し地域活性化につなげるとともに，世界・全国的にもつくば市の資源を示していくことを目的とした事業を実施する。",
            ),
            (
                "交付金を充当する事業経費",
                "①科学技術等のつくばの魅力・特性をいかしたプロモーションイベントの実施　②つくばの魅力発信のためのプロモーション動画の作成",
            ),
        ],
    )
    ws.row_dimensions[4].height = 44
    money = [
        ("交付対象事業費", "550,000円"),
        ("国費充当額", "522,500円"),
        ("決算額", "524,700円"),
        ("不用額", "無し"),
    ]
    for i, (label, value) in enumerate(money):
        _put(ws, r, 1 + 3 * i, label, header=True)
        _put(ws, r, 2 + 3 * i, value, align="right")
        _merge(ws, r, 2 + 3 * i, r, 3 + 3 * i)
    r += 1
    _put(ws, r, 1, "事業始期", header=True)
    _put(ws, r, 2, "平成27年4月", align="center")
    _merge(ws, r, 2, r, 3)
    _put(ws, r, 4, "事業終期", header=True)
    _put(ws, r, 5, "平成27年10月", align="center")
    _merge(ws, r, 5, r, 6)
    r += 2
    for i, h in enumerate(
        ["重要業績評価指標（KPI）", "目標値", "(単位)", "時期", "実績値", "(単位)", "時期"]
    ):
        col = 1 if i == 0 else 6 + i
        _put(ws, r, col, h, header=True)
    _merge(ws, r, 1, r, 6)
    _put(ws, r + 1, 1, "プロモーションイベントの来場者数", align="left")
    _merge(ws, r + 1, 1, r + 1, 6)
    for col, v in [
        (7, 200),
        (8, "人"),
        (9, "平成27年10月"),
        (10, 282),
        (11, "人"),
        (12, "平成27年10月"),
    ]:
        _put(ws, r + 1, col, v, fmt="#,##0", align="center")
    r += 3
    _tsukuba_eval(
        ws,
        r,
        "イベント来場者を受付時により計測。",
        ("H27数値確定の時期", "確定"),
        "A：成果を維持して継続実施",
        [
            (
                "効果発現要因（総合所見）",
                "科学技術と融合したイベントとして広く周知を行い，目標を上回る来場者を得た。",
            )
        ],
    )
    ws["C" + str(r)].value = "高：成果が向上（高水準を維持）している"
    _one_page(ws)

    path = SOURCE / "tsukuba_jisseki_hyoka_h27.xlsx"
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
    to_pdf(fuchu())
    chikusei()
    to_pdf(tsukuba())
