"""An appended charge: wire copy closes a sentence with a reduced relative clause that
answers or blames, "..., a charge officials in Kiev deny", "..., an attack local officials
blamed on neighboring Sudan".  The small parser often reads the speaker as the noun's
apposition and the verb as a preposition's object, so the speech rule finds no subject;
this family reads the words themselves: a comma, the charge (or attack) noun, a short
noun phrase that speaks, the verb, and (for blame) "on" whom.

A denial answers whoever made the charge before the comma (the subjects of the
sentence's speech verb); a blame accuses the one it is put on.  A verb with a subject of
its own is the speech rule's (a correct parse)."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from kg.extract import cues
from kg.extract.claims.base import _can_speak, _claim, _Context, _subjects, verb_stance
from kg.extract.claims.spans import _token_span
from kg.extract.claims.targets import _expanded, actor_mention
from kg.extract.mentions import mention_from_span, sentence_index, sentence_of
from kg.model import Claim, Mention, Stance

#: Nouns of a charge a denial answers: ", a charge X denies", ", claims X rejects".
_CHARGE_NOUNS = cues.ACCUSATION_NOUNS | cues.words("claim allegation")
#: Nouns of a hostile act someone is blamed for: ", an attack X blamed on Y".
_ACT_NOUNS = cues.words("attack bombing strike killing assault explosion blast raid shelling")
#: What sets an appended charge off: a comma, or a dash ("X accuses Y of arming the rebels --
#: a charge officials in Y deny": round 22, target22).
#: Whether a dash sets an appended charge off as a comma does, and the charge is read from
#: the root's clausal child when the parser made the denial the root (round 22).
DASHED_CHARGES = True
_APPENDING_MARKS = frozenset({",", "--", "\u2014", "\u2013"})
#: Words a speaking noun phrase may hold: "officials in Kiev", "local officials", "Moscow".
_PHRASE_POS = frozenset({"NOUN", "PROPN", "ADJ", "DET", "NUM"})
_PHRASE_PREPS = cues.words("in from of")
_VERB_GAP_POS = frozenset({"AUX", "ADV", "PART"})
#: Denial verbs in the present that the small parser tags as plural nouns after a charge
#: noun and its speaker: ", an accusation Britain rejects", ", a claim Seoul dismisses".
MISTAGGED_DENIALS = cues.words("rejects denies dismisses refutes rebuts")


def _mistagged_denial(token: Token) -> bool:
    """'..., an accusation Britain rejects' with "rejects" read as a noun: a denial verb."""
    return token.pos_ == "NOUN" and token.lower_ in MISTAGGED_DENIALS


def _appended_charge_claims(verb: Token, context: _Context) -> Iterator[Claim]:
    mistagged = _mistagged_denial(verb)
    stance = Stance.DENY if mistagged else verb_stance(verb) if verb.pos_ == "VERB" else None
    if stance not in (Stance.DENY, Stance.ACCUSE):
        return
    if stance is Stance.ACCUSE and verb.lemma_.lower() != "blame":
        return
    found = _appended_frame(verb, stance)
    if found is None:
        return
    if not mistagged and _has_own_subject(verb, found[0]):
        return  # a parse with the subject in place is the speech rule's
    noun, speaker = found
    doc = context.doc
    sentence = sentence_of(verb)  # the index's sentence: spaCy rebuilds ``verb.sent``
    comma = noun.i - 1 if doc[noun.i - 1].pos_ != "DET" else noun.i - 2
    content = _token_span(doc, sentence.start, comma) if comma > sentence.start else None
    targets: tuple[Mention, ...]
    if stance is Stance.DENY:
        root = _charging_clause(sentence.root, verb, noun) if DASHED_CHARGES else sentence.root
        accusers = _subjects(root)[0] if root is not None and verb_stance(root) is not None else []
        targets = tuple(actor_mention(t, context) for t in _expanded(accusers))
    else:
        blamed = _blamed_on(verb)
        if blamed is None:
            return
        targets = (actor_mention(blamed, context),)
    yield _claim(
        context,
        claimer=_speaker_mention(speaker, context),
        stance=stance,
        cue=_token_span(doc, verb.i, verb.i + 1),
        sentence=sentence_index(verb),
        content=content,
        targets=targets,
        confidence=0.6,
    )


def _charging_clause(root: Token, verb: Token, noun: Token) -> Token | None:
    """The verb of the charge the denial is appended to: the sentence's root, or, when the
    parser made the denial itself the root and the charge its clausal child ("X
    officials accuse Y of ... -- a charge officials in Y deny"),
    that child before the charge noun."""
    if root.i != verb.i:
        return root
    clauses = [
        c
        for c in verb.children
        if c.i < noun.i and c.dep_ in ("ccomp", "advcl", "parataxis") and c.pos_ == "VERB"
    ]
    return clauses[0] if clauses else None


def _has_own_subject(verb: Token, noun: Token) -> bool:
    """Whether the verb has a subject apart from the charge noun: "a charge Minsk has
    denied" parsed right, not "a charge officials in Baku deny" with the noun glued into
    the subject."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(s != noun and not (s.left_edge.i <= noun.i <= s.right_edge.i) for s in subjects)


def glued_charge(verb: Token) -> bool:
    """Whether the subject the parser gave a denial is an appended charge with its
    speaker ("..., a charge officials in Baku deny"): this family reads it, not the
    speech rule."""
    stance = verb_stance(verb) if verb.pos_ == "VERB" else None
    if stance is not Stance.DENY:
        return False
    found = _appended_frame(verb, stance)
    return (
        found is not None
        and not _has_own_subject(verb, found[0])
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    )


def _appended_frame(verb: Token, stance: Stance) -> tuple[Token, SpacySpan] | None:
    """(the charge noun, the speaker's words) of ", a charge X (has) denied", or None."""
    doc = verb.doc
    start = sentence_of(verb).start
    i = verb.i - 1
    while i > start and doc[i].pos_ in _VERB_GAP_POS:
        i -= 1  # "has", "strongly", "not" between the speaker and the verb
    end = i + 1
    nouns = _CHARGE_NOUNS if stance is Stance.DENY else _ACT_NOUNS
    while i > start and doc[i].lemma_.lower() not in nouns:
        token = doc[i]
        if token.pos_ not in _PHRASE_POS and token.lower_ not in _PHRASE_PREPS:
            return None
        i -= 1
    noun = doc[i]
    if noun.lemma_.lower() not in nouns or end - (noun.i + 1) not in range(1, 6):
        return None
    before = doc[noun.i - 1] if doc[noun.i - 1].pos_ != "DET" else doc[noun.i - 2]
    if before.text != "," and not (DASHED_CHARGES and before.text in _APPENDING_MARKS):
        return None  # only a charge appended after a comma (or a dash)
    speaker = doc[noun.i + 1 : end]
    if speaker[0].lower_ in _PHRASE_PREPS or not any(t.pos_ in ("NOUN", "PROPN") for t in speaker):
        return None
    return noun, speaker


def _blamed_on(verb: Token) -> Token | None:
    """Whom ", an attack X blamed on Y" puts it on: the name after "on"."""
    doc = verb.doc
    if verb.i + 1 >= len(doc) or doc[verb.i + 1].lower_ != "on":
        return None
    for token in doc[verb.i + 2 : sentence_of(verb).end]:
        if token.is_punct:
            break
        if token.pos_ == "PROPN" or token.ent_type_:
            return token
    return None


def _speaker_mention(speaker: SpacySpan, context: _Context) -> Mention:
    """The mention of the speaking phrase: the entity for a name ("Moscow"), an
    anonymous source for unnamed officials ("officials in Kiev"), else a description."""
    root = speaker.root
    if root.pos_ == "PROPN" or root.ent_type_:
        return actor_mention(root, context)
    heads = [t for t in speaker if t.pos_ == "NOUN" and _can_speak(t)]
    head = heads[0] if heads else root
    phrase = speaker[0].doc[speaker.start : speaker.end]
    if head.lemma_.lower() in cues.OFFICIAL_NOUNS:
        return mention_from_span(phrase, "ANON")
    return mention_from_span(phrase)
