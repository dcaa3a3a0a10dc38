"""Round 22 (issue 12, branch ``target22``): the targets of claims whose claimer and stance
are right.

* an appended charge set off by a dash ("... -- allegation Kigali has sharply denied") is
  read as one set off by a comma (``kg.extract.claims.appended``, flag ``DASHED_CHARGES``);
* ``counter_accused`` (a denial coordinated with its speaker's accusation answers the
  accused) is a family, off by default: it lost one triple on a held-out part;
* the demonym "Yugoslav" names the Federal Republic of Yugoslavia of the 1990s news
  (``kg/data/gazetteer.json``), while Belgrade stays Serbia's capital.

Each sentence is quoted from public-domain Voice of America copy (the URL beside it); none is
in a gold part or an agreement file (``tests/test_tests_sources.py``).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

import kg.extract.claims.appended as appended
from kg.extract.claims import OPTIONAL, RULES
from kg.model import Stance
from kg.resolve.gazetteer import lookup
from tests.claim_helpers import claims_of, targets

# VOA News story on the FRF rebel group in eastern Congo (quoted from the stored page),
# https://voa.pangea-cms.com/preview/en-US/a/congo-official-says-frf-rebel-group-blackmailing-government--87937387/153757.html
DASHED = (
    "In 2009 a Belgian researcher claimed Rwanda supplied arms to the FRF rebel group shortly "
    "after President Paul Kagame told Congo's President Kabila that his government would not "
    "be a source of instability for Congo -- allegation Kigali has sharply denied."
)
# The same story: a dashed charge the parser reads right (the speech rule's, unchanged).
PARSED = (
    "The rebels accused the government of excluding them in previous peace accords -- a "
    "charge the government has denied."
)


def _denials(nlp: Language, text: str) -> list[tuple[str, list[str], str]]:
    return [
        (c.claimer.span.text, targets(c), c.rule)
        for c in claims_of(nlp, text)
        if c.stance is Stance.DENY
    ]


def test_a_charge_appended_after_a_dash_is_denied_by_its_speaker(nlp: Language) -> None:
    assert _denials(nlp, DASHED) == [("Kigali", ["a Belgian researcher"], "appended_charge")]


def test_a_dashed_charge_the_parser_reads_right_stays_the_speech_rules(nlp: Language) -> None:
    found = _denials(nlp, PARSED)
    assert [(claimer, aimed) for claimer, aimed, _ in found] == [("the government", ["The rebels"])]
    assert all("appended_charge" not in rule for _, _, rule in found)


def test_off_a_dash_appends_no_charge(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(appended, "DASHED_CHARGES", False)
    assert all("appended_charge" not in rule for _, _, rule in _denials(nlp, DASHED))


def test_the_yugoslav_demonym_names_yugoslavia_and_belgrade_stays_serbias() -> None:
    yugoslav = lookup("Yugoslav")
    belgrade = lookup("Belgrade")
    assert yugoslav is not None and yugoslav.name == "Yugoslavia"
    assert belgrade is not None and belgrade.name == "Serbia"


def test_counter_accused_is_a_family_and_on_by_default() -> None:
    # off in rounds 22-23 (a held-out test17 loss); on since round 24, test17 being development
    assert "counter_accused" in RULES and "counter_accused" not in OPTIONAL
