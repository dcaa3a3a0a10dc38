"""The mention for a token: :func:`actor_mention` turns the noun phrase a token heads
into the :class:`~kg.model.Mention` a claim names as its claimer or target, reading the
name a description carries ("the press secretary, <name>", "the militant group Hamas"),
the name after an office, and a national office that keeps its state ("Pakistan's
Foreign Ministry").

Separate from the rest of :mod:`.targets` because every rule family names its actors
through it and it asks nothing of claims or stances."""

from __future__ import annotations

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from kg.extract import cues
from kg.extract._index import expanded_span
from kg.extract.claims.base import _Context, _prep_object
from kg.extract.claims.spans import _phrase_span
from kg.extract.mentions import ACTOR_LABELS, is_anonymous_source, mention_from_span
from kg.model import Mention
from kg.resolve.coref import ROLE_NOUNS
from kg.resolve.gazetteer import lookup


def actor_mention(token: Token, context: _Context) -> Mention:
    """The mention for the noun phrase headed by ``token``: an entity mention when one
    covers the head (or a named apposition: "the press secretary, Maria Zakharova"),
    else an anonymous source (ANON), a pronoun (PRON) or a description (NOMINAL).

    Made once per token and context (:attr:`_Context.actors`): the rules name the same
    speaker or target again and again, and a mention is frozen."""
    if token.doc is not context.doc:
        return _actor_mention(token, context)
    known = context.actors
    found = known.get(token.i)
    if found is None:
        found = known[token.i] = _actor_mention(token, context)
    return found


def _actor_mention(token: Token, context: _Context) -> Mention:
    if token.pos_ != "PROPN" or (not token.ent_type_ and token.lemma_.lower() in _OFFICE_HEADS):
        # "the head of the ruling party, William Lara", "The Deputy Head of ..., Ha Le"
        covering = _covering_mention(token, context)
        if covering is None or covering.label == "NOMINAL":
            name = _named_in_description(token, context)
            if name is not None:
                return _name_mention(name, token, context)
            closing = _closing_person(token)
            if closing is not None:
                return mention_from_span(closing, "PERSON")
    phrase = _phrase_span(token)
    existing = _covering_mention(token, context)
    if (
        token.pos_ == "PROPN"
        and token.dep_ == "compound"
        and existing is not None
        and existing.label == "NOMINAL"
        and _named_in_description(token.head, context) == token
    ):
        return _name_mention(token, token.head, context)  # "ELN" of "the ELN terrorist group"
    if is_anonymous_source(token):
        return mention_from_span(phrase, "ANON")
    if existing is not None and existing.span.text.endswith(("'s", "’s")):
        # "North Korea's" as an entity: the actor is "North Korea"
        trimmed = token.doc.char_span(existing.span.start, existing.span.end - 2)
        if trimmed is not None and len(trimmed):
            return mention_from_span(trimmed, existing.label)
    if existing is not None and existing.label == "ORG" and token.pos_ == "PROPN":
        person = _name_after_office(token, existing)
        if person is not None:
            return person
    if existing is not None and existing.label == "ORG" and CONTINUED_NAMES:
        existing = _continued_name(existing, context) or existing
    if existing is not None and WHOLE_GROUPS and _cut_group(token, existing, phrase):
        return mention_from_span(phrase, "NOMINAL")
    if existing is not None:
        return _national_office(existing, context) or existing
    if token.pos_ == "PRON":
        return mention_from_span(token.doc[token.i : token.i + 1], "PRON")
    return mention_from_span(phrase)


#: Whether an organisation's name the tagger cut before "for"/"on"/"of" goes on through
#: the capitalised words after it (:func:`_continued_name`).
CONTINUED_NAMES = True
_NAME_LINKS = frozenset({"for", "on", "of"})
_NAME_INNER = frozenset({"and", "of", "the", "for", "on", "&"})
_PLACE_TYPES = frozenset({"GPE", "LOC", "NORP", "DATE", "TIME", "CARDINAL"})


def _continued_name(existing: Mention, context: _Context) -> Mention | None:
    """ "the Movement for Democratic Change", "the Committee for the Peaceful Reunification
    of Korea": a name of an organisation runs on through "for"/"on"/"of" and capitalised
    words, which the tagger often leaves out of the entity; None when no such words follow
    it, or when they only name a place ("the embassy of Sudan") or a time."""
    doc = context.doc
    span = expanded_span(doc, existing.span.start, existing.span.end)
    if span is None:
        return None
    end = _name_run_end(doc, span.start, span.end)
    return mention_from_span(doc[span.start : end], existing.label) if end else None


def _name_run_end(doc: Doc, start: int, end: int) -> int | None:
    """Where the name ``doc[start:end]`` ends when it runs on through "for"/"on"/"of" and
    capitalised words (:func:`_continued_name`), else None."""
    if end >= len(doc) - 1 or not doc[end - 1].is_title:
        return None
    link = doc[end]
    if link.lower_ not in _NAME_LINKS or not link.whitespace_ or doc[end + 1].is_punct:
        return None
    stop = end + 1
    while stop < len(doc):
        word = doc[stop]
        capital = word.is_title or (word.is_upper and word.is_alpha)
        if not capital and (word.lower_ not in _NAME_INNER or word.text != word.lower_):
            break
        stop += 1
    while stop > end + 1 and not (doc[stop - 1].is_title or doc[stop - 1].is_upper):
        stop -= 1  # "... of Korea and": the run ends on a capitalised word
    capitals = [w for w in doc[end + 1 : stop] if w.is_title or w.is_upper]
    if not capitals or all(w.ent_type_ in _PLACE_TYPES for w in capitals):
        return None
    return stop


#: Whether a plural group speaking keeps the words of its phrase that its mention left out
#: (:func:`_cut_group`).
WHOLE_GROUPS = True
_GROUP_LABELS = frozenset({"NOMINAL", "NORP"})
_COUNTING_DEPS = frozenset({"det", "predet", "poss", "nummod", "quantmod", "advmod"})
#: Quantifiers the parser may hang as adjectives ("Many Afghans", "Several diplomats").
_QUANTIFIERS = frozenset(
    ["many", "some", "several", "few", "most", "more", "all", "both", "numerous", "other"]
)
#: Plurals whose "in <state>" the resolver reads as their side (``state._OFFICIAL_PLURALS``).
_PLACED_BY_RESOLVER = frozenset(
    ["authorities", "officials", "diplomats", "aides", "officers", "leaders", "ministers"]
)


def _cut_group(token: Token, existing: Mention, phrase: SpacySpan) -> bool:
    """ "Opponents of the military government denied ...", "Leaders from East Africa
    said ...", "Kosovo Albanians say ...": a plural subject naming a group of people
    whose mention (a bare description or a demonym) is only part of its noun phrase;
    the guide keeps a group's whole description."""
    if existing.label not in _GROUP_LABELS or token.tag_ not in ("NNS", "NNPS"):
        return False
    if token.dep_ not in ("nsubj", "nsubjpass") or len(phrase) > 8:
        return False
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    if token.lower_ in _PLACED_BY_RESOLVER and following is not None and following.lower_ == "in":
        return False  # "Authorities in Armenia": the resolver names the state's side itself
    # "the Ethiopians", "about 140 Tibetans", "many Afghans": an article, a count or a
    # quantifier is no more than a demonym
    words = [
        t
        for t in phrase
        if t.i > token.i or (t.dep_ not in _COUNTING_DEPS and t.lower_ not in _QUANTIFIERS)
    ]
    words = [t for t in words if not (t.i < token.i and t.head.dep_ in _COUNTING_DEPS)]
    if not words:
        return False
    start, end = words[0].idx, phrase.end_char
    inside = start <= existing.span.start and existing.span.end <= end
    return inside and (end - start) > (existing.span.end - existing.span.start)


#: Heads of a description of an office holder: "the head of the party, William Lara".
_OFFICE_HEADS = ROLE_NOUNS | cues.words(
    "head chief chairman chairwoman chairperson director governor mayor commissioner "
    "representative adviser advisor coordinator deputy"
)

#: Heads of a description that a name before them completes: "the ELN terrorist group".
_NAMED_GROUP_HEADS = cues.words(
    "group organization organisation movement militia faction network party"
)


def _named_in_description(token: Token, context: _Context) -> Token | None:
    """The name a description carries: "the press secretary, Maria Zakharova", "the
    Palestinian militant group Hamas", "Tibet's exiled spiritual leader, the Dalai Lama",
    "the ELN terrorist group"; None when it names nobody ("the Russian government")."""
    for child in token.children:
        named = _covering_mention(child, context) is not None or child.pos_ == "PROPN"
        if child.dep_ == "appos" and named and child.ent_type_ in ("", *ACTOR_LABELS):
            return child
    if token.lemma_.lower() in _OFFICE_HEADS:
        # "the head of the ruling MVR party, William Lara", "the U.S. Ambassador to
        # Venezuela, William Brownfield": the parser hangs the name on the body or place
        # of the office, but a person in apposition names the office holder
        following = token.doc[token.i + 1 : token.i + 2]  # "to" hung on the verb instead
        for prep in [*token.children, *following]:
            office_prep = prep.dep_ == "prep" and prep.lower_ in ("of", "to", "for", "at")
            body = _prep_object(prep) if office_prep else None
            for child in body.children if body is not None else ():
                if child.dep_ == "appos" and child.ent_type_ == "PERSON":
                    return child
        closing = _closing_name(token)
        if closing is not None:
            return closing
    if token.lemma_.lower() in _NAMED_GROUP_HEADS:
        for child in token.children:
            if (
                child.dep_ == "compound"
                and child.pos_ == "PROPN"
                and not child.ent_type_  # a tagged name keeps its description: "the Wagner group"
            ):
                return child
    return None


#: Entity types of a body or place an office belongs to: "Ambassador to Washington".
_BODY_ENTITIES = ("ORG", "GPE", "LOC", "NORP", "FAC")


def _closing_person(office: Token) -> SpacySpan | None:
    """ "said Iranian Ambassador to the United Nations NAME SURNAME", "the chairman of the
    Union's commission NAME SURNAME": a name of two or three words closes the office's
    phrase without a comma, and the parser made it the object of "to"/"of"/"for" with the
    body as its modifiers; the person named is the speaker.  Only a name the tagger marks
    as a person, or an untagged one right after the body's tagged name; never the person
    the office serves ("a spokesman for President NAME")."""
    if office.lemma_.lower() not in _OFFICE_HEADS:
        return None
    doc, end = office.doc, office.right_edge.i
    for prep in office.children:
        body = _prep_object(prep) if prep.dep_ == "prep" else None
        if body is None or prep.lower_ not in ("of", "to", "for", "at") or body.i != end:
            continue
        start = end
        while (
            start > prep.i + 1
            and doc[start].pos_ == "PROPN"
            and doc[start].is_title
            and doc[start].ent_type_ in ("PERSON", "")
        ):
            start -= 1
        run, before = doc[start + 1 : end + 1], doc[start]
        if not 2 <= len(run) <= 3 or before.i <= prep.i:
            continue
        # the word before the name closes a body or place ("the U.N. refugee agency",
        # "the United Nations"), not a title: "a spokesman for President NAME" speaks for
        # the person named, who is not the speaker
        body_word = before.ent_type_ in _BODY_ENTITIES or (
            before.pos_ == "NOUN" and before.lemma_.lower() not in _OFFICE_HEADS
        )
        if not body_word:
            continue
        tagged = run[0].ent_iob_ == "B" and all(t.ent_type_ == "PERSON" for t in run)
        untagged = not any(t.ent_type_ for t in run) and before.ent_type_ in _BODY_ENTITIES
        if tagged or untagged:
            return run
    return None


def _closing_name(office: Token) -> Token | None:
    """'A commissioner of Raja County, in Western Bahr e-Ghazal, Riziq Dominic, told VOA':
    a name set off by commas at the very end of an office holder's phrase names the holder,
    wherever the parser hung it (here on the place)."""
    subtree = list(office.subtree)
    if office.dep_ not in ("nsubj", "nsubjpass") or len(subtree) < 4:
        return None
    last = subtree[-1]
    if last.text != "," or last.i + 1 >= len(office.doc) or office.doc[last.i + 1] != office.head:
        return None
    name = subtree[-2]
    if name.dep_ != "appos" or name.pos_ != "PROPN" or name.head == office:
        return None
    if name.ent_type_ not in ("PERSON", "ORG", "") or name.left_edge.i < 1:
        return None
    if office.doc[name.left_edge.i - 1].text != ",":
        return None
    return name


def _name_mention(name: Token, description: Token, context: _Context) -> Mention:
    """The mention of the name a description carries: its entity when tagged, else the
    name's own words as a person (after a person's title: "the exiled spiritual leader,
    the Dalai Lama") or an organisation ("the ELN terrorist group")."""
    existing = _covering_mention(name, context)
    if existing is not None and existing.label == "ORG" and CONTINUED_NAMES:
        return _continued_name(existing, context) or existing
    if existing is not None and existing.label != "NOMINAL":
        return existing
    words = [t for t in name.subtree if t.dep_ == "compound" and t.pos_ == "PROPN"] + [name]
    start, end = min(t.i for t in words), max(t.i for t in words) + 1
    person = description.lemma_.lower() in ROLE_NOUNS
    if CONTINUED_NAMES and not person:
        end = _name_run_end(name.doc, start, end) or end  # "Liberians United for ..."
    return mention_from_span(name.doc[start:end], "PERSON" if person else "ORG")


#: Last words of a government department named by its portfolio, which says nothing of
#: whose it is: "Foreign Ministry", "Defense Department", "Foreign Office" (not "Federal
#: Security Service", a name of its own).
_OFFICE_WORDS = frozenset({"ministry", "department", "office"})


def _is_generic_acronym(word: str) -> bool:
    """An all-capitals acronym the gazetteer does not know ("NSC", not "NATO" or "FBI")."""
    letters = word.replace(".", "")
    return (
        2 <= len(letters) <= 5
        and letters.isalpha()
        and letters.isupper()
        and (lookup(word) is None)
    )


def _national_office(existing: Mention, context: _Context) -> Mention | None:
    """ "Pakistan's Foreign Ministry", "the Pakistani Foreign Ministry" tagged as a state and
    an organisation "Foreign Ministry": the office keeps its state (the mention grows to
    cover it, so the resolver affiliates it with the state).  None when the name needs
    nothing ("U.S. State Department") or no state stands before it.  An acronym the
    gazetteer does not know is such an office too: "the Afghan NSC" (every state has one)."""
    if existing.label != "ORG":
        return None
    words = existing.span.text.split()
    acronym = len(words) == 1 and _is_generic_acronym(words[0])
    if words[-1].lower() not in _OFFICE_WORDS and not acronym:
        return None
    doc = context.doc
    span = expanded_span(doc, existing.span.start, existing.span.end)
    if span is None:
        return None
    first = span[1] if span[0].lower_ == "the" and len(span) > 1 else span[0]
    if first.ent_type_ in ("GPE", "NORP") or first.i == 0:
        return None  # "Russian Foreign Ministry", or nothing before it
    owner = doc[first.i - 1]
    if owner.lower_ in ("'s", "’s", "'", "’") and owner.i > 0:
        owner = doc[owner.i - 1]  # "Pakistan's"
    if owner.ent_type_ not in ("GPE", "NORP") or not span.start <= owner.head.i < span.end:
        return None
    start = owner.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1  # "South Korea's"
    return mention_from_span(doc[start : span.end], "ORG")


def _name_after_office(token: Token, existing: Mention) -> Mention | None:
    """'U.S. Secretary of Defense Leon Panetta' with the tagger's ORG 'Defense Leon
    Panetta': the office's department swallowed the name; the person is what follows it."""
    doc = token.doc
    first = expanded_span(doc, existing.span.start, existing.span.end)
    if first is None or len(first) < 3 or not first.start < token.i < first.end:
        return None
    department = first[0]
    office = department.head.head if department.dep_ == "pobj" else None
    if office is None or department.head.lower_ != "of" or office.i >= first.start:
        return None
    if office.lemma_.lower() not in ROLE_NOUNS:
        return None
    name = doc[department.i + 1 : token.i + 1]
    if not all(t.pos_ == "PROPN" and t.is_title for t in name) or len(name) < 2:
        return None
    return mention_from_span(name, "PERSON")


def _covering_mention(token: Token, context: _Context) -> Mention | None:
    start, end = token.idx, token.idx + len(token.text)
    covering = context.mentions_at(start, end)
    # a modifier inside a description names its own actor: "Ukrainian" in "the Ukrainian people"
    own = [m for m in covering if m.label not in ("NOMINAL", "ANON") or m.head == token.lower_]
    return max(
        own or covering, key=lambda m: (m.span.end - m.span.start, -m.span.start), default=None
    )
