"""Appeals and punishments told inside a speaker's content (round 35, measures36, issue 12;
the refinement family ``appealed_content``).

A reported or quoted statement is read as the speaker's assertion of its content.  Two
kinds of content are no such assertion:

* an **appeal** (:data:`APPEALED_CONTENTS`): the content is itself the speaker's appeal, an
  order to the hearer ("Take care of your employees"), "Let us not lose our cool", a
  first-person appeal verb ("We also urge both Ethiopia and Eritrea to cooperate", "it urged
  India to respect the 2003 agreement") or a first-person hope about another's doing ("We
  hope that the shelling will be ceased").  The claims guide codes appeals as no claim
  ("Not claims"; points 5 and 16), so the assertion is dropped.  Only an assertion: a
  demand whose content charges a party is the demand family's ``criticize`` and stays.
* a **punishment** (:data:`PUNISHED_CULPRITS`): the content demands or promises that the
  culprits be punished.  Demanded ("they must all be punished", "the killers should be
  brought to justice") it is ``criticize`` (point 16: a demand that condemns an act), of the
  punished party when it is named; promised by the speaker's side ("We will find and punish
  everyone responsible", "we will look for all these people", "the perpetrators will be
  brought to justice") it is ``threaten`` (points 28 and 35: harm promised in answer to the
  other side's act), of the named party it falls on, else of nobody named (point 26).

The words are data, [`kg/data/appeal_contents.tsv`](../../data/appeal_contents.tsv)."""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from importlib import resources

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from kg.extract._index import children_of, span_tokens
from kg.extract.claims.base import _Context, _is_actor_token, _tokens_of
from kg.extract.claims.targets_names import actor_mention
from kg.model import Claim, Stance

#: Round 35 (measures36, issue 12, test34's class 5 read by the lead: appeals and
#: instructions inside a quotation taken for claims): an assertion whose content is the
#: speaker's own appeal (an order to the hearer, "let us ...", "we urge / call on X to ...",
#: "we hope that <another's doing>") is no claim (guide: "Not claims", points 5 and 16).
#: Measured against the start (benchmarks/claims/RESULTS.md, "Round 35, measures36"): no
#: matched triple moves on any part in either scope; wrong triples fall by 4 (sentence scope) /
#: 6 (document scope) on the first half and `dev4`, 2 / 3 on the second half, 3 / 6 held out.
#: False: every such appeal asserted, as before round 35.
APPEALED_CONTENTS = True

#: Round 35 (measures36, issue 12, test34's class 3: future measures against the other side
#: read as assert): a content that demands the culprits' punishment ("they must all be
#: punished") is ``criticize`` (point 16); one that promises it by the speaker's side ("we
#: will find and punish everyone responsible", "we will look for all these people", "the
#: perpetrators will be brought to justice") is ``threaten`` (points 28, 35), of the punished
#: party when it is named.  Off: it moves no triple of the first half or `dev4` (no such
#: content there), so it fails round 35's bar whatever the rest shows; scored once as an
#: information row, the second half is unmoved and held-out `test34` gains 1 (sentence scope) /
#: 2 (document scope) matched triples with no wrong one (benchmarks/claims/RESULTS.md, "Round 35,
#: measures36").  A round with development sentences of the shape can measure it.
PUNISHED_CULPRITS = False

#: Round 41 (approve49, issue 12, test40's class (R): asserts made from appeals): an assertion
#: whose content is a demand on another party -- its leading verb carries a modal of demand
#: ("should", "must", "ought"; the ``appeal_modal`` row) and its subject is a named party or
#: a body ("Washington should drop its sanctions against Iran", "Russia must take all
#: necessary measures", "The British government should do whatever is necessary") -- is an
#: appeal, no claim (guide point 16: "X must do Y" in a speaker's words).  A negated one
#: ("They should not enter the aircraft"), one with the speaker's side as its subject ("we
#: must ...": the speaker's own resolve) and one that charges a party (the demand family's
#: ``criticize``: only assertions are read) stay.  Measured: benchmarks/claims/RESULTS.md,
#: "Round 41, approve49".  False: such demands asserted, as before round 41.
MODAL_APPEALS = False

#: Round 41 (approve49, issue 12, test40's class (R)): an assertion made by "expect" whose
#: content is another party's future conduct -- "the United States expects China to return
#: the crew", "Washington expects China 'to seek a peaceful resolution'", "We expect all
#: Russian forces to withdraw" -- is an appeal, no claim (guide point 5: an expectation about
#: another party's future conduct).  The expected doer must be a named party or a body (the
#: ``party_noun`` row); a forecast ("expects the talks to fail") stays ``assert`` (point 5).
#: Measured: benchmarks/claims/RESULTS.md, "Round 41, approve49".  False: such expectations
#: asserted, as before round 41.
EXPECTED_CONDUCT = True

#: Round 41 (approve49, issue 12, test40's class (R)): an assertion whose content puts a need
#: on another party with "is for X to V" -- "the only solution is for Iran to unconditionally
#: release all of these 15 sailors", "What is important is for Syria fully to cooperate" -- is
#: an appeal, no claim (guide point 16, as "X must do Y"; the ``need_mark`` row).  The doer
#: must be a named party or a body (``party_noun``).  Measured: benchmarks/claims/RESULTS.md,
#: "Round 41, approve49".  False: such needs asserted, as before round 41.
NEEDED_DOINGS = False

#: Round 42 (precision52, issue 12: the system's wrong triples where the gold has no claim): an
#: assertion whose content is one question that names no party -- "But what next?", "Why do
#: they do it?" -- asserts nothing (the guide, round 17's quotation notes: "a quoted question
#: with no content ("But what next?") is no claim"), so it is dropped.  A question that names a
#: party ("what will the U.S. be willing to do?": point 15 reads a rhetorical question as the
#: statement it implies), one put under a condition ("if the Rwandans don't stop, ...") and a
#: statement with a question inside stay.  The content's own words decide (the ``question_mark``
#: and ``question_condition`` rows).  Measured (benchmarks/claims/RESULTS.md, "Round 42,
#: precision52"): the first half -3 wrong triples in both scopes, no development matched
#: triple moves; the second half unmoved; held out `test22` -1 wrong, `test36` -1 matched
#: (a gold ``assert`` question) in both scopes, so the held-out sum loses a matched triple and
#: the bar fails: off.  False: such questions asserted, as before round 42.
CONTENTLESS_QUESTIONS = False


@cache
def _lexicon() -> dict[str, frozenset[str]]:
    """Each row's words by kind."""
    text = resources.files("kg").joinpath("data", "appeal_contents.tsv").read_text(encoding="utf-8")
    rows: dict[str, frozenset[str]] = {}
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) < 2:
            raise ValueError(f"appeal_contents.tsv line {number}: want kind, words")
        rows[fields[0]] = rows.get(fields[0], frozenset()) | frozenset(fields[1].split())
    return rows


def _words(kind: str) -> frozenset[str]:
    return _lexicon().get(kind, frozenset())


def _root(span: SpacySpan) -> Token | None:
    """The first verb heading ``span`` (its head outside the span, or itself)."""
    for token in span_tokens(span):
        if token.pos_ in ("VERB", "AUX") and (
            token.head == token or not span.start <= token.head.i < span.end
        ):
            return token
    return None


def _subject(verb: Token) -> Token | None:
    return next((c for c in children_of(verb) if c.dep_ in ("nsubj", "nsubjpass")), None)


def _first_word(span: SpacySpan) -> Token | None:
    """The content's first word, past an opener ("Please help us ...")."""
    return next(
        (t for t in span_tokens(span) if t.is_alpha and t.lower_ not in _words("opener")), None
    )


def _opens_sentence(token: Token) -> bool:
    """Whether only punctuation (quotation marks, a colon) comes before ``token`` in its
    sentence: "said: \u201cTake care ...", not "documents it said \"prove ...\""."""
    return all(
        t.is_punct or t.is_space or t.lower_ in _words("opener")
        for t in token.doc[token.sent.start : token.i]
    )


def _leads(span: SpacySpan) -> list[Token]:
    """The verbs a content's appeal may hang on: its root, and its first verb when the
    content opens with it or with its subject ("We hope that ..." parsed under a later
    conjunct)."""
    found = [] if (root := _root(span)) is None else [root]
    first = _first_word(span)
    lead = next((t for t in span_tokens(span) if t.pos_ in ("VERB", "AUX")), None)
    if lead is not None and lead not in found and first is not None:
        subject = _subject(lead)
        # only a clause the parse hangs under a later one ("We hope that A, B will be
        # observed"), not an adverbial one beside the content's own root ("Let us be the
        # first, maybe it will speed up ...": the root asserts)
        if lead.dep_ == "ccomp" and (lead == first or subject == first):
            found.append(lead)
    return found


def _is_appeal(span: SpacySpan) -> bool:
    """Whether a content of one sentence is the speaker's own appeal (:func:`_appeal_verb`);
    a quotation of several ("Trust the Ukrainian authorities. ... Everything will be
    Ukraine!") may assert in its other sentences."""
    if span[0].sent.end < span.end:
        return False
    return any(_appeal_verb(verb, span) for verb in _leads(span))


def _appeal_verb(root: Token, span: SpacySpan) -> bool:
    """Whether a content's leading verb makes it the speaker's own appeal: an order to the
    hearer opening its sentence ("Take care of your employees"), "Let us ...", "We urge /
    call on X to ...", "We hope that <another's doing>"."""
    lemma = root.lemma_.lower()
    children = children_of(root)
    if lemma != "let" and any(c.dep_ == "neg" for c in children):
        return False
    subject = _subject(root)
    if root.tag_ == "VB" and subject is None and root == _first_word(span):
        if any(c.dep_ == "aux" for c in children) or not _opens_sentence(root):
            return False
        if lemma == "let":  # "Let us not lose our cool"; "Let me say ..." is the speaker's
            after = root.doc[root.i + 1] if root.i + 1 < len(root.doc) else None
            return after is not None and after.lower_ in _words("let_us")
        return lemma not in _words("not_imperative")  # "Take care of your employees"
    if subject is None or subject.lower_ not in _words("first_person"):
        return False
    if lemma in _words("appeal"):
        if lemma == "call":  # "we call on X to ...", not "we call it a crime"
            return any(
                c.dep_ in ("prep", "prt") and c.lower_ in _words("call_particle") for c in children
            )
        return any(c.dep_ in ("dobj", "xcomp", "ccomp") for c in children)
    if lemma in _words("hope") and subject.lower_ != "it":  # "it hopes X will help": a view
        for clause in (c for c in children if c.dep_ == "ccomp"):
            inner = _subject(clause)
            if inner is not None and inner.lower_ not in _words("first_person") | {"our", "my"}:
                return True  # "We hope that the shelling will be ceased"
    return False


def _heads(verb: Token) -> list[Token]:
    """``verb`` and the verbs it is conjoined to or a complement of ("find and punish": the
    modal is on "find"; "We must ensure that all those responsible are punished")."""
    found = [verb]
    while verb.dep_ in ("conj", "xcomp", "ccomp") and verb.head != verb:
        verb = verb.head
        found.append(verb)
    return found


def _culprits(verb: Token) -> list[Token]:
    """The people a verb of pursuit is after, when they are culprits: "look for all these
    people", "find everyone responsible"; "find a solution" has none."""
    objects = [c for c in children_of(verb) if c.dep_ == "dobj"] + [
        o
        for c in children_of(verb)
        if c.dep_ == "prep" and c.lower_ == "for"
        for o in children_of(c)
        if o.dep_ == "pobj"
    ]
    culprit = _words("culprit")
    return [
        o
        for o in objects
        if o.lower_ in culprit
        or o.lemma_.lower() in culprit
        or any(c.lower_ in culprit for c in children_of(o))
    ]


def _punishing(verb: Token) -> bool:
    """Whether a verb punishes culprits: a verb of punishing, a verb of pursuit with culprits
    as its object, "bring ... to justice"."""
    lemma = verb.lemma_.lower()
    if lemma in _words("punish"):
        return True
    if lemma in _words("pursue"):
        return bool(_culprits(verb))
    return lemma == "bring" and any(
        c.dep_ == "prep"
        and c.lower_ == "to"
        and any(o.lower_ in _words("justice") for o in children_of(c))
        for c in children_of(verb)
    )


def _punishment(span: SpacySpan) -> tuple[Stance, list[Token]] | None:
    """The stance and the named punished parties of a content that demands or promises the
    culprits' punishment, or None."""
    for verb in span_tokens(span):  # "We must ensure that all those responsible are punished"
        if verb.pos_ != "VERB" or not _punishing(verb):
            continue
        heads = _heads(verb)
        if any(c.dep_ == "neg" for h in heads for c in children_of(h)):
            continue
        modals = {c.lower_ for h in heads for c in children_of(h) if c.dep_ == "aux"}
        passive = next((c for h in heads for c in children_of(h) if c.dep_ == "nsubjpass"), None)
        subject = next((c for h in heads for c in children_of(h) if c.dep_ == "nsubj"), None)
        punished = (
            [passive] if passive is not None else [c for c in children_of(verb) if c.dep_ == "dobj"]
        )
        named = [p for p in punished if _is_actor_token(p) and p.pos_ != "PRON"]
        if modals & _words("demand_modal") and passive is not None:
            return Stance.CRITICIZE, named  # "they must all be punished"
        if not modals & _words("promise_modal"):
            continue
        if passive is not None or (
            subject is not None and subject.lower_ in _words("first_person")
        ):  # "we will punish ...", "the perpetrators will be brought to justice"
            return Stance.THREATEN, named
    return None


def _party(token: Token) -> bool:
    """Whether a subject names a party: a named actor ("Russia", "Washington"), a body with a
    party's name beside it ("The British government"), a party noun ("all Russian forces")."""
    if token.lower_ in _words("first_person") | _words("own_side"):
        return False
    if _is_actor_token(token) or token.lemma_.lower() in _words("party_noun"):
        return True
    return token.pos_ == "NOUN" and any(
        c.dep_ in ("amod", "compound", "poss") and _is_actor_token(c) for c in children_of(token)
    )


def _modal_appeal(span: SpacySpan) -> bool:
    """Whether a content of one sentence is a demand on another party
    (:data:`MODAL_APPEALS`): "Washington should drop its sanctions against Iran"."""
    if span[0].sent.end < span.end:
        return False
    root = _root(span)
    if root is None or root.pos_ != "VERB":
        return False
    children = children_of(root)
    if any(c.dep_ == "neg" for c in children):
        return False
    if not any(c.dep_ == "aux" and c.lower_ in _words("appeal_modal") for c in children):
        return False
    subject = next((c for c in children if c.dep_ == "nsubj"), None)
    return subject is not None and _party(subject)


def _needed_doing(span: SpacySpan) -> bool:
    """Whether a content of one sentence is a need put on another party
    (:data:`NEEDED_DOINGS`): "the only solution is for Iran to release ...", "What is
    important is for Syria fully to cooperate"."""
    if span[0].sent.end < span.end:
        return False
    for verb in span_tokens(span):
        if verb.pos_ != "VERB" or verb.dep_ not in ("advcl", "ccomp", "csubj"):
            continue
        head = verb.head
        if head.lemma_.lower() != "be" or any(c.dep_ == "neg" for c in children_of(head)):
            continue
        children = children_of(verb)
        if any(c.dep_ == "neg" for c in children):
            continue
        if not any(c.dep_ == "mark" and c.lower_ in _words("need_mark") for c in children):
            continue
        subject = next((c for c in children if c.dep_ == "nsubj"), None)
        if subject is not None and _party(subject):
            return True
    return False


def _expected_conduct(claim: Claim, span: SpacySpan, context: _Context) -> bool:
    """Whether an assertion made by "expect" has another party's doing as its content
    (:data:`EXPECTED_CONDUCT`): "the United States expects China to return the crew"."""
    cue = _tokens_of(claim.cue, context)
    if cue is None or claim.negated:
        return False
    verb = next((t for t in cue if t.lemma_.lower() in _words("expect")), None)
    if verb is None:
        return False
    for clause in children_of(verb):
        if clause.dep_ not in ("ccomp", "xcomp") or clause.pos_ not in ("VERB", "AUX"):
            continue
        if not span.start <= clause.i < span.end:
            continue
        if any(c.dep_ == "neg" for c in children_of(clause)):
            continue
        doer = next(
            (c for c in children_of(clause) if c.dep_ in ("nsubj", "nsubjpass")),
            next((c for c in children_of(verb) if c.dep_ == "dobj"), None),
        )
        if doer is not None and _party(doer):
            return True
    return False


def _contentless_question(span: SpacySpan) -> bool:
    """Whether a content of one sentence is a question that names no party
    (:data:`CONTENTLESS_QUESTIONS`): "But what next?", "Why do they do it?"."""
    if span[0].sent.end < span.end:
        return False
    words = [t for t in span_tokens(span) if not t.is_space and not t.is_quote]
    if not words or words[-1].text not in _words("question_mark"):
        return False
    if any(t.text in _words("question_mark") for t in words[:-1]):
        return False  # several questions, or a statement with a question inside
    if any(t.lower_ in _words("question_condition") for t in words):
        return False
    return not any(_is_actor_token(t) or t.pos_ == "PROPN" for t in words)


def appealed_contents(claims: tuple[Claim, ...], context: _Context) -> tuple[Claim, ...]:
    """``claims`` without the assertions whose content is the speaker's appeal
    (:data:`APPEALED_CONTENTS`), and with those whose content demands or promises the
    culprits' punishment read as ``criticize`` / ``threaten`` (:data:`PUNISHED_CULPRITS`)."""
    if not (
        APPEALED_CONTENTS
        or PUNISHED_CULPRITS
        or MODAL_APPEALS
        or EXPECTED_CONDUCT
        or NEEDED_DOINGS
        or CONTENTLESS_QUESTIONS
    ):
        return claims
    result: list[Claim] = []
    for claim in claims:
        span = (
            _tokens_of(claim.content, context)
            if claim.stance is Stance.ASSERT and claim.content is not None
            else None
        )
        if span is None or len(span) == 0:
            result.append(claim)
            continue
        if APPEALED_CONTENTS and _is_appeal(span):
            continue
        if MODAL_APPEALS and _modal_appeal(span):
            continue
        if EXPECTED_CONDUCT and _expected_conduct(claim, span, context):
            continue
        if NEEDED_DOINGS and _needed_doing(span):
            continue
        if CONTENTLESS_QUESTIONS and _contentless_question(span):
            continue
        found = _punishment(span) if PUNISHED_CULPRITS else None
        if found is None:
            result.append(claim)
            continue
        stance, named = found
        result.append(
            replace(
                claim,
                stance=stance,
                targets=tuple(actor_mention(t, context) for t in named),
                confidence=min(claim.confidence, 0.6),
                rule=f"{claim.rule}+appealed_content" if claim.rule else "appealed_content",
            )
        )
    return tuple(result)
