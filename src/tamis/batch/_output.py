"""The output folder: part files written to a temporary name and renamed, done-markers, job files.

::

    OUT/
      part-<unit>.parquet       one per unit (or .jsonl), renamed into place when complete
      _done/<unit>.json         the done-marker: the unit's counts and per-site statistics
      _tmp/                     parts being written (a rerun of the local engine clears it)
      _job.json                 the output format and versions; a rerun must agree with it
      _summary.json, _sites.json written when a run ends, from every done-marker

Readers of the dataset ignore names starting with ``_`` (pyarrow does by default), so
``pyarrow.parquet.read_table(OUT)`` reads exactly the rows. ``OUT`` is a local folder or a
pyarrow filesystem URI (``s3://bucket/prefix``); renaming on object stores is a copy, which is
safe here because a part's name depends only on its unit and the marker is written last.
"""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, Final, Literal, Protocol

from tamis.article import SCHEMA_VERSION
from tamis.batch._schema import BATCH_SCHEMA_VERSION, Row, arrow_schema, row_to_json

if TYPE_CHECKING:
    from pyarrow import NativeFile

__all__ = ["OutputDir", "OutputFormat", "RowWriter"]

OutputFormat = Literal["parquet", "jsonl"]

#: Rows per Parquet row group, and text bytes after which a group is written early (bounds memory).
_ROWS_PER_GROUP: Final = 1024
_BYTES_PER_GROUP: Final = 64 << 20


class RowWriter(Protocol):
    def write(self, row: Row) -> None: ...


class OutputDir:
    """One job's output folder."""

    def __init__(self, out: str) -> None:
        from pyarrow import fs as pafs  # noqa: PLC0415  (the batch extra)

        self._pafs = pafs
        self.uri = out
        if "://" in out and not out.startswith("file://"):
            self.fs, self.root = pafs.FileSystem.from_uri(out)
        else:
            self.fs, self.root = pafs.LocalFileSystem(), os.path.abspath(out.removeprefix("file://"))
        self.root = self.root.rstrip("/")

    def path(self, *parts: str) -> str:
        return "/".join((self.root, *parts))

    def prepare(self, *, clear_tmp: bool) -> None:
        """Create the folders; ``clear_tmp`` drops parts left by a killed run."""
        if clear_tmp and self.fs.get_file_info(self.path("_tmp")).type != self._pafs.FileType.NotFound:
            self.fs.delete_dir_contents(self.path("_tmp"))
        for folder in ("", "_tmp", "_done"):
            self.fs.create_dir(self.path(folder) if folder else self.root, recursive=True)

    def check_job(self, job: dict[str, Any]) -> None:
        """Write ``_job.json``, or check that an earlier run of this folder used the same settings."""
        existing = self.read_json("_job.json")
        if existing is None:
            self.write_json("_job.json", job)
        elif existing != job:
            diff = sorted(k for k in set(job) | set(existing) if job.get(k) != existing.get(k))
            raise ValueError(
                f"{self.uri} holds the output of a job with other settings ({', '.join(diff)}): "
                "use another --out folder, or the same settings"
            )

    def part_name(self, unit_id: str, fmt: OutputFormat) -> str:
        return f"part-{unit_id}.{fmt}"

    def is_done(self, unit_id: str) -> bool:
        return bool(self.fs.get_file_info(self.path("_done", f"{unit_id}.json")).type == self._pafs.FileType.File)

    def done_reports(self) -> Iterator[dict[str, Any]]:
        """Every done-marker's content, in name order."""
        selector = self._pafs.FileSelector(self.path("_done"), allow_not_found=True)
        for info in sorted(self.fs.get_file_info(selector), key=lambda i: i.path):
            if info.type == self._pafs.FileType.File and info.path.endswith(".json"):
                with self.fs.open_input_stream(info.path) as handle:
                    yield json.loads(handle.read())

    def read_json(self, name: str) -> Any:
        if self.fs.get_file_info(self.path(name)).type != self._pafs.FileType.File:
            return None
        with self.fs.open_input_stream(self.path(name)) as handle:
            return json.loads(handle.read())

    def write_json(self, name: str, data: Any) -> None:
        """Write ``name`` atomically (temporary file, then rename)."""
        tmp = self.path("_tmp", f"{name.replace('/', '_')}.{uuid.uuid4().hex}")
        with self.fs.open_output_stream(tmp) as handle:
            handle.write(json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True).encode())
        self.fs.move(tmp, self.path(name))

    @contextmanager
    def part_writer(self, unit_id: str, fmt: OutputFormat) -> Iterator[RowWriter]:
        """A writer to the unit's temporary part, renamed into place when the block ends
        without error (a failing block leaves no part behind)."""
        tmp = self.path("_tmp", f"{self.part_name(unit_id, fmt)}.{uuid.uuid4().hex}")
        try:
            with self.fs.open_output_stream(tmp) as stream:
                writer: _ParquetWriter | _JsonlWriter
                writer = _ParquetWriter(stream) if fmt == "parquet" else _JsonlWriter(stream)
                yield writer
                writer.close()
        except BaseException:
            self.fs.delete_file(tmp)
            raise
        self.fs.move(tmp, self.path(self.part_name(unit_id, fmt)))

    def mark_done(self, unit_id: str, report: dict[str, Any]) -> None:
        self.write_json(f"_done/{unit_id}.json", report)


class _ParquetWriter:
    def __init__(self, stream: NativeFile) -> None:
        import pyarrow as pa  # noqa: PLC0415  (the batch extra)
        import pyarrow.parquet as pq  # noqa: PLC0415  (the batch extra)

        self._pa = pa
        self._schema = arrow_schema()
        self._writer = pq.ParquetWriter(stream, self._schema, compression="zstd")
        self._rows: list[Row] = []
        self._bytes = 0

    def write(self, row: Row) -> None:
        self._rows.append(row)
        self._bytes += len(row["text"] or "") + len(row["article_json"] or "")
        if len(self._rows) >= _ROWS_PER_GROUP or self._bytes >= _BYTES_PER_GROUP:
            self._flush()

    def _flush(self) -> None:
        if self._rows:
            self._writer.write_batch(self._pa.RecordBatch.from_pylist(self._rows, schema=self._schema))
        self._rows.clear()
        self._bytes = 0

    def close(self) -> None:
        self._flush()
        self._writer.close()


class _JsonlWriter:
    def __init__(self, stream: NativeFile) -> None:
        self._stream = stream

    def write(self, row: Row) -> None:
        self._stream.write(json.dumps(row_to_json(row), ensure_ascii=False).encode() + b"\n")

    def close(self) -> None:
        """The stream is closed by its owner."""


def job_description(fmt: OutputFormat, options_repr: str) -> dict[str, Any]:
    """What must not change between a run and its resumption."""
    return {
        "format": fmt,
        "batch_schema_version": BATCH_SCHEMA_VERSION,
        "article_schema_version": SCHEMA_VERSION,
        "options": options_repr,
    }
