"""Build the "bands" PDF corpus: KPI tables whose horizontal rules run only BETWEEN programs.

Municipal Excel sheets are often printed with one band per program: a rule above and below
the program, and inside the band its 2-6 KPI rows separated by white space alone. A reader
that takes the band for one row glues two indicators' names and numbers together. The
workbooks here are laid out that way (openpyxl), converted to PDF by LibreOffice, and each
PDF gets the expected ``jpkpi.kpi/1`` records of the seed rows it lays out.

Run from the repository root::

    python corpora/bands/build.py            # every PDF
    python corpora/bands/build.py NAME ...   # only these (file names without .pdf)

It writes ``corpora/bands/NAME.xlsx``, ``NAME.pdf`` and ``expected/NAME.pdf.jsonl``. As in
``corpora/pdf/build.py`` (whose layout helpers, conversion and record placement it reuses,
without changing that file), LibreOffice and poppler-utils are needed only to rebuild; the
workbooks and expected records come out byte-identical on every run, the PDFs differ only
in LibreOffice's creation date.

Every non-empty cell is checked against the seed text it comes from (``corpora/seeds/``):
it must equal one TAB-separated cell of that seed, a line break standing for the space the
text extraction left where the original cell broke its line. A cell holding several KPIs'
lines (Alt+Enter style) is checked line by line. The expected records are the hand-written
records of ``tests/fixtures/records/<seed>.jsonl`` for the rows laid out, with only
``document``, ``line`` (null) and ``page`` changed; ``page`` is where poppler's
``pdftotext`` finds the indicator. Nothing here runs or imports jpkpi.
"""

# ruff: noqa: E501
# The data below are real Japanese cells; splitting them would hurt reading more than long
# lines do (the same exemption as corpora/pdf/build.py).

from __future__ import annotations

import importlib.util
import re
import sys
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from openpyxl.styles import Border, Side
from openpyxl.utils import get_column_letter

HERE = Path(__file__).resolve().parent
CORPORA = HERE.parent
EXPECTED = HERE / "expected"
SEEDS = CORPORA / "seeds"


def _load_pdf_build():
    """corpora/pdf/build.py as a module (its layout helpers and seed data), unchanged."""
    spec = importlib.util.spec_from_file_location("corpora_pdf_build", CORPORA / "pdf" / "build.py")
    if spec is None or spec.loader is None:
        raise ImportError("corpora/pdf/build.py not found")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while being built
    spec.loader.exec_module(module)
    return module


P = _load_pdf_build()
from fixture_records import write_jsonl  # noqa: E402  (corpora/ is on sys.path via P)

Book = P.Book
BuildError = P.BuildError
NOTO, IPA, IPAP = P.NOTO, P.IPA, P.IPAP
GRAY = P.GRAY

SEED_000 = P.SEED_000
SEED_001 = P.SEED_001
SEED_004 = P.SEED_004

THIN = Side(style="thin")
LABEL = re.compile(r"^[①-⑳]\s*")  # a KPI's circled label and the space after it


# --------------------------------------------------------------------------------------
# Seed 001 (Nemuro): the parts laid out here
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Heading:
    """A heading line above or between the bands: (seed line, text)."""

    line: int
    text: str


@dataclass(frozen=True)
class KpiBand:
    """A KPI table as one band: its header row (seed line) and (line, 項目, 基準値, R3-R6)."""

    header: int
    rows: tuple[tuple[int, str, str, str, str, str, str], ...]


@dataclass(frozen=True)
class ProgramBand:
    """A program as one band: the program cell, its 事業量 label and 項目 header (as the seed
    prints them, on seed line `header`), and its rows (line, 項目, R3, R4, R5, R6)."""

    header: int
    text: str
    label: str
    item_header: str
    rows: tuple[tuple[int, str, str, str, str, str], ...]


NemuroPart = Heading | KpiBand | ProgramBand

NEMURO_TITLE = (3, "第2期 根室市創生総合戦略（基本目標・KPI・事業）実績一覧")
NEMURO_PERIODS = ("R3 (実績)", "R4 (実績)", "R5 (実績)", "R6 (実績)")
PROGRAM_SIZE = 7.5  # font size of a Nemuro program cell (name, 【課】, (目的), (内容))


def program_text(seed_cell: str) -> str:
    """A program cell: the seed's one line broken before (目的) and (内容), as printed."""
    return seed_cell.replace(" (目的) ", "\n(目的) ").replace(" (内容) ", "\n(内容) ")


# 基本目標-1 › (7) › ② : seed lines 58-81 (every R3/R4 header here reads "R3 (実績)").
NEMURO_GOAL1_PART2: tuple[NemuroPart, ...] = (
    Heading(
        5,
        "基本目標-1 「ひと」と「しごと」を呼び込み、稼げる仕組みづくりと安定した雇用、新しい人の流れをつくる",
    ),
    Heading(13, "(7) 経済・雇用対策の推進"),
    Heading(58, "② 労働力不足解消のための雇用のミスマッチ解消など需給不均衡の改善"),
    KpiBand(
        60,
        (
            (
                61,
                "① 人口1,000人当たりの就職者数／4年で15人とし3人増加",
                "12人",
                "16人",
                "13人",
                "",
                "",
            ),
            (62, "② 季節労働者数／4年で320人とし25人減少", "345人", "403人", "336人", "", ""),
            (63, "③ なでしこバンク登録者の就職者数／4年で15人増加", "-", "0人", "1人", "", ""),
        ),
    ),
    ProgramBand(
        65,
        program_text(
            "11 企業誘致推進事業 【商工労働観光課】 (目的) 企業誘致活動の推進により、企業立地の促進を本市の産業振興と雇用機会の確保に資する (内容) 就業環境の充実、雇用創出"
        ),
        "事業量",
        "項 目",
        (
            (66, "根室市企業誘致推進本部会議の開催", "1回", "2回", "", ""),
            (67, "企業誘致に向けてコンタクトを行った企業数", "4社", "4社", "", ""),
        ),
    ),
    ProgramBand(
        69,
        program_text(
            "12 人材確保対策事業 【商工労働観光課】 (目的) 労働力減少による様々な影響を抑制するため、市外から人材を獲得し、労働力確保を図る (内容) 都市部での合同就職説明会開催等"
        ),
        "事業量",
        "項 目",
        ((70, "首都圏における合同就職説明会への参加企業数", "4社", "3社", "", ""),),
    ),
    ProgramBand(
        72,
        program_text(
            "13 根室なでしこ応援事業 【商工労働観光課】 (目的) 女性の活躍の場の創出と市内企業における労働力の確保に努め、地域経済の活性化に繋げる (内容) 根室なでしこバンクの設置など職場体験や各種資格取得支援等を実施"
        ),
        "事業量",
        "項 目",
        (
            (73, "根室なでしこ応援事業を利用した就職者数", "0人", "1人", "", ""),
            (74, "根室なでしこバンク登録者数", "24人", "22人", "", ""),
        ),
    ),
    ProgramBand(
        76,
        program_text(
            "14 若年者等雇用促進支援事業 【商工労働観光課】 (目的) 若年者等の地元定着と労働力の確保を図る (内容) 雇用に関する情報の提供及び相談、若年者を雇用した事業への勝利補助金の交付"
        ),
        "事業量",
        "項 目",
        (
            (77, "市内事業主に対する雇用奨励補助件数", "2件", "1件", "", ""),
            (78, "介護初任者研修受講者数", "5人", "", "", ""),
        ),
    ),
    ProgramBand(
        80,
        program_text(
            "15 根室ベトナム交流協会補助事業 【商工労働観光課】 (目的) 技能実習生受入体制の構築と多文化共生の地域づくりの推進 (内容) 技能実習生への支援強化、市民との交流機会の創出"
        ),
        "事業量",
        "項 目",
        ((81, "市民と外国人技能実習生の交流機会イベント", "0回", "0回", "", ""),),
    ),
)

NEMURO_GOAL2 = Heading(
    281,
    "基本目標-2 住み続けられる「安心」と「支え合い」の地域を守り、若い世代の結婚・出産・子育ての希望をかなえる",
)
NEMURO_KOSODATE = Heading(326, "(イ) 子育て・少子化対策の推進")

# 基本目標-2 › (イ) › ① : seed lines 326-363.
NEMURO_GOAL2_PART1: tuple[NemuroPart, ...] = (
    NEMURO_GOAL2,
    NEMURO_KOSODATE,
    Heading(328, "① 出会い、結婚、妊娠、出産、育児に関する機会や相談、支援体制の強化"),
    KpiBand(
        330,
        (
            (
                331,
                "① 留守家庭児童会・放課後教室等の利用者数／4年で年間延べ46,000人",
                "延べ45,968人",
                "延べ49,381人",
                "延べ46,544人",
                "",
                "",
            ),
            (
                332,
                "② パパママ学級への男性の参加率／4年で50%とし10.7ポイント向上",
                "39.3%",
                "16.0%",
                "28.3%",
                "",
                "",
            ),
            (
                333,
                "③ 電子母子手帳「すくすくねむろ」登録者数／4年で750人",
                "230人",
                "327人",
                "425人",
                "",
                "",
            ),
        ),
    ),
    ProgramBand(
        335,
        program_text(
            "45 結婚新生活支援事業【新規】 【総合政策室】 (目的) 結婚に伴う共同生活のために必要な住居並びに家具・家電の費用を支援する。 (内容) 結婚後の新生活に係る経済的負担軽減"
        ),
        "",
        "項 目",
        ((336, "支給件数", "—", "—", "", ""),),
    ),
    ProgramBand(
        338,
        program_text(
            "46 出産祝金支給事業 【子ども子育て課】 (目的) 新しい市民の誕生を祝福し、出産後に係る経済的負担軽減を図る (内容) 当市で出生した児童の保護者に対し、一律10万円の支給を行う"
        ),
        "",
        "項 目",
        ((339, "出産祝金支給人数", "104人", "102人", "", ""),),
    ),
    ProgramBand(
        341,
        program_text(
            "47 母子保健妊娠期支援事業 【保健課】 (目的) 妊娠期における総合的な支援を図る (内容) 妊娠を希望する女性や妊娠中の女性に対する妊婦一般健康診査費等への助成"
        ),
        "事業量",
        "項目",
        (
            (342, "特定不妊治療費助成件数", "13件", "5件", "", ""),
            (343, "不育症治療費助成件数", "2件", "0件", "", ""),
        ),
    ),
    ProgramBand(
        344,
        program_text(
            "48 母子保健出産期支援事業 【保健課】 (目的) 出産後の不安解消等、産婦へのケアを図る (内容) 産後12か月未満の産婦に対する母乳育児の不安解消及び乳房ケア費用の助成等"
        ),
        "事業量",
        "項目",
        (
            (345, "産後ケア利用者数", "44人", "52人", "", ""),
            (346, "産後ケア利用回数", "73回", "139回", "", ""),
        ),
    ),
    ProgramBand(
        347,
        program_text(
            "49 母子保健子育て期支援事業 【保健課】 (目的) 子育て期における総合的な支援を図る (内容) 子育て期の不安解消や新生児聴覚検査費の助成等"
        ),
        "事業量",
        "項目",
        (
            (348, "幼児発達相談受相率", "92.3%", "100.0%", "", ""),
            (349, "新生児聴覚検査受診率", "90.0%", "99.0%", "", ""),
            (350, "フッ素塗布受診件数 (1歳6ヵ月児)", "45件", "51件", "", ""),
            (351, "フッ素塗布受診件数 (2歳児)", "44件", "40件", "", ""),
        ),
    ),
    ProgramBand(
        352,
        program_text(
            "50 結核予防及び各種予防接種経費【新規】 【保健課】 (目的) ワクチンを接種することにより、感染症の被害を避ける (内容) 子宮頸がんワクチン等接種費用の助成"
        ),
        "事業量",
        "項目",
        (
            (353, "助成人数 (延べ)", "—", "50人", "", ""),
            (354, "助成金額", "—", "833千円", "", ""),
        ),
    ),
    ProgramBand(
        355,
        program_text(
            "51 乳児家庭全戸訪問事業経費 【こども子育て課】 (目的) 育児不安の解消や母子孤立化の防止により乳児の健全な育成環境の確保を図る (内容) 保健師・保育士が訪問し、育児相談や育児に関する情報提供、助言等"
        ),
        "事業量",
        "項目",
        (
            (356, "乳児家庭訪問数", "111件", "105件", "", ""),
            (357, "訪問率", "97.4%", "99.1%", "", ""),
        ),
    ),
    ProgramBand(
        358,
        program_text(
            "52 放課後教室管理運営経費 【社会教育課】 (目的) 放課後などにおける児童の安心・安全に生活できる場の提供 (内容) 放課後教室、留守家庭児童会の運営経費"
        ),
        "事業量",
        "項目",
        ((359, "放課後教室等の利用者数", "延べ49,381人", "延べ46,544人", "", ""),),
    ),
    ProgramBand(
        361,
        program_text(
            "53 農業後継者対策事業 【農業委員会・農林課】 (目的) 農業者の高齢化・後継者不足の中で将来の農業の発展を図る (内容) 農業後継者の配偶者確保対策"
        ),
        "事業量",
        "項 目",
        (
            (362, "農業後継者の成婚数", "0組", "2組", "", ""),
            (363, "「ファームinねむろ」等参加者数", "0名", "0名", "", ""),
        ),
    ),
)

# 基本目標-2 › (イ) › ② : seed lines 365-406. Lines 368-369 are laid out in their proper
# columns (基準値, R3, R4), as the fixture reads them; the text extraction shifted them.
NEMURO_GOAL2_PART2: tuple[NemuroPart, ...] = (
    NEMURO_GOAL2,
    NEMURO_KOSODATE,
    Heading(365, "② 子ども医療費助成など子育て世代の経済的な負担軽減の推進"),
    KpiBand(
        367,
        (
            (
                368,
                "① 保育料が無料になる多子世帯数／4年で延べ150世帯",
                "39世帯",
                "65世帯",
                "57世帯",
                "",
                "",
            ),
            (
                369,
                "② 多子世帯の割合／4年で16.0%とし0.6ポイント増加",
                "15.4%",
                "15.9%",
                "19.7%",
                "",
                "",
            ),
        ),
    ),
    ProgramBand(
        371,
        program_text(
            "54 特定教育・保育施設運営経費 【こども子育て課】 (目的) 多子世帯の経済的不安を解消し安心して子育てができる環境を推進する (内容) 保育料完全無償化の検討"
        ),
        "事業量",
        "項 目",
        (
            (372, "保育料無料化の対象世帯", "65世帯", "57世帯", "", ""),
            (373, "保育料無料化の対象児童数", "65人", "57人", "", ""),
        ),
    ),
    ProgramBand(
        375,
        program_text(
            "55 特定教育・保育施設等副食費無料化事業 【こども子育て課】 (目的) 保育所等に通う国が無料としない世帯の児童の副食費を無料とし、子育て世代の経済的負担の軽減を図る (内容) 多子世帯副食費の免除"
        ),
        "事業量",
        "項 目",
        ((376, "副食費無料対象児童数", "93人", "133人", "", ""),),
    ),
    ProgramBand(
        378,
        program_text(
            "56 特例地域型保育給付支給施設等運営経費 【こども子育て課】 (目的) 認可外保育施設を利用しやすく、子育て世帯の多様な保育ニーズに応える環境整備を図る (内容) 認可外保育施設を利用する場合、独自に利用料軽減制度を設ける"
        ),
        "事業量",
        "項 目",
        (
            (379, "軽減対象児童数", "9人", "4人", "", ""),
            (380, "特例地域型保育給付支給施設等", "2ヵ所", "2ヵ所", "", ""),
        ),
    ),
    ProgramBand(
        382,
        program_text(
            "57 学校給食運営経費（学校給食費の完全無償化） 【教育総務課】 (目的) 児童生徒が安定した学校生活を送る環境をつくるため、保護者の経済的負担を図る (内容) 小中学校・義務教育学校における学校給食費の完全無償化の実施及び献立の充実"
        ),
        "事業量",
        "項 目",
        (
            (383, "給食費無料化の対象児童数（全児童）", "983人", "967人", "", ""),
            (384, "給食費無料化の対象生徒数（全生徒）", "581人", "531人", "", ""),
        ),
    ),
    ProgramBand(
        386,
        program_text(
            "58 児童福祉事業経費（健康推進担当） 【保健課】 (目的) 疾病の早期発見と早期治療により、こどもの健康を保持し、保護者の経済的な負担軽減を図る (内容) 子育て世帯に対するこども医療費の支給"
        ),
        "事業量",
        "項 目",
        (
            (387, "医療費助成件数 (延べ件数)", "22,364件", "18,658件", "", ""),
            (388, "医療費助成額", "40,501千円", "37,509千円", "", ""),
        ),
    ),
    ProgramBand(
        390,
        program_text(
            "59 重度心身障がい者医療給付経費 【社会福祉課】 (目的) 医療の保証により、障がい者とその家族が安心して健康的に暮らせる環境を目指す (内容) 重度心身障がい児に対する医療費の支給"
        ),
        "事業量",
        "項 目",
        (
            (391, "医療費助成件数 (延べ件数)", "10,639件", "10,624件", "", ""),
            (392, "初診料免除件数 (延べ件数)", "202件", "199件", "", ""),
        ),
    ),
    ProgramBand(
        394,
        program_text(
            "60 ひとり親家庭等医療給付経費 【こども子育て課】 (目的) 医療給付を通じ、ひとり親家庭等の経済的自立を支援し、健康増進及び福祉の増進を図る (内容) ひとり親家庭等の医療機関等の自己負担助成のほか、3歳未満の児童及び市民税非課税世帯の初診時一部負担金の免除"
        ),
        "事業量",
        "項 目",
        (
            (395, "医療費助成件数 (延べ件数)", "2,921件", "2,732件", "", ""),
            (396, "初診料免除件数 (延べ件数)", "1,599件", "1,510件", "", ""),
        ),
    ),
    ProgramBand(
        398,
        program_text(
            "61 ひとり親生活支援事業 【こども子育て課】 (目的) ひとり親家庭等の経済的負担を軽減し、児童虐待（育児放棄）の未然防止を図る (内容) 満3歳までの乳幼児がおり、児童扶養手当の支給対象となっているひとり親に対し、育児用品給付券を支給"
        ),
        "事業量",
        "項 目",
        ((399, "育児用品給付券支給乳幼児数", "15名", "14名", "", ""),),
    ),
    ProgramBand(
        401,
        program_text(
            "62 子育て世帯生活支援事業【新規】 【こども子育て課】 (目的) 子育て世帯の経済的負担を軽減し、安心して子どもを産み育てることができる環境整備を図る (内容) 満1歳までの乳児を持つ保護者への紙おむつ等の支給"
        ),
        "事業量",
        "項 目",
        ((402, "給付券支給対象乳児数", "—", "105人", "", ""),),
    ),
    ProgramBand(
        404,
        program_text(
            "一 幼保小中高教育連携事業【再掲】 【教育総務課】 (目的) 幼稚園・保育所から小・中・義務教育学校を得て高校に至るまでの積層的な連携を図り、学びの連続性を保証する (内容) 小中学校等教員授業力向上対策、全児童生徒標準学力検査、北海道根室高等学校生徒支援 等"
        ),
        "事業量",
        "項 目",
        (
            (405, "全国学力調査正答率(小学校)", "64.0%", "56.7%", "", ""),
            (406, "全国学力調査正答率(中学校)", "52.0%", "45.7%", "", ""),
        ),
    ),
)


# --------------------------------------------------------------------------------------
# Seed cells: every cell laid out must be one of them
# --------------------------------------------------------------------------------------

_SEED_CELLS: dict[str, frozenset[str]] = {}


def seed_cells(seed: str) -> frozenset[str]:
    """Every TAB-separated cell of a seed text (stripped, non-empty)."""
    if seed not in _SEED_CELLS:
        text = (SEEDS / seed).read_text(encoding="utf-8")
        cells = {cell.strip() for line in text.splitlines() for cell in line.split("\t")}
        _SEED_CELLS[seed] = frozenset(cell for cell in cells if cell)
    return _SEED_CELLS[seed]


def check_seed_text(seed: str, text: str) -> None:
    """`text` (a line break for each space the extraction left) must be a cell of the seed."""
    if text and text.replace("\n", " ") not in seed_cells(seed):
        raise BuildError(f"not a cell of seed {seed}: {text!r}")


# --------------------------------------------------------------------------------------
# Band sheets
# --------------------------------------------------------------------------------------


class BandSheet(P.Sheet):
    """A sheet whose body has rules only between bands, vertical borders or none.

    `breaks` are the rows a page ends after (found by `layout`, see there). A cell merged
    down over such a row is merged only down to it: its text prints once, at the top of the
    page where the band starts, and the band goes on over the page end with that column blank.
    """

    def __init__(
        self,
        book: P.Book,
        seed: str,
        title: str,
        widths: Sequence[float],
        size: float,
        verticals: bool,
        breaks: frozenset[int],
    ) -> None:
        """Create the worksheet (added to `book`)."""
        super().__init__(book, title, widths, size, "none")
        book.sheets.append(self)
        self.seed = seed
        self.verticals = verticals
        self.breaks = breaks
        self.last_col = len(widths)
        self.one_line: list[str] = []  # texts that must print on one line (checked in the PDF)
        self.aligned: list[list[str]] = []  # a KPI's Alt+Enter lines: must print side by side

    def put(  # type: ignore[override]
        self,
        row: int,
        col: int,
        text: str,
        *,
        to_row: int | None = None,
        to_col: int | None = None,
        rules: str | None = None,
        pieces: Sequence[str] | None = None,
        **options: object,
    ) -> None:
        """Write a cell as `Sheet.put` does; `rules`: "grid"/"hrules" (header cells, as in
        corpora/pdf), "none", or None for a body cell (vertical borders if the sheet has them).
        `pieces` are the seed cells a multi-line cell joins (checked one by one)."""
        for piece in pieces if pieces is not None else (text,):
            check_seed_text(self.seed, piece)
        r2 = to_row or row
        end = next((b for b in sorted(self.breaks) if row <= b < r2), r2)
        super().put(
            row,
            col,
            text,
            to_row=end if end != row else None,
            to_col=to_col,
            rules=rules or "none",
            **options,
        )
        if rules is None and self.verticals:
            c2 = to_col or col
            for r in range(row, r2 + 1):
                for c in {col, c2}:
                    cell = self.ws.cell(r, c)
                    old = cell.border
                    cell.border = Border(
                        left=THIN if c == col else old.left,
                        right=THIN if c == c2 else old.right,
                        top=old.top,
                        bottom=old.bottom,
                    )
        self.last_row = max(self.last_row, r2)

    def band(self, first: int, last: int, c1: int = 1, c2: int | None = None) -> None:
        """Rules above and below a band (and nothing between its rows)."""
        self.rule(first, c1, c2 or self.last_col, "top", style="thin")
        self.rule(last, c1, c2 or self.last_col, "bottom", style="thin")

    def header_rules(self, first: int, last: int) -> None:
        """A slightly heavier rule above and below the column header."""
        self.rule(first, 1, self.last_col, "top", style="medium")
        self.rule(last, 1, self.last_col, "bottom", style="medium")

    def fits(self, col: int, text: str, size: float, to_col: int | None = None) -> bool:
        """Whether each line of `text` fits the column without wrapping (same estimate as
        `Sheet.put`; it errs on the wide side, and the PDF is checked anyway)."""
        width_pt = sum(self.widths[col - 1 : (to_col or col)]) * P.UNIT_PT[self.book.font] - 6
        per_line = width_pt / size * 0.95
        return all(P.text_em(part) <= per_line for part in text.split("\n"))

    def finish(self) -> None:
        """Size rows and place page breaks (as `Sheet.finish`), then set the print area."""
        super().finish()
        self.ws.print_area = f"A1:{get_column_letter(self.last_col)}{self.last_row}"


def alt_enter(groups: Sequence[Sequence[str]]) -> list[str]:
    """Join the cells of one band, KPI by KPI, into one multi-line text per column.

    `groups[column][k]` is KPI k's cell in that column (may hold a line break). Every KPI
    takes as many lines as its tallest cell; shorter cells are padded with empty lines, as
    someone typing the lines with Alt+Enter does to keep them side by side. A column with
    no text at all stays an empty cell.
    """
    count = len(groups[0])
    heights = [max(groups[c][k].count("\n") + 1 for c in range(len(groups))) for k in range(count)]
    texts = []
    for column in groups:
        parts = [cell + "\n" * (heights[k] - cell.count("\n") - 1) for k, cell in enumerate(column)]
        text = "\n".join(parts)
        texts.append(text if text.strip() else "")
    return texts


# --------------------------------------------------------------------------------------
# Workbooks
# --------------------------------------------------------------------------------------


def kushiro_header(sheet: BandSheet, row: int, table: P.KushiroTable, rules: str) -> int:
    """The seed's three header rows; returns the first body row."""
    opts: dict[str, object] = {"h": "center", "rules": rules}
    if rules == "grid":
        opts["fill"] = GRAY
    sheet.put(row, 1, "交付対象\n事業の名称", to_row=row + 2, **opts)
    sheet.put(row, 2, "事業の概要", to_row=row + 2, **opts)
    sheet.put(row, 3, table.kpi_header, to_col=9, **opts)
    sheet.put(row + 1, 3, "指標", to_row=row + 2, **opts)
    sheet.put(row + 1, 4, "指標値", to_col=6, **opts)
    sheet.put(row + 1, 7, "実績値", to_col=9, **opts)
    for col, text in enumerate(("指標値", "単位", "年月", "R4年度", "R5年度", "R6年度"), start=4):
        sheet.put(row + 2, col, text, **opts)
    if rules == "hrules":
        sheet.header_rules(row, row + 2)
    return row + 3


def build_kushiro_rows(name: str, font: str, breaks: frozenset[int]) -> P.Book:
    """Seed 000, one spreadsheet row per KPI; name and 概要 merged down the band; a narrow
    指標 column so names wrap over 2-3 lines beside one-line values; vertical borders."""
    book = Book(name, font)
    widths = (13, 20, 24, 8, 8, 6, 8, 8, 8)
    sheet = BandSheet(book, SEED_000, "KPI", widths, 8, True, breaks)
    sheet.setup(landscape=False, footer=True)
    sheet.put(1, 1, P.KUSHIRO_TITLE, to_col=9, bold=True, size=13, h="center", rules="none")
    sheet.height(2, 10)
    row = 3
    for number, table in enumerate(P.KUSHIRO_TABLES):
        if number:
            sheet.height(row, 14)
            row += 1
        heading = row
        sheet.put(row, 1, table.heading, to_col=9, size=10, rules="none")
        sheet.one_line.append(table.heading)
        row = kushiro_header(sheet, row + 1, table, "grid")
        for index, program in enumerate(table.programs):
            end = row + len(program.rows) - 1
            sheet.keep(heading if index == 0 else row, end)
            sheet.put(row, 1, program.name, to_row=end)
            sheet.put(row, 2, program.summary, to_row=end, size=7)
            first = row
            for line, indicator, value, unit, when, *actuals in program.rows:
                sheet.put(row, 3, indicator, line=line)
                sheet.put(row, 4, value, h="right")
                sheet.put(row, 5, unit, h="center")
                sheet.put(row, 6, when, h="center")
                for col, actual in enumerate(actuals, start=7):
                    sheet.put(row, col, actual, h="right")
                row += 1
            sheet.band(first, row - 1)
    return book


def build_kushiro_alt_enter(name: str, font: str, breaks: frozenset[int]) -> P.Book:
    """Seed 000, each band ONE merged cell per column, the KPIs' lines typed with Alt+Enter;
    rules only between programs, no vertical borders; landscape."""
    book = Book(name, font)
    widths = (18, 28, 78, 10, 10, 6, 10, 10, 10)
    sheet = BandSheet(book, SEED_000, "KPI", widths, 8, False, breaks)
    sheet.setup(landscape=True, footer=True)
    sheet.put(1, 1, P.KUSHIRO_TITLE, to_col=9, bold=True, size=13, h="center", rules="none")
    sheet.height(2, 10)
    row = 3
    for number, table in enumerate(P.KUSHIRO_TABLES):
        if number:
            sheet.height(row, 14)
            row += 1
        heading = row
        sheet.put(row, 1, table.heading, to_col=9, size=10, rules="none")
        sheet.one_line.append(table.heading)
        row = kushiro_header(sheet, row + 1, table, "hrules")
        for index, program in enumerate(table.programs):
            count = len(program.rows)
            end = row + count - 1
            sheet.keep(heading if index == 0 else row, end)
            sheet.put(row, 1, program.name, to_row=end, v="top")
            sheet.put(row, 2, program.summary, to_row=end, size=7, v="top")
            columns = [[kpi[c] for kpi in program.rows] for c in range(1, 8)]
            texts = alt_enter(columns)
            for col, (text, pieces) in enumerate(zip(texts, columns, strict=True), start=3):
                if not sheet.fits(col, text, 8):
                    raise BuildError(f"{name}: a line does not fit its column: {text!r}")
                h = "left" if col == 3 else "center" if col in (5, 6) else "right"
                sheet.put(row, col, text, to_row=end, h=h, v="top", pieces=pieces)
            for line, *cells in program.rows:
                book.rows_by_line[line] = (sheet.index, row)
                sheet.aligned.append([cell.split("\n")[0] for cell in cells])
            sheet.band(row, end)
            row = end + 1
    return book


def build_kamiichi_split(name: str, font: str, breaks: frozenset[int]) -> P.Book:
    """Seed 004, landscape: one band per 重点施策 (its KPI rows, the 具体的な事業 beside
    them); the header rows repeated on each page (print titles); no vertical borders; the
    page ends inside a band. KPI names wrap in a narrow column; the KPI value cells are blank."""
    book = Book(name, font)
    widths = (7, 8, 7, 7, 16, 11, 6, 6, 16, 16, 16, 16)
    sheet = BandSheet(book, SEED_004, "数値目標及びKPI", widths, 8, False, breaks)
    sheet.setup(landscape=True, title_rows=(3, 4), footer=True)
    sheet.put(1, 1, P.KAMIICHI_TITLE, to_col=11, bold=True, size=12, rules="none")
    sheet.put(1, 12, P.KAMIICHI_LABEL, h="center", size=11, rules="grid")
    sheet.height(2, 8)
    opts: dict[str, object] = {"h": "center", "rules": "hrules"}
    sheet.put(3, 1, "基本目標", to_row=4, **opts)
    sheet.put(3, 2, "数値目標", to_col=4, **opts)
    sheet.put(4, 2, "指標", **opts)
    sheet.put(4, 3, "基準値\n(R元)", **opts)
    sheet.put(4, 4, "目標値\n(R7)", **opts)
    sheet.put(3, 5, "重点施策", to_row=4, **opts)
    sheet.put(3, 6, "重要業績評価指標 (KPI)", to_col=8, **opts)
    sheet.put(4, 6, "", **opts)
    sheet.put(4, 7, "基準値\n(R2)", **opts)
    sheet.put(4, 8, "目標値\n(R7)", **opts)
    sheet.put(3, 9, "具体的な事業", to_row=4, to_col=12, **opts)
    sheet.header_rules(3, 4)
    row = 5
    for goal in P.KAMIICHI_GOALS:
        first_line = goal.policies[0].rows[0][0]
        goal_end = row + sum(len(policy.rows) for policy in goal.policies) - 1
        sheet.put(row, 1, goal.name, to_row=goal_end, h="center")
        sheet.put(row, 2, goal.indicator, to_row=goal_end, h="center", line=first_line)
        sheet.put(row, 3, goal.base, to_row=goal_end, h="center")
        sheet.put(row, 4, goal.target, to_row=goal_end, h="center")
        sheet.band(row, goal_end, 1, 4)
        for policy in goal.policies:
            first = row
            sheet.put(row, 5, policy.name, to_row=row + len(policy.rows) - 1, v="top")
            for line, kpi, projects in policy.rows:
                sheet.put(row, 6, kpi, line=line)
                sheet.put(row, 7, "")
                sheet.put(row, 8, "")
                for offset, project in enumerate(projects):
                    if project is None:
                        continue
                    span = 1
                    while offset + span < 4 and projects[offset + span] is None:
                        span += 1
                    sheet.put(row, 9 + offset, project, to_col=8 + offset + span)
                row += 1
            sheet.band(first, row - 1, 5)
    # Page 1: the title, the header and the first 基本目標 kept together; after that the rows
    # run on and the page ends where it fills, inside whichever band is printing then.
    sheet.keep(1, 5 + sum(len(p.rows) for p in P.KAMIICHI_GOALS[0].policies) - 1)
    return book


def nemuro_title(sheet: BandSheet, row: int) -> int:
    """The seed's page title and a spacer; returns the next row."""
    sheet.put(
        row, 1, NEMURO_TITLE[1], to_col=sheet.last_col, bold=True, size=13, h="center", rules="none"
    )
    sheet.height(row + 1, 8)
    return row + 2


def nemuro_parts(
    sheet: BandSheet, row: int, parts: Sequence[NemuroPart], alt: bool, keep: bool
) -> int:
    """Lay out headings and bands from `row`; returns the next row.

    Columns: 1 program cell (or KPI), 2 事業量, 3 項目, 4 基準値, 5-8 R3-R6 (実績). Each band
    starts with its own header row, as in the seed: KPI | 項目 | 基準値 | R3 (実績) … for a
    KPI table, the program cell | 事業量 | 項目 | | R3 (実績) … for a program. `alt`: the
    band's rows are ONE merged cell per column (Alt+Enter lines); else one row per item.
    `keep`: keep every band on one page (else only a band's header with its first row).
    """
    last = sheet.last_col
    heading_from = 0
    periods = [p.replace(" ", "\n") for p in NEMURO_PERIODS]
    for part in parts:
        if isinstance(part, Heading):
            sheet.put(row, 1, part.text, to_col=last, size=9.5, rules="none")
            sheet.one_line.append(part.text)  # a section heading: one line, as in the seed
            heading_from = heading_from or row
            row += 1
            continue
        count = len(part.rows)
        end = row + count  # the band's header row, then one row per item
        if isinstance(part, KpiBand):
            sheet.put(row, 1, "KPI", to_row=end, to_col=2, h="center")
            sheet.put(row, 3, "項目", h="center")
            sheet.put(row, 4, "基準値", h="center")
            items = [(r[0], r[1], r[2:]) for r in part.rows]
        else:
            sheet.put(row, 1, part.text, to_row=end, size=PROGRAM_SIZE, v="top")
            sheet.put(row, 2, part.label, to_row=end, h="center")
            sheet.put(row, 3, part.item_header, h="center")
            sheet.put(row, 4, "")
            items = [(r[0], r[1], ("", *r[2:])) for r in part.rows]  # no 基準値 column
        for col, text in enumerate(periods, start=5):
            sheet.put(row, col, text, h="center")
        if alt:
            columns = [[item for _, item, _ in items]]
            columns += [[values[c] for _, _, values in items] for c in range(5)]
            texts = alt_enter(columns)
            for col, (text, pieces) in enumerate(zip(texts, columns, strict=True), start=3):
                if not sheet.fits(col, text, sheet.size):
                    raise BuildError(f"a line does not fit its column: {text!r}")
                h = "left" if col == 3 else "right"
                sheet.put(row + 1, col, text, to_row=end, h=h, v="top", pieces=pieces)
            for line, item, values in items:
                sheet.book.rows_by_line[line] = (sheet.index, row + 1)
                sheet.aligned.append([item, *values])
        else:
            for offset, (line, item, values) in enumerate(items, start=1):
                sheet.put(row + offset, 3, item, line=line)
                if " " in LABEL.sub("", item):
                    sheet.one_line.append(item)  # a wrap there could not be told from the space
                for col, value in enumerate(values, start=4):
                    sheet.put(row + offset, col, value, h="right")
        sheet.band(row, end)
        if keep:
            sheet.keep(heading_from or row, end)
        else:
            sheet.keep(heading_from or row, row + 1)
        heading_from = 0
        row = end + 1
    return row


def build_nemuro_rows(name: str, font: str, breaks: frozenset[int]) -> P.Book:
    """Seed 001 lines 326-363, portrait: a band per program (its header row and 1-4 事業量
    rows) and one for the KPI table; one row per item; no vertical borders; the page ends
    inside a band and the band goes on at the top of page 2 without a rule or header."""
    book = Book(name, font)
    widths = (16, 5, 26, 9.5, 9.5, 9.5, 9.5, 9.5)
    sheet = BandSheet(book, SEED_001, "実績一覧", widths, 8, False, breaks)
    sheet.setup(landscape=False, footer=True)
    row = nemuro_title(sheet, 1)
    sheet.keep(1, row)
    nemuro_parts(sheet, row, NEMURO_GOAL2_PART1, alt=False, keep=False)
    return book


def build_nemuro_alt_enter(name: str, font: str, breaks: frozenset[int]) -> P.Book:
    """Seed 001 lines 58-81 and 365-406, landscape: a band per program whose items are ONE
    merged cell per column (Alt+Enter lines, a blank line where a KPI has no value); vertical
    borders; the 基本目標-2 part starts a new page under the seed's repeated title."""
    book = Book(name, font)
    widths = (34, 5, 38, 10, 10, 10, 9, 9)
    sheet = BandSheet(book, SEED_001, "実績一覧", widths, 8, True, breaks)
    sheet.setup(landscape=True, footer=True)
    row = nemuro_title(sheet, 1)
    sheet.keep(1, row)
    row = nemuro_parts(sheet, row, NEMURO_GOAL1_PART2, alt=True, keep=True)
    sheet.new_page(row)
    start = row
    row = nemuro_title(sheet, row)
    sheet.keep(start, row)
    nemuro_parts(sheet, row, NEMURO_GOAL2_PART2, alt=True, keep=True)
    return book


# --------------------------------------------------------------------------------------
# Layout to a fixed point, conversion, checks, expected records
# --------------------------------------------------------------------------------------


def layout(build: Callable[[str, str, frozenset[int]], P.Book], name: str, font: str) -> P.Book:
    """Lay the workbook out until its page breaks are stable.

    A cell merged down a band is cut at a page end (see `BandSheet`), which changes the row
    heights it needs, which can move the page end: lay out, read the breaks, lay out again
    with them, until they no longer move. The returned book is laid out but not yet finished.
    """
    breaks: frozenset[int] = frozenset()
    for _ in range(6):
        probe = build(name, font, breaks)
        for sheet in probe.sheets:
            sheet.finish()
        found = frozenset(b.id for sheet in probe.sheets for b in sheet.ws.row_breaks.brk)
        if found == breaks:
            return build(name, font, breaks)
        breaks = found
    raise BuildError(f"{name}: page breaks do not settle")


def check_lines(book: P.Book, pdf: Path) -> None:
    """What must not wrap prints on one line of `pdftotext -layout`: names holding a space,
    and each KPI of an Alt+Enter band with its cells side by side (name, values, unit, …
    on one line, in column order), so the lines of the band's cells really pair up."""
    lines = [P.squash(line) for text in P.page_texts(pdf, "-layout") for line in text.split("\n")]
    for sheet in book.sheets:
        for text in sheet.one_line:
            if not any(P.squash(text) in line for line in lines):
                raise BuildError(f"{pdf.name}: {text!r} does not print on one line")
        for cells in sheet.aligned:
            key = P.squash("".join(cells))
            if not any(key in line for line in lines):
                raise BuildError(f"{pdf.name}: {cells!r} do not print side by side")


@dataclass(frozen=True)
class Target:
    """One PDF of the corpus."""

    name: str
    seed: str
    font: str
    build: Callable[[str, str, frozenset[int]], P.Book]
    keep: Callable[[int], bool]


def kamiichi_bands() -> tuple[tuple[int, ...], ...]:
    """The seed lines of each 重点施策 band of seed 004."""
    return tuple(
        tuple(line for line, *_ in policy.rows)
        for goal in P.KAMIICHI_GOALS
        for policy in goal.policies
    )


def nemuro_part1_bands() -> tuple[tuple[int, ...], ...]:
    """The seed lines of each band of seed 001 lines 326-363."""
    return tuple(
        tuple(r[0] for r in part.rows)
        for part in NEMURO_GOAL2_PART1
        if not isinstance(part, Heading)
    )


TARGETS = (
    Target("kushiro_bands_rows", SEED_000, NOTO, build_kushiro_rows, lambda line: True),
    Target("kushiro_bands_alt_enter", SEED_000, IPA, build_kushiro_alt_enter, lambda line: True),
    Target("kamiichi_bands_split", SEED_004, IPAP, build_kamiichi_split, lambda line: True),
    Target("nemuro_bands_rows", SEED_001, NOTO, build_nemuro_rows, lambda line: 326 <= line <= 363),
    Target(
        "nemuro_bands_alt_enter",
        SEED_001,
        IPAP,
        build_nemuro_alt_enter,
        lambda line: 58 <= line <= 81 or 365 <= line <= 406,
    ),
)

BANDS_OF = {"kamiichi_bands_split": kamiichi_bands, "nemuro_bands_rows": nemuro_part1_bands}


def split_band(pdf: Path, target: Target, records: list[dict]) -> str:
    """The band a page end falls inside (its first and last KPI rows on different pages)."""
    lines = [record for record in P.fixture_records(target.seed) if target.keep(record["line"])]
    page_of: dict[int, int] = {}
    for fixture, placed in zip(lines, records, strict=True):
        page_of.setdefault(fixture["line"], placed["page"])
    for band in BANDS_OF[target.name]():
        if len(band) > 1 and page_of[band[0]] != page_of[band[-1]]:
            return f"{band[0]}-{band[-1]}"
    raise BuildError(f"{pdf.name}: no band runs over a page end")


def main(argv: Sequence[str]) -> int:
    """Build the named PDFs (all when none are named)."""
    wanted = set(argv)
    EXPECTED.mkdir(exist_ok=True)
    total = 0
    with tempfile.TemporaryDirectory(prefix="jpkpi-bands-lo-") as tmp:
        profile = Path(tmp) / "profile"
        for target in TARGETS:
            if wanted and target.name not in wanted:
                continue
            book = layout(target.build, f"{target.name}.pdf", target.font)
            xlsx = HERE / f"{target.name}.xlsx"
            book.save(xlsx)
            pdf = P.convert(xlsx, profile)
            pages = len(P.page_texts(pdf, "-raw"))
            planned = sum(sheet.pages for sheet in book.sheets)
            if pages != planned:
                raise BuildError(f"{pdf.name}: {pages} pages, laid out for {planned}")
            if not 1 <= pages <= 3:
                raise BuildError(f"{pdf.name}: {pages} pages; keep it to 1-3")
            check_lines(book, pdf)
            records = P.expected_records(book, pdf, target.seed, target.keep)
            split = ""
            if target.name in BANDS_OF:
                split = split_band(pdf, target, records)
            write_jsonl(EXPECTED / f"{pdf.name}.jsonl", records)
            total += len(records)
            size = pdf.stat().st_size // 1024
            note = f"; page end inside the band of seed lines {split}" if split else ""
            print(f"{pdf.name}: {pages} pages, {size} KB, {len(records)} records{note}")
    print(f"{total} records")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
