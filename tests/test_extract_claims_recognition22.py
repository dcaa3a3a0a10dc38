"""Criticism by non-recognition (round 22, second wave, issue 12, labeldeny22): the optional
family ``non_recognition`` reads another side's independence, victory, authority or result
not recognized, not accepted or rejected as a criticism of its owner.

Every sentence is quoted from public-domain or openly licensed copy that is in no gold part
of ``benchmarks/claims`` or ``benchmarks/allegations`` and in no agreement file (checked by
tests/test_tests_sources.py); the source is named beside each.
"""

from __future__ import annotations

from spacy.language import Language

from kg.extract.claims import OPTIONAL, RULES, extract_claims
from kg.extract.mentions import extract_mentions
from kg.model import Claim, Stance

ON = (RULES - OPTIONAL) | {"non_recognition"}


def claims_of(nlp: Language, text: str, rules: frozenset[str] | None = None) -> tuple[Claim, ...]:
    doc = nlp(text)
    return extract_claims(doc, extract_mentions(doc), rules)


def test_non_recognition_is_optional() -> None:
    assert "non_recognition" in RULES and "non_recognition" in OPTIONAL


#: https://www.state.gov/secretary-antony-j-blinken-and-algerian-president-abdelmadjid-tebboune-before-their-meeting/
#: (corpus/state-department-israel-palestinians.jsonl; U.S. government work, public domain)
MAURITANIA = (
    "Later on they refused to acknowledge the independence of Mauritania since 1960, when "
    "Mauritania was a member of the United Nations and had its own ambassadors, et cetera."
)


def test_refused_recognition_criticizes_the_owner(nlp: Language) -> None:
    found = [c for c in claims_of(nlp, MAURITANIA, ON) if c.stance is Stance.CRITICIZE]
    assert len(found) == 1
    assert [t.span.text for t in found[0].targets] == ["Mauritania"]
    assert found[0].content is not None and "independence" in found[0].content.text
    assert not [c for c in claims_of(nlp, MAURITANIA) if c.stance is Stance.CRITICIZE]


#: https://www.president.gov.ua/en/news/ne-dopomagajte-rosiyi-vipravdovuvati-sebe-j-ne-dozvolyajte-v-75589
#: (corpus/president-of-ukraine-russia-ukraine.jsonl; president.gov.ua, CC BY 4.0)
TYRANTS = "Tyrants do not recognize the rights and freedoms of local government."


def test_rights_not_recognized_are_no_owned_result(nlp: Language) -> None:
    assert not [c for c in claims_of(nlp, TYRANTS, ON) if c.stance is Stance.CRITICIZE]


# --- dismissed messages (denials.DISMISSED_MESSAGES, on) ----------------------------------

#: https://www.voanews.com/a/moscow-apologizes-misrepresenting-voice-america-report/3680295.html
#: (Voice of America, public domain)
REMARKS = (
    "Hours after Lavrov's remarks, Maria Zahkarova posted the apology on the Facebook profile "
    "of VOA Russian service reporter Danila Galperovich, who is based in Moscow."
)


def test_message_authors_and_contrition(nlp: Language) -> None:
    from kg.extract.claims import denials

    assert denials.DISMISSED_MESSAGES
    doc = nlp(REMARKS)
    remarks = next(t for t in doc if t.lower_ == "remarks")
    assert [t.text for t in denials._message_authors(remarks)] == ["Lavrov"]
    assert not denials._of_contrition(remarks)
    apology = next(t for t in doc if t.lower_ == "apology")
    assert not denials._of_contrition(apology)
