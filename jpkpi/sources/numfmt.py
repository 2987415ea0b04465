"""Excel number formats: the text a person sees in a cell, from its value and its format.

openpyxl gives a cell's stored value (``-20007``) and its format (``#,##0;"△ "#,##0``) but not
what Excel shows (``△ 20,007``). The record spec reads what is shown, so this applies the parts
of the format language KPI workbooks use: sections for positive, negative, zero and text;
quoted and escaped literals; ``0``/``#``/``?`` digits with ``,`` grouping and decimals; ``%``;
trailing ``,`` scaling; ``@`` for text; colours and conditions are ignored. Dates are written
as Western dates (``2025年3月31日``) that parse_period reads, but where the format shows the
era (``[$-411]ggge"年度"``: 平成30年度), as Excel does; openpyxl leaves such a date its serial.
"""

from __future__ import annotations

import datetime as dt
import functools
from decimal import ROUND_HALF_UP, Decimal, localcontext

import regex

from jpkpi.primitives.numerals import EXACT

#: Excel keeps number formats to this many characters; a longer one (only a crafted file has
#: it) is applied as General rather than parsed and repeated in every cell it formats.
MAX_FORMAT_CHARS = 255
#: Excel shows at most this many decimal places, whatever the format asks for.
MAX_DECIMAL_PLACES = 30
#: Significant digits Excel keeps of a number (its formula bar shows no more).
EXCEL_DIGITS = 15
#: What Excel shows for a number it cannot hold (an infinity from a cell of ``1e999``).
NOT_A_NUMBER = "#NUM!"

_SECTION_SPLIT = regex.compile(r';(?=(?:[^"]*"[^"]*")*[^"]*$)')
_BRACKETS = regex.compile(r"\[[^\]]*\]")


def _sections(fmt: str) -> list[str]:
    """A format's sections (positive;negative;zero;text), split outside quotes."""
    return _SECTION_SPLIT.split(fmt)


def _literal_and_pattern(section: str) -> list[tuple[str, str]]:
    """The section as pieces: ("lit", text) for literals, ("num", pattern) for the number."""
    pieces: list[tuple[str, str]] = []
    i = 0
    number = ""
    while i < len(section):
        ch = section[i]
        if ch == '"':
            end = section.find('"', i + 1)
            end = len(section) if end < 0 else end
            pieces.append(("lit", section[i + 1 : end]))
            i = end + 1
            continue
        if ch == "\\" and i + 1 < len(section):
            pieces.append(("lit", section[i + 1]))
            i += 2
            continue
        if ch in "0#?.,":
            number += ch
            if pieces and pieces[-1][0] == "num":
                pieces[-1] = ("num", pieces[-1][1] + ch)
            else:
                pieces.append(("num", ch))
            i += 1
            continue
        if ch == "%":
            pieces.append(("pct", "%"))
        elif ch == "@":
            pieces.append(("text", "@"))
        elif ch in "_*":
            i += 2  # padding to the width of the next character: nothing visible
            continue
        else:
            pieces.append(("lit", ch))
        i += 1
    return pieces


def _format_digits(value: Decimal, pattern: str) -> str:
    """A non-negative number by a digit pattern such as ``#,##0.0``; exact whatever the number
    of digits (a cell of ``1e30`` with ``#,##0`` has 31, past the default 28)."""
    scale = 0
    while pattern.endswith(","):
        pattern, scale = pattern[:-1], scale + 1
    integer_part, _, decimals = pattern.partition(".")
    places = min(sum(ch in "0#?" for ch in decimals), MAX_DECIMAL_PLACES)
    with localcontext(EXACT):
        value = value.scaleb(-3 * scale)
        rounded = value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    text = f"{rounded:,.{places}f}" if "," in integer_part else f"{rounded:.{places}f}"
    if places and decimals and set(decimals) <= {"#"}:
        text = text.rstrip("0").rstrip(".")
    min_int = integer_part.replace(",", "").count("0")
    if min_int == 0 and text.startswith("0"):
        text = text[1:] or "0"
    return text


#: Day 0 of Excel's 1900 date system, as its serial numbers count (its 1900-02-29 is not kept).
EXCEL_EPOCH = dt.date(1899, 12, 30)
#: Day 0 of the 1904 date system (old Mac workbooks; openpyxl's CALENDAR_MAC_1904).
EXCEL_EPOCH_1904 = dt.date(1904, 1, 1)
#: Serials beyond 9999-12-31 are no dates.
_MAX_SERIAL = 2958466
#: A date format's era and era year (``ggge``: 令和6, ``gge``: 令6, ``ge``: R6, ``gggee``: 令和06),
#: lower case as Excel writes them (``General`` has a G and an e, and is no date).
_ERA_TOKENS = regex.compile(r"g{1,3}e{1,2}")
#: A date format's pieces: quoted literals, escaped characters, and the tokens shown here.
_DATE_PIECES = regex.compile(r'"[^"]*"|\\.|ggg|gg|g|ee|e|yyyy|yy|mm|m|dd|d|aaa|.', regex.IGNORECASE)
#: The eras a date may fall in, newest first: first day, name, one-character and Latin initial.
_ERAS = (
    (dt.date(2019, 5, 1), "令和", "令", "R"),
    (dt.date(1989, 1, 8), "平成", "平", "H"),
    (dt.date(1926, 12, 25), "昭和", "昭", "S"),
    (dt.date(1912, 7, 30), "大正", "大", "T"),
)


def _unquoted(fmt: str) -> str:
    """A format without its quoted literals (``"年度"``) and escaped characters."""
    return regex.sub(r'"[^"]*"|\\.', "", fmt)


@functools.lru_cache(maxsize=256)
def _era_section(fmt: str) -> str | None:
    """The section of a date format that names its era (``[$-411]ggge"年度"`` → ``ggge"年度"``),
    asked once per format (every numeric cell asks); None for any other format, and for one that
    shows a time too (its ``m`` would be minutes)."""
    if len(fmt) > MAX_FORMAT_CHARS:
        return None
    section = _sections(_BRACKETS.sub("", fmt))[0]
    bare = _unquoted(section)
    if not _ERA_TOKENS.search(bare) or regex.search(r"[hHsS]", bare):
        return None
    return section


def _era_date(value: dt.date, section: str) -> str | None:
    """A date shown with a date format's section that names its era (``ggge"年度"``: 平成30年度);
    None for a date before the eras Excel knows."""
    day = value.date() if isinstance(value, dt.datetime) else value
    era = next((e for e in _ERAS if day >= e[0]), None)
    if era is None:
        return None
    year = day.year - era[0].year + 1
    tokens = {
        "ggg": era[1], "gg": era[2], "g": era[3], "ee": f"{year:02d}", "e": str(year),
        "yyyy": str(day.year), "yy": f"{day.year % 100:02d}", "mm": f"{day.month:02d}",
        "m": str(day.month), "dd": f"{day.day:02d}", "d": str(day.day),
        "aaa": "月火水木金土日"[day.weekday()],
    }  # fmt: skip
    out = []
    for piece in _DATE_PIECES.findall(section):
        if piece.startswith('"'):
            out.append(piece[1:-1])
        elif piece.startswith("\\") and len(piece) == 2:
            out.append(piece[1])
        else:
            out.append(tokens.get(piece.lower(), piece))
    return "".join(out)


def general(number: Decimal) -> str:
    """Excel's General format: up to 11 significant characters, no float noise (0.1+0.2 → 0.3)."""
    if not number.is_finite():
        return NOT_A_NUMBER
    if number == number.to_integral_value() and abs(number) < 10**11:
        return format(number.quantize(Decimal(1)), "f")
    text = f"{float(number):.10g}"
    if "e" in text:
        mantissa, exponent = text.split("e")
        return f"{mantissa}E{int(exponent):+03d}"
    return text


def rounded_by_general(value: object, fmt: str | None) -> str | None:
    """A float's shortest exact form where General shows it rounded (``73.18741450068399``
    shown as ``73.1874145``); None for every other value and format (a format that rounds
    says how many digits its author meant to show), and where the shown number is the float to
    Excel's 15 digits (``57.999999999999993`` shown as ``58``: float noise, not more data)."""
    if type(value) is not float or _BRACKETS.sub("", fmt or "General") not in ("", "General"):
        return None
    number = Decimal(str(value))
    if not number.is_finite():
        return None
    shown = general(number)
    # past Excel's 15 significant digits a float holds binary noise, not data (57.99999999999999
    # is 58): a number General rounds only within them is the number shown
    with localcontext() as ctx:
        ctx.prec = EXCEL_DIGITS
        if "E" in shown or Decimal(shown) == +number:
            return None
    return format(number, "f")


def format_number(value: object, fmt: str | None, epoch: dt.date = EXCEL_EPOCH) -> str:
    """The text Excel shows for a value with a number format (``epoch``: day 0 of the
    workbook's date system, for a date left as its serial)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, dt.datetime | dt.date):
        era = _era_section(fmt) if fmt else None
        shown = _era_date(value, era) if era is not None else None
        return shown if shown is not None else f"{value.year}年{value.month}月{value.day}日"
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    if fmt and len(fmt) > MAX_FORMAT_CHARS:
        fmt = "General"
    if isinstance(value, str):
        sections = _sections(fmt or "General")
        if len(sections) == 4:
            return "".join(
                p[1] if p[0] == "lit" else value
                for p in _literal_and_pattern(sections[3])
                if p[0] in ("lit", "text")
            )
        return value
    # an int as it is (no text conversion: it may have thousands of digits), a float by its
    # shortest form (what Excel stored, without binary noise)
    if not isinstance(value, int | float | Decimal):
        return str(value)  # a duration or another value no number format applies to
    number = Decimal(value) if isinstance(value, int) else Decimal(str(value))
    if not number.is_finite():
        return NOT_A_NUMBER
    era = _era_section(fmt) if fmt else None
    if era is not None and 0 < number < _MAX_SERIAL:
        # 43191 under [$-411]ggge"年度" (小牧): a date Excel shows in its era, 平成30年度
        shown = _era_date(epoch + dt.timedelta(days=int(number)), era)
        if shown is not None:
            return shown
    fmt = _BRACKETS.sub("", fmt or "General")
    if fmt in ("", "General", "@"):
        return general(number)
    sections = _sections(fmt)
    negative = number < 0
    if negative and len(sections) >= 2:
        section, number, sign = sections[1], number.copy_negate(), ""  # exact, unlike -number
    elif number == 0 and len(sections) >= 3:
        section, sign = sections[2], ""
    else:
        section, sign = sections[0], "-" if negative else ""
        number = number.copy_abs()
    out = []
    pieces = _literal_and_pattern(section)
    if any(kind == "pct" for kind, _ in pieces):
        number = number.scaleb(2, EXACT)
    for kind, text in pieces:
        if kind == "num":
            out.append(_format_digits(number, text))
        elif kind == "lit" or kind == "pct":
            out.append(text)
    if not any(kind == "num" for kind, _ in pieces):
        return "".join(out)
    return sign + "".join(out)
