"""Stage 3 of the pipeline: walk the parsed DOM once and lay the page out as flat data.

Reads the lexbor tree; sets nothing on it. Produces a :class:`Layout`: a table of the
block-level elements (parent, tag, what their class/id/role say) and the page's text as a list
of :class:`RawBlock` in document order, each owned by its nearest block-level element. Later
stages decide on this data alone, never on the DOM.

The walk is iterative (an explicit stack), so nesting depth costs no Python recursion.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from selectolax.lexbor import LexborHTMLParser

from tamis import _vocab as V
from tamis._budget import Deadline
from tamis._langid import count_chars
from tamis.article import Span, SpanStyle

__all__ = ["IMAGE_BOX_TAGS", "Caption", "Layout", "RawBlock", "build_layout", "image_box_parts"]

_ASCII_WS = " \t\n\r\f"
_WS_RE = re.compile(f"[{_ASCII_WS}]+")
_CJK_RE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")
_LANG_CLASS_RE = re.compile(r"(?:^|\s)(?:language|lang|brush:?)-?\s*([A-Za-z0-9_+#-]+)")

# Element flags (bit set per block-level element).
NEG = 1  # furniture by class/id/role/tag
POS = 2  # named as the article container
COMMENT = 4  # the comment section
LANDMARK = 8  # nav/footer/aside/menu element
HEADERISH = 16  # <header> element
STRONG_POS = 32  # named as the article body by a compound name ("entry-content", articleBody)


def weighted_len(text: str) -> int:
    """Characters, CJK characters counted three times (one carries about a word)."""
    if text.isascii():
        return len(text)
    return len(text) + 2 * count_chars(_CJK_RE, text)


@dataclass(slots=True)
class RawBlock:
    """A block of text as found on the page, before any decision."""

    owner: int
    kind: str
    text: str
    spans: tuple[Span, ...]
    chars: int
    link_chars: int
    level: int = 0
    ordered: bool = False
    quote: bool = False
    rows: tuple[tuple[str, ...], ...] = ()
    lang: str | None = None
    list_id: int = 0


@dataclass(slots=True)
class Caption:
    """An image caption or credit met on the page (kept out of the body)."""

    text: str
    owner: int
    #: For an image's alt or title: the index of the next block when the image was met (the
    #: caption printed again is one of the blocks just after it); -1 for a figcaption.
    at: int = -1
    #: An image's alt or title (not a part of a figcaption).
    alt: bool = False


@dataclass(slots=True)
class Layout:
    """The page as flat data: element table plus blocks in document order."""

    tags: list[str] = field(default_factory=list)
    parents: list[int] = field(default_factory=list)
    flags: list[int] = field(default_factory=list)
    #: Tag and first class of every element ("div.teaser"): a template's repeated name.
    names: list[str] = field(default_factory=list)
    #: Class and id words of every element ("article body"), for the block model.
    words: list[str] = field(default_factory=list)
    blocks: list[RawBlock] = field(default_factory=list)
    captions: list[Caption] = field(default_factory=list)
    truncated: bool = False
    #: Parsers of HTML templates walked in place (kept alive while their nodes are in use).
    fragments: list[Any] = field(default_factory=list)


class _Ctx:
    """Inherited walk context; copied when an element changes it."""

    __slots__ = ("heading", "href", "list_depth", "list_id", "ordered", "owner", "quote", "style", "template")

    def __init__(self) -> None:
        self.owner = -1
        self.style: SpanStyle = ""
        self.href: str | None = None
        self.quote = False
        self.list_depth = 0
        self.list_id = 0
        self.ordered = False
        self.heading = 0
        self.template = False

    def copy(self) -> _Ctx:
        c = _Ctx.__new__(_Ctx)
        c.owner = self.owner
        c.style = self.style
        c.href = self.href
        c.quote = self.quote
        c.list_depth = self.list_depth
        c.list_id = self.list_id
        c.template = self.template
        c.ordered = self.ordered
        c.heading = self.heading
        return c


_NEG_ROLES = frozenset(
    {"navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar", "dialog",
     "alert", "alertdialog", "toolbar", "tablist", "button", "form", "note"}
)  # fmt: skip
_POS_ROLES = frozenset({"main", "article"})


def class_words_of(attrs: dict[str, Any], cache: dict[str, str] | None = None) -> str:
    """The element's class and id as space-separated lower-case words ("" when it has none);
    ``cache``: raw class/id string -> words, for one page."""
    names = (attrs.get("class") or "") + " " + (attrs.get("id") or "")
    if len(names) <= 1:
        return ""
    if cache is not None:
        found = cache.get(names)
        if found is None:
            found = cache[names] = _words_of(names[:400])
        return found
    return _words_of(names[:400])


def class_words(value: str) -> list[str]:
    """A class (or id) attribute's words, as :func:`class_words_of` cuts them ("Article_elementLead__N3pGr" ->
    ["article", "element", "lead", "n3p", "gr"])."""
    return _words_of(value[:400]).split()


_CLASS_WORD_RE = re.compile(r"[a-z0-9]+")


@lru_cache(maxsize=1 << 16)
def _words_of(value: str) -> str:
    """A class/id attribute as lower-case words joined by spaces ("articleBody x-1" ->
    "article body x 1"), inert words (``_vocab.INERT_WORDS_RE``: responsive-utility pairs
    "hidden xs", script-attached behaviours) blanked: a pure function of the attribute text,
    memoised across pages (sites repeat their classes)."""
    low = value.lower()
    if low != value:  # only an upper-case letter can start a camel-case word
        low = V.CAMEL_RE.sub(" ", value).lower()
    words = " ".join(_CLASS_WORD_RE.findall(low))
    # INERT_WORDS_RE needs "hidden", "hide", "visible", "show" or "ctxt"
    if "hid" in words or "vis" in words or "show" in words or "ctxt" in words:
        words = V.INERT_WORDS_RE.sub(" ", words)
    return words


def _classify(tag: str, attrs: dict[str, Any], words: str, word_flags: dict[str, int]) -> int:
    """The element's flags from its tag, role, itemprop and class/id words (``word_flags``: a
    per-page cache of the class-word part, which many elements share)."""
    flags = 0
    if tag in V.LANDMARK_BOILERPLATE_TAGS:
        flags |= LANDMARK | NEG
    elif tag == "header":
        flags |= HEADERISH
    elif tag in ("article", "main"):
        flags |= POS
    role = attrs.get("role")
    if role:
        role = role.strip().lower()
        if role in _NEG_ROLES:
            flags |= NEG
        elif role in _POS_ROLES:
            flags |= POS
    itemprop = attrs.get("itemprop")
    if itemprop and "articlebody" in itemprop.lower():
        return (flags | POS | STRONG_POS) & ~NEG
    if words:
        cached = word_flags.get(words)
        if cached is None:
            cached = _flags_of_words(words)
            word_flags[words] = cached
        flags |= cached
    return flags


@lru_cache(maxsize=256)
def _tag_flags(tag: str) -> int:
    """:func:`_classify` of an element without attributes: its tag's flags alone."""
    return _classify(tag, {}, "", {})


# What one class/id word says, as bits (a word is [a-z0-9]+, and no vocabulary stem spans two
# words, so the vocabulary regexes give the same verdict word by word as on the joined string).
_W_NEG_STRONG, _W_NEG_WEAK, _W_POS, _W_COMMENT = 1, 2, 4, 8


@lru_cache(maxsize=1 << 16)
def _bits_of_word(word: str) -> int:
    """The vocabulary bits of one class/id word: a pure function, memoised across pages
    ("row", "col", "container" recur on every site)."""
    bits = 0
    if V.NEG_STRONG_RE.search(word):
        bits |= _W_NEG_STRONG
    if V.NEG_WEAK_RE.search(word):
        bits |= _W_NEG_WEAK
    if V.POS_RE.search(word):
        bits |= _W_POS
    if V.COMMENT_RE.search(word):
        bits |= _W_COMMENT
    return bits


def _bits_of_words(words: str) -> int:
    bits = 0
    for word in words.split():
        bits |= _bits_of_word(word)
    return bits


@lru_cache(maxsize=1 << 16)
def _flags_of_words(words: str) -> int:
    """The flags an element's class/id words give it: a pure function, memoised across pages
    (a site's pages share their templates' names)."""
    flags = 0
    bits = _bits_of_words(words)
    pos = bits & _W_POS
    image_text = V.IMAGE_TEXT_WORDS_RE.search(words) is not None
    if pos and (
        (V.RELATED_COMPOUND_RE.search(words) and not V.STRONG_POS_RE.search(words))
        or V.CONSENT_WORDS_RE.search(words)
        or image_text  # "image__caption ... text-summary-gray": styling words, not a body
    ):
        pos = 0
    if bits & _W_NEG_STRONG or (not pos and bits & _W_NEG_WEAK) or image_text:
        flags |= NEG
    if pos:
        flags |= POS
        if V.STRONG_POS_RE.search(words):
            flags |= STRONG_POS
    if bits & _W_COMMENT:
        flags |= COMMENT | NEG
    return flags


def _is_hidden(attrs: dict[str, Any]) -> bool:
    if "hidden" in attrs:
        return True
    aria = attrs.get("aria-hidden")
    if aria is not None and aria.strip().lower() == "true":
        return True
    style = attrs.get("style")
    return style is not None and V.HIDDEN_STYLE_RE.search(style) is not None


def _norm(text: str) -> str:
    return _squash_ws(text).strip()


def _squash_ws(text: str) -> str:
    """``_WS_RE.sub(" ", text)``: each run of ASCII spacing as one space. Most text nodes have
    none to squash (86 %), and five C scans that say so cost half the regex's pass."""
    if "  " in text or "\n" in text or "\t" in text or "\r" in text or "\f" in text:
        return _WS_RE.sub(" ", text)
    return text


_TABLE_BLOCK_TAGS = frozenset({"p", "div", "ul", "ol", "h1", "h2", "h3", "blockquote", "form"})


def _table_is_data(node: Any) -> bool:
    """Data table (kept as a table) or layout table (walked like nested divs).

    Looks at no more than TABLE_SCAN_MAX_NODES descendants and stops at the first nested table,
    so that tables nested in tables cost linear time.
    """
    attrs = node.attributes
    if (attrs.get("role") or "").lower() == "presentation":
        return False
    rows = cells = blocks = 0
    header = False
    descendants = node.traverse(include_text=False)
    next(descendants, None)  # the table itself
    for seen, sub in enumerate(descendants, 1):
        t = sub.tag
        if seen > V.TABLE_SCAN_MAX_NODES:
            break
        if t == "table":
            return False
        if t == "tr":
            rows += 1
        elif t in ("td", "th"):
            cells += 1
            header = header or t == "th"
        elif t in ("thead", "caption"):
            header = True
        elif t in _TABLE_BLOCK_TAGS:
            blocks += 1
    if rows == 0 or cells == 0 or blocks > rows:
        return False
    if header:
        return True
    return rows >= 2 and cells >= 2 * rows


def _table_rows(node: Any) -> tuple[tuple[str, ...], ...]:
    rows: list[tuple[str, ...]] = []
    # one query for the table: most tables hold no script, and their cells need no check
    hidden = node.css_first(_CELL_SKIP_SELECTOR) is not None
    for tr in node.css("tr"):
        cells = tuple(
            _norm(_cell_text(c) if hidden else c.text(deep=True, separator=" "))
            for c in tr.iter()
            if c.tag in ("td", "th")
        )
        if any(cells):
            rows.append(cells)
    return tuple(rows)


def _cell_text(cell: Any) -> str:
    """A table cell's text without what never shows (scripts, styles: SKIP_TAGS), whose text
    ``node.text(deep=True)`` would include (an advertisement's script in a cell)."""
    if cell.css_first(_CELL_SKIP_SELECTOR) is None:
        return str(cell.text(deep=True, separator=" "))
    parts: list[str] = []
    stack = [cell]
    while stack:
        node = stack.pop()
        for child in reversed(list(node.iter(include_text=True))):
            tag = child.tag
            if tag == "-text" or (tag and tag not in V.SKIP_TAGS and tag[0] != "-"):
                stack.append(child)
        if node is not cell and node.tag == "-text":
            parts.append(node.text_content or "")
    return " ".join(parts)


_CELL_SKIP_SELECTOR = "script, style, noscript, template, textarea, select, button"


class _Builder:
    """Accumulates inline pieces and turns them into RawBlocks."""

    __slots__ = ("layout", "pieces")

    def __init__(self, layout: Layout) -> None:
        self.layout = layout
        self.pieces: list[tuple[str, SpanStyle, str | None]] = []

    def flush(self, ctx: _Ctx) -> None:
        pieces = self.pieces
        if not pieces:
            return
        self.pieces = []
        spans: list[Span] = []
        pending_space = False
        for raw, style, href in pieces:
            if style == "br":
                if spans and spans[-1].style == "br":
                    # Two line breaks in a row separate paragraphs (old CMSs write no <p>).
                    spans[-1] = _PARAGRAPH_BREAK
                elif spans:
                    spans.append(_LINE_BREAK)
                pending_space = False
                continue
            if not raw.strip(_ASCII_WS):  # only spacing: a space before what follows
                pending_space = True
                continue
            text = _squash_ws(raw)
            if text[:1] == " ":
                pending_space = True
                text = text[1:]
            if not text:
                continue
            trailing = text[-1] == " "
            if trailing:
                text = text[:-1]
            if pending_space and spans and spans[-1].style != "br":
                # The space goes outside links and emphasis: "un <a>lien</a>" keeps "un " plain.
                prev = spans[-1]
                if not prev.style:
                    spans[-1] = Span(prev.text + " ", "", None)
                elif not style:
                    text = " " + text
                else:
                    spans.append(Span(" "))
            pending_space = trailing
            if spans and spans[-1].style == style and spans[-1].href == href:
                spans[-1] = Span(spans[-1].text + text, style, href)
            else:
                spans.append(Span(text, style, href))
        group: list[Span] = []
        for span in spans:
            if span is _PARAGRAPH_BREAK:
                self._emit(group, ctx)
                group = []
            else:
                group.append(span)
        self._emit(group, ctx)

    def _emit(self, spans: list[Span], ctx: _Ctx) -> None:
        while spans and spans[-1].style == "br":
            spans.pop()
        while spans and spans[0].style == "br":
            spans.pop(0)
        if not spans:
            return
        text = "".join(s.text for s in spans).strip()
        if not text:
            return
        if spans[-1].text.endswith(" "):
            last = spans[-1]
            spans[-1] = Span(last.text.rstrip(" "), last.style, last.href)
        link_chars = sum(len(s.text) for s in spans if s.style == "a")
        kind = "p"
        level = 0
        if ctx.heading:
            kind, level = "h", ctx.heading
        elif ctx.list_depth:
            kind, level = "li", ctx.list_depth
        chars = weighted_len(text)
        link_w = link_chars if text.isascii() else min(chars, weighted_len_ratio(link_chars, text, chars))
        self.layout.blocks.append(
            RawBlock(
                owner=ctx.owner,
                kind=kind,
                text=text,
                spans=tuple(spans),
                chars=chars,
                link_chars=link_w,
                level=level,
                ordered=ctx.ordered,
                quote=ctx.quote,
                list_id=ctx.list_id if kind == "li" else 0,
            )
        )


_LINE_BREAK = Span("\n", "br")
_PARAGRAPH_BREAK = Span("\n\n", "br")


def weighted_len_ratio(link_chars: int, text: str, chars: int) -> int:
    """Scale a raw link character count into the weighted unit of ``chars``."""
    return round(link_chars * chars / max(1, len(text)))


def build_layout(body: Any, *, max_depth: int, max_nodes: int, deadline: Deadline | None = None) -> Layout:
    """Walk ``body`` (a lexbor node) and return its Layout (checking ``deadline`` as it goes)."""
    layout = Layout()
    tags, parents, flags = layout.tags, layout.parents, layout.flags
    builder = _Builder(layout)
    pieces = builder.pieces
    root_ctx = _Ctx()
    # Stack items: (node, ctx, depth) to enter, or (None, ctx, elem_index) to leave a block
    # element (its trailing text is flushed; an inline element's children are pushed with no
    # leave item: leaving it has nothing to do).
    stack: list[tuple[Any, _Ctx, int]] = [(body, root_ctx, 0)]
    seen = 0
    word_flags: dict[str, int] = {}  # class words -> flags, for this page only
    word_cache: dict[str, str] = {}  # raw class/id -> class words, for this page only
    # only an element above an image can be an image box: one CSS pass spares the test of the
    # children of every other div
    holders = _image_holders(body)
    # what the loop reads for every node, as locals (a module attribute costs a lookup each time)
    every, spacing = Deadline.EVERY, _ASCII_WS
    skip_tags, caption_tags, block_tags, style_tags = V.SKIP_TAGS, V.CAPTION_TAGS, V.BLOCK_TAGS, V.STYLE_TAGS
    heading_levels, box_tags = V.HEADING_LEVELS, IMAGE_BOX_TAGS
    while stack:
        node, ctx, depth = stack.pop()
        if node is None:
            if pieces:  # leaving a block element: its trailing text belongs to it
                builder.flush(_ctx_for_owner(ctx, depth))
                pieces = builder.pieces
            continue
        seen += 1
        if seen > max_nodes:
            layout.truncated = True
            break
        if deadline is not None and not seen % every:
            deadline.check("layout")
        tag = node.tag
        if not tag:
            continue
        if tag == "-text":
            text = node.text_content
            # spacing between blocks (no inline piece before it) gives nothing: not kept
            if text and (pieces or text.strip(spacing)):
                pieces.append((text, ctx.style, ctx.href))
            continue
        if tag in skip_tags or tag[0] == "-":
            if tag in {"img", "picture"}:
                # an image's alt or title that a block prints again is its caption
                img = node if tag == "img" else node.css_first("img")
                attrs = img.attributes if img is not None else {}
                for key in ("alt", "title"):
                    text = _norm(attrs.get(key) or "")
                    if text.count(" ") + 1 >= V.ALT_CAPTION_SHORT_MIN_WORDS:
                        layout.captions.append(Caption(text, ctx.owner, len(layout.blocks), alt=True))
            if tag == "script" and depth < max_depth and not ctx.template:
                fragment = _template_fragment(node)
                if fragment is not None:
                    # Blogger and others ship the post as HTML inside <script type="text/template">.
                    # Only one level: a template inside a template is not walked (each level
                    # would parse the rest of the page again).
                    layout.fragments.append(fragment)
                    holders |= _image_holders(fragment.body)
                    inner = ctx.copy()
                    inner.template = True
                    _push_children(stack, fragment.body, inner, depth + 1)
            continue
        if tag == "br":
            pieces.append(("\n", "br", None))
            continue
        if tag == "wbr":
            continue
        if tag == "rt" and (node.parent is None or node.parent.css_first("rp") is None):
            # a ruby's reading aid printed above the characters (furigana on every kanji:
            # "子<rt>こ</rt>ども" reads "子ども"); with <rp> parentheses the page prints the
            # reading inline, "彰布（あきのぶ）", and it stays
            continue
        attrs = node.attributes
        if attrs and _is_hidden(attrs):
            continue
        if depth >= max_depth:
            # Too deep to walk: keep the text, flattened into the current block.
            text = node.text(deep=True, separator=" ")
            if text:
                pieces.append((text, ctx.style, ctx.href))
            continue
        if tag in caption_tags:
            text = _norm(node.text(deep=True, separator=" "))
            if text:
                layout.captions.append(Caption(text, ctx.owner))
                # its caption and credit parts, printed again next to the figure (in the
                # element holding the figure)
                box = parents[ctx.owner] if ctx.owner >= 0 else -1
                for child in node.iter():
                    part = _norm(child.text(deep=True, separator=" "))
                    if part != text and part.count(" ") + 1 >= V.ALT_CAPTION_MIN_WORDS:
                        layout.captions.append(Caption(part, box, len(layout.blocks)))
            continue
        is_block = tag in block_tags
        if not is_block:
            new_ctx = ctx
            style = style_tags.get(tag)
            if style is not None and (style != "a" or "href" in attrs):
                new_ctx = ctx.copy()
                if style == "a":
                    new_ctx.style, new_ctx.href = "a", attrs.get("href")
                elif ctx.style != "a":  # a link keeps its style; emphasis inside it is dropped
                    new_ctx.style = style  # type: ignore[assignment]
            elif attrs.get("class") or attrs.get("id"):
                words = class_words_of(attrs, word_cache)
                fl = _classify(tag, attrs, words, word_flags)
                if fl & NEG and not fl & POS and (fl & COMMENT or _bits_of_words(words) & _W_NEG_STRONG):
                    continue  # an inline share button, caption or credit
            _push_children(stack, node, new_ctx, depth + 1)
            continue
        # ---- block-level element
        if pieces:
            builder.flush(ctx)
            pieces = builder.pieces
        idx = len(tags)
        tags.append(tag)
        parents.append(ctx.owner)
        if attrs:
            # A heading's id is an anchor made from its own words ("what-are-you-looking-forward-to-next",
            # "nav-the-foil-stays-1"): not a name the page gives the element.
            words = class_words_of(
                attrs if tag not in heading_levels or "id" not in attrs else {"class": attrs.get("class")}, word_cache
            )
            fl = _classify(tag, attrs, words, word_flags)
        else:
            words, fl = "", _tag_flags(tag)
        flags.append(fl)
        layout.words.append(words)
        cls = attrs.get("class")
        layout.names.append(f"{tag}.{cls.split()[0] if cls and cls.strip() else ''}")
        new_ctx = ctx.copy()
        new_ctx.owner = idx
        if tag == "table" and _table_is_data(node):
            rows = _table_rows(node)
            if rows:
                text = "\n".join(" | ".join(c for c in r if c) for r in rows)
                layout.blocks.append(
                    RawBlock(
                        owner=idx,
                        kind="table",
                        text=text,
                        spans=(),
                        chars=weighted_len(text),
                        link_chars=_link_chars(node),
                        quote=ctx.quote,
                        rows=rows,
                    )
                )
            continue
        if tag in ("pre", "xmp", "listing", "plaintext"):
            text = node.text(deep=True, separator="")
            text = text[1:] if text.startswith("\n") else text
            text = text.rstrip()
            if text.strip():
                layout.blocks.append(
                    RawBlock(
                        owner=idx,
                        kind="pre",
                        text=text,
                        spans=(),
                        chars=weighted_len(text),
                        link_chars=0,
                        quote=ctx.quote,
                        lang=_code_lang(node, attrs),
                    )
                )
            continue
        level = heading_levels.get(tag)
        if level:
            new_ctx.heading = level
        elif tag in ("ul", "ol", "menu", "dir"):
            new_ctx.list_depth = ctx.list_depth + 1
            new_ctx.ordered = tag == "ol"
            new_ctx.list_id = idx + 1
        elif tag == "blockquote":
            new_ctx.quote = True
        elif tag in ("dl",):
            new_ctx.list_depth = 0
        boxed = image_box_parts(node) if tag in box_tags and node.mem_id in holders else None
        if boxed is not None:
            # a captioned image built without <figure>: walk the image only
            image = boxed[0]
            for part in boxed[1:]:
                text = _norm(part.text(deep=True, separator=" "))
                if text:
                    layout.captions.append(Caption(text, idx))
            stack.append((None, new_ctx, idx))
            stack.append((image, new_ctx, depth + 1))
            continue
        _push_children(stack, node, new_ctx, depth + 1, leave=(None, new_ctx, idx))
    builder.flush(root_ctx)
    return layout


IMAGE_BOX_TAGS = frozenset({"div", "p", "section", "span"})
_IMAGE_TAGS = frozenset({"img", "picture", "amp-img"})
_IMAGE_SELECTOR = ", ".join(sorted(_IMAGE_TAGS))
_IMAGE_BOX_SKIP = frozenset({"script", "style", "noscript", "-comment"})
_IMAGE_BOX_NOT_TEXT = "a, img, picture, amp-img, figure, video, iframe, svg"


def image_box_parts(node: Any) -> tuple[Any, Any, Any] | None:
    """(image, caption, credit) children of an element that is an image, a caption and its
    credit (empty under a photo: IMAGE_BOX_PHOTO_MIN_WIDTH) and nothing else
    (IMAGE_BOX_CAPTION_MAX_CHARS), else None."""
    kids: list[Any] = []
    child = node.child
    while child is not None:
        t = child.tag
        if t == "-text":
            if (child.text_content or "").strip(_ASCII_WS):
                return None  # loose text: not a box of elements
        elif t not in _IMAGE_BOX_SKIP:
            kids.append(child)
            if len(kids) > 3:
                return None
        child = child.next
    if len(kids) != 3:
        return None
    image, caption, credit = kids
    img = image if image.tag in _IMAGE_TAGS else image.css_first(_IMAGE_SELECTOR)
    if img is None or (img is not image and (image.tag == "a" or image.css_first("a") is not None)):
        return None  # a linked image: a teaser, an author's page
    if img is not image and image.text(deep=True).strip(_ASCII_WS):
        return None
    if (img.attributes.get("src") or "").lower().split("?")[0].endswith(".svg"):
        return None  # a logo and the slogan beside it, not a photo and its caption
    sizes: list[int] = []
    for kid, limit in ((caption, V.IMAGE_BOX_CAPTION_MAX_CHARS), (credit, V.IMAGE_BOX_CREDIT_MAX_CHARS)):
        if kid.tag in _IMAGE_TAGS or kid.css_first(_IMAGE_BOX_NOT_TEXT) is not None:
            return None
        size = len(_norm(kid.text(deep=True, separator=" ")))
        if size > limit:
            return None
        sizes.append(size)
    if sizes[1] >= sizes[0] or not (sizes[1] or _photo_width(img) >= V.IMAGE_BOX_PHOTO_MIN_WIDTH):
        return None
    if len(set(caption.text(deep=True, separator=" ").split())) < V.IMAGE_BOX_CAPTION_MIN_WORDS:
        return None
    return image, caption, credit


_WIDTH_RE = re.compile(r"\s*(\d+)\s*(?:px)?\s*$")


def _photo_width(img: Any) -> int:
    """The width in pixels that an image's ``width`` attribute states (0 when none or not in
    pixels, "100%")."""
    if img.tag == "picture":
        img = img.css_first("img") or img
    m = _WIDTH_RE.match(img.attributes.get("width") or "")
    return int(m.group(1)) if m else 0


def _image_holders(root: Any) -> set[int]:
    """The ``mem_id`` of every element that has an image (``_IMAGE_TAGS``) below it: the only
    elements :func:`image_box_parts` can accept."""
    holders: set[int] = set()
    for image in root.css(_IMAGE_SELECTOR):
        node = image.parent
        while node is not None:
            key = node.mem_id
            if key in holders:
                break  # and so are all its ancestors
            holders.add(key)
            node = node.parent
    return holders


def _ctx_for_owner(ctx: _Ctx, owner: int) -> _Ctx:
    return ctx if ctx.owner == owner else _with_owner(ctx, owner)


def _with_owner(ctx: _Ctx, owner: int) -> _Ctx:
    c = ctx.copy()
    c.owner = owner
    return c


def _push_children(
    stack: list[tuple[Any, _Ctx, int]], node: Any, ctx: _Ctx, depth: int, *, leave: tuple[Any, _Ctx, int] | None = None
) -> None:
    if leave is not None:
        stack.append(leave)
    child = node.last_child
    while child is not None:
        stack.append((child, ctx, depth))
        child = child.prev


_TEMPLATE_TYPES = frozenset({"text/template", "text/x-template", "text/html", "text/x-handlebars-template"})


def _template_fragment(node: Any) -> Any:
    """The parsed content of a ``<script type="text/template">`` holding markup, else None."""
    kind = (node.attributes.get("type") or "").strip().lower()
    if kind not in _TEMPLATE_TYPES:
        return None
    text = node.text(deep=True)
    if "<" not in text or len(text) < V.TEMPLATE_MIN_CHARS:
        return None
    # A template holding JSON (a component's data, its HTML inside JSON strings) is no markup.
    head = text.lstrip()
    if head.startswith("<![CDATA["):
        head = head[9:].lstrip()
    if head[:1] in ("{", "["):
        return None
    fragment = LexborHTMLParser(text)
    return fragment if fragment.body is not None else None


def _link_chars(node: Any) -> int:
    return sum(len(_norm(a.text(deep=True))) for a in node.css("a"))


def _code_lang(node: Any, attrs: dict[str, Any]) -> str | None:
    classes = attrs.get("class") or ""
    code = node.css_first("code")
    if code is not None:
        classes += " " + (code.attributes.get("class") or "")
    m = _LANG_CLASS_RE.search(classes)
    return m.group(1).lower() if m else None
