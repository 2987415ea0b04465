"""Build the built documents of forms164/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/nakano_shakaishihon_jigohyoka_h28.xlsx``, a 社会資本総合整備計画 事後評価書 in the manner of
  中野市 (長野県): form fields, a 定量的指標 grid with ``当初現況値（H26当初）``, a **blank
  ``中間目標値（H　末）`` column**, ``最終目標値（H34末）`` and ``実績値（H27末）``, values carrying their unit
  (``0公園``, ``210千人``), and a 全体事業費 block in 百万円; and the PDF;
* ``source/yokoshibahikari_kpi_kensho_h28.xlsx``, a 総合戦略 KPI 検証シート in the manner of 横芝光町
  (千葉県): 区分 (数値目標/KPI) rows, ``―`` cells, a 千円 money KPI, a 達成率 column against the H31
  target and a 担当課 per row; and the PDF;
* ``source/yaita_jimujigyo_hyoka_h28.xlsx``, a 事務事業評価シート in the manner of 矢板市 (栃木県):
  key-value fields (事業名, 担当課, 事業費（千円）), then 活動指標/成果指標 rows under
  ``H27実績 | H28目標 | H28実績 | 達成率 | H32目標``; and the PDF;
* ``toyama_shisaku_hyoka_r1.html``, a 施策評価 page in the manner of 富山市 (富山県): ``<h3>`` 施策 with
  code, a ``<h4>成果指標</h4>`` table with actuals H29–R元, a 中間目標値（R元） and a 目標値（R3）, and a
  per-person waste indicator whose lower-is-better direction its name does not say.

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
    wb.properties.creator = "forms164/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms164/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms164_soffice_") as tmp:
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
# 中野市 (長野県): 社会資本総合整備計画 事後評価書
# --------------------------------------------------------------------------------------------

# Real (the city's 事後評価書, SOURCES.tsv): the form's words (計画の名称, 計画の期間, 交付対象, 計画の目標,
# 計画の成果目標（定量的指標）, 定量的指標の定義及び算定式, 当初現況値/中間目標値/最終目標値 over
# （H26当初）/（H　末）/（H34末）, 全体事業費 A/B/C in 百万円, 効果促進事業費の割合, 事後評価の実施時期, 公表の方法),
# the plan's name, period and aim, the first indicator's definition and figures (0公園 → 19公園), 175百万円, 0.0%,
# 平成28年5月. Made up: the 実績値（H27末） column, rows 2–4, the notes.
NK_ROWS = [
    (
        "長寿命化対策が完了した都市公園数",
        "長寿命化計画を策定した全19都市公園のうち、公園施設長寿命化対策が完了した都市公園について計測する。",
        "0公園",
        "19公園",
        "4公園",
    ),
    (
        "使用を禁止している遊具の数",
        "劣化により使用禁止の措置をとっている遊具の基数を計測する。",
        "23基",
        "0基",
        "15基",
    ),
    (
        "公園施設に満足している市民の割合",
        "市民意識調査で「満足」「やや満足」と回答した人の割合（回答者数÷全回答者数×100）",
        "52.4%",
        "65.0%",
        "55.1%",
    ),
    (
        "主要公園の年間利用者数",
        "一本木公園、中野陣屋・県庁記念館周辺公園、東山公園の利用者数の合計",
        "210千人",
        "250千人",
        "226千人",
    ),
]


def nakano() -> Path:
    wb, ws = _sheet("事後評価書", [22, 44, 13, 13, 13, 13])
    _text(ws, 1, 1, "社会資本総合整備計画　事後評価書", bold=True, size=13)
    _text(ws, 1, 6, "平成28年5月10日", align="right")
    _put(ws, 3, 1, "計画の名称", header=True)
    _span(ws, 3, 2, 6, "中野市公園施設長寿命化対策支援事業")
    _put(ws, 4, 1, "計画の期間", header=True)
    _span(ws, 4, 2, 3, "平成26年度　～　平成34年度（9年間）")
    _put(ws, 4, 4, "交付対象", header=True)
    _span(ws, 4, 5, 6, "中野市")
    _put(ws, 5, 1, "計画の目標", header=True)
    _span(
        ws,
        5,
        2,
        6,
        "事後的な維持管理から、予防保全的な維持管理への転換を推進するために、公園施設の長寿命化計画を基に、"
        "公園施設の戦略的な機能保全・向上対策による安全性の確保等を計画的に実施し、子どもや高齢者をはじめ"
        "誰もが安全で安心して利用できる都市公園の整備をする。",
    )
    ws.row_dimensions[5].height = 36
    _text(ws, 7, 1, "計画の成果目標（定量的指標）", bold=True, size=11)
    h = 8
    for c, word in ((1, "定量的指標"), (2, "定量的指標の定義及び算定式")):
        _put(ws, h, c, word, header=True)
        _put(ws, h + 1, c, None, header=True)
        _merge(ws, h, c, h + 1, c)
    for c, upper, lower in (
        (3, "当初現況値", "（H26当初）"),
        (4, "中間目標値", "（H　末）"),
        (5, "最終目標値", "（H34末）"),
        (6, "実績値", "（H27末）"),
    ):
        _put(ws, h, c, upper, header=True)
        _put(ws, h + 1, c, lower, header=True)
    r = h + 2
    for name, definition, base, final, actual in NK_ROWS:
        _put(ws, r, 1, name)
        _put(ws, r, 2, definition, size=8)
        _put(ws, r, 3, base, align="right")
        _put(ws, r, 4, None)
        _put(ws, r, 5, final, align="right")
        _put(ws, r, 6, actual, align="right")
        ws.row_dimensions[r].height = 34
        r += 1
    r += 1
    _text(ws, r, 1, "全体事業費", bold=True, size=11)
    r += 1
    _put(ws, r, 1, "合計（A+B+C）", header=True)
    _put(ws, r, 2, "175百万円", align="right")
    _put(ws, r, 3, "A", header=True)
    _put(ws, r, 4, "175百万円", align="right")
    _put(ws, r, 5, "B", header=True)
    _put(ws, r, 6, "百万円", align="right")
    r += 1
    _put(ws, r, 1, "効果促進事業費の割合", header=True)
    _put(ws, r, 2, "C/(A+B+C)　0.0%", align="right")
    _put(ws, r, 3, "C", header=True)
    _put(ws, r, 4, "百万円", align="right")
    _put(ws, r, 5, "備考", header=True)
    _put(ws, r, 6, None)
    r += 2
    _put(ws, r, 1, "事後評価の実施時期", header=True)
    _put(ws, r, 2, "平成28年5月")
    _put(ws, r, 3, "公表の方法", header=True)
    _span(ws, r, 4, 6, "市公式ホームページにより公表")
    _notes(
        ws,
        r + 2,
        [
            "※中間目標値は設定していない。",
            "※実績値は事後評価の時点（平成27年度末）で把握している値。対象19公園のうち4公園で対策が完了した。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "nakano_shakaishihon_jigohyoka_h28.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 横芝光町 (千葉県): まち・ひと・しごと創生総合戦略 KPI 検証シート
# --------------------------------------------------------------------------------------------

# Real: the strategy's name (横芝光町まち・ひと・しごと創生総合戦略, 平成27年10月) and its 基本目標 framework.
# Made up: the sheet, its date and 課, the 基本目標 wording, every indicator and figure, the notes.
YS_ROWS = [
    ("数値目標", "町内事業所の従業者数", "人", 8412, 8500, 8390, "―", "―", "企画空港課"),
    ("KPI", "新規就農者数（5年間累計）", "人", "―", 25, 4, 9, "36.0%", "産業課"),
    ("KPI", "企業誘致件数", "件", 0, 3, 1, 1, "33.3%", "企画空港課"),
    ("KPI", "ふるさと納税寄附額", "千円", 3850, 30000, 12460, 41275, "137.6%", "企画空港課"),
    ("KPI", "創業支援による創業者数", "人/年", 2, 5, 3, 4, "80.0%", "産業課"),
]


def yokoshibahikari() -> Path:
    wb, ws = _sheet("KPI検証", [10, 30, 8, 12, 12, 12, 12, 14, 13])
    _text(
        ws,
        1,
        1,
        "横芝光町まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）検証シート（平成28年度実績）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 9, "平成29年8月", align="right")
    _text(ws, 4, 1, "基本目標１　安定した雇用を創出する", bold=True, size=11)
    heads = [
        "区分",
        "指標",
        "単位",
        "基準値\n（H26）",
        "目標値\n（H31）",
        "H27実績",
        "H28実績",
        "達成率\n（H28実績／目標値）",
        "担当課",
    ]
    for j, w in enumerate(heads, start=1):
        _put(ws, 5, j, w, header=True)
    ws.row_dimensions[5].height = 30
    r = 6
    for kind, name, unit, *vals, rate, dept in YS_ROWS:
        _put(ws, r, 1, kind, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, vals)
        _put(ws, r, 8, rate, align="right" if rate != "―" else "center")
        _put(ws, r, 9, dept, align="center")
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※達成率は、H28実績を目標値（H31）で割ったものです。",
            "※従業者数のH28は、経済センサスの結果が公表されていないため「―」としています。",
            "※新規就農者数の基準値は、平成27年度からの累計で把握するため設定していません。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "yokoshibahikari_kpi_kensho_h28.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 矢板市 (栃木県): 事務事業評価シート
# --------------------------------------------------------------------------------------------

# Real: the plan's name (第2次21世紀矢板市総合計画 後期基本計画) and the 総合政策課. Made up: the 事業, the
# sheet, its fields, every indicator and figure, the evaluation.
YT_ROWS = [
    ("活動指標", "空き家バンク登録件数", "件", 8, 15, 17, "113.3%", 60),
    ("活動指標", "空き家所有者への意向調査票送付数", "通", 420, 400, 385, "96.3%", 400),
    ("成果指標", "空き家バンクを通じた成約件数", "件", 3, 6, 6, "100.0%", 30),
    ("成果指標", "空き家バンク利用による転入者数", "人", 5, 10, 8, "80.0%", 45),
]


def yaita() -> Path:
    wb, ws = _sheet("事務事業評価", [11, 34, 7, 11, 11, 11, 11, 11])
    _text(ws, 1, 1, "事務事業評価シート（平成28年度実施事業）", bold=True, size=13)
    _text(ws, 1, 8, "矢板市", align="right")
    _text(ws, 3, 1, "１　事業の概要", bold=True, size=11)
    fields = [
        ("事業名", "空き家バンク推進事業", "担当課", "総合政策課"),
        (
            "総合計画の位置付け",
            "第2次21世紀矢板市総合計画 後期基本計画　定住の促進",
            "事業期間",
            "平成27年度～平成32年度",
        ),
        ("事業費（千円）", "2,340（H28決算）", "うち一般財源（千円）", "1,170"),
    ]
    r = 4
    for k1, v1, k2, v2 in fields:
        _put(ws, r, 1, k1, header=True)
        _span(ws, r, 2, 3, v1)
        _span(ws, r, 4, 5, k2, header=True)
        _span(ws, r, 6, 8, v2)
        ws.row_dimensions[r].height = 22
        r += 1
    _put(ws, r, 1, "事業の内容", header=True)
    _span(
        ws,
        r,
        2,
        8,
        "市内の空き家の所有者に登録を働きかけ、空き家バンクに登録された物件の情報を市ホームページ等で発信し、"
        "移住希望者とのマッチングを行う。",
    )
    ws.row_dimensions[r].height = 30
    r += 2
    _text(ws, r, 1, "２　事業の指標", bold=True, size=11)
    r += 1
    for j, w in enumerate(
        ["区分", "指標名", "単位", "H27実績", "H28目標", "H28実績", "達成率", "H32目標"], start=1
    ):
        _put(ws, r, j, w, header=True)
    ws.row_dimensions[r].height = 22
    r += 1
    for kind, name, unit, a27, t28, a28, rate, t32 in YT_ROWS:
        _put(ws, r, 1, kind, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, [a27, t28, a28])
        _put(ws, r, 7, rate, align="right")
        _put(ws, r, 8, t32)
        ws.row_dimensions[r].height = 22
        r += 1
    r += 1
    _text(ws, r, 1, "３　評価", bold=True, size=11)
    r += 1
    _put(ws, r, 1, "総合評価", header=True)
    _put(ws, r, 2, "B　概ね順調", align="center")
    _span(ws, r, 3, 4, "今後の方向性", header=True)
    _span(ws, r, 5, 8, "継続（登録物件の掘り起こしを強化）")
    ws.row_dimensions[r].height = 22
    _notes(
        ws,
        r + 2,
        [
            "※達成率は、H28実績をH28目標で割ったものです。",
            "※H32目標は後期基本計画の最終年度の目標値（平成28年度からの5年間の累計ではありません）。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "yaita_jimujigyo_hyoka_h28.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 富山市 (富山県): 第2次富山市総合計画 施策評価
# --------------------------------------------------------------------------------------------

# Real: the plan (第2次富山市総合計画, from 平成29年度, 基本構想10年, 前期・後期基本計画 5年ずつ), the city's
# 施策評価, the phrase 公共交通を軸とした拠点集中型のコンパクトなまちづくり and the 路面電車南北接続 (令和2年3月).
# Made up: the page, the headings' numbers and wording, every indicator and figure, the notes.
TY_ROWS = [
    ("公共交通が便利な地域に住む市民の割合", "%", "37.2", "38.4", "38.8", "39.1", "39.0", "41.0"),
    ("路面電車の1日平均乗車人数", "人", "22,410", "23,120", "23,590", "24,050", "24,000", "25,000"),
    (
        "中心市街地の歩行者通行量（休日）",
        "人",
        "33,860",
        "35,120",
        "34,470",
        "36,010",
        "35,000",
        "36,000",
    ),
    ("市民1人1日当たりのごみ排出量", "g/人・日", "925", "912", "905", "899", "900", "880"),
]


def toyama_html() -> str:
    body = "\n".join(
        "<tr><td>"
        + name
        + '</td><td class="c">'
        + unit
        + "</td>"
        + "".join(f'<td class="num">{v}</td>' for v in vals)
        + "</tr>"
        for name, unit, *vals in TY_ROWS
    )
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>令和元年度 施策評価結果 - 富山市</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
td.num {{ text-align: right; }}
td.c {{ text-align: center; }}
</style>
</head>
<body>
<p>ホーム &gt; 市政情報 &gt; 計画・施策 &gt; 第2次富山市総合計画</p>
<h1>令和元年度 施策評価結果（第2次富山市総合計画 前期基本計画）</h1>
<p>第2次富山市総合計画は平成29年度を初年度とし、基本構想が10年間、基本計画が前期・後期各5年間です。前期基本計画（平成29年度～令和3年度）の3年目にあたる令和元年度の取組について、施策ごとに成果指標の推移を取りまとめました。令和2年3月には富山駅での路面電車南北接続が完成しています。</p>
<h2>まちづくりの目標3　都市の魅力と活力があふれるまち</h2>
<h3>施策3-2-1　公共交通を軸とした拠点集中型のコンパクトなまちづくり</h3>
<h4>成果指標</h4>
<table>
<tr><th rowspan="2">成果指標</th><th rowspan="2">単位</th><th rowspan="2">基準値<br>（H27）</th><th colspan="3">実績値</th><th rowspan="2">中間目標値<br>（R元）</th><th rowspan="2">目標値<br>（R3）</th></tr>
<tr><th>H29</th><th>H30</th><th>R元</th></tr>
{body}
</table>
<p>※路面電車の乗車人数は、市内電車と富山ライトレールの合計です。</p>
<p>※歩行者通行量は、中心市街地の定点（13地点）で休日に計測した値の合計です。</p>
<p>お問い合わせ：企画管理部 企画調整課</p>
</body>
</html>
"""


def toyama() -> Path:
    path = HERE / "toyama_shisaku_hyoka_r1.html"
    path.write_bytes(toyama_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (nakano, yokoshibahikari, yaita):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {toyama().name}")


if __name__ == "__main__":
    main()
