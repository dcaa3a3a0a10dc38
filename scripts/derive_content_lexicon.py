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
from collections.abc import Iterator
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


def _conflict_verbs(path: str) -> Iterator[tuple[str, str, str]]:
    """(lemma, code, block) of every verb line in a CAMEO 13x-20x block, in file order."""
    code, block = "", ""
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line.startswith("---"):
            parts = line.split()
            block, code = parts[1], parts[2] if len(parts) > 2 else ""
            continue
        if line[:1].isalpha() and CONFLICT.match(code):
            yield line.split()[0].lower(), re.findall(r"\d+", code)[0], block


def derive(path: str) -> list[tuple[str, str, str]]:
    rows: dict[str, tuple[str, str, str]] = {}
    for lemma, code, block in _conflict_verbs(path):
        if "_" not in lemma and "+" not in lemma and lemma not in AMBIGUOUS:
            rows.setdefault(lemma, (lemma, code, block))
    return sorted(rows.values(), key=lambda r: (r[1], r[0]))


#: Members of :data:`AMBIGUOUS` in the fight block (CAMEO 19x) that name a hostile act
#: whenever a side other than the speaker's does them ("encircled the city"): the content
#: rules charge only a named doer that is not the speaker's own side.  Derived as
#: ``hostile_act`` rows of their own block.  The coercion block (17x: arrest, seize, expel,
#: detain ...) stays out, verbs and nouns: a state does these lawfully too, the rows gained
#: nothing on any gold part in round 8, and they charged a speaker's own forces.
_COERCION_WORDS = "encircle blitz"
#: CAMEO codes whose event nouns are not derived (coercion, see above; threats and protest).
_NO_NOUN_CODES = ("13", "14", "15", "17")
COERCION = frozenset(_COERCION_WORDS.split())

#: Event nouns derived from the verbs that name no act as a noun in news copy: a weapon or a
#: thing ("bomb", "shell", "stone", "torch", "dynamite", "ram"), another sense ("hit",
#: "strike" of workers, "storm", "target", "exile", "jail", "censor", "blitz"), an injury
#: rather than a doing ("harm", "hurt", "wound"), or an adjective ("striking").
_NOUN_AMBIGUOUS_WORDS = """
    bomb shell stone torch dynamite ram hit hitting storm target targeting exile jail
    censor blitz harm hurt wound striking strike spy pound wounding harming hurting
    devastating devastation desolation killion deportment targetting
    """
NOUN_AMBIGUOUS = frozenset(_NOUN_AMBIGUOUS_WORDS.split())

#: Verbs whose bare form is also their event noun ("an attack", "the blockade"); any other
#: verb's bare form is a verb only, and its nouns are suffixed ("invasion", "killing").
_ZERO_NOUNS_WORDS = """
    attack assault raid massacre slaughter murder torture rape abuse blockade arrest ambush
    sabotage blackmail hijack overthrow rampage plunder
    """
ZERO_NOUNS = frozenset(_ZERO_NOUNS_WORDS.split())


def _nominal_candidates(verb: str) -> list[str]:
    """Event nouns a verb may form (ordered, the verb itself first): "invade" ->
    "invasion", "occupy" -> "occupation", "expel" -> "expulsion", "shell" -> "shelling"."""
    out = [verb, verb + "ing", verb + "ment", verb + "age", verb + "ion", verb + "ation"]
    stem = verb[:-1] if verb.endswith("e") else verb
    out += [stem + "ing", stem + "ion", stem + "ation", stem + "ure", stem + "al"]
    if verb.endswith("y"):
        out += [verb[:-1] + "ation", verb[:-1] + "ication"]  # occupy -> occupation
    if verb.endswith(("ize", "ise")):
        out.append(verb[:-1] + "ation")
    if verb.endswith("de"):
        out.append(verb[:-2] + "sion")  # invade -> invasion
    if verb.endswith("el"):
        out.append(verb[:-2] + "ulsion")  # expel -> expulsion
    if re.search(r"[^aeiou][aeiou][bdgmnprt]$", verb):
        out.append(verb + verb[-1] + "ing")  # kidnap -> kidnapping
    return list(dict.fromkeys(out))


def derive_nouns(verbs: list[tuple[str, str, str]], known: set[str]) -> list[tuple[str, str, str]]:
    """``hostile_noun`` rows: the event nouns of ``verbs`` (lemma, code, block) that
    ``known`` holds (a vocabulary: the spaCy pipeline's string store and the words of the
    bundled corpus), minus :data:`NOUN_AMBIGUOUS`; each with its verb's code and block."""
    rows: dict[str, tuple[str, str, str]] = {}
    for verb, cameo, block in verbs:
        for noun in _nominal_candidates(verb):
            zero = noun == verb and noun not in ZERO_NOUNS
            if noun in known and noun not in NOUN_AMBIGUOUS and not zero:
                rows.setdefault(noun, (noun, cameo, f"{block}: {verb.upper()}"))
    return sorted(rows.values(), key=lambda r: (r[1], r[0]))


def derive_coercion(path: str) -> list[tuple[str, str, str]]:
    """The :data:`COERCION` verbs with their code and block, as :func:`derive` reads them."""
    rows: dict[str, tuple[str, str, str]] = {}
    for lemma, code, block in _conflict_verbs(path):
        if lemma in COERCION:
            rows.setdefault(lemma, (lemma, code, block))
    return sorted(rows.values(), key=lambda r: (r[1], r[0]))


def _vocabulary() -> set[str]:
    """Words the nouns are checked against: the default spaCy pipeline's strings and the
    words of the bundled corpus (official texts)."""
    import json

    from kg.nlp import load_pipeline

    known = {s for s in load_pipeline(None).vocab.strings if s.isalpha() and s.islower()}
    for path in sorted(Path(__file__).parent.parent.joinpath("corpus").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            text = json.loads(line).get("text", "")
            known.update(w.lower() for w in re.findall(r"[A-Za-z]+", text))
    return known


if __name__ == "__main__":
    if "--nouns" in sys.argv:  # the coercion verbs and the event nouns of CAMEO 16x-20x
        path = next(a for a in sys.argv[1:] if not a.startswith("--"))
        coercion = derive_coercion(path)
        for lemma, cameo, block in coercion:
            print(f"hostile_act\t{lemma}\t{cameo}\tpetrarch2\t{block}")
        material = [r for r in derive(path) if not r[1].startswith(_NO_NOUN_CODES)]
        for lemma, cameo, block in derive_nouns(material + coercion, _vocabulary()):
            print(f"hostile_noun\t{lemma}\t{cameo}\tpetrarch2\t{block}")
    else:
        for lemma, cameo, block in derive(sys.argv[1]):
            print(f"hostile_act\t{lemma}\t{cameo}\tpetrarch2\t{block}")
