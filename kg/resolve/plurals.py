"""Plural, joint and two-sided claimers: who "they", "both sides" and "the two
governments" are (:mod:`kg.resolve.resolver`).

A plural "they" is the plural speaker of the sentence before (:meth:`_Plurals.plural_speaker`),
the people or the states that spoke together there (:meth:`_Plurals.joint_speakers`,
:meth:`_Plurals.joint_parties`), the first conjunct of a coordinated speaker
(:meth:`_Plurals.first_conjunct`) or a plural group seen before
(:meth:`_Plurals.plural_pronoun`); "the two sides", "both governments", "neither side"
are the last two parties named as a pair (:meth:`_Plurals.reciprocal_sides`).  It is apart
from the single speakers (:mod:`.speakers`) because one mention stands for two or more
actors here, and the claims made by two sides are split by the graph
(:mod:`kg.resolve.targets`).
"""

from __future__ import annotations

import re
from itertools import pairwise

from kg.model import ActorKind, Mention
from kg.resolve import coref
from kg.resolve.actors import is_actor_description
from kg.resolve.gazetteer import entries
from kg.resolve.names import Draft
from kg.resolve.state import _State

#: A claimer that is both parties of a dispute: "the two sides", "both governments".
_RECIPROCAL = re.compile(
    r"(?:[Tt]he\s+two|[Bb]oth|[Bb]oth\s+the)\s+(sides|governments|countries|nations|states)"
    # "each side blaming the other", "Neither side gave casualty figures"
    r"|(?:[Ee]ach|[Nn]either)\s+(side|government|country|nation|state)"
    # "The sides say talks will resume": the two parties of the dispute
    r"|[Tt]he\s+(sides)"
    # "Both men denied ...", "the two leaders said ...": the two people just named
    r"|(?:[Tt]he\s+two|[Bb]oth)\s+(men|women|leaders|ministers|presidents|premiers)"
    r"|[Tt]he\s+(two)|(?:[Tt]hey\s+)?([Bb]oth)"  # "The two said ...", "Both denied ..."
    # round 25 (speakers25, :data:`MUTUAL_PLURALS`): "The countries are blaming one
    # another", "... but each blames the other"
    r"|[Tt]he\s+(countries|governments|nations)|([Ee]ach)"
)
#: Whether "the countries", "the governments", "the nations" and a bare "each" are the two
#: parties too (the last two alternatives of :data:`_RECIPROCAL`; round 25, speakers25).
MUTUAL_PLURALS = True
#: The words those alternatives capture.
_MUTUAL_PLURAL_WORDS = frozenset({"countries", "governments", "nations", "each"})
#: The words of :data:`_RECIPROCAL` that stand for the two parties of a fight whatever they
#: are, states, organisations or armed groups: "the sides", and (round 22, target22) "each
#: side" and "neither side" as well ("the truce between the army and the
#: rebels ... Each side blames the other"); "each country" stays with states.
SIDE_WORDS = frozenset({"sides", "side"})
#: Whether "each side" / "neither side" take organisations and armed groups (round 22).
EACH_SIDE_GROUPS = True
#: The words of :data:`_RECIPROCAL` that stand for two people.
_TWO_PEOPLE = frozenset({"men", "women", "leaders", "ministers", "presidents", "premiers"})
#: A plural description of a located group of people, before its place: "Officials in",
#: "Authorities in", "government and military officials from".
_LOCATED_HEADS = frozenset(
    ("officials", "authorities", "leaders", "governments", "representatives", "diplomats",
     "delegations", "ministers", "militaries", "spokesmen", "spokespeople")
)  # fmt: skip
_LOCATED_GROUP = re.compile(
    r"(?i)(?:[\w-]+\s+(?:and\s+)?){0,3}?(?:"
    + "|".join(sorted(_LOCATED_HEADS))
    + r")\s+(?:in|from|of)\s+(?:the\s+)?"
)
#: "Both of you", "both of us": the people addressed or speaking, not two named before.
_ADDRESSED = re.compile(r"\s+of\s+(?:you|us)\b", re.IGNORECASE)
#: A located group's place that is both parties: "officials from both sides".
_LOCATED_BOTH = re.compile(
    r"(?i)(?:[\w-]+\s+(?:and\s+)?){0,3}?(?:"
    + "|".join(sorted(_LOCATED_HEADS))
    + r")\s+(?:in|from|of|on)\s+((?:the\s+two|both(?:\s+the)?)\s+"
    r"(?:sides|governments|countries|nations|states))\b"
)
#: Whether a located group of two states ("Officials in X and Y") speaks for each.
LOCATED_PAIRS = True
#: Round 36 (news37, issue 12, deny/accuse recall on wire copy): whether a mutual accusation by
#: the two sides of a dispute ("Each side blamed the other for starting the fighting", "each
#: blames the other", "The two sides traded accusations") whose sides no pair within
#: :data:`coref.PRONOUN_WINDOW` sentences names takes the last two parties named together as a
#: pair ("fighting has erupted between Armenia and Azerbaijan") anywhere earlier in the text: a
#: wire story names the dispute's two parties in its lead and says "each side" four or five
#: sentences on.  Only a crossed claim (one aimed at "the other", "each other", or with no
#: target) reaches that far; a claim the two make together keeps the window.  Measured
#: (benchmarks/claims/RESULTS.md, "Round 36, news37"): first half +4 matched triples in the
#: document scope (test11, test14), +0 in the sentence scope (the context holds no pair);
#: second half unmoved; held out +0 matched, one wrong triple more (test24, document scope).
#: On by the bar.  False: such a claimer stays unresolved.
DISTANT_PAIRS = True
#: Round 36 (news37): whether "the two Koreas", "both Sudans", "the two Congos" -- a state's
#: name made plural after "the two" or "both" -- stand for the two states the gazetteer names
#: by that word ("North Korea" and "South Korea"; "Sudan" and "South Sudan"), as "the two
#: sides" stands for a pair named before: "the two Sudans have accused each other of
#: supporting rebels" is one accusation each way.  Exactly two such states, else nothing.
#: Measured (benchmarks/claims/RESULTS.md, "Round 36, news37"): first half +2 matched triples
#: in each scope (test11), second half and held out unmoved.  On by the bar.  False: the
#: claimer stays the unresolved plural.
PLURAL_STATES = True
#: A state's name made plural, with or without the determiner the mention may leave out.
_PLURAL_NAME = re.compile(r"(?:(?:[Tt]he\s+two|[Bb]oth(?:\s+the)?)\s+)?([A-Z][a-z]+)s")
#: What must stand before a plural name the mention holds alone: "the two ", "both ".
_PLURAL_DETERMINER = re.compile(r"(?i)(?:\bthe\s+two|\bboth(?:\s+the)?)\s+$")
#: What joins the two parties of a pair: "Ethiopia and Eritrea", "the U.S.-EU dialogue".
_PAIRED = re.compile(r"\s*(?:and|&)\s+(?:the\s+)?|\s*[-\u2013/]\s*")
#: What stands between two conjoined speakers: "Sherman and her counterparts".
_COORDINATION = re.compile(r"\s*,?\s*(?:and|as well as|along with|together with)\s+")


class _Plurals(_State):
    """Plural, joint and two-sided claimers: the actors one plural mention stands for."""

    def _nearest_speakers(self, mention: Mention) -> list[tuple[Mention, str]]:
        """The claimers (mention, actor id) of the nearest earlier sentence within
        the pronoun window of ``mention``; [] when there is none."""
        earlier = [
            (m, i)
            for m, i in self.spoken
            if m.span.end <= mention.span.start
            and 0 < mention.sentence - m.sentence <= coref.PRONOUN_WINDOW
        ]
        if not earlier:
            return []
        nearest = max(m.sentence for m, _ in earlier)
        return [(m, i) for m, i in earlier if m.sentence == nearest]

    def plural_speaker(self, mention: Mention) -> str | None:
        """ "Liberian defense officials say government troops captured the town, following
        what they say was a fierce gun battle": a "they" claimer is the plural speaker
        (a group or anonymous sources) of its own sentence before it, the centre of the
        sentence (:mod:`.chain`), not the nearest plural mention; None when there is none."""
        for previous, actor_id in reversed(self.spoken):
            if previous.sentence != mention.sentence or previous.span.end > mention.span.start:
                continue
            kind = self.builders[actor_id].kind
            if previous.plural and kind in coref.PLURAL_KINDS:
                return actor_id
            return None  # the last speaker before it is singular: not "they"
        return None

    def joint_speakers(self, mention: Mention) -> str | None:
        """ "They noted ..." after "Secretary Blinken and Foreign Minister Wilmès condemned
        ...": the people who spoke together in the nearest earlier sentence (the first of
        them, as for a coordinated speaker), not a group spoken of there ("President
        Putin's forces").  None unless every claimer of that sentence is a person and they
        are two or more, or a "they" that was resolved so."""
        joint = self._nearest_speakers(mention)
        if not joint:
            return None
        if not all(self.builders[i].kind is ActorKind.PERSON for _, i in joint):
            return None
        people = {i for _, i in joint}
        plural = any(
            m.label == "PRON" and m.head.lower() in coref.PLURAL_PRONOUNS for m, _ in joint
        )
        if len(people) < 2 and not plural:
            return None
        return min(joint, key=lambda pair: pair[0].span.start)[1]

    def joint_parties(self, mention: Mention) -> list[str]:
        """ "They said ..." after "The United States and Japan view the launch as ...": the
        states (or organisations) that spoke together in the nearest earlier sentence, in
        text order; [] unless ``mention`` is a plural pronoun and they are two or more, all
        states or organisations (people are :meth:`joint_speakers`')."""
        if mention.label != "PRON" or mention.head.lower() != "they":
            return []
        joint = sorted(self._nearest_speakers(mention), key=lambda p: p[0].span.start)
        parties = list(dict.fromkeys(i for _, i in joint))
        kinds = (ActorKind.STATE, ActorKind.ORGANISATION)
        if len(parties) < 2 or not all(self.builders[i].kind in kinds for i in parties):
            return []
        return parties

    def plural_pronoun(self, mention: Mention) -> str | None:
        """ "they": a plural group or source seen before, or a plural description of
        people ("US cyber operators") that becomes a document-local group."""
        chosen = coref.plural_antecedent(mention, self.snapshot(), self.descriptions)
        if chosen is None:
            return None
        known = self.of_mention.get((chosen.span.start, chosen.span.end))
        if known is not None:
            return known
        self.descriptions.remove(chosen)
        side = self.affiliation_id(chosen.affiliation)
        if not is_actor_description(chosen, side):  # "her counterparts": nobody, but
            return self.first_conjunct(chosen)  # "Sherman and her counterparts": Sherman
        actor_id = self.fallback(chosen)
        at = sum(1 for m, _ in self.seen if m.span.start < chosen.span.start)
        self.seen.insert(at, (chosen, actor_id))  # text order, for later pronouns
        return actor_id

    def first_conjunct(self, mention: Mention) -> str | None:
        """The actor named just before ``mention`` in a coordination ("Deputy Secretary
        Sherman and her counterparts"): "they" then stands for it, as the claims extractor
        takes the first conjunct of a coordinated speaker."""
        text = self.extraction.article.text
        for previous, actor_id in reversed(self.seen):
            if previous.sentence != mention.sentence or previous.span.end > mention.span.start:
                continue
            between = text[previous.span.end : mention.span.start]
            if _COORDINATION.fullmatch(between):
                return actor_id
        return None

    #: Whether :meth:`_paired_parties` looks back over the whole text (:data:`DISTANT_PAIRS`).
    _far = False

    def reciprocal_sides(
        self, mention: Mention, paired_only: bool = False, crossed: bool = False
    ) -> tuple[str, str] | None:
        """The two parties "the two sides", "both governments" stand for: the last two
        states (or, for "sides", organisations too) named as a pair ("Ethiopia and
        Eritrea", "between India and Pakistan") before it in its sentence or the two before,
        else (unless ``paired_only``) the last two named there; None when there are not
        two.  A ``crossed`` claim (a mutual accusation) with no pair there takes the last pair
        named earlier in the text (:data:`DISTANT_PAIRS`)."""
        sides = self._near_sides(mention, paired_only)
        if sides is None and crossed and DISTANT_PAIRS:
            self._far = True
            try:
                sides = self._near_sides(mention, paired_only=True)
            finally:
                self._far = False
        return sides

    def _near_sides(self, mention: Mention, paired_only: bool) -> tuple[str, str] | None:
        """:meth:`reciprocal_sides` within the window (or, when ``_far``, pairs only, back
        to the start of the text)."""
        if PLURAL_STATES:
            named = self._plural_states(mention)
            if named is not None:
                return named
        found = _RECIPROCAL.fullmatch(mention.span.text.strip())
        if found is None and LOCATED_PAIRS and mention.head in _LOCATED_HEADS:
            # "Representatives from both countries dismissed ...": as "both countries"
            both = _LOCATED_BOTH.match(self.extraction.article.text, mention.span.start)
            found = _RECIPROCAL.fullmatch(both.group(1)) if both is not None else None
            if found is None:
                return self._located_pair(mention)
        if found is None:
            return None
        word = next((g for g in found.groups() if g), "").lower()
        if word in _MUTUAL_PLURAL_WORDS and found.lastindex is not None and found.lastindex >= 7:
            if not MUTUAL_PLURALS:
                return None
            if word == "each":  # "each blames the other": only two parties named as a pair
                every = {ActorKind.STATE, ActorKind.ORGANISATION, ActorKind.GROUP}
                return self._paired_parties(mention, every)
        kinds = {ActorKind.STATE}
        # "the sides", "each side": armed groups and bodies too
        if word == "sides" or (EACH_SIDE_GROUPS and word in SIDE_WORDS):
            kinds |= {ActorKind.ORGANISATION, ActorKind.GROUP}
        if word in _TWO_PEOPLE:  # "both men": two people, named as a pair or not
            kinds, paired_only = {ActorKind.PERSON}, False
        text = self.extraction.article.text
        if word == "both" and _ADDRESSED.match(text, mention.span.end):
            return None  # "Both of you have praised ...": a question's addressees
        if word in ("two", "both"):  # "the two": two people, else two states named as a pair
            people = self._two_parties(mention, {ActorKind.PERSON}, paired_only=self._far)
            return people or self._paired_parties(mention, kinds)
        return self._two_parties(mention, kinds, paired_only)

    def _plural_states(self, mention: Mention) -> tuple[str, str] | None:
        """The two states "the two Koreas" stands for (:data:`PLURAL_STATES`): those whose
        gazetteer name is the word made plural or ends with it; None unless exactly two."""
        span = mention.span.text.strip()
        found = _PLURAL_NAME.fullmatch(span)
        if found is None:
            return None
        if span == f"{found.group(1)}s":  # the determiner outside the mention: "the two Koreas"
            text = self.extraction.article.text
            before = text[max(0, mention.span.start - 12) : mention.span.start]
            if _PLURAL_DETERMINER.search(before) is None:
                return None
        word = found.group(1)
        states = sorted(
            (
                e
                for e in entries()
                if e.kind == "state" and (e.name == word or e.name.endswith(" " + word))
            ),
            key=lambda e: e.name,
        )
        if len(states) != 2:
            return None
        one, other = (
            self.build(Draft(e.id, e.name, ActorKind.STATE, None, e.wikidata)).id for e in states
        )
        return one, other

    def _two_parties(
        self, mention: Mention, kinds: set[ActorKind], paired_only: bool
    ) -> tuple[str, str] | None:
        """The last two parties of ``kinds`` named as a pair before ``mention``, else
        (unless ``paired_only``) the last two named within the pronoun window."""
        paired = self._paired_parties(mention, kinds)
        if paired is not None or paired_only:
            return paired
        recent: list[str] = []
        for previous, actor_id in reversed(self.seen):
            if previous.span.start >= mention.span.start:
                continue
            if mention.sentence - previous.sentence > coref.PRONOUN_WINDOW:
                break
            if ActorKind.PERSON in kinds and self._name_as_modifier(previous):
                continue  # "the Putin regime", "Putin's forces": not one of the two
            if _RECIPROCAL.fullmatch(previous.span.text.strip()):
                continue  # "Both sides also reported ...": the pair again, not one of it
            if self.builders[actor_id].kind in kinds and actor_id not in recent:
                recent.append(actor_id)
            if len(recent) == 2:
                return recent[1], recent[0]  # in text order
        return None

    def _name_as_modifier(self, mention: Mention) -> bool:
        """A name that modifies a noun rather than naming a party present: a possessive
        ("Putin's forces") or one after "the" ("the Putin regime")."""
        text = self.extraction.article.text
        after = text[mention.span.end : mention.span.end + 1]
        before = text[max(0, mention.span.start - 4) : mention.span.start]
        return after in ("'", "\u2019") or before.lower() == "the "

    def _located_pair(self, mention: Mention) -> tuple[str, str] | None:
        """The two states a located group's place names as a pair: "Officials in Armenia
        and Azerbaijan accuse one another ...", "Authorities in Sudan and South Sudan said
        ...": each state's side speaks (conjoined speakers give one claim each); None
        unless the claimer is such a group and its place is two states."""
        text = self.extraction.article.text
        after = sorted(
            (
                (m, i)
                for m, i in self.seen
                if m.sentence == mention.sentence
                and m.span.start > mention.span.start
                and self.builders[i].kind is ActorKind.STATE
            ),
            key=lambda p: p[0].span.start,
        )
        if len(after) < 2 or mention.head not in _LOCATED_HEADS:
            return None  # "We commend the governments of X and Y": not the speaker's place
        (first, one), (second, other) = after[0], after[1]
        if one == other or not _LOCATED_GROUP.fullmatch(
            text[mention.span.start : first.span.start]
        ):
            return None
        if not _PAIRED.fullmatch(text[first.span.end : second.span.start]):
            return None
        return one, other

    def _paired_parties(self, mention: Mention, kinds: set[ActorKind]) -> tuple[str, str] | None:
        """The last two parties of ``kinds`` named together as a pair ("X and Y", "X-Y")
        before ``mention``, within :data:`coref.PRONOUN_WINDOW` sentences; a pair that
        spoke first ("The United States and Austria highlighted their concern about ...
        Russia and Belarus. Both sides reaffirmed ...")."""
        text = self.extraction.article.text
        before = sorted(
            (
                (m, i)
                for m, i in self.seen
                if m.span.end <= mention.span.start
                and (self._far or mention.sentence - m.sentence <= coref.PRONOUN_WINDOW)
                and self.builders[i].kind in kinds
            ),
            key=lambda p: p[0].span.start,
        )
        pairs = [
            (first, second, one, other)
            for (first, one), (second, other) in reversed(list(pairwise(before)))
            if one != other and _PAIRED.fullmatch(text[first.span.end : second.span.start])
        ]
        speakers = {m.span for m, _ in self.spoken}
        for first, second, one, other in pairs:
            if first.span in speakers and second.span in speakers:
                return one, other
        return (pairs[0][2], pairs[0][3]) if pairs else None
