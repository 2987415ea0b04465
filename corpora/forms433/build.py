"""Build the documents of forms433/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``fukutsu_machizukuri_shihyo_r5.html``, a まちづくり計画 指標 page in the manner of 福津市 (福岡県):
  one transposed table, **the five indicators across as ``<th>`` columns and the roles down
  (``単位`` row, ``基準値（2018年度）``, ``2021年度実績`` … ``2023年度目標``, ``目標値（2030年度）``)**,
  a range target ``40～45``, ``中止`` and ``―`` cells;
* ``source/sakaiminato_kanko_kpi_r6.xlsx``, a 観光振興プラン KPI sheet in the manner of 境港市 (鳥取県):
  **a ``集計期間`` column saying per row whether the ``R4`` … heads are 暦年 or 年度**, a
  ``（参考）`` row that is no KPI, ``（過去最高）`` in a cell; and the landscape PDF;
* ``source/mitoyo_seika_shihyo_r5.xlsx``, a 総合計画 成果指標 sheet in the manner of 三豊市 (香川県):
  years down, **each indicator a pair of columns ``目標 | 実績``**, the baseline in the 実績 column of
  the ``平成30年度（基準）`` row, diagonal-struck cells, era-less ``２年度`` rows; and the portrait PDF;
* ``tsukumi_seika_shihyo_r5.xlsx``, a workbook left as it is: 成果指標 of a 総合計画 in the manner of
  津久見市 (大分県), ``千t`` in 単位, **a 備考 ``各年度末（3月31日）現在`` that dates one row's cells to
  the end of each fiscal year**, an indicator added at the R4 review with diagonal-struck cells.

The PDF steps are skipped, with a message, when ``soffice`` is not installed.
These are re-typed forms of other municipalities, not their own files (README.md, SOURCES.tsv).

The XLSX and HTML files are byte-stable: fixed document dates, and the zip members are
rewritten with a fixed timestamp. The PDFs carry LibreOffice's creation date, so they differ
by that only.
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
SLASH = Border(left=THIN, right=THIN, top=THIN, bottom=THIN, diagonal=THIN, diagonalUp=True)
SHADE = PatternFill("solid", fgColor="D9D9D9")
LIGHT = PatternFill("solid", fgColor="F2F2F2")
FONT = "IPAexGothic"
FIXED = dt.datetime(2026, 12, 7, 0, 0, 0)
# --------------------------------------------------------------------------------------------
# Sheet helpers
# --------------------------------------------------------------------------------------------


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms433/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms433/build.py"
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


def _fields(ws, r: int, last: int, fields) -> int:
    """Bordered form rows ``label | value`` (label over columns 1-2); returns the next free row."""
    for label, value, height in fields:
        _merge(ws, r, 1, r, 2)
        _put(ws, r, 1, label, header=True)
        _span(ws, r, 3, last, value).alignment = Alignment(
            horizontal="left", vertical="top" if height > 20 else "center", wrap_text=True
        )
        ws.row_dimensions[r].height = height
        r += 1
    return r


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
                    rb"\g<1>2026-12-07T00:00:00Z\g<2>",
                    data,
                )
            info = zipfile.ZipInfo(name, date_time=(2026, 12, 7, 0, 0, 0))
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
    with tempfile.TemporaryDirectory(prefix="forms433_soffice_") as tmp:
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


def _slash(ws, row, col):
    """An empty cell struck through with a diagonal line (斜線): no value applies."""
    cell = ws.cell(row=row, column=col, value=None)
    cell.border = SLASH
    return cell


# --------------------------------------------------------------------------------------------
# 福津市 (福岡県): 福津市まちづくり計画 テーマ別目標像７「観光振興」まちづくり指標の進捗状況（令和５年度）
# --------------------------------------------------------------------------------------------

# Real (city.fukutsu.lg.jp 1291, dic.nicovideo.jp 福津市, zenkan.jp): the plan 福津市まちづくり計画, the
# テーマ別目標像 7 wording, the merger of 福間町 and 津屋崎町 (2005-01-24), 52.76km², 68,811人 (2024-02-01),
# the 約22km coast, 福間海岸「九州の湘南」, 宮地嶽神社. Made up: the page, the indicators and every figure.
FK_NAMES = [
    "①観光入込客数",
    "②市内宿泊者数",
    "③観光ボランティアガイドの案内件数",
    "④福間海水浴場の利用者数",
    "⑤観光に関する市民満足度",
]
FK_ROWS = [
    ("単位", ["千人", "人", "件", "千人", "％"]),
    ("基準値（2018年度）", ["2,130", "18,400", "412", "254", "31.5"]),
    ("2021年度実績", ["1,482", "11,260", "198", "中止", "―"]),
    ("2022年度実績", ["1,905", "15,830", "305", "162", "34.8"]),
    ("2023年度実績", ["2,214", "19,120", "388", "231", "36.2"]),
    ("2023年度目標", ["2,200", "19,000", "420", "240", "40～45"]),
    ("目標値（2030年度）", ["2,500", "24,000", "500", "280", "50.0"]),
]


def fukutsu_html() -> str:
    head = "".join(f'<th scope="col">{n}</th>' for n in FK_NAMES)
    body = []
    for label, cells in FK_ROWS:
        tds = "".join(f"<td>{c}</td>" for c in cells)
        body.append(f'        <tr><th scope="row">{label}</th>{tds}</tr>')
    rows = "\n".join(body)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>まちづくり指標の進捗状況（テーマ別目標像７　観光振興）｜福津市</title>
</head>
<body>
<header><p class="site">福津市</p></header>
<nav aria-label="パンくずリスト">
  <ol>
    <li><a href="/">ホーム</a></li>
    <li><a href="/shisei/">市政情報</a></li>
    <li><a href="/shisei/keikaku/">計画・構想</a></li>
    <li><a href="/shisei/keikaku/machizukuri/">福津市まちづくり計画</a></li>
    <li>まちづくり指標の進捗状況（観光振興）</li>
  </ol>
</nav>
<main>
  <h1>福津市まちづくり計画　まちづくり指標の進捗状況（令和５年度）</h1>
  <p class="date">更新日：2024年9月27日　担当：経営戦略課</p>
  <p>福津市は2005年（平成17年）1月24日に福間町と津屋崎町が合併して誕生しました。面積は52.76km²、人口は68,811人（2024年2月1日推計）です。玄界灘に面した約22kmの海岸線を持ち、福間海岸は「九州の湘南」とも呼ばれています。</p>
  <p>まちづくり計画に掲げる7つのテーマ別目標像ごとに指標を設定し、毎年度その進捗を公表しています。このページでは、テーマ別目標像７の指標を掲載しています。</p>
  <h2>テーマ別目標像７　観光振興：福津の魅力を生かした持続可能な観光のまち</h2>
  <table border="1">
    <thead>
        <tr><th scope="col">区分</th>{head}</tr>
    </thead>
    <tbody>
{rows}
    </tbody>
  </table>
  <p>※④は海水浴場の開設期間（7月～8月）の利用者数です。2021年度は新型コロナウイルス感染症の影響で海水浴場を開設しませんでした。</p>
  <p>※⑤は市民意識調査（2,000人を無作為抽出）による「満足」「やや満足」の割合です。2021年度は調査を実施していません。</p>
  <p>※2023年度目標は、2020年度に設定した年次目標です。</p>
  <div class="contact">
    <p>このページに関するお問い合わせ　経営戦略課　電話：0940-43-8106</p>
  </div>
</main>
</body>
</html>
"""


def fukutsu() -> Path:
    path = HERE / "fukutsu_machizukuri_shihyo_r5.html"
    path.write_text(fukutsu_html(), encoding="utf-8", newline="\n")
    print(f"wrote {path.name}")
    return path


# --------------------------------------------------------------------------------------------
# 境港市 (鳥取県): 境港市観光振興プラン 成果指標（KPI）進捗管理表（令和６年度実績）
# --------------------------------------------------------------------------------------------

# Real (mykoho.jp 9664475, inoueshigehisa.net 239499, ryoko-net.co.jp): 29.11km², 約3.2万人, the
# 水木しげるロード (平成5年7月, 約800m, 178体), more than 200万人 in 令和6年 (203万人), 紅ズワイガニ
# 水揚げ日本一, the 記念館 reopening in 2024. Made up: the plan, its period, the 課, the indicators and
# every other figure.
SK_ROWS = [
    # No., name, unit, 集計期間, base R3, R4, R5, R6, target R6, target R8, 備考
    (
        1,
        "水木しげる記念館の入館者数",
        "千人",
        "年度",
        92.4,
        145.8,
        188.3,
        "301.2（過去最高）",
        260.0,
        280.0,
        "R6.4リニューアル開館",
    ),
    (
        2,
        "市内宿泊施設の延べ宿泊者数",
        "人",
        "暦年",
        98420,
        121560,
        135210,
        142880,
        140000,
        150000,
        "",
    ),
    (3, "境港へのクルーズ船寄港回数", "回", "暦年", 0, 5, 38, 52, 45, 55, ""),
    (4, "外国人宿泊者数", "人", "暦年", 310, 2150, 9870, 14320, 15000, 20000, ""),
    (
        5,
        "観光客1人当たり観光消費額",
        "円",
        "年度",
        3850,
        4120,
        4380,
        4510,
        4600,
        5000,
        "来訪者アンケート",
    ),
]
SK_REF = (
    "（参考）",
    "水木しげるロードの観光入込客数",
    "万人",
    "暦年",
    69.8,
    150.2,
    186.4,
    203.0,
    "―",
    "―",
    "※2",
)


def sakaiminato() -> Path:
    wb, ws = _sheet("KPI進捗管理表", [8, 30, 7, 8, 11, 11, 11, 14, 11, 11, 20])
    last = 11
    _text(
        ws,
        1,
        1,
        "境港市観光振興プラン　成果指標（KPI）進捗管理表（令和６年度実績）",
        bold=True,
        size=14,
    )
    _merge(ws, 1, 1, 1, last)
    _text(ws, 2, last, "令和7年7月　観光振興課", align="right")
    r = _fields(
        ws,
        3,
        last,
        [
            ("計画の名称", "第2期境港市観光振興プラン　～さかなと港と妖怪のまち～", 18),
            ("計画期間", "令和4年度～令和8年度（5年間）", 18),
            ("担当課", "観光振興課", 18),
            (
                "市の概要",
                "境港市は弓浜半島の北端に位置し、面積29.11km²、人口約3.2万人。平成5年7月に誕生した「水木しげるロード」（約800m）には妖怪ブロンズ像178体が並び、令和6年の年間観光客数は200万人を突破した。紅ズワイガニの水揚げは日本一を誇る。",
                44,
            ),
        ],
    )
    r += 1
    _text(ws, r, 1, "■成果指標（KPI）の推移", bold=True, size=11)
    r += 1
    h1, h2 = r, r + 1
    for c, word in (
        (1, "No."),
        (2, "成果指標"),
        (3, "単位"),
        (4, "集計期間"),
        (5, "基準値（R3）"),
        (11, "備考"),
    ):
        _put(ws, h1, c, word, header=True)
        _put(ws, h2, c, None, header=True)
        _merge(ws, h1, c, h2, c)
    _span(ws, h1, 6, 8, "実績値", header=True)
    _span(ws, h1, 9, 10, "目標値", header=True)
    for c, word in zip(range(6, 11), ("R4", "R5", "R6", "R6", "R8")):
        _put(ws, h2, c, word, header=True)
    r = h2 + 1
    for row in [*SK_ROWS, SK_REF]:
        ref = row is SK_REF
        for c, v in enumerate(row, start=1):
            fmt = "#,##0.0" if isinstance(v, float) else None
            align = "center" if c in (1, 3, 4) else None
            _put(ws, r, c, v, fmt=fmt, align=align, fill=LIGHT if ref else None)
        ws.row_dimensions[r].height = 20
        r += 1
    r += 1
    notes = [
        "※1　集計期間が「暦年」の指標は、R4＝令和4年（1月～12月）の値です。「年度」の指標は、R4＝令和4年度（4月～翌年3月）の値です。基準値・目標値も同じです。",
        "※2　（参考）の行は観光動向の把握のために掲載しているもので、本プランの成果指標（KPI）ではありません。",
        "※3　No.1は令和6年4月のリニューアル開館に伴い、令和5年度は11月から3月まで休館しました。",
    ]
    for note in notes:
        _text(ws, r, 1, note)
        r += 1
    _page(ws, "landscape")
    path = SOURCE / "sakaiminato_kanko_kpi_r6.xlsx"
    _save(wb, path)
    print(f"wrote source/{path.name}")
    return path


# --------------------------------------------------------------------------------------------
# 三豊市 (香川県): 三豊市第２次総合計画 基本目標「産業・交流」成果指標の推移（令和５年度実績）
# --------------------------------------------------------------------------------------------

# Real (city.mitoyo.lg.jp faq 7709, senmonshi.com, rakuten f372081-mitoyo, zenkan.jp): the plan
# 三豊市第2次総合計画 (策定 2018年12月) and its 基本目標 産業・交流, the merger of 7町 (平成18年1月1日),
# 222.70km², 61,586人 (令和3年1月1日), みかん・お茶・マーガレット, 父母ヶ浜, 紫雲出山. Made up: the
# period's end, the 課, the sheet, the indicators and every figure.
MT_NAMES = [
    "①父母ヶ浜の観光入込客数（千人）",
    "②新規就農者数（人）",
    "③ふるさと納税の寄附件数（件）",
    "④市の支援による創業件数（件）",
]
MT_ROWS = [
    # year label, then (target, actual) per indicator; None = struck through
    ("平成30年度（基準）", [(None, 281), (None, 14), (None, 8420), (None, 6)]),
    ("令和元年度", [(300, 394), (15, 12), (9000, 10215), (7, 8)]),
    ("２年度", [(320, 218), (16, 17), (10000, 18640), (8, 5)]),
    ("３年度", [(340, 356), (17, 15), (12000, 24310), (8, 9)]),
    ("４年度", [(360, 452), (18, 19), (15000, 31880), (9, 11)]),
    ("５年度", [(380, 517), (19, 16), (20000, 28905), (10, 10)]),
    ("令和10年度（最終目標）", [(450, None), (20, None), (25000, None), (12, None)]),
]


def mitoyo() -> Path:
    wb, ws = _sheet("成果指標", [20, 9, 9, 9, 9, 10, 10, 9, 9])
    last = 9
    _text(
        ws,
        1,
        1,
        "三豊市第２次総合計画　基本目標「産業・交流」　成果指標の推移（令和５年度実績）",
        bold=True,
        size=13,
    )
    _merge(ws, 1, 1, 1, last)
    _text(ws, 2, last, "令和6年8月　政策部政策課", align="right")
    r = _fields(
        ws,
        3,
        last,
        [
            ("計画の名称", "三豊市第2次総合計画（平成30年12月策定）", 18),
            ("計画期間", "平成31年度～令和10年度（10年間）", 18),
            ("担当課", "政策部　政策課", 18),
            (
                "市の概要",
                "平成18年1月1日に7町が合併して誕生。面積222.70km²、人口61,586人（令和3年1月1日現在推計人口）。特産品はみかん、お茶、マーガレット。近年はSNSをきっかけに父母ヶ浜を訪れる人が増え、紫雲出山の桜とともに市を代表する観光地となっている。",
                56,
            ),
        ],
    )
    r += 1
    _text(ws, r, 1, "２　成果指標の推移", bold=True, size=11)
    r += 1
    h1, h2 = r, r + 1
    _put(ws, h1, 1, "年度", header=True)
    _put(ws, h2, 1, None, header=True)
    _merge(ws, h1, 1, h2, 1)
    for i, name in enumerate(MT_NAMES):
        c = 2 + 2 * i
        _span(ws, h1, c, c + 1, name, header=True)
        _put(ws, h2, c, "目標", header=True)
        _put(ws, h2, c + 1, "実績", header=True)
    ws.row_dimensions[h1].height = 40
    r = h2 + 1
    for label, pairs in MT_ROWS:
        final = "最終" in label
        _put(ws, r, 1, label, align="center", fill=LIGHT if final else None, bold=final)
        for i, (tgt, act) in enumerate(pairs):
            c = 2 + 2 * i
            for cc, v in ((c, tgt), (c + 1, act)):
                if v is None:
                    _slash(ws, r, cc)
                else:
                    _put(ws, r, cc, v, fill=LIGHT if final else None, bold=final)
        ws.row_dimensions[r].height = 20
        r += 1
    r += 1
    notes = [
        "※　平成30年度（基準）の行は計画策定時の実績値です。斜線の欄は該当がないことを示します。",
        "※　②は市の認定新規就農者数、④は創業支援補助金の交付件数です。",
        "※　①は令和2年度、新型コロナウイルス感染症対策のため4月から5月まで駐車場を閉鎖しました。",
    ]
    for note in notes:
        _text(ws, r, 1, note)
        r += 1
    _page(ws, "portrait")
    path = SOURCE / "mitoyo_seika_shihyo_r5.xlsx"
    _save(wb, path)
    print(f"wrote source/{path.name}")
    return path


# --------------------------------------------------------------------------------------------
# 津久見市 (大分県): 津久見市総合計画 分野別施策の成果指標 進捗状況（令和５年度末）
# --------------------------------------------------------------------------------------------

# Real (mymemo.xyz 津久見市, chiholog 44207 minutes): 経営政策課, the city on 豊後水道 about 30km
# south-east of 大分市, 保戸島・地無垢島・沖無垢島, 13 大字, that 津久見 has the smallest population of
# 大分県's cities; that a 総合計画 was before the council in 2019. Made up: the sheet, the 分野, the
# indicators, every figure.
TK_ROWS = [
    # No., name, unit, base H30, R2, R3, R4, R5, target R5, target R7, 備考
    (1, "石灰石の出荷量", "千t", 28450, 26310, 27040, 26880, 25920, 27500, 28000, ""),
    (2, "漁業就業者数", "人", 412, 388, 371, 360, 349, 370, 380, "各年度末（3月31日）現在"),
    (3, "保戸島航路の利用者数", "千人", 48.2, 31.5, 33.9, 38.6, 40.1, 42.0, 45.0, ""),
    (4, "市内主要観光施設の入込客数", "千人", 152.6, 88.4, 101.3, 139.7, 161.0, 150.0, 160.0, ""),
    (
        5,
        "市の移住支援制度を利用した移住者数",
        "人",
        None,
        None,
        None,
        23,
        31,
        30,
        40,
        "R4見直しで追加",
    ),
]


def tsukumi() -> Path:
    wb, ws = _sheet("成果指標（R5）", [5, 30, 7, 11, 9, 9, 9, 9, 10, 10, 22])
    last = 11
    _text(
        ws,
        1,
        1,
        "津久見市総合計画　分野別施策の成果指標　進捗状況（令和５年度末）",
        bold=True,
        size=14,
    )
    _merge(ws, 1, 1, 1, last)
    _text(ws, 2, last, "令和6年9月　経営政策課", align="right")
    r = _fields(
        ws,
        3,
        last,
        [
            ("計画の名称", "津久見市総合計画　基本計画", 18),
            ("担当課", "経営政策課", 18),
            (
                "市の概要",
                "大分市から南東約30キロメートル、豊後水道に面した市で、市制施行時は13の大字からなり、保戸島・地無垢島・沖無垢島を市域に含む。県内の市で最も人口が少ない一方、石灰石の採掘とセメント産業、マグロ漁業を基幹産業としてきた。",
                44,
            ),
        ],
    )
    r += 1
    _text(ws, r, 1, "■分野３　産業・交流", bold=True, size=11)
    r += 1
    h1, h2 = r, r + 1
    for c, word in ((1, "No."), (2, "成果指標"), (3, "単位"), (4, "基準値（H30）"), (11, "備考")):
        _put(ws, h1, c, word, header=True)
        _put(ws, h2, c, None, header=True)
        _merge(ws, h1, c, h2, c)
    _span(ws, h1, 5, 8, "実績値", header=True)
    _span(ws, h1, 9, 10, "目標値", header=True)
    for c, word in zip(range(5, 11), ("R2", "R3", "R4", "R5", "中間（R5）", "最終（R7）")):
        _put(ws, h2, c, word, header=True)
    r = h2 + 1
    for row in TK_ROWS:
        for c, v in enumerate(row, start=1):
            if v is None:
                _slash(ws, r, c)
                continue
            fmt = "#,##0.0" if isinstance(v, float) else None
            _put(ws, r, c, v, fmt=fmt, align="center" if c in (1, 3) else None)
        ws.row_dimensions[r].height = 20
        r += 1
    r += 1
    notes = [
        "※　実績値は各年度の値です。ただし、備考に「各年度末（3月31日）現在」とある指標は、各年度末時点の人数です（基準値・目標値も同じ）。",
        "※　No.5は令和4年度の中間見直しで追加した指標のため、基準値及び令和2・3年度の欄は斜線としています。",
    ]
    for note in notes:
        _text(ws, r, 1, note)
        r += 1
    _page(ws, "landscape")
    path = HERE / "tsukumi_seika_shihyo_r5.xlsx"
    _save(wb, path)
    print(f"wrote {path.name}")
    return path


def main() -> None:
    no_pdf = "--no-pdf" in sys.argv[1:]
    fukutsu()
    tsukumi()
    for xlsx in (sakaiminato(), mitoyo()):
        if not no_pdf:
            to_pdf(xlsx)


if __name__ == "__main__":
    main()
