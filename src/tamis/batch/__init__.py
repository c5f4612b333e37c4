"""Batch extraction: WARC, WET, JSONL and HTML files into a Parquet or JSONL dataset.

>>> from tamis.batch import run_batch
>>> summary = run_batch(["crawl/"], "dataset/")  # doctest: +SKIP
>>> summary.by_status  # doctest: +SKIP
{'ok': 9120, 'skipped': 18640, 'error': 12}

One row per input record (the columns: :mod:`tamis.batch._schema`), one part file per input file,
resumable after any interruption. The local engine uses every core with a per-record time and
memory budget; ``engine="ray"`` runs the same per-file function, :func:`process_unit`, as Ray
tasks. Importing this package needs no extra; running a job needs ``tamis[batch]`` (and
``tamis[ray]`` for Ray).
"""

from __future__ import annotations

from tamis.batch._cli import add_batch_subcommand, run_batch_command
from tamis.batch._errors import MissingExtraError
from tamis.batch._extract import FLAT_TEXT_AVAILABLE, extract_row
from tamis.batch._job import BatchSummary, run_batch
from tamis.batch._pool import RecordPool, WorkerStartError
from tamis.batch._readers import BatchInputError, expand_inputs, read_unit
from tamis.batch._records import Record, Unit
from tamis.batch._schema import BATCH_SCHEMA_VERSION, COLUMNS, Row, arrow_schema
from tamis.batch._unit import JobSpec, UnitMismatchError, UnitReport, process_unit

__all__ = [
    "BATCH_SCHEMA_VERSION",
    "COLUMNS",
    "FLAT_TEXT_AVAILABLE",
    "BatchInputError",
    "BatchSummary",
    "JobSpec",
    "MissingExtraError",
    "Record",
    "RecordPool",
    "Row",
    "Unit",
    "UnitMismatchError",
    "UnitReport",
    "WorkerStartError",
    "add_batch_subcommand",
    "arrow_schema",
    "expand_inputs",
    "extract_row",
    "process_unit",
    "read_unit",
    "run_batch",
    "run_batch_command",
]
