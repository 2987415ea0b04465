"""Build the built documents of corpora/forms5/ (csv module, openpyxl, LibreOffice).

Run from anywhere: ``python corpora/forms5/build.py``. It writes

* ``etajima_gutaiteki_shisaku_h27.xlsx`` (openpyxl), a re-typed 江田島市 資料4
  「総合戦略の具体的施策」 sheet (tuned);
* ``source/kashima_kpi_tassei_h28.xlsx`` (openpyxl), a re-typed 鹿島市 「まち・ひと・しごと創生
  総合戦略 KPI達成状況（平成28年度末時点）」 page, and from it ``kashima_kpi_tassei_h28.pdf``
  (in this folder) with LibreOffice headless (skipped, with a message, when ``soffice`` is
  not installed) (tuned);
* ``tamana_jigo_hyoka_h27.csv`` (Python's ``csv`` module, UTF-8 without BOM, CRLF), a re-typed
  玉名市 事務事業事後評価結果一覧表（外部評価対象事業） (held out).

``kaizuka_shisaku_hyoka_h25.html`` (held out) is hand-written, not built here.
These are re-typed forms of other cities, not the cities' own files (README.md, SOURCES.tsv).
"""

# ruff: noqa: E501
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


def _put(ws, row, col, value, header=False, fmt=None, border=True, bold=False, align=None, size=10):
    cell = ws.cell(row=row, column=col, value=None if value == "" else value)
    if border:
        cell.border = BORDER
    cell.font = Font(name=FONT, bold=bold, size=size)
    if header:
        cell.fill = SHADE
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    elif isinstance(value, (int, float)):
        cell.alignment = Alignment(horizontal="right", vertical="center")
        if fmt:
            cell.number_format = fmt
        elif isinstance(value, int) and abs(value) >= 1000:
            cell.number_format = "#,##0"
    else:
        cell.alignment = Alignment(horizontal=align, vertical="center", wrap_text=True)
    return cell


def _merge(ws, r1: int, c1: int, r2: int, c2: int) -> None:
    """Merge a range; every cell of it keeps its border."""
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            ws.cell(row=r, column=c).border = BORDER
    ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)


def _text(ws, row, col, value, bold=False, size=10, align=None):
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


# --------------------------------------------------------------------------------------------
# 江田島市 資料4 総合戦略の具体的施策 (XLSX, tuned)
# --------------------------------------------------------------------------------------------


def etajima() -> None:
    """江田島市 総合戦略の具体的施策 ① (re-typed; README.md says which figures are real)."""
    wb, ws = _sheet("資料4", [16, 40, 13, 11, 10, 9, 13])
    _text(ws, 1, 1, "総合戦略の具体的施策", bold=True, size=14)
    _text(ws, 1, 7, "資料4", bold=True, size=12, align="right")
    _text(ws, 2, 1, "※目標値（H31）内の「延べ」は計画期間（5年間）の合計値")
    _text(
        ws, 3, 1, "改善・悪化：改善○，維持△，悪化×，未実施－　　達成度：順調Ａ，要改善Ｂ，未実施－"
    )

    _text(ws, 5, 1, "①地域で暮らすためのしごとをつくる", bold=True, size=12)
    _text(ws, 6, 1, "（ⅰ）基本目標", bold=True)
    _text(
        ws,
        7,
        1,
        "　江田島市生まれの若者や移住希望者の居住地などとして選択されるため，例え小規模であっても地域で暮らすための「仕事」づくりを推進します。",
    )

    r = 8
    _put(ws, r, 1, "目標指標", header=True)
    _merge(ws, r, 1, r, 3)
    _put(ws, r, 4, "基準値\n（H26）", header=True)
    _merge(ws, r, 4, r, 5)
    _put(ws, r, 6, "実績値\n（H27）", header=True)
    _put(ws, r, 7, "目標値\n（H31）", header=True)
    ws.row_dimensions[r].height = 30
    goals = [
        ("創業・起業の年間件数（件）", 3, 9, 12),
        ("農・水産業の後継者・担い手の育成（人）", "延べ　2", "延べ　6", "延べ　8"),
    ]
    for name, base, act, tgt in goals:
        r += 1
        _put(ws, r, 1, name)
        _merge(ws, r, 1, r, 3)
        _put(ws, r, 4, base, align="right")
        _merge(ws, r, 4, r, 5)
        _put(ws, r, 6, act, align="right")
        _put(ws, r, 7, tgt, align="right")

    r += 2
    _text(ws, r, 1, "（ⅱ）基本的方向", bold=True)
    _text(ws, r + 1, 1, "　・農林水産業の担い手の確保・育成と，特産品の生産拡大を進めます。")
    _text(ws, r + 2, 1, "　・創業・起業の支援により，地域で暮らすための多様な仕事をつくります。")

    r += 4
    _text(ws, r, 1, "（ⅲ）具体的施策・施策ごとの重要業績評価指標", bold=True)

    def kpi_block(start: int, heading: str, rows: list[tuple]) -> int:
        _text(ws, start, 1, heading, bold=True)
        top = start + 1
        _put(ws, top, 2, "指　標　名", header=True)
        _merge(ws, top, 2, top + 1, 2)
        _put(ws, top, 3, "現状値\n（H26）", header=True)
        _merge(ws, top, 3, top + 1, 3)
        _put(ws, top, 4, "H27", header=True)
        _merge(ws, top, 4, top, 6)
        _put(ws, top + 1, 4, "実績", header=True)
        _put(ws, top + 1, 5, "改善・\n悪化", header=True)
        _put(ws, top + 1, 6, "達成度", header=True)
        _put(ws, top, 7, "目標値\n（H31）", header=True)
        _merge(ws, top, 7, top + 1, 7)
        ws.row_dimensions[top + 1].height = 30
        rr = top + 1
        for name, base, act, mark, grade, tgt, fmt, review in rows:
            rr += 1
            _put(ws, rr, 2, name)
            for col, v in ((3, base), (4, act), (7, tgt)):
                if isinstance(v, str):
                    _put(ws, rr, col, v, align="right")
                else:
                    _put(ws, rr, col, v, fmt=fmt)
            _put(ws, rr, 5, mark, align="center")
            _put(ws, rr, 6, grade, align="center")
            ws.row_dimensions[rr].height = 20
            rr += 1
            _put(ws, rr, 2, "≪成果と見直し≫\n" + review, align="left")
            _merge(ws, rr, 2, rr, 7)
            ws.row_dimensions[rr].height = 44
        _put(ws, top, 1, "重要業績\n評価指標\n（ＫＰＩ）", header=True)
        _merge(ws, top, 1, rr, 1)
        return rr

    r = kpi_block(
        r + 1,
        "■施策①　農林業の振興",
        [
            (
                "有害鳥獣による農作物年間被害額（千円）",
                22585,
                20563,
                "○",
                "Ａ",
                20000,
                "#,##0",
                "防護柵の設置等による防除対策の普及により，減少した。今後も，侵入防止柵の設置や加害個体の捕獲の推進について，生産者への啓発を行うなど，支援制度を維持する。",
            ),
            (
                "農業の後継者・担い手の育成（人）",
                "延べ　2",
                "延べ　4",
                "○",
                "Ａ",
                "延べ　5",
                None,
                "野菜と花卉において，各1人ずつ研修生を受け入れた。新規就農者研修生募集制度の広報活動等に取り組んでいく。",
            ),
            (
                "オリーブ栽培の面積（ha）",
                22.6,
                24.6,
                "○",
                "Ｂ",
                35.0,
                "0.0",
                "オリーブ栽培の普及活動により，栽培面積は増加したが，目標達成に向けて苗木の配布を拡充する。",
            ),
        ],
    )
    r = kpi_block(
        r + 2,
        "■施策②　水産業の振興",
        [
            (
                "カキ養殖の年間生産量（ｔ）",
                3215,
                3080,
                "×",
                "Ｂ",
                3400,
                "#,##0",
                "夏季の高水温によるへい死が発生し，生産量が減少した。漁協と連携し，採苗・育成方法の改善を支援する。",
            ),
            (
                "水産物直売イベントの年間来場者数（人）",
                4800,
                "－",
                "－",
                "－",
                6000,
                "#,##0",
                "平成27年度は会場改修のため開催を見送った。平成28年度から再開する。",
            ),
        ],
    )
    _page(ws, "portrait")
    path = HERE / "etajima_gutaiteki_shisaku_h27.xlsx"
    wb.save(path)
    print(f"wrote {path.relative_to(HERE.parent.parent)}")


# --------------------------------------------------------------------------------------------
# 鹿島市 KPI達成状況 (XLSX → PDF, tuned)
# --------------------------------------------------------------------------------------------


def kashima() -> Path:
    """鹿島市まち・ひと・しごと創生総合戦略 KPI達成状況（平成28年度末時点）, 政策目標1 (re-typed)."""
    wb, ws = _sheet("政策目標1", [44, 8, 12, 15, 15, 11, 11, 11])
    _text(ws, 1, 8, "資料2", bold=True, size=12, align="right")
    _text(ws, 2, 1, "鹿島市まち・ひと・しごと創生総合戦略　KPI達成状況", bold=True, size=14)
    _text(ws, 3, 1, "（平成28年度末時点）", size=11)
    _text(
        ws,
        5,
        1,
        "政策目標1　鹿島のものづくりをさらに磨きあげて　鹿島ならではのしごとを生み出す",
        bold=True,
        size=12,
    )

    def block(start: int, heading: str, content: str, rows: list[tuple]) -> int:
        _text(ws, start, 1, heading, bold=True, size=11)
        _put(ws, start + 1, 1, "内　容", header=True)
        _put(ws, start + 1, 2, content, align="left")
        _merge(ws, start + 1, 2, start + 1, 8)
        ws.row_dimensions[start + 1].height = 42
        top = start + 2
        _put(ws, top, 1, "成果指標名", header=True)
        _merge(ws, top, 1, top + 1, 1)
        _put(ws, top, 2, "単位", header=True)
        _merge(ws, top, 2, top + 1, 2)
        _put(ws, top, 3, "施策目標", header=True)
        _put(ws, top + 1, 3, "平成31年度", header=True)
        _put(ws, top, 4, "施策目標の達成状況", header=True)
        _merge(ws, top, 4, top, 8)
        for i, y in enumerate(
            ("平成27年度", "平成28年度", "平成29年度", "平成30年度", "平成31年度")
        ):
            _put(ws, top + 1, 4 + i, y, header=True)
        rr = top + 1
        for name, unit, target, h27, h28 in rows:
            rr += 1
            _put(ws, rr, 1, name)
            _put(ws, rr, 2, unit, align="center")
            for col, v in ((3, target), (4, h27), (5, h28)):
                if isinstance(v, str):
                    _put(ws, rr, col, v, align="right")
                else:
                    _put(ws, rr, col, v)
            for col in (6, 7, 8):
                _put(ws, rr, col, "")
            ws.row_dimensions[rr].height = 30
        return rr

    r = block(
        7,
        "基本戦略①　新規就農者、農業後継者への支援",
        "地域農業の中核を担う農家等を認定農業者として、また新規就農者等を認定新規就農者として「人・農地プラン」に位置づけを行い、総合的に支援していきます。また、45歳未満の青年農業者等に対して就農支援として給付金を給付します。",
        [("新規就農者、農業後継者への支援施策による新規就農者", "人/年", 5, 4, 6)],
    )
    r = block(
        r + 2,
        "基本戦略②　地場企業の育成と企業誘致",
        "市内の製造業をはじめとする地場企業の設備投資や販路拡大を支援するとともに、工業団地への企業誘致を進め、雇用の場を確保します。",
        [
            ("製造業の従業者数", "人", "2,315", "2,211\n(H26)", "※調査時点変更により未公表"),
            (
                "卸売業・小売業の従業者数",
                "人",
                "2,995",
                "2,059\n(H26)",
                "※調査時点変更により未公表",
            ),
            (
                "製造品出荷額等",
                "万円",
                "4,900,594",
                "4,934,005\n(H26)",
                "※調査時点変更により未公表",
            ),
        ],
    )
    r = block(
        r + 2,
        "基本戦略③　創業・起業への支援",
        "商工団体や金融機関と連携した創業塾の開催や、空き店舗を活用した創業への補助により、新たなしごとを生み出します。",
        [
            ("創業支援事業による創業者数", "人/年", 2, 3, 2),
            ("空き店舗を活用した新規出店者数", "人/年", 3, 3, 1),
        ],
    )
    _text(
        ws,
        r + 2,
        1,
        "※経済センサス等の調査時点の変更により、平成27年度の欄には前回調査（H26）の値を掲載しています。",
        size=9,
    )
    _page(ws, "landscape")
    SOURCE.mkdir(exist_ok=True)
    path = SOURCE / "kashima_kpi_tassei_h28.xlsx"
    wb.save(path)
    print(f"wrote {path.relative_to(HERE.parent.parent)}")
    return path


def to_pdf(xlsx: Path) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        print(
            f"soffice not found: {xlsx.with_suffix('.pdf').name} not rebuilt (the XLSX was written)"
        )
        return
    with tempfile.TemporaryDirectory() as tmp:
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
    print(f"wrote {pdf.relative_to(HERE.parent.parent)}")


# --------------------------------------------------------------------------------------------
# 玉名市 事務事業事後評価結果一覧表（外部評価対象事業） (CSV, held out)
# --------------------------------------------------------------------------------------------

TAMANA_ROWS: list[list[str]] = [
    ["【参考帳票10】事務事業事後評価結果一覧表（外部評価対象事業）"],
    [
        "事務事業の名称",
        "事業内容",
        "所管課",
        "事業期間",
        "投入コスト（千円）※下段（臨時・非常勤職員人件費を再掲）",
        "",
        "",
        "",
        "成果指標（単位）",
        "成果",
        "",
        "",
        "評価結果",
    ],
    [
        "",
        "",
        "",
        "",
        "H24決算",
        "H25決算",
        "H26決算",
        "H27予算",
        "",
        "H25",
        "H26実績",
        "H27目標",
        "",
    ],
    [
        "道路新設改良事業（岱明玉名線補助）",
        "岱明玉名線社会資本整備総合交付金用地購入事業、岱明玉名線社会資本整備総合交付金補償事業、岱明玉名線社会資本整備総合交付金委託事業、岱明玉名線社会資本整備総合交付金工事請負事業",
        "建設課",
        "H17年度～H30年度",
        "27,922",
        "54,891",
        "63,550",
        "312,000",
        "岱明玉名線の整備率（％）",
        "0.0",
        "0.0",
        "0.0",
        "【B】重点維持領域",
    ],
    ["", "", "", "", "(0)", "(0)", "(0)", "(0)", "", "", "", "", ""],
    [
        "花の都づくり推進事業",
        "花いっぱい運動、公共施設等への花苗植込み",
        "都市整備課",
        "H17年度～",
        "7,634",
        "10,095",
        "9,093",
        "9,682",
        "植込み箇所数（箇所）",
        "46",
        "46",
        "36",
        "【B】重点維持領域",
    ],
    ["", "", "", "", "(0)", "(0)", "(0)", "(0)", "", "", "", "", ""],
    [
        "市民会館管理事業",
        "市民会館維持管理業務、市民会館指定管理業務",
        "文化課",
        "H17年度～",
        "23,268",
        "23,902",
        "22,676",
        "22,680",
        "市民会館の利用者数（人）",
        "118,688",
        "110,027",
        "117,778",
        "【A】重点改善領域",
    ],
    ["", "", "", "", "(0)", "(0)", "(0)", "(0)", "", "", "", "", ""],
    [
        "中心市街地活性化事業",
        "空き店舗対策補助、まちなか賑わい創出イベント",
        "商工観光課",
        "H20年度～",
        "5,529",
        "4,870",
        "5,102",
        "5,300",
        "新規出店数",
        "3",
        "2",
        "5",
        "【A】重点改善領域",
    ],
    ["", "", "", "", "(0)", "(0)", "(0)", "(0)", "", "", "", "", ""],
    [
        "ファミリーサポートセンター事業",
        "ファミリーサポートセンター事業",
        "子育て支援課",
        "H19年度～",
        "3,552",
        "3,552",
        "3,560",
        "3,560",
        "ファミリーサポートセンター事業利用件数（人）",
        "1,184",
        "1,230",
        "1,300",
        "【B】重点維持領域",
    ],
    ["", "", "", "", "(0)", "(0)", "(0)", "(0)", "", "", "", "", ""],
    [
        "子ども医療費事業",
        "乳幼児医療費・子ども医療費助成事業、医療費助成事務・データ入力業務委託事業",
        "子育て支援課",
        "H17年度～",
        "176,428",
        "180,633",
        "207,519",
        "209,193",
        "乳幼児医療費・子ども医療費助成件数（件）",
        "41,026",
        "42,457",
        "－",
        "【B】重点維持領域",
    ],
    ["", "", "", "", "(0)", "(184)", "(0)", "(0)", "", "", "", "", ""],
    [
        "地域協議会事業",
        "地域協議会の運営",
        "企画経営課",
        "H17年度～",
        "31",
        "68",
        "62",
        "88",
        "市への答申、建議及び要望数（件）",
        "9",
        "11",
        "10",
        "【B】重点維持領域",
    ],
    ["", "", "", "", "(0)", "(0)", "(0)", "(0)", "", "", "", "", ""],
]


def tamana() -> None:
    path = HERE / "tamana_jigo_hyoka_h27.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)  # default lineterminator: CRLF
        for row in TAMANA_ROWS:
            writer.writerow(row)
    print(f"wrote {path.relative_to(HERE.parent.parent)}")


if __name__ == "__main__":
    etajima()
    to_pdf(kashima())
    tamana()
