"""Stage 6 (learned part): a small logistic model that decides, block by block, what is body.

The rule-based stages (4-6) choose a container and give every block a verdict; the model reads
those verdicts together with the block's own features (length, link density, punctuation,
position relative to the chosen container, the class/id words of its elements) and returns the
probability that the block belongs to the article. It is trained at build time from the dev
benchmarks by ``bench/train_blocks.py`` (cross-validated by page; see the figures in that
script's output) and shipped as ``tamis/data/blocks.json``: weights only, no code, no download.
Inference is a dot product in pure Python.
"""

from __future__ import annotations

import json
import math
import operator
import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from tamis._budget import Deadline
from tamis._dom import COMMENT, HEADERISH, LANDMARK, NEG, POS, STRONG_POS, Layout, RawBlock
from tamis._langid import count_chars

__all__ = ["FEATURE_NAMES", "SMOOTH_NAMES", "BlockModel", "Context", "Logistic", "block_features", "load_model"]

_PUNCT_RE = re.compile(r"[.,;:!?،。、，]")
_DIGIT_RE = re.compile(r"\d")
_UPPER_RE = re.compile(r"[A-ZÀ-ÞА-ЯΑ-Ω]")
_SENTENCE_END_RE = re.compile(r"[.!?…:;»\"”。！？)]['\"”»)\]]*$")
_WORD_RE = re.compile(r"\w+")

FEATURE_NAMES = (
    "rule_keep", "in_roots", "furniture", "comment_zone", "boilerplate_rule", "link_density",
    "log_chars", "log_text_chars", "punct_per_100", "ends_sentence", "kind_p", "kind_h",
    "kind_li", "kind_pre", "kind_table", "heading_level", "quote", "duplicate", "doc_position",
    "log_block_distance", "before_roots", "after_roots", "owner_dgood_ratio", "root_depth",
    "prev_keep", "next_keep", "prev_link_density", "next_link_density", "chain_pos",
    "chain_strong_pos", "chain_neg", "chain_landmark", "chain_header", "digit_ratio",
    "upper_ratio", "log_words", "copyright", "is_title", "non_ascii", "short", "owner_name_major",
    "is_best_subtree", "near_root_edge", "chars_lt20", "chars_20_50", "chars_50_100",
    "chars_100_200", "ld_0", "ld_low", "ld_mid", "in_roots_x_ld", "in_roots_x_short",
    "furn_x_in_roots",
)  # fmt: skip
#: Features of the second pass: the first pass's probability of the block and its neighbours.
SMOOTH_NAMES = ("p_self", "p_prev", "p_next", "p_window")
#: Block kinds whose verdict the model may change (structure blocks follow the rules).
_MODEL_KINDS = frozenset({"p", "li"})
#: The second pass sees the first pass's probabilities this many blocks either side.
SMOOTH_REACH = 2
#: Blocks between two checks of the call's time budget.
_DEADLINE_EVERY = 2048
#: Class/id words are looked up this many elements up from a block's own element.
CHAIN_LEVELS = 4


@dataclass(slots=True)
class Context:
    """What the rule stages decided about the page, as the model reads it."""

    layout: Layout
    roots: list[int]
    best: int
    furn: list[bool]
    dgood: list[float]
    root_of: list[int]  # per block: the root it descends from, or -1
    rule_keep: list[bool]  # per block: the rules' verdict
    addable: list[bool]  # per block: dropped by the rules only for lying outside the container
    boiler: list[bool]  # per block: a boilerplate-line or link-density rule fired
    duplicate: list[bool]  # per block: same text seen earlier on the page
    title_key: str | None
    elem_chain: list[int]  # per element: OR of the flags from it up to (excluding) its root
    elem_depth: list[int]  # per element: levels below its root
    #: per block: kept by rule whatever the model says (a recipe's ingredient list); empty: none
    forced: list[bool] = field(default_factory=list)


def _chain_flags(layout: Layout, owner: int, levels: int) -> int:
    acc = 0
    node = owner
    for _ in range(levels):
        if node < 0:
            break
        acc |= layout.flags[node]
        node = layout.parents[node]
    return acc


class _RowMaker:
    """The per-page values the feature rows share, computed once; ``row(i)`` is block i's row."""

    __slots__ = ("best_dgood", "best_set", "ctx", "dist", "first", "in_roots", "last", "major")

    def __init__(self, ctx: Context) -> None:
        layout = ctx.layout
        blocks = layout.blocks
        n = len(blocks)
        self.ctx = ctx
        self.in_roots = in_roots = [r >= 0 for r in ctx.root_of]
        root_idx = [i for i in range(n) if in_roots[i]]
        self.first = root_idx[0] if root_idx else n
        self.last = root_idx[-1] if root_idx else -1
        # Distance (in blocks) to the nearest block inside the chosen container.
        dist = [0] * n
        prev_in = -(10**9)
        for i in range(n):
            if in_roots[i]:
                prev_in = i
            dist[i] = i - prev_in
        next_in = 10**9
        for i in range(n - 1, -1, -1):
            if in_roots[i]:
                next_in = i
            dist[i] = min(dist[i], next_in - i)
        self.dist = dist
        self.best_dgood = max(ctx.dgood[ctx.best], 1.0) if ctx.best >= 0 else 1.0
        kept_names: dict[str, int] = {}
        for i in range(n):
            if ctx.rule_keep[i]:
                name = layout.names[blocks[i].owner]
                kept_names[name] = kept_names.get(name, 0) + 1
        self.major = max(kept_names, key=kept_names.__getitem__) if kept_names else ""
        self.best_set = _subtree_marker(layout, ctx.best)

    def row(self, i: int) -> list[float]:
        ctx = self.ctx
        return _row(
            ctx, i, ctx.layout.blocks[i], self.in_roots, self.first, self.last, self.dist[i],
            self.best_dgood, self.major, self.best_set,
        )  # fmt: skip


def block_features(ctx: Context) -> list[list[float]]:
    """Dense features of every block of the page, in FEATURE_NAMES order."""
    maker = _RowMaker(ctx)
    return [maker.row(i) for i in range(len(ctx.layout.blocks))]


def _subtree_marker(layout: Layout, best: int) -> list[bool]:
    parents = layout.parents
    mark = [False] * len(parents)
    if best < 0:
        return mark
    mark[best] = True
    for i in range(best + 1, len(parents)):
        p = parents[i]
        if p >= 0 and mark[p]:
            mark[i] = True
    return mark


def _row(
    ctx: Context,
    i: int,
    b: RawBlock,
    in_roots: list[bool],
    first: int,
    last: int,
    dist: int,
    best_dgood: float,
    major: str,
    best_set: list[bool],
) -> list[float]:
    layout = ctx.layout
    blocks = layout.blocks
    n = len(blocks)
    owner = b.owner
    text = b.text
    length = max(len(text), 1)
    density = b.link_chars / b.chars if b.chars else 0.0
    chain = _chain_flags(layout, owner, CHAIN_LEVELS)
    prev_b = blocks[i - 1] if i > 0 else None
    next_b = blocks[i + 1] if i + 1 < n else None
    root = ctx.root_of[i]
    words = len(_WORD_RE.findall(text))
    return [
        float(ctx.rule_keep[i]),
        float(in_roots[i]),
        float(owner >= 0 and ctx.furn[owner]),
        float(owner >= 0 and ctx.furn[owner] and bool(chain & COMMENT)),
        float(ctx.boiler[i]),
        density,
        math.log1p(b.chars),
        math.log1p(max(b.chars - b.link_chars, 0)),
        min(100.0 * count_chars(_PUNCT_RE, text) / length, 20.0),
        float(_SENTENCE_END_RE.search(text) is not None),
        float(b.kind == "p"),
        float(b.kind == "h"),
        float(b.kind == "li"),
        float(b.kind == "pre"),
        float(b.kind == "table"),
        b.level / 6.0 if b.kind == "h" else 0.0,
        float(b.quote),
        float(ctx.duplicate[i]),
        i / max(n - 1, 1),
        math.log1p(dist),
        float(i < first),
        float(i > last),
        min(ctx.dgood[owner] / best_dgood, 2.0) if owner >= 0 else 0.0,
        min(ctx.elem_depth[owner], 10) / 10.0 if root >= 0 else 1.0,
        float(prev_b is not None and ctx.rule_keep[i - 1]),
        float(next_b is not None and ctx.rule_keep[i + 1]),
        (prev_b.link_chars / prev_b.chars if prev_b is not None and prev_b.chars else 0.0),
        (next_b.link_chars / next_b.chars if next_b is not None and next_b.chars else 0.0),
        float(bool(chain & POS)),
        float(bool(chain & STRONG_POS)),
        float(bool(chain & NEG)),
        float(bool(chain & LANDMARK)),
        float(bool(chain & HEADERISH)),
        count_chars(_DIGIT_RE, text) / length,
        count_chars(_UPPER_RE, text) / length,
        math.log1p(words),
        float("©" in text or "copyright" in text.lower()),
        float(ctx.title_key is not None and " ".join(text.lower().split()) == ctx.title_key),
        float(not text.isascii()),
        float(b.chars < 30),
        float(owner >= 0 and layout.names[owner] == major),
        float(owner >= 0 and best_set[owner]),
        float(dist > 0 and dist <= 2),
        float(b.chars < 20),
        float(20 <= b.chars < 50),
        float(50 <= b.chars < 100),
        float(100 <= b.chars < 200),
        float(density == 0.0),
        float(0.0 < density <= 0.2),
        float(0.2 < density <= 0.5),
        float(in_roots[i]) * density,
        float(in_roots[i] and b.chars < 50),
        float(in_roots[i] and owner >= 0 and ctx.furn[owner]),
    ]


def chain_words(layout: Layout, owner: int) -> set[str]:
    """Class/id words and tag names of a block's element and its ancestors (CHAIN_LEVELS up)."""
    out: set[str] = set()
    node = owner
    for level in range(CHAIN_LEVELS):
        if node < 0:
            break
        if level == 0:
            out.add("tag:" + layout.tags[node])
        words = layout.words[node]
        if words:
            out.update(words.split())
        node = layout.parents[node]
    return out


@dataclass(frozen=True, slots=True)
class Logistic:
    """Logistic-regression weights: dense features (standardised) plus class/id word weights."""

    bias: float
    weights: tuple[float, ...]
    means: tuple[float, ...]
    scales: tuple[float, ...]
    word_weights: dict[str, float]
    #: the standardisation folded into the weights: z = offset + sum(x * coef)
    coef: tuple[float, ...] = field(init=False)
    offset: float = field(init=False)

    def __post_init__(self) -> None:
        coef = tuple(w / s for w, s in zip(self.weights, self.scales, strict=True))
        offset = self.bias - sum(c * m for c, m in zip(coef, self.means, strict=True))
        object.__setattr__(self, "coef", coef)
        object.__setattr__(self, "offset", offset)

    def probability(self, row: list[float], words: set[str]) -> float:
        if len(row) != len(self.coef):
            raise ValueError(f"feature row of {len(row)} values for {len(self.coef)} weights")
        z = self.offset + sum(map(operator.mul, row, self.coef))
        ww = self.word_weights
        for word in words:
            z += ww.get(word, 0.0)
        if z < -30.0:
            return 0.0
        return 1.0 / (1.0 + math.exp(-z))


def smooth_row(row: list[float], probs: list[float], i: int) -> list[float]:
    """Block i's second-pass row: its first-pass features plus the first pass's probabilities
    around it (SMOOTH_REACH blocks either side)."""
    n = len(probs)
    lo, hi = max(0, i - SMOOTH_REACH), min(n, i + SMOOTH_REACH + 1)
    window = sum(probs[lo:hi]) / (hi - lo)
    prev = probs[i - 1] if i > 0 else 0.0
    nxt = probs[i + 1] if i + 1 < n else 0.0
    return [*row, probs[i], prev, nxt, window]


@dataclass(frozen=True, slots=True)
class BlockModel:
    """Two logistic passes: per block, then again with the neighbours' first-pass probability."""

    first: Logistic
    second: Logistic
    #: Override the rules' verdict only when the model is this sure: body at ``high`` or more,
    #: not body at ``low`` or less (out-of-fold calibration in bench/train_blocks.py).
    low: float
    high: float

    def keep(self, ctx: Context, deadline: Deadline | None = None) -> list[bool]:
        """Per block: whether it is body. The model removes what the rules kept when it is sure,
        and adds only blocks that the rules left out for their position (never a duplicate, a
        boilerplate line or furniture).

        One pass in page order: only the blocks it may judge, and their neighbours within the
        smoothing window, are featurised, and a block's row is dropped once its second pass
        ran (SMOOTH_REACH blocks later), so that memory does not grow with the page (a page of
        350,000 list items held 1.5 GB of rows)."""
        layout = ctx.layout
        blocks = layout.blocks
        n = len(blocks)
        judged = [
            b.owner >= 0 and (rule or can_add) and b.kind in _MODEL_KINDS
            for b, rule, can_add in zip(blocks, ctx.rule_keep, ctx.addable, strict=True)
        ]
        needed = [False] * n
        for i in range(n):
            if judged[i]:
                for j in range(max(0, i - SMOOTH_REACH), min(n, i + SMOOTH_REACH + 1)):
                    needed[j] = True
        maker = _RowMaker(ctx)
        probs = [0.0] * n
        pending: dict[int, tuple[list[float], set[str]]] = {}
        out = [False] * n

        def finish(j: int) -> None:
            b = blocks[j]
            if not judged[j]:
                # tables, code and headings follow the rules; blocks outside any element or
                # neither kept nor addable stay out
                out[j] = ctx.rule_keep[j] and b.owner >= 0 and b.kind not in _MODEL_KINDS
                return
            row, words = pending.pop(j)
            p = self.second.probability(smooth_row(row, probs, j), words)
            out[j] = p > self.low if ctx.rule_keep[j] else p >= self.high

        for i in range(n):
            if needed[i]:
                row = maker.row(i)
                words = chain_words(layout, blocks[i].owner) if blocks[i].owner >= 0 else set()
                probs[i] = self.first.probability(row, words)
                if judged[i]:
                    pending[i] = (row, words)
            if i >= SMOOTH_REACH:
                finish(i - SMOOTH_REACH)
            if deadline is not None and not i % _DEADLINE_EVERY:
                deadline.check("select")
        for j in range(max(0, n - SMOOTH_REACH), n):
            finish(j)
        return out


def _logistic(data: dict[str, Any], names: tuple[str, ...]) -> Logistic:
    if list(data["features"]) != list(names):
        raise ValueError("block model was trained with other features; retrain it (bench/train_blocks.py)")
    return Logistic(
        bias=float(data["bias"]),
        weights=tuple(float(x) for x in data["weights"]),
        means=tuple(float(x) for x in data["means"]),
        scales=tuple(float(x) for x in data["scales"]),
        word_weights={str(k): float(v) for k, v in data["word_weights"].items()},
    )


def model_from_dict(data: dict[str, Any]) -> BlockModel:
    """Build a BlockModel from its JSON form (checks that the features match this code)."""
    return BlockModel(
        first=_logistic(data["first"], FEATURE_NAMES),
        second=_logistic(data["second"], FEATURE_NAMES + SMOOTH_NAMES),
        low=float(data["low"]),
        high=float(data["high"]),
    )


@cache
def load_model() -> BlockModel | None:
    """The shipped model, or None when the package carries none (rules alone then)."""
    try:
        raw = resources.files("tamis").joinpath("data/blocks.json").read_text(encoding="utf-8")
    except (FileNotFoundError, OSError):
        return None
    return model_from_dict(json.loads(raw))
