"""Numbers as Japanese documents write them: Arabic with grouping, kanji, and the two mixed.

``1,665``, ``146.00``, ``二千五百``, ``十五``, ``二〇二四``, ``3億5千万``, ``1億2,345万`` and
``5,457千`` are all one number here. Input is expected width-folded (ASCII digits and ``,.``).
"""

from __future__ import annotations

from decimal import MAX_EMAX, MAX_PREC, MIN_EMIN, Context, Decimal, localcontext
from typing import NamedTuple

import regex

from jpkpi.errors import ParseError

KANJI_DIGITS: dict[str, int] = {
    "〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4,
    "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "壱": 1, "弐": 2, "参": 3,
}  # fmt: skip
SMALL_SCALES: dict[str, int] = {"十": 10, "百": 100, "千": 1000}
LARGE_SCALES: dict[str, int] = {"万": 10**4, "億": 10**8, "兆": 10**12}

# Up to this many characters a number (with its scale words) fits the default 28 digits; longer
# texts are read in the exact context so that values keep every digit.
_SHORT = 12
#: The context values are computed in: additions and multiplications by scale words are exact
#: whatever the number of digits (a cell's text bounds them), never rounded to 28 or 80 digits.
#: (localcontext copies it, so it is never changed.)
EXACT = Context(prec=MAX_PREC, Emax=MAX_EMAX, Emin=MIN_EMIN)
#: kanji_to_int reads whole numbers of at most this many digits (years, months, counts);
#: a longer run of digits is no such number, and an int of thousands of digits cannot even be
#: printed (Python's limit on int-to-text conversion).
MAX_INT_DIGITS = 18
_ARABIC = regex.compile(r"[0-9][0-9,]*(?:\.[0-9,]*)*")
_GROUPED = regex.compile(r"[0-9]{1,3}(?:,[0-9]{3})+")


class NumberScan(NamedTuple):
    """A number found at a position: its value, where it ended, and whether scale words applied."""

    value: Decimal
    end: int
    scaled: bool


def _arabic_at(s: str, i: int, source: str, offset: int, caller: str) -> tuple[Decimal, int] | None:
    """Read an Arabic number (grouping commas, one decimal point) at ``s[i]``."""
    m = _ARABIC.match(s, i)
    if not m:
        return None
    token = m.group()
    end = m.end()
    while token.endswith(","):  # a trailing comma is punctuation, not grouping
        token, end = token[:-1], end - 1
    integer, dot, fraction = token.partition(".")
    if "." in fraction:
        at = i + len(integer) + 1 + fraction.index(".") + offset
        raise ParseError(
            f"{caller}: {source!r} has two decimal points at position {at}",
            text=source,
            position=at,
        )
    if dot and not fraction:
        at = i + len(integer) + offset
        raise ParseError(
            f"{caller}: {source!r} has a decimal point with no digits after it at position {at}",
            text=source,
            position=at,
        )
    if "," in fraction:
        at = i + len(integer) + 1 + fraction.index(",") + offset
        raise ParseError(
            f"{caller}: {source!r} has a comma after the decimal point at position {at}",
            text=source,
            position=at,
        )
    if "," in integer and not _GROUPED.fullmatch(integer):
        at = i + offset
        raise ParseError(
            f"{caller}: {source!r} has digit grouping that is not in threes at position {at}",
            text=source,
            position=at,
        )
    return Decimal(integer.replace(",", "") + (dot + fraction)), end


def _coefficient_at(
    s: str, i: int, source: str, offset: int, caller: str
) -> tuple[Decimal, int] | None:
    """Read the digits before a scale word: Arabic, or a run of kanji digits read positionally."""
    arabic = _arabic_at(s, i, source, offset, caller)
    if arabic is not None:
        return arabic
    j = i
    while j < len(s) and s[j] in KANJI_DIGITS:
        j += 1
    if j == i:
        return None
    return Decimal("".join(str(KANJI_DIGITS[c]) for c in s[i:j])), j


def _below_man_at(
    s: str, i: int, source: str, offset: int, caller: str
) -> tuple[Decimal, int, bool] | None:
    """Read a number below 万: terms like ``2千5百``, ``二千五百``, ``十五``, ``5,457千``."""
    total = Decimal(0)
    last_scale = 10**9
    found = scaled = False
    while i < len(s):
        coefficient = _coefficient_at(s, i, source, offset, caller)
        j = coefficient[1] if coefficient else i
        scale = SMALL_SCALES.get(s[j]) if j < len(s) else None
        if scale is not None and scale < last_scale:
            total += (coefficient[0] if coefficient else 1) * scale
            last_scale, i, found, scaled = scale, j + 1, True, True
            continue
        if coefficient is not None:
            total += coefficient[0]
            i, found = j, True
        break
    return (total, i, scaled) if found else None


def scan_number(
    s: str, i: int = 0, *, source: str | None = None, offset: int = 0, caller: str = "parse"
) -> NumberScan | None:
    """Read the number starting at ``s[i]``, with scale words applied; None when none starts there.

    ``source`` and ``offset`` name the caller's original string and where ``s`` sits in it, so a
    malformed number raises :class:`ParseError` with a position in the caller's terms.
    """
    source = s if source is None else source
    if len(s) - i <= _SHORT:
        return _scan_number(s, i, source, offset, caller)
    with localcontext(EXACT):  # a long number with scale words can pass 28 digits: stay exact
        return _scan_number(s, i, source, offset, caller)


def _scan_number(s: str, i: int, source: str, offset: int, caller: str) -> NumberScan | None:
    """scan_number's work, in a context precise enough for any number a cell can hold."""
    total = Decimal(0)
    last_scale = 10**16
    found = scaled = False
    while i < len(s):
        part = _below_man_at(s, i, source, offset, caller)
        if part is None:
            break
        value, j, small_scaled = part
        scaled = scaled or small_scaled
        scale = LARGE_SCALES.get(s[j]) if j < len(s) else None
        found = True
        if scale is not None and scale < last_scale:
            total += value * scale
            last_scale, i, scaled = scale, j + 1, True
            continue
        total += value
        i = j
        break
    return NumberScan(total, i, scaled) if found else None


def kanji_to_int(s: str) -> int | None:
    """Read a whole string of numerals as an integer (``六`` → 6); None if it is not one, or
    if it has more than MAX_INT_DIGITS digits (no year, month or count is that long)."""
    try:
        scan = scan_number(s)
    except ParseError:
        return None
    if scan is None or scan.end != len(s) or scan.value != scan.value.to_integral_value():
        return None
    if scan.value and scan.value.adjusted() >= MAX_INT_DIGITS:
        return None
    return int(scan.value)
