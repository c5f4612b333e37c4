"""The facts of an article: quotations with speaker and venue, attributed figures, entities.

    from tamis.facts import extract_facts
    facts = extract_facts(article)          # or a plain text, with lang="fr" / "en"
    facts.quotes[0].speaker_resolved, facts.figures[0].source, facts.entities[0].aliases

Rules only, French and English (other languages fall back to the English rules, which find
quotation marks and figures but few cues). Pure: no model download, no state between calls.
Offsets are character offsets into ``article.text`` (or the text given).

Pipeline:

1. sentences  paragraphs and sentence offsets                    (:mod:`._text`)
2. entities   names, typed by context, aliases grouped            (:mod:`._entities`)
3. quotes     marks, incises, indirect speech, speaker, venue     (:mod:`._quotes`)
4. figures    numbers, approximation, unit, counts, scope, source (:mod:`._figures`)
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import replace

from tamis._langid import identify_language
from tamis.article import Article
from tamis.facts._entities import build_entities
from tamis.facts._figures import find_figures
from tamis.facts._quotes import find_quotes
from tamis.facts._text import names, sentences
from tamis.facts._types import FACTS_SCHEMA_VERSION, Entity, EntityKind, Facts, Figure, Mention, Quote

__all__ = ["FACTS_SCHEMA_VERSION", "Entity", "EntityKinds", "Facts", "Figure", "Mention", "Quote", "extract_facts"]

#: An outside entity tagger (a NER model): given the text the rules read (NFC, typographic
#: apostrophes straight: same length as the article's text when it is NFC), the (start, end, kind)
#: of the names it types.
EntityKinds = Callable[[str], Iterable[tuple[int, int, EntityKind]]]

#: Languages with their own rules; others use the English ones.
LANGUAGES = ("fr", "en")


def extract_facts(
    article_or_text: Article | str, *, lang: str | None = None, entity_kinds: EntityKinds | None = None
) -> Facts:
    """Quotations, attributed figures and entities of an Article (its ``text``) or a text.

    ``lang`` defaults to the Article's language, or to the language identified in the text.
    ``entity_kinds`` (default: none, rules only) is an outside tagger whose kinds override the
    kinds the rules give names (a medium's excepted); bench/facts/model_compare.py measures one.
    """
    if isinstance(article_or_text, Article):
        text = article_or_text.text
        language = lang or article_or_text.language
    elif isinstance(article_or_text, str):
        text = article_or_text
        language = lang
    else:
        raise TypeError(f"extract_facts takes an Article or a str, not {type(article_or_text).__name__}")
    if not language and text.strip():
        found = identify_language(text)
        language = found.language if found is not None else None
    primary = (language or "").split("-")[0].lower() or None
    rules = primary if primary in LANGUAGES else "en"
    if not text.strip():
        return Facts(language=primary)
    # The rules read typographic apostrophes as straight ones; one character for one, so every
    # offset holds in the original text, from which the spans' text is taken back at the end.
    # Decomposed accents ("de\u0301cembre") are composed first, offsets mapped back at the end.
    composed = _composed(text)
    work = (composed[0] if composed else text).replace("\u2019", "'")
    sents = sentences(work)
    typed = sorted(entity_kinds(work)) if entity_kinds is not None else []
    table = build_entities(work, names(work, sents), rules, typed)
    quotes, speech = find_quotes(work, rules, table, sents)
    figures = find_figures(work, rules, sents, quotes, [(m[0], m[1]) for m in table.mentions], speech, table)
    facts = Facts(language=primary, quotes=tuple(quotes), figures=tuple(figures), entities=tuple(table.entities))
    if composed:
        facts = _remap(facts, composed[1])
    return facts if work == text else _reslice(facts, text)


def _composed(text: str) -> tuple[str, list[int]] | None:
    """``text`` with its decomposed characters composed (NFC), and for each of its offsets (and
    its end) the offset in ``text``; None when ``text`` is already composed."""
    if unicodedata.is_normalized("NFC", text):
        return None
    out: list[str] = []
    starts: list[int] = []
    i, n = 0, len(text)
    while i < n:
        j = i + 1
        while j < n and unicodedata.combining(text[j]):
            j += 1
        piece = unicodedata.normalize("NFC", text[i:j]) if j > i + 1 else text[i]
        for k, char in enumerate(piece):
            out.append(char)
            starts.append(min(i + k, j - 1))
        i = j
    starts.append(n)
    return "".join(out), starts


def _remap(facts: Facts, starts: list[int]) -> Facts:
    """The same facts with offsets into the composed text mapped back to the original one."""

    def mention(m: Mention | None) -> Mention | None:
        return None if m is None else Mention(starts[m.start], starts[m.end], m.text)

    quotes = tuple(
        replace(q, start=starts[q.start], end=starts[q.end], speaker=mention(q.speaker), cue=mention(q.cue))
        for q in facts.quotes
    )
    figures = tuple(replace(f, start=starts[f.start], end=starts[f.end]) for f in facts.figures)
    entities = tuple(
        replace(e, mentions=tuple(Mention(starts[m.start], starts[m.end], m.text) for m in e.mentions))
        for e in facts.entities
    )
    return replace(facts, quotes=quotes, figures=figures, entities=entities)


def _reslice(facts: Facts, text: str) -> Facts:
    """The same facts with every span's text taken from ``text`` (typographic apostrophes back)."""

    def mention(m: Mention | None) -> Mention | None:
        return None if m is None else Mention(m.start, m.end, text[m.start : m.end])

    quotes = tuple(
        replace(q, text=text[q.start : q.end], speaker=mention(q.speaker), cue=mention(q.cue)) for q in facts.quotes
    )
    figures = tuple(replace(f, text=text[f.start : f.end]) for f in facts.figures)
    entities = tuple(
        replace(
            e,
            mentions=tuple(Mention(m.start, m.end, text[m.start : m.end]) for m in e.mentions),
            aliases=tuple(dict.fromkeys(text[m.start : m.end] for m in e.mentions)) or e.aliases,
        )
        for e in facts.entities
    )
    return replace(facts, quotes=quotes, figures=figures, entities=entities)
