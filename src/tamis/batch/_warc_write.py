"""Writing small WARC and WET files: for tests, benchmarks and examples (stdlib only).

Each record is its own gzip member when compressed, as in Common Crawl, so a damaged member
damages one record.
"""

from __future__ import annotations

import gzip
import uuid
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path

__all__ = ["conversion_record", "response_record", "warc_record", "write_archive"]

_DEFAULT_DATE = datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC)


def warc_record(
    warc_type: str,
    block: bytes,
    *,
    url: str | None = None,
    content_type: str | None = None,
    date: datetime = _DEFAULT_DATE,
    record_id: str | None = None,
    extra: Iterable[tuple[str, str]] = (),
) -> bytes:
    """One WARC/1.1 record (headers, block, the two closing CRLF)."""
    rid = record_id or f"<urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, f'{warc_type}:{url}:{len(block)}')}>"
    headers = [
        ("WARC-Type", warc_type),
        ("WARC-Record-ID", rid),
        ("WARC-Date", date.strftime("%Y-%m-%dT%H:%M:%SZ")),
    ]
    if url is not None:
        headers.append(("WARC-Target-URI", url))
    if content_type is not None:
        headers.append(("Content-Type", content_type))
    headers.extend(extra)
    headers.append(("Content-Length", str(len(block))))
    head = "WARC/1.1\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers) + "\r\n"
    return head.encode("utf-8") + block + b"\r\n\r\n"


def response_record(
    url: str,
    body: bytes,
    *,
    content_type: str | None = "text/html; charset=utf-8",
    status: int = 200,
    record_id: str | None = None,
    extra: Iterable[tuple[str, str]] = (),
) -> bytes:
    """A ``response`` record holding an HTTP/1.1 response with ``body``."""
    http = f"HTTP/1.1 {status} {'OK' if status == 200 else 'Other'}\r\n"
    if content_type is not None:
        http += f"Content-Type: {content_type}\r\n"
    http += f"Content-Length: {len(body)}\r\n\r\n"
    return warc_record(
        "response",
        http.encode("latin-1") + body,
        url=url,
        content_type="application/http; msgtype=response",
        record_id=record_id,
        extra=extra,
    )


def conversion_record(url: str, text: str, *, record_id: str | None = None) -> bytes:
    """A WET ``conversion`` record holding plain text."""
    return warc_record("conversion", text.encode("utf-8"), url=url, content_type="text/plain", record_id=record_id)


def write_archive(path: str | Path, records: Iterable[bytes], *, compress: bool = True) -> Path:
    """Write ``records`` to ``path``, one gzip member each when ``compress``."""
    target = Path(path)
    with target.open("wb") as handle:
        for record in records:
            handle.write(gzip.compress(record, compresslevel=6, mtime=0) if compress else record)
    return target
