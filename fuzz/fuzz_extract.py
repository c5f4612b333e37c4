"""Coverage-guided fuzzing of :func:`tamis.extract` with atheris (libFuzzer), issue 7.

Each input is split by the first byte: ``bytes`` input (decoding and sniffing included),
``str`` input built from the data (lone surrogates possible), or ``str`` input with tight
limits (``max_depth``/``max_nodes``). Every outcome must be an Article holding the invariants
of ``tests/killer.py:check_article`` (text = blocks, JSON round trip, Markdown, sanitised
HTML) or a :class:`tamis.TamisError`; anything else is a crash that libFuzzer saves.

    python fuzz/fuzz_extract.py -runs=1000000 fuzz/corpus      # see fuzz/README.md
"""

from __future__ import annotations

import sys
from pathlib import Path

import atheris

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

with atheris.instrument_imports():
    import tamis
    from killer import check_article

_TIGHT = tamis.Options(max_depth=3, max_nodes=40, include_comments=True)


def _str_from(data: bytes) -> str:
    # Mostly UTF-8; with surrogatepass a CESU-style sequence gives a lone surrogate. A truncated
    # sequence cannot pass: fall back to replacement (a harness bug the first campaign found).
    if data[:1] == b"\xed":
        try:
            return data.decode("utf-8", "surrogatepass")
        except UnicodeDecodeError:
            pass
    return data.decode("utf-8", "replace")


def test_one_input(data: bytes) -> None:
    if not data:
        return
    mode, rest = data[0] % 4, data[1:]
    html: str | bytes
    options = None
    if mode == 0:
        html = rest
    elif mode == 1:
        html = _str_from(rest)
    elif mode == 2:
        html, options = _str_from(rest), _TIGHT
    else:
        fdp = atheris.FuzzedDataProvider(rest)
        html = fdp.ConsumeUnicodeNoSurrogates(len(rest)) if fdp.ConsumeBool() else fdp.ConsumeUnicode(len(rest))
    try:
        article = tamis.extract(html, url="https://example.org/a", options=options)
    except tamis.TamisError as exc:
        if not exc.reason:
            raise AssertionError("TamisError without a reason") from exc
        return
    check_article(article)
    # tamis.extract_facts on every Article (and on the raw input read as text): offsets hold.
    text = html if isinstance(html, str) else _str_from(html)
    for source in (article, text):
        facts = tamis.extract_facts(source, lang=("fr", "en", None)[data[0] % 3])
        body = article.text if source is article else text
        for q in facts.quotes:
            assert body[q.start : q.end] == q.text, "quote offsets"
        for f in facts.figures:
            assert body[f.start : f.end] == f.text, "figure offsets"


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
