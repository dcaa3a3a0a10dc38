"""Speakers: who a single claimer stands for when it does not name itself
(:mod:`kg.resolve.resolver`).

A "he said" or "it added" is the last speaker of its sentence or the one before
(:meth:`_Speakers.pronoun_speaker`, :meth:`_Speakers.chain_speaker`, :mod:`.chain`), or the
institution that is the subject there (:meth:`_Speakers.institution_subject`); "the
official" is the named official spoken of before (:meth:`_Speakers.named_official`) and
"The official, NAME," names an earlier "a senior official" (:meth:`_Speakers.name_roles`);
a news report's "We condemn ..." after a colon is the speaker before the colon
(:meth:`_Speakers.introduced_speaker`); "the statement" is what the last speaker issued
(:meth:`_Speakers.document_issuer`); an unnamed source is one anonymous actor per
document and plurality (:meth:`_Speakers.anonymous_source`).  :meth:`_Speakers.claimer`
is what the claims' assembly asks.  It is apart from the document pass
(:mod:`.resolver`) because these rules read who spoke before, not the mention alone.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from functools import cache

from kg.extract.claims.content_lexicon import load_classes
from kg.model import Actor, ActorKind, Mention, Span
from kg.resolve import chain, coref
from kg.resolve.actors import MESSAGE, is_speaking_document, not_an_actor
from kg.resolve.gazetteer import lookup
from kg.resolve.names import Draft, bare_name, name_of
from kg.resolve.registry import _DESCRIBED
from kg.resolve.state import _State
from kg.resolve.voice import FIRST_PERSON

#: Whether a "he"/"she" out of reach of every speaker's mention takes the speaker of a
#: quotation run that continued into the sentences just before it
#: (:meth:`_Speakers.run_speaker`).  Off: measured in round 14 it changes no claim of any
#: open part in either scope; on the 911 `corpus/` documents it fires 4 times (3 right).
#: Round 35 (quotes36, issue 12): with ``kg.resolve.CLOSED_RUN_START`` a run closed by "she
#: said" after a sentence of narration is counted from its first sentence, and this gives it
#: the speaker whose run ended just before the narration ('UNHCR's Vivian Tan said P. "A. B,"
#: she said. At the time of the attack, UNHCR ... were preparing a convoy. "C. D. E," she
#: said.'): on the first half and ``dev4``, document scope, 6 more matched triples and no
#: wrong one (benchmarks/claims/RESULTS.md, "Round 35, quotes36").  On.
RUN_SPEAKER = True
#: Whether a "he" or "she" speaker skips an earlier speaker the text marks as of the other
#: sex (:meth:`_Speakers.other_sex`).  Off: measured in round 14 it changes no claim of any
#: open part in either scope, nor of the `corpus/` documents.
SEX_AGREEMENT = False
#: Whether a definite description of an office holder speaking ("The spokesman says ...",
#: "the rebel spokesman added") that nothing nearer resolves is the one person the
#: document introduces with that office, before or after it (:meth:`_Speakers.role_holder`;
#: round 22, quoterun22).  Measured on one batching: document scope test7 +0.0082, test13
#: +0.0044, test15 +0.0041, sentence scope test13 +0.0045 (6 and 2 development claimers
#: made right), no other part, development or held out, moves in either scope.  On.
ROLE_HOLDER = True
#: Whether a "he"/"she" speaker ("He says Mr. X fought ...") skips every earlier person
#: named in what that speaker says (:meth:`_Speakers.named_in_speech`): a pronoun does not
#: stand for a name its own clause goes on to use (round 25, issue 12, speakers25;
#: measured in benchmarks/claims/RESULTS.md).
NAMED_IN_SPEECH = True
#: Whether a speaker described by a title or a source that ends in a person's name
#: ("Advisor to the Head of the President's Office Mykhailo Podolyak said ...", one noun
#: phrase the extractor read as a description) is that person, not an actor named by the
#: whole phrase; a description before the name ("a spokesman for President X", "the office
#: of President X") stays the speaker (round 33, actors34, issue 12; :func:`ending_person`).
TITLE_BEFORE_NAME = True
#: The words a title before a name may hold beside its capitalised ones ("Deputy Head of the
#: Office of the President", "Adviser to the Head of the President's Office").
_TITLE_JOINS = frozenset({"of", "the", "to", "for", "and", "on", "'s", "\u2019s"})
_TITLE_WORD = re.compile(r"[\w.\u2019'-]+")


def _title_words(text: str) -> bool:
    """Whether ``text`` is written as a title: every word capitalised or a joining word of
    :data:`_TITLE_JOINS` ("Deputy Head of the Office of the President"), not a description
    ("a spokesman for President", "The office of South Korean President", "a confidant of
    former British Prime Minister": the name is then someone the phrase is about)."""
    words = _TITLE_WORD.findall(text.replace("\u2019s", " \u2019s").replace("'s", " 's"))
    if not words or words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    return bool(words) and all(
        w[:1].isupper() or w.lower() in _TITLE_JOINS or not any(c.isalnum() for c in w)
        for w in words
    )


#: Nouns of an office one of which a title before a name holds ("Deputy Head", "Adviser",
#: "Minister"): "Reporters Without Borders" is no title with a name after it.
_TITLE_NOUNS = coref.ROLE_NOUNS | frozenset(
    {"head", "chief", "chairman", "chairwoman", "director", "adviser", "advisor", "deputy",
     "governor", "mayor", "commissioner", "ombudsman", "representative"}
)  # fmt: skip
#: A title that ends in another person's title, with no article: "Adviser to President"
#: (the name after it is the President's, not the adviser's; "of the President NAME" is
#: the office's holder).
_TO_TITLE = re.compile(r"\b(?:to|for)\s+((?:[A-Z][\w.]*\s+){1,3})$")
#: Titles of persons that a "to" or "for" before a name gives to the name's holder.
_PERSONAL_TITLES = frozenset(
    {"president", "prime", "minister", "chancellor", "secretary", "king", "queen", "prince",
     "general", "senator", "ambassador", "leader", "premier"}
)  # fmt: skip


def _holder_title(text: str) -> bool:
    """Whether ``text``, the words before a name, is a title whose holder the name is:
    written as a title (:func:`_title_words`), holding an office noun, and not ending in
    "to/for" + another person's title ("Adviser to President")."""
    if not _title_words(text):
        return False
    words = {w.lower() for w in _TITLE_WORD.findall(text)}
    if words.isdisjoint(_TITLE_NOUNS):
        return False
    other = _TO_TITLE.search(text)
    return other is None or _PERSONAL_TITLES.isdisjoint(other.group(1).lower().split())


def ending_person(mention: Mention, named: list[Mention]) -> Mention | None:
    """The person mention ``mention``'s words end in, after a title: a PERSON of ``named``
    that ends where the description ends and starts inside it, whose words before it are a
    title it holds (:func:`_holder_title`) (:data:`TITLE_BEFORE_NAME`); else None."""
    if not TITLE_BEFORE_NAME or mention.label != "NOMINAL":
        return None
    for person in named:
        if (
            person.label in ("PERSON", "ORG")  # "... of the Temporarily Occupied
            # Territories of Ukraine Iryna Vereshchuk", tagged ORG: the resolver keeps a person
            and person.span.end == mention.span.end
            and person.span.start > mention.span.start
            and _holder_title(mention.span.text[: person.span.start - mention.span.start])
        ):
            return person
    return None


#: Whether a speaker described by a title and then a name the tagger cut or did not tag
#: ("Iraqi Vice President Taha Yassin Ramadan said", the person tagged "Taha Yassin";
#: "Russian Air Force Chief of Staff Anatoly Kornukov warned", no person tagged) is the
#: person that name names, as :data:`TITLE_BEFORE_NAME` makes a tagged one, not an actor
#: named by the whole phrase (round 37, claimers39, issue 12; :func:`untagged_name`).
#: Measured (benchmarks/claims/RESULTS.md, "Round 37, claimers39"): first half +1 matched
#: triple in each scope (``test12``), no system triple added, nothing unread moved.  On.
UNTAGGED_TITLED_NAMES = True
#: Round 37 (claimers40, issue 12, test37's class (7)): with ``UNTAGGED_TITLED_NAMES``, a
#: possessive word is no word of a person's name ("The Head of the President's Office
#: thanked ...": "President's Office" was made a person), so such a title is left to the
#: title rules (:data:`TITLE_BACKREFERENCE`, :data:`POSSESSED_OFFICE_TITLES`).  Measured
#: (round 37, alone off against the rest on): no development, second-half or test21..test36
#: triple moves; test37 +1 matched in each scope, no system triple added.  On.
POSSESSIVE_NOT_NAMES = True
#: The name a title ends in: a tagged person's first word on, or two capitalised words.
_NAME_TAIL = re.compile(r"(?<![\w-])([A-Z][a-z][\w\u2019'-]*\s+[A-Z][a-z][\w\u2019'-]*)$")
_NAME_WORD = re.compile(r"[A-Z][a-z][\w\u2019'-]*$")


def untagged_name(mention: Mention, named: list[Mention]) -> Span | None:
    """The person's name a title description ends in when the tagger cut it or missed it
    (:data:`UNTAGGED_TITLED_NAMES`): from the first word of a PERSON of ``named`` that
    starts inside the description, or else the last two capitalised words, to the
    description's end, each word a name's (no office noun, no state or body the gazetteer
    knows), after words that make a title its holder holds (:func:`_holder_title`); else
    None."""
    if not UNTAGGED_TITLED_NAMES or mention.label != "NOMINAL":
        return None
    text = mention.span.text
    start = None
    for person in named:
        if (
            person.label == "PERSON"
            and mention.span.start < person.span.start < mention.span.end
            and person.span.end < mention.span.end
        ):
            start = person.span.start - mention.span.start
            break
    if start is None:
        found = _NAME_TAIL.search(text)
        if found is None:
            return None
        start = found.start(1)
    name = text[start:].strip()
    words = name.split()
    if not 2 <= len(words) <= 4 or not all(_NAME_WORD.match(w) for w in words):
        return None
    if any(
        w.lower() in _TITLE_NOUNS | coref.TITLE_NOUNS | coref.ROLE_NOUNS or lookup(w) is not None
        for w in words
    ):
        return None
    if POSSESSIVE_NOT_NAMES and any(w.endswith(("'s", "\u2019s")) for w in words[:-1]):
        return None  # "The Head of the President's Office": an office its title owns
    if not _holder_title(text[:start]):
        return None
    begin = mention.span.start + start
    return Span(begin, mention.span.end, name)


#: Round 40 (claimers46, issue 12; the lead's point 46, benchmarks/claims/GUIDE.md): a
#: speaker that is a possessive office, an aide or a camp of a person the phrase names ("The
#: office of South Korean President Lee Myung-bak says ...", "An aide to Turkish Prime Minister
#: Recep Tayyip Erdogan says ...", "Lahoud's office denied ...") is that person
#: (:func:`office_owner`); the office word written in lower case only, so an office with a
#: name of its own ("the Office of the President of Ukraine") stays its own actor.  False:
#: the phrase stays an actor of its own (an "other" or an anonymous source).  Measured
#: (benchmarks/claims/RESULTS.md, "Round 40, claimers46"): no claimer+stance+target triple and
#: no claimer F1 of any part moves in either scope (the point's aliases accept the office
#: reading too); the graph gains the owner's edges.  On by the bar's clause for a construction
#: with no development triple.
OFFICE_OWNERS = True
#: The nouns of a speaker owned by a person (``kg/data/office_owner_words.tsv``).
_OWNED_NOUNS = load_classes("office_owner_words.tsv")["owned_speaker_noun"]
#: The words an owned noun may follow at a phrase's start: "the", "an", "one of the", "senior".
_OWNED_LEAD = re.compile(
    r"(?:(?:the|an?|one|two|three|several|some)\s+(?:of\s+(?:the\s+)?)?)?"
    r"(?:(?:senior|top|close|former)\s+)?",
    re.IGNORECASE,
)
#: "Kabila's office", "the Kabila's camp": one capitalised word in the possessive, an owned noun.
_OWNED_SURNAME = re.compile(r"(?:the\s+)?([A-Z][a-z][\w-]+)[\u2019']s?\s+(\w+)")
#: "'s office", "’s aides": the words after an owner.
_OWNED_AFTER = re.compile(r"[\u2019']s?\s+(?:(?:senior|top|close)\s+)?(\w+)\s*")


def office_owner(mention: Mention, named: list[Mention]) -> Mention | None:
    """The person a speaker owned by a person stands for (:data:`OFFICE_OWNERS`): a PERSON of
    ``named`` inside ``mention`` that ends the phrase after an owned noun and "of/to/for"
    and a title ("The office of South Korean President Lee Myung-bak"), or that the phrase's
    owned noun follows in the possessive ("Lahoud's office"), or, the surname untagged,
    the one person the document named before in full by it ("Kabila's office"); else None.

    >>> def m(text, label="NOMINAL", start=0):
    ...     return Mention(Span(start, start + len(text), text), label, 0, head=text.split()[-1])
    >>> phrase = m("The office of South Korean President Lee Myung-bak")
    >>> office_owner(phrase, [m("Lee Myung-bak", "PERSON", 37)]).span.text
    'Lee Myung-bak'
    >>> office_owner(m("Lahoud's office"), [m("Lahoud", "PERSON")]).span.text
    'Lahoud'
    >>> print(office_owner(m("the Office of President Zelensky"), [m("Zelensky", "PERSON", 24)]))
    None
    >>> print(office_owner(m("a spokesman for President Putin"), [m("Putin", "PERSON", 26)]))
    None
    """
    if not OFFICE_OWNERS or mention.label not in ("NOMINAL", "ANON"):
        return None
    text = mention.span.text
    for person in named:
        if person.label != "PERSON" or not (
            mention.span.start <= person.span.start and person.span.end <= mention.span.end
        ):
            continue
        before = text[: person.span.start - mention.span.start]
        after = text[person.span.end - mention.span.start :]
        if not after.strip():
            # "The office of South Korean President NAME": the owned noun, then a title
            found = re.search(r"\b(?:of|to|for)\s", before)
            if found is None:
                continue
            words = before[: found.start()].split()
            title = before[found.end() :]
            if (
                words
                and words[-1] in _OWNED_NOUNS  # as written: "Office of ..." is a name
                and _OWNED_LEAD.fullmatch(" ".join(words[:-1]) + (" " if words[:-1] else ""))
                and (not title.strip() or _title_words(title))
            ):
                return person
        else:
            # "Lahoud's office", "President Lahoud's aides": a title, the name, the noun
            owned = _OWNED_AFTER.fullmatch(after)
            lead = re.sub(r"^(?:the|an?)\s+", "", before, flags=re.IGNORECASE)
            if (
                owned is not None
                and owned.group(1) in _OWNED_NOUNS
                and (not lead.strip() or _title_words(lead))
            ):
                return person
    # "Kabila's office" with the surname untagged: the one person named before in full by it
    untagged = _OWNED_SURNAME.fullmatch(text)
    if untagged is None or untagged.group(2) not in _OWNED_NOUNS:
        return None
    surname = untagged.group(1)
    if lookup(surname) is not None or surname.lower() in _TITLE_NOUNS | coref.TITLE_NOUNS:
        return None
    fuller = [
        p
        for p in named
        if p.label == "PERSON"
        and p.span.end <= mention.span.start
        and len(p.span.text.split()) >= 2
        and p.span.text.split()[-1] == surname
    ]
    return fuller[-1] if len({p.span.text for p in fuller}) == 1 else None


#: Round 39 (deny44, issue 12, test38's class (H)): a speaker described by a title and one
#: name the tagger left untagged or tagged as something else ("Spokesman Asefi said", a
#: PRODUCT), whose name is the surname of exactly one person the document named before in
#: full ("Foreign Ministry spokesman Hamid Reza Asefi"), is that person, as a bare "Asefi"
#: would be (:func:`titled_surname`); False: the description stays an actor of its own
#: ("Spokesman Asefi"), and the target rules may even aim his denial at himself.
#: Resolution only.  Measured in benchmarks/claims/RESULTS.md, "Round 39, deny44": no triple
#: of any part moves in either scope (test38's case included): on by the bar's clause for
#: constructions absent from development.
TITLED_SURNAMES = True


def titled_surname(mention: Mention, named: list[Mention]) -> Mention | None:
    """The PERSON of ``named`` that a title description ending in one name means
    (:data:`TITLED_SURNAMES`): "Spokesman Asefi" -> the earlier "Hamid Reza Asefi", when the
    words before the name are a title its holder holds (:func:`_holder_title`), the name is
    no office noun and no name the gazetteer knows, and exactly one full name of the
    document's persons named before the description ends in it; else None."""
    if not TITLED_SURNAMES or mention.label != "NOMINAL":
        return None
    text = mention.span.text
    words = text.split()
    if len(words) < 2 or not _NAME_WORD.match(words[-1]):
        return None
    surname = words[-1]
    if (
        surname.lower() in _TITLE_NOUNS | coref.TITLE_NOUNS | coref.ROLE_NOUNS
        or lookup(surname) is not None
        or not _holder_title(text[: len(text) - len(surname)])
    ):
        return None
    return _one_full_name(surname, named, mention.span.start)


def _one_full_name(surname: str, named: list[Mention], before: int) -> Mention | None:
    """The last PERSON of ``named`` ending before ``before`` whose full name (two words or
    more) ends in ``surname``, when the document names exactly one such full name; else None."""
    fuller = [
        p
        for p in named
        if p.label == "PERSON"
        and p.span.end <= before
        and len(p.span.text.split()) >= 2
        and p.span.text.split()[-1] == surname
    ]
    if len({p.span.text for p in fuller}) != 1:
        return None
    return fuller[-1]


#: Round 40, second wave (claimers47, issue 12, test40's class (C)): a speaker that is one bare
#: name the tagger left untagged ('"...," Gates said', "Gebremeskel says", "Kodwa said"), which
#: the extractor keeps as a description, is the one person the document named before in full by
#: that surname ("Defense Secretary Robert M. Gates"), as a tagged surname is
#: (:func:`bare_surname`); before, the word became an actor of its own of kind ``other``
#: ("Gates"), a second node beside the person, whose claims lost the person's side.  The name
#: must be no title, role or office noun, no name the gazetteer knows, and the surname of
#: exactly one full name named before it.  Resolution only.  Measured (benchmarks/claims/
#: RESULTS.md, "Round 40 (second wave ...), claimers47"): no claimer+stance+target triple of any
#: part moves in either scope (the development gold's aliases accept the surname: 23 development
#: claims in 12 documents become the person; test40's 4 "Gates" claims too, whose stances are
#: wrong or gold none), no system triple added: on, by the bar's clause for a construction with
#: no development gold line.  False: the word stays an actor of its own.
BARE_SURNAMES = True


def bare_surname(mention: Mention, named: list[Mention]) -> Mention | None:
    """The PERSON of ``named`` that a speaker written as one bare name means
    (:data:`BARE_SURNAMES`): "Gates" -> the earlier "Robert M. Gates", when the mention is a
    description (the tagger left the name untagged) of one capitalised word that is no title,
    role or office noun and no name the gazetteer knows, and exactly one full name of the
    document's persons named before it ends in it; else None."""
    if not BARE_SURNAMES or mention.label != "NOMINAL":
        return None
    surname = mention.span.text.strip()
    if not _NAME_WORD.match(surname) or " " in surname:
        return None
    if (
        surname.lower() in _TITLE_NOUNS | coref.TITLE_NOUNS | coref.ROLE_NOUNS
        or lookup(surname) is not None
    ):
        return None
    return _one_full_name(surname, named, mention.span.start)


#: Round 40 (third wave, claimers48, issue 12, test40's class (C) "a description not linked
#: to the name the document gives elsewhere"): a speaker written as a description of an office
#: holder that no nearer rule resolved ("A former acting director of the Central Intelligence
#: Agency recently spoke to VOA ... He said ...") is the one person the document describes
#: with the same office, before or after it: in apposition ("NAME, the acting director of
#: ..."), after a copula ("NAME was the acting director of the CIA ..."), or written before
#: the name ("Mumbai police commissioner, NAME"); the description's office noun and every
#: other word of it (bar articles, a possessive's mark and words of time such as "former")
#: must be among that description's words, a run of two or more capitalised words matching
#: by its words or by its initials ("Central Intelligence Agency", "CIA"); only an office
#: noun of :data:`_TITLE_NOUNS` with at least one word qualifying it, a spokesman's office
#: (:meth:`_Speakers.role_holder`'s) and a bare "official" excepted; two people so described
#: leave it unresolved (:func:`described_person`).  Before, the description was an actor of
#: its own (kind ``other``), a second node beside the person, and the "He" after it spoke
#: for it.  Resolution only.  Measured (benchmarks/claims/RESULTS.md, "Round 40 (third wave
#: ...), claimers48"): no claimer+stance+target triple of any part moves in either scope;
#: `dev6`'s claimer F1 0.827 -> 0.835 (document scope: McLaughlin's "He said ..."); on, by the
#: bar's clause for a construction with no development gold triple.  False: the description
#: stays an actor of its own.
DESCRIBED_PERSONS = True
#: Words of a description that say nothing of the office itself.
_DESCRIPTION_FILLER = frozenset(
    {"a", "an", "the", "this", "that", "his", "her", "its", "their", "'s", "\u2019s"}
    | {"former", "then", "ex", "onetime", "one-time", "current", "now", "later", "once"}
    | {"of", "for", "at", "in", "on", "to", "and", "with", "from"}
)
#: Office nouns a description resolved so may not have: a spokesman's is
#: :meth:`_Speakers.role_holder`'s, an "official" or a "source" is any of many.
_UNDESCRIBED_HEADS = frozenset({"spokesman", "spokeswoman", "spokesperson", "official", "source"})
#: A description after a name: in apposition ("NAME, the acting director of ...") or after a
#: copula ("NAME was the acting director of the CIA").
_DESCRIPTION_AFTER = re.compile(
    r"(?:\s*,\s*|\s+(?:was|is|has\s+been|had\s+been|became|served\s+as)\s+)"
    r"((?:the|a|an)\s+[^,.;:!?\"\u201c\u201d()]{3,100})"
)
#: A description written right before a name, back to the sentence's start, a comma or a
#: quotation mark ("Mumbai police commissioner, NAME").
_DESCRIPTION_BEFORE = re.compile(r"([^,.;:!?\"\u201c\u201d()]{3,60}?)\s*,?\s*\Z")
#: A run of two or more capitalised words: "Central Intelligence Agency".
_CAPITALISED_RUN = re.compile(r"(?:[A-Z][\w-]+\s+){1,5}[A-Z][\w-]+")
#: The complement of an office the parser left outside the description: "of the CIA".
_OFFICE_COMPLEMENT = re.compile(r"\s+of\s+(?:the\s+)?(?:[A-Z][\w.-]*\s*){1,5}")


def _description_words(text: str) -> set[str]:
    """The lower-cased words of a description, with the initials of each run of two or more
    capitalised words ("Central Intelligence Agency" -> "cia")."""
    words = _TITLE_WORD.findall(text.replace("\u2019s", " \u2019s").replace("'s", " 's"))
    found = {w.lower().rstrip(".") for w in words}
    found |= {"".join(w[0] for w in run.split()).lower() for run in _CAPITALISED_RUN.findall(text)}
    return found


def described_person(mention: Mention, named: list[Mention], text: str) -> Mention | None:
    """The PERSON of ``named`` that a description speaking stands for
    (:data:`DESCRIBED_PERSONS`): "A former acting director of the Central Intelligence
    Agency" -> the "John McLaughlin" of "John McLaughlin was the acting director of the CIA",
    when exactly one person of the document is described with the description's office noun
    and every other word of it; else None."""
    if not DESCRIBED_PERSONS or mention.label != "NOMINAL" or mention.plural:
        return None
    head = mention.head.lower()
    if head not in _TITLE_NOUNS or head in _UNDESCRIBED_HEADS:
        return None
    described = mention.span.text
    complement = _OFFICE_COMPLEMENT.match(text, mention.span.end)
    if complement is not None:  # "A former acting director" + "of the Central Intelligence ..."
        described += complement.group(0)
    runs = _CAPITALISED_RUN.findall(described)
    in_runs = {w.lower() for run in runs for w in run.split()}
    wanted = {
        w
        for w in _description_words(described) - in_runs
        if w not in _DESCRIPTION_FILLER and any(c.isalpha() for c in w)
    }
    wanted -= {"".join(w[0] for w in run.split()).lower() for run in runs}
    if head not in wanted or len(wanted) + len(runs) < 2:
        return None
    people: dict[str, Mention] = {}
    for name in named:
        if name.label != "PERSON" or name.span.start == mention.span.start:
            continue
        descriptions = []
        after = _DESCRIPTION_AFTER.match(text, name.span.end)
        if after is not None:
            descriptions.append(after.group(1))
        reach = max(0, name.span.start - 60)
        if mention.span.start < name.span.start:  # not the speaker's own description
            reach = max(reach, mention.span.end)
        before = _DESCRIPTION_BEFORE.search(text[reach : name.span.start])
        if before is not None and len(before.group(1).split()) <= 6:
            descriptions.append(before.group(1))
        for description in descriptions:
            held = _description_words(description)
            if wanted <= held and all(
                "".join(w[0] for w in run.split()).lower() in held
                or {w.lower() for w in run.split()} <= held
                for run in runs
            ):
                people.setdefault(bare_name(name_of(name)).lower(), name)
                break
    return next(iter(people.values())) if len(people) == 1 else None


#: Whether a pronoun speaker skips a speaker named inside what another speaker of that
#: sentence says ("Naranjo reported one letter from Reyes said an emissary ... He said
#: ..." is Naranjo, not Reyes): :meth:`_Speakers.outer_speakers` (round 27, readouts28).
#: Off: it makes one development claimer right (test13's claimer F1 +0.005 in either
#: scope) but moves no part's claimer+stance+target F1 (the bar set in advance), and
#: changes 1 claim of the allegations corpus; held out, test23 +0.005 in document scope.
EMBEDDED_SPEAKER = False
#: With ``ROLE_HOLDER`` (round 31, speakers32, issue 12): a lead's "A Chadian rebel spokesman
#: says P." followed at once by "NAME says Q.", the name new to the text and opening its
#: sentence with no office of its own, introduces NAME as that spokesman, so a later "The
#: rebel spokesman adds ..." (and the "He" after it) is NAME, not a description actor of its
#: own (:func:`_lead_introduced`).
LEAD_INTRODUCTION = False
#: Verbs of saying that follow the name a lead introduces ("NAME says", "NAME told VOA").
_LEAD_SPEECH = re.compile(
    r"\s*(?:says|said|adds|added|tells|told|warns|warned|insists|insisted|accuses|accused)\b"
)
#: How far (characters) an office noun may stand before the name it introduces ("An
#: exiled spokesman for the recently formed coalition known as X, NAME") or after it
#: ("NAME, a spokesman for ...").
_INTRODUCTION_REACH = 110
#: The heads of a description :meth:`_Speakers.role_holder` resolves, each with the office
#: nouns that introduce its holder (a spokeswoman may be introduced as "spokesperson").
#: "leader" and "commander" ("the Taliban leader") were measured too (round 22): no part
#: moved in either scope, so they are left out; "president", "secretary" and "minister"
#: took other office holders (benchmarks/claims/RESULTS.md, quoterun22).
_OFFICE = {
    "spokesman": "spokes(?:man|woman|person)",
    "spokeswoman": "spokes(?:man|woman|person)",
    "spokesperson": "spokes(?:man|woman|person)",
}


@cache
def _introductions(head: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """For an office head: the office noun anywhere (in an apposition after a name), and
    the office noun introducing the name right after it: "spokesman NAME", "spokesman for
    the coalition known as X, NAME" (the description's words, then a comma, up to the name;
    no sentence end or quotation between; a rank the tagger left out of the name,
    "Lieutenant", may stand before it)."""
    office = _OFFICE[head]
    return (
        re.compile(rf"\b(?:{office})\b", re.IGNORECASE),
        re.compile(
            rf"\b(?i:{office})(?:\s*,?\s*|\s+(?:for|of|at|in)\s[^.;:!?\"“”]*?,\s*)"
            r"(?:[A-Z][\w.]*\s+){0,2}\Z"
        ),
    )


#: Words before or inside a person's mention that mark the person's sex.
_MALE_MARKS = frozenset(
    [
        "mr",
        "mr.",
        "sir",
        "king",
        "prince",
        "lord",
        "spokesman",
        "chairman",
        "congressman",
        "businessman",
        "father",
        "son",
        "husband",
        "brother",
    ]
)
_FEMALE_MARKS = frozenset(
    [
        "mrs",
        "mrs.",
        "ms",
        "ms.",
        "miss",
        "madam",
        "madame",
        "dame",
        "lady",
        "queen",
        "princess",
        "spokeswoman",
        "chairwoman",
        "congresswoman",
        "businesswoman",
        "mother",
        "daughter",
        "wife",
        "sister",
    ]
)
#: The marks read just before a mention ("Mr. Achi", "Ms Berg").
_MARK_BEFORE = re.compile(r"\b([A-Za-z]+\.?)\s*$")
#: How many sentences a statement a colon introduces may run before a "We" (the colon's
#: sentence is this many back at most).
_STATEMENT_RUN = 3
_FIRST_PERSON_WORD = re.compile(r"\b(?:[Ww]e|[Oo]ur|us|I|[Mm]y)\b")
#: A colon inside a sentence that opens a first-person statement ("...: We condemn").
_INTRODUCING_COLON = re.compile(r":\s+[\"“]?(?:We|I|Our|My)\b")
_STATEMENT_SPEAKERS = frozenset(
    [ActorKind.PERSON, ActorKind.STATE, ActorKind.ORGANISATION, ActorKind.OUTLET]
)


def _lead_introduced(text: str, name: Mention, office: str) -> bool:
    """Whether ``name`` opens the sentence right after one whose subject is an indefinite
    holder of ``office`` ("A Chadian rebel spokesman says P. Makaila Nguebla says Q."),
    speaks there, and is not used earlier in the text (:data:`LEAD_INTRODUCTION`)."""
    prior = text[: name.span.start]
    if not prior.strip() or prior.rstrip()[-1:] not in '.!?"”' or not prior[-1:].isspace():
        return False
    if _uses_name(prior, name_of(name)):
        return False
    if _LEAD_SPEECH.match(text, name.span.end) is None:
        return False
    previous = re.split(r"(?<=[.!?])[\"”]?\s+", prior.rstrip())[-1]
    return re.match(rf"(?:A|An)\s+(?:[\w'’.-]+\s+){{0,5}}(?i:{office})\b", previous) is not None


def _uses_name(text: str, alias: str) -> bool:
    """Whether ``text`` uses a person's name ``alias`` by its last word, a whole
    capitalised word of three letters or more ("Mr. Mbeki" for "Thabo Mbeki")."""
    words = (bare_name(alias) or alias).split()
    if not words:
        return False
    wanted = words[-1]
    if len(wanted) < 3 or not wanted[0].isupper():
        return False
    return re.search(rf"(?<![\w-]){re.escape(wanted)}(?![\w-])", text) is not None


#: Whether a definite title speaking that nothing nearer resolved ("The Deputy Head of the
#: Office of the President emphasized ...", "the Deputy Prime Minister noted ...", "the
#: Adviser to the President said ...") is the person the document last named with a
#: matching title, however far back (round 34, titles35, issue 12;
#: :meth:`_Speakers.titled_holder`): the same office ("Deputy Head", not "Head"; "Minister",
#: not "Prime Minister"; "President", not "Vice President") and every other word of the
#: title among the holder's ("of the President"); a title no person was named with stays
#: as it is.  Without it the title beyond the nearer rules' reach was an actor of its own.
TITLE_BACKREFERENCE = True
#: Round 37 (claimers40, issue 12, test37's class (7)): with ``TITLE_BACKREFERENCE``, a title
#: whose complement is an office owned by a title ("The Head of the President's Office
#: thanked ...") is read as that office "of" its owner ("the Head of the Office of the
#: President") and so matches the person named with it ("Head of the Office of the President
#: of Ukraine Andriy Yermak"); before, any "'s" kept the title an actor of its own.
#: Measured (round 37, alone off against the rest on): no triple of any part moves in either
#: scope (the nearer rules resolve such titles once POSSESSIVE_NOT_NAMES is on); on by the
#: bar's clause for a switch that costs nothing measured.  On.
POSSESSED_OFFICE_TITLES = True
#: "the President's Office", "the Prime Minister's Office": an owner title and an office noun.
_POSSESSED_OFFICE = re.compile(
    r"(?<=\s)([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})['\u2019]s\s+"
    r"(Office|Administration|Secretariat|Staff)\b"
)
#: A title run written right before a name: capitalised words, joining words and dashes
#: ("Deputy Prime Minister - Minister for Reintegration of the ", "Adviser-Commissioner of
#: the President of Ukraine for ").
_TITLE_RUN = re.compile(r"((?:(?:[A-Z][\w.\u2019'-]*|of|the|to|for|and|on|[-\u2013\u2014])\s+)+)$")
#: Where a title's office noun ends: a complement ("of", "to", "for", "on") or a dash that
#: joins a second office ("Deputy Prime Minister - Minister for ...").
_TITLE_PARTS = re.compile(r"\s+[-\u2013\u2014]\s+|(?<=[a-z])-(?=[A-Z])")
_COMPLEMENT = frozenset({"of", "to", "for", "on"})
#: Words of a title that say nothing of the office: determiners and joining words.
_TITLE_FILLER = frozenset({"the", "a", "an", "and", "of", "to", "for", "on", "'s", "\u2019s"})
#: Titles another office noun stands for (a head of state or government is no "head"):
#: left to the publisher's own voice (:func:`kg.resolve.voice.own_head_title`).
_NOT_BACKREFERENCED = re.compile(r"head\s+of\s+(?:the\s+)?(?:state|government)", re.I)


def _office_words(part: str) -> list[str]:
    """The words of one office of a title before its complement, without the states and
    nationalities it is qualified by: "French Foreign Minister" -> ["foreign", "minister"],
    "Deputy Head of the Office" -> ["deputy", "head"]."""
    words: list[str] = []
    for word in _TITLE_WORD.findall(part):
        if word.lower() in _COMPLEMENT:
            break
        if (
            word.lower() in _TITLE_FILLER
            or not any(c.isalnum() for c in word)
            or lookup(word) is not None
        ):
            continue
        words.append(word.lower().rstrip("."))
    return words


def title_matches(description: str, title: str) -> bool:
    """Whether a definite title ("the Deputy Head of the Office of the President") names the
    office a person was named with (``title``, as written before the name): one of the
    title's offices (split at a dash) is the description's ("Deputy Head"), and every
    other word of the description is among the title's ("office", "president").

    >>> title_matches("the Deputy Head of the Office of the President",
    ...               "Deputy Head of the Office of the President of Ukraine")
    True
    >>> title_matches("the President", "Deputy Head of the Office of the President")
    False
    >>> title_matches("the Minister", "Deputy Prime Minister - Minister for Reintegration")
    True
    >>> title_matches("the President", "Vice President")
    False
    """
    text = " ".join(description.split())
    if _NOT_BACKREFERENCED.search(text):
        return False
    office = _office_words(_TITLE_PARTS.split(text)[0])  # "the Deputy Prime Minister - ..."
    if not office or office[-1] not in _TITLE_NOUNS | coref.TITLE_NOUNS:
        return False
    parts = _TITLE_PARTS.split(title)
    if not any(_office_words(part) == office for part in parts):
        return False
    held = {w.lower().rstrip(".") for w in _TITLE_WORD.findall(title)}
    wanted = {w.lower().rstrip(".") for w in _TITLE_WORD.findall(text)} - _TITLE_FILLER
    return {w for w in wanted if lookup(w) is None and any(c.isalnum() for c in w)} <= held


def written_title(text: str, start: int) -> str | None:
    """The title written right before a name that starts at ``start`` ("Deputy Head of the
    Office of the President" of "... Deputy Head of the Office of the President Andriy
    Smyrnov reported"), holding an office noun; None when none is.

    >>> text = "Earlier, Deputy Prime Minister - Minister for Reintegration Iryna V said"
    >>> written_title(text, text.index("Iryna"))
    'Deputy Prime Minister - Minister for Reintegration'
    >>> written_title("It was said by Iryna V", 15) is None
    True
    """
    run = _TITLE_RUN.search(text[max(0, start - 200) : start])
    if run is None:
        return None
    words = run.group(1).split()
    while words and (words[0].lower() in _TITLE_FILLER or words[0] in "-\u2013\u2014"):
        words = words[1:]
    while words and (words[-1].lower() in _TITLE_FILLER or words[-1] in "-\u2013\u2014"):
        words = words[:-1]
    title = " ".join(words)
    lowered = {w.lower().rstrip(".") for w in _TITLE_WORD.findall(title)}
    if not title or lowered.isdisjoint(_TITLE_NOUNS | coref.TITLE_NOUNS):
        return None
    return title


class _Speakers(_State):
    """Who a single claimer stands for when it does not name itself."""

    def role_holder(self, mention: Mention, named: list[Mention]) -> tuple[Mention, bool] | None:
        """ "The spokesman says ..." five sentences after "An exiled spokesman for the
        coalition, NAME, tells VOA ...", or in a lead paragraph whose next sentences name
        him: the one person of the document (``named``, its named mentions) whose name
        stands in apposition with the description's spokesman noun ("spokesman NAME",
        "spokesman for X, NAME", "NAME, a spokesman for X,"), however far away; None when
        no person or two people are introduced so (the person's name mention is returned).
        Only a singular definite description ("the", "this") headed by a spokesman noun is
        read so: "the president" or "the secretary" is as often another office holder than
        the one a title names ("Press Secretary NAME" is no secretary of state)."""
        head = mention.head.lower()
        words = mention.span.text.split()
        if (
            mention.plural
            or not words
            or words[0].lower() not in ("the", "this")
            or head not in _OFFICE
        ):
            return None
        text = self.extraction.article.text
        office, introducing = _introductions(head)
        before: dict[str, Mention] = {}
        after: list[Mention] = []
        lead: list[Mention] = []
        for name in named:
            if name.label != "PERSON" or name.span.start == mention.span.start:
                continue
            ahead = text[max(0, name.span.start - _INTRODUCTION_REACH) : name.span.start]
            behind = text[name.span.end : name.span.end + _INTRODUCTION_REACH]
            apposition = behind[1:].split(",")[0] if behind.startswith(",") else ""
            if LEAD_INTRODUCTION and _lead_introduced(text, name, _OFFICE[head]):
                lead.append(name)
                continue
            if not (introducing.search(ahead) or office.search(apposition)):
                continue
            if mention.span.end <= name.span.start <= mention.span.end + _INTRODUCTION_REACH and (
                introducing.search(text[mention.span.start : name.span.start])
            ):
                return name, True  # "The U.N. military spokesman in X, Colonel NAME confirms"
            if name.span.start < mention.span.start:
                before.setdefault(bare_name(name_of(name)).lower(), name)
            else:
                after.append(name)
        if not before and len(lead) == 1 and lead[0].span.start < mention.span.start:
            # "A rebel spokesman says P. NAME says Q. ... The rebel spokesman adds": NAME
            return lead[0], True
        if before:
            # the spokesman introduced earlier, if only one was
            return (next(iter(before.values())), False) if len(before) == 1 else None
        # a lead's "The spokesman for X says ..." named in the sentences after it
        first = min(after, key=lambda n: n.span.start, default=None)
        return None if first is None else (first, False)

    def titled_holder(self, mention: Mention) -> str | None:
        """The person a definite title speaking stands for (:data:`TITLE_BACKREFERENCE`):
        the one the document last named, before it, with a title that matches it
        (:func:`title_matches`): a title written right before the name, the part of a
        mention the name ends ("Deputy Head of the Office of the President" of the claimer
        "Deputy Head of the Office of the President Rostyslav Shurma"), or a title the
        person holds; None when nobody was named with one."""
        if not TITLE_BACKREFERENCE or mention.label != "NOMINAL" or mention.plural:
            return None
        words = mention.span.text.split()
        described = mention.span.text
        if POSSESSED_OFFICE_TITLES:
            described = _POSSESSED_OFFICE.sub(r"\2 of the \1", described)
        if len(words) < 2 or words[0].lower() != "the" or "'s" in described:
            return None
        text = self.extraction.article.text
        for previous, actor_id in reversed(self.seen):
            if previous.span.end > mention.span.start:
                continue
            builder = self.builders.get(actor_id)
            if builder is None or builder.kind is not ActorKind.PERSON:
                continue
            titles = [*builder.roles]
            written = written_title(text, previous.span.start)
            if written is not None:
                titles.append(written)
            surface = previous.span.text
            if surface != builder.name and surface.endswith(" " + builder.name):
                # "Ukraine Volodymyr Zelenskyy" after "President of", the title's state
                ahead = written_title(text, previous.span.start) or ""
                titles.append(f"{ahead} {surface[: -len(builder.name)]}".strip())
            if POSSESSED_OFFICE_TITLES:  # "Head of the President's Office Andriy Yermak"
                titles = [_POSSESSED_OFFICE.sub(r"\2 of the \1", f" {t}").strip() for t in titles]
            if any(title_matches(described, t) for t in titles if t):
                return actor_id
        return None

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
        quoting |= self.other_sex(mention)
        if NAMED_IN_SPEECH:
            quoting |= self.named_in_speech(mention)
        speakers = [(m, a) for m, a in self.spoken_actors() if a.id not in quoting]
        if EMBEDDED_SPEAKER:
            speakers = self.outer_speakers(mention, speakers)
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
        continued = self.run_speaker(mention, quoting) if RUN_SPEAKER else None
        if continued is not None:
            return continued
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

    def outer_speakers(
        self, mention: Mention, speakers: list[tuple[Mention, Actor]]
    ) -> list[tuple[Mention, Actor]]:
        """``speakers`` without those named inside the content of another speaker's claim
        before the pronoun ``mention``: "National police director Oscar Naranjo reported one
        letter from Reyes said an emissary ... had offered ties. He said ..." is Naranjo,
        whose report names Reyes; "He alleged that the army is helping Joseph Kony, who
        said ... 'They give them land mines,' he said" is not Kony.  A pronoun inside that
        content itself may still be the inner speaker, and so may one the outer speaker
        does not fit or one an "according to" source relays."""
        claims = [
            c
            for c in self.extraction.claims
            if c.content is not None
            and c.claimer.span.end <= mention.span.start
            and not c.content.start <= mention.span.start < c.content.end
            # "According to Xinhua, the Chinese report says ... It cites ...": a source
            # relays the speaker inside, whom the pronoun continues
            and "according_to" not in c.rule.split("+")
        ]
        if not claims:
            return speakers
        fitting = {
            (m.span.start, m.span.end): a.id
            for m, a in speakers
            if coref.speaker_fits(mention.head.lower(), m, a)
        }
        kept = []
        for previous, actor in speakers:
            inside = any(
                c.content is not None
                and c.content.start <= previous.span.start
                and previous.span.end <= c.content.end
                and fitting.get((c.claimer.span.start, c.claimer.span.end)) not in (None, actor.id)
                for c in claims
            )
            if not inside:
                kept.append((previous, actor))
        return kept

    def named_in_speech(self, mention: Mention) -> set[str | None]:
        """The persons seen so far whose name a "he"/"she" claimer's own content uses: "He
        says Mr. Mbeki long fought apartheid" is not Mbeki (a pronoun and a name it
        c-commands never corefer; news copy that continues a speaker's words names others
        in them).  A person counts by the last word of a name ("Mr. Mbeki" for "Thabo
        Mbeki").  Persons only: "it" and a state or body do not obey it, since the resolver
        makes a government its state ("The Venezuelan government released video it says
        proves ... to sabotage Venezuela's economy" is Venezuela's).  Empty when the
        claimer says nothing the extraction kept."""
        if mention.label != "PRON" or mention.head.lower() not in ("he", "she"):
            return set()
        content = getattr(self, "said", {}).get((mention.span.start, mention.span.end))
        if content is None:
            return set()
        text = self.extraction.article.text[content[0] : content[1]]
        if not text:
            return set()
        named: set[str | None] = set()
        for actor_id, builder in self.builders.items():
            if builder.kind is not ActorKind.PERSON:
                continue
            if any(_uses_name(text, a) for a in {builder.name, *builder.aliases}):
                named.add(actor_id)
        return named

    def sexes(self) -> dict[str, set[str]]:
        """What the text so far marks of each person's sex, "he" or "she": an honorific or
        a title before a mention ("Mr. Achi", "Ms Berg", "Queen ..."), a noun of one sex in
        it or its role ("the spokeswoman"), an earlier "he"/"she" speaker resolved to the person."""
        text = self.extraction.article.text
        found: dict[str, set[str]] = {}
        for previous, actor_id in self.seen:
            if self.builders[actor_id].kind is not ActorKind.PERSON:
                continue
            words = [w.lower() for w in f"{previous.span.text} {previous.role or ''}".split()]
            start = previous.span.start
            before = _MARK_BEFORE.search(text[max(0, start - 12) : start])
            if before is not None:
                words.append(before.group(1).lower())
            if any(w in _MALE_MARKS for w in words):
                found.setdefault(actor_id, set()).add("he")
            if any(w in _FEMALE_MARKS for w in words):
                found.setdefault(actor_id, set()).add("she")
        for previous, actor_id in self.spoken:
            head = previous.head.lower()
            if previous.label == "PRON" and head in chain.PERSONAL_PRONOUNS:
                found.setdefault(actor_id, set()).add(head)
        return found

    def other_sex(self, mention: Mention) -> set[str | None]:
        """The persons the text marks as of the other sex than a "he" or "she" speaker
        (:meth:`sexes`; marks that disagree say nothing): not what the pronoun stands
        for ("Mr. Achi said ... She added ..." is not Achi)."""
        pronoun = mention.head.lower()
        if not SEX_AGREEMENT or mention.label != "PRON" or pronoun not in chain.PERSONAL_PRONOUNS:
            return set()
        return {i for i, marks in self.sexes().items() if marks and pronoun not in marks}

    def run_speaker(self, mention: Mention, quoting: set[str | None]) -> str | None:
        """'X blamed the militants. "A. B.\n"C," he said.': a "he" or "she" that no
        speaker within reach of its mention resolves is the speaker of the latest claim in
        the sentences just before it, where a quotation run continued that speaker's words
        (``follow_on_quote`` and ``unquoted_bite`` claims reuse the mention that named the
        speaker sentences back, so counting from that mention puts the speaker out of
        reach).  None when that claim's speaker does not fit the pronoun or is the one the
        pronoun's own quotation is about."""
        pronoun = mention.head.lower()
        if mention.label != "PRON" or pronoun not in chain.PERSONAL_PRONOUNS:
            return None
        start = self.quotation_start(mention)
        before = [
            c
            for c in self.extraction.claims
            if 0 < start.sentence - c.sentence <= coref.PRONOUN_WINDOW
            and c.claimer.span.end <= mention.span.start
            and c.claimer.sentence < c.sentence
        ]
        if not before:
            return None
        last = max(before, key=lambda c: (c.sentence, c.cue.start))
        actor_id = self.of_mention.get((last.claimer.span.start, last.claimer.span.end))
        if actor_id is None or actor_id in quoting:
            return None
        actor = self.builders[actor_id].actor()
        return actor_id if coref.speaker_fits(pronoun, last.claimer, actor) else None

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
            if subject.span.start == mention.span.start:
                continue
            if not chain.names_a_person(subject):
                inside = self.person_inside(subject) if sentence == mention.sentence else None
                if inside is not None and inside not in quoting:
                    return inside
                introduced = self.introduced_person(subject)
                if introduced is not None and introduced not in quoting:
                    return introduced
                continue
            actor_id = self.subject_actor(subject)
            if actor_id is not None and actor_id not in quoting:
                return actor_id
        return None

    def introduced_person(self, subject: Mention) -> str | None:
        """With :data:`chain.INTRODUCED_PERSON`: a subject the tagger did not take for a
        person that its sentence introduces as one ("Semih Idiz publishes his opinions
        ...", "Phan Van On is the chairman of ...": :func:`chain.introduced_person`), as a
        person actor; None otherwise."""
        if not chain.INTRODUCED_PERSON:
            return None
        sentences = self.extraction.sentences
        if not 0 <= subject.sentence < len(sentences):
            return None
        text = self.extraction.article.text
        if not chain.introduced_person(text, subject, sentences[subject.sentence].end):
            return None
        actor_id = self.of_mention.get((subject.span.start, subject.span.end))
        if actor_id is None:
            actor_id = self.fallback(subject)
            at = sum(1 for m, _ in self.seen if m.span.start < subject.span.start)
            self.seen.insert(at, (subject, actor_id))
        builder = self.builders[actor_id]
        if builder.kind not in (ActorKind.PERSON, ActorKind.OTHER, ActorKind.ORGANISATION):
            return None  # a state or group the name already stands for
        builder.kind = ActorKind.PERSON
        return actor_id

    def person_inside(self, subject: Mention) -> str | None:
        """ "The office of President X says he declared ...", "Lawyers for X said he ...":
        the one person named inside a subject that is no person itself, whom a "he"/"she"
        of the subject's own sentence stands for (:data:`chain.NAMED_INSIDE`); None when
        no person or several are named there."""
        if not chain.NAMED_INSIDE:
            return None
        end = max(  # the subject's whole phrase, as the claim it makes gives it
            (
                c.claimer.span.end
                for c in self.extraction.claims
                if c.claimer.span.start == subject.span.start
            ),
            default=subject.span.end,
        )
        found = {
            actor_id
            for previous, actor_id in self.seen
            if subject.span.start <= previous.span.start
            and previous.span.end <= end
            and self.builders[actor_id].kind is ActorKind.PERSON
        }
        return found.pop() if len(found) == 1 else None

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
        described = self.described_holder(subject)
        if described is not None:
            return described  # "A former acting director of the CIA" (DESCRIBED_PERSONS)
        actor_id = self.fallback(subject)
        at = sum(1 for m, _ in self.seen if m.span.start < subject.span.start)
        self.seen.insert(at, (subject, actor_id))
        return actor_id

    def described_holder(self, description: Mention) -> str | None:
        """The person actor a description of an office holder stands for by
        :func:`described_person` (the resolver knows the names' actors); None here."""
        return None

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
