"""The Ray engine: each unit is one Ray task running the same :func:`process_unit` as the local engine.

A thin adapter behind the ``ray`` extra. Each task guards its records with a one-worker
:class:`RecordPool` (the same time and memory budgets, the same rows). Without ``address``,
Ray starts (or joins, through ``RAY_ADDRESS``) a cluster the usual way; the output folder must
then be reachable from every node: a shared file system or an object store URI (``s3://...``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from tamis.batch._errors import require
from tamis.batch._pool import RecordPool
from tamis.batch._records import Unit
from tamis.batch._unit import JobSpec, UnitReport, process_unit

__all__ = ["import_ray", "process_unit_guarded", "run_ray"]

#: Times Ray retries a task whose worker process died (the unit restarts from scratch).
_MAX_RETRIES = 2


def import_ray() -> Any:
    """The ``ray`` module, or :class:`~tamis.batch.MissingExtraError` naming the ``ray`` extra."""
    return require("ray", "batch,ray", "the Ray engine (on the driver and every node)")


def process_unit_guarded(unit: Unit, spec: JobSpec) -> UnitReport:
    """One unit, records extracted by a private one-worker pool: the body of a Ray task."""
    with RecordPool(
        workers=1, options=spec.options, time_budget=spec.time_budget, memory_budget=spec.memory_budget
    ) as pool:
        return process_unit(unit, spec, pool.map)


def run_ray(
    units: Sequence[Unit],
    spec: JobSpec,
    *,
    address: str | None,
    num_cpus: int | None,
    on_report: Callable[[UnitReport], None],
    on_failure: Callable[[Unit, BaseException], None],
) -> list[UnitReport]:
    """Run every unit as a Ray task (at most two per cluster CPU in flight); return the reports."""
    ray = import_ray()
    started_here = not ray.is_initialized()
    if started_here:
        ray.init(address=address, num_cpus=num_cpus if address is None else None, log_to_driver=False)
    try:
        task = ray.remote(num_cpus=1, max_retries=_MAX_RETRIES)(process_unit_guarded)
        window = max(2, 2 * int(ray.cluster_resources().get("CPU", 1)))
        pending: dict[Any, Unit] = {}
        reports: list[UnitReport] = []
        queue = list(units)
        queue.reverse()
        while queue or pending:
            while queue and len(pending) < window:
                unit = queue.pop()
                pending[task.remote(unit, spec)] = unit
            ready, _ = ray.wait(list(pending), num_returns=1)
            for ref in ready:
                unit = pending.pop(ref)
                try:
                    report: UnitReport = ray.get(ref)
                except Exception as exc:  # a RayTaskError wrapping the unit's own failure
                    on_failure(unit, exc)
                    continue
                reports.append(report)
                on_report(report)
        return reports
    finally:
        if started_here:
            ray.shutdown()
