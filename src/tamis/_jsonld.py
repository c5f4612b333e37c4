"""JSON-LD of the page: the parts extraction needs (for now the ``articleBody`` fallback).

Reads the lexbor tree's ``<script type="application/ld+json">`` elements; never raises on
malformed JSON (sites often ship it broken), it just ignores that script.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from tamis._metadata import jsonld_objects

__all__ = ["article_body", "iter_objects"]

_ARTICLE_TYPES_RE = re.compile(r"(?:Article|BlogPosting|Report|Posting|NewsArticle)$", re.I)
_TAG_RE = re.compile(r"<[^>]{0,2000}>")
_NL_RE = re.compile(r"\s*\n\s*")


def iter_objects(tree: Any) -> Iterator[dict[str, Any]]:
    """Every JSON object in the page's JSON-LD (``@graph`` members and nested lists flattened),
    parsed as tolerantly as the metadata stage does (one parser for both)."""
    yield from jsonld_objects(tree)


def _is_article(obj: dict[str, Any]) -> bool:
    kind = obj.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return any(isinstance(k, str) and _ARTICLE_TYPES_RE.search(k) for k in kinds)


def article_body(tree: Any) -> str | None:
    """The longest ``articleBody`` of an Article-typed object, as plain text paragraphs."""
    best: str | None = None
    for obj in iter_objects(tree):
        body = obj.get("articleBody")
        if isinstance(body, str) and _is_article(obj) and (best is None or len(body) > len(best)):
            best = body
    if not best:
        return None
    if "<" in best:
        best = _TAG_RE.sub("\n", best)
    return _NL_RE.sub("\n", best).strip() or None
