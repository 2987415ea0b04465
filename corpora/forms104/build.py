"""Build the built documents of forms104/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/hadano_machizukuri_shihyo_h30.xlsx``, a 総合計画 まちづくり指標の推移 in the manner of
  秦野市 (神奈川県): years down the side, each indicator a pair of columns 目標|実績 under its
  name, the baseline row merged over each pair, a 達成率 row at the foot; and the PDF;
* ``source/karuizawa_shuyo_shisaku_h29.xlsx``, a 長期振興計画 主要施策の目標 in the manner of
  軽井沢町 (長野県): a 集計期間 column (暦年 / 年度末) deciding what the bare year headers mean,
  ``万人`` in 単位, a printed 達成状況; and the PDF;
* ``source/kahoku_shisaku_hyoka_h29.xlsx``, a 施策評価シート in the manner of かほく市 (石川県):
  form fields with money, ``実績値`` and ``目標値`` spans both holding an ``H29`` column, ``千人`` in
  単位, ``―`` actuals and an ``以上`` target; and the PDF;
* ``fuefuki_manifest_h24.html``, a 施策別マニフェスト in the manner of 笛吹市 (山梨県): a
  ``現状（H23見込）`` baseline column, two target years, rowspan 施策 cells, a 予算 column,
  values carrying their units (``延べ``, ``約2.3万人``, ``新規``).

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
FIXED = dt.datetime(2026, 12, 4, 0, 0, 0)


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms104/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms104/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms104_soffice_") as tmp:
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


def _num(ws, r, c, v) -> None:
    if isinstance(v, str):
        _put(ws, r, c, v, align="center" if v in ("―", "集計中") else "right")
    else:
        _put(ws, r, c, v, fmt="#,##0.0" if isinstance(v, float) else None)


# --------------------------------------------------------------------------------------------
# 備前市 (岡山県): 備前市まち・ひと・しごと創生総合戦略 KPI効果検証（平成28年度実績）


# --------------------------------------------------------------------------------------------
# 秦野市 (神奈川県): 秦野市総合計画HADANO2020プラン 後期基本計画 まちづくり指標の推移
# --------------------------------------------------------------------------------------------

# Real (秦野市's 2015 特集号): 総合計画HADANO2020プラン, 基本構想 H23–32, 後期基本計画 H28–32,
# the field 産業・観光振興. Made up: the sheet, its date and 課, every indicator and figure.
HADANO_YEARS = ["H28", "H29", "H30", "H31", "H32"]
HADANO = [
    # header, baseline, targets H28–H32, actuals H28–H30, H30 達成率
    (
        "①観光客数\n（万人）",
        175.3,
        [178.0, 181.0, 184.0, 187.0, 190.0],
        [176.9, 183.4, 182.1],
        "99.0%",
    ),
    ("②新規就農者数\n（人）", 8, [10, 10, 10, 10, 10], [11, 9, 12], "120.0%"),
    ("③空き家バンク成約件数\n（件）", 3, [5, 6, 7, 8, 10], [4, 7, "―"], "―"),
    ("④創業支援件数\n（件）", 12, [15, 16, 17, 18, 20], [14, 18, 17], "100.0%"),
]


def hadano() -> Path:
    widths = [13] + [9.5] * 8
    wb, ws = _sheet("まちづくり指標", widths)
    _text(
        ws,
        1,
        1,
        "秦野市総合計画HADANO2020プラン　後期基本計画　まちづくり指標の推移（平成30年度実績）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 9, "令和元年8月　秦野市政策部企画課", align="right", size=9)
    _text(
        ws,
        3,
        1,
        "後期基本計画の期間：平成28年度～平成32年度　各指標の左欄は実施計画に定める年度目標、右欄は実績です。",
        size=9,
    )
    _text(ws, 5, 1, "３　産業・観光振興", bold=True, size=11)
    h = 6
    _put(ws, h, 1, "年度", header=True)
    _put(ws, h + 1, 1, None, header=True)
    _merge(ws, h, 1, h + 1, 1)
    for i, (head, *_rest) in enumerate(HADANO):
        c = 2 + 2 * i
        _span(ws, h, c, c + 1, head, header=True)
        _put(ws, h + 1, c, "目標", header=True)
        _put(ws, h + 1, c + 1, "実績", header=True)
    ws.row_dimensions[h].height = 30
    ws.row_dimensions[h + 1].height = 18
    r = h + 2
    _put(ws, r, 1, "H27（策定時）", align="center")
    for i, (_h, base, _t, _a, _rate) in enumerate(HADANO):
        c = 2 + 2 * i
        _put(ws, r, c, base, align="center", fmt="0.0" if isinstance(base, float) else None)
        _put(ws, r, c + 1, None)
        _merge(ws, r, c, r, c + 1)
    ws.row_dimensions[r].height = 18
    r += 1
    for j, year in enumerate(HADANO_YEARS):
        _put(ws, r, 1, year, align="center")
        for i, (_h, _b, targets, actuals, _rate) in enumerate(HADANO):
            c = 2 + 2 * i
            t = targets[j]
            _put(ws, r, c, t, fmt="0.0" if isinstance(t, float) else None, fill=LIGHT)
            if j < len(actuals):
                _num(ws, r, c + 1, actuals[j])
                if isinstance(actuals[j], float):
                    ws.cell(row=r, column=c + 1).number_format = "0.0"
            else:
                _put(ws, r, c + 1, None)
        ws.row_dimensions[r].height = 18
        r += 1
    _put(ws, r, 1, "H30達成率", align="center", fill=LIGHT)
    for i, (_h, _b, _t, _a, rate) in enumerate(HADANO):
        c = 2 + 2 * i
        _span(ws, r, c, c + 1, rate, align="center", fill=LIGHT)
    ws.row_dimensions[r].height = 18
    _notes(
        ws,
        r + 2,
        [
            "※達成率＝H30実績÷H30目標。",
            "※空き家バンク成約件数の平成30年度は、制度見直しに伴い集計を行っていないため「―」としています。",
            "※産業・観光振興分野に係る平成30年度の決算額は2,145,380千円です。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "hadano_machizukuri_shihyo_h30.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 軽井沢町 (長野県): 第5次軽井沢町長期振興計画 前期基本計画 主要施策の目標の達成状況
# --------------------------------------------------------------------------------------------

# Real (軽井沢新聞 2013-07): 第5次軽井沢町長期振興計画 (2013–2022), 基本理念「自然と文化が奏でる
# 軽井沢」, 前期 targets to 2017: のぼり旗 0本, 公共施設の芝生化 12,000㎡ (2011) → 55,000㎡,
# 観光客数 768万人 (2011) → 800万人, 外国人宿泊客数 17,185人 (2011) → 5万人. Made up: the sheet,
# its date and 課, the のぼり旗 baseline, the 客室稼働率 row, every actual.
KARUIZAWA = [
    ("1", "観光客数", "万人", "暦年", 768.0, [840.2, 851.5, 859.6], 800.0, "達成"),
    ("2", "外国人宿泊客数", "人", "暦年", 17185, [41320, 46880, 52410], 50000, "達成"),
    ("3", "公共施設の芝生化面積", "㎡", "年度末", 12000, [31500, 38200, 44600], 55000, "未達成"),
    ("4", "商店街等ののぼり旗の本数", "本", "年度末", 320, [85, 12, 0], 0, "達成"),
    ("5", "町内宿泊施設の客室稼働率", "％", "暦年", 38.6, ["―", 42.3, 44.0], 45.0, "未達成"),
]


def karuizawa() -> Path:
    widths = [5, 26, 7, 9, 11, 10, 10, 10, 12, 10]
    wb, ws = _sheet("主要施策の目標", widths)
    _text(
        ws,
        1,
        1,
        "第5次軽井沢町長期振興計画　前期基本計画　主要施策の目標の達成状況",
        bold=True,
        size=12,
    )
    _text(ws, 2, 10, "平成30年7月　軽井沢町総合政策課", align="right", size=9)
    _text(
        ws,
        3,
        1,
        "基本理念「自然と文化が奏でる軽井沢」　計画期間：平成25年度～平成34年度（前期：平成25年度～平成29年度）",
        size=9,
    )
    _text(ws, 5, 1, "１　主要施策の数値目標", bold=True, size=11)
    h = 6
    _head2(
        ws,
        h,
        [
            (1, "No."),
            (2, "指標"),
            (3, "単位"),
            (4, "集計期間"),
            (5, "現況\n（H23）"),
            (9, "前期目標\n（H29）"),
            (10, "達成状況"),
        ],
        [(6, 8, "実績", ["H27", "H28", "H29"])],
    )
    r = h + 2
    for no, name, unit, span, base, actuals, target, word in KARUIZAWA:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _put(ws, r, 4, span, align="center")
        _num(ws, r, 5, base)
        for j, v in enumerate(actuals):
            _num(ws, r, 6 + j, v)
        _num(ws, r, 9, target)
        _put(ws, r, 10, word, align="center")
        ws.row_dimensions[r].height = 20
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※集計期間が「暦年」の指標は1月～12月、「年度末」の指標は各年度の3月31日現在の数値です。",
            "※観光客数・外国人宿泊客数は長野県観光地利用者統計調査によります。",
            "※客室稼働率の平成27年は、調査方法の変更により「―」としています。",
            "※平成29年度の主要施策関連の決算額は1,263,540千円です。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "karuizawa_shuyo_shisaku_h29.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# かほく市 (石川県): 平成30年度 施策評価シート（平成29年度実績）
# --------------------------------------------------------------------------------------------

# Real (第2次かほく市総合計画 概要版): the plan (2016–2025) and its viewpoint ②『交流・定住』
# ∼豊かな自然と共に生きていく、住み続けたいと思えるまちづくり∼. Made up: the sheet, the 施策,
# its number, 課 and money, every indicator and figure.
KAHOKU = [
    ("移住相談件数", "件", 48, [62, 75, 91], [80, 100]),
    ("転入者数", "人", 1052, [1088, 1121, 1097], [1100, 1150]),
    ("空き家バンク登録件数（累計）", "件", 5, [9, 14, "―"], [20, 30]),
    ("市内観光施設の入込客数", "千人", 412, [425, 438, 446], [440, 460]),
    ("住み続けたいと思う市民の割合", "％", 71.2, ["―", 72.5, 74.8], [75.0, "80.0以上"]),
]


def kahoku() -> Path:
    widths = [28, 7, 10, 9, 9, 9, 9, 11]
    wb, ws = _sheet("施策評価シート", widths)
    _text(ws, 1, 1, "平成30年度　施策評価シート（平成29年度実績）", bold=True, size=12)
    _text(ws, 2, 8, "かほく市", align="right", size=9)
    r = 3
    for key, value in (
        ("総合計画の位置づけ", "第2次かほく市総合計画　②『交流・定住』"),
        ("施策", "2-3　移住・定住の促進"),
        ("主担当課", "地域振興課"),
        ("関係課", "企画課、都市建設課"),
        ("施策の事業費（千円）", "86,420"),
    ):
        _put(ws, r, 1, key, header=True, align="left")
        _span(ws, r, 2, 8, value)
        ws.row_dimensions[r].height = 18
        r += 1
    _text(ws, r + 1, 1, "２　成果指標", bold=True, size=11)
    h = r + 2
    _head2(
        ws,
        h,
        [(1, "指標名"), (2, "単位"), (3, "基準値\n（H26）")],
        [(4, 6, "実績値", ["H27", "H28", "H29"]), (7, 8, "目標値", ["H29", "H32"])],
    )
    r = h + 2
    for name, unit, base, actuals, targets in KAHOKU:
        _put(ws, r, 1, name)
        _put(ws, r, 2, unit, align="center")
        _num(ws, r, 3, base)
        for j, v in enumerate(actuals):
            _num(ws, r, 4 + j, v)
        for j, v in enumerate(targets):
            _num(ws, r, 7 + j, v)
            ws.cell(row=r, column=7 + j).fill = LIGHT
        ws.row_dimensions[r].height = 20
        r += 1
    _text(ws, r + 1, 1, "３　施策の評価", bold=True, size=11)
    _para(
        ws,
        r + 2,
        1,
        8,
        "移住相談件数と入込客数は目標を上回った。転入者数は前年を下回り、目標にわずかに届かなかった。"
        "空き家バンク登録件数は、平成29年度に制度を見直したため集計していない。"
        "市民意識調査は隔年実施のため、平成27年度は「―」としている。",
        48,
    )
    _page(ws, "portrait")
    path = SOURCE / "kahoku_shisaku_hyoka_h29.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 笛吹市 (山梨県): 平成24年度マニフェスト 施策別マニフェスト
# --------------------------------------------------------------------------------------------

# Real (笛吹市 平成24年度マニフェスト, its contents page): the title, the heading 実り多い産業と、
# 人々の集うまちづくり, the 施策 headings and the numbered 事業 (2 デマンド交通運行事業, 4 笛吹スマート
# インターチェンジ設置促進事業, 9 新規就農支援対策事業, 11 農産物等消費拡大宣伝事業, 13 就職ガイダンス
# 実施事業). Made up: the table's columns, money, every indicator and figure.
FUEFUKI = [
    (
        "人が行き交う道路・交通ネットワークづくり",
        [
            (
                "2",
                "デマンド交通運行事業",
                "38,520",
                "利用者数",
                "延べ9,850人",
                "延べ11,000人",
                "延べ14,000人",
            ),
            (
                "4",
                "笛吹スマートインターチェンジ設置促進事業",
                "12,300",
                "地元説明会の開催回数",
                "新規",
                "4回",
                "―",
            ),
        ],
    ),
    (
        "魅力的で安定性のある農林業づくり",
        [("9", "新規就農支援対策事業", "21,760", "新規就農者数", "18人", "20人", "25人")],
    ),
    (
        "桃・ぶどう日本一を誇れる郷づくり",
        [
            (
                "11",
                "農産物等消費拡大宣伝事業",
                "9,840",
                "首都圏販売促進イベント来場者数",
                "約2.3万人",
                "2.5万人",
                "3万人",
            )
        ],
    ),
    (
        "安定した就業環境づくり",
        [
            (
                "13",
                "就職ガイダンス実施事業",
                "1,450",
                "ガイダンス参加者数",
                "126人",
                "150人",
                "200人",
            )
        ],
    ),
]


def fuefuki_html() -> str:
    lines = []
    for shisaku, rows in FUEFUKI:
        for i, (no, name, money, kpi, base, t1, t2) in enumerate(rows):
            head = f'<th scope="row" rowspan="{len(rows)}">{shisaku}</th>' if i == 0 else ""
            lines.append(
                f'<tr>{head}<td>{no}</td><td>{name}</td><td class="num">{money}</td><td>{kpi}</td>'
                f'<td class="num">{base}</td><td class="num">{t1}</td><td class="num">{t2}</td></tr>'
            )
    rows = "\n".join(lines)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>平成24年度マニフェスト　施策別マニフェスト（笛吹市）</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 1em; }}
th, td {{ border: 1px solid #333; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
td.num {{ text-align: right; }}
</style>
</head>
<body>
<h1>平成24年度マニフェスト　【市民へのお約束】</h1>
<p>平成24年4月　笛吹市総合政策部企画課</p>
<p>施策別マニフェストでは、主な事業ごとに指標を設け、平成24年度の目標と総合計画の最終年度（平成29年度）の目標をお示しします。</p>
<h2>実り多い産業と、人々の集うまちづくり</h2>
<table border="1">
<tr><th>施策</th><th>No.</th><th>事業名</th><th>当初予算額<br>（千円）</th><th>指標</th><th>現状<br>（H23見込）</th><th>目標<br>（H24）</th><th>目標<br>（H29）</th></tr>
{rows}
</table>
<p>※現状は平成24年2月末時点の見込です。</p>
<p>※No.4は平成24年度からの新規事業のため、現状値はありません。平成29年度の目標は、設置の可否が決まった後に定めます。</p>
</body>
</html>
"""


def fuefuki() -> Path:
    path = HERE / "fuefuki_manifest_h24.html"
    path.write_bytes(fuefuki_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (hadano, karuizawa, kahoku):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {fuefuki().name}")


if __name__ == "__main__":
    main()
