"""Whom an accusation, a denial or a threat names, read from the verb's own arguments:
untagged proper names ("the Dalai Lama"), each of several accused when the charge hangs on
the last ("blamed A and B for ..."), the members a group of the accused names ("several
groups including A and B"), a state's agents as the state ("U.S. diplomats"), whom a
threatened cut-off is aimed at ("to halt gas deliveries to Ukraine"), and a description of
a state's government as the state ("the Sudanese government").

Sentences are wire-style news copy in no part of the claims gold set
(``benchmarks/claims/gold.jsonl``); each test asserts claimer, stance and targets after
resolution, and the negative cases what must not be read.
"""

from __future__ import annotations

from spacy.language import Language

from kg.extract import extract
from kg.model import ActorKind, Article
from kg.resolve import ActorRegistry, resolve
from kg.resolve.names import name_actors


def resolved(nlp: Language, text: str) -> set[tuple[str, str, tuple[str, ...]]]:
    """(claimer, stance, targets) of each claim, by the names of the resolved actors."""
    graph = resolve(extract(nlp(text), Article(id="t", text=text, source="test")), ActorRegistry())
    names = {actor.id: actor.name for actor in graph.actors}
    return {
        (names[c.claimer], c.claim.stance.value, tuple(names.get(t, t) for t in c.targets))
        for c in graph.claims
    }


def test_an_untagged_proper_name_is_the_accused(nlp: Language) -> None:
    text = (
        "China has accused the Dalai Lama of planning bloodshed in Tibet and colluding "
        "with Uighur terrorists in Xinjiang."
    )
    assert ("China", "accuse", ("Dalai Lama",)) in resolved(nlp, text)


def test_the_author_of_a_denied_claim_named_by_an_untagged_name(nlp: Language) -> None:
    text = (
        "A Chinese official on Monday denied the Dalai Lama's claim that troops had fired on monks."
    )
    claims = resolved(nlp, text)
    assert any(s == "deny" and t == ("Dalai Lama",) for _, s, t in claims), claims


def test_each_of_two_blamed_when_the_charge_hangs_on_the_last(nlp: Language) -> None:
    text = (
        "Pakistani police blamed the Taliban and a little-known militant group for the "
        "bombing of the market."
    )
    claims = resolved(nlp, text)
    accused = {t for _, s, targets in claims if s == "accuse" for t in targets}
    assert "Taliban" in accused, claims
    assert not any("bombing" in t for t in accused), claims  # the charge is not the accused


def test_the_members_a_group_of_the_accused_names(nlp: Language) -> None:
    text = (
        "The military government accused several groups including the Karen National Union "
        "and the Shan State Army of planting the bombs."
    )
    claims = resolved(nlp, text)
    accused = {t for _, s, targets in claims if s == "accuse" for t in targets}
    assert {"Karen National Union", "Shan State Army"} <= accused, claims
    assert not any(t.startswith("several groups") for t in accused), claims


def test_a_states_diplomats_are_the_state(nlp: Language) -> None:
    text = "Iran has accused British diplomats of stirring up the street protests in Tehran."
    assert ("Iran", "accuse", ("United Kingdom",)) in resolved(nlp, text)


def test_whom_a_threatened_cut_off_is_aimed_at(nlp: Language) -> None:
    text = (
        "Moscow threatened on Friday to halt coal deliveries to Ukraine unless Kiev paid its debts."
    )
    claims = resolved(nlp, text)
    assert any(s == "threaten" and "Ukraine" in t for _, s, t in claims), claims


def test_sending_something_somewhere_harms_nobody(nlp: Language) -> None:
    text = "The minister threatened to send more troops to Syria."
    claims = resolved(nlp, text)
    assert not any("Syria" in t for _, _, t in claims), claims


def test_a_description_of_a_states_government_is_the_state(nlp: Language) -> None:
    text = "The Sudanese government denied the charges on Friday."
    assert {c for c, _, _ in resolved(nlp, text)} == {"Sudan"}


def test_a_government_in_exile_is_not_the_state(nlp: Language) -> None:
    text = "The Tibetan exile government rejected the Chinese report on Monday."
    claimers = {c for c, _, _ in resolved(nlp, text)}
    assert claimers and "China" not in claimers, claimers


def test_a_person_in_apposition_to_the_body_of_an_office_is_its_holder(nlp: Language) -> None:
    text = (
        "The head of the ruling Socialist party, Jorge Rodriguez, has accused the opposition "
        "of plotting a coup."
    )
    claimers = {c for c, _, _ in resolved(nlp, text)}
    assert claimers == {"Jorge Rodriguez"}, claimers


def test_a_capitalised_title_with_a_name_in_apposition(nlp: Language) -> None:
    text = (
        "The Deputy Director of the Vietnam Coast Guard, Nguyen Van Trung, told reporters "
        "that Chinese ships had rammed two patrol boats."
    )
    claimers = {c for c, _, _ in resolved(nlp, text)}
    assert claimers == {"Nguyen Van Trung"}, claimers


def test_a_demonym_tagged_as_a_person_is_the_state() -> None:
    # the small model tags "Ugandan" in "said the Ugandan army first began massing extra
    # troops" as PERSON; a demonym names no one, so it is the state
    text = "Kigali said the Ugandan army had moved tanks to the border."
    drafts = name_actors([("PERSON", "Ugandan", 21), ("PERSON", "Yoweri Museveni", 60)], text)
    assert [d.id if d else None for d in drafts] == ["uganda", "yoweri-museveni"]
    assert drafts[0] is not None and drafts[0].kind is ActorKind.STATE
    # a one-word person's name that is also a state's name stays a person when the
    # document names that person in full; alone it is the state (branch claimers: "Chad
    # says ..." tagged PERSON is Chad)
    text = "Michael Jordan spoke. Jordan said so."
    named = name_actors([("PERSON", "Michael Jordan", 14), ("PERSON", "Jordan", 28)], text)
    assert named[1] is not None and named[1].kind is ActorKind.PERSON
    assert name_actors([("PERSON", "Jordan", 6)], "Jordan said so.")[0].kind is ActorKind.STATE


def test_a_group_adjective_that_names_no_state_keeps_its_noun(nlp: Language) -> None:
    text = (
        "Moscow is denying allegations by the Georgian government that Western nations are "
        "arming the separatists."
    )
    claims = resolved(nlp, text)
    accused = {t for _, s, targets in claims if s == "accuse" for t in targets}
    assert "Western nations" in accused, claims
    assert "Western" not in accused, claims


def test_people_criticised_by_a_demonym_are_the_people_not_the_state(nlp: Language) -> None:
    text = (
        "State media in Pyongyang lashed out against South Korean conservatives on "
        "Tuesday, calling them traitors."
    )
    claims = resolved(nlp, text)
    aimed = {t for _, s, targets in claims if s == "criticize" for t in targets}
    assert aimed == {"South Korean conservatives"}, claims
    # a state's agents stay the state
    text = "The government condemned Chinese authorities for the arrests of the monks."
    assert any(t == ("China",) for _, s, t in resolved(nlp, text) if s == "criticize")


def test_the_accused_named_in_apposition_after_the_place_of_the_office(nlp: Language) -> None:
    text = (
        "The ruling party has accused the U.S. Ambassador to Bolivia, Philip Goldberg, of "
        "meeting with opposition governors."
    )
    claims = resolved(nlp, text)
    accused = {t for _, s, targets in claims if s == "accuse" for t in targets}
    assert accused == {"Philip Goldberg"}, claims


def test_an_unnamed_office_holder_accused_is_the_body_of_the_office(nlp: Language) -> None:
    text = (
        "Sudan's president is accusing the United Nations chief of bias for criticizing "
        "Khartoum over Darfur."
    )
    claims = resolved(nlp, text)
    accused = {t for _, s, targets in claims if s == "accuse" for t in targets}
    assert accused == {"United Nations"}, claims


def test_a_report_released_by_an_outlet_names_the_outlet_as_its_author(nlp: Language) -> None:
    text = (
        "The opposition has dismissed a report released by state-run media that blamed it "
        "for the riots."
    )
    claims = resolved(nlp, text)
    denied = {t for _, s, targets in claims if s == "deny" for t in targets}
    assert denied == {"state-run media"}, claims


def test_office_holders_with_a_side_are_a_group_that_can_be_accused(nlp: Language) -> None:
    text = "Kenya accused Somali militia leaders of harboring the gunmen."
    claims = resolved(nlp, text)
    assert ("Kenya", "accuse", ("Somali militia leaders",)) in claims, claims
    # with no side they are nobody in particular
    text = "The minister accused her counterparts of harboring the gunmen."
    assert all(t == () for _, s, t in resolved(nlp, text) if s == "accuse")


def test_a_government_installed_by_a_patron_is_not_the_patron(nlp: Language) -> None:
    text = "The Kremlin-installed government in Crimea rejected the accusations on Monday."
    claimers = {c for c, _, _ in resolved(nlp, text)}
    assert claimers and "Russia" not in claimers, claimers
    text = "Zimbabwe's government has accused Britain of plotting an invasion."
    assert ("Zimbabwe", "accuse", ("United Kingdom",)) in resolved(nlp, text)
