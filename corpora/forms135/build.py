"""Build the built documents of forms135/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/ritto_shisaku_hyoka_h27.xlsx``, a 施策評価シート in the manner of 栗東市 (滋賀県): form fields
  with 事業費 and a 施策の評価 grade, **a two-row header whose upper cells name the plan
  (前期基本計画 over 策定時（H20）| 目標（H26）| 実績（H26）, 後期基本計画 over 実績（H27）| 目標（H31））**,
  a ``…の減少`` indicator with target 0, a new indicator with ``―`` in the 前期 cells; and the PDF;
* ``source/kizugawa_mirai_kofukin_h21.xlsx``, a 市町村未来づくり交付金自己評価調書 in the manner of
  木津川市 (京都府): **one row per 構成事業 with its 交付金額 (千円) beside its 成果指標, 事業実施前 |
  目標 | 実績 without years under a dated title**, a 事業 merged over two indicators, a 自己評価
  column, ``約``; and the PDF;
* ``source/susono_unei_hoshin_h27.xlsx``, a 運営方針進捗状況シート（半期振返り） in the manner of
  裾野市 (静岡県): **plan and half-year actual each split into 国県補助 | 市単独 | 計**, an H26実績
  column, prose fields; and the PDF;
* ``inagawa_juten_senryaku_2024.html``, a 後期基本計画 重点戦略 page in the manner of 猪名川町
  (兵庫県): ``<h3>`` 戦略 with KPI tables ``KPI（重要業績評価指標）| 現状値 | 目標値`` whose cells
  carry the value, its unit and **a two-digit Western year (``634人（23年度）``)**, ``（29年度まで）``,
  a word target (``全自治会``) and a ``累計`` target.

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
    wb.properties.creator = "forms135/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms135/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms135_soffice_") as tmp:
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


def _vals(ws, r, c0, vals) -> None:
    for j, v in enumerate(vals):
        fmt = "#,##0.0" if isinstance(v, float) else None
        _put(ws, r, c0 + j, v, align="center" if v == "―" else "right", fmt=fmt)


def _fields(ws, r: int, pairs, last: int) -> int:
    """Key-value form rows: a shaded key cell and a value merged to ``last``."""
    for key, value in pairs:
        _put(ws, r, 1, key, header=True)
        _span(ws, r, 2, last, value)
        ws.row_dimensions[r].height = 18
        r += 1
    return r


# --------------------------------------------------------------------------------------------
# 栗東市 (滋賀県): 第五次栗東市総合計画 後期基本計画 施策評価シート（平成27年度実績）
# --------------------------------------------------------------------------------------------

# Real: 栗東市, the 第五次栗東市総合計画 (H22–H31), its 前期 (H22–H26) and 後期 (H27–H31) 基本計画, the
# 将来都市像 and the 施策ごとの成果指標. Made up: the sheet, 施策, 課, money, grade, every indicator and figure.
RITTO = [
    ("1", "保育所待機児童数の減少", "人", 42, 0, 18, 25, 0),
    ("2", "子育て支援センターの年間延べ利用者数", "人", 18500, 24000, 25312, 26040, 28000),
    ("3", "放課後児童クラブの定員", "人", 820, 1000, 1040, 1080, 1200),
    ("4", "子育てしやすいまちだと思う市民の割合", "％", 48.6, 60.0, 55.3, 56.1, 65.0),
    ("5", "ファミリー・サポート・センターの提供会員数", "人", "―", "―", "―", 212, 300),
]


def ritto() -> Path:
    widths = [12, 34, 6, 10, 10, 10, 10, 10]
    wb, ws = _sheet("施策評価シート", widths)
    _text(ws, 1, 1, "平成28年度　施策評価シート（平成27年度実績）", bold=True, size=12)
    _text(
        ws,
        2,
        1,
        "第五次栗東市総合計画　将来都市像「ひと・まち・環境 ともに育む『健やか・にぎわい都市』栗東」",
        size=9,
    )
    _text(ws, 2, 8, "平成28年8月　栗東市", align="right")
    r = _fields(
        ws,
        4,
        [
            ("施策", "2-1　子育て支援の充実"),
            ("主担当課", "子育て支援課"),
            ("施策に係る事業費", "1,284,516千円（平成27年度決算）"),
            ("施策の評価", "B（概ね順調に進んでいる）"),
        ],
        8,
    )
    r += 1
    _text(ws, r, 1, "【成果指標】", bold=True, size=10)
    h = r + 1
    _head2(
        ws,
        h,
        [(1, "No."), (2, "成果指標"), (3, "単位")],
        [
            (4, 6, "前期基本計画", ["策定時\n（H20）", "目標\n（H26）", "実績\n（H26）"]),
            (7, 8, "後期基本計画", ["実績\n（H27）", "目標\n（H31）"]),
        ],
    )
    ws.row_dimensions[h + 1].height = 30
    r = h + 2
    for no, name, unit, *vals in RITTO:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, vals)
        ws.row_dimensions[r].height = 24
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※No.5は後期基本計画で新たに設定した指標のため、前期基本計画の欄は「―」としています。",
            "※No.2は子育て支援センター3か所の合計です。",
            "※施策に係る事業費は、施策を構成する14事業の決算額の合計です。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "ritto_shisaku_hyoka_h27.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 木津川市 (京都府): 市町村未来づくり交付金自己評価調書（平成21年度） 事業群評価調書
# --------------------------------------------------------------------------------------------

# Real: 木津川市, the 市町村未来づくり交付金自己評価調書 (1 事業群評価調書), the 事業群 木津川市の建設~真の合併
# の成功のために~, its four 構成事業 and the gist of the 重点目標. Made up: the layout of the grid, the
# amounts, every indicator, figure and grade.
KIZUGAWA = [
    (
        "義務教育学校教室扇風機設置事業（合併関連事業）",
        18240,
        [("扇風機を設置した普通教室の割合", "％", 41.2, 100.0, 100.0)],
        "A",
    ),
    (
        "幼稚園通園バス運行拡大事業（合併関連事業）",
        6850,
        [("通園バス利用園児数", "人", 58, 90, 84)],
        "B",
    ),
    (
        "木津川市加茂支所有効活用事業（合併関連事業）",
        32600,
        [
            ("加茂支所内図書室の蔵書数", "冊", "―", 30000, 31420),
            ("加茂支所内図書室の利用者数（延べ）", "人", "―", 12000, 9876),
        ],
        "A",
    ),
    ("新庁舎竣工式典", 2150, [("式典参加者数", "人", "―", 500, "約620")], "A"),
]


def kizugawa() -> Path:
    widths = [26, 11, 28, 6, 9, 9, 9, 8]
    wb, ws = _sheet("自己評価調書", widths)
    _text(ws, 1, 1, "市町村未来づくり交付金自己評価調書（平成21年度）", bold=True, size=12)
    _text(ws, 2, 1, "１　事業群評価調書", bold=True, size=10)
    r = _fields(
        ws,
        3,
        [
            ("団体名", "木津川市"),
            ("事業群", "木津川市の建設～真の合併の成功のために～"),
        ],
        8,
    )
    _put(ws, r, 1, "重点目標", header=True)
    _para(
        ws,
        r,
        2,
        8,
        "合併して新市となった「木津川市」の一体性の確保と住民協働のまちづくりを進め、旧町間の格差の是正、"
        "旧町時代からの財産や特性を活かした観光事業等を推進し、木津川市の真の合併の成功を目標とする。",
        36,
        border=True,
    )
    r += 2
    _text(ws, r, 1, "２　構成事業の成果指標", bold=True, size=10)
    h = r + 1
    for c, word in enumerate(
        [
            "構成事業名",
            "交付金額\n（千円）",
            "成果指標",
            "単位",
            "事業実施前",
            "目標",
            "実績",
            "自己評価",
        ],
        start=1,
    ):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 30
    r = h + 1
    for name, money, rows, grade in KIZUGAWA:
        first = r
        for ind, unit, *vals in rows:
            _put(ws, r, 1, name if r == first else None)
            _put(ws, r, 2, money if r == first else None)
            _put(ws, r, 3, ind)
            _put(ws, r, 4, unit, align="center")
            _vals(ws, r, 5, vals)
            _put(ws, r, 8, grade if r == first else None, align="center")
            ws.row_dimensions[r].height = 30
            r += 1
        if r - first > 1:
            for c in (1, 2, 8):
                _merge(ws, first, c, r - 1, c)
    _notes(
        ws,
        r + 1,
        [
            "※自己評価　A：事業の効果が十分にあった　B：事業の効果があった　C：事業の効果が不十分であった",
            "※交付金額の合計は59,840千円です。新庁舎竣工式典の参加者数は受付名簿による概数です。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "kizugawa_mirai_kofukin_h21.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 裾野市 (静岡県): 平成27年度 運営方針進捗状況シート 半期振返り
# --------------------------------------------------------------------------------------------

# Real: 裾野市, the 平成27年度 運営方針進捗状況シート（半期振返り）, 農林振興課, the 施策の柱 4-1 治山・治水の推進
# and its (目的), the planned 間伐 (国県費補助 69ha, 市費 109ha, 計178ha) and the gist of the 上半期 text.
# Made up: the grid, every other indicator and figure, the 上半期 actuals, the money.
SUSONO = [
    ("間伐実施面積", "ha", 152, 69, 109, 178, 24.5, 38.0, 62.5),
    ("枝打ち・下草刈り実施面積", "ha", 41, "―", 35, 35, "―", 12.0, 12.0),
    ("森林経営計画の認定地区数", "地区", 1, "", "", 3, "", "", 2),
    ("河川愛護活動の参加団体数", "団体", 16, "", "", 18, "", "", 18),
]


def susono() -> Path:
    widths = [14, 26, 6, 9, 9, 9, 9, 9, 9, 9]
    wb, ws = _sheet("運営方針進捗状況シート", widths)
    _text(ws, 1, 1, "平成27年度　運営方針進捗状況シート　半期振返り", bold=True, size=12)
    _text(ws, 2, 10, "裾野市", align="right")
    r = _fields(
        ws,
        4,
        [
            ("担当課", "農林振興課"),
            ("施策の柱", "4-1　治山・治水の推進"),
        ],
        10,
    )
    _put(ws, r, 1, "（目的）", header=True)
    _para(
        ws,
        r,
        2,
        10,
        "水害等に対する安全性と、市民が水に親しみ、生物への配慮を両立した河川環境を確保するとともに、"
        "治山治水や水源涵養・林地保全など、森林の持つ公的役割が十分発揮できる整備の推進を目指します。",
        30,
        border=True,
    )
    r += 2
    _text(ws, r, 1, "【達成目標の進捗】", bold=True, size=10)
    h = r + 1
    _head2(
        ws,
        h,
        [(1, "No."), (2, "達成目標（指標）"), (3, "単位"), (4, "H26実績")],
        [
            (5, 7, "H27計画", ["国県補助", "市単独", "計"]),
            (8, 10, "上半期実績（9月末）", ["国県補助", "市単独", "計"]),
        ],
    )
    r = h + 2
    for i, (name, unit, *vals) in enumerate(SUSONO, start=1):
        _put(ws, r, 1, str(i), align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, vals)
        ws.row_dimensions[r].height = 24
        r += 1
    r += 1
    for key, value in (
        (
            "上半期に行った具体的取組と成果",
            "・県費補助間伐は交付決定済。市単独間伐は他の補助対象区域と整合を取り、実施区域を精査中。\n"
            "・須山地区、茶畑地区の森林経営計画について、森林組合への支援を行った。",
        ),
        (
            "今年度内の取組内容及び留意点",
            "・間伐事業の進捗を定期的に確認し、確実な遂行を管理、支援する。\n"
            "・森林経営計画に基づく間伐事業の進捗状況を把握する。",
        ),
    ):
        _put(ws, r, 1, key, header=True)
        _para(ws, r, 2, 10, value, 36, border=True)
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※「計」は国県補助と市単独の合計です。空欄は補助区分のない指標です。",
            "※平成27年度の間伐事業費（当初予算）は48,620千円です。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "susono_unei_hoshin_h27.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 猪名川町 (兵庫県): 第六次猪名川町総合計画 後期基本計画 重点戦略
# --------------------------------------------------------------------------------------------

# Real: 猪名川町, the 第六次猪名川町総合計画 後期基本計画, 重点戦略1 and its 戦略1–3 with their 施策 lists and
# wording, the three KPIs of 戦略1–2 with their values (0か所（23年度）, 1か所（29年度まで）, 634人（23年度）,
# 1,000人（29年度）, 0自治会（23年度）, 全自治会（29年度）) and the page date. Made up: the two KPIs of 戦略3.
INAGAWA = [
    (
        "戦略1.協働・共創の基盤となる仕組みづくり",
        "まちづくりを進めるために、中間支援の仕組みを作り、多分野で協力しやすい環境を整えていきます。",
        ["施策2　地域コミュニティ", "施策3　参画・協働", "施策22　広報・広聴、情報化"],
        [("中間支援のための相談窓口・拠点の整備", "0か所（23年度）", "1か所（29年度まで）")],
    ),
    (
        "戦略2.地域コミュニティの活性化",
        "自治会やまちづくり協議会、地域コミュニティ関連の団体の活動をもっと活性化して、担い手を育てていきます。",
        [
            "施策2　地域コミュニティ",
            "施策3　参画・協働",
            "施策9　防災・消防",
            "施策22　広報・広聴、情報化",
        ],
        [
            ("まちづくり協議会拡大事業の参加者数", "634人（23年度）", "1,000人（29年度）"),
            ("電子回覧板の整備", "0自治会（23年度）", "全自治会（29年度）"),
        ],
    ),
    (
        "戦略3.多様なコミュニティの有機的なつながりづくり",
        "地縁型組織やテーマ型組織など、どんなコミュニティでもつながって、いろんな挑戦ができるまちをめざします。",
        ["施策2　地域コミュニティ", "施策3　参画・協働"],
        [
            ("地域活動に参加している町民の割合", "38.2%（23年度）", "45.0%（29年度）"),
            ("町と連携協定を締結した企業・大学等の数", "12団体（23年度）", "累計20団体（29年度）"),
        ],
    ),
]


def inagawa_html() -> str:
    parts = []
    for head, lead, measures, rows in INAGAWA:
        items = "\n".join(f"<li>{m}</li>" for m in measures)
        body = "\n".join(
            f"<tr><td>{name}</td><td>{base}</td><td>{target}</td></tr>"
            for name, base, target in rows
        )
        parts.append(
            f"""<h3>{head}</h3>
<p>{lead}</p>
<p>関連する施策</p>
<ul>
{items}
</ul>
<table border="1">
<tr><th>KPI（重要業績評価指標）</th><th>現状値</th><th>目標値</th></tr>
{body}
</table>"""
        )
    blocks = "\n".join(parts)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>重点戦略1 協働・共創の基盤をつくり・育てる／後期基本計画｜猪名川町</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 1em; }}
th, td {{ border: 1px solid #333; padding: 2px 8px; }}
th {{ background: #d9d9d9; }}
</style>
</head>
<body>
<h1>第六次猪名川町総合計画　後期基本計画　重点戦略</h1>
<p>更新日：2024年12月27日　企画政策課</p>
<p>後期基本計画（2024年度～2029年度）では、分野を横断して取り組む重点戦略ごとにKPI（重要業績評価指標）を設定しています。</p>
<h2>重点戦略1　協働・共創の基盤をつくり・育てる</h2>
{blocks}
<p>※年度は西暦の下2桁で表しています（23年度＝2023年度）。</p>
</body>
</html>
"""


def inagawa() -> Path:
    path = HERE / "inagawa_juten_senryaku_2024.html"
    path.write_bytes(inagawa_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (ritto, kizugawa, susono):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {inagawa().name}")


if __name__ == "__main__":
    main()
