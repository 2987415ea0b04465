"""Build the forms314 documents from scratch.

Writes three workbooks into ``source/`` and converts each to a one-page A4 PDF in this folder
with LibreOffice, and writes one HTML page into this folder:

* ``yokkaichi_seika_shihyo_r6.pdf`` (四日市市, landscape)
* ``kasugai_seika_shihyo_2023.pdf`` (春日井市, portrait)
* ``minoh_kpi_kensho_r6.pdf`` (箕面市, landscape)
* ``nishinomiya_seika_shihyo_r5.html`` (西宮市)

The XLSX and HTML files are byte-stable: fixed document dates and fixed zip member dates.
Run ``/work/venv/bin/python build.py``; ``--no-pdf`` skips LibreOffice.
"""

# ruff: noqa: E501, B905

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "source"
FIXED = dt.datetime(2025, 1, 1, 0, 0, 0)
FONT = "IPAexGothic"
THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
SHADE = PatternFill("solid", fgColor="D9D9D9")
LIGHT = PatternFill("solid", fgColor="F2F2F2")


def _book(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = "forms314"
    ws = wb.active
    ws.title = title
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(ord("A") + i)].width = w
    return wb, ws


def _put(ws, row, col, value, *, bold=False, size=9, h="center", fill=None, box=True, fmt=None):
    c = ws.cell(row=row, column=col, value=value)
    c.font = Font(name=FONT, size=size, bold=bold)
    c.alignment = Alignment(horizontal=h, vertical="center", wrap_text=True)
    if fill is not None:
        c.fill = fill
    if box:
        c.border = BOX
    if fmt:
        c.number_format = fmt
    return c


def _merge(ws, r1, c1, r2, c2, value, **kw):
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            _put(ws, r, c, None, fill=kw.get("fill"), box=kw.get("box", True))
    _put(ws, r1, c1, value, **kw)
    if (r1, c1) != (r2, c2):
        ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)


def _text(ws, row, value, ncols, *, bold=False, size=9, height=None, h="left"):
    _merge(ws, row, 1, row, ncols, value, bold=bold, size=size, h=h, box=False)
    if height:
        ws.row_dimensions[row].height = height


def _field(ws, row, label, value, ncols, height=None):
    _merge(ws, row, 1, row, 2, label, bold=True, fill=LIGHT, h="left")
    _merge(ws, row, 3, row, ncols, value, h="left")
    if height:
        ws.row_dimensions[row].height = height


def _page(ws, orientation: str) -> None:
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = orientation
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.6


def _save(wb, path: Path) -> None:
    """Save, then rewrite the zip with fixed member dates and a fixed modified date."""
    wb.save(path)
    with zipfile.ZipFile(path) as zin:
        members = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in members:
            if name == "docProps/core.xml":
                data = re.sub(
                    rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                    rb"\g<1>2025-01-01T00:00:00Z\g<2>",
                    data,
                )
            info = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, data)


def to_pdf(xlsx: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation=file://{tmp}/profile",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                str(HERE),
                str(xlsx),
            ],
            check=True,
            capture_output=True,
        )


def _notes(ws, row, lines, ncols) -> int:
    for line in lines:
        _text(ws, row, line, ncols, size=8)
        row += 1
    return row


def _fmt(v) -> str | None:
    if isinstance(v, float):
        return "#,##0.0"
    if isinstance(v, int):
        return "#,##0"
    return None


def _row(ws, r, values, fills=None, height=24):
    for i, v in enumerate(values):
        if v is None:
            continue
        h = "left" if isinstance(v, str) and i == 1 else ("right" if _fmt(v) else "center")
        _put(ws, r, i + 1, v, h=h, fmt=_fmt(v), fill=(fills or {}).get(i))
    ws.row_dimensions[r].height = height


# --------------------------------------------------------------------------- 四日市市


def yokkaichi() -> Path:
    n = 9
    wb, ws = _book("成果指標", [5, 40, 7, 11, 11, 11, 11, 13, 11])
    _text(ws, 1, "令和６年度　施策評価シート（成果指標の推移）", n, bold=True, size=14, h="center")
    _text(ws, 2, "令和7年8月　四日市市（取りまとめ：政策推進課）", n, size=9, h="right")
    _field(ws, 4, "計画の名称", "四日市市総合計画（2020～2029）　分野別基本政策", n)
    _field(ws, 5, "基本計画期間", "2020年度（令和2年度）～2029年度（令和11年度）", n)
    _field(ws, 6, "施策", "2-3　港湾・産業の活力創出", n)
    _field(ws, 7, "主管課", "商業労政課", n)
    _field(
        ws,
        8,
        "施策の現状",
        "本市は面積206.44km²、人口300,937人（2024年3月1日推計）の三重県最大の都市で、1897年の"
        "市制施行以来、四日市港とコンビナートを核に発展してきた。伝統産業の萬古焼は約300年の"
        "歴史をもつ。2005年に楠町を編入し、人口は30万人を超えた。",
        n,
        height=42,
    )
    _text(ws, 10, "２　成果指標の推移", n, bold=True, size=11)
    h1, h2 = 11, 12
    _merge(ws, h1, 1, h2, 1, "No.", bold=True, fill=SHADE)
    _merge(ws, h1, 2, h2, 3, "成果指標", bold=True, fill=SHADE)
    _put(ws, h1, 4, "基準値", bold=True, fill=SHADE)
    _put(ws, h2, 4, "2019年度", bold=True, fill=SHADE)
    _merge(ws, h1, 5, h1, 7, "実績値", bold=True, fill=SHADE)
    _merge(ws, h1, 8, h1, 9, "目標値", bold=True, fill=SHADE)
    for c, t in zip(
        range(5, 10), ["2022年度", "2023年度", "2024年度", "2024年度（中間）", "2029年度"]
    ):
        _put(ws, h2, c, t, bold=True, fill=SHADE)
    rows = [
        [1, "四日市港の取扱貨物量", "万t", 5860, 5610, 5702, 5655, 6000, 6200],
        [2, "萬古焼の年間出荷額", "百万円", 9850, 9120, 9340, 9610, 10000, 11000],
        [3, "コンビナート夜景クルーズ等の参加者数", "人", 6420, 7810, 9050, 10330, 9000, 12000],
        [4, "市内への企業の新規立地件数", "件", 12, 14, 11, 16, 15, 18],
        [5, "「住み続けたい」と思う市民の割合※", "％", 78.4, 76.9, "―", 79.8, 80.0, 85.0],
    ]
    for i, vals in enumerate(rows):
        _row(ws, 13 + i, vals)
    _notes(
        ws,
        19,
        [
            "※ 市民意識調査（無作為抽出3,000人）による。2023年度は調査を実施していない。",
            "・ 成果指標の右隣の欄は各指標の単位。金額は百万円単位、貨物量は万トン単位で表示している。",
            "・ 目標値の「2024年度（中間）」は、基本計画の中間見直し時点で達成を目指す値である。",
        ],
        n,
    )
    _page(ws, "landscape")
    out = SOURCE / "yokkaichi_seika_shihyo_r6.xlsx"
    _save(wb, out)
    return out


# --------------------------------------------------------------------------- 春日井市


def kasugai() -> Path:
    n = 9
    wb, ws = _book("成果指標", [5, 34, 6, 10, 9, 9, 9, 9, 9])
    _text(ws, 1, "第六次春日井市総合計画　成果指標の進捗状況", n, bold=True, size=14, h="center")
    _text(ws, 2, "（2023年度実績）", n, size=11, h="center")
    _text(ws, 3, "2024年9月　春日井市", n, size=9, h="right")
    _field(ws, 5, "計画の名称", "第六次春日井市総合計画　基本計画", n)
    _field(ws, 6, "計画期間", "2018年度～2027年度（基本構想は2018年度～2037年度）", n)
    _field(ws, 7, "将来像", "暮らしやすさと幸せをつなぐまち　かすがい", n)
    _field(ws, 8, "担当課", "企画政策課", n)
    _field(
        ws,
        9,
        "市の概要",
        "1943年6月1日に市制を施行。面積92.78km²、人口は約31万人で、名古屋市の北東に接する住宅"
        "都市である。実生サボテンの生産は全国シェアの約8割を占め、書家・小野道風の生誕地と"
        "伝えられる。",
        n,
        height=54,
    )
    _text(ws, 11, "３　成果指標の状況", n, bold=True, size=11)
    h1, h2 = 12, 13
    _merge(ws, h1, 1, h2, 1, "No.", bold=True, fill=SHADE)
    _merge(ws, h1, 2, h2, 2, "成果指標", bold=True, fill=SHADE)
    _merge(ws, h1, 3, h2, 3, "単位", bold=True, fill=SHADE)
    _put(ws, h1, 4, "策定時", bold=True, fill=SHADE)
    _put(ws, h2, 4, "2016年度", bold=True, fill=SHADE)
    _merge(ws, h1, 5, h1, 7, "実績値（新しい年度から）", bold=True, fill=SHADE)
    _merge(ws, h1, 8, h1, 9, "目標値", bold=True, fill=SHADE)
    for c, t in zip(range(5, 10), ["2023年度", "2022年度", "2021年度", "2023年度", "2027年度"]):
        _put(ws, h2, c, t, bold=True, fill=SHADE)
    ws.row_dimensions[h1].height = 22
    rows = [
        [1, "サボテン関連商品の認定数（累計）", "品", 38, 61, 55, 50, 60, 70],
        [2, "高蔵寺ニュータウンへの転入者数", "人", 3120, 3350, 3205, 3010, 3400, 3600],
        [3, "道風記念館の入館者数", "人", 8240, 9870, 7150, 4380, 9000, 10000],
        [4, "市民1人1日当たりのごみ排出量の削減", "g", 868, 842, 851, 860, 845, 820],
        [5, "子育てしやすいまちだと思う市民の割合", "％", 62.5, 66.1, 64.8, "―", 66.0, 70.0],
    ]
    for i, vals in enumerate(rows):
        _row(ws, 14 + i, vals, height=30)
    _notes(
        ws,
        20,
        [
            "※ 実績値は左から2023年度、2022年度、2021年度の順（新しい年度を左）に掲載しています。",
            "※ No.5は市民意識調査（18歳以上3,000人）によります。2021年度は調査を実施していません。",
            "※ No.4は家庭系・事業系ごみの合計を総人口と年間日数で除したものです。",
        ],
        n,
    )
    _page(ws, "portrait")
    out = SOURCE / "kasugai_seika_shihyo_2023.xlsx"
    _save(wb, out)
    return out


# --------------------------------------------------------------------------- 箕面市


def minoh() -> Path:
    n = 9
    wb, ws = _book("KPI", [4, 40, 7, 12, 11, 11, 11, 12, 10])
    _text(
        ws,
        1,
        "地域再生計画　重要業績評価指標（KPI）効果検証シート",
        n,
        bold=True,
        size=14,
        h="center",
    )
    _text(ws, 2, "令和7年6月　箕面市", n, size=9, h="right")
    _field(ws, 4, "地域再生計画の名称", "箕面市まち・ひと・しごと創生推進計画", n)
    _field(ws, 5, "計画期間", "令和2年4月1日～令和7年3月31日", n)
    _field(ws, 6, "担当課", "箕面営業室", n)
    _field(
        ws,
        7,
        "市の現状",
        "本市の人口は新市街地への子育て層の転入により増加を続け、2015年の13万5千人から2020年3月に"
        "は13万8千人に達した。2018年は出生1,031人、死亡1,074人（43人の自然減）であった。市域の"
        "約6割を明治の森箕面国定公園が占め、箕面大滝や勝尾寺を擁する。",
        n,
        height=42,
    )
    _text(ws, 9, "■重要業績評価指標（KPI）の達成状況", n, bold=True, size=11)
    h1, h2 = 10, 11
    _merge(ws, h1, 1, h2, 2, "KPI", bold=True, fill=SHADE)
    _merge(ws, h1, 3, h2, 3, "単位", bold=True, fill=SHADE)
    _merge(ws, h1, 4, h2, 4, "基準値（H30）", bold=True, fill=SHADE)
    _merge(ws, h1, 5, h1, 7, "実績値", bold=True, fill=SHADE)
    for c, t in zip(range(5, 8), ["R4", "R5", "R6"]):
        _put(ws, h2, c, t, bold=True, fill=SHADE)
    _merge(ws, h1, 8, h2, 8, "目標値（R6）", bold=True, fill=SHADE)
    _merge(ws, h1, 9, h2, 9, "達成状況", bold=True, fill=SHADE)
    rows = [
        ["①", "社会増減数（転入者数－転出者数）", "人", "＋409", "＋512", "△38", "＋127", "＋300"],
        ["②", "箕面大滝周辺の観光入込客数", "万人", 185.0, 142.3, 171.6, 190.2, 190.0],
        ["③", "市の創業支援を受けた創業件数", "件", 18, 22, 25, 27, 30],
        [
            "④",
            "子育て世帯（18歳未満の子がいる世帯）の転入数",
            "世帯",
            "1,120",
            "1,205",
            "1,168",
            "１，２４１",
            "1,200",
        ],
    ]
    status = ["未達成", "達成", "未達成", "達成"]
    for i, vals in enumerate(rows):
        r = 12 + i
        _put(ws, r, 1, vals[0])
        _put(ws, r, 2, vals[1], h="left")
        _put(ws, r, 3, vals[2])
        for c, v in zip(range(4, 9), vals[3:]):
            _put(ws, r, c, v, h="right", fmt=_fmt(v))
        _put(ws, r, 9, status[i], bold=True)
        ws.row_dimensions[r].height = 26
    _notes(
        ws,
        17,
        [
            (
                "※ ①の「＋」は転入超過（社会増）、「△」は転出超過（社会減）を表す。"
                "H30の社会増409人は住民基本台帳による。"
            ),
            "※ ②は暦年ではなく年度（4月～翌年3月）で集計。R4は新型コロナウイルス感染症の影響が残る。",
            "※ 達成状況は、R6実績が目標値（R6）以上のものを「達成」としている。",
        ],
        n,
    )
    ws.row_dimensions[17].height = 24
    _page(ws, "landscape")
    out = SOURCE / "minoh_kpi_kensho_r6.xlsx"
    _save(wb, out)
    return out


# --------------------------------------------------------------------------- 西宮市

NISHINOMIYA_ROWS = [
    (
        "1",
        "酒蔵通り周辺の観光入込客数",
        "千人",
        "312.5",
        "118.4",
        "205.7",
        "298.3",
        "330.0",
        "360.0",
    ),
    ("2", "市内の新規創業件数", "件", "410", "452", "468", "501", "480", "520"),
    (
        "3",
        "西宮に住み続けたいと思う市民の割合",
        "％",
        "84.1",
        "85.0",
        "―",
        "86.2",
        "85.0～87.0",
        "88.0",
    ),
    ("4", "市立図書館の個人貸出冊数", "千冊", "3,652", "3,410", "3,488", "3,530", "3,800", "3,900"),
    (
        "5",
        "文教住宅都市としての西宮に誇りを感じる市民の割合",
        "％",
        "62.0",
        "63.5",
        "64.1",
        "65.8",
        "65.0",
        "70.0",
    ),
]


def nishinomiya_html() -> str:
    body = []
    for no, name, unit, *vals in NISHINOMIYA_ROWS:
        cells = "".join(f"<td>{v}</td>" for v in vals)
        body.append(
            f'      <tr><td>{no}</td><th scope="row">{name}</th><td>{unit}</td>{cells}</tr>'
        )
    rows = "\n".join(body)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>第5次西宮市総合計画 前期基本計画 成果指標の状況（令和５年度） - 西宮市</title>
</head>
<body>
<nav class="breadcrumb"><a href="/">ホーム</a> &gt; <a href="/shisei/">市政情報</a> &gt; \
<a href="/shisei/keikaku/">計画・施策</a> &gt; 第5次西宮市総合計画</nav>
<main>
<h1>第5次西宮市総合計画 前期基本計画 成果指標の状況（令和５年度）</h1>
<p class="date">更新日：2024年10月18日　担当：政策局 政策推進課</p>
<p>第5次西宮市総合計画は、2019年度から2028年度までの10年間の計画です。都市目標
「未来を拓く 文教住宅都市・西宮」の実現に向け、基本計画を前期（令和元年度～令和５年度）と
後期（令和６年度～令和10年度）の5年ずつに分けて推進しています。本市の人口は平成28年の
488,874人をピークに減少に転じ、令和2年9月1日現在487,455人となっています。</p>
<p>前期基本計画の最終年度である令和５年度の成果指標の状況を、施策分野「都市の魅力・産業」
について掲載します。</p>
<h2>２　成果指標の状況（都市の魅力・産業）</h2>
<table border="1">
  <thead>
    <tr>
      <th rowspan="2">No.</th>
      <th rowspan="2">成果指標</th>
      <th rowspan="2">単位</th>
      <th rowspan="2">基準値<br>（平成29年度）</th>
      <th colspan="3">実績値（年度）</th>
      <th rowspan="2">目標値<br>（令和５年度）</th>
      <th rowspan="2">後期目標値<sup>※2</sup><br>（令和10年度）</th>
    </tr>
    <tr>
      <th>2021</th>
      <th>2022</th>
      <th>2023</th>
    </tr>
  </thead>
  <tbody>
{rows}
  </tbody>
</table>
<p class="note">・No.3とNo.5は市民意識調査によります。No.3の2022年度は調査項目から外れたため
「―」としています。No.3の目標値は幅（85.0％から87.0％まで）で設定しています。</p>
<p class="note">※2 後期目標値は、令和６年3月に策定した後期基本計画で定めた値です。</p>
<p class="note">・No.1は宮水を用いた酒造りの蔵元が並ぶ今津・西宮郷周辺の観光施設の入込客数の
合計です。</p>
</main>
</body>
</html>
"""


def main() -> None:
    SOURCE.mkdir(exist_ok=True)
    books = [yokkaichi(), kasugai(), minoh()]
    (HERE / "nishinomiya_seika_shihyo_r5.html").write_text(
        nishinomiya_html(), encoding="utf-8", newline="\n"
    )
    if "--no-pdf" not in sys.argv[1:]:
        for book in books:
            to_pdf(book)


if __name__ == "__main__":
    main()
