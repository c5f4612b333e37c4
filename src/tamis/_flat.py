"""Flattened crawl text in, the article out (issue 5).

Much of the web that researchers hold is text a crawler already flattened (Common Crawl WET
and the corpora built on it): one block per line, the ``<title>`` first, menus, captions,
teasers and footers among the article's paragraphs. :func:`extract_text` recovers from such
text the same :class:`~tamis.article.Article` as :func:`tamis.extract` does from HTML, as far
as the text allows, and :func:`extract_text_with_meta` also returns the page's metadata
(:class:`FlatMetadata`). The pipeline:

1. input      str or bytes -> stripped, non-empty lines    (binary / empty -> empty Article)
2. title      the first line, when it reads like a ``<title>``: headline + site name
3. score      every line's probability of being article text: the shipped line model
              (``data/flat_model.json``, trained by ``bench/train_flat.py``) or, without it,
              the rules of :mod:`tamis._flat_vocab`
4. roles      rules that name lines whatever the score: related teasers, source attribution,
              captions and credits, comment notices, share/newsletter prompts, lines that
              repeat across the site (``site_lines``)
5. header     section (the menu line just above the header), subtitle (a short line between
              the header and the first paragraph)
6. build      kept lines -> Blocks; the Article and its FlatMetadata

No network, no state kept between calls (the model file is read once and never changes).
"""

from __future__ import annotations

import functools
import json
import math
import re
from collections import Counter
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Any, Literal

from tamis import _flat_vocab as FV
from tamis import _vocab as V
from tamis._api import with_facts
from tamis._budget import Deadline
from tamis._decode import decode_html, sniff_not_html
from tamis._flat_features import DENSE_NAMES, HASH_BUCKETS, STACK_NAMES, line_features, stack_features, tokens
from tamis._langid import identify_language
from tamis.article import Article, Block, BlockKind, Span
from tamis.errors import InputTooLargeError, NoContentError
from tamis.metadata import Image, Metadata, RelatedLink, Sourced
from tamis.options import Options

__all__ = [
    "FlatImage",
    "FlatLink",
    "FlatMetadata",
    "LineModel",
    "default_model",
    "detect_input_format",
    "extract_text",
    "extract_text_with_meta",
    "extract_with_model",
    "looks_like_html",
    "site_line_counts",
    "split_lines",
]

_DEFAULT_OPTIONS = Options()
_MODEL_RESOURCE = "data/flat_model.json"
#: Lines that repeat in at least this many of a site's documents are boilerplate, when the
#: caller passes counts (a set is taken as already thresholded).
SITE_REPEAT_MIN_DOCS = 2

_LINE_SPLIT_RE = re.compile(r"\r\n|\r|\n|\u2028|\u2029|\x0b|\x0c|\x85")
_ASCII_WS_RE = re.compile(r"[ \t]+")
_BULLET_RE = re.compile(r"^[•·▪◦‣]\s+|^[*-]\s+(?=\S)")
_DATE_LINE_RE = re.compile(
    r"^(?:(?:publi[ée]|mis à jour|updated|published|posted|aktualisiert|ver[öo]ffentlicht|le|on)\b.{0,60})?"
    r".{0,40}\b(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}|(?:19|20)\d{2}|\d{1,2}[:h]\d{2})\b.{0,30}$",
    re.I,
)
_BYLINE_RE = re.compile(r"^(?:by|par|von|por|di|przez|от|από)\s+\S", re.I)
_CONTROL_RE = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_TERMINAL = (".", "!", "?", "…", "。", "！", "？")
_CLOSERS = "\"'”»’)」』】 \u00a0"


# ------------------------------------------------------------------------------ results


@dataclass(frozen=True, slots=True)
class FlatImage:
    """An image met in the text: its caption (printed once in the result) and credit."""

    caption: str | None
    credit: str | None = None


@dataclass(frozen=True, slots=True)
class FlatLink:
    """A related article announced by a teaser line ("A LIRE AUSSI : <title>")."""

    title: str
    url: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class FlatMetadata:
    """What the flattened text says about the article besides its body.

    Each field maps onto the Article metadata of the same name (title, site_name, section,
    subtitle, images, related, source); ``title_source`` says where the title came from
    (``title-line``: the crawler's first line, a ``<title>``; ``headline``: a line of the body).
    """

    title: str | None = None
    title_source: str | None = None
    site_name: str | None = None
    section: str | None = None
    subtitle: str | None = None
    images: tuple[FlatImage, ...] = ()
    related: tuple[FlatLink, ...] = ()
    source: str | None = None


# -------------------------------------------------------------------------------- model


@dataclass(frozen=True, slots=True)
class LineModel:
    """The two-stage logistic line classifier (weights from ``bench/train_flat.py``).

    Stage 1 scores a line from its own features (:func:`line_features`); stage 2 rescoring
    from the stage-1 probabilities of the line and its neighbours (:func:`stack_features`).
    Standardisation is folded into the weights when the model is loaded.
    """

    dense1: tuple[float, ...]
    bias1: float
    hashed1: tuple[float, ...]
    dense2: tuple[float, ...] | None
    bias2: float
    threshold: float

    @staticmethod
    def _fold(part: Mapping[str, Any]) -> tuple[tuple[float, ...], float]:
        weights = [float(w) for w in part["dense"]]
        mean = [float(m) for m in part["mean"]]
        scale = [float(s) or 1.0 for s in part["scale"]]
        if not len(weights) == len(mean) == len(scale):
            raise ValueError("model parts differ in length")
        folded = tuple(w / s for w, s in zip(weights, scale, strict=True))
        bias = -sum(m * f for m, f in zip(mean, folded, strict=True))
        return folded, bias

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> LineModel:
        """Build from the JSON shape written by ``bench/train_flat.py``."""
        dense1, bias1 = cls._fold(data["stage1"])
        if len(dense1) != len(DENSE_NAMES):
            raise ValueError(f"model has {len(dense1)} stage-1 weights, features have {len(DENSE_NAMES)}")
        hashed = tuple(float(w) for w in data["stage1"]["hashed"])
        if len(hashed) != HASH_BUCKETS:
            raise ValueError(f"model has {len(hashed)} hashed weights, features use {HASH_BUCKETS}")
        dense2: tuple[float, ...] | None = None
        bias2 = 0.0
        if data.get("stage2"):
            dense2, bias2 = cls._fold(data["stage2"])
            if len(dense2) != len(STACK_NAMES):
                raise ValueError(f"model has {len(dense2)} stage-2 weights, features have {len(STACK_NAMES)}")
        return cls(dense1, bias1, hashed, dense2, bias2, float(data.get("threshold", 0.5)))

    def stage1(self, lines: Sequence[str]) -> list[float]:
        """Stage-1 probability of each line."""
        feats = line_features(lines)
        out = []
        for x, idx in zip(feats.dense, feats.sparse, strict=True):
            z = self.bias1 + sum(a * b for a, b in zip(x, self.dense1, strict=True))
            z += sum(self.hashed1[j] for j in idx)
            out.append(_sigmoid(z))
        return out

    def probabilities(self, lines: Sequence[str]) -> list[float]:
        """Final probability of each line being article text."""
        probs = self.stage1(lines)
        if self.dense2 is None:
            return probs
        out = []
        for x in stack_features(probs, lines):
            z = self.bias2 + sum(a * b for a, b in zip(x, self.dense2, strict=True))
            out.append(_sigmoid(z))
        return out


def _sigmoid(z: float) -> float:
    if z < -30.0:
        return 0.0
    if z > 30.0:
        return 1.0
    return 1.0 / (1.0 + math.exp(-z))


@functools.cache
def default_model() -> LineModel | None:
    """The model shipped in the package, or None (then the rules score lines)."""
    try:
        raw = resources.files("tamis").joinpath(_MODEL_RESOURCE).read_text(encoding="utf-8")
        return LineModel.from_dict(json.loads(raw))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def rule_probabilities(lines: Sequence[str]) -> list[float]:
    """The rules-only scorer: 1.0 for prose-like lines, 0.0 for the rest (see _flat_vocab)."""
    out = []
    for s in lines:
        words = len(tokens(s))
        if not s.isascii():
            cjk = len(re.findall(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]", s))
            words = max(words, cjk // FV.RULE_CJK_CHARS_PER_WORD)
        ok = words >= FV.RULE_LONG_WORDS or (words >= FV.RULE_MIN_WORDS and _terminal(s))
        out.append(1.0 if ok else 0.0)
    return out


# -------------------------------------------------------------------------------- input


def looks_like_html(data: str | bytes) -> bool:
    """Whether ``data`` is HTML (for the CLI's ``--input-format auto``), else flattened text.

    Looks at the first :data:`SNIFF_CHARS` characters: a doctype or ``<html>`` at the start,
    or at least ``HTML_MIN_TAGS`` element tags. Markup debris in a flattened title
    (``<!-- -->``) is not enough.
    """
    if isinstance(data, bytes | bytearray | memoryview):
        raw = bytes(data[: FV.SNIFF_CHARS * 2])
        if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
            sample = raw[2:].decode("utf-16-le" if raw[:1] == b"\xff" else "utf-16-be", "replace")
        else:
            sample = raw.decode("utf-8", "replace")
    elif isinstance(data, str):
        sample = data[: FV.SNIFF_CHARS]
    else:
        return False
    sample = sample.lstrip("\ufeff")
    if FV.HTML_START_RE.match(sample):
        return True
    return len(FV.HTML_TAG_RE.findall(sample)) >= FV.HTML_MIN_TAGS


def detect_input_format(data: str | bytes) -> Literal["html", "text"]:
    """``html`` or ``text``: what ``--input-format auto`` should do with ``data``.

    HTML when :func:`looks_like_html`; also when the bytes are plainly no text at all (a PDF,
    an image), so that :func:`tamis.extract` refuses them with ``NotHTMLError`` as before.
    Everything else is flattened text, for :func:`extract_text`.
    """
    if looks_like_html(data):
        return "html"
    if isinstance(data, bytes | bytearray | memoryview) and sniff_not_html(bytes(data[:65536])) is not None:
        return "html"
    return "text"


def split_lines(text: str) -> list[str]:
    """The text's non-empty lines, stripped; the characters inside a line are kept as they are
    (no-break spaces included) except that runs of ASCII spaces and tabs become one space."""
    out = []
    for line in _LINE_SPLIT_RE.split(text):
        s = _ASCII_WS_RE.sub(" ", line).strip()
        if s:
            out.append(s)
    return out


def reflow(lines: list[str]) -> list[str]:
    """Hard-wrapped prose (``<pre>`` text, mail archives: a paragraph cut every ~70 characters)
    joined back into one line per paragraph. A line of FV.WRAP_MIN_CHARS..FV.WRAP_MAX_CHARS
    that does not end a sentence continues on the next when that one starts in lower case;
    runs of at least FV.WRAP_MIN_LINES such lines are joined (a teaser title followed by a
    lower-case line is not a wrapped paragraph). The first line (the title) is left alone."""
    if len(lines) < FV.WRAP_MIN_LINES + 1:
        return lines
    out = [lines[0]]
    run: list[str] = []
    for k in range(1, len(lines)):
        s = lines[k]
        run.append(s)
        nxt = lines[k + 1] if k + 1 < len(lines) else ""
        if FV.WRAP_MIN_CHARS <= len(s) <= FV.WRAP_MAX_CHARS and nxt[:1].islower() and not _terminal(s):
            continue
        if len(run) >= FV.WRAP_MIN_LINES:
            out.append(" ".join(run))
        else:
            out.extend(run)
        run = []
    return out


def site_line_counts(texts: Iterable[str]) -> Counter[str]:
    """In how many of ``texts`` (one site's flattened documents) each line occurs.

    Pass the result as ``site_lines`` to :func:`extract_text`: lines found in
    :data:`SITE_REPEAT_MIN_DOCS` documents or more are taken as the site's boilerplate.
    """
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update({_norm(s) for s in split_lines(text)})
    return counts


def _terminal(s: str) -> bool:
    return s.rstrip(_CLOSERS).endswith(_TERMINAL)


def _norm(s: str) -> str:
    return " ".join(s.split()).casefold()


def _to_text(data: str | bytes, opts: Options) -> tuple[str | None, str | None, str | None, str | None]:
    """(text, encoding, encoding_source, empty_reason)."""
    if isinstance(data, bytes | bytearray | memoryview):
        raw = bytes(data)
        if len(raw) > opts.max_input_bytes:
            raise InputTooLargeError(f"input is {len(raw)} bytes, over the limit of {opts.max_input_bytes}")
        if sniff_not_html(raw) is not None:
            return None, None, None, "not-text"
        decoded = decode_html(raw, content_type=opts.content_type)
        return decoded.text, decoded.encoding, decoded.source, None
    if isinstance(data, str):
        if len(data) * 4 > opts.max_input_bytes and len(data.encode("utf-8", "surrogatepass")) > opts.max_input_bytes:
            raise InputTooLargeError(f"input is over the limit of {opts.max_input_bytes} bytes")
        sample = data[:8192]
        if sample and len(_CONTROL_RE.findall(sample)) > len(sample) * FV.BINARY_CONTROL_SHARE:
            return None, None, None, "not-text"
        return data, None, None, None
    raise TypeError(f"text must be str or bytes, not {type(data).__name__}")


# ------------------------------------------------------------------------------- stages


def _strip_debris(s: str) -> str:
    return " ".join(FV.MARKUP_DEBRIS_RE.sub(" ", s).split())


def _site_like(part: str) -> bool:
    words = part.split()
    return 0 < len(words) <= FV.SITE_MAX_WORDS and len(part) <= FV.SITE_MAX_CHARS and not _terminal(part)


def _title_line(lines: Sequence[str]) -> tuple[str | None, str | None, bool]:
    """(headline, site name, whether line 0 is a ``<title>``)."""
    first = lines[0]
    had_debris = bool(FV.MARKUP_DEBRIS_RE.search(first))
    clean = _strip_debris(first)
    parts = [p.strip() for p in FV.TITLE_SEPARATOR_RE.split(clean) if p.strip()]
    norm_rest = {_norm(s) for s in lines[1:60]}
    if len(parts) >= 2:
        head_i = max(range(len(parts)), key=lambda k: len(parts[k]))
        others = [p for k, p in enumerate(parts) if k != head_i]
        # "Headline | Site" or "Site - Headline": the site part is short; a longer
        # remainder is a second half of the headline ("Brexit: what next").
        site_parts = [p for p in others if _site_like(p)]
        if site_parts and len(parts[head_i]) > max(len(p) for p in site_parts):
            site = site_parts[-1] if head_i == 0 else site_parts[0]
            headline = parts[head_i] if len(others) == len(site_parts) else _rejoin(parts, site)
            return headline, site, True
    if had_debris or _norm(clean) in norm_rest:
        return clean, None, True
    return None, None, False


def _rejoin(parts: list[str], site: str) -> str:
    return " - ".join(p for p in parts if p != site)


@dataclass(slots=True)
class _Doc:
    """Working state of one document: lines, scores and the role rules gave each line."""

    lines: list[str]
    keep: list[bool]
    roles: list[str]


def _mark_rules(doc: _Doc, title: str | None, site_lines: Collection[str] | Mapping[str, int] | None) -> None:
    lines, roles = doc.lines, doc.roles
    norm_title = _norm(title) if title else None
    repeated: set[str] = set()
    if isinstance(site_lines, Mapping):
        repeated = {_norm(k) for k, v in site_lines.items() if v >= SITE_REPEAT_MIN_DOCS}
    elif site_lines:
        repeated = {_norm(k) for k in site_lines}
    for i, s in enumerate(lines):
        if roles[i]:
            continue
        n = _norm(s)
        if norm_title is not None and (n == norm_title or _norm(_strip_debris(s)) == norm_title):
            roles[i] = "headline"
        elif n in repeated:
            roles[i] = "site-repeat"
        elif FV.COMMENT_NOTICE_RE.search(s) and len(s) < 400:
            roles[i] = "comment-notice"
        elif FV.PROMPT_RE.search(s) and len(s) < 400:
            roles[i] = "prompt"
        elif FV.COPYRIGHT_LINE_RE.match(s) and len(s) < 200:
            roles[i] = "copyright"
        elif V.BOILERPLATE_LINE_RE.match(V.strip_edge_punct(s)) and not _terminal(s):
            roles[i] = "boilerplate"
        elif V.NO_LETTER_RE.match(s) and "©" not in s:
            roles[i] = "no-letter"


def _mark_related_source(doc: _Doc) -> tuple[list[FlatLink], str | None]:
    lines, roles = doc.lines, doc.roles
    related: list[FlatLink] = []
    source: str | None = None
    for i, s in enumerate(lines):
        if roles[i] and roles[i] != "boilerplate":
            continue
        m = FV.RELATED_RE.match(s)
        if m:
            rest = m.group("title").strip()
            had_sep = len(s) > len(rest) and bool(re.search(r"[:>»\-–—]\s*$", s[: len(s) - len(rest)]))
            if not rest and i + 1 < len(lines) and not roles[i + 1] and len(lines[i + 1]) <= FV.RELATED_MAX_CHARS:
                roles[i] = roles[i + 1] = "related"
                related.append(FlatLink(lines[i + 1]))
                continue
            short = len(tokens(rest)) <= 15 and not _terminal(rest)
            if rest and len(rest) <= FV.RELATED_MAX_CHARS and (had_sep or short):
                roles[i] = "related"
                related.append(FlatLink(rest))
                continue
        if roles[i]:
            continue
        m = FV.SOURCE_RE.match(s)
        if m and len(tokens(s)) <= 10:
            roles[i] = "source"
            if source is None:
                source = m.group("source").strip()
    return related, source


def _mark_images(doc: _Doc, title: str | None) -> list[FlatImage]:
    lines, roles, keep = doc.lines, doc.roles, doc.keep
    n = len(lines)
    norm_title = _norm(title) if title else None
    captions: dict[int, str] = {}
    # A caption printed twice (an image's alt/title text, then its figcaption).
    for i in range(n - 1):
        s = lines[i]
        if roles[i] or roles[i + 1] or s != lines[i + 1] or len(s) > FV.CAPTION_MAX_CHARS:
            continue
        if len(tokens(s)) < 2 or _norm(s) == norm_title:
            continue
        captions[i] = s
        roles[i] = "caption"
        roles[i + 1] = "caption-repeat"
    images: dict[int, FlatImage] = {i: FlatImage(c) for i, c in captions.items()}
    for i, s in enumerate(lines):
        if roles[i] not in ("", "no-letter", "boilerplate", "copyright"):
            continue
        m = FV.CREDIT_RE.match(s)
        if not m or FV.FOOTER_COPYRIGHT_RE.search(s):
            continue
        credit = m.group("credit").strip(" :\u00a0") or None
        # The caption this credit belongs to: just above (after its repeat), or just below.
        owner = next(
            (j for j in (i - 1, i - 2, i + 1) if 0 <= j < n and j in images and images[j].credit is None), None
        )
        if owner is None and i > 0 and not roles[i - 1] and not keep[i - 1]:
            prev = lines[i - 1]
            if len(tokens(prev)) >= 2 and len(prev) <= FV.CAPTION_MAX_CHARS and _norm(prev) != norm_title:
                owner = i - 1
                roles[owner] = "caption"
                images[owner] = FlatImage(prev)
        roles[i] = "credit"
        if owner is not None:
            images[owner] = FlatImage(images[owner].caption, credit)
    seen: set[str] = set()
    out = []
    for i in sorted(images):
        key = _norm(images[i].caption or "")
        if key not in seen:
            seen.add(key)
            out.append(images[i])
    return out


def _is_prose(s: str) -> bool:
    return _terminal(s) and len(tokens(s)) >= FV.PROSE_MIN_WORDS


def _mark_header(doc: _Doc, title_line: bool) -> tuple[str | None, str | None]:
    """Section and subtitle around the article's header (headline, caption, credit)."""
    lines, roles, keep = doc.lines, doc.roles, doc.keep
    start0 = 1 if title_line else 0
    first_prose = next((i for i in range(start0, len(lines)) if keep[i] and not roles[i] and _is_prose(lines[i])), None)
    if first_prose is None:
        return None, None
    header = [
        i
        for i in range(max(start0, first_prose - 12), first_prose)
        if roles[i] in ("headline", "caption", "caption-repeat", "credit")
    ]
    if not header:
        return None, None
    head_start, head_end = header[0], header[-1]
    # The header opens the article: what comes before it (and is no prose, since the first
    # prose line is below) is the page's top: menus, logins, the site's tagline.
    for i in range(start0, head_start):
        if not roles[i]:
            roles[i] = "page-top"
    section: str | None = None
    j = head_start - 1
    while j >= start0 and roles[j] in ("no-letter",):
        j -= 1
    if j >= start0 and roles[j] in ("", "page-top"):
        section = _section_of(lines[j])
        if section is not None:
            roles[j] = "section"
    subtitle: str | None = None
    for i in range(head_end + 1, first_prose):
        s = lines[i]
        if roles[i]:
            continue
        if _DATE_LINE_RE.match(s) or _BYLINE_RE.match(s):
            roles[i] = "dateline"
            continue
        if len(tokens(s)) <= FV.SUBTITLE_MAX_WORDS and not _terminal(s):
            if subtitle is None:
                subtitle = s
                roles[i] = "subtitle"
        else:
            continue
    return section, subtitle


def _section_of(s: str) -> str | None:
    crumbs = [c.strip() for c in FV.BREADCRUMB_SEP_RE.split(s) if c.strip()]
    cand = crumbs[-1] if 1 < len(crumbs) <= 6 else s
    words = cand.split()
    if (
        0 < len(words) <= FV.SECTION_MAX_WORDS
        and len(cand) <= FV.SECTION_MAX_CHARS
        and not _terminal(cand)
        and not any(c.isdigit() for c in cand)
        and not V.BOILERPLATE_LINE_RE.match(V.strip_edge_punct(cand))
    ):
        return cand
    return None


def _blocks(lines: Sequence[str]) -> tuple[Block, ...]:
    out: list[Block] = []
    list_id = 0
    prev_li = False
    for k, s in enumerate(lines):
        kind: BlockKind = "p"
        text = s
        m = _BULLET_RE.match(s)
        if m:
            kind = "li"
            text = s[m.end() :]
            if not prev_li:
                list_id += 1
        elif (
            len(tokens(s)) <= 12
            and not _terminal(s)
            and not s.endswith((":", ","))
            and k + 1 < len(lines)
            and _is_prose(lines[k + 1])
            and k > 0
        ):
            kind = "h"
        prev_li = kind == "li"
        if not text:
            continue
        out.append(
            Block(
                kind=kind,
                text=text,
                spans=(Span(text),),
                level=1 if kind == "li" else (2 if kind == "h" else 0),
                list_id=list_id if kind == "li" else 0,
            )
        )
    return tuple(out)


# ---------------------------------------------------------------------------- pipeline


def _document_threshold(lines: Sequence[str], probs: Sequence[float], th: float) -> float:
    """A document whose text is mostly kept at ``th`` is mostly article: its borderline lines
    (short headings, list items) are kept too (see ``FV.DENSE_DOC_*``)."""
    total = sum(len(s) for s in lines)
    if not total:
        return th
    kept = sum(len(s) for s, p in zip(lines, probs, strict=True) if p >= th)
    return th * FV.DENSE_DOC_THRESHOLD_FACTOR if kept / total >= FV.DENSE_DOC_SHARE else th


def extract_with_model(
    text: str | bytes,
    *,
    url: str | None = None,
    options: Options | None = None,
    site_lines: Collection[str] | Mapping[str, int] | None = None,
    model: LineModel | None,
    threshold: float | None = None,
) -> tuple[Article, FlatMetadata]:
    """:func:`extract_text_with_meta` with an explicit line model (None: the rules only).

    For training and evaluation (``bench/train_flat.py`` scores each fold's model with it).
    """
    opts = options if options is not None else _DEFAULT_OPTIONS
    if not isinstance(opts, Options):
        raise TypeError("options must be a tamis.Options")
    deadline = Deadline(opts.time_budget_s)
    # 1. input
    decoded, encoding, encoding_source, reason = _to_text(text, opts)
    lines = reflow(split_lines(decoded or ""))
    if reason is None and not lines:
        reason = "empty-input"
    if reason is not None:
        if opts.raise_on_empty:
            raise NoContentError(reason)
        return Article(url=url, encoding=encoding, encoding_source=encoding_source, empty_reason=reason), FlatMetadata()
    # 2. title
    title, site, title_line = _title_line(lines)
    # 3. score
    probs = model.probabilities(lines) if model is not None else rule_probabilities(lines)
    th = threshold if threshold is not None else (model.threshold if model is not None else 0.5)
    th = _document_threshold(lines, probs, th)
    deadline.check("score lines")
    doc = _Doc(lines=lines, keep=[p >= th for p in probs], roles=[""] * len(lines))
    if title_line:
        doc.roles[0] = "title"
    # 4. roles
    _mark_rules(doc, title, site_lines)
    related, source = _mark_related_source(doc)
    images = _mark_images(doc, title)
    # 5. header
    section, subtitle = _mark_header(doc, title_line)
    deadline.check("line roles")
    # 6. build
    body = [s for s, k, r in zip(doc.lines, doc.keep, doc.roles, strict=True) if k and not r]
    doc_chars = sum(len(s) for s in doc.lines)
    if sum(len(s) for s in body) < max(FV.SPARSE_DOC_MIN_CHARS, FV.SPARSE_DOC_MIN_SHARE * doc_chars):
        # Nothing reads as an article (a listing, a report's index page): keep what the model
        # finds least unlikely rather than nothing, when that is text enough to be a page's
        # content (a bare menu stays empty).
        relaxed = [
            s
            for s, p, r in zip(doc.lines, probs, doc.roles, strict=True)
            if p >= th * FV.SPARSE_DOC_THRESHOLD_FACTOR and not r
        ]
        if sum(len(s) for s in relaxed) >= FV.SPARSE_DOC_MIN_CHARS:
            body = relaxed
    blocks = _blocks(body)
    title_source = "title-line" if title_line and title else None
    meta = FlatMetadata(
        title=title,
        title_source=title_source,
        site_name=site,
        section=section,
        subtitle=subtitle,
        images=tuple(images),
        related=tuple(related),
        source=source,
    )
    body_text = "\n".join(b.text for b in blocks)
    found = identify_language(body_text) if body_text else None
    article = Article(
        url=url,
        title=title,
        language=found.language if found is not None else None,
        blocks=blocks,
        encoding=encoding,
        encoding_source=encoding_source,
        empty_reason=None if blocks else "no-content",
        metadata=_as_metadata(meta, found.language if found is not None else None),
    )
    if opts.raise_on_empty and not blocks:
        raise NoContentError("no-content")
    if opts.with_facts:
        article = with_facts(article)
    return article, meta


_FLAT_SOURCE = "flat-text"


def _as_metadata(meta: FlatMetadata, language: str | None) -> Metadata:
    """The flattened text's findings as the Article's metadata (source: ``flat-text:...``)."""

    def sourced(value: str | None, what: str) -> Sourced[str] | None:
        return Sourced(value, f"{_FLAT_SOURCE}:{what}") if value else None

    return Metadata(
        title=sourced(meta.title, meta.title_source or "title-line"),
        site_name=sourced(meta.site_name, "title-suffix"),
        section=sourced(meta.section, "menu-line"),
        subtitle=sourced(meta.subtitle, "header-line"),
        images=tuple(
            Image(src="", source=f"{_FLAT_SOURCE}:caption-line", caption=i.caption, credit=i.credit)
            for i in meta.images
        ),
        related=tuple(
            RelatedLink(title=r.title, url=r.url or "", source=f"{_FLAT_SOURCE}:teaser-line") for r in meta.related
        ),
        source=sourced(meta.source, "source-line"),
        language=Sourced(language, "text:langid") if language else None,
    )


def extract_text_with_meta(
    text: str | bytes,
    *,
    url: str | None = None,
    options: Options | None = None,
    site_lines: Collection[str] | Mapping[str, int] | None = None,
) -> tuple[Article, FlatMetadata]:
    """Extract the article and its metadata from flattened crawl text (one block per line).

    ``site_lines``: lines known to repeat across the site's documents (a set, or a mapping
    from line to the number of documents it occurs in; counts of
    :data:`SITE_REPEAT_MIN_DOCS` or more count). Strong boilerplate evidence; optional.
    Bytes are decoded like HTML bytes (BOM, ``options.content_type``, detection). Empty or
    binary input gives an empty Article (``empty_reason`` ``empty-input`` / ``not-text``), or
    :class:`~tamis.errors.NoContentError` with ``Options(raise_on_empty=True)``.
    """
    return extract_with_model(text, url=url, options=options, site_lines=site_lines, model=default_model())


def extract_text(
    text: str | bytes,
    *,
    url: str | None = None,
    options: Options | None = None,
    site_lines: Collection[str] | Mapping[str, int] | None = None,
) -> Article:
    """Extract the article from flattened crawl text; see :func:`extract_text_with_meta`."""
    return extract_text_with_meta(text, url=url, options=options, site_lines=site_lines)[0]
