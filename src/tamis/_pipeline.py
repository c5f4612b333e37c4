"""The extraction pipeline, as a numbered list of small stages.

0. guard     bound lexbor's cost before it runs             (:mod:`tamis._budget`)
1. parse      text -> lexbor tree                            (selectolax / lexbor)
2. meta       tree -> title, language                        (:mod:`tamis._meta`)
3. layout     tree -> element table + raw blocks             (:mod:`tamis._dom`)
4. score      layout -> good/bad text mass per element       (:mod:`tamis._select`)
5. choose     the element that holds the article             (:mod:`tamis._select`)
6. clean      drop furniture, link lists, duplicates inside  (:mod:`tamis._select`), then
              the block model refines each block's verdict     (:mod:`tamis._blockmodel`)
6b. fallback  JSON-LD articleBody when the DOM holds much less (:mod:`tamis._jsonld`)
7. build      kept raw blocks -> frozen :class:`~tamis.article.Block` s
8. metadata   title, site, section, dates, authors, language, images... (:mod:`tamis._metadata`)
8b. lead      a marked chapeau the description repeats, left out of the container, heads the body

Each stage reads only what the previous ones produced; no stage mutates its input or keeps
state between calls. The call's time budget (``Options.time_budget_s``) is checked between
stages and inside the DOM walk.
"""

from __future__ import annotations

from collections import Counter
from datetime import datetime

from selectolax.lexbor import LexborHTMLParser

from tamis import _vocab as V
from tamis._blockmodel import load_model
from tamis._budget import Deadline, guard_parse
from tamis._dom import Layout, RawBlock, build_layout
from tamis._jsonld import article_body
from tamis._meta import page_language, page_title
from tamis._metadata import agreed_lead, extract_metadata
from tamis._select import select_article
from tamis.article import Article, Block, BlockKind, Span
from tamis.metadata import Metadata
from tamis.options import Options

__all__ = ["run_pipeline"]


def _to_block(raw: RawBlock) -> Block:
    kind: BlockKind = raw.kind  # type: ignore[assignment]
    return Block(
        kind=kind,
        text=raw.text,
        spans=raw.spans,
        level=raw.level,
        ordered=raw.ordered,
        quote=raw.quote,
        rows=raw.rows,
        lang=raw.lang,
        list_id=raw.list_id,
    )


def run_pipeline(
    text: str,
    *,
    url: str | None,
    options: Options,
    encoding: str | None = None,
    encoding_source: str | None = None,
    now: datetime | None = None,
) -> Article:
    """Run stages 1-8 on decoded page text."""
    if not text.strip():
        return Article(url=url, encoding=encoding, encoding_source=encoding_source, empty_reason="empty-input")
    deadline = Deadline(options.time_budget_s)
    # 0. guard, 1. parse
    tree = LexborHTMLParser(guard_parse(text, options.time_budget_s))
    deadline.check("parse")
    # 2. meta
    title = page_title(tree)
    language = page_language(tree)
    body = tree.body
    if body is None:
        meta = extract_metadata(tree, url=url, text=None, now=now) if options.with_metadata else Metadata()
        return Article(
            url=url, title=_title(meta, title, None), language=_language(meta, language),
            encoding=encoding, encoding_source=encoding_source, empty_reason="no-body", metadata=meta,
        )  # fmt: skip
    # 3. layout
    layout = build_layout(body, max_depth=options.max_depth, max_nodes=options.max_nodes, deadline=deadline)
    # 4-6. score, choose, clean
    model = load_model() if options.use_block_model else None
    selection = select_article(
        layout, title=title, include_comments=options.include_comments, model=model, deadline=deadline
    )
    deadline.check("select")
    # 7. build
    blocks = tuple(
        _to_block(layout.blocks[i])
        for i in selection.body
        if options.include_tables or layout.blocks[i].kind != "table"
    )
    # 6b. fallback: a page that renders its article with JavaScript often still ships the text
    # as JSON-LD articleBody. Accepted when it is JSONLD_MIN_CHARS long and at least
    # JSONLD_MIN_RATIO times longer than what the DOM gave.
    if selection.reason != "listing" and "articleBody" in text:
        dom_chars = sum(len(b.text) for b in blocks)
        body_text = article_body(tree)
        if (
            body_text is not None
            and len(body_text) >= V.JSONLD_MIN_CHARS
            and len(body_text) >= V.JSONLD_MIN_RATIO * dom_chars
        ):
            blocks = tuple(Block(kind="p", text=line, spans=(Span(line),)) for line in body_text.split("\n"))
    comments = tuple(_to_block(layout.blocks[i]) for i in selection.comments)
    # 8. metadata
    meta = Metadata()
    if options.with_metadata:
        deadline.check("build")
        first = blocks[0] if blocks else None
        bold_lead = (
            first.text if first is not None and first.kind == "p" and not first.quote and _wholly_bold(first) else None
        )
        # an intertitle comes after the article's first paragraphs (not the header's deck)
        paras = [k for k, b in enumerate(blocks) if b.kind == "p"]
        after = paras[V.INTERTITLE_AFTER_PARAGRAPHS - 1] if len(paras) >= V.INTERTITLE_AFTER_PARAGRAPHS else len(blocks)
        meta = extract_metadata(
            tree,
            url=url,
            text="\n\n".join(b.text for b in blocks),
            now=now,
            bold_lead=bold_lead,
            styled_lead=_styled_first_paragraph(layout, selection.body),
            inner_headings=frozenset(b.text for b in blocks[after:] if b.kind == "h"),
        )
        deadline.check("metadata")
    # 8b. lead: a chapeau the page marks (class words) and its description repeats, left out
    # of the chosen container (a header above it), heads the body
    if blocks:
        lead = agreed_lead(tree, url=url, meta=meta if options.with_metadata else None)
        if lead is not None and " ".join(lead.split())[: V.LEAD_KEY_CHARS] not in " ".join(
            " ".join(b.text.split()) for b in blocks
        ):
            blocks = (Block(kind="p", text=lead, spans=(Span(lead),)), *blocks)
    return Article(
        url=url,
        title=_title(meta, title, selection.reason),
        language=_language(meta, language),
        blocks=blocks,
        comments=comments,
        encoding=encoding,
        encoding_source=encoding_source,
        empty_reason=None if blocks else (selection.reason or "no-content"),
        metadata=meta,
        truncated=layout.truncated,
    )


def _styled_first_paragraph(layout: Layout, body: list[int]) -> str | None:
    """The article's first paragraph when its element is named apart from the paragraphs after
    it (none of the next STYLED_LEAD_NEXT, STYLED_LEAD_SAME of which share a name): the chapeau
    of templates that style it without a class word for it ("p.bold" above plain "p")."""
    paras = [i for i in body if layout.blocks[i].kind == "p" and not layout.blocks[i].quote]
    if len(paras) < 1 + V.STYLED_LEAD_NEXT:
        return None
    names = layout.names
    first = layout.blocks[paras[0]]
    nxt = Counter(names[layout.blocks[i].owner] for i in paras[1 : 1 + V.STYLED_LEAD_NEXT])
    if names[first.owner] in nxt or nxt.most_common(1)[0][1] < V.STYLED_LEAD_SAME:
        return None
    return first.text


def _wholly_bold(block: Block) -> bool:
    """Whether every piece of the block's text is bold (a dateline's link inside counts too)."""
    spans = [s for s in block.spans if s.text.strip()]
    return bool(spans) and all(s.style == "strong" for s in spans)


def _title(meta: Metadata, page_title: str | None, reason: str | None) -> str | None:
    # A listing's "title" is the site's name: the page title says it best.
    if meta.title is not None and reason != "listing":
        value = meta.title.value
        # A bare <title> that still carries a " | Site" part the page-title stage could cut.
        if meta.title.source == "meta:title" and page_title and page_title != value and page_title in value:
            return page_title
        return value
    return page_title


def _language(meta: Metadata, declared: str | None) -> str | None:
    return meta.language.value if meta.language is not None else declared
