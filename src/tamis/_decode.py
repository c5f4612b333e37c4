"""Turn the bytes of a web page into text, the way the HTML standard picks the encoding.

The order is the standard's encoding sniffing algorithm: a byte order mark, then the
transport layer's ``charset`` (the Content-Type header), then a prescan of the first
1024 bytes for ``<meta charset>``, then detection from the bytes themselves, then the
web's legacy default, windows-1252. Labels go through the WHATWG Encoding Standard's
label table, and the result is reported under its WHATWG name.

Departures from what a browser does, all because pages lie about their encoding far more
often than they are genuinely ambiguous, and because we want text, not a rendering:

* a declared UTF-8 that the bytes contradict falls through to detection (a UTF-8 page with
  a few stray bytes stays UTF-8);
* a declared legacy encoding loses to bytes that are valid UTF-8 with non-ASCII in them;
* labels of the "replacement" encoding are ignored rather than decoding to one U+FFFD;
* detection (charset-normalizer) is limited to the encodings the standard knows, and
  ``<html lang>`` breaks its near-ties between Latin code pages.

:func:`sniff_not_html` is the cheap gate in front of all this: it recognises input that is
plainly not a page at all (a PDF, an image, an archive, JSON, binary data).
"""

from __future__ import annotations

import codecs
import json
import re
from dataclasses import dataclass
from typing import Any

__all__ = ["Decoded", "decode_html", "label_to_encoding", "sniff_not_html"]


@dataclass(frozen=True, slots=True)
class Decoded:
    """A decoded document, with the encoding used and how it was chosen."""

    text: str
    """The decoded document (a leading byte order mark is not part of it)."""
    encoding: str
    """WHATWG canonical encoding name, lower-case, e.g. ``"utf-8"`` or ``"windows-1252"``."""
    source: str
    """How it was chosen: ``"bom"``, ``"transport"``, ``"meta"``, ``"detected"`` or ``"default"``."""


# --------------------------------------------------------------------------------------
# The WHATWG label table (https://encoding.spec.whatwg.org/#names-and-labels), as data.
# Keys are the canonical names lower-cased; values are all their labels, space-separated.
# --------------------------------------------------------------------------------------

_ENCODING_LABELS: dict[str, str] = {
    "utf-8": "unicode-1-1-utf-8 unicode11utf8 unicode20utf8 utf-8 utf8 x-unicode20utf8",
    "ibm866": "866 cp866 csibm866 ibm866",
    "iso-8859-2": "csisolatin2 iso-8859-2 iso-ir-101 iso8859-2 iso88592 iso_8859-2 iso_8859-2:1987 l2 latin2",
    "iso-8859-3": "csisolatin3 iso-8859-3 iso-ir-109 iso8859-3 iso88593 iso_8859-3 iso_8859-3:1988 l3 latin3",
    "iso-8859-4": "csisolatin4 iso-8859-4 iso-ir-110 iso8859-4 iso88594 iso_8859-4 iso_8859-4:1988 l4 latin4",
    "iso-8859-5": ("csisolatincyrillic cyrillic iso-8859-5 iso-ir-144 iso8859-5 iso88595 iso_8859-5 iso_8859-5:1988"),
    "iso-8859-6": (
        "arabic asmo-708 csiso88596e csiso88596i csisolatinarabic ecma-114 iso-8859-6 iso-8859-6-e "
        "iso-8859-6-i iso-ir-127 iso8859-6 iso88596 iso_8859-6 iso_8859-6:1987"
    ),
    "iso-8859-7": (
        "csisolatingreek ecma-118 elot_928 greek greek8 iso-8859-7 iso-ir-126 iso8859-7 iso88597 "
        "iso_8859-7 iso_8859-7:1987 sun_eu_greek"
    ),
    "iso-8859-8": (
        "csiso88598e csisolatinhebrew hebrew iso-8859-8 iso-8859-8-e iso-ir-138 iso8859-8 iso88598 "
        "iso_8859-8 iso_8859-8:1988 visual"
    ),
    "iso-8859-8-i": "csiso88598i iso-8859-8-i logical",
    "iso-8859-10": "csisolatin6 iso-8859-10 iso-ir-157 iso8859-10 iso885910 l6 latin6",
    "iso-8859-13": "iso-8859-13 iso8859-13 iso885913",
    "iso-8859-14": "iso-8859-14 iso8859-14 iso885914",
    "iso-8859-15": "csisolatin9 iso-8859-15 iso8859-15 iso885915 iso_8859-15 l9",
    "iso-8859-16": "iso-8859-16",
    "koi8-r": "cskoi8r koi koi8 koi8-r koi8_r",
    "koi8-u": "koi8-ru koi8-u",
    "macintosh": "csmacintosh mac macintosh x-mac-roman",
    "windows-874": "dos-874 iso-8859-11 iso8859-11 iso885911 tis-620 windows-874",
    "windows-1250": "cp1250 windows-1250 x-cp1250",
    "windows-1251": "cp1251 windows-1251 x-cp1251",
    "windows-1252": (
        "ansi_x3.4-1968 ascii cp1252 cp819 csisolatin1 ibm819 iso-8859-1 iso-ir-100 iso8859-1 "
        "iso88591 iso_8859-1 iso_8859-1:1987 l1 latin1 us-ascii windows-1252 x-cp1252"
    ),
    "windows-1253": "cp1253 windows-1253 x-cp1253",
    "windows-1254": (
        "cp1254 csisolatin5 iso-8859-9 iso-ir-148 iso8859-9 iso88599 iso_8859-9 iso_8859-9:1989 l5 "
        "latin5 windows-1254 x-cp1254"
    ),
    "windows-1255": "cp1255 windows-1255 x-cp1255",
    "windows-1256": "cp1256 windows-1256 x-cp1256",
    "windows-1257": "cp1257 windows-1257 x-cp1257",
    "windows-1258": "cp1258 windows-1258 x-cp1258",
    "x-mac-cyrillic": "x-mac-cyrillic x-mac-ukrainian",
    "gbk": "chinese csgb2312 csiso58gb231280 gb2312 gb_2312 gb_2312-80 gbk iso-ir-58 x-gbk",
    "gb18030": "gb18030",
    "big5": "big5 big5-hkscs cn-big5 csbig5 x-x-big5",
    "euc-jp": "cseucpkdfmtjapanese euc-jp x-euc-jp",
    "iso-2022-jp": "csiso2022jp iso-2022-jp",
    "shift_jis": "csshiftjis ms932 ms_kanji shift-jis shift_jis sjis windows-31j x-sjis",
    "euc-kr": (
        "cseuckr csksc56011987 euc-kr iso-ir-149 korean ks_c_5601-1987 ks_c_5601-1989 ksc5601 ksc_5601 windows-949"
    ),
    "replacement": "csiso2022kr hz-gb-2312 iso-2022-cn iso-2022-cn-ext iso-2022-kr replacement",
    "utf-16be": "unicodefffe utf-16be",
    "utf-16le": "csunicode iso-10646-ucs-2 ucs-2 unicode unicodefeff utf-16 utf-16le",
    "x-user-defined": "x-user-defined",
}

_LABEL_TO_ENCODING: dict[str, str] = {
    label: name for name, labels in _ENCODING_LABELS.items() for label in labels.split()
}

# The Python codec that decodes each WHATWG encoding. Where browsers decode a superset of
# the named standard (Shift_JIS as Windows-932, GBK as GB18030, EUC-KR as Windows-949,
# Big5 with the HKSCS extensions), so do we: pages are written against browsers.
_PYTHON_CODECS: dict[str, str] = {
    "utf-8": "utf-8",
    "ibm866": "cp866",
    "iso-8859-2": "iso8859_2",
    "iso-8859-3": "iso8859_3",
    "iso-8859-4": "iso8859_4",
    "iso-8859-5": "iso8859_5",
    "iso-8859-6": "iso8859_6",
    "iso-8859-7": "iso8859_7",
    "iso-8859-8": "iso8859_8",
    "iso-8859-8-i": "iso8859_8",
    "iso-8859-10": "iso8859_10",
    "iso-8859-13": "iso8859_13",
    "iso-8859-14": "iso8859_14",
    "iso-8859-15": "iso8859_15",
    "iso-8859-16": "iso8859_16",
    "koi8-r": "koi8_r",
    "koi8-u": "koi8_u",
    "macintosh": "mac_roman",
    "windows-874": "cp874",
    "windows-1250": "cp1250",
    "windows-1251": "cp1251",
    "windows-1252": "cp1252",
    "windows-1253": "cp1253",
    "windows-1254": "cp1254",
    "windows-1255": "cp1255",
    "windows-1256": "cp1256",
    "windows-1257": "cp1257",
    "windows-1258": "cp1258",
    "x-mac-cyrillic": "mac_cyrillic",
    "gbk": "gb18030",
    "gb18030": "gb18030",
    "big5": "big5hkscs",
    "euc-jp": "euc_jp",
    "iso-2022-jp": "iso2022_jp",
    "shift_jis": "cp932",
    "euc-kr": "cp949",
    "utf-16be": "utf-16-be",
    "utf-16le": "utf-16-le",
}

# Detector answers, keyed by ``codecs.lookup(name).name``, mapped back to WHATWG names.
_DETECTED_TO_WHATWG: dict[str, str] = {
    "utf-8": "utf-8",
    "cp866": "ibm866",
    **{f"iso8859-{n}": f"iso-8859-{n}" for n in (2, 3, 4, 5, 6, 7, 8, 10, 13, 14, 15, 16)},
    "iso8859-1": "windows-1252",  # the standard reads ISO-8859-1 as windows-1252
    "iso8859-9": "windows-1254",
    "iso8859-11": "windows-874",
    "tis-620": "windows-874",
    "cp874": "windows-874",
    "koi8-r": "koi8-r",
    "koi8-u": "koi8-u",
    "mac-roman": "macintosh",
    "mac-cyrillic": "x-mac-cyrillic",
    **{f"cp125{n}": f"windows-125{n}" for n in range(9)},
    "gb2312": "gbk",
    "gbk": "gbk",
    "gb18030": "gbk",  # one decoder in the standard; "gbk" is the name pages use
    "big5": "big5",
    "big5hkscs": "big5",
    "euc_jp": "euc-jp",
    "euc_jis_2004": "euc-jp",
    "euc_jisx0213": "euc-jp",
    "iso2022_jp": "iso-2022-jp",
    "shift_jis": "shift_jis",
    "cp932": "shift_jis",
    "shift_jis_2004": "shift_jis",
    "shift_jisx0213": "shift_jis",
    "euc_kr": "euc-kr",
    "cp949": "euc-kr",
    "utf-16-le": "utf-16le",
    "utf-16-be": "utf-16be",
}

# What the detector may answer: the Python codecs of the WHATWG encodings. Restricting it
# keeps answers nameable and stops exotic code pages (mac_latin2, cp775...) from winning
# on Western text.
_DETECTION_CANDIDATES: tuple[str, ...] = tuple(
    dict.fromkeys(
        # windows-1252 first: the detector breaks exact ties by candidate order.
        ["cp1252"]
        + [
            codec
            for name, codec in _PYTHON_CODECS.items()
            # UTF-16 without a BOM is sniffed separately; ISO-2022-JP is 7-bit and caught earlier.
            if name not in {"utf-16le", "utf-16be", "iso-2022-jp"}
        ]
    )
)

# Latin-script single-byte encodings, which the detector tells apart poorly: they share
# most letters, and its language models can't tell "è" in French from "è" for Czech "č".
_LATIN_SINGLE_BYTE = frozenset(
    {
        "windows-1252",
        "windows-1250",
        "windows-1254",
        "windows-1257",
        "windows-1258",
        "macintosh",
        *(f"iso-8859-{n}" for n in (2, 3, 4, 10, 13, 14, 15, 16)),
    }
)

# For Latin-script languages outside Western Europe, the legacy encodings their pages are
# likely to be in, best first: the HTML standard's locale-based defaults, with each Windows
# code page's ISO sibling added. Any other language gets the web-wide default. Western
# languages get no say: English templates declare lang="en" on pages in every language.
_WESTERN = ("windows-1252",)
_LANGUAGE_GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("bs cs hr hu pl sk sl", ("windows-1250", "iso-8859-2")),
    ("ro", ("windows-1250", "iso-8859-16", "iso-8859-2")),
    ("az ku tr", ("windows-1254",)),
    ("et lt lv", ("windows-1257", "iso-8859-13", "iso-8859-4")),
    ("vi", ("windows-1258",)),
)
_LANGUAGE_ENCODINGS = {lang: family for langs, family in _LANGUAGE_GROUPS for lang in langs.split()}
# Windows code pages and the ISO encoding they extend in 0x80-0x9F (for windows-1252 the
# sibling worth telling apart is Latin-9, the one with the euro sign).
_ISO_SIBLINGS = {"windows-1250": "iso-8859-2", "windows-1252": "iso-8859-15", "windows-1257": "iso-8859-13"}

_UTF16 = frozenset({"utf-16le", "utf-16be"})

# 256-character decoding tables for codecs.charmap_decode, for the two encodings whose WHATWG
# definition Python lacks. windows-1252: Python's cp1252 leaves 0x81, 0x8D, 0x8F, 0x90 and
# 0x9D undefined (surrogateescape turns them into U+DC00 + byte), WHATWG maps them to the
# C1 controls of the same number.
_WINDOWS_1252_TABLE = "".join(
    char if not "\udc80" <= char <= "\udcff" else chr(ord(char) - 0xDC00)
    for char in bytes(range(256)).decode("cp1252", "surrogateescape")
)
# x-user-defined: ASCII stays, bytes 0x80-0xFF go to the private-use range U+F780-U+F7FF.
_X_USER_DEFINED_TABLE = "".join(map(chr, range(0x80))) + "".join(map(chr, range(0xF780, 0xF800)))

_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xfe\xff", "utf-16be"),
    (b"\xff\xfe", "utf-16le"),
)

# --------------------------------------------------------------------------------------
# Heuristic thresholds.
# --------------------------------------------------------------------------------------

_PRESCAN_BYTES = 1024  # the standard's prescan window for <meta charset>
_MAX_CONTENT_TYPE_CHARS = 1024  # a Content-Type longer than this is garbage; don't scan all of it
_UTF8_PROBE_BYTES = 256 * 1024  # prefix judged first, so that non-UTF-8 input is rejected cheaply
_UTF8_MIN_GOOD_PER_BAD = 10  # well-formed multi-byte chars per malformed one for "UTF-8 with typos"
_SAMPLE_LEAD_BYTES = 1024  # context kept before the first non-ASCII byte in the detection sample
_SAMPLE_HEAD_BYTES = 64 * 1024  # detection sample size from the first non-ASCII byte on
_SAMPLE_TAIL_BYTES = 16 * 1024  # plus the document's end, where footers often carry more text
_LATIN_TIE_MARGIN = 0.01  # detector scores this close count as a tie between Latin code pages
_LANGUAGE_CHAOS_MARGIN = 0.1  # extra "mess" we accept in the page's declared language's encoding
_LANGUAGE_SCAN_BYTES = 8192  # where to look for <html lang>
_UTF16_SNIFF_BYTES = 256  # prefix examined for BOM-less UTF-16
_UTF16_NUL_SHARE = 0.9  # share of NUL high bytes in BOM-less UTF-16 markup (ASCII-heavy)
_UTF16_MAX_LOW_NUL_SHARE = 0.1  # ...while the other half of the bytes is almost never NUL
_BINARY_SAMPLE_BYTES = 4096  # prefix examined by the binary check
_BINARY_CONTROL_SHARE = 0.05  # control characters above this share mean "not text" (random data: ~10%)
_JSON_HEAD_BYTES = 1024  # prefix that must look like JSON (and hold no "<")
_JSON_PARSE_LIMIT = 1024 * 1024  # full json.loads only up to this size; above, trust the head


# --------------------------------------------------------------------------------------
# Labels and decoding.
# --------------------------------------------------------------------------------------

_ASCII_WHITESPACE = "\t\n\x0c\r "


def label_to_encoding(label: str | bytes) -> str | None:
    """Return the WHATWG encoding name for an encoding label, or None for an unknown label.

    The label is trimmed of ASCII whitespace and compared ASCII case-insensitively, as the
    Encoding Standard's "get an encoding" says. The labels of the "replacement" encoding
    (ISO-2022-KR, HZ...) are treated as unknown: decoding a page to a single U+FFFD helps
    nobody, so such pages go on to the next step instead.
    """
    if isinstance(label, bytes):
        label = label.decode("latin-1")
    key = label.strip(_ASCII_WHITESPACE)
    if not key.isascii():  # str.lower() would fold e.g. the Kelvin sign into "k"
        return None
    name = _LABEL_TO_ENCODING.get(key.lower())
    return None if name == "replacement" else name


def _decode(data: bytes, encoding: str) -> str:
    """Decode ``data`` as WHATWG ``encoding``; malformed input becomes U+FFFD, never an error."""
    # Both tables define all 256 bytes, so these cannot fail.
    if encoding == "windows-1252":
        return codecs.charmap_decode(data, "strict", _WINDOWS_1252_TABLE)[0]
    if encoding == "x-user-defined":
        return codecs.charmap_decode(data, "strict", _X_USER_DEFINED_TABLE)[0]
    return data.decode(_PYTHON_CODECS.get(encoding, "cp1252"), "replace")


def _utf8_text(data: bytes, *, tolerant: bool) -> str | None:
    """Return ``data`` decoded as UTF-8 if it is UTF-8, else None.

    A multi-byte sequence cut off at the very end (a truncated download) still counts. With
    ``tolerant``, so does a page whose well-formed multi-byte characters outnumber its
    malformed sequences by :data:`_UTF8_MIN_GOOD_PER_BAD` to one: a UTF-8 page with a few
    stray legacy bytes reads far better as UTF-8 than as anything else.
    """
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        # Errors are reported in order, so an error that is the end of the data means
        # everything before it was valid.
        if exc.reason == "unexpected end of data" and exc.end == len(data):
            return data.decode("utf-8", "replace")
    if not tolerant:
        return None
    # Judge a prefix first: most non-UTF-8 input is plain to see early, and cheap to reject.
    if len(data) > _UTF8_PROBE_BYTES:
        cut = _UTF8_PROBE_BYTES
        while cut > _UTF8_PROBE_BYTES - 3 and 0x80 <= data[cut] <= 0xBF:  # not mid-character
            cut -= 1
        good, bad = _utf8_balance(data[:cut])
        if good < bad * _UTF8_MIN_GOOD_PER_BAD:
            return None
    text = data.decode("utf-8", "replace")
    good, bad = _utf8_balance(data, text)
    return text if good >= max(bad, 1) * _UTF8_MIN_GOOD_PER_BAD else None


def _utf8_balance(data: bytes, text: str | None = None) -> tuple[int, int]:
    """Count (well-formed multi-byte characters, malformed sequences) in ``data`` as UTF-8.

    ``text`` is ``data`` decoded as UTF-8 with errors replaced, if already at hand.
    """
    if text is None:
        text = data.decode("utf-8", "replace")
    replaced = text.count("\ufffd")
    bad = replaced - data.count(b"\xef\xbf\xbd")  # a U+FFFD spelled out in the source is no error
    non_ascii = len(text) - len(text.encode("ascii", "ignore"))
    return non_ascii - replaced, bad


# --------------------------------------------------------------------------------------
# Step 2: the transport layer's charset parameter.
# --------------------------------------------------------------------------------------

_CHARSET_PARAM = re.compile(
    r"""(?:^|[;\s])charset\s*=\s*(?:"([^"]*)"|'([^']*)'|([^;\s"']*))""",
    re.IGNORECASE,
)


def _transport_label(content_type: str) -> str | None:
    """Return the raw ``charset`` parameter of a Content-Type value, quoted or not."""
    match = _CHARSET_PARAM.search(content_type[:_MAX_CONTENT_TYPE_CHARS])
    if match is None:
        return None
    return next((group for group in match.groups() if group is not None), None)


# --------------------------------------------------------------------------------------
# Step 3: the standard's "prescan a byte stream to determine its encoding".
# --------------------------------------------------------------------------------------

_SPACE = frozenset(b"\t\n\x0c\r ")
_SPACE_OR_SLASH = _SPACE | {0x2F}
_SPACE_OR_GT = _SPACE | {0x3E}
_QUOTES = frozenset(b"\"'")
_EQ, _GT, _LT, _SLASH = 0x3D, 0x3E, 0x3C, 0x2F


def _ascii_lower(byte: int) -> int:
    return byte + 0x20 if 0x41 <= byte <= 0x5A else byte


def _is_ascii_letter(byte: int) -> bool:
    return 0x41 <= byte <= 0x5A or 0x61 <= byte <= 0x7A


def _get_attribute(buf: bytes, pos: int) -> tuple[bytes | None, bytes, int]:
    """The standard's "get an attribute": return (name, value, new position).

    The name is None when there is no further attribute in the tag (a ``>`` or the end of
    the buffer). Names and values come back ASCII-lower-cased.
    """
    end = len(buf)
    while pos < end and buf[pos] in _SPACE_OR_SLASH:
        pos += 1
    if pos >= end or buf[pos] == _GT:
        return None, b"", pos
    name = bytearray()
    while True:  # the attribute name
        if pos >= end:
            return None, b"", end
        byte = buf[pos]
        if byte == _EQ and name:
            pos += 1
            break
        if byte in _SPACE:
            while pos < end and buf[pos] in _SPACE:
                pos += 1
            if pos >= end:
                return None, b"", end
            if buf[pos] != _EQ:
                return bytes(name), b"", pos
            pos += 1
            break
        if byte in (_SLASH, _GT):
            return bytes(name), b"", pos
        name.append(_ascii_lower(byte))
        pos += 1
    while pos < end and buf[pos] in _SPACE:
        pos += 1
    if pos >= end:
        return None, b"", end
    value = bytearray()
    quote = buf[pos]
    if quote in _QUOTES:
        pos += 1
        while pos < end:
            byte = buf[pos]
            pos += 1
            if byte == quote:
                return bytes(name), bytes(value), pos
            value.append(_ascii_lower(byte))
        return None, b"", end
    if quote == _GT:
        return bytes(name), b"", pos
    while pos < end and buf[pos] not in _SPACE_OR_GT:
        value.append(_ascii_lower(buf[pos]))
        pos += 1
    if pos >= end:
        return None, b"", end
    return bytes(name), bytes(value), pos


def _charset_from_content(value: bytes) -> str | None:
    """The standard's "extract a character encoding from a meta element" on a ``content`` value."""
    pos = 0
    length = len(value)
    while True:
        found = value.find(b"charset", pos)
        if found < 0:
            return None
        pos = found + 7
        while pos < length and value[pos] in _SPACE:
            pos += 1
        if pos < length and value[pos] == _EQ:
            break
        # Not "charset=": look for another "charset" from here.
    pos += 1
    while pos < length and value[pos] in _SPACE:
        pos += 1
    if pos >= length:
        return None
    first = value[pos]
    if first in _QUOTES:
        close = value.find(bytes((first,)), pos + 1)
        return None if close < 0 else label_to_encoding(value[pos + 1 : close])
    stop = pos
    while stop < length and value[stop] not in _SPACE and value[stop] != 0x3B:
        stop += 1
    return label_to_encoding(value[pos:stop])


def _meta_charset(buf: bytes, pos: int) -> tuple[str | None, int]:
    """Read the attributes of a ``<meta`` tag; return (declared encoding or None, position)."""
    seen: set[bytes] = set()
    got_pragma = False
    need_pragma: bool | None = None
    charset: str | None = None
    while True:
        name, value, pos = _get_attribute(buf, pos)
        if name is None:
            break
        if name in seen:
            continue
        seen.add(name)
        if name == b"http-equiv":
            got_pragma = got_pragma or value == b"content-type"
        elif name == b"content":
            found = _charset_from_content(value)
            if found is not None and charset is None:
                charset, need_pragma = found, True
        elif name == b"charset":
            charset, need_pragma = label_to_encoding(value), False
    if need_pragma is None or (need_pragma and not got_pragma) or charset is None:
        return None, pos
    # A meta cannot truthfully declare UTF-16: it was read as ASCII, so the page isn't.
    if charset in _UTF16:
        return "utf-8", pos
    if charset == "x-user-defined":
        return "windows-1252", pos
    return charset, pos


def _prescan(data: bytes) -> str | None:
    """Return the encoding a ``<meta>`` in the first 1024 bytes declares, or None."""
    buf = data[:_PRESCAN_BYTES]
    end = len(buf)
    pos = 0
    while pos < end:
        if buf[pos] != _LT:
            pos += 1
            continue
        if buf.startswith(b"<!--", pos):
            # The comment ends at the first "-->" whose "--" may overlap the opening "<!--".
            close = buf.find(b"-->", pos + 2)
            if close < 0:
                return None
            pos = close + 2
        elif buf[pos + 1 : pos + 5].lower() == b"meta" and pos + 5 < end and buf[pos + 5] in _SPACE_OR_SLASH:
            found, pos = _meta_charset(buf, pos + 5)
            if found is not None:
                return found
        elif pos + 1 < end and (
            _is_ascii_letter(buf[pos + 1])
            or (buf[pos + 1] == _SLASH and pos + 2 < end and _is_ascii_letter(buf[pos + 2]))
        ):
            # Any other tag: skip its name, then its attributes, so that a "<meta" inside an
            # attribute value is not taken for a tag.
            while pos < end and buf[pos] not in _SPACE_OR_GT:
                pos += 1
            while pos < end:
                name, _, pos = _get_attribute(buf, pos)
                if name is None:
                    break
        elif buf.startswith((b"<!", b"</", b"<?"), pos):
            close = buf.find(b">", pos + 2)
            if close < 0:
                return None
            pos = close
        pos += 1
    return None


# --------------------------------------------------------------------------------------
# Step 4: detection.
# --------------------------------------------------------------------------------------

_NON_ASCII = re.compile(rb"[\x80-\xff]")
# A tag with no "<" or ">" inside: linear to match. ">" and "<" never occur inside a
# multi-byte character of the legacy CJK encodings (their trail bytes start at 0x40).
_TAG = re.compile(rb"<[^<>]*>")
_WHITESPACE_RUN = re.compile(rb"\s+")
_C1_RANGE = re.compile(rb"[\x80-\x9f]")
# Latin-9's euro sign, or its "Š š Ž Œ œ Ÿ" (windows-1252's "¦ ¨ ¼ ½ ¾") before a letter.
_LATIN9_HINT = re.compile(rb"\xa4|[\xa6\xa8\xbc\xbd\xbe][A-Za-z\xc0-\xff]")
# <html lang="xx-YY">, or xml:lang; only the primary language subtag is kept.
_HTML_LANG = re.compile(rb"""<html\b[^>]*?\blang\s*=\s*["']?\s*([A-Za-z]{2,3})\b""", re.IGNORECASE)


def _bomless_utf16(data: bytes) -> str | None:
    """Return "utf-16le"/"utf-16be" when ``data`` is markup in UTF-16 without a BOM, else None.

    ASCII markup in UTF-16 has a NUL in every other byte; requiring the decoded start to be
    ``<`` keeps NUL-riddled binary data out.
    """
    size = min(len(data), _UTF16_SNIFF_BYTES) // 2 * 2
    sample = data[:size]
    if len(sample) < 8:
        return None
    even, odd = sample[0::2], sample[1::2]
    half = len(sample) // 2
    if odd.count(0) >= half * _UTF16_NUL_SHARE and even.count(0) <= half * _UTF16_MAX_LOW_NUL_SHARE:
        encoding = "utf-16le"
    elif even.count(0) >= half * _UTF16_NUL_SHARE and odd.count(0) <= half * _UTF16_MAX_LOW_NUL_SHARE:
        encoding = "utf-16be"
    else:
        return None
    head = sample.decode(_PYTHON_CODECS[encoding], "replace").lstrip(_ASCII_WHITESPACE)
    return encoding if head.startswith("<") else None


def _detection_sample(data: bytes) -> bytes:
    """Return the bytes the statistical detector should look at.

    The sample starts shortly before the first non-ASCII byte (a page can open with tens of
    kilobytes of ASCII markup and scripts), runs for :data:`_SAMPLE_HEAD_BYTES`, adds the last
    :data:`_SAMPLE_TAIL_BYTES`, and has its tags removed so the detector sees text. Cuts are
    made after a ``>`` or a newline, which no multi-byte character contains.
    """
    first = _NON_ASCII.search(data)
    start = 0 if first is None else max(0, first.start() - _SAMPLE_LEAD_BYTES)
    if start:
        start = max(data.rfind(b">", 0, start), data.rfind(b"\n", 0, start)) + 1
    head_end = start + _SAMPLE_HEAD_BYTES
    if head_end >= len(data):
        sample = data[start:]
    else:
        cut = max(data.rfind(b">", start, head_end), data.rfind(b"\n", start, head_end))
        if cut > start:
            head_end = cut + 1
        tail_start = max(head_end, len(data) - _SAMPLE_TAIL_BYTES)
        if tail_start > head_end:
            found = [i for i in (data.find(b">", tail_start), data.find(b"\n", tail_start)) if i >= 0]
            if found:
                tail_start = min(found) + 1
        sample = data[start:head_end] + b"\n" + data[tail_start:]
    text_only = _WHITESPACE_RUN.sub(b" ", _TAG.sub(b" ", sample))
    # Non-ASCII bytes only in attributes (alt text, titles): then the tags must stay.
    return text_only if _NON_ASCII.search(text_only) else sample


def _python_codec_to_whatwg(name: str) -> str | None:
    """Map a Python codec name (as the detector answers) to a WHATWG encoding name."""
    try:
        canonical = codecs.lookup(name).name
    except LookupError:
        return None
    return _DETECTED_TO_WHATWG.get(canonical)


def _detect_legacy(data: bytes) -> str | None:
    """Ask charset-normalizer which legacy encoding ``data`` is in; None if it cannot say."""
    # Imported here: charset-normalizer is slow to import and most pages never need it.
    from charset_normalizer import from_bytes  # noqa: PLC0415

    sample = _detection_sample(data)
    try:
        matches: Any = from_bytes(sample, cp_isolation=list(_DETECTION_CANDIDATES), preemptive_behaviour=False)
        # Per match, best first: every encoding giving that same text, and its scores.
        answers = [(list(match.could_be_from_charset), float(match.chaos), float(match.coherence)) for match in matches]
    except Exception:  # detection is best effort: a detector bug must not fail the page
        return None
    ranked: list[tuple[list[str], float, float]] = []
    for names, chaos, coherence in answers:
        encodings = [enc for enc in map(_python_codec_to_whatwg, names) if enc is not None]
        if encodings:
            ranked.append((encodings, chaos, coherence))
    if not ranked:
        return None
    best, best_chaos, best_coherence = ranked[0]
    if _LATIN_SINGLE_BYTE.isdisjoint(best):
        return best[0]
    # Latin text: the page's declared language may settle what the detector's scores barely
    # separate; otherwise the web default wins exact ties.
    language = _declared_language(data)
    preferred = _LANGUAGE_ENCODINGS.get(language or "")
    chaos_margin, coherence_margin = _LANGUAGE_CHAOS_MARGIN, 1.0
    if preferred is None:
        preferred, chaos_margin, coherence_margin = _WESTERN, _LATIN_TIE_MARGIN, _LATIN_TIE_MARGIN
    chosen = next(
        (
            wanted
            for wanted in preferred
            for encodings, chaos, coherence in ranked
            if wanted in encodings
            and chaos <= best_chaos + chaos_margin
            and coherence >= best_coherence - coherence_margin
        ),
        best[0],
    )
    return _iso_sibling(chosen, sample)


def _declared_language(data: bytes) -> str | None:
    """The primary language subtag of ``<html lang>``, lower-cased, if the page has one."""
    match = _HTML_LANG.search(data, 0, _LANGUAGE_SCAN_BYTES)
    return match.group(1).decode("ascii").lower() if match else None


def _iso_sibling(encoding: str, sample: bytes) -> str:
    """Prefer the ISO sibling of a Windows code page for text that only the ISO one fits.

    Windows code pages keep letters in 0x80-0x9F (windows-1250's "š", "ś", "ž"...), which
    ISO-8859 leaves to control codes. Text with none of those bytes that still differs
    between the two is the ISO encoding's. For windows-1252 only bytes that are letters or
    "€" in Latin-9 but rare symbols in windows-1252 count ("¤", or "½" inside a word).
    """
    sibling = _ISO_SIBLINGS.get(encoding)
    if sibling is None or _C1_RANGE.search(sample):
        return encoding
    if encoding == "windows-1252":
        return sibling if _LATIN9_HINT.search(sample) else encoding
    mine = sample.decode(_PYTHON_CODECS[encoding], "replace")
    theirs = sample.decode(_PYTHON_CODECS[sibling], "replace")
    return sibling if mine != theirs else encoding


def _detect(data: bytes, *, utf8_ruled_out: bool = False) -> Decoded:
    """Steps 4 and 5: pick the encoding from the bytes alone, else windows-1252."""
    # ISO-2022-JP is 7-bit, so it would pass for UTF-8; its escape sequences give it away.
    if data.isascii() and (b"\x1b$B" in data or b"\x1b$@" in data):
        return Decoded(_decode(data, "iso-2022-jp"), "iso-2022-jp", "detected")
    utf16 = _bomless_utf16(data)
    if utf16 is not None:
        return Decoded(_decode(data, utf16), utf16, "detected")
    if not utf8_ruled_out:
        text = _utf8_text(data, tolerant=True)
        if text is not None:
            return Decoded(text, "utf-8", "detected")
    encoding = _detect_legacy(data)
    if encoding is not None:
        return Decoded(_decode(data, encoding), encoding, "detected")
    return Decoded(_decode(data, "windows-1252"), "windows-1252", "default")


# --------------------------------------------------------------------------------------
# The entry points.
# --------------------------------------------------------------------------------------


def decode_html(data: bytes, *, content_type: str | None = None) -> Decoded:
    """Decode an HTML document's bytes following the HTML standard's encoding sniffing.

    ``content_type`` is the HTTP Content-Type header value, if known; its ``charset``
    parameter is the transport-layer encoding. Never raises: malformed bytes decode to
    U+FFFD and the last resort is windows-1252.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return Decoded(_decode(data[len(bom) :], encoding), encoding, "bom")

    declared: str | None = None
    source = "transport"
    if content_type:
        label = _transport_label(content_type)
        declared = label_to_encoding(label) if label is not None else None
    if declared is None:
        declared = _prescan(data)
        source = "meta"
    if declared is None:
        return _detect(data)

    if declared == "utf-8":
        text = _utf8_text(data, tolerant=True)
        if text is not None:
            return Decoded(text, "utf-8", source)
        # Declared UTF-8 but plainly something else: a mislabelled legacy page.
        return _detect(data, utf8_ruled_out=True)
    if declared not in _UTF16 and not data.isascii():
        # Valid UTF-8 with non-ASCII in it is almost never a legacy encoding by accident,
        # while pages (and servers) that claim ISO-8859-1 for UTF-8 are common.
        text = _utf8_text(data, tolerant=False)
        if text is not None:
            return Decoded(text, "utf-8", "detected")
    return Decoded(_decode(data, declared), declared, source)


# Magic numbers of formats that are never a web page, as (prefix, kind).
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "pdf"),
    (b"\x89PNG\r\n\x1a\n", "png"),
    (b"\xff\xd8\xff", "jpeg"),
    (b"GIF87a", "gif"),
    (b"GIF89a", "gif"),
    (b"PK\x03\x04", "zip"),
    (b"PK\x05\x06", "zip"),
    (b"PK\x07\x08", "zip"),
    (b"\x1f\x8b", "gzip"),
    (b"\xfd7zXZ\x00", "xz"),
    (b"(\xb5/\xfd", "zstd"),
    (b"7z\xbc\xaf'\x1c", "7z"),
    (b"Rar!\x1a\x07", "rar"),
    (b"\x7fELF", "elf"),
    (b"\xca\xfe\xba\xbe", "java-class"),
    (b"\x00asm", "wasm"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "ms-office"),
    (b"{\\rtf", "rtf"),
    (b"%!PS", "postscript"),
    (b"SQLite format 3\x00", "sqlite"),
    (b"OggS", "ogg"),
    (b"fLaC", "flac"),
    (b"\x1aE\xdf\xa3", "matroska"),
    (b"II*\x00", "tiff"),
    (b"MM\x00*", "tiff"),
    (b"wOFF", "woff"),
    (b"wOF2", "woff2"),
    (b"\x00\x00\x01\x00", "ico"),
)
_RIFF_KINDS = {b"WEBP": "webp", b"WAVE": "wav", b"AVI ": "avi"}
_ISO_MEDIA_BRANDS = {b"avif": "avif", b"avis": "avif", b"heic": "heic", b"heix": "heic", b"mif1": "heic"}

# Control bytes that text does not contain (tab, newline, form feed, carriage return and
# the escape of ISO-2022-JP are text).
_CONTROL_BYTES = bytes(b for b in range(0x20) if b not in (0x09, 0x0A, 0x0C, 0x0D, 0x1B))
_CONTROL_CHARS = frozenset(chr(b) for b in _CONTROL_BYTES)

_JSON_TOKEN = re.compile(
    rb'\s*(?:[{}\[\],:]|"(?:[^"\\\x00-\x1f]|\\.)*"|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)'
)
# What may be left when the head window cuts a token in two.
_JSON_PARTIAL_TOKEN = re.compile(
    rb'\s*(?:"(?:[^"\\]|\\.)*\\?|-?[\d.eE+-]*|t(?:r(?:ue?)?)?|f(?:a(?:l(?:se?)?)?)?|n(?:u(?:ll?)?)?)'
)


def _looks_like_json(data: bytes) -> bool:
    """Whether ``data`` (BOM and leading whitespace stripped) is a JSON document."""
    if data[:1] not in (b"{", b"["):
        return False
    head = data[:_JSON_HEAD_BYTES]
    if b"<" in head:
        return False
    if len(data) <= _JSON_PARSE_LIMIT:
        try:
            json.loads(data)
        except (ValueError, RecursionError):
            return False
        return True
    # Too big to parse cheaply: the head must be a run of JSON tokens, the last maybe cut off.
    pos = 0
    separators = 0
    while pos < len(head):
        match = _JSON_TOKEN.match(head, pos)
        if match is None:
            break
        separators += match.group().strip() in (b":", b",")
        pos = match.end()
    rest = head[pos:]
    return separators > 0 and (not rest or _JSON_PARTIAL_TOKEN.fullmatch(rest) is not None)


def sniff_not_html(data: bytes) -> str | None:
    """Return a short kind (``"pdf"``, ``"png"``, ``"json"``, ``"binary"``...) when ``data`` is
    plainly not an HTML page, else None.

    Plain text is not rejected, only other formats and binary data. UTF-16 text, with or
    without a byte order mark, counts as text despite its NUL bytes.
    """
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return kind
    if data.startswith(b"RIFF") and data[8:12] in _RIFF_KINDS:
        return _RIFF_KINDS[data[8:12]]
    if data[4:8] == b"ftyp":
        return _ISO_MEDIA_BRANDS.get(data[8:12], "mp4")
    if data.startswith(b"ID3") and data[3:4] in (b"\x02", b"\x03", b"\x04"):  # tag version
        return "mp3"
    if data.startswith(b"BZh") and data[3:4].isdigit():
        return "bzip2"
    if data.startswith(b"BM") and data[6:10] == b"\x00\x00\x00\x00":
        return "bmp"

    utf16 = next((enc for bom, enc in _BOMS[1:] if data.startswith(bom)), None)
    if utf16 is not None:
        text = data[2:_BINARY_SAMPLE_BYTES].decode(_PYTHON_CODECS[utf16], "replace")
        controls = sum(1 for char in text if char in _CONTROL_CHARS)
        return "binary" if controls > len(text) * _BINARY_CONTROL_SHARE else None
    if _bomless_utf16(data) is not None:
        return None

    body = data[3:] if data.startswith(b"\xef\xbb\xbf") else data
    if _looks_like_json(body.lstrip(b" \t\r\n")):
        return "json"

    sample = data[:_BINARY_SAMPLE_BYTES]
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    if controls > len(sample) * _BINARY_CONTROL_SHARE:
        return "binary"
    return None
