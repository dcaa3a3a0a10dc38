"""Commitments take the stance of what is committed to (round 33, commit34, issue 12).

A readout or statement commits its speakers to a course: "reaffirmed their commitment to
further developing ties", "committed to increase cooperation", "expressed their
determination to counter these threats", "will continue to support Taiwan's membership".
Since round 32 ``readout_cue`` reads such a commitment as an assertion of the course.  The
claims guide (its ``dev4`` section; point 35) reads it by what is committed to: support of
another party ("reaffirmed their commitment to the sovereignty ... of Ukraine", "remain
committed to supporting the Ukrainian people") is ``approve`` of that party; countering or
deterring a named party ("determination to counter these threats", "readiness to act jointly
to oppose the monopolization of the European gas market by Russia", "committed to ...
address the threat posed by the DPRK") is ``threaten`` of it; any other course stays
``assert``.  :func:`committed_stance` reads the committed-to phrase; its words are data,
[`kg/data/commitment_objects.tsv`](../../data/commitment_objects.tsv).  The readout rows
and the speech rules' "reaffirmed their commitment to ..." call it when
:data:`COMMITTED_STANCES` is on.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from spacy.tokens import Token

from kg.extract import cues
from kg.extract._index import children_of
from kg.extract.claims.base import _Context, _is_actor_token, _prep_object, _with_conjuncts
from kg.extract.claims.targets_agents import _object_targets
from kg.extract.claims.targets_names import actor_mention
from kg.extract.claims.targets_states import _is_people, _state_of
from kg.model import Mention, Stance

#: Whether a commitment takes the stance of what is committed to (off: the round-32
#: reading, every commitment an assertion).
COMMITTED_STANCES = True

#: The dependencies by which a committed doing governs the doing that names the party:
#: "to act jointly to oppose X" (advcl), "to strengthen deterrence and ensure ..." (conj),
#: "taking action to further isolate Russia" (xcomp / acl of the object).
_GOVERNED = frozenset({"xcomp", "advcl", "conj", "acl", "dobj"})
#: Prepositions whose object is the party a verb of the "verb" rows is about: "stand with".
_PARTY_PREPS = frozenset({"with", "by", "behind"})


@cache
def _lexicon() -> dict[str, frozenset[str]]:
    """Each row's words by "stance:kind" ("frame" for the committing nouns)."""
    text = (
        resources.files("kg").joinpath("data", "commitment_objects.tsv").read_text(encoding="utf-8")
    )
    rows: dict[str, frozenset[str]] = {}
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) < 3:
            raise ValueError(f"commitment_objects.tsv line {number}: want stance, kind, words")
        stance, kind, words = fields[:3]
        key = stance if stance == "frame" else f"{Stance(stance).value}:{kind}"
        rows[key] = rows.get(key, frozenset()) | cues.words(words)
    return rows


def commitment_nouns() -> frozenset[str]:
    """The nouns whose "to" complement is a course committed to."""
    return _lexicon().get("frame", frozenset())


def _words(key: str) -> frozenset[str]:
    return _lexicon().get(key, frozenset())


def _is_party(token: Token) -> bool:
    return _state_of(token) is not None or _is_actor_token(token) or _is_people(token)


def _parties(head: Token, context: _Context) -> list[Mention]:
    """The actors a committed-to phrase is about: the phrase when it names one ("Ukraine",
    "the Ukrainian people"), else the actors behind it ("Taiwan's membership", "the threat
    posed by the DPRK"); none for a phrase that names no actor ("close coordination")."""
    if head.pos_ == "PRON":
        return []  # "counter it": what it stands for is the sentence's, not read here
    found = _object_targets(head, context)
    if len(found) == 1 and not any(_is_party(t) for t in _with_conjuncts(head)):
        # _object_targets falls back to the phrase itself: keep it only when it is an actor
        mention = found[0]
        if mention.span.start <= head.idx < mention.span.end:
            return []
    return [m for m in found if m.label != "PRON"]


def _doings(head: Token) -> list[Token]:
    """The committed doing and the doings it governs, in the text's order."""
    seen: dict[int, Token] = {}
    stack = [head]
    while stack:
        token = stack.pop()
        if token.i in seen:
            continue
        seen[token.i] = token
        for child in children_of(token):
            if child.dep_ in _GOVERNED and (
                child.pos_ in ("VERB", "AUX") or (child.dep_ == "dobj" and child.pos_ == "NOUN")
            ):
                stack.append(child)
    return sorted(seen.values(), key=lambda t: t.i)


def _owners_of(head: Token) -> list[Token]:
    """The parties that own a noun or its conjuncts: "Ukraine's sovereignty", "the
    sovereignty, independence, ... and national unity of Libya"."""
    found: list[Token] = []
    nouns = list(_with_conjuncts(head))
    # "to Ukraine's sovereignty and territorial integrity", parsed as nouns modifying "integrity"
    nouns += [c for t in nouns for c in children_of(t) if c.dep_ == "nmod" and c.pos_ == "NOUN"]
    for token in nouns:
        for child in children_of(token):
            owner = child if child.dep_ in ("poss", "nmod") else None
            if child.dep_ == "prep" and child.lower_ == "of":
                owner = _prep_object(child)
            if owner is not None and _is_party(owner):
                found.extend(t for t in _with_conjuncts(owner) if _is_party(t))
    return list({t.i: t for t in found}.values())


def _held_to_account(verb: Token) -> Token | None:
    """Whom "hold" holds to account: the object of "hold X accountable" (parsed with X as
    the object or as the adjective's subject), when the adjective is one of the "held" row."""
    for child in children_of(verb):
        if child.lemma_.lower() not in _words("threaten:held"):
            continue
        subject = next((c for c in children_of(child) if c.dep_ == "nsubj"), None)
        return subject if subject is not None else _object_of(verb)
    return None


def _object_of(verb: Token) -> Token | None:
    for child in children_of(verb):
        if child.dep_ == "dobj":
            return child
    for child in children_of(verb):
        if child.dep_ == "prep" and child.lower_ in _PARTY_PREPS:
            return _prep_object(child)
    return None


def committed_stance(head: Token, context: _Context) -> tuple[Stance, list[Mention]] | None:
    """The stance and targets of a commitment whose committed-to phrase has ``head`` (a
    verb: "support", "counter"; a noun: "the sovereignty", "the Ukrainian people"), or
    None when the course supports or counters no named party (the commitment stays an
    assertion)."""
    if head.pos_ in ("NOUN", "PROPN") and head.tag_ != "VBG":
        if _is_party(head):
            parties = _parties(head, context)
            return (Stance.APPROVE, parties) if parties else None
        if head.lemma_.lower() in _words("approve:noun"):
            owners = _owners_of(head)
            parties = [actor_mention(_state_of(t) or t, context) for t in owners]
            return (Stance.APPROVE, parties) if parties else None
        return None
    for doing in _doings(head):
        lemma = doing.lemma_.lower()
        if doing.pos_ not in ("VERB", "AUX"):
            continue
        stance = None
        if lemma in _words("approve:verb"):
            stance = Stance.APPROVE
        elif lemma in _words("threaten:verb"):
            stance = Stance.THREATEN
        elif lemma == "hold":
            held = _held_to_account(doing)
            if held is not None:  # "committed to holding the Kremlin accountable"
                parties = _parties(held, context)
                if parties:
                    return Stance.THREATEN, parties
            continue
        elif lemma in _words("threaten:verb+threat"):
            stance = Stance.THREATEN
            target = _object_of(doing)
            if target is None or target.lemma_.lower() not in _words("threaten:threat"):
                continue
        if stance is None:
            continue
        target = _object_of(doing)
        if target is None:
            continue
        parties = _parties(target, context)
        if parties:
            return stance, parties
    return None


def own_commitment(noun: Token) -> bool:
    """Whether a committing noun is its speaker's own ("their commitment", "our resolve"):
    "the resolve of the allies", "Sudan's commitment to normalizing relations" are another
    party's, told by the speaker, and stay an assertion."""
    return not any(
        (child.dep_ == "poss" and child.pos_ != "PRON")
        or (child.dep_ == "prep" and child.lower_ == "of")
        for child in children_of(noun)
    )


def committed_head(noun: Token) -> Token | None:
    """What a committing noun commits to: the verb of "determination to counter" (a clause
    on the noun) or the object of its "to" ("commitment to the sovereignty of Ukraine",
    "commitment to supporting ...")."""
    for child in children_of(noun):
        if (
            child.dep_ in ("acl", "xcomp", "relcl")
            and child.pos_ in ("VERB", "AUX")
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(child))
        ):
            return child
        if child.dep_ == "prep" and child.lower_ == "to":
            return _prep_object(child)
    return None
