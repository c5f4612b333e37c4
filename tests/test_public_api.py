"""The public API is what tamis.__all__ lists, sorted, and nothing public is left out."""

from __future__ import annotations

import tamis


def _isort_key(name: str) -> tuple[int, str]:
    # The order ruff (RUF022) keeps: CONSTANTS, then Classes, then functions, each alphabetical.
    kind = 0 if name.isupper() else 1 if name[:1].isupper() else 2
    return (kind, name)


def test_all_is_sorted_and_complete() -> None:
    assert list(tamis.__all__) == sorted(tamis.__all__, key=_isort_key)
    assert len(set(tamis.__all__)) == len(tamis.__all__)
    public = {n for n in dir(tamis) if not n.startswith("_")}
    modules = {"article", "errors", "options", "cli", "batch", "metadata", "facts"}
    assert public - modules == set(tamis.__all__) - {"__version__"}


def test_every_error_is_a_tamis_error_with_a_reason() -> None:
    for name in tamis.__all__:
        obj = getattr(tamis, name)
        if isinstance(obj, type) and issubclass(obj, Exception):
            assert issubclass(obj, tamis.TamisError)
            assert obj.reason and obj.reason.islower()
