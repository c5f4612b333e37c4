"""Flattened crawl text in, the article out (issue 5): the seed as a golden test, then units.

The seed is ``../shared/seed/atlantico-2015-daech-blinken.txt`` (Common Crawl WET-style text of
an Atlantico page, 2015). A copy ships in ``tests/data/`` so the golden test runs everywhere;
when ``../shared`` is there, a test checks that the copy has not drifted from it.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tamis import _flat
from tamis.article import Article
from tamis.errors import InputTooLargeError, NoContentError
from tamis.options import Options

REPO = Path(__file__).resolve().parent.parent
SEED_NAME = "atlantico-2015-daech-blinken.txt"
SEED_COPY = REPO / "tests" / "data" / SEED_NAME
SEED_SHARED = REPO.parent / "shared" / "seed" / SEED_NAME
NBSP = "\u00a0"

TITLE = "10 000 djihadistes de l'Etat islamique tués depuis neuf mois, selon les Américains"
CAPTION = "Antony Blinken a répondu aux questions de Léa Salamé sur France Inter"
RELATED = "Réunion de la coalition contre l’Etat islamique… mais quelle coalition ?"
MENU = (
    "Atlantico, c'est qui, c'est quoi ?",
    "Newsletter",
    "Décryptages",
    "Pépites",
    "Dossiers",
    "Rendez-vous",
    "Atlantico-Light",
    "Vidéos",
    "Podcasts",
)


def _seed_text() -> str:
    return SEED_COPY.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def seed() -> tuple[Article, _flat.FlatMetadata]:
    return _flat.extract_text_with_meta(_seed_text())


# ------------------------------------------------------------------------------- the seed


def test_seed_copy_matches_shared() -> None:
    if not SEED_SHARED.exists():
        pytest.skip(f"{SEED_SHARED} is absent (no ../shared checkout): the tests use the copy in tests/data/")
    assert SEED_COPY.read_bytes() == SEED_SHARED.read_bytes()


def test_seed_title(seed: tuple[Article, _flat.FlatMetadata]) -> None:
    article, meta = seed
    assert article.title == TITLE
    assert meta.title == TITLE
    assert meta.title_source == "title-line"


def test_seed_site_name(seed: tuple[Article, _flat.FlatMetadata]) -> None:
    assert seed[1].site_name in ("Atlantico.fr", "Atlantico")


def test_seed_section(seed: tuple[Article, _flat.FlatMetadata]) -> None:
    assert seed[1].section == "International"


def test_seed_one_caption(seed: tuple[Article, _flat.FlatMetadata]) -> None:
    images = seed[1].images
    assert [img.caption for img in images] == [CAPTION]
    assert images[0].credit is None  # the credit line is a lone "©"


def test_seed_subtitle(seed: tuple[Article, _flat.FlatMetadata]) -> None:
    assert seed[1].subtitle == "Pertes aussi de leur côté"


def test_seed_related(seed: tuple[Article, _flat.FlatMetadata]) -> None:
    related = seed[1].related
    assert len(related) == 1
    # The text's own characters are kept: a no-break space before the "?" (French typography).
    assert related[0].title == RELATED.replace(" ?", NBSP + "?")
    assert related[0].title.replace(NBSP, " ") == RELATED
    assert related[0].url is None


def test_seed_source(seed: tuple[Article, _flat.FlatMetadata]) -> None:
    assert seed[1].source == "Le Figaro"


def test_seed_body_bounds(seed: tuple[Article, _flat.FlatMetadata]) -> None:
    body = seed[0].text
    assert body.startswith("Le secrétaire d'Etat adjoint américain")
    last = body.rstrip()
    if last.endswith("Voici l'interview d'Antony Blinken par Léa Salamé :"):
        last = last.rsplit("\n\n", 1)[0]
    assert last.endswith('des projets de coopération".')
    assert all(b.kind in ("p", "h") for b in seed[0].blocks)
    assert len(seed[0].blocks) >= 5


@pytest.mark.parametrize(
    "unwanted",
    [
        *MENU,
        CAPTION,
        "©",
        "A LIRE AUSSI",
        "Lu sur Le Figaro",
        "Le Figaro",
        "suspendre les commentaires",
        "partager cet article",
        "Pertes aussi de leur côté",
        "Atlantico.fr",
    ],
)
def test_seed_body_excludes(seed: tuple[Article, _flat.FlatMetadata], unwanted: str) -> None:
    assert unwanted not in seed[0].text


def test_seed_keeps_no_break_spaces(seed: tuple[Article, _flat.FlatMetadata]) -> None:
    body = seed[0].text
    assert f"lors de cette{NBSP}réunion{NBSP}ont apporté" in body
    assert f"des djihadistes.{NBSP}Ils l'ont" in body


def test_seed_same_with_rules_only() -> None:
    """The rules alone (no shipped model) get the seed right too."""
    article, meta = _flat.extract_with_model(_seed_text(), model=None)
    assert article.text.startswith("Le secrétaire d'Etat adjoint américain")
    assert "Atlantico, c'est qui" not in article.text
    assert meta.section == "International"
    assert meta.subtitle == "Pertes aussi de leur côté"
    assert meta.source == "Le Figaro"


def test_seed_with_site_lines() -> None:
    """Lines repeated across the site are dropped; passing them changes nothing else here."""
    site = Counter(dict.fromkeys(MENU, 5) | {"Lu sur Le Figaro": 1})
    article, meta = _flat.extract_text_with_meta(_seed_text(), site_lines=site)
    assert not any(m in article.text for m in MENU)
    assert meta.source == "Le Figaro"


def test_seed_as_bytes_crlf() -> None:
    data = _seed_text().replace("\n", "\r\n").encode("utf-8")
    article = _flat.extract_text(data, url="https://atlantico.fr/x")
    assert article.title == TITLE
    assert article.url == "https://atlantico.fr/x"
    assert article.encoding == "utf-8"
    assert article.text.startswith("Le secrétaire d'Etat adjoint américain")


# -------------------------------------------------------------------------------- units


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("<!DOCTYPE html><html><body><p>x</p></body></html>", True),
        (b"\xef\xbb\xbf<!doctype html>\n<title>x</title>", True),
        ("<html lang='fr'>", True),
        ("\n  <div class='a'><p>Hello</p><span>x</span></div>", True),
        (_seed_text(), False),
        ("Titre<!-- --> | Site\nMenu\nA paragraph of text.", False),
        ("plain text with a < b and c > d", False),
        ("", False),
        (b"", False),
    ],
)
def test_looks_like_html(data: str | bytes, expected: bool) -> None:
    assert _flat.looks_like_html(data) is expected


@pytest.mark.parametrize(
    ("data", "fmt"),
    [
        ("<!doctype html><p>x</p>", "html"),
        (b"%PDF-1.7 binary", "html"),  # extract() then raises NotHTMLError, as without the flag
        (b"\x89PNG\r\n\x1a\n....", "html"),
        ("Titre<!-- --> | Site\nUn paragraphe.", "text"),
        (b"Titre | Site\nUn paragraphe.", "text"),
        ("", "text"),
    ],
)
def test_detect_input_format(data: str | bytes, fmt: str) -> None:
    assert _flat.detect_input_format(data) == fmt


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        ("", "empty-input"),
        ("   \n\t\n", "empty-input"),
        (b"%PDF-1.7 ...", "not-text"),
        ("\x00\x01\x02" * 50, "not-text"),
    ],
)
def test_bad_input_gives_empty_article(data: str | bytes, reason: str) -> None:
    article = _flat.extract_text(data)
    assert article.blocks == ()
    assert article.empty_reason == reason
    with pytest.raises(NoContentError):
        _flat.extract_text(data, options=Options(raise_on_empty=True))


def test_too_large_and_wrong_types() -> None:
    with pytest.raises(InputTooLargeError):
        _flat.extract_text("x" * 100, options=Options(max_input_bytes=10))
    with pytest.raises(TypeError):
        _flat.extract_text(123)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        _flat.extract_text("x", options="fast")  # type: ignore[arg-type]


def test_menu_only_text_has_no_content() -> None:
    article = _flat.extract_text("Home\nNews\nSport\nWeather\nContact us")
    assert article.blocks == ()
    assert article.empty_reason == "no-content"


LONG = (
    "The council approved the new budget on Tuesday after a debate that lasted most of the "
    "night, with members arguing over the cost of the planned bridge and the school repairs."
)


def test_related_on_two_lines_and_source_variants() -> None:
    lines = ["Budget passes | Town Times", "Home", "Politics", LONG, "Read also", "Bridge costs rise again"]
    text = "\n".join([*lines, LONG + " Again.", "Source: AFP"])
    article, meta = _flat.extract_text_with_meta(text)
    assert meta.title == "Budget passes"
    assert meta.site_name == "Town Times"
    assert [r.title for r in meta.related] == ["Bridge costs rise again"]
    assert meta.source == "AFP"
    assert "Bridge costs rise again" not in article.text
    assert LONG in article.text


def test_caption_with_credit() -> None:
    text = "\n".join(["Budget passes - Town Times", "News", "The mayor at the town hall", "The mayor at the town hall",
                      "© John Doe / AP", LONG])  # fmt: skip
    _, meta = _flat.extract_text_with_meta(text)
    assert meta.images == (_flat.FlatImage("The mayor at the town hall", "John Doe / AP"),)
    assert meta.section == "News"


def test_footer_copyright_is_not_a_credit() -> None:
    text = "\n".join([LONG, "© 2024 Town Times. All rights reserved."])
    article, meta = _flat.extract_text_with_meta(text)
    assert meta.images == ()
    assert "All rights reserved" not in article.text


def test_rules_and_model_agree_on_plain_prose() -> None:
    text = "\n".join([LONG, LONG.replace("Tuesday", "Monday")])
    for model in (None, _flat.default_model()):
        article, _ = _flat.extract_with_model(text, model=model)
        assert article.text.count("The council approved") == 2


def test_shipped_model_loads() -> None:
    model = _flat.default_model()
    if model is None:
        pytest.skip("no src/tamis/data/flat_model.json: the rules score lines (run python -m bench.train_flat)")
    lines = _flat.split_lines(_seed_text())
    probs = dict(zip(lines, model.probabilities(lines), strict=True))
    assert probs["Podcasts"] < model.threshold
    assert probs["Atlantico-Light"] < model.threshold
    assert all(p > model.threshold for s, p in probs.items() if s.startswith(("Le secrétaire", "La vingtaine")))


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=400) | st.binary(max_size=300))
def test_never_crashes(data: str | bytes) -> None:
    article, meta = _flat.extract_text_with_meta(data)
    assert isinstance(article, Article)
    assert isinstance(meta, _flat.FlatMetadata)
    assert (article.empty_reason is None) == bool(article.blocks)


def test_site_line_counts() -> None:
    docs = [f"Site | Menu\nHome\nAbout us\n{LONG} {k}." for k in range(3)]
    counts = _flat.site_line_counts(docs)
    assert counts["home"] == 3
    text = "\n".join(["Other headline | Site", "Home", "About us", LONG, "A short line of the article"])
    with_site = _flat.extract_text(text, site_lines=counts)
    assert "About us" not in with_site.text
    assert LONG in with_site.text


def test_seed_metadata_reaches_the_article() -> None:
    article = _flat.extract_text(_seed_text())
    meta = article.metadata
    assert meta.site_name is not None and meta.site_name.value in ("Atlantico.fr", "Atlantico")
    assert meta.section is not None and meta.section.value == "International"
    assert meta.subtitle is not None and meta.subtitle.value == "Pertes aussi de leur côté"
    assert [i.caption for i in meta.images] == ["Antony Blinken a répondu aux questions de Léa Salamé sur France Inter"]
    assert [r.title for r in meta.related] == [RELATED.replace(" ?", "\u00a0?")]  # the seed has a no-break space
    assert meta.source is not None and meta.source.value == "Le Figaro"
    assert article.language == "fr"
    assert article.to_dict()["metadata"]["section"]["value"] == "International"


def test_listing_text_keeps_its_lines_rather_than_nothing() -> None:
    # No line reads as article prose, but together they are the page's content (a catalogue):
    # the sparse-document fallback keeps them (bench/flat.py, cleaneval).
    lines = [
        "Luxury waterfront home site over half an acre",
        "Coral Ridge country club estate with pool",
        "Intracoastal waterway lot with deep water dockage",
        "Three bedroom townhouse near Las Olas Boulevard",
        "Renovated ranch home with a large fenced garden",
        "Penthouse condominium with ocean and city views",
        "Historic bungalow a short walk from the beach",
    ]
    article = _flat.extract_text("\n".join(lines))
    assert [b.text for b in article.blocks] == lines


def test_hard_wrapped_paragraphs_are_joined_back() -> None:
    from tamis._flat import reflow

    wrapped = [
        "A mailing-list archive",
        "Luria's patient had been a brilliant student of a polytechnic institute",
        "before a bullet fragment destroyed the left side of his visual field and",
        "most of his memory; he spent the rest of his life writing his own story",
        "one painful word after another.",
        "Next message",
    ]
    out = reflow(wrapped)
    assert out[0] == "A mailing-list archive"
    assert out[1].startswith("Luria's patient") and out[1].endswith("one painful word after another.")
    assert out[2] == "Next message"
    # a teaser title followed by one lower-case line is not a wrapped paragraph
    teaser = ["Site", "French Protesters Spew Garbage, Two Women Respond", "open thread", "Sunday Sign-Off"]
    assert reflow(teaser) == teaser
    # a sentence end stops the run
    ends = ["T", "The first line is long enough to be wrapped text.", "and this one starts low", "x"]
    assert reflow(ends) == ends
