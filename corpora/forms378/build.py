"""Build the documents of forms378/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/ashibetsu_jimujigyo_gasshuku_r6.xlsx``, a 事務事業評価シート in the manner of 芦別市 (北海道),
  portrait: **each indicator on a 計画 row and a 実績 row, with its No., name and 単位 merged down over
  both**, 区分 (活動指標 / 成果指標) merged down the left; **three plan cells marked ``※`` by a note
  that gives the values before the strategy's revision**; full-width digits in one row; and the PDF;
* ``source/hirakawa_kofukin_kensho_r5.xlsx``, a 交付金事業 効果検証シート in the manner of 平川市 (青森県),
  landscape: **the year blocks run from the newest to the oldest, left to right** (最終目標（令和6年度）,
  令和5年度, 令和4年度, then 事業開始前（2022年3月末）), each year a 目標値 | 実績値 | 達成率 triple;
  ``―`` cells for a KPI added in the second year; and the PDF;
* ``source/takizawa_senryaku_suuchi_r5.xlsx``, a 総合戦略 数値目標の進捗状況 in the manner of 滝沢市
  (岩手県), portrait: 基本目標 cells merged down; a ``△`` social change with a ``±0`` target; a baseline
  cell dated by its own bracket (``52.8（H29）`` under ``基準値（H30）``); a 備考 that marks one actual as
  a 見込 value; and the PDF;
* ``katagami_senryaku_kpi_h30.html``, a 総合戦略 KPI 検証結果 page in the manner of 潟上市 (秋田県):
  breadcrumb, ``<h1>``, date line, two ``<h2>`` 基本目標 each over a ``<table>`` with a two-row ``<thead>``
  and ``<th rowspan>`` 施策 cells; **one 基準値 cell ``―（新規指標）`` spanning two KPI rows**; ``（千人）``
  and ``（千円）`` in names; a target header ``目標値（H31）``.

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
    wb.properties.creator = "forms378/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms378/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms378_soffice_") as tmp:
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
# 芦別市 (北海道): 事務事業評価シート スポーツ合宿誘致推進事業
# --------------------------------------------------------------------------------------------

# Real: the strategy's name, its 基本目標３ and its 令和4年3月 revision, 865.04km², about 88% forest,
# 「星の降る里」 (昭和59年12月1日), 75,309人 (昭和34年) and 12,555人 (令和2年国勢調査), 合宿 as a policy.
# Made up: the program, the 課, the 補助 ceiling, every indicator and figure.
AS_ROWS = [
    (
        "活動指標",
        [
            (
                "①",
                "合宿誘致活動（訪問・ＰＲ）件数",
                "件",
                [20, 20, 25, 25, 25],
                [6, 9, 22, 27],
            ),
            (
                "②",
                "合宿宿泊費補助金の交付額",
                "千円",
                [4000, 4000, 4000, 4400, 4400],
                [620, 1180, 3260, 4150],
            ),
        ],
    ),
    (
        "成果指標",
        [
            (
                "①",
                "合宿延べ宿泊者数",
                "人泊",
                [2500, 2500, "2,000※", "2,200※", "2,400※"],
                [410, 890, 1730, 2260],
            ),
            (
                "②",
                "合宿受入団体数",
                "団体",
                ["４０", "４０", "３５", "３８", "４０"],
                ["７", "１５", "２９", "３６"],
            ),
        ],
    ),
]


def ashibetsu() -> Path:
    wb, ws = _sheet("事務事業評価", [9, 5, 26, 6, 8, 9, 9, 9, 9, 9])
    _text(ws, 1, 1, "令和６年度　事務事業評価シート（令和５年度実績）", bold=True, size=14)
    _text(ws, 2, 10, "令和6年9月　芦別市", align="right")
    _field(ws, 4, "事務事業名", "スポーツ合宿誘致推進事業", 2, 10)
    _field(ws, 5, "担当課", "商工観光課", 2, 10)
    _field(
        ws,
        6,
        "総合戦略上の位置付け",
        "第2期芦別市まち・ひと・しごと創生総合戦略（令和4年3月改訂）　基本目標３　交流人口や関係人口の創出・拡大",
        2,
        10,
        height=30,
    )
    _field(ws, 7, "事業期間", "令和2年度～令和6年度", 2, 10)
    _field(
        ws,
        8,
        "市の概況",
        "本市は北海道のほぼ中央に位置し、面積865.04km²の約88%を森林が占めます。昭和59年12月1日に「星の降る里」を宣言しました。"
        "人口は炭鉱全盛期の昭和34年の75,309人をピークに減少し、令和2年国勢調査では12,555人となっています。",
        2,
        10,
        height=44,
    )
    _field(
        ws,
        9,
        "事業の概要",
        "道内外の大学・実業団等のスポーツ合宿を誘致し、市内の宿泊施設に5泊以上滞在する団体に1団体あたり上限20万円の宿泊費を補助する。",
        2,
        10,
        height=30,
    )
    _text(ws, 11, 1, "２　指標の推移", bold=True, size=11)
    h = 12
    for c, word in [(1, "指標区分"), (2, "No."), (3, "指標名"), (4, "単位"), (5, "計画\n／実績")]:
        _put(ws, h, c, word, header=True)
    for j, year in enumerate(["令和2年度", "令和3年度", "令和4年度", "令和5年度", "令和6年度"]):
        _put(ws, h, 6 + j, year, header=True)
    ws.row_dimensions[h].height = 28
    r = h + 1
    for kubun, rows in AS_ROWS:
        top = r
        for label, name, unit, plan, actual in rows:
            _down(ws, r, r + 1, 2, label, header=False, align="center")
            _down(ws, r, r + 1, 3, name, header=False)
            _down(ws, r, r + 1, 4, unit, header=False, align="center")
            _put(ws, r, 5, "計画", align="center")
            _put(ws, r + 1, 5, "実績", align="center")
            for j in range(5):
                _put(ws, r, 6 + j, plan[j], align="right")
                _put(ws, r + 1, 6 + j, actual[j] if j < len(actual) else None, align="right")
            ws.row_dimensions[r].height = 17
            ws.row_dimensions[r + 1].height = 17
            r += 2
        _down(ws, top, r - 1, 1, kubun, header=False, align="center")
    _text(
        ws,
        r,
        1,
        "※成果指標①の「※」を付した計画値は、令和4年3月の総合戦略改訂に合わせて見直した値です（見直し前は各年度3,000人泊）。",
        size=8,
    )
    _text(ws, r + 1, 1, "※令和6年度の実績は、令和7年度の評価シートに記載します。", size=8)
    _text(ws, r + 3, 1, "３　今後の方向性", bold=True, size=11)
    _field(
        ws,
        r + 4,
        "方向性",
        "継続。令和5年度は27件の訪問・PRを行い、受入団体は前年度から7団体増加した。令和7年度からは第3期総合戦略に位置付けて実施する。",
        2,
        10,
        height=30,
    )
    _page(ws, "portrait")
    path = SOURCE / "ashibetsu_jimujigyo_gasshuku_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 平川市 (青森県): 交付金事業 効果検証シート
# --------------------------------------------------------------------------------------------

# Real: the 平成18年1月1日 merger of 尾上町・平賀町・碇ヶ関村, 346.01km², 29,276人 (推計, 2024-05-01),
# リンゴの花 as the city's flower, the city at the south end of the 津軽平野. Made up: the plan, the
# project, the 課, the period, every KPI and figure.
HK_ROWS = [
    # No., KPI, 単位, final target, (R5 target, actual, rate), (R4 target, actual, rate), baseline
    (
        "１",
        "りんご収穫体験の参加者数",
        "人",
        1800,
        (1500, 1624, "108.3%"),
        (1200, 1088, "90.7%"),
        930,
    ),
    (
        "２",
        "ふるさと納税によるりんご返礼品の寄附件数",
        "件",
        12000,
        (10000, 9412, "94.1%"),
        (8000, 8655, "108.2%"),
        6820,
    ),
    (
        "３",
        "首都圏アンテナショップ等でのりんご加工品売上額",
        "千円",
        9000,
        (7500, 7980, "106.4%"),
        (6000, 5140, "85.7%"),
        4200,
    ),
    (
        "４",
        "オンラインりんご収穫ツアーの参加者数",
        "人",
        400,
        (300, 318, "106.0%"),
        ("―", "―", "―"),
        "―",
    ),
]


def hirakawa() -> Path:
    wb, ws = _sheet("効果検証", [5, 36, 6, 11, 9, 9, 8, 9, 9, 8, 13])
    _text(
        ws,
        1,
        1,
        "デジタル田園都市国家構想交付金（地方創生推進タイプ）事業　効果検証シート（令和５年度実施分）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 11, "令和6年8月　平川市", align="right")
    _field(
        ws, 4, "地域再生計画の名称", "「りんごの里ひらかわ」関係人口創出・ブランド発信計画", 2, 11
    )
    _field(ws, 5, "交付対象事業の名称", "りんごの里ひらかわ交流・ブランド発信事業", 2, 11)
    _field(ws, 6, "事業実施期間", "令和4年4月1日～令和7年3月31日（3か年）", 2, 11)
    _field(ws, 7, "担当課", "商工労働観光課", 2, 11)
    _field(
        ws,
        8,
        "市の概要",
        "平成18年1月1日に尾上町・平賀町・碇ヶ関村が合併して誕生した市で、面積は346.01km²、人口は29,276人（2024年5月1日推計）です。"
        "市の花はリンゴの花で、津軽平野の南端に水田とりんご園が広がっています。",
        2,
        11,
        height=30,
    )
    _text(ws, 10, 1, "■重要業績評価指標（ＫＰＩ）の達成状況", bold=True, size=11)
    _text(ws, 10, 11, "※新しい年度から順に記載", size=8, align="right")
    h = 11
    for c, word in [
        (1, "No."),
        (2, "重要業績評価指標（ＫＰＩ）"),
        (3, "単位"),
        (4, "最終目標\n（令和6年度）"),
        (11, "事業開始前\n（2022年3月末）"),
    ]:
        _down(ws, h, h + 1, c, word)
    for c, year in [(5, "令和5年度（2年目）"), (8, "令和4年度（1年目）")]:
        _span(ws, h, c, c + 2, year, header=True)
        for k, word in enumerate(["目標値", "実績値", "達成率"]):
            _put(ws, h + 1, c + k, word, header=True)
    ws.row_dimensions[h].height = 20
    ws.row_dimensions[h + 1].height = 20
    r = h + 2
    for no, name, unit, final, r5, r4, base in HK_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _put(ws, r, 4, final)
        for c, triple in zip((5, 8), (r5, r4)):
            for k, v in enumerate(triple):
                _put(ws, r, c + k, v, align="right")
        _put(ws, r, 11, base, align="right")
        ws.row_dimensions[r].height = 22
        r += 1
    _text(ws, r, 1, "※達成率＝実績値÷目標値×100", size=8)
    _text(
        ws,
        r + 1,
        1,
        "※No.４は令和5年度から実施している取組のため、令和4年度以前の値はありません。",
        size=8,
    )
    _text(
        ws,
        r + 2,
        1,
        "※交付対象事業費：令和4年度 12,600千円、令和5年度 14,200千円（うち交付金1/2）",
        size=8,
    )
    _text(ws, r + 4, 1, "■外部有識者の意見", bold=True, size=11)
    _field(
        ws,
        r + 5,
        "意見",
        "4項目中3項目で目標を達成しており、事業は地方創生に効果があった。寄附件数は全国的な返礼品競争の影響もあり目標の94%にとどまった。",
        2,
        11,
        height=30,
    )
    _page(ws, "landscape")
    path = SOURCE / "hirakawa_kofukin_kensho_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 滝沢市 (岩手県): 総合戦略 数値目標の進捗状況
# --------------------------------------------------------------------------------------------

# Real: the strategy's name and its four themes (雇用, 移住・定住, 子育て支援, 地域交流・地域連携), the
# 平成26年1月1日 change from 村 to 市, 182.46km², 55,579人 (令和2年国勢調査), the 57,000人 goal and
# 「幸福感を育む環境づくり」. Assumed: the period 令和2年度～令和6年度. Made up: the 課, the wording of the
# 基本目標, every indicator and figure.
TZ_ROWS = [
    (
        "基本目標１\nしごとをつくり、安心して働けるまちをつくる",
        [("市内事業所の従業者数", "人", 14820, [14655, 14702, 14918, 15046], 15300, "")],
    ),
    (
        "基本目標２\n滝沢への新しいひとの流れをつくる",
        [
            ("社会増減数", "人", "△48", ["△112", "31", "△65", "△152"], "±0", "転入者数－転出者数"),
            (
                "滝沢市に住み続けたいと思う市民の割合",
                "％",
                "52.8（H29）",
                ["―", 61.4, "―", 63.0],
                65.0,
                "市民意識調査（隔年実施）",
            ),
        ],
    ),
    (
        "基本目標３\n若い世代の結婚・出産・子育ての希望をかなえる",
        [("出生数", "人", 412, [398, 371, 366, 349], 420, "R5は令和6年3月末時点の見込値")],
    ),
    (
        "基本目標４\n地域と地域がつながり、幸福感を育むまちをつくる",
        [
            (
                "地域づくり活動に参加している市民の割合",
                "％",
                38.5,
                ["―", 40.2, "―", 42.9],
                45.0,
                "市民意識調査（隔年実施）",
            )
        ],
    ),
]


def takizawa() -> Path:
    wb, ws = _sheet("数値目標", [20, 22, 5, 10, 8, 8, 8, 8, 9, 16])
    _text(
        ws,
        1,
        1,
        "第２期滝沢市まち・ひと・しごと創生総合戦略　数値目標の進捗状況（令和５年度実績）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 10, "令和6年9月　滝沢市", align="right")
    _field(ws, 4, "戦略の名称", "第2期滝沢市まち・ひと・しごと創生総合戦略", 1, 10)
    _field(ws, 5, "計画期間", "令和2年度～令和6年度（5年間）", 1, 10)
    _field(ws, 6, "担当課", "企画課", 1, 10)
    _field(
        ws,
        7,
        "市の概要",
        "本市は平成26年1月1日に滝沢村から市制を施行しました。面積は182.46km²、人口は55,579人（令和2年国勢調査）です。"
        "人口減少社会の中にあっても、将来目標人口57,000人の達成・維持と「幸福感を育む環境づくり」を目指しています。",
        1,
        10,
        height=44,
    )
    _text(ws, 9, 1, "１　基本目標ごとの数値目標", bold=True, size=11)
    h = 10
    for c, word in [
        (1, "基本目標"),
        (2, "数値目標"),
        (3, "単位"),
        (4, "基準値\n（H30）"),
        (9, "目標値\n（R6）"),
        (10, "備考"),
    ]:
        _down(ws, h, h + 1, c, word)
    _span(ws, h, 5, 8, "実績値", header=True)
    for k, year in enumerate(["R2", "R3", "R4", "R5"]):
        _put(ws, h + 1, 5 + k, year, header=True)
    ws.row_dimensions[h].height = 18
    ws.row_dimensions[h + 1].height = 18
    r = h + 2
    for goal, rows in TZ_ROWS:
        top = r
        for name, unit, base, actual, target, note in rows:
            _put(ws, r, 2, name)
            _put(ws, r, 3, unit, align="center")
            _put(ws, r, 4, base, align="right")
            for k, v in enumerate(actual):
                _put(ws, r, 5 + k, v, align="right")
            _put(ws, r, 9, target, align="right")
            _put(ws, r, 10, note, size=8)
            ws.row_dimensions[r].height = 30
            r += 1
        _down(ws, top, r - 1, 1, goal, header=False, size=8)
    _text(ws, r, 1, "※「△」はマイナス（転出超過）を表します。", size=8)
    _text(ws, r + 1, 1, "※「―」は調査を実施していない年度です。", size=8)
    _page(ws, "portrait")
    path = SOURCE / "takizawa_senryaku_suuchi_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 潟上市 (秋田県): 総合戦略 KPI の検証結果 (HTML)
# --------------------------------------------------------------------------------------------

# Real: the strategy's name and its period (平成27年度から5年間), 企画政策課, the 2005年3月22日 merger of
# 飯田川町・昭和町・天王町, 97.72km² (the smallest city of 秋田県), 八郎潟 and the 日本海. Made up: the
# meeting, the 基本目標 wording, the 施策, every KPI and figure.
KG_TABLES = [
    (
        "基本目標１　潟上に仕事をつくり、安心して働ける環境を整える",
        [
            (
                "(1) 農業の振興",
                [
                    ("新規就農者数（人）", "3", "5", "4", "6", "5"),
                    (
                        "園芸作物の販売額（千円）",
                        "182,400",
                        "196,050",
                        "201,300",
                        "214,880",
                        "230,000",
                    ),
                ],
            ),
            (
                "(2) 企業誘致と創業支援",
                [
                    ("誘致企業の新規雇用者数（人）", "―<br>（新規指標）", "12", "0", "26", "30"),
                    ("創業支援による創業件数（件）", None, "3", "4", "6", "5"),
                ],
            ),
        ],
    ),
    (
        "基本目標２　潟上への新しいひとの流れをつくる",
        [
            (
                "(1) 観光の振興",
                [("観光入込客数（千人）", "682.5", "705.1", "719.8", "741.3", "750.0")],
            )
        ],
    ),
]


def katagami_html() -> str:
    parts = []
    for heading, groups in KG_TABLES:
        rows = []
        for shisaku, kpis in groups:
            for k, (name, base, a28, a29, a30, target) in enumerate(kpis):
                head = (
                    f'<th rowspan="{len(kpis)}" scope="rowgroup">{shisaku}</th>' if k == 0 else ""
                )
                if base is None:
                    base_td = ""
                elif base.startswith("―"):
                    base_td = f'<td class="c" rowspan="2">{base}</td>'
                else:
                    base_td = f'<td class="num">{base}</td>'
                rows.append(
                    f'<tr>{head}<td>{name}</td>{base_td}<td class="num">{a28}</td>'
                    f'<td class="num">{a29}</td><td class="num">{a30}</td><td class="num">{target}</td></tr>'
                )
        body = "\n".join(rows)
        parts.append(
            f"""<h2>{heading}</h2>
<table>
<thead>
<tr><th rowspan="2">具体的な施策</th><th rowspan="2">重要業績評価指標（KPI）</th><th rowspan="2">基準値<br>（H26）</th><th colspan="3">実績値</th><th rowspan="2">目標値<br>（H31）</th></tr>
<tr><th>H28</th><th>H29</th><th>H30</th></tr>
</thead>
<tbody>
{body}
</tbody>
</table>"""
        )
    tables = "\n".join(parts)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>潟上市まち・ひと・しごと創生総合戦略 KPIの検証結果（平成30年度） - 潟上市</title>
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
<p class="breadcrumb"><a href="/">トップページ</a> &gt; <a href="/shisei/">市政情報</a> &gt; <a href="/shisei/keikaku/">計画・施策</a> &gt; 地方創生</p>
<h1>潟上市まち・ひと・しごと創生総合戦略 KPIの検証結果（平成30年度）</h1>
<p class="date">更新日：2019年8月30日　担当：企画政策課</p>
<p>潟上市は、2005年（平成17年）3月22日に南秋田郡の飯田川町・昭和町・天王町の3町が合併して誕生しました。面積は97.72km²で県内の市で最も小さく、八郎潟と日本海に面しています。</p>
<p>総合戦略（平成27年度～平成31年度）の4年目にあたり、令和元年8月7日に開催した潟上市総合戦略推進会議で、外部委員10名から御意見をいただきました。主なKPIの検証結果は次のとおりです。</p>
{tables}
<p>※誘致企業の新規雇用者数と創業件数は、平成28年度に追加した指標のため基準値はありません。</p>
<p>※観光入込客数は、秋田県観光統計の市内主要観光地点の合計です。</p>
</body>
</html>
"""


def katagami() -> Path:
    path = HERE / "katagami_senryaku_kpi_h30.html"
    path.write_bytes(katagami_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (ashibetsu, hirakawa, takizawa):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {katagami().name}")


if __name__ == "__main__":
    main()
