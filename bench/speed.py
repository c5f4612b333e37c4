"""Speed and memory benchmark: tamis beside trafilatura, resiliparse and the parsers, one run.

    python -m bench.speed [--shared ../shared] [--peers-python PY] [--limit N]
                          [--skip-killer] [--sizes 100K,1M,10M,50M] [--out bench/results/speed.json]

Run it with the dev venv (tamis installed) and the peers' venv beside it (``--peers-python``,
default ``/work/peers-venv/bin/python`` or ``$TAMIS_PEERS_PYTHON``; made from
``../shared/peerbench/requirements-peers.txt``). What it does, in one run:

1. **pages**: every dev page of ``../shared/benchmarks/*/pages.jsonl.gz``, each HTML page once
   (``extra.html_sha1``; pages without gold text are timed too);
2. **peerbench** (``../shared/peerbench``), started with the peers' Python: each extractor in its
   own worker process pinned to one CPU, one after the other, on the same pages; CPU ms per page
   (``process_time``), one untimed warm-up page, garbage collected between pages, untimed.
   Extractors: tamis (``py:bench.peer:extract_text``: text + every metadata field, the default),
   tamis text only (``py:bench.peer:extract_text_only``: ``Options(with_metadata=False)``),
   trafilatura without comments, resiliparse (``main_content=True``), and parse-only lexbor
   (selectolax) and lxml;
3. **memory**: one process extracts every page in turn and samples its RSS every 200 pages
   (first, last, peak);
4. **size**: the synthetic families of ``bench/killer.py`` at each size, each in a fresh process
   (time and peak RSS per size);
5. writes ``bench/results/speed.json`` and ``bench/results/speed.md`` (the tables) and
   ``bench/speed.png`` (per-page CPU time distributions).

Accuracy is not measured here (``python -m bench.evaluate`` and the gate do that).
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import itertools
import json
import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
DEFAULT_SHARED = REPO.parent / "shared"
RESULTS = REPO / "bench" / "results"

TAMIS = "py:bench.peer:extract_text"
TAMIS_TEXT = "py:bench.peer:extract_text_only"
PEERS = ("trafilatura-nocomments", "resiliparse", "parse-selectolax", "parse-lxml")
LABELS = {
    TAMIS: "tamis",
    TAMIS_TEXT: "tamis (text only)",
    "trafilatura-nocomments": "trafilatura (no comments)",
    "resiliparse": "resiliparse (main_content)",
    "parse-selectolax": "parse only: lexbor",
    "parse-lxml": "parse only: lxml",
}
#: Targets of the speed issue, as multiples of the peers' figures.
TARGETS = {"median_vs_trafilatura": 0.2, "mean_vs_trafilatura": 0.25, "median_vs_resiliparse": 3.0}
MAX_PAGE_MS = 1000.0
MAX_RSS_MB = 250.0


def iter_pages(shared: Path) -> Iterator[dict[str, Any]]:
    """Every dev page once (by the sha1 of its HTML), as peerbench records."""
    seen: set[str] = set()
    for path in sorted((shared / "benchmarks").glob("*/pages.jsonl.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                extra = rec.get("extra") or {}
                sha = extra.get("html_sha1") or hashlib.sha1(rec["html"].encode("utf-8", "surrogatepass")).hexdigest()
                if sha in seen:
                    continue
                seen.add(sha)
                yield {
                    "id": str(rec["id"]),
                    "dataset": rec.get("dataset") or path.parent.name,
                    "url": rec.get("url"),
                    "lang": rec.get("lang"),
                    "html": rec["html"],
                    # peerbench times pages that have gold text; "" keeps the others in
                    "text": rec.get("text") or "",
                }


def write_pages(shared: Path, dest: Path, limit: int | None) -> int:
    count = 0
    with gzip.open(dest, "wt", encoding="utf-8") as fh:
        for page in iter_pages(shared):
            fh.write(json.dumps(page, ensure_ascii=False) + "\n")
            count += 1
            if limit and count >= limit:
                break
    return count


def run_peerbench(pages: Path, out: Path, *, shared: Path, python: str) -> dict[str, Any]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(REPO / "src"), str(REPO), str(shared)])
    cmd = [python, "-m", "peerbench.run", "--data", str(pages), "--out", str(out), "--ref", "trafilatura-nocomments"]
    cmd += ["--extractors", ",".join(PEERS), "--extractor", TAMIS, "--extractor", TAMIS_TEXT]
    subprocess.run(cmd, check=True, env=env, cwd=str(shared))
    report: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    return report


def _cpu_ms(summary: dict[str, Any]) -> list[float]:
    return [row["cpu_ms"] for row in summary["pages"] if not row.get("err") and row.get("cpu_ms") is not None]


def timing_table(report: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Per extractor: CPU ms median/mean/p90/p99/max, pages over 1 s, peak RSS, errors."""
    table: dict[str, dict[str, Any]] = {}
    for spec, summary in report["extractors"].items():
        cpu = sorted(_cpu_ms(summary))
        if not cpu:
            continue
        table[spec] = {
            "pages": len(cpu),
            "median_ms": statistics.median(cpu),
            "mean_ms": statistics.fmean(cpu),
            "p90_ms": cpu[int(0.9 * (len(cpu) - 1))],
            "p99_ms": cpu[int(0.99 * (len(cpu) - 1))],
            "max_ms": cpu[-1],
            "over_1s": sum(1 for c in cpu if c > MAX_PAGE_MS),
            "errors": summary.get("errors", 0) + summary.get("timeouts", 0) + summary.get("crashes", 0),
            "peak_rss_mb": summary.get("peak_rss_mb"),
        }
    return table


def ratios(table: dict[str, dict[str, Any]], spec: str) -> dict[str, float | None]:
    """``spec``'s CPU time as multiples of the peers' and of parse-only time."""
    mine = table.get(spec)

    def ratio(key: str, other: str) -> float | None:
        if mine is None or other not in table or not table[other][key]:
            return None
        return float(mine[key] / table[other][key])

    return {
        "median_vs_trafilatura": ratio("median_ms", "trafilatura-nocomments"),
        "mean_vs_trafilatura": ratio("mean_ms", "trafilatura-nocomments"),
        "median_vs_resiliparse": ratio("median_ms", "resiliparse"),
        "median_vs_parse_lexbor": ratio("median_ms", "parse-selectolax"),
        "median_vs_parse_lxml": ratio("median_ms", "parse-lxml"),
    }


_RSS_CHILD = textwrap.dedent(
    """
    import gzip, json, sys, time
    import tamis

    def status(key):
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith(key):
                    return int(line.split()[1]) / 1024
        return 0.0

    curve = [(0, status("VmRSS:"))]
    n = 0
    with gzip.open(sys.argv[1], "rt", encoding="utf-8") as fh:
        for line in fh:
            page = json.loads(line)
            tamis.extract(page["html"], url=page["url"])
            n += 1
            if n % int(sys.argv[2]) == 0:
                curve.append((n, status("VmRSS:")))
    curve.append((n, status("VmRSS:")))
    print(json.dumps({"pages": n, "curve": curve, "peak_mb": status("VmHWM:")}))
    """
)


def rss_curve(pages: Path, every: int = 200) -> dict[str, Any]:
    """One process extracts every page in turn: its RSS along the run and its peak."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(REPO / "src"), env.get("PYTHONPATH", "")])
    proc = subprocess.run(
        [sys.executable, "-c", _RSS_CHILD, str(pages), str(every)],
        capture_output=True, text=True, check=True, env=env,
    )  # fmt: skip
    result: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    curve = result["curve"]
    # the first sample after the first batch of pages: imports and first allocations are in it
    result["first_mb"] = curve[1][1] if len(curve) > 1 else curve[0][1]
    result["last_mb"] = curve[-1][1]
    return result


def size_runs(sizes: list[int]) -> dict[str, list[dict[str, Any]]]:
    from bench import killer as bench_killer

    sys.path.insert(0, str(bench_killer.TESTS))
    import killer as families  # tests/killer.py: the page generators

    out: dict[str, list[dict[str, Any]]] = {}
    for family in families.BENCH_FAMILIES:
        out[family] = [bench_killer.measure(family, size, mem_limit=8 * 2**30, timeout=600.0) for size in sizes]
    return out


def growth(rows: list[dict[str, Any]]) -> float | None:
    """The largest per-step time growth divided by the size growth (1.0 = linear)."""
    worst = None
    for prev, row in itertools.pairwise(rows):
        if prev.get("seconds") and row.get("seconds"):
            factor = (row["seconds"] / prev["seconds"]) / (row["size"] / prev["size"])
            worst = factor if worst is None else max(worst, factor)
    return worst


def plot(report: dict[str, Any], table: dict[str, dict[str, Any]], dest: Path) -> None:
    """Per-page CPU time distributions (empirical CDFs, log scale) with the medians."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(9, 5.5), dpi=110)
    order = sorted(table, key=lambda s: table[s]["median_ms"])
    for spec in order:
        cpu = sorted(_cpu_ms(report["extractors"][spec]))
        ys = [(i + 1) / len(cpu) for i in range(len(cpu))]
        style = "-" if spec in (TAMIS, TAMIS_TEXT) else "--"
        width = 2.2 if spec in (TAMIS, TAMIS_TEXT) else 1.3
        label = f"{LABELS.get(spec, spec)}: median {table[spec]['median_ms']:.2f} ms"
        ax.plot([max(c, 0.01) for c in cpu], ys, style, linewidth=width, label=label)
    ax.set_xscale("log")
    ax.set_xlabel("CPU ms per page (one core, log scale)")
    ax.set_ylabel("share of pages")
    n = max(t["pages"] for t in table.values())
    ax.set_title(f"Per-page CPU time on {n} dev pages of ../shared/benchmarks")
    ax.axhline(0.5, color="grey", linewidth=0.6)
    ax.grid(True, which="both", linewidth=0.3)
    ax.legend(loc="lower right", fontsize=8)
    fig.tight_layout()
    fig.savefig(dest)
    plt.close(fig)


def render_markdown(result: dict[str, Any]) -> str:
    table = result["timing"]
    lines = [
        "# bench.speed",
        "",
        f"Command: `python -m bench.speed` ({result['meta']['started']}); {result['meta']['pages']} dev pages "
        "(each HTML once), each extractor in its own process pinned to one core, CPU ms per page.",
        "",
        "| extractor | median ms | mean ms | p90 ms | p99 ms | max ms | pages > 1 s | errors | peak RSS MB |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for spec in sorted(table, key=lambda s: table[s]["median_ms"]):
        t = table[spec]
        lines.append(
            f"| {LABELS.get(spec, spec)} | {t['median_ms']:.2f} | {t['mean_ms']:.2f} | {t['p90_ms']:.1f} | "
            f"{t['p99_ms']:.1f} | {t['max_ms']:.0f} | {t['over_1s']} | {t['errors']} | "
            f"{t['peak_rss_mb'] or 0:.0f} |"
        )
    lines += ["", "| tamis as a multiple of | tamis | target | tamis (text only) |", "|---|---|---|---|"]
    full, text_only = result["ratios"][TAMIS], result["ratios"][TAMIS_TEXT]
    for key, value in full.items():
        target = TARGETS.get(key)
        other = text_only.get(key)
        lines.append(
            f"| {key.replace('_', ' ')} | {value:.2f} | {'≤ ' + str(target) if target else ''} | {other:.2f} |"
            if value is not None and other is not None
            else f"| {key} | - | | - |"
        )
    rss = result.get("rss")
    if rss:
        lines += [
            "",
            f"Memory, one process extracting all {rss['pages']} pages in turn: RSS {rss['first_mb']:.0f} MB after "
            f"the first 200 pages, {rss['last_mb']:.0f} MB at the end, peak {rss['peak_mb']:.0f} MB "
            f"(target ≤ {MAX_RSS_MB:.0f} MB, flat). Curve (pages: MB): "
            + ", ".join(f"{n}: {mb:.0f}" for n, mb in rss["curve"]),
        ]
    sizes = result.get("sizes")
    if sizes:
        lines += ["", "| synthetic page | " + " | ".join(_size_label(r["size"]) for r in next(iter(sizes.values())))]
        lines[-1] += " | worst step t/size |"
        lines.append("|---|" + "---|" * (len(next(iter(sizes.values()))) + 1))
        for family, rows in sizes.items():
            cells = []
            for row in rows:
                if row.get("seconds") is None:
                    cells.append(row["outcome"])
                else:
                    cell = f"{row['seconds']:.2f} s, {row.get('peak_kb', 0) / 1024:.0f} MB"
                    outcome = row.get("outcome")
                    if outcome and not outcome.endswith("blocks"):  # refused, or empty
                        cell += f" ({outcome})"
                    cells.append(cell)
            worst = growth(rows)
            lines.append(f"| {family} | " + " | ".join(cells) + (f" | {worst:.2f} |" if worst else " | - |"))
        lines.append("")
        lines.append("(time and peak RSS of a fresh process per page; t/size = time growth / size growth, 1 = linear)")
    return "\n".join(lines) + "\n"


def _size_label(size: int) -> str:
    return f"{size / 2**20:.0f} MB" if size >= 2**20 else f"{size / 2**10:.0f} KB"


def main(argv: list[str] | None = None) -> int:
    from bench.killer import parse_size

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=Path(os.environ.get("TAMIS_SHARED", str(DEFAULT_SHARED))))
    parser.add_argument("--peers-python", default=os.environ.get("TAMIS_PEERS_PYTHON", "/work/peers-venv/bin/python"))
    parser.add_argument("--limit", type=int, default=None, help="first N pages only (a quick look)")
    parser.add_argument("--sizes", default="100K,1M,10M,50M")
    parser.add_argument("--skip-killer", action="store_true")
    parser.add_argument("--skip-rss", action="store_true")
    parser.add_argument("--out", type=Path, default=RESULTS / "speed.json")
    parser.add_argument("--plot", type=Path, default=REPO / "bench" / "speed.png")
    args = parser.parse_args(argv)
    started = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    with tempfile.TemporaryDirectory(prefix="tamis-speed-") as tmp:
        pages = Path(tmp) / "pages.jsonl.gz"
        count = write_pages(args.shared, pages, args.limit)
        print(f"{count} pages", file=sys.stderr)
        report = run_peerbench(pages, Path(tmp) / "peerbench.json", shared=args.shared, python=args.peers_python)
        rss = None if args.skip_rss else rss_curve(pages)
    table = timing_table(report)
    result: dict[str, Any] = {
        "meta": {"started": started, "pages": count, "machine": report["meta"].get("machine")},
        "timing": table,
        "ratios": {spec: ratios(table, spec) for spec in (TAMIS, TAMIS_TEXT)},
        "rss": rss,
        "sizes": None if args.skip_killer else size_runs([parse_size(s) for s in args.sizes.split(",")]),
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    args.out.with_suffix(".md").write_text(render_markdown(result), encoding="utf-8")
    plot(report, table, args.plot)
    print(render_markdown(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
