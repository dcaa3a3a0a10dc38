"""Derive statement and stance noun-object cue rows (``kg/data/claim_cues.tsv``'s format; the
kept batches are off, in ``kg/data/claim_cues_optional.tsv``: no development part changed) from
PETRARCH2's CAMEO verb dictionary (MIT; notice in ``kg/data/NOTICE-petrarch2``).

    python scripts/derive_speech_cues.py ../shared/data/petrarch2/CAMEO.2.0.txt [GROUP ...]

Reads every verb pattern "- * NOUN [code] # VERB" (and "- * {ADJ NOUN} ..."), whose code is
a statement or stance code: 010-016 make a statement .. deny, 051 praise, 110-115
disapprove .. complain, and keeps the ones the lexicon's cue shapes can say (see the
header of claim_cues.tsv):

- a stance noun after a light verb (:data:`LIGHT_VERBS`, the verbs of
  ``kg.extract.cues.LIGHT_VERBS`` PETRARCH's coders wrote: EXPRESS, VOICE, REITERATE,
  REAFFIRM): one ``* noun (preps)`` row, which any light verb then reads ("voiced
  exasperation with", "reaffirmed its rejection of");
- a stance noun after a speech verb of its own (:data:`SPEECH_VERBS`): ``verb * noun
  (preps)`` ("hurled insults at", "gave its backing to", "stressed its opposition to").

The stance follows the code: 010-013 ``assert`` (a light-verb assert noun claims only with
a that-clause, as every assert cue: "voiced fears that P"), 016 ``deny``, 051
``approve``, 110/111/114 ``criticize``, 112 ``accuse``.  Rows the lexicon holds already
(the noun for any light verb, or the verb + noun pair), patterns whose verb is a cue by
itself ("condemned the killing", "denied the report": the verb row reads them), nouns of
an act or an intention rather than a stance (:data:`NOT_STANCES`: "expressed willingness
to talk", "gave a pledge") and the 12x rejections (refusals, acts in the claims guide) are
left out.  Each row's group (``GROUPS``) is printed before it so that a batch can be
measured and kept or dropped on its own.  Output is sorted and deterministic.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

#: Light verbs PETRARCH's coders wrote that kg.extract.cues.LIGHT_VERBS holds.
LIGHT_VERBS = frozenset({"express", "voice", "reiterate", "reaffirm"})

#: Verbs that make their object noun a stance the subject states (not an act: "launched a
#: campaign", "opened a rift", "sparked concern" are events, and a thing can "fuel" fears).
SPEECH_VERBS = frozenset(
    {
        "hurl",
        "deliver",
        "give",
        "declare",
        "stress",
        "signal",
        "vow",
        "step",
        "show",
        "display",
        "exchange",
        "challenge",
        "sound",
        "cast",
        "maintain",
        "throw",
        "raise",
    }
)

#: Verbs that are cues by themselves: their patterns add nothing.
CUE_VERBS = frozenset(
    {
        "deny",
        "reject",
        "dismiss",
        "condemn",
        "accuse",
        "blame",
        "charge",
        "slam",
        "lament",
        "oppose",
        "protest",
        "dispute",
        "complain",
        "hail",
        "welcome",
        "applaud",
        "praise",
        "support",
        "back",
        "endorse",
        "appreciate",
        "celebrate",
        "denounce",
        "censure",
        "refute",
        "question",
        "confirm",
        "admit",
        "acknowledge",
        "reveal",
        "suspect",
        "allege",
        "repeat",
        "restate",
        "say",
        "warn",
        "predict",
        "expect",
        "claim",
        "report",
        "discount",
        "pin",
        "trade",
        "lodge",
        "file",
        "issue",
        "publish",
        "launch",
        "counter",
        "ruled_out",
        "played_down",
        "evade",
        "defend",
        "hit",
        "describe",
    }
)

#: Nouns of an act, a plan or an intention, or of a thing said that carries no stance.
NOT_STANCES = frozenset(
    {
        "willingness",
        "readiness",
        "reluctance",
        "caution",
        "grief",
        "surprise",
        "pleasure",
        "excitement",
        "relief",
        "pledge",
        "statement",
        "report",
        "message",
        "letter",
        "address",
        "information",
        "reason",
        "release",
        "strength",
        "congratulation",
        "congratulations",
        "threat",
        "priority",
        "credential",
        "decision",
        "supremacy",
        "conviction",
        "election",
        "eye",
        "feet",
        "strike",
        "confidence",
        "blow",
        "evidence",
        "tie",
        "talks",
        "progress",
        "impatience",
        "compliment",
        "success",
        "victory",
        "death",
        "winner",
        "credentials",
        "apostate",
        "unjust",
        "counter-argument",
        "objection",
        "rejection",
    }
)

#: Measured out on the development parts: "* objection" (round 12, "will express"),
#: "* rejection" (REAFFIRM * REJECTION [110]: "reiterated its categorical rejection of
#: involvement in the attacks" denies a charge, it criticizes no one); "give * support",
#: "give * backing" (material aid: "is giving support to the radicals") and "give *
#: approval" (an act: approving a plan).
NOT_PAIRS = frozenset({("give", "support"), ("give", "backing"), ("give", "approval")})

#: Inflected or British pattern nouns -> the spaCy lemma.
LEMMAS = {
    "fears": "fear",
    "accusations": "accusation",
    "charges": "charge",
    "scepticism": "skepticism",
    "words": "word",
    "attacks": "attack",
    "reports": "report",
    "concerns": "concern",
}

#: The prepositions that introduce what a stance is about, by stance.
PREPS = {
    "criticize": "of at over about with to against",
    "approve": "for to of behind",
    "deny": "of",
    "accuse": "against at of",
}

#: Code group -> (the row's stance, the batch name).
GROUPS = {
    "010": ("assert", "statement"),
    "011": ("decline_comment", "statement"),
    "012": ("assert", "pessimism"),
    "013": ("assert", "optimism"),
    "016": ("deny", "deny"),
    "051": ("approve", "praise"),
    "110": ("criticize", "disapprove"),
    "111": ("criticize", "disapprove"),
    "112": ("accuse", "accuse"),
    "114": ("criticize", "disapprove"),
}

#: The batch of an overridden stance.
GROUP_OF_STANCE = {
    "criticize": "disapprove",
    "approve": "praise",
    "deny": "deny",
    "accuse": "accuse",
}

#: Stance overrides: "sounded the alarm over X" (CAMEO 112) warns of a danger, a criticism.
STANCE_OVERRIDES = {
    ("sound", "alarm"): "criticize",
    ("raise", "doubt"): "criticize",  # like CAST * DOUBT [110] and "raised concerns about"
    ("*", "distrust"): "criticize",  # like EXPRESS * MISTRUST [110]
}

#: Inflected pattern verbs -> the spaCy lemma (a phrasal verb's particle is dropped: the
#: object noun makes the cue, "stepped up its criticism of").
VERB_LEMMAS = {"stepped_up": "step", "threw": "throw"}

#: Modifiers a noun must carry to be a criticism ("exchanged bitter words", "delivered a
#: scathing attack"), from the pattern's own adjective and its kin.
CENSURE = "bitter harsh angry sharp sharpest scathing stinging withering verbal furious"
MODIFIERS = {"word": CENSURE, "attack": CENSURE, "jab": ""}

_PATTERN = re.compile(
    r"^-\s+\*\s+(?:\{(?P<phrase>[A-Z_ -]+)\}|(?P<noun>[A-Z-]+(?: [A-Z-]+)?))\s*"
    r"(?:\((?P<prep>[^)]*)\))?\s*"
    r"\[(?P<code>\d{3,4})(?::\d*)?\]\s*#\s*(?P<verbs>.*)$"
)


#: Members of the statement and stance synonym sets ("--- ALLEGE [110] ---" ...) the lexicon
#: lacks, with the stance of their speech sense; the other members are not speech or not
#: a stance ("circulate", "weep", "humiliate", "snub" an act) and are left out.  "mock" is in
#: the REPEAT set [010] as "imitate", but MOCK * + [111] codes its speech sense.
SYNONYM_STANCES = {
    "avow": ("assert", "010"),  # ALLEGE [110]: "avowed that P" puts P forward
    "doubt": ("assert", "010"),  # DISTRUST [110]: "doubted that P", with a clause only
    "disagree": ("criticize", "110"),  # VERBAL_CONFLICT [110]: "disagreed with X's view"
    "slander": ("criticize", "111"),  # DENIGRATE [111]
    "mock": ("criticize", "111"),  # MOCK * + [111]
}


def synonym_rows(path: str, lexicon: str) -> list[tuple[str, str, str, str, str, str]]:
    """Rows for the synonym-set members of :data:`SYNONYM_STANCES` the lexicon lacks."""
    have = {line.split("\t")[2] for line in lexicon.splitlines() if line.count("\t") >= 3}
    rows, block = [], ""
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        header = re.match(r"^---\s+(\S+)\s+\[(\d{3})\]", line)
        if header:
            block = f"{header[1]} [{header[2]}]"
            continue
        word = line.split()[0].lower() if re.match(r"^[A-Z]", line) else ""
        if block and word in SYNONYM_STANCES and word not in have:
            stance, code = SYNONYM_STANCES[word]
            rows.append(("verbs", stance, code, word, "petrarch2", f"{block} synonym set"))
            have.add(word)
    return rows


def _existing(lexicon: str) -> tuple[set[str], set[tuple[str, str]]]:
    light, pairs = set(), set()
    for line in lexicon.splitlines():
        if line.startswith("#") or not line.strip():
            continue
        head = re.split(r"[({]", line.split("\t")[2])[0].split()
        if "*" in head and len(head) == 2:
            light.add(head[1])
        elif "*" in head:
            pairs.add((head[0], head[2]))
    return light, pairs


def derive(path: str, lexicon: str = "") -> list[tuple[str, str, str, str, str, str]]:
    """(batch, stance, code, cue, source, note) rows, sorted."""
    light, pairs = _existing(lexicon)
    rows: dict[tuple[str, str], tuple[str, str, str, str, str, str]] = {}
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        match = _PATTERN.match(line.strip())
        if match is None or match["code"][:3] not in GROUPS:
            continue
        code = match["code"]
        stance, batch = GROUPS[code[:3]]
        phrase = (match["phrase"] or match["noun"]).replace("_", " ").lower().split()
        noun = LEMMAS.get(phrase[-1], phrase[-1])
        if noun in NOT_STANCES or noun.startswith(("&", "+")) or len(phrase) > 2:
            continue
        verbs = {v.strip().lower() for v in match["verbs"].split(",")} - CUE_VERBS
        verbs = {VERB_LEMMAS.get(v, v) for v in verbs}
        two_words = match["noun"] is not None and " " in match["noun"]
        for verb in sorted(verbs):
            light_verb = verb in LIGHT_VERBS
            if two_words and (light_verb or verb not in SPEECH_VERBS):
                continue  # "VOICE * SHOCK AT", "REITERATE * PLAN UNACCEPTABLE": other shapes
            stance_here = STANCE_OVERRIDES.get(("*" if light_verb else verb, noun), stance)
            note = f"{verb.upper()} * {' '.join(phrase).upper()} [{code}]"
            preps = PREPS.get(stance_here, "")
            if light_verb:
                if noun in light:
                    continue
                cue = f"* {noun}" + (f" ({preps})" if preps else "")
                key = ("*", noun)
            elif verb in SPEECH_VERBS:
                if (verb, noun) in pairs or (verb, noun) in NOT_PAIRS or stance_here == "assert":
                    continue  # a non-light assert noun ("raise hopes") is no statement
                verb_lemma = verb
                cue = f"{verb_lemma} * {noun}" + (f" ({preps})" if preps else "")
                mods = MODIFIERS.get(noun, "")
                if len(phrase) > 1 and not mods:
                    mods = phrase[0]
                cue += f" {{{mods}}}" if mods else ""
                key = (verb_lemma, noun)
            else:
                continue
            batch_here = batch if stance_here == stance else GROUP_OF_STANCE[stance_here]
            rows.setdefault(key, (batch_here, stance_here, code, cue, "petrarch2", note))
    found = [*rows.values(), *synonym_rows(path, lexicon)]
    return sorted(found, key=lambda r: (r[0], r[2], r[3]))


#: The header of the block these rows fill in claim_cues.tsv.
BLOCK = "# --- speechlex18"


def without_own_block(lexicon: str) -> str:
    """The lexicon less the block this script derived, so that a re-run derives the same
    rows (the rows of the lexicon's other blocks are left out as already there)."""
    kept, inside = [], False
    for line in lexicon.splitlines():
        if line.startswith("# --- "):
            inside = line.startswith(BLOCK)
        if not inside:
            kept.append(line)
    return "\n".join(kept)


def main() -> None:
    lexicon_path = Path(__file__).resolve().parents[1] / "kg" / "data" / "claim_cues.tsv"
    lexicon = lexicon_path.read_text(encoding="utf-8") if lexicon_path.exists() else ""
    lexicon = without_own_block(lexicon)
    wanted = set(sys.argv[2:])
    for row in derive(sys.argv[1], lexicon):
        if not wanted or row[0] in wanted:
            print("\t".join(row))


if __name__ == "__main__":
    main()
