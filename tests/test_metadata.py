"""Metadata extraction: the seed's golden page field by field, then data-driven vectors."""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser

from tamis._authors import split_byline
from tamis._dates import (
    find_text_dates,
    is_plausible,
    parse_machine_date,
    parse_short_year_date,
    parse_text_date,
    url_date,
)
from tamis._langid import identify_language
from tamis._metadata import extract_metadata, split_credit, strip_site
from tamis.metadata import Metadata

PAGES = Path(__file__).parent / "pages"
NOW = datetime(2026, 1, 1, tzinfo=UTC)


def md(html: str, url: str | None = "https://example.org/a", text: str | None = None) -> Metadata:
    return extract_metadata(LexborHTMLParser(html), url=url, text=text, now=NOW)


# --- the seed's golden page -------------------------------------------------------------------

SEED = PAGES / "atlantico-like-fr-daech"


@pytest.fixture(scope="module")
def seed() -> Metadata:
    html = (SEED / "source.html").read_text(encoding="utf-8")
    url = json.loads((SEED / "expected.json").read_text(encoding="utf-8"))["url"]
    return extract_metadata(LexborHTMLParser(html), url=url, text=None, now=NOW)


def test_seed_title(seed: Metadata) -> None:
    assert seed.title is not None
    assert seed.title.value == "10 000 djihadistes de l'Etat islamique tués depuis neuf mois, selon les Américains"


def test_seed_site_section_subtitle_lead(seed: Metadata) -> None:
    assert seed.site_name is not None and seed.site_name.value in ("Atlantico.fr", "Atlantico")
    assert seed.section is not None and seed.section.value == "International"
    assert seed.subtitle is not None and seed.subtitle.value == "Pertes aussi de leur côté"
    assert seed.lead is not None and seed.lead.value.startswith("Le secrétaire d'Etat adjoint américain")
    assert "avait permis" in seed.lead.value  # the chapeau keeps its linked words
    assert seed.description is not None and seed.description.value != seed.lead.value


def test_seed_dates_language_urls(seed: Metadata) -> None:
    assert seed.published is not None
    assert seed.published.value == datetime(2015, 6, 3, 10, 41, tzinfo=timezone(timedelta(hours=2)))
    assert seed.published.has_time
    assert seed.updated is None
    assert seed.language is not None and seed.language.value == "fr"
    assert seed.canonical_url is not None and seed.canonical_url.value.startswith("https://atlantico.fr/article/")


def test_seed_image_caption_once_with_credit(seed: Metadata) -> None:
    assert len(seed.images) == 1
    image = seed.images[0]
    assert image.caption == "Antony Blinken a répondu aux questions de Léa Salamé sur France Inter"
    assert image.credit == "©"
    assert image.lead
    assert image.src.startswith("https://static.atlantico.fr/media/2015/06/03/blinken-france-inter.jpg")


def test_seed_related_and_source(seed: Metadata) -> None:
    assert [r.title for r in seed.related] == [
        "Réunion de la coalition contre l’Etat islamique… mais quelle coalition ?"
    ]
    assert seed.related[0].url.startswith("https://atlantico.fr/article/decryptage/reunion-de-la-coalition")
    assert seed.source is not None and seed.source.value == "Le Figaro"


def test_seed_no_people_named_as_authors(seed: Metadata) -> None:
    assert seed.authors is None


def test_to_dict_is_json(seed: Metadata) -> None:
    data = json.loads(json.dumps(seed.to_dict(), ensure_ascii=False))
    assert data["title"]["source"]
    assert data["published"]["value"] == "2015-06-03T10:41:00+02:00"
    assert data["images"][0]["credit"] == "©"
    assert set(data) >= {"title", "authors", "organizations", "related", "source", "license", "tags"}


# --- titles -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "sites", "want"),
    [
        ("Headline of the day | Example News", ["example news"], "Headline of the day"),
        ("Example News - Headline of the day", ["example news"], "Headline of the day"),
        ("Le titre du jour – Le Monde.fr", ["le monde"], "Le titre du jour"),
        ("Bundestag beschließt Gesetz | tagesschau.de", ["tagesschau.de"], "Bundestag beschließt Gesetz"),
        ("Brexit: what happens next", ["bbc"], "Brexit: what happens next"),
        ("Spiegel: Die Lage am Morgen", ["spiegel"], "Die Lage am Morgen"),
        ("A long headline about the economy and jobs | Blog", [], "A long headline about the economy and jobs"),
        ("Kurz - knapp", [], "Kurz - knapp"),
        (
            "Running in winter: from meh to yeah › Northern Miles",
            ["northern miles"],
            "Running in winter: from meh to yeah",
        ),
        ("Riding will stay at the 2028 Games -", [], "Riding will stay at the 2028 Games"),
        ("-5 degrees tonight", [], "-5 degrees tonight"),
        # a headline in a script without spaces that holds the blog's name is not the site's name
        (
            "東京の桜が今年も満開になりました 花子の庭 :: 痞客邦",
            ["花子の庭"],
            "東京の桜が今年も満開になりました 花子の庭",
        ),
        # short section names after the headline go with the site's name
        (
            "Harbour Rowing Club - New boathouse opens on the river bank - Club News - Archive",
            ["harbour rowing club"],
            "New boathouse opens on the river bank",
        ),
        ("New boathouse opens on the river bank - Club News - Archive", [], "New boathouse opens on the river bank"),
        # an unspaced separator between CJK characters before a short site name (and section)
        ("新的公园今天在城市中心开放了！-新闻网", [], "新的公园今天在城市中心开放了！"),
        ("시청 앞 광장에 새 공원이 문을 열었다-사회ㅣ한국신문", ["한국신문"], "시청 앞 광장에 새 공원이 문을 열었다"),
        # ... not a hyphen inside the headline, with more words after it
        ("中美-贸易谈判今天在北京重新开始并取得进展", [], "中美-贸易谈判今天在北京重新开始并取得进展"),
    ],
)
def test_strip_site(raw: str, sites: list[str], want: str) -> None:
    assert strip_site(raw, sites) == want


def test_title_comment_junk_and_og() -> None:
    html = (
        "<html><head><title>Un titre<!-- --> | Site.fr</title>"
        '<meta property="og:site_name" content="Site.fr"></head><body><h1>Autre chose</h1></body></html>'
    )
    got = md(html)
    assert got.title is not None and got.title.value == "Un titre"
    html2 = (
        '<html><head><meta property="og:title" content="Le vrai titre - Site"><title>x</title>'
        '<meta property="og:site_name" content="Site"></head><body><h1>Le vrai titre</h1></body></html>'
    )
    got2 = md(html2)
    assert got2.title is not None and got2.title.value == "Le vrai titre"


def test_title_site_name_is_not_a_title() -> None:
    html = (
        '<html><head><meta property="og:title" content="My Blog"><meta property="og:site_name" content="My Blog">'
        "<title>My Blog</title></head><body><h1>What I did on holiday</h1></body></html>"
    )
    got = md(html)
    assert got.title is not None and got.title.value == "What I did on holiday"


def test_title_blog_name_h1_and_post_h2() -> None:
    # an old blog: the blog's name in the h1, the post's title in an h2, both in the <title>
    html = (
        "<html><head><title>Sourdough starter in five days | Crumb and Crust</title></head><body>"
        "<h1>Crumb and Crust</h1><div class='post'><h2>Sourdough starter in five days</h2>"
        "<p>Flour, water and patience.</p></div><h3>Comments</h3></body></html>"
    )
    got = md(html, url="https://web.example.net/2010/05/starter")
    assert got.title is not None and got.title.value == "Sourdough starter in five days"
    # an h2 that repeats the whole <title> is not a second headline
    html2 = (
        "<html><head><title>Dead bees under the lime trees: why | Bee Rescue</title></head><body>"
        "<h1>Dead bees under the lime trees</h1><h2>Dead bees under the lime trees: why | Bee Rescue</h2>"
        "</body></html>"
    )
    got2 = md(html2, url="https://bees.example.net/lime")
    assert got2.title is not None and got2.title.value == "Dead bees under the lime trees"


def test_title_app_name_that_repeats_the_headline_is_not_the_site() -> None:
    html = (
        '<html><head><meta name="application-name" content="Ferry fares to rise in spring">'
        '<meta property="og:title" content="Ferry fares to rise in spring"><title>Ferry fares to rise in spring</title>'
        '</head><body><h1><a class="logo" href="/">portal home</a></h1>'
        "<h1>Ferry fares to rise in spring</h1></body></html>"
    )
    got = md(html)
    assert got.title is not None and got.title.value == "Ferry fares to rise in spring"


def test_title_section_label_before_a_bar_is_dropped_when_the_jsonld_has_the_bare_headline() -> None:
    ld = '{"@type": "NewsArticle", "headline": "Why the tram line is late again"}'
    html = (
        f'<html><head><script type="application/ld+json">{ld}</script>'
        '<meta property="og:title" content="Analysis | Why the tram line is late again">'
        "<title>Analysis | Why the tram line is late again - The Daily Example</title></head><body>"
        "<h1><span>Analysis</span> Why the tram line is late again</h1></body></html>"
    )
    got = md(html)
    assert got.title is not None and got.title.value == "Why the tram line is late again"
    # a topic before a colon, shown in the h1 too, stays part of the headline
    ld2 = '{"@type": "NewsArticle", "headline": "More trains between the two cities"}'
    html2 = html.replace(ld, ld2).replace(
        "Analysis | Why the tram line is late again", "Rail: More trains between the two cities"
    )
    html2 = html2.replace(
        "<span>Analysis</span> Why the tram line is late again", "Rail: More trains between the two cities"
    )
    got2 = md(html2)
    assert got2.title is not None and got2.title.value == "Rail: More trains between the two cities"


def test_title_printed_headline_over_a_reworded_metadata_title() -> None:
    # the only h1 rewords the og:title/<title> (an SEO variant): the printed headline wins
    html = (
        '<html><head><meta property="og:title" content="Heat pumps in old houses - when they pay off">'
        "<title>Heat pumps in old houses - when they pay off | Example Heating</title></head><body>"
        "<h1>When does a heat pump pay off in an old house?</h1><p>It depends on the insulation.</p></body></html>"
    )
    got = md(html)
    assert got.title is not None and got.title.value == "When does a heat pump pay off in an old house?"
    assert got.title.source == "dom:h1"
    # an h1 with no topic word in common (a label, a sidebar heading) does not
    html2 = html.replace("When does a heat pump pay off in an old house?", "Information and Resources")
    got2 = md(html2)
    assert got2.title is not None and got2.title.value == "Heat pumps in old houses - when they pay off"


def test_title_rdfa_property_list_and_dublin_core_title() -> None:
    # one RDFa property attribute may name several properties; a declared DC title leads
    html = (
        "<html><head><title>Annual report</title>"
        '<meta property="og:title twitter:title" content="Our year in numbers">'
        '<meta property="schema:name dc:title" content="Annual report 2025 of the water board">'
        "</head><body><h1>The water board in 2025</h1></body></html>"
    )
    got = md(html)
    assert got.title is not None and got.title.value == "Annual report 2025 of the water board"
    html2 = html.replace('<meta property="schema:name dc:title" content="Annual report 2025 of the water board">', "")
    got2 = md(html2)
    assert got2.title is not None and got2.title.source == "opengraph:og:title"


def test_title_the_most_trusted_metadata_title_an_h1_shows() -> None:
    # two h1s: the section's name (which the bare <title> repeats) and the headline (og:title)
    html = (
        '<html><head><meta property="og:title" content="The first electron decides it">'
        "<title>News - Lake Institute</title>"
        '<meta property="og:site_name" content="Lake Institute"></head><body>'
        "<h1>News</h1><article><h1>The first electron decides it</h1><p>Text.</p></article></body></html>"
    )
    got = md(html)
    assert got.title is not None and got.title.value == "The first electron decides it"


def test_title_media_tag_after_the_headline_is_dropped() -> None:
    html = (
        '<html><head><meta property="og:title" content="Space probe beams a dog video home (video)">'
        "</head><body><h1>Space probe beams a dog video home (video)</h1></body></html>"
    )
    got = md(html)
    assert got.title is not None and got.title.value == "Space probe beams a dog video home"
    # brackets that are the headline's own words stay
    html2 = html.replace("(video)", "(5 examples)")
    got2 = md(html2)
    assert got2.title is not None and got2.title.value == "Space probe beams a dog video home (5 examples)"


def test_title_first_h2_of_a_page_without_h1() -> None:
    # no h1: the first h2 is the printed headline when the metadata title holds it or it holds
    # the metadata title (here cut short at a quote)
    html = (
        '<html><head><meta property="og:title" content="Senator calls the minister">'
        "<title>Senator calls the minister &quot;unfit&quot; - Daily Example</title></head><body>"
        '<h2>Senator calls the minister "unfit"</h2><p>Text.</p><h2>From our readers</h2></body></html>'
    )
    got = md(html)
    assert got.title is not None and got.title.value == 'Senator calls the minister "unfit"'
    # a first h2 with other words is a section heading, not the headline
    got2 = md(html.replace('<h2>Senator calls the minister "unfit"</h2>', "<h2>Latest news</h2>"))
    assert got2.title is not None and got2.title.value == "Senator calls the minister"


def test_title_heading_without_its_inline_style() -> None:
    html = (
        '<html><head><meta property="og:title" content="Portrait of a Berlin marathon runner">'
        "</head><body><h1><style>.css-1x{font-family:Sans;color:#111}</style>"
        "The daily grind of a Berlin marathon runner</h1></body></html>"
    )
    got = md(html)
    assert got.title is not None and got.title.value == "The daily grind of a Berlin marathon runner"


def test_title_kicker_inside_the_h1_is_not_the_headline() -> None:
    # the template prints the kicker inside the h1; the og:title is the headline alone
    html = (
        '<html><head><meta property="og:title" content="How bakeries cope with the flour price">'
        "<title>Rising costs: How bakeries cope with the flour price - Example Post</title></head><body>"
        '<h1 class="title"><span class="title__overline">Rising costs</span><span class="colon">: </span>'
        '<span class="title__text">How bakeries cope with the flour price</span></h1><p>Text.</p></body></html>'
    )
    got = md(html)
    assert got.title is not None and got.title.value == "How bakeries cope with the flour price"
    # a kicker the site's own metadata title carries too stays part of the headline
    got2 = md(html.replace('content="How bakeries', 'content="Rising costs: How bakeries'))
    assert got2.title is not None and got2.title.value == "Rising costs: How bakeries cope with the flour price"
    # a span with another class is part of the headline
    got3 = md(html.replace("title__overline", "title__first"))
    assert got3.title is not None and got3.title.value.startswith("Rising costs")


def test_title_h2_a_declared_metadata_title_names_over_an_h1_only_the_title_names() -> None:
    # the h1 repeats the bare <title>; the og:title is the article's headline, printed in an h2
    html = (
        '<html><head><meta property="og:title" content="Quiet streets: the town that banned leaf blowers">'
        "<title>Town bans leaf blowers - Example Gazette</title></head><body>"
        "<h1>Town bans leaf blowers</h1><article><h2>Quiet streets: the town that banned leaf blowers</h2>"
        "<p>Text.</p><h2>More from the region</h2></article></body></html>"
    )
    got = md(html)
    assert got.title is not None and got.title.value == "Quiet streets: the town that banned leaf blowers"
    # an h1 the og:title names stays the headline, whatever an h2 says
    got2 = md(
        html.replace('content="Quiet streets: the town that banned leaf blowers"', 'content="Town bans leaf blowers"')
    )
    assert got2.title is not None and got2.title.value == "Town bans leaf blowers"
    # a generic og:title that a section heading repeats is not the headline
    got3 = md(
        html.replace('content="Quiet streets: the town that banned leaf blowers"', 'content="Regional news"').replace(
            "<h2>More from the region</h2>", "<h2>Regional news</h2>"
        )
    )
    assert got3.title is not None and got3.title.value == "Town bans leaf blowers"


def test_title_h1_linking_home_is_the_site_name() -> None:
    # an old blog theme prints the blog's name as an h1 link to the home page
    html = (
        "<html><head><title>Plum jam with cinnamon | Grandma's Pantry</title></head><body>"
        '<header><h1 class="site-title"><a href="https://pantry.example.org/" rel="home">'
        "Grandma's Pantry</a></h1></header>"
        "<article><p>Boil the plums.</p></article></body></html>"
    )
    got = md(html, url="https://pantry.example.org/2019/plum-jam")
    assert got.title is not None and got.title.value == "Plum jam with cinnamon"
    # the post's h1 that links to the post itself is the headline
    html2 = html.replace(
        "<article>", '<article><h1><a href="https://pantry.example.org/2019/plum-jam">Plum jam with cinnamon</a></h1>'
    )
    got2 = md(html2, url="https://pantry.example.org/2019/plum-jam")
    assert got2.title is not None and got2.title.source == "meta:title"
    assert got2.title.value == "Plum jam with cinnamon"
    # a root link with the page's own query is the post's permalink, not the home page
    html3 = (
        "<html><head><title>Plum jam with cinnamon and cloves | Grandma's Pantry</title></head><body>"
        '<h1><a href="/?p=812">Plum jam with cinnamon and cloves</a></h1><p>Boil the plums.</p></body></html>'
    )
    got3 = md(html3, url="https://pantry.example.org/?p=812")
    assert got3.title is not None and got3.title.value == "Plum jam with cinnamon and cloves"


def test_title_heading_without_the_arrow_before_it() -> None:
    html = (
        "<html><head><title>studio-example.de // » Anna Berg</title></head><body>"
        "<h2>[&gt; Anna Berg</h2><p>Anna Berg designs light installations.</p></body></html>"
    )
    got = md(html, url="https://studio-example.de/anna-berg/")
    assert got.title is not None and got.title.value == "Anna Berg"
    # a quote that opens the headline stays
    html2 = html.replace("[&gt; Anna Berg", "« Anna Berg »").replace("» Anna Berg<", "« Anna Berg »<")
    got2 = md(html2, url="https://studio-example.de/anna-berg/")
    assert got2.title is not None and got2.title.value.startswith("«Anna Berg")


# --- dates ------------------------------------------------------------------------------------

PARIS = timezone(timedelta(hours=2))


@pytest.mark.parametrize(
    ("text", "want", "has_time"),
    [
        ("2015-06-03T10:41:00+02:00", datetime(2015, 6, 3, 10, 41, tzinfo=PARIS), True),
        ("2015-06-03T08:41:00.000Z", datetime(2015, 6, 3, 8, 41, tzinfo=UTC), True),
        ("2015-06-03 10:41", datetime(2015, 6, 3, 10, 41), True),
        ("2015-06-03", datetime(2015, 6, 3), False),
        ("20150603", datetime(2015, 6, 3), False),
        ("Wed, 03 Jun 2015 10:41:00 +0200", datetime(2015, 6, 3, 10, 41, tzinfo=PARIS), True),
        ("1433320860", datetime(2015, 6, 3, 8, 41, tzinfo=UTC), True),
        ("2015/06/03", datetime(2015, 6, 3), False),
        ("2020-12-05T23:15:0Z", datetime(2020, 12, 5, 23, 15, tzinfo=UTC), True),
    ],
)
def test_parse_machine_date(text: str, want: datetime, has_time: bool) -> None:
    got = parse_machine_date(text)
    assert got is not None
    assert got.value == want
    assert got.has_time is has_time


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Publié le 3 juin 2015 à 10h41", datetime(2015, 6, 3, 10, 41)),
        ("Veröffentlicht am 3. Juni 2015, 10:41 Uhr", datetime(2015, 6, 3, 10, 41)),
        ("Stand: 03.06.2015 10:41 Uhr", datetime(2015, 6, 3, 10, 41)),
        ("June 3, 2015 at 10:41 pm", datetime(2015, 6, 3, 22, 41)),
        ("3rd June 2015", datetime(2015, 6, 3)),
        ("3 de junio de 2015", datetime(2015, 6, 3)),
        ("3 giugno 2015", datetime(2015, 6, 3)),
        ("3 de junho de 2015", datetime(2015, 6, 3)),
        ("3 juni 2015", datetime(2015, 6, 3)),
        ("3 czerwca 2015", datetime(2015, 6, 3)),
        ("3 июня 2015 г.", datetime(2015, 6, 3)),
        ("3 Haziran 2015", datetime(2015, 6, 3)),
        ("3 Ιουνίου 2015", datetime(2015, 6, 3)),
        ("2015. június 3.", datetime(2015, 6, 3)),
        ("2015年6月3日", datetime(2015, 6, 3)),
        ("الأربعاء، 03 يونيو 2015 - 10:41 ص", datetime(2015, 6, 3, 10, 41)),
        ("3 تشرين الأول 2015", datetime(2015, 10, 3)),
        ("2015년 6월 3일", datetime(2015, 6, 3)),
        ("13/06/2015", datetime(2015, 6, 13)),
        ("Jan. 5 2020", datetime(2020, 1, 5)),
        ("January 19, 2020 / 12:25 PM / Updated 8 hours ago", datetime(2020, 1, 19, 12, 25)),
        ("Von Tennis Bund 4.\u2009 2.\u20092022.", datetime(2022, 2, 4)),
        ("26 | 01 | 2022 Schweiz | Praxis", datetime(2022, 1, 26)),
    ],
)
def test_parse_text_date(text: str, want: datetime) -> None:
    got = parse_text_date(text)
    assert got is not None
    assert got.value == want


def test_ambiguous_numeric_dates_follow_the_page_usage() -> None:
    day_first = parse_text_date("03/06/2015")
    month_first = parse_text_date("03/06/2015", month_first=True)
    assert day_first is not None and day_first.value == datetime(2015, 6, 3)
    assert month_first is not None and month_first.value == datetime(2015, 3, 6)


@pytest.mark.parametrize(
    ("url", "want"),
    [
        ("https://example.org/2015/06/03/some-story/", datetime(2015, 6, 3)),
        ("https://example.org/news/20150603/story.html", datetime(2015, 6, 3)),
        ("https://blog.example.org/2017/7/12/unter-uns", datetime(2017, 7, 12)),
        ("https://example.org/2015-06-03-story", datetime(2015, 6, 3)),
        ("https://www.example.com/world/2023/dec/21/story", datetime(2023, 12, 21)),
        ("https://example.org/article/123456789", None),
        ("https://example.org/2015/06/", None),
        ("https://www.example.com/city/2023/12/16-new-officers-sworn-in.html", None),
        ("https://example.org/2015/06/03.html", datetime(2015, 6, 3)),
        ("https://example.org/news/2015_06_03_story", datetime(2015, 6, 3)),
    ],
)
def test_url_date(url: str, want: datetime | None) -> None:
    got = url_date(url)
    assert (got.value if got else None) == want


def test_plausibility_guards() -> None:
    future = parse_machine_date("2030-01-01T00:00:00Z")
    old = parse_machine_date("1985-05-01")
    assert future is not None and old is not None
    assert not is_plausible(future, NOW)
    assert not is_plausible(old, NOW)
    assert is_plausible(old, NOW, allow_old=True)


def _page(head: str, body: str = "<p>x</p>", url: str = "https://example.org/a") -> Metadata:
    return md(f"<html><head>{head}</head><body>{body}</body></html>", url=url)


def test_future_date_refused() -> None:
    got = _page('<meta property="article:published_time" content="2031-03-01T10:00:00Z">')
    assert got.published is None or got.published.value.year < 2031


def test_published_never_from_modified() -> None:
    got = _page('<meta property="article:modified_time" content="2020-03-01T10:00:00+01:00">')
    assert got.published is None or got.published.source != "opengraph:article:modified_time"
    assert got.updated is not None and got.updated.value.day == 1


def test_jsonld_graph_article_beats_webpage_and_borrows_offset() -> None:
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebPage", "datePublished": "2019-01-01T00:00:00+00:00", "name": "Home"},
            {"@type": "NewsArticle", "headline": "Story", "datePublished": "2020-05-04T18:30:00"},
        ],
    }
    head = (
        f'<script type="application/ld+json">{json.dumps(graph)}</script>'
        '<meta property="article:modified_time" content="2020-05-05T09:00:00+02:00">'
    )
    got = _page(head)
    assert got.published is not None
    assert got.published.source == "json-ld:datePublished"
    assert got.published.value == datetime(2020, 5, 4, 18, 30, tzinfo=timezone(timedelta(hours=2)))


def test_jsonld_in_cdata_is_read() -> None:
    head = (
        '<script type="application/ld+json">//<![CDATA[\n{"@type":"Article","headline":"H",'
        '"datePublished":"2021-02-03"}\n//]]></script>'
    )
    got = _page(head)
    assert got.published is not None and got.published.value == datetime(2021, 2, 3)


def test_url_day_wins_over_a_contradicting_meta() -> None:
    head = '<meta property="article:published_time" content="2019-06-17T18:28:00+02:00">'
    got = _page(head, url="https://blog.example.de/home/2017/7/12/story")
    assert got.published is not None and got.published.value.date().isoformat() == "2017-07-12"


def test_url_made_with_the_draft_the_day_before() -> None:
    """A stamp with its time, one day after the URL's day and not on it in the site's zones:
    the URL was made with the draft; a UTC stamp that is on it in another zone of the
    country is shown there."""
    head = '<meta property="article:published_time" content="2022-05-07T13:43:46-05:00">'
    got = _page(head, url="https://example.pe/deportes/2022/05/06/ronaldo-gol/")
    assert got.published is not None and got.published.value.isoformat() == "2022-05-07T13:43:46-05:00"
    head = '<meta property="article:published_time" content="2023-11-09T05:30:59Z">'
    got = md(
        f'<html lang="en"><head>{head}</head><body><p>x</p></body></html>',
        url="https://www.example.com/2023/11/08/city-council-vote/",
    )
    assert got.published is not None and got.published.value.date().isoformat() == "2023-11-08"
    assert got.published.value.utcoffset() == timedelta(hours=-6)


def test_utc_stamp_shown_on_the_url_day() -> None:
    head = '<meta property="article:published_time" content="2023-11-09T01:49:09+00:00"><html lang="en">'
    got = md(
        f'<html lang="en"><head>{head}</head><body><p>x</p></body></html>',
        url="https://www.example.com/2023/11/08/story/",
    )
    assert got.published is not None
    assert got.published.value.date().isoformat() == "2023-11-08"
    assert got.published.value.utcoffset() is not None


def test_utc_stamp_shown_in_the_offset_the_page_gives() -> None:
    """A UTC stamp is the day the page shows: a <time> of the same instant in another offset,
    a visible wall clock a whole zone offset away, or a visible clock that prints UTC."""
    stamp = '<meta property="article:published_time" content="2023-11-09T06:35:29Z">'
    shown = '<p class="byline">Posted <time datetime="2023-11-08T22:35:29-08:00">Nov 8</time></p><p>x</p>'
    got = _page(stamp, shown)
    assert got.published is not None and got.published.value.isoformat() == "2023-11-08T22:35:29-08:00"
    assert got.updated is None
    wall = '<p class="date">Published November 8, 2023 10:35 pm</p><p>Police found the car.</p>'
    got = _page(stamp, wall)
    assert got.published is not None and got.published.value.isoformat() == "2023-11-08T22:35:29-08:00"
    utc = '<p class="date">Published November 9, 2023 06:35</p><p>Police found the car.</p>'
    got = _page(stamp, utc)
    assert got.published is not None and got.published.value.isoformat() == "2023-11-09T06:35:29+00:00"
    other = '<p class="date">Published November 8, 2023 10:12 pm</p><p>Police found the car.</p>'
    got = _page(stamp, other)  # not the same minute: no offset read from it
    assert got.published is not None and got.published.value.utcoffset() == timedelta(0)


def test_generic_date_meta_yields_to_the_shown_publication_date() -> None:
    """A bare "date" or Dublin Core date meta is often the day the page was last saved: the
    day shown after a "published" word, or by the page's date elements when they agree, goes
    first; a list of event dates does not, and shown dates never outvote JSON-LD."""
    saved = '<meta name="date" content="2020-02-12">'
    body = "<h1>Lieferketten</h1><p class='meta'>Veröffentlicht am 5. Februar 2020</p><p>Text</p>"
    got = _page(saved, body)
    assert got.published is not None and got.published.value.date().isoformat() == "2020-02-05"
    got = _page(
        '<meta name="dcterms.date" content="2021-12-20T11:02:44+01:00">', '<span class="date">27.01.2022</span><p>x</p>'
    )
    assert got.published is not None and got.published.value.date().isoformat() == "2022-01-27"
    events = "".join(f'<div class="event-date">{d}.03.2020 18:00</div>' for d in (7, 14, 21)) + "<p>Weinprobe</p>"
    got = _page('<meta name="date" content="2020-02-11">', events)
    assert got.published is not None and got.published.value.date().isoformat() == "2020-02-11"
    ld = json.dumps({"@type": "NewsArticle", "headline": "H", "datePublished": "2025-05-17T19:30:02+02:00"})
    head = f'<script type="application/ld+json">{ld}</script><meta name="date" content="2025-05-18">'
    got = _page(head, '<p class="date">Ausgabe vom 18.05.2025</p><p>Text</p>')
    assert got.published is not None and got.published.value.date().isoformat() == "2025-05-17"


def test_generic_date_metas_vote_once() -> None:
    """Dublin Core "date" and "dcterms.date" copy one CMS field: together they do not outvote
    the microdata publication date."""
    head = (
        '<meta name="dcterms.date" content="2022-01-21T15:38:44+01:00">'
        '<meta name="DC.date" content="2022-01-21T15:38:44+01:00">'
    )
    body = '<p>Hunde im Winter</p><span itemprop="datePublished" content="2022-01-27">27.01.2022</span><p>x</p>'
    got = _page(head, body)
    assert got.published is not None and got.published.value.date().isoformat() == "2022-01-27"


def test_published_after_the_last_save_is_not_the_publication() -> None:
    """A "published" date days after the page's last modification is another date (a
    microdata block of a later re-post): the candidates before it go first."""
    head = (
        '<meta property="article:published_time" content="2022-12-04T15:00:00+01:00">'
        '<meta property="article:modified_time" content="2022-12-04T15:00:00+01:00">'
    )
    body = '<div itemprop="datePublished" content="2022-12-06T14:42:13+01:00">6.12.2022</div><p>Pellets</p>'
    got = _page(head, body)
    assert got.published is not None and got.published.value.date().isoformat() == "2022-12-04"


def test_utc_stamp_shown_by_a_dateline() -> None:
    """A UTC stamp and a dateline printed in local time, standing alone in its element."""
    ld = json.dumps({"@type": "NewsArticle", "headline": "H", "datePublished": "2022-05-04T02:41:00Z"})
    body = "<h1>H</h1><div><span>3 de mayo de 2022, 22:41</span></div><p>Los autos nuevos llegan.</p>"
    got = _page(f'<script type="application/ld+json">{ld}</script>', body)
    assert got.published is not None and got.published.value.isoformat() == "2022-05-03T22:41:00-04:00"


def test_utc_stamp_on_the_day_the_dateline_shows_in_the_site_zone() -> None:
    """A UTC stamp late in the evening; the Italian page's dateline (a day, no time) shows the
    next day, which is the stamp's day in Rome: the stamp is shown there. Without such a
    dateline the UTC day stays."""
    ld = json.dumps({"@type": "Article", "headline": "H", "datePublished": "2020-12-05T23:15:0Z"})
    head = f'<script type="application/ld+json">{ld}</script>'
    body = "<h1>California certifica il voto</h1><p>Dem può contare su 288 voti</p><p>06 Dicembre 2020</p><p>x</p>"
    html = f'<html lang="it"><head>{head}</head><body>{body}</body></html>'
    got = md(html, url="https://www.example.it/news/mondo/1265473/voto.html")
    assert got.published is not None and got.published.value.isoformat() == "2020-12-06T00:15:00+01:00"
    got = md(html.replace("06 Dicembre", "05 Dicembre"), url="https://www.example.it/news/mondo/1265473/voto.html")
    assert got.published is not None and got.published.value.isoformat() == "2020-12-05T23:15:00+00:00"


def test_published_verb_ending_its_sentence_looks_back() -> None:
    """German puts "veröffentlicht" last: its date is before it, the date after it is a teaser's."""
    body = (
        "<h1>Kleiner Geländewagen</h1><p>Der Wagen kommt im Frühjahr.</p><p>Der Artikel wurde am 05.11.2021 in"
        " der Kategorie Neuheiten veröffentlicht.</p><ul><li><a href='/b'>Neue Werkhalle</a> 4. November 2021</li>"
        "</ul>"
    )
    got = _page("", body)
    assert got.published is not None and got.published.value.date().isoformat() == "2021-11-05"


def test_dateline_under_the_headline_beats_sidebar_dates() -> None:
    """No date in the markup: the date standing alone just under the headline is the page's,
    not the dates of a sidebar's date elements; an "Updated" line under it is not."""
    side = "".join(f'<li><span class="date">{d} Sep 2019</span> Other story</li>' for d in (9, 5, 2))
    body = (
        "<header><h1>Un braconnier interpellé et condamné</h1><span>27 Sep 2016</span></header>"
        f"<p>La justice a tranché.</p><aside><ul>{side}</ul></aside>"
    )
    got = _page("", body)
    assert got.published is not None and got.published.value.date().isoformat() == "2016-09-27"
    assert got.published.source == "text:under-headline"
    body = body.replace("<span>27 Sep 2016</span>", "<span>Updated 27 Sep 2016</span>")
    got = _page("", body)
    assert got.published is None or got.published.source != "text:under-headline"


def test_date_widget_of_the_site_header_is_not_the_dateline() -> None:
    """The day a site header prints beside its logo is the day the page was served; an
    article's own header (with its headline) keeps its dateline."""
    masthead = (
        '<header><a class="logo" href="/">Radio Eins</a><span class="today"><span>Mittwoch, </span>'
        "26.02.2020</span><nav><a href='/news'>News</a></nav></header>"
    )
    body = (
        f"{masthead}<main><h2>Kulturfragen</h2><p>01.05.2017</p><h1>Wir dekorieren die Liegestühle um</h1>"
        "<p>Die Arbeitswelt ändert sich schneller als gedacht.</p></main>"
    )
    got = _page("", body)
    assert got.published is not None and got.published.value.date().isoformat() == "2017-05-01"
    timed = masthead.replace('<span class="today">', '<span class="today"><time datetime="2020-02-26T13:56:20+01:00">')
    timed = timed.replace("26.02.2020</span>", "26.02.2020</time></span>")
    got = _page("", timed + "<main><p class='date'>31. Oktober 2023</p><p>Drag ist Kunst.</p></main>")
    assert got.published is not None and got.published.value.date().isoformat() == "2023-10-31"
    clock = (
        '<div class="top"><span id="uhr">Donnerstag, 16. Februar 2012</span></div><div><a href="/">Home</a> › '
        "<a href='/politik'>Politik</a></div><div>14. Februar 2012</div><h2>Verfassungsgericht tagt</h2><p>Text</p>"
    )
    got = _page("", clock)
    assert got.published is not None and got.published.value.date().isoformat() == "2012-02-14"
    own = (
        "<article><header><a class='logo' href='/'>Blog</a><h1>Our long headline about the harbour</h1>"
        "<time datetime='2021-03-04T10:00:00+01:00'>4 March 2021</time></header><p>Text.</p></article>"
    )
    got = _page("", own)
    assert got.published is not None and got.published.value.isoformat() == "2021-03-04T10:00:00+01:00"


def test_recent_posts_widget_dates_are_not_the_page_date() -> None:
    """A date element in a "recent posts" widget dates another post; a layout wrapper named
    after the sidebar beside the article does not make its dateline a widget's."""
    widget = (
        '<ul><li class="widget widget_recent_entries"><a href="/b">Autre affaire</a>'
        '<span class="post-date">09/09/2019</span></li></ul>'
    )
    body = f"<div><h2>Un braconnier condamné</h2><p>27 Sep 2016</p><p>Le tribunal a tranché.</p></div>{widget}"
    got = _page("", body)
    assert got.published is not None and got.published.value.date().isoformat() == "2016-09-27"
    wrapped = (
        '<div class="page-wrapper blog-sidebar"><article><div class="post-meta">2. Februar 2022</div>'
        "<p>Der Kampf wurde abgesagt.</p></article></div>"
    )
    got = _page("", wrapped)
    assert got.published is not None and got.published.value.date().isoformat() == "2022-02-02"


def test_dateline_stating_the_first_publication_before_an_update_label() -> None:
    """The metadata's publication is its modification stamp (the same instant in both
    fields), a day after the one the dateline states before "Updated": the dateline's day.
    A publication stamp that differs from the modification keeps its day."""
    head = (
        '<meta property="og:article:published_time" content="2020-01-20T09:49:32+0000">'
        '<meta property="og:article:modified_time" content="2020-01-20T09:49:32+0000">'
    )
    body = (
        "<div class='header'><div>January 19, 2020 / 12:25 PM / Updated 8 hours ago</div>"
        "<h1>Thriller scores upset at the awards</h1></div><p>LOS ANGELES - The thriller won.</p>"
    )
    got = _page(head, body)
    assert got.published is not None and got.published.value.date().isoformat() == "2020-01-19"
    assert got.updated is not None and got.updated.value.date().isoformat() == "2020-01-20"
    got = _page(
        head.replace('modified_time" content="2020-01-20T09:49:32', 'modified_time" content="2020-01-20T11:02:00'), body
    )
    assert got.published is not None and got.published.value.date().isoformat() == "2020-01-20"


def test_two_digit_year_in_a_dateline_element() -> None:
    """ "23.09.22" in a short date element is 23 September 2022; in prose or a version number
    outside such an element it is not read."""
    assert parse_short_year_date("23.09.22") is not None
    assert parse_short_year_date("Von: Björn Jahner | 31.10.23, 14:05") == parse_machine_date("2023-10-31T14:05")
    assert parse_short_year_date("Version 2.10.15.3") is None
    body = (
        "<div class='story-head'><h1>Vintage mit viel Grün</h1><div class='uploaded-date'> 23.09.22 </div>"
        "<div class='location'>Saarland</div></div><p>Eine Wohnung voller Pflanzen.</p>"
    )
    got = _page("", body)
    assert got.published is not None and got.published.value.date().isoformat() == "2022-09-23"
    got = _page("", "<h1>Release notes of the tool</h1><p>Version 2.10.15 fixes the parser.</p>")
    assert got.published is None


def test_forum_clock_registration_and_similar_threads_are_not_the_post_date() -> None:
    """A forum page: the board's clock, the poster's registration day and the last posts of
    similar threads are dates of something else; the post's own line is the page's."""
    body = (
        "<h2>Freie Software</h2><dl><dd class='profile-joined'><strong>Registriert:</strong> 18.09.2008, 05:56</dd>"
        "</dl><p class='author'>von <a href='/u/5'>r23</a> » 21.01.2009, 05:42</p><div>Was ist Freie Software?</div>"
        "<ol class='similar_threads'><li><div class='dateblock'>Antworten: 6 · 18.10.2010, 23:08</div></li></ol>"
        "<p class='responsive-center time'>Aktuelle Zeit: 14.10.2020, 12:18</p>"
    )
    got = _page("", body)
    assert got.published is not None and got.published.value == datetime(2009, 1, 21, 5, 42)


def test_dateline_showing_the_revision_day_over_the_first_publication() -> None:
    """A story re-dated by its site: the metadata says published in 2017 and modified in 2019,
    the page shows only the 2019 day under the headline: that is the date the page gives. With
    an "updated" label, or when the page also shows the 2017 day, the publication stays."""
    ld = json.dumps(
        {
            "@type": "NewsArticle",
            "headline": "Sieben Berufe, die Zukunft haben",
            "datePublished": "2017-08-21T13:09:00Z",
            "dateModified": "2019-04-03T06:04:01Z",
        }
    )
    head = f'<script type="application/ld+json">{ld}</script>'
    body = (
        "<h1>Sieben Berufe, die Zukunft haben</h1><div><span>Drucken</span><span>03.04.2019, 08:04</span>"
        "<span>Von Olaf Kempe</span></div><p>Die Arbeitswelt von morgen braucht neue Berufe.</p>"
    )
    got = _page(head, body)
    assert got.published is not None and got.published.value.isoformat() == "2019-04-03T08:04:00+02:00"
    labelled = body.replace("<span>03.04.2019", "<span>Aktualisiert:</span><span>03.04.2019")
    got = _page(head, labelled)
    assert got.published is not None and got.published.value.date().isoformat() == "2017-08-21"
    both = body.replace("</p>", " Zuerst erschienen am 21.08.2017.</p>")
    got = _page(head, both)
    assert got.published is not None and got.published.value.date().isoformat() == "2017-08-21"


def test_visible_dates_german_and_french() -> None:
    de = _page("", "<div class='article'><p class='meta'>Veröffentlicht am 12. März 2021</p><p>Text</p></div>")
    fr = _page("", "<p class='info'>Publié le 3 juin 2015 à 10h41</p><p>Texte</p>")
    assert de.published is not None and de.published.value.date().isoformat() == "2021-03-12"
    assert fr.published is not None and fr.published.value == datetime(2015, 6, 3, 10, 41)


def test_last_resort_date_prefers_a_dateline_to_prose() -> None:
    body = (
        "<p>Der Rat hat am 6. September 2017 in der Stadthalle über den Haushalt beraten und ihn nach "
        "langer Aussprache mit großer Mehrheit angenommen.</p><div><span>Heimatblatt</span> "
        "<span>06.10.2017 11:15</span></div><p>Herbstmarkt im Hof.</p>"
    )
    got = _page("", body)
    assert got.published is not None and got.published.value.date().isoformat() == "2017-10-06"
    assert got.published.source == "text:dateline"


def test_last_resort_date_after_a_copyright_sign() -> None:
    body = "<p>Wir helfen bei der Suche nach einem Partner.</p><p>Copyright © 19.12.2019 - 12:14 h by Muster GmbH</p>"
    got = _page("", body)
    assert got.published is not None and got.published.value == datetime(2019, 12, 19, 12, 14)


def test_last_resort_date_from_paths_in_the_markup() -> None:
    imgs = "".join(f'<img src="https://example.org/files/2016/05/04/fig{i}.png">' for i in range(2))
    got = _page("", f"{imgs}<p>Annual report of the association.</p>")
    assert got.published is not None and got.published.value.date().isoformat() == "2016-05-04"


def test_jsonld_with_a_stray_closing_brace() -> None:
    data = json.dumps({"@type": "NewsArticle", "headline": "H", "datePublished": "2020-10-26T18:10:00+01:00"})
    got = _page(f'<script type="application/ld+json">{data}\n}}</script>')
    assert got.published is not None and got.published.value.isoformat() == "2020-10-26T18:10:00+01:00"


def test_time_element_shown_day_and_embedded_posts() -> None:
    body = '<div class="time"><time datetime="2019-07-03T10:18:46Z">Publié le 29 juin 2019</time></div><p>x</p>'
    got = _page("", body)
    assert got.published is not None and got.published.value.date().isoformat() == "2019-06-29"
    body = (
        '<blockquote class="embed"><p>Nice view</p><time datetime="2018-03-12T19:30:12+00:00">Mar 12, 2018</time>'
        '</blockquote><p class="date">29.01.2019</p><p>Text</p>'
    )
    got = _page("", body)
    assert got.published is not None and got.published.value.date().isoformat() == "2019-01-29"


def test_pubdate_marks_on_a_teaser_list_single_out_nothing() -> None:
    """One <time> marked "pubdate" is the publication; a list of teasers each marked so does
    not outrank the article's own unmarked <time>, first in the page."""
    own = '<article><header><h1>Chronique</h1><p><time datetime="2019-06-28T13:49:45Z">28 juin 2019</time></p>'
    teasers = "".join(
        f'<div class="item"><p><time pubdate datetime="2019-09-24T13:34:33Z">{d} juillet</time></p>Autre</div>'
        for d in (5, 9, 12)
    )
    got = _page("", f"{own}<p>Texte de la chronique.</p></header></article>{teasers}")
    assert got.published is not None and got.published.value.date().isoformat() == "2019-06-28"
    got = _page("", f"{own}<p>Texte.</p></header></article>{teasers[: teasers.index('</div>') + 6]}")
    assert got.published is not None and got.published.value.date().isoformat() == "2019-09-24"


def test_time_element() -> None:
    got = _page("", '<article><time datetime="2022-04-05T07:00:00+02:00">5 avril</time><p>x</p></article>')
    assert got.published is not None and got.published.value.isoformat() == "2022-04-05T07:00:00+02:00"


# --- authors ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("byline", "people", "orgs"),
    [
        ("Par Jean Dupont et Marie Durand", ("Jean Dupont", "Marie Durand"), ()),
        ("By JOHN SMITH, Reuters", ("John Smith",), ("Reuters",)),
        ("Von Anna Müller | dpa", ("Anna Müller",), ("dpa",)),
        ("Le Figaro avec AFP", (), ("Le Figaro avec AFP",)),
        ("Rédaction", (), ("Rédaction",)),
        ("Staff", (), ()),
        ("By", (), ()),
        ("Veröffentlicht von Chris Jung", ("Chris Jung",), ()),
        ("Jane Doe, PhD", ("Jane Doe",), ()),
        ("Image: Getty Images", (), ()),
        ("Home", (), ()),
        ("Écrit par Ana de la Torre y Luis García", ("Ana de la Torre", "Luis García"), ()),
        ("신현주 기자", ("신현주",), ()),
        ("作者：陈思远", ("陈思远",), ()),
        ("Από Μαρία Παπαδοπούλου", ("Μαρία Παπαδοπούλου",), ()),
        ("Von Lena Brandt, Hamburg", ("Lena Brandt",), ()),
        ("kieler-zeitung.de, Kiel, Germany", (), ("kieler-zeitung.de",)),
        ("Tomás Ribeiro @tribeiro", ("Tomás Ribeiro",), ()),
        ("Über Lena Brandt", ("Lena Brandt",), ()),
        ("Carl Dufresne The Associated Press", ("Carl Dufresne",), ("The Associated Press",)),
        # company forms and public bodies are organisations; a CMS's default account is nobody
        ("Sonnenstrom AG", (), ("Sonnenstrom AG",)),
        ("Bundesministerium für Verkehr und Klimaschutz", (), ("Bundesministerium für Verkehr",)),
        ("Feuerwehr Neustadt, Abteilung Tauchen", (), ("Feuerwehr Neustadt", "Abteilung Tauchen")),
        ("Super User", (), ()),
        ("wordpressadmin", (), ()),
        ("Nordwind Energy Solutions", (), ("Nordwind Energy Solutions",)),
        # a capitalised particle after "By" starts the surname; a Title Case headline is no name
        ("By Van Oort", ("Van Oort",), ()),
        ("By De la Cruz Ramos", ("De la Cruz Ramos",), ()),
        ("Von Jan Koch", ("Jan Koch",), ()),
        ("Text & Fotos: Ivo Brandt", ("Ivo Brandt",), ()),
        ("An Oak In Park At Noon", (), ()),
        ("the Author - Flora Ionescu", ("Flora Ionescu",), ()),
        ("Posted by Rudi Galt, Product Manager", ("Rudi Galt",), ()),
        ("Auto Illustrierte", (), ("Auto Illustrierte",)),
        # each part may open with its own "von"; widgets and labels are not names
        ("29. Juni 2017, 23:39 · von Tobi", ("Tobi",), ()),
        ("Ist der Artikel hilfreich? Ja Nein (4) Kommentare", (), ()),
        ("Datum:", (), ()),
        ("Lena Brandt | lbrandt@example-zeitung.de", ("Lena Brandt",), ()),
        ("Datum: 19.11.2021 Autor: Fritz Imhof Quelle: Wochenblatt Online", (), ()),
        # the outlet written for, a dateline's place after the newsroom, a desk led by an acronym
        (
            "Rob Tanner And Mia Kerr For The Evening Courier",
            ("Rob Tanner", "Mia Kerr"),
            ("The Evening Courier",),
        ),
        ("Bayerische Landesanstalt für Wald", (), ()),
        ("By Ola Nilsen, Radio North News, Cape Town", ("Ola Nilsen",), ("Radio North News",)),
        ("von Ute Brand , SWR RHEINLAND-PFALZ", ("Ute Brand",), ("SWR RHEINLAND-PFALZ",)),
        ("JANE MILLER-O'NEIL and TOM ROSS", ("Jane Miller-O'Neil", "Tom Ross"), ()),
        ("Kai Weber - Lena Brandt", ("Kai Weber", "Lena Brandt"), ()),
        ("Pressemitteilung von Katja Brenner", ("Katja Brenner",), ()),
        ("Otto von Brauneck", ("Otto von Brauneck",), ()),
        ("Ursula von der Heide", ("Ursula von der Heide",), ()),
        ("SID Nachrichtenagentur", (), ("SID Nachrichtenagentur",)),
        ("Jon Wass, Bleacher Report", ("Jon Wass",), ("Bleacher Report",)),
        ("Von Mat\u00adthi\u00adas Lau\u00ader\u200ber", ("Matthias Lauerer",), ()),
        ("Forschung WBK", (), ("Forschung WBK",)),
        ("André Olivier KLEIN", ("André Olivier KLEIN",), ()),
        ("Henry Tudor III", ("Henry Tudor III",), ()),
    ],
)
def test_split_byline(byline: str, people: tuple[str, ...], orgs: tuple[str, ...]) -> None:
    got = split_byline(byline, allow_single=True)
    assert got.people == people
    assert got.organizations == orgs


def test_authors_from_jsonld_people_and_organisations() -> None:
    data = {
        "@type": "NewsArticle",
        "headline": "H",
        # a CMS may nest the second author in a list of its own
        "author": [{"@type": "Person", "name": "Jane Roe"}, [{"@type": "Organization", "name": "AFP"}]],
    }
    got = _page(f'<script type="application/ld+json">{json.dumps(data)}</script>')
    assert got.authors is not None and got.authors.value == ("Jane Roe",)
    assert got.authors.source == "json-ld:author"
    assert got.organizations is not None and got.organizations.value == ("AFP",)


def test_jsonld_author_names_escaped_listed_and_completed_by_the_author_meta() -> None:
    """An HTML entity left in a JSON-LD name, a Person whose name is a list, and a JSON-LD
    author that names the first of the people the author meta names (the publisher the CMS
    writes in another author meta is not one of them)."""
    ld = {"@type": "NewsArticle", "headline": "H", "author": {"@type": "Person", "name": "Sean O&#039;Hara"}}
    got = _page(f'<script type="application/ld+json">{json.dumps(ld)}</script>')
    assert got.authors is not None and got.authors.value == ("Sean O'Hara",)
    ld = {"@type": "NewsArticle", "headline": "H", "author": {"@type": "Person", "name": ["Ann Lee", "Bo Park"]}}
    got = _page(f'<script type="application/ld+json">{json.dumps(ld)}</script>')
    assert got.authors is not None and got.authors.value == ("Ann Lee", "Bo Park")
    ld = {
        "@type": "NewsArticle",
        "headline": "H",
        "author": {"@type": "Person", "name": "Ann Lee"},
        "publisher": {"@type": "Organization", "name": "Mega Media Group"},
    }
    script = f'<script type="application/ld+json">{json.dumps(ld)}</script>'
    head = f'{script}<meta name="author" content="Ann Lee,Bo Park,Cy Diaz">'
    got = _page(head)
    assert got.authors is not None and got.authors.value == ("Ann Lee", "Bo Park", "Cy Diaz")
    head = (
        f'<script type="application/ld+json">{json.dumps(ld)}</script>'
        '<meta name="author" content="Mega Media Group"><meta property="article:author" content="Ann Lee">'
    )
    got = _page(head)
    assert got.authors is not None and got.authors.value == ("Ann Lee",)
    head = (
        f'<script type="application/ld+json">{json.dumps(ld)}</script><meta name="author" content="Ann Lee, Mega Media"'
    )
    got = _page(head + ">")
    assert got.authors is not None and got.authors.value == ("Ann Lee",)


def test_first_byline_element_naming_someone_wins() -> None:
    """A later byline element (a teaser's, an editor's box) adds no authors; the element's
    nested copy of the same name is the same author; "Senior" is a role."""
    body = (
        '<div class="byline"><span class="author-name">Stella Hart</span></div><p>The car is quick.</p>'
        '<div class="byline">Bram Okafor</div><p>Next story</p>'
    )
    got = _page("", body)
    assert got.authors is not None and got.authors.value == ("Stella Hart",)
    got = _page("", '<div class="author">Aleks Novak Senior</div><p>x</p>')
    assert got.authors is not None and got.authors.value == ("Aleks Novak",)


def test_jsonld_person_name_holding_a_byline() -> None:
    """A Person's name that holds a whole byline gives its person, not an organisation."""
    name = "Ona Petraitytė, Vilniaus universiteto profesorė, Naujienos.lt"
    ld = {"@type": "NewsArticle", "headline": "H", "author": {"@type": "Person", "name": name}}
    got = _page(f'<script type="application/ld+json">{json.dumps(ld)}</script>')
    assert got.authors is not None and got.authors.value == ("Ona Petraitytė",)
    assert got.organizations is None or name not in got.organizations.value


def test_first_name_byline_completed_from_the_author_bio() -> None:
    """A first-name byline takes the surname the author's bio opens with; a greeting is no surname."""
    bio = '<div class="author-box"><p class="author-bio">Jonas Brenner ist freier Autor und fährt Rad.</p></div>'
    got = _page('<meta name="author" content="Jonas">', f"<p>Text</p>{bio}")
    assert got.authors is not None
    assert got.authors.value == ("Jonas Brenner",)
    greeting = '<div class="author-bio">Jonas Hallo, ich bin Jonas und schreibe hier.</div>'
    got = _page('<meta name="author" content="Jonas">', f"<p>Text</p>{greeting}")
    assert got.authors is not None and got.authors.value == ("Jonas",)
    person = {"@type": "Person", "name": "Mia", "description": "Mia Sorel - Bergführerin und Fotografin."}
    ld = {"@type": "BlogPosting", "headline": "H", "author": {"@type": "Person", "name": "Mia"}}
    head = "".join(f'<script type="application/ld+json">{json.dumps(o)}</script>' for o in (ld, person))
    got = _page(head)
    assert got.authors is not None and got.authors.value == ("Mia Sorel",)


def test_byline_in_a_teaser_card_is_another_articles() -> None:
    card = (
        "<ul><li><a href='/handel/neue-kassen.html'><h4 class='item__title'>Neue Kassen im Test: was der Handel"
        " sagt</h4><span class='item__meta'><span class='item__author'>Elena Vogt</span>"
        "<span>13.10.2023</span></span></a></li></ul>"
    )
    assert _page("", f"<p>Die Getränke kommen per Schiff.</p>{card}").authors is None
    byline = "<p class='author'><a href='/autor/jonas-feld'>Jonas Feld</a></p>"
    got = _page("", f"{byline}<p>Die Getränke kommen per Schiff.</p>{card}")
    assert got.authors is not None and got.authors.value == ("Jonas Feld",)


def test_forum_thread_first_post_author() -> None:
    posts = "".join(
        f"<article class='message message--post' data-author='{a}'><div>{t}</div></article>"
        for a, t in (("Katzenmama", "Mein Kater verliert Fell."), ("lov_99", "Bürsten hilft."))
    )
    got = _page("", f"<h1>Fell überall</h1>{posts}")
    assert got.authors is not None and got.authors.value == ("Katzenmama",)
    comment = "<article class='comment' data-author='Rex'><p>Nice.</p></article>"
    assert _page("", f"<p>The story.</p>{comment}").authors is None


def test_byline_element_and_menu_words() -> None:
    got = _page("", '<nav><a class="author-menu">Home</a></nav><p class="byline">By Sam Whitney</p><p>x</p>')
    assert got.authors is not None and got.authors.value == ("Sam Whitney",)


def _graph(author_ref: str, person: str) -> str:
    data = {
        "@graph": [
            {"@type": "Article", "headline": "H", "author": {"@id": author_ref}},
            {"@type": "Person", "@id": "https://example.org/#/schema/person/1", "name": person},
        ]
    }
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def test_jsonld_author_reference_resolved_when_the_name_is_shown() -> None:
    head = _graph("https://example.org/#/schema/person/1", "Mara Lindqvist")
    got = _page(head, "<article><p>Text von Mara Lindqvist über den Hafen.</p></article>")
    assert got.authors is not None and got.authors.value == ("Mara Lindqvist",)
    # the account behind the post, named nowhere on the page: not the byline
    assert _page(head, "<article><p>Ein Text über den Hafen.</p></article>").authors is None


def test_user_handle_only_from_an_author_link_and_after_full_names() -> None:
    body = '<p class="byline">by <a rel="author" href="/author/quillfox/">quillfox</a></p><p>x</p>'
    got = _page("", body)
    assert got.authors is not None and got.authors.value == ("quillfox",)
    assert _page("", '<p class="byline">by quillfox</p><p>x</p>').authors is None
    # a handle in the author meta gives way to the full name of the byline
    got = _page('<meta name="author" content="rhallett">', '<p class="byline">By Rosa Hallett</p><p>x</p>')
    assert got.authors is not None and got.authors.value == ("Rosa Hallett",)


@pytest.mark.parametrize(
    ("body", "people"),
    [
        (
            "<h1>Ein Tag am Hafen</h1><p>Von <a href='/p/jf'>Jonas Feld</a></p><p>Die Fähre legt an.</p>",
            ("Jonas Feld",),
        ),
        ("<div class='meta'>Posted on September 21, 2020 by Lea Marsh</div><p>We went north.</p>", ("Lea Marsh",)),
        ("<p><em>Von Roland Wirth und Sabine Kehl</em></p><p>Die Ernte beginnt.</p>", ("Roland Wirth", "Sabine Kehl")),
        ("<p class='x'>Autor: Theo Brandl, Redakteur</p><p>Der Markt.</p>", ("Theo Brandl",)),
        ("<p><i>von Jana Oberst</i></p><h2>Ruhe finden</h2><p>Wir atmen.</p>", ("Jana Oberst",)),
        (
            "<div>03.02.2020 <span>- Redaktion: Erik Fuhrmann (Pressesprecher)</span></div><p>Text.</p>",
            ("Erik Fuhrmann",),
        ),
        (
            "".join(f"<li>By {w}</li>" for w in ("date", "topic", "region", "author"))
            + "<p>Der Wagen fährt.</p><p><strong>Text:</strong> Karlheinz Menge</p><p>Fotos: Archiv</p>",
            ("Karlheinz Menge",),
        ),
        ("<p><em>---- by Kenji Soto</em></p><p>Micropolitics is a term.</p>", ("Kenji Soto",)),
        # a colon after the label word, or the label alone in its element
        ("<p><em>Written by: <a href='https://x.org/p/nb'>Nora Blum</a></em></p><p>Forests.</p>", ("Nora Blum",)),
        ("<div><b>Von:</b><br><br>Jonas Kerber</div><p>Der Wind.</p>", ("Jonas Kerber",)),
        (
            "<ul><li><strong>Datum</strong> 12.03.2021</li><li><strong>Autorin/Autor</strong> Mira Olsen</li></ul>"
            "<p>Die Front.</p>",
            ("Mira Olsen",),
        ),
        # one word after a label that only introduces the author, ending its element or before the date
        ("<div><span>Posted by Dmitri</span><span>21.10.2019</span></div><p>Integers.</p>", ("Dmitri",)),
        ("<div>Geschrieben von <a href='/u?id=6'>Hopper</a> am 25.08.2015</div><p>Tor!</p>", ("Hopper",)),
        ("<h2>Stars <span>06.11.2023 13:30 von Lina</span></h2><p>Der Streit.</p>", ("Lina",)),
        ("<div>Author: <a href='/profile?id=58'><b>Gl4dius</b></a> am 29.12.2010</div><p>News.</p>", ("Gl4dius",)),
        # menus: a bare "By", a label without colon, are not enough for one word
        ("<ul><li>By Method</li><li>By Product</li></ul><p>Mix the flour.</p>", ()),
        ("<ul><li>Autor</li><li>Über-Ich</li></ul><p>Ein Text.</p>", ()),
        # co-authors each in their own element
        (
            "<p>Von <a href='/a/rb'>Rolf Brand</a> und <a href='/a/sd'>Sina Dorn</a></p><p>Kakuma.</p>",
            ("Rolf Brand", "Sina Dorn"),
        ),
        (
            "<ul><li>Von: <span><a href='/p/br'>Bill Roy</a>, </span><span><a href='/p/ml'>Mia Lund</a></span></li>"
            "<li>Übersetzung: Agentur</li></ul><p>Der Ausbruch.</p>",
            ("Bill Roy", "Mia Lund"),
        ),
        ("<p>By <a href='/p/ar'>Ada Reyes</a> and <a href='/labs'>the team at Labs</a></p><p>x</p>", ("Ada Reyes",)),
        # a search form's "Von:" field, then its button; a profession before the name
        ("<form><label>Von:</label><span> </span><input><i> </i><b> </b><button>Suche</button></form><p>x</p>", ()),
        (
            "<p>Urteil.</p><div>Autor: <a href='/anwalt/'>Rechtsanwalt</a> Jo Brenner</div><p>Kommentar</p>",
            ("Jo Brenner",),
        ),
        # a date and a name alone in one element
        ("<h1>Variablen</h1><p class='meta'>11.12.2019 - Mira Olsen</p><p>Boxes.</p>", ("Mira Olsen",)),
        ("<p class='meta'>22.05.2014 - Gemeinde/ Stadt</p><p>Der Rat tagt.</p>", ()),
        ("<p class='meta'>17.11.2022 - Ayla- Grüne Forelle</p><p>Konzert.</p>", ()),
        ("<small>04.02.2022 | 13:10 Uhr | Uta Kerr</small><h1>Stellungnahme</h1><p>Warendorf.</p>", ("Uta Kerr",)),
        # the credits of a book the page reviews
        (
            "<p>Was lese ich diesen Monat?</p><ul><li>Titel: Die Nachtfalter</li><li>Seiten: 400</li>"
            "<li>Autorin: Alma Ardent</li><li>Verlag: Eigenverlag</li></ul>",
            (),
        ),
        # a label naming the kind of piece, opening its element
        (
            "<p>„Es gibt mehr Leser.“</p><p>Ein Interview von <a href='/a/er'>Emil Rother</a> mit "
            "<a href='/t/sb'>Sonja Balk</a>.</p><p>Die Autorin.</p>",
            ("Emil Rother",),
        ),
        ("<p>Das Interesse wächst. Dies zeigt eine Analyse von Forscherin Yana Berg.</p><p>Mehr</p>", ()),
        # a name alone in its element under the headline, the date in the next
        (
            "<h1>Hit at the panel</h1><p>They stood for pictures.</p><div><span>Mara-Lee Quint</span>"
            "<span>Dec 05, 2023</span><span>2 Shares</span></div><p>They were standing there.</p>",
            ("Mara-Lee Quint",),
        ),
        ("<h1>Events</h1><div><span>Local Politics</span><span>Dec 05, 2023</span></div><p>local politics</p>", ()),
        (
            "<h1>Wochenrückblick</h1><p>Kommentar</p><time>19. Oktober 2019</time><span>Bodo T. Keller</span>"
            "<p>1 Kommentar</p><p>Der Spieler rechnet ab.</p>",
            ("Bodo T. Keller",),
        ),
        ("<h1>Speaker</h1><span>November 6th, 2012</span><a>Pin It</a><p>Solid sound.</p>", ()),
        # another credit ends the writer's name
        ("<p><em>Text von Ana Roth &nbsp; Illustration von Tim Berg</em></p><p>Leipzig.</p>", ("Ana Roth",)),
        ("<p>Am 11.12.2019 - so sagt Mira Olsen - begann es.</p>", ()),
        # prose, not bylines
        ("<p>Von Berlin aus fuhr der Zug weiter nach Rostock.</p>", ()),
        ("<p>Das <b>Labor</b> von Zeta das Projekt in Arbeit.</p>", ()),
        ("<p>Spiel: <i>Nachtzug</i> von Max Tamm aus dem Jahr 2015</p>", ()),
        ("<p>Made with love by <a href='/'>Pixel Studio</a></p>", ()),
        ("<p>Von Montag bis Freitag geöffnet.</p>", ()),
        ("<p>Von Anna Roth Fotos Bilder Galerie Archiv Termine Kontakt</p>", ()),
        # a lower-case "von"/"by" after a number that is no date, or a name running on into prose
        ("<p>Im Jahre 1788 von Graf Anton Sedlak an den Müller Brandt verkauft.</p>", ()),
        ("<ul><li>(Rezension) Stadt 9 von Ilka Brenner</li></ul><p>Die Bücher.</p>", ()),
        ("<p>Seit dem Umsturz 2011 von Omar Saleh in die Armut geführt.</p>", ()),
        ("<p>Abgelöst wird der Vorsitz 2023 von Japan.</p><p>Die Gruppe.</p>", ()),
        ("<p>Beitrag vom 3.2.2021 von Lisa Marten für Radio Nord</p><p>Die Kirche.</p>", ()),
        ("<p>Das Wiki.</p><p>(zuletzt geändert 2019-11-10 13:28:18 by <a href='/u'>KarlWeiss</a>)</p>", ("KarlWeiss",)),
        ("<p>Das Blog.</p><p>(CC) 2006-2008 by Tom Kessler</p><p>Hosted by Webhaus</p>", ("Tom Kessler",)),
        # a list of recent comments: "<date> von <name> zu <post>"
        ("<p>Text.</p><ul><li>06.11.23 - 13:53 von Besorgte Mutter zu <a href='/p/1'>Die Wahl</a></li></ul>", ()),
        # a handle or a one-word name in its own element after a label alone in its element, a dateline near
        (
            "<h1>Wir sind dabei</h1><div><span>von</span> <a href='/u/7'>kleinfuchs</a></div>"
            "<time>21. September 2019</time><p>Der Aufruf.</p>",
            ("kleinfuchs",),
        ),
        (
            "<div><span>Von</span> <a href='/u/ir'>Ina.Rosetti</a> <span>am</span> <span>12. Mai 2020</span></div>"
            "<p>Die Haare.</p>",
            ("Ina.Rosetti",),
        ),
        ("<p>Gut.</p><div>Kommentar <span>von</span> <a href='/u/9'>georg77</a> 9. Mai 2013 um 11:53</div>", ()),
        (
            "<div><h1>Streamer of the Year</h1> by KimCosplay, <small><time>Dec 19th 2023</time></small></div>"
            "<p>The award.</p>",
            ("KimCosplay",),
        ),
        ("<div><span>von</span> <a href='/u/7'>kleinfuchs</a></div><p>Der Aufruf ohne Datum.</p>", ()),
    ],
)
def test_byline_written_in_the_text(body: str, people: tuple[str, ...]) -> None:
    got = _page("", body)
    assert (got.authors.value if got.authors else ()) == people


def _signed(paras: list[str], bold: dict[int, str]) -> Metadata:
    """A page of ``paras``, the ones indexed in ``bold`` wrapped in that tag, with its text."""
    body = "".join(f"<p><{bold[i]}>{p}</{bold[i]}></p>" if i in bold else f"<p>{p}</p>" for i, p in enumerate(paras))
    return md(f"<html><body>{body}</body></html>", text="\n\n".join(paras))


def test_name_alone_in_bold_above_or_below_the_article() -> None:
    prose = [f"Paragraph {i} of the report on the quarry and the village of Ha Tsolo." for i in range(5)]
    got = _signed(["Lerato Moshoeshoe/Thabo Ramone", *prose], {0: "strong"})
    assert got.authors is not None and got.authors.value == ("Lerato Moshoeshoe", "Thabo Ramone")
    got = _signed([*prose, "Kai Brenner"], {5: "b"})
    assert got.authors is not None and got.authors.value == ("Kai Brenner",)
    # a bold label, a product the text names again, a name in the middle: no author
    assert _signed(["Im Einzelnen:", *prose], {0: "strong"}).authors is None
    named = ["The Alp Lite Harness weighs 90 grams.", "Alp Lite Harness", *prose]
    assert _signed(named, {1: "strong"}).authors is None
    assert _signed([*prose[:3], "Kai Brenner", *prose[3:]], {3: "b"}).authors is None
    assert _signed(["Kai Brenner", *prose], {}).authors is None  # not set apart
    faq = [*prose, "Readers ask these questions most often.", "Frequently Asked Questions"]
    assert _signed(faq, {6: "strong"}).authors is None  # a heading made of the text's words


def test_author_meta_that_no_line_of_the_page_shows_is_a_cms_account() -> None:
    head = "<meta name='author' content='Rita Feldmann'>"
    body = "<h1>Heliumkerne im Zinn</h1>" + "<p>Forscher haben im Labor neue Kerne gemessen.</p>" * 25
    assert md(f"<html><head>{head}</head><body>{body}</body></html>").authors is None
    # shown, even in capitals or by the surname alone, or in the address of a personal site
    for page, url in (
        (body + "<p class='sig'>RITA FELDMANN</p>", "https://example.org/a"),
        (body + "<p>Ein Beitrag von Feldmann.</p>", "https://example.org/a"),
        (body, "https://www.feldmann-physik.de/zinn.htm"),
    ):
        got = md(f"<html><head>{head}</head><body>{page}</body></html>", url=url)
        assert got.authors is not None and got.authors.value == ("Rita Feldmann",)
    # a name in a script without case may be printed otherwise
    got = md(
        f"<html><head><meta name='author' content='신현주'></head><body>{'<p>기사 본문입니다.</p>' * 90}</body></html>"
    )
    assert got.authors is not None and got.authors.value == ("신현주",)


def test_authors_of_cited_works_and_of_post_cards_are_not_the_articles() -> None:
    refs = "".join(
        f"<li itemprop='citation' itemscope itemtype='http://schema.org/ScholarlyArticle'>"
        f"<meta itemprop='author' content='{a}'><p>{a}. A study. 1999.</p></li>"
        for a in ("KL. Moser, TR. Wend, ", "P. Olafsen, ")
    )
    page = (
        "<head><meta name='citation_author' content='Rana J. Haddad'></head><body><h1>A syndrome</h1>"
        f"<p>Rana J. Haddad</p><p>Text.</p><ol>{refs}</ol></body>"
    )
    got = md(f"<html>{page}</html>")
    assert got.authors is not None and got.authors.value == ("Rana J. Haddad",)
    card = (
        "<article itemscope itemtype='http://schema.org/BlogPosting'><h2 itemprop='headline'>{t}</h2>"
        "<span itemprop='author'>by <a href='/authors/{h}/'>{a}</a></span></article>"
    )
    page = card.format(t="What is Rust", h="jg", a="Jon Gould") + "".join(
        card.format(t=t, h=a.split()[0], a=a) for t, a in (("Other post", "Bea Pope"), ("Third", "Max Pell"))
    )
    got = md(f"<html><body>{page}</body></html>")
    assert got.authors is not None and got.authors.value == ("Jon Gould",)


def test_handle_of_first_and_last_name_written_as_the_page_shows_it() -> None:
    head = "<meta property='article:author' content='nora.lindqvist.4471'>"
    body = "<h1>Lifting</h1><p>Ida Berg as told to Nora Lindqvist</p><p>I lift every day.</p>"
    got = md(f"<html><head>{head}</head><body>{body}</body></html>")
    assert got.authors is not None and got.authors.value == ("Nora Lindqvist",)
    ld = {"@type": "NewsArticle", "headline": "H", "author": {"@type": "Person", "name": "jan.wolters"}}
    body = f"<script type='application/ld+json'>{json.dumps(ld)}</script><p>Ein Kommentar von Jan K. Wolters.</p>"
    got = md(f"<html><body>{body}</body></html>")
    assert got.authors is not None and got.authors.value == ("Jan K. Wolters",)
    body = body.replace("Jan K. Wolters", "jan wolters")  # not written as a name: the handle stays
    got = md(f"<html><body>{body}</body></html>")
    assert got.authors is not None and got.authors.value == ("jan.wolters",)


def test_first_name_opening_a_personal_sites_name_is_its_owner() -> None:
    page = "<html><head><meta name='author' content='{}'></head><body><h1>Laufen</h1><p>Im Winter.</p></body></html>"
    got = md(page.format("Heiko"), url="https://www.heiko-brandt.de/laufen/")
    assert got.authors is not None and got.authors.value == ("Heiko",)
    got = md(page.format("Kicker"), url="https://www.kicker.de/laufen/")  # the site's own name
    assert got.authors is None and got.organizations is not None
    got = md(page.format("Jobs &amp; Hire"), url="https://www.jobsnhire.com/a/1")  # a part of the name
    assert got.authors is None


def test_byline_opening_the_description_when_the_page_shows_none() -> None:
    desc = "Posted by Ann Lee, Bo Park and Cy Diaz - Browser Security team   Over the past years we saw more."
    page = f"<html><head><meta property='og:description' content='{desc}'></head><body><p>Over.</p></body></html>"
    got = md(page)
    assert got.authors is not None and got.authors.value == ("Ann Lee", "Bo Park", "Cy Diaz")
    page = page.replace("Posted by", "Made by")
    assert md(page).authors is None


def test_organisation_holding_the_authors_name_is_the_byline_not_an_organisation() -> None:
    ld = {
        "@type": "NewsArticle",
        "headline": "H",
        "author": [
            {"@type": "Person", "name": "Ada Aron"},
            {"@type": "Organization", "name": "Ada Aron PhillyNews Staff"},
            {"@type": "Organization", "name": "PhillyNews Staff"},
        ],
    }
    got = _page(f'<script type="application/ld+json">{json.dumps(ld)}</script>')
    assert got.authors is not None and got.authors.value == ("Ada Aron",)
    assert got.organizations is not None and got.organizations.value == ("PhillyNews Staff",)


def test_reviewers_of_a_shop_page_are_not_its_authors() -> None:
    review = (
        "<div itemprop='review' itemscope itemtype='https://schema.org/Review'>"
        "<span itemprop='author'>{}</span><p itemprop='reviewBody'>Gut verarbeitet.</p></div>"
    )
    page = "<h1>Kleintierstall Auslauf</h1><p>Aus Holz.</p>" + review.format("Jens K.") + review.format("Herbert")
    assert md(f"<html><body>{page}</body></html>").authors is None
    # one Review item is the page itself (a game review): its author is the writer
    page = review.replace("Gut verarbeitet.", "Das Spiel überzeugt.").format("Lars Brenner")
    got = md(f"<html><body><h1>Test: Sternenflug</h1>{page}</body></html>")
    assert got.authors is not None and got.authors.value == ("Lars Brenner",)


def test_jsonld_first_author_completed_by_the_author_links() -> None:
    data = {"@type": "NewsArticle", "headline": "H", "author": {"@type": "Person", "name": "Chris Okoro"}}
    head = f'<script type="application/ld+json">{json.dumps(data)}</script>'
    links = "".join(f"<a rel='author' href='/profile/{n[:2]}/'>{n}</a> " for n in ("Chris Okoro", "Tam Lowe"))
    got = _page(head, f"<p class='meta'>By {links}</p><p>The trailer.</p>")
    assert got.authors is not None and got.authors.value == ("Chris Okoro", "Tam Lowe")
    # links that do not name the author found are another story's
    other = "<a rel='author' href='/profile/ja/'>Jay Anand</a>"
    got = _page(head, f"<p>The trailer.</p><p>{other}</p>")
    assert got.authors is not None and got.authors.value == ("Chris Okoro",)


def test_contributors_credited_apart_are_not_authors() -> None:
    data = {
        "@type": "NewsArticle",
        "headline": "H",
        "author": [{"@type": "Person", "name": n} for n in ("Ines Vogt", "Piet Aalders", "Mona Reyes", "Tim Ode")],
    }
    head = f'<script type="application/ld+json">{json.dumps(data)}</script>'
    body = (
        "<p>By Ines Vogt and Tim Ode</p><p>Contributions from Piet Aalders</p>"
        "<p>Photography by Mona Reyes</p><p>The harbour opened at dawn.</p>"
    )
    got = _page(head, body)
    assert got.authors is not None and got.authors.value == ("Ines Vogt", "Tim Ode")
    # a photo credit names the person just after it; a byline box after another photo's
    # credit is not credited
    data["author"] = [{"@type": "Person", "name": n} for n in ("Ines Vogt", "Tim Ode")]
    head = f'<script type="application/ld+json">{json.dumps(data)}</script>'
    body = "<p>KNIFE: the blade. Foto: Metro Police</p><p>Vis mer</p><address>Tim Ode</address><p>Ines Vogt</p>"
    got = _page(head, body)
    assert got.authors is not None and got.authors.value == ("Ines Vogt", "Tim Ode")
    got = _page(head, "<p>By Ines Vogt</p><p>Foto: Tim Ode</p><p>The harbour.</p>")
    assert got.authors is not None and got.authors.value == ("Ines Vogt",)


def test_written_by_label_and_author_link() -> None:
    head = '<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Ruth Calder">'
    got = _page(head, "<p>Ruth Calder</p><p>The tide came in.</p>")
    assert got.authors is not None and got.authors.value == ("Ruth Calder",)
    assert _page(head, "<p>The tide came in.</p>").authors is None  # the CMS account, shown nowhere
    body = '<p><a href="/author/okwu/">Amaka Okwu</a></p><p>The tide came in.</p>'
    got = _page("", body)
    assert got.authors is not None and got.authors.value == ("Amaka Okwu",)
    assert _page("", '<p><a href="/autoren/">Autoren</a></p><p>x</p>').authors is None


def test_author_field_keeps_a_lower_case_surname() -> None:
    got = _page('<meta name="author" content="Mobin karimi">')
    assert got.authors is not None and got.authors.value == ("Mobin karimi",)
    assert _page("", "<p class='byline'>By Mobin karimi and the team</p><p>x</p>").authors is None


def test_dublin_core_creator_last_first() -> None:
    got = _page('<meta name="dc.creator" content="Okafor, Ada"><meta name="dc.creator" content="Brandt, Lena">')
    assert got.authors is not None and got.authors.value == ("Ada Okafor", "Lena Brandt")


def test_site_name_as_author_is_an_organisation() -> None:
    got = _page('<meta name="author" content="Example News"><meta property="og:site_name" content="Example News">')
    assert got.authors is None
    assert got.organizations is not None and got.organizations.value == ("Example News",)


def test_personal_site_owner_is_a_person() -> None:
    got = _page('<meta name="author" content="Tom Reed"><meta property="og:site_name" content="Tom Reed\'s Blog">')
    assert got.authors is not None and got.authors.value == ("Tom Reed",)
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": ["Person", "Organization"], "@id": "https://ana.example/#p", "name": "Ana Lind"},
            {"@type": "WebSite", "name": "ana.example", "publisher": {"@id": "https://ana.example/#p"}},
        ],
    }
    site = '<meta property="og:site_name" content="Ana Lind">'
    head = f'{site}<script type="application/ld+json">{json.dumps(graph)}</script>'
    body = "<p class='meta'>By <a href='/author/ana/'>Ana Lind</a></p><p>The ring road.</p>"
    got = _page(head, body, url="https://ana.example/ring-road")
    assert got.authors is not None and got.authors.value == ("Ana Lind",)
    # the same byline on a site that says nothing of its owner stays the newsroom
    assert _page(site, body, url="https://ana.example/ring-road").authors is None


# --- language ---------------------------------------------------------------------------------

SAMPLES = {
    "en": "The government said on Monday that it would raise taxes for the first time in ten years, "
    "and the opposition has already announced that they will vote against the plan.",
    "fr": "Le gouvernement a annoncé lundi qu'il allait augmenter les impôts pour la première fois depuis "
    "dix ans, et l'opposition a déjà fait savoir qu'elle voterait contre ce plan.",
    "de": "Die Regierung hat am Montag angekündigt, dass sie die Steuern zum ersten Mal seit zehn Jahren "
    "erhöhen wird, und die Opposition will gegen den Plan stimmen.",
    "es": "El gobierno anunció el lunes que subirá los impuestos por primera vez en diez años, y la "
    "oposición ya ha dicho que votará en contra del plan.",
    "it": "Il governo ha annunciato lunedì che aumenterà le tasse per la prima volta in dieci anni, e "
    "l'opposizione ha già detto che voterà contro il piano.",
    "pt": "O governo anunciou na segunda-feira que vai aumentar os impostos pela primeira vez em dez anos, "
    "e a oposição já disse que vai votar contra o plano.",
    "nl": "De regering heeft maandag aangekondigd dat zij de belastingen voor het eerst in tien jaar zal "
    "verhogen, en de oppositie heeft al gezegd dat ze tegen het plan zal stemmen.",
    "pl": "Rząd ogłosił w poniedziałek, że po raz pierwszy od dziesięciu lat podniesie podatki, a "
    "opozycja już zapowiedziała, że będzie głosować przeciwko temu planowi, który jest zły.",
    "cs": "Vláda v pondělí oznámila, že poprvé po deseti letech zvýší daně, a opozice už řekla, že bude "
    "hlasovat proti plánu, který podle ní není dobrý a je také drahý.",
    "sv": "Regeringen meddelade på måndagen att den för första gången på tio år kommer att höja skatterna, "
    "och oppositionen har redan sagt att de kommer att rösta mot planen.",
    "da": "Regeringen meddelte mandag, at den for første gang i ti år vil hæve skatterne, og oppositionen "
    "har allerede sagt, at den vil stemme imod planen, efter at den blev fremlagt.",
    "no": "Regjeringen kunngjorde mandag at den for første gang på ti år vil øke skattene, og opposisjonen "
    "har allerede sagt at den vil stemme mot planen, etter at den ble lagt fram.",
    "fi": "Hallitus ilmoitti maanantaina, että se nostaa veroja ensimmäistä kertaa kymmeneen vuoteen, ja "
    "oppositio on jo kertonut, että se äänestää suunnitelmaa vastaan, koska se ei ole hyvä.",
    "hu": "A kormány hétfőn bejelentette, hogy tíz év után először emeli az adókat, és az ellenzék már "
    "jelezte, hogy nem támogatja a tervet, mert az szerint nem jó.",
    "ro": "Guvernul a anunțat luni că va crește taxele pentru prima dată în zece ani, iar opoziția a spus "
    "deja că va vota împotriva planului, care nu este bun pentru ei.",
    "tr": "Hükümet pazartesi günü vergileri on yıl sonra ilk kez artıracağını açıkladı ve muhalefet bu "
    "plana karşı oy vereceğini söyledi, çünkü bu plan çok daha kötü olarak görülüyor.",
    "ru": "Правительство в понедельник объявило, что впервые за десять лет повысит налоги, и оппозиция уже "
    "заявила, что будет голосовать против этого плана.",
    "uk": "Уряд у понеділок оголосив, що вперше за десять років підвищить податки, і опозиція вже заявила, "
    "що голосуватиме проти цього плану, який їй не подобається.",
    "el": "Η κυβέρνηση ανακοίνωσε τη Δευτέρα ότι θα αυξήσει τους φόρους για πρώτη φορά μετά από δέκα χρόνια.",
    "zh": "政府周一宣布，将在十年来首次提高税收，反对派已经表示将投票反对这项计划。",
    "ja": "政府は月曜日、十年ぶりに税金を引き上げると発表し、野党はすでにこの計画に反対すると表明した。",
    "ko": "정부는 월요일 10년 만에 처음으로 세금을 인상하겠다고 발표했으며 야당은 이미 반대 투표를 하겠다고 밝혔다.",
    "ar": "أعلنت الحكومة يوم الاثنين أنها سترفع الضرائب لأول مرة منذ عشر سنوات، وقالت المعارضة إنها ستصوت ضد الخطة.",
}


@pytest.mark.parametrize("lang", sorted(SAMPLES))
def test_identify_language(lang: str) -> None:
    got = identify_language(SAMPLES[lang])
    assert got is not None
    assert got.language == lang


def test_language_markup_contradicted_by_text() -> None:
    html = f'<html lang="en"><head></head><body><p>{SAMPLES["de"]} {SAMPLES["de"]}</p></body></html>'
    got = md(html, text=f"{SAMPLES['de']} {SAMPLES['de']}")
    assert got.language is not None and got.language.value == "de"
    assert got.language.source == "text:langid"


def test_language_markup_contradicted_by_a_language_with_few_function_words() -> None:
    zulu = (
        "Uhulumeni uthe abantu bazothola usizo masinyane futhi kodwa kuzodingeka ukuthi balinde kakhulu "
        "ngoba lapho kukhona izinkinga ezinkulu, kusho umkhulumeli wathi abantu abaningi bakhathazekile "
        "kanye nomndeni wakhe ngesikhathi sokuhlangana emphakathini wonke uma kunesidingo."
    )
    got = md(f'<html lang="en"><body><p>{zulu}</p></body></html>', text=zulu)
    assert got.language is not None and got.language.value == "zu"


def test_language_markup_kept_for_lorem_ipsum() -> None:
    lorem = "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut " * 3
    got = md(f'<html lang="en"><body><p>{lorem}</p></body></html>', text=lorem)
    assert got.language is not None and got.language.value == "en"


def test_language_markup_kept_when_text_agrees_or_is_short() -> None:
    got = md(f'<html lang="fr-FR"><body><p>{SAMPLES["fr"]}</p></body></html>', text=SAMPLES["fr"])
    assert got.language is not None and got.language.value == "fr" and got.language.source == "meta:html-lang"
    short = md('<html lang="nb"><body><p>Hei</p></body></html>', text="Hei")
    assert short.language is not None and short.language.value == "no"


# --- images, related, source ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("caption", "text", "credit"),
    [
        ("Un homme devant la mairie. Photo : AFP", "Un homme devant la mairie.", "AFP"),
        ("Die Kanzlerin in Berlin. Foto: dpa", "Die Kanzlerin in Berlin.", "dpa"),
        ("The minister speaks (Getty Images)", "The minister speaks", "Getty Images"),
        ("Le port de Marseille © Jean Dupont", "Le port de Marseille", "Jean Dupont"),
        ("A quiet street at night", "A quiet street at night", None),
        ("The newsroom at night. Photo by Luis Ferreira.", "The newsroom at night.", "Luis Ferreira."),
        # a source in parentheses after the last sentence; not a lower-case aside, nor a year
        (
            "The islands have been listed for sale. (Harbour Real Estate)",
            "The islands have been listed for sale.",
            "Harbour Real Estate",
        ),
        ("The minister at the summit. (AAP)", "The minister at the summit.", "AAP"),
        (
            "The mayor, centre, with the team. (left to right)",
            "The mayor, centre, with the team. (left to right)",
            None,
        ),
        ("The old mill before the fire. (2019)", "The old mill before the fire. (2019)", None),
        ("The lobby has been redesigned. Supplied", "The lobby has been redesigned.", "Supplied"),
        ("Fresh water is supplied", "Fresh water is supplied", None),
        ("Wisuda Magister Manajemen ke-XV(Dok.IGI )", "Wisuda Magister Manajemen ke-XV", "Dok.IGI"),
        (
            "Police at the first raid last Monday / Lorenzo Marina",
            "Police at the first raid last Monday",
            "Lorenzo Marina",
        ),
        ("Trains between Berlin / Brandenburg", "Trains between Berlin / Brandenburg", None),
        (
            "警視庁を出る容疑者＝13日、東京・霞ケ関で（山田太郎撮影）",
            "警視庁を出る容疑者＝13日、東京・霞ケ関で",
            "山田太郎",
        ),
        ("国会前で警備に当たる警察官ら＝ＡＰ", "国会前で警備に当たる警察官ら", "ＡＰ"),
        ("日本代表の（左から）西田、石川（Ｃ）共同通信社", "日本代表の（左から）西田、石川", "共同通信社"),
        ("気象庁で開かれた評価検討会＝１３日午後", "気象庁で開かれた評価検討会＝１３日午後", None),
        ("행사에서 연설 중인 부통령. 사진=한국미디어", "행사에서 연설 중인 부통령.", "한국미디어"),
        ("중국 반도체 [사진 출처 = 연합뉴스]", "중국 반도체 [사진 출처 = 연합뉴스]", None),
        ("세션에서 발언하고 있는 상원의원. <김민수 기자>", "세션에서 발언하고 있는 상원의원.", "김민수"),
        ("The mayor of Paris (Anne Hidalgo)", "The mayor of Paris (Anne Hidalgo)", None),
    ],
)
def test_split_credit(caption: str, text: str, credit: str | None) -> None:
    assert split_credit(caption) == (text, credit)


def test_figure_caption_and_credit_element() -> None:
    body = '<figure><img src="/a.jpg" alt="A"><figcaption>Le port <span class="credit">AFP</span></figcaption></figure>'
    got = _page('<meta property="og:image" content="https://example.org/a.jpg">', body)
    assert len(got.images) == 1
    assert got.images[0].caption == "Le port"
    assert got.images[0].credit == "AFP"
    assert got.images[0].lead


def test_credit_without_the_agencys_dated_copyright_notice() -> None:
    # The agency's notice after the photographer ("/Copyright 2026 The AP. All rights
    # reserved.") is boilerplate; a credit naming the agency after its photographer stays whole.
    body = (
        "<figure><img src='/a.jpg'><figcaption><span class='captionText'>The council meets on Monday</span>"
        "<span class='captionCredit'>Jane Roe/Copyright 2026 The AP. All rights reserved.</span></figcaption></figure>"
        "<figure><img src='/b.jpg'><figcaption><span class='captionText'>Police close the bar on Saturday</span>"
        "<span class='captionCredit'>John Doe/AP</span></figcaption></figure>"
    )
    got = _page("", body)
    assert [i.credit for i in got.images] == ["Jane Roe", "John Doe/AP"]


def test_figure_lightbox_caption_with_a_picture_author_element() -> None:
    # A slideshow's figure: the lightbox link holds the caption content, the picture's author
    # ("bildautor") first, then the caption.
    body = (
        "<figure class='articleImageFigure'><a class='open-lightbox' href='/big/mourning.webp'>"
        "<div class='pswp-caption-content'><div class='bildautor'>Bild: SN/APA/Jane Roe</div>"
        "<div>Day of national mourning for the victims on Friday</div></div></a>"
        "<picture><img src='/media/mourning.jpg' alt='Day of national mourning'></picture></figure>"
    )
    got = _page("", body)
    assert [(i.caption, i.credit) for i in got.images] == [
        ("Day of national mourning for the victims on Friday", "SN/APA/Jane Roe")
    ]


def test_credit_named_by_the_image_title_after_a_label() -> None:
    # A broadcaster's media box: the caption in an "infotext" paragraph, the credit only in the
    # image's title after a label; a title without a label names no credit.
    body = (
        "<div class='media mediaA'><picture><img src='/a.jpg' alt='Firefighters in protective suits' "
        "title='Firefighters in protective suits. | Bildquelle: WDR/Jane Roe'></picture>"
        "<div class='mediaInfo'><p class='infotext'>Heavy gear and heavy equipment</p></div></div>"
        "<div class='media mediaA'><picture><img src='/b.jpg' alt='A fire engine' title='A fire engine | WDR'>"
        "</picture><div class='mediaInfo'><p class='infotext'>The new engine at the station</p></div></div>"
    )
    got = _page("", body)
    assert [(i.caption, i.credit) for i in got.images] == [
        ("Heavy gear and heavy equipment", "WDR/Jane Roe"),
        ("The new engine at the station", None),
    ]


def test_figure_credit_marked_by_schema_property() -> None:
    # Two figcaptions, the second marked as the photo's author by its schema.org property only.
    body = (
        "<figure><picture><img src='/a.jpg' alt=''></picture><div class='caption'>"
        "<figcaption itemprop='caption'>The premier has noted the poll's results.</figcaption>"
        "<figcaption itemprop='author'>Jane Roe/Ritzau Scanpix</figcaption></div></figure>"
    )
    got = _page("", body)
    assert [(i.caption, i.credit) for i in got.images] == [
        ("The premier has noted the poll's results.", "Jane Roe/Ritzau Scanpix")
    ]


def test_figure_hidden_duplicate_caption_and_credit_field() -> None:
    body = (
        '<figure class="caption"><div><div class="field__label">Image</div><img src="/v.jpg" alt="Les vignes.">'
        '<div class="field--name-field-legende" style="display:none">Les vignes.</div>'
        '<div class="field--name-field-credit">Photo\u00a0: Julien Marty</div></div>'
        "<figcaption>Les vignes.</figcaption></figure>"
    )
    got = _page("", body)
    assert [(i.caption, i.credit) for i in got.images] == [("Les vignes.", "Julien Marty")]


def test_div_built_image_boxes_give_caption_and_credit() -> None:
    # No <figure>: a lazy image (placeholder src, real URL in data-src) with a caption-classed
    # block beside it whose credit span carries a BEM name holding "caption" too.
    body = (
        '<div class="article-body"><p>Le conseil municipal a voté le budget hier soir, après trois heures de débat.</p>'
        '<div class="image-box"><div class="ratio"><img src="data:image/gif;base64,R0lG" data-src="/p/salle.jpg"></div>'
        '<div class="image-caption"><span class="figcaption__caption">La salle du conseil, mardi soir.</span>'
        '<span class="figcaption__credit">Photo : Marie Léger</span></div></div>'
        "<p>La majorité a défendu un budget de rigueur.</p></div>"
    )
    got = _page("", body)
    assert [(i.src, i.caption, i.credit, i.source) for i in got.images] == [
        ("https://example.org/p/salle.jpg", "La salle du conseil, mardi soir.", "Marie Léger", "dom:caption-box")
    ]


def test_caption_beside_its_figure_and_image_text_class() -> None:
    # AMP: the figure holds only the amp-img, its figcaption follows it; and a media box whose
    # text block is named "mediaSubtitle" with a "mediaRights" credit.
    body = (
        '<div class="image-container"><figure class="image--embedded"><amp-img src="/ivy.jpg" width="615"></amp-img>'
        '</figure><figcaption><span class="caption">Ivy is easy to grow</span>'
        '<span class="credit">(Image: Getty Images)</span></figcaption></div>'
        '<div class="media"><div class="pic"><img src="/schlachthof.jpg" alt=""></div><div class="mediaInfo">'
        '<span class="mediaSubtitle">Pro Stunde werden dort 45 Schweine geschlachtet.</span>'
        '<span class="mediaRights">Bildrechte: MDR/Anna Weber</span></div></div>'
    )
    got = _page("", body)
    assert [(i.src.rsplit("/", 1)[1], i.caption, i.credit) for i in got.images] == [
        ("ivy.jpg", "Ivy is easy to grow", "Getty Images"),
        ("schlachthof.jpg", "Pro Stunde werden dort 45 Schweine geschlachtet.", "MDR/Anna Weber"),
    ]


def test_credit_in_parts_and_in_closing_parentheses() -> None:
    body = (
        '<figure><img src="/kashmir.jpg"><figcaption class="image-caption"><span class="caption">A damaged house '
        'in the district after the strikes.</span> <span class="credit">Photo by Amir Khan</span> /'
        '<span class="distributor">AFP via Getty Images</span></figcaption></figure>'
        '<figure><img src="/rally.jpg"><figcaption>The leader speaks during a rally in October 2011. '
        "(Lena Diaz/Associated Press)</figcaption></figure>"
    )
    got = _page("", body)
    assert [(i.caption, i.credit) for i in got.images] == [
        ("A damaged house in the district after the strikes.", "Amir Khan, AFP via Getty Images"),
        ("The leader speaks during a rally in October 2011.", "Lena Diaz/Associated Press"),
    ]


def test_caption_of_lazy_carousel_slide_and_caption_wrapper() -> None:
    # a carousel slide: the image's URL only in a lazy loader's attribute (src is an SVG
    # placeholder), its caption in a "description" span of the slide; and a caption-classed
    # paragraph wrapping the image and its caption text.
    body = (
        '<div class="Carousel"><div class="CarouselSlide"><div class="CarouselSlide-media"><picture>'
        '<source data-flickity-lazyload-srcset="/dims/harbour-1440.webp 1x">'
        '<img alt="Image" src="data:image/svg+xml;base64,AAAA" data-flickity-lazyload="/dims/harbour-599.jpg">'
        '</picture></div><div class="CarouselSlide-info"><div class="CarouselSlide-info-content">'
        '<span class="CarouselSlide-infoDescription"><p>Fishing boats return to the harbour at dawn, Tuesday, '
        "May 6, 2025. (AP Photo/Jane Roe)</p></span></div></div></div></div>"
        '<p class="caption"><span class="imagecontainer"><picture><img src="" data-src="/phones.jpg" alt="x">'
        '</picture></span><span class="bu">Neue Falt-Handys werden erwartet.</span></p>'
    )
    got = _page("", body)
    assert [(i.src.rsplit("/", 1)[1], i.caption, i.credit) for i in got.images] == [
        ("harbour-599.jpg", "Fishing boats return to the harbour at dawn, Tuesday, May 6, 2025.", "AP Photo/Jane Roe"),
        ("phones.jpg", "Neue Falt-Handys werden erwartet.", None),
    ]


def test_image_box_with_plain_caption_and_script_inside() -> None:
    # an "imgbox" holding the image, its caption as a heading and a "Photo: AFP" line; an
    # image box whose JSON-LD script does not count as text beside the caption.
    body = (
        '<p>Text before.</p><div class="imgboxa"><div data-fancybox><img src="/drill.jpg"></div>'
        "<h1>Marines take part in the opening ceremony of the joint exercises, yesterday.</h1>"
        "<p>Photo: AFP</p></div>"
        '<div class="image"><img src="/lego.jpg"><script type="application/ld+json">{"@type": "ImageObject", '
        + '"contentUrl": "https://example.org/lego-large.jpg", "description": "'
        + "x" * 300
        + '"}</script><div class="caption"><span class="source">Lego</span>'
        '<span class="caption">Lego feiert den Star-Wars-Tag.</span></div></div>'
        # a teaser card: an image box whose text is a link is not a caption
        '<div class="image-box"><img src="/teaser.jpg"><p><a href="/other">Another story</a></p></div>'
    )
    got = _page("", body)
    assert [(i.src.rsplit("/", 1)[1], i.caption, i.credit) for i in got.images] == [
        ("lego.jpg", "Lego feiert den Star-Wars-Tag.", "Lego"),
        ("drill.jpg", "Marines take part in the opening ceremony of the joint exercises, yesterday.", "AFP"),
    ]


def test_unnamed_image_box_of_image_caption_and_credit() -> None:
    # generated class names (styled components): a picture in a wrapper, a caption element and
    # a short credit element; a logo and the slogan beside it in the same shape is no captioned
    # photo, nor an image and a text beside an empty element (a clearfix).
    body = (
        "<p>Text before the interview.</p>"
        '<div class="sc-k1 a"><div class="sc-k2"><picture><source srcset="/blair-320.jpg 320w">'
        '<img src="/blair-960.jpg" class="sc-k3"></picture></div><div class="sc-k4 b">The former prime minister '
        'in his office</div><div class="sc-k5 c">Evening Daily</div></div>'
        '<div class="sc-k1 a"><div class="sc-k2"><picture><img src="/talk.jpg"></picture></div>'
        '<div class="sc-k4 b">The author (left) during the interview</div><div class="sc-k5 c">Max Roe</div></div>'
        '<div><img src="/avatar.jpg"><p>Jane writes about cities and their transport.</p>'
        '<div class="clear"></div></div>'
        '<footer><div class="flex"><div><img src="/logo-footer.svg" alt="Logo"></div>'
        "<p>We print what they hide.</p><p>Since 1947</p></div></footer>"
    )
    got = _page("", body)
    assert [(i.src.rsplit("/", 1)[1], i.caption, i.credit, i.source) for i in got.images] == [
        ("blair-960.jpg", "The former prime minister in his office", "Evening Daily", "dom:image-box"),
        ("talk.jpg", "The author (left) during the interview", "Max Roe", "dom:image-box"),
    ]


def test_figure_drawn_by_an_image_web_component() -> None:
    # A storefront template draws its lead photo with a custom element carrying src and alt,
    # no <img> in the figure; a custom element that is no image (a share bar) gives nothing.
    body = (
        "<figure class='featured-image'><shop-image src='/media/harbour.jpg' alt='The harbour at dawn'>"
        "</shop-image><figcaption><span class='caption'>The harbour at dawn, before the ferries leave.</span>"
        "</figcaption></figure>"
        "<figure><share-bar src='/share.js'></share-bar><figcaption>Share this story with friends</figcaption>"
        "</figure>"
    )
    got = _page("", body)
    assert [(i.src.rsplit("/", 1)[1], i.caption, i.alt) for i in got.images] == [
        ("harbour.jpg", "The harbour at dawn, before the ferries leave.", "The harbour at dawn")
    ]


def test_caption_and_credit_written_on_the_image_for_a_lightbox() -> None:
    # A lightbox template writes the caption and the credit on the <img> (data-caption,
    # data-source) and prints them in unnamed paragraphs below.
    body = (
        "<div class='w-full'><img src='/media/prayer.jpg' alt='The imam at the evening prayer' "
        "data-caption='The imam at the evening prayer in the old church hall' data-source='Jane Roe/Agency'>"
        "</div><div class='flex'><p class='text-sm'>The imam at the evening prayer in the old church hall</p>"
        "<p class='text-xs'>© Jane Roe/Agency</p></div>"
    )
    got = _page("", body)
    assert [(i.src.rsplit("/", 1)[1], i.caption, i.credit) for i in got.images] == [
        ("prayer.jpg", "The imam at the evening prayer in the old church hall", "Jane Roe/Agency")
    ]


def test_captcha_pictures_and_drawings_are_not_captioned_images() -> None:
    # A newsletter form's captcha: a legend naming the picture to click, pictograms in labels;
    # a figure holding an .svg drawing with a caption-classed line; then a real photo.
    body = (
        "<form class='newsletter'><div class='block-captcha'><p class='block-captcha__legend'>Security check, "
        "click on: the cup</p><span><label for='c1'><img src='/pictos/1.png' alt='Captcha the boot'></label>"
        "</span></div></form>"
        "<figure><img src='/icons/chart.svg'><figcaption>Icon of a chart for the data section</figcaption></figure>"
        "<figure><img src='/media/quay.jpg'><figcaption>Dockers unload the first ship at the new quay</figcaption>"
        "</figure>"
    )
    got = _page("", body)
    assert [(i.src.rsplit("/", 1)[1], i.caption) for i in got.images] == [
        ("quay.jpg", "Dockers unload the first ship at the new quay")
    ]


def test_author_box_and_date_are_not_captions() -> None:
    body = (
        '<figure><img src="/anna.jpg"><figcaption>Von Anna Roth Redakteurin Lokales</figcaption></figure>'
        '<figure><img src="/stamp.jpg"><figcaption>15.05.2023</figcaption></figure>'
        '<figure><img src="/river.jpg"><figcaption>By Thursday the river had risen by two metres.</figcaption></figure>'
        '<figure><img src="/marie.jpg"><figcaption>Von Marie de Groot</figcaption></figure>'
    )
    got = _page("", body)
    assert [(i.src.rsplit("/", 1)[1], i.caption) for i in got.images] == [
        ("anna.jpg", None),
        ("stamp.jpg", None),
        ("river.jpg", "By Thursday the river had risen by two metres."),
        ("marie.jpg", None),
    ]


def test_captioned_figure_kept_after_many_teaser_figures() -> None:
    teasers = "".join(f'<figure><img src="/teaser{i}.jpg"></figure>' for i in range(30))
    body = teasers + '<figure><img src="/judy.jpg"><figcaption>Die Galerie in den 80er Jahren.</figcaption></figure>'
    got = _page("", body)
    assert len(got.images) == 20
    assert [(i.src.rsplit("/", 1)[1], i.caption) for i in got.images if i.caption] == [
        ("judy.jpg", "Die Galerie in den 80er Jahren.")
    ]


def test_not_captions_logo_blurb_durations_and_credit_alone() -> None:
    body = (
        # a footer's about text beside the site logo: "description", but no image word
        '<footer><div class="about"><img src="/logo.svg"><p class="site-description">The Daily Example is an '
        "independent news organisation founded in 1901.</p></div></footer>"
        # a video teaser's duration under its thumbnail
        '<div class="teaser"><img src="/thumb.jpg"><span class="media-info">03:33 Min</span></div>'
        # a credit printed where the caption goes
        '<figure><img src="/tent.jpg"><figcaption>Photograph: Scott Miller</figcaption></figure>'
    )
    got = _page("", body)
    assert [(i.src.rsplit("/", 1)[1], i.caption, i.credit) for i in got.images] == [("tent.jpg", None, "Scott Miller")]


def test_standfirst_by_class_words_and_description() -> None:
    # camelCase class words; the teaser-named standfirst agrees with the description, so it
    # wins over a "lead" element elsewhere; a menu item and a newsletter prompt are not decks.
    head = '<meta name="description" content="Die Stadt erhöht die Parkgebühren zum ersten Mal seit zehn Jahren.">'
    body = (
        '<nav><span class="nav-subtitle">Home</span></nav>'
        '<aside><p class="box-lead">Melden Sie sich für unseren Newsletter an und bleiben Sie informiert.</p></aside>'
        '<header class="Article_header"><h1>Parken wird teurer</h1>'
        '<p class="Article_teaserText__x9">Die Stadt erhöht die Parkgebühren zum ersten Mal seit zehn Jahren.</p>'
        '<h2 class="Article_subHeadline__k2">Ein Euro mehr pro Stunde</h2></header>'
        "<p>Der Gemeinderat hat am Dienstag beschlossen, die Gebühren anzuheben.</p>"
    )
    got = _page(head, body)
    assert got.lead is not None and got.lead.value.startswith("Die Stadt erhöht")
    assert got.lead.source == "dom:lead+description"
    assert got.subtitle is not None and got.subtitle.value == "Ein Euro mehr pro Stunde"


def test_a_chapeau_in_several_alike_paragraphs_is_one_lead() -> None:
    # The intro prints its three sentences as three paragraphs of one class; a paragraph of
    # another class after them is the article's text.
    body = (
        "<header class='article-intro'><h1>Vermisst seit Dienstag</h1>"
        "<p class='text lead'>Eine 18-Jährige wird seit Dienstag vermisst.</p>\n"
        "<p class='text lead'>Die Polizei sucht mit einem Großaufgebot nach ihr.</p>"
        "<p class='text lead'>Spaziergänger haben Kleidung gefunden, die ihr gehören könnte.</p>"
        "<p class='text'>Die Suche begann am Abend am Ufer des Sees.</p></header>"
    )
    got = _page("", body)
    assert got.lead is not None and got.lead.value == (
        "Eine 18-Jährige wird seit Dienstag vermisst. Die Polizei sucht mit einem Großaufgebot nach ihr. "
        "Spaziergänger haben Kleidung gefunden, die ihr gehören könnte."
    )


def test_no_standfirst_from_a_cookie_prompt_or_the_header_around_the_headline() -> None:
    # A cookie banner's "subtitle" and a follow-us "lead" block are prompts; a "page-lead"
    # element holds the headline itself and the lead image's caption: the header, not a deck.
    body = (
        "<div class='website-cookies'><div class='website-cookies-subtitle'>We use cookies to make your "
        "experience on this website better.</div></div>"
        "<div class='page-lead'><div class='page-lead-meta'><h1>One hundred years at the stadium</h1></div>"
        "<figure><img src='/s.jpg'><figcaption>The stadium in 1923 (Photo: Archive)</figcaption></figure></div>"
        "<div class='sns-lead-block'>Follow our paper on every network today!</div>"
        "<p>The stadium opened a century ago this week, and the city celebrated with a parade.</p>"
    )
    got = _page("", body)
    assert got.lead is None and got.subtitle is None


def test_no_standfirst_from_a_lead_image_or_a_far_prompt() -> None:
    body = (
        '<div class="lead-art-block"><img src="/a.jpg"><span>Expand the picture of the harbour</span></div>'
        '<div class="sidebar"><div><div><div><p class="newsletter-intro">Sign up for our free daily briefing '
        "in your inbox.</p></div></div></div></div>"
        "<article><h1>Harbour reopens</h1><p>The harbour reopened on Monday after two weeks of repairs.</p></article>"
    )
    got = _page("", body)
    assert got.lead is None and got.subtitle is None


def test_related_read_more_block_and_source_line() -> None:
    body = (
        "<p>Body text of the article.</p><h3>Read more</h3><ul><li><a href='/x'>Another story about it</a></li>"
        "</ul><p><em>Source : Reuters</em></p>"
    )
    got = _page("", body)
    assert [(r.title, r.url) for r in got.related] == [("Another story about it", "https://example.org/x")]
    assert got.source is not None and got.source.value == "Reuters"


def test_source_line_is_another_outlet_not_a_date_a_byline_a_photo_or_the_site() -> None:
    # An attribution in the article's own footer counts; a photo's "Source:", a date after
    # "Published on", a person after "Published by", the publisher's copyright in the page
    # footer and the site's own name do not.
    kept = _page(
        "",
        "<article><p>Der Text des Artikels.</p><footer><span>Quelle: Golem</span></footer></article>",
        url="https://www.techseite.de/a",
    )
    assert kept.source is not None and kept.source.value == "Golem"
    for body in (
        "<p>Body text.</p><figure><img src='/p.jpg'><figcaption>Source: medium.com</figcaption></figure>",
        "<p>Body text.</p><p>Published on 20 December 2023</p>",
        "<p>Body text.</p><p>Source: December 20, 2023 / 12:33 PM EST</p>",
        "<p>Body text.</p><p>Published by William J. Patterson</p>",
        "<p>Body text.</p><div class='footer'><p>Published by Associated Newspapers Ltd</p></div>",
        "<p>Body text.</p><p>Quelle: Techseite</p>",
    ):
        got = _page("<meta property='og:site_name' content='Techseite'>", body, url="https://www.techseite.de/a")
        assert got.source is None, body


def test_related_links_are_other_articles_not_tags_authors_or_the_page_itself() -> None:
    body = (
        "<p>Body text of the article.</p><div class='related-posts'><ul>"
        "<li><a href='/2024/05/harbour-works-begin'>3Harbour works begin after a long wait</a></li>"
        "<li><a href='/tag/harbour'>Harbour</a></li><li><a href='/topics/city-council'>City council news</a></li>"
        "<li><a href='/author/jane-doe'>More stories by Jane Doe</a></li>"
        "<li><a href='/a'>Harbour reopens after two weeks of repairs</a></li>"
        "<li><a href='/2024/06/ferry-returns'>The ferry returns to the island</a></li></ul></div>"
    )
    got = _page("", body)
    assert [(r.title, r.url) for r in got.related] == [
        ("Harbour works begin after a long wait", "https://example.org/2024/05/harbour-works-begin"),
        ("The ferry returns to the island", "https://example.org/2024/06/ferry-returns"),
    ]


def test_section_and_tags_as_readers_see_them() -> None:
    listed = _page(
        "<meta property='article:section' content='news_news'><meta name='category' content='Szene, Touren,'>"
        "<meta property='article:tag' content='US elections,Michigan,#Politics,@all-audience'>"
    )
    assert listed.section is not None and listed.section.value == "Szene"
    assert listed.tags is not None and listed.tags.value == ("US elections", "Michigan", "Politics")
    one_each = _page(
        "<meta property='article:tag' content='Same-Sex Marriage, Civil Unions'>"
        "<meta property='article:tag' content='Rome'><meta name='keywords' content='Business, Finance, & Economics'>"
    )
    assert one_each.tags is not None and one_each.tags.value == ("Same-Sex Marriage, Civil Unions", "Rome")
    series = _page("<meta name='keywords' content='Business, Finance, & Economics'>")
    assert series.tags is not None and series.tags.value == ("Business, Finance, & Economics",)
    trail = (
        '<script type="application/ld+json">{"@type": "BreadcrumbList", "itemListElement": ['
        '{"@type": "ListItem", "position": 1, "name": "Home"}, {"@type": "ListItem", "position": 2, '
        '"name": "From adversity to advocacy: a young lawyer&#8217;s journey"}]}</script>'
    )
    assert _page(trail).section is None
    short = trail.replace("From adversity to advocacy: a young lawyer&#8217;s journey", "Caf&eacute; news")
    got = _page(short).section
    assert got is not None and got.value == "Café news"


def test_tags_license_canonical() -> None:
    head = (
        '<meta property="article:tag" content="Politik"><meta property="article:tag" content="Berlin">'
        '<link rel="license" href="https://creativecommons.org/licenses/by/4.0/">'
        '<link rel="canonical" href="/story">'
    )
    got = _page(head)
    assert got.tags is not None and got.tags.value == ("Politik", "Berlin")
    assert got.license is not None and got.license.value.endswith("/by/4.0/")
    assert got.canonical_url is not None and got.canonical_url.value == "https://example.org/story"


# --- robustness ---------------------------------------------------------------------------------


def test_empty_and_broken_pages() -> None:
    assert md("").title is None
    broken = md('<html><head><script type="application/ld+json">{not json</script><title>T</title>')
    assert broken.title is not None and broken.title.value == "T"


def test_huge_adversarial_text_is_bounded() -> None:
    junk = ("1.1.1.1 2020-" * 40_000) + ("a " * 200_000) + "Published on 3 June 2015"
    html = f"<html><body><p>{junk}</p></body></html>"
    tree = LexborHTMLParser(html)
    start = time.perf_counter()
    extract_metadata(tree, url=None, text=junk, now=NOW)
    assert time.perf_counter() - start < 2.0
    assert len(list(find_text_dates(junk, limit=5))) <= 5


def test_tree_is_not_changed() -> None:
    html = (SEED / "source.html").read_text(encoding="utf-8")
    tree = LexborHTMLParser(html)
    before = tree.html
    extract_metadata(tree, url=None, now=NOW)
    assert tree.html == before


@pytest.mark.parametrize(
    "value",
    [
        "Sat, 19 Oct 2019 00:888888888804:00 +0200",  # fuzzer finding: OverflowError in datetime()
        "Sat, 19 Oct 2019 00:00:00 +9999",  # an offset timezone() refuses
        "2019-10-19T00:99999999999999:00Z",
    ],
)
def test_absurd_machine_dates_never_raise(value: str) -> None:
    parsed = parse_machine_date(value)
    assert parsed is None or (parsed.value.tzinfo is None and parsed.value.date().isoformat() == "2019-10-19")
    html = f'<html><head><meta name="date" content="{value}"></head><body><p>x</p></body></html>'
    tree = LexborHTMLParser(html)
    meta = extract_metadata(tree, url="https://example.org/a", text="x", now=datetime(2026, 1, 1, tzinfo=UTC))
    assert meta.published is None or meta.published.value.date().isoformat() == "2019-10-19"


def test_fuzzer_overflow_page_extracts() -> None:
    import tamis

    page = (
        b'\x00<!DOCTYPE\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xffipt> \n\t:\n\t\n\t<meta name="date" '
        b'content="Sat, 19 Oct 2019 00:888888888804:00 +0200">\n\x89ten" />\n\t<metreichischeiedle'
    )
    article = tamis.extract(page, url="https://example.org/a")
    assert article.metadata.published is None


def test_trie_alternation_matches_what_the_flat_alternation_matches() -> None:
    import random
    import re

    from tamis._dates import MONTH_BY_NAME, trie_alternation

    words = sorted(MONTH_BY_NAME)
    flat = re.compile("(?:" + "|".join(sorted(map(re.escape, words), key=len, reverse=True)) + ")", re.I)
    trie = re.compile("(?:" + trie_alternation(words) + ")", re.I)
    rng = random.Random(7)
    alphabet = "".join(sorted(set("".join(words)))) + " .,0123"
    samples = [" ".join(rng.sample(words, 3)) for _ in range(200)]
    samples += ["".join(rng.choice(alphabet) for _ in range(40)) for _ in range(500)]
    samples += [w.upper() for w in words] + [w[:-1] for w in words]
    for text in samples:
        assert [m.span() for m in flat.finditer(text)] == [m.span() for m in trie.finditer(text)], text


def test_text_dates_are_found_anywhere_in_a_long_text() -> None:
    filler = "Rien à signaler ici, ni chiffre ni date dans cette phrase. " * 400
    text = "3 juin 2015 " + filler + "le 14 juillet 2016 à 10h30, " + filler + " June 3, 2017"
    found = [(pos, parsed.value.date().isoformat()) for pos, parsed in find_text_dates(text)]
    assert [day for _pos, day in found] == ["2015-06-03", "2016-07-14", "2017-06-03"]
    assert found[1][0] == text.index("14 juillet")
    assert next(iter(find_text_dates(text, limit=1)))[1].value.hour == 0
    assert list(find_text_dates("no year here at all, 12 juin")) == []


def test_collapse_spaces_equals_collapsing_everything() -> None:
    import random
    import re

    from tamis._metadata import _collapse_spaces

    ws = re.compile(r"\s+")

    rng = random.Random(3)
    for _ in range(300):
        pieces = ["a", "b", " ", "\n", "\t ", "  \n ", "\u00a0", "\u2003", "\x1c", "\u200b"]
        raw = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 400)))
        for limit in (1, 5, 17, 60):
            assert _collapse_spaces(raw, limit) == ws.sub(" ", raw).strip()[:limit]


def test_title_h1_ending_the_breadcrumb_gives_way_to_the_h2_the_article_prints() -> None:
    # the h1 is the last item of the breadcrumb trail (the og:title, an SEO wording); the article
    # header prints the headline in an h2, which the JSON-LD headline names
    ld = '{"@type": "NewsArticle", "headline": "Lights out, trams stopped: how safe is the city grid?"}'
    html = (
        f'<html><head><script type="application/ld+json">{ld}</script>'
        '<meta property="og:title" content="City blackout: lights, trams - how safe is our grid?">'
        "<title>City blackout: lights, trams - how safe is our grid?</title></head><body>"
        '<nav class="crumbs"><ol><li><a href="/">Home</a></li><li><a href="/city">City</a></li>'
        "<li><h1>City blackout: lights, trams - how safe is our grid?</h1></li></ol></nav>"
        "<article><header><h2>Lights out, trams stopped: how safe is the city grid?</h2></header>"
        "<p>Text.</p></article></body></html>"
    )
    got = md(html)
    assert got.title is not None and got.title.value == "Lights out, trams stopped: how safe is the city grid?"
    # a crumb-named element above the h1, in the article's header, is a breadcrumb too
    html_crumb = (
        f'<html><head><script type="application/ld+json">{ld}</script>'
        '<meta property="og:title" content="City blackout: lights, trams - how safe is our grid?">'
        "</head><body><article><header>"
        '<div class="article__header__crumb"><h1>City blackout: lights, trams - how safe is our grid?</h1></div>'
        "<h2>Lights out, trams stopped: how safe is the city grid?</h2></header><p>Text.</p></article></body></html>"
    )
    got_crumb = md(html_crumb)
    assert got_crumb.title is not None
    assert got_crumb.title.value == "Lights out, trams stopped: how safe is the city grid?"
    # the same h1 outside a breadcrumb is the headline
    html2 = html.replace('<nav class="crumbs"><ol><li><a href="/">Home</a></li><li><a href="/city">City</a></li>', "")
    got2 = md(html2.replace("<li><h1>", "<h1>").replace("</h1></li></ol></nav>", "</h1>"))
    assert got2.title is not None and got2.title.value == "City blackout: lights, trams - how safe is our grid?"


def test_title_h2_right_under_the_h1_is_its_deck() -> None:
    # "Headline - Deck : Site" in the <title>, the deck printed as an h2 right after the h1
    html = (
        "<html><head><title>Thinking from the ground up - A poet weaves the local and the global :"
        " Review Example</title></head><body><div><h1>Thinking from the ground up</h1>\n"
        "<h2>A poet weaves the local and the global</h2><p>It takes a while to get into this book.</p>"
        "</div></body></html>"
    )
    got = md(html, url="https://review-example.de/poet-ground")
    assert got.title is not None and got.title.value == "Thinking from the ground up"
    # an h2 further down, as a blog's post under the blog's name, stays the headline
    got2 = md(html.replace("</h1>\n<h2>", "</h1><p>Menu</p><h2>"), url="https://review-example.de/poet-ground")
    assert got2.title is not None and got2.title.value == "A poet weaves the local and the global"


def test_title_meta_property_before_the_same_name_as_a_name() -> None:
    # the RDFa property is the declared one when a page gives both spellings
    html = (
        "<html><head><title>Title element</title>"
        '<meta name="DC.title" content="Dublin Core given as a name">'
        '<meta property="dc:title" content="Dublin Core given as a property">'
        '<meta name="og:title" content="Open Graph given as a name">'
        '<meta property="og:title" content="Open Graph given as a property">'
        "</head><body><h1>Something else on the page</h1></body></html>"
    )
    got = md(html)
    assert got.title is not None and got.title.value == "Dublin Core given as a property"
    got2 = md(html.replace('<meta property="dc:title" content="Dublin Core given as a property">', ""))
    assert got2.title is not None and got2.title.value == "Dublin Core given as a name"
    got3 = md(
        html.replace('<meta name="DC.title" content="Dublin Core given as a name">', "").replace(
            '<meta property="dc:title" content="Dublin Core given as a property">', ""
        )
    )
    assert got3.title is not None and got3.title.value == "Open Graph given as a property"


def test_strip_site_in_the_middle_and_named_by_the_host() -> None:
    names = ["quill-studio.net", "quill-studio"]
    assert strip_site("Writing style - quill-studio.net - Web design", names) == "Writing style"
    assert strip_site("quill-studio.net - quill-studio.net blog - Writing style", names) == "Writing style"
    # a part whose words all make up the host name is the site's name
    host = ["harbour-divers-kiel.de", "harbour-divers-kiel"]
    assert strip_site("Harbour Kiel - Training", host) == "Training"
    # a part with a word the host lacks is not
    assert strip_site("Harbour Bremen - Training", host) == "Harbour Bremen - Training"


def test_title_a_heading_cut_from_a_title_part_is_not_the_headline() -> None:
    # "Post Figures - Section - Site": an h2 with the post's first word only is not its title
    html = (
        "<html><head><title>Enchufla figures - Salsa figures - Rueda Club Berlin</title></head><body>"
        '<h1><a href="/">Salsa figures - Rueda Club Berlin</a></h1><h2>Calls after the basic step</h2>'
        "<h3>Enchufla</h3>"
        "<p>Lead turns the follower.</p></body></html>"
    )
    got = md(html, url="http://rueda-club.example.com/enchufla")
    assert got.title is not None and got.title.value == "Enchufla figures"
    # a heading that is a whole part of the <title> is the headline's form ("Blog » Post | Site")
    html2 = (
        "<html><head><title>Blog archive » Podcasts in a media server | Tinkering</title></head><body>"
        "<h2>Podcasts in a media server</h2><p>Text.</p></body></html>"
    )
    got2 = md(html2, url="https://tinker.example.de/podcasts")
    assert got2.title is not None and got2.title.value == "Podcasts in a media server"


def test_title_first_of_several_h1s_rewording_the_metadata_title() -> None:
    # the headline h1 rewords the og:title; a second h1 is a sidebar's label
    html = (
        '<html><head><meta property="og:title" content="The season\'s most astonishing collapse">'
        "</head><body><h1>The astonishing collapse of the river club</h1><p>Text.</p>"
        "<aside><h1>Recently in sports</h1></aside></body></html>"
    )
    got = md(html)
    assert got.title is not None and got.title.value == "The astonishing collapse of the river club"
    # a later h1 that shares a word is not taken over the metadata title
    html2 = html.replace("<h1>The astonishing collapse of the river club</h1>", "<h1>Menu</h1>").replace(
        "Recently in sports", "Another collapse"
    )
    got2 = md(html2)
    assert got2.title is not None and got2.title.value == "The season's most astonishing collapse"


def test_title_h1_sharing_a_quarter_of_its_topic_words_rewords_the_metadata_title() -> None:
    # one of the og:title's four topic words in the printed h1: still a rewording of it
    html = (
        '<html><head><meta property="og:title" content="The best electronic cat gadget 2022">'
        "</head><body><h1>Buying guide: electronic toys keep house cats busy all day</h1><p>Text.</p>"
        "</body></html>"
    )
    got = md(html)
    assert got.title is not None and got.title.value == "Buying guide: electronic toys keep house cats busy all day"


def test_title_h1_rewording_a_metadata_title_with_a_compound_word() -> None:
    # a service page: the og:title names the service, the h1 says what it does; German joins
    # the words, "Abfallberatung" opens the h1's "Abfallberatungsangebot"
    html = (
        '<html><head><meta property="og:title" content="Abfallberatung-Service">'
        "</head><body><h1>Abfallberatungsangebot für Gemeinden, Betriebe und Vereine</h1>"
        "<p>Text.</p></body></html>"
    )
    got = md(html)
    assert got.title is not None and got.title.value == "Abfallberatungsangebot für Gemeinden, Betriebe und Vereine"
    # a short word opening another is no shared word ("Haus" of "Hausmeister")
    html2 = html.replace("Abfallberatung-Service", "Haus und Hof").replace("Abfallberatungsangebot", "Hausmeister")
    got2 = md(html2)
    assert got2.title is not None and got2.title.value == "Haus und Hof"
    # nor another form of the same word ("Holiday" of "Holidays")
    html3 = (
        '<html><head><meta property="og:title" content="Staying well on holiday">'
        "</head><body><h1>Holidays hotline: 0800 555 0101</h1><p>Text.</p></body></html>"
    )
    got3 = md(html3)
    assert got3.title is not None and got3.title.value == "Staying well on holiday"


def test_title_breadcrumb_h1_and_the_h2_without_its_kicker() -> None:
    # the breadcrumb's h1 is the JSON-LD's "Kicker: Headline"; the article's h2 prints the kicker
    # in its own element above the headline the og:title names
    ld = '{"@type": "NewsArticle", "headline": "Leipzig school: the gallerist who is anything but odd"}'
    html = (
        f'<html><head><script type="application/ld+json">{ld}</script>'
        '<meta property="og:title" content="The gallerist who is anything but odd"></head><body>'
        '<nav class="breadcrumb"><h1>Leipzig school: the gallerist who is anything but odd</h1></nav>'
        '<article><h2><span class="article__kicker">Leipzig school</span> '
        '<span class="article__headline">The gallerist who is anything but odd</span></h2><p>Text.</p>'
        "</article></body></html>"
    )
    got = md(html)
    assert got.title is not None and got.title.value == "The gallerist who is anything but odd"


def test_title_h1_finishing_a_metadata_title_cut_short() -> None:
    # the only h1 is the JSON-LD headline with two more words: the printed headline
    ld = '{"@type": "NewsArticle", "headline": "Cell maker raises plant capacity"}'
    html = (
        f'<html><head><script type="application/ld+json">{ld}</script></head><body>'
        "<h1>Cell maker raises plant capacity in Tennessee</h1><p>Text.</p></body></html>"
    )
    got = md(html)
    assert got.title is not None and got.title.value == "Cell maker raises plant capacity in Tennessee"
    # a date or the site's name after it is not the headline's
    for tail in ("02.02.2022", "| Battery Example"):
        got2 = md(html.replace("in Tennessee", tail))
        assert got2.title is not None and got2.title.value == "Cell maker raises plant capacity"


def test_title_screen_reader_headings_are_not_the_first_h2() -> None:
    # a microsite without h1: hidden h2s name the page's parts for screen readers; the first
    # shown h2 holds the <title>'s words and is the headline
    html = (
        "<html><head><title>New library wing - Campus Nord building projects</title></head><body>"
        '<header><h2 class="sr-only">Main navigation</h2><nav><a href="/">Home</a></nav></header>'
        '<main><h2 class="text-hide">Main content</h2><article>'
        "<h2>Architecture contest for the new library wing at Campus Nord</h2><p>Text.</p>"
        "</article></main></body></html>"
    )
    got = md(html, url="https://building.example.org/library")
    assert got.title is not None and got.title.value == "Architecture contest for the new library wing at Campus Nord"


def test_title_h1_finishing_the_og_title_behind_a_shorter_json_ld_headline() -> None:
    # a recipe blog: the JSON-LD headline is the dish's short name, the og:title the post's
    # name with the blog after a bar; the only h1 is the og:title with a cheer after a colon
    ld = '{"@type": "BlogPosting", "headline": "Plum crumble from the tray"}'
    html = (
        f'<html><head><script type="application/ld+json">{ld}</script>'
        '<meta property="og:title" content="Crunchy plum crumble from the tray | Baking at home">'
        "</head><body><h1>Crunchy plum crumble from the tray: so easy!</h1><p>Text.</p></body></html>"
    )
    got = md(html)
    assert got.title is not None and got.title.value == "Crunchy plum crumble from the tray: so easy!"


def test_title_h1_leading_with_a_quotation_the_og_title_leaves_out() -> None:
    # a sports page: the printed headline opens with the athlete's words and a colon, the
    # og:title gives the rest only
    html = (
        '<html><head><meta property="og:title" content="Keeper Lena Moor misses the final in Oslo">'
        '</head><body><h1>"A bitter day": Keeper Lena Moor misses the final in Oslo</h1>'
        "<p>Text.</p></body></html>"
    )
    got = md(html)
    assert got.title is not None and got.title.value == '"A bitter day": Keeper Lena Moor misses the final in Oslo'
    # other words than a quotation before the og:title stay out (a kicker glued to it)
    got2 = md(html.replace('"A bitter day":', "Ice hockey:"))
    assert got2.title is not None and got2.title.value == "Keeper Lena Moor misses the final in Oslo"


def test_title_metadata_title_adding_a_topic_line_before_the_h1() -> None:
    # the og:title and the JSON-LD give the topic and the headline, the page prints the topic
    # elsewhere and the headline alone in the h1: the site's headline is the whole
    ld = '{"@type": "NewsArticle", "headline": "After the floods: Town rebuilds its old stone bridge"}'
    html = (
        f'<html><head><script type="application/ld+json">{ld}</script>'
        '<meta property="og:title" content="After the floods: Town rebuilds its old stone bridge">'
        "</head><body><p class=topic>After the floods</p><h1>Town rebuilds its old stone bridge</h1>"
        "<p>Text.</p></body></html>"
    )
    got = md(html)
    assert got.title is not None and got.title.value == "After the floods: Town rebuilds its old stone bridge"
    # a one-word section label before the colon is not the headline's
    got2 = md(html.replace("After the floods", "Chronicle"))
    assert got2.title is not None and got2.title.value == "Town rebuilds its old stone bridge"
    # nor is a section trail whose colons are spaced like separators
    got3 = md(html.replace("After the floods:", "Regions & Towns :"))
    assert got3.title is not None and got3.title.value == "Town rebuilds its old stone bridge"


def test_title_h1_keeps_the_word_gap_after_a_german_closing_quote() -> None:
    # German quotes open low and close with “: the space after it parts two words
    html = (
        "<html><head></head><body><h1>Warum wir lieber „<em>Sonnenstrom</em>“ statt Ökostrom sagen</h1>"
        "<p>Text.</p></body></html>"
    )
    got = md(html)
    assert got.title is not None and got.title.value == "Warum wir lieber „Sonnenstrom“ statt Ökostrom sagen"
    # an English opening “ still takes no space after it
    got2 = md(html.replace("„", "“").replace("“ statt", "” statt"))
    assert got2.title is not None and got2.title.value == "Warum wir lieber “Sonnenstrom” statt Ökostrom sagen"


def test_title_h1_linking_to_the_index_page_is_the_project_name() -> None:
    # a documentation theme: the project's name in an h1 linking to index.html, the page's own
    # heading (with its permalink mark) in a later h1; the <title> is "Page — Project"
    html = (
        "<html><head><title>Shared history — the sync extension for Example VCS</title></head><body>"
        '<div class="header"><h1 class="heading"><a href="index.html"><span>the sync extension for Example VCS'
        "</span></a></h1></div><div class='section'><h1>Shared history"
        '<a class="headerlink" href="#shared-history">¶</a></h1><p>Text.</p></div></body></html>'
    )
    got = md(html, url="https://docs.example.org/sync/history.html")
    assert got.title is not None and got.title.value == "Shared history"


def test_title_dublin_core_title_that_repeats_the_og_title_has_no_more_weight() -> None:
    # the DC title copies the og:title and the <title> (an SEO line); the printed h1 rewords it
    seo = "Run Linux on a tablet - Example Desktop 9 virtual machine for tablets"
    html = (
        f'<html><head><meta name="dcterms.title" content="{seo}"><meta property="og:title" content="{seo}">'
        f"<title>{seo}</title></head><body><h1>Example Desktop 9 for tablets</h1>"
        "<h1>Example Desktop 9 for tablets</h1><p>Text.</p></body></html>"
    )
    got = md(html)
    assert got.title is not None and got.title.value == "Example Desktop 9 for tablets"
    # a DC title of its own stays the document's title
    got2 = md(
        html.replace(f'<meta name="dcterms.title" content="{seo}">', '<meta name="dcterms.title" content="Desk 9">')
    )
    assert got2.title is not None and got2.title.value == "Desk 9"


def test_title_one_word_metadata_title_beside_a_longer_one_is_a_label() -> None:
    # the og:title names the section; the <title> is the headline (the h1 adds the department)
    html = (
        '<html><head><meta property="og:title" content="Newsroom">'
        '<meta name="twitter:title" content="Releases">'
        "<title>Boosters remain available everywhere until the end of February</title></head><body>"
        "<h1>Press release of the health department: Boosters remain available everywhere until the end"
        " of February</h1><p>Text.</p></body></html>"
    )
    got = md(html)
    assert got.title is not None and got.title.value == "Boosters remain available everywhere until the end of February"
    # a headline written without spaces counts its characters, not as one word
    html2 = (
        '<html><head><meta property="og:title" content="宇航员在太空中喝酒会怎么样">'
        "<title>Astronauts and a drink in space, a very long way up</title></head><body><p>Text.</p></body></html>"
    )
    got2 = md(html2)
    assert got2.title is not None and got2.title.value == "宇航员在太空中喝酒会怎么样"


def test_title_lower_heading_that_is_a_part_of_the_og_title() -> None:
    # the og:title carries a tagline after the name the page prints in its h2s
    html = (
        '<html><head><meta property="og:title" content="Villa Aurora - Holiday home in Florida">'
        "</head><body><h2>Book your stay</h2><h2>Villa Aurora</h2><p>Text.</p></body></html>"
    )
    got = md(html, url="https://rentals.example.de/aurora")
    assert got.title is not None and got.title.value == "Villa Aurora"
    # a heading that is only a piece of one part is not
    got2 = md(html.replace("<h2>Villa Aurora</h2>", "<h2>Aurora</h2>"), url="https://rentals.example.de/aurora")
    assert got2.title is not None and got2.title.value == "Villa Aurora - Holiday home in Florida"


@pytest.mark.parametrize(
    "html",
    [
        # an element once per selector it matches ("post-date time": two), in page order
        '<div class="post-date time"><span class="Meta">Posted</span></div><p class="byline-dateline">x</p>'
        '<p class="entry">no date class</p><time class="publishedAt">2021</time>',
        # an id naming a date: the selector list itself
        '<p class="meta">a</p><div id="article-date">b</div><p class="fecha">c</p>',
        # a dotted capital I lower-cases to two characters: the selector list itself
        '<p class="tİme">a</p><p class="datum">b</p>',
        "<p>no classes</p>",
    ],
)
def test_date_elements_are_the_selector_lists(html: str) -> None:
    from tamis._metadata import DATE_ELEMENT_SELECTOR, _date_elements, _Page

    tree = LexborHTMLParser(html)
    expected = [n.mem_id for n in tree.css(DATE_ELEMENT_SELECTOR)]
    assert [n.mem_id for n in _date_elements(tree, _Page(url=None, tree=tree))] == expected


def test_author_class_in_a_pictures_credit_is_the_photographer() -> None:
    credit = (
        "<div class='picture-box'><img src='/wald.jpg' alt=''><div class='license-info'>"
        "<span class='author-name'><a href='https://commons.example/File:Wald.jpg'>Piet Hollander</a></span>"
        " / CC BY 2.0</div></div>"
    )
    byline = "<div class='writer-line'><p>Verfasst von <span>Greta Ahlers</span></p></div>"
    page = f"<html><body><h1>Der Wald im Winter</h1>{credit}{byline}<p>Im Wald ist es still.</p></body></html>"
    got = md(page)
    assert got.authors is not None and got.authors.value == ("Greta Ahlers",)
    fig = "<figure><img src='/a.jpg'><figcaption>Ein Reh. <span class='author'>Piet Hollander</span></figcaption>"
    fig += "</figure>"
    got = md(page.replace(credit, fig))
    assert got.authors is not None and got.authors.value == ("Greta Ahlers",)
    # a follow-the-author button names nobody
    button = "<button class='followAuthorBtn'>Folgen</button>"
    got = md(page.replace(credit, button).replace(byline, ""))
    assert got.authors is None and got.organizations is None


def test_translator_in_the_byline_box_is_not_an_author() -> None:
    box = (
        "<div class='author-line'><div class='first-author'><p>Autor <span>Lena Marsh:</span></p>"
        "<div class='lang'>EN</div></div><p class='author-extra'>Übersetzung Jonas Feldkamp, 03.04.23</p></div>"
    )
    got = md(f"<html><body><h1>Klicks um jeden Preis</h1>{box}<p>Eine neue Studie zeigt es.</p></body></html>")
    assert got.authors is not None and got.authors.value == ("Lena Marsh",)


def test_author_box_in_the_footer_names_the_author() -> None:
    box = (
        "<div class='author-bio footer'><h3>Karla Brenner</h3><img src='/k.jpg' alt='Karla Brenner'>"
        "<p><a href='https://example.org/author/karla'>Mehr von Karla Brenner</a></p></div>"
    )
    body = "<h1>Leasing für Firmen</h1><p>Ein Firmenwagen lohnt sich oft.</p>"
    got = md(f"<html><body>{body}{box}</body></html>")
    assert got.authors is not None and got.authors.value == ("Karla Brenner",)
    # a footer that is no author box still names nobody
    footer = "<div class='footer'><a href='https://example.org/author/karla'>Mehr von Karla Brenner</a></div>"
    assert md(f"<html><body>{body}{footer}</body></html>").authors is None


def test_signature_in_italics_above_the_footnotes() -> None:
    prose = [f"Paragraphe {i} sur la durée du travail et le chômage en France et en Europe." for i in range(5)]
    notes = ["(1) Ces chiffres viennent des comptes de l'OCDE.", "(2) Voir aussi les données d'Eurostat."]
    got = _signed([*prose, "Claire Vasseur", *notes], {5: "em"})
    assert got.authors is not None and got.authors.value == ("Claire Vasseur",)
    # notes that are prose paragraphs, not numbered: the name is in the middle, no author
    plain = [n[4:] for n in notes]
    assert _signed([*prose, "Claire Vasseur", *plain, prose[0]], {5: "em"}).authors is None


def test_owner_of_a_personal_site_is_the_author_when_the_page_names_nobody() -> None:
    body = "<h1>Über die Zeit</h1><p>Die Zeit ist kein Ding, sondern eine Ordnung des Erlebens.</p>"
    head = '<meta property="og:site_name" content="{}">'
    page = f"<html><head>{head}</head><body>{body}</body></html>"
    got = md(page.format("Dr. Jonas Albrecht"), url="https://www.jonas-albrecht.net/zeit/")
    assert got.authors is not None and got.authors.value == ("Jonas Albrecht",)
    got = md(page.format("Moritz Kern's Blog"), url="https://moritzkern.example/zeit/")
    assert got.authors is not None and got.authors.value == ("Moritz Kern",)
    # a brand's name is no owner, even when the address spells it
    assert md(page.format("Plant Care Today"), url="https://plantcaretoday.com/a/").authors is None


def test_first_name_byline_completed_by_the_owners_surname_in_the_address() -> None:
    byline = "<p class='meta'>Von <span class='author vcard'><a rel='author' href='/author/greta/'>Greta</a></span></p>"
    body = f"<h1>Zahlen zum Kiosk</h1>{byline}<p>Der Kiosk an der Ecke verkauft weniger Zeitungen.</p>"
    side = "<aside><h3>Mehr von Greta Wendland</h3><p>Bücher und Texte.</p></aside>"
    got = md(f"<html><body>{body}{side}</body></html>", url="https://www.wendland.example/kiosk/")
    assert got.authors is not None and got.authors.value == ("Greta Wendland",)
    # another site: the full name in the text is someone else's
    got = md(f"<html><body>{body}{side}</body></html>", url="https://www.kioskblog.example/kiosk/")
    assert got.authors is not None and got.authors.value == ("Greta",)
