"""Build the documents of forms315/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/hatsukaichi_seika_shihyo_r5.xlsx``, a 総合計画 後期基本計画 成果指標 sheet in the manner of
  廿日市市 (広島県): form fields over a two-row grid ``施策方針 | No. | 成果指標 | 単位 |
  基準値（2019年度） | 実績値 (2021年度 | 2022年度 | 2023年度) | 目標値（2025年度） | 進捗率※1``, the
  施策方針 merged down over their rows, and **one target cell re-dated by a note to 2027年度**;
  and the PDF;
* ``source/tosa_kpi_kensho_r6.xlsx``, a 地域再生計画 KPI効果検証 sheet in the manner of 土佐市 (高知県):
  **each KPI a three-row block ``目標 | 実績 | 達成率`` under a ``区分`` column**, name, unit, baseline
  and 達成状況 merged down over the block; a ``集計中`` actual; and the PDF;
* ``source/saiki_kpi_suii_r5.xlsx``, a 総合戦略 KPI推移 sheet in the manner of 佐伯市 (大分県):
  a one-row header of bare era years ``H30 | R元 | R2 | R3 | R4 | R5 | 目標値（R6）``, **the baseline
  of each row marked only by shading, in a different year column per row**, explained by a legend
  line; and the PDF;
* ``tosu_seika_shihyo_r5.html``, a 総合計画 前期基本計画 成果指標 page in the manner of 鳥栖市 (佐賀県):
  a 単位 column with ``万人`` beside **a range target ``500～520`` and a baseline ``約500``**, a target
  ``30以上``, and a ``関連SDGs`` column of goal numbers.

The PDF steps are skipped, with a message, when ``soffice`` is not installed.
These are re-typed forms of other municipalities, not their own files (README.md, SOURCES.tsv).
The XLSX and HTML files are byte-stable: fixed document dates, and the zip members are
rewritten with a fixed timestamp. The PDFs carry LibreOffice's creation date, so they differ
by that only.
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
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "source"
THIN = Side(style="thin")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD = PatternFill("solid", fgColor="DDEBF7")
SHADE = PatternFill("solid", fgColor="BFBFBF")
LIGHT = PatternFill("solid", fgColor="F2F2F2")
FONT = "IPAexGothic"
FIXED = dt.datetime(2026, 12, 5, 0, 0, 0)


# ---------------------------------------------------------------------------------------------
# Workbook helpers
# ---------------------------------------------------------------------------------------------


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms315/build.py"
    wb.properties.lastModifiedBy = "forms315/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    ws = wb.active
    ws.title = title
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    return wb, ws


def _fmt(value) -> str | None:
    if isinstance(value, float):
        return "#,##0.0"
    if isinstance(value, int):
        return "#,##0"
    return None


def _put(ws, row, col, value, *, header=False, fmt=None, align=None, bold=False, fill=None, size=9):
    """A bordered cell. Numbers stay numbers, shown through a number format."""
    cell = ws.cell(row=row, column=col, value=value)
    cell.border = BORDER
    cell.font = Font(name=FONT, size=size, bold=bold or header)
    if header:
        cell.fill = HEAD
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    else:
        if align is None:
            align = "left" if isinstance(value, str) and len(value) > 6 else "right"
        cell.alignment = Alignment(horizontal=align, vertical="center", wrap_text=True)
    if fill is not None:
        cell.fill = fill
    number_format = fmt or _fmt(value)
    if number_format:
        cell.number_format = number_format
    return cell


def _merge(ws, r1: int, c1: int, r2: int, c2: int) -> None:
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            ws.cell(row=r, column=c).border = BORDER
    ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)


def _text(ws, row, col, value, *, bold=False, size=9, align="left"):
    cell = ws.cell(row=row, column=col, value=value)
    cell.font = Font(name=FONT, size=size, bold=bold)
    cell.alignment = Alignment(horizontal=align, vertical="center")
    return cell


def _field(ws, row, last_col, label, value, height=18):
    """A bordered key-value form field: the label in column A (or A:B), the value to last_col."""
    _put(ws, row, 1, label, header=True)
    _put(ws, row, 2, value, align="left")
    _merge(ws, row, 2, row, last_col)
    ws.row_dimensions[row].height = height


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
    """Save, then rewrite the zip with fixed member dates (byte-stable output)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    with zipfile.ZipFile(path) as zin:
        members = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in members:
            if name == "docProps/core.xml":
                data = re.sub(
                    rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                    rb"\g<1>2026-12-05T00:00:00Z\g<2>",
                    data,
                )
            info = zipfile.ZipInfo(name, date_time=(2026, 12, 5, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, data)
    print(f"wrote {path.relative_to(HERE)}")


def to_pdf(xlsx: Path) -> None:
    """Convert a source XLSX to a PDF next to build.py (LibreOffice headless)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        print(f"soffice not found: {xlsx.with_suffix('.pdf').name} not rebuilt")
        return
    with tempfile.TemporaryDirectory(prefix="forms315_soffice_") as tmp:
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
        pdf = xlsx.with_suffix(".pdf").name
        shutil.copyfile(Path(tmp) / pdf, HERE / pdf)
    print(f"wrote {pdf}")


# ---------------------------------------------------------------------------------------------
# 廿日市市 (広島県): 第6次廿日市市総合計画 後期基本計画 成果指標の進捗状況（令和5年度実績）
# ---------------------------------------------------------------------------------------------

# Real: the plan and its 基本構想 span (2016～2025), 重点施策 1-5 and its two 施策方針, the
# population figures (192,907 / 188,969 / 182,346), 合計特殊出生率 1.55, 宮島.
# Made up: the sheet, its date, the 課, the 後期 period wording, every indicator, figure and note.
HK_ROWS = [
    # 施策方針, No., name, unit, base, 2021, 2022, 2023, target, 進捗率
    (
        "1-5-1\n環境保全活動の推進",
        "1",
        "市域の温室効果ガス排出量",
        "千t-CO2",
        1052,
        1018,
        995,
        987,
        900,
        "42.8%",
    ),
    (None, "2", "ごみのリサイクル率", "％", 21.4, 20.8, 21.1, 22.0, 25.0, "16.7%"),
    (None, "3", "環境学習講座の参加者数", "人", 1240, 312, 864, 1105, 1500, "－"),
    (
        "1-5-2\n豊かな自然の保護・活用",
        "4",
        "宮島の来島者数",
        "千人",
        4653,
        2515,
        3214,
        4458,
        4800,
        "－",
    ),
    (None, "5", "里山保全活動の実施箇所数", "箇所", 32, 35, 38, 41, "50※2", "50.0%"),
]


def hatsukaichi() -> Path:
    wb, ws = _sheet("成果指標", [15, 5, 30, 9, 11, 9, 9, 9, 11, 9])
    last = 10
    _text(ws, 1, 1, "第6次廿日市市総合計画 後期基本計画", bold=True, size=13)
    _text(ws, 2, 1, "成果指標の進捗状況（令和5年度実績）", bold=True, size=13)
    _text(ws, 3, 8, "令和6年8月　経営企画課", size=9)
    _field(ws, 5, last, "計画の名称", "第6次廿日市市総合計画 後期基本計画")
    _field(ws, 6, last, "計画期間", "令和3年度～令和7年度（基本構想：2016年度～2025年度）")
    _field(ws, 7, last, "重点施策", "1-5　豊かな自然を次世代につなぐ")
    _field(ws, 8, last, "担当課", "経営企画課")
    _field(
        ws,
        9,
        last,
        "市の現状",
        "本市の人口は、2015年の国勢調査で192,907人となり、住民基本台帳では2020年3月末に"
        "188,969人となった。国立社会保障・人口問題研究所の推計では2045年に182,346人となる見込み"
        "である。合計特殊出生率は2017年に1.55まで低下した。世界遺産「宮島」から中山間地域まで、"
        "山から海までの豊かな自然を次世代につなぐことが求められている。",
        height=58,
    )
    _text(ws, 11, 1, "２　成果指標の推移", bold=True, size=11)
    h = 12
    for c, word in [
        (1, "施策方針"),
        (2, "No."),
        (3, "成果指標"),
        (4, "単位"),
        (5, "基準値\n（2019年度）"),
        (9, "目標値\n（2025年度）"),
        (10, "進捗率※1"),
    ]:
        _put(ws, h, c, word, header=True)
        _put(ws, h + 1, c, None, header=True)
        _merge(ws, h, c, h + 1, c)
    _put(ws, h, 6, "実績値", header=True)
    _merge(ws, h, 6, h, 8)
    for j, y in enumerate(["2021年度", "2022年度", "2023年度"]):
        _put(ws, h + 1, 6 + j, y, header=True)
    ws.row_dimensions[h].height = 20
    ws.row_dimensions[h + 1].height = 20
    r = h + 2
    starts = []
    for prog, no, name, unit, *vals in HK_ROWS:
        if prog is not None:
            starts.append((r, prog))
        _put(ws, r, 2, no, align="center")
        _put(ws, r, 3, name, align="left")
        _put(ws, r, 4, unit, align="center")
        for j, v in enumerate(vals):
            _put(ws, r, 5 + j, v, align="center" if v == "－" else "right")
        ws.row_dimensions[r].height = 24
        r += 1
    ends = [s for s, _ in starts[1:]] + [r]
    for (s, prog), e in zip(starts, ends):
        _put(ws, s, 1, prog, align="left")
        _merge(ws, s, 1, e - 1, 1)
    notes = [
        "※1 進捗率＝（2023年度実績値－基準値）÷（目標値－基準値）×100。基準値から後退した指標は「－」と表示。",
        (
            "※2 No.5の目標値は、令和5年度の中間見直しにより、県の里山林整備計画に合わせて"
            "2027年度の値としたもの（目標値は据え置き）。"
        ),
        "※ No.4の来島者数は宮島来島者数調査（年度集計）による。",
    ]
    for i, line in enumerate(notes):
        _text(ws, r + 1 + i, 1, line, size=8)
    _page(ws, "portrait")
    path = SOURCE / "hatsukaichi_seika_shihyo_r5.xlsx"
    _save(wb, path)
    return path


# ---------------------------------------------------------------------------------------------
# 土佐市 (高知県): 地域再生計画 重要業績評価指標（KPI）効果検証シート（令和6年度）
# ---------------------------------------------------------------------------------------------

# Real: 91.50km², 26,427人 (2022-08-01), 市制 1959年, 仁淀川・高岡平野, 日照時間 約2,230時間, うるめ
# 一本釣 (1961年), the 新居地区 facility 南風, the 課 name 未来づくり課.
# Made up: the plan's name and period, the sheet, its date, every KPI, figure, rate and mark.
TS_BLOCKS = [
    # label, name, unit, baseline, targets, actuals, rates, mark
    (
        "①",
        "新規就農者数（累計）",
        "人",
        0,
        [2, 4, 6],
        [3, 5, 7],
        ["150.0%", "125.0%", "116.7%"],
        "達成",
    ),
    (
        "②",
        "新居地区観光交流施設「南風」の年間販売額",
        "千円",
        285400,
        [300000, 310000, 320000],
        [296120, 312480, "集計中"],
        ["98.7%", "100.8%", "－"],
        "－",
    ),
    (
        "③",
        "移住相談件数",
        "件",
        42,
        [50, 55, 60],
        [61, 48, 57],
        ["122.0%", "87.3%", "95.0%"],
        "未達成",
    ),
    (
        "④",
        "仁淀川河口域の観光入込客数",
        "千人",
        182.5,
        [190.0, 200.0, 210.0],
        [176.3, 204.8, 211.6],
        ["92.8%", "102.4%", "100.8%"],
        "達成",
    ),
]


def tosa() -> Path:
    wb, ws = _sheet("KPI効果検証", [14, 30, 8, 12, 8, 12, 12, 12, 11])
    last = 9
    _text(
        ws,
        1,
        1,
        "地域再生計画　重要業績評価指標（KPI）効果検証シート（令和6年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 7, "令和7年6月　土佐市", size=9)
    _field(ws, 4, last, "地域再生計画の名称", "土佐市仁淀川流域しごと創生推進計画")
    _field(ws, 5, last, "計画期間", "令和4年4月1日～令和7年3月31日")
    _field(ws, 6, last, "担当課", "未来づくり課")
    _field(
        ws,
        7,
        last,
        "市の現状",
        "本市は面積91.50km²、人口26,427人（2022年8月1日現在）の市で、1959年の市制施行以来、"
        "仁淀川下流の高岡平野を中心に発展してきた。年間日照時間は約2,230時間と長く、施設園芸のほか、"
        "1961年に考案されたうるめ一本釣などの漁業が盛んである。",
        height=44,
    )
    for r in range(4, 8):
        _merge(ws, r, 2, r, last)
    _text(ws, 9, 1, "■KPIの推移と達成状況", bold=True, size=11)
    h = 10
    heads = ["", "KPI", "単位", "基準値（R3）", "区分", "R4年度", "R5年度", "R6年度", "達成状況"]
    for c, word in enumerate(heads, start=1):
        _put(ws, h, c, word or None, header=True)
    _merge(ws, h, 1, h, 2)
    ws.cell(row=h, column=1, value="KPI")
    ws.row_dimensions[h].height = 22
    r = h + 1
    for label, name, unit, base, targets, actuals, rates, mark in TS_BLOCKS:
        _put(ws, r, 1, label, align="center")
        _put(ws, r, 2, name, align="left")
        _put(ws, r, 3, unit, align="center")
        _put(ws, r, 4, base, align="right")
        _put(ws, r, 9, mark, align="center", bold=mark in ("達成", "未達成"))
        for c in (1, 2, 3, 4, 9):
            _merge(ws, r, c, r + 2, c)
        for k, (word, vals) in enumerate([("目標", targets), ("実績", actuals), ("達成率", rates)]):
            fill = LIGHT if word == "達成率" else None
            _put(ws, r + k, 5, word, align="center", fill=fill)
            for j, v in enumerate(vals):
                _put(ws, r + k, 6 + j, v, align="right", fill=fill)
            ws.row_dimensions[r + k].height = 17
        r += 3
    notes = [
        "※ 達成率＝実績÷目標×100。達成状況は令和6年度の目標に対する判定。",
        "※ ②の令和6年度実績は、指定管理者の決算確定（令和7年7月予定）後に確定するため集計中。",
        "※ ①は令和4年度からの累計。",
    ]
    for i, line in enumerate(notes):
        _text(ws, r + 1 + i, 1, line, size=8)
    _page(ws, "landscape")
    path = SOURCE / "tosa_kpi_kensho_r6.xlsx"
    _save(wb, path)
    return path


# ---------------------------------------------------------------------------------------------
# 佐伯市 (大分県): 第2期佐伯市まち・ひと・しごと創生総合戦略 KPIの推移（令和5年度）
# ---------------------------------------------------------------------------------------------

# Real: the 2005-03-03 merger (旧佐伯市と南海部郡5町3村), 903.14km² (九州一), 61,806人 (2024-10-01),
# 「世界一、佐伯寿司」, the 基本目標 wording 「仕事を育て、仕事を創る」, 秘書政策課 (the 課 of the
# 2015 strategy council). Made up: 第2期 and its period, the sheet, its date, every KPI and figure.
SK_ROWS = [
    # No., name, unit, base column index (0=H30), values H30..R5 (None = blank), target
    ("1", "市内での新規創業件数", "件", 0, [18, 21, 15, 19, 22, 24], 25),
    ("2", "新規漁業就業者数", "人", 1, [None, 12, 9, 11, 14, 13], 15),
    ("3", "「佐伯寿司」提供店舗数", "店舗", 0, [34, 35, 31, 33, 36, 38], 40),
    ("4", "農林水産物の加工品開発件数（累計）", "件", 2, [None, None, 0, 3, 7, 10], 15),
    ("5", "企業誘致による新規雇用者数", "人", 0, [56, 48, "―", 37, 62, 71], 80),
]


def saiki() -> Path:
    wb, ws = _sheet("KPI推移", [5, 32, 7, 8, 8, 8, 8, 8, 8, 11])
    last = 10
    _text(ws, 1, 1, "第2期佐伯市まち・ひと・しごと創生総合戦略", bold=True, size=13)
    _text(ws, 2, 1, "重要業績評価指標（KPI）の推移（令和5年度）", bold=True, size=13)
    _text(ws, 3, 8, "令和6年10月　秘書政策課", size=9)
    for row, label, value, height in [
        (5, "戦略の名称", "第2期佐伯市まち・ひと・しごと創生総合戦略", 18),
        (6, "計画期間", "令和2年度～令和6年度（5年間）", 18),
        (7, "担当課", "秘書政策課", 18),
        (
            8,
            "市の概要",
            (
                "本市は、2005年3月3日に旧佐伯市と南海部郡5町3村が合併して誕生した。面積は"
                "903.14km²で九州の市町村で最も広く、人口は61,806人（2024年10月1日推計）である。"
                "「世界一、佐伯寿司」を掲げ、海の幸と山の幸を生かしたまちづくりを進めている。"
            ),
            46,
        ),
    ]:
        _put(ws, row, 1, label, header=True)
        _merge(ws, row, 1, row, 2)
        _put(ws, row, 3, value, align="left")
        _merge(ws, row, 3, row, last)
        ws.row_dimensions[row].height = height
    _text(ws, 10, 1, "基本目標１　仕事を育て、仕事を創る", bold=True, size=11)
    _text(
        ws,
        11,
        1,
        "※網掛けの数値は各KPIの基準値（戦略策定時に把握していた直近の値）です。"
        "網掛けより右の数値は実績値です。",
        size=8,
    )
    h = 12
    heads = [
        "No.",
        "重要業績評価指標（KPI）",
        "単位",
        "H30",
        "R元",
        "R2",
        "R3",
        "R4",
        "R5",
        "目標値（R6）",
    ]
    for c, word in enumerate(heads, start=1):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 22
    r = h + 1
    for no, name, unit, base_col, vals, target in SK_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name, align="left")
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate(vals):
            fill = SHADE if j == base_col else None
            _put(ws, r, 4 + j, v, align="center" if v == "―" else "right", fill=fill)
        _put(ws, r, 10, target, align="right", bold=True)
        ws.row_dimensions[r].height = 20
        r += 1
    notes = [
        "※ No.2、No.4は基準値を把握した年度より前の欄を空欄としている（No.4は令和2年度からの新規事業）。",
        "※ No.5の令和2年度は、新型コロナウイルス感染症の影響で調査を実施していない。",
    ]
    for i, line in enumerate(notes):
        _text(ws, r + 1 + i, 1, line, size=8)
    _page(ws, "portrait")
    path = SOURCE / "saiki_kpi_suii_r5.xlsx"
    _save(wb, path)
    return path


# ---------------------------------------------------------------------------------------------
# 鳥栖市 (佐賀県): 第7次鳥栖市総合計画 前期基本計画 成果指標の状況（令和5年度実績）
# ---------------------------------------------------------------------------------------------

# Real: the plan, its spans (2021～2030, 前期 2021～2025), 将来都市像, 総合政策課, 71.72km²,
# 74,196人 (2020年国勢調査), 鳥栖ジャンクション, 鳥栖プレミアム・アウトレット (2004年3月, 約500万人).
# Made up: the page, its date, the 施策 number and wording, every indicator, figure and note.
TU_ROWS = [
    ("市内事業所の従業者数", "人", "42,310", ["42,150", "42,880", "43,260"], "44,000", "8"),
    (
        "鳥栖プレミアム・アウトレットの来場者数",
        "万人",
        "約500",
        ["318", "402", "468"],
        "500～520",
        "8・11",
    ),
    ("創業支援による創業件数", "件", "24", ["27", "31", "29"], "30以上", "8・9"),
    ("中心市街地の空き店舗数", "店舗", "38", ["41", "36", "33"], "25", "11"),
    ("産業団地の分譲面積（累計）", "ha", "12.4", ["18.9", "18.9", "25.3"], "30.0", "9"),
]


def tosu_html() -> str:
    rows = []
    for name, unit, base, acts, target, sdgs in TU_ROWS:
        cells = "".join(f"<td>{v}</td>" for v in [base, *acts, target])
        rows.append(
            f'      <tr>\n        <th scope="row">{name}</th>\n        <td>{unit}</td>\n'
            f"        {cells}\n        <td>{sdgs}</td>\n      </tr>"
        )
    body = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>第7次鳥栖市総合計画 前期基本計画 成果指標の状況（令和5年度実績） - 鳥栖市</title>
</head>
<body>
<nav class="breadcrumb"><a href="/">トップページ</a> &gt; <a href="/shisei/">市政情報</a> &gt;
<a href="/shisei/keikaku/">計画・施策</a> &gt; <a href="/shisei/keikaku/sogo/">第7次鳥栖市総合計画</a>
&gt; 成果指標の状況（令和5年度実績）</nav>
<main>
<h1>第7次鳥栖市総合計画 前期基本計画 成果指標の状況（令和5年度実績）</h1>
<p class="date">更新日：2024年9月30日　担当：総合政策課</p>
<p>第7次鳥栖市総合計画は、将来都市像「住みたいまち、活躍できるまち、選ばれるまち
鳥栖－“鳥栖スタイル”の深化－」の実現に向け、2021年度から2030年度までの10年間を計画期間としています。
前期基本計画（2021年度～2025年度）の3年目にあたる令和5年度の成果指標の状況をお知らせします。</p>
<p>本市は面積71.72km²、人口74,196人（2020年国勢調査）のまちで、日本で最初の四つ葉のクローバー型の
鳥栖ジャンクションを擁する九州の交通の要衝です。2004年3月に開業した鳥栖プレミアム・アウトレットには、
年間約500万人が訪れています。</p>
<h2>施策3-1　商工業の振興と雇用の創出</h2>
<table border="1">
  <thead>
    <tr>
      <th rowspan="2" scope="col">成果指標</th>
      <th rowspan="2" scope="col">単位</th>
      <th rowspan="2" scope="col">策定時<br>（2019年度）</th>
      <th colspan="3" scope="colgroup">実績値</th>
      <th rowspan="2" scope="col">目標値<br>（2025年度）</th>
      <th rowspan="2" scope="col">関連SDGs</th>
    </tr>
    <tr>
      <th scope="col">2021年度</th>
      <th scope="col">2022年度</th>
      <th scope="col">2023年度</th>
    </tr>
  </thead>
  <tbody>
{body}
  </tbody>
</table>
<p class="note">※目標値の「～」は目標の幅（下限～上限）、「以上」はその値以上を目標とすることを示します。<br>
※関連SDGsは、各指標に関連する持続可能な開発目標（SDGs）のゴール番号です。<br>
※2021年度の実績は、新型コロナウイルス感染症の影響を受けています。</p>
</main>
</body>
</html>
"""


def tosu() -> Path:
    path = HERE / "tosu_seika_shihyo_r5.html"
    path.write_bytes(tosu_html().encode("utf-8"))
    print(f"wrote {path.name}")
    return path


def main() -> None:
    no_pdf = "--no-pdf" in sys.argv[1:]
    for build in (hatsukaichi, tosa, saiki):
        xlsx = build()
        if not no_pdf:
            to_pdf(xlsx)
    tosu()


if __name__ == "__main__":
    main()
