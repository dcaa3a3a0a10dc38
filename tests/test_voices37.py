"""Who speaks in a transcript of talks (round 36, issue 12, branch voices37): in
``kg.resolve.voice`` HEADED_LABELS and LONG_LABELS, in ``kg.extract.claims.address_speech``
DROPPED_NOT_TAKEN, COURTESIES and SALUTATIONS.  Each turn of talks is its labelled speaker's
speech; greetings, welcomes, thanks for the meeting and the chair's giving of the floor are no
claim (the guide's round-35 ruling: ceremonial formulae; "Not claims").

Sentences are real, verbatim from Kremlin transcripts in the dispute corpus (CC BY 4.0), texts in
no part of either benchmark's gold, its agreement files or the pool; the two documents below are
excerpts (whole sentences, in the text's order, some left out between them).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.claims import address_speech
from kg.extract.claims.address_speech import courteous, saluting
from kg.resolve import voice as voice_module
from kg.resolve.voice import speech_only

try:  # tests/ may or may not be a package
    from tests.claim_helpers import assert_in_no_gold_part, official_graph
except ImportError:  # pragma: no cover
    from claim_helpers import assert_in_no_gold_part, official_graph  # type: ignore

RUSSIA = "President of Russia"

# http://en.kremlin.ru/events/president/news/67748 (corpus/kremlin-kazakhstan.jsonl),
# "Meeting with President of Kazakhstan Kassym-Jomart Tokayev", 2022-02-10
SIGNED = (
    "In addition, a cooperation agreement was signed between Transmashholding and Kazakh Railways."
)
HEADING = "*** Beginning of Russian-Kazakhstani talks President of Russia Vladimir Putin: "
WELCOME_YOU = "Mr President, It is my pleasure to welcome you in Moscow."
FIRST_MEETING = (
    "This is our first meeting after the events in January, when, without exaggeration, "
    "Kazakhstan fell victim to some international groups that used the difficult situation in "
    "the country to their benefit."
)
BEFORE_NEW_YEAR = (
    "We had a meeting before the New Year, and nothing could have predicted such a turn of events."
)
DISCUSS = "And, of course, we have a lot to discuss today."
HAPPY = "I am very happy to see you."
WELCOME = "Welcome."
TOKAYEV_LABEL = (
    "President of the Republic of Kazakhstan Kassym-Jomart Tokayev Tokayev Kassym-JomartPresident "
    "of the Republic of Kazakhstan: "
)
INVITATION = "Thank you, Mr President, first of all, for the invitation to visit Moscow."
FIRST_VISIT = "Indeed, this is my first visit since the New Year."
INVESTIGATION = "An investigation is now underway, and the first results are coming out."
TALKS_TEXT = (
    "Vladimir Putin held talks with President of the Republic of Kazakhstan Kassym-Jomart "
    "Tokayev in the Kremlin.\n\n"
    + SIGNED
    + HEADING
    + " ".join((WELCOME_YOU, FIRST_MEETING, BEFORE_NEW_YEAR, DISCUSS, HAPPY, WELCOME))
    + " "
    + TOKAYEV_LABEL
    + " ".join((INVITATION, FIRST_VISIT, INVESTIGATION))
)
TALKS_TITLE = "Meeting with President of Kazakhstan Kassym-Jomart Tokayev"

# http://en.kremlin.ru/events/president/news/67465 (corpus/kremlin-belarus.jsonl),
# "Meeting with President of Belarus Alexander Lukashenko", 2021-12-29
SERIOUS_PLANS = "We have serious plans for implementing our interaction."
THANK_PRESIDENT = "Alexander Lukashenko: Thank you, Mr President."
SHARE = "I share your positive assessment of yesterday's event."
BELARUS_TEXT = (
    "Vladimir Putin met with President of the Republic of Belarus Alexander Lukashenko at the "
    "Constantine Palace.\n\nPresident of Russia Vladimir Putin: "
    + " ".join((SERIOUS_PLANS, THANK_PRESIDENT, SHARE))
)
BELARUS_TITLE = "Meeting with President of Belarus Alexander Lukashenko"

# http://en.kremlin.ru/events/president/news/67066
CONGRATULATIONS = "Mr Lukashenko, thank you very much for your congratulations."
# http://en.kremlin.ru/events/president/news/67904
HARD_WORK = (
    "I want to thank all those who participated in this extremely important transport project, "
    "for their hard work."
)
MOVING_AHEAD = "Marine transport is moving ahead in the wake of digitisation."
# http://en.kremlin.ru/events/president/news/68548
GO_AHEAD = "Ms Lvova-Belova, go ahead please."
# http://en.kremlin.ru/events/president/news/67987
GOOD_AFTERNOON = "Good afternoon, Mr President."


def _turns(nlp: Language, text: str, title: str, published: str) -> dict[str, list[str]]:
    """The speech family's kept claims by sentence: the speaker's name each."""
    graph = official_graph(nlp, text, RUSSIA, title=title, published=published)
    names = {actor.id: actor.name for actor in graph.actors}
    found: dict[str, list[str]] = {}
    for claim in graph.claims:
        if speech_only(claim.claim.rule):
            sentence = graph.sentences[claim.claim.sentence].text
            found.setdefault(sentence, []).append(names[claim.claimer])
    return found


def _said(found: dict[str, list[str]], sentence: str) -> list[str]:
    """The speakers of the claims made in the sentence that ends with ``sentence`` (the
    parser may run a label into the sentence it opens)."""
    return [name for text, names in found.items() if text.endswith(sentence) for name in names]


def test_sentences_in_no_gold_part() -> None:
    assert_in_no_gold_part(__file__, at_least=12)


def test_talks_turns_and_their_courtesies(nlp: Language) -> None:
    """A heading run into the host's label and the guest's long credit line both start turns;
    each turn's assertions are its speaker's; greetings, welcomes and thanks for the
    invitation are no claim; the issuer's narration before the first label is none either."""
    found = _turns(nlp, TALKS_TEXT, TALKS_TITLE, "2022-02-10")
    assert _said(found, FIRST_MEETING) == ["Vladimir Putin"]
    assert _said(found, BEFORE_NEW_YEAR) == ["Vladimir Putin"]
    assert _said(found, INVESTIGATION) == ["Kassym-Jomart Tokayev"]
    for courtesy in (WELCOME_YOU, HAPPY, WELCOME, INVITATION):
        assert _said(found, courtesy) == [], courtesy
    assert _said(found, SIGNED) == []


def test_no_turn_after_a_heading_without_the_switch(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    """HEADED_LABELS off: "Beginning of Russian-Kazakhstani talks" makes the host's label no
    label, so his turn is the issuer's narration (no claim)."""
    monkeypatch.setattr(voice_module, "HEADED_LABELS", False)
    found = _turns(nlp, TALKS_TEXT, TALKS_TITLE, "2022-02-10")
    assert _said(found, FIRST_MEETING) == []


def test_the_guest_s_long_label_without_the_switch(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    """LONG_LABELS off: the guest's credit line of 15 words is no label, and his words are not
    his."""
    monkeypatch.setattr(voice_module, "LONG_LABELS", False)
    found = _turns(nlp, TALKS_TEXT, TALKS_TITLE, "2022-02-10")
    assert "Kassym-Jomart Tokayev" not in _said(found, INVESTIGATION)


def test_courtesies_are_claims_without_the_switch(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(address_speech, "COURTESIES", False)
    found = _turns(nlp, TALKS_TEXT, TALKS_TITLE, "2022-02-10")
    assert _said(found, HAPPY) == ["Vladimir Putin"]


def test_a_turn_after_thanks_is_its_speaker_s(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "Alexander Lukashenko: Thank you, Mr President." is a courtesy; with DROPPED_NOT_TAKEN
    (off by the round's bar) the next sentence, which the news-only bite rule read (and an
    official text drops), is Lukashenko's claim."""
    monkeypatch.setattr(address_speech, "DROPPED_NOT_TAKEN", True)
    found = _turns(nlp, BELARUS_TEXT, BELARUS_TITLE, "2021-12-29")
    assert _said(found, SHARE) == ["Alexander Lukashenko"]
    assert "Alexander Lukashenko" not in _said(found, SERIOUS_PLANS)  # the host's turn
    assert _said(found, THANK_PRESIDENT) == []


def test_the_bite_rule_s_sentence_is_lost_without_the_switch(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(address_speech, "DROPPED_NOT_TAKEN", False)
    found = _turns(nlp, BELARUS_TEXT, BELARUS_TITLE, "2021-12-29")
    assert _said(found, SHARE) == []


def _sentence(nlp: Language, text: str):  # type: ignore[no-untyped-def]
    return next(iter(nlp(text).sents))


def test_courtesy_or_praise(nlp: Language) -> None:
    """Thanks for congratulations is a courtesy; thanks for a party's hard work is praise; the
    chair's "go ahead please" gives the floor, "moving ahead" does not."""
    assert courteous(_sentence(nlp, CONGRATULATIONS))
    assert not courteous(_sentence(nlp, HARD_WORK))
    assert courteous(_sentence(nlp, GO_AHEAD))
    assert not courteous(_sentence(nlp, MOVING_AHEAD))


def test_salutations(nlp: Language) -> None:
    assert saluting(_sentence(nlp, GOOD_AFTERNOON))
    assert not saluting(_sentence(nlp, MOVING_AHEAD))
    assert not saluting(_sentence(nlp, SHARE))


# http://en.kremlin.ru/events/president/news/67461 (corpus/kremlin-belarus.jsonl), "Informal
# meeting of the CIS heads of state", 2021-12-28
CIS_LEAD = (
    "St Petersburg hosted the annual informal summit meeting of heads of state of the "
    "Commonwealth of Independent States."
)
GOOD_AFTERNOON_COLLEAGUES = "* * * Vladimir Putin: Colleagues, good afternoon."
GO_AHEAD_POPOVA = "Ms Popova, go ahead please."
POPOVA_LABEL = (
    "Anna Popova, Head of the Federal Service for the Oversight of Consumer Protection and "
    "Welfare (Rospotrebnadzor): "
)
LEADERS = "Mr President, Mr Nazarbayev, leaders of the CIS countries."
STABILITY = (
    "Epidemiological stability and biological safety in the CIS countries is undoubtedly a "
    "condition for the region's sustainable social and economic development."
)
CIS_TEXT = (
    CIS_LEAD
    + "\n\n"
    + " ".join((GOOD_AFTERNOON_COLLEAGUES, GO_AHEAD_POPOVA))
    + " "
    + POPOVA_LABEL
    + " ".join(("Thank you.", LEADERS, STABILITY))
)


def test_a_label_that_names_then_titles(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    """ "Anna Popova, Head of the Federal Service ...:" is Popova's turn (NAME_FIRST_LABELS; off,
    the title's last run of capitals, "Consumer Protection", spoke); the salutation and the
    chair's giving of the floor are no claim."""
    title = "Informal meeting of the CIS heads of state"
    monkeypatch.setattr(voice_module, "NAME_FIRST_LABELS", True)  # off by the round's bar
    found = _turns(nlp, CIS_TEXT, title, "2021-12-28")
    assert _said(found, STABILITY) == ["Anna Popova"]
    assert _said(found, LEADERS) == [] and _said(found, GO_AHEAD_POPOVA) == []
    monkeypatch.setattr(voice_module, "NAME_FIRST_LABELS", False)
    found = _turns(nlp, CIS_TEXT, title, "2021-12-28")
    assert _said(found, STABILITY) != ["Anna Popova"]
