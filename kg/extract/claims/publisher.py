"""Whose voice a claim is in: a speaker's, or an official text's own narration (round 31).

The lead's ruling on issue 12: the graph keeps an official text's own voice and marks it.
A claim is in the publisher's voice (:attr:`kg.model.Voice.PUBLISHER`) when the extractor
gives it to the text itself rather than to a speaker the sentence names through a cue:
its claimer is the :data:`~kg.resolve.voice.AUTHOR` mention, which resolution turns into
the issuer and a news report never keeps (:func:`kg.resolve.voice.official_only`).  The
families that make such claims read a sentence as the issuer's *because it is the
issuer's text*:

* ``author_voice`` (:mod:`.voice`): a statement's own charge, denial or threat ("Moscow
  is resorting to outright lies ..."), with its ``official_prose`` readings (the prose's
  charge of an act, ``named_wrong``, ``official_evaluation``, ``official_narrative``,
  ``official_account``, ``official_attempt``, ``official_denial``), a readout's
  impersonal "It was noted that P", a message the text calls false (the text's denial;
  the messenger's own accusation keeps its messenger and stays attributed), and a
  readout's call read by its topic ("X spoke today with Y about Z's attack": the
  official whose call it is, by :func:`.voice._reporting_subject`, but no cue of his);
* ``designation`` (:mod:`.designation`): the issuer's measure read as a charge
  ("Treasury designated X for ...", "We are imposing visa restrictions on ...");
* ``post_voice`` (:mod:`.posts`): an official account's post;
* ``official_demand``'s "X must ..." (:mod:`.demands`), a demand with no speaker.

In a transcript (a speech, an interview, a briefing) the text's own voice is the turn's
speaker's (:mod:`kg.resolve.voice`): a sentence of the turn with no cue is marked the same
way, since nothing in the sentence names its speaker.

A stance cue whose subject is the issuer or an official ("The United States condemns
...", "We reject ...", "We call on Russia to ...") is the speaker's claim, attributed, as
both benchmarks' guides read it: its claimer is that subject, not the ``AUTHOR`` mention.
Resolution marks one more case (:func:`kg.resolve.resolve`): an impersonal source an
official text resolves to itself ("according to the latest information, P").

The claims benchmark scores attributed claims only (its guide's "Not claims": the
author's own voice; :func:`kg.evaluate.claims.claims_from`), the allegations benchmark
both (its guide's "author's voice").
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from kg.model import Claim, Voice
from kg.resolve.voice import AUTHOR


def voice_of(claim: Claim) -> Voice:
    """Whose voice ``claim`` is in, by its claimer: the extractor's ``AUTHOR`` mention
    (the text itself, or the official a readout's narration names) is the publisher's.

    >>> from kg.model import Mention, Span, Stance
    >>> cue = Span(7, 13, "denied")
    >>> said = Claim(Mention(Span(0, 6, "Moscow"), "GPE", 0), Stance.DENY, cue, 0)
    >>> voice_of(said).value
    'attributed'
    >>> voice_of(replace(said, claimer=Mention(Span(0, 0, ""), AUTHOR, 0))).value
    'publisher'
    """
    return Voice.PUBLISHER if claim.claimer.label == AUTHOR else Voice.ATTRIBUTED


def marked(claims: Iterable[Claim]) -> tuple[Claim, ...]:
    """``claims`` with each one's :attr:`~kg.model.Claim.voice` set by :func:`voice_of`."""
    return tuple(
        claim if claim.voice == (voice := voice_of(claim)) else replace(claim, voice=voice)
        for claim in claims
    )
