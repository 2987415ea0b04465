"""Build the built documents of forms202/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/shikaoi_shisaku_hyoka_r6.xlsx``, a 総合計画 施策評価シート in the manner of 鹿追町
  (北海道): **a form band whose labels stand in one shaded row and whose values stand in the row
  below** (施策番号, 施策名, 主管課, 関係課, 事業費), a 成果指標 grid with ``R6`` over ``目標 | 実績``,
  **a second grid dated by winter seasons** (``R4年度冬期`` … ``R7年度冬期``, 冬期 = 12月～翌年3月)
  with a 備考 column of dates, and **the 施策's evaluation and direction as checkbox fields**
  (``□Ａ 順調　☑Ｂ おおむね順調 …``, ``☑拡充　□現状維持 …``); and the PDF;
* ``source/shingo_kofukin_kensho_r5.xlsx``, a 交付金事業 効果検証シート in the manner of 新郷村
  (青森県): form fields, **one row per 事業 with its money and its KPIs side by side, each KPI in a
  repeated column group ``KPI① (指標 | 単位 | 目標値 | 実績値)`` / ``KPI② (…)``, the label standing
  only in the group header** (one 事業 has no KPI②: ``―`` in all four cells), **a per-row ``KPI達成数``
  column (``1／2``, ``2／2``, ``1／1``)**, **a target ``R4実績以上``**, undated 目標値/実績値 dated by
  the heading, a shaded 合計 row of money and the national effect wording; and the PDF;
* ``source/ugo_jimujigyo_hyoka_r5.xlsx``, a 事務事業評価シート in the manner of 羽後町 (秋田県):
  form fields, a cost block (事業費, 一般財源, 人件費 in 人工, トータルコスト), a 活動/成果 indicator
  grid whose final target is headed **``到達値（R7）``** (no 目標 word), ``中止`` and ``―`` cells, and
  a years-down grid of calendar years (``令和元年`` … ``目標（令和7年）``) with **a ``天候`` column of
  weather words for the three festival days** (``晴／晴／曇``) and a 備考 column; and the PDF;
* ``kawauchi_seika_shihyo_h30.html``, a 総合計画 成果指標 page in the manner of 川内村 (福島県): a
  ``<table class="outline">`` of village figures, one ``<h2>`` over a table with
  ``<th scope="rowgroup">`` 施策 cells, **a baseline headed by the lifting of the evacuation order,
  ``全域解除時（H28.6）``**, ``H30年度`` over ``目標 | 実績``, and **a ``主な事業（H30決算）`` column whose
  cell, spanning a 施策's rows, is a ``<ul>`` of 事業 with their money** (``…（62,400千円）``).

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
FIXED = dt.datetime(2026, 12, 10, 0, 0, 0)


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms202/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms202/build.py"
    ws = wb.active
    ws.title = title
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    return wb, ws


def _put(
    ws,
    row,
    col,
    value,
    header=False,
    fmt=None,
    align=None,
    size=9,
    bold=False,
    valign=None,
    fill=None,
):
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
    fill = kw.get("fill")
    for c in range(c1 + 1, c2 + 1):
        _put(ws, row, c, None, header=header, fill=fill)
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
                    rb"\g<1>2026-12-10T00:00:00Z\g<2>",
                    data,
                )
            info = zipfile.ZipInfo(name, date_time=(2026, 12, 10, 0, 0, 0))
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
    with tempfile.TemporaryDirectory(prefix="forms202_soffice_") as tmp:
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


def _head2(ws, h: int, singles, groups, height: float = 20) -> None:
    """A two-row header: ``singles`` (col, word) merged down, ``groups`` (c1, c2, word, lower words)."""
    for c, word in singles:
        _put(ws, h, c, word, header=True)
        _put(ws, h + 1, c, None, header=True)
        _merge(ws, h, c, h + 1, c)
    for c1, c2, word, lower in groups:
        _span(ws, h, c1, c2, word, header=True)
        for j, w in enumerate(lower):
            _put(ws, h + 1, c1 + j, w, header=True)
    ws.row_dimensions[h].height = height
    ws.row_dimensions[h + 1].height = height


def _vals(ws, r, c0, vals, fmts=None) -> None:
    for j, v in enumerate(vals):
        fmt = (fmts or {}).get(j) or ("#,##0.0" if isinstance(v, float) else None)
        _put(ws, r, c0 + j, v, align="right" if isinstance(v, (int, float)) else "center", fmt=fmt)


# --------------------------------------------------------------------------------------------
# 鹿追町 (北海道河東郡): 第7期鹿追町総合計画 施策評価シート（令和6年度実績）
# --------------------------------------------------------------------------------------------

# Real: the plan's name (第7期鹿追町総合計画, 令和7年度 町政執行方針), ジオパーク推進課, とかち鹿追ジオパーク
# (日本ジオパーク 2013年12月, 16か所の見どころ), しかりべつ湖コタン (1月下旬～3月下旬, on the frozen 然別湖).
# Made up: the sheet, 施策, 関係課, money, every indicator, figure, target, checkbox and note.
SK_ROWS = [
    (
        "1",
        "とかち鹿追ジオパーク・ビジターセンター入館者数",
        "人",
        18420,
        21305,
        23880,
        24000,
        25112,
        26000,
    ),
    ("2", "ジオガイド付きツアーの参加者数", "人", 1240, 1580, 1962, 2000, 1874, 2500),
    ("3", "町内宿泊施設の延べ宿泊者数", "千人泊", 96.4, 88.1, 97.5, 100.0, 103.2, 105.0),
]
SK_WINTER = [
    (
        "4",
        "しかりべつ湖コタンの来場者数",
        "人",
        31250,
        34810,
        36420,
        35000,
        38000,
        "R6年度冬期は1月24日～3月23日の59日間開村",
    ),
    ("5", "冬期の観光入込客数", "千人", 78.6, 84.2, 82.9, 90.0, 92.0, "12月～翌年3月の4か月計"),
]


def shikaoi() -> Path:
    wb, ws = _sheet("施策評価", [6, 34, 8, 11, 11, 11, 11, 11, 26])
    _text(ws, 1, 1, "第7期鹿追町総合計画　施策評価シート（令和6年度実績）", bold=True, size=14)
    _text(ws, 2, 9, "令和7年8月　鹿追町", align="right")
    # The form band: labels in one shaded row, values in the row below.
    band = [
        (1, 1, "施策番号", "4-2"),
        (2, 3, "施策名", "ジオパークを活かした観光の振興"),
        (4, 5, "主管課", "ジオパーク推進課"),
        (6, 7, "関係課", "商工観光課"),
        (8, 9, "施策の事業費（R6決算・千円）", 84260),
    ]
    for c1, c2, label, value in band:
        _span(ws, 4, c1, c2, label, header=True, size=8)
        _span(ws, 5, c1, c2, value, align="center" if isinstance(value, str) else "right")
    ws.row_dimensions[4].height = 22
    ws.row_dimensions[5].height = 22
    _span(ws, 6, 1, 2, "施策の目指す姿", header=True)
    _span(
        ws,
        6,
        3,
        9,
        "とかち鹿追ジオパーク（平成25年12月に日本ジオパークに認定）の16か所の見どころと、然別湖・しかりべつ湖コタンなどの資源を活かし、一年を通じて町を訪れる人を増やす。",
    )
    ws.row_dimensions[6].height = 34
    _text(ws, 8, 1, "１　成果指標の状況", bold=True, size=11)
    _head2(
        ws,
        9,
        [
            (1, "No."),
            (2, "成果指標"),
            (3, "単位"),
            (4, "基準値\n（R元）"),
            (9, "目標値\n（R7）"),
        ],
        [(5, 6, "実績値", ["R4", "R5"]), (7, 8, "R6", ["目標", "実績"])],
    )
    r = 11
    for no, name, unit, *vals, final in SK_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, vals)
        _put(ws, r, 9, final, fmt="#,##0.0" if isinstance(final, float) else None)
        ws.row_dimensions[r].height = 22
        r += 1
    _text(ws, 15, 1, "２　冬期観光の指標（冬期＝12月～翌年3月）", bold=True, size=11)
    _head2(
        ws,
        16,
        [(1, "No."), (2, "指標"), (3, "単位"), (9, "備考")],
        [
            (4, 6, "実績値", ["R4年度冬期", "R5年度冬期", "R6年度冬期"]),
            (7, 8, "目標値", ["R6年度冬期", "R7年度冬期"]),
        ],
    )
    r = 18
    for no, name, unit, *vals, note in SK_WINTER:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, vals)
        _put(ws, r, 9, note, size=8)
        ws.row_dimensions[r].height = 26
        r += 1
    _text(ws, 21, 1, "３　施策の評価", bold=True, size=11)
    checks = [
        (
            "施策の達成度",
            "□Ａ 順調　　☑Ｂ おおむね順調　　□Ｃ やや遅れている　　□Ｄ 遅れている",
            22,
        ),
        ("今後の方向性", "☑拡充　　□現状維持　　□縮小　　□統合・廃止", 22),
        (
            "評価の理由",
            "入館者数（25,112人）と延べ宿泊者数はR6目標を上回った。ガイド付きツアーは1,874人で目標の93.7％にとどまり、冬期の入込客数も目標に届かなかったため、ガイド育成（R6登録17人）と冬期の周遊商品の造成を拡充する。",
            40,
        ),
    ]
    r = 22
    for label, value, height in checks:
        _span(ws, r, 1, 2, label, header=True)
        _span(ws, r, 3, 9, value, valign="center")
        ws.row_dimensions[r].height = height
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※施策の達成度・今後の方向性は、該当する項目に☑を付しています。",
            "※No.3の単位「千人泊」は、延べ宿泊者数を千人泊単位で示したものです（町内11施設の集計）。",
            "※しかりべつ湖コタンは、結氷した然別湖の湖上に毎年1月下旬から3月下旬まで開設されます（昭和55年から）。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "shikaoi_shisaku_hyoka_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 新郷村 (青森県三戸郡): 交付金事業 効果検証シート（令和5年度実施分）
# --------------------------------------------------------------------------------------------

# Real: 青森県酪農発祥の地 (昭和8年の酪農組合), 新郷村ふるさと活性化公社 and its 飲むヨーグルト, キリストの墓,
# 新郷温泉館, 木の駅プロジェクト, the population 2,192人 / 895世帯 (2023-02-28). Made up: the sheet, date,
# 課, the 事業 names, money, every KPI, figure, count, effect word and note.
SG_ROWS = [
    (
        "1",
        "「青森県酪農発祥の地」ブランド発信事業",
        12480,
        6240,
        ("ふるさと活性化公社の乳製品販売額", "千円", 48000, 51260),
        ("飲むヨーグルトの村外出荷本数", "本", 60000, 57840),
        "1／2",
        "地方創生に相当程度効果があった",
    ),
    (
        "2",
        "キリストの里観光交流推進事業",
        8960,
        4480,
        ("観光入込客数", "千人", "R4実績以上", 101.3),
        ("新郷温泉館の入館者数", "人", 42000, 43615),
        "2／2",
        "地方創生に非常に効果的であった",
    ),
    (
        "3",
        "木の駅プロジェクト推進事業",
        3150,
        1575,
        ("木の駅への林地残材の出荷量", "t", 300, 312),
        ("―", "―", "―", "―"),
        "1／1",
        "地方創生に効果があった",
    ),
]


def shingo() -> Path:
    wb, ws = _sheet("効果検証", [5, 26, 10, 10, 24, 6, 10, 10, 22, 6, 9, 9, 8, 24])
    _text(
        ws,
        1,
        1,
        "デジタル田園都市国家構想交付金（地方創生推進タイプ）事業　効果検証シート（令和5年度実施分）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 14, "令和6年8月　新郷村総合戦略推進会議　資料3", align="right")
    _text(ws, 3, 14, "事務局：新郷村企画財政課", align="right")
    fields = [
        (
            "計画期間",
            "令和3年度～令和5年度（3か年）",
            "村の人口",
            "2,192人・895世帯（令和5年2月末現在）",
        ),
        (
            "交付対象事業費（R5・千円）",
            "24,590（うち交付金 12,295）",
            "検証機関",
            "新郷村総合戦略推進会議（委員10名）",
        ),
    ]
    r = 5
    for l1, v1, l2, v2 in fields:
        _span(ws, r, 1, 2, l1, header=True)
        _span(ws, r, 3, 6, v1)
        _span(ws, r, 7, 8, l2, header=True)
        _span(ws, r, 9, 14, v2)
        ws.row_dimensions[r].height = 20
        r += 1
    _text(ws, 8, 1, "■令和5年度の効果検証（事業別）", bold=True, size=11)
    _head2(
        ws,
        9,
        [(1, "No."), (2, "事業名"), (13, "KPI\n達成数"), (14, "事業の効果")],
        [
            (3, 4, "事業費（千円）", ["総事業費", "うち交付金"]),
            (5, 8, "KPI①", ["指標", "単位", "目標値", "実績値"]),
            (9, 12, "KPI②", ["指標", "単位", "目標値", "実績値"]),
        ],
        height=22,
    )
    r = 11
    for no, name, total, grant, k1, k2, count, effect in SG_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, total)
        _put(ws, r, 4, grant)
        for c0, (ind, unit, target, actual) in ((5, k1), (9, k2)):
            _put(ws, r, c0, ind, align="center" if ind == "―" else None)
            _put(ws, r, c0 + 1, unit, align="center")
            for j, v in enumerate((target, actual)):
                _put(
                    ws,
                    r,
                    c0 + 2 + j,
                    v,
                    align="right" if isinstance(v, (int, float)) or len(v) > 1 else "center",
                    fmt="#,##0.0" if isinstance(v, float) else None,
                    size=8 if isinstance(v, str) and len(v) > 1 else 9,
                )
        _put(ws, r, 13, count, align="center")
        _put(ws, r, 14, effect, size=8)
        ws.row_dimensions[r].height = 32
        r += 1
    _span(ws, r, 1, 2, "合計", align="center", fill=LIGHT, bold=True)
    _put(ws, r, 3, 24590, fill=LIGHT, bold=True)
    _put(ws, r, 4, 12295, fill=LIGHT, bold=True)
    for c in range(5, 15):
        _put(ws, r, c, "", fill=LIGHT)
    ws.row_dimensions[r].height = 20
    _notes(
        ws,
        r + 2,
        [
            "※KPI達成数は、事業ごとに設定したKPIのうち目標値を達成したものの数／設定したKPIの数です。",
            "※No.2 KPI①の目標値「R4実績以上」は、令和4年度の観光入込客数（98.7千人）を上回ることを目標とするものです。",
            "※No.3は、KPIを1つのみ設定しています（KPI②の欄は「―」）。",
            "※事業の効果は、推進会議（令和6年7月26日開催）の意見を踏まえた村の評価です。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "shingo_kofukin_kensho_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 羽後町 (秋田県雄勝郡): 令和5年度 事務事業評価シート
# --------------------------------------------------------------------------------------------

# Real: 西馬音内の盆踊 (国の重要無形民俗文化財, 毎年8月16日～18日), the population 13,825人 (令和2年国勢調査) and
# the area 230.78㎢. Made up: the sheet, 事業, 課, 事業番号, money, every indicator, figure, weather word and note.
UG_COST = [
    ("事業費", 3120, 8460, 9250, 9800),
    ("うち一般財源", 3120, 5460, 6250, 6800),
    ("人件費（0.5人工）", 3950, 4020, 4080, 4100),
    ("トータルコスト", 7070, 12480, 13330, 13900),
]
UG_ROWS = [
    ("活動", "首都圏等でのPRイベント出展回数", "回", 2, 4, 5, 5, 6),
    ("活動", "桟敷席の販売数", "席", "中止", 1180, 1300, 1256, 1500),
    ("成果", "盆踊り期間中の観覧者数", "千人", "中止", 105, 120, 128, 150),
    ("成果", "観覧者アンケートで「満足」と答えた人の割合", "％", "―", 82.4, 85.0, 81.7, 90.0),
]
UG_YEARS = [
    ("令和元年", 118, "晴／晴／曇", ""),
    ("令和2年", "中止", "―", "新型コロナウイルス感染症の影響により中止"),
    ("令和3年", "中止", "―", "同上"),
    ("令和4年", 105, "曇／晴／晴", "3年ぶりの開催"),
    ("令和5年", 128, "晴／晴／雨", "18日は雨天のため一部を屋内会場に変更"),
    ("令和6年", 136, "晴／曇／晴", "速報値"),
    ("目標（令和7年）", 150, "", ""),
]


def ugo() -> Path:
    wb, ws = _sheet("事務事業評価", [6, 34, 7, 11, 11, 11, 11, 12])
    _text(ws, 1, 1, "令和5年度　事務事業評価シート", bold=True, size=14)
    _text(ws, 2, 8, "令和6年9月　羽後町", align="right")
    _span(ws, 4, 1, 2, "事務事業名", header=True)
    _span(ws, 4, 3, 8, "西馬音内盆踊り観光振興事業", bold=True)
    pairs = [
        ("事業番号", "3-2-05", "担当課", "商工観光交流課"),
        ("事業期間", "平成28年度～", "会計", "一般会計"),
    ]
    r = 5
    for l1, v1, l2, v2 in pairs:
        _span(ws, r, 1, 2, l1, header=True)
        _span(ws, r, 3, 4, v1)
        _span(ws, r, 5, 6, l2, header=True)
        _span(ws, r, 7, 8, v2)
        ws.row_dimensions[r].height = 20
        r += 1
    _span(ws, 7, 1, 2, "事業の目的", header=True)
    _span(
        ws,
        7,
        3,
        8,
        "国の重要無形民俗文化財「西馬音内の盆踊」（毎年8月16日～18日）を町の観光資源として発信し、町外からの観覧者を増やして交流人口の拡大と地域経済の活性化を図る。",
    )
    ws.row_dimensions[7].height = 34
    _text(ws, 9, 1, "１　事業費の推移（単位：千円）", bold=True, size=11)
    _span(ws, 10, 1, 3, "区分", header=True)
    for j, w in enumerate(["R3決算", "R4決算", "R5決算", "R6予算", "備考"]):
        _put(ws, 10, 4 + j, w, header=True)
    r = 11
    for label, *vals in UG_COST:
        _span(ws, r, 1, 3, label, bold=label == "トータルコスト")
        _vals(ws, r, 4, vals)
        _put(ws, r, 8, "R3は盆踊り中止" if label == "事業費" else "")
        ws.row_dimensions[r].height = 18
        r += 1
    _text(ws, 16, 1, "２　事業の指標", bold=True, size=11)
    _head2(
        ws,
        17,
        [
            (1, "区分"),
            (2, "指標名"),
            (3, "単位"),
            (4, "R3実績"),
            (5, "R4実績"),
            (8, "到達値\n（R7）"),
        ],
        [(6, 7, "R5", ["計画", "実績"])],
    )
    r = 19
    for _kind, name, unit, *vals in UG_ROWS:
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, vals)
        ws.row_dimensions[r].height = 24
        r += 1
    for r1, word in ((19, "活動"), (21, "成果")):
        _put(ws, r1, 1, word, align="center")
        _put(ws, r1 + 1, 1, None)
        _merge(ws, r1, 1, r1 + 1, 1)
    _text(ws, 24, 1, "３　盆踊り期間の観覧者数の推移（主催者発表）", bold=True, size=11)
    _span(ws, 25, 1, 2, "年", header=True)
    _span(ws, 25, 3, 4, "観覧者数（千人）", header=True)
    _span(ws, 25, 5, 6, "天候（16日／17日／18日）", header=True)
    _span(ws, 25, 7, 8, "備考", header=True)
    ws.row_dimensions[25].height = 20
    r = 26
    for year, value, weather, note in UG_YEARS:
        _span(ws, r, 1, 2, year, align="center")
        _span(ws, r, 3, 4, value, align="right" if isinstance(value, int) else "center")
        _span(ws, r, 5, 6, weather, align="center")
        _span(ws, r, 7, 8, note, size=8)
        ws.row_dimensions[r].height = 18
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※観覧者数は、西馬音内盆踊り実行委員会による3日間の合計の推計値です。",
            "※「到達値」は、総合計画の前期計画の終了年度（R7）までに到達を目指す値です。",
            "※町の人口は13,825人（令和2年国勢調査）、総面積は230.78㎢です。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "ugo_jimujigyo_hyoka_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 川内村 (福島県双葉郡): 第四次川内村総合計画 成果指標の状況（平成30年度）
# --------------------------------------------------------------------------------------------

# Real: 第四次川内村総合計画 (平成25年3月), the 2019-06-01 figures (住民登録 2,599人, 村内居住 2,095人 = 80.6%, 震災後の
# 移住者 486人 = 23.2%), 3,038人 at the accident, the 2016-06 lifting of the last evacuation order (荻・貝ノ坂), the
# 工業団地 (2017-07). Made up: the page, date, 基本目標 and 施策 wording, every other figure, target, 事業 and money.
KW_GROUPS = [
    (
        "2-1",
        "帰村と定住の促進",
        [
            ("村内居住者数", "人", "1,840", "2,012", "2,100", "2,095", "2,300"),
            ("震災後の転入者数（累計）", "人", "268", "379", "450", "486", "600"),
        ],
        ["帰村・定住促進住宅整備事業（62,400千円）", "移住相談窓口運営事業（4,860千円）"],
    ),
    (
        "2-2",
        "働く場の確保",
        [
            ("工業団地の立地企業数", "社", "0", "4", "5", "5", "8"),
            ("村内企業の新規雇用者数", "人", "―", "31", "40", "36", "60"),
        ],
        ["工業団地企業立地補助金（48,200千円）"],
    ),
]


def kawauchi_html() -> str:
    rows = []
    for no, measure, inds, jigyo in KW_GROUPS:
        items = "".join(f"<li>{j}</li>" for j in jigyo)
        for i, (name, unit, *vals) in enumerate(inds):
            cells = []
            if i == 0:
                cells.append(f'<th scope="rowgroup" rowspan="{len(inds)}">{no}<br>{measure}</th>')
            cells.append(f'<th scope="row">{name}</th><td class="c">{unit}</td>')
            cells.extend(f'<td class="num">{v}</td>' for v in vals)
            if i == 0:
                cells.append(f'<td rowspan="{len(inds)}"><ul>{items}</ul></td>')
            rows.append("<tr>" + "".join(cells) + "</tr>")
    body = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>第四次川内村総合計画 成果指標の状況（平成30年度） - 川内村</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
thead th, table.outline th {{ background: #d9d9d9; }}
tbody th {{ text-align: left; font-weight: normal; }}
td.num {{ text-align: right; }}
td.c {{ text-align: center; }}
ul {{ margin: 0; padding-left: 1.2em; }}
</style>
</head>
<body>
<p>ホーム &gt; 村政情報 &gt; 計画・行政評価 &gt; 総合計画</p>
<h1>第四次川内村総合計画 成果指標の状況（平成30年度）</h1>
<p>令和元年7月10日更新　川内村 復興対策課</p>
<p>第四次川内村総合計画（平成25年3月策定）に掲げた成果指標について、平成30年度の実績を取りまとめました。</p>
<table class="outline">
<tr><th>住民登録人口</th><td>2,599人（令和元年6月1日現在）</td><th>うち村内居住者</th><td>2,095人（80.6％）</td></tr>
<tr><th>原発事故時の住民登録人口</th><td>3,038人</td><th>震災後の移住者</th><td>486人（村内居住者の23.2％）</td></tr>
</table>
<h2>基本目標2　ふるさとに戻り、住み続けられる村づくり</h2>
<table>
<thead>
<tr><th rowspan="2">施策</th><th rowspan="2">成果指標</th><th rowspan="2">単位</th><th rowspan="2">全域解除時<br>（H28.6）</th><th rowspan="2">H29年度<br>実績</th><th colspan="2">H30年度</th><th rowspan="2">目標値<br>（H34）</th><th rowspan="2">主な事業（H30決算）</th></tr>
<tr><th>目標</th><th>実績</th></tr>
</thead>
<tbody>
{body}
</tbody>
</table>
<p>※全域解除時は、村内に残っていた避難指示が解除された平成28年6月の値です（工業団地は平成29年7月に完成）。</p>
<p>※村内居住者数は各年度末の値、平成30年度実績のみ令和元年6月1日現在の値です。</p>
<p>※村内企業の新規雇用者数は、工業団地の立地企業への聞き取りによる各年度の数で、全域解除時は集計していません。</p>
</body>
</html>
"""


def kawauchi() -> Path:
    path = HERE / "kawauchi_seika_shihyo_h30.html"
    path.write_bytes(kawauchi_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (shikaoi, shingo, ugo):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {kawauchi().name}")


if __name__ == "__main__":
    main()
