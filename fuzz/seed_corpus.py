"""Write the seed corpus of the fuzz campaign: small killer pages, the golden pages, and a
sample of ../shared/benchmarks pages (when present), each cut to ``--max-len`` bytes and
prefixed with the harness's mode byte.

    python fuzz/seed_corpus.py fuzz/corpus [--max-len 16384] [--per-set 40]
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))

from killer import killer_pages  # noqa: E402


def _write(out: Path, mode: int, data: bytes, max_len: int) -> None:
    blob = bytes([mode]) + data[: max_len - 1]
    (out / hashlib.sha1(blob).hexdigest()).write_bytes(blob)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path)
    parser.add_argument("--max-len", type=int, default=16_384)
    parser.add_argument("--per-set", type=int, default=40)
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    count = 0
    for page in killer_pages():
        if page.size > 4 * args.max_len:
            continue
        data = page.html if isinstance(page.html, bytes) else page.html.encode("utf-8", "surrogatepass")
        _write(args.out, 0 if isinstance(page.html, bytes) else 1, data, args.max_len)
        count += 1
    for source in sorted((REPO / "tests" / "pages").glob("*/source.html")):
        _write(args.out, 0, source.read_bytes(), args.max_len)
        count += 1
    for pages in sorted((args.shared / "benchmarks").glob("*/pages.jsonl.gz")):
        with gzip.open(pages, "rt", encoding="utf-8") as fh:
            for i, line in enumerate(fh):
                if i >= args.per_set:
                    break
                html = json.loads(line)["html"]
                _write(args.out, i % 3, html.encode("utf-8", "surrogatepass"), args.max_len)
                count += 1
    print(f"{count} seeds in {args.out}")


if __name__ == "__main__":
    main()
