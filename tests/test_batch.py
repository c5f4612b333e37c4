"""Batch extraction: readers, rows, the supervised pool, resumption, the CLI, the Ray engine.

Every fixture is generated here at run time (small WARC, WET, JSONL and HTML files); no network.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("pyarrow")
pytest.importorskip("fastwarc")

import pyarrow.parquet as pq

import tamis
from tamis.batch import (
    COLUMNS,
    FLAT_TEXT_AVAILABLE,
    BatchInputError,
    JobSpec,
    Record,
    RecordPool,
    Unit,
    arrow_schema,
    expand_inputs,
    extract_row,
    process_unit,
    read_unit,
    run_batch,
)
from tamis.batch._cli import add_batch_subcommand, run_batch_command
from tamis.batch._schema import Row
from tamis.batch._warc_write import conversion_record, response_record, warc_record, write_archive
from tamis.options import Options

ARTICLE = (
    "<html><head><title>Le café du port</title></head><body><nav><a href='/'>Accueil</a></nav>"
    "<article><h1>Le café du port</h1>"
    "<p>Le café du port a rouvert ses portes après deux années de travaux, et les habitués sont revenus.</p>"
    "<p>La terrasse donne sur les bateaux; le patron sert toujours le même café serré, à un euro.</p>"
    "</article></body></html>"
)


def _page(i: int) -> str:
    return ARTICLE.replace("Le café du port", f"Le café du port numéro {i}")


def _warc(path: Path, n: int = 6, *, compress: bool = True) -> Path:
    records = []
    for i in range(n):
        url = f"http://site{i % 2}.example/a/{i}"
        records.append(warc_record("request", b"GET / HTTP/1.1\r\n\r\n", url=url))
        records.append(response_record(url, _page(i).encode("cp1252"), content_type="text/html; charset=windows-1252"))
    return write_archive(path, records, compress=compress)


def _rows(out: Path) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = pq.read_table(out).to_pylist()
    return sorted(rows, key=lambda r: (r["source"], r["record_index"]))


# -- readers -----------------------------------------------------------------------------------


def test_warc_charset_reaches_extract_and_every_record_is_a_row(tmp_path: Path) -> None:
    warc = _warc(tmp_path / "crawl.warc.gz")
    summary = run_batch([str(warc)], str(tmp_path / "out"), workers=2, progress=False)
    rows = _rows(tmp_path / "out")
    assert summary.records == len(rows) == 12
    assert summary.by_status == {"ok": 6, "skipped": 6, "error": 0}
    ok = [r for r in rows if r["status"] == "ok"]
    assert ok[0]["title"] == "Le café du port numéro 0"
    assert {r["encoding_source"] for r in ok} == {"transport"}
    assert {r["reason"] for r in rows if r["status"] == "skipped"} == {"not-response"}
    assert ok[0]["crawl_date"].isoformat() == "2024-01-02T03:04:05+00:00"
    article = json.loads(ok[0]["article_json"])
    assert article["schema_version"] == ok[0]["schema_version"]
    assert article["text"] == ok[0]["text"]


def test_truncated_gzip_member_loses_only_itself(tmp_path: Path) -> None:
    members = [gzip.compress(response_record(f"http://x.example/{i}", _page(i).encode()), mtime=0) for i in range(5)]
    members[2] = members[2][: len(members[2]) // 2]
    path = tmp_path / "broken.warc.gz"
    path.write_bytes(b"".join(members))
    records = list(read_unit(Unit("warc", str(path)), max_bytes=1 << 20))
    assert [r.error for r in records] == [None, None, "corrupt-input", None, None]
    assert [r.index for r in records] == [0, 1, 2, 3, 4]
    assert [r.url for r in records if r.url] == [f"http://x.example/{i}" for i in (0, 1, 3, 4)]


def test_truncated_last_record_and_hostile_types(tmp_path: Path) -> None:
    data = b"".join(
        [
            response_record("http://x.example/pdf", b"%PDF-1.7 \x00\x01", content_type="application/pdf"),
            response_record("http://x.example/bin", bytes(range(256)) * 8, content_type="text/html"),
            response_record("http://x.example/gone", b"", status=404),
            response_record("http://x.example/empty", b""),
            response_record("http://x.example/last", _page(1).encode()),
        ]
    )
    path = tmp_path / "hostile.warc"
    path.write_bytes(data[:-80])
    rows = [extract_row(r, Options()) for r in read_unit(Unit("warc", str(path)), max_bytes=1 << 20)]
    assert [(r["status"], r["reason"]) for r in rows] == [
        ("skipped", "non-html"),
        ("skipped", "non-html"),
        ("skipped", "http-status"),
        ("skipped", "empty"),
        ("error", "truncated"),
    ]


def test_input_too_large_is_an_error_row(tmp_path: Path) -> None:
    path = write_archive(tmp_path / "big.warc.gz", [response_record("http://x.example/", _page(0).encode() * 50)])
    (record,) = read_unit(Unit("warc", str(path)), max_bytes=1000)
    row = extract_row(record, Options(max_input_bytes=1000))
    assert (row["status"], row["reason"]) == ("error", "input-too-large")


def test_wet_records_and_repeated_lines(tmp_path: Path) -> None:
    texts = [f"Menu Home News\nStory number {i} about the harbour.\nCookie notice: we use cookies." for i in range(3)]
    records = [warc_record("warcinfo", b"software: test\r\n", content_type="application/warc-fields")]
    records += [conversion_record(f"http://www.port.example/{i}", t) for i, t in enumerate(texts)]
    wet = write_archive(tmp_path / "crawl.warc.wet.gz", records)
    read = list(read_unit(Unit("wet", str(wet)), max_bytes=1 << 20, site_lines=True))
    assert read[0].site_lines == ()
    assert ("Menu Home News", 3) in read[1].site_lines
    assert all("Story number" not in line for line, _ in read[1].site_lines)
    summary = run_batch([str(wet)], str(tmp_path / "out"), workers=1, progress=False)
    rows = _rows(tmp_path / "out")
    assert summary.records == len(rows) == 4
    assert (rows[0]["status"], rows[0]["reason"]) == ("skipped", "not-conversion")
    expected = ("ok", None) if FLAT_TEXT_AVAILABLE else ("error", "flat-text-unavailable")
    assert {(r["status"], r["reason"]) for r in rows[1:]} == {expected}
    sites = json.loads((tmp_path / "out" / "_sites.json").read_text())["sites"]
    port = sites["port.example"]
    assert port["wet_documents"] == 3
    assert {"line": "Menu Home News", "documents": 3} in port["repeated_lines"]
    assert all("Story number" not in item["line"] for item in port["repeated_lines"])


def test_jsonl_and_html_inputs(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "a", "url": "http://j.example/a", "html": _page(1), "crawl_date": "2023-05-01T00:00:00"}),
        "{not json",
        json.dumps({"id": "c", "url": "http://j.example/c"}),
        "",
    ]
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "pages.jsonl").write_text("\n".join(lines))
    for i in range(3):
        (tmp_path / "in" / f"p{i}.html").write_bytes(_page(i).encode())
    units = expand_inputs([str(tmp_path / "in")], html_chunk=2)
    assert [u.kind for u in units] == ["html", "html", "jsonl"]
    assert [len(u.members) for u in units[:2]] == [2, 1]
    assert [u.unit_id for u in units] == [u.unit_id for u in expand_inputs([str(tmp_path / "in")], html_chunk=2)]
    summary = run_batch([str(tmp_path / "in")], str(tmp_path / "out"), html_chunk=2, workers=2, progress=False)
    rows = _rows(tmp_path / "out")
    assert summary.records == len(rows) == 6
    jsonl = [(r["record_id"], r["status"], r["reason"]) for r in rows if r["source"].endswith(".jsonl")]
    assert jsonl == [
        ("a", "ok", None),
        (f"{tmp_path / 'in' / 'pages.jsonl'}:2", "error", "bad-json"),
        ("c", "error", "bad-json"),
    ]
    assert sum(r["status"] == "ok" for r in rows) == 4


def test_bad_inputs_are_refused(tmp_path: Path) -> None:
    with pytest.raises(BatchInputError, match="no such file"):
        expand_inputs([str(tmp_path / "missing.warc.gz")])
    (tmp_path / "notes.txt").write_text("x")
    with pytest.raises(BatchInputError, match="input-kind"):
        expand_inputs([str(tmp_path / "notes.txt")])
    with pytest.raises(BatchInputError, match="no file matches"):
        expand_inputs([str(tmp_path / "*.warc")])


# -- output ------------------------------------------------------------------------------------


def test_schema_columns_and_jsonl_output(tmp_path: Path) -> None:
    assert tuple(arrow_schema().names) == COLUMNS
    warc = _warc(tmp_path / "c.warc.gz", 2)
    run_batch([str(warc)], str(tmp_path / "out"), output_format="jsonl", workers=1, progress=False)
    (part,) = (tmp_path / "out").glob("part-*.jsonl")
    rows = [json.loads(line) for line in part.read_text().splitlines()]
    assert len(rows) == 4
    assert all(tuple(row) == COLUMNS for row in rows)
    assert {r["crawl_date"] for r in rows} == {"2024-01-02T03:04:05+00:00"}


def test_rerun_skips_done_units_and_refuses_other_settings(tmp_path: Path) -> None:
    warc = _warc(tmp_path / "c.warc.gz", 2)
    out = str(tmp_path / "out")
    first = run_batch([str(warc)], out, workers=1, progress=False)
    again = run_batch([str(warc)], out, workers=1, progress=False)
    assert (first.units_run, again.units_run, again.units_resumed) == (1, 0, 1)
    assert again.records == first.records == len(_rows(tmp_path / "out"))
    with pytest.raises(ValueError, match="other settings"):
        run_batch([str(warc)], out, output_format="jsonl", workers=1, progress=False)


def test_process_unit_is_engine_agnostic(tmp_path: Path) -> None:
    """The per-file function with a plain in-process runner gives the pool's rows."""
    warc = _warc(tmp_path / "c.warc.gz", 3)
    (unit,) = expand_inputs([str(warc)])
    options = Options()
    spec = JobSpec(out=str(tmp_path / "plain"), options=options)

    def plain(records: Any) -> Iterator[Row]:
        return (extract_row(r, options) for r in records)

    from tamis.batch._output import OutputDir

    OutputDir(spec.out).prepare(clear_tmp=True)
    report = process_unit(unit, spec, plain)
    assert report.records == 6
    assert process_unit(unit, spec, plain).resumed
    run_batch([str(warc)], str(tmp_path / "pool"), workers=2, progress=False)
    assert _rows(tmp_path / "plain") == _rows(tmp_path / "pool")


# -- the supervised pool -----------------------------------------------------------------------


def hostile_extract(record: Record, options: Options) -> Row:
    """A per-record function that misbehaves on command (runs in the pool's workers)."""
    body = record.body if isinstance(record.body, str) else record.body.decode()
    if body == "sleep":
        time.sleep(60)
    elif body == "crash":
        os.kill(os.getpid(), signal.SIGKILL)
    elif body == "hog":
        hog = [bytearray(1 << 20) for _ in range(400)]
        time.sleep(5)
        del hog
    elif body == "raise":
        raise RuntimeError("boom")
    return extract_row(record, options)


def test_pool_budgets_replace_workers_and_keep_neighbours() -> None:
    bodies = ["raise", _page(1), "sleep", _page(2), "crash", _page(3), "hog", _page(4)]
    records = [Record("mem", i, f"r{i}", body=b.encode()) for i, b in enumerate(bodies)]
    with RecordPool(
        workers=2, options=Options(), time_budget=3.0, memory_budget=100 << 20, extract=hostile_extract
    ) as pool:
        rows = sorted(pool.map(records), key=lambda r: r["record_index"])
        assert pool.restarts >= 4  # timeout, two deaths, memory
        again = list(pool.map(records[1:2]))  # the pool still works afterwards
    assert [(r["status"], r["reason"]) for r in rows] == [
        ("error", "unhandled:RuntimeError"),
        ("ok", None),
        ("error", "timeout"),
        ("ok", None),
        ("error", "worker-died"),
        ("ok", None),
        ("error", "memory"),
        ("ok", None),
    ]
    assert again[0]["status"] == "ok"


# -- the command line --------------------------------------------------------------------------


def _parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="tamis")
    add_batch_subcommand(parser.add_subparsers(dest="command"))
    return parser.parse_args(argv)


def test_cli_runs_and_reports(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    warc = _warc(tmp_path / "c.warc.gz", 2)
    listing = tmp_path / "inputs.txt"
    listing.write_text(f"# one per line\n{warc}\n")
    args = _parse(["batch", "--inputs-from", str(listing), "--out", str(tmp_path / "out"), "--no-progress"])
    assert run_batch_command(args) == 0
    err = capsys.readouterr().err
    assert "4 records in 1 files" in err
    assert "not-response" in err
    assert run_batch_command(_parse(["batch", str(tmp_path / "nope.warc"), "--out", str(tmp_path / "o")])) == 2
    assert "no such file" in capsys.readouterr().err


# -- kill -9, then the same command again -------------------------------------------------------

_JOB = """
import sys
from tamis.batch import run_batch
run_batch(sys.argv[2:], sys.argv[1], workers=2, progress=False)
"""


def test_kill_9_then_rerun_gives_the_uninterrupted_rows(tmp_path: Path) -> None:
    inputs = [str(_warc(tmp_path / f"c{i}.warc.gz", 40)) for i in range(6)]
    command = [sys.executable, "-c", textwrap.dedent(_JOB), str(tmp_path / "out"), *inputs]
    process = subprocess.Popen(command, start_new_session=True)
    done = tmp_path / "out" / "_done"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and not (done.is_dir() and any(done.iterdir())):
        time.sleep(0.02)
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    finished = len(list(done.iterdir()))
    assert 0 < finished < 6, "the kill should land in the middle of the job"
    subprocess.run(command, check=True, timeout=60)
    run_batch(inputs, str(tmp_path / "ref"), workers=2, progress=False)
    assert _rows(tmp_path / "out") == _rows(tmp_path / "ref")
    assert len(list((tmp_path / "out").glob("part-*"))) == 6
    assert not list((tmp_path / "out" / "_tmp").iterdir())


# -- Ray -----------------------------------------------------------------------------------------


def test_ray_engine_gives_the_local_rows(tmp_path: Path) -> None:
    pytest.importorskip("ray", reason="the Ray engine needs the ray extra")
    inputs = [str(_warc(tmp_path / f"c{i}.warc.gz", 5)) for i in range(3)]
    local = run_batch(inputs, str(tmp_path / "local"), workers=2, progress=False)
    ray = run_batch(inputs, str(tmp_path / "ray"), engine="ray", workers=2, progress=False)
    assert ray.records == local.records == 30
    assert _rows(tmp_path / "ray") == _rows(tmp_path / "local")


# -- the public names --------------------------------------------------------------------------


def test_batch_all_is_sorted_and_complete_and_errors_have_reasons() -> None:
    import tamis
    from tamis import batch

    def key(name: str) -> tuple[int, str]:
        return (0 if name.isupper() else 1 if name[:1].isupper() else 2, name)

    assert list(batch.__all__) == sorted(batch.__all__, key=key)
    public = {n for n in dir(batch) if not n.startswith("_")}
    assert public - {"annotations"} == set(batch.__all__)
    for name in batch.__all__:
        obj = getattr(batch, name)
        if isinstance(obj, type) and issubclass(obj, Exception):
            assert issubclass(obj, tamis.TamisError)
            assert obj.reason and obj.reason.islower()


def test_several_supervisors_give_the_same_rows(tmp_path: Path) -> None:
    """Past WORKERS_PER_SUPERVISOR workers, units go to several supervisor processes."""
    from tamis.batch._local import Progress, run_local
    from tamis.batch._output import OutputDir

    inputs = [str(_warc(tmp_path / f"c{i}.warc.gz", 4)) for i in range(3)]
    run_batch(inputs, str(tmp_path / "one"), workers=2, progress=False)
    spec = JobSpec(out=str(tmp_path / "two"))
    OutputDir(spec.out).prepare(clear_tmp=True)
    failures: list[Unit] = []
    reports, _ = run_local(
        expand_inputs(inputs),
        spec,
        workers=2,
        progress=Progress(enabled=False, units=3),
        on_failure=lambda unit, exc: failures.append(unit),
        workers_per_supervisor=1,
    )
    assert not failures
    assert sorted(r.records for r in reports) == [8, 8, 8]
    assert _rows(tmp_path / "two") == _rows(tmp_path / "one")


def test_facts_reach_the_rows(tmp_path: Path) -> None:
    warc = _warc(tmp_path / "c.warc.gz", 2)
    options = tamis.Options(with_facts=True)
    run_batch([str(warc)], str(tmp_path / "out"), output_format="jsonl", options=options, workers=1, progress=False)
    (part,) = (tmp_path / "out").glob("part-*.jsonl")
    ok = [json.loads(line) for line in part.read_text().splitlines() if '"status": "ok"' in line]
    assert ok
    for row in ok:
        facts = json.loads(row["article_json"])["facts"]
        assert facts is not None and {"quotes", "figures", "entities"} <= set(facts)
