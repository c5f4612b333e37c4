"""Typed, frozen results of :func:`tamis.facts.extract_facts`.

Every span is a pair of character offsets ``[start, end)`` into the text the facts were
extracted from (``article.text`` when an Article was given), so ``text[q.start:q.end]`` is the
quotation as written.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

__all__ = ["FACTS_SCHEMA_VERSION", "Entity", "Facts", "Figure", "Mention", "Quote"]

#: Version of the facts JSON (``Facts.to_dict``); bumped when a field changes meaning.
FACTS_SCHEMA_VERSION = "1.0"

QuoteKind = Literal["direct", "mixed", "indirect"]
EntityKind = Literal["person", "organization", "place", "media", "other"]
Approx = Literal["more_than", "less_than", "about", "at_least", "at_most", "up_to"]


@dataclass(frozen=True, slots=True)
class Mention:
    """A piece of the text: its offsets and its characters."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True, slots=True, kw_only=True)
class Quote:
    """A quotation: direct (between quotation marks), mixed (a quoted fragment inside the
    article's sentence) or indirect (reported speech)."""

    start: int
    end: int
    text: str
    kind: QuoteKind
    #: The speaker as written nearest the quotation ("il", "the minister", "Blinken").
    speaker: Mention | None = None
    #: The speaker's most complete name in the article ("Antony Blinken"), when found.
    speaker_resolved: str | None = None
    #: Index into ``Facts.entities`` of the speaker, when resolved to an entity.
    speaker_entity: int | None = None
    #: The verb or phrase that introduces the speech ("a déclaré", "said", "according to").
    cue: Mention | None = None
    #: Where it was said ("France Inter", "CNN"), when the text says so.
    venue: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "kind": self.kind,
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "speaker_resolved": self.speaker_resolved,
            "speaker_entity": self.speaker_entity,
            "cue": self.cue.to_dict() if self.cue else None,
            "venue": self.venue,
        }


@dataclass(frozen=True, slots=True, kw_only=True)
class Figure:
    """A number that quantifies something, normalised, with what it counts and who says so."""

    start: int
    end: int
    #: The figure as written with its approximation word ("plus de 4.000", "25 %").
    text: str
    value: float
    approx: Approx | None = None
    #: "%", a currency code ("EUR", "USD"...), a measure ("km", "t"...) or None for a count.
    unit: str | None = None
    #: What it counts or measures, in the text's words ("raids", "jobs").
    counts: str | None = None
    #: The time scope stated with it ("depuis neuf mois", "last year").
    scope: str | None = None
    #: Who the figure is attributed to (a quotation's speaker, "selon X", "according to X").
    source: str | None = None
    #: Index into ``Facts.quotes`` of the quotation the figure appears in, if any.
    quote: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "value": self.value,
            "approx": self.approx,
            "unit": self.unit,
            "counts": self.counts,
            "scope": self.scope,
            "source": self.source,
            "quote": self.quote,
        }


@dataclass(frozen=True, slots=True, kw_only=True)
class Entity:
    """A person, organisation, place or media outlet, with every mention of it grouped."""

    name: str
    kind: EntityKind
    #: The distinct ways the text names it ("Daech", "Daesh", "EI", "Etat islamique").
    aliases: tuple[str, ...]
    mentions: tuple[Mention, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "kind": self.kind,
            "aliases": list(self.aliases),
            "mentions": [m.to_dict() for m in self.mentions],
        }


@dataclass(frozen=True, slots=True, kw_only=True)
class Facts:
    """The quotations, attributed figures and entities of one text."""

    language: str | None
    quotes: tuple[Quote, ...] = ()
    figures: tuple[Figure, ...] = ()
    entities: tuple[Entity, ...] = ()

    def to_markdown(self) -> str:
        """A readable listing: quotations with their speakers, figures with their sources."""
        lines = ["## Facts", ""]
        if self.quotes:
            lines += ["### Quotations", ""]
            for q in self.quotes:
                who = q.speaker_resolved or "?"
                where = f", {q.venue}" if q.venue else ""
                lines.append(f"- ({q.kind}) “{q.text}” — {who}{where}")
            lines.append("")
        if self.figures:
            lines += ["### Figures", ""]
            for f in self.figures:
                parts = [f.text]
                if f.counts:
                    parts.append(f.counts)
                if f.scope:
                    parts.append(f.scope)
                source = f" — {f.source}" if f.source else ""
                lines.append(f"- {', '.join(parts)}{source}")
            lines.append("")
        people = [e for e in self.entities if len(e.mentions) > 1 or e.kind in ("person", "media")]
        if people:
            lines += ["### Entities", ""]
            lines += [f"- {e.name} ({e.kind}): {', '.join(e.aliases)}" for e in people]
        return "\n".join(lines).rstrip() + "\n"

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema_version": FACTS_SCHEMA_VERSION,
            "language": self.language,
            "quotes": [q.to_dict() for q in self.quotes],
            "figures": [f.to_dict() for f in self.figures],
            "entities": [e.to_dict() for e in self.entities],
        }
