"""The ``tamis`` command: a thin shell over :func:`tamis.extract` and the fetcher.

::

    tamis extract page.html                  # the article's text
    tamis extract --format markdown a.html b.html
    tamis extract --format json pages/       # one JSON object per line
    curl -s https://example.org/x | tamis extract - --url https://example.org/x
    tamis extract https://example.org/x

Exit status: 0 when every input was extracted, 1 when any input failed (each failure is
reported on stderr as ``tamis: NAME: REASON: MESSAGE`` and the other inputs still run),
2 for a usage error.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from tamis import __version__
from tamis._api import extract
from tamis._fetch import fetch
from tamis._flat import detect_input_format, extract_text
from tamis.article import Article
from tamis.batch import add_batch_subcommand, run_batch_command
from tamis.errors import TamisError
from tamis.options import Options

__all__ = ["main"]

_FORMATS = ("text", "markdown", "json", "html")
_HTML_SUFFIXES = frozenset({".html", ".htm"})
_STDIN_NAME = "<stdin>"


@dataclass(frozen=True, slots=True)
class _Input:
    """One document to extract: a display name and how to get its article."""

    name: str
    load: Callable[[], Article]


class _InputError(Exception):
    """An input that cannot be read, for a reason that is neither a TamisError nor an OSError."""

    reason = "read-failed"


def _positive_float(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if not number > 0:  # also rejects NaN
        raise argparse.ArgumentTypeError(f"must be positive: {value!r}")
    return number


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tamis",
        description="Extract the article from news web pages.",
    )
    parser.add_argument("--version", action="version", version=f"tamis {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    sub = commands.add_parser(
        "extract",
        help="extract articles from files, folders, standard input or URLs",
        description=(
            "Extract the article from each input: a file, a folder (every *.html and *.htm "
            "file in it, recursively), '-' for standard input, or an http(s):// URL."
        ),
    )
    sub.add_argument("inputs", nargs="+", metavar="PATH|URL|-", help="what to extract from")
    sub.add_argument("--format", choices=_FORMATS, default="text", help="output format (default: text)")
    sub.add_argument("--url", help="the page's URL, for files and standard input (resolves relative links)")
    sub.add_argument(
        "--input-format",
        choices=("auto", "html", "text"),
        default="auto",
        help="html, or flattened crawl text (WET-style); auto decides per input (default)",
    )
    sub.add_argument("--include-comments", action="store_true", help="keep reader comments")
    sub.add_argument(
        "--facts",
        action="store_true",
        help="also extract quotations, attributed figures and entities (in the JSON; listed after text/markdown)",
    )
    sub.add_argument(
        "--content-type",
        metavar="CT",
        help="Content-Type header (for its charset) of files and standard input; "
        "a URL's own response header takes precedence",
    )
    sub.add_argument(
        "--allow-private",
        action="store_true",
        help="allow fetching URLs on loopback and private-network addresses",
    )
    sub.add_argument(
        "--timeout",
        type=_positive_float,
        default=20.0,
        metavar="S",
        help="seconds allowed for fetching each URL (default: 20)",
    )
    add_batch_subcommand(commands)
    return parser


def _read_limited(stream_read: Callable[[int], bytes], limit: int) -> bytes:
    # Read one byte past the limit, no more: extract() then refuses the input as too large
    # without a huge file ever being held in memory.
    return stream_read(limit + 1)


def _expand(args: argparse.Namespace, options: Options) -> tuple[list[_Input], bool]:
    """The documents named on the command line, and whether there are several of them.

    A folder always counts as several, so its output has the same shape whatever it holds.
    """
    limit = options.max_input_bytes
    inputs: list[_Input] = []
    several = len(args.inputs) > 1

    def from_bytes(read: Callable[[], bytes]) -> Callable[[], Article]:
        return lambda: _extract_any(read(), args.input_format, url=args.url, options=options)

    def read_file(path: Path) -> Callable[[], bytes]:
        def read() -> bytes:
            with path.open("rb") as handle:
                return _read_limited(handle.read, limit)

        return read

    def read_stdin() -> bytes:
        return _read_limited(sys.stdin.buffer.read, limit)

    def from_url(url: str) -> Callable[[], Article]:
        def load() -> Article:
            page = fetch(url, timeout=args.timeout, allow_private=args.allow_private)
            content_type = page.content_type or options.content_type
            return _extract_any(
                page.body, args.input_format, url=page.url, options=replace(options, content_type=content_type)
            )

        return load

    for arg in args.inputs:
        if arg == "-":
            inputs.append(_Input(_STDIN_NAME, from_bytes(read_stdin)))
        elif arg.lower().startswith(("http://", "https://")):
            inputs.append(_Input(arg, from_url(arg)))
        elif os.path.isdir(arg):
            several = True
            found = sorted(_html_files(Path(arg)))
            if not found:
                inputs.append(_Input(arg, _fail(f"no .html or .htm files in folder {arg!r}")))
            inputs.extend(_Input(str(path), from_bytes(read_file(path))) for path in found)
        else:
            inputs.append(_Input(arg, from_bytes(read_file(Path(arg)))))
    return inputs, several


def _extract_any(data: bytes, input_format: str, *, url: str | None, options: Options) -> Article:
    """HTML through extract(), flattened text through extract_text(), as asked or detected."""
    if input_format == "text" or (input_format == "auto" and detect_input_format(data) == "text"):
        return extract_text(data, url=url, options=options)
    return extract(data, url=url, options=options)


def _fail(message: str) -> Callable[[], Article]:
    def load() -> Article:
        raise _InputError(message)

    return load


def _html_files(root: Path) -> Iterator[Path]:
    """Every *.html / *.htm file below ``root`` (symlinked folders are not followed)."""
    for folder, _dirs, files in os.walk(root):
        for name in files:
            path = Path(folder, name)
            if path.suffix.lower() in _HTML_SUFFIXES:
                yield path


def _render(article: Article, fmt: str) -> str:
    if fmt == "json":
        return article.to_json()
    if fmt == "html":
        return article.to_html()
    body = article.to_markdown() if fmt == "markdown" else article.text
    if article.facts is not None:
        body = f"{body}\n\n{article.facts.to_markdown()}"
    return body


class _Output:
    """UTF-8 text on standard output, whatever the locale's encoding."""

    def __init__(self) -> None:
        self._stream = sys.stdout

    def write(self, text: str) -> None:
        data = text.encode("utf-8", "replace")
        buffer = getattr(self._stream, "buffer", None)
        if buffer is None:
            # A replaced sys.stdout without a byte layer: text is all it takes.
            self._stream.write(text)
            return
        self._stream.flush()  # keep order with anything already written as text
        buffer.write(data)
        buffer.flush()


def _run_extract(args: argparse.Namespace) -> int:
    options = Options(include_comments=args.include_comments, content_type=args.content_type, with_facts=args.facts)
    inputs, several = _expand(args, options)
    out = _Output()
    failed = False
    shown = 0
    for item in inputs:
        try:
            article = item.load()
        except (TamisError, _InputError) as exc:
            failed = True
            _error(item.name, exc.reason, str(exc))
            continue
        except OSError as exc:
            failed = True
            _error(item.name, "read-failed", exc.strerror or str(exc))
            continue
        rendering = _render(article, args.format)
        if rendering and not rendering.endswith("\n"):
            rendering += "\n"
        if several and args.format != "json":
            # Like head(1): a header before each document, a blank line between documents.
            separator = "\n" if shown else ""
            rendering = f"{separator}==> {item.name} <==\n{rendering}"
        out.write(rendering)
        shown += 1
    return 1 if failed else 0


def _error(name: str, reason: str, message: str) -> None:
    print(f"tamis: {name}: {reason}: {message}", file=sys.stderr, flush=True)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``tamis`` command with ``argv`` (default: ``sys.argv[1:]``); return the exit status."""
    parser = _build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version and usage errors: argparse has spoken
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 2)
    try:
        if args.command == "batch":
            return run_batch_command(args)
        return _run_extract(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (`tamis extract ... | head`): stop quietly, and keep Python
        # from complaining again when it flushes stdout at exit.
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        except (OSError, ValueError):
            pass
        return 1
