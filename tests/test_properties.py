"""Property-based tests of :func:`tamis.extract` (issue 7): whatever the input, it returns an
Article that holds the invariants of :func:`killer.check_article`, or raises a TamisError.

Inputs: random trees of real tags with the extractor's own class/id vocabularies, roles,
styles, links (``javascript:`` included) and unicode text, serialised with broken markup mixed
in; and arbitrary ``bytes`` and ``str`` (lone surrogates included).

Profiles: ``ci`` (default, 120 examples per property) and ``deep`` (2,000), picked with
``TAMIS_HYPOTHESIS_PROFILE=deep``. The profile is applied per test, never loaded globally.
"""

from __future__ import annotations

import os
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import tamis
from killer import check_article, prose
from tamis import _vocab as V

settings.register_profile(
    "tamis-ci",
    max_examples=120,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example],
)
settings.register_profile(
    "tamis-deep",
    max_examples=2_000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example],
)
PROFILE = settings.get_profile("tamis-" + os.environ.get("TAMIS_HYPOTHESIS_PROFILE", "ci"))

# ------------------------------------------------------------------------- strategies

_BLOCK = sorted(V.BLOCK_TAGS - {"html", "body", "plaintext"})
_INLINE = [*sorted(V.STYLE_TAGS), "span", "font", "small", "sup", "sub", "mark", "abbr", "time", "label", "nobr"]
_SKIP = sorted(V.SKIP_TAGS - {"-comment", "!doctype", "plaintext"})
_TAGS = _BLOCK + _INLINE + _SKIP + ["figcaption", "br", "hr", "wbr", "img", "td", "tr", "li"]

_NAME_WORDS = sorted(
    set(V.NEG_STRONG_STEMS) | set(V.NEG_WEAK_STEMS) | set(V.POS_STEMS) | set(V.COMMENT_STEMS)
    | {"entry-content", "articleBody", "post", "story", "teaser", "col", "row", "wrapper", "main"}
)  # fmt: skip
_ROLES = ["main", "article", "navigation", "banner", "complementary", "presentation", "dialog", "note", "none"]
_HREFS = [
    "/a",
    "https://example.org/x?y=1#z",
    "javascript:alert(1)",
    " JAVA\tSCRIPT:alert(1)",
    "data:text/html,<script>x</script>",
    "vbscript:x",
    "mailto:a@b",
    "#",
    "",
    '"><script>alert(1)</script>',
]
_STYLES = ["display:none", "visibility: hidden", "color:red", "display : none !important", ""]

_ENTITIES = ["&amp;", "&lt;", "&gt;", "&nbsp;", "&#0;", "&#xD800;", "&#x110000;", "&eacute", "&notanentity;", "&#"]
_BROKEN = ["<", ">", "</", "<!--", "-->", "<!--!>", "<![CDATA[", "]]>", "<?x", "</p>", "</div>", "<p", "'", '"', "&"]

_text = st.one_of(
    st.text(
        st.characters(codec=None, exclude_categories=("Cs",)),
        max_size=40,
    ),
    st.sampled_from(_ENTITIES),
    st.integers(0, 10**6).map(lambda i: prose(i, words=12)),
    st.sampled_from(["Lire aussi", "Share", "Advertisement", "© 2024", "Read more", "中文新闻报道内容。", "…"]),
    st.text(st.sampled_from("\x00\ud800\udfff\u200b\u00a0\ufeff\r\n\t "), max_size=5),
)


@st.composite
def _attributes(draw: st.DrawFn) -> str:
    parts: list[str] = []
    for _ in range(draw(st.integers(0, 3))):
        kind = draw(st.sampled_from(["class", "id", "role", "href", "style", "hidden", "itemprop", "span", "on", "x"]))
        if kind in ("class", "id"):
            words = draw(st.lists(st.sampled_from(_NAME_WORDS), min_size=1, max_size=3))
            sep = draw(st.sampled_from([" ", "-", "_", ""]))
            parts.append(f'{kind}="{sep.join(words)}"')
        elif kind == "role":
            parts.append(f"role={draw(st.sampled_from(_ROLES))}")
        elif kind == "href":
            parts.append(f"href='{draw(st.sampled_from(_HREFS))}'")
        elif kind == "style":
            parts.append(f'style="{draw(st.sampled_from(_STYLES))}"')
        elif kind == "hidden":
            parts.append(draw(st.sampled_from(["hidden", 'aria-hidden="true"'])))
        elif kind == "itemprop":
            parts.append("itemprop=articleBody")
        elif kind == "span":
            value = draw(st.sampled_from(["2", "0", "-1", "9007199254740991", "x", "1e9"]))
            parts.append(f"{draw(st.sampled_from(['colspan', 'rowspan']))}={value}")
        elif kind == "on":
            parts.append("onclick='alert(1)' onerror=alert(1)")
        else:
            parts.append(f"{draw(st.sampled_from(['type', 'lang', 'data-x', 'title']))}='{draw(_text)}'")
    return (" " + " ".join(parts)) if parts else ""


@st.composite
def html_trees(draw: st.DrawFn, max_depth: int = 5) -> str:
    """A random page: nested real tags with attributes and text, sometimes broken."""

    def node(depth: int) -> str:
        if depth >= max_depth or draw(st.integers(0, 3)) == 0:
            return draw(_text)
        tag = draw(st.sampled_from(_TAGS))
        attrs = draw(_attributes())
        if tag == "script" and draw(st.booleans()):
            attrs += ' type="text/template"'
        children = "".join(node(depth + 1) for _ in range(draw(st.integers(0, 3))))
        close = draw(st.sampled_from([f"</{tag}>", f"</{tag}>", f"</{tag}>", "", "</span>"]))
        junk = draw(st.sampled_from(["", "", "", "", *_BROKEN]))
        return f"<{tag}{attrs}>{children}{junk}{close}"

    head = draw(
        st.sampled_from(
            [
                "",
                "<title>Un titre | Le Site</title>",
                "<meta property='og:title' content='A headline'><title>A headline - Site</title>",
                "<meta charset='windows-1252'><html lang='fr'>",
                '<script type="application/ld+json">{"@type":"NewsArticle","articleBody":"Body text."}</script>',
            ]
        )
    )
    body = "".join(node(0) for _ in range(draw(st.integers(1, 4))))
    doctype = draw(st.sampled_from(["<!doctype html>", "", "<!DOCTYPE html PUBLIC '-//W3C//DTD HTML 4.01//EN'>"]))
    if draw(st.booleans()):
        return f"{doctype}<html><head>{head}</head><body>{body}</body></html>"
    return doctype + head + body


_surrogate_text = st.text(st.characters(codec=None, categories=("Cs", "Cc", "L", "P", "Zs", "S")), max_size=300)


def _run(html: str | bytes, **options: Any) -> tamis.Article | None:
    try:
        article = tamis.extract(html, options=tamis.Options(**options))
    except tamis.TamisError as exc:
        assert exc.reason
        return None
    check_article(article)
    return article


# ------------------------------------------------------------------------- properties


@PROFILE
@given(html_trees())
def test_generated_pages_give_an_article_or_a_tamis_error(html: str) -> None:
    _run(html)


@PROFILE
@given(html_trees(), st.booleans())
def test_generated_pages_as_bytes(html: str, utf16: bool) -> None:
    data = html.encode("utf-16" if utf16 else "utf-8", "surrogatepass")
    _run(data)


@PROFILE
@given(html_trees())
def test_extraction_is_deterministic(html: str) -> None:
    first = _run(html)
    second = _run(html)
    assert first == second
    if first is not None and second is not None:
        assert first.to_json() == second.to_json()


@PROFILE
@given(html_trees(), st.integers(1, 4), st.integers(1, 50))
def test_tight_limits_never_break_extraction(html: str, depth: int, nodes: int) -> None:
    _run(html, max_depth=depth, max_nodes=nodes, include_comments=True)


@PROFILE
@given(st.binary(max_size=2_000))
def test_arbitrary_bytes(data: bytes) -> None:
    _run(data)


@PROFILE
@given(_surrogate_text)
def test_arbitrary_text_with_lone_surrogates(text: str) -> None:
    _run(text)
    _run("<p>" + text + "</p>")


@PROFILE
@given(
    st.binary(max_size=200), st.sampled_from([b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"<meta charset=utf-16>", b""])
)
def test_arbitrary_bytes_after_a_signature(data: bytes, signature: bytes) -> None:
    _run(signature + b"<html><body><p>" + data)


@given(
    st.lists(
        st.sampled_from(
            [
                "a",
                "A",
                "Z",
                "-",
                "_",
                " ",
                "0",
                "é",
                "İ",
                "ß",
                "hidden",
                "xs",
                "HIDDEN",
                "show",
                "sm",
                "visible",
                "Ctxt",
                "Menu",
                "Attached",
                "ctxt menu attached",
            ]
        ),
        max_size=12,
    ).map("".join)
)
def test_class_words_fast_path_equals_the_vocabulary_split(value: str) -> None:
    import re

    from tamis._dom import _words_of

    # the plain rule: split camel case, lower-case, words are runs of [a-z0-9]
    words = [w for w in re.split(r"[^a-z0-9]+", V.CAMEL_RE.sub(" ", value).lower()) if w]
    assert _words_of(value) == V.INERT_WORDS_RE.sub(" ", " ".join(words))
