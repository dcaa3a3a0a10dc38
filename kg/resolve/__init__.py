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

The parts live by what they resolve: :mod:`.registry` (the build's actors, merged across
documents), :mod:`.resolver` (one document's mentions -> actors: names, speakers,
descriptions and pronouns, the states targets stand for), :mod:`.official` (an official
text's own voice and the doers its prose charges), :mod:`.targets` (a claim's targets,
once its claimer is known) and :mod:`.graph` (the document graph they make).  This
module keeps the entry point, :func:`resolve`, which finds each claim its claimer.

>>> from kg.model import Article, Extraction, Mention, Span
>>> text = "Donald Trump spoke. Trump left."
>>> mentions = (Mention(Span(0, 12, "Donald Trump"), "PERSON", 0),
...             Mention(Span(20, 25, "Trump"), "PERSON", 1))
>>> graph = resolve(Extraction(Article("d1", text, "-"), (), mentions, (), ()))
>>> [(m.span.text, actor) for m, actor in graph.mentions]
[('Donald Trump', 'donald-trump'), ('Trump', 'donald-trump')]
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from kg.extract.claims import base as claims_base
from kg.extract.claims.content_lexicon import load_classes
from kg.model import (
    Article,
    Claim,
    DocumentGraph,
    Extraction,
    Mention,
    ResolvedClaim,
    Stance,
    Voice,
)
from kg.resolve import (
    chain,
    charged_acts,
    gazetteer,
    narrated_act,
    narrated_charge,
    narrated_subject,
    ranked_targets,
    readout_subject,
)
from kg.resolve import voice as voice_module
from kg.resolve.graph import _affiliate_anonymous_sources, _fold_anonymous_sources, _graph
from kg.resolve.names import from_entry
from kg.resolve.official import (
    _PROSE,
    _agent_clause,
    _impersonal_source,
    _prose_claim,
    _readout_participants,
    _voice,
    _without_charged_assertions,
    aimed_at_own_side,
    own_deed,
)
from kg.resolve.official import AGENT_CLAUSE as AGENT_CLAUSE
from kg.resolve.official import _armed_state as _armed_state
from kg.resolve.registry import ActorRegistry
from kg.resolve.resolver import _Resolver as _Resolver
from kg.resolve.resolver import dateline_state as dateline_state
from kg.resolve.resolver import place_complement as place_complement
from kg.resolve.targets import _crossed, _each_side, _joined_names, _resolved
from kg.resolve.voice import (
    AUTHOR,
    is_first_person,
    is_official,
    news_only,
    official_only,
    own_head_title,
    own_office,
    post_only,
    publisher_state,
    reads_posts,
    speech_only,
)

#: The publishers whose demands of a named actor (family ``official_demand``, round 20) are
#: kept: the U.S. diplomatic register ("We urge Iran to return to full implementation of the
#: JCPOA", "Russia must de-escalate") tells the addressee it falls short.  The Ukrainian and
#: Kremlin addresses call on their partners for help ("I called on Spain, Denmark ... to
#: further strengthen sanctions", "The European Union must finally adopt a principled
#: decision"), which charges nobody: reading 24 of the family's claims outside the gold
#: found those wrong (benchmarks/allegations/RESULTS.md, round 20, usvoice20).
DEMANDING_PUBLISHERS = frozenset({"united-states"})
#: Round 36 (measures37, issue 12: a joint statement's claims given to the publisher's state
#: alone): in an official text whose opening names its signatories in apposition to "We" ("We,
#: the Foreign Ministers of France, Germany, Italy, the United Kingdom and the United States of
#: America wish ...", read by ``kg.extract.claims.base.LISTED_SIGNATORIES``), every later
#: "we" speaks for each signatory, one claim each (:func:`_joint_signatories`), as ``dev4``
#: annotates a joint statement; without it a later "we" is the publisher's government (or the
#: group a title names) once, as ``test33`` and ``test35`` annotate it (GUIDE). Measured (round
#: 36, against its own off row, both scopes): ``dev4`` +5 matched triples (four wrong more: the
#: right speakers, a stance or target missed as for the United States' own claim); first half,
#: second half and held out unmoved (none of their parts has such an opening).
JOINT_WE = True
#: How far into the text the apposition that names the signatories may stand.
_JOINT_OPENING = 600
_APPOSED_WE = re.compile(r"\bWe,\s")
#: The words of an apposition that names signatories: the verb after it is the first word
#: that is neither capitalised nor one of these ("the leaders of", "Heads of State/Government").
_APPOSITION_WORDS = (
    frozenset({"of", "the", "and"}) | load_classes("signatory_words.tsv")["signatory_noun"]
)
_WORD = re.compile(r"[\w#@’'/.-]+")
#: Round 37 (alleg38, issue 13): a news outlet's own narration, kept as the outlet's claim.
#: The allegations gold of the VOA parts gives the story's own account of an act to the outlet
#: ("North Korea has often detained Americans and other foreign citizens on trumped up
#: charges", "Honduran military forces have ousted President Manuel Zelaya": VOA's), and the
#: resolver dropped every claim of a news text's :data:`~kg.resolve.voice.AUTHOR` ("a news
#: report's own sentence ... is no claim"): on the development parts the largest cause of a gold
#: claim made and dropped at resolution outside ``_in_speech_only``'s (``blind23``: 27 of 30).
#: ``None``: dropped, as before.  ``"charges"``: an ``AUTHOR`` claim of a news text whose
#: outlet the gazetteer knows (Voice of America) made by ``author_voice`` (the text's own
#: charge, "official_prose", or stance, "content_stance"; not a demand or a designation it
#: reports) is the outlet's, in its own voice (:attr:`~kg.model.Voice.PUBLISHER`).  ``"all"``: the
#: ``address_speech`` assertions of such a text too (each sentence of the story the outlet's
#: assertion, for ``NEWS_ASSERTIONS`` to join to the story's charge).  ``"joined"``: ``"all"``
#: whose outlet assertions join the story's charge but never open it nor state its proposition.
#: Measured (benchmarks/allegations/RESULTS.md, "Round 37, alleg38"), each against the start:
#: ``"joined"`` development 3.9956 -> 4.0026, held out 4.8706 -> 4.9804 (``blind33`` 0.1465 ->
#: 0.1716), but it moves the claims benchmark (a speaker's claim beside the outlet's gains its
#: target: +2 matched triples), which its bar said it could not; ``"charges"`` lowers ``blind27``
#: by 0.0101, ``"all"`` the development cross-document precision.  Off by the bars; the lead
#: turned ``"joined"`` on (round 37): its bar's (e) was a premise ("the claims benchmark cannot
#: move"), not a quality condition, and it moved up (+2 / +1 matched, nothing lower); a named
#: ``AUTHOR`` mention (a readout's subject) stays dropped (the helper's "Left": 2 corpus claims).
NEWS_PUBLISHER: str | None = "joined"
#: Round 42 (alleg55, issue 13): a news story's report of a named speaker's appeal to release
#: the jailed ("U.S. State Department Deputy Spokesperson Mark Toner urged the government of
#: Azerbaijan to release Ms. Ismayilova and others incarcerated in connection with exercising
#: their fundamental freedoms", "Amnesty called on China earlier this week to immediately
#: release prisoners of conscience Liu Xiaobo and his wife").  The extractor's ``demand`` family
#: reads it (a demand whose asked act presupposes the addressee's wrong) and resolution drops it
#: outside an official text (``voice.OFFICIAL_ONLY``: the claims guide's point 16 reads a
#: reported appeal as no claim), while the allegations gold reads the call as the speaker's
#: criticism of the addressee, a claim of the jailing's allegation.  ``None``: dropped, as
#: before.  ``"release"``: a news text's ``demand`` claim whose asked act is a release ("release",
#: "free") and whose claimer is a named speaker (not the story's own voice) is kept, its rule
#: refined by :data:`APPEAL_RULE`; ``"all"``: every such ``demand`` claim (stop, withdraw,
#: release).  The claims benchmark leaves the refined claims out (its point 16:
#: ``kg.evaluate.claims.claims_in``), so only the allegations see them.
NEWS_APPEALS: str | None = None
#: The refinement :data:`NEWS_APPEALS` adds to a kept reported appeal's rule.
APPEAL_RULE = "reported_appeal"
_RELEASE_ASKED = re.compile(r"^(?:to\s+)?(?:\w+ly\s+)?(?:release|free)\b", re.IGNORECASE)


def _news_appeal(claim: Claim) -> bool:
    """Whether :data:`NEWS_APPEALS` keeps a news text's claim: a named speaker's ``demand``.

    >>> from kg.model import Mention, Span
    >>> said = Mention(Span(0, 4, "Toner"), "PERSON", 0)
    >>> asked = Span(30, 60, "release Ms. Ismayilova")
    >>> claim = Claim(said, Stance.CRITICIZE, said.span, 0, content=asked, rule="demand")
    >>> NEWS_APPEALS is None or _news_appeal(claim)
    True
    """
    if NEWS_APPEALS is None or claim.claimer.label == AUTHOR or not claim.claimer.span.text:
        return False
    if "demand" not in claim.rule.split("+"):
        return False
    if NEWS_APPEALS == "all":
        return True
    return claim.content is not None and bool(_RELEASE_ASKED.match(claim.content.text))


#: The :data:`NEWS_PUBLISHER` values that keep the outlet's ``address_speech`` assertions:
#: ``"joined"`` is ``"all"`` whose outlet assertions join the story's charge but never open it
#: nor state its proposition (``kg.resolve.allegations.outlet_joins_only``).
_OUTLET_ASSERTS = frozenset({"all", "joined"})
#: ``address_speech``'s rule, and the mark :mod:`kg.resolve.narrated_subject` adds to it.
_SPEECH = "address_speech"
_NARRATED = "narrated_subject"
_NARRATED_ACT = "narrated_act"
_NARRATED_CHARGE = "narrated_charge"
_CHARGE_CONTENT = "charge_content"
#: The families kept only in a demanding publisher's text (``release_call``: round 21).
_DEMANDS = frozenset({"official_demand", "release_call"})

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
    if not reads_posts(article) and any(post_only(c.rule) for c in extraction.claims):
        # the account's own voice (``post_voice``) is kept in an official post only:
        # anywhere else the document resolves as if the family had not run
        kept = tuple(c for c in extraction.claims if not post_only(c.rule))
        extraction = replace(extraction, claims=kept)
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
    # a quotation run split a claim a sentence ('"A. B. C," he said.', ``split_run``): "he"
    # is counted from where the run begins, over all the claims it speaks
    split = {
        (c.claimer.span.start, c.claimer.span.end)
        for c in extraction.claims
        if "split_run" in c.rule.split("+")
    }
    if CLOSED_RUN_START:
        split |= _closing_pronouns(extraction.claims)
    for claim in extraction.claims:
        key = (claim.claimer.span.start, claim.claimer.span.end)
        if key in split and claim.content is not None:
            start, end = said.get(key, (claim.content.start, claim.content.end))
            said[key] = (min(start, claim.content.start), max(end, claim.content.end))
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

    signatories: tuple[str, ...] = ()
    opening = 0
    if (
        JOINT_WE
        and voice is not None
        and (claims_base.NAMED_GROUP_MEMBERS or not _named_group(resolver, voice.group))
    ):
        # (a group the apposition or the title names, "We, the G7 Foreign Ministers of ...",
        # stays the speaker unless its members are listed there: kg.extract.claims.base's
        # NAMED_GROUP_MEMBERS; with none listed it stays the speaker, kg.resolve.voice)
        signatories, opening = _joint_signatories(
            resolver, mentions, extraction.claims, article.text
        )
    claims: list[ResolvedClaim] = []
    deeds: set[str] = set()  # the text's own accusations of its own side (official.OWN_DEEDS)
    acts: dict[str, str] = {}  # a news story's narrated repressive acts: their states
    demanding = publisher_state(article.outlet) in DEMANDING_PUBLISHERS
    for claim in extraction.claims:
        also: tuple[str, ...] = ()  # the other participants a readout's subject names
        if not demanding and not _DEMANDS.isdisjoint(claim.rule.split("+")):
            continue  # a Ukrainian or Kremlin call on partners charges nobody
        if is_first_person(claim.claimer) and _agent_clause(article.text, claim.cue):
            registry.dropped[AGENT_CLAUSE] += 1
            continue  # "We do not accept the zone as declared by China": China declared it
        if voice is not None and news_only(claim.rule):
            continue  # a broadcast script's recorded words: an official text's "we" is its own
        if (
            signatories
            and claim.claimer.label != AUTHOR
            and claim.claimer.span.text.lower() in voice_module.FIRST_PLURAL
            and claim.claimer.span.start >= opening
            and _PROSE.isdisjoint(claim.rule.split("+"))
        ):
            # a joint statement's later "we": each signatory its opening names (JOINT_WE)
            claim_id = _claim_id(article, claim)
            claims.append(_resolved(resolver, claim, signatories[0], claim_id))
            claims.extend(
                _resolved(resolver, claim, party, f"{claim_id}-{party}")
                for party in signatories[1:]
            )
            continue
        if voice is not None and (claim.claimer.label == AUTHOR or is_first_person(claim.claimer)):
            # "We condemn", the text's own sentence, the official whose call a readout reports
            named = resolver.actor_of(claim.claimer) if claim.claimer.label == AUTHOR else None
            claimer = named or voice.speaker(claim.claimer)
            if readout_subject.ENABLED and claim.claimer.label == AUTHOR and named is None:
                # "He underscored the U.S. rejection of the PRC's unlawful maritime claims":
                # the readout's official speaks the text's sentence (kg.resolve.readout_subject)
                subjects = readout_subject.speakers(resolver, mentions, claim)
                if subjects:
                    claimer, also = subjects[0], subjects[1:]
            if claimer is not None and not _PROSE.isdisjoint(claim.rule.split("+")):
                claim_id = _claim_id(article, claim)
                for index, speaker in enumerate((claimer, *also)):
                    spoken = claim_id if index == 0 else f"{claim_id}-{speaker}"
                    prose = _prose_claim(resolver, voice, claim, speaker, spoken)
                    if prose is not None:
                        claims.append(prose)
                continue
            if claimer is not None and own_deed(resolver, voice, claim, claimer):
                deeds.add(_claim_id(article, claim))  # "U.S. forces conducted a strike ..."
            elif (
                narrated_act.OFFICIAL_ACTS
                and claimer is not None
                and claim.rule == _SPEECH
                and claim.claimer.label == AUTHOR
                and claim.cue is not None
                and not voice.in_speech(claim.cue.start)
                and (
                    state := narrated_act.accused_state(
                        resolver, extraction, claim.sentence, claimer
                    )
                    or (
                        narrated_act.deed_doer(resolver, extraction, claim.sentence, claimer)
                        if narrated_act.OFFICIAL_DEEDS
                        else None
                    )
                )
                is not None
            ):
                # "Today marks six years since the Iranian government wrongfully detained
                # Baquer Namazi": the issuer's own accusation (narrated_act.OFFICIAL_ACTS)
                claim = _publisher_accusation(claim, _NARRATED_ACT)
                acts[_claim_id(article, claim)] = state
        elif (
            voice is not None
            and claim.claimer.label == "NOMINAL"
            and (
                own_office(claim.claimer.span.text, article.outlet)
                or own_head_title(claim.claimer.span.text, article.outlet)
            )
        ):
            # "The President of Russia stressed ..." on the Kremlin's site: the text's voice
            claimer = voice.speaker(replace(claim.claimer, label=AUTHOR))
        elif (
            voice is not None
            and voice_module.NAMED_HEAD_TITLE
            and voice.named_head is not None
            and claim.claimer.label == "NOMINAL"
            and own_head_title(claim.claimer.span.text, article.outlet, on=True)
        ):
            # "The Head of State noted ..." after "President of Ukraine Volodymyr Zelenskyy
            # met with ...": the holder the text names (voice.NAMED_HEAD_TITLE)
            claimer = voice.named_head
        elif voice is None and _news_appeal(claim):
            # "Mark Toner urged the government of Azerbaijan to release Ms. Ismayilova":
            # the speaker's criticism of the addressee, for the allegations (NEWS_APPEALS)
            claim = replace(claim, rule=f"{claim.rule}+{APPEAL_RULE}")
            claimer = resolver.claimer(claim.claimer)
        elif voice is None and (claim.claimer.label == AUTHOR or official_only(claim.rule)):
            claimer = _news_publisher(resolver, article, claim)
            if claimer is None:
                continue  # a news report's own sentence, or an appeal it reports, is no claim
            subject = (
                narrated_subject.speaker(resolver, extraction, claim.sentence, claimer)
                if narrated_subject.NARRATED is not None and claim.rule == _SPEECH
                else None
            )
            state = (
                narrated_act.accused_state(resolver, extraction, claim.sentence, claimer)
                if narrated_act.NARRATED_ACT and subject is None and claim.rule == _SPEECH
                else None
            )
            charged = (
                narrated_charge.charged_actor(resolver, extraction, claim.sentence, claimer)
                if narrated_charge.NARRATED_CHARGE
                and subject is None
                and state is None
                and claim.rule == _SPEECH
                else None
            )
            if subject is not None:
                # "North Korea has sent protests to ...": the subject's stance act, told by
                # the story, is the subject's claim (kg.resolve.narrated_subject)
                claimer = subject
                claim = replace(claim, rule=f"{claim.rule}+{_NARRATED}", voice=Voice.ATTRIBUTED)
            elif state is not None:
                # "Chinese authorities whisked away Liu Xiaobo": the outlet's own accusation
                # of the state (kg.resolve.narrated_act)
                claim = _publisher_accusation(claim, _NARRATED_ACT)
                acts[_claim_id(article, claim)] = state
            elif charged is not None:
                # "He is blamed for mishandling a military mutiny": the outlet's own report of
                # the charge against him (kg.resolve.narrated_charge)
                claim = _publisher_accusation(claim, _NARRATED_CHARGE)
                acts[_claim_id(article, claim)] = charged
            else:
                claim = replace(claim, voice=Voice.PUBLISHER)  # the outlet's own (NEWS_PUBLISHER)
        elif voice is not None and (participants := _readout_participants(resolver, claim.claimer)):
            # "The two condemned ...", "they jointly condemned ...", "The leaders reaffirmed
            # ..." in a readout: each of the officials the readout names speaks
            claim_id = _claim_id(article, claim)
            claims.append(_resolved(resolver, claim, participants[0], claim_id))
            claims.extend(
                _resolved(resolver, claim, person, f"{claim_id}-{person}")
                for person in participants[1:]
            )
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
            crossed = _crossed(claim)
            # a claim the two make together needs the two named as a pair: "The two sides
            # reaffirmed ..." in a readout after other states named in passing is no split
            sides = resolver.reciprocal_sides(
                claim.claimer, paired_only=not crossed, crossed=crossed
            )
            if sides is not None:
                claims.extend(_each_side(resolver, claim, sides, article.id))
                continue
            joined = [resolver.claimer(m) for m in _joined_names(claim.claimer)]
            if len(joined) == 2 and None not in joined and joined[0] != joined[1]:
                # "Amnesty International and Human Rights Watch said" tagged as one name
                cue_id = f"{article.id}-c{claim.cue.start}-{claim.claimer.span.start}"
                claims.extend(
                    _resolved(resolver, claim, party, f"{cue_id}-{party}")
                    for party in joined
                    if party is not None
                )
                continue
            # a handle naming its owner in an official post: "As @SecPompeo tweeted"
            handled = voice.handle_speaker(claim.claimer) if voice is not None else None
            claimer = handled or resolver.claimer(claim.claimer)
            if claimer is None and voice is None and chain.ENABLED:
                claimer = resolver.introduced_speaker(claim.claimer)  # "...:" then "We ..."
            claimer = _charged_denier(claim, claimer, claims)
            if narrated_charge.DENIED_CHARGE and voice is None:
                # "..., a charge he denies": the charged actor's denial
                # (kg.resolve.narrated_charge.DENIED_CHARGE)
                claimer = narrated_charge.denier(resolver, extraction, claim) or claimer
            charged_by = (
                narrated_charge.speaker_charge(resolver, extraction, claim, claimer)
                if narrated_charge.SPEAKER_CHARGES and voice is None and claimer is not None
                else None
            )
            if charged_by is not None:
                # "Hong says Ai is being held on suspicion of economic crimes": the speaker's
                # assertion of the charge is its accusation of him (kg.resolve.narrated_charge)
                claim = replace(claim, rule=f"{claim.rule}+{_CHARGE_CONTENT}", stance=Stance.ACCUSE)
                acts[_claim_id(article, claim)] = charged_by
        if claimer is None and voice is not None and _impersonal_source(claim):
            # "according to the latest information, P" in an official text: its own claim,
            # in its own voice (kg.model.Voice)
            claimer = voice.speaker(replace(claim.claimer, label=AUTHOR))
            claim = replace(claim, voice=Voice.PUBLISHER)
        if claimer is None:
            continue
        if voice is not None and "reported_prose" in claim.rule.split("+"):
            # "Zelenskyy noted that what the occupiers did is genocide": his accusation
            prose = _prose_claim(resolver, voice, claim, claimer, _claim_id(article, claim))
            if prose is not None:
                claims.append(prose)
            continue
        claims.append(_resolved(resolver, claim, claimer, _claim_id(article, claim)))
        claims.extend(
            _resolved(resolver, claim, other, f"{_claim_id(article, claim)}-{other}")
            for other in also
        )
    if not voice_module.POST_TARGETLESS or (
        voice_module.OFFICIAL_VOICE == "targets" and not voice_module.is_post(article)
    ):
        # an account's own sentence that names no party it charges is no claim
        claims = [c for c in claims if c.targets or not post_only(c.claim.rule)]
    claims = _without_charged_assertions(claims)
    if charged_acts.MODE is not None and (charged_acts.MODE != "official" or voice is not None):
        claims = [
            charged_acts.charged(resolver, c, charged_acts.MODE, extraction.relations)
            for c in claims
        ]
    _affiliate_anonymous_sources(resolver, claims)
    claims = _fold_anonymous_sources(resolver, claims)
    if ranked_targets.ENABLED:
        claims = _ranked(resolver, claims, mentions)
    if deeds and voice is not None:
        # an own-side deed the ranker aimed at no other party charges nobody
        claims = [
            c for c in claims if c.id not in deeds or not aimed_at_own_side(resolver, voice, c)
        ]
    in_speech = voice is not None and (
        voice_module.SPEECH_VOICE or voice_module.labelled_post(article)
    )
    if voice is not None and (
        in_speech or (voice_module.TURN_CHARGES and voice_module.remarks_transcript(article))
    ):
        # a speaker's own speech: its sentences are the speaker's claims (voice.SPEECH_VOICE),
        # as a post's labelled speaker's are (round 43, posts55: voice.POST_SPEECH) and a
        # remarks transcript's official turn's (round 44, official57: voice.TURN_CHARGES)
        claims = [_spoken(voice, c, official_turns=not in_speech) for c in claims]
    if acts:
        # a story's narrated repressive act accuses the state that did it, and only it
        claims = [replace(c, targets=(acts[c.id],)) if c.id in acts else c for c in claims]
    if any(speech_only(c.claim.rule) for c in claims):
        # a speech's sentences (address_speech, round 35): the speaker's, inside a speech only
        claims = _in_speech_only(voice, claims)
    return _graph(extraction, resolver, registry, claims, mentions)


def _news_publisher(resolver: _Resolver, article: Article, claim: Claim) -> str | None:
    """The outlet that speaks a news text's own sentence (:data:`NEWS_PUBLISHER`), or None:
    the switch off, a claimer not the text's own (an appeal an official-only family reads),
    a family other than ``author_voice`` (a demand, a designation, a reported official's
    prose), ``address_speech`` unless the switch is ``"all"``, or an outlet the gazetteer
    does not know."""
    if NEWS_PUBLISHER is None or claim.claimer.label != AUTHOR:
        return None
    if claim.claimer.span.text:
        return None  # a readout's named subject ("Blinken spoke ... to discuss"): not the outlet
    families = set(claim.rule.split("+"))
    if "author_voice" in families:
        if not _NOT_NEWS_VOICE.isdisjoint(families):
            return None
    elif not (NEWS_PUBLISHER in _OUTLET_ASSERTS and families == {"address_speech"}):
        return None
    entry = voice_module.news_outlet(article.outlet)
    if entry is None:
        return None
    return resolver.build(from_entry(entry)).id


#: The families whose ``author_voice`` claim of a news text stays dropped under
#: :data:`NEWS_PUBLISHER`: an appeal or a measure the story reports is its maker's, not the
#: outlet's.
_NOT_NEWS_VOICE = frozenset(
    {"demand", "official_demand", "release_call", "designation", "reported_prose", "post_voice"}
)


def _named_group(resolver: _Resolver, group: str | None) -> bool:
    """Whether the voice's group is a group by its own name ("G7 Foreign Ministers"), not the
    signatories' noun of a list ("Heads of State/Government" of "We, the Heads of
    State/Government of Georgia, Republic of Moldova and Ukraine")."""
    builder = resolver.builders.get(group) if group is not None else None
    if builder is None:
        return False
    return builder.name.lower().removeprefix("the ").split(" ")[0] not in _APPOSITION_WORDS


#: Offices a joint statement lists beside states ("the High Representative of the European
#: Union"): the body the office's "of" names signs (``kg.extract.claims.base.NAMED_GROUP_MEMBERS``).
_OFFICE_WORDS = load_classes("signatory_words.tsv")["office_noun"] | {"high"}


def _first_member(resolver: _Resolver, name: str) -> str | None:
    """The actor named after the last "of" of a group's name tagged as one ("the G7 Foreign
    Ministers of Canada": Canada), when the text has that actor."""
    entry = gazetteer.lookup(name.rsplit(" of ", 1)[-1]) if " of " in name else None
    return entry.id if entry is not None and entry.id in resolver.builders else None


def _joint_signatories(
    resolver: _Resolver, mentions: Iterable[Mention], claims: Iterable[Claim], text: str
) -> tuple[tuple[str, ...], int]:
    """The signatories a joint statement's opening names in apposition to "We" (:data:`JOINT_WE`)
    and where that "We" stands: the persons named between "We," and the apposition's verb (the
    first word neither capitalised nor "of", "the", "and" or a signatories' noun: "We, President
    of the United States of America Joseph R. Biden and President of the Russian Federation
    Vladimir Putin, note": Biden, Putin), else the states and bodies named there ("We, the
    Foreign Ministers of France, Germany, Italy, the United Kingdom and the United States of
    America wish": the five), two or more; none when the opening has no such "We"."""
    found = _APPOSED_WE.search(text, 0, _JOINT_OPENING)
    if found is None:
        return (), 0
    end = found.end()
    for word in _WORD.finditer(text, found.end(), _JOINT_OPENING + found.end()):
        end = word.start()
        if not (word.group()[0].isupper() or word.group().lstrip("#@")[:1].isupper()) and (
            word.group().lower() not in _APPOSITION_WORDS
        ):
            break
    persons: list[str] = []
    parties: list[str] = []
    # the names tagged in the apposition, and the speakers the claim rules read there (a name
    # the tagger ran into the noun: "the Foreign Ministers of France" tagged as one name)
    spoken = [c.claimer for c in claims if c.claimer.label not in (AUTHOR, "PRON")]
    for mention in sorted([*mentions, *spoken], key=lambda m: m.span.start):
        if not found.end() <= mention.span.start < mention.span.end <= end:
            continue
        actor = resolver.actor_of(mention) or resolver.claimer(mention)
        head = mention.span.text.lower().removeprefix("the ").split(" ")[0]
        if actor is None or head in _APPOSITION_WORDS:
            continue  # "Heads of State/Government" tagged as a name: the signatories' noun
        if claims_base.NAMED_GROUP_MEMBERS and any(ch.isdigit() for ch in head):
            # "the G7 Foreign Ministers of Canada" tagged as one name: the group's own name, and
            # the first member after its "of"
            actor = _first_member(resolver, mention.span.text)
            if actor is not None and actor not in parties:
                parties.append(actor)
            continue
        if claims_base.NAMED_GROUP_MEMBERS and head in _OFFICE_WORDS:
            continue  # "High Representative" (of the European Union): the body is named there
        kept = persons if mention.label == "PERSON" else parties
        if mention.label not in ("PRON", "ANON", AUTHOR) and actor not in kept:
            kept.append(actor)
    chosen = persons if len(persons) >= 2 else parties
    return (tuple(chosen), found.start()) if len(chosen) >= 2 else ((), 0)


def _in_speech_only(
    voice: voice_module.Voice | None, claims: list[ResolvedClaim]
) -> list[ResolvedClaim]:
    """``claims`` with :mod:`kg.extract.claims.address_speech`'s kept only inside a speaker's
    speech (:meth:`kg.resolve.voice.Voice.in_speech`), attributed to that speaker; anywhere
    else (a readout, a statement, a transcript's narration, a text of no official) they go.

    Not quite as if the family had not run: they were resolved with the rest (the resolver
    saw their claimers and mentions), which changes other claims of 14 corpus documents
    (round 36, speed37).  Dropping them first needs the speech test before ``resolver.run``,
    on which it depends today."""
    kept = []
    for resolved in claims:
        claim = resolved.claim
        if not speech_only(claim.rule):
            kept.append(resolved)
        elif voice is not None and voice.in_speech(claim.cue.start):
            kept.append(replace(resolved, claim=replace(claim, voice=Voice.ATTRIBUTED)))
        elif voice is not None and (signer := voice.in_statement(claim.cue.start, claim.rule)):
            # a signed statement's "I"/"we" sentence: its signer's or its "we"'s (STATEMENT_SPEECH)
            spoken = replace(claim, voice=Voice.ATTRIBUTED)
            kept.append(replace(resolved, claim=spoken, claimer=signer))
        elif voice is None and NEWS_PUBLISHER in _OUTLET_ASSERTS and claim.voice == Voice.PUBLISHER:
            kept.append(resolved)  # a news outlet's own sentence (NEWS_PUBLISHER)
        elif voice is None and _NARRATED in claim.rule.split("+"):
            kept.append(resolved)  # a news story's narration of its subject's stance act
        elif voice is not None and _NARRATED_ACT in claim.rule.split("+"):
            kept.append(resolved)  # an official text's narrated act (narrated_act.OFFICIAL_ACTS)
    return kept


def _spoken(
    voice: voice_module.Voice, resolved: ResolvedClaim, official_turns: bool = False
) -> ResolvedClaim:
    """``resolved`` attributed to its speaker when it is in the text's own voice inside a
    speaker's speech (:meth:`kg.resolve.voice.Voice.in_speech`); with ``official_turns``,
    only inside a labelled turn that is no journalist's question
    (:meth:`kg.resolve.voice.Voice.in_official_turn`, :data:`kg.resolve.voice.TURN_CHARGES`)."""
    claim = resolved.claim
    at = claim.cue.start if claim.cue is not None else claim.claimer.span.start
    if claim.voice != Voice.PUBLISHER or not voice.in_speech(at):
        return resolved
    if official_turns and not voice.in_official_turn(at):
        return resolved
    return replace(resolved, claim=replace(claim, voice=Voice.ATTRIBUTED))


#: Whether a "he"/"she" that closes a quotation run ('"A. B. C," she said.') is counted from
#: where the run begins also when the run's earlier sentences are ``follow_on_quote`` claims
#: of that pronoun rather than one split claim (``split_run``): a run opened after a sentence
#: of narration ('UNHCR and IOM were preparing a convoy. "This is a site where ... And this
#: is what we were doing when the attacks happened," she said.') is attributed at its close,
#: and counted from its last sentence alone the pronoun's speaker (the person who spoke before
#: the narration) is out of reach, so the whole run was dropped (round 35, quotes36, issue 12).
#: Scored once (with ``speakers.RUN_SPEAKER``, document scope; its own row, set off alone from
#: the shipped set): first half and ``dev4`` 7 matched claimer+stance+target triples and 8 system
#: claims; second half 5 and 10; held out 4 and 3; in the sentence scope (no closing attribution
#: in an item's text) one more unmatched claim on the first half, nothing elsewhere
#: (benchmarks/claims/RESULTS.md, "Round 35, quotes36").  On.
CLOSED_RUN_START = True


def _closing_pronouns(claims: Iterable[Claim]) -> set[tuple[int, int]]:
    """The pronoun claimers that close a quotation run: a ``follow_on_quote`` claim whose
    claimer mention stands after its content (the attribution at the run's end)."""
    return {
        (c.claimer.span.start, c.claimer.span.end)
        for c in claims
        if c.claimer.label == "PRON"
        and c.content is not None
        and c.claimer.span.start >= c.content.end
        and "follow_on_quote" in c.rule.split("+")
    }


#: Whether a pronoun that denies right after a charge is the charged party, not the one who
#: made the charge (:func:`_charged_denier`; round 23, speakers23).
CHARGED_DENIER = True
_CHARGES = frozenset({Stance.ACCUSE, Stance.ASSERT, Stance.CRITICIZE})
#: A denial's content that refers back to the charge just made: "the claim", "the
#: allegations", "it".
_REFERRED_CHARGE = re.compile(
    r"(?:(?:the|these|those|this|that|such)\s+)?(?:claims?|allegations?|charges?|accusations?"
    r"|reports?|assertions?)|it|this|that|them"
)


def _charged_denier(claim: Claim, claimer: str | None, done: list[ResolvedClaim]) -> str | None:
    """ "Britain said the attack was approved at a top level of the Russian government. It
    has strongly denied the claim.": a pronoun that denies is not the speaker who made the
    charge a sentence before (nobody denies their own charge in the next breath); it is
    the party that charge names, when it names exactly one.  ``claimer`` as it is
    otherwise."""
    if (
        not CHARGED_DENIER
        or claimer is None
        or claim.stance is not Stance.DENY
        or claim.claimer.label != "PRON"
        or claim.content is None
        or not _REFERRED_CHARGE.fullmatch(claim.content.text.strip().lower())
    ):
        return claimer  # "It denied targeting civilians" may be the speaker's own denial
    for earlier in reversed(done):
        if earlier.claim.sentence < claim.sentence - 1:
            break
        if earlier.claim.sentence >= claim.sentence or earlier.claimer != claimer:
            continue
        targets = [t for t in earlier.targets if t != claimer]
        if earlier.claim.stance in _CHARGES and len(set(targets)) == 1:
            return targets[0]
        return claimer
    return claimer


def _ranked(
    resolver: _Resolver, claims: list[ResolvedClaim], mentions: list[Mention]
) -> list[ResolvedClaim]:
    """The hostile claims with no target given the learned ranker's best candidate
    (:mod:`.ranked_targets`), over the mentions resolved to an actor."""
    seen = [
        (m, resolver.of_mention[(m.span.start, m.span.end)])
        for m in mentions
        if (m.span.start, m.span.end) in resolver.of_mention
    ]
    kinds = {b.id: b.kind for b in resolver.builders.values()}
    affiliations = {b.id: b.affiliation for b in resolver.builders.values()}
    text = resolver.extraction.article.text
    relations = resolver.extraction.relations
    return ranked_targets.ranked_targets(text, claims, seen, kinds, affiliations, relations)


def _publisher_accusation(claim: Claim, tag: str) -> Claim:
    """The claim as the publisher's own accusation, its rule marked with the resolution step
    ``tag`` that read it so (a narrated act or charge)."""
    return replace(claim, rule=f"{claim.rule}+{tag}", stance=Stance.ACCUSE, voice=Voice.PUBLISHER)


def _claim_id(article: Article, claim: Claim) -> str:
    content = claim.content.start if claim.content is not None else "x"
    return f"{article.id}-c{claim.cue.start}-{claim.claimer.span.start}-{content}"
