"""Build the built documents of forms264/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/oarai_kpi_kensho_r5.xlsx``, a 第2期総合戦略 KPI効果検証シート in the manner of 大洗町 (茨城県):
  form fields (将来都市像, 目標人口, 事業費) over one grid whose ``令和5年度`` spans ``目標 | 実績 | 目標差``,
  **a signed ``目標差`` column** (``＋22.6``, ``△0.30``) and **``A＋`` … ``C`` / ``保留`` grades** with their
  legend; ``400超`` in 万人, ``億円``, a baseline dated by its own bracket, ``未公表``, ``76*``; and the PDF;
* ``source/chosei_suishin_kpi_r4.xlsx``, a 地域再生計画 KPI sheet in the manner of 長生村 (千葉県):
  **``区分`` rows 目標 / 実績 under the years, each actual followed by a ``○`` / ``×`` mark** keyed by a
  note, **the 事業開始前 baseline merged down over both rows**, ``千人``, a ``―`` latest actual; and the PDF;
* ``source/nanmoku_jimujigyo_hyoka_r5.xlsx``, a 事務事業評価シート in the manner of 南牧村 (群馬県):
  two grids (活動指標, 成果指標) with **no 単位 column: unit and ``累計`` written in every cell**, **a target
  relative to the previous year (``前年度＋2人``)**, ``以上``, ``約``, ``―（対象者なし）``, lower-case grades
  ``a`` / ``b`` / ``c`` with a legend, a money grid; and the PDF;
* ``matsukawa_kenko_seika_r5.html``, a 成果指標 page in the manner of 松川村 (長野県): a ``rowspan`` 施策
  cell **carrying its 課 in ``<small>`` on a second line**, **評価 given only as weather icons
  (``<img alt="晴れ">`` …) keyed by a legend paragraph**, ``男／女`` pairs in one cell, and a note row
  inside the ``<tbody>``.

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
    wb.properties.creator = "forms264/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms264/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms264_soffice_") as tmp:
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


def _cells(ws, r, c0, vals, align="right") -> None:
    for j, v in enumerate(vals):
        _put(ws, r, c0 + j, v, align=align)


# --------------------------------------------------------------------------------------------
# 大洗町 (茨城県東茨城郡): 第2期大洗町まち・ひと・しごと創生総合戦略 KPI効果検証シート（令和5年度実績）
# --------------------------------------------------------------------------------------------

# Real (town.oarai.lg.jp 第6次大洗町総合計画; furusato-funding.jp/projects/1634; kunii-yutaka.com/vision):
# the 将来都市像, the 2040年 12,000人 target, 年間400万人を超える観光客, 合計特殊出生率 1.33 (H29),
# the 社会減 16人 (2019), ふるさと納税 14億8千万円 (R5). Made up: the sheet, 課, 基本目標 wording, the rest.
OA_ROWS = [
    ("1", "観光入込客数", "万人", "400超", "430", "452.6", "＋22.6", "450", "A"),
    ("2", "ふるさと納税寄附額", "億円", "3.2", "12.0", "14.8", "＋2.8", "15.0", "A＋"),
    ("3", "合計特殊出生率", "－", "1.33（H29）", "1.40", "1.10", "△0.30", "1.45", "C"),
    ("4", "社会増減数（転入－転出）", "人", "△16", "±0", "未公表", "－", "＋10", "保留"),
    ("5", "移住相談件数", "件", "58", "80", "76*", "△4", "100", "B"),
]


def oarai() -> Path:
    wb, ws = _sheet("KPI効果検証", [6, 30, 7, 12, 10, 10, 10, 12, 8])
    _text(
        ws,
        1,
        1,
        "第2期大洗町まち・ひと・しごと創生総合戦略　KPI効果検証シート（令和5年度実績）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 9, "令和6年8月　大洗町まちづくり推進課", align="right")
    fields = [
        ("将来都市像", "幸せ無限大・不幸ゼロのまち大洗（第6次大洗町総合計画）"),
        ("目標人口", "2040年に12,000人の人口維持（大洗町新人口ビジョン）"),
        ("関連事業費（R5決算・千円）", "286,150"),
    ]
    r = 4
    for label, value in fields:
        _span(ws, r, 1, 3, label, header=True)
        _span(ws, r, 4, 9, value, align="left")
        ws.row_dimensions[r].height = 18
        r += 1
    _text(ws, 8, 1, "基本目標１　海の街大洗の魅力でしごとと交流をつくる", bold=True, size=11)
    _head2(
        ws,
        9,
        [
            (1, "No."),
            (2, "重要業績評価指標（KPI）"),
            (3, "単位"),
            (4, "基準値\n（R元）"),
            (8, "最終目標\n（R6）"),
            (9, "評価"),
        ],
        [(5, 7, "令和5年度", ["目標", "実績", "目標差"])],
    )
    r = 11
    for no, name, unit, *vals, grade in OA_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _cells(ws, r, 4, vals)
        _put(ws, r, 9, grade, align="center", bold=True)
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※目標差＝令和5年度実績－令和5年度目標（△はマイナス）。",
            "※評価　A＋：目標を10%以上上回った　A：目標を達成　B：目標の80%以上　C：目標の80%未満　保留：統計が未公表のため評価を保留",
            "※＊は令和6年3月31日時点の速報値です。",
            "※合計特殊出生率の基準値は、R元の値が未公表のため平成29年の値を用いています。",
            "※社会増減数の令和5年度実績は、茨城県常住人口調査の公表後に評価します。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "oarai_kpi_kensho_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 長生村 (千葉県長生郡): 長生村まち・ひと・しごと創生推進計画 KPIの実績（令和4年度）
# --------------------------------------------------------------------------------------------

# Real (furusato-funding.jp/projects/1757; paperzz 長生村人口ビジョン・総合戦略): the plan's name, 14,035人
# (2020 住民基本台帳), 合計特殊出生率 0.97 (令和元年), 一松海岸, 西部工業団地. Made up: the sheet, 課,
# period, money, every KPI and the other figures.
CH_ROWS = [
    (
        "①",
        "西部工業団地等への新規企業立地件数",
        "件",
        "0",
        ("1", "1", "2"),
        ("1 ○", "0 ×", "2 ○"),
        "単年度の件数",
    ),
    (
        "②",
        "一松海岸の観光入込客数",
        "千人",
        "152",
        ("160", "165", "170"),
        ("98 ×", "131 ×", "172 ○"),
        "R2は海水浴場を開設せず",
    ),
    (
        "③",
        "合計特殊出生率",
        "－",
        "0.97",
        ("1.00", "1.05", "1.10"),
        ("0.94 ×", "0.91 ×", "―"),
        "R4は未公表",
    ),
    (
        "④",
        "子育て支援センター利用者数（延べ）",
        "人",
        "4,820",
        ("5,000", "5,200", "5,400"),
        ("3,915 ×", "5,310 ○", "5,655 ○"),
        "",
    ),
]


def chosei() -> Path:
    wb, ws = _sheet("KPI実績", [5, 32, 7, 12, 7, 11, 11, 11, 20])
    _text(
        ws,
        1,
        1,
        "長生村まち・ひと・しごと創生推進計画　重要業績評価指標（KPI）の実績（令和4年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 9, "令和5年8月", align="right")
    fields = [
        ("地域再生計画の名称", "長生村まち・ひと・しごと創生推進計画"),
        ("担当課", "企画財政課"),
        ("計画期間", "令和2年4月1日～令和7年3月31日"),
        ("村の人口", "14,035人（2020年・住民基本台帳）"),
        ("交付対象事業費（R4・千円）", "31,500"),
    ]
    r = 4
    for label, value in fields:
        _span(ws, r, 1, 3, label, header=True)
        _span(ws, r, 4, 9, value, align="left")
        ws.row_dimensions[r].height = 18
        r += 1
    _text(ws, 10, 1, "■重要業績評価指標（KPI）の年度別目標と実績", bold=True, size=11)
    heads = [
        "",
        "KPI",
        "単位",
        "事業開始前\n（R元）",
        "区分",
        "令和2年度",
        "令和3年度",
        "令和4年度",
        "備考",
    ]
    for c, word in enumerate(heads, start=1):
        _put(ws, 11, c, word, header=True)
    _merge(ws, 11, 1, 11, 2)
    ws.cell(row=11, column=1, value="KPI")
    ws.row_dimensions[11].height = 28
    r = 12
    for label, name, unit, base, tgts, acts, note in CH_ROWS:
        _put(ws, r, 1, label, align="center", valign="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _put(ws, r, 4, base, align="right")
        _put(ws, r, 9, note)
        for c in (1, 2, 3, 4, 9):
            _put(ws, r + 1, c, None)
            _merge(ws, r, c, r + 1, c)
        _put(ws, r, 5, "目標", align="center", fill=LIGHT)
        _put(ws, r + 1, 5, "実績", align="center")
        _cells(ws, r, 6, list(tgts))
        _cells(ws, r + 1, 6, list(acts))
        for c in range(6, 9):
            ws.cell(row=r, column=c).fill = LIGHT
        ws.row_dimensions[r].height = 18
        ws.row_dimensions[r + 1].height = 18
        r += 2
    _notes(
        ws,
        r + 1,
        [
            "※実績欄の「○」は当該年度の目標を達成、「×」は未達成を示します。",
            "※②は千人単位です。令和2年度は新型コロナウイルス感染症の影響により一松海岸の海水浴場を開設しませんでした。",
            "※交付対象事業費の累計（R2～R4）は91,200千円です。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "chosei_suishin_kpi_r4.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 南牧村 (群馬県甘楽郡): 令和5年度 事務事業評価シート（空き家活用定住促進事業）
# --------------------------------------------------------------------------------------------

# Real (www5.cao.go.jp 選択する未来 第5章 コラム): 高齢化率 57.2% (2010年, 全国一), 普通出生率 1.6 (2010年,
# 全国最低), the 1955 merger of 磐戸・月形・尾沢. Made up: the sheet, 事業, 課, money and every indicator.
NM_ACT = [
    ("ア", "空き家バンク登録物件数", "累計41件", "累計47件", "累計55件", "累計52件", "b"),
    ("イ", "空き家見学ツアーの開催回数", "4回", "5回", "6回以上", "6回", "a"),
    ("ウ", "空き家改修補助金の交付件数", "2件", "3件", "4件", "1件", "c"),
]
NM_OUT = [
    ("ア", "空き家バンクを通じた移住者数", "5人", "9人", "前年度＋2人", "12人", "a"),
    ("イ", "移住者の定住率（転入後3年）", "約85%", "―（対象者なし）", "80%以上", "87.5%", "a"),
]
NM_HEAD = [
    "",
    "指標名",
    "令和3年度\n実績",
    "令和4年度\n実績",
    "令和5年度\n目標",
    "令和5年度\n実績",
    "評価",
]


def _nm_grid(ws, r, title, rows) -> int:
    _text(ws, r, 1, title, bold=True, size=10)
    r += 1
    for c, word in enumerate(NM_HEAD, start=1):
        _put(ws, r, c, word, header=True)
    _merge(ws, r, 1, r, 2)
    ws.cell(row=r, column=1, value="指標名")
    ws.row_dimensions[r].height = 28
    r += 1
    for label, name, *vals, grade in rows:
        _put(ws, r, 1, label, align="center")
        _put(ws, r, 2, name)
        _cells(ws, r, 3, vals)
        _put(ws, r, 7, grade, align="center", bold=True)
        ws.row_dimensions[r].height = 20
        r += 1
    return r


def nanmoku() -> Path:
    wb, ws = _sheet("事務事業評価", [5, 30, 12, 14, 13, 12, 7])
    _text(ws, 1, 1, "令和5年度　事務事業評価シート", bold=True, size=14)
    _text(ws, 2, 7, "令和6年6月作成　南牧村", align="right")
    fields = [
        ("事務事業名", "空き家活用定住促進事業"),
        ("担当課", "振興課"),
        ("事業期間", "平成30年度～"),
        ("事業費（R5決算・千円）", "12,840"),
        (
            "村の状況",
            "昭和30年に磐戸村・月形村・尾沢村が合併して誕生。高齢化率57.2%（2010年・全国の市区町村で最も高い）、普通出生率1.6（同・全国最低）。",
        ),
    ]
    r = 4
    for label, value in fields:
        _span(ws, r, 1, 2, label, header=True)
        _span(ws, r, 3, 7, value, align="left")
        ws.row_dimensions[r].height = 30 if len(value) > 40 else 18
        r += 1
    r = _nm_grid(ws, r + 1, "（１）　活動指標（事業の実施量）", NM_ACT)
    r = _nm_grid(ws, r + 1, "（２）　成果指標（事業の効果）", NM_OUT)
    _notes(
        ws,
        r,
        [
            "評価　a：目標を達成　b：目標の8割以上　c：目標の8割未満　－：評価対象外（目標を設定していないもの）",
            "※成果指標イの令和4年度は、転入後3年を経過した移住者がいなかったため「―」としています。",
        ],
    )
    r += 3
    _text(ws, r, 1, "（３）　事業費の推移（単位：千円）", bold=True, size=10)
    r += 1
    for c, word in enumerate(["", "区分", "令和3年度", "令和4年度", "令和5年度"], start=1):
        _put(ws, r, c, word, header=True)
    _merge(ws, r, 1, r, 2)
    ws.cell(row=r, column=1, value="区分")
    for row in [
        ("事業費", "9,620", "11,300", "12,840"),
        ("うち一般財源", "4,810", "5,650", "6,420"),
    ]:
        r += 1
        _span(ws, r, 1, 2, row[0])
        _cells(ws, r, 3, list(row[1:]))
    r += 2
    _span(ws, r, 1, 2, "総合評価", header=True)
    _span(ws, r, 3, 7, "B（概ね順調）　今後の方向性：拡充", align="left")
    _page(ws, "portrait")
    path = SOURCE / "nanmoku_jimujigyo_hyoka_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 松川村 (長野県北安曇郡): 健康長寿のむらづくり 成果指標の状況（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (president.jp/articles/-/22803; vill.matsukawa.nagano.jp/about/aisatsu; ameblo 松川村福祉課 quote):
# 男性の平均寿命 82.2歳 (2010年市区町村別生命表, 全国1位), 女性 87.8歳 (41位), 福祉課, 40歳以上のメタボ
# 検診, 2000年10月に人口10,000人を達成. Made up: the page, 基本目標, 施策, every indicator and figure.
MK_GROUPS = [
    (
        "健診受診と保健指導の徹底",
        "福祉課",
        [
            ("特定健康診査受診率", "％", "58.4", "60.2", "65.0", "61.9", ("kumori", "くもり")),
            ("特定保健指導実施率", "％", "71.0", "78.5", "75.0", "80.3", ("hare", "晴れ")),
        ],
    ),
    (
        "介護予防と生きがいづくり",
        "教育委員会",
        [
            (
                "介護予防教室の参加者数（延べ）",
                "人",
                "2,140",
                "2,655",
                "3,000",
                "2,310",
                ("ame", "雨"),
            ),
            (
                "65歳健康寿命（男／女）",
                "歳",
                "81.2／84.6",
                "81.4／84.9",
                "81.5／85.0",
                "81.6／84.8",
                ("kumori", "くもり"),
            ),
        ],
    ),
]


def matsukawa_html() -> str:
    rows = []
    for measure, dept, inds in MK_GROUPS:
        for k, (name, unit, *vals, (icon, alt)) in enumerate(inds):
            head = (
                f'<td rowspan="{len(inds)}">{measure}<br><small>（{dept}）</small></td>'
                if k == 0
                else ""
            )
            cells = "".join(f'<td class="num">{v}</td>' for v in vals)
            rows.append(
                f'<tr>{head}<td>{name}</td><td class="c">{unit}</td>{cells}'
                f'<td class="c"><img src="img/{icon}.png" alt="{alt}" width="24" height="24"></td></tr>'
            )
    rows.append(
        '<tr><td colspan="8" class="note">参考：男性の平均寿命82.2歳（平成22年市区町村別生命表・全国1位）、女性87.8歳（同41位）</td></tr>'
    )
    body = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>健康長寿のむらづくり 成果指標の状況（令和5年度） - 松川村</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
td.num {{ text-align: right; }}
td.c {{ text-align: center; }}
td.note {{ font-size: 9pt; }}
</style>
</head>
<body>
<p>ホーム &gt; 健康・福祉 &gt; 健康づくり</p>
<h1>健康長寿のむらづくり　成果指標の状況（令和5年度）</h1>
<p>更新日：令和6年9月2日　担当：福祉課</p>
<p>松川村は、平成22年市区町村別生命表で男性の平均寿命が82.2歳と全国1位になりました。40歳以上の村民の皆さんに特定健康診査（メタボ健診）の受診をお願いし、保健師と栄養士による保健指導を行っています。村の人口は平成12年10月に目標の1万人を達成しました。</p>
<p>評価の見方：<img src="img/hare.png" alt="晴れ" width="16" height="16">目標を達成　<img src="img/kumori.png" alt="くもり" width="16" height="16">目標の8割以上　<img src="img/ame.png" alt="雨" width="16" height="16">目標の8割未満</p>
<h2>基本目標２　健康で長生きできるむらづくり</h2>
<table>
<thead>
<tr><th rowspan="2">施策</th><th rowspan="2">成果指標</th><th rowspan="2">単位</th><th rowspan="2">現状値<br>（R元）</th><th rowspan="2">令和4年度<br>実績</th><th colspan="2">令和5年度</th><th rowspan="2">評価</th></tr>
<tr><th>目標</th><th>実績</th></tr>
</thead>
<tbody>
{body}
</tbody>
</table>
<p>※65歳健康寿命は、65歳の人が要介護2以上にならずに過ごせる期間の平均（男性／女性）です。</p>
<p>※介護予防教室の参加者数は、各教室の参加者の延べ人数です。</p>
</body>
</html>
"""


def matsukawa() -> Path:
    path = HERE / "matsukawa_kenko_seika_r5.html"
    path.write_bytes(matsukawa_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (oarai, chosei, nanmoku):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {matsukawa().name}")


if __name__ == "__main__":
    main()
