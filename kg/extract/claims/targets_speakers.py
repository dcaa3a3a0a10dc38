"""Claimers: who a claim's speakers are when the subject is not simply one actor: a group
that speaks for the states it is "of" ("the leaders of A, B and C"), the named members
of a group of the accused ("several groups including A and B"), a document's author
("the US report"), relational groups that name nobody ("X and her counterparts"),
accusers named before "a charge X denies", news outlets and reports (which report
rather than assert) and the sources a claim cites.

Separate from the rest of :mod:`.targets`, which finds whom a claim is about; this module
finds who makes it."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import cues
from kg.extract._index import children_of
from kg.extract.claims.base import (
    _Context,
    _direct_object,
    _is_actor_token,
    _prep_object,
    _subjects,
    _with_conjuncts,
    verb_stance,
)
from kg.extract.claims.spans import _phrase_tokens
from kg.extract.claims.targets_names import actor_mention
from kg.extract.mentions import ACTOR_LABELS, unnamed_reports
from kg.model import Mention, Stance
from kg.resolve.gazetteer import lookup

#: Plural heads of a group that speaks for the states or bodies it is "of": "the leaders of
#: Ethiopia, Sudan, and Yemen", "the governments of France and Germany".
_DELEGATE_HEADS = cues.words(
    "leader government president minister premier head official representative delegation"
)
#: Plural heads of a group that names its members after "including": "several countries,
#: including the United States, Britain and Australia".
_MEMBER_HEADS = _DELEGATE_HEADS | cues.words("country nation state power")

#: Plural heads of the accused that name their members after "including": "accused several
#: groups including the Shan State Army and the Karen National Union".
_ACCUSED_GROUP_HEADS = _MEMBER_HEADS | cues.words(
    "group organization organisation faction movement party militia"
)


def _delegated(token: Token) -> list[Token]:
    """The actors a plural group speaks for when it names several: "the leaders of
    Ethiopia, Sudan, and Yemen have accused Eritrea" is one accusation by each state (and
    "a charge Eritrea denies" answers each); so is "several countries, including A, B and
    C, have threatened ...".  One actor ("the leaders of Ethiopia") or
    none leaves the group as it is: ``[token]``."""
    lemma = token.lemma_.lower()
    if token.tag_ not in ("NNS", "NNPS") or lemma not in _MEMBER_HEADS:
        return [token]
    for prep in token.children:
        of = prep.lower_ == "of" and lemma in _DELEGATE_HEADS
        if prep.dep_ == "prep" and (of or prep.lower_ == "including"):
            named = _prep_object(prep)
            if named is None or not _is_actor_token(named):
                return [token]
            states = [t for t in _with_conjuncts(named) if _is_actor_token(t)]
            return states if len(states) > 1 else [token]
    return [token]


#: Whether the unnamed part of a named body or state is the body (round 26, targets26):
#: "accused elements in Pakistan of aiding insurgents" -> Pakistan, "charged six members of
#: the charity X" -> X.
MEMBER_OWNERS = True

#: Plural heads of an unnamed part of a body or a state, which the accused body answers for.
_PART_HEADS = cues.words("element member agent operative faction section circle cell unit")

#: Prepositions that tie such a part to its body: "elements in/inside/within Pakistan",
#: "members of the group".
_PART_OF = cues.words("in inside within of from")


def member_owner(token: Token) -> Token | None:
    """The named body or state a plural unnamed part of it belongs to ("elements in
    Pakistan" -> Pakistan, "six members of the French charity X" -> X), else ``None``.  The
    parser often hangs "in X" on the verb ("accused [elements] [in Pakistan]"): a
    preposition right after the object is read as the object's."""
    if token.tag_ not in ("NNS", "NNPS") or token.lemma_.lower() not in _PART_HEADS:
        return None
    preps = [c for c in children_of(token) if c.dep_ == "prep"]
    after = token.nbor(1) if token.i + 1 < len(token.doc) else None
    if (
        token.dep_ == "dobj"
        and after is not None
        and after.dep_ == "prep"
        and after.head == token.head
        and after.lower_ in ("in", "inside", "within")
    ):
        preps.append(after)
    for prep in preps:
        if prep.lower_ not in _PART_OF:
            continue
        body = _prep_object(prep)
        if body is not None and _is_actor_token(body) and body.pos_ != "PRON":
            return body
    return None


def accused_members(token: Token) -> list[Token]:
    """The named members of a plural group of the accused ("several groups including the
    Shan State Army and the Karen National Union" -> the two), the body an unnamed part of
    it stands for (:func:`member_owner`), or ``[token]``."""
    if MEMBER_OWNERS and (body := member_owner(token)) is not None:
        return [body]
    if token.tag_ not in ("NNS", "NNPS") or token.lemma_.lower() not in _ACCUSED_GROUP_HEADS:
        return [token]
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ == "including":
            named = _prep_object(prep)
            if named is not None and _is_actor_token(named):
                return [t for t in _with_conjuncts(named) if _is_actor_token(t)]
    return [token]


def _expanded(tokens: list[Token]) -> list[Token]:
    """``tokens`` with each group of :func:`_delegated` replaced by the actors it names,
    and a document by its named author ("a recent United Nations report said P -
    something Tehran denies": the denial answers the United Nations)."""
    return [actor for token in tokens for actor in _delegated(_document_author(token))]


def _document_author(token: Token) -> Token:
    """The named author of a document noun ("the US report" -> US), else the token."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in cues.DOCUMENT_NOUNS:
        return token
    if unnamed_reports(token):
        return token  # "Russian news reports say P": unnamed outlets, no author
    authors = [
        c
        for c in token.children
        if c.dep_ in ("poss", "compound", "amod", "nmod") and c.ent_type_ in ACTOR_LABELS
    ]
    return authors[-1] if authors else token


def _named_speakers(claimers: list[Token]) -> list[Token]:
    """Conjoined speakers without the relational groups that name nobody: in "Sherman and
    her counterparts condemned ..." and "he and his colleagues reject ..." only the first
    speaks as an identifiable actor; a group of several named states speaks as each of
    them ("the leaders of Ethiopia, Sudan, and Yemen")."""
    claimers = _expanded(claimers)
    if len(claimers) < 2:
        return claimers
    kept = [
        c
        for c in claimers
        if not (
            c.lemma_.lower() in cues.RELATIONAL_NOUNS
            and any(d.dep_ == "poss" and d.pos_ == "PRON" for d in c.children)
        )
    ]
    return kept or claimers


def _accusers_before(verb: Token, direct: Token, context: _Context) -> tuple[Mention, ...]:
    """'Russian politicians are accusing the United States of ..., a charge the U.S.
    denies', parsed with the accusation as a clause of "denies": the accusers."""
    if direct.lemma_.lower() not in cues.ACCUSATION_NOUNS:
        return ()
    for clause in verb.children:
        before = clause.dep_ in ("ccomp", "advcl", "parataxis") and clause.i < direct.i
        if before and verb_stance(clause) is Stance.ACCUSE:
            return tuple(actor_mention(t, context) for t in _expanded(_subjects(clause)[0]))
    if direct.dep_ in ("dobj", "appos", "npadvmod", "nsubjpass") and verb.dep_ in ("acl", "relcl"):
        # "Ukraine accused Russia of shelling the plant, an allegation denied by Moscow": the
        # accusation the allegation stands beside
        for ancestor in direct.ancestors:
            if ancestor.pos_ == "VERB" and verb_stance(ancestor) is not None:
                if verb_stance(ancestor) in (Stance.ACCUSE, Stance.ASSERT) and ancestor != verb:
                    accusers = _expanded(_subjects(ancestor)[0])
                    return tuple(actor_mention(t, context) for t in accusers)
                break
    return ()


def _is_outlet(token: Token) -> bool:
    """A news outlet or a report: 'the newspaper', 'NBC News', 'a UN report'."""
    if token.pos_ == "NOUN" and token.lemma_.lower() in cues.OUTLET_HEADS:
        if token.lemma_.lower() in cues.AMBIGUOUS_OUTLET_HEADS:  # "spy agency", "news agency"
            return any(c.lower_ in cues.OUTLET_MODIFIERS for c in token.lefts)
        return True
    if token.ent_type_ in ("ORG", "") and token.pos_ == "PROPN":
        words = {t.lower_ for t in _phrase_tokens(token)}
        return bool(words & cues.OUTLET_NAME_WORDS)
    return False


def relays_news(token: Token) -> bool:
    """A news outlet that relays what it tells: "state television", "the news agency",
    "the newspaper", an outlet the gazetteer names ("KCNA", "Xinhua"); not a report or an
    account, which speaks for its authors, nor an agency that is not a news agency."""
    if token.lemma_.lower() in cues.REPORT_NOUNS or token.lower_ in cues.REPORT_NOUNS:
        return False
    if _is_outlet(token) or token.lower_ in cues.BROADCAST_HEADS:
        return True
    if token.lower_ in cues.OUTLET_HEADS and token.lower_ not in cues.AMBIGUOUS_OUTLET_HEADS:
        return True  # "the newspaper", tagged as a name
    if token.pos_ != "PROPN":
        return False
    entry = lookup(token.text)
    return entry is not None and entry.kind == "outlet"


def _stance_for_claimer(stance: Stance, head: Token) -> Stance:
    """An outlet asserting or telling is reporting; a person telling is asserting."""
    if stance is Stance.ASSERT and _is_outlet(head):
        return Stance.REPORT
    return stance


def _cited_source(verb: Token, context: _Context) -> Mention | None:
    """'NBC News cited multiple sources as saying', 'X, citing officials, reported'."""
    if verb.lemma_.lower() in ("cite", "quote"):
        cited = _direct_object(verb)
        return actor_mention(cited, context) if cited is not None else None
    for child in children_of(verb):  # the index's tokens
        if child.dep_ in ("advcl", "xcomp", "prep") and child.lemma_.lower() == "cite":
            cited = _direct_object(child) or next(
                (c for c in child.children if c.dep_ == "pobj"), None
            )
            if cited is not None:
                return actor_mention(cited, context)
    return None
