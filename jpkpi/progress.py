"""A one-line progress display for batch runs: files done, records, errors, rate, time left, and
the file in work the longest.

Drawn on standard error only when it is a terminal (so logs and pipes stay clean). It is drawn
when the run starts, redrawn as files finish (at most ten times a second) and on the batch
runner's heartbeat while a long file parses, cut to the terminal's width at every draw (a line
that wraps leaves a copy of itself at each redraw), and cleared at the end, where the command
prints its summary once. Messages printed through :meth:`Progress.note` clear the line first.

No thread draws it: the batch runner forks workers, and a fork while another thread holds the
stream's lock can hang the child, so the runner calls :meth:`Progress.tick` as it waits.
"""

from __future__ import annotations

import os
import time
import unicodedata
from collections.abc import Sequence
from typing import TextIO

#: Seconds between two redraws of the line as files finish.
REDRAW_INTERVAL = 0.1
#: Columns assumed when the terminal does not say.
FALLBACK_COLUMNS = 80
#: Separator of the line's parts (ASCII: East Asian terminals draw ``·`` two columns wide).
SEPARATOR = ", "


def display_width(text: str) -> int:
    """Columns ``text`` takes on a terminal: wide and ambiguous East Asian characters take two
    (as Japanese terminals draw them), combining marks none."""
    width = 0
    for ch in text:
        if unicodedata.combining(ch):
            continue
        width += 2 if unicodedata.east_asian_width(ch) in ("W", "F", "A") else 1
    return width


def _cut_left(text: str, columns: int) -> str:
    """``text`` cut from the left to ``columns`` (``...`` marks the cut), for a file's path
    whose end (its name) says the most."""
    if display_width(text) <= columns:
        return text
    kept = ""
    for ch in reversed(text):
        if display_width("..." + ch + kept) > columns:
            break
        kept = ch + kept
    return "..." + kept if columns >= 3 else ""


def fit_line(parts: Sequence[str], columns: int) -> str:
    """As many of ``parts`` (most important first) as fit in ``columns``; the first part is cut
    if it alone does not fit, and the last one kept may be cut from the left."""
    line = ""
    for part in parts:
        joined = part if not line else line + SEPARATOR + part
        if display_width(joined) <= columns:
            line = joined
            continue
        room = columns - display_width(line + SEPARATOR) if line else columns
        if room >= 12:  # a cut part still says something: a path's end
            line = (line + SEPARATOR if line else "") + _cut_left(part, room)
        elif not line:
            line = _cut_left(part, columns)
        break
    return line


def progress_parts(
    done: int,
    total: int,
    records: int,
    failed: int,
    elapsed: float,
    working: tuple[str, float] | None = None,
) -> list[str]:
    """The parts of the progress line, most important first:
    ``[ 12/340]``, ``1,234 records``, ``1 failed``, ``3.2 files/s``, ``1m40s left``, and the file
    in work the longest with its seconds (``kobe/kpi.pdf 12s``)."""
    width = len(str(total))
    rate = done / elapsed if elapsed > 0 else 0.0
    parts = [f"[{done:>{width}}/{total}]", f"{records:,} records", f"{failed} failed"]
    if done and rate > 0:
        parts.append(f"{rate:.1f} files/s")
        if done < total:
            parts.append(_duration(int((total - done) / rate)) + " left")
    if working is not None:
        name, seconds = working
        parts.append(f"{name} {_duration(int(seconds))}")
    return parts


def _duration(seconds: int) -> str:
    return f"{seconds // 60}m{seconds % 60:02d}s" if seconds >= 60 else f"{seconds}s"


class Progress:
    """Progress of a run over ``total`` files, shown on ``stream`` when ``enabled``."""

    def __init__(self, total: int, stream: TextIO, enabled: bool) -> None:
        self.total = total
        self.stream = stream
        self.enabled = enabled
        self.done = self.records = self.failed = 0
        self._start = time.monotonic()
        self._drawn_at = 0.0
        self._width = 0
        self._working: tuple[str, float] | None = None
        self._draw(self._start)  # at once: a long first file must not leave the terminal blank

    def update(self, records: int, failed: bool) -> None:
        """Count one file done, with its records, or as failed."""
        self.done += 1
        self.records += records
        self.failed += int(failed)
        self._working = None  # the runner's next heartbeat says which file is in work now
        now = time.monotonic()
        if now - self._drawn_at >= REDRAW_INTERVAL or self.done == self.total:
            self._draw(now)

    def tick(self, working: Sequence[tuple[str, float]]) -> None:
        """Redraw while files parse: ``working`` holds each file in work with the monotonic time
        it started; the line names the one in work the longest."""
        now = time.monotonic()
        if working:
            name, started = min(working, key=lambda w: w[1])
            self._working = (name, now - started)
        else:
            self._working = None
        if now - self._drawn_at >= REDRAW_INTERVAL:
            self._draw(now)

    def note(self, message: str) -> None:
        """Print a message line (a warning, an error) without tearing the progress line."""
        self._clear()
        self.stream.write(message + "\n")
        if self.enabled:
            self._draw(time.monotonic())

    def finish(self) -> None:
        """Clear the line: the command prints the run's summary once, on a line of its own."""
        self._clear()
        if self.enabled:
            self.stream.flush()

    def _columns(self) -> int:
        """The terminal's width now (it may have been resized), ``COLUMNS`` first."""
        if os.environ.get("COLUMNS", "").isdigit() and int(os.environ["COLUMNS"]) > 0:
            return int(os.environ["COLUMNS"])
        try:
            columns = os.get_terminal_size(self.stream.fileno()).columns
        except (AttributeError, OSError, ValueError):
            return FALLBACK_COLUMNS
        return columns if columns > 0 else FALLBACK_COLUMNS

    def _draw(self, now: float) -> None:
        if not self.enabled:
            return
        elapsed = now - self._start
        parts = progress_parts(
            self.done, self.total, self.records, self.failed, elapsed, self._working
        )
        # one column short of the edge: a character in the last column makes some terminals
        # wrap at once, and the next \r then lands on a new line
        columns = max(1, self._columns() - 1)
        text = fit_line(parts, columns)
        width = display_width(text)
        pad = max(0, min(self._width, columns) - width)  # what is left of the last line
        self.stream.write("\r" + text + " " * pad)
        self.stream.flush()
        self._width = width
        self._drawn_at = now

    def _clear(self) -> None:
        if self.enabled and self._width:
            self.stream.write("\r" + " " * self._width + "\r")
            self._width = 0
