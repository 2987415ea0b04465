"""Build the built documents of forms29/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/izena_kensho_h27.xlsx``, a sheet in the manner of 伊是名村 (沖縄県) 「沖縄振興特別推進交付金事業
  （市町村分）検証シート【公表用】」 (予算額・執行額 in 千円 with 執行率, 活動目標 as 目標 / 実績 row pairs
  under era-less ``24年度`` … ``27年度`` with the target in brackets, the word ``実施`` as a target, a
  成果目標 row with a 基準値 and its year in brackets), and from it ``izena_kensho_h27.pdf``;
* ``source/iyoshi_jigo_hyoka_h26.xlsx``, a sheet in the manner of 伊予市 (愛媛県) 「地域再生計画（道整備交付金）
  事後評価調書」 (基準値 | 基準年度 | 中間目標値 | 年度 | 中間実績 | 最終目標値 | 年度 | 最終実績 | 事後評価 ○/×,
  base years ``H15~19平均値``, two labelled times in one cell, 千円 in the cells), and from it
  ``iyoshi_jigo_hyoka_h26.pdf``;
* ``source/kakamigahara_shisaku_h30.xlsx``, a sheet in the manner of 各務原市 (岐阜県) 総合計画の施策評価
  (客観的指標 / 主観的指標 merged down a 区分 column, 万人 in the 単位 column, ``―`` for a year without a
  survey, a ``（見込）`` value, 順調 / 順調でない), and from it ``kakamigahara_shisaku_h30.pdf``;
* ``kusatsu_senkogata_h27.html``, a page in the manner of 草津市 (滋賀県) 「地方創生先行型」対象事業一覧
  (事業効果 and 今後の方針 as numbers 1–4 with their legends, 交付金充当額 in 千円 with a 合計 row,
  ``千人`` in the cells, a 事業 with two KPIs).

The PDF steps are skipped, with a message, when ``soffice`` is not installed.
These are re-typed forms of other municipalities, not their own files (README.md, SOURCES.tsv).

The XLSX and HTML files are byte-stable: fixed document dates, and the zip members are
rewritten with a fixed timestamp. The PDFs carry LibreOffice's creation date, so they differ
by that only.
"""

# ruff: noqa: E501

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
    wb.properties.creator = "forms29/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms29/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms29_soffice_") as tmp:
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
# 伊是名村 (沖縄県): 沖縄振興特別推進交付金事業（市町村分）検証シート — 目標 / 実績 の行の組、年号のない年度
# --------------------------------------------------------------------------------------------

# Real: the sheet's title and fields (1-① 観光地等クリーンアップ事業, 商工観光課, 平成24年度～33年度, the
# 事業内容 sentence, 第3章-3-(12)-ア, Ⅲ-1-(1)), the B.執行済額 and 執行率 figures, the two activity names,
# 15ヵ所 / 4ヵ所 / 実施. Made up: the years each figure stands under, the third activity, the 成果目標 row.
IZENA_MONEY = [
    ("(a)当初予算額", [48374, 32711, 35000, 35000, 35000]),
    ("B.執行済額", [17012, 22487, 24426, 26719, 28730]),
    ("執行率(%)(B/A)", ["35.6%", "73.1%", "74.7%", "76.3%", "97.1%"]),
]
IZENA_ACT = [
    (
        "観光ルート等の雑草の除去及び花木の植栽",
        ["15ヵ所", "15ヵ所", "実施", "実施"],
        ["15ヵ所", "15ヵ所", "実施", "実施"],
    ),
    (
        "植栽後の定期的な肥培管理の実施",
        ["4ヵ所", "4ヵ所", "4ヵ所", "4ヵ所"],
        ["4ヵ所", "4ヵ所", "4ヵ所", "3ヵ所"],
    ),
    (
        "村内イベント会場の清掃・美化活動",
        ["", "6回", "6回", "6回"],
        ["", "6回", "7回", "5回"],
    ),
]


def izena() -> Path:
    wb, ws = _sheet("検証シート", [13, 24, 11, 11, 11, 11, 11])
    _text(
        ws,
        1,
        1,
        "平成27年度沖縄振興特別推進交付金事業（市町村分）検証シート【公表用】",
        bold=True,
        size=12,
    )
    ws.row_dimensions[1].height = 22
    _put(ws, 2, 6, "市町村名", header=True)
    _put(ws, 2, 7, "伊是名村", align="center")
    r = 3
    _put(ws, r, 1, "事業番号・事業名", header=True)
    _put(ws, r, 2, "1-①　観光地等クリーンアップ事業")
    _span(ws, r, 3, 4, "担当部課名", header=True)
    _span(ws, r, 5, 7, "商工観光課")
    r += 1
    _put(ws, r, 1, "事業実施(予定)年度", header=True)
    _put(ws, r, 2, "平成24年度～33年度")
    _span(ws, r, 3, 4, "沖縄振興基本方針該当箇所", header=True)
    _span(ws, r, 5, 7, "Ⅲ-1-(1)　観光リゾート産業の振興")
    r += 1
    _put(ws, r, 1, "事業内容", header=True)
    _span(
        ws,
        r,
        2,
        7,
        "本村に数多く点在する史跡や文化財を地域資源として活用していくため、村内の各種イベントで使用する会場や観光施設、観光ルート等と併せて草刈作業や花壇等の環境整備を行いながら花木の植栽など美化活動を強化する。",
    )
    ws.row_dimensions[r].height = 42
    r += 1
    _put(ws, r, 1, "実施方法", header=True)
    _span(ws, r, 2, 7, "■直接実施　□委託　□補助　□負担　□その他（　　）")
    r += 2
    _text(ws, r, 1, "予算額・執行額", bold=True, size=10)
    _text(ws, r, 7, "【単位：千円】", align="right")
    r += 1
    _span(ws, r, 1, 2, "区分", header=True)
    for c, h in enumerate(["24年度", "24年度(繰越)", "25年度", "26年度", "27年度"], start=3):
        _put(ws, r, c, h, header=True)
    r += 1
    for label, vals in IZENA_MONEY:
        _span(ws, r, 1, 2, label)
        for c, v in enumerate(vals, start=3):
            _put(ws, r, c, v, align="right")
        r += 1
    _put(ws, r, 1, "予算の状況の説明", header=True)
    _span(ws, r, 2, 7, "・活動目標を達成しており、計画どおり執行でき適正であったと考える。")
    r += 2
    _text(ws, r, 1, "達成状況", bold=True, size=10)
    r += 1
    _put(ws, r, 1, "", header=True)
    _put(ws, r, 2, "H27活動目標（指標）", header=True)
    _put(ws, r, 3, "", header=True)
    for c, h in enumerate(["24年度", "25年度", "26年度", "27年度"], start=4):
        _put(ws, r, c, h, header=True)
    top = r + 1
    r += 1
    for name, targets, actuals in IZENA_ACT:
        _put(ws, r, 2, name)
        _put(ws, r + 1, 2, None)
        _merge(ws, r, 2, r + 1, 2)
        _put(ws, r, 3, "目　標", align="center")
        _put(ws, r + 1, 3, "実　績", align="center")
        for c, (t, a) in enumerate(zip(targets, actuals, strict=True), start=4):
            _put(ws, r, c, f"（{t}）" if t else "", align="center")
            _put(ws, r + 1, c, a, align="center")
        ws.row_dimensions[r].height = 20
        ws.row_dimensions[r + 1].height = 20
        r += 2
    _put(ws, top, 1, "活動目標\n（指標）\n及び達成状況", header=True)
    for rr in range(top + 1, r):
        _put(ws, rr, 1, None, header=True)
    _merge(ws, top, 1, r - 1, 1)
    _put(ws, r, 1, "達成状況説明", header=True)
    _span(
        ws,
        r,
        2,
        7,
        "観光ルート等の草刈り・植栽は計画どおり実施した。肥培管理は27年度に台風被害のため1か所で実施できなかった。",
    )
    ws.row_dimensions[r].height = 30
    r += 2
    heads = ["", "H27成果目標（指標）", "基準値", "（年度）", "H27目標", "H27実績", "達成状況"]
    for c, h in enumerate(heads, start=1):
        _put(ws, r, c, h, header=True)
    r += 1
    _put(ws, r, 1, "成果目標\n（指標）", header=True)
    _put(ws, r, 2, "島内観光施設の年間入込客数")
    for c, v in enumerate(["31,250人", "（23年度）", "36,000人", "34,872人", "未達成"], start=3):
        _put(ws, r, c, v, align="center")
    ws.row_dimensions[r].height = 30
    r += 1
    _text(ws, r, 1, "※24年度は、活動目標の設定なし。執行率は繰越分を含む。", size=8)
    _page(ws, "portrait")
    path = SOURCE / "izena_kensho_h27.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 伊予市 (愛媛県): 地域再生計画（道整備交付金）事後評価調書 — 平均値の基準年度、二つの所要時間、○ / ×
# --------------------------------------------------------------------------------------------

# Real: the form and its fields, the plan's name and period, every indicator and figure and ○ / ×, the
# remarks (shortened). Made up: the blank 中間 columns' presence, the ② text, the notes.
IYO_ROWS = [
    (
        "指標1",
        "集落幹線道路（市道稲荷下三谷線）の舗装改良率",
        "5%",
        "H20",
        "100%",
        "H24",
        "100%",
        "○",
        "計画的な舗装改良の実施により、目標値を達成した。",
    ),
    (
        "指標2",
        "双海町満野地域から双海地域事務所及び本庁までの所要時間",
        "満野→双海 20分\n満野→本庁 40分",
        "H20",
        "満野→双海 17分\n満野→本庁 37分",
        "H26",
        "満野→双海 16分\n満野→本庁 30分",
        "○",
        "市道満野法師線の道路改良工事実施により、集落から市街地へのアクセス改善がなされ、目標値を達成した。",
    ),
    (
        "指標3",
        "間伐実施面積の増加",
        "20ha",
        "H20",
        "27ha",
        "H24",
        "31ha",
        "○",
        "林道整備を行った結果、森林施業の効率化が図れたことにより、目標値を達成できた。",
    ),
    (
        "指標4",
        "上灘地区における水産加工品の生産額",
        "239,839千円",
        "H15~19平均値",
        "276,557千円",
        "H20~24平均値",
        "223,666千円",
        "×",
        "基準年度より市場価格が1割程度下落したため、目標を達成できなかった。",
    ),
    (
        "指標5",
        "上灘地区における人口流出率",
        "7%",
        "H15~19",
        "6%",
        "H20~24",
        "7.9%",
        "×",
        "上灘地区においても過疎高齢化が著しく、現状では目標を下回った。",
    ),
]


def iyo() -> Path:
    wb, ws = _sheet("事後評価調書", [6, 22, 11, 8, 7, 5, 7, 11, 8, 11, 6, 26])
    _text(ws, 1, 1, "地域再生計画（道整備交付金）事後評価調書", bold=True, size=13)
    ws.row_dimensions[1].height = 24
    r = 3
    fields = [
        ("都道府県名", "愛媛県", "計画期間", "平成20年度～平成26年度"),
        (
            "評価責任者",
            "伊予市",
            "地域再生計画名",
            "「ひと・まち・自然が出会う郷（くに）」再生プラン",
        ),
    ]
    for k1, v1, k2, v2 in fields:
        _span(ws, r, 1, 2, k1, header=True)
        _span(ws, r, 3, 5, v1)
        _span(ws, r, 6, 8, k2, header=True)
        _span(ws, r, 9, 12, v2)
        ws.row_dimensions[r].height = 18
        r += 1
    _span(ws, r, 1, 2, "事業実施主体", header=True)
    _span(ws, r, 3, 12, "伊予市産業建設部土木管理課長、伊予市産業建設部農林水産課長")
    r += 2
    _text(ws, r, 1, "① 地域再生計画に記載した数値目標の実現状況", bold=True, size=10)
    r += 1
    heads = [
        "指標",
        "",
        "基準値",
        "基準年度",
        "中間目標値",
        "年度",
        "中間実績",
        "最終目標値",
        "年度",
        "最終実績",
        "事後評価",
        "最終目標値の実現状況に関する評価",
    ]
    for c, h in enumerate(heads, start=1):
        if c == 2:
            continue
        if c == 1:
            _span(ws, r, 1, 2, h, header=True)
        else:
            _put(ws, r, c, h, header=True)
    ws.row_dimensions[r].height = 30
    r += 1
    for label, name, base, by, target, ty, actual, grade, remark in IYO_ROWS:
        vals = [label, name, base, by, "", "", "", target, ty, actual, grade, remark]
        for c, v in enumerate(vals, start=1):
            if c == 12:
                _put(ws, r, c, v, size=8)
            elif c == 2:
                _put(ws, r, c, v)
            else:
                _put(ws, r, c, v, align="center")
        ws.row_dimensions[r].height = 44
        r += 1
    _text(
        ws,
        r,
        1,
        "※事後評価　○：最終目標値を達成　×：最終目標値を未達成。中間目標は設定していない。",
        size=8,
    )
    r += 2
    _text(ws, r, 1, "② 地域再生計画に記載した数値目標以外の波及効果の実現状況", bold=True, size=10)
    r += 1
    _span(ws, r, 1, 2, "指標1", header=True)
    _span(
        ws,
        r,
        3,
        12,
        "【林道整備】生活道路としても利便性が向上し、地域住民の通院・買物の負担が軽減された。",
    )
    ws.row_dimensions[r].height = 22
    _page(ws, "landscape")
    path = SOURCE / "iyoshi_jigo_hyoka_h26.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 各務原市 (岐阜県): 総合計画 施策評価 — 客観的指標 / 主観的指標、万人、調査なしの年、見込
# --------------------------------------------------------------------------------------------

# Real: 客観的指標 / 主観的指標, 市民満足度調査, 順調に推移している. Made up: the 施策, every indicator and figure.
KAKA_ROWS = [
    ("客観的指標", "市内の観光入込客数", "万人", 189.5, 192.3, 198.1, 201.4, 210.0, "順調"),
    ("客観的指標", "保育所等の待機児童数", "人", 12, 8, 3, 0, 0, "順調"),
    (
        "客観的指標",
        "市民1人1日当たりのごみ排出量",
        "g",
        862,
        871,
        868,
        "874（見込）",
        820,
        "順調でない",
    ),
    (
        "主観的指標",
        "各務原市に住み続けたいと思う市民の割合",
        "%",
        78.4,
        "―",
        80.1,
        79.6,
        85.0,
        "順調でない",
    ),
    (
        "主観的指標",
        "子育てしやすいまちだと思う市民の割合",
        "%",
        66.0,
        "―",
        68.2,
        70.5,
        75.0,
        "順調",
    ),
]


def kakamigahara() -> Path:
    wb, ws = _sheet("施策評価", [5, 11, 34, 7, 11, 9, 9, 13, 11, 11])
    _text(ws, 1, 1, "各務原市総合計画　施策評価シート（平成30年度）", bold=True, size=13)
    ws.row_dimensions[1].height = 24
    r = 3
    _span(ws, r, 1, 2, "施策", header=True)
    _span(ws, r, 3, 5, "2-1　にぎわいと魅力あるまちづくり")
    _span(ws, r, 6, 7, "担当課", header=True)
    _span(ws, r, 8, 10, "まちづくり推進課")
    r += 1
    _span(ws, r, 1, 2, "評価年度", header=True)
    _span(ws, r, 3, 5, "平成30年度（平成30年度末時点）")
    _span(ws, r, 6, 7, "施策事業費", header=True)
    _span(ws, r, 8, 10, "412,350千円")
    r += 2
    _text(ws, r, 1, "1　指標の達成状況", bold=True, size=10)
    r += 1
    h1 = r
    for c, h in [(1, "No."), (2, "区分"), (3, "指標名"), (4, "単位"), (5, "開始時\n（H27）")]:
        _put(ws, h1, c, h, header=True)
        _put(ws, h1 + 1, c, None, header=True)
        _merge(ws, h1, c, h1 + 1, c)
    _span(ws, h1, 6, 8, "実績値", header=True)
    for c, h in [(6, "H28"), (7, "H29"), (8, "H30")]:
        _put(ws, h1 + 1, c, h, header=True)
    for c, h in [(9, "目標値\n（H32）"), (10, "推移")]:
        _put(ws, h1, c, h, header=True)
        _put(ws, h1 + 1, c, None, header=True)
        _merge(ws, h1, c, h1 + 1, c)
    ws.row_dimensions[h1].height = 20
    ws.row_dimensions[h1 + 1].height = 18
    r = h1 + 2
    first = {}
    for i, (kind, name, unit, *vals, trend) in enumerate(KAKA_ROWS, start=1):
        _put(ws, r, 1, i, align="center")
        first.setdefault(kind, r)
        _put(ws, r, 2, kind if first[kind] == r else None, align="center")
        _put(ws, r, 3, name)
        _put(ws, r, 4, unit, align="center")
        for c, v in enumerate(vals, start=5):
            fmt = "0.0" if isinstance(v, float) else None
            _put(ws, r, c, v, fmt=fmt, align="center" if isinstance(v, str) else "right")
        _put(ws, r, 10, trend, align="center")
        ws.row_dimensions[r].height = 22
        r += 1
    _merge(ws, first["客観的指標"], 2, first["主観的指標"] - 1, 2)
    _merge(ws, first["主観的指標"], 2, r - 1, 2)
    notes = [
        "※客観的指標は、指標に関連する部署において平成30年度末時点の実績値を確認。主観的指標は、市民満足度調査（平成30年5月～6月実施）による。",
        "※主観的指標のH28欄「―」は、市民満足度調査を実施していない年度。H30のごみ排出量は見込値。",
        "※推移　順調：開始時と比較して目標値に向けて順調に推移している　順調でない：順調に推移していない",
    ]
    for n in notes:
        _text(ws, r, 1, n, size=8)
        r += 1
    _page(ws, "landscape")
    path = SOURCE / "kakamigahara_shisaku_h30.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 草津市 (滋賀県): 地方創生先行型 対象事業一覧 — 事業効果・今後の方針は番号、千人、合計行
# --------------------------------------------------------------------------------------------

# Real: the list's title, the columns 事業終了後の実績値 / 事業効果 / 実績値を踏まえた事業の今後について /
# 今後の方針 and the two legends (shortened). Made up: every 事業, 課, KPI and figure.
KUSA_ROWS = [
    (
        "1",
        "くさつ創業支援事業",
        "商工観光労政課",
        8500,
        [("創業塾受講者の創業件数", "10件", "12件")],
        "1",
        "3",
    ),
    (
        "2",
        "草津宿場まつり観光PR事業",
        "商工観光労政課",
        12000,
        [
            ("観光入込客数", "3,300千人", "3,412千人"),
            ("観光情報サイトのアクセス件数", "120,000件", "98,450件"),
        ],
        "2",
        "2",
    ),
    (
        "3",
        "子育て世代住宅取得支援事業",
        "住宅課",
        30000,
        [("市外からの転入世帯数", "50世帯", "41世帯")],
        "3",
        "2",
    ),
    (
        "4",
        "まちづくりセンター公衆無線LAN整備事業",
        "協働推進課",
        5200,
        [("無線LAN利用者数（月平均）", "1,000人", "―")],
        "―",
        "3",
    ),
]


def kusatsu_html() -> str:
    rows = []
    for no, prog, dept, money, kpis, effect, policy in KUSA_ROWS:
        n = len(kpis)
        rs = f' rowspan="{n}"' if n > 1 else ""
        for i, (kpi, target, actual) in enumerate(kpis):
            head = (
                f'<td{rs} class="c">{no}</td><td{rs}>{prog}</td><td{rs}>{dept}</td><td{rs} class="num">{money:,}</td>'
                if i == 0
                else ""
            )
            tail = (
                f'<td{rs} class="c">{effect}</td><td{rs} class="c">{policy}</td>' if i == 0 else ""
            )
            rows.append(
                f'<tr>{head}<td>{kpi}</td><td class="num">{target}</td><td class="num">{actual}</td>{tail}</tr>'
            )
    total = sum(r[3] for r in KUSA_ROWS)
    rows.append(
        f'<tr><td colspan="3" class="c">合計</td><td class="num">{total:,}</td><td colspan="5"></td></tr>'
    )
    body = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>草津市における「地域活性化・地域住民生活等緊急支援交付金（地方創生先行型）」対象事業一覧 | 草津市</title>
<style>
table {{ border-collapse: collapse; margin: 0.5em 0; }}
th, td {{ border: 1px solid #333; padding: 3px 6px; }}
th {{ background: #e8e8e8; }}
td.num {{ text-align: right; white-space: nowrap; }}
td.c {{ text-align: center; }}
p.note {{ font-size: 90%; }}
</style>
</head>
<body>
<h1>草津市における「地域活性化・地域住民生活等緊急支援交付金（地方創生先行型）」対象事業一覧</h1>
<p>草津市まち・ひと・しごと創生総合戦略の戦略目標を達成していく上で、交付金事業の具体的な成果目標（KPI）の効果を検証しました。</p>
<h2>対象事業の実績と評価</h2>
<table>
<tr><th rowspan="2">№</th><th rowspan="2">事業名</th><th rowspan="2">担当課</th><th rowspan="2">交付金充当額<br>（千円）</th><th rowspan="2">KPI（成果目標）</th><th rowspan="2">目標値<br>（平成28年3月末）</th><th colspan="2">事業終了後の実績値</th><th>実績値を踏まえた<br>事業の今後について</th></tr>
<tr><th>実績値<br>（平成28年3月末）</th><th>事業効果</th><th>今後の方針</th></tr>
{body}
</table>
<p class="note">※事業効果　1：本事業は地方創生に非常に効果的であった（指標が目標値を上回った）　2：本事業は地方創生に相当程度効果があった（目標値を相当程度（7割～8割）達成した）　3：本事業は地方創生に効果があった（事業開始前よりも改善した）　4：本事業は地方創生に対して効果がなかった</p>
<p class="note">※今後の方針　1：追加等更に発展させる　2：事業内容の見直し（改善）　3：事業の継続　4：事業の中止</p>
<p class="note">※№4の実績値は、機器の集計方法の変更により把握できなかった。</p>
<p>問い合わせ先：草津市 総合政策部 企画調整課</p>
</body>
</html>
"""


def kusatsu() -> Path:
    path = HERE / "kusatsu_senkogata_h27.html"
    path.write_bytes(kusatsu_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (izena, iyo, kakamigahara):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {kusatsu().name}")


if __name__ == "__main__":
    main()
