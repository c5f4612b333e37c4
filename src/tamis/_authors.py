"""Bylines into people and organisations.

A byline string ("Par Jean Dupont et Marie Durand", "By JOHN SMITH, Reuters", "Von Anna
Müller | dpa", "Le Figaro avec AFP") is cut into names; each is a person, an organisation
(agency, newsroom, outlet) or junk (menu words, roles, dates). Vocabularies are data below.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

__all__ = ["Byline", "is_handle", "is_organization", "person_name", "split_byline"]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Words that open a byline, to strip ("By", "Von", "Par", "Por"…), in the languages covered.
_PREFIX_RE = re.compile(
    r"^(?:(?:(?:veröffentlicht|verfasst|geschrieben|erstellt|posted|written|published|reported|publié|rédigé|"
    r"escrito|publicado|scritto|pubblicato|geschreven|napisał|napisała|écrit|ecrit)\s+(?:von|by|par|por|da|door|am|on)|vom|"
    r"written|posted|published|reported|text|texte|autor(?:in)?|(?:the\s+|about\s+the\s+)?author|auteur|auteurs|autore|redakteur"
    r"(?:in)?|ein\s+(?:kommentar|gastbeitrag|beitrag)|eine\s+(?:analyse|reportage|glosse|kolumne)|kommentar"
    r"|analyse|interview|fotos?|photos?|bilder|about|über|von|by|par|por|di|da|de|door|af|av|van|od|от|автор|από"
    r"|作者|记者|記者|文)\b\s*[:.：]?\s*)+",
    re.I,
)
#: Separators between names.
_SPLIT_RE = re.compile(r"\s*(?:[,;|/•·]|\s(?:and|und|et|y|e|og|och|en|i|a|и|és|ve|ja)\s|&|\+|\n)\s*", re.I)
#: "with AFP", "avec AFP", "mit dpa": what follows is an organisation.
_WITH_RE = re.compile(r"\s+(?:with|avec|mit|con|com|met|med|z)\s+(.+)$", re.I)
#: News agencies and generic newsroom names (matched as whole words, case-insensitive).
AGENCIES: tuple[str, ...] = (
    "afp", "ap", "associated press", "reuters", "dpa", "ddp", "apa", "kna", "epd", "sid", "ansa", "efe",
    "europa press", "lusa", "anp", "belga", "tass", "ria novosti", "interfax", "pap", "ctk", "čtk", "mti",
    "agerpres", "kyodo", "yonhap", "xinhua", "bloomberg", "upi", "ntb", "tt", "ritzau", "stt", "aa", "dha",
    "iha", "pa", "pa media", "aap", "cnn", "bbc", "ians", "pti", "ani", "sda", "keystone-sda", "rtr",
    "agencias", "agences", "agenturen", "agencies", "agenzie", "wires", "wire services",
)  # fmt: skip
#: Words that make a byline an organisation ("Rédaction", "Staff", "Newsroom"…).
ORG_WORDS: tuple[str, ...] = (
    "rédaction", "redaction", "redaktion", "redacción", "redaccion", "redazione", "redação", "redacao",
    "redactie", "redakcja", "редакция", "staff", "newsroom", "editorial", "editors", "editorial board",
    "team", "desk", "bureau", "agency", "agence", "agentur", "press", "presse", "news", "online", "media",
    "verlag", "zeitung", "magazine", "magazin", "journal", "times", "post", "tribune", "daily", "gazette",
    "inc", "ltd", "gmbh", "group", "university", "universität", "université", "institute", "foundation",
    "company", "corporation", "service", "services", "ministry", "department", "council", "association",
    "society", "club", "partner", "partners", "contributors", "contributor", "writers", "radio", "tv", "fm",
    # company forms and public bodies ("Naturstrom AG", "Bundesministerium für …", "Feuerwehr Oldenburg").
    # Calibration (trafilatura set, authors): 4 pages whose author meta names such a body no
    # longer give it as a person, none lost
    "ag", "kg", "mbh", "ohg", "gbr", "e.v", "llc", "plc", "srl", "sarl", "ministerium", "bundesministerium",
    "bundesamt", "landesamt", "departement", "département", "departamento", "dipartimento", "ministère",
    "ministerio", "verband", "verein", "feuerwehr", "polizei", "pressestelle", "abteilung", "stiftung",
    "institut", "instituto", "istituto", "rotes kreuz", "roten kreuz", "kommune", "gemeinde", "landkreis",
    "bistum", "erzbistum", "kirche", "partei", "hochschule", "universidad", "università", "mairie", "ayuntamiento",
    # firms and titles named by their trade ("Glory Global Solutions Germany", "Auto Illustrierte").
    # Calibration (bench/metadata.py, authors): 2 trafilatura pages no longer give such a
    # name as a person; no page loses a person
    "solutions", "systems", "technologies", "consulting", "holding", "holdings", "illustrierte",
    # news agencies and desks named in their language ("SID Nachrichtenagentur", "Wochenblatt
    # Nachrichten"). Calibration (bench/metadata.py, authors): 2 fundus pages no longer give
    # such a name as a person; none lost
    "nachrichten", "nachrichtenagentur", "presseagentur", "noticias", "notizie", "nieuws",
    # an outlet named a report ("Bleacher Report", "The Drudge Report"): 1 article-extraction-
    # dataset page no longer gives it as a second person
    "report",
)  # fmt: skip
#: Bylines that name nobody, not even an organisation.
GENERIC_BYLINES: frozenset[str] = frozenset(
    {
        "staff", "team", "desk", "newsroom", "editors", "admin", "web", "super user", "superuser", "webredaktion",
        # a CMS's default accounts (1 trafilatura page named "wordpressadmin")
        "wordpressadmin", "wpadmin", "administrator", "webmaster", "siteadmin", "site admin", "sysadmin",
    }
)  # fmt: skip
#: Not names at all: menu words, roles, labels (a byline part made only of these is dropped).
JUNK_WORDS: frozenset[str] = _words(
    """
    by von par por di door af av home news menu login log in sign subscribe share follow contact more about posted
    updated published update read comments comment facebook twitter email e-mail mail print admin administrator
    guest anonymous unknown user author authors autor autorin autoren auteur auteurs reporter reporters correspondent
    correspondant korrespondent korrespondentin editor editors senior chief deputy writer staff columnist
    kolumnist contributor contributing photographer fotograf journalist journalistin redakteur redakteurin
    redacteur rédacteur rédactrice freelance freier mitarbeiter mitarbeiterin producer presenter host moderator
    analyst expert professor prof dr mr mrs ms publisher webmaster the and und et in of for at on to from le la les
    der die das el los las il lo gli de du des team opinion kommentar video photo photos foto fotos bild bilder
    image images graphic grafik source quelle fuente agency text texte view profile all articles posts articles by
    mehr artikel weitere kommentare comentarios commentaires commenti reacties ja nein yes no oui non datum date
    fecha data
    """
)
#: Roles, credentials and weekdays that trail a name in bylines ("Jane Doe, PhD", "X Chefredakteur").
ROLE_SUFFIXES: frozenset[str] = _words(
    """
    ms rd phd md mba rn dr senior editor reporter writer correspondent columnist contributor chefredakteur
    chefredakteurin redakteur redakteurin korrespondent korrespondentin journalist journalistin autor autorin
    fotograf fotografin staff 기자 記者 特派員 monday tuesday wednesday thursday friday saturday sunday montag dienstag
    mittwoch donnerstag freitag samstag sonntag
    """
)
#: First words that make a byline an outlet's name ("Le Figaro", "The Guardian", "Der Spiegel").
_ARTICLE_WORDS = _words("le la les l' the der die das il el los las lo")
#: Words that never stand after the first word of a name, in any case: a run of capitalised
#: words that holds one is a Title Case headline ("Hit By An Object In Face At …"), not a byline.
#: ("an" is a given name; the name particles are in PARTICLES.) Calibration
#: (bench/metadata.py, authors): 1 article-extraction-dataset page no longer gives a headline
#: run ("An Object In Face At") as its author; no name lost on the three sets. "it": a share
#: button's "Pin It" next to a dateline (3 dragnet pages).
NOT_IN_NAME: frozenset[str] = _words(
    """
    in at of the for to from with on is are was were has have as after over into about this that it
    im am zum zur auf mit für ist sind war aus bei nach über sur pour avec dans est une sous
    """
)
#: Byline words that are also the first word of a surname ("Van Sias", "De Vries", "Da Silva"):
#: capitalised before one more word, they are the name's.
NAME_START_PARTICLES = frozenset({"van", "de", "di", "da", "du"})
#: Job titles that end a byline part ("Software Engineer", "Senior Product Manager"): a part
#: whose last word is one is a role, not a name. Calibration (bench/metadata.py, authors): no
#: page of the three annotated sets changes; on dragnet's blog pages 11 bylines ("Posted by
#: Rudy Galfi, Product Manager") no longer give the role as a second person.
ROLE_NOUNS: frozenset[str] = _words(
    """
    engineer engineers manager managers coordinator director officer president designer developer
    scientist analyst researcher intern founder cofounder co-founder ceo cto cfo coo specialist consultant
    strategist lecturer assistant secretary spokesperson spokesman spokeswoman chairman chairwoman
    """
)
#: Lower-case particles allowed inside a person's name.
PARTICLES: frozenset[str] = _words(
    """
    de da di du del della des der den van von vom zu ten ter le la bin ibn al el y e dos das do st
    """
)
_DIGIT_RE = re.compile(r"\d")
_ROMAN_RE = re.compile(r"[IVX]+")
_VOWEL_RE = re.compile(r"[AEIOUYÀ-ÆÈ-ÏÒ-ÖØ-Ý]")
#: "Glen Owen for The Mail on Sunday", "Anna Roth für die FAZ": the outlet a person writes for
#: (an article or an organisation's word after it; "Landesanstalt für Wald" is no byline).
#: Calibration (bench/metadata.py): 1 trafilatura page gains its co-author and gives the outlet
#: as an organisation (its gold keeps "Brendan Carlin For The Mail On Sunday" as one name, so
#: its score drops); with the dateline's place after a newsroom ("BBC News, New York", 1 page)
#: and two names joined by a spaced dash (1 page), no other page changes.
_FOR_RE = re.compile(r"\s+(?:for|für|pour)\s+(.+)$", re.I)
#: "Pressemitteilung von Katja Kipping", "Kolumne von Jan Roth": one capitalised word, "von"
#: or "by", and a name of two capitalised words or more is a label and a name (a noble "von"
#: takes one word: "Otto von Bismarck", or a particle: "Ursula von der Leyen").
_LABEL_BY_RE = re.compile(r"^[A-ZÄÖÜ][\w-]+\s+(?:von|by)\s+([A-ZÀ-Þ][\w'’.-]*(?:\s+[A-ZÀ-Þ][\w'’.-]*)+)$")
#: "Matthias Hille - Lukas Balbach": two full names joined by a spaced dash.
_DASH_SPLIT_RE = re.compile(r"\s+[-–—]\s+")
_SPACE_RE = re.compile(r"\s+")
_TRAIL_RE = re.compile(r"[\s,;:|/•·\-–—]+$")
_LEAD_RE = re.compile(r"^[\s,;:：|/•·\-–—(]+")
_PAREN_RE = re.compile(r"\s*[(\[][^)\]]{0,60}[)\]]")
_AGENCY_RE = re.compile(r"\b(?:" + "|".join(re.escape(a) for a in AGENCIES) + r")\b", re.I)
#: "John Carter The Associated Press", "Ana Ruiz AFP": a person's name run on into an agency's.
_AGENCY_TAIL_RE = re.compile(r"\s+((?:the\s+)?(?:" + "|".join(re.escape(a) for a in AGENCIES) + r"))$", re.I)
_ORG_RE = re.compile(r"(?:^|\W)(?:" + "|".join(re.escape(w) for w in ORG_WORDS) + r")(?:$|\W)", re.I)
#: An organisation's name is at most this long (characters): a longer byline part is a line of
#: the page ("Mit freundlicher Unterstützung der …"), not a name.
MAX_ORG_CHARS = 80
#: A person's name is at most this long (characters) and this many words.
MAX_NAME_CHARS = 60
MAX_NAME_WORDS = 5
#: A user handle ("karstenruppert", "g1zzm0", "fri.juli"): one token, from a field that can only
#: hold the author (a Person's name, a rel=author link). Calibration: on the trafilatura set 14
#: of the 649 annotated pages name their author only by such a handle, none of them a menu word.
_HANDLE_RE = re.compile(r"^[^\W_][\w.\-]{2,29}$")
#: "Williams Perdomo @wperdomod": a social handle trailing a name.
AT_HANDLE_RE = re.compile(r"\s+@\w[\w.]*$")


@dataclass(frozen=True, slots=True)
class Byline:
    """People and organisations named by one or more bylines, in order, without duplicates."""

    people: tuple[str, ...] = ()
    organizations: tuple[str, ...] = ()


#: Invisible characters a CMS leaves inside names: soft hyphens ("Mat\u00adthi\u00adas") and
#: zero-width spaces and joiners.
_INVISIBLE_RE = re.compile("[\u00ad\u200b-\u200d\u2060\ufeff]")


def _norm(text: str) -> str:
    return _SPACE_RE.sub(" ", unicodedata.normalize("NFC", _INVISIBLE_RE.sub("", text))).strip()


def is_organization(name: str, known: frozenset[str] = frozenset()) -> bool:
    """Whether ``name`` names an agency, a newsroom or another organisation.

    ``known``: the site's own names, squashed (lower case, letters and digits only): a
    byline that is the site's name is the newsroom, not a person.
    """
    low = name.casefold()
    if known:
        sq = _squash(name)
        if sq and any(sq == k or (len(sq) >= 4 and sq in k) or (len(k) >= 4 and k in sq) for k in known):
            return True
    first = low.split(" ", 1)[0]
    if first in _ARTICLE_WORDS and " " in low:
        return True
    if re.search(r"\w\.(?:com|de|fr|at|ch|net|org|co|uk|lt|es|it|be|nl|pl|tr|jp|kr)\b", low):
        return True
    if _AGENCY_RE.fullmatch(low.strip()):
        return True
    if _ORG_RE.search(low):
        return True
    # a broadcaster's or a desk's name led by its acronym ("MDR THÜRINGEN", "NDR Info"): a
    # first word of 3 or 4 capitals without a vowel is no given name. Calibration
    # (bench/metadata.py, authors): 2 fundus pages no longer give such a desk as a person
    first_word = name.split(" ", 1)[0]
    if (
        " " in name
        and 3 <= len(first_word) <= 4
        and first_word.isalpha()
        and first_word.isupper()
        and not _VOWEL_RE.search(first_word)
    ):
        return True
    # a body named with its acronym last ("Forschung WBF", "Forstwirtschaft - LWF"): a name
    # in lower case but for a last word of 3 to 5 capitals without a vowel (not a numeral:
    # "John Smith III"; not a surname in capitals: "André KLEIN").
    # Calibration (bench/metadata.py, authors): 2 trafilatura pages no longer give such a name
    # as a person; none lost
    last_word = name.rsplit(" ", 1)[-1]
    if (
        " " in name
        and not name.isupper()
        and 3 <= len(last_word) <= 5
        and last_word.isalpha()
        and last_word.isupper()
        and not _ROMAN_RE.fullmatch(last_word)
        and not _VOWEL_RE.search(last_word)  # "André KLEIN": a surname in capitals
    ):
        return True
    # all-caps short acronyms ("AFP", "SDA", "NTB")
    return name.isupper() and len(name) <= 6 and " " not in name


def is_handle(name: str) -> bool:
    """Whether ``name`` (as :func:`person_name` returns it) is a user handle, not a name:
    one token, starting lower case or holding a digit ("tpluto", "g1zzm0")."""
    return " " not in name and (name[:1].islower() or _DIGIT_RE.search(name) is not None)


def _squash(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.casefold())


def _has_case(ch: str) -> bool:
    return ch.upper() != ch.lower()


def person_name(text: str, *, allow_single: bool = False, allow_handle: bool = False) -> str | None:
    """``text`` as a person's name, cleaned; None when it does not look like one.

    ``allow_handle`` also accepts a user handle (one token, any case, digits allowed) where
    the field can only name the author.
    """
    name = AT_HANDLE_RE.sub("", _norm(_PAREN_RE.sub("", text)))
    name = _TRAIL_RE.sub("", _LEAD_RE.sub("", name))
    words = name.split(" ")
    while len(words) > 1 and words[-1].casefold().strip(".,") in ROLE_SUFFIXES:
        words.pop()
    if len(words) == 2 and words[0] == words[1]:
        words = words[:1]
    half = len(words) // 2
    if len(words) >= 4 and len(words) % 2 == 0 and words[:half] == words[half:]:
        words = words[:half]  # "Jane Doe Jane Doe": link text and image alt side by side
    name = " ".join(words)
    if (
        allow_handle
        and len(words) == 1
        and _HANDLE_RE.match(name)
        and name.casefold().strip(".") not in ROLE_SUFFIXES | JUNK_WORDS
        and not name.isdigit()
    ):
        return name
    if not name or len(name) > MAX_NAME_CHARS or _DIGIT_RE.search(name) or ":" in name or ")" in name:
        return None
    if "@" in name or "://" in name or "www." in name or name.startswith("#"):
        return None
    words = name.split(" ")
    if len(words) > MAX_NAME_WORDS:
        return None
    if any(w.casefold() in NOT_IN_NAME for w in words[1:]) or (len(words) > 1 and words[-1].casefold() in ROLE_NOUNS):
        return None
    if any(len(w) > 1 and w.endswith(("-", "–")) for w in words):  # "Aymz- Grelle Forelle": a cut title
        return None
    if len(words) == 1 and (not allow_single or name.casefold().strip(".") in ROLE_SUFFIXES | JUNK_WORDS):
        return None
    cased = [w for w in words if w and _has_case(w[0])]
    if cased:
        if all(w.casefold().strip(".") in JUNK_WORDS for w in words):
            return None
        for i, w in enumerate(cased):
            if w.casefold() in PARTICLES:
                continue
            # where the field can only name the author, a surname typed in lower case
            # ("Mobin karimi") is still the name. Calibration (bench/metadata.py, authors):
            # 1 trafilatura page gains its author; none lost
            if allow_handle and i and cased[0][0].isupper() and w.isalpha() and w.casefold() not in JUNK_WORDS:
                continue
            if not w[0].isupper() and w[0] not in "'’":
                return None
    elif len(name) < 2:
        return None
    if name.isupper() and len(name) > 3:
        name = " ".join(_capitalize(w) if w.casefold() not in PARTICLES else w.lower() for w in words)
    return name


def _capitalize(word: str) -> str:
    """An upper-case word of a name in title case, each part of a compound too ("THOMSON-DEVEAUX"
    -> "Thomson-Deveaux", "O'NEIL" -> "O'Neil")."""
    return re.sub(r"[^\W\d_]+", lambda m: m.group().capitalize(), word)


def _strip_prefix(text: str) -> tuple[str, bool]:
    """``text`` without the words that open a byline, and whether a particle among them was
    kept: a capitalised "Van", "De", "Di", "Da" or "Du" before the name is its start ("By Van
    Sias", "By Van Morrison Jr")."""
    m = _PREFIX_RE.match(text)
    if not m:
        return text, False
    rest = text[m.end() :]
    words = m.group().split()
    last = words[-1] if words else ""
    if not (last[:1].isupper() and last.casefold() in NAME_START_PARTICLES and rest):
        return rest, False
    head = rest.split(" ", 1)[0]
    # after another byline word ("By Van Morrison Jr", "Por De la Torre") the particle is the
    # name's; alone, only before one word ("Van Sias": "De" may still mean "by")
    if (len(words) >= 2 and (head[:1].isupper() or head in PARTICLES)) or (head[:1].isupper() and head == rest):
        return f"{last} {rest}", True
    return rest, False


def _parts(text: str) -> tuple[list[str], bool]:
    """The names of a byline (still to clean), and whether the first opens with a kept particle."""
    text, kept = _strip_prefix(_norm(text))
    return [p for p in _SPLIT_RE.split(text) if p and p.strip()], kept


def split_byline(
    *bylines: str, allow_single: bool = False, allow_handle: bool = False, known: frozenset[str] = frozenset()
) -> Byline:
    """People and organisations of one or more byline strings (each may name several).

    ``allow_single`` accepts one-word names (from fields that can only hold an author);
    ``allow_handle`` a one-token user handle when the byline is that token alone;
    ``known`` are the site's names, squashed (see :func:`is_organization`). In a byline
    that names someone in full, a one-word part after it is a place or a desk ("Thilo
    Schäfer, Madrid", "hessenschau.de, Frankfurt, Germany"), not a second person.
    """
    people: list[str] = []
    orgs: list[str] = []
    seen: set[str] = set()

    def add(bucket: list[str], value: str) -> None:
        key = value.casefold()
        if key not in seen:
            seen.add(key)
            bucket.append(value)

    for raw in bylines:
        if not raw:
            continue
        raw = _norm(raw)
        with_m = _WITH_RE.search(raw)
        head = raw
        if with_m and (is_organization(with_m.group(1), known) or _AGENCY_RE.search(with_m.group(1))):
            head = raw[: with_m.start()]
            head_clean = _PREFIX_RE.sub("", head).strip()
            if head_clean and (is_organization(head_clean, known) or person_name(head_clean) is None):
                # "Le Figaro avec AFP": one organisation byline
                add(orgs, _TRAIL_RE.sub("", _PREFIX_RE.sub("", raw)))
                continue
            for part in _parts(with_m.group(1))[0]:
                add(orgs, part.strip())
        parts, kept = _parts(head)
        full = False  # a name of several words (or an organisation) met in this byline
        after_org = False  # an organisation met after a person in this byline
        for i, part in enumerate(parts):
            # "29. Juni 2017 · von Tobi": each part may open with its own "von"/"by" (not the
            # particle _parts kept: "By Van Sias")
            led = _LEAD_RE.sub("", part)
            part = _TRAIL_RE.sub("", led if i == 0 and kept else _strip_prefix(led)[0])
            if not part:
                continue
            if part.casefold() in GENERIC_BYLINES:
                continue
            tail = _AGENCY_TAIL_RE.search(part)
            if tail and " " in part[: tail.start()]:
                lead = person_name(part[: tail.start()])
                if lead and not is_organization(lead, known):
                    add(people, lead)
                    add(orgs, tail.group(1))
                    full = True
                    continue
            outlet = _FOR_RE.search(part)
            if (
                outlet
                and " " in part[: outlet.start()]
                and (outlet.group(1).split(" ", 1)[0].casefold() in _ARTICLE_WORDS or is_organization(outlet.group(1)))
            ):
                lead = person_name(part[: outlet.start()])
                if lead and not is_organization(lead, known):
                    add(people, lead)
                    if ":" not in outlet.group(1) and len(outlet.group(1)) <= MAX_ORG_CHARS:
                        add(orgs, outlet.group(1))
                    full = True
                    continue
            site = known
            if len(parts) == 1 and " " not in part and part[:1].isupper() and not part.isupper():
                # a byline that is one first name opening the site's longer name is its
                # owner's ("Heiko" on heiko-adams.de), not the newsroom. Calibration
                # (bench/metadata.py, authors): 2 trafilatura blogs gain their author, none lost
                sq = _squash(part)
                site = frozenset(k for k in known if not (k.startswith(sq) and len(k) >= len(sq) + 4))
            if is_organization(part, site):
                if ":" not in part and "@" not in part and len(part) <= MAX_ORG_CHARS:  # no label line, no e-mail
                    add(orgs, part)
                full = True
                after_org = after_org or bool(people)
                continue
            single = " " not in part
            if single and full:
                continue
            if after_org and i == len(parts) - 1:
                continue  # "By Nada Tawfik, BBC News, New York": the dateline's place
            label = _LABEL_BY_RE.match(part)
            if label:  # "Pressemitteilung von Katja Kipping": a label word, then the name
                part = label.group(1)
            halves = _DASH_SPLIT_RE.split(part)
            if len(halves) == 2 and all(" " in h for h in halves):
                names = [person_name(h) for h in halves]
                if all(names) and not any(is_organization(h, known) for h in halves):
                    for name in names:
                        add(people, str(name))
                    full = True
                    continue
            handle = allow_handle and len(parts) == 1
            name = person_name(part, allow_single=allow_single, allow_handle=handle)
            if name:
                add(people, name)
                full = full or " " in name
    return Byline(tuple(people), tuple(orgs))
