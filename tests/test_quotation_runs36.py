"""Round 35 (branch ``quotes36``, issue 12): the speakers of quotation runs.

- :data:`kg.resolve.CLOSED_RUN_START`: a "he"/"she" closing a run whose earlier sentences are
  follow-on claims of that pronoun is counted from the run's first sentence, so the run is the
  speaker's the sentence before it names, not a person the run itself names in passing;
- :data:`kg.resolve.speakers.RUN_SPEAKER`: a "he" that no speaker within reach resolves is the
  speaker of the run that ended just before the narration between them;
- :data:`kg.extract.claims.speech_quotes.AUTHOR_RUNS`: the text's own voice between a speaker's
  quotations does not take the run;
- :data:`kg.extract.claims.speech_quotes.INTRODUCE_ANY` (off: it failed the round's bar) and
  :data:`kg.extract.claims.speech_quotes.INTRODUCING_PRONOUNS`: a claimless sentence about a
  person introduces the quotation that opens the next sentence.

The texts are items of the dispute corpus in no gold part (their addresses are in no line of the
claims gold, its agreement files and pool, or the allegations gold), quoted verbatim, except
where a test says its text is constructed.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

import kg.resolve
from kg.extract import extract
from kg.extract.claims import address_speech, speech_quotes
from kg.model import Article, Claim, DocumentGraph
from kg.resolve import speakers
from tests.claim_helpers import assert_in_no_gold_part, official_graph, resolved

OUTLET = "President of Ukraine"
#: https://www.president.gov.ua/en/news/glava-derzhavi-mi-zrobili-vse-shob-rosiya-sogodni-skazala-sh-71989
#: (CC BY 4.0, President of Ukraine; the item's lead, its fifth and sixth sentences and the run
#: after them)
NORMANDY = (
    "During a phone conversation with US President Joseph Biden, President Volodymyr Zelenskyy "
    "spoke about the possibility of creating another platform with the United States for "
    "negotiations with the Russian Federation on ending the war in Donbas and restoring "
    "Ukraine's territorial integrity.",
    "The Head of State spoke about this in an interview for 1 + 1 TV channel.",
    "The President noted that it is important for Ukraine not to lose the Normandy format, "
    "because our country's partners are really interested in resolving the conflict in Donbas.",
    '"Emmanuel Macron is interested.',
    "Today he is one of the leaders of Europe, who is clearly interested in the development and "
    "implementation of the Normandy format.",
    "That's why his reaction is very important to me.",
    "I will soon meet the new Chancellor of Germany Olaf Scholz.",
    "Today I have a reaction that everyone stands for having several ways, everyone wants as many "
    'countries as possible to do everything possible to stop the war in the east of Ukraine," he '
    "said.",
)
NORMANDY_TITLE = (
    "Head of State: We have done everything to make Russia say today that it is not going to "
    "invade Ukraine"
)
#: https://www.president.gov.ua/en/news/ukrayina-potrebuye-bilshe-zbroyi-adzhe-mi-zahishayemo-cinnos-73981
#: (CC BY 4.0, President of Ukraine; the lead, then the item's passage on weapons)
WEAPONS = (
    "Ukraine needs as big a supply of weapons as possible because our country pays a very high "
    "price every day defending the values of a democratic world in the fight against the "
    "aggressor.",
    "This was stated by Head of the President's Office Andriy Yermak in an interview to leading "
    "international journalist of the American television company CNN Christiane Amanpour.",
    "Andriy Yermak noted that in his addresses to the parliaments of the world, President "
    "Volodymyr Zelenskyy emphasizes the need to increase weaponry supplies to Ukraine.",
    '"We do not have enough weapons.',
    'And we need it to continue our struggle," he said.',
    "The Head of the Office of the President hopes that all partner states of Ukraine understand "
    "that today our country pays an exorbitant price for its freedom, so the issue of weaponry "
    "supply is very important.",
    '"The whole world can see that Ukrainians are a nation that will never stop fighting because '
    "we are fighting for our land.",
    "We are fighting for our country.",
    'We are fighting for the whole democratic world," he said.',
)
WEAPONS_TITLE = (
    "Ukraine needs more weapons, because we defend the values of a democratic world - Head of "
    "the President's Office"
)
#: https://yingyuke.net/a/224477.html (Voice of America, "Syrian President, Foreign Minister
#: Sought", public domain; two consecutive paragraphs)
MEKDAD = (
    "The U.S. Ambassador to the UN, John Bolton, recently expressed impatience with the Syrian "
    "government's apparent reluctance to cooperate.",
    '"But their lack of cooperation, indeed their affirmative obstruction of the Mehlis [UN] '
    "commission needs a response and we're looking to find exactly what that should be,\" said "
    "Mr. Bolton.",
    "Syria's UN Ambassador Fayssal Mekdad responded to Mr. Bolton.",
    '"Ambassador Bolton has always been wrong.',
    'Whatever he said was wrong."',
)


def claims_of(nlp: Language, text: str, outlet: str) -> list[Claim]:
    """The extracted (unresolved) claims of ``text`` as a dated document of ``outlet``."""
    article = Article("doc", text, "-", title="Statement", outlet=outlet, published="2022-05-02")
    return list(extract(nlp(text), article).claims)


def _graph(nlp: Language, sentences: tuple[str, ...], title: str) -> DocumentGraph:
    return official_graph(nlp, " ".join(sentences), OUTLET, title=title)


def _claimers_of(graph: DocumentGraph, sentence: str) -> list[str]:
    """The claimers' names of the claims whose cue lies in ``sentence``."""
    names = {actor.id: actor.name for actor in graph.actors}
    return [
        names[c.claimer]
        for c in graph.claims
        if sentence[:30] in graph.sentences[c.claim.sentence].text
    ]


def test_closing_pronoun_counts_from_the_run_start(nlp: Language) -> None:
    graph = _graph(nlp, NORMANDY, NORMANDY_TITLE)
    for sentence in NORMANDY[3:7]:
        assert _claimers_of(graph, sentence) == ["Volodymyr Zelenskyy"], sentence


def test_closing_pronoun_without_the_switch_takes_the_name_inside(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(kg.resolve, "CLOSED_RUN_START", False)
    graph = _graph(nlp, NORMANDY, NORMANDY_TITLE)
    assert _claimers_of(graph, NORMANDY[5]) == ["Olaf Scholz"]


def test_run_after_narration_is_the_last_run_speakers(nlp: Language) -> None:
    graph = _graph(nlp, WEAPONS, WEAPONS_TITLE)
    for sentence in WEAPONS[6:]:
        assert _claimers_of(graph, sentence) == ["Andriy Yermak"], sentence


def test_run_after_narration_without_the_run_speaker(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(speakers, "RUN_SPEAKER", False)
    # round 35's address_speech family reads this speech's sentences too (the lead, at the
    # merge): set off, so that only the run's speaker is tested
    monkeypatch.setattr(address_speech, "ADDRESS_SENTENCES", False)
    graph = _graph(nlp, WEAPONS, WEAPONS_TITLE)
    assert _claimers_of(graph, WEAPONS[7]) == []


def test_claimless_sentence_introduces_the_quotation(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(speech_quotes, "INTRODUCE_ANY", True)
    claims = resolved(nlp, " ".join(MEKDAD))
    run = [(name, stance.value) for name, stance, _ in claims if name == "Fayssal Mekdad"]
    assert len(run) == 2, claims


def test_claimless_sentence_introduces_nobody_when_off(nlp: Language) -> None:
    assert speech_quotes.INTRODUCE_ANY is False  # shipped off (RESULTS, round 35, quotes36)
    claims = resolved(nlp, " ".join(MEKDAD))
    assert not [name for name, _, _ in claims if name == "Fayssal Mekdad"], claims


#: Constructed (no corpus text outside the gold holds the shape): a claimless sentence with a
#: "she" subject right after the speaker's own claim, then a quotation with no attribution.
PRONOUN_INTRODUCED = (
    "Foreign Minister Anna Keller said the talks had failed. "
    "She met reporters outside the ministry in the evening. "
    '"We will not sign an agreement that leaves our border open."'
)


@pytest.mark.parametrize("on", [True, False])
def test_pronoun_subject_introduces_the_quotation(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, on: bool
) -> None:
    monkeypatch.setattr(speech_quotes, "INTRODUCE_ANY", True)
    monkeypatch.setattr(speech_quotes, "INTRODUCING_PRONOUNS", on)
    claims = resolved(nlp, PRONOUN_INTRODUCED)
    quoted = [name for name, _, _ in claims if name == "Anna Keller"]
    assert len(quoted) == (2 if on else 1), claims


#: Constructed (the development example is a gold text): an official text's own sentence,
#: told as fact, between two quotations of the speaker it quotes.
AUTHOR_BETWEEN = (
    'Secretary Blinken said, "We will hold the regime to account." '
    "The Lukashenka regime has jailed hundreds of peaceful protesters and brutally attacked "
    "journalists. "
    '"The world is watching what happens in Minsk. We will not forget the people of Belarus."'
)


@pytest.mark.parametrize("on", [True, False])
def test_the_text_s_own_voice_leaves_the_run_to_its_speaker(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, on: bool
) -> None:
    monkeypatch.setattr(speech_quotes, "AUTHOR_RUNS", on)
    found = claims_of(nlp, AUTHOR_BETWEEN, "U.S. Department of State")
    run = [c for c in found if "follow_on_quote" in c.rule.split("+")]
    assert len(run) == 2, found
    assert {c.claimer.span.text for c in run} == ({"Blinken"} if on else {""}), run


def test_sentences_in_no_gold_part() -> None:
    assert_in_no_gold_part(__file__, 10)
