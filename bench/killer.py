"""Time and peak memory of tamis.extract on the synthetic killer families, per page size.

    python -m bench.killer [--sizes 100K,1M,10M,50M] [--families a,b] [--extra] [--json out.json]

Each (family, size) runs in a fresh child process (so its peak RSS is that page's alone),
with an address-space limit (``--mem-limit``, default 8 GB) and a timeout, one at a time. The
pages come from ``tests/killer.py`` (``BENCH_FAMILIES``; ``--extra`` adds the families that
showed super-linear cost). Printed per size: extraction seconds, peak RSS of the child, RSS
added by the extraction (peak minus the RSS once the page was built), and the growth factors
against the previous size; ``t/size`` is the time factor divided by the size factor (1.0 =
linear, 10 = quadratic over a 10x step).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
TESTS = REPO / "tests"

_CHILD = textwrap.dedent(
    """
    import json, resource, sys, time
    sys.path.insert(0, sys.argv[1])
    limit = int(sys.argv[4])
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    import killer, tamis
    families = {**killer.BENCH_FAMILIES, **killer.EXTRA_FAMILIES}
    html = families[sys.argv[2]](int(sys.argv[3]))
    size = len(html.encode("utf-8", "surrogatepass"))
    def hwm():  # this process's own peak RSS (ru_maxrss carries the parent's over fork+exec)
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    base = hwm()
    start = time.perf_counter()
    try:
        article = tamis.extract(html)
        outcome = f"{len(article.blocks)} blocks" if article.blocks else f"empty: {article.empty_reason}"
    except tamis.TamisError as exc:
        outcome = f"{type(exc).__name__}: {exc.reason}"
    except MemoryError:
        outcome = "MemoryError"
    seconds = time.perf_counter() - start
    peak = hwm()
    print(json.dumps({"size": size, "seconds": seconds, "peak_kb": peak, "added_kb": peak - base, "outcome": outcome}))
    """
)

_UNITS = {"K": 1024, "M": 1024**2, "G": 1024**3}


def parse_size(text: str) -> int:
    """``100K``, ``1M``, ``8G`` or a number of bytes."""
    text = text.strip().upper().removesuffix("B")
    if text[-1:] in _UNITS:
        return int(float(text[:-1]) * _UNITS[text[-1]])
    return int(text)


def measure(family: str, size: int, *, mem_limit: int, timeout: float) -> dict[str, Any]:
    """One child process: build the page, extract it, report time and memory."""
    cmd = [sys.executable, "-c", _CHILD, str(TESTS), family, str(size), str(mem_limit)]
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        return {"size": size, "seconds": None, "outcome": f"timeout after {timeout:.0f} s"}
    if proc.returncode != 0 or not proc.stdout.strip():
        last = (proc.stderr.strip().splitlines() or ["no output"])[-1]
        return {"size": size, "seconds": None, "outcome": f"exit {proc.returncode}: {last[:80]}"}
    result: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


def _fmt_factor(new: float | None, old: float | None) -> str:
    if new is None or old is None or old <= 0:
        return "-"
    return f"{new / old:.1f}x"


def print_table(family: str, rows: list[dict[str, Any]]) -> None:
    """One family's rows, with growth factors against the previous size."""
    print(f"\n{family}")
    header = f"{'size':>9} {'seconds':>8} {'peak MB':>8} {'added MB':>9} {'size x':>7} {'time x':>7} {'mem x':>7} "
    print(header + f"{'t/size':>7}  outcome")
    prev: dict[str, Any] | None = None
    for row in rows:
        mb = row["size"] / 2**20
        seconds = row.get("seconds")
        added = row.get("added_kb")
        line = f"{mb:8.1f}M " + (f"{seconds:8.2f} " if seconds is not None else f"{'-':>8} ")
        line += f"{row['peak_kb'] / 1024:8.0f} " if "peak_kb" in row else f"{'-':>8} "
        line += f"{added / 1024:9.0f} " if added is not None else f"{'-':>9} "
        if prev is not None:
            size_x = row["size"] / prev["size"]
            time_x = seconds / prev["seconds"] if seconds and prev.get("seconds") else None
            line += f"{size_x:6.1f}x {_fmt_factor(seconds, prev.get('seconds')):>7} "
            line += f"{_fmt_factor(added, prev.get('added_kb')):>7} "
            line += f"{time_x / size_x:7.2f}" if time_x is not None else f"{'-':>7}"
        else:
            line += f"{'':>7} {'':>7} {'':>7} {'':>7}"
        print(f"{line}  {row['outcome']}", flush=True)
        prev = row if seconds is not None else None


def main(argv: list[str] | None = None) -> int:
    sys.path.insert(0, str(TESTS))
    import killer

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="100K,1M,10M,50M")
    parser.add_argument("--families", default=",".join(killer.BENCH_FAMILIES))
    parser.add_argument("--extra", action="store_true", help="add the families that showed super-linear cost")
    parser.add_argument("--mem-limit", default="8G", help="address-space limit of each child")
    parser.add_argument("--timeout", type=float, default=600.0, help="seconds allowed per child")
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args(argv)
    sizes = [parse_size(s) for s in args.sizes.split(",")]
    families = [f for f in args.families.split(",") if f]
    if args.extra:
        families += [f for f in killer.EXTRA_FAMILIES if f not in families]
    results: dict[str, list[dict[str, Any]]] = {}
    for family in families:
        limit = parse_size(args.mem_limit)
        rows = [measure(family, size, mem_limit=limit, timeout=args.timeout) for size in sizes]
        results[family] = rows
        print_table(family, rows)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
