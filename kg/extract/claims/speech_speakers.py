"""Who speaks: the speaker behind a speech verb's subject when the subject itself is not
the one to credit: an outlet's "it" ("what it said were victims"), the witnesses an
outlet quotes, a name before ", which said", the speaker above a reported clause, the
author of a document referred back to ("the report said"), the official named in
apposition, and the states a group speaks for ("the leaders of A, B and C", "Thai and
Cambodian authorities").

Separate from :mod:`.speech`, which reads the verb's frame; these rules read only the
noun phrases around its subject, and other rule families (denials, labels) ask them too."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract import cues
from kg.extract._index import children_of
from kg.extract.claims import according
from kg.extract.claims.according import _document_author
from kg.extract.claims.base import (
    _can_speak,
    _direct_object,
    _issuer,
    _prep_object,
    _subjects,
    verb_stance,
)
from kg.extract.claims.targets import _charge_with_denier, _is_outlet, relays_news
from kg.extract.mentions import ACTOR_LABELS, sentence_of, unnamed_reports
from kg.model import Stance
from kg.resolve.coref import ROLE_NOUNS
from kg.resolve.gazetteer import lookup


def _outlet_antecedent(token: Token) -> Token | None:
    """'Chinese media released the names of what it said were victims', 'State television
    showed footage of what it said was a downed drone': the outlet a speaking "it" stands
    for, the subject of a verb above it in the same sentence; None otherwise."""
    if token.lower_ != "it" or token.dep_ != "nsubj":
        return None
    for ancestor in token.ancestors:
        if ancestor.pos_ not in ("VERB", "AUX"):
            continue
        subject = next((c for c in ancestor.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.i < token.i and subject != token:
            return subject if relays_news(subject) else None
    return None


def _quoting_verb(verb: Token) -> Token | None:
    """'Reuters and AFP quoted diplomats who said P', 'the news agency cited witnesses who
    said P': the verb of quoting whose object the relative clause of saying ``verb``
    describes, when news outlets quote (they report P with the ones quoted as their
    source, as for 'quoted X as saying P'); None for any other relative clause."""
    if verb.dep_ != "relcl":
        return None
    if not any(c.dep_ == "nsubj" and c.tag_ in ("WP", "WDT") for c in verb.children):
        return None
    source = verb.head
    if source.dep_ == "pobj":  # "quoted sources at the meeting who said P"
        holder = source.head.head
        if holder.lemma_.lower() in cues.CITING_VERBS:
            source = _direct_object(holder) or source
        elif holder.dep_ == "dobj":
            source = holder
    quoting = source.head
    if source.dep_ != "dobj" or quoting.lemma_.lower() not in cues.CITING_VERBS:
        return None
    return quoting if any(relays_news(s) for s in _subjects(quoting)[0]) else None


def _relative_antecedent(verb: Token) -> list[Token]:
    """'sparked outrage in Israel, which said that ...': the parser hung the relative clause
    on the noun the name belongs to; a name just before ', which' / ', who' is its
    antecedent."""
    pronoun = next(
        (c for c in verb.children if c.dep_ == "nsubj" and c.tag_ in ("WP", "WDT")), None
    )
    if pronoun is None or pronoun.i < 2 or pronoun.doc[pronoun.i - 1].text != ",":
        return []
    before = pronoun.doc[pronoun.i - 2]
    return [before] if before.ent_type_ in ACTOR_LABELS and before.pos_ == "PROPN" else []


def _outer_speakers(verb: Token) -> list[Token]:
    """'The general said the talks had stalled, blaming Russia': the participle hangs on
    the reported clause, whose subject ('the talks') cannot speak; the speaker is the
    subject of the speech verb above it."""
    for ancestor in verb.head.ancestors:
        if ancestor.pos_ == "VERB" and verb_stance(ancestor) is not None:
            found = _subjects(ancestor)[0]
            return [t for t in found if _can_speak(t)]
    return []


#: Whether a sentence-initial "They" speaks for the named parties of the sentence before
#: (:func:`_parties_behind`); a flag so that it can be measured off.
PARTIES_PRONOUN = True
#: Verbs of meeting whose subject and "with" object are the two parties of a readout.
_MEETING_VERBS = frozenset({"speak", "meet", "talk", "confer"})


def _parties_behind(token: Token) -> list[Token]:
    """'Deputy Secretary X and Ambassador Y condemned the attack. They underscored P', 'The
    Secretary spoke with Foreign Minister Z. They condemned P': a "They" that opens a
    sentence stands for the named parties of the sentence before, when that sentence's
    main subject is a coordination of names or a name meeting with another ("spoke with"):
    one claim each, as for "X and Y underscored P".  Anything else is left as it is."""
    if (
        not PARTIES_PRONOUN
        or token.lower_ != "they"
        or token.dep_ != "nsubj"
        or token.i != sentence_of(token).start
        or sentence_of(token).start == 0
    ):
        return [token]
    root = sentence_of(token.doc[sentence_of(token).start - 1]).root
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return [token]
    parties = [subject, *subject.conjuncts]
    if len(parties) == 1 and root.lemma_.lower() in _MEETING_VERBS:
        for prep in (c for c in root.children if c.dep_ == "prep" and c.lower_ == "with"):
            other = _prep_object(prep)
            if other is not None:
                parties += [other, *other.conjuncts]
    speakers = [_speaker_of(p) for p in parties]
    named = [
        s
        for s in speakers
        if s is not None and s.pos_ == "PROPN" and s.ent_type_ in ("PERSON", "ORG", "GPE")
    ]
    return named if len(parties) >= 2 and len(named) == len(parties) else [token]


#: An outlet's own pieces of opinion, in which it speaks for itself rather than relaying
#: ("column" is left out: a column of tanks, a table's column).
OPINION_PIECES = frozenset({"editorial", "editorials", "commentary", "commentaries", "op-ed"})


def _in_opinion_piece(verb: Token, speaker: Token) -> bool:
    """'An editorial in the party daily said P', 'the paper said in a commentary that P':
    the outlet speaks in its own opinion piece (its content takes its own stance, as a
    speaker's does); not 'the agency said P', which relays the news."""
    if speaker.lower_ in OPINION_PIECES:
        return True
    return any(
        child.dep_ == "prep"
        and child.lower_ == "in"
        and any(g.dep_ == "pobj" and g.lower_ in OPINION_PIECES for g in children_of(child))
        for child in children_of(verb)
    )


def _speaks_as_outlet(token: Token) -> bool:
    """A news outlet or the media: "the newspaper", "state media" ("media" is lemmatised
    "medium")."""
    return (
        _is_outlet(token)
        or token.lower_ in cues.OUTLET_HEADS
        or token.lower_ in cues.BROADCAST_HEADS
    )


#: Determiners of a document already named: "the report", "this statement".
_BACK_DETERMINERS = frozenset({"the", "this", "that"})


def _earlier_author(document: Token) -> Token | None:
    """'Human Rights Watch released a report on Tuesday. ... The report says P': a document
    referred back to speaks for whoever issued the nearest earlier mention of the same
    document noun in the text (its named author, the subject that issued it, or the
    speaker of "in a statement, X denied ..."), within the last few sentences."""
    if not any(c.dep_ == "det" and c.lower_ in _BACK_DETERMINERS for c in document.children):
        return None
    lemma = document.lemma_.lower()
    described = {c.lower_ for c in document.children if c.dep_ in ("amod", "compound")}
    doc = document.doc
    first = document.sent.start
    for i in range(first - 1, max(-1, first - 250), -1):
        earlier = doc[i]
        if earlier.lemma_.lower() != lemma or earlier.pos_ != "NOUN":
            continue
        if any(c.dep_ in ("det", "neg") and c.lower_ in ("no", "not") for c in earlier.children):
            continue  # "there has been no formal statement from the government"
        if described and not described & {c.lower_ for c in earlier.children}:
            continue  # "The rebel statement" is not "a statement from the government"
        authors = [
            c
            for c in earlier.children
            if c.dep_ in ("poss", "compound", "amod", "nmod") and c.ent_type_ in ACTOR_LABELS
        ]
        if authors:
            return authors[-1]
        author = _document_author(earlier) or _issuer(earlier)
        if author is None and earlier.dep_ == "pobj" and earlier.head.lower_ == "in":
            verb = earlier.head.head  # "In a statement, North Korea denied ..."
            if verb.pos_ in ("VERB", "AUX"):
                speakers = [t for t in _subjects(verb)[0] if _can_speak(t)]
                author = speakers[0] if speakers else None
        return author  # the nearest earlier mention decides
    return None


def _speaker_of(token: Token) -> Token | None:
    """Who speaks through a subject: a document stands for its named author ("the US
    report claims" -> US, "a Chinese Foreign Ministry statement said" -> the ministry); a
    noun naming something said never speaks ("the accusations said" -> None)."""
    lemma = token.lemma_.lower()
    titled = next(
        (
            c
            for c in children_of(token)
            if c.dep_ == "appos" and c.ent_type_ == "PERSON" and c.left_edge.i == token.i + 1
        ),
        None,
    )
    if lemma in ROLE_NOUNS and titled is not None:
        return titled  # "Youth Secretary Absalom Sikhosana of the party dismissed ..."
    if token.pos_ != "NOUN":
        return token
    named = _named_in_apposition(token)
    if named is not None:
        return named
    if lemma in cues.DOCUMENT_NOUNS and unnamed_reports(token):
        return token  # "Media reports say P": reports of unnamed outlets speak themselves
    printed = according.PUBLISHED_PIECES and lemma in OPINION_PIECES  # "a commentary in X"
    if lemma in cues.DOCUMENT_NOUNS or printed:
        authors = [
            c
            for c in token.children
            if c.dep_ in ("poss", "compound", "amod", "nmod") and c.ent_type_ in ACTOR_LABELS
        ]
        if authors:
            return authors[-1]
        return (
            _document_author(token)
            or _issuer(token)
            or _issuing_body(token)
            or _earlier_author(token)
            or token
        )
    if lemma in cues.ALLEGATION_NOUNS:
        misparsed = _charge_with_denier(token.head) if token.dep_ == "nsubj" else None
        if misparsed is not None and verb_stance(token.head) is Stance.DENY:
            return misparsed[1]  # "..., a charge Ukraine has denied": Ukraine denies
        return None
    return token


#: Whether a document speaks for the body noun that modifies it ("An Indian army statement
#: said", "a Russian Foreign Ministry statement expressed concern", "The U.S. embassy
#: statement said"): :func:`_issuing_body`.  Round 23 (speakers23).
ISSUING_BODY = True
#: Heads of a body that issues documents in its own name (lemmas): offices of a state and
#: its forces, not a company or "group" ("a group statement" is rare and vague).
ISSUING_BODIES = cues.words(
    "ministry embassy army military navy police department agency council committee cabinet "
    "presidency command secretariat"
)


def _issuing_body(document: Token) -> Token | None:
    """ "An Indian army statement Monday said P", "a Russian Foreign Ministry statement
    expressed concern", "The U.S. embassy statement said P": the body noun compounded
    before the document noun issued it, when the parser gave the body no entity label
    (so :func:`_document_author` passed it over) and the body carries a name or
    nationality; None otherwise."""
    if not ISSUING_BODY:
        return None
    for child in document.children:
        if (
            child.dep_ == "compound"
            and child.i < document.i
            and child.lemma_.lower() in ISSUING_BODIES
            and any(t.ent_type_ in ("ORG", "NORP", "GPE") for t in child.subtree)
        ):
            return child  # not "a late-night army statement": whose army is not said
    return None


#: Plural heads that speak for the states named after them: "the leaders of A, B and C",
#: "the foreign ministers of A and B", "several countries, including A, B and C".
_SPOKESGROUP_HEADS = cues.words(
    "leader minister president head government country nation state premier"
)


def _states_behind(token: Token) -> list[Token]:
    """The states a plural speaker stands for when it names two or more of them: "The
    leaders of Ethiopia, Sudan, and Yemen have accused ..." -> Ethiopia, Sudan, Yemen;
    "Several countries, including the United States, Britain and Australia, have
    threatened ..." -> the three.  Anything else speaks for itself ("the leaders of the
    opposition", "officials from Poland and Lithuania")."""
    examples = _named_examples(token)
    if examples:
        return examples
    if (
        token.pos_ != "NOUN"
        or token.tag_ != "NNS"
        or token.lemma_.lower() not in _SPOKESGROUP_HEADS
    ):
        return _modifying_states(token) or [token]
    for prep in token.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("of", "from", "including"):
            continue
        named = _prep_object(prep)
        if named is None or named.ent_type_ not in ("GPE", "NORP"):
            continue
        states = [named, *(c for c in named.conjuncts if c.ent_type_ in ("GPE", "NORP"))]
        if len(states) >= 2:
            return sorted(states, key=lambda t: t.i)
    return _modifying_states(token) or [token]


#: Heads of a phrase that stands for a plural group: "a number of groups such as X".
_QUANTITY_HEADS = cues.words("number host series couple")


def _named_examples(token: Token) -> list[Token]:
    """ "International organizations such as Human Rights Watch have accused ...", "a
    number of aid agencies, including Oxfam, said ...": a plural description of
    organisations speaks through the ones it names as examples (one claim each), as the
    leaders of named states do; [] when it names none (or only people or places)."""
    if token.lemma_.lower() in _QUANTITY_HEADS:
        of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        group = _prep_object(of) if of is not None else None
        token = group if group is not None else token
    if token.pos_ != "NOUN" or token.tag_ != "NNS":
        return []
    for prep in token.children:
        such_as = prep.lower_ == "as" and any(c.lower_ == "such" for c in prep.children)
        if prep.dep_ != "prep" or not (such_as or prep.lower_ in ("like", "including")):
            continue
        named = _prep_object(prep)
        # organisations, or states after a head for states ("countries like A and B")
        kinds = ("ORG", "GPE") if token.lemma_.lower() in _SPOKESGROUP_HEADS else ("ORG",)
        if named is None or named.ent_type_ not in kinds:
            return []
        found = [named, *(c for c in named.conjuncts if c.ent_type_ == named.ent_type_)]
        whole = [e for e in token.doc.ents if any(e.start <= t.i < e.end for t in found)]
        if any(t.lower_ == "and" for e in whole for t in e):
            return []  # "Amnesty International and Human Rights Watch" tagged as one
        return sorted(found, key=lambda t: t.i)
    return []


#: Plural heads that coordinated state adjectives split into one speaker per state:
#: "Thai and Cambodian authorities say", "its Saudi and UAE allies".
_SPLIT_BY_STATE_HEADS = _SPOKESGROUP_HEADS | cues.words("authority ally official diplomat")


def _modifying_states(token: Token) -> list[Token]:
    """ "Thai and Cambodian authorities say ...": the coordinated state adjectives of a
    plural speaker, each for its own state; [] unless two or more modify it."""
    if token.pos_ != "NOUN" or token.tag_ != "NNS":
        return []
    if token.lemma_.lower() not in _SPLIT_BY_STATE_HEADS:
        return []
    for child in token.children:
        if child.dep_ not in ("amod", "compound", "nmod") or child.i > token.i:
            continue
        states = [t for t in (child, *child.conjuncts) if _names_a_state(t)]
        if len(states) >= 2 and len(states) == len(child.conjuncts) + 1:
            return sorted(states, key=lambda t: t.i)
    return []


def _names_a_state(token: Token) -> bool:
    """A state's name or adjective ("Thai", "UAE", "South Korean"), by the gazetteer."""
    words = [t.text for t in token.subtree if t.dep_ == "compound" or t == token]
    entry = lookup(" ".join(words)) or lookup(token.text)
    return entry is not None and entry.kind == "state" and entry.via != "capital"


#: People nouns whose endings :data:`cues.PERSON_NOUN_ENDINGS` misses: "An analyst in Seoul,
#: NAME, says", "A security expert at the university, NAME, said".
_EXPERT_NOUNS = frozenset({"analyst", "expert", "scholar", "aide", "chief", "head", "envoy"})


#: Whether two offices joined by "and" before one name are one person's ("Former prime
#: minister and head of the ruling party, NAME, called ..."): :func:`_named_in_apposition`.
SHARED_OFFICES = True


def _named_in_apposition(token: Token) -> Token | None:
    """'The commissioner of local Pariang County, Miabek Lang, told ...': the name in
    apposition closes the subject but the parser hung it on the last noun of the office
    ('County'); the person named is the speaker.  Only a description of an office holder
    (not 'a report by X, Y') and only a name right before the subject's end."""
    lemma = token.lemma_.lower()
    people = lemma in ROLE_NOUNS or lemma in _EXPERT_NOUNS
    if not people and not lemma.endswith(cues.PERSON_NOUN_ENDINGS):
        return None
    if any(c.dep_ == "appos" for c in token.children):
        return None  # actor_mention reads a direct apposition
    if SHARED_OFFICES:
        for other in (c for c in token.children if c.dep_ == "conj" and c.i > token.i):
            named = _named_in_apposition(other)  # "Former prime minister and head of X, NAME"
            if named is not None:
                return named
    end = token.right_edge.i
    for inner_token in token.subtree:
        if (
            inner_token.dep_ == "appos"
            and inner_token.ent_type_ == "PERSON"
            and inner_token.head != token
            and inner_token.right_edge.i >= end - 1
        ):
            return inner_token
    return None
