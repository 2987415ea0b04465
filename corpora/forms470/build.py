"""Build the documents of forms470/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/shintoku_kaso_tassei_r5.xlsx``, a 過疎地域持続的発展市町村計画 目標の達成状況 in the manner of
  新得町 (北海道上川郡): form fields over one grid ``No. | 目標（指標） | 単位 | 基準値（R2） | 実績値 (R3 | R4 |
  R5) | 目標値（R7） | 備考``, **a baseline cell that carries its own year, ``412.6（R元）``, explained in
  備考**, **a ``累計120`` five-year target beside single-year actuals**, **a ``※`` where the R5 actual
  should stand** and **a ``43.0（速報値）`` actual**; and the PDF (landscape);
* ``source/rokunohe_jimujigyo_hyoka_r5.xlsx``, a 事務事業評価シート in the manner of 六戸町 (青森県上北郡):
  a money grid (no records), then ``区分 | No. | 指標名 | 単位 | 令和２年度実績 | 令和３年度実績 |
  令和４年度目標 | 令和４年度実績 | 達成度 | 令和５年度目標`` with **a 達成度 column of ○/△/× and a legend**,
  ``以上`` targets, a 抑制 indicator (lower is better) and one row in full-width digits; and the PDF;
* ``source/tenei_sogo5_kouki_seika_r5.xlsx``, a 第５次総合計画 後期基本計画 成果指標 sheet in the manner of
  天栄村 (福島県岩瀬郡): ``基本目標 | No. | 成果指標（単位） | 基準値（R3） | R4実績 | R5目標 | R5実績 |
  R6見込 | 目標値（R8）``, **no 単位 column: each unit in parentheses at the end of the name, one name with
  a second, non-unit parenthesis**, **a note row inside the grid**, a biennial survey with ``―``; and the PDF;
* ``semboku_kaso_jiritsu_saishu_r2.html``, a 過疎地域自立促進計画 最終年度の達成状況 page in the manner of
  仙北市 (秋田県): **a ``目標値（H32）`` head (平成32年度, written before the era changed) beside a ``R2``
  actual head: the same fiscal year 2020**, ``万人`` in 単位, a ``中止`` cell, 達成 / 未達成.

These are re-typed forms of other municipalities, not their own files (README.md, SOURCES.tsv).
The XLSX and HTML files are byte-stable (fixed document dates, zip members rewritten with a fixed
timestamp). The PDFs carry LibreOffice's creation date, so they differ by that only.
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
FIXED = dt.datetime(2026, 12, 5, 0, 0, 0)


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms470/build.py"
    wb.properties.lastModifiedBy = "forms470/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    ws = wb.active
    ws.title = title
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    return wb, ws


def _put(ws, row, col, value, header=False, fmt=None, align=None, size=9, bold=False, fill=None):
    """A bordered cell; numbers stay numbers, with a number format."""
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
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            ws.cell(row=r, column=c).border = BORDER
    ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)


def _span(ws, row, c1, c2, value, header=False, **kw):
    cell = _put(ws, row, c1, value, header=header, **kw)
    for c in range(c1 + 1, c2 + 1):
        _put(ws, row, c, None, header=header)
    if c2 > c1:
        _merge(ws, row, c1, row, c2)
    return cell


def _text(ws, row, col, value, bold=False, size=9, align=None):
    cell = ws.cell(row=row, column=col, value=value)
    cell.font = Font(name=FONT, size=size, bold=bold)
    cell.alignment = Alignment(horizontal=align or "left", vertical="center")
    return cell


def _field(ws, row, c_label, c1, c2, label, value, height=18):
    """A bordered key-value form row: a shaded label cell, then the value merged over c1..c2."""
    _put(ws, row, c_label, label, header=True)
    if c1 - 1 > c_label:
        _span(ws, row, c_label, c1 - 1, label, header=True)
    _span(ws, row, c1, c2, value)
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


def _save(wb, path: Path) -> Path:
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
    return path


def to_pdf(xlsx: Path) -> None:
    """Convert a source XLSX to a PDF next to build.py (LibreOffice headless)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        print(f"soffice not found: {xlsx.with_suffix('.pdf').name} not rebuilt")
        return
    with tempfile.TemporaryDirectory(prefix="forms470_soffice_") as tmp:
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
# 新得町 (北海道上川郡): 過疎地域持続的発展市町村計画 目標の達成状況（令和５年度）
# --------------------------------------------------------------------------------------------

# Real: 1,063.83km², 約9割 forest, 5,319人 (住民基本台帳 2024-10-31), そば as the town's crop.
# Assumed: the plan's name and period (the 令和3年度～令和7年度 過疎計画 of 北海道's towns). Made up: 課,
# the sheet, the 新そば祭り visitor count, every indicator, value and note.
SH_ROWS = [
    # No., name, unit, baseline, R3, R4, R5, target R7, 備考
    (
        1,
        "移住者数",
        "人",
        18,
        21,
        25,
        31,
        "累計120",
        "目標値はR3～R7の5か年の累計。実績値は各年度の単年の人数",
    ),
    (2, "そば作付面積", "ha", 1050, 1080, 1120, 1095, 1200, ""),
    (
        3,
        "観光入込客数",
        "千人",
        "412.6（R元）",
        420.5,
        512.3,
        548.0,
        600.0,
        "R2はコロナ禍の影響が大きいため、基準値はR元の値とした",
    ),
    (
        4,
        "町営バス利用者数",
        "人",
        12480,
        11950,
        12300,
        "※",
        13000,
        "※R5.10から予約制乗合交通へ移行したため、通年で比較できる値なし",
    ),
    (
        5,
        "特定健康診査受診率",
        "％",
        38.5,
        40.1,
        42.6,
        "43.0（速報値）",
        60.0,
        "法定報告値はR6.11に確定",
    ),
]


def shintoku() -> Path:
    wb, ws = _sheet("達成状況", [5, 22, 7, 12, 10, 10, 12, 11, 44])
    _text(
        ws,
        1,
        1,
        "新得町過疎地域持続的発展市町村計画　目標の達成状況（令和５年度）",
        bold=True,
        size=14,
    )
    _text(ws, 2, 9, "令和6年9月　新得町 企画課", align="right")
    _text(ws, 4, 1, "１　計画の概要", bold=True, size=11)
    _field(ws, 5, 1, 3, 9, "計画の名称", "新得町過疎地域持続的発展市町村計画")
    _field(ws, 6, 1, 3, 9, "計画期間", "令和3年度～令和7年度（5か年）")
    _field(ws, 7, 1, 3, 9, "担当課", "企画課")
    _field(
        ws,
        8,
        1,
        3,
        9,
        "町の概況",
        "町の面積は1,063.83km²で、その約9割を森林が占める。人口は5,319人（令和6年10月31日現在、住民基本台帳）。"
        "開拓期から続くそばの栽培は町の畑作の柱であり、毎年9月の新そば祭りには町内外から約2万人が訪れる。",
        height=32,
    )
    _text(ws, 10, 1, "２　目標の達成状況", bold=True, size=11)
    h = 11
    for c, w in (
        (1, "No."),
        (2, "目標（指標）"),
        (3, "単位"),
        (4, "基準値\n（R2）"),
        (8, "目標値\n（R7）"),
        (9, "備考"),
    ):
        _put(ws, h, c, w, header=True)
        _put(ws, h + 1, c, None, header=True)
        _merge(ws, h, c, h + 1, c)
    _span(ws, h, 5, 7, "実績値", header=True)
    for j, w in enumerate(("R3", "R4", "R5")):
        _put(ws, h + 1, 5 + j, w, header=True)
    ws.row_dimensions[h].height = 18
    ws.row_dimensions[h + 1].height = 18
    r = h + 2
    for no, name, unit, *vals, note in SH_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate(vals):
            _put(ws, r, 4 + j, v, align="center" if v == "※" else "right")
        _put(ws, r, 9, note, size=8)
        ws.row_dimensions[r].height = 26
        r += 1
    _text(
        ws,
        r + 1,
        1,
        "※基準値は計画策定時の値（令和2年度）。ただし備考に記載のあるものを除く。",
        size=8,
    )
    _text(ws, r + 2, 1, "※町の人口・面積は参考であり、目標ではない。", size=8)
    _page(ws, "landscape")
    return _save(wb, SOURCE / "shintoku_kaso_tassei_r5.xlsx")


# --------------------------------------------------------------------------------------------
# 六戸町 (青森県上北郡): 令和５年度 事務事業評価シート（令和４年度実施事業）
# --------------------------------------------------------------------------------------------

# Real: 第5次六戸町総合振興計画「ろくのへ未来計画2030」 (令和3年度～令和12年度), the 事業名
# 定住促進新築住宅建設補助事業 (議会だより 第83号), the town between 八戸・三沢・十和田 (10 to 30 minutes by
# car), about 1万1千人. Made up: the sheet, number, 課, 施策, money, indicators, values, grades.
RO_ROWS = [
    # 区分, label, name, unit, R2実績, R3実績, R4目標, R4実績, 達成度, R5目標
    ("活動指標", "①", "補助交付件数", "件", 18, 21, "20以上", 24, "○", "25以上"),
    ("活動指標", "②", "住宅相談会の開催回数", "回", "２", "３", "４", "４", "○", "４"),
    ("成果指標", "①", "補助を受けて町外から転入した世帯数", "世帯", 7, 9, 10, 8, "△", 12),
    ("成果指標", "②", "20～39歳の転出超過数の抑制", "人", 41, 38, 30, 40, "×", 25),
]


def rokunohe() -> Path:
    wb, ws = _sheet("評価シート", [10, 5, 26, 7, 11, 11, 11, 11, 8, 11])
    _text(ws, 1, 1, "令和５年度　事務事業評価シート（令和４年度実施事業）", bold=True, size=14)
    _text(ws, 2, 10, "令和５年８月　六戸町", align="right")
    _field(ws, 4, 1, 2, 10, "事業番号", "2-3-01")
    _field(ws, 5, 1, 2, 10, "事務事業名", "定住促進新築住宅建設補助事業")
    _field(ws, 6, 1, 2, 10, "担当課", "まちづくり推進課")
    _field(
        ws,
        7,
        1,
        2,
        10,
        "総合振興計画の位置付け",
        "第5次六戸町総合振興計画「ろくのへ未来計画2030」前期基本計画　施策2-3　定住の促進",
        height=26,
    )
    _field(ws, 8, 1, 2, 10, "事業期間", "令和３年度～令和７年度")
    _field(
        ws,
        9,
        1,
        2,
        10,
        "事業の目的・概要",
        "本町は八戸市・三沢市・十和田市の三市から車で10分から30分の位置にあり、人口約1万1千人の町として三市のベッドタウンとなっている。"
        "町内に住宅を新築する子育て世帯等に対し、1件あたり最大100万円を補助し、定住を促進する。",
        height=44,
    )
    _text(ws, 11, 1, "１　事業費の推移（単位：千円）", bold=True, size=11)
    _span(ws, 12, 1, 4, "区分", header=True)
    for j, w in enumerate(("令和２年度決算", "令和３年度決算", "令和４年度決算")):
        _put(ws, 12, 5 + j, w, header=True)
    for rr, (label, vals) in enumerate(
        (("事業費", (18000, 21000, 24000)), ("うち一般財源", (9000, 10500, 12000))), start=13
    ):
        _span(ws, rr, 1, 4, label)
        for c, v in zip((5, 6, 7), vals):
            _put(ws, rr, c, v)
    _text(ws, 16, 1, "２　活動指標・成果指標", bold=True, size=11)
    heads = (
        "区分",
        "No.",
        "指標名",
        "単位",
        "令和２年度\n実績",
        "令和３年度\n実績",
        "令和４年度\n目標",
        "令和４年度\n実績",
        "達成度",
        "令和５年度\n目標",
    )
    for j, w in enumerate(heads):
        _put(ws, 17, 1 + j, w, header=True)
    ws.row_dimensions[17].height = 30
    r = 18
    for i, row in enumerate(RO_ROWS):
        kind, label, name, unit, *vals = row
        if i % 2 == 0:
            _put(ws, r, 1, kind, align="center")
            _put(ws, r + 1, 1, None)
            _merge(ws, r, 1, r + 1, 1)
        _put(ws, r, 2, label, align="center")
        _put(ws, r, 3, name)
        _put(ws, r, 4, unit, align="center")
        for j, v in enumerate(vals):
            _put(ws, r, 5 + j, v, align="center" if j == 4 else "right")
        ws.row_dimensions[r].height = 26
        r += 1
    _text(ws, r, 1, "達成度　○：目標を達成　△：目標の8割以上　×：目標の8割未満", size=8)
    _text(
        ws,
        r + 1,
        1,
        "※成果指標②は、住民基本台帳による20～39歳の転出者数から転入者数を引いた数（少ないほどよい）。",
        size=8,
    )
    _text(ws, r + 3, 1, "３　評価", bold=True, size=11)
    _field(ws, r + 4, 1, 2, 10, "評価", "B　概ね順調に進んでいる")
    _field(
        ws,
        r + 5,
        1,
        2,
        10,
        "評価の理由",
        "令和４年度は補助交付24件のうち8件が町外からの転入世帯であった。20～39歳の転出超過は40人と前年度より2人増えており、"
        "令和５年度から中古住宅の購入も補助対象に加える。",
        height=44,
    )
    _page(ws, "portrait")
    return _save(wb, SOURCE / "rokunohe_jimujigyo_hyoka_r5.xlsx")


# --------------------------------------------------------------------------------------------
# 天栄村 (福島県岩瀬郡): 第５次天栄村総合計画 後期基本計画 成果指標の進捗状況（令和５年度）
# --------------------------------------------------------------------------------------------

# Real: 第5次総合計画 (平成29年度から), 後期基本計画 (令和4年度～令和8年度), 将来像, the five fields of its
# 基本目標 (産業, 健康, 協働参画 …), 225.52km², 東西約36km, 5,194人 (2020年国勢調査), 羽鳥湖 (1956年完成),
# ブリティッシュヒルズ. Made up: 課, the sheet, the 基本目標 numbering, every indicator, value and note.
TE_GOALS = [
    (
        "基本目標１\n地域を活かした産業",
        [
            ("１", "認定農業者数（経営体）", 112, 110, 113, 108, 108, 115),
            ("２", "羽鳥湖周辺の観光入込客数（千人）", 318.4, 342.0, 350.0, 365.7, 370.0, 400.0),
        ],
    ),
    (
        "基本目標２\n支え合いながら築く健康",
        [
            ("３", "特定健康診査の受診率（％）", 47.2, 49.0, "52.0以上", 50.8, 52.0, "60.0以上"),
            (
                "４",
                "健康づくり教室（湯本・牧本・大里・広戸）の参加者数（延べ）（人）",
                1240,
                1385,
                1400,
                1502,
                1550,
                1600,
            ),
        ],
    ),
    (
        "基本目標５\n未来につなぐ協働参画",
        [
            (
                "５",
                "村の行事・地域活動に参加したことがある村民の割合（％）",
                41.0,
                "―",
                45.0,
                44.3,
                "―",
                50.0,
            ),
        ],
    ),
]


def tenei() -> Path:
    wb, ws = _sheet("成果指標", [15, 5, 48, 10, 9, 9, 9, 9, 10])
    _text(ws, 1, 1, "第５次天栄村総合計画　後期基本計画", bold=True, size=13)
    _text(ws, 2, 1, "成果指標の進捗状況（令和５年度）", bold=True, size=13)
    _text(ws, 3, 9, "令和6年8月　天栄村 総務課", align="right")
    _text(ws, 5, 1, "１　計画の概要", bold=True, size=11)
    _field(ws, 6, 1, 2, 9, "将来像", "自然と共に 人・未来を想像する村 てんえい")
    _field(
        ws,
        7,
        1,
        2,
        9,
        "計画期間",
        "基本構想　平成29年度～令和8年度（後期基本計画　令和4年度～令和8年度）",
    )
    _field(ws, 8, 1, 2, 9, "担当課", "総務課")
    _field(
        ws,
        9,
        1,
        2,
        9,
        "村の概要",
        "面積225.52km²、東西約36kmにわたり奥羽山脈をはさんで広がる。人口は5,194人（令和2年国勢調査）。"
        "1956年に完成した羽鳥湖の周辺には、温泉やブリティッシュヒルズなどの宿泊施設がある。",
        height=44,
    )
    _text(ws, 11, 1, "２　成果指標の進捗状況", bold=True, size=11)
    heads = (
        "基本目標",
        "No.",
        "成果指標（単位）",
        "基準値\n（R3）",
        "R4実績",
        "R5目標",
        "R5実績",
        "R6見込",
        "目標値\n（R8）",
    )
    for j, w in enumerate(heads):
        _put(ws, 12, 1 + j, w, header=True)
    ws.row_dimensions[12].height = 30
    r = 13
    for goal, rows in TE_GOALS:
        top = r
        for no, name, *vals in rows:
            _put(ws, r, 2, no, align="center")
            _put(ws, r, 3, name)
            for j, v in enumerate(vals):
                _put(ws, r, 4 + j, v, align="center" if v == "―" else "right")
            ws.row_dimensions[r].height = 30
            r += 1
            if no == "３":
                _put(ws, r, 2, None)
                _span(
                    ws,
                    r,
                    2,
                    9,
                    "※No.3は令和5年度から集団健診を年2回から3回に増やした。受診率の算定方法に変更はない。",
                    size=8,
                    fill=LIGHT,
                )
                ws.row_dimensions[r].height = 16
                r += 1
        _put(ws, top, 1, goal, align="center")
        for rr in range(top + 1, r):
            _put(ws, rr, 1, None)
        if r - 1 > top:
            _merge(ws, top, 1, r - 1, 1)
    _text(ws, r + 1, 1, "※R6見込は令和6年度の見込値。", size=8)
    _text(
        ws,
        r + 2,
        1,
        "※No.5は隔年の村民意識調査（奇数年度に実施）による。「―」は調査を実施しない年度。",
        size=8,
    )
    _page(ws, "portrait")
    return _save(wb, SOURCE / "tenei_sogo5_kouki_seika_r5.xlsx")


# --------------------------------------------------------------------------------------------
# 仙北市 (秋田県): 過疎地域自立促進計画（平成28年度～平成32年度）目標の達成状況（最終年度）
# --------------------------------------------------------------------------------------------

# Real: the plan's name and period (平成28年度～平成32年度, 平成28年3月), the 2005-09-20 merger of 田沢湖町・
# 角館町・西木村, 1,093.56km², 約8割 forest, 田沢湖 (水深423.4m), 25,646人 (令和2年). Made up: 課, page, date,
# every indicator, value and note.
SEMBOKU_HTML = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>仙北市過疎地域自立促進計画の目標の達成状況（最終年度）｜仙北市</title>
</head>
<body>
<nav class="breadcrumb">
<ol>
<li><a href="/">ホーム</a></li>
<li><a href="/shisei/">市政情報</a></li>
<li><a href="/shisei/keikaku/">計画・施策</a></li>
<li>過疎地域自立促進計画の目標の達成状況（最終年度）</li>
</ol>
</nav>
<main>
<h1>仙北市過疎地域自立促進計画の目標の達成状況（最終年度）</h1>
<p class="date">掲載日：2021年9月30日　担当：総合政策課</p>
<p>仙北市は、平成17年9月20日に田沢湖町・角館町・西木村が合併して誕生しました。総面積は1,093.56km²で、その約8割を森林が占め、市のほぼ中央には水深423.4mの田沢湖があります。令和2年の人口は25,646人です。</p>
<p>平成28年3月に策定した「仙北市過疎地域自立促進計画（平成28年度～平成32年度）」の計画期間が終わったため、計画に掲げた目標の達成状況をまとめました。</p>
<h2>計画に掲げた目標の達成状況</h2>
<table border="1">
<thead>
<tr><th rowspan="2">区分</th><th rowspan="2">指標</th><th rowspan="2">単位</th><th rowspan="2">策定時<br>（H26）</th><th colspan="5">実績値</th><th rowspan="2">目標値<br>（H32）</th><th rowspan="2">達成状況</th></tr>
<tr><th>H28</th><th>H29</th><th>H30</th><th>R元</th><th>R2</th></tr>
</thead>
<tbody>
<tr><th rowspan="2">産業の振興</th><td>観光客入込数</td><td>万人</td><td>585.2</td><td>590.1</td><td>602.4</td><td>596.8</td><td>571.3</td><td>294.6</td><td>600.0</td><td>未達成</td></tr>
<tr><td>新規就農者数</td><td>人</td><td>4</td><td>5</td><td>7</td><td>6</td><td>8</td><td>9</td><td>8</td><td>達成</td></tr>
<tr><th>交通通信体系の整備、情報化及び地域間交流の促進</th><td>光回線サービスの世帯カバー率</td><td>％</td><td>72.0</td><td>80.5</td><td>88.0</td><td>95.2</td><td>99.1</td><td>100.0</td><td>100.0</td><td>達成</td></tr>
<tr><th>生活環境の整備</th><td>水道普及率</td><td>％</td><td>88.4</td><td>88.9</td><td>89.3</td><td>89.8</td><td>90.1</td><td>90.4</td><td>92.0</td><td>未達成</td></tr>
<tr><th>高齢者等の保健及び福祉の向上及び増進</th><td>介護予防教室の参加者数（延べ）</td><td>人</td><td>3,120</td><td>3,350</td><td>3,480</td><td>3,610</td><td>3,205</td><td>中止</td><td>3,800</td><td>―</td></tr>
</tbody>
</table>
<p>※目標値は、計画策定時（平成28年3月）の表記のまま「H32」としています。H32は令和2年度（R2）にあたります。</p>
<p>※R2の介護予防教室は、新型コロナウイルス感染症の影響により全回中止しました。</p>
<p>※観光客入込数のR2の減少も、同感染症の影響によるものです。</p>
<p>後継の「仙北市過疎地域持続的発展計画」（令和3年度～令和7年度）の目標は、別ページでお知らせしています。</p>
</main>
</body>
</html>
"""


def semboku() -> Path:
    path = HERE / "semboku_kaso_jiritsu_saishu_r2.html"
    path.write_text(SEMBOKU_HTML, encoding="utf-8", newline="\n")
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (shintoku, rokunohe, tenei):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {semboku().name}")


if __name__ == "__main__":
    main()
