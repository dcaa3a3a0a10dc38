"""The learned target ranker (kg.resolve.ranked_targets, round 23, branch ``target23``): a
hostile claim the rules left with no target gets the actor named in its sentence (or the one
before) that the ranker scores best, above its threshold; never the claimer's own side, never
"both countries", never a claim that has a target or is no hostile one.

The sentences are real wire copy in no gold part, from the unlabelled pool
(benchmarks/claims/pool/voa_pool.jsonl): the VOA stories on Pakistan's plan to mine its
border (https://www.voanews.com/a/a-13-2007-01-17-voa52/330854.html) and on the
Ethiopia-Eritrea war
(https://www.globalsecurity.org/military/library/news/1999/12/991217-eritrea.htm).  The
mentions are built by hand so that the tests read the ranker alone, not the parse.
"""

from __future__ import annotations

import pytest

from kg.model import ActorKind, Claim, Mention, Relation, ResolvedClaim, Span, Stance
from kg.resolve import ranked_targets

# the unlabelled pool, VOA 2007-01-17 (URL above): the sentence before, and the claim's
POOL = (
    "Under Secretary of State for Political Affairs, Nicholas Burns, said Pakistan's plan to "
    "lay land mines along parts of its border with Afghanistan is a bilateral issue. "
    "Afghan officials have opposed the plan, saying it will do little to prevent terrorism."
)
# the unlabelled pool, VOA 1999-12-17 (URL above)
BLAMED = (
    "Despite the massive weapons build-up, the fortified trenches, the harsh rhetoric, both "
    "countries insist they did not want this war, and each country blames the other for "
    "continuing it."
)


def span(text: str, words: str, after: int = 0) -> Span:
    start = text.index(words, after)
    return Span(start, start + len(words), words)


def mention(text: str, words: str, label: str) -> Mention:
    return Mention(span(text, words), label, 0, head=words.split()[-1].lower())


KINDS = {
    "afghan-officials": ActorKind.ANONYMOUS,
    "afghanistan": ActorKind.STATE,
    "pakistan": ActorKind.STATE,
    "nicholas-burns": ActorKind.PERSON,
    "united-states": ActorKind.STATE,
}
AFFILIATIONS: dict[str, str | None] = {
    "afghan-officials": "afghanistan",
    "afghanistan": None,
    "pakistan": None,
    "nicholas-burns": "united-states",
    "united-states": None,
}


def criticism(targets: tuple[str, ...] = (), stance: Stance = Stance.CRITICIZE) -> ResolvedClaim:
    claim = Claim(
        claimer=Mention(span(POOL, "Afghan officials"), "NORP", 1, head="officials"),
        stance=stance,
        cue=span(POOL, "opposed"),
        sentence=1,
        rule="reported_speech",
    )
    return ResolvedClaim("c1", claim, "afghan-officials", targets)


SEEN = [
    (mention(POOL, "Nicholas Burns", "PERSON"), "nicholas-burns"),
    (mention(POOL, "Pakistan", "GPE"), "pakistan"),
    (mention(POOL, "Afghanistan", "GPE"), "afghanistan"),
]


def test_the_candidates_are_named_in_the_sentence_before_too() -> None:
    rows = ranked_targets.features(POOL, criticism(), SEEN, KINDS, AFFILIATIONS, [])
    # Afghanistan is the side the Afghan officials speak for: no candidate
    assert set(rows) == {"pakistan", "nicholas-burns"}
    pakistan = rows["pakistan"]
    assert pakistan["possessive"] == 1.0  # "Pakistan's plan"
    assert pakistan["same_sentence"] == 0.0
    assert pakistan["label=GPE"] == 1.0 and pakistan["kind=state"] == 1.0
    assert pakistan["criticize|possessive"] == 1.0  # the stance's own copy of each feature


def test_the_best_candidate_above_the_threshold_is_the_target(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    weights = ({ranked_targets.BIAS: -1.0, "possessive": 3.0}, 0.5)
    monkeypatch.setattr(ranked_targets, "weights", lambda: weights)
    found = ranked_targets.ranked_targets(POOL, [criticism()], SEEN, KINDS, AFFILIATIONS)
    assert found[0].targets == ("pakistan",)
    assert found[0].claim.rule == "reported_speech+ranked_target"


def test_below_the_threshold_there_is_no_target(monkeypatch: pytest.MonkeyPatch) -> None:
    weights = ({ranked_targets.BIAS: -3.0, "possessive": 1.0}, 0.5)
    monkeypatch.setattr(ranked_targets, "weights", lambda: weights)
    found = ranked_targets.ranked_targets(POOL, [criticism()], SEEN, KINDS, AFFILIATIONS)
    assert found[0].targets == ()


def test_claims_with_a_target_or_no_hostile_stance_are_left_alone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    weights = ({ranked_targets.BIAS: 5.0}, 0.5)
    monkeypatch.setattr(ranked_targets, "weights", lambda: weights)
    claims = [criticism(("pakistan",)), criticism(stance=Stance.ASSERT)]
    found = ranked_targets.ranked_targets(POOL, claims, SEEN, KINDS, AFFILIATIONS)
    assert found == claims


def test_both_countries_is_no_candidate() -> None:
    claim = Claim(
        claimer=mention(BLAMED, "each country", "NOMINAL"),
        stance=Stance.ACCUSE,
        cue=span(BLAMED, "blames"),
        sentence=0,
        rule="reported_speech",
    )
    seen = [(mention(BLAMED, "countries", "NOMINAL"), "both-countries")]
    rows = ranked_targets.features(
        BLAMED,
        ResolvedClaim("c2", claim, "ethiopia", ()),
        seen,
        {"both-countries": ActorKind.GROUP, "ethiopia": ActorKind.STATE},
        {"both-countries": None, "ethiopia": None},
        [],
    )
    assert rows == {}


def test_the_shipped_weights_have_an_intercept_and_a_threshold() -> None:
    weight, threshold = ranked_targets.weights()
    assert weight[ranked_targets.BIAS] < 0  # most candidates are not the target
    assert 0.0 < threshold < 1.0
    # a candidate with no feature at all is never picked
    assert ranked_targets.probability({}, weight) < threshold


# the unlabelled pool, VOA 2003-01-10 "Bush Spokesman: Iraq Has Banned Weapons"
# (https://johnworldpeace.com/PoliticalCommentary2003/e030110b.htm, a VOA News story)
WEAPONS = (
    "The United States says Iraq has weapons of mass destruction, even though United Nations "
    "inspectors have yet to find any evidence of banned biological, chemical or nuclear arms."
)


def charge() -> ResolvedClaim:
    claim = Claim(
        claimer=mention(WEAPONS, "The United States", "GPE"),
        stance=Stance.ACCUSE,
        cue=span(WEAPONS, "says"),
        sentence=0,
        content=span(WEAPONS, "Iraq has weapons of mass destruction"),
        rule="reported_speech",
    )
    return ResolvedClaim("c3", claim, "united-states", ())


def relation(subject: str, predicate: str, verb: str, obj: str | None = None) -> Relation:
    return Relation(
        subject=span(WEAPONS, subject),
        predicate=predicate,
        object=span(WEAPONS, obj) if obj else None,
        sentence=0,
        predicate_span=span(WEAPONS, verb),
    )


WEAPON_SEEN = [
    (mention(WEAPONS, "Iraq", "GPE"), "iraq"),
    (mention(WEAPONS, "United Nations", "ORG"), "united-nations"),
]
WEAPON_KINDS = {
    "iraq": ActorKind.STATE,
    "united-nations": ActorKind.ORGANISATION,
    "united-states": ActorKind.STATE,
}
WEAPON_SIDES: dict[str, str | None] = dict.fromkeys(WEAPON_KINDS)


def test_the_doer_of_the_contents_verb_is_read_off_the_relations(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(ranked_targets, "RELATION_FEATURES", True)  # off by default
    relations = [
        relation("Iraq", "have", "has", "weapons of mass destruction"),
        relation(
            "United Nations inspectors", "have yet to find", "have yet to find", "any evidence"
        ),
    ]
    rows = ranked_targets.features(
        WEAPONS, charge(), WEAPON_SEEN, WEAPON_KINDS, WEAPON_SIDES, [], relations
    )
    assert rows["iraq"]["content_doer"] == 1.0
    assert rows["iraq"]["accuse|content_doer"] == 1.0
    assert rows["iraq"]["hostile_doer"] == 0.0  # "have" tells no hostile act
    # the inspectors' verb is outside the content: its subject is no doer of the charge
    assert rows["united-nations"]["content_doer"] == 0.0
    assert rows["united-nations"]["outside_subject"] == 1.0


def test_a_hostile_verb_is_one_of_the_content_lexicons_acts() -> None:
    assert ranked_targets._hostile(relation("Iraq", "invade", "has"))
    assert not ranked_targets._hostile(relation("Iraq", "have", "has"))


def test_without_the_relation_features_the_rows_are_round_23s() -> None:
    assert not ranked_targets.RELATION_FEATURES  # measured, off (RESULTS, round 24)
    relations = [relation("Iraq", "have", "has", "weapons of mass destruction")]
    rows = ranked_targets.features(
        WEAPONS, charge(), WEAPON_SEEN, WEAPON_KINDS, WEAPON_SIDES, [], relations
    )
    assert "content_doer" not in rows["iraq"]
    assert rows["iraq"]["in_content"] == 1.0
