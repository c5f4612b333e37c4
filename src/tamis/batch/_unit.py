"""The per-file function: one :class:`Unit` in, one part file and one done-marker out.

:func:`process_unit` is what every engine runs, the local one and Ray alike. It does not know
how records are extracted: it is handed a *runner* (records in, rows out, any order), which is a
:class:`~tamis.batch._pool.RecordPool`'s ``map`` in both engines, or plain ``map(extract_row)``
in a test. It keeps no state between calls, and calling it again for a finished unit does
nothing: the same unit always gives the same rows, under the same name.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from tamis.batch._extract import FLAT_TEXT_AVAILABLE
from tamis.batch._output import OutputDir, OutputFormat
from tamis.batch._readers import read_unit
from tamis.batch._records import Record, Unit
from tamis.batch._schema import BATCH_SCHEMA_VERSION, Row
from tamis.batch._stats import UnitStats
from tamis.errors import TamisError
from tamis.options import Options

__all__ = ["JobSpec", "RecordRunner", "UnitReport", "process_unit"]

#: Records in, one row per record out, in any order.
RecordRunner = Callable[[Iterable[Record]], Iterable[Row]]


@dataclass(frozen=True, slots=True, kw_only=True)
class JobSpec:
    """Everything a unit's processing depends on; small and picklable (it travels to Ray tasks)."""

    #: The output folder: a local path or a pyarrow filesystem URI (``s3://bucket/prefix``).
    out: str
    output_format: OutputFormat = "parquet"
    #: Options of :func:`tamis.extract`; ``content_type`` is the default for HTML files and
    #: JSON lines (a WARC record's own header wins).
    options: Options = field(default_factory=Options)
    #: Seconds one record may take.
    time_budget: float = 30.0
    #: Bytes of memory one record may take above the worker's baseline; None: no limit.
    memory_budget: int | None = 2 << 30


class UnitMismatchError(TamisError, RuntimeError):
    """Rows out differ from records in: a bug, never hidden."""

    reason = "row-count-mismatch"


@dataclass(frozen=True, slots=True)
class UnitReport:
    """What a unit produced: the content of its done-marker."""

    unit_id: str
    source: str
    kind: str
    part: str
    records: int
    #: Rows per ``status`` or ``status/reason``.
    outcomes: dict[str, int]
    #: Per-site statistics (see :mod:`tamis.batch._stats`).
    sites: dict[str, Any]
    seconds: float
    #: True when this call found the unit already done and did nothing.
    resumed: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "batch_schema_version": BATCH_SCHEMA_VERSION,
            "unit_id": self.unit_id,
            "source": self.source,
            "kind": self.kind,
            "part": self.part,
            "records": self.records,
            "outcomes": dict(sorted(self.outcomes.items())),
            "sites": self.sites,
            "seconds": round(self.seconds, 3),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any], *, resumed: bool = False) -> UnitReport:
        return cls(
            unit_id=str(data["unit_id"]),
            source=str(data["source"]),
            kind=str(data["kind"]),
            part=str(data["part"]),
            records=int(data["records"]),
            outcomes={str(k): int(v) for k, v in data["outcomes"].items()},
            sites=dict(data.get("sites", {})),
            seconds=float(data.get("seconds", 0.0)),
            resumed=resumed,
        )


def process_unit(unit: Unit, spec: JobSpec, run: RecordRunner) -> UnitReport:
    """Read ``unit``, extract its records with ``run``, write its part and its done-marker.

    The part is written under a temporary name and renamed when complete; the marker is written
    last. Killed at any point, the unit is either done (marker present) or redone from scratch by
    the next call, which replaces any part of the same name: no row is lost or duplicated.
    Raises :class:`UnitMismatchError` if rows out differ from records in.
    """
    out = OutputDir(spec.out)
    marker = out.read_json(f"_done/{unit.unit_id}.json")
    if marker is not None:
        return UnitReport.from_dict(marker, resumed=True)
    started = time.perf_counter()
    stats = UnitStats()
    opts = spec.options
    with out.part_writer(unit.unit_id, spec.output_format) as writer:
        records = stats.tap(
            read_unit(
                unit,
                max_bytes=opts.max_input_bytes,
                content_type=opts.content_type,
                site_lines=FLAT_TEXT_AVAILABLE,
            )
        )
        for row in run(records):
            writer.write(row)
            stats.add(row)
        if stats.rows_out != stats.records_in:
            raise UnitMismatchError(f"{unit.source}: {stats.records_in} records in, {stats.rows_out} rows out")
    report = UnitReport(
        unit_id=unit.unit_id,
        source=unit.source,
        kind=unit.kind,
        part=out.part_name(unit.unit_id, spec.output_format),
        records=stats.records_in,
        outcomes=dict(stats.outcomes),
        sites=stats.sites_dict(),
        seconds=time.perf_counter() - started,
    )
    out.mark_done(unit.unit_id, report.to_dict())
    return report
