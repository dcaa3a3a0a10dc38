"""Whom a directed claim is aimed at, when the text names the accused indirectly: a pronoun
inside the charge, an organ "of" a state, a plural demonym, "the North", the owner of a
hostile act, the state an attack came from, the party a warning admonishes, and never the
claimer's own side.

The sentences are in the register of Voice of America and State Department copy (public
domain) and in no part of the claims gold set: most are written after VOA stories found with
the project's search tool (Afghan officials on Pakistani cross-border fire, 2018-04-10; the
two Sudans' border war, 2012; South Korea on North Korean artillery, 2010), with other places
and people so that no gold sentence is repeated.  Each test asserts the resolved claimer,
stance and targets, and the negative cases what must not be read.
"""

from __future__ import annotations

from spacy.language import Language

from kg.extract import extract
from kg.extract.claims.targets import _acting_it
from kg.model import Article
from kg.resolve import ActorRegistry, resolve
from tests.claim_helpers import resolved_names as resolved


def targets_of(found: set[tuple[str, str, tuple[str, ...]]], claimer: str, stance: str) -> set[str]:
    return {t for c, s, targets in found if c == claimer and s == stance for t in targets}


# --- a pronoun inside the charge: the nearest actor off the claimer's side ----------------


def test_it_in_a_charge_is_the_other_state_not_the_accuser(nlp: Language) -> None:
    # the nearest state before "it" is the accuser's own ("Russian"): it is Ukraine
    text = (
        "Ukraine denied Russian accusations that it had shelled a village in the Belgorod region."
    )
    found = resolved(nlp, text)
    assert ("Russia", "accuse", ("Ukraine",)) in found
    assert ("Ukraine", "deny", ("Russia",)) in found


def test_them_stands_for_a_group_named_in_the_plural(nlp: Language) -> None:
    text = (
        "Saudi Arabia has been at war with the Houthis since 2015 and accuses them of firing "
        "missiles at its cities."
    )
    assert targets_of(resolved(nlp, text), "Saudi Arabia", "accuse") == {"Houthis"}


def test_his_supporters_in_a_charge_are_the_person_named_before(nlp: Language) -> None:
    text = (
        "President Robert Mugabe addressed a rally on Sunday. The Movement for Democratic "
        "Change charged Monday that his supporters had beaten hundreds of its members."
    )
    found = resolved(nlp, text)
    assert targets_of(found, "Movement for Democratic Change", "accuse") == {"Robert Mugabe"}


def test_a_placeholder_it_is_no_doer(nlp: Language) -> None:
    doc = nlp("Officials said it is clear that the shells were fired. They said it fired rockets.")
    first, second = [t for t in doc if t.lower_ == "it"]
    assert not _acting_it(first.head)  # "it is clear that P"
    assert _acting_it(second.head)  # "it fired rockets"


# --- a state named by its organ, its people, or its half ----------------------------------


def test_the_army_of_a_state_is_the_state_and_the_charge_follows_it(nlp: Language) -> None:
    text = (
        "Afghanistan's Foreign Ministry accused the army of Pakistan of shelling two border "
        "districts."
    )
    graph = resolve(extract(nlp(text), Article(id="t", text=text, source="test")), ActorRegistry())
    names = {actor.id: actor.name for actor in graph.actors}
    (claim,) = [c for c in graph.claims if c.claim.stance.value == "accuse"]
    assert [names[t] for t in claim.targets] == ["Pakistan"]
    assert claim.claim.content is not None
    assert claim.claim.content.text == "shelling two border districts"


def test_rebels_of_a_region_are_not_its_state(nlp: Language) -> None:
    # an organ of a state is the state; rebels "of Darfur" are no organ of anyone
    found = resolved(nlp, "Khartoum accused the rebels of Darfur of attacking a convoy.")
    targets = targets_of(found, "Sudan", "accuse")
    assert targets and "Sudan" not in targets


def test_a_plural_demonym_is_its_state(nlp: Language) -> None:
    found = resolved(nlp, "Eritrea accused the Ethiopians of massing troops along the border.")
    assert ("Eritrea", "accuse", ("Ethiopia",)) in found


def test_the_north_is_the_northern_state_named_before(nlp: Language) -> None:
    text = (
        "North Korea fired about 110 shells Monday off its western coast. "
        "South Korea accused the North of violating the armistice."
    )
    assert ("South Korea", "accuse", ("North Korea",)) in resolved(nlp, text)


# --- the doer of the hostile act in the content -------------------------------------------


def test_the_owner_of_an_attack_did_it(nlp: Language) -> None:
    text = (
        "Afghan officials said a Pakistani rocket attack on the Dangam district killed a civilian."
    )
    found = resolved(nlp, text)
    assert any(s == "accuse" and targets == ("Pakistan",) for _, s, targets in found)


def test_a_state_that_is_part_of_a_longer_name_is_another_state(nlp: Language) -> None:
    # "South Sudan's army" speaks for South Sudan: Sudan is not its own side
    text = "South Sudan's army said Sudan bombed the border town of Bentiu on Monday."
    found = resolved(nlp, text)
    assert targets_of(found, "South Sudan's army", "accuse") == {"Sudan"}
    text = "South Sudanese officials say Sudan has bombed the town of Bentiu."
    found = resolved(nlp, text)
    assert any(s == "accuse" and targets == ("Sudan",) for _, s, targets in found)


def test_an_attack_from_a_state_charges_that_state(nlp: Language) -> None:
    found = resolved(nlp, "Ukraine's military said the rockets were fired from Belarus.")
    assert any(s == "accuse" and targets == ("Belarus",) for _, s, targets in found)


def test_a_test_fired_into_the_sea_charges_nobody(nlp: Language) -> None:
    text = "The ministry said the missiles were fired from North Korea into the sea in a test."
    found = resolved(nlp, text)
    assert not any(s == "accuse" for _, s, _ in found)


def test_an_adjective_parsed_as_a_participle_keeps_the_accused(nlp: Language) -> None:
    # "neighboring" is parsed as a verb whose object is Eritrea
    text = (
        "Ethiopian Prime Minister Meles Zenawi has accused neighboring Eritrea of trying to "
        "destabilize the region."
    )
    assert ("Meles Zenawi", "accuse", ("Eritrea",)) in resolved(nlp, text)


# --- threats: whom the warning is for ------------------------------------------------------


def test_a_warning_is_aimed_at_the_party_it_admonishes(nlp: Language) -> None:
    text = (
        "The Iranian commander warned that the United States should not test Iran's ability "
        "to retaliate against any attack."
    )
    found = resolved(nlp, text)
    assert targets_of(found, "Iranian commander", "threaten") == {"United States"}


def test_a_threat_is_aimed_at_the_people_of_its_condition(nlp: Language) -> None:
    text = (
        "The general warned that his troops would strike again if the militants did not surrender."
    )
    found = resolved(nlp, text)
    assert targets_of(found, "general", "threaten") == {"militants"}


# --- never the claimer's own side -----------------------------------------------------------


def test_a_charge_is_not_aimed_at_the_state_its_claimer_speaks_for(nlp: Language) -> None:
    text = (
        "Indian army chief General Manoj Pande alleged that the camps India's air force "
        "destroyed in 2019 have been rebuilt by militants."
    )
    found = resolved(nlp, text)
    accusations = [targets for _, s, targets in found if s == "accuse"]
    assert accusations  # the allegation is read ...
    assert not any("India" in targets for targets in accusations)  # ... but not against India


# --- a denial aims at the accuser ------------------------------------------------------------


def test_allegations_denounced_as_baseless_are_denied_and_aimed_at_their_author(
    nlp: Language,
) -> None:
    # the object moved behind "as baseless" is still the allegation answered
    text = (
        "Beijing denounced as groundless Washington's claims that Chinese hackers stole the data."
    )
    found = resolved(nlp, text)
    assert ("China", "deny", ("United States",)) in found
    assert ("United States", "accuse", ("China",)) in found


def test_an_act_condemned_as_terrorism_stays_a_criticism(nlp: Language) -> None:
    found = resolved(nlp, "The ministry condemned the attack as an act of terrorism.")
    assert {s for _, s, _ in found} == {"criticize"}


# --- a pejorative label on people who are no named actor ------------------------------------


def test_people_labelled_pejoratively_are_the_accused(nlp: Language) -> None:
    found = resolved(nlp, 'Russian officials described the protesters as "extremists."')
    assert any(s == "accuse" and targets == ("protesters",) for _, s, targets in found)
    text = (
        "The Ethiopian government refers to fighters loyal to the regional leader Debretsion "
        'Gebremichael as "a junta."'
    )
    assert ("Ethiopia", "accuse", ("fighters",)) in resolved(nlp, text)


def test_it_may_stand_for_a_government_described_before(nlp: Language) -> None:
    # "The interim government" names no state: "it" still stands for it, not for the media
    text = (
        "The interim government has dismissed a report released by Eritrean state media that "
        "blamed it for the border clashes."
    )
    found = resolved(nlp, text)
    assert ("Eritrean state media", "accuse", ("interim government",)) in found


def test_people_welcomed_stay_people_not_their_state(nlp: Language) -> None:
    # a plural demonym is its state only when it is charged or opposed
    text = "The European Union has welcomed millions of Ukrainians fleeing the war."
    found = resolved(nlp, text)
    assert not any("Ukraine" in targets for _, s, targets in found if s == "approve")
