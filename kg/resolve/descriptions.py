"""Descriptions, common nouns and pronouns aimed at a state: which mentions name no one,
and which state a description or a pronoun stands for (:mod:`kg.resolve.resolver`).

A capitalised word that starts a sentence or is written in lower case elsewhere names no
one (:meth:`_Descriptions.not_a_name`), nor does an outlet's description of another
outlet; "the Foreign Ministry" under a dateline is the dateline's state's
(:func:`dateline_state`, :meth:`_Descriptions.national_office`), "the government of X" and
"the X government" are X's (:meth:`_Descriptions.national_government`); the "they" or
"it" a hostile act is aimed at is the nearest state other than the claimer's own
(:meth:`_Descriptions.aimed_state`, :meth:`_Descriptions.aimed_antecedent`), unless it
stands for the message itself (:meth:`_Descriptions.stands_for_message`).  It is apart
from the speakers (:mod:`.speakers`) because these mentions are read by their words and
their place in the text, not by who is quoted.
"""

from __future__ import annotations

import re

from kg.model import ActorKind, Mention
from kg.resolve import coref
from kg.resolve.actors import MESSAGE_NOUNS, singular
from kg.resolve.gazetteer import entries_by_id, lookup, slugify
from kg.resolve.names import NAMED_LABELS, Draft, bare_name
from kg.resolve.state import _State

#: Heads of a description of a state by kind, named in an "of" complement ("the former
#: Soviet republic of Georgia", "the island nation of Taiwan").
_STATE_HEADS = frozenset({"republic", "nation", "country", "state", "kingdom", "emirate"})
_STATE_OF = re.compile(r"\bof\s+(?:the\s+)?([A-Z][\w.'\-]*(?:\s+[A-Z][\w.'\-]*){0,3})\s*$")
#: Heads of a description that stands for a state's government as a whole.
_GOVERNMENT_HEADS = frozenset({"government", "regime"})
#: Whether "the government in <capital>" is that state (round 22, target22).
PLACED_GOVERNMENTS = True
#: How a place after it may name the state: its name, an alias, its capital or seat.
_PLACED_VIA = frozenset({"name", "alias", "capital", "seat"})
#: A government's description that its place may follow: "the government in Nairobi".
_PLACED_HEADS = frozenset({"the government", "the regime", "the authorities"})
#: The place after it: "in" or "of" and up to three capitalised words.
_PLACED = re.compile(r"\s+(?:in|of)\s+([A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2})")
#: Labels of mentions that name a place, never the one a claim is aimed at.
_PLACE_LABELS = frozenset({"LOC", "FAC"})
_WORD = re.compile(r"[A-Za-z]+")
_LOWER_WORD = re.compile(r"\b[a-z][a-z\-]+\b")
#: Last words of a government department named by its portfolio ("Foreign Ministry").
_NATIONAL_OFFICES = frozenset({"Ministry", "Department", "Office"})
#: Round 17 (issue 12, branch `antecedent17`): a hostile target that takes up a state by
#: a description of its place ("its neighbor", "the island") is the state named before.
TAKEN_UP_STATES = True
#: Heads of such descriptions: a neighbour (owned: "its neighbor", "Russia's neighbour")
#: and the island a dispute is about ("the island"; a bare "the" only).
_PLACE_WORDS = frozenset({"island"})
_TAKEN_UP_HEADS = frozenset({"neighbor", "neighbour"}) | _PLACE_WORDS
#: Possessives of a neighbour taken up ("its northern neighbor", "their neighbour").
_OWNING_PRONOUNS = frozenset({"its", "their"})
#: A wire dateline: "ISLAMABAD, May 4 (Reuters) -", "KYIV (AP) —", "MOSCOW -".
_DATELINE = re.compile(r"\A\s*([A-Z][A-Z.'\- ]{2,30}?)\s*(?:,|\(|[-—–])")


def dateline_state(text: str) -> str | None:
    """The id of the state whose place a story's wire dateline names, or None.

    >>> dateline_state("ISLAMABAD, May 4 (VOA) - The Foreign Ministry said ...")
    'pakistan'
    >>> dateline_state("The Foreign Ministry said ...") is None
    True
    """
    found = _DATELINE.match(text)
    if found is None:
        return None
    entry = lookup(found.group(1).strip())
    if entry is None:
        return None
    return entry.id if entry.kind == "state" else entry.state


class _Descriptions(_State):
    """Which mentions name no one, and the state a description or pronoun stands for."""

    def not_a_name(self, mention: Mention, draft: Draft) -> bool:
        """A named mention that names nobody: written all in lower case ("us", "navy",
        "mosques": no name the gazetteer knows), or one capitalised word that only starts
        its sentence ("Digital systems provide ...", "Justice will be done") while the
        document writes it in lower case elsewhere, and no longer name of the document
        ends or starts with it ("Rice said ..." after "Susan Rice")."""
        text = mention.span.text
        if lookup(text) is not None or draft.kind is ActorKind.STATE:
            return False
        if not any(ch.isupper() for ch in text):
            return True
        words = text.split()
        if len(words) != 1 or text.isupper() or not self.starts_sentence(mention):
            return False
        lower = self.lower_words()
        if text.lower() not in lower:
            return False
        return not any(
            m is not mention
            and m.label in NAMED_LABELS
            and len(m.span.text.split()) > 1
            and text in (m.span.text.split()[0], m.span.text.split()[-1])
            for m, _ in self.seen
        ) and not any(
            len(n.split()) > 1 and text in (n.split()[0], n.split()[-1]) for n in self.named_texts()
        )

    def starts_sentence(self, mention: Mention) -> bool:
        sentences = self.extraction.sentences
        if not 0 <= mention.sentence < len(sentences):
            return False
        start = sentences[mention.sentence].start
        return not self.extraction.article.text[start : mention.span.start].strip(" \"'“‘(")

    def lower_words(self) -> frozenset[str]:
        """Every word the document writes in lower case (computed once)."""
        if self._lower is None:
            self._lower = frozenset(_LOWER_WORD.findall(self.extraction.article.text))
        return self._lower

    def named_texts(self) -> list[str]:
        """The surfaces of the document's named mentions (computed once)."""
        if self._named is None:
            self._named = [m.span.text for m in self.extraction.mentions if m.label in NAMED_LABELS]
        return self._named

    def own_outlet(self) -> str | None:
        """The actor id of the outlet that publishes the article, or None."""
        outlet = self.extraction.article.outlet
        if not outlet:
            return None
        entry = lookup(outlet)
        return entry.id if entry is not None else slugify(bare_name(outlet))

    @staticmethod
    def describes_another_outlet(mention: Mention) -> bool:
        """ "the news agency says", "the newspaper reported": a description of an outlet in
        an article names another outlet than its publisher, which calls itself by its name
        ("VOA", "The Associated Press"); "the agency" alone may be its publisher, a
        government agency ("Voice of America ... the agency's credibility")."""
        if mention.label != "NOMINAL":
            return False
        head = mention.head.lower()
        words = mention.span.text.lower().split()
        return head in coref.OUTLET_NOUNS or (head == "agency" and "news" in words)

    def half_state(self, draft: Draft, mention: Mention) -> str | None:
        """ "the North fired the shots" after "North Korea": the state of that half named
        before in the document (a compass word alone is no actor of its own); None for
        anything else, and when no such state was named before."""
        if draft.name not in ("North", "South") or mention.label not in ("LOC", "GPE"):
            return None
        for _previous, actor_id in reversed(self.seen):
            builder = self.builders[actor_id]
            if builder.kind is ActorKind.STATE and builder.name.startswith(f"{draft.name} "):
                return actor_id
        return None

    def national_office(self, draft: Draft) -> Draft:
        """ "The Foreign Ministry said ..." in a story filed from a capital ("ISLAMABAD, May
        4 -"): the department of that state, not one "Foreign Ministry" shared by every
        document of the build."""
        words = draft.name.split()
        if (
            draft.kind is not ActorKind.ORGANISATION
            or draft.affiliation is not None
            or not 1 < len(words) <= 3
            or words[-1] not in _NATIONAL_OFFICES
            or lookup(draft.name) is not None
        ):
            return draft
        if self._dateline is None:
            self._dateline = dateline_state(self.extraction.article.text) or ""
        if not self._dateline:
            return draft
        state = entries_by_id()[self._dateline]
        name = f"{state.name} {draft.name}"
        return Draft(slugify(name), name, draft.kind, state.id, None)

    def national_government(self, mention: Mention) -> str | None:
        """The state a description of its government names: "the Ugandan government",
        "Zimbabwe's government", "Burma's military government" -> the state (the guide
        names states by their short name); None for anything else, and for a government
        that is not the state's own ("the Tibetan exile government", "the opposition
        government", "the former government")."""
        if mention.label != "NOMINAL" or mention.plural:
            return None
        named = _STATE_OF.search(mention.span.text)
        if named is not None and mention.head.lower() in _STATE_HEADS:
            # "the former Soviet republic of Georgia", "the Gulf nation of Qatar"
            entry = lookup(named.group(1))
            if entry is not None and entry.kind == "state" and entry.via in ("name", "alias"):
                draft = Draft(entry.id, entry.name, ActorKind.STATE, None, entry.wikidata)
                return self.build(draft).id
        if mention.head.lower() not in _GOVERNMENT_HEADS:
            return None
        if coref.not_the_states_own(mention.span.text):
            return None
        side = coref.described_side(mention)  # "the U.S. federal government" too
        entry = entries_by_id().get(side) if side else None
        if entry is None or entry.kind != "state":
            return None
        return self.build(Draft(entry.id, entry.name, ActorKind.STATE, None, entry.wikidata)).id

    def placed_government(self, mention: Mention) -> str | None:
        """The state whose government a bare "the government" (or "the regime", "the
        authorities") is, when the words after it place it: "blamed the government in
        Nairobi" -> Kenya, "the authorities in Kabul" -> Afghanistan (round 22,
        target22).  The place must be a state's name or capital in the gazetteer; None
        for anything else ("the government of President N", "the government in exile")."""
        if not PLACED_GOVERNMENTS or mention.label != "NOMINAL":
            return None
        if mention.span.text.lower() not in _PLACED_HEADS:
            return None
        text = self.extraction.article.text
        placed = _PLACED.match(text, mention.span.end)
        if placed is None:
            return None
        entry = lookup(placed.group(1))
        if entry is None or entry.kind != "state" or entry.via not in _PLACED_VIA:
            return None
        draft = Draft(entry.id, entry.name, ActorKind.STATE, None, entry.wikidata)
        return self.build(draft).id

    def aimed_state(self, mention: Mention, hostile: bool = True) -> str | None:
        """The state a target names by a word the gazetteer does not hold: a plural
        demonym ("accused the Ethiopians of ..." -> Ethiopia) or "the North"/"the South"
        for the state of that half named in the document before ("the North fired the
        shots" after "North Korea" -> North Korea).  None for anything else."""
        words = mention.span.text.split()
        if not words:
            return None
        if words[0].lower() == "the":
            words = words[1:]
        if len(words) != 1:
            return None
        word = words[0]
        if mention.label == "NORP" and word.endswith("s") and word[:1].isupper():
            if not hostile:
                return None
            entry = lookup(word[:-1])
            if entry is not None and entry.kind == "state":
                draft = Draft(entry.id, entry.name, ActorKind.STATE, None, entry.wikidata)
                return self.build(draft).id
            return None
        if word not in ("North", "South") or mention.label not in ("NOMINAL", "LOC", "GPE"):
            return None
        for previous, actor_id in reversed(self.seen):
            if previous.span.start >= mention.span.start:
                continue
            builder = self.builders[actor_id]
            if builder.kind is ActorKind.STATE and builder.name.startswith(f"{word} "):
                return actor_id
        return None

    def taken_up_state(self, mention: Mention, own: frozenset[str]) -> str | None:
        """The state a hostile claim's target takes up by a description of its place, not
        its name (guide point 43): "accuses its neighbor of ...", "blames Russia's
        neighbor", "if the island declares independence" -> the nearest state named before
        it, in its sentence or the one sentence before, that is neither on the claimer's
        side (``own``) nor the neighbour's owner ("Russia's neighbor" is not Russia).  None
        for a plural, a named place ("the island of Jeju") and anything else."""
        if not TAKEN_UP_STATES or mention.label != "NOMINAL" or mention.plural:
            return None
        words = mention.span.text.replace("\u2019", "'").lower().split()
        if not 2 <= len(words) <= 3 or words[-1] not in _TAKEN_UP_HEADS:
            return None
        owner: str | None = None
        if words[-1] in _PLACE_WORDS:
            if words != ["the", words[-1]]:
                return None  # "the disputed island", "its islands": a place
        elif words[0].endswith("'s") or words[0].endswith("'"):
            owner = self.possessor(mention.span)  # "Russia's neighbor"
            if owner is None:
                return None
        elif words[0] not in _OWNING_PRONOUNS:
            return None  # "the neighbor": whose, unsaid
        for previous, actor_id in reversed(self.seen):
            if previous.span.end > mention.span.start:
                continue
            if mention.sentence - previous.sentence > 1:
                break
            if actor_id in own or actor_id == owner or previous.label in _PLACE_LABELS:
                continue
            if previous.label != "GPE" or self.builders[actor_id].kind is not ActorKind.STATE:
                continue
            return actor_id
        return None

    def stands_for_message(self, pronoun: Mention) -> bool:
        """Whether an object pronoun a charge or denial is aimed at stands for a message
        named just before it in its sentence, not for an actor: "rejected the U.S.
        allegations, dismissing them as a witch hunt", "denied the report, calling it a
        lie".  The message noun (plural for "them", singular for "it") must come after
        every actor mention of the sentence that the pronoun could stand for."""
        head = pronoun.head.lower()
        if head not in ("them", "it"):
            return False
        text = self.extraction.article.text
        sentence = self.extraction.sentences[pronoun.sentence]
        before = text[sentence.start : pronoun.span.start]
        last = None
        for found in _WORD.finditer(before):
            word = found.group(0).lower()
            plural = word.endswith("s") and not word.endswith("ss")
            if (plural == (head == "them")) and singular(word) in MESSAGE_NOUNS:
                last = sentence.start + found.end()
        if last is None:
            return False
        return not any(
            m.sentence == pronoun.sentence and last <= m.span.start < pronoun.span.start
            for m, _ in self.seen
        )

    def plural_name(self, mention: Mention) -> bool:
        """A name written as a plural after "the": "the Houthis", "the Tamil Tigers"."""
        words = mention.span.text.split()
        if mention.label not in NAMED_LABELS or not words:
            return False
        last = words[-1]
        before = self.extraction.article.text[max(0, mention.span.start - 4) : mention.span.start]
        return (
            last[:1].isupper()
            and last.endswith("s")
            and not last.endswith("ss")
            and (words[0].lower() == "the" or before.lower() == "the ")
        )

    def aimed_antecedent(self, pronoun: Mention, own: frozenset[str]) -> str | None:
        """The actor a pronoun a directed claim is aimed at stands for: the nearest
        compatible actor before it (in its sentence, then up to two sentences back) that is
        not on the claimer's side (``own``) and is no mere place.  "North Korea ... denied
        South Korean charges that it fired the shells": it is North Korea, not the South
        that charges; "Yemen and the coalition fighting the Houthis accuse them": the
        Houthis.  "they"/"them" may stand for any actor named in the plural ("the
        Houthis", "the rebels"), not only for a group.  None when nothing fits."""
        head = pronoun.head.lower()
        for previous, actor_id in reversed(self.seen):
            if previous.span.end > pronoun.span.start:
                continue
            if pronoun.sentence - previous.sentence > coref.PRONOUN_WINDOW:
                break
            if actor_id in own or previous.label in _PLACE_LABELS:
                continue
            kind = self.builders[actor_id].kind
            if head in coref.PERSON_PRONOUNS:
                fits = kind is ActorKind.PERSON
            elif head in coref.THING_PRONOUNS:
                institution = kind is ActorKind.OTHER and previous.head in coref.INSTITUTION_NOUNS
                fits = (kind in coref.ACTOR_ORGS or institution) and not previous.plural
            elif head in coref.PLURAL_PRONOUNS:
                fits = self.plural_name(previous) or (
                    kind is not ActorKind.PERSON and (previous.plural or kind in coref.PLURAL_KINDS)
                )
            else:
                fits = False
            if fits:
                return actor_id
        return None
