"""Round 23 (charge23, issue 12): conduct told as another party's with no charge word
(:mod:`kg.extract.claims.content_conduct`, the ``told_conduct`` family) and the round's content
lexicon rows.  Real sentences in no gold part: VOA stories (public domain) and the corpus's
official texts (``corpus/``), each with its source beside it."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Token

from kg.extract.claims import OPTIONAL, RULES, extract_claims
from kg.extract.claims.content_acts import _perpetrates
from kg.extract.claims.content_conduct import _abroad, _planned, _told_conduct, _used_as_means
from kg.extract.claims.content_label import _is_wrong_doing
from kg.extract.claims.content_lexicon import COMPLY_VERBS, THROW_VERBS, WRONG_ADJECTIVES
from kg.extract.mentions import extract_mentions
from kg.model import Stance


def _verb(nlp: Language, text: str, lemma: str) -> Token:
    doc = nlp(text)
    return next(t for t in doc if t.lemma_.lower() == lemma and t.pos_ in ("VERB", "AUX"))


def _stances(nlp: Language, text: str) -> dict[str, tuple[Stance, list[str]]]:
    doc = nlp(text)
    return {
        c.claimer.span.text: (c.stance, [t.span.text for t in c.targets])
        for c in extract_claims(doc, extract_mentions(doc))
    }


def test_the_family_is_on_by_default() -> None:
    assert "told_conduct" in RULES
    assert "told_conduct" not in OPTIONAL


@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        # https://www.president.gov.ua/en/news/ukrayina-otrimuye-vid-partneriv-pidtrimku-p...
        ("They are preparing to bomb Odesa.", "prepare"),
        # https://www.president.gov.ua/en/news/mi-perezhili-nich-yaka-mogla-zupiniti-istor...
        ("They are constantly preparing provocations.", "prepare"),
    ],
)
def test_a_hostile_act_planned_is_conduct(nlp: Language, text: str, lemma: str) -> None:
    assert _planned(_verb(nlp, text, lemma))


@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        # https://www.president.gov.ua/en/news/zvernennya-kerivnika-ofisu-prezidenta-ukray...
        ("Ukraine is preparing to launch the National Sovereign Fund.", "prepare"),
        # https://www.president.gov.ua/en/news/mi-pracyuyemo-nad-tim-shob-druzyami-ukrayin...
        (
            "Tomorrow morning we are preparing to send new buses to Mariupol to continue "
            "this important mission.",
            "prepare",
        ),
    ],
)
def test_a_plan_of_no_hostile_act_is_not(nlp: Language, text: str, lemma: str) -> None:
    assert not _planned(_verb(nlp, text, lemma))


def test_a_thing_used_as_a_cover_charges_the_user(nlp: Language) -> None:
    # http://en.kremlin.ru/events/president/news/68254
    text = (
        "When retreating, the Ukrainian army and the nationalist battalions in Mariupol and "
        "other Ukrainian cities were using civilians as a cover."
    )
    doc = nlp(text)
    verb = next(t for t in doc if t.lemma_ == "use")
    assert _used_as_means(verb)
    doers = _told_conduct(doc[:], [verb], lambda: set())
    assert doers is not None and any("Ukrainian" in d.text for d in doers)


@pytest.mark.parametrize(
    "text",
    [
        # http://en.kremlin.ru/events/president/news/67066
        "Some 2,400 Russian companies operate in Belarus.",
        # https://www.president.gov.ua/en/news/promova-prezidenta-volodimira-zelenskogo-u-...
        "Its defenders still remain in Mariupol.",
        # https://www.president.gov.ua/en/news/lend-liz-ta-inshi-programi-pidtrimki-ukrayi...
        "Currently, 27 foreign diplomatic missions operate in the capital of our country.",
    ],
)
def test_companies_missions_and_defenders_are_not_forces_abroad(nlp: Language, text: str) -> None:
    doc = nlp(text)
    assert not any(_abroad(t) for t in doc if t.lemma_ in ("operate", "remain"))


def test_troops_kept_inside_another_state_accuse_their_state(nlp: Language) -> None:
    # https://www.voanews.com/a/nato-on-russia-troop-presence-in-ukraine/2446379.html
    found = _stances(
        nlp,
        "NATO says around 1,000 Russian troops remain inside Ukraine - a day after Ukraine's "
        "president reported that most of the Russian forces assisting separatists there had "
        "returned home.",
    )
    stance, targets = found["NATO"]
    assert stance is Stance.ACCUSE
    assert any("Russia" in t for t in targets)


@pytest.mark.parametrize(
    ("text", "claimer", "stance"),
    [
        # http://www.voanews.com/a/a-13-a-2003-05-28-18-tensions-66318567/543273.html
        (
            "But Iranian officials say they recently arrested some al-Qaida members operating "
            "in the country.",
            "Iranian officials",
            Stance.ASSERT,
        ),
        # VOA News, 2009-07 (U.S. Marines in Helmand), via
        # http://misskhmer.blogspot.com/2009/07/us-troops-push-further-into-southern.html
        (
            "Separately, U.S. officials say the military is using all its resources to find an "
            "American soldier believed to have been captured by militants in eastern Paktika "
            "province on Tuesday.",
            "U.S. officials",
            Stance.ASSERT,
        ),
        # https://www.president.gov.ua/en/news/volodimir-zelenskij-u-mene-yak-u-prezidenta...
        ("He noted that 10-15% of the population remained in Severodonetsk.", "He", Stance.ASSERT),
        # https://www.president.gov.ua/en/news/rnbo-pid-golovuvannyam-prezidenta-rozglyanu...
        (
            "As Minister of Internal Affairs of Ukraine Denys Monastyrskyi said at the briefing, "
            "Ukraine is preparing for the scenarios that can now be observed on the "
            "Belarusian-Polish border.",
            "Minister of Internal Affairs of Ukraine Denys Monastyrskyi",
            Stance.ASSERT,
        ),
        # VOA News (2022-02-18), http://tingroom.com/print_541814.html
        ("However, the Kremlin has denied it is planning to invade.", "Kremlin", Stance.DENY),
    ],
)
def test_neutral_conduct_and_denials_keep_their_stance(
    nlp: Language, text: str, claimer: str, stance: Stance
) -> None:
    assert _stances(nlp, text)[claimer][0] is stance


def test_the_round_rows_are_in_their_classes() -> None:
    assert "aggressive" in WRONG_ADJECTIVES
    assert "drop" in THROW_VERBS
    assert "follow" in COMPLY_VERBS


def test_a_bomb_dropped_is_a_hostile_act(nlp: Language) -> None:
    # https://www.president.gov.ua/en/news/zvernennya-prezidenta-ukrayini-z-nagodi-dnya-pamyati-...
    text = (
        "How Rotterdam became the first city to be completely destroyed when the Nazis dropped "
        "97 tons of bombs on it."
    )
    assert _perpetrates(_verb(nlp, text, "drop"))


def test_aggressive_actions_are_a_wrong_doing(nlp: Language) -> None:
    # https://www.president.gov.ua/en/news/razom-iz-soyuznikami-mi-tochno-mozhemo-zupiniti-rosij
    doc = nlp(
        "Everything that should guarantee freedom and security in the world is simply "
        "destroyed by Russia's aggressive actions."
    )
    assert _is_wrong_doing(next(t for t in doc if t.lower_ == "actions"))
