"""Tests of tamis._fetch against a throwaway HTTP server on 127.0.0.1 (never the internet)."""

from __future__ import annotations

import gzip
import ipaddress
import socket
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest

import tamis
from tamis import _fetch
from tamis._fetch import Fetched, fetch
from tamis.cli import main
from tamis.errors import FetchError, TamisError

FRENCH_PAGE = (
    "<!DOCTYPE html><html lang='fr'><head><title>Entretien</title></head><body>"
    "<article><h1>Léa Salamé reçoit l'invitée du matin</h1>"
    "<p>Ce matin, Léa Salamé a interrogé la ministre sur la réforme des retraites, "
    "un sujet qui divise toujours les Français après des mois de débats.</p>"
    "<p>« Nous irons jusqu'au bout », a déclaré l'invitée, très sûre d'elle, "
    "devant une journaliste qui n'a rien lâché pendant vingt minutes d'échanges.</p>"
    "<p>L'émission, très suivie, a été reprise par de nombreux médias à la mi-journée.</p>"
    "</article></body></html>"
).encode("windows-1252")

_PROXY_VARIABLES = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy")


class _Handler(BaseHTTPRequestHandler):
    """The test routes; ``server.release`` wakes up the slow route at teardown."""

    server: _Server

    def do_GET(self) -> None:
        path = self.path
        if path == "/fr":
            self._send(200, FRENCH_PAGE, "text/html; charset=windows-1252")
        elif path == "/ua":
            self._send(200, self.headers.get("User-Agent", "").encode(), "text/plain")
        elif path == "/redirect":
            self._redirect("/fr")  # relative: resolved against the current URL
        elif path.startswith("/chain/"):
            hops = int(path.rsplit("/", 1)[1])
            self._redirect(f"/chain/{hops - 1}" if hops else "/fr")
        elif path == "/loop":
            self._redirect("/loop")
        elif path == "/to-metadata":
            self._redirect("http://169.254.169.254/latest/meta-data/")
        elif path == "/to-ftp":
            self._redirect("ftp://127.0.0.1/file")
        elif path == "/big":
            self._send(200, b"x" * 5000, "text/html")
        elif path == "/big-no-length":
            # HTTP/1.0 without Content-Length: the body ends when the connection closes.
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            for _ in range(50):
                self.wfile.write(b"y" * 100)
        elif path == "/gzip-bomb":
            packed = gzip.compress(b"\0" * 100_000)
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Content-Length", str(len(packed)))
            self.end_headers()
            self.wfile.write(packed)
        elif path == "/slow":
            self.server.release.wait(3.0)
            self._send(200, b"<p>late</p>", "text/html")
        else:
            self._send(404, b"not here", "text/plain")

    def _send(self, status: int, body: bytes, content_type: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _redirect(self, location: str) -> None:
        self.send_response(302)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, format: str, *args: object) -> None:
        pass  # keep the test output clean


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    # Do not wait at close for a handler still busy (the slow route); it is released instead.
    block_on_close = False

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.release = threading.Event()

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a client that gave up early (timeouts, size limits) is expected here


@pytest.fixture(autouse=True)
def _no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    # httpx honours proxy variables; a developer's proxy must not see loopback requests.
    for name in _PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    """The base URL of a local test server, e.g. ``http://127.0.0.1:54321``."""
    httpd = _Server()
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.release.set()
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)


@pytest.fixture
def no_connection(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make any attempt to send a request fail the test."""

    def refuse(*args: object, **kwargs: object) -> httpx.Response:
        raise AssertionError("a request was sent")

    monkeypatch.setattr(httpx.Client, "send", refuse)


# ------------------------------------------------------------------------- served pages


def test_fetch_returns_body_status_and_content_type(server: str) -> None:
    page = fetch(f"{server}/fr", allow_private=True)
    assert page == Fetched(
        url=f"{server}/fr",
        status=200,
        content_type="text/html; charset=windows-1252",
        body=FRENCH_PAGE,
    )


def test_fetched_is_frozen(server: str) -> None:
    page = fetch(f"{server}/fr", allow_private=True)
    with pytest.raises(AttributeError):
        page.status = 500  # type: ignore[misc]


def test_charset_from_header_decodes_the_page(server: str) -> None:
    page = fetch(f"{server}/fr", allow_private=True)
    article = tamis.extract(page.body, url=page.url, options=tamis.Options(content_type=page.content_type))
    assert "Léa Salamé" in article.text


def test_cli_fetches_and_decodes_with_the_response_charset(server: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", f"{server}/fr", "--allow-private", "--timeout", "2"]) == 0
    captured = capsys.readouterr()
    assert "Léa Salamé" in captured.out
    assert captured.err == ""


def test_cli_json_carries_the_final_url(server: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", f"{server}/redirect", "--allow-private", "--format", "json"]) == 0
    out = capsys.readouterr().out
    page = fetch(f"{server}/redirect", allow_private=True)
    expected = tamis.extract(page.body, url=page.url, options=tamis.Options(content_type=page.content_type))
    assert out == expected.to_json() + "\n"
    assert expected.url == f"{server}/fr"


def test_cli_reports_http_errors(server: str, capsys: pytest.CaptureFixture[str]) -> None:
    url = f"{server}/missing"
    assert main(["extract", url, f"{server}/fr", "--allow-private"]) == 1
    captured = capsys.readouterr()
    assert f"tamis: {url}: fetch-failed: HTTP 404" in captured.err
    assert "Léa Salamé" in captured.out  # the next input still ran


def test_cli_refuses_loopback_without_allow_private(server: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", f"{server}/fr"]) == 1
    assert "fetch-failed: refusing" in capsys.readouterr().err


def test_user_agent(server: str) -> None:
    assert fetch(f"{server}/ua", allow_private=True).body.decode() == _fetch.DEFAULT_USER_AGENT
    assert _fetch.DEFAULT_USER_AGENT.startswith(f"tamis/{tamis.__version__} ")
    assert fetch(f"{server}/ua", allow_private=True, user_agent="probe/1").body == b"probe/1"


def test_relative_redirect_is_followed(server: str) -> None:
    page = fetch(f"{server}/redirect", allow_private=True)
    assert page.url == f"{server}/fr"
    assert page.status == 200
    assert page.body == FRENCH_PAGE


def test_redirect_count_is_exact(server: str) -> None:
    # /chain/2 -> /chain/1 -> /chain/0 -> /fr: three redirects.
    assert fetch(f"{server}/chain/2", allow_private=True, max_redirects=3).url == f"{server}/fr"
    with pytest.raises(FetchError, match="too many redirects"):
        fetch(f"{server}/chain/2", allow_private=True, max_redirects=2)
    with pytest.raises(FetchError, match="too many redirects"):
        fetch(f"{server}/redirect", allow_private=True, max_redirects=0)


def test_redirect_loop(server: str) -> None:
    with pytest.raises(FetchError, match=r"too many redirects \(more than 5\)"):
        fetch(f"{server}/loop", allow_private=True)


def test_body_over_the_limit_by_content_length(server: str) -> None:
    with pytest.raises(FetchError, match="over the limit of 1000"):
        fetch(f"{server}/big", allow_private=True, max_bytes=1000)
    assert len(fetch(f"{server}/big", allow_private=True, max_bytes=5000).body) == 5000


def test_body_over_the_limit_while_streaming(server: str) -> None:
    with pytest.raises(FetchError, match="over the limit of 1000"):
        fetch(f"{server}/big-no-length", allow_private=True, max_bytes=1000)
    assert len(fetch(f"{server}/big-no-length", allow_private=True).body) == 5000


def test_limit_applies_to_decompressed_body(server: str) -> None:
    with pytest.raises(FetchError, match="over the limit of 10000"):
        fetch(f"{server}/gzip-bomb", allow_private=True, max_bytes=10_000)
    assert fetch(f"{server}/gzip-bomb", allow_private=True).body == b"\0" * 100_000


def test_http_error_status(server: str) -> None:
    with pytest.raises(FetchError, match=r"^HTTP 404") as info:
        fetch(f"{server}/missing", allow_private=True)
    assert info.value.reason == "fetch-failed"
    assert isinstance(info.value, TamisError)


def test_timeout(server: str) -> None:
    started = time.monotonic()
    with pytest.raises(FetchError, match="timed out"):
        fetch(f"{server}/slow", allow_private=True, timeout=0.5)
    assert time.monotonic() - started < 2.0


def test_connection_refused_becomes_fetch_error() -> None:
    # Bind then close a socket to get a loopback port nobody listens on.
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(FetchError, match="ConnectError"):
        fetch(f"http://127.0.0.1:{port}/", allow_private=True, timeout=2)


# ----------------------------------------------------------------------- address guard


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1/",
        "http://127.8.9.10:8080/x",
        "http://localhost/",
        "http://LOCALHOST/",
        "http://10.0.0.1/",
        "http://192.168.1.1/",
        "http://172.16.0.1/",
        "http://169.254.169.254/latest/meta-data/",
        "http://100.64.0.1/",
        "http://0.0.0.0/",
        "http://224.0.0.1/",
        "http://240.0.0.1/",
        "https://[::1]/",
        "http://[::]/",
        "http://[fe80::1]/",
        "http://[fc00::1]/",
        "http://[::ffff:127.0.0.1]/",
        "http://[::ffff:a9fe:a9fe]/",
        "http://2130706433/",  # 127.0.0.1 written as one number
    ],
)
def test_private_addresses_are_refused_before_connecting(url: str, no_connection: None) -> None:
    with pytest.raises(FetchError, match="refusing to fetch"):
        fetch(url)


def test_public_address_is_allowed_through_the_guard(no_connection: None) -> None:
    # The guard lets it pass, so the request is attempted (and stopped by the fixture).
    with pytest.raises(AssertionError, match="a request was sent"):
        fetch("http://93.184.216.34/")


def test_redirect_to_a_private_host_is_refused(server: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # Pretend the test server's 127.0.0.1 is a public address; everything else resolves as usual.
    real_resolve = _fetch._resolve

    def resolve(host: str, port: int) -> list[ipaddress.IPv4Address | ipaddress.IPv6Address]:
        if host == "127.0.0.1":
            return [ipaddress.ip_address("93.184.216.34")]
        return real_resolve(host, port)

    monkeypatch.setattr(_fetch, "_resolve", resolve)
    assert fetch(f"{server}/fr").status == 200  # the first host passes the guard...
    with pytest.raises(FetchError, match=r"refusing to fetch '169\.254\.169\.254'"):
        fetch(f"{server}/to-metadata")  # ...its redirect target does not


def test_redirect_to_another_scheme_is_refused(server: str) -> None:
    with pytest.raises(FetchError, match="unsupported URL scheme 'ftp'"):
        fetch(f"{server}/to-ftp", allow_private=True)


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "ftp://example.org/file",
        "javascript:alert(1)",
        "data:text/html,hi",
        "example.org",
    ],
)
def test_other_schemes_are_refused(url: str, no_connection: None) -> None:
    with pytest.raises(FetchError, match="unsupported URL scheme"):
        fetch(url, allow_private=True)


def test_unresolvable_host(no_connection: None, monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*args: object, **kwargs: object) -> list[object]:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", fail)
    with pytest.raises(FetchError, match=r"cannot resolve 'no-such-host\.invalid'"):
        fetch("http://no-such-host.invalid/")


def test_missing_httpx_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "httpx", None)  # makes `import httpx` fail
    with pytest.raises(FetchError, match=r"pip install 'tamis\[fetch\]'"):
        fetch("https://example.org/")


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"timeout": 0}, "timeout"),
        ({"max_bytes": 0}, "max_bytes"),
        ({"max_redirects": -1}, "max_redirects"),
    ],
)
def test_bad_arguments(kwargs: dict[str, float], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        fetch("https://example.org/", **kwargs)  # type: ignore[arg-type]
