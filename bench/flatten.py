"""A development flattener: HTML -> crawl-style text, one block per line (Common Crawl WET-like).

    python -m bench.flatten page.html            # print the flattened text
    python -m bench.flatten page.html --style=resiliparse

This is *not* part of tamis: it produces the training and benchmark input of
:mod:`tamis._flat` from the HTML of ``../shared/benchmarks``. Crawlers flatten differently
(the WET converter puts the ``<title>`` first, some tools put blank lines between blocks,
bullets before list items, image alt texts, keep ``<noscript>`` or hidden elements), so
:func:`flatten` has a few switches, and the training script mixes several styles so that the
line classifier does not learn one flattener's quirks.
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from selectolax.lexbor import LexborHTMLParser

__all__ = ["STYLES", "FlattenStyle", "flatten"]

_WS_RE = re.compile(r"[ \t\n\r\f\v]+")

#: Subtrees whose text no crawler shows.
_SKIP = frozenset(
    {
        "script", "style", "template", "svg", "math", "iframe", "object", "embed", "canvas",
        "video", "audio", "source", "track", "select", "option", "optgroup", "textarea", "map",
        "area", "head", "link", "meta", "base", "param", "datalist", "-comment", "!doctype",
        "noembed", "frameset", "frame",
    }
)  # fmt: skip
#: Elements that end the current line (block-level in the default style sheet, plus a few
#: that browsers and crawlers render on their own line).
_BLOCK = frozenset(
    {
        "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog",
        "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2",
        "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li", "main", "menu",
        "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr",
        "ul", "caption", "listing", "plaintext", "xmp", "noscript", "search", "option", "title",
    }
)  # fmt: skip
_CELL = frozenset({"td", "th"})
_HIDDEN_RE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


@dataclass(frozen=True, slots=True)
class FlattenStyle:
    """How one crawler flattens a page."""

    #: Put the ``<title>`` text on the first line (Common Crawl WET does).
    title_line: bool = True
    #: A blank line between blocks (some tools; the seed has them between paragraphs).
    blank_lines: bool = False
    #: A bullet before list items ("• ").
    bullets: bool = False
    #: Images' alt text as their own line.
    alt_texts: bool = False
    #: Drop elements hidden by an inline style or the ``hidden`` attribute.
    drop_hidden: bool = False
    #: Keep ``<noscript>`` content (a parser without scripting does).
    noscript: bool = True
    #: Table cells on their own line (else joined with a tab on the row's line).
    cell_lines: bool = False


STYLES: dict[str, FlattenStyle] = {
    "wet": FlattenStyle(),
    "resiliparse": FlattenStyle(title_line=False, bullets=True, alt_texts=True, drop_hidden=True, noscript=False),
    "blank": FlattenStyle(blank_lines=True, cell_lines=True),
    "plain": FlattenStyle(title_line=False, noscript=False, cell_lines=True),
}


def _hidden(node: Any) -> bool:
    attrs = node.attributes
    if "hidden" in attrs:
        return True
    style = attrs.get("style")
    if style and _HIDDEN_RE.search(style):
        return True
    return attrs.get("aria-hidden") == "true" and node.tag not in ("body", "html")


def flatten(html: str, style: FlattenStyle | None = None) -> str:
    """The page's visible text, one block per line."""
    st = style or FlattenStyle()
    tree = LexborHTMLParser(html)
    lines: list[str] = []
    if st.title_line:
        node = tree.css_first("title")
        if node is not None:
            title = _WS_RE.sub(" ", node.text()).strip()
            if title:
                lines.append(title)
    root = tree.body
    if root is None:
        return "\n".join(lines)
    cur: list[str] = []

    def end_line() -> None:
        text = _WS_RE.sub(" ", "".join(cur)).strip()
        cur.clear()
        if text:
            if st.blank_lines and lines:
                lines.append("")
            lines.append(text)

    # Iterative walk: (node, leaving) pairs on an explicit stack.
    stack: list[tuple[Any, bool]] = [(root, False)]
    while stack:
        node, leaving = stack.pop()
        tag = node.tag
        if leaving:
            if tag in _BLOCK or (tag in _CELL and st.cell_lines):
                end_line()
            elif tag in _CELL or tag == "tr":
                cur.append("\t")
            continue
        if tag == "-text":
            cur.append(node.text_content or "")
            continue
        if tag in _SKIP or (tag == "noscript" and not st.noscript):
            continue
        if st.drop_hidden and _hidden(node):
            continue
        if tag == "br":
            end_line()
            continue
        if tag == "img":
            alt = (node.attributes.get("alt") or "").strip()
            if st.alt_texts and alt:
                end_line()
                cur.append(alt)
                end_line()
            continue
        if tag in _BLOCK or (tag in _CELL and st.cell_lines):
            end_line()
            if tag == "li" and st.bullets:
                cur.append("• ")
        elif tag in ("input", "button") and node.attributes.get("type") not in ("hidden",):
            value = node.attributes.get("value") or ""
            if tag == "input":
                cur.append(f" {value} " if node.attributes.get("type") in ("submit", "button") else " ")
                continue
        stack.append((node, True))
        children = []
        child = node.child
        while child is not None:
            children.append(child)
            child = child.next
        stack.extend((c, False) for c in reversed(children))
    end_line()
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("path", help="an HTML file, or - for stdin")
    parser.add_argument("--style", default="wet", choices=sorted(STYLES))
    args = parser.parse_args(argv)
    html = sys.stdin.read() if args.path == "-" else Path(args.path).read_text(encoding="utf-8", errors="replace")
    sys.stdout.write(flatten(html, STYLES[args.style]) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
