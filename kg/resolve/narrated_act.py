"""A news story's own narration of a state's repressive act against a person is the
outlet's accusation of that state (round 38, alleg41).

``address_speech`` reads every sentence of a news text as the outlet's assertion, and
:data:`kg.resolve.NEWS_PUBLISHER` (``"joined"``) keeps it as the outlet's own, joining a
charge but never opening one.  A story that tells "Chinese authorities whisked away Liu
Xiaobo", "authorities placed his wife Liu Xia under house arrest", "security personnel kept
him confined", "Liu was sentenced to 11 years in prison" charges the state with the act in
its own voice (the allegations GUIDE: author's-voice sentences stating an act are the
outlet's claims).  With :data:`NARRATED_ACT` such a sentence is the outlet's accusation of
the state (stance ``accuse``, the state its target), which may open the story's charge or
join it (:func:`kg.resolve.allegations.group_allegations`).

The sentence's act: a relation (in text order, the first that fits) not negated and without
a modal, whose verb is a repressive act (:data:`ACT_VERBS`: "detain", "arrest", "jail",
"sentence", "convict", "whisk away", "beat" ...), or a holding verb ("place", "keep", "hold",
"put", "subject", "give") whose object or the rest of the sentence holds a captivity phrase
(:data:`CAPTIVITY`: "house arrest", "detention", "custody", "confined", "prison sentence");
its victim a person (a person's name, a pronoun, or a repressed noun: "dissident",
"activist"), never a suspect.  Its doer: an active subject that names a state (it resolves
to one, or a demonym or state name inside it: "Chinese authorities", "The Chinese
government"), or a state organ with no state named ("authorities", "police", "security
personnel": the story's dominant state); an agentless passive ("Liu was sentenced to 11
years") the story's dominant state too.  The dominant state is the state the story's
mentions name most (at least twice), never the outlet's own state: the outlet does not
accuse its own government.

Measured in benchmarks/allegations/RESULTS.md, "Round 38, alleg41".
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from kg.extract.claims.content_lexicon import load_classes
from kg.model import ActorKind, Extraction, Mention, Relation, Span

if TYPE_CHECKING:
    from kg.resolve.resolver import _Resolver

#: The switch.  False: the sentence stays the outlet's assertion (``NEWS_PUBLISHER``
#: ``"joined"``: it joins a charge, never opens one).  True: it is the outlet's accusation of
#: the state, which opens the story's charge or joins it.  Measured (round 38, alleg41):
#: development 4.2021 -> 4.2098 (``blind34`` 0.1971 -> 0.2049, 33 -> 48 aligned), held out
#: 4.9949 -> 5.0006, the claims benchmark unmoved; but the cross-document pairwise precision
#: falls (development sum 11.334 -> 10.743, held out 14.600 -> 13.662: ``blind32`` 1.000 ->
#: 0.267), more than its bar allowed: the corpus merge joins the charges it opens across
#: stories by their state and act words, whoever the victim.  Off by its bar.  Round 39
#: (alleg45), with :data:`ALONE`: development 4.2154 -> 4.2192 (``blind34`` 0.1971 -> 0.2008),
#: held out 5.1983 -> 5.2042, xP sums 11.317 -> 11.067 and 14.600 -> 14.409 (``blind32`` stays
#: 1.000), the claims benchmark unmoved (it scores attributed claims): on by its bar.
NARRATED_ACT = True
#: With :data:`NARRATED_ACT`: whether a charge the outlet's narrated act opened is the story's
#: charge (``kg.resolve.allegations.NEWS_OPENS`` then opens no other from the story's
#: assertions), or, False, stands beside the one its assertions open, as the outlet's other
#: own charges do.  Measured: development 4.2079 against 4.2098 without it: off.
ACT_IS_CHARGE = False
#: With :data:`NARRATED_ACT`: whether a narrated act whose words overlap none of the story's
#: charges joins its first charge against the same state (True), or opens its own (False).
#: Measured: False 4.2040 against True's 4.2098 on the development parts.
JOINS_STATE = True
#: With :data:`NARRATED_ACT`: only a victim the sentence names (a person's name or a
#: repressed noun: "Liu Xiaobo", "the opposition activist"), not a pronoun ("security personnel
#: kept him confined"): the charge's words then name whom it is about, which the corpus merge
#: weighs (a pronoun's charge, "He was then subjected to an abusive house arrest", shares only
#: "house arrest" and "prison" with another person's).  Measured: development 4.2062 (xP
#: 10.667) against 4.2098 (10.743) without it: off.
NAMED_VICTIM = False
#: With :data:`NARRATED_ACT`: a charge the narrated act opened is its story's alone: the
#: corpus merge joins it to no other story's (``Allegation.alone``, as an analyst's split),
#: so that the story's speakers' assertions join it without the merge joining it, by its
#: state and act words, to another person's charge.  Round 38 (alleg41): lower on the
#: development parts than :data:`NARRATED_ACT` alone (whose xP fall failed its bar); round 39
#: (alleg45): on with it, by its bar (the numbers at :data:`NARRATED_ACT`); without it the
#: held-out xP sum falls 14.600 -> 13.682 even with ``kg.resolve.corpus.VICTIM_GUARD``.
ALONE = True

#: Round 41 (alleg52, issue 13): the same reading in an official text (a release, a statement,
#: a readout; never inside a speaker's speech): a sentence of the text's own voice
#: (``address_speech``, which an official text's resolution otherwise drops outside a speech)
#: that narrates a state's repressive act against a person ("Today marks six years since the
#: Iranian government wrongfully detained Baquer Namazi", "Both father and son were sentenced
#: to ten years in prison on baseless charges", "Tomorrow ... marks one year since Ethiopia
#: arrested six Zone 9 bloggers") is the issuer's accusation of that state (the text's voice
#: its claimer; the issuer's own state never the accused).  False: such a sentence gives no
#: claim (before the round).  Measured in benchmarks/allegations/RESULTS.md, "Round 41
#: (second wave ...), alleg52".
OFFICIAL_ACTS = True

#: Round 44 (alleg61, issue 13): with :data:`OFFICIAL_ACTS`, an official text's own sentence
#: (``address_speech``, outside a speaker's speech) whose subject names a state other than the
#: issuer's own -- or a state organ alone ("authorities", "the regime": the text's dominant state)
#: -- doing a hostile, repressive or breaching act (:data:`DEED_VERBS`: "Russia's forces shelled
#: ...", "the PRC has stifled academic, cultural, and press freedoms") is the issuer's accusation of
#: that state, as a repressive act against a person is (:func:`deed_doer`). Not negated, no modal,
#: active voice only (an agentless passive names no doer). The claim is the text's own voice
#: (``Voice.PUBLISHER``), which the claims benchmark does not score. False: such a sentence gives no
#: claim (round 43). Measured (benchmarks/allegations/RESULTS.md, "Round 44, alleg61", round 44's
#: start parse): development B-cubed 4.2729 -> 4.2539 (aligned 1674 -> 1678; ``blind2`` -0.0096,
#: ``dev`` -0.0050), held out 6.4454 -> 6.4482 (+9 aligned); 49 new claims over the corpus, 4 in
#: development gold sentences; the claims benchmark cannot move (publisher-voice claims only). Off
#: by its bar (the development sum falls).
OFFICIAL_DEEDS = False

_DEED_CLASSES = load_classes()
#: The verbs of a state's wrongful act: the content lexicon's (kg/data/content_lexicon.tsv)
#: ``hostile_act`` ("attack", "kill", "undermine", "interfere"), ``repress_verb`` ("detain",
#: "suppress", "stifle") and ``breach_verb`` ("violate", "flout") classes.
DEED_VERBS = (
    _DEED_CLASSES["hostile_act"] | _DEED_CLASSES["repress_verb"] | _DEED_CLASSES["breach_verb"]
)


def deed_doer(
    resolver: _Resolver,
    extraction: Extraction,
    sentence: int,
    issuer: str,
) -> str | None:
    """The state whose wrongful act an official text's sentence ``sentence`` tells in the
    issuer's own voice with that state (or its organ) as the active subject, or None
    (:data:`OFFICIAL_DEEDS`).  Never the issuer's own state."""
    own = _own_state(resolver, issuer)
    relations = sorted(
        (r for r in extraction.relations if r.sentence == sentence and r.predicate_span.text),
        key=lambda r: r.predicate_span.start,
    )
    for relation in relations:
        if relation.negated or relation.modality is not None or relation.passive:
            continue
        if DEED_VERBS.isdisjoint(w for w in relation.predicate.split() if w != "be"):
            continue
        doer = _doer(resolver, extraction, sentence, relation.subject, own)
        if doer is not None and doer != own:
            return doer
    return None


#: Verbs whose act is a state's repressive act against a person (the content lexicon's
#: ``repress_verb`` class, kg/data/content_lexicon.tsv, and the acts of arrest and sentence).
ACT_VERBS = frozenset(
    {
        "imprison",
        "jail",
        "detain",
        "arrest",
        "torture",
        "persecute",
        "harass",
        "intimidate",
        "silence",
        "abduct",
        "kidnap",
        "muzzle",
        "sentence",
        "convict",
        "confine",
        "whisk",
        "seize",
        "beat",
    }
)
#: Verbs that tell a repressive act only with a captivity phrase ("placed his wife under
#: house arrest", "kept him confined", "was given a four-year prison sentence").
HOLDING_VERBS = frozenset({"place", "keep", "hold", "put", "subject", "give"})
CAPTIVITY = re.compile(
    r"\b(?:house arrest|detention|custody|confine(?:d|ment)?|incommunicado|"
    r"prison(?: sentence| term)?|jail|surveillance)\b",
    re.I,
)
#: The nouns of a state's organs: a doer named by one alone ("authorities", "police") is the
#: story's state.
ORGAN_NOUNS = frozenset(
    {
        "authorities",
        "authority",
        "police",
        "policemen",
        "officers",
        "government",
        "officials",
        "personnel",
        "agents",
        "guards",
        "prosecutors",
        "court",
        "courts",
        "security",
        "regime",
    }
)
#: A victim that is a repressed person ("a long-time dissident", "activists").
VICTIM_NOUNS = frozenset(
    {
        "dissident",
        "dissidents",
        "activist",
        "activists",
        "journalist",
        "journalists",
        "blogger",
        "bloggers",
        "lawyer",
        "lawyers",
        "critic",
        "critics",
        "artist",
        "scholar",
        "wife",
        "husband",
        "nephew",
        "relatives",
        "family",
    }
)
_PRONOUNS = frozenset({"he", "she", "him", "her", "they", "them"})
_SUSPECT = re.compile(r"\bsuspect", re.I)
#: How far after a verb whose object the parse left out its victim may start (characters).
_NEAR = 20


def accused_state(
    resolver: _Resolver,
    extraction: Extraction,
    sentence: int,
    outlet: str,
) -> str | None:
    """The state whose repressive act against a person the news text's sentence ``sentence``
    narrates in the outlet's own voice, or None (see the module's doc)."""
    own = _own_state(resolver, outlet)
    relations = sorted(
        (r for r in extraction.relations if r.sentence == sentence and r.predicate_span.text),
        key=lambda r: r.predicate_span.start,
    )
    span = extraction.sentences[sentence] if 0 <= sentence < len(extraction.sentences) else None
    for relation in relations:
        if relation.negated or relation.modality is not None:
            continue
        if span is None or not _is_act(relation, span):
            continue
        victim = relation.subject if relation.passive else relation.object
        if victim is None and not relation.passive:
            # "whisked away Liu Xiaobo": a particle verb whose object the parse left out
            end = relation.predicate_span.end
            victim = Span(end, end + _NEAR, span.text[end - span.start : end - span.start + _NEAR])
        if victim is None or not _is_person(extraction, sentence, victim):
            continue
        if relation.passive:
            doer = _dominant(resolver, extraction, own)
        else:
            doer = _doer(resolver, extraction, sentence, relation.subject, own)
        if doer is not None and doer != own:
            return doer
    return None


def _is_act(relation: Relation, sentence: Span) -> bool:
    """Whether the relation's verb is a repressive act, or a holding verb with a captivity
    phrase after it in the sentence."""
    verbs = [w for w in relation.predicate.split() if w != "be"]
    if not verbs:
        return False
    verb = _lemma(verbs[0])
    if verb in ACT_VERBS:
        return True
    if verb in HOLDING_VERBS:
        after = sentence.text[max(0, relation.predicate_span.start - sentence.start) :]
        return bool(CAPTIVITY.search(after))
    return False


#: The participles of :data:`ACT_VERBS` and :data:`HOLDING_VERBS` a passive predicate keeps
#: ("be sentenced to", "be kept under", "be given").
_PARTICIPLES = {
    "beaten": "beat",
    "kept": "keep",
    "held": "hold",
    "given": "give",
    "put": "put",
    "seized": "seize",
}


def _lemma(word: str) -> str:
    """A participle's verb: "sentenced" -> "sentence", "jailed" -> "jail", "kept" -> "keep"."""
    if word in _PARTICIPLES:
        return _PARTICIPLES[word]
    for ending, stem in (("ed", ""), ("d", "")):
        if word.endswith(ending):
            base = word[: -len(ending)] + stem
            if base in ACT_VERBS or base in HOLDING_VERBS:
                return base
    return word


def _is_person(extraction: Extraction, sentence: int, span: Span) -> bool:
    if _SUSPECT.search(span.text):
        return False
    words = {w.lower().strip(".,\"'’") for w in span.text.split()}
    pronouns = frozenset() if NAMED_VICTIM else _PRONOUNS
    if not words.isdisjoint(VICTIM_NOUNS) or not words.isdisjoint(pronouns):
        return True
    return any(
        (m.label == "PERSON" or (m.label == "PRON" and m.span.text.lower() in pronouns))
        and m.span.start >= span.start
        and m.span.end <= span.end
        for m in _mentions(extraction, sentence)
    )


def _mentions(extraction: Extraction, sentence: int) -> list[Mention]:
    return [m for m in (*extraction.subjects, *extraction.mentions) if m.sentence == sentence]


def _doer(
    resolver: _Resolver, extraction: Extraction, sentence: int, subject: Span, own: str | None
) -> str | None:
    """The state an active subject names: a mention inside it resolved to a state ("Chinese
    authorities", "China"), else, for an organ noun alone ("authorities", "police"), the
    story's dominant state."""
    inside = [
        m
        for m in _mentions(extraction, sentence)
        if m.span.start >= subject.start and m.span.end <= subject.end
    ]
    for mention in inside:
        actor = resolver.actor_of(mention)
        state = _state_of(resolver, actor)
        if state is not None:
            return state
    words = {w.lower().strip(".,\"'’") for w in subject.text.split()}
    if words.isdisjoint(ORGAN_NOUNS):
        return None
    if any(m.label in ("PERSON", "GPE", "ORG", "NORP") for m in inside):
        return None  # an organ of someone the resolver does not give a state
    return _dominant(resolver, extraction, own)


def _state_of(resolver: _Resolver, actor: str | None) -> str | None:
    seen: set[str] = set()
    while actor is not None and actor not in seen:
        seen.add(actor)
        builder = resolver.builders.get(actor)
        if builder is None:
            return None
        if builder.kind is ActorKind.STATE:
            return actor
        actor = builder.affiliation
    return None


def _own_state(resolver: _Resolver, outlet: str) -> str | None:
    return _state_of(resolver, outlet) if outlet else None


def _dominant(resolver: _Resolver, extraction: Extraction, own: str | None) -> str | None:
    """The state the story's mentions name most (at least twice; ties to the first named),
    not the outlet's own state."""
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for mention in extraction.mentions:
        if mention.label not in ("GPE", "NORP"):
            continue
        state = _state_of(resolver, resolver.actor_of(mention))
        if state is None or state == own:
            continue
        counts[state] += 1
        first.setdefault(state, mention.span.start)
    if not counts:
        return None
    best = min(counts, key=lambda s: (-counts[s], first[s]))
    return best if counts[best] >= 2 else None
