"""The one options object of tamis: frozen, keyword-only, validated when built."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

__all__ = ["Options"]


@dataclass(frozen=True, slots=True, kw_only=True)
class Options:
    """How :func:`tamis.extract` works.

    Defaults are safe for unattended use over a web crawl.
    """

    #: Keep reader comments below the article (excluded by default).
    include_comments: bool = False
    #: Keep tables in the body.
    include_tables: bool = True
    #: Refine the rules' block verdicts with the shipped block model (tamis/data/blocks.json).
    use_block_model: bool = True
    #: Raise :class:`~tamis.errors.NoContentError` instead of returning an empty Article.
    raise_on_empty: bool = False
    #: Refuse inputs larger than this many bytes (UTF-8 size for ``str`` input).
    max_input_bytes: int = 64 * 1024 * 1024
    #: Stop descending below this nesting depth (deeper content is flattened into its ancestor).
    max_depth: int = 512
    #: Give up with :class:`~tamis.errors.BudgetExceededError` once a call has run this many
    #: seconds (checked between stages and during the DOM walk; lexbor's parse is bounded
    #: beforehand by an estimate of its cost). ``None``: no time limit.
    time_budget_s: float | None = 20.0
    #: Stop walking the DOM after this many nodes; the rest of the page is ignored.
    max_nodes: int = 2_000_000
    #: Transport-layer ``Content-Type`` header, used to decode ``bytes`` input.
    content_type: str | None = None
    #: Extract the metadata fields (title, dates, authors, images...); off saves ~5 ms a page.
    with_metadata: bool = True
    #: Also extract the article's facts (quotations, attributed figures, entities) into
    #: ``Article.facts`` (:func:`tamis.extract_facts` on ``article.text``; ~5 ms a page).
    with_facts: bool = False
    #: When the page was fetched or crawled: no date after it is believed. Default: now (UTC).
    now: datetime | None = None

    def __post_init__(self) -> None:
        for name in ("max_input_bytes", "max_depth", "max_nodes"):
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
                raise ValueError(f"Options.{name} must be a positive int, got {value!r}")
        budget = self.time_budget_s
        if budget is not None and (
            not isinstance(budget, int | float) or isinstance(budget, bool) or not 0 < budget < float("inf")
        ):
            raise ValueError(f"Options.time_budget_s must be a positive number or None, got {budget!r}")
