"""Counts per unit and per site, and the lines that repeat across a site's WET documents.

A line that many documents of one site share (a menu, a cookie notice, "Share this article")
is boilerplate evidence for the flattened-text mode, which has no markup to tell it apart. The
lines are counted within each unit (one WET file) and summed across units when the job ends;
a site whose documents are spread thinly over many files shows few repeats: group such inputs
by site first.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Final
from urllib.parse import urlsplit

from tamis.batch._records import Record
from tamis.batch._schema import Row

__all__ = ["SiteStats", "UnitStats", "merge_sites", "site_of"]

#: Lines longer than this are rarely boilerplate and are not counted (bounds memory).
MAX_LINE_CHARS: Final = 200
#: Distinct lines tracked per unit; beyond it new lines are ignored (bounds memory).
MAX_TRACKED_LINES: Final = 500_000
#: Repeated lines kept per site in a unit's report and in ``_sites.json``.
TOP_LINES_PER_SITE: Final = 100


def site_of(url: str | None) -> str:
    """The host of ``url`` (lower case, without ``www.``), or ``""``."""
    if not url:
        return ""
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return ""
    return host.removeprefix("www.")


@dataclass(slots=True)
class SiteStats:
    """What one site contributed: rows by status, WET documents, and their shared lines."""

    rows: Counter[str] = field(default_factory=Counter)
    documents: int = 0
    lines: Counter[str] = field(default_factory=Counter)

    def to_dict(self) -> dict[str, Any]:
        repeated = [
            {"line": line, "documents": count}
            for line, count in sorted(self.lines.items(), key=lambda kv: (-kv[1], kv[0]))
            if count >= 2
        ][:TOP_LINES_PER_SITE]
        return {
            "records": sum(self.rows.values()),
            **{status: self.rows[status] for status in ("ok", "skipped", "error")},
            "wet_documents": self.documents,
            "repeated_lines": repeated,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SiteStats:
        stats = cls(documents=int(data.get("wet_documents", 0)))
        for status in ("ok", "skipped", "error"):
            if data.get(status):
                stats.rows[status] = int(data[status])
        for item in data.get("repeated_lines", ()):
            stats.lines[str(item["line"])] = int(item["documents"])
        return stats


@dataclass(slots=True)
class UnitStats:
    """Counts gathered while one unit streams through: records in, rows out, per site."""

    records_in: int = 0
    rows_out: int = 0
    outcomes: Counter[str] = field(default_factory=Counter)
    sites: dict[str, SiteStats] = field(default_factory=dict)
    _tracked_lines: int = 0

    def tap(self, records: Iterable[Record]) -> Iterator[Record]:
        """Pass ``records`` through, counting them and the lines of WET documents."""
        for record in records:
            self.records_in += 1
            if record.kind == "text" and record.body and record.skip is None and record.error is None:
                self._count_lines(record)
            yield record

    def add(self, row: Row) -> None:
        """Count one output row."""
        self.rows_out += 1
        self.outcomes[outcome_key(row["status"], row["reason"])] += 1
        self._site(row["url"]).rows[row["status"]] += 1

    def _site(self, url: str | None) -> SiteStats:
        host = site_of(url)
        stats = self.sites.get(host)
        if stats is None:
            stats = self.sites[host] = SiteStats()
        return stats

    def _count_lines(self, record: Record) -> None:
        site = self._site(record.url)
        site.documents += 1
        body = record.body if isinstance(record.body, str) else record.body.decode("utf-8", "replace")
        lines = {" ".join(line.split()) for line in body.splitlines()}
        for line in lines:
            if not line or len(line) > MAX_LINE_CHARS:
                continue
            if line not in site.lines:
                if self._tracked_lines >= MAX_TRACKED_LINES:
                    continue
                self._tracked_lines += 1
            site.lines[line] += 1

    def sites_dict(self) -> dict[str, Any]:
        return {host: self.sites[host].to_dict() for host in sorted(self.sites)}


def outcome_key(status: str, reason: str | None) -> str:
    """``status`` or ``status/reason``: the keys of the summary's counts."""
    return f"{status}/{reason}" if reason else status


def merge_sites(parts: Iterable[Mapping[str, Any]]) -> dict[str, Any]:
    """Sum the per-site statistics of several units."""
    merged: dict[str, SiteStats] = {}
    for part in parts:
        for host, data in part.items():
            stats = SiteStats.from_dict(data)
            total = merged.setdefault(host, SiteStats())
            total.rows.update(stats.rows)
            total.documents += stats.documents
            total.lines.update(stats.lines)
    return {host: merged[host].to_dict() for host in sorted(merged)}
