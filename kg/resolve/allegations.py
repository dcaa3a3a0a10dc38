"""Allegations: the accusations and denials of one document grouped by proposition.

Claims are read in text order:

* an ACCUSE claim joins the allegation whose content overlaps its own most (Jaccard of
  content words above :data:`OVERLAP`), else opens a new one (accused = its targets);
* a DENY claim joins the best-overlapping allegation too; when its content only
  points back ("the accusations", "the US' claims", or no content at all: "something
  that X denied") it is placed after all other claims, and joins the most salient
  allegation in which the denier, or the state the denier belongs to, is accused: the
  one with most claims (what the article is about), ties to the latest before the
  denial (an allegation made by the denial's target counts too: "the US' claims");
  else it opens its own (the corpus merge joins it to the allegation it answers);
* a denial with content of its own and nothing to join opens an allegation in which
  the denier is the accused;
* a denial never joins an allegation its denier's side makes against another side,
  unless it is aimed at an accuser that is not accused (:func:`_may_hold`): the
  accusers' "their claims are lies" rejects the counter-charge, another allegation.

>>> sorted(content_words("Russia used cyberattacks to sway the elections"))
['cyberattack', 'election', 'russia', 'sway', 'used']
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from kg.extract.claims.content_lexicon import load_classes
from kg.model import Actor, ActorKind, Allegation, Claim, ResolvedClaim, Stance, Voice
from kg.resolve.gazetteer import lookup

#: Minimum Jaccard overlap of content words for two claims to be about one proposition.
OVERLAP = 0.3

#: Stances whose claims make or back an allegation: accusing an actor of an act, and
#: condemning the act ("condemned the atrocities committed by Russia's forces in Bucha").
MAKING = frozenset({Stance.ACCUSE, Stance.CRITICIZE})

#: In a news story (a text that is not an official one: a wire story), a reporter quotes
#: the accusers' voices on the charge the story is about, most of them as plain assertions
#: ("Two U.S. officials told Reuters they believe the missiles were launched
#: 'accidentally'", "Crowley said the United States 'sees no ambiguity' about who sank the
#: ship"): the allegations gold counts them as claims of that allegation
#: (benchmarks/allegations/GUIDE.md, point 1), while the builder took none (an assertion
#: opens and joins nothing).  On, after the other passes, such an assertion joins the
#: document allegation its words overlap as an accusation's must (:data:`OVERLAP`), else
#: the story's most salient allegation (most claims, the earliest of equals) when its
#: speaker's side is among that allegation's accusers' sides; never one whose accused side
#: it speaks for.  It opens none, and its words add nothing to the allegation's
#: proposition (:data:`kg.resolve.summaries._CONTEXT_ONLY`).  On since round 28 (alleg29):
#: blind23 (VOA stories) B-cubed 0.217 -> 0.309; no official text changes (the rule reads
#: only texts that are not official).  Any speaker not accused (not only the accusers'
#: side) gained more (0.333) but joined 97 assertions of which 29 are gold claims, against
#: 43 and 20 (benchmarks/allegations/RESULTS.md, round 28, alleg29).
NEWS_ASSERTIONS = True

#: Round 30 (recall31): a news story whose accusations the extractor did not find (none of
#: its allegations has an accused: "U.S. military officials said other Chinese balloons had
#: briefly entered American airspace", "Malaysian police said they were hunting for four
#: North Koreans") keeps its accusers' voices only as plain assertions, and
#: :data:`NEWS_ASSERTIONS` had no charge for them to join: in ``blind23`` (VOA stories) 22
#: gold claims sat in such stories.  On, the story's charge is opened against the state its
#: assertions name most often as a doer (:func:`_open_news_charge`), by the first assertion
#: naming it; the other assertions then join it as :data:`NEWS_ASSERTIONS` reads them, and
#: the allegation's proposition is what its assertions say
#: (:func:`kg.resolve.summaries.allegation_summaries`).  Official texts are untouched.
NEWS_OPENS = True
#: Round 39 (alleg46): with :data:`NEWS_OPENS`, a news story none of whose assertions names a
#: state as a doer ("Rights group Amnesty International says his wife Liu Xia has lived in
#: government-enforced isolation") has its charge opened against the story's dominant state
#: (:func:`_dominant_charge`), its speakers not on that state's side the accusers.  False: no
#: charge opens, as before.  Measured (benchmarks/allegations/RESULTS.md, round 39, alleg46):
#: development 4.2144 -> 4.2155 (``blind23`` 0.3427 -> 0.3439), held out 5.1986 -> 5.2113,
#: neither cross-document precision sum moves, the claims benchmark unmoved: on by its bar.
NEWS_OPENS_DOMINANT = True
#: Round 39 (alleg46): in a news story, an assertion points back to a charge (and so neither
#: opens nor joins one: :func:`is_reference`) only when a reference noun in it is determined
#: ("the allegations", "these claims", "such charges") and not followed by what it says ("the
#: allegations that ...", "charges of ..."): "held under house arrest without charge", "jailed
#: on charges of subversion", "state media reports say" state the charge.  False: any reference
#: noun points back, as before.  Measured (round 39, alleg46, with ``NEWS_OPENS_DOMINANT`` on):
#: development 4.2155 -> 4.2155 (no part moves), held out 5.2113 -> 5.2142, xP unmoved.  Off by
#: its bar (the development sum must rise).
NEWS_REFERENCE_DETERMINED = False
#: Round 40 (alleg47): a "charge" that a phrase makes part of what a text says (:data:`
#: _CHARGE_PHRASE`: "held without charge", "free of charge", "the official in charge", "on a
#: charge of treason", "faces a charge of") is no reference word (:func:`is_reference`): the
#: content states a charge or something else, it does not point back to one.  ("charges" is
#: stemmed apart from the noun and never counted.)  False: every "charge" points back.
#: Measured (round 40, alleg47, on the lead's parse at main's extraction): development 4.2114 ->
#: 4.2133 (``blind8`` 116 -> 117 aligned), held out 5.5005 -> 5.5005 (no part moves), xP
#: unmoved: on by its bar.
CHARGE_WORDS = True

#: Round 40 (alleg47): in a news story, an accusation that overlaps no allegation of the story
#: and whose words only attribute an act (:data:`_ATTRIBUTING`: "the findings of an inquiry that
#: attributes the attack to North Korea are compelling", "good reason to believe that North Korea
#: was responsible for the cyber-attack") joins the story's charge against the same accused (the
#: one with most claims, ties to the earliest) instead of opening its own: round 39's
#: ``content_evidence.ENDORSED_FINDINGS`` made such a sentence an accusation where it had been an
#: assertion that joined the charge, which split ``blind23``'s Cheonan story.  False: it opens
#: its own allegation.  Measured (round 40, alleg47, with ``CHARGE_WORDS`` on): development
#: 4.2133 -> 4.2212 (``blind23`` 0.3360 -> 0.3439), held out 5.5005 -> 5.5107 (``blind31`` +1
#: aligned), xP 11.067 / 14.868 -> 11.067 / 14.879: on by its bar.
ATTRIBUTION_JOINS = True
_ATTRIBUTING = re.compile(
    r"\b(?:responsib\w*|attribut\w*|findings?|evidence|investigations?|inquiry|inquiries"
    r"|probe|behind|culprits?|blam\w*)\b",
    re.IGNORECASE,
)

#: Round 40 (second wave, alleg48, issue 13): in a news story, a speaker's plain assertion whose
#: content names the charged act of one of the story's charges ("Nasheed ... told supporters that
#: he was forced from office in a coup", in a story whose charge is "he was behind any coup
#: attempt"; "We have charged Hichilema and five others with treason", in one whose charge is "has
#: been charged with treason") joins that charge even when its speaker is of the accused's side
#: (a deposed president and his successor are both of one state: :data:`NEWS_ASSERTIONS` joins
#: no assertion of a speaker whose side the charge accuses) or its words overlap the charge's
#: less than :data:`OVERLAP`.  The act is a word of :data:`CHARGED_ACTS` (the ``charge_noun`` and
#: ``seizure_noun`` rows of ``kg/data/charged_wrongs.tsv`` and a few crimes a state charges: a
#: coup, treason, sedition, fraud, genocide ...) that the charge's own words hold too; never a
#: charge whose accused is the speaker itself, never the outlet's own sentence.  It joins
#: without adding words, as any joined assertion; it changes no claim's claimer, stance or
#: target.  False: such an assertion joins nothing.  Measured (round 40, second wave, alleg48, on
#: the first wave's parse): development 4.2206 -> 4.2206 (no development part moves: no
#: development story's assertion names its charge's act so), held out 5.5125 -> 5.5173
#: (``blind29`` +1 aligned, ``blind36`` +2), xP unmoved; ``blind37`` (in sample) 0.321 -> 0.343
#: (9 -> 13 aligned): on by its bar (benchmarks/allegations/RESULTS.md).
CHARGED_ACT_JOINS = True
#: With :data:`CHARGED_ACT_JOINS`: an assertion naming a charged act that no charge of its story
#: names joins the story's most salient charge (most claims, the earliest of equals) that does
#: not accuse its speaker ("the family had suffered persecution for years", in a story charging a
#: jailing).  False: it joins nothing.  Measured (round 40, second wave, alleg48): development
#: 4.2206 -> 4.2246 (``blind23`` +0.0044, ``blind34`` -0.0004), held out 5.5173 -> 5.5298, xP
#: held out 14.879 -> 14.914: on by its bar (benchmarks/allegations/RESULTS.md).
CHARGED_ACT_SALIENT = True
#: Round 41 (alleg50, issue 13): in a news story, a speaker's plain assertion that tells a
#: hostile or repressive act as a fact with its doer before the verb ("police broke through the
#: doors ... and then took Hichilema away", "Authorities last July brutally beat Chen", "Russian
#: forces seized the ships") joins the story's charge against that doer: a doer naming a state
#: (its name or demonym, "Russian forces") joins a charge whose accused is of that state; a bare
#: agent ("police", "authorities", "troops": ``agent_noun`` of ``kg/data/acted_deeds.tsv``) the
#: story's most salient charge against a state.  The act is an ``act_form`` of that file, told
#: in the past, not passive, not under a modal; never the outlet's own sentence
#: (:mod:`kg.resolve.narrated_act` reads those), never a charge accusing the speaker itself.
#: It joins without adding words and changes no claim's claimer, stance or target.  False: such
#: an assertion joins nothing.  Measured (round 41, alleg50, on main's parse): development
#: 4.2218 -> 4.2289 (``blind23`` +1 aligned, ``blind34`` +1), held out (22 parts) 5.5329 ->
#: 5.5368 (``blind28`` +1), ``blind37`` 0.3333 -> 0.3321, xP development 11.132 unmoved, held
#: out 14.892 -> 14.827: on by its bar (benchmarks/allegations/RESULTS.md, "Round 41, alleg50").
ACTED_JOINS = True
#: Round 41 (alleg51, issue 13): in a news story, a speaker's plain assertion that joins no
#: charge by its words, its side or its acts, but whose resolved targets name the accused of one
#: of the story's charges ("He said the half-brother of North Korean leader Kim Jong Un was
#: murdered to stop ...", in a story charging Kim Jong Un; "Jiang says the case of Liu Xiaobo is
#: not about freedom of speech", in one charging Liu Xiaobo), joins that charge (among several
#: the one with most claims, then the earliest): a speaker talking about the accused is a voice
#: in its dispute.  Never the outlet's own sentence, never a speaker the resolver reads as no
#: state, person, organisation or group (an ``other`` "a suburban Moscow concert hall", an
#: outlet, an anonymous source the outlet relays), never a charge accusing the speaker
#: or its side, never a narrated act's ``ALONE`` charge.  It joins without adding words and
#: changes no claim's claimer, stance or target.  False: such an assertion joins nothing.
#: Measured (round 41, alleg51, on main's parse): development 4.2289 -> 4.2346 (``blind23`` +1
#: aligned, ``blind34`` +4; 7 development claims joined, 2 of them wrong), held out (22 parts)
#: 5.5368 -> 5.5759 (nine parts up, none down), ``blind37`` unmoved, xP 11.132 / 14.827 ->
#: 11.132 / 14.831: on by its bar (benchmarks/allegations/RESULTS.md, "Round 41, alleg51").
TARGET_JOINS = True
_TARGETING_KINDS = frozenset(
    {ActorKind.STATE, ActorKind.PERSON, ActorKind.ORGANISATION, ActorKind.GROUP}
)
_ACTED = load_classes("acted_deeds.tsv")
ACT_FORMS = _ACTED["act_form"]
AGENT_NOUNS = _ACTED["agent_noun"]
#: Words that may stand between a doer and its act (``between_word``: "police then took",
#: "Authorities last July brutally beat", "troops had seized").
_BETWEEN = _ACTED["between_word"]
_TOKENS = re.compile(r"[\w’'-]+").findall
_CHARGED_ACT_WORDS = (
    load_classes("charged_wrongs.tsv")["charge_noun"]
    | load_classes("charged_wrongs.tsv")["seizure_noun"]
    | {"treason", "sedition", "subversion", "espionage", "terrorism", "assassination"}
)

#: Round 30 (recall31): the same join in an official text (a State Department or White
#: House release, a Kremlin or President of Ukraine item), whose speakers are its
#: accusers' own voice.  ``None`` (off): official texts' assertions join nothing;
#: ``"overlap"``: an assertion joins the document allegation its words overlap at
#: :data:`OVERLAP` only; ``"salient"``: else, as in a news story, the text's most salient
#: allegation when its speaker is on that one's accusers' side.  Round 42 (alleg54, issue 13):
#: ``"named"``: an official text's assertion joins only a charge whose accused it names (among
#: its resolved targets, or by name in its words) and whose charged act (:data:`CHARGED_ACTS`)
#: its words name too, its speaker on the charge's accusers' side and not accused
#: (:func:`_named_charge`); ``"acts"``: the same, the act word also one of the repressive or
#: hostile acts a story tells (:data:`ACT_FORMS`: "arrested", "jailed", "attacked"); ``"targets"``:
#: the same without the act word; ``"words"``: the same, sharing at least :data:`NAMED_WORDS`
#: content words with the charge besides the accused's name instead of an act word.  These
#: joins run after the speech's (:data:`SPEECH_ASSERTIONS`), whose "nearest" join reads the
#: charges' own positions.  ``"words"`` on since round 42 (alleg54), by its bar: development
#: B-cubed 4.2330 -> 4.2472 (no part down by more than 0.0002), xP 11.175 -> 11.130, held out
#: (25 parts) 6.0346 -> 6.0388 (none down by more than 0.0001); the switch's second held-out
#: look, the first (before the speech-order fix) failing (benchmarks/allegations/RESULTS.md,
#: "Round 42, alleg54").
OFFICIAL_ASSERTIONS: str | None = "words"
#: With :data:`OFFICIAL_ASSERTIONS` ``"words"``: the content words (stemmed, the accused's
#: name's words not counted) an assertion must share with the charge it names.
NAMED_WORDS = 2

#: Round 36 (alleg37, issue 13): the same join for the sentences of a single speaker's speech (the
#: ``address_speech`` family, on since round 35: each sentence no other rule read is the speaker's
#: claim, its stance read off its words), whose charges told as plain statements ("They saw what was
#: done in Bucha, Irpin, Borodyanka", "Torture chambers are built there.") are assertions: the
#: largest class of the development parts' unaligned gold claims at round 35's end (506 gold
#: accusations whose sentence holds the speaker's assertion in no allegation;
#: benchmarks/allegations/RESULTS.md, round 36, alleg37). ``None`` (off): they join nothing, as any
#: official assertion; ``"overlap"``: such an assertion joins the speech's allegation its words
#: overlap at :data:`OVERLAP`; ``"salient"``: else the speech's most salient allegation when the
#: speaker is on its accusers' side.  Joined, it adds no words
#: (:data:`kg.resolve.summaries._CONTEXT_ONLY`): the corpus merge reads the allegation as before.
#: ``"nearest"``: else the speech's charge whose claims come last before it
#: (:func:`_join_speech_assertions`).  ``"narrow"`` (round 36, speech37): the same joins as
#: ``"nearest"`` in the document, but across the corpus an assertion joined by its place, not by its
#: words overlapping the charge's (:attr:`kg.model.ClaimNote.nearby`), goes with its charge only
#: into a corpus allegation of at most :data:`kg.resolve.corpus.SPEECH_WIDE` documents; in a wider
#: one the speech's assertions on that charge make a corpus allegation of their own
#: (:func:`kg.resolve.corpus.set_apart_speech`); no joined assertion counts for the answer join's
#: "most claims" (:attr:`kg.model.ClaimNote.spoken`).  ``"nearest"`` put them in the merge's wide
#: groups of Russia's war (blind9's cross-document pairwise precision 1.000 -> 0.113); ``"narrow"``
#: keeps the development parts' cross-document precision.  ``"narrow"`` on since round 36
#: (speech37), by its bar: development B-cubed 3.7051 -> 3.9840, held out 4.5209 -> 4.7241, no
#: part lower; the cross-document pairwise precision over the gold claims aligned before and
#: after unchanged (0.6196) (benchmarks/allegations/RESULTS.md, round 36, speech37).
SPEECH_ASSERTIONS: str | None = "narrow"

#: With :data:`SPEECH_ASSERTIONS` ``"nearest"``: a sentence whose subject is the speaker or
#: the speaker's own ("We will restore everything", "I am sure", "Our defenders hold"),
#: which tells the speaker's side, not the charge, joins none.
SPEECH_OWN_VOICE = False
_OWN_VOICE = re.compile(
    r"^\W*(?:(?:and|but|so|therefore|now|today|and now)\W+)?(?:i|we|our|my|us)\b", re.IGNORECASE
)

#: Whether a threat against an actor joins an allegation against that actor raised *after*
#: it (the one with the most claims, ties to the nearest) when none was raised before: a
#: story's lead ("British Prime Minister Theresa May is promising an 'appropriate' response if
#: ... Russia is responsible for poisoning ...", "The United States says it will impose new
#: economic sanctions on North Korea for using a lethal chemical nerve agent ...") and an
#: official text's opening pledge tell the threat before the charge it answers (round 39,
#: alleg44; measured in benchmarks/allegations/RESULTS.md, "Round 39, alleg44").  ``None``:
#: a threat joins only a charge raised before it.  ``"all"``: any text.  ``"news"``: only a
#: text that is not an official one (a news story's lead); ``"all"`` lowers the development
#: B-cubed sum (the official texts' pledges join the wrong charge).
THREATS_AFTER: str | None = "news"

#: Whether, in a text that is not an official one, a threat that aims at no one (no target,
#: no accused named in its content) and joins no charge by its words joins the charge against
#: its maker's side (the one with the most claims raised before it, else after it): the
#: accused's counter-threat ("It threatened what it called 'merciless' reaction", North Korea's,
#: after the charge of the Sony hack) (round 39, alleg44; measured in
#: benchmarks/allegations/RESULTS.md, "Round 39, alleg44").
COUNTER_THREATS = False

#: Round 42 (alleg55, issue 13): in a news story, a criticism that aims at no one ("The
#: United States is deeply troubled by the sentencing of Khadija Ismayilova", "The Obama
#: Administration has expressed its 'deep concern' over the life sentence handed down Tuesday
#: against ... Ilham Tohti", "a ruling slammed by rights groups as unusually harsh") opens no
#: allegation (:func:`_opens`: "criticised the decision" alleges nothing), and
#: :data:`NEWS_ASSERTIONS` joins assertions only, so it sat in no allegation, while the gold
#: has it in the story's charge (the jailing it criticizes).  On, such a criticism (not negated,
#: with content, in no allegation after the other passes) joins a charge of the story as a
#: news assertion does (:func:`_join_news_assertions`: the charge its words overlap, else the
#: salient charge when its speaker is on the accusers' side, a charged act, a named doer).
#: False: as before.
NEWS_CRITICISMS = False

#: Round 42 (alleg55, issue 13): with :data:`NEWS_ASSERTIONS`, a news story's assertion whose
#: words overlap no charge joins the story's most salient charge only when its speaker is on
#: that charge's accusers' side; a story on a jailed journalist quotes the jailed, her lawyer,
#: her employer and rights groups ("Ismayilova told the court, 'It is not a coincidence that
#: these charges were brought against me'", "Jeff Shell said the BBG was 'outraged' by the
#: detention order", "Rights groups say Liu's wife ... are not permitted to speak to news
#: media"), none of them the charge's accusers (the outlet's narrated act, a state's
#: condemnation), and the gold has them in the charge.  ``"all"``: any speaker not on the
#: salient charge's accused side joins it (round 28's wider reading, alleg29).  ``"outlet"``:
#: only when the salient charge holds the outlet's own narration (a claim in
#: :attr:`~kg.model.Voice.PUBLISHER`: the story's own account of the jailing), not a charge
#: one party makes against another ("China accused the United States of interfering", where
#: the dissident's voice is no voice of China's charge).  ``None``: as before.  Measured
#: (benchmarks/allegations/RESULTS.md, "Round 42 (second wave ...), alleg55"): ``"all"``
#: development 4.2323 -> 4.2904 but its cross-document precision sum 10.588 -> 10.159 (fails
#: its bar); ``"outlet"`` development 4.2323 -> 4.2428 (``blind23``, ``blind34``; precision
#: unmoved), held out 6.0320 -> 6.0822 (second held-out look): on by its bar.
NEWS_ANY_SPEAKER: str | None = "outlet"

#: Round 43 (alleg59, issue 13): with :data:`NEWS_ASSERTIONS`, a news story's assertion that
#: joins nothing else (its words overlap no charge, the salient charge is not its side's, no
#: charged act, doer or target joins it) joins the most salient of the story's charges whose
#: accusers include its speaker's side ("The United States ... criticized the Russian actions
#: in the Kerch Strait"; then "Trump announced that he was canceling planned talks with Putin
#: over the issue" joins that charge, while the story's most salient charge is NATO's and
#: Ukraine's).  False: as before.  Measured (benchmarks/allegations/RESULTS.md, "Round 43
#: (second wave ...), alleg59", on the first wave's parse): development 4.2637 -> 4.2750
#: (``blind23`` 0.3575 -> 0.3690, 80 -> 87 aligned; ``blind34`` 0.2099 -> 0.2097), xP sum
#: unmoved (10.502); held out 6.2703 -> 6.3422 (xP 17.21 -> 16.591).  Off by its bar (one
#: development part rises, two were required).
SIDE_SALIENT = False

#: The ``address_speech`` family's name (:mod:`kg.extract.claims.address_speech`).
_SPEECH_RULE = "address_speech"

#: Nouns with which a content refers to an allegation instead of stating it.
REFERENCE_NOUNS = frozenset(
    [
        "accusation",
        "allegation",
        "claim",
        "charge",
        "report",
        "assertion",
        "suggestion",
        "insinuation",
        "statement",
        "speculation",
        "rumor",
        "rumour",
        "story",
    ]
)

STOPWORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "if",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "from",
        "by",
        "with",
        "as",
        "into",
        "about",
        "over",
        "after",
        "before",
        "than",
        "that",
        "this",
        "these",
        "those",
        "it",
        "its",
        "it's",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "has",
        "have",
        "had",
        "do",
        "does",
        "did",
        "will",
        "would",
        "shall",
        "should",
        "can",
        "could",
        "may",
        "might",
        "must",
        "not",
        "no",
        "nor",
        "so",
        "such",
        "there",
        "their",
        "they",
        "them",
        "he",
        "she",
        "his",
        "her",
        "him",
        "we",
        "our",
        "you",
        "your",
        "i",
        "me",
        "my",
        "who",
        "whom",
        "which",
        "what",
        "when",
        "where",
        "why",
        "how",
        "all",
        "any",
        "both",
        "each",
        "few",
        "more",
        "most",
        "other",
        "some",
        "own",
        "same",
        "very",
        "just",
        "also",
        "again",
        "too",
        "only",
        "then",
        "once",
        "here",
        "now",
        "time",
        "said",
        "says",
        "say",
    ]
)


@lru_cache(maxsize=1 << 14)
def _stem(word: str) -> str:
    """``word`` without one of a few inflectional suffixes (cached: a corpus's words
    recur, and every allegation's content is stemmed word by word)."""
    for suffix in ("ing", "ed", "es", "s"):
        if len(word) > len(suffix) + 2 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


_WORDS = re.compile(r"[^\W\d_]+|\d+").findall


@lru_cache(maxsize=1 << 12)
def content_words(text: str) -> frozenset[str]:
    """Lower-cased, crudely stemmed content words of a text (cached: grouping a
    document's allegations asks about each claim's content three to four times)."""
    words = _WORDS(text.lower())
    return frozenset(_stem(w) for w in words if w not in STOPWORDS)


#: :data:`CHARGED_ACT_JOINS`' acts, as :func:`content_words` spells them.
CHARGED_ACTS = frozenset(_stem(word) for word in _CHARGED_ACT_WORDS)
#: The act words of :data:`OFFICIAL_ASSERTIONS`' readings (None: no act word needed):
#: the charge nouns, or those and the stemmed acts of :data:`ACT_FORMS` but "took", "broke".
_NAMED_ACTS: dict[str, frozenset[str] | None] = {
    "named": CHARGED_ACTS,
    "acts": CHARGED_ACTS | (frozenset(_stem(w) for w in ACT_FORMS) - {"took", "broke"}),
    "targets": None,
    "words": None,
}

#: :data:`REFERENCE_NOUNS` as :func:`content_words` may spell them, stemmed or not.
_REFERENCE_WORDS = frozenset({_stem(noun) for noun in REFERENCE_NOUNS} | REFERENCE_NOUNS)


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a or b else 0.0


#: The phrases in which "charge" is a charge stated or another word (:data:`CHARGE_WORDS`).
_CHARGE_PHRASE = re.compile(
    r"\b(?:without|free\s+of|in)\s+charge\b"
    r"|\b(?:on|face[sd]?|facing|with)\s+(?:an?\s+)?(?:[\w-]+\s+)?charge\s+of\b",
    re.IGNORECASE,
)


def is_reference(text: str | None) -> bool:
    """The content points back to an allegation instead of stating one."""
    if not text:
        return True
    if CHARGE_WORDS and _CHARGE_PHRASE.search(text):
        text = _CHARGE_PHRASE.sub(" ", text) or " "
    return bool(content_words(text) & _REFERENCE_WORDS)


_DETERMINED_REFERENCE = re.compile(
    r"\b(?:the|these|those|such|that|this|their|its|his|her|our|your|any|all|them)\s+"
    r"(?:[\w-]+\s+)?(?:" + "|".join(sorted(REFERENCE_NOUNS)) + r")s?\b(?!\s+(?:of|that)\b)",
    re.IGNORECASE,
)


def _opening_content(claim: Claim, outlet_joins: bool) -> str | None:
    """The content of a news story's claim that may open the story's charge, or None: an
    assertion, not negated, whose content does not point back to an earlier charge, and not
    the outlet's own narration when only speakers open charges (``outlet_joins``)."""
    if claim.stance is not Stance.ASSERT or claim.negated or claim.content is None:
        return None
    if _news_reference(claim.content.text):
        return None
    if outlet_joins and claim.voice is Voice.PUBLISHER:
        return None
    return claim.content.text


def _news_reference(text: str | None) -> bool:
    """:func:`is_reference` for a news story's assertion (:data:`NEWS_REFERENCE_DETERMINED`)."""
    if not is_reference(text):
        return False
    if not NEWS_REFERENCE_DETERMINED or not text:
        return True
    return bool(_DETERMINED_REFERENCE.search(text))


@dataclass
class _Open:
    id: str
    summary: str
    accused: list[str] = field(default_factory=list)
    accusers: set[str] = field(default_factory=set)
    claims: list[str] = field(default_factory=list)
    words: set[str] = field(default_factory=set)
    positions: list[int] = field(default_factory=list)
    from_accusation: bool = False
    from_act: bool = False  # opened by a story's narrated act (kg.resolve.narrated_act)


def group_allegations(
    document_id: str,
    claims: Sequence[ResolvedClaim],
    actors: Mapping[str, Actor],
    sentence_texts: Sequence[str] = (),
    *,
    official: bool = False,
) -> tuple[tuple[Allegation, ...], dict[str, str]]:
    """The allegations of one document and, for each grouped claim id, its allegation id.

    Two passes: claims that state a proposition first, then the denials that only point
    back to one ("the allegations"), so that those can weigh every allegation of the
    document by how much of it is about that allegation.  In an ``official`` text a
    condemnation of an act that names no doer opens an allegation too (see
    :func:`_opens`).
    """
    groups: list[_Open] = []
    member: dict[str, str] = {}
    ordered = sorted(claims, key=lambda c: (c.claim.cue.start, c.claim.claimer.span.start))
    disputes = [
        c for c in ordered if not c.claim.negated and c.claim.stance in MAKING | {Stance.DENY}
    ]
    stating = [c for c in disputes if not _points_back(c)]
    pointing = [c for c in disputes if _points_back(c)]
    # warnings and threats about an act ("any further military aggression will have
    # massive consequences") are claims of its allegation; they join one, never open one
    threats = [c for c in ordered if not c.claim.negated and c.claim.stance is Stance.THREATEN]
    for resolved in stating:
        target = _overlapping(resolved, [g for g in groups if _may_hold(g, resolved, actors)])
        if (
            target is None
            and _NARRATED_ACT in resolved.claim.rule.split("+")
            and _act_joins_state()
        ):
            # a story's narrated repressive act joins its charge against that state
            # (kg.resolve.narrated_act)
            target = next((g for g in groups if set(resolved.targets) & set(g.accused)), None)
            if target is None and _act_alone():
                _join(resolved, None, groups, member, document_id, sentence_texts)
                groups[-1].from_act = True
                continue
        if target is None and ATTRIBUTION_JOINS and not official:
            target = _attributed(resolved, groups)
        if target is None and not _opens(resolved, official):
            continue  # a criticism of no one ("criticised the decision") alleges nothing
        _join(resolved, target, groups, member, document_id, sentence_texts)
    for resolved in pointing:
        answerable = [g for g in groups if _may_hold(g, resolved, actors)]
        target = _overlapping(resolved, answerable)
        if target is None and answerable:
            target = _disputed(resolved, answerable, actors)
        _join(resolved, target, groups, member, document_id, sentence_texts)
    for resolved in threats:
        after = THREATS_AFTER == "all" or (THREATS_AFTER == "news" and not official)
        target = _overlapping(resolved, groups) or _threatened(resolved, groups, actors, after)
        if target is None and COUNTER_THREATS and not official:
            target = _counter_threat(resolved, groups, actors)
        if target is not None:  # a warning about no act the document alleges opens nothing
            _join(resolved, target, groups, member, document_id, sentence_texts)
    if NEWS_ASSERTIONS and not official:
        outlets = {
            c.id
            for c in claims
            if c.claim.voice is Voice.PUBLISHER
            and not (_act_is_charge() and _NARRATED_ACT in c.claim.rule.split("+"))
        }
        # a charge the outlet's own narration makes (kg.resolve.NEWS_PUBLISHER) is not the
        # story's charge that its speakers make: their assertions still open that one
        if NEWS_OPENS and not any(g.accused for g in groups if not outlets.issuperset(g.claims)):
            _open_news_charge(ordered, groups, member, actors, document_id, sentence_texts)
        if groups:
            _join_news_assertions(ordered, groups, member, actors, news=True)
    elif OFFICIAL_ASSERTIONS in _NAMED_ACTS:
        pass  # after the speech's joins, which read the charges' own positions (below)
    elif OFFICIAL_ASSERTIONS is not None and official and groups:
        _join_news_assertions(
            ordered, groups, member, actors, salient_too=OFFICIAL_ASSERTIONS == "salient"
        )
    if SPEECH_ASSERTIONS is not None and official and groups:
        spoken = [c for c in ordered if _SPEECH_RULE in c.claim.rule.split("+")]
        if spoken and SPEECH_ASSERTIONS in ("nearest", "narrow"):
            _join_speech_assertions(spoken, groups, member, actors)
        elif spoken:
            _join_news_assertions(
                spoken, groups, member, actors, salient_too=SPEECH_ASSERTIONS == "salient"
            )
    if OFFICIAL_ASSERTIONS in _NAMED_ACTS and official and groups:
        # last: a joined assertion's position must not move a speech's "nearest" join
        shared = NAMED_WORDS if OFFICIAL_ASSERTIONS == "words" else 0
        _join_named_assertions(
            ordered, groups, member, actors, _NAMED_ACTS[OFFICIAL_ASSERTIONS], shared
        )
    ranked = sorted(groups, key=lambda g: min(g.positions))
    where = {c.id: (c.claim.cue.start, c.claim.claimer.span.start) for c in claims}
    allegations = tuple(
        Allegation(
            g.id,
            g.summary,
            tuple(sorted(g.accused)),
            tuple(sorted(g.claims, key=lambda i: (where.get(i, (0, 0)), i))),
            alone=g.from_act,
        )
        for g in ranked
    )
    return allegations, member


def outlet_joins_only() -> bool:
    """Whether a news outlet's own assertions (``kg.resolve.NEWS_PUBLISHER`` ``"joined"``)
    join the story's charge without opening it or stating its proposition."""
    import kg.resolve  # the package imports this module: read at call time

    return kg.resolve.NEWS_PUBLISHER == "joined"


def _join_news_assertions(
    ordered: Sequence[ResolvedClaim],
    groups: Sequence[_Open],
    member: dict[str, str],
    actors: Mapping[str, Actor],
    *,
    salient_too: bool = True,
    news: bool = False,
) -> None:
    """Each assertion of a news story joins the allegation its words overlap, else (with
    ``salient_too``) the story's most salient allegation when its speaker is on that one's
    accusers' side; never one its speaker is accused in (:data:`NEWS_ASSERTIONS`,
    :data:`OFFICIAL_ASSERTIONS`)."""
    charged = [g for g in groups if g.accused]
    if not charged:
        return
    salient = max(charged, key=lambda g: (len(g.claims), -min(g.positions)))
    accusers = {side(a, actors) for a in salient.accusers}
    told = {c.id for c in ordered if c.claim.voice is Voice.PUBLISHER}
    anyone = NEWS_ANY_SPEAKER == "all" or (
        NEWS_ANY_SPEAKER == "outlet" and not told.isdisjoint(salient.claims)
    )
    accused_sides = [(g, {side(a, actors) for a in g.accused}) for g in charged]
    for resolved in ordered:
        claim = resolved.claim
        if claim.negated or claim.content is None:
            continue
        if claim.stance is not Stance.ASSERT and not (
            news and NEWS_CRITICISMS and claim.stance is Stance.CRITICIZE and not resolved.targets
        ):
            continue  # (a targetless criticism of a news story: NEWS_CRITICISMS)
        if resolved.id in member:
            continue  # the assertion that opened the story's charge (NEWS_OPENS)
        if (_news_reference if news else is_reference)(claim.content.text):
            continue  # "the allegations are baseless" points back: a denial's matter
        speaker = side(resolved.claimer, actors)
        target: _Open | None
        if _NARRATED in claim.rule.split("+") and _narrated_either():
            # a story's narration of its subject's stance act ("North Korea has sent
            # protests to ..."): a move in the story's dispute, on either side
            # (kg.resolve.narrated_subject)
            target = _overlapping(resolved, charged) or salient
        else:
            open_to = [g for g, sides in accused_sides if speaker not in sides]
            target = _overlapping(resolved, open_to)
            if (
                target is None
                and salient_too
                and salient in open_to
                and (speaker in accusers or (news and anyone))
            ):
                target = salient  # (any speaker not accused in it: NEWS_ANY_SPEAKER)
            elif (
                target is None
                and salient_too
                and salient in open_to
                and _NARRATED in claim.rule.split("+")
                and _narrated_joins()
            ):
                # "Britain is expelling four Russian diplomats ...": a narrated stance act of
                # a party the story's charge does not accuse is a move in its dispute
                # (kg.resolve.narrated_subject.NARRATED_JOINS)
                target = salient
            if target is None and news and CHARGED_ACT_JOINS:
                target = _charged_act(resolved, charged)
            if target is None and news and ACTED_JOINS:
                target = _acted(resolved, charged, actors)
            if target is None and news and TARGET_JOINS:
                target = _targeted(resolved, open_to, actors)
            if target is None and news and salient_too and SIDE_SALIENT:
                own = [g for g in open_to if speaker in {side(a, actors) for a in g.accusers}]
                if own:  # the speaker's side's own charge, the most salient of them
                    target = max(own, key=lambda g: (len(g.claims), -min(g.positions)))
        if target is not None:  # joins without adding its words: the charge stays its own
            target.claims.append(resolved.id)
            target.positions.append(claim.cue.start)
            member[resolved.id] = target.id


def _join_named_assertions(
    ordered: Sequence[ResolvedClaim],
    groups: Sequence[_Open],
    member: dict[str, str],
    actors: Mapping[str, Actor],
    acts: frozenset[str] | None,
    shared: int = 0,
) -> None:
    """Each assertion of an official text joins the charge it names (:func:`_named_charge`,
    :data:`OFFICIAL_ASSERTIONS` ``"named"``, ``"acts"`` or ``"targets"``), without adding its
    words."""
    charged = [g for g in groups if g.accused and not g.from_act]
    if not charged:
        return
    for resolved, _ in _unjoined_assertions(ordered, member):
        target = _named_charge(resolved, charged, actors, acts, shared)
        if target is not None:
            target.claims.append(resolved.id)
            target.positions.append(resolved.claim.cue.start)
            member[resolved.id] = target.id


def _unjoined_assertions(
    ordered: Sequence[ResolvedClaim], member: Mapping[str, str]
) -> Iterator[tuple[ResolvedClaim, str]]:
    """Each plain assertion (not negated, with a content) that no allegation holds yet and
    whose content points back at no earlier charge, with its content's text: what the
    assertion joins may place.  Read lazily, so a join made in the caller's loop counts."""
    for resolved in ordered:
        claim = resolved.claim
        if claim.stance is not Stance.ASSERT or claim.negated or claim.content is None:
            continue
        if resolved.id in member or is_reference(claim.content.text):
            continue
        yield resolved, claim.content.text


def _named_charge(
    resolved: ResolvedClaim,
    charged: Sequence[_Open],
    actors: Mapping[str, Actor],
    acts: frozenset[str] | None = None,
    shared: int = 0,
) -> _Open | None:
    """The official text's charge whose accused an assertion names (a resolved target, or the
    accused's name or alias in its words) and, unless ``acts`` is None, one of whose act words
    (``acts``, stemmed: :data:`_NAMED_ACTS`) it shares, and at least ``shared`` content words
    besides the accused's name (:data:`NAMED_WORDS`); its speaker on the charge's accusers'
    side and not on its accused's.  Among several, the one sharing most words, then most
    claims, then the earliest; else None."""
    claim = resolved.claim
    assert claim.content is not None
    words = _words_of(resolved)
    text = claim.content.text
    speaker = side(resolved.claimer, actors)
    named = set(resolved.targets)
    fitting = []
    for group in charged:
        accused = {side(a, actors) for a in group.accused}
        if speaker in accused or resolved.claimer in group.accused:
            continue
        if speaker not in {side(a, actors) for a in group.accusers}:
            continue
        if not (named & set(group.accused) or any(_names(a, actors, text) for a in group.accused)):
            continue
        if acts is not None and not (words & frozenset(group.words) & acts):
            continue
        if shared:
            names = set().union(*(content_words(_name_of(a, actors)) for a in group.accused))
            if len((words & frozenset(group.words)) - names) < shared:
                continue
        fitting.append(group)
    if not fitting:
        return None
    return max(
        fitting,
        key=lambda g: (len(words & frozenset(g.words)), len(g.claims), -min(g.positions)),
    )


#: The rule mark of a news story's narrated stance act (:mod:`kg.resolve.narrated_subject`).
_NARRATED = "narrated_subject"
#: The rule mark of a news story's narrated repressive act (:mod:`kg.resolve.narrated_act`).
_NARRATED_ACT = "narrated_act"


def _act_alone() -> bool:
    """Whether a charge a story's narrated repressive act opened stays out of the corpus merge
    (``kg.resolve.narrated_act.ALONE``)."""
    from kg.resolve import narrated_act  # the package imports this module

    return narrated_act.ALONE


def _act_joins_state() -> bool:
    """Whether a story's narrated repressive act whose words overlap no charge joins the
    story's first charge against the same state (``kg.resolve.narrated_act.JOINS_STATE``)."""
    from kg.resolve import narrated_act  # the package imports this module

    return narrated_act.JOINS_STATE


def _act_is_charge() -> bool:
    """Whether a charge a story's narrated repressive act opened is the story's charge, so
    that its assertions open no other (``kg.resolve.narrated_act.ACT_IS_CHARGE``)."""
    from kg.resolve import narrated_act  # the package imports this module

    return narrated_act.ACT_IS_CHARGE


def _narrated_joins() -> bool:
    """Whether a story's narrated stance act joins its most salient charge when its speaker
    is not on that charge's accused side (``kg.resolve.narrated_subject.NARRATED_JOINS``)."""
    from kg.resolve import narrated_subject  # the package imports this module

    return narrated_subject.NARRATED_JOINS


def _narrated_either() -> bool:
    """Whether a story's narrated stance act joins its charge on either side
    (``kg.resolve.narrated_subject.NARRATED`` ``"either"``)."""
    from kg.resolve import narrated_subject  # the package imports this module

    return narrated_subject.NARRATED == "either"


def _join_speech_assertions(
    ordered: Sequence[ResolvedClaim],
    groups: Sequence[_Open],
    member: dict[str, str],
    actors: Mapping[str, Actor],
) -> None:
    """Each assertion of a speech (:data:`SPEECH_ASSERTIONS` ``"nearest"``) joins the
    allegation its words overlap, else the one whose charge comes last before it (else the
    first after it): a speech tells a charge, then goes on about it ("They saw what was done
    in Bucha, Irpin, Borodyanka."); only an allegation the speaker's side makes, never one it
    is accused in.  The charges' own positions are read, not the assertions joined."""
    charged = []
    for group in groups:
        accused = {side(a, actors) for a in group.accused}
        accusers = {side(a, actors) for a in group.accusers} - accused
        if accused and accusers:
            charged.append((group, accused, accusers, sorted(group.positions)))
    for resolved, content in _unjoined_assertions(ordered, member):
        claim = resolved.claim
        if SPEECH_OWN_VOICE and _OWN_VOICE.match(content):
            continue  # "We will restore everything", "We are together!": the speaker's own
        speaker = side(resolved.claimer, actors)
        open_to = [c for c in charged if speaker in c[2] and speaker not in c[1]]
        if not open_to:
            continue
        at = claim.cue.start
        target = _overlapping(resolved, [c[0] for c in open_to])
        if target is None:
            before = [(max(p for p in c[3] if p < at), c[0].id) for c in open_to if c[3][0] < at]
            after = [(min(p for p in c[3] if p >= at), c[0].id) for c in open_to if c[3][-1] >= at]
            chosen = max(before)[1] if before else min(after)[1] if after else None
            target = next((c[0] for c in open_to if c[0].id == chosen), None)
        if target is not None:  # joins without adding its words: the charge stays its own
            target.claims.append(resolved.id)
            target.positions.append(at)
            member[resolved.id] = target.id


def _open_news_charge(
    ordered: Sequence[ResolvedClaim],
    groups: list[_Open],
    member: dict[str, str],
    actors: Mapping[str, Actor],
    document_id: str,
    sentence_texts: Sequence[str] = (),
) -> None:
    """The charge of a news story with no accused allegation (:data:`NEWS_OPENS`).

    Its assertions' states: each state whose name (or an alias) an assertion's words hold,
    not as a place or a victim after a preposition (:func:`_named_unplaced`: "in
    Malaysia", "against the Republic of Korea", "over American airspace"), and not of the
    speaker's own side.  The charge is against the state most assertions name (ties to the
    first named), opened by the first assertion naming it, and the speakers of those
    assertions are its accusers; a counter-claim of the accused ("Chinese officials said
    the balloon had strayed into U.S. airspace") names the other side once and does not
    turn the story's charge around."""
    states_of: list[tuple[ResolvedClaim, frozenset[str]]] = []
    outlet_joins = outlet_joins_only()
    for resolved in ordered:
        content = _opening_content(resolved.claim, outlet_joins)
        if content is None:
            continue  # the outlet's own narration joins the charge, never opens it
        speaker = side(resolved.claimer, actors)
        named = frozenset(
            actor
            for actor in actors
            if actor != speaker
            and _is_state(actor, actors)
            and _named_unplaced(actor, actors, content)
        )
        if named:
            states_of.append((resolved, named))
    if not states_of and NEWS_OPENS_DOMINANT:
        states_of = _dominant_charge(ordered, actors, sentence_texts, outlet_joins)
    if not states_of:
        return
    counts: Counter[str] = Counter(state for _, named in states_of for state in named)
    first: dict[str, int] = {}
    for position, (_, named) in enumerate(states_of):
        for state in sorted(named):
            first.setdefault(state, position)
    charged = min(counts, key=lambda state: (-counts[state], first[state], state))
    naming = [resolved for resolved, named in states_of if charged in named]
    opener = naming[0].claim
    assert opener.content is not None
    opened = _Open(
        _new_id(f"{document_id}-a{opener.cue.start}", groups),
        opener.content.text.strip(),
        accused=[charged],
        accusers={resolved.claimer for resolved in naming},
        claims=[naming[0].id],
        words=set(_words_of(naming[0])),
        positions=[opener.cue.start],
    )
    groups.append(opened)
    member[naming[0].id] = opened.id


def _dominant_charge(
    ordered: Sequence[ResolvedClaim],
    actors: Mapping[str, Actor],
    sentence_texts: Sequence[str],
    outlet_joins: bool,
) -> list[tuple[ResolvedClaim, frozenset[str]]]:
    """With :data:`NEWS_OPENS_DOMINANT`, when no assertion of a news story names a state as
    a doer: the story's dominant state (the state its sentences name most, in two or more
    sentences, wherever; ties to the first named; never an outlet's own state) against which
    every assertion of a speaker not on its side is read, the first opening the charge."""
    outlets = {side(a.id, actors) for a in actors.values() if a.kind is ActorKind.OUTLET} | {
        a.affiliation for a in actors.values() if a.kind is ActorKind.OUTLET and a.affiliation
    }
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for actor in actors:
        if not _is_state(actor, actors) or actor in outlets:
            continue
        known = actors[actor]
        names = [n for n in (known.name, *known.aliases) if n]
        for index, text in enumerate(sentence_texts):
            if any(re.search(rf"\b{re.escape(name)}\b", text) for name in names):
                counts[actor] += 1
                first.setdefault(actor, index)
    if not counts:
        return []
    state = min(counts, key=lambda a: (-counts[a], first[a], a))
    if counts[state] < 2:
        return []
    found: list[tuple[ResolvedClaim, frozenset[str]]] = []
    for resolved in ordered:
        content = _opening_content(resolved.claim, outlet_joins)
        if content is None:
            continue
        if side(resolved.claimer, actors) == state:
            continue
        found.append((resolved, frozenset({state})))
    return found


#: A word before a state's name that makes it the act's place or victim, not its doer
#: ("assassinated in Malaysia", "attacks against the Republic of Korea", "over American
#: airspace", "on British soil").
_PLACED = re.compile(
    r"\b(?:in|against|on|over|into|at|to|from|inside)\s+(?:the\s+)?$", re.IGNORECASE
)


def _named_unplaced(actor: str, actors: Mapping[str, Actor], text: str) -> bool:
    """Whether ``text`` names the actor (a name or an alias, as a whole word, as
    :func:`_names` reads it: a name ending in a full stop, "U.S.", never matches) other than
    as a place or a victim after a preposition (:data:`_PLACED`)."""
    known = actors.get(actor)
    names = (known.name, *known.aliases) if known is not None else ()
    for name in names:
        if not name:
            continue
        for match in re.finditer(rf"\b{re.escape(name)}\b", text):
            if not _PLACED.search(text[max(0, match.start() - 20) : match.start()]):
                return True
    return False


def _is_state(actor: str, actors: Mapping[str, Actor]) -> bool:
    known = actors.get(actor)
    return known is not None and known.kind is ActorKind.STATE


def _opens(resolved: ResolvedClaim, official: bool = False) -> bool:
    """Whether the claim may open an allegation of its own: an accusation or a denial
    always, a criticism only when it is aimed at someone and says what about, or, in an
    official text, when it condemns an act it names ("The United States strongly condemns
    the forced diversion of a flight ...": a government's condemnation of an act is its
    charge, and the corpus merge reads the accused off the proposition); a news report's
    "criticised the decision" alleges nothing."""
    claim = resolved.claim
    if claim.stance is not Stance.CRITICIZE:
        return True
    if claim.content is None:
        return False
    if official and not resolved.targets:
        return not is_reference(claim.content.text) and len(content_words(claim.content.text)) > 1
    return bool(resolved.targets)


def _may_hold(group: _Open, resolved: ResolvedClaim, actors: Mapping[str, Actor]) -> bool:
    """Whether ``group`` may take the claim: any claim but a denial by the accusers' side
    against the accused (one side's "their claims are lies" rejects the other side's
    counter-charge, not its own charge against them: it answers another allegation),
    unless the denial is aimed at an accuser that is not accused (a third state calling
    the accuser's statements lies disputes that very charge).
    """
    if resolved.claim.stance is not Stance.DENY:
        return True
    accused = {side(a, actors) for a in group.accused}
    accusing = {side(a, actors) for a in group.accusers} - accused
    if side(resolved.claimer, actors) not in accusing:
        return True
    return not accusing.isdisjoint(side(t, actors) for t in resolved.targets)


def _points_back(resolved: ResolvedClaim) -> bool:
    claim = resolved.claim
    return claim.stance is Stance.DENY and is_reference(
        claim.content.text if claim.content else None
    )


def _words_of(resolved: ResolvedClaim) -> frozenset[str]:
    content = resolved.claim.content
    return content_words(content.text) if content is not None else frozenset()


def _attributed(resolved: ResolvedClaim, groups: Sequence[_Open]) -> _Open | None:
    """The story's charge against the accusation's accused that an accusation only attributing
    an act joins (:data:`ATTRIBUTION_JOINS`), or None."""
    claim = resolved.claim
    if (
        claim.stance is not Stance.ACCUSE
        or not resolved.targets
        or claim.content is None
        or not _ATTRIBUTING.search(claim.content.text)
    ):
        return None
    accused = set(resolved.targets)
    same = [g for g in groups if g.accused and set(g.accused) == accused and not g.from_act]
    if not same:
        return None
    return max(same, key=lambda g: (len(g.claims), -min(g.positions)))


def _charged_act(resolved: ResolvedClaim, charged: Sequence[_Open]) -> _Open | None:
    """The story's charge whose charged act (:data:`CHARGED_ACTS`) a speaker's assertion names
    too (:data:`CHARGED_ACT_JOINS`), or None: the one sharing most words with it, ties to the
    one with most claims, then the earliest; never one accusing the speaker itself."""
    if resolved.claim.voice is Voice.PUBLISHER or resolved.claim.claimer.label == "AUTHOR":
        return None
    words = _words_of(resolved)
    acts = words & CHARGED_ACTS
    if not acts:
        return None
    fitting = [
        g
        for g in charged
        if acts & g.words and resolved.claimer not in g.accused and not g.from_act
    ]
    if not fitting and CHARGED_ACT_SALIENT:
        # no charge of the story names the act: its most salient one not accusing the speaker
        open_to = [g for g in charged if resolved.claimer not in g.accused and not g.from_act]
        fitting = (
            [max(open_to, key=lambda g: (len(g.claims), -min(g.positions)))] if open_to else []
        )
    if not fitting:
        return None
    return max(fitting, key=lambda g: (len(words & g.words), len(g.claims), -min(g.positions)))


def _acted_doer(text: str) -> tuple[str, bool] | None:
    """The doer of the first act (:data:`ACT_FORMS`) the text tells in the active voice, as
    (its words, whether it is a bare or named agent noun), or None."""
    words = _TOKENS(text)
    for index, word in enumerate(words):
        if word.lower() not in ACT_FORMS:
            continue
        back = index - 1
        while back >= 0 and (
            words[back].lower() in _BETWEEN
            or (words[back].lower().endswith("ly") and words[back][0].islower())
        ):
            back -= 1
        if back < 0:
            continue
        head = words[back]
        if head.lower() in AGENT_NOUNS:
            start = back
            while start > 0 and words[start - 1][0].isupper() and back - start < 3:
                start -= 1
            return " ".join(words[start:back]), True
        if head[0].isupper():
            start = back
            while start > 0 and words[start - 1][0].isupper() and back - start < 3:
                start -= 1
            return " ".join(words[start : back + 1]), False
    return None


def _doer_state(named: str) -> str | None:
    """The state (or the actor) a doer's name or demonym refers to, by the gazetteer."""
    for surface in (named, *reversed(named.split())):
        entry = lookup(surface)
        if entry is not None:
            return entry.state or entry.id
    return None


def _agent_of(actor: str, actors: Mapping[str, Actor]) -> bool:
    """Whether an accused is a state or an organ whose agents a bare agent noun names (its side
    a state, or its name an agent noun: "local officials", "the police")."""
    known = actors.get(side(actor, actors))
    if known is not None and known.kind is ActorKind.STATE:
        return True
    own = actors.get(actor)
    name = own.name.lower() if own is not None else actor.replace("-", " ")
    return any(word in AGENT_NOUNS | {"officials", "government"} for word in name.split())


def _targeted(
    resolved: ResolvedClaim, open_to: Sequence[_Open], actors: Mapping[str, Actor]
) -> _Open | None:
    """The story's charge whose accused a speaker's assertion names among its resolved
    targets (:data:`TARGET_JOINS`), or None.  ``open_to``: the charges not accusing the
    speaker's side."""
    claim = resolved.claim
    if claim.voice is Voice.PUBLISHER or claim.claimer.label == "AUTHOR" or not resolved.targets:
        return None
    speaker = actors.get(resolved.claimer)
    if speaker is None or speaker.kind not in _TARGETING_KINDS:
        return None
    named = set(resolved.targets)
    fitting = [
        g
        for g in open_to
        if named & set(g.accused) and resolved.claimer not in g.accused and not g.from_act
    ]
    if not fitting:
        return None
    return max(fitting, key=lambda g: (len(g.claims), -min(g.positions)))


def _acted(
    resolved: ResolvedClaim, charged: Sequence[_Open], actors: Mapping[str, Actor]
) -> _Open | None:
    """The story's charge against the doer of the hostile act a speaker's assertion tells as a
    fact (:data:`ACTED_JOINS`), or None."""
    claim = resolved.claim
    if claim.voice is Voice.PUBLISHER or claim.claimer.label == "AUTHOR" or claim.content is None:
        return None
    found = _acted_doer(claim.content.text)
    if found is None:
        return None
    named, agent = found
    open_to = [g for g in charged if resolved.claimer not in g.accused and not g.from_act]
    if named:
        state = _doer_state(named)
        fitting = [
            g
            for g in open_to
            if any(
                (state is not None and state in (a, side(a, actors))) or _names(a, actors, named)
                for a in g.accused
            )
        ]
    elif agent:
        # a bare agent ("police", "authorities") is the accused state's or organ's; a state's
        # own speaker's bare agents are its own ("Putin said authorities have detained 11")
        own = actors.get(side(resolved.claimer, actors))
        if own is not None and own.kind is ActorKind.STATE:
            return None
        fitting = [g for g in open_to if any(_agent_of(a, actors) for a in g.accused)]
    else:
        fitting = []
    if not fitting:
        return None
    words = _words_of(resolved)
    return max(fitting, key=lambda g: (len(words & g.words), len(g.claims), -min(g.positions)))


def _overlapping(resolved: ResolvedClaim, groups: Sequence[_Open]) -> _Open | None:
    """The allegation whose content words overlap the claim's most, if enough."""
    words = _words_of(resolved)
    best = max(groups, key=lambda g: jaccard(words, frozenset(g.words)), default=None)
    if best is None or jaccard(words, frozenset(best.words)) < OVERLAP:
        return None
    return best


def _new_id(base: str, groups: Sequence[_Open]) -> str:
    """An allegation id no other of the document holds: ``base`` (the document and the
    claim's cue offset), else ``base`` with ``-2``, ``-3`` ...  Two claims of one cue (two
    content clauses, two claimers) may each start an allegation; with one id between them
    the corpus merge's member map and the corpus allegation ids (a digest of the first
    member's id) collided, and two corpus allegations were scored as one (round 21).

    >>> _new_id("doc-a12", [_Open("doc-a12", ""), _Open("doc-a12-2", "")])
    'doc-a12-3'
    """
    taken = {g.id for g in groups}
    if base not in taken:
        return base
    n = 2
    while f"{base}-{n}" in taken:
        n += 1
    return f"{base}-{n}"


def _join(
    resolved: ResolvedClaim,
    target: _Open | None,
    groups: list[_Open],
    member: dict[str, str],
    document_id: str,
    sentence_texts: Sequence[str],
) -> None:
    """Add a claim to ``target``, or to a new allegation when there is none."""
    claim = resolved.claim
    text = claim.content.text if claim.content else None
    position = claim.cue.start
    if target is None:
        summary = text or (
            sentence_texts[claim.sentence] if claim.sentence < len(sentence_texts) else ""
        )
        target = _Open(_new_id(f"{document_id}-a{position}", groups), summary.strip())
        groups.append(target)
    accused = resolved.targets if claim.stance in MAKING else ()
    if claim.stance is Stance.DENY and not target.accused:
        accused = (resolved.claimer,)
    if claim.stance in MAKING and text and not target.from_accusation:
        target.summary, target.from_accusation = text.strip(), True
    target.accused += [a for a in accused if a not in target.accused]
    if claim.stance in MAKING:
        target.accusers.add(resolved.claimer)
    target.claims.append(resolved.id)
    target.words |= _words_of(resolved)
    target.positions.append(position)
    member[resolved.id] = target.id


def _disputed(
    resolved: ResolvedClaim, groups: Sequence[_Open], actors: Mapping[str, Actor]
) -> _Open | None:
    """The allegation a reference-only denial disputes.

    Among the allegations against the denier (or the state it belongs to) or made by
    the one it answers ("the US' claims"), raised before the denial where possible, the
    most salient: the one with the most claims, which is what the article is about; ties
    go to the latest.  Without any, None: a denial answers an allegation against its
    denier's side or made by the one it is aimed at, never merely the nearest one (the
    accused rejecting "the allegations" of strikes that this text does not charge opens
    its own, which the corpus join places).
    """
    denier = actors.get(resolved.claimer)
    parties = {resolved.claimer}
    if denier is not None and denier.affiliation:
        parties.add(denier.affiliation)
    position = resolved.claim.cue.start
    answered = set(resolved.targets)  # "no proof to support the US' claims"
    concerned = [g for g in groups if parties & set(g.accused) or answered & g.accusers]
    earlier = [g for g in concerned if min(g.positions) < position]
    if earlier or concerned:
        return max(earlier or concerned, key=lambda g: (len(g.claims), _latest_before(g, position)))
    return None


def _threatened(
    resolved: ResolvedClaim,
    groups: Sequence[_Open],
    actors: Mapping[str, Actor],
    after: bool = False,
) -> _Open | None:
    """The allegation a threat warns about when its words do not say which: among those
    against the actor it threatens (its target, else the accused it names: "Russia would
    face severe consequences"), raised before it, the one with the most claims (ties to
    the latest); with ``after`` (:data:`THREATS_AFTER`), when none was raised before, the one raised
    after it with the most claims (ties to the first); None without any."""
    position = resolved.claim.cue.start
    aimed = set(resolved.targets)
    content = resolved.claim.content
    if not aimed and content is not None:
        aimed = {a for g in groups for a in g.accused if _names(a, actors, content.text)}
    earlier = [g for g in groups if aimed & set(g.accused) and min(g.positions) < position]
    if not earlier and after:
        later = [g for g in groups if aimed & set(g.accused)]
        if later:
            return max(later, key=lambda g: (len(g.claims), -min(g.positions)))
    if not earlier:
        return None
    return max(earlier, key=lambda g: (len(g.claims), _latest_before(g, position)))


def _counter_threat(
    resolved: ResolvedClaim, groups: Sequence[_Open], actors: Mapping[str, Actor]
) -> _Open | None:
    """The charge against the side of a threat's maker, for a threat that aims at no one
    (:data:`COUNTER_THREATS`): the one with the most claims raised before it (ties to the
    latest), else after it (ties to the first); None for a threat with a target or an accused
    named, or no such charge."""
    if resolved.targets:
        return None
    content = resolved.claim.content
    if content is not None and any(
        _names(a, actors, content.text) for g in groups for a in g.accused
    ):
        return None
    own = side(resolved.claimer, actors)
    against = [g for g in groups if {own, resolved.claimer} & set(g.accused)]
    if not against:
        return None
    position = resolved.claim.cue.start
    earlier = [g for g in against if min(g.positions) < position]
    if earlier:
        return max(earlier, key=lambda g: (len(g.claims), _latest_before(g, position)))
    return max(against, key=lambda g: (len(g.claims), -min(g.positions)))


def _name_of(actor: str, actors: Mapping[str, Actor]) -> str:
    """The actor's name and aliases, one text."""
    known = actors.get(actor)
    return " ".join((known.name, *known.aliases)) if known is not None else actor.replace("-", " ")


def _names(actor: str, actors: Mapping[str, Actor], text: str) -> bool:
    """Whether ``text`` names the actor (by its name or an alias, as a whole word)."""
    known = actors.get(actor)
    names = (known.name, *known.aliases) if known is not None else ()
    return any(re.search(rf"\b{re.escape(name)}\b", text) for name in names if name)


def _latest_before(group: _Open, position: int) -> int:
    before = [p for p in group.positions if p < position]
    return max(before) if before else -1


def side(actor_id: str, actors: Mapping[str, Actor]) -> str:
    """Whom an actor speaks or acts for: the state it is affiliated with (followed
    through a ministry to its state), else itself.

    >>> actors = {"wang": Actor("wang", "Wang Wenbin", ActorKind.PERSON, affiliation="china"),
    ...           "china": Actor("china", "China", ActorKind.STATE)}
    >>> side("wang", actors), side("china", actors), side("nobody", actors)
    ('china', 'china', 'nobody')
    """
    current, seen = actor_id, {actor_id}
    while True:
        actor = actors.get(current)
        if actor is None or actor.kind is ActorKind.STATE or not actor.affiliation:
            break
        if actor.affiliation in seen:
            break
        current = actor.affiliation
        seen.add(current)
        if current not in actors:  # an affiliation the document names but does not describe
            return current
    known = actors.get(current)
    if current != actor_id and known is not None and known.kind is not ActorKind.STATE:
        return actor_id  # affiliated with an organisation, not a state: it is its own side
    return current
