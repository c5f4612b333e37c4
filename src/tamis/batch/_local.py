"""The embedded engine: units one after another, records spread over a pool of all the cores.

Parallelism is per record, not per file, so a single big WARC keeps every core busy; the
supervisor (this process) reads, writes and watches the budgets. Memory is bounded: at most
``workers x prefetch`` records are in flight, and part files are written in row groups.

One supervisor spends ~0.8 ms per record (reading, sending, writing) against ~7 ms of extraction
in a worker (``bench/batch.py``): past :data:`WORKERS_PER_SUPERVISOR` workers it would become the
bottleneck. Larger machines get several supervisor processes, each with its share of the workers,
taking units from a common queue (the Ray engine's model, on one machine).
"""

from __future__ import annotations

import math
import multiprocessing
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from typing import Final

from tamis.batch._pool import RecordPool, WorkerStartError
from tamis.batch._records import Record, Unit
from tamis.batch._schema import Row
from tamis.batch._unit import JobSpec, UnitMismatchError, UnitReport, process_unit

__all__ = ["WORKERS_PER_SUPERVISOR", "Progress", "run_local"]

#: Workers one supervisor process keeps busy (see the module's docstring).
WORKERS_PER_SUPERVISOR: Final = 8

#: Called with a failed unit and the reason; the job goes on with the other units.
OnFailure = Callable[[Unit, BaseException], None]


class Progress:
    """A progress bar on stderr (records/s, errors), or nothing when disabled or tqdm is missing."""

    def __init__(self, *, enabled: bool, units: int) -> None:
        self._units = units
        self._done_units = 0
        self._errors = 0
        self._bar = None
        if enabled:
            try:
                from tqdm import tqdm  # noqa: PLC0415  (the batch extra)
            except ImportError:
                return
            self._bar = tqdm(
                desc=self._desc(), unit="rec", file=sys.stderr, mininterval=0.5, smoothing=0.05, dynamic_ncols=True
            )

    def _desc(self) -> str:
        return f"tamis batch [{self._done_units}/{self._units} files]"

    def rows(self, rows: Iterable[Row]) -> Iterator[Row]:
        """Pass ``rows`` through, counting them."""
        for row in rows:
            if self._bar is not None:
                self._bar.update(1)
                if row["status"] == "error":
                    self._errors += 1
                    self._bar.set_postfix_str(f"errors={self._errors}", refresh=False)
            yield row

    def add(self, records: int, errors: int) -> None:
        """Count rows made elsewhere (a Ray task)."""
        if self._bar is not None:
            self._bar.update(records)
            if errors:
                self._errors += errors
                self._bar.set_postfix_str(f"errors={self._errors}", refresh=False)

    def unit_done(self) -> None:
        self._done_units += 1
        if self._bar is not None:
            self._bar.set_description_str(self._desc(), refresh=False)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()


def run_local(
    units: Sequence[Unit],
    spec: JobSpec,
    *,
    workers: int,
    progress: Progress,
    on_failure: OnFailure,
    workers_per_supervisor: int = WORKERS_PER_SUPERVISOR,
) -> tuple[list[UnitReport], int]:
    """Process every unit not done yet; return the reports and the number of worker restarts.

    A unit that fails as a whole (unreadable input, lost connection) is passed to
    ``on_failure`` and left without a marker, so the next run retries it. A worker pool that
    cannot start and a row count that differs from the record count stop the job.
    """
    supervisors = min(math.ceil(workers / workers_per_supervisor), len(units))
    if supervisors > 1:
        return _run_supervisors(units, spec, workers, supervisors, progress, on_failure)
    reports: list[UnitReport] = []
    with RecordPool(
        workers=workers,
        options=spec.options,
        time_budget=spec.time_budget,
        memory_budget=spec.memory_budget,
    ) as pool:

        def run(records: Iterable[Record]) -> Iterator[Row]:
            return progress.rows(pool.map(records))

        for unit in units:
            try:
                report = process_unit(unit, spec, run)
            except (UnitMismatchError, WorkerStartError):
                raise
            except Exception as exc:
                on_failure(unit, exc)
                continue
            reports.append(report)
            progress.unit_done()
        return reports, pool.restarts


# -- several supervisors -----------------------------------------------------------------------

_pool: RecordPool | None = None


def _start_supervisor(spec: JobSpec, workers: int) -> None:
    """Initialise a supervisor process: its own record pool, kept for every unit it takes."""
    global _pool  # noqa: PLW0603  (one pool per supervisor process, which does nothing else)
    _pool = RecordPool(
        workers=workers, options=spec.options, time_budget=spec.time_budget, memory_budget=spec.memory_budget
    )


def _supervise_unit(unit: Unit, spec: JobSpec) -> tuple[UnitReport, int]:
    assert _pool is not None, "_start_supervisor() runs first"
    before = _pool.restarts
    report = process_unit(unit, spec, _pool.map)
    return report, _pool.restarts - before


def _run_supervisors(
    units: Sequence[Unit],
    spec: JobSpec,
    workers: int,
    supervisors: int,
    progress: Progress,
    on_failure: OnFailure,
) -> tuple[list[UnitReport], int]:
    """Units from a common queue to ``supervisors`` processes sharing ``workers`` workers.

    Progress is counted per finished unit. A supervisor process that dies breaks the executor:
    the job stops with an error, loudly; a rerun resumes it.
    """
    share = max(1, workers // supervisors)
    context = multiprocessing.get_context("spawn")
    reports: list[UnitReport] = []
    restarts = 0
    with ProcessPoolExecutor(
        supervisors, mp_context=context, initializer=_start_supervisor, initargs=(spec, share)
    ) as executor:
        pending: dict[Future[tuple[UnitReport, int]], Unit] = {
            executor.submit(_supervise_unit, unit, spec): unit for unit in units
        }
        while pending:
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                unit = pending.pop(future)
                try:
                    report, restarted = future.result()
                except (UnitMismatchError, WorkerStartError, BrokenProcessPool):
                    raise
                except Exception as exc:
                    on_failure(unit, exc)
                    continue
                reports.append(report)
                restarts += restarted
                errors = sum(n for key, n in report.outcomes.items() if key.startswith("error"))
                progress.add(report.records, errors)
                progress.unit_done()
    return reports, restarts
