"""Document warnings the reader raises while it reads: a table whose interpretation finds
indicators but from which no record came, named by its place, so that a loss is never silent.

Records carry their own warnings; a table that gave none has no record to carry one, so its
warning belongs to the document. The reader notes it here and ``jpkpi.parse`` adds what was
noted to ``Document.warnings``. Notes are collected per read (a context variable set for the
read), so nothing is shared between documents or threads.
"""

from __future__ import annotations

import contextlib
import contextvars
from collections.abc import Iterator

_NOTICES: contextvars.ContextVar[list[str] | None] = contextvars.ContextVar(
    "jpkpi_document_notices", default=None
)


@contextlib.contextmanager
def collecting_notices() -> Iterator[list[str]]:
    """Within the block, what the reader notes is appended to the list given."""
    notes: list[str] = []
    token = _NOTICES.set(notes)
    try:
        yield notes
    finally:
        _NOTICES.reset(token)


def notice(text: str) -> None:
    """Note a document warning, if a read is collecting them (else the text is dropped: a
    caller of the reader alone asked for drafts only)."""
    notes = _NOTICES.get()
    if notes is not None and text not in notes:
        notes.append(text)


#: The words of the note on a table whose values were read as no indicators' (a document that
#: gives no record says as much of every table in its own warning).
UNREAD_VALUES = "values under a target heading were not read"
#: The words of the warning for a table whose labels name an indicator's lists but that gave
#: no record: where the document gave none, its own warning says what each table held.
LISTS_UNREAD = "the table gave no record"
