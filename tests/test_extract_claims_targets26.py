"""Round 26 (issue 12, branch ``targets26``): targets read off the phrase that tells the
deed.  A criticism aimed at a noun that tells of a deed in its own clause ("concerned by
reports that X has imprisoned ...") is aimed at the clause's active subject (``told_doer``;
no positive case here: the only real sentences of that shape found in corpus/, the pool and
the stored VOA pages are in a gold part, and a gold sentence may not be quoted); an
unnamed part of a named body ("members of X's Security Council") stands for the body
(``targets_speakers.member_owner``)."""

from __future__ import annotations

from spacy.language import Language

from kg.extract.claims.targets_speakers import member_owner
from kg.model import Stance
from tests.claim_helpers import NEWS_RULES as DEFAULT
from tests.claim_helpers import stance_pairs

# A State Department statement of 2021-06-23, "Air Strike on Village Market in Tigray"
# (corpus/state-department-ethiopia.jsonl, https://www.state.gov/air-strike-on-village-market-in-tigray/).
REPORTS_OF_A_PASSIVE_DEED = (
    "The United States is gravely concerned by reports that dozens of civilians were killed "
    "or injured during a bombing of a village market in northern Tigray on June 22."
)

# A post of the State Department's account, 2015-07-11 (corpus/state-department-x-burundi.jsonl,
# https://twitter.com/StateDept/status/619917897662603265), its link left out.
REPORTS_OF_FIGHTING = (
    "The United States is deeply concerned by reports that fighting has broken out in several "
    "areas of #Burundi."
)

# A White House fact sheet of 2022-04-06, "United States, G7 and EU Impose Severe and
# Immediate Costs on Russia" (corpus/white-house-russia-ukraine.jsonl).
MEMBERS_OF_A_BODY = (
    "Full blocking sanctions on Russian elites and their family members, including "
    "sanctions on: President Putin’s adult children, Foreign Minister Lavrov’s wife and "
    "daughter, and members of Russia’s Security Council including former President and "
    "Prime Minister of Russia Dmitry Medvedev and Prime Minister Mikhail Mishustin."
)


def criticisms(
    nlp: Language, text: str, rules: frozenset[str] = DEFAULT
) -> list[tuple[str, list[str]]]:
    return stance_pairs(nlp, text, Stance.CRITICIZE, rules)


def test_reports_of_a_deed_with_no_doer_named_stay_as_they_are(nlp: Language) -> None:
    # the clause's subject is the victims ("dozens of civilians were killed"): a passive
    # subject suffers the deed, no doer is added
    assert criticisms(nlp, REPORTS_OF_A_PASSIVE_DEED) == [("United States", ["reports"])]


def test_reports_whose_clause_subject_is_no_actor(nlp: Language) -> None:
    # "fighting has broken out": an act, not an actor, is the clause's subject
    assert criticisms(nlp, REPORTS_OF_FIGHTING) == [("United States", ["reports"])]


def test_told_doer_is_a_default_rule() -> None:
    assert "told_doer" in DEFAULT
    assert "warned_addressee" in DEFAULT


def test_members_of_a_named_body_stand_for_it(nlp: Language) -> None:
    doc = nlp(MEMBERS_OF_A_BODY)
    members = [t for t in doc if t.lower_ == "members"]
    assert len(members) == 2
    family, council = members
    owner = member_owner(council)
    assert owner is not None and owner.text == "Council"
    # "their family members": no body named after the part
    assert member_owner(family) is None


def test_a_singular_or_other_head_is_no_part(nlp: Language) -> None:
    doc = nlp(MEMBERS_OF_A_BODY)
    assert all(member_owner(t) is None for t in doc if t.lower_ in ("children", "wife"))
