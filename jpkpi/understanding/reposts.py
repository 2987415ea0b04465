"""【再掲】 repeats whose rows lost their indicator names get the names of another occurrence.

A program listed again (【再掲】) repeats its indicators with the same values. Extractions
sometimes drop the names of such a repeat and keep only the values; when another occurrence of
the same program lists named indicators whose values line up row by row, those are the names.
"""

from __future__ import annotations

from decimal import Decimal

from jpkpi.errors import ParseError
from jpkpi.primitives.quantity import parse_quantity
from jpkpi.understanding.drafts import Draft, ValueCell


def _values_by_year(cells: list[ValueCell]) -> dict[int | None, Decimal]:
    """The numeric values of a row's actual cells, by fiscal year."""
    out: dict[int | None, Decimal] = {}
    for cell in cells:
        try:
            q = parse_quantity(cell.text)
        except ParseError:
            continue
        if q.value is not None:
            out[cell.period.fiscal_year if cell.period else None] = q.value / q.scale
    return out


def rows_line_up(nameless: Draft, named: Draft) -> bool:
    """Whether two rows print the same numbers wherever both print one (and share at least one)."""
    a, b = _values_by_year(nameless.actuals), _values_by_year(named.actuals)
    common = set(a) & set(b)
    return bool(common) and all(a[k] == b[k] for k in common)


def _runs(drafts: list[Draft]) -> list[list[Draft]]:
    """Consecutive drafts of one program (one occurrence of it)."""
    runs: list[list[Draft]] = []
    for d in drafts:
        if runs and runs[-1][-1].program is d.program:
            runs[-1].append(d)
        else:
            runs.append([d])
    return runs


def fill_reposted_names(drafts: list[Draft]) -> None:
    """Name the nameless rows of a program from another occurrence whose values line up."""
    runs = [r for r in _runs(drafts) if r[0].program is not None and r[0].program.name]
    for run in runs:
        nameless = [d for d in run if d.indicator is None]
        if not nameless:
            continue
        name = run[0].program.name  # type: ignore[union-attr]
        for other in runs:
            if other is run or other[0].program.name != name:  # type: ignore[union-attr]
                continue
            named = [d for d in other if d.indicator is not None]
            if len(named) < len(nameless):
                continue
            if all(rows_line_up(x, y) for x, y in zip(nameless, named, strict=False)):
                for x, y in zip(nameless, named, strict=False):
                    x.indicator, x.label = y.indicator, x.label or y.label
                    x.unit = x.unit or y.unit
                    x.warnings = [w for w in x.warnings if "no indicator name" not in w]
                    x.warnings.append(
                        f"indicator name taken from the same program's row at line {y.line}, "
                        "whose values line up (the name is missing here)"
                    )
                break
