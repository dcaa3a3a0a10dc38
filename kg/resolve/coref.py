"""Rule-based coreference: pronouns and definite descriptions -> the nearest compatible actor.

No coreference model can be installed offline, so the rules are plain and predictable:
a pronoun or description refers to the nearest *preceding* actor mention it is
compatible with, within a few sentences.

* he/him/his/himself, she/her/herself -> a person;
* it/its/itself -> a state, organisation or outlet;
* they/them/their -> a plural mention of a group or anonymous sources, at most two
  sentences back (else nothing: a guess would put words in someone's mouth);
* "the newspaper", "the paper", "the broadcaster" -> an outlet; "the ministry", "the
  agency" -> an organisation whose name has that word (an outlet for "agency" too);
  "the government", "the country" -> a state; "the president", "the spokesman" -> a
  person with that role (and that affiliation: "the Russian president").

>>> from kg.model import Actor, ActorKind, Mention, Span
>>> post = Actor("washington-post", "The Washington Post", ActorKind.OUTLET)
>>> seen = [(Mention(Span(0, 15, "Washington Post"), "ORG", 0), post)]
>>> antecedent(Mention(Span(60, 73, "the newspaper"), "NOMINAL", 2, head="newspaper"), seen)
'washington-post'
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from kg.model import Actor, ActorKind, Mention
from kg.resolve.gazetteer import lookup

PERSON_PRONOUNS = frozenset(["he", "him", "his", "himself", "she", "her", "hers", "herself"])
THING_PRONOUNS = frozenset({"it", "its", "itself"})
PLURAL_PRONOUNS = frozenset({"they", "them", "their", "theirs", "themselves"})

OUTLET_NOUNS = frozenset(
    [
        "newspaper",
        "paper",
        "daily",
        "outlet",
        "broadcaster",
        "magazine",
        "tabloid",
        "network",
        "channel",
    ]
)
STATE_NOUNS = frozenset(["government", "country", "nation", "regime", "kremlin", "cabinet"])
ORG_NOUNS = frozenset(
    [
        "ministry",
        "department",
        "agency",
        "company",
        "firm",
        "group",
        "organisation",
        "organization",
        "alliance",
        "bloc",
        "committee",
        "council",
        "court",
        "embassy",
        "military",
        "army",
        "navy",
    ]
)
#: Heads of a description of a person by office: "the minister", "the spokesman".
ROLE_NOUNS = frozenset(
    [
        "administration",
        "ambassador",
        "chancellor",
        "commander",
        "counsel",
        "diplomat",
        "envoy",
        "general",
        "lawmaker",
        "leader",
        "minister",
        "official",
        "premier",
        "president",
        "prosecutor",
        "secretary",
        "senator",
        "spokesman",
        "spokesperson",
        "spokeswoman",
    ]
)
#: Every head of a definite description that can refer back to an actor ("the newspaper").
DESCRIPTION_HEADS = OUTLET_NOUNS | STATE_NOUNS | ORG_NOUNS | ROLE_NOUNS

ACTOR_ORGS = (ActorKind.STATE, ActorKind.ORGANISATION, ActorKind.OUTLET)
#: What "they" can stand for: a plural group or anonymous sources ("the sources ... they").
PLURAL_KINDS = (ActorKind.GROUP, ActorKind.ANONYMOUS)

#: Determiners of a definite description or of an expression already known ("the sources").
DEFINITE_DETERMINERS = frozenset({"the", "this", "that", "these", "those"})

#: How many sentences back a pronoun (a description) may look for its antecedent.
PRONOUN_WINDOW = 2
NOMINAL_WINDOW = 12

Seen = Sequence[tuple[Mention, Actor]]


def _person_with_role(head: str, affiliation: str | None) -> Callable[[Mention, Actor], bool]:
    entry = lookup(affiliation) if affiliation else None
    state = entry.id if entry is not None else None

    def fits(_mention: Mention, actor: Actor) -> bool:
        if actor.kind is not ActorKind.PERSON:
            return False
        if not any(head in role.lower().split() for role in actor.roles):
            return False
        return state is None or actor.affiliation == state

    return fits


def compatible(mention: Mention) -> Callable[[Mention, Actor], bool] | None:
    """The test an antecedent of ``mention`` must pass, or None when it has none."""
    head = mention.head.lower()
    if mention.label == "PRON":
        if head in PERSON_PRONOUNS:
            return lambda m, a: a.kind is ActorKind.PERSON
        if head in THING_PRONOUNS:
            return lambda m, a: a.kind in ACTOR_ORGS and not m.plural
        if head in PLURAL_PRONOUNS:
            return lambda m, a: m.plural and a.kind in PLURAL_KINDS
        return None
    if mention.label != "NOMINAL":
        return None
    if head in OUTLET_NOUNS:
        return lambda m, a: a.kind is ActorKind.OUTLET
    if head in STATE_NOUNS:
        return lambda m, a: a.kind is ActorKind.STATE and m.label in ("GPE", "ORG", "NOMINAL")
    if head in ORG_NOUNS:
        word = head.capitalize()

        def named(m: Mention, a: Actor) -> bool:
            if head == "agency" and a.kind is ActorKind.OUTLET:
                return True
            return a.kind is ActorKind.ORGANISATION and word in a.name.split()

        return named
    return _person_with_role(head, mention.affiliation)


def antecedent(mention: Mention, seen: Seen) -> str | None:
    """Actor id of the nearest preceding compatible mention in ``seen`` (text order)."""
    fits = compatible(mention)
    if fits is None:
        return None
    window = PRONOUN_WINDOW if mention.label == "PRON" else NOMINAL_WINDOW
    for previous, actor in reversed(seen):
        if previous.span.start >= mention.span.start:
            continue
        if mention.sentence - previous.sentence > window:
            break
        if previous.span.end > mention.span.start:  # "the Russian president": not itself
            continue
        if fits(previous, actor):
            return actor.id
    return None


def refers_back(mention: Mention) -> bool:
    """An anonymous source written as already known: "the sources", "these officials"."""
    first = mention.span.text.split()[0].lower() if mention.span.text.split() else ""
    return first in DEFINITE_DETERMINERS
