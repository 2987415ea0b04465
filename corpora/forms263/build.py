"""Build the built documents of forms263/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/kasamatsu_kpi_kensho_h30.xlsx``, a 総合戦略 KPI 検証シート in the manner of 笠松町 (岐阜県):
  **a ``KPI（目標）`` column whose cells are sentences holding the target level in another scale
  than the ``単位`` column** (``25万人`` against ``千人/年``, ``1億円`` against ``万円``) and **a
  ``基準値からの増減`` column of signed differences**, a 進捗 letter with its legend, ``未集計``; and the PDF;
* ``source/toyoyama_shisaku_hyoka_h29.xlsx``, a 総合計画 施策評価シート in the manner of 豊山町 (愛知県):
  目標 and 実績 on two rows per indicator, **no 単位 column: every cell prints its unit, with the
  scale word changing along a row and 億 and 万 in one number** (``9,850万円`` → ``1億1,240万円``),
  **a ``―（調査なし）`` actual**, form fields with 事業費 and a 施策 ranking; and the PDF;
* ``source/shimamoto_kouka_kensho_r2.xlsx``, a 地方創生推進交付金 効果検証シート in the manner of 島本町
  (大阪府): **no 単位 column, one unit line above the grid with exceptions by KPI label**
  (``（単位：人。ただしKPI②は千円、KPI⑤は百万円）``), **footnote marks on value cells**
  (``640※1``, ``△8※2``), ``令和2年度`` spanning ``目標値 | 実績値``; and the PDF;
* ``ando_machizukuri_shihyo_h30.html``, a 総合計画 まちづくり指標 page in the manner of 安堵町 (奈良県):
  **``<th colspan>`` 施策 rows carrying the 施策's 事業費 in brackets** and **value cells holding a
  second number in brackets** (``延べ1,240人（実人数312人）``), ``g/人・日``, ``千冊``, ``850以下``.

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
    wb.properties.creator = "forms263/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms263/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms263_soffice_") as tmp:
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
        _put(ws, r, c0 + j, v, align="center" if v in ("―", "未集計") else "right", fmt=fmt)


# --------------------------------------------------------------------------------------------
# 笠松町 (岐阜県羽島郡): まち・ひと・しごと創生総合戦略 KPI検証シート（平成30年度実績）
# --------------------------------------------------------------------------------------------

# Real (town site, docs/2015102600049): the strategy's name and period (H27-H31), the 基本方針
# wording, the 審議会 (paperzz: 11 members present in July 2016). Made up: the sheet, 基本目標, figures.
KS_ROWS = [
    (
        "1",
        "笠松競馬場の年間入場者数を、平成31年度までに25万人に増やします。",
        "千人/年",
        212.0,
        231.0,
        226.5,
        "+14.5",
        "B",
    ),
    (
        "2",
        "町民バスの年間利用者数を、平成31年度までに6万5千人に増やします。",
        "人/年",
        58210,
        61034,
        63880,
        "+5,670",
        "A",
    ),
    (
        "3",
        "ふるさと納税による寄附額を、平成31年度までに年間1億円にします。",
        "万円",
        1250,
        4830,
        7215,
        "+5,965",
        "A",
    ),
    (
        "4",
        "町内で開催する歴史・文化イベントへの参加者数を、平成31年度までに延べ1万人にします。",
        "人",
        6420,
        8015,
        "未集計",
        "―",
        "―",
    ),
]


def kasamatsu() -> Path:
    wb, ws = _sheet("KPI検証", [6, 52, 10, 11, 11, 11, 13, 8])
    _text(
        ws,
        1,
        1,
        "笠松町まち・ひと・しごと創生総合戦略　KPI検証シート（平成30年度実績）",
        bold=True,
        size=14,
    )
    _text(ws, 2, 8, "令和元年7月30日　笠松町地方創生総合戦略審議会　資料３", align="right")
    _text(ws, 3, 8, "（事務局：笠松町企画課）", align="right")
    _para(
        ws,
        4,
        1,
        8,
        "基本方針　“ひと・まち・自然”輝く創造文化都市 ～道徳心の醸成と人の交流を通じたまちづくり～　（計画期間：平成27年度～平成31年度）",
        18,
    )
    _text(
        ws,
        6,
        1,
        "基本目標２　笠松の歴史・文化と木曽川を活かし、新しいひとの流れをつくる",
        bold=True,
        size=11,
    )
    _text(ws, 7, 1, "■重要業績評価指標（KPI）の達成状況", bold=True, size=10)
    _head2(
        ws,
        8,
        [(1, "No."), (2, "KPI（目標）"), (3, "単位"), (8, "進捗")],
        [
            (4, 4, "基準値", ["H26"]),
            (5, 6, "実績値", ["H29", "H30"]),
            (7, 7, "基準値からの増減", ["(H30－H26)"]),
        ],
    )
    r = 10
    for no, sentence, unit, *vals, diff, grade in KS_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, sentence)
        _put(ws, r, 3, unit, align="center")
        fmts = {j: "#,##0.0" for j, v in enumerate(vals) if isinstance(v, float)}
        _vals(ws, r, 4, vals, fmts)
        _put(ws, r, 7, diff, align="center" if diff == "―" else "right")
        _put(ws, r, 8, grade, align="center")
        ws.row_dimensions[r].height = 30
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "進捗　A：目標達成の見込み　B：基準値より改善（目標達成は困難）　C：基準値から横ばい又は悪化　―：判定できない",
            "※「基準値からの増減」は、各KPIの単位欄の単位によります（No.1は千人、No.3は万円）。",
            "※No.4の平成30年度実績は、関係団体からの報告を集計中のため「未集計」としています。",
            "※本シートは、令和元年7月の審議会（委員11名）において検証を行ったものです。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "kasamatsu_kpi_kensho_h30.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 豊山町 (愛知県西春日井郡): 豊山町第4次総合計画 施策評価シート（平成29年度）
# --------------------------------------------------------------------------------------------

# Real (豊山町第4次総合計画基本構想 検討資料, 平成21年5月): the plan's name, 総務部 総務課, the 施策の大綱
# 4 活気とにぎわいを生み出す産業活力づくり. Made up: the sheet, 施策, 課, money, every figure.
TY_ROWS = [
    (
        "①町内製造品出荷額等",
        ["2,950億円", "3,000億円", "3,050億円", "3,200億円"],
        ["2,912億円", "2,987億円", "3,064億円", ""],
    ),
    (
        "②商工会の会員事業所数",
        ["520事業所", "525事業所", "530事業所", "540事業所"],
        ["518事業所", "522事業所", "519事業所", ""],
    ),
    (
        "③中小企業融資のあっせん額",
        ["1億2,000万円", "1億2,000万円", "1億3,000万円", "1億5,000万円"],
        ["9,850万円", "1億1,240万円", "1億3,480万円", ""],
    ),
    (
        "④創業支援による創業件数",
        ["3件", "3件", "4件", "累計20件"],
        ["2件", "5件", "3件", ""],
    ),
    (
        "⑤町内の従業者数",
        ["14,000人", "14,200人", "14,400人", "15,000人"],
        ["13,870人", "約14,100人", "―（調査なし）", ""],
    ),
]


def toyoyama() -> Path:
    wb, ws = _sheet("施策評価", [30, 7, 14, 14, 14, 16])
    _text(ws, 1, 1, "豊山町第4次総合計画　施策評価シート（平成29年度）", bold=True, size=14)
    _text(ws, 2, 6, "平成30年8月　豊山町 総務部 総務課", align="right")
    fields = [
        ("政策", "4　活気とにぎわいを生み出す産業活力づくり"),
        ("施策", "4-2　商工業の振興"),
        ("主管課", "産業建設部 経済課"),
        ("施策に係る事業費（H29決算）", "48,320千円"),
        ("町民アンケートによる施策の重要度", "36施策中 12位"),
    ]
    r = 4
    for label, value in fields:
        _put(ws, r, 1, label, header=True, align="left")
        _span(ws, r, 2, 6, value, align="left")
        ws.row_dimensions[r].height = 18
        r += 1
    _text(ws, r + 1, 1, "２　施策指標の推移", bold=True, size=11)
    h = r + 2
    for c, word in enumerate(["施策指標", "区分", "H27", "H28", "H29", "H32（目標年度）"], start=1):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 22
    r = h + 1
    for name, targets, actuals in TY_ROWS:
        _put(ws, r, 1, name)
        _put(ws, r + 1, 1, None)
        _merge(ws, r, 1, r + 1, 1)
        _put(ws, r, 2, "目標", align="center")
        _put(ws, r + 1, 2, "実績", align="center")
        for j, v in enumerate(targets):
            _put(ws, r, 3 + j, v, align="right")
        for j, v in enumerate(actuals):
            _put(
                ws,
                r + 1,
                3 + j,
                v,
                align="center" if v.startswith("―") else "right",
                fill=LIGHT if v == "" else None,
            )
        ws.row_dimensions[r].height = 20
        ws.row_dimensions[r + 1].height = 20
        r += 2
    _notes(
        ws,
        r + 1,
        [
            "※⑤の町内の従業者数は経済センサスによります。平成29年度は調査が行われていないため「―（調査なし）」としています。",
            "※平成28年度の従業者数は、経済センサス‐活動調査（速報）からの推計値です。",
            "※④の目標年度の目標は、平成28年度から32年度までの累計です。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "toyoyama_shisaku_hyoka_h29.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 島本町 (大阪府三島郡): 地方創生推進交付金 効果検証シート（令和2年度）
# --------------------------------------------------------------------------------------------

# Real (furusato-funding.jp/projects/2129, the 地域再生計画): the plan's name, 16.81㎢, 6,056人
# (昭和15年), 3万人 (昭和62年), JR島本駅 (平成20年). Made up: the sheet, money, every KPI and figure.
SM_ROWS = [
    ("KPI①　観光ボランティアガイドの案内人数", "1,820", "2,000", "640※1", "2,200", "2,400"),
    ("KPI②　町内農産物直売所の売上額", "18,400", "19,000", "21,350", "20,000", "21,000"),
    ("KPI③　移住相談窓口を通じた転入世帯数（世帯）", "0", "5", "7", "12", "20"),
    ("KPI④　子育て世帯の転入超過数（世帯）", "42", "50", "△8※2", "55", "60"),
    ("KPI⑤　ふるさと納税による寄附額", "12.5", "15.0", "18.2", "16.0", "17.0"),
]


def shimamoto() -> Path:
    wb, ws = _sheet("効果検証", [46, 15, 12, 12, 13, 13])
    _text(ws, 1, 1, "地方創生推進交付金　効果検証シート（令和2年度）", bold=True, size=14)
    _text(ws, 2, 6, "令和3年6月　島本町 総合政策部 政策企画課", align="right")
    fields = [
        ("地域再生計画の名称", "島本町まち・ひと・しごと創生推進計画"),
        ("交付対象事業費（千円）", "12,480（うち交付金 6,240）"),
        (
            "町の概況",
            "町域は16.81㎢。人口は昭和15年の町制施行時に6,056人であったが、昭和62年に3万人に到達した。平成20年のJR島本駅開業を機に住宅開発が進んでいる。",
        ),
    ]
    r = 4
    for label, value in fields:
        _put(ws, r, 1, label, header=True, align="left")
        _span(ws, r, 2, 6, value, align="left")
        ws.row_dimensions[r].height = 30 if len(value) > 40 else 18
        r += 1
    _text(ws, r + 1, 1, "■重要業績評価指標（KPI）", bold=True, size=11)
    _text(ws, r + 1, 6, "（単位：人。ただしKPI②は千円、KPI⑤は百万円）", align="right", size=8)
    h = r + 2
    _head2(
        ws,
        h,
        [
            (1, "KPI"),
            (2, "事業開始前\n（R元年度）"),
            (5, "令和3年度\n目標値"),
            (6, "令和4年度\n目標値"),
        ],
        [(3, 4, "令和2年度", ["目標値", "実績値"])],
    )
    r = h + 2
    for name, *vals in SM_ROWS:
        _put(ws, r, 1, name)
        for j, v in enumerate(vals):
            _put(ws, r, 2 + j, v, align="right")
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※1 新型コロナウイルス感染症の影響により、令和2年4月から9月までガイド案内を休止しました。",
            "※2 転出世帯数が転入世帯数を上回ったため、マイナス（△）で表示しています。",
            "※ KPI③の令和3年度・令和4年度目標値は、令和2年度からの累計です。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "shimamoto_kouka_kensho_r2.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 安堵町 (奈良県生駒郡): 第4次安堵町総合計画 まちづくり指標の進捗状況（平成30年度）
# --------------------------------------------------------------------------------------------

# Real (第4次安堵町総合計画 基本構想(案), 平成23年3月): the plan's name and the 第3次 theme 町民文化を誇るまち.
# Made up: the page, its 施策 numbers and names, money, every indicator and figure.
AN_BLOCKS = [
    (
        "施策2-1　健康づくりの推進（H30事業費 24,830千円）",
        [
            ("特定健康診査の受診率", "%", "31.2", "35.4", "37.0", "36.1", "60.0"),
            (
                "健康づくり教室の参加者数",
                "人",
                "延べ820人（実人数205人）",
                "延べ1,180人（実人数296人）",
                "延べ1,200人",
                "延べ1,240人（実人数312人）",
                "延べ1,500人",
            ),
        ],
    ),
    (
        "施策4-3　循環型社会の形成（H30事業費 112,460千円）",
        [("ごみの1人1日当たり排出量", "g/人・日", "912", "884", "870", "862", "850以下")],
    ),
    (
        "施策5-2　生涯学習の推進（H30事業費 8,915千円）",
        [("町立図書館の年間貸出冊数", "千冊", "42.5", "45.8", "47.0", "44.9", "50.0")],
    ),
]

AN_HEAD = """<thead>
<tr><th rowspan="2">まちづくり指標</th><th rowspan="2">単位</th><th rowspan="2">策定時<br>（H22）</th><th rowspan="2">H29実績</th><th colspan="2">H30</th><th rowspan="2">最終目標<br>（R2）</th></tr>
<tr><th>目標</th><th>実績</th></tr>
</thead>"""


def ando_html() -> str:
    rows = []
    for measure, inds in AN_BLOCKS:
        rows.append(f'<tr><th colspan="7" class="l">{measure}</th></tr>')
        for name, unit, *vals in inds:
            rows.append(
                f'<tr><td>{name}</td><td class="c">{unit}</td>'
                + "".join(f'<td class="num">{v}</td>' for v in vals)
                + "</tr>"
            )
    body = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>まちづくり指標の進捗状況（平成30年度） - 安堵町</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
th.l {{ text-align: left; background: #f2f2f2; }}
td.num {{ text-align: right; }}
td.c {{ text-align: center; }}
</style>
</head>
<body>
<p>トップページ &gt; 町政情報 &gt; 計画・施策 &gt; 総合計画</p>
<h1>第4次安堵町総合計画 まちづくり指標の進捗状況（平成30年度）</h1>
<p>令和元年9月　安堵町 総務部 企画財政課</p>
<p>第4次安堵町総合計画（平成23年度～令和2年度）では、「町民文化を誇るまち」の考え方を引き継ぎ、施策ごとにまちづくり指標を定めています。平成30年度の実績を次のとおり取りまとめました。各施策の見出しには、参考として平成30年度の事業費（決算額）を記載しています。</p>
<h2>3　施策別まちづくり指標</h2>
<table>
{AN_HEAD}
<tbody>
{body}
</tbody>
</table>
<p>※健康づくり教室の参加者数は延べ人数です。（　）内は実人数で、参考として記載しています。</p>
<p>※ごみの1人1日当たり排出量は、家庭系ごみと事業系ごみの合計を10月1日現在の人口と年間日数で割ったものです。</p>
</body>
</html>
"""


def ando() -> Path:
    path = HERE / "ando_machizukuri_shihyo_h30.html"
    path.write_bytes(ando_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (kasamatsu, toyoyama, shimamoto):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {ando().name}")


if __name__ == "__main__":
    main()
