"""Stages 4-6 of the pipeline: score the page's regions, choose the article, clean it.

Reads a :class:`~tamis._dom.Layout`; returns the indices of the blocks kept as the body (and
those of the comment section). Works on the layout's own arrays; never touches the DOM.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from tamis import _vocab as V
from tamis._blockmodel import BlockModel, Context
from tamis._budget import Deadline
from tamis._dom import COMMENT, HEADERISH, LANDMARK, NEG, POS, STRONG_POS, Caption, Layout, RawBlock

__all__ = ["Selection", "page_context", "select_article"]

_WORD_RE = re.compile(r"\w+")
_SENTENCE_END_RE = re.compile(r"[.!?…:;»\"”。！？]['\"”»)\]]*$")
_PUNCT_RE = re.compile(
    r"[.,;:!?،。、，！？；：]"
    r"|(?<=[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff])[ \u3000](?=[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff])"
)


@dataclass(slots=True)
class Selection:
    """What the selection stages decided."""

    container: int
    body: list[int]
    comments: list[int]
    reason: str | None = None


def _block_value(b: RawBlock) -> tuple[float, float]:
    """(good, bad) mass of one block for the container score."""
    text_chars = b.chars - b.link_chars
    if b.kind == "table":
        return (float(text_chars) * 0.5, float(b.link_chars))
    density = b.link_chars / b.chars if b.chars else 1.0
    if density > V.LINK_DENSITY_MAX or text_chars < V.GOOD_BLOCK_MIN_CHARS or _has_legal_notice(b.text):
        return (0.0, float(b.chars))
    good = float(text_chars)
    if b.kind != "h" and _PUNCT_RE.search(b.text) is None:
        good *= 0.5
    return (good, float(b.link_chars))


def _has_legal_notice(text: str) -> bool:
    """``LEGAL_NOTICE_RE.search(text)``; on ASCII text (half the blocks) a substring test of its
    ASCII phrases, which the case-insensitive alternation costs 1.6 times more than."""
    if text.isascii():
        low = text.lower()
        return any(phrase in low for phrase in V.LEGAL_NOTICE_ASCII)
    return V.LEGAL_NOTICE_RE.search(text) is not None


def page_context(
    layout: Layout, *, title: str | None, anchor: bool = True, banned: list[bool] | None = None
) -> Context | Selection:
    """Stages 4-6 by rule: the container, and every block's verdict (or an early Selection when
    the page has no text, no prose, or is a listing)."""
    n = len(layout.tags)
    blocks = layout.blocks
    if n == 0 or not blocks:
        return Selection(-1, [], [], "no-text")
    flags, parents = layout.flags, layout.parents
    values = [_block_value(b) for b in blocks]
    # Raw good mass per subtree (no class/id knowledge yet): decides which "furniture" names
    # are believed. A wrapper named "sliderBox" that holds most of the page's prose is not
    # furniture, whatever its name says.
    raw_good = [0.0] * n
    for b, (g, _bd) in zip(blocks, values, strict=True):
        if b.owner >= 0:
            raw_good[b.owner] += g
    _accumulate(parents, raw_good)
    total = max(raw_good[0], 1.0)
    # A name that many elements share (one per item of a list article) is judged on the prose
    # all of them hold together.
    # Not for text the page does not show as it loads (tooltips, hidden messages): a list
    # article's items are read, a teaser list's hover texts are not.
    by_name: dict[str, float] = {}
    for i, name in enumerate(layout.names):
        if flags[i] & NEG and not V.UNSHOWN_WORDS_RE.search(layout.words[i]):
            by_name[name] = by_name.get(name, 0.0) + raw_good[i]
    # Prose held by article-body-named elements ("entry-content", itemprop=articleBody) below
    # each element: a "widget" wrapping the post of a Blogger page is not furniture.
    strong_good = [0.0] * n
    for i in range(n - 1, -1, -1):
        if flags[i] & STRONG_POS:
            strong_good[i] = raw_good[i]
        p = parents[i]
        if p >= 0:
            strong_good[p] += strong_good[i]
    # Prose in list items per subtree, and the nearest article-body-named ancestor of each
    # element: a slideshow's list of captions inside the article body is furniture, however
    # much text its captions hold, when the body has prose of its own beside it.
    li_good = [0.0] * n
    for b, (g, _bd) in zip(blocks, values, strict=True):
        if b.owner >= 0 and b.kind == "li":
            li_good[b.owner] += g
    _accumulate(parents, li_good)
    body_anc = [-1] * n
    for i in range(1, n):
        p = parents[i]
        if p >= 0:
            body_anc[i] = p if flags[p] & STRONG_POS else body_anc[p]

    def pos_good(i: int) -> float:
        """The prose of the largest article-named element (POS) a few levels above ``i``: a
        furniture-named wrapper that holds nearly all of it is the article's own inner wrapper."""
        most, p = 0.0, parents[i]
        for _ in range(V.FURNITURE_INNER_LEVELS):
            if p < 0:
                break
            if flags[p] & POS:
                most = max(most, raw_good[p])
            p = parents[p]
        return most

    furn = [False] * n
    for i in range(n):
        p = parents[i]
        if p >= 0 and furn[p]:
            furn[i] = True
            continue
        f = flags[i]
        if f & NEG and not f & POS:
            if f & COMMENT:  # comments repeat by nature: judged one by one
                mass, limit = raw_good[i], V.COMMENT_MAX_SHARE
            else:
                mass, limit = max(raw_good[i], by_name.get(layout.names[i], 0.0)), V.FURNITURE_MAX_SHARE
                if (
                    p >= 0
                    and li_good[i] >= V.FURNITURE_LIST_SHARE * raw_good[i]
                    and V.TEASER_BOX_RE.search(layout.words[i])
                ):
                    furn[i] = True  # a named list of teasers, whatever its share
                    continue
                a = body_anc[i]
                if (
                    a >= 0
                    and li_good[i] >= V.FURNITURE_LIST_SHARE * raw_good[i]
                    and raw_good[a] - raw_good[i] >= V.FURNITURE_BODY_MIN_CHARS
                ):
                    furn[i] = True
                    continue
                inner_of = pos_good(i) if not f & LANDMARK and raw_good[i] >= V.FURNITURE_INNER_MIN_CHARS else 0.0
                if (
                    inner_of > 0
                    and raw_good[i] >= V.FURNITURE_INNER_SHARE * inner_of
                    and li_good[i] < V.FURNITURE_LIST_SHARE * raw_good[i]
                ):
                    continue
                if (
                    strong_good[i] >= V.FURNITURE_RESCUE_MIN_CHARS
                    and strong_good[i] >= V.FURNITURE_RESCUE_SHARE * raw_good[i]
                ):
                    continue
            # ... and a landmark (<aside>, <nav>, <footer>) is believed whatever its share when the
            # page names its article body elsewhere (a blog's sidebar beside a short post)
            furn[i] = mass < limit * total or (
                bool(f & LANDMARK) and strong_good[0] - strong_good[i] >= V.FURNITURE_BELIEVED_BODY_MIN_CHARS
            )
    own_good = [0.0] * n
    own_bad = [0.0] * n
    for b, (g, bd) in zip(blocks, values, strict=True):
        if b.owner < 0:
            continue
        if furn[b.owner]:
            own_bad[b.owner] += g + bd
        else:
            own_good[b.owner] += g
            own_bad[b.owner] += bd
    # Locality: a block counts fully for its own element and less for each ancestor above, so
    # the element that directly holds the prose wins over the page wrapper that also holds
    # teaser summaries, sidebars and footers.
    dgood = _accumulate_decayed(parents, own_good, V.ANCESTOR_DECAY, V.ANCESTOR_LEVELS)
    dbad = _accumulate_decayed(parents, own_bad, V.ANCESTOR_DECAY, V.ANCESTOR_LEVELS)
    anchored, headline_mass = _headline_ancestors(layout, title)
    best, best_score = -1, float("-inf")
    plain, plain_score = -1, float("-inf")  # the same choice without the headline anchor
    for i in range(n):
        if (dgood[i] <= 0 and i not in anchored) or (banned is not None and banned[i]):
            continue
        score = dgood[i] - V.BAD_MASS_ALPHA * dbad[i]
        if flags[i] & STRONG_POS:
            score += V.STRONG_POS_BONUS * dgood[i]
        elif flags[i] & POS:
            score += V.POS_NAME_BONUS * dgood[i]
        if score > plain_score:
            plain, plain_score = i, score
        if anchored.get(i, 0.0) >= headline_mass + V.HEADLINE_ANCHOR_MIN_PROSE:
            score += V.HEADLINE_ANCHOR_BONUS
        if score > best_score:
            best, best_score = i, score
    if best < 0:
        return _tiny_page(layout, furn) or Selection(-1, [], [], "no-content")
    good = own_good[:]
    bad = own_bad[:]
    _accumulate(parents, good)
    _accumulate(parents, bad)
    if anchor and best != plain and not _body_beside_header(layout, best, plain):
        return _from_best(layout, best, furn, good, bad, dgood, title, from_headline=True)
    return _from_best(layout, plain, furn, good, bad, dgood, title)


def _body_beside_header(layout: Layout, anchored: int, plain: int) -> bool:
    """The headline's element (a post header holding the headline, a deck, the byline) beats the
    element the page names as its article body ("td-post-content", "entry-body") only through
    the headline anchor, and the two sit side by side (neither holds the other): the body name
    wins, the anchor is for a short post against a sidebar's prose, not for a header against
    its own story (a paywalled post whose one free paragraph is shorter than the anchor bonus).
    Measured (python -m bench.evaluate --jobs 1): 2 pages of 4426 change, trafilatura snippets
    0.92736 -> 0.92784, dragnet 0.9116 -> 0.9124, every other set unchanged; letting any
    article-named element (POS) win the same way instead loses daniel -0.0004 and the snippet
    page (a "post-header" is itself POS)."""
    flags, parents = layout.flags, layout.parents
    if not flags[plain] & STRONG_POS:
        return False
    above = _ancestors(parents, anchored, len(parents))
    if flags[anchored] & STRONG_POS or any(flags[a] & STRONG_POS for a in above):
        return False
    return plain not in above and anchored not in _ancestors(parents, plain, len(parents))


def _from_best(
    layout: Layout,
    best: int,
    furn: list[bool],
    good: list[float],
    bad: list[float],
    dgood: list[float],
    title: str | None,
    from_headline: bool = False,
) -> Context | Selection:
    if from_headline:
        # chosen for holding the headline: a furniture-named neighbour (the sidebar the anchor
        # just beat) is furniture again, whatever share of the prose it holds
        furn = [f or bool(flag & NEG) for f, flag in zip(furn, layout.flags, strict=True)]
    best = _climb(layout.parents, best, furn, good, bad)
    roots = _with_siblings(layout, best, furn, good, bad)
    if len(roots) == 1 and _is_listing_item(layout, best, good):
        return Selection(best, [], [], "listing")
    roots = _with_twins(layout, best, roots, furn, good, bad)
    roots, parts, furn = _with_recipe_parts(layout, best, roots, furn)
    return _rule_verdicts(layout, roots, best, furn, dgood, title=title, parts=parts)


def _with_recipe_parts(
    layout: Layout, best: int, roots: list[int], furn: list[bool]
) -> tuple[list[int], list[int], list[bool]]:
    """The roots plus a recipe's named parts (its ingredient list) held by the article-named
    element up to LEAD_LEVELS above the chosen one (roots, parts, furniture verdicts): a
    recipe's body is its steps and its ingredients, printed in separate boxes."""
    parents, flags, words = layout.parents, layout.flags, layout.words
    top = -1
    for a in [best, *_ancestors(parents, best, V.LEAD_LEVELS)]:
        if flags[a] & POS:
            top = a
    if top < 0:
        return roots, [], furn
    inside = [False] * len(parents)
    inside[top] = True
    covered = set(roots)
    under_root = [False] * len(parents)
    parts: list[int] = []
    for i in range(top + 1, len(parents)):
        p = parents[i]
        if p < 0 or not inside[p]:
            continue
        inside[i] = True
        under_root[i] = i in covered or under_root[p]
        if under_root[i]:
            continue
        if V.RECIPE_PART_RE.search(words[i]) and not any(
            under_root[j] or j in parts for j in _ancestors(parents, i, 64)
        ):
            parts.append(i)
    if not parts:
        return roots, [], furn
    furn = furn[:]
    part_set = set(parts)
    for i in range(len(parents)):
        p = parents[i]
        if i in part_set or (p >= 0 and p in part_set):
            part_set.add(i)
            furn[i] = False
    return sorted(roots + parts), parts, furn


def select_article(
    layout: Layout,
    *,
    title: str | None,
    include_comments: bool,
    model: BlockModel | None = None,
    deadline: Deadline | None = None,
) -> Selection:
    """Choose the article's blocks: the rules' verdicts, refined by the block model if given
    (``deadline``: the call's time budget, checked as the model goes)."""
    selection = _select(
        layout, title=title, include_comments=include_comments, model=model, anchor=True, deadline=deadline
    )
    if not selection.body and selection.reason != "listing" and _headline_ancestors(layout, title)[0]:
        # The headline's container kept nothing (a header holding the headline and a deck):
        # the choice made without the headline anchor stands.
        plain = _select(
            layout, title=title, include_comments=include_comments, model=model, anchor=False, deadline=deadline
        )
        if plain.body:
            return plain
    if not selection.body and selection.reason == "no-content" and selection.container >= 0:
        # The chosen element kept nothing once judged (a long legal notice, one long reader's
        # comment): the best element outside it and its ancestors gets its chance.
        other = _select(
            layout, title=title, include_comments=include_comments, model=model, anchor=True,
            deadline=deadline, banned=_around(layout.parents, selection.container),
        )  # fmt: skip
        if other.body:
            return other
    return selection


def _around(parents: list[int], node: int) -> list[bool]:
    """The element, its descendants and its ancestors."""
    out = [False] * len(parents)
    out[node] = True
    for i in range(node + 1, len(parents)):  # descendants follow their ancestors
        p = parents[i]
        if p >= 0 and out[p]:
            out[i] = True
    for a in _ancestors(parents, node, len(parents)):
        out[a] = True
    return out


def _select(
    layout: Layout,
    *,
    title: str | None,
    include_comments: bool,
    model: BlockModel | None,
    anchor: bool,
    deadline: Deadline | None = None,
    banned: list[bool] | None = None,
) -> Selection:
    ctx = page_context(layout, title=title, anchor=anchor, banned=banned)
    if isinstance(ctx, Selection):
        return ctx
    keep = ctx.rule_keep if model is None else model.keep(ctx, deadline)
    if ctx.forced:
        keep = [k or f for k, f in zip(keep, ctx.forced, strict=True)]
    selection = _finish(ctx, keep)
    if not selection.body and selection.reason == "no-content":
        selection = _tiny_page(layout, ctx.furn) or selection
    if include_comments:
        selection.comments = _comment_blocks(layout, ctx.furn)
    return selection


def _headline_ancestors(layout: Layout, title: str | None) -> tuple[dict[int, float], float]:
    """The few elements that hold the page's headline (a heading block whose text is the page
    title) with the unlinked text each holds, and the headline's own: the article sits with its
    headline, a sidebar's "about me" prose does not. An element earns the bonus only with text
    beyond the headline (a header holding the headline alone must not win); short posts count
    (their paragraphs may be under the prose threshold of the container score)."""
    if not title or V.HEADLINE_ANCHOR_BONUS <= 0:
        return {}, 0.0
    key = _norm_key(title)
    if len(key) < 8:
        return {}, 0.0
    parents = layout.parents
    first: tuple[dict[int, float], float] | None = None
    for b in layout.blocks:
        if b.kind != "h" or b.owner < 0:
            continue
        head = _norm_key(b.text)
        if head != key and not (
            len(head) >= V.HEADLINE_IN_TITLE_MIN_CHARS and (key.startswith(head) or key.endswith(head))
        ):
            continue
        chain: list[int] = []
        node = b.owner
        while node >= 0 and len(chain) <= V.HEADLINE_ANCHOR_LEVELS:
            chain.append(node)
            node = parents[node]
        mass = dict.fromkeys(chain, 0.0)
        # the lowest anchored element above each element, in one pass (parents come first)
        lowest = [-1] * len(parents)
        for i, p in enumerate(parents):
            lowest[i] = i if i in mass else (lowest[p] if p >= 0 else -1)
        for other in layout.blocks:
            if other.owner >= 0 and lowest[other.owner] >= 0:
                mass[lowest[other.owner]] += float(other.chars - other.link_chars)
        # a block counts for the lowest anchored element holding it; sum upwards
        for lower, upper in itertools.pairwise(chain):
            mass[upper] += mass[lower]
        # The headline printed twice (a page header's copy above the post's own): the one with
        # prose around it anchors.
        if mass[chain[-1]] >= b.chars + V.HEADLINE_ANCHOR_MIN_PROSE:
            return mass, float(b.chars)
        if first is None:
            first = (mass, float(b.chars))
    return first if first is not None else ({}, 0.0)


def _comment_blocks(layout: Layout, furn: list[bool]) -> list[int]:
    """Blocks of the comment section(s): furniture whose nearest furniture root says "comment"."""
    parents, flags = layout.parents, layout.flags
    zone = [False] * len(parents)
    for i, p in enumerate(parents):
        zone[i] = (p >= 0 and zone[p]) or (furn[i] and bool(flags[i] & COMMENT) and not (p >= 0 and furn[p]))
    out: list[int] = []
    seen: set[str] = set()
    for i, b in enumerate(layout.blocks):
        if b.owner < 0 or not zone[b.owner] or _is_boilerplate_block(b):
            continue
        key = _norm_key(b.text)
        if key not in seen:
            seen.add(key)
            out.append(i)
    return out


_GRID_NAME_RE = re.compile(r"\.(?:col|row|grid|span|container|wrapper|wrap|clearfix|column|cell|flex|inner|box)")


def _is_listing_item(layout: Layout, best: int, good: list[float]) -> bool:
    """Whether the chosen element is one teaser of a listing (a home or section page): a short
    text inside an item of a template repeated over the page (``article.teaser`` five times
    or more) whose items, the chosen one included, are headed by a linked heading."""
    if good[best] >= V.LISTING_MAX_CHARS:
        return False
    parents, names = layout.parents, layout.names
    headed = _linked_heading_elements(layout)
    node = best
    for _ in range(V.LISTING_LEVELS):
        if node < 0:
            return False
        name = names[node]
        if not name.endswith(".") and not _GRID_NAME_RE.match(name[name.index(".") :]) and node in headed:
            twins = [i for i, other in enumerate(names) if other == name]
            if len(twins) >= V.LISTING_MIN_ITEMS and sum(i in headed for i in twins) >= 0.8 * len(twins):
                return True
        node = parents[node]
    return False


def _linked_heading_elements(layout: Layout) -> set[int]:
    """Elements that contain a heading made of a link (a teaser's headline)."""
    parents = layout.parents
    out: set[int] = set()
    for b in layout.blocks:
        if b.kind == "h" and b.chars and b.link_chars >= 0.8 * b.chars:
            node = b.owner
            for _ in range(V.LISTING_LEVELS + 2):
                if node < 0 or node in out:
                    break
                out.add(node)
                node = parents[node]
    return out


def _climb(parents: list[int], best: int, furn: list[bool], good: list[float], bad: list[float]) -> int:
    """Go up from the chosen element while the parent adds only prose (an article cut into
    sections by a page builder) or nothing at all (a bare wrapper)."""
    node = best
    while True:
        parent = parents[node]
        if parent < 0 or furn[parent]:
            return node
        extra_good = good[parent] - good[node]
        extra_bad = bad[parent] - bad[node]
        if extra_good < V.CLIMB_MIN_CHARS and extra_bad < V.CLIMB_MIN_CHARS:
            if extra_good + extra_bad > 0:
                return node
        elif extra_bad > V.CLIMB_MAX_BAD_RATIO * extra_good:
            return node
        node = parent


def _accumulate_decayed(parents: list[int], own: list[float], decay: float, levels: int) -> list[float]:
    out = own[:]
    for i, v in enumerate(own):
        if v == 0.0:
            continue
        p = parents[i]
        w = v
        for _ in range(levels):
            if p < 0:
                break
            w *= decay
            out[p] += w
            p = parents[p]
    return out


def _with_siblings(layout: Layout, best: int, furn: list[bool], good: list[float], bad: list[float]) -> list[int]:
    """The chosen element plus those of its siblings that hold prose too (a lead paragraph in a
    header beside the body, an article split in several sections)."""
    parents = layout.parents
    parent = parents[best]
    if parent < 0:
        return [best]
    threshold = V.SIBLING_MIN_SHARE * good[best]
    roots = [best]
    for i in range(parent + 1, len(parents)):
        if parents[i] != parent or i == best or furn[i]:
            continue
        g = good[i]
        if g < V.SIBLING_MIN_CHARS:
            continue
        if (g >= threshold and bad[i] <= V.SIBLING_MAX_BAD_RATIO * g) or bad[i] <= V.SIBLING_PROSE_BAD_RATIO * g:
            roots.append(i)
    return sorted(roots)


def _ancestors(parents: list[int], node: int, levels: int) -> list[int]:
    out: list[int] = []
    node = parents[node]
    while node >= 0 and len(out) < levels:
        out.append(node)
        node = parents[node]
    return out


def _with_twins(
    layout: Layout, best: int, roots: list[int], furn: list[bool], good: list[float], bad: list[float]
) -> list[int]:
    """The roots plus the chosen element's twins: elements of the same class under a parent of
    the same class, a few levels away (an article body printed in two parts around a related
    box or an advertisement, as NYT's two "story-body-supplemental" wrappers)."""
    parents, names = layout.parents, layout.names
    name = names[best]
    parent = parents[best]
    if name.endswith(".") or parent < 0 or _GRID_NAME_RE.match(name[name.index(".") :]):
        return roots
    up = set(_ancestors(parents, best, V.TWIN_LEVELS))
    inside = set(roots)
    twins: list[int] = []
    for i, other in enumerate(names):
        p = parents[i]
        if p >= 0 and p in inside:
            inside.add(i)  # a descendant of a root (parents come first)
            continue
        if i in inside or other != name or p < 0 or names[p] != names[parent] or furn[i]:
            continue
        if not up.intersection(_ancestors(parents, i, V.TWIN_LEVELS)):
            continue
        if good[i] >= V.SIBLING_MIN_CHARS and bad[i] <= V.SIBLING_PROSE_BAD_RATIO * good[i]:
            twins.append(i)
    return sorted(roots + twins) if twins else roots


def _accumulate(parents: list[int], values: list[float]) -> None:
    """Turn per-element values into subtree sums (children have larger indices than parents)."""
    for i in range(len(values) - 1, 0, -1):
        p = parents[i]
        if p >= 0:
            values[p] += values[i]


def _alt_caption_of(images: list[Caption], i: int, owner: int, parents: list[int], *, up: bool = True) -> bool:
    """Whether block ``i`` (of element ``owner``) prints one of ``images``' alt or title as its
    caption: one of the ALT_CAPTION_NEXT_BLOCKS blocks after the image, in the element holding
    it (or, with ``up``, ALT_CAPTION_HOLDER_UP levels above; at most ALT_CAPTION_DEPTH levels
    down)."""
    for c in images:
        if c.at <= i < c.at + V.ALT_CAPTION_NEXT_BLOCKS:
            holders = {c.owner}
            h = c.owner
            for _ in range(V.ALT_CAPTION_HOLDER_UP if up else 0):
                if h < 0:
                    break
                h = parents[h]
                holders.add(h)
            e = owner
            for _ in range(V.ALT_CAPTION_DEPTH + 1):
                if e in holders:
                    return True
                if e < 0:
                    break
                e = parents[e]
    return False


def _labelled_caption(images: list[Caption] | tuple[()], i: int, key: str, head: str) -> bool:
    """Whether block ``i`` (text ``key``) is the block right after an image that prints the
    image's alt (``head``) then a credit opening with a photo label (CAPTION_LABELLED_TAIL_CHARS)."""
    return (
        key.startswith(head)
        and len(key) - len(head) <= V.CAPTION_LABELLED_TAIL_CHARS
        and V.CREDIT_LABEL_START_RE.match(key, len(head)) is not None
        and any(c.alt and c.at == i and _long_alt(c) for c in images)
    )


def _long_alt(c: Caption) -> bool:
    """An alt or title long enough to be matched anywhere near its image (ALT_CAPTION_MIN_WORDS)."""
    return c.text.count(" ") + 1 >= V.ALT_CAPTION_MIN_WORDS


def _plain(b: RawBlock) -> bool:
    """A paragraph of plain text: not a heading, nor wholly bold or linked (a list's item name
    under its picture)."""
    return b.kind == "p" and any(not s.style for s in b.spans)


def _norm_key(text: str) -> str:
    return " ".join(text.lower().split())


def _rule_verdicts(
    layout: Layout,
    roots: list[int],
    best: int,
    furn: list[bool],
    dgood: list[float],
    *,
    title: str | None,
    parts: list[int] | tuple[int, ...] = (),
) -> Context:
    """Every block's verdict by rule: inside the chosen elements, not furniture, not a
    boilerplate line, not a repeat."""
    parents = layout.parents
    names = layout.names
    blocks = layout.blocks
    n = len(blocks)
    title_key = _norm_key(title) if title else None
    # Per element, in one pass (parents precede children): the root it descends from, the OR of
    # the flags below that root, and its depth under it.
    roots_set = set(roots)
    flags = layout.flags
    elem_root = [-1] * len(parents)
    elem_chain = [0] * len(parents)
    elem_depth = [0] * len(parents)
    for e, p in enumerate(parents):
        if e in roots_set:
            elem_root[e] = e
        elif p >= 0 and elem_root[p] >= 0:
            elem_root[e] = elem_root[p]
            elem_chain[e] = flags[e] | elem_chain[p]
            elem_depth[e] = elem_depth[p] + 1
    root_of = [-1] * n
    rule_keep = [False] * n
    addable = [False] * n
    boiler = [False] * n
    duplicate = [False] * n
    # An image's caption (a figcaption, never body text) printed again in a plain element is
    # a caption printed twice: the figcaption counts as its first print.
    seen: dict[str, str] = {_norm_key(c.text): "figcaption" for c in layout.captions if c.at < 0}
    # An image's alt or title printed by a block just after the image, inside the element that
    # holds it, is its caption (a page may also reuse a paragraph as an alt: that paragraph,
    # elsewhere, stays). Both kinds also match when the block adds a credit after the caption
    # ("… sammeln. IMAGO/Nico Herbertz").
    alts: dict[str, list[Caption]] = {}
    for c in layout.captions:
        if c.at >= 0:
            alts.setdefault(_norm_key(c.text), []).append(c)
    caption_heads: dict[str, str] = {key[: V.CAPTION_HEAD_CHARS]: key for key in (*seen, *alts)}
    lead_zone = _lead_zone(layout, roots)
    teaser = _teaser_items(layout, elem_root)
    printed: set[str] = set()  # every block's text so far, kept or not
    for i, b in enumerate(blocks):
        owner = b.owner
        key = _norm_key(b.text)
        earlier = key in printed
        printed.add(key)
        if owner < 0:
            continue
        boiler[i] = teaser[owner] or _is_boilerplate_block(b)
        first_name = seen.get(key)
        if first_name is None and caption_heads:
            head = caption_heads.get(key[: V.CAPTION_HEAD_CHARS])
            if head is not None and (
                # the caption, then a credit
                (key.startswith(head) and len(key) - len(head) <= V.CAPTION_CREDIT_TAIL_CHARS)
                or _labelled_caption(alts.get(head, ()), i, key, head)
                # an alt that adds a credit or the site's name ("... - Daily News") to the
                # caption the page prints
                or (
                    head in alts
                    and head.startswith(key)
                    and len(head) - len(key) <= V.CAPTION_CREDIT_TAIL_CHARS
                    and not head[len(key)].isalnum()
                )
            ):
                if head in seen:
                    first_name = "figcaption"
                else:
                    # beside the image's wrapper only when the page did not print it before (an
                    # alt reusing the standfirst printed above: the standfirst printed again); a
                    # short alt only as the plain block right after the image, and whole
                    near = [
                        c
                        for c in alts[head]
                        if (key == head and c.at == i and _plain(b))
                        or (_long_alt(c) and (key.startswith(head) or c.alt))
                    ]
                    if _labelled_caption(alts[head], i, key, head) or (
                        near and _alt_caption_of(near, i, owner, parents, up=not earlier)
                    ):
                        first_name = "figcaption"
        # A caption, pull quote or teaser printed twice is dropped the second time: short, or
        # printed by another kind of element. A paragraph the author repeats is the author's.
        duplicate[i] = (
            first_name is not None
            and (b.chars < V.DEDUP_MAX_CHARS or first_name != names[owner])
            and not V.SEPARATOR_LINE_RE.match(b.text)
        )
        root = elem_root[owner]
        root_of[i] = root
        if boiler[i] or duplicate[i] or furn[owner]:
            continue
        if root < 0:
            addable[i] = True  # dropped only for being outside the chosen elements
            if not (lead_zone[owner] and _is_lead(layout, b)):
                continue
        seen.setdefault(key, names[owner])
        rule_keep[i] = True
    part_set = set(parts)
    forced = [rule_keep[i] and elem_root[b.owner] in part_set for i, b in enumerate(blocks)] if parts else []
    return Context(
        layout=layout,
        roots=roots,
        best=best,
        furn=furn,
        dgood=dgood,
        root_of=root_of,
        rule_keep=rule_keep,
        addable=addable,
        boiler=boiler,
        duplicate=duplicate,
        title_key=title_key,
        elem_chain=elem_chain,
        elem_depth=elem_depth,
        forced=forced,
    )


def _teaser_items(layout: Layout, elem_root: list[int]) -> list[bool]:
    """Per element: inside a teaser list in the chosen elements: TEASER_MIN_ITEMS or more
    same-named siblings (a class name) each opening with a linked headline and holding a summary
    below it ("Other news on this topic"), or a <dl> of linked <dt> headlines and <dd> summaries."""
    parents, names, tags = layout.parents, layout.names, layout.tags
    n = len(parents)
    out = [False] * n
    first: list[int] = [-1] * n  # first block in the element's subtree (a few levels down)
    count = [0] * n
    for bi, b in enumerate(layout.blocks):
        e = b.owner
        for _ in range(V.TEASER_ITEM_LEVELS):
            if e < 0:
                break
            if first[e] < 0:
                first[e] = bi
            count[e] += 1
            e = parents[e]

    def linked_headline(bi: int) -> bool:
        b = layout.blocks[bi]
        return (
            b.kind in ("h", "p")
            and b.chars <= V.TEASER_HEADLINE_MAX_CHARS
            and b.link_chars >= 0.8 * b.chars
            # a link to another page, not a heading's anchor to itself
            and any(sp.style == "a" and sp.href and not sp.href.startswith("#") for sp in b.spans)
        )

    groups: dict[tuple[int, str], list[int]] = {}
    for i in range(n):
        p = parents[i]
        if p < 0 or elem_root[i] < 0:
            continue
        if tags[i] in ("dt", "dd"):
            groups.setdefault((p, "dl"), []).append(i)
        elif not names[i].endswith("."):
            groups.setdefault((p, names[i]), []).append(i)
    teasers: list[int] = []
    for (p, kind), items in groups.items():
        if kind == "dl":
            heads = [i for i in items if tags[i] == "dt" and first[i] >= 0]
            bodies = [i for i in items if tags[i] == "dd" and first[i] >= 0]
            good = [i for i in heads if linked_headline(first[i])]
            if len(good) >= V.TEASER_MIN_ITEMS and len(good) >= 0.8 * len(heads) and len(bodies) >= len(good) - 1:
                teasers.append(p)
            continue
        good = [i for i in items if first[i] >= 0 and count[i] >= 2 and linked_headline(first[i])]
        if len(good) >= V.TEASER_MIN_ITEMS and len(good) >= 0.8 * len(items):
            teasers.extend(good)
    if not teasers:
        return out
    for t in teasers:
        out[t] = True
    for i in range(n):
        p = parents[i]
        if p >= 0 and out[p]:
            out[i] = True
    # A listing page (the chosen elements hold teasers and little else) keeps its teasers.
    inside = sum(b.chars for b in layout.blocks if b.owner >= 0 and elem_root[b.owner] >= 0)
    in_teasers = sum(b.chars for b in layout.blocks if b.owner >= 0 and out[b.owner] and elem_root[b.owner] >= 0)
    if in_teasers > V.TEASER_MAX_SHARE * inside:
        return [False] * n
    return out


def _lead_zone(layout: Layout, roots: list[int]) -> list[bool]:
    """Elements where a lead (standfirst) of the article may sit: inside the nearest
    article-named element (POS) up to LEAD_LEVELS above the first root, before that root."""
    parents, flags = layout.parents, layout.flags
    zone = [False] * len(parents)
    if not roots:
        return zone
    first = roots[0]
    top = -1
    for a in _ancestors(parents, first, V.LEAD_LEVELS):
        if flags[a] & POS:
            top = a
            break
    if top < 0:
        return zone
    zone[top] = True
    for i in range(top + 1, first):  # elements before the root in document order
        p = parents[i]
        if p >= 0 and zone[p]:
            zone[i] = True
    zone[top] = False
    return zone


def _is_lead(layout: Layout, b: RawBlock) -> bool:
    """A paragraph named as the lead ("intro", "standfirst", "chapo"...: its element or the one
    above), of prose: long enough, nearly unlinked, ending a sentence."""
    parent = layout.parents[b.owner]
    return (
        b.kind == "p"
        and (
            V.LEAD_WORDS_RE.search(layout.words[b.owner]) is not None
            or (parent >= 0 and V.LEAD_WORDS_RE.search(layout.words[parent]) is not None)
        )
        and b.chars >= V.LEAD_MIN_CHARS
        and b.link_chars <= V.LEAD_MAX_LINK_SHARE * b.chars
        and _SENTENCE_END_RE.search(b.text) is not None
    )


def _finish(ctx: Context, keep: list[bool]) -> Selection:
    """Hard rules after the verdicts: the headline is the title field, not a body block; a
    heading with nothing under it goes; too little text means no article."""
    layout = ctx.layout
    blocks = layout.blocks
    kept: list[int] = []
    kept_chars = 0
    for i, b in enumerate(blocks):
        if (
            b.kind == "h"
            and (keep[i] or ctx.root_of[i] >= 0)
            and kept_chars >= V.COMMENT_HEADING_MIN_BEFORE
            and (_opens_comments(layout, b) or _opens_more_posts(layout, keep, kept, i))
        ):
            break  # the comment section, or teasers of other posts, follow the article
        if not keep[i]:
            continue
        kept_chars += b.chars
        if b.kind == "h":
            if ctx.title_key is not None and _norm_key(b.text) == ctx.title_key:
                continue
            if b.level == 1 and ctx.root_of[i] >= 0 and ctx.elem_chain[b.owner] & HEADERISH:
                continue
            if (
                b.level <= 2
                and V.HEADLINE_NAME_RE.search(layout.words[b.owner])
                and all(blocks[k].kind == "h" for k in kept)
            ):
                continue  # the headline, named so, above the body: the title field, not text
            if b.level == 1 and _restates_title(b.text, ctx.title_key) and all(blocks[k].kind == "h" for k in kept):
                continue  # the headline reworded from the page title, above the body
        kept.append(i)
    kept = _drop_lead_meta(layout, kept)
    kept = _drop_credit_notes(blocks, kept)
    kept = _drop_orphan_headings(blocks, kept)
    container = ctx.roots[0] if ctx.roots else -1
    if sum(blocks[i].chars for i in kept) < V.MIN_ARTICLE_CHARS:
        return Selection(container, [], [], "no-content")
    return Selection(container, kept, [])


def _is_named_meta_line(layout: Layout, b: RawBlock) -> bool:
    """A short byline or date line printed by an element named byline/timestamp/dateline."""
    text = b.text.strip()
    if len(text) >= V.LEAD_META_MAX_CHARS or b.kind not in ("p", "li"):
        return False
    if V.BYLINE_RE.match(text) is None and not (V.DATE_ONLY_RE.match(text) and _has_digit(text)):
        return False
    owner = b.owner
    parent = layout.parents[owner] if owner >= 0 else -1
    return any(e >= 0 and V.BYLINE_NAME_RE.search(layout.words[e]) for e in (owner, parent))


def _drop_lead_meta(layout: Layout, kept: list[int]) -> list[int]:
    """Drop the named byline and date lines that head the body, up to its first block of prose."""
    blocks = layout.blocks
    out: list[int] = []
    for pos, i in enumerate(kept):
        b = blocks[i]
        if _is_named_meta_line(layout, b):
            continue
        out.append(i)
        if b.kind != "h" and b.chars >= V.SHORT_BLOCK_CHARS:
            return out + kept[pos + 1 :]
    return out


def _drop_credit_notes(blocks: list[RawBlock], kept: list[int]) -> list[int]:
    """Drop the contribution notes ("... contributed to this report") and the author's contact
    lines at the foot of the body."""
    tail = kept[-V.CREDIT_TAIL_BLOCKS :]
    drop = {
        i
        for i in tail
        if blocks[i].chars < V.CREDIT_MAX_CHARS
        and (V.CREDIT_NOTE_RE.search(blocks[i].text) is not None or V.CONTACT_LINE_RE.match(blocks[i].text))
    }
    return [i for i in kept if i not in drop] if drop else kept


def _restates_title(text: str, title_key: str | None) -> bool:
    """Whether a heading says the page title in other words: most of the title's words are in it
    (an SEO title "Guards charged in Smith's death" over the headline "Two guards charged in
    connection with Smith's death")."""
    if title_key is None:
        return False
    title_words = set(_WORD_RE.findall(title_key))
    if len(title_words) < V.HEADLINE_REWORDED_MIN_WORDS:
        return False
    words = set(_WORD_RE.findall(text.lower()))
    return len(title_words & words) >= V.HEADLINE_REWORDED_SHARE * len(title_words)


def _opens_comments(layout: Layout, b: RawBlock) -> bool:
    """Whether a heading opens a comment section: named so ("comments") or saying so."""
    if b.owner >= 0 and layout.flags[b.owner] & COMMENT:
        return True
    return b.chars < 200 and V.COMMENT_HEADING_RE.match(V.strip_edge_punct(b.text)) is not None


def _opens_more_posts(layout: Layout, keep: list[bool], kept: list[int], i: int) -> bool:
    """Whether heading i opens teasers of other posts that follow the article ("You may also
    like"): it says so, and no later kept block sits in the element that holds the article's
    last kept block, or in one of the same tag and class (a teaser box printed inside the body,
    the body going on after it, is only a box)."""
    blocks = layout.blocks
    b = blocks[i]
    if not kept or b.chars >= 200 or V.MORE_POSTS_HEADING_RE.match(V.strip_edge_punct(b.text)) is None:
        return False
    parents, words = layout.parents, layout.words
    last = blocks[kept[-1]].owner
    holder = parents[last] if last >= 0 else -1
    if holder < 0:
        return False
    for j in range(i + 1, len(blocks)):
        owner = blocks[j].owner
        if keep[j] and owner >= 0 and parents[owner] >= 0:
            other = parents[owner]
            if other == holder or (layout.tags[other] == layout.tags[holder] and words[other] == words[holder]):
                return False
    return True


def _tiny_page(layout: Layout, furn: list[bool]) -> Selection | None:
    """A page with almost no text is its own article: every block that is not furniture."""
    blocks = layout.blocks
    if sum(b.chars for b in blocks) > V.TINY_PAGE_CHARS:
        return None
    kept = [i for i, b in enumerate(blocks) if b.owner >= 0 and not furn[b.owner] and b.text.strip()]
    return Selection(0, kept, []) if kept else None


def _is_boilerplate_block(b: RawBlock) -> bool:
    if b.kind == "pre":
        return False
    density = b.link_chars / b.chars if b.chars else 0.0
    short = b.chars < V.SHORT_BLOCK_CHARS or b.kind == "li"
    if b.kind == "li" and b.chars - b.link_chars >= V.LINK_TEXT_MIN_CHARS:
        short = False  # a list item saying something beside its link ("... in Kenya")
    limit = V.LINK_DENSITY_MAX_SHORT if short else V.LINK_DENSITY_MAX
    if density > limit and not _is_linked_prose(b):
        return True
    if b.chars < V.DISCLOSURE_MAX_CHARS and V.DISCLOSURE_RE.match(b.text):
        return True
    if V.PHP_ERROR_RE.match(b.text):
        return True
    if b.chars < V.COPYRIGHT_LINE_MAX_CHARS and b.text.lstrip().startswith("©"):
        return True
    if b.chars < 60:
        if V.SEPARATOR_LINE_RE.match(b.text):
            return False
        core = V.strip_edge_punct(b.text)
        if not core or V.BOILERPLATE_LINE_RE.match(core) or V.NO_LETTER_RE.match(core):
            return True
        if V.CJK_EDITOR_RE.match(b.text) or (b.kind != "h" and V.DATELINE_RE.match(b.text) and _has_digit(b.text)):
            return True
    return False


def _is_linked_prose(b: RawBlock) -> bool:
    """A paragraph of prose whose links are clauses of it (a sentence that links its own words
    to the source), not a list of links: few links, each a long run of words, ending a sentence."""
    if b.kind != "p" or b.chars < V.SHORT_BLOCK_CHARS or _SENTENCE_END_RE.search(b.text) is None:
        return False
    links = [sp.text for sp in b.spans if sp.style == "a" and sp.text.strip()]
    return (
        0 < len(links) <= V.LINKED_PROSE_MAX_LINKS
        and min(len(t) for t in links) >= V.LINKED_PROSE_MIN_LINK_CHARS
        and b.chars - b.link_chars >= V.LINK_TEXT_MIN_CHARS
    )


def _has_digit(text: str) -> bool:
    return any(c.isdigit() for c in text)


def _drop_orphan_headings(blocks: list[RawBlock], kept: list[int]) -> list[int]:
    """Drop headings that head nothing: last, or followed by a heading of the same or higher rank."""
    out: list[int] = []
    for pos, i in enumerate(kept):
        b = blocks[i]
        if b.kind == "h" and b.chars < V.HEADING_PARAGRAPH_MIN_CHARS:
            nxt = blocks[kept[pos + 1]] if pos + 1 < len(kept) else None
            if nxt is None or (nxt.kind == "h" and nxt.level <= b.level):
                continue
        out.append(i)
    return out
