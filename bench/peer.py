"""tamis as a peerbench extractor: ``--extractor py:bench.peer:extract_text``."""

from __future__ import annotations

import tamis


def extract_text(html: str, url: str | None = None) -> str:
    """The article body as plain text (what peerbench scores)."""
    return tamis.extract(html, url=url).text


_TEXT_ONLY = tamis.Options(with_metadata=False)


def extract_text_only(html: str, url: str | None = None) -> str:
    """The body text without the metadata stage (what a corpus builder needs)."""
    return tamis.extract(html, url=url, options=_TEXT_ONLY).text
