"""Build the built documents of forms262/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/rokunohe_suchi_mokuhyo_r5.xlsx``, a 総合振興計画 数値目標 進捗 in the manner of 六戸町 (青森県):
  **a ``測定時点`` column** (``各年度（4月～翌3月）``, ``各年4月1日``, ``各年（1～12月）``, ``隔年（町民意識調査）``),
  **the era alone in the spanning group cell ``実績値（令和）`` over era-less ``3年度 | 4年度 | 5年度``**,
  an era-less ``基準値（元年度）`` and ``目標値（7年度）``, ``千羽``, ``―（調査なし）``; and the PDF;
* ``source/shichigahama_shisaku_hyoka_h30.xlsx``, a 長期総合計画 施策評価シート in the manner of 七ヶ浜町 (宮城県):
  **a ``年度`` group over bare two-digit years ``28 | 29 | 30 | 31 | 32``**, each indicator on a ``目標`` row and an
  ``実績`` row (``区分`` column), **the current year's actual marked in its cell ``54.0（見込）``**, ``千人``,
  a ``－`` actual, prose with the real 昼間人口比率; and the PDF;
* ``source/kuromatsunai_kofukin_kensho_r5.xlsx``, a 交付金 効果検証シート in the manner of 黒松内町 (北海道):
  **no period in any header: every value cell carries its value, unit and its own period in brackets**
  (``18人（R5.3末）``, ``60件（R5年度）``), ``約``, ``以上``, ``延べ``, ``累計`` inside the cells, a printed
  ``達成状況``, and a money table; and the PDF;
* ``kunimi_seika_shihyo_h30.html``, a 振興計画 成果指標 page in the manner of 国見町 (福島県):
  **period headers that are dates with a day (``H28.3.31`` … ``H31.3.31``) beside ``H30年度末`` / ``H32年度末``
  targets**, a ``施策`` column with ``rowspan``, ``億円``/``万人``, a relative target ``基準値から10%増``, and
  **a 事業費 row under the same date columns** inside the ``<tbody>``.

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
FIXED = dt.datetime(2026, 12, 5, 0, 0, 0)


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms262/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms262/build.py"
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
                    rb"\g<1>2026-12-05T00:00:00Z\g<2>",
                    data,
                )
            info = zipfile.ZipInfo(name, date_time=(2026, 12, 5, 0, 0, 0))
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
    with tempfile.TemporaryDirectory(prefix="forms262_soffice_") as tmp:
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


def _notes(ws, row: int, lines: list[str]) -> None:
    for i, line in enumerate(lines):
        _text(ws, row + i, 1, line, size=8)


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
    ws.row_dimensions[h].height = 22
    ws.row_dimensions[h + 1].height = 22


def _vals(ws, r, c0, vals, fmts=None) -> None:
    for j, v in enumerate(vals):
        fmt = (fmts or {}).get(j) or ("#,##0.0" if isinstance(v, float) else None)
        _put(ws, r, c0 + j, v, align="center" if v == "―" else "right", fmt=fmt)


# --------------------------------------------------------------------------------------------
# 六戸町 (青森県上北郡): 第5次六戸町総合振興計画 主要施策の数値目標 進捗状況（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (town.rokunohe.aomori.jp): the plan's name and period, the 将来像, the population 10,974人
# (令和2年5月末現在), にんにく and シャモロック as the town's products. Made up: the sheet, 課, every figure.
RK_ROWS = [
    ("1", "転入者数", "人", "各年度（4月～翌3月）", [412, 438, 451, 467, 470]),
    ("2", "年少人口（0～14歳）", "人", "各年4月1日", [1296, 1271, 1248, 1230, 1250]),
    ("3", "にんにく作付面積", "ha", "各年（1～12月）", [118, 121, 119, 124, 130]),
    ("4", "シャモロック出荷羽数", "千羽", "各年度末", [48.0, 51.2, 53.5, 55.1, 60.0]),
    (
        "5",
        "「住みやすい」と答えた町民の割合",
        "％",
        "隔年（町民意識調査）",
        [71.2, "―（調査なし）", 73.5, "―（調査なし）", 80.0],
    ),
]


def rokunohe() -> Path:
    wb, ws = _sheet("数値目標", [6, 32, 7, 20, 12, 11, 11, 11, 12])
    _text(
        ws,
        1,
        1,
        "第5次六戸町総合振興計画「ろくのへ未来計画2030」前期基本計画　主要施策の数値目標　進捗状況（令和5年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 9, "令和6年7月　六戸町総務課企画財政班", align="right")
    fields = [
        ("将来像", "恵みの大地と人が結び合う　やすらぎと感動の定住拠点・六戸"),
        ("計画期間", "令和3年度～令和12年度（前期基本計画：令和3年度～令和7年度）"),
        ("計画策定時の人口", "10,974人（令和2年5月末現在）"),
    ]
    r = 4
    for label, value in fields:
        _span(ws, r, 1, 2, label, header=True)
        _span(ws, r, 3, 9, value, align="left")
        ws.row_dimensions[r].height = 20
        r += 1
    _text(ws, 8, 1, "２　主要施策の数値目標", bold=True, size=11)
    _head2(
        ws,
        9,
        [
            (1, "No."),
            (2, "数値目標"),
            (3, "単位"),
            (4, "測定時点"),
            (5, "基準値\n（元年度）"),
            (9, "目標値\n（7年度）"),
        ],
        [(6, 8, "実績値（令和）", ["3年度", "4年度", "5年度"])],
    )
    r = 11
    for no, name, unit, when, vals in RK_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _put(ws, r, 4, when, size=8)
        for j, v in enumerate(vals):
            if isinstance(v, str):
                _put(ws, r, 5 + j, v, align="center", size=8)
            else:
                _put(ws, r, 5 + j, v, fmt="#,##0.0" if isinstance(v, float) else "#,##0")
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※測定時点が「各年4月1日」の指標は、翌年4月1日現在の値を当該年度の欄に記載しています。",
            "※No.5は町民意識調査（隔年実施）によるため、調査を行わない年度は「―（調査なし）」としています。",
            "※No.は本表の通し番号です。令和5年度の主要施策に係る事業費は1億2,860万円でした。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "rokunohe_suchi_mokuhyo_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 七ヶ浜町 (宮城県宮城郡): 七ヶ浜町長期総合計画 施策評価シート（平成30年度）
# --------------------------------------------------------------------------------------------

# Real (shichigahama.com/sousei/plan.html): the 長期総合計画, its 基本方針 うみ「自然との調和」 and the
# words 身近な自然とふれあい、人々が暮らしやすいまち, the 昼間人口比率 65.04% (平成22年国勢調査, 日本一低い).
# Made up: the sheet, 課, every indicator, figure and note.
SG_ROWS = [
    (
        "1",
        "海水浴場の入込客数",
        "千人",
        62.4,
        [65.0, 67.0, 69.0, 71.0, 73.0],
        [58.9, 66.2, "54.0（見込）", "", ""],
    ),
    (
        "2",
        "海岸清掃ボランティア参加者数",
        "人",
        320,
        [350, 380, 400, 420, 450],
        [362, 401, "415（見込）", "", ""],
    ),
    (
        "3",
        "ごみのリサイクル率",
        "％",
        18.2,
        [19.0, 20.0, 21.0, 22.0, 23.0],
        [18.6, 19.4, "－", "", ""],
    ),
    ("4", "不法投棄件数の減少", "件", 24, [22, 20, 18, 16, 15], [19, 21, "17（見込）", "", ""]),
]


def shichigahama() -> Path:
    wb, ws = _sheet("施策評価", [6, 30, 7, 11, 7, 10, 10, 10, 10, 10])
    _text(ws, 1, 1, "七ヶ浜町長期総合計画　施策評価シート（平成30年度）", bold=True, size=14)
    _text(ws, 2, 10, "平成31年3月　七ヶ浜町生活環境課", align="right")
    fields = [
        ("基本方針", "うみ　自然との調和", "担当課", "生活環境課"),
        (
            "施策名",
            "身近な自然とふれあい、人々が暮らしやすいまち",
            "総合評価",
            "Ｂ（おおむね順調）",
        ),
    ]
    r = 4
    for l1, v1, l2, v2 in fields:
        _span(ws, r, 1, 2, l1, header=True)
        _span(ws, r, 3, 6, v1, align="left")
        _span(ws, r, 7, 8, l2, header=True)
        _span(ws, r, 9, 10, v2)
        ws.row_dimensions[r].height = 20
        r += 1
    _span(ws, r, 1, 2, "施策の現状", header=True)
    _span(
        ws,
        r,
        3,
        10,
        "平成22年国勢調査の昼間人口比率は65.04％と日本一低く、町民が町内の海や緑にふれあう機会は限られています。海水浴場の再開や海岸清掃の取組により、交流人口の回復を図っています。",
        align="left",
    )
    ws.row_dimensions[r].height = 34
    _text(ws, 8, 1, "■成果指標の推移", bold=True, size=11)
    _head2(
        ws,
        9,
        [(1, "No."), (2, "成果指標"), (3, "単位"), (4, "基準値\n（H27）"), (5, "区分")],
        [(6, 10, "年度", ["28", "29", "30", "31", "32"])],
    )
    r = 11
    for no, name, unit, base, targets, actuals in SG_ROWS:
        for c, v in ((1, no), (2, name), (3, unit), (4, base)):
            if isinstance(v, (int, float)):
                _put(ws, r, c, v, fmt="#,##0.0" if isinstance(v, float) else "#,##0")
            else:
                _put(ws, r, c, v, align="center" if c != 2 else None)
            _put(ws, r + 1, c, None)
            _merge(ws, r, c, r + 1, c)
        for k, (word, vals) in enumerate((("目標", targets), ("実績", actuals))):
            _put(ws, r + k, 5, word, align="center")
            for j, v in enumerate(vals):
                if isinstance(v, str):
                    _put(ws, r + k, 6 + j, v, align="center" if v == "－" else "right")
                else:
                    _put(ws, r + k, 6 + j, v, fmt="#,##0.0" if isinstance(v, float) else "#,##0")
            ws.row_dimensions[r + k].height = 18
        r += 2
    _notes(
        ws,
        r + 1,
        [
            "※「（見込）」は平成31年2月末時点の見込値です。",
            "※No.3の平成30年度実績は、処理量の確定が翌年度となるため「－」としています。",
            "※平成30年度の本施策に係る事業費は23,415千円（当初予算）、成果指標は4項目です。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "shichigahama_shisaku_hyoka_h30.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 黒松内町 (北海道寿都郡): デジタル田園都市国家構想交付金 効果検証シート（令和5年度実施分）
# --------------------------------------------------------------------------------------------

# Real (広報くろまつない No.551 令和6年4月号, 町政執行方針): the 西予市 姉妹市町交流30周年 and 共同の移住フェア,
# the 若者定住促進生活応援助成金 and 奨学金返還助成金 (対象 40歳未満), 歌才自然の家 and ブナセンター.
# Made up: the sheet, the plan's name, 課, money, every KPI, figure and status.
KM_ROWS = [
    ("KPI①　移住相談件数", "42件（R4年度）", "60件（R5年度）", "71件（R5年度）", "達成"),
    (
        "KPI②　若者定住促進生活応援助成金の新規交付者数",
        "18人（R5.3末）",
        "25人（R6.3末）",
        "23人（R6.3末）",
        "未達成",
    ),
    (
        "KPI③　歌才自然の家・ブナセンターの利用者数",
        "約6,800人（R4年度）",
        "8,000人以上（R5年度）",
        "延べ8,315人（R5年度）",
        "達成",
    ),
    (
        "KPI④　町内のテレワーク・ワーケーション利用者数（累計）",
        "0人（R5.3末）",
        "累計120人（R8.3末）",
        "累計46人（R6.3末）",
        "―",
    ),
]
KM_COST = [
    ("西予市との共同移住フェア開催", "5,620"),
    ("若者定住促進生活応援助成金", "6,900"),
    ("ワーケーション受入環境整備", "5,720"),
    ("計", "18,240"),
]


def kuromatsunai() -> Path:
    wb, ws = _sheet("効果検証", [40, 18, 18, 18, 12])
    _text(
        ws,
        1,
        1,
        "デジタル田園都市国家構想交付金（地方創生推進タイプ）　効果検証シート（令和5年度実施分）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 5, "令和6年8月　黒松内町企画調整課", align="right")
    fields = [
        ("地域再生計画の名称", "ブナの里くろまつない移住定住・関係人口創出プロジェクト"),
        ("事業期間", "令和5年度～令和7年度（3か年）"),
        ("交付対象事業費（千円）", 18240),
        (
            "事業の概要",
            "姉妹市町交流30周年を迎えた愛媛県西予市と共同で移住フェアを開催するとともに、若者定住促進生活応援助成金・奨学金返還助成金（対象を40歳未満に拡大）により若者の定住を促す。",
        ),
    ]
    r = 4
    for label, value in fields:
        _put(ws, r, 1, label, header=True)
        _span(ws, r, 2, 5, value, align="left")
        ws.row_dimensions[r].height = 34 if label == "事業の概要" else 20
        r += 1
    _text(ws, 9, 1, "■重要業績評価指標（KPI）の達成状況", bold=True, size=11)
    for c, word in enumerate(
        ["重要業績評価指標（KPI）", "基準値", "目標値", "実績値", "達成状況"], 1
    ):
        _put(ws, 10, c, word, header=True)
    ws.row_dimensions[10].height = 20
    r = 11
    for row in KM_ROWS:
        for c, v in enumerate(row, 1):
            _put(ws, r, c, v, align="center" if c == 5 else ("right" if c > 1 else None))
        ws.row_dimensions[r].height = 26
        r += 1
    _notes(
        ws,
        r,
        [
            "※各欄の（　）内は、その数値の時点（「R5.3末」は令和5年3月31日現在、「R5年度」は令和5年度の1年間）です。",
            "※KPI④は令和5年度からの累計で、最終年度（令和7年度）末の目標に対する達成状況は「―」としています。",
            "※本計画のKPIは4項目（うち令和5年度達成2項目）です。",
        ],
    )
    r += 4
    _text(ws, r, 1, "■事業費の内訳（令和5年度、単位：千円）", bold=True, size=10)
    r += 1
    _put(ws, r, 1, "事業", header=True)
    _put(ws, r, 2, "事業費", header=True)
    for name, cost in KM_COST:
        r += 1
        _put(ws, r, 1, name, bold=name == "計")
        _put(ws, r, 2, cost, align="right", bold=name == "計")
    _page(ws, "portrait")
    path = SOURCE / "kuromatsunai_kofukin_kensho_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 国見町 (福島県伊達郡): 第5次国見町振興計画（後期計画） 成果指標の状況
# --------------------------------------------------------------------------------------------

# Real (town.kunimi.fukushima.jp/soshiki/2/160.html): the plan's name and period (H28–H32), 企画情報課, the
# 基本理念, 3つの政策・30の施策, the 政策 names with their subtitles, the 町民意識調査 (2,000人). Made up: the
# 施策, every indicator, figure, money and note.
KN_BLOCKS = [
    (
        "政策1　地域資源を活かしたまち～里まち・活力のまち・巡りのまち～",
        [
            (
                "1-1　農業の振興",
                [
                    ("認定農業者数", "人", "168", "172", "170", "175", "175", "180"),
                    (
                        "果樹（もも・あんぽ柿）の販売額",
                        "億円",
                        "12.4",
                        "13.1",
                        "11.8",
                        "12.9",
                        "13.5",
                        "基準値から10%増",
                    ),
                ],
            ),
            (
                "1-2　観光・交流の推進",
                [("道の駅の年間利用者数", "万人", "―", "―", "102.3", "98.6", "100.0", "110.0")],
            ),
        ],
        ("政策1の事業費（決算額・千円）", ["―", "412,300", "398,750", "455,120", "", ""]),
    ),
    (
        "政策2　人が輝くまち～思いやりのまち・人づくりのまち・生涯活躍のまち～",
        [
            (
                "2-1　子育て支援の充実",
                [("合計特殊出生率", "", "1.28", "1.31", "1.35", "1.33", "1.40", "1.45")],
            ),
        ],
        None,
    ),
]

KN_HEAD = """<thead>
<tr><th rowspan="2">施策</th><th rowspan="2">成果指標</th><th rowspan="2">単位</th><th>基準値</th><th colspan="3">実績値</th><th colspan="2">目標値</th></tr>
<tr><th>H28.3.31</th><th>H29.3.31</th><th>H30.3.31</th><th>H31.3.31</th><th>H30年度末</th><th>H32年度末</th></tr>
</thead>"""


def kunimi_html() -> str:
    parts = []
    for policy, groups, cost in KN_BLOCKS:
        rows = []
        for measure, inds in groups:
            for k, (name, unit, *vals) in enumerate(inds):
                head = f'<th rowspan="{len(inds)}" class="l">{measure}</th>' if k == 0 else ""
                rows.append(
                    f'<tr>{head}<td>{name}</td><td class="c">{unit}</td>'
                    + "".join(f'<td class="num">{v}</td>' for v in vals)
                    + "</tr>"
                )
        if cost is not None:
            label, vals = cost
            rows.append(
                f'<tr class="cost"><th colspan="3" class="l">{label}</th>'
                + "".join(f'<td class="num">{v}</td>' for v in vals)
                + "</tr>"
            )
        body = "\n".join(rows)
        parts.append(f"<h2>{policy}</h2>\n<table>\n{KN_HEAD}\n<tbody>\n{body}\n</tbody>\n</table>")
    tables = "\n".join(parts)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>第5次国見町振興計画（後期計画）成果指標の状況 - 国見町</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
th.l {{ text-align: left; background: #f2f2f2; }}
tr.cost td, tr.cost th {{ background: #fff2cc; }}
td.num {{ text-align: right; }}
td.c {{ text-align: center; }}
</style>
</head>
<body>
<p>トップページ &gt; 組織で探す &gt; 企画情報課 &gt; 第5次国見町振興計画（後期計画）成果指標の状況</p>
<h1>第5次国見町振興計画（後期計画）成果指標の状況</h1>
<p>掲載日：2019年7月1日　企画情報課</p>
<p>国見町では、「国見町民であることに喜びと誇りを持ち、心あわせて希望に満ちた未来を創るまち」を基本理念に、平成28年度から平成32年度までの後期計画（3つの政策・30の施策）を進めています。施策ごとに定めた成果指標について、平成30年度末までの状況をお知らせします。</p>
<p>表の日付は、その日現在の値（年間の数値は、その日に終わる年度の値）です。</p>
{tables}
<p>※道の駅は平成29年5月の開業のため、それ以前は「―」としています。</p>
<p>※果樹の販売額の目標（H32年度末）は「基準値から10%増」です。町民意識調査（平成27年9月、満18歳以上の町民2,000人）の結果も施策の評価に用いています。</p>
</body>
</html>
"""


def kunimi() -> Path:
    path = HERE / "kunimi_seika_shihyo_h30.html"
    path.write_bytes(kunimi_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (rokunohe, shichigahama, kuromatsunai):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {kunimi().name}")


if __name__ == "__main__":
    main()
