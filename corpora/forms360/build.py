"""Build the documents of forms360/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/uryu_shinko_shihyo_r6.xlsx``, a 振興基本計画 成果指標の進捗状況 in the manner of 雨竜町
  (北海道雨竜郡): form fields over ``No. | 成果指標 | 単位 | 策定時（H26） | 実績値 (R4 | R5 | R6) |
  目標値（H37） | R6の対前年度増減``, **a target dated in an era year that never happened (平成37年度 =
  令和7年度), with a note saying so**, and **a last column of year-on-year changes that look like values
  but are none**; and the PDF (landscape);
* ``source/numata_seika_chukan_r5.xlsx``, a 第6次総合計画 成果指標 中間検証 in the manner of 沼田町
  (北海道雨竜郡): 政策 cells merged down over their indicators, **a header band ``実績値（各年度末現在）``
  over ``R3 | R4 | R5`` that turns each fiscal-year column into a 3月末 date**, a baseline
  ``策定時（H31.3末）`` and **a mid-term target ``中間目標（R6.3末）`` that meets the ``R5`` actual**;
  and the PDF (portrait);
* ``source/moseushi_jimujigyo_hyoka_r6.xlsx``, a 事務事業評価シート in the manner of 妹背牛町
  (北海道雨竜郡): form fields, a 事業費 table, and **an indicator grid whose header puts the year over
  its 計画 / 実績 pair (``４年度 (計画 | 実績)`` …), years printed without their era**, a ``区分`` column
  merged over 活動指標 and 成果指標, and a value cell with words (``12（うち町外から7）``); and the PDF
  (portrait);
* ``nakatombetsu_sogo_shihyo_r5.html``, a 第8期総合計画 指標の状況 page in the manner of 中頓別町
  (北海道枝幸郡): breadcrumb, ``<h1>``, date line, a ``<table>`` with ``<th rowspan>`` 分野 cells,
  ``基準値（R2） | R4実績 | R5目標 | R5実績 | 達成状況 | 最終目標（R13）``, **an indicator whose name says
  lower is better (``…の減少``)**, a ``集計中`` actual and a ``―`` 達成状況.

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
FIXED = dt.datetime(2026, 12, 5, 0, 0, 0)


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms360/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms360/build.py"
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
        cell.number_format = fmt or ("#,##0" if isinstance(value, int) else "0.0")
    else:
        cell.alignment = Alignment(horizontal=align or "left", vertical="center", wrap_text=True)
    if fmt is not None:
        cell.number_format = fmt
    if fill is not None:
        cell.fill = fill
    return cell


def _merge(ws, r1: int, c1: int, r2: int, c2: int) -> None:
    """Merge a range; every cell of it keeps its border."""
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            ws.cell(row=r, column=c).border = BORDER
    ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)


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


def _field(ws, row, label, value, c_label, c1, c2, height=18):
    """A key-value form field: a shaded label cell and a merged value cell."""
    _put(ws, row, c_label, label, header=True)
    _put(ws, row, c1, value)
    for c in range(c1 + 1, c2 + 1):
        _put(ws, row, c, None)
    if c2 > c1:
        _merge(ws, row, c1, row, c2)
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
    print(f"wrote {path.relative_to(HERE)}")


def to_pdf(xlsx: Path) -> None:
    """Convert a source XLSX to a PDF next to build.py (LibreOffice headless)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        print(
            f"soffice not found: {xlsx.with_suffix('.pdf').name} not rebuilt (the XLSX was written)"
        )
        return
    with tempfile.TemporaryDirectory(prefix="forms360_soffice_") as tmp:
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


# --------------------------------------------------------------------------- 雨竜町

URYU_ROWS = [
    # No., name, unit, baseline, R4, R5, R6, target, change
    ("1", "うりゅう米の作付面積", "ha", "1,820", "1,905", "1,932", "1,948", "2,000", "+16"),
    ("2", "暑寒メロンの作付戸数", "戸", "31", "24", "22", "21", "30", "△1"),
    ("3", "新規就農者数（累計）", "人", "―", "7", "9", "12", "15", "+3"),
    ("4", "町内観光施設の入込客数", "千人", "５８．２", "41.5", "47.9", "52.3", "60.0", "+4.4"),
    (
        "5",
        "町民アンケートで「住み続けたい」と答えた人の割合",
        "％",
        "72.4",
        "―",
        "70.8",
        "―",
        "80.0",
        "―",
    ),
]


def build_uryu() -> Path:
    wb, ws = _sheet("成果指標", [6, 40, 7, 12, 11, 11, 11, 13, 15])
    _text(ws, 1, 1, "雨竜町振興基本計画　成果指標の進捗状況（令和6年度）", bold=True, size=14)
    _text(ws, 2, 9, "令和7年8月　雨竜町", align="right")
    _field(ws, 4, "計画名", "雨竜町振興基本計画（第5次雨竜町長期振興計画）", 1, 2, 5)
    _field(ws, 4, "担当課", "総務課", 6, 7, 9)
    _field(ws, 5, "計画期間", "平成28年度～平成37年度（10カ年）", 1, 2, 5)
    _field(
        ws,
        5,
        "副題",
        "こどもからお年寄りまで笑顔があふれ、未来に希望のもてるまちづくり",
        6,
        7,
        9,
        height=30,
    )
    _put(ws, 6, 1, "計画の概要", header=True)
    _para(
        ws,
        6,
        2,
        9,
        "本計画は、平成28年2月29日に雨竜町振興基本計画策定協議会から答申を受けて策定し、"
        "雨竜町総合戦略（平成27年～平成31年度・5カ年）及び雨竜町長期人口ビジョン（2040年・25年後）と一体で推進している。"
        "基幹産業である農業を軸に、良質・良食味米の産地づくりと特産品「暑寒メロン」の生産振興に取り組んでいる。",
        44,
        border=True,
    )
    _text(ws, 8, 1, "■基本目標１　産業振興による足腰の強い活力あるまちづくり", bold=True, size=11)
    h = 9
    for c, word in [(1, "No."), (2, "成果指標"), (3, "単位"), (4, "策定時\n（H26）")]:
        _put(ws, h, c, word, header=True)
        _put(ws, h + 1, c, None, header=True)
        _merge(ws, h, c, h + 1, c)
    _put(ws, h, 5, "実績値", header=True)
    for c in (6, 7):
        _put(ws, h, c, None, header=True)
    _merge(ws, h, 5, h, 7)
    for c, word in [(5, "R4"), (6, "R5"), (7, "R6")]:
        _put(ws, h + 1, c, word, header=True)
    for c, word in [(8, "目標値\n（H37）"), (9, "R6の対前年度\n増減")]:
        _put(ws, h, c, word, header=True)
        _put(ws, h + 1, c, None, header=True)
        _merge(ws, h, c, h + 1, c)
    ws.row_dimensions[h].height = 18
    ws.row_dimensions[h + 1].height = 18
    r = h + 2
    for row in URYU_ROWS:
        for c, value in enumerate(row, start=1):
            align = "center" if c in (1, 3) else ("left" if c == 2 else "right")
            _put(ws, r, c, value, align=align)
        ws.row_dimensions[r].height = 22
        r += 1
    notes = [
        "※目標値の「H37」は計画策定時（平成28年）の表記のままとしています。平成37年度は令和7年度（2025年度）に当たります。",
        "※「R6の対前年度増減」はR6実績値とR5実績値の差です（△は減少）。No.5は隔年調査のため、R4・R6は調査を行っていません。",
        "※No.4は道の駅を除く町内観光施設5か所の合計です。",
    ]
    for note in notes:
        _text(ws, r, 1, note, size=8)
        r += 1
    _page(ws, "landscape")
    ws.print_area = f"A1:I{r - 1}"
    path = SOURCE / "uryu_shinko_shihyo_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------- 沼田町

NUMATA_ROWS = [
    # 政策 (first row of its group) , name, unit, baseline, R3, R4, R5, mid target, final target
    ("子育て・教育", "認定こども園の在園児数", "人", "62", "55", "51", "49", "50", "55"),
    (None, "放課後児童クラブの登録児童数", "人", "28", "30", "31", "33", "30", "30"),
    ("農業・移住定住", "空き家バンクの登録物件数", "件", "6", "11", "14", "12", "15", "20"),
    (None, "町営住宅の入居率", "％", "88.5", "90.2", "91.0", "92.4", "92.0", "95.0"),
]


def build_numata() -> Path:
    wb, ws = _sheet("中間検証", [14, 30, 6, 11, 8, 8, 8, 11, 11])
    _text(ws, 1, 1, "沼田町第6次総合計画　成果指標 中間検証シート", bold=True, size=14)
    _text(ws, 2, 9, "令和6年7月　沼田町", align="right")
    _field(ws, 4, "計画名", "沼田町第6次総合計画", 1, 2, 9)
    _field(
        ws,
        5,
        "将来像",
        "子どもたちが誇りをもてる ふるさと創造 沼田町 ～夢とやさしさにあふれる 小さなまちの大きな挑戦～",
        1,
        2,
        9,
        height=30,
    )
    _field(ws, 6, "計画期間", "令和元年度～令和8年度（8年間）", 1, 2, 4)
    _field(ws, 6, "担当", "政策推進室", 5, 6, 9)
    _put(ws, 7, 1, "町の概況", header=True)
    _para(
        ws,
        7,
        2,
        9,
        "沼田町は空知管内の最北部に位置し、面積は283.35k㎡。人口は1970年（昭和45年）の8,177人から"
        "2020年（令和2年）の2,909人へと減少した。町民アンケート（平成30年9月）などの意見を踏まえ、"
        "令和元年度から8年間のまちづくりの指針として本計画を策定した。",
        44,
        border=True,
    )
    _text(ws, 9, 1, "２　成果指標の中間検証", bold=True, size=11)
    h = 10
    for c, word in [(1, "政策"), (2, "成果指標"), (3, "単位"), (4, "策定時\n（H31.3末）")]:
        _put(ws, h, c, word, header=True)
        _put(ws, h + 1, c, None, header=True)
        _merge(ws, h, c, h + 1, c)
    _put(ws, h, 5, "実績値（各年度末現在）", header=True)
    for c in (6, 7):
        _put(ws, h, c, None, header=True)
    _merge(ws, h, 5, h, 7)
    for c, word in [(5, "R3"), (6, "R4"), (7, "R5")]:
        _put(ws, h + 1, c, word, header=True)
    for c, word in [(8, "中間目標\n（R6.3末）"), (9, "最終目標\n（R9.3末）")]:
        _put(ws, h, c, word, header=True)
        _put(ws, h + 1, c, None, header=True)
        _merge(ws, h, c, h + 1, c)
    ws.row_dimensions[h].height = 22
    ws.row_dimensions[h + 1].height = 22
    r = h + 2
    for policy, *rest in NUMATA_ROWS:
        if policy is not None:
            _put(ws, r, 1, policy, align="center")
            _put(ws, r + 1, 1, None)
            _merge(ws, r, 1, r + 1, 1)
        for c, value in enumerate(rest, start=2):
            align = "center" if c == 3 else ("left" if c == 2 else "right")
            _put(ws, r, c, value, align=align)
        ws.row_dimensions[r].height = 24
        r += 1
    notes = [
        "※実績値は各年度の3月31日現在の数値です（R3は令和4年3月31日現在）。",
        "※中間目標は第6次総合計画の中間年（令和5年度末）、最終目標は計画終了時（令和8年度末）の値です。",
    ]
    for note in notes:
        _text(ws, r, 1, note, size=8)
        r += 1
    _page(ws, "portrait")
    ws.print_area = f"A1:I{r - 1}"
    path = SOURCE / "numata_seika_chukan_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------- 妹背牛町

MOSEUSHI_ROWS = [
    # 区分 (first row of its group), name, unit, (plan, actual) for ４年度, ５年度, ６年度
    ("活動指標", "移住相談件数", "件", ("30", "34"), ("30", "41"), ("40", "38")),
    (None, "住宅取得補助の交付件数", "件", ("8", "6"), ("8", "9"), ("10", "12（うち町外から7）")),
    ("成果指標", "補助制度を活用した転入者数", "人", ("15", "11"), ("15", "18"), ("20", "16")),
    (None, "定住促進住宅の入居率", "％", ("90.0", "85.7"), ("90.0", "92.9"), ("95.0", "100.0")),
]


def build_moseushi() -> Path:
    wb, ws = _sheet("評価シート", [10, 28, 6, 9, 12, 9, 9, 9, 16])
    _text(ws, 1, 1, "事務事業評価シート（令和６年度実施事業）", bold=True, size=14)
    _text(ws, 2, 9, "令和7年7月作成　妹背牛町", align="right")
    _field(ws, 4, "事務事業名", "定住等促進事業", 1, 2, 5)
    _field(ws, 4, "担当課", "企画振興課", 6, 7, 9)
    _field(
        ws,
        5,
        "総合計画上の位置付け",
        "人輝き、笑顔あふれるまち・もせうし　／　移住・定住の促進",
        1,
        2,
        9,
    )
    _field(ws, 6, "事業期間", "令和4年度～令和8年度", 1, 2, 5)
    _field(ws, 6, "会計区分", "一般会計", 6, 7, 9)
    _put(ws, 7, 1, "事業の目的", header=True)
    _para(
        ws,
        7,
        2,
        9,
        "本町は総面積48.64k㎡、北海道で3番目に小さな山のないまちである。国立社会保障・人口問題研究所の推計では、"
        "町の総人口は令和7年に2,348人まで減少するとされており、住宅取得への補助や移住相談を通じて転入と定住を促進する。",
        40,
        border=True,
    )
    ws.row_dimensions[5].height = 24
    _text(ws, 9, 1, "２　事業費の推移（単位：千円）", bold=True, size=11)
    for c, word in [(1, "区分"), (4, "４年度"), (6, "５年度"), (8, "６年度")]:
        _put(ws, 10, c, word, header=True)
    for c1, c2 in [(1, 3), (4, 5), (6, 7), (8, 9)]:
        for c in range(c1 + 1, c2 + 1):
            _put(ws, 10, c, None, header=True)
        _merge(ws, 10, c1, 10, c2)
    for i, (label, vals) in enumerate(
        [
            ("事業費", ("18,640", "21,305", "24,118")),
            ("うち一般財源", ("9,320", "10,652", "12,059")),
        ]
    ):
        r = 11 + i
        _put(ws, r, 1, label)
        _put(ws, r, 2, None)
        _put(ws, r, 3, None)
        _merge(ws, r, 1, r, 3)
        for (c1, c2), v in zip([(4, 5), (6, 7), (8, 9)], vals):
            _put(ws, r, c1, v, align="right")
            _put(ws, r, c2, None)
            _merge(ws, r, c1, r, c2)
    _text(ws, 14, 1, "３　活動指標・成果指標", bold=True, size=11)
    h = 15
    for c, word in [(1, "区分"), (2, "指標名"), (3, "単位")]:
        _put(ws, h, c, word, header=True)
        _put(ws, h + 1, c, None, header=True)
        _merge(ws, h, c, h + 1, c)
    for c, year in [(4, "４年度"), (6, "５年度"), (8, "６年度")]:
        _put(ws, h, c, year, header=True)
        _put(ws, h, c + 1, None, header=True)
        _merge(ws, h, c, h, c + 1)
        _put(ws, h + 1, c, "計画", header=True)
        _put(ws, h + 1, c + 1, "実績", header=True)
    r = h + 2
    for group, name, unit, *pairs in MOSEUSHI_ROWS:
        if group is not None:
            _put(ws, r, 1, group, align="center")
            _put(ws, r + 1, 1, None)
            _merge(ws, r, 1, r + 1, 1)
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for k, (plan, actual) in enumerate(pairs):
            _put(ws, r, 4 + 2 * k, plan, align="right")
            _put(ws, r, 5 + 2 * k, actual, align="right")
        ws.row_dimensions[r].height = 24
        r += 1
    _text(
        ws,
        r,
        1,
        "※年度はいずれも令和の年度です。６年度の住宅取得補助12件のうち7件は町外からの転入世帯です。",
        size=8,
    )
    r += 2
    _text(ws, r, 1, "４　評価", bold=True, size=11)
    r += 1
    _field(ws, r, "総合評価", "A　順調に推移している", 1, 2, 4)
    _put(ws, r, 5, "今後の方向性", header=True)
    _field(ws, r, "今後の方向性", "現状維持（制度を継続）", 5, 6, 9)
    _page(ws, "portrait")
    ws.print_area = f"A1:I{r}"
    path = SOURCE / "moseushi_jimujigyo_hyoka_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------- 中頓別町

NAKATOMBETSU_GROUPS = [
    (
        "教育「将来を生きる力を育むまち」",
        [
            ("中学生の町営学習塾の利用者数", "人", "12", "14", "15", "17", "達成", "20"),
            (
                "図書スペースの年間利用者数",
                "人",
                "約1,200",
                "1,480",
                "1,700",
                "1,655",
                "未達成",
                "2,500",
            ),
        ],
    ),
    (
        "しごと「多様な働き方ができるまち」",
        [
            ("生乳生産量", "t", "18,540", "18,210", "18,300", "17,960", "未達成", "18,500"),
            ("くらしごと窓口を通じた就業者数（延べ）", "人", "―", "5", "8", "9", "達成", "30"),
        ],
    ),
    (
        "福祉「安心して暮らし続けられるまち」",
        [
            ("町外医療機関への救急搬送件数の減少", "件", "52", "47", "45", "41", "達成", "40"),
            ("特定健康診査の受診率", "％", "48.2", "51.0", "55.0", "集計中", "―", "60.0"),
        ],
    ),
]


def _nakatombetsu_rows() -> str:
    out = []
    for field, rows in NAKATOMBETSU_GROUPS:
        for i, row in enumerate(rows):
            cells = []
            if i == 0:
                cells.append(f'<th scope="rowgroup" rowspan="{len(rows)}">{field}</th>')
            name, unit, *vals = row
            cells.append(f"<td>{name}</td>")
            cells.append(f'<td class="c">{unit}</td>')
            cells.extend(f'<td class="n">{v}</td>' for v in vals)
            out.append("        <tr>" + "".join(cells) + "</tr>")
    return "\n".join(out)


def build_nakatombetsu() -> Path:
    html = f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>第8期中頓別町総合計画 指標の状況（令和5年度） - 北海道中頓別町</title>
<style>
body {{ font-family: "Noto Sans CJK JP", sans-serif; font-size: 15px; margin: 1em 2em; }}
nav ol {{ list-style: none; padding: 0; }} nav li {{ display: inline; }} nav li + li::before {{ content: " > "; }}
table {{ border-collapse: collapse; }} th, td {{ border: 1px solid #666; padding: 4px 8px; }}
thead th {{ background: #e6eef5; }} td.n {{ text-align: right; }} td.c {{ text-align: center; }}
.date {{ text-align: right; }}
</style>
</head>
<body>
<header><p><a href="/">北海道中頓別町</a></p></header>
<nav aria-label="パンくずリスト">
  <ol>
    <li><a href="/">ホーム</a></li>
    <li><a href="/gyosei/">町政情報</a></li>
    <li><a href="/gyosei/keikaku/">計画・施策</a></li>
    <li>第8期中頓別町総合計画 指標の状況（令和5年度）</li>
  </ol>
</nav>
<main>
<h1>第8期中頓別町総合計画 指標の状況（令和5年度）</h1>
<p class="date">更新日：2024年10月18日　担当：総務課 企画グループ</p>
<p>中頓別町は、1921年（大正10年）に頓別村から分かれて中頓別村として発足し、1949年（昭和24年）に町制を施行しました。
人口は1,657人（2020年12月31日現在）で、町の中央には秀峰ピンネシリ岳がそびえています。
令和4年4月にスタートした第8期中頓別町総合計画（計画期間10年、キャッチフレーズ「小さな中頓別（まち）のしあわせをデザインする」）では、
「教育」「しごと」「福祉」の3つの分野を柱に指標を定めています。令和5年度の状況は次のとおりです。</p>
<h2>分野別の指標</h2>
<table>
  <thead>
    <tr><th scope="col">分野</th><th scope="col">指標</th><th scope="col">単位</th><th scope="col">基準値<br>（R2）</th><th scope="col">R4実績</th><th scope="col">R5目標</th><th scope="col">R5実績</th><th scope="col">達成状況</th><th scope="col">最終目標<br>（R13）</th></tr>
  </thead>
  <tbody>
{_nakatombetsu_rows()}
  </tbody>
</table>
<p>※達成状況は、R5実績がR5目標に達したものを「達成」としています。件数の減少を目指す指標は、実績が目標以下であれば「達成」です。</p>
<p>※特定健康診査の受診率（R5）は法定報告の確定（令和6年11月頃）後に掲載します。</p>
<p>※基準値の「約1,200」は図書スペース開設前の旧図書室の利用者数の概数です。</p>
</main>
<footer><p>このページに関するお問い合わせ：中頓別町役場 総務課 企画グループ</p></footer>
</body>
</html>
"""
    path = HERE / "nakatombetsu_sogo_shihyo_r5.html"
    path.write_text(html, encoding="utf-8", newline="\n")
    print(f"wrote {path.name}")
    return path


def main() -> None:
    no_pdf = "--no-pdf" in sys.argv[1:]
    for src in (build_uryu(), build_numata(), build_moseushi()):
        if not no_pdf:
            to_pdf(src)
    build_nakatombetsu()


if __name__ == "__main__":
    main()
