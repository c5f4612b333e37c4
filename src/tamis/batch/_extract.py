"""The per-record function: one :class:`Record` in, one :class:`Row` out, whatever happens.

Pure: no I/O, no state kept between calls. It runs inside the batch workers (and can be called
directly). Every exception becomes an ``error`` row; only the budgets enforced from outside
(``timeout``, ``memory`` caught by the supervisor) and a dying worker are handled elsewhere.

WET records (``kind == "text"``) go through the flattened-text mode, ``tamis._flat.extract_text``,
when that module exists; it is looked up once, at import (:data:`FLAT_TEXT_AVAILABLE`). Without it
each WET record becomes an ``error`` row with reason ``flat-text-unavailable``. A WET record
carries the lines that repeat across its site's documents in the same file
(``Record.site_lines``), passed on as ``site_lines``: the boilerplate evidence of that mode.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import replace
from typing import Any, Final

from tamis._api import extract
from tamis.article import Article
from tamis.batch._records import Record
from tamis.batch._schema import Row, Status, new_row
from tamis.errors import NotHTMLError, TamisError
from tamis.options import Options

__all__ = ["FLAT_TEXT_AVAILABLE", "error_row", "extract_row", "precheck"]

FlatExtract = Callable[..., Article]


def _load_flat_text() -> FlatExtract | None:
    """``tamis._flat.extract_text(text, *, url=..., options=..., site_lines=...) -> Article``,
    if it exists."""
    try:
        module = importlib.import_module("tamis._flat")
    except ModuleNotFoundError as exc:
        if exc.name != "tamis._flat":  # the module exists but one of its imports is missing: say so
            raise
        return None
    function: Any = getattr(module, "extract_text", None)
    return function if callable(function) else None


_FLAT_EXTRACT: Final = _load_flat_text()
#: Whether WET (flattened text) records can be extracted in this installation.
FLAT_TEXT_AVAILABLE: Final = _FLAT_EXTRACT is not None


def error_row(record: Record, reason: str | None, message: str | None, *, status: Status = "error") -> Row:
    """The row of a record without an Article (``ok`` rows start from it too)."""
    return new_row(
        source=record.source,
        record_index=record.index,
        record_id=record.record_id,
        status=status,
        reason=reason,
        message=message,
        url=record.url,
        crawl_date=record.crawl_date,
        content_type=record.content_type,
        http_status=record.http_status,
        input_bytes=record.input_bytes,
    )


def precheck(record: Record) -> Row | None:
    """The row of a record whose fate is known without extracting it, else None."""
    if record.error is not None:
        return error_row(record, record.error, record.message)
    if record.skip is not None:
        return error_row(record, record.skip, record.message, status="skipped")
    body = record.body
    if not body or (len(body) < 4096 and not body.strip()):
        return error_row(record, "empty", None, status="skipped")
    if record.kind == "text" and _FLAT_EXTRACT is None:
        return error_row(record, "flat-text-unavailable", "tamis._flat.extract_text is not installed")
    return None


def extract_row(record: Record, options: Options) -> Row:
    """Extract one record; every outcome, failures included, is a row."""
    decided = precheck(record)
    if decided is not None:
        return decided
    try:
        article = _extract(record, options)
    except NotHTMLError as exc:
        return error_row(record, "non-html", str(exc), status="skipped")
    except TamisError as exc:
        return error_row(record, exc.reason, str(exc))
    except MemoryError:
        return error_row(record, "memory", "out of memory while extracting")
    except Exception as exc:
        return error_row(record, f"unhandled:{type(exc).__name__}", str(exc)[:1000])
    row = error_row(record, None, None, status="ok")
    row["title"] = article.title
    row["language"] = article.language
    row["text"] = article.text
    row["encoding"] = article.encoding
    row["encoding_source"] = article.encoding_source
    row["empty_reason"] = article.empty_reason
    row["n_blocks"] = len(article.blocks)
    row["article_json"] = article.to_json()
    return row


def _extract(record: Record, options: Options) -> Article:
    if record.kind == "text":
        assert _FLAT_EXTRACT is not None  # precheck() turned the record into an error row
        text = record.body if isinstance(record.body, str) else record.body.decode("utf-8", "replace")
        if record.site_lines:
            return _FLAT_EXTRACT(text, url=record.url, options=options, site_lines=dict(record.site_lines))
        return _FLAT_EXTRACT(text, url=record.url, options=options)
    if record.content_type is not None and record.content_type != options.content_type:
        options = replace(options, content_type=record.content_type)
    return extract(record.body, url=record.url, options=options)
