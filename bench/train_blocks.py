"""Train the block model shipped as src/tamis/data/blocks.json, and measure it honestly.

    python -m bench.train_blocks [--folds 5] [--write]

1. Every dev page of ../shared/benchmarks with gold text is laid out and judged by the rule
   stages (tamis._select.page_context); each block gets the features of tamis._blockmodel and a
   label: body when at least half of its word trigrams (or, for blocks of one or two words, its
   whole word sequence) occur in the gold text.
2. Cross-validation grouped by site (host of the page URL): a model is trained on the other
   folds and tamis runs with it on the held-out pages; the per-set bag-of-words F1 of rules
   alone and rules + model (out-of-fold) are printed side by side. These out-of-fold figures are
   the honest estimate; the in-sample figures of the final model are higher.
3. With --write, a model trained on every page is written to src/tamis/data/blocks.json.

Needs numpy (dev extra). Logistic regression with L2, full-batch Adam; word features are the
class/id words and tag of the block's element chain (the most frequent VOCAB_SIZE).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import time
import zlib
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import numpy as np
from selectolax.lexbor import LexborHTMLParser

from bench.evaluate import _score_module, iter_pages, shared_dir
from tamis import _blockmodel as M
from tamis import _meta
from tamis._dom import build_layout
from tamis._select import Selection, _finish, _tiny_page, page_context, select_article

OUT = Path(__file__).resolve().parent.parent / "src" / "tamis" / "data" / "blocks.json"
OOF_CACHE = Path(__file__).resolve().parent / "out" / "blocks-oof.npy"
VOCAB_SIZE = 600
MIN_WORD_PAGES = 15
L2 = 1e-4
STEPS = 600
LR = 0.05
_W = re.compile(r"\w+")


def _labels(gold: str, texts: list[str]) -> list[int]:
    gt = [w.lower() for w in _W.findall(gold)]
    grams = {tuple(gt[i : i + 3]) for i in range(len(gt) - 2)}
    joined = " " + " ".join(gt) + " "
    out = []
    for text in texts:
        toks = [w.lower() for w in _W.findall(text)]
        if not toks:
            out.append(0)
        elif len(toks) < 3:
            out.append(int((" " + " ".join(toks) + " ") in joined))
        else:
            sh = [tuple(toks[i : i + 3]) for i in range(len(toks) - 2)]
            out.append(int(sum(1 for x in sh if x in grams) * 2 >= len(sh)))
    return out


def _site(page: dict[str, Any]) -> str:
    host = urlsplit(page.get("url") or "").hostname or ""
    return host.removeprefix("www.") or f"{page['dataset']}/{page['id']}"


def _fold(site: str, folds: int) -> int:
    return zlib.crc32(site.encode()) % folds


def collect(pages: list[dict[str, Any]]) -> dict[str, Any]:
    """Features, words and labels of every block, plus each page's rule context (kept in memory
    so that a model's verdicts can be turned into text without running the pipeline again)."""
    rows: list[list[float]] = []
    words: list[set[str]] = []
    labels: list[int] = []
    page_of: list[int] = []
    contexts: list[Any] = []  # per page: Context, or the final text when the rules stop early
    spans: list[tuple[int, int]] = []  # per page: its rows
    for pi, page in enumerate(pages):
        start = len(rows)
        tree = LexborHTMLParser(page["html"])
        if tree.body is None:
            contexts.append("")
            spans.append((start, start))
            continue
        layout = build_layout(tree.body, max_depth=512, max_nodes=2_000_000)
        title = _meta.page_title(tree)
        ctx = page_context(layout, title=title)
        if isinstance(ctx, Selection):
            sel = select_article(layout, title=title, include_comments=False)
            contexts.append("\n\n".join(layout.blocks[i].text for i in sel.body))
            spans.append((start, start))
            continue
        feats = M.block_features(ctx)
        labs = _labels(page["text"], [b.text for b in layout.blocks])
        for b, row, lab in zip(layout.blocks, feats, labs, strict=True):
            rows.append(row)
            words.append(M.chain_words(layout, b.owner) if b.owner >= 0 else set())
            labels.append(lab)
            page_of.append(pi)
        contexts.append(ctx)
        spans.append((start, len(rows)))
    return {
        "X": np.asarray(rows, dtype=np.float64),
        "words": words,
        "y": np.asarray(labels, dtype=np.float64),
        "page": np.asarray(page_of),
        "contexts": contexts,
        "spans": spans,
    }


def _word_matrix(words: list[set[str]], vocab: list[str]) -> tuple[np.ndarray, np.ndarray]:
    index = {w: i for i, w in enumerate(vocab)}
    r_idx, c_idx = [], []
    for r, ws in enumerate(words):
        for w in ws:
            j = index.get(w)
            if j is not None:
                r_idx.append(r)
                c_idx.append(j)
    return np.asarray(r_idx, dtype=np.int64), np.asarray(c_idx, dtype=np.int64)


def predict(model: dict[str, Any], X: np.ndarray, words: list[set[str]]) -> np.ndarray:
    """The same probability as tamis._blockmodel.Logistic, vectorised."""
    vocab = list(model["word_weights"])
    ww = np.asarray([model["word_weights"][w] for w in vocab])
    rows, cols = _word_matrix(words, vocab)
    z = ((X - np.asarray(model["means"])) / np.asarray(model["scales"])) @ np.asarray(model["weights"])
    z = z + model["bias"] + np.bincount(rows, weights=ww[cols], minlength=len(X))
    return 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))


def smooth(X: np.ndarray, p: np.ndarray, spans: list[tuple[int, int]]) -> np.ndarray:
    """Vectorised tamis._blockmodel.smooth_rows, page by page."""
    extra = np.zeros((len(X), 4))
    for start, end in spans:
        if end <= start:
            continue
        q = p[start:end]
        n = end - start
        prev = np.concatenate([[0.0], q[:-1]])
        nxt = np.concatenate([q[1:], [0.0]])
        csum = np.concatenate([[0.0], np.cumsum(q)])
        idx = np.arange(n)
        lo, hi = np.maximum(0, idx - M.SMOOTH_REACH), np.minimum(n, idx + M.SMOOTH_REACH + 1)
        window = (csum[hi] - csum[lo]) / (hi - lo)
        extra[start:end] = np.stack([q, prev, nxt, window], axis=1)
    return np.hstack([X, extra])


def fit(
    X: np.ndarray,
    words: list[set[str]],
    y: np.ndarray,
    page: np.ndarray,
    spans: list[tuple[int, int]],
    index: np.ndarray,
) -> dict[str, Any]:
    """Both passes on the rows in ``index`` (a boolean mask)."""
    sub_words = [words[i] for i in np.nonzero(index)[0]]
    vocab = _vocab(sub_words, page[index])
    first = train(X[index], sub_words, y[index], vocab, M.FEATURE_NAMES)
    p_all = predict(first, X, words)
    X2 = smooth(X, p_all, spans)
    second = train(X2[index], sub_words, y[index], vocab, M.FEATURE_NAMES + M.SMOOTH_NAMES)
    return {"first": first, "second": second, "low": 0.0, "high": 1.0}


def predict_model(
    model: dict[str, Any], X: np.ndarray, words: list[set[str]], spans: list[tuple[int, int]]
) -> np.ndarray:
    p1 = predict(model["first"], X, words)
    return predict(model["second"], smooth(X, p1, spans), words)


def _vocab(words: list[set[str]], page: np.ndarray) -> list[str]:
    pages_with: dict[str, set[int]] = defaultdict(set)
    freq: Counter[str] = Counter()
    for ws, p in zip(words, page, strict=True):
        for w in ws:
            freq[w] += 1
            if len(pages_with[w]) < MIN_WORD_PAGES:
                pages_with[w].add(int(p))
    eligible = [w for w in freq if len(pages_with[w]) >= MIN_WORD_PAGES]
    eligible.sort(key=lambda w: -freq[w])
    return eligible[:VOCAB_SIZE]


def train(
    X: np.ndarray, words: list[set[str]], y: np.ndarray, vocab: list[str], names: tuple[str, ...]
) -> dict[str, Any]:
    rows, cols = _word_matrix(words, vocab)
    means = X.mean(axis=0)
    scales = X.std(axis=0)
    scales[scales < 1e-9] = 1.0
    Z = (X - means) / scales
    n, d = Z.shape
    w = np.zeros(d)
    ww = np.zeros(len(vocab))
    b = 0.0
    params = [w, ww]
    m = [np.zeros(d), np.zeros(len(vocab))]
    v = [np.zeros(d), np.zeros(len(vocab))]
    mb = vb = 0.0
    for t in range(1, STEPS + 1):
        z = Z @ w + b + np.bincount(rows, weights=ww[cols], minlength=n)
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
        err = (p - y) / n
        grads = [Z.T @ err + L2 * w, np.bincount(cols, weights=err[rows], minlength=len(vocab)) + L2 * ww]
        gb = float(err.sum())
        for k in range(2):
            m[k] = 0.9 * m[k] + 0.1 * grads[k]
            v[k] = 0.999 * v[k] + 0.001 * grads[k] ** 2
            params[k] -= LR * (m[k] / (1 - 0.9**t)) / (np.sqrt(v[k] / (1 - 0.999**t)) + 1e-8)
        mb = 0.9 * mb + 0.1 * gb
        vb = 0.999 * vb + 0.001 * gb**2
        b -= LR * (mb / (1 - 0.9**t)) / (np.sqrt(vb / (1 - 0.999**t)) + 1e-8)
    return {
        "features": list(names),
        "bias": float(b),
        "weights": [float(x) for x in w],
        "means": [float(x) for x in means],
        "scales": [float(x) for x in scales],
        "word_weights": {word: float(x) for word, x in zip(vocab, ww, strict=True) if abs(x) > 1e-4},
    }


def page_texts(data: dict[str, Any], keep: np.ndarray | None) -> list[str]:
    """Each page's text from per-row verdicts (None: the rules' own verdicts)."""
    out = []
    for ctx, (start, end) in zip(data["contexts"], data["spans"], strict=True):
        if isinstance(ctx, str):
            out.append(ctx)
            continue
        verdict = ctx.rule_keep if keep is None else [bool(k) for k in keep[start:end]]
        sel = _finish(ctx, verdict)
        if not sel.body and sel.reason == "no-content":
            sel = _tiny_page(ctx.layout, ctx.furn) or sel
        out.append("\n\n".join(ctx.layout.blocks[i].text for i in sel.body))
    return out


def scores_by_set(pages: list[dict[str, Any]], texts: list[str], score: Any) -> dict[str, dict[str, float]]:
    groups: dict[str, list[dict[str, float]]] = defaultdict(list)
    for page, text in zip(pages, texts, strict=True):
        s = score.score_page(page["text"], text)
        groups[page["dataset"]].append(s)
        groups["_all"].append(s)
    return {name: score.aggregate(rows) for name, rows in groups.items()}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--write", action="store_true")
    args = ap.parse_args(argv)
    t0 = time.time()
    score = _score_module(shared_dir())
    pages = [p for p in iter_pages(shared_dir()) if p["text"] is not None]
    fold_of = np.asarray([_fold(_site(p), args.folds) for p in pages])
    data = collect(pages)
    X, y, page = data["X"], data["y"], data["page"]
    print(f"{len(pages)} pages, {len(y)} blocks, {y.mean():.3f} body; {time.time() - t0:.0f} s")
    row_fold = fold_of[page]
    OOF_CACHE.parent.mkdir(parents=True, exist_ok=True)
    oof = np.zeros(len(y))
    for k in range(args.folds):
        model = fit(X, data["words"], y, page, data["spans"], row_fold != k)
        oof[row_fold == k] = predict_model(model, X, data["words"], data["spans"])[row_fold == k]
    np.save(OOF_CACHE, oof)
    ctxs = [ctx for ctx in data["contexts"] if not isinstance(ctx, str)]
    rule = np.asarray([k for ctx in ctxs for k in ctx.rule_keep], dtype=bool)
    addable = np.asarray([k for ctx in ctxs for k in ctx.addable], dtype=bool)
    # The model decides p and li blocks only; tables, code and headings keep the rules' verdict.
    modelable = np.asarray([b.kind in ("p", "li") for ctx in ctxs for b in ctx.layout.blocks], dtype=bool)

    def verdicts(p: np.ndarray, lo: float, hi: float) -> np.ndarray:
        chosen = (addable & (p >= hi)) | (rule & (p > lo))
        return np.where(modelable, chosen, rule)

    table = {"rules": scores_by_set(pages, page_texts(data, None), score)}
    policies = [(lo, hi) for lo in (0.0, 0.1, 0.2, 0.3) for hi in (0.6, 0.7, 0.8, 0.9, 1.01)]
    for lo, hi in policies:
        table[f"{lo}/{hi}"] = scores_by_set(pages, page_texts(data, verdicts(oof, lo, hi)), score)
    best_policy = max(policies, key=lambda q: table[f"{q[0]}/{q[1]}"]["_all"]["f1"])
    cols = ["rules", *[f"{lo}/{hi}" for lo, hi in policies]]
    print("out-of-fold F1; a column lo/hi = the rules' verdict, overridden when the model is sure")
    print(f"{'set':28} " + " ".join(f"{c:>8}" for c in cols))
    for name in sorted(table["rules"]):
        print(f"{name:28} " + " ".join(f"{table[c][name]['f1']:8.4f}" for c in cols))
    print(f"best policy (out-of-fold, all pages): low {best_policy[0]}, high {best_policy[1]}")
    if args.write:
        model = fit(X, data["words"], y, page, data["spans"], np.ones(len(y), dtype=bool))
        model["low"], model["high"] = best_policy
        full = predict_model(model, X, data["words"], data["spans"])
        insample = scores_by_set(pages, page_texts(data, verdicts(full, *best_policy)), score)
        print(f"in-sample F1 of the written model (optimistic): {insample['_all']['f1']:.4f}")
        digest = hashlib.sha1(json.dumps(model, sort_keys=True).encode()).hexdigest()[:12]
        model["trained"] = {
            "pages": len(pages),
            "blocks": len(y),
            "digest": digest,
            "cv_f1": round(table[f"{best_policy[0]}/{best_policy[1]}"]["_all"]["f1"], 4),
        }
        OUT.parent.mkdir(parents=True, exist_ok=True)
        OUT.write_text(json.dumps(model, sort_keys=True, separators=(",", ":")) + "\n", encoding="utf-8")
        print(f"wrote {OUT} ({OUT.stat().st_size // 1024} KB)")
    print(f"{time.time() - t0:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
