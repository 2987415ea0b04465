"""Build forms507: four KPI documents of 南相木村, 長柄町, 桜川市 and 藤岡市.

Writes `minamiaiki_takimi_jimujigyo_r5.xlsx` (the workbook is the document), `nagara_sogo_koki_seika_r5.html`
and the XLSX sources `source/sakuragawa_sousei2_kpi_kensho_r5.xlsx` and `source/fujioka_sakurayama_shuyo_seika_r5.xlsx`,
which LibreOffice turns into `sakuragawa_sousei2_kpi_kensho_r5.pdf` and `fujioka_sakurayama_shuyo_seika_r5.pdf`.
Run `/work/venv/bin/python build.py` (`--no-pdf` skips LibreOffice). XLSX and HTML are byte-stable.
"""
# ruff: noqa: E501

import datetime
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
SHADE = PatternFill("solid", fgColor="D9D9D9")
STAMP = datetime.datetime(2024, 11, 20, 9, 0, 0)
STAMP_TEXT = b"2024-11-20T09:00:00Z"


def font(size=9, bold=False):
    return Font(name=FONT, size=size, bold=bold)


def put(ws, ref, value, size=9, bold=False, box=False, shade=False, h="left", wrap=True, fmt=None):
    cell = ws[ref]
    cell.value = value
    cell.font = font(size, bold)
    cell.alignment = Alignment(horizontal=h, vertical="center", wrap_text=wrap)
    if box:
        cell.border = BOX
    if shade:
        cell.fill = SHADE
    if fmt is not None:
        cell.number_format = fmt
    return cell


def boxed(ws, rng, shade=False):
    for row in ws[rng]:
        for cell in row:
            cell.border = BOX
            if shade:
                cell.fill = SHADE


def merge(ws, rng, value, **kw):
    first = rng.split(":")[0]
    put(ws, first, value, **kw)
    ws.merge_cells(rng)
    if kw.get("box"):
        boxed(ws, rng, kw.get("shade", False))


def numfmt(value):
    """The number format a value is shown with: one decimal for floats, thousands for ints."""
    if isinstance(value, float):
        return "#,##0.0"
    if isinstance(value, int):
        return "#,##0"
    return None


def save(wb, path):
    """Save with fixed properties and fixed zip timestamps, so the bytes do not change."""
    wb.properties.creator = "forms507"
    wb.properties.lastModifiedBy = "forms507"
    wb.properties.created = STAMP
    wb.properties.modified = STAMP
    buf = io.BytesIO()
    wb.save(buf)
    buf.seek(0)
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in sorted(zin.infolist(), key=lambda i: i.filename):
            data = zin.read(item.filename)
            if item.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>" + STAMP_TEXT, data)
                data = re.sub(rb"(<dcterms:created[^>]*>)[^<]*", rb"\g<1>" + STAMP_TEXT, data)
            info = zipfile.ZipInfo(item.filename, date_time=(2024, 11, 20, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            zout.writestr(info, data)


def page(ws, landscape):
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.6


def widths(ws, table):
    for col, w in table.items():
        ws.column_dimensions[col].width = w


def fields(ws, r, rows, last, label_cols="A", heights=None):
    """Bordered key-value form rows: the key in `label_cols` (one column or a range), the value merged up to `last`."""
    heights = heights or {}
    first_value = chr(ord(label_cols[-1]) + 1)
    for key, val in rows:
        if len(label_cols) == 1:
            put(ws, f"{label_cols}{r}", key, bold=True, box=True, shade=True)
        else:
            merge(
                ws, f"{label_cols[0]}{r}:{label_cols[-1]}{r}", key, bold=True, box=True, shade=True
            )
        merge(ws, f"{first_value}{r}:{last}{r}", val, box=True)
        ws.row_dimensions[r].height = heights.get(key, 18)
        r += 1
    return r


# ---------------------------------------------------------------- 南相木村 (XLSX document)
MINAMIAIKI_ROWS = [
    # (区分, No., 指標名, 単位, targets R3..R7, actuals R3..R5 (R6 where printed), 達成率 R3..R5)
    (
        "活動指標",
        1,
        "遊歩道・案内板の点検回数",
        "回",
        [12, 12, 12, 12, 12],
        [12, 11, 10],
        ["100.0%", "91.7%", "83.3%"],
    ),
    (
        "活動指標",
        2,
        "滝めぐりスタンプラリー台紙の配布数",
        "枚",
        [1500, 1500, 1800, 1800, 2000],
        [1320, 1610, 1905],
        ["88.0%", "107.3%", "105.8%"],
    ),
    (
        "成果指標",
        3,
        "滝見の湯の入館者数",
        "千人",
        [38.0, 40.0, 42.0, 44.0, 45.0],
        [35.2, 39.1, 41.6, "43.5（見込）"],
        ["92.6%", "97.8%", "99.0%"],
    ),
    (
        "成果指標",
        4,
        "スタンプラリーの7滝達成者数",
        "人",
        [150, 180, 200, 220, 250],
        [132, 175, 214],
        ["88.0%", "97.2%", "107.0%"],
    ),
    (
        "成果指標",
        5,
        "滝見の湯の使用料収入",
        "千円",
        [18000, 19000, 20000, 21000, 22000],
        [16240, 18870, 20415],
        ["90.2%", "99.3%", "102.1%"],
    ),
]


def build_minamiaiki():
    wb = Workbook()
    ws = wb.active
    ws.title = "事務事業評価"
    widths(
        ws,
        {"A": 8, "B": 5, "C": 26, "D": 6, "E": 8, "F": 9, "G": 9, "H": 9, "I": 9, "J": 10},
    )
    merge(
        ws,
        "A1:J1",
        "令和６年度　事務事業評価シート（令和５年度実施事業）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:J2", "作成日　令和6年11月20日　南相木村 総務課", h="right")
    put(ws, "A4", "１　事業の概要", size=11, bold=True, wrap=False)
    r = fields(
        ws,
        5,
        [
            ("事務事業名", "七福神の滝めぐり・滝見の湯交流促進事業"),
            ("担当課", "総務課　地域振興係"),
            ("関連計画", "南相木村まち・ひと・しごと創生推進計画"),
            ("事業期間", "令和3年度～令和7年度"),
            ("事業費（R5決算）", "4,860千円（うち一般財源　4,860千円）"),
            (
                "事業の概要",
                "村内に点在する「七福神の滝」（おみかの滝・立岩の滝・犬ころの滝など7つの滝）をめぐる遊歩道と案内板を維持管理し、"
                "日帰り温泉施設「南相木温泉 滝見の湯」と結んだ滝めぐりスタンプラリーを実施する。御三甕（おみか）の滝は3つの滝つぼからなり、落差は約17m。"
                "村の面積は66.05k㎡で、総面積の8割程度を山林原野が占め、南相木川に沿って10の集落が点在する。人口936人・422世帯（令和6年10月1日現在）。",
            ),
        ],
        "J",
        label_cols="AB",
        heights={"事業の概要": 52, "事業費（R5決算）": 22},
    )
    r += 1
    put(ws, f"A{r}", "２　指標の推移", size=11, bold=True, wrap=False)
    r += 1
    head = [
        "区分",
        "No.",
        "指標名",
        "単位",
        "項目",
        "R3年度",
        "R4年度",
        "R5年度",
        "R6年度",
        "R7年度\n（最終）",
    ]
    for col, text in zip("ABCDEFGHIJ", head, strict=True):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[r].height = 26
    r += 1
    groups = {}
    for kind, no, name, unit, targets, actuals, rates in MINAMIAIKI_ROWS:
        top = r
        groups.setdefault(kind, [top, top])
        merge(ws, f"B{r}:B{r + 2}", no, box=True, h="center")
        merge(ws, f"C{r}:C{r + 2}", name, box=True)
        merge(ws, f"D{r}:D{r + 2}", unit, box=True, h="center")
        for i, role in enumerate(("目標値", "実績値", "達成率")):
            put(ws, f"E{r + i}", role, box=True, h="center", shade=(i == 0))
        for col, v in zip("FGHIJ", targets, strict=True):
            put(ws, f"{col}{r}", v, box=True, h="right", fmt=numfmt(v))
        for j, col in enumerate("FGHIJ"):
            v = actuals[j] if j < len(actuals) else None
            put(
                ws,
                f"{col}{r + 1}",
                v,
                box=True,
                h="right",
                fmt=numfmt(v),
                size=9 if not isinstance(v, str) else 8,
            )
            w = rates[j] if j < len(rates) else None
            put(ws, f"{col}{r + 2}", w, box=True, h="right")
        for i in range(3):
            ws.row_dimensions[r + i].height = 16
        r += 3
        groups[kind][1] = r - 1
    for kind, (a, b) in groups.items():
        merge(ws, f"A{a}:A{b}", kind, bold=True, box=True, shade=True, h="center")
    notes = [
        "※達成率は、実績値を目標値で除したものです。",
        "※No.3のR6年度実績は、令和6年10月末までの入館者数をもとに推計した見込値です。",
        "※No.4は、七福神の滝（7か所）のスタンプをすべて集めた人数です。",
    ]
    for note in notes:
        merge(ws, f"A{r}:J{r}", note, size=8)
        r += 1
    r += 1
    put(ws, f"A{r}", "３　評価", size=11, bold=True, wrap=False)
    r += 1
    fields(
        ws,
        r,
        [
            (
                "有効性",
                "B（概ね効果があった）　入館者数・使用料収入は増加が続いているが、遊歩道の点検は人員不足により目標回数を下回った。",
            ),
            ("今後の方向性", "現状維持（点検を地元集落との協働で行う体制を検討する）"),
        ],
        "J",
        label_cols="AB",
        heights={"有効性": 30},
    )
    page(ws, landscape=False)
    save(wb, HERE / "minamiaiki_takimi_jimujigyo_r5.xlsx")


# ---------------------------------------------------------------- 長柄町 (HTML)
NAGARA_HEAD = """<thead>
<tr><th rowspan="2">施策</th><th rowspan="2">成果指標</th><th rowspan="2">単位</th><th rowspan="2">基準値<br>（令和元年度）</th><th colspan="2">実績値</th><th colspan="3">令和5年度</th><th rowspan="2">目標値<br>（令和7年度）</th></tr>
<tr><th>令和3年度</th><th>令和4年度</th><th>目標値</th><th>実績値</th><th>評価</th></tr>
</thead>"""

NAGARA = f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>長柄町総合計画 後期基本計画　成果指標の進捗状況（令和５年度） | 長柄町</title>
</head>
<body>
<nav aria-label="パンくずリスト"><ol>
<li><a href="/">ホーム</a></li>
<li><a href="/chosei/">町政情報</a></li>
<li><a href="/chosei/keikaku/">計画・施策</a></li>
<li>長柄町総合計画 後期基本計画　成果指標の進捗状況（令和５年度）</li>
</ol></nav>
<main>
<h1>長柄町総合計画 後期基本計画　成果指標の進捗状況（令和５年度）</h1>
<p class="date">更新日：2024年11月8日　担当：企画財政課</p>
<p>長柄町は、昭和30年（1955年）4月29日に長柄村・日吉村・水上村の3村が合併して発足しました。面積は47.11km²で、房総丘陵のほぼ中央、東京都心から50～60km圏内に位置しています。</p>
<p>町の北西部にある長柄ダムは、高さ52m、長さ250mの国内最大級のアースダムです。湖畔には染井吉野と山桜が約3,200本植えられ、4月の「桜まつり」の期間中は500個の提灯が灯ります。</p>
<dl>
<dt>計画の名称</dt><dd>長柄町総合計画 後期基本計画</dd>
<dt>計画期間</dt><dd>令和3年度～令和7年度（5年間）</dd>
<dt>担当課</dt><dd>企画財政課</dd>
</dl>
<p>※「評価」欄は、令和5年度の実績値を同じ年度の目標値と比べたものです。◎：目標を達成　○：目標は未達成だが基準値より改善　△：基準値より悪化又は横ばい　―：実績がないため評価しない</p>
<p>※数値の前に付けた「△」はマイナスを表します（①の「△」は転出者数が転入者数を上回ったことを示します）。</p>
<h2>基本目標4　ひとが清らかにうるおう美しく安全なまちづくり</h2>
<table border="1">
{NAGARA_HEAD}
<tbody>
<tr><th rowspan="3" scope="rowgroup">4-2　移住・定住の促進</th><td>①社会増減数（転入者数－転出者数）</td><td>人</td><td>△52</td><td>△38</td><td>△21</td><td>±0</td><td>△9</td><td>○</td><td>10</td></tr>
<tr><td>②空き家・空き地バンクの成約件数</td><td>件</td><td>4</td><td>6</td><td>9</td><td>8</td><td>11</td><td>◎</td><td>10</td></tr>
<tr><td>③町の住みやすさに「満足」「やや満足」と答えた町民の割合</td><td>％</td><td>48.2</td><td>50.6</td><td>―</td><td>52.0</td><td>47.9</td><td>△</td><td>55.0</td></tr>
</tbody>
</table>
<p>※③は隔年で実施する町民意識調査の結果です。令和4年度は調査を実施していないため「―」としています。</p>
<h2>基本目標5　ひとがにぎわいを創る活発なまちづくり</h2>
<table border="1">
{NAGARA_HEAD}
<tbody>
<tr><th scope="rowgroup">5-1　観光の振興</th><td>④観光入込客数</td><td>千人</td><td>412.6</td><td>298.4</td><td>356.1</td><td>400.0</td><td>389.7</td><td>△</td><td>450.0</td></tr>
<tr><th scope="rowgroup">5-3　企業誘致と雇用の創出</th><td>⑤茂原長柄スマートインターチェンジ周辺の企業立地件数</td><td>件</td><td>0</td><td>0</td><td>0</td><td>1</td><td>0</td><td>△</td><td>3</td></tr>
</tbody>
</table>
<p>※④は千葉県観光入込調査による町内の観光地点の入込客数の合計です。</p>
</main>
<footer><p>長柄町役場　企画財政課</p></footer>
</body>
</html>
"""


def build_nagara():
    (HERE / "nagara_sogo_koki_seika_r5.html").write_text(NAGARA, encoding="utf-8")


# ---------------------------------------------------------------- 桜川市 (PDF source, landscape)
SAKURAGAWA_GRIDS = [
    (
        "■基本目標1　地域の資源を生かして稼ぐ力をつくる",
        [
            (1, "新規就農者数", "人", 8, 10, 7, 10, 11, 12, "認定新規就農者を含む"),
            (2, "創業支援事業計画に基づく創業件数", "件", 6, 9, 11, 10, 8, 12, ""),
            (
                3,
                "観光入込客数",
                "千人",
                1052.4,
                612.8,
                845.1,
                950.0,
                1012.6,
                1100.0,
                "暦年（1月～12月）の数値",
            ),
        ],
        [
            "※No.3は茨城県観光客動態調査による暦年（1月～12月）の数値です。例えば「2023（R5）」欄は2023年1月～12月の入込客数です。",
        ],
    ),
    (
        "■基本目標2　ヤマザクラのまちへ新しいひとの流れをつくる",
        [
            (
                4,
                "移住支援金等を活用した移住者数",
                "人",
                "―",
                "累計12",
                "累計27",
                "累計45",
                "累計41",
                "累計60",
                "令和2年度からの累計",
            ),
            (5, "市内の年間出生数", "人", 212, 186, 179, 200, 171, 200, ""),
        ],
        [
            "※No.4は令和2年度からの累計です。基準値の「―」は、制度開始前のため実績がないことを示します。",
        ],
    ),
]


def build_sakuragawa():
    wb = Workbook()
    ws = wb.active
    ws.title = "KPI検証"
    widths(
        ws,
        {"A": 5, "B": 34, "C": 7, "D": 12, "E": 12, "F": 12, "G": 12, "H": 12, "I": 13, "J": 24},
    )
    merge(
        ws,
        "A1:J1",
        "第2期桜川市まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）検証シート（令和５年度）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:J2", "令和6年10月　桜川市 企画課", h="right")
    r = fields(
        ws,
        4,
        [
            ("計画の名称", "第2期桜川市まち・ひと・しごと創生総合戦略"),
            ("計画期間", "令和2年度～令和6年度（5年間）"),
            ("担当課", "企画課"),
            (
                "市の概要",
                "平成17年（2005年）10月1日に岩瀬町・真壁町・大和村が合併して誕生した。面積は180.06km²、人口は36,527人（2024年3月1日推計）で、東京都心からおよそ70km圏に位置する。"
                "真壁地区の町並みは2010年に国の重要伝統的建造物群保存地区に選定され、104棟の登録有形文化財が立ち並ぶ。毎年2～3月の「真壁のひなまつり」には約170軒がひな人形を飾り、1か月に10万人以上が訪れる。",
            ),
        ],
        "J",
        label_cols="AB",
        heights={"市の概要": 40},
    )
    for title, rows, notes in SAKURAGAWA_GRIDS:
        r += 1
        put(ws, f"A{r}", title, size=11, bold=True, wrap=False)
        r += 1
        h1, h2 = r, r + 1
        for col, text in (("A", "No."), ("B", "KPI"), ("C", "単位"), ("J", "備考")):
            merge(ws, f"{col}{h1}:{col}{h2}", text, bold=True, box=True, shade=True, h="center")
        put(ws, f"D{h1}", "基準値", bold=True, box=True, shade=True, h="center")
        merge(ws, f"E{h1}:F{h1}", "実績値", bold=True, box=True, shade=True, h="center")
        merge(ws, f"G{h1}:H{h1}", "2023（R5）", bold=True, box=True, shade=True, h="center")
        put(ws, f"I{h1}", "最終目標", bold=True, box=True, shade=True, h="center")
        for col, text in zip(
            "DEFGHI",
            ("2019（R元）", "2021（R3）", "2022（R4）", "目標", "実績", "2024（R6）"),
            strict=True,
        ):
            put(ws, f"{col}{h2}", text, bold=True, box=True, shade=True, h="center")
        ws.row_dimensions[h1].height = 18
        ws.row_dimensions[h2].height = 18
        r = h2 + 1
        for row in rows:
            for j, (col, v) in enumerate(zip("ABCDEFGHIJ", row, strict=True)):
                if j in (1, 9):
                    put(ws, f"{col}{r}", v, box=True)
                elif j in (0, 2) or v == "―":
                    put(ws, f"{col}{r}", v, box=True, h="center")
                else:
                    put(ws, f"{col}{r}", v, box=True, h="right", fmt=numfmt(v))
            ws.row_dimensions[r].height = 20
            r += 1
        for note in notes:
            merge(ws, f"A{r}:J{r}", note, size=8)
            r += 1
    r += 1
    put(ws, f"A{r}", "■検証結果（総合戦略推進会議の意見）", size=11, bold=True, wrap=False)
    r += 1
    merge(
        ws,
        f"A{r}:J{r}",
        "観光入込客数は2023年に目標を上回り、真壁のひなまつりなどの来訪が戻りつつある。移住支援金等を活用した移住者数と出生数は目標に届いておらず、"
        "子育て世代への情報発信の強化が求められる。",
        box=True,
    )
    ws.row_dimensions[r].height = 30
    page(ws, landscape=True)
    save(wb, SRC / "sakuragawa_sousei2_kpi_kensho_r5.xlsx")


# ---------------------------------------------------------------- 藤岡市 (PDF source, portrait)
def build_fujioka():
    wb = Workbook()
    ws = wb.active
    ws.title = "主要施策の成果"
    widths(
        ws,
        {
            "A": 4,
            "B": 24,
            "C": 5,
            "D": 9,
            "E": 8,
            "F": 10,
            "G": 8,
            "H": 8,
            "I": 7,
            "J": 5,
            "K": 9,
        },
    )
    merge(
        ws,
        "A1:K1",
        "令和５年度　主要な施策の成果に関する説明書（抜粋）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:K2", "令和6年9月　藤岡市 経済部 観光交流課", h="right")
    r = fields(
        ws,
        4,
        [
            ("事業名", "桜山公園整備・活用事業"),
            ("所管課", "経済部　観光交流課"),
            ("関連計画", "第5次藤岡市総合計画（平成30年度～令和9年度）"),
            ("決算額", "令和5年度　58,420千円（うち一般財源　21,300千円）"),
            (
                "事業の内容",
                "桜山公園は、明治41年（1908年）に1千本のサクラの苗が植樹されたのが始まりで、昭和12年（1937年）に国の名勝・天然記念物に指定され、平成2年（1990年）には「さくら名所100選」に選ばれた。"
                "標高591mの桜山を中心とする47haの園内には約7,000本の冬桜があり、春と冬の二度咲きで知られる。"
                "令和2年度に策定した整備計画に基づき、令和3年度から5か年で遊歩道や休憩所などの整備を進めている。市の面積は180.29km²。",
            ),
        ],
        "K",
        label_cols="AB",
        heights={"事業の内容": 64},
    )
    r += 1
    put(ws, f"A{r}", "■成果指標の状況", size=11, bold=True, wrap=False)
    merge(
        ws,
        f"E{r}:K{r}",
        "【評価】　A：目標を達成　B：目標の80％以上　C：目標の80％未満",
        size=8,
        h="right",
    )
    r += 1
    h1, h2 = r, r + 1
    for col, text in (
        ("A", "No."),
        ("B", "成果指標"),
        ("C", "単位"),
        ("D", "基準値\n（R元年度）"),
        ("E", "R3年度\n実績"),
        ("F", "R4年度\n実績"),
        ("J", "評価"),
        ("K", "目標値\n（R7年度）"),
    ):
        merge(ws, f"{col}{h1}:{col}{h2}", text, bold=True, box=True, shade=True, h="center")
    merge(ws, f"G{h1}:I{h1}", "R5年度", bold=True, box=True, shade=True, h="center")
    for col, text in zip("GHI", ("目標", "実績", "達成率"), strict=True):
        put(ws, f"{col}{h2}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[h1].height = 18
    ws.row_dimensions[h2].height = 18
    r = h2 + 1
    rows = [
        (
            1,
            "桜山公園の入園者数",
            "千人",
            98.4,
            72.5,
            "88.7（修正後）",
            95.0,
            97.3,
            "102.4%",
            "A",
            "100～110",
        ),
        (2, "冬桜の植栽本数", "本", "約7,000", 7150, 7320, 7400, 7480, "101.1%", "A", 8000),
        (
            3,
            "ボランティアガイドの案内人数",
            "人",
            "延べ1,050",
            "延べ620",
            "延べ910",
            "延べ1,200",
            "延べ1,064",
            "88.7%",
            "B",
            "延べ1,500",
        ),
        (4, "遊歩道・休憩所の整備箇所数（累計）", "カ所", 0, 2, 5, 8, 6, "75.0%", "C", 12),
    ]
    for row in rows:
        for j, (col, v) in enumerate(zip("ABCDEFGHIJK", row, strict=True)):
            if j == 1:
                put(ws, f"{col}{r}", v, box=True)
            elif j in (0, 2, 9):
                put(ws, f"{col}{r}", v, box=True, h="center")
            else:
                put(
                    ws,
                    f"{col}{r}",
                    v,
                    box=True,
                    h="right",
                    fmt=numfmt(v),
                    size=9 if not isinstance(v, str) or len(v) < 8 else 8,
                )
        ws.row_dimensions[r].height = 24
        r += 1
    notes = [
        "※No.1のR4年度実績は、集計漏れがあったため修正しました（修正前：86.1千人）。",
        "※No.1は、有料駐車場の利用台数と管理事務所の調査による年度ごとの入園者数です。No.3は、ガイドが案内した人数の延べ数です。",
        "※達成率は、R5年度の実績を目標で除したものです。",
    ]
    for note in notes:
        merge(ws, f"A{r}:K{r}", note, size=8)
        r += 1
    r += 1
    put(ws, f"A{r}", "■今後の方向性", size=11, bold=True, wrap=False)
    r += 1
    merge(
        ws,
        f"A{r}:K{r}",
        "冬桜の開花期の入園者数は回復し、目標を上回った。整備計画の後半（令和6年度・令和7年度）は、遅れている遊歩道と休憩所の整備を優先し、"
        "ボランティアガイドの担い手の確保に努める。",
        box=True,
    )
    ws.row_dimensions[r].height = 40
    page(ws, landscape=False)
    save(wb, SRC / "fujioka_sakurayama_shuyo_seika_r5.xlsx")


def to_pdf():
    for name in ("sakuragawa_sousei2_kpi_kensho_r5", "fujioka_sakurayama_shuyo_seika_r5"):
        with tempfile.TemporaryDirectory() as tmp:
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
    build_minamiaiki()
    build_nagara()
    build_sakuragawa()
    build_fujioka()
    if "--no-pdf" not in sys.argv:
        to_pdf()


if __name__ == "__main__":
    main()
