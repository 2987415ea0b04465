"""Build the built documents of forms108/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/uchinada_kpi_jisseki_h30.xlsx``, 数値目標・KPIの実績 in the manner of 内灘町 (石川県): group
  cells 成果指標 / 主なKPI merged down, a ``+30（各年）`` target, a ``15.1%より抑制`` target, a name
  ending in a non-unit bracket ``（1～12月）``, a ``―`` actual, money in a note; and the PDF;
* ``source/kisarazu_shisaku_hyoka_2020.xlsx``, a 施策評価シート in the manner of 木更津市 (千葉県):
  form fields with money, **one target cell merged over two indicators**, a ``千円`` unit with 抑制 in
  the name, a ``―`` baseline, a grade and prose; and the PDF;
* ``source/fujiyoshida_seika_shihyo_r4.xlsx``, 成果指標の達成状況 in the manner of 富士吉田市 (山梨県):
  a 単位 column of base units (``人``, ``千円``) while the target cells carry their own scale words
  (``500万人``, ``30億円``), a ``―（未実施）`` actual; and the PDF;
* ``sado_jikokensho_h20.html``, 自己検証（目標と成果） in the manner of 佐渡市 (新潟県): per 取組 a
  成果指標 and a 活動指標, each a small table whose **corner cell ``平成（年度）`` dates bare years
  ``18 | 19 | 20``**, rows 目標 / 実績 / 目標と実績の比較, units inside every cell, 自己評価 grades.

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
    wb.properties.creator = "forms108/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms108/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms108_soffice_") as tmp:
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
    ws.row_dimensions[h].height = 22
    ws.row_dimensions[h + 1].height = 22


def _num(ws, r, c, v) -> None:
    if isinstance(v, str):
        _put(ws, r, c, v, align="center" if v in ("―", "集計中") else "right")
    else:
        _put(ws, r, c, v, fmt="#,##0.0" if isinstance(v, float) else None)


# --------------------------------------------------------------------------------------------
# 内灘町 (石川県河北郡): 元気うちなだ創生戦略 数値目標・KPIの実績（平成30年度）
# --------------------------------------------------------------------------------------------

# Real (内灘町まち・ひと・しごと創生総合戦略, 2015–2019年度, its 概要): 基本方針①, the names and the
# 2019年度 levels 年間出生数 222人, 社会増減 +30人（各年）, 子育て支援センター登録者数 14,000人,
# 町内年間宿泊客数（1～12月） 13,000人, 要介護認定率 15.1%より抑制, 観光ボランティアガイド活動回数 20回.
# Made up: the sheet, date and 課, baselines, every actual, the notes and money.
UCHINADA = [
    (
        "成果指標",
        [
            ("年間出生数", "人", 236, 201, 194, 222),
            ("社会増減（転入者数－転出者数）", "人", "△52", "18", "△7", "+30（各年）"),
        ],
    ),
    (
        "主なKPI",
        [
            ("子育て支援センター登録者数", "人", 12106, 13210, 13655, 14000),
            ("町内年間宿泊客数（1～12月）", "人", 9870, 11240, 12105, 13000),
            ("要介護認定率", "％", 15.1, 15.4, 15.6, "15.1%より抑制"),
            ("観光ボランティアガイド活動回数", "回", 12, 17, "―", 20),
        ],
    ),
]


def uchinada() -> Path:
    widths = [9, 36, 6, 12, 11, 11, 14]
    wb, ws = _sheet("数値目標・KPI", widths)
    _text(
        ws,
        1,
        1,
        "内灘町まち・ひと・しごと創生総合戦略「元気うちなだ創生戦略」　数値目標・KPIの実績（平成30年度）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 7, "令和元年8月　内灘町企画課", align="right", size=9)
    _text(
        ws,
        3,
        1,
        "基本目標の成果指標と主な重要業績評価指標（KPI）について、2018年度までの実績をまとめました。",
        size=9,
    )
    _text(
        ws,
        5,
        1,
        "基本方針①　子育て環境の充実による定住促進及び合計特殊出生率の向上を図ります",
        bold=True,
        size=11,
    )
    h = 6
    for c, word in enumerate(
        [
            "区分",
            "指標",
            "単位",
            "基準値\n（2014年度）",
            "2017年度\n実績",
            "2018年度\n実績",
            "目標値\n（2019年度）",
        ],
        start=1,
    ):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 30
    r = h + 1
    for group, rows in UCHINADA:
        top = r
        for name, unit, *cells in rows:
            _put(ws, r, 1, group if r == top else None, header=True)
            _put(ws, r, 2, name)
            _put(ws, r, 3, unit, align="center")
            for j, v in enumerate(cells):
                _num(ws, r, 4 + j, v)
                if isinstance(v, float):
                    ws.cell(row=r, column=4 + j).number_format = "0.0"
            ws.row_dimensions[r].height = 22
            r += 1
        _merge(ws, top, 1, r - 1, 1)
    _notes(
        ws,
        r + 1,
        [
            "※社会増減の目標値は、各年度の転入超過数です（2015年度から毎年度+30人）。",
            "※町内年間宿泊客数は暦年（1～12月）の値です。",
            "※観光ボランティアガイド活動回数（2018年度）は、ガイド団体の再編により集計していません。",
            "※基本方針①に係る2018年度の関連事業費（決算）は86,420千円です。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "uchinada_kpi_jisseki_h30.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 木更津市 (千葉県): 第2次基本計画 施策評価シート（2020年度実績）
# --------------------------------------------------------------------------------------------

# Real (木更津市's page on the 第2次基本計画): the plan, its period 2019年度～2022年度 (4か年), the
# オーガニックなまちづくり. Made up: the sheet's layout, the 基本政策 and 施策 names and numbers, 主管課,
# money, every indicator and figure, the grade, the notes and the prose.
KISARAZU_FIELDS = [
    ("基本政策", "3　誰もが健やかに安心して暮らせるまち"),
    ("施策", "3-2　健康づくりの推進"),
    ("主管課", "健康推進課"),
    ("施策の事業費（千円）", "2020年度決算　412,360"),
]
KISARAZU = [
    ("特定健康診査受診率", "％", 36.8, 45.0, 33.1, 60.0),
    ("胃がん検診受診率", "％", 9.8, 15.0, 7.2, 20.0),
    ("大腸がん検診受診率", "％", 14.6, None, 12.9, None),
    ("健康ポイント事業の参加者数", "人", "―", 2000, 2318, 3000),
    ("国民健康保険の1人当たり医療費の抑制", "千円", 368, 380, 372, 390),
]


def kisarazu() -> Path:
    widths = [36, 7, 12, 11, 11, 12]
    wb, ws = _sheet("施策評価シート", widths)
    _text(ws, 1, 1, "木更津市第2次基本計画　施策評価シート（2020年度実績）", bold=True, size=12)
    _text(ws, 2, 6, "木更津市", align="right", size=9)
    r = 4
    for key, value in KISARAZU_FIELDS:
        _put(ws, r, 1, key, header=True)
        _span(ws, r, 2, 6, value)
        ws.row_dimensions[r].height = 20
        r += 1
    r += 1
    _text(ws, r, 1, "１　施策の成果指標", bold=True, size=10)
    h = r + 1
    for c, word in enumerate(
        [
            "成果指標",
            "単位",
            "策定時\n（2017年度）",
            "2020年度\n目標",
            "2020年度\n実績",
            "目標値\n（2022年度）",
        ],
        start=1,
    ):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 30
    r = h + 1
    first = r
    for name, unit, *cells in KISARAZU:
        _put(ws, r, 1, name)
        _put(ws, r, 2, unit, align="center")
        for j, v in enumerate(cells):
            if v is None:
                _put(ws, r, 3 + j, None)
            else:
                _num(ws, r, 3 + j, v)
        ws.row_dimensions[r].height = 22
        r += 1
    # 胃がん and 大腸がん share one 2020 target and one 2022 target.
    for c in (4, 6):
        ws.cell(row=first + 1, column=c).alignment = Alignment(
            horizontal="right", vertical="center"
        )
        _merge(ws, first + 1, c, first + 2, c)
    _notes(
        ws,
        r,
        [
            "※胃がん検診受診率と大腸がん検診受診率の目標値は共通です。",
            "※健康ポイント事業は2019年度に開始したため、策定時の値はありません。",
            "※2020年度は新型コロナウイルス感染症の影響により、健診・検診を一時休止しました。",
        ],
    )
    r += 4
    _text(ws, r, 1, "２　施策の評価", bold=True, size=10)
    _put(ws, r + 1, 1, "評価", header=True)
    _span(ws, r + 1, 2, 6, "C（やや遅れている）")
    _para(
        ws,
        r + 2,
        1,
        6,
        "健診・検診の一時休止により受診率は策定時を下回った。健康ポイント事業は参加者が2,318人となり目標を上回った。"
        "2021年度は個別健診の枠を拡大し、受診勧奨を強化する。",
        44,
        border=True,
    )
    _page(ws, "portrait")
    path = SOURCE / "kisarazu_shisaku_hyoka_2020.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 富士吉田市 (山梨県): 第6次総合計画 前期基本計画 成果指標の達成状況（中間見直し）
# --------------------------------------------------------------------------------------------

# Real (富士吉田市's page on the 第6次富士吉田市総合計画): the plan, its period 2018–2027年度, the
# 中間見直し of 2023 after the 前期 five years, the base idea 富嶽共創. Made up: the sheet, date and 課,
# the 基本目標 wording, every indicator and figure, the notes.
FUJIYOSHIDA = [
    ("1", "観光入込客数", "人", 4512300, "500万人", 3986400, "550万人"),
    ("2", "ふるさと納税寄附額", "千円", 1821450, "30億円", 5674210, "60億円"),
    ("3", "吉田ルートの登山者数（開山期間）", "人", 145260, "15万人", 87010, "15万人"),
    ("4", "織物（ハタオリ）関連の新規創業件数", "件", 2, "5件", 7, "10件"),
    (
        "5",
        "「富士吉田市に住み続けたい」と答えた市民の割合",
        "％",
        71.4,
        "75.0%",
        "―（未実施）",
        "78.0%",
    ),
]


def fujiyoshida() -> Path:
    widths = [5, 40, 6, 13, 12, 12, 12]
    wb, ws = _sheet("成果指標の達成状況", widths)
    _text(
        ws,
        1,
        1,
        "第6次富士吉田市総合計画　前期基本計画　成果指標の達成状況（中間見直し）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 7, "令和5年3月　富士吉田市企画課", align="right", size=9)
    _text(
        ws,
        3,
        1,
        "前期基本計画（2018年度～2022年度）の成果指標について、2022年度の実績と後期基本計画の目標値を示します。",
        size=9,
    )
    _text(ws, 5, 1, "基本目標２　富士の恵みを活かした活力ある産業のまち", bold=True, size=11)
    h = 6
    for c, word in enumerate(
        [
            "No.",
            "成果指標",
            "単位",
            "策定時\n（2016年度）",
            "前期目標\n（2022年度）",
            "2022年度\n実績",
            "後期目標\n（2027年度）",
        ],
        start=1,
    ):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 30
    r = h + 1
    for no, name, unit, *cells in FUJIYOSHIDA:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for j, v in enumerate(cells):
            _num(ws, r, 4 + j, v)
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※目標値は万人・億円単位で設定しているため、その単位を付して表示しています。",
            "※吉田ルートの登山者数は、各年の開山期間（7月～9月）の値です。",
            "※No.5の市民意識調査は2022年度に実施しなかったため、実績はありません。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "fujiyoshida_seika_shihyo_r4.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 佐渡市 (新潟県): 「改革宣言2008」事後検証結果 自己検証（目標と成果）
# --------------------------------------------------------------------------------------------

# Real (佐渡市's page 産業観光部の事後検証結果：自己検証（目標と成果）, 平成20年度): the page, its date
# and 係, the 取組 環境負荷低減活動の推進 (農業振興課) with its text, its 成果指標 and 活動指標 with
# every figure (目標/実績/比較 over 平成18–20年度), its 自己評価 B, and the table shape. Made up: the
# second 取組 (観光振興課), its indicators, figures and grade.
SADO = [
    (
        "環境負荷低減活動の推進",
        "農業振興課",
        "朱鷺と暮らす郷づくり認証制度等を通じ、生き物を育む農法の拡大により、水田でのトキの餌場の確保と"
        "トキをシンボルとした安全・安心な魅力ある佐渡米作りを推進します。",
        "B",
        [
            (
                "成果指標",
                "朱鷺と暮らす郷づくり認証制度の取組面積",
                ["0ヘクタール", "0ヘクタール", "400ヘクタール"],
                ["0ヘクタール", "0ヘクタール", "427ヘクタール"],
                ["0ヘクタール", "0ヘクタール", "27ヘクタール"],
            ),
            (
                "活動指標",
                "特別栽培農産物認証制度の取組面積",
                ["0ヘクタール", "500ヘクタール", "1,500ヘクタール"],
                ["170ヘクタール", "924ヘクタール", "1,598ヘクタール"],
                ["170ヘクタール", "424ヘクタール", "98ヘクタール"],
            ),
        ],
    ),
    (
        "観光客の誘致促進",
        "観光振興課",
        "首都圏を中心とした観光宣伝と旅行商品の造成支援により、佐渡を訪れる観光客の増加を図ります。",
        "C",
        [
            (
                "成果指標",
                "佐渡への観光客入込数",
                ["68万人", "67万人", "66万人"],
                ["63.2万人", "61.8万人", "63.4万人"],
                ["△4.8万人", "△5.2万人", "△2.6万人"],
            ),
            (
                "活動指標",
                "首都圏での観光PR実施回数",
                ["―", "10回", "12回"],
                ["8回", "11回", "12回"],
                ["―", "1回", "0回"],
            ),
        ],
    ),
]


def sado_html() -> str:
    parts = []
    for title, dept, text, grade, indicators in SADO:
        parts.append(f"<h2>{title}</h2>\n<p>（{dept}）</p>")
        parts.append(f"<p>【取り組み内容】{text}</p>")
        for kind, name, target, actual, diff in indicators:
            rows = [
                f'<tr><th>{kind}</th><td colspan="3">{name}</td></tr>',
                "<tr><th>平成（年度）</th><th>18</th><th>19</th><th>20</th></tr>",
            ]
            for word, cells in (("目標", target), ("実績", actual), ("目標と実績の比較", diff)):
                tds = "".join(f"<td>{c}</td>" for c in cells)
                rows.append(f"<tr><th>{word}</th>{tds}</tr>")
            if kind == "成果指標":
                parts.append(f"<p>自己評価：<strong>{grade}</strong></p>")
            parts.append('<table border="1">\n' + "\n".join(rows) + "\n</table>")
    body = "\n".join(parts)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>産業観光部の事後検証結果：自己検証（目標と成果）｜佐渡市</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin-bottom: 1em; }}
th, td {{ border: 1px solid #333; padding: 2px 6px; }}
th {{ background: #d9d9d9; }}
td {{ text-align: right; }}
</style>
</head>
<body>
<h1>産業観光部の事後検証結果：自己検証（目標と成果）</h1>
<p>［平成20年度：2008年度］「改革宣言2008」事後検証結果</p>
<p>2009年12月18日、掲載　企画課 行革推進係</p>
{body}
<p>※自己評価は、A：目標を上回った、B：概ね目標どおり、C：目標を下回った、の3段階です。</p>
<p>※目標と実績の比較は、実績と目標の差を示しています（△は目標に届かなかった量）。</p>
</body>
</html>
"""


def sado() -> Path:
    path = HERE / "sado_jikokensho_h20.html"
    path.write_bytes(sado_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (uchinada, kisarazu, fujiyoshida):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {sado().name}")


if __name__ == "__main__":
    main()
