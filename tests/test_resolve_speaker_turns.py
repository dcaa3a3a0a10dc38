"""Speaker turns of official transcripts (kg.resolve.voice): every speaker label starts a
turn, whoever the name tagger found; a journalist's "Question:" speaks for no official;
a title's "President Biden" is the Biden titled President.

The texts are excerpts of Kremlin transcripts from the dispute corpus (``corpus/``) that
hold no sentence of the allegation gold set (``benchmarks/allegations/gold.jsonl``):
"Meeting with Foreign Minister Sergei Lavrov" (en.kremlin.ru/events/president/news/67766,
2022-02-14) and "Meeting with Human Rights Commissioner Tatyana Moskalkova" (.../68576,
2022-06-06), with the corpus's label formats ("Question:" as in its news conferences).
"""

from __future__ import annotations

from kg.extract import extract
from kg.model import Actor, ActorKind, Article, DocumentGraph
from kg.resolve import ActorRegistry, resolve
from kg.resolve.voice import _label_name

KREMLIN = "President of Russia"

PUTIN_OPENS = (
    "Vladimir Putin had a working meeting with Foreign Minister Sergei Lavrov.\n\n"
    "President of Russia Vladimir Putin: Mr Lavrov, we agreed today that the Foreign "
    "Ministry would present its views on the responses we received to our proposals. "
    "I know that this analysis has been done. "
)
REMINDING = (
    "We are reminding the Americans and our other Western colleagues that this right, "
    "formalised in OSCE top-level decisions at the 1999 and 2010 summits, is not "
    "unconditional."
)
# The Kremlin's credit line, as the corpus has it: office, name, name again glued to office
LAVROV_TURN = (
    "Foreign Minister Sergei Lavrov Lavrov SergeiForeign Minister of Russia: Mr President, "
    "We have been working on your instructions since mid-December. " + REMINDING
)


def build(nlp, text: str, title: str, registry: ActorRegistry | None = None) -> DocumentGraph:
    article = Article("doc", text, "-", title=title, outlet=KREMLIN, published="2022-02-14")
    return resolve(extract(nlp(text), article), registry or ActorRegistry())


def claimers_of(graph: DocumentGraph, sentence: str) -> set[str]:
    """The claimers of the claims made in the sentence that begins like ``sentence``."""
    text = graph.article.text
    spans = [graph.sentences[c.claim.sentence] for c in graph.claims]
    return {
        c.claimer
        for c, span in zip(graph.claims, spans, strict=True)
        if sentence.startswith(text[span.start : span.end][:40])
    }


def test_a_credit_line_label_hands_the_turn_to_its_speaker(nlp) -> None:
    graph = build(nlp, PUTIN_OPENS + LAVROV_TURN, "Meeting with Foreign Minister Sergei Lavrov")
    said = claimers_of(graph, REMINDING)
    assert said == {"sergei-lavrov"}  # not the President's: the label ends his turn


def test_a_question_turn_speaks_for_no_official(nlp) -> None:
    text = PUTIN_OPENS + "Question: Mr President, I have a question. " + REMINDING
    graph = build(nlp, text, "Meeting with Foreign Minister Sergei Lavrov")
    assert claimers_of(graph, REMINDING) == set()
    # the same words in the President's own turn are his
    graph = build(nlp, PUTIN_OPENS + REMINDING, "Meeting with Foreign Minister Sergei Lavrov")
    assert claimers_of(graph, REMINDING) == {"vladimir-putin"}


def test_an_unknown_named_speaker_ends_the_previous_turn(nlp) -> None:
    text = PUTIN_OPENS + "Marat Naskhutdinov: Mr President, colleagues. " + REMINDING
    graph = build(nlp, text, "Meeting with Foreign Minister Sergei Lavrov")
    assert "vladimir-putin" not in claimers_of(graph, REMINDING)


def test_headings_with_colons_are_no_turns(nlp) -> None:
    # a statement's section headings ("Side Events:") make no transcript of it
    text = "Side Events: Russia led three side events.\n\n" + REMINDING
    graph = build(nlp, text, "Outcomes of the session")
    assert claimers_of(graph, REMINDING) == {"russia"}  # the publisher's "we", as before


def test_headings_the_tagger_takes_for_people_are_no_turns(nlp) -> None:
    # "Joint Statements:" heads a section of a State Department outcomes page; the name
    # tagger reads it as a person: with no office, no known person and no question among
    # its labels the text is no transcript
    text = "Joint Statements: Russia led two joint statements.\n\n" + REMINDING
    graph = build(nlp, text, "Outcomes of the session")
    assert claimers_of(graph, REMINDING) == {"russia"}


def test_a_titles_surname_is_the_person_titled_so(nlp) -> None:
    registry = ActorRegistry()
    registry.add(Actor("joe-biden", "Joe Biden", ActorKind.PERSON, roles=("President",)))
    registry.add(Actor("jill-biden", "Jill Biden", ActorKind.PERSON, roles=("First Lady",)))
    text = "I condemn the use of violence against peaceful protestors."
    article = Article(
        "doc", text, "-", title="Statement by President Biden on Iran", outlet="The White House"
    )
    graph = resolve(extract(nlp(text), article), registry)
    assert [c.claimer for c in graph.claims] == ["joe-biden"]


def test_label_names() -> None:
    assert _label_name("Foreign Minister Sergei Lavrov Lavrov SergeiForeign Minister") == (
        "Sergei Lavrov"
    )
    assert _label_name("Human Rights Commissioner Tatyana Moskalkova Moskalkova Tatyana") == (
        "Tatyana Moskalkova"
    )
    assert _label_name("Prime Minister of Greece Kyriakos Mitsotakis") == "Kyriakos Mitsotakis"
    assert _label_name("Question") is None and _label_name("Note") is None
