"""Round 25 (conduct25, issue 12): charges told through a finding (``evidence_frame``,
:mod:`kg.extract.claims.content_evidence`), a line of conduct called unlawful or hostile by
its qualifier (``adopted_conduct``, :mod:`kg.extract.claims.content_adopted`) and denials by
negated content with no denial word (``disowned_conduct``,
:mod:`kg.extract.claims.content_disowned`).  Real sentences in no gold part, from the
corpus's official texts (``corpus/``) and VOA copy, each with its source beside it."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Token

from kg.extract.claims import OPTIONAL, RULES
from kg.extract.claims.base import _main_verbs
from kg.extract.claims.content_adopted import _qualified
from kg.extract.claims.content_disowned import _disowned
from kg.extract.claims.content_evidence import framed_clause

# https://www.voanews.com/a/a-13-2007-06-14-voa39/332611.html (VOA)
BURNS = (
    "On Tuesday, U.S. Undersecretary of State Nicholas Burns said there was irrefutable "
    "evidence that Tehran is shipping arms into Afghanistan."
)
# https://voa.pangea-cms.com/preview/en-US/a/un-observers-tremseh-hama/1404682.html (VOA)
SIGNS = (
    "United Nations observers investigating a deadly attack on a Syrian village say they have "
    "found signs that the assault targeted the homes of specific opponents of the regime."
)
# http://en.kremlin.ru/events/president/news/67913
PROOF = "We have proof of that."
# VOA editorial "Countering Iran's Aggression", 2017-10-24 (copy at
# http://zonaride.com/VOA_Standard_English/countering-irans-aggression-77020.html)
COUNTERING = (
    "When President Donald Trump outlined his administration's comprehensive strategy toward "
    "Iran, he not only highlighted his concerns with the nuclear deal, known as the JCPOA; he "
    "stressed the necessity of countering Iran's support for terrorism and its destabilizing "
    "activity in the Middle East."
)
# https://www.voanews.com/a/a-13-a-2004-01-20-14-us-67479632/386332.html (VOA)
NO_EVIDENCE = (
    "The U.S. military says that after an initial investigation into the reported bombing, "
    "there is no evidence that coalition forces killed any non-combatants."
)
# https://editorials.voa.gov/a/a-41-2008-10-31-voa3-84649422/1480418.html (VOA editorial)
MORAL = (
    "In the past, Iran has claimed it gives only moral or political support to groups such as "
    "Hezbollah and Hamas."
)


def _word(nlp: Language, text: str, word: str) -> Token:
    return next(t for t in nlp(text) if t.lower_ == word)


def test_the_families_are_registered() -> None:
    assert {"evidence_frame", "adopted_conduct", "disowned_conduct"} <= set(RULES)
    assert not {"evidence_frame", "adopted_conduct"} & OPTIONAL
    assert "disowned_conduct" in OPTIONAL  # held-out test23 -0.0050 (RESULTS.md, round 25)


def test_there_was_evidence_that_frames_its_clause(nlp: Language) -> None:
    clause = framed_clause([_word(nlp, BURNS, "was")])
    assert clause is not None and clause.text == "Tehran is shipping arms into Afghanistan"


def test_signs_found_frame_their_clause(nlp: Language) -> None:
    found = _word(nlp, SIGNS, "found")
    clause = framed_clause([found])
    assert clause is not None and clause.text.startswith("the assault targeted")


def test_evidence_with_no_clause_frames_nothing(nlp: Language) -> None:
    doc = nlp(PROOF)
    assert framed_clause(_main_verbs(doc[:])) is None


def test_a_destabilizing_activity_is_a_line_called_a_wrong(nlp: Language) -> None:
    assert _qualified(_word(nlp, COUNTERING, "activity"))


def test_support_with_no_qualifier_is_no_line_called_a_wrong(nlp: Language) -> None:
    assert not _qualified(_word(nlp, COUNTERING, "support"))


def test_no_evidence_frames_nothing(nlp: Language) -> None:
    # a negated finding is a denial the denial rules read, not a frame to look through
    assert framed_clause([_word(nlp, NO_EVIDENCE, "is")]) is None


def test_support_given_is_no_charge_disowned(nlp: Language) -> None:
    assert not _disowned(_word(nlp, MORAL, "gives"))
