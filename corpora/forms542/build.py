"""Build forms542: four KPI documents of 北広島市, 大石田町, 川俣町 and 大衡村.

Writes `oishida_soba_jimujigyo_r6.xlsx` (the workbook is the document), `ohira_sogo5_seika_shihyo_r5.html` and the XLSX
sources `source/kitahiroshima_sousei2_kpi_shinchoku_r5.xlsx` (one landscape A4 page) and
`source/kawamata_iju_shuyo_seika_r5.xlsx` (one portrait A4 page), which LibreOffice turns into the PDFs of the same names.
Run `/work/venv/bin/python build.py` (`--no-pdf` skips LibreOffice). XLSX and HTML are byte-stable.
"""
# ruff: noqa: E501

import io
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = Path(__file__).resolve().parent
SRC = HERE / "source"
FONT = "IPAexGothic"
THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
STRUCK = Border(left=THIN, right=THIN, top=THIN, bottom=THIN, diagonal=THIN, diagonalUp=True)
SHADE = PatternFill("solid", fgColor="D9D9D9")
STAMP = (2025, 5, 12, 9, 0, 0)
STAMP_ISO = b"2025-05-12T09:00:00Z"
PDFS = ["kitahiroshima_sousei2_kpi_shinchoku_r5", "kawamata_iju_shuyo_seika_r5"]


def font(size=9, bold=False):
    return Font(name=FONT, size=size, bold=bold)


def put(
    ws,
    ref,
    value,
    size=9,
    bold=False,
    box=False,
    shade=None,
    h="left",
    wrap=True,
    fmt=None,
    border=None,
):
    cell = ws[ref]
    cell.value = value
    cell.font = font(size, bold)
    cell.alignment = Alignment(horizontal=h, vertical="center", wrap_text=wrap)
    if border is not None:
        cell.border = border
    elif box:
        cell.border = BOX
    if shade is not None:
        cell.fill = shade
    if fmt:
        cell.number_format = fmt
    elif isinstance(value, float):
        cell.number_format = "#,##0.0"
    elif isinstance(value, int):
        cell.number_format = "#,##0"
    return cell


def boxed(ws, rng, shade=None):
    for row in ws[rng]:
        for cell in row:
            cell.border = BOX
            if shade is not None:
                cell.fill = shade


def merge(ws, rng, value, **kw):
    first, last = rng.split(":")
    put(ws, first, value, **kw)
    if first != last:
        ws.merge_cells(rng)
    if kw.get("box"):
        boxed(ws, rng, kw.get("shade"))


def save(wb, path):
    """Save with fixed properties and fixed zip timestamps, so the bytes do not change."""
    wb.properties.creator = "forms542"
    wb.properties.lastModifiedBy = "forms542"
    buf = io.BytesIO()
    wb.save(buf)
    buf.seek(0)
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in sorted(zin.infolist(), key=lambda i: i.filename):
            data = zin.read(item.filename)
            if item.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>" + STAMP_ISO, data)
                data = re.sub(rb"(<dcterms:created[^>]*>)[^<]*", rb"\g<1>" + STAMP_ISO, data)
            info = zipfile.ZipInfo(item.filename, date_time=STAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            zout.writestr(info, data)


def page(ws, landscape=False):
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.6


def widths(ws, spec):
    for col, w in spec.items():
        ws.column_dimensions[col].width = w


def form_rows(ws, r, rows, key_cols, val_cols, tall=None):
    tall = tall or {}
    for key, val in rows:
        merge(ws, f"{key_cols[0]}{r}:{key_cols[1]}{r}", key, bold=True, box=True, shade=SHADE)
        merge(ws, f"{val_cols[0]}{r}:{val_cols[1]}{r}", val, box=True)
        ws.row_dimensions[r].height = tall.get(key, 18)
        r += 1
    return r


def notes(ws, r, texts, first, last, size=8, height=None):
    for text in texts:
        merge(ws, f"{first}{r}:{last}{r}", text, size=size)
        ws.row_dimensions[r].height = height or (14 if len(text) < 95 else 24)
        r += 1
    return r


def value_cell(ws, ref, v, fmt=None):
    """A value cell: numbers right, words and dashes centred, text that starts with a number or a mark right."""
    if isinstance(v, str) and v in ("―", "中止"):
        return put(ws, ref, v, box=True, h="center")
    return put(ws, ref, v, box=True, h="right", fmt=fmt)


# ---------------------------------------------------------------- 北広島市 (landscape PDF, 総合戦略 KPI 進捗)
# Two grids side by side. (No., KPI, 単位, 基準値, [3 actuals], 目標値)
KITAHIROSHIMA_LEFT = [
    ("1", "北海道ボールパークFビレッジの来場者数", "万人", "―", ["―", "―", 346.2], 400.0),
    ("2", "市内宿泊施設の宿泊者数", "千人", 118.2, [96.4, 121.8, 189.5], 200.0),
    ("3", "移住・定住に関する相談件数", "件", 142, [188, 203, 265], 250),
]
KITAHIROSHIMA_RIGHT = [
    ("1", "合計特殊出生率", "―", "1.18（2018年）", [1.12, 1.09, 1.07], 1.30),
    ("2", "子育て環境に満足している市民の割合", "％", 52.4, ["―", 57.3, 61.2], 60.0),
]


def kitahiroshima_grid(ws, r, cols, heading, years, base_head, target_head, rows):
    c = cols
    merge(ws, f"{c[0]}{r}:{c[7]}{r}", heading, size=10, bold=True, wrap=False)
    ws.row_dimensions[r].height = 18
    h1, h2 = r + 1, r + 2
    for i, text in (
        (0, "No."),
        (1, "重要業績評価指標（KPI）"),
        (2, "単位"),
        (3, base_head),
        (7, target_head),
    ):
        merge(ws, f"{c[i]}{h1}:{c[i]}{h2}", text, bold=True, box=True, shade=SHADE, h="center")
    merge(ws, f"{c[4]}{h1}:{c[6]}{h1}", "実績値", bold=True, box=True, shade=SHADE, h="center")
    for i, text in zip((4, 5, 6), years, strict=True):
        put(ws, f"{c[i]}{h2}", text, bold=True, box=True, shade=SHADE, h="center")
    ws.row_dimensions[h1].height = 22
    ws.row_dimensions[h2].height = 26
    r = h2 + 1
    for no, name, unit, base, actuals, target in rows:
        put(ws, f"{c[0]}{r}", no, box=True, h="center")
        put(ws, f"{c[1]}{r}", name, box=True)
        put(ws, f"{c[2]}{r}", unit, box=True, h="center")
        fmt = "#,##0.00" if name == "合計特殊出生率" else None
        value_cell(ws, f"{c[3]}{r}", base, fmt)
        for col, v in zip(c[4:7], actuals, strict=True):
            value_cell(ws, f"{col}{r}", v, fmt)
        value_cell(ws, f"{c[7]}{r}", target, fmt)
        ws.row_dimensions[r].height = 44
        r += 1
    return r


def build_kitahiroshima():
    wb = Workbook()
    ws = wb.active
    ws.title = "KPI進捗"
    left = list("ABCDEFGH")
    right = list("JKLMNOPQ")
    spec = {"I": 2.5}
    for cols in (left, right):
        spec.update(
            {
                cols[0]: 4.5,
                cols[1]: 27,
                cols[2]: 6,
                cols[3]: 12,
                cols[4]: 8.5,
                cols[5]: 8.5,
                cols[6]: 8.5,
                cols[7]: 12,
            }
        )
    widths(ws, spec)
    merge(
        ws,
        "A1:Q1",
        "第2期北広島市まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の進捗状況（令和5年度）",
        size=14,
        bold=True,
        h="center",
    )
    ws.row_dimensions[1].height = 24
    merge(ws, "A2:Q2", "令和6年8月　北広島市", h="right")
    rows = [
        ("計画の名称", "第2期北広島市まち・ひと・しごと創生総合戦略（令和3年3月策定）"),
        ("計画期間", "令和3年度～令和7年度（5年間）"),
        ("担当課", "企画財政部　企画課"),
        (
            "市の概要",
            "面積119.05km²、人口56,856人（令和6年2月末日現在）。明治17年（1884年）に広島県人25戸103人が入植して開拓が始まり、平成8年（1996年）に市制を施行した。"
            "令和5年（2023年）3月、エスコンフィールドHOKKAIDOを核とする北海道ボールパークFビレッジが開業した。北広島市人口ビジョン（令和3年3月改定）は、"
            "令和22年（2040年）の人口を51,401人と展望している。",
        ),
    ]
    r = form_rows(ws, 3, rows, ("A", "B"), ("C", "Q"), {"市の概要": 48})
    for i in range(3, r):
        ws.row_dimensions[i].height = max(ws.row_dimensions[i].height, 24)
    r += 1
    end_left = kitahiroshima_grid(
        ws,
        r,
        left,
        "■基本目標2　新しいひとの流れをつくる",
        ["R3", "R4", "R5"],
        "基準値（R元）",
        "目標値（R7）",
        KITAHIROSHIMA_LEFT,
    )
    end_right = kitahiroshima_grid(
        ws,
        r,
        right,
        "■基本目標3　結婚・出産・子育ての希望をかなえる",
        ["2021年度", "2022年度", "2023年度"],
        "基準値\n（2019年度）",
        "目標値\n（2025年度）",
        KITAHIROSHIMA_RIGHT,
    )
    r = max(end_left, end_right) + 1
    r = notes(
        ws,
        r,
        [
            "※1　基本目標2のNo.1は、北海道ボールパークFビレッジが令和5年（2023年）3月に開業したため、基準値及びR3・R4の実績はありません（「―」）。",
            "※2　基本目標3のNo.1（合計特殊出生率）の基準値は、人口ビジョン改定時に把握していた2018年（暦年）の値です。単位はありません（「―」）。",
            "※3　基本目標3のNo.2は市民意識調査によるもので、2021年度は新型コロナウイルス感染症の影響により調査を実施していません（「―」）。",
            "※4　目標値は計画の最終年度（令和7年度・2025年度）の値です。基本目標1・4のKPIは別紙に掲載しています。",
        ],
        "A",
        "Q",
        size=9,
        height=20,
    )
    page(ws, landscape=True)
    save(wb, SRC / "kitahiroshima_sousei2_kpi_shinchoku_r5.xlsx")


# ---------------------------------------------------------------- 大石田町 (XLSX document, 事務事業評価シート)
# (No., 指標名, 単位, 基準値, R4実績, R5実績, R6目標, R6実績, R8目標（最終）); None = struck through
OISHIDA_ACT = [
    ("1", "そば打ち体験教室の開催回数", "回", 12, 14, 15, 16, 17, 20),
    ("2", "首都圏でのPRイベント出店回数", "回", None, None, 2, 3, 3, 4),
]
OISHIDA_OUT = [
    ("3", "そば街道加盟店の来店者数", "千人", 58.4, 61.2, 64.8, 66.0, 65.1, 70.0),
    ("4", "新そばまつりの来場者数", "人", 4200, 4850, 5120, 5300, "約5,600", 6000),
    (
        "5",
        "そば店利用者の満足度（「満足」「やや満足」の割合）",
        "％",
        0.652,
        0.671,
        0.688,
        0.70,
        0.694,
        0.75,
    ),
]


def build_oishida():
    wb = Workbook()
    ws = wb.active
    ws.title = "事務事業評価"
    widths(
        ws,
        {
            "A": 12,
            "B": 4.5,
            "C": 28,
            "D": 5.5,
            "E": 6.5,
            "F": 8,
            "G": 8,
            "H": 8,
            "I": 8,
            "J": 8,
            "K": 9,
        },
    )
    merge(
        ws,
        "A1:K1",
        "令和７年度　事務事業評価シート（令和６年度実施事業）",
        size=13,
        bold=True,
        h="center",
    )
    ws.row_dimensions[1].height = 22
    merge(ws, "A2:K2", "作成日：令和7年7月18日　大石田町", h="right")
    put(ws, "A4", "１　事業の概要", size=11, bold=True, wrap=False)
    rows = [
        ("事務事業名", "大石田そば街道振興事業"),
        ("担当課", "産業振興課"),
        ("関連計画", "大石田町総合計画　後期基本計画（観光・交流の推進）"),
        ("事業期間", "令和4年度～令和8年度"),
        (
            "事業の目的",
            "町の特産である大石田そばを核に、そば店・生産者・関係団体と連携して誘客と情報発信を行い、交流人口の拡大と地域経済の活性化を図る。",
        ),
        (
            "事業の概要",
            "本町は山形県のほぼ中央に位置し、面積は約80km²、人口は約6,000人である。かつては最上川舟運最大の舟着場として栄えた。冬の積雪と夏の昼夜の寒暖差を生かした"
            "玄そばの生産量は県内トップクラスで、明治時代に来迎寺地区に伝わった「来迎寺在来」や次年子地区の地そばが今も栽培されている。平成13年（2001年）に環境省"
            "「かおり風景100選」に「大石田町そばの里」が選ばれ、町内には十数軒の手打ちそば店が並ぶ「大石田そば街道」がある。本事業では、そば打ち体験教室の開催、"
            "首都圏でのPRイベントへの出店、毎年10月下旬の新そばまつりの開催支援を行う。",
        ),
    ]
    r = form_rows(ws, 5, rows, ("A", "B"), ("C", "K"), {"事業の目的": 28, "事業の概要": 70})
    r += 1
    put(ws, f"A{r}", "２　指標の推移", size=11, bold=True, wrap=False)
    r += 1
    head = [
        "区分",
        "No.",
        "指標名",
        "単位",
        "基準年度",
        "基準値",
        "R4実績",
        "R5実績",
        "R6目標",
        "R6実績",
        "R8目標\n（最終）",
    ]
    for col, text in zip("ABCDEFGHIJK", head, strict=True):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=SHADE, h="center")
    ws.row_dimensions[r].height = 28
    r += 1
    top = r
    for kubun, block in (
        ("活動指標\n（アウトプット）", OISHIDA_ACT),
        ("成果指標\n（アウトカム）", OISHIDA_OUT),
    ):
        first = r
        for no, name, unit, *vals in block:
            put(ws, f"B{r}", no, box=True, h="center")
            put(ws, f"C{r}", name, box=True)
            put(ws, f"D{r}", unit, box=True, h="center")
            if unit == "％":
                fmt = "0.0%"
            elif unit == "千人":
                fmt = "#,##0.0"
            else:
                fmt = "#,##0"
            for col, v in zip("FGHIJK", vals, strict=True):
                if v is None:
                    put(ws, f"{col}{r}", None, border=STRUCK)
                else:
                    value_cell(ws, f"{col}{r}", v, fmt)
            ws.row_dimensions[r].height = 30 if len(name) > 16 else 20
            r += 1
        merge(ws, f"A{first}:A{r - 1}", kubun, box=True, h="center")
    merge(ws, f"E{top}:E{r - 1}", "R3", box=True, h="center")
    r = notes(
        ws,
        r,
        [
            "※1　No.2は令和5年度からの取組のため、基準値及びR4実績の欄は斜線としています。",
            "※2　No.4の令和6年度実績は、新そばまつり実行委員会が発表した概数です。",
            "※3　No.5は、そば街道加盟店で毎年10月～11月に実施する利用者アンケートの結果です。",
        ],
        "A",
        "K",
    )
    r += 1
    put(ws, f"A{r}", "３　事業費の推移（単位：千円）", size=11, bold=True, wrap=False)
    r += 1
    money = [
        ("区分", "R4決算", "R5決算", "R6決算", "R7予算"),
        ("事業費", 2480, 3120, 3360, 3400),
        ("うち一般財源", 1240, 1560, 1680, 1700),
    ]
    for i, line in enumerate(money):
        kw = {"bold": i == 0, "box": True, "shade": SHADE if i == 0 else None}
        merge(ws, f"A{r}:C{r}", line[0], h="center", **kw)
        for rng, v in zip(
            ("D{r}:E{r}", "F{r}:G{r}", "H{r}:I{r}", "J{r}:K{r}"), line[1:], strict=True
        ):
            merge(ws, rng.format(r=r), v, h="center" if i == 0 else "right", **kw)
        ws.row_dimensions[r].height = 16
        r += 1
    r += 1
    put(ws, f"A{r}", "４　評価", size=11, bold=True, wrap=False)
    r += 1
    form_rows(
        ws,
        r,
        [
            ("総合評価", "B（概ね順調）"),
            (
                "今後の方向性",
                "継続（体験教室とPR出店は計画どおり実施できた。加盟店の来店者数と満足度は目標に届かなかったため、令和7年度はそば街道の周遊マップを改訂し、"
                "新そばまつりと連動したスタンプラリーを行う。）",
            ),
        ],
        ("A", "B"),
        ("C", "K"),
        {"今後の方向性": 30},
    )
    page(ws)
    save(wb, HERE / "oishida_soba_jimujigyo_r6.xlsx")


# ---------------------------------------------------------------- 川俣町 (portrait PDF, 主要な施策の成果)
# Left table (activity): (name, 単位, [3年度, 4年度, 5年度])
KAWAMATA_ACT = [
    ("ア　移住相談件数", "件", [74, 128, 163]),
    ("イ　移住体験ツアーの参加者数", "人", ["―", 14, 22]),
]
# Right table (成果): (name, 単位, 基準値（2年度）, 5年度目標, 5年度実績, 評価); negatives are stored as numbers with a △ format
KAWAMATA_OUT = [
    ("①　相談支援センターを通じた移住者数", "人", 8, 25, 31, "◎"),
    ("②　社会増減数（転入者数－転出者数）", "人", -148, 0, -96, "△"),
    ("③　空き家バンクの成約件数", "件", 3, 8, 8, "○"),
]


def build_kawamata():
    wb = Workbook()
    ws = wb.active
    ws.title = "主要施策の成果"
    widths(
        ws,
        {
            "A": 20,
            "B": 5,
            "C": 6.5,
            "D": 6.5,
            "E": 6.5,
            "F": 2,
            "G": 22,
            "H": 5,
            "I": 8.5,
            "J": 7.5,
            "K": 7.5,
            "L": 5.5,
        },
    )
    merge(ws, "A1:L1", "令和5年度　主要な施策の成果に関する説明書", size=13, bold=True, h="center")
    ws.row_dimensions[1].height = 22
    merge(ws, "A2:L2", "一般会計　2款 総務費　1項 総務管理費　6目 企画費", h="left")
    merge(ws, "A3:L3", "令和6年9月　川俣町", h="right")
    rows = [
        ("事業名", "移住・定住促進事業"),
        ("担当課", "政策推進課"),
        (
            "決算額",
            "24,386千円（財源内訳：国・県支出金 12,000千円、その他 3,500千円、一般財源 8,886千円）",
        ),
        (
            "事業の目的",
            "本町の人口は昭和25年（1950年）の27,182人をピークに減少が続き、令和3年6月1日現在で12,484人となっている。移住希望者への相談・体験の機会を充実させ、"
            "町外からの転入と定住を促進する。",
        ),
        (
            "事業の内容",
            "令和3年10月に開所した川俣町移住・定住相談支援センターを拠点に、住まいや仕事の相談、町案内、移住体験ツアー、空き家バンクとの連携を行った。"
            "面積127.7平方キロメートルの町に伝わる「絹の里」の歴史、川俣シャモ、昭和50年（1975年）から続く中南米音楽祭「コスキン・エン・ハポン」などを移住フェアで紹介した。",
        ),
        (
            "事業の成果",
            "センター開所以来の相談件数は延べ365件となった。社会増減数は改善したが、依然として転出超過が続いている。",
        ),
    ]
    r = form_rows(
        ws, 5, rows, ("A", "A"), ("B", "L"), {"事業の目的": 30, "事業の内容": 44, "事業の成果": 22}
    )
    r += 1
    put(ws, f"A{r}", "（１）活動指標", size=10, bold=True, wrap=False)
    put(ws, f"G{r}", "（２）成果指標", size=10, bold=True, wrap=False)
    r += 1
    h1, h2 = r, r + 1
    merge(ws, f"A{h1}:A{h2}", "指標名", bold=True, box=True, shade=SHADE, h="center")
    merge(ws, f"B{h1}:B{h2}", "単位", bold=True, box=True, shade=SHADE, h="center")
    merge(ws, f"C{h1}:E{h1}", "実績", bold=True, box=True, shade=SHADE, h="center")
    for col, text in zip("CDE", ["3年度", "4年度", "5年度"], strict=True):
        put(ws, f"{col}{h2}", text, bold=True, box=True, shade=SHADE, h="center")
    for col, text in zip(
        "GHIJKL",
        ["指標名", "単位", "基準値\n（2年度）", "5年度目標", "5年度実績", "評価"],
        strict=True,
    ):
        merge(ws, f"{col}{h1}:{col}{h2}", text, bold=True, box=True, shade=SHADE, h="center")
    ws.row_dimensions[h1].height = 18
    ws.row_dimensions[h2].height = 18
    r = h2 + 1
    for i in range(3):
        if i < len(KAWAMATA_ACT):
            name, unit, vals = KAWAMATA_ACT[i]
            put(ws, f"A{r}", name, box=True)
            put(ws, f"B{r}", unit, box=True, h="center")
            for col, v in zip("CDE", vals, strict=True):
                value_cell(ws, f"{col}{r}", v)
        name, unit, base, target, actual, mark = KAWAMATA_OUT[i]
        put(ws, f"G{r}", name, box=True)
        put(ws, f"H{r}", unit, box=True, h="center")
        for col, v in zip("IJK", (base, target, actual), strict=True):
            fmt = '#,##0;"△"#,##0;"±0"' if name.startswith("②") else None
            value_cell(ws, f"{col}{r}", v, fmt)
        put(ws, f"L{r}", mark, box=True, h="center")
        ws.row_dimensions[r].height = 36
        r += 1
    r = notes(
        ws,
        r,
        [
            "評価　◎：目標を上回った　○：目標どおり　△：目標を下回った",
            "※　社会増減数は住民基本台帳による年度（4月～翌年3月）の転入者数から転出者数を引いた数で、「△」はマイナス（転出超過）を示します。",
            "※　イの3年度は、移住体験ツアーを実施していません（令和4年度から実施）。",
        ],
        "A",
        "L",
    )
    r += 1
    form_rows(
        ws,
        r,
        [
            (
                "今後の方向性",
                "継続（移住体験ツアーの回数を増やし、空き家バンクの登録物件の掘り起こしを進める。）",
            )
        ],
        ("A", "A"),
        ("B", "L"),
        {"今後の方向性": 22},
    )
    page(ws)
    save(wb, SRC / "kawamata_iju_shuyo_seika_r5.xlsx")


# ---------------------------------------------------------------- 大衡村 (HTML, 総合計画 成果指標)
OHIRA_HEAD = [
    "成果指標",
    "策定時<br>（H31.3末）",
    "令和3年度",
    "令和4年度",
    "令和5年度",
    "目標値<br>（令和7年度）",
]
# (h2, [(h3, [(label + name, [策定時, R3, R4, R5, 目標値])])])
OHIRA = [
    (
        "基本目標1　活力ある産業と雇用のむらづくり",
        [
            (
                "施策1-1　企業立地と雇用の促進",
                [
                    (
                        "①　村内事業所の従業者数",
                        ["3,842人", "3,905人", "3,968人", "4,016人", "4,200人"],
                    )
                ],
            ),
            (
                "施策1-2　観光・交流の推進",
                [
                    (
                        "②　昭和万葉の森の入園者数",
                        ["58.6千人", "41.2千人", "47.9千人", "52.3千人", "60.0千人以上"],
                    )
                ],
            ),
        ],
    ),
    (
        "基本目標2　安心して子どもを産み育てられるむらづくり",
        [
            (
                "施策2-1　子育て支援の充実",
                [
                    (
                        "③　子育て支援に満足している村民の割合",
                        ["58.3%", "61.0%", "―", "63.4%", "65.0%以上"],
                    )
                ],
            ),
            (
                "施策2-2　定住の促進",
                [
                    (
                        "④　定住促進住宅団地への入居世帯数",
                        ["0世帯", "18世帯", "35世帯", "47世帯", "60世帯"],
                    ),
                    (
                        "⑤　【再掲】村内事業所の従業者数",
                        ["3,842人", "3,905人", "3,968人", "4,016人", "4,200人"],
                    ),
                ],
            ),
        ],
    ),
]


def build_ohira():
    out = [
        "<!DOCTYPE html>",
        '<html lang="ja">',
        "<head>",
        '<meta charset="utf-8">',
        "<title>第5次大衡村総合計画　成果指標の達成状況（令和５年度）｜大衡村</title>",
        "<style>",
        "body { font-family: 'Noto Sans CJK JP', sans-serif; max-width: 980px; margin: 0 auto; }",
        "table { border-collapse: collapse; margin: 0.4em 0 1em; width: 100%; }",
        "th, td { border: 1px solid #777; padding: 4px 8px; }",
        "thead th { background: #e4ecf5; }",
        "tbody th { text-align: left; font-weight: normal; background: #fafafa; }",
        "td { text-align: right; }",
        "p.note { font-size: 90%; }",
        "dt { font-weight: bold; }",
        "</style>",
        "</head>",
        "<body>",
        '<nav><ol class="breadcrumb"><li><a href="/">トップページ</a></li><li><a href="/soshiki/5/">企画財政課</a></li>'
        "<li>第5次大衡村総合計画　成果指標の達成状況（令和５年度）</li></ol></nav>",
        "<main>",
        "<h1>第5次大衡村総合計画　成果指標の達成状況（令和５年度）</h1>",
        '<p class="date">更新日：2024年10月15日</p>',
        "<p>大衡村は宮城県のほぼ中央、仙台市から約30キロメートルに位置する県内唯一の村です。明治22年（1889年）4月1日に大衡・大瓜・駒場・大森・奥田の5か村が"
        "合併して誕生しました。面積は60.32平方キロメートル、人口は5,492人（2024年10月1日推計）です。平成元年（1989年）には昭和万葉の森が開園し、"
        "平成23年（2011年）には第二仙台北部中核工業団地で自動車工場が操業を始めました。</p>",
        "<p>村では、第5次大衡村総合計画の後期基本計画に掲げた成果指標について、毎年度の実績を取りまとめて公表しています。</p>",
        "<dl>",
        "<dt>計画の名称</dt><dd>第5次大衡村総合計画（後期基本計画）</dd>",
        "<dt>基本理念</dt><dd>共に育み 共に創り 共に生きる 愛と活力にあふれたまちづくり</dd>",
        "<dt>計画期間</dt><dd>基本構想　平成28年度～令和7年度（10年間）／後期基本計画　令和3年度～令和7年度（5年間）</dd>",
        "<dt>担当課</dt><dd>企画財政課</dd>",
        "</dl>",
        "<p>「策定時」は、後期基本計画の策定時に把握していた平成31年3月末時点の値です。</p>",
    ]
    for h2, blocks in OHIRA:
        out.append(f"<h2>{h2}</h2>")
        for h3, rows in blocks:
            out.append(f"<h3>{h3}</h3>")
            out.append("<table>")
            out.append(
                "<thead><tr>"
                + "".join(f'<th scope="col">{t}</th>' for t in OHIRA_HEAD)
                + "</tr></thead>"
            )
            out.append("<tbody>")
            for name, vals in rows:
                cells = "".join(f"<td>{v}</td>" for v in vals)
                out.append(f'<tr><th scope="row">{name}</th>{cells}</tr>')
            out.append("</tbody>")
            out.append("</table>")
            if h3.startswith("施策2-1"):
                out.append(
                    '<p class="note">※　③は村民意識調査（隔年実施）によるもので、令和4年度は調査を実施していません（「―」）。'
                    "令和3年度の値は令和3年度調査の結果です。</p>"
                )
            if h3.startswith("施策2-2"):
                out.append('<p class="note">⑤は施策1-1の①を再掲しています。</p>')
    out += [
        "<h2>お問い合わせ</h2>",
        "<p>企画財政課　企画係<br>〒981-3692　宮城県黒川郡大衡村大衡字平林62番地</p>",
        "</main>",
        "</body>",
        "</html>",
    ]
    (HERE / "ohira_sogo5_seika_shihyo_r5.html").write_bytes(("\n".join(out) + "\n").encode("utf-8"))


def to_pdf():
    with tempfile.TemporaryDirectory() as tmp:
        for name in PDFS:
            subprocess.run(
                [
                    "soffice",
                    f"-env:UserInstallation=file://{tmp}/profile",
                    "--headless",
                    "--convert-to",
                    "pdf",
                    "--outdir",
                    tmp,
                    str(SRC / f"{name}.xlsx"),
                ],
                check=True,
                capture_output=True,
            )
            shutil.copy(Path(tmp) / f"{name}.pdf", HERE / f"{name}.pdf")


def main():
    SRC.mkdir(exist_ok=True)
    build_kitahiroshima()
    build_oishida()
    build_kawamata()
    build_ohira()
    if "--no-pdf" not in sys.argv:
        to_pdf()


if __name__ == "__main__":
    main()
