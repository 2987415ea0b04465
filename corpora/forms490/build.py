"""Build forms490: four KPI documents of 初山別村, 横手市, 矢吹町 and 気仙沼市.

Writes `shosanbetsu_tenmondai_jimujigyo_r5.xlsx` (the workbook is the document),
`yabuki_suishin_kofukin_kensho_r5.html`, and the XLSX sources `source/yokote_shuyo_shisaku_seika_r5.xlsx`
and `source/kesennuma_kanko_shisaku_hyoka_r5.xlsx`, which LibreOffice turns into
`yokote_shuyo_shisaku_seika_r5.pdf` and `kesennuma_kanko_shisaku_hyoka_r5.pdf`.
Run `/work/venv/bin/python build.py` (`--no-pdf` skips LibreOffice). XLSX and HTML are byte-stable.
"""
# ruff: noqa: E501, B905

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
STAMP = datetime.datetime(2024, 8, 9, 9, 0, 0)
COLS = "ABCDEFGHIJKLMNOP"


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
    if isinstance(value, float):
        cell.number_format = "#,##0.0"
    elif isinstance(value, int):
        cell.number_format = "#,##0"
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


def save(wb, path):
    """Save with fixed properties and fixed zip timestamps, so the bytes do not change."""
    wb.properties.creator = "forms490"
    wb.properties.lastModifiedBy = "forms490"
    wb.properties.created = STAMP
    wb.properties.modified = STAMP
    buf = io.BytesIO()
    wb.save(buf)
    buf.seek(0)
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in sorted(zin.infolist(), key=lambda i: i.filename):
            data = zin.read(item.filename)
            if item.filename == "docProps/core.xml":
                data = re.sub(
                    rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2024-08-09T09:00:00Z", data
                )
                data = re.sub(
                    rb"(<dcterms:created[^>]*>)[^<]*", rb"\g<1>2024-08-09T09:00:00Z", data
                )
            info = zipfile.ZipInfo(item.filename, date_time=(2024, 8, 9, 9, 0, 0))
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


def widths(ws, spec):
    for col, w in spec.items():
        ws.column_dimensions[col].width = w


# ---------------------------------------------------------------- 初山別村 (XLSX document)
def build_shosanbetsu():
    wb = Workbook()
    ws = wb.active
    ws.title = "事務事業評価"
    widths(
        ws, {"A": 10, "B": 5, "C": 30, "D": 7, "E": 10, "F": 10, "G": 10, "H": 10, "I": 11, "J": 22}
    )
    merge(
        ws,
        "A1:J1",
        "令和６年度　事務事業評価シート（令和５年度実施事業）",
        size=14,
        bold=True,
        h="center",
    )
    merge(ws, "A2:J2", "作成日　令和6年8月9日　初山別村", h="right")
    fields = [
        ("事務事業名", "しょさんべつ天文台運営事業"),
        ("担当課", "産業課"),
        ("関連計画", "初山別村過疎地域持続的発展市町村計画（令和３年度～令和７年度）"),
        ("事業期間", "平成元年度～（継続）"),
        (
            "事業の概要",
            "平成元年（1989年）に開設した日本最北の天文台「しょさんべつ天文台」（口径65cmの反射望遠鏡）を、"
            "みさき台公園のキャンプ場・温泉宿泊施設と一体で運営し、星空を生かした誘客を図る。"
            "村の面積は279.51km²、人口は1,119人（令和3年2月末）で、初山別・豊岬・有明の3集落からなる。",
        ),
    ]
    r = 4
    for key, val in fields:
        merge(ws, f"A{r}:B{r}", key, bold=True, box=True, shade=True)
        merge(ws, f"C{r}:J{r}", val, box=True)
        ws.row_dimensions[r].height = 48 if key == "事業の概要" else 18
        r += 1
    r += 1
    put(ws, f"A{r}", "１　事業費の推移（単位：千円）", size=11, bold=True, wrap=False)
    r += 1
    merge(ws, f"A{r}:C{r}", "区分", bold=True, box=True, shade=True, h="center")
    for (a, b), text in zip(("DE", "FG", "HI"), ("３年度決算", "４年度決算", "５年度決算")):
        merge(ws, f"{a}{r}:{b}{r}", text, bold=True, box=True, shade=True, h="center")
    r += 1
    for label, vals in (("事業費", (8420, 9115, 9860)), ("うち一般財源", (6310, 6845, 7390))):
        merge(ws, f"A{r}:C{r}", label, box=True)
        for (a, b), v in zip(("DE", "FG", "HI"), vals):
            merge(ws, f"{a}{r}:{b}{r}", v, box=True, h="right")
        r += 1
    r += 1
    put(ws, f"A{r}", "２　指標の推移", size=11, bold=True, wrap=False)
    r += 1
    for col, text in (("A", "区分"), ("B", "No."), ("C", "指標名"), ("D", "単位"), ("J", "備考")):
        merge(ws, f"{col}{r}:{col}{r + 1}", text, bold=True, box=True, shade=True, h="center")
    merge(ws, f"E{r}:G{r}", "実績", bold=True, box=True, shade=True, h="center")
    merge(ws, f"H{r}:I{r}", "目標", bold=True, box=True, shade=True, h="center")
    for col, text in zip("EFGHI", ("３年度", "４年度", "５年度", "５年度", "７年度（最終）")):
        put(ws, f"{col}{r + 1}", text, bold=True, box=True, shade=True, h="center")
    r += 2
    rows = [
        (1, "天文台の一般公開日数", "日", 138, 146, 151, 150, 150, ""),
        (2, "星空観望会の開催回数", "回", "中止", 3, 5, 6, 6, "３年度は感染症対策のため中止"),
        (3, "天文台の入館者数", "人", "延べ3,120", "延べ3,870", "延べ4,410", 4500, 5000, ""),
        (4, "みさき台公園キャンプ場の利用者数", "千人", 5.9, 6.6, 7.2, 7.0, 7.5, ""),
        (
            5,
            "天文台来館者アンケートの満足度",
            "％",
            91.2,
            88.5,
            "未計測",
            90.0,
            90.0,
            "５年度は調査を実施せず",
        ),
    ]
    start = r
    for no, name, unit, *vals, note in rows:
        put(ws, f"B{r}", no, box=True, h="center")
        put(ws, f"C{r}", name, box=True)
        put(ws, f"D{r}", unit, box=True, h="center")
        for col, v in zip("EFGHI", vals):
            put(ws, f"{col}{r}", v, box=True, h="right")
        put(ws, f"J{r}", note, box=True, size=8)
        ws.row_dimensions[r].height = 22
        r += 1
    merge(ws, f"A{start}:A{start + 1}", "活動指標", box=True, h="center")
    merge(ws, f"A{start + 2}:A{start + 4}", "成果指標", box=True, h="center")
    merge(ws, f"A{r}:J{r}", "※No.3は同一人の複数回入館を含む延べ人数。", size=8)
    page(ws, landscape=False)
    save(wb, HERE / "shosanbetsu_tenmondai_jimujigyo_r5.xlsx")


# ---------------------------------------------------------------- 横手市 (PDF source, landscape)
def build_yokote():
    wb = Workbook()
    ws = wb.active
    ws.title = "主要施策の成果"
    widths(
        ws,
        {
            "A": 30,
            "B": 6,
            "C": 9,
            "D": 9,
            "E": 9,
            "F": 3,
            "G": 30,
            "H": 6,
            "I": 10,
            "J": 9,
            "K": 11,
            "L": 10,
        },
    )
    merge(ws, "A1:L1", "令和５年度　主要施策の成果に関する説明書", size=14, bold=True, h="center")
    merge(ws, "A2:L2", "横手市　商工観光部", h="right")
    fields = [
        ("事業名", "冬まつり・食観光誘客推進事業"),
        ("担当課", "観光振興課"),
        ("関連計画", "第2期横手市まち・ひと・しごと創生総合戦略（令和3年度～令和7年度）"),
        ("決算額", "48,236千円（うち県補助金 12,000千円）"),
        (
            "事業の概要",
            "本市は2005年（平成17年）10月1日に8市町村が合併して誕生し、面積は692.80km²。"
            "約450年の歴史をもつ小正月行事「かまくら」（毎年2月15・16日）と梵天（ぼんてん）、"
            "2009年の第4回B-1グランプリでゴールドグランプリを受賞した「横手やきそば」を組み合わせ、"
            "出前かまくら等の県外PRと冬季の二次交通の確保により誘客を図った。",
        ),
    ]
    r = 4
    for key, val in fields:
        put(ws, f"A{r}", key, bold=True, box=True, shade=True)
        merge(ws, f"B{r}:L{r}", val, box=True)
        ws.row_dimensions[r].height = 36 if key == "事業の概要" else 18
        r += 1
    r += 1
    put(ws, f"A{r}", "（１）活動指標", size=11, bold=True, wrap=False)
    put(ws, f"G{r}", "（２）成果指標", size=11, bold=True, wrap=False)
    r += 1
    for col, text in zip("ABCDE", ("指標名", "単位", "R4実績", "R5計画", "R5実績")):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=True, h="center")
    right_head = ("指標名", "単位", "基準値（R2）", "R4実績", "R5実績（速報値）", "目標値（R7）")
    for col, text in zip("GHIJKL", right_head):
        put(ws, f"{col}{r}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[r].height = 30
    r += 1
    left = [
        ("出前かまくら等の県外PRイベント開催回数", "回", 3, 5, 4),
        ("冬まつり会場シャトルバスの運行便数", "便", 96, 120, 124),
        ("横手やきそば食べ歩きマップの配布部数", "千部", 18.0, 25.0, 26.5),
    ]
    right = [
        ("横手のかまくら・梵天の観光客数", "万人", 14.2, 31.6, 35.8, 40.0),
        ("市内宿泊施設の延べ宿泊者数", "人", 198400, 301700, 336900, 360000),
    ]
    for i, row in enumerate(left):
        for col, v in zip("ABCDE", row):
            put(
                ws,
                f"{col}{r + i}",
                v,
                box=True,
                h="left" if col == "A" else ("center" if col == "B" else "right"),
            )
        ws.row_dimensions[r + i].height = 24
    for i, row in enumerate(right):
        for col, v in zip("GHIJKL", row):
            put(
                ws,
                f"{col}{r + i}",
                v,
                box=True,
                h="left" if col == "G" else ("center" if col == "H" else "right"),
            )
    r += len(left)
    notes = [
        "※（２）のR5実績は速報値（令和6年7月時点）。観光客数は2月の「かまくら」「梵天」開催期間の入込数。",
        "※決算額には人件費を含まない。",
    ]
    for note in notes:
        merge(ws, f"A{r}:L{r}", note, size=8)
        r += 1
    page(ws, landscape=True)
    save(wb, SRC / "yokote_shuyo_shisaku_seika_r5.xlsx")


# ---------------------------------------------------------------- 気仙沼市 (PDF source, portrait)
def build_kesennuma():
    wb = Workbook()
    ws = wb.active
    ws.title = "施策評価"
    widths(ws, {"A": 5, "B": 30, "C": 7, "D": 14, "E": 9, "F": 9, "G": 9, "H": 11, "I": 11})
    merge(
        ws,
        "A1:I1",
        "第2次気仙沼市総合計画　後期基本計画　施策評価シート（令和５年度）",
        size=13,
        bold=True,
        h="center",
    )
    merge(ws, "A2:I2", "令和6年8月　気仙沼市", h="right")
    fields = [
        ("施策", "2-3　観光の振興"),
        ("主管課", "観光課"),
        ("計画期間", "後期基本計画　2021（令和3）年度～2026（令和8）年度（6年間）"),
        (
            "施策の現状",
            "本市は面積332.44km²、人口56,058人（2024年11月1日推計）。2019年4月7日に気仙沼大島大橋（長さ356m）が開通し、"
            "東北最大級の有人離島である大島への来島者が大きく増えた。2021年の観光客入込数は約195万6千人で、"
            "同年3月にリニューアルオープンした道の駅「大谷海岸」が誘客に貢献した。",
        ),
    ]
    r = 4
    for key, val in fields:
        merge(ws, f"A{r}:B{r}", key, bold=True, box=True, shade=True)
        merge(ws, f"C{r}:I{r}", val, box=True)
        ws.row_dimensions[r].height = 48 if key == "施策の現状" else 18
        r += 1
    r += 1
    put(ws, f"A{r}", "２　成果指標の推移", size=11, bold=True, wrap=False)
    r += 1
    for col, text in (
        ("A", "No."),
        ("B", "成果指標"),
        ("C", "単位"),
        ("D", "策定時"),
        ("H", "中間目標\n（2023年度）"),
        ("I", "最終目標\n（2026年度）"),
    ):
        merge(ws, f"{col}{r}:{col}{r + 1}", text, bold=True, box=True, shade=True, h="center")
    merge(ws, f"E{r}:G{r}", "実績値", bold=True, box=True, shade=True, h="center")
    for col, text in zip("EFG", ("2021年度", "2022年度", "2023年度")):
        put(ws, f"{col}{r + 1}", text, bold=True, box=True, shade=True, h="center")
    ws.row_dimensions[r].height = 18
    ws.row_dimensions[r + 1].height = 18
    r += 2
    rows = [
        (1, "観光客入込数", "千人", "2,480（2019年度）", 1930, 2185, 2390, 2400, 2600),
        (2, "宿泊客数", "千人泊", "243（2019年度）", 228, 236, 251, 245, 260),
        (3, "気仙沼大島の観光客数", "千人", "312（2020年度）", 324, 338, 331, 340, 360),
        (4, "【再掲】気仙沼みなとまつりの来場者数", "千人", "98（2019年度）", "―", 72, 91, 90, 100),
        (5, "観光客の満足度", "％", "78.5（2020年度）", 80.2, 81.6, 83.0, "80～85", 85.0),
    ]
    for no, name, unit, *vals in rows:
        put(ws, f"A{r}", no, box=True, h="center")
        put(ws, f"B{r}", name, box=True)
        put(ws, f"C{r}", unit, box=True, h="center")
        for col, v in zip("DEFGHI", vals):
            put(ws, f"{col}{r}", v, box=True, h="right")
        ws.row_dimensions[r].height = 22
        r += 1
    notes = [
        "※策定時の値の年度は指標ごとに異なります（括弧内）。No.3は大橋開通後の推計方法による2020年度の値、No.5は観光客アンケート（2020年度開始）による。",
        "※No.4は施策5-2「地域文化の継承と交流」の指標の再掲。2021年度は新型コロナウイルス感染症の影響により中止。",
    ]
    for note in notes:
        merge(ws, f"A{r}:I{r}", note, size=8)
        ws.row_dimensions[r].height = 24
        r += 1
    page(ws, landscape=False)
    save(wb, SRC / "kesennuma_kanko_shisaku_hyoka_r5.xlsx")


# ---------------------------------------------------------------- 矢吹町 (HTML)
YABUKI = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>令和５年度　地方創生推進交付金事業の効果検証について | 矢吹町</title>
</head>
<body>
<nav aria-label="パンくずリスト"><ol>
<li><a href="/">ホーム</a></li>
<li><a href="/chosei/">町政情報</a></li>
<li><a href="/chosei/chihososei/">地方創生</a></li>
<li>令和５年度　地方創生推進交付金事業の効果検証について</li>
</ol></nav>
<main>
<h1>令和５年度　地方創生推進交付金事業の効果検証について</h1>
<p class="date">更新日：2024年10月4日</p>
<p>矢吹町は福島県中通り南部、東京から北へ約215kmに位置し、面積は60.37km²、町の面積の半分以上を農地が占める「日本三大開拓地」の一つです。町北部の大池公園（平成16年度完成）では、7月上旬から約1か月、大賀蓮が花を咲かせます。</p>
<p>地方創生推進交付金を活用して実施した事業について、外部有識者9名で構成する矢吹町まち・ひと・しごと創生推進会議において効果を検証しました。</p>
<dl>
<dt>事業名</dt><dd>開拓の郷やぶき移住・定住促進事業</dd>
<dt>事業期間</dt><dd>令和3年度～令和5年度（3か年）</dd>
<dt>交付対象事業費</dt><dd>3か年合計 42,600千円（うち交付金 21,300千円）</dd>
<dt>担当課</dt><dd>企画調整課</dd>
</dl>
<h2>重要業績評価指標（KPI）の目標と実績</h2>
<table border="1">
<thead>
<tr><th rowspan="2">KPI</th><th rowspan="2">単位</th><th rowspan="2">事業開始前<br>（R3.3末）</th><th colspan="2">令和3年度</th><th colspan="2">令和4年度</th><th colspan="2">令和5年度</th><th rowspan="2">評価</th></tr>
<tr><th>目標値</th><th>実績値</th><th>目標値</th><th>実績値</th><th>目標値</th><th>実績値</th></tr>
</thead>
<tbody>
<tr><th scope="row">①町の移住支援制度を利用した移住者数</th><td>人</td><td>0</td><td>10</td><td>8</td><td>10</td><td>13</td><td>10</td><td>11</td><td>達成</td></tr>
<tr><th scope="row">②お試し住宅の利用世帯数</th><td>世帯</td><td>0</td><td>4</td><td>3</td><td>累計10</td><td>累計9</td><td>累計16</td><td>累計17</td><td>達成</td></tr>
<tr><th scope="row">③移住体験ツアーの参加者数</th><td>人</td><td>0</td><td>20</td><td>―</td><td>20</td><td>14</td><td>25</td><td>22</td><td>未達成</td></tr>
<tr><th scope="row">④転入超過数（転入者数－転出者数）</th><td>人</td><td>△38</td><td>△20</td><td>△41</td><td>△10</td><td>△26</td><td>0</td><td>△12</td><td>未達成</td></tr>
</tbody>
</table>
<p>※事業開始前の値は令和3年3月末時点です。評価は令和5年度の目標値と実績値を比べたものです。</p>
<p>※「累計」は令和3年度からの累計値です。</p>
<p>※令和3年度の移住体験ツアーは新型コロナウイルス感染症の影響により中止したため「―」としています。</p>
<p>※△はマイナス（転出超過）を表します。</p>
</main>
<footer><p>矢吹町役場　企画調整課</p></footer>
</body>
</html>
"""


def build_yabuki():
    (HERE / "yabuki_suishin_kofukin_kensho_r5.html").write_text(YABUKI, encoding="utf-8")


def to_pdf():
    for name in ("yokote_shuyo_shisaku_seika_r5", "kesennuma_kanko_shisaku_hyoka_r5"):
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
    build_shosanbetsu()
    build_yokote()
    build_kesennuma()
    build_yabuki()
    if "--no-pdf" not in sys.argv:
        to_pdf()


if __name__ == "__main__":
    main()
