"""The words the facts rules look for, per language, as data.

Calibration: the verb lists started from the reporting verbs of news agencies' style guides and
were extended with the cues annotated in ``bench/facts`` (development set, see GUIDELINES.md);
a verb enters when it introduces speech in at least one annotated article and is not a common
verb of narration in its listed forms. Forms are generated from stems for regular verbs
(French 1st group, English -ed) and listed for irregular ones.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = [
    "APPROX",
    "CLAUSE_CUES",
    "COUNT_VERBS",
    "CUE_FORMS",
    "MEDIA",
    "MULTIPLIERS",
    "NUMBER_WORDS",
    "PAIR_WORDS",
    "PRONOUNS",
    "SPEAKER_TITLES",
    "UNITS",
]


def _fr_first_group(stems: Iterable[str]) -> set[str]:
    """Finite forms and participles of French -er verbs that report speech."""
    out: set[str] = set()
    for stem in stems:
        for ending in ("e", "ent", "ait", "aient", "a", "èrent", "é", "ée", "és", "ées", "era", "eront", "ant"):
            # "annonc" -> il annonçait, "interrog" -> il interrogeait: the stem keeps its sound before a/o
            if ending[0] in "ao" and stem.endswith("c"):
                out.add(stem[:-1] + "ç" + ending)
            elif ending[0] in "ao" and stem.endswith("g"):
                out.add(stem + "e" + ending)
            else:
                out.add(stem + ending)
        # "considér" -> il considère, ils considèrent (the stem's last é opens before a mute e)
        m = re.fullmatch(r"(.*)é([^aeiouyéèêàâîôû]+)", stem)
        if m:
            out.update({f"{m.group(1)}è{m.group(2)}e", f"{m.group(1)}è{m.group(2)}ent"})
    return out


# French 1st-group reporting verbs, by stem ("déclar" -> déclare, a déclaré, déclarait...).
_FR_STEMS = (
    "déclar", "remémor", "affirm", "assur", "expliqu", "ajout", "estim", "indiqu", "précis", "soulign", "annonc",
    "confi", "racont", "rappel", "avou", "insist", "jug", "consider", "considér", "pens", "prévien",
    "répliqu", "lanc", "exclam", "félicit", "regrett", "dénonc", "déplor", "inquièt", "inquiet", "martel",
    "observ", "not", "relev", "confirm", "dément", "démentir", "témoign", "résum", "comment", "détaill",
    "tweet", "argument", "plaid", "réclam", "demand", "exhort", "appel", "signal", "révél", "gliss", "lâch",
    "ironis", "interrog", "alarm", "réjou", "accus", "assén", "pointe", "point", "tranch", "claironn",
    "concéd", "concèd", "rétorqu", "protest", "objecte", "object", "renchér", "nuanc", "mentionn", "évoqu",
    "jur", "certifi", "proclam", "postul", "résum", "avanc", "défend", "souhait", "espér", "espèr",
    "prédi", "qualifi", "tempèr", "tempér", "abond", "embray", "enchaîn", "enchain", "raill", "fustig",
    "critiqu", "salu", "recommand", "conseill", "menac", "prôn", "invit", "implor", "suppli", "pari",
    "analys", "décrypt", "complèt", "complét", "illustr", "confess", "clam", "hurl", "cri", "murmur",
    "chuchot", "soupir", "grogn", "bougonn", "sanglot", "balbuti", "bégay", "récit", "dict", "exig",
    "constat", "préconis",
)  # fmt: skip

_FR_IRREGULAR = {
    # dire and its family
    "dit", "dis", "disent", "disait", "disaient", "dira", "diront", "disant",
    "redit", "prédit", "prédisent", "contredit",
    # -ir, -re, -oir verbs
    "reconnaît", "reconnait", "reconnaissent", "reconnu", "reconnue", "reconnaissait", "reconnaissant",
    "admet", "admettent", "admis", "admise", "admettait",
    "écrit", "écrivent", "écrivait", "écrivaient", "écrivant",
    "décrit", "décrivent", "décrivait", "décrivaient", "décrivant",
    "répond", "répondent", "répondu", "répondait", "répondant",
    "promet", "promettent", "promis", "promettait",
    "prévient", "préviennent", "prévenu", "prévenait",
    "soutient", "soutiennent", "soutenu", "soutenait",
    "conclut", "concluent", "conclu", "concluait", "conclure",
    "croit", "croient", "cru", "croyait",
    "poursuit", "poursuivent", "poursuivi", "poursuivait",
    "réagit", "réagissent", "réagi", "réagissait",
    "avertit", "avertissent", "averti", "avertissait",
    "prétend", "prétendent", "prétendu", "prétendait",
    "maintient", "maintiennent", "maintenu", "maintenait",
    "convient", "conviennent", "convenu",
    "s'exclame", "s'écrie", "s'écria", "écrie", "écria", "écrié", "écriée",
    "interroge", "défend", "défendent", "défendu", "défendait",
    "explique", "ajoute", "reprend", "reprennent", "repris", "reprenait",
    "rapporte", "rapporté", "rapportent", "rapportait",
    "fait valoir", "a fait valoir", "fait savoir", "a fait savoir", "fait remarquer", "a fait remarquer",
    "met en garde", "a mis en garde", "mis en garde",
    # -eler verbs double their l before a mute e ("il rappelle", "ils rappellent")
    "rappelle", "rappellent", "rappellera", "appelle", "appellent", "interpelle", "interpellent",
}  # fmt: skip

_EN_REGULAR = (
    "add", "explain", "note", "claim", "state", "argue", "insist", "warn", "announce", "acknowledge", "admit",
    "confirm", "deny", "suggest", "tweet", "recall", "predict", "reply", "respond", "urge", "complain",
    "conclude", "continue", "declare", "emphasize", "emphasise", "stress", "maintain", "estimate", "believe",
    "testify", "report", "reveal", "concede", "contend", "assert", "observe", "remark", "comment", "joke",
    "quip", "caution", "allege", "boast", "vow", "promise", "concur", "agree", "disagree", "counter",
    "recount", "describe", "ask", "demand", "insist", "pledge", "scoff", "laugh", "shout", "whisper",
    "exclaim", "mutter", "sigh", "cry", "yell", "murmur", "wonder", "point", "indicate", "mention",
    "elaborate", "highlight", "underline", "acknowledge", "affirm", "assure", "charge", "lament",
    "lament", "hail", "praise", "criticize", "criticise", "accuse", "dismiss", "welcome", "reckon",
    "predict", "forecast", "figure", "guess", "project", "calculate", "recommend", "advise", "plead",
)  # fmt: skip

_EN_IRREGULAR = {
    "say", "says", "said", "saying", "tell", "tells", "told", "telling", "write", "writes", "wrote",
    "written", "writing", "think", "thinks", "thought", "thinking", "feel", "feels", "felt",
    "according to", "pointed out", "points out", "point out", "went on", "goes on", "go on",
    "put it", "puts it", "spoke", "speaks", "speak", "added", "adds", "testified", "testifies",
}  # fmt: skip


#: Stems whose last consonant doubles before -ed / -ing ("quipped", "admitted", "concurred").
_EN_DOUBLED = frozenset({"quip", "admit", "regret", "concur"})


def _en_regular(stems: Iterable[str]) -> set[str]:
    out: set[str] = set()
    for stem in stems:
        base = stem
        third = stem + ("es" if stem.endswith(("s", "sh", "ch", "x")) else "s")
        if stem.endswith("y") and stem[-2] not in "aeiou":
            third = stem[:-1] + "ies"
            past = stem[:-1] + "ied"
        elif stem.endswith("e"):
            past = stem + "d"
        elif stem in _EN_DOUBLED:
            past = stem + stem[-1] + "ed"
        else:
            past = stem + "ed"
        ing = (stem[:-1] if stem.endswith("e") and not stem.endswith("ee") else stem) + "ing"
        if stem in _EN_DOUBLED:
            ing = stem + stem[-1] + "ing"
        out.update({base, third, past, ing})
    return out


#: Every word form that can introduce speech, per language (lower case).
CUE_FORMS: dict[str, frozenset[str]] = {
    "fr": frozenset(_fr_first_group(_FR_STEMS) | _FR_IRREGULAR),
    "en": frozenset(_en_regular(_EN_REGULAR) | _EN_IRREGULAR),
}

#: Forms that are cues only when a que/that clause or a quotation is attached: they are also
#: common verbs of narration ("il note les chiffres", "he continued to work").
WEAK_CUES: dict[str, frozenset[str]] = {
    "fr": frozenset(
        {"note", "noté", "notent", "appelle", "appelé", "lance", "lancé", "point", "pointe", "pointé", "jugé",
         "pense", "pensé", "croit", "cru", "défend", "défendu", "demande", "demandé", "invite", "invité",
         "salue", "salué", "avance", "avancé", "espère", "souhaite", "souhaité", "reprend", "repris",
         "rapporte", "rapporté", "analyse", "analysé", "évoque", "évoqué", "complète", "complété",
         "signale", "signalé", "qualifie", "qualifié", "critique", "critiqué", "accuse", "accusé", "cri"}
    ),
    "en": frozenset(
        {"continue", "continued", "continues", "point", "points", "pointed", "figure", "figured", "project",
         "projected", "report", "reported", "charge", "charged", "describe", "described", "ask", "asked",
         "welcome", "welcomed", "believe", "believed", "believes", "think", "thinks", "thought", "feel",
         "feels", "felt", "state", "stated", "add", "adds", "note", "notes", "speak", "speaks", "spoke",
         "guess", "calculate", "calculated", "indicate", "indicated", "praise", "praised",
         "hail", "hailed", "dismiss", "dismissed", "accuse", "accused", "criticize", "criticized",
         "highlight", "highlighted", "mention", "mentioned", "cry", "cried", "laugh", "laughed"}
    ),
}  # fmt: skip

#: Verbs that report content only through a que/that clause: findings, rulings, hopes ("Researchers
#: found that …", "the research showed that …", "the ruling, which held that …", « la CNIL soulève
#: que … », « on apprend que … »). Not cues elsewhere (not for quotations, nor for figures' sources).
#: Calibration: bench/facts en 8 gold indirect items open with these, fr 4.
CLAUSE_CUES: dict[str, frozenset[str]] = {
    "fr": frozenset(
        {"soulève", "soulèvent", "soulevé", "réitère", "réitéré", "réitèrent", "apprend", "apprenait",
         "appris", "arguant", "argue", "arguent", "argué", "retient", "retenu", "relève"}
    ),
    "en": frozenset(
        {"found", "find", "finds", "finding", "show", "shows", "showed", "shown", "held", "holds",
         "ruled", "learned", "learnt"}
    ),
}  # fmt: skip

#: Subject pronouns that can stand for a speaker, and how many people they stand for.
PRONOUNS: dict[str, dict[str, str]] = {
    "fr": {"il": "m", "elle": "f", "ils": "p", "elles": "p", "ce dernier": "m", "cette dernière": "f",
           "celui-ci": "m", "celle-ci": "f", "lui": "m", "eux": "p", "on": "p"},
    "en": {"he": "m", "she": "f", "they": "p", "the latter": "m", "we": "p", "i": "s"},
}  # fmt: skip

#: Words that open a speaker's description ("le ministre", "a spokesman") or a name ("M. Dupont").
SPEAKER_TITLES: dict[str, frozenset[str]] = {
    "fr": frozenset(
        {"m.", "mme", "mme.", "mlle", "dr", "pr", "me", "maître", "docteur", "professeur", "président",
         "présidente", "ministre", "député", "députée", "sénateur", "sénatrice", "maire", "porte-parole",
         "secrétaire", "ambassadeur", "ambassadrice", "directeur", "directrice", "avocat", "avocate",
         "général", "colonel", "commissaire", "procureur", "procureure", "juge", "chef", "cheffe",
         "responsable", "patron", "patronne", "préfet", "préfète", "délégué", "déléguée", "conseiller",
         "conseillère", "fondateur", "fondatrice", "chercheur", "chercheuse", "économiste", "sociologue",
         "historien", "historienne", "politologue", "élu", "élue", "syndicaliste", "militant", "militante",
         "prince", "roi", "reine", "pape", "cardinal", "gouverneur", "premier", "première", "leader"}
    ),
    "en": frozenset(
        {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "prof", "prof.", "president", "minister",
         "senator", "sen.", "rep.", "representative", "governor", "gov.", "mayor", "spokesman",
         "spokeswoman", "spokesperson", "secretary", "ambassador", "director", "chief", "ceo", "chairman",
         "chairwoman", "chair", "judge", "justice", "general", "gen.", "colonel", "col.", "lt.", "captain",
         "capt.", "sgt.", "officer", "detective", "prosecutor", "attorney", "lawyer", "professor",
         "economist", "analyst", "researcher", "scientist", "founder", "executive", "manager", "official",
         "commissioner", "chancellor", "king", "queen", "prince", "pope", "coach", "sheriff", "lord",
         "sir", "dame", "leader", "head", "author", "activist", "councillor", "councilman", "councilwoman"}
    ),
}  # fmt: skip

#: Media outlets and platforms that are venues when speech happens "on"/"sur" them.
MEDIA = frozenset(
    {"france inter", "europe 1", "rtl", "rmc", "bfmtv", "bfm tv", "bfm", "lci", "franceinfo", "france info",
     "france 2", "france 3", "france 5", "france 24", "tf1", "m6", "cnews", "public sénat", "lcp", "arte",
     "france culture", "radio france", "rfi", "sud radio", "le monde", "le figaro", "libération", "le parisien",
     "le jdd", "jdd", "les echos", "l'express", "le point", "l'obs", "mediapart", "ouest-france", "20 minutes",
     "la croix", "l'humanité", "le journal du dimanche", "paris match", "afp", "reuters", "ap", "associated press",
     "cnn", "bbc", "fox news", "msnbc", "nbc", "abc", "cbs", "npr", "pbs", "sky news", "al jazeera",
     "the new york times", "new york times", "the washington post", "washington post", "the guardian",
     "the times", "the wall street journal", "wall street journal", "bloomberg", "politico", "axios",
     "the telegraph", "financial times", "the financial times", "usa today", "los angeles times", "time",
     "twitter", "x", "facebook", "instagram", "tiktok", "youtube", "linkedin", "telegram", "truth social",
     "threads", "bluesky", "mastodon", "der spiegel", "spiegel", "bild", "die zeit", "el país", "euronews"}
)  # fmt: skip

#: Approximation words before a number, normalised (lower case, regex alternatives).
APPROX: dict[str, tuple[tuple[str, str], ...]] = {
    "fr": (
        (r"plus d[e']", "more_than"), (r"au-delà de", "more_than"), (r"près d[e']", "about"),
        (r"presque", "about"), (r"environ", "about"), (r"quelque", "about"), (r"autour d[e']", "about"),
        (r"approximativement", "about"), (r"à peu près", "about"), (r"moins d[e']", "less_than"),
        (r"au moins", "at_least"), (r"au minimum", "at_least"), (r"au maximum", "at_most"),
        (r"au plus", "at_most"), (r"jusqu'à", "up_to"), (r"pas moins d[e']", "at_least"),
        (r"quasiment", "about"), (r"grosso modo", "about"), (r"une bonne", "about"),
    ),
    "en": (
        (r"more than", "more_than"), (r"over", "more_than"), (r"upwards of", "more_than"),
        (r"nearly", "about"), (r"almost", "about"), (r"about", "about"), (r"around", "about"),
        (r"roughly", "about"), (r"approximately", "about"), (r"some", "about"), (r"an estimated", "about"),
        (r"close to", "about"), (r"less than", "less_than"), (r"fewer than", "less_than"),
        (r"under", "less_than"), (r"at least", "at_least"), (r"at most", "at_most"), (r"up to", "up_to"),
        (r"no more than", "at_most"), (r"no fewer than", "at_least"), (r"as many as", "up_to"),
    ),
}  # fmt: skip

#: Number words that, after a definite or demonstrative article, name a pair already introduced ("les
#: deux pays", "ces deux départements", "the two countries", "the two leaders") rather than count
#: anything. Calibration (bench/facts dev set): after les/ces/des/aux, "deux" was 10 false figures
#: for 1 gold one; after the/these/those, "two" 7 false for 2 gold. Other number words keep their
#: article ("les quatre personnes blessées" counts the injured: gold).
PAIR_WORDS: dict[str, frozenset[str]] = {"fr": frozenset({"deux"}), "en": frozenset({"two"})}

#: Number words: value, and whether the word is itself approximate ("une vingtaine", "dozens").
NUMBER_WORDS: dict[str, dict[str, tuple[float, bool]]] = {
    "fr": {
        "deux": (2, False), "trois": (3, False), "quatre": (4, False), "cinq": (5, False), "six": (6, False),
        "sept": (7, False), "huit": (8, False), "neuf": (9, False), "dix": (10, False), "onze": (11, False),
        "douze": (12, False), "quinze": (15, False), "vingt": (20, False), "trente": (30, False),
        "quarante": (40, False), "cinquante": (50, False), "soixante": (60, False), "cent": (100, False),
        "mille": (1000, False), "dizaine": (10, True), "douzaine": (12, True), "quinzaine": (15, True),
        "vingtaine": (20, True), "trentaine": (30, True), "quarantaine": (40, True), "cinquantaine": (50, True),
        "soixantaine": (60, True), "centaine": (100, True), "millier": (1000, True), "dizaines": (10, True),
        "centaines": (100, True), "milliers": (1000, True), "moitié": (0.5, False), "tiers": (0.3333, False),
        "quart": (0.25, False), "deux tiers": (0.6667, False), "trois quarts": (0.75, False),
        "million": (1e6, False), "millions": (1e6, True), "milliard": (1e9, False),
        "milliards": (1e9, True),
    },
    "en": {
        "two": (2, False), "three": (3, False), "four": (4, False), "five": (5, False), "six": (6, False),
        "seven": (7, False), "eight": (8, False), "nine": (9, False), "ten": (10, False),
        "eleven": (11, False), "twelve": (12, False), "fifteen": (15, False), "twenty": (20, False),
        "thirty": (30, False), "forty": (40, False), "fifty": (50, False), "hundred": (100, False),
        "thousand": (1000, False), "dozen": (12, False), "dozens": (12, True), "hundreds": (100, True),
        "thousands": (1000, True), "half": (0.5, False), "million": (1e6, False), "millions": (1e6, True),
        "billion": (1e9, False), "billions": (1e9, True), "a third": (0.3333, False),
        "a quarter": (0.25, False), "two-thirds": (0.6667, False), "three-quarters": (0.75, False),
        "two thirds": (0.6667, False), "three quarters": (0.75, False),
    },
}  # fmt: skip


def _compounds() -> dict[str, dict[str, tuple[float, bool]]]:
    """Compound number words: "vingt-cinq", "dix-huit", "quatre-vingt-dix", "twenty-five"."""
    fr_units = ["un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"]
    fr_teens = {"onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16}
    fr: dict[str, tuple[float, bool]] = {
        "treize": (13, False), "quatorze": (14, False), "seize": (16, False), "dix-sept": (17, False),
        "dix-huit": (18, False), "dix-neuf": (19, False), "septante": (70, False), "huitante": (80, False),
        "nonante": (90, False), "quatre-vingt": (80, False), "quatre-vingts": (80, False),
        "soixante-dix": (70, False), "quatre-vingt-dix": (90, False),
    }  # fmt: skip
    for tens, base in (("vingt", 20), ("trente", 30), ("quarante", 40), ("cinquante", 50), ("soixante", 60)):
        # "vingt et un", also hyphenated since the 1990 spelling reform ("vingt-et-un")
        fr[f"{tens} et un"] = fr[f"{tens} et une"] = fr[f"{tens}-et-un"] = fr[f"{tens}-et-une"] = (base + 1, False)
        for i, unit in enumerate(fr_units[1:], start=2):
            fr[f"{tens}-{unit}"] = (base + i, False)
    for tens, base in (("soixante", 60), ("quatre-vingt", 80)):
        for word, value in {**fr_teens, "dix-sept": 17, "dix-huit": 18, "dix-neuf": 19}.items():
            fr[f"{tens}-{word}"] = (base + value, False)
        fr["soixante et onze"] = fr["soixante-et-onze"] = (71, False)
        for i, unit in enumerate(fr_units, start=1):
            if tens == "quatre-vingt":
                fr[f"quatre-vingt-{unit}"] = (80 + i, False)
    en_units = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
    en: dict[str, tuple[float, bool]] = {
        "thirteen": (13, False), "fourteen": (14, False), "sixteen": (16, False), "seventeen": (17, False),
        "eighteen": (18, False), "nineteen": (19, False), "sixty": (60, False), "seventy": (70, False),
        "eighty": (80, False), "ninety": (90, False),
        "half a million": (5e5, False), "half a billion": (5e8, False),
    }  # fmt: skip
    for i, unit in enumerate(en_units, start=1):
        # "two-and-a-half years", "three dozen"
        en[f"{unit}-and-a-half"] = en[f"{unit} and a half"] = (i + 0.5, False)
        if i > 1:
            en[f"{unit} dozen"] = (12 * i, False)
    for tens, base in (
        ("twenty", 20), ("thirty", 30), ("forty", 40), ("fifty", 50), ("sixty", 60), ("seventy", 70),
        ("eighty", 80), ("ninety", 90),
    ):  # fmt: skip
        for i, unit in enumerate(en_units, start=1):
            en[f"{tens}-{unit}"] = en[f"{tens} {unit}"] = (base + i, False)
    return {"fr": fr, "en": en}


for _lang, _words in _compounds().items():
    NUMBER_WORDS[_lang].update(_words)


#: Scale words after a number ("3,5 milliards", "$2 billion", "5bn", "10m").
MULTIPLIERS: dict[str, float] = {
    "million": 1e6, "millions": 1e6, "milliard": 1e9, "milliards": 1e9, "billion": 1e9, "billions": 1e9,
    "trillion": 1e12, "bn": 1e9, "m": 1e6, "mn": 1e6, "md": 1e9, "mds": 1e9, "mrd": 1e9, "k": 1e3,
    "thousand": 1e3, "mille": 1e3,
    # Indian English: "Rs 24 lakh" (2.4 million rupees), "Rs 3 crore" (30 million)
    "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7,
}  # fmt: skip

#: Unit words and symbols after (or currency symbols before) a number -> normalised unit.
UNITS: dict[str, str] = {
    "%": "%", "pour cent": "%", "pourcent": "%", "percent": "%", "per cent": "%", "pct": "%",
    "points": "pt", "point": "pt", "€": "EUR", "euros": "EUR", "euro": "EUR", "eur": "EUR",
    "$": "USD", "dollars": "USD", "dollar": "USD", "usd": "USD", "£": "GBP", "livres": "GBP",
    "pounds": "GBP", "gbp": "GBP", "rs": "INR", "¥": "JPY", "yens": "JPY", "yen": "JPY", "francs": "CHF",
    "km": "km", "kilomètres": "km", "kilometres": "km", "kilometers": "km", "miles": "mi", "mètres": "m",
    "metres": "m", "meters": "m", "m²": "m2", "km²": "km2", "hectares": "ha", "ha": "ha", "tonnes": "t",
    "tons": "t", "kg": "kg", "kilos": "kg", "litres": "l", "liters": "l", "gallons": "gal", "mw": "MW",
    "gw": "GW", "kwh": "kWh", "twh": "TWh", "°c": "°C", "degrés": "°C", "degrees": "°",
}  # fmt: skip

#: Nouns that make a description a possible speaker ("a spokesman for the company", "les
#: autorités locales", "the researchers"): a description without one of these or a title is not
#: taken as a speaker ("the idea of miscarriage and" is not).
SPEAKER_NOUNS: dict[str, frozenset[str]] = {
    "fr": frozenset(
        """autorités autorité police gendarmerie gouvernement ministère parquet préfecture mairie armée
        experts expert chercheurs chercheur scientifiques spécialistes médecins médecin avocats avocat
        source sources témoins témoin habitants riverains syndicat syndicats association collectif
        entreprise société groupe direction rapport étude communiqué organisation ong opposition
        manifestants élus élu député députée sénateur maire dirigeants dirigeant dirigeante président
        présidente ministre ministres responsables responsable porte-parole proches famille victime
        victimes enquêteurs enquêteur procureur procureure juge juges tribunal cour commission conseil
        agence institut observatoire fédération ligue parti candidat candidate militants militant
        américains français russes chinois israéliens palestiniens ukrainiens britanniques allemands
        utilisateurs internautes salariés employés patron patronne économiste économistes analystes
        analyste sondage auteurs auteur étude chef cheffe secrétaire ambassadeur ambassadrice
        diplomate diplomates officiels officiel observateurs spécialiste sociologue historien
        politologue chercheuse directeur directrice fondateur fondatrice gouvernement exécutif
        ministère préfecture mairie ville police gendarmerie armée parquet défense professionnelle
        professionnel professionnels spécialistes scientifique médecin infirmière enseignants
        enseignant syndicats opposants détracteurs partisans élue autorités administration
        journaliste journalistes reporter toxicologue naturopathe philosophe psychologue psychiatre
        juriste professeure enseignante étudiant étudiante étudiants ingénieur architecte écrivain
        écrivaine auteure réalisateur réalisatrice acteur actrice artiste biologiste épidémiologiste
        gastro-entérologue nutritionniste spécialiste géographe démographe anthropologue linguiste""".split()  # noqa: SIM905
    ),
    "en": frozenset(
        """authorities authority police government ministry officials official prosecutors prosecutor
        experts expert researchers researcher scientists scientist doctors doctor lawyers lawyer
        attorney attorneys source sources witnesses witness residents union unions association group
        company firm spokesman spokeswoman spokesperson report study statement organization
        organisation critics opponents supporters protesters leaders leader president minister
        ministers executives executive chief director founder ceo analysts analyst economist
        economists investigators investigator judge judges court commission council agency institute
        committee campaign party candidate activists activist officers officer department family
        relatives victims victim neighbors neighbours friends friend members member board staff
        administration army military coalition team coach player players fans users customers
        employees workers teachers students parents survey poll authors author secretary ambassador
        diplomat diplomats observers mayor governor senator representative lawmakers lawmaker
        congressman congresswoman sheriff chairman chairwoman professor manager owner journalist
        reporter writer novelist psychologist philosopher nurse engineer architect teacher student
        epidemiologist biologist historian sociologist demographer specialist research people data
        results findings analysis estimates polls""".split()  # noqa: SIM905
    ),
}

#: Verbs whose subject is the source of the figure they govern: counting, estimating, finding
#: ("le ministère de l'Intérieur comptabilise 6 morts", "Adobe Analytics reported $67 billion",
#: "Police sources have cited two reasons"). Read only with a subject that is a name or a
#: description headed by a SPEAKER_NOUNS noun. Calibration (bench/facts, 89 news articles): the
#: verbs governing an annotated sourced figure with no speech verb or "selon" in its sentence;
#: "compte" is left out ("la France compte 67 millions d'habitants": no source in the gold).
COUNT_VERBS: dict[str, frozenset[str]] = {
    "fr": frozenset(
        f"{stem}{end}"
        for stem in ("comptabilis", "recens", "dénombr", "répertori", "chiffr", "évalu", "enregistr", "estim")
        for end in ("e", "ent", "ait", "aient", "é", "ée", "és", "ées", "ant")
    ),
    "en": frozenset(
        """counted counts tallied tallies estimated estimates reported reports found finds recorded records
        registered registers cited cites calculated calculates logged logs documented documents identified
        identifies put puts projected projects forecast forecasts""".split()  # noqa: SIM905
    ),
}

#: Nouns after "selon" that make it "depending on", not "according to" ("selon les domaines",
#: "selon les cas"), folded (no accents).
DEPENDING_ON = frozenset(
    """cas domaine domaines secteur secteurs region regions pays periode periodes annee annees age ages
    sexe profil profils type types modele modeles circonstances besoins saison saisons""".split()  # noqa: SIM905
)

#: Given names that tell a person's grammatical gender, for resolving "elle"/"she" and "il"/"he"
#: to the right person. Calibration: the most frequent given names of France's and the United
#: States' civil registers (1940-2000), trimmed of names used for both (Claude, Dominique,
#: Camille, Alex...). A name absent from both lists leaves the gender unknown.
FEMALE_NAMES = frozenset(
    """marie anne catherine christine isabelle sylvie nathalie françoise monique martine nicole sophie
    sandrine valérie véronique céline stéphanie julie aurélie laura léa manon chloé emma inès sarah
    élise elise hélène claire caroline delphine émilie emilie charlotte pauline lucie mathilde
    marion juliette margaux clémence agnès brigitte chantal danielle jacqueline josiane ségolène rachida
    najat marine marlène élisabeth elisabeth anne-marie marie-pierre marie-claire geneviève laurence
    florence patricia corinne karine virginie audrey laetitia amandine elodie élodie mélanie
    christiane annie muriel fabienne béatrice beatriz ana maria sofia francisca angela ursula
    mary patricia jennifer linda barbara susan jessica karen nancy lisa betty margaret sandra ashley
    kimberly emily donna michelle carol amanda melissa deborah stephanie rebecca sharon laura cynthia
    kathleen amy shirley angela helen anna brenda pamela nicole samantha katherine christine debra
    rachel carolyn janet catherine heather diane ruth julie olivia joyce virginia victoria kelly
    lauren christina joan evelyn judith megan cheryl andrea hannah martha jacqueline frances gloria
    ann teresa kathryn sara janice alice madison doris abigail julia judy grace denise amber
    marilyn beverly danielle theresa sophia marie diana brittany natalie isabella charlotte rose
    alexis kayla hillary kamala nancy elizabeth theresa melody melanie carrie veronica tina nikkie
    sheryl oprah zineb fatima aïcha aicha leila leïla yasmina amina nadia samira""".split()  # noqa: SIM905
)
MALE_NAMES = frozenset(
    """jean pierre michel philippe alain nicolas christophe patrick daniel bernard eric éric laurent
    frédéric frederic stéphane olivier david thierry pascal sébastien julien jérôme vincent françois
    jacques gérard andré rené louis paul marc thomas antoine alexandre maxime hugo lucas théo
    emmanuel édouard edouard gabriel gabin bruno didier gilles yves serge henri georges
    benoît benoit arnaud guillaume mathieu matthieu romain rémy remy ivan ludovic fabien jérémy
    hervé xavier cédric franck raphaël raphael anthony antony aziz karim mohamed ahmed mehdi
    rachid samir yannick denis régis loïc lionel fabrice joël joel bertrand
    james john robert michael william richard joseph charles christopher matthew anthony mark
    donald steven andrew kenneth joshua kevin brian george timothy ronald edward jason jeffrey ryan
    jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory
    frank alexander raymond patrick jack dennis jerry tyler aaron jose adam nathan henry douglas
    zachary peter kyle noah ethan jeremy walter christian keith roger terry austin sean gerald carl
    harold dylan arthur lawrence jordan jesse bryan billy bruce gabriel joe logan albert willie
    alan eugene russell vincent philip bobby johnny bradley roy ralph wayne randy howard vladimir
    dmitri andreï andrei sergueï sergei viktor volodymyr olaf emmanuel barack joe boris rishi
    keir xi kim tony gordon hage nangolo peter tom marc-andré tim steve mike mark
    jerry stuart derek malcolm luis reilly ole kassym-jomart berik lin artem""".split()  # noqa: SIM905
)
