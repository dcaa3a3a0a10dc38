"""Who denies an allegation: the accused's side or a third party, never the accusers' side
rejecting the accused's counter-claims (that denial answers the counter-allegation).

Document grouping (:mod:`kg.resolve.allegations`) on small constructed texts, and the
corpus join of denials that point back (:func:`kg.resolve.corpus.merge_allegations`) on
constructed summaries.
"""

from __future__ import annotations

from dataclasses import replace

from kg.extract import extract
from kg.model import AllegationSummary, Article, Claim, ClaimNote, Extraction, Mention, Span, Stance
from kg.resolve import resolve
from kg.resolve.corpus import merge_allegations


def parse(nlp, text: str) -> Extraction:
    return extract(nlp(text), Article("doc", text, "doc.txt"))


def mention(extraction: Extraction, surface: str, nth: int = 0) -> Mention:
    return [m for m in extraction.mentions if m.span.text == surface][nth]


def span(text: str, words: str) -> Span:
    start = text.index(words)
    return Span(start, start + len(words), words)


def test_the_accusers_rejection_of_a_counter_claim_joins_the_counter_allegation(nlp):
    text = (
        "Estonia accused Russia of jamming satellite navigation signals over the Baltic Sea. "
        "Moscow accused Tallinn of jamming the signals near the border. "
        "Estonia rejected the claim that it was jamming navigation signals."
    )
    ex = parse(nlp, text)
    claims = (
        Claim(mention(ex, "Estonia"), Stance.ACCUSE, span(text, "accused Russia"), 0,
              span(text, "jamming satellite navigation signals over the Baltic Sea"),
              (mention(ex, "Russia"),)),
        Claim(mention(ex, "Moscow"), Stance.ACCUSE, span(text, "accused Tallinn"), 1,
              span(text, "jamming the signals near the border"), (mention(ex, "Tallinn"),)),
        Claim(mention(ex, "Estonia", 1), Stance.DENY, span(text, "rejected"), 2,
              span(text, "the claim that it was jamming navigation signals")),
    )  # fmt: skip
    graph = resolve(replace(ex, claims=claims))
    by_cue = {c.claim.cue.text: c.allegation for c in graph.claims}
    # its words are nearer Estonia's own charge, but Estonia denies the charge against it
    assert by_cue["rejected"] == by_cue["accused Tallinn"] != by_cue["accused Russia"]


def poland_charges_belarus(nlp, text: str, denier: str, dismissed: str):
    """``text``'s first sentence: Poland accuses Belarus of pushing migrants; its second:
    ``denier`` "dismissed" ``dismissed``; resolved with these two claims only."""
    ex = parse(nlp, text)
    claims = (
        Claim(mention(ex, "Poland"), Stance.ACCUSE, span(text, "accused"), 0,
              span(text, "pushing migrants across the border"), (mention(ex, "Belarus"),)),
        Claim(mention(ex, denier), Stance.DENY, span(text, "dismissed"), 1,
              span(text, dismissed)),
    )  # fmt: skip
    return resolve(replace(ex, claims=claims))


def test_the_accusers_dismissal_of_the_accused_s_statements_opens_its_own(nlp):
    text = (
        "Poland accused Belarus of pushing migrants across the border. "
        "Polish officials dismissed the Belarusian statements as a fabrication."
    )
    graph = poland_charges_belarus(
        nlp, text, "Polish officials", "the Belarusian statements as a fabrication"
    )
    by_cue = {c.claim.cue.text: c.allegation for c in graph.claims}
    assert by_cue["dismissed"] is not None
    assert by_cue["dismissed"] != by_cue["accused"]  # Poland does not deny its own charge
    charge = next(a for a in graph.allegations if a.id == by_cue["accused"])
    assert charge.accused == ("belarus",)


def test_the_accused_s_denial_still_joins_the_charge(nlp):
    text = (
        "Poland accused Belarus of pushing migrants across the border. "
        "Minsk dismissed the accusations as a fabrication."
    )
    graph = poland_charges_belarus(nlp, text, "Minsk", "the accusations as a fabrication")
    by_cue = {c.claim.cue.text: c.allegation for c in graph.claims}
    assert by_cue["dismissed"] == by_cue["accused"]


def alleged(key: str, accused: str, *notes: tuple[Stance, str], answers: tuple[str, ...] = (),
            terms: tuple[str, ...] = ("invad", "unprovok", "war"), back: bool = False,
            ) -> AllegationSummary:  # fmt: skip
    claims = tuple(ClaimNote(f"{key}-c{n}", s, who, who) for n, (s, who) in enumerate(notes))
    return AllegationSummary(
        key, f"doc-{key}", "2024-03-01", "Wire", key, (accused,), (accused,), answers,
        () if back else terms, back, claims,
    )  # fmt: skip


def test_a_pointing_back_denial_by_the_accusers_side_does_not_join_their_charge() -> None:
    """Ukraine "sees no confirmation of Russia's statements": not a denial of Ukraine's
    charge against Russia (in which a Russian voice was grouped too), but of Russia's
    counter-claim against Ukraine."""
    merged = merge_allegations(
        [
            alleged("war1", "russia", (Stance.ACCUSE, "ukraine"), (Stance.ACCUSE, "russia")),
            alleged("war2", "russia", (Stance.ACCUSE, "ukraine")),
            alleged("nazi", "ukraine", (Stance.ACCUSE, "russia"), terms=("nazi", "regim")),
            alleged("no", "ukraine", (Stance.DENY, "ukraine"), answers=("russia",), back=True),
        ]
    )
    assert merged.of_member["war1"] == merged.of_member["war2"]
    assert merged.of_member["no"] == merged.of_member["nazi"]
    war = next(a for a in merged.allegations if "war1" in a.members)
    assert "ukraine" not in war.deniers


def test_a_third_party_aimed_at_the_accuser_still_joins() -> None:
    """A state that made a charge of its own beside the accuser, calling the accuser's
    statements lies, disputes the charge it answers: aimed at an accuser not accused."""
    merged = merge_allegations(
        [
            alleged("nazi", "ukraine", (Stance.ACCUSE, "russia"), (Stance.ACCUSE, "france"),
                    terms=("nazi", "regim")),
            alleged("lies", "france", (Stance.DENY, "france"), answers=("russia",), back=True),
        ]
    )  # fmt: skip
    assert merged.of_member["lies"] == merged.of_member["nazi"]
