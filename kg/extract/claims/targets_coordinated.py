"""Two target refinements that read how a target stands in its phrase (round 14):

* :func:`coordinated_targets`: a target coordinated with further named actors is one of
  several ("implicates Syrian and Lebanese officials", "accused Iran and Syria of arming
  ..."): each named conjunct is a target too, where a rule took only the first;
* :func:`unaccused_deniers`: the party an answered charge is made *against* ("said the
  accusations against <his country> are part of a campaign") is the denier's side, never
  the denial's target (a denial is aimed at the accuser).

Separate from the rest of :mod:`.targets` because both run after every rule has named its
targets, on the finished claims."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from kg.extract import cues
from kg.extract._index import conjuncts_of, remembered
from kg.extract.claims.base import _Context, _is_actor_token, _with_conjuncts
from kg.extract.claims.targets_names import _covering_mention, actor_mention
from kg.extract.mentions import ACTOR_LABELS
from kg.model import Claim, Mention, Stance

#: Stances whose targets are scored and carried into the graph.
_DIRECTED = (Stance.ACCUSE, Stance.DENY, Stance.CRITICIZE, Stance.APPROVE, Stance.THREATEN)

#: Nouns of a charge a denial answers: what it is "against" is the accused.
_CHARGE_NOUNS = cues.words(
    "accusation allegation charge claim complaint criticism report assertion suggestion"
)


def _target_token(target: Mention, context: _Context) -> Token | None:
    """The syntactic head of a target's span, or None when it is no token span."""
    doc = context.doc
    bounds = (target.span.start, target.span.end)
    # spaCy's span, made once per target's bounds (round 36: the rules ask it again and again)
    span = remembered(doc, ("char_span", *bounds), doc.char_span, *bounds)
    return None if span is None or not len(span) else span.root


#: Dependencies of a name that modifies a noun ("U.S. and British officials").
_MODIFIER_DEPS = frozenset({"compound", "nmod", "amod"})


def _named_conjuncts(token: Token) -> list[Token]:
    """The named actors coordinated with ``token`` (not ``token`` itself): proper names,
    named entities of an actor type, or nationality adjectives beside it ("Syrian and
    Lebanese officials"); a common noun ("the United States and its allies") is left out."""
    found = []
    others = conjuncts_of(token) if token.pos_ == "ADJ" else _with_conjuncts(token)[1:]
    if token.pos_ == "PROPN" and token.dep_ in _MODIFIER_DEPS:
        # "U.S. and British officials": a state's name before a nationality adjective,
        # both modifying one noun (the nominal conjuncts leave the adjective out)
        others = [*others, *(c for c in conjuncts_of(token) if c.pos_ == "ADJ")]
    for other in others:
        if other.i == token.i:
            continue
        if other.pos_ != token.pos_ and {other.pos_, token.pos_} != {"PROPN", "ADJ"}:
            continue  # "Iran and its nuclear programme": not two actors of one kind
        named = other.ent_type_ in ACTOR_LABELS or (not other.ent_type_ and other.pos_ == "PROPN")
        if named and _is_actor_token(other):
            found.append(other)
    return found


def _conjunct_mention(token: Token, context: _Context) -> Mention | None:
    """The mention naming a conjunct: its noun phrase's, or for a nationality adjective
    ("Lebanese" in "Syrian and Lebanese officials") the entity mention of the word itself."""
    if token.pos_ == "ADJ":
        own = _covering_mention(token, context)
        if own is None or (own.span.start, own.span.end) != (token.idx, token.idx + len(token)):
            return None
        return own
    return actor_mention(token, context)


def coordinated_targets(claims: tuple[Claim, ...], context: _Context) -> tuple[Claim, ...]:
    """Each directed claim with the named conjuncts of its named targets added: "accused
    Iran and Syria of arming militants" targets both; "Syrian and Lebanese officials"
    names both states."""
    found: list[Claim] = []
    for claim in claims:
        if claim.stance not in _DIRECTED or not claim.targets:
            found.append(claim)
            continue
        have = {(t.span.start, t.span.end) for t in claim.targets}
        starts = {t.span.start for t in claim.targets}
        added: list[Mention] = []
        for target in claim.targets:
            if target.label not in ACTOR_LABELS:
                continue
            token = _target_token(target, context)
            if token is None:
                continue
            for other in _named_conjuncts(token):
                mention = _conjunct_mention(other, context)
                if mention is None:
                    continue
                key = (mention.span.start, mention.span.end)
                if mention.label not in ACTOR_LABELS or key in have or mention.span.start in starts:
                    continue
                if mention.span.start == claim.claimer.span.start:
                    continue  # the speaker is no target of its own claim
                have.add(key)
                added.append(mention)
        if added:
            claim = replace(
                claim,
                targets=(*claim.targets, *added),
                rule=f"{claim.rule}+coordinated_target",
            )
        found.append(claim)
    return tuple(found)


def _charged_party(token: Token) -> bool:
    """Whether ``token`` is the object of "against" after a charge noun ("the accusations
    against Damascus", "charges against him"), or conjoined with one that is."""
    for candidate in (token, token.head if token.dep_ == "conj" else token):
        prep = candidate.head
        if candidate.dep_ == "pobj" and prep.lower_ == "against":
            noun = prep.head
            if noun.pos_ == "NOUN" and noun.lemma_.lower() in _CHARGE_NOUNS:
                return True
    return False


def unaccused_deniers(claims: tuple[Claim, ...], context: _Context) -> tuple[Claim, ...]:
    """Denials without the targets that are the accused of the charge they answer ("the
    accusations against Damascus"): that party is the denier's own side."""
    found: list[Claim] = []
    for claim in claims:
        if claim.stance is Stance.DENY and claim.targets:
            kept = tuple(
                t
                for t in claim.targets
                if (token := _target_token(t, context)) is None or not _charged_party(token)
            )
            if kept != claim.targets:
                claim = replace(claim, targets=kept, rule=f"{claim.rule}+unaccused_denier")
        found.append(claim)
    return tuple(found)
