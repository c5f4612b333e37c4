"""Synthetic killer pages, recreated from the peers' bug reports (issue 7).

Every generator is deterministic (same arguments, same page) and needs no network. They are
shared by ``tests/test_killer_pages.py`` (CI-size variants, seconds each) and
``bench/killer.py`` (full-size variants, time and peak memory per size).

Where each family comes from:

* huge ``colspan``/``rowspan`` -- trafilatura #657 (``colspan="9007199254740991"`` blew memory);
* 10,000-deep nesting, unclosed everything -- readability #580/#977, trafilatura #704/#651
  (pages that hang an extractor for minutes);
* ``<svg><template>`` -- resiliparse #39 (crash in the native parser);
* ``<!--!>`` and other odd comment endings -- tokenizer corner cases of the HTML standard;
* NUL bytes and lone surrogates -- input that breaks UTF-8 encoders;
* a 50 MB single line, one giant ``<pre>``, a 1,000,000-row listing -- size blow-ups;
* nested ``<script type="text/template">`` -- tamis walks HTML inside template scripts, so a
  chain of them must not cost more than the page itself.

``size`` arguments are a target in bytes (UTF-8 length of the page); pages come out within a
few hundred bytes of it.
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass

__all__ = [
    "BENCH_FAMILIES",
    "BENCH_SIZES",
    "EXTRA_FAMILIES",
    "KB",
    "MB",
    "KillerPage",
    "check_article",
    "colspan_table",
    "deep_nesting",
    "killer_pages",
    "list_items",
    "listing",
    "listing_rows",
    "long_article",
    "nested_layout_tables",
    "nested_templates",
    "prose",
    "sibling_sections",
    "table_rows",
    "unsafe_html",
    "wrap_page",
]

KB = 1024
MB = 1024 * 1024

#: Page sizes of the bench (bench/killer.py).
BENCH_SIZES = (100 * KB, 1 * MB, 10 * MB, 50 * MB)

_SENTENCES = (
    "le gouvernement a annoncé mardi une réforme des retraites qui prévoit report âge légal "
    "the minister said on tuesday that talks with unions would resume next week after strikes "
    "die regierung hat am dienstag einen entwurf vorgelegt der viele fragen offen lässt "
    "el presidente anunció nuevas medidas económicas para frenar la inflación en el país "
    "analysts expect growth to slow sharply this year as exports fall and prices keep rising"
)
_WORDS = tuple(_SENTENCES.split())


@dataclass(frozen=True, slots=True)
class KillerPage:
    """One hostile input: its name, the page (text or bytes) and the report it recreates."""

    name: str
    html: str | bytes
    origin: str
    #: Generous wall-clock budget (seconds) for ``tamis.extract`` on this page in CI.
    budget: float = 10.0
    #: Options passed to ``tamis.extract`` (as keyword arguments of :class:`tamis.Options`).
    options: tuple[tuple[str, int], ...] = ()

    @property
    def size(self) -> int:
        data = self.html if isinstance(self.html, bytes) else self.html.encode("utf-8", "surrogatepass")
        return len(data)


# ------------------------------------------------------------------------------ building blocks


def prose(i: int, words: int = 24) -> str:
    """A unique sentence-like paragraph text (deduplication never merges two of them)."""
    rng = random.Random(i)
    picked = rng.choices(_WORDS, k=words)
    picked[0] = picked[0].capitalize()
    cut = words // 2
    return f"{' '.join(picked[:cut])}, {' '.join(picked[cut:])} (n° {i})."


def wrap_page(body: str, *, title: str = "Killer page", head: str = "") -> str:
    """A minimal but complete HTML document around ``body``."""
    return (
        f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>{title}</title>{head}</head>"
        f"<body>{body}</body></html>"
    )


def _fill(prefix: str, suffix: str, size: int, unit: Callable[[int], str]) -> str:
    """``prefix`` + ``unit(0)`` + ``unit(1)`` ... + ``suffix``, about ``size`` bytes long."""
    parts = [prefix]
    total = len(prefix.encode()) + len(suffix.encode())
    i = 0
    while total < size:
        piece = unit(i)
        parts.append(piece)
        total += len(piece.encode())
        i += 1
    parts.append(suffix)
    return "".join(parts)


_LEAD = "".join(f"<p>{prose(-1 - i)}</p>" for i in range(6))


# ------------------------------------------------------------------------- size families


def long_article(size: int) -> str:
    """An ordinary article (headings, unique paragraphs) of about ``size`` bytes."""
    head = wrap_page("<article><h1>A very long article</h1>", title="A very long article").removesuffix(
        "</body></html>"
    )

    def unit(i: int) -> str:
        return f"<h2>Part {i}</h2><p>{prose(i)}</p>" if i % 20 == 0 else f"<p>{prose(i)}</p>"

    return _fill(head, "</article></body></html>", size, unit)


def deep_nesting(size: int, *, depth: int = 10_000, tag: str = "div", attrs: str = "") -> str:
    """``depth`` nested ``tag`` elements (never closed), with prose at the bottom up to ``size``."""
    opener = {
        "ul": "<ul><li>",
        "ol": "<ol><li>",
        "table": "<table><tr><td>",
        "dl": "<dl><dd>",
    }.get(tag, f"<{tag}{attrs}>")
    prefix = "<!doctype html><html><head><title>Deep</title></head><body>" + _LEAD + opener * depth
    return _fill(prefix, "", size, lambda i: f"<p>{prose(i)}</p>")


def table_rows(size: int, *, cols: int = 4, rows: int | None = None) -> str:
    """An article whose body holds one data table with as many rows as fit in ``size`` (or
    exactly ``rows`` rows)."""
    head = "<tr>" + "".join(f"<th>Column {c}</th>" for c in range(cols)) + "</tr>"
    prefix = wrap_page(f"<article><h1>Results</h1>{_LEAD}<table>{head}").removesuffix("</body></html>")

    def unit(i: int) -> str:
        return "<tr>" + "".join(f"<td>r{i} c{c} {_WORDS[(i + c) % len(_WORDS)]}</td>" for c in range(cols)) + "</tr>"

    suffix = "</table></article></body></html>"
    if rows is not None:
        return prefix + "".join(map(unit, range(rows))) + suffix
    return _fill(prefix, suffix, size, unit)


def list_items(size: int, *, ordered: bool = False) -> str:
    """An article with one flat list of as many items as fit in ``size`` (~30 B per item)."""
    tag = "ol" if ordered else "ul"
    prefix = wrap_page(f"<article><h1>Items</h1>{_LEAD}<{tag}>").removesuffix("</body></html>")
    return _fill(prefix, f"</{tag}></article></body></html>", size, lambda i: f"<li>Item {i} of list</li>")


def _teaser(i: int) -> str:
    return (
        f"<article class='teaser'><h2><a href='/news/{i}'>Headline number {i} of the river</a></h2>"
        f"<p>Short summary {i}.</p></article>"
    )


def listing(size: int) -> str:
    """A home page: teaser after teaser (linked headline + one line), no article."""
    prefix = wrap_page("<main><div class='river'>").removesuffix("</body></html>")
    return _fill(prefix, "</div></main></body></html>", size, _teaser)


def listing_rows(rows: int) -> str:
    """A home page of exactly ``rows`` teasers (the 1,000,000-row listing at full size)."""
    return wrap_page("<main><div class='river'>" + "".join(map(_teaser, range(rows))) + "</div></main>")


def colspan_table(size: int, *, span: str = "9007199254740991") -> str:
    """Tables whose every cell claims ``colspan``/``rowspan`` = ``span`` (trafilatura #657)."""
    prefix = wrap_page(f"<article><h1>Spans</h1>{_LEAD}<table><tr><th colspan='{span}'>Head</th></tr>").removesuffix(
        "</body></html>"
    )

    def unit(i: int) -> str:
        return (
            f"<tr><td colspan='{span}' rowspan='{span}'>cell {i}</td>"
            f"<td rowspan='{span}'>other {i}</td><th colspan='-{span}'>x</th></tr>"
        )

    return _fill(prefix, "</table></article></body></html>", size, unit)


# ----------------------------------------------------- amplifications found while testing


def nested_layout_tables(size: int, *, depth: int = 120) -> str:
    """``depth`` nested layout tables around a large body: each table level inspects its whole
    subtree to tell data from layout, so the work is depth x size."""
    prefix = "<!doctype html><html><body>" + "<table><tr><td>" * depth
    return _fill(prefix, "", size, lambda i: f"<p>{prose(i, words=6)}</p>")


def sibling_sections(size: int) -> str:
    """An article body followed by thousands of small prose ``<section>`` siblings (each joins
    the article as a sibling root) and a link list that keeps the parent from being chosen."""
    k = max(10, size // 340)
    body = "".join(f"<p>{prose(i, words=13)}</p>" for i in range(k))
    sections = "".join(f"<section><p>{prose(10**7 + i, words=13)}</p></section>" for i in range(k))
    links = "".join(f"<p><a href='/l{i}'>link number {i} to another place on the site</a></p>" for i in range(3 * k))
    return wrap_page(f"<div><div itemprop='articleBody'>{body}</div>{sections}<div>{links}</div></div>")


def nested_templates(size: int, *, levels: int = 200) -> str:
    """A chain of unclosed ``<script type="text/template">``: the script's text holds the next
    script, which runs to the end of the text, and so on. Walking each level re-parses the rest
    of the page, so the work and the memory kept are levels x size."""
    pad = max(300, size // levels - 60)
    level = f"<div><p>{prose(0)}</p>" + "x" * pad + '</div><script type="text/template">'
    return wrap_page(f"<article><p>{prose(1)}</p></article>" + level * levels + "</script>")


#: The bench's families: name -> generator of a page of about ``size`` bytes.
BENCH_FAMILIES: dict[str, Callable[[int], str]] = {
    "long-article": long_article,
    "nesting-10000": deep_nesting,
    "table-rows": table_rows,
    "list-items": list_items,
    "huge-colspan": colspan_table,
}

#: Families that showed super-linear cost (bench/killer.py --extra).
EXTRA_FAMILIES: dict[str, Callable[[int], str]] = {
    "listing": listing,
    "nested-layout-tables": nested_layout_tables,
    "sibling-sections": sibling_sections,
    "nested-templates": nested_templates,
}


# --------------------------------------------------------------------- the fixed corpus


def _deep_variants(depth: int) -> Iterator[KillerPage]:
    origin = "readability #580/#977, trafilatura #704: nesting hangs"
    for tag in ("div", "span", "b", "a", "em", "font", "section", "blockquote", "ul", "ol", "table", "dl", "details"):
        attrs = " href='/x'" if tag == "a" else ""
        page = deep_nesting(depth * 12 + 20 * KB, depth=depth, tag=tag, attrs=attrs)
        yield KillerPage(f"deep-{tag}-{depth}", page, origin)
    cycle = itertools.cycle(["div", "i", "ul", "li", "blockquote"])
    mixed = "".join(f"<{t}>" for _, t in zip(range(depth), cycle, strict=False))
    yield KillerPage(f"deep-mixed-{depth}", wrap_page(_LEAD + mixed + "<p>bottom</p>"), origin)
    closed = "<div>" * depth + f"<p>{prose(3)}</p>" + "</div>" * depth
    yield KillerPage(f"deep-closed-div-{depth}", wrap_page(_LEAD + closed), origin)


def _unclosed() -> Iterator[KillerPage]:
    origin = "trafilatura #651/#704: broken markup"
    everything = "<div><p><b><i><table><tr><td><ul><li><a href=x><span><font><em>" + prose(7) + " "
    yield KillerPage("unclosed-everything", wrap_page(everything * 2_000), origin)
    yield KillerPage("unclosed-comment", wrap_page(_LEAD + "<!-- never closed " + "x " * 100_000), origin)
    yield KillerPage("unclosed-attribute", wrap_page(_LEAD + "<a href='" + "y" * 200_000), origin)
    yield KillerPage("unclosed-script", wrap_page(_LEAD + "<script>" + "var a = '<p>';" * 20_000), origin)
    yield KillerPage("unclosed-textarea", wrap_page(_LEAD + "<textarea>" + f"<p>{prose(2)}</p>" * 2_000), origin)
    yield KillerPage("unclosed-title", "<html><head><title>" + f"<p>{prose(2)}</p>" * 2_000, origin)
    yield KillerPage("unclosed-tag", wrap_page(_LEAD + "<div class=" + "a" * 100_000), origin)
    yield KillerPage("stray-end-tags", wrap_page(_LEAD + "</p></div></table></li></ul></html></body>" * 20_000), origin)
    yield KillerPage("lt-soup", wrap_page(_LEAD + "<<<>>></<!<?&&#&#x;" * 20_000), origin)


def _templates() -> Iterator[KillerPage]:
    origin = "resiliparse #39: <svg><template> crashed the native parser"
    yield KillerPage("svg-template", wrap_page("<svg><template><p>x</p></template></svg>" + _LEAD), origin)
    yield KillerPage("svg-template-unclosed", "<svg><template>" + _LEAD, origin)
    yield KillerPage("svg-template-deep", wrap_page(_LEAD + "<svg><template>" * 5_000), origin)
    yield KillerPage("math-template", wrap_page("<math><template><mi>x</mi></template></math>" + _LEAD), origin)
    yield KillerPage("template-svg-template", wrap_page("<template><svg><template><svg>" * 2_000 + _LEAD), origin)
    yield KillerPage(
        "svg-foreignobject-template",
        wrap_page("<svg><foreignObject><template><p>" + prose(4) + "</p></template></foreignObject></svg>" + _LEAD),
        origin,
    )
    yield KillerPage(
        "table-template", wrap_page("<table><template><tr><td>x</td></tr></template></table>" + _LEAD), origin
    )
    yield KillerPage("select-template", wrap_page("<select><template><option>x" * 1_000 + _LEAD), origin)


def _comments() -> Iterator[KillerPage]:
    origin = "HTML tokenizer corner cases: <!--!> and friends"
    odd = ["<!--!>", "<!-->", "<!--->", "<!-- -- -->", "<!--!-->", "<!---->", "<!--<!-->", "<!", "<!->", "<?php ?>"]
    for i, c in enumerate(odd):
        yield KillerPage(f"comment-{i}", wrap_page(c + _LEAD + c + f"<p>{prose(5)}</p>" + c), origin)
    yield KillerPage("comment-bang-many", wrap_page(("<!--!>" + f"<p>{prose(6)}</p>") * 1_000), origin)
    yield KillerPage("comment-megabyte", wrap_page(_LEAD + "<!--" + "c" * MB + "-->" + f"<p>{prose(8)}</p>"), origin)
    yield KillerPage("comments-many", wrap_page(_LEAD + "<!-- c -->" * 100_000), origin)


def _attributes() -> Iterator[KillerPage]:
    origin = "megabyte attributes"
    big = "a" * MB
    for attr in ("class", "id", "style", "href", "title", "data-x", "role", "itemprop", "lang", "type"):
        tag = "a" if attr == "href" else "div"
        page = wrap_page(f"<{tag} {attr}='{big}'>{_LEAD}</{tag}>", head=f"<meta name='description' content='{big}'>")
        yield KillerPage(f"attr-megabyte-{attr}", page, origin)
    words = " ".join(f"sidebar{i} content comment share" for i in range(50_000))
    yield KillerPage("attr-class-many-words", wrap_page(f"<div class='{words}'>{_LEAD}</div>"), origin)
    many = " ".join(f"a{i}='{i}'" for i in range(20_000))
    yield KillerPage("attr-many", wrap_page(f"<div {many}>{_LEAD}</div>"), origin)
    style = "display:block;" * 100_000 + "display:none"
    yield KillerPage("attr-style-long", wrap_page(f"<div style='{style}'>x</div>{_LEAD}"), origin)
    yield KillerPage(
        "meta-megabyte",
        wrap_page(
            f"<article>{_LEAD}</article>",
            title="t" * MB,
            head=f"<meta property='og:title' content='{'o' * MB}'><html lang='{'e' * MB}'>",
        ),
        origin,
    )


def _size_pages(full: bool) -> Iterator[KillerPage]:
    n_listing = 1_000_000 if full else 20_000
    yield KillerPage(
        f"listing-{n_listing}-rows",
        listing_rows(n_listing),
        "1,000,000-row listing (home page)",
        budget=60.0 if full else 10.0,
    )
    yield KillerPage("table-100000-rows", table_rows(0, rows=100_000), "100,000-row table", budget=10.0)
    n_items = 1_000_000 if full else 100_000
    items = "".join(f"<li>Item {i} of list</li>" for i in range(n_items))
    yield KillerPage(
        f"list-{n_items}-items",
        wrap_page(f"<article>{_LEAD}<ul>{items}</ul></article>"),
        "1,000,000-item list",
        budget=60.0 if full else 10.0,
    )
    line = 50 * MB if full else 5 * MB
    yield KillerPage(
        f"single-line-{line // MB}mb",
        _fill("<html><body><article><p>", "</p></article></body></html>", line, lambda i: f"{_WORDS[i % 60]} "),
        "a 50 MB single line",
        budget=60.0 if full else 10.0,
    )
    yield KillerPage(
        f"single-word-{line // MB}mb",
        "<html><body><p>" + "x" * line + "</p>" + _LEAD,
        "a 50 MB single line without spaces",
        budget=60.0 if full else 10.0,
    )
    yield KillerPage(
        f"giant-pre-{line // MB}mb",
        _fill("<html><body><pre>", "</pre></body></html>", line, lambda i: f"line {i} = compute({i});\n"),
        "one giant <pre>",
        budget=60.0 if full else 10.0,
    )
    yield KillerPage("colspan-huge", colspan_table(200 * KB), "trafilatura #657: colspan=9007199254740991")
    for span in ("0", "-1", "1e309", "99999999999999999999999999999999", "NaN", "0x7fffffff", " 65535 "):
        yield KillerPage(f"colspan-{span.strip()}", colspan_table(4 * KB, span=span), "odd colspan values")
    yield KillerPage("long-article-1mb", long_article(MB), "an ordinary long article", budget=10.0)
    yield KillerPage(
        "max-nodes-truncation",
        long_article(2 * MB),
        "node budget: the walk stops, the page still gives an Article",
        options=(("max_nodes", 5_000),),
    )
    yield KillerPage("max-depth-1", long_article(100 * KB), "depth budget of one level", options=(("max_depth", 1),))


def _encoding_pages() -> Iterator[KillerPage]:
    origin = "NUL bytes and lone surrogates"
    yield KillerPage("nul-in-text", wrap_page(_LEAD + "<p>a\x00b\x00\x00 c</p>" * 100), origin)
    yield KillerPage("nul-in-tag", wrap_page(_LEAD + "<d\x00iv cl\x00ass='x\x00'>x</d\x00iv>" * 100), origin)
    yield KillerPage("nul-only-str", "\x00" * 10_000, origin)
    yield KillerPage("nul-bytes", wrap_page(_LEAD).encode() + b"\x00" * 10_000, origin)
    yield KillerPage("nul-bytes-in-text", wrap_page(_LEAD + "<p>a\x00b\x00 c</p>" * 100).encode(), origin)
    yield KillerPage("nul-only-bytes", b"\x00" * 10_000, origin)
    sur = "\ud800 \udfff \udbff\udc00 \udc00\ud800"
    yield KillerPage("surrogate-in-text", wrap_page(_LEAD + f"<p>{sur} {prose(9)}</p>"), origin)
    yield KillerPage(
        "surrogate-everywhere",
        wrap_page(
            f"<article class='{sur}' id='\ud800'><h1>\udfff</h1>{_LEAD}<a href='/\ud800'>{sur} link</a>"
            f"<!--\ud800--><pre>\udfff</pre><table><tr><th>\ud800</th><td>\udc00</td></tr></table></article>",
            title="\ud800 title",
            head="<meta property='og:title' content='\udfff'>",
        ),
        origin,
    )
    yield KillerPage("surrogate-only", "\ud800" * 10_000, origin)
    yield KillerPage("surrogate-tag-name", wrap_page("<d\ud800iv>" + _LEAD + "</d\ud800iv>"), origin)
    yield KillerPage("cesu-surrogate-bytes", wrap_page(_LEAD).encode() + b"\xed\xa0\x80\xed\xbf\xbf" * 1000, origin)
    yield KillerPage("invalid-utf8", wrap_page(_LEAD).encode() + b"\xc0\xaf\xff\xfe\x80\xbf" * 1000, origin)
    yield KillerPage("utf16le-bom", b"\xff\xfe" + wrap_page(_LEAD).encode("utf-16-le"), origin)
    yield KillerPage("utf16le-bom-odd-length", b"\xff\xfe" + wrap_page(_LEAD).encode("utf-16-le") + b"\x00", origin)
    yield KillerPage(
        "utf16-lone-surrogate-bytes", b"\xff\xfe" + wrap_page(_LEAD).encode("utf-16-le") + b"\x00\xd8" * 100, origin
    )
    yield KillerPage(
        "utf8-bom-then-utf16", b"\xef\xbb\xbf" + wrap_page(_LEAD).encode("utf-16-le"), "conflicting signatures"
    )
    yield KillerPage(
        "meta-charset-bogus",
        wrap_page(_LEAD, head="<meta charset='x-user-defined'><meta charset='utf-7'>").encode(),
        "odd charset labels",
    )
    yield KillerPage(
        "meta-charset-replacement",
        wrap_page(_LEAD, head="<meta charset='iso-2022-kr'>").encode(),
        "the replacement encoding",
    )
    ents = "&#0;&#xD800;&#x110000;&#99999999999;&#x;&amp&lt;&notin;&NotAnEntity;&#-1;"
    yield KillerPage("entities-odd", wrap_page(_LEAD + f"<p>{ents * 1_000}</p>"), "odd character references")
    yield KillerPage("entities-many", wrap_page(_LEAD + "<p>" + "&amp;" * 500_000 + "</p>"), "a million entities")


def _scripts() -> Iterator[KillerPage]:
    origin = "tamis walks HTML inside <script type=text/template>"
    one = f"<div><p>{prose(11)}</p>{'<p>pad</p>' * 30}</div>"
    yield KillerPage("template-script", wrap_page(f'<script type="text/template">{one}</script>' + _LEAD), origin)
    yield KillerPage(
        "template-script-many",
        wrap_page(f'<script type="text/template">{one}</script>' * 2_000 + _LEAD),
        origin,
    )
    # The double-escaped script state: "<!--<script>" inside a script keeps "</script>" from
    # ending it, so the outer template's text holds a second template.
    inner = f'<!--<script type="text/template">{one}</script>-->'
    yield KillerPage(
        "template-script-double-escaped",
        wrap_page(f'<script type="text/template">{one}{inner}{one}</script>' + _LEAD),
        origin,
    )
    yield KillerPage("template-script-chain-small", nested_templates(200 * KB, levels=50), origin)
    ld = '{"@type":"NewsArticle","articleBody":"' + "w " * MB + '"}'
    yield KillerPage(
        "jsonld-megabyte",
        wrap_page(_LEAD, head=f'<script type="application/ld+json">{ld}</script>'),
        "JSON-LD articleBody fallback on a huge script",
    )


def _xss() -> Iterator[KillerPage]:
    origin = "safe output: no script, style, handler or javascript: URL in to_html()"
    hrefs = [
        "javascript:alert(1)",
        " JaVaScRiPt:alert(1)",
        "java\tscript:alert(1)",
        "java&#x09;script:alert(1)",
        "&#106;avascript:alert(1)",
        "\x01javascript:alert(1)",
        "vbscript:msgbox(1)",
        "data:text/html,<script>alert(1)</script>",
        "javascript&colon;alert(1)",
        "jav\u0000ascript:alert(1)",
        '"><script>alert(1)</script>',
        "' onmouseover='alert(1)",
    ]
    links = "".join(
        f"<p>{prose(20 + i)} <a href='{h}' onclick='alert(1)'>link {i}</a> more words.</p>" for i, h in enumerate(hrefs)
    )
    payloads = (
        "<p onclick='alert(1)' style='color:red'>" + prose(40) + "<script>alert(1)</script>"
        "<style>p{}</style><img src=x onerror=alert(1)>&lt;script&gt;alert(1)&lt;/script&gt;</p>"
        "<pre>&lt;/code&gt;&lt;script&gt;alert(1)&lt;/script&gt;</pre>"
        "<table><tr><th>&lt;style&gt;</th><td>&lt;script&gt;x&lt;/script&gt;</td></tr>"
        '<tr><td>"onload=alert(1)</td><td>b</td></tr></table>'
        "<ul><li><a href='javascript:alert(2)'>javascript:alert(2)</a></li><li>&lt;svg onload=alert(1)&gt;</li></ul>"
        "<h2 onmouseover=alert(1)>&lt;iframe src=javascript:alert(1)&gt;</h2>"
    )
    title = "&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;"
    yield KillerPage("xss-links", wrap_page(f"<article>{_LEAD}{links}{payloads}</article>", title=title), origin)
    yield KillerPage(
        "xss-template-script",
        wrap_page(f'<script type="text/template"><article>{links}{payloads}{"<p>pad</p>" * 30}</article></script>'),
        origin,
    )


def killer_pages(*, full: bool = False) -> list[KillerPage]:
    """Every page of the killer corpus. ``full=True`` gives the full-size variants (the bench's
    1,000,000-row listing and 50 MB single line); the default sizes run in seconds."""
    pages: list[KillerPage] = []
    pages.extend(_deep_variants(10_000))
    pages.extend(_unclosed())
    pages.extend(_templates())
    pages.extend(_comments())
    pages.extend(_attributes())
    pages.extend(_size_pages(full))
    pages.extend(_encoding_pages())
    pages.extend(_scripts())
    pages.extend(_xss())
    names = [p.name for p in pages]
    assert len(set(names)) == len(names), "killer page names must be unique"
    return pages


# ---------------------------------------------------------------------------- invariants

_ALLOWED_TAGS = frozenset(
    {"html", "head", "body", "article", "h1", "h2", "h3", "h4", "h5", "h6", "p", "ul", "ol", "li",
     "blockquote", "pre", "code", "table", "tbody", "tr", "td", "a", "em", "strong", "br", "-text"}
)  # fmt: skip
_UNSAFE_SCHEMES = ("javascript:", "vbscript:", "data:")
_URL_STRIP = "".join(map(chr, range(0x21)))


def unsafe_html(rendered: str) -> list[str]:
    """What is unsafe in ``rendered`` (Article.to_html()), as a browser would parse it: script
    or style text, elements outside the renderer's vocabulary, attributes other than ``href``
    (event handlers), ``javascript:``/``vbscript:``/``data:`` links. Empty when it is safe."""
    from selectolax.lexbor import LexborHTMLParser

    problems: list[str] = []
    lowered = rendered.lower()
    problems.extend(f"raw {marker!r}" for marker in ("<script", "<style") if marker in lowered)
    root = LexborHTMLParser(rendered).root
    if root is None:
        return problems
    for node in root.traverse(include_text=False):
        tag = node.tag or ""
        if tag not in _ALLOWED_TAGS:
            problems.append(f"element <{tag}>")
        for name, value in node.attributes.items():
            if name.lower().startswith("on"):
                problems.append(f"event handler {name}= on <{tag}>")
            elif name != "href" or tag != "a":
                problems.append(f"attribute {name}= on <{tag}>")
            else:
                probe = "".join(ch for ch in (value or "") if ch not in _URL_STRIP).lower()
                if probe.startswith(_UNSAFE_SCHEMES):
                    problems.append(f"unsafe href {value!r}")
    return problems


def check_article(article: object) -> None:
    """Assert the invariants every Article must hold, whatever the page: the text is the text
    rendering of the blocks, JSON round-trips and encodes as UTF-8, Markdown renders, and the
    HTML rendering is sanitised. Raises AssertionError naming the broken invariant."""
    import json

    import tamis
    from tamis._render import render_text

    assert isinstance(article, tamis.Article), f"extract() returned {type(article).__name__}"
    assert article.text == render_text(article.blocks), "text differs from the blocks' text rendering"
    for block in article.blocks:
        assert block.kind in ("p", "h", "li", "pre", "table"), f"unknown block kind {block.kind!r}"
        assert block.text.strip() or block.rows, "empty block"
        if block.kind == "h":
            assert 1 <= block.level <= 6, f"heading level {block.level}"
    assert not article.blocks or article.empty_reason is None, "blocks and an empty_reason"
    assert article.blocks or article.empty_reason, "no blocks and no empty_reason"
    dumped = article.to_json()
    assert json.loads(dumped) == article.to_dict(), "JSON round trip changed the data"
    dumped.encode("utf-8")  # lone surrogates would make every shell fail to write it
    markdown = article.to_markdown()
    assert isinstance(markdown, str)
    problems = unsafe_html(article.to_html())
    assert not problems, f"to_html() is not sanitised: {problems[:5]}"
