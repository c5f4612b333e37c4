"""Stage 2 of the pipeline: the page-level facts needed by extraction (title, language).

Reads the lexbor tree's ``<head>`` and headings; sets nothing on it. The full metadata with
provenance (dates, authors, images...) is built on top of this in later stages.
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["page_language", "page_title"]

_TITLE_SEPARATORS_RE = re.compile(r"\s+(?:[|\-–—·•:»«/]|::|\|\|)\s+")
_LANG_RE = re.compile(r"^[a-zA-Z]{2,3}(?:[-_][a-zA-Z0-9]{1,8})*$")


def _clean(text: str | None) -> str:
    return " ".join((text or "").split())


def _meta_content(tree: Any, selector: str) -> str:
    node = tree.css_first(selector)
    if node is None:
        return ""
    return _clean(node.attributes.get("content"))


def page_title(tree: Any) -> str | None:
    """The headline: og:title or <title> with the site's prefix/suffix removed, or the h1."""
    candidates = [
        _meta_content(tree, 'meta[property="og:title"]'),
        _meta_content(tree, 'meta[name="twitter:title"]'),
    ]
    node = tree.css_first("title")
    html_title = _clean(node.text()) if node is not None else ""
    h1s = [_clean(h.text(separator=" ")) for h in tree.css("h1")[:5]]
    h1s = [h for h in h1s if h]
    for cand in [*candidates, html_title]:
        if not cand:
            continue
        for h in h1s:
            if h.lower() in cand.lower() and len(h) >= 0.3 * len(cand):
                return h
    for cand in [*candidates, html_title]:
        if cand:
            return _strip_site(cand)
    return h1s[0] if h1s else None


def _strip_site(title: str) -> str:
    parts = _TITLE_SEPARATORS_RE.split(title)
    if len(parts) == 1:
        return title
    # The headline is the longest part; site names are short.
    return max(parts, key=len)


def page_language(tree: Any) -> str | None:
    """The primary language subtag declared by the page (html lang, then meta tags)."""
    html = tree.css_first("html")
    values = []
    if html is not None:
        values.append(html.attributes.get("lang") or html.attributes.get("xml:lang") or "")
    values.append(_meta_content(tree, 'meta[http-equiv="content-language" i]'))
    values.append(_meta_content(tree, 'meta[property="og:locale"]'))
    for v in values:
        v = (v or "").strip().split(",")[0].strip()
        if v and _LANG_RE.match(v):
            return v.split("-")[0].split("_")[0].lower()
    return None
