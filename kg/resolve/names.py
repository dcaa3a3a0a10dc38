"""Names of actors: which named mentions of one document are the same actor.

Rules, applied in order to a named mention (PERSON, ORG, GPE, NORP, LOC, FAC):

1. the gazetteer (not for PERSON): "Moscow", "the Kremlin", "Russian" -> Russia;
   "the Washington Post" -> The Washington Post;
2. an acronym defined in brackets or matching the initials of an organisation of the
   document ("Internet Research Agency (IRA)" ... "the IRA") -> that organisation;
3. a surname alone ("Trump", even when spaCy calls it ORG) -> the unique full name of
   the document ending in it ("Donald Trump"), else the unique one starting with it ("Wen"
   -> "Wen Jiabao", a family name written first), else the unique one the registry knows;
4. a shorter organisation name that ends a longer one ("Cyber Command") -> the longer one;
   a bare common noun ("the Department") -> the latest organisation named with it
   ("State Department");
5. full names that differ only by middle initials ("Wendy R. Sherman", "Wendy Sherman")
   are one person, in a document and, through the registry, across documents;
6. otherwise the name itself (without "the" and possessive) is the actor.

>>> drafts = name_actors([("PERSON", "Donald Trump", 0), ("ORG", "Trump", 40)], "")
>>> drafts[1].id
'donald-trump'
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from functools import lru_cache

from kg.model import ActorKind, Mention
from kg.resolve.gazetteer import GazetteerEntry, lookup, normalise, slugify

#: Entity labels of named mentions: the ones that name an actor.
NAMED_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})

#: Last words of the names of news outlets not in the gazetteer.
OUTLET_WORDS = frozenset(
    {
        "News",
        "Times",
        "Post",
        "Journal",
        "Gazette",
        "Herald",
        "Tribune",
        "Telegraph",
        "Daily",
        "Radio",
        "TV",
        "Television",
        "Broadcasting",
        "Press",
        "Pravda",
        "Chronicle",
        # round 38 (wire41): "newspaper" in Japanese and Korean outlets' names ("Asahi Shimbun",
        # "Rodong Sinmun", "Chosun Ilbo")
        "Shimbun",
        "Sinmun",
        "Shinmun",
        "Ilbo",
    }
)
#: Organisation names that are only a common noun: "the Department", "the Ministry".
GENERIC_ORGANISATIONS = frozenset(
    [
        "Department",
        "Ministry",
        "Agency",
        "Embassy",
        "Office",
        "Commission",
        "Council",
        "Committee",
        "Bureau",
        "Service",
        "Administration",
        "Command",
        "Court",
    ]
)
MINOR_WORDS = frozenset({"of", "the", "and", "for", "on", "in", "de", "du", "des", "la", "le"})
ENTRY_KINDS = {
    "state": ActorKind.STATE,
    "organisation": ActorKind.ORGANISATION,
    "outlet": ActorKind.OUTLET,
    "place": ActorKind.OTHER,
}


@dataclass(frozen=True)
class Draft:
    """What a named mention resolves to, before aliases and roles are gathered."""

    id: str
    name: str
    kind: ActorKind
    affiliation: str | None = None
    wikidata: str | None = None


@lru_cache(maxsize=1 << 16)  # the same names come back in every document
def bare_name(text: str) -> str:
    """The name without a leading "the", a possessive or "himself": "the US'" -> "US";
    without a dash the tagger took in at either end ("Mustafa Osman Ismail -" of "Minister
    - Dr. Mustafa Osman Ismail - says": round 25, speakers25)."""
    text = " ".join(text.replace("\u2019", "'").split())
    text = text.strip(" -\u2013\u2014")
    text = re.sub(r"^(?:the)\s+", "", text, flags=re.IGNORECASE)
    text = re.sub(r"\s+(?:himself|herself|itself|themselves)$", "", text)
    return re.sub(r"(?:'s|')$", "", text).strip()


#: A leading owner's possessive of an organisation's name: "Iraq's " of "Iraq's National Security
#: Council".
_OWNER_STATE = re.compile(r"^[A-Z][^']*'s\s+")


def initials(name: str) -> str:
    """Capital initials of a multi-word name: "Internet Research Agency" -> "IRA"."""
    words = [w for w in re.split(r"[\s\-]+", name) if w and w.lower() not in MINOR_WORDS]
    return "".join(w[0] for w in words if w[0].isupper()) if len(words) > 1 else ""


def is_acronym(text: str) -> bool:
    letters = text.replace(".", "")
    return 2 <= len(letters) <= 8 and letters.isalpha() and letters.isupper()


_INITIAL = re.compile(r"[A-Z]\.?").fullmatch


def _is_initial(word: str) -> bool:
    return _INITIAL(word) is not None


@lru_cache(maxsize=1 << 12)
def person_key(name: str) -> tuple[str, str] | None:
    """(first, last) name, lower-cased, without middle initials: the same for "Wendy R.
    Sherman" and "Wendy Sherman"; None for a single name.  Cached: resolving a document
    compares every pair of its full names (:func:`canonical_names`)."""
    words = [w for w in name.split() if not _is_initial(w)]
    if len(words) < 2:
        return None
    return words[0].casefold(), words[-1].casefold()


@lru_cache(maxsize=1 << 12)
def middle_initials(name: str) -> frozenset[str]:
    """The middle initials of a name: {"R"} for "Wendy R. Sherman"."""
    return frozenset(w.rstrip(".") for w in name.split()[1:-1] if _is_initial(w))


def same_person(a: str, b: str) -> bool:
    """Two full names that differ at most by middle initials, one set inside the other:
    "Wendy R. Sherman" = "Wendy Sherman", but "George W. Bush" != "George H. W. Bush"."""
    key = person_key(a)
    if key is None or key != person_key(b):
        return False
    first, second = middle_initials(a), middle_initials(b)
    return not first or not second or first == second


def canonical_names(names: Sequence[str]) -> dict[str, str]:
    """Each full name -> the longest name of the same person among ``names``.

    >>> canonical_names(["Wendy Sherman", "Wendy R. Sherman"])["Wendy Sherman"]
    'Wendy R. Sherman'
    """
    ordered = sorted(set(names), key=lambda n: (-len(n), n))
    canonical: dict[str, str] = {}
    for name in ordered:
        matches = [c for c in ordered if same_person(name, c) and canonical.get(c, c) == c]
        best = matches[0] if matches else name
        canonical[name] = canonical.get(best, best)
    return canonical


#: Words of a title that need a noun after them ("Prime Minister", "Deputy Minister"): a
#: person's name that follows one of them alone starts with that noun, misspelt.
TITLE_MODIFIERS = frozenset({"prime", "vice", "deputy", "acting", "assistant", "under"})


def name_of(mention: Mention) -> str:
    """The name a named mention gives, without the noun of a title the tagger left in it
    because it is misspelt: "Prime Minitser Ana Lopez" is tagged "Minitser Ana Lopez" with
    the role "Prime", and names Ana Lopez, not "Minitser Ana Lopez" (who would then also be
    every later "Lopez" of the article).

    >>> from kg.model import Span
    >>> name_of(Mention(Span(6, 24, "Minitser Ana Lopez"), "PERSON", 0, role="Prime"))
    'Ana Lopez'
    """
    text = mention.span.text
    words = text.split()
    role = (mention.role or "").split()
    if (
        mention.label == "PERSON"
        and role
        and role[-1].lower() in TITLE_MODIFIERS
        and (len(role) == 1 or role[-2].lower() not in ("of", "for"))
        and len(words) >= 3
        and words[0][:1].isupper()
    ):
        return " ".join(words[1:])
    return text


def from_entry(entry: GazetteerEntry) -> Draft:
    """The actor a gazetteer entry stands for."""
    return Draft(entry.id, entry.name, ENTRY_KINDS[entry.kind], entry.state, entry.wikidata)


def state_of(name: str) -> str | None:
    """The state a name starts with: "Russian Foreign Ministry" -> "russia"."""
    words = name.split()
    for size in (3, 2, 1):
        if len(words) > size:
            entry = lookup(" ".join(words[:size]))
            if entry is not None and entry.kind == "state" and entry.via != "capital":
                return entry.id
    return None


def _state_not_person(
    entry: GazetteerEntry,
    name: str,
    persons: Sequence[str],
    known_person: Callable[[str], str | None],
) -> bool:
    """A one-word PERSON that is a state's own name or alias ("Chad says ...", "Georgia
    called in the ambassador"): the state, unless a person of the document or of the
    registry has that word for a first name or surname ("Chad Smith", "Michael Jordan")."""
    if entry.kind != "state" or entry.via not in ("name", "alias"):
        return False
    if any(name in (p.split()[0], p.split()[-1]) for p in persons):
        return False
    return known_person(name) is None


#: "Armenia's Defense Ministry", "India's Ministry of External Affairs": an office of a
#: state written with the state's name in the possessive before it (which spaCy leaves
#: out of the organisation's name, or tags apart).
_POSSESSOR = re.compile(
    r"(?:^|[^\w.\-])([A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,2})['\u2019]s\s+(?:the\s+)?$"
)


#: "Pakistani Foreign Ministry", "the Pakistan Foreign Ministry": a state's name or adjective
#: right before an office's name (one to three capitalised words, no possessive).
_DEMONYM_BEFORE = re.compile(r"(?:^|[^\w.\-])([A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,2})\s+$")


_OWN_NAMES = frozenset({"name", "alias", "demonym"})


def owned_office(name: str, text: str, start: int) -> str | None:
    """The name of a state's office written "<State>'s <Office>" with the state's name in
    front ("Armenia's Defense Ministry", from "Defense Ministry" after "Armenia's ", or after
    "Armenian "), or None: not an office (no generic word such as Ministry), a state
    already named in it, or no state in the possessive or adjective right before it."""
    if start < 0 or not set(name.split()) & GENERIC_ORGANISATIONS or state_of(name):
        return None
    before = text[max(0, start - 40) : start]
    found = _POSSESSOR.search(before)
    if found is not None:
        entry = lookup(found.group(1))
        if entry is None or entry.kind != "state" or entry.via not in ("name", "alias"):
            return None
        return f"{entry.name}'s {name}"
    # "a Pakistani Foreign Ministry spokesperson": the state's adjective the tagger left out
    found = _DEMONYM_BEFORE.search(before)
    words = found.group(1).split() if found is not None else []
    if not words or words[-1].endswith(".") or "'" in name or "\u2019" in name:
        return None  # the end of the sentence before ("... China. The Justice Department")
    for size in (3, 2, 1):  # the longest state name ending right before: "South Korean"
        if len(words) < size:
            continue
        entry = lookup(" ".join(words[-size:]))
        if entry is not None and entry.kind == "state" and entry.via in _OWN_NAMES:
            return f"{entry.name}'s {name}"
    return None


def office_key(draft: Draft) -> tuple[str, str] | None:
    """(state, office) of a state's department ("Pakistan's Foreign Ministry", "Pakistan
    Foreign Ministry", "Pakistani Foreign Ministry" -> ("pakistan", "foreign ministry")),
    or None for any other organisation.

    >>> office_key(Draft("x", "Pakistan's Foreign Ministry", ActorKind.ORGANISATION, "pakistan"))
    ('pakistan', 'foreign ministry')
    """
    words = draft.name.replace("\u2019", "'").split()
    if not draft.affiliation or not set(words) & GENERIC_ORGANISATIONS:
        return None
    for size in (3, 2, 1):
        if len(words) > size:
            head = " ".join(words[:size])
            entry = lookup(head[:-2] if head.endswith("'s") else head)
            if entry is not None and entry.id == draft.affiliation:
                return draft.affiliation, " ".join(words[size:]).lower()
    return None


#: Words an organisation's name cannot end with: the tagger cut it there ("the U.S. Agency
#: for" + "International Development").
_JOINING = frozenset({"for", "of", "on", "and", "&"})


def _split_names(mentions: Sequence[tuple[str, str, int]], text: str) -> dict[int, str]:
    """The organisation names the tagger split in two at a joining word: the index of each
    part -> the whole name ("the U.S. Agency for" and "International Development" -> "U.S.
    Agency for International Development")."""
    joined: dict[int, str] = {}
    for i in range(len(mentions) - 1):
        label, surface, end = mentions[i]
        after, rest, rest_end = mentions[i + 1]
        words = surface.split()
        if label != "ORG" or after != "ORG" or len(words) < 2 or words[-1] not in _JOINING:
            continue
        if text[end : rest_end - len(rest)] != " " or not rest[:1].isupper():
            continue
        whole = bare_name(f"{surface} {rest}")
        joined[i] = joined[i + 1] = whole
    return joined


#: Whether an organisation name the tagger ran into the name of the person who holds an
#: office of it is that person (round 32, actors33, issue 12; :func:`titled_person`): "the
#: Russian Security Council Nikolay Patrushev" of "the Secretary of the Russian Security
#: Council Nikolay Patrushev held consultations", tagged ORG as one name, is Nikolay
#: Patrushev, not an organisation.
TITLED_NAMES = True
#: Last words of an organisation's name that a person's name may follow in such a run,
#: beside :data:`GENERIC_ORGANISATIONS` ("Council", "Office", "Ministry").
_OFFICE_HEADS = frozenset(
    {"Federation", "Republic", "Parliament", "Government", "Assembly", "Rada"}
)


def titled_person(name: str, after_state: bool = False) -> str | None:
    """The person's name that ends an organisation's name the tagger ran into it ("Russian
    Security Council Nikolay Patrushev" -> "Nikolay Patrushev"), or with ``after_state`` (a
    name the tagger took for a person's) a state's name ("Ukraine Volodymyr Zelenskyy" ->
    "Volodymyr Zelenskyy"; an organisation's "Israel Defense Forces" is no such run): two
    or three capitalised words after an organisation's head word or that state name, none
    of them a word of organisations, outlets or places; None for any other name
    (:data:`TITLED_NAMES`)."""
    if not TITLED_NAMES:
        return None
    words = name.split()
    heads = GENERIC_ORGANISATIONS | _OFFICE_HEADS
    for size in (2, 3):
        if len(words) < size + 1:
            continue
        before = words[:-size]
        if before[-1] not in heads and not (after_state and _names_state(" ".join(before))):
            continue  # "... Council NAME"; with ``after_state``, "Ukraine NAME" too
        tail = words[-size:]
        if not all(_NAME_WORD.fullmatch(w) for w in tail):
            continue
        if any(w in heads or w in OUTLET_WORDS or w.lower() in MINOR_WORDS for w in tail):
            continue
        person = " ".join(tail)
        if lookup(person) is not None or any(lookup(w) is not None for w in tail):
            continue
        return person
    return None


#: Whether an organisation name the tagger made of a state's name and a person's, after a
#: title that ends in "of" ("President of Ukraine Volodymyr Zelenskyy", tagged ORG
#: "Ukraine Volodymyr Zelenskyy"), is that person, and the same person's name tagged ORG
#: later ("..., Volodymyr Zelenskyy said") is them too (round 33, actors34, issue 12;
#: :func:`titled_state_person`).  The press-service items of the President of Ukraine name
#: the President so in their lead, and every quotation of theirs was given to an
#: organisation.
TITLED_STATE_ORGS = True
#: A title that ends in "of" right before a name: "President of ", "Prime Minister of the ".
_TITLE_OF = re.compile(r"\b[A-Z][a-z]+\s+of\s+(?:the\s+)?$")


def titled_state_person(name: str, text: str, start: int) -> str | None:
    """The person's name of an organisation name "<State> <Name Name>" that a title ending
    in "of" stands right before ("President of" + "Ukraine Volodymyr Zelenskyy" ->
    "Volodymyr Zelenskyy"), or None (:data:`TITLED_STATE_ORGS`): the state is the title's,
    the rest the holder's name ("Israel Defense Forces" after no such title stays whole).

    >>> text = "President of Ukraine Volodymyr Zelenskyy spoke."
    >>> titled_state_person("Ukraine Volodymyr Zelenskyy", text, 13)
    'Volodymyr Zelenskyy'
    >>> titled_state_person("Ukraine Volodymyr Zelenskyy", "In Ukraine Volodymyr Zelenskyy", 3)
    """
    if not TITLED_STATE_ORGS or start < 0:
        return None
    if not _TITLE_OF.search(text[max(0, start - 40) : start]):
        return None
    words = name.split()
    for size in (2, 3):  # "Temporarily Occupied Territories of Ukraine Iryna Vereshchuk"
        if len(words) > size + 1 and _names_state(words[-size - 1]):
            return titled_person(" ".join(words[-size - 1 :]), after_state=True)
    return titled_person(name, after_state=True)


#: Whether an organisation name that a title ending in "of" or "for" stands right before,
#: and whose last two or three words are the full name of a person the document names (tagged
#: a person there, or by the surname alone), is that person (round 34, titles35, issue 12;
#: :func:`named_tail`): "Deputy Prime Minister - Minister for Reintegration of" + "the
#: Temporarily Occupied Territories Iryna Vereshchuk" (ORG), then "Iryna Vereshchuk said", is
#: her, not an organisation; the name must be the document's own person, so that no body's
#: name ("the High Commissioner for Human Rights") is read as one.
NAMED_TAILS = True
#: A title that ends in "of" or "for" right before a name: "Minister for Reintegration of the ".
_TITLE_OF_FOR = re.compile(r"\b[A-Z][a-z]+\s+(?:of|for)\s+(?:the\s+)?$")


def named_tail(name: str, text: str, start: int, persons: Collection[str]) -> str | None:
    """The person's full name (of ``persons``, the names of the document's persons, full
    names and surnames) that an organisation name after a title ending in "of"/"for" ends
    in, or None (:data:`NAMED_TAILS`).

    >>> text = "Minister for Reintegration of the Temporarily Occupied Territories Iryna V"
    >>> named_tail("Temporarily Occupied Territories Iryna V", text, 34, {"Iryna V"})
    'Iryna V'
    >>> named_tail("Temporarily Occupied Territories Iryna V", text, 34, set()) is None
    True
    """
    if not NAMED_TAILS or start < 0:
        return None
    if not _TITLE_OF_FOR.search(text[max(0, start - 40) : start]):
        return None
    words = name.split()
    for size in (3, 2):
        if len(words) < size + 1:
            continue
        tail = words[-size:]
        if not all(_NAME_WORD.fullmatch(w) or w.rstrip(".").isupper() for w in tail):
            continue
        person = " ".join(tail)
        if person in persons or (tail[-1] in persons and size == 2):
            return person
    return None


#: Whether a person's name the tagger cut before its last word is read whole: "President
#: Yoon Suk Yeol of the Republic of Korea", tagged PERSON "Yoon Suk", is Yoon Suk Yeol
#: (round 33, actors34, issue 12; :func:`whole_name`).
CUT_NAMES = True
#: A capitalised word right after a person's name, itself followed by "of the", a bracket
#: or a comma: the name's last word when nothing else claims it.
_CUT_WORD = re.compile(r" ([A-Z][a-z]{2,})(?= of the\b| \(|,)")
#: Lower-case particles a person's name does not end in: "Ursula von der" stops before
#: "Leyen".
_NAME_PARTICLES = frozenset(
    {"von", "der", "van", "de", "den", "al", "bin", "da", "di", "du", "del"}
)
#: Words after a name that are no part of it: days and months ("Putin Tuesday, ...").
_NOT_NAME_WORDS = frozenset(
    {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
     "January", "February", "March", "April", "May", "June", "July", "August",
     "September", "October", "November", "December", "Jr", "Sr"}
)  # fmt: skip

#: Whether a NORP entity that is a state's demonym before a model designation ("Russian
#: Su-24", "Russian Su-34": the tagger makes the craft's name one NORP entity with its maker's
#: demonym) is that state: "three Russian Su-24 attack aircraft invaded Georgian air space"
#: accuses Russia, where the target "Russian Su-24" resolved to a group of its own and matched
#: no gold party.  A designation is a word with a digit ("Su-24", "MiG-29", "Tu-95"); a
#: demonym before a plain word ("Russian Orthodox") is left alone.  Round 39 (accuse44,
#: issue 12; test38's class (E)); resolution.  Measured (benchmarks/claims/RESULTS.md, round
#: 39): no claims triple of any part moves, in either scope.
DESIGNATED_CRAFT = True
#: Round 40 (claimers46, issue 12, `dev6`'s wire copy): one word the tagger took for a person
#: or an organisation, which no person of the document is named by and which begins the name
#: of exactly one organisation the document named before ("Obama said Sony 'made a mistake'"
#: after "the cyberattack on Sony Pictures"), is that organisation (:func:`short_organisation`),
#: not a person a later "he said" can stand for (and ``coref._surname_tagged_org`` lets no "he"
#: reach an organisation whose name is longer than the word).  Measured (benchmarks/claims/
#: RESULTS.md, "Round 40, claimers46"): `dev6` +2 matched triples in the document scope (Obama's
#: quotation run back from "Sony"), no system triple added; but the second half loses matched
#: triples (`test16` -1 sentence, -2 document) and `test29` -1 (document), so by the bar
#: written before those numbers it ships **off**.
SHORT_ORGANISATION_NAMES = False


def short_organisation(
    name: str, persons: Sequence[str], earlier: Sequence[Draft | None]
) -> Draft | None:
    """The organisation of ``earlier`` drafts whose longer name ``name``, one capitalised
    word, begins, when exactly one does and no person of ``persons`` is named by the word
    (the callers read :data:`SHORT_ORGANISATION_NAMES`); else None.

    >>> pictures = Draft("sony-pictures", "Sony Pictures", ActorKind.ORGANISATION)
    >>> short_organisation("Sony", ["Barack Obama"], [pictures]).name
    'Sony Pictures'
    >>> print(short_organisation("Sony", ["Akio Sony"], [pictures]))
    None
    """
    if " " in name or not name[:1].isupper():
        return None
    if any(name in p.split() for p in persons):
        return None
    found = {
        d.id: d
        for d in earlier
        if d is not None
        and d.kind is ActorKind.ORGANISATION
        and len(d.name.split()) > 1
        and d.name.split()[0] == name
    }
    return next(iter(found.values())) if len(found) == 1 else None


#: Round 40, second wave (claimers47, issue 12): a state's formal name the gazetteer does not
#: hold, "(the) Republic of X" or "(the) Kingdom of X", tagged as a place, whose X is a state the
#: gazetteer names by exactly that name ("The Republic of Lithuania and the Republic of Poland
#: reconfirm their full support ..."), is that state (:func:`formal_state`); before, an actor of
#: its own of kind ``other``, which no state rule and no scorer's state name reached.  A name
#: the gazetteer holds ("Republic of Korea") keeps its entry, and an X that is another state's
#: alias ("Congo") is left.  Resolution only.  Measured (benchmarks/claims/RESULTS.md, "Round 40
#: (second wave ...), claimers47"; its off row against all on): `dev4` +6 matched, +5 system
#: (document) and +2 matched, +4 system (sentence), the Lublin Triangle's states; second half,
#: held-out parts and test40 unmoved.  On by the bar.  False: the formal name stays an actor of
#: its own.
FORMAL_STATE_NAMES = True
_FORMAL_STATE = re.compile(r"(?:[Tt]he\s+)?(?:Republic|Kingdom)\s+of\s+(?:the\s+)?(\S.*)")


def formal_state(name: str) -> GazetteerEntry | None:
    """The state a formal name the gazetteer lacks stands for (:data:`FORMAL_STATE_NAMES`):
    "Republic of Lithuania" -> Lithuania, when the gazetteer names a state by exactly the words
    after "of"; else None.

    >>> formal_state("Republic of Lithuania").name
    'Lithuania'
    >>> formal_state("Lithuania") is None
    True
    """
    found = _FORMAL_STATE.fullmatch(name)
    if found is None or lookup(name) is not None:  # "Republic of China": the gazetteer's
        return None
    entry = lookup(found.group(1))
    if entry is None or entry.kind != "state" or entry.name != found.group(1):
        return None
    return entry


def designated_state(name: str) -> GazetteerEntry | None:
    """The state whose demonym opens ``name`` before a model designation, or None:
    "Russian Su-24" -> Russia; "Russian Orthodox", "Russian" -> None.

    >>> designated_state("Russian Su-24").name
    'Russia'
    >>> designated_state("Russian Orthodox") is None
    True
    """
    words = name.split()
    if len(words) < 2 or not all(any(c.isdigit() for c in w) for w in words[1:]):
        return None
    entry = lookup(words[0])
    if entry is None or entry.kind != "state" or entry.via != "demonym":
        return None
    return entry


#: Round 42 (claimers52, issue 12): a person's name the tagger cut before its first word is
#: read whole: "Va Kim Hong, head of the Cambodian government committee", tagged PERSON "Kim
#: Hong", is Va Kim Hong, and "Former prime minister ..., Pascal Affi Nguessan", tagged "Affi
#: Nguessan", is Pascal Affi Nguessan (a later bare "Nguessan" then the whole name too); before,
#: the cut name was an actor of its own that matched no gold claimer.  The word before must be
#: one capitalised name word right before the name, itself at the text's or a sentence's start
#: or after a comma, a bracket or a quotation mark, and no stop word, title, role or office
#: noun, day, month, generic organisation word, outlet word or gazetteer name (:func:`led_name`).
#: Resolution.  Measured: benchmarks/claims/RESULTS.md, "Round 42, claimers52".
LED_NAMES = True
#: A capitalised name word right before a name, after a start, a comma, a bracket or a quote.
_LEAD_WORD = re.compile(
    r"(?:^|\n\s*|(?<=[a-z0-9)\"\u201d])[.!?]\s+|[,(\"\u201c\u2018]\s*)"
    r"([A-Z][a-z]+(?:[-'\u2019][A-Za-z][a-z]+)*) $"
)


#: Round 42 (claimers52, issue 12): an honorific that the claims guide keeps as part of a
#: person's name as first introduced ("Sheikh Rashid Ahmed", "Sheikh Mohammed bin Abdulrahman
#: al-Thani": every development gold line with one names the person with it, aliases "Sheikh
#: Mohammed", "Sheikh Ahmed"), which the extractor strips as a title, is read back before the
#: name (the ``name_honorific`` rows of ``kg/data/target_words.tsv``); before, "Rashid Ahmed"
#: and "Mohammed" matched no gold claimer.  Resolution.  Measured: benchmarks/claims/RESULTS.md,
#: "Round 42, claimers52".
HONORIFIC_NAMES = True
#: A capitalised word right before a name (any context before it).
_HONORIFIC = re.compile(r"\b([A-Z][a-z]+) $")


@lru_cache(maxsize=1)
def _name_honorifics() -> frozenset[str]:
    """The ``name_honorific`` rows of ``kg/data/target_words.tsv``."""
    from kg.extract.claims.content_lexicon import load_classes

    return load_classes("target_words.tsv")["name_honorific"]


@lru_cache(maxsize=1)
def _name_titles() -> frozenset[str]:
    """The ``name_title`` rows of ``kg/data/target_words.tsv``: words before a person's name
    that are no part of it ("Lieutenant", "Journalist")."""
    from kg.extract.claims.content_lexicon import load_classes

    return load_classes("target_words.tsv")["name_title"]


def led_name(name: str, surface: str, text: str, end: int) -> str:
    """``name``, a person's name whose mention ``surface`` ends at ``end`` in ``text``, with
    the capitalised name word the tagger left before it (:data:`LED_NAMES`); else ``name``.

    >>> led_name("Kim Hong", "Kim Hong", "Va Kim Hong, head of the committee", 11)
    'Va Kim Hong'
    >>> led_name("Kim Hong", "Kim Hong", "Minister Kim Hong said", 17)
    'Kim Hong'
    >>> led_name("Joe Biden", "Joe Biden", "But Joe Biden said", 13)
    'Joe Biden'
    """
    if end < 0 or not name:
        return name
    start = end - len(surface) + max(surface.find(name), 0)
    if start <= 0 or name.split()[0].islower():
        return name
    honorific = _HONORIFIC.search(text[max(0, start - 20) : start]) if HONORIFIC_NAMES else None
    if honorific is not None and honorific.group(1).lower() in _name_honorifics():
        return f"{honorific.group(1)} {name}"  # "Sheikh" + "Rashid Ahmed"
    if not LED_NAMES:
        return name
    # the slice's start is the text's only when the text starts within reach
    before = text[:start] if start <= 40 else "\x00" + text[start - 40 : start]
    found = _LEAD_WORD.search(before)
    if found is None:
        return name
    word = found.group(1)
    from spacy.lang.en.stop_words import STOP_WORDS

    from kg.resolve import coref

    titles = _name_titles()
    parts = [p.lower() for p in re.split(r"[-'\u2019]", word)]
    if (
        word.lower() in titles
        or any(
            p in STOP_WORDS
            or p in coref.TITLE_NOUNS
            or p in coref.ROLE_NOUNS
            or p in titles
            or p in TITLE_MODIFIERS
            for p in parts
        )
        or any(lookup(p.capitalize()) is not None for p in parts)
        or word in _NOT_NAME_WORDS
        or word in GENERIC_ORGANISATIONS
        or word in _OFFICE_HEADS
        or word in OUTLET_WORDS
        or lookup(word) is not None
        or lookup(f"{word} {name}") is not None
    ):
        return name
    return f"{word} {name}"


def whole_name(name: str, text: str, end: int) -> str:
    """``name``, a person's name ending at ``end`` in ``text``, with the capitalised word the
    tagger left after it, when :data:`CUT_NAMES` is on: after a name that ends in a
    particle ("Ursula von der" + "Leyen"), or after a name of two words when that word is
    followed by "of the", a bracket or a comma and is no place, body, title, day or month
    ("Yoon Suk" + "Yeol" before "of the Republic of Korea"); else ``name``.

    >>> whole_name("Yoon Suk", "President Yoon Suk Yeol of the Republic of Korea", 18)
    'Yoon Suk Yeol'
    >>> whole_name("Joe Biden", "Joe Biden Tuesday, ...", 9)
    'Joe Biden'
    """
    if not CUT_NAMES or end < 0:
        return name
    words = name.split()
    if len(words) >= 2 and words[-1] in _NAME_PARTICLES:  # "Ursula von der" + "Leyen"
        after = re.match(r" ([A-Z][\w'\u2019-]+)", text[end : end + 40])
        return f"{name} {after.group(1)}" if after is not None else name
    if len(words) != 2:
        return name
    found = _CUT_WORD.match(text, end)
    if found is None:
        return name
    word = found.group(1)
    if (
        word in _NOT_NAME_WORDS
        or word in GENERIC_ORGANISATIONS
        or word in _OFFICE_HEADS
        or word in OUTLET_WORDS
        or lookup(word) is not None
    ):
        return name
    return f"{name} {word}"


def _names_state(text: str) -> bool:
    """Whether ``text`` is a state's name or alias in the gazetteer ("Ukraine", "Republic of
    Armenia"), not its demonym or capital."""
    entry = lookup(text)
    return entry is not None and entry.kind == "state" and entry.via in ("name", "alias")


#: A word of a person's name: capitalised letters, with hyphens or an apostrophe inside.
_NAME_WORD = re.compile(r"[A-Z][a-z]+(?:[-'’][A-Za-z][a-z]+)*")


def _organisation(name: str) -> Draft:
    kind = ActorKind.OUTLET if name.split()[-1] in OUTLET_WORDS else ActorKind.ORGANISATION
    return Draft(slugify(name), name, kind, state_of(name))


def name_actors(
    mentions: Sequence[tuple[str, str, int]],
    text: str,
    known_person: Callable[[str], str | None] = lambda name: None,
    known_alias: Callable[[str], Draft | None] = lambda name: None,
    known_full_name: Callable[[str], str | None] = lambda name: None,
) -> list[Draft | None]:
    """A :class:`Draft` for each named mention ``(label, surface, end offset)`` of a document.

    ``text`` is the article text (for acronyms in brackets right after a name);
    ``known_person(surname)``, ``known_alias(surface)`` and ``known_full_name(name)``
    ask the registry about names seen in earlier documents.
    """
    full_names = [
        led_name(whole_name(bare_name(s), text, end), s, text, end)
        for label, s, end in mentions
        if label == "PERSON"
    ]
    full_names = [titled_person(n, after_state=True) or n for n in full_names]
    # "President of Ukraine Volodymyr Zelenskyy", tagged ORG: the person (and their name
    # tagged ORG again later)
    titled_orgs = {
        index: holder
        for index, (label, surface, end) in enumerate(mentions)
        if label == "ORG"
        and (holder := titled_state_person(bare_name(surface), text, end - len(surface)))
    }
    full_names += list(titled_orgs.values())
    # "... of the Temporarily Occupied Territories Iryna Vereshchuk" (ORG), the person the
    # document names elsewhere (tagged PERSON, or by the surname)
    tagged = set(full_names)
    tails = {
        index: holder
        for index, (label, surface, end) in enumerate(mentions)
        if label == "ORG"
        and index not in titled_orgs
        and (holder := named_tail(bare_name(surface), text, end - len(surface), tagged))
    }
    full_names += list(tails.values())
    canonical = canonical_names([n for n in full_names if " " in n])
    persons = sorted(set(canonical.values()))
    orgs = sorted({bare_name(s) for label, s, _ in mentions if label in ("ORG", "FAC")})
    defined: dict[str, str] = {}  # acronym -> long name, from "Long Name (LN)"
    for label, surface, end in mentions:
        found = re.match(r"\s*\(([A-Z][A-Za-z.]{1,9})\)", text[end : end + 14])
        if label in ("ORG", "FAC") and found and is_acronym(found.group(1)):
            defined.setdefault(found.group(1), bare_name(surface))
    by_initials: dict[str, list[str]] = {}
    for org in orgs:
        by_initials.setdefault(initials(org), []).append(org)
        # "Iraq's National Security Council" (its owner state kept, mentions.ORG_OWNER_STATE)
        # is also the "NSC" of its own name's initials
        own_name = _OWNER_STATE.sub("", org, count=1)
        if own_name != org:
            by_initials.setdefault(initials(own_name), []).append(org)
    by_initials.pop("", None)

    def organisation(name: str) -> Draft:
        entry = lookup(name)
        return from_entry(entry) if entry is not None else _organisation(name)

    def person(name: str) -> Draft:
        words = name.split()
        if len(words) == 1:
            fuller = [p for p in persons if p.split()[-1] == name]
            # "Wen" after "Wen Jiabao", "Meles" after "Meles Zenawi": a name written family
            # name first, or a person the text calls by the first name
            given = [p for p in persons if p.split()[0] == name and len(p.split()) <= 3]
            given = given if not fuller else []
            known = known_person(name)
            if len(fuller) == 1:
                name = fuller[0]
            elif len(given) == 1:
                name = given[0]
            elif known is not None and not fuller:
                return Draft(known, known, ActorKind.PERSON)  # the registry knows its name
        else:
            name = canonical.get(name, name)
            parts = name.split()
            if len(parts) > 2 and parts[-1].casefold() == parts[-2].casefold():
                # "Omar al-Bashir Al-Bashir": the surname written twice (a copy-edit slip)
                name = " ".join(parts[:-1])
            longer = [p for p in persons if len(p.split()) > len(words) and p.endswith(" " + name)]
            if len(longer) == 1:
                name = longer[0]
        known = known_full_name(name) if " " in name else None
        if known is not None:
            return Draft(known, name, ActorKind.PERSON)
        return Draft(slugify(name), name, ActorKind.PERSON)

    def generic(word: str, drafts: list[Draft | None]) -> Draft | None:
        """ "the Department" -> the latest organisation named with that word."""
        for draft in reversed(drafts):
            named = draft is not None and word in draft.name.split() and draft.name != word
            if named and draft is not None and draft.kind is ActorKind.ORGANISATION:
                return draft
        return None

    drafts: list[Draft | None] = []
    by_name: dict[str, Draft] = {}  # the draft of each organisation's name, as first made
    offices: dict[tuple[str, str], Draft] = {}  # (state, office) -> the first draft of it

    def named(name: str) -> Draft:
        """The draft of an organisation name met before in the document ("Afghanistan's
        National Security Council" for "NSC"), else a new one."""
        return by_name.get(name) or organisation(name)

    def once(draft: Draft | None, name: str) -> Draft | None:
        """One actor per office of one state in a document: "Pakistan's Foreign Ministry",
        "the Pakistan Foreign Ministry", "Pakistani Foreign Ministry" (the first form's)."""
        if draft is None or draft.kind is not ActorKind.ORGANISATION:
            return draft
        by_name.setdefault(name, draft)
        key = office_key(draft)
        if key is None:
            return draft
        return offices.setdefault(key, draft)

    split = _split_names(mentions, text)
    completed: dict[int, str] = {}  # where a cut name's last word ends -> the whole name
    for index, (label, surface, _end) in enumerate(mentions):
        name = bare_name(surface)
        if not name or not any(c.isalpha() for c in name):
            drafts.append(None)
            continue
        if _end in completed and completed[_end].endswith(" " + name):
            drafts.append(person(completed[_end]))  # "Leyen" after "Ursula von der"
            continue
        if index in split:  # "the U.S. Agency for" + "International Development"
            drafts.append(named(split[index]))
            continue
        if label == "PERSON" and (titled := titled_person(name, after_state=True)) is not None:
            drafts.append(person(titled))  # "Ukraine Volodymyr Zelenskyy", tagged PERSON
            continue
        if label == "PERSON":
            whole = whole_name(name, text, _end)  # "Yoon Suk" + "Yeol"
            if whole != name:
                completed[_end + len(whole) - len(name)] = whole
            name = led_name(whole, surface, text, _end)  # "Va" + "Kim Hong"
            entry = lookup(name) if " " not in name else None
            if entry is not None and entry.via == "demonym":  # "the Ugandan army", tagged
                drafts.append(from_entry(entry))  # PERSON: a demonym names no one
                continue
            if entry is not None and _state_not_person(entry, name, persons, known_person):
                drafts.append(from_entry(entry))  # "Chad says ...", tagged PERSON
                continue
            if entry is None and known_person(name) is None:
                short = (
                    short_organisation(name, persons, drafts) if SHORT_ORGANISATION_NAMES else None
                )
                if short is not None:  # "Sony" after "Sony Pictures", tagged PERSON
                    drafts.append(short)
                    continue
            drafts.append(person(name))
            continue
        if index in titled_orgs:  # "President of Ukraine Volodymyr Zelenskyy", tagged ORG
            drafts.append(person(titled_orgs[index]))
            continue
        if index in tails:  # "... Territories Iryna Vereshchuk", tagged ORG, named elsewhere
            drafts.append(person(tails[index]))
            continue
        if label == "ORG" and titled_orgs and name in titled_orgs.values():
            drafts.append(person(name))  # "..., Volodymyr Zelenskyy said", tagged ORG again
            continue
        titled = titled_person(name) if label == "ORG" else None
        if titled is not None:  # "the Russian Security Council Nikolay Patrushev"
            drafts.append(person(titled))
            continue
        entry = lookup(name)
        if entry is not None and not (label == "NORP" and entry.kind != "state"):
            drafts.append(from_entry(entry))
            continue
        formal = formal_state(name) if FORMAL_STATE_NAMES and label == "GPE" else None
        if formal is not None:  # "The Republic of Lithuania reconfirms ...": Lithuania
            drafts.append(from_entry(formal))
            continue
        if label in ("ORG", "FAC") and name in GENERIC_ORGANISATIONS:
            drafts.append(generic(name, drafts) or organisation(name))
            continue
        if label in ("ORG", "FAC") and len(name.split()) == 1:
            # a surname that spaCy tagged ORG ("Trump himself"); the gazetteer had no entry
            if any(p.split()[-1] == name for p in persons) or (
                not is_acronym(name) and known_person(name)
            ):
                drafts.append(person(name))
                continue
            long_name = defined.get(name) or (
                by_initials[name][0] if len(by_initials.get(name, [])) == 1 else None
            )
            if long_name is not None:
                drafts.append(named(long_name))
                continue
            short = short_organisation(name, persons, drafts) if SHORT_ORGANISATION_NAMES else None
            if short is not None:  # "Sony" after "Sony Pictures": no surname
                drafts.append(short)
                continue
        if label in ("ORG", "FAC"):
            owned = owned_office(name, text, _end - len(surface))
            if owned is not None:
                drafts.append(once(organisation(owned), name))
                continue
            longer = [o for o in orgs if o != name and o.endswith(" " + name)]
            if len(longer) == 1 and len(name.split()) > 1:
                drafts.append(named(longer[0]))
                continue
            drafts.append(once(known_alias(normalise(name)) or organisation(name), name))
        elif label == "NORP" and DESIGNATED_CRAFT and (state := designated_state(name)):
            drafts.append(from_entry(state))  # "Russian Su-24", one NORP entity: Russia
        elif label == "NORP":
            drafts.append(Draft(slugify(name), name, ActorKind.GROUP))
        else:
            drafts.append(Draft(slugify(name), name, ActorKind.OTHER, state_of(name)))
    return drafts
