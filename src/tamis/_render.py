"""Renderings of an Article's body: plain text, Markdown and sanitised HTML.

The body is already typed data (:class:`~tamis.article.Block`), so every rendering is a pure
function of the blocks; nothing from the source page is copied through unescaped.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tamis.article import Article, Block, Span

_SAFE_SCHEMES = ("http://", "https://", "mailto:", "ftp://", "/", "#", "?")
_SCHEME_RE = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")
_CONTROL_RE = re.compile(r"[\x00-\x20\x7f]+")


def safe_href(href: str | None) -> str | None:
    """The link target if it is safe to render, else None (``javascript:``, ``data:``...)."""
    if not href:
        return None
    probe = _CONTROL_RE.sub("", href).lower()
    if probe.startswith(_SAFE_SCHEMES) or not _SCHEME_RE.match(probe):
        return href.strip()
    return None


# --------------------------------------------------------------------------------- text


def _table_text(rows: tuple[tuple[str, ...], ...]) -> str:
    return "\n".join(" | ".join(c for c in row if c) for row in rows if any(row))


def _block_text(block: Block) -> str:
    if block.kind == "table":
        return _table_text(block.rows)
    if block.kind == "li":
        return "  " * (block.level - 1) + "- " + block.text
    return block.text


def same_list(prev: Block | None, block: Block) -> bool:
    """Whether two consecutive blocks are items of one list (nested lists included)."""
    return (
        prev is not None
        and prev.kind == "li"
        and block.kind == "li"
        and (prev.list_id == block.list_id or prev.level != block.level)
    )


def render_text(blocks: Iterable[Block]) -> str:
    """Blocks separated by a blank line; items of one list by a single newline."""
    parts: list[str] = []
    prev: Block | None = None
    for block in blocks:
        chunk = _block_text(block)
        if not chunk:
            continue
        if parts:
            parts.append("\n" if same_list(prev, block) else "\n\n")
        parts.append(chunk)
        prev = block
    return "".join(parts)


# ----------------------------------------------------------------------------- markdown

_MD_ESCAPE_RE = re.compile(r"([\\`*_\[\]<>])")
_MD_LINE_START_RE = re.compile(r"^(\s*)([#>+-]|\d+[.)])(?=\s)", re.MULTILINE)


def _md_escape(text: str) -> str:
    text = _MD_ESCAPE_RE.sub(r"\\\1", text)
    return _MD_LINE_START_RE.sub(lambda m: m.group(1) + "\\" + m.group(2), text)


def _md_spans(spans: tuple[Span, ...], fallback: str) -> str:
    if not spans:
        return _md_escape(fallback)
    out: list[str] = []
    for span in spans:
        if span.style == "br":
            out.append("  \n")
            continue
        text = span.text
        if not text.strip():
            out.append(text)
            continue
        lead = text[: len(text) - len(text.lstrip())]
        trail = text[len(text.rstrip()) :]
        core = text.strip()
        if span.style == "code":
            tick = "``" if "`" in core else "`"
            out.append(f"{lead}{tick}{core}{tick}{trail}")
            continue
        esc = _md_escape(core)
        if span.style == "a":
            href = safe_href(span.href)
            if href:
                esc = f"[{esc}]({href.replace(' ', '%20').replace(')', '%29')})"
        elif span.style == "em":
            esc = f"*{esc}*"
        elif span.style == "strong":
            esc = f"**{esc}**"
        out.append(f"{lead}{esc}{trail}")
    return "".join(out).strip()


def _md_table(rows: tuple[tuple[str, ...], ...]) -> str:
    width = max((len(r) for r in rows), default=0)
    if width == 0:
        return ""

    def cell(c: str) -> str:
        return _md_escape(c).replace("|", "\\|").replace("\n", " ")

    lines = []
    for i, row in enumerate(rows):
        padded = list(row) + [""] * (width - len(row))
        lines.append("| " + " | ".join(cell(c) for c in padded) + " |")
        if i == 0:
            lines.append("|" + "---|" * width)
    return "\n".join(lines)


def _md_block(block: Block, number: int) -> str:
    if block.kind == "h":
        body = "#" * max(1, min(block.level, 6)) + " " + _md_spans(block.spans, block.text)
    elif block.kind == "li":
        marker = f"{number}." if block.ordered else "-"
        body = "    " * (block.level - 1) + marker + " " + _md_spans(block.spans, block.text)
    elif block.kind == "pre":
        fence = "````" if "```" in block.text else "```"
        body = f"{fence}{block.lang or ''}\n{block.text}\n{fence}"
    elif block.kind == "table":
        body = _md_table(block.rows)
    else:
        body = _md_spans(block.spans, block.text)
    if block.quote:
        body = "\n".join("> " + line if line else ">" for line in body.split("\n"))
    return body


def render_markdown(article: Article) -> str:
    """The article as Markdown, the title as a level-1 heading when known."""
    parts: list[str] = []
    if article.title:
        parts.append("# " + _md_escape(article.title))
    prev: Block | None = None
    numbers: dict[int, int] = {}
    for block in article.blocks:
        number = 0
        if block.kind == "li":
            if not same_list(prev, block):
                numbers.clear()
            number = numbers[block.list_id] = numbers.get(block.list_id, 0) + 1
        chunk = _md_block(block, number)
        if not chunk:
            continue
        sep = "\n" if same_list(prev, block) else "\n\n"
        if parts:
            parts.append(sep)
        parts.append(chunk)
        prev = block
    return "".join(parts) + ("\n" if parts else "")


# --------------------------------------------------------------------------------- html


def _html_spans(spans: tuple[Span, ...], fallback: str) -> str:
    if not spans:
        return html.escape(fallback).replace("\n", "<br>")
    out: list[str] = []
    for span in spans:
        if span.style == "br":
            out.append("<br>")
            continue
        esc = html.escape(span.text)
        if span.style == "a":
            href = safe_href(span.href)
            out.append(f'<a href="{html.escape(href, quote=True)}">{esc}</a>' if href else esc)
        elif span.style in ("em", "strong", "code"):
            out.append(f"<{span.style}>{esc}</{span.style}>")
        else:
            out.append(esc)
    return "".join(out)


def _html_table(rows: tuple[tuple[str, ...], ...]) -> str:
    body = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table>{body}</table>"


def render_html(article: Article) -> str:
    """The article as a small, sanitised HTML fragment built from the typed blocks."""
    out: list[str] = ["<article>"]
    if article.title:
        out.append(f"<h1>{html.escape(article.title)}</h1>")
    list_stack: list[str] = []
    in_quote = False
    prev: Block | None = None
    for block in article.blocks:
        depth = block.level if block.kind == "li" else 0
        # A new list closes every open one.
        depth_kept = 0 if block.kind == "li" and not same_list(prev, block) else depth
        while len(list_stack) > depth_kept:
            out.append(f"</{list_stack.pop()}>")
        prev = block
        if block.quote != in_quote and not list_stack:
            out.append("<blockquote>" if block.quote else "</blockquote>")
            in_quote = block.quote
        while len(list_stack) < depth:
            tag = "ol" if block.ordered else "ul"
            list_stack.append(tag)
            out.append(f"<{tag}>")
        if block.kind == "h":
            lvl = max(1, min(block.level, 6))
            out.append(f"<h{lvl}>{_html_spans(block.spans, block.text)}</h{lvl}>")
        elif block.kind == "li":
            out.append(f"<li>{_html_spans(block.spans, block.text)}</li>")
        elif block.kind == "pre":
            out.append(f"<pre><code>{html.escape(block.text)}</code></pre>")
        elif block.kind == "table":
            out.append(_html_table(block.rows))
        else:
            out.append(f"<p>{_html_spans(block.spans, block.text)}</p>")
    while list_stack:
        out.append(f"</{list_stack.pop()}>")
    if in_quote:
        out.append("</blockquote>")
    out.append("</article>")
    return "".join(out)
