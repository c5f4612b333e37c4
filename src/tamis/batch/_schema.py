"""The batch output: one :class:`Row` per input record, in a fixed Arrow schema.

A row says where the record came from (``source``, ``record_index``, ``record_id``, ``url``,
``crawl_date``), what happened to it (``status`` and ``reason``) and, for ``ok`` rows, the
Article: its flat fields as columns, and the whole :meth:`tamis.Article.to_json` in
``article_json`` so that no field is lost as the Article grows.

Statuses and reasons:

=========  ==========================================================================
status     reasons
=========  ==========================================================================
ok         none (an empty Article says why in ``empty_reason``)
skipped    ``not-response`` (a WARC record that is not a response/resource, a WET
           record that is not a conversion), ``non-html`` (declared or sniffed type
           is not HTML), ``empty`` (no body), ``http-status`` (HTTP status not 2xx)
error      a :class:`tamis.TamisError` reason (``input-too-large``,
           ``budget-exceeded``...), ``timeout`` and ``memory`` (the per-record budgets),
           ``worker-died``, ``truncated`` (a record shorter than its header says),
           ``corrupt-input`` (unreadable bytes in an archive; the reader resynchronises
           on the next record), ``bad-json``, ``flat-text-unavailable``,
           ``unhandled:<ExceptionName>``
=========  ==========================================================================
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any, Final, Literal, TypedDict

from tamis.article import SCHEMA_VERSION

if TYPE_CHECKING:
    import pyarrow as pa

__all__ = [
    "BATCH_SCHEMA_VERSION",
    "COLUMNS",
    "Row",
    "Status",
    "arrow_schema",
    "new_row",
    "row_to_json",
]

#: Version of the row layout below; bumped on any incompatible change of the columns.
BATCH_SCHEMA_VERSION: Final = "1"

Status = Literal["ok", "skipped", "error"]


class Row(TypedDict):
    """One output row; the keys are the columns, in order."""

    source: str
    record_index: int
    record_id: str
    url: str | None
    crawl_date: datetime | None
    status: Status
    reason: str | None
    message: str | None
    content_type: str | None
    http_status: int | None
    input_bytes: int
    schema_version: str
    title: str | None
    language: str | None
    text: str | None
    encoding: str | None
    encoding_source: str | None
    empty_reason: str | None
    n_blocks: int | None
    article_json: str | None


COLUMNS: Final[tuple[str, ...]] = tuple(Row.__annotations__)


def new_row(
    *,
    source: str,
    record_index: int,
    record_id: str,
    status: Status,
    reason: str | None = None,
    message: str | None = None,
    url: str | None = None,
    crawl_date: datetime | None = None,
    content_type: str | None = None,
    http_status: int | None = None,
    input_bytes: int = 0,
) -> Row:
    """A row without Article fields (the Article columns are null)."""
    return Row(
        source=source,
        record_index=record_index,
        record_id=record_id,
        url=url,
        crawl_date=crawl_date,
        status=status,
        reason=reason,
        message=message,
        content_type=content_type,
        http_status=http_status,
        input_bytes=input_bytes,
        schema_version=SCHEMA_VERSION,
        title=None,
        language=None,
        text=None,
        encoding=None,
        encoding_source=None,
        empty_reason=None,
        n_blocks=None,
        article_json=None,
    )


def arrow_schema() -> pa.Schema:
    """The Arrow schema of the Parquet output (needs the ``batch`` extra)."""
    import pyarrow as pa  # noqa: PLC0415  (the batch extra)

    string = pa.string()
    fields = [
        pa.field("source", string, nullable=False),
        pa.field("record_index", pa.int64(), nullable=False),
        pa.field("record_id", string, nullable=False),
        pa.field("url", string),
        pa.field("crawl_date", pa.timestamp("us", tz="UTC")),
        pa.field("status", string, nullable=False),
        pa.field("reason", string),
        pa.field("message", string),
        pa.field("content_type", string),
        pa.field("http_status", pa.int32()),
        pa.field("input_bytes", pa.int64(), nullable=False),
        pa.field("schema_version", string, nullable=False),
        pa.field("title", string),
        pa.field("language", string),
        pa.field("text", string),
        pa.field("encoding", string),
        pa.field("encoding_source", string),
        pa.field("empty_reason", string),
        pa.field("n_blocks", pa.int32()),
        pa.field("article_json", string),
    ]
    assert tuple(f.name for f in fields) == COLUMNS, "the Arrow schema and Row must list the same columns"
    return pa.schema(fields, metadata={b"tamis.batch_schema_version": BATCH_SCHEMA_VERSION.encode()})


def row_to_json(row: Row) -> dict[str, Any]:
    """The row as JSON-ready data (``crawl_date`` as ISO 8601 text), for the JSONL output."""
    out: dict[str, Any] = dict(row)
    date = row["crawl_date"]
    out["crawl_date"] = date.isoformat() if date is not None else None
    return out
