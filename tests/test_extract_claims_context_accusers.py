"""Denial targets named in the sentence before (``context_accuser``, on by default since
round 15): the one accuser of the denier there, the accuser the same speaker's denial there
named, or the author of the charge or report the denial takes up again; several accusers,
the denier's own side or a forward accuser give no target."""

from __future__ import annotations

from spacy.language import Language

from kg.extract.claims import OPTIONAL, RULES, extract_claims
from kg.extract.mentions import extract_mentions
from kg.model import Claim, Stance
from kg.resolve.voice import OFFICIAL_ONLY

#: The default families with the optional context accusers switched on.
WITH_CONTEXT = (RULES - OFFICIAL_ONLY - OPTIONAL) | {"context_accuser"}


def denial_targets(
    nlp: Language, text: str, rules: frozenset[str] = WITH_CONTEXT
) -> list[list[str]]:
    """The target texts of each denial in ``text``."""
    doc = nlp(text)
    claims: tuple[Claim, ...] = extract_claims(doc, extract_mentions(doc), rules)
    return [[t.span.text for t in c.targets] for c in claims if c.stance is Stance.DENY]


def test_accuser_of_the_denier_one_sentence_back(nlp: Language) -> None:
    found = denial_targets(
        nlp,
        "Ethiopia accused Eritrea of arming rebels in the Ogaden region. "
        "Eritrea denied the charge on Tuesday.",
    )
    assert found == [["the charge", "Ethiopia"]]


def test_coordinated_deniers_each_answer_the_accuser(nlp: Language) -> None:
    found = denial_targets(
        nlp,
        "Kenya accused Somalia and Sudan of sheltering the militants. "
        "Both Somalia and Sudan denied the allegations.",
    )
    assert found and all("Kenya" in targets for targets in found)


def test_official_of_the_accused_state_denies(nlp: Language) -> None:
    found = denial_targets(
        nlp,
        "Serbia accused Kosovo of provoking the clashes. "
        "Kosovo's prime minister denied the accusation.",
    )
    assert found == [["the accusation", "Serbia"]]


def test_only_the_accusation_aimed_at_the_denier(nlp: Language) -> None:
    found = denial_targets(
        nlp,
        "Ethiopia accused Eritrea of arming rebels, while Somalia accused Kenya of "
        "harbouring militants. Eritrea denied the charge.",
    )
    assert found == [["the charge", "Ethiopia"]]


def test_author_of_the_report_taken_up_again(nlp: Language) -> None:
    found = denial_targets(
        nlp,
        "Human Rights Watch said in a report that security forces had killed dozens of "
        "protesters. The Interior Ministry dismissed the report as biased.",
    )
    assert found == [["the report", "Human Rights Watch"]]


def test_no_accuser_in_the_sentence_before(nlp: Language) -> None:
    found = denial_targets(
        nlp,
        "Police arrested two men near the border on Monday. The men denied the charges.",
    )
    assert found == [["the charges"]]


def test_never_an_accuser_in_the_next_sentence(nlp: Language) -> None:
    found = denial_targets(
        nlp,
        "Eritrea denied the charge on Tuesday. "
        "Ethiopia accused Eritrea of arming rebels in the Ogaden region.",
    )
    assert found == [["the charge"]]


def test_several_possible_authors_give_no_target(nlp: Language) -> None:
    found = denial_targets(
        nlp,
        "Amnesty International said in a report that troops had shelled villages, and "
        "the United Nations said militias had burned homes. The army rejected the report.",
    )
    assert found == [["the report"]]


def test_on_by_default(nlp: Language) -> None:
    found = denial_targets(
        nlp,
        "Ethiopia accused Eritrea of arming rebels in the Ogaden region. "
        "Eritrea denied the charge on Tuesday.",
        RULES - OFFICIAL_ONLY - OPTIONAL,
    )
    assert found == [["the charge", "Ethiopia"]]


def test_denial_goes_on_and_answers_the_same_accuser(nlp: Language) -> None:
    found = denial_targets(
        nlp,
        "Foreign Minister Kwame Mensah rejected allegations by Togo that Ghana had armed "
        'the rebels. "That is a lie," he said.',
    )
    assert len(found) == 2 and found[1] == ["Togo"]


def test_denial_by_another_speaker_does_not_go_on(nlp: Language) -> None:
    found = denial_targets(
        nlp,
        "Foreign Minister Kwame Mensah rejected allegations by Togo that Ghana had armed "
        'the rebels. "That is a lie," a police spokesman said.',
    )
    assert len(found) == 2 and found[1] == []


def test_official_of_the_denying_state_goes_on(nlp: Language) -> None:
    found = denial_targets(
        nlp,
        "Ghana rejected allegations by Togo that it had armed the rebels. "
        "Ghanaian Foreign Minister Kwame Mensah said the charges were false.",
    )
    assert found[-1] == ["the charges", "Togo"]


def test_author_of_the_allegation_the_sentence_before_names(nlp: Language) -> None:
    found = denial_targets(
        nlp,
        "Reporters asked the ambassador about Mr. Okello's allegation. "
        "The ambassador denied the charge.",
    )
    assert found == [["the charge", "Okello"]]


def test_accusation_aimed_at_a_described_party(nlp: Language) -> None:
    found = denial_targets(
        nlp,
        "Algeria accuses the exiled opposition leader of plotting unrest. "
        "Karim Haddad denies plotting any unrest.",
    )
    assert found and found[-1][-1:] == ["Algeria"]


def test_accusation_aimed_at_a_named_third_party(nlp: Language) -> None:
    found = denial_targets(
        nlp,
        "Algeria accuses Morocco of plotting unrest. Karim Haddad denies plotting any unrest.",
    )
    assert found and "Algeria" not in found[-1]


def criticism_targets(nlp: Language, text: str) -> list[list[str]]:
    """The target texts of each criticism in ``text``."""
    doc = nlp(text)
    claims = extract_claims(doc, extract_mentions(doc), WITH_CONTEXT)
    return [[t.span.text for t in c.targets] for c in claims if c.stance is Stance.CRITICIZE]


def test_criticism_of_such_statements_answers_their_speaker(nlp: Language) -> None:
    found = criticism_targets(
        nlp,
        "The European Parliament passed a resolution on Thursday condemning Azerbaijan for "
        "jailing journalists. Foreign Ministry spokesman Elnur Aliyev condemned such "
        "statements as interference in Azerbaijan's internal affairs.",
    )
    assert found[-1] == ["such statements", "The European Parliament"]


def test_criticism_of_such_statements_with_no_named_speaker_before(nlp: Language) -> None:
    found = criticism_targets(
        nlp,
        "Police in Baku said two soldiers were killed near the border. Foreign Ministry "
        "spokesman Elnur Aliyev condemned such statements as interference in Azerbaijan's "
        "internal affairs.",
    )
    assert found[-1] == ["such statements"]


def test_state_denial_after_a_charge_against_a_described_person(nlp: Language) -> None:
    found = denial_targets(
        nlp,
        "Kenyan officials have accused the mediator of favouring the rebels. "
        "Ethiopia also denied the charges.",
    )
    assert found[-1] == ["the charges"]


def test_the_one_statement_before_about_the_deniers_side(nlp: Language) -> None:
    # ``told_accuser``: no accusation before, but one speaker there tells of the
    # denier's side (point 43: the party the denial answers)
    found = denial_targets(
        nlp,
        "Ugandan officials said Rwandan soldiers were seen near the border. "
        "Rwanda denied the report.",
    )
    assert found == [["the report", "Ugandan officials"]]
    found = denial_targets(
        nlp,
        "Ugandan officials said Rwandan soldiers were seen near the border. "
        "Rwanda denied the report.",
        WITH_CONTEXT - {"told_accuser"},
    )
    assert found == [["the report"]]


def test_no_statement_before_about_the_denier(nlp: Language) -> None:
    found = denial_targets(
        nlp,
        "The Ethiopian prime minister said the drought had worsened in the north. "
        "Eritrea rejected the report.",
    )
    assert found == [["the report"]]
    found = denial_targets(  # the denier's side only as a place
        nlp,
        "Kenyan police said a bomb exploded in a crowded market near the Somali border. "
        "Somalia denied the report.",
    )
    assert found == [["the report"]]
