"""Build the documents of forms421/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/fukuchi_suishin_kpi_r5.xlsx``, a 地域再生計画 KPI実績報告 in the manner of 福智町 (福岡県):
  form fields (plan name, 計画期間, 担当課, a prose paragraph of real figures) over a two-row KPI grid
  ``No. | KPI | 単位 | 基準値（R元） | 実績値 (R3 | R4 | R5) | 目標値 (R5 | R7（最終）) | 備考``, where
  **the actual of a survey held every other year is one cell merged over the R3 and R4 columns**
  (a 備考 says it is the R3 survey), and a baseline cell dated by its own bracket (``312,450（H30）``);
  and the landscape PDF ``fukuchi_suishin_kpi_r5.pdf``;
* ``tabuse_shisaku_hyoka_r1.xlsx``, a 施策評価シート in the manner of 田布施町 (山口県), a workbook left
  as it is: a 令和元年 sheet whose grid still says **``H31見込`` and ``目標値（H35）``** (平成 years past
  the era change), **the H31見込 column typed as text with full-width digits** (``２６``, ``６，５００``),
  a ``以下`` target, and a second grid of 活動指標 with its own years;
* ``source/ainan_shisaku_seika_r5.xlsx``, a 総合計画 施策評価シート in the manner of 愛南町 (愛媛県):
  a 成果指標 grid where **a note makes rows ①–③ calendar years** (暦年) while ④⑤ stay fiscal years,
  and ``百万円`` in 単位; and the portrait PDF ``ainan_shisaku_seika_r5.pdf``;
* ``kinko_seika_shihyo_r6.html``, a 総合振興計画 成果指標 page in the manner of 錦江町 (鹿児島県): two
  ``<h2>`` 基本目標 over tables with Western-year actual heads between 和暦 baseline and target heads,
  ``億円`` and ``千人`` in 単位, a ``集計中`` actual, and **a ``（参考）鹿児島県`` row under 合計特殊出生率
  that is the prefecture's figure, not an indicator** (a note says so).

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
SHADE = PatternFill("solid", fgColor="D9D9D9")
LIGHT = PatternFill("solid", fgColor="F2F2F2")
FONT = "IPAexGothic"
FIXED = dt.datetime(2026, 12, 7, 0, 0, 0)


# --------------------------------------------------------------------------------------------
# Sheet helpers
# --------------------------------------------------------------------------------------------


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms421/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms421/build.py"
    ws = wb.active
    ws.title = title
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    return wb, ws


def _put(ws, row, col, value, header=False, fmt=None, align=None, size=9, bold=False, fill=None):
    """A bordered cell. Numbers stay numbers, with a number format."""
    cell = ws.cell(row=row, column=col, value=None if value == "" else value)
    cell.border = BORDER
    cell.font = Font(name=FONT, size=size, bold=bold)
    if header:
        cell.fill = SHADE
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
                    rb"\g<1>2026-12-07T00:00:00Z\g<2>",
                    data,
                )
            info = zipfile.ZipInfo(name, date_time=(2026, 12, 7, 0, 0, 0))
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
    with tempfile.TemporaryDirectory(prefix="forms421_soffice_") as tmp:
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


def _head2(ws, h: int, singles, groups) -> None:
    """A two-row header: ``singles`` (col, word) merged down, ``groups`` (c1, c2, word, lower words)."""
    for c, word in singles:
        _put(ws, h, c, word, header=True)
        _put(ws, h + 1, c, None, header=True)
        _merge(ws, h, c, h + 1, c)
    for c1, c2, word, lower in groups:
        _span(ws, h, c1, c2, word, header=True)
        for c, w in zip(range(c1, c2 + 1), lower):
            _put(ws, h + 1, c, w, header=True)
    ws.row_dimensions[h].height = 20
    ws.row_dimensions[h + 1].height = 20


# --------------------------------------------------------------------------------------------
# 福智町 (福岡県田川郡): 第2期福智町まち・ひと・しごと創生推進計画 KPI実績報告（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (localgovs.net, iju-join.jp, furusato-funding.jp): the plan's name, the 2006-03-06 merger of
# 赤池町・金田町・方城町, 42.06km², the peak of 42,257人 (昭和30年), 21,398人 (令和2年国勢調査), 福智山 901m,
# 上野焼 (400年以上). Made up: the sheet, its period and 課, every KPI, figure and note.
FU_ROWS = [
    # No., name, unit, baseline, R3, R4, R5, target R5, target R7, 備考
    (1, "上野焼窯元への来訪者数", "千人", 18.5, 12.1, 16.8, 21.3, 20.0, 25.0, "R3は窯元市を中止"),
    (
        2,
        "「これからも福智町に住み続けたい」と答えた町民の割合",
        "％",
        68.4,
        70.1,
        None,
        72.5,
        73.0,
        75.0,
        "隔年調査（R3・R5実施）。R3・R4欄はR3年度調査の結果",
    ),
    (3, "創業支援事業計画に基づく創業者数", "人", 4, 5, 3, 7, 6, 8, ""),
    (4, "移住相談窓口を通じた転入者数", "人", 9, 14, 18, 22, 20, 25, ""),
    (
        5,
        "ふるさと納税寄附額",
        "千円",
        "312,450（H30）",
        498120,
        605300,
        702880,
        650000,
        800000,
        "基準値は平成30年度の額",
    ),
]


def fukuchi() -> Path:
    wb, ws = _sheet("KPI実績", [7, 40, 7, 13, 10, 10, 10, 10, 11, 30])
    last = 10
    _text(
        ws,
        1,
        1,
        "第２期福智町まち・ひと・しごと創生推進計画　重要業績評価指標（ＫＰＩ）実績報告（令和５年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, last, "令和6年9月　福智町", align="right")
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=last)
    ws.row_dimensions[1].height = 24
    r = 4
    for label, value, height in (
        ("地域再生計画の名称", "第2期福智町まち・ひと・しごと創生推進計画", 18),
        ("計画期間", "令和3年4月1日～令和8年3月31日（5か年）", 18),
        ("担当課", "まちづくり総合政策課", 18),
        (
            "町の概要",
            "本町は平成18年3月6日に赤池町・金田町・方城町の3町が合併して誕生した、面積42.06km²の町である。"
            "人口は昭和30年の42,257人をピークに減少を続け、令和2年国勢調査では21,398人となった。"
            "北東部には標高901mの福智山がそびえ、上野峡の周辺には400年以上の伝統を誇る上野焼の窯元が点在している。",
            44,
        ),
    ):
        _merge(ws, r, 1, r, 2)
        _put(ws, r, 1, label, header=True)
        _span(ws, r, 3, last, value).alignment = Alignment(
            horizontal="left", vertical="top" if height > 20 else "center", wrap_text=True
        )
        ws.row_dimensions[r].height = height
        r += 1
    r += 1
    _text(ws, r, 1, "■重要業績評価指標（ＫＰＩ）の実績", bold=True, size=11)
    h = r + 1
    _head2(
        ws,
        h,
        [
            (1, "No."),
            (2, "重要業績評価指標（KPI）"),
            (3, "単位"),
            (4, "基準値（R元）"),
            (10, "備考"),
        ],
        [(5, 7, "実績値", ["R3", "R4", "R5"]), (8, 9, "目標値", ["R5", "R7（最終）"])],
    )
    r = h + 2
    for no, name, unit, base, a3, a4, a5, t5, t7, note in FU_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _put(ws, r, 4, base, align="right")
        for c, v in ((5, a3), (6, a4), (7, a5), (8, t5), (9, t7)):
            _put(ws, r, c, v)
        if no == 2:
            # a survey held every other year: the R3 result fills one cell over the R3 and R4 columns
            ws.cell(row=r, column=5).alignment = Alignment(horizontal="center", vertical="center")
            _merge(ws, r, 5, r, 6)
        _put(ws, r, 10, note, size=8)
        ws.row_dimensions[r].height = 30
        r += 1
    r += 1
    for line in (
        "※基準値（R元）は令和元年度の実績。ただし No.5 は括弧内の年度の額。",
        "※目標値のR5は中間目標、R7（最終）は計画最終年度（令和7年度）の目標。",
        "※令和5年度の交付対象事業費は18,600千円（うち交付金9,300千円）。",
    ):
        _text(ws, r, 1, line, size=8)
        r += 1
    _page(ws, "landscape")
    path = SOURCE / "fukuchi_suishin_kpi_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 田布施町 (山口県熊毛郡): 第5次田布施町総合計画 施策評価シート（令和元年度・平成30年度実績）
# --------------------------------------------------------------------------------------------

# Real (paperzz 田布施町総合戦略 概要版, kotobank, yatv.jp, maff.go.jp): the 第5次田布施町総合計画, 50.42km²,
# 15,317人 (平成27年国勢調査), 岸信介・佐藤栄作, 馬島 1,500m offshore and its クルマエビ, 田布施川 and the
# 干拓地. Made up: the plan's period, the sheet, 施策 number, 課, every indicator, figure and note.
TA_KPI = [
    # No., name, unit, 策定時, H29, H30, H31見込 (text, as typed), target
    (1, "認定農業者数", "経営体", 21, 24, 25, "２６", 30),
    (2, "集落営農法人数", "法人", 3, 5, 5, "６", 8),
    (
        3,
        "学校給食における町内産食材の使用割合（品目数ベース）",
        "％",
        22.5,
        27.3,
        26.8,
        "２８．０",
        35.0,
    ),
    (4, "有害鳥獣による農作物被害額", "千円", 8420, 6150, 7030, "６，５００", "5,000以下"),
]
TA_ACT = [
    # No., name, unit, H28, H29, H30, 備考
    (1, "農地中間管理事業による農地の集積面積", "ha", 12.4, 18.9, 21.3, ""),
    (2, "鳥獣被害防止柵の設置延長", "m", 2850, 3120, 1980, "H30は国庫補助分のみ"),
]


def tabuse() -> Path:
    wb, ws = _sheet("施策評価（H30実績）", [5, 40, 8, 12, 10, 10, 10, 13, 22])
    last = 9
    _text(ws, 1, 1, "令和元年度　施策評価シート（平成30年度実績）", bold=True, size=13)
    _text(ws, 2, last, "令和元年8月作成", align="right")
    r = 3
    _text(ws, r, 1, "１　施策の概要", bold=True, size=11)
    r += 1
    for label, value, height in (
        ("総合計画", "第5次田布施町総合計画（平成26年度～平成35年度）", 18),
        ("施策", "2-3　農林水産業の振興", 18),
        ("主管課", "産業建設課", 18),
        (
            "施策の現状",
            "本町は山口県南東部、瀬戸内海に面した面積50.42km²の町で、平成27年国勢調査の人口は15,317人である。"
            "岸信介・佐藤栄作の2人の内閣総理大臣を輩出した町として知られる。田布施川流域と干拓地では米や野菜の生産が盛んで、"
            "南の海上1,500mに浮かぶ馬島ではクルマエビの養殖が行われている。認定農業者の平均年齢は67歳で、10年後には約4割が75歳を超える。",
            46,
        ),
    ):
        _merge(ws, r, 1, r, 2)
        _put(ws, r, 1, label, header=True)
        _span(ws, r, 3, last, value).alignment = Alignment(
            horizontal="left", vertical="top" if height > 20 else "center", wrap_text=True
        )
        ws.row_dimensions[r].height = height
        r += 1
    r += 1
    _text(ws, r, 1, "２　成果指標", bold=True, size=11)
    r += 1
    for c, word in enumerate(
        [
            "No.",
            "成果指標",
            "単位",
            "策定時（H24）",
            "H29実績",
            "H30実績",
            "H31見込",
            "目標値（H35）",
            "備考",
        ],
        start=1,
    ):
        _put(ws, r, c, word, header=True)
    ws.row_dimensions[r].height = 20
    r += 1
    for no, name, unit, base, a29, a30, est, target in TA_KPI:
        for c, v in enumerate((no, name, unit, base, a29, a30, est, target, ""), start=1):
            _put(ws, r, c, v, align="center" if c in (1, 3) else ("right" if c >= 4 else None))
        ws.row_dimensions[r].height = 28 if len(name) > 20 else 18
        r += 1
    _text(
        ws,
        r,
        1,
        "※H31見込は令和元年度の見込値。目標値（H35）は計画最終年度（令和5年度）の目標。",
        size=8,
    )
    r += 2
    _text(ws, r, 1, "３　活動指標（主な事務事業）", bold=True, size=11)
    r += 1
    for c, word in enumerate(["No.", "活動指標", "単位", "H28実績", "H29実績", "H30実績"], start=1):
        _put(ws, r, c, word, header=True)
    _span(ws, r, 7, last, "備考", header=True)
    r += 1
    for no, name, unit, a28, a29, a30, note in TA_ACT:
        for c, v in enumerate((no, name, unit, a28, a29, a30), start=1):
            _put(ws, r, c, v, align="center" if c in (1, 3) else None)
        _span(ws, r, 7, last, note, size=8)
        ws.row_dimensions[r].height = 18
        r += 1
    r += 1
    _text(ws, r, 1, "４　施策の評価", bold=True, size=11)
    r += 1
    _merge(ws, r, 1, r, 2)
    _put(ws, r, 1, "評価", header=True)
    _span(
        ws,
        r,
        3,
        last,
        "B（概ね順調）　認定農業者は目標に向けて増加しているが、被害額はH30に増加した。",
    )
    ws.row_dimensions[r].height = 20
    _page(ws, "portrait")
    path = HERE / "tabuse_shisaku_hyoka_r1.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 愛南町 (愛媛県南宇和郡): 第3次愛南町総合計画 前期基本計画 施策評価シート（令和5年度実績）
# --------------------------------------------------------------------------------------------

# Real (town.ainan.ehime.jp, kotobank, tabi.jtb.or.jp, Wikipedia mirrors): the 第3次愛南町総合計画, its
# 前期基本計画 (令和4年度～令和7年度), 政策 3 and 施策 水産業の振興, the 2004 merger of 5町村, 238.94km²,
# 17,714人 (2024-10-01 推計), 真円真珠発祥の地, 深浦のカツオ一本釣り, タイの養殖. Made up: the sheet, 課,
# every indicator, figure and note.
AI_ROWS = [
    # label, name, unit, 策定時 R2, R3, R4, R5, target R5, target R7, 備考
    ("①", "魚類養殖生産量", "t", 28540, 27910, 26880, 27350, 29000, 30000, "※1"),
    ("②", "真珠母貝（アコヤガイ稚貝）の生産額", "百万円", 1020, 980, 1150, 1210, 1100, 1200, "※1"),
    ("③", "深浦漁港のカツオ水揚量", "t", 1350, 1120, 960, 1080, 1300, 1400, "※1"),
    ("④", "新規漁業就業者数", "人", 4, 6, 3, 5, 5, 6, ""),
    ("⑤", "漁業体験（ブルーツーリズム）参加者数", "人", 1250, 2030, 2880, 3410, 3000, 4000, ""),
]


def ainan() -> Path:
    wb, ws = _sheet("施策評価", [5, 32, 8, 10, 9, 9, 9, 9, 9, 8])
    last = 10
    _text(
        ws,
        1,
        1,
        "第３次愛南町総合計画　前期基本計画　施策評価シート（令和５年度実績）",
        bold=True,
        size=12,
    )
    _text(ws, 2, last, "令和6年8月", align="right")
    r = 3
    _text(ws, r, 1, "１　施策の概要", bold=True, size=11)
    r += 1
    for label, value, height in (
        ("政策", "3　活力ある産業を育てるまちづくり", 18),
        ("施策", "3-1　水産業の振興", 18),
        ("計画期間", "前期基本計画　令和4年度～令和7年度（4年間）", 18),
        ("主管課", "水産課", 18),
        (
            "施策の現状",
            "本町は平成16年10月に内海村・御荘町・城辺町・一本松町・西海町の5町村が合併して誕生した、愛媛県最南端の町である。"
            "面積は238.94km²、人口は17,714人（令和6年10月1日推計）。リアス式海岸を生かしたマダイや真珠母貝の養殖、"
            "深浦港を拠点とするカツオの一本釣りが盛んで、真円真珠発祥の地としても知られる。",
            58,
        ),
    ):
        _merge(ws, r, 1, r, 2)
        _put(ws, r, 1, label, header=True)
        _span(ws, r, 3, last, value).alignment = Alignment(
            horizontal="left", vertical="top" if height > 20 else "center", wrap_text=True
        )
        ws.row_dimensions[r].height = height
        r += 1
    r += 1
    _text(ws, r, 1, "２　成果指標の推移", bold=True, size=11)
    h = r + 1
    _head2(
        ws,
        h,
        [(1, "No."), (2, "成果指標"), (3, "単位"), (4, "策定時（R2）"), (10, "備考")],
        [(5, 7, "実績値", ["R3", "R4", "R5"]), (8, 9, "目標値", ["R5", "R7"])],
    )
    r = h + 2
    for label, name, unit, *vals, note in AI_ROWS:
        _put(ws, r, 1, label, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate(vals):
            _put(ws, r, 4 + j, v)
        _put(ws, r, 10, note, align="center")
        ws.row_dimensions[r].height = 28 if len(name) > 15 else 20
        r += 1
    r += 1
    for line in (
        "※1　①～③は暦年（1月～12月）の数値です。R2～R5の欄は、それぞれ令和2年～令和5年（1～12月）の値です。",
        "　　　④⑤は年度（4月～翌年3月）の数値です。",
        "※2　③の水揚量は深浦漁港の統計による（R4は黒潮の影響で漁期が約1か月短かった）。",
    ):
        _text(ws, r, 1, line, size=8)
        r += 1
    r += 1
    _text(ws, r, 1, "３　施策の評価", bold=True, size=11)
    r += 1
    _merge(ws, r, 1, r, 2)
    _put(ws, r, 1, "評価", header=True)
    _span(ws, r, 3, last, "B（概ね順調）　養殖生産額は回復したが、生産量と水揚量は目標を下回った。")
    ws.row_dimensions[r].height = 20
    _page(ws, "portrait")
    path = SOURCE / "ainan_shisaku_seika_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 錦江町 (鹿児島県肝属郡): 総合振興計画 成果指標の達成状況（令和6年度）
# --------------------------------------------------------------------------------------------

# Real (Wikipedia mirror, jmedia.wiki): the 2005-03-22 merger of 大根占町・田代町, 163.19km², 5,928人
# (推計人口、2024年11月1日), 錦江湾, 稲尾岳 (国の天然記念物). Made up: the plan's name and period, the
# page, date, 課, every indicator, figure and note.
KI_BLOCKS = [
    (
        "基本目標１　活力ある産業を育て、しごとをつくる",
        [
            ("新規就農者数", "人", "3", "4", "6", "5", "5", "6"),
            ("町の農業産出額", "億円", "128.6", "133.2", "136.9", "135.0", "集計中", "137.0"),
            ("観光入込客数", "千人", "152.3", "160.8", "171.5", "175.0", "180.2", "200.0"),
        ],
    ),
    (
        "基本目標２　結婚・出産・子育ての希望をかなえる",
        [
            ("出生数", "人", "32", "28", "30", "33", "25", "35"),
            ("合計特殊出生率", "―", "1.71", "1.65", "1.58", "1.75", "1.60", "1.80"),
        ],
    ),
]
KI_REF = ("（参考）鹿児島県", "―", "1.54", "1.47", "1.46", "―", "1.43", "―")

KI_HEAD = """<thead>
<tr><th rowspan="2">成果指標</th><th rowspan="2">単位</th><th rowspan="2">策定時<br>（令和2年度）</th><th>2022年度</th><th>2023年度</th><th colspan="2">2024年度</th><th rowspan="2">目標値<br>（令和8年度）</th></tr>
<tr><th>実績</th><th>実績</th><th>目標</th><th>実績</th></tr>
</thead>"""


def _ki_row(cells, cls="") -> str:
    name, unit, *vals = cells
    attr = f' class="{cls}"' if cls else ""
    return (
        f'<tr{attr}><th scope="row">{name}</th><td class="c">{unit}</td>'
        + "".join(f'<td class="num">{v}</td>' for v in vals)
        + "</tr>"
    )


def kinko_html() -> str:
    parts = []
    for goal, rows in KI_BLOCKS:
        body = [_ki_row(row) for row in rows]
        if goal.startswith("基本目標２"):
            body.append(_ki_row(KI_REF, "sanko"))
        rows_html = "\n".join(body)
        parts.append(
            f"<h2>{goal}</h2>\n<table>\n{KI_HEAD}\n<tbody>\n{rows_html}\n</tbody>\n</table>"
        )
    tables = "\n".join(parts)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>第2次錦江町総合振興計画 後期基本計画 成果指標の達成状況（令和6年度） - 錦江町</title>
<style>
body {{ font-family: "IPAexGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
thead th {{ background: #d9d9d9; }}
tbody th {{ text-align: left; font-weight: normal; }}
tr.sanko th, tr.sanko td {{ background: #f2f2f2; font-size: 9pt; color: #444; }}
td.num {{ text-align: right; }}
td.c {{ text-align: center; }}
</style>
</head>
<body>
<nav><ol class="breadcrumb"><li><a href="/">ホーム</a></li><li><a href="/gyosei/">町政情報</a></li><li><a href="/gyosei/keikaku/">計画・施策</a></li><li>成果指標の達成状況（令和6年度）</li></ol></nav>
<h1>第2次錦江町総合振興計画　後期基本計画　成果指標の達成状況（令和６年度）</h1>
<p class="date">更新日：2025年8月29日　担当：企画調整課</p>
<p>錦江町は、2005年（平成17年）3月22日に大根占町と田代町が合併して誕生した町で、面積は163.19km²、人口は5,928人（2024年11月1日現在の推計人口）です。西は錦江湾に面し、町の南部には国の天然記念物に指定された稲尾岳の照葉樹林が広がっています。</p>
<p>後期基本計画（令和4年度～令和8年度）に掲げた成果指標について、令和6年度（2024年度）の実績を取りまとめました。</p>
{tables}
<p>※「（参考）鹿児島県」の行は県全体の合計特殊出生率で、本町の成果指標ではありません。</p>
<p>※町の農業産出額の2024年度分は集計中です（2026年3月頃に確定する予定です）。</p>
<p>お問い合わせ：企画調整課 企画係</p>
</body>
</html>
"""


def kinko() -> Path:
    path = HERE / "kinko_seika_shihyo_r6.html"
    path.write_bytes(kinko_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (fukuchi, ainan):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {tabuse().name}")
    print(f"wrote {kinko().name}")


if __name__ == "__main__":
    main()
