"""The public entry point :func:`extract`: input checks, decoding, then the pipeline."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from tamis._decode import decode_html, sniff_not_html
from tamis._pipeline import run_pipeline
from tamis.article import Article
from tamis.errors import BudgetExceededError, InputTooLargeError, NoContentError, NotHTMLError, TamisError
from tamis.facts import extract_facts
from tamis.options import Options

__all__ = ["extract"]

_DEFAULT_OPTIONS = Options()


def extract(html: str | bytes, *, url: str | None = None, options: Options | None = None) -> Article:
    """Extract the article from one HTML page.

    ``html`` is the page as text, or as bytes decoded the way the HTML standard says (BOM,
    then ``options.content_type``'s charset, then a ``<meta>`` prescan, then detection).
    No network access, no state kept between calls.

    Returns an :class:`Article`; when the page has no main content, the Article is empty and
    ``empty_reason`` says why (or :class:`NoContentError` is raised with
    ``Options(raise_on_empty=True)``). Raises :class:`InputTooLargeError` and
    :class:`NotHTMLError` for input that cannot be a page; every error is a
    :class:`TamisError`.
    """
    opts = options if options is not None else _DEFAULT_OPTIONS
    if not isinstance(opts, Options):
        raise TypeError("options must be a tamis.Options")
    encoding: str | None = None
    encoding_source: str | None = None
    if isinstance(html, bytes | bytearray | memoryview):
        data = bytes(html)
        if len(data) > opts.max_input_bytes:
            raise InputTooLargeError(f"input is {len(data)} bytes, over the limit of {opts.max_input_bytes}")
        kind = sniff_not_html(data)
        if kind is not None:
            raise NotHTMLError(f"input looks like {kind}, not HTML")
        decoded = decode_html(data, content_type=opts.content_type)
        text, encoding, encoding_source = decoded.text, decoded.encoding, decoded.source
    elif isinstance(html, str):
        # len(str) <= UTF-8 size <= 4 * len(str): only encode when the bound is in doubt.
        if len(html) * 4 > opts.max_input_bytes and len(html.encode("utf-8", "surrogatepass")) > (opts.max_input_bytes):
            raise InputTooLargeError(f"input is over the limit of {opts.max_input_bytes} bytes")
        text = html
    else:
        raise TypeError(f"html must be str or bytes, not {type(html).__name__}")
    now = opts.now if opts.now is not None else datetime.now(UTC)
    try:
        article = run_pipeline(text, url=url, options=opts, encoding=encoding, encoding_source=encoding_source, now=now)
    except TamisError:
        raise
    except RecursionError as exc:  # defensive: every walk is iterative, but never let one escape
        raise BudgetExceededError(f"nesting too deep to process: {exc}") from exc
    if opts.raise_on_empty and not article.blocks:
        raise NoContentError(article.empty_reason or "no-content")
    return with_facts(article) if opts.with_facts else article


def with_facts(article: Article) -> Article:
    """The Article with its facts (``Options(with_facts=True)``)."""
    return replace(article, facts=extract_facts(article))
