"""Fill rates: how often each value column of a header is filled, pooled over a document's
tables with the same header, so a row that lost a cell is aligned where values usually stand.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping

from jpkpi.tables.model import Table
from jpkpi.understanding.cells import (
    is_value,
)
from jpkpi.understanding.headers import (
    HeaderSignature,
    count_header_rows,
    header_columns,
    header_signature,
    is_header_row,
    single_group,
)
from jpkpi.understanding.rows import align_cells, column_shapes, prepare_row

#: Fewer data rows than this under one header signature give no fill rates (too few to tell).
MIN_ROWS_FOR_FILL = 5

#: Data rows of one table counted for fill rates: a share, well measured long before the end of
#: a table of 100,000 rows, whose every row would otherwise be aligned twice.
MAX_ROWS_FOR_FILL = 2000


def fill_rates(tables: Iterable[Table]) -> dict[HeaderSignature, dict[int, float]]:
    """For each header signature, the share of data rows that put a value in each column.

    Counted after aligning each row by content alone, so rows a label cell or a dropped cell
    moved are already counted where they belong.
    """
    filled: dict[HeaderSignature, Counter[int]] = {}
    rows_seen: Counter[HeaderSignature] = Counter()
    for table in tables:
        rows = table.rows()
        header_rows = count_header_rows(rows)
        columns = single_group(header_columns(table, header_rows))
        signature = header_signature(columns)
        if not signature:
            continue
        value_columns = {i for i, *_ in signature}
        shapes = column_shapes(rows[header_rows:])
        for row in rows[header_rows : header_rows + MAX_ROWS_FOR_FILL]:
            nonempty = [c for c in row if not c.empty]
            if not nonempty:
                continue
            if is_header_row(nonempty):
                break  # a form: the columns change below here
            cells, _, alignment = align_cells(
                prepare_row(nonempty, columns), columns, table.n_cols, shapes, None
            )
            values = {
                col
                for cell, col in zip(cells, alignment.columns, strict=True)
                if col is not None and is_value(cell.cls)
            }
            if not values:
                continue
            rows_seen[signature] += 1
            filled.setdefault(signature, Counter()).update(values & value_columns)
    return {
        sig: {i: filled[sig][i] / n for i, *_ in sig}
        for sig, n in rows_seen.items()
        if n >= MIN_ROWS_FOR_FILL
    }


class FillRates(Mapping[HeaderSignature, dict[int, float]]):
    """:func:`fill_rates` of a document's tables, counted when first asked for: only the row
    reader asks, and most tables are read from their interpretation, so most documents need
    none (aligning every data row for them was a twentieth of a PDF's parse, issue 13)."""

    def __init__(self, tables: Callable[[], Iterable[Table]]) -> None:
        self._tables: Callable[[], Iterable[Table]] | None = tables
        self._rates: dict[HeaderSignature, dict[int, float]] = {}

    def _counted(self) -> dict[HeaderSignature, dict[int, float]]:
        if self._tables is not None:
            self._rates = fill_rates(self._tables())
            self._tables = None  # let the tables go with the counting done
        return self._rates

    def __getitem__(self, signature: HeaderSignature) -> dict[int, float]:
        return self._counted()[signature]

    def __iter__(self) -> Iterator[HeaderSignature]:
        return iter(self._counted())

    def __len__(self) -> int:
        return len(self._counted())
