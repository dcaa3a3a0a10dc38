"""Derive the threat cue rows of ``kg/data/claim_cues.tsv`` from PETRARCH2's CAMEO verb
dictionary (MIT; notice in ``kg/data/NOTICE-petrarch2``).

    python scripts/derive_threat_cues.py ../shared/data/petrarch2/CAMEO.2.0.txt

Prints one ``threaten`` row per verb pattern of the CAMEO 13x block (130 threaten, 131
non-force, 132 sanctions, 133 dissent, 134/135 halt negotiations or mediation, 136 expel,
137 repression, 138 military force and 1381..1385, 139 ultimatum) whose shape is "verb
+ object noun" ("VOW * REVENGE [138]", "ISSUE * ULTIMATUM [139]") and whose verb is a
speech act of commitment or announcement (:data:`SPEECH_VERBS`): "vowed attacks against",
"issued an ultimatum to".  Patterns of other verbs are acts or demands, not threats a
speaker makes ("FLY * {SPY MISSIONS}", "CALL * (FOR SANCTIONS)" is a demand, "STEP_UP *
PATROLS" an act, "PLAN * ATTACK" a plan reported of its subject); object nouns in
:data:`NOT_THREATS` threaten nothing by themselves.  A "warning" row is kept only when
the warning names a harm, as for "warned" (kg.extract.claims.nominal: "repeated warnings
of war if ...", not "issued a warning about the weather").  The row's target
prepositions are the ones a harm is aimed with ("against on to for"); the note is the
PETRARCH pattern.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

#: Verbs that announce only a warning: "launched a warning", not "launched an attack" (an
#: act; "LAUNCH * {STINGING ATTACK}" is a criticism) nor "sent fighters".
WARNING_VERBS = frozenset({"voice", "deliver", "send", "launch"})

#: Verbs that make their object a threat the subject announces (the verb named in the
#: pattern's comment, as PETRARCH's coders wrote it).
SPEECH_VERBS = frozenset(
    {"vow", "pledge", "promise", "announce", "issue", "reiterate", "repeat", "threaten", "ratchet"}
    | WARNING_VERBS
)

#: Object nouns that do not threaten by themselves: a warning, a message, a debate, an
#: uprising called for, a demand, orders.
#: "Action" and "measures" are aimless without an aim ("pledged action to fight poverty",
#: "announced measures to curb inflation"); announcing an offensive is launching it.
_NOT_THREATS = """message debate uprising demand orders evidence opposition deadline
    action measure offensive"""
NOT_THREATS = frozenset(_NOT_THREATS.split())

#: Plural or inflected object nouns -> the spaCy lemma the cue must name.
LEMMAS = {"raids": "raid", "measures": "measure", "strikes": "strike", "attacks": "attack"}

#: Nouns the lexicon already reads after any light verb (kg.extract.cues.LIGHT_VERBS).
LIGHT_NOUNS = frozenset({"threat"})
_LIGHT_VERBS = "express voice offer reaffirm reiterate convey extend pledge issue"
LIGHT_VERBS = frozenset(_LIGHT_VERBS.split())

_PATTERN = re.compile(
    r"^-\s+\*\s+(?:\{(?P<phrase>[A-Z_ -]+)\}|(?P<noun>[A-Z-]+))\s*(?:\((?P<prep>[^)]*)\))?\s*"
    r"\[(?P<code>13\d*)\]\s*#\s*(?P<verbs>.*)$"
)


def derive(path: str) -> list[tuple[str, str, str, str, str]]:
    rows: dict[tuple[str, str], tuple[str, str, str, str, str]] = {}
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        match = _PATTERN.match(line)
        if match is None:
            continue
        verbs = {v.strip().lower() for v in match["verbs"].split(",")}
        phrase = (match["phrase"] or match["noun"]).replace("_", " ").lower().split()
        noun = LEMMAS.get(phrase[-1], phrase[-1])
        if noun in NOT_THREATS or noun.startswith("&"):
            continue
        for verb in sorted(verbs & SPEECH_VERBS):
            if verb in WARNING_VERBS and noun != "warning":
                continue
            if noun in LIGHT_NOUNS and verb in LIGHT_VERBS:
                continue  # "issued a threat": the light-verb row "* threat" reads it
            cue = f"{verb} * {noun} (against on to for)"
            note = f"{verb.upper()} * {' '.join(phrase).upper()} [{match['code']}]"
            rows.setdefault((verb, noun), ("threaten", match["code"], cue, "petrarch2", note))
    return sorted(rows.values(), key=lambda r: (r[1], r[2]))


def main() -> None:
    for row in derive(sys.argv[1]):
        print("\t".join(row))


if __name__ == "__main__":
    main()
