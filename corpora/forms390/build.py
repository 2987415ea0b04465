"""Build the documents of forms390/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/kikonai_jimujigyo_hyoka_r5.xlsx``, a 事務事業評価シート in the manner of 木古内町 (北海道):
  form fields with a prose paragraph full of figures, a ``２　活動指標`` grid whose last column
  ``R3～R5合計`` sums the actuals, a ``３　事業費の推移（単位：千円）`` money table, and a
  ``４　成果指標`` grid under a two-row header with a 備考 column that makes one row a 暦年 row;
  and the PDF;
* ``happo_kaso_shihyo_r5.html``, a 過疎地域持続的発展計画 目標指標 page in the manner of 八峰町
  (秋田県): two ``<h2>`` over tables with a two-row ``<thead>``, a footnote on a 漁期 that does not
  leave the fiscal year, full-width digits, a 内数 in brackets and ``集計中``;
* ``source/ohira_saisei_kpi_suii_r5.xlsx``, a 地域再生計画 KPIの推移 in the manner of 大衡村 (宮城県):
  the fiscal years down the side, the three KPIs across, each over ``目標 | 実績`` and a row of
  units in brackets; the baseline merged over both cells of its row; and the PDF;
* ``source/tozawa_zenki_seika_r5.xlsx``, a 総合計画 前期基本計画 成果指標の進捗 in the manner of
  戸沢村 (山形県): era-less year heads (``３年度`` …), a ``（単位：千人）`` line above the grid and a
  shaded ``【参考】`` row summing three indicators; and the PDF.

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
FIXED = dt.datetime(2026, 12, 7, 0, 0, 0)


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms390/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms390/build.py"
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
        cell.number_format = fmt or ("#,##0" if isinstance(value, int) else "#,##0.0")
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


def _down(ws, r1, r2, col, value, header=True):
    """A header cell merged down r1..r2 of one column."""
    _put(ws, r1, col, value, header=header)
    for r in range(r1 + 1, r2 + 1):
        _put(ws, r, col, None, header=header)
    _merge(ws, r1, col, r2, col)


def _text(ws, row, col, value, bold=False, size=9, align=None):
    """A borderless text cell (titles, headings, notes)."""
    cell = ws.cell(row=row, column=col, value=value)
    cell.font = Font(name=FONT, size=size, bold=bold)
    cell.alignment = Alignment(horizontal=align or "left", vertical="center")
    return cell


def _field(ws, row, c1, c2, c3, label, value, height=18):
    """A form row: a shaded label over c1..c2, its value over c2+1..c3."""
    _span(ws, row, c1, c2, label, header=True)
    _span(ws, row, c2 + 1, c3, value)
    ws.cell(row=row, column=c2 + 1).alignment = Alignment(
        horizontal="left", vertical="center", wrap_text=True
    )
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
    with tempfile.TemporaryDirectory(prefix="forms390_soffice_") as tmp:
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


def _vals(ws, r, c0, vals, fill=None, fmt=None) -> None:
    for j, v in enumerate(vals):
        if isinstance(v, str):
            _put(ws, r, c0 + j, v, align="center" if v == "―" else "right", fill=fill)
        else:
            _put(ws, r, c0 + j, v, fill=fill, fmt=fmt)


# --------------------------------------------------------------------------------------------
# 木古内町 (北海道上磯郡): 事務事業評価シート（令和5年度実施事業）
# --------------------------------------------------------------------------------------------

# Real: まちづくり未来課, the 道の駅's name and opening (平成28年1月13日), the 新幹線 (平成28年3月26日),
# 寒中みそぎ祭り (天保2年・1831年), 道南西部9町, 300万人 (令和5年3月), the じゃらん 1位, the strategy's name.
# Made up: the sheet, the 事業期間, every indicator, value, money figure and note.
KK_ACT = [
    ("1", "観光コンシェルジュによる観光案内件数", "件", [8420, 11365, 12000, 12874, 32659]),
    ("2", "道南西部9町合同物産フェアの開催回数", "回", [2, 4, 5, 5, 11]),
]
KK_COST = [("事業費", [38240, 41615, 43980]), ("うち一般財源", [12100, 9870, 8450])]
KK_OUT = [
    (
        "1",
        "道の駅来館者数",
        "千人",
        [95.4, 312.6, 405.1, 428.3, 450.0],
        "基準値は開館（H28.1.13）からH28.3末まで",
    ),
    (
        "2",
        "町内宿泊施設の宿泊者数",
        "人泊",
        [6850, 4920, 7310, 8045, 8000],
        "暦年（1月～12月）で集計",
    ),
    (
        "3",
        "道の駅満足度ランキングの道内順位",
        "位",
        ["―", 3, 1, 1, 1],
        "北海道じゃらん調べ（H27は調査なし）",
    ),
]


def kikonai() -> Path:
    wb, ws = _sheet("評価シート", [5, 30, 7, 10, 10, 10, 10, 10, 26])
    _text(ws, 1, 1, "事務事業評価シート（令和５年度実施事業）", bold=True, size=14)
    _text(ws, 2, 9, "令和6年8月　木古内町", align="right")
    _text(ws, 4, 1, "１　事業の概要", bold=True, size=11)
    _field(ws, 5, 1, 2, 9, "事務事業名", "観光交流センター管理運営事業（道の駅みそぎの郷きこない）")
    _field(ws, 6, 1, 2, 9, "担当課", "まちづくり未来課")
    _field(
        ws,
        7,
        1,
        2,
        9,
        "上位計画",
        "第2期木古内町まち・ひと・しごと創生総合戦略（令和2年3月）　基本目標２",
    )
    _field(ws, 8, 1, 2, 9, "事業期間", "平成27年度～（継続）")
    _field(
        ws,
        9,
        1,
        2,
        9,
        "事業の内容",
        "北海道新幹線木古内駅の開業（平成28年3月26日）に先立ち、平成28年1月13日に開館した観光交流センター（道の駅）を、"
        "道南西部9町の観光情報の発信拠点として運営する。館名は天保2年（1831年）から続く「寒中みそぎ祭り」にちなむ。"
        "令和5年3月には開館以来の来館者が300万人を突破した。",
        height=48,
    )
    r = 11
    _text(ws, r, 1, "２　活動指標", bold=True, size=11)
    r += 1
    for c, h in enumerate(
        ["No.", "指標名", "単位", "R3実績", "R4実績", "R5計画", "R5実績", "R3～R5合計"], start=1
    ):
        _put(ws, r, c, h, header=True)
    for no, name, unit, vals in KK_ACT:
        r += 1
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, vals[:4])
        _put(ws, r, 8, vals[4], fill=LIGHT)
        ws.row_dimensions[r].height = 20
    r += 2
    _text(ws, r, 1, "３　事業費の推移（単位：千円）", bold=True, size=11)
    r += 1
    _span(ws, r, 1, 2, "区分", header=True)
    for c, h in enumerate(["R3決算", "R4決算", "R5決算"], start=3):
        _put(ws, r, c, h, header=True)
    for label, vals in KK_COST:
        r += 1
        _span(ws, r, 1, 2, label)
        _vals(ws, r, 3, vals)
    r += 2
    _text(ws, r, 1, "４　成果指標", bold=True, size=11)
    r += 1
    h1 = r
    _down(ws, h1, h1 + 1, 1, "No.")
    _down(ws, h1, h1 + 1, 2, "指標名")
    _down(ws, h1, h1 + 1, 3, "単位")
    _down(ws, h1, h1 + 1, 4, "基準値\n（H27）")
    _span(ws, h1, 5, 7, "実績値", header=True)
    for c, h in zip(range(5, 8), ["R3", "R4", "R5"]):
        _put(ws, h1 + 1, c, h, header=True)
    _down(ws, h1, h1 + 1, 8, "目標値\n（R5）")
    _down(ws, h1, h1 + 1, 9, "備考")
    ws.row_dimensions[h1].height = 26
    r = h1 + 1
    for no, name, unit, vals, note in KK_OUT:
        r += 1
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, vals, fmt="#,##0.0" if unit == "千人" else None)
        _put(ws, r, 9, note, size=8)
        ws.row_dimensions[r].height = 26
    r += 2
    _text(ws, r, 1, "５　評価", bold=True, size=11)
    r += 1
    _field(
        ws,
        r,
        1,
        2,
        9,
        "総合評価",
        "B　概ね順調（来館者数は回復しているが、目標には届いていない）",
        height=20,
    )
    _page(ws, "portrait")
    path = SOURCE / "kikonai_jimujigyo_hyoka_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 八峰町 (秋田県山本郡): 過疎地域持続的発展計画 目標指標の進捗状況（令和5年度）
# --------------------------------------------------------------------------------------------

# Real: 企画政策課, 234.14km², the merger of 八森町 and 峰浜村 (平成18年3月27日), 6,577人 (2020),
# ハタハタ, 菌床しいたけ, 白神山地, 八峰白神ジオパーク (2012年9月). Made up: the plan's name and period
# (assumed), every indicator, value and note.
HP_TABLES = [
    (
        "1　産業の振興",
        [
            ("1", "ハタハタ漁獲量※1", "t", ["186", "142", "98", "121", "200"]),
            (
                "2",
                "白神山地・八峰白神ジオパーク関連施設の入込客数",
                "千人",
                ["212", "148", "176", "189", "230"],
            ),
            (
                "3",
                "菌床しいたけ出荷量",
                "t",
                ["１，２４０", "１，１９５", "１，２６２", "１，３０８", "１，４００"],
            ),
        ],
    ),
    (
        "2　移住・定住・地域間交流の促進",
        [
            ("4", "移住者数", "人", ["8", "11", "14（うち地域おこし協力隊3）", "12", "15"]),
            (
                "5",
                "町営バスの年間利用者数",
                "人",
                ["18,420", "15,306", "15,880", "集計中", "17,000"],
            ),
        ],
    ),
]


def happo_html() -> str:
    parts = [
        """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>過疎地域持続的発展計画 目標指標の進捗状況（令和5年度） | 八峰町</title>
</head>
<body>
<nav class="breadcrumb"><ol>
<li><a href="/">トップページ</a></li>
<li><a href="/category/chosei/">町政情報</a></li>
<li><a href="/category/chosei/keikaku/">計画・施策</a></li>
<li>過疎地域持続的発展計画 目標指標の進捗状況（令和5年度）</li>
</ol></nav>
<main>
<h1>八峰町過疎地域持続的発展計画 目標指標の進捗状況（令和5年度）</h1>
<p class="date">2024年9月20日更新　担当：企画政策課</p>
<p>八峰町は、平成18年3月27日に旧八森町と旧峰浜村が合併して誕生した町です。面積は234.14km²で、その8割近くを森林が占め、人口は6,577人（令和2年国勢調査）です。</p>
<p>八峰町過疎地域持続的発展計画（計画期間：令和3年度～令和7年度）に掲げた目標指標について、令和5年度までの実績を取りまとめましたのでお知らせします。</p>
"""
    ]
    for heading, rows in HP_TABLES:
        parts.append(f"<h2>{heading}</h2>\n")
        parts.append(
            """<table class="kpi">
<thead>
<tr><th rowspan="2">No.</th><th rowspan="2">目標指標</th><th rowspan="2">単位</th><th rowspan="2">策定時<br>（R元）</th><th colspan="3">実績</th><th rowspan="2">目標<br>（R7）</th></tr>
<tr><th>R3</th><th>R4</th><th>R5</th></tr>
</thead>
<tbody>
"""
        )
        for no, name, unit, vals in rows:
            cells = "".join(f"<td>{v}</td>" for v in vals)
            parts.append(
                f'<tr><td>{no}</td><th scope="row">{name}</th><td>{unit}</td>{cells}</tr>\n'
            )
        parts.append("</tbody>\n</table>\n")
    parts.append(
        """<p class="note">※1　ハタハタの漁獲量は、漁期（11月～翌年1月）ごとに集計し、その漁期が始まる年度の欄に記載しています。</p>
<p class="note">※　町営バスの令和5年度利用者数は集計中です（令和6年11月頃公表予定）。</p>
<p class="contact">このページに関するお問い合わせ：企画政策課　電話：0185-76-4603</p>
</main>
</body>
</html>
"""
    )
    return "".join(parts)


def happo() -> Path:
    path = HERE / "happo_kaso_shihyo_r5.html"
    path.write_bytes(happo_html().encode("utf-8"))
    return path


# --------------------------------------------------------------------------------------------
# 大衡村 (宮城県黒川郡): 地域再生計画 重要業績評価指標（KPI）の推移（令和5年度末）
# --------------------------------------------------------------------------------------------

# Real: the plan's name, 企画商工課, 6,754人 (昭和30年), 5,703人 (平成27年国勢調査), 5,870人 (令和2年),
# 60.32km², 仙台北部中核工業団地. Made up: the period, the sheet, every KPI, value and note.
OH_KPI = [
    (
        "KPI①　村内事業所への\n新規雇用者数",
        "（人）",
        42,
        [(50, 47), (55, 58), (60, 61), (65, None), (70, None)],
    ),
    (
        "KPI②　村営住宅・分譲地への\n転入世帯数",
        "（世帯）",
        9,
        [(10, 12), (12, 9), (14, 11), (16, None), (18, None)],
    ),
    (
        "KPI③　ふるさと納税\n寄附額",
        "（千円）",
        24800,
        [(30000, 28450), (35000, 41280), (40000, 52610), (45000, None), (50000, None)],
    ),
]
OH_YEARS = ["令和３年度", "令和４年度", "令和５年度", "令和６年度", "令和７年度"]


def ohira() -> Path:
    wb, ws = _sheet("KPI推移", [16, 11, 11, 11, 11, 11, 11])
    _text(
        ws,
        1,
        1,
        "地域再生計画　重要業績評価指標（ＫＰＩ）の推移（令和５年度末）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 7, "令和6年7月　大衡村", align="right")
    _field(ws, 4, 1, 1, 7, "地域再生計画の名称", "大衡村まち・ひと・しごと創生推進計画")
    _field(ws, 5, 1, 1, 7, "計画期間", "令和3年4月1日～令和8年3月31日")
    _field(ws, 6, 1, 1, 7, "担当課", "企画商工課")
    _field(
        ws,
        7,
        1,
        1,
        7,
        "村の概要",
        "本村の人口は昭和30年の6,754人をピークに減少したが、仙台北部中核工業団地の形成等により平成27年国勢調査では5,703人と増加に転じ、"
        "住民基本台帳では令和2年に5,870人となっている。面積は60.32km²。",
        height=44,
    )
    _text(ws, 9, 1, "■ＫＰＩの推移（年度別）", bold=True, size=11)
    h = 10
    _down(ws, h, h + 2, 1, "年度")
    for k, (name, unit, _base, _rows) in enumerate(OH_KPI):
        c = 2 + 2 * k
        _span(ws, h, c, c + 1, name, header=True)
        _put(ws, h + 1, c, "目標", header=True)
        _put(ws, h + 1, c + 1, "実績", header=True)
        _span(ws, h + 2, c, c + 1, unit, header=True)
    ws.row_dimensions[h].height = 30
    r = h + 3
    _put(ws, r, 1, "事業開始前（R2）", align="center", fill=LIGHT)
    for k, (_name, _unit, base, _rows) in enumerate(OH_KPI):
        c = 2 + 2 * k
        _span(ws, r, c, c + 1, base, align="center", fill=LIGHT)
    for i, year in enumerate(OH_YEARS):
        r += 1
        _put(ws, r, 1, year, align="center")
        for k, (_name, _unit, _base, rows) in enumerate(OH_KPI):
            target, actual = rows[i]
            c = 2 + 2 * k
            _put(ws, r, c, target)
            _put(ws, r, c + 1, actual)
        ws.row_dimensions[r].height = 18
    _notes(
        ws,
        r + 1,
        [
            "※　事業開始前の値は令和2年度の実績です。",
            "※　KPI③の令和4年度実績には、企業版ふるさと納税（10,000千円）を含みません。",
            "※　令和6年度以降の実績は、各年度の決算確定後に記入します。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "ohira_saisei_kpi_suii_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 戸沢村 (山形県最上郡): 第5次戸沢村総合計画 前期基本計画 成果指標の進捗状況（令和5年度）
# --------------------------------------------------------------------------------------------

# Real: the plan's name, まちづくり課 企画調整係, 261.31km², 4,403人 (平成30年10月1日), 最上川舟下り,
# 道の駅とざわ, 草薙温泉, 国民健康保険発祥の地, 農家民宿. Made up: the periods, the 基本目標's wording,
# every indicator, value and note.
TZ_ROWS = [
    ("1", "最上川舟下り乗船者数", [105.2, 38.6, 61.3, 72.9, 80.0, 100.0]),
    ("2", "道の駅とざわ入込数", [310.5, 225.0, 262.4, 281.7, 280.0, 320.0]),
    ("3", "草薙温泉入込数", [48.3, 30.1, 35.6, 39.8, 42.0, 50.0]),
]
TZ_SUM = (
    "【参考】上記１～３の合計（成果指標ではありません）",
    [464.0, 293.7, 359.3, 394.4, 402.0, 470.0],
)
TZ_LAST = ("4", "農家民宿での体験型観光の受入人数", [1.2, 0.3, 0.8, 1.1, 1.5, 2.0])


def tozawa() -> Path:
    wb, ws = _sheet("成果指標", [6, 44, 12, 11, 11, 11, 13, 13])
    _text(
        ws,
        1,
        1,
        "第5次戸沢村総合計画　前期基本計画　成果指標の進捗状況（令和５年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 8, "令和6年9月　戸沢村まちづくり課企画調整係", align="right")
    _field(ws, 4, 1, 2, 8, "計画の名称", "第5次戸沢村総合計画")
    _field(
        ws,
        5,
        1,
        2,
        8,
        "計画期間",
        "基本構想 令和3年度～令和12年度（10年間）／前期基本計画 令和3年度～令和7年度（5年間）",
    )
    _field(
        ws,
        6,
        1,
        2,
        8,
        "村の概要",
        "村の中央を最上川が西へ流れ、面積は261.31km²。国民健康保険発祥の地であり、最上川舟下りは山形県を代表する観光地である。"
        "人口は4,403人（平成30年10月1日推計）。",
        height=34,
    )
    _text(ws, 8, 1, "基本目標２　最上川とともに交流が生まれる村づくり", bold=True, size=11)
    _text(ws, 9, 8, "（単位：千人）", align="right")
    h = 10
    heads = [
        "No.",
        "成果指標",
        "基準値（R元）",
        "３年度",
        "４年度",
        "５年度",
        "中間目標（５年度）",
        "目標値（７年度）",
    ]
    for c, t in enumerate(heads, start=1):
        _put(ws, h, c, t, header=True)
    ws.row_dimensions[h].height = 28
    r = h
    for no, name, vals in TZ_ROWS:
        r += 1
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _vals(ws, r, 3, vals)
        ws.row_dimensions[r].height = 20
    r += 1
    _span(ws, r, 1, 2, TZ_SUM[0], fill=SHADE, size=8)
    _vals(ws, r, 3, TZ_SUM[1], fill=SHADE)
    ws.row_dimensions[r].height = 20
    r += 1
    _put(ws, r, 1, TZ_LAST[0], align="center")
    _put(ws, r, 2, TZ_LAST[1])
    _vals(ws, r, 3, TZ_LAST[2])
    ws.row_dimensions[r].height = 20
    _notes(
        ws,
        r + 1,
        [
            "※　年度は令和の年度です。入込数は山形県観光者数調査の数値によります。",
            "※　令和2年度から4年度は、新型コロナウイルス感染症の影響により各施設で休業・運休がありました。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "tozawa_zenki_seika_r5.xlsx"
    _save(wb, path)
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (kikonai, ohira, tozawa):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {happo().name}")


if __name__ == "__main__":
    main()
