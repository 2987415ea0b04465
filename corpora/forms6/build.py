"""Build the built documents of forms6/ (openpyxl, csv module, LibreOffice).

Run from anywhere: ``python build.py`` (python3 with openpyxl). It writes

* ``koriyama_jimujigyo_h27.xlsx`` (openpyxl), a re-typed 郡山市 事務事業評価シート
  「地球温暖化防止対策事業」 (平成25～27年度);
* ``source/ishigaki_kensho_h27.xlsx`` (openpyxl), a re-typed 石垣市
  「平成27年度沖縄振興特別推進交付金事業（市町村分）検証シート【公表用】」, and from it
  ``ishigaki_kensho_h27.pdf`` (in this folder) with LibreOffice headless (skipped, with a
  message, when ``soffice`` is not installed);
* ``marugame_shinko_kanri_r1.csv`` (Python's ``csv`` module, UTF-8 without BOM, CRLF), a
  re-typed list in the manner of 丸亀市 「第二次丸亀市総合計画 重点プロジェクト 進行管理シート」.

``anjo_seika_shihyo_h28.html`` is hand-written, not built here.
These are re-typed forms of other cities, not the cities' own files (README.md, SOURCES.tsv).
"""

# The data below are the forms' Japanese cells; splitting them would hurt reading.

from __future__ import annotations

import csv
import shutil
import subprocess
import tempfile
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


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    ws = wb.active
    ws.title = title
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    return wb, ws


def _put(ws, row, col, value, header=False, fmt=None, align=None, size=9, bold=False, wrap=True):
    """A bordered cell. Numbers stay numbers (with a number format)."""
    cell = ws.cell(row=row, column=col, value=None if value == "" else value)
    cell.border = BORDER
    cell.font = Font(name=FONT, size=size, bold=bold)
    if header:
        cell.fill = SHADE
        cell.alignment = Alignment(horizontal=align or "center", vertical="center", wrap_text=True)
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        cell.alignment = Alignment(horizontal="right", vertical="center")
        if fmt:
            cell.number_format = fmt
        elif isinstance(value, int):
            cell.number_format = "#,##0"
    else:
        cell.alignment = Alignment(horizontal=align, vertical="center", wrap_text=wrap)
    return cell


def _merge(ws, r1: int, c1: int, r2: int, c2: int) -> None:
    """Merge a range; every cell of it keeps its border."""
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            ws.cell(row=r, column=c).border = BORDER
    ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)


def _text(ws, row, col, value, bold=False, size=9, align=None):
    """A cell without border (titles, headings, notes)."""
    cell = ws.cell(row=row, column=col, value=value)
    cell.font = Font(name=FONT, bold=bold, size=size)
    cell.alignment = Alignment(horizontal=align, vertical="center")
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


# --------------------------------------------------------------------------------------------
# 郡山市 事務事業評価シート 地球温暖化防止対策事業 (XLSX)
# --------------------------------------------------------------------------------------------


def koriyama() -> None:
    """郡山市 事務事業評価シート (re-typed; README.md says which figures are real)."""
    wb, ws = _sheet("地球温暖化防止対策事業", [12] + [9.5] * 12)
    _text(ws, 1, 1, "事務事業評価シート", bold=True, size=14)

    _put(ws, 2, 1, "NO", header=True)
    _put(ws, 2, 2, 570)
    _put(ws, 2, 3, "政策体系", header=True)
    _put(ws, 2, 4, "4-1-2", align="center")
    _put(ws, 3, 1, "事務事業名", header=True)
    _put(ws, 3, 2, "地球温暖化防止対策事業", align="left")
    _merge(ws, 3, 2, 3, 6)
    _put(ws, 3, 7, "部", header=True)
    _put(ws, 3, 8, "生活環境部", align="left")
    _merge(ws, 3, 8, 3, 9)
    _put(ws, 3, 10, "課", header=True)
    _put(ws, 3, 11, "生活環境課", align="left")
    _merge(ws, 3, 11, 3, 13)

    _text(ws, 5, 1, "○事業概要", bold=True, size=11)

    def blocks(top: int, kind: str, items: list[tuple], with_plan: bool) -> int:
        """Three indicator blocks side by side (columns B-E, F-I, J-M)."""
        years = ("平成25年度", "平成26年度", "平成27年度")
        last = top
        for i, (label, name, unit, plan, actual) in enumerate(items):
            c = 2 + 4 * i
            r = top
            _put(ws, r, c, label, header=True)
            _put(ws, r, c + 1, name, align="left")
            _merge(ws, r, c + 1, r, c + 3)
            r += 1
            _put(ws, r, c, "単位:", header=True)
            _put(ws, r, c + 1, unit, align="left")
            _merge(ws, r, c + 1, r, c + 3)
            r += 1
            _put(ws, r, c, "区分", header=True)
            for j, y in enumerate(years):
                _put(ws, r, c + 1 + j, y, header=True)
            rows = [("計画値", plan), ("実績値", actual)] if with_plan else [("実績値", actual)]
            for rlabel, values in rows:
                r += 1
                _put(ws, r, c, rlabel, header=True)
                for j in range(3):
                    v = values[j] if values else ""
                    _put(ws, r, c + 1 + j, v)
            last = max(last, r)
        return last

    # 目的（アウトカム）: purpose text and the 成果指標 blocks
    _put(ws, 6, 2, "市民一人ひとりや市職員の地球温暖化に対する意識を高める。", align="left")
    _merge(ws, 6, 2, 6, 13)
    last = blocks(
        7,
        "成果",
        [
            ("成果指標1", "二酸化炭素削減量", "kg", (166, 166, 166), (159, 239, 147)),
            ("成果指標2", "環境家計簿参加者数", "人", (50, 50, 50), (30, 34, 6)),
            ("成果指標3", "", "", None, None),
        ],
        with_plan=True,
    )
    _put(ws, 6, 1, "目的\n（アウトカム）", header=True)
    _merge(ws, 6, 1, last, 1)

    # 手段（アウトプット）: means text and the 活動指標 blocks
    top = last + 1
    _put(
        ws,
        top,
        2,
        "市民へ地球温暖化対策に関する情報提供、家庭でできる温暖化対策の取組紹介などの啓発事業を実施する。\n市の全職場において、省エネ、節水、廃棄物減量、グリーン購入の取組みを実施する。",
        align="left",
    )
    _merge(ws, top, 2, top, 13)
    ws.row_dimensions[top].height = 30
    last = blocks(
        top + 1,
        "活動",
        [
            ("活動指標1", "公用自転車使用件数", "回", None, (524, 370, 350)),
            ("活動指標2", "公用自転車走行距離", "km", None, (2023, 1452, 1442)),
            ("活動指標3", "環境推進員等研修会開催日数", "回", None, (1, 1, 1)),
        ],
        with_plan=False,
    )
    _put(ws, top, 1, "手段\n（アウトプット）", header=True)
    _merge(ws, top, 1, last, 1)

    # ○事業費（インプット） — money, in 千円
    r = last + 2
    _text(ws, r, 1, "○事業費（インプット）", bold=True, size=11)
    _text(ws, r, 5, "単位:千円", align="right")
    r += 1
    _put(ws, r, 1, "", header=True)
    for j, y in enumerate(("H25年度", "H26年度", "H27年度")):
        _put(ws, r, 2 + j, y, header=True)
    money = [
        ("事業費", (3745, 527, 269)),
        ("人件費", (7500, 3000, 539)),
        ("総事業費", (11245, 3527, 808)),
    ]
    note_top = r + 1
    for name, values in money:
        r += 1
        _put(ws, r, 1, name, header=True)
        for j, v in enumerate(values):
            _put(ws, r, 2 + j, v, fmt="#,##0")
    _text(
        ws,
        note_top + 1,
        6,
        "※平成27年度から人件費の算出方法を変更したため、平成26年度以前の人件費は参考として掲載しています。",
        size=8,
    )

    # ○事業継続性評価 — evaluation words
    r += 2
    _text(ws, r, 1, "○事業継続性評価", bold=True, size=11)
    r += 1
    _put(ws, r, 1, "一次評価", header=True)
    _merge(ws, r, 1, r + 1, 1)
    _put(ws, r, 2, "B", align="center", bold=True)
    _merge(ws, r, 2, r + 1, 2)
    _put(ws, r, 3, "市民ニーズ", header=True)
    _put(ws, r, 4, "○", align="center")
    _put(ws, r, 5, "他の団体において代替サービスが実施されていない", align="left")
    _merge(ws, r, 5, r, 13)
    _put(ws, r + 1, 3, "利用者数", header=True)
    _put(ws, r + 1, 4, "○", align="center")
    _put(ws, r + 1, 5, "利用者数が減少傾向である", align="left")
    _merge(ws, r + 1, 5, r + 1, 13)

    _page(ws, "landscape")
    path = HERE / "koriyama_jimujigyo_h27.xlsx"
    wb.save(path)
    print(f"wrote {path.name}")


# --------------------------------------------------------------------------------------------
# 石垣市 沖縄振興特別推進交付金事業（市町村分）検証シート (XLSX → PDF)
# --------------------------------------------------------------------------------------------


def ishigaki() -> Path:
    """石垣市 平成27年度 検証シート【公表用】, 1-① 観光誘客プロモーション事業 (re-typed)."""
    wb, ws = _sheet("1-①", [13, 9, 20, 11, 11, 11, 11, 11, 14, 22])
    _put(ws, 1, 1, "市町村名", header=True)
    _put(ws, 1, 2, "石垣市", align="center")
    _merge(ws, 1, 2, 1, 3)
    _text(
        ws,
        1,
        4,
        "平成27年度沖縄振興特別推進交付金事業（市町村分）検証シート【公表用】",
        bold=True,
        size=13,
    )

    r = 3
    _put(ws, r, 1, "事業番号\n・事業名", header=True)
    _put(ws, r, 2, "1-①", align="center")
    _put(ws, r, 3, "観光誘客プロモーション事業", align="left")
    _merge(ws, r, 3, r, 5)
    _put(ws, r, 6, "沖縄21世紀ビジョン\n基本計画該当箇所", header=True)
    _merge(ws, r, 6, r, 7)
    _put(ws, r, 8, "第3章‐1‐(5)‐ウ\n文化コンテンツ産業の振興", align="left")
    _merge(ws, r, 8, r, 10)
    ws.row_dimensions[r].height = 28
    r += 1
    _put(ws, r, 1, "担当部課名", header=True)
    _put(ws, r, 2, "観光文化スポーツ局　観光文化課", align="left")
    _merge(ws, r, 2, r, 5)
    _put(ws, r, 6, "沖縄振興基本方針\n該当箇所", header=True)
    _merge(ws, r, 6, r, 7)
    _put(ws, r, 8, "Ⅲ-1-(1)", align="left")
    _merge(ws, r, 8, r, 10)
    ws.row_dimensions[r].height = 28
    r += 1
    _put(ws, r, 1, "事業実施\n（予定）年度", header=True)
    _put(ws, r, 2, "平成24～33年度", align="left")
    _merge(ws, r, 2, r, 10)
    ws.row_dimensions[r].height = 26
    r += 1
    _put(ws, r, 1, "事業内容", header=True)
    _put(
        ws,
        r,
        2,
        "観光需要の安定化を図るため、県外の主要都市などターゲットとなる対象に出向き石垣島観光の魅力を対面プロモーションで紹介するほか、メディア媒体等を活用したPRや誘客イベントを開催する。",
        align="left",
    )
    _merge(ws, r, 2, r, 10)
    ws.row_dimensions[r].height = 28
    r += 1
    _put(ws, r, 1, "実施方法", header=True)
    _put(ws, r, 2, "■直接実施　■委託　□補助　□負担　□その他（　　　）", align="left")
    _merge(ws, r, 2, r, 10)

    # 予算額・執行額【単位：千円】 — money, no records
    r += 2
    top = r
    _put(ws, r, 2, "", header=True)
    _merge(ws, r, 2, r, 3)
    for j, y in enumerate(("24年度", "25年度", "26年度", "27年度", "28年度")):
        _put(ws, r, 4 + j, y, header=True)
    money = [
        ("(a)当初予算額", ("5,915", "9,783", "5,492", "21,440", "－")),
        ("(b)予算現額", ("5,915", "7,583", "5,492", "17,740", "－")),
        ("(c)増減額(b-a)", ("0", "▲ 2,200", "0", "▲ 3,700", "－")),
        ("(d)繰越額", ("－", "－", "－", "－", "－")),
        ("A.計(b+d)", ("5,915", "7,583", "5,492", "17,740", "－")),
        ("B.執行済額", ("3,837", "6,562", "4,910", "16779", "－")),
        ("うち交付金充当額", ("3,069", "4,523", "3,927", "13318", "－")),
        ("次年度繰越額", ("0", "0", "0", "0", "－")),
        ("執行率(%)(B/A)", ("64.9%", "86.5%", "89.4%", "95%", "－")),
    ]
    for k, (name, values) in enumerate(money):
        r += 1
        if k < 4:
            _put(ws, r, 3, name, header=True, align="left")
        else:
            _put(ws, r, 2, name, header=True, align="left")
            _merge(ws, r, 2, r, 3)
        for j, v in enumerate(values):
            _put(ws, r, 4 + j, v, align="right")
    _put(ws, top + 1, 2, "予\n算\nの\n状\n況", header=True)
    _merge(ws, top + 1, 2, top + 4, 2)
    _put(
        ws,
        top,
        1,
        "予算額・\n執行額\n【単位：千円】\n（「交付金」＋\n「市町村負担」\nベース）",
        header=True,
        size=8,
    )
    _merge(ws, top, 1, r, 1)
    _put(ws, top, 9, "予算の状況の説明", header=True)
    _merge(ws, top, 9, top, 10)
    _put(ws, top + 1, 9, "事業計画とおりに執行した。", align="left")
    _merge(ws, top + 1, 9, r, 10)
    for rr in range(top, r + 1):
        ws.row_dimensions[rr].height = 15

    # 達成状況 — H27活動目標（指標） grid, era-less year columns, targets in parentheses
    r += 2
    _text(ws, r, 1, "達成状況", bold=True, size=11)
    r += 1
    head = r
    _put(ws, r, 2, "H27活動目標（指標）", header=True)
    _merge(ws, r, 2, r, 4)
    for j, y in enumerate(("27年度", "28年度", "29年度", "30年度")):
        _put(ws, r, 5 + j, y, header=True)
    empty = "（　　　）"
    grid = [
        (
            "ターゲット都市でのプロモーションイベント等",
            ("（　11回　）", empty, empty, empty),
            ("8回", "", "", ""),
        ),
        (
            "ラジオ、雑誌等のメディア活用PR",
            ("（　5媒体　）", empty, empty, empty),
            ("6媒体", "", "", ""),
        ),
        (
            "直行便就航地での誘客キャラバンの実施",
            ("（　4都市　）", "（　4都市　）", empty, empty),
            ("4都市", "", "", ""),
        ),
        (
            "観光関係団体向け受入研修会の開催",
            ("（　3回　）", empty, empty, empty),
            ("2回", "", "", ""),
        ),
    ]
    for name, plan, actual in grid:
        r += 1
        _put(ws, r, 2, name, align="left")
        _merge(ws, r, 2, r + 1, 3)
        _put(ws, r, 4, "目　標", header=True)
        for j, v in enumerate(plan):
            _put(ws, r, 5 + j, v, align="center")
        _put(ws, r + 1, 4, "実　績", header=True)
        for j, v in enumerate(actual):
            _put(ws, r + 1, 5 + j, v, align="center")
        ws.row_dimensions[r].height = 17
        ws.row_dimensions[r + 1].height = 17
        r += 1
    _put(ws, head, 1, "活動目標\n（指標）\n及び\n達成状況", header=True)
    _merge(ws, head, 1, r, 1)
    _put(ws, head, 9, "達成状況説明", header=True)
    _merge(ws, head, 9, head, 10)
    _put(
        ws,
        head + 1,
        9,
        "県外及び県内において、地元観光関係団体と連携した観光誘客プロモーションを展開した。メディアを活用したPRは目標を上回ったが、プロモーションイベントは日程調整がつかず3回実施できなかった。",
        align="left",
    )
    _merge(ws, head + 1, 9, r, 10)

    _page(ws, "landscape")
    SOURCE.mkdir(exist_ok=True)
    path = SOURCE / "ishigaki_kensho_h27.xlsx"
    wb.save(path)
    print(f"wrote source/{path.name}")
    return path


def to_pdf(xlsx: Path) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        print(
            f"soffice not found: {xlsx.with_suffix('.pdf').name} not rebuilt (the XLSX was written)"
        )
        return
    SOURCE.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory(dir=SOURCE, prefix="_soffice_") as tmp:
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
        )
        pdf = HERE / xlsx.with_suffix(".pdf").name
        shutil.copy(Path(tmp) / pdf.name, pdf)
    print(f"wrote {pdf.name}")


# --------------------------------------------------------------------------------------------
# 丸亀市 重点プロジェクト 進行管理シート (一覧) (CSV)
# --------------------------------------------------------------------------------------------

MARUGAME_ROWS: list[list[str]] = [
    ["第二次丸亀市総合計画　重点プロジェクト　進行管理シート（一覧）"],
    ["令和元年5月"],
    [
        "No.",
        "取組",
        "担当課",
        "指標",
        "単位",
        "基準値（H28）",
        "H29実績",
        "H30実績見込",
        "目標値（R3）",
    ],
    ["Ⅰ　心豊かな子どもが育つ"],
    ["1　「子育てするなら丸亀」の実現を目指す"],
    ["1", "私的待機児童の解消", "幼保運営課", "私的待機児童数", "人", "48", "35", "22", "0"],
    [
        "3",
        "病児・病後児保育等の充実",
        "子育て支援課",
        "病児・病後児保育の利用者数（延べ人数）",
        "人",
        "1,012",
        "1,150",
        "1,236",
        "1,400",
    ],
    ["2　地域とともに子どもたちを育てる"],
    [
        "41",
        "小児生活習慣病対策の推進",
        "学校教育課",
        "小児生活習慣病予防健診の受診率",
        "％",
        "72.4",
        "74.1",
        "75.0",
        "80.0",
    ],
    ["Ⅳ　健康に暮らせる"],
    ["7　市民の健康づくりを応援する"],
    [
        "40",
        "糖尿病等予防対策の推進",
        "健康課",
        "糖尿病性腎症による新規人工透析導入者数の増減（対前年度）",
        "人",
        "±0",
        "－",
        "△2",
        "△5",
    ],
    [
        "41",
        "小児生活習慣病対策の推進（★再掲）",
        "健康課",
        "小児生活習慣病予防健診の受診率",
        "％",
        "72.4",
        "74.1",
        "75.0",
        "80.0",
    ],
]


def marugame() -> None:
    path = HERE / "marugame_shinko_kanri_r1.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)  # default lineterminator: CRLF
        for row in MARUGAME_ROWS:
            writer.writerow(row)
    print(f"wrote {path.name}")


if __name__ == "__main__":
    koriyama()
    to_pdf(ishigaki())
    marugame()
