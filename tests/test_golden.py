"""The golden corpus: real-looking pages in tests/pages/<slug>/ with their expected output.

Each folder holds ``source.html`` (the page bytes), ``expected.txt`` (the exact body text) and
``expected.json`` (title, language, snippets that must / must not be in the body). One test per
field and page, so that a failure names both.

Pages that tamis does not get right yet are listed in ``tests/pages/known_failures.json``
(field -> slug -> reason): their tests are strict xfails, so fixing one makes the suite say so.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import tamis

PAGES = Path(__file__).parent / "pages"
SLUGS = sorted(p.name for p in PAGES.iterdir() if (p / "source.html").exists())
KNOWN: dict[str, dict[str, str]] = json.loads((PAGES / "known_failures.json").read_text(encoding="utf-8"))


def _expected(slug: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((PAGES / slug / "expected.json").read_text(encoding="utf-8"))
    return data


_cache: dict[str, tamis.Article] = {}


def _article(slug: str) -> tamis.Article:
    if slug not in _cache:
        exp = _expected(slug)
        _cache[slug] = tamis.extract((PAGES / slug / "source.html").read_bytes(), url=exp.get("url"))
    return _cache[slug]


def _params(field: str) -> list[Any]:
    out = []
    for slug in SLUGS:
        reason = KNOWN.get(field, {}).get(slug)
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        out.append(pytest.param(slug, marks=marks, id=slug))
    return out


def test_corpus_is_not_empty() -> None:
    assert len(SLUGS) >= 10


@pytest.mark.parametrize("slug", _params("text"))
def test_text(slug: str) -> None:
    expected = (PAGES / slug / "expected.txt").read_text(encoding="utf-8")
    assert _article(slug).text == expected


@pytest.mark.parametrize("slug", _params("title"))
def test_title(slug: str) -> None:
    assert _article(slug).title == _expected(slug)["title"]


@pytest.mark.parametrize("slug", _params("language"))
def test_language(slug: str) -> None:
    exp = _expected(slug).get("language")
    assert _article(slug).language == exp


@pytest.mark.parametrize("slug", _params("must_contain"))
def test_must_contain(slug: str) -> None:
    text = _article(slug).text
    missing = [s for s in _expected(slug).get("must_contain", []) if s not in text]
    assert not missing


@pytest.mark.parametrize("slug", _params("must_not_contain"))
def test_must_not_contain(slug: str) -> None:
    text = _article(slug).text
    leaked = [s for s in _expected(slug).get("must_not_contain", []) if s in text]
    assert not leaked


@pytest.mark.parametrize("slug", _params("empty_reason"))
def test_empty_body_says_why(slug: str) -> None:
    art = _article(slug)
    if (PAGES / slug / "expected.txt").read_text(encoding="utf-8") == "":
        assert art.blocks == ()
        assert art.empty_reason
    else:
        assert art.empty_reason is None
