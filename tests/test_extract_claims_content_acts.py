"""Accusations carried by the content of plain speech, round 5 (:mod:`kg.extract.claims.content`
with ``kg/data/content_lexicon.tsv``): passive hostile acts anywhere in a content whose agent
is a state's craft or force, troops massing at a border, firing at a named side inside a
gerund, a culprit named by a copula, and support of hostile actors that is an act, not an
approval.  Wire-style sentences written for these tests, in no gold part of
``benchmarks/claims/gold.jsonl`` (checked by :func:`test_sentences_are_in_no_gold_part`)."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from kg.extract.claims import extract_claims
from kg.extract.mentions import extract_mentions
from kg.model import Claim, Stance
from tests.claim_helpers import assert_in_no_gold_part

GOLD = Path(__file__).resolve().parents[1] / "benchmarks" / "claims" / "gold.jsonl"


def claims_of(nlp: Language, text: str) -> list[Claim]:
    doc = nlp(text)
    return list(extract_claims(doc, extract_mentions(doc)))


def claim_by(nlp: Language, text: str, claimer: str) -> Claim:
    found = [c for c in claims_of(nlp, text) if c.claimer.span.text == claimer]
    assert len(found) == 1, found
    return found[0]


def targets(claim: Claim) -> list[str]:
    return [t.span.text for t in claim.targets]


ACCUSING = [
    # a passive hostile act outside the main clause, by a state's craft
    (
        "The ministry said its patrol boat sank after it was rammed by a Chinese coast guard "
        "vessel near the Paracel Islands.",
        "The ministry",
        "Chinese",
    ),
    # troops massing at a border, the troops the subject
    (
        "Pakistani officials said Afghan troops are massing along the border near Chaman.",
        "Pakistani officials",
        "Afghan",
    ),
    # firing at a state's places, the weapon from the content lexicon
    (
        "Turkish officials say Syrian forces have fired artillery at two Turkish border villages.",
        "Turkish officials",
        "Syrian",
    ),
    # firing inside a gerund: the subject of the verb it hangs on fires
    (
        "The army spokesman said Hezbollah fighters provoked the clash by firing rockets at "
        "Israel from a village school.",
        "The army spokesman",
        "Hezbollah",
    ),
    # a culprit named by a copula
    (
        "The minister said the prime suspect in the embassy attack is al-Shabab.",
        "The minister",
        "al-Shabab",
    ),
    ("Manila says it has proof that Beijing is at fault.", "Manila", "Beijing"),
]


@pytest.mark.parametrize(("text", "claimer", "accused"), ACCUSING)
def test_content_accuses(nlp: Language, text: str, claimer: str, accused: str) -> None:
    claim = claim_by(nlp, text, claimer)
    assert claim.stance is Stance.ACCUSE
    assert accused in targets(claim)


NOT_ACCUSING = [
    # a bystander's account of the act (round 29, overreads30: content.BYSTANDER_ACCOUNTS;
    # with the switch off the passive agent charges Syria, as rounds 16-28 read it)
    (
        "Residents told reporters that several homes that were shelled by Syrian helicopters "
        "on Sunday had been empty for weeks.",
        "Residents",
    ),
    # no state names the agent
    ("Police said the man was killed by unknown gunmen outside his home.", "Police"),
    ("The mayor said the bridge was damaged by a truck on Tuesday.", "The mayor"),
    # the speaker's own side
    (
        "Kenya's army said al-Shabab camps were shelled by Kenyan helicopters overnight.",
        "Kenya's army",
    ),
    # a negated fault, and a suspect who is no actor
    ("The lawyer said his client is not at fault.", "The lawyer"),
    ("Police said the main suspect is a 23-year-old student.", "Police"),
    # troops at a border that do not mass
    ("Officials said the troops are resting near the border.", "Officials"),
]


@pytest.mark.parametrize(("text", "claimer"), NOT_ACCUSING)
def test_content_accuses_nobody(nlp: Language, text: str, claimer: str) -> None:
    claim = claim_by(nlp, text, claimer)
    assert claim.stance is not Stance.ACCUSE


@pytest.mark.parametrize(
    ("text", "claimer", "accused", "supporter"),
    [
        (
            "Khartoum says Chad is backing rebels in Darfur.",
            "Khartoum",
            "Chad",
            "Chad",
        ),
        (
            "Kampala said Sudan was supporting the insurgents in the north.",
            "Kampala",
            "Sudan",
            "Sudan",
        ),
    ],
)
def test_support_of_rebels_accuses_and_is_no_approval(
    nlp: Language, text: str, claimer: str, accused: str, supporter: str
) -> None:
    claims = claims_of(nlp, text)
    claim = claim_by(nlp, text, claimer)
    assert claim.stance is Stance.ACCUSE and accused in targets(claim)
    assert not [c for c in claims if c.stance is Stance.APPROVE], claims


def test_support_reported_by_another_is_no_approval(nlp: Language) -> None:
    text = "The opposition leader said the government backs a plan to delay the election."
    assert not [c for c in claims_of(nlp, text) if c.stance is Stance.APPROVE]


def test_approval_spoken_by_its_subject_stays(nlp: Language) -> None:
    text = "The German foreign minister backed the French proposal for a ceasefire on Tuesday."
    claim = claim_by(nlp, text, "The German foreign minister")
    assert claim.stance is Stance.APPROVE


def test_sentences_are_in_no_gold_part() -> None:
    assert_in_no_gold_part(__file__, at_least=41)


@pytest.mark.parametrize(
    ("text", "claimer", "accused"),
    [
        # violating another's sovereignty (content lexicon, the project's own)
        (
            "The spokesman said Japanese patrol ships had intruded into Chinese waters.",
            "The spokesman",
            "Japanese",
        ),
        # a hostile act whose subject is a doing: the doing's owner is charged
        (
            "The embassy said hostile remarks by senior Ugandan officials could stoke violence "
            "against foreign aid workers.",
            "The embassy",
            "Ugandan",
        ),
    ],
)
def test_content_accuses_owner_or_intruder(
    nlp: Language, text: str, claimer: str, accused: str
) -> None:
    claim = claim_by(nlp, text, claimer)
    assert claim.stance is Stance.ACCUSE
    assert accused in targets(claim)


def test_a_thing_infringing_accuses_nobody(nlp: Language) -> None:
    claim = claim_by(nlp, "He said the new law will infringe on the rights of citizens.", "He")
    assert claim.stance is Stance.ASSERT


@pytest.mark.parametrize(
    ("text", "claimer", "stance", "target"),
    [
        # responsibility held, not claimed
        (
            "Pyongyang said Washington bears full responsibility for the crisis.",
            "Pyongyang",
            Stance.ACCUSE,
            "Washington",
        ),
        (
            "Tehran said London must accept responsibility for the detention of the sailors.",
            "Tehran",
            Stance.ACCUSE,
            "London",
        ),
        # agents of unrest as the responsible subject
        (
            "State radio said foreign agitators are responsible for the riots in the capital.",
            "State radio",
            Stance.ACCUSE,
            "foreign agitators",
        ),
        # a wrong named as a noun its owner holds
        (
            "The spokesman said the resolution reflects Washington's double standards on "
            "human rights.",
            "The spokesman",
            Stance.ACCUSE,
            "Washington",
        ),
        # a record: of a hostile act, or judged bad
        (
            "Kyiv says Moscow has a long record of interfering in its neighbors' elections.",
            "Kyiv",
            Stance.ACCUSE,
            "Moscow",
        ),
        (
            "London said the Sudanese government has a poor record on press freedom.",
            "London",
            Stance.CRITICIZE,
            "Sudanese",
        ),
    ],
)
def test_responsibility_wrongs_and_records(
    nlp: Language, text: str, claimer: str, stance: Stance, target: str
) -> None:
    claim = claim_by(nlp, text, claimer)
    assert claim.stance is stance
    assert target in targets(claim)


@pytest.mark.parametrize(
    ("text", "claimer"),
    [
        ("The group took responsibility for the attack, police said.", "police"),
        ("The spokesman said there was no hypocrisy in the decision.", "The spokesman"),
        ("He said Canada has a strong record on human rights.", "He"),
        ("Police said they will arrest the suspects on Monday.", "Police"),
    ],
)
def test_no_charge_no_criticism_no_threat(nlp: Language, text: str, claimer: str) -> None:
    assert claim_by(nlp, text, claimer).stance is Stance.ASSERT


def test_punishment_promised_to_anyone_threatens(nlp: Language) -> None:
    text = "The interior minister said police will arrest anyone who joins the protest."
    assert claim_by(nlp, text, "The interior minister").stance is Stance.THREATEN


@pytest.mark.parametrize(
    ("text", "claimer", "stance", "target"),
    [
        # an active hostile act outside the main clause, by a state's craft
        (
            "The coast guard said two fishermen were hurt when three Chinese ships chased "
            "their trawler before ramming it on Sunday.",
            "The coast guard",
            Stance.ACCUSE,
            "Chinese",
        ),
        # a hostile doing of a state's craft
        (
            "The defense ministry said its radar had tracked an incursion of a Russian "
            "helicopter over the border village.",
            "The defense ministry",
            Stance.ACCUSE,
            "Russian",
        ),
        # an act to come, announced as a reprisal
        (
            "Minsk said it will close the crossing as a reprisal for Warsaw's new sanctions.",
            "Minsk",
            Stance.THREATEN,
            "Warsaw",
        ),
    ],
)
def test_clause_acts_and_reprisals(
    nlp: Language, text: str, claimer: str, stance: Stance, target: str
) -> None:
    claim = claim_by(nlp, text, claimer)
    assert claim.stance is stance
    assert target in targets(claim)


@pytest.mark.parametrize(
    ("text", "claimer"),
    [
        # readiness to use force, the speaker naming no other side
        (
            "The foreign ministry said Taiwan is ready to defend itself against any attack.",
            "The foreign ministry",
        ),
        (
            "A military spokesman said the navy is prepared to counter hostile actions.",
            "A military spokesman",
        ),
        # harm promised to a place
        (
            "The rebel commander said army bases in the north will be under attack until the "
            "troops withdraw.",
            "The rebel commander",
        ),
    ],
)
def test_standing_warnings_threaten(nlp: Language, text: str, claimer: str) -> None:
    assert claim_by(nlp, text, claimer).stance is Stance.THREATEN


@pytest.mark.parametrize(
    ("text", "claimer"),
    [
        ("Analysts said Taiwan is ready to defend itself against any attack.", "Analysts"),
        ("He said the army is ready to help flood victims.", "He"),
        (
            "Officials said the village blocked the road in retaliation for the arrests.",
            "Officials",
        ),
        ("He said the fishermen would be safe if Chinese ships stopped ramming their boats.", "He"),
    ],
)
def test_no_warning_no_charge(nlp: Language, text: str, claimer: str) -> None:
    assert claim_by(nlp, text, claimer).stance is Stance.ASSERT


def test_quoted_first_person_rejection_denies(nlp: Language) -> None:
    text = '"We firmly reject the allegation that our party organized the riots," said Tun Oo.'
    assert claim_by(nlp, text, "Tun Oo").stance is Stance.DENY
    text = '"We reject the demands of the protesters," the minister said.'
    assert claim_by(nlp, text, "the minister").stance is Stance.ASSERT  # a refusal


@pytest.mark.parametrize(
    ("text", "claimer", "accused"),
    [
        # firing on a place, no weapon named
        (
            "Seoul said North Korean soldiers crossed the border and fired on a guard post.",
            "Seoul",
            "North Korean",
        ),
        # force used against someone
        (
            "Manila said Chinese coast guard vessels used water cannon against Philippine "
            "supply boats.",
            "Manila",
            "Chinese",
        ),
        # launching a weapon at a state's place (a firing verb that is also a perpetrating one)
        (
            "The Pentagon said Iranian-backed militias launched rockets at a U.S. base in Syria.",
            "Pentagon",
            "Iranian",
        ),
        # an armed force entering a territory
        (
            "Khartoum said Chadian troops had entered Sudanese territory near Geneina.",
            "Khartoum",
            "Chadian",
        ),
        # a weapon planted, in the passive
        ("Officials said the bomb was planted by Pakistani agents.", "Officials", "Pakistani"),
    ],
)
def test_force_and_intrusion(nlp: Language, text: str, claimer: str, accused: str) -> None:
    claim = claim_by(nlp, text, claimer)
    assert claim.stance is Stance.ACCUSE
    assert accused in targets(claim)


@pytest.mark.parametrize(
    ("text", "claimer"),
    [
        ("He said the soldiers fired into the air.", "He"),
        ("He said the delegation entered the country on Monday.", "He"),
        ("The minister said troops crossed the river to help flood victims.", "The minister"),
        ("NASA said it launched the rocket at dawn.", "NASA"),
        ("He said the trees were planted by Chinese volunteers.", "He"),
    ],
)
def test_no_force_no_intrusion(nlp: Language, text: str, claimer: str) -> None:
    assert claim_by(nlp, text, claimer).stance is Stance.ASSERT


@pytest.mark.parametrize(
    ("text", "claimer", "stance", "target"),
    [
        # an actor's act labelled a breach of a rule
        (
            "The ministry said Britain's actions are a gross violation of international law.",
            "The ministry",
            Stance.ACCUSE,
            "Britain",
        ),
        # a wrong practised by its subject
        (
            "Beijing said the U.S. is applying double standards on terrorism.",
            "Beijing",
            Stance.ACCUSE,
            "U.S.",
        ),
        # an actor's act called unlawful
        (
            "Kyiv said the Russian annexation of Crimea is illegal.",
            "Kyiv",
            Stance.ACCUSE,
            "Russian",
        ),
        # an evaluation from the content lexicon
        ("He said the EU's position is deeply regrettable.", "He", Stance.CRITICIZE, "EU"),
    ],
)
def test_critical_evaluations(
    nlp: Language, text: str, claimer: str, stance: Stance, target: str
) -> None:
    claim = claim_by(nlp, text, claimer)
    assert claim.stance is stance
    assert target in targets(claim)


@pytest.mark.parametrize(
    ("text", "claimer"),
    [
        ("Moscow said the sanctions were illegal.", "Moscow"),  # nobody's act named
        ("He said the results were disappointing.", "He"),
        ("He said China rejects double standards.", "He"),
        ("The court said the detention was not illegal.", "The court"),
    ],
)
def test_no_evaluation_of_a_named_actor(nlp: Language, text: str, claimer: str) -> None:
    assert claim_by(nlp, text, claimer).stance is Stance.ASSERT


def test_the_named_apposition_of_a_charged_subject_is_accused(nlp: Language) -> None:
    text = (
        "Prosecutors said a former army officer, John Smith, passed classified documents to "
        "a Russian agent."
    )
    claim = claim_by(nlp, text, "Prosecutors")
    assert claim.stance is Stance.ACCUSE
    assert targets(claim) == ["John Smith"]


@pytest.mark.parametrize(
    ("text", "claimer"),
    [
        # an intrusion denied, the force's subject inherited through a passive conjunct
        (
            "Rwandan officials say their soldiers are stationed along the frontier but have "
            "not crossed into Congo.",
            "Rwandan officials",
        ),
        # a record of the alleged event said not to exist
        ("The ministry told reporters there is no record of any such order.", "The ministry"),
    ],
)
def test_denied_intrusion_and_missing_record_deny(nlp: Language, text: str, claimer: str) -> None:
    assert claim_by(nlp, text, claimer).stance is Stance.DENY


def test_a_missing_record_of_something_not_alleged_is_no_denial(nlp: Language) -> None:
    text = "The archive said there is no record of the ship's arrival."
    assert claim_by(nlp, text, "The archive").stance is Stance.ASSERT


@pytest.mark.parametrize(
    ("text", "claimer", "accused"),
    [
        (
            "Officials in Caracas said American sanctions have been the root of the crisis.",
            "Officials in Caracas",
            "American",
        ),
        ("The minister said U.S. sanctions caused widespread suffering.", "The minister", "U.S."),
    ],
)
def test_harm_brought_about_by_an_actor_accuses(
    nlp: Language, text: str, claimer: str, accused: str
) -> None:
    claim = claim_by(nlp, text, claimer)
    assert claim.stance is Stance.ACCUSE
    assert accused in targets(claim)


@pytest.mark.parametrize(
    ("text", "claimer"),
    [
        ("She said Russian gas is the main source of energy for the region.", "She"),
        ("He said the drought caused widespread suffering.", "He"),
    ],
)
def test_harm_without_an_actor_accuses_nobody(nlp: Language, text: str, claimer: str) -> None:
    assert claim_by(nlp, text, claimer).stance is Stance.ASSERT


def test_an_evaluation_in_a_conjunct_reads_the_shared_subject(nlp: Language) -> None:
    text = "The spokesman said Indian statements continue to appear and are deeply regrettable."
    claim = claim_by(nlp, text, "The spokesman")
    assert claim.stance is Stance.CRITICIZE
    assert targets(claim) == ["Indian"]
    text = "He said the talks continue and are productive."
    assert claim_by(nlp, text, "He").stance is Stance.ASSERT


@pytest.mark.parametrize(
    ("text", "claimer", "target"),
    [
        (
            "A statement by the rights group says the U.N. Security Council was not tough "
            "enough on Syria.",
            "the rights group",
            "U.N. Security Council",
        ),
        ("Critics say Washington has not gone far enough.", "Critics", "Washington"),
        ("Amnesty says Brussels did not act quickly enough.", "Amnesty", "Brussels"),
    ],
)
def test_an_actor_falling_short_is_criticized(
    nlp: Language, text: str, claimer: str, target: str
) -> None:
    claim = claim_by(nlp, text, claimer)
    assert claim.stance is Stance.CRITICIZE
    assert targets(claim) == [target]


@pytest.mark.parametrize(
    ("text", "claimer"),
    [
        ("He said the rain was not heavy enough.", "He"),
        ("He said Moscow does not have enough money.", "He"),
    ],
)
def test_nothing_named_falls_short(nlp: Language, text: str, claimer: str) -> None:
    assert claim_by(nlp, text, claimer).stance is Stance.ASSERT


def test_a_text_cut_off_inside_a_follow_on_quotation_does_not_crash(nlp: Language) -> None:
    """Truncated page excerpts end mid-quotation; the follow-on quote reader stops at the
    end of the text (speech._whole_quotation indexed one past it)."""
    text = (
        '"The plant must be protected from shelling," said the minister. "We also have to '
        "work together to address a number of c"
    )
    claims = claims_of(nlp, text)
    assert [c.stance for c in claims] == [Stance.ASSERT, Stance.ASSERT]


def test_praise_of_a_state_s_armed_forces_stays_an_approval(nlp: Language) -> None:
    text = "We salute the armed forces of Georgia and all Georgian citizens who defend the country."
    assert [c.stance for c in claims_of(nlp, text)] == [Stance.APPROVE]


def test_regular_forces_responsible_for_a_duty_are_not_accused(nlp: Language) -> None:
    text = "The minister said the armed forces are responsible for the security of the border."
    assert claim_by(nlp, text, "The minister").stance is Stance.ASSERT


def test_readiness_of_a_third_party_is_no_threat(nlp: Language) -> None:
    text = (
        '"They are ready to completely destroy the city just to take it under control," he added.'
    )
    assert claim_by(nlp, text, "he").stance is Stance.ASSERT


def test_a_nested_speech_approval_stays(nlp: Language) -> None:
    """Only support acts ("backs", "funds") nested in another's words lose the approval;
    a nested approval verb of speech ("welcomes", "commends") is still said."""
    text = "The adviser said that Georgia welcomes any initiatives by partners to help refugees."
    assert [c for c in claims_of(nlp, text) if c.stance is Stance.APPROVE]


def test_evidence_of_a_hostile_act_with_no_doer_named_accuses(nlp: Language) -> None:
    text = "The commander said there is clear evidence the convoy was ambushed."
    claim = claim_by(nlp, text, "The commander")
    assert claim.stance is Stance.ACCUSE and targets(claim) == []
    for text in (
        "The commander said the convoy was ambushed.",  # an event reported
        "He said there is evidence that the ship was repaired.",  # no hostile act
    ):
        assert claim_by(nlp, text, text.split(" said")[0]).stance is Stance.ASSERT
