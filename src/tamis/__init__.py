"""tamis: turn news web pages into the article itself.

>>> import tamis
>>> article = tamis.extract("<html><body><article><p>Hello, world.</p></article></body></html>")
>>> article.text
'Hello, world.'
"""

from tamis._api import extract
from tamis._flat import (
    FlatImage,
    FlatLink,
    FlatMetadata,
    detect_input_format,
    extract_text,
    extract_text_with_meta,
    looks_like_html,
)
from tamis.article import SCHEMA_VERSION, Article, Block, Span
from tamis.errors import (
    BudgetExceededError,
    DecodeError,
    FetchError,
    InputTooLargeError,
    NoContentError,
    NotHTMLError,
    TamisError,
)
from tamis.facts import Facts, extract_facts
from tamis.metadata import Image, Metadata, RelatedLink, Sourced, SourcedDate
from tamis.options import Options

__version__ = "0.1.0"

__all__ = [
    "SCHEMA_VERSION",
    "Article",
    "Block",
    "BudgetExceededError",
    "DecodeError",
    "Facts",
    "FetchError",
    "FlatImage",
    "FlatLink",
    "FlatMetadata",
    "Image",
    "InputTooLargeError",
    "Metadata",
    "NoContentError",
    "NotHTMLError",
    "Options",
    "RelatedLink",
    "Sourced",
    "SourcedDate",
    "Span",
    "TamisError",
    "__version__",
    "detect_input_format",
    "extract",
    "extract_facts",
    "extract_text",
    "extract_text_with_meta",
    "looks_like_html",
]
