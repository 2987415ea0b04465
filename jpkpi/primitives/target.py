"""Targets written as prose: ``4年で43人減少を抑制し1,665人確保``, ``4年で54.1%とし…向上``.

SudachiPy finds the words (and where numbers end and units begin); :func:`parse_quantity` reads
each number with its unit. A number followed by a word of change (増加, 向上, 減少…) is the amount
of change; a number followed by とし, 確保, 以上 or nothing is the level to reach.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any

import regex

from jpkpi.errors import ParseError
from jpkpi.primitives.morphology import Token, tokenize
from jpkpi.primitives.period import ERA_PATTERN, find_period, reads_as_period
from jpkpi.primitives.quantity import (
    CUMULATIVE_PREFIXES,
    HOLD_WORDS,
    NOTE_REFERENCE,
    PER_WORD,
    Quantity,
    decimal_to_json,
    parse_quantity,
)
from jpkpi.primitives.text import normalize_text

#: Normalized forms (Sudachi) of words that say which way an indicator should move.
INCREASE_WORDS = frozenset(
    {"増加", "向上", "拡大", "上昇", "増", "増やす", "伸ばす", "アップ", "増大", "倍増", "増額"}
    | {"延伸", "延長"}  # (小城: 健康寿命【延伸】, the years of healthy life lengthened)
)
DECREASE_WORDS = frozenset(
    {"減少", "削減", "低減", "縮減", "低下", "減", "減らす", "抑制", "縮小", "短縮", "半減", "減額"}
)
MAINTAIN_WORDS = HOLD_WORDS
#: Words and marks a column prints for how an indicator moved or is to move (上昇, 横ばい, ↗).
TREND_WORDS = (
    INCREASE_WORDS | DECREASE_WORDS | MAINTAIN_WORDS | {"横ばい", "横這い", "↑", "↓", "→", "↗", "↘"}
)
#: Words that mark the level to reach and lean towards an increase.
SECURE_WORDS = frozenset({"確保", "達成"})
#: Words before a number that make it a running total.
CUMULATIVE_WORDS = frozenset({*CUMULATIVE_PREFIXES, "総額"})
#: Time words after a number that make it the horizon (``4年で``, ``5か年で``).
HORIZON_WORDS = frozenset({"年", "年間", "か年", "ヵ年", "カ年", "ケ年"})
#: Longest text read as a target statement; longer prose is not a target cell.
MAX_STATEMENT_CHARS = 400

_NUMBER_PREFIX = regex.compile(r"[0-9][0-9,.]*(?:[十百千万億兆]+)?")
_WESTERN_DATE = regex.compile(r"(?:19|20)[0-9]{2}\s*(?:年|[～~〜\-－―]\s*(?:19|20)[0-9]{2}\s*年)")
#: The target's word that may stand before a signed amount (``目標+10%``, ``目標値：+5``).
TARGET_WORD = r"目標値?\s*[:：]?\s*"
#: A signed number of percentage points alone (``+5ポイント``, ``▲2.5pt``): a change.
SIGNED_POINTS = regex.compile(
    # (目標+10ポイント: the list's word before the sign, review 50)
    rf"(?:{TARGET_WORD})?"
    r"(?P<sign>[+＋\-－−▲△])\s*(?P<n>[0-9]+(?:\.[0-9]+)?)\s*(?:ポイント|pt|ﾎﾟｲﾝﾄ)(?:以上)?",
    regex.IGNORECASE,
)
#: A target printed as an amount to add, a plus sign before it (``＋15``, ``目標+10%``): a change
#: of that much, an increase, no level.
_PLUS_CHANGE = regex.compile(
    rf"(?:{TARGET_WORD})?[+＋]\s*(?P<amount>[0-9][0-9,]*(?:\.[0-9]+)?\s*"
    r"(?:[^\s0-9増減以未上下()（）]{1,4})?)\s*(?:以上)?"
)
_LINE_BREAKS = regex.compile(r"[ \t\u3000]*[\r\n]+[ \t\u3000]*")
_ERA_WORDS = frozenset({"令和", "平成", "昭和", "R", "H"})


@dataclass(frozen=True)
class Amount:
    """A goal level or an amount of change: exact value and unit (scale words applied)."""

    value: Decimal
    unit: str | None

    def to_dict(self) -> dict[str, Any]:
        """JSON form: ``{"value", "unit"}``."""
        return {"value": decimal_to_json(self.value), "unit": self.unit}


@dataclass(frozen=True)
class TargetStatement:
    """What a prose target says: horizon, direction, goal level, amount of change, cumulative."""

    text: str
    horizon_years: int | None
    direction: str | None
    goal: Amount | None
    change: Amount | None
    cumulative: bool

    def to_dict(self) -> dict[str, Any]:
        """JSON form per the record spec's TargetStatement."""
        return {
            "text": self.text,
            "horizon_years": self.horizon_years,
            "direction": self.direction,
            "goal": self.goal.to_dict() if self.goal else None,
            "change": self.change.to_dict() if self.change else None,
            "cumulative": self.cumulative,
        }


def _is_unit_token(tok: Token) -> bool:
    """A morpheme that can be the unit right after a number (人, 件, %, ポイント, 世帯)."""
    if tok.surface in {"%", "‰"}:
        return True
    if tok.normalized in INCREASE_WORDS | DECREASE_WORDS | MAINTAIN_WORDS | SECURE_WORDS:
        return False
    if tok.normalized in CUMULATIVE_WORDS or tok.surface in HORIZON_WORDS:
        return False
    if tok.pos[0] == "接尾辞":
        return True
    return tok.pos == ("名詞", "普通名詞") and len(tok.surface) <= 4 and not tok.surface.isdigit()


def _word_after(tokens: list[Token], k: int) -> Token | None:
    """The next content word after position k, skipping の and brackets' contents."""
    depth = 0
    for tok in tokens[k:]:
        if tok.surface in "(（[［":
            depth += 1
        elif tok.surface in ")）]］":
            depth = max(0, depth - 1)
        elif depth == 0 and tok.surface not in ("の", "ずつ"):
            return tok  # (毎年1人ずつ増やし: the step, then the word of its way)
    return None


@dataclass
class _Reading:
    horizon: int | None = None
    goal: Amount | None = None
    change: Amount | None = None
    change_direction: str | None = None
    word_direction: str | None = None
    cumulative: bool = False
    start: Amount | None = None  # the level the goal moves from (4.1%(H22当初)から…)


def _plain_number(text: str) -> Decimal | None:
    """The value of a bare number, or None when it does not read as one (``1..2``)."""
    try:
        return parse_quantity(text).value
    except ParseError:
        return None


def _read_number(text: str, tokens: list[Token], k: int, reading: _Reading) -> int:
    """Read the number starting at token k with its unit and role; return the next token index."""
    tok = tokens[k]
    m = _NUMBER_PREFIX.match(tok.surface)
    assert m is not None
    start, end = tok.begin, tok.begin + m.end()
    nxt = k + 1
    if m.end() < len(tok.surface):  # Sudachi's "1人" is one token: the rest is the unit
        end = tok.end
    elif nxt < len(tokens) and tokens[nxt].begin == end and _is_unit_token(tokens[nxt]):
        end = tokens[nxt].end
        nxt += 1
    after = tokens[nxt] if nxt < len(tokens) else None
    before = tokens[k - 1] if k > 0 else None
    span = text[start:end]
    if _WESTERN_DATE.match(text, start):
        # 2030年までに, 2024年度末までに: a date, neither a horizon nor a level
        return nxt + (1 if after is not None and after.surface in HORIZON_WORDS else 0)
    # "4年で", "4年間で", "5年後": the horizon, not a level.
    unit_word = span[m.end() :]
    if unit_word in HORIZON_WORDS or (
        after is not None and after.surface in HORIZON_WORDS and text[end : end + 1] != "度"
    ):
        if after is not None and after.surface in HORIZON_WORDS:
            nxt += 1
        years = _plain_number(text[start : tok.begin + m.end()])
        not_a_date = before is None or before.surface not in _ERA_WORDS
        if not_a_date and years is not None and years == years.to_integral_value():
            reading.horizon = int(years)
        return nxt
    if before is not None and before.surface in _ERA_WORDS:
        return nxt  # 令和7年度: a date, not a quantity
    if unit_word.startswith("月") and text[:start].rstrip().endswith("年"):
        return nxt  # 令和6年3月までに (七宗): the month of a date, not a level
    if (unit_word or text[end : end + 2]).startswith("年度"):
        return nxt  # （令和2～6年度） (小谷): a fiscal year, the end of a span, not a level
    try:
        q: Quantity = parse_quantity(span)
    except ParseError:
        try:
            q = parse_quantity(text[start : tok.begin + m.end()])
        except ParseError:
            return nxt
    following = text[tokens[nxt].begin :] if nxt < len(tokens) else ""
    if q.value is None or _PER_BASE.match(following):
        return nxt  # (1人1日当たり800g: the base a level is counted per, no level itself)
    amount = Amount(q.value, q.unit)
    ratio = _ONE_IN.match(text, end)
    if q.unit and ratio is not None and ratio.group("unit") == q.unit:
        # 2人に1人以上, 5人中4人: a share of people, no level of the indicator's unit
        while nxt < len(tokens) and tokens[nxt].begin < ratio.end():
            nxt += 1
        return nxt
    word = _word_after(tokens, nxt)
    moved = word is not None and word.normalized in INCREASE_WORDS | DECREASE_WORDS
    # (ピーク時（H30：8,420人）の9割 (売木): any level in brackets that the target is a share or a
    # multiple of is where it is counted from, whatever names it)
    bracketed = text.rfind("(", 0, start) > text.rfind(")", 0, start)
    counted_from = (_REFERENCE_LEVEL.search(text, 0, start) or bracketed) and _THEN_RELATIVE.match(
        text, end
    )
    if counted_from and reading.start is None:
        # 現状値（100人）の2倍: the level it counts from, no goal (現状値（15.2%）以上, …を維持:
        # the level itself is the goal)
        reading.start = amount
        return nxt
    relative = _FROM_REFERENCE.search(text, 0, start)
    of_reference = relative is not None and "比" in relative.group() and not relative.group("sign")
    if not moved and of_reference and q.unit == "%":
        return nxt  # 基準値比110％: a ratio to the reference, no level (and no way said)
    if not moved and relative is not None and not relative.group("sign") and q.unit == "%":
        # 基準値の110% (鏡石): a share of the reference, no level; above 100 it aims up (not
        # 基準値の90%以上を維持: a floor, the sentence's own way stands)
        bounded = q.flags & {"at_least", "at_most", "less_than", "more_than"}
        held = _HOLD.search(text, end)
        if reading.change_direction is None and q.value != 100 and not bounded and not held:
            reading.change_direction = "increase" if q.value > 100 else "decrease"
        return nxt
    if not moved and relative is not None and (relative.group("sign") or q.unit == "倍"):
        # 基準値の2倍（36）, 基準値＋6世帯（12）: how far from the reference the goal lies, a
        # change and no level (the bracket after it, if any, prints the level)
        if reading.change is None:
            falls = relative.group("sign") is not None and relative.group("sign") not in "+＋"
            shrinks = q.unit == "倍" and q.value < 1
            reading.change = Amount(abs(q.value), q.unit)  # (基準値-5人: 5 fewer)
            reading.change_direction = "decrease" if falls or shrinks else "increase"
        return nxt
    if (
        not moved
        and reading.start is not None
        and q.unit in ("割", "%", "倍")
        and _AFTER_BRACKETED_LEVEL.search(text, 0, start)
    ):
        return nxt  # ピーク時（H30：8,420人）の9割: a share of that level, no level of its own
    if moved and word is not None:
        direction = "increase" if word.normalized in INCREASE_WORDS else "decrease"
        if direction == "decrease" and _held_back(tokens, tokens.index(word)):
            direction = "increase"
        if reading.change is None:
            reading.change, reading.change_direction = amount, direction
    elif word is not None and word.surface == "から" and reading.start is None:
        reading.start = amount  # 43%(H22当初)から52.9%(H26末)に: where the goal moves from
    elif reading.goal is None:
        reading.goal = amount
    return nxt


#: What stands between a bracketed level and a share of it (``）の``).
_AFTER_BRACKETED_LEVEL = regex.compile(r"[)）]\s*の\s*\Z")
#: A word after a level that holds it (``…を維持``, ``…以上を保つ``).
_HOLD = regex.compile(rf"\G[^、。]{{0,6}}?(?:{'|'.join(sorted(MAINTAIN_WORDS))})")
#: The rest of a share written as two counts of one counter (``2人に1人``, ``5人中4人``).
_ONE_IN = regex.compile(
    r"\s*(?:に|中)\s*[0-9][0-9,.]*\s*(?P<unit>[^\s0-9]{1,2}?)"
    r"(?=以上|以下|未満|程度|前後|$|[^\p{Han}])"
)
#: The words of a reference a target is counted from (``基準値``, ``現状``, ``策定時``).
_REFERENCE_WORD = r"(?:基準|現状|現況|策定時|当初(?:計画)?)(?:値|年度|時点?)?"
#: A reference word right before a bracket that opens on its level (``現状値（100人）``).
_REFERENCE_LEVEL = regex.compile(
    _REFERENCE_WORD + r"\s*[(（]"
    r"(?:[^()（）0-9]*[0-9元]+[^()（）0-9]*?[:：])?\s*\Z"
)
#: What follows such a bracketed level where the target is counted from it (``）の2倍``,
#: ``）から10%増``, ``）＋5人``).
_THEN_RELATIVE = regex.compile(r"[^()（）]{0,4}[)）]\s*(?:の\s*[0-9]|から|より|[+＋\-−－△▲])")
#: A reference a target's number is counted from, right before it (``基準値の``, ``現状値＋``,
#: ``策定時比``, ``H26比``, ``2014年比``): the number is a change (a sign or 倍 after it says
#: so), not a level. A year is a reference only with 比 after it (``H26から`` starts a span).
_FROM_REFERENCE = regex.compile(
    rf"(?:(?:{_REFERENCE_WORD}|(?:前年度?|直近)(?:値|年度|時点?)?)\s*"
    r"(?:[(（][^()（）]{1,12}[)）])?\s*(?:の|比|から)?"
    rf"|(?:(?:{ERA_PATTERN})\s*(?:[0-9]{{1,2}}|元)\s*(?:年度|年)?|[0-9]{{1,4}}\s*(?:年度|年))\s*比)"
    r"\s*(?P<sign>[+＋]|[-−－△▲])?\s*\Z"
)
#: What follows a number that is the base a level is counted per (``1人1日当たり``).
_PER_BASE = regex.compile(rf"\s*(?:[0-9]+\s*\S{{1,2}}\s*)?{PER_WORD}")


def _held_back(tokens: list[Token], i: int) -> bool:
    """Whether the decrease word at ``tokens[i]`` is held back (減少を抑制): aiming up, not down."""
    return (
        i + 2 < len(tokens) and tokens[i + 1].surface == "を" and tokens[i + 2].normalized == "抑制"
    )


def _words_direction(tokens: list[Token]) -> str | None:
    """What the words alone say: a change word wins, then 維持, then 確保."""
    found: str | None = None
    for i, tok in enumerate(tokens):
        if tok.normalized in INCREASE_WORDS:
            return "increase"
        if tok.normalized in DECREASE_WORDS:
            return "increase" if _held_back(tokens, i) else "decrease"
        if tok.normalized in MAINTAIN_WORDS:
            found = "maintain"
        elif tok.normalized in SECURE_WORDS and found is None:
            found = "increase"
    return found


def _baseline_value(baseline: Quantity | Decimal | str | None) -> tuple[Decimal | None, str | None]:
    if baseline is None:
        return None, None
    if isinstance(baseline, Decimal):
        return baseline, None
    if isinstance(baseline, str):
        try:
            baseline = parse_quantity(baseline)
        except ParseError:
            return None, None
    return baseline.value, baseline.unit


#: A span of years alone (``2009～14年``, ``H27～H31``, ``平成27年度～31年度``).
_YEAR_SPAN = regex.compile(
    rf"(?:{ERA_PATTERN})?\s*(?:[0-9]{{1,4}}|元)\s*(?:年度|年)?\s*[～〜~\-]\s*"
    rf"(?:{ERA_PATTERN})?\s*(?:[0-9]{{1,4}}|元)\s*(?:年度|年)?"
)


#: Longest verb phrase read as a direction alone (``増やします``, ``減少させます``).
_DIRECTION_CHARS = 10


def parse_direction_statement(s: str) -> TargetStatement | None:
    """A goal that says only which way to move (``増やします``, ``減らします`` after a name's を):
    a statement with that direction and no level; None for anything else (a number, a longer
    text, or words that say no way)."""
    text = normalize_text(s).rstrip("。")
    if not text or len(text) > _DIRECTION_CHARS or regex.search(r"[0-9]", text):
        return None
    if _HELD_BACK.search(text):
        return None  # (上昇抑制, 低下防止, 減少対策: a move held back, no way to move, review 51)
    tokens = tokenize(text)
    if not any(t.normalized in INCREASE_WORDS | DECREASE_WORDS for t in tokens):
        return None  # 達成します, 確保します: a level's verb, with no level here
    return TargetStatement(text, None, _words_direction(tokens), None, None, False)


#: A way of moving held back or guarded against (``上昇抑制``, ``低下防止``, ``人口減少対策``).
_HELD_BACK = regex.compile(
    r"(?:増加|上昇|減少|低下|悪化|拡大|縮小|伸び)[^、。\s]{0,4}?"
    r"(?:抑制|抑止|防止|歯止め|食い止め|対策|緩和)"
)


def _plus_amount(text: str) -> Amount | None:
    """The amount a plus-signed target adds, its scale word applied (``1.5万人``: 15,000 人);
    None where it reads as no quantity."""
    try:
        q = parse_quantity(text)
    except ParseError:
        return None
    return Amount(q.value, q.unit) if q.value is not None else None


#: Units of a から that starts a span (10月から3月, 20歳から39歳), not a level to move from.
_SPAN_UNITS = frozenset({"月", "歳", "代", "時", "日", "週", "年", "年度"})


#: Numbers alone side by side (``370.0 380.0``): two values printed in one cell, no statement.
_BARE_NUMBERS = regex.compile(r"[+\-]?[0-9][0-9,.]*(?:\s+[+\-]?[0-9][0-9,.]*)+")


def parse_target_statement(
    s: str, *, baseline: Quantity | Decimal | str | None = None
) -> TargetStatement | None:
    """Read a prose target; None when ``s`` states no target (no level, change or 維持).

    ``baseline`` (the record's 基準値), when given with a goal level, decides the direction by the
    numbers, whatever the words say (``2.44%`` → ``4年で2.00%とし…向上`` is a decrease).
    """
    if not isinstance(s, str):
        raise TypeError(f"parse_target_statement expects str, got {type(s).__name__}")
    # A line break inside prose is no word boundary in Japanese: join the lines first.
    text = normalize_text(_LINE_BREAKS.sub("", s))
    if not text or len(text) > MAX_STATEMENT_CHARS or _YEAR_SPAN.fullmatch(text):
        return None  # 2009～14年 is a span of years, when a value was measured, no target
    if NOTE_REFERENCE.fullmatch(text.replace(" ", "")):
        return None  # ※2参照: a pointer to a note, no level 2
    if _BARE_NUMBERS.fullmatch(text):
        return None  # 370.0 380.0 (下松: the old plan struck through, then the new): two values
    relative = _relative_change(text)
    if relative is not None:
        return relative
    if _AS_BEFORE.fullmatch(text.replace(" ", "")):
        # 前年並み (小海): the year before's level held, which the cell does not print
        return TargetStatement(text, None, "maintain", None, None, False)
    points = SIGNED_POINTS.fullmatch(text)
    if points is not None:
        # +5ポイント (真岡's 最終目標): percentage points to gain (or lose), a change, no level
        rise = points.group("sign") in "+＋"
        change = Amount(Decimal(points.group("n")), "ポイント")
        return TargetStatement(text, None, "increase" if rise else "decrease", None, change, False)
    plus = _PLUS_CHANGE.fullmatch(text)
    amount = _plus_amount(plus.group("amount")) if plus is not None else None
    if amount is not None:
        # ＋15, 目標+10% (世羅, review 50), +1.5万人 (its scale applied), +1,000人以上: an amount
        # to add over a level, a change, no level
        return TargetStatement(text, None, "increase", None, amount, False)
    # (全国平均以上（参考：令和4年度の全国平均 37.5%）: a figure given for reference is no goal)
    tokens = tokenize(_FOR_REFERENCE.sub("", text))
    reading = _Reading()
    k = 0
    while k < len(tokens):
        tok = tokens[k]
        if tok.normalized in CUMULATIVE_WORDS or tok.surface in CUMULATIVE_WORDS:
            reading.cumulative = True
        if _NUMBER_PREFIX.match(tok.surface):
            k = _read_number(text, tokens, k, reading)
        else:
            k += 1
    words = _words_direction(tokens)
    if (
        reading.goal is None
        and reading.change is None
        and reading.change_direction is None
        and words != "maintain"
    ):
        return None
    direction = reading.change_direction or words
    if (
        baseline is None
        and reading.start is not None
        and direction != "maintain"
        and reading.goal is not None
        and reading.start.unit == reading.goal.unit
        and reading.start.unit not in _SPAN_UNITS
    ):
        # the sentence's own start is its baseline: the numbers decide, as the spec has them decide
        # against a record's 基準値 (100件から80件に増加 is a decrease); 維持 keeps its word
        baseline = Quantity(reading.start.value, reading.start.unit)
    statement = TargetStatement(
        text=text,
        horizon_years=reading.horizon,
        direction=direction,
        goal=reading.goal,
        change=reading.change,
        cumulative=reading.cumulative,
    )
    return with_goal(statement, reading.goal, baseline) if reading.goal else statement


#: A bracket that gives a figure for reference (``（参考：令和4年度の全国平均 37.5％）``).
_FOR_REFERENCE = regex.compile(
    r"[(（［\[【〔]\s*参考\s*[:：][^()（）［］\[\]【】〔〕]*[)）］\]】〕]"
)


#: A level to add to (or take from) a value the text names (一戸: ``R6実績＋5``, ``基準値+10``,
#: ``前年度実績▲3人``, ``R6+5``): the reference, the sign, the number and its unit.
_RELATIVE_TO = regex.compile(
    r"(?P<ref>[^+＋▲△\-−－]{1,12}?)\s*(?P<sign>[+＋▲△\-−－])\s*(?P<n>[0-9][0-9,]*(?:\.[0-9]+)?)"
    r"\s*(?P<unit>[^\s0-9+＋▲△\-−－()（）]{0,4})"
)
#: Words that name the value such a level is added to: a year's actual, the baseline, now.
_REFERENCE_WORDS = ("実績", "基準", "現状", "策定時", "前年")


#: The year a target is set against, before it (``前年``, ``前年度``, ``昨年度``, ``例年``).
YEAR_BEFORE = r"(?:前年度?|昨年度?|例年)"
#: A target that holds the level of the year before (``前年並み``, ``前年度並み``, ``例年並み``).
_AS_BEFORE = regex.compile(rf"{YEAR_BEFORE}並み?")


def _relative_change(text: str) -> TargetStatement | None:
    """A target written as a value it names plus or minus a number (``R6実績＋5``: five more than
    FY2024's actual): a change, no level; None for any other text (``+5ポイント`` is read on)."""
    m = _RELATIVE_TO.fullmatch(text.replace(" ", ""))
    ref = m.group("ref") if m is not None else ""
    if m is None or not (any(w in ref for w in _REFERENCE_WORDS) or reads_as_period(ref)):
        return None
    unit = m.group("unit") or None
    if unit is not None and (SIGNED_POINTS.fullmatch(text) or unit in ("以上", "以下")):
        return None
    rise = m.group("sign") in "+＋"
    change = Amount(Decimal(m.group("n").replace(",", "")), unit)
    return TargetStatement(text, None, "increase" if rise else "decrease", None, change, False)


def with_goal(
    statement: TargetStatement, goal: Amount, baseline: Quantity | Decimal | str | None = None
) -> TargetStatement:
    """The statement with ``goal`` as its level, the direction decided by the numbers where the
    baseline is a level of the same unit (a goal written without a unit, ``1.67（現状値）以上``,
    takes the indicator's): 観光入込客数 from 86,400 to 10万人 is an increase whatever the
    sentence's first level said."""
    base_value, base_unit = _baseline_value(baseline)
    direction = statement.direction
    if base_value is not None and goal.unit in (None, base_unit):
        if goal.value == base_value:
            direction = "maintain"
        else:
            direction = "increase" if goal.value > base_value else "decrease"
    return replace(statement, goal=goal, direction=direction)


#: A level as a sentence prints it: a number and a short unit (``4.1%``, ``17.8ha``, ``1,665人``).
#: Where a number may start a level (not inside another number: 9万8千人, never its 8千人).
NUMBER_START = r"(?<![0-9.,万千百億])"
#: A number read whole, its scale words between digits and all (``9万8千``, ``1,665``).
WHOLE_NUMBER = r"[0-9][0-9,.]*(?:[万千百億][0-9][0-9,.]*)*"
_LEVEL = (
    rf"{NUMBER_START}(?:約|概ね|およそ|年間|毎年度?|延べ|累計|[▲△−－-])?\s*"
    rf"{WHOLE_NUMBER}\s*[^\s0-9()（）。、をにへ]{{0,4}}"
)
#: A goal sentence: the indicator's name, where it stands and where it is to go, each level
#: with its period in brackets, joined by から (a statement follows: に増加させる) or an arrow.
_CHANGE = regex.compile(
    rf"(?P<name>.+?)[をがは]?\s*(?P<from>(?P<a>{_LEVEL})\s*[(（](?P<pa>[^()（）]{{1,12}})[)）])\s*"
    rf"(?P<how>から|→|⇒|->)\s*(?P<to>(?P<b>{_LEVEL})\s*[(（](?P<pb>[^()（）]{{1,12}})[)）])"
    r"(?P<rest>.*)"
)


#: Where a statement starts and where it is to go, each level with its period in brackets
#: (``2.8億円（令和元年度）から3.2億円（令和6年度）に増やします``).
_CHANGE_LEVELS = regex.compile(
    rf"(?P<a>{_LEVEL})\s*[(（](?P<pa>[^()（）]{{1,12}})[)）]\s*(?:から\s*[、,]?|→|⇒|->)\s*"
    rf"(?P<b>{_LEVEL})\s*[(（](?P<pb>[^()（）]{{1,12}})[)）]"
)


def change_levels(text: str) -> tuple[tuple[str, str], tuple[str, str]] | None:
    """The start and the goal a statement dates in brackets, each as (level, period text)
    (``年間9.8万人（令和元年度）から年間12万人（令和6年度）に増やします`` →
    (年間9.8万人, 令和元年度), (年間12万人, 令和6年度)); None where it prints no such pair."""
    m = _CHANGE_LEVELS.search(normalize_text(_LINE_BREAKS.sub("", text)))
    if m is None:
        return None
    return (m.group("a").strip(), m.group("pa")), (m.group("b").strip(), m.group("pb"))


#: A list's number before a name (``2 指標``, ``3.``, ``(1)``): no part of an indicator's name
#: (``65歳以上の就業率`` starts with a number and is one).
_NUMBERING = regex.compile(r"[(（]?[0-9]+(?:\s|[.)）．、])")


@dataclass(frozen=True)
class ChangeSentence:
    """A goal written as a sentence (千葉: ``合流式下水道改善率4.1%(H22当初)から100%(H25末)を達成
    する。``, ``千葉市の河川整備率　45.2%(H23)→74.0%(H26)``): the indicator's name, the level it
    starts from and the level it is to reach, each as printed with its bracket, the level and
    the period apart, and the statement (None for an arrow between the two levels)."""

    name: str
    start: str
    start_level: str
    start_period: str
    end: str
    end_level: str
    end_period: str
    statement: str | None


def parse_change_sentence(text: str) -> ChangeSentence | None:
    """The goal sentence ``text`` is, or None: its levels must read as quantities and their
    brackets as periods, and the name must be words (an arrow form says nothing after it)."""
    norm = normalize_text(_LINE_BREAKS.sub("", text)).strip().rstrip("。")
    m = _CHANGE.fullmatch(norm)
    if m is None:
        return None
    name = m.group("name").strip().rstrip("をがは、 ")
    rest = m.group("rest").strip()
    arrow = m.group("how") != "から"
    if not name or _NUMBERING.match(name) or regex.search(r"[0-9]$", name) or (arrow and rest):
        return None  # (a name is words: 2 指標, or a number's start left in it, is none)
    if regex.fullmatch(rf"(?:{ERA_PATTERN})\s*[0-9元]+\s*年?度?", name):
        return None  # 平成27年度 before the levels is a date, no name
    for level, period in ((m.group("a"), m.group("pa")), (m.group("b"), m.group("pb"))):
        try:
            if parse_quantity(level).value is None:
                return None
        except ParseError:
            return None
        if find_period(period) is None:
            return None
    statement = None if arrow else norm[m.start("from") :]
    return ChangeSentence(
        name,
        m.group("from"),
        m.group("a").strip(),
        m.group("pa"),
        m.group("to"),
        m.group("b").strip(),
        m.group("pb"),
        statement,
    )
