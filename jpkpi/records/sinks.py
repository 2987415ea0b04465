"""Where a run's records go: one output written file by file, complete only once closed.

Each input's records are numbered on their own (``record_id``, see
:func:`jpkpi.records.output.with_record_ids`). JSON Lines and long CSV are written as each
input's records arrive (a run over thousands of
files never holds them all); a JSON array and wide CSV (whose columns depend on every record)
are written at the end; Parquet appends a row group per input. Output is UTF-8 whatever the
locale. A regular file (or a new one) is written under a temporary name and renamed when closed,
so an interrupted run never leaves a half file behind that looks finished (``--skip-existing``
relies on this); anything else (a FIFO, a device such as ``/dev/null``) is written in place, never
replaced. A write that fails raises :class:`~jpkpi.errors.OutputError` naming the output.
"""

from __future__ import annotations

import contextlib
import io
import os
import stat
import sys
from collections.abc import Iterator
from typing import IO, TYPE_CHECKING, Any, TextIO

from jpkpi.errors import JpkpiError, OutputError
from jpkpi.records.output import (
    UTF8_BOM,
    record_ids,
    write_csv,
    write_csv_long,
    write_json,
    write_jsonl,
)

if TYPE_CHECKING:
    from _typeshed import ReadableBuffer

#: The output name for standard output (``-o -``).
STDOUT = "-"
#: How messages name standard output.
STDOUT_NAME = "<stdout>"


def partial_name(path: str) -> str:
    """Where an output is written until complete: hidden, so dataset readers skip it."""
    folder, name = os.path.split(path)
    return os.path.join(folder, f".{name}.partial-{os.getpid()}")


@contextlib.contextmanager
def writing(name: str) -> Iterator[None]:
    """Turn a failed write into an OutputError naming the output (a broken pipe stays one)."""
    try:
        yield
    except BrokenPipeError:  # the reader stopped (`jpkpi … | head`): not a failure
        raise
    except OSError as e:
        raise OutputError(name, f"cannot be written ({e.strerror or e})") from None


class Output(io.BufferedIOBase):
    """One output's bytes: standard output, a file renamed into place when complete, or a FIFO
    or device written in place; ``commit()`` finishes it, ``discard()`` drops it.

    A regular file (or a path that does not exist yet) is written under a temporary name beside
    it and renamed over it by ``commit()``, so readers never see half an output. Anything else
    that exists (a FIFO, a character device, ``/dev/stdout``) is opened and written directly,
    because renaming over it would replace the device or pipe with a plain file.
    """

    def __init__(self, path: str | None) -> None:
        super().__init__()
        self.path = None if path in (None, STDOUT) else path
        self.name = self.path or STDOUT_NAME
        self._partial: str | None = None
        self._target: str | None = None
        self._written = 0
        self._failed = False
        self._done = False
        if self.path is None:
            sys.stdout.flush()  # what was printed before goes first
            self._raw: IO[bytes] = sys.stdout.buffer
            return
        with writing(self.name):
            try:
                st: os.stat_result | None = os.stat(self.path)
            except FileNotFoundError:
                st = None
            if st is not None and not stat.S_ISREG(st.st_mode):
                # unbuffered: a run stopped while a FIFO's reader is not reading must not block
                # again flushing a buffer on its way out (it hung past Ctrl-C)
                self._raw = open(self.path, "wb", buffering=0)  # noqa: SIM115 - in place
                return
            self._target = os.path.realpath(self.path)  # a symlink's file, not the symlink
            self._partial = partial_name(self._target)
            self._raw = open(self._partial, "wb")  # noqa: SIM115 - closed by commit or discard
            if st is not None:
                os.chmod(self._partial, stat.S_IMODE(st.st_mode))  # keep the file's permissions

    def writable(self) -> bool:
        """Always: an output is for writing."""
        return True

    def write(self, data: ReadableBuffer) -> int:
        """Write bytes; OutputError naming the output when they cannot be written."""
        if self._failed:
            raise OutputError(self.name, "cannot be written (an earlier write failed)")
        try:
            with writing(self.name):
                n = self._raw.write(data)
        except OutputError:
            self._failed = True
            raise
        self._written += n
        return n

    def tell(self) -> int:
        """Bytes written so far (Parquet's writer asks; a pipe cannot tell it)."""
        return self._written

    def flush(self) -> None:
        """Push buffered bytes to the file or stream (nothing after it failed or was finished)."""
        if self._failed or self._done:
            return
        try:
            with writing(self.name):
                self._raw.flush()
        except OutputError:
            self._failed = True
            raise

    def commit(self) -> None:
        """Finish the output: flush it, and put a file written aside in place under its name."""
        if self._done:
            return
        try:
            self.flush()
            if self.path is not None:
                with writing(self.name):
                    self._raw.close()
                    if self._partial and self._target:
                        os.replace(self._partial, self._target)
                        self._partial = None
        except BaseException:
            self.discard()
            raise
        self._done = True
        super().close()

    def discard(self) -> None:
        """Drop an output that will not be finished: a file written aside is removed."""
        if self._done:
            return
        self._done = True
        if self.path is not None:
            with contextlib.suppress(OSError):
                self._raw.close()
        if self._partial:
            with contextlib.suppress(OSError):
                os.remove(self._partial)
        super().close()

    def close(self) -> None:
        """Drop the output unless ``commit()`` finished it (closing alone never renames)."""
        self.discard()

    def text(self) -> TextIO:
        """A UTF-8 text writer over this output (``\\n`` line ends on every platform)."""
        return io.TextIOWrapper(self, encoding="utf-8", newline="", write_through=True)


def utf8_stdout() -> tuple[TextIO, Output | None]:
    """Standard output as a UTF-8 text writer, whatever its own encoding (cp932 on Windows),
    with the Output beneath to ``commit()`` (None when standard output takes only text)."""
    if not hasattr(sys.stdout, "buffer"):  # replaced by a text-only stream (io.StringIO)
        return sys.stdout, None
    output = Output(None)
    return output.text(), output


class Sink:
    """Records of a run, in order; ``close()`` finishes the output, ``abort()`` drops it.

    ``path`` None or ``"-"`` is standard output (or ``stream``, a text writer, when given).
    ``escape_formulas`` guards CSV text against spreadsheet formulas; ``bom`` starts CSV with
    a UTF-8 byte-order mark for Excel.
    """

    def __init__(
        self,
        fmt: str,
        path: str | None,
        stream: TextIO | None = None,
        *,
        escape_formulas: bool = True,
        bom: bool = False,
    ) -> None:
        self.format = fmt
        self.path = None if path == STDOUT else path
        self.name = self.path or STDOUT_NAME
        self.escape_formulas = escape_formulas
        self._collected: list[dict[str, Any]] = []
        self._ids: list[str] = []
        self._parquet: Any = None
        self._output: Output | None = None
        self._text: TextIO
        if fmt == "parquet" and self.path is None:
            raise JpkpiError("--format parquet writes a file: give -o FILE (or -o DIR --split)")
        if self.path is None:
            if stream is None:
                stream, self._output = utf8_stdout()
            self._text = stream
        else:
            self._output = Output(self.path)
            self._text = self._output.text()
        if fmt == "parquet":
            from jpkpi.records.arrow import ParquetSink

            assert self._output is not None
            with writing(self.name):
                self._parquet = ParquetSink(self._output)
            return
        if bom and fmt in ("csv", "csv-long"):
            self._text.write(UTF8_BOM)
        if fmt == "csv-long":
            write_csv_long([], self._text, escape_formulas=escape_formulas)

    def write(self, records: list[dict[str, Any]]) -> None:
        """Add one input's records."""
        if self._parquet is not None:
            with writing(self.name):
                self._parquet.write(records)
        elif self.format == "jsonl":
            write_jsonl(records, self._text)
        elif self.format == "csv-long":
            write_csv_long(records, self._text, header=False, escape_formulas=self.escape_formulas)
        else:
            self._collected.extend(records)
            self._ids.extend(record_ids(records))

    def close(self) -> None:
        """Write what waited for the end, and put the file in place under its own name."""
        try:
            if self._parquet is not None:
                with writing(self.name):
                    self._parquet.close()
            else:
                buffer = io.StringIO()
                if self.format == "json":
                    write_json(self._collected, buffer)
                elif self.format == "csv":
                    write_csv(
                        self._collected,
                        buffer,
                        ids=self._ids,
                        escape_formulas=self.escape_formulas,
                    )
                self._text.write(buffer.getvalue())
                self._text.flush()
            if self._output is not None:
                self._output.commit()
        except BaseException:
            self.abort()
            raise

    def abort(self) -> None:
        """Drop a file output that will not be finished (the run was interrupted)."""
        if self._parquet is not None:
            with contextlib.suppress(Exception):  # a half-written file goes anyway
                self._parquet.close()
        if self._output is not None:
            self._output.discard()
