"""Build the built documents of forms204/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/omitama_kpi_shinchoku_r5.xlsx``, a 第2期総合戦略 KPI 進捗シート in the manner of 小美玉市
  (茨城県): form fields (愛称, 計画期間, 市の人口, 関連事業費), a legend, a 担当課 column, **a target
  column headed ``目標値（R5／R7）`` whose cells hold this year's and the final target joined by
  ``／`` (``650／760``, one ``―／1,100``), the years only in the header**, and **an ``評価（R5／R7）``
  column whose cells hold two grades joined by ``／`` (``A／C``), the R5 actual graded against each
  of the two targets**; ``千人`` and ``億円`` in 単位, ``約520``, ``延べ142``, a count line and
  notes; and the PDF;
* ``source/kawaba_shisaku_hyoka_r6.xlsx``, a 施策評価シート in the manner of 川場村 (群馬県): form
  fields (施策名, 担当課, 村の概要, 事業費), **a legend written inside the 評価 header cell**
  (``評価（◎達成　○8割以上　△8割未満）``), **value cells holding a year's figure with its daily
  average in brackets** (``約290万（1日平均約7,900）``), ``万`` inside the cells, ``累計``, a ``―``
  baseline, and **a bar chart of the 来場者数 by year (R2–R6, with data labels) under the grid**,
  whose data stand on a hidden sheet; and the PDF;
* ``source/sakuho_seika_shihyo_r6.xlsx``, a 総合計画 成果指標 sheet in the manner of 佐久穂町
  (長野県): form fields (将来像, 施策, 担当課, 計画期間, 町の人口), a two-part legend, **a target
  column headed ``R8目標（基準値からの増減）`` whose cells hold only changes** (``+30人``,
  ``+5.0ポイント``, ``+50%``, ``△10.0ha``, ``維持``), and **評価 cells that join a grade and a
  trend arrow** (``B↗``, ``A↘``), notes turning the changes into levels; and the PDF;
* ``awashimaura_kpi_kensho_r6.html``, a 総合戦略 KPI 検証 page in the manner of 粟島浦村 (新潟県):
  breadcrumb, ``<h1>``, 更新日, a lead of real figures, a legend, two ``<h2>`` each over a table
  whose two-row ``<thead>`` spans 令和5年度 / 令和6年度 over ``目標 | 実績``; **yearly targets
  written relative to the year before's actual with that actual in brackets**
  (``前年度実績以上（312）``), **a target carrying the programme's capacity in brackets**
  (``10人以上（定員12人）``), ``延べ``, ``約``, a ``―（…）`` actual with its reason, a count line.

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
from openpyxl.chart import BarChart, Reference
from openpyxl.chart.label import DataLabelList
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "source"
THIN = Side(style="thin")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
SHADE = PatternFill("solid", fgColor="D9D9D9")
FONT = "IPAGothic"
FIXED = dt.datetime(2026, 12, 12, 0, 0, 0)


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms204/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms204/build.py"
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
                    rb"\g<1>2026-12-12T00:00:00Z\g<2>",
                    data,
                )
            info = zipfile.ZipInfo(name, date_time=(2026, 12, 12, 0, 0, 0))
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
    with tempfile.TemporaryDirectory(prefix="forms204_soffice_") as tmp:
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


def _notes(ws, row: int, lines: list[str], size: int = 8) -> None:
    for i, line in enumerate(lines):
        _text(ws, row + i, 1, line, size=size)


def _field(ws, row: int, label: str, value, c_label, c_value, height=20):
    """A bordered form field: a shaded label merged over c_label, its value merged over c_value."""
    _span(ws, row, c_label[0], c_label[1], label, header=True)
    _span(ws, row, c_value[0], c_value[1], value, align="left")
    ws.row_dimensions[row].height = height


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


def _vals(ws, r, c0, vals, fmts=None) -> None:
    for j, v in enumerate(vals):
        fmt = (fmts or {}).get(j) or ("#,##0.0" if isinstance(v, float) else None)
        if isinstance(v, str):
            _put(ws, r, c0 + j, v, align="center" if v in ("―", "－") else "right")
        else:
            _put(ws, r, c0 + j, v, fmt=fmt)


# --------------------------------------------------------------------------------------------
# 小美玉市 (茨城県): 第2期小美玉市まち・ひと・しごと創生総合戦略 KPIの進捗状況（令和5年度実績）
# --------------------------------------------------------------------------------------------

# Real: the strategy's name and its 愛称 ダイヤモンドシティ・プロジェクト, 政策調整課 (市長公室), the
# population 48,754人 (2020年国勢調査), the area 144.74km², 茨城空港 and 空のえき そ・ら・ら.
# Made up: the sheet, date, period, money, every KPI, figure, target, grade and note.
OM_ROWS = [
    ("1", "茨城空港の旅客数", "千人", 763, 412, 598, "650／760", "B／C", "空港対策課"),
    (
        "2",
        "空のえき「そ・ら・ら」の来場者数",
        "千人",
        "約520",
        486,
        531,
        "520／560",
        "A／B",
        "商工観光課",
    ),
    (
        "3",
        "移住・定住相談の利用者数",
        "人",
        86,
        "延べ142",
        "延べ176",
        "150／240",
        "A／C",
        "政策調整課",
    ),
    ("4", "ふるさと納税の寄附額", "億円", 3.2, 8.6, 12.4, "10.0／15.0", "A／B", "政策調整課"),
    ("5", "子育て世代（20～39歳）の転入者数", "人", 1012, 968, 1047, "―／1,100", "－／B", "市民課"),
]


def omitama() -> Path:
    wb, ws = _sheet("KPI進捗", [5, 34, 7, 11, 10, 10, 16, 12, 13])
    _text(
        ws,
        1,
        1,
        "第2期小美玉市まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の進捗状況（令和5年度実績）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 9, "令和6年9月　市長公室 政策調整課", align="right")
    fields = [
        ("愛称", "ダイヤモンドシティ・プロジェクト"),
        ("計画期間", "令和3年度～令和7年度（5年間）"),
        ("市の人口", "48,754人（2020年国勢調査）　面積 144.74km²"),
        ("関連事業費（R5決算・千円）", "128,640（うち地方創生推進交付金 52,300）"),
    ]
    r = 4
    for label, value in fields:
        _field(ws, r, label, value, (1, 2), (3, 9))
        r += 1
    _text(
        ws,
        9,
        1,
        "【評価】A：目標を達成　B：目標の8割以上　C：目標の8割未満　－：目標又は実績がないため評価しない",
        size=8,
    )
    _text(
        ws,
        10,
        1,
        "　※評価欄は「R5目標に対するR5実績の評価／R7目標（最終目標）に対するR5実績の評価」の順に記載しています。",
        size=8,
    )
    _text(ws, 12, 1, "基本目標２　小美玉市への新しいひとの流れをつくる", bold=True, size=11)
    _head2(
        ws,
        13,
        [
            (1, "No."),
            (2, "重要業績評価指標（KPI）"),
            (3, "単位"),
            (4, "基準値\n（R元）"),
            (7, "目標値\n（R5／R7）"),
            (8, "評価\n（R5／R7）"),
            (9, "担当課"),
        ],
        [(5, 6, "実績値", ["R4", "R5"])],
    )
    ws.row_dimensions[13].height = 20
    ws.row_dimensions[14].height = 20
    r = 15
    for no, name, unit, base, a4, a5, target, grade, dept in OM_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, [base, a4, a5])
        _put(ws, r, 7, target, align="center")
        _put(ws, r, 8, grade, align="center")
        _put(ws, r, 9, dept, align="center")
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "令和5年度の評価（R5目標に対する評価）：A 3項目　B 1項目　C 0項目　－ 1項目（計5項目）",
            "※No.1は国内線・国際線の合計（年度）。令和4年度は国際線の運休が続いたため412千人にとどまりました。",
            "※No.3の実績は相談窓口・オンライン相談の延べ利用者数です。No.5のR5目標は設定していません（R7目標のみ）。",
            "※No.4の令和5年度寄附額12.4億円は過去最高（寄附件数 約8.1万件）。返礼品の約6割が市内の農畜産物です。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "omitama_kpi_shinchoku_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 川場村 (群馬県利根郡): 施策評価シート（令和6年度実績）
# --------------------------------------------------------------------------------------------

# Real: 「農業+観光」 as the village's basic line, 道の駅「川場田園プラザ」 (約290万人 in 2024年度, 売上約18億円,
# じゃらん全国道の駅グランプリ 2022・2023 第1位), the brand rice 雪ほたか, 世田谷区との縁組協定 (延べ170万人超),
# 2,928人 (令和7年9月末), 森林 約83%. Made up: the sheet, 課, money, every other figure, target and mark.
KB_ROWS = [
    (
        "1",
        "道の駅「川場田園プラザ」の来場者数",
        "人",
        "約198万\n（1日平均約5,400）",
        "約281万\n（1日平均約7,700）",
        "約290万\n（1日平均約7,900）",
        "250万",
        "◎",
    ),
    ("2", "ブランド米「雪ほたか」の作付面積", "ha", 62.5, 66.0, 64.8, 70.0, "○"),
    ("3", "世田谷区との交流事業の参加者数", "人", 1240, 1862, 2015, 2000, "◎"),
    ("4", "新規就農者数（累計）", "人", "―", "累計7", "累計9", "累計12", "△"),
    (
        "5",
        "村内宿泊施設の宿泊者数",
        "人泊",
        "約3.1万",
        "約3.8万",
        "約4.0万\n（1日平均約110）",
        "4.5万",
        "○",
    ),
]
KB_CHART = [("R2", 198), ("R3", 236), ("R4", 262), ("R5", 281), ("R6", 290)]


def kawaba() -> Path:
    wb, ws = _sheet("施策評価", [5, 30, 6, 16, 16, 16, 10, 13])
    _text(ws, 1, 1, "川場村　施策評価シート（令和6年度実績）", bold=True, size=14)
    _text(ws, 2, 8, "令和7年10月　川場村産業観光課", align="right")
    _text(ws, 4, 1, "１　施策の概要", bold=True, size=11)
    fields = [
        ("施策名", "1-2　「農業＋観光」による村の活性化", 20),
        ("担当課", "産業観光課", 20),
        (
            "村の概要",
            "人口 2,928人（令和7年9月末）。村の面積の約83％を森林が占める。世田谷区との縁組協定以来、延べ170万人を超える区民が来村している。",
            34,
        ),
        ("施策の事業費（R6決算・千円）", "84,260", 20),
    ]
    r = 5
    for label, value, height in fields:
        _field(ws, r, label, value, (1, 2), (3, 8), height=height)
        r += 1
    _text(ws, 10, 1, "２　成果指標の状況", bold=True, size=11)
    heads = [
        "No.",
        "成果指標",
        "単位",
        "基準値（R2）",
        "実績値（R5）",
        "実績値（R6）",
        "目標値（R6）",
        "評価\n（◎達成\n○8割以上\n△8割未満）",
    ]
    for c, word in enumerate(heads, start=1):
        _put(ws, 11, c, word, header=True)
    ws.row_dimensions[11].height = 50
    r = 12
    for no, name, unit, *vals, mark in KB_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, vals, {j: "0.0" for j, v in enumerate(vals) if isinstance(v, float)})
        _put(ws, r, 8, mark, align="center", size=11)
        ws.row_dimensions[r].height = 30
        r += 1
    _text(ws, r + 1, 1, "（参考）道の駅「川場田園プラザ」来場者数の推移（単位：万人）", size=9)
    data = wb.create_sheet("グラフデータ")
    data.append(["年度", "来場者数（万人）"])
    for year, value in KB_CHART:
        data.append([year, value])
    data.sheet_state = "hidden"
    chart = BarChart()
    chart.type = "col"
    chart.style = 2
    chart.title = None
    chart.legend = None
    chart.add_data(
        Reference(data, min_col=2, min_row=1, max_row=len(KB_CHART) + 1), titles_from_data=True
    )
    chart.set_categories(Reference(data, min_col=1, min_row=2, max_row=len(KB_CHART) + 1))
    chart.dataLabels = DataLabelList()
    chart.dataLabels.showVal = True
    chart.dataLabels.showSerName = False
    chart.dataLabels.showCatName = False
    chart.dataLabels.showLegendKey = False
    chart.dataLabels.showPercent = False
    chart.y_axis.scaling.min = 0
    chart.y_axis.scaling.max = 350
    chart.y_axis.majorUnit = 50
    chart.y_axis.delete = False
    chart.x_axis.delete = False
    chart.width = 15
    chart.height = 6
    ws.add_chart(chart, f"B{r + 2}")
    notes_at = r + 15
    _notes(
        ws,
        notes_at,
        [
            "※No.1は株式会社田園プラザ川場の集計（年度）。1日平均は年間来場者数を営業日数で割った参考値です。",
            "※道の駅「川場田園プラザ」は「じゃらん」全国道の駅グランプリ2022・2023で第1位。令和6年度の売上は約18億円。",
            "※No.4の基準値は、就農支援制度の開始前のため「―」としています。No.4は令和3年度からの累計です。",
            "※令和6年度の評価：◎ 2項目　○ 2項目　△ 1項目",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "kawaba_shisaku_hyoka_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 佐久穂町 (長野県南佐久郡): 第2次佐久穂町総合計画 後期基本計画 成果指標の進捗状況（令和6年度）
# --------------------------------------------------------------------------------------------

# Real: the plan's name, its 後期基本計画 (令和4～8年度), the 将来像, 総合政策課, 10,218人 (令和2年国勢調査).
# Made up: the sheet, date, 施策 and its number, every indicator, figure, change, grade, arrow and note.
SK_ROWS = [
    ("1", "町の支援による移住者数", "人", 42, 58, 61, "+30人", "B↗"),
    ("2", "町内小中学校の児童生徒数", "人", 612, 618, 615, "維持", "A↘"),
    ("3", "移住・定住の取組に対する町民の満足度", "％", 38.5, 40.1, 39.6, "+5.0ポイント", "B↘"),
    ("4", "空き家バンクの成約件数", "件", 8, 11, 9, "+50%", "B↘"),
    ("5", "耕作放棄地の面積", "ha", 186.4, 181.0, 176.2, "△10.0ha", "A↗"),
]


def sakuho() -> Path:
    wb, ws = _sheet("成果指標", [5, 36, 7, 12, 11, 11, 18, 10])
    _text(
        ws,
        1,
        1,
        "第2次佐久穂町総合計画 後期基本計画　成果指標の進捗状況（令和6年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 8, "令和7年7月　佐久穂町総合政策課", align="right")
    fields = [
        ("将来像", "自律し多様なコミュニティが人々のくらしを支え、挑戦や行動を支援するまち"),
        ("施策", "4-2　移住・定住の促進"),
        ("担当課", "総合政策課"),
        ("計画期間", "令和4年度～令和8年度（後期基本計画）"),
        ("町の人口", "10,218人（令和2年国勢調査）"),
    ]
    r = 4
    for label, value in fields:
        _field(ws, r, label, value, (1, 2), (3, 8))
        r += 1
    _text(
        ws,
        10,
        1,
        "【評価】A：目標に到達　B：基準値から前進したが目標に未到達　C：基準値から横ばい又は後退",
        size=8,
    )
    _text(
        ws,
        11,
        1,
        "【傾向（評価の右の矢印）】↗：前年度より改善　→：前年度と横ばい　↘：前年度より悪化",
        size=8,
    )
    _text(ws, 13, 1, "■成果指標の状況", bold=True, size=11)
    heads = [
        "No.",
        "成果指標",
        "単位",
        "基準値\n（R3）",
        "R5実績",
        "R6実績",
        "R8目標\n（基準値からの増減）",
        "評価",
    ]
    for c, word in enumerate(heads, start=1):
        _put(ws, 14, c, word, header=True)
    ws.row_dimensions[14].height = 30
    r = 15
    for no, name, unit, *vals, target, grade in SK_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, vals)
        _put(ws, r, 7, target, align="center")
        _put(ws, r, 8, grade, align="center", size=10)
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※目標は、基準値（R3）からの増減で示しています（例：No.1は42人＋30人＝72人、No.5は186.4ha－10.0ha＝176.4ha）。",
            "※No.3は町民アンケート（無作為抽出2,000人、回収率41.5％）による。No.2は各年度5月1日現在。",
            "※令和6年度の評価：A 2項目　B 3項目　C 0項目",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "sakuho_seika_shihyo_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 粟島浦村 (新潟県岩船郡): まち・ひと・しごと・まなび創生総合戦略 KPIの検証結果（令和6年度）
# --------------------------------------------------------------------------------------------

# Real: 粟島浦村人口ビジョン まち・ひと・しごと・まなび創生 (平成28年3月) and the words of its title, the
# island's place (新潟市の北方63km, 岩船港の北西35km), 周囲23km, 内浦 and 釜谷, 年間約2万人の観光客, 鯛の島,
# 粟島しおかぜ留学 and its 令和2年度 総務大臣賞. Made up: the page, 課, 基本目標, every KPI, figure and word.
AW_TABLES = [
    (
        "基本目標1　島のまなびで新しいひとの流れをつくる",
        [
            (
                "しおかぜ留学生の受入数",
                "人",
                "9",
                "10人以上（定員12人）",
                "11",
                "10人以上（定員12人）",
                "9",
                "未達成",
            ),
            (
                "島外からの体験学習・視察の受入人数",
                "人",
                "延べ240",
                "前年度実績以上（312）",
                "延べ358",
                "前年度実績以上（358）",
                "延べ401",
                "達成",
            ),
            ("子育て世帯の転入数", "世帯", "2", "3", "4", "3", "1", "未達成"),
        ],
    ),
    (
        "基本目標2　島のしごとと交流を育てる",
        [
            (
                "観光客の入込数",
                "人",
                "約20,000",
                "前年度実績以上（17,400）",
                "18,900",
                "前年度実績以上（18,900）",
                "約19,600",
                "達成",
            ),
            ("真鯛の水揚量", "t", "42.6", "45.0", "38.2", "45.0", "―（しけによる出漁減）", "－"),
        ],
    ),
]

AW_HEAD = """<thead>
<tr><th rowspan="2">KPI</th><th rowspan="2">単位</th><th rowspan="2">基準値<br>（H30）</th><th colspan="2">令和5年度</th><th colspan="2">令和6年度</th><th rowspan="2">評価<br>（R6）</th></tr>
<tr><th>目標</th><th>実績</th><th>目標</th><th>実績</th></tr>
</thead>"""


def awashimaura_html() -> str:
    parts = []
    for heading, rows in AW_TABLES:
        body = []
        for name, unit, *vals, word in rows:
            cells = [f'<th scope="row">{name}</th>', f'<td class="c">{unit}</td>']
            cells += [f'<td class="num">{v}</td>' for v in vals]
            cells.append(f'<td class="c">{word}</td>')
            body.append("<tr>" + "".join(cells) + "</tr>")
        rows_html = "\n".join(body)
        parts.append(
            f"<h2>{heading}</h2>\n<table>\n{AW_HEAD}\n<tbody>\n{rows_html}\n</tbody>\n</table>"
        )
    tables = "\n".join(parts)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>粟島浦村まち・ひと・しごと・まなび創生総合戦略 KPIの検証結果（令和6年度） - 粟島浦村</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
thead th {{ background: #d9d9d9; }}
tbody th {{ text-align: left; font-weight: normal; }}
td.num {{ text-align: right; }}
td.c {{ text-align: center; }}
</style>
</head>
<body>
<p><a href="/">トップ</a> &gt; <a href="/sonsei/">村政情報</a> &gt; 総合戦略</p>
<h1>粟島浦村まち・ひと・しごと・まなび創生総合戦略 KPIの検証結果（令和6年度）</h1>
<p>更新日：2025年8月20日　担当：総務課 企画係</p>
<p>粟島浦村は、新潟市の北方63km、村上市岩船港の北西35kmの日本海に浮かぶ、周囲23kmの1島1村の村です。内浦と釜谷の2集落に島民が暮らし、「鯛の島」として知られる島には年間約2万人の観光客が訪れます。島外の児童生徒を受け入れる「粟島しおかぜ留学」は、令和2年度に過疎地域自立活性化優良事例表彰（総務大臣賞）を受賞しました。</p>
<p>総合戦略に掲げた重要業績評価指標（KPI）について、令和6年度の実績を検証しました。</p>
<p>【評価（R6）】達成：令和6年度の目標を達成　未達成：令和6年度の目標に届かなかった　－：実績が把握できず評価できない</p>
{tables}
<p>令和6年度の評価：達成2項目、未達成2項目、評価できない1項目（計5項目）</p>
<p>※「前年度実績以上（　）」の括弧内は、前年度の実績値（その年度の目標とする水準）です。令和4年度の体験学習・視察の受入人数は延べ312人、観光客の入込数は17,400人でした。</p>
<p>※しおかぜ留学生の目標の括弧内は、留学生を受け入れる寮・里親の定員です。</p>
<p>※真鯛の水揚量は、令和6年度は春のしけによる出漁日数の減少（前年度比△12日）のため集計を見送りました。</p>
</body>
</html>
"""


def awashimaura() -> Path:
    path = HERE / "awashimaura_kpi_kensho_r6.html"
    path.write_bytes(awashimaura_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (omitama, kawaba, sakuho):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {awashimaura().name}")


if __name__ == "__main__":
    main()
