"""Every metadata field of a news page, each with the signal it came from.

:func:`extract_metadata` is a numbered recipe of small stages over data gathered once:

1. gather     head ``<meta>``/``<link>``/``<title>``, JSON-LD objects, body landmarks
2. jsonld     pick the article object (several ``@graph`` items, page vs article objects)
3. site       site name (og:site_name, JSON-LD publisher/WebSite, the title's affix)
4. title      headline from JSON-LD/og/<title>/h1, the site's prefix or suffix removed
5. dates      published and updated, reconciled (offsets borrowed, future and pre-1990 refused)
6. authors    people and organisations from JSON-LD, meta, microdata, byline elements, text
7. language   declared language checked against the text's identified language
8. labels     section, tags, description, subtitle (deck), lead (chapeau)
9. links      canonical URL, license
10. images    lead image, figures with caption and credit split
11. related   "read more / à lire aussi" links
12. source    attribution to another outlet or agency ("Lu sur Le Figaro")

Stages read the lexbor tree and never change it. Vocabularies and thresholds are the named
constants right below; calibrate them with ``python -m bench.metadata``.
"""

from __future__ import annotations

import html as html_lib
import itertools
import json
import re
import unicodedata
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from itertools import pairwise
from typing import Any
from urllib.parse import SplitResult, urljoin, urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from tamis._authors import AT_HANDLE_RE, JUNK_WORDS, PARTICLES, is_handle, is_organization, split_byline
from tamis._dates import (
    MONTH_BY_NAME,
    ParsedDate,
    find_text_dates,
    is_plausible,
    parse_machine_date,
    parse_short_year_date,
    parse_text_date,
    url_date,
)
from tamis._dom import IMAGE_BOX_TAGS, class_words, image_box_parts
from tamis._langid import MAX_FOREIGN_SHARE, MIN_DISTINCT_WORDS, identify_language, profile_share
from tamis._vocab import (
    HEADING_IN_TITLE_MIN_CHARS,
    HEADING_KICKER_WORDS,
    HIDDEN_HEADING_CLASSES,
    HOME_LINK_MIN_SHARE,
    IMAGE_WORDS,
    TITLE_CJK_SUFFIX_MAX_CHARS,
    TITLE_COMPOUND_MIN_CHARS,
    TITLE_COMPOUND_MIN_REST,
    TITLE_CRUMB_LEVELS,
    TITLE_H1_MIN_SHARED,
    TITLE_H1_MIN_WORDS,
    TITLE_H1_MORE_WORDS,
    TITLE_H2_MIN_WORDS,
    TITLE_KICKER_MAX_WORDS,
    TITLE_LABEL_OTHER_MIN_WORDS,
    TITLE_MEDIA_TAG_RE,
    TITLE_QUOTE_LEAD_RE,
    TITLE_TOPIC_WORDS,
)
from tamis.metadata import Image, Metadata, RelatedLink, Sourced, SourcedDate


def _urljoin(base: str, url: str) -> str:
    """urljoin that never raises (a page's URL can be anything: "http://[]/" raises ValueError)."""
    try:
        return urljoin(base, url)
    except ValueError:
        return url


def _urlsplit(url: str) -> SplitResult:
    """urlsplit that never raises: an unparsable URL reads as an empty one."""
    try:
        return urlsplit(url)
    except ValueError:
        return urlsplit("")


__all__ = ["extract_metadata", "split_credit", "strip_site"]

# --- vocabularies and thresholds -------------------------------------------------------------

#: Meta names/properties (lower case) that state the publication date, most trusted first.
PUBLISHED_META: tuple[str, ...] = (
    "article:published_time", "og:article:published_time", "og:published_time", "article:published",
    "datepublished", "published_time", "publish-date", "publish_date", "publishdate", "pubdate",
    "publication_date", "publication-date", "article.published", "article_date_original",
    "originalpublicationdate", "original-publish-date", "parsely-pub-date", "sailthru.date",
    "cxenseparse:recs:publishtime", "dc.date.issued", "dcterms.issued", "dc.date.created", "dcterms.created",
    "dc.date", "dcterms.date", "dc:date", "prism.publicationdate", "citation_publication_date",
    "citation_date", "bt:pubdate", "date", "og:pubdate", "displaydate", "release_date", "created",
    "pdate", "article:post_date", "live_date", "date.created", "dc.created",
)  # fmt: skip
#: Generic date metas (Dublin Core "date", a bare "date"): as often the day the page was last
#: saved as the day it was published. Calibration (bench/metadata.py, date): where one of them
#: gave the published date, it was right on 0.56 (meta:date, 16 pages), 0.60 (dc.date, 10) and
#: 0.33 (dcterms.date, 6) of pages; dated metas of a named publication field on 0.95.
WEAK_DATE_SOURCES = frozenset({"meta:date", "meta:dc.date", "meta:dcterms.date", "meta:dc:date"})
#: A published date may follow the page's last stated modification by this many days (zones,
#: a save just before midnight); later, it is not the publication. Calibration
#: (bench/metadata.py, date): 1 page won, none lost; with no slack 2 pages lost.
MAX_DAYS_AFTER_SAVE = 1
#: Meta names/properties that state the last modification (never used for ``published``);
#: the "og:"-prefixed forms as for the publication (1 htmldate page read its revision so).
UPDATED_META: tuple[str, ...] = (
    "article:modified_time", "og:article:modified_time", "og:modified_time", "og:updated_time", "article:modified",
    "datemodified", "modified_time",
    "last-modified", "lastmod", "dcterms.modified", "dc.date.modified", "parsely-updated", "revised",
)  # fmt: skip
#: ``twitter:labelN`` values that make ``twitter:dataN`` the author (Yoast's "Written by").
WRITTEN_BY_LABEL_RE = re.compile(
    r"^(?:written\s+by|author|verfasst\s+von|geschrieben\s+von|autor(?:in)?|écrit\s+par|auteur|escrito\s+por"
    r"|scritto\s+da|geschreven\s+door)$",
    re.I,
)
#: Meta names whose content is a byline.
AUTHOR_META: tuple[str, ...] = (
    "author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "dcterms.creator",
    "byl", "citation_author", "og:article:author", "cxenseparse:author", "article:author_name", "dc:creator",
    "dcterms:creator", "og:author", "shareaholic:article_author_name",
)  # fmt: skip
#: Meta names whose content is the title, in order of trust after the JSON-LD headline.
TITLE_META: tuple[str, ...] = (
    "dc:title", "dc.title", "dcterms:title", "dcterms.title", "og:title", "twitter:title", "title",
    "parsely-title", "sailthru.title",
)  # fmt: skip
SITE_META: tuple[str, ...] = ("og:site_name", "application-name", "apple-mobile-web-app-title", "al:ios:app_name")
SECTION_META: tuple[str, ...] = ("article:section", "og:article:section", "section", "parsely-section", "category")
#: A section given as a template's code, not a name ("news_news", "world-news_index").
SECTION_CODE_RE = re.compile(r"[a-z0-9]+(?:[_][a-z0-9-]+)+")
#: The last step of a two-step breadcrumb is the section only when this short (else it is the
#: article's own headline: "Home > From adversity to advocacy: a young lawyer's journey").
SECTION_MAX_WORDS = 4
#: A comma part opening with these ends a series: the value is one name, not a list of tags.
TAG_SERIES_END: tuple[str, ...] = ("& ", "and ", "und ", "et ", "y ", "e ")
TAG_META: tuple[str, ...] = ("article:tag", "og:article:tag", "news_keywords", "keywords", "parsely-tags")
DESCRIPTION_META: tuple[str, ...] = ("description", "og:description", "twitter:description", "dc.description")
#: JSON-LD types that are the article itself.
ARTICLE_TYPES_RE = re.compile(
    r"(?:^|:|/)(?:\w*Article|BlogPosting|Posting|Report|Review|LiveBlogPosting|Story|Recipe|VideoObject)$", re.I
)
#: JSON-LD types that describe the page, not the article (their dates are weaker).
PAGE_TYPES_RE = re.compile(r"(?:^|:|/)(?:WebPage|ItemPage|AboutPage|CollectionPage|WebSite)$", re.I)
#: Separators between a headline and the site's name in <title>.
TITLE_SEPARATORS_RE = re.compile(r"\s+(?:[|\-–—·•»«›‹/~]|::|\|\|)\s+|\s*[|│┃｜]\s*")
#: A separator left dangling at either end of a title ("Headline -", "| Headline").
_DANGLING_SEPARATOR_RE = re.compile(r"^(?:[|\-–—·•»«›‹/~:]\s+)+|(?:\s+[\-–—·•»«›‹/~]|\s*[|:])+$")
_COMMENT_RE = re.compile(r"<!--.*?-->|<!--|-->", re.S)
#: Classes/ids that hold a byline.
BYLINE_SELECTOR = (
    '[rel~="author"], [itemprop~="author"], [class*="byline" i], [class*="author" i], [class*="autor" i], '
    '[class*="auteur" i], [id*="byline" i], [id*="author" i], [class*="writer" i], [data-testid*="byline" i]'
)
#: Links to an author's page, read when no byline element names a person. Calibration
#: (article-extraction-dataset + trafilatura): 4 pages gain their author, 1 page more names a
#: second one than the gold.
AUTHOR_LINK_SELECTOR = 'a[href*="/author/"], a[href*="/autor/"], a[href*="/auteur/"], a[href*="/autoren/"]'
#: A byline element with more text than this is a container (bio box, teaser list), not a byline.
MAX_BYLINE_CHARS = 120
#: A byline written in the visible text: "Von Anna Roth", "By Sam Lee", "Posted by Kim Park",
#: "Autor: Jan Koch", "Text von …", "Auteur : …". Capitalised "Von"/"By"/"Par" only (the
#: prose "von"/"by" is everywhere), or a lower-case one that opens its element when the name
#: fills the rest of it ("<i>von Jana Oberst</i>"); a label with a colon in any case ("Text:",
#: "Redaktion:"). Read only when no structured source names a person. Calibration (trafilatura
#: set, 649 pages with annotated authors): 55 name their author only in such a line; the
#: element-opening "von" and "Redaktion:" add 3 (none lost). A colon after "Von"/"By"/"Written
#: by" ("Von:", "Written by:") and an author label alone in its element ("<dt>Autorin/Autor</dt>
#: <dd>…") add 6 (4 trafilatura, 2 fundus; none lost); a lower-case "by" after a dash ("— by
#: Kenji Soto") 1 more.
TEXT_BYLINE_RE = re.compile(
    r"(?:(?:(?i:posted|written|geschrieben|verfasst|erstellt|publié|écrit|escrito|scritto)\s+(?i:by|von|par|por|da)"
    r"|(?i:text)\s+(?i:von|by)|(?i:interview|gastbeitrag|essay|analyse|reportage|kolumne|column)\s+(?:von|by)"
    r"|Von|By|Par|Por|Door)(?:\s*:)?|(?<=\d\s)(?:by|von|par)"
    r"|(?:(?<=\u2063\s)|(?<=[-–—]\s)|^)(?:by|von|par|por|door)"
    r"|(?i:autor(?:in)?|author|auteur|autore|autorka|text|texte|redaktion|rédaction|redacción)\s*:"
    # a label alone in its element, the name in the next ("<dt>Autorin/Autor</dt><dd>…</dd>")
    r"|(?:(?<=\u2063\s)|^)(?i:autor(?:in)?(?:/autor(?:in)?)?|author|auteur|autore)(?=\s\u2063))\s+"
)
#: A byline that names the kind of piece ("Ein Interview von", "A column by"): only when it
#: opens its element (in prose, "eine Analyse von RIFS-Forscherin …" is a teaser's sentence).
#: Calibration (bench/metadata.py, authors): 1 trafilatura page gains its author; read in prose
#: too it gave a teaser's researcher on 1 page.
KIND_LABEL_RE = re.compile(r"(?:interview|gastbeitrag|essay|analyse|reportage|kolumne|column)\s", re.I)
KIND_LABEL_ARTICLES = frozenset({"ein", "eine", "an", "a"})
#: Labels of a work's record (a book, a game, a film) near an "Autor:"/"Author:" label: the
#: author of the work described, not of the page. Calibration (bench/metadata.py, authors): 1
#: trafilatura book blog whose gold names nobody no longer gives the reviewed book's author;
#: none lost.
WORK_INFO_RE = re.compile(
    r"(?:^|\s)(?:titel|title|verlag|publisher|seiten|pages|isbn|ill?ustrator(?:in)?|übersetzer(?:in)?|translator"
    r"|erscheinungs\w*|genre|preis|price|reihe)\s*:",
    re.I,
)
WORK_INFO_REACH = 150
TEXT_BYLINE_ANCHORS: tuple[str, ...] = (
    "posted", "written", "geschrieben", "verfasst", "erstellt", "publié", "écrit", "escrito", "scritto", "text",
    "interview", "gastbeitrag", "essay", "analyse", "reportage", "kolumne", "column",
    "von ", "by ", "par ", "por ", "door ", "von:", "by:", "par:", "autor", "author", "auteur", "redaktion",
    "rédaction", "redacción",
)  # fmt: skip
#: Labels of a byline in the text after which one word is a name ("Posted by Konstantin",
#: "Geschrieben von Cooper", "Author: Bo2man"): they can only introduce who wrote the page,
#: unlike a bare "Von"/"By" ("Von Berlin aus …"). The word must end its element or be followed
#: by one of SINGLE_NAME_FOLLOWERS (the date: "Posted by Kim @ 12:00", "von Olga am 6. Mai");
#: a bare "Von"/"By" only with a colon ("Von: Bo2man") or after the date ("13:30 von Olga").
#: Calibration (trafilatura set, authors): 5 blogs and forums that sign with a first name or a
#: handle gain their author; no page whose gold names nobody gains one.
SINGLE_NAME_LABEL_RE = re.compile(
    r"(?:(?i:posted|written|geschrieben|verfasst|erstellt|publié|écrit|escrito|scritto)\s+(?i:by|von|par|por|da)"
    r"(?:\s*:)?|(?i:autor(?:in)?|author|auteur|autore|von|by)\s*:)",
)
#: The single word is at most this many elements after its label (a search form's "Von:"
#: field is followed by empty inputs, then a button).
MAX_SINGLE_NAME_MARKS = 2
#: Professions printed before the name in a byline ("Autor: Rechtsanwalt Jo Roth"), skipped.
#: Calibration (bench/metadata.py, authors): 1 trafilatura page gains its author (it gave
#: the profession); the mark limit drops 1 search-form button given as a name; none lost.
TEXT_BYLINE_ROLES = frozenset({"rechtsanwalt", "rechtsanwältin", "anwalt", "anwältin", "attorney", "notar", "notarin"})
#: A user handle in its own element after a byline label ("Verfasst von: <a>jancak</a>", "<span>von</span>
#: <a>flerche</a>") is the author's when a year or a time is printed this near (characters either
#: side): the post's dateline; so is one capitalised word after a capitalised label alone in
#: its element ("<span>Von</span> <a>Isabella.Rossi</a> am 19. Oktober"). Not after a comment's
#: label. Calibration (bench/metadata.py, authors): 2 trafilatura pages gain their author, none
#: lost; reading a full name after a lower-case label alone in its element as well gained 2
#: and lost 5 (licence lines, "Made with ♥ by", book shelves, comments), so it is not done.
HANDLE_DATE_REACH = 60
#: Words before a byline label that make it a comment's ("Kommentar von <a>georg77</a>").
COMMENT_LABEL_RE = re.compile(r"komment|comment|antwort|reply|réponse|respuesta|risposta|reactie", re.I)
DATE_NEAR_RE = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)|\d{1,2}:\d\d")
SINGLE_NAME_FOLLOWERS = frozenset({"am", "on", "at", "@", "um", "le", "el", "il", "|", "-", "–", "—", "·", "/"})
#: The token before a lower-case "von"/"by"/"par" that follows a number ("06.11.2023 13:30 von
#: Olga"): a date or a time. After another number ("im Jahre 1813 von Graf Johann Hendl an den
#: Bauern", "Boy 7 von Mirjam Mous") the words are prose or a title; and even after a date the
#: name must end its element or be followed by a date word, not run on into prose ("Putsch 2009
#: von Andry Rajoelina in eine …", "vom 30.1.2022 von Annette Florin für …"). Calibration
#: (bench/metadata.py, authors): 5 trafilatura pages whose gold names nobody no longer take a
#: person of the text as the author; none lost.
YEAR_TOKEN_RE = re.compile(r"(?:19|20)\d{2}(?:[-–](?:19|20)\d{2})?")
DATED_BY_TOKEN_RE = re.compile(
    r"\d{1,2}:\d{2}(?::\d{2})?|\d{1,2}\.\d{1,2}\.(?:\d{2}|\d{4})?|(?:19|20)\d{2}(?:-\d{2}-\d{2}|[-–](?:19|20)\d{2})?|Uhr"
)
#: A date (and time) and a name alone in one element, a dash or bar between ("11.12.2019 - Amelie Roth",
#: "2022-10-25 | Reiner Nagel"): the dateline of a page that prints its author beside it.
#: Read in the first characters of the text, when no other source names anyone.
#: Calibration (bench/metadata.py, authors): 3 trafilatura pages gain their author, none
#: lost; the pattern matches 4 of the ~2,500 pages of the five sets with dates.
DATED_BYLINE_RE = re.compile(
    r"(?:^|\u2063 )(?:\d{1,2}\.\s?\d{1,2}\.\s?(?:19|20)\d{2}|(?:19|20)\d{2}-\d{2}-\d{2})"
    r"(?:\s*[,|]?\s+\d{1,2}:\d{2}(?:\s+Uhr)?)?\s+[-–—|]\s+"
    r"([A-ZÀ-Þ][^\s\u2063]*(?:\s+[A-ZÀ-Þ][^\s\u2063]*){1,3})\s+\u2063"
)
MAX_DATED_BYLINE_SCAN = 20_000
#: A description that opens with a byline: the names up to a dash, two spaces or a full stop.
#: Calibration (bench/metadata.py, authors): 1 trafilatura blog gains its 4 authors (its byline
#: is in a script template); on dragnet and htmldate (1,762 pages) it fires on that page only.
DESCRIPTION_BYLINE_RE = re.compile(r"^\s*(?:Posted|Written)\s+by\s+([^.:|]{3,120}?)(?:\s+[-–—|]\s|\s\s|\.\s|$)", re.I)
#: A name alone in its element, the date alone in the next ("<span>Daisy-Mae Roth</span>
#: <span>Dec 05, 2023</span>"): a byline without a label. Read when no other source names
#: anyone (not even a handle), within NAME_THEN_DATE_REACH characters after the h1, and only a
#: name none of whose words the text writes in lower case. Calibration (bench/metadata.py,
#: authors): 2 article-extraction-dataset pages (one site) gain their author; read anywhere
#: in the page it also took an event listing and a contact line on 2 trafilatura pages, so
#: it is kept under the headline. It names nobody on the 1,700 pages of dragnet, cleaneval
#: and scrapinghub.
NAME_THEN_DATE_REACH = 600
_SHOWN_DATE = (
    r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?,? (?:19|20)\d\d"
    r"|\d{1,2}\.\s?\d{1,2}\.\s?(?:19|20)\d\d|\d{1,2}\.? (?:Januar|Februar|März|April|Mai|Juni|Juli|August|September"
    r"|Oktober|November|Dezember) (?:19|20)\d\d)"
)
_SHOWN_NAME = r"([A-ZÀ-Þ][\w'’.-]*(?: [A-ZÀ-Þ][\w'’.-]*){1,2})"
#: … or the date first, then the name in the next element ("19. Oktober 2019 <span>Boris T.
#: Kaiser</span>"): 1 trafilatura page more.
NAME_THEN_DATE_RE = re.compile(
    rf"\u2063 {_SHOWN_NAME} \u2063 {_SHOWN_DATE}|{_SHOWN_DATE} (?:\u2063 ){{1,6}}{_SHOWN_NAME} \u2063"
)
#: Credits for other work than writing, just before a name in the visible text ("Contributions
#: from", "Edited by", "Photography by"): a second or later "author" they introduce is a
#: contributor, dropped. Calibration (article-extraction-dataset): 5 pages list such credits as
#: JSON-LD authors; the gold names the writer only.
CONTRIBUTOR_LABEL_RE = re.compile(
    r"(?:contributions?\s+from|contributing|additional\s+reporting\s+by|(?:edited|reviewed|fact[- ]?checked|produced"
    r"|styled|illustrated|translated|compiled)\s+by|(?:photography|photos?|illustrations?|graphics?|video)\s+by"
    # a photo credit only just before the name ("Foto: Ina Roth"; not "Foto: Police | Vis mer |
    # <byline box>": 1 fundus page keeps its second author)
    r"|bearbeitet\s+von|übersetzt\s+von|übersetzung|fotos?\s*:?\s*(?:von)?\s*$|mitarbeit\s*:?|avec\s+la\s+collaboration"
    r"\s+de|édité\s+par|traduit\s+par)[^.!?]{0,40}$",
    re.I,
)
#: Credits for other work that end the writer's name in a byline line ("Text von Ana Roth
#: Illustration von Tim Berg", "By Sam Lee Photos by …"). Calibration (bench/metadata.py,
#: authors): 1 trafilatura page gains its author; none lost.
TEXT_BYLINE_CREDITS = frozenset(
    {
        "illustration", "illustrationen", "illustrations", "foto", "fotos", "photo", "photos", "photography",
        "bild", "bilder", "grafik", "grafiken", "graphics", "video", "kamera", "camera", "schnitt", "mitarbeit",
    }
)  # fmt: skip
#: A credit word that opens a "name" of a byline element ("Übersetzung Sara Lind", "Fotos Jan
#: Roth"): that person translated or photographed, the writer is named apart. Calibration
#: (bench/metadata.py, authors): 1 trafilatura page no longer gives its translator as a
#: second author; none changes otherwise, nor on 584 dragnet/cleaneval/scrapinghub pages.
CREDIT_OPENERS = TEXT_BYLINE_CREDITS | {
    "übersetzung", "translation", "traduction", "traducción", "traduzione", "vertaling", "tłumaczenie",
}  # fmt: skip
#: Words that join two names in a byline line.
TEXT_BYLINE_JOINERS = frozenset({"und", "and", "et", "&", "y", "e", "i", "en"})
#: At most this many bylines in the text are tried, and this many words read after each.
#: Calibration (trafilatura set, authors): menus of "By date / By topic" used up 3 tries
#: before a "Text: <name>" line; 6 finds it, 10 finds nothing more.
MAX_TEXT_BYLINES = 6
MAX_TEXT_BYLINE_WORDS = 9
#: A link around a byline element with this many characters more than the byline is a teaser
#: card of another article (its title, date, author). Calibration (bench/metadata.py, authors):
#: 2 trafilatura pages whose gold names nobody no longer take a teaser's author; none lost.
TEASER_LINK_EXTRA_CHARS = 20
#: Classes that wrap author boxes of *other* articles or comments: their names are not the article's.
_NOT_BYLINE_RE = re.compile(r"comment|related|teaser|recommend|footer|widget|sidebar|popular|share|avatar", re.I)
#: An author box ("author-bio", "about-the-author", "Autorenbox"): the names in it are the
#: article's author's even when the box sits in the page's footer or sidebar (the classes
#: around it are not read). Calibration (bench/metadata.py, authors): 1 trafilatura page gains
#: its author (a box in the footer); none changes otherwise, nor on 584 dragnet/cleaneval/
#: scrapinghub pages. Longer texts in the box (the bio) gave a sentence as an organisation.
AUTHOR_BOX_RE = re.compile(
    r"auth?or(?:en)?[\s_-]*(?:bio|box|info|profile|card|about)|about[\s_-]*(?:the[\s_-]*)?auth?or|biography", re.I
)
#: The longest text of an element read in an author box (a name, a "By" line; not the bio).
AUTHOR_BOX_NAME_CHARS = 60
#: Elements that credit a picture: an "author" class inside them names the photographer or
#: the licensor of the image ("<figure><span class=author-name>Jo Roth</span>", "<div
#: class=license-info><span class=author>…"), not the article's author. Calibration
#: (bench/metadata.py, authors): 1 trafilatura page gets its author instead of the
#: photographer of its lead picture, 2 pages (1 trafilatura, 1 fundus) no longer give a
#: photo agency or a caption's role as an organisation; none lost. ("caption" is no such
#: class: a header's headline block is one on 1 trafilatura page.) No author changes on 584
#: dragnet, cleaneval and scrapinghub pages.
IMAGE_CREDIT_TAGS = frozenset({"figure", "figcaption", "picture"})
IMAGE_CREDIT_CLASS_RE = re.compile(r"licen[cs]e|lizenz|credit|copyright|bildnachweis|bildquelle|bildautor", re.I)
#: Class/id words of elements that show the publication date.
DATE_CLASS_RE = re.compile(
    r"(?:^|[\s_-])(?:date|time|datum|fecha|data|dateline|timestamp|published|publish|pubdate|posted|"
    r"post-?date|entry-?date|article-?date|meta|byline|info|zeit|stand)(?:$|[\s_-]|\w*)",
    re.I,
)
#: Words that introduce the publication date in visible text.
PUBLISHED_WORDS_RE = re.compile(
    r"(?:published|posted|veröffentlicht|erschienen|publié|publiée|mis en ligne|publicado|publicada|"
    r"pubblicato|pubblicata|gepubliceerd|opublikowano|publikováno|publicerad|publiceret|publisert|"
    r"julkaistu|yayınlanma|опубликовано|публікація|δημοσίευση|created|erstellt|date|datum|stand)\b"
    r"(?:\s+(?:on|am|le|el|il|em|op|dne|den|:))?\s*:?\s*",
    re.I,
)
#: Literal starts of PUBLISHED_WORDS_RE's alternatives: found with str.find, then the pattern is
#: matched there (a bare re.search of a long alternation costs ~30 ms on a 60 kB page).
PUBLISHED_ANCHORS: tuple[str, ...] = (
    "published", "posted", "veröffentlicht", "erschienen", "publié", "mis en ligne", "publicad", "pubblicat",
    "gepubliceerd", "opublikowano", "publikováno", "publicerad", "publiceret", "publisert", "julkaistu",
    "yayınlanma", "опубликовано", "публікація", "δημοσίευση", "created", "erstellt", "date", "datum", "stand",
)  # fmt: skip
UPDATED_WORDS_RE = re.compile(
    r"(?:updated|last\s+modified|modified|aktualisiert|zuletzt|mis à jour|actualizado|aggiornato|"
    r"bijgewerkt|zaktualizowano|aktualizováno|uppdaterad|opdateret|oppdatert|päivitetty|обновлено)\b",
    re.I,
)
#: Labels of dates that are not the page's: the clock of a forum or portal ("Aktuelle Zeit:
#: 14.10.2020, 12:18", "It is currently"), a member's registration, a thread's last post or
#: the reader's last visit. Calibration (bench/metadata.py, date): 1 htmldate page (and its
#: trafilatura copy) won, none lost.
OTHER_DATE_LABEL_RE = re.compile(
    r"(?:aktuelle\s+zeit|current\s+time|it\s+is\s+currently|es\s+ist\s+jetzt|heute\s+ist|today\s+is|"
    r"registriert|registered|joined|mitglied\s+seit|member\s+since|inscrit|registrado|"
    r"letzter\s+beitrag|last\s+post|letzter\s+besuch|last\s+visit)\b",
    re.I,
)
#: How far (characters) before a date its label is looked for.
LABEL_CHARS = 30
#: How far (characters) after a "published" word its date may start.
PUBLISHED_WINDOW = 40
#: How far back in its sentence a "published" word that ends the sentence looks for its date
#: ("Der Artikel … wurde am 05.11.2021 in der Kategorie Neuheiten von … veröffentlicht.").
PUBLISHED_BEFORE_CHARS = 160
#: A date whose text node is at most this long stands alone (a dateline, "Aktualisiert:
#: 30.12.2016", "06.10.2017 11:15"); a longer node is prose ("am 6. September 2017 hat der
#: Minister …"), whose dates are events, not the page's date.
MAX_DATELINE_CHARS = 80
#: Visible body text scanned for dates (characters from the start of the page text).
MAX_TEXT_SCAN = 60_000
#: Labels of related-link blocks ("à lire aussi", "read more"…).
RELATED_LABEL_RE = re.compile(
    r"^\s*(?:[àa]\s+lire\s+(?:aussi|également|egalement)|lire\s+(?:aussi|également)|voir\s+aussi|"
    r"read\s+(?:more|also|next)|related(?:\s+(?:articles?|stories|content|coverage|links?))?|see\s+also|"
    r"more\s+on\s+this|mehr\s+zum\s+thema|lesen\s+sie\s+(?:auch|mehr)|auch\s+interessant|das\s+könnte|"
    r"lee\s+(?:también|más)|leer\s+más|te\s+puede\s+interesar|leggi\s+anche|potrebbe\s+interessarti|"
    r"leia\s+(?:também|mais)|lees\s+ook|czytaj\s+(?:też|także|więcej)|читайте\s+также|"
    r"läs\s+(?:också|mer)|les\s+også|læs\s+også)\s*[:\-–—>»]*\s*",
    re.I,
)
#: The same label anywhere (``re.match`` at a position: ``^`` would only match at 0).
RELATED_LABEL_AT_RE = re.compile(RELATED_LABEL_RE.pattern.removeprefix("^\\s*"), re.I)
RELATED_ANCHORS: tuple[str, ...] = (
    "lire", "voir aussi", "read ", "related", "see also", "more on this", "mehr zum", "lesen sie", "auch inter",
    "das könnte", "lee ", "leer ", "te puede", "leggi", "potrebbe", "leia", "lees ook", "czytaj", "читайте",
    "läs ", "les også", "læs også",
)  # fmt: skip
#: A related link's title is another article's headline: not a tag, topic or author page
#: (their paths), and without a comment count glued in front ("0Der frühere Minister…").
RELATED_NOT_PATH_RE = re.compile(
    r"/(?:tags?|topics?|themen?|thema|schlagworte?|category|categories|kategorie|rubrique|author|autor|auteur)(?:/|$)",
    re.I,
)
RELATED_COUNT_PREFIX_RE = re.compile(r"^\d+(?=[^\W\d_])")
#: Classes of related-link blocks.
RELATED_CLASS_RE = re.compile(r"related|read-?more|lire-?aussi|see-?also|more-?on|mehr-?zum", re.I)
#: Attribution to another outlet: "Lu sur X", "Source : X", "Quelle: X", "with Reuters".
SOURCE_RE = re.compile(
    r"^\s*(?:lu\s+sur|lu\s+dans|vu\s+sur|source\s*:|sources?\s*:|quelle\s*:|fuente\s*:|fonte\s*:|"
    r"bron\s*:|źródło\s*:|источник\s*:|originally\s+published\s+(?:on|in|by)|"
    r"this\s+(?:article|story)\s+(?:was\s+)?(?:first\s+|originally\s+)?(?:appeared|published)\s+(?:on|in)|"
    r"(?:first\s+)?published\s+(?:on|in|by)|reported\s+by|with\s+(?=(?:reuters|afp|ap|dpa)\b))\s*(.{2,80}?)\s*\.?\s*$",
    re.I,
)
#: Labels after which a person's name is a byline, not an attribution to another outlet.
SOURCE_BY_LABEL_RE = re.compile(r"\bby\s*$", re.I)
#: A "Source:" line inside these elements (or classes) credits a chart's data, a photo or the
#: publisher's copyright ("Published by Associated Newspapers Ltd" in the footer), not where
#: the article comes from; ancestors looked at: SOURCE_FRAME_REACH.
SOURCE_FRAME_TAGS = frozenset({"figure", "figcaption", "table", "caption"})
SOURCE_FRAME_CLASS_RE = re.compile(r"copyright|caption|credit|chart|graphic", re.I)
SOURCE_FRAME_REACH = 8
#: Words of a date line: month names (the dates stage's table), clock and zone words
#: ("December 20, 2023 / 12:33 PM EST").
_MONTH_WORDS = frozenset(MONTH_BY_NAME) | {
    "am", "pm", "est", "edt", "cst", "cdt", "pst", "pdt", "gmt", "utc", "cet", "cest", "uhr", "mez", "mesz",
}  # fmt: skip
#: The attribution's label anywhere in the text (prefilter before the element scan).
SOURCE_LABEL_AT_RE = re.compile(SOURCE_RE.pattern.removeprefix("^\\s*").split("\\s*(.{2,80}?)")[0], re.I)
SOURCE_ANCHORS: tuple[str, ...] = (
    "lu sur", "lu dans", "vu sur", "source", "quelle", "fuente", "fonte", "bron", "źródło", "источник",
    "originally published", "first published", "first appeared", "published on", "published in",
    "published by", "reported by", "with reuters", "with afp", "with ap", "with dpa",
)  # fmt: skip
#: Credits at the end (or start) of a caption.
CREDIT_RE = re.compile(
    r"(?:\s*[(\[]?\s*(?:©|\(c\)|copyright|photo\s*:|photos\s*:|foto\s*:|fotos\s*:|bild\s*:|image\s*:|"
    r"crédit\s*:|credit\s*:|crédits\s*:|quelle\s*:|source\s*:|fuente\s*:|picture\s*:|photo\s+by|photograph\s+by|"
    r"foto\s+von|photo\s+de|fot\.|dok\.)\s*[^()\[\]]{0,160}[)\]]?"
    r"|\s*[(\[]?\b(?:getty\s+images|afp|reuters|ap\s+photo|dpa|epa|imago|shutterstock|keystone|picture\s+alliance)"
    r"\b[^()\[\]]{0,40}[)\]]?"
    # "(Adel Hana/Associated Press)": a photographer and an agency in closing parentheses
    r"|\s*\((?=[^()]*\w/\s?\w)[^()]{3,80}\)"
    # "... for sale. (Bespoke Real Estate)": after the caption's last sentence, a source of at
    # most four capitalised words in parentheses (credit recall on fundus 0.735 -> 0.756)
    r"|(?<=[.!?])\s*\((?-i:[A-ZÀ-Þ][\w'’&.-]*(?:\s+[A-ZÀ-Þ&][\w'’&.-]*){0,3})\)"
    # "... from the ground up. Supplied": a handout's word after the last sentence (credit
    # recall on fundus 0.756 -> 0.766)
    r"|(?<=[.!?])\s*(?:supplied|handout)\.?"
    # "... in La Soledat / Lorenzo Marina": a photographer's name of two to four capitalised
    # words after a spaced slash (fundus credit recall 0.766 -> 0.771; no other caption of the
    # set ends so)
    r"|\s+/\s+(?-i:[A-ZÀ-Þ][\w'’.-]+(?:\s+[A-ZÀ-Þ][\w'’.-]+){1,3})"
    # Japanese press: "…で（潟沼義樹撮影）" (photographed by), "…警察官ら＝ＡＰ" (an agency's
    # letters after "＝"; not "＝13日" a date), "…石川（Ｃ）共同通信社" (fundus credit recall
    # 0.771 -> 0.781, precision 0.910 -> 0.912)
    r"|[（(][^（）()]{1,20}撮影[)）]|＝[A-ZＡ-Ｚ][A-ZＡ-Ｚ&＆]{1,9}|[（(][CＣ][)）]\s*[^\s（）()]{1,20}"
    # Korean press: "… 부통령. 사진=BTC미디어" (photo = X), "<이종화 기자>" (a reporter's name);
    # fundus credit recall 0.781 -> 0.796. Not "[사진 출처 = 연합뉴스]": fundus' gold keeps
    # that one in the caption (with it: credit 0.809 but one caption match lost, recall 0.917)
    r"|\s+사진\s*=\s*[^\s\[\]<>()]{1,30}|\s*<[^<>]{1,20}\s기자>)\s*$",
    re.I,
)
#: A full-width copyright sign or a "photographed by" word around a Japanese credit's name
#: ("（Ｃ）共同通信社", "潟沼義樹撮影"); a Korean credit's "photo =" label or "reporter" word
#: ("사진=연합뉴스", "이종화 기자").
CREDIT_PHOTOGRAPHED_RE = re.compile(r"^[（(]?[CＣ][)）]\s*|^사진\s*=\s*|撮影$|\s기자$", re.I)
#: A dated copyright notice after the photographer's name ("Frank Franklin II/Copyright 2026
#: The AP. All rights reserved."): the agency's boilerplate, not the credit's name. Measured on
#: fundus' annotated credits: credit recall 0.723 -> 0.735 (one template's five figures).
COPYRIGHT_NOTICE_RE = re.compile(r"\s*(?:/|\s[-–—|]\s)\s*(?:copyright|©|\(c\))\s*\d{4}\b.*$", re.I)
#: A credit label inside a text ("Bildquelle:", "Foto:", "©"): the image's title names its
#: credit only with one (fundus credit recall 0.802 -> 0.822).
CREDIT_LABEL_IN_RE = re.compile(r"©|\(c\)|copyright|(?:photos?|fotos?|bild|image|quelle|source|credits?)\s*:", re.I)
#: schema.org properties that mark a figure's credit element ("<figcaption itemprop=author>").
#: With "(Dok.X)" (Indonesian "documentation") in CREDIT_RE: fundus credit recall 0.822 -> 0.827.
CREDIT_ITEMPROPS = frozenset({"author", "copyrightholder", "credittext", "creator"})
#: Caption/credit classes inside a figure ("distributor": the agency printed beside the
#: photographer, "Photo by X / AFP via Getty Images"; "autor": the German "bildautor", fundus
#: credit recall 0.796 -> 0.802).
CREDIT_CLASS_RE = re.compile(r"credit|copyright|source|author|autor|photographer|rights|distributor|agency", re.I)
CAPTION_CLASS_RE = re.compile(r"caption|legend|legende|légende|bildunterschrift|description", re.I)
#: Caption classes that say so alone; "description" also names product and site blurbs, so
#: it marks a caption only with an image word on the element or its image box. Calibrated
#: on fundus' annotated images: without it a footer's about text beside the site logo was
#: taken for the caption of every page of one site.
STRONG_CAPTION_CLASS_RE = re.compile(r"caption|legend|legende|légende|bildunterschrift", re.I)
#: An image word joined to a text word in one class name ("mediaSubtitle", "img-info",
#: "photo_desc"): the text block of an image box, on templates without a caption
#: class. Calibrated on fundus' annotated images (10 captions of 411 on three templates).
IMAGE_TEXT_CLASS_RE = re.compile(rf"(?:{IMAGE_WORDS})[-_]?(?:subtitle|info|desc|unterschrift)", re.I)
IMAGE_CLASS_RE = re.compile(r"im(?:a)?g|photo|foto|bild|media|pic|slide|galler|carousel|figure", re.I)
#: The label before a credit's holder ("Photo : AFP" -> "AFP"), dropped from ``Image.credit``.
CREDIT_LABEL_RE = re.compile(
    r"^(?:©|\(c\)|copyright|(?:photo|image|picture)\s+credits?|photos?|fotos?|bild(?:rechte)?|images?|credits?|"
    r"crédits?|quelle|source|fuente|"
    r"picture|photograph(?:ie)?|fot\.)(?:\s*:|\s+by\b|\s+von\b|\s+de\b|(?<=©)|(?<=\.))\s*",
    re.I,
)
#: Lower-case pieces of the class attributes that may mark an image's caption outside a
#: <figure> (:meth:`_Page.classed_with`; the class words are then checked with the regexes
#: below): "desc" covers "description", and IMAGE_TEXT_CLASS_RE's text words are reached
#: through "subtitle" and "info" only ("text" is in 20 class attributes a page, for no caption
#: found on the fundus set).
CAPTION_CLASS_PIECES: tuple[str, ...] = ("caption", "legend", "unterschrift", "desc", "subtitle", "info")
#: Attributes naming an image's URL, in order: a lazy-loading image's real URL first (its
#: src is then a placeholder), then src and srcset.
IMAGE_SRC_ATTRS: tuple[str, ...] = ("data-src", "data-lazy-src", "data-original", "src", "data-srcset", "srcset")
#: Other lazy loaders' attributes ("data-flickity-lazyload", "data-lazy-srcset",
#: "data-original-src"), read when none of IMAGE_SRC_ATTRS names a URL: AP's photo carousels
#: on the fundus set (22 annotated captions) have nothing else.
LAZY_SRC_ATTR_RE = re.compile(r"lazy|src|original", re.I)
#: An image box's class without a caption class inside ("imgbox", "image-widget"): the box
#: holds the image, then its caption and credit as plain text elements. Calibrated on fundus'
#: annotated images (8 captions on two templates of four sites, one caption not in the gold).
#: How far above an image its caption box (tamis._dom.image_box_parts) is looked for: the image,
#: its <picture>, the wrapper holding it, the box.
IMAGE_BOX_REACH = 3
#: A custom element's name that says it draws an image from its own src ("storefront-image",
#: "nuxt-img"): the image of a <figure> without an <img>. Measured on fundus' annotated
#: captions: recall 0.912 -> 0.917, precision 0.904 -> 0.905 (two figures of one template).
#: An image that is an .svg drawing, or that sits in a form (at most NOT_PHOTO_LEVELS above its
#: caption box: a captcha's pictures, a newsletter form's icons), has no caption. Measured on
#: fundus' annotated captions: precision 0.903 -> 0.907, recall unchanged (with <button> too,
#: recall 0.920 -> 0.912: lightbox buttons wrap photos).
NOT_PHOTO_TAGS = frozenset({"form", "label"})
NOT_PHOTO_LEVELS = 4
#: A lightbox's caption and credit written on the <img> itself (fancybox and the like:
#: data-caption, data-source). Measured on fundus' annotated captions: recall 0.917 -> 0.920,
#: credit recall 0.720 -> 0.723, precision 0.905 -> 0.903 (a true caption on a page whose gold
#: annotates its first image only) (python -m bench.metadata --sets fundus).
IMAGE_CAPTION_ATTR = "data-caption"
IMAGE_CREDIT_ATTRS = ("data-credit", "data-copyright", "data-source")
IMAGE_COMPONENT_RE = re.compile(r"(?:^|-)(?:image|img|picture|photo)(?:$|-)")
IMAGE_BOX_CLASS_RE = re.compile(r"(?:image|img|photo|foto|picture)[-_]?(?:box|widget)")
#: An author box's line under the author's photo ("Von Anna Roth Redakteurin", "By Sam Lee"):
#: a byline, not a caption (capitalised name after the word; at most BYLINE_CAPTION_MAX_CHARS).
#: Calibrated on fundus' annotated images: 6 such "captions" on 3 sites' author boxes, none
#: a gold caption. The surname may open with a lower-case particle ("Von Monique de Cleur",
#: "By Anna van Dijk"): one more such line on fundus, precision +1 caption.
BYLINE_CAPTION_RE = re.compile(
    r"(?:Von|By|Par|Por|Door)\s+[A-ZÀ-ÖØ-Þ][\w'’-]+\s+"
    r"(?:(?:de|del|della|der|den|di|da|du|dos|la|le|van|von|ten|ter|zu)\s+)*[A-ZÀ-ÖØ-Þ]"
)
BYLINE_CAPTION_MAX_CHARS = 80
#: Levels climbed from a caption to the element holding its image. Calibrated on the fundus
#: set's annotated images (411 captions): 3 finds the image box of every div-built template
#: seen (div.image > div.caption > span), more starts pairing captions with unrelated images.
CAPTION_BOX_REACH = 3
#: An image box holds its caption, a credit and little else: more text than the caption plus
#: this means the caption-classed element is a description paragraph beside an image.
CAPTION_BOX_SLACK_CHARS = 200
MAX_CAPTION_CHARS = 600
#: Letters a caption has at least (a video's "03:33 Min" or a date alone has fewer).
MIN_CAPTION_LETTERS = 5
_LETTERS_RE = re.compile(r"[^\W\d_]+")
MAX_CAPTION_NODES = 400
#: <img> tried per box for a usable URL (lazy-loading placeholders come first).
MAX_BOX_IMAGES = 4
#: Credit elements joined into one credit (a photographer, an agency, a distributor).
MAX_CREDIT_PARTS = 3
#: Subtitle (deck/standfirst) and lead (chapeau) classes, as class words: a class name is cut
#: into lower-case words at punctuation and camelCase ("Article_elementLead__N3pGr" -> article,
#: element, lead, n3p, gr). Calibrated on fundus' summaries (the standfirst shown above the
#: body, 164 pages): the words below are those of the templates met there, in 9 languages.
SUBTITLE_WORDS = frozenset({
    "subtitle", "subtitel", "subhead", "subheadline", "standfirst", "deck", "dek", "strapline", "soustitre",
    "untertitel", "midtitle",
})  # fmt: skip
SUBTITLE_PAIRS = frozenset(
    {("sub", "title"), ("sub", "head"), ("sub", "headline"), ("sous", "titre"), ("mid", "title")}
)
LEAD_WORDS = frozenset({
    "chapo", "chapeau", "lead", "leadtext", "leadin", "intro", "summary", "abstract", "vorspann", "einleitung",
    "preamble", "preface", "excerpt", "teasertext", "ingress", "ingres", "entradilla", "sottotitolo", "occhiello",
})  # fmt: skip
LEAD_PAIRS = frozenset({("lead", "text"), ("lead", "in"), ("teaser", "text"), ("first", "paragraph")})
#: Elements that are never a deck or chapeau themselves: the page's frame, links, media and image
#: boxes (a "fig--lead" figure is the lead image with its caption), menus.
LABEL_NOT_TAGS = frozenset({
    "html", "body", "script", "style", "a", "img", "meta", "link", "article", "main", "section", "nav",
    "figure", "figcaption", "picture", "button", "form",
})  # fmt: skip
#: Classes of prompts that borrow a deck's or a lead's name ("website-cookies-subtitle",
#: "sns-lead-block": follow us) — never the article's.
LABEL_NOT_CLASS_RE = re.compile(r"cookie|consent|gdpr|newsletter|subscri|sns|promo", re.I)
#: A deck or chapeau never holds the headline: an element around it ("page-lead", "post-intro")
#: is the article's header, not its standfirst (the captions a candidate holds are left out of
#: its text: :func:`_label_text`).
LABEL_NOT_INSIDE = "h1"
#: A candidate whose text is this share link text or more is a menu ("3. Liga Startseite
#: Spieltag Tabelle…" in a "sub-head" nav bar).
LABEL_MAX_LINK_SHARE = 0.5
#: "lead" beside these names the lead image or video ("lead-art-block", "lead-media").
LABEL_NOT_WORDS = frozenset({"art", "image", "img", "photo", "media", "video", "gallery", "figure", "picture"})
#: Lower-case pieces of the class attributes worth splitting into words for a deck or chapeau
#: (:meth:`_Page.classed_with`: an alternation regex costs 8 µs per class attribute).
LABEL_CLASS_PIECES: tuple[str, ...] = (
    "sub", "standfirst", "deck", "dek", "strapline", "titre", "titel", "midtitle", "chap", "lead", "intro",
    "summar", "abstract", "vorspann", "einleitung", "pream", "prefac", "excerpt", "teaser", "ingres",
    "entradilla", "sottotitolo", "occhiello", "first-paragraph",
)  # fmt: skip
#: A deck or chapeau agreeing with the page's description this much (word F1) is the one, before
#: any other candidate (also one in a teaser-named element: "teaser-text" above the body).
LEAD_DESCRIPTION_F1 = 0.5
#: A wholly bold first paragraph of the article (<strong>/<b> around all of it) is its chapeau
#: when no element is classed as one, from this many words (German, Italian and BBC-style
#: templates). fundus' summaries: 6 more found of 164, one more page without a summary given one.
BOLD_LEAD_MIN_WORDS = 6
#: A first paragraph styled apart from the next ones (the pipeline's candidate) is the chapeau
#: when it agrees this much with the page's description. fundus' summaries (164 pages): 0.8
#: finds 15 more (0.585 -> 0.677) for one more page without a summary given one; 0.5 and 0.0
#: find 1 and 4 more again, each for as many pages without one.
STYLED_LEAD_DESCRIPTION_F1 = 0.8
#: Otherwise a candidate counts only near the headline (an h1 at most this many levels up).
HEADLINE_REACH = 3
#: The site's time zone guessed from its country domain, then from its language (with region).
#: A UTC datetime that is exactly local midnight there ("2021-11-04T23:00:00Z" on a German site)
#: is a local date converted by the CMS: it is shown in that zone, so its day is the page's.
#: Only the offset changes, never the instant. Calibration (bench/metadata.py, date): moving
#: every UTC time into the guessed zone won as many pages as it lost (human gold follows the
#: local day, fundus' parser gold the UTC day); the midnight rule only wins.
ZONE_BY_TLD: dict[str, str] = {
    "de": "Europe/Berlin", "at": "Europe/Vienna", "ch": "Europe/Zurich", "fr": "Europe/Paris", "it": "Europe/Rome",
    "es": "Europe/Madrid", "nl": "Europe/Amsterdam", "be": "Europe/Brussels", "lu": "Europe/Luxembourg",
    "pl": "Europe/Warsaw", "cz": "Europe/Prague", "sk": "Europe/Bratislava", "uk": "Europe/London",
    "ie": "Europe/Dublin", "se": "Europe/Stockholm", "no": "Europe/Oslo", "dk": "Europe/Copenhagen",
    "fi": "Europe/Helsinki", "ru": "Europe/Moscow", "ua": "Europe/Kyiv", "gr": "Europe/Athens",
    "tr": "Europe/Istanbul", "pt": "Europe/Lisbon", "hu": "Europe/Budapest", "ro": "Europe/Bucharest",
    "br": "America/Sao_Paulo", "jp": "Asia/Tokyo", "kr": "Asia/Seoul", "cn": "Asia/Shanghai", "tw": "Asia/Taipei",
    "in": "Asia/Kolkata", "au": "Australia/Sydney", "nz": "Pacific/Auckland", "ca": "America/Toronto",
    "us": "America/New_York", "za": "Africa/Johannesburg", "il": "Asia/Jerusalem", "mx": "America/Mexico_City",
}  # fmt: skip
ZONE_BY_LANG: dict[str, str] = {
    "de": "Europe/Berlin", "fr": "Europe/Paris", "it": "Europe/Rome", "nl": "Europe/Amsterdam",
    "pl": "Europe/Warsaw", "cs": "Europe/Prague", "sv": "Europe/Stockholm", "da": "Europe/Copenhagen",
    "no": "Europe/Oslo", "nb": "Europe/Oslo", "fi": "Europe/Helsinki", "ru": "Europe/Moscow", "uk": "Europe/Kyiv",
    "el": "Europe/Athens", "tr": "Europe/Istanbul", "ja": "Asia/Tokyo", "ko": "Asia/Seoul", "hu": "Europe/Budapest",
    "ro": "Europe/Bucharest", "en-us": "America/New_York", "en-gb": "Europe/London", "en-au": "Australia/Sydney",
    "en-in": "Asia/Kolkata", "en-ca": "America/Toronto", "en-nz": "Pacific/Auckland", "en-ie": "Europe/Dublin",
    "es-es": "Europe/Madrid", "pt-br": "America/Sao_Paulo", "pt-pt": "Europe/Lisbon",
}  # fmt: skip
#: A bare "en" page on a generic domain (.com, .org, .net…) is most often American.
ZONE_EN_GENERIC = "America/New_York"
_GENERIC_TLDS = frozenset({"com", "org", "net", "edu", "gov", "news", "info", "co", "io", "us"})
#: A deck longer than this is a paragraph; a chapeau longer than this is the body.
MAX_SUBTITLE_CHARS = 400
MAX_LEAD_CHARS = 1500
#: Elements looked at for a related-links label (bounded work on huge pages).
MAX_LABEL_NODES = 800
#: Most figures/related links/bylines kept (bounded work on huge pages).
MAX_IMAGES = 20
#: Levels climbed from a credit element to find the caption element it sits in.
CREDIT_DEPTH = 6
#: Figures read before MAX_IMAGES are kept (captioned ones first): a page's teaser rails put
#: 20 caption-less figures before the article's own on one fundus page (n-tv).
MAX_FIGURES_READ = 60
MAX_RELATED = 20
MAX_CANDIDATES = 40


def _anchored(text: str, low: str, anchors: Iterable[str], pattern: re.Pattern[str], limit: int) -> list[re.Match[str]]:
    """Matches of ``pattern`` that start where one of the literal ``anchors`` occurs in ``low``.

    ``low`` is ``text.lower()`` (same length). str.find scans fast; the pattern only runs at
    the few places an anchor occurs. Results in text order, at most ``limit``.
    """
    found: dict[int, re.Match[str]] = {}
    for anchor in anchors:
        start = 0
        while len(found) < 4 * limit:
            pos = low.find(anchor, start)
            if pos < 0:
                break
            start = pos + 1
            if pos in found or (pos and low[pos - 1].isalnum()):
                continue
            m = pattern.match(text, pos)
            if m:
                found[pos] = m
    return [found[k] for k in sorted(found)[:limit]]


def _clean(text: str | None) -> str:
    if not text:
        return ""
    if "<!--" in text or "-->" in text:
        text = _COMMENT_RE.sub("", text)
    return " ".join(text.split())


def _classes(node: Any) -> str:
    attrs = node.attributes
    return f"{attrs.get('class') or ''} {attrs.get('id') or ''}"


def _text(node: Any) -> str:
    return _clean(node.text(deep=True, separator=" "))


# --- 1. gather ------------------------------------------------------------------------------


@dataclass(slots=True)
class _Page:
    """What the stages read, gathered once from the tree."""

    url: str | None
    meta: dict[str, list[str]] = field(default_factory=dict)
    links: dict[str, list[str]] = field(default_factory=dict)
    title: str = ""
    jsonld: list[dict[str, Any]] = field(default_factory=list)
    h1: list[str] = field(default_factory=list)
    #: The first h2/h3 headings (old blogs print the site's name in h1 and the post's in h2).
    h2: list[str] = field(default_factory=list)
    #: A heading's text -> the same without the kicker element inside it (HEADING_KICKER_WORDS).
    unkicked: dict[str, str] = field(default_factory=dict)
    #: The h1 texts that are a link to the site's home page: the site's name, not a headline.
    home_h1: set[str] = field(default_factory=set)
    #: The h1 texts printed in a breadcrumb trail (a list item, a <nav>): the page's name at the
    #: end of the trail, not the headline as the article prints it.
    crumb_h1: set[str] = field(default_factory=set)
    #: An h1's text -> the text of the h2 printed right after it (its next element): the deck.
    deck: dict[str, str] = field(default_factory=dict)
    html_lang: str = ""
    tree: Any = None
    _body_text: str | None = None
    _body_lower: str | None = None
    _marked_text: str | None = None
    _classed: list[tuple[Any, str]] | None = None
    _classes_joined: str | None = None
    _class_starts: list[int] = field(default_factory=list)

    def classed(self) -> list[tuple[Any, str]]:
        """(element, its class attribute) of every classed element in page order, from one CSS
        pass shared by the stages that look for class words: each pass walks the whole tree, and
        one ``[class]`` pass with a regex per element costs less than a selector list of many
        class substrings (0.6 ms a page for the 35 of the deck and chapeau words)."""
        if self._classed is None:
            self._classed = (
                [(n, n.attrs.get("class") or "") for n in self.tree.css("[class]")] if self.tree is not None else []
            )
        return self._classed

    def classed_with(self, pieces: tuple[str, ...]) -> list[tuple[Any, str]]:
        """The :meth:`classed` elements whose class attribute holds one of ``pieces`` (lower
        case), in page order. The pieces are looked for in one lower-cased string of all the
        class attributes (a few C-level scans instead of a Python test per element)."""
        classed = self.classed()
        if self._classes_joined is None:
            self._classes_joined = "\n".join(c for _, c in classed).lower()
            starts, at = [], 0
            for _, c in classed:
                starts.append(at)
                at += len(c) + 1
            self._class_starts = starts
        joined, starts = self._classes_joined, self._class_starts
        hits: set[int] = set()
        for piece in pieces:
            i = joined.find(piece)
            while i >= 0:
                k = bisect_right(starts, i) - 1
                hits.add(k)
                # the next element's attribute: its start, or past this one's end
                i = joined.find(piece, starts[k + 1] if k + 1 < len(starts) else len(joined))
        return [classed[k] for k in sorted(hits)]

    def classes_fold_exactly(self) -> bool:
        """Whether :meth:`classed_with` finds what a CSS ``[class*="piece" i]`` finds (ASCII
        pieces): its lower-cased classes keep their length (a dotted capital I lower-cases to two
        characters, and the positions would shift)."""
        self.classed_with(())  # builds the joined string
        classed = self.classed()
        joined = self._classes_joined or ""
        return len(joined) == (self._class_starts[-1] + len(classed[-1][1]) if classed else 0)

    def classed_matching(self, pattern: re.Pattern[str]) -> list[Any]:
        """The :meth:`classed` elements whose lower-cased class attribute ``pattern`` matches,
        in page order (one regex scan of all the class attributes)."""
        self.classed_with(())  # builds the joined string
        joined, starts, classed = self._classes_joined or "", self._class_starts, self.classed()
        hits: list[int] = []
        for m in pattern.finditer(joined):
            k = bisect_right(starts, m.start()) - 1
            if not hits or hits[-1] != k:
                hits.append(k)
        return [classed[k][0] for k in hits]

    def body_text(self) -> str:
        """The page's visible text (bounded), computed once."""
        if self._body_text is None:
            raw = ""
            if self.tree is not None and self.tree.body is not None:
                # scripts and styles are not visible text: drop them from a copy (the caller's
                # tree is never changed; lexbor copies a page in well under a millisecond)
                raw = _visible_text(self.tree, f" {NODE_MARK} ")
            marked = self._marked_text = _collapse_spaces(raw, MAX_TEXT_SCAN)
            # the marks are not spacing: whole, the marked text splits into the same words as the
            # raw text (and is shorter); cut, it may end before the plain text's limit
            whole = len(marked) < MAX_TEXT_SCAN
            self._body_text = _collapse_spaces((marked if whole else raw).replace(NODE_MARK, " "), MAX_TEXT_SCAN)
        return self._body_text

    def marked_text(self) -> str:
        """:meth:`body_text` with :data:`NODE_MARK` words where one text node ends and the next begins."""
        if self._marked_text is None:
            self.body_text()
        return self._marked_text or ""

    def body_lower(self) -> str:
        """:meth:`body_text` in lower case, position for position."""
        if self._body_lower is None:
            text = self.body_text()
            low = text.lower()
            self._body_lower = low if len(low) == len(text) else "".join(c.lower()[:1] or c for c in text)
        return self._body_lower


_JSONLD_WRAPPER_RE = re.compile(r"^\s*(?://\s*)?(?:<!\[CDATA\[|<!--)|(?://\s*)?(?:\]\]>|-->)\s*;?\s*$")
#: JSON-LD scripts larger than this are skipped; at most this many objects are read.
MAX_JSONLD_CHARS = 2_000_000
MAX_JSONLD_OBJECTS = 200


_JSON_DECODER = json.JSONDecoder(strict=False)


def jsonld_objects(tree: Any) -> list[dict[str, Any]]:
    """Every JSON-LD object of the page, ``@graph`` members and lists flattened, in order.

    Tolerates what sites ship: CDATA or comment wrappers, raw control characters in strings,
    a trailing semicolon. A script that still does not parse is skipped.
    """
    out: list[dict[str, Any]] = []
    for node in tree.css('script[type="application/ld+json" i]'):
        raw = node.text(deep=True)
        if not raw or len(raw) > MAX_JSONLD_CHARS:
            continue
        raw = _JSONLD_WRAPPER_RE.sub("", raw).strip().rstrip(";")
        try:
            data = json.loads(raw, strict=False)
        except json.JSONDecodeError as exc:
            if not exc.msg.startswith("Extra data"):
                continue  # broken
            try:  # a complete object followed by junk (a stray "}", a second object): the first
                data = _JSON_DECODER.raw_decode(raw)[0]
            except (ValueError, RecursionError):
                continue
        except (ValueError, RecursionError):  # nested deeper than the parser goes
            continue
        stack: list[Any] = [data]
        while stack and len(out) < MAX_JSONLD_OBJECTS:
            item = stack.pop(0)
            if isinstance(item, list):
                stack[:0] = item
            elif isinstance(item, dict):
                out.append(item)
                graph = item.get("@graph")
                if isinstance(graph, list):
                    stack[:0] = graph
    return out


_INVISIBLE = ("script", "style", "noscript", "template", "svg")


#: Put between text nodes in :meth:`_Page.marked_text` (not a space, not a letter): bylines in
#: the text end where their element ends.
NODE_MARK = "\u2063"


def _collapse_spaces(raw: str, limit: int) -> str:
    """``re.sub(r"\\s+", " ", raw).strip()[:limit]`` (``str.split`` splits on the same whitespace as
    ``\\s``, 2.4 times faster), collapsing no more of ``raw`` than it needs
    (the visible text of a long page is up to 20 times ``limit``): the collapsed text of a
    prefix is a prefix of the collapsed text, so once it is longer than ``limit`` it is enough."""
    k = 4 * limit
    while k < len(raw):
        out = " ".join(raw[:k].split())
        if len(out) > limit:
            return out[:limit]
        k *= 4
    return " ".join(raw.split())[:limit]


def _visible_text(tree: Any, separator: str = " ") -> str:
    """The body's text without scripts and styles (bounded), the caller's tree untouched."""
    try:
        # lexbor copies a page in a fraction of a millisecond; strip the copy
        copy = tree.clone()
        copy.strip_tags(list(_INVISIBLE))
        body = copy.body
        return body.text(deep=True, separator=separator)[: 20 * MAX_TEXT_SCAN] if body is not None else ""
    except Exception:  # lexbor refuses to copy some documents: cut the scripts' text out instead
        body = tree.body
        raw: str = body.text(deep=True, separator=separator)[: 20 * MAX_TEXT_SCAN]
        for node in body.css(", ".join(_INVISIBLE))[:MAX_CANDIDATES]:
            chunk = node.text(deep=True)
            if len(chunk) > 20:
                raw = raw.replace(chunk, " ", 1)
        return raw


_SPACE_BEFORE_PUNCT_RE = re.compile(r"\s+(?=[,.)\]»”’])|(?<=[(\[«“‘])\s+")
_SPACE_LOW_QUOTES_RE = re.compile(r"\s+(?=[,.)\]»“‘])|(?<=[(\[«„‚])\s+")


def _heading_text(node: Any) -> str:
    """A heading's text: child elements apart by a space, none before punctuation, no style or
    script inside it (CSS-in-JS sites put a <style> in the heading)."""
    text = _text(node)
    if "{" in text or "(" in text:
        for inner in node.css("style, script"):
            chunk = _clean(inner.text(deep=True))
            if chunk:
                text = text.replace(chunk, " ")
        text = " ".join(text.split())
    if "„" in text or "‚" in text:
        # German quotes open low („…“, ‚…‘): “ and ‘ close them, a space after them is a word gap
        return _SPACE_LOW_QUOTES_RE.sub("", text)
    return _SPACE_BEFORE_PUNCT_RE.sub("", text)


#: Separators left at either end of a heading whose kicker is cut out ("Klimaschutz: Headline").
_HEADING_EDGE_RE = re.compile(r"^[\s:|·•\-–—]+|[\s:|·•\-–—]+$")


def _without_kicker(node: Any, text: str) -> str | None:
    """``text`` (the heading ``node``'s) without the kicker elements inside the heading (class
    words in HEADING_KICKER_WORDS), when a headline of two words or more is left."""
    bare = text
    for inner in node.css("[class]"):
        if HEADING_KICKER_WORDS.isdisjoint(class_words(inner.attributes.get("class") or "")):
            continue
        chunk = _clean(inner.text(deep=True, separator=" "))
        if chunk and chunk in bare:
            bare = bare.replace(chunk, " ", 1)
    if bare is text:
        return None
    bare = _HEADING_EDGE_RE.sub("", " ".join(bare.split()))
    return bare if len(bare.split()) >= 2 else None


def _next_element(node: Any) -> Any:
    """The element after ``node`` among its siblings (text between them skipped), or None."""
    after = node.next
    while after is not None and after.tag in ("-text", "-comment"):
        after = after.next
    return after


def _in_breadcrumb(node: Any) -> bool:
    """Whether the heading sits in a breadcrumb trail: inside a list item or a <nav>, or an
    element whose class or id names a (bread)crumb, within TITLE_CRUMB_LEVELS levels."""
    up = node.parent
    for _ in range(TITLE_CRUMB_LEVELS):
        if up is None or up.tag in ("body", "html", "article", "main", "header"):
            return False
        if up.tag in ("li", "nav"):
            return True
        attrs = up.attributes
        if "crumb" in f"{attrs.get('class') or ''} {attrs.get('id') or ''}".lower():
            return True
        up = up.parent
    return False


#: The path of a link to the site's home page: the root, or an index page ("index.html" of a
#: documentation site's header).
HOME_PATH_RE = re.compile(r"/?(?:index\.(?:html?|php))?")


def _links_home(node: Any, text: str, url: str | None) -> bool:
    """Whether the heading is a link to the site's home page (``rel=home``, or an href whose
    path is the root, not the page's own URL as "/?p=123") that holds most of its text: the
    site's name in a page header."""
    for link in node.css("a[href]"):
        attrs = link.attributes
        href = (attrs.get("href") or "").strip()
        home = "home" in (attrs.get("rel") or "").lower().split() or (
            bool(href)
            and not href.startswith("#")
            and HOME_PATH_RE.fullmatch(_urlsplit(href).path) is not None
            and not (url and _same_page(_urljoin(url, href), url))
        )
        if home and len(_clean(link.text(deep=True, separator=" "))) >= HOME_LINK_MIN_SHARE * len(text):
            return True
    return False


def _same_page(a: str, b: str) -> bool:
    """Whether two absolute URLs name the same page (fragment, "www." and a final slash aside)."""
    pa, pb = _urlsplit(a), _urlsplit(b)
    return (
        pa.netloc.lower().removeprefix("www.") == pb.netloc.lower().removeprefix("www.")
        and pa.path.rstrip("/") == pb.path.rstrip("/")
        and pa.query == pb.query
    )


def _gather(tree: Any, url: str | None) -> _Page:
    page = _Page(url=url, tree=tree)
    _gather_metas(tree, page)
    for node in tree.css("link[rel][href]"):
        attrs = node.attributes
        for rel in (attrs.get("rel") or "").lower().split():
            page.links.setdefault(rel, []).append((attrs.get("href") or "").strip())
    title = tree.css_first("title")
    if title is not None:
        page.title = _clean(title.text())
    page.jsonld = jsonld_objects(tree)
    for tag, limit, out in (("h1", 5, page.h1), ("h2, h3", 8, page.h2)):
        nodes = tree.css(tag)
        if tag != "h1":
            # a lower heading for screen readers only ("Main navigation") is no headline; an
            # hidden h1 is kept (the page's title given to screen readers)
            nodes = [n for n in nodes if HIDDEN_HEADING_CLASSES.isdisjoint((n.attributes.get("class") or "").split())]
        for node in nodes[:limit]:
            text = _heading_text(node)
            if text:
                out.append(text)
                bare = _without_kicker(node, text)
                if bare:
                    page.unkicked[text] = bare
                if tag == "h1" and _links_home(node, text, url):
                    page.home_h1.add(text)
                if tag == "h1" and _in_breadcrumb(node):
                    page.crumb_h1.add(text)
                if tag == "h1" and (after := _next_element(node)) is not None and after.tag == "h2":
                    page.deck[text] = _heading_text(after)
    html = tree.css_first("html")
    if html is not None:
        page.html_lang = (html.attributes.get("lang") or html.attributes.get("xml:lang") or "").strip()
    return page


#: Properties under which a nested microdata item is the page's own main thing, not another work.
MAIN_ITEM_PROPS = frozenset({"mainentity", "mainentityofpage"})


def _of_nested_item(node: Any) -> bool:
    """Whether ``node``'s item (its nearest ``itemscope`` ancestor) is itself the property of
    another item (a citation, a review, a part): its author is that work's, not the page's.
    Calibration (bench/metadata.py, authors): 1 trafilatura paper page no longer gives the
    45 authors of its references; none changes otherwise."""
    anc = node.parent
    for _ in range(MAX_ANCESTORS):
        if anc is None or anc.tag == "-undef":
            return False
        attrs = anc.attributes
        if "itemscope" in attrs:
            prop = (attrs.get("itemprop") or "").casefold()
            return bool(prop) and prop not in MAIN_ITEM_PROPS
        anc = anc.parent
    return False


def _gather_metas(tree: Any, page: _Page) -> None:
    """The page's <meta> name/property -> contents (a few per name), into ``page.meta``; the
    contents of property="…" attributes (RDFa, the Open Graph protocol) before those of the same
    name given as name="…"."""
    by_property: dict[str, int] = {}
    for node in tree.css("meta"):
        attrs = node.attributes
        prop = attrs.get("property")
        key = prop or attrs.get("name") or attrs.get("itemprop") or attrs.get("http-equiv")
        content = attrs.get("content")
        if key == attrs.get("itemprop") and key in ("author", "creator") and _of_nested_item(node):
            continue  # <li itemprop="citation" itemscope><meta itemprop="author" content="…">: a cited work's
        if key and content:
            # RDFa lets one property attribute name several ("og:title twitter:title")
            for one in key.lower().split():
                values = page.meta.setdefault(one, [])
                if len(values) < MAX_CANDIDATES:
                    values.append(_clean(content))
                    if prop:  # the RDFa property goes before the same name declared as a name
                        declared_by_property = by_property.setdefault(one, 0)
                        values.insert(declared_by_property, values.pop())
                        by_property[one] = declared_by_property + 1


def _first_meta(page: _Page, keys: Iterable[str]) -> tuple[str, str] | None:
    for key in keys:
        for value in page.meta.get(key, ()):
            if value:
                return key, value
    return None


def _source_of_meta(key: str) -> str:
    if key.startswith(("og:", "article:")):
        return f"opengraph:{key}"
    return f"meta:{key}"


# --- 2. JSON-LD -----------------------------------------------------------------------------


def _types(obj: dict[str, Any]) -> list[str]:
    kind = obj.get("@type")
    return [k for k in (kind if isinstance(kind, list) else [kind]) if isinstance(k, str)]


def _is_article(obj: dict[str, Any]) -> bool:
    return any(ARTICLE_TYPES_RE.search(k) for k in _types(obj))


def _is_page(obj: dict[str, Any]) -> bool:
    return any(PAGE_TYPES_RE.search(k) for k in _types(obj))


def _str(value: Any) -> str:
    if isinstance(value, str):
        return _clean(value)
    if isinstance(value, list) and value and isinstance(value[0], str):
        return _clean(value[0])
    if isinstance(value, dict):
        return _str(value.get("@id") or value.get("url") or value.get("name"))
    return ""


def _article_object(page: _Page) -> dict[str, Any] | None:
    """The JSON-LD object that is this page's article.

    Several Article-typed objects (a @graph with related stories, a list of teasers): the one
    whose url/mainEntityOfPage is the page URL, else the one whose headline is the page's h1,
    else the first with a headline and a date.
    """
    articles = [o for o in page.jsonld if _is_article(o)]
    if not articles:
        return None
    if len(articles) == 1:
        return articles[0]
    want = {_norm_url(page.url)} | {_norm_url(u) for u in page.links.get("canonical", [])}
    want.discard("")
    for obj in articles:
        for key in ("url", "mainEntityOfPage", "@id"):
            if _norm_url(_str(obj.get(key))) in want:
                return obj
    h1 = {h.casefold() for h in page.h1}
    for obj in articles:
        if _str(obj.get("headline")).casefold() in h1:
            return obj
    for obj in articles:
        if obj.get("headline") and obj.get("datePublished"):
            return obj
    return articles[0]


def _norm_url(url: str | None) -> str:
    if not url:
        return ""
    parts = _urlsplit(url.strip())
    return f"{parts.netloc.lower().removeprefix('www.')}{parts.path.rstrip('/')}"


# --- 3. site name ---------------------------------------------------------------------------


def _site_name(page: _Page, article: dict[str, Any] | None) -> Sourced[str] | None:
    found = _first_meta(page, SITE_META[:1])
    if found:
        return Sourced(found[1], _source_of_meta(found[0]))
    if article is not None:
        publisher = article.get("publisher")
        name = _str(publisher.get("name")) if isinstance(publisher, dict) else ""
        if name:
            return Sourced(name, "json-ld:publisher")
    for obj in page.jsonld:
        if "WebSite" in _types(obj) and _str(obj.get("name")):
            return Sourced(_str(obj.get("name")), "json-ld:WebSite")
    found = _first_meta(page, SITE_META[1:])
    if found:
        return Sourced(found[1], _source_of_meta(found[0]))
    return None


def _site_names(page: _Page, site: Sourced[str] | None) -> list[str]:
    """Names the site may go by in its titles (og:site_name, publisher, host)."""
    names = [v for key in SITE_META for v in page.meta.get(key, ())]
    if site:
        names.append(site.value)
    for obj in page.jsonld:
        pub = obj.get("publisher")
        if isinstance(pub, dict):
            names.append(_str(pub.get("name")))
    for u in [page.url, *page.links.get("canonical", [])]:
        host = _urlsplit(u or "").netloc.lower().removeprefix("www.")
        if host:
            names.append(host)
            names.append(host.split(".")[0])
    return [n.casefold() for n in names if n]


# --- 4. title -------------------------------------------------------------------------------


def _squash(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.casefold())


#: A word of a spaced script, or one character of a script written without spaces (CJK, kana,
#: hangul syllables count one each).
_WORDISH_RE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]|[^\s\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]+")


def _word_count(text: str) -> int:
    return len(_WORDISH_RE.findall(text))


#: A separator written without spaces between two characters of scripts without word spaces
#: (CJK, kana, hangul, full-width punctuation; "ㅣ" is a hangul letter Korean sites use as a bar).
_CJK = "\u3000-\u30ff\u3130-\u318f\u3400-\u9fff\uac00-\ud7af\uff00-\uffef"
_CJK_SEPARATOR_RE = re.compile(f"(?<=[{_CJK}])[-_|ㅣ–—](?=[{_CJK}])")


def _strip_cjk_suffix(title: str) -> str:
    """``title`` without a short unspaced suffix after a separator between CJK characters
    ("標題-新华网", "제목-정치ㅣ한국일보"): the site's name (and section), TITLE_CJK_SUFFIX_MAX_CHARS."""
    found = _CJK_SEPARATOR_RE.search(title)
    if found is None:
        return title
    head, tail = title[: found.start()].strip(), title[found.end() :].strip()
    if len(tail) <= TITLE_CJK_SUFFIX_MAX_CHARS and len(head) >= 2 * len(tail):
        return head
    return title


def strip_site(title: str, site_names: list[str]) -> str:
    """``title`` without the site's name before or after it ("Headline | Site", "Site - Headline"),
    or in the middle with what follows it ("Headline - Site - Tagline"). A part is the site's name
    when it is one of ``site_names`` or holds it, or when its 2-4 words all appear in one of them
    (the host "harbour-divers-kiel.de" names "Harbour Kiel": trafilatura +1 page, none lost)."""
    title = _DANGLING_SEPARATOR_RE.sub("", title).strip() or title
    parts = [p for p in TITLE_SEPARATORS_RE.split(title) if p.strip()]
    if len(parts) < 2:
        # "Site: Headline" only when the part before the colon is the site
        head, sep, tail = title.partition(": ")
        if sep and head and any(_squash(head) == _squash(n) for n in site_names):
            return tail.strip()
        return _strip_cjk_suffix(title)
    squashed = {_squash(n) for n in site_names}
    long_names = [n for n in squashed if len(n) >= 8]

    def is_site(part: str) -> bool:
        sq = _squash(part)
        if not sq:
            return False
        if sq in squashed or any(len(sq) >= 4 and sq in n for n in squashed):
            return True
        # "Le Monde.fr" for a site called "Le Monde": a short part that holds the name
        if _word_count(part) <= 4 and any(len(n) >= 4 and n in sq for n in squashed):
            return True
        # "Feuerwehr Oldenburg" on feuerwehrtaucher-oldenburg.de: every word of a short part is
        # in one of the site's longer names (its host name run together)
        words = [_squash(w) for w in part.split()]
        return (
            2 <= len(words) <= 4
            and all(len(w) >= 3 for w in words)
            and any(all(w in h for w in words) for h in long_names)
        )

    kept = list(parts)
    # "Headline - Site - Tagline": the site's name and what follows it
    cut = next((i for i in range(1, len(kept) - 1) if is_site(kept[i])), None)
    if cut is not None and not is_site(kept[0]):
        kept = kept[:cut]
    while len(kept) > 1 and is_site(kept[-1]):
        kept.pop()
    while len(kept) > 1 and is_site(kept[0]):
        kept.pop(0)
    # short names (the site's unknown name, sections) after a longer headline go too
    while len(kept) > 1 and len(kept[-1].split()) <= 3 and len(kept[0]) > 2 * len(kept[-1]):
        kept.pop()
    if len(kept) == len(parts):
        return title
    # rebuild with the original separators between the kept parts
    start = title.find(kept[0])
    end = title.rfind(kept[-1]) + len(kept[-1])
    return title[start:end].strip() if start >= 0 and end > start else " ".join(kept)


def _title(page: _Page, article: dict[str, Any] | None, site_names: list[str]) -> Sourced[str] | None:
    """The headline (:func:`_headline`) without a media tag after it ("… [Watch]", "… (video)")."""
    found = _headline(page, article, site_names)
    if found is not None:
        bare = TITLE_MEDIA_TAG_RE.sub("", found.value)
        if bare and bare != found.value:
            return Sourced(bare, found.source)
    return found


def _headline(page: _Page, article: dict[str, Any] | None, site_names: list[str]) -> Sourced[str] | None:
    """The headline: the metadata title the printed headline agrees with, else the printed one.

    Metadata titles, in order of trust: JSON-LD headline, Dublin Core, og:title, twitter:title,
    other title metas, <title> (each with the site's prefix/suffix removed, entities decoded,
    the site's bare name refused). A heading reads without a kicker element inside it unless a
    metadata title holds it whole (HEADING_KICKER_WORDS). Then, first that applies:
    1. the most trusted one an h1 equals (a "Section | " label the JSON-LD lacks dropped); when
       that is only the bare <title>, or the h1 ends a breadcrumb trail (TITLE_CRUMB_LEVELS),
       another metadata title an h2 equals (the h1 is the page's SEO name, the h2 the article's
       headline: trafilatura +2 pages, none lost; breadcrumbs: fundus +5);
    2. the longest h1/h2 that a metadata title holds ("Site - H1"; a blog's name in the h1),
       but not the h2 printed right under the h1 that the title names after it (its deck,
       "Headline - Deck : Site": trafilatura +1, none lost); when it is an h1, a metadata title
       that adds a topic line before a colon (:func:`_topic_and_h1`) is the headline the site
       gives;
    3. on a page without h1, its first h2 when word-wise held by or holding the metadata title;
       the page's only h1 when it is a metadata title (the first one it finishes, whatever its
       rank) with a few more words after it (the metadata cut short, TITLE_H1_MORE_WORDS);
    4. the page's first h1 when it rewords the first metadata title (shared topic words: the
       metadata is an SEO/social variant) and no later h1 does (a sidebar's label), unless that
       title is a declared Dublin Core one other than the og:title/<title> (several h1s: AED +1,
       trafilatura +1, none lost; a DC title copying the og:title: trafilatura +1, none lost);
    5. the first metadata title, or a lower heading that is a whole part of it as the page gives
       it ("Blog » Post | Site"; not "Post" cut from "Post Figures": trafilatura +1; any
       metadata title, not only the <title>, "Villa Galaxy - Holiday home": trafilatura +2).
    Calibration: the commits that set each TITLE_* constant.
    """
    candidates: list[tuple[str, str]] = []
    if article is not None:
        head = _str(article.get("headline")) or _str(article.get("name"))
        if head:
            candidates.append((head, "json-ld:headline"))
    own_site = {v.casefold() for v in page.meta.get("og:site_name", ())}
    candidates.extend((value, _source_of_meta(key)) for key in TITLE_META for value in page.meta.get(key, ())[:1])
    if page.title:
        candidates.append((page.title, "meta:title"))
    # The headings as the headline reads: a kicker printed inside one left out, unless a
    # metadata title carries it too (the site's own title is "Kicker: Headline").
    metas = [_squash(_unescape(text)) for text, _src in candidates]
    h1_all = [_printed(h, page.unkicked, metas) for h in page.h1 if h not in page.home_h1]
    site_names = [*site_names, *(h.casefold() for h in page.home_h1)]
    h2_all = [_printed(h, page.unkicked, metas) for h in page.h2]
    crumbs = {*page.crumb_h1, *(_printed(h, page.unkicked, metas) for h in page.crumb_h1)}
    # A name that repeats both a metadata title and a visible h1 (CMSs that fill
    # application-name with the headline) is the headline, not the site's name.
    titled = {_squash(_unescape(text)) for text, _ in candidates} & {_squash(h) for h in h1_all}
    site_names = [n for n in site_names if _squash(n) not in titled or n in own_site]
    sites = {_squash(n) for n in site_names}
    cleaned = [
        (t, src)
        for t, src in ((strip_site(_unescape(text), site_names), src) for text, src in candidates if text)
        if t and _squash(t) not in sites
    ]
    # a one-word metadata title beside a longer one is a label (the section's name), not the
    # headline (TITLE_LABEL_OTHER_MIN_WORDS)
    if any(_word_count(t) >= TITLE_LABEL_OTHER_MIN_WORDS for t, _ in cleaned):
        cleaned = [(t, s) for t, s in cleaned if _word_count(t) > 1]
    h1s = [h for h in h1_all if len(_squash(h)) >= 2 and _squash(h) not in sites]
    # a metadata title may also be the heading without its kicker
    bare_h1s = [b for h in page.h1 if (b := page.unkicked.get(h)) is not None and b not in h1s]
    for text, src in cleaned:
        for h in [*h1s, *bare_h1s]:
            if _squash(text) == _squash(h):
                kicked = _unkicked(text, cleaned)
                if kicked is not None:
                    return kicked
                if h in crumbs:
                    # the h1 ends the breadcrumb trail: an h2 that another metadata title
                    # names is the headline the article prints
                    others = {_squash(t): (t, s) for t, s in cleaned if _squash(t) != _squash(text)}
                    # (the h2 as printed, or without the kicker element inside it)
                    for h2 in [*h2_all, *(b for h in page.h2 if (b := page.unkicked.get(h)))]:
                        if len(h2.split()) >= TITLE_H2_MIN_WORDS and (hs := _squash(h2)) in others:
                            return Sourced(*others[hs])
                if src == "meta:title":
                    # the h1 repeats only the bare <title>: an h2 that a declared metadata title
                    # names is the article's own headline (the h1 a page-wide one)
                    declared = {_squash(t): (t, s) for t, s in cleaned if _squash(t) != _squash(text)}
                    for h2 in h2_all:
                        if len(h2.split()) >= TITLE_H2_MIN_WORDS and (hs := _squash(h2)) in declared:
                            return Sourced(*declared[hs])
                    return Sourced(text, src)
                return Sourced(text, src)
    # A heading that a metadata title holds ("Site - H1"). Old blogs print the blog's name in
    # the h1 and the post's in an h2, both held by the <title>: the longest such heading is the
    # headline, a name is shorter than the post's title (HEADING_IN_TITLE_MIN_CHARS).
    held = [
        (len(hs), -i, h, src)
        for i, (h, src) in enumerate([*((h, "dom:h1") for h in h1s), *((h, "dom:h2") for h in h2_all)])
        if len(hs := _squash(h)) >= HEADING_IN_TITLE_MIN_CHARS and hs not in sites and any(hs in f for f in metas)
    ]
    if any(src == "dom:h1" for *_, src in held):
        # an h2 that holds the h1 is the <title> printed again, not another headline
        first_h1 = next(h for *_, h, src in held if src == "dom:h1")
        first = _squash(first_h1)
        _n, _i, h, src = max(x for x in held if x[3] == "dom:h1" or first not in _squash(x[2]))
        if (
            src == "dom:h2"
            and _squash(page.deck.get(first_h1, "")) == (deck := _squash(h))
            and any(f.startswith(first + deck) for f in metas)
        ):
            # the h2 printed right under the h1 is its deck, which the title follows ("Headline
            # - Deck : Site"); a blog's h1 names the blog, its posts' h2s are further down
            return Sourced(first_h1, "dom:h1")
        if src == "dom:h1" and (topical := _topic_and_h1(h, cleaned)) is not None:
            return topical
        return Sourced(h, src)
    if not h1_all and h2_all and cleaned and _first_heading_agrees(h2_all[0], cleaned[0][0]):
        return Sourced(h2_all[0], "dom:h2")
    # (any metadata title, not only the first: a shorter JSON-LD headline before the og:title
    # the h1 finishes, TITLE_H1_MORE_WORDS)
    for meta_text, _src in cleaned:
        if (longer := _h1_finishing(h1s, h1_all, meta_text, site_names)) is not None:
            return Sourced(longer, "dom:h1")
    if (
        cleaned
        and not (
            cleaned[0][1].startswith("meta:dc") and all(_squash(t) != _squash(cleaned[0][0]) for t, s in cleaned[1:])
        )  # a declared Dublin Core title is the document's own, unless it only repeats another
        and len(h1s) == len(h1_all)
        and h1s
        and [h for h in dict.fromkeys(h1s) if _reworded(h, cleaned[0][0])] == h1s[:1]
    ):
        return Sourced(h1s[0], "dom:h1")
    if cleaned:
        text, src = cleaned[0]
        raw = page.title if src == "meta:title" else next((v for v, s in candidates if s == src), "")
        if raw:
            # The metadata title may still carry an unknown site's name or tagline ("Post | My
            # Blog", "Blog : Post", "Villa - Holiday home in Florida"): a lower heading that is a
            # whole part of it is the headline's form.
            full = _squash(_unescape(raw))
            for h in h2_all:
                hs = _squash(h)
                if len(hs) >= 8 and hs in full and hs not in sites and len(hs) < len(full) and _whole_parts(hs, raw):
                    return Sourced(h, "dom:h2")
        return Sourced(text, src)
    if h1s:
        return Sourced(h1s[0], "dom:h1")
    return None


def _topic_and_h1(h1: str, cleaned: list[tuple[str, str]]) -> Sourced[str] | None:
    """The most trusted metadata title that holds the printed ``h1`` with a topic line of a few
    words and a colon before it ("Nach Gaetz-Rückzug: <h1>"; TITLE_TOPIC_WORDS: a one-word
    section label, "Chronik: <h1>", stays out; so does a trail of sections, "News : <h1>", whose
    spaced colon is a separator)."""
    want = _squash(h1)
    low, high = TITLE_TOPIC_WORDS
    for text, src in cleaned:
        head, colon, tail = text.partition(": ")
        if colon and head == head.rstrip() and _squash(tail) == want and low <= len(head.split()) <= high:
            return Sourced(text, src)
    return None


def _h1_finishing(h1s: list[str], h1_all: list[str], meta: str, site_names: list[str]) -> str | None:
    """The page's only h1 when it is the metadata title with a few more words after it (the
    metadata cut short, "Cells raise capacity" of "Cells raise capacity in Tennessee"): at most
    TITLE_H1_MORE_WORDS words, with letters, and no site name or separator among them; or with
    a quotation and a colon before it (TITLE_QUOTE_LEAD_RE)."""
    unique = list(dict.fromkeys(h1s))
    if len(unique) != 1 or len(h1_all) != len(h1s) or len(_squash(meta)) < HEADING_IN_TITLE_MIN_CHARS:
        return None
    h1 = unique[0]
    printed, short = _tokens(h1), _tokens(meta)
    quoted = TITLE_QUOTE_LEAD_RE.match(h1)
    if quoted is not None and _tokens(h1[quoted.end() :]) == short:
        # a quotation before a colon that the metadata leaves out ('"Pure emptiness": …')
        return h1 if strip_site(h1, site_names) == h1 else None
    if not printed.startswith(short) or printed == short:
        return None
    more = printed[len(short) :].split()
    if len(more) > TITLE_H1_MORE_WORDS or not any(w.isalpha() for w in more):
        return None
    if TITLE_SEPARATORS_RE.search(h1) or strip_site(h1, site_names) != h1:
        return None
    return h1


def _whole_parts(squashed: str, title: str) -> bool:
    """Whether ``squashed`` (a squashed heading) is one part of ``title`` or a run of its parts
    between separators ("Blog » Post | Site" holds "Post" whole; "Post Figures" holds "Post" cut)."""
    parts = [_squash(p) for p in TITLE_SEPARATORS_RE.split(_unescape(title))]
    return any("".join(parts[i:j]) == squashed for i in range(len(parts)) for j in range(i + 1, len(parts) + 1))


#: Arrows and bars a theme prints before a heading ("[> Name", "» Title", ":: Title").
_HEADING_DECOR_RE = re.compile(r"^(?:[\[(]?[>»›|/:~*•·]+[\])]?\s+)+")


def _printed(heading: str, unkicked: dict[str, str], metas: list[str]) -> str:
    """The heading without the kicker inside it, unless a metadata title holds it whole, and
    without arrows or bars before it."""
    bare = unkicked.get(heading)
    if bare is not None and not any(_squash(heading) in f for f in metas):
        heading = bare
    return _HEADING_DECOR_RE.sub("", heading) or heading


def _first_heading_agrees(heading: str, meta: str) -> bool:
    """Whether a page without an h1 prints its headline as its first lower heading: a rewording
    of the metadata title, or the metadata title with or without more words."""
    if len(_squash(heading)) < HEADING_IN_TITLE_MIN_CHARS:
        return False
    a, b = _tokens(heading), _tokens(meta)
    return a in b or b in a


def _tokens(text: str) -> str:
    """``text``'s words, lower case, one space apart and around (word-wise containment)."""
    words = " ".join(_ANY_WORD_RE.findall(text.casefold()))
    return f" {words} "


_ANY_WORD_RE = re.compile(r"\w+")


def _unkicked(text: str, cleaned: list[tuple[str, str]]) -> Sourced[str] | None:
    """Another metadata title that is ``text`` without a section label before a bar ("Opinion |
    Headline" in the h1 and og:title, "Headline" in the JSON-LD): the shared headline."""
    head, bar, tail = text.partition("|")
    if not bar or not 0 < len(head.split()) <= TITLE_KICKER_MAX_WORDS:
        return None
    want = _squash(tail)
    for other, src in cleaned:
        if want and _squash(other) == want:
            return Sourced(other, src)
    return None


#: Words that carry the topic: function words ("and", "the", "der") are shorter.
_WORD_RE = re.compile(r"\w{4,}|\d+")


def _reworded(h1: str, meta: str) -> bool:
    """Whether the page's only h1 is another wording of the metadata title (the headline as
    printed, the metadata an SEO or social variant), not a label, a name or a part of it."""
    a, b = _squash(h1), _squash(meta)
    if not a or not b or a in b or b in a:
        return False
    wa, wb = set(_WORD_RE.findall(h1.casefold())), set(_WORD_RE.findall(meta.casefold()))
    if len(h1.split()) < TITLE_H1_MIN_WORDS or not wa or not wb:
        return False
    # a compound sharing its first word counts ("Gefahrstoff" in "Gefahrstoffmanagement"), not
    # another form of the word ("health" in "healthy")
    shared = wa & wb
    shared |= {
        x
        for x in wa
        for y in wb
        if min(len(x), len(y)) >= TITLE_COMPOUND_MIN_CHARS
        and abs(len(x) - len(y)) >= TITLE_COMPOUND_MIN_REST
        and (x.startswith(y) or y.startswith(x))
    }
    return len(shared) >= TITLE_H1_MIN_SHARED * min(len(wa), len(wb))


def _unescape(text: str) -> str:
    return html_lib.unescape(text) if "&" in text else text


# --- 5. dates -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _DateCand:
    parsed: ParsedDate
    source: str
    #: Whether the signal is a field dedicated to the publication date (old dates allowed).
    explicit: bool


def _accept(parsed: ParsedDate | None, now: datetime | None, *, explicit: bool) -> bool:
    if parsed is None:
        return False
    if now is None:
        return parsed.value.year >= (1900 if explicit else 1990)
    return is_plausible(parsed, now, allow_old=explicit)


def _jsonld_dates(page: _Page, article: dict[str, Any] | None, prop: str) -> list[_DateCand]:
    out: list[_DateCand] = []
    if article is not None:
        parsed = parse_machine_date(_str(article.get(prop)))
        if parsed:
            out.append(_DateCand(parsed, f"json-ld:{prop}", True))
    for obj in page.jsonld:
        if obj is article or not (_is_page(obj) or (article is None and _is_article(obj))):
            continue
        parsed = parse_machine_date(_str(obj.get(prop)))
        if parsed:
            out.append(_DateCand(parsed, f"json-ld:{_types(obj)[0]}.{prop}", False))
    return out


def _meta_dates(page: _Page, keys: tuple[str, ...]) -> list[_DateCand]:
    out = []
    for key in keys:
        for value in page.meta.get(key, ())[:2]:
            parsed = parse_machine_date(value)
            if parsed:
                out.append(_DateCand(parsed, _source_of_meta(key), True))
    return out


def _markup_dates(tree: Any, prop: str) -> list[_DateCand]:
    """Body microdata: ``itemprop=datePublished`` (or ``dateModified``) on a visible element."""
    out: list[_DateCand] = []
    for node in tree.css(f'[itemprop="{prop}"]')[:5]:
        if node.tag == "meta":
            continue
        attrs = node.attributes
        raw = attrs.get("datetime") or attrs.get("content") or _text(node)
        parsed = parse_machine_date(raw or "")
        if parsed:
            out.append(_DateCand(parsed, f"microdata:{prop}", True))
    return out


#: Ancestors looked at to tell a date or byline of the article from one of a teaser,
#: comment or sidebar.
MAX_ANCESTORS = 10


def _in_furniture(node: Any) -> bool:
    """Whether ``node`` sits in a comment, related-links, teaser, sidebar, footer or quote block."""
    anc = node.parent
    for _ in range(MAX_ANCESTORS):
        if anc is None or anc.tag in ("body", "html"):
            return False
        if anc.tag in ("aside", "footer", "nav", "blockquote") or _NOT_BYLINE_RE.search(_classes(anc)):
            return True  # (a <blockquote> holds an embedded post: its date is the post's)
        anc = anc.parent
    return False


#: Site headers: a <header> (or role="banner") outside the article that holds the site's logo or
#: its navigation. A date shown there is the day the page was served ("Mittwoch, 26.02.2020"
#: beside the logo), not the article's; a header that also holds a headline-long h1 is the
#: article's own. Calibration (bench/metadata.py, date): such widgets had been taken as the
#: published date on 3 htmldate pages and 1 trafilatura page, all right without them; no
#: page lost.
MASTHEAD_SELECTOR = 'header, [role="banner"]'
MASTHEAD_MARKS = '[class*="logo" i], [id*="logo" i], nav, [role="navigation"]'
#: Elements named as today's date or a clock ("today-date", "current-date", id="uhr"): the
#: day the page was served wherever they stand. Calibration (bench/metadata.py, date): 1
#: htmldate page (and its trafilatura copy) won, none lost ("date-header" and
#: "header-date" are left out: Blogger's post date, an article header's dateline).
TODAY_CLASS_RE = re.compile(r"today|current-date|clock|topbar[-_]date|^uhr$", re.I)
TODAY_CLASS_PIECES = ("today", "current-date", "clock", "topbar-date", "topbar_date")
TODAY_ID_SELECTOR = '[id*="today" i], [id*="current-date" i], [id*="clock" i], [id="uhr" i]'
#: At most this many site headers looked at; their text is read up to this many characters.
MAX_MASTHEADS = 5
MAX_MASTHEAD_TEXT = 3000
#: An h1 this long in a header is a headline: the header is the article's.
MASTHEAD_MAX_H1_CHARS = 25


class _Masthead:
    """The page's site widgets: site headers (see :data:`MASTHEAD_SELECTOR`) and today's-date
    elements (:data:`TODAY_CLASS_RE`). Elements are tested by walking up from them (no pass
    over the tree); the text nodes of the widgets that hold a year are read only when a scan
    of the page's text needs them."""

    __slots__ = ("_headers", "_page", "_texts")

    def __init__(self, page: _Page) -> None:
        self._page = page
        self._headers: dict[int, bool] = {}
        self._texts: Counter[str] | None = None

    def _is_site_header(self, node: Any) -> bool:
        known = self._headers.get(node.mem_id)
        if known is None:
            anc, known = node.parent, True
            while anc is not None and anc.tag not in ("body", "html"):
                if anc.tag in ("article", "main"):
                    known = False
                    break
                anc = anc.parent
            known = (
                known
                and node.css_first(MASTHEAD_MARKS) is not None
                and not any(len(_text(h)) >= MASTHEAD_MAX_H1_CHARS for h in node.css("h1")[:3])
            )
            self._headers[node.mem_id] = known
        return known

    def holds(self, node: Any, *, listing: bool = False) -> bool:
        """Whether ``node`` is or sits in a today's-date element or a site header, or
        (``listing``) in an aside, a nav or a block listing other posts
        (:data:`LISTING_CLASS_RE`)."""
        anc, depth = node, 0
        while anc is not None and anc.tag not in ("body", "html"):
            attrs = anc.attributes
            classes = attrs.get("class") or ""
            if TODAY_CLASS_RE.search(classes) or TODAY_CLASS_RE.search(attrs.get("id") or ""):
                return True
            if depth and (anc.tag == "header" or attrs.get("role") == "banner") and self._is_site_header(anc):
                return True
            in_reach = listing and 0 < depth <= MAX_ANCESTORS
            if in_reach and (anc.tag in ("aside", "nav") or LISTING_CLASS_RE.search(classes)):
                return True
            anc, depth = anc.parent, depth + 1
        return False

    def reader(self) -> Callable[[str], bool]:
        """A test for the text nodes of one pass over the page's text, in page order: whether
        the node is one of a site widget's (each of their occurrences counts once: the header
        comes first in the page, the same words later are the article's)."""
        if self._texts is None:
            self._texts = Counter()
            tree = self._page.tree
            widgets = [n for n, c in self._page.classed_with(TODAY_CLASS_PIECES) if TODAY_CLASS_RE.search(c)]
            widgets = widgets[:MAX_MASTHEADS]
            if tree is not None:
                widgets += tree.css(TODAY_ID_SELECTOR)[:MAX_MASTHEADS]
                widgets += [n for n in tree.css(MASTHEAD_SELECTOR)[:MAX_MASTHEADS] if self._is_site_header(n)]
            for node in widgets:
                raw = node.text(deep=True, separator=NODE_MARK)[:MAX_MASTHEAD_TEXT]
                for piece in raw.split(NODE_MARK):
                    piece = " ".join(piece.split())
                    if piece and _YEAR_IN_RE.search(piece):
                        self._texts[piece] += 1
        left = Counter(self._texts)

        def take(node_text: str) -> bool:
            key = " ".join(node_text.split())
            if left.get(key, 0) > 0:
                left[key] -= 1
                return True
            return False

        return take


_YEAR_IN_RE = re.compile(r"(?:19|20)\d\d")


#: Class words of blocks that list other posts (recent, related, comments) inside widgets.
#: Narrower than :data:`_NOT_BYLINE_RE`: layout wrappers are often named after the sidebar
#: beside them ("blog-sidebar", "lay-sidebar" around the article). Calibration
#: (bench/metadata.py, date): 2 htmldate pages won (a "recent posts" date, a similar
#: thread's last post had been taken), none lost; the broader words lost 3 pages whose
#: dateline sits in such a wrapper.
LISTING_CLASS_RE = re.compile(r"widget|related|recent|comment|teaser|popular|recommend|similar", re.I)


def _time_dates(tree: Any, month_first: bool, masthead: _Masthead) -> tuple[list[_DateCand], list[_DateCand]]:
    """``<time>`` elements: (publication-looking, update-looking)."""
    pub: list[_DateCand] = []
    upd: list[_DateCand] = []
    for node in tree.css("time")[:MAX_CANDIDATES]:
        attrs = node.attributes
        raw = attrs.get("datetime") or attrs.get("content") or ""
        parsed = parse_machine_date(raw) if raw else parse_text_date(_text(node), month_first=month_first)
        if parsed is None:
            continue
        if _in_furniture(node) or masthead.holds(node):
            continue
        if raw:
            shown = parse_text_date(_text(node)[:80], month_first=month_first)
            if shown is not None and abs((shown.value.date() - parsed.value.date()).days) > 1:
                # <time datetime="2019-07-03…">Publié le 29 juin 2019</time>: the day the
                # reader is shown (the attribute is often a later save of the page)
                parsed = shown
        context = f"{_classes(node)} {attrs.get('itemprop') or ''}"
        parent = node.parent
        if parent is not None:
            context += " " + _classes(parent) + " " + _text(parent)[:60]
        if UPDATED_WORDS_RE.search(context) or re.search(r"modif|updat|aktualis", context, re.I):
            upd.append(_DateCand(parsed, "dom:time.updated", False))
        else:
            pub.append(_DateCand(parsed, "dom:time", "pubdate" in attrs or "publish" in context.lower()))
    if sum(c.explicit for c in pub) > 1:
        # several <time> marked as a publication (a teaser list's, each with "pubdate"): the
        # mark singles none out, the page order decides. Calibration (bench/metadata.py,
        # date): 1 htmldate page won (the article's unmarked <time> comes first), none lost.
        pub = [_DateCand(c.parsed, c.source, False) for c in pub]
    return pub, upd


#: Elements that may show the page's date, by their class or id (:func:`_text_dates`).
DATE_ELEMENT_SELECTOR = (
    '[class*="date" i], [class*="time" i], [class*="datum" i], [class*="meta" i], [class*="byline" i], '
    '[class*="dateline" i], [id*="date" i], [class*="posted" i], [class*="publish" i], [class*="fecha" i]'
)
#: Its class selectors as :meth:`_Page.classed_with` pieces (no piece has a "k", which the
#: Kelvin sign lower-cases to), and its id selector.
DATE_CLASS_PIECES = ("date", "time", "datum", "meta", "byline", "dateline", "posted", "publish", "fecha")
DATE_ID_SELECTOR = '[id*="date" i]'


def _date_elements(tree: Any, page: _Page) -> list[Any]:
    """What ``tree.css(DATE_ELEMENT_SELECTOR)`` gives: the elements in page order, each once per
    selector of the list it matches. On a page where no id names a date (87 % of the pages),
    they are the classed elements holding :data:`DATE_CLASS_PIECES`, found in the page's one
    pass over its class attributes: the selector list costs 0.25 ms a page, the id test
    0.09 ms, the pieces 0.02 ms."""
    if tree.css_first(DATE_ID_SELECTOR) is None and page.classes_fold_exactly():
        out: list[Any] = []
        for node, classes in page.classed_with(DATE_CLASS_PIECES):
            low = classes.lower()
            out += [node] * sum(piece in low for piece in DATE_CLASS_PIECES)
        return out
    return list(tree.css(DATE_ELEMENT_SELECTOR))


def _text_dates(
    tree: Any, page: _Page, month_first: bool, masthead: _Masthead
) -> tuple[list[_DateCand], list[_DateCand]]:
    """Dates in visible text: after a "published" word, then in date-classed elements."""
    pub: list[_DateCand] = []
    upd: list[_DateCand] = []
    text = page.body_text()
    for m in _anchored(text, page.body_lower(), PUBLISHED_ANCHORS, PUBLISHED_WORDS_RE, 30):
        before = text[max(0, m.start() - 30) : m.start()]
        target = upd if UPDATED_WORDS_RE.search(before + m.group()) else pub
        if text[m.end() : m.end() + 1] == ".":
            # "… wurde am 05.11.2021 in der Kategorie Auto veröffentlicht.": the verb ends its
            # sentence, the date is before it (what follows is another block)
            sentence = text[max(0, m.start() - PUBLISHED_BEFORE_CHARS) : m.start()]
            sentence = sentence[max(sentence.rfind(". "), sentence.rfind("! "), sentence.rfind("? ")) + 1 :]
            dates = list(find_text_dates(sentence, month_first=month_first, limit=3))
            if dates:
                target.append(_DateCand(dates[-1][1], "text:published", False))
            continue
        window = text[m.end() : m.end() + PUBLISHED_WINDOW + 40]
        for pos, parsed in find_text_dates(window, month_first=month_first, limit=1):
            if pos <= PUBLISHED_WINDOW:
                target.append(_DateCand(parsed, "text:published", False))
        if len(pub) + len(upd) >= 10:
            break
    for node in _date_elements(tree, page)[:MAX_CANDIDATES]:
        classes = _classes(node)
        if not DATE_CLASS_RE.search(classes) or _NOT_BYLINE_RE.search(classes):
            continue
        snippet = _text(node)[:200]
        if not snippet:
            continue
        found = parse_text_date(snippet, month_first=month_first)
        if found is None and len(snippet) <= MAX_UNDER_HEADLINE_NODE:
            # "23.09.22" alone in a date element (2 trafilatura pages won, none lost)
            found = parse_short_year_date(snippet)
        if found and not OTHER_DATE_LABEL_RE.search(snippet[:40]) and not masthead.holds(node, listing=True):
            bucket = upd if UPDATED_WORDS_RE.search(snippet[:40] + classes) else pub
            bucket.append(_DateCand(found, "dom:date-element", False))
    return pub, upd


#: A headline is at least this long (a shorter h1 is the site's logo); the dateline under it
#: starts at most this many characters after it.
MIN_HEADLINE_CHARS = 15
MAX_UNDER_HEADLINE_CHARS = 300
#: The dateline's own element is at most this long ("Publié le 27 juin 2019 à 10h41"); a
#: longer one is a line of text that mentions a date (a post title under a blog's name).
MAX_UNDER_HEADLINE_NODE = 40
#: An "updated" label up to :data:`LABEL_CHARS` before the dateline's own element makes it an
#: update's ("Last updated | 19 September 2023", the label in an element of its own).


def _headline_date(page: _Page, month_first: bool) -> _DateCand | None:
    """The dateline under the headline: the first date standing alone in its element within
    a few lines after the page's h1 (sidebars and teaser lists come later in the page)."""
    marked = page.marked_text()
    for head in page.h1:
        if len(head) < MIN_HEADLINE_CHARS:
            continue
        at = marked.find(head)
        if at < 0:
            continue
        start = at + len(head)
        window = marked[start : start + MAX_UNDER_HEADLINE_CHARS + 80]
        for pos, parsed in find_text_dates(window, month_first=month_first, limit=3):
            if pos > MAX_UNDER_HEADLINE_CHARS:
                break
            left = window.rfind(NODE_MARK, 0, pos) + 1
            right = window.find(NODE_MARK, pos)
            right = right if right >= 0 else len(window)
            label = window[max(0, left - LABEL_CHARS) : right]
            if right - left <= MAX_UNDER_HEADLINE_NODE and not UPDATED_WORDS_RE.search(label):
                return _DateCand(parsed, "text:under-headline", False)
            if right - left <= MAX_UNDER_HEADLINE_NODE:
                return None  # the first dateline is an update's: no guess from what follows
        return None
    return None


#: Dates written for machines anywhere in the markup (attributes, inline JSON, file paths).
_MARKUP_DAY_RE = re.compile(r"(?<![\d])((?:19|20)\d\d)([-/])(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?![\d])")
#: Markup scanned by the last-resort date search (characters).
MAX_MARKUP_SCAN = 1_000_000


def _extensive_date(
    page: _Page, month_first: bool, now: datetime | None, masthead: _Masthead, *, markup: bool = True
) -> _DateCand | None:
    """Last resort: the first date of the visible text, else (``markup``) the markup's most
    frequent day.

    The visible text's first full date is usually the dateline; one after a "©" too (a
    copyright line holds a year, a full date after it is a photo credit's dateline or the
    page's stamp: "Copyright © 19.12.2019 - 12:14 h"; calibration: excluding them lost 1
    htmldate page and its trafilatura copy, won none).
    A page that shows none may still carry ISO or path dates in its markup (``2016-05-22``
    in an attribute or inline JSON, ``/2016/05/22/`` in an image path): each votes for its
    day; the most frequent plausible day wins, the earlier on a tie. Calibration
    (bench/metadata.py, date): voting over text and markup together lost 22 pages and won
    16 against the text's first date; markup votes only where the text has no date win.
    """
    marked = page.marked_text()
    in_masthead = masthead.reader()
    for pos, parsed in find_text_dates(marked, month_first=month_first, limit=20):
        if not _accept(parsed, now, explicit=False):
            continue
        start = marked.rfind(NODE_MARK, 0, pos) + 1
        end = marked.find(NODE_MARK, pos)
        end = end if end >= 0 else len(marked)
        if in_masthead(marked[start:end]) or OTHER_DATE_LABEL_RE.search(marked[max(0, start - LABEL_CHARS) : pos]):
            continue
        if end - start <= MAX_DATELINE_CHARS:
            return _DateCand(parsed, "text:dateline", False)
    text = page.body_text()
    for _pos, parsed in find_text_dates(text, month_first=month_first, limit=20):
        if not _accept(parsed, now, explicit=False):
            continue
        return _DateCand(parsed, "text:first-date", False)
    if not markup:
        return None
    votes: Counter[date] = Counter()
    html = page.tree.html[:MAX_MARKUP_SCAN] if page.tree is not None else ""
    for i, m in enumerate(_MARKUP_DAY_RE.finditer(html or "")):
        if i >= 400:
            break
        try:
            day = date(int(m.group(1)), int(m.group(3)), int(m.group(4)))
        except ValueError:
            continue
        if _accept(ParsedDate(datetime(day.year, day.month, day.day), False), now, explicit=False):
            votes[day] += 1
    if not votes:
        return None
    best = min(votes, key=lambda d: (-votes[d], d))
    return _DateCand(ParsedDate(datetime(best.year, best.month, best.day), False), "meta:markup-dates", False)


def _offset_of(cands: Iterable[_DateCand]) -> timezone | None:
    """The UTC offset the page's own dates carry, if they agree on one."""
    offsets = {c.parsed.value.utcoffset() for c in cands if c.parsed.aware}
    offsets.discard(None)
    if len(offsets) == 1:
        off = offsets.pop()
        if off is not None:
            return timezone(off)
    return None


def _with_offset(cand: _DateCand, pool: list[_DateCand]) -> _DateCand:
    """Give a local time without offset the offset of the page's other dates.

    Same wall-clock time as an aware date of the same day: that date's offset. A wall clock
    that differs from an aware date by exactly that date's offset: the naive time was UTC.
    """
    p = cand.parsed
    if p.aware or not p.has_time:
        return cand
    for other in pool:
        o = other.parsed
        if not o.aware or not o.has_time:
            continue
        if o.value.replace(tzinfo=None) == p.value:
            return _DateCand(ParsedDate(o.value, True), cand.source, cand.explicit)
        off = o.value.utcoffset()
        if off and o.value.replace(tzinfo=None) - off == p.value:
            return _DateCand(ParsedDate(p.value.replace(tzinfo=UTC).astimezone(o.value.tzinfo), True),
                             cand.source, cand.explicit)  # fmt: skip
    near = [o for o in pool if abs((o.parsed.value.replace(tzinfo=None) - p.value).days) <= 1]
    tz = _offset_of(near) or _offset_of(pool)
    if tz is not None:
        return _DateCand(ParsedDate(p.value.replace(tzinfo=tz), True), cand.source, cand.explicit)
    return cand


#: A wall clock that shows a UTC stamp in the site's zone is this far from it at most, in
#: steps of :data:`OFFSET_STEP` (zones run from UTC-12 to UTC+14, by quarter hours).
MIN_OFFSET = timedelta(hours=-12)
MAX_OFFSET = timedelta(hours=14)
OFFSET_STEP = timedelta(minutes=15)


def _is_utc_stamp(stamp: ParsedDate) -> bool:
    """A date with a time, in UTC: the only kind :func:`_shown_offset` places."""
    return stamp.has_time and stamp.value.utcoffset() == timedelta(0)


def _shown_offset(stamp: ParsedDate, others: Iterable[_DateCand]) -> timezone | None:
    """The offset in which the page itself shows a UTC ``stamp``.

    Another date of the page that is the same instant in another offset ("2023-11-09T06:35Z"
    and ``<time datetime="2023-11-08T22:35-08:00">``) gives its offset; else a wall-clock
    time of the page (naive, or labelled UTC by mistake) that is the stamp moved by a whole
    zone offset, same minute ("Nov 8, 2023 10:35 pm" beside "2023-11-09T06:35Z"). The day a
    reader is shown is the stamp's day in that offset. A naive wall clock that shows the
    stamp's own time (the page prints UTC) keeps it in UTC.
    """
    v = stamp.value
    if not _is_utc_stamp(stamp):
        return None
    clock = v.replace(tzinfo=None, second=0, microsecond=0)
    walls: list[datetime] = []
    same: timezone | None = None
    for other in others:
        o = other.parsed
        if not o.has_time:
            continue
        off = o.value.utcoffset()
        wall = o.value.replace(tzinfo=None, second=0, microsecond=0)
        if off:  # aware, not UTC: the same instant says the offset
            if same is None and abs(o.value - v) < timedelta(minutes=1):
                same = timezone(off)
        elif off is None and wall == clock:
            return None
        elif off is None or o.value.second == v.second:
            walls.append(wall)  # (a second UTC stamp is a mislabelled wall clock only to the second)
    if same is not None:
        return same
    for wall in walls:
        diff = wall - clock
        if diff and MIN_OFFSET <= diff <= MAX_OFFSET and not diff % OFFSET_STEP:
            return timezone(diff)
    return None


def _zone_shown(stamp: ParsedDate, zone: tzinfo | None, shown: Iterable[_DateCand | None]) -> timezone | None:
    """The site zone's offset for a UTC ``stamp`` that falls on another day there, when the
    page's dateline shows that day and not the stamp's UTC day ("2020-12-05T23:15Z" on an
    Italian site whose dateline reads "06 Dicembre 2020"). Calibration (bench/metadata.py,
    date): 1 htmldate page won, none lost (moving every such stamp to the site's zone without
    the dateline's word lost 21 pages and won 2)."""
    if zone is None:
        return None
    local = stamp.value.astimezone(zone)
    days = {c.parsed.value.date() for c in shown if c is not None}
    if local.date() == stamp.value.date() or local.date() not in days or stamp.value.date() in days:
        return None
    return timezone(local.utcoffset() or timedelta(0))


def _shown_in(cands: list[_DateCand], tz: timezone | None) -> list[_DateCand]:
    """UTC stamps among ``cands`` moved to the offset ``tz`` (same instants)."""
    if tz is None:
        return cands
    out = []
    for c in cands:
        v = c.parsed.value
        if c.parsed.has_time and v.utcoffset() == timedelta(0):
            c = _DateCand(ParsedDate(v.astimezone(tz), True), c.source, c.explicit)
        out.append(c)
    return out


def _site_zone(page: _Page) -> tzinfo | None:
    """The site's time zone, guessed from the URL's country domain or the page's language."""
    host = _urlsplit(page.url or "").hostname or ""
    tld = host.rsplit(".", 1)[-1] if "." in host else ""
    lang = page.html_lang.lower().replace("_", "-")
    name = ZONE_BY_TLD.get(tld) or ZONE_BY_LANG.get(lang) or ZONE_BY_LANG.get(lang.split("-")[0])
    if name is None and lang.split("-")[0] == "en" and tld in _GENERIC_TLDS:
        name = ZONE_EN_GENERIC
    if name is None:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):  # no tz database on this machine: keep UTC
        return None


def _local(cand: _DateCand, page: _Page) -> _DateCand:
    """A datetime given in UTC, shown in the site's zone (same instant)."""
    v = cand.parsed.value
    if not cand.parsed.has_time or v.utcoffset() != timedelta(0):
        return cand
    zone = _site_zone(page)
    if zone is None:
        return cand
    local = v.astimezone(zone)
    if (local.hour, local.minute, local.second) != (0, 0, 0):
        return cand
    fixed = local.replace(tzinfo=timezone(local.utcoffset() or timedelta(0)))
    return _DateCand(ParsedDate(fixed, True), cand.source, cand.explicit)


#: English-language country domains that write the day first (03/06 = 3 June).
_DAY_FIRST_EN_TLDS = frozenset({"uk", "ie", "au", "nz", "in", "za", "ng", "ke", "sg", "pk"})


def _month_first(page: _Page, url: str | None) -> bool:
    """Whether an ambiguous ``03/06/2015`` on this page is March 6 (US usage)."""
    lang = page.html_lang.lower().replace("_", "-")
    host = _urlsplit(url or "").hostname or ""
    return lang in ("en-us", "en") and host.rsplit(".", 1)[-1] not in _DAY_FIRST_EN_TLDS


def _by_support(cands: list[_DateCand]) -> list[_DateCand]:
    """Candidates reordered so that the first names the day most distinct signals agree on.

    Ties keep the trust order (JSON-LD article, OpenGraph/microdata, other meta, page-level
    JSON-LD, <time>). Calibration: where JSON-LD and a meta tag disagree on the day, the gold
    sides with each about as often; a third signal settles it (bench/metadata.py, date).
    """
    if len(cands) < 3:
        return cands
    votes: dict[object, set[str]] = {}
    for c in cands:
        if c.source.startswith(("text:", "dom:date-element")):
            continue  # shown dates only break a tie of the generic metas (see WEAK_DATE_SOURCES)
        # the generic date metas copy one CMS field: together they are one signal
        votes.setdefault(c.parsed.value.date(), set()).add(
            "meta:generic" if c.source in WEAK_DATE_SOURCES else c.source
        )
    first = cands[0].parsed.value.date()
    if first not in votes:
        return cands
    best_day = max(votes, key=lambda d: (len(votes[d]), d == first))
    if len(votes[best_day]) <= len(votes[first]):
        return cands
    return [c for c in cands if c.parsed.value.date() == best_day] + [
        c for c in cands if c.parsed.value.date() != best_day
    ]


#: The zones of a country that spans several, tried in turn for a UTC stamp that must fall on
#: the URL's day (the site's guessed zone first). Calibration (bench/metadata.py, date): a
#: Minnesota site's "05:30Z" falls on its URL's day in Chicago, not in New York.
EXTRA_ZONES: dict[str, tuple[str, ...]] = {
    "America/New_York": ("America/Chicago", "America/Denver", "America/Los_Angeles"),
    "America/Toronto": ("America/Winnipeg", "America/Edmonton", "America/Vancouver"),
    "Australia/Sydney": ("Australia/Adelaide", "Australia/Perth"),
    "America/Sao_Paulo": ("America/Manaus",),
}


def _zones(zone: tzinfo | None) -> list[tzinfo]:
    out: list[tzinfo] = [zone] if zone is not None else []
    for name in EXTRA_ZONES.get(str(zone), ()) if zone is not None else ():
        try:
            out.append(ZoneInfo(name))
        except (ZoneInfoNotFoundError, ValueError):
            continue
    return out


def _pick_published(cands: list[_DateCand], url_day: ParsedDate | None, zone: tzinfo | None) -> _DateCand | None:
    """The first candidate, unless the URL's day contradicts it.

    A full date in the URL path is set when the story is first written and never changes:
    when the first candidate disagrees, the same instant in the site's zone (or another zone
    of the same country) is taken if it falls on the URL's day (a UTC stamp of an evening
    story). A stamp with its time a day away from the URL's day and not on it in the site's
    zones keeps its day: the URL was made with the draft, the day before publication (a
    stamp in the page's own offset, or a naive one, is the page's clock). Else a later
    candidate that agrees, else the URL's date. Calibration (bench/metadata.py, date): the
    one-day rule wins 6 pages (drafts dated the day before) and loses none.
    """
    if not cands:
        return None
    best = cands[0]
    if url_day is None or best.parsed.value.date() == url_day.value.date():
        return best
    v = best.parsed.value
    zones = _zones(zone)
    utc = v.utcoffset() == timedelta(0)
    if v.tzinfo is not None and best.parsed.has_time:
        for z in zones:
            local = v.astimezone(z)
            if local.date() == url_day.value.date():
                fixed = local.replace(tzinfo=timezone(local.utcoffset() or timedelta(0)))
                return _DateCand(ParsedDate(fixed, True), best.source, best.explicit)
    one_day = abs((v.date() - url_day.value.date()).days) <= 1
    if best.parsed.has_time and one_day and (not utc or zones):
        return best
    for c in cands[1:]:
        if c.parsed.value.date() == url_day.value.date():
            return c
    return _DateCand(url_day, "url", False)


def _dates(
    tree: Any, page: _Page, article: dict[str, Any] | None, now: datetime | None
) -> tuple[SourcedDate | None, SourcedDate | None]:
    month_first = _month_first(page, page.url)
    structured = [
        *_jsonld_dates(page, article, "datePublished"),
        *_meta_dates(page, PUBLISHED_META),
        *_markup_dates(tree, "datePublished"),
    ]
    updated = [
        *_jsonld_dates(page, article, "dateModified"),
        *_meta_dates(page, UPDATED_META),
        *_markup_dates(tree, "dateModified"),
    ]
    masthead = _Masthead(page)
    time_pub, time_upd = _time_dates(tree, month_first, masthead)
    updated.extend(time_upd)
    pool = structured + updated + time_pub
    u_day = url_date(page.url)
    zone = _site_zone(page)
    weak = [c for c in structured if c.source in WEAK_DATE_SOURCES]
    accepted = [c for c in structured if c.source == "json-ld:datePublished"]
    accepted += [c for c in structured if c.source.startswith(("opengraph:", "microdata:"))]
    accepted += [c for c in structured if c.source.startswith("meta:") and c not in weak]
    accepted += [c for c in structured if c not in accepted and c not in weak]
    accepted += [c for c in time_pub if c.explicit] + [c for c in time_pub if not c.explicit]
    # the dates the text shows, read only when a rule below needs them (they cost ~0.6 ms a
    # page): a weak meta, a UTC stamp to place, or no structured date at all
    text_found: list[tuple[list[_DateCand], list[_DateCand]]] = []

    def text_dates() -> tuple[list[_DateCand], list[_DateCand]]:
        if not text_found:
            text_found.append(_text_dates(tree, page, month_first, masthead))
        return text_found[0]

    if weak:
        text_pub = text_dates()[0]
        # a generic "date" meta is often the day the page was last saved: the day the page
        # shows next to a "published" word or in a date element goes first
        shown_days = {c.parsed.value.date() for c in text_pub if c.source == "dom:date-element"}
        accepted += [c for c in text_pub if c.source == "text:published" or len(shown_days) == 1]
    accepted += weak
    if article is not None:
        created = parse_machine_date(_str(article.get("dateCreated")))
        if created:
            accepted.append(_DateCand(created, "json-ld:dateCreated", True))
    accepted = [c for c in accepted if _accept(c.parsed, now, explicit=c.explicit)]
    last_saved = [c.parsed for c in updated if c.source.startswith(("json-ld:", "opengraph:", "meta:"))]
    if last_saved:
        # a "published" date days after the last modification the page states is another
        # date (a re-post, a block of the next story)
        newest = max(p.value.date() for p in last_saved)
        kept = [c for c in accepted if (c.parsed.value.date() - newest).days <= MAX_DAYS_AFTER_SAVE]
        accepted = kept or accepted
    shown = None
    for c in accepted[:3]:
        if not _is_utc_stamp(c.parsed):
            continue  # (_shown_offset places UTC stamps only)
        shown = _shown_offset(c.parsed, [*structured, *time_pub, *text_dates()[0], *updated])
        if shown is not None:
            break
    if (
        shown is None
        and accepted
        and accepted[0].parsed.has_time
        and accepted[0].parsed.value.utcoffset() == timedelta(0)
    ):
        # the day and time the page prints (its text only: the markup's days have no time)
        dateline = _extensive_date(page, month_first, now, masthead, markup=False)
        if dateline is not None:
            shown = _shown_offset(accepted[0].parsed, [dateline])
        if shown is None:
            shown = _zone_shown(accepted[0].parsed, zone, [dateline, _headline_date(page, month_first)])
    accepted = _by_support(_shown_in(accepted, shown))
    updated = _shown_in(updated, shown)
    published = _pick_published(accepted, u_day, zone)
    if published is not None and not published.source.startswith(("text:", "dom:", "url")):
        published = (
            _shown_revision(page, published, updated, month_first, now)
            or _shown_before_update(page, published, updated, month_first, now)
            or published
        )
    if published is None:
        text_pub, text_upd = text_dates()
        updated.extend(text_upd)
        text_ok = [c for c in text_pub if _accept(c.parsed, now, explicit=False)]
        under = _headline_date(page, month_first)
        if under is not None and _accept(under.parsed, now, explicit=False):
            # after the dates a "published" word introduces, before the date elements
            labelled = sum(1 for c in text_ok if c.source == "text:published")
            text_ok.insert(labelled, under)
        published = _pick_published(text_ok, u_day, zone)
    if published is None and u_day is not None and _accept(u_day, now, explicit=False):
        published = _DateCand(u_day, "url", False)
    if published is None:
        published = _extensive_date(page, month_first, now, masthead)
    upd_ok = [c for c in updated if _accept(c.parsed, now, explicit=True)]
    upd = upd_ok[0] if upd_ok else None
    pub_out = upd_out = None
    if published is not None:
        published = _local(_with_offset(published, pool), page)
        p = published.parsed
        pub_out = SourcedDate(p.value, published.source, p.has_time)
    if upd is not None:
        upd = _local(_with_offset(upd, pool), page)
        if published is None or _not_before(upd.parsed, published.parsed):
            upd_out = SourcedDate(upd.parsed.value, upd.source, upd.parsed.has_time)
    return pub_out, upd_out


def _shown_revision(
    page: _Page, published: _DateCand, updated: list[_DateCand], month_first: bool, now: datetime | None
) -> _DateCand | None:
    """The dateline under the headline, when it shows the day of the page's stated last
    modification instead of its stated publication, and the page shows that publication
    nowhere: the site re-dated the story and presents it with the new date (no "updated"
    label before it).

    Calibration (bench/metadata.py, date; pages with a structured publication date, a
    dateline under the headline on another day, and a structured modification on the
    dateline's day): the gold took the dateline on 13 distinct pages (htmldate 7, AED 4,
    trafilatura 2) and the structured date on 2 (fundus 1, trafilatura 1); where the page
    also shows the structured day elsewhere, the gold took it (3 pages: the rule stays off).
    """
    day = published.parsed.value.date()
    revised = {c.parsed.value.date() for c in updated if not c.source.startswith(("text:", "dom:"))}
    if not any(d > day for d in revised):
        return None
    under = _headline_date(page, month_first)
    if under is None or not _accept(under.parsed, now, explicit=False):
        return None
    shown = under.parsed.value.date()
    if shown <= day or shown not in revised:
        return None
    if any(d.value.date() == day for _, d in find_text_dates(page.marked_text(), month_first=month_first)):
        return None
    if under.parsed.has_time and not under.parsed.aware:
        # the wall clock shown is a modification stamp in the site's offset: that offset
        for c in updated:
            tz = _shown_offset(c.parsed, [under])
            if tz is not None:
                return _DateCand(ParsedDate(under.parsed.value.replace(tzinfo=tz), True), under.source, False)
    return under


#: Literal starts of UPDATED_WORDS_RE's words, looked for with str.find.
UPDATED_ANCHORS: tuple[str, ...] = (
    "updated", "modified", "aktualisiert", "zuletzt", "mis à jour", "actualizado", "aggiornato", "bijgewerkt",
    "zaktualizowano", "aktualizováno", "uppdaterad", "opdateret", "oppdatert", "päivitetty", "обновлено",
)  # fmt: skip
#: Update labels looked at on a page (bounded work).
MAX_UPDATE_LABELS = 10


def _shown_before_update(
    page: _Page, published: _DateCand, updated: list[_DateCand], month_first: bool, now: datetime | None
) -> _DateCand | None:
    """The first publication a dateline states before an update label ("January 19, 2020 /
    12:25 PM / Updated 8 hours ago"), when the structured publication is the modification
    stamp itself (the same instant in both fields: the CMS wrote its revision time into both)
    and falls on a later day. Calibration (bench/metadata.py, date): of the pages whose
    dateline reads so, 1 (htmldate) had a structured publication on a later day, equal to its
    modification: won; the 5 others keep their structured day (the dateline's)."""
    v = published.parsed.value
    if not published.parsed.has_time or not any(
        c.parsed.value == v for c in updated if not c.source.startswith(("text:", "dom:"))
    ):
        return None
    marked = page.marked_text()
    low = marked.lower()
    if len(low) != len(marked):  # (a few letters lower to two characters: keep positions)
        low = "".join(c.lower()[:1] or c for c in marked)
    seen = 0
    for anchor in UPDATED_ANCHORS:
        at = low.find(anchor)
        while at >= 0 and seen < MAX_UPDATE_LABELS:
            seen += 1
            start = marked.rfind(NODE_MARK, 0, at) + 1
            if at - start <= MAX_DATELINE_CHARS:
                for _pos, parsed in find_text_dates(marked[start:at], month_first=month_first, limit=1):
                    if parsed.value.date() < v.date() and _accept(parsed, now, explicit=False):
                        return _DateCand(parsed, "text:dateline", False)
            at = low.find(anchor, at + 1)
    return None


def _not_before(a: ParsedDate, b: ParsedDate) -> bool:
    if a.aware and b.aware:
        return a.value >= b.value
    return a.value.replace(tzinfo=None) >= b.value.replace(tzinfo=None) - timedelta(days=1)


# --- 6. authors -----------------------------------------------------------------------------


def _jsonld_people(
    value: Any, known: frozenset[str], by_id: dict[str, dict[str, Any]], shown: Callable[[str], bool]
) -> tuple[list[str], list[str]]:
    """People and organisations of a JSON-LD ``author``; ``shown`` tells whether a name is in
    the page's visible text (a Person met only through an ``@id`` reference must be: CMSs link
    the account that posted the article, which is often not the byline shown)."""
    people: list[str] = []
    orgs: list[str] = []
    items = value if isinstance(value, list) else [value]
    # [{"@type": "Person", …}, [{"@type": "Person", …}]]: a CMS nests the second author's list
    items = [x for item in items[:MAX_CANDIDATES] for x in (item if isinstance(item, list) else [item])]
    for item in items[:MAX_CANDIDATES]:
        if isinstance(item, str):
            if "://" in item:
                continue
            b = split_byline(_unescape(item), allow_single=True, allow_handle=True, known=known)
            people.extend(b.people)
            orgs.extend(b.organizations)
        elif isinstance(item, dict):
            ref = item.get("@id")
            resolved = isinstance(ref, str) and not item.get("name") and ref in by_id
            if resolved:
                item = by_id[str(ref)]  # {"@id": ".../#/schema/person/…"}: the Person node of the @graph
            raw_name = item.get("name")
            if isinstance(raw_name, list) and len(raw_name) > 1:  # {"@type": "Person", "name": ["A", "B"]}
                sub_people, sub_orgs = _jsonld_people([_str(n) for n in raw_name], known, by_id, shown)
                people.extend(sub_people)
                orgs.extend(sub_orgs)
                continue
            name = _unescape(_str(raw_name))  # "James O&#039;Neil": escaped by the CMS
            if resolved and not shown(AT_HANDLE_RE.sub("", name)):
                continue
            if not name:
                given, family = _str(item.get("givenName")), _str(item.get("familyName"))
                name = f"{given} {family}".strip()
            if not name or "://" in name:
                continue
            if any("Organization" in t for t in _types(item)):
                orgs.append(name)
                continue
            # a Person's name may hold a byline ("Anneice Coady | acoady@example.com", "Evan
            # Orris, NBA.com"): its people first, the whole name an organisation only when it
            # names nobody
            b = split_byline(name, allow_single=True, allow_handle=True, known=known)
            people.extend(b.people)
            if not b.people and is_organization(name, known):
                orgs.append(name)
            else:
                orgs.extend(b.organizations)
    return people, orgs


#: Microdata items whose author is not the article's when the page lists several: customer
#: reviews, comments, answers (one Review item is the article itself: a game review's author
#: is its writer). Calibration (bench/metadata.py, authors): 1 trafilatura shop page no longer
#: gives its reviewers ("Verifizierte/r Tierfreund/in", "Georg N.") as its authors; none lost.
NOT_ARTICLE_ITEM_RE = re.compile(r"(?:^|[/:])(?:Review|Comment|Answer|Question|UserComments)\b", re.I)


def _in_item(node: Any, pattern: re.Pattern[str], tree: Any) -> bool:
    """Whether an ancestor of ``node`` (within MAX_ANCESTORS) is a microdata item whose
    ``itemtype`` matches ``pattern``, one of several of that type on the page."""
    anc = node.parent
    for _ in range(MAX_ANCESTORS):
        if anc is None:
            return False
        itemtype = anc.attributes.get("itemtype") if anc.tag != "-undef" else None
        if itemtype and pattern.search(itemtype):
            quoted = itemtype.replace("\\", "\\\\").replace('"', '\\"')
            return len(tree.css(f'[itemtype="{quoted}"]')[:2]) > 1
        anc = anc.parent
    return False


def _authored_item(node: Any) -> int:
    """The memory id of the microdata item a ``[itemprop~=author]`` node (or its Person's
    ``name``) is the author of: its nearest ``itemscope`` ancestor (0: none). Calibration
    (bench/metadata.py, authors): 1 trafilatura blog page no longer adds the authors of the
    post cards below the article; none lost."""
    anc = node
    if "author" not in (node.attributes.get("itemprop") or "").split():
        for _ in range(MAX_ANCESTORS):  # the name's Person, the author property
            anc = anc.parent
            if anc is None or "author" in (anc.attributes.get("itemprop") or "").split():
                break
    for _ in range(MAX_ANCESTORS):
        anc = anc.parent if anc is not None else None
        if anc is None or anc.tag == "-undef":
            return 0
        if "itemscope" in anc.attributes:
            return int(anc.mem_id)
    return 0


def _dom_bylines(tree: Any, selector: str = BYLINE_SELECTOR) -> list[str]:
    out: list[str] = []
    seen: set[int] = set()
    for node in tree.css(selector)[:MAX_CANDIDATES]:
        text = _text(node)
        if (
            not text
            or len(text) > MAX_BYLINE_CHARS
            or node.tag == "button"
            or _in_item(node, NOT_ARTICLE_ITEM_RE, tree)
        ):
            continue  # a button ("Folgen" on a follow-the-author button) names nobody
        skip = False
        anc = node
        for _ in range(6):
            if anc is None:
                break
            if anc.tag in IMAGE_CREDIT_TAGS or IMAGE_CREDIT_CLASS_RE.search(_classes(anc)):
                skip = True  # a picture's credit
                break
            if len(text) <= AUTHOR_BOX_NAME_CHARS and AUTHOR_BOX_RE.search(_classes(anc)):
                break  # a name in the article's author box, wherever the box is
            if _NOT_BYLINE_RE.search(_classes(anc)):
                skip = True
                break
            # a link that holds the byline and more (a title, a date) is a teaser card of
            # another article
            if anc.tag == "a" and anc is not node and len(_text(anc)) > len(text) + TEASER_LINK_EXTRA_CHARS:
                skip = True
                break
            anc = anc.parent
        if skip:
            continue
        key = hash(text)
        if key in seen:
            continue
        seen.add(key)
        out.append(text)
    return out


def _name_token(tok: str) -> bool:
    core = tok.rstrip(",;:.)") or tok
    return bool(core) and (core[0].isupper() or core.casefold() in PARTICLES) and not core.isdigit()


def _text_bylines(page: _Page) -> list[tuple[str, bool]]:
    """Bylines written in the visible text ("Von Anna Roth und Jan Koch"): the name words that
    follow, up to the end of their element, a punctuation mark or a lower-case word; a run of
    capitalised words that goes on past that is prose, not a byline. Each comes with whether
    one word is a name there: after a label that can only introduce the author (see
    :data:`SINGLE_NAME_LABEL_RE`), when the word ends its element or a date follows."""
    text = page.marked_text()
    out: list[tuple[str, bool]] = []
    for m in _anchored(text, text.lower(), TEXT_BYLINE_ANCHORS, TEXT_BYLINE_RE, MAX_TEXT_BYLINES):
        words = text[m.end() : m.end() + 160].split(" ")
        # "<i>von Daniela Obers</i>": a lower-case "von"/"by" opening its element names someone
        # only when the name fills the rest of that element
        whole = m.group()[:1].islower() and (
            m.start() == 0 or text[max(0, m.start() - 2) : m.start()].startswith(NODE_MARK)
        )
        # the label alone in its element ("<span>von</span> <a>flerche</a>")
        alone = words[:1] == [NODE_MARK] and (
            m.start() == 0 or text[max(0, m.start() - 2) : m.start()].startswith(NODE_MARK)
        )
        marks = 0  # elements between the label and the name
        while words and (words[0] == NODE_MARK or (words[0].casefold() in TEXT_BYLINE_ROLES and len(words) > 1)):
            marks += words.pop(0) == NODE_MARK  # "By <a>Jane Doe</a>", "Autor: <a>Rechtsanwalt</a> Jo Roth"
        if (
            (alone or SINGLE_NAME_LABEL_RE.fullmatch(m.group().strip()))
            and marks <= MAX_SINGLE_NAME_MARKS
            and words[1:2] == [NODE_MARK]
            and is_handle(words[0])
            and words[0].casefold() not in JUNK_WORDS
            and DATE_NEAR_RE.search(text, max(0, m.start() - HANDLE_DATE_REACH), m.end() + HANDLE_DATE_REACH)
            and not COMMENT_LABEL_RE.search(text, max(0, m.start() - LABEL_CHARS), m.start())
        ):
            out.append((words[0], True))  # "von <a>flerche</a> 21. September 2019"
            continue
        if whole and alone:
            continue  # "Kommentar <b>von</b> <a>Lou Vance</a>", "Made with <b>by</b> <a>Pixel Studio</a>"
        full = words
        words = words[: MAX_TEXT_BYLINE_WORDS + 1]
        end = 0  # where the name ended in ``full``
        kept: list[str] = []
        closed = False
        at_mark = False
        after: str = ""  # the word that ended the name
        for j, w in enumerate(words):
            if w == NODE_MARK:
                closed = at_mark = True
                end = j
                break
            low = w.casefold()
            if (
                kept
                and low.rstrip(":,;") in TEXT_BYLINE_CREDITS
                and (low.endswith(":") or words[j + 1 : j + 2] in (["von"], ["by"], ["par"], ["por"], [":"]))
            ):  # "Text von X Illustration von Y", "By X Photos: Y"
                closed = True
                break
            if low in TEXT_BYLINE_JOINERS and kept and not kept[-1].endswith((",", ";", ".")):
                kept.append(w)
                continue
            if not _name_token(w) or w.endswith(":") or (not kept and not w[:1].isupper()):
                closed = bool(kept) and not w[:1].isupper()  # "… am 3. Mai", "… on Monday"
                after = w.casefold()
                break
            kept.append(w)
            if w.endswith((",", ";", ")", "|")) or (w.endswith(".") and len(w) > 2):
                closed = True
                end = j + 1
                at_mark = words[j + 1 : j + 2] == [NODE_MARK]  # "by Kim Lee,</p>": the element ends too
                break
        comma = bool(kept) and kept[-1].endswith(",")
        while kept and (kept[-1].casefold() in TEXT_BYLINE_JOINERS or kept[-1].casefold() in PARTICLES):
            if kept[-1].casefold() in PARTICLES and kept[-1].casefold() not in TEXT_BYLINE_JOINERS:
                # "13:53 von Besorgter Vater zu <a>…</a>": a comment list's "… on <post>"; the
                # name did not end its element
                at_mark, after = False, kept[-1].casefold()
            kept.pop()
        if kept and len(kept[-1]) > 2:
            kept[-1] = kept[-1].rstrip(".,;|")
        if whole and not at_mark:
            continue
        if m.group()[:1].casefold() == "a" and WORK_INFO_RE.search(
            text, max(0, m.start() - WORK_INFO_REACH), m.end() + WORK_INFO_REACH
        ):
            continue  # "Titel: … Autorin: Alys Arden Verlag: …": a book's or a game's credits
        if KIND_LABEL_RE.match(m.group()):
            before = text[max(0, m.start() - LABEL_CHARS) : m.start()].split()
            if before and before[-1].casefold() in KIND_LABEL_ARTICLES:
                before.pop()  # "Ein Interview von"
            if before and before[-1] != NODE_MARK:
                continue  # "… zeigt eine Analyse von Google Trends": prose
        if m.group()[:1].islower() and text[: m.start()].rstrip()[-1:].isdigit():  # "13:30 von Olga"
            before = text[: m.start()].split()
            if not (
                before
                and DATED_BY_TOKEN_RE.fullmatch(before[-1].rstrip(","))
                and (at_mark or after in SINGLE_NAME_FOLLOWERS or (closed and not after))
                # one word only after a day or a time, not a bare year ("2023 von Japan.")
                and (len(kept) != 1 or not YEAR_TOKEN_RE.fullmatch(before[-1].rstrip(",")))
            ):
                continue
        if closed and len(kept) >= 2:
            line = " ".join(kept)
            if at_mark or comma:
                line = " and ".join([line, *_linked_names(full, end, comma)])
            out.append((line, False))
        elif (
            closed
            and len(kept) == 1
            and marks <= MAX_SINGLE_NAME_MARKS
            and (at_mark or after in SINGLE_NAME_FOLLOWERS)
            and (
                SINGLE_NAME_LABEL_RE.fullmatch(m.group().strip())
                # "<span>Von</span> <a>Isabella.Rossi</a> am 19. Oktober 2019": the label alone
                # in its element, or "<p>by MrKCosplay,</p>" a lower-case one opening it; a
                # dateline near
                or (
                    (alone or whole)
                    and DATE_NEAR_RE.search(text, max(0, m.start() - HANDLE_DATE_REACH), m.end() + HANDLE_DATE_REACH)
                    and not COMMENT_LABEL_RE.search(text, max(0, m.start() - LABEL_CHARS), m.start())
                )
                # "06.11.2023 13:30 von Olga": a lower-case "von"/"by" after the date
                or (m.group()[:1].islower() and text[: m.start()].rstrip()[-1:].isdigit())
            )
        ):
            out.append((kept[0], True))
    return out


#: A paragraph that holds nothing but the author's name, set in bold or italics, among the
#: first or the last paragraphs of the article ("<p><strong>Jane Doe</strong></p>" above the
#: body, "<p><b><i>Jane Doe</i></b></p>" signing it): read when no other source names anyone.
#: Calibration (bench/metadata.py, authors): 3 pages (2 fundus, 1 trafilatura) gain their
#: author; without the checks on the line (no colon, said once in the text, no word the text
#: writes in lower case) 3 pages whose gold names nobody gained a heading or a photo credit.
#: On the unannotated sets (htmldate, cleaneval, dragnet…) it names someone on 8 pages, 3 of
#: them a heading that passes these checks ("Special Issue", "Paris Meetup").
SIGNATURE_FIRST_PARAGRAPHS = 3
SIGNATURE_LAST_PARAGRAPHS = 2
#: A note under the article ("(1) These figures …", "[2] See …", "* Name changed"): the
#: signature stands above the notes, so they are not counted among its last paragraphs (at
#: most MAX_FOOTNOTES skipped). Calibration (bench/metadata.py, authors): 1 trafilatura page
#: gains its author; none changes otherwise, nor on 584 dragnet/cleaneval/scrapinghub pages.
#: (Reading 3 last paragraphs instead gave a dragnet heading and a role line as names.)
MAX_FOOTNOTES = 3
FOOTNOTE_RE = re.compile(r"^(?:\(\d{1,2}\)|\[\d{1,2}\]|\d{1,2}\)|\*{1,3})\s")
#: A signature is at most this long (characters): two or three names.
MAX_SIGNATURE_CHARS = 80
_EMPHASIS_SELECTOR = "p > strong, p > b, p > em, p > i"


def _signature_lines(tree: Any, text: str) -> list[str]:
    """Paragraphs of ``text`` near its start or end that are a name alone in bold or italics."""
    text = text.strip()
    n = SIGNATURE_FIRST_PARAGRAPHS + SIGNATURE_LAST_PARAGRAPHS
    head = [p.strip() for p in text.split("\n\n", n)[:n] if p.strip()]
    if len(head) < 3:
        return []
    tail = [p.strip() for p in text.rsplit("\n\n", n + MAX_FOOTNOTES)[-n - MAX_FOOTNOTES :] if p.strip()]
    tail = [p for p in tail if not FOOTNOTE_RE.match(p)]
    near = head[:SIGNATURE_FIRST_PARAGRAPHS] + tail[-SIGNATURE_LAST_PARAGRAPHS:]
    # a label ("Im Einzelnen:", "Foto: …") is no name; a name the text repeats is its subject
    # (a product, a person the article is about), not its author
    wanted = {
        p
        for p in near
        if len(p) <= MAX_SIGNATURE_CHARS and p[:1].isupper() and not any(c in p for c in ":\n") and text.count(p) == 1
    }
    if not wanted:
        return []
    out: list[str] = []
    for node in tree.css(_EMPHASIS_SELECTOR):
        line = _text(node)
        if line in wanted and _text(node.parent) == line and line not in out and not _common_words(line, text):
            out.append(line)
    return out


def _common_words(line: str, text: str) -> bool:
    """Whether a word of ``line`` is written in lower case elsewhere in ``text``: a heading in
    bold ("Frequently Asked Questions", "Special Issue") is made of the text's own words, a
    name is not."""
    for word in re.findall(r"[^\W\d_]{3,}", line):
        low = word.lower()
        if low != word and low not in PARTICLES and re.search(rf"(?<!\w){re.escape(low)}(?!\w)", text):
            return True
    return False


#: Co-authors read after the first name of a text byline, each in its own element.
MAX_LINKED_NAMES = 3


def _linked_names(words: list[str], k: int, comma: bool) -> list[str]:
    """The names that follow a byline's first name at ``words[k]`` when each is its own
    element, joined by "und"/"and"/"," ("Von <a>Roland Brand</a> und <a>Sebastian Dorn</a>",
    "By <a>Bill Roy</a>, <a>Mia Lund</a>"). Calibration (bench/metadata.py, authors): 2 pages
    gain a co-author (1 fundus, 1 trafilatura); none lost."""
    out: list[str] = []
    for _ in range(MAX_LINKED_NAMES):
        while k < len(words) and words[k] == NODE_MARK:
            k += 1
        joined = comma
        if k < len(words) and (words[k].casefold() in TEXT_BYLINE_JOINERS or words[k] in (",", ";")):
            joined = True
            k += 1
        if not joined:
            break
        while k < len(words) and words[k] == NODE_MARK:
            k += 1
        name: list[str] = []
        while k < len(words) and len(name) < MAX_TEXT_BYLINE_WORDS and _name_token(words[k]):
            name.append(words[k])
            k += 1
            if name[-1].endswith(","):
                break
        comma = bool(name) and name[-1].endswith(",")
        # a name of two words or more that fills its element
        if len(name) < 2 or not (comma or k >= len(words) or words[k] == NODE_MARK):
            break
        out.append(" ".join(name).rstrip(","))
    return out


def _credited_contributor(page: _Page, name: str) -> bool:
    """Whether ``name`` is shown in the page's text after a contributor credit ("Edited by")."""
    text = page.body_text()
    pos = text.find(name)
    return pos > 0 and CONTRIBUTOR_LABEL_RE.search(text, max(0, pos - 60), pos) is not None


def _swap_citation_name(name: str) -> str:
    """``citation_author`` and ``dc.creator`` are "Last, First": turn it round."""
    last, sep, first = name.partition(",")
    if not sep or not first.strip() or " " in last.strip() or "," in first or ";" in first:
        return name
    return f"{first.strip()} {last.strip()}"


#: Author metas that write a person "Last, First" (library conventions: Dublin Core, Highwire).
LAST_FIRST_META = frozenset({"citation_author", "dc.creator", "dcterms.creator", "dc:creator"})


def _authors(
    tree: Any, page: _Page, article: dict[str, Any] | None, site_names: list[str], text: str | None = None
) -> tuple[Sourced[tuple[str, ...]] | None, Sourced[tuple[str, ...]] | None]:
    """People and organisations: JSON-LD author, author metas (and Yoast's "Written by"),
    microdata, byline elements, a byline line of the visible text, links to an author page.

    The first source that names a person wins; one that names only a user handle is kept in
    reserve. Organisations are kept from the first source that names one. A name that is the
    site's own name is an organisation (the newsroom); a later author credited apart
    ("Edited by", "Contributions from") is dropped.
    """
    known = frozenset(_squash(n) for n in site_names if len(_squash(n)) >= 3)
    owners = _site_owners(page)
    if owners:  # a personal site: its name is its owner's, not a newsroom's
        known = frozenset(k for k in known if not any(o in k or k in o for o in owners))
    people: list[str] = []
    orgs: list[str] = []
    source = ""
    # a source that names nobody but a user handle ("tpluto") is kept in reserve: a later
    # source often gives the full name
    reserve: tuple[list[str], str] | None = None

    def take(found: Iterable[str], src: str) -> bool:
        nonlocal people, source, reserve
        found = list(found)
        if not found:
            return False
        if all(is_handle(p) for p in found):
            reserve = reserve or (found, src)
            return False
        people, source = found, src
        return True

    if article is not None:
        by_id = {o["@id"]: o for o in page.jsonld if isinstance(o.get("@id"), str) and o.get("name")}
        for prop in ("author", "creator"):
            if article.get(prop):
                p, o = _jsonld_people(article.get(prop), known, by_id, lambda name: name in page.body_text())
                if o:
                    orgs = orgs or o
                if take(p, f"json-ld:{prop}") or o:
                    break
    if not people:
        for key in (*AUTHOR_META, "twitter:data"):
            if key == "twitter:data":
                labels = (f"twitter:label{i}" for i in range(1, 5))
                values = [
                    page.meta[f"twitter:data{k[-1]}"][0]
                    for k in labels
                    if page.meta.get(k)
                    and WRITTEN_BY_LABEL_RE.match(page.meta[k][0])
                    and page.meta.get(f"twitter:data{k[-1]}")
                ]
                # like a JSON-LD @id reference, this names the CMS account: only if shown
                values = [v for v in values if AT_HANDLE_RE.sub("", v) in page.body_text()]
            else:
                values = [v for v in page.meta.get(key, ()) if "://" not in v]
            if key in LAST_FIRST_META:
                values = [_swap_citation_name(v) for v in values]
            if values:
                b = split_byline(*values, allow_single=True, allow_handle=True, known=known)
                orgs = orgs or list(b.organizations)
                if take(b.people, _source_of_meta(key)):
                    break
    if not people:
        micro = []
        first_item: int | None = None
        for node in tree.css('[itemprop~="author"] [itemprop="name"], [itemprop~="author"]')[:10]:
            if _in_item(node, NOT_ARTICLE_ITEM_RE, tree):
                continue
            # the authors of the first item that names one; another item's (a teaser card of
            # another post) are not the article's
            item = _authored_item(node)
            first_item = item if first_item is None else first_item
            if item != first_item:
                continue
            text = node.attributes.get("content") or _text(node)
            if text and len(text) <= MAX_BYLINE_CHARS:
                micro.append(text)
        b = split_byline(*micro[:4], allow_single=True, known=known)
        take(b.people, "microdata:author")
        orgs = orgs or list(b.organizations)
    if people and source.startswith(STRUCTURED_SOURCES) and _never_shown(page, people):
        people, source = [], ""  # a CMS account's name that no line of the page shows
    if not people:
        bylines = _dom_bylines(tree)[:3]
        # a handle ("karstenruppert") only where a rel=author link says it is the author
        linked = {_text(n) for n in tree.css('[rel~="author"]')[:MAX_CANDIDATES]} if bylines else set()
        found = [split_byline(t, allow_single=True, allow_handle=t in linked, known=known) for t in bylines]
        # the first byline element that names someone, with the elements nested in or around
        # it (same names); a later element is another story's or a contributor's. Calibration
        # (bench/metadata.py, authors): 8 pages lose a second name the gold does not list, 1
        # page loses the gold's (its first byline element named a translator)
        first = next((f for f in found if f.people), None)
        named = [f for f in found if first is not None and set(f.people) & set(first.people)]
        take(_dedupe(p for f in named for p in f.people), "dom:byline")
        orgs = orgs or _dedupe(o for f in found for o in f.organizations)
    if not people:
        # a line that names someone in full first, then one that gives a single name
        for line, single in sorted(_text_bylines(page), key=lambda x: x[1]):
            b = split_byline(line, allow_single=single, allow_handle=single, known=known)
            if take(b.people, "text:byline"):
                break
    if not people:
        b = split_byline(*_dom_bylines(tree, AUTHOR_LINK_SELECTOR)[:2], allow_single=True, known=known)
        take(b.people, "dom:author-link")
    if not people:
        # a forum thread: its first post's author ("<article class='message' data-author='X'>").
        # Calibration (bench/metadata.py, authors): 2 trafilatura forum pages gain their
        # author; in all sets the attribute is on 6 pages, each time the author's
        posts = [n for n in tree.css("article[data-author]")[:MAX_CANDIDATES] if not _NOT_BYLINE_RE.search(_classes(n))]
        if posts:
            b = split_byline(posts[0].attributes.get("data-author") or "", allow_single=True, allow_handle=True)
            take(b.people, "dom:post-author")
    if not people:
        m = DATED_BYLINE_RE.search(page.marked_text()[:MAX_DATED_BYLINE_SCAN])
        if m:
            take(split_byline(m.group(1), known=known).people, "text:dated-byline")
    if not people and reserve is None and page.h1:
        marked = page.marked_text()
        at = marked.find(page.h1[0])
        m = NAME_THEN_DATE_RE.search(marked, at, at + len(page.h1[0]) + NAME_THEN_DATE_REACH) if at >= 0 else None
        name = (m.group(1) or m.group(2)) if m else None
        if name and not _common_words(name, page.body_text()):
            take(split_byline(name, known=known).people, "text:dated-byline")
    if not people and text:
        take(split_byline(*_signature_lines(tree, text), known=known).people, "text:signature")
    if not people:
        # the description opens with the byline the page renders from a script ("Posted by
        # Ann Lee, Bo Park and Cy Diaz - Security team   Over the past …")
        for value in [v for key in DESCRIPTION_META for v in page.meta.get(key, ())][:4]:
            m = DESCRIPTION_BYLINE_RE.match(value)
            if m and take(split_byline(m.group(1), known=known).people, "meta:description-byline"):
                break
    if not people and reserve is None:
        # a personal site that names nobody on the page: its owner wrote it
        for owner in _owner_names(page)[:1]:
            take(split_byline(owner, known=frozenset()).people, "site:owner")
    if not people and reserve is not None:
        people, source = reserve
    if people and source.startswith(("json-ld:", "microdata:", "text:")):
        people = _all_named(page, people, known, _publishers(page, article), tree)
    people = [_shown_handle_name(page, p) if is_handle(p) else p for p in people]
    if len(people) == 1 and " " not in people[0] and people[0][:1].isupper():
        people = [_full_name(tree, page, people[0])]
    if len(people) > 1:
        people = people[:1] + [p for p in people[1:] if not _credited_contributor(page, p)]
    people = [p for p in people if p.split()[0].casefold() not in CREDIT_OPENERS]
    people = _dedupe(people)
    people = [p for p in people if not any(q != p and p.startswith(q + " ") for q in people)]
    # an "organisation" that holds an author's name is that author's byline with a role or the
    # outlet ("Von FOCUS-Online-Experte Robin Tschöpe", "Adam Aaronson PhillyVoice Staff")
    held = [re.compile(rf"(?<!\w){re.escape(p.casefold())}(?!\w)") for p in people]
    orgs = [o for o in _dedupe(orgs) if not any(h.search(o.casefold()) for h in held)]
    return (
        Sourced(tuple(people), source) if people else None,
        Sourced(tuple(orgs), source or "meta:author") if orgs else None,
    )


#: A site name that says whose site it is ("Tom Reed's Blog", "Ana Lind's personal pages",
#: "Le blog de Marie Roux"): the owner is a person.
SITE_OWNER_RE = re.compile(
    r"^\s*(?P<a>[^\W\d][\w.\- ]{2,40}?)['’]s?\s+(?:blog|personal|homepage|home\s+page|website|site|pages?|notes)\b"
    r"|\b(?:blog|site|homepage)\s+(?:de|von|of|di)\s+(?P<b>[^\W\d][\w.\- ]{2,40})\s*$",
    re.I,
)


#: Sources that name the author in the page's markup, not in its text.
STRUCTURED_SOURCES = ("json-ld:", "meta:", "opengraph:", "microdata:")
#: A page whose visible text is shorter than this (characters) may show its byline in a part
#: not in the HTML (a stub, a fragment): its markup's author is kept.
MIN_SHOWN_TEXT = 1000
_NAME_PARTS_RE = re.compile(r"[\s._\-]+")


def _never_shown(page: _Page, people: list[str]) -> bool:
    """Whether no one of ``people`` (a name from the markup) is shown in the page's visible
    text, not even by the surname (the last word of a name, the last part of a handle
    "jane.doe"): the account a CMS records as the poster, not a byline readers see. Only said
    of a page whose whole text was read. Calibration (bench/metadata.py, authors): 7 trafilatura
    pages whose gold names nobody no longer give the markup's account, 1 fundus page gets its
    shown byline instead of another account; a personal site's address and names in a script
    without case keep 3 pages that it lost otherwise."""
    text = page.body_text()
    if not page.url or not MIN_SHOWN_TEXT <= len(text) < MAX_TEXT_SCAN - 1:
        return False  # without the address, a personal site's owner cannot be told
    # a personal site's address names its owner ("guenter-pilger.de" for Günter Pilger)
    host = _squash(_urlsplit(page.url or "").netloc)
    low = text.casefold()
    for name in people:
        if not any(c.upper() != c.lower() for c in name):
            return False  # a name in a script without case (東京, 신현주) may be printed otherwise
        parts = [w for w in _NAME_PARTS_RE.split(name.casefold()) if len(w) >= 2]
        if not parts or parts[-1] in low:
            return False
        # "Pilger", "Müller" as written in an address ("mueller")
        squashed = _squash(unicodedata.normalize("NFKD", parts[-1]).replace("\u0308", "e"))
        if len(squashed) >= 4 and squashed in host:
            return False
    return True


#: A site name that is a person's name under an academic title ("Dr. Ana Lind", "Prof. Dr. Jo
#: Roth"): a scholar's or a practitioner's own site, the owner a person (a brand is not titled;
#: a site name that the address spells is a brand 20 times out of 21 on the annotated sets).
#: With :func:`_owner_names` read last, when no source names anyone. Calibration
#: (bench/metadata.py, authors): 2 trafilatura pages gain their owner as the author (1 scores:
#: the other's gold writes the owner as a handle, "damianduchamps"); none lost; no change on
#: 584 dragnet/cleaneval/scrapinghub pages.
TITLED_SITE_OWNER_RE = re.compile(
    r"^\s*(?:(?i:dr|prof|mag|dipl\.-\w+)\.\s*)+(?P<c>[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’.-]*){1,3})\s*$"
)


def _owner_names(page: _Page) -> list[str]:
    """The names, as written, of the person a personal site belongs to (see :func:`_site_owners`)."""
    out: list[str] = []
    for obj in page.jsonld:
        types = _types(obj)
        if "Person" in types and any("Organization" in t for t in types) and _str(obj.get("name")):
            out.append(_str(obj.get("name")))
        pub = obj.get("publisher")
        if isinstance(pub, dict) and "Person" in _types(pub) and _str(pub.get("name")):
            out.append(_str(pub.get("name")))
    for key in ("og:site_name", "application-name"):
        for value in page.meta.get(key, ())[:1]:
            m = SITE_OWNER_RE.search(value[:120]) or TITLED_SITE_OWNER_RE.match(value[:120])
            if m:
                out.append(next(g for g in m.groups() if g))
    return [o for o in out if len(_squash(o)) >= 4]


def _site_owners(page: _Page) -> set[str]:
    """Squashed names of the person a personal site belongs to: a JSON-LD publisher typed
    Person, a Person that is also the site's Organization (Yoast's "this site represents a
    person"), a site name that says whose site it is. Calibration (bench/metadata.py,
    authors): 2 trafilatura blogs give their owner as the author instead of as the newsroom;
    none lost."""
    out: set[str] = set()
    for obj in page.jsonld:
        types = _types(obj)
        if "Person" in types and any("Organization" in t for t in types) and _str(obj.get("name")):
            out.add(_squash(_str(obj.get("name"))))
        pub = obj.get("publisher")
        if isinstance(pub, dict) and "Person" in _types(pub) and _str(pub.get("name")):
            out.add(_squash(_str(pub.get("name"))))
    for key in ("og:site_name", "application-name"):
        for value in page.meta.get(key, ())[:1]:
            m = SITE_OWNER_RE.search(value[:120])
            if m:
                out.add(_squash(m.group("a") or m.group("b") or ""))
    return {o for o in out if len(o) >= 4}


def _publishers(page: _Page, article: dict[str, Any] | None) -> set[str]:
    """Squashed names of the JSON-LD publishers of the page."""
    out: set[str] = set()
    for obj in [article] if article is not None else page.jsonld:
        pub = obj.get("publisher") if obj is not None else None
        for item in pub if isinstance(pub, list) else [pub]:
            if isinstance(item, dict) and _str(item.get("name")):
                out.add(_squash(_str(item.get("name"))))
    return out


def _shown_handle_name(page: _Page, handle: str) -> str:
    """A handle made of a first and a last name ("christian.stadtfeld", "heather.eastman.1232")
    as the page's text writes that name ("Christian P. Stadtfeld"), if it does. Calibration
    (bench/metadata.py, authors): 2 pages (1 trafilatura, 1 article-extraction-dataset) give the
    shown name instead of the account's handle; none lost."""
    parts = [w for w in re.split(r"[._\-]+", handle) if w.isalpha()]
    if len(parts) != 2 or min(len(w) for w in parts) < 2:
        return handle
    pattern = rf"(?<!\w){re.escape(parts[0])}(?:\s+[A-ZÀ-Þ]\.)*\s+{re.escape(parts[1])}(?!\w)"
    m = re.search(pattern, page.body_text(), re.I)
    if m and all(w[:1].isupper() for w in m.group().split()):
        return m.group()
    return handle


#: Author bios read for the surname of a first-name byline (first characters of each).
MAX_BIO_CHARS = 60
BIO_SELECTOR = '[class*="author" i][class*="bio" i], [class*="biography" i], [class*="author" i] [class*="bio" i]'


def _full_name(tree: Any, page: _Page, first: str) -> str:
    """A byline that gives a first name only ("Nils") completed from the author's bio, which
    opens with the full name ("Nils Pickert ist freier Autor …"): a JSON-LD Person's
    description or an author-bio element."""
    bios = [_str(o.get("description")) for o in page.jsonld if "Person" in _types(o)]
    bios += [_text(n) for n in tree.css(BIO_SELECTOR)[:MAX_CANDIDATES]]
    # the surname is followed by a dash or a lower-case word ("Stahl - Maschinenbauer", "Pickert
    # ist"), not by a comma ("Tobi Hallo, ich bin …")
    pattern = re.compile(rf"^\W*{re.escape(first)}\s+([A-ZÀ-ÖØ-Þ][\w'’-]+)\s+(?:[-–—|(]|[a-zß-ÿ])")
    for bio in bios:
        m = pattern.match(bio[:MAX_BIO_CHARS])
        if m and m.group(1).casefold() not in JUNK_WORDS and m.group(1) != first:
            return f"{first} {m.group(1)}"
    # a personal site named after its owner ("steinhau.com"): the text writes the full name
    # ("Henry Steinhau"), the surname being the site's address. Calibration
    # (bench/metadata.py, authors): 1 trafilatura page gets the full name; none changes
    # otherwise, nor on 584 dragnet/cleaneval/scrapinghub pages
    host = _urlsplit(page.url or "").netloc.casefold().removeprefix("www.").split(".")[0]
    if len(host) >= 4:
        for m in re.finditer(rf"(?<!\w){re.escape(first)}\s+([A-ZÀ-ÖØ-Þ][\w'’-]+)", page.body_text()):
            if _squash(m.group(1)) == _squash(host):
                return f"{first} {m.group(1)}"
    return first


#: Author metas read for co-authors, each on its own.
CO_AUTHOR_META = ("author", "article:author", "parsely-author")
#: A byline that lists the found author among others names at most this many people.
MAX_CO_AUTHORS = 4


def _all_named(
    page: _Page, people: list[str], known: frozenset[str], publishers: set[str], tree: Any = None
) -> list[str]:
    """The authors of another source that names the ``people`` found and more: JSON-LD often
    names only the first of a shared byline ("By Chris Hayner and Tom Caswell" beside one
    JSON-LD Person), the author meta all of them, or the page's rel=author links (one per
    author; calibration, bench/metadata.py authors: 1 article-extraction-dataset page gains its
    co-author, none lost). The publisher a CMS appends to the author meta ("Jane Doe, Condé
    Nast") is not an author."""
    have = {_squash(p) for p in people}
    sources = [[v for v in page.meta.get(key, ()) if "://" not in v] for key in CO_AUTHOR_META]
    if tree is not None:
        sources.append(_dom_bylines(tree, '[rel~="author"]'))
    for values in sources:
        found = [p for p in split_byline(*values, known=known).people if _squash(p) not in publishers]
        keys = {_squash(p) for p in found}
        if have < keys and len(keys) <= MAX_CO_AUTHORS:
            return _dedupe([*people, *found])
    return people


def _dedupe(items: Iterable[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for item in items:
        key = _squash(item)
        if key and key not in seen:
            seen.add(key)
            out.append(item)
    return out


# --- 7. language ----------------------------------------------------------------------------

_LANG_RE = re.compile(r"^[a-zA-Z]{2,3}(?:[-_][a-zA-Z0-9]{1,8})*$")
#: Codes written differently by pages and by ISO 639-1 (Norwegian Bokmål/Nynorsk, old codes).
LANG_ALIASES = {"nb": "no", "nn": "no", "iw": "he", "in": "id", "ji": "yi", "jw": "jv"}


def _primary(code: str) -> str | None:
    code = code.strip().split(",")[0].strip()
    if not code or not _LANG_RE.match(code):
        return None
    primary = re.split(r"[-_]", code)[0].lower()
    return LANG_ALIASES.get(primary, primary)


def _language(page: _Page, article: dict[str, Any] | None, text: str | None, tree: Any) -> Sourced[str] | None:
    declared: Sourced[str] | None = None
    candidates = [(page.html_lang, "meta:html-lang")]
    candidates += [(v, "meta:content-language") for v in page.meta.get("content-language", ())[:1]]
    if article is not None:
        candidates.append((_str(article.get("inLanguage")), "json-ld:inLanguage"))
    candidates += [(v, "opengraph:og:locale") for v in page.meta.get("og:locale", ())[:1]]
    for value, src in candidates:
        code = _primary(value or "")
        if code:
            declared = Sourced(code, src)
            break
    sample = text or ""
    if len(sample) < 200:
        sample = page.body_text()
    found = identify_language(sample)
    if found is None:
        return declared
    if declared is None:
        return Sourced(found.language, "text:langid")
    if found.language != declared.value:
        if found.confident:
            return Sourced(found.language, "text:langid")
        # the text is not in the declared language, and it does look like the identified one
        # (lorem ipsum is in neither)
        share = profile_share(sample, declared.value)
        own = profile_share(sample, found.language)
        if share is not None and share[0] < MAX_FOREIGN_SHARE and own is not None and own[1] >= MIN_DISTINCT_WORDS:
            return Sourced(found.language, "text:langid")
    return declared


# --- 8. labels ------------------------------------------------------------------------------


def _section_name(value: str) -> str:
    """A section as readers see it: entities decoded, the first of a list ("Szene, Touren,"),
    not a template's code ("news_news")."""
    name = _clean(_unescape(value)).strip(" ,;|")
    if "," in name:
        name = name.split(",", 1)[0].strip()
    return "" if SECTION_CODE_RE.fullmatch(name) else name


def _section(page: _Page, article: dict[str, Any] | None) -> Sourced[str] | None:
    if article is not None:
        name = _section_name(_str(article.get("articleSection")))
        if name:
            return Sourced(name, "json-ld:articleSection")
    for key in SECTION_META:
        for value in page.meta.get(key, ()):
            name = _section_name(value)
            if name:
                return Sourced(name, _source_of_meta(key))
    for obj in page.jsonld:
        if "BreadcrumbList" in _types(obj):
            items = obj.get("itemListElement")
            if isinstance(items, list) and len(items) >= 2:
                last = items[-2] if len(items) >= 3 else items[-1]
                name = _str(last.get("name")) if isinstance(last, dict) else ""
                if not name and isinstance(last, dict) and isinstance(last.get("item"), dict):
                    name = _str(last["item"].get("name"))
                # a trail of two ends on the page itself when its last step is a headline
                if len(items) < 3 and len(name.split()) > SECTION_MAX_WORDS:
                    continue
                name = _section_name(name)
                if name:
                    return Sourced(name, "json-ld:BreadcrumbList")
    return None


def _tag_list(values: Iterable[str], *, split: bool = True) -> list[str]:
    """Tags one by one: a value listing several with commas is split (``split``); '#' marks are
    dropped; a template's '@audience' codes are not tags."""
    out = []
    for value in values:
        parts = _unescape(value).split(",") if split else [_unescape(value)]
        if any(p.strip().lower().startswith(TAG_SERIES_END) for p in parts[1:]):
            parts = [_unescape(value)]  # "Business, Finance, & Economics" names one thing
        for part in parts:
            tag = _clean(part).lstrip("#").strip()
            if tag and not tag.startswith("@"):
                out.append(tag)
    return _dedupe(out)


def _tags(page: _Page, article: dict[str, Any] | None) -> Sourced[tuple[str, ...]] | None:
    given = [v for key in TAG_META[:2] for v in page.meta.get(key, ())]
    # one tag per meta element, commas and all ("Same-Sex Marriage, Civil Unions"), unless a
    # single element lists them all
    values = _tag_list(given, split=len(given) == 1)
    if values:
        return Sourced(tuple(values), "opengraph:article:tag")
    if article is not None and article.get("keywords"):
        kw = article.get("keywords")
        tags = _tag_list(k for k in (kw if isinstance(kw, list) else [str(kw)]) if isinstance(k, str))
        if tags:
            return Sourced(tuple(tags), "json-ld:keywords")
    for key in TAG_META[2:]:
        for value in page.meta.get(key, ())[:1]:
            tags = _tag_list([value])
            if tags:
                return Sourced(tuple(tags), _source_of_meta(key))
    return None


def _description(page: _Page, article: dict[str, Any] | None) -> Sourced[str] | None:
    found = _first_meta(page, DESCRIPTION_META)
    if found:
        return Sourced(found[1], _source_of_meta(found[0]))
    if article is not None and _str(article.get("description")):
        return Sourced(_str(article.get("description")), "json-ld:description")
    return None


_WORDS_RE = re.compile(r"\w+")


def _is_kind(words: list[str], singles: frozenset[str], pairs: frozenset[tuple[str, str]]) -> bool:
    return any(w in singles for w in words) or any(p in pairs for p in pairwise(words))


def _plausible_label_text(text: str) -> bool:
    """A deck or chapeau is a phrase: three words or more ("Home", "Abo" are menu items), or a
    run of CJK characters without spaces."""
    return len(text.split()) >= 3 or (len(text) >= 8 and any(ch >= "\u2e80" for ch in text))


def _word_f1(a: str, b: str) -> float:
    wa, wb = _WORDS_RE.findall(a.casefold()), _WORDS_RE.findall(b.casefold())
    if not wa or not wb:
        return 0.0
    common = sum((Counter(wa) & Counter(wb)).values())
    return 2 * common / (len(wa) + len(wb))


def _near_headline(node: Any) -> bool:
    """Whether an h1 shares an ancestor with ``node`` at most HEADLINE_REACH levels up: the
    article's header, where a deck or chapeau sits (a newsletter prompt or a teaser does not)."""
    anc = node.parent
    for _ in range(HEADLINE_REACH):
        if anc is None or anc.tag in ("body", "html"):
            return False
        if anc.css_first("h1") is not None:
            return True
        anc = anc.parent
    return False


def _previous_element(node: Any) -> Any:
    """The element just before ``node`` among its siblings (blank text between them skipped)."""
    sib = node.prev
    while sib is not None and sib.tag in ("-text", "-comment") and not (sib.text() or "").strip():
        sib = sib.prev
    return sib


def _mostly_links(node: Any, text: str) -> bool:
    """Whether link text makes up LABEL_MAX_LINK_SHARE or more of ``text`` (a menu)."""
    links = sum(len(_text(a)) for a in node.css("a"))
    return links >= LABEL_MAX_LINK_SHARE * len(text)


def _label_text(node: Any) -> str:
    """A deck's or chapeau's text without the figure captions it holds (a header box named
    "lead-content" holding the headline, the standfirst and the lead image with its caption):
    a caption is never the standfirst."""
    text = _text(node)
    for cap in node.css("figcaption"):
        part = _text(cap)
        if part:
            text = text.replace(part, " ")
    return _clean(text)


def _subtitle_and_lead(
    page: _Page, description: str | None, inner_headings: frozenset[str] = frozenset()
) -> tuple[Sourced[str] | None, Sourced[str] | None]:
    """The deck (subtitle/standfirst class words) and the chapeau (chapo/lead/intro words).

    Over the page's classed elements (:meth:`_Page.classed`). Of each kind, the candidate agreeing with the page's
    description (LEAD_DESCRIPTION_F1) wins; else the first whose text has a plausible length
    (a deck is short, a chapeau a paragraph) and is a phrase, outside teaser, comment or
    related-links elements. Not a menu (LABEL_MAX_LINK_SHARE), an image box, nor a heading the
    article's text prints after its first paragraph (``inner_headings``: an intertitle classed
    "sub-title"). Alike elements one after the other (same kind and class) are one chapeau in
    several paragraphs.
    """
    found: dict[str, list[tuple[str, bool]]] = {"subtitle": [], "lead": []}
    seen = 0
    last: tuple[Any, str, str] | None = None
    for node, classes in page.classed_with(LABEL_CLASS_PIECES):
        if node.tag in LABEL_NOT_TAGS:
            continue
        words = class_words(classes)
        if _is_kind(words, SUBTITLE_WORDS, SUBTITLE_PAIRS):
            kind, limit = "subtitle", MAX_SUBTITLE_CHARS
        elif _is_kind(words, LEAD_WORDS, LEAD_PAIRS) and not LABEL_NOT_WORDS.intersection(words):
            kind, limit = "lead", MAX_LEAD_CHARS
        else:
            continue
        text = _label_text(node)
        if not (3 <= len(text) <= limit and _plausible_label_text(text)) or text.startswith(("http:", "https:")):
            continue
        if any(text == t for t, _ in found[kind]) or text in inner_headings or LABEL_NOT_CLASS_RE.search(classes):
            continue
        if _mostly_links(node, text) or node.css_first(LABEL_NOT_INSIDE) is not None:
            continue
        if last is not None and last[1:] == (kind, classes) and _previous_element(node) == last[0]:
            # the next paragraph of a chapeau printed as several alike elements
            joined = f"{found[kind][-1][0]} {text}"
            if len(joined) <= limit:
                found[kind][-1] = (joined, found[kind][-1][1])
                last = (node, kind, classes)
            continue
        seen += 1
        if seen > 2 * MAX_CANDIDATES:
            break
        found[kind].append((text, bool(_NOT_BYLINE_RE.search(classes)) or not _near_headline(node)))
        last = (node, kind, classes)
    out: dict[str, Sourced[str] | None] = {"subtitle": None, "lead": None}
    for kind, source in (("subtitle", "dom:subtitle"), ("lead", "dom:lead")):
        cands = found[kind]
        agreeing = [t for t, _ in cands if description and _word_f1(t, description) >= LEAD_DESCRIPTION_F1]
        if agreeing:
            out[kind] = Sourced(agreeing[0], f"{source}+description")
            continue
        plain = [t for t, negative in cands if not negative]
        if plain:
            out[kind] = Sourced(plain[0], source)
    subtitle, lead = out["subtitle"], out["lead"]
    if subtitle is not None and lead is not None and lead.value == subtitle.value:
        lead = None
    return subtitle, lead


# --- 9. links -------------------------------------------------------------------------------


def _canonical(page: _Page) -> Sourced[str] | None:
    for href in page.links.get("canonical", []):
        if href:
            return Sourced(_urljoin(page.url or "", href), "meta:canonical")
    found = _first_meta(page, ("og:url",))
    if found:
        return Sourced(found[1], "opengraph:og:url")
    return None


def _license(page: _Page, article: dict[str, Any] | None) -> Sourced[str] | None:
    for href in page.links.get("license", []):
        if href:
            return Sourced(_urljoin(page.url or "", href), "meta:license")
    if article is not None and _str(article.get("license")):
        return Sourced(_str(article.get("license")), "json-ld:license")
    found = _first_meta(page, ("license", "dc.rights", "dcterms.license", "copyright"))
    if found:
        return Sourced(found[1], _source_of_meta(found[0]))
    return None


# --- 10. images -----------------------------------------------------------------------------


def split_credit(caption: str) -> tuple[str, str | None]:
    """(caption, credit): "Un homme. Photo : AFP" -> ("Un homme.", "AFP")."""
    caption = _clean(caption)
    m = CREDIT_RE.search(caption)
    if m is None:
        return caption, None
    credit = m.group().strip(" ()[]")
    return caption[: m.start()].rstrip(" -–—|,/"), _credit_name(credit) or None


def _credit_name(credit: str) -> str:
    """The holder named by a credit line: "Photo : AFP" -> "AFP", "(Image: Getty)" -> "Getty".
    A credit that is only a label ("©") is kept as written: it says a credit is there."""
    credit = _clean(credit).strip(" ()[]（）＝<>")
    name = CREDIT_LABEL_RE.sub("", credit).strip(" ()[]:-–—|,/")
    name = CREDIT_PHOTOGRAPHED_RE.sub("", name).strip(" （）")
    name = COPYRIGHT_NOTICE_RE.sub("", name) or name
    return name or credit


def _caption_and_credit(box: Any, caption_node: Any | None) -> tuple[str, str | None]:
    """(caption, credit) of an image box (a <figure>, or the element holding an image and its
    caption): the caption from ``caption_node`` (else the box's figcaption or first
    caption-classed element), the credit from a credit-classed element (also one inside the
    caption), else from the caption's own credit line."""
    if caption_node is None:
        caption_node = box.css_first("figcaption")
    parts: list[str] = []  # the credit elements' texts: "Photo by X", "AFP via Getty Images"
    part_nodes: list[Any] = []
    for node in box.css("[class], [itemprop]")[:MAX_CANDIDATES]:
        if node is box or node.tag == "figure":  # lexbor's css() includes the box itself
            continue
        classes = _classes(node)
        if CREDIT_CLASS_RE.search(CAPTION_CLASS_RE.sub(" ", classes)) or (
            (node.attributes.get("itemprop") or "").lower() in CREDIT_ITEMPROPS
        ):
            # "credit", also "figcaption__credit"; not "caption"; an element inside one read
            text = _text(node)
            if text and not any(text in part for part in parts) and len(parts) < MAX_CREDIT_PARTS:
                parts.append(text)
                part_nodes.append(node)
        elif caption_node is None and CAPTION_CLASS_RE.search(classes) and _text(node):
            caption_node = node
    caption = _text(caption_node) if caption_node is not None else ""
    for part, node in zip(reversed(parts), reversed(part_nodes), strict=True):
        # credit elements inside the caption, at its end or start (a credit beside the
        # caption element is not cut from a caption that happens to open with its words)
        if caption_node is None or not _within(node, caption_node):
            continue
        if caption.endswith(part):
            caption = caption[: -len(part)].rstrip(" -–—|,/")
        elif caption.startswith(part):
            caption = caption[len(part) :].lstrip(" -–—|,/")
    caption, split = split_credit(caption) if caption else ("", None)
    if caption and CREDIT_LABEL_RE.match(caption) and not split:
        # "Photograph: Scott Gilbertson" in the caption's place: a credit, no caption
        caption, split = "", _credit_name(caption)
    names = [name for name in (_credit_name(part) for part in parts) if name]
    credit = ", ".join(names) if names else split
    return caption, credit or None


def _within(node: Any, ancestor: Any) -> bool:
    """Whether ``node`` is ``ancestor`` or inside it (at most CREDIT_DEPTH levels down)."""
    for _ in range(CREDIT_DEPTH):
        if node is None:
            return False
        if node.mem_id == ancestor.mem_id:
            return True
        node = node.parent
    return False


def _img_src(img: Any, base: str) -> str:
    attrs = img.attributes
    # a lazy-loading image names its real URL in data-src; its src is a placeholder
    # (the other lazy loaders' attributes are looked for only when those name no URL)
    lazy = (k for k in attrs if k.startswith("data-") and LAZY_SRC_ATTR_RE.search(k))
    for key in itertools.chain(IMAGE_SRC_ATTRS, lazy):
        value = str(attrs.get(key) or "").strip()
        if value and not value.startswith("data:"):
            # A srcset's first candidate URL; "," or " 2x" alone (fuzzer finding) names none.
            first = value.split(",")[0].split()
            if first:
                return _urljoin(base, first[0])
    return ""


def _box_src(box: Any, base: str) -> tuple[str, str | None]:
    """(src, alt) of the first image of a box with a usable URL: an <img> (a lazy-loading
    placeholder is passed over for its data-src or its <noscript> twin), else a <picture>
    source."""
    alt: str | None = None
    for img in box.css("img, amp-img")[:MAX_BOX_IMAGES]:
        alt = alt or _clean(img.attributes.get("alt")) or None
        src = _img_src(img, base)
        if src:
            return src, alt
    for source in box.css("source")[:MAX_BOX_IMAGES]:
        src = _img_src(source, base)
        if src:
            return src, alt
    # a web component that draws the image from its own src ("<storefront-image src alt>",
    # a custom element: its name holds a hyphen) in a figure without an <img>
    for node in box.css("[src]")[:MAX_BOX_IMAGES]:
        tag = node.tag or ""
        if "-" in tag and IMAGE_COMPONENT_RE.search(tag):
            src = _img_src(node, base)
            if src:
                return src, alt or _clean(node.attributes.get("alt")) or None
    return "", alt


def _caption_boxes(nodes: list[Any]) -> list[tuple[Any, Any]]:
    """(box, caption node) of images captioned outside a <figure>: among ``nodes`` (figcaptions
    and CAPTION_CLASS_PIECES elements), a figcaption or a caption-classed element whose nearest ancestor holding
    an image (at most CAPTION_BOX_REACH levels up) holds little text besides the caption."""
    out: list[tuple[Any, Any]] = []
    for node in nodes[:MAX_CAPTION_NODES]:
        classes = _classes(node)
        strong = (
            node.tag == "figcaption" or STRONG_CAPTION_CLASS_RE.search(classes) or IMAGE_TEXT_CLASS_RE.search(classes)
        )
        if not strong and not CAPTION_CLASS_RE.search(classes):
            continue
        weak = not strong
        wrapper = node.css_first("img, amp-img") is not None
        if wrapper and (not strong or node.tag == "figure" or node.css_first("figcaption") is not None):
            continue  # a description block holding an image, or a figure read as such
        text = node.text(deep=True)
        if (
            not 3 <= len(text.strip()) <= MAX_CAPTION_CHARS
            or sum(map(len, _LETTERS_RE.findall(text))) < MIN_CAPTION_LETTERS
        ):
            continue  # too long, or no words: a video's "03:33 min", a date
        if wrapper:
            # a caption-classed wrapper of the image itself ("p.caption > picture + span"):
            # the box, whose text is the caption
            out.append((node, node))
            continue
        box = node.parent
        for _ in range(CAPTION_BOX_REACH):
            if box is None or box.tag in ("body", "figure", "article", "main"):
                box = None
                break
            if box.css_first("img, amp-img, picture") is not None:
                break
            box = box.parent
        if box is None or box.tag in ("body", "figure", "html"):
            continue
        extra = len(box.text(deep=True).strip()) - len(text.strip()) - CAPTION_BOX_SLACK_CHARS
        if extra > 0 and extra >= sum(len(n.text(deep=True)) for n in box.css("script, style")):
            continue  # a caption class on a text block beside the image, not its caption
        if weak and not IMAGE_CLASS_RE.search(f"{classes} {_classes(box)}"):
            continue  # a "description" beside a logo (a footer's about text), not a caption
        out.append((box, node))
    return out


def _image_box_text(box: Any) -> tuple[Any | None, str]:
    """(caption element, credit line) of an image box whose caption and credit are plain text
    elements beside the image (IMAGE_BOX_CLASS_RE): its children other than the image's, none
    a link or a figure, the credit the one that opens with a credit label ("Photo: AFP")."""
    caption_node: Any | None = None
    credit = ""
    has_image = False
    for child in box.iter():  # element children only
        if child.tag in ("script", "style", "noscript"):
            continue
        if child.tag in ("img", "picture", "amp-img") or child.css_first("img, picture, amp-img") is not None:
            has_image = True
            continue
        if child.tag in ("figure", "a") or child.css_first("a, figure") is not None:
            return None, ""  # a teaser card (a link) or a figure read on its own
        text = _text(child)
        if not text:
            continue
        if CREDIT_LABEL_RE.match(text) and not credit:
            credit = text
        elif caption_node is None and has_image:
            caption_node = child
        else:
            return None, ""  # more text than a caption and its credit: a text block
    if caption_node is None or len(_text(caption_node)) > MAX_CAPTION_CHARS:
        return None, ""
    return caption_node, credit


def _title_credit(box: Any) -> str | None:
    """The credit that the first image's title attribute names after a label ("Firefighters at
    work. | Bildquelle: WDR/Frank Überall"), else None."""
    img = box.css_first("img[title]")
    if img is None:
        return None
    title = _clean(img.attributes.get("title"))
    m = CREDIT_RE.search(title) if title else None
    return _credit_name(m.group().strip(" ()[]")) if m and CREDIT_LABEL_IN_RE.search(m.group()) else None


def _not_photo(src: str, box: Any) -> bool:
    """A drawing (an .svg: a pictogram, a captcha's picture, a logo) or an image inside a form
    or a form's label (a captcha's choices), not a photo with a caption (NOT_PHOTO_TAGS)."""
    if src.lower().split("?")[0].endswith(".svg"):
        return True
    node = box
    for _ in range(NOT_PHOTO_LEVELS):
        if node is None:
            break
        if node.tag in NOT_PHOTO_TAGS:
            return True
        node = node.parent
    return False


def _images(tree: Any, page: _Page) -> tuple[Image, ...]:
    base = page.url or ""
    out: list[Image] = []
    seen: set[str] = set()
    by_src: dict[str, int] = {}
    og = _first_meta(page, ("og:image", "og:image:url", "twitter:image", "twitter:image:src"))
    og_url = _urljoin(base, og[1]) if og else ""
    og_key = _img_key(og_url)

    def add(
        box: Any, caption_node: Any | None, source: str, credit_line: str = "", caption_text: str | None = None
    ) -> None:
        src, alt = _box_src(box, base)
        if not src or len(out) >= MAX_FIGURES_READ:
            return
        if _not_photo(src, box):
            return
        if caption_text is not None:
            caption, credit = _clean(caption_text), None
        else:
            caption, credit = _caption_and_credit(box, caption_node)
        credit = credit or (_credit_name(credit_line) if credit_line else None) or _title_credit(box)
        if caption and (
            sum(map(len, _LETTERS_RE.findall(caption))) < MIN_CAPTION_LETTERS
            or (len(caption) <= BYLINE_CAPTION_MAX_CHARS and BYLINE_CAPTION_RE.match(caption))
        ):
            caption = ""  # a date ("15.05.2023") or an author box's byline, not a caption
        if caption in seen:
            return  # a caption printed twice (or a caption box inside a figure already read)
        at = by_src.get(src)
        if at is not None and (out[at].caption is None or not caption):
            # a figure read without its caption, which sits beside it (or the image again)
            if caption:
                seen.add(caption)
                out[at] = Image(src=src, source=source, alt=alt or out[at].alt, caption=caption, credit=credit)
            return
        if caption:
            seen.add(caption)
        by_src[src] = len(out)
        out.append(Image(src=src, source=source, alt=alt, caption=caption or None, credit=credit))

    tagged = tree.css("figure, figcaption")
    for fig in [n for n in tagged if n.tag == "figure"][:MAX_FIGURES_READ]:
        add(fig, None, "dom:figure")
    # the caption candidates: figcaptions, then caption-classed elements (a caption-classed
    # figure without an image is the caption of an image beside it)
    found = {n.mem_id: n for n in tagged if n.tag == "figcaption"}
    for n, _ in page.classed_with(CAPTION_CLASS_PIECES):
        found.setdefault(n.mem_id, n)
    for box, caption_node in _caption_boxes(list(found.values())) if len(out) < MAX_FIGURES_READ else ():
        add(box, caption_node, "dom:caption-box")
    for box in page.classed_matching(IMAGE_BOX_CLASS_RE)[:MAX_IMAGES] if len(out) < MAX_FIGURES_READ else ():
        caption_node, credit_line = _image_box_text(box)
        if caption_node is not None:
            add(box, caption_node, "dom:image-box", credit_line)
    # an image, its caption and its credit side by side in an element built without <figure>
    # or caption names (the body-text rule of tamis._dom.image_box_parts)
    for img in tree.css("img, amp-img")[:MAX_IMAGES] if len(out) < MAX_FIGURES_READ else ():
        attrs = img.attributes
        if attrs.get(IMAGE_CAPTION_ATTR):
            # a lightbox's caption and credit written on the image itself
            credit_line = next((str(attrs[a]) for a in IMAGE_CREDIT_ATTRS if attrs.get(a)), "")
            add(img, None, "dom:img-data", credit_line, caption_text=str(attrs[IMAGE_CAPTION_ATTR]))
            continue
        box = img.parent
        for _ in range(IMAGE_BOX_REACH):
            if box is None or box.tag in ("body", "figure", "html"):
                break
            parts = image_box_parts(box) if box.tag in IMAGE_BOX_TAGS else None
            if parts is not None:
                add(box, parts[1], "dom:image-box", _text(parts[2]))
                break
            box = box.parent
    if len(out) > MAX_IMAGES:  # captioned images first, then the lead; page order kept
        keep = sorted(range(len(out)), key=lambda i: (out[i].caption is None, _img_key(out[i].src) != og_key, i))
        out = [out[i] for i in sorted(keep[:MAX_IMAGES])]
    images: list[Image] = []
    lead_set = False
    for im in out:
        is_lead = not lead_set and (og_key == _img_key(im.src) or not og_url)
        lead_set = lead_set or is_lead
        images.append(Image(src=im.src, source=im.source, alt=im.alt, caption=im.caption, credit=im.credit,
                            lead=is_lead))  # fmt: skip
    if og_url and not lead_set and og is not None:
        images.insert(0, Image(src=og_url, source=_source_of_meta(og[0]), lead=True))
    return tuple(images)


def _img_key(src: str) -> str:
    path = _urlsplit(src).path
    return path.rsplit("/", 1)[-1].lower()


# --- 11. related ----------------------------------------------------------------------------


def _related(tree: Any, page: _Page) -> tuple[RelatedLink, ...]:
    base = page.url or ""
    out: list[RelatedLink] = []
    seen: set[str] = set()

    def add(anchor: Any, source: str) -> None:
        href = (anchor.attributes.get("href") or "").strip()
        title = RELATED_COUNT_PREFIX_RE.sub("", _text(anchor))
        if not href or href.startswith(("#", "javascript:", "mailto:")) or len(title) < 8:
            return
        if not _plausible_label_text(title) or title.startswith("#") or RELATED_NOT_PATH_RE.search(href):
            return  # a tag, a topic or an author's page, not another article
        url = _urljoin(base, href)
        if url != base and url not in seen and len(out) < MAX_RELATED:
            seen.add(url)
            out.append(RelatedLink(title=title, url=url, source=source))

    # a paragraph or heading that starts with the label: "A LIRE AUSSI : <a>…</a>" (looked
    # for only when the label occurs in the page text: the common case costs one regex)
    labelled = bool(_anchored(page.body_text(), page.body_lower(), RELATED_ANCHORS, RELATED_LABEL_AT_RE, 1))
    for node in tree.css("p, li, h2, h3, h4, h5, strong, b, dt")[:MAX_LABEL_NODES] if labelled else ():
        if len(out) >= MAX_RELATED:
            break
        head = node.text(deep=True)[:80]  # the label opens the element: test its start first
        if not RELATED_LABEL_RE.match(head.lstrip()):
            continue
        text = _text(node)
        if not text or len(text) > 300:
            continue
        anchors = node.css("a[href]")
        if anchors:
            for a in anchors[:10]:
                add(a, "dom:related-label")
            continue
        # a label heading: the links of the following sibling block
        sib = node.next
        while sib is not None and sib.tag == "-text":
            sib = sib.next
        if sib is not None:
            for a in sib.css("a[href]")[:10]:
                add(a, "dom:related-label")
    for node, _ in page.classed_with(("related", "read-more", "lire-aussi"))[:5]:
        if not RELATED_CLASS_RE.search(_classes(node)) or _NOT_BYLINE_RE.search(_classes(node).replace("related", "")):
            continue
        for a in node.css("a[href]")[:10]:
            add(a, "dom:related-block")
    return tuple(out)


# --- 12. source -----------------------------------------------------------------------------


def _outside_source_frames(node: Any) -> bool:
    """Whether ``node`` sits outside figures, tables and the page's footer (a "Source:" line
    there credits a photo, a chart's data or the publisher's copyright, not the article's
    origin); the footer of an ``<article>`` is the article's own."""
    anc, in_footer = node, False
    for _ in range(SOURCE_FRAME_REACH):
        if anc is None or anc.tag in ("body", "html"):
            break
        if anc.tag == "article":  # an article's own footer is where its source line goes
            return True
        cls = anc.attributes.get("class") or ""
        if anc.tag in SOURCE_FRAME_TAGS or SOURCE_FRAME_CLASS_RE.search(cls):
            return False
        in_footer = in_footer or anc.tag == "footer" or "footer" in cls.lower()
        anc = anc.parent
    return not in_footer


def _plausible_source(name: str, label: str, own: set[str]) -> bool:
    """An outlet's or agency's name: not a date ("Published on 20 December 2023"), a file name,
    the site itself ("Quelle: F.A.Z." on faz.net), nor a person after "published/reported by"
    (that is a byline)."""
    if "_" in name or len(name.split()) > 8:
        return False
    words = [w for w in re.findall(r"[^\W\d_]{3,}", name.casefold()) if w not in _MONTH_WORDS]
    if not words:
        return False
    sq = _squash(name)
    if any(len(k) >= 3 and (sq == k or sq.startswith(k)) for k in own):
        return False
    return not (SOURCE_BY_LABEL_RE.search(label) and not is_organization(name))


def _attribution(tree: Any, page: _Page, site_names: list[str]) -> Sourced[str] | None:
    if not _anchored(page.body_text(), page.body_lower(), SOURCE_ANCHORS, SOURCE_LABEL_AT_RE, 1):
        return None
    own = {_squash(n) for n in site_names}
    for node in tree.css("p, em, i, small, span, [class*='source' i]"):
        text = _text(node)
        if not text or len(text) > 120:
            continue
        m = SOURCE_RE.match(text)
        if m:
            name = m.group(1).strip(" .:")
            if name and _plausible_source(name, text[: m.start(1)], own) and _outside_source_frames(node):
                return Sourced(name, "dom:source-line")
    return None


# --- the recipe -----------------------------------------------------------------------------


def agreed_lead(tree: Any, *, url: str | None, meta: Metadata | None = None) -> str | None:
    """The chapeau the page marks by class words and that agrees with its description (the
    ``dom:lead+description`` lead of :func:`extract_metadata`): from ``meta`` when the metadata
    stage ran, else read alone. The pipeline puts it back at the head of a body that left it
    out, with or without the metadata stage."""
    if meta is not None:
        lead = meta.lead
    else:
        page = _Page(url=url, tree=tree)  # only what the lead needs: the metas, else the JSON-LD
        _gather_metas(tree, page)
        if _first_meta(page, DESCRIPTION_META) is None:
            page.jsonld = jsonld_objects(tree)
        description = _description(page, _article_object(page))
        if description is None:
            return None
        lead = _subtitle_and_lead(page, description.value)[1]
    return lead.value if lead is not None and lead.source.endswith("+description") else None


def extract_metadata(
    tree: Any,
    *,
    url: str | None,
    text: str | None = None,
    now: datetime | None = None,
    bold_lead: str | None = None,
    styled_lead: str | None = None,
    inner_headings: frozenset[str] = frozenset(),
) -> Metadata:
    """Every metadata field of the page in ``tree`` (a parsed LexborHTMLParser).

    ``text`` is the extracted article text (for language identification); ``bold_lead`` its
    first paragraph when that is wholly bold (the chapeau of many templates without a class
    for it); ``now`` the crawl
    or fetch time: dates after it are refused (pass ``datetime.now(UTC)`` at the call site;
    with None no date is refused for being in the future). Pure: reads the tree only.
    """
    # 1. gather
    page = _gather(tree, url)
    # 2. jsonld
    article = _article_object(page)
    # 3. site
    site = _site_name(page, article)
    # 4. title
    names = _site_names(page, site)
    title = _title(page, article, names)
    # 5. dates
    published, updated = _dates(tree, page, article, now)
    # 6. authors
    authors, organizations = _authors(tree, page, article, names, text)
    # 7. language
    language = _language(page, article, text, tree)
    # 8. labels
    description = _description(page, article)
    subtitle, lead = _subtitle_and_lead(page, description.value if description else None, inner_headings)
    if (
        lead is None
        and bold_lead
        and len(bold_lead.split()) >= BOLD_LEAD_MIN_WORDS
        and len(bold_lead) <= MAX_LEAD_CHARS
    ) and (subtitle is None or bold_lead != subtitle.value):
        lead = Sourced(bold_lead, "dom:bold-first-paragraph")
    if (
        lead is None
        and styled_lead
        and description is not None
        and len(styled_lead) <= MAX_LEAD_CHARS
        and _word_f1(styled_lead, description.value) >= STYLED_LEAD_DESCRIPTION_F1
    ) and (subtitle is None or styled_lead != subtitle.value):
        lead = Sourced(styled_lead, "dom:styled-first-paragraph+description")
    # 9-12. links, images, related, source
    return Metadata(
        title=title,
        site_name=site,
        section=_section(page, article),
        tags=_tags(page, article),
        subtitle=subtitle,
        lead=lead,
        description=description,
        published=published,
        updated=updated,
        authors=authors,
        organizations=organizations,
        language=language,
        canonical_url=_canonical(page),
        license=_license(page, article),
        images=_images(tree, page),
        related=_related(tree, page),
        source=_attribution(tree, page, names),
    )
