"""Round 23 (issue 12, crit23): criticism by a judgement of inability or distrust
(:func:`kg.extract.claims.content_evaluated._incapable`, in the ``evaluated_conduct``
family), and the parts shipped off: a merit denied to the other side's act
(:func:`~kg.extract.claims.content_evaluated._unmerited`, switch ``UNMERITED``), a demand to
stop a doing carried by a light verb (:data:`kg.extract.claims.demands.LIGHT_VERBS`, switch
``LIGHT_VERB_DEMANDS``), judgement rows for ``conduct_adj``/``conduct_noun`` (in
``kg/data/content_lexicon_optional.tsv``).

Sentences from the texts of ``corpus/`` (public-domain government pages), in no gold part of
``benchmarks/claims/gold.jsonl`` or ``benchmarks/allegations/gold.jsonl`` and no agreement
file (``tests/test_tests_sources.py`` checks).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.claims import RULES, content_evaluated, extract_claims, loadable
from kg.extract.claims.content_evaluated import _incapable, _unmerited
from kg.extract.claims.content_lexicon import CONDUCT_ADJECTIVES, CONDUCT_NOUNS
from kg.extract.claims.demands import _names_hostile
from kg.extract.mentions import extract_mentions
from kg.model import Claim, Stance


def claims(nlp: Language, text: str) -> list[Claim]:
    doc = nlp(text)
    return list(extract_claims(doc, extract_mentions(doc), loadable(RULES)))


def _nobody() -> set[str]:
    """No speaker's side: every actor counts as the other side."""
    return set()


@pytest.mark.parametrize(
    ("text", "judged"),
    [
        # https://www.state.gov/sanctioning-cuban-police-in-response-to-violent-repression-of-peaceful-protests/
        (
            "Cubans deserve to have pride in their homeland and the basic necessities of life"
            " that the Cuban Communist Party\u2019s failed system has been unable to deliver.",
            "Party",
        ),
        # https://www.president.gov.ua/en/news/she-potribno-voyuvati-j-spryamovuvati-vsi-sili-shob-vignati-74697
        (
            "Return with a normal life, which Russia is simply unable to provide even on its"
            " own territory.",
            "Russia",
        ),
    ],
)
def test_inability_judges_the_actor(nlp: Language, text: str, judged: str) -> None:
    doc = nlp(text)
    found = [
        t.text for verb in doc if verb.lemma_ == "be" for t in (_incapable(verb, _nobody) or [])
    ]
    assert judged in found


def test_a_forecast_of_inability_is_no_judgement(nlp: Language) -> None:
    # https://www.president.gov.ua/en/news/kozhen-i-kozhna-maye-buti-lobistom-postachannya-ukrayini-vaz-75501
    doc = nlp(
        "The practical result is minus tens of billions of euros, which Russia will now be"
        " unable to use to finance terror."
    )
    assert all(_incapable(verb, _nobody) is None for verb in doc if verb.lemma_ == "be")


@pytest.mark.parametrize(
    "text",
    [
        # the speaker's own side unable: no criticism (http://en.kremlin.ru/events/president/news/68434)
        "Indeed, the Europeans openly admit they are unable to fully go without Russian energy"
        " resources at this point.",
        # a regret that two leaders could not meet (https://www.whitehouse.gov/briefing-room/
        # statements-releases/2022/03/17/readout-of-president-bidens-virtual-meeting-with-
        # taoiseach-micheal-martin-of-ireland/)
        "The President expressed regret that he and the Taoiseach were unable to meet in person"
        " and wished him a speedy recovery.",
    ],
)
def test_own_inability_stays_no_criticism(nlp: Language, text: str) -> None:
    assert not [c for c in claims(nlp, text) if c.stance is Stance.CRITICIZE]


def test_a_light_verb_with_no_wrong_names_nothing_hostile(nlp: Language) -> None:
    # https://www.president.gov.ua/en/news/promova-prezidenta-ukrayini-volodimira-zelenskogo-u-federaln-74005
    doc = nlp(
        "Our defenders deserve that European companies finally stop making money together"
        " with those who are trying to destroy us."
    )
    making = next(t for t in doc if t.lower_ == "making")
    assert not _names_hostile(making)
    assert not [c for c in claims(nlp, doc.text) if c.rule.startswith("demand")]


def test_judgement_rows_ship_off() -> None:
    # measured: no claim changed (they are critical_adj/critical_noun words already)
    assert not {"counterproductive", "short-sighted", "blunder", "sham"} & (
        CONDUCT_ADJECTIVES | CONDUCT_NOUNS
    )


def test_a_merit_denied_to_the_other_sides_act_criticizes_its_owner(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(content_evaluated, "UNMERITED", True)  # off by default (no gain)
    # https://www.president.gov.ua/en/news/v-ukrayini-sogodni-virishuyetsya-majbutnye-arhitekturi-yevro-72877
    text = (
        "He believes that Russia's military activities are not justified and there are no"
        " logical reasons for such an increase in military capabilities."
    )
    found = [c for c in claims(nlp, text) if c.stance is Stance.CRITICIZE]
    assert found and any("Russia" in t.span.text for c in found for t in c.targets)


def test_a_merit_denied_to_an_act_nobody_owns_names_nobody(nlp: Language) -> None:
    # corpus/state-department-ethiopia.jsonl (a State Department statement on Ethiopia)
    doc = nlp(
        "The June 21 elections in Ethiopia took place against a backdrop of grave instability,"
        " including increasing inter-ethnic and inter-communal conflicts, and an electoral"
        " process that was not free or fair for all Ethiopians."
    )
    assert all(_unmerited(verb, _nobody) is None for verb in doc)


def test_the_unmerited_form_is_off_without_denied_merits(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    # round 42 (criticize52): content_evaluated.DENIED_MERITS reads the form whatever
    # UNMERITED says; with both off it reads nothing
    monkeypatch.setattr(content_evaluated, "DENIED_MERITS", False)
    # https://www.president.gov.ua/en/news/v-ukrayini-sogodni-virishuyetsya-majbutnye-arhitekturi-yevro-72877
    doc = nlp(
        "He believes that Russia's military activities are not justified and there are no"
        " logical reasons for such an increase in military capabilities."
    )
    assert all(_unmerited(verb, _nobody) is None for verb in doc)
