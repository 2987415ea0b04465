"""Build the documents of forms377/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/kumenan_jimujigyo_hyoka_r5.xlsx``, a 事務事業評価シート in the manner of 久米南町 (岡山県),
  portrait: a 区分 column (活動指標 / 成果指標) merged down, **each year a 目標 | 実績 pair under a
  spanning 年度 cell**, **a ditto mark ``〃`` in the 単位 column**, ``千句`` with one decimal, and a
  ``中止`` actual explained by a note; and the PDF;
* ``source/kihoku_shisaku_hyoka_r5.xlsx``, a 総合計画 施策評価シート in the manner of 鬼北町 (愛媛県),
  landscape: **two tables side by side on the same rows**, ``（１）成果指標`` on the left and
  ``（２）主な事務事業の活動指標`` on the right, with different headers; ``千人`` and ``百万円`` in 単位;
  a note that puts one row in calendar years; and the PDF;
* ``source/nishimera_kaso_mokuhyo_r5.xlsx``, a 過疎地域持続的発展計画 目標の達成状況 in the manner of
  西米良村 (宮崎県), portrait: **actual columns named by plan year only (``1年目`` … ``3年目``) and a
  target column ``最終年度``**, dated by the 計画期間 field; a non-unit bracket at the end of a name; an
  ``約`` baseline; ``千円`` in 単位; and the PDF;
* ``genkai_seika_shihyo_r5.html``, a 総合計画 後期基本計画 成果指標 page in the manner of 玄海町 (佐賀県):
  breadcrumb, ``<h1>``, date line, a ``<table>`` with a two-row ``<thead>`` and ``<th rowspan>`` 分野
  cells, a value cell with a breakdown in brackets after a ``<br>``, and a ``―※`` cell with its note.

The PDF steps are skipped, with a message, when ``soffice`` is not installed.
These are re-typed forms of other municipalities, not their own files (README.md, SOURCES.tsv).
The helpers follow forms372/build.py.

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
    wb.properties.creator = "forms377/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms377/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms377_soffice_") as tmp:
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
# 久米南町 (岡山県): 事務事業評価シート 川柳によるまちづくり推進事業
# --------------------------------------------------------------------------------------------

# Real: the town's 昭和29年 merger of 1町3村, 78.65km², 4,530人 (令和2年国勢調査), 川柳 since 昭和24年,
# 法然's birthplace, the strategy's name. Made up: the program, the 課, every indicator and figure.
KN_ROWS = [
    (
        "活動指標",
        [
            ("①", "川柳教室の開催回数", "回", [(24, 18), (24, 22), (24, 24)]),
            ("②", "小中学校への出前授業の実施回数", "〃", [(6, 4), (6, 6), (8, 7)]),
            ("③", "全国川柳大会への投句数", "千句", [(12.0, 10.8), (12.0, 11.6), (12.5, 13.1)]),
        ],
    ),
    (
        "成果指標",
        [
            ("①", "川柳大会の参加者数", "人", [(150, "中止"), (150, 96), (150, 132)]),
            ("②", "川柳教室受講者の満足度", "％", [(90.0, 88.5), (90.0, 91.2), (90.0, 93.0)]),
        ],
    ),
]


def kumenan() -> Path:
    wb, ws = _sheet("事務事業評価", [9, 5, 28, 6, 8, 8, 8, 8, 8, 8])
    _text(ws, 1, 1, "令和６年度　事務事業評価シート（令和５年度実績）", bold=True, size=14)
    _text(ws, 2, 10, "令和6年7月　久米南町", align="right")
    _field(ws, 4, "事務事業名", "川柳によるまちづくり推進事業", 2, 10)
    _field(ws, 5, "担当課", "産業振興課", 2, 10)
    _field(ws, 6, "上位計画", "第2期久米南町まち・ひと・しごと創生総合戦略　基本目標2", 2, 10)
    _field(ws, 7, "事業期間", "平成27年度～令和7年度", 2, 10)
    _field(ws, 8, "事業費（R5決算）", "3,860千円（うち一般財源 2,410千円）", 2, 10)
    _field(
        ws,
        9,
        "町の概況",
        "本町は昭和29年に1町3村が合併して誕生した、面積78.65km²、人口4,530人（令和2年国勢調査）の町です。"
        "昭和24年から川柳によるまちおこしに取り組み、町内の川柳碑は150基を超えます。法然上人生誕の地としても知られています。",
        2,
        10,
        height=44,
    )
    _field(
        ws,
        10,
        "事業の概要",
        "川柳教室・出前授業を通じて川柳に親しむ人を増やし、全国川柳大会の開催により交流人口の拡大を図る。",
        2,
        10,
        height=30,
    )
    _text(ws, 12, 1, "３　指標の状況", bold=True, size=11)
    h = 13
    for c, word in [(1, "区分"), (2, "No."), (3, "指標名"), (4, "単位")]:
        _down(ws, h, h + 1, c, word)
    for j, year in enumerate(["令和3年度", "令和4年度", "令和5年度"]):
        _span(ws, h, 5 + 2 * j, 6 + 2 * j, year, header=True)
        _put(ws, h + 1, 5 + 2 * j, "目標", header=True)
        _put(ws, h + 1, 6 + 2 * j, "実績", header=True)
    r = h + 2
    for kubun, rows in KN_ROWS:
        top = r
        for label, name, unit, pairs in rows:
            _put(ws, r, 2, label, align="center")
            _put(ws, r, 3, name)
            _put(ws, r, 4, unit, align="center")
            for j, (t, a) in enumerate(pairs):
                _put(ws, r, 5 + 2 * j, t)
                _put(ws, r, 6 + 2 * j, a, align="right")
            ws.row_dimensions[r].height = 22
            r += 1
        _down(ws, top, r - 1, 1, kubun, header=False, align="center")
    _text(ws, r, 1, "※単位欄の「〃」は、上の行と同じ単位です。", size=8)
    _text(
        ws,
        r + 1,
        1,
        "※令和3年度の川柳大会は、新型コロナウイルス感染症の拡大防止のため中止しました（投句の募集のみ実施）。",
        size=8,
    )
    _text(ws, r + 3, 1, "４　評価", bold=True, size=11)
    _field(ws, r + 4, "評価", "B（概ね順調）", 2, 10)
    _field(
        ws,
        r + 5,
        "評価の理由",
        "教室の開催は目標どおり24回を実施した。大会参加者は132人と回復したが、令和元年度の174人には届いていない。",
        2,
        10,
        height=30,
    )
    _page(ws, "portrait")
    path = SOURCE / "kumenan_jimujigyo_hyoka_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 鬼北町 (愛媛県): 総合計画 後期基本計画 施策評価シート
# --------------------------------------------------------------------------------------------

# Real: the 平成17年1月1日 merger of 広見町 and 日吉村, 241.88km², 約85% forest, 8,862人 (推計,
# 2024-10-01), 12,896人 at the merger, the 鬼 monuments at the two 道の駅. Made up (assumed): the plan's
# name and period; made up: the 施策, the 課, every indicator and figure.
KH_LEFT = [
    ("1", "観光入込客数", "千人", 312.4, 228.6, 276.9, 350.0),
    ("2", "道の駅の年間売上額", "百万円", 418, 392, 436, 450),
    ("3", "移住相談件数", "件", 24, 41, 38, 40),
]
KH_RIGHT = [
    ("鬼のまちPR事業", "SNSによる情報発信件数", "件", 96, 132),
    ("道の駅活性化支援事業", "物産イベントの開催回数", "回", 8, 11),
    ("移住定住促進事業", "空き家バンクの新規登録件数", "件", 17, 22),
]


def kihoku() -> Path:
    wb, ws = _sheet("施策評価", [5, 22, 7, 9, 8, 8, 9, 2, 20, 22, 6, 8, 8])
    _text(ws, 1, 1, "令和６年度　施策評価シート（令和５年度実績）", bold=True, size=14)
    _text(ws, 2, 13, "令和6年8月　鬼北町", align="right")
    _field(ws, 4, "計画の名称", "第2次鬼北町総合計画　後期基本計画（令和3年度～令和7年度）", 2, 13)
    _field(ws, 5, "施策", "3-2　鬼の町づくりと交流人口の拡大", 2, 13)
    _field(ws, 6, "担当課", "企画振興課", 2, 13)
    _field(
        ws,
        7,
        "町の概況",
        "平成17年1月1日に広見町と日吉村が合併して誕生した町で、面積241.88km²の約85%を森林が占めます。"
        "人口は8,862人（令和6年10月1日推計）で、合併時の12,896人から約3割減少しました。",
        2,
        13,
        height=30,
    )
    _text(ws, 9, 1, "２　指標の状況", bold=True, size=11)
    _text(ws, 10, 1, "（１）成果指標", bold=True, size=10)
    _text(ws, 10, 9, "（２）主な事務事業の活動指標", bold=True, size=10)
    h = 11
    for c, word in [
        (1, "No."),
        (2, "成果指標"),
        (3, "単位"),
        (4, "基準値\n（R元）"),
        (7, "目標値\n（R7）"),
    ]:
        _down(ws, h, h + 1, c, word)
    _span(ws, h, 5, 6, "実績値", header=True)
    _put(ws, h + 1, 5, "R4", header=True)
    _put(ws, h + 1, 6, "R5", header=True)
    for c, word in [
        (9, "事務事業名"),
        (10, "活動指標"),
        (11, "単位"),
        (12, "R4実績"),
        (13, "R5実績"),
    ]:
        _down(ws, h, h + 1, c, word)
    ws.row_dimensions[h].height = 18
    ws.row_dimensions[h + 1].height = 18
    r = h + 2
    for (no, name, unit, base, a4, a5, target), (jigyo, act, aunit, b4, b5) in zip(
        KH_LEFT, KH_RIGHT
    ):
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for c, v in [(4, base), (5, a4), (6, a5), (7, target)]:
            _put(ws, r, c, v)
        _put(ws, r, 9, jigyo)
        _put(ws, r, 10, act)
        _put(ws, r, 11, aunit, align="center")
        _put(ws, r, 12, b4)
        _put(ws, r, 13, b5)
        ws.row_dimensions[r].height = 24
        r += 1
    _text(ws, r, 1, "※No.1の観光入込客数は暦年（1月～12月）の値です。", size=8)
    _text(ws, r, 9, "※活動指標は各事務事業評価シートから転記。", size=8)
    _text(ws, r + 2, 1, "３　施策の評価", bold=True, size=11)
    _field(ws, r + 3, "総合評価", "B（概ね順調）", 2, 13)
    _field(
        ws,
        r + 4,
        "評価の理由",
        "観光入込客数は前年比21.1%増と回復傾向にあるが、令和元年の水準には達していない。"
        "道の駅2か所の鬼のモニュメントを活用した情報発信を強化し、令和7年の目標達成を目指す。",
        2,
        13,
        height=30,
    )
    _page(ws, "landscape")
    path = SOURCE / "kihoku_shisaku_hyoka_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 西米良村 (宮崎県): 過疎地域持続的発展計画 目標の達成状況
# --------------------------------------------------------------------------------------------

# Real: 271.51km², 96% forest, 930人 (推計, 2023-04-01), 1,694人 (平成2年国勢調査) and the 748人
# projection, the 平成8年 turn to 交流人口, かりこぼうず大橋, むら創生課, ゆず. Made up (assumed): the plan's
# name and period; made up: every target item and figure.
NM_ROWS = [
    ("1", "観光入込客数", "人", "約140,000", 98500, 121300, 136800, 150000),
    ("2", "移住者数（UIターン）", "人", 12, 9, 14, 11, 15),
    ("3", "村営住宅の整備戸数", "戸", 48, 50, 53, 55, 60),
    ("4", "ゆず加工品の販売額", "千円", 18240, 19050, 20310, 21880, 25000),
]


def nishimera() -> Path:
    wb, ws = _sheet("目標の達成状況", [5, 28, 7, 11, 10, 10, 10, 11])
    _text(
        ws, 1, 1, "西米良村過疎地域持続的発展計画　目標の達成状況（令和５年度）", bold=True, size=13
    )
    _text(ws, 2, 8, "令和6年9月　西米良村むら創生課", align="right")
    _field(ws, 4, "計画の名称", "西米良村過疎地域持続的発展計画", 2, 8)
    _field(ws, 5, "計画期間", "令和3年度～令和7年度（5か年）", 2, 8)
    _field(ws, 6, "担当課", "むら創生課", 2, 8)
    _field(
        ws,
        7,
        "村の概要",
        "面積271.51km²の96%を森林が占める山村で、人口は930人（令和5年4月1日推計）です。"
        "平成2年国勢調査の1,694人が20年後には748人になるとの推計を受け、平成8年から「交流人口の拡大」を柱とした村づくりを進めてきました。"
        "かりこぼうず大橋は木造の車道橋です。",
        2,
        8,
        height=56,
    )
    _text(ws, 9, 1, "■計画の目標と達成状況", bold=True, size=11)
    h = 10
    for c, word in [(1, "No."), (2, "目標項目"), (3, "単位")]:
        _down(ws, h, h + 1, c, word)
    _put(ws, h, 4, "計画策定時", header=True)
    _put(ws, h + 1, 4, "R2年度", header=True)
    _span(ws, h, 5, 7, "実績（計画年次）", header=True)
    for j, word in enumerate(["1年目", "2年目", "3年目"]):
        _put(ws, h + 1, 5 + j, word, header=True)
    _put(ws, h, 8, "目標値", header=True)
    _put(ws, h + 1, 8, "最終年度", header=True)
    ws.row_dimensions[h].height = 18
    ws.row_dimensions[h + 1].height = 18
    r = h + 2
    for no, name, unit, base, a1, a2, a3, target in NM_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for c, v in [(4, base), (5, a1), (6, a2), (7, a3), (8, target)]:
            _put(ws, r, c, v, align="right")
        ws.row_dimensions[r].height = 22
        r += 1
    _text(
        ws,
        r,
        1,
        "※計画年次は計画期間の各年度です。観光入込客数の計画策定時の値は宮崎県観光入込客統計による概数です。",
        size=8,
    )
    _text(ws, r + 2, 1, "■達成状況の評価", bold=True, size=11)
    _field(
        ws,
        r + 3,
        "評価",
        "3年目を終えて、4項目のうち3項目が計画策定時を上回った。移住者数は年によって増減があり、"
        "令和5年度は空き家改修の完了が年度末となったため11人にとどまった。",
        2,
        8,
        height=44,
    )
    _page(ws, "portrait")
    path = SOURCE / "nishimera_kaso_mokuhyo_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 玄海町 (佐賀県): 総合計画 後期基本計画 成果指標の実績（HTML）
# --------------------------------------------------------------------------------------------

# Real: the 昭和31年 merger of 値賀村 and 有浦村, the 玄界灘, 約50km from 佐賀市, 天狗岳 (146m),
# 浜野浦の棚田. Made up (assumed): the plan's name and period; made up: the 課, every indicator and figure.
GK_GROUPS = [
    (
        "産業・観光",
        [
            ("浜野浦の棚田の観光客数", "千人", "62.0", "48.5", "66.2", "65.0"),
            ("新規漁業就業者数", "人", "2", "1", "3", "3"),
        ],
    ),
    (
        "子育て・教育",
        [("放課後児童クラブの利用者数", "人", "58", "66", "71<br>（うち町外の児童4）", "70")],
    ),
    (
        "健康・福祉",
        [
            ("特定健康診査の受診率", "％", "48.2", "51.0", "―※", "60.0"),
            ("町営バスの年間利用者数", "人", "18,460", "15,932", "16,705", "20,000"),
        ],
    ),
]


def genkai_html() -> str:
    rows = []
    for field, inds in GK_GROUPS:
        for k, (name, unit, base, a4, a5, target) in enumerate(inds):
            head = f'<th rowspan="{len(inds)}" scope="rowgroup">{field}</th>' if k == 0 else ""
            rows.append(
                f'<tr>{head}<td>{name}</td><td class="c">{unit}</td><td class="num">{base}</td>'
                f'<td class="num">{a4}</td><td class="num">{a5}</td><td class="num">{target}</td></tr>'
            )
    body = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>玄海町総合計画 後期基本計画 成果指標の実績（令和5年度） - 玄海町</title>
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
<p class="breadcrumb"><a href="/">トップページ</a> &gt; <a href="/gyosei/">町政情報</a> &gt; <a href="/gyosei/keikaku/">計画・報告</a> &gt; 総合計画</p>
<h1>玄海町総合計画 後期基本計画 成果指標の実績（令和5年度）</h1>
<p class="date">更新日：2024年11月20日　担当：企画商工課</p>
<p>玄海町は、昭和31年に値賀村と有浦村が合併して誕生した、玄界灘に面した町です。佐賀市から北西へ約50kmに位置し、町の中央には天狗岳（標高146m）があります。海に沈む夕日を望む浜野浦の棚田には、四季を通じて多くの方が訪れます。</p>
<p>後期基本計画（令和元年度～令和5年度）の最終年度にあたり、分野ごとに定めた成果指標の実績を取りまとめました。</p>
<h2>１　後期基本計画の成果指標</h2>
<table>
<thead>
<tr><th rowspan="2">分野</th><th rowspan="2">成果指標</th><th rowspan="2">単位</th><th rowspan="2">現状値<br>（令和元年度）</th><th colspan="2">実績値</th><th rowspan="2">目標値<br>（令和5年度）</th></tr>
<tr><th>令和4年度</th><th>令和5年度</th></tr>
</thead>
<tbody>
{body}
</tbody>
</table>
<p>※特定健康診査の受診率（令和5年度）は、法定報告の確定（令和6年11月末予定）後に掲載します。</p>
<p>※放課後児童クラブの利用者数の（　）内は、利用者数のうち町外の小学校に通う児童の数です。</p>
<h2>２　今後の取組</h2>
<p>町営バスの利用者数は令和元年度の水準を下回っています。令和6年4月からダイヤを見直し、1日8便を10便に増便しました。</p>
</body>
</html>
"""


def genkai() -> Path:
    path = HERE / "genkai_seika_shihyo_r5.html"
    path.write_bytes(genkai_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (kumenan, kihoku, nishimera):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {genkai().name}")


if __name__ == "__main__":
    main()
