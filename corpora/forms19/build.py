"""Build the built documents of forms19/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/oguchi_shuyo_seika_h28.xlsx``, a sheet in the manner of 大口町 (愛知県丹羽郡)
  「平成28年度 主要施策の成果報告書」 (one 個票 per 事業: the 款・項・目 grid with 予算額, 決算額 and
  財源 in 円, the 総合計画体系, and the five numbered parts 目的 → 経過又は課題 → 目標又は改善策 →
  取組内容 → 成果及び評価; here the last part holds a small indicator table whose previous-year
  column stands to the right of the current year), and from it ``oguchi_shuyo_seika_h28.pdf``;
* ``source/tamba_kensho_ichiran_h27.xlsx``, a sheet in the manner of 丹波市 (兵庫県) 「平成27年度実施
  事業 評価一覧表（対象：総合戦略アクションプランに掲げた事業）」 (the 基本目標's KGI table with a
  目標値 and a 実績 column for every year, ``増加`` as the later years' target, and a KPI table in the
  manner of the アクションプラン with ``平成27年度新規`` baselines and ``○`` marks under the 実施時期
  years), and from it ``tamba_kensho_ichiran_h27.pdf``;
* ``source/miki_senryaku_kensho_r3.xlsx``, a sheet in the manner of 三木町 (香川県木田郡)
  第2期総合戦略の効果検証 (each KPI row followed by a sub-row ``【算出方法】…`` that spans the
  columns from the KPI's name to the end, an ``SDGs`` column of goal numbers, and a printed
  進捗状況 word), and from it ``miki_senryaku_kensho_r3.pdf``;
* ``kitakyushu_kpi_tassei_h29.html``, a page in the manner of 北九州市 「北九州市まち・ひと・しごと
  創生総合戦略 KPI達成状況（平成29年度末時点）」 (the 事業名 cell carrying the 局 and the grade in
  ``【】``, a KPI cell holding the name and its target, an 実績 cell holding the value, its period
  and the 達成率).

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
    wb.properties.creator = "forms19/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms19/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms19_soffice_") as tmp:
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
# 大口町 (愛知県丹羽郡): 主要施策の成果報告書 — 款項目と財源（円）、1 目的 … 5 成果及び評価
# --------------------------------------------------------------------------------------------

# The 款・項・目 grid, 予算額, 決算額 and 財源 are the town's (平成28年度 主要施策の成果報告書, 事業番号2).
OGUCHI_MONEY = [
    ("款", "2　総務費", "予 算 額", 9409000, "決 算 額", 5588806),
    ("項", "1　総務管理費", "国・県支出金", 0, "使用料等", 0),
    ("目", "2　政策管理費", "繰入金", 0, "地方債", 0),
    ("", "5　政策推進事業", "その他", 1155600, "一般財源", 4433206),
]

# (No., 指標, 単位, H28目標値, H28実績値, H27実績値, 前年度比, 評価). All made up.
OGUCHI_ROWS = [
    ("①", "経営計画書の評価欄を記載した課の割合", "％", 100.0, 100.0, 85.7, "116.7%", "○"),
    (
        "②",
        "PDCAの4項目をすべて記載した主要施策成果報告書の割合",
        "％",
        90.0,
        87.5,
        78.1,
        "112.0%",
        "×",
    ),
    ("③", "まちづくり戦略プロジェクト会議の開催回数", "回", 6, 4, "―", "―", "×"),
    (
        "④",
        "シティプロモーション・ワークショップの参加者数",
        "人",
        "延べ120",
        "延べ138",
        "―",
        "―",
        "○",
    ),
    ("⑤", "町ホームページのアクセス件数", "千件", 400, 431.2, 388.6, "111.0%", "○"),
    ("⑥", "「大口町に住み続けたい」と思う町民の割合", "％", 85.0, "―", 82.4, "―", "－"),
]


def oguchi() -> Path:
    wb, ws = _sheet("主要施策の成果", [8, 13, 19, 7, 11, 12, 11, 9, 7])
    _text(ws, 1, 1, "平成28年度　主要施策の成果報告書", bold=True, size=12)
    _text(ws, 1, 9, "大口町", align="right")

    r = 3
    _put(ws, r, 1, "事業番号", header=True, size=8)
    _put(ws, r, 2, "2", align="center")
    _put(ws, r, 3, "事業名", header=True)
    _span(ws, r, 4, 6, "政策推進事業", bold=True)
    _put(ws, r, 7, "担当課", header=True)
    _span(ws, r, 8, 9, "政策推進課", align="center")
    ws.row_dimensions[r].height = 20

    r = 4
    for label, value, l1, a1, l2, a2 in OGUCHI_MONEY:
        _put(ws, r, 1, label or None, header=True)
        _span(ws, r, 2, 3, value)
        _span(ws, r, 4, 5, l1, header=True)
        _put(ws, r, 6, a1, fmt='#,##0"円"')
        _put(ws, r, 7, l2, header=True)
        _span(ws, r, 8, 9, a2, fmt='#,##0"円"')
        r += 1
    _put(ws, r, 1, "総合計画\n体　系", header=True, size=8)
    _put(ws, r, 2, "基本目標", header=True)
    _span(ws, r, 3, 5, "6　持続可能な地域経営")
    _put(ws, r, 6, "基本政策", header=True)
    _span(ws, r, 7, 9, "2　行財政経営")
    ws.row_dimensions[r].height = 24

    r += 2
    _text(ws, r, 1, "1　目的", bold=True, size=10)
    _para(
        ws,
        r + 1,
        1,
        9,
        "　第7次大口町総合計画に掲げる3つのまちづくり戦略を推し進め、人口減少時代の本格到来に備え、より効率的な行財政運営を実現することを目的とする。",
        26,
    )
    r += 3
    _text(ws, r, 1, "2　平成27年度までの経過又は課題", bold=True, size=10)
    _para(
        ws,
        r + 1,
        1,
        9,
        "(1)事業評価の方法\n　平成24年度から行政経営計画書の中において事業評価が行えるよう整理し、前年度の改善点を新年度に反映できるような事業評価の方法が出来あがり運用されている。\n"
        "(2)主要施策の成果報告書の記載内容\n　「過去の経緯を踏まえた課題の発見」→「目標の設定（Plan）」→「設定した目標に対する取組内容（Do）」→「取組内容に対する評価（Check）」とPDCAサイクルを意識した項目としているが、評価が成果につながっていかない事業が一部見受けられる。\n"
        "(3)第7次総合計画の推進に向けて\n　第7次総合計画を平成27年度中に策定し、平成28年度より計画期間となっている。また、総合計画に合わせて策定した「まち・ひと・しごと創生総合戦略」については平成27年度から5年の計画期間となっている。",
        104,
    )
    r += 3
    _text(ws, r, 1, "3　目標又は改善策", bold=True, size=10)
    _para(
        ws,
        r + 1,
        1,
        9,
        "(1)経営計画書の評価欄の記載を全課で行い、年度間の事業のつながりを意識付ける。\n"
        "(2)主要施策の成果報告書の記載内容を、PDCAサイクルに沿ったものとする。\n"
        "(3)総合計画及び総合戦略を推進する職員による「まちづくり戦略プロジェクト」を立ち上げ、年6回の会議を開催する。\n"
        "(4)地方創生加速化交付金を活用し、住民と協働でシティプロモーション戦略を策定する。",
        54,
    )
    r += 3
    _text(ws, r, 1, "4　目標又は改善策に対する取組内容", bold=True, size=10)
    _para(
        ws,
        r + 1,
        1,
        9,
        "(1)平成28年度当初に平成27年度版経営計画書の評価欄の記載を各課に依頼するとともに、平成28年度版経営計画書の内容確認を各課に依頼した。\n"
        "(2)主要施策の成果報告書を各課に作成依頼する際、経営計画書との関連を説明するとともに、記載内容についてはPDCAサイクルが意識されるよう職員に周知を図った。\n"
        "(3)「まちづくり戦略プロジェクト」を立ち上げ、まずは地域との関係について洗い出しを実施した。\n"
        "(4)シティプロモーション戦略・第1期アクションプランを平成28年度末に策定した。策定に当たっては住民有志とのワークショップを重ね、住民主体の「まちねっと大口」の活動につながった。",
        80,
    )
    r += 3
    _text(ws, r, 1, "5　成果及び評価", bold=True, size=10)
    r += 1
    for c, word in (
        (1, "No."),
        (4, "単位"),
        (7, "平成27年度\n実績値"),
        (8, "前年度比"),
        (9, "評価"),
    ):
        _put(ws, r, c, word, header=True, size=8)
        _put(ws, r + 1, c, None, header=True)
        _merge(ws, r, c, r + 1, c)
    _put(ws, r, 2, "指標", header=True)
    for c in (3,):
        _put(ws, r, c, None, header=True)
    for c in (2, 3):
        _put(ws, r + 1, c, None, header=True)
    _merge(ws, r, 2, r + 1, 3)
    _span(ws, r, 5, 6, "平成28年度", header=True)
    _put(ws, r + 1, 5, "目標値", header=True)
    _put(ws, r + 1, 6, "実績値", header=True)
    ws.row_dimensions[r].height = 16
    ws.row_dimensions[r + 1].height = 16
    r += 2
    for no, name, unit, target, actual, prev, ratio, mark in OGUCHI_ROWS:
        _put(ws, r, 1, no, align="center")
        _span(ws, r, 2, 3, name)
        _put(ws, r, 4, unit, align="center")
        for c, v in ((5, target), (6, actual), (7, prev)):
            if isinstance(v, str):
                _put(ws, r, c, v, align="right")
            else:
                _put(ws, r, c, v)
        _put(ws, r, 8, ratio, align="right")
        _put(ws, r, 9, mark, align="center")
        ws.row_dimensions[r].height = 24
        r += 1
    notes = [
        "※評価　○：目標値を達成した　×：目標値に達しなかった　－：実績値がなく評価できない",
        "※前年度比は、平成28年度実績値÷平成27年度実績値です。",
        "※③④は平成28年度から取り組んだため、平成27年度の実績はありません。⑥の町民意識調査は隔年で実施しており、平成28年度は実施していません。",
    ]
    for note in notes:
        _para(ws, r, 1, 9, note, 13 if len(note) < 60 else 24, size=8)
        r += 1
    _para(
        ws,
        r,
        1,
        9,
        "　総合計画を意識した経営計画書の作成が定着し、予算編成においても総合計画やそれに伴う経営計画書の内容がより関連づけられ、意識されるようになった。プロジェクト会議は年4回の開催にとどまったため、平成29年度は開催計画を年度当初に定める。",
        38,
    )
    _page(ws, "portrait")
    out = SOURCE / "oguchi_shuyo_seika_h28.xlsx"
    _save(wb, out)
    return out


# --------------------------------------------------------------------------------------------
# 丹波市 (兵庫県): 総合戦略 評価一覧表 — KGI（年度ごとに目標値と実績）、KPI と実施時期の○
# --------------------------------------------------------------------------------------------

# The two KGI rows are the city's (評価一覧表 平成27年度実施事業, 基本目標1): baselines, the H27
# figures, ``増加`` and ``20件/年`` for the later years and the note are printed there.
TAMBA_KGI = [
    (
        "○「年齢や性別を問わず、働きやすい環境が整っていると思う」市民の割合",
        "18.1%（H27）",
        ["", 18.1, "増加", "", "増加", "", "増加", "", "増加", ""],
    ),
    (
        "○チャレンジカフェを通じた新規起業件数",
        "18件/年",
        ["20件/年", 13, "20件/年", "", "20件/年", "", "20件/年", "", "20件/年", ""],
    ),
]

# (施策の分類, 事業名（担当課）, [(指標名, 現状数値, H27目標値, H27実績, 目標値（H31年度）, 実施時期 27–31)],
#  市の今後の方向性). The 木の駅 rows (names, 平成27年度新規 / 平成28年度新規, 57人, 50t, 100人,
# 300t/年, 100件) follow the city's アクションプラン改訂シート; the H27 targets, the other rows and
# the 方向性 words are made up (the チャレンジカフェ 90 / 86 are the city's, from its 評価検証 text).
TAMBA_KPI = [
    (
        "地域資源を活かした農林業や環境調和型産業の活性化",
        "①木の駅プロジェクト\n（市民環境課）",
        [
            (
                "木の駅プロジェクトに参加した新規兼業農林家数",
                "平成27年度新規",
                "30人",
                "57人",
                "100人",
                "○○○○○",
            ),
            ("原木の集荷量", "－", "40t/年", "50t/年", "300t/年", "○○○○○"),
            (
                "薪ストーブ、ボイラーの購入助成件数",
                "平成28年度新規",
                "－",
                "－",
                "100件",
                " ○○○○",
            ),
        ],
        "事業拡大",
    ),
    (
        "起業・創業の支援と活躍人口の創出",
        "②チャレンジカフェ運営支援事業\n（商工振興課）",
        [("チャレンジカフェ登録者数", "90人", "100人", "86人", "120人", "○○○○○")],
        "改善し事業継続",
    ),
    (
        "丹波ブランドを活かした農業の振興",
        "③丹波栗・黒大豆等の産地育成事業\n（農業振興課）",
        [("丹波栗の作付面積", "330ha", "335ha", "341ha", "360ha", "○○○○○")],
        "現状通り事業継続",
    ),
]


def tamba() -> Path:
    wb, ws = _sheet("評価一覧表", [14, 20, 24, 13, 9, 8, 9, 8, 8, 8, 8, 8, 9, 8])
    last = 14
    _text(ws, 1, 1, "【資料2】", size=9)
    _text(ws, 1, last, "丹波市", align="right")
    _text(
        ws,
        2,
        1,
        "平成27年度実施事業　評価一覧表（対象：総合戦略アクションプランに掲げた事業）",
        bold=True,
        size=12,
    )
    _text(
        ws,
        3,
        1,
        "○評価項目　☆市の今後の方向性：事業拡大／改善し事業継続／現状通り事業継続／事業中止・廃止／事業・期間の終了",
        size=8,
    )
    _text(
        ws,
        5,
        1,
        "【基本目標1　魅力的なしごとを創造する～丹波ブランドを活かした産業の創造・継承と、活躍人口を生み出す創造的なしごとをつくる～】",
        bold=True,
        size=10,
    )
    _text(ws, 6, 1, "●基本目標のKGI（重要目標達成指標）", bold=True, size=10)

    r = 7
    _span(ws, r, 1, 3, "数値目標", header=True)
    _put(ws, r, 4, "基準値\n（H26）", header=True)
    for i, year in enumerate(("H27", "H28", "H29", "H30", "H31")):
        _put(ws, r, 5 + 2 * i, f"{year}\n目標値", header=True)
        _put(ws, r, 6 + 2 * i, f"{year}\n実績", header=True)
    ws.row_dimensions[r].height = 28
    r += 1
    for name, base, cells in TAMBA_KGI:
        _span(ws, r, 1, 3, name)
        _put(ws, r, 4, base, align="right")
        for i, v in enumerate(cells):
            if isinstance(v, str):
                _put(ws, r, 5 + i, v or None, align="center" if v == "増加" else "right")
            else:
                _put(ws, r, 5 + i, v)
        ws.row_dimensions[r].height = 28
        r += 1
    _text(ws, r, 1, "※基準年度から増加", size=8)
    r += 1
    _para(
        ws,
        r,
        1,
        last,
        "【市評価検証】\n"
        "・指標におけるチャレンジカフェの登録者数は、H26に90名、H27に86名と多くの登録があり相談者は増加している。しかし、起業に結びつくまでに資金、設備投資、技能、販路面等で不安や支障があり、実現できない場合が多くある。\n"
        "・地域資源を活かした産業の創造では、木の駅プロジェクトがH27年8月から始まったが、一昨年の豪雨災害の影響から森林整備への関心が深まったこともあって、登録者数は目標数を大きく上回った。今後は集荷量を増やし、集められた薪を地域内循環させる仕組みが重要となる。",
        46,
        size=8,
        border=True,
    )
    r += 2
    _text(ws, r, 1, "●施策ごとの重要業績評価指標（KPI）", bold=True, size=10)
    r += 1
    for c, word in (
        (1, "施策の分類"),
        (2, "事業名\n（担当課）"),
        (3, "重要業績評価指標\n（指標名）"),
        (4, "現状数値\n（H26年度）"),
        (5, "H27\n目標値"),
        (6, "H27\n実績"),
        (7, "目標値\n（H31年度）"),
    ):
        _put(ws, r, c, word, header=True)
        _put(ws, r + 1, c, None, header=True)
        _merge(ws, r, c, r + 1, c)
    _span(ws, r, 8, 12, "実施時期", header=True)
    for i, year in enumerate(("27", "28", "29", "30", "31")):
        _put(ws, r + 1, 8 + i, year, header=True)
    _put(ws, r, 13, "☆市の今後の\n方向性", header=True)
    for rr, cc in ((r, 14), (r + 1, 13), (r + 1, 14)):
        _put(ws, rr, cc, None, header=True)
    _merge(ws, r, 13, r + 1, 14)
    ws.row_dimensions[r].height = 22
    ws.row_dimensions[r + 1].height = 22
    r += 2
    for group, project, rows, policy in TAMBA_KPI:
        first = r
        for name, base, t27, a27, t31, marks in rows:
            _put(ws, r, 1, group if r == first else None, valign="center")
            _put(ws, r, 2, project if r == first else None)
            _put(ws, r, 3, name)
            _put(ws, r, 4, base, align="right")
            _put(ws, r, 5, t27, align="right")
            _put(ws, r, 6, a27, align="right")
            _put(ws, r, 7, t31, align="right")
            for i, m in enumerate(marks):
                _put(ws, r, 8 + i, m if m.strip() else None, align="center")
            _put(ws, r, 13, policy if r == first else None, align="center")
            _put(ws, r, 14, None)
            ws.row_dimensions[r].height = 30
            r += 1
        _merge(ws, first, 1, r - 1, 1)
        _merge(ws, first, 2, r - 1, 2)
        _merge(ws, first, 13, r - 1, 14)
    notes = [
        "※実施時期の○は、アクションプランにおける事業の実施予定年度を示します。",
        "※「平成27年度新規」「平成28年度新規」は、当該年度に開始した事業のため現状数値がないことを示します。",
        "※原木の集荷量は、木の駅プロジェクトの開始（H27年8月）前の数値がないため「－」としています。",
    ]
    for i, note in enumerate(notes):
        _text(ws, r + i, 1, note, size=8)
    _page(ws, "landscape")
    out = SOURCE / "tamba_kensho_ichiran_h27.xlsx"
    _save(wb, out)
    return out


# --------------------------------------------------------------------------------------------
# 三木町 (香川県木田郡): 第2期総合戦略 効果検証 — KPIごとに【算出方法】の行、SDGsの列
# --------------------------------------------------------------------------------------------

# (基本目標, [(具体的な施策, [(No., KPI, 単位, 基準値（R元）, R3目標, R3実績, 目標値（R7）, 進捗状況,
#  SDGs, 担当課, 算出方法)])]). All made up around the town's real 第2期総合戦略 and its 検証委員会.
MIKI_GOALS = [
    (
        "基本目標１　三木町で安心して働き、稼ぐことができる",
        [
            (
                "農業の担い手の確保・育成",
                [
                    (
                        1,
                        "新規就農者数",
                        "人",
                        2,
                        3,
                        4,
                        "累計20",
                        "達成",
                        "2, 8",
                        "農政課",
                        "【算出方法】新たに町内で就農した者の数（認定新規就農者及び親元就農者を含む）。R7の目標値は、R3からR7までの累計。",
                    ),
                    (
                        2,
                        "認定農業者数",
                        "経営体",
                        118,
                        120,
                        117,
                        125,
                        "未達成",
                        "2",
                        "農政課",
                        "【算出方法】各年度末現在の認定農業者（法人を含む）の数。",
                    ),
                ],
            ),
            (
                "創業・事業承継の支援",
                [
                    (
                        3,
                        "町の創業支援事業を利用した創業者数",
                        "件",
                        4,
                        5,
                        5,
                        "累計30",
                        "達成",
                        "8, 9",
                        "商工観光課",
                        "【算出方法】三木町創業支援等事業計画に基づく特定創業支援等事業を受けて創業した件数。R7の目標値は、R3からR7までの累計。",
                    ),
                ],
            ),
        ],
    ),
    (
        "基本目標２　三木町で安心して暮らし続けることができる",
        [
            (
                "安全・安心なまちづくり",
                [
                    (
                        4,
                        "町内の交通事故発生件数",
                        "件",
                        102,
                        95,
                        88,
                        80,
                        "達成",
                        "3, 11",
                        "総務課",
                        "【算出方法】警察署の交通事故統計のうち、三木町内で発生した人身事故の件数（暦年）。",
                    ),
                ],
            ),
            (
                "健康づくりの推進",
                [
                    (
                        5,
                        "特定健康診査の受診率",
                        "％",
                        42.3,
                        45.0,
                        "集計中",
                        60.0,
                        "－",
                        "3",
                        "健康づくり課",
                        "【算出方法】国民健康保険の特定健康診査の受診者数÷対象者数。法定報告（11月確定）による。",
                    ),
                ],
            ),
            (
                "子育て支援の充実",
                [
                    (
                        6,
                        "子育て支援センターの利用者数",
                        "人",
                        "延べ8,420",
                        "延べ6,000",
                        "延べ6,315",
                        "延べ9,000",
                        "達成",
                        "3, 4",
                        "子育て支援課",
                        "【算出方法】町内2か所の子育て支援センターの年間延べ利用者数。R3の目標値は、新型コロナウイルス感染症の影響を考慮して設定。",
                    ),
                ],
            ),
        ],
    ),
]


def miki() -> Path:
    wb, ws = _sheet("効果検証シート", [5, 17, 28, 7, 10, 9, 9, 10, 9, 7, 12])
    last = 11
    _text(
        ws,
        1,
        1,
        "第2期三木町まち・ひと・しごと創生総合戦略　効果検証シート（令和3年度実績）",
        bold=True,
        size=12,
    )
    _text(ws, 1, last, "資料2", align="right")
    _text(ws, 2, last, "令和4年7月25日　三木町総合戦略検証委員会", align="right")
    _text(
        ws,
        3,
        1,
        "進捗状況　達成：令和3年度の目標値を達成　未達成：令和3年度の目標値に達していない　－：実績値が確定していない",
        size=8,
    )
    r = 5
    for heading, groups in MIKI_GOALS:
        _text(ws, r, 1, heading, bold=True, size=10)
        r += 1
        for c, word in (
            (1, "No."),
            (2, "具体的な施策"),
            (3, "KPI（重要業績評価指標）"),
            (4, "単位"),
            (5, "基準値\n（R元）"),
            (8, "目標値\n（R7）"),
            (9, "進捗状況"),
            (10, "SDGs"),
            (11, "担当課"),
        ):
            _put(ws, r, c, word, header=True, size=8 if c in (1, 10) else 9)
            _put(ws, r + 1, c, None, header=True)
            _merge(ws, r, c, r + 1, c)
        _span(ws, r, 6, 7, "令和3年度", header=True)
        _put(ws, r + 1, 6, "目標", header=True)
        _put(ws, r + 1, 7, "実績", header=True)
        ws.row_dimensions[r].height = 16
        ws.row_dimensions[r + 1].height = 16
        r += 2
        for measure, rows in groups:
            first = r
            for no, name, unit, base, t3, a3, t7, state, sdgs, dept, how in rows:
                _put(ws, r, 1, no, fmt="0", align="center")
                _put(ws, r + 1, 1, None)
                _merge(ws, r, 1, r + 1, 1)
                _put(ws, r, 2, measure if r == first else None)
                _put(ws, r + 1, 2, None)
                _put(ws, r, 3, name)
                _put(ws, r, 4, unit, align="center")
                for c, v in ((5, base), (6, t3), (7, a3), (8, t7)):
                    if isinstance(v, str):
                        _put(ws, r, c, v, align="right")
                    else:
                        _put(ws, r, c, v)
                _put(ws, r, 9, state, align="center")
                _put(ws, r, 10, sdgs, align="center")
                _put(ws, r, 11, dept, align="center")
                ws.row_dimensions[r].height = 20
                _span(ws, r + 1, 3, last, how, size=7)
                ws.row_dimensions[r + 1].height = 14
                r += 2
            _merge(ws, first, 2, r - 1, 2)
        r += 1
    notes = [
        "※SDGsの欄は、各KPIが関連する持続可能な開発目標（SDGs）のゴール番号を示します。",
        "※累計の目標値は、第2期総合戦略の計画期間（令和3年度～令和7年度）の累計です。",
    ]
    for i, note in enumerate(notes):
        _text(ws, r - 1 + i, 1, note, size=8)
    _page(ws, "landscape")
    out = SOURCE / "miki_senryaku_kensho_r3.xlsx"
    _save(wb, out)
    return out


# --------------------------------------------------------------------------------------------
# 北九州市 (福岡県): 総合戦略 KPI達成状況 — 事業名の【局】【判定】、KPIの欄に名前と目標
# --------------------------------------------------------------------------------------------

# The heading Ⅰ, the band table (29 / 17 / 11 / 9 事業), the three notes under it, heading ①, the
# header words and row 1's 事業名, 【産業経済局】, 【C】 and 概要 are the city's (資料3, 平成29年度末時点).
# Every KPI, target and figure, rows 2–6 and heading ② are made up.
KITAKYUSHU_SECTIONS = [
    (
        "①　若者の地元就職を促進するための取組　⇒就業支援機関の拠点集約と機能強化を図るなど、新卒者・若年者の就業支援を積極的に行う",
        [
            (
                "若年者の地元就職及びU・Iターン就職を促進（※）<br>【産業経済局】<br>【C】",
                "概ね40歳までの若年求職者に対し、「若者ワークプラザ北九州」において、就業意識の向上から具体的な就業機会の提供まで、ワンストップで支援を行う。",
                "若者ワークプラザ北九州の支援による就職者数<br>1,500人",
                "1,296人（H29年度）<br>達成率　86.4％",
            ),
            (
                "地元企業と学生のマッチング促進<br>【産業経済局】<br>【B】",
                "市内企業の合同会社説明会や企業見学バスツアーを開催し、学生と地元企業との接点をつくる。",
                "合同会社説明会等への参加学生数<br>累計10,000人（H27～H31）",
                "累計6,480人（H27～H29）<br>達成率　108.0％",
            ),
            (
                "市内大学生等のインターンシップ推進<br>【産業経済局】<br>【D】",
                "市内の大学・高専と連携し、地元企業でのインターンシップの受入れを拡大する。",
                "インターンシップ受入企業数<br>300社",
                "142社（H29年度）<br>達成率　47.3％",
            ),
        ],
    ),
    (
        "②　U・Iターン就職の促進　⇒首都圏等からのU・Iターン就職を促進するため、相談窓口の設置や情報発信を行う",
        [
            (
                "「そうだ、北九州で働こう」UIJターン就職支援（※）<br>【企画調整局】<br>【A】",
                "東京・大阪に相談窓口を設置し、首都圏等の求職者と市内企業とのマッチングを行う。",
                "UIJターン相談窓口を通じた就職者数<br>累計600人（H27～H31）",
                "累計458人（H27～H29）<br>達成率　127.2％",
            ),
            (
                "若年者の地元就職及びU・Iターン就職を促進【再掲】<br>【産業経済局】<br>【－】",
                "①参照",
                "若者ワークプラザ北九州の支援による就職者数<br>1,500人",
                "1,296人（H29年度）<br>※再掲のため達成状況の分類から除く",
            ),
            (
                "移住ワンストップ窓口の運営<br>【企画調整局】<br>【－】",
                "移住に関する相談をワンストップで受け付け、住まいや仕事の情報を提供する。",
                "移住相談件数<br>500件",
                "調査中<br>※H30年7月に集計予定",
            ),
        ],
    ),
]


def kitakyushu_html() -> str:
    parts = [
        "<!DOCTYPE html>",
        '<html lang="ja">',
        "<head>",
        '<meta charset="utf-8">',
        "<title>北九州市まち・ひと・しごと創生総合戦略 KPI達成状況（平成29年度末時点）</title>",
        "<style>",
        "table { border-collapse: collapse; margin-bottom: 1em; }",
        "th, td { border: 1px solid #666; padding: 4px 8px; vertical-align: top; }",
        "th { background: #e6e6e6; }",
        "</style>",
        "</head>",
        "<body>",
        "<p>資料3</p>",
        "<h1>北九州市まち・ひと・しごと創生総合戦略　KPI達成状況（平成29年度末時点）</h1>",
        "<h2>Ⅰ　北九州市にしごとをつくり、安心して働けるようにする</h2>",
        "<table>",
        "<tr><th>H29年度末時点<br>KPI達成状況</th><th>120%以上<br>【A】</th><th>100～119%<br>【B】</th>"
        "<th>70～99%<br>【C】</th><th>69%以下<br>【D】</th></tr>",
        "<tr><th>事業数</th><td>29事業</td><td>17事業</td><td>11事業</td><td>9事業</td></tr>",
        "</table>",
        "<p>※29年度末時点KPI達成状況：各事業ごとに、計画期間内（H31年度末まで）のKPI達成を前提としたH29年度末時点のKPIの達成状況を分類したもの。</p>",
        "<p>※KPI：Key Performance Indicatorの略。施策ごとの達成すべき成果目標。</p>",
        "<p>※数値目標対象外、再掲、事業終了、調査中の事業は除く。</p>",
    ]
    for heading, rows in KITAKYUSHU_SECTIONS:
        parts.append(f"<h3>{heading}</h3>")
        parts.append("<table>")
        parts.append(
            "<thead><tr><th>事業名等</th><th>概要</th>"
            "<th>KPI（平成31年度）<br>※KPI=重要業績評価指標</th>"
            "<th>KPI実績及び<br>達成状況</th></tr></thead>"
        )
        parts.append("<tbody>")
        for name, outline, kpi, result in rows:
            parts.append(
                f"<tr><td>{name}</td><td>{outline}</td><td>{kpi}</td><td>{result}</td></tr>"
            )
        parts.append("</tbody>")
        parts.append("</table>")
    parts += [
        "<p>※事業名等の（※）は、地方創生推進交付金を活用した事業です。</p>",
        "<p>※KPI実績の達成率は、H31年度の目標値をもとに算出したH29年度末時点の目標に対する割合です。</p>",
        "<p>このページに関するお問い合わせ：企画調整局 地方創生推進室</p>",
        "</body>",
        "</html>",
        "",
    ]
    return "\n".join(parts)


def kitakyushu() -> Path:
    out = HERE / "kitakyushu_kpi_tassei_h29.html"
    out.write_text(kitakyushu_html(), encoding="utf-8", newline="\n")
    return out


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (oguchi, tamba, miki):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {kitakyushu().name}")


if __name__ == "__main__":
    main()
