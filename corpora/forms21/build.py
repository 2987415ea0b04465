"""Build the built documents of forms21/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/shibushi_jimujigyo_r1.xlsx``, a sheet in the manner of 志布志市 (鹿児島県) 「令和1年度
  事務事業マネジメントシート」 (the indicators are named, with their units and a kana label, in
  ``(1) 事務事業の目的と指標``; their figures stand by label only in the grid ``(2) 総事業費・指標等の
  推移``, under years printed without their era), and from it ``shibushi_jimujigyo_r1.pdf``;
* ``source/seikacho_shisaku_hyoka_r1.xlsx``, a sheet in the manner of 精華町 (京都府相楽郡)
  「令和元年度決算にもとづく施策評価」 (a 施策のコスト box in 千円, then a 成果指標 table with a
  方向 column of arrows, targets written as words, and a 達成率 column), and from it
  ``seikacho_shisaku_hyoka_r1.pdf``;
* ``source/miyoshi_senryaku_kpi_h28.xlsx``, a sheet in the manner of 三好市 (徳島県) 総合戦略 重点
  プロジェクトの KPI (a two-row header: ``基準値`` / ``実績値`` / ``目標値`` in the upper row, the
  years in the lower row; units in brackets at the end of the names, one of them ``千人``), and from
  it ``miyoshi_senryaku_kpi_h28.pdf``;
* ``ogaki_senryaku_jisseki_h28.html``, a page in the manner of 大垣市 (岐阜県) 「平成28年度「水の都
  おおがき」創生総合戦略実績報告」 (a money table in 百万円 with a 合計 row, then per 基本目標 a
  table where each indicator takes two rows, 目標値 and 実績値, over the years H27–H31).

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
    wb.properties.creator = "forms21/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms21/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms21_soffice_") as tmp:
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
# 志布志市 (鹿児島県): 事務事業マネジメントシート — 指標名は(1)に、数値は(2)にラベルだけで
# --------------------------------------------------------------------------------------------

# The fields (事務事業名, 課名, 係名, まちづくり方針, 個別目標, 施策, 重点プロジェクト, 過疎施策区分,
# 法令根拠, 予算上の事業名, 主な費目), the 手段 text, the 705円/頭・回 and 80円/頭 and the two
# 活動指標 names are the city's (令和1年度, 家畜損耗防止対策事業). Every figure, the 対象・意図・結果
# texts and the other indicator names are made up.
SHIBUSHI_FIELDS = [
    ("事務事業名", "家畜損耗防止対策事業", "課　名", "農政畜産課"),
    (
        "まちづくり方針\n（政策）",
        "3　<産業経済>大地の力と海の恵みを生かした魅力あふれるにぎわいのまち",
        "係　名",
        "畜産指導係",
    ),
    (
        "個別目標（施策）",
        "2　1次産業が発展し続けるまち",
        "事業期間",
        "単年度繰返（開始年度　平成28年度）",
    ),
    ("施策（基本事業）", "2　1次産業の振興", "法令根拠", "志布志市補助金交付規則・要綱"),
    ("重点プロジェクト", "2　やすらぎのまちづくりプラン", "過疎施策区分", "1産業　(10)その他"),
    ("予算上の事業名", "家畜損耗防止対策事業", "主な費目", "負担金、補助及び交付金"),
]

# (1): (block heading, text, [(label, name, unit)])
SHIBUSHI_PURPOSE = [
    (
        "① 手段（30年度実績）",
        "市家畜衛生協議会が主体となって行う家畜の予防接種に伴う注射料金の一部を助成した。\n異常産ワクチン接種助成＝705円/頭・回（四種混合）　炭そ病ワクチン接種助成＝80円/頭",
        "⑤ 活動指標（事務事業の活動量を表す指標）",
        [("ア", "異常産ワクチンの接種頭数", "頭"), ("イ", "炭そ病ワクチンの接種頭数", "頭")],
    ),
    (
        "② 対象（誰、何を対象にしているのか）",
        "市内の畜産農家が飼養する牛",
        "⑥ 対象指標（対象の大きさを表す指標）",
        [("ア", "市内の肉用牛飼養頭数", "頭")],
    ),
    (
        "③ 意図（この事業によって、対象をどう変えるのか）",
        "予防接種により、家畜の伝染病や異常産を未然に防ぐ。",
        "⑦ 成果指標（対象における意図の達成度を表す指標）",
        [("ア", "異常産（流産・死産等）の発生頭数", "頭")],
    ),
    (
        "④ 結果（どんな結果に結び付けるのか）",
        "畜産農家の経営が安定し、1次産業が発展する。",
        "⑧ 上位成果指標（結果の達成度を表す指標）",
        [("ア", "肉用子牛の出荷頭数", "頭")],
    ),
]

# (2): (group, item, unit, 28実績, 29実績, 30実績, 1計画). All made up.
SHIBUSHI_GRID = [
    ("事業費", "国庫支出金", "千円", 0, 0, 0, 0),
    ("", "都道府県支出金", "千円", 0, 0, 0, 0),
    ("", "地方債", "千円", 0, 0, 0, 0),
    ("", "その他", "千円", 0, 0, 0, 0),
    ("", "一般財源", "千円", 12650, 12980, 13240, 13300),
    ("", "事業費計（A）", "千円", 12650, 12980, 13240, 13300),
    ("人件費", "正規職員従事人数", "人", 1, 1, 1, 1),
    ("", "延べ業務時間", "時間", 320, 320, 300, 300),
    ("", "人件費計（B）", "千円", 1280, 1290, 1210, 1210),
    ("トータルコスト（A）＋（B）", "", "千円", 13930, 14270, 14450, 14510),
    ("活動指標", "ア", "頭", 16820, 17240, 17510, 17500),
    ("", "イ", "頭", 9310, 9120, 8960, 9000),
    ("対象指標", "ア", "頭", 38900, 39400, 39850, 40000),
    ("成果指標", "ア", "頭", 212, 187, 165, 150),
    ("上位成果指標", "ア", "頭", 14250, 14610, "－", 15000),
]


def shibushi() -> Path:
    wb, ws = _sheet("マネジメントシート", [16, 14, 14, 14, 13, 13, 13, 13])
    last = 8
    _text(ws, 1, 1, "志布志市　令和 1 年度　事務事業マネジメントシート", bold=True, size=12)
    _text(ws, 1, last, "作成日　令和 1 年 8 月 1 日作成", align="right")
    r = 3
    for l1, v1, l2, v2 in SHIBUSHI_FIELDS:
        _put(ws, r, 1, l1, header=True, size=8)
        _span(ws, r, 2, 5, v1, size=8)
        _put(ws, r, 6, l2, header=True, size=8)
        _span(ws, r, 7, 8, v2, size=8)
        ws.row_dimensions[r].height = 24
        r += 1
    r += 1
    _text(ws, r, 1, "1　現状把握の部（DO）", bold=True, size=10)
    r += 1
    _text(ws, r, 1, "(1)　事務事業の目的と指標", bold=True, size=10)
    r += 1
    for head, text, ihead, items in SHIBUSHI_PURPOSE:
        _span(ws, r, 1, 4, head, header=True, align="left", size=8)
        _span(ws, r, 5, 8, ihead, header=True, align="left", size=8)
        first = r + 1
        _put(ws, first, 5, "", header=True)
        _span(ws, first, 6, 7, "名称", header=True, size=8)
        _put(ws, first, 8, "単位", header=True, size=8)
        rr = first + 1
        for label, name, unit in items:
            _put(ws, rr, 5, label, align="center", size=8)
            _span(ws, rr, 6, 7, name, size=8)
            _put(ws, rr, 8, unit, align="center", size=8)
            rr += 1
        end = max(rr - 1, first + 1)
        for row in range(first, end + 1):
            for c in range(1, 5):
                _put(ws, row, c, text if (row == first and c == 1) else None, size=8, valign="top")
            ws.row_dimensions[row].height = 18
        _merge(ws, first, 1, end, 4)
        r = end + 1
    _text(ws, r, 5, "（名称欄に数字は記入しない）", size=7)
    r += 2
    _text(ws, r, 1, "(2)　総事業費・指標等の推移", bold=True, size=10)
    r += 1
    _span(ws, r, 1, 2, "区分", header=True)
    _put(ws, r, 3, "単位", header=True)
    for i, word in enumerate(
        ("28年度（実績）", "29年度（実績）", "30年度（実績）", "1年度（計画）")
    ):
        _put(ws, r, 4 + i, word, header=True, size=8)
    _put(ws, r, 8, "備考", header=True)
    ws.row_dimensions[r].height = 18
    r += 1
    groups: list[tuple[int, int]] = []
    for group, item, unit, *vals in SHIBUSHI_GRID:
        if group and not item:
            _span(ws, r, 1, 2, group, header=True, size=8)
        else:
            _put(ws, r, 1, group or None, header=True, size=8)
            _put(ws, r, 2, item, size=8, align="center" if len(item) == 1 else None)
            if group:
                groups.append((r, r))
            else:
                groups[-1] = (groups[-1][0], r)
        _put(ws, r, 3, unit, align="center", size=8)
        for i, v in enumerate(vals):
            if isinstance(v, str):
                _put(ws, r, 4 + i, v, align="right", size=8)
            else:
                _put(ws, r, 4 + i, v, size=8)
        _put(ws, r, 8, None)
        ws.row_dimensions[r].height = 15
        r += 1
    for a, b in groups:
        if b > a:
            _merge(ws, a, 1, b, 1)
    notes = [
        "※上位成果指標の30年度実績は、県の家畜頭数調査の公表前のため「－」としています。",
        "※活動指標・対象指標・成果指標の名称と単位は、(1)の各欄の記号（ア・イ）に対応します。",
    ]
    for i, note in enumerate(notes):
        _text(ws, r + i, 1, note, size=8)
    _page(ws, "portrait")
    out = SOURCE / "shibushi_jimujigyo_r1.xlsx"
    _save(wb, out)
    return out


# --------------------------------------------------------------------------------------------
# 精華町 (京都府相楽郡): 令和元年度決算にもとづく施策評価 — 施策のコスト（千円）、方向の矢印、言葉の目標
# --------------------------------------------------------------------------------------------

# The title words (令和元年度決算にもとづく施策評価, 「柱」(施策), 第5次総合計画基本計画, 決算附属資料)
# and 総務部 企画調整課 are the town's. The 柱, the cost box and every indicator and figure are made up.
SEIKA_ROWS = [
    (1, "地域子育て支援拠点の年間利用者数", "人", "↑", 18420, 19000, 19315, "101.7%", 20000),
    (2, "保育所等入所待機児童数", "人", "↓", 12, 0, 7, "－", 0),
    (
        3,
        "ファミリー・サポート・センターの会員数",
        "人",
        "→",
        612,
        "現状維持",
        598,
        "－",
        "現状維持",
    ),
    (4, "子育て相談件数", "件", "↑", 1045, "前年度比5%増", 1121, "102.2%", 1300),
    (5, "子育て環境に満足している町民の割合", "％", "↑", 58.3, 60.0, "－", "－", 65.0),
]


def seika() -> Path:
    wb, ws = _sheet("施策評価シート", [5, 30, 6, 6, 11, 13, 11, 9, 11])
    last = 9
    _text(ws, 1, 1, "令和元年度決算にもとづく施策評価シート", bold=True, size=12)
    _text(ws, 1, last, "精華町", align="right")
    _text(ws, 2, last, "決算附属資料", align="right", size=8)
    r = 3
    for l1, v1, l2, v2 in (
        ("「柱」（施策）", "3-2　子育て支援の充実", "主担当課", "子育て支援課"),
        ("基本目標", "3　子どもがすこやかに育つまち", "関係課", "健康推進課、学校教育課"),
    ):
        _span(ws, r, 1, 2, l1, header=True)
        _span(ws, r, 3, 5, v1)
        _span(ws, r, 6, 6, l2, header=True)
        _span(ws, r, 7, 9, v2)
        ws.row_dimensions[r].height = 20
        r += 1
    r += 1
    _text(ws, r, 1, "1　施策のコスト（単位：千円）", bold=True, size=10)
    r += 1
    _span(ws, r, 1, 2, "区分", header=True)
    _span(ws, r, 3, 5, "平成30年度決算", header=True)
    _span(ws, r, 6, 7, "令和元年度決算", header=True)
    _span(ws, r, 8, 9, "増減", header=True)
    r += 1
    for name, a, b in (
        ("事業費", 412380, 436915),
        ("人件費", 58200, 59100),
        ("合計", 470580, 496015),
    ):
        _span(ws, r, 1, 2, name, bold=name == "合計")
        _span(ws, r, 3, 5, a)
        _span(ws, r, 6, 7, b)
        _span(ws, r, 8, 9, b - a)
        r += 1
    r += 1
    _text(ws, r, 1, "2　成果指標", bold=True, size=10)
    _text(
        ws,
        r,
        last,
        "方向　↑：数値が高いほどよい　↓：数値が低いほどよい　→：維持",
        align="right",
        size=7,
    )
    r += 1
    for c, word in enumerate(
        (
            "No.",
            "成果指標",
            "単位",
            "方向",
            "平成30年度\n実績",
            "令和元年度\n目標",
            "令和元年度\n実績",
            "達成率",
            "令和3年度\n目標",
        ),
        start=1,
    ):
        _put(ws, r, c, word, header=True, size=8)
    ws.row_dimensions[r].height = 28
    r += 1
    for no, name, unit, arrow, a30, t1, a1, rate, t3 in SEIKA_ROWS:
        _put(ws, r, 1, no, fmt="0", align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _put(ws, r, 4, arrow, align="center")
        for c, v in ((5, a30), (6, t1), (7, a1), (9, t3)):
            if isinstance(v, str):
                _put(ws, r, c, v, align="center" if not v[0].isdigit() else "right")
            else:
                _put(ws, r, c, v)
        _put(ws, r, 8, rate, align="right")
        ws.row_dimensions[r].height = 22
        r += 1
    notes = [
        "※達成率は、令和元年度実績÷令和元年度目標で算出しています（No.4は、平成30年度実績の5%増を目標として算出）。",
        "※No.5は町民アンケート（隔年実施）によるため、令和元年度の実績はありません。",
        "※No.2の令和元年度実績は、令和2年4月1日現在の待機児童数です。",
    ]
    for note in notes:
        _para(ws, r, 1, last, note, 13, size=8)
        r += 1
    r += 1
    _text(ws, r, 1, "3　施策の成果と課題", bold=True, size=10)
    _para(
        ws,
        r + 1,
        1,
        last,
        "　地域子育て支援拠点の利用者は目標を上回った。保育所等の待機児童は解消に至っておらず、保育士の確保が引き続き課題である。",
        30,
        border=True,
    )
    _text(ws, r + 3, 1, "お問い合わせ：総務部　企画調整課　未来企画係", size=8)
    _page(ws, "portrait")
    out = SOURCE / "seikacho_shisaku_hyoka_r1.xlsx"
    _save(wb, out)
    return out


# --------------------------------------------------------------------------------------------
# 三好市 (徳島県): 総合戦略 重点プロジェクトのKPI — 上段に基準値/実績値/目標値、下段に年度
# --------------------------------------------------------------------------------------------

# The strategy's name, its catchphrase, its period (H27–H31) and the 2040 population target
# (14,000人超) are the city's. The projects' names, every KPI, figure and 担当課 are made up.
MIYOSHI_PROJECTS = [
    (
        "1",
        "訪れてよし観光交流プロジェクト",
        [
            (1, "観光入込客数（千人）", 1262, 1305, 1351, 1350, 1500, "観光課"),
            (2, "外国人延べ宿泊者数（人泊）", 8417, 12035, 17580, 15000, 20000, "観光課"),
        ],
    ),
    (
        "2",
        "住んでよし定住促進プロジェクト",
        [
            (
                3,
                "移住相談窓口を通じた移住者数（人）",
                22,
                31,
                "累計76",
                "累計60",
                "累計150",
                "地方創生推進課",
            ),
            (4, "空き家バンク成約件数（件）", 9, 14, "―", 20, 30, "地方創生推進課"),
            (5, "若者定住住宅の入居率（％）", 85.0, 90.5, 92.0, 95.0, 100.0, "住宅課"),
        ],
    ),
]


def miyoshi() -> Path:
    wb, ws = _sheet("KPI進捗状況", [5, 16, 34, 10, 10, 10, 10, 10, 14])
    last = 9
    _text(
        ws,
        1,
        1,
        "三好市まち・ひと・しごと創生総合戦略　重点プロジェクトのKPI進捗状況（平成28年度実績）",
        bold=True,
        size=12,
    )
    _text(
        ws,
        2,
        1,
        "「訪れてよし・触れてよし・住んでよし」笑顔創生・三好　（計画期間：平成27年度～平成31年度）",
        size=9,
    )
    _text(ws, 3, 1, "※三好市人口ビジョンにおける2040年の人口目標：14,000人超", size=8)
    _text(ws, 1, last, "資料2", align="right")
    r = 5
    _text(ws, r, 1, "重点プロジェクトの重要業績評価指標（KPI）", bold=True, size=10)
    r += 1
    for c, word in (
        (1, "No."),
        (2, "重点プロジェクト"),
        (3, "重要業績評価指標（KPI）"),
        (9, "担当課"),
    ):
        _put(ws, r, c, word, header=True, size=8 if c == 1 else 9)
        _put(ws, r + 1, c, None, header=True)
        _merge(ws, r, c, r + 1, c)
    _put(ws, r, 4, "基準値", header=True)
    _span(ws, r, 5, 6, "実績値", header=True)
    _span(ws, r, 7, 8, "目標値", header=True)
    for c, year in ((4, "H26"), (5, "H27"), (6, "H28"), (7, "H28"), (8, "H31")):
        _put(ws, r + 1, c, year, header=True)
    ws.row_dimensions[r].height = 16
    ws.row_dimensions[r + 1].height = 16
    r += 2
    for pno, pname, rows in MIYOSHI_PROJECTS:
        first = r
        for no, name, base, a27, a28, t28, t31, dept in rows:
            _put(ws, r, 1, no, fmt="0", align="center")
            _put(ws, r, 2, f"{pno}\n{pname}" if r == first else None, valign="center")
            _put(ws, r, 3, name)
            for c, v in ((4, base), (5, a27), (6, a28), (7, t28), (8, t31)):
                if isinstance(v, str):
                    _put(ws, r, c, v, align="right")
                elif isinstance(v, float):
                    _put(ws, r, c, v, fmt="0.0")
                else:
                    _put(ws, r, c, v)
            _put(ws, r, 9, dept, align="center", size=8)
            ws.row_dimensions[r].height = 22
            r += 1
        _merge(ws, first, 2, r - 1, 2)
    notes = [
        "※観光入込客数は暦年（1月～12月）の数値です。",
        "※「累計」は平成27年度からの累計値です。",
        "※空き家バンク成約件数の平成28年度実績は、集計方法の見直し中のため「―」としています。",
    ]
    for i, note in enumerate(notes):
        _text(ws, r + i, 1, note, size=8)
    _page(ws, "landscape")
    out = SOURCE / "miyoshi_senryaku_kpi_h28.xlsx"
    _save(wb, out)
    return out


# --------------------------------------------------------------------------------------------
# 大垣市 (岐阜県): 創生総合戦略 実績報告 — 事業費（百万円）と、指標ごとに目標値・実績値の2行
# --------------------------------------------------------------------------------------------

# The money table (事業数, 事業費, 一般財源 per 基本目標 and the 合計, 単位：百万円), the title, the
# committee and its date, and the words 数値目標 / 目標指標 / 年度別の目標値 are the city's (平成28年度
# 実績報告). The 評価基準, every indicator and figure are made up.
OGAKI_MONEY = [
    ("1　子育て日本一が実感できるまちの創生", "47", "3,682", "1,736"),
    ("2　地域特性を生かした雇用の創生", "42", "987", "794"),
    ("3　地域の魅力を生かしたひとの流れの創生", "12", "61", "61"),
    ("4　安全・安心なくらしの創生", "29", "5,124", "1,406"),
    ("5　広域連携による圏域の新たな魅力の創生", "6", "10", "3"),
    ("合　　計", "136", "9,864", "4,000"),
]

YEARS = ("H27", "H28", "H29", "H30", "H31")

# (区分, 指標, 単位, 基準値（H26）, 目標値 H27–H31, 実績値 H27–H31, 評価)
OGAKI_GOALS = [
    (
        "基本目標1　子育て日本一が実感できるまちの創生",
        [
            (
                "数値目標",
                "出生数",
                "人",
                "1,380",
                ["1,400"] * 5,
                ["1,352", "1,318", "", "", ""],
                "B",
            ),
            (
                "目標指標",
                "子育て支援アプリの登録者数",
                "人",
                "－",
                ["", "1,000", "2,000", "3,000", "4,000"],
                ["", "1,236", "", "", ""],
                "A",
            ),
            ("目標指標", "保育所等の待機児童数", "人", "0", ["0"] * 5, ["0", "0", "", "", ""], "A"),
        ],
    ),
    (
        "基本目標2　地域特性を生かした雇用の創生",
        [
            (
                "数値目標",
                "市内事業所の従業者数",
                "人",
                "71,950",
                ["72,000", "72,200", "72,400", "72,600", "72,800"],
                ["未発表", "未発表", "", "", ""],
                "－",
            ),
            (
                "目標指標",
                "創業支援による創業件数",
                "件",
                "28",
                ["30"] * 5,
                ["33", "27", "", "", ""],
                "B",
            ),
        ],
    ),
]


def ogaki_html() -> str:
    parts = [
        "<!DOCTYPE html>",
        '<html lang="ja">',
        "<head>",
        '<meta charset="utf-8">',
        "<title>平成28年度「水の都おおがき」創生総合戦略実績報告について</title>",
        "<style>",
        "table { border-collapse: collapse; margin-bottom: 1em; }",
        "th, td { border: 1px solid #666; padding: 3px 8px; }",
        "th { background: #e6e6e6; }",
        "td.num { text-align: right; }",
        "</style>",
        "</head>",
        "<body>",
        "<h1>平成28年度「水の都おおがき」創生総合戦略実績報告について</h1>",
        "<p>　平成27年10月に策定した「水の都おおがき」創生総合戦略（以下、「総合戦略」という。）について、有識者らで構成する「大垣市地域創生総合戦略推進委員会」を平成29年5月25日に開催し、年度別の目標値に対する平成28年度実績値及び評価基準により、平成28年度実績の評価を行いました。</p>",
        "<h2>1　総合戦略の実績</h2>",
        "<p>基本目標ごとの掲載事業数と事業費　（単位：百万円）</p>",
        "<table>",
        "<tr><th>基本目標</th><th>事業数</th><th>事業費</th><th>一般財源</th></tr>",
    ]
    for name, n, cost, general in OGAKI_MONEY:
        parts.append(
            f'<tr><td>{name}</td><td class="num">{n}</td><td class="num">{cost}</td><td class="num">{general}</td></tr>'
        )
    parts += [
        "</table>",
        "<h2>2　総合戦略の評価結果</h2>",
        "<p>評価基準　A：目標値を達成　B：目標値の80％以上　C：目標値の80％未満　－：実績値の未発表等により評価できない</p>",
    ]
    head = "".join(f"<th>{y}</th>" for y in YEARS)
    for heading, rows in OGAKI_GOALS:
        parts.append(f"<h3>{heading}</h3>")
        parts.append("<table>")
        parts.append(
            f"<tr><th>区分</th><th>指標</th><th>単位</th><th>基準値<br>（H26）</th><th>年度別</th>{head}<th>評価</th></tr>"
        )
        for kind, name, unit, base, targets, actuals, grade in rows:
            tcells = "".join(f'<td class="num">{v}</td>' for v in targets)
            acells = "".join(f'<td class="num">{v}</td>' for v in actuals)
            parts.append(
                f'<tr><td rowspan="2">{kind}</td><td rowspan="2">{name}</td><td rowspan="2">{unit}</td>'
                f'<td rowspan="2" class="num">{base}</td><td>目標値</td>{tcells}<td rowspan="2">{grade}</td></tr>'
            )
            parts.append(f"<tr><td>実績値</td>{acells}</tr>")
        parts.append("</table>")
    parts += [
        "<p>※市内事業所の従業者数は経済センサスによるため、平成27年度・平成28年度の実績値は未発表です。</p>",
        "<p>※総合戦略の事業費は、平成28年度の決算額（百万円未満四捨五入）です。</p>",
        "<p>お問い合わせ：大垣市企画部地域創生戦略課</p>",
        "</body>",
        "</html>",
        "",
    ]
    return "\n".join(parts)


def ogaki() -> Path:
    out = HERE / "ogaki_senryaku_jisseki_h28.html"
    out.write_text(ogaki_html(), encoding="utf-8", newline="\n")
    return out


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (shibushi, seika, miyoshi):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {ogaki().name}")


if __name__ == "__main__":
    main()
