"""Build the built documents of forms230/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/shintoku_shisaku_hyoka_h28.xlsx``, a 総合計画 施策評価シート in the manner of 新得町
  (北海道上川郡), portrait: bordered form fields (メインテーマ, 計画期間, 基本目標, 施策, 主管課 and
  関係課 on one row, the town's profile, 事業費 in 千円); a 評価点 legend; bold ``２　成果指標の達成状況``
  over one grid ``No. | 成果指標 | 単位 | 基準値（H26） | H28目標 | H28実績 | 達成率 | 評価点 |
  前期目標（H32） | 後期目標（H37）``; **indicator names led by a ``【新規】`` marker (new in this
  plan, ``―`` baseline)**; **final-target cells that read ``後期計画で設定`` (to be set by the next
  half of the plan)**; a shaded ``評価点の合計（満点12点）`` row; notes with numbers; and the PDF;
* ``source/imabetsu_kpi_kensho_h30.xlsx``, a 総合戦略 KPI 検証シート in the manner of 今別町 (青森県),
  landscape: form fields (計画期間, the town's profile, the 新幹線 station, 事業費, the date of the
  target review); a ◎/○/△ legend and a line saying what ``据置`` means; bold ``基本目標２　…`` over
  one grid ``… | H30目標 | H30実績 | 評価 | 当初目標（H31） | 見直し後目標（H31）``; a revised-target
  column of new numbers and ``据置`` (the original kept), **and one ``削除`` (the KPI dropped at the
  review, so its original final target no longer stands)**; **values followed
  by asterisk marks, ``43,160*1`` (速報値) and ``53*2`` (見込値), resolved by ``*1`` / ``*2`` lines
  under the grid**; ``0.89（上期）``; ``―（H28開業）``; a shaded money row inside the grid; and the PDF;
* ``source/oe_keikan_shihyo_r4.xlsx``, a 成果指標評価シート in the manner of 大江町 (山形県), portrait:
  form fields (the 重要文化的景観 and its 選定範囲, the town's profile with ``約8千人``, 政策, 担当課 and
  関係課, 事業費); bold ``２　成果指標の状況`` over one grid with a two-row header (``R4`` over
  ``目標 | 実績``) and two shaded ``（1）…　［施策事業費（R4決算）14,620千円］`` 施策 rows; **counts of a
  fixed whole written as a fraction of it, ``9／35``, in every value cell of one row**; then bold
  ``３　歩行者通行量調査（休日）`` over a small grid **whose year headers carry the day of the survey,
  ``R4（10月9日調査）``**, with two ``（参考）`` rows (weather, hours); and the PDF;
* ``showa_kpi_shinchoku_r5.html``, a 総合戦略 KPI 進捗 page in the manner of 昭和村 (福島県): a lead
  of real figures; ``<h2>`` over one table with a two-row ``<thead>`` (``令和4年度`` / ``令和5年度`` over
  ``目標 | 実績``), ``<th colspan>`` 施策 rows; **yearly targets written ``平年並み`` (a word level
  tied to the weather, no number) beside a numeric final target**; **actual cells that name the
  cohort after the number, ``4（第29期生）``**; ``万本`` in 単位; a ``<tfoot>`` count of grades.

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
FIXED = dt.datetime(2026, 12, 20, 0, 0, 0)


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms230/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms230/build.py"
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


def _down(ws, r1, r2, col, value, **kw):
    """A bordered value merged down over rows r1..r2 of one column."""
    cell = _put(ws, r1, col, value, **kw)
    for r in range(r1 + 1, r2 + 1):
        _put(ws, r, col, None)
    if r2 > r1:
        _merge(ws, r1, col, r2, col)
    return cell


def _text(ws, row, col, value, bold=False, size=9, align=None):
    """A borderless text cell (titles, headings, notes)."""
    cell = ws.cell(row=row, column=col, value=value)
    cell.font = Font(name=FONT, size=size, bold=bold)
    cell.alignment = Alignment(horizontal=align or "left", vertical="center")
    return cell


def _notes(ws, row: int, lines: list[str], size=8) -> None:
    for i, line in enumerate(lines):
        _text(ws, row + i, 1, line, size=size)


def _field(ws, row, label, value, c_label, c_value, height=20):
    """A form field: a shaded label cell and a value merged over the given columns."""
    _span(ws, row, c_label[0], c_label[1], label, header=True)
    _span(ws, row, c_value[0], c_value[1], value, align="left")
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


def _vals(ws, r, c0, vals, fmt1="0.0") -> None:
    """Value cells: numbers keep a number format, text cells are right-aligned as printed."""
    for j, v in enumerate(vals):
        if isinstance(v, float):
            _put(ws, r, c0 + j, v, fmt=fmt1)
        elif isinstance(v, int):
            _put(ws, r, c0 + j, v)
        else:
            _put(ws, r, c0 + j, v, align="center" if v in ("―", "－", "") else "right")


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
                    rb"\g<1>2026-12-20T00:00:00Z\g<2>",
                    data,
                )
            info = zipfile.ZipInfo(name, date_time=(2026, 12, 20, 0, 0, 0))
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
    with tempfile.TemporaryDirectory(prefix="forms230_soffice_") as tmp:
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
# 新得町 (北海道上川郡): 第8期新得町総合計画 施策評価シート（平成28年度実績）
# --------------------------------------------------------------------------------------------

# Real (shintoku-town.jp 第8期総合計画; Wikipedia-derived pages): the 第8期総合計画 starting in
# 平成28年度 for ten years, its メインテーマ, the 6部会60名 of the 町づくり委員会, the area
# 1,063.83km² (about 9割 forest), the population 6,256人 (住民基本台帳, 2017-03-31), そば as the
# town's crop. Made up: the sheet, its date and 課, the 基本目標 and 施策 wording, money, every
# indicator, figure, target, 評価点 and note.
SH_HEADS = [
    "No.",
    "成果指標",
    "単位",
    "基準値\n（H26）",
    "H28目標",
    "H28実績",
    "達成率",
    "評価点",
    "前期目標\n（H32）",
    "後期目標\n（H37）",
]
# (No., 成果指標, 単位, 基準値, H28目標, H28実績, 達成率, 評価点, 前期目標, 後期目標)
SH_ROWS = [
    ("1", "そばの作付面積", "ha", 1046, 1080, 1112, "103.0%", 3, 1100, 1150),
    ("2", "【新規】新規就農者数（年間）", "人", "―", 3, 2, "66.7%", 1, 3, "後期計画で設定"),
    ("3", "生乳生産量", "t", 38420, 39000, 39580, "101.5%", 3, 40000, 42000),
    (
        "4",
        "【新規】農業体験・ファームステイの受入人数（延べ）",
        "人",
        "―",
        300,
        246,
        "82.0%",
        2,
        400,
        "後期計画で設定",
    ),
]


def shintoku() -> Path:
    wb, ws = _sheet("施策評価シート", [5, 38, 6, 10, 9, 9, 8, 7, 10, 12])
    _text(ws, 1, 1, "第8期新得町総合計画　施策評価シート（平成28年度実績）", bold=True, size=14)
    _text(ws, 2, 10, "平成29年8月　新得町企画課", align="right")
    _text(ws, 4, 1, "１　施策の概要", bold=True, size=11)
    fields = [
        ("メインテーマ", "人が集い 賑わいと笑顔が広がり 未来につながるまち"),
        ("計画期間", "平成28年度～平成37年度（10年間）　前期基本計画：平成28年度～平成32年度"),
        ("基本目標", "3　地域の資源を生かした活力ある産業のまち"),
        ("施策", "3-1　農業・農村の振興"),
    ]
    r = 5
    for label, value in fields:
        _field(ws, r, label, value, (1, 2), (3, 10))
        r += 1
    _span(ws, r, 1, 2, "主管課", header=True)
    _span(ws, r, 3, 5, "産業課", align="left")
    _span(ws, r, 6, 7, "関係課", header=True)
    _span(ws, r, 8, 10, "農業委員会事務局", align="left")
    ws.row_dimensions[r].height = 20
    r += 1
    for label, value in [
        (
            "町の概況",
            "面積1,063.83km²（総面積の約9割が森林）、人口6,256人（H29.3.31住民基本台帳）",
        ),
        ("施策の事業費（H28決算・千円）", "142,360"),
    ]:
        _field(ws, r, label, value, (1, 2), (3, 10))
        r += 1
    r += 1
    _text(
        ws,
        r,
        1,
        "評価点　3：達成率100％以上　2：80％以上100％未満　1：60％以上80％未満　0：60％未満",
        size=8,
    )
    _text(
        ws,
        r + 1,
        1,
        "施策の評価　A：評価点の合計が満点の9割以上　B：7割以上9割未満　C：7割未満",
        size=8,
    )
    r += 3
    _text(ws, r, 1, "２　成果指標の達成状況", bold=True, size=11)
    r += 1
    for c, h in enumerate(SH_HEADS, start=1):
        _put(ws, r, c, h, header=True)
    ws.row_dimensions[r].height = 30
    r += 1
    for no, name, unit, base, tgt, act, rate, pts, mid, late in SH_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, [base, tgt, act])
        _put(ws, r, 7, rate, align="right")
        _put(ws, r, 8, pts, align="center")
        _vals(ws, r, 9, [mid])
        if isinstance(late, str):
            _put(ws, r, 10, late, align="center", size=8)
        else:
            _put(ws, r, 10, late)
        ws.row_dimensions[r].height = 26
        r += 1
    _span(ws, r, 1, 7, "評価点の合計（満点12点）", align="right", fill=LIGHT, bold=True)
    _put(ws, r, 8, 9, align="center", fill=LIGHT, bold=True)
    _span(ws, r, 9, 10, "施策の評価　B", align="center", fill=LIGHT, bold=True)
    ws.row_dimensions[r].height = 22
    _notes(
        ws,
        r + 2,
        [
            "※1　【新規】は第8期総合計画で新たに設けた指標で、基準値はありません。",
            "※2　後期目標（H37）は、後期基本計画（平成33年度～）の策定時に前期の達成状況を踏まえて設定します。「後期計画で設定」の指標は、現時点で目標値を定めていません。",
            "※3　そばの作付面積は町内の作付農家31戸の合計、生乳生産量は町内の酪農家42戸の出荷量の合計です。",
            "※4　達成率＝H28実績÷H28目標。評価点の合計は9点（満点の75.0％）で、施策の評価はBとしました。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "shintoku_shisaku_hyoka_h28.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 今別町 (青森県東津軽郡): 総合戦略 重要業績評価指標（KPI）検証シート（平成30年度実績）
# --------------------------------------------------------------------------------------------

# Real (furusato-funding.jp 今別町の地域再生計画; jichiro.gr.jp 自主レポート; onitoge.org; 河北新報
# 2018-02-12): the population peak of 8,114人 during the 青函トンネル工事, the 高齢者比率 50.5％ (県内一
# since 平成17年度), 奥津軽いまべつ駅 opened 2016-03-26, 38.5km from 新青森, its 66 乗降客 (2018),
# 荒馬, the 連絡バス to 津軽中里駅 (1日4往復, 片道約1時間) with 0.89人 per run in 2017年度上期 and
# the 補助 threshold of 1人. Made up: the sheet, its date and 課, 推進会議, money, the targets and
# their review, every other figure, grade and note.
IM_HEADS = [
    "No.",
    "重要業績評価指標（KPI）",
    "単位",
    "基準値\n（H26）",
    "H29実績",
    "H30目標",
    "H30実績",
    "評価",
    "当初目標\n（H31）",
    "見直し後目標\n（H31）",
]
# (No., KPI, 単位, 基準値, H29実績, H30目標, H30実績, 評価, 当初目標, 見直し後目標)
IM_ROWS = [
    ("1", "奥津軽いまべつ駅の1日平均乗降客数", "人", "―（H28開業）", 72, 80, 66, "○", 120, 100),
    ("2", "観光入込客数（年間）", "人", 38200, 41500, 42000, "43,160*1", "◎", 45000, "据置"),
    ("3", "移住相談件数（年間）", "件", 4, 11, 10, 13, "◎", 12, 20),
    ("4", "転入者数（年間）", "人", 68, 61, 70, "53*2", "△", 75, "削除"),
    (
        "5",
        "連絡バス（奥津軽いまべつ駅～津軽中里駅）の1便当たり平均乗客数",
        "人",
        "―",
        "0.89（上期）",
        1.0,
        0.94,
        "○",
        1.0,
        "据置",
    ),
]


def imabetsu() -> Path:
    wb, ws = _sheet("KPI検証シート", [5, 44, 6, 13, 11, 10, 11, 6, 11, 13])
    _text(
        ws,
        1,
        1,
        "今別町まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）検証シート（平成30年度実績）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 10, "令和元年8月　今別町企画課", align="right")
    fields = [
        ("計画期間", "平成27年度～平成31年度（5年間）"),
        (
            "町の概況",
            "昭和39年からの青函トンネル工事に携わる人の増加で人口はピーク時に8,114人となったが、工事の完了後は減少が続き、高齢者比率は50.5％と平成17年度から県内一となっている。",
        ),
        ("北海道新幹線", "奥津軽いまべつ駅（平成28年3月26日開業、新青森駅から38.5km）"),
        ("総合戦略関連事業費（H30決算・千円）", "63,870（うち地方創生推進交付金 21,760）"),
        (
            "目標値の見直し",
            "平成30年3月（今別町総合戦略推進会議の検証を受け、最終目標の一部を見直し）",
        ),
    ]
    r = 4
    for label, value in fields:
        _field(ws, r, label, value, (1, 2), (3, 10), height=22 if len(value) < 60 else 30)
        r += 1
    _text(
        ws,
        r + 1,
        1,
        "評価　◎：H30目標を達成　○：H30目標の80％以上　△：H30目標の80％未満",
        size=8,
    )
    _text(
        ws,
        r + 2,
        1,
        "見直し後目標　数値：平成30年3月に見直した最終目標　「据置」：当初目標のまま変更なし　「削除」：見直しで指標から外したもの",
        size=8,
    )
    r += 4
    _text(ws, r, 1, "基本目標２　新しいひとの流れをつくる", bold=True, size=11)
    r += 1
    for c, h in enumerate(IM_HEADS, start=1):
        _put(ws, r, c, h, header=True)
    ws.row_dimensions[r].height = 30
    r += 1
    for no, name, unit, base, a29, t30, a30, grade, orig, rev in IM_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, [base, a29, t30, a30], fmt1="0.00" if no == "5" else "0.0")
        _put(ws, r, 8, grade, align="center", bold=True)
        _vals(ws, r, 9, [orig, rev], fmt1="0.00" if no == "5" else "0.0")
        ws.row_dimensions[r].height = 24
        r += 1
    _put(ws, r, 1, "", fill=LIGHT)
    _put(ws, r, 2, "（参考）地方創生推進交付金の充当額", fill=LIGHT)
    _put(ws, r, 3, "千円", align="center", fill=LIGHT)
    for c, v in zip(range(4, 11), ["―", 18400, 20000, 21760, "", "―", "―"], strict=True):
        cell = _put(ws, r, c, v, align="center" if v in ("―", "") else None)
        cell.fill = LIGHT
    ws.row_dimensions[r].height = 22
    _notes(
        ws,
        r + 2,
        [
            "*1　速報値（令和元年6月末時点の青森県観光入込客統計による）",
            "*2　見込値（平成31年3月分は推計）",
            "※　乗降客数はJR北海道の公表による1日平均。連絡バスは1日4往復（片道約1時間）で運行しており、H29実績は上期の値。国の補助基準は1便当たり1人以上。",
            "※　観光入込客数には、8月上旬の荒馬まつりの来場者を含む。（参考）欄の充当額はH30目標欄に当初予算額を記載。",
            "※　転入者数は、平成30年3月の見直しで社会増減数とあわせて人口ビジョンで管理することとし、KPIから削除した（H30は当初のH30目標で検証）。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "imabetsu_kpi_kensho_h30.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 大江町 (山形県西村山郡): 文化的景観を生かしたまちづくり 成果指標評価シート（令和4年度）
# --------------------------------------------------------------------------------------------

# Real (yamagata-takara.com; pref.yamagata.jp やまがたの宝; kunishitei.bunka.go.jp; Wikipedia-derived
# pages): the 重要文化的景観「最上川の流通・往来及び左沢町場の景観」, selected 2013-03-27 as the
# first in the prefecture, its 255.9ha and 6種類35件 of 重要な構成要素, 楯山公園 and the 最上川舟唄碑,
# 原町通り and 左澤中央通り, 教育委員会教育文化課; the area 154.08km², 人口約8千人 and the 7割 of the
# people living in 左沢. Made up: the sheet, its date, 政策 and 施策 wording, 関係課, money, every
# indicator, figure, target, survey date and note.
OE_ROWS = [
    # (施策 heading, [(No., 成果指標, 単位, 基準値（H30）, R3実績, R4目標, R4実績, 達成状況, 目標値（R6）), …])
    (
        "（1）景観の保存と継承　　［施策事業費（R4決算）14,620千円］",
        [
            (
                "1",
                "重要な構成要素の保存修理等の実施件数（累計）",
                "件",
                "4／35",
                "9／35",
                "11／35",
                "11／35",
                "達成",
                "15／35",
            ),
            (
                "2",
                "景観保全活動（草刈り・清掃等）への町民参加者数（延べ）",
                "人",
                145,
                98,
                160,
                172,
                "達成",
                200,
            ),
        ],
    ),
    (
        "（2）景観の活用と交流　　［施策事業費（R4決算）9,250千円］",
        [
            ("3", "楯山公園の来訪者数（年間）", "人", 18400, 15200, 20000, 21350, "達成", 24000),
            (
                "4",
                "文化的景観まち歩きガイドの利用者数（年間）",
                "人",
                620,
                310,
                700,
                655,
                "未達成",
                800,
            ),
        ],
    ),
]


def oe() -> Path:
    wb, ws = _sheet("成果指標評価シート", [5, 42, 6, 12, 12, 9, 9, 8, 10])
    _text(
        ws,
        1,
        1,
        "大江町　文化的景観を生かしたまちづくり　成果指標評価シート（令和4年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 9, "令和5年6月　大江町教育委員会教育文化課", align="right")
    _text(ws, 4, 1, "１　施策の概要", bold=True, size=11)
    fields = [
        (
            "重要文化的景観",
            "最上川の流通・往来及び左沢町場の景観（平成25年3月27日選定、県内初）",
        ),
        (
            "選定範囲",
            "255.9ha（重要な構成要素：河川・道路・橋梁・遺跡・街並み・建築物の6種類35件）",
        ),
        (
            "町の概況",
            "面積154.08km²、人口約8千人。最上川舟運の中継地として栄えた左沢地区に、町の人口の7割以上が住む。",
        ),
        ("政策", "4　歴史と文化を守り伝えるまち"),
    ]
    r = 5
    for label, value in fields:
        _field(ws, r, label, value, (1, 2), (3, 9), height=20 if len(value) < 46 else 28)
        r += 1
    _span(ws, r, 1, 2, "担当課", header=True)
    _span(ws, r, 3, 4, "教育文化課", align="left")
    _span(ws, r, 5, 6, "関係課", header=True)
    _span(ws, r, 7, 9, "政策推進課、産業振興課", align="left")
    ws.row_dimensions[r].height = 20
    r += 1
    _field(ws, r, "関連事業費（R4決算・千円）", "23,870（うち国庫補助 11,900）", (1, 2), (3, 9))
    r += 2
    _text(ws, r, 1, "２　成果指標の状況", bold=True, size=11)
    r += 1
    top = r
    for c, h in [(1, "No."), (2, "成果指標"), (3, "単位"), (4, "基準値\n（H30）"), (5, "R3実績")]:
        _put(ws, top, c, h, header=True)
        _put(ws, top + 1, c, None, header=True)
        _merge(ws, top, c, top + 1, c)
    _span(ws, top, 6, 7, "R4", header=True)
    _put(ws, top + 1, 6, "目標", header=True)
    _put(ws, top + 1, 7, "実績", header=True)
    for c, h in [(8, "達成状況"), (9, "目標値\n（R6）")]:
        _put(ws, top, c, h, header=True)
        _put(ws, top + 1, c, None, header=True)
        _merge(ws, top, c, top + 1, c)
    ws.row_dimensions[top].height = 18
    ws.row_dimensions[top + 1].height = 18
    r = top + 2
    for heading, rows in OE_ROWS:
        _span(ws, r, 1, 9, heading, fill=LIGHT, bold=True)
        ws.row_dimensions[r].height = 20
        r += 1
        for no, name, unit, base, a3, t4, a4, grade, final in rows:
            _put(ws, r, 1, no, align="center")
            _put(ws, r, 2, name)
            _put(ws, r, 3, unit, align="center")
            _vals(ws, r, 4, [base, a3, t4, a4])
            _put(ws, r, 8, grade, align="center")
            _vals(ws, r, 9, [final])
            ws.row_dimensions[r].height = 26
            r += 1
    r += 1
    _text(ws, r, 1, "３　歩行者通行量調査（休日）", bold=True, size=11)
    r += 1
    heads = [
        (1, 1, "No."),
        (2, 2, "成果指標"),
        (3, 3, "単位"),
        (4, 4, "基準値\nH30\n（10月7日調査）"),
        (5, 5, "R3\n（10月10日調査）"),
        (6, 7, "R4\n（10月9日調査）"),
        (8, 9, "目標値（R6）"),
    ]
    for c1, c2, h in heads:
        _span(ws, r, c1, c2, h, header=True)
    ws.row_dimensions[r].height = 40
    r += 1
    survey = [
        ("5", "原町通り・中央通りの歩行者通行量（2地点計）", "人/日", [1284, 902, 1356, 1500]),
        ("", "（参考）調査日の天候", "―", ["晴れ", "雨", "曇り", "―"]),
        ("", "（参考）調査時間", "―", ["9時～17時", "9時～17時", "9時～17時", "―"]),
    ]
    for no, name, unit, (b, a3, a4, tgt) in survey:
        fill = LIGHT if not no else None
        _put(ws, r, 1, no, align="center", fill=fill)
        _put(ws, r, 2, name, fill=fill)
        _put(ws, r, 3, unit, align="center", fill=fill)
        for c1, c2, v in [(4, 4, b), (5, 5, a3), (6, 7, a4), (8, 9, tgt)]:
            if isinstance(v, int):
                _span(ws, r, c1, c2, v, fill=fill)
            else:
                _span(ws, r, c1, c2, v, align="center", fill=fill)
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※1　保存修理等の実施件数は、重要な構成要素35件のうち修理・修景を終えたものの累計を「実施件数／35」で表しています。",
            "※2　楯山公園の来訪者数は、最上川舟唄碑前に設置したカウンターによる計測値です（4月～11月）。",
            "※3　歩行者通行量は、各年度10月の休日1日に2地点で計測した人数の合計です。R6目標は調査日を定めずに設定しています。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "oe_keikan_shihyo_r4.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 昭和村 (福島県大沼郡): 総合戦略（第2期） KPIの進捗状況（令和5年度）, HTML
# --------------------------------------------------------------------------------------------

# Real (zck.or.jp 町村週報 3196号; vill.showa.fukushima.jp 特産品; showavill.info; Wikipedia-derived
# pages): the 1927 merger of 大芦村 and 野尻村, 209.46km², the 10 集落, 1,246人 in the 令和2年国勢調査,
# 高齢化率55％超, the 2019-10 admission to 「日本で最も美しい村」連合, 宿根かすみ草 as the largest
# summer-autumn producer, からむし (苧麻) and its 国選定保存技術 (平成3年), からむし織体験生
# (織姫), 喰丸小 as a 交流・観光拠点施設. Made up: the page, its date and 係, the 基本目標 and 施策
# wording, every indicator, figure, target, cohort number, grade and note.
SW_GROUPS = [
    (
        "施策1　かすみ草の産地づくり",
        [
            (
                "かすみ草の出荷本数",
                "万本",
                "1,020",
                "平年並み",
                "968",
                "平年並み",
                "1,064",
                "A",
                "1,100",
            ),
            ("かすみ草の新規就農者数（累計）", "人", "12", "18", "17", "21", "20", "B", "24"),
        ],
    ),
    (
        "施策2　からむし織の継承",
        [
            (
                "からむし織体験生（織姫・彦星）の受入人数（年間）",
                "人",
                "5",
                "5",
                "4（第29期生）",
                "5",
                "5（第30期生）",
                "A",
                "6",
            ),
            ("体験生の村内定住者数（累計）", "人", "28", "31", "31", "33", "32", "B", "35"),
        ],
    ),
    (
        "施策3　交流・観光拠点の活用",
        [
            (
                "喰丸小（交流・観光拠点施設）の来館者数（年間）",
                "人",
                "―",
                "18,000",
                "16,420",
                "18,000",
                "19,870",
                "A",
                "20,000",
            ),
        ],
    ),
]


def showa_html() -> str:
    rows = []
    for heading, items in SW_GROUPS:
        rows.append(f'<tr><th colspan="9" class="sub">{heading}</th></tr>')
        for name, unit, base, t4, a4, t5, a5, grade, final in items:
            rows.append(
                f'<tr><th scope="row">{name}</th><td class="c">{unit}</td><td class="num">{base}</td>'
                f'<td class="num">{t4}</td><td class="num">{a4}</td><td class="num">{t5}</td>'
                f'<td class="num">{a5}</td><td class="c">{grade}</td><td class="num">{final}</td></tr>'
            )
    body = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>昭和村まち・ひと・しごと創生総合戦略（第2期）KPIの進捗状況（令和5年度） - 昭和村</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 0.8em; }}
th, td {{ border: 1px solid #000; padding: 2px 6px; }}
thead th {{ background: #d9d9d9; }}
th.sub {{ background: #f2f2f2; text-align: left; }}
tbody th {{ text-align: left; font-weight: normal; }}
tfoot td {{ background: #f2f2f2; }}
td.num {{ text-align: right; }}
td.c {{ text-align: center; }}
</style>
</head>
<body>
<p>ホーム &gt; 村政情報 &gt; 計画・施策 &gt; 昭和村まち・ひと・しごと創生総合戦略</p>
<h1>昭和村まち・ひと・しごと創生総合戦略（第2期）KPIの進捗状況（令和5年度）</h1>
<p>更新日：2024年9月20日　担当：総務課 企画係</p>
<p>昭和村は、昭和2年11月に大芦村と野尻村が合併して誕生した村です。面積は209.46平方キロメートルで、村内に10の集落があります。令和2年国勢調査の人口は1,246人、高齢化率は55％を超えています。</p>
<p>宿根かすみ草は夏秋期の出荷量で日本一を誇り、からむし（苧麻）の栽培と苧引きは平成3年に国の選定保存技術に選ばれています。令和元年10月には「日本で最も美しい村」連合への加盟が承認されました。</p>
<h2>基本目標1　村の宝を生かし、しごとと人の流れをつくる</h2>
<p>評価（令和5年度）　A：目標を達成　B：目標の80％以上　C：目標の80％未満　－：評価できない</p>
<table>
<thead>
<tr><th scope="col" rowspan="2">重要業績評価指標（KPI）</th><th scope="col" rowspan="2">単位</th><th scope="col" rowspan="2">基準値<br>（令和元年度）</th><th scope="colgroup" colspan="2">令和4年度</th><th scope="colgroup" colspan="2">令和5年度</th><th scope="col" rowspan="2">評価</th><th scope="col" rowspan="2">目標値<br>（令和6年度）</th></tr>
<tr><th scope="col">目標</th><th scope="col">実績</th><th scope="col">目標</th><th scope="col">実績</th></tr>
</thead>
<tbody>
{body}
</tbody>
<tfoot>
<tr><td colspan="9">令和5年度の評価　A：3指標　B：2指標　C：0指標（KPI 5指標）</td></tr>
</tfoot>
</table>
<p>※かすみ草の出荷本数は天候の影響を大きく受けるため、各年度の目標は「平年並み」（過去5か年の平均程度）とし、令和6年度の目標値のみ数値で定めています。</p>
<p>※からむし織体験生は、毎年4月から1年間、村内で暮らしながら、からむしの栽培から機織りまでを学びます。括弧内はその年度の期です。</p>
<p>※喰丸小は、旧喰丸小学校の木造校舎を活用した交流・観光拠点施設です。</p>
</body>
</html>
"""


def showa() -> Path:
    path = HERE / "showa_kpi_shinchoku_r5.html"
    path.write_bytes(showa_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (shintoku, imabetsu, oe):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {showa().name}")


if __name__ == "__main__":
    main()
