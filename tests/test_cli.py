"""Tests of the ``tamis`` command line (tamis.cli), run in-process and once as a subprocess."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

import tamis
from tamis.cli import main

SRC = Path(__file__).resolve().parent.parent / "src"

PAGE_A = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>River cleanup draws record crowd</title></head>
<body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article>
<h1>River cleanup draws record crowd</h1>
<p>More than two thousand volunteers spent Saturday morning pulling plastic, tyres and old
bicycles out of the river, the largest turnout since the cleanup began eleven years ago.</p>
<p>Organisers said the haul filled forty skips, and that the water downstream of the old mill
was visibly clearer by the afternoon, to the delight of the anglers waiting on the bank.</p>
<ul>
<li>Forty skips of rubbish collected</li>
<li>Two thousand volunteers</li>
<li>Eleven years of cleanups</li>
</ul>
<p>The council has promised to install new bins along the towpath before the summer, and the
next cleanup is planned for the first weekend of October, weather permitting.</p>
</article>
<footer>Copyright the Gazette</footer>
</body></html>
"""

PAGE_B = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Le café du port rouvre</title></head>
<body>
<article>
<h1>Le café du port rouvre ses portes</h1>
<p>Après deux ans de travaux, le café du port a rouvert lundi matin, au grand soulagement des
pêcheurs qui y prenaient leur petit-déjeuner depuis des décennies avant de partir en mer.</p>
<p>La nouvelle gérante, Léa Salamé, promet des prix inchangés et une terrasse agrandie, où
l'on pourra désormais s'installer face aux bateaux jusqu'à tard dans la soirée d'été.</p>
<ol>
<li>Ouverture à six heures</li>
<li>Fermeture à vingt-deux heures</li>
</ol>
<p>Les habitants du quartier se sont réjouis de retrouver un lieu de rencontre, disparu depuis
la fermeture de l'épicerie voisine, et plusieurs associations y ont déjà réservé des tables.</p>
</article>
</body></html>
"""

RENDERINGS: dict[str, Callable[[tamis.Article], str]] = {
    "text": lambda article: article.text,
    "markdown": lambda article: article.to_markdown(),
    "html": lambda article: article.to_html(),
    "json": lambda article: article.to_json(),
}


def _expected(html: bytes, fmt: str) -> str:
    rendering = RENDERINGS[fmt](tamis.extract(html))
    return rendering if rendering.endswith("\n") else rendering + "\n"


def _write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


class _FakeStdin:
    """Stands in for sys.stdin: the CLI reads bytes from ``.buffer``."""

    def __init__(self, data: bytes) -> None:
        self.buffer = io.BytesIO(data)


# --------------------------------------------------------------------------- one input


def test_pages_have_content() -> None:
    # Guards the other tests: they compare the CLI with the API, which must find something.
    article = tamis.extract(PAGE_A.encode())
    assert "two thousand volunteers" in article.text
    assert "Forty skips" in article.text


@pytest.mark.parametrize("fmt", ["text", "markdown", "html", "json"])
def test_each_format_matches_the_api(fmt: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _write(tmp_path, "a.html", PAGE_A)
    assert main(["extract", str(path), "--format", fmt]) == 0
    captured = capsys.readouterr()
    assert captured.out == _expected(PAGE_A.encode(), fmt)
    assert "two thousand volunteers" in captured.out
    assert "==>" not in captured.out  # one input: the rendering alone
    assert captured.err == ""


def test_text_is_the_default_format(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _write(tmp_path, "a.html", PAGE_A)
    assert main(["extract", str(path)]) == 0
    assert capsys.readouterr().out == tamis.extract(PAGE_A.encode()).text + "\n"


def test_json_is_exactly_the_api_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _write(tmp_path, "b.html", PAGE_B)
    assert main(["extract", str(path), "--format", "json", "--url", "https://example.org/cafe"]) == 0
    out = capsys.readouterr().out
    expected = tamis.extract(PAGE_B.encode(), url="https://example.org/cafe")
    assert out == expected.to_json() + "\n"
    data = json.loads(out)
    assert data == expected.to_dict()
    assert data["url"] == "https://example.org/cafe"
    assert "Léa Salamé" in data["text"]


def test_include_comments_and_content_type_reach_the_api(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = PAGE_B.replace('<meta charset="utf-8">', "").encode("windows-1252")
    path = _write(tmp_path, "b.html", data)
    argv = ["extract", str(path), "--format", "json", "--include-comments"]
    assert main([*argv, "--content-type", "text/html; charset=windows-1252"]) == 0
    options = tamis.Options(include_comments=True, content_type="text/html; charset=windows-1252")
    out = capsys.readouterr().out
    assert out == tamis.extract(data, options=options).to_json() + "\n"
    assert "Léa Salamé" in json.loads(out)["text"]


def test_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", _FakeStdin(PAGE_B.encode()))
    assert main(["extract", "-", "--format", "json", "--url", "https://example.org/b"]) == 0
    out = capsys.readouterr().out
    assert out == tamis.extract(PAGE_B.encode(), url="https://example.org/b").to_json() + "\n"


# ---------------------------------------------------------------------- several inputs


def test_several_files_get_headers(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a = _write(tmp_path, "a.html", PAGE_A)
    b = _write(tmp_path, "b.html", PAGE_B)
    assert main(["extract", str(a), str(b)]) == 0
    out = capsys.readouterr().out
    expected = f"==> {a} <==\n{_expected(PAGE_A.encode(), 'text')}\n==> {b} <==\n{_expected(PAGE_B.encode(), 'text')}"
    assert out == expected


@pytest.mark.parametrize("fmt", ["markdown", "html"])
def test_several_files_other_formats(fmt: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a = _write(tmp_path, "a.html", PAGE_A)
    b = _write(tmp_path, "b.html", PAGE_B)
    assert main(["extract", "--format", fmt, str(b), str(a)]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"==> {b} <==\n{_expected(PAGE_B.encode(), fmt)}\n==> {a} <==\n")
    assert out.endswith(_expected(PAGE_A.encode(), fmt))


def test_several_files_json_lines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a = _write(tmp_path, "a.html", PAGE_A)
    b = _write(tmp_path, "b.html", PAGE_B)
    assert main(["extract", str(a), str(b), "--format", "json"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines == [tamis.extract(PAGE_A.encode()).to_json(), tamis.extract(PAGE_B.encode()).to_json()]


def test_stdin_among_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    a = _write(tmp_path, "a.html", PAGE_A)
    monkeypatch.setattr(sys, "stdin", _FakeStdin(PAGE_B.encode()))
    assert main(["extract", str(a), "-"]) == 0
    out = capsys.readouterr().out
    assert out.endswith(f"\n==> <stdin> <==\n{_expected(PAGE_B.encode(), 'text')}")


def test_folder_is_walked_sorted_and_recursively(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _write(tmp_path, "site/z.htm", PAGE_A)
    _write(tmp_path, "site/a/inner.HTML", PAGE_B)
    _write(tmp_path, "site/b.html", PAGE_A)
    _write(tmp_path, "site/notes.txt", "not a page")
    _write(tmp_path, "site/style.css", "body {}")
    assert main(["extract", str(tmp_path / "site"), "--format", "json"]) == 0
    lines = capsys.readouterr().out.splitlines()
    a_json = tamis.extract(PAGE_A.encode()).to_json()
    b_json = tamis.extract(PAGE_B.encode()).to_json()
    assert lines == [b_json, a_json, a_json]  # a/inner.HTML, b.html, z.htm


def test_folder_with_one_file_still_has_a_header(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = _write(tmp_path, "site/only.html", PAGE_A)
    assert main(["extract", str(tmp_path / "site")]) == 0
    assert capsys.readouterr().out.startswith(f"==> {page} <==\n")


def test_empty_folder_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "empty").mkdir()
    assert main(["extract", str(tmp_path / "empty")]) == 1
    assert "no .html or .htm files" in capsys.readouterr().err


# ------------------------------------------------------------------------------ errors


def test_missing_file_does_not_stop_the_others(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a = _write(tmp_path, "a.html", PAGE_A)
    missing = tmp_path / "missing.html"
    b = _write(tmp_path, "b.html", PAGE_B)
    assert main(["extract", str(a), str(missing), str(b), "--format", "json"]) == 1
    captured = capsys.readouterr()
    assert captured.err == f"tamis: {missing}: read-failed: No such file or directory\n"
    assert captured.out.splitlines() == [
        tamis.extract(PAGE_A.encode()).to_json(),
        tamis.extract(PAGE_B.encode()).to_json(),
    ]


def test_tamis_error_reports_its_reason(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pdf = _write(tmp_path, "paper.html", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n")
    a = _write(tmp_path, "a.html", PAGE_A)
    assert main(["extract", str(pdf), str(a)]) == 1
    captured = capsys.readouterr()
    assert captured.err.startswith(f"tamis: {pdf}: not-html: ")
    assert f"==> {a} <==" in captured.out
    assert f"==> {pdf} <==" not in captured.out


def test_input_too_large(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # Over the default limit by one byte: the CLI only ever reads that much of it.
    size = tamis.Options().max_input_bytes + 1
    big = tmp_path / "big.html"
    with big.open("wb") as handle:
        handle.truncate(size)  # sparse: no real disk use
    assert main(["extract", str(big)]) == 1
    assert f"tamis: {big}: input-too-large: " in capsys.readouterr().err


# ------------------------------------------------------------------------ usage, misc


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out == f"tamis {tamis.__version__}\n"


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["extract"],
        ["frobnicate", "x.html"],
        ["extract", "a.html", "--format", "pdf"],
        ["extract", "https://example.org/", "--timeout", "0"],
        ["extract", "https://example.org/", "--timeout", "soon"],
    ],
)
def test_usage_errors_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv) == 2
    assert "usage: tamis" in capsys.readouterr().err


def test_help(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", "--help"]) == 0
    assert "--include-comments" in capsys.readouterr().out


def test_python_dash_m_writes_utf8_whatever_the_locale(tmp_path: Path) -> None:
    b = _write(tmp_path, "b.html", PAGE_B)
    missing = tmp_path / "missing.html"
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(SRC), env.get("PYTHONPATH", "")) if p)
    # An ASCII-only locale and stdout encoding: the output must still be UTF-8.
    env.update(LC_ALL="C", LANG="C", PYTHONIOENCODING="ascii", PYTHONUTF8="0")
    result = subprocess.run(
        [sys.executable, "-m", "tamis", "extract", str(b), str(missing), "--format", "markdown"],
        capture_output=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert result.returncode == 1
    expected = f"==> {b} <==\n{_expected(PAGE_B.encode(), 'markdown')}"
    assert result.stdout.decode("utf-8") == expected
    assert "Léa Salamé".encode() in result.stdout
    assert result.stderr.decode() == f"tamis: {missing}: read-failed: No such file or directory\n"


def test_facts_flag_adds_facts_to_every_format(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _write(tmp_path, "b.html", PAGE_B)
    assert main(["extract", str(path), "--format", "json", "--facts"]) == 0
    data = json.loads(capsys.readouterr().out)
    expected = tamis.extract(PAGE_B.encode(), options=tamis.Options(with_facts=True))
    assert expected.facts is not None
    assert data == expected.to_dict()
    assert data["facts"]["schema_version"] == tamis.facts.FACTS_SCHEMA_VERSION
    assert main(["extract", str(path), "--format", "markdown", "--facts"]) == 0
    assert "## Facts" in capsys.readouterr().out
    assert main(["extract", str(path), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["facts"] is None
