"""Build the built documents of forms22/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/yonezawa_seika_shihyo_chukan_h26.xlsx``, a sheet in the manner of 米沢市 (山形県)
  「米沢市まちづくり総合計画の評価・検証」 (参考)成果指標の中間評価 (the 実績値 years run right to left,
  newest first; units in a 単位 column, one of them ``千人``; a 策定時 cell carrying its own year), and
  from it ``yonezawa_seika_shihyo_chukan_h26.pdf``;
* ``source/kuriyama_kobetsu_jigyo_hyoka_h27.xlsx``, a sheet in the manner of 栗山町 (北海道)
  「平成27年度 政策評価事業 個別事業評価シート」 (a grid whose header names the year in the upper row
  and 計画 / 実績 in the lower row, a 最終目標値 column with its 目標年度 in a column of its own, cost
  rows in 千円), and from it ``kuriyama_kobetsu_jigyo_hyoka_h27.pdf``;
* ``source/saku_shinko_kanri_h26.xlsx``, a sheet in the manner of 佐久市 (長野県) 第一次佐久市総合計画
  後期基本計画の進行管理 (成果指標 with a 前年度比 column and a 目標達成度 A/B/C column), and from it
  ``saku_shinko_kanri_h26.pdf``;
* ``hakui_senryaku_kensho_r2.html``, a page in the manner of 羽咋市 (石川県) 第2期がんばる羽咋創生総合
  戦略 効果検証結果 (units and years inside the value cells, a 総合評価 ◎/〇/△ that is no
  achievement, a 【再掲】 施策).

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
FIXED = dt.datetime(2026, 12, 4, 0, 0, 0)


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms22/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms22/build.py"
    ws = wb.active
    ws.title = title
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    return wb, ws


def _put(ws, row, col, value, header=False, fmt=None, align=None, size=9, bold=False, valign=None):
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
                    rb"\g<1>2026-12-04T00:00:00Z\g<2>",
                    data,
                )
            info = zipfile.ZipInfo(name, date_time=(2026, 12, 4, 0, 0, 0))
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
    with tempfile.TemporaryDirectory(prefix="forms22_soffice_") as tmp:
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
# 米沢市 (山形県): まちづくり総合計画の評価・検証 — (参考)成果指標の中間評価、実績値は新しい年度から
# --------------------------------------------------------------------------------------------

# The report's title, its date (平成26年7月), 資料2, the headings Ⅱ 施策編 and (参考)成果指標の中間評価
# are the city's. The 施策, every indicator, figure, source and note are made up.
YONEZAWA_ROWS = [
    (
        "1-3",
        "観光の振興",
        [
            (1, "観光客入込数", "千人", 2386, 2512, 2398, 2201, 2700, "山形県観光者数調査"),
            (2, "市内宿泊者数", "千人", 312, 298, 305, 287, 350, "山形県観光者数調査"),
        ],
    ),
    (
        "2-1",
        "子育て支援の充実",
        [
            (3, "保育所待機児童数", "人", 18, 0, 3, 7, 0, "こども課調べ（4月1日現在）"),
            (
                4,
                "地域子育て支援センター利用者数",
                "人",
                15420,
                21806,
                20114,
                "―",
                20000,
                "こども課調べ",
            ),
        ],
    ),
    (
        "2-3",
        "健康づくりの推進",
        [
            (5, "特定健康診査受診率", "％", "35.2（H20）", 41.8, 40.5, 38.9, 65.0, "法定報告"),
        ],
    ),
]


def yonezawa() -> Path:
    wb, ws = _sheet("成果指標の中間評価", [16, 5, 28, 6, 12, 10, 10, 10, 12, 22])
    last = 10
    _text(ws, 1, 1, "米沢市まちづくり総合計画の評価・検証", bold=True, size=12)
    _text(ws, 1, last, "資料2", align="right")
    _text(ws, 2, last, "平成26年7月", align="right", size=8)
    _text(
        ws,
        3,
        1,
        "参考：米沢市の人口　86,253人（平成25年10月1日現在、山形県社会的移動人口調査）",
        size=8,
    )
    _text(ws, 5, 1, "Ⅱ　施策編", bold=True, size=11)
    _text(ws, 6, 1, "（参考）成果指標の中間評価", bold=True, size=10)
    r = 7
    for c, word in (
        (1, "施策"),
        (2, "No."),
        (3, "成果指標"),
        (4, "単位"),
        (5, "策定時\n（H17）"),
        (9, "目標値\n（H27）"),
        (10, "出典"),
    ):
        _put(ws, r, c, word, header=True, size=8 if c == 2 else 9)
        _put(ws, r + 1, c, None, header=True)
        _merge(ws, r, c, r + 1, c)
    _span(ws, r, 6, 8, "実績値", header=True)
    for c, year in ((6, "H25"), (7, "H24"), (8, "H23")):
        _put(ws, r + 1, c, year, header=True)
    ws.row_dimensions[r].height = 16
    ws.row_dimensions[r + 1].height = 16
    r += 2
    for pno, pname, rows in YONEZAWA_ROWS:
        first = r
        for no, name, unit, base, a25, a24, a23, target, source in rows:
            _put(ws, r, 1, f"{pno}　{pname}" if r == first else None)
            _put(ws, r, 2, no, fmt="0", align="center")
            _put(ws, r, 3, name)
            _put(ws, r, 4, unit, align="center")
            for c, v in ((5, base), (6, a25), (7, a24), (8, a23), (9, target)):
                if isinstance(v, str):
                    _put(ws, r, c, v, align="right")
                else:
                    _put(ws, r, c, v)
            _put(ws, r, 10, source, size=8)
            ws.row_dimensions[r].height = 22
            r += 1
        if r - 1 > first:
            _merge(ws, first, 1, r - 1, 1)
    notes = [
        "※実績値は、新しい年度から順に掲載しています。",
        "※特定健康診査は平成20年度から実施しているため、策定時の欄には平成20年度の値を掲載しています。",
        "※地域子育て支援センター利用者数のH23の「―」は、施設改修に伴う休館により集計していないものです。",
    ]
    for i, note in enumerate(notes):
        _text(ws, r + i, 1, note, size=8)
    _page(ws, "landscape")
    out = SOURCE / "yonezawa_seika_shihyo_chukan_h26.xlsx"
    _save(wb, out)
    return out


# --------------------------------------------------------------------------------------------
# 栗山町 (北海道): 平成27年度 政策評価事業 個別事業評価シート — 上段に年度、下段に計画・実績
# --------------------------------------------------------------------------------------------

# The title words (平成27年度 政策評価事業, 個別事業評価シート, 1次内部評価, 計画通りに進める), the
# 政策分野 1.生活環境 and 政策項目 ごみ処理, and 第6次総合計画（平成27～34年度） are the town's. The
# 事業, the 担当課, every indicator, figure and note are made up.
KURIYAMA_FIELDS = [
    ("政策分野", "1.生活環境", "政策項目", "ごみ処理"),
    ("事業名", "生ごみ堆肥化推進事業", "担当課", "住民課　環境衛生係"),
    ("計画", "第6次総合計画（平成27～34年度）計画事業", "事業区分", "継続（平成22年度～）"),
]

# (区分, label, name, unit, [(計画, 実績) H25, H26, H27], 最終目標値, 目標年度)
KURIYAMA_GRID = [
    ("コスト", "", "事業費", "千円", [(5800, 5742), (5900, 5861), (6100, 6018)], None, None),
    ("", "", "人件費", "千円", [(1600, 1600), (1600, 1600), (1650, 1650)], None, None),
    ("活動指標", "①", "生ごみ回収量", "t", [(420, 431), (430, 438), (440, 426)], 480, "H34"),
    ("", "②", "堆肥化講習会の開催回数", "回", [(4, 4), (4, 5), (6, 6)], 6, "H34"),
    (
        "対象指標",
        "①",
        "生ごみ分別収集の対象世帯数",
        "世帯",
        [(5600, 5588), (5550, 5531), (5500, 5476)],
        5300,
        "H34",
    ),
    ("成果指標", "①", "生ごみ堆肥の町内配布量", "t", [(80, 76), (85, 88), (90, 93)], 120, "H34"),
    ("", "②", "リサイクル率", "％", [(28.0, 27.4), (29.0, 28.8), (30.0, "集計中")], 35.0, "H34"),
]


def kuriyama() -> Path:
    wb, ws = _sheet("個別事業評価シート", [11, 5, 26, 7, 9, 9, 9, 9, 9, 9, 10, 9])
    last = 12
    _text(ws, 1, 1, "平成27年度　政策評価事業　個別事業評価シート", bold=True, size=12)
    _text(ws, 1, last, "栗山町", align="right")
    r = 3
    for l1, v1, l2, v2 in KURIYAMA_FIELDS:
        _put(ws, r, 1, l1, header=True)
        _span(ws, r, 2, 6, v1)
        _span(ws, r, 7, 8, l2, header=True)
        _span(ws, r, 9, 12, v2)
        ws.row_dimensions[r].height = 18
        r += 1
    r += 1
    _text(ws, r, 1, "1　事業の概要", bold=True, size=10)
    _para(
        ws,
        r + 1,
        1,
        last,
        "　家庭から出る生ごみを分別収集し、町の堆肥化施設で堆肥にして町民や農業者に配布する。あわせて、生ごみの水切りや堆肥化の講習会を開き、ごみの減量とリサイクルの意識を高める。",
        30,
        border=True,
    )
    r += 3
    _text(ws, r, 1, "2　評価指標の推移", bold=True, size=10)
    r += 1
    for c, word in ((1, "区分"), (3, "指標名"), (4, "単位"), (11, "最終目標値"), (12, "目標年度")):
        c2 = 2 if c == 1 else c
        _put(ws, r, c, word, header=True)
        for cc in range(c, c2 + 1):
            _put(ws, r + 1, cc, None, header=True)
            if cc > c:
                _put(ws, r, cc, None, header=True)
        _merge(ws, r, c, r + 1, c2)
    for i, year in enumerate(("H25年度", "H26年度", "H27年度")):
        c = 5 + 2 * i
        _span(ws, r, c, c + 1, year, header=True)
        _put(ws, r + 1, c, "計画", header=True)
        _put(ws, r + 1, c + 1, "実績", header=True)
    ws.row_dimensions[r].height = 16
    ws.row_dimensions[r + 1].height = 16
    r += 2
    groups: list[tuple[int, int]] = []
    for group, label, name, unit, pairs, final, year in KURIYAMA_GRID:
        _put(ws, r, 1, group or None, header=True, size=8)
        _put(ws, r, 2, label or None, align="center")
        _put(ws, r, 3, name)
        _put(ws, r, 4, unit, align="center")
        if group:
            groups.append((r, r))
        else:
            groups[-1] = (groups[-1][0], r)
        for i, (plan, actual) in enumerate(pairs):
            for c, v in ((5 + 2 * i, plan), (6 + 2 * i, actual)):
                if isinstance(v, str):
                    _put(ws, r, c, v, align="center", size=8)
                elif isinstance(v, float):
                    _put(ws, r, c, v, fmt="0.0")
                else:
                    _put(ws, r, c, v)
        if final is None:
            _put(ws, r, 11, None)
            _put(ws, r, 12, None)
        else:
            _put(ws, r, 11, final, fmt="0.0" if isinstance(final, float) else None)
            _put(ws, r, 12, year, align="center")
        ws.row_dimensions[r].height = 18
        r += 1
    for a, b in groups:
        if b > a:
            _merge(ws, a, 1, b, 1)
    notes = [
        "※リサイクル率のH27実績は、国への一般廃棄物処理実態調査の報告後に確定するため「集計中」としています。",
        "※目標年度のH34は、第6次総合計画の最終年度です。コストの欄の単位は千円です。",
    ]
    for i, note in enumerate(notes):
        _text(ws, r + i, 1, note, size=8)
    r += len(notes) + 1
    _text(ws, r, 1, "3　評価結果", bold=True, size=10)
    r += 1
    _span(ws, r, 1, 3, "1次内部評価（担当課評価）", header=True)
    _span(ws, r, 4, 6, "計画通りに進める")
    _span(ws, r, 7, 8, "今後の方針", header=True)
    _span(ws, r, 9, 12, "回収量の減少を受け、分別の周知を強化する。")
    ws.row_dimensions[r].height = 20
    _page(ws, "portrait")
    out = SOURCE / "kuriyama_kobetsu_jigyo_hyoka_h27.xlsx"
    _save(wb, out)
    return out


# --------------------------------------------------------------------------------------------
# 佐久市 (長野県): 第一次佐久市総合計画後期基本計画の進行管理 — 前年度比と目標達成度（A/B/C）
# --------------------------------------------------------------------------------------------

# 第一次佐久市総合計画後期基本計画, its period (平成24年度～平成28年度), the 将来都市像 and the word
# 成果指標（目標） are the city's. The 施策, 担当課, every indicator, figure, grade and note are made up.
SAKU_ROWS = [
    (1, "移住相談件数", "件", 182, 364, 412, "+13.2%", 400, "A"),
    (2, "移住支援制度を利用した移住者数", "人", 45, 78, 96, "+23.1%", 150, "B"),
    (3, "空き家バンク登録件数", "件", 12, 35, 31, "△11.4%", 60, "B"),
    (4, "観光地延利用者数", "万人", 521, 548, 560, "+2.2%", 600, "B"),
    (5, "佐久市に住み続けたいと思う市民の割合", "％", 71.5, 70.2, "―", "―", 80.0, "C"),
]


def saku() -> Path:
    wb, ws = _sheet("進行管理シート", [5, 34, 7, 11, 10, 10, 10, 11, 11])
    last = 9
    _text(
        ws,
        1,
        1,
        "第一次佐久市総合計画後期基本計画　進行管理シート（平成26年度実績）",
        bold=True,
        size=12,
    )
    _text(
        ws,
        2,
        1,
        "将来都市像「叡智と情熱が結ぶ、21世紀の新たな文化発祥都市」　計画期間：平成24年度～平成28年度",
        size=8,
    )
    r = 4
    for l1, v1, l2, v2 in (
        ("施策", "4-1-3　移住・定住の促進", "主担当課", "移住交流推進課"),
        ("施策の事業費", "48,210千円（平成26年度決算）", "関係課", "観光課、建築住宅課"),
    ):
        _span(ws, r, 1, 2, l1, header=True)
        _span(ws, r, 3, 5, v1)
        _put(ws, r, 6, l2, header=True)
        _span(ws, r, 7, 9, v2)
        ws.row_dimensions[r].height = 18
        r += 1
    r += 1
    _text(ws, r, 1, "1　施策の目的", bold=True, size=10)
    _para(
        ws,
        r + 1,
        1,
        last,
        "　首都圏等からの移住者を増やし、市内に住み続けたいと思う市民を増やす。",
        18,
        border=True,
    )
    r += 3
    _text(ws, r, 1, "2　成果指標の達成状況", bold=True, size=10)
    r += 1
    for c, word in enumerate(
        (
            "No.",
            "成果指標",
            "単位",
            "基準値\n（H22）",
            "H25実績",
            "H26実績",
            "前年度比",
            "目標値\n（H28）",
            "目標達成度",
        ),
        start=1,
    ):
        _put(ws, r, c, word, header=True, size=8 if c in (1, 9) else 9)
    ws.row_dimensions[r].height = 28
    r += 1
    for no, name, unit, base, a25, a26, ratio, target, grade in SAKU_ROWS:
        _put(ws, r, 1, no, fmt="0", align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for c, v in ((4, base), (5, a25), (6, a26), (8, target)):
            if isinstance(v, str):
                _put(ws, r, c, v, align="right")
            elif isinstance(v, float):
                _put(ws, r, c, v, fmt="0.0")
            else:
                _put(ws, r, c, v)
        _put(ws, r, 7, ratio, align="right")
        _put(ws, r, 9, grade, align="center")
        ws.row_dimensions[r].height = 20
        r += 1
    notes = [
        "目標達成度　A：目標値を達成　B：目標値は未達成だが基準値より改善　C：目標値が未達成で、基準値から横ばい又は悪化",
        "※前年度比は、H26実績÷H25実績－1で算出しています（△はマイナス）。",
        "※No.5は市民意識調査（隔年実施）によるため、H26は調査を実施していません。評価はH25実績によります。",
    ]
    for i, note in enumerate(notes):
        _text(ws, r + i, 1, note, size=8)
    _page(ws, "landscape")
    out = SOURCE / "saku_shinko_kanri_h26.xlsx"
    _save(wb, out)
    return out


# --------------------------------------------------------------------------------------------
# 羽咋市 (石川県): 第2期がんばる羽咋創生総合戦略 効果検証結果 — 値の中に単位と年、総合評価◎〇△
# --------------------------------------------------------------------------------------------

# The strategy's name, 羽咋市まち・ひと・しごと創生総合戦略会議, 79施策 / 81の目標値 / 63 / 18, the
# 総合評価 words (◎ 取組内容の深化・発展, 〇 継続すべき, △ 取組内容の見直し), the two 基本目標 and
# 地域振興室 are the city's. The 施策, every KPI, figure and note are made up.
HAKUI_GOALS = [
    (
        "基本目標1　羽咋における安定した雇用と魅力あるしごとを創出する",
        [
            (
                "1-1　農業の担い手育成",
                [(1, "新規就農者数", "2人（R1）", "3人", "4人", "累計15人", "◎")],
            ),
            (
                "1-2　企業誘致の推進",
                [
                    (2, "企業立地件数", "1件（R1）", "1件", "0件", "累計5件", "△"),
                    (3, "新規雇用者数", "25人（R1）", "30人", "18人", "累計150人", "△"),
                ],
            ),
        ],
    ),
    (
        "基本目標2　羽咋への新しいひとの流れをつくる",
        [
            (
                "2-1　移住・定住の促進",
                [(4, "移住者数", "38人（R1）", "40人", "45人", "累計200人", "〇")],
            ),
            (
                "2-2　交流人口の拡大",
                [(5, "観光入込客数", "62.4万人（R1）", "65.0万人", "38.1万人", "70.0万人", "△")],
            ),
            (
                "【再掲】1-1　農業の担い手育成",
                [(6, "新規就農者数", "2人（R1）", "3人", "4人", "累計15人", "◎")],
            ),
        ],
    ),
]


def hakui_html() -> str:
    parts = [
        "<!DOCTYPE html>",
        '<html lang="ja">',
        "<head>",
        '<meta charset="utf-8">',
        "<title>第2期がんばる羽咋創生総合戦略 効果検証結果（令和2年度実績）</title>",
        "<style>",
        "table { border-collapse: collapse; margin-bottom: 1em; }",
        "th, td { border: 1px solid #666; padding: 3px 8px; }",
        "th { background: #e6e6e6; }",
        "td.num { text-align: right; }",
        "</style>",
        "</head>",
        "<body>",
        "<h1>第2期がんばる羽咋創生総合戦略 効果検証結果（令和2年度実績）</h1>",
        "<p>　羽咋市まち・ひと・しごと創生総合戦略会議において、第2期がんばる羽咋創生総合戦略に掲げた79施策に係る81の目標値（KPI）について、令和2年度実績に基づく効果検証を行いました。目標値を定めた63の指標で「◎」又は「〇」、18の指標で「△」と評価されました。総合戦略に関連する事業の令和2年度決算額は412,680千円です。</p>",
        "<p>総合評価　◎：取組内容の深化・発展　〇：継続すべき　△：取組内容の見直し</p>",
    ]
    for heading, measures in HAKUI_GOALS:
        parts.append(f"<h2>{heading}</h2>")
        parts.append("<table>")
        parts.append(
            "<tr><th>No.</th><th>具体的施策</th><th>重要業績評価指標（KPI）</th><th>基準値</th>"
            "<th>R2目標値</th><th>R2実績値</th><th>目標値（R6）</th><th>総合評価</th></tr>"
        )
        for measure, rows in measures:
            for i, (no, name, base, t2, a2, t6, grade) in enumerate(rows):
                cell = (
                    f'<td rowspan="{len(rows)}">{measure}</td>'
                    if len(rows) > 1
                    else f"<td>{measure}</td>"
                )
                parts.append(
                    f'<tr><td class="num">{no}</td>{cell if i == 0 else ""}<td>{name}</td>'
                    f'<td class="num">{base}</td><td class="num">{t2}</td><td class="num">{a2}</td>'
                    f'<td class="num">{t6}</td><td>{grade}</td></tr>'
                )
        parts.append("</table>")
    parts += [
        "<p>※基準値の（　）内は、その値の年度です。目標値（R6）の「累計」は、令和2年度からの累計です。</p>",
        "<p>※観光入込客数の令和2年度実績は、新型コロナウイルス感染症の影響により大きく減少しました。</p>",
        "<p>お問い合わせ：羽咋市 地域振興室</p>",
        "</body>",
        "</html>",
        "",
    ]
    return "\n".join(parts)


def hakui() -> Path:
    out = HERE / "hakui_senryaku_kensho_r2.html"
    out.write_text(hakui_html(), encoding="utf-8", newline="\n")
    return out


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (yonezawa, kuriyama, saku):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {hakui().name}")


if __name__ == "__main__":
    main()
