"""Date parsing for metadata: machine dates (ISO 8601, RFC 2822, epoch), dates written for
people in many languages ("3. Juni 2015", "3 juin 2015 à 10h41", "June 3, 2015", "3 июня
2015", "2015年6月3日"), and dates in URL paths.

Every function is pure and bounded: the text scanners look at most at
:data:`MAX_SCAN_CHARS` characters and use regular expressions without nested quantifiers.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from email.utils import parsedate_tz
from typing import TypeAlias

__all__ = [
    "MIN_YEAR",
    "ParsedDate",
    "find_text_dates",
    "is_plausible",
    "parse_machine_date",
    "parse_short_year_date",
    "parse_text_date",
    "url_date",
]

#: Dates before this year are junk placeholders or archive noise unless a publication-date
#: field states them plainly (see :func:`is_plausible`). Calibration: no page of the
#: htmldate/trafilatura/fundus sets has a gold date before 1995.
MIN_YEAR = 1990
#: Before this year a date is always rejected (epoch 1970, "0001-01-01" placeholders).
ABSOLUTE_MIN_YEAR = 1900
#: Text scanners stop after this many characters.
MAX_SCAN_CHARS = 200_000
#: A naive time may be in any zone up to UTC+14: it is in the future only when even there it is.
_MAX_OFFSET = timedelta(hours=14)


@dataclass(frozen=True, slots=True)
class ParsedDate:
    """A parsed date: ``value`` is naive unless the text gave an offset."""

    value: datetime
    has_time: bool

    @property
    def aware(self) -> bool:
        return self.value.tzinfo is not None


# --- month names --------------------------------------------------------------------------

#: Month names and abbreviations (lower case) by month number, in the languages tamis covers.
MONTHS: dict[int, tuple[str, ...]] = {
    1: ("january", "jan", "januar", "jänner", "janvier", "janv", "enero", "ene", "gennaio", "gen", "janeiro",
        "januari", "stycznia", "styczeń", "styczen", "января", "январь", "січня", "ledna", "leden", "tammikuuta",
        "ocak", "január", "ianuarie", "ιανουαρίου", "ιανουάριος", "ιαν"),
    2: ("february", "feb", "februar", "feber", "février", "fevrier", "févr", "fév", "febrero", "febbraio",
        "fevereiro", "fev", "februari", "lutego", "luty", "февраля", "февраль", "лютого", "února", "únor",
        "helmikuuta", "şubat", "subat", "február", "februarie", "φεβρουαρίου", "φεβρουάριος", "φεβ"),
    3: ("march", "mar", "märz", "maerz", "mär", "mars", "marzo", "março", "marco", "maart", "mrt", "marca",
        "marzec", "марта", "март", "березня", "března", "březen", "maaliskuuta", "mart", "március", "martie",
        "marts", "μαρτίου", "μάρτιος", "μαρ"),
    4: ("april", "apr", "avril", "avr", "abril", "abr", "aprile", "kwietnia", "kwiecień", "апреля", "апрель",
        "квітня", "dubna", "duben", "huhtikuuta", "nisan", "április", "aprilie", "απριλίου", "απρίλιος", "απρ"),
    5: ("may", "mai", "mayo", "maggio", "mag", "maio", "mei", "maja", "maj", "мая", "май", "травня", "května",
        "květen", "toukokuuta", "mayıs", "mayis", "május", "μαΐου", "μαΐου", "μάιος", "μαΐ"),
    6: ("june", "jun", "juni", "juin", "junio", "giugno", "giu", "junho", "czerwca", "czerwiec", "июня", "июнь",
        "червня", "června", "červen", "kesäkuuta", "haziran", "június", "iunie", "ιουνίου", "ιούνιος", "ιουν"),
    7: ("july", "jul", "juli", "juillet", "juil", "julio", "luglio", "lug", "julho", "lipca", "lipiec", "июля",
        "июль", "липня", "července", "červenec", "heinäkuuta", "temmuz", "július", "iulie", "ιουλίου", "ιούλιος",
        "ιουλ"),
    8: ("august", "aug", "août", "aout", "agosto", "ago", "augustus", "augusti", "sierpnia", "sierpień",
        "августа", "август", "серпня", "srpna", "srpen", "elokuuta", "ağustos", "agustos", "augusztus",
        "αυγούστου", "αύγουστος", "αυγ"),
    9: ("september", "sep", "sept", "septembre", "septiembre", "setiembre", "settembre", "set", "setembro",
        "września", "wrzesień", "сентября", "сентябрь", "вересня", "září", "syyskuuta", "eylül", "eylul",
        "szeptember", "septembrie", "σεπτεμβρίου", "σεπτέμβριος", "σεπ"),
    10: ("october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre", "ott", "outubro", "out",
         "października", "październik", "октября", "октябрь", "жовтня", "října", "říjen", "lokakuuta", "ekim",
         "október", "octombrie", "οκτωβρίου", "οκτώβριος", "οκτ"),
    11: ("november", "nov", "novembre", "noviembre", "novembro", "listopada", "listopad", "ноября", "ноябрь",
         "листопада", "listopadu", "marraskuuta", "kasım", "kasim", "noiembrie", "νοεμβρίου", "νοέμβριος",
         "νοε"),
    12: ("december", "dec", "dezember", "dez", "décembre", "decembre", "déc", "diciembre", "dic", "dicembre",
         "dezembro", "desember", "grudnia", "grudzień", "декабря", "декабрь", "грудня", "prosince", "prosinec",
         "joulukuuta", "aralık", "aralik", "december", "decembrie", "δεκεμβρίου", "δεκέμβριος", "δεκ"),
}  # fmt: skip
#: Arabic month names: the Egyptian/Gulf transliterations, then the Levantine/Iraqi names
#: (some written with or without hamza).
ARABIC_MONTHS: dict[int, tuple[str, ...]] = {
    1: ("يناير", "كانون الثاني"), 2: ("فبراير", "شباط"), 3: ("مارس", "آذار"),
    4: ("أبريل", "إبريل", "ابريل", "نيسان"), 5: ("مايو", "أيار", "ايار"), 6: ("يونيو", "يونية", "حزيران"),
    7: ("يوليو", "يولية", "تموز"), 8: ("أغسطس", "اغسطس", "آب"),
    9: ("سبتمبر", "أيلول", "ايلول"), 10: ("أكتوبر", "اكتوبر", "تشرين الأول"), 11: ("نوفمبر", "تشرين الثاني"),
    12: ("ديسمبر", "كانون الأول"),
}  # fmt: skip
MONTH_BY_NAME: dict[str, int] = {
    name: num for table in (MONTHS, ARABIC_MONTHS) for num, names in table.items() for name in names
}


_Trie: TypeAlias = dict[str, "_Trie"]


def trie_alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words`` factored as a prefix tree ("sep(?:t(?:ember)?)?").

    It matches what the plain alternation sorted longest first matches, in the same order of
    preference, but Python's engine tries a tree in a few steps where it tries every word of a
    flat alternation at every position (the month names made date search 4x slower).
    """
    tree: _Trie = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def render(node: _Trie) -> str:
        branches = [re.escape(ch) + render(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return "(?:" + body + ")?" if "" in node else body

    return render(tree)


_MONTH_ALT = trie_alternation(MONTH_BY_NAME)

# --- patterns ------------------------------------------------------------------------------

_ISO_RE = re.compile(
    r"(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})"
    r"(?:[T ]+(\d{1,2}):(\d{2})(?::(\d{1,2})(?:[.,]\d{1,9})?)?\s*(Z|[+-]\d{2}(?::?\d{2})?|UTC|GMT)?)?"
)
_SLASH_YMD_RE = re.compile(r"(?<!\d)(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?!\d)")
_COMPACT_RE = re.compile(r"^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?)?(Z|[+-]\d{4})?$")
_EPOCH_RE = re.compile(r"^\d{10}(?:\d{3})?$")
_TIME = (
    r"(?:\s*(?:,|um|à|a las|alle|at|às|kl\.?|o|в|-|–|\||/)?\s*(\d{1,2})\s*[:h.]\s*(\d{2})(?!\d)(?:\s*([ap]\.?m\.?))?)?"
)
_DAY = r"(\d{1,2})(?:st|nd|rd|th|er|º|°)?"
_YEAR = r"((?:19|20)\d{2})(?!\d)"
_TEXT_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # 3 juin 2015, 3. Juni 2015, 3 de junio de 2015, 03 Jun. 2015, 3rd June, 2015, 3 июня 2015 г.
    ("dmy", re.compile(rf"(?<!\d){_DAY}\.?\s*(?:de\s+)?({_MONTH_ALT})\.?,?\s*(?:de\s+|del\s+)?{_YEAR}{_TIME}", re.I)),
    # June 3, 2015; Jun. 3 2015
    ("mdy", re.compile(rf"(?<![\w])({_MONTH_ALT})\.?\s+{_DAY},?\s+{_YEAR}{_TIME}", re.I)),
    # 2020. január 15.
    ("ymd-name", re.compile(rf"(?<!\d){_YEAR}\.?\s+({_MONTH_ALT})\s+(\d{{1,2}})\.?(?!\d){_TIME}", re.I)),
    # 03.06.2015, 03/06/2015, 3-6-2015
    ("num-dmy", re.compile(rf"(?<![\d./-])(\d{{1,2}})([./-])(\d{{1,2}})\2{_YEAR}{_TIME}")),
    # 3. 6. 2015 (German, thin spaces after the dots), 03 | 06 | 2015 (a table's cells); the
    # separator has a space after it (3.6.2015 is the pattern above). 2 htmldate pages won.
    ("num-dmy", re.compile(rf"(?<![\d./-])(\d{{1,2}})\s?([.|])\s{{1,2}}(\d{{1,2}})\s?\2\s{{0,2}}{_YEAR}{_TIME}")),
    # 2015-06-03, 2015/06/03, 2015.06.03
    ("num-ymd", re.compile(rf"(?<![\d./-]){_YEAR}([./-])(\d{{1,2}})\2(\d{{1,2}})(?![\d/]){_TIME}")),
    # 2015年6月3日 / 2015년 6월 3일
    ("cjk", re.compile(r"((?:19|20)\d{2})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]")),
)
#: A full date in a URL path: ``/20150603``, ``/2015-06-03-slug``, ``/2015_06_03``, or folders
#: ``/2015/06/03/`` (a folder day must end its folder: ``/2023/12/16-new-officers`` is a month
#: folder and a slug that starts with a number).
_URL_DATE_RE = re.compile(
    r"/((?:19|20)\d{2})([_-]?)(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?=[/_.-]|$|[a-z])"
    r"|/((?:19|20)\d{2})/(0?[1-9]|1[0-2])/(0?[1-9]|[12]\d|3[01])(?=/|\.html?$|$)"
)


def _tz(text: str | None) -> timezone | None:
    if not text:
        return None
    if text in ("Z", "UTC", "GMT"):
        return UTC
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    hours, minutes = int(digits[:2]), int(digits[2:4] or 0)
    if hours > 14 or minutes > 59:
        return None
    return timezone(sign * timedelta(hours=hours, minutes=minutes))


def _build(
    year: int, month: int, day: int, hour: int | None = None, minute: int | None = None,
    second: int | None = None, tz: timezone | None = None,
) -> ParsedDate | None:  # fmt: skip
    try:
        if hour is None:
            return ParsedDate(datetime(year, month, day), has_time=False)
        return ParsedDate(datetime(year, month, day, hour, minute or 0, second or 0, tzinfo=tz), has_time=True)
    except (ValueError, OverflowError):  # fuzzer finding: a 12-digit minute overflows C int
        return None


def parse_machine_date(text: str) -> ParsedDate | None:
    """A date written for machines: ISO 8601 (possibly with junk after), RFC 2822, epoch, compact."""
    s = text.strip()
    if not s or len(s) > 200:
        return None
    m = _ISO_RE.match(s)
    if m is None and s[:1].isdigit() is False:
        m = _ISO_RE.search(s[:40])
    if m:
        y, mo, d, hh, mi, ss, tz = m.groups()
        if hh is None:
            return _build(int(y), int(mo), int(d))
        return _build(int(y), int(mo), int(d), int(hh), int(mi), int(ss or 0), _tz(tz))
    m2 = _COMPACT_RE.match(s)
    if m2:
        y, mo, d, hh, mi, ss, tz = m2.groups()
        if hh is None:
            return _build(int(y), int(mo), int(d))
        return _build(int(y), int(mo), int(d), int(hh), int(mi), int(ss or 0), _tz(tz))
    if _EPOCH_RE.match(s):
        secs = int(s[:10])
        return ParsedDate(datetime.fromtimestamp(secs, UTC), has_time=True)
    if "," in s[:5] or re.match(r"^\d{1,2} [A-Za-z]{3} \d{4} \d", s):
        try:
            tup = parsedate_tz(s)
        except (ValueError, OverflowError, IndexError, TypeError):
            tup = None
        if tup:
            y, mo, d, hh, mi, ss = tup[:6]
            off = tup[9]
            # an offset past +-14 h is no offset ("+9999" would make timezone() raise)
            tz = timezone(timedelta(seconds=off)) if off is not None and abs(off) <= 14 * 3600 else None
            return _build(y, mo, d, hh, mi, ss, tz)
    m3 = _SLASH_YMD_RE.match(s)
    if m3:
        return _build(int(m3.group(1)), int(m3.group(2)), int(m3.group(3)))
    return parse_text_date(s)


def _hour(h: str | None, m: str | None, ampm: str | None) -> tuple[int | None, int | None]:
    if h is None or m is None:
        return None, None
    hour, minute = int(h), int(m)
    if ampm:
        p = ampm[0].lower()
        if p == "p" and hour < 12:
            hour += 12
        elif p == "a" and hour == 12:
            hour = 0
    if hour > 23 or minute > 59:
        return None, None
    return hour, minute


def _from_match(kind: str, m: re.Match[str], month_first: bool) -> ParsedDate | None:
    g = m.groups()
    if kind == "dmy":
        day, mon, year, hh, mi, ap = g
        month = MONTH_BY_NAME.get(mon.lower())
    elif kind == "mdy":
        mon, day, year, hh, mi, ap = g
        month = MONTH_BY_NAME.get(mon.lower())
    elif kind == "ymd-name":
        year, mon, day, hh, mi, ap = g
        month = MONTH_BY_NAME.get(mon.lower())
    elif kind == "num-dmy":
        a, sep, b, year, hh, mi, ap = g
        first, second = int(a), int(b)
        if sep == "/" and month_first and first <= 12 and second <= 31:
            first, second = second, first
        if second > 12 and first <= 12:
            first, second = second, first
        day, month = str(first), second
    elif kind == "num-ymd":
        year, _sep, mo, day, hh, mi, ap = g
        month = int(mo)
    else:  # cjk
        year, mo, day = g
        hh = mi = ap = None
        month = int(mo)
    if not month:
        return None
    hour, minute = _hour(hh, mi, ap)
    return _build(int(year), month, int(day), hour, minute)


#: Every written date holds a year of four digits: the patterns run only in windows this wide
#: around one (calibration: the longest date with its time in the dev sets spans 62 characters
#: before or after its year), merged where they overlap. Scanning all patterns over a whole
#: page cost 10 ms on long pages (the month alternation tried at every position); the windows
#: give the same dates (checked on the visible text of every dev page).
YEAR_WINDOW_CHARS = 120
_YEAR_ANYWHERE_RE = re.compile(r"(?:19|20)\d\d")


def _year_windows(text: str) -> list[tuple[int, int]]:
    """Merged [start, end) windows of YEAR_WINDOW_CHARS around each year in ``text``."""
    windows: list[tuple[int, int]] = []
    size = len(text)
    for m in _YEAR_ANYWHERE_RE.finditer(text):
        start, end = max(0, m.start() - YEAR_WINDOW_CHARS), min(size, m.end() + YEAR_WINDOW_CHARS)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], end)
        else:
            windows.append((start, end))
    return windows


def find_text_dates(text: str, *, month_first: bool = False, limit: int = 50) -> Iterator[tuple[int, ParsedDate]]:
    """Dates written for people in ``text``, as (position, date), in order of position.

    ``month_first`` reads an ambiguous ``03/06/2015`` as March 6 (US usage); dotted dates are
    always day first. Patterns are tried in order; a match that overlaps one of an earlier
    pattern is dropped.
    """
    text = text[:MAX_SCAN_CHARS]
    windows = _year_windows(text)
    if not windows:
        return
    found: list[tuple[int, int, ParsedDate]] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in _TEXT_PATTERNS:
        full = False
        for w_start, w_end in windows:
            for m in pattern.finditer(text, w_start, w_end):
                start, end = m.span()
                if any(start < e and s < end for s, e in taken):
                    continue
                parsed = _from_match(kind, m, month_first)
                if parsed is not None:
                    found.append((start, end, parsed))
                    taken.append((start, end))
                if len(found) >= limit * 2:
                    full = True
                    break
            if full:
                break
    found.sort(key=lambda t: t[0])
    for start, _end, parsed in found[:limit]:
        yield start, parsed


#: A dotted day-first date with a two-digit year ("23.09.22", "31.10.23 14:05"), read only in a
#: short element of its own (a dateline): in running text the form is a version or a score.
_SHORT_YEAR_RE = re.compile(
    r"(?<![\d.])(0?[1-9]|[12]\d|3[01])\.(0?[1-9]|1[0-2])\.(\d{2})(?![\d.]\d)(?:,?\s+(\d{1,2}):(\d{2})(?!\d))?"
)
#: Two-digit years up to this are 20yy (the rest 19yy).
SHORT_YEAR_PIVOT = 69


def parse_short_year_date(text: str) -> ParsedDate | None:
    """The first dotted date with a two-digit year in ``text`` (a short dateline element)."""
    m = _SHORT_YEAR_RE.search(text[:200])
    if m is None:
        return None
    day, month, yy, hh, mi = m.groups()
    year = (2000 if int(yy) <= SHORT_YEAR_PIVOT else 1900) + int(yy)
    hour, minute = _hour(hh, mi, None)
    return _build(year, int(month), int(day), hour, minute)


def parse_text_date(text: str, *, month_first: bool = False) -> ParsedDate | None:
    """The first date written for people in ``text``."""
    for _pos, parsed in find_text_dates(text[:2000], month_first=month_first, limit=1):
        return parsed
    return None


_URL_MONTH_DATE_RE = re.compile(
    r"/((?:19|20)\d{2})/(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*/(0?[1-9]|[12]\d|3[01])/", re.I
)


def url_date(url: str | None) -> ParsedDate | None:
    """A full date in the URL's path (``/2015/06/03/``, ``/20150603/``, ``/2015-06-03-…``,
    ``/2023/dec/21/``)."""
    if not url:
        return None
    path = url.split("?", 1)[0].split("#", 1)[0]
    if "//" in path:
        path = "/" + path.split("//", 1)[1].partition("/")[2]
    m = _URL_DATE_RE.search(path)
    if not m:
        mm = _URL_MONTH_DATE_RE.search(path)
        if mm:
            return _build(int(mm.group(1)), MONTH_BY_NAME[mm.group(2).lower()], int(mm.group(3)))
        return None
    y, _sep, mo, d, y2, mo2, d2 = m.groups()
    if y is None:
        y, mo, d = y2, mo2, d2
    return _build(int(y), int(mo), int(d))


def is_plausible(parsed: ParsedDate, now: datetime, *, allow_old: bool = False) -> bool:
    """Not in the future of ``now`` (an aware datetime) and not before :data:`MIN_YEAR`.

    ``allow_old`` lets a date down to :data:`ABSOLUTE_MIN_YEAR` through: for a publication
    date the page states plainly in a dedicated field.
    """
    v = parsed.value
    floor = ABSOLUTE_MIN_YEAR if allow_old else MIN_YEAR
    if v.year < floor:
        return False
    if v.tzinfo is not None:
        return v <= now
    naive_now = now.astimezone(UTC).replace(tzinfo=None)
    if not parsed.has_time:
        return v.date() <= (naive_now + _MAX_OFFSET).date()
    return v - _MAX_OFFSET <= naive_now


def same_day(a: ParsedDate, b: ParsedDate) -> bool:
    """Whether two dates fall on the same calendar day as each states it."""
    return a.value.date() == b.value.date()


def day_of(parsed: ParsedDate) -> date:
    return parsed.value.date()
