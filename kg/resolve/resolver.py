"""One document's mentions -> actors: the state :func:`~kg.resolve.resolve` works on.

:class:`_Resolver` holds what one document has resolved so far (mention -> actor id, the
builders of its actors) and answers, mention by mention, who is meant: a name (through
the gazetteer, acronyms and surnames), a pronoun or definite description (the nearest
compatible actor, :mod:`.coref`), a "he said" claimer (the speaker of its sentence or the
one before, :mod:`.chain`), an anonymous source, a plural or joint speaker, a role
nominal, the state a target stands for.  It is apart from :mod:`kg.resolve`, which keeps
the entry point and the assembly of the graph, because it is most of the resolution and
changes with every new kind of mention; the registry it reads is :mod:`.registry`.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from kg.model import Actor, ActorKind, Mention
from kg.resolve import chain, coref
from kg.resolve.actors import (
    MESSAGE,
    is_actor_description,
    is_speaking_document,
    not_an_actor,
)
from kg.resolve.descriptions import _Descriptions
from kg.resolve.descriptions import dateline_state as dateline_state
from kg.resolve.gazetteer import lookup
from kg.resolve.names import NAMED_LABELS, Draft, bare_name, name_actors, name_of
from kg.resolve.plurals import _Plurals
from kg.resolve.registry import _DESCRIBED
from kg.resolve.state import place_complement as place_complement
from kg.resolve.voice import FIRST_PERSON

#: How many sentences a statement a colon introduces may run before a "We" (the colon's
#: sentence is this many back at most).
_STATEMENT_RUN = 3
_FIRST_PERSON_WORD = re.compile(r"\b(?:[Ww]e|[Oo]ur|us|I|[Mm]y)\b")
#: A colon inside a sentence that opens a first-person statement ("...: We condemn").
_INTRODUCING_COLON = re.compile(r":\s+[\"“]?(?:We|I|Our|My)\b")
_STATEMENT_SPEAKERS = frozenset(
    [ActorKind.PERSON, ActorKind.STATE, ActorKind.ORGANISATION, ActorKind.OUTLET]
)


class _Resolver(_Plurals, _Descriptions):
    """The state of resolving one document: builders, and mention -> actor id."""

    def run(
        self,
        mentions: list[Mention],
        speakers: frozenset[tuple[int, int]],
        said: dict[tuple[int, int], tuple[int, int]] | None = None,
        claimers: frozenset[tuple[int, int]] = frozenset(),
        cited: frozenset[tuple[int, int]] = frozenset(),
    ) -> None:
        """Resolve ``mentions`` in text order; ``speakers`` are the spans of claimers and
        cited sources, which become actors even when nothing resolves them.  ``said``
        maps a claimer's span to its claim's content span: a speaker is not someone named
        in what they say ("'That was Evan's crime,' she said": she is not Evan).
        ``claimers`` are the spans of claimers: a pronoun claimer ("He said ...") refers
        back to the last earlier claimer it fits (:func:`coref.speaker_antecedent`).
        ``cited`` are claimers only as the authors of an allegation a sentence mentions
        ("North Korea denied South Korean charges that P. It said ..."): not the speaker a
        later pronoun or role continues."""
        said = said or {}
        self.said = said
        named = [m for m in mentions if m.label in NAMED_LABELS]
        drafts = name_actors(
            [(m.label, name_of(m), m.span.end) for m in named],
            self.extraction.article.text,
            self.registry.person_by_surname,
            self.registry.organisation_by_alias,
            self.registry.person_by_full_name,
        )
        draft_of = {(m.span.start, m.span.end): d for m, d in zip(named, drafts, strict=True)}
        for mention in mentions:
            where = (mention.span.start, mention.span.end)
            actor_id: str | None
            if mention.label in NAMED_LABELS:
                draft = draft_of.get(where)
                if draft is None or self.not_a_name(mention, draft):
                    continue
                draft = self.national_office(draft)
                half = self.half_state(draft, mention)
                builder = self.builders[half] if half is not None else self.build(draft)
                builder.aliases.add(bare_name(name_of(mention)))
                actor_id = builder.id
            elif mention.label == "ANON" and where in claimers and self.named_official(mention):
                actor_id = self.named_official(mention)  # "The Chinese official said" -> Jiang Yu
            elif mention.label == "ANON":  # "our diplomats" names nobody
                actor_id = self.anonymous_source(mention) if is_actor_description(mention) else None
            elif mention.label == "PRON" and mention.head.lower() in coref.PLURAL_PRONOUNS:
                own = self.plural_speaker(mention) if where in claimers and chain.ENABLED else None
                joint = self.joint_speakers(mention) if where in claimers and not own else None
                actor_id = own or joint or self.plural_pronoun(mention)
            elif where in claimers and (spoken := self.pronoun_speaker(mention)) is not None:
                actor_id = spoken
            elif (national := self.national_government(mention)) is not None:
                actor_id = national  # "the Ugandan government", "Zimbabwe's government"
            else:
                seen = self.snapshot()
                content = said.get(where)
                if content is not None:
                    seen = [
                        (m, a)
                        for m, a in seen
                        if not (content[0] <= m.span.start and m.span.end <= content[1])
                    ]
                quoting = self.quoting_actors(mention)
                if quoting:
                    seen = [(m, a) for m, a in seen if a.id not in quoting]
                if self.describes_another_outlet(mention):
                    seen = [(m, a) for m, a in seen if a.id != self.own_outlet()]
                actor_id = coref.antecedent(mention, seen, self.home)
                if actor_id is None and where in claimers and mention.label == "NOMINAL":
                    # "The foreign minister berated ..." after "Kuleba said ...": him
                    side = self.affiliation_id(mention.affiliation)
                    actor_id = coref.role_speaker(mention, self.spoken_actors(), side)
                    if actor_id is None and side is not None:
                        # "The Ivorian leader said ..." after "Mr. Gbagbo called French
                        # President Chirac's charge an insult": the nearest person of that
                        # side (or of none known), speaker or not
                        actor_id = coref.role_speaker(mention, seen, side)
                if (
                    actor_id is None
                    and mention.label == "NOMINAL"
                    and where in speakers
                    and is_actor_description(mention, self.affiliation_id(mention.affiliation))
                ):
                    actor_id = self.fallback(mention)  # "Russian officials": a group
            if actor_id is None:
                if mention.label == "NOMINAL" and mention.plural:
                    self.descriptions.append(mention)  # "they" may make it a group
                elif mention.label == "NOMINAL" and mention.head.lower() in coref.INSTITUTION_NOUNS:
                    self.institutions.append(mention)  # "It" may make it an actor
                continue
            builder = self.builders[actor_id]
            personal = mention.head.lower() in ("he", "she") or mention.head.lower() in (
                coref.ROLE_NOUNS
            )
            if personal and builder.kind is ActorKind.ORGANISATION and where in claimers:
                # "Achi said ... He said": a surname the tagger took for an organisation
                # (coref lets "he" and "the minister" reach it only then) is a person
                builder.kind = ActorKind.PERSON
            if (
                mention.label == "ORG"
                and builder.kind is ActorKind.ORGANISATION
                and chain.ENABLED
                and chain.appositive_person(self.extraction.article.text, mention)
            ):
                # "Phay Siphan, a spokesman for Cambodia's Council of Ministers, denies
                # ...": a name the tagger took for an organisation, in apposition with a
                # noun for an office holder, is a person
                builder.kind = ActorKind.PERSON
            if mention.role and builder.kind is ActorKind.PERSON and mention.label == "PERSON":
                builder.roles.add(mention.role)
            affiliation = self.affiliation_id(mention.affiliation)
            if mention.label == "PERSON" and affiliation and not builder.affiliation:
                builder.affiliation = affiliation if affiliation != actor_id else None
            self.of_mention[where] = actor_id
            self.seen.append((mention, actor_id))
            if where in claimers and where not in cited:
                self.spoken.append((mention, actor_id))

    def spoken_actors(self) -> list[tuple[Mention, Actor]]:
        """The last claimers resolved, with their actors as they stand."""
        recent = self.spoken[-20:]
        actors = {i: self.builders[i].actor() for i in {i for _, i in recent}}
        return [(m, actors[i]) for m, i in recent]

    def named_official(self, mention: Mention) -> str | None:
        """ "The Chinese official said ..." after "Foreign Ministry spokeswoman Jiang Yu told
        reporters ...": the named person spoken of before, unless the official is marked
        anonymous ("the official, who preferred to remain anonymous") or an anonymous
        source spoke last."""
        text = self.extraction.article.text
        after = text[mention.span.end : mention.span.end + 80].split(".")[0].lower()
        if any(marker in after for marker in ("anonym", "not to be named", "unnamed")):
            return None
        words = mention.span.text.lower().split()
        if any(w in ("anonymous", "unnamed", "unidentified", "senior") for w in words):
            return None
        recent = [a for m, a in self.anonymous if 0 <= mention.sentence - m.sentence <= 2]
        if recent:
            return None
        return coref.role_speaker(
            mention, self.spoken_actors(), self.affiliation_id(mention.affiliation)
        )

    def pronoun_speaker(self, mention: Mention) -> str | None:
        """The actor a pronoun claimer ("He says ...", "It added ...") stands for: the last
        earlier speaker it fits, else for "It" the subject of the sentence before (a
        description such as "the ministry" becomes an actor then), else None (the nearest
        compatible mention is tried next)."""
        if mention.label != "PRON":
            return None
        quoting = self.quoting_actors(mention)
        speakers = [(m, a) for m, a in self.spoken_actors() if a.id not in quoting]
        if chain.ENABLED and mention.head.lower() in chain.PERSONAL_PRONOUNS:
            centre = self.chain_speaker(mention, speakers, quoting)
            if centre is not None:
                return centre
        if chain.ENABLED and mention.head.lower() == "it":
            own = self.institution_subject(mention, quoting)
            if own is not None:
                return own
        found = coref.speaker_antecedent(self.quotation_start(mention), speakers)
        if found is not None:
            return found
        chosen = coref.subject_antecedent(mention, self.snapshot(), self.institutions)
        if chosen is None:
            return None
        known = self.of_mention.get((chosen.span.start, chosen.span.end))
        if known is not None:
            return known
        self.institutions.remove(chosen)
        actor_id = self.fallback(chosen)
        at = sum(1 for m, _ in self.seen if m.span.start < chosen.span.start)
        self.seen.insert(at, (chosen, actor_id))
        return actor_id

    def institution_subject(self, mention: Mention, quoting: set[str | None]) -> str | None:
        """ "Afghanistan's National Security Council met on Sunday to review documents it
        said prove ...": an "it" claimer is the state, organisation or outlet that is the
        subject of its own sentence before it, before any older speaker; None when the
        subject is something else or comes after it."""
        subject = chain.subject_of(self.extraction.subjects, mention.sentence)
        if subject is None or subject.span.end > mention.span.start:
            return None
        if subject.span.start == mention.span.start or subject.label == "PRON":
            return None  # "It warns ... who it accuses": the speaker the first "It" found
        head_at = subject.span.end - 1
        for previous, actor_id in reversed(self.seen):
            if previous.sentence < subject.sentence:
                break
            if previous.span.start <= head_at < previous.span.end:
                kind = self.builders[actor_id].kind
                if kind in coref.ACTOR_ORGS and actor_id not in quoting:
                    return actor_id
                return None
        return None

    def chain_speaker(
        self, mention: Mention, speakers: list[tuple[Mention, Actor]], quoting: set[str | None]
    ) -> str | None:
        """ "He said ..." (:mod:`.chain`): the last speaker of its own sentence before it,
        else that sentence's subject if a person, else the same in the sentence before;
        None when neither sentence has one (older speakers are tried next)."""
        start = self.quotation_start(mention)
        for sentence in (start.sentence, start.sentence - 1):
            if sentence < 0:
                break
            here = [
                a.id
                for m, a in speakers
                if m.sentence == sentence
                and m.span.end <= mention.span.start
                and coref.speaker_fits("he", m, a)
            ]
            if here:
                return here[-1]
            subject = chain.subject_of(self.extraction.subjects, sentence)
            if subject is None and sentence == mention.sentence:
                named = [
                    m
                    for m, _ in self.seen
                    if m.sentence == sentence
                    and m.label == "PERSON"
                    and m.span.end <= mention.span.start
                ]
                if named:
                    return None  # a sentence parsed without a subject: the nearest person
            if subject is None or subject.span.end > start.span.start:
                continue
            if subject.span.start == mention.span.start or not chain.names_a_person(subject):
                continue
            actor_id = self.subject_actor(subject)
            if actor_id is not None and actor_id not in quoting:
                return actor_id
        return None

    def subject_actor(self, subject: Mention) -> str | None:
        """The actor a sentence's subject names: the person (or the description of one)
        resolved at its head ("Saudi Foreign Minister Adel al-Jubeir", "the spokesman"),
        or for a description of an office holder that nothing resolved ("A Foreign
        Ministry spokesman") a document-local actor made of it; None for anything else."""
        head_at = subject.span.end - 1
        for previous, actor_id in reversed(self.seen):
            if previous.sentence < subject.sentence:
                break
            if previous.span.start <= head_at < previous.span.end:
                actor = self.builders[actor_id].actor()
                return actor_id if coref.speaker_fits("he", previous, actor) else None
        if subject.label != "NOMINAL" or subject.span.text.split()[0].lower() not in ("a", "an"):
            return None  # "the secretary" no one resolved refers to someone unknown
        named = self.named_in_apposition(subject)
        if named is not None:
            return named
        actor_id = self.fallback(subject)
        at = sum(1 for m, _ in self.seen if m.span.start < subject.span.start)
        self.seen.insert(at, (subject, actor_id))
        return actor_id

    def named_in_apposition(self, description: Mention) -> str | None:
        """The person a description of an office holder is named as further on in its
        sentence, between commas: "A commissioner of Raja County, in Western Bahr
        el-Ghazal, Riziq Dominic, told VOA ..." -> Riziq Dominic; None when there is none."""
        text = self.extraction.article.text
        for previous, actor_id in self.seen:
            if previous.sentence != description.sentence or previous.label not in ("PERSON", "ORG"):
                continue
            if previous.span.start < description.span.end:
                continue
            between = text[description.span.end : previous.span.start]
            after = text[previous.span.end : previous.span.end + 1]
            if len(between) <= 80 and between.rstrip().endswith(",") and after == ",":
                builder = self.builders[actor_id]
                if builder.kind is ActorKind.ORGANISATION and lookup(previous.span.text) is None:
                    builder.kind = ActorKind.PERSON  # a name the tagger took for a body
                return actor_id if builder.kind is ActorKind.PERSON else None
            return None  # only the first person after the description
        return None

    def name_roles(self) -> None:
        """ "A senior Iraqi official said P. ... The official, Ali Hassan, said Q": a person
        named in apposition to a definite description of an office holder ("The official,
        NAME,") is the one an earlier indefinite description with that head ("a senior
        Iraqi official", "an official") introduced, so that description, and whatever
        was resolved to it ("he said"), becomes that person (:func:`chain.named_role`)."""
        text = self.extraction.article.text
        for person, person_id in list(self.seen):
            if person.label not in ("PERSON", "ORG"):
                continue
            head = chain.named_role(text, person)
            if head is None:
                continue
            builder = self.builders[person_id]
            if builder.kind is ActorKind.ORGANISATION and lookup(person.span.text) is None:
                builder.kind = ActorKind.PERSON  # "The spokesman, Phay Siphan,": a person
            if builder.kind is not ActorKind.PERSON:
                continue
            for description, old in list(self.seen):
                if not chain.introduces(description, head, person):
                    continue
                if old == person_id or self.builders[old].kind not in _DESCRIBED:
                    continue
                self.relink(old, person_id)

    def relink(self, old: str, new: str) -> None:
        """Every mention resolved to the actor ``old`` now names ``new``."""
        for where, actor_id in list(self.of_mention.items()):
            if actor_id == old:
                self.of_mention[where] = new
        self.seen = [(m, new if i == old else i) for m, i in self.seen]
        self.spoken = [(m, new if i == old else i) for m, i in self.spoken]
        self.anonymous = [(m, new if i == old else i) for m, i in self.anonymous]
        self._index_of = None
        gone = self.builders.pop(old, None)
        builder = self.builders[new]
        if gone is not None and gone.affiliation and not builder.affiliation:
            builder.affiliation = gone.affiliation  # "a senior Iraqi official": Iraq

    def introduced_speaker(self, mention: Mention) -> str | None:
        """A news report's "We condemn ..." after a colon that introduces a statement ("The
        spokesman expressed the government's condolences: We condemn ..."): the speaker
        before the colon.  A sentence ending in the colon gives its subject when a person,
        state or organisation it resolved; a colon inside a sentence ("... condolences: We
        condemn ...", parsed as one) the first person named before it.  The statement runs
        on while each sentence in between speaks in the first person, at most
        :data:`_STATEMENT_RUN` sentences back.  None for anything else."""
        if mention.label != "PRON" or mention.head.lower() not in FIRST_PERSON:
            return None
        sentences = self.extraction.sentences
        text = self.extraction.article.text
        for back in range(_STATEMENT_RUN + 1):
            at = mention.sentence - back
            if at < 0:
                return None
            sentence = sentences[at]
            until = mention.span.start if back == 0 else sentence.end
            words = text[sentence.start : until]
            if words.rstrip().endswith(":"):
                if back == 0:  # "... condolences: We condemn" parsed as one sentence
                    return self.person_before(at, mention.span.start)
                return self.colon_subject(at)
            colon = _INTRODUCING_COLON.search(words)
            if colon is not None:
                return self.person_before(at, sentence.start + colon.start())
            if back and _FIRST_PERSON_WORD.search(words) is None:
                return None  # the reporter's own sentence: the statement has ended
        return None

    def colon_subject(self, sentence: int) -> str | None:
        """The actor the subject of a sentence ending in a colon names, if it can speak."""
        subject = chain.subject_of(self.extraction.subjects, sentence)
        if subject is None or subject.label == "PRON":
            return None
        head_at = subject.span.end - 1
        for previous, actor_id in reversed(self.seen):
            if previous.sentence == sentence and previous.span.start <= head_at < previous.span.end:
                kind = self.builders[actor_id].kind
                return actor_id if kind in _STATEMENT_SPEAKERS else None
        return None

    def person_before(self, sentence: int, end: int) -> str | None:
        """The first person named in sentence number ``sentence`` before ``end``."""
        for previous, actor_id in self.seen:
            if (
                previous.sentence == sentence
                and previous.span.end <= end
                and self.builders[actor_id].kind is ActorKind.PERSON
            ):
                return actor_id
        return None

    def quotation_start(self, mention: Mention) -> Mention:
        """'"A. B. C," he said.': "he" counted from the sentence where the quotation it
        attributes begins, so that a long quotation does not put its speaker out of reach."""
        content = self.said.get((mention.span.start, mention.span.end))
        if content is None or content[0] >= mention.span.start:
            return mention
        starts = [s.start for s in self.extraction.sentences]
        first = bisect.bisect_right(starts, content[0]) - 1
        return replace(mention, sentence=min(mention.sentence, max(first, 0)))

    def quoting_actors(self, mention: Mention) -> set[str | None]:
        """The speakers whose quotation "he" or "she" stands in: '"He says he has crushed
        our rebels," said Mr. Noor' speaks of someone else, not of Noor."""
        if mention.label != "PRON" or mention.head.lower() not in ("he", "she"):
            return set()
        return {
            self.of_mention.get(claimer)
            for start, end, claimer in self.quoting
            if start <= mention.span.start < end
        }

    def anonymous_source(self, mention: Mention) -> str:
        if coref.refers_back(mention) and self.anonymous:
            same = [i for m, i in self.anonymous if m.plural == mention.plural]
            actor_id = same[-1] if same else self.anonymous[-1][1]
        else:
            n = len({i for _, i in self.anonymous}) + 1
            actor_id = f"anonymous-source-{self.key}-{n}"
            name = bare_name(mention.span.text) or "anonymous source"
            side = self.side_of(mention)
            self.build(Draft(actor_id, name, ActorKind.ANONYMOUS, side))
        self.builders[actor_id].aliases.add(mention.span.text)
        self.anonymous.append((mention, actor_id))
        return actor_id

    def claimer(self, mention: Mention) -> str | None:
        """The actor a claimer mention names, or None when it names nobody ("They" with
        no antecedent, "her counterparts", "the accusations"); the reason is counted in
        the registry's ``dropped``."""
        found = self.actor_of(mention)
        if found is not None:
            return found
        reason = not_an_actor(mention, self.affiliation_id(mention.affiliation))
        if reason == MESSAGE and is_speaking_document(mention):
            issuer = self.document_issuer(mention)
            if issuer is not None:
                return issuer
            reason = None  # "The report says P": the report speaks when its author is unknown
        if reason is not None:
            self.registry.dropped[reason] += 1
            return None
        return self.fallback(mention)

    def document_issuer(self, mention: Mention) -> str | None:
        """ "The Foreign Ministry said P. The statement also said Q": a document named for
        the first time with a definite article right after someone spoke is what that
        speaker issued; the last speaker of the sentence before or the same one (not an
        anonymous source), or None (a document named earlier in the text is its own,
        and was linked to its author when extracted)."""
        words = mention.span.text.split()
        if not words or words[0].lower() not in ("the", "this"):
            return None
        text = self.extraction.article.text
        head = re.escape(mention.head.lower())
        if re.search(rf"\b{head}s?\b", text[: mention.span.start].lower()):
            return None
        for previous, actor_id in reversed(self.spoken):
            if previous.span.end > mention.span.start:
                continue
            if mention.sentence - previous.sentence > 1:
                return None
            kind = self.builders[actor_id].kind
            if kind in (ActorKind.STATE, ActorKind.ORGANISATION, ActorKind.PERSON):
                return actor_id
            return None
        return None
