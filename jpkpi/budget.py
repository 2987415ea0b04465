"""The time and memory one ``jpkpi.parse`` may spend: :class:`Limits`, and the running budget the
readers' loops check.

A parse runs inside :func:`spending`. The readers call :func:`check` in their loops (every page,
every few thousand drawing operators, every sheet row, every table), which raises a
``timeout`` or ``memory`` :class:`~jpkpi.errors.DocumentError` naming the file and where it was
when the budget ran out. Loops inside third-party readers (pdfminer.six's font and CMap
parsing, openpyxl's XML handling) have no such checks, so a watchdog thread stops the parse
there too, a moment after the deadline or as soon as memory passes the limit, by raising an
exception in the parsing thread (CPython only; elsewhere only the checks apply).

Memory is the growth of the process's resident set, less file-backed pages (on Linux), since
the parse began (Linux and macOS), so
in a multi-threaded service other threads' allocations count too. The budget is carried in a
context variable: threads and asyncio tasks each have their own, and nothing global changes.
"""

from __future__ import annotations

import contextlib
import contextvars
import ctypes
import math
import os
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass

from jpkpi.errors import OutOfMemoryError, ParseTimeoutError

#: Default seconds one parse may take: long enough for a few hundred PDF pages or a workbook
#: of tens of thousands of rows, short enough that one crafted file cannot hold a service up.
DEFAULT_SECONDS = 30.0
#: Default MiB of memory one parse may add (the Sudachi dictionary, loaded once per process,
#: takes about 100 of them on the first parse).
DEFAULT_MEMORY_MB = 1024
#: How often the watchdog looks at memory, and how long after the deadline it stops code that
#: has no checks (the checks come first, with the better message).
WATCH_INTERVAL = 0.05
GRACE_SECONDS = 1.0
#: Memory is read at most this often by check() (a /proc read costs about 10 µs).
MEMORY_CHECK_INTERVAL = 0.1


@dataclass(frozen=True)
class Limits:
    """How long one parse may take and how much memory it may add; ``None`` lifts a limit.

    ``Limits()`` are the defaults (30 s, 1,024 MiB); ``Limits(seconds=None, memory_mb=None)``
    trusts the input completely.
    """

    seconds: float | None = DEFAULT_SECONDS
    memory_mb: float | None = DEFAULT_MEMORY_MB
    #: Whether a watchdog thread interrupts code without checks. The batch runner's workers
    #: turn it off: their parent kills them and an address-space limit bounds them, and a
    #: thread interrupting a worker that is out of address space can leave it stuck.
    watchdog: bool = True

    def __post_init__(self) -> None:
        for field, value in (("seconds", self.seconds), ("memory_mb", self.memory_mb)):
            if value is None:
                continue
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise TypeError(f"Limits.{field} must be a number or None, not {value!r}")
            if not (math.isfinite(value) and value > 0):
                raise ValueError(f"Limits.{field} must be a positive number or None, not {value}")


DEFAULT_LIMITS = Limits()


def resident_bytes() -> int | None:
    """The process's resident memory now, less what it shares with files (Linux: /proc; the
    Sudachi dictionary is a mapped file, whose pages count as they are touched, and are not
    the parse's to answer for); elsewhere the peak, from getrusage."""
    try:
        with open("/proc/self/statm", "rb") as f:
            fields = f.read().split()
            return (int(fields[1]) - int(fields[2])) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        pass
    try:
        import resource
    except ImportError:  # Windows
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024


class _Interrupted(BaseException):
    """Raised in the parsing thread by the watchdog; a BaseException, so that no reader's
    ``except Exception`` swallows it."""


class Budget:
    """The budget of one running parse: its deadline, memory baseline and file name."""

    def __init__(self, limits: Limits, name: str) -> None:
        self.limits = limits
        self.name = name
        self.started = time.monotonic()
        self.deadline = None if limits.seconds is None else self.started + limits.seconds
        self.base_memory = resident_bytes() if limits.memory_mb is not None else None
        self.memory_checked = self.started
        #: What the parse was doing when last checked ("page 12"), for the message.
        self.where = ""
        #: Set by the watchdog when it interrupts the parse: "time" or "memory".
        self.tripped: str | None = None

    def grown_mb(self) -> float:
        """MiB the process has grown by since the parse began (0 when it cannot be told)."""
        now = resident_bytes()
        if now is None or self.base_memory is None:
            return 0.0
        return (now - self.base_memory) / 2**20

    def check(self, where: str = "") -> None:
        """Raise if the time or memory budget has run out; ``where`` names the place."""
        if where:
            self.where = where
        now = time.monotonic()
        if self.deadline is not None and now > self.deadline:
            raise self.timeout_error()
        if self.base_memory is not None and now - self.memory_checked > MEMORY_CHECK_INTERVAL:
            self.memory_checked = now
            if self.grown_mb() > (self.limits.memory_mb or 0):
                raise self.memory_error()

    def _at(self) -> str:
        return f" (by {self.where})" if self.where else ""

    def timeout_error(self) -> ParseTimeoutError:
        """The error for a parse past its deadline."""
        return ParseTimeoutError(
            self.name,
            f"took longer than the {self.limits.seconds:g} s time limit{self._at()}; stopped "
            "(raise it with --timeout or jpkpi.parse(..., limits=Limits(seconds=...)))",
        )

    def memory_error(self) -> OutOfMemoryError:
        """The error for a parse past its memory limit."""
        return OutOfMemoryError(
            self.name,
            f"needed more than the {self.limits.memory_mb:g} MiB memory limit{self._at()}; "
            "stopped (raise it with --memory-limit or "
            "jpkpi.parse(..., limits=Limits(memory_mb=...)))",
        )


_CURRENT: contextvars.ContextVar[Budget | None] = contextvars.ContextVar(
    "jpkpi_budget", default=None
)


def check(where: str = "") -> None:
    """Raise a ``timeout`` or ``memory`` DocumentError if the running parse's budget has run
    out; nothing outside a parse. Cheap: readers call it in their loops."""
    budget = _CURRENT.get()
    if budget is not None:
        budget.check(where)


def _set_async_exception(thread_id: int, exception: type[BaseException] | None) -> bool:
    """Raise ``exception`` in another thread at its next bytecode (None: cancel a pending one)."""
    api = getattr(ctypes, "pythonapi", None)
    if api is None or sys.implementation.name != "cpython":
        return False
    exc = ctypes.py_object(exception) if exception is not None else None
    return bool(api.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread_id), exc) == 1)


class _Watchdog(threading.Thread):
    """Interrupts the parsing thread once it is past its deadline (plus a grace) or past its
    memory limit, for code that has no checks of its own."""

    def __init__(self, budget: Budget, target: int) -> None:
        super().__init__(name="jpkpi-budget", daemon=True)
        self.budget = budget
        self.target = target
        self.done = threading.Event()
        self.lock = threading.Lock()
        self.active = True

    def run(self) -> None:
        budget = self.budget
        limit_mb = budget.limits.memory_mb
        while True:
            wait = WATCH_INTERVAL if limit_mb is not None else None
            if budget.deadline is not None:
                left = budget.deadline + GRACE_SECONDS - time.monotonic()
                wait = left if wait is None else min(wait, left)
            if self.done.wait(max(wait, 0.0) if wait is not None else None):
                return
            reason = None
            if budget.deadline is not None and time.monotonic() > budget.deadline + GRACE_SECONDS:
                reason = "time"
            elif limit_mb is not None and budget.grown_mb() > limit_mb:
                reason = "memory"
            if reason is None:
                continue
            with self.lock:
                if self.active and _set_async_exception(self.target, _Interrupted):
                    budget.tripped = reason
            return

    def stop(self) -> None:
        """Stop watching: once this returns, the watchdog interrupts nothing more (one it
        already sent is cancelled by ``spending``)."""
        with self.lock:
            self.active = False
        self.done.set()


@contextlib.contextmanager
def spending(limits: Limits | None, name: str) -> Iterator[Budget | None]:
    """Run the block within ``limits`` for the file ``name`` (None: no budget at all).

    Inside, :func:`check` raises when the budget is spent, and code without checks is
    interrupted by the watchdog; either way the block ends in ParseTimeoutError or
    OutOfMemoryError. A nested parse (an adapter parsing a part) keeps the outer budget.
    """
    if limits is None or (limits.seconds, limits.memory_mb) == (None, None) or _CURRENT.get():
        yield _CURRENT.get()
        return
    budget = Budget(limits, name)
    token = _CURRENT.set(budget)
    watchdog = _Watchdog(budget, threading.get_ident()) if limits.watchdog else None
    if watchdog is not None:
        watchdog.start()
    try:
        yield budget
        if watchdog is not None:
            watchdog.stop()
            if budget.tripped:  # fired as the block ended: cancel the exception not yet raised
                _set_async_exception(threading.get_ident(), None)
    except _Interrupted:
        error = budget.memory_error() if budget.tripped == "memory" else budget.timeout_error()
        raise error from None
    finally:
        if watchdog is not None:
            watchdog.stop()
            watchdog.join()
        _CURRENT.reset(token)
