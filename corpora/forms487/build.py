"""Build the forms487 documents: three XLSX sources (source/) turned into one-page A4 PDFs with LibreOffice,
and one HTML page. Run: /work/venv/bin/python build.py [--no-pdf]. XLSX and HTML are byte-stable."""
# ruff: noqa: E501, B905

import re
import subprocess
import sys
import zipfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.properties import PageSetupProperties

HERE = Path(__file__).resolve().parent
SRC = HERE / "source"
FONT = "IPAexGothic"
THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
SHADE = PatternFill("solid", fgColor="E7E6E6")
FIXED = "2024-01-01T00:00:00Z"


def new_sheet(title, widths, landscape):
    wb = Workbook()
    ws = wb.active
    ws.title = title
    for col, width in widths.items():
        ws.column_dimensions[col].width = width
    ws.page_setup.paperSize = 9
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    return wb, ws


def put(
    ws,
    ref,
    value,
    *,
    bold=False,
    size=10,
    box=False,
    shade=False,
    h="left",
    v="center",
    wrap=True,
    fmt=None,
):
    cell = ws[ref]
    cell.value = value
    cell.font = Font(name=FONT, size=size, bold=bold)
    cell.alignment = Alignment(horizontal=h, vertical=v, wrap_text=wrap)
    if box:
        cell.border = BOX
    if shade:
        cell.fill = SHADE
    if fmt:
        cell.number_format = fmt
    return cell


def merge(ws, rng, value, **kw):
    first = rng.split(":")[0]
    put(ws, first, value, **kw)
    if kw.get("box"):
        for row in ws[rng]:
            for cell in row:
                cell.border = BOX
    ws.merge_cells(rng)


def grid_row(ws, row, cols, values, *, shade=False, bold=False, left=1):
    for i, (col, val) in enumerate(zip(cols, values)):
        if val is None:
            ws[f"{col}{row}"].border = BOX
            continue
        fmt = None
        if isinstance(val, int):
            fmt = "#,##0"
        elif isinstance(val, float):
            fmt = "#,##0.0"
        put(
            ws,
            f"{col}{row}",
            val,
            box=True,
            shade=shade,
            bold=bold,
            h="left" if i < left else "center" if isinstance(val, str) else "right",
            fmt=fmt,
        )


def save_stable(wb, path):
    wb.properties.creator = "forms487"
    wb.save(path)
    with zipfile.ZipFile(path) as zin:
        items = [(info.filename, zin.read(info.filename)) for info in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            if name == "docProps/core.xml":
                text = data.decode("utf-8")
                text = re.sub(
                    r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)",
                    rf"\g<1>{FIXED}\g<2>",
                    text,
                )
                text = re.sub(
                    r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                    rf"\g<1>{FIXED}\g<2>",
                    text,
                )
                data = text.encode("utf-8")
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, data)


# ---------------------------------------------------------------- ときがわ町 (PDF, portrait)
def tokigawa():
    wb, ws = new_sheet(
        "施策評価",
        {"A": 5, "B": 30, "C": 7, "D": 11, "E": 15, "F": 12, "G": 12, "H": 26},
        landscape=False,
    )
    merge(
        ws,
        "A1:H1",
        "令和５年度　施策評価シート（第二次ときがわ町総合振興計画　後期基本計画）",
        bold=True,
        size=13,
        h="center",
    )
    merge(ws, "A2:H2", "令和6年8月　ときがわ町", h="right")
    fields = [
        ("基本政策", "３　自然と調和した活力あるまちづくり"),
        ("施策", "3-2　観光の振興"),
        ("担当課", "産業観光課　観光振興担当"),
        ("計画期間", "後期基本計画　令和4年度～令和8年度（5年間）"),
    ]
    r = 4
    for key, val in fields:
        merge(ws, f"A{r}:B{r}", key, box=True, shade=True, bold=True)
        merge(ws, f"C{r}:H{r}", val, box=True)
        r += 1
    merge(ws, f"A{r}:B{r}", "施策の現状", box=True, shade=True, bold=True, v="top")
    merge(
        ws,
        f"C{r}:H{r}",
        "本町は2006年2月に都幾川村と玉川村が合併して誕生した。面積55.90km²の約7割を山林が占め、人口は11,109人（令和元年10月1日）。"
        "堂平山（標高876m）の天文台や慈光寺など、自然と歴史の資源を生かした誘客に取り組んでおり、令和5年度は観光協会と連携して3つの周遊ルートを整備した。",
        box=True,
        v="top",
    )
    ws.row_dimensions[r].height = 58
    r += 2
    put(ws, f"A{r}", "２　成果指標の推移", bold=True, size=11, wrap=False)
    r += 1
    head = ["No.", "成果指標", "単位", "策定時（R2）", "R4実績", "R5実績", "目標値（R8）", "備考"]
    cols = "ABCDEFGH"
    for col, text in zip(cols, head):
        put(ws, f"{col}{r}", text, box=True, shade=True, bold=True, h="center")
    ws.row_dimensions[r].height = 22
    rows = [
        ["1", "観光入込客数", "千人", 312, 405, 436, 450, "実績値は暦年（1月～12月）の集計"],
        [
            "2",
            "堂平天文台の利用者数",
            "人",
            4820,
            "休館（改修工事）",
            5130,
            6000,
            "R4は施設改修のため通年休館",
        ],
        ["3", "町内農産物直売所の売上額", "千円", 98500, 101200, 99870, 110000, None],
        ["4", "観光ボランティアガイドの登録者数", "人", 18, 21, "２１", 25, None],
        [
            "5",
            "観光協会ホームページの閲覧数",
            "件",
            "約52,000",
            61340,
            "６８，２１０",
            70000,
            "R5.10にサイトを全面更新",
        ],
    ]
    for row in rows:
        r += 1
        grid_row(ws, r, cols, row, left=2)
        ws[f"A{r}"].alignment = Alignment(horizontal="center", vertical="center")
        ws[f"C{r}"].alignment = Alignment(horizontal="center", vertical="center")
        ws[f"H{r}"].alignment = Alignment(horizontal="left", vertical="center", wrap_text=True)
        ws.row_dimensions[r].height = 36
    r += 1
    merge(
        ws,
        f"A{r}:H{r}",
        "※策定時（R2）は後期基本計画策定時の現状値。目標値は計画最終年度（令和8年度）の値。",
        size=9,
    )
    r += 2
    merge(ws, f"A{r}:B{r}", "施策の評価", box=True, shade=True, bold=True)
    merge(ws, f"C{r}:H{r}", "B（概ね順調）", box=True)
    r += 1
    merge(ws, f"A{r}:B{r}", "今後の方向性", box=True, shade=True, bold=True, v="top")
    merge(
        ws,
        f"C{r}:H{r}",
        "周遊ルートの案内を充実させ、滞在時間の延長と町内消費の拡大を図る。",
        box=True,
        v="top",
    )
    ws.row_dimensions[r].height = 30
    return wb


# ---------------------------------------------------------------- 檜原村 (PDF, landscape)
def hinohara():
    widths = {"A": 5, "B": 30, "C": 7, "D": 11, "E": 7, "F": 19, "G": 22, "H": 12, "I": 12, "J": 20}
    wb, ws = new_sheet("効果検証", widths, landscape=True)
    merge(
        ws,
        "A1:J1",
        "地方創生推進交付金事業　効果検証シート（令和5年度）",
        bold=True,
        size=13,
        h="center",
    )
    merge(ws, "A2:J2", "令和6年7月　檜原村", h="right")
    fields = [
        ("事業名", "檜原村じゃがいも焼酎ブランド化推進事業"),
        ("担当課", "企画財政課"),
        ("事業期間", "令和3年度～令和5年度（3か年）"),
    ]
    r = 4
    for key, val in fields:
        merge(ws, f"A{r}:B{r}", key, box=True, shade=True, bold=True)
        merge(ws, f"C{r}:J{r}", val, box=True)
        r += 1
    merge(ws, f"A{r}:B{r}", "事業の概要", box=True, shade=True, bold=True, v="top")
    merge(
        ws,
        f"C{r}:J{r}",
        "村の総面積105.41km²の約93％を山林が占め、人口は1,944人（令和6年9月1日）。特産のじゃがいもを原料とする焼酎の製造施設「ひのはらファクトリー」を2021年7月に開設し、"
        "村内26集落の農家との契約栽培、販路の開拓、払沢の滝（日本の滝百選）と結んだ誘客を一体で進めた。",
        box=True,
        v="top",
    )
    ws.row_dimensions[r].height = 44
    r += 2
    put(ws, f"A{r}", "■重要業績評価指標（KPI）の目標と実績", bold=True, size=11, wrap=False)
    r += 1
    head = [
        "No.",
        "KPI",
        "単位",
        "基準値（R2）",
        "区分",
        "令和3年度",
        "令和4年度",
        "令和5年度",
        "3か年計",
        "備考",
    ]
    cols = "ABCDEFGHIJ"
    for col, text in zip(cols, head):
        put(ws, f"{col}{r}", text, box=True, shade=True, bold=True, h="center")
    ws.row_dimensions[r].height = 22
    kpis = [
        (
            "①",
            "じゃがいも焼酎の出荷本数",
            "本",
            0,
            [3000, 6000, 8000, 17000],
            [2140, 6380, 7450, 15970],
            "720ml換算",
        ),
        (
            "②",
            "じゃがいも焼酎の売上額",
            "千円",
            0,
            [4500, 9000, 12000, 25500],
            [3210, 9570, 11175, 23955],
            "税抜",
        ),
        (
            "③",
            "ひのはらファクトリーの来場者数",
            "人",
            0,
            [5000, 8000, 10000, 23000],
            ["3,860（7月開業）", "9,120（うち村外7,480）", 10430, 23410],
            None,
        ),
        ("④", "じゃがいも契約栽培農家数", "戸", 6, [10, 12, 15, "―"], [9, 12, 14, "―"], "各年度末"),
        ("⑤", "事業による村内雇用者数", "人", 0, [2, 3, 3, "―"], [2, 3, 4, "―"], "各年度末"),
    ]
    for label, name, unit, base, target, actual, note in kpis:
        r += 1
        for col, val in (("A", label), ("B", name), ("C", unit), ("D", base), ("J", note)):
            merge(
                ws,
                f"{col}{r}:{col}{r + 1}",
                val,
                box=True,
                h="left" if col in "BJ" else "center" if col != "D" else "right",
                fmt="#,##0" if col == "D" else None,
            )
        grid_row(ws, r, "EFGHI", ["目標", *target])
        grid_row(ws, r + 1, "EFGHI", ["実績", *actual])
        ws[f"E{r}"].alignment = ws[f"E{r + 1}"].alignment = Alignment(
            horizontal="center", vertical="center"
        )
        ws.row_dimensions[r].height = ws.row_dimensions[r + 1].height = 24
        r += 1
    r += 1
    merge(
        ws,
        f"A{r}:J{r}",
        "※「3か年計」は令和3年度から令和5年度までの合計。④⑤は年度末時点の数のため合計しない。",
        size=9,
    )
    r += 2
    merge(ws, f"A{r}:B{r}", "外部有識者の意見", box=True, shade=True, bold=True, v="top")
    merge(
        ws,
        f"C{r}:J{r}",
        "出荷本数・売上額は目標に届かなかったが、来場者数は3年目に目標を上回った。都内での販路拡大を引き続き期待する。",
        box=True,
        v="top",
    )
    ws.row_dimensions[r].height = 30
    return wb


# ---------------------------------------------------------------- 宮田村 (PDF, portrait)
def miyada():
    widths = {"A": 10, "B": 32, "C": 10, "D": 10, "E": 10, "F": 14, "G": 10, "H": 10}
    wb, ws = new_sheet("事務事業評価", widths, landscape=False)
    merge(ws, "A1:H1", "事務事業評価シート（令和5年度実施事業）", bold=True, size=13, h="center")
    merge(ws, "A2:H2", "令和6年9月　宮田村", h="right")
    fields = [
        ("事務事業名", "中央アルプス登山道整備・誘客事業"),
        ("担当課", "産業建設課　商工観光係"),
        ("総合計画上の位置付け", "宮田村第5次総合計画　基本目標2　にぎわいと活力のあるむらづくり"),
        ("事業期間", "令和3年度～令和7年度"),
    ]
    r = 4
    for key, val in fields:
        merge(ws, f"A{r}:B{r}", key, box=True, shade=True, bold=True)
        merge(ws, f"C{r}:H{r}", val, box=True)
        r += 1
    merge(ws, f"A{r}:B{r}", "事業の目的・内容", box=True, shade=True, bold=True, v="top")
    merge(
        ws,
        f"C{r}:H{r}",
        "村の面積54.50km²のうち西部は中央アルプスの山岳地で、2019年3月の中央アルプス国定公園の指定では特別保護地区の80.6％を本村が占める。"
        "人口8,362人（2024年11月1日推計）の村として、登山道の安全確保と宮田高原への誘客を進める。",
        box=True,
        v="top",
    )
    ws.row_dimensions[r].height = 44
    r += 2
    put(ws, f"A{r}", "２　指標の推移", bold=True, size=11, wrap=False)
    r += 1
    merge(ws, f"A{r}:H{r}", "（単位：人。ただし①は回、④⑤は件）", h="right", size=9)
    r += 1
    top = r
    merge(ws, f"A{r}:A{r + 1}", "区分", box=True, shade=True, bold=True, h="center")
    merge(ws, f"B{r}:B{r + 1}", "指標名", box=True, shade=True, bold=True, h="center")
    merge(ws, f"C{r}:E{r}", "実績", box=True, shade=True, bold=True, h="center")
    merge(
        ws,
        f"F{r}:F{r + 1}",
        "前年度比\n（2023／2022）",
        box=True,
        shade=True,
        bold=True,
        h="center",
    )
    put(ws, f"G{r}", "見込", box=True, shade=True, bold=True, h="center")
    put(ws, f"H{r}", "目標", box=True, shade=True, bold=True, h="center")
    r += 1
    for col, text in zip("CDEGH", ["2021年度", "2022年度", "2023年度", "2024年度", "R7"]):
        put(ws, f"{col}{r}", text, box=True, shade=True, bold=True, h="center")
    ws.row_dimensions[top].height = 22
    ws.row_dimensions[top + 1].height = 30
    rows = [
        ("活動指標", "①登山道パトロールの実施回数", 24, 30, 32, "106.7%", 32, 32),
        ("活動指標", "②山岳ガイド研修の受講者数", 12, 15, 9, "60.0%", 14, 15),
        ("成果指標", "③宮田高原キャンプ場の利用者数", 3420, 4150, 4480, "108.0%", 4600, 5000),
        ("成果指標", "④登山道の危険箇所の通報件数", 18, 15, 11, "73.3%", 10, 8),
        ("成果指標", "⑤村HP登山情報ページの閲覧数", 8240, 10560, 12830, "121.5%", 13000, 15000),
    ]
    first = r + 1
    for _kind, name, *vals in rows:
        r += 1
        grid_row(ws, r, "BCDEFGH", [name, *vals])
        ws.row_dimensions[r].height = 28
    merge(ws, f"A{first}:A{first + 1}", "活動指標", box=True, h="center")
    merge(ws, f"A{first + 2}:A{first + 4}", "成果指標", box=True, h="center")
    r += 1
    merge(
        ws,
        f"A{r}:H{r}",
        "※2024年度は令和6年8月末時点の見込。目標（R7）は事業最終年度の値。",
        size=9,
    )
    r += 2
    merge(ws, f"A{r}:B{r}", "評価（担当課）", box=True, shade=True, bold=True)
    merge(ws, f"C{r}:H{r}", "継続（現状のまま実施）", box=True)
    return wb


# ---------------------------------------------------------------- 中井町 (HTML)
NAKAI = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>第六次中井町総合計画 後期基本計画 成果指標の状況（令和５年度実績） - 中井町</title>
</head>
<body>
<nav class="breadcrumb"><ol>
<li><a href="/">ホーム</a></li>
<li><a href="/soshiki/">町政情報</a></li>
<li><a href="/soshiki/kikaku/">計画・行政評価</a></li>
<li>第六次中井町総合計画 後期基本計画 成果指標の状況（令和５年度実績）</li>
</ol></nav>
<main>
<h1>第六次中井町総合計画 後期基本計画 成果指標の状況（令和５年度実績）</h1>
<p class="date">更新日：2024年11月20日　担当：企画課 企画政策班</p>
<p>中井町は、面積19.99km²、人口8,902人（2024年11月1日推計）の町です。第六次中井町総合計画（2016年度～2025年度）は、将来像「一人ひとりが主役！魅力育む里都まち♡なかい」を掲げ、2025年度の将来人口を9,400人としています。</p>
<p>後期基本計画（2021年度～2025年度）では、分野ごとに成果指標を定め、毎年度その実績を公表しています。下の表は、指標を横に、年度を縦に並べたものです。</p>
<h2>成果指標の推移</h2>
<table border="1">
<thead>
<tr><th>区分</th><th>年度</th><th>①震生湖周辺の観光入込客数（人）</th><th>②認定農業者数（人）</th><th>③町内の年間出生数（人）</th><th>④ふれあい農園（体験農園）の利用区画数（区画）</th><th>⑤自主防災訓練への参加率（％）</th></tr>
</thead>
<tbody>
<tr><th>基準値</th><td>H31</td><td>28,400</td><td>41</td><td>52</td><td>62</td><td>38.5</td></tr>
<tr><th rowspan="3">実績値</th><td>令和３年度</td><td>19,600</td><td>40</td><td>44</td><td>64</td><td>27.4</td></tr>
<tr><td>令和４年度</td><td>24,100</td><td>42</td><td>47</td><td>68</td><td>33.0</td></tr>
<tr><td>令和５年度</td><td>29,800</td><td>43</td><td>集計中</td><td>71</td><td>36.2</td></tr>
<tr><th rowspan="2">目標値</th><td>R5（中間）</td><td>30,000</td><td>43</td><td>56</td><td>70</td><td>44.0</td></tr>
<tr><td>R7（最終）</td><td>32,000</td><td>45</td><td>60</td><td>80</td><td>50.0</td></tr>
</tbody>
</table>
<p>※基準値の「H31」は平成31年度（令和元年度）です。①は令和3年4月～9月に湖畔駐車場を閉鎖したため減少しています。③の令和5年度は住民基本台帳の年報の公表後に掲載します。</p>
<p class="contact">お問い合わせ：中井町役場 企画課 企画政策班</p>
</main>
</body>
</html>
"""


def main():
    SRC.mkdir(exist_ok=True)
    books = {
        "tokigawa_koki_seika_r5": tokigawa(),
        "hinohara_shochu_kensho_r5": hinohara(),
        "miyada_jimujigyo_tozan_r5": miyada(),
    }
    for name, wb in books.items():
        save_stable(wb, SRC / f"{name}.xlsx")
    (HERE / "nakai_koki_seika_r5.html").write_text(NAKAI, encoding="utf-8")
    if "--no-pdf" in sys.argv:
        return
    for name in books:
        subprocess.run(
            [
                "soffice",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                str(HERE),
                str(SRC / f"{name}.xlsx"),
            ],
            check=True,
            capture_output=True,
        )


if __name__ == "__main__":
    main()
