"""A single speaker's address read sentence by sentence (round 35, issue 12, branch address36).

The claims guide's round-35 ruling: a text that is the transcript of one speaker's address or
speech ("Address by ...", "Greetings on ...", a President of Ukraine title "<headline> - address
by President Volodymyr Zelenskyy", a Kremlin transcript's speaker label "President of Russia
Vladimir Putin:") is that speaker's speech throughout, each sentence annotated as if "<speaker>
said" introduced it, its stance by its own words.  The extractor read such a speech's sentences
only where a cue or a charge told as fact stood in them ("This holiday celebrates the core,
essential values ...", "They are acting bravely, skilfully ..." made no claim at all).

``address_speech`` (:data:`ADDRESS_SENTENCES`) gives every sentence of a head of state's text
that no other rule read a claim in the text's own voice (the :data:`~kg.resolve.voice.AUTHOR`
claimer), its stance read off its content as a quotation's is (an assertion unless the words
charge, criticize, threaten or praise); resolution keeps it only inside a speaker's speech
(:meth:`kg.resolve.voice.Voice.in_speech`: an address, or a transcript's labelled turn) and
gives it to that speaker, attributed; anywhere else (a readout, the narration before a label) it
is dropped, as if the family had not run.  Not read, as the ruling has it: questions,
salutations and other verbless exclamations ("Ukrainians!", "Glory to Ukraine!"), imperatives,
quotations (someone else's words, or a run the quotation rules read), and the sentences whose
main verb with the speaker as subject is a formula, the speaker's own act, an appeal or a
demand (``kg/data/address_sentences.tsv``: "I congratulate you", "Today I spoke with", "I urge
everyone", "we must prepare").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from kg.extract._index import index_of
from kg.extract.claims.base import _Context
from kg.extract.claims.content_lexicon import load_classes
from kg.extract.claims.speech_quotes import _read_claim
from kg.extract.mentions import ACTOR_LABELS
from kg.model import Claim, Mention, Span, Stance
from kg.resolve import voice as voice_module
from kg.resolve.handles import handle_label_end
from kg.resolve.voice import AUTHOR, news_only

#: The family's name (its claims' ``rule`` ends with it; resolution keeps them in a speech only).
ADDRESS_RULE = "address_speech"

#: Whether a head of state's text reads every sentence no other rule read as the speaker's claim
#: in a single speaker's address or a transcript's turn (see the module).  Measured in round 35
#: on ``dev5`` (the addresses part) and the first half + ``dev4``: benchmarks/claims/RESULTS.md,
#: "Round 35, address36".
ADDRESS_SENTENCES = True

#: Whether a sentence whose only claims are of a family an official text drops (a news
#: report's ``unquoted_bite``, :func:`kg.resolve.voice.news_only`) counts as unread here: the
#: family runs only in a head of state's text, where that claim is dropped, so the sentence
#: ("<label>: Thank you ... We have always had high regard for your role") lost its speaker's
#: claim to a claim that is never kept (round 36, voices37, issue 12: test35's class (3), the
#: substantive turns of talks missed).  Off: it failed the round's bar, set before the unread
#: parts were scored: on development it adds one triple in each scope and matches none (the
#: guest's "We have always had high regard for your role ..." becomes his assertion where the
#: gold has an approval of the host), so it has no development evidence; held out, `test35`
#: gains 1 matched triple for 2 system triples in each scope (benchmarks/claims/RESULTS.md,
#: "Round 36, voices37").
DROPPED_NOT_TAKEN = False

#: Whether courtesies are no claim in a head of state's text (round 36, voices37, issue 12:
#: test35's class (3), talks transcripts whose greetings and thanks became claims): the family
#: does not read a sentence that greets, welcomes or thanks for the meeting ("I am very glad to
#: see you", "Mr President, your visit is a happy occasion for me", "Welcome!", "Thank you very
#: much for the invitation", a bare "Thank you."), and a thanks or welcome another rule read
#: there as a claim is dropped (:func:`courtesy_dropped`) -- the guide's ceremonial formulae
#: (round-35 ruling) and acts of courtesy ("Not claims").  Thanks for a party's conduct ("Thank
#: you for defending freedom") stays approve.  The words are the ``courtesy`` and ``hosting`` rows
#: of ``kg/data/address_sentences.tsv``.  Measured in benchmarks/claims/RESULTS.md, "Round 36,
#: voices37".
COURTESIES = True

#: Whether a transcript turn's formulae are no claim besides the round-36 courtesies and
#: salutations (round 42, remarks53, issue 12: test42's classes (T) and (O), a State Department
#: remarks transcript and two daily briefings read with :data:`kg.resolve.voice.REMARKS_SPEECH`):
#: a sentence that is nothing but a speaker label in capitals, cut by the sentence splitter from
#: its turn ("MS." / "PSAKI:"); a salutation after an interjection ("Well, good afternoon,
#: everyone"); the ``turn_greeting`` rows ("Hi, everyone.", "All right.", "Good."), the
#: ``turn_floor`` rows, a spokesperson's agenda ("I have two items for all of you at the top"),
#: and the ``turn_courtesy`` and ``turn_hosting`` rows ("It's great to have you here"), read as
#: the round-36 courtesies' -- the round-35 ruling's ceremonial formulae.  Changes extraction
#: (only where ``address_speech`` runs).  Measured in benchmarks/claims/RESULTS.md, "Round 42,
#: remarks53": no triple of the default parts moves in either scope; ``test42`` (in sample, with
#: REMARKS_SPEECH on) -10 wrong triples in the document scope, -7 in the sentence scope.  On.
TURN_FORMULAE = True

#: Whether a sentence of a speech whose subject is a third person it narrates ("Secretary Kerry
#: also attended several public events", "He will return to Beijing later this evening", "The
#: President delivered a speech") is no claim when its verb, or a clause it governs ("was in
#: Beijing this weekend participating in ..."), is one of the ``schedule`` rows: the narrated
#: person's own schedule, as the speaker's own acts are (round 35's ruling; round 42, remarks53:
#: a spokesperson's briefing turn narrating the Secretary's and the President's travel, which
#: the gold reads as no claim).  Changes extraction.  Measured in benchmarks/claims/RESULTS.md,
#: "Round 42, remarks53": with REMARKS_SPEECH on, ``test2`` -1 wrong triple in each scope and
#: nothing else of the default parts; ``test42`` -5 wrong triples (document scope).  On.
NARRATED_SCHEDULE = True

#: Whether the ``turn_praise`` rows ("extraordinary", "exceptional", "supporter") are words of
#: praise too (:func:`_praises`): a speech's "the generosity that Moldova is showing ... is really
#: exceptional", "the United States has been a strong supporter of Moldovan independence" approve
#: the party praised (round 42, remarks53: test42's class (T)).  Changes extraction.  Measured in
#: benchmarks/claims/RESULTS.md, "Round 42, remarks53": no triple of the default parts moves;
#: ``test42`` (in sample, with REMARKS_SPEECH on) +2 matched triples, document scope.  On.
TURN_PRAISE = True

#: Whether a briefing turn's courtesies, stage directions, replies and agenda are no claim, and
#: a sentence's words are only its own turn's (round 44, briefings57, issue 12: test44's classes
#: (B1) and (B2), State and Pentagon press briefings read with
#: :data:`kg.resolve.voice.REMARKS_SPEECH`): a stage direction in parentheses opening a sentence
#: ("(Laughter.)", "(Off mic) details.") is no speech, and a sentence left with two words or
#: fewer is none; a whole sentence that only answers ("Yes.", "Sure.", "Correct.", "Quite the
#: opposite.") or gives the floor by a name ("So, Jamie."), and a sentence of at most sixteen
#: words holding a courtesy or agenda phrase ("Happy Friday to you.", "Good to -- good to see
#: you.", "A couple things at the top here.", "no opening statement", "we'll go to you") is no
#: claim (the rows of ``kg/data/briefing_formulae.tsv``; GUIDE point 55's exclusions); a leading
#: capital label is no part of the content, a later one ends it ("They have rejected — MR
#: MILLER: They have rejected consular access" keeps "They have rejected —"), and a sentence
#: the next turn interrupts ("Before —", "I’m always on my best —") is no claim.  Changes
#: extraction (only where ``address_speech`` runs).
#: Measured (benchmarks/claims/RESULTS.md, "Round 44 (second wave), briefings57"), judged
#: with :data:`kg.resolve.voice.BRIEFING_TURNS` by the bar set before the scoring: both on,
#: development +1 matched, +2 system triples in each scope, all of it this switch's (``test2``'s
#: 2023-05-03 briefing: the label cut from a sentence's start puts the claim inside the
#: labelled turn, "MR PATEL: The State Department thinks that Mr. Assange ..." matched and "Matt,
#: I’m just not going to offer a prescriptive assessment" a wrong ``assert``), second half
#: unchanged, held out test21-43 matched unchanged and system -1 (sentence), -3 (document)
#: (``test41``); ``test44`` (in sample) 70/170 -> 70/149 (sentence), 72/214 -> 73/180
#: (document) with both.  On.
BRIEFING_FORMULAE = True

#: A capital speaker label opening a sentence's words ("MR PRICE: ", "QUESTION: ").
_LEADING_LABEL = re.compile(r"^[A-Z][A-Z.’'-]+(?:\s+[A-Z][A-Z.’'-]+){0,4}:\s+")
#: A capital speaker label inside them, after a stage direction or a dash ("— QUESTION: ").
_INNER_LABEL = re.compile(r"(?<=[.!?)—–-])\s+[A-Z][A-Z.’'-]+(?:\s+[A-Z][A-Z.’'-]+){0,4}:\s")
#: A stage direction in parentheses opening them ("(Laughter.)", "(Off mic)").
_STAGE = re.compile(r"^\((?P<direction>[^()]{1,30})\)[.,;]?\s*")
#: A word of a briefing sentence (no bare dash: "Good to -- good to see you").
_BRIEF_WORD = re.compile(r"[\w’']+(?:-[\w’']+)*")
#: The most words a courtesy or agenda phrase's sentence has.
_FORMULA_WORDS = 16


@lru_cache(maxsize=1)
def _briefing_words() -> dict[str, frozenset[str]]:
    """``kg/data/briefing_formulae.tsv`` as phrases by kind."""
    return load_classes("briefing_formulae.tsv")


def briefing_cut(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The content ``text[start:end]`` of a turn's sentence without its leading label or
    stage direction and up to a later label (:data:`BRIEFING_FORMULAE`), or None when what is
    left is a formula, a reply, a stage direction or an interrupted fragment.

    >>> line = "MR. KIRBY: Good to -- good to see you."
    >>> briefing_cut(line, 0, len(line)) is None
    True
    >>> line = "(Laughter.) Let the record reflect I’m on time today"
    >>> briefing_cut(line, 0, len(line))
    (12, 52)
    >>> line = "They have rejected — MR MILLER: They have rejected consular access"
    >>> briefing_cut(line, 0, len(line)) is None
    True
    """
    words = _briefing_words()
    part = text[start:end]
    label = _LEADING_LABEL.match(part)
    if label:
        start, part = start + label.end(), part[label.end() :]
    stage = _STAGE.match(part)
    if stage and any(w in stage.group("direction").lower() for w in words.get("stage", ())):
        if len(_BRIEF_WORD.findall(part[stage.end() :])) <= 2:
            return None  # "(Laughter.)", "(Off mic) details."
        start, part = start + stage.end(), part[stage.end() :]
    inner = _INNER_LABEL.search(part)
    if inner:
        part = part[: inner.start()]
    part = part.rstrip()
    if part.endswith(("—", "–", "-")):
        return None  # "Before —": the next turn interrupts it
    part = part.rstrip(".!;:\"”’' ")
    found = _BRIEF_WORD.findall(part)
    if not found:
        return None
    lowered = [w.lower() for w in found]
    joined = " ".join(lowered)
    replies = words.get("reply", frozenset())
    if joined in replies or (len(lowered) <= 3 and all(w in replies for w in lowered)):
        return None  # "Yes.", "No. No.", "Quite the opposite."
    if len(lowered) <= _FORMULA_WORDS and any(
        f" {p} " in f" {joined} " for p in words.get("phrase", ())
    ):
        return None  # "Happy Friday to you.", "A couple things at the top here."
    leads = words.get("lead", frozenset())
    rest = list(found)
    while rest and rest[0].lower() in leads:
        rest = rest[1:]
    if rest != found and 0 < len(rest) <= 2 and all(w[:1].isupper() for w in rest):
        return None  # "So, Jamie.": the floor given by a name
    return (start, start + len(part)) if part else None


#: A sentence that is only a speaker label in capitals ("PSAKI:", "MS.", "SECRETARY BLINKEN:").
_BARE_LABEL = re.compile(r"^[A-Z][A-Z.’'-]*(?:\s+[A-Z][A-Z.’'-]*){0,4}\s?:?$")

#: The speaker's words: a subject that is the speaker (or the audience, for a demand).
_SPEAKER = frozenset({"i", "we"})
_AUDIENCE = frozenset({"you"})
_QUOTE_OPENINGS = "\"“‘'«„"
#: Subjects that narrate the speaker in the third person ("The President laid flowers").
_NARRATED = frozenset({"president", "leader", "he", "she"})


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    """``kg/data/address_sentences.tsv`` as lemmas by kind."""
    return load_classes("address_sentences.tsv")


def address_claims(context: _Context, found: Sequence[Claim]) -> Iterator[Claim]:
    """The text's own claim in each sentence where ``found`` has none (see the module)."""
    if not ADDRESS_SENTENCES:
        return
    doc = context.doc
    index = index_of(doc)
    sentences = index.sentences if index is not None else tuple(doc.sents)
    # a claim an official text drops (a news-only family's: voice.news_only) reads nothing
    taken = {
        claim.sentence
        for claim in found
        if not (DROPPED_NOT_TAKEN and claim.rule and news_only(claim.rule))
    }
    for number, sentence in enumerate(sentences):
        if number in taken:
            continue
        start = sentence.start_char
        text = context.text[start : sentence.end_char].rstrip()
        if not text or text.rstrip("\"”’' ").endswith("?"):
            continue
        start += len(text) - len(text.lstrip(_QUOTE_OPENINGS + " "))
        end = start + len(text.rstrip(".!;:\"”’' ")) - (start - sentence.start_char)
        if end <= start or _not_read(sentence, text):
            continue
        if TURN_FORMULAE and (_BARE_LABEL.match(text.strip()) or _turn_formula(sentence)):
            continue  # "PSAKI:", "All right.", "I have two items for all of you at the top"
        if BRIEFING_FORMULAE:
            cut = briefing_cut(context.text, start, end)
            if cut is None:
                continue  # "(Laughter.)", "Yes.", "Happy Friday to you.", "Before —"
            start, end = cut
        if voice_module.POST_SPEECH:
            # a post's handle label (".@SecBlinken: ...") is the speaker's attribution: the
            # words begin after it, and a sentence that is only the label is none
            label = handle_label_end(context.text[start : sentence.end_char])
            if label and start + label >= end:
                continue
            start += label
        if COURTESIES and courteous(sentence):
            continue  # "I am glad to see you", "Thank you for the invitation", "Welcome!"
        if SALUTATIONS and saluting(sentence):
            continue  # "Good afternoon, Mr President.", "Colleagues, good afternoon."
        content = Span(start, end, context.text[start:end])
        author = Mention(Span(start, start, ""), AUTHOR, number, head="author")
        claim = _read_claim(context, author, content, number, content, ADDRESS_RULE, 0.6, 0.0)
        if claim.stance is Stance.ASSERT and PRAISE and _praises(sentence):
            claim = replace(claim, stance=Stance.APPROVE, targets=_praised(sentence, context))
        if voice_module.STATEMENT_SPEECH:
            # the speaker as the sentence's subject: a signed statement keeps the claim too
            mark = _speaker_mark(sentence)
            if mark is not None:
                claim = replace(claim, rule=f"{claim.rule}+{mark}")
        yield claim


#: The clauses besides the main one, after a colon or a semicolon, whose subject may be the
#: speaker's: "The figures are clear; we cannot wait".
_SIDE_CLAUSES = frozenset({"conj", "parataxis"})


def _speaker_mark(sentence: SpacySpan) -> str | None:
    """The rule mark of the speaker's person when ``sentence``'s main clause (or a clause
    joined to it) has "I" or "we" as its subject and is none of the speaker's own acts,
    formulae, appeals, advice or demands (:func:`_not_read`'s words, and ``advice``: "I had
    recommended that Congress take ..."): "We cannot allow our shipments
    ... to stop", "The need is also urgent: I have nearly exhausted ..."; None for "Ten days
    ago, I sent to Congress an urgent proposal", "I urge them to do so", "we must continue"
    and a sentence whose subject is no speaker ("This aid has been critical ...")."""
    root = sentence.root
    words = _words()
    excluded = words.get("act", frozenset()) | words.get("formula", frozenset())
    excluded |= words.get("appeal", frozenset()) | words.get("advice", frozenset())
    demands = words.get("demand", frozenset())
    doc = sentence.doc
    sides = [
        c
        for c in root.children
        if c.dep_ in _SIDE_CLAUSES
        and c.i > root.i
        and any(doc[i].text in (":", ";") for i in range(root.i + 1, c.left_edge.i))
    ]  # a clause after a colon or semicolon, not a relative clause the parser joined
    for verb in (root, *sides):
        subject = _subject(verb)
        if subject not in _SPEAKER or verb.pos_ not in ("VERB", "AUX"):
            continue
        heads = [verb, *(c for c in verb.children if c.dep_ == "xcomp")]
        if any(h.lemma_.lower() in excluded for h in heads) or _demanded(verb, demands):
            return None
        if verb.lemma_.lower() in words.get("noted", frozenset()) and not any(
            c.dep_ == "ccomp" for c in verb.children
        ):
            return None  # "We also note Prime Minister Sharaf's call ...": a topic
        return (
            voice_module.FIRST_SINGULAR_RULE if subject == "i" else voice_module.FIRST_PLURAL_RULE
        )
    return None


def address_rule(rule: str) -> str:
    """The family's rule for a claim ``address_claims`` read with ``rule``: the family's
    name, with the speaker's mark when it has one (``kg.resolve.voice.STATEMENT_SPEECH``).

    >>> address_rule("address_speech+content_stance"), address_rule("address_speech+speaker_we")
    ('address_speech', 'address_speech+speaker_we')
    """
    marks = (voice_module.FIRST_SINGULAR_RULE, voice_module.FIRST_PLURAL_RULE)
    return "+".join([ADDRESS_RULE, *(m for m in rule.split("+") if m in marks)])


#: Whether a sentence of a speech that would be an assertion approves when it thanks or
#: praises (``thanks`` and ``praise`` words of ``kg/data/address_sentences.tsv``): the ruling's
#: "praise or thanks of a named party's conduct -> approve"; its target the named actor the
#: thanks or praise is for (the subject praised, the object thanked), none for a pronoun.
PRAISE = True


#: How a word of praise is said of a doer: "are brave", "acting bravely", "brave, dedicated".
_PREDICATED = frozenset({"acomp", "advmod", "conj", "attr", "ROOT"})


def _praises(sentence: SpacySpan) -> bool:
    """Whether ``sentence`` thanks (a word of thanks, not "thanks to") or praises (a word of
    praise said of a doer: "acting bravely", "are really brave"; not "the heroic battle")."""
    words = _words()
    thanks, praise = words.get("thanks", frozenset()), words.get("praise", frozenset())
    if TURN_PRAISE:
        praise = praise | words.get("turn_praise", frozenset())
    for token in sentence:
        lemma = token.lemma_.lower()
        if (lemma in thanks or token.lower_ in thanks) and not (
            token.lower_ == "thanks" and token.nbor(1).lower_ == "to"
            if token.i + 1 < len(token.doc)
            else False
        ):
            return True
        if (lemma in praise or token.lower_ in praise) and token.dep_ in _PREDICATED:
            return True
    return False


def _praised(sentence: SpacySpan, context: _Context) -> tuple[Mention, ...]:
    """The actors named as the praised subject or the thanked object of ``sentence``."""
    found = []
    low = bisect.bisect_left(context.mention_starts, sentence.start_char)
    high = bisect.bisect_left(context.mention_starts, sentence.end_char)
    for mention in context.mentions[low:high]:
        if mention.label not in ACTOR_LABELS or mention.span.end > sentence.end_char:
            continue
        span = sentence.doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
        head = span.root if span is not None else None
        if head is not None and (
            head.dep_ in ("nsubj", "nsubjpass")
            or (head.dep_ == "pobj" and head.head.lower_ in ("to", "by"))
            or head.dep_ == "dobj"
        ):
            found.append(mention)
    return tuple(found)


def _not_read(sentence: SpacySpan, text: str) -> bool:
    """Whether the ruling makes ``sentence`` no claim: a verbless exclamation, an
    imperative, or a formula, own act, appeal or demand of the speaker."""
    if not any(ch.isalpha() for ch in text):
        return True  # "* * *"
    verbs = [t for t in sentence if t.pos_ in ("VERB", "AUX")]
    if not verbs:
        return text.endswith("!")  # "Ukrainians!", "Glory to Ukraine!", "But!"
    root = sentence.root
    words = _words()
    subjects = ("nsubj", "nsubjpass", "expl")
    if (
        root.tag_ == "VB"
        and root.lemma_.lower() not in words.get("thanks", ())
        and not any(c.dep_ in subjects for c in root.children)
    ):
        return True  # "Take care of your employees", "Remember how it began"; not "Thank you"
    if root.lemma_.lower() in words.get("act", ()) and any(
        c.dep_ == "nsubjpass" for c in root.children
    ):
        return True  # the speaker's act told in the passive: "The issues ... were discussed"
    subject = _subject(root)
    if subject in _SPEAKER or _narrated(root):
        heads = [root, *(c for c in root.children if c.dep_ == "xcomp")]
        for verb in heads:
            lemma = verb.lemma_.lower()
            if lemma in words.get("formula", ()) or lemma in words.get("appeal", ()):
                return True
            if (
                lemma in words.get("act", ())
                and not any(c.dep_ == "ccomp" for c in verb.children)
                and not (PRAISE and _praises(sentence))
            ):
                return True  # not "I want to begin this address with words of gratitude"
    if NARRATED_SCHEDULE and subject not in _SPEAKER and _narrated_person(root):
        # "Secretary Kerry also attended ...", "was in Beijing this weekend participating in"
        schedule = words.get("schedule", frozenset())
        clauses = [root, *(c for c in root.children if c.dep_ in ("xcomp", "advcl", "conj"))]
        if any(c.lemma_.lower() in schedule for c in clauses):
            return True
    demands = words.get("demand", frozenset())
    return subject in _SPEAKER | _AUDIENCE and _demanded(root, demands)


def _narrated(root: Token) -> bool:
    """Whether the subject of ``root`` is the text's narration of a person ("Vladimir Putin
    sent a message", "The President laid flowers"), whose acts are no claim either."""
    return any(
        c.dep_ == "nsubj" and (c.ent_type_ == "PERSON" or c.lower_ in _NARRATED)
        for c in root.children
    )


def _narrated_person(root: Token) -> bool:
    """:func:`_narrated`, or a subject whose apposition or compound is a person's name ("our
    Ambassador to France Denise Bauer launched ...") (:data:`NARRATED_SCHEDULE`)."""
    return _narrated(root) or any(
        c.dep_ == "nsubj"
        and any(g.ent_type_ == "PERSON" for g in c.children if g.dep_ in ("appos", "compound"))
        for c in root.children
    )


def _subject(root: Token) -> str | None:
    """The lower-cased subject word of ``root``, or None."""
    for child in root.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            return child.lower_
    return None


def _demanded(root: Token, demands: frozenset[str]) -> bool:
    """Whether ``root`` is obliged: "must/should prepare", "need/have to use"."""
    if any(
        c.dep_ == "aux" and c.lemma_.lower() in demands and c.tag_ == "MD" for c in root.children
    ):
        return True  # "must prepare", "should act"; not the perfect's "have paid"
    return root.lemma_.lower() in demands and any(
        c.dep_ == "xcomp" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
        for c in root.children
    )


#: The objects of thanks or of a greeting that make it a courtesy: "you", "everyone".
_GREETED = frozenset({"you", "everyone", "everybody", "all", "colleagues", "friends"})


def courteous(sentence: SpacySpan) -> bool:
    """Whether ``sentence`` is a courtesy of a meeting (:data:`COURTESIES`): thanks for the
    meeting's hosting ("Thank you very much for the invitation", "thank you for accepting our
    invitation") or thanks with nothing it is for ("Thank you.", "I would like to thank you"),
    gladness at the meeting ("I am very glad to see you", "your visit is a happy occasion for
    me"), or a welcome ("Welcome!", "Once again, welcome", "I welcome you"); with no clause of
    content ("I am glad that ...") and nothing more it says."""
    words = _words()
    thanks = words.get("thanks", frozenset())
    glad = words.get("courtesy", frozenset())
    hosting = words.get("hosting", frozenset())
    tokens = _after_label([t for t in sentence if not t.is_space])
    if any(t.dep_ in ("ccomp", "advcl", "relcl") and t.pos_ in ("VERB", "AUX") for t in tokens):
        return False  # "I am glad that the talks ...", "Thank you, because ..."
    floor = words.get("floor", frozenset())
    if sum(t.is_alpha for t in tokens) <= 12 and any(
        t.lemma_.lower() in floor or f"{t.head.lemma_.lower()} {t.lower_}" in floor for t in tokens
    ):
        return True  # the chair gives the floor: "Ms Lvova-Belova, go ahead please"
    for token in tokens:
        lemma = token.lemma_.lower()
        if lemma in thanks or token.lower_ in thanks:
            if (
                token.lower_ == "thanks"
                and token.i + 1 < len(token.doc)
                and token.nbor(1).lower_ == "to"
                and token.dep_ != "ROOT"
            ):
                return False  # "thanks to their unity": no thanks; not "Many thanks to all"
            near = [*token.children, *(token.head.children if token.head is not token else ())]
            thanked = [c for c in token.children if c.dep_ in ("dobj", "dative")] + [
                o for c in near if c.dep_ == "prep" and c.lower_ == "to" for o in c.children
            ]
            reasons = [
                c
                for c in (*near, *(g for t in thanked for g in t.children))
                if c.dep_ == "prep" and c.lower_ == "for"
            ]  # "grateful to everyone for a really quick help": the for under "everyone"
            if reasons:  # thanks for the invitation, not for "support ... during her visit"
                return all(
                    _reason(r) in hosting or (TURN_FORMULAE and _reason(r) in ("this", "that"))
                    for r in reasons
                )  # "Thank you very much for this -- for these kind words" (TURN_FORMULAE)
            return all(c.lower_ in _GREETED for c in thanked) and not any(
                c.dep_ in ("xcomp", "ccomp") for c in token.children
            )
        if lemma in glad and (
            any(
                t.pos_ == "VERB"
                and t.lemma_.lower() in hosting
                and any(o.dep_ == "dobj" for o in t.children)
                and all(o.lower_ in _GREETED for o in t.children if o.dep_ == "dobj")
                for t in tokens
            )
            or any(t.lemma_.lower() in hosting and t.dep_ in ("nsubj", "attr") for t in tokens)
        ):
            return True  # "glad to see you", "It is my pleasure to welcome you in Moscow"
        if lemma == "welcome" and (
            token.dep_ in ("ROOT", "intj")
            and all(c.lower_ in _GREETED for c in token.children if c.dep_ == "dobj")
            and not any(c.dep_ == "dobj" and c.lower_ not in _GREETED for c in token.children)
        ):
            return True  # "Welcome!", "Once again, welcome", "I welcome you"
    return False


def courtesy_dropped(found: Sequence[Claim], context: _Context) -> tuple[Claim, ...]:
    """``found`` without the assertions and approvals whose cue stands in a courtesy
    (:func:`courteous`): "<label>: Thank you very much for the invitation" read by the
    reported-speech rules as the speaker's approval of the invitation."""
    if not COURTESIES:
        return tuple(found)
    doc = context.doc
    index = index_of(doc)
    sentences = index.sentences if index is not None else tuple(doc.sents)
    kept = []
    for claim in found:
        if claim.stance in (Stance.ASSERT, Stance.APPROVE) and 0 <= claim.sentence < len(sentences):
            sentence = sentences[claim.sentence]
            if claim.cue is not None and not (
                sentence.start_char <= claim.cue.start < sentence.end_char
            ):
                kept.append(claim)
                continue
            if courteous(sentence):
                continue
        kept.append(claim)
    return tuple(kept)


def _reason(prep: Token) -> str:
    """The lemma of what a "for" is for: its object's head ("the invitation"), or a
    gerund's object ("for accepting our invitation")."""
    for obj in prep.children:
        if obj.dep_ == "pobj":
            return obj.lemma_.lower()
        if obj.dep_ == "pcomp":
            objects = [o for o in obj.children if o.dep_ == "dobj"]
            return objects[0].lemma_.lower() if objects else obj.lemma_.lower()
    return ""


def _after_label(tokens: list[Token]) -> list[Token]:
    """``tokens`` after a transcript's speaker label that opens them ("Dmitry Cheshev: Good
    afternoon, Mr President"): the words after the first colon when no verb stands before it."""
    for at, token in enumerate(tokens[:30]):
        if token.text == ":":
            if not any(t.pos_ in ("VERB", "AUX") for t in tokens[:at]):
                return tokens[at + 1 :]
            break
    return tokens


#: Whether a verbless sentence that greets or salutes ("Good afternoon, Mr President.", "Mr
#: President, Mr Nazarbayev, leaders of the CIS countries.", "Colleagues, good afternoon.",
#: "Citizens of Ukraine.") is no claim in a head of state's text, as the verbless exclamation
#: ("Ukrainians!") is: the round-35 ruling's salutations (round 36, voices37, issue 12: test35's
#: class (3), talks transcripts; the words are the ``greeting`` and ``salutation`` rows of
#: ``kg/data/address_sentences.tsv``).  Measured in benchmarks/claims/RESULTS.md, "Round 36,
#: voices37": `dev5` -1 wrong triple in the document scope ("Citizens of Ukraine."), nothing
#: else moved.
SALUTATIONS = True


def saluting(sentence: SpacySpan) -> bool:
    """Whether ``sentence`` (after a speaker label) has no verb and opens with a greeting
    ("Good afternoon", "Hello") or a word of address ("Mr", "Colleagues", "Citizens"), or
    gives the floor ("Mr Kravtsov, please")."""
    tokens = [t for t in _after_label([t for t in sentence if not t.is_space]) if t.is_alpha]
    if TURN_FORMULAE:
        while (
            len(tokens) > 1
            and tokens[0].pos_ == "INTJ"
            and tokens[0].lower_
            not in (
                "hello",
                "hi",
            )
        ):
            tokens = tokens[1:]  # "Well, good afternoon, everyone"
    if not tokens or any(t.pos_ in ("VERB", "AUX") for t in tokens):
        return False
    words = _words()
    first = tokens[0].lower_
    pair = " ".join(t.lower_ for t in tokens[:2])
    return (
        any(t.lower_ == "please" for t in tokens)  # "Mr Kravtsov, please"
        or first in words.get("greeting", frozenset())
        or pair in words.get("greeting", frozenset())
        or first in words.get("salutation", frozenset())
    )


def _turn_formula(sentence: SpacySpan) -> bool:
    """Whether ``sentence`` is a turn's formula (:data:`TURN_FORMULAE`): after its label, a
    ``turn_greeting`` ("Hi, everyone.", "All right.") that opens a sentence of at most four
    words; gladness at having the guest in at most eight words (``turn_courtesy``, ``hosting``
    and ``turn_hosting``: "Great to have you here"); or, in a
    sentence of at most fourteen words whose subject is the speaker, a
    ``turn_floor`` phrase, a word and its head ("I have two items for all of you at the top":
    "at top")."""
    words = _words()
    tokens = [t for t in _after_label([t for t in sentence if not t.is_space]) if t.is_alpha]
    if not tokens:
        return False
    greetings = words.get("turn_greeting", frozenset())
    pair = " ".join(t.lower_ for t in tokens[:2])
    if len(tokens) <= 4 and (tokens[0].lower_ in greetings or pair in greetings):
        return True
    glad = words.get("turn_courtesy", frozenset())  # "glad", "happy": COURTESIES' own
    hosting = words.get("hosting", frozenset()) | words.get("turn_hosting", frozenset())
    if (
        len(tokens) <= 8
        and any(t.lemma_.lower() in glad for t in tokens)
        and not any(t.dep_ == "ccomp" for t in tokens)
        and any(
            t.pos_ == "VERB"
            and t.lemma_.lower() in hosting
            and any(o.dep_ == "dobj" for o in t.children)
            and all(o.lower_ in _GREETED for o in t.children if o.dep_ == "dobj")
            for t in tokens
        )
    ):
        return True  # "It's great to have you here", "Great to have you here"
    floor = words.get("turn_floor", frozenset())
    return (
        len(tokens) <= 14
        and _subject(sentence.root) in _SPEAKER
        and any(f"{t.head.lower_} {t.lower_}" in floor for t in tokens)
    )
