"""A supervised pool of worker processes that turns records into rows under a time and memory budget.

Why not ``concurrent.futures.ProcessPoolExecutor``: it cannot stop one task that hangs, and one
dead worker breaks the whole pool and every task in flight. Here each worker is a process of its
own with two pipes; it holds at most ``prefetch`` records (one in progress, the next at hand),
and a thread inside it drains its input pipe, so a send never waits on a busy worker. The
supervisor (the caller's thread) waits on the pipes and on the processes' sentinels with a
deadline, so nothing can make it wait forever:

* a record that runs past ``time_budget`` seconds: the worker is killed and replaced, the record
  becomes an ``error`` row ``timeout``, the record queued behind it is sent again;
* a record that makes the worker's resident memory grow past ``memory_budget`` bytes (polled
  every 50 ms), or hit the address-space limit set inside the worker (``MemoryError``):
  ``error`` row ``memory``, and in the first case the worker is replaced;
* a worker that dies (segfault, OOM killer): its record is retried once in a fresh worker, then
  becomes an ``error`` row ``worker-died``;
* workers that die (or hang) before they are ready, three times in a row:
  :class:`WorkerStartError`, loudly.

Rows come back in completion order (a slow record does not hold back its neighbours); each row
carries its record's ``source`` and ``record_index``.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import multiprocessing.connection
import os
import queue
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import Final

from tamis.batch._extract import error_row, extract_row, precheck
from tamis.batch._records import Record
from tamis.batch._schema import Row
from tamis.errors import TamisError
from tamis.options import Options

__all__ = ["RecordPool", "WorkerStartError"]

_PAGE_SIZE: Final = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096
#: Consecutive workers dying before they are ready after which the pool gives up.
_MAX_START_FAILURES: Final = 3
#: Seconds a new worker may take to start (spawn and imports) before it counts as dead.
_START_TIMEOUT: Final = 120.0
#: How often busy workers' memory is checked, in seconds.
_MEMORY_POLL: Final = 0.05
#: Headroom of the in-worker address-space limit over the polled budget: the poll is the budget,
#: the limit a backstop for allocations too fast for the poll.
_ADDRESS_SPACE_SLACK: Final = 512 << 20
#: Wanted pipe buffer (Linux caps it at /proc/sys/fs/pipe-max-size, 1 MiB by default).
_PIPE_BUFFER: Final = 1 << 20


class WorkerStartError(TamisError, RuntimeError):
    """Worker processes die before they can take any work (a broken installation, a script
    without the ``if __name__ == "__main__":`` guard)."""

    reason = "worker-start-failed"


def _rss_bytes(pid: int) -> int | None:
    try:
        with open(f"/proc/{pid}/statm", "rb") as handle:
            return int(handle.read().split()[1]) * _PAGE_SIZE
    except (OSError, ValueError, IndexError):
        return None


#: The per-record function a worker runs (a module-level function: it is pickled by name).
ExtractFn = Callable[[Record, Options], Row]


def _worker_main(
    inbox: Connection, outbox: Connection, options: Options, memory_budget: int | None, extract: ExtractFn
) -> None:
    """A worker's life: report ready, then extract records until told to stop.

    A thread drains ``inbox`` into a local queue as records arrive, so that the supervisor's
    sends never wait for the record in progress (a page is larger than a pipe's buffer) and the
    next record is at hand when the current one is done.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the supervisor's business
    queued: queue.SimpleQueue[tuple[int, Record] | None] = queue.SimpleQueue()

    def receive() -> None:
        while True:
            try:
                message = inbox.recv()
            except (EOFError, OSError):
                message = None
            queued.put(message)
            if message is None:
                return

    threading.Thread(target=receive, name="tamis-batch-inbox", daemon=True).start()
    if memory_budget is not None:
        _limit_address_space(memory_budget)
    outbox.send(("ready", _rss_bytes(os.getpid())))
    while True:
        message = queued.get()
        if message is None:
            return
        seq, record = message
        try:
            row = extract(record, options)
        except Exception as exc:  # extract_row() catches everything; another function may not
            row = error_row(record, f"unhandled:{type(exc).__name__}", str(exc)[:1000])
        outbox.send(("row", seq, row))


def _widen_pipe(end: Connection) -> None:
    """Give a pipe a buffer the size of a typical page (Linux), so that a send completes at once
    instead of waiting, 64 KiB at a time, for a worker busy extracting to read its inbox."""
    try:
        import fcntl  # noqa: PLC0415  (POSIX only)

        with open("/proc/sys/fs/pipe-max-size", "rb") as handle:
            size = min(_PIPE_BUFFER, int(handle.read()))
        fcntl.fcntl(end.fileno(), fcntl.F_SETPIPE_SZ, size)
    except (ImportError, AttributeError, OSError, ValueError):
        pass  # not Linux, or a lower limit: sends are only slower


def _limit_address_space(memory_budget: int) -> None:
    """Cap the worker's address space a little above the budget: a backstop for allocations
    too fast for the supervisor's polling (they fail with MemoryError, a ``memory`` row)."""
    try:
        import resource  # noqa: PLC0415  (POSIX only)

        with open("/proc/self/statm", "rb") as handle:
            size = int(handle.read().split()[0]) * _PAGE_SIZE
        limit = size + memory_budget + _ADDRESS_SPACE_SLACK
        _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        if hard == resource.RLIM_INFINITY or limit < hard:
            resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    except (ImportError, OSError, ValueError):
        pass  # not Linux: the supervisor's polling still applies


@dataclass(slots=True)
class _Task:
    seq: int
    record: Record
    #: Times the record was in a worker that died.
    deaths: int = 0


@dataclass(slots=True)
class _Worker:
    process: BaseProcess
    #: Records go out on ``inbox``, rows come back on ``outbox``.
    inbox: Connection
    outbox: Connection
    #: Records sent and not answered yet, oldest (in progress) first.
    tasks: deque[_Task] = field(default_factory=deque)
    #: When the oldest task must be done, or (before ready) when the worker must be ready.
    deadline: float = field(default_factory=lambda: time.monotonic() + _START_TIMEOUT)
    ready: bool = False
    #: Resident memory when ready; the budget is counted above it.
    baseline: int = 0


class RecordPool:
    """``workers`` processes extracting records with ``options``, under per-record budgets.

    ``extract`` is the per-record function (:func:`~tamis.batch.extract_row`; tests pass others).
    Each worker holds at most ``prefetch`` records: one in progress, the others queued so that it
    never waits for the supervisor. Use as a context manager; :meth:`map` may be called any
    number of times (one unit after another) and reuses the workers. Workers are spawned, so a
    script that uses the pool needs the ``if __name__ == "__main__":`` guard (without it the
    workers die at start and the pool raises :class:`WorkerStartError`).
    """

    def __init__(
        self,
        *,
        workers: int,
        options: Options,
        time_budget: float = 30.0,
        memory_budget: int | None = 2 << 30,
        prefetch: int = 2,
        extract: ExtractFn = extract_row,
    ) -> None:
        if workers <= 0:
            raise ValueError("workers must be positive")
        if not time_budget > 0:
            raise ValueError("time_budget must be positive")
        self._size = workers
        self._options = options
        self._time_budget = time_budget
        self._memory_budget = memory_budget
        self._prefetch = max(1, prefetch)
        self._extract = extract
        # Spawned, not forked: the supervisor may hold threads (pyarrow's) that a fork would copy
        # in an undefined state.
        self._context = multiprocessing.get_context("spawn")
        self._workers: list[_Worker] = []
        self._seq = 0
        self._start_failures = 0
        #: Workers replaced after a timeout, a memory overrun or a death (for the summary).
        self.restarts = 0

    def __enter__(self) -> RecordPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _spawn(self) -> _Worker:
        inbox_out, inbox_in = self._context.Pipe(duplex=False)
        outbox_out, outbox_in = self._context.Pipe(duplex=False)
        process = self._context.Process(
            target=_worker_main,
            args=(inbox_out, outbox_in, self._options, self._memory_budget, self._extract),
            name="tamis-batch-worker",
            daemon=True,
        )
        process.start()
        inbox_out.close()
        outbox_in.close()
        for end in (inbox_in, outbox_out):
            _widen_pipe(end)
        return _Worker(process, inbox_in, outbox_out)

    def _replace(self, worker: _Worker) -> None:
        if worker.process.is_alive():
            worker.process.kill()
        worker.process.join(timeout=5)
        worker.inbox.close()
        worker.outbox.close()
        self._workers[self._workers.index(worker)] = self._spawn()

    def close(self) -> None:
        """Stop every worker (politely, then not)."""
        for worker in self._workers:
            with contextlib.suppress(OSError):
                worker.inbox.send(None)
        deadline = time.monotonic() + 2.0
        for worker in self._workers:
            worker.process.join(timeout=max(0.0, deadline - time.monotonic()))
            if worker.process.is_alive():
                worker.process.kill()
                worker.process.join(timeout=5)
            worker.inbox.close()
            worker.outbox.close()
        self._workers.clear()

    def map(self, records: Iterable[Record]) -> Iterator[Row]:
        """One row per record, in completion order; reads ``records`` lazily (bounded memory)."""
        while len(self._workers) < self._size:
            self._workers.append(self._spawn())
        source = iter(records)
        retry: deque[_Task] = deque()
        exhausted = False
        try:
            while True:
                # 1. Top up each ready worker's queue: retries first. Records whose fate the
                #    reader already decided never go to a worker.
                for worker in self._workers:
                    while worker.ready and len(worker.tasks) < self._prefetch:
                        if retry:
                            self._send(worker, retry.popleft())
                            continue
                        if exhausted:
                            break
                        try:
                            record = next(source)
                        except StopIteration:
                            exhausted = True
                            break
                        decided = precheck(record)
                        if decided is not None:
                            yield decided
                            continue
                        self._send(worker, _Task(self._seq, record))
                        self._seq += 1
                if exhausted and not retry and not any(w.tasks for w in self._workers):
                    return
                # 2. Wait for a row, a ready message, a death or the nearest deadline.
                watched = [w for w in self._workers if w.tasks or not w.ready]
                now = time.monotonic()
                wake = min(w.deadline for w in watched)
                if self._memory_budget is not None:
                    wake = min(wake, now + _MEMORY_POLL)
                waitables: list[Connection | int] = [w.outbox for w in watched]
                waitables += [w.process.sentinel for w in watched]
                multiprocessing.connection.wait(waitables, timeout=max(0.0, wake - now))
                # 3. Collect rows; deal with deaths, timeouts and memory.
                for worker in watched:
                    yield from self._collect(worker, retry)
        finally:
            # The caller stopped early (or failed): tasks in flight are abandoned, so their
            # workers are replaced lest their late rows surface in the next map().
            for worker in list(self._workers):
                if worker.tasks:
                    worker.tasks.clear()
                    self._replace(worker)

    def _send(self, worker: _Worker, task: _Task) -> None:
        if not worker.tasks:
            worker.deadline = time.monotonic() + self._time_budget
        worker.tasks.append(task)
        # A dead worker cannot take it: its sentinel says so, and _collect() requeues the task.
        with contextlib.suppress(OSError, ValueError):
            worker.inbox.send((task.seq, task.record))

    def _collect(self, worker: _Worker, retry: deque[_Task]) -> Iterator[Row]:
        try:
            while worker.outbox.poll():
                message = worker.outbox.recv()
                if message[0] == "ready":
                    worker.ready = True
                    worker.baseline = message[1] or 0
                    self._start_failures = 0
                elif worker.tasks and message[1] == worker.tasks[0].seq:
                    worker.tasks.popleft()
                    # The next queued record starts now (near enough: the worker had it at hand).
                    worker.deadline = time.monotonic() + self._time_budget
                    yield message[2]
        except (EOFError, OSError):
            pass  # the worker died: its sentinel tells below
        alive = worker.process.is_alive()
        late = time.monotonic() >= worker.deadline
        if not worker.ready:
            if alive and not late:
                return
            # The worker never started (or hangs starting): its records are not to blame.
            code = worker.process.exitcode
            self._requeue(worker, retry)
            self._replace(worker)
            self._start_failures += 1
            if self._start_failures >= _MAX_START_FAILURES:
                raise WorkerStartError(f"batch workers die before they are ready (exit code {code})")
            return
        if not worker.tasks:
            if not alive:  # died while idle: nothing lost
                self._replace(worker)
                self.restarts += 1
            return
        head = worker.tasks[0]
        if not alive:
            code = worker.process.exitcode
            worker.tasks.popleft()
            self._requeue(worker, retry)
            if head.deaths == 0:
                retry.appendleft(_Task(head.seq, head.record, 1))
            else:
                yield error_row(head.record, "worker-died", f"the worker died twice on this record (exit code {code})")
        elif late:
            worker.tasks.popleft()
            self._requeue(worker, retry)
            yield error_row(head.record, "timeout", f"extraction took longer than {self._time_budget:g} s")
        elif self._memory_budget is not None:
            rss = _rss_bytes(worker.process.pid or 0)
            if rss is None or rss - worker.baseline <= self._memory_budget:
                return
            worker.tasks.popleft()
            self._requeue(worker, retry)
            budget_mb = self._memory_budget / (1 << 20)
            yield error_row(head.record, "memory", f"extraction used more than {budget_mb:g} MiB")
        else:
            return
        self._replace(worker)
        self.restarts += 1

    @staticmethod
    def _requeue(worker: _Worker, retry: deque[_Task]) -> None:
        """Send the records queued in a failed worker again, in order and without blame."""
        retry.extendleft(reversed(worker.tasks))
        worker.tasks.clear()
