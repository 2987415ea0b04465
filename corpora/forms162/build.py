"""Build the built documents of forms162/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/zao_kouki_seika_h24.xlsx``, a 長期総合計画 成果指標の状況 in the manner of 蔵王町 (宮城県): 柱 cells
  merged down, ``計画策定時（H19） | 前期目標（H24） | H24実績 | 後期目標（H29）``, **the H24実績 cell carrying
  【達成】/【未達成】 on its second line**, ``万人`` and ``千円/人`` in 単位, a 後期新規 row with ``―``; and the PDF;
* ``source/abira_zenki_kensho_h30.xlsx``, a 総合計画 前期基本計画の検証 in the manner of 安平町 (北海道): a count
  table of 指標本数 per 政策分野 above a grid of one 分野 with a printed 判定 of 達成/改善/未達成; and the PDF;
* ``source/shichinohe_shisaku_hyoka_h29.xlsx``, a 施策評価シート in the manner of 七戸町 (青森県): form fields
  with a 千円 事業費, then ``H27実績 | H28実績 | H29実績 | H29目標 | 達成率`` with one row in 千本; and the PDF;
* ``nihonmatsu_5kanen_shihyo_h28.html``, a 新5ヵ年プラン 政策の目指す指標 page in the manner of 二本松市 (福島県):
  a 目標人口 table with a 推計 column, and a table with 政策 cells ``rowspan`` over their indicators.

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
    wb.properties.creator = "forms162/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms162/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms162_soffice_") as tmp:
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


def _vals(ws, r, c0, vals, fmts=None) -> None:
    for j, v in enumerate(vals):
        fmt = (fmts or {}).get(j) or ("#,##0.0" if isinstance(v, float) else None)
        _put(ws, r, c0 + j, v, align="center" if v == "―" else "right", fmt=fmt)


# --------------------------------------------------------------------------------------------
# 蔵王町 (宮城県): 第四次蔵王町長期総合計画 成果指標の状況
# --------------------------------------------------------------------------------------------

# Real (広報ざおう, 第四次蔵王町長期総合計画 後期基本計画の特集): the plan's name, its period (H20–H29), the
# 前期 (H20–H24) and 後期 (H25–H29) plans, the five 柱 (心づくり, 人づくり, 環境づくり, 活力づくり, 絆づくり).
# The 観光客入込数 target 200万人 is the figure the 町長 named in the 議会 (a later 計画). Made up: the sheet,
# every other indicator, every figure, the 【達成】 words, the notes.
ZA_ROWS = [
    # (柱 or None, indicator, unit, 策定時, 前期目標, H24実績 text, 後期目標)
    ("活力づくり", "観光客入込数", "万人", 172.3, 200.0, "168.5\n【未達成】", 200.0),
    (None, "1人当たり観光消費額", "千円/人", 4.2, 5.0, "5.1\n【達成】", 5.5),
    ("人づくり", "特定健康診査受診率", "%", 41.5, 65.0, "48.2\n【未達成】", 60.0),
    ("環境づくり", "1人1日当たりごみ排出量の削減", "g", 905, 850, "872\n【未達成】", 830),
    ("絆づくり", "地域づくり団体数（後期新規）", "団体", "―", "―", "12", 18),
]


def zao() -> Path:
    wb, ws = _sheet("成果指標", [14, 34, 9, 13, 13, 13, 13])
    _text(ws, 1, 1, "第四次蔵王町長期総合計画　成果指標の状況（平成24年度末）", bold=True, size=13)
    _text(ws, 2, 7, "平成25年3月　蔵王町企画財政課", align="right")
    _text(ws, 4, 1, "前期基本計画の達成状況と後期基本計画の目標", bold=True, size=11)
    heads = [
        "柱",
        "成果指標",
        "単位",
        "計画策定時\n（H19）",
        "前期目標\n（H24）",
        "H24実績",
        "後期目標\n（H29）",
    ]
    for j, h in enumerate(heads):
        _put(ws, 5, 1 + j, h, header=True)
    ws.row_dimensions[5].height = 30
    r = 6
    top = None
    for pillar, name, unit, base, t24, a24, t29 in ZA_ROWS:
        if pillar is not None:
            _put(ws, r, 1, pillar, align="center")
            top = r
        else:
            _put(ws, r, 1, None)
            _merge(ws, top, 1, r, 1)
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        fmt = "0.0" if isinstance(base, float) else None
        _vals(ws, r, 4, [base, t24], fmts={0: fmt, 1: fmt} if fmt else None)
        _put(ws, r, 6, a24, align="right")
        _put(ws, r, 7, t29, fmt=fmt)
        ws.row_dimensions[r].height = 30
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※H24実績の【　】内は、前期目標（H24）に対する達成状況です。",
            "※「地域づくり団体数」は後期基本計画で新たに設定した指標です。",
        ],
    )
    _page(ws, "landscape")
    path = SOURCE / "zao_kouki_seika_h24.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 安平町 (北海道): 第2次安平町総合計画 前期基本計画の検証
# --------------------------------------------------------------------------------------------

# Real (安平町 web page 前期基本計画(H29-H30年度)の検証): the plan's name and period, the six 政策分野 and the
# count table's numbers (指標本数 22/15/19/18/25/9, 108, the three counts and shares of each row), 平成30年度末
# (H31.3末). The count columns' words are not in the excerpt read: 目標達成 / 基準値より改善 / 未達成 are made up.
# Made up: the grid of 分野Ⅰ, every indicator and figure, the 判定 words, the notes.
AB_COUNTS = [
    ("Ⅰ 子育て・教育", 22, (7, 31.8), (4, 18.2), (11, 50.0)),
    ("Ⅱ 人づくり・コミュニティ", 15, (5, 33.3), (2, 13.3), (8, 53.3)),
    ("Ⅲ 経済・産業", 19, (4, 21.1), (1, 5.3), (14, 73.7)),
    ("Ⅳ 健康・福祉", 18, (9, 50.0), (4, 22.2), (5, 27.8)),
    ("Ⅴ 生活環境・生活基盤", 25, (14, 56.0), (6, 24.0), (5, 20.0)),
    ("Ⅵ 行財政運営", 9, (5, 55.6), (2, 22.2), (2, 22.2)),
    ("合計", 108, (44, 40.7), (19, 17.6), (45, 41.7)),
]
AB_ROWS = [
    # (No., indicator, unit, 基準値, H29, H30, 目標値, 判定)
    ("1", "子育て支援センターの延べ利用者数", "人", 4210, 4580, 4960, 4800, "達成"),
    ("2", "放課後児童クラブの待機児童数", "人", 6, 3, 0, 0, "達成"),
    ("3", "全国学力・学習状況調査の平均正答率（全国比）", "%", 94.2, 96.0, 97.1, 100.0, "改善"),
    ("4", "町内で出産した子育て世帯の転入数", "世帯", 18, 15, 16, 25, "未達成"),
    ("5", "乳幼児健康診査の受診率", "%", 95.8, 97.4, "集計中", 98.0, "―"),
]


def abira() -> Path:
    wb, ws = _sheet("前期検証", [7, 36, 8, 11, 11, 11, 11, 9])
    _text(
        ws,
        1,
        1,
        "第2次安平町総合計画　前期基本計画（H29-H30年度）の検証",
        bold=True,
        size=13,
    )
    _text(ws, 2, 8, "平成30年度末（H31.3末）　安平町", align="right")
    _text(ws, 4, 1, "＜前期基本計画の各分野別進捗状況＞", bold=True, size=11)
    _span(ws, 5, 1, 2, "政策分野", header=True)
    for j, h in enumerate(["指標本数", "目標達成", "基準値より改善", "未達成"]):
        _span(ws, 5, 3 + 2 * j, 4 + 2 * j if j < 3 else 3 + 2 * j, h, header=True)
    r = 6
    for name, total, *parts in AB_COUNTS:
        _span(ws, r, 1, 2, name, bold=name == "合計")
        _span(ws, r, 3, 4, total, align="center")
        for j, (n, share) in enumerate(parts):
            c1 = 5 + 2 * j
            c2 = c1 + 1 if j < 2 else c1
            _span(ws, r, c1, c2, f"{n}\n（{share:.1f}%）", align="center")
        ws.row_dimensions[r].height = 26
        r += 1
    _text(ws, r + 1, 1, "Ⅰ 子育て・教育　成果指標の状況", bold=True, size=11)
    h = r + 2
    _head2(
        ws,
        h,
        [
            (1, "No."),
            (2, "成果指標"),
            (3, "単位"),
            (4, "基準値\n（H27）"),
            (7, "目標値\n（H30）"),
            (8, "判定"),
        ],
        [(5, 6, "実績値", ["H29", "H30"])],
    )
    r = h + 2
    for no, name, unit, base, a29, a30, target, verdict in AB_ROWS:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        fmts = {j: "0.0" for j in range(4)} if unit == "%" else None
        _vals(ws, r, 4, [base, a29, a30, target], fmts=fmts)
        _put(ws, r, 8, verdict, align="center")
        ws.row_dimensions[r].height = 24
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※判定　達成：H30実績が目標値に達したもの　改善：目標値に達しないが基準値より改善したもの"
            "　未達成：基準値から改善していないもの",
            "※乳幼児健康診査の受診率（H30）は北海道の集計後に判定します。",
        ],
    )
    _page(ws, "portrait")
    path = SOURCE / "abira_zenki_kensho_h30.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 七戸町 (青森県): 第2次七戸町長期総合計画 施策評価シート
# --------------------------------------------------------------------------------------------

# Real (第2次七戸町長期総合計画 基本構想): 基本目標 2.活力あふれる産業のまちづくり, 基本方針 産業の振興, 施策の
# 方針 (1) 農林畜産業の振興. Made up: the sheet, its date and 課, the fields, every indicator and figure, the notes.
SH_ROWS = [
    # (indicator, unit, H27, H28, H29, H29目標, 達成率)
    ("認定農業者数", "経営体", 312, 318, 321, 330, "97.3%"),
    ("新規就農者数", "人", 6, 9, 11, 8, "137.5%"),
    ("ながいもの出荷量", "t", 8420, 7960, 8650, 9000, "96.1%"),
    ("町有林の植栽本数", "千本", 12.5, 14.0, 15.2, 15.0, "101.3%"),
]


def shichinohe() -> Path:
    wb, ws = _sheet("施策評価", [30, 9, 11, 11, 11, 11, 10])
    _text(ws, 1, 1, "平成29年度　施策評価シート", bold=True, size=13)
    _text(ws, 2, 7, "平成30年7月　七戸町", align="right")
    fields = [
        ("基本目標", "2.活力あふれる産業のまちづくり"),
        ("施策の方針", "(1) 農林畜産業の振興"),
        ("担当課", "農林課"),
        ("施策に係る事業費（H29決算）", "186,420千円（うち一般財源 74,310千円）"),
    ]
    r = 4
    for label, value in fields:
        _put(ws, r, 1, label, header=True)
        _span(ws, r, 2, 7, value)
        ws.row_dimensions[r].height = 20
        r += 1
    _text(ws, r + 1, 1, "■成果指標", bold=True, size=11)
    h = r + 2
    for j, w in enumerate(
        ["成果指標", "単位", "H27実績", "H28実績", "H29実績", "H29目標", "達成率"]
    ):
        _put(ws, h, 1 + j, w, header=True)
    ws.row_dimensions[h].height = 22
    r = h + 1
    for name, unit, a27, a28, a29, t29, rate in SH_ROWS:
        _put(ws, r, 1, name)
        _put(ws, r, 2, unit, align="center")
        fmts = {j: "0.0" for j in range(4)} if unit == "千本" else None
        _vals(ws, r, 3, [a27, a28, a29, t29], fmts=fmts)
        _put(ws, r, 7, rate, align="right")
        ws.row_dimensions[r].height = 22
        r += 1
    _notes(
        ws,
        r + 1,
        [
            "※達成率＝H29実績÷H29目標×100",
            "※ながいもの出荷量はJAの集計（暦年）によります。",
        ],
    )
    _para(
        ws,
        r + 4,
        1,
        7,
        "【評価】新規就農者数は目標を上回ったが、認定農業者数とながいもの出荷量は目標に届かなかった。"
        "担い手の確保と産地の維持に引き続き取り組む。",
        36,
        border=True,
    )
    _page(ws, "portrait")
    path = SOURCE / "shichinohe_shisaku_hyoka_h29.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 二本松市 (福島県): 二本松市総合計画 新5ヵ年プラン 政策の目指す指標
# --------------------------------------------------------------------------------------------

# Real (広報にほんまつ No.122 and the city's まちづくりの方向性 page): 新5ヵ年プラン, 4つの基本目標・13の政策・
# 35の施策, 政策ごとの目指す指標, the population 55,648人 (平成27年12月1日), the 推計 52,300人 and the 目標
# 53,000人 for 平成32年, 基本目標 子どもや若者の未来を創るまち with its 政策 and 施策 names, 企画財政課企画調整係.
# Made up: the page, the 実績 figures, every indicator and its figures, the notes.
NM_POLICIES = [
    (
        "子どもを産み育てやすいまちをつくります",
        [
            ("乳幼児健康診査の受診率", "%", "96.2", "97.0", "98.0"),
            ("保育所の待機児童数", "人", "24", "17", "0"),
        ],
    ),
    (
        "若者の定住を促進します",
        [
            ("住宅取得支援制度を利用した若者世帯数", "世帯", "38", "52", "60"),
            ("市内の高校卒業者の市内就職率", "%", "31.5", "29.8", "40.0"),
        ],
    ),
]


def nihonmatsu_html() -> str:
    rows = []
    for policy, indicators in NM_POLICIES:
        for i, (name, unit, base, a27, target) in enumerate(indicators):
            cell = f'<td rowspan="{len(indicators)}">{policy}</td>' if i == 0 else ""
            rows.append(
                f'<tr>{cell}<td>{name}</td><td class="c">{unit}</td>'
                f'<td class="num">{base}</td><td class="num">{a27}</td><td class="num">{target}</td></tr>'
            )
    body = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>新5ヵ年プラン　政策の目指す指標（平成28年度公表） - 二本松市</title>
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
<p>ホーム &gt; 市政情報 &gt; 計画 &gt; 二本松市総合計画</p>
<h1>新5ヵ年プラン　政策の目指す指標</h1>
<p>平成27年12月1日時点での本市の人口は55,648人ですが、推計では平成32年に52,300人にまで減少する見込みです。政策の効果により、53,000人を維持できるよう事業を進めます。新5ヵ年プランでは4つの基本目標と13の政策、35の施策を定め、政策ごとに目指す指標を設定しています。</p>
<h2>目標人口</h2>
<table>
<tr><th>区分</th><th>平成27年12月1日現在</th><th>推計（平成32年）</th><th>目標（平成32年）</th></tr>
<tr><td>総人口</td><td class="num">55,648人</td><td class="num">52,300人</td><td class="num">53,000人</td></tr>
</table>
<h2>基本目標1　子どもや若者の未来を創るまち</h2>
<table>
<tr><th>政策</th><th>目指す指標</th><th>単位</th><th>基準値<br>（平成26年度）</th><th>実績値<br>（平成27年度）</th><th>目標値<br>（平成32年度）</th></tr>
{body}
</table>
<p>※基準値・実績値は各年度末の値です。目標人口の推計は、国立社会保障・人口問題研究所の推計に準拠したものです。</p>
<p>お問い合わせ：企画財政課 企画調整係</p>
</body>
</html>
"""


def nihonmatsu() -> Path:
    path = HERE / "nihonmatsu_5kanen_shihyo_h28.html"
    path.write_bytes(nihonmatsu_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (zao, abira, shichinohe):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {nihonmatsu().name}")


if __name__ == "__main__":
    main()
