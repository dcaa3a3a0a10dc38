"""The author's voice: sentences of an official text that charge, deny or threaten with
no speaker named ("Russia's forces have committed war crimes in Bucha", "This Russian
disinformation is total nonsense" in a State Department statement).

In an official statement the publisher's own sentences are the publisher's claims.  The
rule family ``author_voice`` reads such a sentence's stance with the content-stance
machinery of :mod:`.content` (a hostile act charged to its subject, a pejorative label,
a denial, a promise of consequences) and makes a claim whose claimer is an
:data:`~kg.resolve.voice.AUTHOR` mention: an empty span at the sentence's start, which
:mod:`kg.resolve.voice` turns into the issuer (the G7 ministers of a G7 statement, the
speaker of a transcript's turn, the publisher's government).  The extractor does not
know who published a text (it sees the parse only), so resolution keeps an author's
claim only in an official text (:func:`kg.resolve.voice.is_official`) and drops it
anywhere else: a news report's own sentences are its reporters', not claims.

The same family reads, in any sentence, a message the text names false ("The Kremlin is
spreading lies that P", "Russia's groundless claims that P"): the messenger's accusation
P and the text's denial of it (refinement ``false_message``); and a readout's impersonal
report ("It was noted that P") as the text's own claim P.

A sentence in which the issuer's own government designates, sanctions or restricts a party
("Treasury designated X for ...", "We are imposing visa restrictions on officials
responsible for ...") is the issuer's charge against that party (refinement
``designation``, :mod:`.designation`).

Only sentences no other rule made a claim in are read, and not a sentence inside a
quotation or a question; one whose subject is "we", "I" or "you" only when it denies
("We have nothing to do with that").  An accusation or threat needs an actor to aim at,
a denial someone to answer or the claim it rejects ("the allegations ... are untrue").

Round 26 (optional26): switched off alone, the family gains three matched triples on the
claims parts (the few official texts there, whose own sentences the gold reads otherwise) and
so passed the round's rule for moving a default family into ``OPTIONAL``; it stays on, since
without its claims every allegations part loses aligned claims (dev 90 -> 64 of 186, blind19
107 -> 70 of 166; benchmarks/claims/RESULTS.md, round 26).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from kg.extract import cues
from kg.extract._index import children_of, index_of, nouns_among, outer_head
from kg.extract.claims import content_deny
from kg.extract.claims.base import _can_speak, _claim, _Context
from kg.extract.claims.content import _infer_stance
from kg.extract.claims.content_accuse import (
    _accused_subjects,
    _breaks_commitment,
    _hostile_act_agents,
)
from kg.extract.claims.content_label import _pejorative_predication
from kg.extract.claims.content_lexicon import HOSTILE_NOUNS, STATING_VERBS
from kg.extract.claims.designation import announced_measure_claims, designation_claim
from kg.extract.claims.evaluation import EVALUATION_RULE, evaluated_charges
from kg.extract.claims.gates import present, run
from kg.extract.claims.narrative import ACCOUNT_RULE, NARRATIVE_RULE, narrated_charges
from kg.extract.claims.prose import (
    ATTEMPT_RULE,
    DENIAL_RULE,
    attempted_charges,
    attended_charges,
    conduct_charges,
    core_charges,
    counted_weapons,
    laid_charges,
    own_denial,
    prose_targets,
    spoken_charges,
)
from kg.extract.claims.targets import _owners, _state_of, actor_mention
from kg.model import Claim, Mention, Span, Stance
from kg.resolve.voice import AUTHOR, FIRST_PERSON

#: Stances an author's sentence can take; a plain statement of fact is no claim.
_STANCES = frozenset({Stance.ACCUSE, Stance.DENY, Stance.THREATEN})
_SPEAKING_SUBJECTS = FIRST_PERSON | {"you"}


def author_voice_claims(context: _Context, found: Sequence[Claim]) -> Iterator[Claim]:
    """Claims in the author's voice, in the sentences where ``found`` has none, and the
    false messages any sentence names (:func:`false_message_claims`)."""
    doc = context.doc
    index = index_of(doc)
    sentences = index.sentences if index is not None else tuple(doc.sents)
    taken = {claim.sentence for claim in found}
    for number, whole in enumerate(sentences):
        yield from false_message_claims(context, whole, number)
        if "designation" in context.rules:
            # "The United States is designating X, both of whom have ...": the speaker's own
            # announcement, read whatever else the sentence gives (designation.ANNOUNCED_MEASURES)
            yield from announced_measure_claims(context, whole, number)
        if number in taken:
            continue
        sentence = _last_paragraph(whole)
        start = sentence.start_char
        # the span's text, cut from the document's (spaCy joins each token's text)
        text = (sentence.text if index is None else index.text[start : sentence.end_char]).rstrip()
        if not text or text.endswith("?"):
            continue
        end = start + len(text.rstrip(".!;: "))
        if end <= start or any(q.start <= start < q.end for q in context.quotes_near(start, end)):
            continue
        root = _root(sentence)
        # an opening quotation mark with no close is someone's speech, read by follow_on_quote
        prosing = "official_prose" in context.rules and text[:1] not in "\"“‘'"
        own: Claim | None = None
        designated: Claim | None = None
        if "designation" in context.rules and text[:1] not in "\"“‘'":
            # "Treasury designated X for ...": the issuer's charge (:mod:`.designation`)
            designated = designation_claim(context, sentence, root, number)
        if designated is None or designated.stance is Stance.THREATEN:
            # a pledge ("will impose costs on X for its war") only where nothing else is
            # read: the prose's own charge of the act comes first
            own = _own_voice(context, sentence, root, number, prosing)
        made = own or designated
        if made is not None:
            yield made


def _own_voice(
    context: _Context, sentence: SpacySpan, root: Token, number: int, prosing: bool
) -> Claim | None:
    """The text's own claim in ``sentence`` (a stance its content carries, or the prose's
    charge of an act), or None."""
    start = sentence.start_char
    index = index_of(sentence.doc)  # the span's text, cut from the document's
    text = (sentence.text if index is None else index.text[start : sentence.end_char]).rstrip()
    end = start + len(text.rstrip(".!;: "))
    if root.pos_ not in ("VERB", "AUX"):
        # a fragment of an address: "About women raped by the Russian military."
        charged = (
            run(prose_targets, present(sentence), sentence, root, number, context)
            if prosing
            else ()
        )
        refined = "official_prose"
        if not charged and prosing:
            # a count of the other side's weapons: "Hundreds of Russian cruise missiles."
            charged = run(counted_weapons, present(sentence), sentence, root, number, context)
            refined = "official_prose+named_wrong"
        if charged:
            return _claim(
                context,
                claimer=Mention(Span(start, start, ""), AUTHOR, number, head="author"),
                stance=Stance.ACCUSE,
                cue=Span(root.idx, root.idx + len(root.text), root.text),
                sentence=number,
                content=Span(start, end, context.text[start:end]),
                targets=charged,
                confidence=0.5,
                refined=refined,
            )
        return None
    subjects = [c for c in children_of(root) if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    speaking = any(s.lower_ in _SPEAKING_SUBJECTS for s in subjects)
    if not subjects and root.tag_ == "VB":
        return None  # an imperative: "Tell people in the occupied territories ..."
    content = Span(start, end, context.text[start:end])
    reported = _impersonal_report(root)
    wrong = False  # a round-13 named wrong (official_prose+named_wrong)
    evaluated = False  # an evaluation of a named act (official_evaluation)
    if reported is not None:  # "It was noted that P": P is the text's own claim
        first, last = reported[0], reported[-1]
        content = Span(first.idx, last.idx + len(last.text), reported.text)
    cue = Span(root.idx, root.idx + len(root.text), root.text)
    # a criticism or an approval read off the content makes no claim here (not in
    # _STANCES): unless the sentence calls something false, where a stance read decides
    # whether that denial is read (below), they are not read at all
    called_false = _called_false(root)
    stance, targets, changed = _infer_stance(content, (), context, lesser=called_false)
    if not changed and called_false:
        stance, changed = Stance.DENY, True
        targets = tuple(actor_mention(t, context) for s in subjects for t in _owners(s))
    # the reporting official as a token: its mention is made only for a claim (round 41,
    # speed50: nearly every readout sentence makes none; the tests ask only for a token)
    official = _reporting_subject(root)
    stated = _stating_speaker(root, context) if STATED_CHARGES and official is None else None
    if (
        not changed
        or stance not in _STANCES
        or (speaking and stance is not Stance.DENY)  # "we attacked" is no charge
        or (
            not targets
            and (stance is not Stance.DENY or not (speaking or _names_a_claim(sentence)))
        )
        or (  # "... in the face of Russia's unconscionable invasion": background
            official is None
            and stance is Stance.ACCUSE
            and reported is None  # a report is no aside
            and _in_passing(sentence, root)
        )
    ):
        # the text's own prose: "Russian occupiers rape women", "This is genocide"
        charged = (
            run(prose_targets, present(sentence), sentence, root, number, context)
            if prosing and reported is None and official is None
            else ()
        )
        judging = EVALUATION_RULE in context.rules and not speaking
        if prosing and reported is None and official is None and judging:
            # the main clause's evaluation before a clause inside it: "There is no
            # justification for this attack" (round 20)
            judged = run(evaluated_charges, present(sentence), sentence, root, number, context)
            if judged:
                charged, evaluated = judged, True
        attempting = ATTEMPT_RULE in context.rules and reported is None and official is None
        if not charged and prosing and attempting and not speaking:
            # "they are trying to recruit ..." (round 18, optional)
            charged = run(attempted_charges, present(sentence), sentence, root, number, context)
        if not charged and prosing and reported is not None:
            # a readout's "It was stressed that the militants continue shelling ...":
            # the reported clause read as the text's own prose (round 12)
            charged = run(
                prose_targets, present(reported), reported, _root(reported), number, context
            )
        if not charged and prosing and reported is None and not speaking:
            # a wrong the sentence names as its owner's: "the Russian government's
            # unprovoked war", "the atrocities of the occupiers"
            charged = run(core_charges, present(sentence), sentence, root, number, context)
            if not charged:
                # "Russia's flagrant disregard for international law" (round 13), "Russia's
                # blockade of our ports", "Iran's malign activity" (round 14)
                charged = run(conduct_charges, present(sentence), sentence, root, number, context)
                if not charged:
                    # "the blame lies with X", "were caused by X", "the challenges X poses"
                    charged = run(laid_charges, present(sentence), sentence, root, number, context)
                if not charged:
                    # "the brutal treatment of migrants by X was emphasised" (round 15)
                    charged = run(
                        attended_charges, present(sentence), sentence, root, number, context
                    )
                wrong = bool(charged)
        elif not charged and prosing and reported is None and official is None and speaking:
            # the other side's wrong a sentence of the speaker's side names: "we have seen
            # Russia's atrocities laid bare" (round 13)
            charged = run(spoken_charges, present(sentence), sentence, root, number, context)
            wrong = bool(charged)
        narrated = ""  # the adversary's act read by structure (official_narrative)
        narrating = NARRATIVE_RULE in context.rules and reported is None and official is None
        if not charged and prosing and narrating and not speaking:
            # "The occupiers have deported thousands of our children" (round 20): any
            # past act of the adversary done to a person, a place or the own side
            charged = narrated_charges(sentence, root, number, context)
            narrated = NARRATIVE_RULE if charged else ""
        accounting = ACCOUNT_RULE in context.rules and reported is None and official is None
        if not charged and prosing and accounting and not speaking:
            # "They forcibly recruit residents of these areas" (round 21): the same reading
            # in the present tense, "they" after any actor the document names
            charged = narrated_charges(sentence, root, number, context, widened=True)
            narrated = ACCOUNT_RULE if charged else ""
        denying = DENIAL_RULE in context.rules and prosing and reported is None
        if not charged and denying and official is None and own_denial(sentence, root):
            # "We did not mine the approaches to the port" (round 19, optional)
            author = Mention(Span(start, start, ""), AUTHOR, number, head="author")
            return _claim(
                context,
                claimer=author,
                stance=Stance.DENY,
                cue=cue,
                sentence=number,
                content=content,
                targets=(),
                confidence=0.5,
                refined="official_prose+" + DENIAL_RULE,
            )
        if not charged:
            return None
        # the round-13 named wrongs only follow the allegations they match (FOLLOWING)
        refined = "official_prose+named_wrong" if wrong else "official_prose"
        stance, targets = Stance.ACCUSE, charged
        if narrated:  # follows like a named wrong: joins only an allegation it matches
            refined = "official_prose+named_wrong+" + narrated
        if evaluated:  # an evaluation criticizes, and follows like a named wrong
            refined = "official_prose+named_wrong+" + EVALUATION_RULE
            stance = Stance.CRITICIZE
    else:
        refined = "content_stance"
    author = (
        Mention(Span(start, start, ""), AUTHOR, number, head="author")
        if official is None
        else _reporting_official(official, context)
    )
    if stated is not None and stance in (Stance.ACCUSE, Stance.CRITICIZE):
        # "The Secretary highlighted Russia's brutal war": the Secretary's charge (round 33)
        author, content = stated
        refined = f"{refined}+{STATED_RULE}"
    return _claim(
        context,
        claimer=author,
        stance=stance,
        cue=cue,
        sentence=number,
        content=content,
        targets=targets,
        confidence=0.6 if refined == "content_stance" else 0.5,
        refined=refined,
    )


def _impersonal_report(root: Token) -> SpacySpan | None:
    """The clause an impersonal passive of speech reports, in a readout's register: "It
    was noted that P", "It was emphasised that P", "P was pointed out as well" (the
    readout's own side speaks; no one else is named).  None when the verb has an agent
    ("was noted by X") or is no verb of saying."""
    lemma = root.lemma_.lower()
    said = lemma in cues.ASSERT_VERBS or (
        lemma == "point" and any(c.dep_ == "prt" and c.lower_ == "out" for c in root.children)
    )
    if not said or not any(c.dep_ == "auxpass" for c in root.children):
        return None
    if any(c.dep_ == "agent" for c in root.children):
        return None
    clause = next((c for c in root.children if c.dep_ in ("ccomp", "csubjpass")), None)
    if clause is not None:
        return root.doc[clause.left_edge.i : clause.right_edge.i + 1]
    subject = next((c for c in root.children if c.dep_ == "nsubjpass"), None)
    if subject is not None and subject.lower_ not in ("it", "this", "that"):
        return root.doc[subject.left_edge.i : subject.right_edge.i + 1]
    return None


#: Verbs of a readout's meeting or call: "Secretary Blinken spoke today with Foreign Minister
#: Rau about Russia's premeditated attack" is the Secretary's account, not the publisher's.
_READOUT_VERBS = cues.words("speak discuss meet talk hold review raise reaffirm express convey")


def _reporting_subject(root: Token) -> Token | None:
    """The official whose meeting or call a readout sentence reports: the named subject of
    a verb of :data:`_READOUT_VERBS`, its first conjunct (:func:`_reporting_official`)."""
    if root.lemma_.lower() not in _READOUT_VERBS:
        return None
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None or not (subject.ent_type_ == "PERSON" or subject.pos_ == "PROPN"):
        return None
    return subject


def _reporting_official(subject: Token, context: _Context) -> Mention:
    """The reporting official ``subject`` (:func:`_reporting_subject`) as an :data:`AUTHOR`
    mention over the official's name (resolution makes it that actor)."""
    named = actor_mention(subject, context)
    return replace(named, label=AUTHOR)


#: Round 33 (content34, issue 12): a readout sentence whose main verb is a verb of stating
#: (``stating_verb`` rows of kg/data/content_lexicon.tsv) with a speaker of its own as
#: subject, "The Secretary highlighted Russia's brutal war of aggression against Ukraine",
#: "President Putin emphasised the brutal treatment of migrants by Lithuanian border
#: guards", tells what that speaker put forward: the charge the official-prose rules read
#: in it is the speaker's (the claims guide: a stance cue with an official as its subject
#: is that speaker's claim; ``dev4``'s readout verbs), not the issuer's own voice.  Off:
#: the issuer keeps it, as before.
STATED_CHARGES = False
#: The refinement a charge re-attributed by :data:`STATED_CHARGES` adds to its rule.
STATED_RULE = "stated_charge"


def _stating_speaker(root: Token, context: _Context) -> tuple[Mention, Span] | None:
    """The speaker and the content of a readout sentence whose root is a verb of stating
    with a named or described subject that can speak ("The Secretary highlighted X",
    "Secretary Blinken underscored X"; "pointed out X" with its particle), or None: not
    for a first-person subject (the issuer's own cue, read by the speech rules), a
    negated or modal verb, a verb with a clause (the speech rules' claim) or a passive."""
    lemma = root.lemma_.lower()
    if root.pos_ != "VERB" or lemma not in STATING_VERBS:
        return None
    children = list(root.children)
    if lemma == "point" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in children):
        return None
    if any(
        c.dep_ in ("neg", "ccomp", "auxpass", "nsubjpass", "csubj")
        or (c.dep_ == "aux" and c.lower_ in _UNPERFORMED)
        for c in children
    ):
        return None
    subject = next((c for c in children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ in _SPEAKING_SUBJECTS or not _can_speak(subject):
        return None
    what = next((c for c in children if c.dep_ == "dobj"), None)
    if what is None:
        return None
    doc = root.doc
    last = max(t.i for t in doc[what.i : root.sent.end] if not t.is_punct or t.i == what.i)
    first = what.left_edge
    content = Span(first.idx, doc[last].idx + len(doc[last].text), "")
    content = replace(content, text=context.text[content.start : content.end])
    return actor_mention(subject, context), content


#: Modals under which a stating verb is asked for or supposed, not performed.
_UNPERFORMED = cues.words("should must could would might may can ought")


def _in_passing(sentence: SpacySpan, root: Token) -> bool:
    """Whether a sentence only mentions a hostile act ("the sanctions response to Russia's
    massacre must be powerful") instead of predicating it: no accusatory verb or
    pejorative label charges its subject, and no hostile act noun is the main verb's
    subject or object.  An author's own claim is what the sentence says, not what it
    takes for granted."""
    if _pejorative_predication(sentence) or _hostile_act_agents(sentence) != _accused_subjects(
        sentence
    ):
        return False  # a verb charges its subject ("Russian troops shelled Kharkiv")
    if any(_breaks_commitment(v) for v in (root, *root.children) if v is root or v.dep_ == "xcomp"):
        return False  # the main clause is a breach: "Ukraine has failed to fulfil its obligations"
    return not any(
        t.lemma_.lower() in HOSTILE_NOUNS and t.dep_ in ("nsubj", "nsubjpass", "dobj")
        for t in root.children
    )


def _root(sentence: SpacySpan) -> Token:
    """The sentence's head: its first token whose head lies outside it (spaCy's
    ``Span.root`` may pick a deeper one in a span cut out of a sentence)."""
    if index_of(sentence.doc) is not None:  # the heads read off the index: no Token per word
        return outer_head(sentence) or sentence.root
    for token in sentence:
        if token.head == token or not sentence.start <= token.head.i < sentence.end:
            return token
    return sentence.root


def _last_paragraph(sentence: SpacySpan) -> SpacySpan:
    """The sentence from its last paragraph break on: the parser joins a line ending in
    a colon to the next paragraph ("The below is attributable to Spokesperson Ned Price:
    Secretary of State Antony J. Blinken spoke today with ...")."""
    index = index_of(sentence.doc)
    if index is None:
        breaks = [t.i for t in sentence if t.is_space and "\n" in t.text]
    else:  # the texts read off the index (``is_space``: the text is all whitespace)
        texts = index.texts
        breaks = [
            i
            for i in range(sentence.start, sentence.end)
            if "\n" in texts[i] and texts[i].isspace()
        ]
    if not breaks or breaks[-1] + 1 >= sentence.end:
        return sentence
    return sentence.doc[breaks[-1] + 1 : sentence.end]


#: What an official text calls false when it answers someone: "This Russian disinformation
#: is total nonsense", "These claims are baseless", "That is a lie".
_SAID_NOUNS = cues.ALLEGATION_NOUNS | cues.words("disinformation misinformation propaganda lie")


def _called_false(root: Token) -> bool:
    """A copular sentence that calls something said false: the subject is a message
    ("claims", "disinformation") or a pronoun pointing back, the predicate a word of
    denial ("nonsense", "baseless", "a lie")."""
    if root.lemma_.lower() != "be" or any(c.dep_ == "neg" for c in root.children):
        return False
    predicates = [c for c in root.children if c.dep_ in ("attr", "acomp")]
    if content_deny.NEGATED_EVALUATIONS:  # "it would be no exaggeration to say that P"
        predicates = [
            p
            for p in predicates
            if not any(c.dep_ == "det" and c.lower_ == "no" for c in p.children)
        ]
    if not any(
        p.lemma_.lower() in cues.DENY_EVALUATIONS or p.lower_ in cues.DENY_EVALUATIONS
        for p in predicates
    ):
        return False
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    return subject is not None and (
        subject.lemma_.lower() in _SAID_NOUNS
        or subject.lower_ in ("this", "that", "these", "those", "it")
    )


def _names_a_claim(sentence: SpacySpan) -> bool:
    """Whether a denial with no one to answer names what it denies ("the allegations")."""
    return any(t.lemma_.lower() in _SAID_NOUNS and t.pos_ == "NOUN" for t in sentence)


#: Messages that are false by their name: "spreading outright lies that P".
_FALSE_MESSAGES = cues.words(
    "lie falsehood disinformation misinformation propaganda fabrication myth fiction"
)
#: Messages that are false when the text says so: "Russia's groundless claims that P",
#: "Russia's narrative that P ... a blatant lie".
_MESSAGES = cues.ALLEGATION_NOUNS | cues.words("claim narrative story assertion statement")
_MESSAGE_NOUNS = _FALSE_MESSAGES | _MESSAGES  # the nouns false_message_claims starts from
#: Verbs of putting a message about: "The Kremlin is spreading lies that P".
_SPREAD_VERBS = cues.words(
    "spread push peddle promote amplify repeat tell disseminate circulate propagate echo "
    "invent fabricate concoct"
)


def false_message_claims(context: _Context, sentence: SpacySpan, number: int) -> Iterator[Claim]:
    """An official text naming someone's message false: "The Kremlin is intentionally
    spreading outright lies that the United States and Ukraine are conducting chemical
    and biological weapons activities", "Russia's groundless claims that genocide has
    occurred", "Russia's narrative that Western sanctions have caused the rise in food
    prices ...: a blatant lie".  Two claims about the proposition P of the that-clause:
    the messenger's accusation (reported; aimed at the actors P makes its subjects) and
    the text's own denial of it (aimed at the messenger)."""
    index = index_of(context.doc)
    if index is not None:  # most sentences name no message: not a Token built for them
        start, end = sentence.start, sentence.end
        if _MESSAGE_NOUNS.isdisjoint(index.lemmas[start:end]) or not any(
            pos == "NOUN" and lemma in _MESSAGE_NOUNS
            for pos, lemma in zip(index.pos[start:end], index.lemmas[start:end], strict=True)
        ):
            return
        lemmas, deps = index.lemmas, index.deps
        called_a_lie = any(
            lemmas[i] in _FALSE_MESSAGES and deps[i] in ("attr", "appos", "dobj")
            for i in range(start, end)
        )
        nouns = nouns_among(context.doc, start, end, _MESSAGE_NOUNS)  # the loop's nouns
    else:
        called_a_lie = any(
            t.lemma_.lower() in _FALSE_MESSAGES and t.dep_ in ("attr", "appos", "dobj")
            for t in sentence
        )
        nouns = list(sentence)
    for noun in nouns:
        lemma = noun.lemma_.lower()
        if noun.pos_ != "NOUN" or lemma not in _MESSAGE_NOUNS:
            continue
        false = (
            lemma in _FALSE_MESSAGES
            or called_a_lie
            or any(c.dep_ == "amod" and c.lower_ in cues.DENY_EVALUATIONS for c in noun.children)
        )
        clause = next(
            (
                c
                for c in noun.children
                if c.dep_ in ("acl", "ccomp", "relcl")
                and c.pos_ in ("VERB", "AUX")
                and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
            ),
            None,
        )
        if not false or clause is None or any(c.dep_ == "neg" for c in clause.children):
            continue
        messenger = _messenger(noun)
        if messenger is None:
            continue
        first = next(t for t in clause.subtree if t.dep_ != "mark")
        content = Span(
            first.idx,
            clause.right_edge.idx + len(clause.right_edge.text),
            context.text[first.idx : clause.right_edge.idx + len(clause.right_edge.text)],
        )
        accused = [
            t
            for subject in clause.children
            if subject.dep_ == "nsubj"
            for t in (subject, *subject.conjuncts)
            if t.ent_type_ in ("GPE", "ORG", "NORP", "PERSON")
        ]
        cue = Span(noun.idx, noun.idx + len(noun.text), noun.text)
        sender = actor_mention(messenger, context)
        yield _claim(
            context,
            claimer=sender,
            stance=Stance.ACCUSE,
            cue=cue,
            sentence=number,
            content=content,
            targets=tuple(actor_mention(t, context) for t in accused),
            confidence=0.6,
            refined="false_message",
        )
        start = sentence.start_char
        yield _claim(
            context,
            claimer=Mention(Span(start, start, ""), AUTHOR, number, head="author"),
            stance=Stance.DENY,
            cue=cue,
            sentence=number,
            content=content,
            targets=(sender,),
            confidence=0.6,
            refined="false_message",
        )


def _messenger(noun: Token) -> Token | None:
    """Whose message it is: the owner ("Russia's narrative", "Kiev's lies") or the subject
    of the verb spreading it ("The Kremlin is spreading lies"); an actor, not "we"."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None and noun.dep_ in ("dobj", "conj"):
        verb = noun.head if noun.dep_ == "dobj" else noun.head.head
        if verb.lemma_.lower() in _SPREAD_VERBS:
            owner = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if owner is None or owner.lower_ in _SPEAKING_SUBJECTS or owner.pos_ == "PRON":
        return None
    state = _state_of(owner) if owner.ent_type_ not in ("GPE", "ORG", "PERSON") else None
    if state is not None:
        return state
    return owner if owner.ent_type_ in ("GPE", "ORG", "NORP", "PERSON") else None
