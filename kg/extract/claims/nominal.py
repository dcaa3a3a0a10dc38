"""Nominal cues: a stance noun after a light verb ("expressed support for"), an adjective
of concern ("is deeply concerned about"), an allegation noun with its author
("North Korean allegations that ...")."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Token

from kg.extract import cues
from kg.extract.claims.base import (
    _can_speak,
    _claim,
    _Context,
    _is_actor_token,
    _nominal_subtree,
    _prep_object,
    _subjects,
    _tokens_of,
    verb_stance,
)
from kg.extract.claims.content import _infer_stance
from kg.extract.claims.content_base import _condition_targets, _sides
from kg.extract.claims.content_lexicon import load_classes
from kg.extract.claims.denials import _SUFFERED
from kg.extract.claims.readouts import clause_nouns
from kg.extract.claims.refusals import _under_refusal
from kg.extract.claims.spans import (
    _clause_span,
    _is_complete_relative,
    _phrase_span,
    _that_clause,
    _token_span,
    _without_that,
)
from kg.extract.claims.speech import _is_unrealised
from kg.extract.claims.targets import (
    _allegation_authors,
    _clause_agents,
    _content_targets,
    _object_targets,
    _owners,
    _state_of,
    actor_mention,
)
from kg.extract.claims.targets_denials import _CHARGE_MAKING_VERBS
from kg.extract.mentions import (
    ACTOR_LABELS,
    sentence_index,
    to_span,
    unnamed_reports,
)
from kg.model import Claim, Mention, Span, Stance
from kg.resolve.gazetteer import lookup

#: Prepositions that introduce the target of a stance noun after a generic light verb.
_STANCE_NOUN_PREPS = cues.words("for with to over about at of toward towards")

#: Verbs some noun cue needs: the light verbs and the verbs of verb-specific noun cues.
_NOUN_CUE_VERBS = (
    cues.LIGHT_VERBS | frozenset(verb for verb, _ in cues.NOUN_CUES) | frozenset({"make"})
)

#: "made clear its concern about X", "made known its displeasure with X": a light verb.
_MADE_PLAIN = cues.words("clear known plain")


def _made_plain(verb: Token) -> list[Token]:
    """The stance nouns of "made clear its concern about X" (the parser hangs the noun on
    the adjective, as its subject or object)."""
    if verb.lemma_.lower() != "make":
        return []
    return [
        n
        for c in verb.children
        if c.lower_ in _MADE_PLAIN and c.dep_ in ("ccomp", "oprd", "acomp", "xcomp")
        for n in c.children
        if n.dep_ in ("nsubj", "dobj") and n.pos_ == "NOUN" and n.i > c.i
    ]


#: Nouns of quantity before the real cue noun: "leveled a series of allegations against".
_QUANTITY_NOUNS = cues.words("series number string barrage raft host litany flurry volley")

#: Round 36 (readouts37, issue 12): a stance noun carried by "words of" or "a message of"
#: after a light verb ("conveyed words of sincere gratitude to the veterans", "conveyed
#: words of profound gratitude ... to the Czech government") is that noun's cue, as "a
#: series of allegations" is, and the "to"/"for" the parser hangs on the carrier noun names
#: whom it is aimed at.  Before, the carrier noun hid the stance noun: no claim, or (in an
#: address) an approval with no target.  The carrier nouns are data: the ``carrier_noun``
#: rows of ``kg/data/target_words.tsv``.  Measured effect: benchmarks/claims/RESULTS.md,
#: "Round 36, readouts37".  False: the older reading.
WORDS_OF_STANCE = True
_CARRIER_NOUNS: frozenset[str] = load_classes("target_words.tsv")["carrier_noun"]


def _carried_noun(noun: Token) -> Token | None:
    """The stance noun "words of" / "a message of" carries, or None."""
    if not WORDS_OF_STANCE or noun.lemma_.lower() not in _CARRIER_NOUNS:
        return None
    inner = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return _prep_object(inner) if inner is not None else None


def _carrier_of(noun: Token) -> Token | None:
    """The carrier noun whose "of" holds ``noun`` ("words" of "words of gratitude"), or None."""
    if not WORDS_OF_STANCE or noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return None
    carrier = noun.head.head
    return carrier if carrier.lemma_.lower() in _CARRIER_NOUNS else None


#: Nouns of warning: a threat only when the warning names a harm, as for "warned".
_WARNING_NOUNS = cues.words("warning warnings")


#: Qualities of a warning that make it a threat reported without its words (the claims
#: guide: "a stern warning reported without its words" is `threaten`; round 20, threat20).
STERN_WARNING = cues.words("stern strong severe serious final harsh grave")


def _stern_unworded(verb: Token, noun: Token) -> bool:
    """Whether a warning is called stern and its words are not reported: "issued a stern
    warning to X", not "a stern warning that P" nor "a strong warning about the storm"."""
    if not any(c.dep_ == "amod" and c.lower_ in STERN_WARNING for c in noun.children):
        return False
    worded = any(c.dep_ in ("acl", "ccomp", "relcl") for c in (*noun.children, *verb.children))
    about = any(c.dep_ == "prep" and c.lower_ in ("about", "of", "over") for c in noun.children)
    addressed = any(
        c.dep_ in ("prep", "dative") and c.lower_ in ("to", "against")
        for c in (*noun.children, *verb.children)
    )
    return addressed and not worded and not about


def _warning_names_harm(verb: Token, noun: Token) -> bool:
    """Whether a warning named as a noun names consequences ("repeated its warnings of a
    harsh response") or, under a condition it sets, war ("repeating warnings of war if
    skirmishes break out"), as :func:`kg.extract.claims.speech_threats._is_threat` asks
    of "warned"."""
    after = [t for t in verb.subtree if t.i >= noun.i]
    lemmas = {t.lemma_.lower() for t in after}
    if lemmas & cues.THREAT_WORDS:
        return True
    if _stern_unworded(verb, noun):
        return True  # "issued a stern warning to Manila": the guide's stern warning
    conditioned = any(
        t.dep_ == "mark" and t.lower_ in ("if", "unless") and t.head.dep_ == "advcl" for t in after
    )
    return conditioned and bool(lemmas & cues.CONDITIONAL_THREAT_WORDS)


def _aimed_on_verb(verb: Token, cue: cues.Cue) -> bool:
    """Round 22 (issue 12, branch `threat22`): a threat noun of this very verb whose target
    the parser hangs on the verb ("declared 'holy war' on Ethiopia"); light-verb rows
    ("* threat") keep needing the noun's own phrase."""
    return cue.verb != "*" and any(
        c.dep_ == "prep" and c.lower_ in cue.preps for c in verb.children
    )


def _noun_cue(verb: Token) -> tuple[Token, cues.Cue] | None:
    """The object noun of ``verb`` that carries a stance, with its lexicon entry: a stance
    noun after a light verb ("expressed support for", "voiced concern over") or a noun
    cue of this very verb ("pinned the blame on", "lodged a protest with", "leveled a
    series of accusations against", "countered with accusations that")."""
    lemma = verb.lemma_.lower()
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
    objects += [  # "countered with accusations", "responded with a threat"
        o
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "with"
        for o in c.children
        if o.dep_ == "pobj" and o.pos_ == "NOUN"
    ]
    objects += [  # 'declared "holy war" on X': the quoted noun parsed as a predicate
        c
        for c in verb.children
        if c.dep_ == "oprd" and c.pos_ == "NOUN" and (lemma, c.lemma_.lower()) in cues.NOUN_CUES
    ]
    plain = _made_plain(verb)
    objects += plain
    if len(objects) > 1 and objects[0].lemma_.lower() in cues.ACCUSATION_NOUNS:
        objects = objects[1:] + objects[:1]  # "countered the accusation with charges that P"
    for noun in objects:
        if noun.lemma_.lower() in _QUANTITY_NOUNS:  # "a series of allegations"
            inner = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            complement = _prep_object(inner) if inner is not None else None
            noun = complement if complement is not None else noun
        carried = _carried_noun(noun)  # "conveyed words of gratitude to X" (WORDS_OF_STANCE)
        if carried is not None and carried.lemma_.lower() in cues.LIGHT_NOUN_CUES:
            noun = carried  # not "had words of his own for X": "words" is that cue's noun
        noun_lemma = noun.lemma_.lower()
        cue = cues.NOUN_CUES.get((lemma, noun_lemma))
        if cue is None and (lemma in cues.LIGHT_VERBS or noun in plain):
            cue = cues.LIGHT_NOUN_CUES.get(noun_lemma)
        if cue is None:
            continue
        # a modifier before the noun, or "of his own" after it ("had words of his own for X",
        # round 13's point 19)
        modifiers = [
            *noun.children,
            *(o for p in noun.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"),
        ]
        if cue.modifiers and not any(
            c.lower_ in cue.modifiers or c.lemma_.lower() in cue.modifiers for c in modifiers
        ):
            continue  # "launched an attack on the town" is no criticism
        if (
            cue.stance is Stance.THREATEN
            and not any(c.dep_ in ("acl", "poss", "prep") for c in noun.children)
            and not (noun_lemma in _WARNING_NOUNS and _stern_unworded(verb, noun))
            and not _aimed_on_verb(verb, cue)
        ):
            continue  # "renewed its threat to strike", not "reiterated the threat"
        if noun_lemma in _WARNING_NOUNS and not _warning_names_harm(verb, noun):
            continue  # "issued a warning about the storm": a warning with no harm asserts
        return noun, cue
    return None


#: Verbs of a noun cue every party of which makes it to the others: "traded accusations".
_MUTUAL_VERBS = cues.words("trade exchange")
_CHARGE_PREPS = cues.words("of for over")


def _mutual_claims(
    verb: Token, noun: Token, cue: cues.Cue, claimers: list[Token], context: _Context
) -> Iterator[Claim]:
    """'Armenia and Azerbaijan traded accusations of shelling', 'Russia exchanged
    accusations with Ukraine over the attack': each side accuses the other."""
    partners = [
        o
        for p in (*noun.children, *verb.children)
        if p.dep_ == "prep" and p.lower_ == "with"
        for o in [_prep_object(p)]
        if o is not None
    ]
    named = _named_sides(claimers, verb, context) if not partners else None
    if named is not None:  # "The two sides traded accusations": the two states just named
        for party in named:
            other = [m for m in named if m is not party]
            yield _claim(
                context,
                claimer=party,
                stance=cue.stance,
                cue=_token_span(context.doc, verb.i, noun.i + 1),
                sentence=sentence_index(verb),
                content=None,
                targets=other,
                confidence=0.6,
            )
        return
    sides = [*claimers, *partners]
    charge = next(
        (
            _prep_object(p)
            for p in (*noun.children, *verb.children)
            if p.dep_ == "prep"
            and p.lower_ in ("of", "for", "over")
            and _prep_object(p) is not None
        ),
        None,
    )
    content = (
        _token_span(context.doc, charge.left_edge.i, charge.right_edge.i + 1)
        if charge is not None
        else None
    )
    for side in sides:
        claimer = actor_mention(side, context)
        yield _claim(
            context,
            claimer=claimer,
            stance=cue.stance,
            cue=_token_span(context.doc, verb.i, noun.i + 1),
            sentence=sentence_index(verb),
            content=content,
            targets=[actor_mention(other, context) for other in sides if other != side],
            confidence=0.7 - (0.2 if claimer.label == "PRON" else 0),
        )


#: Plural nouns for the parties of a dispute: "the two sides", "both governments".
_SIDE_NOUNS = cues.words("side government country nation neighbor neighbour")


def _named_sides(claimers: list[Token], verb: Token, context: _Context) -> list[Mention] | None:
    """'The two sides traded accusations' after 'China has not yet responded to the
    Vietnamese allegations': the two states named last before it (this sentence and the
    two before), when exactly two distinct states are; None otherwise."""
    if len(claimers) != 1:
        return None
    group = claimers[0]
    if group.lemma_.lower() not in _SIDE_NOUNS or group.tag_ != "NNS":
        return None
    if not any(c.lower_ in ("two", "both") for c in group.children):
        return None
    here = sentence_index(verb)
    found: dict[str, Mention] = {}
    for mention in reversed(context.mentions):
        if mention.span.start >= group.idx or mention.sentence < here - 2:
            continue
        if mention.label not in ("GPE", "NORP"):
            continue
        entry = lookup(mention.span.text)
        if entry is not None and entry.name not in found:
            found[entry.name] = mention
    return list(found.values()) if len(found) == 2 else None


def _held_responsible(verb: Token) -> tuple[Token, Token, cues.Cue] | None:
    """'held Russia responsible for the poisoning', 'holds Moscow fully responsible for':
    (the accused, the adjective, the lexicon cue), or None."""
    for child in verb.children:
        cue = cues.NOUN_CUES.get((verb.lemma_.lower(), child.lower_))
        if cue is None or child.dep_ not in ("oprd", "acomp", "ccomp", "xcomp"):
            continue
        accused = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if accused is None:  # "holds Moscow responsible", parsed as a small clause
            accused = next((c for c in child.children if c.dep_ == "nsubj"), None)
        if accused is not None:
            return accused, child, cue
    return None


def _held_responsible_claims(verb: Token, context: _Context) -> Iterator[Claim]:
    found = _held_responsible(verb) if verb.pos_ == "VERB" else None
    if found is None or _is_unrealised(verb) or any(c.dep_ == "neg" for c in verb.children):
        return
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return  # "would hold Russia accountable": a promise, not a charge made
    accused, adjective, cue = found
    claimers, inherited = _subjects(verb)
    charge = next(
        (
            _prep_object(c)
            for c in adjective.children
            if c.dep_ == "prep" and c.lower_ in cue.preps and _prep_object(c) is not None
        ),
        None,
    )
    content = (
        _token_span(context.doc, charge.left_edge.i, charge.right_edge.i + 1)
        if charge is not None
        else None
    )
    target = actor_mention(_state_of(accused) or accused, context)
    for claimer_token in claimers:
        claimer = actor_mention(claimer_token, context)
        yield _claim(
            context,
            claimer=claimer,
            stance=cue.stance,
            cue=_token_span(context.doc, verb.i, adjective.i + 1),
            sentence=sentence_index(verb),
            content=content,
            targets=[target],
            confidence=0.8 - (0.15 if inherited else 0.0) - (0.2 if claimer.label == "PRON" else 0),
        )


#: Determiners of a charge that points back at one already reported: "made the accusation".
_POINTING_BACK = cues.words("the this these that those such")


def _regrets_own(about: list[Token], claimers: list[Token]) -> bool:
    """Whether a regret is for the claimer's own side's deeds or for deaths ("expressed
    regret over the deaths of the guards", "regret for its mistake"), or regret of a state of
    affairs ("expressed regret that they were unable to meet"): an apology, a condolence or a
    pity, no criticism."""
    if not about:
        return True  # "expressed regret that he and the Taoiseach were unable to meet": a pity
    regretted = about[0]
    if regretted.lemma_.lower() in _SUFFERED:
        return True
    owners = [c for c in regretted.children if c.dep_ == "poss"]
    if any(o.lower_ in ("its", "our", "my", "their", "his", "her") for o in owners):
        return True
    named = _sides(_owners(regretted) or ([regretted] if _is_actor_token(regretted) else []))
    return bool(named & _sides(claimers))


def _regret_statements(
    verb: Token, noun: Token, about: list[Token], claimers: list[Token], context: _Context
) -> Iterator[Claim]:
    """The ASSERT of a regret that blames nobody: what is regretted is the content."""
    clause = _that_clause(noun)
    if clause is not None:
        content = _without_that(_clause_span(clause, context))
    elif about:
        complement = about[0]
        end = max(t.i for t in _nominal_subtree(complement)) + 1
        content = _token_span(context.doc, complement.left_edge.i, end)
    else:
        return  # "expressed regret" alone says nothing
    for claimer_token in claimers:
        yield _claim(
            context,
            claimer=actor_mention(claimer_token, context),
            stance=Stance.ASSERT,
            cue=_token_span(context.doc, verb.i, noun.i + 1) if verb.i < noun.i else to_span(verb),
            sentence=sentence_index(verb),
            content=content,
            targets=[],
            negated=any(c.dep_ == "neg" for c in verb.children),
            confidence=0.6,
        )


_LEXICON = load_classes()
_HAZARD_NOUNS: frozenset[str] = _LEXICON["hazard_noun"]
_CONCERN_NOUNS: frozenset[str] = _LEXICON["concern_noun"]

#: Round 38 (evaluations41, issue 12): concern about a harm that is nobody's act ("shared
#: concerns about the rapid spread of COVID-19 within the DPRK", the ``hazard_noun`` rows of
#: ``kg/data/content_lexicon.tsv``: the noun, its "of"/"in" object or their compound) is the
#: speaker's assertion of it, not a criticism (the claims guide's point 25: concern is
#: ``criticize`` when it is about another party's act); dev4's gold reads it ``assert``.
#: Measured (benchmarks/claims/RESULTS.md, "Round 38, evaluations41"): dev4 +2 matched
#: triples in each scope, held out test33 -1 (one wrong more) in each scope.  Off by the
#: branch's bar (the held-out sum loses); True: the reading above.
HAZARD_CONCERNS = False

#: Round 38 (evaluations41, issue 12): support for a doing with no doer of its own ("expressed
#: support for working with the international community to provide assistance", a gerund
#: with no subject or possessor) is the speaker's assertion of its own course, not an approval
#: of a party (dev4's gold: ``assert``); "support for X's efforts" is unchanged.  Measured
#: (benchmarks/claims/RESULTS.md, "Round 38, evaluations41"): dev4 +2 matched triples in each
#: scope, no wrong one added, no other part moves.  False: the older reading (``approve`` of
#: the gerund).
SUPPORTED_DOINGS = True


def _hazard(complement: Token) -> bool:
    """Whether a concern's object is a harm that is nobody's act: "the pandemic", "the rapid
    spread of COVID-19" (the head's "of" object), "the recent increase in COVID-19 cases" (an
    "in" object's compound)."""
    heads = [complement] + [
        o
        for p in complement.children
        if p.dep_ == "prep" and p.lower_ in ("of", "in")
        for o in [_prep_object(p)]
        if o is not None
    ]
    heads += [c for h in heads for c in h.children if c.dep_ == "compound"]
    return any(h.lemma_.lower() in _HAZARD_NOUNS or h.lower_ in _HAZARD_NOUNS for h in heads)


def _own_doing(complement: Token) -> bool:
    """Whether a supported thing is a doing with no doer of its own: "support for working
    with the international community" (a gerund with no subject or possessor)."""
    return (
        complement.pos_ == "VERB"
        and complement.tag_ == "VBG"
        and not any(c.dep_ in ("nsubj", "nsubjpass", "poss") for c in complement.children)
    )


def _unaimed(stance: Stance, noun: Token, complement: Token) -> bool:
    """Whether a stance noun's object makes its claim an assertion with no target: concern
    about a hazard (:data:`HAZARD_CONCERNS`), support for the speaker's own doing
    (:data:`SUPPORTED_DOINGS`)."""
    lemma = noun.lemma_.lower()
    if HAZARD_CONCERNS and stance is Stance.CRITICIZE and lemma in _CONCERN_NOUNS:
        return _hazard(complement)
    if SUPPORTED_DOINGS and stance is Stance.APPROVE and lemma == "support":
        return _own_doing(complement)
    return False


#: Cue verbs whose subject may be a thing that gives rise to the stance rather than a
#: speaker voicing it: "raised concerns about X" is a claim only when an actor raises them;
#: "this attack casts serious doubt on X's commitment" has no speaker.
_ANIMATE_CUE_VERBS = frozenset({"raise", "cast"})


def _stance_noun_claims(verb: Token, context: _Context) -> Iterator[Claim]:
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _NOUN_CUE_VERBS:
        return
    if _held_responsible(verb) is not None:
        yield from _held_responsible_claims(verb, context)
        return
    found = _noun_cue(verb)
    if found is None or _is_unrealised(verb) or _under_refusal(verb):
        return
    noun, cue = found
    claimers, inherited = _subjects(verb)
    if cue.verb in _ANIMATE_CUE_VERBS:  # "the trial has raised concerns": no speaker
        claimers = [c for c in claimers if _is_actor_token(c) or c.pos_ == "PRON"]
    if not claimers:
        return
    specific = cue.verb != "*"
    allowed = cue.preps if specific else _STANCE_NOUN_PREPS | cue.preps
    preps = [c for c in noun.children if c.dep_ == "prep"]
    preps += [c for c in verb.children if c.dep_ == "prep" and c.i > noun.i]
    carrier = _carrier_of(noun)
    if carrier is not None:  # "words of gratitude to the veterans": "to" on "words"
        preps += [c for c in carrier.children if c.dep_ == "prep" and c.lower_ != "of"]
    if specific:  # "placed the blame for the attack on Russia": "on" hangs anywhere after
        preps += [t for t in noun.subtree if t.dep_ == "prep" and t.head != noun]
        # "shifted the blame back onto Baku": "onto" hangs on the verb's adverb
        preps += [
            c
            for a in verb.children
            if a.dep_ == "advmod" and a.i > noun.i
            for c in a.children
            if c.dep_ == "prep"
        ]
    about = [
        o
        for p in sorted(preps, key=lambda t: t.i)
        if p.lower_ in allowed
        for o in [_prep_object(p)]
        if o is not None
    ]
    if specific and not about:
        # "laid the blame for the attacks at Eritrea's door": the parser hung "at" on the
        # charge's object; read it there when the verb and noun name nobody
        about = [
            o
            for p in preps
            for t in p.subtree
            if t.dep_ == "prep" and t is not p and t.lower_ in allowed
            for o in [_prep_object(t)]
            if o is not None
        ][:1]
    at_nobody = about and not (_is_actor_token(about[0]) or _owners(about[0]))
    if cue.stance is Stance.ACCUSE and at_nobody and about[0].head.lower_ == "at":
        return  # "laying the blame at the wrong door": a figure naming nobody
    if (
        specific
        and not about
        and cue.stance is Stance.CRITICIZE
        and noun.dep_ == "pobj"
        and noun.head.lower_ == "with"
        and _that_clause(noun) is None
    ):
        # "notes with concern the grave conditions facing the press": the verb's object
        about = [c for c in verb.children if c.dep_ == "dobj"][:1]
    if noun.lemma_.lower() == "regret" and _regrets_own(about, claimers):
        # "expressed regret over the deaths": no one blamed, so the speaker's assertion
        # (round 13's point 29; a condolence, "offered condolences", is no cue at all)
        yield from _regret_statements(verb, noun, about, claimers, context)
        return
    clause = _that_clause(noun)
    if (
        clause is not None
        and not about
        and "readout_cue" in context.rules
        and noun.lemma_.lower() in clause_nouns()
    ):
        return  # "expressed confidence that P": readout_cue's assertion of P (round 32)
    if cue.stance is Stance.ASSERT and not specific:
        # "voiced doubt that the truce would hold": a light-verb assert noun (CAMEO 012/013
        # comments) is a claim only with its clause, as every assert cue; the parser may hang
        # the clause on the verb
        clause = clause or next(
            (
                c
                for c in verb.children
                if c.dep_ == "ccomp"
                and c.i > noun.i
                and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
            ),
            None,
        )
        if clause is None:
            return
        about = []
    if not about and clause is None and not specific and cue.stance is not Stance.THREATEN:
        return  # "expressed concern" alone says too little
    if (
        not about
        and clause is None
        and cue.stance is Stance.ACCUSE
        and any(c.dep_ == "det" and c.lower_ in _POINTING_BACK for c in noun.children)
    ):
        return  # "Singh made the accusation on Friday": the charge reported before, again
    if about:
        complement = about[0]
        aimed = _state_of(complement) or complement
        targets = (
            [actor_mention(aimed, context)]
            if cue.stance is Stance.ACCUSE and _is_actor_token(aimed)
            else _object_targets(complement, context)
        )
        content_end = max(t.i for t in _nominal_subtree(complement)) + 1
        content_start = complement.left_edge.i if complement.dep_ == "dobj" else noun.left_edge.i
        content = _token_span(context.doc, content_start, content_end)
    elif specific and cue.stance is Stance.APPROVE:
        # "defended China's response to ...": the object is the act approved, its doer the target
        targets, content = _object_targets(noun, context), to_span(_phrase_span(noun))
    else:
        targets, content = [], to_span(_phrase_span(noun))
    if clause is not None:  # "countered with accusations that Chad had armed the rebels"
        content = _without_that(_clause_span(clause, context))
        span = _tokens_of(content, context)
        if not targets and span is not None and (specific or cue.stance is not Stance.ASSERT):
            targets = [actor_mention(t, context) for t in _clause_agents(span)]
    if cue.verb in _MUTUAL_VERBS:
        yield from _mutual_claims(verb, noun, cue, claimers, context)
        return
    if cue.stance is Stance.THREATEN and not about:  # "its threat to strike the US"
        content = _token_span(context.doc, noun.left_edge.i, noun.right_edge.i + 1)
        for act in (c for c in noun.children if c.dep_ == "acl"):
            act_span = _token_span(context.doc, act.left_edge.i, act.right_edge.i + 1)
            targets.extend(_content_targets(act_span, context))
        if not targets:  # "warnings of war if the South holds the drills": the condition's
            holders = [verb, noun, *(o for c in noun.children for o in c.children)]
            for holder in holders:
                targets.extend(actor_mention(t, context) for t in _condition_targets(holder))
    stance = cue.stance
    if about and _unaimed(stance, noun, about[0]):  # round 38, evaluations41
        stance, targets = Stance.ASSERT, []
    for claimer_token in claimers:
        claimer = actor_mention(claimer_token, context)
        yield _claim(
            context,
            claimer=claimer,
            stance=stance,
            cue=_token_span(context.doc, verb.i, noun.i + 1) if verb.i < noun.i else to_span(verb),
            sentence=sentence_index(verb),
            content=content,
            targets=targets,
            negated=any(c.dep_ == "neg" for c in verb.children),
            confidence=0.75
            - (0.15 if inherited else 0.0)
            - (0.2 if claimer.label == "PRON" else 0),
        )


def _concern_claims(adjective: Token, context: _Context) -> Iterator[Claim]:
    """'The United States is deeply concerned over the violations', 'is disappointed and
    concerned by the rejection of the appeal', 'she is very concerned that he is held':
    a predicative adjective of disapproval is a criticism by the subject."""
    felt = cues.CONCERN_ADJECTIVES | (
        cues.EMOTION_ADJECTIVES if "emotion_adjective" in context.rules else frozenset()
    )  # "is angered by X", "are puzzled by a statement from X" (emotion_adjective)
    if adjective.lower_ not in felt or adjective.pos_ not in ("ADJ", "VERB"):
        return
    first = adjective
    while first.dep_ == "conj" and first.head.lower_ in felt:
        first = first.head
    passive = _passive_concern(first)
    copula = passive or first.head
    if passive is None and (
        first.dep_ != "acomp" or copula.lemma_.lower() not in ("be", "remain", "become", "seem")
    ):
        return
    if any(c.dep_ == "neg" for c in (*copula.children, *first.children)):
        return  # "we are not concerned"
    if passive is not None:  # "he was concerned by a declaration", parsed as a passive
        subject = next((c for c in first.children if c.dep_ == "nsubjpass"), None)
        claimers, inherited = ([subject], False) if subject is not None else ([], False)
    else:
        claimers, inherited = _subjects(copula)
    if not claimers:
        return
    about = next(
        (
            c
            for c in adjective.children
            if c.dep_ in ("prep", "agent") and c.lower_ in cues.CONCERN_PREPOSITIONS
        ),
        None,
    )
    complement = _prep_object(about) if about is not None else None
    clause = next((c for c in adjective.children if c.dep_ == "ccomp"), None)
    if complement is not None:
        content = _token_span(
            context.doc, complement.left_edge.i, max(t.i for t in _nominal_subtree(complement)) + 1
        )
        targets = tuple(_object_targets(complement, context))
    elif clause is not None:
        content = _clause_span(clause, context)
        span = context.doc.char_span(content.start, content.end) if content else None
        targets = tuple(actor_mention(t, context) for t in _clause_agents(span)) if span else ()
    else:
        return  # "we are concerned" alone says too little
    if first.lower_ not in cues.CONCERN_ADJECTIVES and not any(
        t.label in ACTOR_LABELS for t in targets
    ):
        return  # "were shocked by the normality of life": an emotion at no party's doing
    yield from _adjective_claims(
        context,
        claimers,
        Stance.CRITICIZE,
        copula,
        adjective,
        content,
        tuple(targets),
        0.75 - (0.15 if inherited else 0.0),
    )


def _passive_concern(adjective: Token) -> Token | None:
    """The "was" of "he was concerned by X" when the parser read a passive (the participle
    heads the clause, with "was" as its auxpass); None for an adjective after a copula."""
    if adjective.tag_ != "VBN" or adjective.dep_ == "acomp":
        return None
    return next(
        (c for c in adjective.children if c.dep_ == "auxpass" and c.lemma_.lower() == "be"),
        None,
    )


#: Nouns of an allegation with its author and its that-clause: besides the accusation
#: nouns, a claim or a complaint that names who did the thing ("Japan's complaint that a
#: Chinese navy frigate aimed its radar at the Japanese vessel").
_ALLEGATION_LIKE = cues.ACCUSATION_NOUNS | cues.words("claim complaint")


#: Whether a claim noun whose that-clause names no one else as the doer ("Ethiopia's claim
#: that it repulsed an Eritrean offensive") is read as its content would be read when said
#: (accuse14): an accusation only when the content charges a named party.
CLAIM_CONTENT = True


def _allegation_noun_claims(noun: Token, context: _Context) -> Iterator[Claim]:
    """'North Korean allegations that U.S. forces might attack', 'allegations from U.S.
    intelligence agencies that Russian hackers interfered': an accusation by the author."""
    lemma = noun.lemma_.lower()
    if noun.pos_ != "NOUN" or lemma not in _ALLEGATION_LIKE:
        return
    clause = _that_clause(noun)
    if clause is None:
        return
    authors = [
        m
        for m in _allegation_authors(noun, context)[0]
        if m.label in ACTOR_LABELS or m.label in ("ANON", "NOMINAL")
    ]
    told = False
    if not authors and TOLD_AUTHORS:
        authors, told = _told_authors(noun, context), True
    if not authors:
        return
    content = _without_that(_clause_span(clause, context))
    span = _tokens_of(content, context)
    agents = _clause_agents(span) if span else []
    named = lemma in cues.ACCUSATION_NOUNS or any(t.pos_ != "PRON" for t in agents)
    accused = tuple(actor_mention(t, context) for t in agents)
    for author in authors:
        targets = accused
        if not named:
            # "Japan's complaint that a Chinese navy frigate aimed its radar at ...", "the
            # Dalai Lama's claim that police in Lhasa had posed as monks": a claim charges
            # only when it names someone else who did the thing ("its claim that it won"
            # asserts), or when its content charges as a said clause would ("Addis Ababa's
            # claim that it repulsed an Eritrean offensive", accuse14)
            stance, targets, _ = (
                _infer_stance(content, (), context, author)
                if CLAIM_CONTENT and content is not None
                else (Stance.ASSERT, (), False)
            )
            if stance is not Stance.ACCUSE or not targets:
                continue
        yield _claim(
            context,
            claimer=author,
            stance=Stance.ACCUSE,
            cue=to_span(noun),
            sentence=sentence_index(noun),
            content=content,
            targets=targets,
            confidence=(0.7 if named else 0.55) - (0.1 if told else 0.0),
        )


#: Round 44 (second wave, charges57; issue 12, test44's class Z4): an allegation noun with a
#: that-clause whose author is told only by a possessive pronoun ("challenged the opposition
#: to back up its charges that its supporters were being targeted", "backtracked on his key
#: accusation that Israel deliberately targeted Palestinian civilians") or as the subject of a
#: verb of making a charge ("Pyongyang is making groundless charges that defectors ... are
#: engaged in kidnappings") is that author's accuse, as a named owner's is (point 31); the
#: pronoun is resolved as any claimer pronoun is.  False: such a noun makes no claim.
#: Off: on development it matched no triple and added one wrong one in each scope (`test7`'s
#: "Pyongyang is making groundless charges that defectors ... are engaged in kidnappings",
#: the accused a passive subject the target rules miss; the possessive pronouns of the
#: shape stay unresolved in a lone sentence), so it fails the bar's first condition
#: (benchmarks/claims/RESULTS.md, "Round 44 (second wave), charges57").
TOLD_AUTHORS = False

#: Third-person possessives that tell an allegation's author ("its charges", "their claims");
#: "our" and "my" are the speaker's own and left to the speech rules.
_AUTHOR_POSSESSIVES = cues.words("its their his her")


def _told_authors(noun: Token, context: _Context) -> list[Mention]:
    """The author of an allegation noun told by a possessive pronoun ("their charges that P")
    or as the subject of a verb of making it ("X is making charges that P", "X repeated the
    accusation that P"); :func:`_allegation_authors` finds none of these."""
    verb = noun.head
    if noun.dep_ == "dobj" and verb_stance(verb) is not None:
        return []  # "China repeated its accusation that P": the verb's own claim
    if noun.dep_ == "dobj" and verb.lemma_.lower() in _CHARGE_MAKING_VERBS:
        makers = [
            actor_mention(subject, context)
            for subject in verb.children
            if subject.dep_ == "nsubj" and (_is_actor_token(subject) or _can_speak(subject))
        ]
        if makers:  # "X is making its charges": the maker, whom the pronoun names again
            return makers
    return [
        actor_mention(child, context)
        for child in noun.children
        if child.dep_ == "poss" and child.lower_ in _AUTHOR_POSSESSIVES
    ]


#: Verbs whose object, not subject, a following "to be ADJ" describes.
_JUDGING_VERBS = frozenset(
    {"perceive", "consider", "deem", "find", "judge", "regard", "see", "view", "believe"}
)


#: Approving predicate adjectives whose negation voices dissatisfaction with a named party's
#: doing: "is not satisfied with Tokyo's explanation" (CRITICIZE of Tokyo).
_WITHHELD_SATISFACTION = cues.words("satisfied pleased")


def _predicate_claims(adjective: Token, context: _Context) -> Iterator[Claim]:
    """A predicate adjective of the lexicon (:data:`cues.PREDICATE_CUES`): "the United
    States and the European Union have been strongly critical of the crackdown"
    (CRITICIZE, aimed at whoever cracked down), "Pyongyang has been largely silent on the
    accusation" (DECLINE_COMMENT).  "was not critical of" makes no claim."""
    cue = cues.PREDICATE_CUES.get(adjective.lower_)
    if cue is None or adjective.dep_ != "acomp" or adjective.pos_ != "ADJ":
        return
    copula = adjective.head
    if copula.lemma_.lower() not in ("be", "remain", "become", "stay"):
        return
    stance = cue.stance
    if any(c.dep_ == "neg" for c in (*copula.children, *adjective.children)):
        if adjective.lower_ not in _WITHHELD_SATISFACTION:
            return
        # "is not satisfied with Washington's guarantees": dissatisfaction with the party's
        # doing (round 14); with nobody's ("not satisfied with the pace of talks") no claim
        stance = Stance.CRITICIZE
    if copula.dep_ == "xcomp" and copula.head.lemma_.lower() in _JUDGING_VERBS:
        return  # "any news it perceives to be critical of PRC policies": the news is critical
    claimers, inherited = _subjects(copula)
    claimers = [c for c in claimers if _is_actor_token(c) or c.pos_ == "PRON"]
    if not claimers:
        return
    about = next(
        (
            _prep_object(c)
            for c in adjective.children
            if c.dep_ == "prep" and c.lower_ in cue.preps and _prep_object(c) is not None
        ),
        None,
    )
    if about is None:
        return  # "were critical" alone says too little
    if stance is Stance.DECLINE_COMMENT:
        targets, content = [], None
    else:
        targets = _object_targets(about, context)
        end = max(t.i for t in _nominal_subtree(about)) + 1
        content = _token_span(context.doc, about.left_edge.i, end)
    if stance is not cue.stance and not (_is_actor_token(about) or _owners(about)):
        return
    yield from _adjective_claims(
        context,
        claimers,
        stance,
        copula,
        adjective,
        content,
        tuple(targets),
        0.7 - (0.15 if inherited else 0.0),
    )


def _adjective_claims(
    context: _Context,
    claimers: Iterable[Token],
    stance: Stance,
    copula: Token,
    adjective: Token,
    content: Span | None,
    targets: tuple[Mention, ...],
    confidence: float,
) -> Iterator[Claim]:
    """One claim per claimer of a predicate adjective cue ("is concerned about", "were
    critical of"): the cue spans copula to adjective; a pronoun claimer lowers confidence."""
    cue = (
        _token_span(context.doc, copula.i, adjective.i + 1)
        if copula.i < adjective.i
        else to_span(adjective)
    )
    for claimer_token in claimers:
        claimer = actor_mention(claimer_token, context)
        yield _claim(
            context,
            claimer=claimer,
            stance=stance,
            cue=cue,
            sentence=sentence_index(adjective),
            content=content,
            targets=targets,
            confidence=confidence - (0.2 if claimer.label == "PRON" else 0),
        )


#: Nouns of something said that carry their content in a that-clause: "an announcement
#: from Iranian judicial authorities that P", "spoke to the media with the message that P".
_MESSAGE_NOUNS = cues.words("announcement message statement assertion declaration report")
#: Round 21 (recall21, off): nouns of a remark or a judgement read the same way ("comments by
#: some Japanese officials that Tokyo might strike preemptively", "personal assurances by
#: the prime minister that P").  On, the claimer is found (+1 on test6, test9, test16) but
#: the stance read off the content is often not the gold's (test6 -0.0019, test16 -0.0012,
#: test9 +0.0033): off.
SAID_NOUNS_ON = False
SAID_NOUNS = cues.words("comment remark assurance assessment belief")


def is_message_noun(lemma: str) -> bool:
    """Whether ``lemma`` names something said whose that-clause is its content."""
    return lemma in _MESSAGE_NOUNS or (SAID_NOUNS_ON and lemma in SAID_NOUNS)


def _is_existential(noun: Token) -> bool:
    """ "there are reports that ...": the noun is what "there is"."""
    return noun.dep_ == "attr" and any(c.dep_ == "expl" for c in noun.head.children)


def _message_noun_claims(noun: Token, context: _Context) -> Iterator[Claim]:
    """'The comments followed an announcement from Iranian judicial authorities that the
    three dual citizens are now accused of espionage', 'took the unusual step of speaking
    to international media with the message that it did not sink a patrol ship': the
    author says the clause (its stance read off the content, as for an assertion)."""
    if noun.pos_ != "NOUN" or not is_message_noun(noun.lemma_.lower()):
        return
    # "there are reports that P" (not "denied reports that P": the denier's object)
    unnamed = unnamed_reports(noun) and _is_existential(noun)
    clause = _that_clause(noun)
    if clause is None and unnamed:
        clause = next((c for c in noun.children if _is_complete_relative(c)), None)
    elif clause is not None and clause.left_edge.lower_ != "that":
        clause = None  # only a complement clause: "the statement that he issued" is no content
    if clause is None:
        return
    authors: list[Mention] = [
        m
        for m in _allegation_authors(noun, context)[0]
        if m.label in ACTOR_LABELS or m.label in ("ANON", "NOMINAL")
    ]
    if not authors and unnamed:
        authors = [actor_mention(noun, context)]  # unnamed outlets report it
    carrier = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "with" else None
    for verb in [carrier, *carrier.ancestors][:4] if carrier is not None else []:
        # "took the step of speaking ... with the message that P": who spoke
        if authors or verb.pos_ != "VERB":
            continue
        authors = [actor_mention(t, context) for t in _subjects(verb)[0] if _can_speak(t)]
    if not authors:
        return
    content = _without_that(_clause_span(clause, context))
    if content is None:
        return
    for author in authors:
        stance, targets, inferred = _infer_stance(content, (), context, author)
        if noun.lemma_.lower() == "report" and stance is Stance.ASSERT:
            stance = Stance.REPORT  # "Indian media reports that P" (CAMEO 010, report)
        yield _claim(
            context,
            claimer=author,
            stance=stance,
            cue=to_span(noun),
            sentence=sentence_index(noun),
            content=content,
            targets=targets,
            confidence=0.65 - (0.15 if inferred else 0.0),
            refined="content_stance" if inferred else "",
        )
