"""Round 32 (branch ``readout33``, issue 12): the press-service register's cues, both families
on (the bar written before the second half and the held-out parts were scored was met).

- family ``readout_cue`` (:mod:`kg.extract.claims.readouts`, data in
  ``kg/data/readout_cues.tsv``): a readout verb with no clause puts its topic, the doing it
  intends or commits to, or its noun object forward ("informed his counterpart about X",
  "set forth X", "reaffirmed their intention to V", "highlighted the steps X took") as an
  assertion, and "stands with X", "spoke highly of X" approve X;
- family ``stated_by``: "P. This was stated by X." / "X said this ...": the trailing
  attribution is X's assertion, in the attribution's sentence, with no content.

Round 32 used constructed texts only (``corpus/``'s press-service items hold the blind part's
documents); round 33 (commit34) replaced five of them with corpus sentences from documents
whose address is in no gold part, agreement file or pool (checked by a script that printed
only the survivors, never a gold line).  Round 35 (``realtests35``) replaced seven more the
same way (the address of each beside it; no document of ``corpus/voa9.jsonl``,
``voa10.jsonl`` or ``wikinews3.jsonl``): the highlighted topic (White House, public domain),
the solidarity ("Jamaica stands with", State Department, public domain), the that-clause on
"informed" (White House), both trailing attributions with their sentences before (President
of Ukraine, CC BY 4.0), the sentence that is no attribution (President of Ukraine) and the
readout verb asked for ("we should review", Kremlin, CC BY 4.0).  Four stay constructed,
marked so beside them: "spoke highly of" a named party, "stood with his wife", "committed
themselves to", "reaffirmed its stance that" (no corpus sentence of these shapes outside the
gold parts).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

import kg.extract.claims.readouts
from kg.extract import extract
from kg.extract.claims import extract_claims
from kg.extract.mentions import extract_mentions
from kg.model import Article, Claim, Stance
from tests.claim_helpers import NEWS_RULES, assert_in_no_gold_part, claims_of, stances_of

#: Kremlin and President of Ukraine news items of the dispute corpus (CC BY 4.0, attribution
#: "President of Russia, en.kremlin.ru" / "President of Ukraine, president.gov.ua"), from
#: documents no gold part or agreement file holds (round 33, commit34, replacing round 32's
#: constructed sentences of these shapes), each with the claim the family should read.
INFORMED = (
    "Nikol Pashinyan also informed the President about his recent contacts aimed at normalising "
    "Azerbaijani-Armenian and Armenian-Turkish relations."
)
UPDATED = (
    "The President of Kazakhstan updated Vladimir Putin on the measures for the final "
    "restoration of law and order in Kazakhstan, considering the effective actions of the CSTO "
    "Collective Peacekeeping Forces."
)
SET_FORTH = (
    "Vladimir Putin set forth a number of considerations in the context of the Russian "
    "Federation's principled positions at these talks."
)
INTENTION = (
    "The leaders reaffirmed their intention to pursue overarching strengthening of "
    "Russia‒Kazakhstan alliance and strategic partnership."
)
CONVICTION = (
    "At the same time, Volodymyr Zelenskyy expressed his conviction that Ukraine cannot fight "
    "constantly while other countries develop."
)
#: Round 35 (realtests35): White House and State Department copy (public domain) and President
#: of Ukraine items (CC BY 4.0), from documents whose address is in no gold part, agreement file
#: or blind part's texts, replacing round 32's constructed sentences of these shapes.
# https://www.whitehouse.gov/briefing-room/statements-releases/2022/03/29/u-s-singapore-joint-leaders-statement/
HIGHLIGHTED = (
    "The leaders highlight the success of the U.S.-Singapore Third Country Training Program, "
    "which has received more than 1700 officials from across ASEAN."
)
# https://www.state.gov/secretary-blinkens-meeting-with-jamaican-prime-minister-holness/
STANDS_WITH = (
    "Jamaica stands with people around the world in upholding the principles of the United "
    "Nations charter in respecting territorial integrity, sovereignty, and the peaceful "
    "resolution of disputes."
)
#: constructed: no corpus sentence of this shape outside the gold parts (the one real "spoke
#: highly of", kremlin.ru 68613, praises "its work": a pronoun, no party named).
SPOKE_HIGHLY = "The leaders spoke highly of the cooperation between Tallinn and Riga in the region."
#: constructed: no corpus sentence of this shape outside the gold parts (the same verb with no
#: claim in it).
STOOD_BY_WIFE = "He stood with his wife at the entrance of the cathedral during the ceremony."
#: a that-clause on a readout verb (real):
# https://www.whitehouse.gov/briefing-room/statements-releases/2021/08/02/statement-by-nsc-spokesperson-emily-horne-on-national-security-advisor-jake-sullivans-meeting-with-foreign-minister-retno-marsudi-of-indonesia/
INFORMED_THAT = (
    "Sullivan informed Foreign Minister Marsudi that the United States will provide an "
    "additional $30 million in COVID-19 assistance to Indonesia, bringing the total U.S. "
    "assistance to Indonesia since the start of the pandemic to more than $65 million."
)
#: a trailing attribution, passive and active (real, each with the sentence before it):
# https://www.president.gov.ua/en/news/prezident-ukrayini-mariupol-ce-serce-vijni-yake-daye-zmogu-u-74237
STATED_BY = (
    "Thanks to Ukrainian defenders in the city of Mariupol in the Donetsk region, Ukraine today "
    "holds a strong position in the east and has a more confident position in negotiations "
    "with the Russian Federation. This was stated by President of Ukraine Volodymyr Zelenskyy "
    "in an interview for the Associated Press."
)
# https://www.president.gov.ua/en/news/v-ukrayini-sogodni-virishuyetsya-majbutnye-arhitekturi-yevro-72877
SAID_THIS = (
    "President of Ukraine Volodymyr Zelenskyy said that the main topics of his talks with "
    "German Chancellor Olaf Scholz in Kyiv were security challenges and the peace process, as "
    "the future of European security architecture, of which our state is a part, is being "
    "decided today in Ukraine. He said this in a statement to the media following talks with "
    "Olaf Scholz."
)
# https://www.president.gov.ua/en/news/za-smilivistyu-ta-mudristyu-ukrayinskogo-narodu-stoyat-tisya-75001
NOT_ATTRIBUTION = (
    "The prize was awarded to Ukrainians for their resilience and courage in resisting the "
    "Russian invasion. This is the first time The Atlantic Council has awarded an entire people "
    "or nation."
)
#: a readout verb asked for (real; without its "should" the family reads it):
# http://en.kremlin.ru/events/president/news/68250
SHOULD_REVIEW = (
    "Of course, we should review other aspects of this platform because there are also many "
    "talented, interesting and creative people there."
)
#: constructed: no corpus sentence of these shapes outside the gold parts (a readout verb told
#: as an undertaking, or with a clause of its own).
COMMITTED_THEMSELVES = (
    "Both governments have committed themselves to halt the transfer of drones to the region."
)
STANCE_THAT = "The ministry reaffirmed its stance that the border treaty remains in force."


def _of(nlp: Language, text: str, stance: Stance) -> list[str]:
    return [claimer for claimer, found, _ in stances_of(nlp, text) if found is stance]


def _without(nlp: Language, text: str, family: str, stance: Stance) -> list[str]:
    """The claimers of ``stance`` in ``text`` with ``family`` switched off."""
    doc = nlp(text)
    rules = NEWS_RULES - {family}
    return [
        c.claimer.span.text
        for c in extract_claims(doc, extract_mentions(doc), rules)
        if c.stance is stance
    ]


def test_sentences_are_in_no_gold_part() -> None:
    assert_in_no_gold_part(__file__, at_least=16)


@pytest.mark.parametrize(
    ("text", "claimer"),
    [
        (INFORMED, "Nikol Pashinyan"),
        (UPDATED, "The President of Kazakhstan"),
        (SET_FORTH, "Vladimir Putin"),
        (INTENTION, "The leaders"),
        (CONVICTION, "Volodymyr Zelenskyy"),
        (HIGHLIGHTED, "The leaders"),
    ],
)
def test_readout_verbs_assert(nlp: Language, text: str, claimer: str) -> None:
    assert claimer not in _without(nlp, text, "readout_cue", Stance.ASSERT)
    assert _of(nlp, text, Stance.ASSERT) == [claimer]  # on by default (round 32)
    assert _of(nlp, text, Stance.APPROVE) == []


def test_readout_content_is_the_topic(nlp: Language) -> None:
    contents = {
        text: [c.content.text for c in _claims(nlp, text) if c.content is not None]
        for text in (INFORMED, INTENTION, CONVICTION)
    }
    assert contents[INFORMED] == [
        "his recent contacts aimed at normalising Azerbaijani-Armenian and Armenian-Turkish "
        "relations"
    ]
    assert contents[INTENTION] == [
        "pursue overarching strengthening of Russia‒Kazakhstan alliance and strategic partnership"
    ]
    assert contents[CONVICTION] == ["Ukraine cannot fight constantly while other countries develop"]


def _claims(nlp: Language, text: str) -> list[Claim]:
    return claims_of(nlp, text)


@pytest.mark.parametrize(
    ("text", "claimer", "target"),
    [(STANDS_WITH, "Jamaica", "people"), (SPOKE_HIGHLY, "The leaders", "Tallinn")],
)
def test_solidarity_and_praise_approve(nlp: Language, text: str, claimer: str, target: str) -> None:
    assert _without(nlp, text, "readout_cue", Stance.APPROVE) == []
    found = [(c, t) for c, s, t in stances_of(nlp, text) if s is Stance.APPROVE]
    assert [c for c, _ in found] == [claimer]
    assert any(target in name for name in found[0][1])


def test_no_readout_claim_without_the_frame(nlp: Language) -> None:
    assert stances_of(nlp, STOOD_BY_WIFE) == []
    # a that-clause is the speech rules' claim, read once
    assert _of(nlp, INFORMED_THAT, Stance.ASSERT) == ["Sullivan"]


@pytest.mark.parametrize(
    ("text", "claimer"),
    [(STATED_BY, "Volodymyr Zelenskyy"), (SAID_THIS, "He")],
)
def test_trailing_attribution(nlp: Language, text: str, claimer: str) -> None:
    assert not any(claimer in c for c in _without(nlp, text, "stated_by", Stance.ASSERT))
    found = [c for c in _claims(nlp, text) if c.rule == "stated_by"]
    assert [claimer in c.claimer.span.text for c in found] == [True]
    assert found[0].content is None
    assert found[0].sentence == 1  # the attribution's own sentence


def test_no_trailing_attribution_without_a_speaker(nlp: Language) -> None:
    assert [c for c in _claims(nlp, NOT_ATTRIBUTION) if c.rule == "stated_by"] == []


def test_readout_verbs_not_performed_or_read_elsewhere(nlp: Language) -> None:
    assert [c for c in _claims(nlp, SHOULD_REVIEW) if c.rule == "readout_cue"] == []
    assert [c for c in _claims(nlp, COMMITTED_THEMSELVES) if c.rule == "readout_cue"] == []
    # the clause on "stance" is the speech rules' content, not a second claim of the noun
    assert [c for c in _claims(nlp, STANCE_THAT) if c.rule == "readout_cue"] == []


# corpus/president-of-ukraine-russia-ukraine.jsonl (a readout; in no gold or agreement part)
INFORMED_OF_SHELLING = (
    "He informed Boris Johnson about the intensification of provocative shelling of "
    "Ukrainian positions and a large-scale disinformation campaign by the Russian Federation "
    "to justify further escalation and aggression."
)


def test_a_readout_assertion_yields_to_the_issuer_s_own_charge(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    """readouts.YIELD_TO_POST_VOICE (round 33): the readout verb's assertion gives its
    sentence up to the issuer's own-voice charge that ``post_voice`` reads there."""
    article = Article(id="t", text=INFORMED_OF_SHELLING, source="t", outlet="President of Ukraine")

    def rules() -> list[tuple[str, Stance]]:
        found = extract(nlp(INFORMED_OF_SHELLING), article, gate=False).claims
        return [(c.rule.split("+")[0], c.stance) for c in found]

    monkeypatch.setattr(kg.extract.claims.readouts, "YIELD_TO_POST_VOICE", False)
    assert rules() == [("readout_cue", Stance.ASSERT)]
    monkeypatch.setattr(kg.extract.claims.readouts, "YIELD_TO_POST_VOICE", True)
    assert rules() == [("post_voice", Stance.ACCUSE)]
