"""Line features for the flattened-text extractor (:mod:`tamis._flat`), shared with training.

One flattened document is a list of lines. Every line gets a dense feature vector (what the
line looks like, what its neighbours look like, where it sits) and a few hashed sparse
features (its words, and the whole line when it is short: "Newsletter", "Share this"...).
:func:`line_features` is used both by ``bench/train_flat.py`` (to fit the weights) and at
run time (to score lines), so the two can never disagree. Pure Python; hashing with CRC-32 so
that buckets do not depend on ``PYTHONHASHSEED``.
"""

from __future__ import annotations

import math
import re
import zlib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

__all__ = [
    "DENSE_NAMES",
    "HASH_BUCKETS",
    "STACK_NAMES",
    "LineFeatures",
    "line_features",
    "stack_features",
    "tokens",
]

#: Size of the hashed word space (words and short whole lines share it, with distinct
#: prefixes). 2**12 keeps the shipped model small; 2**14 gained < 0.002 F1 in CV.
HASH_BUCKETS = 4096
#: Words of a line that are hashed (the first ones carry the line's function: "Read more",
#: "Posted by", "Share on"...).
HASH_MAX_WORDS = 24
#: Lines with at most this many words are also hashed as a whole.
WHOLE_LINE_MAX_WORDS = 5

_WORD_RE = re.compile(r"\w+")
_CJK_RE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")
_TERMINAL = (".", "!", "?", "…", "。", "！", "？", "；", ";")
_CLOSERS = ('"', "”", "»", "’", "'", ")", "」", "』", "】")
_SEPARATOR_RE = re.compile(r"\s[|›»>/·•–—-]\s|\s\|\s?|\|")
_URLISH_RE = re.compile(r"https?://|www\.|@\w|\.com\b|\.html?\b", re.I)
_DATE_RE = re.compile(
    r"\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{4}[./-]\d{1,2}[./-]\d{1,2}\b|\b\d{1,2}:\d{2}\b"
    r"|\b(?:19|20)\d{2}\b"
)
_BULLET_RE = re.compile(r"^[•·▪◦‣*>»›-]\s")


def tokens(text: str) -> list[str]:
    """Lower-cased word tokens (the benchmarks' ``\\w+``)."""
    return _WORD_RE.findall(text.lower())


def _ends_terminal(text: str) -> bool:
    t = text.rstrip("".join(_CLOSERS) + " \u00a0")
    return t.endswith(_TERMINAL)


def _bucket(key: str) -> int:
    return zlib.crc32(key.encode("utf-8", "surrogatepass")) % HASH_BUCKETS


@dataclass(frozen=True, slots=True)
class LineFeatures:
    """Features of every line of one document."""

    dense: list[list[float]]
    sparse: list[list[int]]


DENSE_NAMES: tuple[str, ...] = (
    "bias",
    "log_chars",
    "log_words",
    "terminal",
    "ends_closer",
    "ends_colon",
    "ends_alnum",
    "starts_upper",
    "upper_share",
    "digit_share",
    "punct_share",
    "separators",
    "copyright",
    "urlish",
    "date",
    "bullet",
    "repeated_in_doc",
    "first_line",
    "title_overlap",
    "rel_pos",
    "log_chars_prev",
    "log_chars_next",
    "win3_mean_log_chars",
    "win3_terminal_share",
    "win10_mean_log_chars",
    "win10_terminal_share",
    "dist_to_longest",
    "mass_before",
    "mass_after",
    "commas_per_word",
    "mean_word_len",
    "cjk_share",
    "doc_log_lines",
    "doc_terminal_share",
    "long_prose",
    "short_no_terminal",
)


def _win_mean(values: Sequence[float], i: int, k: int) -> float:
    lo, hi = max(0, i - k), min(len(values), i + k + 1)
    n = hi - lo - 1
    if n <= 0:
        return 0.0
    return (sum(values[lo:hi]) - values[i]) / n


def line_features(lines: Sequence[str]) -> LineFeatures:
    """Dense and hashed features of each line (lines already stripped, none empty)."""
    n = len(lines)
    toks = [tokens(s) for s in lines]
    chars = [len(s) for s in lines]
    log_chars = [math.log1p(c) for c in chars]
    terminal = [1.0 if _ends_terminal(s) else 0.0 for s in lines]
    counts = Counter(lines)
    title_words = set(toks[0]) if n else set()
    longest = max(range(n), key=lambda j: chars[j]) if n else 0
    # Text mass: characters of prose-like lines, for "how much prose is before/after me".
    mass = [float(chars[j]) if terminal[j] and len(toks[j]) >= 8 else 0.0 for j in range(n)]
    total_mass = sum(mass) or 1.0
    before = 0.0
    doc_log_lines = math.log1p(n)
    doc_terminal = sum(terminal) / n if n else 0.0
    dense: list[list[float]] = []
    sparse: list[list[int]] = []
    for i, s in enumerate(lines):
        w = toks[i]
        nw = len(w)
        letters = [c for c in s if c.isalpha()]
        nl = len(letters) or 1
        upper = sum(1 for c in letters if c.isupper()) / nl
        digits = sum(1 for c in s if c.isdigit()) / (chars[i] or 1)
        punct = sum(1 for c in s if not c.isalnum() and not c.isspace()) / (chars[i] or 1)
        cjk = len(_CJK_RE.findall(s)) / (chars[i] or 1) if not s.isascii() else 0.0
        last = s[-1] if s else " "
        overlap = 0.0
        if i and title_words and w:
            overlap = len(title_words.intersection(w)) / max(len(set(w)), 1)
        dense.append(
            [
                1.0,
                log_chars[i],
                math.log1p(nw),
                terminal[i],
                1.0 if last in _CLOSERS else 0.0,
                1.0 if last in ":：" else 0.0,
                1.0 if last.isalnum() else 0.0,
                1.0 if s[:1].isupper() else 0.0,
                upper,
                digits,
                punct,
                min(len(_SEPARATOR_RE.findall(s)), 5) / 5.0,
                1.0 if "©" in s or "(c)" in s.lower() else 0.0,
                1.0 if _URLISH_RE.search(s) else 0.0,
                1.0 if _DATE_RE.search(s) else 0.0,
                1.0 if _BULLET_RE.match(s) else 0.0,
                1.0 if counts[s] > 1 else 0.0,
                1.0 if i == 0 else 0.0,
                overlap,
                i / n,
                log_chars[i - 1] if i else 0.0,
                log_chars[i + 1] if i + 1 < n else 0.0,
                _win_mean(log_chars, i, 3),
                _win_mean(terminal, i, 3),
                _win_mean(log_chars, i, 10),
                _win_mean(terminal, i, 10),
                math.log1p(abs(i - longest)),
                before / total_mass,
                (total_mass - before - mass[i]) / total_mass,
                (s.count(",") + s.count("，") + s.count("、")) / (nw or 1),
                (sum(len(t) for t in w) / nw) / 10.0 if nw else 0.0,
                cjk,
                doc_log_lines,
                doc_terminal,
                1.0 if terminal[i] and nw >= 12 else 0.0,
                1.0 if not terminal[i] and nw <= 4 else 0.0,
            ]
        )
        before += mass[i]
        idx = [_bucket("w:" + t) for t in w[:HASH_MAX_WORDS]]
        if nw <= WHOLE_LINE_MAX_WORDS:
            idx.append(_bucket("l:" + " ".join(w)))
        if w:
            idx.append(_bucket("f:" + w[0]))
        sparse.append(idx)
    return LineFeatures(dense=dense, sparse=sparse)


STACK_NAMES: tuple[str, ...] = (
    "bias",
    "logit",
    "mean1",
    "mean3",
    "mean10",
    "max_before5",
    "max_after5",
    "inside_core",
    "core_gap",
    "log_chars",
    "terminal",
    "doc_mean",
    "doc_mass_mean",
    "doc_high_share",
    "logit_x_doc_mass",
)


def stack_features(probs: Sequence[float], lines: Sequence[str]) -> list[list[float]]:
    """Second-stage features: a line's first-stage probability and its neighbours'.

    The "core" is the stretch between the first and the last line that the first stage is
    confident about (p >= 0.5 and at least 8 words): lines inside it are usually article text.
    Document-level means let the threshold move with the page: a page that is mostly content
    (an essay, a documentation page) keeps its short lines too (cleaneval's gold does).
    """
    n = len(probs)
    ntoks = [max(len(tokens(s)), 1) for s in lines]
    doc_mean = sum(probs) / n if n else 0.0
    doc_mass = sum(p * t for p, t in zip(probs, ntoks, strict=True)) / (sum(ntoks) or 1)
    doc_high = sum(1 for p in probs if p >= 0.5) / n if n else 0.0
    core = [j for j in range(n) if probs[j] >= 0.5 and len(tokens(lines[j])) >= 8]
    first, last = (core[0], core[-1]) if core else (n, -1)
    out: list[list[float]] = []
    for i, p in enumerate(probs):
        q = min(max(p, 1e-4), 1 - 1e-4)
        before = probs[max(0, i - 5) : i]
        after = probs[i + 1 : i + 6]
        gap = 0.0 if first <= i <= last else min(abs(i - first), abs(i - last))
        logit = math.log(q / (1 - q))
        out.append(
            [
                1.0,
                logit,
                _win_mean(probs, i, 1),
                _win_mean(probs, i, 3),
                _win_mean(probs, i, 10),
                max(before) if before else 0.0,
                max(after) if after else 0.0,
                1.0 if first <= i <= last else 0.0,
                math.log1p(gap),
                math.log1p(len(lines[i])),
                1.0 if _ends_terminal(lines[i]) else 0.0,
                doc_mean,
                doc_mass,
                doc_high,
                logit * doc_mass,
            ]
        )
    return out
