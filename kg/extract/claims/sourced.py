"""A claim told by its noun and its source (round 27, issue 12, family ``sourced_charge``):
the narrator names the charge, criticism or warning and says where it came from, and no verb
of saying carries it.

- "The accusation came from the party's spokesman X", "the charges came from the Russian
  government": the charge noun is the subject of "come" and "from X" gives its author;
- "X's insult came in response to remarks by Y", "Japanese allegations come days after ...":
  the author is the noun's own owner (possessive, a nationality adjective, a compound name),
  as the allegation-noun rules read it;
- "The latest accusations from Russia are that P": the noun's "from X" and the clause the
  copula gives it (the content).

"The decision drew sharp criticism from China" is ``angry_reaction``'s (a reaction drawn by a
deed), not this family's.

The stance is the noun's (an accusation accuses, a criticism criticizes, a warning
threatens, a denial denies); a warning or threat is one only with the harm it names ("X's
warning that it may end the accord came in a letter"), since "the threat came from X" is as
often a danger X poses and "X's warnings come as its forces exercise" names none.  The one
aimed at is "against Y" when the sentence says so, the party whose words a reaction answers
("in response to remarks by Y"), or else, for a noun that refers back ("the accusation",
"these charges"), the targets of the nearest earlier claim of the same stance one or two
sentences before (the charge told just before).  A noun with no author named is no claim
("The accusation came a week later"); one a cue family already read is left to it.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import cues
from kg.extract.claims.base import ACTOR_LABELS, _can_speak, _claim, _Context, _prep_object
from kg.extract.claims.content import _infer_stance
from kg.extract.claims.news_reports import _clause_span
from kg.extract.claims.spans import _that_clause, _without_that
from kg.extract.claims.targets import actor_mention
from kg.extract.claims.targets_denials import _allegation_authors
from kg.extract.mentions import sentence_index, to_span
from kg.model import Claim, Mention, Span, Stance

#: The nouns of a claim the narrator can source, by the stance each one tells: the
#: allegation nouns (:data:`kg.extract.cues.ACCUSATION_NOUNS`) and, of the light-verb stance
#: nouns (:data:`kg.extract.cues.STANCE_NOUNS`), those that are things said (not feelings
#: such as "concern" or "support", which "came from" a thing as often as from a speaker).
_SOURCED_NOUNS: dict[str, Stance] = {
    **{noun: Stance.ACCUSE for noun in cues.ACCUSATION_NOUNS},
    **{
        noun: cues.STANCE_NOUNS[noun]
        for noun in cues.words("criticism condemnation denunciation rebuke warning threat denial")
        if noun in cues.STANCE_NOUNS
    },
    "insult": Stance.CRITICIZE,
}
#: Verbs a sourced noun is the subject of ("the accusation came from X").
_COMING_VERBS = cues.words("come")
#: How many sentences back the charge a referring noun takes up may stand.
REACH = 2
#: Determiners of a noun that refers back to a charge told before ("the accusation", "these
#: charges"), whose targets the sentence before gives.
_BACK_DETERMINERS = cues.words("the this these that those such")


def sourced_charges(claims: tuple[Claim, ...], context: _Context) -> tuple[Claim, ...]:
    """The claims with each sourced noun's claim added (module docstring)."""
    added: list[Claim] = []
    for noun in context.doc:
        if noun.pos_ != "NOUN":
            continue
        stance = _SOURCED_NOUNS.get(noun.lemma_.lower())
        if stance is None:
            continue
        frame = _frame(noun, context)
        if frame is None:
            continue
        authors, content, aimed = frame
        if any(c.cue.start <= noun.idx < c.cue.end for c in claims):
            continue  # a cue family read the noun already
        sentence = sentence_index(noun)
        targets: tuple[Mention, ...] = ()
        if aimed is not None:
            targets = (actor_mention(aimed, context),)
        elif content is not None and stance in (Stance.ACCUSE, Stance.THREATEN):
            # "the accusations from X are that P": those P charges, read as a said clause is
            targets = _infer_stance(content, (), context, authors[0])[1]
        elif stance in (Stance.ACCUSE, Stance.CRITICIZE) and _refers_back(noun):
            targets = _earlier_targets(claims, stance, sentence)
        for author in authors:
            added.append(
                _claim(
                    context,
                    claimer=author,
                    stance=stance,
                    cue=to_span(noun),
                    sentence=sentence,
                    content=content,
                    targets=tuple(t for t in targets if t.span != author.span),
                    confidence=0.55,
                    refined="sourced_charge",
                )
            )
    if not added:
        return claims
    return tuple(sorted((*claims, *added), key=lambda c: (c.sentence, c.cue.start)))


def _frame(
    noun: Token, context: _Context
) -> tuple[list[Mention], Span | None, Token | None] | None:
    """The authors, content (a span or None) and the one aimed at of a sourced noun in one
    of the module's frames, or None when the noun is in none of them or names no author."""
    head = noun.head
    lemma = head.lemma_.lower()
    content: Span | None = None
    aimed = _against(noun) or _against(head)
    if noun.dep_ == "nsubj" and lemma in _COMING_VERBS:
        sources = _from_objects(head) + _from_objects(noun)
        aimed = aimed or _answered_party(head)
    elif noun.dep_ == "nsubj" and lemma == "be":
        clause = next(
            (c for c in head.children if c.dep_ in ("ccomp", "attr") and _is_that(c)), None
        )
        if clause is None:
            return None
        sources = _from_objects(noun)
        content = _without_that(_clause_span(clause, context))
    else:
        return None
    clause = _that_clause(noun)
    if content is None and clause is not None:
        content = _without_that(_clause_span(clause, context))
    if _SOURCED_NOUNS[noun.lemma_.lower()] is Stance.THREATEN and content is None:
        return None  # "X's warnings come as ...", "the threat came from X": no harm named
    authors = [actor_mention(s, context) for s in sources]
    if not authors:
        authors = [m for m in _allegation_authors(noun, context)[0] if m.label in ACTOR_LABELS]
    if not authors:
        return None
    return authors, content, aimed


def _is_that(clause: Token) -> bool:
    return clause.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "mark" and c.lower_ == "that" for c in clause.children
    )


def _from_objects(holder: Token) -> list[Token]:
    """The speakers "from X" names on ``holder``: a named actor or a description that can
    speak ("the Russian government", "the party's spokesman X"), conjuncts included."""
    found = []
    for prep in holder.children:
        if prep.dep_ != "prep" or prep.lower_ != "from":
            continue
        obj = _prep_object(prep)
        if obj is None:
            continue
        for one in (obj, *obj.conjuncts):
            if _can_speak(one):
                found.append(one)
    return found


def _against(holder: Token) -> Token | None:
    """The party "against Y" on ``holder`` names."""
    for prep in holder.children:
        if prep.dep_ == "prep" and prep.lower_ == "against":
            obj = _prep_object(prep)
            if obj is not None and obj.ent_type_ in ACTOR_LABELS:
                return obj
    return None


def _answered_party(verb: Token) -> Token | None:
    """ "came in response to remarks made by Y": the named party whose words the
    reaction answers (the agent or owner of the thing responded to)."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        response = _prep_object(prep)
        if response is None or response.lemma_.lower() != "response":
            continue
        for to in response.children:
            thing = _prep_object(to) if to.dep_ == "prep" and to.lower_ == "to" else None
            if thing is None:
                continue
            for token in thing.subtree:
                if token.ent_type_ in ACTOR_LABELS and token.dep_ in ("pobj", "poss"):
                    return token
    return None


def _refers_back(noun: Token) -> bool:
    """Whether the noun takes up a charge told before: a definite or demonstrative
    determiner, or an owner ("X's insult")."""
    return any(
        (c.dep_ == "det" and c.lower_ in _BACK_DETERMINERS) or c.dep_ == "poss"
        for c in noun.children
    )


def _earlier_targets(
    claims: tuple[Claim, ...], stance: Stance, sentence: int
) -> tuple[Mention, ...]:
    """The targets of the latest claim of ``stance`` in the :data:`REACH` sentences before
    (a denial of the charge may stand between: "X has accused Y of ... . Y dismissed the
    comment. The accusation came from X's spokesman Z.")."""
    for claim in sorted(claims, key=lambda c: (c.sentence, c.cue.start), reverse=True):
        if 0 < sentence - claim.sentence <= REACH and claim.stance is stance and claim.targets:
            return claim.targets
    return ()
