"""Resolution: mentions -> actors with ids that are stable across documents.

One :class:`ActorRegistry` per build remembers every actor seen; :func:`resolve` turns
one :class:`~kg.model.Extraction` into a :class:`~kg.model.DocumentGraph`:

* named mentions -> actors by the gazetteer, acronyms and surnames (:mod:`.names`);
  capitals and "the Kremlin" stand for the state, offices such as the White House stay
  organisations affiliated with it (:mod:`.gazetteer`);
* pronouns and definite descriptions -> the nearest compatible actor (:mod:`.coref`);
  a "he said" claimer -> the speaker, else the person subject, of its sentence or the one
  before (:mod:`.chain`); "A senior Iraqi official said ... The official, Ali Hassan,"
  -> Ali Hassan;
* anonymous sources -> one actor per expression group ("multiple sources" ... "the
  sources"), affiliated with the outlet that cites them;
* titles and appositions -> roles and affiliations; role nominals ("the Secretary")
  -> the nearest person holding that role; unresolved plural speakers ("Russian
  officials") -> a GROUP, and "they" may refer back to one;
* only actors become actors: a pronoun with no antecedent ("They"), a relational group
  with no referent ("her counterparts", "our diplomats") and a message noun ("the
  accusations") name nobody, so a claim they make is left out, and counted in
  :attr:`ActorRegistry.dropped` (:mod:`.actors`);
* anonymous sources fold into one actor per outlet or affiliation that relays them
  ("anonymous sources via NBC News", "anonymous sources (United States)"); each
  claim keeps its own wording in its claimer mention;
* an actor known to the registry keeps its first name and kind in every document, and
  each document graph also holds the actors its actors are affiliated with, so that
  the graphs of one build describe every actor consistently;
* accusations and denials of one proposition -> an allegation (:mod:`.allegations`).

>>> from kg.model import Article, Extraction, Mention, Span
>>> text = "Donald Trump spoke. Trump left."
>>> mentions = (Mention(Span(0, 12, "Donald Trump"), "PERSON", 0),
...             Mention(Span(20, 25, "Trump"), "PERSON", 1))
>>> graph = resolve(Extraction(Article("d1", text, "-"), (), mentions, (), ()))
>>> [(m.span.text, actor) for m, actor in graph.mentions]
[('Donald Trump', 'donald-trump'), ('Trump', 'donald-trump')]
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace

from kg.model import (
    Actor,
    ActorKind,
    Article,
    Claim,
    DocumentGraph,
    Extraction,
    Mention,
    ResolvedClaim,
    ResolvedRelation,
    Span,
)
from kg.resolve import chain
from kg.resolve.actors import anonymous_draft
from kg.resolve.allegations import group_allegations
from kg.resolve.gazetteer import entries_by_id
from kg.resolve.names import from_entry
from kg.resolve.official import (
    _PROSE,
    _agent_clause,
    _impersonal_source,
    _prose_claim,
    _readout_pair,
    _voice,
    _without_charged_assertions,
)
from kg.resolve.official import AGENT_CLAUSE as AGENT_CLAUSE
from kg.resolve.official import _armed_state as _armed_state
from kg.resolve.registry import ActorRegistry
from kg.resolve.resolver import _Resolver as _Resolver
from kg.resolve.resolver import dateline_state as dateline_state
from kg.resolve.resolver import place_complement as place_complement
from kg.resolve.targets import _AIMED, _resolved
from kg.resolve.voice import (
    AUTHOR,
    is_first_person,
    is_official,
    news_only,
    official_only,
    own_office,
)

__all__ = ["ActorRegistry", "resolve"]


def _claim_mentions(extraction: Extraction) -> Iterable[Mention]:
    for claim in extraction.claims:
        yield claim.claimer
        yield from claim.targets
        if claim.cites is not None:
            yield claim.cites


def resolve(extraction: Extraction, registry: ActorRegistry | None = None) -> DocumentGraph:
    """Resolve one document's mentions, claims and relations to actors.

    ``registry`` (one per build) keeps ids stable across documents and learns this
    document's actors; without one a fresh registry is used.
    """
    registry = registry if registry is not None else ActorRegistry()
    article = extraction.article
    unique: dict[tuple[int, int], Mention] = {}
    for mention in [*extraction.mentions, *_claim_mentions(extraction)]:
        unique.setdefault((mention.span.start, mention.span.end), mention)
    mentions = [unique[key] for key in sorted(unique)]
    resolver = _Resolver(extraction, registry)
    speakers = frozenset(
        (m.span.start, m.span.end)
        for claim in extraction.claims
        for m in (claim.claimer, claim.cites)
        if m is not None and not claim.rule.endswith("unreachable")
    )
    said = {
        (claim.claimer.span.start, claim.claimer.span.end): (
            claim.content.start,
            claim.content.end,
        )
        for claim in extraction.claims
        if claim.content is not None and claim.claimer.label == "PRON"
    }
    claimers = frozenset((c.claimer.span.start, c.claimer.span.end) for c in extraction.claims)
    speaking = {
        (c.claimer.span.start, c.claimer.span.end)
        for c in extraction.claims
        # an allegation's author and one who could not be reached did not speak here
        if not c.rule.startswith("allegation_noun")
        and not c.rule.endswith(("+carried", "unreachable"))
    }
    resolver.run(mentions, speakers, said, claimers, claimers - speaking)
    if chain.ENABLED:
        resolver.name_roles()
    voice = _voice(resolver) if is_official(article.outlet) else None

    claims: list[ResolvedClaim] = []
    for claim in extraction.claims:
        if is_first_person(claim.claimer) and _agent_clause(article.text, claim.cue):
            registry.dropped[AGENT_CLAUSE] += 1
            continue  # "We do not accept the zone as declared by China": China declared it
        if voice is not None and news_only(claim.rule):
            continue  # a broadcast script's recorded words: an official text's "we" is its own
        if voice is not None and (claim.claimer.label == AUTHOR or is_first_person(claim.claimer)):
            # "We condemn", the text's own sentence, the official whose call a readout reports
            named = resolver.actor_of(claim.claimer) if claim.claimer.label == AUTHOR else None
            claimer = named or voice.speaker(claim.claimer)
            if claimer is not None and not _PROSE.isdisjoint(claim.rule.split("+")):
                prose = _prose_claim(resolver, voice, claim, claimer, _claim_id(article, claim))
                if prose is not None:
                    claims.append(prose)
                continue
        elif (
            voice is not None
            and claim.claimer.label == "NOMINAL"
            and own_office(claim.claimer.span.text, article.outlet)
        ):
            # "The President of Russia stressed ..." on the Kremlin's site: the text's voice
            claimer = voice.speaker(replace(claim.claimer, label=AUTHOR))
        elif voice is None and (claim.claimer.label == AUTHOR or official_only(claim.rule)):
            continue  # a news report's own sentence, or an appeal it reports, is no claim
        elif voice is not None and (pair := _readout_pair(resolver, claim.claimer)):
            # "The two condemned ...", "they jointly condemned ..." in a readout: each of the
            # two officials the readout names speaks
            claim_id = _claim_id(article, claim)
            claims.append(_resolved(resolver, claim, pair[0], claim_id))
            claims.append(_resolved(resolver, claim, pair[1], f"{claim_id}-{pair[1]}"))
            continue
        elif len(joint := resolver.joint_parties(claim.claimer)) > 1:
            # "The United States and Japan view that as ... They have not ruled out ...":
            # each state of the sentence before speaks
            claim_id = _claim_id(article, claim)
            claims.append(_resolved(resolver, claim, joint[0], claim_id))
            claims.extend(
                _resolved(resolver, claim, party, f"{claim_id}-{party}") for party in joint[1:]
            )
            continue
        else:
            sides = resolver.reciprocal_sides(claim.claimer)
            if sides is not None and claim.stance in _AIMED:
                # "The two sides traded accusations": one claim by each, aimed at the other
                for side, other in (sides, sides[::-1]):
                    cue_id = f"{article.id}-c{claim.cue.start}-{claim.claimer.span.start}"
                    claims.append(ResolvedClaim(f"{cue_id}-{side}", claim, side, (other,)))
                continue
            claimer = resolver.claimer(claim.claimer)
            if claimer is None and voice is None and chain.ENABLED:
                claimer = resolver.introduced_speaker(claim.claimer)  # "...:" then "We ..."
        if claimer is None and voice is not None and _impersonal_source(claim):
            # "according to the latest information, P" in an official text: its own claim
            claimer = voice.speaker(replace(claim.claimer, label=AUTHOR))
        if claimer is None:
            continue
        if voice is not None and "reported_prose" in claim.rule.split("+"):
            # "Zelenskyy noted that what the occupiers did is genocide": his accusation
            prose = _prose_claim(resolver, voice, claim, claimer, _claim_id(article, claim))
            if prose is not None:
                claims.append(prose)
            continue
        claims.append(_resolved(resolver, claim, claimer, _claim_id(article, claim)))
    claims = _without_charged_assertions(claims)
    _affiliate_anonymous_sources(resolver, claims)
    claims = _fold_anonymous_sources(resolver, claims)
    return _graph(extraction, resolver, registry, claims, mentions)


def _claim_id(article: Article, claim: Claim) -> str:
    content = claim.content.start if claim.content is not None else "x"
    return f"{article.id}-c{claim.cue.start}-{claim.claimer.span.start}-{content}"


def _graph(
    extraction: Extraction,
    resolver: _Resolver,
    registry: ActorRegistry,
    claims: list[ResolvedClaim],
    mentions: list[Mention],
) -> DocumentGraph:
    """The document graph of the resolved claims: actors, allegations, relations."""
    article = extraction.article
    actors = {b.id: b.actor() for b in resolver.builders.values()}
    _add_affiliations(actors, registry)
    allegations, member = group_allegations(
        article.id,
        claims,
        actors,
        [s.text for s in extraction.sentences],
        official=is_official(article.outlet),
    )
    claims = [
        ResolvedClaim(c.id, c.claim, c.claimer, c.targets, c.cites, member.get(c.id))
        for c in claims
    ]
    relations = tuple(_relations(extraction, resolver, claims))
    graph = DocumentGraph(
        article=article,
        sentences=extraction.sentences,
        actors=tuple(actors[key] for key in sorted(actors)),
        claims=tuple(sorted(claims, key=lambda c: (c.claim.cue.start, c.id))),
        relations=relations,
        allegations=allegations,
        mentions=tuple(
            (m, resolver.of_mention[(m.span.start, m.span.end)])
            for m in mentions
            if (m.span.start, m.span.end) in resolver.of_mention
        ),
    )
    if registry.curation is not None:  # the analyst's corrections (kg.curate)
        graph = registry.curation.apply(graph, registry)
    for actor in graph.actors:
        registry.add(actor)
    return graph


def _add_affiliations(actors: dict[str, Actor], registry: ActorRegistry) -> None:
    """Every actor an actor of the document is affiliated with is an actor of it too,
    so that each document graph describes all the actors it links to."""
    states = entries_by_id()
    for actor in list(actors.values()):
        wanted = actor.affiliation
        if not wanted or wanted in actors:
            continue
        known = registry.get(wanted)
        if known is not None:
            actors[wanted] = Actor(known.id, known.name, known.kind, wikidata=known.wikidata)
        elif wanted in states:
            draft = from_entry(states[wanted])
            actors[wanted] = Actor(
                draft.id, draft.name, draft.kind, (), (), draft.affiliation, draft.wikidata
            )


def _affiliate_anonymous_sources(resolver: _Resolver, claims: list[ResolvedClaim]) -> None:
    """An anonymous source belongs to the outlet that cites it or that it speaks to."""
    builders = resolver.builders
    outlets_in_sentence: dict[int, list[str]] = {}
    for mention, actor_id in resolver.seen:
        if builders[actor_id].kind is ActorKind.OUTLET:
            outlets_in_sentence.setdefault(mention.sentence, []).append(actor_id)
    for claim in claims:
        cited = builders[claim.cites] if claim.cites else None
        cites_outlet = builders[claim.claimer].kind is ActorKind.OUTLET
        if cited and cited.kind is ActorKind.ANONYMOUS and not cited.affiliation and cites_outlet:
            cited.affiliation = claim.claimer
    for claim in claims:
        source = builders[claim.claimer]
        outlets = outlets_in_sentence.get(claim.claim.sentence, [])
        if source.kind is ActorKind.ANONYMOUS and not source.affiliation and outlets:
            source.affiliation = outlets[0]


def _fold_anonymous_sources(
    resolver: _Resolver, claims: list[ResolvedClaim]
) -> list[ResolvedClaim]:
    """One anonymous-source actor per outlet or affiliation that relays it, across documents
    ("anonymous sources via NBC News"), instead of one per expression per document; the
    article's own outlet relays the sources nothing else claims."""
    article = resolver.extraction.article
    renamed: dict[str, str] = {}
    for old_id, builder in list(resolver.builders.items()):
        if builder.kind is not ActorKind.ANONYMOUS or not old_id.startswith("anonymous-source-"):
            continue
        relay = resolver.builders.get(builder.affiliation or "") or (
            resolver.registry.get(builder.affiliation or "")
        )
        relay_kind = relay.kind if relay is not None else None
        relay_name = relay.name if relay is not None else article.outlet
        draft = anonymous_draft(builder.affiliation, relay_name, relay_kind, article.outlet)
        folded = resolver.build(draft)
        folded.aliases |= builder.aliases
        folded.affiliation = folded.affiliation or draft.affiliation
        renamed[old_id] = folded.id
        del resolver.builders[old_id]
    if not renamed:
        return claims
    resolver.of_mention = {k: renamed.get(v, v) for k, v in resolver.of_mention.items()}
    resolver.seen = [(m, renamed.get(i, i)) for m, i in resolver.seen]
    return [
        replace(
            claim,
            claimer=renamed.get(claim.claimer, claim.claimer),
            targets=tuple(
                dict.fromkeys(
                    t
                    for t in (renamed.get(t, t) for t in claim.targets)
                    if t != renamed.get(claim.claimer, claim.claimer)
                )
            ),
            cites=renamed.get(claim.cites, claim.cites) if claim.cites else None,
        )
        for claim in claims
    ]


def _relations(
    extraction: Extraction, resolver: _Resolver, claims: list[ResolvedClaim]
) -> Iterable[ResolvedRelation]:
    article_id = extraction.article.id
    nearby = _claims_by_sentence(claims, extraction.sentences)
    for relation in extraction.relations:
        predicate = relation.predicate_span
        holders = [
            c
            for c in nearby(relation.sentence)
            if c.claim.content is not None
            and c.claim.content.start <= predicate.start
            and predicate.end <= c.claim.content.end
        ]
        holder = min(holders, key=_content_length).id if holders else None
        yield ResolvedRelation(
            f"{article_id}-r{predicate.start}-{relation.subject.start}-"
            + (str(relation.object.start) if relation.object is not None else "x"),
            relation,
            resolver.actor_for_span(relation.subject),
            resolver.actor_for_span(relation.object) if relation.object is not None else None,
            holder,
        )


def _claims_by_sentence(
    claims: list[ResolvedClaim], sentences: tuple[Span, ...]
) -> Callable[[int], list[ResolvedClaim]]:
    """The claims whose content may hold a predicate of sentence ``i``, in claim order:
    those of sentence ``i``, and any whose content leaves its own sentence (so that a
    document's relations x claims is not scanned whole: near-linear in its length)."""
    local: dict[int, list[int]] = {}
    spill: list[int] = []
    for n, c in enumerate(claims):
        content, sentence = c.claim.content, sentences[c.claim.sentence]
        if content is not None and sentence.start <= content.start <= content.end <= sentence.end:
            local.setdefault(c.claim.sentence, []).append(n)
        else:
            spill.append(n)

    def nearby(i: int) -> list[ResolvedClaim]:
        return [claims[n] for n in sorted(local.get(i, []) + spill)]

    return nearby


def _content_length(claim: ResolvedClaim) -> int:
    content = claim.claim.content
    return content.end - content.start if content is not None else 0
