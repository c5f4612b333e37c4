"""The evaluation floors: pinned scores that the test suite refuses to let fall.

    python -m bench.floors show [--what text|metadata]
    python -m bench.floors raise [--what ...]                 # ratchet: floors go up to today's scores
    python -m bench.floors lower --reason "..." [--what ...]  # explicit: allow some floors to go down

``text`` (the default) pins the body-text scores of :mod:`bench.evaluate` (``floors.json``);
``metadata`` pins the field scores of :mod:`bench.metadata` (``metadata_floors.json``: per
field and set, tamis' mean score; per set annotating captions, caption recall and precision).

Floors are the measured score minus ``MARGIN`` (the extractor is deterministic; the margin only
absorbs float noise and library patch releases). Lowering a floor needs ``lower`` and a reason,
which is written into the file next to the floor; say it again in the commit message.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path
from typing import Any

FLOORS = Path(__file__).with_name("floors.json")
METADATA_FLOORS = Path(__file__).with_name("metadata_floors.json")
MARGIN = 0.002
#: The metrics pinned per set (the gate reads the same keys).
METRICS = ("f1", "sh_f1", "snip_f1")
#: The caption metrics pinned per set (higher is better for both).
CAPTION_METRICS = ("recall", "precision")


def load(path: Path = FLOORS) -> dict[str, Any]:
    """A floors file as data."""
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def pinned(path: Path = FLOORS) -> list[tuple[str, str, float]]:
    """Every (name, metric, floor) of a floors file: the gates' test cases."""
    return [(name, metric, value) for name, vals in load(path)["floors"].items() for metric, value in vals.items()]


def metadata_scores(summary: dict[str, Any]) -> dict[str, dict[str, float]]:
    """The pinned metadata scores from :func:`bench.metadata.evaluate_metadata`'s summary, as
    ``{name: {metric: value}}`` like the text floors: ``date``/``title``/... per set, and
    ``captions:<set>`` with its recall and precision, ``standfirst:<set>`` with its recall."""
    out: dict[str, dict[str, float]] = {}
    for field, per_set in summary.items():
        if field == "captions":
            for ds, row in per_set.items():
                out[f"captions:{ds}"] = {m: row[m] for m in CAPTION_METRICS}
        elif field == "standfirst":  # the deck/chapeau found (its rate on pages without one is not pinned)
            for ds, row in per_set.items():
                out[f"standfirst:{ds}"] = {"recall": row["recall"]}
        else:
            for ds, systems in per_set.items():
                if systems.get("tamis") is not None:
                    out.setdefault(field, {})[ds] = systems["tamis"]
    return out


def _floors_from(
    result: dict[str, dict[str, float]], metrics: tuple[str, ...] | None = METRICS
) -> dict[str, dict[str, float]]:
    out: dict[str, dict[str, float]] = {}
    for name, agg in result.items():
        vals = {m: round(v - MARGIN, 4) for m, v in agg.items() if metrics is None or m in metrics}
        if vals:
            out[name] = vals
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("action", choices=["show", "raise", "lower"])
    ap.add_argument("--reason", default=None)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--what", choices=["text", "metadata"], default="text")
    args = ap.parse_args(argv)
    path = FLOORS if args.what == "text" else METADATA_FLOORS
    current = load(path) if path.exists() else {"floors": {}, "history": []}
    if args.action == "show":
        print(json.dumps(current["floors"], indent=1))
        return 0
    if args.action == "lower" and not args.reason:
        ap.error("lowering floors needs --reason")
    if args.what == "text":
        from bench.evaluate import evaluate

        result, _rows = evaluate(jobs=args.jobs)
        new = _floors_from(result)
    else:
        from bench.evaluate import shared_dir
        from bench.metadata import evaluate_metadata

        new = _floors_from(metadata_scores(evaluate_metadata(shared_dir(), jobs=args.jobs)), None)
    merged: dict[str, dict[str, float]] = {}
    lowered = []
    for name in sorted(set(new) | set(current["floors"])):
        old_vals = current["floors"].get(name, {})
        new_vals = new.get(name, {})
        vals = {}
        for m in sorted(set(old_vals) | set(new_vals)):
            o, n = old_vals.get(m), new_vals.get(m)
            if n is None:
                vals[m] = o
            elif o is None or n >= o:
                vals[m] = n
            elif args.action == "lower":
                vals[m] = n
                lowered.append(f"{name}.{m}: {o} -> {n}")
            else:
                vals[m] = o
        merged[name] = vals
    history = current.get("history", [])
    if lowered:
        history.append({"date": time.strftime("%Y-%m-%d"), "lowered": lowered, "reason": args.reason})
    path.write_text(json.dumps({"floors": merged, "history": history}, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(merged, indent=1))
    if lowered:
        print("lowered:", *lowered, sep="\n  ")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
