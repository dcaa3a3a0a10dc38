"""What may become an actor: the rules that keep pronouns, relational groups and message
nouns out of the graph, and fold anonymous sources by the outlet or side that relays them.

A claimer mention that nothing resolved becomes an actor of its own only when it
describes one ("the ministry", "Russian officials").  It names nobody when it is

* a pronoun with no antecedent ("They said progress had been made");
* a relational description whose possessor is only a pronoun ("her counterparts", "our
  diplomats", "his newspaper"), or a plural of a relational noun with no side ("top
  diplomats", "all members"): who they are depends on someone the text does not name;
* a message noun ("the accusations", "the report"): a message is not a speaker, whoever
  is behind it is (the extraction may find them).

>>> from kg.model import Mention, Span
>>> def nominal(text, head, plural=True, label="NOMINAL"):
...     return Mention(Span(0, len(text), text), label, 0, head=head, plural=plural)
>>> not_an_actor(nominal("her counterparts", "counterparts"))
'relational group with no referent'
>>> not_an_actor(nominal("top diplomats", "diplomats")), not_an_actor(
...     nominal("Russian diplomats", "diplomats"), side="russia")
('relational group with no referent', None)
>>> not_an_actor(nominal("the accusations", "accusations"))
'message noun'
>>> not_an_actor(nominal("They", "they", label="PRON"))
'pronoun with no antecedent'
>>> not_an_actor(nominal("protesters", "protesters")) is None
True
"""

from __future__ import annotations

from kg.model import ActorKind, Mention
from kg.resolve import coref
from kg.resolve.gazetteer import slugify
from kg.resolve.names import Draft

__all__ = [
    "MESSAGE_NOUNS",
    "RELATIONAL_NOUNS",
    "RELATIONAL_DETERMINERS",
    "singular",
    "anonymous_draft",
    "group_is_global",
    "is_actor_description",
    "is_speaking_document",
    "is_target_description",
    "not_an_actor",
]

#: Heads of a description of a message, not of a speaker ("the accusations were false").
_MESSAGE_WORDS = """
    accusation allegation assertion assessment charge claim comment denial document
    evidence finding headline information interview letter memo message post remark
    report rumor rumour speech statement story study suggestion tweet video
"""
MESSAGE_NOUNS = frozenset(_MESSAGE_WORDS.split())
#: Nouns for people who are someone's ("counterparts of", "members of", "diplomats of"):
#: a plural of one with no side named is nobody in particular.
_RELATIONAL_WORDS = """
    adviser advisor aide ally ambassador colleague counterpart delegate delegation diplomat
    envoy leader member minister official partner representative spokesman spokesperson
"""
RELATIONAL_NOUNS = frozenset(_RELATIONAL_WORDS.split())
#: Possessive determiners that make a description relational ("her counterparts").
RELATIONAL_DETERMINERS = frozenset({"my", "our", "your", "his", "her", "its", "their"})

PRONOUN = "pronoun with no antecedent"
RELATIONAL = "relational group with no referent"
MESSAGE = "message noun"


def singular(word: str) -> str:
    """A rough singular of a head noun, enough for :data:`MESSAGE_NOUNS` ("stories")."""
    word = word.lower()
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def is_message_noun(mention: Mention) -> bool:
    """ "the accusations", "all allegations", "the report": a message, not a speaker.

    >>> from kg.model import Span
    >>> is_message_noun(Mention(Span(0, 15, "all allegations"), "NOMINAL", 0, head="allegations"))
    True
    """
    head = mention.head or (mention.span.text.split() or [""])[-1]
    return singular(head) in MESSAGE_NOUNS


#: Words that make a report the media's: "media reports", "local press reports".
_MEDIA_WORDS = frozenset({"media", "press", "news"})


def is_media_report(mention: Mention) -> bool:
    """ "local media reports", "press reports", "various reports": the media speak through
    them (the outlets are not named, but they are speakers, unlike "the report" or "the
    claims").

    >>> from kg.model import Span
    >>> is_media_report(Mention(Span(0, 19, "local media reports"), "NOMINAL", 0, head="reports"))
    True
    >>> is_media_report(Mention(Span(0, 10, "the report"), "NOMINAL", 0, head="report"))
    False
    >>> is_media_report(Mention(Span(0, 15, "various reports"), "NOMINAL", 0, head="reports"))
    True
    """
    words = mention.span.text.lower().split()
    head = (mention.head or "").lower()
    if singular(head) != "report":
        return False
    # "Various reports said", "other reports from the area said": unnamed reports speak
    # as the media do; "the reports" and "its reports" point back at a known text
    unnamed = head == "reports" and bool(words) and words[0] not in _POINTING_WORDS
    return unnamed or bool(_MEDIA_WORDS & set(words[:-1]))


#: Documents that speak for their author ("The report says P", "the letter said"): when
#: the author is not known, the document itself is the claimer (GUIDE, "Claimer").
_SPEAKING_WORDS = """
    report statement letter communique communiqué editorial article study survey
    resolution declaration document cable memo readout dossier assessment indictment
"""
_SPEAKING_DOCUMENTS = frozenset(_SPEAKING_WORDS.split())


def is_speaking_document(mention: Mention) -> bool:
    """ "the report", "the letter", "a statement": a document whose words a claim reports.

    >>> from kg.model import Span
    >>> is_speaking_document(Mention(Span(0, 10, "The report"), "NOMINAL", 0, head="report"))
    True
    >>> charges = Mention(Span(0, 11, "the charges"), "NOMINAL", 0, head="charges")
    >>> is_speaking_document(charges)
    False
    """
    if mention.label != "NOMINAL" or mention.plural:
        return False
    return singular(mention.head or "") in _SPEAKING_DOCUMENTS


#: Determiners of a report already named: "the reports", "these reports", "its reports".
_POINTING_WORDS = frozenset(
    {"the", "these", "those", "such", "its", "their", "his", "her", "our", "your", "my"}
)


def is_relational(mention: Mention) -> bool:
    """A description whose only anchor is a possessive pronoun: "her counterparts".

    >>> from kg.model import Span
    >>> is_relational(Mention(Span(0, 12, "our diplomats"), "NOMINAL", 0, head="diplomats"))
    True
    """
    words = mention.span.text.split()
    return bool(words) and words[0].lower() in RELATIONAL_DETERMINERS


#: Whether a plural of a relational noun with a word of its own before it ("Rebel
#: leaders", "opposition leaders", "tribal elders") is a group, as the claims guide keeps
#: it, rather than somebody's counterparts.
ANCHORED_GROUPS = True
#: Words before a relational head that say whose they are no more than "the" does.
_UNANCHORING_WORDS = """
    the a an some many several other others both all few these those two three four five
    six seven eight nine ten dozen dozens senior top former junior leading key various
    numerous unnamed unidentified high-ranking high-level current new outgoing incoming
    present past previous respective own visiting foreign prime defense defence finance
    interior deputy vice chief cabinet certain such any most more
"""
_UNANCHORING = frozenset(_UNANCHORING_WORDS.split())


def is_anchored(mention: Mention) -> bool:
    """A plural description of people whose head has a word of its own before it, or a
    place after "from"/"in": "Rebel leaders", "opposition leaders", "Leaders from East
    Africa" (not "the two leaders", "senior leaders").

    >>> from kg.model import Span
    >>> def group(text):
    ...     return Mention(Span(0, len(text), text), "NOMINAL", 0, head=text.split()[-1])
    >>> is_anchored(group("Rebel leaders")), is_anchored(group("the two leaders"))
    (True, False)
    """
    words = [w.lower() for w in mention.span.text.split()]
    head = (mention.head or "").lower()
    if head not in words:
        return False
    at = words.index(head)
    if words[at + 1 : at + 2] in (["from"], ["in"]) and len(words) > at + 2:
        return True  # "Leaders from East Africa"
    return any(w.isalpha() and w not in _UNANCHORING for w in words[:at])


def not_an_actor(mention: Mention, side: str | None = None) -> str | None:
    """Why an unresolved claimer mention names no actor, or None when it may be one;
    ``side`` is the actor its affiliation names ("Russian" -> russia), if any."""
    if mention.label == "PRON":
        return PRONOUN
    if mention.label in ("NOMINAL", "ANON") or not mention.label:
        if is_message_noun(mention) and not is_media_report(mention):
            return MESSAGE
        if is_relational(mention):
            return RELATIONAL
        relational_head = singular(mention.head or "") in RELATIONAL_NOUNS
        if (
            mention.label == "NOMINAL"
            and mention.plural
            and relational_head
            and side is None
            and not (ANCHORED_GROUPS and is_anchored(mention))
        ):
            return RELATIONAL
    return None


def is_actor_description(mention: Mention, side: str | None = None) -> bool:
    """Whether an unresolved description may become an actor of its own."""
    return not_an_actor(mention, side) is None


#: Heads of a description that names a collective actor a claim can be aimed at, besides
#: the people and institution nouns of :mod:`kg.resolve.coref`: "accused the western
#: media", "the peacekeepers", "foreign instigators", "Sudanese-backed militias".
_TARGET_WORDS = """
    clique media press peacekeeper instigator militia guerrilla insurgent extremist
    terrorist separatist station broadcaster authority force troop party movement faction
    opposition north south west community
"""
TARGET_NOUNS = frozenset(_TARGET_WORDS.split())

#: Round 17 (issue 12, branch `antecedent17`): "the five", "the two" taking up a group of
#: people counted before ("five Iranians detained in January ... accuse the five of ...")
#: are a description the guide keeps as the target.
COUNTED_GROUPS = True
_COUNTS = frozenset(
    ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]
)


def _counted_group(mention: Mention) -> bool:
    """ "the five", "the two": a bare count after "the", standing for people counted before."""
    words = mention.span.text.lower().split()
    return COUNTED_GROUPS and len(words) == 2 and words[0] == "the" and words[1] in _COUNTS


def is_target_description(mention: Mention) -> bool:
    """Whether an unresolved description a claim is aimed at names an actor of its own:
    people or an institution ("the western media", "the peacekeepers", "the group"), not
    a thing or an act ("the attack on the hospital") and no message ("the accusations").

    >>> from kg.model import Span
    >>> def target(text, head):
    ...     return Mention(Span(0, len(text), text), "NOMINAL", 0, head=head, plural=True)
    >>> is_target_description(target("the western media", "media"))
    True
    >>> is_target_description(target("foreign instigators", "instigators"))
    True
    >>> is_target_description(target("the attack", "attack"))
    False
    >>> is_target_description(target("her counterparts", "counterparts"))
    False
    >>> is_target_description(target("the Dalai Lama", "lama"))
    True
    >>> is_target_description(target("the Geneva Convention", "convention"))
    False
    """
    if mention.label != "NOMINAL" or not_an_actor(mention, mention.affiliation) is not None:
        return False  # a side makes "Somali militia leaders" someone, not "the leaders"
    head = singular(mention.head or (mention.span.text.split() or [""])[-1])
    return (
        bool(mention.plural and mention.affiliation)  # "South Korean conservatives"
        or head in TARGET_NOUNS
        or head in coref.DESCRIPTION_HEADS
        or coref.is_group_noun(head)
        or (mention.head or "").lower() in TARGET_NOUNS
        or is_untagged_name(mention)
        or _counted_group(mention)
    )


#: Last words of a capitalised name that names a thing, not an actor: "the Geneva
#: Convention", "the Iraq War", "the Olympic Games".
_THING_NAME_HEADS = frozenset(
    [
        "war",
        "wars",
        "convention",
        "conventions",
        "agreement",
        "agreements",
        "treaty",
        "treaties",
        "accord",
        "accords",
        "act",
        "law",
        "laws",
        "resolution",
        "resolutions",
        "report",
        "reports",
        "game",
        "games",
        "day",
        "days",
        "crisis",
        "plan",
        "program",
        "programme",
        "initiative",
        "summit",
        "conference",
        "talks",
        "process",
        "deal",
        "declaration",
        "charter",
        "strait",
        "sea",
        "ocean",
        "river",
        "island",
        "islands",
        "mountain",
        "mountains",
        "region",
        "province",
        "state",
        "street",
        "square",
        "bridge",
        "airport",
        "dam",
        "pipeline",
        "rig",
    ]
)


def is_untagged_name(mention: Mention) -> bool:
    """A proper name the tagger left without an entity label: every word after a leading
    "the" capitalised ("the Dalai Lama", "Rumbo Propio"), and not the name of a thing
    ("the Geneva Convention", "the Strait of Hormuz").

    >>> from kg.model import Span
    >>> is_untagged_name(Mention(Span(0, 14, "the Dalai Lama"), "NOMINAL", 0, head="lama"))
    True
    >>> is_untagged_name(Mention(Span(0, 16, "the western media"), "NOMINAL", 0, head="media"))
    False
    """
    words = mention.span.text.replace("\u2019s", "").replace("'s", "").split()
    if words and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    if not words or not all(w[:1].isupper() for w in words):
        return False
    return words[-1].lower().strip(".,") not in _THING_NAME_HEADS


def group_is_global(kind: ActorKind, affiliation: str | None) -> bool:
    """A group with a side ("Russian officials") is the same group in every document of a
    build; one without ("protesters") is only known within its document."""
    return kind is ActorKind.GROUP and affiliation is not None


def anonymous_draft(
    affiliation: str | None,
    relay_name: str | None,
    relay_kind: ActorKind | None,
    article_outlet: str | None,
) -> Draft:
    """The one actor of the anonymous sources relayed by an outlet, or speaking for a side.

    ``affiliation`` is the id of the outlet that cites the sources or of the side they
    speak for (``relay_name`` and ``relay_kind`` describe it); failing both, the article's
    outlet relays them; failing that, they are "anonymous sources".

    >>> anonymous_draft("nbc-news", "NBC News", ActorKind.OUTLET, None).name
    'anonymous sources via NBC News'
    >>> anonymous_draft("united-states", "United States", ActorKind.STATE, "Reuters").name
    'anonymous sources (United States)'
    >>> anonymous_draft(None, None, None, "Reuters").id
    'anonymous-sources-via-reuters'
    >>> anonymous_draft(None, None, None, None).id
    'anonymous-sources'
    """
    if affiliation and relay_name:
        if relay_kind is ActorKind.OUTLET:
            name = f"anonymous sources via {relay_name}"
            key = f"anonymous-sources-via-{affiliation}"
        else:
            name = f"anonymous sources ({relay_name})"
            key = f"anonymous-sources-{affiliation}"
        return Draft(key, name, ActorKind.ANONYMOUS, affiliation)
    if article_outlet and article_outlet.strip():
        outlet = " ".join(article_outlet.split())
        key = f"anonymous-sources-via-{slugify(outlet)}"
        return Draft(key, f"anonymous sources via {outlet}", ActorKind.ANONYMOUS)
    return Draft("anonymous-sources", "anonymous sources", ActorKind.ANONYMOUS)
