"""Typed, frozen page metadata: every value carries where it came from.

:class:`Metadata` is what :func:`tamis._metadata.extract_metadata` returns. Each field is
``None`` (or an empty tuple) when the page does not say, else a :class:`Sourced` value whose
``source`` names the signal it was taken from, as ``kind:detail``:

- ``json-ld:<property>`` — a schema.org object in ``<script type="application/ld+json">``;
- ``opengraph:<property>`` — ``<meta property="og:…">`` / ``article:…``;
- ``meta:<name>`` — another ``<meta>`` or ``<link>`` element of the head;
- ``microdata:<itemprop>`` — an ``itemprop`` element of the body;
- ``dom:<what>`` — a heuristic on the page's visible elements (``dom:h1``, ``dom:byline``…);
- ``text:<what>`` — found in the page's or the article's text (``text:langid``…);
- ``url`` — the page URL (a date in its path).
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import datetime
from typing import Any, Generic, TypeVar

__all__ = ["Image", "Metadata", "RelatedLink", "Sourced", "SourcedDate"]

T = TypeVar("T")


def _json_value(value: Any) -> Any:
    if isinstance(value, tuple):
        return [_json_value(v) for v in value]
    if isinstance(value, datetime):
        return value.isoformat()
    return value


@dataclass(frozen=True, slots=True)
class Sourced(Generic[T]):
    """A value and the signal it was taken from (``json-ld:headline``, ``dom:h1``…)."""

    value: T
    source: str

    def to_dict(self) -> dict[str, Any]:
        return {"value": _json_value(self.value), "source": self.source}


@dataclass(frozen=True, slots=True)
class SourcedDate:
    """A date or date-time and where it came from.

    ``value`` is timezone-aware when the page gives a time with an offset (or one could be
    borrowed from another date of the same page); naive otherwise. ``has_time`` is false
    when the page gives the day only (``value`` is then midnight, naive).
    """

    value: datetime
    source: str
    has_time: bool = True

    def to_dict(self) -> dict[str, Any]:
        text = self.value.isoformat() if self.has_time else self.value.date().isoformat()
        return {"value": text, "source": self.source}


@dataclass(frozen=True, slots=True)
class Image:
    """An image of the article, with its caption and credit kept apart."""

    src: str
    source: str
    alt: str | None = None
    caption: str | None = None
    #: Who the credit line (split from the caption or found beside it) names, its label
    #: dropped: "Photo : AFP" -> "AFP", "© Getty Images" -> "Getty Images"; a lone "©" stays.
    credit: str | None = None
    #: Whether this is the article's lead image (og:image, or the first figure of the article).
    lead: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "src": self.src,
            "alt": self.alt,
            "caption": self.caption,
            "credit": self.credit,
            "lead": self.lead,
            "source": self.source,
        }


@dataclass(frozen=True, slots=True)
class RelatedLink:
    """A link from a "read more / à lire aussi / related" block."""

    title: str
    url: str
    source: str

    def to_dict(self) -> dict[str, Any]:
        return {"title": self.title, "url": self.url, "source": self.source}


@dataclass(frozen=True, slots=True, kw_only=True)
class Metadata:
    """Everything the page says about the article, each value with its source."""

    #: The headline, the site's prefix or suffix removed.
    title: Sourced[str] | None = None
    site_name: Sourced[str] | None = None
    section: Sourced[str] | None = None
    tags: Sourced[tuple[str, ...]] | None = None
    #: Deck or standfirst: a short line under the headline, when the page marks it.
    subtitle: Sourced[str] | None = None
    #: The chapeau: the article's opening paragraph when the page marks it apart.
    lead: Sourced[str] | None = None
    #: The page's summary for search engines and social networks.
    description: Sourced[str] | None = None
    published: SourcedDate | None = None
    updated: SourcedDate | None = None
    #: People who wrote the article.
    authors: Sourced[tuple[str, ...]] | None = None
    #: Organisations named as authors ("AFP", "Le Figaro avec AFP", "Reuters").
    organizations: Sourced[tuple[str, ...]] | None = None
    #: Primary language subtag (``fr``, ``en``…), from the markup or identified from the text.
    language: Sourced[str] | None = None
    canonical_url: Sourced[str] | None = None
    license: Sourced[str] | None = None
    images: tuple[Image, ...] = ()
    related: tuple[RelatedLink, ...] = ()
    #: Attribution to another outlet or agency ("Le Figaro" for "Lu sur Le Figaro").
    source: Sourced[str] | None = None

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready data: each field ``None`` or ``{"value": …, "source": …}``; lists for images/related."""
        out: dict[str, Any] = {}
        for f in fields(self):
            name = f.name
            value = getattr(self, name)
            if isinstance(value, tuple):
                out[name] = [v.to_dict() for v in value]
            else:
                out[name] = None if value is None else value.to_dict()
        return out
