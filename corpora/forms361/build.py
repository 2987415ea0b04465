"""Build the documents of forms361/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/komoro_jimu_hyoka_r6.xlsx``, a 事務事業評価シート in the manner of 小諸市 (長野県): form fields
  (事務事業名, 事業番号, 担当課, 第5次基本構想 with its period, prose with figures) over a two-row header
  ``区分 | No. | 指標名 | 単位 | 令和3年度 実績 | 令和4年度 実績 | 令和5年度 (目標 | 実績 | 達成率) | 令和7年度 目標``;
  a ``区分`` cell merged down over ``活動指標`` and over ``成果指標`` rows, whose ``No.`` restart at ①;
  a ``―※1`` cell explained by a note; and the PDF;
* ``nirasaki_seika_shihyo_r5.html``, a 総合計画 成果指標 page in the manner of 韮崎市 (山梨県): two
  ``<h2>`` 基本方向 over tables whose two-row ``<thead>`` puts each column's year under its role
  (``基準値`` over ``2021(R3)年度``), a 備考 column of figures that are no values, a baseline cell
  dated by its own bracket, ``85.0以上`` and a ``―`` baseline;
* ``source/itoigawa_senryaku_kensho_h30.xlsx``, a 総合戦略 KPI効果検証シート in the manner of 糸魚川市
  (新潟県), dated 令和元年 but with era-less 平成 years (a note says so), ``万人`` in 単位, ``累計``
  cells and a ◎/○/△ 評価 with its legend; and the PDF;
* ``source/himi_kgi_kpi_kensho_r6.xlsx``, a 第2期総合戦略 KGI・KPI評価検証シート in the manner of
  氷見市 (富山県): two grids under 基本戦略 headings, each with a shaded ``KGI（重要目標達成指標）``
  band row and a ``KPI（重要業績評価指標）`` band row, a 進捗率 column, a 担当課 column, ``△`` and
  ``±0``, ``延べ`` cells and a calendar-year note; and the PDF.

The PDF steps are skipped, with a message, when ``soffice`` is not installed.
These are re-typed forms of other municipalities, not their own files (README.md, SOURCES.tsv).
The XLSX and HTML files are byte-stable: fixed document dates, and the zip members are
rewritten with a fixed timestamp. The PDFs carry LibreOffice's creation date.
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
BAND = PatternFill("solid", fgColor="E8E8E8")
FONT = "IPAexGothic"
FIXED = dt.datetime(2026, 12, 5, 0, 0, 0)


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms361/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms361/build.py"
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
        _put(ws, row, c, None, header=header, fill=kw.get("fill"))
    if c2 > c1:
        _merge(ws, row, c1, row, c2)
    return cell


def _text(ws, row, col, value, bold=False, size=9, align=None):
    """A borderless text cell (titles, headings, notes)."""
    cell = ws.cell(row=row, column=col, value=value)
    cell.font = Font(name=FONT, size=size, bold=bold)
    cell.alignment = Alignment(horizontal=align or "left", vertical="center")
    return cell


def _title(ws, row, ncol, value, size=13):
    _text(ws, row, 1, value, bold=True, size=size, align="center")
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncol)
    ws.row_dimensions[row].height = 24


def _right(ws, row, ncol, value):
    _text(ws, row, 1, value, align="right")
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncol)


def _field(ws, row, c_key, c1, c2, key, value, height=None):
    """A form field: a shaded key cell and a value merged over c1..c2."""
    _put(ws, row, c_key, key, header=True)
    if c_key + 1 < c1:
        _span(ws, row, c_key, c1 - 1, key, header=True)
    _span(ws, row, c1, c2, value)
    if height:
        ws.row_dimensions[row].height = height
        ws.cell(row=row, column=c1).alignment = Alignment(
            horizontal="left", vertical="top", wrap_text=True
        )


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
                data = re.sub(
                    rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                    rb"\g<1>2026-12-05T00:00:00Z\g<2>",
                    data,
                )
            info = zipfile.ZipInfo(name, date_time=(2026, 12, 5, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, data)
    print(f"wrote source/{path.name}")


def to_pdf(xlsx: Path) -> None:
    """Convert a source XLSX to a PDF next to build.py (LibreOffice headless)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        print(f"soffice not found: {xlsx.with_suffix('.pdf').name} not rebuilt")
        return
    with tempfile.TemporaryDirectory(prefix="forms361_soffice_") as tmp:
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


def _notes(ws, row: int, ncol: int, lines: list[str]) -> None:
    for i, line in enumerate(lines):
        _text(ws, row + i, 1, line, size=8)
        ws.merge_cells(start_row=row + i, start_column=1, end_row=row + i, end_column=ncol)


def _vals(ws, r, c0, vals, fmts=None) -> None:
    for j, v in enumerate(vals):
        fmt = (fmts or {}).get(j)
        if isinstance(v, str):
            _put(ws, r, c0 + j, v, align="center" if v.startswith("―") else "right")
        else:
            _put(ws, r, c0 + j, v, fmt=fmt)


# --------------------------------------------------------------------------------------------
# 小諸市 (長野県): 事務事業評価シート（令和5年度実施事業）
# --------------------------------------------------------------------------------------------

# Real: 第5次基本構想 and its period (平成28年度～平成39年度), 健幸都市こもろ (小諸版ウエルネス・シティ),
# 98.55km², 40,431人 (令和6年8月1日推計), 浅間山, 懐古園. Made up: the program, its number, 課, every figure.
KO_ROWS = [
    ("活動指標", "①", "ウォーキング教室の開催回数", "回", [36, 42, 48, 45, "93.8%", 48]),
    ("活動指標", "②", "健幸ポイント事業の登録者数", "人", [1286, 1734, 2000, 2214, "110.7%", 2500]),
    (
        "成果指標",
        "①",
        "週2回以上、1回30分以上の運動をしている市民の割合",
        "％",
        [34.6, "―※1", 38.0, 37.1, "97.6%", 40.0],
    ),
    ("成果指標", "②", "教室参加者の1日平均歩数", "歩", [6412, 6870, 7000, 7236, "103.4%", 7500]),
]


def komoro() -> Path:
    ncol = 10
    wb, ws = _sheet("事務事業評価シート", [9, 5, 36, 6, 10, 10, 10, 10, 9, 10])
    _title(ws, 1, ncol, "令和６年度　事務事業評価シート（令和５年度実施事業）")
    _right(ws, 2, ncol, "令和6年9月　小諸市")
    _field(ws, 4, 1, 3, 5, "事務事業名", "健幸ウォーキング推進事業")
    _span(ws, 4, 6, 7, "事業番号", header=True)
    _span(ws, 4, 8, 10, "06-031")
    _field(ws, 5, 1, 3, 5, "担当課", "保健課")
    _span(ws, 5, 6, 7, "担当係", header=True)
    _span(ws, 5, 8, 10, "健康づくり係")
    _field(
        ws,
        6,
        1,
        3,
        10,
        "総合計画上の位置付け",
        "小諸市総合計画　第5次基本構想（平成28年度～平成39年度）　将来像「住みたい 行きたい 帰ってきたい まち 小諸」",
    )
    _field(ws, 7, 1, 3, 10, "事業期間", "令和2年度～（継続）")
    _field(
        ws,
        8,
        1,
        3,
        10,
        "事業の目的・概要",
        "「健幸都市こもろ（小諸版ウエルネス・シティ）」の実現に向け、市民が気軽に歩く習慣を身に付けられるよう、"
        "市内6コース（総延長約24km）でウォーキング教室を開催し、歩数に応じて健幸ポイントを付与する。浅間山を望む"
        "懐古園周辺のコースが人気で、令和5年度は1回あたり定員30人で実施した。本市の面積は98.55km²、人口は"
        "40,431人（令和6年8月1日現在推計）である。",
        height=58,
    )
    ws.row_dimensions[6].height = 20
    _text(ws, 10, 1, "３　活動指標・成果指標", bold=True, size=11)
    h = 11
    for c, word in [(1, "区分"), (2, "No."), (3, "指標名"), (4, "単位")]:
        _put(ws, h, c, word, header=True)
        _put(ws, h + 1, c, None, header=True)
        _merge(ws, h, c, h + 1, c)
    _put(ws, h, 5, "令和3年度", header=True)
    _put(ws, h, 6, "令和4年度", header=True)
    _span(ws, h, 7, 9, "令和5年度", header=True)
    _put(ws, h, 10, "令和7年度", header=True)
    for c, w in zip(range(5, 11), ["実績", "実績", "目標", "実績", "達成率", "目標"]):
        _put(ws, h + 1, c, w, header=True)
    r = h + 2
    for _kind, no, name, unit, vals in KO_ROWS:
        _put(ws, r, 2, no, align="center")
        _put(ws, r, 3, name)
        _put(ws, r, 4, unit, align="center")
        _vals(ws, r, 5, vals)
        ws.row_dimensions[r].height = 30
        r += 1
    for top, word in [(h + 2, "活動指標"), (h + 4, "成果指標")]:
        _put(ws, top, 1, word, align="center")
        _merge(ws, top, 1, top + 1, 1)
    _notes(
        ws,
        r,
        ncol,
        [
            "※1　市民健康意識調査（隔年実施）による。令和4年度は調査を実施していないため「―」としている。",
            "※　達成率＝令和5年度実績÷令和5年度目標×100",
        ],
    )
    r += 3
    _text(ws, r, 1, "４　評価", bold=True, size=11)
    _field(ws, r + 1, 1, 3, 5, "成果指標の達成度", "B（概ね達成）")
    _span(ws, r + 1, 6, 7, "今後の方向性", header=True)
    _span(ws, r + 1, 8, 10, "継続")
    _field(
        ws,
        r + 2,
        1,
        3,
        10,
        "評価の理由",
        "登録者数は目標を上回ったが、教室は悪天候により3回中止した。令和6年度は冬季に屋内コース（市民交流センター）を加える。",
        height=30,
    )
    _page(ws, "portrait")
    path = SOURCE / "komoro_jimu_hyoka_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 糸魚川市 (新潟県): まち・ひと・しごと創生総合戦略 KPI効果検証シート（平成30年度実績）
# --------------------------------------------------------------------------------------------

# Real: the strategy's name, its first period (平成27年度～), 定住促進課 (set up in 平成27年度), the 平成17年3月
# merger of 1市2町, 746.24km², 40,778人, 北陸新幹線 (平成27年3月), ユネスコ世界ジオパーク, 交流人口200万人 as the
# aim, ヒスイ and フォッサマグナミュージアム. Made up: the sheet, the heading, every KPI, figure and grade.
IT_ROWS = [
    ("1", "交流人口", "万人", [172.4, 181.9, 176.3, 183.0, 200], "○"),
    ("2", "フォッサマグナミュージアム入館者数", "人", [81236, 104812, 98540, 95127, 120000], "△"),
    (
        "3",
        "移住相談ワンストップ窓口を通じた移住者数",
        "人",
        ["―", "累計41", "累計76", "累計122", "累計150"],
        "○",
    ),
    ("4", "ジオパーク学習に参加した小中学生の割合", "％", [64.0, 88.2, 95.5, 100.0, 100.0], "◎"),
]


def itoigawa() -> Path:
    ncol = 9
    wb, ws = _sheet("KPI効果検証", [6, 40, 7, 13, 11, 11, 11, 13, 8])
    _title(
        ws,
        1,
        ncol,
        "糸魚川市まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）効果検証シート（平成30年度実績）",
        size=12,
    )
    _right(ws, 2, ncol, "令和元年8月　糸魚川市 定住促進課")
    _field(ws, 4, 1, 3, 9, "戦略の名称", "糸魚川市まち・ひと・しごと創生総合戦略")
    _field(ws, 5, 1, 3, 9, "計画期間", "平成27年度～平成31年度（5年間）")
    _field(ws, 6, 1, 3, 9, "担当課", "定住促進課")
    _field(
        ws,
        7,
        1,
        3,
        9,
        "市の現状",
        "平成17年3月に1市2町が合併して誕生した本市は、面積746.24km²、人口40,778人。平成27年3月の北陸新幹線開業と"
        "ユネスコ世界ジオパークを活かし、交流人口200万人をめざしている。ヒスイの産地として知られ、海岸線は約51kmに及ぶ。",
        height=34,
    )
    _text(
        ws, 9, 1, "基本目標１　ジオパークと新幹線を活かし、交流人口を拡大する", bold=True, size=11
    )
    h = 10
    for c, word in [
        (1, "No."),
        (2, "重要業績評価指標（KPI）"),
        (3, "単位"),
        (4, "基準値\n（26年度）"),
        (8, "目標値\n（31年度）"),
        (9, "評価"),
    ]:
        _put(ws, h, c, word, header=True)
        _put(ws, h + 1, c, None, header=True)
        _merge(ws, h, c, h + 1, c)
    _span(ws, h, 5, 7, "実績値", header=True)
    for j, w in enumerate(["28年度", "29年度", "30年度"]):
        _put(ws, h + 1, 5 + j, w, header=True)
    ws.row_dimensions[h].height = 20
    ws.row_dimensions[h + 1].height = 20
    r = h + 2
    for no, name, unit, vals, grade in IT_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, vals)
        _put(ws, r, 9, grade, align="center")
        ws.row_dimensions[r].height = 24
        r += 1
    _notes(
        ws,
        r,
        ncol,
        [
            "※　年度は平成の年度で表記している（31年度は令和元年度にあたる）。",
            "※　評価　◎：目標値を達成　○：目標値の80％以上　△：目標値の80％未満（30年度実績の、31年度目標値に対する割合）",
            "※　No.3は平成27年度からの累計。No.4は市教育委員会の調べによる。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "itoigawa_senryaku_kensho_h30.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 氷見市 (富山県): 第2期総合戦略 KGI・KPI評価検証シート（2023年度実績）
# --------------------------------------------------------------------------------------------

# Real: 第2期氷見市まち・ひと・しごと創生総合戦略, its period 2020年度～2024年度, the 基本戦略 住みたい街 /
# 働きたい街 from 氷見元気プロジェクト, KGI per 基本戦略 and KPI per 施策 evaluated every year, the 49名 of the
# workshop, 商工業・しごとづくり・IJUターン応援課. Made up: the sheet, the 施策 wording, every figure.
HI_BLOCKS = [
    (
        "基本戦略１　住みたい街",
        ("社会増減数", "人", ["△312", "△205", "△164", "△98", "±0"], "68.6%"),
        "(1) ふるさと氷見での定着と還流",
        [
            (
                "20代のUIJターン者数",
                "人",
                [58, 71, 84, 92, 100],
                "81.0%",
                "商工業・しごとづくり・IJUターン応援課",
            ),
            (
                "関係人口創出事業の延べ参加者数",
                "人",
                ["―", "延べ412", "延べ655", "延べ903", "延べ1,000"],
                "―",
                "地方創生推進課",
            ),
        ],
    ),
    (
        "基本戦略２　働きたい街",
        ("市内事業所の従業者数", "人", [18640, 18212, 18305, 18451, 19000], "△52.5%"),
        "(1) 観光を軸とした地域産業の強化",
        [
            ("観光入込客数※", "千人", [2318, 1604, 2047, 2265, 2500], "△29.1%", "観光交流課"),
            ("インバウンド宿泊者数", "人", [8920, 312, 4105, 11860, 15000], "48.4%", "観光交流課"),
        ],
    ),
]


def himi() -> Path:
    ncol = 10
    wb, ws = _sheet("KGI・KPI評価検証", [16, 30, 6, 11, 9, 9, 9, 11, 8, 18])
    _title(
        ws,
        1,
        ncol,
        "第２期氷見市まち・ひと・しごと創生総合戦略　KGI・KPI評価検証シート（2023年度実績）",
        size=12,
    )
    _right(ws, 2, ncol, "2024年8月　氷見市")
    _field(ws, 4, 1, 2, 10, "戦略の名称", "第2期氷見市まち・ひと・しごと創生総合戦略")
    _field(ws, 5, 1, 2, 10, "計画期間", "2020年度～2024年度（5か年）")
    _field(
        ws,
        6,
        1,
        2,
        10,
        "基本戦略",
        "「氷見元気プロジェクト」に掲げる「住みたい街」「働きたい街」「育てたい街」",
    )
    _field(
        ws,
        7,
        1,
        2,
        10,
        "評価の方法",
        "基本戦略ごとに重要目標達成指標（KGI）を、施策ごとに重要業績評価指標（KPI）を設け、毎年度その進捗を評価・検証する。"
        "戦略の策定には、49名が参加したワークショップからの提案を反映した。",
        height=30,
    )
    r = 9
    for heading, kgi, program, kpis in HI_BLOCKS:
        _text(ws, r, 1, heading, bold=True, size=11)
        h = r + 1
        for c, word in [
            (1, "施策"),
            (2, "指標"),
            (3, "単位"),
            (4, "基準値\n（2018年度）"),
            (8, "目標値\n（2024年度）"),
            (9, "進捗率"),
            (10, "担当課"),
        ]:
            _put(ws, h, c, word, header=True)
            _put(ws, h + 1, c, None, header=True)
            _merge(ws, h, c, h + 1, c)
        _span(ws, h, 5, 7, "実績値", header=True)
        for j, w in enumerate(["2021年度", "2022年度", "2023年度"]):
            _put(ws, h + 1, 5 + j, w, header=True)
        ws.row_dimensions[h].height = 20
        ws.row_dimensions[h + 1].height = 20
        r = h + 2
        _span(ws, r, 1, 10, "KGI（重要目標達成指標）", bold=True, fill=BAND)
        r += 1
        name, unit, vals, prog = kgi
        _put(ws, r, 1, "―", align="center")
        _put(ws, r, 2, name, bold=True)
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, vals)
        _put(ws, r, 9, prog, align="right")
        _put(ws, r, 10, "―", align="center")
        ws.row_dimensions[r].height = 22
        r += 1
        _span(ws, r, 1, 10, "KPI（重要業績評価指標）", bold=True, fill=BAND)
        r += 1
        top = r
        for name, unit, vals, prog, dept in kpis:
            _put(ws, r, 2, name)
            _put(ws, r, 3, unit, align="center")
            _vals(ws, r, 4, vals)
            _put(ws, r, 9, prog, align="right" if prog != "―" else "center")
            _put(ws, r, 10, dept)
            ws.row_dimensions[r].height = 30
            r += 1
        _put(ws, top, 1, program)
        _merge(ws, top, 1, r - 1, 1)
        r += 1
    _notes(
        ws,
        r - 1,
        ncol,
        [
            "※　観光入込客数は暦年（1月～12月）の数値である（富山県観光客入込数調査）。",
            "※　進捗率＝（直近の実績値－基準値）÷（目標値－基準値）×100。「△」はマイナスを示す。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "himi_kgi_kpi_kensho_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 韮崎市 (山梨県): 第7次総合計画（後期基本計画） 成果指標の達成状況（令和5年度実績）
# --------------------------------------------------------------------------------------------

# Real: the plan's name, 将来像, 基本方向 1 and 3, the 20 委員 and 2022(令和4)年6月3日 of the 審議会.
# Made up: the page, 担当, 施策 wording, every indicator, figure and note.
NIRASAKI_HTML = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>第7次総合計画（後期基本計画）成果指標の達成状況（令和5年度実績） - 韮崎市</title>
<style>
table { border-collapse: collapse; margin: 0 0 1em; }
th, td { border: 1px solid #666; padding: 4px 6px; }
thead th { background: #e6e6e6; }
td.num { text-align: right; }
</style>
</head>
<body>
<nav aria-label="パンくずリスト">
<ol class="breadcrumb">
<li><a href="/">ホーム</a></li>
<li><a href="/shiseijoho/">市政情報</a></li>
<li><a href="/shiseijoho/keikaku/">計画</a></li>
<li>第7次総合計画（後期基本計画）成果指標の達成状況</li>
</ol>
</nav>
<main>
<h1>第7次総合計画（後期基本計画）成果指標の達成状況（令和5年度実績）</h1>
<p class="date">更新日：2024年10月15日　担当：企画財政課 企画調整担当</p>
<p>韮崎市第7次総合計画は、将来像「すべての人が輝き　幸せを創造するふるさと　にらさき　～チーム韮崎で　活力あるまちづくり～」の実現に向けたまちづくりの最上位の計画です。後期基本計画の策定にあたっては、市内の各団体及び学識経験者から選出した20人の委員による総合計画審議会を、2022（令和4）年6月3日から計3回開催しました。</p>
<p>後期基本計画に掲げた成果指標のうち、基本方向1と基本方向3の指標について、2023（令和5）年度までの実績をお知らせします。表中の「―」は、その年度の値がないことを示します。</p>
<h2>基本方向1　夢を持ち、明日を担う人材を育むまちづくり</h2>
<table>
<thead>
<tr><th rowspan="2">施策</th><th rowspan="2">No.</th><th rowspan="2">成果指標</th><th rowspan="2">単位</th><th>基準値</th><th colspan="2">実績値</th><th>目標値</th><th rowspan="2">備考</th></tr>
<tr><th>2021(R3)年度</th><th>2022(R4)年度</th><th>2023(R5)年度</th><th>2027(R9)年度</th></tr>
</thead>
<tbody>
<tr><th rowspan="2" scope="rowgroup">1-1　学校教育の充実</th><td>1</td><td>授業が分かると答えた児童生徒の割合</td><td>％</td><td class="num">82.4</td><td class="num">83.1</td><td class="num">84.6</td><td class="num">85.0以上</td><td>参考：県平均 81.9％（2023年度）</td></tr>
<tr><td>2</td><td>学校図書館の児童生徒1人当たり年間貸出冊数</td><td>冊</td><td class="num">38.2</td><td class="num">40.5</td><td class="num">39.7</td><td class="num">45.0</td><td></td></tr>
<tr><th scope="row">1-4　スポーツの振興</th><td>3</td><td>市営スポーツ施設の年間利用者数</td><td>人</td><td class="num">186,420</td><td class="num">241,305</td><td class="num">258,912</td><td class="num">270,000</td><td>韮崎中央公園陸上競技場ほか12施設の合計</td></tr>
</tbody>
</table>
<h2>基本方向3　元気で健やかに暮らせるまちづくり</h2>
<table>
<thead>
<tr><th rowspan="2">施策</th><th rowspan="2">No.</th><th rowspan="2">成果指標</th><th rowspan="2">単位</th><th>基準値</th><th colspan="2">実績値</th><th>目標値</th><th rowspan="2">備考</th></tr>
<tr><th>2021(R3)年度</th><th>2022(R4)年度</th><th>2023(R5)年度</th><th>2027(R9)年度</th></tr>
</thead>
<tbody>
<tr><th rowspan="2" scope="rowgroup">3-1　健康づくりの推進</th><td>1</td><td>胃がん検診受診率</td><td>％</td><td class="num">9.8<br>（2020年度）</td><td class="num">11.2</td><td class="num">12.0</td><td class="num">15.0</td><td>2021年度は検診を中止した期間があるため、2020年度の値を基準値とした。2023年度から対象を40～69歳に変更</td></tr>
<tr><td>2</td><td>健康ポイント事業の参加者数</td><td>人</td><td class="num">―</td><td class="num">524</td><td class="num">689</td><td class="num">1,000</td><td>2022年度開始の事業</td></tr>
</tbody>
</table>
</main>
<footer>
<p>韮崎市役所　企画財政課</p>
</footer>
</body>
</html>
"""


def nirasaki() -> None:
    (HERE / "nirasaki_seika_shihyo_r5.html").write_bytes(NIRASAKI_HTML.encode("utf-8"))
    print("wrote nirasaki_seika_shihyo_r5.html")


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    nirasaki()
    for build in (komoro, itoigawa, himi):
        path = build()
        if pdf:
            to_pdf(path)


if __name__ == "__main__":
    main()
