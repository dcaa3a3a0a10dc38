"""The doer of an act taken up again by a criticism in the next sentence (``act_doer``):
"Turkey closed its border crossing.  N criticized the move" -> Turkey; not the critic's
own side, not when the sentence before names several doers or none, not for an act whose
doer is named where it is criticized."""

from __future__ import annotations

from spacy.language import Language

from kg.model import Stance
from tests.claim_helpers import NEWS_RULES as DEFAULT
from tests.claim_helpers import stance_pairs


def criticisms(
    nlp: Language, text: str, rules: frozenset[str] = DEFAULT
) -> list[tuple[str, list[str]]]:
    return stance_pairs(nlp, text, Stance.CRITICIZE, rules)


def test_the_move_criticized_is_the_doers_of_the_sentence_before(nlp: Language) -> None:
    text = (
        "Turkey closed its border crossing with Armenia late on Sunday. "
        "Armenian Foreign Minister Aram Sarkisian criticized the move, saying it would hurt trade."
    )
    assert criticisms(nlp, text) == [("Aram Sarkisian", ["the move", "Turkey"])]
    assert criticisms(nlp, text, DEFAULT - {"act_doer"}) == [("Aram Sarkisian", ["the move"])]


def test_a_dated_act_taken_up_again(nlp: Language) -> None:
    found = criticisms(
        nlp,
        "Venezuela expelled two Colombian diplomats on Wednesday. "
        "A Colombian spokesman said Bogota deeply regrets Wednesday's expulsions.",
    )
    assert found == [("A Colombian spokesman", ["Venezuela"])]


def test_an_attack_is_not_taken_up(nlp: Language) -> None:
    # a hostile act's doer is often unknown: the sentence before may name its victim
    found = criticisms(
        nlp,
        "Militants ambushed a convoy of Nigerian peacekeepers near the border on Monday. "
        "The Security Council condemned the attack.",
    )
    assert all("Nigerian" not in targets for _, targets in found)


def test_a_decision_told_by_another_speaker(nlp: Language) -> None:
    found = criticisms(
        nlp,
        "Officials say Sudan closed its border with Chad overnight. "
        "Chadian Foreign Minister Ahmat Idriss condemned the decision.",
    )
    assert found == [("Ahmat Idriss", ["the decision", "Sudan"])]


def test_the_critics_own_side_is_no_doer(nlp: Language) -> None:
    found = criticisms(
        nlp,
        "Greek coast guard vessels turned back a migrant boat on Sunday. "
        "Greek opposition leader Nikos Pappas criticized the move.",
    )
    assert all("Greek" not in targets for _, targets in found)


def test_several_doers_give_no_target(nlp: Language) -> None:
    found = criticisms(
        nlp,
        "Russia moved troops to the border while Belarus closed its airspace. "
        "Lithuanian President Gitanas Kaya criticized the move.",
    )
    assert found == [("Gitanas Kaya", ["the move"])]


def test_a_new_act_is_not_taken_up(nlp: Language) -> None:
    found = criticisms(
        nlp,
        "Turkey closed its border crossing with Armenia late on Sunday. "
        "Armenian Foreign Minister Aram Sarkisian criticized a new move to raise tariffs.",
    )
    assert all("Turkey" not in targets for _, targets in found)
