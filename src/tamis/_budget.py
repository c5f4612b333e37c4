"""Bounding one call: the per-call time budget and the pre-parse guard.

The time budget is enforced inside the process: a :class:`Deadline` is checked between the
pipeline's stages and every ``Deadline.EVERY`` nodes of the DOM walk, and raises
:class:`~tamis.errors.BudgetExceededError` once it has passed. lexbor's C parser cannot be
interrupted, so what it would spend is bounded *before* it runs (:func:`guard_parse`): its tree
builder is linear on real pages but quadratic in two shapes that hostile pages take (measured
with selectolax 0.3/0.4 on this project's machine, see ``_vocab.PARSE_*``):

- a stack of tens of thousands of unclosed elements that later start tags must scan
  (40,000 unclosed ``<div>`` then 40,000 ``<p>``: 1.3 s; 160,000: ~20 s);
- one element with tens of thousands of distinct attributes (100,000: 13 s).

The first is refused when its estimated cost exceeds the budget (a page with that many open
elements has no readable structure left); the second is repaired: the tag keeps its first
``PARSE_MAX_ATTRIBUTES`` attributes and the page is parsed as usual.
"""

from __future__ import annotations

import re
import time

from tamis import _vocab as V
from tamis.errors import BudgetExceededError

__all__ = ["Deadline", "guard_parse"]


class Deadline:
    """A point in (monotonic) time after which the call gives up."""

    __slots__ = ("_end", "_limit")

    #: The DOM walk checks the clock once every this many nodes.
    EVERY = 4096

    def __init__(self, seconds: float | None) -> None:
        self._limit = seconds
        self._end = None if seconds is None else time.monotonic() + seconds

    def check(self, stage: str) -> None:
        if self._end is not None and time.monotonic() > self._end:
            raise BudgetExceededError(f"time budget of {self._limit:g} s exceeded in stage {stage!r}")


_LONG_TAG = re.compile(rf"<[A-Za-z][^<>]{{{V.PARSE_MAX_TAG_CHARS},}}")
#: One attribute as the tokenizer reads it (the tag name is the first match).
_ATTRIBUTE = re.compile(r"""[^\s/>=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]*))?""")


def guard_parse(text: str, budget_s: float | None) -> str:
    """Return ``text`` safe to hand to lexbor, or raise :class:`BudgetExceededError`.

    Pages under ``PARSE_GUARD_MIN_CHARS``, or with fewer than ``PARSE_SCAN_MIN_TAGS`` tags,
    cannot make lexbor's tree builder quadratic enough to matter and are not scanned. Above,
    one pass over the tags estimates the builder's work: each start tag scans the stack of open
    elements (the nesting depth at that point), so the estimate is the sum of those depths
    (100,000 nested ``<div>``: 5e9 steps, measured 17.8 s; 40,000 unclosed ``<div>`` then
    40,000 ``<p>``: 2.4e9 steps, 1.3 s). It is deterministic, so the same page gets the same
    verdict on every run (a resumed batch writes the same row).
    """
    if len(text) < V.PARSE_GUARD_MIN_CHARS:
        return text
    limit = budget_s if budget_s is not None else V.PARSE_MAX_SECONDS_WITHOUT_BUDGET
    # Deep stacks come from long runs of start tags with no end tag between; a page without one
    # (nearly every page) is not scanned tag by tag.
    if text.count("<") >= V.PARSE_SCAN_MIN_TAGS and _DEEP_RUN.search(text):
        steps = _stack_steps(text, limit * V.PARSE_QUADRATIC_STEPS_PER_S)
        seconds = steps / V.PARSE_QUADRATIC_STEPS_PER_S
        if seconds > limit:
            raise BudgetExceededError(
                f"elements nest too deeply to parse in budget: ~{seconds:.0f} s estimated (budget {limit:g} s)"
            )
    if len(text) > V.PARSE_MAX_TAG_CHARS:
        text = _cut_long_tags(text)
    return text


_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9]*)")
#: PARSE_DEEP_RUN start tags in a row, little text between and no end tag.
_DEEP_RUN = re.compile(rf"(?:<[A-Za-z][^<>]{{0,200}}>[^<]{{0,40}}){{{V.PARSE_DEEP_RUN},}}")
#: Start tags that do not deepen the stack (void elements, and those the parser closes when the
#: next one starts).
_FLAT_TAGS = frozenset(
    "br img input meta link hr wbr source area col embed track param base p li td th tr option dt dd".split()  # noqa: SIM905
)


def _stack_steps(text: str, stop_at: float) -> float:
    """Sum over start tags of the nesting depth they meet (stops early past ``stop_at``)."""
    depth = 0
    steps = 0.0
    for m in _TAG.finditer(text):
        name = m.group(2).lower()
        if m.group(1):
            if name not in _FLAT_TAGS and depth > 0:
                depth -= 1
            continue
        steps += depth
        if name not in _FLAT_TAGS:
            depth += 1
            if steps > stop_at:
                return steps
    return steps


def _cut_long_tags(text: str) -> str:
    """Keep the first PARSE_MAX_ATTRIBUTES attributes of a start tag that has more.

    Only tags longer than PARSE_MAX_TAG_CHARS are looked at; a long tag with few attributes (a
    megabyte ``data-`` value) is linear for lexbor and stays as it is.
    """
    pieces: list[str] = []
    pos = 0
    for m in _LONG_TAG.finditer(text):
        attrs = _ATTRIBUTE.finditer(text, m.start() + 1, m.end())
        kept_end = -1
        for count, attr in enumerate(attrs):
            if count == V.PARSE_MAX_ATTRIBUTES:
                kept_end = attr.start()
                break
        if kept_end < 0:
            continue
        pieces.append(text[pos:kept_end])
        pieces.append(">")
        end = m.end()
        pos = end + 1 if end < len(text) and text[end] == ">" else end
    if not pieces:
        return text
    pieces.append(text[pos:])
    return "".join(pieces)
