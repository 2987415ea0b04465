"""Build the documents of forms418/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/kunneppu_jimujigyo_hyoka_r6.xlsx``, a 事務事業評価シート in the manner of 訓子府町 (北海道):
  form fields (事務事業名, 担当課, 総合計画の位置付け, 事業期間, a prose 概要 with figures) over a grid
  ``区分 | 指標名 | 単位 | 実績値 (R3 | R4) | 令和5年度 (目標 | 実績) | 最終目標（R8） | 備考`` with the
  区分 merged down; **a ``計`` row inside the 活動指標 block that adds up the two rows above it**, and
  **a 備考 cell that dates one R5 actual to a cut-off (``R5実績は令和6年2月末現在``)**; a 事業費 line and an
  評価 box under it; and the PDF;
* ``nishimeya_kosodate_kpi_r6.html``, a 子育て KPI page in the manner of 西目屋村 (青森県): breadcrumb,
  ``<h1>``, a date line, a lead ``<p>``, one ``<h2>`` over a two-row ``<thead>`` whose lower heads are
  **``2022年度 | 2023 | 2024``: 年度 printed on the first only**; **values with a bracketed head count
  (``3（9人）``) under a 世帯 unit**; **a note row between two body rows**; ``―`` for an off-year survey;
  and
* ``source/osato_senryaku_kpi_r5.xlsx``, a 総合戦略 KPI検証 in the manner of 大郷町 (宮城県): **each year
  column holds ``目標／実績`` in one cell, the header saying so**, era-less heads ``３年度`` … on a 令和
  sheet, ``千人`` in 単位, ``集計中``, an A/B/C 評価 with its legend; and the PDF;
* ``source/samegawa_senryaku_kpi_r6.xlsx``, a 総合戦略 KPI進捗 in the manner of 鮫川村 (福島県): a
  two-row header with 実績値 over R3–R6, **one KPI whose every value cell holds two labelled
  quantities on two lines (``大豆 15.2`` / ``じゅうねん 1.6``)**, ``中止``, a ``0``, ``千人`` and a
  ○/× 達成状況 with its legend; and the PDF.

These are re-typed forms of other municipalities, not their own files (README.md, SOURCES.tsv).
The XLSX and HTML files are byte-stable: fixed document dates, and the zip members are rewritten
with a fixed timestamp. The PDFs carry LibreOffice's creation date, so they differ by that only.
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
FONT = "IPAGothic"
FIXED = dt.datetime(2026, 12, 7, 0, 0, 0)


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms418/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms418/build.py"
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


def _field(ws, row, c_label, c1, c2, label, value, height=18):
    """A bordered form field: a shaded label cell and a value merged over c1..c2."""
    _put(ws, row, c_label, label, header=True)
    if c1 > c_label + 1:
        for c in range(c_label + 1, c1):
            _put(ws, row, c, None, header=True)
        _merge(ws, row, c_label, row, c1 - 1)
    _span(ws, row, c1, c2, value)
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
                    rb"\g<1>2026-12-07T00:00:00Z\g<2>",
                    data,
                )
            info = zipfile.ZipInfo(name, date_time=(2026, 12, 7, 0, 0, 0))
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
    with tempfile.TemporaryDirectory(prefix="forms418_soffice_") as tmp:
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


def _notes(ws, row: int, lines: list[str], col: int = 1) -> None:
    for i, line in enumerate(lines):
        _text(ws, row + i, col, line, size=8)


def _head2(ws, h: int, singles, groups, height=20) -> None:
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


def _vals(ws, r, c0, vals) -> None:
    for j, v in enumerate(vals):
        fmt = "#,##0.0" if isinstance(v, float) else None
        _put(ws, r, c0 + j, v, align="center" if isinstance(v, str) else "right", fmt=fmt)


# --------------------------------------------------------------------------------------------
# 訓子府町 (北海道常呂郡): 事務事業評価シート（令和6年度, 令和5年度実施事業）
# --------------------------------------------------------------------------------------------

# Real: 第6次訓子府町総合計画 and its 基本目標2 (forms234's source), 190.95km², オホーツク地域の中央部の
# 盆地, メロン・たまねぎ・小麦・てん菜 (pages: chifo.life, taiofam.com, ja.wikipedia mirror). Made up: the
# 事務事業, 課, period, money, every indicator, figure, note and evaluation.
KU_ROWS = [
    # (区分, label+name, unit, R3, R4, R5目標, R5実績, R8目標, 備考)
    ("活動指標", "ア　就農相談会の開催回数（メロン部会）", "回", 4, 5, 6, 6, 6, ""),
    ("活動指標", "イ　就農相談会の開催回数（たまねぎ部会）", "回", 2, 3, 4, 3, 4, ""),
    ("活動指標", "計", "回", 6, 8, 10, 9, 10, "ア・イの合計"),
    ("活動指標", "ウ　農業研修生の受入人数", "人", 3, 2, 4, 5, 4, ""),
    ("成果指標", "エ　新規就農者数", "人", 2, 1, 3, 2, 3, "R5実績は令和6年2月末現在"),
    ("成果指標", "オ　メロンの作付面積", "ha", 41.6, 40.3, 42.0, 39.8, 45.0, ""),
]


def kunneppu() -> Path:
    wb, ws = _sheet("事務事業評価", [9, 36, 6, 8, 8, 8, 8, 11, 24])
    _text(ws, 1, 1, "令和６年度　事務事業評価シート（令和５年度実施事業）", bold=True, size=14)
    _text(ws, 2, 9, "訓子府町　令和6年7月作成", size=9, align="right")
    _text(ws, 4, 1, "１　事業の概要", bold=True, size=11)
    _field(ws, 5, 1, 3, 9, "事務事業名", "新規就農・担い手育成支援事業")
    _field(ws, 6, 1, 3, 9, "担当課", "農業振興課")
    _field(
        ws,
        7,
        1,
        3,
        9,
        "総合計画の位置付け",
        "第6次訓子府町総合計画　基本目標２　強い「産業」で活力を生み出すまちづくり",
    )
    _field(ws, 8, 1, 3, 9, "事業期間", "平成29年度～令和8年度")
    _field(
        ws,
        9,
        1,
        3,
        9,
        "事業の内容",
        "本町は面積190.95km²、オホーツク地域の中央部の盆地に位置し、寒暖差を活かしたメロンやたまねぎ、小麦、てん菜などの畑作を基幹産業としている。"
        "農業者の高齢化により今後10年間で農家戸数の約3割が減ると見込まれるため、就農希望者の研修を受け入れ、営農開始時の機械・施設導入を支援する（1戸あたり上限150万円、補助率2分の1）。",
        height=52,
    )
    _text(ws, 11, 1, "２　指標の状況", bold=True, size=11)
    h = 12
    _head2(
        ws,
        h,
        [(1, "区分"), (2, "指標名"), (3, "単位"), (8, "最終目標\n（R8）"), (9, "備考")],
        [(4, 5, "実績値", ["R3", "R4"]), (6, 7, "令和5年度", ["目標", "実績"])],
    )
    r = h + 2
    for kubun, name, unit, *vals, note in KU_ROWS:
        total = name == "計"
        fill = LIGHT if total else None
        _put(ws, r, 1, kubun, align="center")
        _put(ws, r, 2, name, align="center" if total else None, fill=fill)
        _put(ws, r, 3, unit, align="center", fill=fill)
        _vals(ws, r, 4, vals)
        if total:
            for c in range(4, 9):
                ws.cell(row=r, column=c).fill = LIGHT
        _put(ws, r, 9, note, size=8, fill=fill)
        ws.row_dimensions[r].height = 20
        r += 1
    _merge(ws, h + 2, 1, h + 5, 1)
    _merge(ws, h + 6, 1, h + 7, 1)
    for rr in (h + 2, h + 6):
        ws.cell(row=rr, column=1).alignment = Alignment(
            horizontal="center", vertical="center", wrap_text=True
        )
    _notes(
        ws,
        r,
        ["※指標エの令和5年度実績は、令和6年2月末現在の集計（3月の就農予定者1名を含まない）。"],
    )
    r += 2
    _text(ws, r, 1, "３　事業費の推移", bold=True, size=11)
    r += 1
    for j, w in enumerate(["区分", "", "", "R3決算", "R4決算", "R5決算", "", "R6予算"]):
        if j in (1, 2, 6):
            continue
        _put(ws, r, j + 1, w, header=True)
    _merge(ws, r, 1, r, 3)
    _merge(ws, r, 6, r, 7)
    _put(ws, r + 1, 1, "事業費（千円）")
    _merge(ws, r + 1, 1, r + 1, 3)
    for col, amount in zip((4, 5, 6, 8), (12450, 13020, 15300, 16000)):
        _put(ws, r + 1, col, amount)
    _put(ws, r + 1, 7, None)
    _merge(ws, r + 1, 6, r + 1, 7)
    r += 3
    _text(ws, r, 1, "４　評価", bold=True, size=11)
    _field(ws, r + 1, 1, 3, 9, "総合評価", "B　概ね順調（成果指標2項目中、目標達成0項目）")
    _field(
        ws,
        r + 2,
        1,
        3,
        9,
        "今後の方向性",
        "研修受入は計画を上回ったが、新規就農者数は目標に届かなかった。令和7年度から住宅確保の支援を加え、現状規模で継続する。",
        height=30,
    )
    _page(ws, "portrait")
    path = SOURCE / "kunneppu_jimujigyo_hyoka_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 西目屋村 (青森県中津軽郡): 子育て応援日本一の村づくり KPIの実績（令和6年度）, HTML
# --------------------------------------------------------------------------------------------

# Real: 産婦健診無料化 from 平成21年, the 子育て応援日本一の村づくり宣言, 1,315人 (2021年1月1日推計),
# 弘前市から車で約30分 (ijyu-sien.com), 白神山地. Made up: the page, its 課, the heading, every KPI,
# figure and note.
NI_ROWS = [
    # (No., name, unit, base, 2022, 2023, 2024, target, note)
    ("1", "出生数", "人", "8", "6", "9", "7", "10", ""),
    (
        "2",
        "子育て世帯の転入数",
        "世帯",
        "2",
        "3（9人）",
        "1（4人）",
        "4（11人）",
        "5",
        "（　）内は世帯員数",
    ),
    ("3", "放課後子ども教室の登録児童数", "人", "21", "24", "31", "33", "30", ""),
    ("4", "子育て支援に対する保護者の満足度", "％", "62.5", "―", "71.0", "―", "75.0", "隔年調査"),
    ("5", "産婦健康診査の受診率", "％", "100.0", "100.0", "100.0", "100.0", "100.0", ""),
]
NI_NOTE_AFTER = "3"


def nishimeya_html() -> str:
    rows = []
    for no, name, unit, *vals, note in NI_ROWS:
        cells = "".join(f"<td>{v}</td>" for v in vals)
        rows.append(
            f'      <tr>\n        <td>{no}</td>\n        <th scope="row">{name}</th>\n        <td>{unit}</td>\n        {cells}\n        <td>{note}</td>\n      </tr>'
        )
        if no == NI_NOTE_AFTER:
            rows.append(
                '      <tr class="note">\n        <td colspan="9">※No.3は2023年度から対象を小学1～3年生から小学1～6年生に拡大しました。</td>\n      </tr>'
            )
    body = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>子育て応援日本一の村づくり　重要業績評価指標（KPI）の実績（令和６年度） - 西目屋村</title>
</head>
<body>
<nav class="breadcrumb">
  <ol>
    <li><a href="/">ホーム</a></li>
    <li><a href="/kurashi/">くらし・手続き</a></li>
    <li><a href="/kurashi/kosodate/">子育て・教育</a></li>
    <li>子育て応援日本一の村づくり　KPIの実績（令和６年度）</li>
  </ol>
</nav>
<main>
  <h1>子育て応援日本一の村づくり　重要業績評価指標（KPI）の実績（令和６年度）</h1>
  <p class="date">更新日：2025年8月1日　　担当：住民課　子育て支援係</p>
  <p>西目屋村は、平成21年から全国に先駆けて産婦健診の無料化に取り組み、「子育て応援日本一の村づくり宣言」のもと、地域全体で子育てを支える体制づくりを進めています。村の人口は1,315人（2021年1月1日現在の推計人口）で、弘前市から車で約30分の距離にあります。</p>
  <p>村の総合戦略に掲げた子育て関連の5つのKPIについて、2024年度までの実績を取りまとめました。基準値は2019年度、目標値は戦略の最終年度である2024年度の値です。</p>
  <h2>基本目標３　若い世代の結婚・出産・子育ての希望をかなえる</h2>
  <table border="1">
    <thead>
      <tr>
        <th rowspan="2">No.</th>
        <th rowspan="2">KPI</th>
        <th rowspan="2">単位</th>
        <th rowspan="2">基準値<br>（2019年度）</th>
        <th colspan="3">実績値</th>
        <th rowspan="2">目標値<br>（2024年度）</th>
        <th rowspan="2">備考</th>
      </tr>
      <tr>
        <th>2022年度</th>
        <th>2023</th>
        <th>2024</th>
      </tr>
    </thead>
    <tbody>
{body}
    </tbody>
  </table>
  <p>※No.4の満足度は、小中学生の保護者を対象とした隔年の調査（2019年度・2021年度・2023年度実施）によるものです。</p>
  <p>このページに関するお問い合わせ：西目屋村役場　住民課　子育て支援係</p>
</main>
</body>
</html>
"""


def nishimeya() -> Path:
    path = HERE / "nishimeya_kosodate_kpi_r6.html"
    path.write_bytes(nishimeya_html().encode("utf-8"))
    return path


# --------------------------------------------------------------------------------------------
# 大郷町 (宮城県黒川郡): まち・ひと・しごと創生総合戦略 KPIの検証結果（令和5年度）
# --------------------------------------------------------------------------------------------

# Real: 大郷町まち・ひと・しごと創生総合戦略 as 第3部 of 大郷町総合計画 (後期, 令和3年度～令和6年度), the
# 1954 merger of 大谷村・粕川村・大松沢村, 13,140人 (1955), 6,033人 (2040, 社人研). Made up: the 課, the
# heading, every KPI, figure, grade and note.
OS_ROWS = [
    # (No., name, unit, base, R3 目標／実績, R4, R5, final, grade)
    (
        "1",
        "町内観光・交流施設の入込客数",
        "千人",
        310,
        "330／341",
        "340／352",
        "350／338",
        360,
        "B",
    ),
    ("2", "移住・定住支援制度の利用世帯数", "世帯", 5, "8／6", "8／9", "10／10", 10, "A"),
    ("3", "空き家バンクの成約件数", "件", 2, "3／1", "3／4", "4／集計中", 4, "―"),
    (
        "4",
        "ふるさと納税の寄附件数",
        "件",
        1204,
        "1,500／1,688",
        "1,800／2,315",
        "2,100／2,907",
        2400,
        "A",
    ),
]


def osato() -> Path:
    wb, ws = _sheet("KPI検証", [5, 34, 7, 11, 15, 15, 15, 12, 7])
    _text(
        ws,
        1,
        1,
        "大郷町まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の検証結果（令和５年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 9, "令和6年9月　大郷町", align="right")
    _field(
        ws,
        4,
        1,
        3,
        9,
        "戦略の名称",
        "大郷町まち・ひと・しごと創生総合戦略（大郷町総合計画　第3部）",
    )
    _field(ws, 5, 1, 3, 9, "計画期間", "令和3年度～令和6年度（4年間）")
    _field(ws, 6, 1, 3, 9, "担当課", "まちづくり政策課")
    _field(
        ws,
        7,
        1,
        3,
        9,
        "町の概要",
        "本町は昭和29年に大谷村・粕川村・大松沢村の3村が合併して誕生した。人口は昭和30年の13,140人をピークに減少が続き、"
        "国立社会保障・人口問題研究所の推計では2040年に6,033人となる見込みである。",
        height=34,
    )
    _text(ws, 9, 1, "■基本目標２　大郷町への新しい人の流れをつくる", bold=True, size=11)
    h = 10
    heads = [
        "No.",
        "重要業績評価指標（KPI）",
        "単位",
        "基準値\n（R元）",
        "３年度\n目標／実績",
        "４年度\n目標／実績",
        "５年度\n目標／実績",
        "最終目標\n（６年度）",
        "評価",
    ]
    for j, w in enumerate(heads):
        _put(ws, h, j + 1, w, header=True)
    ws.row_dimensions[h].height = 30
    r = h + 1
    for no, name, unit, base, y3, y4, y5, final, grade in OS_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _put(ws, r, 4, base)
        for j, v in enumerate((y3, y4, y5)):
            _put(ws, r, 5 + j, v, align="center")
        _put(ws, r, 8, final)
        _put(ws, r, 9, grade, align="center", bold=True)
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r,
        [
            "※各年度欄は「目標値／実績値」の順に記載。",
            "※評価　A：目標を達成　B：目標の80％以上　C：目標の80％未満　―：実績集計中のため評価保留",
            "※No.3の５年度実績は令和6年10月に確定予定。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "osato_senryaku_kpi_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 鮫川村 (福島県東白川郡): 第2期総合戦略 KPI進捗状況（令和6年度）
# --------------------------------------------------------------------------------------------

# Real: 第2期鮫川村人口ビジョン、まち・ひと・しごと創生総合戦略 (4年間), 8,256人 (1960), 2060年に約2,000人超,
# まめで達者な村づくり (平成16年度から), 大豆・じゅうねん, 強滝 (vill.samegawa.fukushima.jp, zck.or.jp).
# Made up: the period's exact years, the 課, the 基本目標's words, every KPI, figure and mark.
SA_ROWS = [
    # (No., name, unit, base, R3, R4, R5, R6, target, mark)
    (
        "1",
        "特産品（大豆・じゅうねん）の出荷量",
        "t",
        "大豆 15.2\nじゅうねん 1.6",
        "大豆 16.0\nじゅうねん 1.8",
        "大豆 14.1\nじゅうねん 1.5",
        "大豆 17.3\nじゅうねん 2.0",
        "大豆 18.4\nじゅうねん 2.1",
        "大豆 20.0\nじゅうねん 3.0",
        "×",
    ),
    ("2", "農産物直売所の利用者数", "千人", 62.4, 58.1, 60.3, 63.0, 64.8, 65.0, "×"),
    ("3", "新規就農者数", "人", 1, 2, 1, 0, 2, 2, "○"),
    ("4", "強滝周辺の観光入込客数", "人", 8900, 9450, 10200, 10050, 11320, 12000, "×"),
    ("5", "村主催の農業体験イベント参加者数", "人", 320, "中止", 185, 240, 298, 350, "×"),
]


def samegawa() -> Path:
    wb, ws = _sheet("KPI進捗", [5, 30, 6, 12, 12, 12, 12, 12, 12, 8])
    _text(
        ws,
        1,
        1,
        "第２期鮫川村まち・ひと・しごと創生総合戦略　ＫＰＩ進捗状況（令和６年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 10, "令和7年8月　鮫川村", align="right")
    _field(ws, 4, 1, 3, 10, "計画期間", "令和3年度～令和6年度（4年間）")
    _field(ws, 5, 1, 3, 10, "担当課", "総務課")
    _field(
        ws,
        6,
        1,
        3,
        10,
        "村の概要",
        "本村の人口は1960年の8,256人をピークに減少を続けており、人口ビジョンでは2060年に約2,000人超の人口を維持することを目標としている。"
        "平成16年度からは「まめで達者な村づくり」として、60歳以上の村民を中心に大豆・じゅうねんの作付けを奨励している（種子代700円/kgを100円/kgで配布）。",
        height=46,
    )
    _text(ws, 8, 1, "基本目標１　村の資源を活かし、しごとと交流を生み出す", bold=True, size=11)
    h = 9
    _head2(
        ws,
        h,
        [
            (1, "No."),
            (2, "ＫＰＩ"),
            (3, "単位"),
            (4, "基準値\n（R2）"),
            (9, "目標値\n（R6）"),
            (10, "達成\n状況"),
        ],
        [(5, 8, "実績値", ["R3", "R4", "R5", "R6"])],
    )
    r = h + 2
    for no, name, unit, *vals, mark in SA_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate(vals):
            if isinstance(v, str) and "\n" in v:
                _put(ws, r, 4 + j, v, align="right")
            else:
                _vals(ws, r, 4 + j, [v])
        _put(ws, r, 10, mark, align="center", bold=True)
        ws.row_dimensions[r].height = 30 if no == "1" else 20
        r += 1
    _notes(
        ws,
        r,
        [
            "※達成状況　○：R6実績が目標値に達した　×：目標値に達しなかった",
            "※No.5のR3は新型コロナウイルス感染症拡大防止のため中止。",
            "※No.2の直売所は平成16年度開設。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "samegawa_senryaku_kpi_r6.xlsx"
    _save(wb, path)
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (kunneppu, osato, samegawa):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {nishimeya().name}")


if __name__ == "__main__":
    main()
