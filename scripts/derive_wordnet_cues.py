"""Derive claim cue rows (``kg/data/claim_cues.tsv``'s format) and judgement adjectives
(``kg/data/content_lexicon.tsv``'s ``critical_adj`` class) from Open English WordNet
(CC BY 4.0, built on Princeton WordNet; notice in ``kg/data/NOTICE-wordnet``).

    python scripts/derive_wordnet_cues.py PATH/english-wordnet/src/yaml [GROUP ...]

The missed claims of every round were long tails of cue words that occur once; CAMEO's verb
patterns hold almost none of them.  WordNet groups them by meaning, so the rows come from
meaning, not from errors: each group (:data:`ROOTS`) is a handful of root synsets (the
senses of accuse/charge/blame, deny/refute/contradict, criticize/condemn/denounce/rebuke,
threaten/menace, warn, praise/commend/acclaim/applaud, regret/resent, claim/assert/affirm,
state, report), and its candidates are

- the verbs of the roots' hyponym closure inside the root's lexicographer file (a phrasal
  verb only with a particle: "hit out"), with the group's stance and CAMEO code;
- the nouns derivationally related to those verb senses ("rebuke" -> "rebuke",
  "condemn" -> "condemnation"), as light-verb stance nouns (``* noun (preps)``:
  "issued a rebuke to"); the accuse nouns take the verbs of the lexicon's own accusation
  rows instead ("level * indictment (at against)"), since "issued an indictment" is an act;
- predicate adjectives of feeling (:data:`PREDICATE_ROOTS`, ``be * adjective (preps)``:
  "was outraged by", "are thankful to"): root adjective synsets and their similar-to sets;
- for ``critical_adj``, the adjectives of the root adjective synsets and their similar-to
  satellites (``ADJECTIVE_ROOTS``: "irresponsible", "unjustified", "reprehensible").

The sense-rank cut (:data:`MAX_RANK`, 1): a word is kept only when the sense that put it in
the closure is its first sense of that part of speech in WordNet's own order (its sense
ranking), so that "knock" ("criticize" is its 7th sense) and "kill" ("kill a bill", below
"deny" by way of "vote down") stay out; with a cut of 2, "kill" came in as a denial and the
rows lost on every part.  Nouns are kept only in the noun files of acts, cognition,
communication and feelings (no "accuser"); words that are already cues (any row of
``claim_cues.tsv`` or ``claim_cues_optional.tsv``, or the class's rows of
``content_lexicon.tsv``, except the rows this script wrote, source ``wordnet``) and words
two groups claim with different stances are left out.  Output is sorted and deterministic:
``# --- group`` lines, then the group's rows.  Demands and appeals (demand, urge) have no
stance of their own (:class:`kg.model.Stance`) and are not derived.

The rows are measured group by group (``benchmarks/claims/RESULTS.md``, round 19) and are
off: ``kg/data/claim_cues_optional.tsv`` and ``kg/data/content_lexicon_optional.tsv``, each
group under a ``# --- wordnet19 GROUP`` line.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "kg" / "data"

#: The cue lexicon files whose words are cues already.
CUE_FILES = ("claim_cues.tsv", "claim_cues_optional.tsv")

#: A word enters only by one of its first MAX_RANK senses (WordNet's sense order).
MAX_RANK = 1

#: Noun lexicographer files a stance noun may come from (04 act, 09 cognition,
#: 10 communication, 12 feeling), read off the sense key "lemma%1:LL:...".
NOUN_FILES = frozenset({"04", "09", "10", "12"})

#: Particles that make a two-word WordNet lemma a phrasal verb the lexicon can say.
PARTICLES = frozenset({"out", "off", "down", "up", "back", "away", "aside", "on", "over"})


@dataclass(frozen=True)
class Group:
    """Root synsets whose meaning makes a cue, with the stance and CAMEO code of the root."""

    stance: str
    cameo: str
    roots: tuple[str, ...]
    #: the light-verb noun row's prepositions, or the verbs an accusation noun takes
    noun_preps: str
    noun_verbs: tuple[str, ...] = ("*",)
    #: how many hyponym levels below the roots (None: all); "state, say, tell" is the
    #: hypernym of most of verb.communication ("sign", "visa"), so only its direct hyponyms
    depth: int | None = None


#: group -> roots.  Synset ids of Open English WordNet (2024/2025 releases), with the root
#: lemma and gloss in the comment.
ROOTS: dict[str, Group] = {
    "accuse": Group(
        "accuse",
        "112",
        (
            "00844668-v",  # accuse, impeach, incriminate: bring an accusation against
            "00845147-v",  # charge, accuse: make a claim of wrongdoing against
            "00845638-v",  # charge: make an accusatory claim
            "00844217-v",  # blame, fault: put or pin the blame on
        ),
        "(at against)",
        ("level", "make", "hurl"),
    ),
    "deny": Group(
        "deny",
        "016",
        (
            "00818217-v",  # deny: declare untrue; contradict
            "00818664-v",  # deny: refuse to accept or believe
            "00816512-v",  # refute, rebut: overthrow by argument
            "00825097-v",  # contradict, negate: deny the truth of
        ),
        "(of)",
    ),
    "criticize": Group(
        "criticize",
        "111",
        (
            "00828170-v",  # criticize: find fault with
            "00865823-v",  # condemn, decry, excoriate: express strong disapproval of
            "00843259-v",  # denounce: speak out against
            "00826456-v",  # rebuke, reprimand, scold, berate: censure severely or angrily
            "00825330-v",  # reprimand, censure: rebuke formally
            "00808840-v",  # disapprove: deem wrong or inappropriate
        ),
        "(of at over against about)",
    ),
    "threaten": Group(
        "threaten",
        "130",
        (
            "00873067-v",  # threaten: utter intentions of injury or punishment against
            "01069216-v",  # menace: express a threat by an utterance or a gesture
        ),
        "(against to)",
    ),
    "warn": Group(
        "threaten",
        "130",
        ("00871877-v",),  # warn: notify of danger, potential harm, or risk
        "(against to)",
    ),
    "praise": Group(
        "approve",
        "051",
        (
            "00858506-v",  # praise: express approval of
            "00883916-v",  # commend: express approbation of
            "00863389-v",  # acclaim, hail: praise vociferously
            "00861956-v",  # applaud: express that something is worthy of praise
        ),
        "(for of to)",
    ),
    "regret": Group(
        "criticize",
        "110",
        (
            "01800593-v",  # repent, regret, rue: feel sorry for
            "01800935-v",  # regret: feel sad about the loss or absence of
            "01777267-v",  # resent: feel bitter or indignant about
        ),
        "(of at over against about)",
    ),
    "claim": Group(
        "assert",
        "010",
        (
            "00758383-v",  # claim: assert or affirm strongly
            "01018787-v",  # assert, asseverate, maintain: state categorically
            "01013058-v",  # affirm, avow, aver, swear: declare solemnly as true
        ),
        "(of about)",
    ),
    "state": Group(
        "assert",
        "010",
        ("01011267-v",),  # state, say, tell: express in words
        "(of about)",
        depth=1,
    ),
    "report": Group(
        "report",
        "010",
        (
            "00967067-v",  # report, describe, account: give an account in words
            "00968841-v",  # report: announce as the result of an investigation
        ),
        "(of about on)",
    ),
}

#: Root adjective synsets of judgement (``critical_adj``: "X's policy is irresponsible"),
#: taken with their similar-to synsets.
ADJECTIVE_ROOTS: tuple[str, ...] = (
    "02005010-a",  # irresponsible: showing lack of care for consequences
    "00018622-a",  # unacceptable: not acceptable; not welcome
    "01951967-s",  # undue, unjustified, unwarranted: lacking justification
    "00960366-a",  # unfair, unjust
    "02043172-s",  # condemnable, deplorable, reprehensible: deserving severe rebuke
    "01230419-s",  # disgraceful, shameful: deserving or bringing disgrace
    "01554321-s",  # scandalous, shameful, shocking: offensive to moral sensibilities
    "02581199-s",  # absurd, ludicrous, preposterous: so unreasonable as to invite derision
)

#: Root adjective synsets of feeling that make a predicate cue ("be * outraged (at over)":
#: "Beijing is outraged at ..."), taken with their similar-to synsets: group -> (stance,
#: CAMEO code, prepositions, roots).
PREDICATE_ROOTS: dict[str, tuple[str, str, str, tuple[str, ...]]] = {
    "angry_adj": (
        "criticize",
        "111",
        "(at over about with by)",
        (
            "00114629-a",  # angry: feeling or showing anger
            "01811138-a",  # displeased: experiencing or manifesting displeasure
        ),
    ),
    "pleased_adj": (
        "approve",
        "051",
        "(with by at about for)",
        (
            "01810406-a",  # pleased: experiencing or manifesting pleasure
            "01149996-a",  # grateful, thankful: feeling or showing gratitude
        ),
    ),
}


@dataclass(frozen=True)
class ActGroup:
    """Root synsets of a hostile act a speaker's content can charge ("said Russian forces
    shelled ..."): the content-lexicon class of its verbs and of its event nouns, and the
    CAMEO code of the root."""

    verb_class: str
    noun_class: str
    cameo: str
    roots: tuple[str, ...]


#: Hostile-act groups of ``content_lexicon.tsv`` (round 19, branch ``acts19``): group -> roots.
#: Verbs of the roots' hyponym closure (one lexicographer file) and their derived nouns of the
#: act and event noun files (:data:`ACT_NOUN_FILES`: "shell" -> "shelling"), each by its
#: first sense only, single words only (the lexicon is a set of lemmas).
ACT_ROOTS: dict[str, ActGroup] = {
    "attack": ActGroup(
        "hostile_act",
        "hostile_noun",
        "190",
        (
            "01121587-v",  # attack, assail: launch an attack or assault on
            "01122487-v",  # assail, assault, set on, attack: attack someone physically
        ),
    ),
    "kill": ActGroup(
        "hostile_act",
        "hostile_noun",
        "190",
        (
            "01326622-v",  # kill: cause to die
            "02488014-v",  # murder, slay: kill intentionally and with premeditation
        ),
    ),
    "destroy": ActGroup(
        "hostile_act",
        "hostile_noun",
        "190",
        (
            "01622948-v",  # destroy, destruct: do away with, cause the destruction of
            "01566925-v",  # destroy, ruin: destroy completely; damage irreparably
        ),
    ),
    "seize": ActGroup(
        "hostile_act",
        "hostile_noun",
        "171",
        (
            "02277394-v",  # appropriate, capture, seize, conquer: take possession of by force
            "01216178-v",  # seize: take or capture by force
        ),
    ),
    "invade": ActGroup(
        "hostile_act",
        "hostile_noun",
        "192",
        ("01128786-v",),  # invade, occupy: march aggressively into another's territory
    ),
    "shell": ActGroup(
        "hostile_act",
        "hostile_noun",
        "190",
        (
            "01138348-v",  # blast, shell: use explosives on
            "01134328-v",  # bombard, bomb: throw bombs at or attack with bombs
        ),
    ),
    "abduct": ActGroup(
        "hostile_act",
        "hostile_noun",
        "181",
        ("01473673-v",),  # kidnap, abduct, snatch: take away against their will
    ),
    "torture": ActGroup(
        "hostile_act",
        "hostile_noun",
        "1822",
        ("00070949-v",),  # torture, excruciate, torment: subject to torture
    ),
    "repress": ActGroup(
        "repress_verb",
        "hostile_noun",
        "173",
        (
            "02591574-v",  # persecute, oppress: cause to suffer
            "02428975-v",  # repress, quash, subdue, subjugate: put down by force
            "02429499-v",  # oppress, suppress, crush: keep down by unjust use of authority
        ),
    ),
    "violate": ActGroup(
        "hostile_act",
        "hostile_noun",
        "128",
        ("02572443-v",),  # transgress, violate, breach: act in disregard of laws
    ),
    "steal": ActGroup(
        "hostile_act",
        "hostile_noun",
        "171",
        (
            "02326737-v",  # steal: take without the owner's consent
            "02349564-v",  # plunder, loot, pillage, ransack: steal goods; take as spoils
        ),
    ),
    "meddle": ActGroup(
        "hostile_act",
        "hostile_noun",
        "1",
        (
            "02544767-v",  # meddle, tamper: intrude in other people's affairs
            "02457343-v",  # interfere: come between so as to be hindrance or obstacle
        ),
    ),
    "spy": ActGroup(
        "hostile_act",
        "hostile_noun",
        "160",
        (
            "00787132-v",  # spy: secretly collect sensitive or classified information
            "00787352-v",  # spy, snoop, sleuth: watch, observe, or inquire secretly
        ),
    ),
    "endanger": ActGroup(
        "hostile_act",
        "hostile_noun",
        "130",
        ("02702962-v",),  # endanger, jeopardize, menace, threaten, imperil: pose a threat to
    ),
}

#: Noun lexicographer files an event noun of a hostile act may come from (04 act, 11 event).
ACT_NOUN_FILES = frozenset({"04", "11"})


Synsets = Mapping[str, Mapping[str, Any]]
Entries = Mapping[str, Mapping[str, Any]]


def load(source: Path) -> tuple[dict[str, dict[str, Any]], dict[str, dict[str, Any]]]:
    """The verb and adjective synsets, and every entry (lemma -> pos -> senses), of the
    YAML source directory (``english-wordnet/src/yaml``)."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    synsets: dict[str, dict[str, Any]] = {}
    for path in sorted(source.glob("verb.*.yaml")) + sorted(source.glob("adj.*.yaml")):
        for key, synset in (
            yaml.load(path.read_text(encoding="utf-8"), Loader=loader) or {}
        ).items():
            synsets[key] = {**synset, "_file": path.stem}
    entries: dict[str, dict[str, Any]] = {}
    for path in sorted(source.glob("entries-*.yaml")):
        entries.update(yaml.load(path.read_text(encoding="utf-8"), Loader=loader) or {})
    return synsets, entries


def hyponym_closure(synsets: Synsets, roots: Iterable[str], depth: int | None = None) -> set[str]:
    """The roots and every synset below them (WordNet stores hypernym links only) in the
    same lexicographer file: "deny" (verb.communication) reaches "disavow" but not the
    verb.social "rebel" below "resist", nor a verb.possession "lease" below "sign"."""
    below: dict[str, list[str]] = {}
    for key, synset in synsets.items():
        for parent in synset.get("hypernym", ()):
            if synsets.get(parent, {}).get("_file") == synset.get("_file"):
                below.setdefault(parent, []).append(key)
    found: set[str] = set()
    todo = [(r, 0) for r in roots if r in synsets]
    while todo:
        key, level = todo.pop()
        if key not in found:
            found.add(key)
            if depth is None or level < depth:
                todo.extend((k, level + 1) for k in below.get(key, ()))
    return found


def senses(entries: Entries, lemma: str, pos: str) -> list[Mapping[str, Any]]:
    """The senses of ``lemma`` as ``pos`` in WordNet's order (satellites count as adjectives)."""
    entry = entries.get(lemma, {})
    found = list(entry.get(pos, {}).get("sense", ()))
    if pos == "a":
        found += list(entry.get("s", {}).get("sense", ()))
    return found


def rank(entries: Entries, lemma: str, pos: str, synset: str) -> int | None:
    """The 1-based rank of ``lemma``'s sense in ``synset``, None when it has none there."""
    for number, sense in enumerate(senses(entries, lemma, pos), 1):
        if sense["synset"] == synset:
            return number
    return None


def cue_word(lemma: str) -> str | None:
    """The lexicon's form of a WordNet verb lemma: lower case, one word or verb + particle."""
    words = lemma.split()
    if lemma != lemma.lower() or any(not w.isalpha() for w in words):
        return None
    if len(words) == 1 or (len(words) == 2 and words[1] in PARTICLES):
        return lemma
    return None


def group_words(
    synsets: Synsets, entries: Entries, group: Group
) -> tuple[dict[str, str], dict[str, str]]:
    """The group's verbs and derived nouns that pass the rank cut (word -> the synset that
    put it in)."""
    verbs: dict[str, str] = {}
    nouns: dict[str, str] = {}
    for key in sorted(hyponym_closure(synsets, group.roots, group.depth)):
        for lemma in synsets[key].get("members", ()):
            at = rank(entries, lemma, "v", key)
            word = cue_word(lemma)
            if at is None or at > MAX_RANK or word is None:
                continue
            verbs.setdefault(word, key)
            sense = senses(entries, lemma, "v")[at - 1]
            for derived in sense.get("derivation", ()):
                noun, _, tail = derived.partition("%")
                if not tail.startswith("1:") or tail[2:4] not in NOUN_FILES:
                    continue
                ids = [s["id"] for s in senses(entries, noun, "n")]
                if derived in ids[:MAX_RANK] and cue_word(noun) == noun and " " not in noun:
                    nouns.setdefault(noun, key)
    return verbs, nouns


def event_nouns(entries: Entries) -> dict[str, list[str]]:
    """Verb synset -> the one-word nouns whose first sense is an act or event
    (:data:`ACT_NOUN_FILES`) derived from a sense in it: "capture" (the act of taking by
    force) from the verb synset of seizing, whatever rank that verb sense has ("capture"
    the verb means first "represent in words"); "seizure" (first a fit) stays out."""
    synset_of: dict[str, str] = {}
    for entry in entries.values():
        for sense in entry.get("v", {}).get("sense", ()):
            synset_of[sense["id"]] = sense["synset"]
    found: dict[str, list[str]] = {}
    for noun, entry in entries.items():
        first = (entry.get("n", {}).get("sense") or [{}])[0]
        tail = str(first.get("id", "")).partition("%")[2]
        if not (noun.isalpha() and noun.islower()) or tail[2:4] not in ACT_NOUN_FILES:
            continue
        for derived in first.get("derivation") or ():
            if derived in synset_of:
                found.setdefault(synset_of[derived], []).append(noun)
    return found


def mostly_other(entries: Entries, lemma: str) -> bool:
    """Whether a verb's word is mostly something else: an adverb or adjective too ("off",
    "kill" by its 5th verb sense), or a noun of more senses than the verb whose first sense
    is no act or event ("gas", "mug", "sin"); the content lexicon is a set of lemmas, so
    the noun reading would count as the act."""
    entry = entries.get(lemma, {})
    if any(entry.get(pos, {}).get("sense") for pos in ("r", "a", "s")):
        return True
    nouns = senses(entries, lemma, "n")
    first = str(nouns[0].get("id", "")).partition("%")[2][2:4] if nouns else ""
    return len(nouns) > len(senses(entries, lemma, "v")) and first not in ACT_NOUN_FILES


def act_words(
    synsets: Synsets,
    entries: Entries,
    group: ActGroup,
    derived_nouns: Mapping[str, list[str]] | None = None,
) -> tuple[dict[str, str], dict[str, str]]:
    """The group's one-word verbs and derived event nouns that pass the rank cut (word ->
    the synset that put it in): "shell" -> "shelling" (noun.act), never "shell" the
    pod or "bomb" the failed exam, whose first sense is another.  A noun comes in by the
    verb's first sense or by its own first sense (:func:`event_nouns`)."""
    verbs: dict[str, str] = {}
    nouns: dict[str, str] = {}
    derived_nouns = event_nouns(entries) if derived_nouns is None else derived_nouns
    for key in sorted(hyponym_closure(synsets, group.roots)):
        for noun in sorted(derived_nouns.get(key, ())):
            nouns.setdefault(noun, key)
        for lemma in synsets[key].get("members", ()):
            at = rank(entries, lemma, "v", key)
            if at is None or at > MAX_RANK or not (lemma.isalpha() and lemma.islower()):
                continue
            if mostly_other(entries, lemma):
                continue
            verbs.setdefault(lemma, key)
            for derived in senses(entries, lemma, "v")[at - 1].get("derivation", ()):
                noun, _, tail = derived.partition("%")
                if not tail.startswith("1:") or tail[2:4] not in ACT_NOUN_FILES:
                    continue
                ids = [s["id"] for s in senses(entries, noun, "n")]
                if derived in ids[:MAX_RANK] and noun.isalpha() and noun.islower():
                    nouns.setdefault(noun, key)
    return verbs, nouns


def act_rows(
    synsets: Synsets, entries: Entries, known: set[str], groups: Iterable[str]
) -> dict[str, list[str]]:
    """The content-lexicon rows of the hostile-act groups (:data:`ACT_ROOTS`): a word any
    content-lexicon row or cue verb holds already is left out, and so is a word two groups
    put in different classes; a word two groups put in the same class goes to the first."""
    derived = event_nouns(entries)
    found = {name: act_words(synsets, entries, g, derived) for name, g in ACT_ROOTS.items()}
    classes: dict[str, set[str]] = {}
    owner: dict[tuple[str, str], str] = {}
    for name, (verbs, nouns) in found.items():
        group = ACT_ROOTS[name]
        for words, kind in ((verbs, group.verb_class), (nouns, group.noun_class)):
            for word in words:
                classes.setdefault(word, set()).add(kind)
                owner.setdefault((kind, word), name)
    rows: dict[str, list[str]] = {}
    for name in groups:
        group = ACT_ROOTS[name]
        verbs, nouns = found[name]
        lines: list[str] = []
        for words, kind in ((verbs, group.verb_class), (nouns, group.noun_class)):
            for word, key in sorted(words.items()):
                if word in known or len(classes[word]) > 1 or owner[(kind, word)] != name:
                    continue
                lines.append(f"{kind}\t{word}\t{group.cameo}\twordnet\tOEWN {key}")
        rows[name] = sorted(lines)
    return rows


#: Classes whose lemmas name no act and so do not stop an act row: round 42's foretold dooms
#: ("would herald its final destruction", wire53's ``brought_doom``) share "ruin" and
#: "destruction" with the act rows below.
NON_ACT_CLASSES = frozenset({"brought_doom", "bringing_verb"})


def content_words(text: str) -> set[str]:
    """Every lemma of ``content_lexicon.tsv``'s rows, whatever the class but
    :data:`NON_ACT_CLASSES` (not the rows this script wrote)."""
    return {
        line.split("\t")[1]
        for line in text.splitlines()
        if line.strip()
        and not line.startswith("#")
        and "\twordnet" not in line
        and line.split("\t")[0] not in NON_ACT_CLASSES
    }


def adjectives(
    synsets: Synsets, entries: Entries, roots: Iterable[str] = ADJECTIVE_ROOTS
) -> dict[str, str]:
    """The adjectives of the root synsets (judgement: :data:`ADJECTIVE_ROOTS`) and their
    similar-to synsets that pass the rank cut (word -> synset)."""
    found: dict[str, str] = {}
    for root in roots:
        for key in [root, *synsets.get(root, {}).get("similar", ())]:
            for lemma in synsets.get(key, {}).get("members", ()):
                at = rank(entries, lemma, "a", key)
                if at is not None and at <= MAX_RANK and lemma.isalpha() and lemma.islower():
                    found.setdefault(lemma, key)
    return found


def known_cues(texts: Iterable[str]) -> tuple[set[str], set[str]]:
    """The verbs (and phrasal verbs) and the nouns the cue lexicon files hold already."""
    verbs: set[str] = set()
    nouns: set[str] = set()
    for text in texts:
        for line in text.splitlines():
            if not line.strip() or line.startswith("#") or "\twordnet" in line:
                continue
            head = line.split("\t")[2].split("(")[0].split("{")[0].split()
            if "*" in head:
                nouns.add(head[-1])
            else:
                verbs.add(" ".join(head))
    return verbs, nouns


def known_class(text: str, name: str) -> set[str]:
    """The lemmas of one class of ``content_lexicon.tsv``."""
    return {
        line.split("\t")[1]
        for line in text.splitlines()
        if line.startswith(name + "\t") and "\twordnet" not in line
    }


def derive(
    synsets: Synsets,
    entries: Entries,
    cue_texts: Iterable[str],
    content_text: str,
    groups: Iterable[str] | None = None,
) -> list[str]:
    """The output lines: per group, ``# --- group`` and its rows, sorted."""
    chosen = list(groups) if groups else [*ROOTS, *PREDICATE_ROOTS, "critical_adj", *ACT_ROOTS]
    known_verbs, known_nouns = known_cues(cue_texts)
    acts = act_rows(
        synsets,
        entries,
        content_words(content_text) | known_verbs,
        [name for name in chosen if name in ACT_ROOTS],
    )
    found = {name: group_words(synsets, entries, g) for name, g in ROOTS.items()}
    stances: dict[str, set[str]] = {}
    for name, (verbs, nouns) in found.items():
        for word in [*verbs, *(f"* {n}" for n in nouns)]:
            stances.setdefault(word, set()).add(ROOTS[name].stance)
    lines: list[str] = []
    for name in chosen:
        rows: list[str] = []
        if name in ACT_ROOTS:
            rows = acts[name]
        elif name == "critical_adj":
            known = known_class(content_text, "critical_adj")
            for word, key in sorted(adjectives(synsets, entries).items()):
                if word not in known:
                    rows.append(f"critical_adj\t{word}\t111\twordnet\tOEWN {key}")
        elif name in PREDICATE_ROOTS:
            stance, cameo, preps, roots = PREDICATE_ROOTS[name]
            for word, key in sorted(adjectives(synsets, entries, roots).items()):
                if word not in known_nouns:
                    rows.append(f"{stance}\t{cameo}\tbe * {word} {preps}\twordnet\tOEWN {key}")
        else:
            group = ROOTS[name]
            verbs, nouns = found[name]
            for word, key in sorted(verbs.items()):
                if word not in known_verbs and len(stances[word]) == 1:
                    rows.append(f"{group.stance}\t{group.cameo}\t{word}\twordnet\tOEWN {key}")
            for noun, key in sorted(nouns.items()):
                if noun in known_nouns or len(stances[f"* {noun}"]) > 1:
                    continue
                for verb in group.noun_verbs:
                    head = "*" if verb == "*" else f"{verb} *"
                    rows.append(
                        f"{group.stance}\t{group.cameo}\t{head} {noun} {group.noun_preps}"
                        f"\twordnet\tOEWN {key}"
                    )
        lines.append(f"# --- {name}")
        lines.extend(sorted(rows))
    return lines


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    synsets, entries = load(Path(argv[0]))
    cue_texts = [(DATA / name).read_text(encoding="utf-8") for name in CUE_FILES]
    content = (DATA / "content_lexicon.tsv").read_text(encoding="utf-8")
    print("\n".join(derive(synsets, entries, cue_texts, content, argv[1:])))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
