"""bench.speed's arithmetic on a made-up peerbench report (the run itself needs the peers' venv)."""

from __future__ import annotations

from typing import Any

from bench import speed


def _summary(times: list[float], *, errors: int = 0) -> dict[str, Any]:
    pages = [{"cpu_ms": t, "err": None} for t in times] + [{"cpu_ms": None, "err": "boom"}] * errors
    return {"pages": pages, "errors": errors, "timeouts": 0, "crashes": 0, "peak_rss_mb": 50.0}


REPORT = {
    "extractors": {
        speed.TAMIS: _summary([2.0, 4.0, 6.0, 1200.0]),
        speed.TAMIS_TEXT: _summary([1.0, 2.0, 3.0, 4.0]),
        "trafilatura-nocomments": _summary([10.0, 20.0, 30.0, 40.0], errors=1),
        "resiliparse": _summary([1.0, 1.0, 2.0, 2.0]),
        "parse-selectolax": _summary([0.5, 0.5, 0.5, 0.5]),
    }
}


def test_timing_table_counts_slow_pages_and_skips_failed_ones() -> None:
    table = speed.timing_table(REPORT)
    assert table[speed.TAMIS]["median_ms"] == 5.0
    assert table[speed.TAMIS]["over_1s"] == 1
    assert table[speed.TAMIS]["max_ms"] == 1200.0
    assert table["trafilatura-nocomments"]["pages"] == 4
    assert table["trafilatura-nocomments"]["errors"] == 1


def test_ratios_against_peers_and_parse_time() -> None:
    table = speed.timing_table(REPORT)
    r = speed.ratios(table, speed.TAMIS)
    assert r["median_vs_trafilatura"] == 5.0 / 25.0
    assert r["median_vs_resiliparse"] == 5.0 / 1.5
    assert r["median_vs_parse_lexbor"] == 10.0
    assert r["median_vs_parse_lxml"] is None  # not run


def test_markdown_and_growth() -> None:
    table = speed.timing_table(REPORT)
    result = {
        "meta": {"started": "now", "pages": 4},
        "timing": table,
        "ratios": {spec: speed.ratios(table, spec) for spec in (speed.TAMIS, speed.TAMIS_TEXT)},
        "rss": {"pages": 4, "curve": [(0, 20.0), (4, 40.0)], "first_mb": 40.0, "last_mb": 40.0, "peak_mb": 41.0},
        "sizes": {"long-article": [{"size": 100, "seconds": 1.0, "peak_kb": 2048}, {"size": 1000, "seconds": 20.0}]},
    }
    md = speed.render_markdown(result)
    assert "| tamis | 5.00 |" in md
    assert "median vs trafilatura | 0.20 | ≤ 0.2" in md
    assert "| long-article | 1.00 s, 2 MB | 20.00 s, 0 MB | 2.00 |" in md
    assert speed.growth(result["sizes"]["long-article"]) == 2.0
