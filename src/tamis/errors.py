"""The exceptions tamis raises.

Every public function returns its result or raises a :class:`TamisError`; nothing else is
meant to escape, whatever the input::

    TamisError
    ├── InputTooLargeError     the input is over ``Options.max_input_bytes``
    ├── DecodeError            bytes that cannot be turned into text (reserved: decoding falls
    │                          back to a lossless single-byte decoding instead of raising)
    ├── NotHTMLError           the bytes are plainly something else (PDF, image, JSON, binary)
    ├── NoContentError         the page parsed but carries no main content (empty, a listing)
    ├── BudgetExceededError    a limit on nodes, depth or time was hit
    └── FetchError             a URL could not be fetched (network, status, size, scheme)

Each exception has a short machine-readable ``reason`` code, used by the batch runner as the
reason of an ``error`` row.
"""

from __future__ import annotations

__all__ = [
    "BudgetExceededError",
    "DecodeError",
    "FetchError",
    "InputTooLargeError",
    "NoContentError",
    "NotHTMLError",
    "TamisError",
]


class TamisError(Exception):
    """Base class of every error tamis raises on purpose."""

    reason: str = "error"


class InputTooLargeError(TamisError):
    """The input is larger than the configured limit."""

    reason = "input-too-large"


class DecodeError(TamisError):
    """The bytes could not be decoded to text."""

    reason = "cannot-decode"


class NotHTMLError(TamisError):
    """The input is not HTML (a PDF, an image, JSON, other binary data)."""

    reason = "not-html"


class NoContentError(TamisError):
    """The page has no main content to extract."""

    reason = "no-content"


class BudgetExceededError(TamisError):
    """A limit on node count, nesting depth or time was exceeded."""

    reason = "budget-exceeded"


class FetchError(TamisError):
    """A URL could not be fetched."""

    reason = "fetch-failed"
