"""Sentences, tokens and name mentions of a text, with character offsets.

Pure surface analysis (no model): sentences end at ``. ! ? …`` before a capital, a quotation
mark or a paragraph break; names are runs of capitalised words joined by the particles names
carry (de, van, al-, bin...).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

__all__ = ["Name", "Sentence", "fold", "fold_in_place", "names", "sentences"]

#: French typography spaces the closing guillemet: "… social. » Selon le chercheur, …" ends there.
_SENTENCE_END = re.compile(
    r"""(?<=[.!?…])(?:[ \u00a0\u202f]?["»”)]+|["’)]*)\s+(?=[«"“„—–\-(]?\s*[A-ZÀ-ÖØ-Þ0-9])|\n\s*\n|\n(?=\S)"""
)


#: Words that end with a period without ending a sentence.
ABBREVIATION = re.compile(
    r"(?:^|[\s(])(?:[A-Z]|Mr|Mrs|Ms|Dr|Prof|St|Sr|Jr|Gen|Gov|Sen|Rep|Lt|Col|Capt|Sgt|No|Nos|Vol|vs|etc|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|M|Mme|Mlle|Me|art|p|av|env|cf|U\.S|U\.K|Inc|Corp|Ltd|Co)"
    r"\.$"
)


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    paragraph: int


def sentences(text: str) -> list[Sentence]:
    """Split ``text`` into sentences (offsets), keeping track of paragraphs (blank-line blocks)."""
    out: list[Sentence] = []
    paragraph = 0
    pos = 0
    for m in _SENTENCE_END.finditer(text):
        if "\n" not in m.group() and ABBREVIATION.search(text, max(0, m.start() - 12), m.start()):
            continue  # "Dec. 15", "No. 3", "Mr. Smith", "J. Doe": not the end of a sentence
        if m.start() > pos and text[pos : m.start()].strip():
            out.append(_trimmed(text, pos, m.start(), paragraph))
        if "\n" in m.group():
            paragraph += 1
        pos = m.end()
    if text[pos:].strip():
        out.append(_trimmed(text, pos, len(text), paragraph))
    return out


def _trimmed(text: str, start: int, end: int, paragraph: int) -> Sentence:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Sentence(start, end, paragraph)


def fold(value: str) -> str:
    """Case- and accent-insensitive key."""
    decomposed = unicodedata.normalize("NFKD", value.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("’", "'")


def fold_in_place(text: str) -> str:
    """:func:`fold` character by character, the length kept, so that offsets found in the folded
    text hold in ``text`` (a letter that folds to several characters, or to none, stays as is)."""
    out = []
    for c in text:
        f = fold(c)
        out.append(f if len(f) == 1 else c.lower() if len(c.lower()) == 1 else c)
    return "".join(out)


_UPPER = "A-ZÀ-ÖØ-ÞĀ-ſ"
#: lower-case letters, with combining accents (texts in NFD) and soft hyphens inside words
_LOWER = "a-zß-öø-ÿ\u0300-\u036f\u00ad"
#: A word of a name: a title or an initial with its period, or a capitalised word.
_WORD = (
    rf"(?:Dr|Mr|Mrs|Ms|Prof|Sen|Rep|Gov|Gen|Sgt|Lt|Col|Capt|St|Mme|Mlle)\.(?=\s+[{_UPPER}])"
    rf"|[{_UPPER}]\.(?=\s+[{_UPPER}])|[{_UPPER}][{_LOWER}{_UPPER}'’\-]*[{_LOWER}{_UPPER}]"
)
#: Lower-case particles inside names ("Charles de Gaulle", "Haider al-Abadi", "Ursula von der Leyen").
_PARTICLES = r"(?:de|du|des|d'|d’|la|le|van|von|der|den|di|da|dos|del|al-|el-|bin|ben|ibn|y|van der|von der)"
#: Spaces inside a name: never a line break (a heading above a paragraph is not part of a name).
_SP = r"[ \u00a0\u202f]+"
_NAME = re.compile(
    rf"(?<![{_UPPER}{_LOWER}0-9\-])(?:{_WORD})(?:(?:{_SP}|{_SP}{_PARTICLES}{_SP}|{_SP}{_PARTICLES}(?=[{_UPPER}])|-)(?:{_WORD}))*"
    rf"(?:{_SP}\d{{1,2}}(?![0-9]|[-–/:.,]\d))?"
)


@dataclass(frozen=True, slots=True)
class Name:
    start: int
    end: int
    text: str
    #: Whether the name starts a sentence (its capital may only be the sentence's).
    sentence_initial: bool


def names(text: str, sents: list[Sentence]) -> list[Name]:
    """Runs of capitalised words, with the sentence-initial ones flagged."""
    starts = {s.start for s in sents}
    out: list[Name] = []
    for m in _NAME.finditer(text):
        value = m.group().rstrip(".")
        # Strip trailing particles that the regex could not leave out.
        value = re.sub(rf"\s+{_PARTICLES}$", "", value)
        start = m.start()
        initial = start in starts or _after_opening(text, start, starts)
        out.append(Name(start, start + len(value), value, initial))
    return out


def _after_opening(text: str, start: int, starts: set[int]) -> bool:
    """A name right after an opening quotation mark or a dash starts its clause."""
    back = start - 1
    while back >= 0 and text[back] in " \u00a0\u202f":
        back -= 1
    if back >= 0 and text[back] in '«"“„—–(:':
        return True
    return back < 0 or (back in starts and text[back] in '«"“„')
