"""A one-line progress display for batch runs: files done, records, errors, rate, time left.

Drawn on standard error only when it is a terminal (so logs and pipes stay clean), redrawn at
most ten times a second; messages printed through :meth:`Progress.note` clear the line first.
"""

from __future__ import annotations

import time
from typing import TextIO

#: Seconds between two redraws of the line.
REDRAW_INTERVAL = 0.1


def format_progress(done: int, total: int, records: int, failed: int, elapsed: float) -> str:
    """The progress line: ``[ 12/340] 1,234 records · 1 failed · 3.2 files/s · 1m40s left``."""
    width = len(str(total))
    rate = done / elapsed if elapsed > 0 else 0.0
    parts = [f"[{done:>{width}}/{total}]", f"{records:,} records", f"{failed} failed"]
    if done and rate > 0:
        parts.append(f"{rate:.1f} files/s")
        if done < total:
            left = int((total - done) / rate)
            parts.append(f"{left // 60}m{left % 60:02d}s left" if left >= 60 else f"{left}s left")
    return " · ".join(parts)


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

    def update(self, records: int, failed: bool) -> None:
        """Count one file done, with its records, or as failed."""
        self.done += 1
        self.records += records
        self.failed += int(failed)
        now = time.monotonic()
        if now - self._drawn_at >= REDRAW_INTERVAL or self.done == self.total:
            self._draw(now)

    def note(self, message: str) -> None:
        """Print a message line (a warning, an error) without tearing the progress line."""
        self._clear()
        self.stream.write(message + "\n")
        if self.enabled and self.done:
            self._draw(time.monotonic())

    def finish(self) -> None:
        """Leave the final count on its own line."""
        if self.enabled and self._width:
            self._draw(time.monotonic())
            self.stream.write("\n")
            self.stream.flush()
            self._width = 0

    def _draw(self, now: float) -> None:
        if not self.enabled:
            return
        text = format_progress(self.done, self.total, self.records, self.failed, now - self._start)
        pad = max(0, self._width - len(text))
        self.stream.write("\r" + text + " " * pad)
        self.stream.flush()
        self._width = len(text)
        self._drawn_at = now

    def _clear(self) -> None:
        if self.enabled and self._width:
            self.stream.write("\r" + " " * self._width + "\r")
            self._width = 0
