"""What flows through a batch: :class:`Unit` (one input file, the unit of work and of resumption)
and :class:`Record` (one document read from it)."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

__all__ = ["InputKind", "Record", "RecordKind", "Unit"]

#: ``warc``: WARC/WARC.gz response records; ``wet``: WET conversion records (plain text);
#: ``jsonl``: JSON lines with an ``html`` field; ``html``: a chunk of HTML files.
InputKind = Literal["warc", "wet", "jsonl", "html"]

#: ``html``: a page for :func:`tamis.extract`; ``text``: already flattened text (WET).
RecordKind = Literal["html", "text"]

_SLUG_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


@dataclass(frozen=True, slots=True)
class Unit:
    """One unit of work: an input file (or a chunk of HTML files), written to one part file.

    ``unit_id`` depends only on the kind and the sources, so the same command names the same
    units on every run: that is what makes a rerun resume.
    """

    kind: InputKind
    #: The input's path or URI (for ``html``: the first file of the chunk).
    source: str
    #: For ``html`` units: every file of the chunk, in order.
    members: tuple[str, ...] = ()

    @property
    def unit_id(self) -> str:
        digest = hashlib.sha1(self.kind.encode(), usedforsecurity=False)
        for part in (self.source, *self.members):
            digest.update(b"\0" + part.encode("utf-8", "surrogateescape"))
        name = self.source.rstrip("/").rsplit("/", 1)[-1]
        slug = _SLUG_UNSAFE.sub("_", name)[:48] or "input"
        return f"{slug}-{digest.hexdigest()[:16]}"


@dataclass(frozen=True, slots=True)
class Record:
    """One document read from a unit, with what the reader already knows about it.

    A reader sets ``skip`` or ``error`` (with ``message``) when it has decided the record's
    fate itself (a WARC request record, a truncated record); such records never reach a worker.
    """

    source: str
    #: Position of the record in its unit, from 0; with ``source``, the row's key.
    index: int
    record_id: str
    kind: RecordKind = "html"
    url: str | None = None
    crawl_date: datetime | None = None
    #: The page (bytes to decode, or text) or the flattened text.
    body: bytes | str = b""
    #: The transport Content-Type (its charset is used to decode ``body``).
    content_type: str | None = None
    http_status: int | None = None
    #: Size of the body in the input (before any read limit).
    input_bytes: int = 0
    skip: str | None = None
    error: str | None = None
    message: str | None = None
    #: For WET records: lines that repeat across the site's documents in this unit, with the
    #: number of documents holding each (boilerplate evidence for the flattened-text mode).
    site_lines: tuple[tuple[str, int], ...] = ()
