"""The voice of an official account's posts (round 23, issue 13, branch ``posts23``).

An official account's post speaks in its owner's voice with no verb of saying: "Russia
halts and delays grain shipments sometimes for months", "The corrupt actions of the
regime continue to hurt the people", "We urge the government to reverse its decision",
"Civilians should not suffer for the group's terrorism".  Each is a charge or a
condemnation by the account's owner of the party the sentence makes the doer of a harm,
the owner of a wrong, or the addressee of an urging to change its conduct (the
allegations GUIDE, "The blind19 part": condemnations, evaluations of an act's harm and
calls on the accused to stop are ``criticize``; statements that the act happened or
caused a harm are ``accuse``).

The rule family ``post_voice`` reads such a sentence (one no other rule made a claim in,
not a question, not inside a quotation) with the words of ``kg/data/post_voice.tsv`` and
the content lexicon's hostile, wrong and critical classes.  The parties charged are:

- the subject of a clause whose verb harms ("Russia halts ...", "He has jailed ...") or
  whose predicate or object carries a wrong or an evaluation ("The regime is
  illegitimate", "... choked the country"), not counting the clauses under it;
- the owner of a wrong or harm noun anywhere in the sentence ("Hamas' attacks", "the
  tyranny of the regime", "the crisis caused by X", "aggressive Houthi acts");
- the cause a victim's suffering names ("suffer at the hands of X", "because of X");
- the addressee of an urging or a "must"/"should" to change conduct ("urge X to
  comply", "X must cease its attacks").

Its claimer is the :data:`~kg.resolve.voice.AUTHOR` mention, as ``author_voice``'s: the
extractor does not know who published the text, so resolution keeps a ``post_voice``
claim only in an official account's post (:func:`kg.resolve.voice.is_post`: an official
publisher and a byline that is the account's handle) and drops it in any other text,
wire copy and official statements alike.  A handle prefixing the post (".@Handle: ...")
gives the speaker (:mod:`kg.resolve.handles`).  The family runs after every other one,
so that its claims change no other rule's reading.

Round 24 (``posts24``; on by default from then): a quotation the post closes by naming its
speaker after a dash ("“...” – @SecBlinken") is read too (its speaker resolution finds in
the closing handle or label); causes charge their maker ("X is the reason why ...", "of X's
making", "the X-made crisis"); an owner the parse hangs on a noun's adjective ("Hamas'
brutal ... attacks") is the wrong's owner; a judgement noun "no" denies ("no justification
for") or an imperative of conduct ("Stop the ...") makes the charge a criticism.

Round 25 (``posts25``): the extractor is given the article's metadata in every engine
(:class:`kg.nlp.Extractor`), and the family is read in an official post only
(:data:`kg.extract.KIND_GATES`); resolution's drop elsewhere stays as a second guard.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from kg.extract._index import children_of, index_of
from kg.extract.claims.base import _claim, _Context, _is_actor_token, _prep_object
from kg.extract.claims.content_lexicon import (
    CRITICAL_ADJECTIVES,
    CRITICAL_NOUNS,
    HOSTILE_ACTS,
    HOSTILE_NOUNS,
    WRONG_ADJECTIVES,
    WRONG_NOUNS,
    load_classes,
)
from kg.extract.claims.targets import actor_mention
from kg.extract.claims.targets_states import _owners, _state_of
from kg.model import Claim, Mention, Span, Stance
from kg.resolve.voice import AUTHOR, FIRST_PERSON

#: The rule family's name (``Claim.rule``).
POST_RULE = "post_voice"
#: Read the quotations a post closes by naming their speaker (round 24, ``posts24``).
CLOSED_QUOTES = True


_WORDS = load_classes("post_voice.tsv")
HARM_VERBS: frozenset[str] = _WORDS["harm_verb"] | HOSTILE_ACTS
HARM_NOUNS: frozenset[str] = _WORDS["harm_noun"] | HOSTILE_NOUNS | WRONG_NOUNS
#: Harms their victims own: only the one who caused them is charged.
SUFFERED_NOUNS: frozenset[str] = _WORDS["suffered_noun"]
EVALUATIONS: frozenset[str] = _WORDS["evaluation"] | CRITICAL_ADJECTIVES | WRONG_ADJECTIVES
URGE_VERBS: frozenset[str] = _WORDS["urge_verb"]
CONDUCT_VERBS: frozenset[str] = _WORDS["conduct_verb"]
SUFFER_VERBS: frozenset[str] = _WORDS["suffer_verb"]
CAUSE_MARKERS: frozenset[str] = _WORDS["cause_marker"]
#: Nouns that condemn when "no" denies them: "no justification for X's attacks" (round 24).
JUDGEMENT_NOUNS: frozenset[str] = _WORDS["judgement_noun"]
#: Nouns of a condemnation or judgement: "our unequivocal condemnation of X's acts".
_JUDGING_NOUNS = CRITICAL_NOUNS | frozenset({"condemnation"})
#: Clauses under a verb whose subject is not the verb's: not read for the verb's subject.
_OWN_CLAUSES = frozenset({"relcl", "acl", "ccomp", "advcl", "csubj", "parataxis", "conj"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
#: Nouns whose "of" object is their doer or holder: "the actions of the regime".
_OWNED_NOUNS = frozenset(
    {"action", "act", "policy", "regime", "government", "decision", "conduct", "rule"}
)
#: Copulas and verbs of causing: their subject owns the harm or evaluation of its clause
#: ("The regime is illegitimate", "X's decision has drastic consequences").
_CAUSING = frozenset({"be", "cause", "bring", "pose", "mean", "create", "have", "remain"})
_RELATIVES = frozenset({"which", "who", "that", "whom"})
_MODALS = frozenset({"must", "should"})
#: Verbs of making a harm whose maker a compound names: "the X-made crisis" (round 24).
_MAKING = frozenset({"make", "cause", "create", "induce", "fuel", "drive"})
#: Nouns of a cause: "X is the reason why ...", "X is the source of ..." (round 24).
_CAUSE_NOUNS = frozenset({"reason", "cause", "source", "root"})
#: Verbs that end a party's conduct: the conduct ended is the party's ("stops its attacks").
_STOPPING = frozenset({"stop", "cease", "end", "halt"})
_PRONOUNS = frozenset({"he", "she", "it", "they", "his", "her", "its", "their"})


#: A quotation the post closes by naming its speaker after a dash ("“...” – @SecBlinken",
#: "\"...\" -Special Envoy Roe"): the post gives that speaker's words (round 24,
#: ``posts24``), whom resolution finds in the closing handle or label
#: (:mod:`kg.resolve.handles`).
_CLOSED_QUOTE = re.compile(r"[”\"]\s*[-—–]\s*(?:\.?@\w|[A-Z])")


def post_voice_claims(context: _Context, found: Sequence[Claim]) -> Iterator[Claim]:
    """The account's own charges in the sentences where ``found`` has no claim."""
    doc = context.doc
    index = index_of(doc)
    sentences = index.sentences if index is not None else tuple(doc.sents)
    taken = {claim.sentence for claim in found}
    attributed = CLOSED_QUOTES and _CLOSED_QUOTE.search(context.text) is not None
    for number, sentence in enumerate(sentences):
        if number in taken:
            continue
        start = sentence.start_char
        text = context.text[start : sentence.end_char].rstrip()
        if not text or text.endswith("?"):
            continue  # a question
        if not attributed and text[:1] in "\"“‘'":
            continue  # an unattributed quotation is someone else's words
        end = start + len(text.rstrip('.!;:"” '))
        if end <= start:
            continue
        quotes = context.quotes_near(start, end)
        if not attributed and any(q.start <= start < q.end for q in quotes):
            continue
        if attributed:
            start += len(text) - len(text.lstrip("\"“‘' "))
        claim = _post_claim(context, sentence, number, start, end, attributed)
        if claim is not None:
            yield claim


def _post_claim(
    context: _Context,
    sentence: SpacySpan,
    number: int,
    start: int,
    end: int,
    attributed: bool = False,
) -> Claim | None:
    """The account's claim in one sentence, or None."""
    urged = list(_urged(sentence))
    parties: list[Token] = [party for party, _ in urged]
    cue: Token | None = urged[0][1] if urged else None
    judged = bool(urged)
    for party, why, evaluative in _charged(sentence):
        parties.append(party)
        cue = cue or why
        judged = judged or evaluative
    judgement = _judgement(sentence)
    if judgement is not None and parties:  # "no justification for", "Stop the attacks"
        cue, judged = judgement, True
    quoted = () if attributed else context.quotes_near(start, end)
    parties = [p for p in parties if not any(q.start <= p.idx < q.end for q in quoted)]
    targets = _targets(parties, context)
    if not targets or cue is None:
        return None
    return _claim(
        context,
        claimer=Mention(Span(start, start, ""), AUTHOR, number, head="author"),
        stance=Stance.CRITICIZE if judged else Stance.ACCUSE,
        cue=Span(cue.idx, cue.idx + len(cue.text), cue.text),
        sentence=number,
        content=Span(start, end, context.text[start:end]),
        targets=targets,
        confidence=0.5,
    )


def _targets(parties: Iterable[Token], context: _Context) -> tuple[Mention, ...]:
    """The actors the charged tokens stand for, first person and duplicates left out."""
    found: dict[tuple[int, int], Mention] = {}
    for token in parties:
        for actor in _actors(token):
            if actor.lower_ in FIRST_PERSON or actor.lower_ in ("you", "our", "my", "your"):
                continue
            mention = actor_mention(actor, context)
            if mention.span.text.startswith(("@", ".@", "http")) or "/" in mention.span.text:
                continue  # a handle or a link is no party: "@FLOTUS speaks out on ..."
            found.setdefault((mention.span.start, mention.span.end), mention)
    return tuple(found[key] for key in sorted(found))


def _actors(token: Token) -> list[Token]:
    """The actor tokens a charged phrase stands for: a named actor or a pronoun itself, a
    state agent's state ("the Russian government"), an organ's or a wrong's owners ("the
    Maduro regime" -> Maduro, "Hamas' attacks" -> Hamas), a relative pronoun's antecedent."""
    if token.lower_ in _RELATIVES and token.head.dep_ == "relcl":
        return _actors(token.head.head)
    if _is_actor_token(token) or (token.pos_ == "PRON" and token.lower_ in _PRONOUNS):
        return [token]
    state = _state_of(token)
    if state is not None:
        return [state]
    for clause in children_of(token):  # "the referenda Russia is holding": the holder
        if clause.dep_ == "relcl":
            doers = [c for c in children_of(clause) if c.dep_ == "nsubj" and _is_actor_token(c)]
            if doers:
                return doers
    owners = [o for o in _owners(token) if _is_actor_token(o) or o.lower_ in _PRONOUNS]
    owners = owners or [o for o in _modifier_owners(token) if _is_actor_token(o)]
    if owners:
        return owners
    owned = token.lemma_.lower() in HARM_NOUNS or token.lemma_.lower() in _OWNED_NOUNS
    for child in children_of(token):  # "the actions of the regime": the "of" object
        if owned and child.dep_ == "prep" and child.lower_ == "of":
            complement = _prep_object(child)
            if complement is not None and complement.pos_ in ("PROPN", "NOUN", "PRON"):
                return _actors(complement)
    return []


def _modifier_owners(noun: Token, *, made: bool = False) -> Iterator[Token]:
    """Owners the parse hangs on a noun's modifier (round 24): "Hamas' brutal ... attacks"
    (Hamas the possessor of "brutal"); with ``made``, the maker a compound of "made" names
    ("the X-made crisis")."""
    for child in children_of(noun):
        if child.dep_ != "amod":
            continue
        for grand in children_of(child):
            if (not made and grand.dep_ == "poss") or (
                made and grand.dep_ in ("npadvmod", "compound") and _lemma(child) in _MAKING
            ):
                yield grand


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def _negative(token: Token) -> bool:
    """A word of harm, wrong or evaluation."""
    lemma = _lemma(token)
    if token.pos_ == "VERB":
        return lemma in HARM_VERBS
    if token.pos_ in ("NOUN", "PROPN"):
        return lemma in HARM_NOUNS or lemma in _JUDGING_NOUNS or lemma in SUFFERED_NOUNS
    if token.pos_ in ("ADJ", "ADV"):
        return lemma in EVALUATIONS or token.lower_ in EVALUATIONS
    return False


def _local(verb: Token) -> Iterator[Token]:
    """The verb's own clause: its words, not those of the clauses under it."""
    stack = [c for c in children_of(verb) if c.dep_ not in _OWN_CLAUSES and c.dep_ not in _SUBJECTS]
    while stack:
        token = stack.pop()
        yield token
        stack.extend(c for c in children_of(token) if c.dep_ not in _OWN_CLAUSES)


def _may_charge(sentence: SpacySpan) -> Iterable[Token]:
    """The tokens of ``sentence`` that can open a branch of :func:`_charged` (a subject of
    a verb, a noun of harm, wrong, judgement or suffering, a cause marker, a passive's
    agent), read off the active index's columns; every token outside
    :func:`~kg.extract._index.indexed`.  A prefilter on the very tests the branches start
    with: the other tokens yield nothing, and most of a post's words are such (the scan
    built each word's lemma string)."""
    index = index_of(sentence.doc)
    if index is None:
        return sentence
    pos, deps, lemmas, lowers = index.pos, index.deps, index.lemmas, index.lowers
    heads, tokens = index.heads, index.tokens
    found = []
    for i in range(sentence.start, sentence.end):
        tag, lemma = pos[i], lemmas[i]
        if (
            (deps[i] in _SUBJECTS and pos[heads[i]] in ("VERB", "AUX"))
            or deps[i] == "agent"  # the agent's branch, after the others
            or (
                tag in ("NOUN", "PROPN")
                and (lemma in HARM_NOUNS or lemma in _JUDGING_NOUNS or lemma in SUFFERED_NOUNS)
            )
            or (
                (lemma in CAUSE_MARKERS or lowers[i] in CAUSE_MARKERS)
                and tag in ("NOUN", "ADP", "SCONJ")
            )
        ):
            found.append(tokens[i])
    return found


def _charged(sentence: SpacySpan) -> Iterator[tuple[Token, Token, bool]]:
    """(party, the word that charges it, whether it is an evaluation) in ``sentence``."""
    for token in _may_charge(sentence):
        lemma = _lemma(token)
        if token.dep_ in _SUBJECTS and token.head.pos_ in ("VERB", "AUX"):
            verb = token.head
            if _lemma(verb) in SUFFER_VERBS:
                continue  # the victim: "the people continue to suffer"
            if _lemma(verb) in _STOPPING and any(
                c.dep_ == "dobj" and _negative(c) for c in children_of(verb)
            ):
                yield token, verb, True  # "if Russia stops its cruel attacks": its attacks
                continue
            harming = _harming(verb)
            if harming is not None and token.dep_ == "nsubj":
                yield token, harming, False  # "Russia halts ...", "continues to prevent"
                continue
            if _negative(token) and _lemma(verb) not in CONDUCT_VERBS:
                # "Hamas' attacks have compounded ...": the wrong's owner
                yield token, token, False
                continue
            if (
                _lemma(verb) in ("cause", "create", "make")
                and verb.dep_ == "relcl"
                and _negative(verb.head)
            ):
                yield token, verb, False  # "the collapse the regime has caused"
                continue
            if _lemma(verb) == "be" and not _negated(verb):
                cause = next(
                    (
                        c
                        for c in children_of(verb)
                        if c.dep_ == "attr" and _lemma(c) in _CAUSE_NOUNS
                    ),
                    None,
                )
                if cause is not None and any(_negative(t) for t in cause.subtree):
                    yield token, cause, False  # "X is the reason why Y faces displacement"
                    continue
            local = [t for t in _local(verb) if not _negated(verb)]
            judged = next((t for t in local if t.pos_ in ("ADJ", "ADV") and _negative(t)), None)
            if judged is not None and verb.lemma_ == "be":
                yield token, judged, True  # "The regime is illegitimate"
                continue
            harm = next((t for t in local if _negative(t)), None)
            if harm is not None and _lemma(verb) in _CAUSING:
                # "Maduro is the reason why ...", "Aggressive acts mean rerouting ships"
                yield token, harm, harm.pos_ in ("ADJ", "ADV")
        elif token.pos_ == "NOUN" and lemma in SUFFERED_NOUNS:
            for maker in _modifier_owners(token, made=True):  # "the X-made crisis"
                yield maker, token, False
            for child in children_of(token):  # "the crisis caused by X"
                if child.dep_ == "acl" and child.tag_ == "VBN":
                    for agent in (c for c in children_of(child) if c.dep_ == "agent"):
                        complement = _prep_object(agent)
                        if complement is not None:
                            yield complement, token, False
        elif token.pos_ in ("NOUN", "PROPN") and _negative(token):
            # "the tyranny of the regime", "Kirby on Boko Haram's attacks"
            for owner in _owners(token):
                yield owner, token, False
            for owner in _modifier_owners(token):
                yield owner, token, False
            for child in children_of(token):
                if (
                    child.dep_ == "prep"
                    and (child.lower_ == "of" or (child.lower_ == "by" and lemma in HARM_NOUNS))
                    and (lemma in HARM_NOUNS or lemma in _JUDGING_NOUNS)
                ):  # "the tyranny of the regime"; "attacks by X" (round 24)
                    complement = _prep_object(child)
                    if complement is not None and _actors(complement):
                        yield complement, token, False
        elif (lemma in CAUSE_MARKERS or token.lower_ in CAUSE_MARKERS) and token.pos_ in (
            "NOUN",
            "ADP",
            "SCONJ",
        ):
            # "at the hands of X", "because of X", "under X's corruption", "of X's making"
            for child in children_of(token):
                if child.dep_ == "prep" and child.lower_ == "of":
                    complement = _prep_object(child)
                    if complement is not None and _suffering(token):
                        yield complement, token, False
                elif child.dep_ == "poss" and token.pos_ == "NOUN" and _suffering(token):
                    yield child, token, False
        if token.dep_ == "agent" and _negative(token.head):
            complement = _prep_object(token)  # "hostages held by X"
            if complement is not None:
                yield complement, token.head, False


def _judgement(sentence: SpacySpan) -> Token | None:
    """The word by which a sentence judges the charge it makes (round 24, ``posts24``): a
    judgement noun "no" denies ("There is no justification for ...", "have no place in our
    world"), or an imperative that asks for a change of conduct ("Stop the attacks", "End
    the violence"), which the account addresses to the party it charges."""
    for token in _judging_candidates(sentence):
        if (
            _lemma(token) in JUDGEMENT_NOUNS
            and token.pos_ == "NOUN"
            and any(c.lower_ == "no" and c.dep_ in ("det", "neg") for c in children_of(token))
        ):
            return token
        if (
            token.dep_ == "ROOT"
            and token.tag_ == "VB"
            and _lemma(token) in CONDUCT_VERBS
            and not any(c.dep_ in (*_SUBJECTS, "aux", "expl") for c in children_of(token))
            and all(
                t.pos_ in ("PUNCT", "SYM", "X") or t.text.startswith("#")
                for t in sentence[: token.i - sentence.start]
            )
        ):
            return token
    return None


def _harming(verb: Token) -> Token | None:
    """The harm verb a clause's subject does: the verb itself or the open complement it
    governs ("continues to prevent", "is blocking"), not negated."""
    current: Token | None = verb
    while current is not None and not _negated(current):
        if _negative(current):
            return current
        current = next(
            (c for c in children_of(current) if c.dep_ == "xcomp" and c.pos_ == "VERB"), None
        )
    return None


def _suffering(marker: Token) -> bool:
    """Whether a cause marker names the cause of a harm ("suffer at the hands of X",
    "in harm's way because of X"): a suffering or a harm word in its clause."""
    head = marker
    while head.dep_ not in ("ROOT",) and head.pos_ not in ("VERB", "AUX"):
        head = head.head
    words = [head, *head.subtree]
    return any(_lemma(w) in SUFFER_VERBS or _negative(w) or w.lower_ == "harm" for w in words)


def _negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" for c in children_of(verb))


def _urged(sentence: SpacySpan) -> Iterator[tuple[Token, Token]]:
    """(addressee, cue) of an urging or a duty to change conduct: "We urge Russia to
    reverse its decision", "call on X to release", "X must cease its attacks"."""
    for token in _verbs_among(sentence, URGE_VERBS, CONDUCT_VERBS):
        lemma = _lemma(token)
        if lemma in URGE_VERBS and token.pos_ == "VERB":
            addressee = next(
                (c for c in children_of(token) if c.dep_ in ("dobj", "nsubj") and c.i > token.i),
                None,
            )
            if addressee is None:  # "call on X to ..."
                on = next(
                    (c for c in children_of(token) if c.dep_ == "prep" and c.lower_ == "on"), None
                )
                addressee = _prep_object(on) if on is not None else None
            if addressee is None:
                continue
            asked = [
                c
                for c in (*children_of(token), *children_of(addressee))
                if c.dep_ in ("xcomp", "ccomp", "acl") and c.pos_ == "VERB"
            ]
            if any(_lemma(a) in CONDUCT_VERBS for a in _with_conjuncts(asked)):
                yield addressee, token
        elif token.pos_ == "VERB" and lemma in CONDUCT_VERBS:
            modal = next(
                (c for c in children_of(token) if c.dep_ == "aux" and c.lower_ in _MODALS), None
            )
            if modal is None or _negated(token):
                continue
            subject = next((c for c in children_of(token) if c.dep_ in _SUBJECTS), None)
            if subject is not None:
                yield subject, modal


def _verbs_among(sentence: SpacySpan, *lemmas: frozenset[str]) -> Iterable[Token]:
    """The verbs of ``sentence`` whose lower-case lemma is in one of ``lemmas``, in text
    order, read off the active index's columns; every token outside
    :func:`~kg.extract._index.indexed` (a prefilter: the caller tests each as before)."""
    index = index_of(sentence.doc)
    if index is None:
        return sentence
    pos, lowered, tokens = index.pos, index.lemmas, index.tokens
    return [
        tokens[i]
        for i in range(sentence.start, sentence.end)
        if pos[i] == "VERB" and any(lowered[i] in words for words in lemmas)
    ]


def _judging_candidates(sentence: SpacySpan) -> Iterable[Token]:
    """The tokens of ``sentence`` :func:`_judgement` can return, in text order: judgement
    nouns and the sentence's root, read off the active index's columns; every token
    outside :func:`~kg.extract._index.indexed` (a prefilter: each is tested as before)."""
    index = index_of(sentence.doc)
    if index is None:
        return sentence
    pos, deps, lowered, tokens = index.pos, index.deps, index.lemmas, index.tokens
    return [
        tokens[i]
        for i in range(sentence.start, sentence.end)
        if deps[i] == "ROOT" or (pos[i] == "NOUN" and lowered[i] in JUDGEMENT_NOUNS)
    ]


def _with_conjuncts(verbs: Iterable[Token]) -> Iterator[Token]:
    for verb in verbs:
        yield verb
        yield from (c for c in children_of(verb) if c.dep_ == "conj")
