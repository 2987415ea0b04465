"""Build the documents of forms414/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/noheji_senryaku_kpi_r5.xlsx`` and its PDF, a 総合戦略 KPI検証 sheet in the manner of 野辺地町
  (青森県上北郡): each target cell holds the baseline too, ``年間900万円（←年間700万円）``, and the value
  cells carry scale words (``万円``, ``万人``) and ``累計`` words;
* ``source/ugo_kofukin_kensho_r5.xlsx`` and its PDF, a 交付金事業 効果検証シート in the manner of 羽後町
  (秋田県雄勝郡): years down, four KPIs across, each spanning 目標 | 実績, a third header row of units,
  the 事業開始前 row's 目標 cells struck with a diagonal line and a 達成状況 row at the foot;
* ``source/kitakata_seika_shihyo_r5.xlsx`` and its PDF, a 総合計画 成果指標 sheet in the manner of 喜多方市
  (福島県): ditto marks (``〃``) in the 単位, 基準年度 and 担当課 columns;
* ``fukagawa_kaso_shihyo_r5.html``, a 過疎地域持続的発展市町村計画 page in the manner of 深川市 (北海道):
  区分 rowspans numbered as in the law, a baseline cell with its own year and a 進捗 arrow column.

These are re-typed forms of other municipalities, not their own files (README.md, SOURCES.tsv).
The XLSX and HTML files are byte-stable (fixed document dates, zip members with a fixed timestamp).
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
DIAG = Border(left=THIN, right=THIN, top=THIN, bottom=THIN, diagonal=THIN, diagonalUp=True)
SHADE = PatternFill("solid", fgColor="D9D9D9")
LIGHT = PatternFill("solid", fgColor="F2F2F2")
FONT = "IPAexGothic"
FIXED = dt.datetime(2026, 12, 8, 0, 0, 0)
STAMP = (2026, 12, 8, 0, 0, 0)


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms414/build.py"
    wb.properties.lastModifiedBy = "forms414/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    ws = wb.active
    ws.title = title
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    return wb, ws


def _put(ws, row, col, value, header=False, fmt=None, align=None, size=9, bold=False, fill=None):
    """A bordered cell; numbers stay numbers and get a number format."""
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
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            ws.cell(row=r, column=c).border = BORDER
    ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)


def _span(ws, row, c1, c2, value, header=False, **kw):
    cell = _put(ws, row, c1, value, header=header, **kw)
    for c in range(c1 + 1, c2 + 1):
        _put(ws, row, c, None, header=header, fill=kw.get("fill"))
    if c2 > c1:
        _merge(ws, row, c1, row, c2)
    return cell


def _down(ws, r1, r2, col, value, header=False, **kw):
    cell = _put(ws, r1, col, value, header=header, **kw)
    for r in range(r1 + 1, r2 + 1):
        _put(ws, r, col, None, header=header, fill=kw.get("fill"))
    if r2 > r1:
        _merge(ws, r1, col, r2, col)
    return cell


def _text(ws, row, col, value, bold=False, size=9, align=None):
    cell = ws.cell(row=row, column=col, value=value)
    cell.font = Font(name=FONT, size=size, bold=bold)
    cell.alignment = Alignment(horizontal=align or "left", vertical="center")
    return cell


def _field(ws, row, label, value, last_col, height=None, label_cols=2):
    _span(ws, row, 1, label_cols, label, header=True)
    cell = _span(ws, row, label_cols + 1, last_col, value)
    if height:
        cell.alignment = Alignment(horizontal="left", vertical="top", wrap_text=True)
        ws.row_dimensions[row].height = height


def _page(ws, orientation: str, area: str) -> None:
    ws.page_setup.orientation = orientation
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.print_area = area
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.6


def _save(wb, path: Path) -> None:
    """Save, then rewrite the zip with fixed member dates (byte-stable output)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    with zipfile.ZipFile(path) as zin:
        members = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in members:
            if name == "docProps/core.xml":
                data = re.sub(
                    rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                    rb"\g<1>2026-12-08T00:00:00Z\g<2>",
                    data,
                )
            info = zipfile.ZipInfo(name, date_time=STAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, data)


def to_pdf(xlsx: Path) -> None:
    """Convert a source XLSX to a PDF next to build.py (LibreOffice headless)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        print(f"soffice not found: {xlsx.with_suffix('.pdf').name} not rebuilt")
        return
    with tempfile.TemporaryDirectory(prefix="forms414_soffice_") as tmp:
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
# 野辺地町 (青森県上北郡): 第２期野辺地町まち・ひと・しごと創生総合戦略 KPIの検証（令和５年度実績）
# Real: 企画財政課, the 将来像, the 基本目標① wording, 葉つきこかぶ, ながいも, ホタテガイ, 常夜燈朝市,
# 5,712人 (2060) and 7,800人台, the `年間500人(←410人)` way of writing a target. Made up: 第２期, the
# period, every KPI value and grade.
# --------------------------------------------------------------------------------------------

NOHEJI_ROWS = [
    (
        "１",
        "のへじ常夜燈朝市の売上高",
        "年間900万円（←年間700万円）",
        "720万円",
        "764万円",
        "812万円",
        "Ｂ",
    ),
    ("２", "町外からの転入者数", "年間500人（←410人）", "398人", "421人", "436人", "Ｃ"),
    (
        "３",
        "農業・漁業の新規就業者数",
        "5年間累計11人（←2人）",
        "累計4人",
        "累計6人",
        "累計9人",
        "Ｂ",
    ),
    (
        "４",
        "移住世帯数",
        "5年間累計20世帯（←年間3世帯）",
        "累計9世帯",
        "累計15世帯",
        "累計21世帯",
        "Ａ",
    ),
    (
        "５",
        "年間観光入込客数",
        "年間40万人（←年間15万人）",
        "18.2万人",
        "24.6万人",
        "29.3万人",
        "Ｃ",
    ),
]


def noheji() -> Path:
    wb, ws = _sheet("KPI検証", [5, 4, 30, 26, 11, 11, 11, 7])
    last = 8
    _text(
        ws,
        1,
        1,
        "第２期野辺地町まち・ひと・しごと創生総合戦略　重要業績評価指標（ＫＰＩ）の検証（令和５年度実績）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 8, "令和6年8月　野辺地町", align="right")
    _field(ws, 4, "戦略の名称", "第２期野辺地町まち・ひと・しごと創生総合戦略", last)
    _field(ws, 5, "計画期間", "令和2年度～令和6年度（5年間）", last)
    _field(ws, 6, "担当課", "企画財政課", last)
    _field(ws, 7, "町の将来像", "笑顔あふれるまち　のへじ", last)
    _field(
        ws,
        8,
        "町の概要",
        "本町は古くから三八上北地域と下北地域、津軽地域を結ぶ交通の要衝として栄え、野辺地葉つきこかぶやながいも、陸奥湾のホタテガイなどを産出してきた。"
        "人口ビジョンでは、対策を講じなければ2060年に5,712人となる総人口を、合計特殊出生率の向上と社会減の縮小により7,800人台で維持することを目指している。",
        last,
        height=48,
    )
    _text(ws, 10, 1, "基本目標①　郷土の生業を創る", bold=True, size=10)
    _down(ws, 11, 12, 1, "No.", header=True)
    _span(ws, 11, 2, 3, "重要業績評価指標（ＫＰＩ）", header=True)
    _merge(ws, 11, 2, 12, 3)
    _down(ws, 11, 12, 4, "目標値（R6）\n（←基準値 H30）", header=True)
    _span(ws, 11, 5, 7, "実績値", header=True)
    for c, h in zip((5, 6, 7), ("R3", "R4", "R5")):
        _put(ws, 12, c, h, header=True)
    _down(ws, 11, 12, 8, "評価", header=True)
    r = 13
    for no, name, target, a3, a4, a5, grade in NOHEJI_ROWS:
        _put(ws, r, 1, no, align="center")
        _span(ws, r, 2, 3, name)
        _put(ws, r, 4, target)
        for c, v in zip((5, 6, 7), (a3, a4, a5)):
            _put(ws, r, c, v, align="right")
        _put(ws, r, 8, grade, align="center")
        ws.row_dimensions[r].height = 20
        r += 1
    notes = [
        "※目標値欄の（←　）内は、戦略策定時の基準値（平成30年度）です。",
        "※No.３・No.４の実績値は、令和2年度からの累計です。",
        "評価　Ａ：目標値を達成済み　Ｂ：目標値の達成に向けて概ね順調　Ｃ：取組の強化が必要",
    ]
    for i, note in enumerate(notes):
        _text(ws, r + 1 + i, 1, note, size=8)
    _page(ws, "portrait", f"A1:H{r + 3}")
    path = SOURCE / "noheji_senryaku_kpi_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 羽後町 (秋田県雄勝郡): 令和５年度 地方創生推進交付金事業 効果検証シート
# Real: 230.78km², 70.7% 山林原野, 28,670人 (昭和30年), 13,825人 (令和2年国勢調査), 1町6村, 西馬音内盆踊り
# (8月16日～18日), スイカ, 羽後牛, うごまち未来の学校, しごとーいうご, 羽後町留学, インターンシップ.
# Made up: the 地域再生計画 and 事業 names, 課, period, every KPI value.
# --------------------------------------------------------------------------------------------

UGO_KPIS = [
    ("①しごとーいうご参加児童数", "（人）"),
    ("②羽後町留学の参加者数", "（人）"),
    ("③町内企業のインターンシップ受入れ学生数", "（人）"),
    ("④羽後高校への町内中学生の進学率", "（％）"),
]
UGO_ROWS = [
    ("事業開始前（R2）", [(None, 85), (None, 2), (None, 0), (None, 24.5)]),
    ("R3（1年目）", [(100, 96), (5, 4), (6, 5), (26.0, 25.1)]),
    ("R4（2年目）", [(110, 118), (8, 7), (8, 9), (28.0, 27.4)]),
    ("R5（3年目）", [(120, 131), (10, 9), (10, 12), ("30.0以上", 31.2)]),
]
UGO_STATUS = ["達成", "未達成", "達成", "達成"]


def ugo() -> Path:
    wb, ws = _sheet("効果検証", [16, 9, 9, 9, 9, 11, 11, 9, 9])
    last = 9
    _text(ws, 1, 1, "令和５年度　地方創生推進交付金事業　効果検証シート", bold=True, size=12)
    _text(ws, 2, 9, "令和6年7月　羽後町", align="right")
    _field(
        ws,
        4,
        "地域再生計画の名称",
        "うごまち未来の学校による人材育成・しごと創出計画",
        last,
        label_cols=1,
    )
    _field(ws, 5, "交付対象事業の名称", "うごまち未来の学校推進事業", last, label_cols=1)
    _field(ws, 6, "担当課", "企画商工課", last, label_cols=1)
    _field(ws, 7, "事業期間", "令和3年度～令和5年度（3か年）", last, label_cols=1)
    _field(
        ws,
        8,
        "事業の概要",
        "本町は総面積230.78km²の約7割（70.7％）を山林原野が占める県内屈指の豪雪地帯である。人口は昭和30年の1町6村の合併時の28,670人から、"
        "令和2年国勢調査では13,825人まで減少した。将来を担う人材を地域のみんなで育てるため、小学生の職業体験「しごとーいうご」、外国人の「羽後町留学」、"
        "県外大学生の企業インターンシップ等、9種の事業を「うごまち未来の学校」として一体的に実施する。8月16日～18日の西馬音内盆踊りやスイカ、羽後牛も学びの素材とする。",
        last,
        height=64,
        label_cols=1,
    )
    _text(ws, 10, 1, "■重要業績評価指標（ＫＰＩ）の推移", bold=True, size=10)
    _down(ws, 11, 13, 1, "年度", header=True)
    for i, (name, unit) in enumerate(UGO_KPIS):
        c = 2 + 2 * i
        _span(ws, 11, c, c + 1, name, header=True)
        _put(ws, 12, c, "目標", header=True)
        _put(ws, 12, c + 1, "実績", header=True)
        _span(ws, 13, c, c + 1, unit, header=True)
    ws.row_dimensions[11].height = 36
    r = 14
    for label, pairs in UGO_ROWS:
        _put(ws, r, 1, label, align="center")
        for i, (tgt, act) in enumerate(pairs):
            c = 2 + 2 * i
            fmt = "0.0" if i == 3 else None
            if tgt is None:
                cell = _put(ws, r, c, None)
                cell.border = DIAG
            else:
                _put(ws, r, c, tgt, fmt=fmt, align="right")
            _put(ws, r, c + 1, act, fmt=fmt, align="right")
        ws.row_dimensions[r].height = 18
        r += 1
    _put(ws, r, 1, "達成状況（R5）", header=True)
    for i, word in enumerate(UGO_STATUS):
        c = 2 + 2 * i
        _span(ws, r, c, c + 1, word, align="center")
    ws.row_dimensions[r].height = 18
    notes = [
        "※事業開始前（R2）の欄は、事業開始前の令和2年度の実績値です（目標値は設定していません）。",
        "※④は、羽後高校の入学者のうち町内中学校出身者の割合（各年度の入学時点）です。",
    ]
    for i, note in enumerate(notes):
        _text(ws, r + 2 + i, 1, note, size=8)
    _page(ws, "portrait", f"A1:I{r + 3}")
    path = SOURCE / "ugo_kofukin_kensho_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 喜多方市 (福島県): 喜多方市総合計画 成果指標の実績（令和５年度）
# Real: the 総合計画 (平成29年度～令和8年度), its 将来の都市像, the 中間見直し (令和3年度), 554.63km²,
# 約4万2千人 (令和6年8月), 180万人程度の観光客, 喜多方ラーメン, 朝ラー, 蔵. Made up: 課, the indicators and values.
# --------------------------------------------------------------------------------------------

KITAKATA_ROWS = [
    ("1", "観光客入込数", "千人", 1812, "H27", 1105, 1402, 1655, 1700, 1900, "観光交流課"),
    ("2", "宿泊者数", "〃", 198, "〃", 121, 150, 176, 170, 210, "〃"),
    ("3", "新規就農者数", "人", 12, "H27", 9, 14, 11, 15, 15, "農業振興課"),
    ("4", "空き店舗を活用した新規出店数", "件", 3, "R2", 4, 6, 5, 5, 5, "商工課"),
    ("5", "創業支援による創業件数", "〃", 14, "〃", 16, 19, 21, 20, 25, "〃"),
]


def kitakata() -> Path:
    wb, ws = _sheet("成果指標", [5, 28, 7, 9, 8, 9, 9, 9, 9, 9, 12])
    last = 11
    _text(ws, 1, 1, "喜多方市総合計画　成果指標の実績（令和５年度）", bold=True, size=12)
    _text(ws, 2, 11, "令和6年9月　企画政策課", align="right")
    _field(ws, 4, "計画の名称", "喜多方市総合計画（基本計画は令和3年度に中間見直し）", last)
    _field(ws, 5, "計画期間", "平成29年度～令和8年度（10年間）", last)
    _field(ws, 6, "将来の都市像", "力強い産業　人が輝く　活力満ちる安心・快適なまち", last)
    _field(
        ws,
        7,
        "市の概要",
        "本市は会津地方の北部に位置し、総面積554.63km²、人口約4万2千人（令和6年8月現在）である。蔵の街並みと喜多方ラーメン、朝にラーメンを食べる「朝ラー」の文化で知られ、"
        "例年180万人程度の観光客が訪れる。",
        last,
        height=36,
    )
    _text(ws, 9, 1, "２　成果指標の実績（産業・観光分野）", bold=True, size=10)
    heads = [(1, "No."), (2, "成果指標"), (3, "単位"), (4, "基準値"), (5, "基準年度")]
    for c, h in heads:
        _down(ws, 10, 11, c, h, header=True)
    _span(ws, 10, 6, 8, "実績値", header=True)
    for c, h in zip((6, 7, 8), ("R3", "R4", "R5")):
        _put(ws, 11, c, h, header=True)
    _span(ws, 10, 9, 10, "目標値", header=True)
    _put(ws, 11, 9, "R5", header=True)
    _put(ws, 11, 10, "R8（最終）", header=True)
    _down(ws, 10, 11, 11, "担当課", header=True)
    r = 12
    for no, name, unit, base, byear, a3, a4, a5, t5, t8, dept in KITAKATA_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _put(ws, r, 4, base)
        _put(ws, r, 5, byear, align="center")
        for c, v in zip((6, 7, 8, 9, 10), (a3, a4, a5, t5, t8)):
            _put(ws, r, c, v)
        _put(ws, r, 11, dept, align="center")
        ws.row_dimensions[r].height = 18
        r += 1
    notes = [
        "※No.４・No.５は、令和3年度の中間見直しで追加した指標のため、基準値は令和2年度の値です。",
        "※No.２の目標値は、中間見直しで上方修正しました（見直し前の最終目標 200千人）。",
    ]
    for i, note in enumerate(notes):
        _text(ws, r + 1 + i, 1, note, size=8)
    _page(ws, "landscape", f"A1:K{r + 2}")
    path = SOURCE / "kitakata_seika_shihyo_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 深川市 (北海道): 深川市過疎地域持続的発展市町村計画 成果指標の進捗状況（令和５年度）
# Real: the plan and its period (令和3年度～7年度), 529.42km², ソバ 全国第2位, 米 北海道第2位, 21,957人 (2015)
# and 18,819人 (2023), 昭和38年 / 昭和45年 mergers. Made up: the page frame, 課, the indicators and values.
# --------------------------------------------------------------------------------------------

FUKAGAWA_GROUPS = [
    (
        "2　産業の振興",
        [
            ("ソバの作付面積", "ha", "1,905", "1,940", "1,962", "1,988", "2,000", "↗"),
            ("新規就農者数", "人", "4", "6", "3", "5", "5", "↗"),
            (
                "観光入込客数",
                "千人",
                "1,210<br>（2019年度）",
                "842",
                "1,015",
                "1,124",
                "1,250",
                "↗",
            ),
        ],
    ),
    (
        "5　生活環境の整備",
        [("高齢者世帯等の除雪サービス利用世帯数", "世帯", "312", "325", "331", "338", "350", "↗")],
    ),
    (
        "6　子育て環境の確保、高齢者等の保健及び福祉の向上及び増進",
        [
            (
                "子育て支援センターの利用者数（延べ）",
                "人",
                "6,240",
                "5,980",
                "―",
                "6,310",
                "7,000",
                "→",
            )
        ],
    ),
]


def fukagawa_html() -> str:
    rows = []
    for group, items in FUKAGAWA_GROUPS:
        for i, (name, unit, base, a1, a2, a3, tgt, arrow) in enumerate(items):
            cells = []
            if i == 0:
                cells.append(f'<th scope="rowgroup" rowspan="{len(items)}">{group}</th>')
            cells.append(f"<td>{name}</td>")
            cells.append(f'<td class="c">{unit}</td>')
            for v in (base, a1, a2, a3, tgt):
                cells.append(f'<td class="r">{v}</td>')
            cells.append(f'<td class="c">{arrow}</td>')
            rows.append("      <tr>" + "".join(cells) + "</tr>")
    body = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>深川市過疎地域持続的発展市町村計画 成果指標の進捗状況（令和５年度） - 深川市</title>
<style>
table {{ border-collapse: collapse; }}
th, td {{ border: 1px solid #666; padding: 4px 6px; }}
thead th {{ background: #e8eef6; }}
td.r {{ text-align: right; }}
td.c {{ text-align: center; }}
</style>
</head>
<body>
<nav aria-label="パンくずリスト">
  <ol class="breadcrumb">
    <li><a href="/">トップページ</a></li>
    <li><a href="/cms/section/machimi/">市政情報</a></li>
    <li><a href="/cms/section/machimi/keikaku.html">計画・施策</a></li>
    <li>深川市過疎地域持続的発展市町村計画 成果指標の進捗状況（令和５年度）</li>
  </ol>
</nav>
<main>
<h1>深川市過疎地域持続的発展市町村計画 成果指標の進捗状況（令和５年度）</h1>
<p class="date">最終更新日：2024年11月20日　担当：企画課 企画係</p>
<p>深川市は北海道のほぼ中央に位置し、面積529.42平方キロメートル、ソバの生産量が全国第2位、お米が北海道第2位の田園都市です。昭和38年に4カ町村が合併して深川市が誕生し、昭和45年に多度志町と合併しました。</p>
<p>人口は総合戦略策定時（2015年）の21,957人から2023年には18,819人となり、8年間で約3,000人減少しています。市では令和3年度から令和7年度までの5年間を期間とする「深川市過疎地域持続的発展市町村計画」を策定し、区分ごとに成果指標を定めて進捗を管理しています。</p>
<h2>成果指標の進捗状況</h2>
<table>
  <thead>
    <tr><th rowspan="2" scope="col">区分</th><th rowspan="2" scope="col">成果指標</th><th rowspan="2" scope="col">単位</th><th rowspan="2" scope="col">基準値<br>（2020年度）</th><th colspan="3" scope="colgroup">実績値</th><th rowspan="2" scope="col">目標値<br>（2025年度）</th><th rowspan="2" scope="col">進捗</th></tr>
    <tr><th scope="col">2021年度</th><th scope="col">2022年度</th><th scope="col">2023年度</th></tr>
  </thead>
  <tbody>
{body}
  </tbody>
</table>
<ul class="notes">
  <li>※観光入込客数の基準値は、新型コロナウイルス感染症の影響を受ける前の2019年度の値としています。</li>
  <li>※子育て支援センターは、2022年度は施設改修のため休止しました。</li>
  <li>進捗：↗ 前年度より改善、→ 横ばい、↘ 前年度より悪化（2023年度の値と前年度以前の直近の値との比較）</li>
</ul>
<p>このページに関するお問い合わせ：企画課 企画係</p>
</main>
</body>
</html>
"""


def fukagawa() -> Path:
    path = HERE / "fukagawa_kaso_shihyo_r5.html"
    path.write_bytes(fukagawa_html().encode("utf-8"))
    return path


def main() -> None:
    no_pdf = "--no-pdf" in sys.argv[1:]
    SOURCE.mkdir(exist_ok=True)
    for build in (noheji, ugo, kitakata):
        xlsx = build()
        print(f"wrote source/{xlsx.name}")
        if not no_pdf:
            to_pdf(xlsx)
    print(f"wrote {fukagawa().name}")


if __name__ == "__main__":
    main()
