"""Derive the hostile-act rows of ``kg/data/content_lexicon.tsv`` from PETRARCH2's CAMEO
verb dictionary (MIT; notice in ``kg/data/NOTICE-petrarch2``).

    python scripts/derive_content_lexicon.py ../shared/data/petrarch2/CAMEO.2.0.txt

Prints the ``hostile_act`` rows: the one-word verbs of every verb block whose default
code is material conflict (CAMEO 14-20: protest, force posture, reduce relations,
coerce, assault, fight, mass violence) or 13 (threaten), minus :data:`AMBIGUOUS`,
synonyms that WordNet put in a block but that name no hostile act in ordinary news
copy ("beat", "match", "hold", "die").  The kg rows of the file are written by hand.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

#: WordNet synonyms and weak members of the conflict blocks that would accuse too much:
#: polysemous ("break", "hold", "take", "catch"), state acts a government reports of
#: itself ("arrest", "detain", "ban", "expel", "sentence"), reciprocal or defensive
#: ("clash", "fight", "repel"), verbal ("blast", "assail", "hammer") or emotional
#: ("annoy", "upset").
_AMBIGUOUS_WORDS = """
    risk threaten warn caution
    agitate agonise agonize annoy badger bother discomfit disconcert disquiet distress
    disturb frustrate harry hassle irk irritate pester plague rag upset vex
    demonstrate march arouse enkindle riot
    garner marshal mobilise mobilize muster rally summon overfly parade patrol
    blacklist disassociate disarray disorder secede
    cage confine contain detain enclose hold imprison incarcerate jail restrict withhold
    bar block blockade boycott embargo exclude ostracise ostracize segregate shun
    compel enforce force impel pressure reinforce bill impose inflict levy reimpose
    penalize punish constrain crackdown curb moderate quell repress restrain subdue
    suppress apprehend arrest capture catch grab nab seize snatch take extract pluck
    pull wrest nationalise nationalize commandeer overturn pirate revolutionise
    revolutionize appropriate fine tax ban censor criminalise criminalize disallow forbid
    illegalise illegalize interdict outlaw prohibit proscribe veto sentence prosecute
    re-arrest rearrest sue banish deport evict exile expel oust remove
    bruise contaminate corrupt crack damage impair mar rip spoil tarnish tear vitiate
    scuffle slap lash whip dishonor dishonour
    beat best break bust crush defeat disarm dominate eradicate master overcome
    overpower overshadow overtake overwhelm ravish ruin shatter smash surmount die
    circle encircle ring surround engage blast blow explode fire pelt flatten hang
    altercate assail battle blitz clash clobber combat conflict duel fight grapple hammer
    kick match pit quarrel retaliate siege skirmish struggle wrestle pound thump foray
    repel repulse aim infest inhabit reside recapture
"""
AMBIGUOUS = frozenset(_AMBIGUOUS_WORDS.split())

CONFLICT = re.compile(r"^\[(1[3-9]|20)\d*")


def derive(path: str) -> list[tuple[str, str, str]]:
    rows: dict[str, tuple[str, str, str]] = {}
    code, block = "", ""
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line.startswith("---"):
            parts = line.split()
            block, code = parts[1], parts[2] if len(parts) > 2 else ""
            continue
        if not line[:1].isalpha() or not CONFLICT.match(code):
            continue
        lemma = line.split()[0].lower()
        if "_" in lemma or "+" in lemma or lemma in AMBIGUOUS:
            continue
        rows.setdefault(lemma, (lemma, re.findall(r"\d+", code)[0], block))
    return sorted(rows.values(), key=lambda r: (r[1], r[0]))


if __name__ == "__main__":
    for lemma, cameo, block in derive(sys.argv[1]):
        print(f"hostile_act\t{lemma}\t{cameo}\tpetrarch2\t{block}")
