"""Benchmark of ``tamis batch``: a WARC crawl built from the dev benchmark pages plus hostile records.

    python -m bench.batch [--shared ../shared] [--pages N] [--files 8] [--workers N] [--no-ray]

Writes everything under ``bench/out/batch/`` (git-ignored) and prints a Markdown table:

1. **single**: ``tamis.extract`` in this process over every page (bytes + Content-Type, as the batch
   does): pages/s of one core.
2. **clean**: the batch over WARCs of the pages only, all cores: throughput against
   ``cores x single`` (the issue's target: >= 0.8).
3. **hostile**: the same pages plus hostile records (a truncated gzip member, a 30 MB page, binary
   bodies, wrong content types, a page that runs far past the time budget, HTTP errors, empty
   bodies, request/metadata records): rows = records, counts per status and reason, records/s per
   core, peak memory of the process tree (RSS summed over the supervisor and its workers,
   sampled every 0.2 s).
4. **kill -9**: the hostile job killed (process group, SIGKILL) when half of its files are done,
   then the same command again: the sorted rows must equal the hostile run's.
5. **ray**: the hostile job with ``--engine ray`` on a local Ray instance: the same rows, and its time
   against the local engine's.

Budgets: 10 s and 256 MiB per record (the 30 MB page needs ~600 MB, the nested page ~25 s).
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
DEFAULT_SHARED = REPO.parent / "shared"
OUT = REPO / "bench" / "out" / "batch"
TIME_BUDGET = 10.0
MEMORY_BUDGET_MB = 256


# -- the crawl ---------------------------------------------------------------------------------


def load_pages(shared: Path, limit: int | None) -> list[dict[str, str]]:
    """Every dev page once (the same HTML can be in two sets), as url + html."""
    pages: list[dict[str, str]] = []
    seen: set[str] = set()
    for path in sorted((shared / "benchmarks").glob("*/pages.jsonl.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            for line in handle:
                item = json.loads(line)
                html = item.get("html")
                if not html:
                    continue
                digest = hashlib.sha1(html.encode("utf-8", "surrogatepass")).hexdigest()
                if digest in seen:
                    continue
                seen.add(digest)
                url = item.get("url") or f"http://{path.parent.name}.bench.invalid/{item['id']}"
                pages.append({"url": url, "html": html})
    if limit is not None:
        step = max(1, len(pages) // limit)
        pages = pages[::step][:limit]
    return pages


def hostile_records() -> list[bytes]:
    """Records that try to break the batch (each but the first is one record)."""
    from tamis.batch._warc_write import response_record, warc_record

    big = (
        "<html><head><title>Thirty megabytes</title></head><body><article>"
        + "<p>Some words of a paragraph that is long enough to count as prose in the body.</p>\n" * 380_000
        + "</article></body></html>"
    ).encode()
    nested = ("<html><body>" + "<div>" * 100_000 + "deep" + "</div>" * 100_000 + "</body></html>").encode()
    page = b"<html><head><title>Wrong type</title></head><body><article><p>" + b"Real prose here. " * 40
    page += b"</p></article></body></html>"
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40
    return [
        warc_record("metadata", b"fetchTimeMs: 12\r\n", url="http://hostile.invalid/meta"),
        warc_record("request", b"GET /x HTTP/1.1\r\n\r\n", url="http://hostile.invalid/x"),
        response_record("http://hostile.invalid/30mb", big),
        response_record("http://hostile.invalid/nested", nested),
        response_record("http://hostile.invalid/png", png, content_type="image/png"),
        response_record("http://hostile.invalid/png-as-html", png, content_type="text/html"),
        response_record("http://hostile.invalid/gzip-as-html", gzip.compress(page, mtime=0), content_type="text/html"),
        response_record("http://hostile.invalid/pdf-as-html", b"%PDF-1.7\n%\xe2\xe3\n" + bytes(4000)),
        response_record("http://hostile.invalid/html-as-json", page, content_type="application/json"),
        response_record(
            "http://hostile.invalid/html-as-text",
            page,
            content_type="text/plain",
            extra=[("WARC-Identified-Payload-Type", "text/html")],
        ),
        response_record("http://hostile.invalid/404", b"<html>not found</html>", status=404),
        response_record("http://hostile.invalid/empty", b""),
    ]


def build_crawl(pages: Sequence[dict[str, str]], folder: Path, files: int, *, hostile: bool) -> tuple[list[str], int]:
    """WARC.gz files of ``pages`` (plus the hostile records in the first); returns paths and record count."""
    from tamis.batch._warc_write import response_record, warc_record

    folder.mkdir(parents=True, exist_ok=True)
    paths: list[str] = []
    records = 0
    for n in range(files):
        members = [gzip.compress(warc_record("warcinfo", b"software: bench\r\n"), compresslevel=1, mtime=0)]
        chunk = pages[n::files]
        for i, page in enumerate(chunk):
            record = response_record(page["url"], page["html"].encode("utf-8", "surrogatepass"))
            members.append(gzip.compress(record, compresslevel=1, mtime=0))
            if hostile and n == 0 and i == len(chunk) // 2:
                members.extend(gzip.compress(extra, compresslevel=1, mtime=0) for extra in hostile_records())
        if hostile and n == 0:
            # A truncated gzip member in the middle of the file: one record lost, its neighbours kept.
            middle = len(members) // 3
            members[middle] = members[middle][: len(members[middle]) // 2]
        path = folder / f"crawl-{n:03d}.warc.gz"
        path.write_bytes(b"".join(members))
        paths.append(str(path))
        records += len(members)
    return paths, records


# -- runs --------------------------------------------------------------------------------------


def single_process_speed(pages: Sequence[dict[str, str]]) -> tuple[float, float]:
    """Pages per second of ``tamis.extract`` in this process, and CPU seconds per page."""
    import tamis

    options = tamis.Options(content_type="text/html; charset=utf-8")
    started, cpu = time.perf_counter(), time.process_time()
    for page in pages:
        with contextlib.suppress(tamis.TamisError):
            tamis.extract(page["html"].encode("utf-8", "surrogatepass"), url=page["url"], options=options)
    return len(pages) / (time.perf_counter() - started), (time.process_time() - cpu) / len(pages)


def _plain_worker(paths: Sequence[str]) -> int:
    """``tamis.extract`` over every response of ``paths``, nothing else (no supervisor, no output)."""
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    import tamis

    count = 0
    for path in paths:
        for record in ArchiveIterator(path, record_types=WarcRecordType.response):
            with contextlib.suppress(tamis.TamisError):
                tamis.extract(record.reader.read(), url=record.headers.get("WARC-Target-URI"))
            count += 1
    return count


def plain_parallel_speed(paths: Sequence[str], workers: int) -> float:
    """Pages per second of ``workers`` independent processes running ``tamis.extract`` on the
    crawl's files: what the machine gives right now, with no batch machinery at all."""
    from concurrent.futures import ProcessPoolExecutor

    started = time.perf_counter()
    with ProcessPoolExecutor(workers) as pool:
        count = sum(pool.map(_plain_worker, [paths[i::workers] for i in range(workers)]))
    return count / (time.perf_counter() - started)


def _tree_rss(root: int) -> int:
    """Summed RSS of ``root`` and its descendants."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    page = os.sysconf("SC_PAGE_SIZE")
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as handle:
                fields = handle.read().rsplit(b")", 1)[1].split()
        except OSError:
            continue
        parents[int(entry)] = int(fields[1])
        rss[int(entry)] = int(fields[21]) * page
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        total += rss.get(pid, 0)
        todo.extend(child for child, parent in parents.items() if parent == pid)
    return total


def job_command(inputs: Sequence[str], out: Path, workers: int, engine: str = "local") -> list[str]:
    return [
        sys.executable,
        "-m",
        "bench.batch",
        "_job",
        "--out",
        str(out),
        "--workers",
        str(workers),
        "--engine",
        engine,
        *inputs,
    ]


def run_job(command: list[str], *, kill_after_units: int | None = None, out: Path | None = None) -> dict[str, Any]:
    """Run a job in its own process group; sample the tree's memory; optionally kill -9 it."""
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=REPO, start_new_session=True, stderr=subprocess.PIPE, text=True)
    peak = 0
    stop = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not stop.wait(0.2):
            peak = max(peak, _tree_rss(process.pid))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    killed = False
    if kill_after_units is not None and out is not None:
        done = out / "_done"
        while process.poll() is None:
            if done.is_dir() and len(list(done.iterdir())) >= kill_after_units:
                os.killpg(process.pid, signal.SIGKILL)
                killed = True
                break
            time.sleep(0.05)
    _, stderr = process.communicate()
    stop.set()
    sampler.join()
    if not killed and process.returncode != 0:
        raise RuntimeError(f"job failed ({process.returncode}): {stderr[-2000:]}")
    result: dict[str, Any] = {"seconds": time.perf_counter() - started, "peak_rss": peak, "killed": killed}
    last = stderr.strip().rsplit("\n", 1)[-1]
    if last.startswith("{"):
        result.update(json.loads(last))
    return result


def sorted_rows(out: Path) -> list[dict[str, Any]]:
    import pyarrow.parquet as pq

    rows: list[dict[str, Any]] = pq.read_table(out).to_pylist()
    return sorted(rows, key=lambda r: (r["source"], r["record_index"]))


def _job_main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(prog="bench.batch _job")
    parser.add_argument("inputs", nargs="+")
    parser.add_argument("--out", required=True)
    parser.add_argument("--workers", type=int, required=True)
    parser.add_argument("--engine", default="local")
    args = parser.parse_args(argv)
    from tamis.batch import run_batch

    summary = run_batch(
        args.inputs,
        args.out,
        workers=args.workers,
        engine=args.engine,
        time_budget=TIME_BUDGET,
        memory_budget=MEMORY_BUDGET_MB << 20,
        progress=False,
    )
    import resource

    own, workers = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = {"supervisor_cpu": own.ru_utime + own.ru_stime, "workers_cpu": workers.ru_utime + workers.ru_stime}
    print("\n" + json.dumps(cpu), file=sys.stderr)
    return 0 if summary.complete else 1


# -- the report --------------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments[:1] == ["_job"]:
        return _job_main(arguments[1:])
    parser = argparse.ArgumentParser(prog="python -m bench.batch", description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=Path(os.environ.get("TAMIS_SHARED", DEFAULT_SHARED)))
    parser.add_argument("--pages", type=int, default=None, help="use N pages (default: all dev pages)")
    parser.add_argument("--files", type=int, default=8, help="WARC files (units of work)")
    parser.add_argument("--workers", type=int, default=None, help="default: all cores")
    parser.add_argument("--no-ray", action="store_true")
    args = parser.parse_args(arguments)
    from tamis.batch._job import default_workers

    workers = args.workers or default_workers()
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    pages = load_pages(args.shared, args.pages)
    clean_inputs, clean_records = build_crawl(pages, OUT / "clean-crawl", args.files, hostile=False)
    hostile_inputs, hostile_records_n = build_crawl(pages, OUT / "hostile-crawl", args.files, hostile=True)
    print(f"{len(pages)} pages; {clean_records} / {hostile_records_n} records", file=sys.stderr)

    single, single_cpu = single_process_speed(pages)
    print(f"single: {single:.1f} pages/s", file=sys.stderr)
    plain = plain_parallel_speed(clean_inputs, workers)
    print(f"plain parallel: {plain:.1f} pages/s", file=sys.stderr)
    clean = run_job(job_command(clean_inputs, OUT / "clean", workers))
    # The job's own wall time (pool start-up and the final summary included, interpreter start not).
    clean["seconds"] = json.loads((OUT / "clean" / "_summary.json").read_text())["seconds"]
    clean_rate = clean_records / clean["seconds"]
    print(f"clean: {clean['seconds']:.1f} s", file=sys.stderr)
    hostile = run_job(job_command(hostile_inputs, OUT / "hostile", workers))
    print(f"hostile: {hostile['seconds']:.1f} s", file=sys.stderr)
    summary = json.loads((OUT / "hostile" / "_summary.json").read_text())
    hostile["seconds"] = summary["seconds"]
    reference = sorted_rows(OUT / "hostile")

    kill_command = job_command(hostile_inputs, OUT / "killed", workers)
    killed = run_job(kill_command, kill_after_units=args.files // 2, out=OUT / "killed")
    if not killed["killed"]:
        raise RuntimeError("the job ended before the kill: use more pages or files")
    units_at_kill = len(list((OUT / "killed" / "_done").iterdir()))
    rerun = run_job(kill_command)
    resumed = sorted_rows(OUT / "killed")
    kill_equal = resumed == reference
    print(f"kill -9 after {units_at_kill} files, rerun {rerun['seconds']:.1f} s: equal={kill_equal}", file=sys.stderr)

    ray: dict[str, Any] | None = None
    if not args.no_ray:
        try:
            import ray as _ray  # noqa: F401
        except ImportError:
            ray = {"skipped": "ray is not installed"}
        else:
            result = run_job(job_command(hostile_inputs, OUT / "ray", workers, engine="ray"))
            result["seconds"] = json.loads((OUT / "ray" / "_summary.json").read_text())["seconds"]
            ray = {
                "seconds": result["seconds"],
                "equal": sorted_rows(OUT / "ray") == reference,
                "overhead": result["seconds"] / hostile["seconds"],
            }
            print(f"ray: {result['seconds']:.1f} s, equal={ray['equal']}", file=sys.stderr)

    report = {
        "pages": len(pages),
        "files": args.files,
        "workers": workers,
        "budgets": {"time_s": TIME_BUDGET, "memory_mib": MEMORY_BUDGET_MB},
        "single_pages_per_s": single,
        "single_cpu_ms_per_page": single_cpu * 1000,
        "plain_parallel_pages_per_s": plain,
        "clean": {
            "records": clean_records,
            "seconds": clean["seconds"],
            "records_per_s": clean_rate,
            "supervisor_cpu_ms_per_record": clean["supervisor_cpu"] * 1000 / clean_records,
            "workers_cpu_ms_per_record": clean["workers_cpu"] * 1000 / clean_records,
        },
        "throughput_ratio": clean_rate / (workers * single),
        "throughput_vs_plain_parallel": clean_rate / plain,
        "cpu_efficiency": single_cpu * clean_records / (clean["supervisor_cpu"] + clean["workers_cpu"]),
        "hostile": {
            "records": hostile_records_n,
            "rows": len(reference),
            "seconds": hostile["seconds"],
            "records_per_s_per_core": hostile_records_n / hostile["seconds"] / workers,
            "peak_rss_mib": hostile["peak_rss"] / (1 << 20),
            "by_status": summary["by_status"],
            "outcomes": summary["outcomes"],
            "worker_restarts": summary["worker_restarts"],
        },
        "kill": {
            "units_done_at_kill": units_at_kill,
            "rerun_seconds": rerun["seconds"],
            "rows": len(resumed),
            "equal": kill_equal,
        },
        "ray": ray,
    }
    (OUT / "report.json").write_text(json.dumps(report, indent=1))
    print(render(report))
    ok = report["hostile"]["rows"] == hostile_records_n and kill_equal and (not ray or ray.get("equal", True))
    return 0 if ok else 1


def _lines(report: dict[str, Any]) -> Iterator[str]:
    h, k, r = report["hostile"], report["kill"], report["ray"]
    yield f"pages: {report['pages']} dev pages in {report['files']} WARC.gz files; {report['workers']} workers; "
    yield f"budgets {report['budgets']['time_s']:g} s and {report['budgets']['memory_mib']} MiB per record\n"
    yield "| measure | value |"
    yield "|---|---|"
    yield f"| single-process `tamis.extract` | {report['single_pages_per_s']:.1f} pages/s |"
    c = report["clean"]
    plain = report["plain_parallel_pages_per_s"]
    yield f"| {report['workers']} plain processes running `tamis.extract`, no batch machinery | {plain:.1f} pages/s |"
    yield (
        f"| batch, clean crawl ({c['records']} records) | {c['records_per_s']:.1f} records/s = "
        f"**{report['throughput_ratio']:.2f}** x (cores x single), "
        f"**{report['throughput_vs_plain_parallel']:.2f}** x plain parallel |"
    )
    yield (
        f"| CPU per record: single `extract` / batch workers / batch supervisor | "
        f"{report['single_cpu_ms_per_page']:.1f} / {c['workers_cpu_ms_per_record']:.1f} / "
        f"{c['supervisor_cpu_ms_per_record']:.1f} ms; CPU efficiency **{report['cpu_efficiency']:.2f}** |"
    )
    yield f"| batch, hostile crawl: records in / rows out | {h['records']} / {h['rows']} |"
    yield f"| hostile: time, records/s per core | {h['seconds']:.1f} s, {h['records_per_s_per_core']:.1f} |"
    yield f"| hostile: peak memory (process tree RSS) | {h['peak_rss_mib']:.0f} MiB |"
    yield f"| hostile: worker restarts | {h['worker_restarts']} |"
    for status, count in h["by_status"].items():
        reasons = ", ".join(
            f"{key.split('/', 1)[1]} {n}" for key, n in sorted(h["outcomes"].items()) if key.startswith(status + "/")
        )
        yield f"| rows `{status}` | {count}{' (' + reasons + ')' if reasons else ''} |"
    yield (
        f"| kill -9 after {k['units_done_at_kill']} of {report['files']} files, same command again "
        f"| {k['rows']} rows, equal to the uninterrupted run: **{k['equal']}** (rerun {k['rerun_seconds']:.1f} s) |"
    )
    if r is None:
        yield "| ray | not run |"
    elif "skipped" in r:
        yield f"| ray | skipped: {r['skipped']} |"
    else:
        yield (
            f"| ray (local, {report['workers']} CPUs) | {r['seconds']:.1f} s = {r['overhead']:.2f} x local; "
            f"rows equal: **{r['equal']}** |"
        )


def render(report: dict[str, Any]) -> str:
    return "\n".join(_lines(report))


if __name__ == "__main__":
    raise SystemExit(main())
