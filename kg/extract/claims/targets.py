"""Claimers and targets: the mention for a token, who a claim is about, who wrote an
allegation, which claimers can speak at all."""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from kg.extract import cues
from kg.extract.claims.base import (
    _ARGUMENT_DEPS,
    _LOCATIVE_PREPS,
    _agents,
    _can_speak,
    _Context,
    _direct_object,
    _has_named_modifier,
    _is_actor_token,
    _main_verbs,
    _nominal_subtree,
    _prep_object,
    _subjects,
    _with_conjuncts,
    verb_stance,
)
from kg.extract.claims.spans import _phrase_span, _phrase_tokens
from kg.extract.mentions import (
    ACTOR_LABELS,
    is_anonymous_source,
    mention_from_span,
)
from kg.model import Mention, Span, Stance
from kg.resolve.coref import ROLE_NOUNS


def _named_speakers(claimers: list[Token]) -> list[Token]:
    """Conjoined speakers without the relational groups that name nobody: in "Sherman and
    her counterparts condemned ..." and "he and his colleagues reject ..." only the first
    speaks as an identifiable actor."""
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


def _object_targets(direct: Token, context: _Context) -> list[Mention]:
    """Whom a criticism, praise or threat is aimed at: the object when it is an actor
    ("condemned Russia"), else the actors behind it ("condemned Russia's attack",
    "condemned the Russian invasion"), else the object itself ("the attack on the hospital")."""
    found: list[Mention] = []
    for token in _with_conjuncts(direct):
        state = _state_of(token)
        if state is not None:
            found.append(actor_mention(state, context))  # "condemned Chinese authorities"
        elif _is_actor_token(token) or token.pos_ == "PRON":
            found.append(actor_mention(token, context))
        else:
            owners = _acting_state(token) or _owners(token) or _gerund_agents(token)
            found.extend(actor_mention(o, context) for o in owners)
    return found or [actor_mention(direct, context)]


def _state_of(token: Token) -> Token | None:
    """The state a state agent stands for: "Chinese authorities" -> Chinese, "the Russian
    government" -> Russian, "Iran's security forces" -> Iran; None for anything else."""
    agents = cues.STATE_AGENT_NOUNS | cues.ARMED_NOUNS  # "13 Russian nationals" -> Russia
    if token.lemma_.lower() not in agents and token.lower_ not in agents:
        return None
    if token.ent_type_ in ACTOR_LABELS and token.ent_type_ not in ("NORP",):
        return None  # "Defense Forces" of a named organisation
    for child in token.children:
        if child.dep_ in ("amod", "compound", "poss", "nmod") and child.ent_type_ in (
            "NORP",
            "GPE",
        ):
            return child
    return None


def _gerund_agents(token: Token) -> list[Token]:
    """The doer of a gerund: "concerned about Iran providing weapons" -> [Iran]."""
    if token.pos_ != "VERB" or token.tag_ != "VBG":
        return []
    subjects = [c for c in token.children if c.dep_ in ("nsubj", "poss")]
    return [t for s in subjects for t in _with_conjuncts(s) if _is_actor_token(t)]


def _acting_state(token: Token) -> list[Token]:
    """The state behind an act only a state performs, from where it happened: "the arrests
    of four people in Canada" -> [Canada].  Nothing for other acts ("the attack in Kyiv")."""
    if token.lemma_.lower() not in cues.STATE_ACT_NOUNS and token.lower_ not in (
        cues.STATE_ACT_NOUNS
    ):
        return []
    if any(c.dep_ in ("poss", "nmod", "compound", "amod") and c.ent_type_ for c in token.children):
        return []  # "China's arrests of a monk": the owner says who did it
    if any(c.dep_ == "prep" and c.lower_ == "by" for c in token.children):
        return []
    for inner_token in _nominal_subtree(token):
        if inner_token.dep_ != "prep" or inner_token.lower_ != "in":
            continue
        place = _prep_object(inner_token)
        if place is not None and place.ent_type_ == "GPE":
            return [place]
    return []


def _owners(noun: Token) -> list[Token]:
    """Actors an act or a thing belongs to: 'Russia's attack', 'the Russian invasion',
    'reports of attacks by Hamas', 'Ukraine's sovereignty and territorial integrity'.
    Victims and places ('the attack on Kyiv', 'in Ukraine') are not owners."""
    found: list[Token] = []
    stack = [noun]
    while stack:
        token = stack.pop()
        for child in token.children:
            if child.dep_ in ("poss", "nmod", "compound") or (
                child.dep_ == "amod" and child.ent_type_ in ("NORP", "GPE")
            ):
                if _is_actor_token(child):
                    found.append(child)
                elif child.dep_ in ("poss", "nmod"):
                    stack.append(child)
            elif child.dep_ == "amod" and child.lemma_.lower() in cues.PATRON_PARTICIPLES:
                # "Iran-linked hackers", "Russian-backed separatists": the patron state
                found.extend(c for c in child.children if c.dep_ != "punct" and _is_actor_token(c))
            elif child.dep_ == "prep" and child.lower_ in ("of", "by", "from"):
                complement = _prep_object(child)
                if complement is None:
                    continue
                if child.lower_ == "of" and token.lemma_.lower() in cues.PATIENT_OF_NOUNS:
                    continue  # "the rejection of Anwar Ibrahim's appeal": Anwar is the patient
                if _is_actor_token(complement) and child.lower_ != "of":
                    found.append(complement)  # "the invasion of Ukraine": Ukraine is the victim
                elif not _is_actor_token(complement):
                    stack.append(complement)
    return sorted(found, key=lambda t: t.i)


def _accusers_before(verb: Token, direct: Token, context: _Context) -> tuple[Mention, ...]:
    """'Russian politicians are accusing the United States of ..., a charge the U.S.
    denies', parsed with the accusation as a clause of "denies": the accusers."""
    if direct.lemma_.lower() not in cues.ACCUSATION_NOUNS:
        return ()
    for clause in verb.children:
        before = clause.dep_ in ("ccomp", "advcl", "parataxis") and clause.i < direct.i
        if before and verb_stance(clause) is Stance.ACCUSE:
            return tuple(actor_mention(t, context) for t in _subjects(clause)[0])
    if direct.dep_ in ("dobj", "appos", "npadvmod", "nsubjpass") and verb.dep_ in ("acl", "relcl"):
        # "Ukraine accused Russia of shelling the plant, an allegation denied by Moscow": the
        # accusation the allegation stands beside
        for ancestor in direct.ancestors:
            if ancestor.pos_ == "VERB" and verb_stance(ancestor) is not None:
                if verb_stance(ancestor) in (Stance.ACCUSE, Stance.ASSERT) and ancestor != verb:
                    return tuple(actor_mention(t, context) for t in _subjects(ancestor)[0])
                break
    return ()


def _clause_agents(span: SpacySpan) -> list[Token]:
    """Who does what a clause says: the actors among its active subjects, or the actors
    behind them ('Chinese military support ... is prolonging the conflict' -> Chinese);
    a passive's subject suffers the act and is left out ('Gershkovich has been held')."""
    found: list[Token] = []
    for verb in _main_verbs(span):
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None:
            continue
        if _is_actor_token(subject):
            found.extend(_with_conjuncts(subject))
        else:
            found.extend(_owners(subject))
    return found


def actor_mention(token: Token, context: _Context) -> Mention:
    """The mention for the noun phrase headed by ``token``: an entity mention when one
    covers the head (or a named apposition: "the press secretary, Maria Zakharova"),
    else an anonymous source (ANON), a pronoun (PRON) or a description (NOMINAL)."""
    if _covering_mention(token, context) is None and token.pos_ != "PROPN":
        for child in token.children:
            if child.dep_ == "appos" and _covering_mention(child, context) is not None:
                token = child
                break
    phrase = _phrase_span(token)
    existing = _covering_mention(token, context)
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
    if existing is not None:
        return _national_office(existing, context) or existing
    if token.pos_ == "PRON":
        return mention_from_span(token.doc[token.i : token.i + 1], "PRON")
    return mention_from_span(phrase)


#: Last words of a government department named by its portfolio, which says nothing of
#: whose it is: "Foreign Ministry", "Defense Department", "Foreign Office" (not "Federal
#: Security Service", a name of its own).
_OFFICE_WORDS = frozenset({"ministry", "department", "office"})


def _national_office(existing: Mention, context: _Context) -> Mention | None:
    """ "Pakistan's Foreign Ministry", "the Pakistani Foreign Ministry" tagged as a state and
    an organisation "Foreign Ministry": the office keeps its state (the mention grows to
    cover it, so the resolver affiliates it with the state).  None when the name needs
    nothing ("U.S. State Department") or no state stands before it."""
    if existing.label != "ORG" or existing.span.text.split()[-1].lower() not in _OFFICE_WORDS:
        return None
    doc = context.doc
    span = doc.char_span(existing.span.start, existing.span.end, alignment_mode="expand")
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
    first = doc.char_span(existing.span.start, existing.span.end, alignment_mode="expand")
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


def _stance_for_claimer(stance: Stance, head: Token) -> Stance:
    """An outlet asserting or telling is reporting; a person telling is asserting."""
    if stance is Stance.ASSERT and _is_outlet(head):
        return Stance.REPORT
    return stance


def _allegation_targets(noun: Token, context: _Context) -> tuple[Mention, ...]:
    """Targets of a denial: the accuser when named ('the US' claims') and the allegation."""
    found: list[Mention] = []
    for child in noun.children:
        if child.dep_ in ("poss", "nmod", "compound") and (
            child.ent_type_ or child.pos_ == "PROPN"
        ):
            found.append(actor_mention(child, context))
        elif child.dep_ == "amod" and child.ent_type_ in ("NORP", "GPE"):
            found.append(actor_mention(child, context))  # "North Korean allegations"
        elif child.dep_ == "acl" and child.tag_ == "VBN":
            # "charges ... filed against five journalists by the Ethiopian government"
            for agent in _agents(child):
                if agent.ent_type_ in ACTOR_LABELS:
                    found.append(actor_mention(agent, context))
                else:  # "by the Ethiopian government": the state the adjective names
                    found.extend(
                        actor_mention(c, context)
                        for c in agent.children
                        if c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE")
                    )
        if child.dep_ == "prep" and child.lower_ in ("by", "from", "of"):
            author = _prep_object(child)
            if author is not None and (
                author.ent_type_ in ACTOR_LABELS
                # "allegations from U.S. intelligence agencies": a described institution
                or (child.lower_ != "of" and _can_speak(author) and _has_named_modifier(author))
            ):
                found.append(actor_mention(author, context))
    found.append(actor_mention(noun, context))
    return tuple(found)


def _content_targets(content: Span | None, context: _Context) -> tuple[Mention, ...]:
    """Actors a proposition is about: the subjects and objects of its main verbs."""
    if content is None:
        return ()
    span = context.doc.char_span(content.start, content.end, alignment_mode="expand")
    if span is None:
        return ()
    inside = set(range(span.start, span.end))
    candidates: list[Token] = []
    for verb in _main_verbs(span):
        for child in verb.children:
            if child.dep_ in _ARGUMENT_DEPS:
                candidates.extend(_with_conjuncts(child))
            elif child.dep_ == "prep" and child.lower_ not in _LOCATIVE_PREPS:
                complement = _prep_object(child)
                if complement is not None and _is_actor_token(complement):
                    candidates.append(complement)
    found: dict[tuple[int, int], Mention] = {}
    for argument in candidates:
        if argument.i not in inside:
            continue
        for token in _actor_tokens(argument):
            mention = actor_mention(token, context)
            found.setdefault((mention.span.start, mention.span.end), mention)
    return tuple(found[key] for key in sorted(found))


def _actor_tokens(argument: Token) -> list[Token]:
    """The argument itself if it names an actor, plus its named modifiers and prepositions."""
    tokens = [argument] if _is_actor_token(argument) else []
    for child in argument.children:
        if child.dep_ in ("compound", "poss", "nmod") and _is_actor_token(child):
            if child.ent_type_ in ACTOR_LABELS or argument.pos_ != "PROPN":
                tokens.append(child)  # "US cyber operators", not "President" of "President X"
        elif child.dep_ == "prep" and child.lower_ in ("by", "against", "for", "of", "with"):
            complement = _prep_object(child)
            if complement is not None and _is_actor_token(complement):
                tokens.append(complement)
    return tokens


def _cited_source(verb: Token, context: _Context) -> Mention | None:
    """'NBC News cited multiple sources as saying', 'X, citing officials, reported'."""
    if verb.lemma_.lower() in ("cite", "quote"):
        cited = _direct_object(verb)
        return actor_mention(cited, context) if cited is not None else None
    for child in verb.children:
        if child.dep_ in ("advcl", "xcomp", "prep") and child.lemma_.lower() == "cite":
            cited = _direct_object(child) or next(
                (c for c in child.children if c.dep_ == "pobj"), None
            )
            if cited is not None:
                return actor_mention(cited, context)
    return None
