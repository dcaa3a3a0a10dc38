"""The charged side's own account that contradicts a charge told earlier in the text
(round 26, denials26, issue 12): a denial with no denial word, read at the level of the
text the item carries rather than of one sentence pair.

The claims guide counts as a denial the accused side's own account that contradicts a
charge ("we have never sent troops", "the strike was an accident", "all its drones
returned safely"), including when the charge is told elsewhere in the document.  The
earlier rules read such an account only near the charge: ``counter_statement`` (a charge
aimed at the speaker in its sentence or the one before), ``own_negation`` (a negated deed
told as done, "did not", "has never", with no modal) and ``disowned_conduct`` (optional:
a negated charge-like deed of the speaker's side anywhere, with no charge in view at all).

Here an assertion is a denial when all hold:

* the text up to the claim's sentence states a charge (a charge noun or verb, an
  ``accuse`` claim: :func:`.denials._charged_sentences`), so there is something to deny;
* its content contradicts a charge by the speaker's own side's account: a negated
  charge-like deed of the speaker's side, a promise of intent included ("would never use
  terror", "has no intention of overthrowing", "will not allow its territory to be used":
  :func:`.content_disowned.disowning_subject`), its part denied ("I am not guilty", "had
  nothing to do with", "has done nothing wrong": :func:`_uninvolved`), the act called a
  mishap ("the attack was an accident": :func:`.denials._mishap`), the speaker's people or
  craft unharmed ("all its drones had returned safely": :func:`.denials._unharmed`), or its
  craft in a place no state owns ("was flying in international airspace":
  :func:`_in_open_place`);
* the text names an accuser of the speaker's side up to the claim's sentence (the brief's
  reading: the claimer is the accused of a charge told in the same document): the claimers
  of the latest ``accuse`` claims aimed at its side, else the targets of the same party's
  latest earlier denial.  These are the denial's targets.

With ``ACCUSER_NEEDED`` off (``run.py --set``), the negated deed and the part denied need
only a charge stated somewhere before: one development triple more (test15 in the sentence
scope, test12 in the document scope), but the held-out test23 and test21 lose a triple each
when the whole document is the context (benchmarks/claims/RESULTS.md, round 26).  The family
is ``answered_charge``.

Round 31 (stance32, issue 12) adds three switches, off unless ``run.py --set`` turns them on
(benchmarks/claims/RESULTS.md, "Round 31, stance32"): ``OWN_DENIALS``, the speaker's own
party having denied earlier in the text is accused enough (a side that denied once and goes
on with its account is answering the charge, named or not: "Syria has denied the reports.
Syrian officials insist Syria has no chemical weapons"); ``JUSTIFIED_ACCOUNTS``, the side's
account of its conduct as lawful, defensive or an answer to the other side
(``own_account.justified_conduct``, until now read only one sentence from the charge) is read
against a charge anywhere before; and ``BENIGN_ACCOUNTS``, the side's doing told as benign
by its kind or its restriction ("its forces were conducting routine exercises", "the convoy
carried only aid": the ``benign_modifier`` and ``restricting_adverb`` rows of
``kg/data/content_lexicon.tsv``)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Token

from kg.extract import cues
from kg.extract._index import index_of
from kg.extract.claims.base import _Context, _is_actor_token, _is_passive, _main_verbs, _tokens_of
from kg.extract.claims.content_base import _negated, _own_side, _speaker_sides
from kg.extract.claims.content_disowned import disowning_subject
from kg.extract.claims.content_lexicon import BENIGN_MODIFIERS, RESTRICTING_ADVERBS
from kg.extract.claims.denials import _mishap, _same_party, _unharmed
from kg.extract.claims.gates import gate, needs, present, run
from kg.extract.claims.own_account import _own_act, _own_people, _subject_of, justified_conduct
from kg.model import Claim, Mention, Stance

#: Whether a negated charge-like deed of the speaker's side (``disowning_subject``) counts
#: (switches for ``run.py --set``; see RESULTS.md, round 26).
NEGATED_DEEDS = True
#: Whether the speaker's side's part denied ("not guilty", "had nothing to do with") counts.
PART_DENIED = True
#: Whether those two readings, like the mishap, the safe return and the open place, need an
#: accuser of the speaker's side named in the text (an ``accuse`` claim aimed at it or the
#: same party's earlier denial), not only a charge stated.
ACCUSER_NEEDED = True
#: Whether the same party's earlier denial in the text, naming an accuser or not, shows the
#: speaker's side is the accused (module docstring; round 31).
OWN_DENIALS = False
#: Whether the side's account of its conduct as lawful, defensive, within a mandate or an
#: answer (:func:`.own_account.justified_conduct`) contradicts a charge told anywhere before.
JUSTIFIED_ACCOUNTS = False
#: Whether the side's doing told as benign ("routine exercises", "carried only aid")
#: contradicts a charge told anywhere before.
BENIGN_ACCOUNTS = False


def answered_charges(
    claims: list[Claim], context: _Context, charged: Callable[[], frozenset[int]]
) -> list[Claim]:
    """Each assertion that contradicts, by its speaker's own account, a charge told up to
    its sentence becomes a denial (module docstring)."""
    out = list(claims)
    for i, claim in enumerate(claims):
        if claim.stance is not Stance.ASSERT or claim.content is None or claim.negated:
            continue
        if not any(n <= claim.sentence for n in charged()):
            continue
        if not _contradicts(claim, claims, context):
            continue
        out[i] = replace(
            claim,
            stance=Stance.DENY,
            # a charge told in the narration (the article's own voice) makes the speaker
            # accused but names no one to deny
            targets=tuple(a for a in _accusers(claim, claims, context) if a.label != "AUTHOR"),
            rule=f"{claim.rule}+answered_charge" if claim.rule else "answered_charge",
        )
    return out


def _contradicts(claim: Claim, claims: list[Claim], context: _Context) -> bool:
    """Whether the content is the speaker's own account against a charge: its side's
    charge-like deed negated, the act a mishap, its people or craft unharmed."""
    span = _tokens_of(claim.content, context) if claim.content is not None else None
    if span is None or len(span) == 0:
        return False
    sides = lambda: _speaker_sides(claim.claimer, context)  # noqa: E731
    verbs = _main_verbs(span)

    def accused() -> bool:
        """An accuser of the speaker's side named up to the claim, or (``OWN_DENIALS``) the
        same party's earlier denial."""
        return bool(_accusers(claim, claims, context)) or (
            OWN_DENIALS and _denied_before(claim, claims, context)
        )

    if (
        NEGATED_DEEDS
        and run(disowning_subject, present(span), verbs, sides)
        and (not ACCUSER_NEEDED or accused())
    ):
        return True
    if PART_DENIED and _uninvolved(verbs, sides) and (not ACCUSER_NEEDED or accused()):
        return True
    index = index_of(span.doc)  # the words off the index's column: no Token built per word
    lowers = index.lowers[span.start : span.end] if index is not None else [t.lower_ for t in span]
    if "too" in lowers:
        return False  # "far too regular to be a mistake": the mishap itself denied
    if (_mishap(span) or _unharmed(span, claim, context) or _in_open_place(verbs)) and accused():
        return True
    if (
        JUSTIFIED_ACCOUNTS
        and run(justified_conduct, present(span), span, sides, frozenset())
        and accused()
    ):
        return True
    return BENIGN_ACCOUNTS and run(benign_conduct, present(span), verbs, sides) and accused()


def _denied_before(claim: Claim, claims: list[Claim], context: _Context) -> bool:
    """Whether the speaker's own party made a denial earlier in the text, up to the claim's
    sentence ("Syria has denied the reports" before "Syrian officials insist Syria has no
    chemical weapons"): the same speaker, the same party or a speaker of the same side, as
    :func:`_accusers` finds the party's earlier denials, with or without an accuser named."""
    from kg.extract.claims.targets_denials import _sides as _named_sides

    speaker = claim.claimer
    mine = _speaker_sides(speaker, context) | _named_sides(speaker)
    return any(
        other is not claim
        and other.stance is Stance.DENY
        and other.sentence <= claim.sentence
        and other.cue.start < claim.cue.start
        and (
            other.claimer.span == speaker.span
            or _same_party(speaker, other.claimer)
            or bool(mine and mine & _named_sides(other.claimer))
        )
        for other in claims
    )


def _benign_modified(token: Token) -> bool:
    """Whether a thing done or carried is told as benign: "routine exercises", "a peaceful
    programme", "humanitarian aid" (a ``benign_modifier`` row), or restricted to what it
    names, "only aid", "solely for training" (a ``restricting_adverb`` row)."""
    return any(
        (c.dep_ in ("amod", "compound") and c.lower_ in BENIGN_MODIFIERS)
        or (c.dep_ in ("advmod", "amod", "preconj", "det") and c.lower_ in RESTRICTING_ADVERBS)
        for c in token.children
    )


def _definite_thing(subject: Token) -> bool:
    """'the convoy', 'the flights', 'its units': a definite or the side's own thing, no
    actor, whose doing the account tells (the charge before is about it; the accused side is
    the speaker, :func:`_contradicts`)."""
    if subject.pos_ != "NOUN" or _is_actor_token(subject):
        return False
    return any(
        (c.dep_ == "poss" and c.lower_ in ("its", "our", "their"))
        or (c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those"))
        for c in subject.children
    )


def benign_conduct(verbs: list[Token], sides: Callable[[], set[str]]) -> bool:
    """Whether a main verb of the content tells, with no negation, modal or condition, the
    speaker's own side (its state, "its forces", "the convoy") doing something benign by its
    kind or its restriction: "its forces were conducting routine exercises", "the convoy
    carried only humanitarian aid", "the programme is for peaceful purposes" (the module
    docstring: an account that leaves no room for the charged wrong)."""
    for verb in verbs:
        if _negated(verb) or any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
            continue
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in verb.children):
            continue
        subject = _subject_of(verb)
        if subject is None or subject.lower_ in ("they", "them"):
            continue  # "They are the ordinary citizens": people, not the side's doing
        if not (
            _own_side(subject, sides)
            or _own_people(subject)
            or _own_act(subject)
            or _definite_thing(subject)
        ):
            continue
        if any(c.dep_ == "advmod" and c.lower_ in RESTRICTING_ADVERBS for c in verb.children):
            return True  # "were only defending", "is solely for research"
        things = [c for c in verb.children if c.dep_ in ("dobj", "attr", "acomp")]
        for prep in (c for c in verb.children if c.dep_ == "prep"):
            things.extend(c for c in prep.children if c.dep_ == "pobj")
            if any(c.dep_ == "advmod" and c.lower_ in RESTRICTING_ADVERBS for c in prep.children):
                return True  # "exclusively through political means"
        if any(t.lower_ in BENIGN_MODIFIERS or _benign_modified(t) for t in things):
            return True
    return False


def _in_open_place(verbs: list[Token]) -> bool:
    """Whether a clause of the content puts a craft or a deed in a place no state owns:
    "its drone was flying in international airspace", "the ship was in international
    waters" (the guide's own example of a denial by account: the charge was a violation of
    a state's airspace or waters)."""
    for verb in verbs:
        if _negated(verb):
            continue
        for prep in (c for c in verb.children if c.dep_ == "prep"):
            if prep.lower_ not in ("in", "over", "above", "within"):
                continue
            place = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if (
                place is not None
                and place.lemma_.lower() in _OPEN_PLACES
                and any(c.lower_ in _OPEN_QUALIFIERS for c in place.children)
            ):
                return True
    return False


#: Predicates of guilt a side denies of itself: "is not guilty", "was not behind the attack".
_GUILT_ADJECTIVES = cues.words("guilty responsible culpable complicit involved")
#: What a side says it did not do: "has done nothing wrong", "nothing illegal".
_WRONG_WORDS = cues.words("wrong illegal unlawful improper criminal")
#: Open places a craft may be in: "was in international airspace", "in international waters".
_OPEN_PLACES = cues.words("airspace waters water sea seas space")
_OPEN_QUALIFIERS = cues.words("international neutral")
#: Nouns of a part in a deed: "played no role in", "bears no responsibility for".
_PART_NOUNS = cues.words("role part hand responsibility involvement")
_PART_VERBS = cues.words("play have bear take")


def _uninvolved(verbs: list[Token], sides: Callable[[], set[str]]) -> bool:
    """Whether a clause of the content says the speaker's own side had no part in a deed:
    "we are not guilty", "the government was not involved", "was not behind the attack",
    "had nothing to do with the killing", "played no role in the plot" (the guide's
    denial by one's own account)."""
    for verb in verbs:
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in verb.children):
            continue
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or not _own_side(subject, sides):
            continue
        lemma = verb.lemma_.lower()
        negated = _negated(verb)
        if (
            negated
            and lemma == "be"
            and any(
                (c.dep_ == "acomp" and c.lower_ in _GUILT_ADJECTIVES)
                or (c.dep_ == "prep" and c.lower_ == "behind")
                for c in verb.children
            )
        ):
            return True
        if negated and lemma == "involve" and _is_passive(verb):
            return True
        for thing in (c for c in verb.children if c.dep_ == "dobj"):
            if (
                lemma in ("do", "commit")
                and (thing.lower_ == "nothing" or (negated and thing.lower_ == "anything"))
                and any(c.lower_ in _WRONG_WORDS for c in thing.children)
            ):
                return True  # "has done nothing wrong", "did not do anything illegal"
            if (
                lemma == "have"
                and thing.lower_ == "nothing"
                and any(
                    c.dep_ in ("relcl", "acl") and c.lemma_.lower() == "do" for c in thing.children
                )
            ):
                return True  # "had nothing to do with"
            if (
                lemma in _PART_VERBS
                and thing.lemma_.lower() in _PART_NOUNS
                and (negated or any(c.dep_ == "det" and c.lower_ == "no" for c in thing.children))
            ):
                return True  # "played no role in", "bears no responsibility for"
    return False


def _accusers(claim: Claim, claims: list[Claim], context: _Context) -> tuple[Mention, ...]:
    """The accusers of the speaker's side named nearest before the claim: the claimers of
    the ``accuse`` claims aimed at its side in the latest sentence up to the claim's that has
    one, else the targets of the same party's latest earlier denials.  Only the latest: a
    document tells several charges, and the account answers the one told last ("Britain's
    foreign secretary" charged Iran over a ship, "American officials" over a drone; "all its
    drones had returned safely" answers the second)."""
    from kg.extract.claims.targets_denials import _distinct, _same_actor
    from kg.extract.claims.targets_denials import _sides as _named_sides

    speaker = claim.claimer
    mine = _speaker_sides(speaker, context) | _named_sides(speaker)
    charges: list[Claim] = []
    for other in claims:
        if other is claim or other.sentence > claim.sentence:
            continue
        if other.stance is Stance.ACCUSE and mine:
            if mine & _named_sides(other.claimer) or other.claimer.label == "PRON":
                continue
            if any(mine & _named_sides(t) or _same_actor(t, speaker) for t in other.targets):
                charges.append(other)
    if charges:
        last = max(c.sentence for c in charges)
        return _distinct(c.claimer for c in charges if c.sentence == last)
    denials = [
        other
        for other in claims
        if other is not claim
        and other.sentence <= claim.sentence
        and other.stance is Stance.DENY
        and (
            other.claimer.span == speaker.span
            or _same_party(speaker, other.claimer)
            or bool(mine and mine & _named_sides(other.claimer))
        )
        and any(t.label not in ("NOMINAL", "PRON") for t in other.targets)
    ]
    if not denials:
        return ()
    last = max(d.sentence for d in denials)
    return _distinct(
        t
        for d in denials
        if d.sentence == last
        for t in d.targets
        if t.label not in ("NOMINAL", "PRON")
    )


gate(benign_conduct, needs(BENIGN_MODIFIERS), needs(RESTRICTING_ADVERBS), empty=False)
