"""Language identification from text: writing system first, then function-word profiles.

No model is downloaded: the profiles below are short lists of each language's most frequent
function words, written for tamis. A word shared by k languages counts 1/k for each, so the
words that tell close languages apart (Danish *af/efter/blev* vs Norwegian *av/etter/ble*)
decide between them. Scripts used by one language (Greek, Hangul, kana, Hebrew, Thai…)
decide alone; Cyrillic and Arabic scripts are split by letters and words.

Calibration (``bench/metadata.py``, field ``lang``, sets fundus, readability, daniel): the
thresholds :data:`MIN_WORDS`, :data:`MIN_SHARE` and :data:`MIN_MARGIN` are the loosest that
did not turn a correct declared language into a wrong identified one.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

__all__ = ["Identified", "identify_language", "profile_share"]

#: Characters of text looked at (the start of the article is enough and keeps it fast).
SAMPLE_CHARS = 2500
#: Fewer function-word hits than this: not confident.
MIN_WORDS = 6
#: The winning language's weighted hits over all words: below this, not confident.
MIN_SHARE = 0.06
#: The winner must score this many times the runner-up.
MIN_MARGIN = 1.5

#: A text in which a profiled language's function words make less than this share of the
#: words is not in that language (even when no other language is identified confidently, as
#: with agglutinative languages like Zulu or Xhosa, whose function words are few).
MAX_FOREIGN_SHARE = 0.02
#: ...provided the identified language shows at least this many distinct function words
#: (lorem ipsum shows one or two).
MIN_DISTINCT_WORDS = 3

#: Function words by language (lower case, space separated).
PROFILES: dict[str, str] = {
    "en": "the of and to in is that for it was on with as his her they be at by this had from are but not have "
    "which were been has their an said would who will there more its about also after when what new one up out "
    "into can than them only other two first could over some these should while",
    "fr": "le la les de des du et est un une que qui dans pour pas sur au aux ce cette il elle ont sont avec par "
    "plus ne se son sa ses été mais ou nous vous leur aussi comme tout être fait même entre après selon lors très "
    "était avait depuis encore sans",
    "de": "der die das und ist nicht ein eine einen dem den des zu mit sich auf für im von auch es sie er wird "
    "werden hat haben wurde bei nach aus wie noch aber oder nur so dass über vor war sind durch um kann schon mehr "
    "wenn ihre sein diese zum zur einem einer",
    "es": "el la los las de del y que en un una es por con para se no al lo como más pero sus su le ha fue este "
    "esta entre también sobre ya hasta desde muy sin todo cuando donde porque han son dijo según otro",
    "it": "il la le lo gli di del della dei delle e che è un una per non con si da dal dalla nel nella sono ha "
    "anche come più ma alla al questo questa essere stato sua suo loro dopo tra fra ancora perché degli all",
    "pt": "o a os as de do da dos das e que é um uma em no na nos nas para por com não se mais foi ao como mas "
    "seu sua também pelo pela são está ser tem já quando sobre entre depois até muito ele ela foram isso",
    "nl": "de het een en van in is dat op te zijn voor met niet die aan er ook als bij om door maar was naar "
    "worden wordt heeft hebben nog werd dan deze uit of zich kan al meer over tot geen wel",
    "pl": "i w na z się nie do to że jest o jak po ale od przez dla za co tak są już jego jej może także oraz "
    "który która które być tylko było był została został tym przy jako ich bardzo jednak",
    "cs": "a v se na je že to s z do o jako by pro ale jsou byl bylo jeho jak tak které který která jsme také "
    "podle může už při po od za i když než ještě však nebo tím této bude",
    "sk": "a v sa na je že to s z do o ako by pre ale sú bol bolo jeho tak ktoré ktorý ktorá sme aj podľa môže "
    "už pri po od za keď ešte však alebo ktorí tiež bude",
    "sv": "och att i det som en på är av för med till den har de inte om ett var jag men så eller vid från kan "
    "sig också efter nu när skulle hade sina mot över bara säger enligt",
    "da": "og i at det er en til på som de med for af den har ikke et var der han hun jeg men om så kan fra "
    "også efter sig blev havde når nu siger mod kun hvad være skal",
    "no": "og i det er en til på som de med for av den har ikke et var der han hun jeg men om så kan fra også "
    "etter seg ble hadde når nå sier mot bare hva være skal",
    "fi": "ja on ei se että hän oli ovat mutta kun myös tai jo niin kuin joka sen ole olla mukaan vain nyt "
    "sitten jotka tämä siitä hänen sekä vielä noin voi",
    "hu": "a az és hogy nem is egy van meg ez volt de már csak mint még el ki be fel azt ezt akkor pedig után "
    "szerint lesz között vagy kell ha amely",
    "ro": "și în de la cu a pe că nu o un este care din pentru se mai au sunt fost ce al lui ei după sau dar "
    "prin această acest fi",
    "tr": "ve bir bu da de için ile olarak çok daha ne gibi en ama o var olan sonra kadar her ki değil şey oldu "
    "olduğu ise ya mı yeni tarafından",
    "id": "yang dan di ke dari ini itu dengan untuk tidak dalam akan pada juga ada adalah oleh karena atau sudah "
    "bisa mereka kami kita saat lebih telah menjadi",
    "sw": "na ya wa kwa katika ni za la kuwa hiyo huo hii cha wake alisema pia kama baada lakini hata sana wao "
    "bila juu wakati mkoa serikali",
    "zu": "ukuthi futhi kodwa uma noma lapho kakhulu kusho wathi abantu ngoba kanye ukuba ngesikhathi",
    "xh": "ukuba kwaye kodwa ukuze xa abantu uthe kakhulu ngoko kule kula wathi kunye njengoko",
    "lt": "ir kad yra į su iš tai buvo bet jo jos ar nuo o apie taip kaip jau dar per už prie tik mes",
    "lv": "un ir ka no uz ar par kas bet arī tas to vai kā lai tiek bija pēc jau vēl",
    "et": "ja on ei et see oli kui ta mis ning aga kes nii oma seda üle veel pärast",
    "hr": "i je u na se da za su od ne s o a će što koji kao iz sa ali bi biti bio bila prema nije samo ili još",
    "sl": "in je v na se da za so od ne s o pa bo ki kot iz z ali bi biti bil bila tudi še pri po",
    "ca": "el la els les de del i que en un una és per amb no es al als com més però seu seva també va ha són "
    "dels aquest aquesta",
    "ru": "и в не на что с по это как он она из за к но от у то же так был была было его её ее для о бы только "
    "уже или при все этот также может",
    "uk": "і в не на що з по це як він вона із за до але від у та так був була було його її для про б тільки "
    "вже або при всі цей також може",
    "bg": "и в не на че с по това как той тя от за към но у да се е са беше бе му също може ще",
    "sr": "и у не на да се је су за од као што који али би био била према само или још",
}  # fmt: skip


def _build_weights() -> dict[str, list[tuple[str, float]]]:
    owners: dict[str, list[str]] = {}
    for lang, words in PROFILES.items():
        for w in set(words.split()):
            owners.setdefault(w, []).append(lang)
    return {w: [(lang, 1.0 / len(langs)) for lang in langs] for w, langs in owners.items()}


_WEIGHTS: dict[str, list[tuple[str, float]]] = _build_weights()
_CYRILLIC_PROFILES = frozenset({"ru", "uk", "bg", "sr"})
_WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")

#: Scripts that name one language alone: (first code point, last code point, language).
_SINGLE_SCRIPT: tuple[tuple[int, int, str], ...] = (
    (0x0370, 0x03FF, "el"),
    (0x0590, 0x05FF, "he"),
    (0x0900, 0x097F, "hi"),
    (0x0980, 0x09FF, "bn"),
    (0x0B80, 0x0BFF, "ta"),
    (0x0E00, 0x0E7F, "th"),
    (0x10A0, 0x10FF, "ka"),
    (0x0530, 0x058F, "hy"),
)


@dataclass(frozen=True, slots=True)
class Identified:
    """The identified language, and whether the evidence is strong enough to overrule markup."""

    language: str
    confident: bool


_SCRIPT_RES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("latin", re.compile(r"[A-Za-z\u00C0-\u024F]")),
    ("cyrillic", re.compile(r"[\u0400-\u04FF]")),
    ("arabic", re.compile(r"[\u0600-\u06FF]")),
    ("kana", re.compile(r"[\u3040-\u30FF]")),
    ("hangul", re.compile(r"[\uAC00-\uD7AF\u1100-\u11FF]")),
    ("han", re.compile(r"[\u4E00-\u9FFF\u3400-\u4DBF]")),
    *((lang, re.compile(f"[{chr(lo)}-{chr(hi)}]")) for lo, hi, lang in _SINGLE_SCRIPT),
)


#: Any character of a script other than Latin (most pages have none: one search saves the
#: other patterns' passes).
_NON_LATIN_RE = re.compile("|".join(p.pattern for name, p in _SCRIPT_RES if name != "latin"))


def count_chars(pattern: re.Pattern[str], text: str) -> int:
    """How many characters of ``text`` the one-character ``pattern`` matches: the characters it
    removes (``len(findall)`` without building the list, half its cost)."""
    return len(text) - len(pattern.sub("", text))


def _script_counts(sample: str) -> Counter[str]:
    counts: Counter[str] = Counter()
    patterns = _SCRIPT_RES if _NON_LATIN_RE.search(sample) else _SCRIPT_RES[:1]
    for name, pattern in patterns:
        n = count_chars(pattern, sample)  # each pattern matches one character
        if n:
            counts[name] += n
    return counts


def _by_words(sample: str, allowed: frozenset[str] | None) -> Identified | None:
    scores: dict[str, float] = {}
    hits: Counter[str] = Counter()
    words = _WORD_RE.findall(sample.lower())
    n = len(words)
    for word in words:
        for lang, weight in _WEIGHTS.get(word, ()):
            if allowed is None or lang in allowed:
                scores[lang] = scores.get(lang, 0.0) + weight
                hits[lang] += 1
    if not scores:
        return None
    ranked = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)
    best, top = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0.0
    confident = hits[best] >= MIN_WORDS and top / max(n, 1) >= MIN_SHARE and top >= MIN_MARGIN * second
    return Identified(best, confident)


def _arabic_script(sample: str) -> str:
    persian = sum(sample.count(c) for c in "پچژگ")
    urdu = sum(sample.count(c) for c in "ٹڈڑںے")
    if urdu > 5:
        return "ur"
    if persian > 5:
        return "fa"
    return "ar"


def identify_language(text: str) -> Identified | None:
    """The language of ``text`` (ISO 639-1), or None when the text is too short to say."""
    sample = text[:SAMPLE_CHARS]
    counts = _script_counts(sample)
    total = sum(counts.values())
    if total < 20:
        return None
    script, amount = counts.most_common(1)[0]
    cjk = counts["kana"] + counts["han"]
    if counts["hangul"] >= 0.3 * total:
        return Identified("ko", True)
    if cjk >= 0.3 * total:
        if counts["kana"] >= 0.08 * cjk:
            return Identified("ja", True)
        return Identified("zh", True)
    share = amount / total
    if script == "cyrillic":
        found = _by_words(sample, _CYRILLIC_PROFILES)
        uk_letters = sum(sample.count(c) for c in "іїєґІЇЄҐ")
        ru_letters = sum(sample.count(c) for c in "ыэъёЫЭЪЁ")
        if uk_letters > 2 * ru_letters and uk_letters >= 5:
            return Identified("uk", share > 0.6)
        if found is not None:
            return Identified(found.language, found.confident and share > 0.6)
        return Identified("ru", False)
    if script == "arabic":
        return Identified(_arabic_script(sample), share > 0.6)
    if script not in ("latin", "kana", "han", "hangul"):
        return Identified(script, share > 0.6)
    if script == "latin":
        found = _by_words(sample, None)
        if found is not None and found.language not in _CYRILLIC_PROFILES:
            return Identified(found.language, found.confident and share > 0.6)
    return None


def profile_share(text: str, language: str) -> tuple[float, int] | None:
    """Share of the words of ``text`` that are function words of ``language``, and how many
    distinct ones occur (None: no profile, or fewer than 20 words)."""
    if language not in PROFILES:
        return None
    words = set(PROFILES[language].split())
    n = hits = 0
    seen: set[str] = set()
    for m in _WORD_RE.finditer(text[:SAMPLE_CHARS].lower()):
        n += 1
        w = m.group()
        if w in words:
            hits += 1
            seen.add(w)
    return (hits / n, len(seen)) if n >= 20 else None
