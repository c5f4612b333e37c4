"""Score tamis on every set of ../shared/benchmarks with gold text or snippets.

    python -m bench.evaluate [--shared ../shared] [--sets a,b] [--out bench/out/eval.json]
                             [--peers results.json] [--jobs 2]

Uses peerbench's own scoring code (``shared/peerbench/score.py``) so that the figures are
comparable with the peers'. Per set: mean bag-of-words P/R/F1, ScrapingHub shingle F1 and
exact-match accuracy; snippet P/R/F1 on sets that only have snippets. With ``--peers`` (a
peerbench result file), the best peer per set is printed beside tamis.

The evaluation gate (tests/test_eval_gate.py) calls :func:`evaluate` and compares the result
with the floors pinned in ``bench/floors.json``.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import sys
import time
from collections import defaultdict
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
DEFAULT_SHARED = REPO.parent / "shared"


def shared_dir() -> Path:
    """Where ../shared is (TAMIS_SHARED overrides)."""
    return Path(os.environ.get("TAMIS_SHARED", str(DEFAULT_SHARED)))


def _score_module(shared: Path) -> Any:
    sys.path.insert(0, str(shared))
    try:
        from peerbench import score  # type: ignore[import-not-found]
    finally:
        sys.path.pop(0)
    return score


def iter_pages(shared: Path, sets: list[str] | None = None) -> Iterator[dict[str, Any]]:
    """Pages of the benchmark sets that have gold text or snippets."""
    for path in sorted((shared / "benchmarks").glob("*/pages.jsonl.gz")):
        name = path.parent.name
        if sets and name not in sets:
            continue
        with gzip.open(path, "rt", encoding="utf-8") as f:
            for line in f:
                rec = json.loads(line)
                extra = rec.get("extra") or {}
                if rec.get("text") is None and not (extra.get("must_contain") or extra.get("must_not_contain")):
                    continue
                if not rec.get("html"):
                    continue
                yield {
                    "id": rec["id"],
                    "dataset": name,
                    "url": rec.get("url"),
                    "html": rec["html"],
                    "text": rec.get("text"),
                    "must": extra.get("must_contain") or [],
                    "must_not": extra.get("must_not_contain") or [],
                }


def _run_one(page: dict[str, Any]) -> dict[str, Any]:
    import tamis

    t0 = time.process_time()
    try:
        text = tamis.extract(page["html"], url=page["url"]).text
        err = None
    except Exception as exc:  # the evaluation records failures instead of stopping
        text, err = "", f"{type(exc).__name__}: {exc}"
    ms = (time.process_time() - t0) * 1000
    return {"id": page["id"], "dataset": page["dataset"], "text": text, "err": err, "cpu_ms": ms}


def evaluate(
    shared: Path | None = None, sets: list[str] | None = None, jobs: int = 1
) -> tuple[dict[str, dict[str, float]], list[dict[str, Any]]]:
    """Run tamis on the pages and score it: (per-set aggregates, per-page rows)."""
    shared = shared or shared_dir()
    score = _score_module(shared)
    pages = list(iter_pages(shared, sets))
    if jobs > 1:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            outs = list(pool.map(_run_one, pages, chunksize=8))
    else:
        outs = [_run_one(p) for p in pages]
    by_set: dict[str, list[dict[str, float]]] = defaultdict(list)
    snips: dict[str, list[tuple[int, int, int, int]]] = defaultdict(list)
    rows: list[dict[str, Any]] = []
    for page, out in zip(pages, outs, strict=True):
        row: dict[str, Any] = {
            "id": page["id"],
            "dataset": page["dataset"],
            "err": out["err"],
            "cpu_ms": out["cpu_ms"],
        }
        if page["text"] is not None:
            s = score.score_page(page["text"], out["text"])
            by_set[page["dataset"]].append(s)
            row.update(f1=s["f1"], p=s["p"], r=s["r"], sh_acc=s["sh_acc"])
        elif page["must"] or page["must_not"]:
            c = score.snippet_counts(out["text"], page["must"], page["must_not"])
            snips[page["dataset"]].append(c)
            row.update(snip=list(c))
        rows.append(row)
    result: dict[str, dict[str, float]] = {}
    all_scores: list[dict[str, float]] = []
    for name, scores in sorted(by_set.items()):
        result[name] = score.aggregate(scores)
        all_scores.extend(scores)
    for name, counts in sorted(snips.items()):
        result.setdefault(name, {}).update(score.aggregate_snippets(counts))
    if all_scores:
        result["_all"] = score.aggregate(all_scores)
    return result, rows


def _best_peers(peers_path: Path) -> dict[str, tuple[str, float, str]]:
    data = json.loads(peers_path.read_text())
    best: dict[str, tuple[str, float, str]] = {}
    for name, ex in data["extractors"].items():
        for ds, acc in (ex.get("accuracy") or {}).items():
            if "f1" in acc and (ds not in best or acc["f1"] > best[ds][1]):
                best[ds] = (name, acc["f1"], "f1")
        snip = ex.get("snippets") or {}
        for ds, acc in snip.items():
            key = ds + ":snip"
            if "snip_f1" in acc and (key not in best or acc["snip_f1"] > best[key][1]):
                best[key] = (name, acc["snip_f1"], "snip_f1")
    return best


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=None)
    ap.add_argument("--sets", default=None)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--out", type=Path, default=None)
    ap.add_argument("--pages-out", type=Path, default=None)
    ap.add_argument("--peers", type=Path, default=None)
    args = ap.parse_args(argv)
    t0 = time.time()
    result, rows = evaluate(args.shared, args.sets.split(",") if args.sets else None, args.jobs)
    best = _best_peers(args.peers) if args.peers else {}
    print(f"{'set':28} {'n':>5} {'F1':>6} {'P':>6} {'R':>6} {'shF1':>6} {'exact':>6}  best peer")
    for name, agg in result.items():
        if "f1" in agg:
            b = best.get(name)
            peer = f"{b[0]} {b[1]:.4f} ({agg['f1'] - b[1]:+.4f})" if b else ""
            print(
                f"{name:28} {agg['n']:>5} {agg['f1']:.4f} {agg['p']:.4f} {agg['r']:.4f} "
                f"{agg['sh_f1']:.4f} {agg['sh_acc']:.4f}  {peer}"
            )
        if "snip_f1" in agg:
            b = best.get(name + ":snip")
            peer = f"{b[0]} {b[1]:.4f} ({agg['snip_f1'] - b[1]:+.4f})" if b else ""
            print(
                f"{name + ' (snippets)':28} {agg['n']:>5} {agg['snip_f1']:.4f} {agg['snip_p']:.4f} "
                f"{agg['snip_r']:.4f} {'':>6} {'':>6}  {peer}"
            )
    errs = [r for r in rows if r["err"]]
    print(f"{len(rows)} pages, {len(errs)} errors, {time.time() - t0:.1f} s")
    for r in errs[:5]:
        print("  error:", r["dataset"], r["id"], r["err"])
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(result, indent=1))
    if args.pages_out:
        args.pages_out.parent.mkdir(parents=True, exist_ok=True)
        args.pages_out.write_text("\n".join(json.dumps(r) for r in rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
