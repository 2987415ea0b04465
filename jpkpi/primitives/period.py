"""Periods as KPI tables print them: ``R4年度``, ``R7.3``, ``2024年度末``, ``令和元年度``, ``H30``.

Years are Western. A Japanese fiscal year (年度) runs April to March, so a month date in January
to March belongs to the previous fiscal year. A bare era year (``R7`` in ``目標値 (R7)``) is a
fiscal year, as KPI tables mean it.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import regex

from jpkpi.errors import ParseError
from jpkpi.primitives.numerals import KANJI_DIGITS, SMALL_SCALES, kanji_to_int
from jpkpi.primitives.text import RANGE_MARKS, fold_width

#: First Western year of each era, by name and by initial.
ERAS: dict[str, int] = {
    "明治": 1868, "大正": 1912, "昭和": 1926, "平成": 1989, "令和": 2019,
    "M": 1868, "T": 1912, "S": 1926, "H": 1989, "R": 2019,
    # an era's first kanji alone before its year (真室川: 平27, 令元, 令2)
    "昭": 1926, "平": 1989, "令": 2019,
}  # fmt: skip
#: The largest era year accepted (post-era years such as 平成32年度 stay in use for a while).
MAX_ERA_YEAR = 99
#: Western years accepted as years (outside this range a number is not taken for a year).
WESTERN_YEARS = (1868, 2200)
#: Words that may follow a period without changing it: 実績 (actual), 見込 (estimate)…
ANNOTATIONS = (
    "実績",
    "見込み",
    "見込",
    "目標",
    "速報",
    "予定",
    "予算",
    "決算",
    "時点",
    "現在",
    "当初",
    "調査",
    "までに",
    "まで",
)

_NUM = r"[0-9]+|[" + "".join(KANJI_DIGITS) + "".join(SMALL_SCALES) + r"]+"
#: The eras' names and initials as one regex alternation, longest first (for patterns elsewhere).
#: (an era's first kanji alone only where no other kanji or kana stands before it: 水平2 is no
#: 平成2)
_ONE_KANJI_ERAS = frozenset({"昭", "平", "令"})
ERA_PATTERN = "|".join(
    [e for e in sorted(ERAS, key=len, reverse=True) if e not in _ONE_KANJI_ERAS]
    + [r"(?<![\p{Han}\p{Hiragana}\p{Katakana}])[" + "".join(sorted(_ONE_KANJI_ERAS)) + "]"]
)
_ERA = ERA_PATTERN
#: A fiscal year as a note writes it, era or western (``令和5年度``, ``R5年度``, ``2023年度``).
FISCAL_YEAR_TEXT = rf"(?:(?:{ERA_PATTERN})\s*(?:[0-9]{{1,2}}|元)\s*年度|(?:19|20)[0-9]{{2}}\s*年度)"
#: After ``H31／5``: a number of years follows (``5か年累計``), so 5 is no month.
_NOT_YEARS = r"(?![0-9]|\s*[かヵヶケカ箇个]?\s*年)"
_CORE = regex.compile(
    rf"""
    (?:
        (?P<era>{_ERA})(?:(?<![A-Za-z][A-Za-z])\.)?(?P<eyear>元|{_NUM})
      | (?P<wyear>[0-9]{{4}})
    )
    (?:
        (?P<fy>年度|年\(度\))(?:(?P<fyend>末)|(?P<half>上半?期|下半?期))?
      | 年(?:(?P<month>{_NUM})月(?:(?P<day>{_NUM})日)?)?(?P<mend>末)?
      | [./\-](?P<month2>[0-9]{{1,2}})(?:[./\-](?P<day2>[0-9]{{1,2}})|月)?(?P<mend2>末)?{_NOT_YEARS}
      | (?P<bare>)
    )
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
_TRAILER = regex.compile(
    r"(?:\((?P<note>[^()0-9]{1,10})\)|(?P<word>" + "|".join(ANNOTATIONS) + r")|末)$"
)
_SEARCH = regex.compile(
    rf"""(?:(?:{_ERA})(?:(?<![A-Za-z][A-Za-z])\.)?\s*(?:元|{_NUM})|[0-9]{{4}})\s*
    (?:年度(?:末|\s*上半?期|\s*下半?期)?|年\s*\(度\)|年(?:\s*(?:{_NUM})\s*月(?:\s*(?:{_NUM})\s*日)?)?末?|[./][0-9]{{1,2}}(?:[./][0-9]{{1,2}}|月)?{_NOT_YEARS})?""",
    regex.IGNORECASE | regex.VERBOSE,
)


#: A fiscal year's months in brackets after it (豊丘: ``（2021.4～2022.3）``): April to March.
_FISCAL_MONTHS = regex.compile(
    rf"\((?P<a>(?:19|20)[0-9]{{2}})[./年]0?4月?[{RANGE_MARKS}\-](?P<b>(?:19|20)[0-9]{{2}})[./年]0?3月?\)$"
)


def _without_fiscal_months(compact: str, where: list[int]) -> tuple[str, list[int], int | None]:
    """A compact period text without the fiscal year's months closing it (``（2021.4～2022.3）``),
    with the year they start in, for the caller to check against the year it reads."""
    months = _FISCAL_MONTHS.search(compact)
    if months is None or months.start() == 0:
        return compact, where, None
    if int(months.group("b")) != int(months.group("a")) + 1:
        return compact, where, None
    return compact[: months.start()], where[: months.start()], int(months.group("a"))


#: ``2014年（度）``: a year printed as either a calendar or a fiscal year (the sheet says which by
#: indicator, or not at all); read as the fiscal year, with a warning.
EITHER_YEAR = regex.compile(r"年\s*[(（]\s*度\s*[)）]")


@dataclass(frozen=True, slots=True)
class Period:
    """A fiscal year and, where the text names a month, the calendar year and month."""

    fiscal_year: int | None
    year: int | None
    month: int | None
    raw: str

    def to_dict(self) -> dict[str, Any]:
        """JSON form: ``{"fiscal_year", "year", "month", "raw"}``."""
        return {
            "fiscal_year": self.fiscal_year,
            "year": self.year,
            "month": self.month,
            "raw": self.raw,
        }


def year_of(period: Period | None) -> int:
    """A period's year to order periods by (its fiscal year, else its calendar year); 0 where
    there is none."""
    if period is None:
        return 0
    return period.fiscal_year or period.year or 0


def fiscal_year_of(year: int, month: int) -> int:
    """The Japanese fiscal year (April–March) that a calendar month falls in."""
    return year if month >= 4 else year - 1


def year_in_fiscal_year(fiscal_year: int, month: int) -> int:
    """The calendar year a month of a fiscal year falls in: the fiscal year's own for April to
    December, the next for January to March (``fiscal_year_of`` the other way)."""
    return fiscal_year + (1 if month < 4 else 0)


#: A run of characters that are not space: ``re``'s ``\S`` is exactly ``not str.isspace()``.
_NOT_SPACE = re.compile(r"\S+")


def _compact(s: str) -> tuple[str, list[int]]:
    """Width-fold and drop spaces, keeping each kept character's index in the original."""
    folded = fold_width(s)
    kept = "".join(folded.split())  # split() drops what isspace() calls space
    if len(kept) == len(folded):  # no space (most texts): every index kept
        return folded, list(range(len(folded)))
    where: list[int] = []
    for run in _NOT_SPACE.finditer(folded):  # the indexes run by run, not character by character
        where.extend(range(run.start(), run.end()))
    return kept, where


def _fail(raw: str, reason: str, position: int | None) -> ParseError:
    where = f" at position {position}" if position is not None else ""
    return ParseError(f"parse_period: {raw!r} {reason}{where}", text=raw, position=position)


def _number(raw: str, text: str, pos: int) -> int:
    value = kanji_to_int(text)
    if value is None:
        raise _fail(raw, f"has {text!r} where a number was expected", pos)
    return value


def _year(raw: str, m: regex.Match[str], where: list[int]) -> int:
    """The Western year of the match, checking era years."""
    if m.group("era"):
        era = m.group("era")
        era_start = ERAS.get(era) or ERAS[era.upper()]
        text = m.group("eyear")
        pos = where[m.start("eyear")]
        n = 1 if text == "元" else _number(raw, text, pos)
        if not 1 <= n <= MAX_ERA_YEAR:
            raise _fail(raw, f"has era year {n}, which does not exist", pos)
        return era_start + n - 1
    year = int(m.group("wyear"))
    if not WESTERN_YEARS[0] <= year <= WESTERN_YEARS[1]:
        raise _fail(
            raw, f"has {year}, which is not a year a KPI table would use", where[m.start("wyear")]
        )
    return year


def _strip_trailers(text: str) -> str:
    """Drop annotations after the period: ``（実績）``, ``実績``, ``末`` handled by the core."""
    while True:
        m = _TRAILER.search(text)
        if not m or m.group(0) == "末" or m.start() == 0:
            return text
        if m.group("note") == "度" and text[: m.start()].endswith("年"):
            return text  # 2014年(度): the year's own word, not an annotation
        text = text[: m.start()]


def parse_period(s: str) -> Period:
    """Parse a period (``R4（実績）``, ``R7.3``, ``2024年度末``); raise ParseError if not one."""
    if not isinstance(s, str):
        raise TypeError(f"parse_period expects str, got {type(s).__name__}")
    compact, where = _compact(s)
    if not compact:
        raise _fail(s, "is empty", None)
    compact, where, first = _without_fiscal_months(compact, where)
    body = _strip_trailers(compact)
    m = _CORE.fullmatch(body)
    if not m and _GLOSS_BRACKET.search(body):
        # 令和3〔2021〕年度, H26(2014), 令和6年度（2024年度）: the year with its other name
        glossed = glossed_year(body)
        if glossed is not None and (first is None or glossed.fiscal_year == first):
            return Period(glossed.fiscal_year, glossed.year, glossed.month, s)
    if not m:
        partial = _CORE.match(body)
        if partial and partial.end() > 0:
            at = where[partial.end()] if partial.end() < len(where) else None
            raise _fail(s, "has text after the period that is not a period", at)
        raise _fail(s, "does not start with an era (令和, R…) or a Western year", where[0])
    year = _year(s, m, where)
    if first is not None and (m.group("fy") is None or first != year):
        raise _fail(s, "closes with months of another fiscal year", where[-1])
    if m.group("fy") is not None:
        if m.group("fyend") or (m.group("half") or "").startswith("下"):
            return Period(year, year + 1, 3, s)  # the year's end, or its second half's
        if m.group("half"):
            return Period(year, year, 9, s)  # 上期: April to September, as of its end
        return Period(year, None, None, s)
    if m.group("bare") is not None:  # "R7" in a KPI header: a fiscal year
        return Period(year, None, None, s)
    month_text = m.group("month") or m.group("month2")
    if month_text is None and m.group("mend"):  # "平成15年末": the year's end, December
        return Period(year, year, 12, s)
    if month_text is None:  # "令和7年": a calendar year
        return Period(None, year, None, s)
    month_group = "month" if m.group("month") else "month2"
    month = _number(s, month_text, where[m.start(month_group)])
    if not 1 <= month <= 12:
        raise _fail(s, f"has month {month}", where[m.start(month_group)])
    day_group = "day" if m.group("day") else ("day2" if m.group("day2") else None)
    if day_group:
        day = _number(s, m.group(day_group), where[m.start(day_group)])
        if not 1 <= day <= 31:
            raise _fail(s, f"has day {day}", where[m.start(day_group)])
    return Period(fiscal_year_of(year, month), year, month, s)


def reads_as_period(s: str) -> bool:
    """Whether a text is a period and nothing else (``令和6年度``, ``令和2年度調査``, ``2024``)."""
    try:
        parse_period(s)
    except ParseError:
        return False
    return True


#: A census right after its year (``H27国調``, ``令和2年国勢調査``): counted as of 1 October.
_CENSUS = regex.compile(r"\s*(?:国調|国勢調査)")


#: A bracket that names the year of the figures under a heading dated otherwise (``（R2値）``,
#: ``（R4実績）``).
_VALUES_YEAR = regex.compile(
    r"[(（]\s*(?P<period>(?:R|H|令和|平成)\s*(?:[0-9]{1,2}|元)\s*(?:年度?)?)\s*(?:の)?"
    r"(?:値|数値|実績値?)\s*[)）]"
)


def find_period(s: str) -> Period | None:
    """The first period inside a longer text (``基準値 (R元)`` → R元); None when there is none.

    The returned period's ``raw`` is the whole text, as headers are recorded.
    """
    folded = fold_width(s)
    own = _VALUES_YEAR.search(folded)
    if own is not None and own.start() > 0:
        # R3評価（R2値） (江府): the evaluation's year, then in brackets the year of the figures
        # it weighs, which the column's values are
        with contextlib.suppress(ParseError):
            inner = parse_period(own.group("period"))
            return Period(inner.fiscal_year, inner.year, inner.month, s)
    for m in _SEARCH.finditer(folded):
        try:
            found = parse_period(m.group())
        except ParseError:
            continue
        moved = _MOVED_TO.match(folded, m.end())
        if moved is not None:
            # 目標値（R6→R7） (三田): the year a target was for, then the later year it was moved
            # to, which it is now for (the records say so: records.build)
            with contextlib.suppress(ParseError):
                to = parse_period(moved.group("to"))
                if year_of(to) > year_of(found):
                    return Period(to.fiscal_year, to.year, to.month, s)
        end = _range_end(folded, m)
        if end is not None and _one_fiscal_year(found, end):
            # H29.4～H30.3: the months of one fiscal year, April to March, are that year
            return Period(found.fiscal_year, None, None, s)
        found = end or found
        if _CENSUS.match(folded, m.end()) and found.year is None and found.fiscal_year:
            # H27国調 (田舎館): the census counts as of 1 October of that year
            return Period(found.fiscal_year, found.fiscal_year, 10, s)
        glossed = _GLOSS_THEN_UNIT.match(folded, m.end())
        if (
            glossed
            and glossed.group("unit") == "年"
            and "年" not in m.group()
            and found.fiscal_year is not None
            and found.month is None
        ):
            # 2015（平成27）年: the year's other name in brackets, then 年: a calendar year (and
            # 2020（R2）年3月 that month of it)
            year = found.fiscal_year
            month = _MONTH_AFTER.match(folded, glossed.end())
            if month is not None and 1 <= int(month.group("m")) <= 12:
                at = int(month.group("m"))
                return Period(fiscal_year_of(year, at), year, at, s)
            return Period(None, year, None, s)
        if found.fiscal_year is not None and found.month is None:
            found = _as_of(folded, m.start(), found, m.end())
        return Period(found.fiscal_year, found.year, found.month, s)
    return None


def months_end_under(year_text: str, inner: Iterable[str]) -> Period | None:
    """A year heading's period dated to the end of the months a heading under it names
    (``R6年度`` over ``実績（4～6月）`` or ``実績（4月～6月）``: June 2024, raw both headings), as
    find_period reads them after a year; None where none does."""
    for text in inner:
        found = find_period(f"{year_text} {text}")
        if found is not None and found.month is not None:
            return found
    return None


def _month_after(start_text: str, month: int) -> Period | None:
    """The month a span ends at, printed alone after a dated start: in the start's year, or
    in the next where it comes before the start's month; None where the start has no month."""
    try:
        start = parse_period(start_text)
    except ParseError:
        return None
    if start.year is None or start.month is None or not 1 <= month <= 12:
        return None
    year = start.year + (1 if month < start.month else 0)
    return Period(fiscal_year_of(year, month), year, month, f"{start_text}～{month}月")


def _one_fiscal_year(start: Period, end: Period) -> bool:
    """Whether a span runs from a fiscal year's first month (April) to its last (March)."""
    return (
        start.month == 4
        and end.month == 3
        and start.year is not None
        and end.year == start.year + 1
        and start.fiscal_year == end.fiscal_year
    )


#: A year counted from a span's start (``1年目``, ``3 年目``; not ``5年目標``).
ORDINAL_YEAR = regex.compile(r"(?<![0-9])(?P<n>[0-9]{1,2})\s*年目(?!標)")


def nth_year(heading: str, span: tuple[Period, Period] | None) -> Period | None:
    """The fiscal year an ``n年目`` heading names in a span (``3年目`` of 令和2年度～令和6年度:
    FY2022), raw the heading; None where the heading counts no year, there is no span, or the
    span is shorter."""
    m = ORDINAL_YEAR.search(heading)
    if m is None or span is None or span[0].fiscal_year is None or span[1].fiscal_year is None:
        return None
    n = int(m.group("n"))
    year = span[0].fiscal_year + n - 1
    if n < 1 or year > span[1].fiscal_year:
        return None
    return Period(year, None, None, heading)


def periods_in(s: str) -> list[Period]:
    """Every period a text prints, in order (``令和元年度の値。ただし、No.2は平成30年度``: FY2019,
    FY2018)."""
    found = []
    for m in _SEARCH.finditer(fold_width(s)):
        try:
            found.append(parse_period(m.group()))
        except ParseError:
            continue
    return found


def count_periods(s: str) -> int:
    """How many periods a text prints (``令和元年度`` in a note: 1); a span counts its two ends,
    its end printed without the era too (``令和2～4年度``, ``令和2年度から4年度まで``)."""
    count = len(periods_in(s))
    if count == 1 and (find_span(s) is not None or _FROM_TO.search(fold_width(s))):
        return 2
    return count


#: A span of years written with から and まで (``令和2年度から4年度まで``; not ``4月から12月まで``).
_FROM_TO = regex.compile(r"年度?\s*から\s*(?:[^0-9]{0,4})?[0-9]{1,4}\s*年度?\s*(?:末|中)?\s*まで")


def find_span(s: str) -> tuple[Period, Period] | None:
    """The two ends of the first span of periods a text prints (``R3～R5`` → FY2021 and
    FY2023; ``平成27年度～31年度``); None where its first period opens no span."""
    folded = fold_width(s)
    for m in _SEARCH.finditer(folded):
        try:
            start = parse_period(m.group())
        except ParseError:
            continue
        end = _range_end(folded, m)
        return None if end is None else (start, end)
    return None


#: A year's other name in brackets, then its unit (``2015（平成27）年``, ``2015(H27)年度``).
_GLOSS_THEN_UNIT = regex.compile(
    rf"\s*\(\s*(?:(?:{_ERA})\s*(?:元|[0-9]{{1,2}})|[0-9]{{4}})\s*\)\s*(?P<unit>年度|年)"
)
#: A month right after a year (``…年3月``).
_MONTH_AFTER = regex.compile(r"\s*(?P<m>[0-9]{1,2})\s*月")


#: A year, then its other name in brackets, then the unit both share where it follows them
#: (``令和6年度（2024年度）``, ``2024年度（R6）``, ``2024（令和6）年度``).
_GLOSSED_YEAR = regex.compile(
    r"(?P<a>[^()（）〔〕]+?)\s*[(（〔]\s*(?P<b>[^()（）〔〕]+?)\s*[)）〕]\s*(?P<unit>年度|年)?"
)
#: A bracket a year's other name may stand in.
_GLOSS_BRACKET = regex.compile(r"[(（〔]")


def glossed_year(s: str) -> Period | None:
    """A year printed with its other name in brackets (``令和6年度（2024年度）``,
    ``2024（令和6）年度``, ``R6(2024)``): the year, where both names are one year; None for any
    other text (a heading with words, two different years)."""
    m = _GLOSSED_YEAR.fullmatch(fold_width(s).strip())
    if m is None:
        return None
    unit = m.group("unit") or ""
    try:
        first = parse_period(m.group("a") + unit)
    except ParseError:
        return None
    other = m.group("b") + unit
    if regex.fullmatch(r"[0-9]{4}", other):
        year = int(other)
    else:
        try:
            year = year_of(parse_period(other))
        except ParseError:
            return None
    if year != year_of(first):
        return None
    return Period(first.fiscal_year, first.year, first.month, s)


#: Brackets and marks left around a heading's words once its periods are taken out.
_AROUND_WORDS = regex.compile(r"[\s()（）\[\]【】［］〔〕:：]+")


def without_periods(s: str) -> str:
    """The words of a heading without its periods (``令和6年度（予定）`` → ``予定``): what the
    heading says about the values beside when they were; ``s`` itself where it prints none."""
    folded = fold_width(s)
    rest = _SEARCH.sub("", folded)
    return s if rest == folded else _AROUND_WORDS.sub("", rest)


#: A date a value is counted at, in brackets after the period it is for
#: (``R2実績（R3.3.31現在）``, ``H27～H31（R2.3末時点）``, 大江's ``R3（10月10日調査）``): the
#: bracket holds the date alone.
_AS_OF = regex.compile(r"[(（]\s*(?P<date>[^()（）]{2,16}?)\s*(?:現在|時点|調査)\s*[)）]")


#: A month alone as the date a value is counted at (``7月末``, ``3月``).
_MONTH_ONLY = regex.compile(r"(?P<m>[0-9]{1,2})\s*月\s*(?:末日?|[0-9]{1,2}\s*日)?")


def _as_of(folded: str, start: int, found: Period, end: int) -> Period:
    """A fiscal year followed by the date its value was counted at (``R2実績（R3.3.31現在）``,
    ``H26（7月末時点）``): the year and month of that date where they fall in that fiscal year
    (FY2020 at 2021-03; a month alone is the fiscal year's), else the fiscal year alone."""
    m = _AS_OF.search(folded, start)
    if m is None:
        return _to_date(folded, end, found)
    month_only = _MONTH_ONLY.fullmatch(m.group("date"))
    if month_only is not None and found.fiscal_year is not None:
        # H26（7月末時点）: a month of that fiscal year (April-December in its own calendar
        # year, January-March in the next)
        month = int(month_only.group("m"))
        if 1 <= month <= 12:
            year = year_in_fiscal_year(found.fiscal_year, month)
            return Period(found.fiscal_year, year, month, found.raw)
        return found
    try:
        at = parse_period(m.group("date"))
    except ParseError:
        return found
    if at.year is None or at.month is None or at.fiscal_year != found.fiscal_year:
        return found
    return Period(found.fiscal_year, at.year, at.month, found.raw)


#: The months of a fiscal year counted so far, in brackets right after it (``R5実績（4～9月）``,
#: ``R5年度(4月-12月)``, ``R5実績（9月末）``, ``H30実績（上半期）``).
_TO_DATE = regex.compile(
    r"[^()（）0-9]{0,6}?[(（]\s*(?:"
    # 4～9月, 4月～9月末, 4月1日～9月30日, 4/1～9/30
    r"4\s*(?:月\s*(?:1\s*日)?|/\s*1)?\s*"
    rf"[{RANGE_MARKS}\-]\s*(?P<m>[0-9]{{1,2}})\s*(?:月\s*(?:末|[0-9]{{1,2}}\s*日)?|/\s*[0-9]{{1,2}})"
    r"\s*(?:分|まで)?"
    r"|(?P<end>[0-9]{1,2})\s*月\s*末"
    # 上半期, 上期: April to September (H30実績（上半期）)
    r"|(?P<half>上半?期))\s*[)）]"
)


def months_counted(note: str, fiscal_year: int) -> Period | None:
    """The date a value's bracket says its figure counts the fiscal year's months up to
    (``184.3（4月～2月）`` under R5年度: FY2023 as of 2024-02; ``（9月末）``, ``（上半期）``), raw
    the bracket's words; None for any other note and for the whole year (4～3月)."""
    found = _to_date(f"({fold_width(note).strip()})", 0, Period(fiscal_year, None, None, ""))
    if found.month is None:
        return None
    return Period(found.fiscal_year, found.year, found.month, note.strip())


def _to_date(folded: str, end: int, found: Period) -> Period:
    """A fiscal year whose figure counts its months so far (``R5実績（4～9月）``, ``（9月末）``,
    ``（4/1～9/30）``, ``（上半期）``), the period's text ending at ``end``: the fiscal year as of
    that month's end (FY2023 at 2023-09; a month of January to March is the next calendar
    year's), as ``R5年度上半期`` reads; the whole year (4～3月) stays the fiscal year."""
    assert found.fiscal_year is not None
    m = _TO_DATE.match(folded, end)
    if m is None:
        return found
    month = 9 if m.group("half") else int(m.group("m") or m.group("end"))
    if not 1 <= month <= 12 or (m.group("m") and month == 3):
        return found
    year = year_in_fiscal_year(found.fiscal_year, month)
    return Period(found.fiscal_year, year, month, found.raw)


#: The mark between the two ends of a span of periods (``H27～H31``, ``令和5年度～8年度``).
_RANGE_MARK = regex.compile(rf"\s*[{RANGE_MARKS}]\s*")
#: An arrow after a period and the period it leads to (``R6→R7``, ``令和6年度⇒令和7年度``): a
#: year changed to another.
_MOVED_TO = regex.compile(
    rf"\s*(?:[→⇒➡]|->)\s*(?P<to>{_SEARCH.pattern})", regex.IGNORECASE | regex.VERBOSE
)


def arrow_years(s: str) -> tuple[Period, Period] | None:
    """The two years a heading joins by an arrow (``目標値（R6→R7）``: FY2024, FY2025), where they
    differ; find_period reads the later one where it comes second, else the first. None where
    the heading prints no such pair."""
    folded = fold_width(s)
    for m in _SEARCH.finditer(folded):
        moved = _MOVED_TO.match(folded, m.end())
        if moved is None:
            continue
        try:
            first, second = parse_period(m.group()), parse_period(moved.group("to"))
        except ParseError:
            continue
        if year_of(first) != year_of(second):
            return first, second
    return None


_BARE_END = regex.compile(
    r"(?P<n>[0-9]{1,2}|元)"
    r"(?:[./](?P<month>[0-9]{1,2})(?![0-9])|年(?P<jmonth>[0-9]{1,2})月|(?P<unit>年度末?|年)|(?P<only>月))?"
)
_ERA_AT = regex.compile(rf"(?P<era>{_ERA})\s*", regex.IGNORECASE)


def _range_end(folded: str, start: regex.Match[str]) -> Period | None:
    """Where a period opens a span (``目標値（H27～H31）``), the span's last period: the one
    a target over the span is for, and the latest an actual over it counts (CONVENTIONS). An
    end printed without its era (``平成27年度～31年度``, ``H27～31``) takes the start's."""
    mark = _RANGE_MARK.match(folded, start.end())
    if mark is None:
        return None
    whole = _SEARCH.match(folded, mark.end())
    if whole is not None:  # an end with its own era or a four-digit year
        text = whole.group()
    else:
        bare = _BARE_END.match(folded, mark.end())
        era = _ERA_AT.match(start.group())
        century = regex.match(r"[0-9]{2}(?=[0-9]{2})", start.group())
        if bare is None or (era is None and (century is None or bare.group("n") == "元")):
            return None
        if bare.group("only"):
            # 2020年1月～12月, R2.4～3月: a month after the start's, in its year or the next
            return _month_after(start.group(), int(bare.group("n")))
        suffix = regex.search(r"(?:年度末?|年)$", start.group())
        # 平成27年度～31年度 takes the start's era; 2009～14年 the start's century; an end with
        # its month (H29.4～30.3, 平成29年4月～30年3月) keeps it
        head = era.group("era") if era is not None else century.group()  # type: ignore[union-attr]
        number = bare.group("n") if era is not None else bare.group("n").zfill(2)
        if bare.group("month"):
            tail = f".{bare.group('month')}"
        elif bare.group("jmonth"):
            tail = f"年{bare.group('jmonth')}月"
        else:
            tail = bare.group("unit") or (suffix.group() if suffix else "")
        text = head + number + tail
    try:
        return parse_period(text)
    except ParseError:
        return None


#: A year printed without its era (``20年度実績``, ``３年度``): one or two digits before 年度,
#: not preceded by an era, a digit or a letter.
_ERALESS = regex.compile(
    r"(?<![0-9A-Za-z\p{Han}.])(?P<n>[0-9]{1,2}|元)\s*"
    r"(?:年度(?P<end>末)?|年\s*(?P<month>[0-9]{1,2})\s*月(?![0-9])"
    r"|(?P<cal>年)(?=\s*(?:平均)?\s*[)）]?\s*$)"
    # 3.10.1 (扶桑: 令和3年10月1日, the era left off as a note says): a day of a month, the
    # whole text or a bracket after words (基準値（元.10.1）); not an outline number among
    # words (2.1.1 移住, 施策 2.3.1) or alone in brackets
    r"|(?<=(?:^|\S\s*[(（])\s*(?:[0-9]{1,2}|元))\.(?P<month>[0-9]{1,2})\.(?P<day>[0-9]{1,2})(?![0-9.])"
    r"(?=\s*(?:現在|時点)?\s*[)）]?\s*$)"
    # 2.3末 (板倉: 令和2年3月末, the era left off in every heading): a month's end, the whole
    # text or after a heading's word; the 末 tells it from a decimal (2.3)
    r"|(?<=(?:^|[^\s0-9.]\s*|\s)(?:[0-9]{1,2}|元))\.(?P<month>[0-9]{1,2})(?=末\s*(?:現在|時点)?\s*$))"
)
#: An era name or initial with its year, for telling which era a document dates itself in.
_ERA_DATE = regex.compile(rf"(?P<era>{_ERA})\s*(?:元|[0-9]{{1,2}})\s*年")
_ERA_NAMES = {
    "M": "明治", "T": "大正", "S": "昭和", "H": "平成", "R": "令和",
    "昭": "昭和", "平": "平成", "令": "令和",
}  # fmt: skip


def document_era(texts: Iterable[str]) -> str | None:
    """The era a document dates itself in: the latest era its own dated text names, by name.

    The latest rather than the most frequent, since a sheet mentions old start dates (昭和40年度)
    while its evaluation years are of the era in force (平成25年度).
    """
    seen: set[str] = set()
    for text in texts:
        for m in _ERA_DATE.finditer(fold_width(text)):
            era = m.group("era")
            seen.add(_ERA_NAMES.get(era.upper(), era))
    if not seen:
        return None
    return max(seen, key=lambda e: ERAS[e])


def _latest_eraless(texts: Iterable[str]) -> int | None:
    """The largest era-less year number the texts print (``30年度`` → 30), or None."""
    years = [
        1 if m.group("n") == "元" else int(m.group("n"))
        for text in texts
        for m in _ERALESS.finditer(fold_width(text))
    ]
    return max(years) if years else None


#: The latest Western year an era-less year may stand for when the document names no era: a
#: sheet of actuals printed as ``20年度実績`` is not of 令和20 (2038). A constant, not today's
#: date, so the same input always reads the same.
LATEST_ERALESS_YEAR = 2030


def guess_era(texts: Iterable[str]) -> str | None:
    """For a document that names no era: the latest era in which every era-less year it prints
    (``20年度`` … ``25年度``) lies before LATEST_ERALESS_YEAR; None when it prints none."""
    latest = _latest_eraless(texts)
    if latest is None:
        return None
    for era in ("令和", "平成", "昭和"):
        if ERAS[era] + latest - 1 <= LATEST_ERALESS_YEAR:
            return era
    return None


def find_eraless_period(s: str, era: str) -> Period | None:
    """A fiscal year printed without its era (``20年度実績``) read in ``era``, a month of a
    year (``5年3月末``: March 2023, FY2022; a day of it, ``3.10.1``: October 2021), or a
    calendar year that ends the text (``26年``); the last year of a range (``24～26年度平均``);
    None if none.

    Only for headers of a document whose own dates name ``era``: the caller says which era it
    assumed (in a warning), since nothing in the cell does.
    """
    folded = fold_width(s)
    if _SEARCH.search(folded):
        return None  # the text names its era or a Western year itself
    m = _ERALESS.search(folded)
    if m is None:
        return None
    n = 1 if m.group("n") == "元" else int(m.group("n"))
    if not 1 <= n <= MAX_ERA_YEAR:
        return None
    year = ERAS[era] + n - 1
    if year > LATEST_ERALESS_YEAR:
        # 28年度 read in 令和 would be 2046, not a year a sheet reports: on a 令和元年度 sheet
        # beside 1年度 it is 平成28, a recent year of the era before (a plan's end, 13年度 in
        # 令和, is not 平成13: too long before 令和 began to stand beside its years)
        before = [e for e in ERAS if ERAS[e] < ERAS[era]]
        if not before:
            return None
        start = ERAS[max(before, key=lambda e: ERAS[e])]
        year = start + n - 1
        if not ERAS[era] - ERA_BEFORE_YEARS <= year <= ERAS[era]:
            return None
    if m.group("end"):
        return Period(year, year + 1, 3, s)
    if m.group("month"):  # 5年3月末 (幸田): that month of the calendar year, in its fiscal year
        month = int(m.group("month"))
        if not 1 <= month <= 12 or (m.group("day") and not 1 <= int(m.group("day")) <= 31):
            return None
        return Period(year if month >= 4 else year - 1, year, month, s)
    if m.group("cal"):  # 527万人（26年）: a calendar year, the text's last word
        return Period(None, year, None, s)
    return Period(year, None, None, s)


#: How many years before an era began an era-less year may be read in the era before it (a
#: 令和元年度 sheet's 20年度実績 is 平成20, 2008; its 13年度 is no 平成13, 2001).
ERA_BEFORE_YEARS = 12


#: Years named relative to the year a document reports on (当該年度 in a 令和3年度 report: FY2021),
#: as offsets from it.
RELATIVE_YEARS = {
    "前々年度": -2,
    "前年度": -1,
    "昨年度": -1,
    "当該年度": 0,
    "当年度": 0,
    "今年度": 0,
    "本年度": 0,
    "翌年度": 1,
    "次年度": 1,
    "来年度": 1,
}
_RELATIVE = regex.compile("|".join(sorted(RELATIVE_YEARS, key=len, reverse=True)))
#: A heading that is the year the report evaluates, alone or over its list (``評価対象年度``,
#: ``対象年度実績``); not ``対象年度の前年度実績`` nor ``目標対象年度``.
_EVALUATED_YEAR = regex.compile(r"(?:評価)?対象年度(?:の|›|>)?(?:目標|実績|見込)?値?")


def relative_period(s: str, report_year: int) -> Period | None:
    """The fiscal year a heading names relative to the year its document reports on
    (``当該年度実績`` in a 令和3年度 report: FY2021; ``前年度実績``: FY2020); None when it names
    none, or names a year itself."""
    folded = fold_width(s)
    if _SEARCH.search(folded):
        return None
    if _EVALUATED_YEAR.fullmatch(folded.replace(" ", "")):
        return Period(report_year, None, None, s)  # (高崎: 評価対象年度 over 目標 | 実績)
    m = _RELATIVE.search(folded.replace(" ", ""))
    if m is None:
        return None
    year = report_year + RELATIVE_YEARS[m.group(0)]
    return Period(year, None, None, s)
