# ruff: noqa: E501
"""Build the built documents of forms280/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/ami_shisaku_hyoka_r5.xlsx``, a 総合計画 施策評価シート in the manner of 阿見町 (茨城県):
  form fields (施策番号, 施策名, 主管課, 事業費 in 千円, a count of the sheet's own indicators) over a
  成果指標 grid whose **actual columns are headed by the fiscal year's first and last day**
  (``実績値（R3.4.1～R4.3.31）``), a **baseline header with a footnote mark** (``基準値（H29※）``) whose
  note re-dates two rows, a ``目標値（R5年度末）`` month-end target and a ``―``; and the PDF;
* ``source/shisui_kpi_kensho_r6.xlsx``, a 総合戦略 KPI 検証シート in the manner of 酒々井町 (千葉県):
  基本目標 band rows, ``R5年度`` spanning ``目標 | 実績 | 差引`` and **``R6年度`` spanning
  ``目標 | 実績（4～6月）``** (a first-quarter actual under a full-year target), ``約`` and ``延べ``
  cells, a ``―`` and a count row of the sheet's own KPIs; and the PDF;
* ``source/itakura_kpi_jokyo_r6.xlsx``, a 総合戦略 KPI sheet in the manner of 板倉町 (群馬県):
  **era-less dotted month-end headers** (``2.3末``, ``4.3末`` … ``7.3末``) on a 令和 sheet, the
  same month-end under 実績値 and 目標値, **yearly flows (``千人／年``, ``人／年``) under those month-end
  headers**, a note saying so; and the PDF;
* ``toyooka_seika_shihyo_r3.html``, a 総合振興計画 成果指標 page in the manner of 豊丘村 (長野県):
  **every period header written with the Western year in tortoise-shell brackets**
  (``令和3〔2021〕年度``) and **a ``<small>`` second line with the fiscal year's months**
  (``（2021.4～2022.3）``), ``令和3`` under both 実績値 and 目標値, a ``―`` baseline, ``延べ``.

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
    wb.properties.creator = "forms280/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms280/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms280_soffice_") as tmp:
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


def _fields(ws, r, pairs, c_label_end, c_value_end):
    """Key-value form rows: each pair is (label, value) or a list of two pairs on one row."""
    for item in pairs:
        _put(ws, r, 1, item[0], header=True)
        if c_label_end > 1:
            _put(ws, r, c_label_end, None, header=True)
            _merge(ws, r, 1, r, c_label_end)
        _span(ws, r, c_label_end + 1, c_value_end, item[1], align="left")
        ws.row_dimensions[r].height = 20
        r += 1
    return r


# --------------------------------------------------------------------------------------------
# 阿見町 (茨城県): 第6次総合計画 施策評価シート（令和4年度実績）
# --------------------------------------------------------------------------------------------

# Real (阿見町第6次総合計画 広報版; 町勢要覧2015): the plan's name and its 将来像
# 「人と自然が織りなす，輝くまち」, 予科練平和記念館 opened 平成22年. Made up: the rest.
AM_ROWS = [
    ("1", "予科練平和記念館の入館者数", "人", "48,215", "31,760", "39,884", "50,000"),
    ("2", "観光入込客数", "千人", "1,412.6", "1,088.3", "1,236.9", "1,500.0"),
    ("3", "観光ボランティアガイドの登録者数", "人", "18", "23", "25", "25"),
    ("4", "観光施設の利用者満足度", "％", "71.5", "―", "76.2", "80.0"),
]


def ami() -> Path:
    wb, ws = _sheet("施策評価シート", [6, 34, 8, 13, 17, 17, 14])
    _text(ws, 1, 1, "令和5年度　施策評価シート（令和4年度実績）", bold=True, size=13)
    _text(ws, 2, 7, "令和5年8月　阿見町", align="right")
    r = _fields(
        ws,
        4,
        [
            ("計画名", "阿見町第6次総合計画（将来像：人と自然が織りなす，輝くまち）"),
            ("施策番号", "3-4"),
            ("施策名", "観光・交流の振興"),
            ("主管課", "商工観光課"),
            ("関係課", "生涯学習課、政策秘書課"),
            ("施策に係る事業費（R4決算・千円）", "98,420"),
            ("構成する事務事業数", "6事業"),
            ("R4実績で目標値に達した指標", "1／4指標"),
        ],
        2,
        7,
    )
    r += 1
    _text(ws, r, 1, "１　施策の概要", bold=True, size=11)
    r += 1
    _para(
        ws,
        r,
        1,
        7,
        "平成22年に開館した予科練平和記念館を核として、霞ケ浦や雄大な自然を活かした観光資源の磨き上げと情報発信を進め、"
        "町外からの来訪者の増加と町民との交流の拡大を図る。",
        34,
        border=True,
    )
    r += 2
    _text(ws, r, 1, "２　成果指標の推移", bold=True, size=11)
    r += 1
    heads = [
        "No.",
        "成果指標",
        "単位",
        "基準値（H29※）",
        "実績値\n（R3.4.1～R4.3.31）",
        "実績値\n（R4.4.1～R5.3.31）",
        "目標値\n（R5年度末）",
    ]
    for c, h in enumerate(heads, start=1):
        _put(ws, r, c, h, header=True)
    ws.row_dimensions[r].height = 30
    r += 1
    for no, name, unit, *vals in AM_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, vals)
        ws.row_dimensions[r].height = 20
        r += 1
    _notes(
        ws,
        r,
        [
            "※基準値は平成29年度の値。ただし、No.2は平成29年（1月～12月）の値、No.4は平成30年度来訪者アンケートの値。",
            "※No.2は茨城県観光客動態調査による。No.4の令和3年度は来訪者アンケートを実施していないため「―」。",
        ],
    )
    r += 3
    _text(ws, r, 1, "３　施策の評価", bold=True, size=11)
    r += 1
    r = _fields(
        ws,
        r,
        [
            ("評価", "B（おおむね順調に進んでいる）"),
            (
                "今後の方向性",
                "令和5年度は記念館の企画展を年4回に拡充し、入館者数5万人の回復を目指す。",
            ),
        ],
        2,
        7,
    )
    _page(ws, "portrait")
    path = SOURCE / "ami_shisaku_hyoka_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 酒々井町 (千葉県): 第2期総合戦略 KPI検証シート（令和6年8月）
# --------------------------------------------------------------------------------------------

# Real (酒々井町人口ビジョン 平成27年10月, 企画財政課; newsdaily.jp): 人口約2万人, 面積約19.0km²,
# JR成田線 酒々井駅, 「日本で一番古い町」. Made up: the sheet, the KPIs and every figure.
SH_GROUPS = [
    (
        "基本目標１　地域の魅力を活かした仕事をつくる",
        [
            ("1", "町内事業所の新規創業件数", "件", "4", "6", "5", "△1", "6", "2"),
            ("2", "町内観光施設の観光入込客数", "千人", "612", "650", "688", "38", "670", "171"),
        ],
    ),
    (
        "基本目標２　酒々井町への新しい人の流れをつくる",
        [
            ("3", "転入者数", "人", "1,012", "1,050", "約1,080", "約30", "1,060", "264"),
            ("4", "ふるさと納税寄附件数", "件", "1,845", "3,000", "4,126", "1,126", "3,500", "―"),
            (
                "5",
                "婚活イベントによるカップル成立数",
                "組",
                "3",
                "延べ12",
                "延べ10",
                "△2",
                "延べ15",
                "延べ11",
            ),
        ],
    ),
]


def shisui() -> Path:
    wb, ws = _sheet("KPI検証", [5, 32, 6, 11, 9, 9, 9, 9, 12])
    _text(
        ws,
        1,
        1,
        "第2期酒々井町まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）検証シート",
        bold=True,
        size=12,
    )
    _text(ws, 2, 9, "令和6年8月　酒々井町企画財政課", align="right")
    _para(
        ws,
        4,
        1,
        9,
        "本町は人口約2万人、面積約19.0km²のコンパクトな町で、JR成田線酒々井駅を中心に成田国際空港近郊のベッドタウンとして発展してきた"
        "「日本で一番古い町」です。第2期総合戦略（令和2年度～令和6年度）に掲げたKPIについて、令和5年度の実績と令和6年度の途中経過を検証しました。",
        44,
        border=True,
    )
    _text(ws, 6, 1, "■KPIの進捗状況", bold=True, size=11)
    h = 7
    _head2(
        ws,
        h,
        [(1, "No."), (2, "重要業績評価指標（KPI）"), (3, "単位"), (4, "基準値（R元）")],
        [
            (5, 7, "R5年度", ["目標", "実績", "差引"]),
            (8, 9, "R6年度", ["目標", "実績（4～6月）"]),
        ],
    )
    r = h + 2
    for band, rows in SH_GROUPS:
        _span(ws, r, 1, 9, band, align="left", bold=True, fill=LIGHT)
        ws.row_dimensions[r].height = 18
        r += 1
        for no, name, unit, *vals in rows:
            _put(ws, r, 1, no, align="center")
            _put(ws, r, 2, name)
            _put(ws, r, 3, unit, align="center")
            _vals(ws, r, 4, vals)
            ws.row_dimensions[r].height = 20
            r += 1
    _put(ws, r, 1, "", fill=SHADE)
    _span(ws, r, 2, 4, "（参考）R5目標を達成したKPIの数", align="left", fill=SHADE)
    _span(ws, r, 5, 7, "3／5", align="center", fill=SHADE)
    _span(ws, r, 8, 9, "―", align="center", fill=SHADE)
    r += 1
    _notes(
        ws,
        r,
        [
            "※差引は「実績－目標」。△はマイナスを示す。",
            "※R6年度の実績は第1四半期（4月～6月）の値であり、年度目標との比較は参考。No.4は寄附の集計が年度末のため「―」。",
            "※No.5は第2期戦略の開始（令和2年度）からの累計。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "shisui_kpi_kensho_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 板倉町 (群馬県): 総合戦略 KPIの状況（令和6年7月）
# --------------------------------------------------------------------------------------------

# Real (町長あいさつ, town.itakura.gunma.jp; furusato.jal.co.jp): 渡良瀬遊水地 (約33km², ラムサール条約
# 登録 平成24年7月), 都心まで約60km, 板倉ニュータウン, キュウリ・ナス等の施設園芸. Made up: the rest.
IT_ROWS = [
    (
        "1",
        "渡良瀬遊水地周辺の観光入込客数",
        "千人／年",
        "182.4",
        "126.0",
        "158.7",
        "171.3",
        "165.0",
        "200.0",
        "町観光協会調べ",
    ),
    (
        "2",
        "板倉ニュータウン産業用地の分譲区画数（累計）",
        "区画",
        "24",
        "31",
        "35",
        "38",
        "38",
        "42",
        "町企画財政課",
    ),
    (
        "3",
        "施設園芸（キュウリ・ナス等）の新規就農者数",
        "人／年",
        "3",
        "2",
        "4",
        "3",
        "5",
        "5",
        "町農業委員会",
    ),
    (
        "4",
        "町の総人口（住民基本台帳）",
        "人",
        "14,735",
        "14,402",
        "14,268",
        "14,101",
        "14,200",
        "14,000",
        "住民基本台帳",
    ),
]


def itakura() -> Path:
    wb, ws = _sheet("KPIの状況", [5, 36, 9, 9, 9, 9, 9, 9, 9, 14])
    _text(ws, 1, 1, "板倉町まち・ひと・しごと創生総合戦略　KPIの状況", bold=True, size=13)
    _text(ws, 2, 10, "令和6年7月　板倉町", align="right")
    r = _fields(
        ws,
        4,
        [
            ("計画期間", "令和2年度～令和6年度（5年間）"),
            (
                "町の概況",
                "群馬県の最東南端、都心から約60kmに位置し、東部には約33km²の渡良瀬遊水地（平成24年7月ラムサール条約登録）が広がる。",
            ),
        ],
        2,
        10,
    )
    r += 1
    _text(ws, r, 1, "■重要業績評価指標（KPI）の状況", bold=True, size=11)
    r += 1
    _head2(
        ws,
        r,
        [(1, "No."), (2, "KPI"), (3, "単位"), (10, "出典")],
        [
            (4, 4, "基準値", ["2.3末"]),
            (5, 7, "実績値", ["4.3末", "5.3末", "6.3末"]),
            (8, 9, "目標値", ["6.3末", "7.3末"]),
        ],
    )
    r += 2
    for no, name, unit, *vals, src in IT_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, vals)
        _put(ws, r, 10, src, size=8)
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r,
        [
            "※各数値は年度末（3月31日）現在。No.1・No.3は当該年度（4月～翌3月）の年間値を、その年度末の欄に記載。",
            "※No.2の分譲区画数は全45区画中の累計。令和3年度は新型コロナウイルス感染症の影響により実績値が減少した。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "itakura_kpi_jokyo_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 豊丘村 (長野県): 第5次豊丘村総合振興計画 後期基本計画 成果指標の達成状況（令和3年度）
# --------------------------------------------------------------------------------------------

# Real (vill.nagano-toyooka.lg.jp): the plan's name and period 平成30〔2018〕年度～令和4〔2022〕年度, the
# catchphrase, 6,760人 / 2,129戸 (平成29年9月1日), 道の駅南信州とよおかマルシェ (開駅 2018年4月27日),
# 松茸. Made up: every indicator and figure.
TY_TABLES = [
    (
        "基本目標1　活力ある産業のむら",
        [
            (
                "道の駅南信州とよおかマルシェのレジ通過者数",
                "千人",
                "―",
                "168.2",
                "141.5",
                "152.9",
                "170.0",
                "180.0",
            ),
            ("松茸の出荷量", "t", "4.8", "3.1", "5.6", "2.4", "5.0", "5.0"),
            ("新規就農者数（累計）", "人", "12", "17", "19", "23", "22", "25"),
        ],
    ),
    (
        "基本目標2　安心して子育てができるむら",
        [
            ("合計特殊出生率", "", "1.72", "1.65", "1.58", "1.61", "1.70", "1.75"),
            (
                "子育て支援センターの利用者数",
                "人",
                "延べ4,120",
                "延べ3,980",
                "延べ2,210",
                "延べ2,845",
                "4,200",
                "4,300",
            ),
        ],
    ),
]

TY_YEARS = [
    ("令和元〔2019〕年度", "2019.4～2020.3"),
    ("令和2〔2020〕年度", "2020.4～2021.3"),
    ("令和3〔2021〕年度", "2021.4～2022.3"),
]


def _ty_table(title: str, rows) -> str:
    years = "".join(f"<th>{y}<br><small>（{m}）</small></th>" for y, m in TY_YEARS)
    head = (
        '<thead>\n<tr><th rowspan="2">成果指標</th><th rowspan="2">単位</th>'
        '<th rowspan="2">基準値<br>平成28〔2016〕年度</th>'
        '<th colspan="3">実績値</th><th colspan="2">目標値</th></tr>\n'
        f"<tr>{years}<th>令和3〔2021〕年度</th><th>令和4〔2022〕年度<br>（最終年度）</th></tr>\n</thead>"
    )
    body = []
    for name, unit, *vals in rows:
        tds = "".join(f'<td class="{"c" if v == "―" else "num"}">{v}</td>' for v in vals)
        body.append(f'<tr><td>{name}</td><td class="c">{unit}</td>{tds}</tr>')
    return (
        f"<h2>{title}</h2>\n<table>\n{head}\n<tbody>\n" + "\n".join(body) + "\n</tbody>\n</table>"
    )


def toyooka_html() -> str:
    tables = "\n".join(_ty_table(t, rows) for t, rows in TY_TABLES)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>第5次豊丘村総合振興計画 後期基本計画 成果指標の達成状況（令和3年度）｜豊丘村</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
td.num {{ text-align: right; }}
td.c {{ text-align: center; }}
small {{ font-size: 8pt; }}
</style>
</head>
<body>
<p>ホーム &gt; 村政情報 &gt; 計画・施策 &gt; 豊丘村総合振興計画</p>
<h1>第5次豊丘村総合振興計画 後期基本計画　成果指標の達成状況（令和3年度）</h1>
<p>令和4年7月1日更新　豊丘村 総務課 企画係</p>
<p>後期基本計画（平成30〔2018〕年度～令和4〔2022〕年度）では、将来像「ずっと ふるさと、もっと とよおか。」の実現に向けて、基本目標ごとに成果指標を設定しています。令和3年度の実績を取りまとめましたので公表します。なお、計画策定時の村の人口は6,760人、世帯数は2,129戸（平成29年9月1日現在）でした。</p>
{tables}
<p>※道の駅南信州とよおかマルシェは平成30年4月27日に開駅したため、基準値はありません（「―」）。</p>
<p>※子育て支援センターの利用者数は、各年度の延べ人数です。令和2年度は新型コロナウイルス感染症の影響により一部休館しました。</p>
</body>
</html>
"""


def toyooka() -> Path:
    path = HERE / "toyooka_seika_shihyo_r3.html"
    path.write_bytes(toyooka_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (ami, shisui, itakura):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {toyooka().name}")


if __name__ == "__main__":
    main()
