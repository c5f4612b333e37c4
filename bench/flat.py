"""Score :func:`tamis._flat.extract_text` on the benchmark pages flattened to text.

    python -m bench.flat [--shared ../shared] [--style wet] [--sets a,b] [--max-per-set N] [--jobs 2]

Every page of ``../shared/benchmarks`` with gold text is flattened by ``bench/flatten.py``
(``--style``: ``wet`` = Common Crawl-like, the title first, one block per line; or
``resiliparse``, ``blank``, ``plain``), then scored with peerbench's ``bow_prf`` (bag-of-words
F1, mean over pages) for:

* ``raw``    the flattened text as it is;
* ``c4``     a C4-style line filter: keep lines that end in ``. ! ? "`` and have at least
             three (whitespace-separated) words;
* ``rules``  tamis with the rules only (no learned model; nothing fitted on these pages);
* ``tamis``  tamis as shipped (the line model in ``src/tamis/data/flat_model.json``). The
             model was trained on these very pages, so this column is in-sample: the honest,
             cross-validated figure (split by site) is printed by ``python -m bench.train_flat``.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from collections import defaultdict
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from statistics import mean
from typing import Any

from bench.flatten import STYLES, flatten
from tamis import _flat

REPO = Path(__file__).resolve().parent.parent
COLUMNS = ("raw", "c4", "rules", "tamis")


def c4_filter(text: str) -> str:
    """C4's line rule: terminal punctuation and at least three words."""
    keep = []
    for line in text.split("\n"):
        s = line.strip()
        if s.endswith((".", "!", "?", '"')) and len(s.split()) >= 3:
            keep.append(s)
    return "\n".join(keep)


def iter_pages(shared: Path, sets: list[str] | None, max_per_set: int | None) -> Iterator[dict[str, Any]]:
    for path in sorted((shared / "benchmarks").glob("*/pages.jsonl.gz")):
        if sets and path.parent.name not in sets:
            continue
        n = 0
        with gzip.open(path, "rt", encoding="utf-8") as f:
            for line in f:
                rec = json.loads(line)
                if not (rec.get("text") and rec.get("html")):
                    continue
                yield {"dataset": rec["dataset"], "html": rec["html"], "text": rec["text"], "url": rec.get("url")}
                n += 1
                if max_per_set and n >= max_per_set:
                    break


_STYLE = "wet"
_SHARED = REPO.parent / "shared"


def _init(style: str, shared: str) -> None:
    global _STYLE, _SHARED
    _STYLE, _SHARED = style, Path(shared)


def score_page(page: dict[str, Any]) -> tuple[str, dict[str, float]]:
    sys.path.insert(0, str(_SHARED))
    from peerbench.score import bow_prf  # type: ignore[import-not-found]

    flat = flatten(page["html"], STYLES[_STYLE])
    gold = page["text"]
    outs = {
        "raw": flat,
        "c4": c4_filter(flat),
        "rules": _flat.extract_with_model(flat, url=page["url"], model=None)[0].text,
        "tamis": _flat.extract_text(flat, url=page["url"]).text,
    }
    return page["dataset"], {k: bow_prf(gold, v)[2] for k, v in outs.items()}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    ap.add_argument("--style", default="wet", choices=sorted(STYLES))
    ap.add_argument("--sets", default="")
    ap.add_argument("--max-per-set", type=int, default=None)
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args(argv)
    sets = [s for s in args.sets.split(",") if s] or None
    t0 = time.time()
    rows: dict[str, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
    with ProcessPoolExecutor(args.jobs, initializer=_init, initargs=(args.style, str(args.shared))) as ex:
        for ds, scores in ex.map(score_page, iter_pages(args.shared, sets, args.max_per_set), chunksize=4):
            for k, v in scores.items():
                rows[ds][k].append(v)
    print(f"bag-of-words F1 (mean over pages), pages flattened with style {args.style!r}")
    head = "set".ljust(28) + "pages".rjust(6) + "".join(c.rjust(9) for c in COLUMNS) + "   c4+0.05  ok"
    print(head)
    allrows: dict[str, list[float]] = defaultdict(list)
    for ds in sorted(rows):
        r = rows[ds]
        m = {c: mean(r[c]) for c in COLUMNS}
        ok = m["tamis"] >= m["c4"] + 0.05 and m["tamis"] >= m["raw"]
        print(
            ds.ljust(28)
            + str(len(r["raw"])).rjust(6)
            + "".join(f"{m[c]:9.4f}" for c in COLUMNS)
            + f"{m['c4'] + 0.05:10.4f}  {'yes' if ok else 'NO'}"
        )
        for c in COLUMNS:
            allrows[c].extend(r[c])
    print(
        "ALL pages".ljust(28) + str(len(allrows["raw"])).rjust(6) + "".join(f"{mean(allrows[c]):9.4f}" for c in COLUMNS)
    )
    print(f"({time.time() - t0:.0f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
