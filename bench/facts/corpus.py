"""The facts development set: which articles, their text, and their annotations.

    python -m bench.facts.corpus list                 # ids, language, annotated or not
    python -m bench.facts.corpus show ID              # the text annotators work on (with its sha1)
    python -m bench.facts.corpus check [ID ...]       # every annotated string is found in its text

The articles come from ``../shared/benchmarks`` (``docs.json``: set and page id) plus the seed.
Their text is not committed (the pages belong to their publishers): it is rebuilt here, the gold
text where the set has one, else the text tamis extracts from the page's HTML (``extract`` for
HTML, ``extract_text`` for the flattened seed). Each annotation file records the sha1 of the text
it was written on; ``check`` reports a text that changed since (the extractor moved), and every
annotated string that is no longer found in it.

Annotations are spans given as strings (``"text"``: an exact substring of the article text), not
offsets: offsets are derived by search (``locate``), which survives small changes in the text.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
DEFAULT_SHARED = REPO.parent / "shared"
ANNOTATIONS = HERE / "annotations"


@dataclass(frozen=True)
class Doc:
    id: str
    set: str
    page: str
    lang: str

    @property
    def slug(self) -> str:
        return re.sub(r"[^A-Za-z0-9._-]+", "_", self.id)

    @property
    def annotation_path(self) -> Path:
        return ANNOTATIONS / self.lang / f"{self.slug}.json"


def load_docs() -> list[Doc]:
    return [Doc(**d) for d in json.loads((HERE / "docs.json").read_text(encoding="utf-8"))]


def _pages(shared: Path, wanted: dict[str, set[str]]) -> Iterator[dict[str, Any]]:
    for name, ids in wanted.items():
        path = shared / "benchmarks" / name / "pages.jsonl.gz"
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for line in fh:
                page = json.loads(line)
                if page["id"] in ids:
                    yield page


def texts(docs: list[Doc], shared: Path = DEFAULT_SHARED) -> dict[str, str]:
    """The article text of each doc (gold text, or tamis' extraction where the set has none)."""
    import tamis

    out: dict[str, str] = {}
    wanted: dict[str, set[str]] = {}
    for doc in docs:
        if doc.set == "seed":
            raw = (shared / "seed" / doc.page).read_text(encoding="utf-8")
            out[doc.id] = tamis.extract_text(raw).text
        else:
            wanted.setdefault(doc.set, set()).add(doc.page)
    by_key = {f"{d.set}/{d.page}": d for d in docs}
    for page in _pages(shared, wanted):
        doc = by_key[f"{page['dataset']}/{page['id']}"]
        gold = page.get("text")
        out[doc.id] = gold if gold else tamis.extract(page["html"], url=page.get("url")).text
    return out


def sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def load_annotation(doc: Doc) -> dict[str, Any] | None:
    if not doc.annotation_path.exists():
        return None
    data: dict[str, Any] = json.loads(doc.annotation_path.read_text(encoding="utf-8"))
    return data


def locate(
    text: str, needle: str, near: int = 0, *, forward: bool = False, taken: list[tuple[int, int]] | None = None
) -> tuple[int, int] | None:
    """Character span of ``needle`` in ``text`` (whitespace-insensitive), the occurrence nearest ``near``;
    with ``forward``, the first one at or after ``near`` when there is one (annotations list their
    items in text order). An occurrence overlapping a span of ``taken`` (the earlier items of the
    same list) is passed over while another one exists: two gold figures "two" are two occurrences,
    and "five" after "at least five" is not the five inside it."""
    if not needle:
        return None
    pattern = r"\s+".join(re.escape(part) for part in needle.split())
    # a whole word is looked for as one first: the figure "6" is not the 6 of "600", "2 %" not
    # the end of "22 %", "one" not the end of "isoflavones"
    bounded = ("(?<!\\w)" if needle.strip()[:1].isalnum() else "") + pattern
    bounded += "(?!\\w)" if needle.strip()[-1:].isalnum() else ""

    def free(m: re.Match[str]) -> bool:
        return not any(a < m.end() and m.start() < b for a, b in taken or ())

    for candidate in (bounded, pattern):
        found = list(re.finditer(candidate, text))
        for matches in ([m for m in found if free(m)], found):
            if forward:
                ahead = next((m for m in matches if m.start() >= near), None)
                if ahead is not None:
                    return ahead.start(), ahead.end()
            best: tuple[int, int] | None = None
            for m in matches:
                if best is None or abs(m.start() - near) < abs(best[0] - near):
                    best = (m.start(), m.end())
            if best is not None:
                return best
    return None


def check(docs: list[Doc], shared: Path) -> int:
    all_texts = texts(docs, shared)
    problems = 0
    for doc in docs:
        ann = load_annotation(doc)
        if ann is None:
            continue
        text = all_texts[doc.id]
        if ann.get("text_sha1") != sha1(text):
            print(f"{doc.id}: text changed since annotation (sha1 {ann.get('text_sha1')} -> {sha1(text)})")
        strings = [("quote", q.get("text")) for q in ann.get("quotes", [])]
        strings += [("cue", q.get("cue")) for q in ann.get("quotes", [])]
        strings += [("figure", f.get("text")) for f in ann.get("figures", [])]
        for what, value in strings:
            if isinstance(value, str) and value and locate(text, value) is None:
                problems += 1
                print(f"{doc.id}: {what} not found: {value[:80]!r}")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.facts.corpus")
    parser.add_argument("command", choices=["list", "show", "check"])
    parser.add_argument("ids", nargs="*")
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    args = parser.parse_args(argv)
    docs = load_docs()
    if args.ids:
        docs = [d for d in docs if d.id in args.ids or d.slug in args.ids]
    if args.command == "list":
        for doc in docs:
            print(doc.id, doc.lang, "annotated" if doc.annotation_path.exists() else "-")
        return 0
    if args.command == "show":
        for doc_id, text in texts(docs, args.shared).items():
            print(f"=== {doc_id} sha1={sha1(text)} chars={len(text)}")
            print(text)
        return 0
    problems = check(docs, args.shared)
    print(f"{problems} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
