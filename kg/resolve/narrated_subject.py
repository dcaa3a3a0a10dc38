"""A news story's narration of an actor's stance act is that actor's claim (round 37, alleg39).

``address_speech`` reads every sentence of a news text as the outlet's assertion, and
:data:`kg.resolve.NEWS_PUBLISHER` keeps it as the outlet's own (publisher voice).  When the
sentence's main verb is a stance act (a claim cue's verb: "accuse", "charge", "lash out",
"urge", "object"; or a light verb with a stance noun: "sent protests", "renewed calls",
"raised doubts") and its subject names an actor the resolver knows (not the outlet), the
sentence tells that actor's stance: "North Korea has sent protests to President Barack
Obama" is North Korea's criticism, "Chinese authorities this week charged X with separatism"
China's accusation.  :data:`NARRATED` gives such a sentence to its subject (attributed voice).

Measured in benchmarks/allegations/RESULTS.md, "Round 37 (second wave), alleg39".
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

from kg.extract.cues import CUES, LIGHT_VERBS
from kg.model import ActorKind, Extraction, Span, Stance

if TYPE_CHECKING:
    from kg.resolve.resolver import _Resolver

#: The switch.  ``None``: the sentence stays the outlet's (``NEWS_PUBLISHER``).  ``"speaker"``:
#: the subject speaks it (attributed voice), and it joins the story's charge as any speaker's
#: assertion does (:data:`kg.resolve.allegations.NEWS_ASSERTIONS`: by overlapping words, or
#: the most salient charge when the speaker is on its accusers' side).  ``"either"``: as
#: ``"speaker"``, and it joins the story's charge (by its words, else the most salient) on
#: either side: an accused state's protest is a move in the dispute too.
#: Measured (benchmarks/allegations/RESULTS.md, "Round 37 (second wave), alleg39"):
#: ``"speaker"`` leaves the development parts unmoved (3.9822) and gains on the held-out ones
#: (5.1757 -> 5.1920, no part lower); the claims benchmark does not move: on by its bar.
#: ``"either"`` lowers the development cross-document precision (10.337 -> 10.269): off.
NARRATED: str | None = "speaker"

#: The verbs of the claim cue lexicon whose stance is more than a statement.
STANCE_VERBS = frozenset(
    c.verb
    for c in CUES
    if c.verb != "*" and not c.noun and c.stance not in (Stance.ASSERT, Stance.REPORT)
)
#: With :data:`ALL_CUES`, every verb of the cue lexicon ("speculated", "spoke of"): the
#: sentence is ``address_speech``'s alone, so no reported-speech rule read a claim in it.
#: Off by its bar: it moves no held-out part beyond ``"speaker"`` alone (one development gold
#: claim more aligned, no score moved).
ALL_CUES = False
CUE_VERBS = frozenset(c.verb for c in CUES if c.verb != "*" and not c.noun)
#: The stance nouns a light verb carries ("sent protests", "renewed calls").
STANCE_NOUNS = frozenset(
    c.noun for c in CUES if c.noun and c.stance not in (Stance.ASSERT, Stance.REPORT)
) | frozenset({"call", "calls", "protest", "protests", "doubt", "doubts", "letter"})
#: Light verbs beyond the cue lexicon's that carry a stance noun in news narration.
_CARRIERS = frozenset(LIGHT_VERBS) | frozenset({"renew", "send", "issue", "lodge", "raise"})
#: Cue verbs that in a story's narration are mostly acts, not stances ("Turkey dismissed more
#: than 2,700 employees", "Rajoelina dismissed Prime Minister ...").
_NOT_STANCE = frozenset({"dismiss"})
_SPEAKING_KINDS = frozenset(
    {ActorKind.STATE, ActorKind.PERSON, ActorKind.ORGANISATION, ActorKind.GROUP}
)


def speaker(
    resolver: _Resolver,
    extraction: Extraction,
    sentence: int,
    outlet: str,
) -> str | None:
    """The actor whose stance act the news text's sentence ``sentence`` narrates, or None.

    The sentence's first relation (in text order) is its main act: active, not negated,
    without a modal; its subject a mention the resolver gives an actor (a state, a person,
    an organisation or a group; not the outlet); its verb (or one of the verb group's, "began
    to object") a stance cue, or a light verb whose object holds a stance noun."""
    relations = sorted(
        (r for r in extraction.relations if r.sentence == sentence and r.predicate_span.text),
        key=lambda r: r.predicate_span.start,
    )
    if not relations:
        return None
    main = relations[0]
    if main.passive or main.negated or main.modality is not None:
        return None
    actor = _actor(resolver, extraction, sentence, main.subject)
    if actor is None or actor == outlet:
        return None
    builder = resolver.builders.get(actor)
    if builder is None or builder.kind not in _SPEAKING_KINDS:
        return None
    words = main.predicate.split()
    if not _NOT_STANCE.isdisjoint(words):
        return None
    if not (CUE_VERBS if ALL_CUES else STANCE_VERBS).isdisjoint(words):
        return actor
    if NARRATED_VERBS and _narrated_verb(words):
        return actor
    if words[0] in _CARRIERS and main.object is not None:
        nouns = {w.lower().strip(".,\"'") for w in main.object.text.split()}
        if not nouns.isdisjoint(STANCE_NOUNS):
            return actor
    return None


#: Round 39 (alleg45): verbs beyond the cue lexicon whose narration tells the subject's stance
#: act (``kg/data/narrated_stances.tsv``: "is calling on", "urged", "asked", "demanded",
#: "is expelling", "argued", "named").  False: the cue lexicon's verbs only (round 37).
NARRATED_VERBS = False
#: Round 39 (alleg45): a narrated stance act whose words overlap no charge of its story joins
#: the story's most salient charge when its subject is not on that charge's accused side,
#: accuser or not ("Britain is expelling four Russian diplomats ..." joins the story's charge
#: against Russia, which only the outlet's voice raises).  False: only when its subject is on
#: the charge's accusers' side (round 37, ``NARRATED = "speaker"``).
NARRATED_JOINS = False


@cache
def narrated_stances() -> Mapping[str, frozenset[str]]:
    """``kg/data/narrated_stances.tsv``: a verb lemma -> the words one of which must follow
    it in the predicate (empty: any).

    >>> narrated_stances()["call"] >= {"on", "for"}, narrated_stances()["expel"]
    (True, frozenset())
    """
    source = resources.files("kg").joinpath("data", "narrated_stances.tsv")
    found = {}
    for line in source.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith(("#", "lemma\t")):
            continue
        lemma, after = (line.split("\t") + [""])[:2]
        found[lemma.strip()] = frozenset(w for w in after.strip().split("|") if w)
    return found


def _narrated_verb(words: list[str]) -> bool:
    """Whether the predicate's words (lemmatised, "call to pardon") start with a verb of
    :func:`narrated_stances` followed as its row asks.

    >>> _narrated_verb(["call", "to", "pardon"]), _narrated_verb(["call"])
    (True, False)
    >>> _narrated_verb(["expel"]), _narrated_verb(["meet", "with"])
    (True, False)
    """
    after = narrated_stances().get(words[0]) if words else None
    if after is None:
        return False
    return not after or (len(words) > 1 and words[1] in after)


#: Round 38 (alleg41): a subject the resolver gave no actor at its start.  ``"the"``: a
#: mention after a leading article starts it too ("The United States" holds the mention
#: "United States").  ``"organs"``: that, and a subject that is a state's organ ("Authorities",
#: "Police", "Prosecutors", "Chinese authorities") is the organ the story names with its
#: state elsewhere ("Malaysian police", "Chinese authorities"), else, with a demonym or state
#: in it, that organ of that state.  ``None``: the mention must start the subject (round 37).
#: Measured (benchmarks/allegations/RESULTS.md, "Round 38, alleg41"): ``"organs"`` takes 6 more
#: VOA sentences (the article's half; the organ half takes none: their verbs are no cues) and
#: lowers the development sum (4.2021 -> 4.2019, ``blind34`` -0.0002): off.
ORGANS: str | None = None
_ARTICLES = ("the ", "The ")
#: Round 39 (alleg45): a subject whose last words are a mention the resolver gives an actor,
#: after only a leading article and capitalised words ("The United States", "Secretary
#: Kerry", "The U.S. State Department"), is that actor.  False: as :data:`ORGANS` says.
NARRATED_HEADS = False
_TITLED = re.compile(r"(?:(?:the|The)\s+)?(?:[A-Z][\w.\-]*\s+)*")
#: The heads of a state's organs (``"organs"``).
ORGAN_HEADS = frozenset(
    {"authorities", "police", "prosecutors", "officials", "government", "court", "ministry"}
)


def _actor(resolver: _Resolver, extraction: Extraction, sentence: int, span: Span) -> str | None:
    """The actor of the mention the relation's subject is (or starts with)."""
    starts = {span.start}
    if ORGANS is not None and span.text.startswith(_ARTICLES):
        starts.add(span.start + 4)
    for mention in (*extraction.subjects, *extraction.mentions):
        if mention.sentence != sentence:
            continue
        if mention.span.start in starts and mention.span.end <= span.end:
            actor = resolver.actor_of(mention)
            if actor is not None:
                return actor
    if NARRATED_HEADS:
        actor = _head(resolver, extraction, sentence, span)
        if actor is not None:
            return actor
    if ORGANS == "organs":
        return _organ(resolver, extraction, sentence, span)
    return None


def _head(resolver: _Resolver, extraction: Extraction, sentence: int, span: Span) -> str | None:
    """The actor of a mention that ends the subject after only an article and capitalised
    words (:data:`NARRATED_HEADS`), else None."""
    for mention in (*extraction.subjects, *extraction.mentions):
        if mention.sentence != sentence or mention.span.end != span.end:
            continue
        if not span.start < mention.span.start < span.end:
            continue
        before = span.text[: mention.span.start - span.start]
        if _TITLED.fullmatch(before) is None:
            continue
        actor = resolver.actor_of(mention)
        if actor is not None:
            return actor
    return None


def _organ(resolver: _Resolver, extraction: Extraction, sentence: int, span: Span) -> str | None:
    """The organ of a state a subject names ("Authorities", "Chinese authorities"): the
    story's actor of that organ affiliated with a state ("Malaysian police"), when there is
    one only and the story's text names it, else None."""
    words = span.text.lower().removeprefix("the ").split()
    if not words or words[-1] not in ORGAN_HEADS or len(words) > 3:
        return None
    head = words[-1]
    text = extraction.article.text.lower()
    found = {
        b.id
        for b in resolver.builders.values()
        if b.affiliation
        and b.name.lower().split()[-1:] == [head]
        and b.name.lower() in text
        and (len(words) == 1 or b.name.lower().removeprefix("the ") == " ".join(words))
    }
    return found.pop() if len(found) == 1 else None
