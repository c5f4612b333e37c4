"""Download one web page, safely enough for unattended use: :func:`fetch`.

This is the only module of tamis that touches the network, and only when called. It needs
the optional ``httpx`` dependency (``pip install 'tamis[fetch]'``).

Guards, all reported as :class:`~tamis.errors.FetchError`:

* only ``http`` and ``https`` URLs;
* unless ``allow_private=True``, hosts that resolve to loopback, private, link-local,
  multicast, reserved or unspecified addresses are refused, before the first request and
  again before following each redirect;
* at most ``max_redirects`` redirects;
* at most ``max_bytes`` of (decompressed) body;
* ``timeout`` seconds per network operation, and for the fetch as a whole.

Known limit: the address check resolves the host name itself, and httpx resolves it again
when connecting, so a DNS server that answers differently the second time (DNS rebinding)
can still steer a request to a private address. Run untrusted crawls behind an egress
firewall if that matters.
"""

from __future__ import annotations

import ipaddress
import socket
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeAlias

from tamis import __version__
from tamis.errors import FetchError

if TYPE_CHECKING:
    import httpx

__all__ = ["DEFAULT_MAX_BYTES", "DEFAULT_USER_AGENT", "Fetched", "fetch"]

#: Largest body :func:`fetch` downloads by default.
DEFAULT_MAX_BYTES = 16 * 1024 * 1024
#: The ``User-Agent`` header sent by default.
DEFAULT_USER_AGENT = f"tamis/{__version__} (+https://github.com/tamis)"

_SCHEMES = ("http", "https")
_REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
_CHUNK_SIZE = 64 * 1024

_IPAddress: TypeAlias = ipaddress.IPv4Address | ipaddress.IPv6Address


@dataclass(frozen=True, slots=True)
class Fetched:
    """A downloaded page."""

    #: The final URL, after redirects.
    url: str
    #: The HTTP status of the final response (always 2xx).
    status: int
    #: The response's ``Content-Type`` header, if any; pass it to ``Options(content_type=...)``.
    content_type: str | None
    #: The response body, decompressed (``Content-Encoding``) but not decoded to text.
    body: bytes


def fetch(
    url: str,
    *,
    timeout: float = 20.0,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_redirects: int = 5,
    allow_private: bool = False,
    user_agent: str = DEFAULT_USER_AGENT,
) -> Fetched:
    """Download ``url`` with ``GET`` and return the final response.

    ``timeout`` (seconds) bounds each network operation (connect, each read, ...) and also the
    whole fetch, redirects and body included. Raises :class:`~tamis.errors.FetchError` for
    every failure: missing ``httpx``, bad scheme, refused address, network error, timeout,
    too many redirects, body over ``max_bytes``, or a final status outside 2xx.
    """
    if timeout <= 0:
        raise ValueError(f"timeout must be positive, got {timeout!r}")
    if max_bytes <= 0:
        raise ValueError(f"max_bytes must be positive, got {max_bytes!r}")
    if max_redirects < 0:
        raise ValueError(f"max_redirects must be >= 0, got {max_redirects!r}")
    try:
        # Imported here so that tamis itself works without the optional dependency.
        import httpx  # noqa: PLC0415
    except ImportError as exc:
        raise FetchError("fetching URLs needs httpx: pip install 'tamis[fetch]'") from exc

    deadline = time.monotonic() + timeout
    try:
        current = httpx.URL(url)
        with httpx.Client(
            follow_redirects=False,  # followed by hand, to check every hop's address
            headers={"User-Agent": user_agent},
        ) as client:
            for _ in range(max_redirects + 1):
                _check_url(current, allow_private=allow_private)
                per_operation = httpx.Timeout(_time_left(deadline, timeout))
                with client.stream("GET", current, timeout=per_operation) as response:
                    location = response.headers.get("location")
                    if response.status_code in _REDIRECT_STATUSES and location:
                        current = response.url.join(location)
                        continue
                    return _read(response, max_bytes=max_bytes, deadline=deadline, timeout=timeout)
    except httpx.TimeoutException as exc:
        raise FetchError(f"timed out after {timeout:g} s ({type(exc).__name__})") from exc
    except (httpx.HTTPError, httpx.InvalidURL, httpx.StreamError) as exc:
        raise FetchError(f"{type(exc).__name__}: {exc}") from exc
    raise FetchError(f"too many redirects (more than {max_redirects})")


def _time_left(deadline: float, timeout: float) -> float:
    """The per-operation timeout: ``timeout``, capped by what is left of the whole budget."""
    left = deadline - time.monotonic()
    if left <= 0:
        raise FetchError(f"timed out after {timeout:g} s")
    return min(timeout, left)


def _read(response: httpx.Response, *, max_bytes: int, deadline: float, timeout: float) -> Fetched:
    """Check the final response's status and stream its body, within the size and time limits."""
    status = response.status_code
    if not 200 <= status < 300:
        phrase = response.reason_phrase
        raise FetchError(f"HTTP {status} {phrase}".rstrip())
    declared = response.headers.get("content-length", "")
    # Refuse early when the server says outright the body is too big; the streamed count
    # below is what really enforces the limit (the header may be absent or false).
    if declared.strip().isdigit() and int(declared) > max_bytes:
        raise FetchError(f"body is {int(declared)} bytes, over the limit of {max_bytes}")
    chunks: list[bytes] = []
    size = 0
    # iter_bytes() yields decompressed data, so the limit also stops compression bombs.
    for chunk in response.iter_bytes(_CHUNK_SIZE):
        size += len(chunk)
        if size > max_bytes:
            raise FetchError(f"body is over the limit of {max_bytes} bytes")
        if time.monotonic() > deadline:
            raise FetchError(f"timed out after {timeout:g} s while reading the body")
        chunks.append(chunk)
    return Fetched(
        url=str(response.url),
        status=status,
        content_type=response.headers.get("content-type"),
        body=b"".join(chunks),
    )


def _check_url(url: httpx.URL, *, allow_private: bool) -> None:
    """Refuse a URL that is not http(s), or whose host is private (unless allowed).

    The URL is the one httpx itself parsed, so the host checked is the host httpx connects to.
    """
    if url.scheme not in _SCHEMES:
        raise FetchError(f"unsupported URL scheme {url.scheme!r} (only http and https)")
    host = url.host
    if not host:
        raise FetchError(f"URL has no host: {url}")
    if allow_private:
        return
    port = url.port or (443 if url.scheme == "https" else 80)
    for address in _resolve(host, port):
        if _is_forbidden_address(address):
            raise FetchError(f"refusing to fetch {host!r}: it resolves to non-public address {address}")


def _resolve(host: str, port: int) -> list[_IPAddress]:
    """The addresses ``host`` stands for: itself when it is an IP literal, else a DNS lookup."""
    try:
        return [ipaddress.ip_address(host)]
    except ValueError:
        pass
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError) as exc:
        raise FetchError(f"cannot resolve {host!r}: {exc}") from exc
    addresses: list[_IPAddress] = []
    for info in infos:
        # IPv6 scoped addresses come back as "fe80::1%eth0"; the scope is not part of the IP.
        raw = str(info[4][0]).split("%", 1)[0]
        try:
            addresses.append(ipaddress.ip_address(raw))
        except ValueError as exc:
            raise FetchError(f"cannot resolve {host!r}: unexpected address {raw!r}") from exc
    if not addresses:
        raise FetchError(f"cannot resolve {host!r}: no address")
    return addresses


def _is_forbidden_address(address: _IPAddress) -> bool:
    """Whether ``address`` is one a fetch must not reach without ``allow_private``."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        # ::ffff:127.0.0.1 reaches 127.0.0.1: judge the IPv4 address it carries.
        address = address.ipv4_mapped
    return (
        address.is_loopback
        or address.is_private
        or address.is_link_local
        or address.is_multicast
        or address.is_reserved
        or address.is_unspecified
        # Catches what the flags above miss, such as the 100.64.0.0/10 carrier-grade NAT range.
        or not address.is_global
    )
