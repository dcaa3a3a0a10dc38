"""Message-noun frames (:mod:`kg.extract.claims.messages`, family ``message_frame``) and the
non-answers of :mod:`kg.extract.claims.refusals` ("could not be reached for comment").

Each frame of a message noun (accusation, allegation, claim, charge, report ...) that a
denial answers is tested on real news sentences that are in no gold part of
``benchmarks/claims`` (checked with grep on ``gold.jsonl``), with a negative case beside
it.  Sources: VOA (voanews.com, insidevoa.com and VOA text reprinted elsewhere), the AP,
Reuters, AFP, the BBC and RFE/RL as stored in the search tool's web pages; the address is
given with each sentence.
"""

from __future__ import annotations

from spacy.language import Language

from kg.model import Claim, Stance
from tests.claim_helpers import claims_of, targets


def with_stance(claims: list[Claim], stance: Stance) -> list[Claim]:
    return [c for c in claims if c.stance is stance]


# --- the object of a rejection verb, with its author (possessive, nationality, "from") ----


def test_rejected_charges_name_their_author_and_accuse_the_denier(nlp: Language) -> None:
    # BBC, 2004-07-17 (news.bbc.co.uk/2/hi/africa/3903245.stm)
    claims = claims_of(
        nlp,
        'Rwanda has rejected UN accusations that it played a "destabilising role" in eastern '
        "areas of the neighbouring Democratic Republic of Congo.",
    )
    (denial,) = with_stance(claims, Stance.DENY)
    assert denial.claimer.span.text == "Rwanda"
    assert "UN" in targets(denial)
    (accusation,) = with_stance(claims, Stance.ACCUSE)
    assert accusation.claimer.span.text == "UN"
    # "that it played ...": the pronoun can be the denier, who is the accused
    assert targets(accusation) == ["Rwanda"]
    assert "message_frame" in accusation.rule


def test_an_owner_pronoun_in_the_content_charges_the_denier(nlp: Language) -> None:
    # theusarticles.com (Reuters text), 2022-02-21
    claims = claims_of(
        nlp,
        'Ukraine on Monday denied Kremlin\'s allegations that its "saboteurs" crossed into '
        "Russia to stage an attack.",
    )
    (accusation,) = with_stance(claims, Stance.ACCUSE)
    assert accusation.claimer.span.text == "Kremlin"
    assert targets(accusation) == ["Ukraine"]


def test_a_content_that_names_its_doer_keeps_it_as_the_accused(nlp: Language) -> None:
    # RFE/RL, 2011 (rferl.org/amp/taliban_haqqani_pakistan/24341149.html)
    claims = claims_of(
        nlp,
        "The Taliban also rejected U.S. charges that the Haqqani network, one of its key "
        "allies, has ties to Pakistan's intelligence service.",
    )
    (accusation,) = with_stance(claims, Stance.ACCUSE)
    assert accusation.claimer.span.text == "U.S."
    assert "Taliban" not in targets(accusation)
    assert any("Haqqani" in t for t in targets(accusation))


def test_a_described_author_with_a_named_owner(nlp: Language) -> None:
    # metronews.ca (AP text), 2017-08-24: the author is read by the possessive name
    claims = claims_of(
        nlp,
        "Pakistan's political and military leaders have rejected President Donald Trump's "
        "allegation that Islamabad is harbouring militants who battle U.S. forces in "
        "Afghanistan.",
    )
    (denial,) = with_stance(claims, Stance.DENY)
    assert "Donald Trump" in targets(denial)
    (accusation,) = with_stance(claims, Stance.ACCUSE)
    assert targets(accusation) == ["Islamabad"]


def test_claims_by_a_described_author_charge_the_deniers_own_army(nlp: Language) -> None:
    # Reuters via yemenpost.net, 2008: "the army" with no owner is the denier's
    claims = claims_of(
        nlp,
        "The Sudanese government on Sunday denied claims by rebels of the Sudan Liberation "
        "Army (SLA) that the army has launched a massive attack in north Darfur, resulting in "
        "heavy casualties.",
    )
    (denial,) = with_stance(claims, Stance.DENY)
    assert targets(denial) == ["rebels"]
    (accusation,) = with_stance(claims, Stance.ACCUSE)
    assert accusation.claimer.span.text == "rebels"
    assert targets(accusation) == ["The Sudanese government"]


def test_a_battlefield_claim_is_no_accusation_of_the_denier(nlp: Language) -> None:
    # AFP via occasionalwitness.com, 2001-04-20: "it has seized control" is the rebels'
    # own claim ("it" cannot be the general who denies it)
    claims = claims_of(
        nlp,
        "Army spokesman General Mohamed Beshir Suleiman also denied rebel Sudanese People's "
        "Liberation Army (SPLA) claims that it has seized control of five areas in the "
        "Sudan's southeastern Blue Nile province after battles that killed hundreds of "
        "government troops.",
    )
    assert not with_stance(claims, Stance.ACCUSE)


def test_a_denied_allegation_without_author_carries_no_accusation(nlp: Language) -> None:
    # RFE/RL, 2011: nobody is named as having made the claims
    claims = claims_of(
        nlp,
        "The Taliban has rejected claims that it or any of its allies have ties to the "
        "Pakistani government.",
    )
    assert [c.stance for c in claims] == [Stance.DENY]
    # RFE/RL, 1999 (rferl.org/a/1091067.html): the progressive, no author either
    claims = claims_of(
        nlp,
        "The U.S. State Department is denying an accusation that Washington is secretly "
        "supporting the extremist Islamic militia known as the Taliban that controls most of "
        "Afghanistan.",
    )
    assert [c.stance for c in claims] == [Stance.DENY]


def test_what_a_denied_charge_says_happened_is_no_claim_of_its_doer(nlp: Language) -> None:
    # Reuters, 2013-07-30: "it backed the M23" is the charge's content, a bare clause
    claims = claims_of(nlp, "Rwanda has in the past denied charges it backed the M23.")
    assert [c.stance for c in claims] == [Stance.DENY]
    assert claims[0].claimer.span.text == "Rwanda"


# --- a relative clause after the clause that made the charge --------------------------------


def test_a_charge_in_apposition_answers_the_accuser_of_the_clause(nlp: Language) -> None:
    # VOA, 2014 (voanews.com/a/rebels-accuse-south-sudan-govt-of-breaking-ceasefire): the
    # indefinite "a charge" takes up the accusation it stands beside
    claims = claims_of(
        nlp,
        "The unrest began in mid-December after President Kiir accused his former vice "
        "president Riek Machar of attempting a coup -- a charge Machar has denied.",
    )
    (denial,) = with_stance(claims, Stance.DENY)
    assert denial.claimer.span.text == "Machar"
    assert targets(denial) == ["Kiir"]  # not "The unrest" of the clause


def test_allegations_that_x_denied_answer_the_accuser_of_the_same_sentence(
    nlp: Language,
) -> None:
    # AP, 2019 (seattletimes.com, "US targets Honduran lawmaker, son over alleged drug graft")
    claims = claims_of(
        nlp,
        "Washington on Friday accused a Honduran congressman and his son of alleged "
        "corruption and ties to drug trafficking, allegations that the congressman denied.",
    )
    (denial,) = with_stance(claims, Stance.DENY)
    assert denial.claimer.span.text == "the congressman"
    assert targets(denial) == ["Washington"]  # not the relative pronoun "that"
    assert len(with_stance(claims, Stance.ACCUSE)) == 1  # Washington's own, no second one


def test_an_anaphoric_noun_does_not_reach_into_an_earlier_sentence(nlp: Language) -> None:
    # Los Angeles Times blog, 2012-10-18 (three consecutive sentences): the scheme names the
    # author of a denied allegation only when the sentence does
    text = (
        "Rwandan foreign minister Louise Mushikiwabo rejected the accusations and claimed the "
        'expert panel had been "hijacked" by the political biases of its coordinator, the '
        "Rwanda News Agency reported. Rwandan officials have accused the coordinator of being "
        "an apologist for the forces behind its genocide. Uganda also denied the accusations."
    )
    uganda = [c for c in claims_of(nlp, text) if c.claimer.span.text == "Uganda"]
    assert [c.stance for c in uganda] == [Stance.DENY]
    assert "Rwandan officials" not in targets(uganda[0])


# --- labels: "calling/describing NOUN ADJ", the "as" evaluation ------------------------------


def test_describing_claims_as_fabrication_denies_their_author(nlp: Language) -> None:
    # Anadolu Agency via turkishpress.com, 2020
    claims = claims_of(
        nlp,
        'China on Tuesday described US claims of arresting a Chinese spy as "pure '
        'fabrication," state-run media said.',
    )
    denials = [c for c in with_stance(claims, Stance.DENY) if c.claimer.span.text == "China"]
    assert len(denials) == 1
    assert "US" in targets(denials[0])


def test_a_label_that_is_not_false_makes_no_denial(nlp: Language) -> None:
    # The same frame with an evaluation that does not reject: the AP (seattletimes.com,
    # 2019), "citing what he called the lawmaker's 'involvement in significant corruption'"
    claims = claims_of(
        nlp,
        "U.S. Secretary of State Mike Pompeo announced the designation targeting Óscar Ramón "
        "Nájera via Twitter, citing what he called the lawmaker's “involvement in significant "
        "corruption.”",
    )
    assert not with_stance(claims, Stance.DENY)


# --- a message noun the content calls false ----------------------------------------------------


def test_claims_called_fabrication_in_the_content_are_denied(nlp: Language) -> None:
    # AFP via malaymail.com, 2024-04-26: no author named, so no target and no accusation
    claims = claims_of(
        nlp,
        "Beijing today said claims that Chinese spies were operating in Germany following four "
        'arrests were "pure fabrication".',
    )
    assert [c.stance for c in claims] == [Stance.DENY]
    # AFP via occasionalwitness.com, 2001-04-20: the author named before the noun
    claims = claims_of(nlp, 'General Suleiman said Kwaje allegations were "baseless."')
    (denial,) = with_stance(claims, Stance.DENY)
    assert "Kwaje" in targets(denial)
    # VOA, 2015 (voanews.com/a/syrian-rebels-deny-receiving-russian-military-aid): the
    # possessive names the author
    claims = claims_of(
        nlp, 'A rebel leader, Asaad Hanna, said Putin\'s claim is "categorically a lie."'
    )
    (denial,) = with_stance(claims, Stance.DENY)
    assert "Putin" in targets(denial)


# --- negative cases: no rejection ----------------------------------------------------------------


def test_not_denying_or_not_confirming_is_no_denial(nlp: Language) -> None:
    # VOA via warincontext.org, 2012-08-03
    claims = claims_of(
        nlp,
        "White House Press Secretary Jay Carney did not deny that the United States is helping "
        "the Syrian rebels.",
    )
    assert not with_stance(claims, Stance.DENY)
    # VOA, 2015: "could not confirm his claim" withholds, it does not reject
    claims = claims_of(
        nlp, "Shortly after Putin's remarks, the United States said it could not confirm his claim."
    )
    assert not with_stance(claims, Stance.DENY)


def test_investigating_reports_is_no_stance_on_them(nlp: Language) -> None:
    # taiwannews.com.tw, 2009 (McClatchy text)
    claims = claims_of(
        nlp,
        "Even Afghan President Hamid Karzai gave an unexpected boost to such rumors earlier "
        'this month when he announced that he was investigating reports that "unknown" '
        "helicopters were ferrying fighters.",
    )
    assert not with_stance(claims, Stance.DENY)
    assert not with_stance(claims, Stance.ACCUSE)


# --- non-answers (benchmarks/claims/GUIDE.md: decline_comment) -------------------------------


def test_not_revealing_declines(nlp: Language) -> None:
    # Xinhua via pacificsentinel.blogspot.com, 2017-09-27: the negation is what withholds
    claims = claims_of(
        nlp,
        "Mattis who attended a joint press conference with NATO Secretary General Jens "
        "Stoltenberg and Afghan President Ashraf Ghani, told reporters that he would not reveal "
        'the "exact number of additional troops to the enemy."',
    )
    assert [(c.claimer.span.text, c.stance) for c in claims] == [("Mattis", Stance.DECLINE_COMMENT)]


def test_revealing_is_no_refusal(nlp: Language) -> None:
    # insidedefense.com, 2017-09-15
    claims = claims_of(
        nlp,
        "Mattis, at the time, said DOD was releasing the 11,600 number because he "
        '"owed the American people transparency."',
    )
    assert not with_stance(claims, Stance.DECLINE_COMMENT)


# --- the "as" evaluation with the message noun moved after it -------------------------------


def test_dismissed_as_fantasy_allegations_that_p(nlp: Language) -> None:
    # National Post, 2017-01-11: the label before its moved object; no author, no accusation
    claims = claims_of(
        nlp,
        'A spokesman for President Vladimir Putin on Wednesday dismissed as an "absolute '
        'fantasy" allegations that the Kremlin has collected compromising information about '
        "President-elect Donald Trump.",
    )
    assert [c.stance for c in claims] == [Stance.DENY]
    assert claims[0].content is not None
    assert claims[0].content.text.startswith("the Kremlin has collected")


def test_a_participle_hung_in_the_alleged_clause_is_no_claim_of_its_subject(
    nlp: Language,
) -> None:
    # PressTV, 2017-01-11: the parser hangs "describing them as ..." on "has collected";
    # "it" (inside what is alleged) describes nothing
    claims = claims_of(
        nlp,
        'Russia has dismissed allegations that it has collected "compromising" information on '
        'US President-elect Donald Trump, describing them as "utter nonsense."',
    )
    assert [(c.claimer.span.text, c.stance) for c in claims] == [("Russia", Stance.DENY)]


# --- the passive: "denied by X", also in a relative clause -----------------------------------


def test_an_accusation_which_is_denied_by_x_answers_the_accuser(nlp: Language) -> None:
    # 1st4ebusiness.com (summarising Reuters and Al Jazeera), 2025
    claims = claims_of(
        nlp,
        "Defense Minister Yassin Ibrahim accused Abu Dhabi of violating Sudanese sovereignty "
        "by supporting RSF; an accusation which is categorically denied by Abu Dhabi.",
    )
    (denial,) = with_stance(claims, Stance.DENY)
    assert denial.claimer.span.text == "Abu Dhabi"
    assert targets(denial) == ["Yassin Ibrahim"]


def test_allegations_by_a_named_author_without_content_carry_no_accusation(
    nlp: Language,
) -> None:
    # arynews.tv, 2018: the author is the target; no "that P", so no accusation is carried
    claims = claims_of(
        nlp,
        "Russia had denied the allegations by the United States in the past and they were "
        "dropped because of lack of evidence.",
    )
    (denial,) = with_stance(claims, Stance.DENY)
    assert "United States" in targets(denial)
    assert not with_stance(claims, Stance.ACCUSE)
