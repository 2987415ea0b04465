"""Build the forms485 corpus: four KPI documents re-typed in the manner of four municipalities.

* ``niimi_agourmet_jimujigyo_r1.xlsx`` — 新見市 事務事業評価シート (an XLSX workbook, kept as it is);
* ``kamiita_suishin_jisshi_r2.html`` — 上板町 地域再生計画 事業の実施状況 (an HTML page);
* ``sasaguri_setsumeikai_kpi_h28.pdf`` — 篠栗町 住民説明会資料 (landscape PDF from ``source/*.xlsx``);
* ``tatsugo_sogo5_saishu_r5.pdf`` — 龍郷町 総合振興計画 成果指標の最終検証 (portrait PDF from ``source/*.xlsx``).

Run ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). XLSX and HTML are byte-stable.
"""
# ruff: noqa: E501, B905

from __future__ import annotations

import io
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "source"
FIXED = datetime(2026, 1, 5, 9, 0, 0)
FONT = "IPAexGothic"
THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
SHADE = PatternFill("solid", fgColor="D9D9D9")
LIGHT = PatternFill("solid", fgColor="F2F2F2")


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms485"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    ws = wb.active
    ws.title = title
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    return wb, ws


def _put(
    ws, row, col, value, *, bold=False, size=9, fill=None, align="center", border=True, fmt=None
):
    c = ws.cell(row=row, column=col, value=value)
    c.font = Font(name=FONT, size=size, bold=bold)
    c.alignment = Alignment(horizontal=align, vertical="center", wrap_text=True)
    if border:
        c.border = BOX
    if fill is not None:
        c.fill = fill
    if fmt:
        c.number_format = fmt
    return c


def _span(ws, r1, c1, r2, c2, value, **kw):
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            _put(ws, r, c, None, **{k: v for k, v in kw.items() if k in ("border", "fill")})
    if (r1, c1) != (r2, c2):
        ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)
    return _put(ws, r1, c1, value, **kw)


def _line(ws, row, c1, c2, value, *, bold=False, size=9, align="left", height=None):
    _span(ws, row, c1, row, c2, value, bold=bold, size=size, align=align, border=False)
    if height:
        ws.row_dimensions[row].height = height


def _page(ws, orientation: str, last_row: int, last_col: int) -> None:
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = orientation
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    ws.print_area = f"A1:{get_column_letter(last_col)}{last_row}"


def _save(wb, path: Path) -> None:
    buf = io.BytesIO()
    wb.save(buf)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in sorted(zin.namelist()):
            data = zin.read(name)
            if name == "docProps/core.xml":
                # openpyxl writes the save time into dcterms:modified; pin it.
                data = re.sub(
                    rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                    rb"\g<1>2026-01-05T09:00:00Z\g<2>",
                    data,
                )
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 5, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, data)
    path.write_bytes(out.getvalue())


def to_pdf(xlsx: Path) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        print(f"soffice not found: {xlsx.with_suffix('.pdf').name} not rebuilt")
        return
    with tempfile.TemporaryDirectory(prefix="forms485_soffice_") as tmp:
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
        shutil.move(
            str(Path(tmp) / xlsx.with_suffix(".pdf").name),
            str(HERE / xlsx.with_suffix(".pdf").name),
        )


def _row(ws, r, c0, vals, fmts=None, fill=None):
    for i, v in enumerate(vals):
        fmt = (fmts or {}).get(i)
        if fmt is None and isinstance(v, int):
            fmt = "#,##0"
        _put(
            ws,
            r,
            c0 + i,
            v,
            fmt=fmt,
            fill=fill,
            align="left" if isinstance(v, str) and len(v) > 4 else "center",
        )


# ---------------------------------------------------------------- 新見市 (XLSX)
def niimi() -> Path:
    wb, ws = _sheet("事務事業評価", [8, 5, 28, 7, 9, 9, 9, 9, 9, 24])
    _line(
        ws,
        1,
        1,
        10,
        "令和元年度　事務事業評価シート（平成30年度実施事業）",
        bold=True,
        size=14,
        align="center",
        height=26,
    )
    _line(ws, 2, 7, 10, "作成日　令和元年7月31日　　新見市", align="right")
    _span(ws, 3, 1, 3, 2, "事務事業名", fill=LIGHT)
    _span(ws, 3, 3, 3, 6, "A級グルメのまちづくり推進事業", align="left", bold=True)
    _span(ws, 3, 7, 3, 7, "担当課", fill=LIGHT)
    _span(ws, 3, 8, 3, 10, "商工観光課", align="left")
    _span(ws, 4, 1, 4, 2, "関連計画", fill=LIGHT)
    _span(ws, 4, 3, 4, 6, "新見市まち・ひと・しごと創生総合戦略", align="left")
    _span(ws, 4, 7, 4, 7, "事業期間", fill=LIGHT)
    _span(ws, 4, 8, 4, 10, "平成28年度～令和2年度", align="left")
    _span(ws, 5, 1, 5, 2, "事業の概要", fill=LIGHT)
    _span(
        ws,
        5,
        3,
        5,
        10,
        "平成23年から毎年開催している「A級グルメフェア」は、平成30年度で8回目を迎えた。千屋牛やピオーネなど市内産の食材を"
        "「A級食材」としてPRし、交流人口の増加と地域の活性化を図る。平成29年度のフェアには約8,000人が来場した。"
        "市域は793.29km²（県内2番目）で、その約87%を森林が占める。",
        align="left",
    )
    ws.row_dimensions[5].height = 54
    _line(ws, 7, 1, 10, "１　事業費の推移（単位：千円）", bold=True, size=10)
    _span(ws, 8, 1, 8, 4, "区分", fill=LIGHT)
    for i, h in enumerate(["H28", "H29", "H30", "3か年合計"]):
        _put(ws, 8, 5 + i, h, fill=LIGHT)
    for r, (name, vals) in enumerate(
        [("事業費", [4850, 5120, 3960, 13930]), ("うち一般財源", [2425, 2560, 1980, 6965])], start=9
    ):
        _span(ws, r, 1, r, 4, name, align="left")
        _row(ws, r, 5, vals)
    _line(ws, 12, 1, 10, "２　指標の推移", bold=True, size=10)
    for i, h in enumerate(
        [
            "区分",
            "No.",
            "指標名",
            "単位",
            "H28実績",
            "H29実績",
            "H30目標",
            "H30実績",
            "H31目標",
            "備考",
        ]
    ):
        _put(ws, 13, 1 + i, h, fill=LIGHT, bold=True)
    _span(ws, 14, 1, 16, 1, "活動指標")
    _row(ws, 14, 2, [1, "A級グルメフェア開催日数", "日", 2, 2, 2, 1, 2, ""])
    _span(
        ws,
        15,
        2,
        15,
        10,
        "※平成30年7月豪雨の影響により、第8回フェアは会期を1日に短縮して開催した（平成30年11月3日）。",
        align="left",
    )
    _row(ws, 16, 2, [2, "A級食材PR出展回数（市外イベント）", "回", 6, 8, 8, 9, 10, ""])
    _span(ws, 17, 1, 19, 1, "成果指標")
    _row(
        ws,
        17,
        2,
        [3, "A級グルメフェア来場者数", "人", 7200, 8000, 8500, 5100, 8500, "H30は1日開催"],
    )
    _row(
        ws,
        18,
        2,
        [
            4,
            "A級グルメ提供店舗数",
            "店舗",
            21,
            24,
            28,
            26,
            30,
            "H29実績は見込値（店舗調査未実施のため）",
        ],
    )
    _row(
        ws,
        19,
        2,
        [
            5,
            "フェア来場者に占める市外在住者の割合",
            "％",
            41.2,
            "―",
            45.0,
            47.3,
            50.0,
            "H29は来場者アンケート未実施",
        ],
        fmts={3: "0.0", 5: "0.0", 6: "0.0", 7: "0.0"},
    )
    for r in range(14, 20):
        ws.row_dimensions[r].height = 24
    _line(ws, 20, 1, 10, "※「H31目標」は令和元年度（平成31年4月～令和2年3月）の目標値。")
    _page(ws, "portrait", 20, 10)
    path = HERE / "niimi_agourmet_jimujigyo_r1.xlsx"
    _save(wb, path)
    return path


# ---------------------------------------------------------------- 上板町 (HTML)
KAMIITA_ROWS = [
    ("①", "藍染め体験の参加者数", "人", "420", "500", "512", "600", "188※", "700"),
    (
        "②",
        "阿波和三盆糖の出荷額",
        "千円",
        "35,200",
        "36,000",
        "36,850",
        "38,000",
        "37,120",
        "40,000",
    ),
    ("③", "藍・和三盆の新規就農者数", "人", "2", "3", "3（うち藍2）", "3", "1（うち藍0）", "3"),
    (
        "④",
        "乳保神社の大イチョウライトアップ来場者数",
        "人",
        "―",
        "2,000",
        "約2,300",
        "2,500",
        "中止",
        "3,000",
    ),
    ("⑤", "移住相談件数", "件", "8", "12", "15", "15", "21", "18"),
]


def kamiita_html() -> str:
    body = "\n".join(
        f'        <tr><th scope="row">{lab}　{name}</th><td>{unit}</td>'
        + "".join(f"<td>{v}</td>" for v in vals)
        + "</tr>"
        for lab, name, unit, *vals in KAMIITA_ROWS
    )
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<title>上板町まち・ひと・しごと創生推進計画 事業の実施状況（令和２年度） | 上板町</title>
</head>
<body>
<header><p class="site">徳島県板野郡上板町</p></header>
<nav class="breadcrumb"><ol>
  <li><a href="/">トップページ</a></li>
  <li><a href="/gyosei/">町政情報</a></li>
  <li><a href="/gyosei/keikaku/">計画・施策</a></li>
  <li>上板町まち・ひと・しごと創生推進計画 事業の実施状況（令和２年度）</li>
</ol></nav>
<main>
<h1>上板町まち・ひと・しごと創生推進計画 事業の実施状況（令和２年度）</h1>
<p class="date">更新日：2021年9月24日　担当：企画財政課</p>
<p>上板町は徳島県の北東部、吉野川の北岸に位置し、面積は34.51km²です。藍染めの原料となる藍すくもや、高級和菓子に使われる阿波和三盆糖の生産量は県内一位で、国の天然記念物「乳保神社のイチョウ」があります。住民基本台帳人口は11,811人（2020年9月末）です。</p>
<dl>
  <dt>計画の名称</dt><dd>上板町まち・ひと・しごと創生推進計画</dd>
  <dt>計画の種類</dt><dd>地域再生計画（地方創生推進交付金）</dd>
  <dt>計画期間</dt><dd>令和元年度～令和３年度（３か年）</dd>
  <dt>担当課</dt><dd>企画財政課</dd>
</dl>
<h2>重要業績評価指標（KPI）の実績</h2>
<p>金額の単位は表中の単位欄のとおりです。「―」は当該年度に事業を実施していないことを示します。</p>
<table border="1">
  <thead>
    <tr><th rowspan="2">KPI</th><th rowspan="2">単位</th><th rowspan="2">事業開始前<br>（平成31年3月末）</th><th colspan="2">令和元年度</th><th colspan="2">令和２年度</th><th rowspan="2">令和３年度<br>目標</th></tr>
    <tr><th>目標</th><th>実績</th><th>目標</th><th>実績</th></tr>
  </thead>
  <tbody>
{body}
  </tbody>
</table>
<p>※ 新型コロナウイルス感染症の影響により、令和2年4月から9月まで藍染め体験会を休止しました。</p>
<p>③の括弧内は、新規就農者のうち藍の栽培に就いた人数です。</p>
</main>
<footer><p>上板町役場　〒771-1392 徳島県板野郡上板町七條字経塚42番地</p></footer>
</body>
</html>
"""


# ---------------------------------------------------------------- 篠栗町 (PDF, landscape)
def sasaguri() -> Path:
    wb, ws = _sheet("資料2", [26, 5, 34, 7, 12, 10, 10, 12, 28])
    _line(
        ws,
        1,
        1,
        9,
        "篠栗町まち・ひと・しごと創生総合戦略　具体的な施策と平成27年度の実績",
        bold=True,
        size=14,
        align="center",
        height=26,
    )
    _line(
        ws,
        2,
        1,
        9,
        "平成28年度 篠栗町まちづくり住民説明会　資料２（平成28年5月14日　クリエイト篠栗 大ホール）",
        align="right",
    )
    _span(ws, 3, 1, 3, 1, "計画の名称", fill=LIGHT)
    _span(
        ws,
        3,
        2,
        3,
        5,
        "篠栗町まち・ひと・しごと創生総合戦略（篠栗町人口ビジョンと一体で策定）",
        align="left",
    )
    _span(ws, 3, 6, 3, 6, "担当課", fill=LIGHT)
    _span(ws, 3, 7, 3, 9, "総務課", align="left")
    _span(ws, 4, 1, 4, 1, "計画期間", fill=LIGHT)
    _span(ws, 4, 2, 4, 5, "平成27年度～平成31年度（5年間）", align="left")
    _span(ws, 4, 6, 4, 6, "目標人口", fill=LIGHT)
    _span(ws, 4, 7, 4, 9, "2060年に29,000人", align="left")
    _span(ws, 5, 1, 5, 1, "町の概要", fill=LIGHT)
    _span(
        ws,
        5,
        2,
        5,
        9,
        "福岡市に隣接し、町域39km²の約7割を森林が占める。JR篠栗線で博多駅まで快速18分。篠栗四国八十八ヶ所霊場には年間約100万人の参拝者が訪れる。"
        "篠栗北地区（九大演習林跡地）には産業団地を、JR篠栗駅東側には自由通路と交通広場を整備する計画である。",
        align="left",
    )
    ws.row_dimensions[5].height = 36
    _line(ws, 7, 1, 9, "■基本目標ごとの数値目標と重要業績評価指標（KPI）", bold=True, size=11)
    for i, h in enumerate(
        [
            "具体的な施策",
            "No.",
            "重要業績評価指標（KPI）",
            "単位",
            "基準値（H26）",
            "H27目標",
            "H27実績",
            "目標値（H31）",
            "備考",
        ]
    ):
        _put(ws, 8, 1 + i, h, fill=LIGHT, bold=True)
    _span(
        ws,
        9,
        1,
        9,
        9,
        "基本目標１　安定したしごとをつくる　　【数値目標】町内従業者数　8,900人（H26）→ 9,300人（H31）",
        fill=SHADE,
        bold=True,
        align="left",
    )
    _span(ws, 10, 1, 11, 1, "(1) 企業誘致と産業団地の整備", align="left")
    _row(
        ws,
        10,
        2,
        [1, "篠栗北地区産業団地への立地企業数", "社", 0, 0, 0, 5, "造成工事はH29着手予定"],
    )
    _row(ws, 11, 2, [2, "創業支援事業による創業件数", "件", 3, 4, 6, "累計25", "H27～H31の累計"])
    _span(
        ws,
        12,
        1,
        12,
        9,
        "基本目標２　篠栗に新しいひとの流れをつくる　　【数値目標】観光入込客数　1,120千人（H26）→ 1,250千人（H31）",
        fill=SHADE,
        bold=True,
        align="left",
    )
    _span(ws, 13, 1, 13, 1, "(2) 霊場と森林セラピーを生かした交流の促進", align="left")
    _row(ws, 13, 2, [3, "森林セラピー基地の体験者数", "人", 1240, 1400, 1580, 2500, ""])
    _span(ws, 14, 1, 14, 1, "(3) 駅周辺の整備と公共交通の利用促進", align="left")
    _row(
        ws,
        14,
        2,
        [4, "JR篠栗駅の1日平均乗車人員", "人", 3415, 3450, 3502, 3600, "※暦年（1月～12月）の数値"],
    )
    for r in (10, 11, 13, 14):
        ws.row_dimensions[r].height = 28
    _line(
        ws,
        16,
        1,
        9,
        "※基準値（H26）は平成26年度の数値。数値目標の観光入込客数は福岡県観光入込客推計調査による。",
    )
    _line(
        ws,
        17,
        1,
        9,
        "※備考欄に「暦年」とあるものは、年度ではなく1月～12月の数値（H26は平成26年1月～12月）。",
    )
    _page(ws, "landscape", 17, 9)
    path = SOURCE / "sasaguri_setsumeikai_kpi_h28.xlsx"
    _save(wb, path)
    return path


# ---------------------------------------------------------------- 龍郷町 (PDF, portrait)
def tatsugo() -> Path:
    wb, ws = _sheet("成果指標", [5, 26, 7, 11, 11, 9, 9, 11, 9])
    _line(
        ws,
        1,
        1,
        9,
        "第5次龍郷町総合振興計画　成果指標の最終検証（令和５年度）",
        bold=True,
        size=13,
        align="center",
        height=26,
    )
    _line(ws, 2, 1, 9, "令和6年8月　龍郷町 企画観光課", align="right")
    _line(ws, 3, 1, 9, "１　計画の概要", bold=True, size=10)
    for r, (k, v) in enumerate(
        [
            ("計画の名称", "第5次龍郷町総合振興計画"),
            (
                "計画期間",
                "平成26年度～令和5年度（10年間）　※令和6年度から第6次総合振興計画（2024～2033年度）",
            ),
            ("担当課", "企画観光課"),
        ],
        start=4,
    ):
        _span(ws, r, 1, r, 2, k, fill=LIGHT)
        _span(ws, r, 3, r, 9, v, align="left")
    _span(ws, 7, 1, 9, 2, "町の概要", fill=LIGHT)
    _span(
        ws,
        7,
        3,
        7,
        9,
        "奄美大島の北部に位置し、東シナ海と太平洋に面する面積81.82km²の町。大島紬の代表的な柄「龍郷柄」「秋名バラ」発祥の地で、"
        "西郷隆盛が流謫の日々を送った地でもある。秋名のアラセツ行事（平瀬マンカイ）は国の重要無形民俗文化財。",
        align="left",
    )
    ws.row_dimensions[7].height = 48
    _span(ws, 8, 3, 8, 5, "【参考】国勢調査人口（各年10月1日現在）")
    census = zip(["平成22年", "平成27年", "令和2年"], ["6,078人", "5,806人", "5,817人"])
    _span(ws, 9, 3, 9, 5, "人口")
    for i, (year, people) in enumerate(census):
        _put(ws, 8, 6 + i, year)
        _put(ws, 9, 6 + i, people)
    _put(ws, 8, 9, None)
    _put(ws, 9, 9, None)
    _line(ws, 11, 1, 9, "２　成果指標の達成状況", bold=True, size=10)
    for i, h in enumerate(
        [
            "No.",
            "成果指標",
            "単位",
            "策定時（H25）",
            "中間（H30）",
            "R4",
            "R5",
            "目標値（R5）",
            "達成状況",
        ]
    ):
        _put(ws, 12, 1 + i, h, fill=LIGHT, bold=True)
    rows = [
        [1, "観光入込客数", "千人", 312, 465, 401, 489, 500, "○"],
        [2, "うち宿泊客数", "千人", 98, 142, 118, 151, 150, "◎"],
        [3, "大島紬の生産反数", "反", 1020, 640, 455, 410, 800, "△"],
        [4, "移住相談件数", "件", 14, 38, 52, 61, 50, "◎"],
        [5, "自主防災組織の組織率", "％", 62.5, 81.3, 93.8, 100.0, 100.0, "◎"],
    ]
    for r, vals in enumerate(rows, start=13):
        _row(ws, r, 1, vals, fmts={i: "0.0" for i in range(3, 8)} if r == 17 else None)
        ws.row_dimensions[r].height = 22
    _put(ws, 14, 2, "　うち宿泊客数", align="left")
    _line(ws, 18, 1, 9, "達成状況　◎：目標を達成　○：目標の90％以上　△：目標の90％未満")
    _line(ws, 19, 1, 9, "※No.2「うち宿泊客数」はNo.1「観光入込客数」の内数。")
    _page(ws, "portrait", 19, 9)
    path = SOURCE / "tatsugo_sogo5_saishu_r5.xlsx"
    _save(wb, path)
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    SOURCE.mkdir(exist_ok=True)
    niimi()
    (HERE / "kamiita_suishin_jisshi_r2.html").write_text(kamiita_html(), encoding="utf-8")
    for xlsx in (sasaguri(), tatsugo()):
        if pdf:
            to_pdf(xlsx)


if __name__ == "__main__":
    main()
