"""Round 35 (branch ``measures36``, issue 12): appeals and punishments told inside a speaker's
content (:mod:`kg.extract.claims.appeals`, family ``appealed_content``; words in
``kg/data/appeal_contents.tsv``).

- ``APPEALED_CONTENTS``: an assertion whose content is the speaker's own appeal ("We call on
  Russia to ...", "I hope that ... Russia will adhere to its commitments", an order to the
  hearer) is no claim (claims guide: "Not claims", points 5 and 16).
- ``PUNISHED_CULPRITS``: a content that demands the culprits' punishment is ``criticize``
  (point 16), one that promises it by the speaker's side ``threaten`` (points 28, 35).
  Shipped off (round 35's bar: no development triple moves); tested with it on.

The sentences are President of Ukraine press-service items of the dispute corpus, each from a
document whose address no gold part, agreement file, pool file or allegations gold line holds;
the source of each is named above it.  Two are constructed, and say so: the corpus outside the
gold holds no one-sentence order to the hearer under a saying verb, and no promise of the
speaker's side to hunt the culprits in reported speech.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.claims import appeals
from kg.model import Stance
from tests.claim_helpers import assert_in_no_gold_part, claims_of

#: corpus (President of Ukraine), https://www.president.gov.ua/en/news/irina-vereshuk-
#: zaklikayemo-rosijsku-storonu-dotrimuvatisya-p-73421
CALL_ON = (
    '"We call on Russia to agree on these routes without delay, to inform the International '
    "Committee of the Red Cross and to ensure a stable ceasefire on these routes,"
    '" Iryna Vereshchuk noted.'
)
#: corpus (President of Ukraine), https://www.president.gov.ua/en/news/vidkrivayutsya-chergovi-
#: evakuacijni-koridori-ta-planuyetsya-73505
HOPE = (
    '"I hope that today will be a successful day, all planned routes will be open and Russia '
    'will adhere to its commitments to guarantee a ceasefire," Iryna Vereshchuk said.'
)
#: corpus (President of Ukraine), https://www.president.gov.ua/en/news/volodimir-zelenskij-u-
#: kiyevi-zustrivsya-z-premyer-ministrom-75237
HOPE_VOTE = (
    '"We hope that the state vote of Portugal will be in support of our country on the status '
    "of a candidate for accession to the European Union during the consideration of this issue "
    'at the European Council in June," said the President.'
)
#: corpus (President of Ukraine), https://www.president.gov.ua/en/news/volodimir-zelenskij-
#: obgovoriv-z-golovami-uryadiv-daniyi-ta-i-74453
MUST_PUNISH = '"We must ensure that all those responsible for crimes are punished," she added.'
#: corpus (President of Ukraine), https://www.president.gov.ua/en/news/polsha-sogodni-
#: demonstruye-istorichnij-riven-pidtrimki-ukray-75269 ("find a way": no culprit is pursued)
FIND_A_WAY = (
    '"We must find a way to create a situation where the war will completely cease to be '
    'beneficial to Russia, and will be a threat to Russia itself," he said.'
)
#: constructed (no corpus sentence outside the gold has a one-sentence order under a saying
#: verb): an order to the hearer.
ORDER = '"Stay at home and follow the instructions of the local authorities," the governor said.'
#: constructed (no corpus sentence outside the gold has the speaker's side promising to hunt
#: the culprits in reported speech).
HUNT = '"We will find and punish everyone who fired on the convoy," the minister said.'


def test_sentences_are_in_no_gold_part() -> None:
    assert_in_no_gold_part(__file__, at_least=6)


def _stances(nlp: Language, text: str) -> list[tuple[Stance, list[str]]]:
    return [(c.stance, [t.span.text for t in c.targets]) for c in claims_of(nlp, text)]


@pytest.mark.parametrize("text", [CALL_ON, HOPE, HOPE_VOTE, ORDER])
def test_an_appeal_is_no_assertion(nlp: Language, text: str) -> None:
    assert all(stance is not Stance.ASSERT for stance, _ in _stances(nlp, text))


@pytest.mark.parametrize("text", [CALL_ON, HOPE, HOPE_VOTE, ORDER])
def test_without_the_switch_the_appeal_is_asserted(
    nlp: Language, text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(appeals, "APPEALED_CONTENTS", False)
    assert Stance.ASSERT in [stance for stance, _ in _stances(nlp, text)]


def test_a_demanded_punishment_is_criticism(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(appeals, "PUNISHED_CULPRITS", True)
    assert _stances(nlp, MUST_PUNISH) == [(Stance.CRITICIZE, [])]


def test_a_promised_punishment_is_a_threat(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(appeals, "PUNISHED_CULPRITS", True)
    assert _stances(nlp, HUNT) == [(Stance.THREATEN, [])]


def test_off_by_default_the_punishment_is_asserted(nlp: Language) -> None:
    assert not appeals.PUNISHED_CULPRITS  # shipped off (round 35's bar: no development triple)
    assert _stances(nlp, MUST_PUNISH) == [(Stance.ASSERT, [])]
    assert _stances(nlp, HUNT) == [(Stance.ASSERT, [])]


def test_finding_a_way_is_no_punishment(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(appeals, "PUNISHED_CULPRITS", True)
    assert Stance.ASSERT in [stance for stance, _ in _stances(nlp, FIND_A_WAY)]
    assert all(stance is not Stance.THREATEN for stance, _ in _stances(nlp, FIND_A_WAY))
