"""The evaluation floors: pinned scores that the test suite refuses to let fall.

    python -m bench.floors show
    python -m bench.floors raise                 # ratchet: floors go up to today's scores
    python -m bench.floors lower --reason "..."  # explicit: allow some floors to go down

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
MARGIN = 0.002
#: The metrics pinned per set (the gate reads the same keys).
METRICS = ("f1", "sh_f1", "snip_f1")


def load() -> dict[str, Any]:
    """The floors file as data."""
    data: dict[str, Any] = json.loads(FLOORS.read_text(encoding="utf-8"))
    return data


def _floors_from(result: dict[str, dict[str, float]]) -> dict[str, dict[str, float]]:
    out: dict[str, dict[str, float]] = {}
    for name, agg in result.items():
        vals = {m: round(agg[m] - MARGIN, 4) for m in METRICS if m in agg}
        if vals:
            out[name] = vals
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("action", choices=["show", "raise", "lower"])
    ap.add_argument("--reason", default=None)
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args(argv)
    current = load() if FLOORS.exists() else {"floors": {}, "history": []}
    if args.action == "show":
        print(json.dumps(current["floors"], indent=1))
        return 0
    if args.action == "lower" and not args.reason:
        ap.error("lowering floors needs --reason")
    from bench.evaluate import evaluate

    result, _rows = evaluate(jobs=args.jobs)
    new = _floors_from(result)
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
    FLOORS.write_text(json.dumps({"floors": merged, "history": history}, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(merged, indent=1))
    if lowered:
        print("lowered:", *lowered, sep="\n  ")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
