"""Build the built documents of forms12/ (hand-written HTML, openpyxl, LibreOffice).

Run from anywhere: ``/work/venv/bin/python build.py``. It writes

* ``source/shikama_jimujigyo_r1.xlsx``, a sheet in the manner of 色麻町 (宮城県)
  「令和元年度 事務事業評価シート」 (活動指標 and 成果指標 side by side in one grid, the
  years crossing the era change H30 → R1), and from it ``shikama_jimujigyo_r1.pdf``;
* ``source/akitakata_shisaku_hyoka_h23.xlsx``, a sheet in the manner of 安芸高田市 (広島県)
  「安芸高田市施策評価シート（平成23年度施策）」 (one 施策指標 grid whose list words stand
  only in brackets after the years, the same year once bare and once as 目標, a 達成度 mark per
  indicator), and from it ``akitakata_shisaku_hyoka_h23.pdf``;
* ``source/minamikyushu_senkogata_kensho_h27.xlsx``, a sheet in the manner of 南九州市
  (鹿児島県) 「H27地域活性化・地域住民生活等緊急支援交付金（地方創生先行型）の効果検証結果」
  (a row of circled column numbers, five fixed 指標 slots per 事業, the answer choices printed in
  the cells), and from it ``minamikyushu_senkogata_kensho_h27.pdf``;
* ``ikata_senryaku_kensho_h28.html``, a page in the manner of 伊方町 (愛媛県)
  「伊方町まち・ひと・しごと創生総合戦略」 (one small key-value table per KPI: label, value,
  year).

The PDF steps are skipped, with a message, when ``soffice`` is not installed.
These are re-typed forms of other municipalities, not their own files (README.md, SOURCES.tsv).

The XLSX and HTML files are byte-stable: fixed document dates, and the zip members are
rewritten with a fixed timestamp. The PDFs carry LibreOffice's creation date, so they differ
by that only.
"""

# The data below are the forms' Japanese cells; splitting them would hurt reading.
# ruff: noqa: E501

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
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
FONT = "IPAGothic"
FIXED = dt.datetime(2026, 12, 4, 0, 0, 0)


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms12/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms12/build.py"
    ws = wb.active
    ws.title = title
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    return wb, ws


def _put(ws, row, col, value, header=False, fmt=None, align=None, size=9, bold=False):
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
    return cell


def _merge(ws, r1: int, c1: int, r2: int, c2: int) -> None:
    """Merge a range; every cell of it keeps its border."""
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            ws.cell(row=r, column=c).border = BORDER
    ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)


def _text(ws, row, col, value, bold=False, size=9, align=None):
    """A borderless text cell (titles, headings, notes)."""
    cell = ws.cell(row=row, column=col, value=value)
    cell.font = Font(name=FONT, size=size, bold=bold)
    cell.alignment = Alignment(horizontal=align or "left", vertical="center")
    return cell


def _page(ws, orientation: str, header: str = "", footer: str = "") -> None:
    ws.page_setup.orientation = orientation
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    ws.page_margins.header = ws.page_margins.footer = 0.25
    if header:
        ws.oddHeader.left.text = header
        ws.oddHeader.left.font = FONT
        ws.oddHeader.left.size = 9
    if footer:
        ws.oddFooter.center.text = footer
        ws.oddFooter.center.font = FONT
        ws.oddFooter.center.size = 9


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
    with tempfile.TemporaryDirectory(prefix="forms12_soffice_") as tmp:
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
# 色麻町 (宮城県加美郡): 令和元年度 事務事業評価シート — 活動指標と成果指標を横に並べた表
# --------------------------------------------------------------------------------------------

# (name, unit, H30実績, R1目標, R1実績) for each half of the grid, row by row.
SHIKAMA_ACTIVITY = [
    ("健康教室の開催回数", "回", 24, 24, 22),
    ("健康相談の実施回数", "回", 48, 48, 50),
    ("健康教育参加者数", "人", "延べ612", 650, "延べ587"),
]
SHIKAMA_OUTCOME = [
    ("特定保健指導の実施率", "％", 42.5, 50.0, 46.1),
    ("健康づくりに取り組んでいる町民の割合", "％", 61.2, 65.0, "―"),
    ("健康相談後に生活改善に取り組んだ人の割合", "％", 70.3, 75.0, 78.4),
]


def shikama() -> Path:
    wb, ws = _sheet("事務事業評価シート", [20, 5, 8, 8, 8, 20, 5, 8, 8, 8])
    _text(ws, 1, 1, "令和元年度　事務事業評価シート", bold=True, size=13)
    _text(ws, 1, 10, "色麻町", bold=True, size=11, align="right")
    kv = [
        (
            3,
            [
                (1, 1, "分野", True),
                (2, 10, "1.健やかに生きるチカラ（保健・医療・福祉分野）", False),
            ],
        ),
        (
            4,
            [
                (1, 1, "施策", True),
                (2, 5, "【1-2-1】保健活動の充実", False),
                (6, 6, "事業No.", True),
                (7, 10, "1-2-1-03", False),
            ],
        ),
        (
            5,
            [
                (1, 1, "事務事業名", True),
                (2, 5, "健康教育・健康相談事業", False),
                (6, 6, "担当課", True),
                (7, 10, "保健福祉課", False),
            ],
        ),
        (
            6,
            [
                (1, 1, "事業期間", True),
                (2, 5, "平成18年度～（継続）", False),
                (6, 6, "会計区分", True),
                (7, 10, "一般会計", False),
            ],
        ),
        (
            7,
            [
                (1, 1, "事業の目的", True),
                (
                    2,
                    10,
                    "町民が生活習慣病を予防し、健康づくりに主体的に取り組めるよう、健康教室及び健康相談を実施する。",
                    False,
                ),
            ],
        ),
    ]
    for row, cells in kv:
        for c1, c2, value, hdr in cells:
            _put(ws, row, c1, value, header=hdr, align="center" if hdr else "left")
            if c2 > c1:
                _merge(ws, row, c1, row, c2)
        ws.row_dimensions[row].height = 20
    ws.row_dimensions[7].height = 30
    _text(ws, 9, 1, "１　事業の指標", bold=True, size=10)
    _put(ws, 10, 1, "活動指標（事業量）", header=True)
    _merge(ws, 10, 1, 10, 5)
    _put(ws, 10, 6, "成果指標（事業の効果）", header=True)
    _merge(ws, 10, 6, 10, 10)
    for base in (0, 5):
        for i, word in enumerate(["指標名", "単位", "H30実績", "R1目標", "R1実績"]):
            _put(ws, 11, base + 1 + i, word, header=True)
    r = 12
    for left, right in zip(SHIKAMA_ACTIVITY, SHIKAMA_OUTCOME, strict=True):
        for base, row in ((0, left), (5, right)):
            name, unit, *values = row
            _put(ws, r, base + 1, name)
            _put(ws, r, base + 2, unit, align="center")
            for i, v in enumerate(values):
                fmt = "0.0" if isinstance(v, float) else None
                _put(ws, r, base + 3 + i, v, fmt=fmt, align="right" if isinstance(v, str) else None)
        ws.row_dimensions[r].height = 30
        r += 1
    _text(
        ws,
        r,
        1,
        "※成果指標「健康づくりに取り組んでいる町民の割合」は町民アンケート（隔年実施）による。令和元年度は調査なし。",
        size=8,
    )
    r += 2
    _text(ws, r, 1, "２　事業費の推移（単位：千円）", bold=True, size=10)
    r += 1
    for c1, c2, word in [
        (1, 2, "区分"),
        (3, 4, "H29決算"),
        (5, 6, "H30決算"),
        (7, 8, "R1決算"),
        (9, 10, "備考"),
    ]:
        _put(ws, r, c1, word, header=True)
        _merge(ws, r, c1, r, c2)
    for label, values in [
        ("事業費", (1842, 1905, 1768)),
        ("人件費", (6120, 6240, 6180)),
        ("総事業費", (7962, 8145, 7948)),
    ]:
        r += 1
        _put(ws, r, 1, label)
        _merge(ws, r, 1, r, 2)
        for i, v in enumerate(values):
            _put(ws, r, 3 + 2 * i, v)
            _merge(ws, r, 3 + 2 * i, r, 4 + 2 * i)
        _put(ws, r, 9, "")
        _merge(ws, r, 9, r, 10)
    r += 2
    _text(ws, r, 1, "３　評価", bold=True, size=10)
    r += 1
    _put(ws, r, 1, "一次評価", header=True)
    _put(ws, r, 2, "B　概ね順調に成果が上がっている")
    _merge(ws, r, 2, r, 5)
    _put(ws, r, 6, "今後の方向性", header=True)
    _put(ws, r, 7, "現状維持")
    _merge(ws, r, 7, r, 10)
    r += 1
    _put(ws, r, 1, "評価の理由", header=True)
    _put(
        ws,
        r,
        2,
        "健康相談は目標を上回ったが、健康教室は講師の都合により2回中止となった。特定保健指導の実施率は前年度から3.6ポイント向上した。",
    )
    _merge(ws, r, 2, r, 10)
    ws.row_dimensions[r].height = 30
    _page(ws, "portrait")
    out = SOURCE / "shikama_jimujigyo_r1.xlsx"
    _save(wb, out)
    return out


# --------------------------------------------------------------------------------------------
# 安芸高田市 (広島県): 安芸高田市施策評価シート（平成23年度施策）— 2.施策指標の検討・設定
# --------------------------------------------------------------------------------------------

# (No., 施策指標名, 単位, めざす方向, H21（基準）, H22, H23, H23（目標）, H26（目標）, 達成度, 指標の説明)
AKITAKATA_ROWS = [
    (
        1,
        "消防団員の充足率",
        "％",
        "↑",
        92.4,
        91.8,
        90.6,
        95.0,
        100.0,
        "×",
        "消防団員数÷条例定数（1,120人）",
    ),
    (
        2,
        "自主防災組織の組織率",
        "％",
        "↑",
        38.5,
        45.2,
        52.7,
        50.0,
        80.0,
        "○",
        "自主防災組織のある行政区数÷全行政区数（307区）",
    ),
    (3, "火災発生件数", "件", "↓", 28, 31, 24, "―", "20以下", "―", "消防本部調べ"),
    (
        4,
        "防災訓練への参加者数",
        "人",
        "↑",
        2150,
        2480,
        3012,
        3000,
        4000,
        "○",
        "市及び自主防災組織が実施する訓練の参加者の合計",
    ),
    (
        5,
        "救命講習の受講者数",
        "人",
        "↑",
        412,
        455,
        "調査中",
        500,
        800,
        "―",
        "普通救命講習・上級救命講習の受講者数",
    ),
]


def akitakata() -> Path:
    widths = [5, 24, 6, 7, 10, 9, 9, 10, 10, 7, 34]
    wb, ws = _sheet("施策評価シート", widths)
    _text(ws, 1, 1, "安芸高田市施策評価シート（平成23年度施策）", bold=True, size=13)
    _text(ws, 1, 11, "作成日　平成24年6月29日", align="right")
    kv = [
        (
            3,
            [
                (1, 2, "基本方針", True),
                (3, 6, "Ⅰ快適で賑わいのあるまちづくり", False),
                (7, 7, "施策", True),
                (8, 8, "1-5", False),
                (9, 11, "消防・防災体制の充実", False),
            ],
        ),
        (
            4,
            [
                (1, 2, "所属", True),
                (3, 6, "総務部　危機管理室", False),
                (7, 7, "施策責任者", True),
                (8, 11, "危機管理室長", False),
            ],
        ),
    ]
    for row, cells in kv:
        for c1, c2, value, hdr in cells:
            _put(ws, row, c1, value, header=hdr, align="center" if hdr or c1 == 8 else "left")
            if c2 > c1:
                _merge(ws, row, c1, row, c2)
        ws.row_dimensions[row].height = 20
    _text(ws, 6, 1, "1.施策の現状分析及び意図", bold=True, size=10)
    _put(
        ws,
        7,
        1,
        "市内の消防団員数は条例定数1,120人に対し1,015人（平成23年4月1日現在）で、団員の高齢化と減少が続いている。自主防災組織は307行政区のうち162区で結成されており、未結成地区への働きかけを進め、地域の防災力を高める。",
    )
    _merge(ws, 7, 1, 7, 11)
    ws.row_dimensions[7].height = 32
    _text(ws, 9, 1, "2.施策指標の検討・設定", bold=True, size=10)
    header = [
        "No.",
        "施策指標名",
        "単位",
        "めざす方向",
        "H21（基準）",
        "H22",
        "H23",
        "H23（目標）",
        "H26（目標）",
        "達成度",
        "指標の説明",
    ]
    for c, word in enumerate(header, start=1):
        _put(ws, 10, c, word, header=True)
    ws.row_dimensions[10].height = 24
    r = 11
    for row in AKITAKATA_ROWS:
        for c, v in enumerate(row, start=1):
            if c in (1, 3, 4, 10):
                _put(ws, r, c, v, align="center", size=11 if c == 10 else 9)
            elif c in (5, 6, 7, 8, 9):
                fmt = "0.0" if isinstance(v, float) else None
                _put(ws, r, c, v, fmt=fmt, align="right" if isinstance(v, str) else None)
            else:
                _put(ws, r, c, v)
        ws.row_dimensions[r].height = 22
        r += 1
    _text(
        ws,
        r,
        1,
        "達成度：○目標達成　×目標未達成　―評価不能　／　めざす方向：↑数値が大きいほど良い　↓数値が小さいほど良い",
        size=8,
    )
    _text(ws, r + 1, 1, "※No.5のH23実績は消防本部にて調査中（平成24年7月確定予定）。", size=8)
    r += 3
    _text(ws, r, 1, "3.施策構成事務事業の評価", bold=True, size=10)
    r += 1
    for c1, c2, word in [
        (1, 2, "事務事業CD"),
        (3, 5, "事務事業名"),
        (6, 7, "所属"),
        (8, 9, "H23決算額（千円）"),
        (10, 10, "評価"),
        (11, 11, "今後の方向"),
    ]:
        _put(ws, r, c1, word, header=True)
        if c2 > c1:
            _merge(ws, r, c1, r, c2)
    for cd, name, unit, cost, grade, way in [
        ("110501", "消防団活動事業", "危機管理室", 48215, "B", "継続"),
        ("110502", "防災行政無線整備事業", "危機管理室", 126400, "A", "拡充"),
        ("110503", "自主防災組織育成事業", "危機管理室", 1850, "B", "継続"),
    ]:
        r += 1
        _put(ws, r, 1, cd, align="center")
        _merge(ws, r, 1, r, 2)
        _put(ws, r, 3, name)
        _merge(ws, r, 3, r, 5)
        _put(ws, r, 6, unit)
        _merge(ws, r, 6, r, 7)
        _put(ws, r, 8, cost)
        _merge(ws, r, 8, r, 9)
        _put(ws, r, 10, grade, align="center")
        _put(ws, r, 11, way, align="center")
    r += 2
    _text(
        ws, r, 1, "4.3以外で目的達成に必要な新規事業及び連携させる他機関の事業", bold=True, size=10
    )
    r += 1
    _put(
        ws,
        r,
        1,
        "安芸高田市消防本部と連携し、救命講習の出前講座を各地域振興会単位で実施する（年12回）。",
    )
    _merge(ws, r, 1, r, 11)
    r += 2
    _text(ws, r, 1, "5.施策の現状分析に基づく改革案の説明", bold=True, size=10)
    r += 1
    _put(
        ws,
        r,
        1,
        "消防団員の確保に向け、機能別団員制度の導入を検討する。自主防災組織の結成促進は目標を上回っており、今後は組織の活動支援に重点を移す。",
    )
    _merge(ws, r, 1, r, 11)
    ws.row_dimensions[r].height = 30
    _page(ws, "landscape")
    out = SOURCE / "akitakata_shisaku_hyoka_h23.xlsx"
    _save(wb, out)
    return out


# --------------------------------------------------------------------------------------------
# 南九州市 (鹿児島県): H27 地方創生先行型の効果検証結果 — 事業ごとに指標①～⑤の枠
# --------------------------------------------------------------------------------------------

CHOICES_EFFECT = "（選択肢）\n1.地方創生に非常に効果的であった\n2.地方創生に相当程度効果があった\n3.地方創生に効果があった\n4.地方創生に効果がなかった"
CHOICES_PLAN = "（選択肢）\n1.追加等更に発展させる\n2.事業内容の見直し（改善）\n3.事業の継続\n4.事業の中止\n5.予定通り事業終了"

# (No, 名称, 実績額, 概要, [(指標, 指標値, 単位, 実績値)] up to five, 事業効果, 今後の方針, 理由)
MINAMIKYUSHU_ROWS = [
    (
        1,
        "南九州市総合戦略策定事業",
        6161000,
        "国の長期ビジョンと総合戦略を勘案するとともに県と連携し，人口ビジョンの策定や今後5ヶ年の目標や具体的な施策等をまとめた「地方版総合戦略」を策定する。",
        [],
        CHOICES_EFFECT,
        CHOICES_PLAN,
        "",
    ),
    (
        2,
        "6次産業化等による持続可能な地域活性化事業",
        19465000,
        "収穫用機械の整備による労力の省力化と地元で採れた農産物の加工・販売に取り組むとともに，独居高齢者等への弁当宅配サービス（見守り活動含む）や憩いの場づくりを，集落営農組織が中心となって行う。",
        [
            ("農産加工品の販売額", 3000, "千円", 3420),
            ("弁当宅配サービスの利用者数", 40, "人", 36),
            ("集落営農組織における新規雇用者数", 2, "人", 2),
        ],
        "3.地方創生に効果があった",
        "3.事業の継続",
        "加工品の販路は広がったが，弁当宅配の利用者が目標に届かなかったため，周知を強化して継続する。",
    ),
    (
        3,
        "知覧茶ブランド発信事業",
        12380000,
        "首都圏での商談会への出展並びに特設ウェブサイト及びプロモーション動画により，知覧茶の認知度向上と販路拡大を図る。",
        [
            ("首都圏商談会での成約件数", 5, "件", 7),
            ("特設ウェブサイトのアクセス数", "2万", "件", 23510),
            ("プロモーション動画の再生回数", 10000, "回", "―"),
        ],
        "2.地方創生に相当程度効果があった",
        "1.追加等更に発展させる",
        "成約件数が目標を上回ったため，海外向けの商談にも広げる。動画の再生回数は集計方法を見直している。",
    ),
]


def minamikyushu() -> Path:
    widths = [4, 15, 11, 30, 7, 24, 8, 5, 10, 18, 14, 24]
    wb, ws = _sheet("効果検証結果", widths)
    _text(
        ws,
        1,
        1,
        "H27地域活性化・地域住民生活等緊急支援交付金（地方創生先行型）の効果検証結果",
        bold=True,
        size=12,
    )
    _text(ws, 1, 12, "南九州市", bold=True, size=11, align="right")
    h0, h1, h2 = 3, 4, 5
    # the row of circled column numbers
    _put(ws, h0, 1, "No", header=True)
    _merge(ws, h0, 1, h2, 1)
    for c1, c2, mark in [
        (2, 2, "①"),
        (3, 3, "②"),
        (4, 4, "③"),
        (5, 8, "④"),
        (9, 9, "⑤"),
        (10, 12, "⑥"),
    ]:
        _put(ws, h0, c1, mark, header=True)
        if c2 > c1:
            _merge(ws, h0, c1, h0, c2)
    _put(ws, h1, 2, "交付対象事業の名称", header=True)
    _merge(ws, h1, 2, h2, 2)
    _put(ws, h1, 3, "実績額\n（交付金充当額）", header=True)
    _put(ws, h2, 3, "単位：円", header=True)
    _put(ws, h1, 4, "事業概要", header=True)
    _merge(ws, h1, 4, h2, 4)
    _put(ws, h1, 5, "計画時の成果目標値（KPI）", header=True)
    _merge(ws, h1, 5, h1, 8)
    _put(ws, h2, 5, "指標", header=True)
    _merge(ws, h2, 5, h2, 6)
    _put(ws, h2, 7, "指標値", header=True)
    _put(ws, h2, 8, "単位", header=True)
    _put(ws, h1, 9, "事業終了後における実績値", header=True)
    _put(ws, h2, 9, "実績値", header=True)
    _put(ws, h1, 10, "実績値を踏まえた事業の今後について", header=True)
    _merge(ws, h1, 10, h1, 12)
    for c, word in [(10, "事業効果"), (11, "今後の方針"), (12, "今後の方針の理由")]:
        _put(ws, h2, c, word, header=True)
    ws.row_dimensions[h1].height = 26
    r = h2 + 1
    for no, name, money, body, kpis, effect, plan, reason in MINAMIKYUSHU_ROWS:
        top = r
        for slot in range(5):
            _put(ws, r, 5, f"指標{'①②③④⑤'[slot]}", align="center", size=9)
            if slot < len(kpis):
                kname, kval, kunit, kact = kpis[slot]
                _put(ws, r, 6, kname, size=9)
                _put(ws, r, 7, kval, align="right" if isinstance(kval, str) else None, size=9)
                _put(ws, r, 8, kunit, align="center", size=9)
                _put(ws, r, 9, kact, align="right" if isinstance(kact, str) else None, size=9)
            else:
                for c in (6, 7, 8, 9):
                    _put(ws, r, c, "")
            ws.row_dimensions[r].height = 22
            r += 1
        bottom = r - 1
        for c, value, kw in [
            (1, no, {"align": "center"}),
            (2, name, {}),
            (3, money, {}),
            (4, body, {"size": 8}),
            (10, effect, {"size": 8}),
            (11, plan, {"size": 8}),
            (12, reason, {"size": 8}),
        ]:
            _put(ws, top, c, value, **kw)
            ws.cell(row=top, column=c).alignment = Alignment(
                horizontal=kw.get("align", "right" if c == 3 else "left"),
                vertical="top",
                wrap_text=True,
            )
            _merge(ws, top, c, bottom, c)
    _text(
        ws,
        r,
        1,
        "※事業効果及び今後の方針は、（選択肢）から該当するものを番号と文言で記載。",
        size=9,
    )
    _page(ws, "landscape")
    out = SOURCE / "minamikyushu_senkogata_kensho_h27.xlsx"
    _save(wb, out)
    return out


# --------------------------------------------------------------------------------------------
# 伊方町 (愛媛県西宇和郡): 総合戦略 KPI の検証 — KPI ごとの小さな表（項目・値・年度）
# --------------------------------------------------------------------------------------------


def _kpi_table(label: str, name: str, rows: list[tuple[str, str, str]], dept: str) -> str:
    lines = [
        '<table class="kpi">',
        f'<tr><th scope="row">{label}</th><td colspan="2">{name}</td></tr>',
    ]
    for word, value, year in rows:
        lines.append(
            f'<tr><th scope="row">{word}</th><td class="num">{value}</td><td>{year}</td></tr>'
        )
    lines.append(f'<tr><th scope="row">担当課</th><td colspan="2">{dept}</td></tr>')
    lines.append("</table>")
    return "\n".join(lines)


IKATA_KPIS = {
    "2-1　農業、漁業のブランド化の確立": [
        (
            "KPI①",
            "柑橘の出荷量",
            [
                ("基準値", "8,450t", "平成26年度"),
                ("目標値", "9,000t", "平成31年度"),
                ("実績値", "8,120t", "平成27年度"),
                ("実績値", "8,610t", "平成28年度"),
            ],
            "農林水産課",
        ),
        (
            "KPI②",
            "しらす・ちりめんの水揚げ額",
            [
                ("基準値", "約3.2億円", "平成26年度"),
                ("目標値", "3.5億円", "平成31年度"),
                ("実績値", "2億9,800万円", "平成27年度"),
                ("実績値", "3億1,200万円", "平成28年度"),
            ],
            "農林水産課",
        ),
        (
            "KPI③",
            "新規就農・就漁者数",
            [
                ("基準値", "0人", "平成26年度"),
                ("目標値", "累計10人", "平成31年度"),
                ("実績値", "2人", "平成27年度"),
                ("実績値", "累計5人", "平成28年度"),
            ],
            "農林水産課",
        ),
    ],
    "2-2　町内産業の活性化と多様な就業機会の拡充": [
        (
            "KPI①",
            "町内での新規創業件数",
            [
                ("基準値", "―", "平成26年度"),
                ("目標値", "5件", "平成31年度"),
                ("実績値", "1件", "平成27年度"),
                ("実績値", "0件", "平成28年度"),
            ],
            "産業振興課",
        ),
        (
            "KPI②",
            "企業誘致等による新規雇用者数",
            [
                ("基準値", "0人", "平成26年度"),
                ("目標値", "30人", "平成31年度"),
                ("実績値", "4人", "平成27年度"),
                ("実績値", "9人", "平成28年度"),
            ],
            "総務課",
        ),
        (
            "KPI③",
            "町内事業所の従業者数",
            [
                ("基準値", "1,812人", "平成26年度"),
                ("目標値", "1,850人", "平成31年度"),
                ("実績値", "1,796人", "平成27年度"),
                ("実績値", "1,805人（見込）", "平成28年度"),
            ],
            "産業振興課",
        ),
    ],
}


def ikata_html() -> str:
    parts = [
        "<!DOCTYPE html>",
        '<html lang="ja">',
        "<head>",
        '<meta charset="utf-8">',
        "<title>伊方町まち・ひと・しごと創生総合戦略 重要業績評価指標（KPI）の検証（平成28年度実績）</title>",
        "<style>",
        "body { font-family: 'IPAGothic', sans-serif; font-size: 14px; }",
        "table.kpi { border-collapse: collapse; margin: 0 0 12px 0; min-width: 520px; }",
        "table.kpi th, table.kpi td { border: 1px solid #333; padding: 3px 8px; }",
        "table.kpi th { background: #e6e6e6; text-align: left; width: 7em; }",
        "td.num { text-align: right; width: 10em; }",
        "</style>",
        "</head>",
        "<body>",
        "<h1>伊方町まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の検証（平成28年度実績）</h1>",
        "<p>平成29年8月　伊方町総務課</p>",
        "<p>※各KPIの基準値及び目標値は「伊方町まち・ひと・しごと創生総合戦略」（平成28年3月）に掲げたもの。実績値は各担当課の集計による。</p>",
        "<h2>基本目標２　若い世代が魅力を感じる「しごと」を増やす</h2>",
    ]
    for heading, kpis in IKATA_KPIS.items():
        parts.append(f"<h3>{heading}</h3>")
        for label, name, rows, dept in kpis:
            parts.append(_kpi_table(label, name, rows, dept))
    parts += [
        "<p>※「（見込）」は平成29年3月末時点の見込値。「―」は統計がないもの。</p>",
        "<p>※基本目標１、３及び４は別ページに掲載。</p>",
        "</body>",
        "</html>",
        "",
    ]
    return "\n".join(parts)


def ikata() -> Path:
    out = HERE / "ikata_senryaku_kensho_h28.html"
    out.write_text(ikata_html(), encoding="utf-8", newline="\n")
    return out


def main() -> None:
    for make in (shikama, akitakata, minamikyushu):
        src = make()
        print(f"wrote source/{src.name}")
        to_pdf(src)
    print(f"wrote {ikata().name}")


if __name__ == "__main__":
    main()
