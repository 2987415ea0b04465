"""Build the built documents of forms48/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/sukagawa_machizukuri_hokoku_h30.xlsx``, a sheet in the manner of 須賀川市 (福島県)
  まちづくり報告書（平成30年度実績）: a 施策 indicator grid with **targets for R4 written as a
  range (`70～75`), `以下` and `以上`**, one H30 actual beside them, and a `成果動向` column
  (向上 / 横ばい / 低下 / 比較できない); and from it ``sukagawa_machizukuri_hokoku_h30.pdf``;
* ``source/hodatsushimizu_shuyo_seika_h27.xlsx``, a sheet in the manner of 宝達志水町 (石川県)
  平成27年度 主要施策の成果等の説明書: per 事業 a block of 決算額 and 財源内訳 (千円), then a small
  成果 table **`26年度 | 27年度 | 増減` with era-less years and `△` in the 増減**; and from it
  ``hodatsushimizu_shuyo_seika_h27.pdf``;
* ``source/ichikawamisato_senryaku_soan_h27.xlsx``, a sheet in the manner of 市川三郷町 (山梨県)
  総合戦略（素案）: KPI rows under merged 施策 cells, **values carrying units and scale words
  (`20万人`), a 男/女 pair in one cell, a `増加` target**; and from it
  ``ichikawamisato_senryaku_soan_h27.pdf``;
* ``otawara_senkogata_kensho_h27.html``, a page in the manner of 大田原市 (栃木県) 地方創生先行型
  事業検証結果一覧: one row per 事業, **`KPI（指標）` / `実績` / `達成度` cells each listing the
  indicators with `・` and `<br>`, the 実績 and 達成度 lines using shortened names**.

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
    wb.properties.creator = "forms48/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms48/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms48_soffice_") as tmp:
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
# 須賀川市 (福島県): まちづくり報告書 — 範囲・以下・以上の目標（R4）、H30実績、成果動向
# --------------------------------------------------------------------------------------------

# Real (abukumajiho.net 20191220_21702; mykoho 須賀川市 2023年12月号; city.sukagawa 12088): the report
# name 須賀川市まちづくり報告書, 第8次総合計画「須賀川市まちづくりビジョン2018」(H30–R4), the policy
# 笑顔で健やかに暮らせるまちづくり, the 基本事項 救急医療体制の充実, the 成果動向 words and the note
# 基準値と…実績値を比べ. Made up: the 施策 number, every indicator and figure, the cost line.
SUKAGAWA = [
    # (No, 指標名, 単位, 基準値, H30実績, 目標値, 成果動向)
    ("1", "かかりつけ医を持つ市民の割合", "％", 62.4, 64.8, "70～75", "向上"),
    ("2", "救急搬送の平均所要時間", "分", 38.5, 39.2, "35.0以下", "低下"),
    ("3", "休日夜間急病診療所の受診者数", "人", 5812, 5640, "5,500～6,000", "横ばい"),
    ("4", "救急医療講習会の受講者数", "人", 1204, 1388, "1,500以上", "向上"),
    ("5", "特定健康診査の受診率", "％", 41.2, "―", "60.0", "比較できない"),
]


def sukagawa() -> Path:
    widths = [5, 36, 6, 12, 12, 14, 13]
    wb, ws = _sheet("施策の成果", widths)
    _text(ws, 1, 1, "須賀川市まちづくり報告書（平成30年度実績）", bold=True, size=13)
    _text(ws, 2, 1, "第8次総合計画「須賀川市まちづくりビジョン2018」", size=9)
    _text(ws, 2, 7, "令和元年11月　須賀川市", align="right", size=9)
    _text(ws, 4, 1, "政策1　笑顔で健やかに暮らせるまちづくり", bold=True, size=11)
    _text(ws, 5, 1, "施策1-2　地域医療・救急医療体制の充実", bold=True, size=10)
    _para(
        ws,
        6,
        1,
        7,
        "めざす姿：市民が身近な地域で適切な医療を受けられ、救急時に迅速に対応できる体制が整っている。",
        28,
        border=True,
    )
    h = 8
    head = ["No", "成果指標", "単位", "基準値（H28）", "H30実績", "目標値（R4）", "成果動向"]
    for c, word in enumerate(head, start=1):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 24
    r = h + 1
    for no, name, unit, base, act, target, trend in SUKAGAWA:
        fmt = "0.0" if unit in ("％", "分") else "#,##0"
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _put(ws, r, 4, base, fmt=fmt)
        _put(ws, r, 5, act, fmt=fmt, align="center" if act == "―" else "right")
        _put(ws, r, 6, target, align="right")
        _put(ws, r, 7, trend, align="center")
        ws.row_dimensions[r].height = 20
        r += 1
    notes = [
        "※成果動向は、基準値と平成30年度の実績値を比べ、数値（成果）がどのような動きとなったかを示しています。",
        "※目標値は計画最終年度（令和4年度）の値です。「～」は目標とする範囲を示します。",
        "※特定健康診査の受診率は、平成30年度の法定報告が未確定のため「―」とし、比較できないものとしました。",
        "※施策1-2を構成する事務事業の事業費（H30決算）：412,350千円",
    ]
    for i, line in enumerate(notes):
        _text(ws, r + i, 1, line, size=8)
    _page(ws, "portrait")
    path = SOURCE / "sukagawa_machizukuri_hokoku_h30.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 宝達志水町 (石川県): 主要施策の成果等の説明書 — 事業ごとの決算額・財源内訳、26年度|27年度|増減
# --------------------------------------------------------------------------------------------

# Real (expydoc 11491139, 平成27年度 主要施策の成果等の説明書 宝達志水町): the title, its chapter
# 3 一般会計の主な施策の成果 with sections by 課 (企画振興課 among them), era-less year headers and
# (単位:千円). Made up: both 事業, their money, every indicator and figure.
HODATSU = [
    (
        "定住促進奨励事業",
        24350,
        (0, 12000, 12350),
        "町内に住宅を取得し定住する世帯に奨励金を交付し、定住人口の増加を図った。",
        [
            ("定住奨励金の交付件数", "件", 38, 45, "7"),
            ("奨励金交付世帯の転入者数", "人", 96, 121, "25"),
            ("空き家バンクの成約件数", "件", 9, 7, "△2"),
        ],
    ),
    (
        "地域おこし協力隊活用事業",
        15880,
        (0, 0, 15880),
        "地域おこし協力隊員を委嘱し、特産品のPRや集落の活性化に取り組んだ。",
        [
            ("地域おこし協力隊員数", "人", 2, 4, "2"),
            ("協力隊が企画したイベントの開催回数", "回", 11, "―", "―"),
        ],
    ),
]


def hodatsushimizu() -> Path:
    widths = [34, 8, 13, 13, 13]
    wb, ws = _sheet("主な施策の成果", widths)
    _text(ws, 1, 1, "平成27年度　主要施策の成果等の説明書", bold=True, size=13)
    _text(ws, 1, 5, "宝達志水町", align="right", size=9)
    _text(ws, 3, 1, "3　一般会計の主な施策の成果", bold=True, size=11)
    _text(ws, 4, 1, "企画振興課", bold=True, size=10)
    _text(ws, 4, 5, "（単位：千円）", align="right", size=8)
    r = 5
    for name, cost, funds, outline, rows in HODATSU:
        _put(ws, r, 1, "事業名", header=True)
        _span(ws, r, 2, 5, name, bold=True)
        r += 1
        _put(ws, r, 1, "決算額", header=True)
        _span(ws, r, 2, 5, cost, fmt="#,##0", align="left")
        r += 1
        _put(ws, r, 1, "財源内訳", header=True)
        _span(ws, r, 2, 3, f"国県支出金 {funds[0]:,}", align="left")
        _put(ws, r, 4, f"その他 {funds[1]:,}")
        _put(ws, r, 5, f"一般財源 {funds[2]:,}")
        r += 1
        _put(ws, r, 1, "事業の概要", header=True)
        _span(ws, r, 2, 5, outline)
        ws.row_dimensions[r].height = 30
        r += 1
        for c, word in enumerate(["成果", "単位", "26年度", "27年度", "増減"], start=1):
            _put(ws, r, c, word, header=True)
        r += 1
        for ind, unit, a26, a27, diff in rows:
            _put(ws, r, 1, ind)
            _put(ws, r, 2, unit, align="center")
            _put(ws, r, 3, a26)
            _put(ws, r, 4, a27, align="center" if a27 == "―" else "right")
            _put(ws, r, 5, diff, align="center" if diff == "―" else "right")
            ws.row_dimensions[r].height = 18
            r += 1
        r += 1
    _text(ws, r - 1, 1, "※増減は27年度と26年度の差（△は減）。", size=8)
    _text(
        ws,
        r,
        1,
        "※協力隊が企画したイベントの開催回数は、27年度から他事業と合わせて集計したため「―」とした。",
        size=8,
    )
    _page(ws, "portrait")
    path = SOURCE / "hodatsushimizu_shuyo_seika_h27.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 市川三郷町 (山梨県): 総合戦略（素案）— 単位つきの値、20万人、男女一組の値、増加の目標
# --------------------------------------------------------------------------------------------

# Real (expydoc 8801533, 市川三郷町総合戦略（素案）): the title, 平成27年12月11日現在, パブリック
# コメント, the chapter 第4章 具体的な施策とKPI（重要業績評価指標）, 山梨県市川三郷町. Made up: the
# 基本目標 wording, the 施策, every KPI and figure, the note.
ICHIKAWA = [
    (
        "(1) 地場産業の振興",
        [
            ("印章・和紙を活用した新商品の開発件数", "2件", "10件"),
            ("神明の花火大会の観覧者数", "20万人", "22万人"),
        ],
    ),
    (
        "(2) 健康で暮らせるまちづくり",
        [
            ("健康寿命", "男 78.9歳\n女 83.6歳", "男 79.5歳\n女 84.0歳"),
            ("特定健康診査の受診率", "43.8％", "60.0％"),
        ],
    ),
    (
        "(3) 移住・定住の促進",
        [
            ("空き家バンクの登録件数", "12件", "増加"),
        ],
    ),
]


def ichikawamisato() -> Path:
    widths = [26, 44, 16, 16]
    wb, ws = _sheet("KPI", widths)
    _text(ws, 1, 4, "平成27年12月11日現在", align="right", size=9)
    _text(ws, 2, 4, "パブリックコメント", align="right", size=9)
    _text(ws, 3, 1, "市川三郷町総合戦略（素案）", bold=True, size=13)
    _text(ws, 5, 1, "第4章　具体的な施策とKPI（重要業績評価指標）", bold=True, size=11)
    _text(ws, 6, 1, "基本目標1　町の資源を活かし、しごととにぎわいをつくる", bold=True, size=10)
    h = 7
    for c, word in enumerate(
        ["具体的な施策", "KPI（重要業績評価指標）", "現状値（H26）", "目標値（H31）"], start=1
    ):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 22
    r = h + 1
    for program, rows in ICHIKAWA:
        start = r
        for name, now, target in rows:
            _put(ws, r, 1, program if r == start else None)
            _put(ws, r, 2, name)
            _put(ws, r, 3, now, align="right")
            _put(ws, r, 4, target, align="right")
            ws.row_dimensions[r].height = 30 if "\n" in now else 20
            r += 1
        if r - 1 > start:
            _merge(ws, start, 1, r - 1, 1)
    notes = [
        "※健康寿命は、山梨県の算定方法による「日常生活動作が自立している期間の平均」。",
        "※空き家バンクの登録件数は、所有者の意向によるため件数の目標は定めず、増加を目指す。",
        "※基本目標1の関連事業費（平成28年度当初予算案）：38,600千円",
    ]
    for i, line in enumerate(notes):
        _text(ws, r + i, 1, line, size=8)
    _page(ws, "portrait")
    path = SOURCE / "ichikawamisato_senryaku_soan_h27.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 大田原市 (栃木県): 地方創生先行型 事業検証結果 — ・で並ぶKPI、実績・達成度は短い名前
# --------------------------------------------------------------------------------------------

# Real (paperzz 5707036, 地方創生先行型事業検証結果一覧): the title, the columns, 事業 1 and 2 with
# their 担当課 and 事業概要, 事業 2's three KPI, their 実績 and 達成度 as printed (shortened names),
# the 位置づけ words, 事業 3's 担当課 and broadcast. The money cells are read from a flattened
# copy and may be shifted. Made up: 事業 3's KPI and figures.
OTAWARA = [
    (
        "1",
        "大田原市総合戦略策定事業",
        "政策推進課",
        "大田原市版まち・ひと・しごと創生総合戦略の策定業務",
        "10,974",
        "10,000",
        "-",
        ["-"],
        ["-"],
        ["-"],
    ),
    (
        "2",
        "大田原市プロモーション事業",
        "政策推進課",
        "スカイツリーにおいて本市のPRイベントとして、とちまるショップでプレイベントを2回、ソラマチ広場でメインイベントを1回開催。話題性のあるパーソナルロボットpepperを導入し、トコトコ大田原子ども未来館において施設案内等に活用。",
        "8,041",
        "4,749",
        "販路開拓支援/観光振興/少子化対策",
        [
            "・イベント来場者数 6,000人",
            "・イベントアンケート調査における「大田原市に興味を持った」回答数 200人",
            "・ロボット設置施設の来場者数 70,000人/月",
        ],
        [
            "・イベント来場者数 15,876人",
            "・イベントアンケート回答 268人",
            "・トコトコ大田原来場者数 68,286人/月",
        ],
        [
            "・イベント来場者数 265%",
            "・イベントアンケート回答 134%",
            "・トコトコ大田原来場者数 97.6%",
        ],
    ),
    (
        "3",
        "情報発信強化事業",
        "情報政策課",
        "FM栃木において毎週月曜日正午から30分「おおたわらハートFMプラス」を放送し、市の情報を発信。とちぎテレビにおいてイベント情報等を発信した。",
        "7,755",
        "7,646",
        "観光振興/移住促進",
        [
            "・市ホームページの年間閲覧件数 300,000件",
            "・番組を聴いたことがある市民の割合 30.0%",
        ],
        ["・HP閲覧件数 312,480件", "・番組聴取割合 24.5%"],
        ["・HP閲覧件数 104.2%", "・番組聴取割合 81.7%"],
    ),
]


def otawara_html() -> str:
    rows = []
    for no, name, dept, outline, cost, grant, place, kpis, acts, rates in OTAWARA:
        rows.append(
            f'<tr><td class="c">{no}</td><td>{name}</td><td>{dept}</td><td class="o">{outline}</td>'
            f'<td class="r">{cost}</td><td class="r">{grant}</td><td>{place}</td>'
            f"<td>{'<br>'.join(kpis)}</td><td>{'<br>'.join(acts)}</td><td>{'<br>'.join(rates)}</td></tr>"
        )
    body = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>地方創生先行型事業検証結果一覧　大田原市</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 9.5pt; }}
table {{ border-collapse: collapse; margin: 0.4em 0 0.8em; }}
th, td {{ border: 1px solid #333; padding: 3px 5px; vertical-align: top; }}
th {{ background: #e8e8e8; font-weight: normal; }}
td.r {{ text-align: right; }}
td.c {{ text-align: center; }}
td.o {{ width: 18em; font-size: 90%; }}
p.note {{ font-size: 85%; margin: 0.2em 0; }}
</style>
</head>
<body>
<h1>地域活性化・地域住民生活等緊急支援交付金（地方創生先行型）事業検証結果</h1>
<p>平成28年8月　大田原市　政策推進課</p>
<table>
<thead>
<tr><th>№</th><th>事業名</th><th>担当課</th><th>事業概要</th><th>事業費<br>（千円）</th><th>交付金充当<br>（千円）</th><th>位置づけ</th><th>KPI（指標）</th><th>実績</th><th>達成度</th></tr>
</thead>
<tbody>
{body}
</tbody>
</table>
<p class="note">※達成度＝実績÷KPI（指標）の目標値×100</p>
<p class="note">※総合戦略策定事業は計画策定のための事業であり、KPIを設定していない。</p>
</body>
</html>
"""


def otawara() -> Path:
    path = HERE / "otawara_senkogata_kensho_h27.html"
    path.write_bytes(otawara_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (sukagawa, hodatsushimizu, ichikawamisato):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {otawara().name}")


if __name__ == "__main__":
    main()
