"""Readout cues: the verbs of an official readout or press-service item that put a
proposition or a stance forward with no that-clause (round 32, readout33, issue 12).

Family ``readout_cue``: a readout tells what a leader said in a call or a meeting with verbs
the speech rules read no claim from, since they have no clause: "The Head of State informed
about the development of the security situation", "updated the Chancellor on the talks",
"set forth the principled approaches to those issues", "reaffirmed their intention to
implement the agreements", "expressed their commitment to further developing ties" (an
assertion whose content is the topic, the doing intended or committed to), "The United States
stands with the Malian people", "spoke highly of the joint work in the OPEC Plus format" (an
approval of the party behind the object).  The cues are data,
[`kg/data/readout_cues.tsv`](../../data/readout_cues.tsv): the stance by the verb, its
particle, its object noun and the preposition that introduces the content.  The stance stays
the row's: a readout's topic ("informed about the Russian shelling of Kharkiv") tells what
was discussed, not a charge (the guide's readouts); a that-clause is the speech rules'.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources

from spacy.tokens import Token

from kg.extract import cues
from kg.extract._index import children_of
from kg.extract.claims.base import (
    _can_speak,
    _is_actor_token,
    _claim,
    _Context,
    _nominal_subtree,
    _prep_object,
    _subjects,
    verb_stance,
)
from kg.extract.claims.spans import _token_span
from kg.extract.claims.targets import actor_mention
from kg.extract.claims.targets_agents import _object_targets
from kg.extract.mentions import sentence_index, to_span
from kg.model import Claim, Mention, Span, Stance

#: The verb column's wildcard and the line that lists the verbs it stands for.
ANY_VERB = "*"
#: A "to" whose object is a doing: "commitment to further developing ties".
TO_DOING = "to:doing"


@dataclass(frozen=True)
class ReadoutCue:
    """One row of ``kg/data/readout_cues.tsv`` (format in its header)."""

    stance: Stance
    verb: str
    particle: str
    noun: str
    preps: frozenset[str]


def _field(value: str) -> str:
    return "" if value == "-" else value


@cache
def readout_lexicon() -> tuple[frozenset[str], tuple[ReadoutCue, ...]]:
    """The verbs a ``*`` row stands for, and the rows."""
    text = resources.files("kg").joinpath("data", "readout_cues.tsv").read_text(encoding="utf-8")
    stating: frozenset[str] = frozenset()
    rows = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if fields[0] == ANY_VERB:
            stating = cues.words(fields[1])
            continue
        if len(fields) < 5:
            raise ValueError(f"readout_cues.tsv line {number}: want stance, verb, particle, object, preps")
        stance, verb, particle, noun, preps = fields[:5]
        rows.append(
            ReadoutCue(Stance(stance), verb, _field(particle), _field(noun), frozenset(_field(preps).split()))
        )
    return stating, tuple(rows)


def readout_verbs() -> frozenset[str]:
    """Every verb lemma a row can fire on (the family's gate)."""
    stating, rows = readout_lexicon()
    return frozenset(v for row in rows for v in (stating if row.verb == ANY_VERB else {row.verb}))


def _rows_of(verb: Token) -> list[ReadoutCue]:
    stating, rows = readout_lexicon()
    lemma = verb.lemma_.lower()
    return [r for r in rows if r.verb == lemma or (r.verb == ANY_VERB and lemma in stating)]


def _within_speech(verb: Token) -> bool:
    """ "The Chancellor said Germany will stand with Ukraine": the verb is inside what
    another verb says, whose claim it is (the speaker's, not the clause's subject's)."""
    head = verb
    while head.dep_ in ("conj", "xcomp", "aux") and head.head is not head:
        head = head.head
    return head.dep_ in ("ccomp", "advcl", "relcl", "acl", "csubj") or (
        head.dep_ == "xcomp" and verb_stance(head.head) is not None
    )


def _to_complement(noun: Token, doing: bool) -> Token | None:
    """What "intention to" / "commitment to" introduces: the verb of "intention to
    implement" (a clause on the noun), or the object of the preposition "to" ("commitment
    to further developing ties"; with ``doing`` only a verb or a gerund)."""
    for child in children_of(noun):
        if child.dep_ in ("acl", "xcomp", "relcl") and child.pos_ in ("VERB", "AUX"):
            if any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(child)):
                return child
        if child.dep_ == "prep" and child.lower_ == "to":
            complement = _prep_object(child)
            if complement is None:
                continue
            if not doing or complement.pos_ in ("VERB", "AUX") or complement.tag_ == "VBG":
                return complement
    return None


def _content_tokens(verb: Token, row: ReadoutCue) -> tuple[Token, int, int] | None:
    """The content's head and its token range for ``row`` on ``verb``, or None when the
    verb does not have the row's particle, object and preposition."""
    children = children_of(verb)
    if row.particle and not any(
        c.dep_ in ("prt", "advmod") and c.lower_ == row.particle for c in children
    ):
        return None
    objects = [c for c in children if c.dep_ == "dobj"]
    holder = verb
    if row.noun == ANY_VERB:
        if not objects or row.preps:
            return None
        head = objects[0]
        tokens = _nominal_subtree(head)
        return head, min(t.i for t in tokens), max(t.i for t in tokens) + 1
    if row.noun:
        noun = next((o for o in objects if o.lemma_.lower() == row.noun), None)
        if noun is None:
            return None
        holder = noun
        if "to" in row.preps or TO_DOING in row.preps:
            complement = _to_complement(noun, TO_DOING in row.preps)
            if complement is None:
                return None
            start = complement.left_edge.i
            while start < complement.i and verb.doc[start].lower_ == "to":
                start += 1
            return complement, start, complement.right_edge.i + 1
    # "informed his counterpart about X": the parser may hang the preposition on the object
    holders = [holder] if row.noun else [verb, *objects]
    preps = [
        c for h in holders for c in children_of(h) if c.dep_ == "prep" and c.lower_ in row.preps
    ]
    objects_of = [o for p in preps for o in [_prep_object(p)] if o is not None]
    if not objects_of:
        return None
    head = objects_of[0]
    return head, head.left_edge.i, max(p.right_edge.i for p in preps) + 1


def readout_claims(verb: Token, context: _Context) -> Iterator[Claim]:
    """A readout verb with its particle, object and preposition: the subject's claim of the
    content the row names, with the row's stance."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in readout_verbs():
        return
    children = children_of(verb)
    if any(c.dep_ in ("ccomp", "neg") for c in children) or _within_speech(verb):
        return  # a that-clause is the speech rules'; "did not inform" claims nothing
    for row in _rows_of(verb):
        found = _content_tokens(verb, row)
        if found is None:
            continue
        head, start, end = found
        content = _token_span(context.doc, start, end)
        if content is None:
            continue
        targets: list[Mention] = []
        if row.stance in (Stance.APPROVE, Stance.CRITICIZE):
            targets = _object_targets(head, context) or _named_inside(head, context)
            if not targets:
                continue  # "stood with his wife": no party is supported
        claimers, inherited = _subjects(verb)
        for claimer_token in (c for c in claimers if _can_speak(c)):
            yield _claim(
                context,
                claimer=actor_mention(claimer_token, context),
                stance=row.stance,
                cue=_cue(verb, head, context),
                sentence=sentence_index(verb),
                content=content,
                targets=targets,
                confidence=0.7 - (0.15 if inherited else 0.0),
            )
        return


def _named_inside(head: Token, context: _Context) -> list[Mention]:
    """The actors the content's noun phrase names after its head, when no owner or doer is
    found: "the joint work in the OPEC Plus format", "cooperation between Moscow and Minsk"."""
    return [
        actor_mention(t, context)
        for t in sorted(_nominal_subtree(head), key=lambda t: t.i)
        if t.i > head.i
        and _is_actor_token(t)
        and (t.dep_ == "pobj" or (t.dep_ == "conj" and t.head.dep_ == "pobj"))
    ]


def _cue(verb: Token, head: Token, context: _Context) -> Span | None:
    """From the verb to the word before the content's head."""
    if head.i <= verb.i + 1:
        return to_span(verb)
    return _token_span(context.doc, verb.i, head.left_edge.i) or to_span(verb)
