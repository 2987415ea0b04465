"""Build the built documents of forms208/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/numata_kanko_mokuhyo_r5.xlsx``, a 観光基本計画 目標指標 進捗表 in the manner of 沼田市
  (群馬県): form fields (plan, period, the city's profile, money), an 評価 legend, and one grid
  ``No. | 目標指標（区分・単位） | 策定時（H27） | 実績値 (R3年度 | R4年度 | R5年度) | 目標値（R8）
  (基本目標 | 挑戦目標) | 評価 | 備考`` where **every name ends in one bracket joining a counting
  word and a scaled unit with ``・`` (``観光入込客数（年間・万人）``, ``宿泊者数（延べ・千人泊）``,
  ``観光消費額（年間・億円）``)** and **the final year's target is split into a ``基本目標`` and a
  higher ``挑戦目標`` for the same year**; notes with numbers; and the PDF;
* ``source/manazuru_jimujigyo_hyoka_r5.xlsx``, a 事務事業評価シート in the manner of 真鶴町
  (神奈川県): form fields (事業番号, 事務事業名, 担当課, 目的 with ``8分野69項目``, money, the
  town's profile) and a grid ``区分 | 指標 | 単位 | R3実績 | R4実績 | R5実績 | 達成状況`` where **each
  indicator cell holds three labelled lines, ``【指標名】…``, ``【算出方法】…`` and ``【目標】令和5年度
  年間60組``: the target stands only in the ``【目標】`` line** (no target column), and **a per-group
  money unit with a scale word, ``万円/組``** (target ``1組当たり3万円以上``); and the PDF;
* ``source/narusawa_kpi_kensho_r5.xlsx``, a 第2期総合戦略 KPI 検証シート in the manner of 鳴沢村
  (山梨県): form fields, a grid ``No. | 重要業績評価指標（KPI） | 基準値（R元） | 実績値 (R2 … R5) |
  目標値（R6） | 進捗 | 備考`` with no 単位 column where **each row's unit and scale word stand only in
  its target cell, the last value column (``40万人``, ``年間3人``, ``5年間で延べ40人``), every other
  cell a bare number**, and **one row holding two KPIs: the name cell marks them ``（上段）`` and
  ``（下段）``, every value cell holds two unlabelled lines (``412`` over ``830``), the target cell
  ``1,500件`` over ``3,000万円``**; 進捗 words; and the PDF;
* ``shimosuwa_kpi_jisseki_r5.html``, a 総合計画・総合戦略 KPI page in the manner of 下諏訪町
  (長野県): two ``<h2>`` 基本目標 tables; **scale words written in digits in the 単位 column
  (``1,000人泊``, ``100万円``)**, explained by a note; **period headers written as month ends
  ``R6.3末`` and marked up as ``<time datetime="2024-03-31">``** in the second table, one of them
  spanning ``目標 | 実績``; and **a 数値目標 given only in a paragraph between the ``<h2>`` and the
  table, ``【数値目標】町内の従業者数：基準値 8,912人（平成28年）→ 目標値 9,000人以上（令和6年）　直近値
  8,745人（令和3年）``**.

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
    wb.properties.creator = "forms208/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms208/build.py"
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
    vertical_text=False,
):
    """A bordered cell. Numbers stay numbers, with a number format."""
    cell = ws.cell(row=row, column=col, value=None if value == "" else value)
    cell.border = BORDER
    cell.font = Font(name=FONT, size=size, bold=bold)
    rotation = 255 if vertical_text else 0
    if header:
        cell.fill = SHADE
        cell.alignment = Alignment(
            horizontal=align or "center",
            vertical=valign or "center",
            wrap_text=True,
            text_rotation=rotation,
        )
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        cell.alignment = Alignment(horizontal=align or "right", vertical=valign or "center")
        cell.number_format = fmt or ("#,##0" if isinstance(value, int) else "0.0")
    else:
        cell.alignment = Alignment(
            horizontal=align or "left",
            vertical=valign or "center",
            wrap_text=True,
            text_rotation=rotation,
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


def _down(ws, r1, r2, col, value, header=False, **kw):
    """A bordered value merged down over r1..r2 of one column."""
    cell = _put(ws, r1, col, value, header=header, **kw)
    for r in range(r1 + 1, r2 + 1):
        _put(ws, r, col, None, header=header, fill=kw.get("fill"))
    if r2 > r1:
        _merge(ws, r1, col, r2, col)
    return cell


def _text(ws, row, col, value, bold=False, size=9, align=None):
    """A borderless text cell (titles, headings, notes)."""
    cell = ws.cell(row=row, column=col, value=value)
    cell.font = Font(name=FONT, size=size, bold=bold)
    cell.alignment = Alignment(horizontal=align or "left", vertical="center")
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
    with tempfile.TemporaryDirectory(prefix="forms208_soffice_") as tmp:
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


def _fields(ws, row: int, pairs, c_label: tuple[int, int], c_value: tuple[int, int], height=20):
    """Bordered form fields, one label | value pair a row."""
    for label, value in pairs:
        _span(ws, row, c_label[0], c_label[1], label, header=True)
        _span(ws, row, c_value[0], c_value[1], value, align="left")
        ws.row_dimensions[row].height = height
        row += 1
    return row


def _vals(ws, r, c0, vals, fmts=None) -> None:
    for j, v in enumerate(vals):
        fmt = (fmts or {}).get(j) or ("#,##0.0" if isinstance(v, float) else None)
        _put(ws, r, c0 + j, v, align="center" if v in ("―", "") else "right", fmt=fmt)


# --------------------------------------------------------------------------------------------
# 沼田市 (群馬県): 沼田市観光基本計画 目標指標の進捗状況（令和5年度）
# --------------------------------------------------------------------------------------------

# Real: the plan's name, 平成29年3月 and 経済部観光交流課, 443.46k㎡, the merger of 平成17年2月13日,
# 吹割の滝 (高さ7m・幅30m), 老神温泉, 玉原高原, 年間286万人超 visitors. Made up: the sheet, its
# period, money, every indicator, figure, grade and note.
NM_ROWS = [
    # No., name, 策定時, R3, R4, R5, 基本目標, 挑戦目標, 評価, 備考
    (
        "1",
        "観光入込客数（年間・万人）",
        286.4,
        201.7,
        248.9,
        291.8,
        300,
        330,
        "B",
        "群馬県観光入込客統計調査による",
    ),
    (
        "2",
        "宿泊者数（延べ・千人泊）",
        182.6,
        118.4,
        150.2,
        189.3,
        200,
        220,
        "B",
        "市内宿泊施設42軒への調査（回答率82%）",
    ),
    (
        "3",
        "観光消費額（年間・億円）",
        98.7,
        70.3,
        96.0,
        112.4,
        110,
        125,
        "A",
        "入込客数×1人当たり消費単価で推計",
    ),
    (
        "4",
        "外国人宿泊者数（延べ・人泊）",
        3120,
        84,
        1950,
        4380,
        6000,
        8000,
        "B",
        "R3は入国制限の影響",
    ),
    (
        "5",
        "観光農園の入園者数（年間・千人）",
        96.3,
        88.1,
        92.4,
        90.7,
        110,
        120,
        "C",
        "市内32園（観光果樹園組合調べ）",
    ),
]


def numata() -> Path:
    wb, ws = _sheet("目標指標", [5, 30, 10, 9, 9, 9, 9, 9, 6, 30])
    _text(ws, 1, 1, "沼田市観光基本計画　目標指標の進捗状況（令和5年度）", bold=True, size=13)
    _text(ws, 2, 10, "令和6年9月　沼田市経済部観光交流課", align="right")
    r = _fields(
        ws,
        4,
        [
            ("計画の名称", "沼田市観光基本計画（平成29年3月策定）"),
            ("計画期間", "平成29年度～令和8年度（10年間）"),
            (
                "市の概況",
                "面積443.46k㎡。平成17年2月13日に利根郡白沢村・利根村を編入。吹割の滝（高さ7m・幅30m）、老神温泉、玉原高原などを擁し、年間286万人超の観光客が訪れる。",
            ),
            ("観光振興関連事業費（R5決算・千円）", 61480),
        ],
        (1, 2),
        (3, 10),
    )
    ws.row_dimensions[6].height = 30
    _text(ws, r + 1, 1, "■目標指標の進捗", bold=True, size=11)
    _text(
        ws,
        r + 2,
        1,
        "評価　A：基本目標の水準に到達　B：基本目標には未到達だが策定時を上回る　C：策定時を下回る",
        size=8,
    )
    h = r + 3
    for c, word in (
        (1, "No."),
        (2, "目標指標（区分・単位）"),
        (3, "策定時\n（H27）"),
        (9, "評価"),
        (10, "備考"),
    ):
        _down(ws, h, h + 1, c, word, header=True)
    _span(ws, h, 4, 6, "実績値", header=True)
    _span(ws, h, 7, 8, "目標値（R8）", header=True)
    for j, y in enumerate(["R3年度", "R4年度", "R5年度", "基本目標", "挑戦目標"]):
        _put(ws, h + 1, 4 + j, y, header=True)
    ws.row_dimensions[h].height = 20
    ws.row_dimensions[h + 1].height = 20
    r = h + 2
    for no, name, *vals, grade, note in NM_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _vals(ws, r, 3, vals)
        _put(ws, r, 9, grade, align="center", bold=True)
        _put(ws, r, 10, note, size=8)
        ws.row_dimensions[r].height = 24
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※「挑戦目標」は、基本目標を上回る水準として設定した努力目標です。評価は基本目標に対して行います。",
            "※策定時（H27）は計画策定時点の直近値です。万人・千人泊・億円・千人の単位未満は四捨五入しています。",
            "※目標指標は全5項目。うちA評価1項目、B評価3項目、C評価1項目です。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "numata_kanko_mokuhyo_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 真鶴町 (神奈川県足柄下郡): 事務事業評価シート（令和5年度実施事業）
# --------------------------------------------------------------------------------------------

# Real: the おためし暮らし施設「くらしかる真鶴」, 政策推進課, the まちづくり条例 and its 美の基準
# (8分野69項目), 6,725人 and 7.02k㎡ (令和2年国勢調査), the 平成29年 過疎地域 designation. Made up:
# the sheet, its number and date, the plan wording, money, every indicator, figure and target.
MZ_ROWS = [
    # 区分 (None = merged above), lines, unit, R3, R4, R5, 達成状況
    (
        "活動指標",
        [
            "【指標名】くらしかる真鶴の利用組数",
            "【算出方法】年度内の利用組数（1組2泊以上の利用に限る）",
            "【目標】令和5年度　年間60組",
        ],
        "組",
        38,
        51,
        57,
        "未達成",
    ),
    (
        None,
        [
            "【指標名】移住相談窓口での相談件数",
            "【算出方法】窓口・電話・オンライン相談の合計（同一世帯の再相談を含む）",
            "【目標】令和5年度　延べ150件",
        ],
        "件",
        112,
        139,
        164,
        "達成",
    ),
    (
        "成果指標",
        [
            "【指標名】利用者のうち町内へ移住した世帯数",
            "【算出方法】利用後3年以内に転入した世帯を利用年度に計上",
            "【目標】令和5年度　5世帯以上",
        ],
        "世帯",
        3,
        4,
        6,
        "達成",
    ),
    (
        None,
        [
            "【指標名】利用者の町内消費額",
            "【算出方法】利用者アンケートによる1組当たりの町内飲食・購入額の平均（宿泊費を除く）",
            "【目標】令和5年度　1組当たり3万円以上",
        ],
        "万円/組",
        2.3,
        2.6,
        2.9,
        "未達成",
    ),
]


def manazuru() -> Path:
    wb, ws = _sheet("事務事業評価", [15, 48, 9, 8, 8, 8, 9])
    _text(ws, 1, 1, "事務事業評価シート（令和5年度実施事業）", bold=True, size=13)
    _text(ws, 2, 7, "評価日：令和6年7月31日", align="right")
    r = _fields(
        ws,
        4,
        [
            ("事業番号", "2-3-04"),
            ("事務事業名", "おためし暮らし推進事業（くらしかる真鶴）"),
            ("担当課", "政策推進課"),
            ("総合戦略上の位置付け", "基本目標2　真鶴への新しいひとの流れをつくる"),
            (
                "事業の目的",
                "真鶴町まちづくり条例の「美の基準」（8分野69項目）に沿った港町の暮らしを、おためし暮らし施設で体験してもらい、移住・定住につなげる。",
            ),
            ("事業費（R5決算・千円）", "5,120（うち一般財源 2,560）"),
            (
                "町の概況",
                "人口6,725人、面積7.02k㎡（令和2年国勢調査）。平成29年に県内で初めて過疎地域に指定された。",
            ),
        ],
        (1, 1),
        (2, 7),
    )
    ws.row_dimensions[8].height = 30
    ws.row_dimensions[10].height = 30
    _text(ws, r + 1, 1, "２　指標の状況", bold=True, size=11)
    h = r + 2
    for c, word in enumerate(
        [
            "区分",
            "指標（【指標名】【算出方法】【目標】）",
            "単位",
            "R3実績",
            "R4実績",
            "R5実績",
            "達成状況",
        ],
        start=1,
    ):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 22
    r = h + 1
    groups: list[tuple[str, int, int]] = []
    for kind, lines, unit, *vals, status in MZ_ROWS:
        if kind is not None:
            groups.append((kind, r, r))
        else:
            name, r1, _ = groups[-1]
            groups[-1] = (name, r1, r)
        _put(ws, r, 2, "\n".join(lines), size=8)
        _put(ws, r, 3, unit, align="center")
        _vals(ws, r, 4, vals)
        _put(ws, r, 7, status, align="center")
        ws.row_dimensions[r].height = 40
        r += 1
    for name, r1, r2 in groups:
        _down(ws, r1, r2, 1, name, header=True)
    _span(ws, r, 1, 1, "今後の方向性", header=True)
    _span(
        ws,
        r,
        2,
        7,
        "継続（改善）：利用後のフォローアップを強化し、2泊以上の利用組数の増加を図る。",
        align="left",
    )
    ws.row_dimensions[r].height = 22
    _notes(
        ws,
        r + 2,
        [
            "※目標は総合戦略の重要業績評価指標（KPI）に合わせて設定しています。達成状況はR5実績と目標の比較です。",
            "※成果指標の町内消費額はアンケート回答組（R5：回答41組）の平均です。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "manazuru_jimujigyo_hyoka_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 鳴沢村 (山梨県南都留郡): 第2期総合戦略 重要業績評価指標（KPI）の検証（令和5年度）
# --------------------------------------------------------------------------------------------

# Real: the 第2期 plan period (令和2～6年度), 企画課, 89.56k㎡, 3,204人・1,215世帯 (平成25年8月1日),
# about 180ha of farmland, about 460ha of 別荘地 with about 3千棟, 道の駅なるさわ (opened 平成7年8月,
# run by JA鳴沢村), about 2千株 of ミツバツツジ. Made up: the sheet, its date, every KPI and figure.
NR_ROWS = [
    # No., name, 基準値, R2, R3, R4, R5, 目標値 (the only cell with a unit), 進捗, 備考
    (
        "1",
        "道の駅なるさわの来場者数",
        "38.2",
        "21.6",
        "27.9",
        "33.4",
        "36.8",
        "40万人",
        "順調",
        "R2・R3は新型コロナの影響",
    ),
    (
        "2",
        "新規就農者数（高原野菜）",
        "2",
        "1",
        "3",
        "2",
        "4",
        "年間3人",
        "順調",
        "キャベツ・とうもろこし等",
    ),
    (
        "3",
        "ふるさと納税の寄附件数（上段）\nふるさと納税の寄附額（下段）",
        "412\n830",
        "655\n1,320",
        "1,034\n2,180",
        "1,287\n2,760",
        "1,512\n3,290",
        "1,500件\n3,000万円",
        "順調",
        "返礼品は約120品目",
    ),
    (
        "4",
        "移住者数（村の移住支援制度の利用者）",
        "6",
        "4",
        "9",
        "7",
        "11",
        "5年間で延べ40人",
        "やや遅れ",
        "R2～R5の計31人",
    ),
]


def narusawa() -> Path:
    wb, ws = _sheet("KPI検証", [5, 32, 10, 9, 9, 9, 9, 15, 9, 24])
    _text(
        ws,
        1,
        1,
        "鳴沢村まち・ひと・しごと創生総合戦略（第2期）　重要業績評価指標（KPI）の検証（令和5年度）",
        bold=True,
        size=13,
    )
    _text(ws, 2, 10, "令和6年8月　鳴沢村企画課", align="right")
    r = _fields(
        ws,
        4,
        [
            ("計画期間", "令和2年度～令和6年度（5年間）"),
            (
                "村の概況",
                "富士山北麓、標高約900mから富士山頂までを村域とする。面積89.56k㎡。人口3,204人・1,215世帯（平成25年8月1日）。農地約180haで高原野菜を生産し、約460haの別荘地に約3千棟が点在する。",
            ),
            (
                "道の駅なるさわ",
                "平成7年8月開業。JA鳴沢村が指定管理者として運営。周辺に約2千株のミツバツツジが自生する。",
            ),
        ],
        (1, 2),
        (3, 10),
    )
    ws.row_dimensions[5].height = 30
    _text(ws, r + 1, 1, "■重要業績評価指標（KPI）", bold=True, size=11)
    _text(
        ws,
        r + 2,
        1,
        "※各指標の単位は目標値欄に記載しています。基準値・実績値は目標値と同じ単位の数値です。",
        size=8,
    )
    h = r + 3
    for c, word in (
        (1, "No."),
        (2, "重要業績評価指標（KPI）"),
        (3, "基準値\n（R元）"),
        (8, "目標値\n（R6）"),
        (9, "進捗"),
        (10, "備考"),
    ):
        _down(ws, h, h + 1, c, word, header=True)
    _span(ws, h, 4, 7, "実績値", header=True)
    for j, y in enumerate(["R2", "R3", "R4", "R5"]):
        _put(ws, h + 1, 4 + j, y, header=True)
    ws.row_dimensions[h].height = 20
    ws.row_dimensions[h + 1].height = 20
    r = h + 2
    for no, name, *vals, target, progress, note in NR_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        for j, v in enumerate(vals):
            _put(ws, r, 3 + j, v, align="right")
        _put(ws, r, 8, target, align="right")
        _put(ws, r, 9, progress, align="center")
        _put(ws, r, 10, note, size=8)
        ws.row_dimensions[r].height = 34 if "\n" in name else 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※No.3は1行に2つの指標を記載しています（上段：寄附件数、下段：寄附額）。",
            "※進捗は、令和6年度の目標に向けた担当課の見通しです（順調／やや遅れ／遅れ）。",
            "※No.4の目標は計画期間5年間の合計です。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "narusawa_kpi_kensho_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 下諏訪町 (長野県諏訪郡): 第7次総合計画後期基本計画（第2期未来を創る総合戦略） KPIの実績
# --------------------------------------------------------------------------------------------

# Real: the plan's name and its merger with the 第2期未来を創る総合戦略, the 4 基本目標 words, the
# 2060 population goal 13,600人, 66.87km², 82% forest, 19,155人 (令和2年国勢調査), 毎分5,600リットル,
# 諏訪大社下社 春宮・秋宮. Made up: the page, its date and 課, every KPI, figure and note.
SS_T1 = [
    # name, unit, 基準値, R4実績, R5目標, R5実績, 目標値（R6）, 達成状況
    ("町内事業所の新規雇用者数", "人", "85", "92", "95", "101", "100", "達成"),
    ("下諏訪温泉の宿泊者数", "1,000人泊", "148.2", "121.6", "140.0", "137.9", "150.0", "未達成"),
    ("ふるさと納税の寄附額", "100万円", "62.4", "118.5", "120.0", "131.2", "150.0", "達成"),
]
SS_T2 = [
    # name, unit, 基準値（R2.3末）, R5.3末, R6.3末 目標, R6.3末 実績, 目標値（R7.3末）
    ("空き家バンクの登録物件数", "件", "38", "52", "55", "57", "60"),
    ("移住支援制度を利用した転入世帯数", "世帯（累計）", "12", "41", "50", "48", "70"),
]


def _t(iso: str, text: str) -> str:
    return f'<time datetime="{iso}">{text}</time>'


def shimosuwa_html() -> str:
    head1 = (
        "<tr>"
        '<th scope="col" rowspan="2">重要業績評価指標（KPI）</th>'
        '<th scope="col" rowspan="2">単位</th>'
        '<th scope="col" rowspan="2">基準値<br>（令和元年度）</th>'
        '<th scope="col" rowspan="2">令和4年度<br>実績</th>'
        '<th scope="colgroup" colspan="2">令和5年度</th>'
        '<th scope="col" rowspan="2">目標値<br>（令和6年度）</th>'
        '<th scope="col" rowspan="2">達成状況<br>（令和5年度）</th>'
        "</tr>\n"
        '<tr><th scope="col">目標</th><th scope="col">実績</th></tr>'
    )
    rows1 = "\n".join(
        f'<tr><td>{n}</td><td class="c">{u}</td>'
        + "".join(f'<td class="num">{v}</td>' for v in vals)
        + f'<td class="c">{st}</td></tr>'
        for n, u, *vals, st in SS_T1
    )
    head2 = (
        "<tr>"
        '<th scope="col" rowspan="2">重要業績評価指標（KPI）</th>'
        '<th scope="col" rowspan="2">単位</th>'
        f'<th scope="col" rowspan="2">基準値<br>（{_t("2020-03-31", "R2.3末")}）</th>'
        f'<th scope="col" rowspan="2">実績<br>（{_t("2023-03-31", "R5.3末")}）</th>'
        f'<th scope="colgroup" colspan="2">{_t("2024-03-31", "R6.3末")}</th>'
        f'<th scope="col" rowspan="2">目標値<br>（{_t("2025-03-31", "R7.3末")}）</th>'
        "</tr>\n"
        '<tr><th scope="col">目標</th><th scope="col">実績</th></tr>'
    )
    rows2 = "\n".join(
        f'<tr><td>{n}</td><td class="c">{u}</td>'
        + "".join(f'<td class="num">{v}</td>' for v in vals)
        + "</tr>"
        for n, u, *vals in SS_T2
    )
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>第7次下諏訪町総合計画後期基本計画 重要業績評価指標（KPI）の実績（令和5年度） - 下諏訪町</title>
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
<p class="breadcrumb">ホーム &gt; 町政情報 &gt; 計画・施策 &gt; 総合計画・総合戦略</p>
<h1>第7次下諏訪町総合計画後期基本計画（第2期未来を創る総合戦略）重要業績評価指標（KPI）の実績（令和5年度）</h1>
<p class="date">更新日：{_t("2024-10-15", "令和6年10月15日")}　担当：総務課 企画係</p>
<p>下諏訪町は、第1期未来を創る総合戦略の計画期間の終了に伴い、第2期未来を創る総合戦略を第7次下諏訪町総合計画後期基本計画と統合して策定しました。「雇用の確保」「移住定住の促進」「結婚・出産・子育ての希望が叶うまちづくり」「地域の活性化」の4つを基本目標とし、人口ビジョンでは2060年の目標人口を13,600人としています。</p>
<p>町の面積は66.87km²で、その約82%を森林が占めます。令和2年国勢調査の人口は19,155人でした。諏訪大社下社（春宮・秋宮）の門前町、中山道と甲州街道が出会う温泉の宿場町として、町内各所から毎分5,600リットル以上の温泉が湧いています。</p>
<p>基本目標1と基本目標2の重要業績評価指標（KPI）の令和5年度の実績は次のとおりです。</p>
<p class="note">※単位欄の「1,000人泊」「100万円」は、表中の数値がそれぞれ1,000人泊、100万円を単位とすることを示します（例：148.2は148,200人泊）。</p>
<h2>基本目標1　雇用の確保</h2>
<p class="goal">【数値目標】町内の従業者数：基準値 8,912人（平成28年）→ 目標値 9,000人以上（令和6年）　直近値 8,745人（令和3年）</p>
<p>※従業者数は経済センサスによります。</p>
<table class="kpi">
<thead>
{head1}
</thead>
<tbody>
{rows1}
</tbody>
</table>
<h2>基本目標2　移住定住の促進</h2>
<p>基本目標2の指標は、各年度末（3月31日）時点の数値です。</p>
<table class="kpi">
<thead>
{head2}
</thead>
<tbody>
{rows2}
</tbody>
</table>
<p>※移住支援制度は、移住支援金、空き家改修補助及び新築住宅取得補助（令和3年度創設）をいいます。</p>
<p>※基本目標3・4の実績は、別ページで公表しています。</p>
<p class="contact">お問い合わせ：下諏訪町 総務課 企画係（電話 0266-27-1111）</p>
</body>
</html>
"""


def shimosuwa() -> Path:
    path = HERE / "shimosuwa_kpi_jisseki_r5.html"
    path.write_bytes(shimosuwa_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (numata, manazuru, narusawa):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {shimosuwa().name}")


if __name__ == "__main__":
    main()
