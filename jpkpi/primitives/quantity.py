"""Quantities in table cells: ``１，６６５人``, ``2,031万粒``, ``△ 20,007``, ``未計測``.

A quantity is an exact :class:`~decimal.Decimal` with scale words applied, a normalized unit, and
flags for what the cell said about the number (cumulative, approximate, missing…).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field, replace
from decimal import Decimal, localcontext
from typing import Any

import regex

from jpkpi.errors import ParseError
from jpkpi.primitives.numerals import EXACT, LARGE_SCALES, SMALL_SCALES, scan_number
from jpkpi.primitives.period import parse_period, reads_as_period, without_periods
from jpkpi.primitives.text import RANGE_MARKS, fold_width, normalize_text

#: Cells that stand for "no value", with the flag each one sets.
MISSING_MARKERS: dict[str, str] = {
    "※": "missing",  # a note mark written where a value was expected
    "未計測": "not_measured",
    # a survey not yet taken or tallied when the sheet was made: not measured (yet)
    "未調査": "not_measured",
    "調査中": "not_measured",
    "集計中": "not_measured",
    "未集計": "not_measured",
    "測定不能": "not_measured",  # not measurable yet (西川's half year: tallied at the year's end)
    # a figure that could not be worked out that year (矢祭's 1日平均 in a year of closures)
    "測定不可": "not_measured",
    "算出不可": "not_measured",
    "算出不能": "not_measured",
    "算定不能": "not_measured",
    "算定不可": "not_measured",
    "集計不能": "not_measured",
    # a statistic not yet published when the sheet was made (大垣: 経済センサス 未発表)
    "未発表": "not_measured",
    "未公表": "not_measured",
    "未把握": "not_measured",  # not yet grasped when the sheet was made (魚津: 工業統計 未公表)
    "未設定": "not_set",
    "検討中": "not_set",  # a target still being decided when the sheet was made (広島)
    "なし": "none",
    "無し": "none",
}
#: A cell saying when the figure will be fixed, published or tallied (``R7.8確定予定``,
#: ``令和7年8月公表予定``).
_DUE = regex.compile(
    r"(?P<when>.+?)(?:頃|ごろ)?(?:に)?(?:確定|公表|発表|集計|判明|把握)(?:予定|見込み?)"
)
#: How such a cell ends (a cheap test before the pattern, on the path every prose cell takes).
_DUE_ENDINGS = ("予定", "見込", "見込み")
#: A month alone, or the year in hand, as such a date (``8月``, ``12月末``, ``年度中``).
_DUE_MONTH = regex.compile(r"[0-9]{1,2}月(?:末|上旬|中旬|下旬)?|(?:年度|今年度)中|年度末")
#: Cells that say what was counted did not take place that year (a triennial festival's
#: ``（非開催）``, an event ``中止``, a programme ``未実施``; 浜松: a festival ``無観客開催``, held
#: with no visitors to count): no value, and no flag of the spec's.
NOT_HELD_MARKERS = frozenset(
    {"中止", "非開催", "未開催", "開催なし", "延期", "休止", "未実施", "実施なし", "休館", "休園"}
    | {"無観客", "無観客開催"}
)
#: Such a marker after the word of holding what did not take place (御宿: ``開設中止``; 奥州:
#: ``調査未実施``); a marker after a thing's name (``大会中止``, a remark more often than a value,
#: review 39) is not read so.
_NOT_HELD_AFTER = regex.compile(
    r"(?:開設|開催|実施|調査|営業|運行)(?:"
    + "|".join(sorted((regex.escape(w) for w in NOT_HELD_MARKERS), key=len, reverse=True))
    + ")"
)
#: Units of a rate or a ratio (a level, never a sum: no heading of how a sum is counted, 年間
#: or 延べ, qualifies it, and no statement over years totals it).
RATE_UNITS = frozenset({"%", "ポイント", "pt", "倍", "割"})
#: Dash-like characters that alone mean "no value here" (``-``, ``—``, ``－``, ``―``…).
DASHES = "-‐‑‒–—―−－ー"
#: Characters that make the number after them negative (Japanese accounting marks and minus signs).
MINUS_SIGNS = "△▲-‐‑‒–−－"
PLUS_SIGNS = "+＋"
#: Words before a number and the flag each sets.
PREFIX_QUALIFIERS: dict[str, str] = {
    "延べ": "cumulative",
    "延": "cumulative",
    "累計": "cumulative",
    "通算": "cumulative",  # 天栄: 通算12回, the count since the first
    "約": "approx",
    "概ね": "approx",
    "およそ": "approx",
    "年間": "annual",
    "毎年度": "annual",
    "毎年": "annual",  # 毎年3件以上: each year's level
    "各年度": "annual",  # 香春: 各年度 3 merged over the years' targets, each year's
    "各年": "annual",
    "年": "annual",  # 年１１１校: a yearly rate
    # 上峰: 見込 31 under 実績値, the year's figure forecast before it is counted
    "見込み": "estimate",
    "見込": "estimate",
    "(見込み)": "estimate",
    "(見込)": "estimate",
    "最低": "at_least",  # むつ: 最低10件, no fewer
    "最大": "at_most",
    "≧": "at_least",  # 南伊勢: ≧3, the comparison signs as printed before a target
    "≥": "at_least",
    "≦": "at_most",
    "≤": "at_most",
    "＞": "more_than",
    ">": "more_than",
    "＜": "less_than",
    "<": "less_than",
}
#: Arrows printed after a value to show its trend against the cell before (↗ up, ↘ down).
TREND_MARKS = frozenset("↗↘↑↓⤴⤵➚➘⇧⇩")
#: Words after a number (and its unit) and the flag each sets.
SUFFIX_QUALIFIERS: dict[str, str] = {
    "程度": "approx",
    "前後": "approx",
    "以上": "at_least",
    "以下": "at_most",
    "以内": "at_most",  # ▲100以内 bounds a fall: read as at_least below (_within_fall)
    "未満": "less_than",
    "超": "more_than",
    "突破": "more_than",  # 馬路: 11,000人突破, past the figure
    "見込み": "estimate",
    "見込": "estimate",
    "(延べ)": "cumulative",
    "(延)": "cumulative",
    "(累計)": "cumulative",
    "(延べ件数)": "cumulative",
    "(見込み)": "estimate",
    "(見込)": "estimate",
    "(推計)": "estimate",  # 西興部: 5,930（推計）, the year's figure estimated, not yet counted
    "(推計値)": "estimate",
    "(各年)": "annual",  # 内灘: +30（各年）, each year's level
    "(各年度)": "annual",
    "(毎年)": "annual",
    "(毎年度)": "annual",
    "(年間)": "annual",
    "より抑制": "less_than",  # 内灘: 15.1%より抑制, held below the figure
    "より抑制する": "less_than",
}
#: Words after a unit that round the figure (``13万人強``, ``1,200人余り``: a little over it;
#: ``2万人弱``: about it, a little under): only after a unit or scale word (``震度5強`` is a
#: grade, no bound).
ROUGH_SUFFIXES: dict[str, str] = {
    "強": "more_than",
    "余り": "more_than",
    "余": "more_than",
    "弱": "approx",
}
#: Words that say a figure is a first count (``速報 45``, ``84.9（速報値）``, ``（暫定値）``):
#: read past and kept in ``raw``, with no flag. The spec's flags have none for them, and a 速報値
#: is the year's actual as counted so far (F74-8; no hand-written expectation flags one).
#: (小野: （速報値）188.9, the bracketed word before the value as after it)
FIRST_COUNT_PREFIXES = ("速報値", "速報", "(速報)", "(速報値)", "(暫定値)", "(暫定)")
FIRST_COUNT_SUFFIXES = ("(速報値)", "(暫定値)")
#: The qualifiers in the order they are tried, each with the flag it sets (None: none).
_PREFIXES: tuple[tuple[str, str | None], ...] = (
    *PREFIX_QUALIFIERS.items(),
    *((w, None) for w in FIRST_COUNT_PREFIXES),
)
_SUFFIXES: tuple[tuple[str, str | None], ...] = (
    *SUFFIX_QUALIFIERS.items(),
    *((w, None) for w in FIRST_COUNT_SUFFIXES),
)
_PREFIX_WORDS = frozenset(w for w, _ in _PREFIXES)
_PREFIX_INITIALS = frozenset(w[0] for w in _PREFIX_WORDS)
_SUFFIX_FINALS = frozenset(w[-1] for w, _ in _SUFFIXES)
_WORDS = regex.compile(r"\S+")
_ANY_SPACE = regex.compile(r"\s")
#: Counters and units a number written in kanji may take (二千五百人, 百万円, 十五件).
COUNTERS = frozenset(
    [
        "人",
        "名",
        "件",
        "円",
        "回",
        "個",
        "台",
        "本",
        "枚",
        "校",
        "社",
        "戸",
        "世帯",
        "事業",
        "か所",
        "日",
        "年",
        "月",
        "週",
        "時間",
        "分",
        "組",
        "床",
        "品目",
        "団体",
        "%",
        "歳",
        "匹",
        "尾",
        "店",
        "舎",
        "通",
        "頭",
        "羽",
        "冊",
        "棟",
        "基",
        "km",
        "m",
        "t",
        "kg",
        "倍",
        "割",
        "点",
        "ポイント",
        "箇所",
        "施設",
        "地区",
        "団地",
        "事業者",
        "事業所",
        "業者",
    ]
)
#: Ways of writing "places" that fold to か所.
_KASHO = regex.compile(r"[ヵカケヶ箇個か]所")
_UNIT_CHAR = regex.compile(
    r"[\p{Han}\p{Hiragana}\p{Katakana}ー・々A-Za-z%‰°℃㎡㎥㎞㎏㎝㎜㍑/()\-・\u2100-\u214f\u3300-\u33ff]"
)
# Digits are allowed in a unit only right after a Latin letter or superscript context: m2, CO2.
_UNIT_DIGIT_OK = regex.compile(r"[A-Za-z][0-9²³]+$")
#: A rank's word before a slash (``4位/19市町村``): what follows is how many are ranked.
_RANK_BEFORE = regex.compile(r"(?:位|番|等)$")
#: A per-unit's count after its slash, a unit after it (``kg/10a``, ``件/1000人``).
_PER_COUNT = regex.compile(r"[/／][0-9]+(?=[A-Za-z\p{Han}\p{Hiragana}\p{Katakana}])")
#: What after a number makes it a period: 2024年度, 2023.3末 (a year and month's end, 八丈).
_PERIOD_UNITS = ("年度", "年度末", "年月", "末")
#: A Western year and its month before 月末 (``2023.3月末``): a period; ``3月末`` alone is a
#: heading's month (笠置's sub-columns), left to the reader.
_YEAR_DOT_MONTH = regex.compile(r"\s*(?:19|20)[0-9]{2}\.[0-9]{1,2}\s*$")
#: An age's bound with words after it, inside what follows a number (``20歳未満人口``): a group
#: of people (``5回以上実施`` bounds a count, and stays one).
_BOUND_INSIDE = regex.compile(r"(?<=歳)(?:以上|以下|未満)(?=[\p{Han}\p{Katakana}\p{Hiragana}])")
#: The words that make a number the base a measure is counted per (``1人当たり``).
PER_WORD = r"(?:当たり|あたり|当り)"
#: A per-unit word with words after it, inside what follows a number (``10a当たり収量``): the
#: name of a measure per that quantity (``1人当たり`` alone stays a unit).
_PER_INSIDE = regex.compile(rf"{PER_WORD}(?=[\p{{Han}}\p{{Katakana}}\p{{Hiragana}}])")
#: Four digits that name a year when 年 follows them (``2020年``), as no count of years does.
_WESTERN_YEAR = regex.compile(r"(?:1[89]|2[01])[0-9]{2}")
#: What follows such a year: 年, maybe 末, maybe a note in brackets (``2010年（国勢調査）``).
_YEAR_UNIT = regex.compile(
    r"\s*(?:年\s*(?:末|まで|時点|頃|現在)?|シーズン|年シーズン)\s*(?:[(（][^()（）]*[)）])?\s*"
)
#: The era's name of a Western year in brackets, then 年 or 年度 (``2022(R4)年度``,
#: ``2015（平成27）年``).
_GLOSSED_YEAR_UNIT = regex.compile(r"\s*[(（][^()（）]{1,8}[)）]\s*年度?\s*(?:末)?\s*")
_MAX_UNIT_LENGTH = 8
#: Particles no unit holds: a number before a phrase (１ ひとの流れ) numbers a heading, and one
#: before a verb (90日以内に短縮する) is a sentence's level.
_PARTICLE = regex.compile(r"[のをがはへに]")
_PAREN_TAIL = regex.compile(r"\(([^()]*)\)\s*$")


@dataclass(frozen=True, slots=True)
class Part:
    """One labelled value inside a cell that holds several (``男79.3歳``)."""

    label: str
    value: Decimal
    unit: str | None

    def to_dict(self) -> dict[str, Any]:
        """JSON form: ``{"label", "value", "unit"}`` with the value as a JSON number."""
        return {"label": self.label, "value": decimal_to_json(self.value), "unit": self.unit}


@dataclass(frozen=True, slots=True)
class Quantity:
    """A parsed cell: exact value (None when the cell holds no number), unit, flags, parts, raw."""

    value: Decimal | None
    unit: str | None
    flags: frozenset[str] = field(default_factory=frozenset)
    parts: tuple[Part, ...] = ()
    raw: str = ""
    #: The factor a scale word in the cell applied (``2,031万粒`` → 10000); 1 when none did.
    scale: int = field(default=1, repr=False, compare=False)
    #: A note printed after the value in parentheses that holds another number
    #: (``９人（延べ２４３日）`` → ``延べ243日``): not a value, but never dropped in silence.
    note: str | None = field(default=None, compare=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        """JSON form of an observation's value fields (``value``, ``unit``, ``raw``, ``flags``)."""
        out: dict[str, Any] = {
            "value": decimal_to_json(self.value),
            "unit": self.unit,
            "raw": self.raw,
            "flags": sorted(self.flags),
        }
        if self.parts:
            out["parts"] = [p.to_dict() for p in self.parts]
        return out


#: Whole numbers below this (in absolute value) are JSON ints: what a 64-bit integer holds.
JSON_INT_LIMIT = 2**63
#: decimal_text writes numbers up to this many digits from the point without an exponent.
_PLAIN_DIGITS = 1000


def decimal_to_json(value: Decimal | None) -> int | float | Decimal | None:
    """A Decimal as a JSON number that keeps every digit: an int for a whole number below
    JSON_INT_LIMIT, a float when the float's shortest form has the same digits (``79.3``), else
    the Decimal itself, which the record writers print digit for digit (``jpkpi.records.output``).
    """
    if value is None:
        return None
    if value == value.to_integral_value():
        return int(value) if abs(value) < JSON_INT_LIMIT else value
    number = float(value)
    return number if Decimal(repr(number)) == value else value


def decimal_text(value: Decimal) -> str:
    """A Decimal as the text of a JSON number with all its digits and no exponent where that
    stays short (``1E+30`` → ``1000000000000000000000000000000``; ``1.50`` → ``1.5``)."""
    if not value.is_finite():
        raise ValueError(f"{value} is not a JSON number")
    if abs(value.adjusted()) > _PLAIN_DIGITS:
        return str(value).replace("E", "e")
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


@functools.lru_cache(maxsize=4096)
def normalize_unit(unit: str) -> str:
    """Normalize a unit as printed: widths, spaces, か所 variants (``ヵ所`` → ``か所``), and a
    note's mark after it (奈半利: ``百万円※``, ``千件※1``), no part of the unit."""
    norm = normalize_text(unit)
    unit = _BRACKETED_NOTE.sub("", FOOTNOTE_MARK.sub("", norm)) or norm
    return _KASHO.sub("か所", unit)


#: A note's mark in brackets closing a unit cell (``人(※2)``, ``円（注1）``).
_BRACKETED_NOTE = regex.compile(r"\s*\((?:※|注)\s*[0-9]{0,2}\)$")


#: Words that make a value cumulative, as the prefix qualifiers list them (延べ, 延, 累計).
CUMULATIVE_PREFIXES = tuple(
    sorted((w for w, f in PREFIX_QUALIFIERS.items() if f == "cumulative"), key=len, reverse=True)
)


#: A unit's bracket that names the unit of a second figure the cells print in brackets (大間's
#: ``本（t）`` over ``1,688（281.9）``): no part of the unit.
_BRACKET_UNIT = regex.compile(r"t|kg|㎏|トン")
#: A unit's bracket that gives the size of one of it (甲良's ``俵（60kg）``): no part of the unit.
_MEASURE = regex.compile(r"[0-9][0-9,.]*\s*(?:kg|g|t|L|l|ml|mL|m|cm|㎏|㎡|m2|坪|升|石|斗|合)")
#: A unit's bracket that says what the count is converted to (都農's ``千本（750ml換算）``): no
#: part of the unit.
_CONVERTED = regex.compile(r"[^()]{1,10}換算")
#: A unit's bracket that says whether tax is in the amount (``千円（税込）``): no part of the unit.
_TAX_NOTES = frozenset({"(税込)", "(税込み)", "(税抜)", "(税抜き)", "(税別)"})


def unit_qualifier(unit: str) -> tuple[str, frozenset[str]]:
    """A unit cell's unit and the flags a qualifier printed with it sets on the row's values
    (``人（延べ）`` → ``人``, cumulative; ``延べ人`` likewise); a unit without one as it is."""
    norm = normalize_unit(unit).strip()
    bracket = norm.find("(")
    if bracket > 0 and norm.endswith(")"):
        flag = SUFFIX_QUALIFIERS.get(norm[bracket:].replace(" ", ""))
        if flag is not None:
            return norm[:bracket].strip(), frozenset({flag})
        if norm[bracket:].replace(" ", "") in _TAX_NOTES:
            return norm[:bracket].strip(), frozenset()  # 千円（税込）: yen, tax said
        head = norm[:bracket].strip()
        if _BRACKET_UNIT.fullmatch(norm[bracket + 1 : -1].strip()) and head in COUNTERS:
            return head, frozenset()  # 本（t）: bluefin counted, their weight in t in brackets
        if _MEASURE.fullmatch(norm[bracket + 1 : -1].strip()):
            return norm[:bracket].strip(), frozenset()  # 俵（60kg）: bales, each bale's weight said
        if _CONVERTED.fullmatch(norm[bracket + 1 : -1].strip()):
            return norm[
                :bracket
            ].strip(), frozenset()  # 千本（750ml換算）: bottles, by what counted
    for word in CUMULATIVE_PREFIXES:
        rest = norm.removeprefix(word).strip()
        if rest != norm and rest and split_scale(rest)[1] in COUNTERS:
            return rest, frozenset({PREFIX_QUALIFIERS[word]})
    return unit, frozenset()


def counter_of(unit: str) -> str:
    """What a unit counts, whatever its scale and width (``千人`` → ``人``, ``百万円`` → ``円``)."""
    return split_scale(normalize_unit(unit))[1]


def split_scale(unit: str) -> tuple[int, str]:
    """Split a leading scale word off a unit: ``千円`` → (1000, ``円``), ``百万円`` → (10**6, …);
    a power of ten written in digits is one too (下諏訪's 単位 column: ``1,000人泊``,
    ``100万円``)."""
    factor = 1
    digits = _DIGIT_SCALE.fullmatch(unit)
    if digits is not None:
        factor = int(digits.group("n").replace(",", ""))
        unit = digits.group("unit")
    i = 0
    while i < len(unit) - 1 and (unit[i] in SMALL_SCALES or unit[i] in LARGE_SCALES):
        factor *= SMALL_SCALES.get(unit[i]) or LARGE_SCALES[unit[i]]
        i += 1
    return factor, unit[i:]


def _fail(caller: str, raw: str, reason: str, position: int | None) -> ParseError:
    where = f" at position {position}" if position is not None else ""
    return ParseError(f"{caller}: {raw!r} {reason}{where}", text=raw, position=position)


def _default_unit_scale(default_unit: str | None) -> tuple[int, str | None]:
    if not default_unit:
        return 1, None
    unit = normalize_unit(default_unit).strip()
    wrapped = regex.fullmatch(r"[(\[]\s*([^()\[\]]*?)\s*[)\]]", unit)
    if wrapped:  # a unit column's (千円): the brackets wrap it; 区画(か所) keeps its own
        unit = wrapped.group(1)
    if unit.startswith("単位:"):
        unit = unit[3:].strip()
    factor, unit = split_scale(unit)
    return factor, (unit or None)


#: A word of the way a target should move printed before its level, then a space or a line
#: break (``アップ 450``, ``ダウン 95.0``): the group ``down`` set when it is a fall.
WAY_LEAD = regex.compile(r"(?:アップ|(?P<down>ダウン))\s+(?=[0-9△▲\-])")
#: ``1組当たり``, ``1人あたり`` before an amount: per one of what it counts.
_PER_ONE = regex.compile(r"1\s*(?P<per>[^\d\s/()]{1,3}?)\s*(?:当たり|あたり|当り)\s*")
#: A unit after a power of ten written in digits (``1,000人泊``, ``100万円``; not ``10a``, ten
#: ares).
_DIGIT_SCALE = regex.compile(
    r"(?P<n>100|1,?000|10,?000|100,?000|1,?000,?000)\s*(?P<unit>[^\d\s,.].*)"
)


def dash_only(bare: str) -> bool:
    """Whether a text (spaces taken out) is a dash alone, of at most three (``―``, ``－－``):
    no value, and no word."""
    return bool(bare) and len(bare) <= 3 and all(c in DASHES for c in bare)


def _missing(raw: str, body: str, unit: str | None) -> Quantity | None:
    """A cell that says there is no value: blank, a dash, 未計測, なし…"""
    bare = body.replace(" ", "")
    if not bare:
        return Quantity(None, unit, frozenset({"missing"}), (), raw)
    if bare in MISSING_MARKERS:
        return Quantity(None, unit, frozenset({MISSING_MARKERS[bare]}), (), raw)
    due = _DUE.fullmatch(bare)
    when = due.group("when") if due is not None else ""
    if due is not None and (reads_as_period(when) or _DUE_MONTH.fullmatch(when)):
        # R7.8確定予定 (本巣): the figure is fixed, published or tallied later: not measured yet
        return Quantity(None, unit, frozenset({"not_measured"}), (), raw)
    if dash_only(bare):
        return Quantity(None, unit, frozenset({"missing"}), (), raw)
    if NOTE_REFERENCE.fullmatch(bare):
        # ※1参照 (小値賀): the value is given in a numbered note; the cell holds none
        return Quantity(None, unit, frozenset({"missing"}), (), raw)
    explained = _DASH_WHY.fullmatch(bare)
    if explained is not None and not _DIGIT.search(without_periods(explained.group("why"))):
        # ―（開業前）: no value, and why in brackets (the station had not opened); a why that is
        # a marker of its own says what it says (―（未計測）: not measured); a dash printed
        # where the value was expected is missing, whatever the why (―（中止）, ―（未実施）: the
        # spec's dash; 中止 alone, no dash, is no flag of the spec's)
        why = explained.group("why")
        return Quantity(None, unit, frozenset({MISSING_MARKERS.get(why, "missing")}), (), raw)
    noted = _MARKER_NOTE.fullmatch(bare)
    if (
        noted is not None
        and len(noted.group("marker")) > 1
        and noted.group("marker") in MISSING_MARKERS
    ):
        # 集計中（H32目標200人）: no value yet, and a note beside the marker, kept as a value's is
        marker = noted.group("marker")
        flags = frozenset({MISSING_MARKERS[marker]})
        return Quantity(None, unit, flags, (), marker, note=noted.group("note"))
    return None


#: A cell that only points to a numbered note for its value (``※1参照``, ``注2参照``, ``※3``).
NOTE_REFERENCE = regex.compile(r"(?P<mark>(?:※|注)[0-9]{1,2})(?:を?参照)?")
#: A dash with the reason for no value in brackets after it (``―（開業前）``, ``－(未実施)``,
#: ``―（H29年度へ繰越）``: digits only in the periods it names, never a figure).
_DASH_WHY = regex.compile(rf"[{regex.escape(DASHES)}]{{1,3}}\((?P<why>[^()]{{1,16}})\)")
_DIGIT = regex.compile(r"[0-9]")
#: A missing-value marker with a note in brackets after it (``集計中（H32目標200人）``).
_MARKER_NOTE = regex.compile(r"(?P<marker>[^()]+?)\((?P<note>[^()]*[0-9][^()]*)\)")


#: A date a first count is due on, after its word (``速報値12月公表``, ``速報 12月``): no figure.
_DUE_DATE = regex.compile(r"\s*(?:[0-9]{1,2}\s*月|[0-9]{1,2}\s*日|[^0-9]*(?:公表|予定))")


def _take_prefixes(s: str, i: int, flags: set[str]) -> int:
    """Skip qualifier words before the number (延べ, 約, 年間), recording their flags."""
    progressed = i < len(s) and s[i] in _PREFIX_INITIALS
    while progressed:
        progressed = False
        for word, said in _PREFIXES:
            if s.startswith(word, i):
                if said is None and _DUE_DATE.match(s, i + len(word)):
                    return i  # (速報値12月公表: when the first count is due, no count)
                if said is not None:
                    flags.add(said)
                i += len(word)
                while i < len(s) and s[i] == " ":
                    i += 1
                progressed = True
                break
    return i


#: A rank shared with another (``5位タイ``): the rank, no flag of the spec's.
_TIED_RANK = "位タイ"


def _take_suffixes(s: str, end: int, flags: set[str]) -> int:
    """Strip qualifier words after the number and unit (以上, 程度, (延べ)), recording flags,
    a tie after a rank (``5位タイ``), and a trend mark (``3,975人 ↗``: how the value moved
    against the one before; it stays in ``raw`` and sets no flag)."""
    while end > 0 and (s[end - 1] in TREND_MARKS or (s[end - 1] == " " and end < len(s))):
        end -= 1
    end = len(s[:end].rstrip())
    if s[:end].endswith(_TIED_RANK):
        end -= len(_TIED_RANK) - 1  # 5位タイ (三川): the rank 5, shared; it stays in raw
    for word, flag in ROUGH_SUFFIXES.items():
        body = s[:end].rstrip()
        before = body[: -len(word)].rstrip() if body.endswith(word) else ""
        if before and not before[-1].isdigit():  # (5 強: a grade, no bound)
            flags.add(flag)
            end = len(body) - len(word)
            break
    progressed = end > 0 and s[end - 1] in _SUFFIX_FINALS
    while progressed:
        progressed = False
        body = s[:end].rstrip()
        for word, said in _SUFFIXES:
            if body.endswith(word):
                if said is not None:
                    flags.add(said)
                end = len(body) - len(word)
                progressed = True
                break
    return len(s[:end].rstrip())


def _sign_at(s: str, i: int) -> tuple[int, int, bool]:
    """Read a sign before the number: returns (sign, next index, plus-minus seen)."""
    if i < len(s) and s[i] == "±":
        return 1, i + 1, True
    if i < len(s) and s[i] in MINUS_SIGNS:
        j = i + 1
        while j < len(s) and s[j] == " ":
            j += 1
        return -1, j, False
    if i < len(s) and s[i] in PLUS_SIGNS:
        return 1, i + 1, False
    return 1, i, False


#: 以内 closing a value (``▲100人以内``): a bound on the size of the number, not its sign.
_WITHIN_TAIL = regex.compile(r"以内\s*$")
#: A change word after a unit: the cell states how much to rise or fall (target statements).
_CHANGE_TAIL = regex.compile(r"(?:増|減|増加|減少|アップ|ダウン|向上|削減)$")
#: Words that hold a level (``…を維持``, ``2万人キープ``): a target statement's, never a unit's.
HOLD_WORDS = frozenset({"維持", "保つ", "堅持", "保持", "キープ"})
#: A word after a unit that holds the level (target statements: ``15万人維持``).
_HOLD_TAIL = regex.compile(rf"(?:{'|'.join(sorted(HOLD_WORDS))})$")


def _check_unit(caller: str, raw: str, unit: str, at: int) -> None:
    """Refuse a 'unit' that is really prose or a second number (``人減少を抑制し1,665人確保``)."""
    for k, ch in enumerate(unit):
        if ch.isdigit():
            if (
                _UNIT_DIGIT_OK.search(unit[: k + 1])
                or (k > 0 and unit[k - 1] in "/／")  # (1/2: refused below, as a fraction)
                or any(
                    m.start() < k < m.end() and not _RANK_BEFORE.search(unit[: m.start()])
                    for m in _PER_COUNT.finditer(unit)
                )
            ):
                continue  # m2, CO2; kg/10a, 件/1000人: a count a unit follows (not 4位/19)
            raise _fail(caller, raw, "has a second number after its unit", at + k)
        if ch != " " and not _UNIT_CHAR.match(ch):
            raise _fail(caller, raw, f"has {ch!r} where a unit was expected", at + k)
    if len(normalize_unit(unit).replace(" ", "")) > _MAX_UNIT_LENGTH:
        raise _fail(caller, raw, "has text too long to be a unit after its number", at)
    bound = _BOUND_INSIDE.search(unit)
    if bound is not None:
        # 20歳未満人口: an age's bound followed by a noun names a group of people, no quantity
        raise _fail(caller, raw, "names a group by an age's bound (a name)", at + bound.start())
    per = _PER_INSIDE.search(unit)
    if per is not None:
        # 10a当たり収量, 1人当たり医療費: what is measured per a quantity names an indicator
        raise _fail(caller, raw, "names a measure per a quantity (a name)", at + per.start())
    particle = _PARTICLE.search(_PAREN_TAIL.sub("", unit))
    if particle is not None:  # １ 雇用の場の創出: a numbered heading, not a count of 雇用
        raise _fail(caller, raw, "has a phrase after its number, not a unit", at + particle.start())
    if _CHANGE_TAIL.search(_PAREN_TAIL.sub("", unit).strip()):
        # 10%増, 5人減少, 1割増（対H30）: a change to reach, not a level
        raise _fail(caller, raw, "states a change (増, 減), not a value", at)
    held = _HOLD_TAIL.search(_PAREN_TAIL.sub("", unit).strip())
    if held is not None:
        # 15万人維持 (ひたちなか): a level to hold, a target statement, not a unit 人維持
        raise _fail(caller, raw, f"states a level to hold ({held.group()}), not a value", at)
    if (
        unit in _PERIOD_UNITS
        or unit.startswith("年度")
        or (unit == "月末" and _YEAR_DOT_MONTH.match(raw[:at]))
    ):
        raise _fail(caller, raw, "is a period, not a quantity (use parse_period)", at)
    inner = _PAREN_TAIL.search(unit)
    if inner is not None and any(ch.isdigit() for ch in inner.group(1)):
        try:
            parse_period(inner.group(1))
        except ParseError:
            return
        # 1,665人(R7): the value's period after its unit, not part of the unit
        raise _fail(caller, raw, "has a period after its unit", at + inner.start())


def _single(
    raw: str, s: str, start: int, stop: int, default: tuple[int, str | None], caller: str
) -> Quantity:
    """Parse ``s[start:stop]`` as one quantity: qualifiers, sign, number, scale, unit."""
    flags: set[str] = set()
    i = _take_prefixes(s, start, flags)
    sign, i, plus_minus = _sign_at(s, i)
    i = _take_prefixes(s, i, flags)
    if i >= stop:
        raise _fail(caller, raw, "has no number", i if i < len(raw) else None)
    scan = scan_number(s[:stop], i, source=raw, caller=caller)
    if scan is None:
        raise _fail(caller, raw, f"does not start with a number (found {s[i]!r})", i)
    value = scan.value
    end = _take_suffixes(s[:stop], stop, flags)
    unit_at = scan.end + len(s[scan.end : end]) - len(s[scan.end : end].lstrip())
    unit_text = s[unit_at:end]
    note: str | None = None
    # Some documents write the unit in parentheses right after the number: 3(件).
    if unit_text.startswith("(") and unit_text.endswith(")") and unit_text.count("(") == 1:
        unit_text, unit_at = unit_text[1:-1], unit_at + 1
        if _bracket_note(unit_text, default[1]):
            # 8（確）, 298（住基）, 22（R4見直し）, 8,120（推計人口） in a 人 column: a mark, the
            # figure's source or when it was revised, in brackets: no unit
            note, unit_text = unit_text.strip(), ""
        if any(ch.isdigit() for ch in unit_text):
            try:
                parse_period(unit_text)
            except ParseError:
                pass
            else:  # 1,665(R7): the value's period, not its unit
                raise _fail(caller, raw, "has a period after its number", unit_at)
    if plus_minus and value != 0:
        raise _fail(caller, raw, "has ± before a number other than zero", start)
    if unit_text:
        _check_unit(caller, raw, unit_text, unit_at)
        if _WESTERN_YEAR.fullmatch(s[i : scan.end]) and (
            _YEAR_UNIT.fullmatch(unit_text) or _GLOSSED_YEAR_UNIT.fullmatch(unit_text)
        ):
            # 2020年 over a column of values (海士): a year, not 2,020 years; 2016シーズン (阿智)
            # the season of that year
            raise _fail(caller, raw, "is a year, not a quantity (use parse_period)", i)
        kanji_only = not any(ch.isdigit() and ch.isascii() for ch in s[i : scan.end])
        if kanji_only and normalize_unit(unit_text) not in COUNTERS:
            # 千葉市, 一時保育, 三世代同居: a word that starts with a numeral, not a quantity
            raise _fail(caller, raw, "is a word that starts with a numeral, not a quantity", i)
        scaled = unit_text[0] in SMALL_SCALES or unit_text[0] in LARGE_SCALES
        after = split_scale(normalize_unit(unit_text))[1] if scaled else None
        if scaled and unit_at > scan.end and not scan.scaled and after in (*COUNTERS, "円"):
            # 178 万人 (伊豆): a space between the digits and their scale word, as typeset
            return _single(raw, s[: scan.end] + s[unit_at:], start, stop - (unit_at - scan.end),
                           default, caller)  # fmt: skip
        if scaled or unit_text[0] in "/eE":
            raise _fail(caller, raw, f"has {unit_text[0]!r} where a unit was expected", unit_at)
        factor, unit_core = split_scale(normalize_unit(unit_text))
        unit: str | None = unit_core
    else:
        factor, unit = default
    if factor != 1:
        with localcontext(EXACT):  # exact: a long number times a scale can pass 28 digits
            value *= factor
    if scan.scaled and value != 0:
        factor *= _number_scale(s[i : scan.end])
    if sign < 0:
        value = value.copy_negate()  # exact (unary minus would round to the context)
        if "at_most" in flags and _WITHIN_TAIL.search(s[:stop]):
            # ▲100人以内: a fall held within 100, so the value stays at or above -100
            flags = (flags - {"at_most"}) | {"at_least"}
    if value == 0:
        value = value.copy_abs()  # no negative zero in records
    return Quantity(value, unit, frozenset(flags), (), raw, factor, note=note)


#: Words in brackets after a number that mark the figure or name its source, no unit (池田:
#: ``8（確）``; 厚沢部: ``298（住基）``; ``0（均衡）``; 南アルプス: ``12（修正）``, a figure
#: corrected).
BRACKET_NOTES = frozenset(
    {
        "確", "確定", "確定値", "速", "速報", "暫定", "見", "実", "目", "基", "推計", "推計値",
        "概算", "概数", "住基", "住民基本台帳", "国調", "国勢調査", "均衡", "参考",
        "修正", "修正後", "修正値", "訂正", "訂正後", "訂正値", "更正",
    }
)  # fmt: skip
#: Letters of a word.
_WORD_CHARS = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]")


def _bracket_note(text: str, default_unit: str | None = None) -> bool:
    """Whether a bracket right after a number marks or sources it rather than giving its unit:
    one of ``BRACKET_NOTES`` or a not-held word, words with a period that is no period alone
    (``R4見直し``), or, beside a column's unit, a word that is no counter, no unit in Latin
    letters or signs and not that unit (``8,120（推計人口）`` under 人, ``40,501（税込）`` under
    千円); any other bracket is the unit (``3(件)``, ``120（人/日）``, ``30（事業所）`` with no
    column unit)."""
    bare = text.strip()
    if bare in BRACKET_NOTES or any(word in bare for word in NOT_HELD_MARKERS):
        return True  # (0（受入休止）: why it is zero)
    if any(ch.isdigit() for ch in bare) and _WORD_CHARS.search(bare) is not None:
        return not reads_as_period(bare)
    core = split_scale(normalize_unit(bare))[1]
    if not core or core in COUNTERS or not _WORD_CHARS.search(core) or "/" in core:
        return False
    return default_unit is not None and core != split_scale(normalize_unit(default_unit))[1]


def _number_scale(number: str) -> int:
    """The factor of scale words after Arabic digits (``2,031万`` → 10000; ``二千五百`` → 1)."""
    factor = 1
    for k in range(len(number) - 1, -1, -1):
        scale = SMALL_SCALES.get(number[k]) or LARGE_SCALES.get(number[k])
        if scale is None:
            return factor if number[k].isdigit() else 1
        factor *= scale
    return 1


#: Scale factors and the word that writes each, for putting a row's scale back on a bare cell.
SCALE_WORDS: dict[int, str] = {
    10: "十", 100: "百", 1000: "千", 10**4: "万", 10**6: "百万", 10**7: "千万", 10**8: "億",
    10**12: "兆",
}  # fmt: skip


#: The yen sign, as fonts and keyboards write it (a currency sign before the amount).
_YEN_SIGNS = frozenset("¥￥")
# What a quantity's text can start with: digits, signs, qualifiers, kanji numerals, markers.
_STARTS = frozenset(
    "0123456789" + MINUS_SIGNS + PLUS_SIGNS + "±" + DASHES
    + "".join(w[0] for w, _ in _PREFIXES) + "".join(w[0] for w in MISSING_MARKERS)
    + "〇零一二三四五六七八九壱弐参十百千万億兆"
)  # fmt: skip
# …or a short label before a number (男79.3歳 女84.3歳).
_LABEL_START = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}ー]{1,8}\s*[0-9△▲\-]")
# Where a second labelled value starts right after a unit: 男79.3歳|女84.3歳 (not 3億|5千万).
_GLUED_PART = regex.compile(r"(?<=[^\d\s.,])(?=\p{Han}{1,3}[0-9△▲])")
# …or right after the last digit of a value whose label is spaced from it (男性 80.5|女性 84.6):
# a label of words, no scale word (3億 5千万) nor a counter's kanji numeral.
_DIGIT_GLUED_PART = regex.compile(r"(?<=[0-9])(?=(?![万億千百兆十])\p{Han}{1,3}\s+[0-9△▲])")
# A comma or 、 between a unit and the label of the next value (商品数0商品，起業者0人; not 1,069).
_LISTED_PART = regex.compile(r"(?<=[^\d\s.,])\s*[,、]\s*(?=\p{Han}{1,8}\s*[0-9△▲])")
_PART = regex.compile(r"(?P<label>[\p{Han}\p{Hiragana}\p{Katakana}ー]{1,8})\s*(?=[0-9△▲\-])")
_LABEL_ONLY = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}ー]{1,8}")


def _parts(raw: str, s: str, default: tuple[int, str | None], caller: str) -> Quantity | None:
    """Cells with several labelled values: ``男79.3歳 女84.3歳`` → parts; None if not that shape."""
    pieces = [(p.start(), p.end()) for p in _WORDS.finditer(s)]
    # a label spaced from its value (リニューアル　3箇所) is one piece with it
    k = 0
    while k + 1 < len(pieces):
        start, end = pieces[k]
        if _LABEL_ONLY.fullmatch(s, start, end) and s[pieces[k + 1][0]] in "0123456789△▲":
            pieces[k : k + 2] = [(start, pieces[k + 1][1])]
        k += 1
    if len(pieces) < 2:
        return None
    parts: list[Part] = []
    for start, end in pieces:
        m = _PART.match(s, start, end)
        if not m or m.group("label") in _PREFIX_WORDS:
            return None
        q = _single(raw, s, m.end(), end, default, caller)
        if q.value is None:
            return None
        parts.append(Part(m.group("label"), q.value, q.unit))
    units = {p.unit for p in parts}
    unit = units.pop() if len(units) == 1 else None
    return Quantity(None, unit, frozenset(), tuple(parts), raw)


#: The kanji numeral zero, which alone in a cell is a mark (○ and ◯ are no numerals at all).
_MARKS_NOT_ZERO = frozenset({"〇"})
#: Zero written as a word, alone or before a counter (``ゼロ``, ``ゼロ件``; not ゼロカーボン).
_ZERO_WORD = regex.compile(r"ゼロ(?P<unit>%|[人件社台回戸校]|か所|箇所)?")
#: A draft's figure not yet written (西之表's 素案: ``〇〇``, ``〇〇人``, ``〇.〇〇%``): zeros
#: nobody prints as a number, with the unit the figure will have.
_PLACEHOLDER = regex.compile(r"(?:〇{2,}(?:\.〇+)?|〇\.〇+)(?P<unit>[^0-9〇]{0,6})")


def _placeholder(text: str, unit: str | None) -> Quantity | None:
    """A figure still to be set (``〇〇``, ``〇〇人``, ``〇〇％以上``): no value, flag ``not_set``,
    the unit and flags of what follows; None where what follows is no unit (``〇〇の推進``,
    ``〇〇教室参加者数``: a name still to be set)."""
    m = _PLACEHOLDER.fullmatch(text)
    if m is None:
        return None
    tail = m.group("unit").strip()
    if not tail:
        return Quantity(None, unit, frozenset({"not_set"}), (), text)
    try:
        after = parse_quantity("1" + tail)
    except ParseError:
        return None
    if after.unit is not None and not _placeholder_unit(after.unit):
        return None
    return Quantity(None, after.unit or unit, after.flags | {"not_set"}, (), text)


#: Words after 〇〇 that make a place's name still to be set (〇〇市, 〇〇地区), no unit.
_PLACE_WORDS = frozenset({"市", "町", "村", "区", "県", "都", "府", "道", "地区", "地域", "校区"})


def _placeholder_unit(unit: str) -> bool:
    """Whether the words after a placeholder figure are its unit: a counter, a unit written with
    a rate's slash, a symbol or letters (人/年, %, ㎡, ha), or a short word that names no place
    (位); a longer one (〇〇教室参加者数) is a name still to be set."""
    return (
        unit in COUNTERS
        or _UNIT_SIGNS.search(unit) is not None
        or (len(unit) <= 2 and unit not in _PLACE_WORDS)
    )


#: Characters only a unit prints after a number (a rate's slash, %, ㎡, Latin letters).
_UNIT_SIGNS = regex.compile(r"[/%‰㎡㎞A-Za-z]")


#: A range written with a wave dash (``99.9～100``): the lower bound is the value.
_RANGE = regex.compile(rf"\s*[{RANGE_MARKS}]\s*")
#: A unit on either side of a range: short, no kana of a sentence (not 歳の女性の人口).
_RANGE_UNIT = regex.compile(r"[^\p{Hiragana}]{1,4}")
#: Units that make a range a span of ages or time, not a value (0～14歳, 4～9月, 10～20代).
_NOT_RANGE_UNITS = frozenset("歳才代年月日時")
_YEAR_LIKE = regex.compile(r"(?:19|20)[0-9]{2}")
#: A value with a note in parentheses after it that holds a number (``９人（延べ２４３日）``).
_NOTE = regex.compile(r"(?P<main>.*?[^\s(])\s*\((?P<note>[^()]*[0-9][^()]*)\)")


def _range(
    raw: str, s: str, start: int, stop: int, default: tuple[int, str | None], caller: str
) -> Quantity | None:
    """``99.9～100``, ``10～20件``: the lower bound with flag ``range``; None if not a range."""
    m = _RANGE.search(s, start, stop)
    if m is None or m.start() == start:
        return None
    bare = (1, None)
    try:  # each end as printed, without the column's unit: which end prints unit and scale
        low0 = _single(raw, s, start, m.start(), bare, caller)
        high0 = _single(raw, s, m.end(), stop, bare, caller)
    except ParseError:
        return None
    if low0.value is None or high0.value is None:
        return None
    for q in (low0, high0):
        if q.unit and (not _RANGE_UNIT.fullmatch(q.unit) or q.unit[0] in _NOT_RANGE_UNITS):
            return None  # 0～14歳人口, 4～9月, 20～39歳の女性の人口: a name or a span of time
    if all(_YEAR_LIKE.fullmatch(s[a:b].strip()) for a, b in ((start, m.start()), (m.end(), stop))):
        return None  # 2021～2025: a span of years
    if low0.unit is None and low0.scale == 1 and (high0.unit or high0.scale != 1):
        # 10～20件, 1～2万人: the unit and its scale written once, after the upper bound
        with localcontext(EXACT):
            value = low0.value * high0.scale
        unit, scale = high0.unit or default[1], high0.scale
    elif low0.unit is None and low0.scale != 1 and high0.unit:
        value, unit, scale = low0.value, high0.unit, low0.scale  # 5千～2万人
    else:
        low = _single(raw, s, start, m.start(), default, caller)
        value, unit, scale = low.value, low.unit, low.scale  # type: ignore[assignment]
    flags = low0.flags | high0.flags | {"range"}
    return Quantity(value, unit, frozenset(flags), (), raw, scale)


def _noted(
    raw: str, s: str, start: int, stop: int, default: tuple[int, str | None], caller: str
) -> Quantity | None:
    """A value with a note after it in parentheses that is not its period: the value, and the
    note kept beside it (``年３人（５年間で１５人）`` → 3, note ``5年間で15人``)."""
    m = _NOTE.fullmatch(s, start, stop)
    if m is None:
        return None
    note = m.group("note").strip()
    try:
        parse_period(note)
    except ParseError:
        pass
    else:
        return None  # 2,713人(平成26年): the value's period, read by the table's reader
    try:
        q = _single(raw, s, start, m.end("main"), default, caller)
    except ParseError:
        return None
    return replace(q, note=note) if q.value is not None else None


_NUMERIC_START = regex.compile(r"^\s*[△▲\-－±]?\s*[0-9０-９]")


def starts_with_number(text: str) -> bool:
    """Whether a text begins as a number does (a sign, then a digit): the cheap test of a value
    cell before parsing it."""
    return bool(_NUMERIC_START.match(text))


#: A cell's whole text in one pair of brackets, around a number (width folded).
_BRACKETED = regex.compile(r"\((?P<pad>\s*)(?P<inner>[0-9△▲+\-][^()]*?)\s*\)")
#: A number with nothing after it (no unit, no word).
_BARE_NUMBER = regex.compile(r"[△▲+\-]?[0-9][0-9,.]*")


#: Counters that make a number an ordinal (the first year, the third time): no quantity.
_ORDINAL_UNIT = regex.compile(r"(?:年|回|番|日|期|度|人|週|か月|ヶ月|ヵ月|カ月|月|号)目$")


#: Counters that make a number a time from now or before (``1年後``, ``3か月前``): no quantity.
_RELATIVE_TIME = regex.compile(r"(?:年|か年|ヵ年|ヶ年|カ年|か月|ヶ月|ヵ月|カ月|日|週)(?:後|前)")


def _cardinal(q: Quantity, s: str, caller: str) -> Quantity:
    """``q``, unless its counter makes it an ordinal (``1年目``, ``3回目``: which one, not how
    many, as in a heading's ``（1年目）``); 品目 and 項目 count items and stay quantities."""
    if q.unit is not None and _ORDINAL_UNIT.search(q.unit):
        raise _fail(caller, s, f"is an ordinal ({q.unit}), not a quantity", 0)
    if q.unit is not None and _RELATIVE_TIME.fullmatch(q.unit):
        # （1年後） under R8目標 (小千谷): when the target is, not how many
        raise _fail(caller, s, f"is a time from now ({q.unit}), not a quantity", 0)
    if (
        q.unit is not None
        and _YEAR_LEVEL.fullmatch(q.unit)
        and q.value is not None
        and 1900 <= q.value <= 2100
    ):
        # 2019年水準 (白浜): back to that year's level, a year and no quantity
        raise _fail(caller, s, f"is a year's level ({q.unit}), not a quantity", 0)
    return q


#: Counters that make a number a year whose level is meant (``2019年水準``, ``H30年度並み``).
_YEAR_LEVEL = regex.compile(r"年度?(?:の)?(?:水準|並み?|レベル)")


#: A mark after a value saying the figure was corrected (``12,840※訂正``).
CORRECTED_MARK = r"※\s*(?:訂正|修正|更正|差替え?)"

#: A footnote's mark after a value (``64※1``, ``1,489※2``, ``12*``, ``1,234*1``; 稲城's
#: ``12,840※訂正``, a mark that says the figure was corrected): no part of the value (a star
#: between bare numbers, ``5*3`` or ``64＊1``, may be a product: no quantity).
FOOTNOTE_MARK = regex.compile(
    rf"\s*(?:※\s*[0-9]{{0,2}}|{CORRECTED_MARK}|[*＊])\s*$"
    # (*1 after a grouped number or a unit: 1,234*1, 1,000千円*2; 5*3 stays no quantity)
    r"|(?<=[0-9],[0-9]{3}|[^\s0-9.,])\s*[*＊]\s*[0-9]{1,2}\s*$"
)


def parse_quantity(s: str, default_unit: str | None = None) -> Quantity:
    """Parse a cell as a quantity; raise :class:`ParseError` when it is not one.

    ``default_unit`` is the unit of the column or indicator for cells that print a bare number;
    a scale word in it (``千円``) is applied to the value. Missing-value markers (``-``, ``—``,
    ``未計測``, ``なし``, blank) give ``value=None`` with a flag, not an error.
    """
    caller = "parse_quantity"
    if not isinstance(s, str):
        raise TypeError(f"parse_quantity expects str, got {type(s).__name__}")
    # Width folding is one character for one, so positions below are positions in ``s``.
    folded = _ANY_SPACE.sub(" ", fold_width(s))
    start = len(folded) - len(folded.lstrip())
    stop = len(folded.rstrip())
    labelled = False
    bracketed = _BRACKETED.fullmatch(folded, start, stop)
    if bracketed is not None and (
        bracketed.group("pad") or not _BARE_NUMBER.fullmatch(bracketed.group("inner"))
    ):
        # （　11回　）: a form's value written in the blank it prints for one, spaced inside its
        # brackets or with its unit; a bare number tight in brackets is a list number or a
        # note ((1), (184) under another figure), not a value
        inner = parse_quantity(s[bracketed.start("inner") : bracketed.end("inner")], default_unit)
        return replace(inner, raw=s)
    footnote = FOOTNOTE_MARK.search(folded, start, stop)
    if footnote is not None and footnote.start() > start:
        # 64※1, 1,489※2: a footnote's mark after the value, pointing to a note below the table
        inner = parse_quantity(s[start : footnote.start()], default_unit)
        return replace(inner, raw=s)
    if start < stop - 1 and folded[start] in _YEN_SIGNS:
        # ¥10,000,000: an amount of yen written with the sign before it, as a unit
        try:
            amount = parse_quantity(s[start + 1 : stop])
        except ParseError:
            raise _fail(caller, s, "has a yen sign before something not an amount", start) from None
        if amount.unit is not None or amount.value is None or amount.parts:
            raise _fail(
                caller, s, "has a yen sign before a number that is not a bare amount", start
            )
        return replace(amount, unit="円", raw=s)
    way = WAY_LEAD.match(folded, start, stop)
    if way is not None and way.end() < stop:
        # アップ / 450 in a target cell (御所): the way it should move printed above the level;
        # the level, raw as printed (build reads the way for the status)
        inner = parse_quantity(s[way.end() : stop], default_unit)
        return replace(inner, raw=s)
    per = _PER_ONE.match(folded, start, stop)
    if per is not None and per.end() < stop:
        # 1組当たり3万円以上 (真鶴): the amount per one of what it counts, 3万円/組
        inner = parse_quantity(s[per.end() : stop])
        if inner.unit is None or inner.value is None or inner.parts or "/" in inner.unit:
            raise _fail(caller, s, "has no amount with a unit after its 当たり", per.end())
        return replace(inner, unit=f"{inner.unit}/{per.group('per')}", raw=s)
    # (休園※1: the note's mark after the word, 諸塚)
    held = regex.sub(r"\s*※\s*[0-9]{0,2}$", "", folded[start:stop]).strip("()")
    if held in NOT_HELD_MARKERS or _NOT_HELD_AFTER.fullmatch(held):
        # 中止, (非開催): a note in brackets; 開設中止: what was not held, then the marker
        return Quantity(None, _default_unit_scale(default_unit)[1], frozenset(), (), s)
    zero = _ZERO_WORD.fullmatch(folded, start, stop)
    if zero is not None:
        # ゼロ as a target (いわき's 待機児童数 2人 → ゼロ): the number 0, in words
        return replace(parse_quantity("0" + (zero.group("unit") or ""), default_unit), raw=s)
    if start < stop and folded[start] not in _STARTS:
        # Prose fails here, before any other work: most cells of a document are not quantities
        # (but R7.8確定予定, a date the figure is due by, is a value not measured yet).
        labelled = bool(_LABEL_START.match(folded, start, stop))
        due = folded[start:stop].endswith(_DUE_ENDINGS) and bool(
            _DUE.fullmatch(folded, start, stop)
        )
        if not labelled and not due:
            raise _fail(caller, s, f"does not start with a number (found {s[start]!r})", start)
    if folded[start:stop] in _MARKS_NOT_ZERO:
        # 〇 alone in a cell is a mark (a column of 該当 ticks), not the kanji numeral zero
        raise _fail(caller, s, "is a mark, not a number", start)
    default = _default_unit_scale(default_unit)
    placeholder = _placeholder(folded[start:stop], default[1])
    if placeholder is not None:
        return replace(placeholder, raw=s)  # 〇〇人 in a draft: a figure still to be set
    missing = _missing(s, folded, default[1])
    if missing is not None:
        return missing
    if " " in folded[start:stop]:
        parts = _parts(s, folded[:stop], default, caller)
        if parts is None and labelled and _DIGIT_GLUED_PART.search(folded, start, stop):
            # 男性 80.5女性 84.6 (明石: a PDF cell's two lines joined, each label spaced from its
            # value, the second glued to the first value's last digit)
            try:
                parts = _parts(s, _DIGIT_GLUED_PART.sub(" ", folded[:stop]), default, caller)
            except ParseError:
                parts = None
            if parts is not None and len({len(part.label) for part in parts.parts}) > 1:
                parts = None  # (男性 80.5年女性 84.6年: the unit glued to the next label, no pair)
        if parts is not None:
            return parts
    elif labelled and _LISTED_PART.search(folded, start, stop):
        # Labelled values listed with a comma (神石高原: 商品数0商品，起業者0人)
        try:
            parts = _parts(s, _LISTED_PART.sub(" ", folded[:stop]), default, caller)
        except ParseError:
            parts = None
        if parts is not None:
            return parts
    if labelled and _GLUED_PART.search(folded, start, stop) and " " not in folded[start:stop]:
        # Labelled values written without a space (a PDF cell's two lines joined): 男79.3歳女84.3歳
        spaced = _GLUED_PART.sub(" ", folded[:stop])
        try:
            parts = _parts(s, spaced, default, caller)
        except ParseError:
            parts = None
        if parts is not None:
            return parts
    try:
        return _cardinal(_single(s, folded, start, stop, default, caller), s, caller)
    except ParseError:
        # A range (99.9～100) or a value with a note after it (９人（延べ２４３日）) is read
        # only where the cell is not one quantity.
        other = None
        if any(mark in folded for mark in RANGE_MARKS):
            other = _range(s, folded, start, stop, default, caller)
        if other is None and folded[stop - 1 : stop] == ")":
            other = _noted(s, folded, start, stop, default, caller)
        if other is None:
            raise
        return other
