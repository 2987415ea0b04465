"""Tables kept packed: a document's blocks with each table held as compact bytes, decoded on
access.

A table as objects (cells, places, text lines, their boxes) takes about 85 KB a page of a
ruled form; packed, about 7 KB. A long PDF's tables are packed as each page is laid out, so the
memory a parse holds grows by a few KB a page, not by the page's objects. Each access decodes
the table afresh (about a millisecond a page): a reader that goes through the blocks once holds
one table at a time; a caller who wants them all as objects takes ``list(blocks)``.
"""

from __future__ import annotations

import marshal
import os
import tempfile
import zlib
from collections.abc import Iterable, Iterator, MutableSequence
from typing import Any, BinaryIO, cast, overload

from jpkpi.tables.model import Block, Cell, CellLine, Provenance, Table, TextLine

#: zlib's fastest level: packing is on the path of every page, and it already takes a table
#: from 25 KB (marshalled) to 7 KB.
_LEVEL = 1

_Place = tuple[Any, ...]


def _place(p: Provenance) -> _Place:
    return (p.line, p.column, p.page, p.bbox, p.sheet, p.address, p.table, p.row)


def _cell(c: Cell) -> tuple[Any, ...]:
    lines = tuple((ln.text, ln.y, ln.x0, ln.x1, ln.top) for ln in c.lines)
    place = _place(c.provenance)
    return (c.row, c.col, c.text, c.rowspan, c.colspan, place, c.header, lines, c.fill)


def pack_table(table: Table) -> bytes:
    """A table as bytes (marshal of its fields' plain values, deflated); unpack_table reverses
    it exactly."""
    fields = (
        table.n_rows,
        table.n_cols,
        _place(table.provenance),
        tuple(map(_cell, table.cells)),
        tuple(map(_cell, table.overlays)),
    )
    return zlib.compress(marshal.dumps(fields), _LEVEL)


def _unpacked_cell(fields: tuple[Any, ...]) -> Cell:
    row, col, text, rowspan, colspan, place, header, lines, fill = fields
    return Cell(
        row,
        col,
        text,
        rowspan,
        colspan,
        Provenance(*place),
        header,
        tuple(CellLine(*line) for line in lines),
        fill,
    )


def unpack_table(data: bytes) -> Table:
    """The table pack_table packed (equal to it, a new object each time)."""
    n_rows, n_cols, place, cells, overlays = marshal.loads(zlib.decompress(data))
    return Table(
        tuple(map(_unpacked_cell, cells)),
        n_rows,
        n_cols,
        Provenance(*place),
        tuple(map(_unpacked_cell, overlays)),
    )


#: Packed tables beyond this many bytes in one document (a 150-page PDF of forms) go to an
#: unnamed temporary file, which the system removes when it is closed: the memory a long
#: document's parse holds then stays flat however many pages it has.
SPILL_BYTES = 1 << 20

#: A document's tables stay objects up to this many (a sheet, a report of a few dozen pages:
#: nothing to gain, a decode on each pass to lose); from the next one on, all are packed.
PACK_FROM_TABLES = 64

#: A block as held: a text line, a table not packed, a packed table's bytes, or its (offset,
#: length) in the temporary file.
_Item = TextLine | Table | bytes | tuple[int, int]


class PackedBlocks(MutableSequence[Block]):
    """A document's blocks in order, as a list gives them, each table packed (text lines are
    kept as they are: they are few and small). Reading an item decodes its table; storing one
    packs it. Tables are packed from the PACK_FROM_TABLES-th on (all of them then); past
    SPILL_BYTES of packed tables, they are kept in a temporary file (in memory still where no
    temporary file can be written)."""

    __slots__ = ("_file", "_held", "_items", "_packing", "_tables")

    def __init__(self, blocks: Iterable[Block] = ()) -> None:
        self._items: list[_Item] = []
        self._held = 0  # bytes of packed tables held in memory
        self._file: BinaryIO | None = None
        self._packing = False
        self._tables = 0  # tables stored (for PACK_FROM_TABLES)
        for block in blocks:
            self.append(block)

    @classmethod
    def _of_packed(cls, items: Iterable[TextLine | Table | bytes]) -> PackedBlocks:
        """A PackedBlocks of blocks some of them packed already (what __reduce__ gives)."""
        out = cls()
        for x in items:
            if isinstance(x, bytes):
                out._packing = True
                out._tables += 1
                out._items.append(out._kept(x))
            else:
                out.append(x)
        return out

    @property
    def packed(self) -> bool:
        """Whether the tables are held packed (a long document), so that each access decodes."""
        return self._packing

    def _stored(self, block: Block) -> _Item:
        if isinstance(block, TextLine):
            return block
        self._tables += 1
        if not self._packing and self._tables > PACK_FROM_TABLES:
            self._packing = True
            for i, item in enumerate(self._items):  # in place: a caller may be extending it
                if isinstance(item, Table):
                    self._items[i] = self._kept(pack_table(item))
        return self._kept(pack_table(block)) if self._packing else block

    def _kept(self, data: bytes) -> _Item:
        if self._file is None and self._held + len(data) > SPILL_BYTES:
            self._spill()
        if self._file is not None:
            try:
                offset = self._file.seek(0, os.SEEK_END)
                view = memoryview(data)
                while view:  # (an unbuffered write may take less than all)
                    written = self._file.write(view)
                    if not written:
                        raise OSError("the temporary file takes nothing more")
                    view = view[written:]
                return (offset, len(data))
            except OSError:  # a full disk: in memory, then
                pass
        self._held += len(data)
        return data

    def _spill(self) -> None:
        """Move the packed tables held so far to a new temporary file (if one can be made)."""
        try:
            # kept open for the blocks' life (closed, and so removed, when they are let go)
            self._file = cast("BinaryIO", tempfile.TemporaryFile(buffering=0))  # noqa: SIM115
        except OSError:
            self._held = -(1 << 62)  # no temporary folder to write in: never try again
            return
        self._held = 0
        for i, item in enumerate(self._items):  # in place: a caller may be extending the list
            if isinstance(item, bytes):
                self._items[i] = self._kept(item)

    def _bytes(self, item: bytes | tuple[int, int]) -> bytes:
        if isinstance(item, bytes):
            return item
        assert self._file is not None
        offset, length = item
        return os.pread(self._file.fileno(), length, offset)

    def _block(self, item: _Item) -> Block:
        if isinstance(item, (TextLine, Table)):
            return item
        return unpack_table(self._bytes(item))

    def line_at(self, index: int) -> TextLine | None:
        """The text line at ``index``, or None where a table stands (left packed: a caller
        that looks only for lines does not decode the tables it passes)."""
        item = self._items[index]
        return item if isinstance(item, TextLine) else None

    def __len__(self) -> int:
        return len(self._items)

    @overload
    def __getitem__(self, index: int) -> Block: ...

    @overload
    def __getitem__(self, index: slice) -> list[Block]: ...

    def __getitem__(self, index: int | slice) -> Block | list[Block]:
        if isinstance(index, slice):
            return [self._block(item) for item in self._items[index]]
        return self._block(self._items[index])

    @overload
    def __setitem__(self, index: int, value: Block) -> None: ...

    @overload
    def __setitem__(self, index: slice, value: Iterable[Block]) -> None: ...

    def __setitem__(self, index: int | slice, value: Block | Iterable[Block]) -> None:
        if isinstance(index, slice):
            assert not isinstance(value, (Table, TextLine))
            self._items[index] = [self._stored(b) for b in value]
        else:
            assert isinstance(value, (Table, TextLine))
            self._items[index] = self._stored(value)

    def __delitem__(self, index: int | slice) -> None:
        del self._items[index]

    def insert(self, index: int, value: Block) -> None:
        """Put ``value`` before ``index`` (packed if a table)."""
        self._items.insert(index, self._stored(value))

    def __iter__(self) -> Iterator[Block]:
        return map(self._block, self._items)

    def __eq__(self, other: object) -> bool:
        """Equal to a sequence of the same blocks (a list, a tuple or another PackedBlocks)."""
        if not isinstance(other, (PackedBlocks, list, tuple)):
            return NotImplemented
        return len(other) == len(self) and all(a == b for a, b in zip(self, other, strict=True))

    __hash__ = None  # type: ignore[assignment]

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickled as the packed bytes (a worker process sends a document back so), never the
        temporary file."""
        items = [x if isinstance(x, (TextLine, Table)) else self._bytes(x) for x in self._items]
        return (PackedBlocks._of_packed, (items,))

    def __repr__(self) -> str:
        tables = [x for x in self._items if not isinstance(x, TextLine)]
        size = sum(
            len(x) if isinstance(x, bytes) else x[1] for x in tables if not isinstance(x, Table)
        )
        where = " (in a temporary file)" if self._file is not None else ""
        held = f"packed in {size:,} bytes{where}" if self._packing else "not packed"
        return f"PackedBlocks({len(self)} blocks, {len(tables)} tables {held})"


def text_lines(blocks: Iterable[Block]) -> Iterator[TextLine]:
    """The text lines of ``blocks`` in order; a PackedBlocks' tables are not decoded for it."""
    if isinstance(blocks, PackedBlocks):
        return (item for item in blocks._items if isinstance(item, TextLine))
    return (b for b in blocks if isinstance(b, TextLine))


def count_tables(blocks: Iterable[Block]) -> int:
    """How many tables ``blocks`` hold; a PackedBlocks' tables are not decoded for it."""
    if isinstance(blocks, PackedBlocks):
        return sum(not isinstance(item, TextLine) for item in blocks._items)
    return sum(isinstance(b, Table) for b in blocks)
