"""Build the built documents of forms52/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/kamikawa_senryaku_hyoka_h27.xlsx``, a 総合戦略評価シート (様式2) in the manner of 上川町
  (北海道): a 数値目標 block whose target is prose (`5年間で40人増`), then a KPI block with 施策 cells
  merged down, targets with `以上` / `延べ` / `万人` in the cells, `実績値（H28年3月末）`, and prose
  columns of analysis; and from it ``kamikawa_senryaku_hyoka_h27.pdf``;
* ``source/oshu_shisaku_hyoka_r1.xlsx``, a 施策評価シート in the manner of 奥州市 (岩手県): fields, a
  成果指標 grid `基準値（H27年度） | H30年度実績 | R元年度実績 | 目標値（R3年度） | 水準` whose **水準
  column holds `以上` / `以下` apart from the target**, `百万円` and `千人` in the 単位 column, a
  `調査未実施` actual, an evaluation box and a 施策コスト block; and from it ``oshu_shisaku_hyoka_r1.pdf``;
* ``source/koga_jigyo_hyoka_r6.xlsx``, a 事業評価シート in the manner of 古河市 (茨城県): fields, a
  事業費 block with 正規職員従事人数, an 指標値 grid of **two years of actuals only (`R5実績 | R6実績`)
  with an 算出方法 column**, and the seven 評価項目 with chosen answers; and from it
  ``koga_jigyo_hyoka_r6.pdf``;
* ``komoro_seika_shihyo_h30.html``, a page in the manner of 小諸市 (長野県) 第10次基本計画: one table
  whose **every indicator row is followed by a full-width 指標の説明 row** (numbers in it), `万人` and
  `億円` in the 単位 column, a `―` actual and a `維持` target.

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
    wb.properties.creator = "forms52/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "forms52/build.py"
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
    with tempfile.TemporaryDirectory(prefix="forms52_soffice_") as tmp:
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
# 上川町 (北海道): 総合戦略評価シート（様式2） — 数値目標の文章目標、施策の縦結合、以上・延べ・万人
# --------------------------------------------------------------------------------------------

# Real (expydoc 11401294, 上川町まち・ひと・しごと創生総合戦略評価シート (様式2), 資料3): the title, 様式2,
# 基本目標1 地域における安定した雇用の創出, the headers 数値目標 / 基本目標の評価 / 施策名 / KPI /
# 目標値(H31年度) / 実績値(H28年3月末) / 平成27年度の取組と実績値の分析 / 今後の展開, the goal
# 新規雇用者数 5年間で40人増, the 施策 ① name, the KPIs 特産品の開発 3品以上 0品 and 新規開業者数 10件
# 1件, and the analysis wording (冬期間雇用対策新規創業支援事業, 白水沢地区, 地熱理解促進事業).
# Made up: 新規雇用者数's 7人, 施策 ②, the 地熱 and 層雲峡 KPIs and their figures, the evaluation text.
KAMIKAWA_KPI = [
    (
        "①上川町の地域資源を活かした魅力ある産業の創出",
        [
            ("特産品の開発", "3品以上", "0品"),
            ("新規開業者数", "10件", "1件"),
            ("地熱理解促進事業への参加者数", "延べ300人", "延べ84人"),
        ],
        "○平成27年度実施事業の概要\n①企業誘致条例に基づく補助の対象となる事業の実績はなかったが、冬期間雇用対策新規創業支援事業による支援で1事業の開業があった。\n②白水沢地区の地熱資源開発については、「地熱理解促進事業」により先進地視察2回、シンポジウム1回を開催した。",
        "①特産品の開発については、農業の高付加価値化や商品化に向けた研修事業により推進する。\n②白水沢地区の地熱開発については、地域協議会を立ち上げ、地域住民等との合意形成を図る。",
    ),
    (
        "②層雲峡を核とした通年型観光の推進",
        [
            ("層雲峡温泉の宿泊者数", "45万人", "41.2万人"),
        ],
        "○冬季イベント（氷瀑まつり）の期間を延長し、冬季の宿泊者は前年比3.5%増となった。",
        "○海外旅行会社へのプロモーションを継続し、閑散期の誘客を図る。",
    ),
]


def kamikawa() -> Path:
    widths = [24, 26, 12, 13, 44, 38]
    wb, ws = _sheet("様式2", widths)
    _text(ws, 1, 1, "上川町まち・ひと・しごと創生総合戦略評価シート", bold=True, size=13)
    _text(ws, 1, 6, "資料3　（様式2）", align="right", size=10)
    _text(ws, 2, 1, "平成27年度実施分", size=9)
    _text(ws, 4, 1, "基本目標1　地域における安定した雇用の創出", bold=True, size=11)
    h = 5
    _put(ws, h, 1, "数値目標", header=True)
    _put(ws, h, 2, None, header=True)
    _merge(ws, h, 1, h, 2)
    _put(ws, h, 3, "目標値\n（H31年度）", header=True)
    _put(ws, h, 4, "実績値\n（H28年3月末）", header=True)
    _span(ws, h, 5, 6, "基本目標の評価", header=True)
    ws.row_dimensions[h].height = 28
    _span(ws, h + 1, 1, 2, "新規雇用者数")
    _put(ws, h + 1, 3, "5年間で40人増", align="center")
    _put(ws, h + 1, 4, "7人", align="right")
    _span(
        ws,
        h + 1,
        5,
        6,
        "企業誘致による新規雇用はなかったが、町内事業所の採用と新規開業により一定の雇用が生まれた。",
        size=8,
    )
    ws.row_dimensions[h + 1].height = 24
    h += 3
    head = [
        "施策名",
        "KPI",
        "目標値\n（H31年度）",
        "実績値\n（H28年3月末）",
        "平成27年度の取組と実績値の分析",
        "今後の展開",
    ]
    for c, word in enumerate(head, start=1):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 28
    r = h + 1
    for program, rows, analysis, plan in KAMIKAWA_KPI:
        first = r
        for name, target, actual in rows:
            _put(ws, r, 2, name)
            _put(ws, r, 3, target, align="right")
            _put(ws, r, 4, actual, align="right")
            ws.row_dimensions[r].height = 40 if len(rows) > 1 else 52
            r += 1
        last = r - 1
        _put(ws, first, 1, program, valign="top")
        _put(ws, first, 5, analysis, size=8, valign="top")
        _put(ws, first, 6, plan, size=8, valign="top")
        for c in (1, 5, 6):
            for rr in range(first + 1, last + 1):
                _put(ws, rr, c, None)
            if last > first:
                _merge(ws, first, c, last, c)
    _text(ws, r, 1, "※実績値は平成28年3月末現在。「延べ」は平成27年度からの累計。", size=8)
    _text(ws, r + 1, 1, "※関連事業費（平成27年度決算）：地熱理解促進事業 3,240千円", size=8)
    _page(ws, "landscape")
    path = SOURCE / "kamikawa_senryaku_hyoka_h27.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 奥州市 (岩手県): 施策評価シート — 水準（以上／以下）の列、単位欄の百万円・千人、調査未実施
# --------------------------------------------------------------------------------------------

# Real (city.oshu.iwate.jp 17025): 第2次奥州市総合計画 (平成29年3月策定, 10年の基本構想と5年の基本計画),
# so 前期基本計画 平成29年度～令和3年度. 前沢牛 and 江刺りんご as the city's products. Made up: the sheet,
# the 政策 and 施策 numbers and names, the 課, every indicator and figure, the evaluation and cost.
OSHU = [
    # (No., 成果指標, 単位, 基準値 H27, H30実績, R元実績, 目標値 R3, 水準)
    ("1", "認定農業者数", "経営体", 1512, 1478, 1466, 1550, "以上"),
    ("2", "新規就農者数（年間）", "人", 28, 31, 35, 35, "以上"),
    ("3", "前沢牛の出荷頭数", "頭", 1380, 1402, 1355, 1450, "以上"),
    ("4", "江刺りんごの販売額", "百万円", 1240, 1318, 1296, 1400, "以上"),
    ("5", "耕作放棄地の面積", "ha", 412, 398, "調査未実施", 380, "以下"),
    ("6", "産地直売施設の利用者数", "千人", 1085, 1122, 1104, 1200, "以上"),
]


def oshu() -> Path:
    widths = [5, 30, 8, 13, 11, 11, 13, 7]
    wb, ws = _sheet("施策評価シート", widths)
    _text(ws, 1, 1, "令和2年度　施策評価シート（令和元年度実績）", bold=True, size=13)
    _text(ws, 2, 8, "奥州市", align="right", size=10)
    fields = [
        ("総合計画", "第2次奥州市総合計画　前期基本計画（平成29年度～令和3年度）"),
        ("政策", "3　活力ある産業のまちづくり"),
        ("施策", "3-2　農業の振興"),
        ("主管課", "農政課"),
    ]
    r = 3
    for key, value in fields:
        _span(ws, r, 1, 2, key, header=True)
        _span(ws, r, 3, 8, value)
        ws.row_dimensions[r].height = 17
        r += 1
    _text(ws, r + 1, 1, "１　成果指標の状況", bold=True, size=11)
    h = r + 2
    head = [
        "No.",
        "成果指標",
        "単位",
        "基準値\n（H27年度）",
        "H30年度\n実績",
        "R元年度\n実績",
        "目標値\n（R3年度）",
        "水準",
    ]
    for c, word in enumerate(head, start=1):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 30
    r = h + 1
    for no, name, unit, base, a30, a01, target, level in OSHU:
        _put(ws, r, 1, no, align="center")
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        for c, v in ((4, base), (5, a30), (6, a01), (7, target)):
            _put(
                ws,
                r,
                c,
                v,
                align="center" if isinstance(v, str) else None,
                size=8 if isinstance(v, str) else 9,
            )
        _put(ws, r, 8, level, align="center")
        ws.row_dimensions[r].height = 20
        r += 1
    notes = [
        "※水準：目標値「以上」をめざすもの、目標値「以下」をめざすもの。",
        "※No.5は農地利用状況調査が令和元年度は実施されなかったため「調査未実施」。",
        "※No.4の単位は百万円（JA岩手ふるさと調べ）。No.6の単位は千人（市内8施設の合計）。",
    ]
    for i, line in enumerate(notes):
        _text(ws, r + i, 1, line, size=8)
    r += len(notes) + 1
    _text(ws, r, 1, "２　施策の評価", bold=True, size=11)
    evals = [
        ("総合評価", "B　概ね順調に推移している"),
        ("評価の理由", "6指標のうち3指標が基準値を上回った。新規就農者数は目標値に達した。"),
    ]
    for i, (key, value) in enumerate(evals):
        _span(ws, r + 1 + i, 1, 2, key, header=True)
        _span(ws, r + 1 + i, 3, 8, value, size=8)
        ws.row_dimensions[r + 1 + i].height = 18
    r += len(evals) + 2
    _text(ws, r, 1, "３　施策コスト（単位：千円）", bold=True, size=11)
    h = r + 1
    _span(ws, h, 1, 3, "区分", header=True)
    for c, word in ((4, "H30決算"), (5, "R元決算")):
        _put(ws, h, c, word, header=True)
    money = [("事業費", (486210, 512740)), ("うち一般財源", (201385, 214066))]
    r = h + 1
    for name, values in money:
        _span(ws, r, 1, 3, name)
        for j, v in enumerate(values):
            _put(ws, r, 4 + j, v)
        r += 1
    _page(ws, "portrait")
    path = SOURCE / "oshu_shisaku_hyoka_r1.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 古河市 (茨城県): 事業評価シート — 過去2か年の実績だけの指標値、算出方法の列、従事人数、評価項目
# --------------------------------------------------------------------------------------------

# Real (city.ibaraki-koga.lg.jp kikaku 16368, 執行事業の評価結果): the 事業評価, 事業費 as 決算額 and its
# 内訳 with 正規職員従事人数, 指標値 as the past two years' actuals, and the seven 評価項目 names
# (政策体系との整合性 … 受益機会・費用負担の適正化余地). From 649 and 18320: 第2次古河市総合計画,
# 第3期基本計画 from 令和6年度, ブランド戦略 and 「こがでくらすと」. Made up: the 事業 and 課, every
# indicator, figure, answer and reason, the money.
KOGA = [
    # (区分, 指標名, 単位, 算出方法, R5実績, R6実績)
    (
        "活動指標",
        "市公式SNS・ホームページでの情報発信件数",
        "件",
        "年度内の投稿・掲載件数の合計",
        412,
        486,
    ),
    (
        "活動指標",
        "「こがでくらすと」PRイベントの開催回数",
        "回",
        "市主催・共催イベントの回数",
        6,
        9,
    ),
    ("成果指標", "市公式SNSのフォロワー数", "人", "各年度末時点の3媒体の合計", 18420, 23105),
    (
        "成果指標",
        "「古河市に住み続けたい」と思う市民の割合",
        "％",
        "市民意識調査（20歳以上の市民2,000人を無作為抽出）",
        78.4,
        "―",
    ),
]

KOGA_EVAL = [
    (
        "政策体系との整合性",
        "結びついている",
        "ブランド戦略の中核となる事業であり、施策の意図に結びついている。",
    ),
    ("公共関与の妥当性", "妥当である", "市の魅力発信は市が主体となって行う必要がある。"),
    (
        "成果の向上余地",
        "向上余地がある",
        "若い世代への発信を強化することで成果の向上が見込まれる。",
    ),
    ("廃止・休止の成果への影響", "影響がある", "市の認知度向上の取組が停滞する。"),
    ("類似事業との統廃合・連携の可能性", "連携の可能性がある", "観光振興事業（商工観光課）"),
    ("事業費・人件費の削減余地", "削減余地はない", "委託内容は精査済みである。"),
    ("受益機会・費用負担の適正化余地", "適正化余地はない", "広く市民・市外者を対象としている。"),
]


def koga() -> Path:
    widths = [12, 36, 7, 30, 11, 11]
    wb, ws = _sheet("事業評価シート", widths)
    _text(ws, 1, 1, "令和6年度事業　事業評価シート", bold=True, size=13)
    _text(ws, 2, 6, "古河市", align="right", size=10)
    fields = [
        ("事業名", "シティプロモーション推進事業"),
        ("担当課", "シティプロモーション課"),
        (
            "総合計画の位置付け",
            "第2次古河市総合計画　第3期基本計画　重点施策2　移住と定住を促し、新しい人の流れをつくる",
        ),
        (
            "事業の目的",
            "ブランドメッセージ「こがでくらすと」を活用し、市の魅力を市内外に発信して定住・移住につなげる。",
        ),
    ]
    r = 3
    for key, value in fields:
        _span(ws, r, 1, 2, key, header=True, size=8)
        _span(ws, r, 3, 6, value, size=8)
        ws.row_dimensions[r].height = 28 if len(value) > 40 else 17
        r += 1
    _text(ws, r + 1, 1, "１　事業費（令和6年度決算）", bold=True, size=10)
    h = r + 2
    _span(ws, h, 1, 2, "区分", header=True)
    _span(ws, h, 3, 4, "内容", header=True)
    _span(ws, h, 5, 6, "金額・人数", header=True)
    money = [
        ("決算額（千円）", "委託料、印刷製本費、広告料", "24,816"),
        ("うち一般財源（千円）", "", "12,408"),
        ("正規職員従事人数", "所属人員に対する業務割合", "1.2人"),
    ]
    r = h + 1
    for key, what, amount in money:
        _span(ws, r, 1, 2, key)
        _span(ws, r, 3, 4, what, size=8)
        _span(ws, r, 5, 6, amount, align="right")
        r += 1
    _text(ws, r + 1, 1, "２　指標値", bold=True, size=10)
    h = r + 2
    head = ["区分", "指標名", "単位", "算出方法", "R5実績", "R6実績"]
    for c, word in enumerate(head, start=1):
        _put(ws, h, c, word, header=True)
    ws.row_dimensions[h].height = 18
    r = h + 1
    for kind, name, unit, how, a5, a6 in KOGA:
        _put(ws, r, 1, kind, align="center", size=8)
        _put(ws, r, 2, name)
        _put(ws, r, 3, unit, align="center")
        _put(ws, r, 4, how, size=8)
        for c, v in ((5, a5), (6, a6)):
            _put(ws, r, c, v, align="center" if v == "―" else None)
        ws.row_dimensions[r].height = 26
        r += 1
    _text(ws, r, 1, "※市民意識調査は隔年（奇数年度）実施のため、R6は「―」。", size=8)
    r += 2
    _text(ws, r, 1, "３　評価", bold=True, size=10)
    h = r + 1
    _span(ws, h, 1, 2, "評価項目", header=True)
    _span(ws, h, 3, 4, "評価", header=True)
    _span(ws, h, 5, 6, "理由", header=True)
    r = h + 1
    for item, answer, why in KOGA_EVAL:
        _span(ws, r, 1, 2, item, size=8)
        _span(ws, r, 3, 4, answer, size=8, align="center")
        _span(ws, r, 5, 6, why, size=7)
        ws.row_dimensions[r].height = 26
        r += 1
    _page(ws, "portrait")
    path = SOURCE / "koga_jigyo_hyoka_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 小諸市 (長野県): 第10次基本計画 成果指標 — 指標ごとの説明行、単位欄の万人・億円、維持の目標
# --------------------------------------------------------------------------------------------

# Real (expydoc 11301077, 小諸市第10次基本計画（案）): 小諸市第10次基本計画, 第5次基本構想 (平成28年度から
# 運用), the 自治基本条例, the plan set to the mayor's term from 平成28年4月. 懐古園, 高峰高原 as places.
# Made up: the page's title, date and issuer, the 分野 heading, every indicator, figure and description.
KOMORO = [
    # (No., 成果指標, 単位, 策定時 H27, H29実績, H30実績, 目標 H32, 指標の説明)
    (
        "1",
        "懐古園の有料入園者数",
        "人",
        "186,420",
        "192,310",
        "198,765",
        "220,000",
        "懐古園（本丸跡・動物園等）の有料入園者の年間延べ人数。",
    ),
    (
        "2",
        "高峰高原の観光客数",
        "万人",
        "18.2",
        "19.0",
        "17.6",
        "22.0",
        "長野県観光地利用者統計調査による。1月～12月の暦年値。",
    ),
    (
        "3",
        "市内の年間商品販売額",
        "億円",
        "1,020",
        "―",
        "1,064",
        "1,100",
        "商業統計・経済センサス等による。調査のない年は「―」。",
    ),
    (
        "4",
        "空き店舗への出店件数（年間）",
        "件",
        "4",
        "6",
        "5",
        "8",
        "空き店舗活用事業補助金（上限100万円）を利用した出店の件数。",
    ),
    (
        "5",
        "市内で働く就業者の割合",
        "％",
        "62.3",
        "61.5",
        "61.8",
        "維持",
        "市内に住む就業者のうち市内で働く人の割合（15歳以上、市民意識調査）。",
    ),
]


def komoro_html() -> str:
    rows = []
    for no, name, unit, base, a29, a30, target, note in KOMORO:
        rows.append(
            f'<tr><td class="c" rowspan="2">{no}</td><td>{name}</td><td class="c">{unit}</td>'
            f'<td class="r">{base}</td><td class="r">{a29}</td><td class="r">{a30}</td><td class="r">{target}</td></tr>'
        )
        rows.append(f'<tr><td class="note" colspan="6">指標の説明：{note}</td></tr>')
    body = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>第10次基本計画　成果指標の進捗状況（平成30年度）　小諸市</title>
<style>
body {{ font-family: "IPAGothic", sans-serif; font-size: 10pt; }}
table {{ border-collapse: collapse; margin: 0.4em 0 0.8em; }}
th, td {{ border: 1px solid #333; padding: 3px 6px; }}
th {{ background: #e8e8e8; font-weight: normal; }}
td.r {{ text-align: right; }}
td.c {{ text-align: center; }}
td.note {{ font-size: 85%; color: #333; background: #f7f7f7; }}
p.note {{ font-size: 85%; margin: 0.2em 0; }}
</style>
</head>
<body>
<h1>小諸市第10次基本計画　成果指標の進捗状況（平成30年度）</h1>
<p>令和元年9月　小諸市企画課</p>
<p>第5次基本構想に基づく第10次基本計画について、分野ごとに定めた成果指標の進み具合を公表します。</p>
<h2>分野3　産業・観光</h2>
<table>
<thead>
<tr><th>No.</th><th>成果指標</th><th>単位</th><th>策定時（H27）</th><th>H29実績</th><th>H30実績</th><th>目標（H32）</th></tr>
</thead>
<tbody>
{body}
</tbody>
</table>
<p class="note">※「―」は調査が行われず値がないもの。</p>
<p class="note">※分野3の関連事業費（平成30年度決算）：3億2,600万円</p>
</body>
</html>
"""


def komoro() -> Path:
    path = HERE / "komoro_seika_shihyo_h30.html"
    path.write_bytes(komoro_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (kamikawa, oshu, koga):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {komoro().name}")


if __name__ == "__main__":
    main()
