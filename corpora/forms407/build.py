"""Build the documents of forms407/ (openpyxl, LibreOffice, hand-written HTML).

Run from anywhere: ``/work/venv/bin/python build.py`` (``--no-pdf`` skips LibreOffice). It writes

* ``source/yorii_kofukin_kensho_r6.xlsx`` and its PDF, a 地方創生推進交付金事業 効果検証シート in the manner
  of 寄居町 (埼玉県大里郡): a KPI grid whose last actual column is a mid-year figure
  (``R6年度（12月末時点）``) judged against the R6 target, and a 単位 cell ``※1`` whose unit (百万円) stands
  only in the note under the grid;
* ``source/yokoshibahikari_jimujigyo_hyoka_r7.xlsx`` and its PDF, a 事務事業評価シート in the manner of
  横芝光町 (千葉県山武郡): an activity table and an outcome table whose year columns run newest first
  (令和6年度, 令和5年度, 令和4年度, each 計画 | 実績), with one R6 actual ``集計中``;
* ``source/tatsuno_senryaku_kpi_r5.xlsx`` and its PDF, a 総合戦略 KPI進捗状況 in the manner of 辰野町
  (長野県上伊那郡): a ``基準年`` column beside ``基準値`` that holds the baseline's year, not a value,
  Western-year actual columns, ``▲`` negatives, ``約`` and ``―``;
* ``tokamachi_seika_shihyo_r5.html``, a 総合計画 成果指標 page in the manner of 十日町市 (新潟県): headers
  that print a Western year over its era year (``2021<br>（R3）``), a ``万人`` unit and one indicator whose
  name says its values stand at each fiscal year's end (``（各年度末現在）``).

The PDF steps are skipped, with a message, when ``soffice`` is not installed.
These are re-typed forms of other municipalities, not their own files (README.md, SOURCES.tsv).
The XLSX and HTML files are byte-stable (fixed document dates, zip members with a fixed timestamp).
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
SHADE = PatternFill("solid", fgColor="D9D9D9")
LIGHT = PatternFill("solid", fgColor="F2F2F2")
FONT = "IPAexGothic"
FIXED = dt.datetime(2026, 12, 7, 0, 0, 0)
STAMP = (2026, 12, 7, 0, 0, 0)


def _sheet(title: str, widths: list[float]):
    wb = Workbook()
    wb.properties.creator = "forms407/build.py"
    wb.properties.lastModifiedBy = "forms407/build.py"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    ws = wb.active
    ws.title = title
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    return wb, ws


def _put(ws, row, col, value, header=False, fmt=None, align=None, size=9, bold=False, fill=None):
    """A bordered cell; numbers stay numbers and get a number format."""
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
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            ws.cell(row=r, column=c).border = BORDER
    ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)


def _span(ws, row, c1, c2, value, header=False, **kw):
    cell = _put(ws, row, c1, value, header=header, **kw)
    for c in range(c1 + 1, c2 + 1):
        _put(ws, row, c, None, header=header, fill=kw.get("fill"))
    if c2 > c1:
        _merge(ws, row, c1, row, c2)
    return cell


def _down(ws, r1, r2, col, value, header=False, **kw):
    cell = _put(ws, r1, col, value, header=header, **kw)
    for r in range(r1 + 1, r2 + 1):
        _put(ws, r, col, None, header=header, fill=kw.get("fill"))
    if r2 > r1:
        _merge(ws, r1, col, r2, col)
    return cell


def _text(ws, row, col, value, bold=False, size=9, align=None):
    cell = ws.cell(row=row, column=col, value=value)
    cell.font = Font(name=FONT, size=size, bold=bold)
    cell.alignment = Alignment(horizontal=align or "left", vertical="center")
    return cell


def _field(ws, row, label, value, last_col, height=None):
    _span(ws, row, 1, 2, label, header=True)
    cell = _span(ws, row, 3, last_col, value)
    if height:
        cell.alignment = Alignment(horizontal="left", vertical="top", wrap_text=True)
        ws.row_dimensions[row].height = height


def _page(ws, orientation: str, area: str) -> None:
    ws.page_setup.orientation = orientation
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.print_area = area
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.6


def _save(wb, path: Path) -> None:
    """Save, then rewrite the zip with fixed member dates (byte-stable output)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    with zipfile.ZipFile(path) as zin:
        members = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in members:
            if name == "docProps/core.xml":
                data = re.sub(
                    rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                    rb"\g<1>2026-12-07T00:00:00Z\g<2>",
                    data,
                )
            info = zipfile.ZipInfo(name, date_time=STAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, data)


def to_pdf(xlsx: Path) -> None:
    """Convert a source XLSX to a PDF next to build.py (LibreOffice headless)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        print(f"soffice not found: {xlsx.with_suffix('.pdf').name} not rebuilt")
        return
    with tempfile.TemporaryDirectory(prefix="forms407_soffice_") as tmp:
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
# 寄居町 (埼玉県大里郡): 令和6年度 地方創生推進交付金事業 効果検証シート
# Real: 第6次寄居町総合振興計画 (2017年度～2026年度) and its survey of 2,000 町民, 関越道寄居スマートIC,
# the car maker's plant, the 総合政策課. Made up: plan, project, period, money, every value.
# --------------------------------------------------------------------------------------------

YORII_KPI = [
    (1, "スマートＩＣ周辺産業用地への企業立地件数", "件", 0, 1, 3, 4, 4, "達成"),
    (2, "立地企業等における町内在住者の新規雇用者数", "人", 12, 25, 38, 41, 45, "未達成"),
    (3, "町内農産物直売所の売上額", "※1", 412, 438, 455, 389, 480, "未達成"),
    (4, "中心市街地の空き店舗数", "店舗", 21, 19, 17, 15, 15, "達成"),
]


def yorii() -> Path:
    wb, ws = _sheet("効果検証シート", [6, 16, 26, 7, 12, 10, 10, 14, 11, 10])
    last = 10
    _text(ws, 1, 1, "令和６年度　地方創生推進交付金事業　効果検証シート", bold=True, size=14)
    _text(ws, 2, 10, "令和7年2月20日", align="right")
    _text(ws, 3, 10, "寄居町", align="right")
    _field(ws, 4, "地域再生計画の名称", "寄居スマートＩＣ周辺産業振興・しごと創生計画", last)
    _field(ws, 5, "交付対象事業の名称", "寄居スマートＩＣ周辺企業誘致・にぎわい創出事業", last)
    _field(ws, 6, "計画期間", "令和4年4月1日～令和7年3月31日（3か年）", last)
    _field(ws, 7, "担当課", "総合政策課", last)
    _field(
        ws,
        8,
        "町の概要",
        "第6次寄居町総合振興計画（2017年度～2026年度）の策定にあたり18歳以上の町民2,000名に実施したアンケートでは、安定した雇用の創出を求める声が多かった。"
        "関越自動車道寄居スマートＩＣの周辺では世界的自動車メーカーの工場が稼働しており、その周辺に産業用地を整えて企業の立地と町内の雇用を生み、"
        "農産物直売所と中心市街地のにぎわいにつなげる。",
        last,
        height=44,
    )
    _field(ws, 9, "交付対象事業費", "令和6年度　28,400千円（うち交付金 14,200千円）", last)
    _text(ws, 11, 1, "■重要業績評価指標（KPI）の達成状況", bold=True, size=11)
    r = 12
    _down(ws, r, r + 1, 1, "No.", header=True)
    _span(ws, r, 2, 3, "重要業績評価指標（KPI）", header=True)
    _span(ws, r + 1, 2, 3, None, header=True)
    _merge(ws, r, 2, r + 1, 3)
    _down(ws, r, r + 1, 4, "単位", header=True)
    _down(ws, r, r + 1, 5, "事業開始前\n（R3）", header=True)
    _span(ws, r, 6, 8, "実績値", header=True)
    for c, y in zip(range(6, 9), ["R4年度", "R5年度", "R6年度\n（12月末時点）"]):
        _put(ws, r + 1, c, y, header=True)
    _down(ws, r, r + 1, 9, "目標値\n（R6）", header=True)
    _down(ws, r, r + 1, 10, "達成状況", header=True)
    ws.row_dimensions[r].height = 18
    ws.row_dimensions[r + 1].height = 28
    r += 2
    for no, name, unit, base, a4, a5, a6, tgt, st in YORII_KPI:
        _put(ws, r, 1, no, align="center")
        _span(ws, r, 2, 3, name)
        _put(ws, r, 4, unit, align="center")
        for c, v in zip(range(5, 10), [base, a4, a5, a6, tgt]):
            _put(ws, r, c, v)
        _put(ws, r, 10, st, align="center")
        ws.row_dimensions[r].height = 20
        r += 1
    for note in [
        "※1　No.3の単位は百万円です（町内の農産物直売所4か所の売上額の合計）。",
        "※R6年度の実績値は令和6年12月末時点の値です。達成状況は、12月末時点の値と目標値（R6）を比べて判定しています。",
        "※No.2のR4年度は、産業用地の分譲を始めた令和4年7月以降の値です。",
    ]:
        _text(ws, r, 1, note)
        r += 1
    r += 1
    _text(ws, r, 1, "■効果検証の結果（寄居町総合戦略推進委員会の意見）", bold=True, size=11)
    r += 1
    _span(
        ws,
        r,
        1,
        last,
        "令和7年2月5日に委員9名による会議を開催した。企業立地は目標に達し、空き店舗数も目標どおり減少した。"
        "新規雇用者数と直売所の売上額は12月末時点で目標に届いておらず、年度末までの推移を注視するとともに、立地企業と連携した町内向け求人の発信を強める必要がある。",
        size=9,
    ).alignment = Alignment(horizontal="left", vertical="top", wrap_text=True)
    ws.row_dimensions[r].height = 40
    _page(ws, "landscape", f"A1:J{r}")
    path = SOURCE / "yorii_kofukin_kensho_r6.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 横芝光町 (千葉県山武郡): 令和7年度 事務事業評価シート（令和6年度実施事業）
# Real: the 2006-03-27 merger of 光町 and 横芝町, 67.01km², 21,383人 (2023-01-01), 九十九里浜, 栗山川,
# 芝山古墳群, the strategy's name. Made up: the 事業, its 課, period, money, every value.
# --------------------------------------------------------------------------------------------

YOKO_ACT = [
    ("ア", "観光ＰＲイベントへの出展回数", "回", [6, 5, 6, 7, 5, 5]),
    ("イ", "体験型観光プログラムの参加者数", "人", [1000, 1126, 900, 918, 800, 640]),
]
YOKO_KPI = [
    ("ア", "観光入込客数", "千人", [520.0, 534.2, 500.0, 497.8, 480.0, 455.6]),
    (
        "イ",
        "観光客満足度（来訪者アンケートで「満足」「やや満足」と答えた人の割合）",
        "％",
        [80.0, "集計中", 78.0, 79.4, 75.0, 76.1],
    ),
]


def _yoko_grid(ws, r: int, heading: str, rows) -> int:
    _text(ws, r, 1, heading, bold=True, size=11)
    r += 1
    _down(ws, r, r + 1, 1, "No.", header=True)
    _span(ws, r, 2, 3, "指標名", header=True)
    _span(ws, r + 1, 2, 3, None, header=True)
    _merge(ws, r, 2, r + 1, 3)
    _down(ws, r, r + 1, 4, "単位", header=True)
    for c, y in zip([5, 7, 9], ["令和6年度", "令和5年度", "令和4年度"]):
        _span(ws, r, c, c + 1, y, header=True)
        _put(ws, r + 1, c, "計画", header=True)
        _put(ws, r + 1, c + 1, "実績", header=True)
    r += 2
    for label, name, unit, values in rows:
        _put(ws, r, 1, label, align="center")
        _span(ws, r, 2, 3, name)
        _put(ws, r, 4, unit, align="center")
        for c, v in zip(range(5, 11), values):
            _put(ws, r, c, v, align="center" if isinstance(v, str) else None)
        ws.row_dimensions[r].height = 30 if len(name) > 20 else 20
        r += 1
    return r


def yokoshibahikari() -> Path:
    wb, ws = _sheet("事務事業評価シート", [5, 14, 22, 6, 8.5, 8.5, 8.5, 8.5, 8.5, 8.5])
    last = 10
    _text(ws, 1, 1, "令和７年度　事務事業評価シート（令和６年度実施事業）", bold=True, size=13)
    _text(ws, 2, 10, "横芝光町", align="right")
    _text(ws, 3, 1, "１　事業の概要", bold=True, size=11)
    _field(ws, 4, "事務事業名", "栗山川・九十九里浜交流観光推進事業", last)
    _field(ws, 5, "担当課", "商工観光課", last)
    _field(
        ws,
        6,
        "総合戦略上の位置付け",
        "横芝光町まち・ひと・しごと創生総合戦略　基本目標２　町への新しいひとの流れをつくる",
        last,
    )
    _field(ws, 7, "事業期間", "令和4年度～令和8年度（5か年）", last)
    _field(
        ws,
        8,
        "事業の概要",
        "本町は平成18年3月27日に匝瑳郡光町と山武郡横芝町が合併して誕生した。面積は67.01km²、人口は21,383人（2023年1月1日推計）。"
        "九十九里浜のほぼ中央に位置し、栗山川の河口から芝山古墳群まで観光資源が点在する。本事業では、首都圏の観光ＰＲイベントへの出展と、"
        "栗山川のカヌー体験など体験型観光プログラムを実施する。",
        last,
        height=56,
    )
    _field(ws, 9, "事業費（R6決算）", "3,150千円（うち一般財源 1,575千円）", last)
    r = _yoko_grid(ws, 11, "２　活動指標（事業の実施量）", YOKO_ACT)
    r = _yoko_grid(ws, r + 1, "３　成果指標（事業の効果）", YOKO_KPI)
    for note in [
        "※年度の欄は、左から新しい年度の順（令和6年度、令和5年度、令和4年度）に並べています。",
        "※成果指標イの令和6年度実績は来訪者アンケートを集計中のため、令和7年9月に公表します。",
    ]:
        _text(ws, r, 1, note)
        r += 1
    r += 1
    _text(ws, r, 1, "４　評価", bold=True, size=11)
    r += 1
    _field(ws, r, "今後の方向性", "現状維持（継続）", last)
    r += 1
    _field(
        ws,
        r,
        "評価の理由",
        "体験型観光プログラムの参加者は3年連続で増加し、観光入込客数も計画を上回った。出展回数は会場の都合で計画を1回下回ったが、"
        "来場者数の多いイベントを選んで出展しており、令和7年度も同じ規模で継続する。",
        last,
        height=40,
    )
    _page(ws, "portrait", f"A1:J{r}")
    path = SOURCE / "yokoshibahikari_jimujigyo_hyoka_r7.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 辰野町 (長野県上伊那郡): 第2期 総合戦略 KPI進捗状況（令和5年度実績）
# Real: 169.20km², 17,516人 (2024-04-01), the 23,935人 peak of 昭和60年, 松尾峡, the ほたる祭 in June,
# りんご, 松茸, 龍渓硯. Made up: the 第2期 strategy's period and 基本目標, the 課, every value.
# --------------------------------------------------------------------------------------------

TATSUNO_KPI = [
    (1, "移住相談件数", "件", 86, "H30", [102, 131, 148, 165], 150),
    (2, "町の移住支援制度を利用した移住者数", "人", 24, "R元", [31, 38, 45, 52], 60),
    (3, "社会増減数（転入者数－転出者数）", "人", "▲126", "H29", ["▲88", "▲64", "▲42", "▲18"], 0),
    (4, "信州辰野ほたる祭の来場者数", "人", "約39,000", "H30", ["―", "―", 28400, 35100], 40000),
    (5, "空き家バンクの成約件数", "件", 9, "R元", [12, 15, 11, 14], 15),
]


def tatsuno() -> Path:
    wb, ws = _sheet("KPI進捗状況", [5, 13, 19, 6, 10, 7, 9, 9, 9, 9, 11])
    last = 11
    _text(
        ws,
        1,
        1,
        "第２期辰野町まち・ひと・しごと創生総合戦略　ＫＰＩ進捗状況（令和５年度実績）",
        bold=True,
        size=12,
    )
    _text(ws, 2, 11, "令和6年8月", align="right")
    _text(ws, 3, 11, "辰野町", align="right")
    _field(ws, 4, "計画期間", "令和2年度～令和6年度（5年間）", last)
    _field(ws, 5, "担当課", "まちづくり政策課", last)
    _field(
        ws,
        6,
        "町の概要",
        "本町は長野県のほぼ中央、天竜川の上流に位置し、面積は169.20km²である。人口は昭和60年（1985年）の23,935人をピークに減少が続き、"
        "17,516人（2024年4月1日推計）となった。東日本随一といわれるホタルの名所・松尾峡では毎年6月に「信州辰野ほたる祭」が開かれ、"
        "りんご、松茸、龍渓硯などの特産品がある。",
        last,
        height=56,
    )
    _text(ws, 8, 1, "基本目標２　町への新しいひとの流れをつくる", bold=True, size=11)
    r = 9
    _down(ws, r, r + 1, 1, "No.", header=True)
    _span(ws, r, 2, 3, "重要業績評価指標（KPI）", header=True)
    _span(ws, r + 1, 2, 3, None, header=True)
    _merge(ws, r, 2, r + 1, 3)
    _down(ws, r, r + 1, 4, "単位", header=True)
    _down(ws, r, r + 1, 5, "基準値", header=True)
    _down(ws, r, r + 1, 6, "基準年", header=True)
    _span(ws, r, 7, 10, "実績値", header=True)
    for c, y in zip(range(7, 11), ["2020年度", "2021年度", "2022年度", "2023年度"]):
        _put(ws, r + 1, c, y, header=True)
    _down(ws, r, r + 1, 11, "目標値\n（2024年度）", header=True)
    ws.row_dimensions[r].height = 18
    ws.row_dimensions[r + 1].height = 18
    r += 2
    for no, name, unit, base, year, acts, tgt in TATSUNO_KPI:
        _put(ws, r, 1, no, align="center")
        _span(ws, r, 2, 3, name)
        _put(ws, r, 4, unit, align="center")
        _put(ws, r, 5, base, align="right" if isinstance(base, str) else None)
        _put(ws, r, 6, year, align="center")
        for c, v in zip(range(7, 11), acts):
            _put(ws, r, c, v, align="right" if isinstance(v, str) else None)
        _put(ws, r, 11, tgt)
        ws.row_dimensions[r].height = 20
        r += 1
    for note in [
        "※基準年は、基準値を把握した年度です（H29＝2017年度、H30＝2018年度、R元＝2019年度）。",
        "※▲は転出者数が転入者数を上回ったこと（マイナス）を示します。",
        "※No.4の2020年度・2021年度は、新型コロナウイルス感染症の影響によりほたる祭を中止しました。",
    ]:
        _text(ws, r, 1, note)
        r += 1
    r += 1
    _text(ws, r, 1, "■進捗についての所見", bold=True, size=11)
    r += 1
    _span(
        ws,
        r,
        1,
        last,
        "移住相談件数は2023年度に目標値を上回り、社会増減数も転出超過が縮小している。ほたる祭は4年ぶりに制限のない開催となった2023年度に"
        "35,100人まで回復したが、コロナ禍前の水準には戻っていない。2024年度は首都圏での移住フェア（年3回）とオンライン相談を続ける。",
        size=9,
    ).alignment = Alignment(horizontal="left", vertical="top", wrap_text=True)
    ws.row_dimensions[r].height = 44
    _page(ws, "portrait", f"A1:K{r}")
    path = SOURCE / "tatsuno_senryaku_kpi_r5.xlsx"
    _save(wb, path)
    return path


# --------------------------------------------------------------------------------------------
# 十日町市 (新潟県): 総合計画 後期基本計画 成果指標の達成状況（令和5年度）
# Real: the 将来像 「雪・自然・農が織りなす温もりと躍動のまち」, 590.39km², 53,448人 (H30.7末), the 大地の芸術祭
# (since 2000, every three years; about 51万人 in 2015), the 企画政策課. Made up: the plan's name and
# period, the 政策 heading, the indicators and every value.
# --------------------------------------------------------------------------------------------

TOKAMACHI_ROWS = [
    (1, "観光入込客数", "万人", "187.4", "142.6", "171.9", "180.3", "200.0"),
    (2, "空き家バンク登録件数（各年度末現在）", "件", "38", "45", "52", "61", "70"),
    (3, "着地型旅行商品の販売件数", "件", "14", "21", "25", "27", "30"),
    (4, "きもの関連イベントの参加者数", "人", "3,200", "1,850", "2,640", "2,910", "3,500"),
    (
        5,
        "大地の芸術祭作品を通年公開する施設の入館者数",
        "人",
        "89,500",
        "61,200",
        "118,400",
        "97,600",
        "120,000",
    ),
]


def tokamachi_html() -> str:
    out = [
        "<!DOCTYPE html>",
        '<html lang="ja">',
        "<head>",
        '<meta charset="utf-8">',
        "<title>第二次十日町市総合計画 後期基本計画 成果指標の達成状況（令和５年度） | 十日町市</title>",
        "</head>",
        "<body>",
        '<nav class="breadcrumb"><ol>',
        '<li><a href="/">ホーム</a></li>',
        '<li><a href="/shisei/">市政情報</a></li>',
        '<li><a href="/shisei/keikaku/">計画・施策</a></li>',
        '<li><a href="/shisei/keikaku/sogokeikaku/">第二次十日町市総合計画</a></li>',
        "<li>成果指標の達成状況（令和５年度）</li>",
        "</ol></nav>",
        "<main>",
        "<h1>第二次十日町市総合計画 後期基本計画　成果指標の達成状況（令和５年度）</h1>",
        '<p class="date">更新日：2024年9月30日　担当：企画政策課</p>',
        "<p>十日町市は、将来像「雪・自然・農が織りなす温もりと躍動のまち」の実現に向けて総合計画を進めています。"
        "本市の面積は590.39km²、人口は53,448人（平成30年7月末日現在）です。</p>",
        "<p>2000年から3年に一度開かれている「大地の芸術祭」は、2015年に約51万人が来場しました。"
        "後期基本計画では政策ごとに成果指標を定めており、令和5年度までの実績をお知らせします。</p>",
        "<h2>政策３　雪と文化を生かした交流のまち</h2>",
        '<table class="seika" border="1">',
        "<thead>",
        '<tr><th scope="col" rowspan="2">No.</th><th scope="col" rowspan="2">成果指標</th>'
        '<th scope="col" rowspan="2">単位</th><th scope="col">策定時</th>'
        '<th scope="colgroup" colspan="3">実績値</th><th scope="col">目標値</th></tr>',
        '<tr><th scope="col">2019<br>（R元）</th><th scope="col">2021<br>（R3）</th>'
        '<th scope="col">2022<br>（R4）</th><th scope="col">2023<br>（R5）</th>'
        '<th scope="col">2025<br>（R7）</th></tr>',
        "</thead>",
        "<tbody>",
    ]
    for no, name, unit, *values in TOKAMACHI_ROWS:
        cells = [f"<td>{no}</td>", f'<th scope="row">{name}</th>', f"<td>{unit}</td>"]
        cells.extend(f"<td>{v}</td>" for v in values)
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.extend(
        [
            "</tbody>",
            "</table>",
            '<p class="note">※年度の欄は、上段が西暦、下段が和暦の年度です。「策定時」は後期基本計画を策定した2019年度（令和元年度）の値です。</p>',
            '<p class="note">※No.2は、各年度末（3月31日）現在の登録件数です。</p>',
            '<p class="note">※2022年度は「大地の芸術祭2022」の開催年にあたります。</p>',
            "</main>",
            "<footer><p>十日町市役所 総務部 企画政策課</p></footer>",
            "</body>",
            "</html>",
            "",
        ]
    )
    return "\n".join(out)


def tokamachi() -> Path:
    path = HERE / "tokamachi_seika_shihyo_r5.html"
    path.write_bytes(tokamachi_html().encode("utf-8"))
    return path


def main() -> None:
    pdf = "--no-pdf" not in sys.argv[1:]
    for make in (yorii, yokoshibahikari, tatsuno):
        src = make()
        print(f"wrote source/{src.name}")
        if pdf:
            to_pdf(src)
    print(f"wrote {tokamachi().name}")


if __name__ == "__main__":
    main()
