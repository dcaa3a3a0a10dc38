"""The accused side's own account of its conduct as a rebuttal (``own_account``, round 16):
after a charge aimed at a party, its account of its own conduct as lawful, defensive,
within a mandate or an answer to the other side is its denial of the accuser.

The family is optional (off by default); these tests turn it on.  Wire-style sentences
written for these tests (none is in a gold part of
``benchmarks/claims``); each construction has a negative case beside it.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.claims import OPTIONAL, RULES, extract_claims
from kg.extract.mentions import extract_mentions
from kg.model import Claim
from kg.resolve.voice import OFFICIAL_ONLY

#: The default families with this optional one (off by default: see OPTIONAL's comment).
WITH_ACCOUNT = (RULES - OFFICIAL_ONLY - OPTIONAL) | {"own_account"}


def claims_of(nlp: Language, text: str, rules: frozenset[str] = WITH_ACCOUNT) -> tuple[Claim, ...]:
    doc = nlp(text)
    return extract_claims(doc, extract_mentions(doc), rules=rules)


def of(claims: tuple[Claim, ...], claimer: str) -> list[tuple[str, list[str], str]]:
    return [
        (c.stance.value, [t.span.text for t in c.targets], c.rule)
        for c in claims
        if c.claimer.span.text == claimer
    ]


@pytest.mark.parametrize(
    ("text", "claimer", "accuser"),
    [
        (
            "Moldova accused Russian peacekeepers of firing on villagers near the river. "
            "A Russian military spokesman said the peacekeepers were defending themselves.",
            "A Russian military spokesman",
            "Moldova",
        ),
        (
            "The government accused the monitoring mission of spying for foreign powers. "
            "The mission says its observers are working within the rules agreed by both sides.",
            "The mission",
            "The government",
        ),
        (
            "Ethiopia accuses Eritrea of arming rebels in the south. "
            "Eritrea says it continues to abide by the agreement not to aid armed groups.",
            "Eritrea",
            "Ethiopia",
        ),
        (
            "Uganda accused Sudan of bombing its border towns. Sudan said the raid was carried "
            "out in response to Ugandan shelling and targeted military installations.",
            "Sudan",
            "Uganda",
        ),
    ],
)
def test_own_account_after_charge_is_denial(
    nlp: Language, text: str, claimer: str, accuser: str
) -> None:
    found = of(claims_of(nlp, text), claimer)
    assert len(found) == 1
    stance, targets, rule = found[0]
    assert stance == "deny" and "own_account" in rule and targets == [accuser]


def test_answer_to_other_side_read_as_accusation_is_also_a_denial(nlp: Language) -> None:
    text = (
        "Azerbaijan charged that Armenian forces shelled a village overnight. Armenia's "
        "defense ministry said its forces acted in response to Azerbaijani fire and targeted "
        "only military positions."
    )
    found = of(claims_of(nlp, text), "Armenia's defense ministry")
    # the answer's charge against the other side is kept beside the denial
    assert sorted((s, t) for s, t, _ in found) == [
        ("accuse", ["Azerbaijani"]),
        ("deny", ["Azerbaijan"]),
    ]
    without = of(claims_of(nlp, text, WITH_ACCOUNT - {"own_account"}), "Armenia's defense ministry")
    assert [s for s, _, _ in without] == ["accuse"]  # the family alone changes it


def test_a_third_party_duty_stays_an_assertion(nlp: Language) -> None:
    found = of(
        claims_of(
            nlp,
            "Ethiopia accuses Eritrea of arming rebels in the south. "
            "The African Union says both sides must abide by the agreement.",
        ),
        "African Union",
    )
    assert [s for s, _, _ in found] == ["assert"]


def test_no_charge_no_denial(nlp: Language) -> None:
    found = of(
        claims_of(nlp, "The navy said its ships are operating within international law."), "navy"
    )
    assert [s for s, _, _ in found] == ["assert"]


def test_the_accuser_defending_itself_stays_an_assertion(nlp: Language) -> None:
    found = of(
        claims_of(
            nlp,
            "Ethiopia accuses Eritrea of arming rebels in the south. "
            "Ethiopia's foreign ministry said its troops are defending the border.",
        ),
        "Ethiopia's foreign ministry",
    )
    assert all("own_account" not in r for _, _, r in found)


def test_a_promise_to_abide_stays_an_assertion(nlp: Language) -> None:
    found = of(
        claims_of(
            nlp,
            "Ethiopia accuses Eritrea of arming rebels in the south. "
            "Eritrea says it will abide by the agreement.",
        ),
        "Eritrea",
    )
    assert all("own_account" not in r for _, _, r in found)


def test_accused_named_again_as_the_accounts_subject(nlp: Language) -> None:
    found = of(
        claims_of(
            nlp,
            "The ministry accused the inspectors of spying for Washington. "
            "The agency says its inspectors are working within the rules.",
        ),
        "The agency",
    )
    assert [(s, t) for s, t, _ in found] == [("deny", ["The ministry"])]


def test_a_third_party_subject_after_a_charge_stays_an_assertion(nlp: Language) -> None:
    found = of(
        claims_of(
            nlp,
            "The ministry accused the inspectors of spying for Washington. "
            "The agency says the border guards are working within the rules.",
        ),
        "The agency",
    )
    assert all("own_account" not in r for _, _, r in found)


def test_a_future_or_negated_keeping_stays_an_assertion(nlp: Language) -> None:
    for account in (
        "it was not going to abide by the agreement",
        "it wants to abide by the accord",
    ):
        found = of(
            claims_of(nlp, f"Ethiopia accuses Eritrea of arming rebels. Eritrea said {account}."),
            "Eritrea",
        )
        assert all("own_account" not in r for _, _, r in found), account


def test_own_account_after_the_same_speakers_denial(nlp: Language) -> None:
    found = of(
        claims_of(
            nlp,
            "Russia denied Georgian charges that it shelled villages in the gorge. "
            "Russia said its troops were acting in self-defense.",
        ),
        "Russia",
    )
    accounts = [(s, t) for s, t, r in found if "own_account" in r]
    assert [s for s, _ in accounts] == ["deny"]


def test_an_appeal_to_abide_stays_an_assertion(nlp: Language) -> None:
    found = of(
        claims_of(
            nlp,
            "Ethiopia accuses Eritrea of arming rebels. Eritrea said it urged its neighbors "
            "to abide by the agreement.",
        ),
        "Eritrea",
    )
    assert all("own_account" not in r for _, _, r in found)


def test_on_by_default(nlp: Language) -> None:
    # on since round 24 (optional24): the default extraction reads the account
    doc = nlp(
        "Ethiopia accuses Eritrea of arming rebels in the south. "
        "Eritrea says it continues to abide by the agreement not to aid armed groups."
    )
    assert any("own_account" in c.rule for c in extract_claims(doc, extract_mentions(doc)))
