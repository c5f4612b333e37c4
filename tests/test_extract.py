"""Behaviour of tamis.extract on small hand-written pages: one property per test."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

import tamis
from tamis import Article, NotHTMLError, Options

FILLER = (
    "Le texte de l'article continue ici avec des phrases assez longues pour que la page ressemble à un "
    "vrai article de presse, avec des virgules, des points et des chiffres comme 4.000 raids."
)


def page(body: str, *, head: str = "<title>Titre de test | Le Site</title>") -> str:
    nav = "<nav><ul>" + "".join(f"<li><a href='/s{i}'>Rubrique {i}</a></li>" for i in range(8)) + "</ul></nav>"
    footer = "<footer><p>© Le Site 2024. Tous droits réservés. <a href='/legal'>Mentions légales</a></p></footer>"
    return f"<!doctype html><html lang='fr'><head>{head}</head><body>{nav}<main>{body}</main>{footer}</body></html>"


def article(*paras: str) -> str:
    return "<article>" + "".join(paras) + "</article>"


def test_inline_link_is_never_dropped() -> None:
    lead = (
        "<p>Le secrétaire d'Etat adjoint a affirmé sur France Inter que la stratégie de la coalition "
        "<a href='/x'>avait permis</a> l'élimination de ces hommes, grâce aux plus de 4.000 raids.</p>"
    )
    art = tamis.extract(page(article(lead, f"<p>{FILLER}</p>", f"<p>{FILLER} Encore.</p>")))
    assert "la stratégie de la coalition avait permis l'élimination de ces hommes" in art.text


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        ("un <em>mot</em> souligné", "un mot souligné"),
        ("un <span class='x'>mot</span> dans un span", "un mot dans un span"),
        ("un <nobr>mot insécable</nobr> ici", "un mot insécable ici"),
        ("<strong>Gras</strong>, puis <i>italique</i>.", "Gras, puis italique."),
        ("mot<a href='/a'>collé</a>", "motcollé"),
        ("<b>a</b> <i>b</i>", "a b"),
    ],
)
def test_inline_elements_keep_their_text_and_spacing(markup: str, expected: str) -> None:
    art = tamis.extract(page(article(f"<p>Début : {markup}. {FILLER}</p>", f"<p>{FILLER}</p>")))
    assert f"Début : {expected}." in art.text


def test_br_separates_lines_inside_a_block() -> None:
    art = tamis.extract(page(article(f"<p>Première ligne,<br>deuxième ligne. {FILLER}</p>", f"<p>{FILLER}</p>")))
    assert "Première ligne,\ndeuxième ligne." in art.text


def test_paragraphs_are_separated_by_one_blank_line() -> None:
    art = tamis.extract(page(article(f"<p>Un. {FILLER}</p>", f"<p>Deux. {FILLER}</p>")))
    assert art.text == f"Un. {FILLER}\n\nDeux. {FILLER}"


def test_structure_is_kept_in_markdown() -> None:
    body = article(
        f"<p>{FILLER}</p>",
        "<h2>Un intertitre</h2>",
        f"<p>{FILLER}</p>",
        "<ul><li>premier point de la liste</li><li>second point<ul><li>sous-point</li></ul></li></ul>",
        "<ol><li>étape un</li><li>étape deux</li></ol>",
        f"<blockquote><p>Une citation assez longue pour compter. {FILLER}</p></blockquote>",
        "<table><thead><tr><th>Pays</th><th>Raids</th></tr></thead>"
        "<tbody><tr><td>Irak</td><td>2 500</td></tr><tr><td>Syrie</td><td>1 500</td></tr></tbody></table>",
        "<pre><code class='language-python'>def f(x):\n    return x * 2\n</code></pre>",
        f"<p>{FILLER}</p>",
    )
    art = tamis.extract(page(body))
    md = art.to_markdown()
    assert "## Un intertitre" in md
    assert "- premier point de la liste\n- second point\n    - sous-point" in md
    assert "1. étape un\n2. étape deux" in md
    assert "> Une citation assez longue" in md
    assert "| Pays | Raids |\n|---|---|\n| Irak | 2 500 |" in md
    assert "```python\ndef f(x):\n    return x * 2\n```" in md
    # Plain text keeps readable table rows and list items.
    assert "Pays | Raids\nIrak | 2 500\nSyrie | 1 500" in art.text
    assert "- premier point de la liste\n- second point\n  - sous-point" in art.text
    kinds = [b.kind for b in art.blocks]
    assert {"p", "h", "li", "table", "pre"} <= set(kinds)
    assert any(b.quote for b in art.blocks)


def test_captions_are_not_body_text_and_never_twice() -> None:
    caption = "Antony Blinken a répondu aux questions de Léa Salamé sur France Inter"
    body = article(
        f"<figure><img src='a.jpg' alt='{caption}'><figcaption>{caption} ©</figcaption></figure>",
        f"<div class='image-caption'>{caption}</div>",
        f"<p>{FILLER}</p>",
        f"<p>{FILLER} Suite.</p>",
    )
    art = tamis.extract(page(body))
    assert caption not in art.text
    assert "©" not in art.text


def test_a_figcaption_printed_again_in_a_plain_element_is_not_body() -> None:
    # A scroll-story template prints each photo's figcaption again in an unclassed-looking text
    # div after the figure (class words the vocabulary does not know): the second print is the
    # same caption, not a paragraph.
    caption = "Des immeubles de bureaux attendent leurs futurs locataires dans la zone franche."
    body = article(
        f"<p>{FILLER}</p>",
        f"<div class='conveyor-screen'><figure><img src='a.jpg'><figcaption>{caption}</figcaption></figure>"
        f"<div class='conveyor-screen__text'>{caption}</div></div>",
        f"<p>{FILLER} Suite.</p>",
    )
    art = tamis.extract(page(body))
    assert caption not in art.text
    assert art.text.count(FILLER) == 2


def test_an_image_alt_printed_as_the_block_after_it_is_its_caption() -> None:
    # The caption printed in a plain paragraph after the image, with its credit, in the image's
    # box; and a figcaption's caption part printed again beside it without its credit span.
    caption = "Der Trainer möchte mit dem Verein noch so viele Punkte wie möglich sammeln."
    second = "Die Pyramide zeigt den Ablauf der einzelnen Phasen."
    body = article(
        f"<p>{FILLER}</p>",
        f"<div class='picture'><picture><img src='a.jpg' alt='{caption}'></picture>"
        f"<p>{caption} <span>IMAGO/Max Muster</span></p></div>",
        f"<div class='story-photo'><figure><img src='b.jpg'><figcaption><span>{second}</span>"
        f"<span>Foto: Max Muster</span></figcaption></figure><div class='story-photo__text'>{second}</div></div>",
        f"<p>{FILLER} Suite.</p>",
    )
    art = tamis.extract(page(body))
    assert caption not in art.text and "IMAGO" not in art.text
    assert second not in art.text
    assert art.text.count(FILLER) == 2


def test_a_caption_printed_beside_the_wrapper_of_its_image_is_not_body() -> None:
    # The image alone in a wrapper, its alt printed with a credit in a sibling "description" of
    # that wrapper; a figure inside a div, its figcaption printed again in a sibling text div.
    caption = "Das Schaubild zeigt den geplanten Ablauf der drei Phasen bis zur Wahl."
    second = "Les bureaux vides attendent leurs locataires dans la zone franche du port."
    body = article(
        f"<p>{FILLER}</p>",
        f"<div class='detail-img'><div class='detail-img__wrapper'><img src='a.jpg' alt='{caption}'></div>"
        f"<div class='detail-img__description'><div>{caption} <span>Bild: Max Muster</span></div></div></div>",
        f"<div class='conveyor'><div><figure><img src='b.jpg'><figcaption><span>{second}</span>"
        f"<span>Jeanne Dupont pour le journal</span></figcaption></figure></div>"
        f"<div class='conveyor__text'><div>{second}</div></div></div>",
        f"<p>{FILLER} Suite.</p>",
    )
    art = tamis.extract(page(body))
    assert caption not in art.text and "Max Muster" not in art.text
    assert second not in art.text
    assert art.text.count(FILLER) == 2


def test_an_alt_reusing_the_standfirst_printed_above_stays_beside_the_wrapper() -> None:
    # The lead image's alt and description reuse the standfirst, printed above outside the
    # chosen elements: the description beside the image's wrapper is the standfirst printed
    # again, kept (without the print above, it is the image's caption and dropped).
    hook = "La sala abrirá tres nuevos casos sobre tomas de pueblos y crímenes contra la naturaleza."
    figure = (
        f"<div class='lead'><div class='wrap'><picture><img src='a.jpg' alt='{hook}'></picture></div>"
        f"<div class='lead-text'><div class='lead-desc'>{hook}</div><div class='lead-by'>Foto: JEP</div></div></div>"
    )
    story = article(figure, f"<p>{FILLER}</p>", f"<p>{FILLER} Suite.</p>")
    assert hook in tamis.extract(page(f"<div class='promo'><div>{hook}</div></div>" + story)).text
    assert hook not in tamis.extract(page(story)).text


def test_an_image_box_of_image_caption_and_credit_is_not_body() -> None:
    # A captioned image built without <figure>: unnamed classes (styled components) or an
    # "imgbox" holding the image, a caption element (even a heading) and a short credit.
    first = "L'ancien Premier ministre lors de l'entretien dans son bureau de Londres"
    second = "Des soldats des deux pays assistent à la cérémonie d'ouverture des exercices hier."
    third = "Le maire pendant la visite du chantier de la nouvelle ligne de tramway"
    body = article(
        f"<p>{FILLER}</p>",
        f"<div class='sc-x1 ab'><div class='sc-x2'><picture><img src='a.jpg'></picture></div>"
        f"<div class='sc-x3 cd'>{first}</div><div class='sc-x4 ef'>AFP</div></div>",
        f"<p>{FILLER} Suite.</p>",
        f"<div class='imgboxa'><div><img src='b.jpg'></div><h1>{second}</h1><p>Photo: Reuters</p></div>",
        f"<div class='sc-x1 ab'><div class='sc-x2'><picture><img src='c.jpg'></picture></div>"
        f"<div class='sc-x3 cd'>{third}</div><div class='sc-x4 ef'>Jean Dupont</div></div>",
        f"<p>{FILLER} Fin.</p>",
    )
    art = tamis.extract(page(body))
    for text in (first, second, third, "AFP", "Reuters", "Jean Dupont"):
        assert text not in art.text
    assert art.text.count(FILLER) == 3


def test_an_image_text_block_named_by_image_and_text_words_is_not_body() -> None:
    # No caption class: the text block beside the picture is named by an image word joined to
    # a text word ("mediaInfo", "img-desc").
    first = "Belastende Einsätze gehören für die Wache zum Alltag"
    second = "Die neue Halle bietet Platz für zwölf Fahrzeuge"
    body = article(
        f"<p>{FILLER}</p>",
        f"<div class='media'><picture><img src='a.jpg' alt='Feuerwehrleute mit einer Trage'></picture>"
        f"<div class='mediaInfo'><p class='infotext'>{first}</p></div></div>",
        f"<p>{FILLER} Suite.</p>",
        f"<div><img src='b.jpg'><div class='img-desc'>{second}</div></div>",
    )
    art = tamis.extract(page(body))
    assert first not in art.text and second not in art.text
    assert art.text.count(FILLER) == 2


def test_an_image_caption_named_with_utility_classes_is_not_body() -> None:
    # "image__caption" among utility classes whose words read as article words
    # ("text-summary-gray", "font-body"): still the lead image's caption, in the post header.
    caption = "Demonstrators gather for a vigil outside the embassy in the capital on Monday."
    body = article(
        "<header class='post__header'><div class='image__caption mt-2 font-body text-[11px] text-summaryGray'>"
        f"<span>{caption}</span><span>Photo: Jane Roe for the Daily</span></div><h1>Titre de test</h1></header>",
        f"<p>{FILLER}</p>",
        f"<p>{FILLER} Suite.</p>",
    )
    art = tamis.extract(page(body))
    assert caption not in art.text and "Jane Roe" not in art.text
    assert art.text.count(FILLER) == 2


def test_a_short_alt_printed_right_after_its_image_is_its_caption() -> None:
    # A regional daily prints each photo's alt again in a plain span under the picture: two or
    # three words ("Recovered jewellery"), or the alt without the site's name it appends. A
    # heading or a bold product name that repeats the alt under the picture stays.
    short = "Recovered jewellery"
    long_alt = "The superintendent and the station chief at the press briefing."
    body = article(
        f"<p>{FILLER}</p>",
        f"<div class='f1'><picture><img src='a.jpg' alt='{short}'></picture></div>"
        f"<div class='f2'><span>{short}</span></div>",
        f"<p>{FILLER} Suite.</p>",
        f"<div class='f1'><picture><img src='b.jpg' alt='{long_alt} - The Daily Courier'></picture></div>"
        f"<div class='f2'><span>{long_alt}</span></div>",
        f"<p>{FILLER} Encore.</p>",
        "<div class='f1'><img src='c.jpg' alt='Harbour Lodge'></div><h3>Harbour Lodge</h3>",
        f"<p>{FILLER} Après.</p>",
        "<div class='f1'><img src='d.jpg' alt='Trail Runner 20'></div><p><strong>Trail Runner 20</strong></p>",
        f"<p>{FILLER} Fin.</p>",
    )
    art = tamis.extract(page(body))
    assert short not in art.text and long_alt not in art.text
    assert "Harbour Lodge" in art.text and "Trail Runner 20" in art.text
    assert art.text.count(FILLER) == 5


def test_a_caption_and_labelled_credit_right_after_the_image_are_not_body() -> None:
    # A magazine's split-screen header: the lead photo in one grid row, its caption and a long
    # labelled credit in the next row (spans whose class words read as text words, glued
    # without a space), far from the photo's wrapper but the very next text the page prints.
    # The same words after a photo elsewhere, not right after it, stay.
    caption = "The model wears a look by a Milan fashion house"
    credit = "Photo: Jane Roe. Styling: John Doe. Hair: Ann Smith. Make-up: Mary Major"
    header = (
        "<header class='SplitScreenContentHeaderWrapper-x content-header'><div class='grid'><div class='item'>"
        f"<div class='lede'><div class='lede-wrapper'><picture><img src='cover.jpg' alt='{caption}'></picture>"
        "</div></div></div></div><div class='grid'><div class='item'><div class='CaptionWrapper-ab caption "
        f"SplitScreenContentHeaderCaption-cd'><span class='BaseText-x caption__text'>{caption}</span>"
        f"<span class='BaseText-x caption__credit'>{credit}</span></div></div></div></header>"
    )
    later = f"{caption}. Photo: the house's archive shows how little the cut has changed since the sixties."
    body = article(
        header,
        f"<p>{FILLER}</p>",
        f"<div class='pic'><img src='b.jpg' alt='{caption}'></div><p>{FILLER} Suite.</p><p>{later}</p>",
    )
    art = tamis.extract(page(body))
    assert caption + "Photo" not in art.text and "Styling" not in art.text
    assert later in art.text
    assert art.text.count(FILLER) == 2


def test_an_image_box_with_an_empty_credit_is_a_caption_under_a_photo() -> None:
    # Styled components: a photo (its stated width a photo's), its caption, an empty credit
    # element: the caption is not body text. Under a small avatar it is a bio line and stays.
    caption = "The former prime minister (left) being interviewed by the editor"
    bio = "Jane Roe writes about housing and transport for the paper"
    body = article(
        f"<p>{FILLER}</p>",
        f"<div class='sc-a1'><div class='sc-a2'><picture><img src='a.jpg' width='4032' height='3024'></picture></div>"
        f"<div class='sc-a3'>{caption} </div><div class='sc-a4'></div></div>",
        f"<p>{FILLER} Suite.</p>",
        f"<div class='sc-b1'><div><img src='jane.jpg' width='64'></div><div class='sc-b2'>{bio}</div>"
        "<div class='sc-b3'></div></div>",
        f"<p>{FILLER} Fin.</p>",
    )
    art = tamis.extract(page(body))
    assert caption not in art.text
    assert bio in art.text
    assert art.text.count(FILLER) == 3


def test_a_lead_box_holding_the_lead_image_gives_no_caption_to_the_body() -> None:
    # A tabloid's header box named "lead-content" holds the headline, the standfirst (which the
    # description repeats) and the lead image with its figcaption: the box holds the headline,
    # so it is the header, not a chapeau; its sub-title is the standfirst, without the caption.
    standfirst = "The kitchen sees the most work in the home, and these plants are the best at freshening it up"
    caption = "Some of the best houseplants for a fresher kitchen (stock image)"
    head = f"<title>Plants for the kitchen | Le Site</title><meta name='description' content='{standfirst}'>"
    body = (
        "<div class='lead-content'><h1 class='lead-content__title'>Plants for the kitchen</h1>"
        f"<p class='lead-content__sub-title'>{standfirst}</p><div class='lead-content__lead-element'>"
        "<div class='image'><img src='a.jpg' alt='A man watering plants'></div>"
        f"<figcaption><span class='caption'>{caption}</span><span class='credit'> (<div class='camera'>"
        "Image: Getty Images)</div></span></figcaption></div></div>"
        f"<article class='article-body'><p>{FILLER}</p><p>{FILLER} Deux.</p><p>{FILLER} Trois.</p></article>"
    )
    art = tamis.extract(page(body, head=head))
    assert standfirst in art.text
    assert caption not in art.text and "Getty" not in art.text
    deck = art.metadata.subtitle or art.metadata.lead
    assert deck is not None and deck.value == standfirst


def test_a_section_of_image_and_two_paragraphs_stays_body() -> None:
    # An image, a paragraph and a short closing line: the paragraph is longer than a caption's
    # room (or links elsewhere) and stays; the rule takes only image, caption and credit.
    # Nor an image, a paragraph and an empty element (a clearfix): no credit, no caption.
    long_para = FILLER + " " + FILLER + " " + FILLER + " " + FILLER
    short_para = "Le chantier reprendra en mars, a précisé la mairie dans un communiqué."
    body = article(
        f"<p>{FILLER}</p>",
        f"<div><img src='a.jpg'><p>{long_para}</p><p>Fin de la partie.</p></div>",
        f"<div><img src='b.jpg'><p>{short_para}</p><div class='clear'></div></div>",
        f"<p>{FILLER} Suite.</p>",
    )
    art = tamis.extract(page(body))
    assert long_para in art.text
    assert short_para in art.text


def test_a_paragraph_an_image_alt_repeats_elsewhere_stays() -> None:
    # Some templates reuse a paragraph of the article as the alt of a later picture: the
    # paragraph is body text (it is not next to the image, in the image's box).
    para = "The music lover, real name Ashley Smith, also toured the world as a DJ for years."
    body = article(
        f"<p>{FILLER}</p>",
        f"<p>{para}</p>",
        f"<p>{FILLER} Suite.</p>",
        f"<div class='img-group'><div class='wrap'><img src='c.jpg' alt='{para}'></div></div>",
        f"<p>{FILLER} Fin.</p>",
    )
    art = tamis.extract(page(body))
    assert para in art.text


def test_ruby_readings_above_the_text_are_not_text_but_inline_readings_are() -> None:
    # Furigana printed above every kanji (no <rp>) is a reading aid, not the sentence; a reading
    # the page prints inline in parentheses (<rp>) is part of the text.
    body = article(
        f"<p>{FILLER}</p>",
        "<p><ruby>子<rt>こ</rt></ruby>どもへの<ruby>虐待<rt>ぎゃくたい</rt></ruby>をなくすための法律ができました。</p>",
        "<p>岡田<ruby><rb>彰布</rb><rp>（</rp><rt>あきのぶ</rt><rp>）</rp></ruby>監督は今季で退任する。</p>",
        f"<p>{FILLER} Suite.</p>",
    )
    text = tamis.extract(page(body)).text
    assert "子どもへの虐待をなくすための法律ができました。" in text
    assert "岡田彰布（あきのぶ）監督は今季で退任する。" in text.replace(" ", "")


def test_an_underscore_separator_line_is_kept_every_time() -> None:
    # News agencies end a story with "___" before the contributors' note, and some print the
    # line between the parts of a long story: the gold texts keep it (a word token).
    body = article(
        f"<p>{FILLER}</p>",
        "<p>___</p>",
        f"<p>{FILLER} Deuxième partie.</p>",
        "<p>___</p>",
        "<p>Les correspondants de l'agence à Lyon et à Lille ont contribué à cet article.</p>",
    )
    art = tamis.extract(page(body))
    assert [b.text for b in art.blocks].count("___") == 2
    assert art.text.endswith("Les correspondants de l'agence à Lyon et à Lille ont contribué à cet article.")


def test_a_blogger_post_inside_a_widget_is_not_furniture() -> None:
    # Blogger wraps each post in <div class="date-outer"><div class="date-posts">; when the sidebar's
    # widgets hold more prose than the post (a disclaimer), the weak "date" name must not make the
    # post furniture: the element holds little besides the article-body-named post.
    post = (
        "We drove an hour and a quarter to the dealer, hoping for a dependable car that would use less "
        "fuel than the old van. The salesman was friendly and the test drive went well enough."
    )
    post2 = "Before we got home the engine light came on, and our mechanic found a long list of problems."
    disclaimer = (
        "DISCLAIMER: some posts on this site describe tools, recipes and remedies. Use them at your own "
        "risk; the author accepts no responsibility for any loss, injury or damage. Nothing written here "
        "is medical, legal or financial advice, and readers should consult a professional first. "
    )
    html = (
        "<!doctype html><html lang='en'><head><title>Verandah Notes</title></head><body>"
        "<div class='columns'><div class='main section' id='main'><div class='widget Blog' id='Blog1'>"
        "<div class='blog-posts hfeed'><div class='date-outer'><h2 class='date-header'>Wednesday, July 18, 2012</h2>"
        "<div class='date-posts'><div class='post-outer'>"
        "<div class='post hentry'><h3 class='post-title entry-title'>The car dealer</h3>"
        f"<div class='post-body entry-content' itemprop='articleBody'>{post}<br><br>{post2}</div>"
        "</div></div></div></div></div></div></div>"
        "<div class='sidebar section'><div class='widget HTML' id='HTML3'><h2 class='title'>Disclaimer</h2>"
        f"<div class='widget-content'>{disclaimer}</div></div>"
        "<div class='widget Text' id='Text1'><div class='widget-content'>"
        f"Copyright (c) 2008-2011. {disclaimer}</div></div></div></div></body></html>"
    )
    art = tamis.extract(html)
    assert post in art.text
    assert post2 in art.text
    assert "DISCLAIMER" not in art.text


def test_a_wordpress_text_widget_is_not_an_article_body() -> None:
    # WordPress names a sidebar's free-text widget "widget widget_text" with an id "text-14": the
    # word "text" twice is not an article-body name, and the sidebar (an <aside>) stays furniture
    # beside a short post whose body the page names "entry-content".
    about = (
        "Our magazine was a journal for amateur astronomers, printed every month from 2010 to 2019. It "
        "reported on new telescopes, observing trips and the night sky, and readers sent their own "
        "photographs of planets, nebulae and star clusters. The archive of every issue stays online, "
        "and the community gallery below keeps growing with new pictures from members all over the "
        "country, sorted by object, camera and date of the exposure."
    )
    post = (
        "Not in the dust this time, but with strong diffraction spikes (lens stopped down to f/5.6): "
        "the cluster was low above the horizon, and the night was clear until dawn. Sixty frames of "
        "three minutes each were stacked."
    )
    html = (
        "<!doctype html><html lang='en'><head><title>Pleiades, M45</title></head><body>"
        "<div class='mh-wrapper'><div class='mh-content'><article class='post-26044 post'>"
        "<header class='entry-header'><h1 class='entry-title'>Pleiades, M45</h1></header>"
        f"<div class='entry-content clearfix'><p>{post}</p><h3>Details</h3><ul>"
        "<li>Type of exposure: digital photo</li><li>Lens: telephoto</li><li>Place: a hill in the north</li>"
        "</ul></div></article></div>"
        "<aside class='mh-widget-col-1 mh-sidebar'><div id='text-14' class='mh-widget widget_text'>"
        f"<h4 class='mh-widget-title'>Our magazine</h4><div class='textwidget'><p>{about}</p></div></div>"
        "</aside></div></body></html>"
    )
    art = tamis.extract(html)
    assert post in art.text
    assert "amateur astronomers" not in art.text


def test_a_cookie_box_named_main_content_is_not_the_article() -> None:
    # A consent plugin names its box "moove-gdpr-tab-main-content": the article words do not make
    # it a candidate. The post below is short and printed as headings; the theme prints the headline
    # twice, first in a page header above the post, and the post's own copy anchors the choice.
    cookies = (
        "This website uses cookies so that we can give you the best possible user experience. Cookie "
        "information is stored in your browser and performs functions such as recognising you when you "
        "return to our website and helping our team understand which sections of the website you find "
        "most interesting and useful. You can adjust all of your cookie settings in the tabs on the left."
    )
    teasers = [
        "Drink tap water, clean the city: why carry bottles home when the water from the tap is tested "
        "more often than any bottled water, costs less and leaves no plastic behind on the shore?",
        "Save the spit: without quick action the breach the storms opened in the dunes will grow, and "
        "the harbour behind it will silt up within a few years, the harbour master warned on Monday.",
        "Kiel week in pirate costumes: every year I wonder what the crews will come up with, and this "
        "time the whole fleet sailed under black flags, with eye patches and wooden swords on deck.",
    ]
    html = (
        "<!doctype html><html lang='en'><head><title>Keep our lakes clean!</title></head><body>"
        "<header><nav><ul><li><a href='/'>Home</a></li><li><a href='/news'>News</a></li></ul></nav></header>"
        "<div class='page-header'><div class='container'><div class='row'><div class='col-md-10'>"
        "<h1 class='hestia-title'>Keep our lakes clean!</h1>"
        "<h4 class='author'>Posted by the editors on 23 February 2020</h4></div></div></div></div>"
        "<div class='blog-post'><div class='container'><article class='section'>"
        "<p>Once more something about water:</p><h1>Keep our lakes clean!</h1><blockquote>"
        "<h2>The poster contest for children</h2>"
        "<h3>takes place for the sixth time in 2020. Children between 6 and 12 years are invited to "
        "draw a poster and to think about what the water in our city means to them.</h3>"
        "<h4>Draw a poster with the motto: Keep our lakes clean! Think about what harms the water, "
        "and send your poster to the club by the end of April, with your name and your age.</h4>"
        "</blockquote></article></div></div>"
        "<div class='section related-posts'><div class='container'><div class='row'><div class='col-md-12'>"
        "<h2 class='hestia-title'>Related posts</h2><div class='row'>"
        + "".join(
            "<div class='col-md-4'><div class='card'><div class='content'><h6 class='category'>News</h6>"
            f"<h4 class='card-title'><a href='/post-{i}'>Another post of the club, number {i}</a></h4>"
            f"<p class='card-description'>{teaser}</p></div></div></div>"
            for i, teaser in enumerate(teasers)
        )
        + "</div></div></div></div></div>"
        "<div class='moove-gdpr-modal-content'><div class='moove-gdpr-tab-content'>"
        "<div class='moove-gdpr-tab-main'><span class='tab-title'>Privacy overview</span>"
        f"<div class='moove-gdpr-tab-main-content'><p>{cookies}</p></div></div></div></div>"
        "<footer><p>The sailing club was founded in 1921 on the shore of the lake. Its members race "
        "dinghies on weekends, teach children to sail in summer and clean the shore every spring, "
        "together with the other clubs of the district and the city's water board.</p></footer>"
        "</body></html>"
    )
    art = tamis.extract(html)
    assert "takes place for the sixth time in 2020" in art.text
    assert "cookie" not in art.text.lower()


def test_a_paragraph_whose_clause_links_to_its_source_is_kept() -> None:
    # Most of the paragraph's characters sit in one link, but the link is a clause of the
    # sentence (the page links its own words to an earlier story), not a list of links.
    linked = (
        "<p>Marc Dupont remplace depuis lundi Paul Martin, <a href='/article/paul-martin-porte-parole'>qui cumulait "
        "depuis huit mois ces fonctions avec ses responsabilités au service marketing du groupe.</a></p>"
    )
    art = tamis.extract(page(article(f"<p>{FILLER}</p>", linked, f"<p>{FILLER} Encore.</p>")))
    assert "remplace depuis lundi Paul Martin, qui cumulait depuis huit mois ces fonctions" in art.text


def test_a_heading_id_made_from_its_words_is_not_a_furniture_name() -> None:
    # Blog engines give each heading an anchor id made from its own words: "next", "nav" or
    # "partner" in that id do not make the heading furniture.
    body = article(
        f"<p>{FILLER}</p>",
        "<h2 id='et-ensuite-que-nous-reserve-la-saison-prochaine'>"
        "Et ensuite, que nous réserve la saison prochaine ?</h2>",
        f"<p>{FILLER} La suite.</p>",
        "<h2 id='nav-la-feuille-reste-1'>Seule la feuille reste</h2>",
        f"<p>{FILLER} Et la fin.</p>",
    )
    art = tamis.extract(page(body))
    assert "Et ensuite, que nous réserve la saison prochaine ?" in art.text
    assert "Seule la feuille reste" in art.text


def test_a_wordpress_post_metadata_line_is_not_text() -> None:
    # The WordPress default theme closes each post with a "postmetadata" line saying when it was
    # posted and where it is filed: metadata, not the post's text.
    meta = (
        "Cet article a été publié le mercredi 27 novembre 2019 à 15:21 et est classé dans Dégustations. "
        "Vous pouvez en suivre les commentaires par le biais du flux RSS 2.0."
    )
    body = "<div class='post'><div class='entry'>" + f"<p>{FILLER}</p><p>{FILLER} Fin.</p>"
    body += f"<p class='postmetadata alt'><small>{meta}</small></p></div></div>"
    art = tamis.extract(page(body))
    assert FILLER in art.text
    assert "Cet article a été publié le mercredi" not in art.text


def test_a_php_warning_printed_into_the_page_is_not_text() -> None:
    warning = (
        "<p><b>Warning</b>:  Creating default object from empty value in "
        "<b>/www/htdocs/site/wp-includes/classes.php</b> on line <b>407</b></p>"
    )
    art = tamis.extract(page(article(f"<p>{FILLER}</p>", warning, f"<p>{FILLER} Fin.</p>")))
    assert FILLER in art.text
    assert "Creating default object" not in art.text


def test_a_copyright_credit_line_is_not_text() -> None:
    # by rule (the block model happens to drop this one as well)
    credit = "© Service de presse du gouvernement fédéral | Photographe Jeanne Exemple, Berlin"
    html = page(article(f"<p>{FILLER}</p>", f"<p>{credit}</p>", f"<p>{FILLER} Fin.</p>"))
    art = tamis.extract(html, options=Options(use_block_model=False))
    assert FILLER in art.text
    assert "Photographe Jeanne Exemple" not in art.text


def test_an_article_printed_in_two_parts_keeps_both() -> None:
    # NYT-like: the body is cut in two same-named wrappers by a related-coverage box, and the
    # second wrapper also holds an advertisement link (so the choice does not climb to it).
    first = [f"{FILLER} Première partie, paragraphe {i}." for i in range(2)]
    second = [f"{FILLER} Seconde partie, paragraphe {i}." for i in range(6)]
    related = "".join(f"<li><a href='/r{i}'>Un autre article sur le même sujet, numéro {i}</a></li>" for i in range(4))
    body = (
        "<article class='story'>"
        "<div class='story-body-supplemental'><div class='story-body'>"
        + "".join(f"<p class='story-body-text'>{p}</p>" for p in first)
        + "</div></div><div class='related-coverage'><h2>Sur le même sujet</h2><ul>"
        + related
        + "</ul></div><div class='story-body-supplemental'>"
        + "<div class='story-ad'><a href='#story-continues'>Continuer la lecture</a></div>"
        + "<div class='story-body'>"
        + "".join(f"<p class='story-body-text'>{p}</p>" for p in second)
        + "</div></div></article>"
    )
    art = tamis.extract(page(body))
    assert [b.text for b in art.blocks] == first + second


def test_a_template_holding_json_is_not_read_as_markup() -> None:
    # A component's data shipped as JSON in <script type="text/template"> (its caption as an HTML
    # string) is not page markup: its pieces must not reach the body.
    data = (
        '{"type":"Image","data":{"id":71797,"src":"https:\\/\\/cdn.example.org\\/photo.jpg",'
        '"caption":"<p>Une photographie des années soixante<\\/p>","attribution":"<p>Avec l\'aimable '
        'autorisation de la famille<\\/p>","variant":"shortcode","size":"default","disableZoom":true}}'
    )
    body = article(
        f"<p>{FILLER}</p>",
        f"<div id='component-1'><script type='text/template'><![CDATA[{data}]]></script></div>",
        f"<p>{FILLER} Fin.</p>",
    )
    art = tamis.extract(page(body))
    assert "variant" not in art.text
    assert "aimable" not in art.text
    assert len(art.blocks) == 2


def test_a_slideshow_of_long_captions_inside_the_body_is_furniture() -> None:
    # HuffPost-like: "Also on the site" and a slideshow whose captions hold most of the page's
    # text, inside the article body element (so its share of the prose cannot tell).
    paras = [f"{FILLER} Paragraphe {i}." for i in range(4)]
    caption = (
        "Un coureur franchit la ligne d'arrivée lors d'une demi-finale du 200 mètres au stade "
        "olympique, devant une foule nombreuse venue assister à la dernière soirée d'athlétisme."
    )
    slides = "".join(f"<li><h4>Photo {i}</h4><p>{caption} ({i})</p></li>" for i in range(12))
    body = (
        "<div class='article-body'>"
        + "".join(f"<p>{p}</p>" for p in paras)
        + "<div class='promo_holder'><ul class='hp-slideshow'>"
        + slides
        + "</ul></div></div>"
    )
    art = tamis.extract(page(body))
    assert [b.text for b in art.blocks] == paras


@pytest.mark.parametrize(
    "label",
    [
        "Text size",
        "Story highlights",
        "Tags:",
        "Trending now",
        "You may also like",
        "Related Coverage",
        "4 Min Read",
        "Schon gelesen?",
        "Mehr zum Thema auf example.de",
        "Weitere Beiträge zu diesem Artikel",
        "(12 votes, average: 4.2 out of 5) Loading...",
        "(Noch keine Bewertungen)",
        "Permalink https://example.com/p/AbC1",
        "Dieses Skript als PDF herunterladen",
        "Externer Inhalt",
        "Subscribe now to our e-edition for the full story.",
        "Crédits photos : Agence Exemple",
        "Foto: Agentur Exemple",
        "Inhaltsverzeichnis",
        "(Alle Angaben ohne Gewähr)",
        "Quelle: Landesregierung",
        "Möchten Sie den Artikel teilen?",
        "Wählen Sie Ihren Zugang und lesen Sie weiter:",
        "Abbildung 8: Vorgehen bei grossen Ereignissen",
        "Kontakt:",
    ],
)
def test_a_leftover_widget_label_is_not_body_text(label: str) -> None:
    body = article(f"<p><strong>{label}</strong></p>", f"<p>{FILLER}</p>", f"<p>{FILLER} Fin.</p>")
    art = tamis.extract(page(body))
    assert label not in art.text
    assert len(art.blocks) == 2


def test_a_summary_bullet_with_a_linked_phrase_is_kept() -> None:
    # BBC-like: a bulleted summary inside the article where a bullet links half of its words.
    items = [
        "Le Royaume-Uni doit rester dans <a href='/eu'>l'Union européenne pour peser</a> dans le monde",
        "Il est confiant que l'accord sur le nucléaire iranien sera adopté par le Congrès",
        "La Syrie a besoin d'une solution politique pour vaincre le groupe État islamique",
        "Il parlera <a href='/kenya'>franchement de la corruption</a> et des droits humains au Kenya",
    ]
    body = article(
        f"<p>{FILLER}</p>",
        "<p>Dans cet entretien, le président a aussi déclaré :</p>",
        "<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>",
        f"<p>{FILLER} Fin.</p>",
    )
    art = tamis.extract(page(body))
    texts = [b.text for b in art.blocks]
    assert "Le Royaume-Uni doit rester dans l'Union européenne pour peser dans le monde" in texts
    assert "Il parlera franchement de la corruption et des droits humains au Kenya" in texts


def test_a_headline_that_ends_the_page_title_anchors_a_short_post() -> None:
    # The golden page en-short-blog-post-long-sidebar with a <title> that keeps a site prefix the
    # title stage does not cut ("Tidewater Notes ::: headline"): the headline still anchors the
    # short post against the sidebar's longer "about me" prose.
    source = Path(__file__).parent / "pages" / "en-short-blog-post-long-sidebar" / "source.html"
    html = source.read_text(encoding="utf-8").replace(
        "<title>The Rolling Lighthouse</title>", "<title>Tidewater Notes ::: The Rolling Lighthouse</title>"
    )
    art = tamis.extract(html)
    assert "Someone in Brittany put a lighthouse on a trailer. It works." in art.text
    assert "I write about the sea" not in art.text


def test_the_headline_printed_twice_anchors_with_its_post() -> None:
    # The same golden page with a theme that prints the headline a first time in a page header
    # above the post: the copy that has the post's prose around it anchors, not the first one.
    source = Path(__file__).parent / "pages" / "en-short-blog-post-long-sidebar" / "source.html"
    html = source.read_text(encoding="utf-8").replace(
        '<div id="main">',
        '<div class="page-header"><div class="container"><div class="row"><div class="col-md-10">'
        '<h1 class="hestia-title">The Rolling Lighthouse</h1></div></div></div></div><div id="main">',
    )
    art = tamis.extract(html)
    assert "Someone in Brittany put a lighthouse on a trailer. It works." in art.text
    assert "I write about the sea" not in art.text


def test_comments_are_excluded_by_default_and_included_on_demand() -> None:
    comment = "Je ne suis pas du tout d'accord avec cet article, il oublie l'essentiel du sujet."
    body = article(f"<p>{FILLER}</p>", f"<p>{FILLER} Fin.</p>") + (
        "<section id='comments' class='comments-area'><h3>3 commentaires</h3>"
        + "".join(f"<div class='comment'><p>{comment} ({i})</p></div>" for i in range(3))
        + "</section>"
    )
    art = tamis.extract(page(body))
    assert comment not in art.text
    with_comments = tamis.extract(page(body), options=Options(include_comments=True))
    assert comment in with_comments.comments_text
    assert comment not in with_comments.text


def test_windows_1252_bytes_are_decoded() -> None:
    html = page(article(f"<p>Léa Salamé, côté été — « guillemets ». {FILLER}</p>", f"<p>{FILLER}</p>"))
    data = html.replace("<head>", "<head><meta charset='windows-1252'>").encode("cp1252")
    art = tamis.extract(data)
    assert "Léa Salamé, côté été — « guillemets »." in art.text
    assert art.encoding == "windows-1252"
    assert art.encoding_source == "meta"
    no_meta = tamis.extract(html.encode("cp1252"))
    assert "Léa Salamé, côté été — « guillemets »." in no_meta.text


def test_content_type_charset_is_used() -> None:
    html = page(article(f"<p>Léa Salamé. {FILLER}</p>", f"<p>{FILLER}</p>"))
    art = tamis.extract(html.encode("cp1252"), options=Options(content_type="text/html; charset=windows-1252"))
    assert art.encoding_source == "transport"
    assert "Léa Salamé." in art.text


@pytest.mark.parametrize("data", [b"", b"   \n", ""])
def test_empty_input_gives_an_empty_article_with_a_reason(data: str | bytes) -> None:
    art = tamis.extract(data)
    assert art.blocks == ()
    assert art.text == ""
    assert art.empty_reason == "empty-input"


@pytest.mark.parametrize(
    "data",
    [b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj <<>>", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", b'{"a": [1, 2, 3]}'],
)
def test_non_html_bytes_raise_not_html(data: bytes) -> None:
    with pytest.raises(NotHTMLError):
        tamis.extract(data)


def test_a_listing_page_has_no_article() -> None:
    teasers = "".join(
        f"<div class='teaser'><h3><a href='/a{i}'>Titre de l'article numéro {i}</a></h3></div>" for i in range(20)
    )
    art = tamis.extract(page(teasers))
    assert art.blocks == ()
    assert art.empty_reason == "no-content"
    with pytest.raises(tamis.NoContentError):
        tamis.extract(page(teasers), options=Options(raise_on_empty=True))


def test_input_too_large() -> None:
    with pytest.raises(tamis.InputTooLargeError):
        tamis.extract(b"<p>" + b"x" * 2000, options=Options(max_input_bytes=1000))
    with pytest.raises(tamis.InputTooLargeError):
        tamis.extract("<p>" + "é" * 600, options=Options(max_input_bytes=1000))


def test_options_are_validated() -> None:
    with pytest.raises(ValueError, match="max_depth"):
        Options(max_depth=0)
    with pytest.raises(TypeError):
        tamis.extract("<p>x</p>", options={"include_comments": True})  # type: ignore[arg-type]


def test_article_is_frozen_and_serialises_with_a_schema_version() -> None:
    art = tamis.extract(page(article(f"<p>{FILLER}</p>", f"<p>{FILLER}</p>")), url="https://example.org/a")
    with pytest.raises(dataclasses.FrozenInstanceError):
        art.title = "x"  # type: ignore[misc]
    data = json.loads(art.to_json())
    assert data["schema_version"] == tamis.SCHEMA_VERSION
    assert data["text"] == art.text
    assert data["url"] == "https://example.org/a"
    assert data["title"] == "Titre de test"
    assert data["language"] == "fr"
    assert isinstance(art, Article)


def test_extraction_is_deterministic_and_stateless() -> None:
    one = page(article(f"<p>Premier. {FILLER}</p>", f"<p>{FILLER}</p>"))
    two = page(article(f"<p>Second. {FILLER}</p>", f"<p>{FILLER}</p>"))
    a1 = tamis.extract(one)
    tamis.extract(two)
    assert tamis.extract(one) == a1


def test_html_rendering_is_sanitised() -> None:
    body = article(
        f"<p onclick='steal()'>Un <a href='javascript:alert(1)'>lien piégé</a> et un "
        f"<a href='https://example.org/ok'>bon lien</a>. <script>alert(2)</script>{FILLER}</p>",
        f"<p style='x'>{FILLER}<img src=x onerror=alert(3)></p>",
    )
    out = tamis.extract(page(body)).to_html()
    assert "<script" not in out
    assert "javascript:" not in out
    assert "onclick" not in out and "onerror" not in out
    assert '<a href="https://example.org/ok">bon lien</a>' in out
    assert "lien piégé" in out


def test_tables_can_be_left_out() -> None:
    table = "<table><tr><th>Pays</th><th>Raids</th></tr><tr><td>Irak</td><td>2 500</td></tr></table>"
    html = page(article(f"<p>{FILLER}</p>", table, f"<p>{FILLER} Fin.</p>"))
    assert "Irak | 2 500" in tamis.extract(html).text
    assert "Irak" not in tamis.extract(html, options=Options(include_tables=False)).text


def test_a_page_cut_by_the_node_limit_says_so() -> None:
    html = page(article(*(f"<p>Paragraphe {i}. {FILLER}</p>" for i in range(50))))
    assert not tamis.extract(html).truncated
    cut = tamis.extract(html, options=Options(max_nodes=60))
    assert cut.truncated
    assert cut.to_dict()["truncated"] is True


def test_unparsable_urls_in_the_head_are_ignored() -> None:
    # Found by the fuzzer: urljoin() raises ValueError on "http://[]/x" (bracketed host).
    head = (
        "<title>Titre de test | Le Site</title><meta property='og:image' content='http://[]/x.jpg'>"
        "<link rel='canonical' href='//[zz]/a'><link rel='license' href='http://[::1x]/'>"
    )
    body = article(f"<p>{FILLER}</p><img src='http://[]/y.jpg'><a href='http://[]/z'>lien</a>")
    art = tamis.extract(page(body, head=head), url="https://example.org/a")
    assert FILLER in art.text
    tamis.extract(page(body, head=head), url="http://[]/")  # a broken page URL too


@pytest.mark.parametrize("srcset", [",", " , a.jpg", "  2x", ", , ,"])
def test_image_sources_without_a_url_are_ignored(srcset: str) -> None:
    # Found by the fuzzer: a srcset whose first candidate is empty raised IndexError.
    body = article(
        f"<figure><img srcset='{srcset}' alt='x'><figcaption>Légende</figcaption></figure>", f"<p>{FILLER}</p>"
    )
    assert FILLER in tamis.extract(page(body), url="https://example.org/a").text


def test_mathjax_formulas_keep_their_accessible_text() -> None:
    # MathJax 3 marks each formula "CtxtMenu_Attached_0" (a context menu is attached to it): not
    # a menu; the hidden-from-screen MathML copy is the formula's text.
    formula = (
        "<mjx-container class='MathJax CtxtMenu_Attached_0' jax='CHTML'>"
        "<mjx-math class='MJX-TEX' aria-hidden='true'><mjx-mi class='mjx-i'><mjx-c class='mjx-c1D438'></mjx-c>"
        "</mjx-mi></mjx-math><mjx-assistive-mml unselectable='on' display='inline'>"
        "<math><mi>E</mi><mo>=</mo><mi>m</mi><msup><mi>c</mi><mn>2</mn></msup></math>"
        "</mjx-assistive-mml></mjx-container>"
    )
    html = page(article(f"<p>{FILLER}</p>", f"<p>La relation {formula} relie la masse et l'énergie au repos.</p>"))
    text = tamis.extract(html).text
    assert "La relation E=mc2 relie la masse" in text


def test_a_comment_section_without_class_names_ends_the_article() -> None:
    # An old blog template: the comments follow the post as plain siblings, after a heading.
    comments = "".join(
        f"<div><p>Reader {i} writes that the harbour lights look much brighter this winter, and asks "
        f"whether the council paid for the new lamps out of the parking fund.</p></div>"
        f"<p>Posted by: Reader {i} at March {i}, 2011 10:1{i} AM</p>"
        for i in range(1, 6)
    )
    body = (
        f"<div><h1>Titre de test</h1><p>{FILLER}</p><p>{FILLER} Deuxième paragraphe.</p>"
        f"<p>Posted by Anne at March 1, 2011</p><h2>Comments</h2>{comments}</div>"
    )
    text = tamis.extract(page(body)).text
    assert "Deuxième paragraphe." in text
    assert "harbour lights" not in text


def test_a_comment_named_heading_is_not_an_article_section() -> None:
    # "Comment" (singular) heads an op-ed's own part: the text under it stays.
    body = article(
        f"<p>{FILLER}</p><p>{FILLER} Deuxième paragraphe.</p><h2>Comment</h2>"
        "<p>Notre avis sur cette affaire est simple, et nous le donnons ici en quelques phrases claires.</p>"
    )
    assert "Notre avis sur cette affaire" in tamis.extract(page(body)).text


def test_paragraphs_set_in_heading_markup_are_kept() -> None:
    # Old hand-written pages print every paragraph in <h4>: consecutive long "headings" head
    # nothing, yet they are the text.
    paras = "".join(f"<h4>Partie {i}. {FILLER} Et encore une phrase pour finir.</h4>" for i in range(1, 5))
    text = tamis.extract(page(f"<div><h1>Titre de test</h1>{paras}</div>")).text
    assert all(f"Partie {i}." in text for i in range(1, 5))


def test_scripts_in_a_data_table_cell_are_not_text() -> None:
    rows = "".join(
        f"<tr><td>Ville {i}</td><td>{i * 3} mm<script>if(typeof adblock=='undefined'){{var adblock=1}}</script>"
        f"<style>.cell{{color:red}}</style></td></tr>"
        for i in range(1, 5)
    )
    table = f"<table><thead><tr><th>Ville</th><th>Pluie</th></tr></thead><tbody>{rows}</tbody></table>"
    article_html = tamis.extract(page(article(f"<p>{FILLER}</p>", table, f"<p>{FILLER} Fin.</p>")))
    tables = [b for b in article_html.blocks if b.kind == "table"]
    assert tables, "the data table is part of the article"
    text = article_html.text
    assert "Ville 2" in text and "6 mm" in text
    assert "adblock" not in text and "color:red" not in text


@pytest.mark.parametrize(
    "opening",
    [
        # the copyright sign
        "Propriétaire et éditeur du site : © Agence Régionale d'Information, 2012. ",
        # no sign: "tous droits réservés" says it in words
        "Agence Régionale d'Information, 2012, tous droits réservés. ",
    ],
)
def test_a_long_legal_notice_does_not_outweigh_a_short_article(opening: str) -> None:
    # A news site's imprint in a plain <div> at the bottom: one paragraph longer than any of the
    # article's, reserving the site's rights.
    paras = "".join(
        f"<p>Partie {i} de la dépêche : la police a interpellé deux suspects mardi soir, a indiqué le "
        f"parquet, qui précise que l'enquête se poursuit dans le quartier du port.</p>"
        for i in range(1, 5)
    )
    notice = (
        f"<div class='bot'><p>{opening}"
        + "Toute reproduction, même partielle, des textes, photographies et vidéos publiés sur ce site est "
        "interdite sans l'accord écrit de la rédaction, conformément au code de la propriété intellectuelle "
        "et aux conditions générales d'utilisation du service, qui s'appliquent à tous les visiteurs. "
        * 3
        + "</p></div>"
    )
    html = (
        "<!doctype html><html><head><title>Deux suspects interpellés</title></head><body>"
        f"<div class='wrap'><div class='col'><h1>Deux suspects interpellés</h1><div class='txt'>{paras}</div>"
        f"</div></div>{notice}</body></html>"
    )
    text = tamis.extract(html).text
    assert "Partie 3 de la dépêche" in text
    assert "Toute reproduction" not in text


def test_tooltip_text_is_not_article_text() -> None:
    # A glossary tooltip beside the body: hover text, shown only on demand.
    tip = (
        "<div class='glossary-tooltip'><p>Définition : une crue centennale est une crue dont la probabilité "
        "d'être atteinte ou dépassée chaque année est d'une sur cent, selon les hydrologues.</p></div>"
    )
    body = f"<div class='txt'><p>{FILLER}</p><p>{FILLER} Deuxième paragraphe.</p><p>{FILLER} Fin.</p></div>{tip}"
    text = tamis.extract(page(f"<div><h1>Titre de test</h1>{body}</div>")).text
    assert "Deuxième paragraphe." in text
    assert "crue centennale" not in text


def test_affiliate_disclosures_and_ad_slot_markers_are_not_text() -> None:
    body = article(
        f"<p>{FILLER}</p>",
        "<p>Article continues below this ad</p>",
        f"<p>{FILLER} Deuxième paragraphe.</p>",
        "<p>If you purchase a product or register for an account through a link on our site, we may "
        "receive compensation. By using this site, you consent to our User Agreement and agree that your "
        "clicks may be recorded by us and by third-party partners in accordance with our Privacy Policy.</p>",
    )
    text = tamis.extract(page(body)).text
    assert "Deuxième paragraphe." in text
    assert "continues below" not in text
    assert "compensation" not in text


def test_teaser_tooltips_are_not_article_text_whatever_their_share() -> None:
    # A short brief beside a box of teasers whose hover texts (one "tooltip" per item) hold more
    # prose, all together, than the brief itself: they stay hover text.
    items = "".join(
        f"<li><a href='/n{i}'>Autre nouvelle {i}</a><div class='tooltip t{i}'>Résumé {i} : le syndicat des "
        f"pharmaciens a décidé de poursuivre la grève, faute d'accord sur les remboursements, et appelle "
        f"le ministère à reprendre les négociations dès la semaine prochaine.</div></li>"
        for i in range(1, 6)
    )
    brief = (
        "<div class='article'><h1>Rachat d'actions par le groupe</h1><p>Le groupe a racheté mardi 1.374 "
        "de ses propres actions, au prix moyen de 6,10 euros, pour un montant total de 8.381 euros, "
        "selon un communiqué publié mercredi.</p></div>"
    )
    html = (
        "<!doctype html><html><head><title>Le Portail Santé</title></head><body>"
        f"<div class='main'>{brief}<div class='box'><ul>{items}</ul></div></div></body></html>"
    )
    text = tamis.extract(html).text
    assert "1.374 de ses propres actions" in text
    assert "syndicat des pharmaciens" not in text


def test_drupal_fields_with_a_hidden_label_are_text() -> None:
    # Drupal prints each section of a page in a "field--label-hidden" field: the label is
    # hidden, not the field's text.
    fields = "".join(
        "<div class='field field--name-field-sections field--type-entity-reference-revisions "
        f"field--label-hidden field__items'><div class='field__item'><h2>Partie {i}</h2>"
        f"<p>{FILLER} Partie {i}, suite.</p>{'<p>' + FILLER + '</p>' if i == 1 else ''}</div></div>"
        for i in range(1, 5)
    )
    html = (
        "<!doctype html><html><head><title>Le Portail</title></head><body><div class='wrap'><div class='node'>"
        f"<h1>Titre de test</h1>{fields}</div></div><div class='links'><p><a href='/a'>Accueil</a> "
        "<a href='/b'>Contact</a></p></div></body></html>"
    )
    text = tamis.extract(html).text
    assert all(f"Partie {i}, suite." in text for i in range(1, 5))


def test_an_ad_named_inner_wrapper_of_the_article_body_is_the_body() -> None:
    # An ad script's hook ("_reachbanner_") names the wrapper of the article's paragraphs, inside
    # the article-named column: the article, though the page holds more prose elsewhere.
    paras = "".join(
        f"<p>Le médecin en chef du pays a proposé mardi {i} d'interdire le tabac dans les halls de gare, "
        f"a indiqué son service, qui rappelle que des milliers de personnes en meurent chaque année.</p>"
        for i in range(1, 6)
    )
    others = "".join(
        f"<div class='item'><h3><a href='/s{i}'>Autre sujet {i}</a></h3><p><a href='/s{i}'>Résumé {i}</a> : "
        "la mairie a voté le budget des écoles "
        "après un long débat sur la cantine, les transports scolaires et l'entretien des bâtiments anciens "
        "du centre.</p></div>"
        for i in range(1, 13)
    )
    html = (
        "<!doctype html><html><head><title>Le Journal de la Région</title></head><body>"
        "<div class='page'><div class='a_content'><div class='leftcol'>"
        "<h1>Le tabac bientôt interdit dans les gares</h1>"
        f"<div class='a_content'><div class='inner'><div class='_reachbanner_ ga1'>{paras}</div></div></div>"
        f"</div><div class='rightcol'>{others}</div></div></div></body></html>"
    )
    text = tamis.extract(html).text
    assert "proposé mardi 3 d'interdire le tabac" in text
    assert "Autre sujet" not in text


def test_a_named_lead_above_the_body_is_kept_a_summary_is_not() -> None:
    # The opening paragraph (chapô) in the article's header, named so, above the body's wrapper
    # (a linked byline between them); a "summary" of the article printed there is left out
    # (sources disagree on it).
    paras = "".join(f"<p>{FILLER} Paragraphe {i}.</p>" for i in range(1, 11))
    body = (
        "<article class='story'><header class='story__header'><h1>Titre de test</h1>"
        "<div class='story__heading'><p class='story__chapo'>Reçue mardi à l'Elysée, la secrétaire "
        "générale du syndicat a exposé ses priorités pour la rentrée, dont les salaires et les retraites.</p>"
        "<p class='story__summary'>En bref : un entretien tendu, sans annonce, avant une rentrée sociale "
        "que tous les syndicats annoncent chargée.</p></div><p class='story__byline'>Par "
        "<a href='/a/1'>Jeanne Dupont</a> et <a href='/a/2'>Marc Martin</a> · <a href='/r/politique'>Politique</a>"
        " · <a href='/r/social'>Social</a></p></header>"
        f"<div class='story__wrapper'><section class='story__content'>{paras}</section></div></article>"
    )
    text = tamis.extract(page(body)).text
    assert "la secrétaire générale du syndicat a exposé ses priorités" in text
    assert "Paragraphe 3." in text
    assert "En bref" not in text


def test_a_recipes_ingredient_list_is_part_of_its_body() -> None:
    # The steps are the longest text; the ingredients sit in their own named box beside them.
    ingredients = "".join(
        f"<li>{q}</li>" for q in ("250 g Mehl", "125 g Butter", "2 Eier", "1 Pck. Backpulver", "Salz")
    )
    steps = "".join(
        f"<dt>Schritt {i}</dt><dd>Den Backofen vorheizen, Mehl und Butter verkneten und den Teig {i * 10} "
        f"Minuten ruhen lassen. Danach ausrollen, in die Form legen und goldbraun backen.</dd>"
        for i in range(1, 6)
    )
    body = (
        "<article class='article'><h1>Omas Apfelkuchen</h1>"
        f"<section class='ingredients'><h2>Zutaten</h2><ul class='list'>{ingredients}</ul></section>"
        "<div class='preparation'><div class='preparation__time'>45 Minuten</div>"
        f"<dl class='list'>{steps}</dl></div></article>"
    )
    text = tamis.extract(page(body)).text
    assert "Minuten ruhen lassen" in text
    assert "1 Pck. Backpulver" in text


def test_foot_notices_of_a_story_are_not_text() -> None:
    # A publisher-named affiliate notice, a share prompt and a "first published" line under the story.
    body = article(
        f"<p>{FILLER}</p>",
        f"<p>{FILLER} Deuxième paragraphe.</p>",
        "<p>First published on March 4, 2021 / 9:12 AM</p>",
        "<p>Like this story? Share it with a friend!</p>",
        "<p>Contoso may earn an Affiliate Commission if you purchase something through recommended links "
        "in this article.</p>",
        "<p>If you buy something through this post, Contoso may get a share of the sale.</p>",
    )
    text = tamis.extract(page(body)).text
    assert "Deuxième paragraphe." in text
    for gone in ("First published", "Share it", "Affiliate", "share of the sale"):
        assert gone not in text


def test_contribution_notes_at_the_foot_are_not_text() -> None:
    body = article(
        f"<p>{FILLER}</p>",
        f"<p>{FILLER} Deuxième paragraphe.</p>",
        "<p>Reporting by Ann Lee in Lyon, with the help of the desk, is how this story began, he said.</p>",
        f"<p>{FILLER} Troisième paragraphe.</p>",
        "<p>Associated Press writers Jo Brand and Tim Marsh contributed to this report.</p>",
        "<p>(Additional reporting by Ann Lee; editing by Tom Kent)</p>",
    )
    text = tamis.extract(page(body)).text
    assert "Troisième paragraphe." in text
    assert "how this story began" in text  # a sentence of the body that opens the same way stays
    assert "contributed" not in text
    assert "Additional reporting" not in text


def test_blog_category_line_and_like_widget_are_not_text() -> None:
    body = article(
        f"<p>{FILLER}</p>",
        f"<p>{FILLER} Deuxième paragraphe.</p>",
        "<p>Iklan</p>",
        "<div class='sd-block'><h3>Sukai ini:</h3><p>Memuat...</p></div>",
        "<p class='postinfo'>Filed under: Sejarah |</p>",
    )
    text = tamis.extract(page(body)).text
    assert "Deuxième paragraphe." in text
    for gone in ("Iklan", "Sukai", "Memuat", "Filed under"):
        assert gone not in text


def test_a_wholly_bold_first_paragraph_is_the_lead() -> None:
    # No chapeau class: the template prints the Vorspann as a bold first paragraph.
    lead = "Die Stadt erhöht die Parkgebühren zum ersten Mal seit zehn Jahren, um den Nahverkehr zu stützen."
    bold = tamis.extract(page(article(f"<p><strong>{lead}</strong></p>", f"<p>{FILLER}</p>", f"<p>{FILLER} Zwei.</p>")))
    assert bold.metadata.lead is not None and bold.metadata.lead.value == lead
    assert bold.metadata.lead.source == "dom:bold-first-paragraph"
    assert bold.text.startswith(lead)  # still the article's first block
    plain = tamis.extract(page(article(f"<p>{lead}</p>", f"<p>{FILLER}</p>", f"<p>{FILLER} Zwei.</p>")))
    assert plain.metadata.lead is None


def test_a_first_paragraph_styled_apart_and_repeated_by_the_description_is_the_lead() -> None:
    # No chapeau class word: the template styles the standfirst with its own class ("p.bold",
    # utility classes) above the plain paragraphs, and the description repeats it.
    lead = "Die Stadt erhöht die Parkgebühren zum ersten Mal seit zehn Jahren, um den Nahverkehr zu stützen."
    head = f"<title>Parken wird teurer</title><meta name='description' content='{lead}'>"
    rest = (f"<div class='ort'>Chemnitz.</div><p>{FILLER}</p>", f"<p>{FILLER} Zwei.</p>", f"<p>{FILLER} Drei.</p>")
    styled = tamis.extract(
        page(article("<h1>Parken wird teurer</h1>", f"<p class='bold'>{lead}</p>", *rest), head=head)
    )
    assert styled.metadata.lead is not None and styled.metadata.lead.value == lead
    assert styled.metadata.lead.source == "dom:styled-first-paragraph+description"
    assert styled.text.startswith(lead)
    # styled alike: a first paragraph the description merely copies (an excerpt) is not a chapeau
    plain = tamis.extract(page(article("<h1>Parken wird teurer</h1>", f"<p>{lead}</p>", *rest), head=head))
    assert plain.metadata.lead is None
    # styled apart, but the description says something else
    other = "<meta name='description' content='Alles zur Parkgebührenreform in unserem Dossier.'>"
    apart = tamis.extract(
        page(article("<h1>Parken wird teurer</h1>", f"<p class='bold'>{lead}</p>", *rest), head=other)
    )
    assert apart.metadata.lead is None


def test_no_deck_from_a_menu_an_image_box_or_an_intertitle() -> None:
    # "sub-head" names a section menu; "fig--lead" the lead image's box; "article__sub-title" the
    # intertitles inside the text: none of them is the deck.
    menu = "".join(f"<a href='/l{i}'>Rubrik {i}</a> " for i in range(6))
    body = (
        f"<nav class='site__sub-head'>{menu}</nav>"
        "<article><h1>Hafen wieder offen</h1>"
        "<figure class='fig fig--lead'><img src='/h.jpg'><figcaption>Der Hafen am Montag Foto: Agentur"
        "</figcaption></figure>"
        f"<p>{FILLER}</p><p>{FILLER} Zwei.</p>"
        "<h2 class='article__sub-title'>Zwei Wochen Arbeit</h2>"
        f"<p>{FILLER} Drei.</p></article>"
    )
    got = tamis.extract(page(body)).metadata
    assert got.subtitle is None and got.lead is None


def test_when_the_chosen_element_keeps_nothing_the_next_one_gets_its_chance() -> None:
    # A site's long reproduction notice outweighs a short news item; once judged, the notice is
    # no article text, and the item (outside it) is the article.
    paras = "".join(
        f"<p>Partie {i} : selon une étude publiée mardi, bavarder avec ses voisins réduit le stress et aide "
        f"à surmonter les petits soucis du quotidien, expliquent les chercheurs de l'université.</p>"
        for i in range(1, 4)
    )
    teasers = "".join(f"<p><a href='/n{i}'>Autre nouvelle numéro {i} du jour sur le portail</a></p>" for i in range(9))
    notice = (
        "<div class='foot'><div class='footer_text'>"
        + (
            "Toute reproduction ou citation des articles publiés sur ce site doit mentionner la source et "
            "comporter un lien hypertexte vers la page d'origine, au plus tard au premier paragraphe du texte "
            "repris. Les opinions exprimées dans les articles n'engagent que leurs auteurs et ne reflètent pas "
            "nécessairement la position de la rédaction. "
        )
        * 4
        + "</div></div>"
    )
    html = (
        "<!doctype html><html><head><title>Le Portail</title></head><body><div class='site'>"
        f"<div class='center'><h1>Bavarder serait bon pour la santé</h1><div class='news'>{paras}</div>"
        f"<div class='more'>{teasers}</div></div>{notice}</div></body></html>"
    )
    text = tamis.extract(html).text
    assert "Partie 2 : selon une étude" in text
    assert "Toute reproduction" not in text


def test_a_teaser_list_after_the_article_in_its_container_is_not_text() -> None:
    # "Autres articles sur ce thème": each item a linked headline and an unlinked summary, in the
    # same wrapper as the article.
    items = "".join(
        f"<div class='newsItem'><h3><a href='/article-{i}.html'>Autre titre numéro {i}</a></h3>"
        f"<p>Résumé {i} : le conseil municipal a adopté mardi soir le budget de l'année, après trois "
        f"heures d'un débat animé sur les transports et les écoles.</p></div>"
        for i in range(1, 5)
    )
    paras = "".join(f"<p>{FILLER} Paragraphe {i}.</p>" for i in range(1, 7))
    body = (
        f"<div class='generalLeft'><div class='item'><h1>Titre de test</h1>{paras}</div>"
        f"<h2>Autres articles sur ce thème</h2><div class='newsList'>{items}</div></div>"
    )
    text = tamis.extract(page(body)).text
    assert "Paragraphe 4." in text
    assert "conseil municipal" not in text


def test_a_long_sidebar_is_furniture_beside_a_short_named_post() -> None:
    # A blog: the <aside> holds a long "about the author" text, the post (in "post-body") is short.
    about = (
        "<aside class='sidebar-col'><h2>À propos</h2><p>"
        + "Journaliste depuis vingt ans, j'écris ici sur la ville, ses rues, ses commerces et ses habitants, "
        "avec l'envie de raconter ce que l'on ne voit plus à force de passer devant tous les jours. "
        * 4
        + "</p></aside>"
    )
    post = (
        "<div class='post'><h3>Le marché couvert rouvre</h3><div class='post-body'><p>Après deux ans de "
        "travaux, le marché couvert rouvre samedi avec trente commerçants, dont huit nouveaux venus, a "
        "annoncé la mairie.</p><p>Les horaires restent les mêmes, du mardi au dimanche matin, et le parking souterrain "
        "reste gratuit la première heure.</p></div></div>"
    )
    html = (
        "<!doctype html><html><head><title>Le carnet de la ville</title></head><body>"
        f"<div class='wrap'><div class='main'>{post}</div>{about}</div></body></html>"
    )
    text = tamis.extract(html).text
    assert "le marché couvert rouvre samedi" in text
    assert "Journaliste depuis vingt ans" not in text


def test_related_news_box_inside_the_body_is_furniture() -> None:
    # "related-news": a furniture word beside an article word; the box of teasers is not text.
    body = article(
        f"<p>{FILLER}</p>",
        "<aside class='related-news'><div class='rnews'>Une autre histoire qui n'a rien à voir avec celle-ci</div>"
        "<div class='label'>Lire la suite</div></aside>",
        f"<p>{FILLER} Deuxième paragraphe.</p>",
        f"<p>{FILLER} Fin.</p>",
    )
    text = tamis.extract(page(body)).text
    assert "Deuxième paragraphe." in text
    assert "Une autre histoire" not in text


def test_author_contact_lines_at_the_foot_are_not_text() -> None:
    body = article(
        f"<p>{FILLER}</p>",
        f"<p>{FILLER} Deuxième paragraphe.</p>",
        "<p>jane.roe@example.com</p>",
        "<p>twitter.com/janeroe</p>",
    )
    text = tamis.extract(page(body)).text
    assert "Deuxième paragraphe." in text
    assert "jane.roe@" not in text
    assert "twitter.com" not in text


def test_newsletter_signup_box_named_news_is_furniture() -> None:
    # A sign-up box after the story whose CSS-module class happens to say "news".
    body = article(
        f"<p>{FILLER}</p>",
        f"<p>{FILLER} Deuxième paragraphe.</p>",
        "<div id='emailSignup' class='container___x1 news___b2 mt8'><div id='descr' class='font-body f3'>"
        "Let our stories meet your inbox. The news that matters, delivered every weekday morning.</div>"
        "<form><input type='email'></form></div>",
    )
    text = tamis.extract(page(body)).text
    assert "Deuxième paragraphe." in text
    assert "inbox" not in text


def test_teaser_labels_left_in_the_body_are_not_text() -> None:
    body = article(
        f"<p>{FILLER}</p>",
        "<p>Advert</p>",
        f"<p>{FILLER} Deuxième paragraphe.</p>",
        "<p><strong>DON’T MISS</strong></p>",
        f"<p>{FILLER} Fin.</p>",
    )
    text = tamis.extract(page(body)).text
    assert "Deuxième paragraphe." in text
    assert "Advert" not in text
    assert "MISS" not in text


def test_named_byline_and_timestamp_lines_heading_the_body_are_not_text() -> None:
    body = article(
        # the names also hold an article word ("story", "text"), so they are not furniture by name
        "<div class='article-date'>Nov. 20, 2019 6:02 AM EST</div>",
        "<div class='field-byline field-type-text'>By ANN LEE and TOM KENT</div>",
        f"<p>{FILLER}</p>",
        f"<p>{FILLER} Deuxième paragraphe.</p>",
        "<p class='article-date'>March 3, 2021</p>",
        "<p>By the river, the town kept its old mill and its older grudges, and nobody spoke of the flood.</p>",
    )
    text = tamis.extract(page(body)).text
    assert "Deuxième paragraphe." in text
    assert "ANN LEE" not in text
    assert "6:02" not in text
    assert "By the river" in text  # below the first paragraph: the body's own
    assert "March 3, 2021" in text


def test_breaking_news_ticker_above_the_article_is_furniture() -> None:
    ticker = "".join(
        f"<li><a href='/n{i}'>Autre dépêche numéro {i}</a> PARIS : un résumé de plusieurs phrases, assez long pour "
        f"compter comme de la prose, avec des virgules et un point final {i}.</li>"
        for i in range(6)
    )
    body = (
        f"<div class='main-content'><div class='breaking-news'><div class='breaking-title'>Breaking News</div>"
        f"<ul>{ticker}</ul></div>"
        + article(f"<p>{FILLER}</p>", f"<p>{FILLER} Deuxième paragraphe.</p>", f"<p>{FILLER} Fin.</p>")
        + "</div>"
    )
    text = tamis.extract(page(body)).text
    assert "Deuxième paragraphe." in text
    assert "Autre dépêche" not in text
    assert "Breaking News" not in text


def test_you_may_also_like_heading_ends_the_article_unless_the_body_goes_on() -> None:
    teasers = "".join(
        f"<article class='postbox post-{i}'><p>{FILLER} Autre billet {i}.</p></article>" for i in range(4)
    )
    body = (
        "<div class='col'><article class='articlebox post-1'>"
        f"<h1>Titre de test</h1><p>{FILLER}</p><p>{FILLER} Deuxième paragraphe.</p></article>"
        f"<article class='postbox post-1'><h3>Você pode gostar...</h3></article>{teasers}</div>"
    )
    text = tamis.extract(page(body)).text
    assert "Deuxième paragraphe." in text
    assert "Autre billet" not in text
    # a box of teasers inside the body: the body goes on after it
    inline = article(
        f"<p>{FILLER}</p>",
        f"<p>{FILLER} Deuxième paragraphe.</p>",
        "<div class='listing'><h3>You may like</h3><h2><a href='/a'>Another story</a></h2></div>",
        f"<p>{FILLER} Troisième paragraphe.</p>",
    )
    assert "Troisième paragraphe." in tamis.extract(page(inline)).text


def test_headline_named_so_above_the_body_is_not_text() -> None:
    # The page title is the site's name; the h1 is the post's headline, named "entry-title".
    body = article(
        "<h1 class='entry-title'>Só quem se ama sabe esperar</h1>",
        f"<p>{FILLER}</p>",
        f"<p>{FILLER} Deuxième paragraphe.</p>",
        "<h2 class='entry-title'>Un intertitre nommé comme un titre</h2>",
        f"<p>{FILLER} Fin.</p>",
    )
    text = tamis.extract(page(body, head="<title>Mensagens</title>")).text
    assert "Deuxième paragraphe." in text
    assert "Só quem" not in text
    assert "Un intertitre" in text  # below the first paragraph: a heading of the body


def test_reworded_headline_heading_the_body_is_not_text() -> None:
    # The page title (SEO wording) and the printed headline say the same thing in other words.
    body = article(
        "<h1 class='title'>Two federal guards charged with falsifying records in the death of an inmate</h1>",
        f"<p>{FILLER}</p>",
        f"<p>{FILLER} Deuxième paragraphe.</p>",
    )
    html = page(body, head="<title>Guards charged in connection with inmate's death</title>")
    text = tamis.extract(html).text
    assert "Deuxième paragraphe." in text
    assert "falsifying records" not in text
    # an h1 that does not restate the title stays
    other = page(
        article("<h1>Chapter one</h1>", f"<p>{FILLER}</p>", f"<p>{FILLER} Deuxième paragraphe.</p>"),
        head="<title>Guards charged in connection with inmate's death</title>",
    )
    assert "Chapter one" in tamis.extract(other).text


def test_a_marked_lead_above_the_chosen_container_heads_the_body() -> None:
    # The chapeau sits in the page header (class 'entry-excerpt') above the article element that
    # holds the paragraphs; the description repeats it. Same text without the metadata stage.
    lead = "Le conseil municipal a adopté mardi soir un budget en hausse de quatre pour cent, malgré l'opposition."
    head = f"<title>Budget voté | Le Site</title><meta name='description' content=\"{lead}\">"
    body = (
        "<div class='top'><h1>Budget voté</h1><div class='byline'>Par Jean Dupont</div>"
        f"<p class='entry-excerpt'>{lead}</p></div>"
        "<div class='share'><a href='/s'>Partager</a> <a href='/t'>Tweeter</a></div>"
        f"<article class='post-content'><p>{FILLER}</p><p>{FILLER} Deux.</p><p>{FILLER} Trois.</p></article>"
    )
    html = page(body, head=head)
    full = tamis.extract(html)
    assert full.text.startswith(lead)
    assert full.text.count(lead) == 1
    assert tamis.extract(html, options=tamis.Options(with_metadata=False)).text == full.text


def test_a_post_header_does_not_beat_its_body_through_the_headline_anchor() -> None:
    # A paywalled post in a magazine theme: the header (breadcrumbs, headline, deck, byline)
    # holds the headline, the story's one free paragraph sits beside it in the element named as
    # the article body, shorter than the headline anchor's bonus. The body name wins.
    free = (
        "A harbour official has told a planning hearing that the old sea wall could give way in "
        "the next big storm unless repairs begin this winter."
    )
    html = (
        "<html><head><title>Sea wall could fail, harbour official warns</title></head><body>"
        "<div class='td-header-wrap'><ul class='sf-menu'>"
        + "".join(f"<li class='menu-item'><a href='/s{i}/'>Section {i}</a></li>" for i in range(30))
        + "</ul></div>"
        "<div class='td-container'><div class='td-post-header'><div class='td-post-header-holder'>"
        "<div class='entry-crumbs'><a href='/'>Home</a> <a href='/news/'>News</a> "
        "<span>Sea wall could fail, harbour official warns</span></div>"
        "<header class='td-post-title'><h1 class='entry-title'>Sea wall could fail, harbour official warns</h1>"
        "<p class='td-post-sub-title'>'We have been lucky for three winters in a row'</p>"
        "<div class='td-module-meta-info'><div class='td-post-author-name'>By Ruth Calloway</div>"
        "<span class='td-post-date'>March 3, 2022</span></div></header></div></div>"
        "<div class='td-pb-row'><div class='td-pb-span8'><div class='td-ss-main-content'>"
        f"<div class='td-post-content'><p>{free}</p><div id='pay-barrier'></div></div>"
        "<div class='td-post-next-prev'><a href='/a'>Previous articleFerry timetable changes</a></div>"
        "</div></div><div class='td-pb-span4'><aside class='widget'><h4>This week</h4><ul>"
        "<li><a href='/b'>Council approves new bus route</a></li>"
        "<li><a href='/c'>School fair raises record sum</a></li></ul></aside></div></div>"
        "</div><footer class='td-footer-wrapper'><p>Harbour Gazette is the island's oldest newspaper, "
        "printed every weekday since 1951 and online around the clock.</p>"
        "<p>© Harbour Gazette Ltd. All rights reserved.</p></footer></body></html>"
    )
    art = tamis.extract(html)
    assert free in art.text
    assert "Previous article" not in art.text


def test_a_most_popular_box_named_with_an_article_word_is_furniture() -> None:
    # A magazine's "Most Popular" box after the story, inside the same <main>, named
    # "c-article-most-popular": the article word in the compound does not make its teasers'
    # summaries part of the story.
    story = (
        "<p>Neon tubes were bent by hand in small workshops, and a skilled bender could finish a "
        "shop sign in an afternoon, heating the glass over a ribbon burner until it softened.</p>"
        "<p>By the end of the century most of those workshops had closed, and the signs that "
        "survive now hang in museums, restaurants and the windows of collectors.</p>"
        "<p>The few benders still at work say the craft is finding new customers among artists, "
        "who want the warm, humming light that no strip of diodes can quite copy.</p>"
        "<p>Gas-filled signs first appeared in Paris before the First World War, and within two decades "
        "they lit the main streets of nearly every American town, from diners to movie palaces.</p>"
    )
    teaser = "A small town paid for ride-hailing trips instead of a bus line; now it has to cap the rides."
    box = (
        "<section class='c-article-most-popular'><h2 class='c-article-most-popular__title'>Most Popular</h2>"
        "<div class='c-article-most-popular__container'><ol class='c-article-most-popular__list'>"
        + "".join(
            f"<li class='c-article-most-popular__item'><a href='/t{i}'><img src='/i{i}.jpg' alt=''></a>"
            f"<div class='c-article-most-popular__content'><a class='c-article-most-popular__link' href='/topic{i}/'>"
            f"Transportation</a><h3 class='c-article-most-popular__hed'><a href='/t{i}'>Teaser headline number {i}</a>"
            f"</h3><p class='c-article-most-popular__dek'>{teaser} ({i})</p>"
            f"<div class='c-byline'><ol><li><a href='/a{i}'>Laura Author</a></li></ol>Apr {i}, 2019</div></div></li>"
            for i in range(1, 6)
        )
        + "</ol></div></section>"
    )
    html = page(
        "<header class='c-article-header'><h1 class='c-article-header__hed'>Why neon still glows</h1>"
        "<p class='c-article-header__dek'>The hand-bent tubes that lit the last century are finding a second life.</p>"
        f"</header><article class='l-article'>{story}</article>{box}",
        head="<title>Why neon still glows</title>",
    )
    art = tamis.extract(html)
    assert "the craft is finding new customers" in art.text
    assert teaser not in art.text


def test_a_named_related_posts_list_is_furniture_whatever_its_share() -> None:
    # A short blog post followed, inside the same entry element, by a "related_post" list whose
    # items carry long summaries: the list holds more prose than the post, and is still not it.
    post = (
        "<p>Der Film über die Insel im Nordatlantik läuft ab Freitag in ausgewählten Kinos, danach "
        "ist er für eine Woche kostenlos im Netz zu sehen.</p>"
        "<p>Die Regisseurin hat drei Jahre lang Fischer, Bankangestellte und Studierende begleitet, "
        "die nach der Krise neu anfangen mussten.</p>"
    )
    summary = (
        "Ein Rückblick auf die Proteste vor dem Parlament, die Töpfe und Pfannen, die Rücktritte und "
        "die Volksabstimmungen, mit Stimmen von damals und einer Einordnung von heute, dazu eine "
        "Liste der Bücher, die seitdem über diese Jahre erschienen sind."
    )
    related = (
        "<ul class='related_post'>"
        + "".join(f"<li><a href='/r{i}'>Beitrag Nummer {i}</a><br>{summary} ({i})</li>" for i in range(1, 5))
        + "</ul>"
    )
    html = page(
        f"<div class='post-6996'><h1>Der Film ist da</h1><div class='entry'>{post}{related}</div></div>",
        head="<title>Der Film ist da</title>",
    )
    art = tamis.extract(html)
    assert "drei Jahre lang Fischer" in art.text
    assert summary not in art.text


def test_a_date_then_last_updated_line_is_not_text() -> None:
    # A public broadcaster's story page prints "<date> Last updated at <time>" above the story,
    # inside the story's own element: a date line, like "Last updated: <date>".
    story = "".join(
        f"<p>{s}</p>"
        for s in (
            "Rescue teams worked through the night after a seven-storey block collapsed on the edge of the city.",
            "Officials said the building had been put up without permission on land set aside for a forest.",
            "At least 40 people were killed and dozens more were taken to hospital with injuries.",
        )
    )
    html = page(
        "<div class='story-body'><h1 class='story-header'>Building collapse kills 40</h1>"
        "<span class='story-date'><span class='date'>5 April 2013</span> "
        "<span class='time-text'>Last updated at</span> <span class='time'>10:08 GMT</span></span>"
        f"{story}</div>",
        head="<title>Building collapse kills 40</title>",
    )
    art = tamis.extract(html)
    assert "put up without permission" in art.text
    assert "Last updated" not in art.text
