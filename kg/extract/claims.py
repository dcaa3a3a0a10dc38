"""Claims: who says what about whom, with what stance.

Rules on the dependency parse, each a small function from a cue token to claims:

* attribution verbs (:data:`~kg.extract.cues.VERB_STANCES`): the claimer is the
  subject (conjuncts expanded, inherited by "..., adding that"), or the agent of a
  passive ("charged by special counsel Robert Mueller with ..."); the content is a
  quotation next to the attribution, else the clausal complement, else a fronted
  clause ("X did Y, NBC News cited sources as saying");
* labelling verbs: "seen by Washington as a so-called troll farm" (ACCUSE when the
  label is pejorative), "described the accusations as unsubstantiated" (DENY);
* refusals to comment: "declined to comment", "did not respond to a request for comment",
  "did not say how many ...", "there was no immediate comment from X", "gave no details",
  "won't say anything further", "would neither confirm nor deny";
* "according to X, ...";
* light verb + stance noun: "expressed support for Ukraine", "voiced concern over".

Acts are not claims: "would deny Russian personnel access", "denied him a visa" (a deny
verb with an indirect object, a "to" recipient or a withheld thing such as access, entry,
a request) and "rejected the proposal" (reject/dismiss need an allegation-like object or a
clause) are refusals; "declared persona non grata ..." is a performative act; an infinitive
cue under a directive or a noun ("urged China to condemn", "the need for all states to
condemn") has not been performed.  "informed/told/notified/assured X that ..." assert;
"warned" threatens only when the warning names consequences ("would have consequences",
"warned Israel against any attack"), else it asserts ("warned that Gaza faces famine").

A content that itself denies ("there is no proof to support the claims", "the
allegations were made up", "has nothing to do with us", "the threat was not credible", "the
warning was the work of an impostor") turns an ASSERT into a DENY; one that charges its
subject with a hostile act ("Russia will seek to meddle", "X was behind the attacks", "Hamas
carried out the attack", "Kuo passed classified information", "an attack by Ukrainian
drones") or labels an actor's doing pejoratively ("Putin's war is an act of aggression")
turns it into an ACCUSE of that actor; a criticism of an act targets whoever did it
("condemned Russia's attack" -> Russia, "the arrests of four people in Canada" -> Canada,
"Iran providing weapons" -> Iran), and a state agent stands for its state ("Chinese
authorities" -> China).
"approved an operation" is an act, not speech, and is left to the relations.

>>> from kg.nlp import load_pipeline
>>> from kg.extract.mentions import extract_mentions
>>> doc = load_pipeline()("Washington blames Russia for using cyberattacks to sway the vote.")
>>> [(c.claimer.span.text, c.stance.value, [t.span.text for t in c.targets], c.content.text)
...  for c in extract_claims(doc, extract_mentions(doc))]
[('Washington', 'accuse', ['Russia'], 'using cyberattacks to sway the vote')]
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from kg.extract import cues
from kg.extract._index import DocIndex, index_for, index_of, indexed
from kg.extract._phrases import participle_noun
from kg.extract.hedges import find_hedges, find_insertions, find_quotes, inner
from kg.extract.mentions import (
    ACTOR_LABELS,
    is_anonymous_source,
    mention_from_span,
    sentence_index,
    sentence_of,
    to_span,
)
from kg.model import Claim, Mention, Span, Stance
from kg.resolve.coref import DESCRIPTION_HEADS, ROLE_NOUNS, is_group_noun

_MARKS = frozenset({"that", "whether", "if"})
_EDGE_PUNCT = frozenset({",", ".", ";", ":", "—", "–", "-", "--", "!", "?"})
_DASHES = frozenset({"—", "–", "--"})
_QUOTE_CHARS = frozenset('“”"‘’«»„')
_CONTENT_DEPS = ("ccomp", "xcomp")
_FRONTED_DEPS = frozenset({"ccomp", "advcl", "parataxis", "dep"})
_TIGHT_RIGHT_DEPS = frozenset({"compound", "amod", "prep", "nummod", "case"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "dative", "agent"})
#: Prepositions that place an event ("in Odesa", "off its east coast"): no targets there.
_LOCATIVE_PREPS = cues.words(
    "in at near into across around inside outside off over from through throughout within "
    "along toward towards onto during since until"
)
#: A coordination between a reported speaker and a later cue: "it has detained X but did not".
_COORDINATED = re.compile(r"\b(?:but|while|yet|whereas)\b|;")
#: Prepositions that date a content by an event ("one year after Russia's invasion"):
#: the event is background, not what the content charges.
_TIME_PREPS = cues.words("after before since during until following amid")
#: Between a quotation and the attribution after it: ', the sources said'.
_GAP_BEFORE_SPEAKER = re.compile(r"[\s,\u00a0—–-]*")
#: Between a verb and the quotation after it: 'said on Monday: “...'.
_GAP_AFTER_SPEAKER = re.compile(r"[^.!?“”\"«»\n]{0,80}?(?:[,:]\s*|\bthat\s*|\s*)")


@dataclass(frozen=True)
class _Context:
    doc: Doc
    text: str  # doc.text, which spaCy rebuilds on every access
    mentions: tuple[Mention, ...]
    quotes: tuple[Span, ...]
    quote_starts: tuple[int, ...]
    mention_starts: tuple[int, ...]

    def quotes_near(self, start: int, end: int) -> tuple[Span, ...]:
        """Quotations starting within 400 characters of ``start``..``end`` (attribution
        gaps are short), found by bisection so long documents stay linear."""
        low = bisect.bisect_left(self.quote_starts, start - 400)
        high = bisect.bisect_right(self.quote_starts, end + 400)
        return self.quotes[low:high]

    def mentions_at(self, start: int, end: int) -> list[Mention]:
        """Mentions covering ``start``..``end`` (mentions nest a few levels at most)."""
        high = bisect.bisect_right(self.mention_starts, start)
        nearby = self.mentions[max(0, high - 8) : high]
        return [m for m in nearby if m.span.start <= start and end <= m.span.end]


def extract_claims(doc: Doc, mentions: tuple[Mention, ...]) -> tuple[Claim, ...]:
    """Every claim in ``doc``, in text order (by cue, then claimer).

    ``mentions`` are the entity mentions of the document; a claimer or target whose
    head lies inside one reuses it, so labels and roles carry over.
    """
    with indexed(doc) as index:
        return _claims(doc, mentions, index)


#: Lemmas and words besides verbs that a rule of :data:`_RULES` starts from: allegation
#: and no-comment nouns, refusal heads, "according", adjectives of concern.
_CUE_LEMMAS = cues.ACCUSATION_NOUNS | {"comment", "response", "reaction"}
_CUE_WORDS = cues.CONCERN_ADJECTIVES | {"according"}


def _cue_candidates(doc: Doc, index: DocIndex) -> Iterator[Token]:
    """The tokens some rule may start a claim from: verbs, and the lemmas and words
    above (a cheap first test on the index, so that the other tokens are never built)."""
    for i, (pos, lemma, lower) in enumerate(
        zip(index.pos, index.lemmas, index.lowers, strict=True)
    ):
        if pos == "VERB" or lemma in _CUE_LEMMAS or lemma in _REFUSAL_HEADS or lower in _CUE_WORDS:
            yield doc[i]


def _claims(doc: Doc, mentions: tuple[Mention, ...], index: DocIndex) -> tuple[Claim, ...]:
    text = index.text
    ordered = tuple(sorted(mentions, key=lambda m: (m.span.start, -m.span.end)))
    quotes = find_quotes(text)
    context = _Context(
        doc,
        text,
        ordered,
        quotes,
        tuple(q.start for q in quotes),
        tuple(m.span.start for m in ordered),
    )
    claims: dict[tuple[int, int, int, str, int], Claim] = {}
    for token in _cue_candidates(doc, index):
        for rule in _RULES:
            for claim in rule(token, context):
                content_start = claim.content.start if claim.content else -1
                key = (
                    claim.cue.start,
                    claim.claimer.span.start,
                    claim.claimer.span.end,
                    claim.stance.value,
                    content_start,
                )
                claims.setdefault(key, claim)
    return _merge_self_reports(tuple(claims[key] for key in sorted(claims)), text)


def _same_speaker(pronoun: Mention, speaker: Mention) -> bool:
    """Whether a pronoun in X's reported clause can be X: 'he'/'she' for a person, 'it'
    for a state or organisation, 'they'/'we' for a plural or collective speaker."""
    if pronoun.label != "PRON":
        return False
    word = pronoun.span.text.lower()
    if word in ("he", "she"):
        return speaker.label == "PERSON"
    if word == "it":
        return speaker.label in ("GPE", "ORG", "NORP") and not speaker.plural
    if word in ("they", "we"):
        return speaker.plural or speaker.label in ("GPE", "ORG", "NORP", "ANON")
    return False


def _merge_self_reports(claims: tuple[Claim, ...], text: str) -> tuple[Claim, ...]:
    """'X said that he rejects the charges', 'X told the gathering that she is concerned
    that ...': the reported clause is X's own stance, so the assertion takes the inner
    claim's stance and targets (and keeps X as claimer and the whole clause as content),
    and the inner claim by the pronoun goes.  A stance in a later conjunct ("confirmed
    that it has detained four journalists ... but did not disclose details") is a second
    claim, not the assertion's stance."""
    merged: dict[int, Claim] = {}
    dropped: set[int] = set()
    for i, outer in enumerate(claims):
        if outer.stance is not Stance.ASSERT or outer.content is None or outer.quoted:
            continue
        for j, reported in enumerate(claims):
            if (
                j != i
                and j not in dropped
                and reported.stance is not Stance.ASSERT
                and _same_speaker(reported.claimer, outer.claimer)
                and outer.content.start <= reported.claimer.span.start
                and reported.cue.end <= outer.content.end
                and not _COORDINATED.search(text[reported.claimer.span.end : reported.cue.start])
            ):
                merged[i] = replace(outer, stance=reported.stance, targets=reported.targets)
                dropped.add(j)
                break
    return tuple(merged.get(i, c) for i, c in enumerate(claims) if i not in dropped)


# --- rule: attribution verbs ------------------------------------------------------------------


def verb_stance(verb: Token) -> Stance | None:
    """The stance a verb cues, from its lemma and particle, or None."""
    if verb.pos_ != "VERB" or verb.dep_ in ("amod", "compound"):
        return None
    lemma = verb.lemma_.lower()
    for child in verb.children:
        if child.dep_ == "prt" and (lemma, child.lower_) in cues.PHRASAL_STANCES:
            return cues.PHRASAL_STANCES[(lemma, child.lower_)]
    return cues.VERB_STANCES.get(lemma)


def _verb_claims(verb: Token, context: _Context) -> Iterator[Claim]:
    stance = verb_stance(verb)
    if stance is None or _under_refusal(verb) or _is_citing_modifier(verb):
        return
    if _neither_confirm_nor_deny(verb):
        return  # the refusal rule reads "would neither confirm nor deny"
    if _is_unrealised(verb):
        return
    passive = _is_passive(verb)
    if passive:
        claimers, inherited = _agents(verb), False
    else:
        claimers, inherited = _subjects(verb)
    if verb.dep_ == "relcl":  # "capabilities that could threaten ...": the antecedent speaks?
        claimers = [c for c in claimers if _can_speak(c)]
    claimers = _named_speakers(claimers)
    if not claimers or _is_reduced_passive(verb):
        return
    lemma = verb.lemma_.lower()
    frame = _frame(verb, stance, passive, context)
    if frame is None:
        return
    content, targets, quotes = frame
    if lemma in cues.NEEDS_CONTENT and content is None and not quotes:
        return
    cites = _cited_source(verb, context)
    cue = _cue_span(verb)
    negated = any(child.dep_ == "neg" for child in verb.children)
    if negated and stance is Stance.ASSERT and _is_open_question(_clausal_complement(verb)):
        # "did not say how many soldiers had been killed": withholding, not asserting
        stance, negated = Stance.DECLINE_COMMENT, False
    for claimer_token in claimers:
        claimer = actor_mention(claimer_token, context)
        claim_stance = _stance_for_claimer(stance, claimer_token)
        confidence = 0.9 - (0.15 if inherited else 0.0) - (0.2 if claimer.label == "PRON" else 0.0)
        contents: list[tuple[Span | None, bool]] = [(inner(q, context.text), True) for q in quotes]
        if not contents:
            contents = [(content, False)]
        for index, (text_span, quoted) in enumerate(contents):
            if quoted and _is_refusal_quote(text_span, context):
                continue  # "“I won't say anything further,” he said": the refusal rule reads it
            final_stance, final_targets, penalty = claim_stance, targets, 0.0
            if lemma == "warn" and not _is_threat(verb, text_span, context):
                final_stance = Stance.ASSERT  # "warned that Gaza faces famine"
            if quoted:
                final_targets = _content_targets(text_span, context)
                if _quote_sentence(text_span, context) != sentence_index(verb):
                    penalty += 0.1
            if final_stance is Stance.ASSERT and text_span is not None:
                final_stance, final_targets, inferred = _infer_stance(
                    text_span, final_targets, context
                )
                penalty += 0.2 if inferred else 0.0
            yield _claim(
                context,
                claimer=claimer,
                stance=final_stance,
                cue=cue,
                sentence=sentence_index(verb),
                content=text_span,
                targets=final_targets,
                cites=cites,
                quoted=quoted,
                negated=negated,
                confidence=confidence
                - penalty
                - (0.2 if text_span is None else 0.0)
                - 0.05 * index,
            )


def _is_refusal_quote(content: Span | None, context: _Context) -> bool:
    """Whether a quotation is only a refusal to comment: "I won't say anything further"."""
    if content is None:
        return False
    span = context.doc.char_span(content.start, content.end, alignment_mode="expand")
    verbs = _main_verbs(span) if span is not None else []
    return bool(verbs) and all(_is_refusal(v) for v in verbs)


def _frame(
    verb: Token, stance: Stance, passive: bool, context: _Context
) -> tuple[Span | None, tuple[Mention, ...], list[Span]] | None:
    """Content, targets and attached quotations for a verb cue; None if it is no claim."""
    lemma = verb.lemma_.lower()
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    # Two objects usually mean a misparsed apposition ("blames Russia for X - something
    # that ..."): an actor beats a pronoun, and the object next to the verb beats a later one.
    actors = [c for c in objects if c.ent_type_ in ACTOR_LABELS]
    direct: Token | None = (actors or objects)[0] if objects else None
    if passive:
        direct = _passive_target(verb)
    clausal = _clausal_complement(verb)
    quotes = _attached_quotes(verb, clausal, context)
    if stance is Stance.DENY:
        if _is_refusal_act(verb, objects):
            return None  # "would deny Russian personnel access": an act, not a denial
        return _deny_frame(verb, direct, clausal, quotes, context)
    if stance in (Stance.ACCUSE, Stance.CRITICIZE, Stance.APPROVE, Stance.THREATEN):
        return _charge_frame(verb, stance, direct, clausal, quotes, context)
    # ASSERT / REPORT: the proposition is a quote, a clause, a fronted clause
    if lemma in ("cite", "quote"):
        clausal = _as_saying(verb) or clausal
        quotes = quotes or _attached_quotes(_as_saying_verb(verb) or verb, clausal, context)
    if lemma == "tell" and clausal is not None and clausal.dep_ == "xcomp":
        return None  # "told them to leave" is an order, not a claim
    if _is_act_with_object(direct, clausal):
        return None  # "declared persona non grata 35 officials", "declared a state of emergency"
    if lemma == "claim" and direct is not None and direct.lemma_.lower() in cues.CLAIMED_OBJECTS:
        return to_span(_phrase_span(direct)), (), []  # "claimed responsibility for the attack"
    if quotes:
        return None, (), quotes
    if clausal is None and direct is not None and direct.lemma_.lower() in cues.STATED_OBJECTS:
        # "reiterated the importance of ...", "underscored their commitment to imposing ..."
        return _token_span(context.doc, direct.left_edge.i, direct.right_edge.i + 1), (), []
    if clausal is None and (_is_as_clause(verb) or verb.dep_ == "parataxis"):
        # "As President Trump has said, P"; "P, officials say, P" (a parenthetical)
        content = _host_clause_span(verb, context)
        return content, _content_targets(content, context), []
    if clausal is None:
        clausal = _fronted_clause(verb)
    if clausal is None:
        return None, (), []
    if _is_refusal(clausal):
        return None  # "said it had no comment": the refusal rule reads it
    content = _clause_span(clausal, context)
    return content, _content_targets(content, context), []


def _is_as_clause(verb: Token) -> bool:
    """'As the secretary said, ...': an attribution in an adverbial as-clause."""
    return verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ == "as" for c in verb.children
    )


def _host_clause_span(verb: Token, context: _Context) -> Span | None:
    """The clause an attribution phrase sits in, minus the phrase and edge punctuation."""
    host = verb.head
    phrase = {t.i for t in verb.subtree}
    tokens = [t for t in host.subtree if t.i not in phrase]
    while tokens and (tokens[0].is_punct or tokens[0].i < min(phrase) and tokens[0].is_space):
        tokens.pop(0)
    while tokens and tokens[-1].is_punct:
        tokens.pop()
    if not tokens:
        return None
    after = [t for t in tokens if t.i > max(phrase)]
    before = [t for t in tokens if t.i < min(phrase)]
    side = after if len(after) >= len(before) else before
    return _token_span(context.doc, side[0].i, side[-1].i + 1) if side else None


def _is_reduced_passive(verb: Token) -> bool:
    """'the ELN terrorist group believed to be responsible': 'believed' is a passive
    participle whose subject is what is believed, not who believes."""
    if verb.lemma_.lower() not in cues.BELIEF_VERBS or verb.tag_ not in ("VBD", "VBN"):
        return False
    if any(c.dep_ in ("dobj", "ccomp", "aux", "auxpass") for c in verb.children):
        return False
    return any(
        c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in verb.children
    )


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


def _can_speak(token: Token) -> bool:
    """Whether a claimer's head can name someone who speaks: a named actor, a pronoun,
    a source, or a description of people or institutions ('the department', 'observers'),
    not a thing ('capabilities that could threaten ...')."""
    if token.ent_type_ or token.pos_ in ("PROPN", "PRON") or token.tag_ in ("WP", "WDT"):
        return True
    lemma = token.lemma_.lower()
    if is_anonymous_source(token) or is_group_noun(lemma) or lemma in DESCRIPTION_HEADS:
        return True
    if lemma in cues.DOCUMENT_NOUNS or lemma.endswith(cues.PERSON_NOUN_ENDINGS):
        return True
    if token.dep_ in ("nsubj", "nsubjpass") and token.head.dep_ == "relcl":
        return _can_speak(token.head.head)
    return any(c.dep_ in ("compound", "amod", "poss") and c.ent_type_ for c in token.children)


def _is_refusal_act(verb: Token, objects: list[Token]) -> bool:
    """'denied him a visa', 'would deny Russian personnel access', 'denied the request':
    withholding something is an act; only denying an allegation or a clause is a claim."""
    if any(o.lemma_.lower() in cues.ALLEGATION_NOUNS for o in objects):
        return False  # "denied the allegations to reporters"
    if len(objects) > 1 or any(o.dep_ == "dative" for o in objects):
        return True
    if objects and any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children):
        return True  # "deny landing rights to Russian airlines"
    return any(o.lemma_.lower() in cues.REFUSED_OBJECTS for o in objects)


def _is_act_with_object(direct: Token | None, clausal: Token | None) -> bool:
    """'declared persona non grata 35 officials': a non-actor object before an unmarked
    clause means the clause is a misparse of an act's object, not a proposition."""
    if direct is None or clausal is None or clausal.dep_ != "ccomp" or direct.i > clausal.i:
        return False
    if direct.head.lemma_.lower() in cues.ADDRESSEE_VERBS:
        return False  # "told reporters the war was over"
    if any(c.dep_ == "mark" for c in clausal.children):
        return False
    return not _is_actor_token(direct) and direct.pos_ != "PRON"


def _is_open_question(clause: Token | None) -> bool:
    """A wh- or whether-clause: 'how many were killed', 'whether Putin would attend'."""
    if clause is None:
        return False
    first = clause.left_edge
    return first.tag_ in ("WRB", "WP", "WDT") or first.lower_ in ("whether", "if")


def _is_unrealised(verb: Token) -> bool:
    """An infinitive cue nobody has performed: 'urged China to condemn the attack',
    'the need for all states to condemn', 'plans to deny'.  A purpose clause ('spoke with
    Kuleba to condemn the attacks') is performed."""
    first = _first_of_conjuncts(verb)
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in first.children):
        return False
    if any(c.dep_ == "mark" and c.lower_ == "for" for c in first.children):
        return True
    head = first.head
    if head == first:
        return False
    return head.pos_ in ("NOUN", "PROPN") or head.lemma_.lower() in cues.NON_ASSERTING_HEADS


def _is_threat(verb: Token, content: Span | None, context: _Context) -> bool:
    """'warned of a harsh response', 'warned Israel against any attack': consequences
    named or an addressee warned off; 'warned that Gaza faces famine' only asserts."""
    children = list(verb.children)
    addressed = any(c.dep_ in ("dobj", "dative") for c in children)
    if addressed and any(c.dep_ == "prep" and c.lower_ == "against" for c in children):
        return True
    lemmas = {
        t.lemma_.lower()
        for c in children
        if c.i > verb.i and c.dep_ in ("prep", "ccomp", "xcomp", "advcl")
        for t in c.subtree
    }
    if content is not None:
        span = context.doc.char_span(content.start, content.end, alignment_mode="expand")
        lemmas |= {t.lemma_.lower() for t in span or ()}
    return bool(lemmas & cues.THREAT_WORDS)


def _deny_frame(
    verb: Token,
    direct: Token | None,
    clausal: Token | None,
    quotes: list[Span],
    context: _Context,
) -> tuple[Span | None, tuple[Mention, ...], list[Span]] | None:
    lemma = verb.lemma_.lower()
    if direct is not None and direct.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
        return _relative_denial(verb, context)
    if direct is not None:
        label = _as_phrase(verb)
        is_claim = direct.lemma_.lower() in cues.ALLEGATION_NOUNS or label is not None
        if lemma in cues.DENY_NEEDS_CLAIM_OBJECT and not is_claim:
            return None
        targets = _accusers_before(verb, direct, context) or _allegation_targets(direct, context)
        clause = _that_clause(direct)
        if label is not None:
            content = _token_span(context.doc, _phrase_tokens(direct)[0].i, label.right_edge.i + 1)
        elif clause is not None:
            content = _without_that(_clause_span(clause, context))
        else:
            content = to_span(_phrase_span(direct))
        return content, targets, []
    if quotes:
        return None, (), quotes
    if clausal is not None:
        content = _clause_span(clausal, context)
        return content, _content_targets(content, context), []
    if lemma in cues.DENY_NEEDS_CLAIM_OBJECT:
        return None
    return None, (), []


def _charge_frame(
    verb: Token,
    stance: Stance,
    direct: Token | None,
    clausal: Token | None,
    quotes: list[Span],
    context: _Context,
) -> tuple[Span | None, tuple[Mention, ...], list[Span]] | None:
    """ACCUSE / CRITICIZE / APPROVE / THREATEN: a target and what it is charged with."""
    targets: list[Mention] = []
    content: Span | None = None
    preps = {c.lower_: c for c in verb.children if c.dep_ == "prep"}
    for agent in _agents(verb):  # "accused by regulators of misleading investors"
        for child in agent.children:
            if _is_clausal_prep(child):
                preps.setdefault(child.lower_, child)
    if verb.lemma_.lower() == "blame" and "on" in preps and direct is not None:
        # "blamed the attack on Russia": the thing blamed is the content
        on_object = _prep_object(preps["on"])
        if on_object is not None:
            targets.append(actor_mention(on_object, context))
        content = to_span(_phrase_span(direct))
    else:
        charge = _misattached_charge(verb, direct, preps) if stance is Stance.ACCUSE else None
        if direct is not None and charge is not None:
            # "blamed North Korean hackers for the theft": the parser hung "for" on the object
            preps.setdefault(charge.lower_, charge)
            accused = _trimmed(context.doc, _phrase_tokens(direct)[0].i, charge.i)
            targets.append(
                mention_from_span(accused)
                if accused is not None and _covering_mention(direct, context) is None
                else actor_mention(direct, context)
            )
        elif direct is not None and stance is Stance.ACCUSE:  # the accused themselves
            targets.extend(
                actor_mention(_state_of(t) or t, context) for t in _with_conjuncts(direct)
            )
        elif direct is not None:
            targets.extend(_object_targets(direct, context))
        for word in ("of", "for", "with", "over", "against", "about"):
            if word in preps and content is None:
                complement = _prep_object(preps[word])
                if complement is not None:
                    content = _clause_span(complement, context)
        if content is None and direct is not None and not _is_actor_token(direct):
            # "condemned Russia's attack against Ukraine": the act condemned is the content
            content = _token_span(context.doc, direct.left_edge.i, direct.right_edge.i + 1)
    if content is None and clausal is not None:
        content = _clause_span(clausal, context)
        if not targets:
            targets.extend(_content_targets(content, context))
    if content is None and quotes:
        return None, tuple(targets), quotes
    if content is None and direct is None:
        return None
    return content, tuple(targets), []


def _misattached_charge(verb: Token, direct: Token | None, preps: dict[str, Token]) -> Token | None:
    """The 'of/for/with' of an accusation when attached to the accused, not the verb."""
    if direct is None or any(w in preps for w in ("of", "for", "with")):
        return None
    return next(
        (c for c in direct.children if c.dep_ == "prep" and c.lower_ in ("of", "for", "with")),
        None,
    )


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
    if token.lemma_.lower() not in cues.STATE_AGENT_NOUNS and token.lower_ not in (
        cues.STATE_AGENT_NOUNS
    ):
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
    return ()


def _relative_denial(
    verb: Token, context: _Context
) -> tuple[Span | None, tuple[Mention, ...], list[Span]]:
    """'... to sway the election — something that the Kremlin has denied': the clause before."""
    antecedent = verb.head
    sentence = sentence_of(antecedent)
    content = _token_span(context.doc, sentence.start, antecedent.left_edge.i)
    main = sentence.root
    targets = tuple(actor_mention(t, context) for t in _subjects(main)[0] if main != verb)
    return content, targets, []


# --- rule: labelling ("seen by X as Y", "described X as baseless") -----------------------------


def _label_claims(verb: Token, context: _Context) -> Iterator[Claim]:
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in cues.LABEL_VERBS:
        return
    if verb.dep_ in ("amod", "compound"):
        return
    label = _as_phrase(verb) or next((c for c in verb.children if c.dep_ == "oprd"), None)
    if label is None:
        return
    passive = _is_passive(verb)
    claimers = _agents(verb) if passive else _subjects(verb)[0]
    target = _passive_target(verb) if passive else _direct_object(verb)
    if not claimers or target is None:
        return
    affirmed = [t for t in label.subtree if not _is_negated_word(t)]
    words = {t.lemma_.lower() for t in affirmed} | {t.lower_ for t in affirmed}
    dismissed = target.lemma_.lower() in cues.ALLEGATION_NOUNS and not (
        words & cues.APPROVING_EVALUATIONS
    )  # "called the charges an obvious attempt to intimidate our broadcasters"
    if words & cues.DENY_EVALUATIONS or dismissed:
        stance, confidence = Stance.DENY, 0.8
        targets = _allegation_targets(target, context)
        start = target.i if passive else _phrase_tokens(target)[0].i
        content = _token_span(context.doc, min(start, label.i), label.right_edge.i + 1)
        if passive:
            content = to_span(_phrase_span(label))
    elif words & cues.PEJORATIVES:
        stance, confidence = Stance.ACCUSE, 0.75
        targets = (actor_mention(target, context),)
        content = _label_span(label, context)
    else:
        stance, confidence = Stance.ASSERT, 0.6
        targets = (actor_mention(target, context),)
        content = _label_span(label, context)
    cue_end = label.i if label.dep_ == "prep" else verb.i
    cue = _token_span(context.doc, verb.i, max(verb.i, cue_end) + 1)
    if passive:
        cue = to_span(verb)
    for claimer_token in claimers:
        yield _claim(
            context,
            claimer=actor_mention(claimer_token, context),
            stance=stance,
            cue=cue,
            sentence=sentence_index(verb),
            content=content,
            targets=targets,
            negated=any(c.dep_ == "neg" for c in verb.children),
            confidence=confidence,
        )


def _is_negated_word(token: Token) -> bool:
    """'a pacing challenge, not a pacing threat': 'threat' is negated."""
    for holder in (token, token.head):
        if any(c.dep_ == "neg" or c.lower_ == "not" for c in holder.children if c.i < token.i):
            return True
    return False


def _label_span(label: Token, context: _Context) -> Span | None:
    if label.dep_ == "prep":
        objects = [c for c in label.children if c.dep_ not in ("punct",) and not c.is_space]
        if not objects:
            return None
        return _token_span(context.doc, objects[0].left_edge.i, objects[-1].right_edge.i + 1)
    return to_span(_phrase_span(label))


# --- rule: refusals to comment ----------------------------------------------------------------


def _is_refusal(token: Token) -> bool:
    return _refusal_cue(token) is not None


#: Lemmas that can head a refusal cue (:func:`_refusal_cue`): a cheap first test per token.
_REFUSAL_HEADS = (
    frozenset({"decline", "refuse", "comment", "confirm", "have", "say"})
    | cues.RESPONSE_VERBS
    | cues.DISCLOSE_VERBS
)


def _refusal_cue(token: Token) -> tuple[Token, Token] | None:
    """(first, last) token of a refusal-to-comment cue headed by ``token``, or None."""
    lemma = token.lemma_.lower()
    if lemma not in _REFUSAL_HEADS:
        return None  # every rule below starts from one of these lemmas
    if lemma in ("decline", "refuse") and token.pos_ == "VERB":
        for child in token.children:
            if child.dep_ == "xcomp" and child.lemma_.lower() in cues.COMMENT_VERBS | {"say"}:
                return token, child
    negated = any(c.dep_ == "neg" for c in token.children)
    if lemma == "comment" and negated and token.pos_ == "VERB":
        return token, token  # "did not comment on the allegations"
    if lemma in cues.RESPONSE_VERBS and negated:
        words = [t for t in token.subtree if t.lemma_.lower() in ("comment", "request", "inquiry")]
        if words:
            return token, words[-1]
    if lemma == "confirm" and _neither_confirm_nor_deny(token):
        deny = next(c for c in token.children if c.dep_ == "conj")
        return token, deny  # "would neither confirm nor deny the report"
    if lemma == "have" and token.pos_ in ("VERB", "AUX"):
        for child in token.children:
            added = [c for c in child.children if c.lemma_.lower() in ("add", "say")]
            if child.dep_ == "dobj" and child.lower_ == "nothing" and added:
                return token, added[0]  # "has nothing further to add"
    if lemma in cues.DISCLOSE_VERBS and token.pos_ == "VERB":
        # "gave no details on the talks", "did not provide a timeline"
        for child in token.children:
            withheld = negated or any(d.lower_ == "no" for d in child.children)
            if child.dep_ == "dobj" and child.lemma_.lower() in cues.DETAIL_NOUNS and withheld:
                return token, child
    if lemma == "say" and negated:
        # "I won't say anything further", "would not say more"
        for child in token.children:
            if child.dep_ in ("dobj", "advmod") and child.lower_ in cues.WITHHELD_OBJECTS:
                return token, child
    if lemma == "have" and token.pos_ in ("VERB", "AUX"):
        for child in token.children:
            refused = negated or any(d.lower_ == "no" for d in child.children)
            if child.dep_ == "dobj" and child.lemma_.lower() == "comment" and refused:
                return token, child
    return None


def _neither_confirm_nor_deny(verb: Token) -> bool:
    """'would neither confirm nor deny the report' (either verb): a refusal, not a denial."""
    confirm = verb.head if verb.dep_ == "conj" else verb
    if confirm.lemma_.lower() not in ("confirm", "deny"):
        return False
    pair = [c for c in confirm.children if c.dep_ == "conj"]
    if not pair or {confirm.lemma_.lower(), pair[0].lemma_.lower()} != {"confirm", "deny"}:
        return False
    return any(t.lower_ in ("neither", "nor") for t in (*confirm.children, *pair[0].children))


def _refusal_claims(token: Token, context: _Context) -> Iterator[Claim]:
    cue_tokens = _refusal_cue(token)
    if cue_tokens is None:
        return
    first, last = cue_tokens
    claimers, inherited = _subjects(token)
    speech = token.head
    if (
        token.dep_ == "ccomp"
        and verb_stance(speech) is not None
        and all(c.pos_ == "PRON" for c in claimers)
    ):
        claimers, inherited = _subjects(speech)  # "The Kremlin said it had no comment"
    if not claimers:
        return
    about = [
        _prep_object(p)
        for t in (first, last)
        for p in t.children
        if p.dep_ == "prep" and p.lower_ in ("on", "about", "regarding")
    ]
    targets = tuple(
        actor_mention(t, context)
        for t in about
        if t is not None and t.ent_type_ not in ("DATE", "TIME")  # "on Thursday"
    )
    for claimer_token in claimers:
        yield _claim(
            context,
            claimer=actor_mention(claimer_token, context),
            stance=Stance.DECLINE_COMMENT,
            cue=_token_span(context.doc, first.i, last.i + 1),
            sentence=sentence_index(token),
            targets=targets,
            confidence=0.9 - (0.15 if inherited else 0.0),
        )


def _no_comment_from_claims(noun: Token, context: _Context) -> Iterator[Claim]:
    """'There was no immediate comment from the Kremlin', 'no response from Beijing': the
    source a comment was wanted from withheld it."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in ("comment", "response", "reaction"):
        return
    no = next((c for c in noun.children if c.lower_ == "no" and c.dep_ == "det"), None)
    if no is None:
        return
    source = next(
        (
            o
            for c in noun.children
            if c.dep_ == "prep" and c.lower_ == "from"
            for o in [_prep_object(c)]
            if o is not None
        ),
        None,
    )
    if source is None or not (_is_actor_token(source) or _can_speak(source)):
        return
    for claimer_token in _with_conjuncts(source):
        yield _claim(
            context,
            claimer=actor_mention(claimer_token, context),
            stance=Stance.DECLINE_COMMENT,
            cue=_token_span(context.doc, no.i, noun.i + 1),
            sentence=sentence_index(noun),
            targets=(),
            confidence=0.8,
        )


# --- rule: "according to X" -------------------------------------------------------------------


def _according_to_claims(token: Token, context: _Context) -> Iterator[Claim]:
    if token.lower_ != "according":
        return
    to = next((c for c in token.children if c.lower_ == "to"), None)
    if to is None:
        return
    source = _prep_object(to)
    if source is None:
        return
    stance = Stance.REPORT if _is_outlet(source) else Stance.ASSERT
    if source.lemma_.lower() in cues.OUTLET_HEADS:  # "according to a report by Reuters"
        author = _report_author(source)
        if author is not None:
            source, stance = author, Stance.REPORT
    clause = token.head
    clause_tokens = list(clause.subtree) if clause != token else list(sentence_of(token))
    while len(clause_tokens) > 1 and clause_tokens[-1].is_punct:
        clause_tokens.pop()
    phrase_start, phrase_end = token.left_edge.i, to.right_edge.i
    if phrase_start <= clause_tokens[0].i:
        content = _token_span(context.doc, phrase_end + 1, clause_tokens[-1].i + 1)
    elif phrase_end >= clause_tokens[-1].i:
        content = _token_span(context.doc, clause_tokens[0].i, phrase_start)
    else:
        content = _token_span(context.doc, clause_tokens[0].i, clause_tokens[-1].i + 1)
    claimer = actor_mention(source, context)
    targets = _content_targets(content, context)
    inferred = False
    if stance is Stance.ASSERT and content is not None:
        stance, targets, inferred = _infer_stance(content, targets, context)
    confidence = 0.85 - (0.2 if claimer.label == "PRON" else 0.0) - (0.2 if inferred else 0.0)
    yield _claim(
        context,
        claimer=claimer,
        stance=stance,
        cue=_token_span(context.doc, token.i, to.i + 1),
        sentence=sentence_index(token),
        content=content,
        targets=targets,
        confidence=confidence,
    )


def _report_author(report: Token) -> Token | None:
    """'a report by Reuters', 'Reuters' report': who wrote it, when named."""
    for child in report.children:
        if child.dep_ == "poss":
            return child
        if child.dep_ == "prep" and child.lower_ in ("by", "from", "in"):
            author = _prep_object(child)
            if author is not None and author.ent_type_ in ACTOR_LABELS:
                return author
    return None


# --- rule: light verb + stance noun ("expressed support for", "voiced concern over") ---------


def _stance_noun_claims(verb: Token, context: _Context) -> Iterator[Claim]:
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in cues.LIGHT_VERBS:
        return
    if _is_unrealised(verb) or _under_refusal(verb):
        return
    noun = next(
        (
            c
            for c in verb.children
            if c.dep_ == "dobj" and c.lemma_.lower() in cues.STANCE_NOUNS and c.pos_ == "NOUN"
        ),
        None,
    )
    if noun is None:
        return
    claimers, inherited = _subjects(verb)
    if not claimers:
        return
    preps = [c for c in noun.children if c.dep_ == "prep"]
    preps += [c for c in verb.children if c.dep_ == "prep" and c.i > noun.i]
    about = [
        o
        for p in preps
        if p.lower_ in ("for", "with", "to", "over", "about", "at", "of", "toward", "towards")
        for o in [_prep_object(p)]
        if o is not None
    ]
    if not about:
        return  # "expressed concern" alone says too little
    complement = about[0]
    targets = _object_targets(complement, context)
    content_end = max(t.i for t in _nominal_subtree(complement)) + 1
    content = _token_span(context.doc, noun.left_edge.i, content_end)
    for claimer_token in claimers:
        claimer = actor_mention(claimer_token, context)
        yield _claim(
            context,
            claimer=claimer,
            stance=cues.STANCE_NOUNS[noun.lemma_.lower()],
            cue=_token_span(context.doc, verb.i, noun.i + 1) if verb.i < noun.i else to_span(verb),
            sentence=sentence_index(verb),
            content=content,
            targets=targets,
            negated=any(c.dep_ == "neg" for c in verb.children),
            confidence=0.75
            - (0.15 if inherited else 0.0)
            - (0.2 if claimer.label == "PRON" else 0),
        )


# --- rule: "X is deeply concerned about Y" ---------------------------------------------------


def _concern_claims(adjective: Token, context: _Context) -> Iterator[Claim]:
    """'The United States is deeply concerned over the violations', 'is disappointed and
    concerned by the rejection of the appeal', 'she is very concerned that he is held':
    a predicative adjective of disapproval is a criticism by the subject."""
    if adjective.lower_ not in cues.CONCERN_ADJECTIVES or adjective.pos_ not in ("ADJ", "VERB"):
        return
    first = adjective
    while first.dep_ == "conj" and first.head.lower_ in cues.CONCERN_ADJECTIVES:
        first = first.head
    copula = first.head
    if first.dep_ != "acomp" or copula.lemma_.lower() not in ("be", "remain", "become", "seem"):
        return
    if any(c.dep_ == "neg" for c in (*copula.children, *first.children)):
        return  # "we are not concerned"
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
    for claimer_token in claimers:
        claimer = actor_mention(claimer_token, context)
        yield _claim(
            context,
            claimer=claimer,
            stance=Stance.CRITICIZE,
            cue=_token_span(context.doc, copula.i, adjective.i + 1)
            if copula.i < adjective.i
            else to_span(adjective),
            sentence=sentence_index(adjective),
            content=content,
            targets=targets,
            confidence=0.75
            - (0.15 if inherited else 0.0)
            - (0.2 if claimer.label == "PRON" else 0),
        )


# --- rule: "X's allegations that P" -----------------------------------------------------------


def _allegation_noun_claims(noun: Token, context: _Context) -> Iterator[Claim]:
    """'North Korean allegations that U.S. forces might attack', 'allegations from U.S.
    intelligence agencies that Russian hackers interfered': an accusation by the author."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in cues.ACCUSATION_NOUNS:
        return
    clause = _that_clause(noun)
    if clause is None:
        return
    authors = [
        m
        for m in _allegation_targets(noun, context)[:-1]  # the last one is the noun itself
        if m.label in ACTOR_LABELS or m.label in ("ANON", "NOMINAL")
    ]
    if not authors:
        return
    content = _without_that(_clause_span(clause, context))
    span = (
        context.doc.char_span(content.start, content.end, alignment_mode="expand")
        if content
        else None
    )
    accused = tuple(actor_mention(t, context) for t in _clause_agents(span)) if span else ()
    for author in authors:
        yield _claim(
            context,
            claimer=author,
            stance=Stance.ACCUSE,
            cue=to_span(noun),
            sentence=sentence_index(noun),
            content=content,
            targets=accused,
            confidence=0.7,
        )


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


_RULES = (
    _allegation_noun_claims,
    _verb_claims,
    _label_claims,
    _refusal_claims,
    _no_comment_from_claims,
    _according_to_claims,
    _stance_noun_claims,
    _concern_claims,
)


# --- claimers and targets ---------------------------------------------------------------------


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
        return existing
    if token.pos_ == "PRON":
        return mention_from_span(token.doc[token.i : token.i + 1], "PRON")
    return mention_from_span(phrase)


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


def _subjects(verb: Token) -> tuple[list[Token], bool]:
    """Subject heads of ``verb`` (conjuncts expanded) and whether they were inherited."""
    for child in verb.children:
        if child.dep_ == "nsubj" and child.lower_ in ("nobody", "none", "noone"):
            return [], False  # "Nobody claimed responsibility"
        if child.dep_ == "nsubj":
            if child.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
                child = verb.head  # "the minister, who said ..."
            return _with_conjuncts(child), False
    if (
        verb.dep_ == "acl"
        and verb.tag_ == "VBG"
        and verb.head.lemma_.lower() in cues.DOCUMENT_NOUNS
    ):
        # "White House tweets accusing VOA of ...": whoever the document is by
        authors = [
            c
            for c in verb.head.children
            if c.dep_ in ("compound", "poss", "nmod") and c.ent_type_ in ACTOR_LABELS
        ]
        return authors, True
    participle = (
        verb.dep_ != "advcl"
        or verb.tag_ in ("VBG", "VBN")  # "..., adding that"
        or any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)  # "spoke to condemn"
    )
    if verb.dep_ in ("conj", "xcomp", "advcl") and verb.head.pos_ in ("VERB", "AUX") and participle:
        found, _ = _subjects(verb.head)
        return found, True
    if verb.dep_ == "conj" and verb.pos_ == "VERB":
        # a verb conjoined to a noun is a misparse ("to offer support and condemn reports"
        # with "condemn" under "support"): the nearest verb above shares the subject
        verbal = next((a for a in verb.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if verbal is not None:
            found, _ = _subjects(verbal)
            return found, True
    return [], False


def _agents(verb: Token) -> list[Token]:
    for child in verb.children:
        if child.dep_ == "agent":
            by_object = _prep_object(child)
            if by_object is not None:
                return _with_conjuncts(by_object)
    return []


def _with_conjuncts(token: Token) -> list[Token]:
    """``token`` and its conjuncts, minus reflexives ('Trump himself')."""
    found = [token, *token.conjuncts]
    nominal = [
        t
        for t in found
        if t.pos_ in ("NOUN", "PROPN", "PRON", "NUM") and not t.lower_.endswith(("self", "selves"))
    ]
    return sorted(nominal or [token], key=lambda t: t.i)


def _is_passive(verb: Token) -> bool:
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return True
    if verb.tag_ != "VBN":
        return False
    first = _first_of_conjuncts(verb)
    return first.dep_ == "acl" or (
        first != verb and any(c.dep_ in ("nsubjpass", "auxpass") for c in first.children)
    )


def _first_of_conjuncts(verb: Token) -> Token:
    while verb.dep_ == "conj":
        verb = verb.head
    return verb


def _passive_target(verb: Token) -> Token | None:
    """Who undergoes a passive cue: its subject, or the noun a participle modifies."""
    for child in verb.children:
        if child.dep_ == "nsubjpass":
            return child
    first = _first_of_conjuncts(verb)
    if first != verb:
        for child in first.children:
            if child.dep_ == "nsubjpass":
                return child
    if first.dep_ != "acl":
        return None
    return participle_noun(first) or first.head


def _has_named_modifier(noun: Token) -> bool:
    return any(
        c.dep_ in ("compound", "amod", "nmod") and c.ent_type_ in ACTOR_LABELS
        for c in noun.children
    )


def _direct_object(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ == "dobj"), None)


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


def _main_verbs(span: SpacySpan) -> list[Token]:
    """The verbs heading ``span``, with their conjuncts and open complements ('seek to meddle')."""
    inside = set(range(span.start, span.end))
    verbs: list[Token] = []
    stack = _verb_roots(span, inside)
    while stack:
        verb = stack.pop()
        verbs.append(verb)
        stack.extend(
            c
            for c in verb.children
            if c.dep_ in ("conj", "xcomp") and c.pos_ in ("VERB", "AUX") and c.i in inside
        )
    return sorted(verbs, key=lambda t: t.i)


def _verb_roots(span: SpacySpan, inside: set[int]) -> list[Token]:
    """The verbs of ``span`` whose head lies outside it (or that head the sentence)."""
    index = index_of(span.doc)
    if index is None:
        roots = [t for t in span if t.head.i not in inside or t.head == t]
        return [t for t in roots if t.pos_ in ("VERB", "AUX")]
    heads, pos = index.heads, index.pos  # contents are long: no Token for every word
    return [
        span.doc[i]
        for i in range(span.start, span.end)
        if (heads[i] not in inside or heads[i] == i) and pos[i] in ("VERB", "AUX")
    ]


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


def _is_actor_token(token: Token) -> bool:
    if token.ent_type_:
        return token.ent_type_ in ACTOR_LABELS
    return token.pos_ == "PROPN" or (token.pos_ == "NOUN" and is_anonymous_source(token))


# --- inferring stance from the content --------------------------------------------------------


def _infer_stance(
    content: Span, targets: tuple[Mention, ...], context: _Context
) -> tuple[Stance, tuple[Mention, ...], bool]:
    """ASSERT -> DENY when the content denies, -> ACCUSE when it charges its subject."""
    span = context.doc.char_span(content.start, content.end, alignment_mode="expand")
    if span is None:
        return Stance.ASSERT, targets, False
    if _disclaims(span):
        return Stance.DENY, (), True  # "had nothing to do with the attack": no accuser named
    denial = _denial_in(span)
    if denial is not None:
        allegation = denial if denial.lemma_.lower() in cues.ALLEGATION_NOUNS else None
        if allegation is not None:
            return Stance.DENY, _allegation_targets(allegation, context), True
        return Stance.DENY, targets, True
    accused = _accused_subjects(span)
    if accused:
        return Stance.ACCUSE, tuple(actor_mention(t, context) for t in accused), True
    labelled = _pejorative_predication(span)
    if labelled:
        return Stance.ACCUSE, tuple(actor_mention(t, context) for t in labelled), True
    threatened = _threatened(span)
    if threatened is not None:
        return Stance.THREATEN, tuple(actor_mention(t, context) for t in threatened), True
    return Stance.ASSERT, targets, False


def _threatened(span: SpacySpan) -> list[Token] | None:
    """Whom a content promises consequences, or None: "there will be costs and
    consequences for Russia", "a commitment to imposing severe costs for Russia's
    actions"."""
    for token in span:
        if any(c.dep_ == "neg" for c in token.children):
            continue
        lemma = token.lemma_.lower()
        consequences: list[Token] = []
        if lemma == "be" and any(c.dep_ == "expl" for c in token.children):
            consequences = [c for c in token.children if c.dep_ in ("attr", "nsubj")]
        elif lemma in cues.INFLICT_VERBS and token.tag_ in ("VB", "VBG"):
            # "will impose", "committed to imposing"; "have imposed sanctions" is an act
            consequences = [c for c in token.children if c.dep_ == "dobj"]
        named = [
            c
            for c in consequences
            for t in _with_conjuncts(c)
            if t.lemma_.lower() in cues.THREAT_WORDS
        ]
        if not named:
            continue
        holders = [token, *consequences]
        found: list[Token] = []
        for holder in holders:
            for prep in holder.children:
                if prep.dep_ != "prep" or prep.lower_ not in ("for", "on", "against"):
                    continue
                aimed = _prep_object(prep)
                if aimed is None:
                    continue
                found.extend([aimed] if _is_actor_token(aimed) else _owners(aimed))
        return found
    return None


def _pejorative_predication(span: SpacySpan) -> list[Token]:
    """Actors a copular content calls something pejorative: "Putin's war is a needless
    act of aggression" -> [Putin]; "the regime is a sponsor of terrorism" -> []
    unless the subject names an actor."""
    for verb in _main_verbs(span):
        if any(c.dep_ == "neg" for c in verb.children):
            continue
        labelled = _pejorative_subject_owners(verb)
        if labelled:
            return labelled
        if verb.lemma_.lower() != "be":
            continue
        predicate = [c for c in verb.children if c.dep_ == "attr"]
        words = {t.lemma_.lower() for p in predicate for t in _nominal_subtree(p)}
        if not words & cues.PEJORATIVES:
            continue
        for subject in (c for c in verb.children if c.dep_ == "nsubj"):
            if _is_actor_token(subject):
                return [subject]
            owners = _owners(subject)
            if owners:
                return owners
        # "the attack was a terrorist act orchestrated by Kyiv": the agent of the label
        agents = [a for p in predicate for c in p.children if c.dep_ == "acl" for a in _agents(c)]
        actors = [a for a in agents if _is_actor_token(a)]
        if actors:
            return actors
    return []


def _pejorative_subject_owners(verb: Token) -> list[Token]:
    """'Russia's flagrant disregard for international law demands a response': the owner
    of a subject labelled by a pejorative adjective."""
    for subject in (c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"):
        if any(
            c.dep_ == "amod" and c.lemma_.lower() in cues.PEJORATIVE_ADJECTIVES
            for c in subject.children
        ):
            return _owners(subject)
    return []


def _denial_in(span: SpacySpan) -> Token | None:
    """The allegation (or evidence) noun of a denial inside ``span``, or None.

    'there is no proof to support the US' claims', 'the allegations were made up',
    'the reports are baseless', 'it is a lie'.
    """
    for token in span:
        lemma = token.lemma_.lower()
        if lemma in cues.EVIDENCE_NOUNS and token.pos_ == "NOUN":
            negated = any(c.lower_ in ("no", "not", "n't") for c in token.children) or any(
                c.dep_ == "neg" for c in token.head.children
            )
            if negated:
                claim = next(
                    (t for t in token.subtree if t.lemma_.lower() in cues.ALLEGATION_NOUNS), None
                )
                return claim or token
        if lemma in cues.FABRICATION_VERBS and token.tag_ == "VBN":
            particle = any(c.dep_ == "prt" and c.lower_ == "up" for c in token.children)
            if lemma not in ("make", "trump", "cook") or particle:
                subject = _claim_subject(token, "nsubjpass")
                if subject is not None:
                    return subject
        if (lemma in cues.DENY_EVALUATIONS or token.lower_ in cues.DENY_EVALUATIONS) and (
            token.dep_ in ("acomp", "attr", "oprd")
        ):
            subject = _claim_subject(token.head, "nsubj")
            if subject is not None:
                return subject
        if (
            lemma in cues.VERACITY_EVALUATIONS
            and token.dep_ in ("acomp", "attr")
            and any(c.dep_ == "neg" for c in (*token.head.children, *token.children))
        ):
            # "the threat was not credible", "the report is not true"
            subject = _claim_subject(token.head, "nsubj")
            if subject is not None:
                return subject
        if lemma in cues.FAKER_NOUNS and token.dep_ in ("attr", "pobj"):
            # "the warning was the work of an impostor"
            attr = token if token.dep_ == "attr" else token.head.head
            if attr.dep_ == "attr" and not any(c.dep_ == "neg" for c in attr.head.children):
                subject = _claim_subject(attr.head, "nsubj")
                if subject is not None:
                    return subject
    return None


def _disclaims(span: SpacySpan) -> bool:
    """Whether a content disclaims involvement: "has nothing to do with us", "was not
    involved in the attack", "is not linked to any cyber attacks", "had no role in it",
    "was not behind the attack"."""
    return any(_disclaimer(token) for token in span)


def _disclaimer(token: Token) -> bool:
    lemma, lower = token.lemma_.lower(), token.lower_
    if lower == "nothing" and token.dep_ in ("dobj", "attr"):  # "has nothing to do with"
        words = {t.lower_ for t in token.subtree}
        return "do" in words and "with" in words
    involved = lemma in cues.INVOLVEMENT_ADJECTIVES or lower in cues.INVOLVEMENT_ADJECTIVES
    involved = involved or (lemma in ("involve", "link", "connect") and token.tag_ == "VBN")
    if involved:  # "was not involved in", "is not linked to"
        negated = any(c.dep_ == "neg" for c in (*token.children, *token.head.children))
        return negated and token.dep_ in ("acomp", "ROOT", "ccomp", "conj", "relcl")
    if lemma in cues.INVOLVEMENT_NOUNS and token.pos_ == "NOUN":  # "had no role in"
        denied = any(c.lower_ == "no" for c in token.children) or (
            token.dep_ == "dobj" and any(c.dep_ == "neg" for c in token.head.children)
        )
        scoped = any(c.dep_ == "prep" and c.lower_ in ("in", "with") for c in token.children)
        return denied and scoped
    if lemma == "be":  # "was not behind the attack"
        behind = any(c.dep_ == "prep" and c.lower_ == "behind" for c in token.children)
        return behind and any(c.dep_ == "neg" for c in token.children)
    return False


def _nominal_subtree(head: Token) -> list[Token]:
    """The noun phrase under ``head`` without embedded clauses."""
    found, stack = [], [head]
    while stack:
        token = stack.pop()
        found.append(token)
        stack.extend(c for c in token.children if c.pos_ not in ("VERB", "AUX"))
    return found


def _claim_subject(verb: Token, dep: str) -> Token | None:
    """The subject of ``verb`` when it names something said ('the claims') or is a pronoun."""
    for child in verb.children:
        if child.dep_ == dep and (
            child.lemma_.lower() in cues.ALLEGATION_NOUNS
            or child.lemma_.lower() in cues.MESSAGE_NOUNS
            or (child.lemma_.lower() in cues.DOCUMENT_NOUNS and child.pos_ == "NOUN")
            or child.lower_ in ("it", "this", "that", "these", "those", "everything")
        ):
            return child
    return None


def _accused_subjects(span: SpacySpan) -> list[Token]:
    """Actors a content charges with a hostile act, as the active subject of an accusatory
    predicate: "Russia will seek to meddle", "a Chinese state-backed group had breached ...",
    "Russian military intelligence was behind the attacks", "Iran is responsible for ...".
    "the strike targeted a commander" and "40 people were killed" accuse nobody."""
    for verb in _main_verbs(span):
        if any(c.dep_ == "neg" for c in verb.children):
            continue
        lemma = verb.lemma_.lower()
        hostile = lemma in cues.ACCUSATORY_PREDICATES
        if lemma == "be":
            hostile = any(c.dep_ == "prep" and c.lower_ == "behind" for c in verb.children) or any(
                c.dep_ == "acomp" and c.lower_ in ("responsible", "culpable", "complicit")
                for c in verb.children
            )
        hostile = hostile or _perpetrates(verb)
        if not hostile:
            continue
        subject = _active_subject(verb)
        if subject is None and hostile and _is_passive(verb):
            subject = next(iter(_agents(verb)), None)  # "the attack was carried out by X"
        if subject is None:
            continue
        if _is_actor_token(subject):
            return _with_conjuncts(subject)
        if _owners(subject):
            return [subject]  # "a Chinese state-backed hacking group"
    return _hostile_act_agents(span)


def _hostile_act_agents(span: SpacySpan) -> list[Token]:
    """Agents of a hostile act named as a noun in a content: "it is next in line for an
    attack by the United States" -> [United States]; "Russia's invasion" -> [Russia]."""
    for token in span:
        if token.pos_ != "NOUN" or token.lemma_.lower() not in cues.HOSTILE_ACT_NOUNS:
            continue
        if any(c.dep_ == "neg" or c.lower_ == "no" for c in token.children):
            continue
        if token.dep_ == "attr" or (token.dep_ == "pobj" and token.head.lower_ in _TIME_PREPS):
            continue  # "That was Evan's crime" (irony), "one year after Russia's invasion"
        agents = [
            a
            for c in token.children
            if c.dep_ == "prep" and c.lower_ == "by"
            for o in [_prep_object(c)]
            if o is not None
            for a in ([o] if _is_actor_token(o) else _owners(o))  # "by Ukrainian drones"
        ]
        agents += [c for c in token.children if c.dep_ == "poss" and _is_actor_token(c)]
        if agents:
            return [t for a in agents for t in _with_conjuncts(a)]
    return []


def _perpetrates(verb: Token) -> bool:
    """Whether ``verb`` with its object names a hostile act: "carried out the attack",
    "orchestrated the plot", "passed classified information", "leaked state secrets"."""
    lemma = verb.lemma_.lower()
    objects = [
        o for c in verb.children if c.dep_ in ("dobj", "nsubjpass") for o in _with_conjuncts(c)
    ]
    if lemma == "carry" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children):
        return False
    if lemma in cues.PERPETRATE_VERBS:
        return any(o.lemma_.lower() in cues.HOSTILE_ACT_NOUNS for o in objects)
    if lemma in cues.TRANSFER_VERBS:
        return any(
            o.lemma_.lower() in cues.SECRET_NOUNS
            or any(
                m.dep_ in ("amod", "compound") and m.lower_ in cues.SECRECY_MODIFIERS
                for m in o.children
            )
            for o in objects
        )
    return False


def _active_subject(verb: Token) -> Token | None:
    """The nsubj of ``verb``, or of the verb it complements ('Russia will seek to meddle')."""
    while True:
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None or verb.dep_ not in ("xcomp", "conj") or verb.head == verb:
            return subject
        verb = verb.head


# --- content: quotations and clauses ----------------------------------------------------------


def _clausal_complement(verb: Token) -> Token | None:
    for dep in _CONTENT_DEPS:
        for child in verb.children:
            if child.dep_ == dep:
                return child
    return _misattached_that_clause(verb)


def _misattached_that_clause(verb: Token) -> Token | None:
    """'told the gathering that Washington has pledged ...', 'said Thursday at an event on
    the eve of Press Freedom Day that reporters are detained ...': the parser hung the
    that-clause on a noun after the verb.  A complementiser 'that' (not a relative
    pronoun: the clause has its own subject) marks it as the verb's content."""
    if verb.lemma_.lower() not in cues.ASSERT_VERBS:
        return None
    for child in verb.children:
        if child.dep_ not in ("dobj", "dative", "prep", "npadvmod") or child.i < verb.i:
            continue
        for token in child.subtree:
            if token.dep_ in ("relcl", "acl", "ccomp") and _is_that_complement(token):
                return token
    return None


def _is_that_complement(clause: Token) -> bool:
    """A clause opened by a complementiser 'that' and holding its own subject."""
    that = clause.left_edge  # a direct child, or hung deeper by a misparse
    if that.lower_ != "that" or that.tag_ != "IN":
        return False
    return any(c.dep_ in _SUBJECT_DEPS and c != that for c in clause.children)


def _fronted_clause(verb: Token) -> Token | None:
    """'Trump approved the operation, NBC News cited sources as saying': the clause before."""
    for child in verb.children:
        clause = child.dep_ in _FRONTED_DEPS and child.pos_ in ("VERB", "AUX")
        if clause and child.i < verb.i and any(c.dep_ in _SUBJECT_DEPS for c in child.children):
            return child
    return None


def _as_saying_verb(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "as":
            for grandchild in child.children:
                if grandchild.lemma_.lower() in ("say", "tell", "write"):
                    return grandchild
    return None


def _as_saying(verb: Token) -> Token | None:
    """'cited multiple sources as saying that X': the clause X, if stated after 'saying'."""
    saying = _as_saying_verb(verb)
    return _clausal_complement(saying) if saying is not None else None


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


def _is_citing_modifier(verb: Token) -> bool:
    """'citing officials' attached to another cue only supplies its ``cites``."""
    return (
        verb.lemma_.lower() == "cite"
        and verb.tag_ == "VBG"
        and verb_stance(verb.head) is not None
        and verb.head != verb
    )


def _under_refusal(verb: Token) -> bool:
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ("decline", "refuse")


def _attached_quotes(verb: Token, clausal: Token | None, context: _Context) -> list[Span]:
    """Quotations attributed by ``verb``: just before its clause and/or just after it."""
    text = context.text
    verb_start, verb_end = verb.idx, verb.idx + len(verb.text)
    nearby = context.quotes_near(verb_start, verb_end)
    if any(q.start < verb_start < q.end for q in nearby):
        return []  # the verb is inside a quotation
    subjects, inherited = _subjects(verb)
    clause_start = min(
        [verb_start] + [_phrase_span(s).start_char for s in subjects if s.i < verb.i]
    )
    right_end = verb_end
    for child in verb.children:
        if (
            child.i > verb.i
            and child.dep_ in ("prt", "dative", "dobj", "npadvmod", "advmod")
            or child.i > verb.i
            and child.dep_ == "prep"
            and child.lower_ != "as"
        ):
            right_end = max(right_end, child.right_edge.idx + len(child.right_edge.text))

    found: list[Span] = []
    if not inherited:
        before = [
            q
            for q in nearby
            if q.end <= clause_start and _GAP_BEFORE_SPEAKER.fullmatch(text[q.end : clause_start])
        ]
        found.extend(before[-1:])
    after = [
        q
        for q in nearby
        if q.start >= right_end and _GAP_AFTER_SPEAKER.fullmatch(text[right_end : q.start])
    ]
    if after and _ends_attribution(text, right_end, after[0]):
        found.append(after[0])
    if clausal is not None and not any(q.start <= clausal.idx < q.end for q in found):
        return []  # the verb's own clause is elsewhere: 'said that ...'
    return [q for q in found if len(q.text) > 2]


def _ends_attribution(text: str, start: int, quote: Span) -> bool:
    """A colon, a comma or 'that' (or nothing) between the speaker and the quotation."""
    gap = text[start : quote.start].strip()
    return gap == "" or gap.endswith((",", ":")) or gap.endswith("that")


def _quote_sentence(content: Span | None, context: _Context) -> int:
    if content is None:
        return -1
    span = context.doc.char_span(content.start, content.end, alignment_mode="expand")
    return sentence_index(span[0]) if span is not None and len(span) else -1


def _that_clause(noun: Token) -> Token | None:
    """'allegations that it used ...': the clause that spells the allegation out."""
    for child in noun.children:
        if child.dep_ in ("acl", "relcl", "ccomp") and (
            any(c.dep_ == "mark" and c.lower_ == "that" for c in child.children)
            or _is_that_complement(child)
            or _is_misread_complement(child)
        ):
            return child
    return None


#: Verbs whose object is the claim itself: "the claims that he made" is a relative clause.
_CLAIM_HANDLING_VERBS = cues.words(
    "make repeat publish level deny reject raise spread air voice file bring dismiss "
    "hear read see report investigate"
)


def _without_that(span: Span | None) -> Span | None:
    """A clause span without the 'that' the parser left in it."""
    if span is None or not span.text.lower().startswith("that "):
        return span
    return Span(span.start + 5, span.end, span.text[5:])


def _is_misread_complement(clause: Token) -> bool:
    """'allegations that Russian hackers interfered': the parser read 'that' as a relative
    pronoun (object of 'interfered'), but the clause has its own subject and its verb
    does not take the allegation as object, so it spells the allegation out."""
    that = clause.left_edge
    if that.lower_ != "that" or that.dep_ not in ("dobj", "pobj"):
        return False
    if clause.lemma_.lower() in _CLAIM_HANDLING_VERBS:
        return False
    return any(c.dep_ in _SUBJECT_DEPS and c != that for c in clause.children)


def _as_phrase(verb: Token) -> Token | None:
    """The 'as' preposition of 'described X as Y' (attached to the verb or to X)."""
    holders = [verb] + [c for c in verb.children if c.dep_ == "dobj"]
    for holder in holders:
        for child in holder.children:
            if (
                child.dep_ == "prep"
                and child.lower_ == "as"
                and any(not c.is_space and not c.is_punct for c in child.children)
            ):
                return child
    return None


def _prep_object(prep: Token) -> Token | None:
    return next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)


def _cue_span(verb: Token) -> Span:
    """The verb and its particle: 'denied', 'pointed out'."""
    end = verb.i
    for child in verb.children:
        if child.dep_ == "prt" and child.i == end + 1:
            end = child.i
    return _token_span(verb.doc, verb.i, end + 1) or to_span(verb)


def _clause_span(head: Token, context: _Context) -> Span | None:
    """The clause under ``head`` without its complementizer, cut before a dash that
    introduces another speaker's clause ('..., in 2016 — something the Kremlin denied')."""
    doc = context.doc
    start, end = head.left_edge.i, head.right_edge.i + 1
    first = doc[start]
    if (
        first.lower_ == "that"
        and first.dep_ == "det"
        and first.head.dep_ in _SUBJECT_DEPS
        and start > 0
        and doc[start - 1].pos_ == "VERB"
    ):
        start += 1  # "reiterating that progress can be made": a complementizer misread
    if not any(c.dep_ == "mark" for c in head.children):
        # "said on Tuesday it had detained ...": the time belongs to the saying
        subject = next((c for c in head.children if c.dep_ in _SUBJECT_DEPS), None)
        leading = [
            c
            for c in head.children
            if subject is not None
            and c.i < subject.i
            and c.dep_ in ("prep", "npadvmod")
            and c.left_edge.i == start
            and start > 0
            and doc[start - 1].pos_ == "VERB"
        ]
        if leading:
            start = leading[0].right_edge.i + 1
            while start < end and doc[start].is_punct:
                start += 1
    for conj in head.children:  # "underscored that X demands Y and agreed to Z"
        if conj.dep_ == "conj" and conj.i < end and _is_main_clause_conjunct(head, conj):
            end = min(end, conj.left_edge.i)
            while end > start and (doc[end - 1].dep_ == "cc" or doc[end - 1].is_punct):
                end -= 1
    index = index_for(doc)  # scans of a long clause: read the index, build no Tokens
    for i in range(head.i + 1, end):  # "..., a claim that could not be verified"
        if index.deps[i] == "appos" and index.lemmas[i] in cues.ALLEGATION_NOUNS:
            end = min(end, doc[i].left_edge.i)
    for i in range(head.i + 1, end):
        if index.texts[i] in _DASHES and any(verb_stance(t) is not None for t in doc[i + 1 : end]):
            end = i
            break
    if end < len(doc) and doc[end].text in _QUOTE_CHARS and not _balanced(doc, start, end):
        end += 1  # 'in a bid “to hamper their operations”': the closing mark hangs elsewhere
    return _token_span(doc, start, end)


def _is_main_clause_conjunct(head: Token, conj: Token) -> bool:
    """A subjectless past-tense verb conjoined to a present-tense clause belongs to the
    speaker's clause: 'underscored that X demands a response and agreed to coordinate'."""
    if conj.pos_ != "VERB" or any(c.dep_ in _SUBJECT_DEPS for c in conj.children):
        return False
    present = head.tag_ in ("VBZ", "VBP") or any(
        c.dep_ == "aux" and c.tag_ == "MD" for c in head.children
    )
    speaker_verb = head.head
    return present and conj.tag_ == "VBD" and speaker_verb.tag_ == "VBD"


def _is_clausal_prep(token: Token) -> bool:
    """A preposition introducing a gerund clause: 'of misleading investors'."""
    complement = _prep_object(token) if token.dep_ == "prep" else None
    return complement is not None and complement.tag_ == "VBG"


def _phrase_tokens(head: Token) -> list[Token]:
    """The noun phrase of ``head``: left modifiers and tight right modifiers, no clauses."""
    tokens = [head]
    for child in head.lefts:
        if child.dep_ not in ("preconj", "cc", "punct") and not child.is_space:
            tokens.extend(child.subtree)
    previous = head
    for child in head.rights:
        between = head.doc[previous.i + 1 : child.i]
        if any(t.is_punct for t in between) or child.dep_ not in _TIGHT_RIGHT_DEPS:
            break
        if child.dep_ == "prep" and (child.lower_ == "as" or _is_clausal_prep(child)):
            break
        tokens.extend(child.subtree)
        previous = child.right_edge
    return sorted(tokens, key=lambda t: t.i)


def _phrase_span(head: Token) -> SpacySpan:
    tokens = _phrase_tokens(head)
    doc = head.doc
    start, end = tokens[0].i, tokens[-1].i + 1
    span = _trimmed(doc, start, end)
    return span if span is not None else doc[head.i : head.i + 1]


def _token_span(doc: Doc, start: int, end: int) -> Span | None:
    span = _trimmed(doc, start, end)
    return to_span(span) if span is not None else None


def _trimmed(doc: Doc, start: int, end: int) -> SpacySpan | None:
    """``doc[start:end]`` without edge spaces, punctuation, complementizers, stray quotes."""
    while start < end:
        first, last = doc[start], doc[end - 1]
        if (
            first.is_space
            or first.text in _EDGE_PUNCT
            or first.dep_ in ("cc", "preconj")
            or (first.lower_ in _MARKS and first.dep_ == "mark")
            or (first.lower_ == "to" and first.dep_ == "aux")
        ):
            start += 1
        elif last.is_space or last.text in _EDGE_PUNCT or last.dep_ in ("cc", "case"):
            end -= 1
        elif first.text in _QUOTE_CHARS and not _balanced(doc, start, end):
            start += 1
        elif last.text in _QUOTE_CHARS and not _balanced(doc, start, end):
            end -= 1
        else:
            break
    return doc[start:end] if start < end else None


def _balanced(doc: Doc, start: int, end: int) -> bool:
    marks = [t.text for t in doc[start:end] if t.text in _QUOTE_CHARS]
    return len(marks) >= 2 and len(marks) % 2 == 0


# --- building the claim -----------------------------------------------------------------------


def _claim(
    context: _Context,
    *,
    claimer: Mention,
    stance: Stance,
    cue: Span | None,
    sentence: int,
    content: Span | None = None,
    targets: Iterable[Mention] = (),
    cites: Mention | None = None,
    quoted: bool = False,
    negated: bool = False,
    confidence: float = 0.9,
) -> Claim:
    hedges: tuple[Span, ...] = ()
    insertions: tuple[Span, ...] = ()
    if content is not None:
        hedges = find_hedges(context.doc, content.start, content.end, context.quotes, context.text)
        insertions = tuple(
            i
            for i in find_insertions(context.text, content.start, content.end)
            if quoted or any(q.start < i.start < q.end for q in context.quotes)
        )
    unique_targets: dict[tuple[int, int], Mention] = {}
    for target in targets:
        if target.span != claimer.span:
            unique_targets.setdefault((target.span.start, target.span.end), target)
    return Claim(
        claimer=claimer,
        stance=stance,
        cue=cue or claimer.span,
        sentence=sentence,
        content=content,
        targets=tuple(unique_targets[key] for key in sorted(unique_targets)),
        cites=cites,
        hedges=hedges,
        insertions=insertions,
        quoted=quoted,
        negated=negated,
        confidence=round(min(1.0, max(0.1, confidence)), 2),
    )
