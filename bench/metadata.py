"""Metadata benchmark: tamis side by side with trafilatura, htmldate, newspaper4k and goose3.

    python -m bench.metadata [--shared ../shared] [--sets a,b] [--limit N] [--jobs 2]
                             [--no-peers] [--refresh-peers] [--out bench/out/metadata.json]
                             [--show FIELD:SET]

Run it with the dev venv (the one tamis is installed in). The peers run in the same run, in
subprocesses of the peers' venv (``--peers-python``, default ``/work/peers-venv/bin/python``,
or ``$TAMIS_PEERS_PYTHON``): this very file is started there with ``--peer-worker`` and reads
pages from stdin, one JSON line each, and writes one JSON line of peer outputs per page. Peer
outputs are cached in ``bench/out/metadata-peers.jsonl`` keyed by (dataset, id, html sha1,
peer versions); ``--refresh-peers`` reruns them.

Peers and how each is called (publication date mode where there is a choice):
  trafilatura  ``bare_extraction(html, url=url, with_metadata=True)``: title, author, date
  htmldate     ``find_date(html, url=url, extensive_search=True, original_date=True)``: date
  newspaper4k  ``Article(url, config(fetch_images=False)); download(input_html=html); parse()``: title, authors,
               publish_date, meta_lang
  goose3       ``Goose().extract(raw_html=html)``: title, authors, publish_date, meta_lang

Scores, per set (pages with that gold field only):
  date      same calendar day as the gold (the day as the page states it: a datetime is
            compared in its own offset, not converted to UTC);
  title     exact after normalising case, whitespace, quotes, dashes (NFKC);
  authors   per-page F1 over names (casefolded, accents and punctuation dropped); gold items
            that join several names with ',', ';', '&', 'and', 'und', 'et', 'y' are split first;
            where the gold says "no author" (annotated empty) an empty answer scores 1; tamis'
            ``authors`` (people only) against the gold;
  byline    the same with tamis' ``authors`` + ``organizations`` (the gold mixes people and
            agencies/newsrooms on some sets); peers' single author field in both rows;
  lang      primary subtag ('nb'/'nn' count as 'no').
Image captions, on the sets that annotate them (fundus ``extra.images``): recall of the gold
captions among tamis' ``images`` (word F1 >= 0.8), precision of tamis' captions on those pages,
credit recall, and the share of gold captions left in tamis' body text (and not in the gold's).
Standfirst, on fundus (``extra.summary``): the summary found as tamis' subtitle or lead (word F1
>= 0.8), and on pages without one, how often tamis gives a subtitle or lead anyway.
The ``all`` row pools the sets, each HTML page counted once (``extra.html_sha1``).
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import os
import re
import subprocess
import sys
import time
import unicodedata
from collections import defaultdict
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
DEFAULT_SHARED = REPO.parent / "shared"
DEFAULT_SETS = ["article-extraction-dataset", "fundus", "htmldate", "readability", "trafilatura", "daniel"]
PEERS = ["trafilatura", "htmldate", "newspaper4k", "goose3"]
FIELDS = ["date", "title", "authors", "byline", "lang"]
PEER_TIMEOUT_S = 20
#: The fields each peer gives (trafilatura has no language without its optional detector).
PEER_FIELDS = {
    "trafilatura": {"title", "date", "authors"},
    "htmldate": {"date"},
    "newspaper4k": {"title", "date", "authors", "lang"},
    "goose3": {"title", "date", "authors", "lang"},
}

# --------------------------------------------------------------------------------------------
# Gold


def iter_gold(shared: Path, sets: list[str], limit: int | None) -> Iterator[dict[str, Any]]:
    """Pages with at least one gold metadata field, in a uniform shape."""
    for name in sets:
        path = shared / "benchmarks" / name / "pages.jsonl.gz"
        if not path.exists():
            continue
        n = 0
        with gzip.open(path, "rt", encoding="utf-8") as f:
            for line in f:
                rec = json.loads(line)
                if not rec.get("html"):
                    continue
                extra = rec.get("extra") or {}
                gold: dict[str, Any] = {}
                if rec.get("date"):
                    gold["date"] = rec["date"][:10]
                if rec.get("title"):
                    gold["title"] = rec["title"]
                if rec.get("lang"):
                    gold["lang"] = rec["lang"]
                authors = rec.get("authors")
                if name == "trafilatura":
                    if "author" in (extra.get("metadata_annotated") or []) or authors:
                        gold["authors"] = authors or []
                elif name == "fundus":
                    if authors is not None:
                        gold["authors"] = authors
                elif authors:  # article-extraction-dataset: [] may mean "not annotated"
                    gold["authors"] = authors
                if not gold:
                    continue
                page = {
                    "dataset": name,
                    "id": rec["id"],
                    "url": rec.get("url") or extra.get("test_url"),
                    "html": rec["html"],
                    "sha1": extra.get("html_sha1") or hashlib.sha1(rec["html"].encode()).hexdigest(),
                    "gold": gold,
                }
                if name == "fundus":  # the standfirst shown above the body (null: the page has none)
                    page["summary"] = extra.get("summary") or ""
                if extra.get("images"):  # fundus: the article's images with caption and credit
                    page["images"] = [
                        {"caption": im.get("caption"), "credit": im.get("credit")} for im in extra["images"]
                    ]
                    page["text"] = rec.get("text") or ""
                yield page
                n += 1
                if limit and n >= limit:
                    break


# --------------------------------------------------------------------------------------------
# Normalisation and scoring

_QUOTES = str.maketrans(dict.fromkeys('‘’‚‛′´`“”„‟«»"', "'"))
_DASHES = str.maketrans(dict.fromkeys("‐‑‒–—―−", "-"))
_WS = re.compile(r"\s+")
_NAME_SPLIT = re.compile(r"\s*(?:[,;/&|]|\band\b|\bund\b|\bet\b|\by\b|\bog\b|\boch\b)\s*", re.I)
_NAME_DROP = re.compile(r"[^\w\s]")


def norm_title(s: str | None) -> str:
    s = unicodedata.normalize("NFKC", s or "").translate(_QUOTES).translate(_DASHES)
    s = s.replace("'", "").replace("\u2026", "...")
    return _WS.sub(" ", s).strip().casefold()


def _norm_name(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = _NAME_DROP.sub(" ", s)
    return _WS.sub(" ", s).strip().casefold()


def name_set(items: list[str] | None) -> set[str]:
    out: set[str] = set()
    flat: list[str] = []
    for item in items or []:
        flat.extend(item if isinstance(item, list) else [item])
    for item in flat:
        for part in _NAME_SPLIT.split(str(item or "")):
            n = _norm_name(part)
            if n:
                out.add(n)
    return out


def author_f1(gold: list[str], pred: list[str] | None) -> float:
    g, p = name_set(gold), name_set(pred)
    if not g and not p:
        return 1.0
    if not g or not p:
        return 0.0
    tp = len(g & p)
    if not tp:
        return 0.0
    prec, rec = tp / len(p), tp / len(g)
    return 2 * prec * rec / (prec + rec)


def norm_lang(s: str | None) -> str | None:
    if not s:
        return None
    p = re.split(r"[-_]", s.strip())[0].lower()
    return {"nb": "no", "nn": "no"}.get(p, p)


def score_field(field: str, gold: Any, pred: Any) -> float:
    if field == "date":
        return float(bool(pred) and str(pred)[:10] == gold)
    if field == "title":
        return float(bool(pred) and norm_title(pred) == norm_title(gold))
    if field in ("authors", "byline"):
        return author_f1(gold, pred)
    if field == "lang":
        return float(norm_lang(pred) == norm_lang(gold))
    raise ValueError(field)


# --------------------------------------------------------------------------------------------
# Peers (this part runs inside the peers' venv)


_CAPTION_WORD = re.compile(r"\w+")
#: A caption (or credit) is found when its words' F1 with one of tamis' reaches this.
CAPTION_MATCH_F1 = 0.8


def _words(s: str | None) -> list[str]:
    return _CAPTION_WORD.findall(unicodedata.normalize("NFKC", s or "").casefold())


def _word_f1(gold: list[str], pred: list[str]) -> float:
    from collections import Counter

    common = sum((Counter(gold) & Counter(pred)).values())
    if not common:
        return 0.0
    p, r = common / len(pred), common / len(gold)
    return 2 * p * r / (p + r)


def caption_counts(
    gold_images: list[dict[str, Any]], gold_text: str, images: list[dict[str, Any]], text: str
) -> dict[str, int]:
    """Counts for the caption scores of one page: gold captions (3 words or more) found among
    tamis' image captions, tamis' captions that match a gold one, gold credits found, and gold
    captions printed in tamis' body text although the gold body does not hold them."""
    gold_caps = [w for w in (_words(im.get("caption")) for im in gold_images) if len(w) >= 3]
    gold_credits = [w for w in (_words(im.get("credit")) for im in gold_images) if w]
    caps = [w for w in (_words(im.get("caption")) for im in images) if len(w) >= 3]
    credits = [w for w in (_words(im.get("credit")) for im in images) if w]
    body, gold_body = " ".join(_words(text)), " ".join(_words(gold_text))

    def found(g: list[str], pool: list[list[str]]) -> bool:
        return max((_word_f1(g, c) for c in pool), default=0.0) >= CAPTION_MATCH_F1

    return {
        "gold": len(gold_caps),
        "found": sum(found(g, caps) for g in gold_caps),
        "pred": len(caps) if gold_caps else 0,
        "right": sum(found(c, gold_caps) for c in caps) if gold_caps else 0,
        "gold_credits": len(gold_credits),
        "credits_found": sum(found(g, credits) for g in gold_credits),
        "in_body": sum(" ".join(g) in body and " ".join(g) not in gold_body for g in gold_caps),
    }


def _peer_versions() -> dict[str, str]:
    from importlib.metadata import version

    return {p: version(p) for p in PEERS}


def _as_list(authors: Any) -> list[str]:
    if not authors:
        return []
    if isinstance(authors, str):
        return [a.strip() for a in authors.split(";") if a.strip()]
    return [str(a) for a in authors]


def _run_peer(name: str, html: str, url: str | None) -> dict[str, Any]:
    if name == "trafilatura":
        from trafilatura import bare_extraction

        doc = bare_extraction(html, url=url, with_metadata=True)
        if doc is None:
            return {}
        get = doc.get if isinstance(doc, dict) else lambda k: getattr(doc, k, None)
        # no "lang": trafilatura has no language without its optional detector
        return {"title": get("title"), "date": get("date"), "authors": _as_list(get("author"))}
    if name == "htmldate":
        from htmldate import find_date

        return {"date": find_date(html, url=url, extensive_search=True, original_date=True)}
    if name == "newspaper4k":
        from newspaper import Article, Config

        config = Config()
        config.fetch_images = False  # else it downloads images to size them: seconds per page
        art = Article(url or "http://example.org/", config=config)
        art.download(input_html=html)
        art.parse()
        d = art.publish_date
        return {
            "title": art.title,
            "date": d.isoformat() if d else None,
            "authors": list(art.authors or []),
            "lang": art.meta_lang or None,
        }
    if name == "goose3":
        from goose3 import Goose

        with Goose({"enable_image_fetching": False}) as g:
            art = g.extract(raw_html=html)
        raw = art.publish_date
        d = raw if isinstance(raw, str) and re.match(r"\d{4}-\d\d-\d\d", raw) else art.publish_datetime_utc
        return {
            "title": art.title,
            "date": d.isoformat() if hasattr(d, "isoformat") else (str(d) if d else None),
            "authors": list(art.authors or []),
            "lang": art.meta_lang or None,
        }
    raise ValueError(name)


def peer_worker() -> None:
    """Read pages on stdin, write one line of peer outputs per page on stdout."""
    import logging
    import signal

    logging.disable(logging.CRITICAL)

    def _alarm(signum: int, frame: Any) -> None:
        raise TimeoutError

    signal.signal(signal.SIGALRM, _alarm)
    out = sys.stdout
    sys.stdout = sys.stderr  # peers that print must not corrupt the protocol
    for line in sys.stdin:
        page = json.loads(line)
        res: dict[str, Any] = {}
        for name in PEERS:
            t0 = time.perf_counter()
            signal.alarm(PEER_TIMEOUT_S)
            try:
                r = _run_peer(name, page["html"], page["url"])
            except BaseException as exc:  # a peer's crash is recorded, not fatal
                r = {"err": f"{type(exc).__name__}: {str(exc)[:200]}"}
            finally:
                signal.alarm(0)
            r["ms"] = (time.perf_counter() - t0) * 1000
            res[name] = r
        out.write(json.dumps({"key": page["key"], "peers": res}, default=str) + "\n")
        out.flush()


def run_peers(pages: list[dict[str, Any]], python: str, jobs: int, cache: Path, refresh: bool) -> dict[str, Any]:
    """Peer outputs per page key, from the cache or from worker subprocesses."""
    vers = subprocess.run(
        [python, "-c", f"import importlib.metadata as m;print(','.join(m.version(p) for p in {PEERS!r}))"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    cached: dict[str, Any] = {}
    if cache.exists() and not refresh:
        for line in cache.open(encoding="utf-8"):
            row = json.loads(line)
            cached[row["key"]] = row["peers"]
    todo = [p for p in pages if f"{p['key']}|{vers}" not in cached]
    if todo:
        print(f"peers: running on {len(todo)} pages ({jobs} workers)", file=sys.stderr)
        cache.parent.mkdir(parents=True, exist_ok=True)
        procs = []
        for j in range(jobs):
            chunk = todo[j::jobs]
            if not chunk:
                continue
            p = subprocess.Popen(
                [python, str(Path(__file__).resolve()), "--peer-worker"],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                text=True,
            )
            procs.append((p, chunk))
        import threading

        def feed(p: subprocess.Popen[str], chunk: list[dict[str, Any]]) -> None:
            assert p.stdin is not None
            for page in chunk:
                p.stdin.write(json.dumps({"key": page["key"], "html": page["html"], "url": page["url"]}) + "\n")
            p.stdin.close()

        threads = [threading.Thread(target=feed, args=pc, daemon=True) for pc in procs]
        for t in threads:
            t.start()
        with cache.open("a", encoding="utf-8") as fout:
            for p, _ in procs:
                assert p.stdout is not None
                for line in p.stdout:
                    row = json.loads(line)
                    row["key"] = f"{row['key']}|{vers}"
                    cached[row["key"]] = row["peers"]
                    fout.write(json.dumps(row) + "\n")
                p.wait()
    return {p["key"]: cached.get(f"{p['key']}|{vers}", {}) for p in pages}


# --------------------------------------------------------------------------------------------
# tamis


def run_tamis(page: dict[str, Any], now: datetime, timing: bool = True) -> dict[str, Any]:
    from selectolax.lexbor import LexborHTMLParser

    import tamis
    from tamis._metadata import extract_metadata

    # the fields as a user gets them (article.metadata: the pipeline also hands the metadata
    # stage what it read in the body, e.g. a bold first paragraph as the lead) ...
    try:
        article = tamis.extract(page["html"], url=page["url"], options=tamis.Options(now=now))
    except Exception as exc:  # recorded, not fatal: the run goes on
        return {"err": f"{type(exc).__name__}: {exc}", "ms": 0.0}
    text, md = article.text, article.metadata
    # ... and the metadata stage's own time, on a fresh tree
    ms = 0.0
    if timing:
        tree = LexborHTMLParser(page["html"])
        t0 = time.perf_counter()
        try:
            extract_metadata(tree, url=page["url"], text=text, now=now)
        except Exception as exc:
            return {"err": f"{type(exc).__name__}: {exc}", "ms": (time.perf_counter() - t0) * 1000}
        ms = (time.perf_counter() - t0) * 1000
    return {
        "title": md.title.value if md.title else None,
        "title_src": md.title.source if md.title else None,
        "date": md.published.value.isoformat() if md.published else None,
        "date_src": md.published.source if md.published else None,
        # tamis keeps people (authors) and organisations apart; the gold's "authors" mixes
        # both on some sets ("dpa", "Associated Press"): "authors" scores the people,
        # "byline" people + organisations
        "authors": list(md.authors.value) if md.authors else [],
        "byline": [*(md.authors.value if md.authors else ()), *(md.organizations.value if md.organizations else ())],
        "lang": md.language.value if md.language else None,
        "lang_src": md.language.source if md.language else None,
        "ms": ms,
        "standfirst": [x.value for x in (md.subtitle, md.lead) if x],
        **(
            {"captions": caption_counts(page["images"], page["text"], [im.to_dict() for im in md.images], text)}
            if page.get("images")
            else {}
        ),
    }


def _tamis_worker(args: tuple[list[dict[str, Any]], str, bool]) -> list[dict[str, Any]]:
    pages, now, timing = args
    when = datetime.fromisoformat(now)
    return [run_tamis(p, when, timing) for p in pages]


# --------------------------------------------------------------------------------------------
# Report


def load_pages(shared: Path, sets: list[str], limit: int | None = None) -> list[dict[str, Any]]:
    """The gold pages of ``sets``, each with its cache key."""
    pages = list(iter_gold(shared, sets, limit))
    for p in pages:
        p["key"] = f"{p['dataset']}:{p['id']}:{p['sha1']}"
    return pages


def run_tamis_all(
    pages: list[dict[str, Any]], jobs: int, timing: bool = True
) -> tuple[dict[str, dict[str, Any]], float]:
    """tamis' fields for every page (``jobs`` processes), keyed by page key; and the seconds.
    ``timing``: also time the metadata stage alone on a fresh tree (``ms``)."""
    from concurrent.futures import ProcessPoolExecutor

    now = datetime.now(UTC).isoformat()
    t0 = time.perf_counter()
    chunks = [pages[i :: jobs * 8] for i in range(jobs * 8)]
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        results = list(pool.map(_tamis_worker, [(c, now, timing) for c in chunks]))
    tamis_out: dict[str, dict[str, Any]] = {}
    for c, r in zip(chunks, results, strict=True):
        for p, o in zip(c, r, strict=True):
            tamis_out[p["key"]] = o
    return tamis_out, time.perf_counter() - t0


def summarise(
    pages: list[dict[str, Any]],
    sets: list[str],
    tamis_out: dict[str, dict[str, Any]],
    peer_out: dict[str, Any],
    systems: list[str],
    show: str | None = None,
) -> tuple[dict[str, Any], tuple[list[str], list[str], list[str]], list[str]]:
    """(summary, (fields table, standfirst table, captions table), misses of ``show``): the
    scores of every system per field and set (``summary[field][set][system]``), the caption
    rows (``summary["captions"][set]``) and the standfirst rows (``summary["standfirst"][set]``)."""
    # scores[field][set][system] = list of page scores
    scores: dict[str, dict[str, dict[str, list[float]]]] = defaultdict(lambda: defaultdict(lambda: defaultdict(list)))
    pooled_seen: dict[str, set[str]] = defaultdict(set)
    misses: list[str] = []
    show_field, _, show_set = (show or "").partition(":")
    for p in pages:
        golds = dict(p["gold"])
        if "authors" in golds:
            golds["byline"] = golds["authors"]
        for field, gold in golds.items():
            first = p["sha1"] not in pooled_seen[field]
            pooled_seen[field].add(p["sha1"])
            for sysname in systems:
                pred = tamis_out[p["key"]] if sysname == "tamis" else peer_out.get(p["key"], {}).get(sysname, {})
                if field == "byline" and sysname != "tamis":
                    pred = {"byline": pred["authors"]} if "authors" in pred else {}
                if sysname != "tamis" and (field not in pred or field not in PEER_FIELDS[sysname] | {"byline"}):
                    continue  # the peer has no such field
                s = score_field(field, gold, pred.get(field))
                scores[field][p["dataset"]][sysname].append(s)
                if first:
                    scores[field]["all"][sysname].append(s)
                if sysname == "tamis" and s < 1 and field == show_field and show_set in ("", p["dataset"]):
                    extra = {k: v for k, v in pred.items() if k.endswith("_src")}
                    misses.append(
                        f"{p['dataset']}:{p['id']} {p['url']}\n   gold={gold!r}\n   got ={pred.get(field)!r} {extra}"
                    )

    lines = ["| field | set | n | " + " | ".join(systems) + " |", "|---|---|---|" + "---|" * len(systems)]
    summary: dict[str, Any] = {}
    for field in FIELDS:
        for ds in [*sets, "all"]:
            per = scores[field].get(ds)
            if not per or not per.get("tamis"):
                continue
            n = len(per["tamis"])
            cells = []
            for sysname in systems:
                v = per.get(sysname)
                mean = sum(v) / len(v) if v else None
                cells.append("–" if mean is None else f"{mean:.3f}")
                summary.setdefault(field, {}).setdefault(ds, {})[sysname] = mean
            lines.append(f"| {field} | {ds} | {n} | " + " | ".join(cells) + " |")
    cap_totals: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for p in pages:
        for k, v in tamis_out[p["key"]].get("captions", {}).items():
            cap_totals[p["dataset"]][k] += v
    cap_lines = [
        "| set | gold captions | recall | precision | credit recall | left in body |",
        "|---|---|---|---|---|---|",
    ]
    for ds, c in cap_totals.items():
        row = {
            "gold": c["gold"],
            "recall": c["found"] / max(c["gold"], 1),
            "precision": c["right"] / max(c["pred"], 1),
            "credit_recall": c["credits_found"] / max(c["gold_credits"], 1),
            "left_in_body": c["in_body"] / max(c["gold"], 1),
        }
        summary.setdefault("captions", {})[ds] = row
        cap_lines.append(
            f"| {ds} | {row['gold']} | {row['recall']:.3f} | {row['precision']:.3f} | {row['credit_recall']:.3f} "
            f"| {row['left_in_body']:.3f} |"
        )
    # standfirst: the gold summary found as tamis' subtitle or lead (word F1 >= 0.8); on pages
    # whose parser gives no summary, how often tamis gives one anyway
    sf: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for p in pages:
        if "summary" not in p:
            continue
        got = tamis_out[p["key"]].get("standfirst", [])
        row = sf[p["dataset"]]
        if p["summary"]:
            row[0] += 1
            g = _words(p["summary"])
            row[1] += max((_word_f1(g, _words(x)) for x in got), default=0.0) >= CAPTION_MATCH_F1
        else:
            row[2] += 1
            row[3] += bool(got)
    sf_lines = ["| set | pages with a summary | found | pages without | tamis gives one |", "|---|---|---|---|---|"]
    for ds, (n_sum, found, n_none, given) in sf.items():
        summary.setdefault("standfirst", {})[ds] = {
            "recall": found / max(n_sum, 1),
            "given_without": given / max(n_none, 1),
        }
        sf_lines.append(f"| {ds} | {n_sum} | {found / max(n_sum, 1):.3f} | {n_none} | {given / max(n_none, 1):.3f} |")
    return summary, (lines, sf_lines, cap_lines), misses


def evaluate_metadata(shared: Path, jobs: int = 2, sets: list[str] | None = None) -> dict[str, Any]:
    """tamis' metadata scores (no peers): the summary of :func:`summarise` (the gate reads it)."""
    sets = sets or DEFAULT_SETS
    pages = load_pages(shared, sets)
    tamis_out, _ = run_tamis_all(pages, jobs, timing=False)
    errors = [o["err"] for o in tamis_out.values() if "err" in o]
    if errors:
        raise RuntimeError(f"{len(errors)} pages raised: {errors[:3]}")
    summary, _, _ = summarise(pages, sets, tamis_out, {}, ["tamis"])
    return summary


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=Path(os.environ.get("TAMIS_SHARED", str(DEFAULT_SHARED))))
    ap.add_argument("--sets", default=",".join(DEFAULT_SETS))
    ap.add_argument("--limit", type=int, default=None, help="pages per set")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--no-peers", action="store_true")
    ap.add_argument("--refresh-peers", action="store_true")
    ap.add_argument("--peers-python", default=os.environ.get("TAMIS_PEERS_PYTHON", "/work/peers-venv/bin/python"))
    ap.add_argument("--out", type=Path, default=REPO / "bench" / "out" / "metadata.json")
    ap.add_argument("--show", default=None, help="FIELD[:SET]: print tamis' misses for a field")
    ap.add_argument("--peer-worker", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.peer_worker:
        peer_worker()
        return 0

    sets = [s for s in args.sets.split(",") if s]
    pages = load_pages(args.shared, sets, args.limit)
    tamis_out, tamis_s = run_tamis_all(pages, args.jobs)
    peer_out: dict[str, Any] = {}
    if not args.no_peers:
        peer_out = run_peers(pages, args.peers_python, args.jobs, REPO / "bench" / "out" / "metadata-peers.jsonl",
                             args.refresh_peers)  # fmt: skip
    systems = ["tamis", *([] if args.no_peers else PEERS)]
    summary, tables, misses = summarise(pages, sets, tamis_out, peer_out, systems, args.show)
    lines, sf_lines, cap_lines = tables
    ms = sorted(o["ms"] for o in tamis_out.values())
    timing = {"tamis_metadata_ms_median": ms[len(ms) // 2], "tamis_metadata_ms_p95": ms[int(len(ms) * 0.95)]}
    for sysname in PEERS if not args.no_peers else []:
        pm = sorted(peer_out.get(p["key"], {}).get(sysname, {}).get("ms", 0.0) for p in pages)
        timing[f"{sysname}_ms_median"] = pm[len(pm) // 2]
    print("\n".join(lines))
    if len(sf_lines) > 2:
        print("\nStandfirst (deck or chapeau) against fundus' summary, as tamis' subtitle or lead:")
        print("\n".join(sf_lines))
    if len(cap_lines) > 2:
        print("\nImage captions (sets annotating them; a caption is found at word F1 >= 0.8):")
        print("\n".join(cap_lines))
    print(
        f"\ntamis extract_metadata: median {timing['tamis_metadata_ms_median']:.2f} ms, "
        f"p95 {timing['tamis_metadata_ms_p95']:.2f} ms per page ({len(pages)} pages, total run {tamis_s:.1f} s)"
    )
    for k, v in timing.items():
        if not k.startswith("tamis"):
            print(f"  {k}: {v:.1f}")
    if misses:
        print(f"\n{len(misses)} misses for {args.show}:")
        print("\n".join(misses))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"scores": summary, "timing": timing, "tamis": tamis_out}, indent=1, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main())
