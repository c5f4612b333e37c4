"""tamis as a peerbench extractor: ``--extractor py:bench.peer:extract_text``."""

from __future__ import annotations

import tamis


def extract_text(html: str, url: str | None = None) -> str:
    """The article body as plain text (what peerbench scores)."""
    return tamis.extract(html, url=url).text
