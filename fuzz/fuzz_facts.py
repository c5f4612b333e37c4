"""A generated-text campaign for tamis.extract_facts (issue 8's extractor, issue 7's discipline).

    python fuzz/fuzz_facts.py [--seconds 60] [--seed 0]

Texts are built from pieces that exercise the rules (quotation marks, cues, inversions, names,
titles, descriptions, numbers in digits and words, abbreviations, footnotes, no-break spaces,
combining accents, soft hyphens) joined at random, in French, English and undetected modes.
Every result must keep its offsets (each quotation's, speaker's, cue's, figure's and mention's
text is the slice of the input at its offsets) and serialise; anything else is a finding, printed
with its input. It found, and the suite now pins, an IndexError on a trailing attribution made of
spaces and mentions whose text was not the input's slice (tests/test_facts.py).
"""

from __future__ import annotations

import argparse
import random
import sys
import time

import tamis

PIECES = [
    "«", "»", '"', "“", "”", "—", "-", ",", ".", ":", ";", "?", "!", "\n", "\n\n", " ", " ", " ", "'", "’",
    "a déclaré", "a-t-il dit", "explique-t-elle", "said", "told", "according to", "selon", "que", "that",
    "Antony Blinken", "Blinken", "M.", "Mme", "Dr.", "Sgt.", "il", "elle", "he", "she", "le ministre",
    "the minister", "de la Défense", "Europe 1", "CNN", "sur France Inter", "on CNN", "EI", "Etat islamique",
    "Daech", "plus de", "10 000", "4.000", "25 %", "$2.5 billion", "la vingtaine", "four out of five",
    "two thirds", "Dec.", "No.", "2019", "14h30", "(1)", "7-", "04 76 40 63 62", "12 rue", "Le", "The", "Pour",
    "Chez", "l'", "d'", "qu'", "é", "\u0301", "\u00ad", "\u00a0", "\u202f", "x" * 50, "Zoé", "O'Brien",
    "McDonagh's", "a-t-on appris de sources", "affirme avoir", ", adding that", "Interim Police Chief Ed Alvarez",
]  # fmt: skip


def check(text: str, lang: str | None) -> None:
    facts = tamis.extract_facts(text, lang=lang)
    for q in facts.quotes:
        assert text[q.start : q.end] == q.text, ("quote", q)
        for m in (q.speaker, q.cue):
            assert m is None or text[m.start : m.end] == m.text, ("mention", m)
    for f in facts.figures:
        assert text[f.start : f.end] == f.text, ("figure", f)
    for e in facts.entities:
        for m in e.mentions:
            assert text[m.start : m.end] == m.text, ("entity mention", m)
    facts.to_dict()
    facts.to_markdown()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python fuzz/fuzz_facts.py")
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    start, count = time.monotonic(), 0
    while time.monotonic() - start < args.seconds:
        pieces = (rng.choice(PIECES) + (" " if rng.random() < 0.6 else "") for _ in range(rng.randint(0, 400)))
        text = "".join(pieces)
        for lang in ("fr", "en", None):
            try:
                check(text, lang)
            except Exception as exc:  # a finding: print it whole and stop
                print(f"FINDING ({lang}): {exc!r}\nINPUT: {text!r}", file=sys.stderr)
                return 1
        count += 1
    print(f"ok: {count} texts x 3 languages in {time.monotonic() - start:.0f} s (seed {args.seed})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
