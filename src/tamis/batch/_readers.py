"""Readers: the command line's inputs as :class:`Unit` s, and each unit as a stream of :class:`Record` s.

Readers filter at the source: a WARC request or metadata record, a response with a non-2xx status
or a declared non-HTML type is turned into a ``skipped`` record without reading its body, and
bodies are read up to the input limit only (one byte more, so that the extractor reports
``input-too-large``). Every record of the input becomes exactly one Record, so that rows out =
records in.

An archive with unreadable bytes (a truncated or corrupt gzip member, garbage between records)
gives one ``error`` record (``corrupt-input``) for the damaged region, then the reader looks for
the next record start (a gzip member header, or ``WARC/1.`` at the start of a line) and goes on:
the neighbours of a damaged record are not lost. That needs a seekable input (a local file, S3,
GCS); on a stream (HTTP) the unit ends at the damage, with the error row.
"""

from __future__ import annotations

import glob
import gzip
import io
import json
import os
import urllib.request
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Final, Literal

from tamis.batch._records import InputKind, Record, Unit
from tamis.batch._stats import UnitStats, site_of
from tamis.errors import TamisError

if TYPE_CHECKING:
    from fastwarc.warc import WarcRecord

__all__ = [
    "BatchInputError",
    "classify",
    "expand_inputs",
    "open_source",
    "read_unit",
]

#: HTML files per unit when the inputs are loose HTML files (a unit is resumed as a whole).
DEFAULT_HTML_CHUNK: Final = 1000

_SUFFIXES: Final[tuple[tuple[str, InputKind], ...]] = (
    (".warc.wet.gz", "wet"),
    (".warc.wet", "wet"),
    (".wet.gz", "wet"),
    (".wet", "wet"),
    (".warc.gz", "warc"),
    (".warc", "warc"),
    (".jsonl.gz", "jsonl"),
    (".jsonl", "jsonl"),
    (".ndjson.gz", "jsonl"),
    (".ndjson", "jsonl"),
    (".html", "html"),
    (".htm", "html"),
    (".xhtml", "html"),
)
#: MIME types worth handing to the extractor (the last three say nothing; sniffing decides).
_HTMLISH: Final = frozenset(
    {
        "text/html",
        "application/xhtml+xml",
        "application/xml",
        "text/xml",
        "application/octet-stream",
        "application/unknown",
        "unknown/unknown",
    }
)
_GZIP_MAGIC: Final = b"\x1f\x8b\x08"
_WARC_MAGIC: Final = b"WARC/1."
_SCAN_CHUNK: Final = 1 << 20
#: Repeated lines of its site given to each WET record (the most frequent).
SITE_LINES_PER_RECORD: Final = 200


class BatchInputError(TamisError):
    """An input on the command line that names nothing to process."""

    reason = "bad-input"


def classify(name: str) -> InputKind | None:
    """The kind of an input file, from its name; None when the name does not tell."""
    lowered = name.lower().split("?", 1)[0]
    for suffix, kind in _SUFFIXES:
        if lowered.endswith(suffix):
            return kind
    return None


def _is_uri(name: str) -> bool:
    scheme, sep, _ = name.partition("://")
    return bool(sep) and scheme.isalnum() and scheme != "file"


def expand_inputs(
    inputs: Sequence[str],
    *,
    kind: InputKind | Literal["auto"] = "auto",
    html_chunk: int = DEFAULT_HTML_CHUNK,
) -> list[Unit]:
    """The units named by ``inputs``: files, folders (searched recursively), globs and URIs.

    The order is deterministic (inputs in order, folders and globs sorted), so the same command
    names the same units on every run. Loose HTML files are grouped into units of
    ``html_chunk`` files.
    """
    if html_chunk <= 0:
        raise ValueError("html_chunk must be positive")
    files: list[tuple[str, InputKind]] = []
    for item in inputs:
        found: list[str]
        if _is_uri(item):
            found = [item]
        elif os.path.isdir(item):
            found = sorted(str(p) for p in Path(item).rglob("*") if p.is_file() and classify(p.name))
            if not found:
                raise BatchInputError(f"no WARC, WET, JSONL or HTML file in folder {item!r}")
        elif glob.has_magic(item):
            found = sorted(p for p in glob.glob(item, recursive=True) if os.path.isfile(p))
            if not found:
                raise BatchInputError(f"no file matches {item!r}")
        elif os.path.isfile(item):
            found = [item]
        else:
            raise BatchInputError(f"no such file or folder: {item!r}")
        for name in found:
            file_kind = classify(name) if kind == "auto" else kind
            if file_kind is None:
                raise BatchInputError(f"cannot tell the kind of {name!r} from its name: give --input-kind")
            files.append((name, file_kind))
    units: list[Unit] = []
    html: list[str] = []

    def flush_html() -> None:
        for start in range(0, len(html), html_chunk):
            chunk = tuple(html[start : start + html_chunk])
            units.append(Unit("html", chunk[0], chunk))
        html.clear()

    for name, file_kind in files:
        if file_kind == "html":
            html.append(name)
        else:
            flush_html()
            units.append(Unit(file_kind, name))
    flush_html()
    seen: set[str] = set()
    unique = []
    for unit in units:
        if unit.unit_id not in seen:
            seen.add(unit.unit_id)
            unique.append(unit)
    return unique


@contextmanager
def open_source(uri: str) -> Iterator[IO[bytes]]:
    """Open a local path, an ``http(s)://`` URL (streamed) or a pyarrow filesystem URI (``s3://``...)."""
    if uri.startswith(("http://", "https://")):
        request = urllib.request.Request(uri, headers={"User-Agent": "tamis-batch"})
        with urllib.request.urlopen(request, timeout=120) as response:
            yield response
    elif _is_uri(uri):
        from pyarrow import fs as pafs  # noqa: PLC0415  (the batch extra)

        filesystem, path = pafs.FileSystem.from_uri(uri)
        with filesystem.open_input_file(path) as handle:
            yield handle
    else:
        with open(uri.removeprefix("file://"), "rb") as handle:
            yield handle


def read_unit(
    unit: Unit, *, max_bytes: int, content_type: str | None = None, site_lines: bool = False
) -> Iterator[Record]:
    """Every record of ``unit``, in order. ``content_type`` is the default transport type of
    loose HTML files and JSON lines (a WARC record's own header always wins).

    ``site_lines``: for WET units, read the file twice: first to count the lines that repeat
    across each site's documents, then to give each record its site's repeated lines.
    """
    if unit.kind == "wet" and site_lines:
        repeated = _wet_repeated_lines(unit, max_bytes)
        with open_source(unit.source) as raw:
            for record in _read_archive(unit, raw, wet=True, max_bytes=max_bytes):
                lines = repeated.get(site_of(record.url), ()) if record.kind == "text" else ()
                yield replace(record, site_lines=lines) if lines else record
    elif unit.kind in ("warc", "wet"):
        with open_source(unit.source) as raw:
            yield from _read_archive(unit, raw, wet=unit.kind == "wet", max_bytes=max_bytes)
    elif unit.kind == "jsonl":
        with open_source(unit.source) as raw:
            yield from _read_jsonl(unit, raw, max_bytes=max_bytes, content_type=content_type)
    else:
        yield from _read_html_files(unit, max_bytes=max_bytes, content_type=content_type)


def _wet_repeated_lines(unit: Unit, max_bytes: int) -> dict[str, tuple[tuple[str, int], ...]]:
    """Per site, the lines found in two documents of the unit or more (most frequent first)."""
    stats = UnitStats()
    with open_source(unit.source) as raw:
        for _record in stats.tap(_read_archive(unit, raw, wet=True, max_bytes=max_bytes)):
            pass
    repeated: dict[str, tuple[tuple[str, int], ...]] = {}
    for host, site in stats.sites.items():
        lines = tuple((line, n) for line, n in site.lines.most_common(SITE_LINES_PER_RECORD) if n >= 2)
        if lines:
            repeated[host] = lines
    return repeated


# -- WARC and WET -------------------------------------------------------------------------------


class _TrackedReader:
    """The raw input as FastWARC sees it: counts the position itself (an HTTP stream cannot
    tell it), keeps the input's own errors apart from FastWARC's, and is never closed by it."""

    def __init__(self, raw: IO[bytes], position: int) -> None:
        self._raw = raw
        self._position = position
        self.error: BaseException | None = None

    def read(self, size: int = -1) -> bytes:
        try:
            data = self._raw.read(size)
        except BaseException as exc:
            self.error = exc
            raise
        self._position += len(data)
        return data

    def tell(self) -> int:
        return self._position

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        self._position = self._raw.seek(offset, whence)
        return self._position

    def close(self) -> None:
        """The caller closes the input."""


def _mime(content_type: str | None) -> str:
    return (content_type or "").split(";", 1)[0].strip().lower()


def _read_archive(unit: Unit, raw: IO[bytes], *, wet: bool, max_bytes: int) -> Iterator[Record]:
    from fastwarc.warc import ArchiveIterator  # noqa: PLC0415  (the batch extra)

    seekable = raw.seekable()
    offset = raw.tell() if seekable else 0
    magic = _GZIP_MAGIC
    if seekable:
        magic = _GZIP_MAGIC if raw.read(2) == _GZIP_MAGIC[:2] else _WARC_MAGIC
        raw.seek(offset)
    index = 0
    damage: tuple[int, str] | None = None  # the damaged region not yet reported: (start, error)

    def damage_record(start: int, error: str) -> Record:
        return Record(
            source=unit.source,
            index=index,
            record_id=f"{unit.source}@{start}",
            error="corrupt-input",
            message=f"unreadable bytes from offset {start}: {error}",
        )

    while True:
        if seekable:
            raw.seek(offset)
        tracked = _TrackedReader(raw, offset)
        archive = ArchiveIterator(tracked, parse_http=not wet, auto_decode="none" if wet else "all")
        records = iter(archive)
        last_start = -1
        failure: Exception | None = None
        while True:
            try:
                warc_record = next(records)
                record = _archive_record(unit, warc_record, index + (damage is not None), wet, max_bytes)
            except StopIteration:
                break
            except Exception as exc:
                if tracked.error is not None:
                    raise tracked.error from exc  # the input itself failed (network, disk): the unit fails
                failure = exc
                break
            if damage is not None:
                yield damage_record(*damage)
                index += 1
                damage = None
            yield record
            index += 1
            last_start = warc_record.stream_pos
        if failure is None:
            break
        bad = _find_record_start(raw, magic, last_start + 1) if last_start >= 0 else offset
        if damage is None:
            damage = (offset if bad is None else bad, f"{type(failure).__name__}: {failure}")
        resume = _find_record_start(raw, magic, bad + 1) if seekable and bad is not None else None
        if resume is None:
            break
        offset = resume
    if damage is not None:
        yield damage_record(*damage)


def _find_record_start(raw: IO[bytes], magic: bytes, start: int) -> int | None:
    """Offset of the next plausible record start at or after ``start``, or None."""
    if not raw.seekable():
        return None
    position = start
    while True:
        raw.seek(position)
        chunk = raw.read(_SCAN_CHUNK + 8)
        if len(chunk) < len(magic):
            return None
        found = chunk.find(magic)
        while found != -1:
            if magic == _GZIP_MAGIC:
                plausible = found + 3 < len(chunk) and chunk[found + 3] & 0xE0 == 0
            else:
                plausible = position + found == 0 or (found > 0 and chunk[found - 1 : found] == b"\n")
            if plausible:
                return position + found
            found = chunk.find(magic, found + 1)
        if len(chunk) <= _SCAN_CHUNK:
            return None
        position += _SCAN_CHUNK


def _archive_record(unit: Unit, warc: WarcRecord, index: int, wet: bool, max_bytes: int) -> Record:
    from fastwarc.warc import WarcRecordType  # noqa: PLC0415  (the batch extra)

    headers = warc.headers
    record_type = warc.record_type
    try:
        crawl_date: datetime | None = warc.record_date
    except Exception:  # a missing or malformed WARC-Date
        crawl_date = None
    base: dict[str, Any] = {
        "source": unit.source,
        "index": index,
        "record_id": warc.record_id or f"{unit.source}#{index}",
        "url": headers.get("WARC-Target-URI"),
        "crawl_date": crawl_date,
        "input_bytes": warc.content_length,
    }
    if wet:
        if record_type != WarcRecordType.conversion:
            return Record(**base, skip="not-conversion", message=str(record_type))
        body = warc.reader.read(max_bytes + 1)
        return Record(**base, kind="text", body=body, content_type=headers.get("Content-Type"))
    if record_type not in (WarcRecordType.response, WarcRecordType.resource):
        return Record(**base, skip="not-response", message=str(record_type))
    status: int | None = None
    encoded = False
    if record_type == WarcRecordType.response and warc.is_http:
        http = warc.http_headers
        status = http.status_code
        content_type = http.get("Content-Type")
        encoded = bool(http.get("Content-Encoding") or http.get("Transfer-Encoding"))
    else:
        content_type = headers.get("Content-Type")
    base["content_type"] = content_type
    base["http_status"] = status
    if status is not None and not 200 <= status < 300:
        return Record(**base, skip="http-status", message=f"HTTP {status}")
    declared = [m for m in (_mime(content_type), _mime(headers.get("WARC-Identified-Payload-Type"))) if m]
    if declared and not any(m in _HTMLISH for m in declared):
        return Record(**base, skip="non-html", message=f"Content-Type: {content_type}")
    body = warc.reader.read(max_bytes + 1)
    if not encoded and len(body) <= max_bytes and len(body) < warc.content_length:
        return Record(**base, error="truncated", message=f"{len(body)} of {warc.content_length} bytes in the archive")
    return Record(**base, body=body)


# -- JSON lines and HTML files ------------------------------------------------------------------


def _parse_date(value: object) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        date = datetime.fromisoformat(value)
    except ValueError:
        return None
    return date.replace(tzinfo=UTC) if date.tzinfo is None else date.astimezone(UTC)


def _read_jsonl(unit: Unit, raw: IO[bytes], *, max_bytes: int, content_type: str | None) -> Iterator[Record]:
    stream: Iterable[bytes] = raw
    head = raw.peek(2)[:2] if isinstance(raw, io.BufferedReader) else b""
    if head == _GZIP_MAGIC[:2] or unit.source.lower().endswith(".gz"):
        stream = gzip.GzipFile(fileobj=raw)
    index = 0
    for number, line in enumerate(stream, start=1):
        if not line.strip():
            continue
        fallback_id = f"{unit.source}:{number}"
        try:
            item = json.loads(line)
        except ValueError as exc:
            yield Record(unit.source, index, fallback_id, error="bad-json", message=str(exc)[:200])
            index += 1
            continue
        if not isinstance(item, dict):
            yield Record(unit.source, index, fallback_id, error="bad-json", message="not a JSON object")
            index += 1
            continue
        record_id = item.get("id")
        url = item.get("url")
        html = item.get("html")
        base: dict[str, Any] = {
            "source": unit.source,
            "index": index,
            "record_id": str(record_id) if record_id is not None else fallback_id,
            "url": url if isinstance(url, str) else None,
            "crawl_date": _parse_date(item.get("crawl_date")),
        }
        record_type = item.get("content_type")
        base["content_type"] = record_type if isinstance(record_type, str) else content_type
        if not isinstance(html, str):
            yield Record(**base, error="bad-json", message="no 'html' string field")
        else:
            size = len(html) if len(html) * 4 <= max_bytes else len(html.encode("utf-8", "surrogatepass"))
            yield Record(**base, body=html, input_bytes=size)
        index += 1


def _read_html_files(unit: Unit, *, max_bytes: int, content_type: str | None) -> Iterator[Record]:
    for index, path in enumerate(unit.members):
        try:
            with open(path, "rb") as handle:
                size = os.fstat(handle.fileno()).st_size
                body = handle.read(max_bytes + 1)
        except OSError as exc:
            yield Record(unit.source, index, path, error="read-failed", message=exc.strerror or str(exc))
            continue
        yield Record(unit.source, index, path, body=body, content_type=content_type, input_bytes=size)
