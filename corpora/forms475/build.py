"""Build the documents of forms475/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/shisui_sogo6_seika_r5.xlsx``, a 総合計画 成果指標の進捗状況 in the manner of 酒々井町 (千葉県):
  form fields over a two-row grid ``No. | 成果指標 | 単位 | 現状値（R2） | 実績値 (R3 | R4 | R5) |
  目標値 (R5 | R8) | 備考``, with **a shaded note row between rows 3 and 4 saying that the 現状値 of
  No.4 and No.5 is their R4 実績** (indicators added at a mid-term review), **a 備考 that names the
  original, replaced target (``当初12,500``)** and a cell ``12,400（うち町外4,150）``; and the PDF;
* ``source/okutama_chokei5_chukan_r1.xlsx``, a 長期総合計画 中間評価 in the manner of 奥多摩町 (東京都):
  a grid whose ``目標値`` column has no year, **the target year standing only in the heading
  ``■前期5か年の施策指標（目標年度：令和元年度）``**, Western fiscal years ``2015`` … ``2019`` under
  ``実績（年度）``, merged 施策 cells, a ◎○△ 評価 with its legend, ``千人``, ``約15`` and ``－``; and the PDF;
* ``source/urugi_senryaku_kensho_h30.xlsx``, a 総合戦略 検証シート in the manner of 売木村 (長野県):
  **each year's cell holds ``目標／実績`` as two numbers split by a slash** (``565／561``), a merged
  ``区分`` column (``数値目標`` / ``KPI``) deciding goal or kpi, full-width digits in one row and a
  判定 column; and the PDF;
* ``yaita_kouki_seika_h30.html``, a 総合計画 後期基本計画 成果指標 page in the manner of 矢板市 (栃木県):
  **a ``基準年度`` column (``H26``, ``H27``, ``H25``) that dates each row's 基準値 and holds no value**,
  a target headed ``目標値（平成32年度）`` (an era year past 平成31), ``千人`` and a ``－``.

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
FONT = "IPAGothic"
FIXED = dt.datetime(2026, 12, 5, 0, 0, 0)


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms475/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms475/build.py"
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
        _put(ws, row, c, None, header=header, fill=kw.get("fill"))
    if c2 > c1:
        _merge(ws, row, c1, row, c2)
    return cell


def _text(ws, row, col, value, bold=False, size=9, align=None):
    """A borderless text cell (titles, headings, notes)."""
    cell = ws.cell(row=row, column=col, value=value)
    cell.font = Font(name=FONT, size=size, bold=bold)
    cell.alignment = Alignment(horizontal=align or "left", vertical="center")
    return cell


def _field(ws, row, label, value, c2, height=18):
    """A form field: a shaded label in column 1..2, its value merged over 3..c2."""
    _span(ws, row, 1, 2, label, header=True)
    _span(ws, row, 3, c2, value)
    ws.row_dimensions[row].height = height


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
    ws.row_dimensions[h].height = 20
    ws.row_dimensions[h + 1].height = 20


def _vals(ws, r, c0, vals) -> None:
    for j, v in enumerate(vals):
        fmt = "#,##0.0" if isinstance(v, float) else None
        _put(ws, r, c0 + j, v, align="center" if v in ("－", "") else "right", fmt=fmt)


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
    with tempfile.TemporaryDirectory(prefix="forms475_soffice_") as tmp:
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


# --------------------------------------------------------------------------------------------
# 酒々井町 (千葉県印旛郡): 第6次酒々井町総合計画 前期基本計画 成果指標の進捗状況（令和5年度）
# --------------------------------------------------------------------------------------------

# Real (town.shisui.chiba.jp, zck.or.jp): the plan's name, 将来都市像, 企画財政課, 明治22年 and its 16か町村,
# 19.02km², 50km圏, 4 stations, 墨古沢南Ⅰ遺跡 (約3万4千年前), 本佐倉城跡. Made up: the period, the sheet, every
# indicator, figure and note.
SH_ROWS = [
    ("1", "町の人口", "人", 20492, 20388, 20301, 20214, 20200, 20000, "住民基本台帳（各年度末）"),
    (
        "2",
        "本佐倉城跡の見学者数",
        "人",
        8150,
        9020,
        11480,
        13260,
        12000,
        15000,
        "R8目標値はR5に上方修正（当初12,500）",
    ),
    (
        "3",
        "町主催イベントへの参加者数",
        "人",
        3200,
        1850,
        6900,
        "12,400（うち町外4,150）",
        10000,
        12000,
        "R2・R3は感染症対策のため規模を縮小",
    ),
]
SH_ROWS_2 = [
    ("4", "子育て支援センターの利用者数", "人", 5840, "", "", 6120, 6000, 7000, ""),
    (
        "5",
        "英語検定3級以上を取得した中学3年生の割合",
        "％",
        41.3,
        "",
        "",
        39.8,
        43.0,
        50.0,
        "全国学力調査と同時期に集計",
    ),
]


def shisui() -> Path:
    wb, ws = _sheet("成果指標R5", [5, 30, 6, 10, 10, 10, 10, 10, 10, 26])
    _text(ws, 1, 1, "第6次酒々井町総合計画　前期基本計画", bold=True, size=12)
    _text(ws, 2, 1, "成果指標の進捗状況（令和５年度）", bold=True, size=14)
    _text(ws, 3, 10, "令和6年8月　企画財政課", size=9, align="right")
    _field(ws, 5, "計画の名称", "第6次酒々井町総合計画　前期基本計画", 10)
    _field(ws, 6, "将来都市像", "人 自然 歴史 文化が調和した 活力あふれるまち 酒々井", 10)
    _field(ws, 7, "計画期間", "令和4年度～令和8年度（前期5年間）", 10)
    _field(ws, 8, "担当課", "企画財政課", 10)
    _field(
        ws,
        9,
        "町の概要",
        "明治22年の町村制施行により16か町村が合併して誕生し、以来一度も合併をせずに現在に至る。面積は19.02km²で、"
        "都心から50km圏内に鉄道4駅を有する。町内には約3万4千年前の墨古沢南Ⅰ遺跡や国指定史跡本佐倉城跡がある。",
        10,
        height=44,
    )
    _text(ws, 11, 1, "２　成果指標の進捗状況", bold=True, size=11)
    h = 12
    _head2(
        ws,
        h,
        [(1, "No."), (2, "成果指標"), (3, "単位"), (4, "現状値\n（R2）"), (10, "備考")],
        [(5, 7, "実績値", ["R3", "R4", "R5"]), (8, 9, "目標値", ["R5", "R8"])],
    )
    r = h + 2
    for no, name, unit, *vals, note in SH_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, vals)
        _put(ws, r, 10, note, size=8)
        ws.row_dimensions[r].height = 26
        r += 1
    _span(
        ws,
        r,
        1,
        10,
        "※No.4・No.5は令和4年度の中間見直しで追加した指標のため、「現状値」欄にはR4実績を記載しています（R3・R4の実績欄は空欄）。",
        fill=LIGHT,
        size=8,
    )
    ws.row_dimensions[r].height = 18
    r += 1
    for no, name, unit, *vals, note in SH_ROWS_2:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, vals)
        _put(ws, r, 10, note, size=8)
        ws.row_dimensions[r].height = 26
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※実績値は各年度末現在。目標値（R5）は前期基本計画の中間年度の目標です。",
            "※町の人口の目標値は、酒々井町人口ビジョンの将来展望に合わせて設定しています。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "shisui_sogo6_seika_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 奥多摩町 (東京都西多摩郡): 第5期奥多摩町長期総合計画 中間評価（前期5か年の施策指標）
# --------------------------------------------------------------------------------------------

# Real (town.okutama.tokyo.jp, pitamachi.com): the plan's name and 愛称, its start (平成27年4月1日) and 10か年,
# the 中間評価 after 令和元年度, 企画財政課, the 昭和30年4月 merger of 古里村・氷川町・小河内村, 225.53km²,
# a tenth of 東京都, 94% 山林, 森林セラピー. Made up: the sheet, every indicator, figure, mark and note.
OK_ROWS = [
    (
        "1-2　観光の振興",
        [
            ("観光入込客数", "千人", 1520, 1488, 1502, 1455, 1530, 1410, 1700, "○"),
            ("森林セラピーロード利用者数", "人", 2860, 3010, 3240, 3380, 3520, 3610, 3500, "◎"),
        ],
    ),
    (
        "2-1　定住の促進",
        [
            ("若者定住応援住宅の入居世帯数（累計）", "世帯", 0, 4, 10, 16, 22, 28, 30, "○"),
            ("空き家バンク登録件数", "件", 3, 5, 8, "－", 12, "約15", 20, "△"),
        ],
    ),
]


def okutama() -> Path:
    wb, ws = _sheet("中間評価", [16, 30, 7, 10, 9, 9, 9, 9, 9, 10, 7])
    _text(
        ws,
        1,
        1,
        "第5期奥多摩町長期総合計画　中間評価報告書（資料編）　施策指標の達成状況",
        bold=True,
        size=14,
    )
    _text(ws, 2, 11, "令和2年3月　企画財政課", size=9, align="right")
    _field(ws, 4, "計画の名称", "第5期奥多摩町長期総合計画（愛称：おくたま魅力発信計画）", 11)
    _field(
        ws,
        5,
        "計画期間",
        "平成27年度～令和6年度（10か年）　うち前期5か年：平成27年度～令和元年度",
        11,
    )
    _field(ws, 6, "担当課", "企画財政課", 11)
    _field(
        ws,
        7,
        "町の概要",
        "昭和30年4月に古里村・氷川町・小河内村の3か町村が合併して誕生。面積225.53km²は東京都の約10分の1を占め、その94%が山林である。"
        "前期5か年の評価は、町民アンケート（20歳以上の1,000人を対象）と庁内の自己点検評価をもとに行った。",
        11,
        height=34,
    )
    _text(ws, 9, 1, "■前期5か年の施策指標（目標年度：令和元年度）", bold=True, size=11)
    h = 10
    _head2(
        ws,
        h,
        [
            (1, "施策"),
            (2, "指標"),
            (3, "単位"),
            (4, "策定時\n（H26）"),
            (10, "目標値"),
            (11, "評価"),
        ],
        [(5, 9, "実績（年度）", ["2015", "2016", "2017", "2018", "2019"])],
    )
    r = h + 2
    for measure, inds in OK_ROWS:
        top = r
        for name, unit, *vals, mark in inds:
            _put(ws, r, 2, name)
            _put(ws, r, 3, unit, align="center")
            _vals(ws, r, 4, vals)
            _put(ws, r, 11, mark, align="center", size=11)
            ws.row_dimensions[r].height = 24
            r += 1
        _put(ws, top, 1, measure, fill=LIGHT)
        _merge(ws, top, 1, r - 1, 1)
    _notes(
        ws,
        r + 1,
        [
            "評価　◎：目標を達成　○：目標値の8割以上　△：目標値の8割未満",
            "※「策定時」は平成26年度の実績です。目標値は前期5か年の最終年度（令和元年度）の値です。",
            "※空き家バンク登録件数の2018年度は、制度改正のため集計していません。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "okutama_chokei5_chukan_r1.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 売木村 (長野県下伊那郡): 売木村総合戦略 数値目標・KPIの検証（平成30年度）
# --------------------------------------------------------------------------------------------

# Real (urugi.jp, kotobank.jp, furusato-funding.jp, paperzz.com): 売木村総合戦略 (平成28年3月), 43.43km²,
# 海抜823m, 1,000m～1,300m級の山々, 茶臼山高原, 昭和23年の分村, 522人 (2019年), こまどりの湯, はざかけ米,
# スポーツ合宿. Made up: the period, the 課, the sheet, every indicator, figure and note.
UR_GOALS = [
    ("1", "村の人口（各年10月1日現在）", "人", 575, "565／561", "560／548", "555／531", "未達成")
]
UR_KPIS = [
    (
        "2",
        "スポーツ合宿の延べ宿泊者数",
        "人泊",
        "1,850",
        "2,000／2,140",
        "2,200／2,310",
        "2,400／2,380",
        "未達成",
    ),
    (
        "3",
        "こまどりの湯の入館者数",
        "人",
        "38,200",
        "39,000／37,650",
        "40,000／38,920",
        "41,000／39,530",
        "未達成",
    ),
    (
        "4",
        "はざかけ米の販売量",
        "ｔ",
        "４．２",
        "５．０／４．８",
        "５．５／５．６",
        "６．０／６．３",
        "達成",
    ),
    ("5", "移住相談件数", "件", "12", "15／18", "18／21", "20／17", "未達成"),
]


def urugi() -> Path:
    wb, ws = _sheet("検証シートH30", [8, 5, 30, 6, 10, 14, 14, 14, 8])
    _text(
        ws,
        1,
        1,
        "売木村総合戦略　数値目標・重要業績評価指標（KPI）検証シート（平成30年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 9, "令和元年7月　総務課", size=9, align="right")
    _field(ws, 4, "戦略の名称", "売木村総合戦略（平成28年3月策定）", 9)
    _field(ws, 5, "計画期間", "平成27年度～平成31年度（5年間）", 9)
    _field(ws, 6, "担当課", "総務課", 9)
    _field(
        ws,
        7,
        "村の概要",
        "長野県の最南端、海抜823mに位置し、面積43.43km²。1,000m～1,300m級の山々に囲まれ、茶臼山高原をはじめ自然資源が豊富である。"
        "昭和23年に豊村から分村して誕生した。人口は2019年に522人となっている。",
        9,
        height=34,
    )
    _text(ws, 9, 1, "■数値目標・重要業績評価指標（KPI）の検証", bold=True, size=11)
    h = 10
    _head2(
        ws,
        h,
        [(1, "区分"), (2, "No."), (3, "指標"), (4, "単位"), (5, "基準値\n（H26）"), (9, "判定")],
        [
            (6, 6, "H28", ["目標／実績"]),
            (7, 7, "H29", ["目標／実績"]),
            (8, 8, "H30", ["目標／実績"]),
        ],
    )
    r = h + 2
    for kind, rows in (("数値目標", UR_GOALS), ("KPI", UR_KPIS)):
        top = r
        for no, name, unit, *vals, verdict in rows:
            _put(ws, r, 2, no, align="center")
            _put(ws, r, 3, name)
            _put(ws, r, 4, unit, align="center")
            for c, v in zip(range(5, 9), vals):
                _put(ws, r, c, v, align="right")
            _put(ws, r, 9, verdict, align="center")
            ws.row_dimensions[r].height = 22
            r += 1
        _put(ws, top, 1, kind, align="center", fill=LIGHT)
        _merge(ws, top, 1, r - 1, 1)
    _notes(
        ws,
        r + 1,
        [
            "※各年度の欄は「目標／実績」の順に記載しています（斜線の左が目標値、右が実績値）。",
            "※判定は平成30年度の実績が目標値に達したかどうかを示します。",
            "※スポーツ合宿の延べ宿泊者数には、村営宿泊施設以外の民宿分（H30：約300人泊）を含みません。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "urugi_senryaku_kensho_h30.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 矢板市 (栃木県): 第2次21世紀矢板市総合計画 後期基本計画 成果指標の達成状況（平成30年度）
# --------------------------------------------------------------------------------------------

# Real (city.yaita.tochigi.jp, vdocuments.pub): the plan's name, 後期基本計画 2016~2020, 目標年次 平成32年度,
# the 将来像, 総合政策課, 昭和33年11月1日, 3,000名 survey. Made up: the page, its date, every indicator and figure.
YA_ROWS = [
    (
        "1",
        "市民アンケートで「住みよい」と答えた市民の割合",
        "％",
        "H26",
        "68.4",
        "69.0",
        "－",
        "70.2",
        "75.0",
    ),
    ("2", "観光客入込数", "千人", "H26", "1,021", "1,048", "1,063", "1,085", "1,150"),
    ("3", "矢板南産業団地の立地企業数", "社", "H27", "9", "10", "11", "13", "15"),
    ("4", "つつじまつり来場者数", "人", "H27", "42,500", "44,800", "39,600", "45,300", "50,000"),
    ("5", "特定健康診査受診率", "％", "H25", "38.2", "41.5", "43.0", "44.1", "60.0"),
]


def yaita_html() -> str:
    rows = "\n".join(
        f'<tr><td class="c">{no}</td><td>{name}</td><td class="c">{unit}</td><td class="c">{year}</td>'
        + "".join(f'<td class="num">{v}</td>' for v in vals)
        + "</tr>"
        for no, name, unit, year, *vals in YA_ROWS
    )
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>第2次21世紀矢板市総合計画 後期基本計画 成果指標の達成状況（平成30年度） - 矢板市</title>
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
<nav><ol class="breadcrumb"><li><a href="/">トップページ</a></li><li><a href="/shisei/">市政情報</a></li><li><a href="/shisei/keikaku/">計画・施策</a></li><li>成果指標の達成状況（平成30年度）</li></ol></nav>
<h1>第2次21世紀矢板市総合計画　後期基本計画　成果指標の達成状況（平成30年度）</h1>
<p>更新日：2019年9月30日　担当：総合政策課</p>
<p>矢板市は昭和33年11月1日、栃木県で11番目の市として誕生しました。後期基本計画（2016～2020）は、目標年次である平成32年度の将来像「「人」いきいき「水・風・緑」きらきら「暮らし」のびのび　つつじの郷やいた」の実現に向けた5か年の計画です。平成30年度の成果指標の実績を、市民アンケート（無作為抽出3,000名）の結果とあわせて取りまとめました。</p>
<dl>
<dt>計画の名称</dt><dd>第2次21世紀矢板市総合計画　後期基本計画</dd>
<dt>計画期間</dt><dd>平成28年度～平成32年度（5年間）</dd>
<dt>担当課</dt><dd>総合政策課</dd>
</dl>
<h2>成果指標の達成状況</h2>
<table>
<thead>
<tr><th>No.</th><th>成果指標</th><th>単位</th><th>基準年度</th><th>基準値</th><th>H28実績</th><th>H29実績</th><th>H30実績</th><th>目標値<br>（平成32年度）</th></tr>
</thead>
<tbody>
{rows}
</tbody>
</table>
<p>※「基準年度」は、各指標の基準値を把握した年度です。</p>
<p>※目標値の「平成32年度」は、改元後の令和2年度に当たります。計画策定時の表記のまま掲載しています。</p>
<p>※No.1の平成29年度は市民アンケートを実施していません。</p>
</body>
</html>
"""


def yaita() -> Path:
    path = HERE / "yaita_kouki_seika_h30.html"
    path.write_bytes(yaita_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (shisui, okutama, urugi):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {yaita().name}")


if __name__ == "__main__":
    main()
