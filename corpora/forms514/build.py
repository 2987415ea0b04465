"""Build forms514: four KPI documents of 野田村, 稚内市, 鹿角市 and 浪江町.

Writes `noda_kankeijinko_jimujigyo_r6.xlsx` (the workbook is the document), `wakkanai_sogo5_seika_shihyo_r5.html`,
and the XLSX sources `source/kazuno_natsumatsuri_shuyo_seika_r5.xlsx` and
`source/namie_michinoeki_kofukin_kensho_r5.xlsx`, which LibreOffice turns into
`kazuno_natsumatsuri_shuyo_seika_r5.pdf` and `namie_michinoeki_kofukin_kensho_r5.pdf`.
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
STAMP = datetime.datetime(2025, 7, 25, 9, 0, 0)
STAMP_TEXT = b"2025-07-25T09:00:00Z"


def font(size=9, bold=False):
    return Font(name=FONT, size=size, bold=bold)


def put(ws, ref, value, size=9, bold=False, box=False, shade=False, h="left", wrap=True):
    cell = ws[ref]
    cell.value = value
    cell.font = font(size, bold)
    cell.alignment = Alignment(horizontal=h, vertical="center", wrap_text=wrap)
    if box:
        cell.border = BOX
    if shade:
        cell.fill = SHADE
    return cell


def boxed(ws, rng, shade=False):
    for row in ws[rng]:
        for cell in row:
            cell.border = BOX
            if shade:
                cell.fill = SHADE


def merge(ws, rng, value, **kw):
    first = rng.split(":")[0]
    cell = put(ws, first, value, **kw)
    ws.merge_cells(rng)
    if kw.get("box"):
        boxed(ws, rng, kw.get("shade", False))
    return cell


def number(cell, value):
    """Give a number cell the format it is printed with (thousands separator, fixed decimals)."""
    if isinstance(value, float):
        decimals = len(repr(value).split(".")[1])
        cell.number_format = "#,##0." + "0" * decimals
    elif isinstance(value, int):
        cell.number_format = "#,##0"


def save(wb, path):
    """Save with fixed properties and fixed zip timestamps, so the bytes do not change."""
    wb.properties.creator = "forms514"
    wb.properties.lastModifiedBy = "forms514"
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
            info = zipfile.ZipInfo(item.filename, date_time=(2025, 7, 25, 9, 0, 0))
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


def value_cell(ws, ref, v, shade=False, h=None):
    """A value cell: numbers right-aligned with their format, text centred; (x, n) is x with n decimals."""
    fmt = None
    if isinstance(v, tuple):
        v, places = v
        fmt = "#,##0." + "0" * places
    align = h or ("right" if isinstance(v, (int, float)) else "center")
    c = put(ws, ref, v, box=True, shade=shade, h=align)
    if fmt:
        c.number_format = fmt
    else:
        number(c, v)
    return c


# ---------------------------------------------------------------- 野田村 (XLSX document)
def build_noda():
    wb = Workbook()
    ws = wb.active
    ws.title = "事務事業評価"
    ws.column_dimensions["A"].width = 16
    for col in "BCDEF":
        ws.column_dimensions[col].width = 18
    merge(
        ws,
        "A1:F1",
        "令和７年度　事務事業評価シート（令和６年度実施事業）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:F2", "作成日　令和7年7月25日　野田村", h="right")
    put(ws, "A3", "１　事業の概要", size=11, bold=True, wrap=False)
    fields = [
        ("事務事業名", "「心はいつものだ村民」関係人口創出事業"),
        ("担当課", "未来づくり推進課　移住定住班"),
        (
            "関連計画",
            "第2期野田村まち・ひと・しごと創生総合戦略　基本目標2「新しいひとの流れをつくる」",
        ),
        ("事業期間", "令和4年度～令和8年度"),
        ("事業費（R6決算）", "5,920千円（うち一般財源 2,960千円）"),
        (
            "事業の概要",
            "本村は明治22年（1889年）2月16日に野田村と玉川村が合併して成立し、総面積は80.80km²、人口は3,936人（令和2年国勢調査）。"
            "江戸時代から続く製塩の歴史を持ち、「のだ塩」や外海で育つ「荒海ホタテ」、生産量日本一の山ぶどうなどの特産品に恵まれている。"
            "東日本大震災を機に生まれたつながりを生かすため、村外に住む応援者を準村民として登録する「心はいつものだ村民登録制度」を運用し、"
            "特産品の案内や交流イベント（毎年1月15日の小正月行事「なもみ」の見学会など）を通じて関係人口の創出・拡大を図る。",
        ),
    ]
    r = 4
    for key, val in fields:
        put(ws, f"A{r}", key, bold=True, box=True, shade=True)
        merge(ws, f"B{r}:F{r}", val, box=True)
        ws.row_dimensions[r].height = 78 if key == "事業の概要" else 18
        r += 1
    r += 1
    put(ws, f"A{r}", "２　指標の推移", size=11, bold=True, wrap=False)
    r += 1
    merge(ws, f"A{r}:A{r + 1}", "年度", bold=True, box=True, shade=True, h="center")
    merge(ws, f"B{r}:C{r}", "活動指標", bold=True, box=True, shade=True, h="center")
    merge(ws, f"D{r}:F{r}", "成果指標", bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[r].height = 18
    r += 1
    names = [
        "①交流イベント開催回数（回）",
        "②物産展等への出展回数（回）",
        "③準村民登録者数（人）",
        "④準村民の来村者数（人）",
        "⑤準村民からのふるさと納税寄附額（千円）",
    ]
    for col, name in zip("BCDEF", names, strict=True):
        put(ws, f"{col}{r}", name, size=8, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[r].height = 44
    r += 1
    rows = [
        ("R4実績", [3, 4, 186, "―", 8460], False),
        ("R5実績", [5, 6, 274, 65, 10920], False),
        ("R6目標", [6, 6, 350, 80, 12000], False),
        ("R6実績", [6, 5, 341, 88, 12350], False),
        ("増減（R6－R5）", ["+1", "△1", "+67", "+23", "+1,430"], True),
        ("R7目標", [6, 6, 420, 90, 13000], False),
        ("R8目標（最終）", [6, 6, "累計500", 100, 14000], False),
    ]
    for label, vals, shade in rows:
        put(ws, f"A{r}", label, box=True, shade=shade, h="center")
        for col, v in zip("BCDEF", vals, strict=True):
            value_cell(ws, f"{col}{r}", v, shade=shade, h="right")
        ws.row_dimensions[r].height = 18
        r += 1
    notes = [
        "※1　③は制度開始（令和4年度）からの登録者数の累計。",
        "※2　④は準村民登録者のうち、交流イベント等で来村した人数。令和4年度は集計していないため「―」としている。",
        "※3　⑤は準村民（登録者）からの寄附に限る。",
        "※4　「増減（R6－R5）」は令和6年度実績と令和5年度実績の差（△はマイナス）。",
    ]
    for note in notes:
        merge(ws, f"A{r}:F{r}", note, size=8)
        r += 1
    r += 1
    put(ws, f"A{r}", "３　評価", size=11, bold=True, wrap=False)
    r += 1
    for key, val in (
        ("評価", "B（概ね順調に推移している）"),
        (
            "今後の方向性",
            "継続（準村民の来村機会を増やすため、なもみ見学会などの交流イベントの内容を充実させる）",
        ),
    ):
        put(ws, f"A{r}", key, bold=True, box=True, shade=True)
        merge(ws, f"B{r}:F{r}", val, box=True)
        ws.row_dimensions[r].height = 30
        r += 1
    page(ws, landscape=False)
    save(wb, HERE / "noda_kankeijinko_jimujigyo_r6.xlsx")


# ---------------------------------------------------------------- 鹿角市 (PDF source, landscape)
def build_kazuno():
    wb = Workbook()
    ws = wb.active
    ws.title = "主要施策成果"
    widths = {
        "A": 5,
        "B": 26,
        "C": 6,
        "D": 9,
        "E": 9,
        "F": 2,
        "G": 5,
        "H": 28,
        "I": 6,
        "J": 11,
        "K": 9,
        "L": 9,
        "M": 9,
        "N": 9,
        "O": 11,
    }
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    merge(
        ws,
        "A1:O1",
        "令和５年度　主要な施策の成果に関する説明書（抜粋）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:O2", "令和6年9月　鹿角市", h="right")
    fields = [
        ("事業名", "かづの夏祭り誘客推進事業"),
        ("所管課", "産業部　観光交流課"),
        ("関連計画", "第7次鹿角市総合計画　前期基本計画（令和3年度～令和7年度）"),
        ("決算額", "令和5年度　14,860千円（うち一般財源 9,120千円）"),
        (
            "事業の内容",
            "本市は北東北三県のほぼ中央に位置し、面積は707.52km²。昭和47年（1972年）4月1日に花輪町・十和田町・尾去沢町・八幡平村が合体して市制を施行した。"
            "令和3年（2021年）には大湯環状列石を含む「北海道・北東北の縄文遺跡群」が世界遺産に登録された。"
            "毎年8月19日・20日の花輪ばやし（ユネスコ無形文化遺産「花輪祭の屋台行事」）や毛馬内盆踊りなどの夏祭りは、令和2年・令和3年の2年連続で中止となった。"
            "本事業では、道の駅かづの「あんとらあ」の祭り展示館での実演披露や首都圏等での観光PRにより、夏祭りへの誘客を図る。",
        ),
    ]
    r = 4
    for key, val in fields:
        merge(ws, f"A{r}:B{r}", key, bold=True, box=True, shade=True)
        merge(ws, f"C{r}:O{r}", val, box=True)
        ws.row_dimensions[r].height = 54 if key == "事業の内容" else 18
        r += 1
    r += 1
    put(ws, f"A{r}", "（１）事業の実績", size=11, bold=True, wrap=False)
    put(ws, f"G{r}", "（２）成果指標の状況", size=11, bold=True, wrap=False)
    r += 1
    # left grid: one-row head over two rows
    for col, text in zip("ABCDE", ["No.", "項目", "単位", "R4実績", "R5実績"], strict=True):
        merge(ws, f"{col}{r}:{col}{r + 1}", text, bold=True, box=True, shade=True, h="center")
    # right grid: two-row head
    for col, text in zip("GHIJ", ["No.", "成果指標", "単位", "基準値（R元）"], strict=True):
        merge(ws, f"{col}{r}:{col}{r + 1}", text, bold=True, box=True, shade=True, h="center")
    merge(ws, f"K{r}:M{r}", "実績", bold=True, box=True, shade=True, h="center")
    for col, text in zip("KLM", ["R3", "R4", "R5"], strict=True):
        put(ws, f"{col}{r + 1}", text, bold=True, box=True, shade=True, h="center")
    merge(ws, f"N{r}:N{r + 1}", "R5目標", bold=True, box=True, shade=True, h="center")
    merge(ws, f"O{r}:O{r + 1}", "目標値（R7）", bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[r].height = 18
    ws.row_dimensions[r + 1].height = 18
    r += 2
    left = [
        ("ア", "祭り展示館での実演披露回数", "回", 24, 36),
        ("イ", "首都圏等での観光PR出展回数", "回", 5, 8),
    ]
    right = [
        (
            1,
            "花輪ばやしの観覧者数",
            "万人",
            (18.6, 1),
            "中止",
            (15.2, 1),
            (20.4, 1),
            (19.0, 1),
            (21.0, 1),
        ),
        (
            2,
            "毛馬内盆踊りの観覧者数",
            "万人",
            (1.12, 2),
            "中止",
            (0.86, 2),
            (1.25, 2),
            (1.20, 2),
            (1.30, 2),
        ),
        (
            3,
            "夏祭り期間（8月）の市内宿泊者数",
            "人泊",
            "6,120（H30）",
            2150,
            4920,
            6310,
            6500,
            7000,
        ),
    ]
    for i, (no, name, unit, *vals) in enumerate(right):
        rr = r + i
        put(ws, f"G{rr}", no, box=True, h="center")
        put(ws, f"H{rr}", name, box=True)
        put(ws, f"I{rr}", unit, box=True, h="center")
        for col, v in zip("JKLMNO", vals, strict=True):
            value_cell(ws, f"{col}{rr}", v)
        ws.row_dimensions[rr].height = 26
    for i, (no, name, unit, *vals) in enumerate(left):
        rr = r + i
        put(ws, f"A{rr}", no, box=True, h="center")
        put(ws, f"B{rr}", name, box=True)
        put(ws, f"C{rr}", unit, box=True, h="center")
        for col, v in zip("DE", vals, strict=True):
            value_cell(ws, f"{col}{rr}", v)
    r += len(right)
    notes_left = ["※ア・イは各年度の実施回数。"]
    notes_right = [
        "※1　No.1・No.2の令和3年度は、新型コロナウイルス感染症の影響により祭りが中止となった。",
        "※2　No.3の基準値は、令和元年度は調査方法が異なるため、平成30年度の値としている。",
    ]
    merge(ws, f"A{r}:E{r}", notes_left[0], size=8)
    for i, note in enumerate(notes_right):
        merge(ws, f"G{r + i}:O{r + i}", note, size=8)
    r += len(notes_right) + 1
    put(ws, f"A{r}", "（３）事業の評価", size=11, bold=True, wrap=False)
    r += 1
    for key, val in (
        ("評価", "B（概ね目標どおりの成果があった）"),
        (
            "今後の方向性",
            "継続（観覧者数は新型コロナウイルス感染症の影響前の水準に戻りつつある。宿泊につながる誘客を強化する）",
        ),
    ):
        merge(ws, f"A{r}:B{r}", key, bold=True, box=True, shade=True)
        merge(ws, f"C{r}:O{r}", val, box=True)
        ws.row_dimensions[r].height = 22
        r += 1
    page(ws, landscape=True)
    save(wb, SRC / "kazuno_natsumatsuri_shuyo_seika_r5.xlsx")


# ---------------------------------------------------------------- 浪江町 (PDF source, portrait)
def build_namie():
    wb = Workbook()
    ws = wb.active
    ws.title = "効果検証"
    widths = {"A": 5, "B": 26, "C": 6, "D": 9, "E": 8, "F": 8, "G": 8, "H": 8, "I": 12, "J": 9}
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    merge(
        ws,
        "A1:J1",
        "デジタル田園都市国家構想交付金（地方創生推進タイプ）\n効果検証シート（令和５年度実績）",
        size=13,
        bold=True,
        h="center",
    )
    ws.row_dimensions[1].height = 40
    merge(ws, "A2:J2", "令和6年8月　浪江町", h="right")
    fields = [
        ("交付対象事業の名称", "「道の駅なみえ」を核とした交流人口拡大・なりわい再生事業"),
        ("地域再生計画の名称", "なみえ交流・なりわい再生推進計画"),
        ("事業実施期間", "令和4年度～令和6年度（3か年）"),
        ("交付対象事業費", "R5：18,720千円（うち交付金 9,360千円）"),
        ("担当課", "産業振興課"),
        (
            "町の概要",
            "本町は明治33年（1900年）3月1日に町制を施行し、面積は223.14km²。町内東部の請戸漁港は福島県の最東端にあたる。"
            "平成23年（2011年）3月の東日本大震災と原子力発電所事故により全町避難となったが、平成29年（2017年）3月31日に帰還困難区域を除く区域の避難指示が解除された。"
            "令和2年（2020年）8月1日に「道の駅なみえ」が県内34番目の道の駅として開業し、令和3年（2021年）3月20日には大堀相馬焼の窯場や酒蔵を備えた「なみえの技・なりわい館」が加わって全面開所した（駐車場128台）。",
        ),
        (
            "事業の概要",
            "道の駅なみえを拠点に、浪江産品の販路拡大、観光周遊アプリによる町内周遊の促進、町内での創業・事業再開の支援を一体的に行う。",
        ),
    ]
    r = 4
    for key, val in fields:
        merge(ws, f"A{r}:B{r}", key, bold=True, box=True, shade=True)
        merge(ws, f"C{r}:J{r}", val, box=True)
        ws.row_dimensions[r].height = {"町の概要": 80, "事業の概要": 30}.get(key, 18)
        r += 1
    r += 1
    put(ws, f"A{r}", "■重要業績評価指標（KPI）の目標と実績", size=11, bold=True, wrap=False)
    r += 1
    for col, text in zip(
        "ABCD", ["No.", "重要業績評価指標（KPI）", "単位", "基準値（R3）"], strict=True
    ):
        merge(ws, f"{col}{r}:{col}{r + 1}", text, bold=True, box=True, shade=True, h="center")
    merge(ws, f"E{r}:F{r}", "R4年度", bold=True, box=True, shade=True, h="center")
    merge(ws, f"G{r}:H{r}", "R5年度", bold=True, box=True, shade=True, h="center")
    for col, text in zip("EFGH", ["目標", "実績", "目標", "実績"], strict=True):
        put(ws, f"{col}{r + 1}", text, bold=True, box=True, shade=True, h="center")
    merge(ws, f"I{r}:I{r + 1}", "最終目標（R6）", bold=True, box=True, shade=True, h="center")
    merge(ws, f"J{r}:J{r + 1}", "達成状況（R5）", bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[r].height = 18
    ws.row_dimensions[r + 1].height = 18
    r += 2
    rows = [
        (
            1,
            "道の駅なみえの来場者数",
            "万人",
            (38.2, 1),
            (40.0, 1),
            (41.6, 1),
            (42.0, 1),
            (43.9, 1),
            (45.0, 1),
            "達成",
        ),
        (2, "町内での創業・事業再開件数", "件", 9, 10, 12, 10, 8, "3年間で累計30件", "未達成"),
        (3, "観光周遊アプリのダウンロード数", "件", "―", 1500, 1820, 3000, 2640, 4500, "未達成"),
        (
            4,
            "道の駅なみえのキャッシュレス決済比率",
            "%",
            None,
            (45.0, 1),
            (48.3, 1),
            (50.0, 1),
            (52.7, 1),
            (55.0, 1),
            "達成",
        ),
        (
            5,
            "なりわい館の大堀相馬焼販売額",
            "千円",
            21400,
            22000,
            23150,
            24000,
            24980,
            26000,
            "達成",
        ),
    ]
    start = r
    for no, name, unit, *vals in rows:
        put(ws, f"A{r}", no, box=True, h="center")
        put(ws, f"B{r}", name, box=True)
        put(ws, f"C{r}", unit, box=True, h="center")
        for col, v in zip("DEFGHIJ", vals, strict=True):
            if v is None:
                continue
            value_cell(ws, f"{col}{r}", v)
        ws.row_dimensions[r].height = 26
        r += 1
    # No.3 and No.4 share one merged baseline cell
    ws.merge_cells(f"D{start + 2}:D{start + 3}")
    boxed(ws, f"D{start + 2}:D{start + 3}")
    ws[f"D{start + 2}"].alignment = Alignment(horizontal="center", vertical="center")
    notes = [
        "※1　No.3・No.4は令和4年度に開始した取組のため、基準値はない（―）。",
        "※2　No.2の最終目標は、令和4年度から令和6年度までの3年間の累計。",
        "※3　No.5は暦年（1月～12月）の値（例：「R5年度」欄は令和5年1月～12月の販売額）。",
    ]
    for note in notes:
        merge(ws, f"A{r}:J{r}", note, size=8)
        r += 1
    r += 1
    put(ws, f"A{r}", "■効果検証の結果", size=11, bold=True, wrap=False)
    r += 1
    merge(
        ws,
        f"A{r}:J{r}",
        "KPI5項目のうち3項目で令和5年度の目標を達成した。創業・事業再開件数は、事業者の帰還の動向により前年度を下回った。"
        "観光周遊アプリは利用者の増加が目標に届かなかったため、道の駅での案内を強化する。本事業は地方創生に効果があった。",
        box=True,
    )
    ws.row_dimensions[r].height = 44
    page(ws, landscape=False)
    save(wb, SRC / "namie_michinoeki_kofukin_kensho_r5.xlsx")


# ---------------------------------------------------------------- 稚内市 (HTML)
WAKKANAI = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>第5次稚内市総合計画　成果指標の達成状況（令和5年度） | 稚内市</title>
</head>
<body>
<nav aria-label="パンくずリスト"><ol>
<li><a href="/">ホーム</a></li>
<li><a href="/shisei/">市政情報</a></li>
<li><a href="/shisei/seisaku/sogokeikaku/">総合計画</a></li>
<li>第5次稚内市総合計画　成果指標の達成状況（令和5年度）</li>
</ol></nav>
<main>
<h1>第5次稚内市総合計画　成果指標の達成状況（令和5年度）</h1>
<p class="date">更新日：2024年10月1日　担当：まちづくり政策部 地方創生課 計画経営グループ</p>
<p>日本最北端に位置する稚内市は、宗谷岬からわずか43kmの地にサハリンの島影を望む国境のまちです。面積は761.47km²、昭和24年（1949年）に市制を施行し、昭和30年（1955年）に宗谷村を編入しました。「水産」・「酪農」・「観光」を基幹産業としています。</p>
<p>第5次稚内市総合計画は、平成31年度（2019年度）から令和10年度（2028年度）までのまちづくりの指針です。計画の策定に当たって基準とした人口は34,834人（平成29年12月末）です。このページでは、基本目標ごとに成果指標の令和5年度（2023年度）の達成状況をお知らせします。</p>
<h2>基本目標3　地域の資源を活かした魅力ある仕事づくり</h2>
<p>「基準年度」は基準値を把握した年度で、指標によって異なります。評価は2023年度の目標と実績を比べたもので、A：目標を達成、B：目標の80％以上、C：目標の80％未満です。</p>
<table border="1">
<thead>
<tr><th rowspan="2">施策</th><th rowspan="2">No.</th><th rowspan="2">成果指標</th><th rowspan="2">単位</th><th colspan="2">基準値</th><th rowspan="2">2021年度<br>実績</th><th rowspan="2">2022年度<br>実績</th><th colspan="2">2023年度</th><th rowspan="2">目標値<br>（2028年度）</th><th rowspan="2">評価</th></tr>
<tr><th>値</th><th>基準年度</th><th>目標</th><th>実績</th></tr>
</thead>
<tbody>
<tr><th scope="rowgroup" rowspan="2">3-1　水産業の振興</th><td>1</td><td>稚内港の水産物取扱量</td><td>千t</td><td>58.4</td><td rowspan="3">2017年度</td><td>52.1</td><td>49.8</td><td>55.0</td><td>51.3</td><td>60.0</td><td>B</td></tr>
<tr><td>2</td><td>新規漁業就業者数</td><td>人</td><td>6</td><td>4</td><td>7</td><td>6</td><td>8</td><td>8</td><td>A</td></tr>
<tr><th scope="rowgroup">3-2　酪農の振興</th><td>3</td><td>生乳生産量</td><td>千t</td><td>79.6</td><td>81.2</td><td>80.5</td><td>82.0</td><td>80.9</td><td>85.0</td><td>B</td></tr>
<tr><th scope="rowgroup" rowspan="2">3-3　観光の振興</th><td>4</td><td>観光入込客数</td><td>千人</td><td>512.3</td><td rowspan="2">2018年度</td><td>286.4</td><td>421.7</td><td>480.0</td><td>498.2<br>（速報値）</td><td>550.0</td><td>A</td></tr>
<tr><td>5</td><td>外国人観光客数</td><td>人</td><td>15,240</td><td>―</td><td>3,185</td><td>8,000</td><td>9,960</td><td>16,000</td><td>A</td></tr>
</tbody>
</table>
<p>※No.4の2023年度実績は速報値です（確定値は2025年3月に公表予定）。</p>
<p>※No.5の2021年度は、新型コロナウイルス感染症の影響により調査を実施していません（―）。</p>
<h2>お問い合わせ</h2>
<p>まちづくり政策部 地方創生課 計画経営グループ　稚内市中央3丁目13番15号</p>
</main>
</body>
</html>
"""


def build_wakkanai():
    (HERE / "wakkanai_sogo5_seika_shihyo_r5.html").write_text(WAKKANAI, encoding="utf-8")


def to_pdf():
    for name in ("kazuno_natsumatsuri_shuyo_seika_r5", "namie_michinoeki_kofukin_kensho_r5"):
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
    build_noda()
    build_kazuno()
    build_namie()
    build_wakkanai()
    if "--no-pdf" not in sys.argv:
        to_pdf()


if __name__ == "__main__":
    main()
