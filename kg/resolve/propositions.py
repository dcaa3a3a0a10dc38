"""Proposition terms: what a document's allegation says, as the terms the corpus merge
compares (:mod:`kg.resolve.corpus`).

An allegation's proposition becomes a set of stemmed content words (:func:`stem`,
:func:`proposition_terms`), event words folded to one concept (:data:`EVENT_CONCEPTS`),
the words of its frame left out (:data:`NOT_THE_ACT`), a hostile act's head terms marked
(:func:`act_terms`) with their event class (:func:`_code_terms`), and its named places as
anchors (:func:`_anchor`); two sets are compared by an IDF-weighted Jaccard
(:func:`_weighted_jaccard`).  It is apart from the merge because it knows words, not
allegations: the lexicons and the measure change with the wording of news prose, the
blocking and the grouping do not.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from importlib import resources

from kg.model import AllegationSummary
from kg.resolve.allegations import REFERENCE_NOUNS, STOPWORDS
from kg.resolve.gazetteer import entries_by_id

#: A denial-only allegation with fewer content terms (beside actors) states nothing of its own.
MIN_TERMS = 3
#: Whether an act's verb and its action noun whose stems :func:`stem` leaves apart fold to
#: one term (:data:`EVENT_CONCEPTS`): "the destruction of Ukraine" and "Russia has destroyed"
#: share ``destroy``, "threatens" and "threats" share ``threat`` (round 22, issue 13; the
#: suffix stripper makes "destruction" and "threaten" terms of their own, so two tellings of
#: one act, one by the verb and one by the noun, shared no act term).  Measured fold by fold
#: on every open part (``benchmarks/allegations/RESULTS.md``, round 22): these two gain dev
#: and three other development parts and lose none, held out included; "invasion"/"invaded",
#: "occupation"/"occupy", "provocation"/"provoke", "violation"/"violate", "blockade"/"block",
#: "execution", "detention", "starvation", "abduction" and "seizure" were measured too and
#: left apart (each loses a part, held out included, or gains no development part).
FOLD_ACTION_NOUNS = True
#: Words that name one act, folded to one term (the act's event noun or verb).
EVENT_CONCEPTS: dict[str, str] = {
    "meddl": "interfer",
    "meddle": "interfer",
    "interven": "interfer",
    "vote": "election",
    "ballot": "election",
    "poll": "election",
    "hack": "cyberattack",
    "cyber": "cyberattack",
    "cyberattack": "cyberattack",
    "cyber-attack": "cyberattack",
    "novichok": "poison",
    "nerve": "poison",
    "toxin": "poison",
    "shell": "attack",
    "shelling": "attack",
    "strik": "attack",
    "strike": "attack",
    "bomb": "attack",
    "bombard": "attack",
    "assault": "attack",
    "downed": "shoot",
    "shot": "shoot",
    "voting": "election",
    "struck": "attack",
    "unjustifiabl": "unjustify",
    "unjustifiable": "unjustify",
    "loot": "loot",
    "stolen": "loot",
    "steal": "loot",
    "plunder": "loot",
    "theft": "loot",
    "propaganda": "disinform",
    "misinform": "disinform",
    "fake": "disinform",
    "raped": "rape",
    "rapes": "rape",
    "raping": "rape",
    **({"destruction": "destroy", "threaten": "threat"} if FOLD_ACTION_NOUNS else {}),
}
#: Words that name one kind of thing an act is done to, folded to one term (stems): a
#: report of a maternity clinic shelled and one of hospitals destroyed tell of one kind of
#: target.  Only medical facilities: folding schools with kindergartens and universities,
#: or churches with cathedrals and mosques, was measured too (round 18: as much lost as
#: won on the development parts) and is left out.
TARGET_CONCEPTS: dict[str, str] = {
    "clinic": "hospital",
    "polyclinic": "hospital",
    "maternity": "hospital",
}
#: Whether :data:`TARGET_CONCEPTS` folds (``False``: the words as they are).
FOLD_TARGETS = True
#: The content lexicon's classes (``kg/data/content_lexicon.tsv``) whose words name a
#: hostile act: its verbs ("raped", "shelled", "abducted") and its nouns ("deportation",
#: "crackdown"); their terms are the act's head terms (:func:`act_terms`).
ACT_CLASSES = ("hostile_act", "hostile_noun", "repress_verb")
#: An act's event class (its CAMEO code in the lexicon: "abduct" and "kidnap" are 181,
#: "massacre" and "slaughter" 202) is a term of its own: synonyms share it, and a class
#: most allegations hold (190, every kind of attack) weighs little by its IDF.
ACT_CODE_TERMS = True
#: Fold a building named by its function to its everyday noun (:data:`_FACILITIES`).
FOLD_FACILITIES = True
#: Words too common in allegations to tell two apart.
GENERIC = frozenset(
    ["allegedly", "reportedly", "through", "against", "while", "during", "since", "under",
     "according", "told", "tell", "also", "new", "year", "week", "month", "day", "today",
     "yesterday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
     "sunday", "never", "ever", "any", "one", "two", "three"]
)  # fmt: skip
#: Official prose names a kind of building by its function ("educational institutions",
#: "medical facilities"), wire copy by its everyday noun ("schools", "hospitals"): one
#: target, folded to the everyday noun so the two tellings of one act share it.
_BUILDING = r" (?:institution|facilit(?:y|ie)|establishment)s?\b"
_FACILITIES: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        (re.compile(r"\b(?:educational|education|school)" + _BUILDING), " school "),
        (re.compile(r"\b(?:medical|health ?care|health)" + _BUILDING), " hospital "),
    )
    if FOLD_FACILITIES
    else ()
)
#: Phrases that name one act (or none) as a whole: "war crimes" is not the "war" of
#: "Russia's unprovoked war", nor "crimes against civilians"; a readout's frame ("Foreign
#: Minister", "spoke today with") names no act.
_PHRASES = (
    (re.compile(r"\bwar[- ]crim(?:e|es|inal|inals)\b"), " war-crime "),
    (re.compile(r"\bcrimes? against humanity\b"), " humanity-crime "),
    (re.compile(r"\b(?:foreign|prime|defen[cs]e) ministers?\b|\bsecretary of state\b"), " "),
    (re.compile(r"\bspoke (?:by phone |by telephone )?(?:today |yesterday )?with\b"), " "),
    *_FACILITIES,
)
#: Numbers other than years ("14 July", "resolution 2397" keep the resolution's number).
_SHORT_NUMBER = re.compile(r"^\d{1,3}$")
_SUFFIXES = ("ations", "ation", "ments", "ment", "ences", "ence", "ances", "ance", "ings",
             "ing", "ies", "ied", "ers", "ed", "es", "s", "e")  # fmt: skip
_WORD = re.compile(r"[^\W_]+(?:-[^\W_]+)*")


def _act_lexicon() -> dict[str, frozenset[str]]:
    """The terms of :data:`ACT_CLASSES`' words, as :func:`proposition_terms` makes them,
    each with the CAMEO event codes its words have in the lexicon."""
    source = resources.files("kg").joinpath("data", "content_lexicon.tsv")
    codes: dict[str, set[str]] = {}
    for line in source.read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if len(fields) > 2 and not line.startswith("#") and fields[0] in ACT_CLASSES:
            word = fields[1].lower()
            stemmed = stem(word)
            term = EVENT_CONCEPTS.get(word, EVENT_CONCEPTS.get(stemmed, stemmed))
            found = codes.setdefault(term, set())
            if fields[2].strip():
                found.add(fields[2].strip())
    return {term: frozenset(found) for term, found in codes.items()}


def act_terms(terms: Iterable[str]) -> frozenset[str]:
    """The act's head terms among ``terms``: those of a hostile act's verb or noun in the
    content lexicon (events folded, :data:`EVENT_CONCEPTS`; "war crimes" and "crimes
    against humanity" are acts too).

    >>> sorted(act_terms(proposition_terms("Russian occupiers raped women and shelled Kharkiv")))
    ['attack', 'rape']
    """
    return frozenset(t for t in terms if t in _ACT_TERMS)


def stem(word: str) -> str:
    """A light suffix stripper, enough to make "interfering", "interference" and
    "interfered" one term.

    A noun's derivational suffix (:data:`_DERIVATIONAL`: "-ation", "-ment", "-ence",
    "-ance") goes only when what is left has two syllables' worth of stem (Porter's
    measure, :func:`_measure`, above 1): "interference" and "deportation" lose it, "violence"
    and "violation" keep it, which otherwise both became "viol" (and the lexicon's class of
    "violation" went to every "violence"), as "statement" became "state" and "settlement"
    "settle" (round 19).

    >>> [stem(w) for w in ("interfering", "interference", "interfered", "elections")]
    ['interfer', 'interfer', 'interfer', 'election']
    >>> [stem(w) for w in ("violence", "violation", "violations", "deportation", "statement")]
    ['violenc', 'violation', 'violation', 'deport', 'statement']
    """
    for suffix in _SUFFIXES:
        if len(word) - len(suffix) >= 4 and word.endswith(suffix):
            if STEM_MEASURE and suffix in _DERIVATIONAL and _measure(word[: -len(suffix)]) < 2:
                continue  # a shorter suffix may still go ("violations" -> "violation")
            word = word[: -len(suffix)] + ("y" if suffix in ("ies", "ied") else "")
            break
    return word


#: The nouns' derivational suffixes that :func:`stem` strips only from a long enough stem.
_DERIVATIONAL = frozenset(
    ["ations", "ation", "ments", "ment", "ences", "ence", "ances", "ance"]
)  # fmt: skip
#: Whether :func:`stem` asks the stem's measure before it strips a derivational suffix
#: (``False``: round 18's stemmer, "violence" = "violation" = "viol").
STEM_MEASURE = True
_VOWEL_CONSONANT = re.compile(r"v+c+")


def _measure(stem: str) -> int:
    """Porter's measure of a stem: how many vowel-consonant sequences it has ("viol" 1,
    "interfer" 3, "deport" 2); "y" after a consonant is a vowel.

    >>> [_measure(w) for w in ("viol", "state", "interfer", "deport")]
    [1, 1, 3, 2]
    """
    form = "".join(
        "v" if ch in "aeiou" or (ch == "y" and k > 0 and stem[k - 1] not in "aeiou") else "c"
        for k, ch in enumerate(stem)
    )
    return len(_VOWEL_CONSONANT.findall(form))


def proposition_terms(text: str) -> frozenset[str]:
    """The terms of a proposition's text: stemmed content words, events folded.

    >>> sorted(proposition_terms("reports of Russia's continuing strikes on 14 July"))
    ['attack', 'russia']
    """
    terms = set()
    text = text.lower().replace("\u2019", "'")
    for phrase, term in _PHRASES:
        text = phrase.sub(term, text)
    for word in _WORD.findall(text):
        if word.endswith("'s"):
            word = word[:-2]
        if word in STOPWORDS or word in GENERIC or len(word) < 2 or _SHORT_NUMBER.match(word):
            continue
        stemmed = stem(word)
        if word in NOT_THE_ACT or stemmed in _NOT_THE_ACT_STEMS:
            continue
        term = EVENT_CONCEPTS.get(word, EVENT_CONCEPTS.get(stemmed, stemmed))
        terms.add(TARGET_CONCEPTS.get(term, term) if FOLD_TARGETS else term)
    return frozenset(terms)


#: Words around the act, not of it: how a claim refers to it ("the reports of ..."),
#: frames it ("continuing", "including", "condemn", "committed") or names its doer
#: ("Russia's forces", "members of", "the regime"): the accused is compared apart.
NOT_THE_ACT = frozenset(
    [*REFERENCE_NOUNS, *(n + "s" for n in REFERENCE_NOUNS), "reported", "alleged",
     "include", "includes", "including", "continue", "continues", "continued", "continuing",
     "continual", "ongoing", "recent", "recently", "condemn", "condemned", "condemnation",
     "commit", "committed", "committing", "conduct", "conducted", "conducting", "well",
     "use", "used", "using", "number", "numerous", "elsewhere", "clear", "clearly", "yet",
     "another", "strongly", "deeply", "concern", "concerned", "express", "reiterate",
     "force", "forces", "armed", "troops", "soldiers", "regime", "government", "authorities",
     "member", "members", "official", "officials", "president", "january", "february",
     "march", "april", "may", "june", "july", "august", "september", "october", "november",
     "december"]
)  # fmt: skip
_NOT_THE_ACT_STEMS = frozenset(stem(word) for word in NOT_THE_ACT)
_ACT_CODES = _act_lexicon()
_ACT_TERMS = frozenset(_ACT_CODES) | proposition_terms(
    "war crimes, crimes against humanity, atrocities, genocide"
)


def _features(item: AllegationSummary) -> frozenset[str]:
    """What two allegations are compared on: their terms without the accused's names, and
    each act's event classes up CAMEO's hierarchy (:func:`_code_terms`)."""
    own = {"@" + actor for actor in (*item.accused, *item.sides)}
    terms = {term for term in item.terms if term not in own}
    if ACT_CODE_TERMS:
        terms.update(_code_terms(code for term in terms for code in _ACT_CODES.get(term, ())))
    return frozenset(terms)


def _code_terms(codes: Iterable[str]) -> set[str]:
    """The event class terms of acts' CAMEO codes: each code and the classes above it down
    to its three-digit event type, so that acts of one kind share a term ("raped", 1821,
    "tortured", 1822, and "abuses", 182, share 182), weighed, like every term, by how few
    allegations hold it.  Not the two-digit root: 17 ("coerce") holds deporting, looting
    and arresting, 19 every use of force, too broad to say two claims tell one act.

    >>> sorted(_code_terms(["1822", "190", "1"]))
    ['~1', '~182', '~1822', '~190']
    """
    return {_CODE + code[:k] for code in codes for k in range(min(3, len(code)), len(code) + 1)}


#: The prefix of an act's event class term (its CAMEO code in the content lexicon).
_CODE = "~"


def _anchor(term: str) -> bool:
    """Whether a term names a non-state actor or place ("@bucha", "@drama-theater"): where
    or upon what an act was done; a state ("@ukraine") is in too many allegations."""
    if not term.startswith("@"):
        return False
    entry = entries_by_id().get(term[1:])
    return entry is None or entry.kind != "state"


def _weak(terms: Iterable[str]) -> bool:
    """Whether an allegation's terms state too short a proposition to join another by
    them alone (two denials alone join only if both state one of some length)."""
    return sum(1 for t in terms if not t.startswith(("@", _CODE))) < MIN_TERMS


def _weighted_jaccard(
    a: frozenset[str],
    b: frozenset[str],
    weight: Mapping[str, float],
    bonus: Mapping[str, float] | None = None,
) -> float:
    """The IDF-weighted Jaccard of two term sets: the same whichever comes first and in
    whatever order the sets hold their terms (exactly rounded sums, :func:`math.fsum`).

    >>> weight = {"a": 1.0, "b": 2.0, "c": 0.1}
    >>> _weighted_jaccard(frozenset("ab"), frozenset("bc"), weight) == 2.0 / 3.1
    True
    """
    shared = a & b
    extra = math.fsum(bonus[t] for t in shared if t in bonus) if bonus else 0.0
    union = math.fsum(weight[t] for t in a | b) + extra
    return (math.fsum(weight[t] for t in shared) + extra) / union if union else 0.0
