"""The metadata gate: tamis' field scores on ../shared/benchmarks may not fall below
bench/metadata_floors.json (dates, titles, authors, language per set; caption recall and
precision where captions are annotated; standfirst recall on fundus).

Skipped, with the reason, when ../shared is not beside the checkout (a user's clone). Lowering a
floor is `python -m bench.floors lower --what metadata --reason "..."`, never an edit of this test.
"""

from __future__ import annotations

import os
from typing import Any

import pytest
from bench import evaluate as E
from bench import floors as F
from bench import metadata as M

SHARED = E.shared_dir()
pytestmark = pytest.mark.skipif(
    not (SHARED / "benchmarks").is_dir(),
    reason=f"no benchmarks at {SHARED} (set TAMIS_SHARED to run the metadata gate)",
)


@pytest.fixture(scope="module")
def scores() -> dict[str, dict[str, float]]:
    return F.metadata_scores(M.evaluate_metadata(SHARED, jobs=min(2, os.cpu_count() or 1)))


def _cases() -> list[Any]:
    return [
        pytest.param(name, metric, value, id=f"{name}-{metric}") for name, metric, value in F.pinned(F.METADATA_FLOORS)
    ]


@pytest.mark.gate
@pytest.mark.parametrize(("name", "metric", "floor"), _cases())
def test_metadata_score_stays_above_its_floor(
    scores: dict[str, dict[str, float]], name: str, metric: str, floor: float
) -> None:
    assert metric in scores.get(name, {}), f"{name} {metric} has a floor but was not scored"
    assert scores[name][metric] >= floor, f"{name} {metric} = {scores[name][metric]:.4f} < floor {floor}"


@pytest.mark.gate
def test_every_metadata_score_has_a_floor(scores: dict[str, dict[str, float]]) -> None:
    floors = F.load(F.METADATA_FLOORS)["floors"]
    missing = sorted(f"{name} {m}" for name, vals in scores.items() for m in vals if m not in floors.get(name, {}))
    assert not missing, f"scores without a floor: {missing} (run python -m bench.floors raise --what metadata)"
