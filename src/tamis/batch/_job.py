"""A batch job from start to end: inputs to units, an engine, then the summary and site statistics."""

from __future__ import annotations

import dataclasses
import os
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from tamis.batch._errors import require
from tamis.batch._local import Progress, run_local
from tamis.batch._output import OutputDir, OutputFormat, job_description
from tamis.batch._readers import DEFAULT_HTML_CHUNK, expand_inputs
from tamis.batch._records import InputKind, Unit
from tamis.batch._stats import merge_sites
from tamis.batch._unit import JobSpec, UnitReport
from tamis.options import Options

#: Share of the per-record process budget given to the in-process budget (Options.time_budget_s).
BATCH_INNER_BUDGET_SHARE = 0.8

__all__ = ["BatchSummary", "Engine", "default_workers", "run_batch"]

Engine = Literal["local", "ray"]


def default_workers() -> int:
    """The cores this process may use."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


@dataclass(frozen=True, slots=True)
class BatchSummary:
    """What a job produced: counts over the whole output (earlier runs included) and this run's pace."""

    out: str
    engine: Engine
    units: int
    #: Units processed by this run, found done by an earlier run, and failed (retried next run).
    units_run: int
    units_resumed: int
    failed_units: tuple[tuple[str, str], ...]
    #: Records (= rows) over the whole output.
    records: int
    #: Rows per ``status`` and per ``status/reason``, over the whole output.
    outcomes: dict[str, int]
    #: This run only.
    records_run: int
    seconds: float
    workers: int
    worker_restarts: int

    @property
    def by_status(self) -> dict[str, int]:
        counts: Counter[str] = Counter()
        for key, count in self.outcomes.items():
            counts[key.split("/", 1)[0]] += count
        return {status: counts[status] for status in ("ok", "skipped", "error")}

    @property
    def complete(self) -> bool:
        return not self.failed_units

    def to_dict(self) -> dict[str, Any]:
        return {
            "out": self.out,
            "engine": self.engine,
            "units": self.units,
            "units_run": self.units_run,
            "units_resumed": self.units_resumed,
            "failed_units": [list(item) for item in self.failed_units],
            "records": self.records,
            "by_status": self.by_status,
            "outcomes": dict(sorted(self.outcomes.items())),
            "records_run": self.records_run,
            "seconds": round(self.seconds, 3),
            "workers": self.workers,
            "worker_restarts": self.worker_restarts,
        }

    def format(self) -> str:
        """The summary as a few lines of text, for stderr."""
        rate = self.records_run / self.seconds if self.seconds > 0 else 0.0
        lines = [
            f"tamis batch: {self.records} records in {self.units} files -> {self.out}",
            f"  this run: {self.units_run} files, {self.records_run} records in {self.seconds:.1f} s "
            f"({rate:.1f} records/s, {self.workers} workers, {self.worker_restarts} worker restarts); "
            f"{self.units_resumed} files already done",
        ]
        for status, count in self.by_status.items():
            lines.append(f"  {status:<8} {count:>10}")
            for key, n in sorted(self.outcomes.items(), key=lambda kv: (-kv[1], kv[0])):
                if key.startswith(status + "/"):
                    lines.append(f"    {key.split('/', 1)[1]:<28} {n:>8}")
        for source, error in self.failed_units:
            lines.append(f"  FAILED {source}: {error} (run the same command again to retry)")
        return "\n".join(lines)


def run_batch(
    inputs: Sequence[str],
    out: str,
    *,
    output_format: OutputFormat = "parquet",
    options: Options | None = None,
    engine: Engine = "local",
    workers: int | None = None,
    time_budget: float = 30.0,
    memory_budget: int | None = 2 << 30,
    input_kind: InputKind | Literal["auto"] = "auto",
    html_chunk: int = DEFAULT_HTML_CHUNK,
    progress: bool = True,
    ray_address: str | None = None,
    on_failure: Callable[[Unit, BaseException], None] | None = None,
) -> BatchSummary:
    """Extract every record of ``inputs`` into ``out``: one row per record, one part per input file.

    ``inputs``: WARC/WARC.gz, WET, JSONL (an ``html`` field per line) and HTML files, folders,
    globs or URIs. Running the same call again resumes: finished files are skipped, the others
    redone. ``engine="ray"`` runs each file as a Ray task (``workers`` = CPUs of a local Ray
    instance; ``ray_address`` joins a cluster). Raises :class:`~tamis.batch.BatchInputError`
    for inputs that name nothing, :class:`~tamis.batch.MissingExtraError` without the extras,
    :class:`~tamis.batch.WorkerStartError` when worker processes cannot start.
    """
    started = time.perf_counter()
    units = expand_inputs(inputs, kind=input_kind, html_chunk=html_chunk)
    require("pyarrow", "batch", "tamis batch")
    if any(unit.kind in ("warc", "wet") for unit in units):
        require("fastwarc", "batch", "reading WARC and WET files")
    opts = options if options is not None else Options()
    # The in-process budget fires first, so a slow page becomes a "budget-exceeded" row without
    # losing its worker; the process-level budget stays the backstop for lexbor and memory.
    inner = BATCH_INNER_BUDGET_SHARE * time_budget
    if opts.time_budget_s is None or opts.time_budget_s > inner:
        opts = dataclasses.replace(opts, time_budget_s=inner)
    spec = JobSpec(
        out=out,
        output_format=output_format,
        options=opts,
        time_budget=time_budget,
        memory_budget=memory_budget,
    )
    folder = OutputDir(out)
    folder.prepare(clear_tmp=engine == "local")
    folder.check_job(job_description(output_format, repr(opts)))
    todo = [unit for unit in units if not folder.is_done(unit.unit_id)]
    failures: list[tuple[str, str]] = []

    def failed(unit: Unit, exc: BaseException) -> None:
        failures.append((unit.source, f"{type(exc).__name__}: {exc}"))
        if on_failure is not None:
            on_failure(unit, exc)
        else:
            print(f"tamis: batch: {unit.source}: {type(exc).__name__}: {exc}", file=sys.stderr, flush=True)

    bar = Progress(enabled=progress, units=len(todo))
    restarts = 0
    try:
        if engine == "ray":
            from tamis.batch._ray import run_ray  # noqa: PLC0415  (the ray extra)

            def reported(report: UnitReport) -> None:
                errors = sum(n for key, n in report.outcomes.items() if key.startswith("error"))
                bar.add(report.records, errors)
                bar.unit_done()

            reports = run_ray(todo, spec, address=ray_address, num_cpus=workers, on_report=reported, on_failure=failed)
            used = workers or default_workers()
        else:
            used = workers or default_workers()
            reports, restarts = run_local(todo, spec, workers=used, progress=bar, on_failure=failed)
    finally:
        bar.close()
    return _finish(
        folder=folder,
        units=units,
        reports=reports,
        failures=failures,
        engine=engine,
        workers=used,
        restarts=restarts,
        seconds=time.perf_counter() - started,
    )


def _finish(
    *,
    folder: OutputDir,
    units: Sequence[Unit],
    reports: Sequence[UnitReport],
    failures: Sequence[tuple[str, str]],
    engine: Engine,
    workers: int,
    restarts: int,
    seconds: float,
) -> BatchSummary:
    """Sum the done-markers of the job's units into ``_summary.json`` and ``_sites.json``."""
    wanted = {unit.unit_id for unit in units}
    done = [UnitReport.from_dict(item) for item in folder.done_reports() if item.get("unit_id") in wanted]
    outcomes: Counter[str] = Counter()
    for report in done:
        outcomes.update(report.outcomes)
    run_now = [r for r in reports if not r.resumed]
    summary = BatchSummary(
        out=folder.uri,
        engine=engine,
        units=len(units),
        units_run=len(run_now),
        units_resumed=len(done) - len(run_now),
        failed_units=tuple(failures),
        records=sum(r.records for r in done),
        outcomes=dict(outcomes),
        records_run=sum(r.records for r in run_now),
        seconds=seconds,
        workers=workers,
        worker_restarts=restarts,
    )
    folder.write_json("_sites.json", {"sites": merge_sites(r.sites for r in done)})
    folder.write_json("_summary.json", summary.to_dict())
    return summary
