"""The evaluation gate: tamis' scores on ../shared/benchmarks may not fall below bench/floors.json.

Skipped, with the reason, when ../shared is not beside the checkout (a user's clone). Lowering a
floor is `python -m bench.floors lower --reason "..."`, never an edit of this test.
"""

from __future__ import annotations

import os
from typing import Any

import pytest
from bench import evaluate as E
from bench import floors as F

SHARED = E.shared_dir()
pytestmark = pytest.mark.skipif(
    not (SHARED / "benchmarks").is_dir() or not (SHARED / "peerbench" / "score.py").is_file(),
    reason=f"no benchmarks at {SHARED} (set TAMIS_SHARED to run the evaluation gate)",
)


@pytest.fixture(scope="module")
def scores() -> dict[str, dict[str, float]]:
    result, rows = E.evaluate(SHARED, jobs=min(2, os.cpu_count() or 1))
    errors = [r for r in rows if r["err"]]
    assert not errors, f"{len(errors)} pages raised: {errors[:3]}"
    return result


def _cases() -> list[Any]:
    return [pytest.param(name, metric, value, id=f"{name}-{metric}") for name, metric, value in F.pinned()]


@pytest.mark.gate
@pytest.mark.parametrize(("name", "metric", "floor"), _cases())
def test_score_stays_above_its_floor(scores: dict[str, dict[str, float]], name: str, metric: str, floor: float) -> None:
    assert name in scores, f"set {name} has a floor but was not scored"
    assert scores[name][metric] >= floor, f"{name} {metric} = {scores[name][metric]:.4f} < floor {floor}"


@pytest.mark.gate
def test_every_scored_set_has_a_floor(scores: dict[str, dict[str, float]]) -> None:
    floors = F.load()["floors"]
    missing = sorted(set(scores) - set(floors))
    assert not missing, f"sets without a floor: {missing} (run python -m bench.floors raise)"
