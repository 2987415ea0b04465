"""Build the built documents of forms66/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/sagae_shisaku_hyoka_h29.xlsx``, a 施策評価シート in the manner of 寒河江市 (山形県): key-value
  fields over `No. | 成果指標 | 単位 | 近況値（H26） | 実績値（H29） | 目標値（H31） | 進捗率 | 評価`, a
  `千人` unit, a signed 進捗率 (`△59.4%`) and A–E grades; and the PDF;
* ``source/katsuyama_hyoka_sheet_h27.xlsx``, a 評価シート（様式2） in the manner of 勝山市 (福井県): a
  数値目標 grid (`5年間で300人増`) over a KPI grid `施策名 | KPI | 目標値（H31年度） | 実績値（H28年3月末） |
  …分析 | 今後の展開`, `3品以上`; and the PDF;
* ``source/nirasaki_kpi_hyoka_h29.xlsx``, a KPI評価シート in the manner of 韮崎市 (山梨県): per KPI a
  目標 row over a 実績 row under `H27 … H31 | 最終`, ○/― marks under five 評価の視点, `―` and `集計中`
  in actual cells, 総合評価 A/B/C and 事業費 in 万円; and the PDF;
* ``katashina_kouka_kensho_h29.html``, a 効果検証 page in the manner of 片品村 (群馬県): `目標値（H31）
  | 実績値（H29）`, a 1次評価 and the counts of 検証委員 who judged each 事業 effective or not.

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
FIXED = dt.datetime(2026, 12, 4, 0, 0, 0)


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms66/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms66/build.py"
    ws = wb.active
    ws.title = title
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    return wb, ws


def _put(ws, row, col, value, header=False, fmt=None, align=None, size=9, bold=False, valign=None):
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
    with tempfile.TemporaryDirectory(prefix="forms66_soffice_") as tmp:
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
# 寒河江市 (山形県): 施策評価シート — 近況値 / 実績値 / 目標値, a signed 進捗率 and A–E grades
# --------------------------------------------------------------------------------------------

# Real: さがえ未来創成戦略 and its 基本目標1 / 基本的方向 wording (the city's パブリックコメント answer). The
# 近況値 | 実績値 | 目標値 grid with a 進捗率 = (実績−近況)/(目標−近況) and 5 % / 20 % grade steps follows
# 本宮市's 施策評価. Made up: the sheet, date, fields, every indicator, figure and grade.
SAGAE_FIELDS = [
    ("基本目標", "1　魅力ある「しごと」の機会を創出し、社会動態の改善を目指す"),
    ("基本的方向", "(1)　若者や女性などに魅力ある新たな雇用を創造する"),
    ("担当課", "商工推進課"),
    ("平成29年度決算額", "48,260千円"),
]
SAGAE = [
    # (No., 成果指標, 単位, 近況値, 実績値, 目標値, 進捗率, 評価)
    (1, "市内事業所の新規雇用者数", "人", 320, 355, 400, "43.8%", "C"),
    (2, "観光入込客数", "千人", 1870, 2034, 2100, "71.3%", "B"),
    (3, "創業支援による創業者数（累計）", "件", "―", 14, 25, "56.0%", "C"),
    (4, "若者（15～29歳）の転出超過数の抑制", "人", 182, 201, 150, "△59.4%", "E"),
    (5, "女性（25～44歳）の就業率", "％", 48.2, 49.0, 50.0, "44.4%", "C"),
]


def sagae() -> Path:
    widths = [6, 34, 7, 13, 13, 13, 10, 7]
    wb, ws = _sheet("施策評価シート", widths)
    _text(ws, 1, 1, "平成29年度　さがえ未来創成戦略　施策評価シート", bold=True, size=12)
    _text(ws, 2, 8, "平成30年7月　寒河江市", align="right", size=9)
    r = 4
    for key, value in SAGAE_FIELDS:
        _span(ws, r, 1, 2, key, header=True, align="left")
        _span(ws, r, 3, 8, value, size=9)
        ws.row_dimensions[r].height = 18
        r += 1
    r += 1
    _text(ws, r, 1, "２　成果指標の進捗状況", bold=True, size=11)
    r += 1
    head = [
        "No.",
        "成果指標",
        "単位",
        "近況値（H26）",
        "実績値（H29）",
        "目標値（H31）",
        "進捗率",
        "評価",
    ]
    for c, word in enumerate(head, start=1):
        _put(ws, r, c, word, header=True)
    ws.row_dimensions[r].height = 22
    r += 1
    for no, name, unit, base, act, tgt, rate, grade in SAGAE:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate((base, act, tgt)):
            fmt = "0.0" if isinstance(v, float) else None
            _put(ws, r, 4 + j, v, align="right", fmt=fmt)
        _put(ws, r, 7, rate, align="right")
        _put(ws, r, 8, grade, align="center")
        ws.row_dimensions[r].height = 22
        r += 1
    notes = [
        "※進捗率＝（実績値－近況値）÷（目標値－近況値）。累計の指標は、実績値÷目標値。△はマイナスを示します。",
        "※No.3は平成27年度からの累計のため、近況値はありません。",
        "※No.2は、単位欄のとおり千人単位で記載しています（山形県観光者数調査）。",
        "評価　A：進捗率80%以上　B：60%以上80%未満　C：40%以上60%未満　D：20%以上40%未満　E：20%未満",
    ]
    for i, line in enumerate(notes):
        _text(ws, r + 1 + i, 1, line, size=8)
    r += len(notes) + 2
    _text(ws, r, 1, "３　今後の方向性", bold=True, size=11)
    _para(
        ws,
        r + 1,
        1,
        8,
        "雇用者数は増加しているものの、若者の転出超過は拡大している。市内企業と高校・大学との連携による地元就職の促進に重点的に取り組む。",
        36,
        border=True,
    )
    _page(ws, "portrait")
    path = SOURCE / "sagae_shisaku_hyoka_h29.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 勝山市 (福井県): 評価シート（様式2） — a 数値目標 grid over a KPI grid, 実績値（H28年3月末）
# --------------------------------------------------------------------------------------------

# Real: 勝山市地方創生総合戦略 (重点戦略 and 基本戦略 in two tiers), 恐竜渓谷ふくい勝山ジオパーク. The
# sheet's grids (`数値目標 | 基本目標の評価 | 目標値(H31年度)` with `5年間で40人増`; `施策名 | KPI | 目標値
# (H31年度) | 実績値(H28年3月末) | 平成27年度の取組と実績値の分析 | 今後の展開`, `3品以上` / `0品`) follow
# 上川町's 評価シート (様式2). Made up: the 重点戦略's wording, 施策, every KPI, figure, money and text.
KATSUYAMA_GOAL = ("市内事業所の従業者数", "9,850人（H26）", "5年間で300人増", "―")
KATSUYAMA = [
    # (施策名, KPI, 目標値, 実績値, 分析, 今後の展開)
    (
        "①企業誘致と既存企業の拡充支援",
        "新規立地・増設企業数",
        "5社",
        "1社",
        "企業立地促進補助金により市内企業1社が工場を増設した（補助額12,000千円）。",
        "工業団地の未利用区画の情報発信を強化する。",
    ),
    (
        "②恐竜渓谷かつやまのブランド化と特産品開発",
        "特産品の開発",
        "3品以上",
        "0品",
        "ジオパーク関連商品の試作を2品行ったが、商品化には至らなかった。",
        "事業者と連携し、平成28年度中の商品化をめざす。",
    ),
    (
        "③起業家への創業支援",
        "新規開業者数",
        "10件",
        "2件",
        "創業支援補助金を2件に交付した。",
        "創業塾を開催し、相談体制を整える。",
    ),
    (
        "④若者の就労支援",
        "市内高校卒業者の市内就職率",
        "40.0％",
        "34.5％",
        "合同企業説明会を開催した（参加企業28社）。",
        "高校と連携し、在学中からの企業見学を実施する。",
    ),
]


def katsuyama() -> Path:
    widths = [26, 24, 14, 17, 38, 30]
    wb, ws = _sheet("評価シート", widths)
    _text(ws, 1, 1, "勝山市地方創生総合戦略　評価シート（平成27年度）", bold=True, size=12)
    _text(ws, 1, 6, "（様式2）", align="right", size=9)
    _text(ws, 3, 1, "重点戦略1　働く場の確保と雇用創出・就労支援", bold=True, size=11)
    r = 4
    for c, word in enumerate(
        ["数値目標", "基準値", "目標値（H31年度）", "基本目標の評価"], start=1
    ):
        _put(ws, r, c, word, header=True)
    ws.row_dimensions[r].height = 20
    r += 1
    for c, v in enumerate(KATSUYAMA_GOAL, start=1):
        _put(ws, r, c, v, align="center" if c == 4 else ("right" if c in (2, 3) else None))
    ws.row_dimensions[r].height = 20
    r += 2
    head = [
        "施策名",
        "KPI",
        "目標値（H31年度）",
        "実績値（H28年3月末）",
        "平成27年度の取組と実績値の分析",
        "今後の展開",
    ]
    for c, word in enumerate(head, start=1):
        _put(ws, r, c, word, header=True)
    ws.row_dimensions[r].height = 22
    r += 1
    for row in KATSUYAMA:
        for c, v in enumerate(row, start=1):
            _put(ws, r, c, v, align="right" if c in (3, 4) else None, size=8 if c >= 5 else 9)
        ws.row_dimensions[r].height = 34
        r += 1
    notes = [
        "※実績値は平成28年3月末時点の値です。目標値は総合戦略の最終年度（平成31年度）の値です。",
        "※基本目標の評価は、計画期間の中間年（平成29年度）から行います。",
    ]
    for i, line in enumerate(notes):
        _text(ws, r + 1 + i, 1, line, size=8)
    _page(ws, "landscape")
    path = SOURCE / "katsuyama_hyoka_sheet_h27.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 韮崎市 (山梨県): KPI評価シート — 目標/実績 rows under H27…H31 | 最終, ○ marks, 総合評価
# --------------------------------------------------------------------------------------------

# Real: 韮崎市まち・ひと・しごと創生総合戦略 (平成27年12月) and its 基本目標1 仕事するなら「韮崎市」. The
# layout (years H27…H31 and 最終 over a target row and an actual row, `―` in future actual cells,
# 自立性/将来性/地域性/直接性/結果重視 ○ columns, 総合評価 A, 事業費 in 万円) follows 石巻市's 重要業績評価指標
# (KPI)評価シート. Made up: the sheet, date, 施策, every KPI, figure, mark, grade and money.
NI_YEARS = ["H27", "H28", "H29", "H30", "H31", "最終"]
NI_VIEWS = ["自立性", "将来性", "地域性", "直接性", "結果重視"]
NIRASAKI = [
    (
        "(1) 企業誘致と創業の支援",
        "1,250万円",
        [
            (
                1,
                "企業立地件数（累計）",
                ["1件", "2件", "3件", "4件", "5件", "5件"],
                ["1件", "2件", "2件", "―", "―", "―"],
                "○○○―○",
                "B",
            ),
            (
                2,
                "創業支援件数",
                ["8件", "8件", "8件", "8件", "8件", "40件"],
                ["7件", "9件", "10件", "―", "―", "―"],
                "○○○○○",
                "A",
            ),
        ],
    ),
    (
        "(2) 農業の振興",
        "860万円",
        [
            (
                3,
                "新規就農者数（累計）",
                ["5人", "10人", "15人", "20人", "25人", "25人"],
                ["6人", "11人", "17人", "―", "―", "―"],
                "○○○○○",
                "A",
            ),
            (
                4,
                "農産物直売所の出荷者数",
                ["180人", "185人", "190人", "195人", "200人", "200人"],
                ["178人", "186人", "183人", "―", "―", "―"],
                "○○○―○",
                "B",
            ),
        ],
    ),
    (
        "(3) 観光の振興",
        "2,430万円",
        [
            (
                5,
                "観光入込客数",
                ["95万人", "97万人", "99万人", "101万人", "103万人", "103万人"],
                ["92.4万人", "98.1万人", "集計中", "―", "―", "―"],
                "○○○――",
                "C",
            ),
        ],
    ),
]


def nirasaki() -> Path:
    widths = [4, 17, 22, 5] + [7.5] * 6 + [5] * 5 + [6, 10]
    wb, ws = _sheet("KPI評価シート", widths)
    _text(
        ws,
        1,
        1,
        "韮崎市まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）評価シート",
        bold=True,
        size=12,
    )
    _text(ws, 1, 17, "平成30年7月", align="right", size=9)
    _text(ws, 3, 1, "基本目標1　仕事するなら「韮崎市」", bold=True, size=11)
    h = 4
    singles = {1: "No.", 2: "具体的施策", 3: "KPI", 4: "区分", 16: "総合評価", 17: "H29事業費"}
    for c, word in singles.items():
        _put(ws, h, c, word, header=True, size=8)
        _put(ws, h + 1, c, None, header=True)
        _merge(ws, h, c, h + 1, c)
    _span(ws, h, 5, 10, "年度", header=True, size=8)
    for j, y in enumerate(NI_YEARS):
        _put(ws, h + 1, 5 + j, y, header=True, size=8)
    _span(ws, h, 11, 15, "評価の視点", header=True, size=8)
    for j, v in enumerate(NI_VIEWS):
        _put(ws, h + 1, 11 + j, v, header=True, size=7)
    ws.row_dimensions[h].height = 16
    ws.row_dimensions[h + 1].height = 28
    r = h + 2
    for measure, money, rows in NIRASAKI:
        first = r
        for no, name, targets, actuals, marks, grade in rows:
            for c in (1, 3):
                _put(ws, r, c, no if c == 1 else name, align="center" if c == 1 else None)
                _put(ws, r + 1, c, None)
                _merge(ws, r, c, r + 1, c)
            _put(ws, r, 4, "目標", align="center", size=8)
            _put(ws, r + 1, 4, "実績", align="center", size=8)
            for j in range(6):
                _put(ws, r, 5 + j, targets[j], align="right", size=8)
                _put(ws, r + 1, 5 + j, actuals[j], align="right", size=8)
            for j, m in enumerate(marks):
                _put(ws, r, 11 + j, m, align="center")
                _put(ws, r + 1, 11 + j, None)
                _merge(ws, r, 11 + j, r + 1, 11 + j)
            _put(ws, r, 16, grade, align="center")
            _put(ws, r + 1, 16, None)
            _merge(ws, r, 16, r + 1, 16)
            ws.row_dimensions[r].height = 17
            ws.row_dimensions[r + 1].height = 17
            r += 2
        _put(ws, first, 2, measure)
        _put(ws, first, 17, money, align="right", size=8)
        for rr in range(first + 1, r):
            _put(ws, rr, 2, None)
            _put(ws, rr, 17, None)
        if r - 1 > first:
            _merge(ws, first, 2, r - 1, 2)
            _merge(ws, first, 17, r - 1, 17)
    notes = [
        "※「最終」は計画期間（平成27年度～平成31年度）の最終目標値です（累計でない指標のうちNo.2は5年間の合計）。",
        "※実績の「―」は評価時点で未到来の年度です。No.5の平成29年度の値は山梨県観光入込客統計調査の公表前のため集計中です。",
        "※評価の視点：国の総合戦略の政策5原則（○：該当する　―：該当しない）。",
        "総合評価　A：順調に進んでいる　B：概ね順調に進んでいる　C：進捗が遅れている",
    ]
    for i, line in enumerate(notes):
        _text(ws, r + 1 + i, 1, line, size=8)
    _page(ws, "landscape")
    path = SOURCE / "nirasaki_kpi_hyoka_h29.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 片品村 (群馬県): 効果検証 page — 1次評価 and the counts of 委員 who judged each KPI's 事業 effective
# --------------------------------------------------------------------------------------------

# Real: 片品村むら・ひと・しごと創生総合戦略 (平成27年12月), its first 基本目標 and three of its 施策 (wording
# shortened), 尾瀬. The columns (指標 | 目標値(H31) | 実績値(H29) | 1次評価 評価 / 評価の理由 | 2次評価: KPI達成に
# 有効であったと評価した委員数 / 有効とは言えなかった委員数 / 意見) follow 神石高原町's 広報 page on its 総合戦略
# 効果検証. Made up: the page, date, every KPI, figure, grade, count and opinion.
KATASHINA = [
    (
        "(1)世界を視野に入れた「尾瀬の郷」としての観光産業振興策",
        [
            (
                "尾瀬国立公園（片品村側）の入山者数",
                "25万人",
                "21.3万人",
                "B",
                "天候不順により前年を下回った。",
                6,
                2,
                "首都圏へのPRを強化すべき",
            ),
            (
                "村内宿泊施設の外国人宿泊者数",
                "延べ3,000人",
                "延べ1,840人",
                "A",
                "台湾からの団体旅行が増加した。",
                7,
                1,
                "受入環境の整備が必要",
            ),
        ],
    ),
    (
        "(2)農業を中心とした観光を支える関連産業の基盤強化",
        [
            (
                "農産物直売所の売上額",
                "1億2,000万円",
                "9,860万円",
                "B",
                "夏秋野菜の出荷が伸びた。",
                5,
                3,
                "花豆の加工品開発を進めてほしい",
            ),
            (
                "新規就農者数",
                "10人",
                "4人",
                "B",
                "研修制度の利用者が2人あった。",
                6,
                2,
                "住宅確保と一体で支援すべき",
            ),
        ],
    ),
    (
        "(4)産業の担い手および人材の育成・教育",
        [
            (
                "村内事業所への高校新卒者の就職者数",
                "5人",
                "3人",
                "C",
                "求人と希望職種が合わなかった。",
                3,
                5,
                "KPIが事業と結びついていない",
            ),
        ],
    ),
]


def katashina_html() -> str:
    rows = []
    for measure, kpis in KATASHINA:
        for i, (name, tgt, act, grade, why, yes, no, opinion) in enumerate(kpis):
            lead = f'<td rowspan="{len(kpis)}">{measure}</td>' if i == 0 else ""
            rows.append(
                f'<tr>{lead}<td>{name}</td><td class="r">{tgt}</td><td class="r">{act}</td>'
                f'<td class="c">{grade}</td><td>{why}</td><td class="c">{yes}</td>'
                f'<td class="c">{no}</td><td>{opinion}</td></tr>'
            )
    body = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>片品村むら・ひと・しごと創生総合戦略の効果検証（平成29年度実施事業）｜片品村</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin: 0.4em 0 0.8em; }}
th, td {{ border: 1px solid #333; padding: 3px 6px; }}
th {{ background: #e8e8e8; font-weight: normal; }}
td.r {{ text-align: right; }}
td.c {{ text-align: center; }}
p.note {{ font-size: 85%; margin: 0.2em 0; }}
</style>
</head>
<body>
<h1>片品村むら・ひと・しごと創生総合戦略の効果検証（平成29年度実施事業）</h1>
<p>平成30年9月10日　片品村むらづくり観光課</p>
<p>片品村総合戦略検証委員会（委員8人）が8月28日に開催され、平成29年度に実施した事業について、KPI（重要業績評価指標）の達成に有効であったかを検証しました。</p>
<h2>基本目標1　豊かな自然環境と観光、農・林業に根ざした産業振興</h2>
<table>
<tr><th rowspan="2">施策名</th><th rowspan="2">指標</th><th rowspan="2">目標値（H31）</th><th rowspan="2">実績値（H29）</th><th colspan="2">事業実施後の評価【1次評価】</th><th colspan="3">検証委員会の評価【2次評価】</th></tr>
<tr><th>評価</th><th>評価の理由</th><th>KPI達成に有効であったと評価した委員数</th><th>KPI達成に有効とは言えなかったと評価した委員数</th><th>意見</th></tr>
{body}
</table>
<p class="note">1次評価　A：順調　B：概ね順調　C：遅れている　D：効果がみられない（担当課による内部評価）</p>
<p class="note">※入山者数は尾瀬山の鼻・鳩待峠など村内の入山口での計測値です。</p>
<p class="note">※平成29年度の関連事業費は総額4,216万円（うち地方創生推進交付金1,580万円）です。</p>
</body>
</html>
"""


def katashina() -> Path:
    path = HERE / "katashina_kouka_kensho_h29.html"
    path.write_bytes(katashina_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (sagae, katsuyama, nirasaki):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {katashina().name}")


if __name__ == "__main__":
    main()
