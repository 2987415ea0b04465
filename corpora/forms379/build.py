"""Build the documents of forms379/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/kijimadaira_zenki_seika_h30.xlsx``, a 総合振興計画 前期基本計画 成果指標の検証 in the manner of
  木島平村 (長野県), portrait: a 施策 column merged down, ``H29実績 | H30目標 | H30実績`` between a 策定時
  and a 前期目標 column, **a 備考 column whose remark turns one actual into a 見込 value**, a ``―``
  baseline explained in 備考, full-width digits, ``千人``; and the PDF;
* ``source/onjuku_koki_shisaku_hyoka_r2.xlsx``, a 総合計画 後期基本計画 施策評価シート in the manner of
  御宿町 (千葉県), landscape: each year a ``目標 | 実績 | 達成率`` triple under a spanning 年度 cell,
  **達成率 columns that are no values**, an actual ``開設中止``, a bracket in a name that is no unit; and
  the PDF;
* ``source/ogano_kaso_seika_h30.xlsx``, a 過疎地域自立促進計画 成果目標の達成状況 in the manner of
  小鹿野町 (埼玉県), portrait: a 区分 column naming the plan's chapters, **a 前年度比 column (``＋19.2%``,
  ``△1.6%``, ``＋3.2ポイント``) that looks like values but is not**, a range target ``80～90``, a
  ``延べ`` actual, ``千円`` and ``千人``; and the PDF;
* ``ichikai_senryaku_tassei_r5.html``, a 総合戦略 数値目標・KPI page in the manner of 市貝町 (栃木県):
  breadcrumb, ``<h1>``, date line, two tables under ``<h2>`` 基本目標 headings, **a 区分 column saying
  数値目標 or KPI row by row**, **基準値 cells that carry their own year (``38<br>（R元）``)** under
  Western fiscal-year headers, ``累計`` cells and a ``―※`` actual with its note.

The PDF steps are skipped, with a message, when ``soffice`` is not installed.
These are re-typed forms of other municipalities, not their own files (README.md, SOURCES.tsv).
The helpers follow forms377/build.py.

The XLSX and HTML files are byte-stable: fixed document dates, and the zip members are
rewritten with a fixed timestamp. The PDFs carry LibreOffice's creation date, so they differ
by that only.
"""
# ruff: noqa: E501, B905

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
FIXED = dt.datetime(2026, 12, 6, 0, 0, 0)


# --------------------------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------------------------


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms379/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms379/build.py"
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


def _down(ws, r1, r2, col, value, header=True, **kw):
    """A bordered value merged down rows r1..r2 of one column."""
    cell = _put(ws, r1, col, value, header=header, **kw)
    for r in range(r1 + 1, r2 + 1):
        _put(ws, r, col, None, header=header)
    if r2 > r1:
        _merge(ws, r1, col, r2, col)
    return cell


def _text(ws, row, col, value, bold=False, size=9, align=None):
    """A borderless text cell (titles, headings, notes)."""
    cell = ws.cell(row=row, column=col, value=value)
    cell.font = Font(name=FONT, size=size, bold=bold)
    cell.alignment = Alignment(horizontal=align or "left", vertical="center")
    return cell


def _field(ws, row, key, value, c1, c2, height=18):
    """A form field: a shaded key cell in column 1..c1, the value merged over c1+1..c2."""
    _span(ws, row, 1, c1, key, header=True)
    _span(ws, row, c1 + 1, c2, value)
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
                    rb"\g<1>2026-12-06T00:00:00Z\g<2>",
                    data,
                )
            info = zipfile.ZipInfo(name, date_time=(2026, 12, 6, 0, 0, 0))
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
    with tempfile.TemporaryDirectory(prefix="forms379_soffice_") as tmp:
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
# 木島平村 (長野県): 第6次総合振興計画 前期基本計画 成果指標の検証（平成30年度）
# --------------------------------------------------------------------------------------------

# Real: the plan's name and period (H27～H36), its 将来像, 99.32km², 26の集落, 積雪期間110日, 5,887人 (H2),
# 4,939人 (H22), the 昭和30年 merger of 3村, 木島平米 and ソバ. Made up: the 課, the 施策, every indicator,
# value and note.
KJ_ROWS = [
    (
        "1-1　農業の振興",
        [
            ("1", "特別栽培米（木島平米）の作付面積", "ha", 128.5, 141.2, 145.0, 143.6, 150.0, ""),
            (
                "2",
                "ソバの作付面積",
                "ha",
                8.0,
                21.4,
                25.0,
                26.3,
                30.0,
                "荒廃農地を活用した作付を含む",
            ),
        ],
    ),
    (
        "2-1　観光の振興",
        [
            (
                "3",
                "観光入込客数",
                "千人",
                452.3,
                430.8,
                460.0,
                "４１２．５",
                470.0,
                "H30実績は平成31年2月末現在の見込値",
            ),
        ],
    ),
    (
        "3-2　移住・定住の促進",
        [
            ("4", "移住者数", "人", 6, 14, 15, 15, 18, ""),
            (
                "5",
                "空き家バンクの成約件数",
                "件",
                "―",
                7,
                8,
                "9（うち村外から7）",
                10,
                "制度開始はH27のため策定時の値はない",
            ),
        ],
    ),
]


def kijimadaira() -> Path:
    wb, ws = _sheet("成果指標", [13, 5, 27, 6, 8, 8, 8, 12, 9, 22])
    _text(
        ws,
        1,
        1,
        "第６次木島平村総合振興計画　前期基本計画　成果指標の検証（平成３０年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 10, "令和元年8月　木島平村", align="right")
    _text(ws, 4, 1, "１　計画の概要", bold=True, size=11)
    _field(ws, 5, "計画の名称", "第6次木島平村総合振興計画（前期基本計画）", 2, 10)
    _field(
        ws,
        6,
        "計画期間",
        "基本構想　平成27年度～平成36年度（10年間）　／　前期基本計画　平成27年度～平成31年度",
        2,
        10,
    )
    _field(ws, 7, "将来像", "これからの農村を生きる　みんなで楽しみをつくりだす村", 2, 10)
    _field(ws, 8, "担当課", "総務課", 2, 10)
    _field(
        ws,
        9,
        "村の概要",
        "本村は昭和30年に3村が合併して誕生した、面積99.32km²の村で、26の集落があります。積雪期間は110日に及ぶ豪雪地帯です。"
        "人口は平成2年の5,887人から平成22年には4,939人となり、減少が続いています。",
        2,
        10,
        height=44,
    )
    _text(ws, 11, 1, "２　成果指標の検証", bold=True, size=11)
    h = 12
    heads = [
        "施策",
        "No.",
        "成果指標",
        "単位",
        "策定時\n（H25）",
        "H29実績",
        "H30目標",
        "H30実績",
        "前期目標\n（H31）",
        "備考",
    ]
    for c, word in enumerate(heads, start=1):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 30
    r = h + 1
    for shisaku, rows in KJ_ROWS:
        top = r
        for no, name, unit, base, a29, t30, a30, t31, note in rows:
            _put(ws, r, 2, no, align="center")
            _put(ws, r, 3, name)
            _put(ws, r, 4, unit, align="center")
            for c, v in zip(range(5, 10), (base, a29, t30, a30, t31)):
                _put(ws, r, c, v, align="right")
            _put(ws, r, 10, note, size=8)
            ws.row_dimensions[r].height = 30
            r += 1
        _down(ws, top, r - 1, 1, shisaku, header=False)
    _text(
        ws,
        r,
        1,
        "※策定時は、計画策定時（平成26年度）に把握できた最新値（平成25年度）です。",
        size=8,
    )
    _text(ws, r + 1, 1, "※前期目標は、前期基本計画の最終年度（平成31年度）の目標値です。", size=8)
    _text(ws, r + 3, 1, "３　検証結果", bold=True, size=11)
    _field(
        ws,
        r + 4,
        "総括",
        "5指標のうち3指標がH30目標を達成した。観光入込客数は、冬季の少雪によりスキー場の営業日数が前年より12日短く、目標を下回る見込みである。",
        2,
        10,
        height=32,
    )
    _page(ws, "portrait")
    path = SOURCE / "kijimadaira_zenki_seika_h30.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 御宿町 (千葉県): 総合計画 後期基本計画 施策評価シート（令和2年度）
# --------------------------------------------------------------------------------------------

# Real: the 後期基本計画's period (平成30年度～平成34年度, 5年間), 24.86km², 7,523人 (2018-11-30), 月の沙漠,
# the sister city アカプルコ (メキシコ). Made up: the 施策, the 課, every indicator, value and note.
ON_ROWS = [
    (
        "1",
        "観光入込客数",
        "千人",
        "1,102",
        ["1,150", "1,087", "95%"],
        ["1,180", "642", "54%"],
        "1,250",
    ),
    (
        "2",
        "海水浴客数（7・8月）",
        "千人",
        "312",
        ["320", "298", "93%"],
        ["325", "開設中止", "―"],
        "340",
    ),
    (
        "3",
        "月の沙漠記念館の入館者数",
        "人",
        "8,420",
        ["8,600", "8,715", "101%"],
        ["8,800", "4,306", "49%"],
        "9,000",
    ),
    (
        "4",
        "姉妹都市交流事業への参加者数",
        "人",
        "45",
        ["50", "52", "104%"],
        ["50", "０", "0%"],
        "60",
    ),
]


def onjuku() -> Path:
    wb, ws = _sheet("施策評価", [5, 30, 6, 10, 9, 9, 8, 9, 9, 8, 11])
    _text(
        ws, 1, 1, "御宿町総合計画　後期基本計画　施策評価シート（令和２年度）", bold=True, size=14
    )
    _text(ws, 2, 11, "令和3年8月　御宿町", align="right")
    _field(ws, 4, "施策", "2-1　観光の振興と交流の促進", 2, 11)
    _field(ws, 5, "担当課", "産業観光課", 2, 11)
    _field(ws, 6, "計画期間", "後期基本計画　平成30年度～平成34年度（5年間）", 2, 11)
    _field(
        ws,
        7,
        "町の概要",
        "本町は房総半島の外房に位置する、面積24.86km²、人口7,523人（平成30年11月30日現在）の町です。"
        "童謡「月の沙漠」発祥の地として知られ、メキシコのアカプルコ市と姉妹都市の関係にあります。",
        2,
        11,
        height=32,
    )
    _text(ws, 9, 1, "２　成果指標の状況", bold=True, size=11)
    h = 10
    for c, word in [(1, "No."), (2, "成果指標"), (3, "単位"), (4, "基準値\n（H28）")]:
        _down(ws, h, h + 1, c, word)
    for j, year in enumerate(["令和元年度", "令和２年度"]):
        _span(ws, h, 5 + 3 * j, 7 + 3 * j, year, header=True)
        for k, word in enumerate(["目標", "実績", "達成率"]):
            _put(ws, h + 1, 5 + 3 * j + k, word, header=True)
    _down(ws, h, h + 1, 11, "最終目標\n（R4）")
    ws.row_dimensions[h].height = 20
    ws.row_dimensions[h + 1].height = 20
    r = h + 2
    for no, name, unit, base, y1, y2, final in ON_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _put(ws, r, 4, base, align="right")
        for k, v in enumerate(y1 + y2):
            _put(ws, r, 5 + k, v, align="right")
        _put(ws, r, 11, final, align="right")
        ws.row_dimensions[r].height = 22
        r += 1
    _text(ws, r, 1, "※達成率＝実績÷目標×100（小数点以下を四捨五入）。", size=8)
    _text(
        ws,
        r + 1,
        1,
        "※令和2年度は、新型コロナウイルス感染症の拡大防止のため、町内の海水浴場の開設を中止しました。",
        size=8,
    )
    _text(
        ws,
        r + 2,
        1,
        "※No.4の令和2年度は、アカプルコ市への訪問団の派遣を見送り、オンラインによる交流のみ実施しました。",
        size=8,
    )
    _text(ws, r + 4, 1, "３　評価", bold=True, size=11)
    _field(ws, r + 5, "評価", "C（遅れている）", 2, 11)
    _field(
        ws,
        r + 6,
        "課題と今後の方向",
        "令和2年度は観光入込客数が前年度の約6割に減少した。令和3年度は、屋外で楽しめる体験型観光を5件造成し、誘客の回復を図る。",
        2,
        11,
        height=30,
    )
    _page(ws, "landscape")
    path = SOURCE / "onjuku_koki_shisaku_hyoka_r2.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 小鹿野町 (埼玉県): 過疎地域自立促進計画（旧両神村地区） 成果目標の達成状況（平成30年度）
# --------------------------------------------------------------------------------------------

# Real: the plan's name, its area (旧両神村地区, 過疎 since 昭和45年), its period as the town's page prints it
# (平成28年4月1日～平成32年3月31日), its chapters (2 産業の振興, 3 交通通信体系…, 7 教育の振興), 両神山,
# セツブンソウ, 小鹿野歌舞伎 (約220年), 100km圏. Made up: the 課, every indicator, value and note.
OG_ROWS = [
    (
        "2　産業の振興",
        [
            (
                "1",
                "セツブンソウ園地の来訪者数",
                "千人",
                "38.2",
                "41.5",
                "36.9",
                "42.0",
                "44.0",
                "＋19.2%",
                "45.0",
            ),
            (
                "2",
                "農産物直売所の販売額",
                "千円",
                "52,300",
                "55,810",
                "58,040",
                "60,000",
                "57,120",
                "△1.6%",
                "62,000",
            ),
        ],
    ),
    (
        "3　交通通信体系の整備、情報化及び地域間交流の促進",
        [
            (
                "3",
                "町営バス（両神線）の利用者数",
                "人",
                "21,480",
                "20,115",
                "19,870",
                "20,000",
                "19,352",
                "△2.6%",
                "20,000",
            ),
            (
                "4",
                "都市農村交流イベントの参加者数",
                "人",
                "1,250",
                "1,410",
                "1,380",
                "1,500",
                "延べ1,622",
                "＋17.5%",
                "1,600",
            ),
        ],
    ),
    (
        "7　教育の振興",
        [
            (
                "5",
                "郷土芸能（歌舞伎等）の体験学習に参加した児童生徒の割合",
                "％",
                "72.0",
                "80.5",
                "85.1",
                "80～90",
                "88.3",
                "＋3.2ポイント",
                "90.0",
            ),
        ],
    ),
]


def ogano() -> Path:
    wb, ws = _sheet("達成状況", [14, 4, 26, 5, 8, 8, 8, 8, 8, 11, 8])
    _text(ws, 1, 1, "小鹿野町過疎地域自立促進計画（旧両神村地区）", bold=True, size=13)
    _text(ws, 2, 1, "成果目標の達成状況（平成３０年度）", bold=True, size=13)
    _text(ws, 3, 11, "令和元年7月　小鹿野町", align="right")
    _field(ws, 5, "計画の名称", "小鹿野町過疎地域自立促進計画", 2, 11)
    _field(ws, 6, "対象区域", "旧両神村地区（昭和45年度から過疎地域の指定）", 2, 11)
    _field(ws, 7, "計画期間", "平成28年4月1日～平成32年3月31日", 2, 11)
    _field(ws, 8, "担当課", "企画財政課", 2, 11)
    _field(
        ws,
        9,
        "地区の概要",
        "日本百名山の両神山、日本一とされるセツブンソウの自生地を有し、約220年の歴史をもつ小鹿野歌舞伎が今も地域で演じられている。"
        "都心から100km圏内にあり、日帰りの観光客が多い。",
        2,
        11,
        height=44,
    )
    _text(ws, 11, 1, "■成果目標の達成状況", bold=True, size=11)
    h = 12
    heads = [
        "区分",
        "No.",
        "目標項目",
        "単位",
        "計画策定時\n（H26）",
        "H28実績",
        "H29実績",
        "H30目標",
        "H30実績",
        "前年度比",
        "最終目標\n（H31）",
    ]
    for c, word in enumerate(heads, start=1):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 30
    r = h + 1
    for kubun, rows in OG_ROWS:
        top = r
        for no, name, unit, *vals in rows:
            _put(ws, r, 2, no, align="center")
            _put(ws, r, 3, name)
            _put(ws, r, 4, unit, align="center")
            for c, v in zip(range(5, 12), vals):
                _put(ws, r, c, v, align="right")
            ws.row_dimensions[r].height = 30
            r += 1
        _down(ws, top, r - 1, 1, kubun, header=False, size=8)
    _text(ws, r, 1, "※区分は、計画書の章の番号と名称です。", size=8)
    _text(
        ws,
        r + 1,
        1,
        "※前年度比は、H30実績とH29実績の比較です（％の項目はポイント差）。△は減少を表します。",
        size=8,
    )
    _text(ws, r + 2, 1, "※No.4のH30実績は、年4回開催したイベントの延べ参加者数です。", size=8)
    _text(ws, r + 3, 1, "※No.5のH30目標は、80％以上90％以下の範囲で設定しています。", size=8)
    _page(ws, "portrait")
    path = SOURCE / "ogano_kaso_seika_h30.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 市貝町 (栃木県): 第2期総合戦略 数値目標・KPIの達成状況（HTML）
# --------------------------------------------------------------------------------------------

# Real: 11,720人 (平成27年国勢調査), 826人 fewer than 平成7年, 5,888人 (社人研, 令和47年), 58人 births (平成30年).
# Assumed, not verified: the 第2期 strategy's name and period, the 課. Made up: the 基本目標, every indicator,
# value and note.
IC_TABLES = [
    (
        "基本目標１　安定した雇用を創出する",
        [
            (
                "数値目標",
                "町内事業所の新規雇用者数",
                "人",
                "38<br>（R元）",
                "41",
                "45",
                "43",
                "48",
                "50",
            ),
            (
                "KPI",
                "企業の新規立地件数",
                "件",
                "0<br>（R元）",
                "累計1",
                "累計1",
                "累計3",
                "累計3",
                "累計4",
            ),
            ("KPI", "創業支援による創業件数", "件", "2<br>（H30）", "3", "1", "4", "3", "3"),
        ],
    ),
    (
        "基本目標２　新しいひとの流れをつくる",
        [
            ("数値目標", "転入者数", "人", "352<br>（H30）", "331", "346", "368", "360", "370"),
            ("KPI", "移住相談件数", "件", "12<br>（R元）", "18", "25", "―※", "30", "35"),
        ],
    ),
]


def ichikai_html() -> str:
    tables = []
    for heading, rows in IC_TABLES:
        body = "\n".join(
            f'<tr><td class="c">{kubun}</td><td>{name}</td><td class="c">{unit}</td><td class="num">{base}</td>'
            f'<td class="num">{a1}</td><td class="num">{a2}</td><td class="num">{a3}</td>'
            f'<td class="num">{t1}</td><td class="num">{t2}</td></tr>'
            for kubun, name, unit, base, a1, a2, a3, t1, t2 in rows
        )
        tables.append(
            f"""<h2>{heading}</h2>
<table>
<thead>
<tr><th rowspan="2">区分</th><th rowspan="2">指標</th><th rowspan="2">単位</th><th rowspan="2">基準値<br>（年度）</th><th colspan="3">実績値</th><th colspan="2">目標値</th></tr>
<tr><th>2021年度</th><th>2022年度</th><th>2023年度</th><th>2023年度</th><th>2024年度<br>（最終）</th></tr>
</thead>
<tbody>
{body}
</tbody>
</table>"""
        )
    joined = "\n".join(tables)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>第2期市貝町まち・ひと・しごと創生総合戦略 数値目標・KPIの達成状況（令和5年度） - 市貝町</title>
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
<nav class="breadcrumb"><a href="/">ホーム</a> &gt; <a href="/chosei/">町政情報</a> &gt; <a href="/chosei/keikaku/">計画・施策</a> &gt; 地方創生</nav>
<h1>第2期市貝町まち・ひと・しごと創生総合戦略 数値目標・KPIの達成状況（令和5年度）</h1>
<p class="date">更新日：2024年9月27日　担当：企画振興課</p>
<p>本町の人口（国勢調査）は、平成27年には11,720人となり、平成7年と比べて826人減少しました。国立社会保障・人口問題研究所の推計では、令和47年には5,888人まで減少するとされています。平成30年の出生数は58人でした。</p>
<p>第2期総合戦略（令和2年度～令和6年度）の4年目にあたる令和5年度の実績を、外部委員7名による推進会議で検証しました。基準値は、指標ごとに（　）内の年度の値です。</p>
{joined}
<p>※移住相談件数（2023年度）は、相談窓口の移転に伴い集計方法を見直しているため、2024年度中に掲載します。</p>
<p>※「累計」は、2020年度からの累計の件数です。</p>
</body>
</html>
"""


def ichikai() -> Path:
    path = HERE / "ichikai_senryaku_tassei_r5.html"
    path.write_bytes(ichikai_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (kijimadaira, onjuku, ogano):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {ichikai().name}")


if __name__ == "__main__":
    main()
