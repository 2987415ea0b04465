"""Build the built documents of forms281/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/hayashima_teiju_shinchoku_r6.xlsx``, a 総合戦略 進捗管理シート in the manner of 早島町 (岡山県):
  form fields (視点, 担当課, 関係課, 事業費, 目標人口, a count of the sheet's own indicators) over a
  成果指標 grid with shaded 施策 heading rows, **a ``把握方法`` column whose text carries numbers**
  and **two status columns, ``前年度の達成状況`` and ``達成状況（R6）``**, a ``現状以上`` target; and the PDF;
* ``source/ochi_jimujigyo_hyoka_r5.xlsx``, a 事務事業評価シート in the manner of 越知町 (高知県): form
  fields (事業番号, 担当課, 担当者 with an extension), a 事業費・従事職員 table, then an 指標 grid with
  **a ``目標との乖離`` column of signed differences (``+3``, ``△470``)** and **an indicator whose value
  cells are merged into one ``…に統合`` remark**, ``延べ`` values; and the PDF;
* ``source/ooki_kpi_kensho_r5.xlsx``, a 総合戦略 KPI検証シート in the manner of 大木町 (福岡県): form
  fields with a prose 町の概況 and money, shaded 施策 rows, **an indicator replaced mid-plan, a
  ``旧指標（R4まで）`` row and a ``新指標（R5から）`` row under one No.**, **a ``目標値の設定理由`` column
  whose prose is full of numbers**, ``R5`` spanning ``目標 | 実績``, ``万円``, ``約6,050``; and the PDF;
* ``higashikushira_kpi_jokyo_r5.html``, a 総合戦略 KPI page in the manner of 東串良町 (鹿児島県):
  **a ``ダウンロード`` list of files with their sizes (``PDF：312KB``)** above the table and **a
  ``お問い合わせ`` box with postcode, 電話 and FAX** below it; rowspanned 基本目標 cells, a 担当課
  column, ``約`` values and a ``―`` actual.

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
    wb.properties.creator = "forms281/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms281/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms281_soffice_") as tmp:
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
# 早島町 (岡山県都窪郡): 早島町定住促進マスタープラン 進捗管理シート（令和6年度実績）
# --------------------------------------------------------------------------------------------

# Real (furusato-funding.jp/projects/2288, town.hayashima.lg.jp 人口ビジョン): the plan's name (早島町
# 定住促進マスタープラン = 総合戦略), 12,249人 (2015), the 2030 目標人口 13,500人, 400世帯1,200人規模の
# 転入, the viewpoint 「高い出生率を活かし、いち早く人口の安定を図る」, まちづくり企画課. Made up: the rest.
HY_ROWS = [
    ("施策1　結婚・出産・子育て支援の充実", None),
    (
        "1",
        "合計特殊出生率",
        "―",
        "人口動態統計（H30～R4の5年平均）",
        [1.86, 1.81, 1.79, 1.92],
        "未達成",
        "未達成",
    ),
    (
        "2",
        "子育て環境に満足している町民の割合",
        "％",
        "町民意識調査（無作為抽出2,000人、回答846人）",
        [58.3, 61.0, 63.4, "現状以上"],
        "達成",
        "―",
    ),
    ("施策2　駅周辺における定住環境の形成", None),
    (
        "3",
        "駅周辺への転入世帯数",
        "世帯",
        "転入届の集計（H28.4以降の累計、1世帯3人で換算）",
        ["―", "累計286", "累計331", 340],
        "達成",
        "未達成",
    ),
    (
        "4",
        "町の人口",
        "人",
        "H27は国勢調査、R5・R6は住民基本台帳（10月1日現在）",
        [12249, 12512, 12468, 12450],
        "達成",
        "達成",
    ),
]


def hayashima() -> Path:
    wb, ws = _sheet("進捗管理", [6, 30, 7, 34, 11, 10, 10, 11, 11, 11])
    _text(
        ws,
        1,
        1,
        "早島町定住促進マスタープラン（早島町まち・ひと・しごと創生総合戦略）　進捗管理シート（令和6年度実績）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 10, "令和7年8月　早島町まちづくり企画課", align="right")
    fields = [
        ("視点", "高い出生率を活かし、いち早く人口の安定を図る", "担当課", "まちづくり企画課"),
        ("関係課", "健康福祉課、子育て支援課、建設農林課", "R6関連事業費（千円）", 48210),
        (
            "目標人口",
            "2030年　13,500人（早島町人口ビジョン）",
            "成果指標の数",
            "4指標（うちR6達成 1）",
        ),
    ]
    r = 4
    for l1, v1, l2, v2 in fields:
        _span(ws, r, 1, 2, l1, header=True)
        _span(ws, r, 3, 5, v1, align="left")
        _span(ws, r, 6, 7, l2, header=True)
        _span(ws, r, 8, 10, v2, align="left", fmt="#,##0")
        ws.row_dimensions[r].height = 20
        r += 1
    _text(ws, 8, 1, "■成果指標（KPI）", bold=True, size=11)
    heads = [
        "No.",
        "成果指標",
        "単位",
        "把握方法",
        "策定時\n（H27）",
        "R5実績",
        "R6実績",
        "目標値\n（R6）",
        "前年度の\n達成状況",
        "達成状況\n（R6）",
    ]
    for c, h in enumerate(heads, start=1):
        _put(ws, 9, c, h, header=True)
    ws.row_dimensions[9].height = 30
    r = 10
    for row in HY_ROWS:
        if row[1] is None:
            _span(ws, r, 1, 10, row[0], fill=LIGHT, bold=True)
            ws.row_dimensions[r].height = 18
            r += 1
            continue
        no, name, unit, how, vals, prev, now = row
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _put(ws, r, 4, how, size=8)
        fmts = {j: "0.00" for j, v in enumerate(vals) if isinstance(v, float) and unit == "―"}
        _vals(ws, r, 5, vals, fmts)
        _put(ws, r, 9, prev, align="center")
        _put(ws, r, 10, now, align="center")
        ws.row_dimensions[r].height = 26
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※達成状況は、実績値が目標値以上のものを「達成」としています。No.2は目標値が文言（現状以上）のため判定していません（―）。",
            "※前年度の達成状況は、令和5年度進捗管理シートでの判定（R5目標値に対するもの）を再掲しています。",
            "※目標人口13,500人（2030年）は、駅周辺における400世帯1,200人規模の転入を前提としています。町民意識調査の回収率は42.3%です。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "hayashima_teiju_shinchoku_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 越知町 (高知県高岡郡): 事務事業評価シート（令和5年度実施事業）
# --------------------------------------------------------------------------------------------

# Real (zck.or.jp forum 33165, mykoho 広報おち 2023年10月号): 越知町まち・ひと・しごと創生総合戦略, the
# 横倉山自然の森博物館, its 4年度 入館者数 9,470人 and 5年度 7,954人 (8月31日現在), 「アウトドアなまち」,
# 4,998人 (2023年7月末). Made up: the sheet, its number, 課, money, staff and every other figure.
OC_ROWS = [
    ("活動指標", "ア", "企画展・自然観察会の開催回数", "回", [14, 15, 18], "+3", "達成"),
    ("成果指標", "イ", "博物館入館者数", "人", [9470, 12000, 11530], "△470", "未達成"),
    (
        "成果指標",
        "ウ",
        "来館者満足度（「満足」「やや満足」の割合）",
        "％",
        [88.4, 90.0, 91.2],
        "+1.2",
        "達成",
    ),
    (
        "成果指標",
        "エ",
        "学校連携授業の受入児童生徒数",
        "人",
        ["延べ312", 350, "延べ365"],
        "+15",
        "達成",
    ),
]


def ochi() -> Path:
    wb, ws = _sheet("事務事業評価", [10, 5, 34, 7, 11, 11, 11, 11, 10])
    _text(ws, 1, 1, "事務事業評価シート（令和5年度実施事業）", bold=True, size=14)
    _text(ws, 2, 9, "令和6年7月作成　越知町", align="right")
    fields = [
        ("事務事業名", "横倉山自然の森博物館管理運営事業"),
        ("事業番号", "4-2-03"),
        ("担当課", "生涯学習課"),
        ("担当者", "博物館係長（内線 352）"),
        (
            "総合戦略との関連",
            "越知町まち・ひと・しごと創生総合戦略　基本目標2（「アウトドアなまち」の推進）",
        ),
        ("事業期間", "平成9年度～（継続）"),
    ]
    r = 4
    for label, value in fields:
        _span(ws, r, 1, 2, label, header=True)
        _span(ws, r, 3, 9, value, align="left")
        ws.row_dimensions[r].height = 18
        r += 1
    r += 1
    _text(ws, r, 1, "１　事業費・従事職員", bold=True, size=11)
    r += 1
    for c1, c2, word in ((1, 4, "区分"), (5, 6, "R4決算"), (7, 8, "R5決算"), (9, 9, "R6予算")):
        _span(ws, r, c1, c2, word, header=True)
    r += 1
    money = [
        ("事業費（千円）", 48620, 51380, 52900),
        ("うち一般財源（千円）", 31240, 33010, 34150),
        ("従事職員（人工）　正職員", 1.5, 1.5, 1.5),
        ("従事職員（人工）　会計年度任用職員", 2.0, 2.0, 2.5),
    ]
    for label, *vals in money:
        _span(ws, r, 1, 4, label)
        for (c1, c2), v in zip(((5, 6), (7, 8), (9, 9)), vals, strict=True):
            _span(ws, r, c1, c2, v, fmt="0.0" if isinstance(v, float) else "#,##0")
        ws.row_dimensions[r].height = 18
        r += 1
    r += 1
    _text(ws, r, 1, "２　指標の状況", bold=True, size=11)
    r += 1
    heads = ["区分", "", "指標名", "単位", "R4実績", "R5目標", "R5実績", "目標との\n乖離", "評価"]
    for c, h in enumerate(heads, start=1):
        _put(ws, r, c, h, header=True)
    _merge(ws, r, 2, r, 3)
    ws.cell(row=r, column=2).value = "指標名"
    ws.row_dimensions[r].height = 28
    r += 1
    for kind, label, name, unit, vals, gap, grade in OC_ROWS:
        _put(ws, r, 1, kind, align="center")
        _put(ws, r, 2, label, align="center")
        _put(ws, r, 3, name)
        _put(ws, r, 4, unit, align="center")
        _vals(ws, r, 5, vals, {j: "0.0" for j, v in enumerate(vals) if isinstance(v, float)})
        _put(ws, r, 8, gap, align="right")
        _put(ws, r, 9, grade, align="center")
        ws.row_dimensions[r].height = 24
        r += 1
    _put(ws, r, 1, "成果指標", align="center")
    _put(ws, r, 2, "オ", align="center")
    _put(ws, r, 3, "VR体験機器の利用者数")
    _put(ws, r, 4, "人", align="center")
    _span(ws, r, 5, 9, "令和5年度から「イ　博物館入館者数」に統合", align="center", size=8)
    ws.row_dimensions[r].height = 24
    r += 1
    _notes(
        ws,
        r + 1,
        [
            "※目標との乖離＝R5実績－R5目標（△はマイナス）。評価は、R5実績がR5目標以上のものを「達成」としています。",
            "※入館者数は、令和5年8月31日現在で7,954人（4月～8月の5か月間）でした。",
            "※エの人数は、町内外の小中学校（R5は11校）の受入れの延べ人数です。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "ochi_jimujigyo_hyoka_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 大木町 (福岡県三潴郡): 総合戦略 KPI検証シート（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (pla-loop.jp, f-chousonkai.gr.jp, zck.or.jp forum 1112, bp.eco-capital.net): 人口13,824人・4,768世帯
# (令和2年国勢調査), もったいない宣言 (平成20年3月), おおき循環センター「くるるん」, 液肥「くるっ肥」年間約6000t,
# 29分別, 可燃ごみ H17比 約60%減, 道の駅おおき・くるるん夢市場, 環境課. Made up: the sheet, 課 roles, money,
# every KPI figure and the reasons.
OK_ROWS = [
    ("施策(1)　ごみの減量と資源化の推進", None),
    (
        "",
        "1",
        "資源化率",
        "％",
        [64.2, 65.0, 65.8, 66.0, 66.1, 70.0],
        "分別品目を27から29に増やし、年1.2ポイント程度の向上を見込む",
    ),
    (
        "旧指標\n（R4まで）",
        "2",
        "可燃ごみ収集量の削減",
        "t",
        [1185, 1150, 1128, "―", "―", 1000],
        "H17年度比約60%減の水準から、さらに15%削減する",
    ),
    (
        "新指標\n（R5から）",
        "2",
        "町民1人1日当たり可燃ごみ排出量の削減",
        "g",
        ["―", "―", "―", 225, 221, 210],
        "人口減少の影響を除くため、R5から1人1日当たりに変更（旧指標の1,000tは約200gに相当）",
    ),
    ("施策(2)　循環型農業と地産地消の推進", None),
    (
        "",
        "3",
        "液肥（くるっ肥）の農地散布量",
        "t",
        [5820, 5960, 6010, 6000, "約6,050", 6200],
        "製造量（年間約6,000t）の全量を農地へ還元する",
    ),
    (
        "",
        "4",
        "くるるん夢市場の売上額",
        "万円",
        [54200, 56800, 58100, 59000, 60350, 60000],
        "R元比で約1割の増加（5,400万円程度の上積み）",
    ),
]


def ooki() -> Path:
    wb, ws = _sheet("KPI検証", [10, 5, 30, 6, 10, 10, 10, 10, 10, 10, 40])
    _text(
        ws,
        1,
        1,
        "大木町まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）検証シート（令和5年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 11, "令和6年9月　大木町環境課", align="right")
    fields = [
        ("基本目標", "循環のまちづくりで、誇りを持てる暮らしをつくる"),
        (
            "町の概況",
            "人口13,824人、4,768世帯（令和2年国勢調査）。平成20年3月に「もったいない宣言（ゼロ・ウェイスト宣言）」を公表し、29分別によるごみの資源化を進めている。",
        ),
        ("関連事業費（R5決算・千円）", "21,350（うち交付金 10,675）"),
    ]
    r = 4
    for label, value in fields:
        _span(ws, r, 1, 3, label, header=True)
        _span(ws, r, 4, 11, value, align="left")
        ws.row_dimensions[r].height = 22
        r += 1
    _text(ws, 8, 1, "■KPIの検証", bold=True, size=11)
    _head2(
        ws,
        9,
        [
            (1, "区分"),
            (2, "No."),
            (3, "KPI"),
            (4, "単位"),
            (5, "基準値\n（R元）"),
            (6, "R3実績"),
            (7, "R4実績"),
            (10, "目標値\n（R6）"),
            (11, "目標値の設定理由"),
        ],
        [(8, 9, "R5", ["目標", "実績"])],
    )
    r = 11
    for row in OK_ROWS:
        if row[1] is None:
            _span(ws, r, 1, 11, row[0], fill=LIGHT, bold=True)
            ws.row_dimensions[r].height = 18
            r += 1
            continue
        kind, no, name, unit, vals, why = row
        _put(ws, r, 1, kind, align="center", size=8)
        _put(ws, r, 2, no, align="center")
        _put(ws, r, 3, name)
        _put(ws, r, 4, unit, align="center")
        _vals(ws, r, 5, vals)
        _put(ws, r, 11, why, size=8)
        ws.row_dimensions[r].height = 30
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※No.2は、令和5年度に指標を変更しました（旧指標はR4まで、新指標はR5から把握）。旧指標のR5は把握していません（―）。",
            "※液肥はおおき循環センター「くるるん」で生ごみ・し尿等から製造しています。R5実績は散布台帳からの概数です。",
            "※可燃ごみは平成17年度比で約60%減少しています（R4）。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "ooki_kpi_kensho_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 東串良町 (鹿児島県肝属郡): 総合戦略 KPIの達成状況（令和5年度実績） web page
# --------------------------------------------------------------------------------------------

# Real (kotobank 東串良, 東串良町勢要覧 2011 (happylibus.com/doc/570967), ja.wikipedia 東串良町): キュウリと
# ピーマンの指定産地, 唐仁古墳群, 柏原海岸のルーピン, 人口6,237 (2020), 企画課, the address, 電話 and FAX of the
# 役場. Made up: the page, its date, the 基本目標 wording, every KPI, figure, 課 per row and the file sizes.
HK_BLOCKS = [
    (
        "基本目標1<br>農業と水産業を核に、稼げるしごとをつくる",
        [
            ("ピーマン出荷量", "t", "4,820", "4,910", "5,030", "5,000", "農林水産課"),
            ("キュウリ出荷量", "t", "3,150", "3,020", "2,980", "3,300", "農林水産課"),
        ],
    ),
    (
        "基本目標2<br>唐仁古墳群と柏原海岸を活かし、ひとの流れをつくる",
        [
            ("唐仁古墳群の見学者数", "人", "1,250", "1,880", "2,140", "2,000", "社会教育課"),
            (
                "柏原海岸ルーピン祭りの来場者数",
                "人",
                "約6,000",
                "約7,500",
                "約8,000",
                "10,000",
                "企画課",
            ),
        ],
    ),
    (
        "基本目標3<br>安心して子どもを産み育てられるまちをつくる",
        [("出生数", "人", "41", "38", "―", "45", "保健福祉課")],
    ),
]


def higashikushira_html() -> str:
    rows = []
    for goal, inds in HK_BLOCKS:
        for i, (name, unit, *vals, dept) in enumerate(inds):
            head = f'<th rowspan="{len(inds)}" class="l">{goal}</th>' if i == 0 else ""
            cells = "".join(f'<td class="num">{v}</td>' for v in vals)
            rows.append(
                f'<tr>{head}<td>{name}</td><td class="c">{unit}</td>{cells}<td class="c">{dept}</td></tr>'
            )
    body = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>総合戦略 KPIの達成状況（令和5年度実績） - 東串良町</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
th.l {{ text-align: left; background: #f2f2f2; }}
td.num {{ text-align: right; }}
td.c {{ text-align: center; }}
div.contact {{ border: 1px solid #999; padding: 4px 8px; }}
</style>
</head>
<body>
<p>ホーム &gt; 町政情報 &gt; 計画・施策 &gt; 地方創生</p>
<h1>東串良町まち・ひと・しごと創生総合戦略 KPIの達成状況（令和5年度実績）</h1>
<p>更新日：2024年10月1日</p>
<p>第2期東串良町まち・ひと・しごと創生総合戦略（令和2年度～令和6年度）に掲げた重要業績評価指標（KPI）について、令和5年度の実績を取りまとめ、総合戦略推進委員会（委員12人）で検証しました。</p>
<h2>ダウンロード</h2>
<ul>
<li><a href="/material/files/kpi_r5.pdf">KPI達成状況一覧（令和5年度実績）（PDF：312KB）</a></li>
<li><a href="/material/files/iinkai_r6_1.pdf">令和6年度第1回総合戦略推進委員会 資料（PDF：1.2MB）</a></li>
</ul>
<h2>KPIの達成状況</h2>
<table>
<thead>
<tr><th>基本目標</th><th>KPI</th><th>単位</th><th>基準値<br>（R元）</th><th>R4実績</th><th>R5実績</th><th>目標値<br>（R6）</th><th>担当課</th></tr>
</thead>
<tbody>
{body}
</tbody>
</table>
<p>※出生数の令和5年度実績は集計中のため「―」としています。</p>
<p>※ルーピン祭りの来場者数は主催者発表の概数です。町の人口は6,237人（令和2年国勢調査）です。</p>
<div class="contact">
<h2>このページに関するお問い合わせ</h2>
<p>企画課 企画係<br>
〒893-1600 鹿児島県肝属郡東串良町川西1543<br>
電話：0994-63-3131　FAX：0994-63-3138</p>
</div>
</body>
</html>
"""


def higashikushira() -> Path:
    path = HERE / "higashikushira_kpi_jokyo_r5.html"
    path.write_bytes(higashikushira_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (hayashima, ochi, ooki):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {higashikushira().name}")


if __name__ == "__main__":
    main()
