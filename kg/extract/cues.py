"""The attribution lexicon: which words mark a claim, and with what stance.

Data only, no parsing: :mod:`kg.extract.claims` applies these lists to the
dependency parse.  Keys are spaCy lemmas (lower case).  The cues themselves (verbs,
phrasal verbs, light verb + noun patterns, each with its stance and CAMEO code) are
data, ``kg/data/claim_cues.tsv`` (partly derived from PETRARCH2's CAMEO verb
dictionary, MIT: ``kg/data/NOTICE-petrarch2``), read once when the extractor is loaded;
the word lists below them say how the rules read a cue's surroundings.  Keeping the
lexicon apart from the rules lets a user extend it (another language variety, a
domain's jargon) without touching the rules.

>>> from kg.model import Stance
>>> VERB_STANCES["rebuff"] is Stance.DENY
True
>>> "troll" in PEJORATIVES
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources

from kg.model import Stance


def words(text: str) -> frozenset[str]:
    """A set of words written as one space-separated string (easier to read and extend)."""
    return frozenset(text.split())


@dataclass(frozen=True)
class Cue:
    """One row of the cue lexicon (``kg/data/claim_cues.tsv``, format in its header).

    ``verb`` is a lemma, or ``"*"`` for any of :data:`LIGHT_VERBS`; ``particle`` makes it a
    phrasal verb ("brush off"); ``noun`` is the object that carries the stance ("pinned
    the blame on"), ``preps`` the prepositions that introduce the target, ``modifiers``
    words the noun must carry ("a scathing attack").
    """

    stance: Stance
    cameo: str
    verb: str
    particle: str = ""
    noun: str = ""
    preps: frozenset[str] = frozenset()
    modifiers: frozenset[str] = frozenset()
    source: str = "kg"


_CUE_SHAPE = re.compile(
    r"(?P<head>[a-z_* ]+?)\s*(?:\((?P<preps>[a-z ]+)\))?\s*(?:\{(?P<modifiers>[a-z ]+)\})?"
)


def parse_cue(stance: str, cameo: str, pattern: str, source: str = "kg") -> Cue:
    """One lexicon row as a :class:`Cue`.

    >>> cue = parse_cue("accuse", "112", "pin * blame (on)")
    >>> cue.stance.value, cue.verb, cue.noun, sorted(cue.preps)
    ('accuse', 'pin', 'blame', ['on'])
    >>> parse_cue("criticize", "111", "* concern (about over)").verb
    '*'
    >>> parse_cue("support", "051", "praise")
    Traceback (most recent call last):
    ...
    ValueError: 'support' is not a valid Stance
    """
    match = _CUE_SHAPE.fullmatch(pattern.strip())
    head = match["head"].split() if match is not None else []
    valid = bool(head) and re.fullmatch(r"\d{3,4}", cameo) is not None
    if "*" in head:
        at = head.index("*")
        verbs, nouns = head[:at], head[at + 1 :]
        valid = valid and len(verbs) <= 1 and len(nouns) == 1
        verb, particle, noun = (verbs or ["*"])[0], "", (nouns or [""])[0]
    else:
        valid = valid and len(head) <= 2
        verb, particle, noun = (head or [""])[0], " ".join(head[1:]), ""
    if match is None or not valid:
        raise ValueError(f"not a cue pattern with a CAMEO code: {pattern!r} [{cameo}]")
    return Cue(
        Stance(stance),
        cameo,
        verb,
        particle,
        noun,
        words(match["preps"] or ""),
        words(match["modifiers"] or ""),
        source,
    )


def load_cues(text: str) -> tuple[Cue, ...]:
    """The cues of a lexicon file's text (comment lines start with ``#``).

    >>> [c.verb for c in load_cues("# a comment\\ndeny\\t016\\tdeny\\tkg\\n")]
    ['deny']
    """
    found = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) < 4:
            raise ValueError(f"claim_cues.tsv line {number}: want stance, cameo, cue, source")
        stance, cameo, pattern, source = fields[:4]
        try:
            found.append(parse_cue(stance, cameo, pattern, source))
        except ValueError as error:
            raise ValueError(f"claim_cues.tsv line {number}: {error}") from None
    return tuple(found)


#: The cue lexicon, read once when the extractor is loaded.
CUES: tuple[Cue, ...] = load_cues(
    resources.files("kg").joinpath("data", "claim_cues.tsv").read_text(encoding="utf-8")
)

#: Speech and attribution verbs -> the stance they express.
#:
#: ``approve`` is deliberately absent: "Trump approved a cyber operation" is an act,
#: not speech.  Endorsement in speech is read from the verbs below ("praised",
#: "welcomed", "endorsed"); see :data:`UTTERANCE_NOUNS` for the one exception.
VERB_STANCES: dict[str, Stance] = {
    c.verb: c.stance
    for c in CUES
    if c.verb != "*" and not c.particle and not c.noun and not c.preps
}

#: Verbs that are cues only when a preposition of theirs introduces an allegation:
#: "defended itself against accusations that P" (verb lemma -> the cue).
PREP_CUES: dict[str, Cue] = {
    c.verb: c for c in CUES if c.verb != "*" and not c.particle and not c.noun and c.preps
}

#: Verbs that put a proposition forward (ASSERT).
ASSERT_VERBS: frozenset[str] = frozenset(
    verb for verb, stance in VERB_STANCES.items() if stance is Stance.ASSERT
)

#: Verbs that relay information (REPORT): an outlet, a report.
REPORT_VERBS: frozenset[str] = frozenset(
    verb for verb, stance in VERB_STANCES.items() if stance is Stance.REPORT
)

#: Verb + particle cues: (verb lemma, particle) -> stance.
PHRASAL_STANCES: dict[tuple[str, str], Stance] = {
    (c.verb, c.particle): c.stance for c in CUES if c.particle and not c.noun
}

#: Verb + object noun cues: (verb lemma, noun lemma) -> the cue ("pinned the blame on").
NOUN_CUES: dict[tuple[str, str], Cue] = {
    (c.verb, c.noun): c for c in CUES if c.noun and c.verb not in ("*", "be")
}

#: Predicate adjective cues, "be * adjective (prep ...)": adjective -> the cue ("have been
#: strongly critical of", "has been largely silent on the accusation").
PREDICATE_CUES: dict[str, Cue] = {c.noun: c for c in CUES if c.noun and c.verb == "be"}

#: Verbs that need a clause or a quote to be a claim at all ("added troops" is no claim):
#: every assert and report verb, and the verbs of the phrasal cues "point out", "speak out".
NEEDS_CONTENT: frozenset[str] = (
    ASSERT_VERBS
    | REPORT_VERBS
    | frozenset(verb for (verb, _), stance in PHRASAL_STANCES.items() if stance is Stance.ASSERT)
)

#: Objects that make "deny" a refusal (an act), not a denial: "denied them entry",
#: "would deny Russian personnel access to two compounds", "denied the request".  A deny
#: verb with an indirect object ("denied him a visa") is a refusal whatever the noun.
REFUSED_OBJECTS: frozenset[str] = words(
    "access entry visa visas permission permit request requests application applications "
    "bail asylum passage admission license licence landing service services accreditation "
    "appeal petition waiver exemption clearance right rights"
)

#: "warned ..." is a threat only when the warning names consequences; else it asserts
#: ("the UN warned that Gaza faces famine").  Lemmas looked for in the warning.
THREAT_WORDS: frozenset[str] = words(
    "consequence consequences response respond retaliate retaliation retaliatory price "
    "sanction sanctions punish punishment force strike strikes countermeasure "
    "countermeasures revenge reprisal reprisals measure measures action act pay "
    "destroy annihilate crush regret cost costs riposte ripostes"
)

#: What a warning threatens only under a condition it sets: PETRARCH2 codes WARN (OF
#: &FIGHT) both [110] and [138], "warned of war in the region" predicts while "warned of
#: war if the drills go ahead" threatens (CAMEO WARN [138]: {&MILITARY CONFRONTATION},
#: (AGAINST STRIKE), {REVENGE ATTACK}, (OF &FIGHT)).
CONDITIONAL_THREAT_WORDS: frozenset[str] = words(
    "war wars confrontation attack attacks fight fighting hostilities clash clashes"
)

#: Verbs that inflict a threatened consequence: "imposing severe costs for Russia's actions".
INFLICT_VERBS: frozenset[str] = words("impose inflict exact")

#: Verbs of belief whose "X believed to be Y" (a reduced passive) has no claimer.
BELIEF_VERBS: frozenset[str] = words(
    "believe think say report consider know understand allege suspect reckon estimate"
)

#: Documents that "say" things: "the statement said", "a new assessment", "the message said".
DOCUMENT_NOUNS: frozenset[str] = words(
    "statement report message letter assessment document study survey memo cable post "
    "tweet communique communiqué resolution declaration notice note filing complaint "
    "indictment ruling verdict analysis review investigation inquiry audit release "
    "transcript readout dossier paper article editorial broadcast video interview version story"
)

#: What "according to" follows that is a norm or a count, not a source: "operates according
#: to law", "proceeding according to plan", "according to preliminary estimates".  With no
#: author named ("estimates by the ministry") no one speaks.
UNSPOKEN_SOURCES: frozenset[str] = words(
    "law plan schedule timetable rule procedure principle norm standard regulation "
    "agreement treaty accord convention constitution charter protocol act decision priority "
    "tradition custom term information data estimate forecast figure result statistic "
    "commandment"
)

#: Head lemmas of descriptions that name things, not speakers (claims.non_speakers):
#: weapons, vehicles and strikes ("troops backed by tanks and airstrikes"), plans, codes
#: and proposals ("settled according to a code of conduct"), reasoning and tests.
NON_SPEAKER_NOUNS: frozenset[str] = words(
    "tank airstrike strike gunship helicopter warplane jet aircraft plane drone artillery "
    "missile rocket bomb mortar weapon weaponry armor armour vehicle warship ship submarine "
    "firepower bombardment shelling bombing "
    "code plan roadmap blueprint framework formula proposal proposition initiative "
    "reasoning logic argument decision test evidence"
)

#: Head lemmas of place names that name the land itself ("the Shebaa Farms", "the Golan
#: Heights", "Scarborough Shoal"), not a state or its people (claims.non_speakers).
PLACE_HEADS: frozenset[str] = words(
    "farm farms height heights shoal reef island islands strip valley river sea mountain "
    "mountains hill hills plateau desert peninsula area region border territory enclave"
)

#: Endings of nouns for people ("regulators", "prosecutor", "observers", "analysts").
PERSON_NOUN_ENDINGS: tuple[str, ...] = (
    "or",
    "er",
    "ist",
    "ian",
    "ant",
    "ent",
    "ee",
    "man",
    "woman",
    "person",
    "people",
    "ary",
)

#: Adjectives that label an act pejoratively: "Russia's flagrant disregard for international
#: law demands ...", "Moscow's unprovoked war has ...".
PEJORATIVE_ADJECTIVES: frozenset[str] = words(
    "flagrant blatant brazen brutal unprovoked unjustified unjustifiable illegal unlawful "
    "reckless malign malicious barbaric heinous egregious premeditated criminal aggressive"
)

#: Nouns of accusation that, with an author and a that-clause, are an accusation by the
#: author: "North Korean allegations that U.S. forces might attack".
ACCUSATION_NOUNS: frozenset[str] = words("allegation accusation charge")

#: Evaluations that do not dismiss: "called the report accurate" is no denial.
APPROVING_EVALUATIONS: frozenset[str] = words(
    "accurate true correct credible fair right valid legitimate reliable factual"
)

#: Verbs and nouns under which an infinitive cue is not (yet) a claim: "urged China to
#: condemn the invasion", "the need for all states to condemn", "plans to deny".
NON_ASSERTING_HEADS: frozenset[str] = words(
    "urge ask call want need plan hope intend expect wish try seek fail push press "
    "pressure encourage invite demand order tell allow force persuade convince"
)

#: Speech verbs whose first object is the addressee: "told reporters the war was over".
ADDRESSEE_VERBS: frozenset[str] = words(
    "tell inform notify assure reassure remind advise brief warn"
)

#: Light verb + noun cues: "expressed support for", "voiced concern over".  Noun lemma ->
#: the cue; the verbs are :data:`LIGHT_VERBS`.  The target is the noun's prepositional
#: object ("support for Ukraine", "solidarity with the Ukrainian people").
LIGHT_NOUN_CUES: dict[str, Cue] = {c.noun: c for c in CUES if c.verb == "*"}

#: Noun lemma -> the stance a light verb gives it.
STANCE_NOUNS: dict[str, Stance] = {noun: cue.stance for noun, cue in LIGHT_NOUN_CUES.items()}

#: Adjectives of disapproval that make "X is deeply concerned about Y" a criticism by X.
CONCERN_ADJECTIVES: frozenset[str] = words(
    "concerned alarmed troubled disturbed dismayed outraged disappointed appalled worried perturbed"
)

#: Adjectives of a speaker's anger, shock or puzzlement at another party's act or words
#: (round 18, emotive18, family ``emotion_adjective``): "Tokyo is angered by the decision",
#: "officials are puzzled by a new statement from X" read as "concerned" is read.
EMOTION_ADJECTIVES: frozenset[str] = words(
    "angered shocked incensed infuriated furious indignant puzzled baffled perplexed"
)

#: Evaluations a speaker "finds" another party's words or acts to have: "we find the
#: minister's comments puzzling" (own_emotion).
FOUND_WANTING: frozenset[str] = words(
    "puzzling baffling perplexing troubling disturbing worrying alarming regrettable "
    "unacceptable deplorable disappointing shocking outrageous"
)

#: Prepositions that introduce what a concern is about: "concerned over the violations".
CONCERN_PREPOSITIONS: frozenset[str] = words("about over by at with regarding")

#: Objects that make an assert verb a claim without a clause: "emphasized the importance
#: of dialogue", "reiterated the need for restraint", "reaffirmed the commitment to ...".
STATED_OBJECTS: frozenset[str] = words(
    "importance need necessity commitment determination resolve position view"
)

#: Verbs that say a stance noun out loud: "expressed support", "voiced concern".
LIGHT_VERBS: frozenset[str] = words(
    "express voice offer reaffirm reiterate convey extend pledge issue renew repeat register"
)

#: Objects that make "claim" a claim without a clause: "claimed responsibility for the attack",
#: "claims the right to send more troops", "claimed sovereignty over the reef".
CLAIMED_OBJECTS: frozenset[str] = words("responsibility credit victory right sovereignty ownership")
#: Round 30 (cues31, issue 12): gains claimed in a fight are claims as "claimed victory" is:
#: "are claiming battle successes", "both sides claimed the upper hand in the fighting"
#: ("hand" with "upper" only: :data:`CLAIMED_MODIFIED`).  Off: first half +4 matched triples,
#: second half and held-out parts unmoved (benchmarks/claims/RESULTS.md, "Round 30, cues31").
CLAIMED_GAINS = False
CLAIMED_GAIN_OBJECTS: frozenset[str] = words("success successes gain gains")
#: Objects that make "claim" a claim only with a modifier: "the upper hand".
CLAIMED_MODIFIED: dict[str, frozenset[str]] = {"hand": words("upper")}
#: Round 30 (cues31, issue 12): owning up with no clause is a claim as "claimed
#: responsibility" is: "Officials only admitted responsibility after growing evidence".  Off:
#: first half +1 matched triple, second half and held-out parts unmoved (RESULTS, round 30).
ADMITTED_DEEDS = False
ADMITTING_VERBS: frozenset[str] = words("admit acknowledge")
ADMITTED_OBJECTS: frozenset[str] = words("responsibility guilt culpability wrongdoing")

#: DENY verbs that are only denials when aimed at a claim ("rejected the allegations",
#: "ruled out any involvement"), not at a proposal or a candidate ("rejected the offer",
#: "ruled out talks").
DENY_NEEDS_CLAIM_OBJECT: frozenset[str] = words("reject dismiss dispute contest rule spurn turn")

#: Nouns naming something said: the objects of denial, the subjects of "... are baseless".
ALLEGATION_NOUNS: frozenset[str] = words(
    "allegation accusation claim charge report assertion suggestion story speculation "
    "rumour rumor insinuation narrative statement notion idea theory version assessment "
    "finding conclusion"
)

#: Evaluations that turn "described/called X as ..." or "X is ..." into a denial of X.
DENY_EVALUATIONS: frozenset[str] = words(
    "unsubstantiated baseless groundless unfounded false untrue fabricated fake bogus "
    "absurd nonsense ridiculous ludicrous preposterous lie lies fabrication fiction "
    "fantasy hoax slander libel smear invention propaganda speculation rubbish garbage "
    "misleading inaccurate incorrect wrong unproven unsupported invented concocted "
    "laughable nonsensical provocation hypocrisy hypocritical erroneous fictitious imaginary "
    "forgery forgeries exaggeration"
)

#: Verbs whose passive ("were made up", "were fabricated") denies what they are said of.
FABRICATION_VERBS: frozenset[str] = words("fabricate invent concoct make trump cook")

#: Nouns of support whose negation denies a claim: "there is no proof", "no evidence".
EVIDENCE_NOUNS: frozenset[str] = words(
    "proof evidence basis ground grounds substance fact facts confirmation"
)

#: Evaluations that make a label a criticism: "called the missile launch provocative".
CRITICAL_EVALUATIONS: frozenset[str] = words(
    "provocative irresponsible unacceptable outrageous deplorable reprehensible dangerous "
    "destabilizing destabilising reckless shameful disgraceful cynical hypocritical "
    "counterproductive regrettable unjustified unwarranted violation breach"
)

#: Verbs that label: "seen by X as Y", "branded Y", "considered Y".
LABEL_VERBS: frozenset[str] = words(
    "see view regard consider brand label describe call dub deem designate term "
    "characterize characterise portray depict classify list refer"
)

#: Words that make a label (or a content) an accusation: "a so-called Russian troll farm".
PEJORATIVES: frozenset[str] = words(
    "troll propaganda propagandist terrorist terrorism terror extremist extremism "
    "criminal crime aggressor aggression occupier occupation regime puppet fascist nazi "
    "dictator dictatorship spy espionage warmonger mouthpiece disinformation "
    "misinformation mafia junta rogue pariah illegitimate hostile threat enemy genocide "
    "murderer thug interference meddling corrupt corruption war warfare fraud sponsor militant "
    "insurgent separatist radical traitor agent proxy bot hacker cyberattack"
)

#: Predicates that make an asserted proposition an accusation against its subject:
#: "Coats claimed that Russia will seek to meddle" accuses Russia.
ACCUSATORY_PREDICATES: frozenset[str] = words(
    "meddle interfere hack attack invade violate kill bomb shell murder assassinate "
    "poison sabotage rig cheat lie steal spy deceive manipulate smuggle torture abduct "
    "kidnap annex occupy destabilize destabilise undermine target breach "
    "infiltrate bribe launder persecute oppress massacre hit strike shoot siphon loot "
    "plunder harbor harbour"
)

#: Subjects of a hostile act that stand for the state of their modifier when nobody more
#: specific is named: "a Russian shell hit the town" and "Indian troops opened fire" accuse
#: Russia and India.
ARMED_NOUNS: frozenset[str] = words(
    "shell shells missile missiles rocket rockets drone drones jet jets fighter fighters "
    "warplane warplanes aircraft artillery troop troops soldier soldiers force forces army "
    "navy gunboat gunboats ship ships warship warships vessel vessels submarine hacker "
    "hackers national nationals agent agents militia militias tank tanks separatist "
    "separatists rebel rebels militant militants proxy proxies operative operatives"
)

#: Participles that tie a group to its patron: "Iran-linked hackers", "Russian-backed
#: separatists", "state-sponsored groups".
PATRON_PARTICIPLES: frozenset[str] = words(
    "link linked back backed sponsor sponsored support supported affiliate affiliated "
    "align aligned fund funded arm armed connect connected tie tied direct directed"
)

#: Verbs of beginning and going on: a stance verb under them is an act ("began backing
#: rival rebel factions", "continued to support the regime").
ASPECTUAL_VERBS: frozenset[str] = words("begin start continue keep resume stop cease")

#: Stance verbs that name only a speech act, so that going on with it is still speaking
#: ("continues to accuse X of P", "began to blame X", "kept insisting that P"), unlike
#: "continued to support the regime" (an act).  Not under "stop" or "cease".
SPOKEN_UNDER_ASPECT: frozenset[str] = words(
    "accuse blame deny allege insist maintain condemn criticize criticise denounce"
)
ONGOING_VERBS: frozenset[str] = words("begin start continue keep resume")

#: Verbs of harm in the condition of a conditional threat: "if the United States harms
#: Venezuela, ...".
HARM_VERBS: frozenset[str] = words("harm attack invade strike hit provoke cross violate")

#: Verbs of firing a weapon, and the weapons: "fired dozens of rockets into Israel".
FIRING_VERBS: frozenset[str] = words("fire launch lob drop")
WEAPON_NOUNS: frozenset[str] = words(
    "rocket rockets missile missiles shell shells mortar mortars drone drones bomb bombs "
    "grenade grenades round rounds munition munitions projectile projectiles"
)

#: Verbs of intent whose negated chain denies the act: "we are not seeking to destabilize".
INTENT_VERBS: frozenset[str] = words("seek try plan intend want aim attempt")

#: Verbs of accepting a charge: negated or refused, they deny it ("does not accept these
#: accusations", "refused to admit that its troops were in Ukraine").
ACCEPT_VERBS: frozenset[str] = words("accept admit acknowledge recognize recognise concede")

#: Verbs of promising whose object or complement of harm makes a threat: "vowed to
#: retaliate", "vowed revenge", "vowed that those behind the attack would be punished".
VOW_VERBS: frozenset[str] = words("vow pledge promise swear")

#: Acts of harm a vow can promise: "vowed to retaliate", "promised to punish".
RETALIATION_VERBS: frozenset[str] = words(
    "retaliate avenge punish strike hit destroy crush respond annihilate"
)

#: Nouns of harm a vow can promise: "vowed revenge", "pledged a harsh response".
RETALIATION_NOUNS: frozenset[str] = words(
    "revenge retaliation reprisal reprisals response punishment retribution vengeance"
)

#: Nouns of a threat, whose denial ("no threats were made") denies a charge.
THREAT_NOUNS: frozenset[str] = words("threat threats")

#: Nouns that name a source of information as such: "a source", "multiple sources",
#: "an insider".  Anonymous unless named or a thing ("energy sources", "a source of income").
SOURCE_NOUNS: frozenset[str] = words("source insider")

#: Nouns of office holders left unnamed: "a senior official", "two US officials".  An
#: anonymous source where news puts its sources (the subject, "according to ...", the
#: object of "citing"); elsewhere a group acted upon ("expelled 35 Russian officials").
OFFICIAL_NOUNS: frozenset[str] = words("official diplomat officer aide staffer")

#: Nouns of people in general: a collective ("the Ukrainian people", "witnesses",
#: "residents"), an anonymous source only when marked ("people familiar with the plans").
PEOPLE_NOUNS: frozenset[str] = words(
    "person people employee witness resident analyst expert observer"
)

#: Words inside the noun phrase that make a person or official anonymous.
ANONYMITY_WORDS: frozenset[str] = words(
    "anonymous anonymously anonymity unnamed unidentified familiar"
)

#: Phrases that mark a source as anonymous: inside the noun phrase for any person noun
#: ("people close to the president"), anywhere in the sentence for an official noun
#: ("..., a senior official said, speaking on condition of anonymity").
ANONYMITY_MARKERS: tuple[str, ...] = (
    "anonymity",
    "anonymously",
    "not to be named",
    "not to be identified",
    "not authorized to",
    "not authorised to",
    "familiar with",
    "close to",
    "briefed on",
    "with knowledge of",
    "declined to be named",
)

#: Modifiers that make a source noun a thing: "energy sources", "open sources".
NON_PERSON_SOURCES: frozenset[str] = words(
    "energy power water food revenue income light heat data open funding"
)

#: Verbs whose object is a source: "citing two US officials", "quoted a diplomat".
CITING_VERBS: frozenset[str] = words("cite quote")

#: Heads of a common noun that names a news outlet: "the newspaper", "the agency".
OUTLET_HEADS: frozenset[str] = words(
    "newspaper paper outlet outlets broadcaster network channel daily tabloid magazine "
    "website site media wire agency station publication report reports newswire journal "
    "weekly broadsheet"
)

#: Heads of broadcast media that speak as outlets, matched by word ("media" is lemmatised
#: "medium"): "Chinese state media say ...", "state television said ...", "state radio".
BROADCAST_HEADS: frozenset[str] = words("media television tv radio")

#: Outlet heads that name an outlet only with a news modifier: "news agency", not "spy agency".
AMBIGUOUS_OUTLET_HEADS: frozenset[str] = words("agency network station channel site")

#: Modifiers that make an ambiguous head an outlet: "the news agency", "state media outlet".
OUTLET_MODIFIERS: frozenset[str] = words(
    "news press wire media television tv radio broadcast broadcasting newspaper"
)

#: Nouns of reports that stand for unnamed outlets when plural and unowned, where news puts
#: its sources: "Media reports say ...", "according to news reports", "there are reports".
REPORT_NOUNS: frozenset[str] = words("report account")

#: Determiners that refer reports back to ones already named: "the reports", "both reports".
BACK_REFERRING_DETERMINERS: frozenset[str] = words("the this that these those both")

#: Words that mark an ORG name as a news outlet: "NBC News", "the Washington Post".
OUTLET_NAME_WORDS: frozenset[str] = words(
    "news post times journal tribune herald gazette telegraph guardian daily press "
    "television tv radio broadcasting chronicle observer independent mirror express "
    "insider politico axios reuters bloomberg cnn bbc nbc cbs abc msnbc fox afp tass ria "
    "interfax xinhua sputnik rt kyodo yonhap ansa dpa efe aljazeera jazeera novosti "
    "izvestia kommersant vedomosti ukrinform unian"
)

#: Verbs under "declined to ..." / "refused to ..." that make a refusal to comment.
COMMENT_VERBS: frozenset[str] = words(
    "comment respond elaborate discuss speculate answer confirm reply"
)

#: Verbs whose negation is a non-response: "did not respond to a request for comment".
RESPONSE_VERBS: frozenset[str] = words("respond reply return reach answer")

#: Nouns that make "approve"/"support" speech rather than an act ("approved the statement").
UTTERANCE_NOUNS: frozenset[str] = words(
    "statement remark remarks comment comments speech declaration call position stance"
)

#: Verbs whose object makes an asserted content an accusation of its subject when the
#: object is a hostile act: "the group carried out the attack", "Iran orchestrated the plot".
PERPETRATE_VERBS: frozenset[str] = words(
    "carry conduct launch stage perpetrate commit orchestrate mastermind plot sponsor "
    "fund finance direct open"
)

#: Hostile acts, as the object of :data:`PERPETRATE_VERBS`.
HOSTILE_ACT_NOUNS: frozenset[str] = words(
    "attack assault strike bombing raid massacre atrocity crime killing murder "
    "assassination abduction kidnapping hack hacking cyberattack sabotage plot coup "
    "invasion genocide terrorism espionage fire airstrike airstrikes shelling "
    "blast explosion ambush offensive incursion incursions"
)

#: Verbs of handing over that accuse their subject when what is handed over is secret:
#: "Kuo passed classified information to a Chinese official".
TRANSFER_VERBS: frozenset[str] = words(
    "provide pass leak sell supply give transfer hand deliver send share disclose"
)

#: Things whose handing over is a charge by itself ("passed state secrets").
SECRET_NOUNS: frozenset[str] = words("secret secrets")

#: Modifiers that make information secret: "classified information", "sensitive documents".
SECRECY_MODIFIERS: frozenset[str] = words("classified secret sensitive confidential")

#: Evaluations of truth whose negation denies what they are said of: "the threat was not
#: credible", "the report is not true".  (Not "fair" or "legitimate": "the elections were
#: not fair" criticizes, it denies nothing.)
VERACITY_EVALUATIONS: frozenset[str] = words(
    "credible true accurate correct genuine authentic valid factual real"
)

#: Nouns of something said or shown whose fakery a content can assert, besides
#: :data:`ALLEGATION_NOUNS` and :data:`DOCUMENT_NOUNS`: "the warning was a hoax".
MESSAGE_NOUNS: frozenset[str] = words(
    "warning threat message video image photo photograph picture recording audio email "
    "letter leaflet post account"
)

#: Authors of a fake: "the warning was the work of an impostor".
FAKER_NOUNS: frozenset[str] = words(
    "impostor imposter hoaxer forger prankster fraudster provocateur provocateurs"
)

#: Nouns of involvement whose negation disclaims a charge: "had no role in the attack",
#: "there was no involvement".
INVOLVEMENT_NOUNS: frozenset[str] = words("role involvement part hand link links connection")

#: Adjectives of involvement whose negation disclaims: "was not involved in", "not
#: responsible for", "not linked to", "not behind" (a preposition, read separately).
INVOLVEMENT_ADJECTIVES: frozenset[str] = words(
    "involved responsible linked connected complicit culpable party"
)

#: Nouns for a state's agents: "Chinese authorities", "the Russian government", "Iranian
#: forces".  As a target with a state modifier, they stand for the state.
STATE_AGENT_NOUNS: frozenset[str] = words(
    "authority authorities government regime administration official officials force forces "
    "military army troops police ministry leadership security"
)

#: Acts only a state performs: in "criticized the arrests of four people in Canada" the
#: state of the place did the arresting.
STATE_ACT_NOUNS: frozenset[str] = words(
    "arrest arrests detention detentions imprisonment jailing conviction convictions "
    "sentencing sentence prosecution prosecutions indictment expulsion expulsions "
    "deportation deportations extradition execution executions crackdown ban"
)

#: Nouns of detail whose withholding is a refusal: "gave no details", "did not provide
#: a timeline".
DETAIL_NOUNS: frozenset[str] = words(
    "detail details information specifics explanation timeline timetable comment comments "
    "figure figures name names"
)

#: Verbs of giving out a detail: "gave no details", "did not release figures".
DISCLOSE_VERBS: frozenset[str] = words("give provide offer release disclose reveal share")

#: Objects of a negated "say" that make it a refusal: "I won't say anything further",
#: "would not say more".
WITHHELD_OBJECTS: frozenset[str] = words("anything more much further")

#: Relational nouns for people: "her counterparts", "his colleagues" name nobody.
RELATIONAL_NOUNS: frozenset[str] = words("counterpart colleague partner associate peer")

#: Acts done to their of-complement: in "the rejection of Anwar Ibrahim's appeal" or "the
#: arrest of Kuo's son", the owner of the complement suffered the act.
PATIENT_OF_NOUNS: frozenset[str] = STATE_ACT_NOUNS | words("rejection denial dismissal")
