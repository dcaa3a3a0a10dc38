"""Criticism by doubt and by a failure to act (round 21, issue 12, branch ``concern21``).

Two frames in which a said content faults another side with no word of criticism:

* ``doubted_will``: the speaker doubts the other side's will or sincerity ("questioned
  whether Moscow really wants peace", "I am not sure that they are really willing to
  talk", "it is unclear whether Pyongyang is serious about talks").  A doubt alone is
  no criticism ("I doubt the Ethiopians will accept a peace formula" is a forecast): the
  doubted clause must be about wanting, meaning or being serious, and either carry
  "really"/"genuinely"/"truly" or be about seriousness or sincerity itself.
* ``little_done``: "Russia has done little to stop the fighting", "Beijing did nothing
  to rein in Pyongyang": an actor's inaction told as a small amount done (the negated
  "has not done enough" is read by :func:`.denials._criticized_actors` already).

Round 22 (crit22) adds the noun form of the first, ``questioned_will``: "lawmakers question
Pakistan's commitment to the fight", "has questioned the sincerity of Pyongyang's offer" (the
cue verb of doubt itself takes the will as its object; read in :func:`.denials._refined`).

Both return the actors faulted (the doubted or idle clause's subject, or its owner), an
empty list when that subject is a pronoun ("they"), or None.
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from kg.extract import cues
from kg.extract.claims.base import _is_actor_token, _main_verbs
from kg.extract.claims.gates import gate, needs
from kg.extract.claims.targets_states import _owners

#: Words of a will or a purpose whose sincerity can be doubted: "really wants to",
#: "genuinely interested in", "truly committed to".
WILL_WORDS = cues.words(
    "want wish intend mean seek willing ready prepared interested committed determined keen eager"
)
#: Adverbs that turn a doubt about a plan into a doubt about a will.
SINCERITY_ADVERBS = cues.words("really genuinely truly actually sincerely honestly")
#: Words that are the sincerity itself: "whether Pyongyang is serious about talks".
SINCERITY_WORDS = cues.words("serious sincere genuine earnest")
#: Heads that doubt a clause: "questioned whether", "is not sure that", "doubts that",
#: "wondered if", "it is unclear whether", "not convinced that".
DOUBTING_WORDS = cues.words(
    "question doubt wonder ask unsure unclear uncertain skeptical sceptical"
)
#: Heads that doubt only when negated: "not sure that", "not convinced that".
NEGATED_DOUBTS = cues.words("sure convinced certain clear know")
#: Amounts of doing that are a reproach: "has done little to", "did nothing to".
LITTLE_AMOUNTS = cues.words("little nothing")
#: Subject pronouns of another side, left for the resolver: "they are really willing".
OTHER_SIDE_PRONOUNS = frozenset({"they", "he", "she"})


#: Nouns of a will or a sincerity whose doubting faults its owner (``questioned_will``):
#: "question X's commitment", "doubt the sincerity of X's offer", "questioned their motives".
WILL_NOUNS = cues.words(
    "commitment commitments sincerity seriousness willingness will intention intentions "
    "motive motives resolve readiness"
)
#: Verbs whose object is put in doubt: "questioned X's commitment", "doubts X's sincerity".
QUESTIONING_VERBS = cues.words("question doubt")


def _negated(token: Token) -> bool:
    return any(c.dep_ == "neg" or c.lower_ in ("never", "not") for c in token.children)


def _subject(clause: Token) -> Token | None:
    """The clause's subject; an adjective's is its copula's ("they are really willing")."""
    for head in (clause, clause.head if clause.dep_ == "acomp" else None):
        if head is None:
            continue
        subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            return subject
    return None


def _faulted(clause: Token) -> list[Token] | None:
    """The actors a clause's subject names or belongs to; [] for a pronoun of another side;
    None for the speaker's own side or no actor ("we", "I", "the talks")."""
    subject = _subject(clause)
    if subject is None:
        return None
    if subject.lower_ in OTHER_SIDE_PRONOUNS:
        return []
    if _is_actor_token(subject):
        return [subject]
    return _owners(subject) or None


def _is_will(token: Token) -> bool:
    """'really wants', 'truly committed', or 'serious about' itself."""
    lemma = token.lemma_.lower()
    if lemma in SINCERITY_WORDS or token.lower_ in SINCERITY_WORDS:
        return True
    if lemma not in WILL_WORDS and token.lower_ not in WILL_WORDS:
        return False
    heads = [token, token.head] if token.dep_ == "acomp" else [token]
    return any(c.lower_ in SINCERITY_ADVERBS for h in heads for c in h.children)


def _doubted(clause: Token, span: SpacySpan) -> bool:
    """Whether the clause is put in doubt: marked "whether", or "if" heading no condition
    (the content of "questioned whether", "asked if"), or the complement of a doubting
    head ("not sure that", "doubts that", "it is unclear whether")."""
    verb = clause.head if clause.dep_ == "acomp" else clause
    marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
    if "whether" in marks or ("if" in marks and verb.dep_ != "advcl"):
        return True  # "if Russia really wants peace, it should ..." is a condition
    if verb.dep_ not in ("ccomp", "advcl", "xcomp"):
        return False
    head = verb.head
    if head.lemma_.lower() in DOUBTING_WORDS or head.lower_ in DOUBTING_WORDS:
        return not _negated(head)
    if head.lower_ in NEGATED_DOUBTS or head.lemma_.lower() in NEGATED_DOUBTS:
        copula = head.head if head.dep_ == "acomp" else head
        return _negated(head) or _negated(copula)
    return False


def doubted_will(span: SpacySpan) -> list[Token] | None:
    """Whom a content faults by doubting its will or sincerity, or None."""
    for token in span:
        if not _is_will(token) or _negated(token):
            continue
        if token.head == token:
            continue
        if not _doubted(token, span) and not (token.dep_ == "acomp" and _doubted(token.head, span)):
            continue
        faulted = _faulted(token)
        if faulted is not None:
            return faulted
    return None


def little_done(span: SpacySpan) -> list[Token] | None:
    """Whom a content faults for doing little: 'Russia has done little to stop the
    fighting' (the verb "do" with "little"/"nothing" and a purpose "to ...")."""
    for verb in _main_verbs(span):
        if verb.lemma_.lower() != "do" or _negated(verb):
            continue
        amount = next(
            (c for c in verb.children if c.dep_ == "dobj" and c.lower_ in LITTLE_AMOUNTS), None
        )
        if amount is None:
            continue
        purpose = any(
            c.dep_ in ("xcomp", "advcl", "relcl", "acl")
            and any(d.lower_ == "to" and d.dep_ == "aux" for d in c.children)
            for h in (verb, amount)
            for c in h.children
        )
        if not purpose:
            continue
        faulted = _faulted(verb)
        if faulted:
            return faulted
    return None


def questioned_will(verb: Token) -> tuple[Token, list[Token]] | None:
    """The will noun a verb of doubt takes as its object and whom it belongs to: "question
    Pakistan's commitment to the fight" -> (commitment, [Pakistan]); "doubted the sincerity
    of Pyongyang's offer" -> (sincerity, [Pyongyang]).  None when the doubt is negated ("do
    not question X's commitment"), the owner is no named actor ("question our commitment")
    or the object is no will ("questioned the methods")."""
    if verb.lemma_.lower() not in QUESTIONING_VERBS or _negated(verb):
        return None
    for will in (c for c in verb.children if c.dep_ == "dobj"):
        if will.pos_ != "NOUN" or will.lemma_.lower() not in WILL_NOUNS:
            continue
        owners = [o for o in _owners(will) if o.pos_ != "PRON"]
        for prep in (c for c in will.children if c.dep_ == "prep" and c.lower_ == "of"):
            held = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if held is not None:
                owners += [held] if _is_actor_token(held) else _owners(held)
        if owners:
            return will, owners
    return None


gate(doubted_will, needs(SINCERITY_ADVERBS | SINCERITY_WORDS))
gate(little_done, needs(LITTLE_AMOUNTS))
