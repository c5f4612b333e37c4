"""Typed, frozen results: :class:`Article` and the body :class:`Block` it is made of."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from tamis._render import render_html, render_markdown, render_text
from tamis.metadata import Metadata

if TYPE_CHECKING:
    from tamis.facts import Facts

__all__ = ["SCHEMA_VERSION", "Article", "Block", "BlockKind", "Span"]

#: Version of the JSON produced by :meth:`Article.to_dict`; bumped on any incompatible change.
#: 1.2: ``facts`` (quotations, figures, entities; null unless ``Options(with_facts=True)``).
SCHEMA_VERSION = "1.2"

#: ``p`` paragraph, ``h`` heading (``level`` 1-6), ``li`` list item (``level`` = nesting depth,
#: from 1), ``pre`` preformatted text or code, ``table`` a table (``rows``).
BlockKind = Literal["p", "h", "li", "pre", "table"]

#: Inline styles kept from the page: plain text, link, emphasis, strong, inline code, line break.
SpanStyle = Literal["", "a", "em", "strong", "code", "br"]


@dataclass(frozen=True, slots=True)
class Span:
    """A run of inline content with one style."""

    text: str
    style: SpanStyle = ""
    href: str | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"text": self.text}
        if self.style:
            out["style"] = self.style
        if self.href is not None:
            out["href"] = self.href
        return out


@dataclass(frozen=True, slots=True)
class Block:
    """One block of the article body, in reading order."""

    kind: BlockKind
    #: The block's plain text (inline content joined, whitespace normalised; ``<br>`` = newline).
    text: str
    #: The inline structure of ``text`` (empty for tables).
    spans: tuple[Span, ...] = ()
    #: Heading level (1-6) or list nesting depth (1 = top level); 0 otherwise.
    level: int = 0
    #: For list items: whether the list is numbered.
    ordered: bool = False
    #: Whether the block sits inside a block quotation.
    quote: bool = False
    #: For tables: the cells' text, row by row.
    rows: tuple[tuple[str, ...], ...] = ()
    #: For ``pre`` blocks: the language named by the page (``class="language-x"``), if any.
    lang: str | None = None
    #: For list items: an id shared by the items of one list (to tell adjacent lists apart).
    list_id: int = 0

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"kind": self.kind, "text": self.text}
        if self.spans and not (len(self.spans) == 1 and not self.spans[0].style):
            out["spans"] = [s.to_dict() for s in self.spans]
        if self.level:
            out["level"] = self.level
        if self.ordered:
            out["ordered"] = True
        if self.quote:
            out["quote"] = True
        if self.rows:
            out["rows"] = [list(r) for r in self.rows]
        if self.lang:
            out["lang"] = self.lang
        return out


@dataclass(frozen=True, slots=True, kw_only=True)
class Article:
    """What tamis extracts from one page."""

    #: The page URL given by the caller, if any.
    url: str | None = None
    #: The article's headline.
    title: str | None = None
    #: Language of the page (BCP 47 primary subtag), when known.
    language: str | None = None
    #: The article body, block by block, in reading order.
    blocks: tuple[Block, ...] = ()
    #: Reader comments (only with ``Options(include_comments=True)``).
    comments: tuple[Block, ...] = ()
    #: Encoding the input was decoded with, and how it was chosen (``bom``, ``transport``,
    #: ``meta``, ``detected``, ``default``; ``str`` input: ``None``).
    encoding: str | None = None
    encoding_source: str | None = None
    #: Why the body is empty, when it is (``no-content``, ``empty-input``...); else None.
    empty_reason: str | None = None
    #: Every metadata field the page carries, each with where it came from.
    metadata: Metadata = field(default_factory=Metadata)
    #: Whether the page was longer than ``Options.max_nodes`` allows: its tail was not read.
    truncated: bool = False
    #: Quotations, attributed figures and entities of ``text`` (:func:`tamis.extract_facts`),
    #: with ``Options(with_facts=True)``; else None.
    facts: Facts | None = None
    #: The body as plain text: blocks separated by one blank line (list items and table rows
    #: by one newline). Derived from ``blocks`` when the Article is built.
    text: str = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "text", render_text(self.blocks))

    @property
    def comments_text(self) -> str:
        """The comments as plain text."""
        return render_text(self.comments)

    def to_markdown(self) -> str:
        """The body as Markdown: headings, lists, quotes, tables and code kept."""
        return render_markdown(self)

    def to_html(self) -> str:
        """The body as sanitised HTML (no script, style, event handler or ``javascript:`` URL)."""
        return render_html(self)

    def to_dict(self) -> dict[str, Any]:
        """The Article as JSON-ready data; every shell (API, CLI, batch) emits exactly this."""
        return {
            "schema_version": SCHEMA_VERSION,
            "url": self.url,
            "title": self.title,
            "language": self.language,
            "text": self.text,
            "blocks": [b.to_dict() for b in self.blocks],
            "comments": [b.to_dict() for b in self.comments],
            "encoding": self.encoding,
            "encoding_source": self.encoding_source,
            "empty_reason": self.empty_reason,
            "metadata": self.metadata.to_dict(),
            "truncated": self.truncated,
            "facts": self.facts.to_dict() if self.facts is not None else None,
        }

    def to_json(self, *, indent: int | None = None) -> str:
        """:meth:`to_dict` serialised as JSON (UTF-8 characters kept as they are)."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)
