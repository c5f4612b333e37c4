"""Heuristics of the flattened-text extractor (:mod:`tamis._flat`), as named data.

Flattened crawl text (Common Crawl WET and the corpora built on it) has lost the markup, so
what is left to go on is how a line reads. Every pattern below is matched against one whole
line (stripped), case-insensitively. Calibration: the seed
(``../shared/seed/atlantico-2015-daech-blinken.txt``) and the dev benchmarks flattened by
``bench/flatten.py``; re-run ``python -m bench.flat`` (and ``python -m bench.train_flat``
when a feature changes) after editing anything here.
"""

from __future__ import annotations

import re

# --------------------------------------------------------------------------- title line

#: Markup left in a flattened ``<title>`` by server-side rendering ("Titre<!-- --> | Site").
MARKUP_DEBRIS_RE = re.compile(r"<!--.*?-->|<!--|-->|</?[a-zA-Z][^<>]{0,200}>")
#: Separators between a headline and the site name in a ``<title>``.
TITLE_SEPARATOR_RE = re.compile(r"\s+(?:\||-|–|—|·|•|::|»|«|/|:)\s+|\s*\|\s*")
#: A site name is short: at most this many words (calibrated on the benchmarks' <title>s:
#: 95% of site parts have 1-4 words, "The New York Times", "Le Monde diplomatique").
SITE_MAX_WORDS = 5
SITE_MAX_CHARS = 40

# -------------------------------------------------------------------- metadata lines

#: A related-article teaser: "A LIRE AUSSI : <title>" (the rest of the line is the title).
RELATED_RE = re.compile(
    r"^(?:[àa] lire (?:aussi|[ée]galement)|lire (?:aussi|[ée]galement)|voir aussi|[àa] voir aussi|"
    r"read (?:also|more)|see also|related|also read|more on this|"
    r"lesen sie (?:auch|mehr)|mehr zum thema|auch interessant|"
    r"leer m[áa]s|lea tambi[ée]n|leggi anche|czytaj (?:te[żz]|tak[żz]e|wi[ęe]cej)|"
    r"читайте (?:также|еще)|διαβάστε (?:ακόμα|επίσης))"
    r"\s*[:>»\-–—]?\s*(?P<title>.*)$",
    re.I,
)
#: Longest related title accepted (characters); a longer rest is a paragraph that happens
#: to start with "Related".
RELATED_MAX_CHARS = 200

#: A source attribution: "Lu sur Le Figaro", "Source : AFP", "Via The Verge".
SOURCE_RE = re.compile(
    r"^(?:lu sur|vu sur|source|sources|via|read on|originally published (?:on|in|at)|quelle|fuente|"
    r"fonte|[źz]r[óo]d[łl]o|источник)\s*[:：]?\s+(?P<source>[^.!?]{2,60}?)\.?$",
    re.I,
)

#: An image credit line: "©", "© AFP", "Crédit photo : Reuters", "Photo: John Doe/AP".
CREDIT_RE = re.compile(
    r"^(?:©|\(c\)|copyright\b|cr[ée]dits?(?: photo)?\s*[:：]|photo(?:graph)?\s*[:：]|foto\s*[:：]|"
    r"bild\s*[:：]|image\s*[:：]|picture\s*[:：]|source photo\s*[:：]|illustration\s*[:：])"
    r"\s*(?P<credit>.{0,80})$",
    re.I,
)
#: A footer copyright is not an image credit ("© 2015 Atlantico Media SAS. Tous droits réservés").
FOOTER_COPYRIGHT_RE = re.compile(
    r"(?:19|20)\d{2}.*(?:rights|droits|rechte|derechos|diritti|prawa)|all rights reserved|tous droits",
    re.I,
)
#: A copyright line (footer or credit): never body text.
COPYRIGHT_LINE_RE = re.compile(r"^(?:©|\(c\)\s|copyright\b)", re.I)
#: A caption is printed at most this long (characters); longer repeated lines are prose.
CAPTION_MAX_CHARS = 300

# ------------------------------------------------------------------- boilerplate lines

#: Comment-policy notices ("En raison de débordements, nous avons fait le choix de suspendre
#: les commentaires...", "Comments are closed.").
COMMENT_NOTICE_RE = re.compile(
    r"commentaires?\b.{0,80}\b(?:suspendu|suspendre|ferm[ée]s?|d[ée]sactiv|mod[ée]r)|"
    r"(?:suspendre|fermer|d[ée]sactiver)\b.{0,40}\bcommentaires|"
    r"\bcomments? (?:are|is) (?:closed|disabled|moderated)|"
    r"\b(?:log|sign)(?:ged)? in to (?:post|leave|write) a comment|\bleave a (?:comment|reply)\b|"
    r"kommentar(?:e|funktion)\b.{0,60}\b(?:geschlossen|deaktiviert)|"
    r"\bcomentarios? (?:est[áa]n? )?(?:cerrados?|desactivados?)",
    re.I,
)
#: Prompts to share, subscribe or follow ("n'hésitez pas à partager cet article...").
PROMPT_RE = re.compile(
    r"\bpartager cet article\b|\bshare (?:this|the) (?:article|story|post|page)\b|"
    r"\bartikel teilen\b|\bcompart(?:e|ir) (?:este|esta) (?:art[íi]culo|noticia)\b|"
    r"\b(?:inscrivez|abonnez)-vous\b.{0,40}\bnewsletter|\bsign up (?:for|to) (?:our|the) \w*\s?newsletter|"
    r"\bsubscribe to (?:our|the) \w*\s?newsletter|\bnewsletter abonnieren\b|"
    r"\bfollow us on\b|\bsuivez-nous sur\b|\bfolgen sie uns\b",
    re.I,
)

# ----------------------------------------------------------------------------- header

#: A section name, as the last menu line before the article's header: a short line of at
#: most SECTION_MAX_WORDS words with no terminal punctuation and no digit.
SECTION_MAX_WORDS = 3
SECTION_MAX_CHARS = 40
#: A breadcrumb line: "Home > World > Europe" (the last crumb before the headline is the
#: section).
BREADCRUMB_SEP_RE = re.compile(r"\s+(?:>|›|»|/|\|)\s+")
#: A subtitle is a short line (at most SUBTITLE_MAX_WORDS words, no terminal punctuation)
#: between the header (headline, caption, credit) and the first paragraph of prose.
SUBTITLE_MAX_WORDS = 25
#: A line of prose: terminal punctuation and at least this many words (what starts the body).
PROSE_MIN_WORDS = 8

# ----------------------------------------------------------------------------- rules

#: The rules-only line scorer (used when no model is shipped, and as the baseline the model
#: is measured against in ``bench/train_flat.py``): a line is body text when it ends in
#: terminal punctuation and has RULE_MIN_WORDS words, or has RULE_LONG_WORDS words whatever
#: its end; CJK text counts characters / RULE_CJK_CHARS_PER_WORD as words.
RULE_MIN_WORDS = 6
RULE_LONG_WORDS = 20
RULE_CJK_CHARS_PER_WORD = 2

# ------------------------------------------------------------------------------ input

#: Text with more than this share of control characters (other than tab, newline, CR, FF)
#: is binary, not text.
BINARY_CONTROL_SHARE = 0.05
#: How much of the input the HTML sniffer looks at.
SNIFF_CHARS = 4096
#: Element tags whose presence makes the input HTML (at least HTML_MIN_TAGS of them, or a
#: doctype / <html> at the start).
HTML_TAG_RE = re.compile(
    r"<(?:html|head|body|meta|title|link|script|style|div|span|p|a|br|table|ul|li|img|h[1-6]|"
    r"article|section|header|footer|nav|main|form|iframe|noscript)\b[^<>]{0,500}>",
    re.I,
)
HTML_START_RE = re.compile(r"^\s*(?:<!doctype\s+html|<html\b|<\?xml[^>]*>\s*<(?:!doctype\s+)?html)", re.I)
HTML_MIN_TAGS = 3

#: A flattened document whose kept lines (at the model's threshold) hold at least this share of
#: its characters is mostly article (a long essay, a report): its threshold is multiplied by
#: DENSE_DOC_THRESHOLD_FACTOR so that its headings and list items stay. Calibration: bench/flat.py
#: over all sets (cleaneval, whose gold keeps most of a page, gains; news sets are unchanged
#: because their pages hold much furniture and stay under the share).
DENSE_DOC_SHARE = 0.7
DENSE_DOC_THRESHOLD_FACTOR = 0.5
#: A document that keeps fewer characters than this at the threshold (a listing, a report's
#: index page, a catalogue) is read again at threshold x SPARSE_DOC_THRESHOLD_FACTOR rather than
#: left empty. Calibration: bench/flat.py (cleaneval pages that came out empty).
SPARSE_DOC_MIN_CHARS = 200
SPARSE_DOC_THRESHOLD_FACTOR = 0.1
#: ... or fewer than this share of the document's characters.
SPARSE_DOC_MIN_SHARE = 0.0  # 0.1 gains cleaneval +0.002 but costs the news sets 0.01-0.02

#: Hard-wrapped prose (see ``_flat.reflow``): lines this long that do not end a sentence and are
#: followed by a line starting in lower case are joined.
WRAP_MIN_CHARS = 40
WRAP_MAX_CHARS = 100
WRAP_MIN_LINES = 3
