# ruff: noqa: E501
"""Build the built documents of forms260/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/nakagawamachi_kpi_kensho_r5.xlsx``, a 総合戦略 KPI 検証シート in the manner of 那珂川町
  (栃木県): form fields (計画, 担当課, real area and population, 地域資源, 事業費 in 千円) over a KPI
  grid whose **periods stand in per-row columns, ``基準年次`` and ``実績年次``** (each row its own
  years, some of them calendar years ``H30年`` / ``R5年``), with **a ``増減（基準比）`` column of
  differences** beside them; ``千人``, ``△`` values; and the PDF;
* ``source/otaki_seika_shihyo_r5.xlsx``, a 総合計画 成果指標 sheet in the manner of 王滝村 (長野県):
  a years-down grid whose **row labels are era-less years in kanji numerals** (``元年度（基準）``,
  ``二年度`` … ``五年度（速報）``, ``六年度（目標）``) on a sheet dated ``令和六年七月``, a two-row
  header whose top row spans unevenly (``観光・交流`` 3, ``定住`` 1), and **a column header whose
  unit bracket also holds the counting season** (``①御嶽山王滝口登山者数（7月～10月・人）``);
  ``―（閉山）``, ``千人`` with decimals; and the PDF;
* ``source/nambu_shisaku_hyoka_r5.xlsx``, a 総合計画 施策評価シート in the manner of 南部町 (山梨県):
  a baseline headed **``前計画最終値（H30）``** (no 基準/現状 word), and **a ``R5（見込含む）`` actual
  column whose estimated cells carry a trailing ``＊``** (``286.4＊``), with a legend note; two
  targets (``R5 | R7``), ``千人``, ``万円``; and the PDF;
* ``kamisu_kpi_kensho_h30.html``, a 総合戦略 KPI 検証 page in the manner of 神栖市 (茨城県): two
  ``<h2>`` 基本目標, each over a table **whose ``目標値`` and ``実績値`` headers carry no year: the year
  stands only in the ``<caption>`` (``平成30年度の達成状況``)**, and **actual cells holding the
  previous year's figure in brackets after this year's (``5（4）`` under ``実績値（前年度）``)**; a
  printed 達成状況, a second dated ``目標値（H31）`` with ``累計20``, a blank 単位.

The PDF steps are skipped, with a message, when ``soffice`` is not installed.
These are re-typed forms of other municipalities, not their own files (README.md, SOURCES.tsv).

The XLSX and HTML files are byte-stable: fixed document dates, and the zip members are
rewritten with a fixed timestamp. The PDFs carry LibreOffice's creation date, so they differ
by that only.
"""

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
    wb.properties.creator = "forms260/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms260/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms260_soffice_") as tmp:
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
# 那珂川町 (栃木県那須郡): 第2期まち・ひと・しごと創生総合戦略 KPI検証シート（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (栃木県市町概要, www2.tss.or.jp; 栃木の国保 Vol.72): 面積192.78km², 17,074人・6,106世帯
# (H29.3.31 住基), 小砂地区 (「日本で最も美しい村」連合), 馬頭広重美術館, 温泉とらふぐ, 第2次那珂川町
# 総合振興計画. Made up: the sheet, its 課, money, every KPI and figure.
NK_ROWS = [
    ("1", "観光入込客数", "千人", 1086, "H30", 842, "R5", "△244", 1100),
    ("2", "馬頭広重美術館の入館者数", "人", 48210, "H30", 39655, "R4", "△8,555", 50000),
    ("3", "移住相談件数", "件", 18, "R元", 41, "R5", "+23", 40),
    ("4", "温泉とらふぐの出荷尾数", "尾", 12400, "H30年", 14800, "R5年", "+2,400", 16000),
    ("5", "社会増減数", "人", -112, "H30", -64, "R5", "+48", -50),
]


def nakagawamachi() -> Path:
    wb, ws = _sheet("KPI検証", [6, 32, 7, 11, 9, 11, 9, 12, 12])
    _text(
        ws,
        1,
        1,
        "第2期那珂川町まち・ひと・しごと創生総合戦略　KPI検証シート（令和5年度）",
        bold=True,
        size=14,
    )
    _text(ws, 2, 9, "令和6年8月　那珂川町総合政策課", align="right")
    fields = [
        ("計画期間", "令和2年度～令和6年度（5年間）"),
        ("担当課", "総合政策課"),
        ("町の概況", "面積192.78km²、人口17,074人・6,106世帯（平成29年3月31日住民基本台帳）"),
        (
            "地域資源",
            "小砂地区（「日本で最も美しい村」連合に加盟）、馬頭広重美術館、温泉とらふぐ",
        ),
        ("関連事業費（R5決算・千円）", 42680),
    ]
    r = 4
    for label, value in fields:
        _span(ws, r, 1, 2, label, header=True)
        _span(ws, r, 3, 9, value, align="left")
        ws.row_dimensions[r].height = 18
        r += 1
    _text(ws, 10, 1, "基本目標２　那珂川町への新しいひとの流れをつくる", bold=True, size=11)
    h = 11
    heads = [
        "No.",
        "重要業績評価指標（KPI）",
        "単位",
        "基準値",
        "基準年次",
        "最新実績",
        "実績年次",
        "増減\n（基準比）",
        "目標値\n（R6）",
    ]
    for c, word in enumerate(heads, start=1):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 30
    r = h + 1
    for no, name, unit, base, by, last, ly, diff, target in NK_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        neg = '#,##0;"△"#,##0'
        _put(ws, r, 4, base, fmt=neg)
        _put(ws, r, 5, by, align="center")
        _put(ws, r, 6, last, fmt=neg)
        _put(ws, r, 7, ly, align="center")
        _put(ws, r, 8, diff, align="right")
        _put(ws, r, 9, target, fmt=neg)
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※最新実績は、令和6年7月末時点で把握できた直近の数値です。基準年次・実績年次の「年」は暦年、それ以外は年度です。",
            "※増減は最新実績と基準値の差です（△は減）。No.4は1月～12月の出荷尾数です。",
            "※No.5は転入者数から転出者数を差し引いた数です（△は転出超過）。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "nakagawamachi_kpi_kensho_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 王滝村 (長野県木曽郡): 王滝村総合計画 成果指標の推移（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (japanlocal.net, ja.wikipedia via ja-wiki.pages.dev, jablog.org): 面積310.82km², 山林原野97%,
# 753人・378世帯 (2019-04-01), 御嶽山 3,067m, 田の原天然公園 2,180m, 王滝口, 牧尾ダム.
# Made up: the sheet, 施策, 課, every indicator and figure.
OT_ROWS = [
    ("元年度（基準）", [12480, 5210, 8.6, 4], ""),
    (
        "二年度",
        ["―（閉山）", 2980, 4.1, 3],
        "二年度は新型コロナウイルス感染症対策により王滝口を閉山",
    ),
    ("三年度", [6350, 3460, 5.2, 6], ""),
    ("四年度", [9870, 4520, 6.9, 5], ""),
    ("五年度（速報）", [11240, 4980, 7.8, 7], "速報値"),
    ("六年度（目標）", [13000, 5500, 9.0, 6], ""),
]


def otaki() -> Path:
    wb, ws = _sheet("成果指標", [15, 16, 16, 16, 13, 26])
    _text(ws, 1, 1, "王滝村総合計画　成果指標の推移（令和五年度）", bold=True, size=14)
    _text(ws, 2, 6, "令和六年七月　王滝村総務課", align="right")
    fields = [
        ("施策", "御嶽山を活かした観光と交流の推進"),
        ("担当課", "経済産業課"),
        ("村の概況", "面積310.82km²（97%が山林原野）、人口753人・378世帯（平成31年4月1日現在）"),
        ("主な資源", "御嶽山（標高3,067m）、田の原天然公園（標高2,180m）、牧尾ダム"),
    ]
    r = 4
    for label, value in fields:
        _put(ws, r, 1, label, header=True)
        _span(ws, r, 2, 6, value, align="left")
        ws.row_dimensions[r].height = 18
        r += 1
    _text(ws, 9, 1, "■成果指標の推移（年度別）", bold=True, size=11)
    h = 10
    _put(ws, h, 1, "年度", header=True)
    _put(ws, h + 1, 1, None, header=True)
    _merge(ws, h, 1, h + 1, 1)
    _span(ws, h, 2, 4, "観光・交流", header=True)
    _put(ws, h, 5, "定住", header=True)
    _put(ws, h, 6, "備考", header=True)
    _put(ws, h + 1, 6, None, header=True)
    _merge(ws, h, 6, h + 1, 6)
    lower = [
        "①御嶽山王滝口登山者数（7月～10月・人）",
        "②田の原天然公園駐車場利用台数（台）",
        "③村内宿泊施設の延べ宿泊者数（千人）",
        "④移住者数（人）",
    ]
    for j, w in enumerate(lower):
        _put(ws, h + 1, 2 + j, w, header=True)
    ws.row_dimensions[h].height = 20
    ws.row_dimensions[h + 1].height = 44
    r = h + 2
    for label, vals, note in OT_ROWS:
        target = "目標" in label
        fill = LIGHT if target else None
        _put(ws, r, 1, label, align="center", bold=target, fill=fill)
        for j, v in enumerate(vals):
            fmt = "0.0" if isinstance(v, float) else None
            _put(
                ws, r, 2 + j, v, fmt=fmt, align="center" if isinstance(v, str) else None, fill=fill
            )
        _put(ws, r, 6, note, size=8, fill=fill)
        ws.row_dimensions[r].height = 24
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※六年度は総合計画後期基本計画の最終年度です。",
            "※①は開山期間（7月～10月）に王滝口から入山した登山者数（登山届・カウンターによる）です。",
            "※③は延べ人数です。④は村の移住相談窓口を通じて転入した人数です。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "otaki_seika_shihyo_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 南部町 (山梨県南巨摩郡): 南部町総合計画 施策評価シート（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (ja.wikipedia; japanlocal.net): 面積200.87km², 町の9割近くが森林, 富士川, 南部氏発祥の地,
# 7,157人 (japanlocal 2022), アルカディア南部総合公園, 中部横断自動車道 (南部IC).
# Made up: the sheet, 施策, 課, money, every indicator and figure.
NB_ROWS = [
    ("1", "観光入込客数", "千人", 312.5, 205.1, 248.6, "286.4＊", 300.0, 330.0),
    ("2", "アルカディア南部総合公園の利用者数", "人", 41230, 30120, 35870, "39,510", 38000, 42000),
    ("3", "南部IC周辺の農産物直売所売上額", "万円", 2850, 3120, 3410, "3,560＊", 3500, 3800),
    ("4", "空き家バンクを通じた転入世帯数", "世帯", 6, 4, 7, "5", 8, 10),
]


def nambu() -> Path:
    wb, ws = _sheet("施策評価", [6, 32, 7, 12, 10, 10, 12, 10, 10])
    _text(ws, 1, 1, "南部町総合計画　施策評価シート（令和5年度）", bold=True, size=14)
    _text(ws, 2, 9, "令和6年9月", align="right")
    fields = [
        ("施策名", "観光・交流の振興", "主管課", "産業振興課"),
        ("施策に係る事業費（R5決算見込・千円）", 58320, "町の人口", "7,157人"),
        (
            "町の概況",
            "面積200.87km²（9割近くが森林）。町の中央を富士川が流れ、南部氏発祥の地として知られる。",
            "",
            "",
        ),
    ]
    r = 4
    for l1, v1, l2, v2 in fields:
        _span(ws, r, 1, 2, l1, header=True)
        if l2:
            _span(ws, r, 3, 5, v1, align="left")
            _span(ws, r, 6, 7, l2, header=True)
            _span(ws, r, 8, 9, v2, align="left")
        else:
            _span(ws, r, 3, 9, v1, align="left")
        ws.row_dimensions[r].height = 20
        r += 1
    _text(ws, 8, 1, "２　成果指標の達成状況", bold=True, size=11)
    _head2(
        ws,
        9,
        [(1, "No."), (2, "成果指標"), (3, "単位"), (4, "前計画最終値\n（H30）")],
        [
            (5, 7, "実績値", ["R3", "R4", "R5\n（見込含む）"]),
            (8, 9, "目標値", ["R5", "R7"]),
        ],
    )
    ws.row_dimensions[10].height = 30
    r = 11
    for no, name, unit, *vals in NB_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate(vals):
            fmt = "#,##0.0" if isinstance(v, float) else None
            _put(ws, r, 4 + j, v, fmt=fmt, align="right")
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※R5実績の「＊」は見込値です（令和6年3月末時点の集計による）。確定値は次年度のシートで更新します。",
            "※前計画最終値は、前期基本計画（平成26年度～平成30年度）の最終年度の実績です。",
            "※No.3は直売所2か所の合計です。No.4の世帯数は年度内の転入世帯数です。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "nambu_shisaku_hyoka_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 神栖市 (茨城県): 神栖市まち・ひと・しごと創生総合戦略 KPIの検証（平成30年度）
# --------------------------------------------------------------------------------------------

# Real (city.kamisu.ibaraki.jp; paperzz 総合戦略素案; expydoc 市長寄稿): 計画期間 平成27年度～31年度,
# 鹿島臨海工業地帯, 後期基本計画の将来像, 2060年に約7万5千人. Made up: the page, its date and 課,
# the 基本目標 wording, every KPI, figure and note.
KM_HEAD = """<thead>
<tr><th>重要業績評価指標（KPI）</th><th>単位</th><th>基準値（H26）</th><th>目標値</th><th>実績値（前年度）</th><th>達成状況</th><th>目標値（H31）</th></tr>
</thead>"""
KM_BLOCKS = [
    (
        "基本目標１　鹿島臨海工業地帯を核とした安定した雇用を創出する",
        [
            ("鹿島臨海工業地帯への企業立地件数", "件", "3", "4", "5（4）", "達成", "累計20"),
            ("市内事業所の新規雇用者数", "人", "420", "450", "438（462）", "未達成", "500"),
            ("創業支援による創業者数", "人", "8", "10", "12（9）", "達成", "12"),
        ],
    ),
    (
        "基本目標３　若い世代の結婚・出産・子育ての希望をかなえる",
        [
            ("合計特殊出生率", "", "1.52", "1.55", "1.49（1.51）", "未達成", "1.60"),
            (
                "地域子育て支援センターの利用者数（延べ）",
                "人",
                "18,250",
                "19,000",
                "19,430（18,960）",
                "達成",
                "20,000",
            ),
        ],
    ),
]


def kamisu_html() -> str:
    parts = []
    for goal, rows in KM_BLOCKS:
        body = "\n".join(
            f'<tr><td>{name}</td><td class="c">{unit}</td>'
            + "".join(f'<td class="num">{v}</td>' for v in vals[:3])
            + f'<td class="c">{vals[3]}</td><td class="num">{vals[4]}</td></tr>'
            for name, unit, *vals in rows
        )
        parts.append(
            f"<h2>{goal}</h2>\n<table>\n<caption>平成30年度の達成状況</caption>\n{KM_HEAD}\n<tbody>\n{body}\n</tbody>\n</table>"
        )
    tables = "\n".join(parts)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>神栖市まち・ひと・しごと創生総合戦略 KPIの検証（平成30年度） - 神栖市</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
caption {{ text-align: left; font-weight: bold; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
td.num {{ text-align: right; }}
td.c {{ text-align: center; }}
</style>
</head>
<body>
<p>トップページ &gt; 市政情報 &gt; 計画・施策 &gt; 神栖市人口ビジョン及び神栖市まち・ひと・しごと創生総合戦略</p>
<h1>神栖市まち・ひと・しごと創生総合戦略 KPIの検証（平成30年度）</h1>
<p>掲載日 令和元年8月30日　企画部企画課</p>
<p>総合戦略（計画期間：平成27年度～平成31年度）に掲げた重要業績評価指標（KPI）について、平成30年度の実績を検証しました。
対策を講じない場合、本市の人口は2060年に約7万5千人になると推計されています。
後期基本計画に掲げる「市民とともにつくる“躍進する中核都市”かみす」の実現に向け、引き続き取組を進めます。</p>
{tables}
<p>※実績値の（　）内は前年度（平成29年度）の実績です。</p>
<p>※企業立地件数の目標値（H31）は、平成27年度からの5年間の累計です。</p>
<p>※合計特殊出生率は茨城県人口動態統計によります。</p>
</body>
</html>
"""


def kamisu() -> Path:
    path = HERE / "kamisu_kpi_kensho_h30.html"
    path.write_bytes(kamisu_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (nakagawamachi, otaki, nambu):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {kamisu().name}")


if __name__ == "__main__":
    main()
