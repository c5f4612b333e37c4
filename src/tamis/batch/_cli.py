"""The ``tamis batch`` subcommand, for ``tamis.cli`` to mount::

    tamis batch crawl/*.warc.gz --out dataset/            # all cores, Parquet
    tamis batch pages/ --out out/ --format jsonl
    tamis batch --inputs-from warc.paths --out s3://bucket/run1 --engine ray --ray-address auto

Exit status: 0 when every input file was processed (records that failed are ``error`` rows,
not failures of the job), 1 when some input file could not be read (run the same command again
to retry it), 2 for a usage error or a missing extra.
"""

from __future__ import annotations

import argparse
import gzip
import sys
from typing import Any

from tamis.batch._errors import MissingExtraError
from tamis.batch._job import run_batch
from tamis.batch._pool import WorkerStartError
from tamis.batch._readers import DEFAULT_HTML_CHUNK, BatchInputError
from tamis.options import Options

__all__ = ["add_batch_subcommand", "run_batch_command"]


def _positive(kind: type[int] | type[float], *, zero: bool = False) -> Any:
    def parse(value: str) -> int | float:
        try:
            number = kind(value)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
        if not (number >= 0 if zero else number > 0):  # also rejects NaN
            raise argparse.ArgumentTypeError(f"must be {'non-negative' if zero else 'positive'}: {value!r}")
        return number

    return parse


def add_batch_subcommand(subparsers: Any) -> argparse.ArgumentParser:
    """Add ``batch`` to the ``tamis`` command's subparsers (``parser.add_subparsers(...)``)."""
    sub: argparse.ArgumentParser = subparsers.add_parser(
        "batch",
        help="extract every page of WARC, WET, JSONL or HTML files into a Parquet or JSONL dataset",
        description=(
            "Extract every record of the inputs (WARC/WARC.gz, WET, JSONL with an 'html' field, "
            "HTML files; files, folders, globs, or http(s)/s3 URIs) into OUT: one row per record, "
            "one part file per input file. Running the same command again resumes the job."
        ),
    )
    sub.add_argument("inputs", nargs="*", metavar="INPUT", help="files, folders, globs or URIs")
    sub.add_argument("--inputs-from", metavar="FILE", help="read more inputs from FILE, one per line (.gz allowed)")
    sub.add_argument("--out", required=True, help="output folder (or s3://... URI)")
    sub.add_argument("--format", choices=("parquet", "jsonl"), default="parquet", help="default: parquet")
    sub.add_argument("--engine", choices=("local", "ray"), default="local", help="default: local (all cores)")
    sub.add_argument("--workers", type=_positive(int), metavar="N", help="worker processes (default: all cores)")
    sub.add_argument("--ray-address", metavar="ADDR", help="Ray cluster to join (default: RAY_ADDRESS or local)")
    sub.add_argument(
        "--time-budget", type=_positive(float), default=30.0, metavar="S", help="seconds per record (default: 30)"
    )
    sub.add_argument(
        "--memory-budget",
        type=_positive(int, zero=True),
        default=2048,
        metavar="MB",
        help="MiB of memory per record, 0 for no limit (default: 2048)",
    )
    sub.add_argument(
        "--input-kind",
        choices=("auto", "warc", "wet", "jsonl", "html"),
        default="auto",
        help="kind of the input files (default: from their names)",
    )
    sub.add_argument(
        "--html-chunk",
        type=_positive(int),
        default=DEFAULT_HTML_CHUNK,
        metavar="N",
        help=f"HTML files per unit of work (default: {DEFAULT_HTML_CHUNK})",
    )
    sub.add_argument("--max-input-bytes", type=_positive(int), metavar="B", help="largest page extracted")
    sub.add_argument("--include-comments", action="store_true", help="keep reader comments")
    sub.add_argument(
        "--facts", action="store_true", help="also extract quotations, figures and entities (in article_json)"
    )
    sub.add_argument("--content-type", metavar="CT", help="Content-Type (charset) of HTML files and JSON lines")
    sub.add_argument("--no-progress", action="store_true", help="no progress bar")
    return sub


def _read_list(path: str) -> list[str]:
    opener: Any = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as handle:
        return [line.strip() for line in handle if line.strip() and not line.startswith("#")]


def run_batch_command(args: argparse.Namespace) -> int:
    """Run ``tamis batch`` with the parsed ``args``; return the exit status."""

    inputs = list(args.inputs)
    try:
        if args.inputs_from:
            inputs += _read_list(args.inputs_from)
        if not inputs:
            raise BatchInputError("no input: name files, folders or globs, or give --inputs-from")
        extra: dict[str, Any] = {}
        if args.max_input_bytes:
            extra["max_input_bytes"] = args.max_input_bytes
        options = Options(
            include_comments=args.include_comments, content_type=args.content_type, with_facts=args.facts, **extra
        )
        summary = run_batch(
            inputs,
            args.out,
            output_format=args.format,
            options=options,
            engine=args.engine,
            workers=args.workers,
            time_budget=args.time_budget,
            memory_budget=args.memory_budget << 20 if args.memory_budget > 0 else None,
            input_kind=args.input_kind,
            html_chunk=args.html_chunk,
            progress=not args.no_progress,
            ray_address=args.ray_address,
        )
    except (BatchInputError, MissingExtraError, OSError, ValueError) as exc:
        print(f"tamis: batch: {exc}", file=sys.stderr, flush=True)
        return 2
    except WorkerStartError as exc:
        print(f"tamis: batch: {exc}", file=sys.stderr, flush=True)
        return 1
    print(summary.format(), file=sys.stderr, flush=True)
    return 0 if summary.complete else 1
