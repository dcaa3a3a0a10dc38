"""A readout's named or pronoun subject speaks its sentence's publisher-voice claim (round 35,
alleg36).

An official readout tells what its officials said by topic: "He underscored the U.S.
rejection of the People's Republic of China's unlawful maritime claims ...", "Senior Bureau
Official Moy urged ASEAN to take immediate action to hold the Burmese regime accountable",
"The two leaders committed to work closely together to address security challenges,
including the DPRK's nuclear and ballistic missile programs".  The verb takes a noun phrase,
not a clause, so no speech rule reads it and the charge inside is read in the text's own voice
(``author_voice``, ``post_voice``), whose claimer :meth:`kg.resolve.voice.Voice.speaker` gives
to the issuing office or its head.  The sentence's subject is the speaker: the allegations
guide's "the author's voice includes a readout's call or meeting whose topic is the act ('spoke
with X about Russia's attack': the official's claim)".

:func:`speakers` finds that subject: a mention opening the sentence (after at most a short
opening adverbial, "In Amman,", "Today,") and followed by a readout verb
(:data:`_READOUT_VERB`), resolved to a person, or a plural subject ("They", "The two leaders")
that :func:`kg.resolve.official._readout_participants` resolves to the readout's participants.
The claim keeps its voice (:attr:`kg.model.Voice.PUBLISHER`): only its claimer changes, so the
claims benchmark, which scores attributed claims, cannot move.

``ENABLED`` (on; ``benchmarks/allegations/RESULTS.md``, round 35, alleg36) switches it.
"""

from __future__ import annotations

import re

from kg.model import ActorKind, Claim, Mention
from kg.resolve.official import _readout_participants
from kg.resolve.resolver import _Resolver

#: Whether a readout's subject speaks its publisher-voice claim (:func:`speakers`).  On since
#: round 35 (alleg36): 73 claims of 40 corpus texts change claimer; the allegations
#: development parts 3.7198 -> 3.7321 in sum of B-cubed F1 (1,047 -> 1,054 aligned;
#: blind4, blind7, blind11 up, none down), held out the same in sum (blind14 one more aligned
#: claim); the claims benchmark identical (the claims keep the publisher's voice).
ENABLED = True

#: A short adverbial before the subject: "In Amman, he met with ...", "Today, the Secretary".
_OPENING = re.compile(
    r"(?:(?:In|On|At|During|Today|Later|Earlier|Separately|Additionally|Also|Finally|Then)"
    r"\b[^,.;:]{0,40},\s*)?",
)
#: The verbs a readout tells an official's words or meeting by topic with.
_READOUT_VERB = re.compile(
    r"\s*(?:,[^,.;]{1,60},\s*)?(?:also\s+|further\s+|then\s+|again\s+|both\s+|jointly\s+)?"
    r"(?:underscored|underlined|emphasi[sz]ed|stressed|affirmed|reaffirmed|reiterated"
    r"|discussed|spoke|met|urged|called\s+(?:on|for)|raised|highlighted|noted|expressed"
    r"|conveyed|informed|briefed|agreed|committed|exchanged\s+views|reviewed|pressed"
    r"|condemned|denounced|deplored|decried|pointed\s+out|drew\s+\S+(?:\s+\S+)?\s+attention"
    r"|(?:is|was|are|were)\s+convinced)\b",
    re.IGNORECASE,
)
_PERSON_PRONOUNS = frozenset({"he", "she"})
#: Whether a person named after the title opening the sentence is its subject too (round 35,
#: alleg36, bar T): "Secretary of State Antony J. Blinken spoke today with ...", "Deputy
#: Secretary Sherman reiterated ...".  Off: with "and" among the title's words it changed 11
#: claims of the corpus (one wrong: "The Secretary and First Lady Zelenska spoke about ..."
#: given to Zelenska alone; "and" is now left out) and no development part's score; its bar
#: asks a gain.
TITLED = False
#: A title before a name: capitalised words, joined by "of", "for", "the", a dash; not "and"
#: ("The Secretary and First Lady Zelenska spoke about ...": two speakers, not Zelenska).
_TITLE = re.compile(r"(?:(?:[A-Z][\w.’'-]*|of|for|the|[-–—])\s+){1,12}")


def speakers(resolver: _Resolver, mentions: list[Mention], claim: Claim) -> tuple[str, ...]:
    """The actors the opening subject of ``claim``'s sentence names when it is a readout's
    official telling the claim's topic (see the module); ``()`` when there is none."""
    if not 0 <= claim.sentence < len(resolver.extraction.sentences):
        return ()
    sentence = resolver.extraction.sentences[claim.sentence]
    text = resolver.extraction.article.text
    opening = _OPENING.match(text, sentence.start, sentence.end)
    start = opening.end() if opening is not None else sentence.start
    here = sorted(
        (m for m in mentions if m.sentence == claim.sentence and m.label != "AUTHOR"),
        key=lambda m: m.span.start,
    )
    subject = next((m for m in here if m.span.start == start), None)
    if subject is None and TITLED:
        # "Secretary of State Antony J. Blinken spoke today with ...": a person named after
        # the title that opens the sentence
        subject = next(
            (
                m
                for m in here
                if m.label == "PERSON"
                and start < m.span.start
                and _TITLE.fullmatch(text, start, m.span.start) is not None
            ),
            None,
        )
    if subject is None or _READOUT_VERB.match(text, subject.span.end, sentence.end) is None:
        return ()
    words = " ".join(subject.span.text.lower().split())
    if subject.label == "PRON" and words not in _PERSON_PRONOUNS:
        participants = _readout_participants(resolver, subject)
        return tuple(participants) if participants else ()
    if subject.label == "NOMINAL" and resolver.actor_of(subject) is None:
        participants = _readout_participants(resolver, subject)
        return tuple(participants) if participants else ()
    actor = resolver.actor_of(subject)
    if actor is None:
        return ()
    builder = resolver.builders.get(actor)
    if builder is None or builder.kind is not ActorKind.PERSON:
        return ()
    if _spoken_of(resolver, mentions, claim, subject, actor):
        return ()
    return (actor,)


def _spoken_of(
    resolver: _Resolver, mentions: list[Mention], claim: Claim, subject: Mention, actor: str
) -> bool:
    """Whether ``actor``, the pronoun or name opening the sentence, is a party the sentence
    speaks of rather than its speaker: named again after the subject ("He affirmed the U.S.
    Government's support for Ms. Alinejad's work", where coreference gave "He" to
    Alinejad), or on the side of one of the claim's targets ("He underscored the United
    States' support for Ukraine ... against continuing Russian aggression", "He" given to
    Putin)."""
    sentence = resolver.extraction.sentences[claim.sentence]
    later = {
        resolver.actor_of(m)
        for m in mentions
        if m.sentence == claim.sentence and subject.span.end <= m.span.start < sentence.end
    }
    if actor in later:
        return True
    builder = resolver.builders.get(actor)
    side = {actor, builder.affiliation} if builder is not None else {actor}
    for target in claim.targets:
        aimed = resolver.actor_of(target)
        if aimed is None:
            continue
        found = resolver.builders.get(aimed)
        if aimed in side or (found is not None and found.affiliation in side - {None}):
            return True
    return False
