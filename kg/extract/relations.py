"""Subject-predicate-object relations read off the dependency parse (open IE).

Every clause headed by a verb (or a copula) gives one relation per subject and
object conjunct.  The rules are general, in the spirit of ClausIE and textacy's
``subject_verb_object_triples``, with a few additions that matter for news text:

* arguments are whole noun phrases, cut of relative clauses and long side remarks
  (:mod:`kg.extract._phrases`);
* passives with an agent are turned around (``the IRA was charged by Mueller`` ->
  Mueller *charge* the IRA, ``passive=True``), also for reduced passives ("the IRA,
  charged by Mueller"); without an agent the patient stays the subject and the
  predicate says so ("be charged");
* conjoined subjects, verbs and objects are expanded, an inherited subject lowers
  the confidence;
* particles and, when there is no direct object, the nearest following preposition
  join the predicate ("shut down", "meddle in");
* a chain of infinitival complements stays in the predicate ("seek to meddle in"):
  intending to meddle is not meddling, so a knowledge graph must not drop the
  "seek to", and CaRB's gold keeps such chains in the relation too.  Modal
  auxiliaries go to ``modality``, negation to ``negated``;
* relative pronouns are replaced by their antecedent ("an operation that blocked
  access" -> operation *block* access);
* a speech verb's clausal complement is its object ("X said that Y" -> X *say* Y),
  and the embedded clause gives its own relations as well;
* an apposition is a copula without a verb ("Ned Price, the State Department spokesman")
  -> Ned Price *be* the State Department spokesman, with an empty ``predicate_span``;
  so is a title before a name ("special counsel Robert Mueller" -> Robert Mueller *be*
  special counsel), and a noun placed in a named place or organisation ("four countries
  in Europe" -> four countries *be in* Europe); a relative or participle clause on an
  apposition is about the name ("the Institut, a think tank founded in 2005").

Each rule has a name in :data:`RULES`; ``extract_relations(doc, rules)`` applies only
the named ones (all by default), which is how ``benchmarks/carb.py`` measures what each
adds on CaRB.

How to read a relation back into the sentence's own voice (what an open-IE scorer
such as CaRB wants, :func:`kg.evaluate.carb.relation_tuple`): ``surface`` is the verb
group as written, with auxiliaries and adverbs, also where other words come between
its parts; ``passive`` with a predicate not starting with "be " means the agent was
moved to the subject, so the surface order is object, ``surface`` + "by", subject; an
agentless passive ("be killed in") is already in surface order.  ``arguments`` are the
further n-ary arguments, in text order.

``confidence`` ranks relations for a precision/recall curve: an explicit subject
and object in one clause score high; inherited or controlled subjects, relative
antecedents, agentless passives, missing objects and very long arguments lower it;
relations without a verb (appositions, titles, placed nouns) score lower still, and
every relation of a long sentence (over 20 tokens) loses a little, since long
sentences are misparsed more often.

>>> from kg.nlp import load_pipeline
>>> doc = load_pipeline()("Russia will seek to meddle in the election.")
>>> [(r.subject.text, r.predicate, r.object.text, r.modality) for r in extract_relations(doc)]
[('Russia', 'seek to meddle in', 'the election', 'will')]
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from itertools import product

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from kg.extract import _index
from kg.extract._index import DocIndex, doc_span, has_dependant, index_of, indexed
from kg.extract._phrases import (
    clause,
    conjuncts,
    entity_at,
    measured_phrase,
    participle_noun,
    phrase,
)
from kg.extract.mentions import TITLE_WORDS, plain_span, sentence_index, sentence_of, to_span
from kg.model import Relation, Span

#: Dependency labels of tokens that head a clause of their own.
CLAUSE_DEPS = frozenset(
    {"ROOT", "conj", "ccomp", "xcomp", "advcl", "relcl", "acl", "pcomp", "csubj", "parataxis"}
)
OBJECT_DEPS = ("dobj",)
COMPLEMENT_DEPS = ("attr", "acomp", "oprd")
RELATIVE_PRONOUNS = frozenset({"that", "which", "who", "whom"})
#: Contracted and spelled-out forms of the same modal.
MODAL_FORMS = {"wo": "will", "'ll": "will", "ca": "can", "'d": "would", "sha": "shall"}

#: Verbs whose object is the subject of their infinitival complement ("urged Russia to
#: stop"); after any other verb the complement's subject is the verb's own subject
#: ("used cyberattacks to sway the election").
OBJECT_CONTROL_VERBS = frozenset(
    {
        "advise", "allow", "ask", "beg", "cause", "challenge", "encourage", "enable", "force",
        "get", "help", "instruct", "invite", "lead", "let", "make", "need", "oblige", "order",
        "permit", "persuade", "prompt", "remind", "require", "teach", "tell", "urge", "want",
        "warn", "expect", "compel", "pressure", "push", "call", "enlist", "appoint", "elect",
    }
)  # fmt: skip

#: Prepositions after which a gerund's subject is the governing verb's object ("blamed
#: Russia for using", "barred him from entering"); after others ("upon exiting", "before
#: leaving") it is the governing verb's subject.
OBJECT_CONTROL_PREPOSITIONS = frozenset({"for", "of", "from", "with", "into"})

#: The extractor's rules, by name.  :func:`extract_relations` takes the set of rules to
#: apply (all by default), so a benchmark can switch each off and measure what it adds.
RULES: frozenset[str] = frozenset(
    {
        "apposition",  # "Ned Price, the spokesman," -> Ned Price *be* the spokesman
        "compound_modifier",  # "the Iran-backed militia" -> Iran *back* the militia
        "relative_clause",  # "an operation that blocked access": a clause of its own
        "participle",  # "the IRA, charged by Mueller": a reduced relative clause
        "verb_conjunction",  # "approved and funded": the second verb inherits the subject
        "nested_clause",  # a clausal complement gives its own relations ("said that X ...")
        "adverbial_clause",  # "..., killing three": the clause hanging off a verb
        "controlled_clause",  # "urged Russia to stop": an infinitive with its own object
        "noun_conjunction",  # "Russia and Iran denied": one relation per conjunct
        "passive_agent",  # "was charged by Mueller" -> Mueller *charge*
        "preposition_in_relation",  # "meddle in": the preposition of a lone pobj joins
        "infinitive_chain",  # "seek to meddle in": the chain stays in the predicate
        "extra_arguments",  # n-ary: prepositional and temporal arguments are kept
        "title",  # "special counsel Robert Mueller" -> Robert Mueller *be* special counsel
        "noun_preposition",  # "four countries in Europe" -> four countries *be in* Europe
    }
)
#: The rule a clause head's dependency label needs (the root clause needs none).
CLAUSE_RULES = {
    "relcl": "relative_clause",
    "acl": "participle",
    "conj": "verb_conjunction",
    "ccomp": "nested_clause",
    "csubj": "nested_clause",
    "parataxis": "nested_clause",
    "advcl": "adverbial_clause",
    "xcomp": "controlled_clause",
    "pcomp": "controlled_clause",
}

#: Confidence penalties, by where the subject came from.
SUBJECT_PENALTY = {
    "own": 0.0,
    "expl": 0.25,
    "relcl": 0.1,
    "acl": 0.15,
    "conj": 0.15,
    "control": 0.25,
    "pcomp": 0.35,
}
BASE_CONFIDENCE = 0.9
LONG_SUBJECT = 10  # tokens
LONG_OBJECT = 25


@dataclass(frozen=True)
class _Subjects:
    """The grammatical subjects of a clause and where they were found."""

    spans: tuple[tuple[SpacySpan, Token], ...]  # (phrase, head)
    source: str


#: The parts of speech :func:`_is_nominal` accepts.
_NOMINAL_POS = ("NOUN", "PROPN", "PRON", "NUM", "X", "DET")


def _is_nominal(token: Token) -> bool:
    return token.pos_ in _NOMINAL_POS


def _children(token: Token, *deps: str) -> list[Token]:
    doc = token.doc
    latest = _index._LATEST  # index_of, inlined: this runs some 250 times per document
    index = latest[1] if latest[0] is doc else index_of(doc)
    if index is None:
        return [c for c in token.children if c.dep_ in deps]
    labels, tokens = index.deps, index.tokens  # only the children asked for
    return [tokens[c] for c in index.children[token.i] if labels[c] in deps]


def _kids(token: Token) -> list[Token] | tuple[Token, ...]:
    """``token.children``, as the index's shared tokens when there is an index (spaCy
    builds a new Token for each child on every walk, and the rules walk the same verbs'
    children again and again)."""
    doc = token.doc
    latest = _index._LATEST  # index_of, inlined
    index = latest[1] if latest[0] is doc else index_of(doc)
    if index is None:
        return tuple(token.children)
    i = token.i
    kids = index.child_tokens[i]
    return kids if kids is not None else index.children_tokens(i)


def _rights(token: Token) -> list[Token]:
    """``token.rights``: the children after ``token``, in text order."""
    i = token.i
    return [c for c in _kids(token) if c.i > i]


def _has_children(token: Token) -> bool:
    index = index_of(token.doc)
    if index is None:
        return any(True for _ in token.children)
    return bool(index.children[token.i])


def _has_aux(verb: Token) -> bool:
    return has_dependant(verb, ("aux", "auxpass"))


def _inherits_verb_group(verb: Token) -> bool:
    """A conjoined non-finite verb shares the auxiliaries of its head ("did not X or Y")."""
    return (
        verb.dep_ == "conj"
        and verb.head.pos_ in ("VERB", "AUX")
        and not _has_aux(verb)
        and verb.tag_ in ("VB", "VBN")
    )


def is_passive(verb: Token) -> bool:
    """Whether ``verb`` is a passive: "was charged", reduced "the IRA, charged by ..."."""
    if has_dependant(verb, ("auxpass", "nsubjpass", "csubjpass")):
        return True
    if verb.tag_ != "VBN" or _has_aux(verb):
        return False
    if verb.dep_ in ("acl", "advcl"):
        return True
    return _inherits_verb_group(verb) and is_passive(verb.head)


def _negated(verb: Token) -> bool:
    index = index_of(verb.doc)
    if index is not None:  # the labels read off the index: no Token built per child
        deps, children = index.deps, index.children
        for c in children[verb.i]:
            if deps[c] == "neg":
                return True
            if deps[c] == "advmod" and any(deps[g] == "neg" for g in children[c]):
                return True  # "no longer"
        return _inherits_verb_group(verb) and _negated(verb.head)
    for child in _kids(verb):
        if child.dep_ == "neg":
            return True
        if child.dep_ == "advmod" and any(g.dep_ == "neg" for g in _kids(child)):
            return True  # "no longer"
    return _inherits_verb_group(verb) and _negated(verb.head)


def _modality(verb: Token) -> str | None:
    index = index_of(verb.doc)
    # only the auxiliaries, off the index's labels: no Token built for the other children
    kids = (
        _kids(verb)
        if index is None
        else [index.tokens[c] for c in index.children[verb.i] if index.deps[c] == "aux"]
    )
    for child in kids:
        if child.dep_ == "aux" and child.tag_ == "MD":
            return MODAL_FORMS.get(child.lower_, child.lower_)
    return _modality(verb.head) if _inherits_verb_group(verb) else None


def _relative_pronoun(verb: Token) -> Token | None:
    for child in _kids(verb):
        if child.tag_ in ("WDT", "WP") or (
            child.lower_ in RELATIVE_PRONOUNS and child.dep_ not in ("mark", "det")
        ):
            return child
    return None


def _own_subject_heads(verb: Token) -> list[Token]:
    return _children(verb, "nsubj", "nsubjpass")


def _expanded(head: Token, rules: frozenset[str]) -> list[Token]:
    """``head`` and its conjuncts, each an argument of its own, or ``head`` alone."""
    return conjuncts(head) if "noun_conjunction" in rules else [head]


def _argument(head: Token, rules: frozenset[str], without: Token | None = None) -> SpacySpan:
    """The phrase of an argument; with its conjuncts unless they are expanded."""
    return measured_phrase(head, keep_conjuncts="noun_conjunction" not in rules, without=without)


def _nominal_subjects(heads: list[Token], source: str, rules: frozenset[str]) -> _Subjects:
    spans = tuple(
        (_argument(conjunct, rules), conjunct)
        for head in heads
        for conjunct in _expanded(head, rules)
    )
    return _Subjects(spans, source)


def _antecedent_is_object(verb: Token) -> bool:
    """ "the report [that] the agency wrote": the antecedent is the relative clause's object."""
    if verb.dep_ != "relcl" or any(c.tag_ == "WRB" for c in _kids(verb)):
        return False  # "the town where it connected": a place or time, not an object
    pronoun = _relative_pronoun(verb)
    if pronoun is not None:
        return pronoun.dep_ in ("dobj", "pobj")
    return bool(_own_subject_heads(verb)) and not _children(verb, "dobj")


def _antecedent(noun: Token, clause_head: Token) -> tuple[SpacySpan, Token]:
    """The phrase a relative or participle clause is about: the noun, or the name the noun
    is an apposition to ("the Institut, a think tank founded in 2005" -> the Institut)."""
    if noun.dep_ == "appos" and noun.head.pos_ == "PROPN" and noun.head.i < noun.i:
        return phrase(noun.head), noun.head
    return phrase(noun, without=clause_head), noun


#: The subjects found so far in the documents being extracted, by ``id(doc)`` (with the
#: doc and the rules): a conjoined, controlled or adverbial clause inherits the subjects
#: of the clause above it, which :func:`extract_relations` has mostly read already.
_SUBJECTS: dict[int, tuple[Doc, frozenset[str], dict[int, _Subjects]]] = {}


def grammatical_subjects(verb: Token, rules: frozenset[str] = RULES) -> _Subjects:
    """Who or what the clause of ``verb`` is about, before any passive is turned around."""
    entry = _SUBJECTS.get(id(verb.doc))
    if entry is None or entry[0] is not verb.doc or entry[1] is not rules:
        return _grammatical_subjects(verb, rules)
    known = entry[2]
    found = known.get(verb.i)
    if found is None:
        found = known[verb.i] = _grammatical_subjects(verb, rules)
    return found


def _grammatical_subjects(verb: Token, rules: frozenset[str]) -> _Subjects:
    dep = verb.dep_  # read once: each read looks the string up again
    own = _own_subject_heads(verb)
    if own and not (dep == "relcl" and own[0].lower_ in RELATIVE_PRONOUNS):
        return _nominal_subjects(own, "own", rules)
    clausal = _children(verb, "csubj", "csubjpass")
    if clausal:
        return _Subjects(((clause(clausal[0]), clausal[0]),), "own")
    head = verb.head
    if dep == "relcl" and _is_nominal(head):
        pronoun = _relative_pronoun(verb)
        if pronoun is None or pronoun.dep_ in ("nsubj", "nsubjpass"):
            return _Subjects((_antecedent(head, verb),), "relcl")
        return _Subjects((), "relcl")
    if dep == "acl" and verb.tag_ in ("VBN", "VBG"):
        noun = participle_noun(verb)
        if noun is not None:
            return _Subjects((_antecedent(noun, verb),), "acl")
    if dep == "conj":
        # a verb misattached to a noun inherits from the nearest verb above it
        governor = next((a for a in verb.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if governor is None:
            return _Subjects((), "none")
        inherited = grammatical_subjects(governor, rules)
        return _Subjects(inherited.spans, "conj" if inherited.spans else inherited.source)
    if dep == "xcomp":
        controllers = _children(head, "dobj")
        if controllers and head.lemma_.lower() in OBJECT_CONTROL_VERBS:
            return _nominal_subjects(controllers, "control", rules)
        return _Subjects(grammatical_subjects(head, rules).spans, "control")
    if dep == "advcl" and not _children(verb, "mark") and head.pos_ in ("VERB", "AUX"):
        return _Subjects(grammatical_subjects(head, rules).spans, "control")
    if dep == "pcomp" and head.head.pos_ in ("VERB", "AUX"):
        governor = head.head
        controllers = _children(governor, "dobj")
        object_control = head.lower_ in OBJECT_CONTROL_PREPOSITIONS
        if controllers and object_control and not is_passive(governor):
            return _nominal_subjects(controllers, "pcomp", rules)
        return _Subjects(grammatical_subjects(governor, rules).spans, "pcomp")
    expletive = _children(verb, "expl")
    if expletive:
        return _Subjects(((phrase(expletive[0]), expletive[0]),), "expl")
    return _Subjects((), "none")


def merges_xcomp(verb: Token) -> Token | None:
    """The infinitival complement that joins ``verb``'s predicate ("seek to meddle"), if any.

    Only when ``verb`` has no object of its own: with one, the complement is a new
    clause whose subject is that object ("urged Russia to stop").
    """
    if has_dependant(verb, ("dobj", "dative", "attr", "oprd", "ccomp")):
        return None
    complements = _children(verb, "xcomp")
    if not complements or complements[0].pos_ not in ("VERB", "AUX"):
        return None
    return complements[0]


def _predicate_chain(verb: Token, rules: frozenset[str]) -> list[Token]:
    chain = [verb]
    if "infinitive_chain" not in rules:
        return chain
    while (complement := merges_xcomp(chain[-1])) is not None and len(chain) < 5:
        chain.append(complement)
    return chain


def _verb_word(verb: Token, passive_form: bool) -> str:
    if passive_form:
        return f"be {verb.lower_}"
    if verb.tag_ == "VBG" and verb.dep_ == "xcomp":
        return verb.lower_  # "started meddling"
    return verb.lemma_.lower()


def _adverbial(token: Token) -> bool:
    """Tokens that may sit inside a verb group: "has *not* yet", "ran *south* to"."""
    return token.dep_ in ("advmod", "neg", "prt", "aux", "auxpass") and token.pos_ != "NOUN"


def _nearest_following_prep(verb: Token) -> Token | None:
    """The preposition right after ``verb`` (adverbs aside) that heads a prepositional object."""
    for child in _rights(verb):
        if child.dep_ == "prep" and _children(child, "pobj", "pcomp"):
            between = doc_span(verb.doc, verb.i + 1, child.i)
            return child if all(_adverbial(t) or t.is_space for t in between) else None
    return None


def _shared_object(verb: Token) -> Token | None:
    """The object of a verb coordinated right after ``verb``: "buy and sell shares"."""
    following = [c for c in _rights(verb) if c.dep_ == "conj" and c.pos_ == "VERB"]
    if not following or any(c.dep_ in ("prep", "prt") for c in _rights(verb)):
        return None
    partner = following[0]
    between = verb.doc[verb.i + 1 : partner.i]
    if len(between) > 2 or any(t.dep_ not in ("cc", "punct", "advmod") for t in between):
        return None
    objects = _children(partner, "dobj")
    return objects[0] if objects else None


@dataclass
class _Parts:
    """The pieces of one clause's relation before subjects and objects are multiplied out."""

    objects: list[tuple[SpacySpan, Token]]
    object_kind: str  # "noun", "clause", "shared" (a coordinated verb's), "none"
    merged_prep: Token | None
    arguments: list[SpacySpan]


def _is_phrase_argument(child: Token) -> bool:
    """Prepositional, temporal and nominal complements that are not the relation's object."""
    if child.dep_ in ("prep", "agent"):
        return _has_children(child)  # not a stranded preposition
    if child.dep_ == "npadvmod":
        return child.pos_ in ("NOUN", "PROPN")  # "this time", "Tuesday"
    if child.dep_ == "advmod":  # "northeast of Tarboro", "back to active duty"
        return any(c.dep_ == "prep" and _children(c, "pobj") for c in _kids(child))
    return child.dep_ in ("dative", "dobj", *COMPLEMENT_DEPS)


def _is_phrase_argument_at(i: int, dep: str, index: DocIndex) -> bool:
    """:func:`_is_phrase_argument` of token ``i`` (labelled ``dep``), off the index's columns."""
    if dep in ("prep", "agent"):
        return bool(index.children[i])
    if dep == "npadvmod":
        return index.pos[i] in ("NOUN", "PROPN")
    if dep == "advmod":
        deps, children = index.deps, index.children
        return any(
            deps[c] == "prep" and any(deps[g] == "pobj" for g in children[c]) for c in children[i]
        )
    return dep in ("dative", "dobj", *COMPLEMENT_DEPS)


def _argument_phrases(chain: list[Token], used: set[int]) -> list[SpacySpan]:
    found: list[SpacySpan] = []
    index = index_of(chain[0].doc)
    if index is not None:  # the children's labels read off the index: no string lookups
        deps, children, tokens = index.deps, index.children, index.tokens
        for verb in chain:
            for c in children[verb.i]:
                if c in used:
                    continue
                dep = deps[c]
                if _is_phrase_argument_at(c, dep, index):
                    found.append(measured_phrase(tokens[c], keep_conjuncts=True))
                elif dep == "ccomp":
                    found.append(clause(tokens[c]))
        return found
    for verb in chain:
        for child in _kids(verb):
            if child.i in used:
                continue
            if _is_phrase_argument(child):
                found.append(measured_phrase(child, keep_conjuncts=True))
            elif child.dep_ == "ccomp":
                found.append(clause(child))
    return found


def _clause_parts(chain: list[Token], inverted: bool, rules: frozenset[str]) -> _Parts:
    verb = chain[-1]
    head = chain[0]
    pronoun = _relative_pronoun(head) if head.dep_ == "relcl" else None
    used: set[int] = {pronoun.i} if pronoun is not None else set()
    objects: list[tuple[SpacySpan, Token]] = []
    kind = "none"
    merged: Token | None = None
    if inverted:  # the object is the patient; every other complement is an argument
        pass
    elif _antecedent_is_object(head):
        objects = [(_argument(head.head, rules, without=head), head.head)]
        kind = "noun"
    elif dobj := _children(verb, *OBJECT_DEPS):
        # a second object is sometimes attached to the verb: "arrested the mayor and two aides"
        first = dobj[0].i
        index = index_of(verb.doc)
        if index is None:
            stray = [c for c in _kids(verb) if c.dep_ == "conj" and _is_nominal(c) and c.i > first]
        else:  # the labels and parts of speech off the index
            deps, tags, tokens = index.deps, index.pos, index.tokens
            stray = [
                tokens[c]
                for c in index.children[verb.i]
                if c > first and deps[c] == "conj" and tags[c] in _NOMINAL_POS
            ]
        objects = [(_argument(c, rules), c) for c in _expanded(dobj[0], rules) + stray]
        used.update(c.i for c in [dobj[0], *stray])
        kind = "noun"
    elif complement := _children(verb, *COMPLEMENT_DEPS):
        objects = [(_argument(c, rules), c) for c in _expanded(complement[0], rules)]
        used.add(complement[0].i)
        kind = "noun"
    elif dative := _children(verb, "dative"):
        objects = [(_argument(c, rules), c) for c in _expanded(dative[0], rules)]
        used.add(dative[0].i)
        kind = "noun"
    elif ccomp := _children(verb, "ccomp"):
        objects = [(clause(ccomp[0]), ccomp[0])]
        used.add(ccomp[0].i)
        kind = "clause"
    elif (shared := _shared_object(verb)) is not None:
        objects = [(_argument(c, rules), c) for c in _expanded(shared, rules)]
        kind = "shared"
    elif "preposition_in_relation" in rules and (prep := _nearest_following_prep(verb)):
        merged = prep
        used.add(prep.i)
        pobj = _children(prep, "pobj")
        if pobj:
            objects = [(_argument(c, rules), c) for c in _expanded(pobj[0], rules)]
        else:
            pcomp = _children(prep, "pcomp")[0]
            objects = [(phrase(pcomp, keep_conjuncts=True), pcomp)]
        kind = "noun"
    arguments = _argument_phrases(chain, used) if "extra_arguments" in rules else []
    return _Parts(objects, kind, merged, arguments)


def _predicate_text(chain: list[Token], passive_form: bool, merged: Token | None) -> str:
    words: list[str] = []
    index = index_of(chain[0].doc)
    for position, verb in enumerate(chain):
        if index is not None:  # the children's labels and forms read off the index
            deps, lowers, kids = index.deps, index.lowers, index.children[verb.i]
            infinitive = any(deps[c] == "aux" and lowers[c] == "to" for c in kids)
        else:
            infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in _kids(verb))
        if position and infinitive:
            words.append("to")
        own_passive = passive_form and is_passive(verb)
        words.append(_verb_word(verb, own_passive))
        if index is not None:
            words.extend(lowers[c] for c in kids if deps[c] == "prt")
        else:
            words.extend(c.lower_ for c in _kids(verb) if c.dep_ == "prt")
    if merged is not None:
        words.append(merged.lower_)
    return " ".join(words)


def _predicate_words(chain: list[Token], merged: Token | None) -> set[int]:
    """The tokens of the verb group: the chain's verbs, their auxiliaries, negation and
    particles, and the merged preposition (the same for every pair of the clause)."""
    wanted = {verb.i for verb in chain}
    known = index_of(chain[0].doc)
    for verb in chain:
        if known is not None:  # the labels read off the index: no Token built per child
            deps, children = known.deps, known.children
            wanted.update(
                c
                for c in children[verb.i]
                if deps[c] in ("aux", "auxpass", "neg", "prt")
                or (deps[c] == "advmod" and any(deps[g] == "neg" for g in children[c]))
            )
            continue
        for child in _kids(verb):
            if child.dep_ in ("aux", "auxpass", "neg", "prt") or (
                child.dep_ == "advmod" and any(g.dep_ == "neg" for g in _kids(child))
            ):
                wanted.add(child.i)
    if merged is not None:
        wanted.add(merged.i)
    return wanted


def _predicate_span(chain: list[Token], wanted: set[int], blocked: set[int]) -> Span:
    """The verb group as it appears: the tokens of ``wanted`` (:func:`_predicate_words`)
    and the adverbs between them, never into ``blocked`` (as plain data: no spaCy Span
    built, round 36)."""
    doc = chain[0].doc
    # grow from the verb over predicate tokens and adverbs, never into an argument
    low = high = anchor = chain[0].i
    found = index_of(doc)
    tokens = found.tokens if found is not None else doc  # the index's: no Token built
    length = len(doc)
    for step in (-1, 1):
        index = anchor + step
        while 0 <= index < length and index not in blocked:
            token = tokens[index]
            if index in wanted:
                low, high = min(low, index), max(high, index)
            elif not (
                (_adverbial(token) if found is None else _adverbial_at(index, found))
                or (token.pos_ if found is None else found.pos[index]) in ("ADV", "PART")
                or token.is_space
            ):
                break
            index += step
    return plain_span(doc, low, high + 1)


def _adverbial_at(i: int, index: DocIndex) -> bool:
    """:func:`_adverbial` of token ``i``, off the index's columns."""
    return index.deps[i] in ("advmod", "neg", "prt", "aux", "auxpass") and index.pos[i] != "NOUN"


#: Adverbs that belong to the verb group when they stand right before it: "also pulled
#: off", "often refers to", "still influences".  Sentence adverbs ("however") do not.
_GROUP_ADVERB_DEPS = ("advmod", "neg")


def _surface(chain: list[Token], merged: Token | None) -> str:
    """The relation's words as written, in text order, also where other words come between.

    Auxiliaries (a conjoined verb's are its head's: "were mobilized and *recalled*" ->
    "were recalled"), negation, adverbs right before or inside the verb group, the verbs of
    the chain with their infinitive "to", particles and the merged preposition.
    """
    doc = chain[0].doc
    found = index_of(doc)
    if found is not None:
        return _indexed_surface(chain, merged, found)
    words: set[int] = set()
    for verb in chain:
        words.add(verb.i)
        group = [verb, verb.head] if _inherits_verb_group(verb) else [verb]
        for holder in group:
            for child in _kids(holder):
                if child.dep_ in ("aux", "auxpass", "neg", "prt") and (
                    holder is verb or child.dep_ != "prt"
                ):
                    words.add(child.i)
    if merged is not None:
        words.add(merged.i)
    # adverbs of the chain's verbs inside the group's stretch or right before it
    adverbs = {
        child.i
        for verb in chain
        for child in _kids(verb)
        if child.dep_ in _GROUP_ADVERB_DEPS
        and child.tag_ in ("RB", "RBR", "RBS")
        and child.i < verb.i
    }
    first = min(words)
    words.update(i for i in adverbs if first < i)
    while first - 1 in adverbs:
        first -= 1
        words.add(first)
    return " ".join(doc[i].text for i in sorted(words))


def _indexed_surface(chain: list[Token], merged: Token | None, index: DocIndex) -> str:
    """:func:`_surface`, the children's labels and the words' texts read off the index (a
    Token built only for an adverb's tag)."""
    deps, children, tokens = index.deps, index.children, index.tokens
    words: set[int] = set()
    for verb in chain:
        words.add(verb.i)
        # a conjoined verb's auxiliaries are its head's (not its particles)
        holders = [verb.i, verb.head.i] if _inherits_verb_group(verb) else [verb.i]
        for position, holder in enumerate(holders):
            words.update(
                c
                for c in children[holder]
                if deps[c] in ("aux", "auxpass", "neg", "prt")
                and (position == 0 or deps[c] != "prt")
            )
    if merged is not None:
        words.add(merged.i)
    # adverbs of the chain's verbs inside the group's stretch or right before it
    adverbs = {
        c
        for verb in chain
        for c in children[verb.i]
        if deps[c] in _GROUP_ADVERB_DEPS and c < verb.i and tokens[c].tag_ in ("RB", "RBR", "RBS")
    }
    first = min(words)
    words.update(i for i in adverbs if first < i)
    while first - 1 in adverbs:
        first -= 1
        words.add(first)
    texts = index.texts
    return " ".join(texts[i] for i in sorted(words))


def _token_range(span: SpacySpan) -> range:
    return range(span.start, span.end)


def _confidence(
    source: str,
    subject: SpacySpan,
    obj: SpacySpan | None,
    object_kind: str,
    passive_without_agent: bool,
    chain: list[Token],
) -> float:
    score = BASE_CONFIDENCE - SUBJECT_PENALTY.get(source, 0.3)
    if obj is None:
        score -= 0.15
    elif object_kind == "clause":
        score -= 0.05
    elif object_kind == "shared":
        score -= 0.1
    if passive_without_agent:  # no actor: weaker for a graph of who does what
        score -= 0.05
    if len(chain) > 2:
        score -= 0.05
    # a long subject is usually a misparse; a long object is often just a long object
    if len(subject) > LONG_SUBJECT:
        score -= 0.15 if len(subject) <= 2 * LONG_SUBJECT else 0.25
    if obj is not None and len(obj) > LONG_OBJECT:
        score -= 0.1
    # each ``Span.root`` walks the span and builds a Token; its part of speech off the index
    index = index_of(subject.doc)
    if index is None:
        subject_pos = subject.root.pos_
        object_pos = None if obj is None else obj.root.pos_
    else:
        tags = index.pos
        subject_pos = tags[subject.root.i]
        object_pos = None if obj is None else tags[obj.root.i]
    for pos in (subject_pos, object_pos):
        if pos is not None and pos not in _NOMINAL_POS and pos not in ("ADJ", "VERB", "AUX"):
            score -= 0.05
    if subject_pos == "PRON":
        score -= 0.05
    return round(min(0.99, max(0.05, score)), 3)


def _clause_relations(verb: Token, rules: frozenset[str], penalty: float = 0.0) -> list[Relation]:
    """The relations of the clause ``verb`` heads, their confidence less the sentence's
    ``penalty`` (:func:`_sentence_penalty`)."""
    chain = _predicate_chain(verb, rules)
    passive_verb = next((v for v in chain if is_passive(v)), None)
    agents: list[Token] = []
    if passive_verb is not None and "passive_agent" in rules:
        for agent in _children(passive_verb, "agent"):
            agents.extend(c for pobj in _children(agent, "pobj") for c in _expanded(pobj, rules))
    inverted = bool(agents)
    subjects = grammatical_subjects(verb, rules)
    if not subjects.spans:
        return []
    parts = _clause_parts(chain, inverted, rules)
    source = subjects.source
    if inverted:
        # the agent does it to the grammatical subject (the patient)
        actor_spans = [(_argument(a, rules), a) for a in agents]
        patient_spans = list(subjects.spans)
        pairs: list[tuple[tuple[SpacySpan, Token], tuple[SpacySpan, Token] | None]]
        pairs = list(product(actor_spans, patient_spans))
        object_kind = "noun"
        if source == "acl":  # "the IRA, charged by Mueller": agent and patient are explicit
            source = "own"
    else:
        objects: list[tuple[SpacySpan, Token] | None] = list(parts.objects) or [None]
        pairs = list(product(subjects.spans, objects))
        object_kind = parts.object_kind
    passive_form = passive_verb is not None and not inverted
    predicate = _predicate_text(chain, passive_form, parts.merged_prep)
    negated = any(_negated(v) for v in chain)
    modality = next((m for v in chain if (m := _modality(v)) is not None), None)
    sentence = sentence_index(verb)
    surface = _surface(chain, parts.merged_prep)
    # the arguments in text order, each as plain data once (not once per pair)
    ordered = [(a, to_span(a)) for a in sorted(parts.arguments, key=lambda a: (a.start, a.end))]
    # the verb group's tokens and the arguments' tokens are the same for every pair
    wanted = _predicate_words(chain, parts.merged_prep)
    argument_tokens: set[int] = set()
    for argument in parts.arguments:
        argument_tokens.update(_token_range(argument))
    relations = []
    for (subject, _), obj_pair in pairs:
        obj = obj_pair[0] if obj_pair is not None else None
        blocked: set[int] = set(_token_range(subject))
        if obj is not None:
            blocked.update(_token_range(obj))
        blocked |= argument_tokens
        predicate_span = _predicate_span(chain, wanted, blocked)
        confidence = _confidence(source, subject, obj, object_kind, passive_form, chain)
        if penalty:  # as _rule_relations takes it off the other rules' relations
            confidence = round(max(0.05, confidence - penalty), 3)
        arguments = tuple(
            plain
            for a, plain in ordered
            if not _overlaps(a, subject) and (obj is None or not _overlaps(a, obj))
        )
        relations.append(
            Relation(
                subject=to_span(subject),
                predicate=predicate,
                object=to_span(obj) if obj is not None else None,
                sentence=sentence,
                predicate_span=predicate_span,
                arguments=arguments,
                negated=negated,
                modality=modality,
                passive=passive_verb is not None,
                confidence=confidence,
                surface=surface,
            )
        )
    return relations


def _overlaps(a: SpacySpan, b: SpacySpan) -> bool:
    return a.start < b.end and b.start < a.end


def _is_clause_head(
    token: Token, rules: frozenset[str], pos: str | None = None, dep: str | None = None
) -> bool:
    """Whether ``token`` heads a clause the rules read; ``pos`` and ``dep``, when given,
    are its part of speech and label (read by the caller)."""
    if pos is None or dep is None:
        pos, dep = token.pos_, token.dep_
    if pos not in ("VERB", "AUX") or dep not in CLAUSE_DEPS:
        return False
    if dep in CLAUSE_RULES and CLAUSE_RULES[dep] not in rules:
        return False
    # an infinitive merged into its governor's predicate is no clause of its own (its
    # governor read only for an xcomp)
    return not (
        dep == "xcomp" and "infinitive_chain" in rules and merges_xcomp(token.head) == token
    )


APPOSITION_CONFIDENCE = 0.5


def _apposition_relation(appos: Token) -> Relation | None:
    """ "Ned Price, the State Department spokesman," -> Ned Price *be* the spokesman.

    There is no verb: ``predicate_span`` is the empty span where the apposition starts.
    The name, if only one side is a name, becomes the subject.
    """
    head = appos.head
    names = ("NOUN", "PROPN", "NUM")
    if head.pos_ not in names or appos.pos_ not in names:
        return None
    subject, obj = phrase(head, without=appos), phrase(appos)
    if appos.pos_ == "PROPN" and head.pos_ != "PROPN":
        subject, obj = obj, subject
    if _overlaps(subject, obj) or len(obj) > LONG_OBJECT:
        return None
    start = appos.doc[appos.left_edge.i].idx
    return Relation(
        subject=to_span(subject),
        predicate="be",
        object=to_span(obj),
        sentence=sentence_index(appos),
        predicate_span=Span(start, start, ""),
        confidence=APPOSITION_CONFIDENCE,
    )


COMPOUND_MODIFIER_CONFIDENCE = 0.8


def _compound_modifier_relation(participle: Token) -> Relation | None:
    """ "the Iran-backed militia" -> Iran *back* the militia; "the London-based
    observatory" -> the observatory *be based in* London.

    A name, a hyphen and a past participle in front of a noun state a relation as
    plainly as a clause does; news writing packs many into its noun phrases.
    """
    doc = participle.doc
    if participle.tag_ != "VBN" or participle.i < 2 or doc[participle.i - 1].text != "-":
        return None
    name = doc[participle.i - 2]
    noun = participle.head
    if not name.ent_type_ or noun.pos_ not in ("NOUN", "PROPN") or noun.i < participle.i:
        return None
    entity = entity_at(name)
    place = doc[entity.start : name.i + 1] if entity is not None else doc[name.i : name.i + 1]
    named = entity_at(noun)  # "the London-based Syrian Observatory for Human Rights"
    if named is not None and named.start > participle.i:
        modified = named
    else:
        modified = doc[participle.i + 1 : noun.i + 1]
    if participle.lower_ == "based":
        subject, predicate, obj = modified, "be based in", place
    else:
        subject, predicate, obj = place, participle.lemma_.lower(), modified
    return Relation(
        subject=to_span(subject),
        predicate=predicate,
        object=to_span(obj),
        sentence=sentence_index(participle),
        predicate_span=to_span(participle),
        passive=participle.lower_ != "based",
        confidence=COMPOUND_MODIFIER_CONFIDENCE,
        surface=participle.text if participle.lower_ != "based" else f"{participle.text} in",
    )


TITLE_CONFIDENCE = 0.55
#: Forms of address: part of how a name is written, not a role ("Dr. Jagan", "Sir Arthur").
HONORIFICS = frozenset(
    {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame", "lord", "lady", "miss"}
)


def _title_relation(name: SpacySpan) -> Relation | None:
    """ "special counsel Robert Mueller" -> Robert Mueller *be* special counsel.

    The common nouns and adjectives that modify a person's name right before it, after
    any determiner or possessive, are the person's title or role when they hold a common
    noun or a title word (:data:`kg.extract.mentions.TITLE_WORDS`); forms of address
    ("Dr.", "Sir") are not roles.
    """
    root = name.root
    index = index_of(name.doc)
    if index is None:
        if root.pos_ != "PROPN":
            return None
        words = [
            t
            for child in root.lefts
            if child.dep_ in ("compound", "amod", "nmod") and child.i < name.start
            for t in child.subtree
        ]
        words = sorted(set(words), key=lambda t: t.i)
    else:  # the same words off the index's columns: no Token built per child and subtree
        if index.pos[root.i] != "PROPN":
            return None
        words = _title_words(root.i, name.start, index)
    # only the contiguous stretch right before the name, without leading punctuation
    while words and (
        words[0].is_punct
        or words[0].dep_ in ("det", "poss", "case", "cc")
        or words[0].lower_ in HONORIFICS
    ):
        words = words[1:]
    if not words or words[-1].i != name.start - 1 or words[-1].i - words[0].i + 1 != len(words):
        return None
    if not any((t.pos_ == "NOUN" and t.is_lower) or t.lower_ in TITLE_WORDS for t in words):
        return None
    doc = name.doc
    if name[-1].dep_ == "case":  # "Franklin D. Roosevelt 's"
        name = name[:-1]
    title = doc_span(doc, words[0].i, words[-1].i + 1)
    subject = to_span(name)
    return Relation(
        subject=subject,
        predicate="be",
        object=to_span(title),
        sentence=sentence_index(root),
        predicate_span=Span(subject.start, subject.start, ""),
        confidence=TITLE_CONFIDENCE,
    )


def _title_words(root: int, start: int, index: DocIndex) -> list[Token]:
    """The subtrees of the compound, adjectival and nominal modifiers before the name's
    root ``root`` that start before the name (at ``start``), in text order: what
    :func:`_title_relation` reads off ``root.lefts`` and each one's ``subtree``."""
    deps, children = index.deps, index.children
    stack = [
        c
        for c in children[root]
        if c < root and c < start and deps[c] in ("compound", "amod", "nmod")
    ]
    found: set[int] = set()
    while stack:
        i = stack.pop()
        found.add(i)
        stack.extend(children[i])
    tokens = index.tokens
    return [tokens[i] for i in sorted(found)]


NOUN_PREPOSITION_CONFIDENCE = 0.35
#: Prepositions after a noun that place it, when their object is a place or an organisation.
PLACING_PREPOSITIONS = frozenset({"in", "at", "near", "from", "inside", "outside"})
PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC", "ORG"})


def _noun_preposition_relation(prep: Token) -> Relation | None:
    """ "four other countries in Europe" -> four other countries *be in* Europe.

    Only where the preposition's object is a named place or organisation: "an increase in
    entropy", "a speech in 1886" state no relation worth a tuple.
    """
    noun = prep.head
    if prep.lower_ not in PLACING_PREPOSITIONS or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    if prep.i != noun.i + 1 and prep.doc[prep.i - 1].is_punct:
        return None  # "the minister, in his speech," is no modifier of the noun
    objects = _children(prep, "pobj")
    if not objects or objects[0].ent_type_ not in PLACE_ENTITIES:
        return None
    subject = phrase(noun, without=prep)
    obj = phrase(objects[0], keep_conjuncts=True)
    if _overlaps(subject, obj) or len(obj) > LONG_OBJECT or len(subject) > LONG_SUBJECT:
        return None
    start = prep.idx
    return Relation(
        subject=to_span(subject),
        predicate=f"be {prep.lower_}",
        object=to_span(obj),
        sentence=sentence_index(prep),
        predicate_span=Span(start, start, ""),
        confidence=NOUN_PREPOSITION_CONFIDENCE,
    )


def _rule_relations(token: Token, rules: frozenset[str]) -> list[Relation]:
    """The relations the rules in ``rules`` read off ``token``."""
    found: list[Relation | None] = []
    index = index_of(token.doc)
    # the label, part of speech and entity type off the index's columns: each spaCy
    # string attribute looks its string up again (this runs for every candidate token)
    if index is None:
        dep, pos, ent_type = token.dep_, token.pos_, token.ent_type_
    else:
        i = token.i
        dep, pos, ent_type = index.deps[i], index.pos[i], index.ent_types[i]
    if dep == "appos" and "apposition" in rules:
        found.append(_apposition_relation(token))
    if dep == "amod" and "compound_modifier" in rules:
        found.append(_compound_modifier_relation(token))
    if dep == "prep" and "noun_preposition" in rules:
        found.append(_noun_preposition_relation(token))
    if "title" in rules and ent_type == "PERSON" and token.ent_iob_ == "B":
        name = entity_at(token)
        if name is not None:
            found.append(_title_relation(name))
    relations = [r for r in found if r is not None]
    clauses: list[Relation] = []
    penalty = None
    if _is_clause_head(token, rules, pos, dep):
        # the clause's relations are made with the penalty taken off (not made twice)
        penalty = _sentence_penalty(sentence_of(token))
        clauses = _clause_relations(token, rules, penalty)
    if not relations:
        return clauses  # most tokens: spare building their sentence
    if penalty is None:
        penalty = _sentence_penalty(sentence_of(token))
    if penalty:
        # dataclasses.replace, without its walk over the fields (a Relation's are all init's)
        relations = [
            Relation(**{**vars(r), "confidence": round(max(0.05, r.confidence - penalty), 3)})
            for r in relations
        ]
    # (confidences are already rounded and at least 0.05 when there is no penalty)
    return relations + clauses


#: Sentences up to this many tokens parse well; each further token costs confidence.
SHORT_SENTENCE = 20
PER_EXTRA_TOKEN = 0.005
MAX_LENGTH_PENALTY = 0.2


def _sentence_penalty(sentence: SpacySpan) -> float:
    """A long sentence is misparsed more often: all its relations lose some confidence."""
    extra = max(0, len(sentence) - SHORT_SENTENCE)
    return min(MAX_LENGTH_PENALTY, extra * PER_EXTRA_TOKEN)


#: The labels a token :func:`_relation_heads` yields may have, but for a person's name.
_HEAD_DEPS = CLAUSE_DEPS | {"appos", "amod", "prep"}


def _relation_heads(doc: Doc, index: DocIndex) -> Iterator[Token]:
    """The tokens some rule of :func:`_rule_relations` may read a relation off (a cheap
    first test on the index, so that the other tokens are never built).

    Each test is a necessary condition of its rule, read off the index: a clause head's
    part of speech and label; an apposition; a compound modifier's hyphen before it
    ("Iran-backed"); a noun preposition's placing preposition ("in", "near"); a title's
    person name starting there.  Most tokens labelled ``prep`` or ``amod`` pass none.
    """
    texts, lowers, entity_of = index.texts, index.lowers, index.entity_of
    for i, (dep, pos, ent_type) in enumerate(
        zip(index.deps, index.pos, index.ent_types, strict=True)
    ):
        if dep not in _HEAD_DEPS and ent_type != "PERSON":
            continue  # most tokens (det, nsubj, pobj, punct ...): one test, not five
        if (
            (pos in ("VERB", "AUX") and dep in CLAUSE_DEPS)
            or dep == "appos"
            or (dep == "amod" and i >= 2 and texts[i - 1] == "-")
            or (dep == "prep" and lowers[i] in PLACING_PREPOSITIONS)
            or (ent_type == "PERSON" and (name := entity_of[i]) is not None and name.start == i)
        ):
            yield index.tokens[i]


def extract_relations(doc: Doc, rules: frozenset[str] = RULES) -> tuple[Relation, ...]:
    """Every subject-predicate-object relation in ``doc``, in text order.

    ``rules`` are the names (from :data:`RULES`) of the rules to apply; an unknown name
    raises ``ValueError``.

    >>> from kg.nlp import load_pipeline
    >>> doc = load_pipeline()("The IRA was charged by special counsel Robert Mueller.")
    >>> [(r.subject.text, r.predicate, r.object.text, r.passive) for r in extract_relations(doc)]
    [('special counsel Robert Mueller', 'charge', 'The IRA', True), \
('Robert Mueller', 'be', 'special counsel', False)]
    """
    unknown = rules - RULES
    if unknown:
        raise ValueError(f"unknown relation rules: {sorted(unknown)}; known: {sorted(RULES)}")
    relations: dict[tuple[object, ...], Relation] = {}
    # one relation per subject, predicate, object and predicate span, keyed by their
    # fields (a Span's equality): no dataclass __hash__ per span and relation
    outer = _SUBJECTS.get(id(doc))
    _SUBJECTS[id(doc)] = (doc, rules, {})
    try:
        with indexed(doc) as index:
            for token in _relation_heads(doc, index):
                for relation in _rule_relations(token, rules):
                    subject, obj, span = relation.subject, relation.object, relation.predicate_span
                    key = (
                        subject.start,
                        subject.end,
                        subject.text,
                        relation.predicate,
                        None if obj is None else (obj.start, obj.end, obj.text),
                        span.start,
                        span.end,
                        span.text,
                    )
                    relations.setdefault(key, relation)
    finally:
        if outer is None:
            del _SUBJECTS[id(doc)]
        else:
            _SUBJECTS[id(doc)] = outer
    return tuple(
        sorted(
            relations.values(),
            key=lambda r: (
                r.predicate_span.start,
                r.subject.start,
                r.object.start if r.object is not None else -1,
            ),
        )
    )
