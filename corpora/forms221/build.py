"""Build the built documents of forms221/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/hiezu_shisaku_hyoka_r5.xlsx``, a 総合計画 施策評価シート in the manner of 日吉津村
  (鳥取県): form fields (施策番号, 施策名, 担当課, the 施策's money in 千円, the village's profile with
  ``4.20k㎡``, ``3,583人`` and ``財政力指数0.57``); an A/B/C legend that adds a fourth word, **``参考``
  (not graded: the village is too small for a steady rate)**; one grid
  ``No. | 成果指標 | 単位 | 基準値（R元） | R4実績 | R5実績 | R5目標 | 目標値（R7） | 評価`` in which
  **two rows are rates whose 単位 names a denominator with a number word in it, ``人口千対`` (出生率)
  and ``人口10万対`` (75歳未満のがんの年齢調整死亡率)**, both graded ``参考``; ``以下`` targets;
  ``千円`` with decimals; notes with numbers (``33人``, ``暦年``, ``平成27年モデル人口``); and the PDF;
* ``source/genkai_kpi_shinchoku_r5.xlsx``, a 総合戦略 KPI 進捗 sheet in the manner of 玄海町
  (佐賀県), landscape: form fields (計画期間, the town's profile, 関連事業費 in 千円); a legend; one grid
  ``No. | 重要業績評価指標（KPI） | 単位 | 集計期間 | 基準値（R元） | R3実績 | R4実績 | R5目標 | R5実績 |
  目標値（R6） | 評価`` with **unit cells that join a scale word and a counting word, ``千人（延べ）``
  and ``千人泊（延べ）``, or a scale word and a per-head unit, ``千円/頭``**; **子牛 price cells that
  carry, on a second line, the 去勢 and 雌 averages in a labelled bracket, ``548（去勢597・雌486）``,
  beside bare targets**; a ``集計期間`` column (``暦年``, ``年度末``, ``年度``, as forms104) that says,
  row by row, what the bare era-year headers stand for; and the PDF;
* ``source/nahari_kpi_kensho_h29.xlsx``, a 総合戦略 KPI 検証 in the manner of 奈半利町 (高知県),
  dated 平成30年 with era-less year headers (``26年度`` … ``29年度``): form fields full of real
  ふるさと納税 figures (``20億4千万円``, ``35億2,400万円``, ``18万件余り``); no target column: **every
  KPI cell ends in a ``【…】`` that holds its targets with their era-less year, a colon and a level
  that carries its own scale word and counting word (``【31年度：年間10万件】``,
  ``【31年度：累計60事業者】``), one bracket two dated targets (``【30年度：20億円／31年度：25億円】``)**;
  **unit cells that carry a footnote mark, ``百万円※`` and ``千件※``, pointing to a rounding note**;
  an A/B/C legend judged against the 31年度 targets; and the PDF;
* ``ojika_senryaku_kpi_h30.html``, a 総合戦略 KPI 検証 page in the manner of 小値賀町 (長崎県): a
  lead of real figures; ``<h2>`` 基本目標② over one table with ``<th rowspan>`` 施策 cells
  (``②-1`` … ``②-3``), a two-row ``<thead>`` (``H30`` spanning ``目標 | 実績``), values carrying their
  units (``延べ3,410人泊``, ``1.9万人``); **two final-target cells that print only a cross-reference,
  ``※1参照`` / ``※2参照``, the level standing in the footnote under the table**; **an H30 target
  ``H29実績以上`` in a row whose H29 actual stands two cells to its left**; a ○/×/― legend.

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
FIXED = dt.datetime(2026, 12, 9, 0, 0, 0)


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms221/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms221/build.py"
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


def _notes(ws, row: int, lines: list[str], size=8) -> None:
    for i, line in enumerate(lines):
        _text(ws, row + i, 1, line, size=size)


def _field(ws, row, label, value, c_label, c_value, height=20):
    """A form field: a shaded label cell and a value merged over the given columns."""
    _span(ws, row, c_label[0], c_label[1], label, header=True)
    _span(ws, row, c_value[0], c_value[1], value, align="left")
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


def _vals(ws, r, c0, vals, fmt1="0.0") -> None:
    """Value cells: numbers keep a number format, text cells are right-aligned as printed."""
    for j, v in enumerate(vals):
        if isinstance(v, float):
            _put(ws, r, c0 + j, v, fmt=fmt1)
        elif isinstance(v, int):
            _put(ws, r, c0 + j, v)
        else:
            _put(ws, r, c0 + j, v, align="center" if v in ("―", "") else "right")


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
                    rb"\g<1>2026-12-09T00:00:00Z\g<2>",
                    data,
                )
            info = zipfile.ZipInfo(name, date_time=(2026, 12, 9, 0, 0, 0))
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
    with tempfile.TemporaryDirectory(prefix="forms221_soffice_") as tmp:
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
# 日吉津村 (鳥取県西伯郡): 第7次日吉津村総合計画 施策評価シート（令和5年度実績）
# --------------------------------------------------------------------------------------------

# Real (musebrass.com/2023/05/24/1497, ja.wikipedia.org 日吉津村, hiezu.jp 総合計画): 4.20k㎡, the only
# village of 鳥取県, 3,583人 (推計人口 2023年5月1日), a population that keeps growing, 財政力指数 0.57
# (2021年度), ネウボラ, 王子製紙 and the イオンモール. Made up: the 第7次 plan's sheet, its 施策, 課,
# money, every indicator, figure, target, grade and note.
HZ_ROWS = [
    ("1", "出生率", "人口千対", [9.6, 8.4, 9.2, 9.5, 10.0], "参考"),
    ("2", "乳幼児健康診査の受診率", "％", [97.3, 98.6, 100.0, 100.0, 100.0], "A"),
    (
        "3",
        "75歳未満のがんの年齢調整死亡率",
        "人口10万対",
        [84.7, 92.1, 71.3, "80.0以下", "75.0以下"],
        "参考",
    ),
    ("4", "特定健康診査の受診率", "％", [48.9, 53.4, 55.8, 57.0, 60.0], "B"),
    (
        "5",
        "国民健康保険の1人当たり医療費",
        "千円",
        [398.2, 421.5, 436.0, "430.0以下", "430.0以下"],
        "C",
    ),
]


def hiezu() -> Path:
    wb, ws = _sheet("施策評価シート", [5, 30, 11, 10, 9, 9, 10, 11, 7])
    _text(ws, 1, 1, "第7次日吉津村総合計画　施策評価シート（令和5年度実績）", bold=True, size=13)
    _text(ws, 2, 9, "令和6年8月作成", align="right")
    fields = [
        ("施策番号", "2-3", 18),
        ("施策名", "安心して子どもを生み育て、健やかに暮らせる村づくり", 18),
        ("担当課", "福祉保健課", 18),
        ("施策の事業費（R5決算・千円）", "61,480", 18),
        (
            "村の概況",
            "面積4.20k㎡の県内唯一の村。三方を米子市に囲まれ、人口は3,583人（令和5年5月1日推計）と増加が続いている。財政力指数は0.57（令和3年度）。",
            30,
        ),
        (
            "施策の目指す姿",
            "妊娠期から子育て期まで切れ目なく支える「ネウボラ」と、健診・がん検診の受診勧奨により、子どもを生み育てやすく、村民が生涯健康に暮らせる村をめざす。",
            30,
        ),
    ]
    r = 4
    for label, value, height in fields:
        _field(ws, r, label, value, (1, 2), (3, 9), height)
        r += 1
    _text(ws, 11, 1, "２　成果指標の状況", bold=True, size=11)
    _text(
        ws,
        12,
        1,
        "【評価】A：R5目標を達成　B：R5目標は未達成だが基準値より改善　C：基準値より改善していない",
        size=8,
    )
    _text(
        ws,
        13,
        1,
        "　　　　参考：人口規模が小さく率が年ごとに大きく振れるため、評価の対象とせず参考として掲載",
        size=8,
    )
    head = [
        "No.",
        "成果指標",
        "単位",
        "基準値\n（R元）",
        "R4実績",
        "R5実績",
        "R5目標",
        "目標値\n（R7）",
        "評価",
    ]
    h = 14
    for c, word in enumerate(head, start=1):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 30
    r = h + 1
    for no, name, unit, vals, grade in HZ_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, vals)
        _put(ws, r, 9, grade, align="center", bold=True)
        ws.row_dimensions[r].height = 26
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※No.1の出生率は人口千人当たりの出生数、No.3は人口10万人当たりの率で、いずれも暦年の数値です（鳥取県人口動態統計）。",
            "※R5の出生数は33人、75歳未満のがんによる死亡数は3人でした。",
            "※No.3の年齢調整死亡率は、平成27年モデル人口により調整した値です。",
            "※No.5は、国民健康保険事業状況報告書（年報）による被保険者1人当たりの費用額です。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "hiezu_shisaku_hyoka_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 玄海町 (佐賀県東松浦郡): 第2期玄海町まち・ひと・しごと創生総合戦略 KPIの進捗状況（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (pedia.3rd-in.co.jp 玄海町, matome-navi.docomo.ne.jp, furusato-tax.jp/gcf/1134): the 1956 merger
# of 値賀村 and 有浦村, 玄界灘, 玄海原子力発電所, 普通交付税の不交付団体, more cattle than people,
# 浜野浦の棚田 with about 4 in 10 of its paddies abandoned. Made up: the strategy's name and sheet, 課,
# 基本目標 wording, money, every KPI, figure, grade and note.
GK_ROWS = [
    ("1", "観光入込客数", "千人（延べ）", "暦年", [312.4, 248.6, 296.3, 320.0, 318.7, 330.0], "B"),
    ("2", "宿泊者数", "千人泊（延べ）", "暦年", [41.2, 22.8, 30.5, 40.0, 36.9, 45.0], "C"),
    ("3", "肉用牛の飼養頭数", "頭", "年度末", [6850, 6920, 7040, 7000, 7110, 7200], "A"),
    (
        "4",
        "子牛の平均取引価格",
        "千円/頭",
        "年度",
        [
            "742\n（去勢798・雌671）",
            "698\n（去勢752・雌629）",
            "611\n（去勢662・雌548）",
            700,
            "548\n（去勢597・雌486）",
            750,
        ],
        "C",
    ),
    ("5", "浜野浦の棚田の耕作面積", "ha", "年度", [6.8, 6.5, 6.7, 7.0, 7.0, 7.5], "A"),
]


def genkai() -> Path:
    wb, ws = _sheet("KPI進捗", [5, 26, 13, 9, 14, 14, 14, 9, 14, 10, 7])
    _text(
        ws,
        1,
        1,
        "第2期玄海町まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の進捗状況（令和5年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 11, "令和6年9月　玄海町企画商工課", align="right")
    fields = [
        ("計画期間", "令和2年度～令和6年度", 18),
        (
            "町の概況",
            "昭和31年に値賀村と有浦村が合併して誕生。玄界灘に面し、九州電力玄海原子力発電所が立地する普通交付税の不交付団体。肉用牛の飼養頭数が町の人口を上回る畜産の町で、浜野浦の棚田は約4割が耕作放棄地となっている。",
            30,
        ),
        ("関連事業費（R5決算・千円）", "84,300", 18),
    ]
    r = 4
    for label, value, height in fields:
        _field(ws, r, label, value, (1, 2), (3, 11), height)
        r += 1
    _text(ws, 8, 1, "■基本目標1　玄海の恵みを活かした稼ぐ力をつくる", bold=True, size=11)
    _text(
        ws,
        9,
        1,
        "【評価】A：R5目標を達成　B：R5目標は未達成だが基準値より改善　C：基準値より改善していない",
        size=8,
    )
    head = [
        "No.",
        "重要業績評価指標（KPI）",
        "単位",
        "集計期間",
        "基準値\n（R元）",
        "R3実績",
        "R4実績",
        "R5目標",
        "R5実績",
        "目標値\n（R6）",
        "評価",
    ]
    h = 10
    for c, word in enumerate(head, start=1):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 30
    r = h + 1
    for no, name, unit, span, vals, grade in GK_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _put(ws, r, 4, span, align="center")
        _vals(ws, r, 5, vals)
        _put(ws, r, 11, grade, align="center", bold=True)
        ws.row_dimensions[r].height = 30 if no == "4" else 24
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※集計期間　暦年：1月～12月の数値　年度末：各年度の3月31日現在の数値　年度：4月～翌年3月の数値",
            "※No.1・No.2は佐賀県観光客動態調査による。令和5年の観光入込客数のうち、浜野浦の棚田への来訪者は約8万人と推計される。",
            "※No.4は、地元家畜市場における黒毛和種子牛の年間平均価格（税込）。（　）内は去勢・雌別の平均価格。飼料価格の高騰等により、R5は前年度比89.7％に下落した。",
            "※No.5は、浜野浦地区の棚田（283枚）のうち水稲が作付けされた面積。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "genkai_kpi_shinchoku_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 奈半利町 (高知県安芸郡): まち・ひと・しごと創生総合戦略 KPIの検証結果（平成29年度）
# --------------------------------------------------------------------------------------------

# Real (kochinews.co.jp/article/158376, furusato-nahari.com/specialty-goods/1472/, machi-log.net/38834/):
# the 基本目標 wording, ふるさと納税 20億4千万円 in 2016年度 (then the highest), 35億2,400万円 and 18万件余り
# in 2017年4～12月, 22億2,300万円 in December alone, 地域振興課, the 水産加工場. Made up: the sheet, its
# date and 事務局, the money, every KPI, figure, target, grade and note (the 28年度 寄附額 2,040 is the real
# 20億4千万円 in 百万円).
NH_ROWS = [
    (
        "1",
        "ふるさと納税寄附額【30年度：20億円／31年度：25億円】",
        "百万円※",
        [131, 1358, 2040, 3962],
        "A",
    ),
    (
        "2",
        "ふるさと納税の寄附件数【31年度：年間10万件】",
        "千件※",
        [8.6, 61.3, 102.4, 201.7],
        "A",
    ),
    ("3", "返礼品を取り扱う町内事業者数【31年度：累計60事業者】", "事業者", [23, 31, 42, 55], "B"),
    ("4", "水産加工場等での新規雇用者数【31年度：累計20人】", "人", [0, 3, 8, 14], "B"),
    ("5", "観光入込客数【31年度：年間5万人】", "千人", [38.4, 40.2, 36.9, 44.6], "B"),
]


def nahari() -> Path:
    wb, ws = _sheet("KPI検証", [5, 46, 10, 10, 9, 9, 9, 7])
    _text(
        ws,
        1,
        1,
        "奈半利町まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の検証結果（平成29年度）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 8, "平成30年8月　奈半利町総合戦略推進委員会　資料3", align="right")
    _text(ws, 3, 8, "事務局：奈半利町総務課", align="right")
    fields = [
        ("基本目標", "1　地産外商により安定した雇用・産業を育成する", 18),
        ("計画期間", "平成27年度～平成31年度", 18),
        (
            "ふるさと納税の状況",
            "28年度の寄附総額は20億4千万円で過去最高。29年度は4月～12月で35億2,400万円、18万件余りとなり、12月だけで22億2,300万円が寄せられた。",
            30,
        ),
        ("関連事業費（29年度決算・千円）", "186,540", 18),
    ]
    r = 5
    for label, value, height in fields:
        _field(ws, r, label, value, (1, 2), (3, 8), height)
        r += 1
    _text(ws, 10, 1, "■重要業績評価指標（KPI）の検証", bold=True, size=11)
    _text(
        ws,
        11,
        1,
        "【評価】A：31年度の目標値を既に達成　B：基準値より改善　C：基準値から横ばい・悪化　（【　】内は目標値）",
        size=8,
    )
    head = [
        "No.",
        "重要業績評価指標（KPI）【目標値】",
        "単位",
        "基準値\n（26年度）",
        "27年度\n実績",
        "28年度\n実績",
        "29年度\n実績",
        "評価",
    ]
    h = 12
    for c, word in enumerate(head, start=1):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 30
    r = h + 1
    for no, name, unit, vals, grade in NH_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, vals)
        _put(ws, r, 8, grade, align="center", bold=True)
        ws.row_dimensions[r].height = 26
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※単位欄に「※」を付した指標は、百万円未満・千件未満を四捨五入して表示しています。",
            "※No.1・No.2は各年度（4月～翌年3月）の受付分です。29年度実績は平成30年5月末の確定値です。",
            "※No.4は、27年度に稼働した町の水産加工場と返礼品の加工を行う町内事業所での新規雇用の累計です。",
            "※No.5は、高知県観光客入込数調査（暦年）による町内観光施設の入込客数の合計です。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "nahari_kpi_kensho_h29.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 小値賀町 (長崎県北松浦郡): まち・ひと・しごと創生総合戦略 基本目標② KPI検証結果（平成30年度）
# --------------------------------------------------------------------------------------------

# Real (kumomine.weblogs.jp (2014 visit report), paperzz.com/doc/5772458 (総合戦略 概要版), loppo.net/2439):
# 佐世保から高速船で約1時間30分, 大小17の島, 民泊 since 2005, the 古民家 restored as inns and a restaurant,
# 2,849人 (2010年国勢調査), 日本で最も美しい村; the 基本目標② wording and the 施策 names ②-1 移住の推進,
# ②-2 空き家、定住住宅の整備, ②-3 地域魅力アップ交流の促進. Made up: the page, its date and 課, every KPI,
# figure, target, mark and note.
OJ_ROWS = [
    (
        '<th rowspan="2" scope="rowgroup">②-1<br>移住の推進</th>',
        "移住者数（年間）",
        ["9人", "14人", "15人", "17人", "※1参照"],
        "○",
    ),
    (None, "移住相談件数", ["32件", "58件", "60件", "54件", "80件"], "×"),
    (
        '<th scope="rowgroup">②-2<br>空き家、定住住宅の整備</th>',
        "空き家バンクの登録件数（累計）",
        ["12件", "31件", "35件", "38件", "50件"],
        "○",
    ),
    (
        '<th rowspan="2" scope="rowgroup">②-3<br>地域魅力アップ交流の促進</th>',
        "民泊・古民家ステイの宿泊者数",
        ["延べ2,860人泊", "延べ3,410人泊", "H29実績以上", "延べ3,520人泊", "延べ4,000人泊"],
        "―",
    ),
    (None, "観光客数", ["1.6万人", "1.9万人", "2.0万人", "2.1万人", "※2参照"], "○"),
]

OJ_HEAD = """<thead>
<tr><th rowspan="2" scope="col">施策</th><th rowspan="2" scope="col">重要業績評価指標（KPI）</th><th rowspan="2" scope="col">基準値<br>（H26）</th><th rowspan="2" scope="col">H29<br>実績</th><th colspan="2" scope="colgroup">H30</th><th rowspan="2" scope="col">目標値<br>（H31）</th><th rowspan="2" scope="col">評価</th></tr>
<tr><th scope="col">目標</th><th scope="col">実績</th></tr>
</thead>"""


def ojika_html() -> str:
    body = []
    for th, name, vals, mark in OJ_ROWS:
        cells = (th or "") + f"<td>{name}</td>"
        cells += "".join(f'<td class="num">{v}</td>' for v in vals)
        cells += f'<td class="c">{mark}</td>'
        body.append(f"<tr>{cells}</tr>")
    rows_html = "\n".join(body)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>小値賀町まち・ひと・しごと創生総合戦略 基本目標②の重要業績評価指標（KPI）の検証結果（平成30年度） - 小値賀町</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
th {{ background: #d9d9d9; font-weight: normal; }}
tbody th {{ background: #f2f2f2; text-align: left; }}
td.num {{ text-align: right; }}
td.c {{ text-align: center; }}
p.note {{ font-size: 9pt; margin: 0.2em 0; }}
</style>
</head>
<body>
<p class="breadcrumb"><a href="/">トップページ</a> &gt; 町政情報 &gt; 計画・施策 &gt; まち・ひと・しごと創生総合戦略</p>
<h1>小値賀町まち・ひと・しごと創生総合戦略　基本目標②の重要業績評価指標（KPI）の検証結果（平成30年度）</h1>
<p class="date">掲載日：令和元年9月12日　総務課企画係</p>
<p>小値賀町は、佐世保港から高速船で約1時間30分、五島列島の北部に位置する小値賀島を中心に、大小17の島からなる町です（人口2,849人、平成22年国勢調査）。平成17年からは島の民家に泊まる「民泊」に取り組み、築100年を超える古民家を宿泊施設やレストランとして再生するなど、島の暮らしを生かした交流を進めてきました。</p>
<p>総合戦略の基本目標②に掲げる重要業績評価指標（KPI）について、平成30年度の実績を検証しましたので、その結果をお知らせします。</p>
<h2>基本目標②　小値賀町への新しいひとの流れをつくる</h2>
<p class="note">【評価】○：H30目標を達成　×：H30目標を未達成　―：評価できない</p>
<table>
{OJ_HEAD}
<tbody>
{rows_html}
</tbody>
</table>
<p class="note">※1　移住者数の目標値（H31）は、年間20人です。</p>
<p class="note">※2　観光客数の目標値（H31）は、基準値の1.5倍にあたる2.4万人としています。</p>
<p class="note">※3　H30の実績は平成31年3月末現在の数値です。民泊・古民家ステイの宿泊者数は、町内の受入家庭（約40軒）と古民家の宿泊実績の合計です。</p>
<p>このページに関するお問い合わせ　小値賀町役場 総務課企画係</p>
</body>
</html>
"""


def ojika() -> Path:
    path = HERE / "ojika_senryaku_kpi_h30.html"
    path.write_bytes(ojika_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (hiezu, genkai, nahari):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {ojika().name}")


if __name__ == "__main__":
    main()
