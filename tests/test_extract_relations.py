"""Relations read off the dependency parse of real news sentences of many shapes."""

from __future__ import annotations

import pytest

from kg.extract.relations import extract_relations
from kg.model import Relation


@pytest.fixture(scope="module")
def relations_of(nlp):
    def read(text: str) -> tuple[Relation, ...]:
        doc = nlp(text)
        relations = extract_relations(doc)
        for relation in relations:  # every span is an honest slice of the text
            spans = [relation.subject, relation.predicate_span, *relation.arguments]
            if relation.object is not None:
                spans.append(relation.object)
            for span in spans:
                assert text[span.start : span.end] == span.text
            assert 0.0 <= relation.confidence <= 1.0
        return relations

    return read


def triples(relations: tuple[Relation, ...]) -> list[tuple[str, str, str | None]]:
    return [(r.subject.text, r.predicate, r.object.text if r.object else None) for r in relations]


def only(relations: tuple[Relation, ...], predicate: str) -> Relation:
    found = [r for r in relations if r.predicate == predicate]
    assert len(found) == 1, triples(relations)
    return found[0]


def test_active_clause_keeps_whole_noun_phrases(relations_of):
    text = (
        "During the 2018 US midterm election, President Donald Trump personally approved "
        "a military cyber operation."
    )
    relation = only(relations_of(text), "approve")
    assert relation.subject.text == "President Donald Trump"
    assert relation.object is not None
    assert relation.object.text == "a military cyber operation"
    assert relation.predicate_span.text == "approved"
    assert [a.text for a in relation.arguments] == ["During the 2018 US midterm election"]
    assert not relation.negated and not relation.passive and relation.modality is None
    assert relation.sentence == 0


def test_relative_pronoun_is_replaced_by_its_antecedent(relations_of):
    text = (
        "Trump approved a military cyber operation that blocked internet access for the "
        "St.Petersburg-based Internet Research Agency (IRA)."
    )
    relations = relations_of(text)
    assert only(relations, "approve").object.text == "a military cyber operation"
    block = only(relations, "block")
    assert block.subject.text == "a military cyber operation"
    assert block.object.text.startswith("internet access")
    assert block.object.text.endswith("Internet Research Agency (IRA)")
    assert block.confidence < only(relations, "approve").confidence


def test_passive_with_agent_is_turned_around(relations_of):
    text = "The company was fined $5 million by the European Commission in March."
    relation = next(r for r in relations_of(text) if r.passive)
    assert relation.subject.text == "the European Commission"
    assert relation.object.text == "The company"
    assert relation.predicate_span.text == "was fined"
    assert "in March" in [a.text for a in relation.arguments]


def test_reduced_passive_with_agent(relations_of):
    text = "The suspect, arrested by French police on Monday, is a 34-year-old man from Lyon."
    relations = relations_of(text)
    arrest = only(relations, "arrest")
    assert (arrest.subject.text, arrest.object.text) == ("French police", "The suspect")
    assert arrest.passive
    assert [a.text for a in arrest.arguments] == ["on Monday"]
    copula = only(relations, "be")
    assert (copula.subject.text, copula.object.text) == (
        "The suspect",
        "a 34-year-old man from Lyon",
    )


def test_passive_without_agent_keeps_the_patient_as_subject(relations_of):
    relations = relations_of("Three soldiers were killed in the attack.")
    relation = only(relations, "be killed in")
    assert relation.subject.text == "Three soldiers"
    assert relation.object.text == "the attack"
    assert relation.passive
    assert relation.confidence < 0.9


def test_conjoined_subjects_give_one_relation_each(relations_of):
    text = "Both the Kremlin and Trump himself have repeatedly denied the allegations."
    relations = relations_of(text)
    assert triples(relations) == [
        ("the Kremlin", "deny", "the allegations"),
        ("Trump", "deny", "the allegations"),
    ]
    assert relations[0].predicate_span.text == "have repeatedly denied"


def test_conjoined_verbs_inherit_the_subject_with_lower_confidence(relations_of):
    relations = relations_of("Iran seized a British-flagged tanker and detained its crew.")
    assert triples(relations) == [
        ("Iran", "seize", "a British-flagged tanker"),
        ("Iran", "detain", "its crew"),
    ]
    assert relations[1].confidence < relations[0].confidence


def test_conjoined_objects_give_one_relation_each(relations_of):
    text = "Police arrested the mayor and two of his deputies on corruption charges."
    relations = relations_of(text)
    assert [r.object.text for r in relations if r.predicate == "arrest"] == [
        "the mayor",
        "two of his deputies",
    ]


def test_conjunction_inside_an_argument_stays_in_it(relations_of):
    text = "The European Union imposed sanctions on Russian banks and energy companies."
    relation = only(relations_of(text), "impose")
    assert relation.object.text == "sanctions on Russian banks and energy companies"


def test_prepositional_object_joins_the_predicate(relations_of):
    text = "The Kremlin did not respond to a request for comment."
    relation = only(relations_of(text), "respond to")
    assert relation.object.text == "a request for comment"
    assert relation.negated
    assert relation.predicate_span.text == "did not respond to"


def test_particles_join_the_predicate(relations_of):
    relation = only(relations_of("The hackers shut the network down for three days."), "shut down")
    assert relation.object.text == "the network"
    assert relation.predicate_span.text == "shut"  # the object sits between verb and particle
    assert [a.text for a in relation.arguments] == ["for three days"]
    text = "Ukraine's military said it shot down 30 drones overnight."
    assert only(relations_of(text), "shoot down").object.text == "30 drones"


def test_infinitive_chain_stays_in_the_predicate_and_modal_in_modality(relations_of):
    text = (
        "US intelligence director Dan Coats claimed that Russia will seek to meddle in the "
        "election."
    )
    relations = relations_of(text)
    claim = only(relations, "claim")
    assert claim.subject.text == "US intelligence director Dan Coats"
    assert claim.object.text == "Russia will seek to meddle in the election"
    meddle = only(relations, "seek to meddle in")
    assert (meddle.subject.text, meddle.object.text) == ("Russia", "the election")
    assert meddle.modality == "will"
    assert meddle.predicate_span.text == "will seek to meddle in"
    assert not [r for r in relations if r.predicate == "meddle in"]  # no bare duplicate


def test_negation_forms(relations_of):
    assert only(relations_of("Israel never confirmed the strike."), "confirm").negated
    relation = only(relations_of("China will no longer buy soybeans from Iowa farmers."), "buy")
    assert relation.negated and relation.modality == "will"
    assert not only(relations_of("Israel confirmed the strike."), "confirm").negated


def test_modal_auxiliaries(relations_of):
    assert only(relations_of("Turkey may block Sweden's bid."), "block").modality == "may"
    assert only(relations_of("The sanctions could hurt ordinary Iranians."), "hurt").modality == (
        "could"
    )
    negated = only(relations_of("The court won't hear the case."), "hear")
    assert negated.modality == "will" and negated.negated


def test_copula(relations_of):
    relation = only(relations_of("Germany is the largest economy in Europe."), "be")
    assert (relation.subject.text, relation.object.text) == (
        "Germany",
        "the largest economy in Europe",
    )
    adjective = only(relations_of("The allegations are absolutely unsubstantiated."), "be")
    assert adjective.object.text == "absolutely unsubstantiated"


def test_relative_clause_with_object_antecedent(relations_of):
    text = "Washington blames Russia for the attacks, something that the Kremlin has denied."
    deny = only(relations_of(text), "deny")
    assert (deny.subject.text, deny.object.text) == ("the Kremlin", "something")
    assert deny.arguments == ()  # the relative pronoun is not an argument


def test_speech_verb_takes_its_clause_and_the_clause_gives_its_own_relation(relations_of):
    text = "A source told the newspaper that the agency remained offline for a few days."
    relations = relations_of(text)
    tell = only(relations, "tell")
    assert (tell.subject.text, tell.object.text) == ("A source", "the newspaper")
    assert [a.text for a in tell.arguments] == ["the agency remained offline for a few days"]
    remain = only(relations, "remain")
    assert (remain.subject.text, remain.object.text) == ("the agency", "offline")
    said = only(relations_of("The ministry said the talks had failed."), "say")
    assert said.object.text == "the talks had failed"


def test_object_control_and_subject_control(relations_of):
    urged = relations_of("The United Nations urged both sides to halt the fighting.")
    assert only(urged, "halt").subject.text == "both sides"
    purpose = relations_of("The army used drones to attack the convoy.")
    assert only(purpose, "attack").subject.text == "The army"


def test_output_is_in_text_order_and_deterministic(nlp):
    text = (
        "North Korea fired two ballistic missiles on Sunday. Japan protested, and South Korea "
        "convened its national security council."
    )
    first = extract_relations(nlp(text))
    assert first == extract_relations(nlp(text))
    starts = [r.predicate_span.start for r in first]
    assert starts == sorted(starts)
    assert [r.sentence for r in first] == [0, 1, 1]
    assert first[2].subject.text == "South Korea"


def test_no_relation_without_a_subject(relations_of):
    assert relations_of("Breaking news.") == ()


def test_apposition_is_a_verbless_copula_and_leaves_the_subject_phrase(relations_of):
    text = "Dmitry Peskov, the Kremlin spokesman, dismissed the report as speculation."
    relations = relations_of(text)
    identity = only(relations, "be")
    assert (identity.subject.text, identity.object.text) == (
        "Dmitry Peskov",
        "the Kremlin spokesman",
    )
    assert identity.predicate_span.text == ""
    assert identity.confidence < 0.6
    dismiss = only(relations, "dismiss")
    assert dismiss.subject.text == "Dmitry Peskov"
    assert dismiss.object.text == "the report"
    assert [a.text for a in dismiss.arguments] == ["as speculation"]


def test_coordinated_verbs_share_a_following_object(relations_of):
    relations = relations_of("Parliament debated and approved the budget on Friday.")
    assert [(r.predicate, r.object.text) for r in relations] == [
        ("debate", "the budget"),
        ("approve", "the budget"),
    ]
    # the borrowed object and the inherited subject both lower the confidence
    assert all(r.confidence < 0.9 for r in relations)


def test_conjunction_inside_a_name_is_not_split(relations_of):
    relation = only(relations_of("Investors sued Procter and Gamble over the recall."), "sue")
    assert relation.object.text == "Procter and Gamble"
    assert [a.text for a in relation.arguments] == ["over the recall"]


def test_place_relative_clause_does_not_make_the_place_an_object(relations_of):
    text = "The convoy reached Kherson, where it came under fire."
    come = only(relations_of(text), "come under")
    assert (come.subject.text, come.object.text) == ("it", "fire")


def test_whitespace_inside_text_stays_out_of_spans(relations_of):
    text = "Russia will\u00a0seek to\u00a0meddle in\u00a0the election\u00a0 again."
    relation = only(relations_of(text), "seek to meddle in")
    assert relation.predicate_span.text == "will\u00a0seek to\u00a0meddle in"
    assert relation.object.text == "the election"


def test_participle_modifies_the_parsers_noun(relations_of):
    relations = relations_of(
        "The statement by the ministry, issued on Monday, rejected the claims."
    )
    assert ("The statement by the ministry", "reject", "the claims") in triples(relations)
    issued = only(relations, "be issued on")
    assert issued.subject.text == "The statement by the ministry"


def test_bracketed_insertion_glosses_the_word_before_it(relations_of):
    relations = relations_of(
        "The raid on the compound [, described by the army as a weapons depot and searched by "
        "police last year] drew protests from residents."
    )
    described = only(relations, "describe")
    assert described.subject.text == "the army"
    assert described.object is not None and described.object.text == "the compound"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The London-based Syrian Observatory for Human Rights said 40 people died.",
            ("Syrian Observatory for Human Rights", "be based in", "London"),
        ),
        (
            "Iran-backed Houthi rebels attacked a cargo ship in the Red Sea.",
            ("Iran", "back", "Houthi rebels"),
        ),
        (
            "The Saudi-led coalition denied the report on Tuesday.",
            ("Saudi", "lead", "coalition"),
        ),
    ],
)
def test_name_participle_compounds_state_relations(relations_of, sentence, expected):
    assert expected in triples(relations_of(sentence))


def test_compound_without_a_name_states_nothing(relations_of):
    relations = relations_of("State-owned media said the talks had failed.")
    assert all(r.predicate not in ("own", "be based in") for r in relations)


def test_rules_can_be_switched_off_one_by_one(nlp):
    from kg.extract.relations import RULES

    doc = nlp(
        "Ned Price, the State Department spokesman, said Russia and Iran meddled in the vote."
    )
    every = extract_relations(doc)
    assert ("Ned Price", "be", "the State Department spokesman") in triples(every)
    assert {"Russia", "Iran"} <= {r.subject.text for r in every if r.predicate == "meddle in"}
    without_appositions = extract_relations(doc, RULES - {"apposition"})
    assert all(r.predicate != "be" for r in without_appositions)
    # without conjunction expansion the coordination stays one argument
    whole = extract_relations(doc, RULES - {"noun_conjunction"})
    assert [r.subject.text for r in whole if r.predicate == "meddle in"] == ["Russia and Iran"]
    # without nested clauses the speech verb's complement gives no relation of its own
    assert all(
        r.predicate != "meddle in" for r in extract_relations(doc, RULES - {"nested_clause"})
    )
    with pytest.raises(ValueError, match="unknown relation rules"):
        extract_relations(doc, frozenset({"no_such_rule"}))


def test_a_title_before_a_name_is_a_role(relations_of):
    relations = relations_of("Russian Foreign Minister Sergei Lavrov met Dr. Anthony Fauci.")
    assert ("Sergei Lavrov", "be", "Russian Foreign Minister") in triples(relations)
    assert not any(r.object is not None and r.object.text == "Dr." for r in relations)


def test_a_noun_placed_in_a_named_place(relations_of):
    relations = relations_of("Four other countries in Europe signed the accord in 2019.")
    assert ("Four other countries", "be in", "Europe") in triples(relations)
    # a year is no place: no "be in 2019"
    assert not any(r.predicate == "be in" and r.object.text == "2019" for r in relations)


def test_longer_sentences_give_lower_confidence(relations_of):
    short = only(relations_of("Russia denied the report."), "deny")
    long = only(
        relations_of(
            "Russia, which has repeatedly been accused by Western governments of interfering "
            "in elections across Europe and North America over the past decade, denied the "
            "report on Tuesday."
        ),
        "deny",
    )
    assert long.confidence < short.confidence


def test_a_clause_on_an_apposition_is_about_the_name(relations_of):
    text = (
        "The Institut Constant de Rebecque, a Swiss think tank founded in Lausanne in 2005, "
        "is named after Benjamin Constant."
    )
    founded = next(r for r in relations_of(text) if r.predicate.startswith("be founded"))
    assert founded.subject.text == "The Institut Constant de Rebecque"
    assert founded.surface == "founded in"
