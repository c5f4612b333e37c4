"""The facts benchmark: quotations and attributed figures against the development set.

    python -m bench.facts.evaluate [--shared ../shared] [--json out.json] [--show ID] [--no-litbank]

Scores tamis.facts (rules) and a naive baseline beside it (quotation marks only, speaker = the
nearest capitalised name before the quotation, figures = numbers in digits, no source), per
language and per kind, as GUIDELINES.md section 3 defines:

- quotes: precision / recall / F1, a predicted quotation matching a gold one when their token
  sets overlap by >= 80 % of the longer (one-to-one, greedy by overlap); per kind, recall counts
  gold items of that kind and precision predicted items of that kind;
- speaker accuracy over matched quotations with a gold resolved speaker;
- figures with their source: F1 over figures whose gold or predicted source is set (a match:
  overlapping spans, equal values, same source); plus figure detection F1 (span and value);
- speed: mean and median ms per article of ``extract_facts`` on one core.

Articles annotated ``news: false`` are scored apart. ``../shared/quotes/fr-litbank-citations``
(French literary dialogue, another genre: direct speech only, speaker as written) is scored as a
third row.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import sys
import time
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.facts.corpus import DEFAULT_SHARED, load_annotation, load_docs, locate, texts

OVERLAP = 0.8
#: Two values are the same figure within this relative difference: annotators write a fraction to
#: three or four decimals ("two thirds": 0.667 or 0.6667), so 1e-6 failed equal values; 1e-3 is
#: above the rounding of three decimals (2/3 -> 0.667 is off by 5e-4) and far below any two
#: distinct figures sharing a span.
VALUE_TOLERANCE = 1e-3
_TOKEN = re.compile(r"\w+")


def tokens(text: str) -> set[str]:
    return set(_TOKEN.findall(text.casefold()))


def _fold(value: str) -> str:
    decomposed = unicodedata.normalize("NFKD", value.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def same_person(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return False
    ta, tb = set(_TOKEN.findall(_fold(a))), set(_TOKEN.findall(_fold(b)))
    drop = {"le", "la", "les", "l", "the", "a", "an", "de", "d", "of", "m", "mr", "mrs", "ms", "dr", "mme"}
    ta, tb = ta - drop, tb - drop
    if not ta or not tb:
        return False
    return ta <= tb or tb <= ta


@dataclass
class Item:
    start: int
    end: int
    text: str
    kind: str = ""
    speaker: str | None = None
    value: float | None = None
    source: str | None = None
    #: the speaker as written (litbank's gold is the mention, not the resolved name)
    written: str | None = None


@dataclass
class Counts:
    tp: int = 0
    pred: int = 0
    gold: int = 0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.pred += other.pred
        self.gold += other.gold

    def prf(self) -> tuple[float, float, float]:
        p = self.tp / self.pred if self.pred else 0.0
        r = self.tp / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


@dataclass
class Score:
    quotes: Counts = field(default_factory=Counts)
    by_kind_gold: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    speaker_right: int = 0
    speaker_total: int = 0
    figures: Counts = field(default_factory=Counts)
    sourced: Counts = field(default_factory=Counts)
    docs: int = 0

    def add(self, other: Score) -> None:
        self.quotes.add(other.quotes)
        for k, v in other.by_kind_gold.items():
            self.by_kind_gold[k].add(v)
        self.speaker_right += other.speaker_right
        self.speaker_total += other.speaker_total
        self.figures.add(other.figures)
        self.sourced.add(other.sourced)
        self.docs += other.docs


def match_quotes(gold: list[Item], pred: list[Item]) -> list[tuple[int, int]]:
    pairs: list[tuple[float, int, int]] = []
    gtoks = [tokens(g.text) for g in gold]
    ptoks = [tokens(p.text) for p in pred]
    for i, gt in enumerate(gtoks):
        for j, pt in enumerate(ptoks):
            if not gt or not pt:
                continue
            overlap = len(gt & pt) / max(len(gt), len(pt))
            if overlap >= OVERLAP:
                pairs.append((overlap, i, j))
    pairs.sort(reverse=True)
    used_g: set[int] = set()
    used_p: set[int] = set()
    out: list[tuple[int, int]] = []
    for _, i, j in pairs:
        if i in used_g or j in used_p:
            continue
        used_g.add(i)
        used_p.add(j)
        out.append((i, j))
    return out


def score_doc(gold_q: list[Item], pred_q: list[Item], gold_f: list[Item], pred_f: list[Item]) -> Score:
    s = Score(docs=1)
    matches = match_quotes(gold_q, pred_q)
    s.quotes = Counts(len(matches), len(pred_q), len(gold_q))
    matched_gold = {i for i, _ in matches}
    for i, g in enumerate(gold_q):
        s.by_kind_gold[g.kind].gold += 1
        if i in matched_gold:
            s.by_kind_gold[g.kind].tp += 1
    for p in pred_q:
        s.by_kind_gold[p.kind].pred += 1
    for i, j in matches:
        if gold_q[i].speaker:
            s.speaker_total += 1
            s.speaker_right += same_person(gold_q[i].speaker, pred_q[j].speaker)
    # figures: overlapping spans and equal values, one-to-one in text order
    used: set[int] = set()
    fig_pairs: list[tuple[int, int]] = []
    for i, g in enumerate(gold_f):
        for j, p in enumerate(pred_f):
            if j in used or p.start >= g.end or g.start >= p.end:
                continue
            if (
                g.value is not None
                and p.value is not None
                and abs(g.value - p.value) <= VALUE_TOLERANCE * max(abs(g.value), abs(p.value))
            ):
                used.add(j)
                fig_pairs.append((i, j))
                break
    s.figures = Counts(len(fig_pairs), len(pred_f), len(gold_f))
    s.sourced = Counts(
        sum(1 for i, j in fig_pairs if gold_f[i].source and same_person(gold_f[i].source, pred_f[j].source)),
        sum(1 for p in pred_f if p.source),
        sum(1 for g in gold_f if g.source),
    )
    return s


def _sequential(text: str, items: Iterable[dict[str, Any]]) -> list[tuple[dict[str, Any], tuple[int, int] | None]]:
    out: list[tuple[dict[str, Any], tuple[int, int] | None]] = []
    pos = 0
    taken: list[tuple[int, int]] = []
    for item in items:
        span = locate(text, item.get("text") or "", near=pos, forward=True, taken=taken)
        if span is not None:
            pos = span[0]
            taken.append(span)
        out.append((item, span))
    return out


def gold_items(text: str, ann: dict[str, Any]) -> tuple[list[Item], list[Item]]:
    quotes = [
        Item(span[0], span[1], text[span[0] : span[1]], q.get("kind") or "", q.get("speaker_resolved"))
        for q, span in _sequential(text, ann.get("quotes", []))
        if span is not None
    ]
    figures = []
    for f, span in _sequential(text, ann.get("figures", [])):
        if span is None:
            continue
        value = f.get("value")
        figures.append(
            Item(span[0], span[1], text[span[0] : span[1]],
                 value=float(value) if isinstance(value, int | float) else None,
                 source=f.get("source"))
        )  # fmt: skip
    return quotes, figures


# ---------------------------------------------------------------------------- systems

System = Callable[[str, str], tuple[list[Item], list[Item]]]


def tamis_system(text: str, lang: str) -> tuple[list[Item], list[Item]]:
    from tamis.facts import extract_facts

    facts = extract_facts(text, lang=lang)
    quotes = [
        Item(q.start, q.end, q.text, q.kind, q.speaker_resolved, written=q.speaker.text if q.speaker else None)
        for q in facts.quotes
    ]
    figures = [Item(f.start, f.end, f.text, value=f.value, source=f.source) for f in facts.figures]
    return quotes, figures


_BASE_MARKS = re.compile(r"«\s*([^»]{3,}?)\s*»|“([^”]{3,}?)”|\"([^\"]{3,}?)\"")
_BASE_NAME = re.compile(r"[A-ZÀ-Þ][\w'’\-]+(?:\s+[A-ZÀ-Þ][\w'’\-]+)+")
_BASE_NUM = re.compile(r"(?<![\w.,])\d{1,3}(?:[ \u00a0.,]\d{3})+|(?<![\w.,])\d+(?:[.,]\d+)?")


def baseline_system(text: str, lang: str) -> tuple[list[Item], list[Item]]:
    """Quotation marks only; speaker: the nearest two-word capitalised name before; figures: digits."""
    quotes = []
    for m in _BASE_MARKS.finditer(text):
        g = next(i for i in (1, 2, 3) if m.group(i) is not None)
        names = list(_BASE_NAME.finditer(text, max(0, m.start() - 400), m.start()))
        speaker = names[-1].group() if names else None
        quotes.append(Item(m.start(g), m.end(g), m.group(g), "direct", speaker))
    figures = []
    for m in _BASE_NUM.finditer(text):
        raw = re.sub(r"[ \u00a0]", "", m.group())
        raw = raw.replace(",", "") if lang == "en" else raw.replace(".", "").replace(",", ".")
        try:
            value = float(raw)
        except ValueError:
            continue
        if 1900 <= value <= 2100 and "." not in raw:
            continue
        figures.append(Item(m.start(), m.end(), m.group(), value=value))
    return quotes, figures


SYSTEMS: dict[str, System] = {"tamis": tamis_system, "baseline": baseline_system}


# ---------------------------------------------------------------------------- litbank


def litbank(shared: Path, system: System) -> Score:
    path = shared / "quotes" / "fr-litbank-citations" / "quotes.jsonl.gz"
    total = Score()
    if not path.exists():
        return total
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            text = rec["text"]
            gold = [Item(q["start"], q["end"], q["quote"], "direct", q.get("speaker")) for q in rec["quotes"]]
            pred_q, _ = system(text, "fr")
            pred_q = [Item(p.start, p.end, p.text, p.kind, p.written or p.speaker) for p in pred_q]
            merged: list[Item] = []
            for p in pred_q:  # pieces of one quotation split by an incise are one gold item here
                if merged and p.start - merged[-1].end < 40 and p.speaker == merged[-1].speaker:
                    last = merged[-1]
                    merged[-1] = Item(last.start, p.end, text[last.start : p.end], last.kind, last.speaker)
                else:
                    merged.append(p)
            total.add(score_doc(gold, merged, [], []))
    return total


# ---------------------------------------------------------------------------- report


def fmt(c: Counts) -> str:
    p, r, f = c.prf()
    return f"P {p:.3f} R {r:.3f} F1 {f:.3f} (tp {c.tp}, pred {c.pred}, gold {c.gold})"


def report(name: str, s: Score, *, verbose: bool = True) -> dict[str, Any]:
    spk = s.speaker_right / s.speaker_total if s.speaker_total else 0.0
    if verbose:
        print(f"  {name}: {s.docs} docs")
        print(f"    quotes        {fmt(s.quotes)}")
        for kind in sorted(s.by_kind_gold):
            c = s.by_kind_gold[kind]
            p = c.tp / c.pred if c.pred else 0.0
            r = c.tp / c.gold if c.gold else 0.0
            print(f"      {kind:9s} recall {r:.3f} ({c.tp}/{c.gold}), predicted {c.pred} (precision ~{p:.3f})")
        print(f"    speaker acc.  {spk:.3f} ({s.speaker_right}/{s.speaker_total})")
        print(f"    figures       {fmt(s.figures)}")
        print(f"    with source   {fmt(s.sourced)}")
    return {
        "docs": s.docs,
        "quotes_p": s.quotes.prf()[0],
        "quotes_r": s.quotes.prf()[1],
        "quotes_f1": s.quotes.prf()[2],
        "speaker_accuracy": spk,
        "figures_f1": s.figures.prf()[2],
        "figures_with_source_f1": s.sourced.prf()[2],
        "by_kind_recall": {k: (c.tp / c.gold if c.gold else 0.0) for k, c in s.by_kind_gold.items()},
    }


def evaluate(
    shared: Path,
    *,
    systems: tuple[str, ...] = tuple(SYSTEMS),
    with_litbank: bool = True,
    show: str | None = None,
    verbose: bool = False,
) -> dict[str, Any]:
    """Score each system on the annotated development set (and litbank); returns the figures."""
    docs = [d for d in load_docs() if d.annotation_path.exists()]
    all_texts = texts(docs, shared)
    results: dict[str, Any] = {}
    for sys_name in systems:
        system = SYSTEMS[sys_name]
        per: dict[str, Score] = defaultdict(Score)
        times: list[float] = []
        for doc in docs:
            ann = load_annotation(doc)
            assert ann is not None
            text = all_texts[doc.id]
            gq, gf = gold_items(text, ann)
            t0 = time.process_time()
            pq, pf = system(text, doc.lang)
            times.append((time.process_time() - t0) * 1000)
            group = doc.lang if ann.get("news", True) else f"{doc.lang}-not-news"
            per[group].add(score_doc(gq, pq, gf, pf))
            if show == doc.id and sys_name == "tamis":
                _show(text, gq, pq, gf, pf)
        if verbose:
            mean, median = statistics.mean(times), statistics.median(times)
            print(f"== {sys_name}: mean {mean:.1f} ms, median {median:.1f} ms / article")
        results[sys_name] = {"ms_mean": statistics.mean(times), "ms_median": statistics.median(times)}
        for group in sorted(per):
            results[sys_name][group] = report(group, per[group], verbose=verbose)
        if with_litbank:
            name = "fr-litbank (literary, direct only, speaker as written)"
            results[sys_name]["fr-litbank"] = report(name, litbank(shared, system), verbose=verbose)
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.facts.evaluate")
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    parser.add_argument("--json", type=Path)
    parser.add_argument("--show", help="print gold and predicted quotations of one article id")
    parser.add_argument("--no-litbank", action="store_true")
    args = parser.parse_args(argv)
    results = evaluate(args.shared, with_litbank=not args.no_litbank, show=args.show, verbose=True)
    if args.json:
        args.json.write_text(json.dumps(results, indent=1))
    return 0


def _show(text: str, gq: list[Item], pq: list[Item], gf: list[Item], pf: list[Item]) -> None:
    matches = dict(match_quotes(gq, pq))
    for i, g in enumerate(gq):
        j = matches.get(i)
        p = pq[j] if j is not None else None
        ok = "OK " if p else "MISS"
        print(f"{ok} [{g.kind}] {g.text[:70]!r} | gold {g.speaker} | pred {p.speaker if p else '-'}")
    hit = set(matches.values())
    for j, p in enumerate(pq):
        if j not in hit:
            print(f"FP  [{p.kind}] {p.text[:70]!r} | pred {p.speaker}")
    print("figures gold:", [(f.text, f.value, f.source) for f in gf])
    print("figures pred:", [(f.text, f.value, f.source) for f in pf])


if __name__ == "__main__":
    sys.exit(main())
