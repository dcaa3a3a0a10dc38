"""The word classes of the content-stance rules (:mod:`.content`), read from
``kg/data/content_lexicon.tsv`` once: hostile acts (derived from PETRARCH2's CAMEO verb
dictionary), inciting, aiding hostile actors, force posture, weapons, commitments, harms,
critical evaluations.  Kept as data so that a rule is a set lookup by lemma and a new
word needs no code."""

from __future__ import annotations

from importlib import resources

from kg.extract import cues


def load_classes(name: str = "content_lexicon.tsv") -> dict[str, frozenset[str]]:
    """A word-class file of ``kg/data`` (``content_lexicon.tsv`` by default; the format is in
    its header: class, lemma, ...) as {class: lemmas}."""
    source = resources.files("kg").joinpath("data", name)
    classes: dict[str, set[str]] = {}
    for line in source.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind, lemma = line.split("\t")[:2]
        classes.setdefault(kind, set()).add(lemma)
    return {kind: frozenset(lemmas) for kind, lemmas in classes.items()}


_LEXICON = load_classes()
HOSTILE_ACTS: frozenset[str] = _LEXICON["hostile_act"] | cues.ACCUSATORY_PREDICATES
INCITE_VERBS: frozenset[str] = _LEXICON["incite_verb"]
CONFLICT_NOUNS: frozenset[str] = _LEXICON["conflict_noun"]
HARM_NOUNS: frozenset[str] = CONFLICT_NOUNS | _LEXICON["harm_noun"]
SUPPORT_VERBS: frozenset[str] = _LEXICON["support_verb"]
ARMED_GROUPS: frozenset[str] = _LEXICON["armed_group"]
HOSTILE_ACTORS: frozenset[str] = _LEXICON["hostile_actor"]
WEAPON_NOUNS: frozenset[str] = _LEXICON["weapon_noun"] | cues.WEAPON_NOUNS
#: Manners of force that make a vowed act a threat: "vowed to forcefully dismantle X" (round 29).
FORCE_MANNERS: frozenset[str] = _LEXICON["force_manner"]
#: Adverbs that tell another side's doing as done in secret: "is quietly rearming" (round 30).
COVERT_MANNERS: frozenset[str] = _LEXICON["covert_manner"]
#: Means of deceit or pressure a ploy verb puts to use: "employ scare tactics" (round 30).
DECEIT_NOUNS: frozenset[str] = _LEXICON["deceit_noun"]
#: The verbs that put a deceit noun to use: "use", "employ", "spread", "wage" (round 30).
PLOY_VERBS: frozenset[str] = _LEXICON["ploy_verb"]
#: Purposes that charge the doer like a hostile act: "to divert attention" (round 30).
PRETEXT_VERBS: frozenset[str] = _LEXICON["pretext_verb"]
EFFORT_NOUNS: frozenset[str] = _LEXICON["effort_noun"]
OCCUR_VERBS: frozenset[str] = _LEXICON["occur_verb"]
RESPONSE_VERBS: frozenset[str] = _LEXICON["response_verb"]
CRITICAL_ADJECTIVES: frozenset[str] = _LEXICON["critical_adj"]
#: Nouns of disapproval a content predicates of an act ("X is a setback", "a violation").
CRITICAL_NOUNS: frozenset[str] = _LEXICON["critical_noun"]
#: Evaluations of another side's act or of that side, read only by the
#: ``evaluated_conduct`` family (round 20, crit20): "the move is completely wrong".
CONDUCT_ADJECTIVES: frozenset[str] = _LEXICON["conduct_adj"]
#: Nouns of the same kind predicated of an act: "the bill is a distraction".
CONDUCT_NOUNS: frozenset[str] = _LEXICON["conduct_noun"]
POSTURE_VERBS: frozenset[str] = _LEXICON["posture_verb"]
MILITARY_NOUNS: frozenset[str] = _LEXICON["military_noun"]
BORDER_NOUNS: frozenset[str] = _LEXICON["border_noun"]
HOSTILE_NOUNS: frozenset[str] = _LEXICON["hostile_noun"] | cues.HOSTILE_ACT_NOUNS
WMD_VERBS: frozenset[str] = _LEXICON["wmd_verb"]
WMD_MODIFIERS: frozenset[str] = _LEXICON["wmd_modifier"]
ADVERSARY_NOUNS: frozenset[str] = _LEXICON["adversary_noun"]
COMPLY_VERBS: frozenset[str] = _LEXICON["comply_verb"]
COMMITMENT_NOUNS: frozenset[str] = _LEXICON["commitment_noun"]
EMPLACE_VERBS: frozenset[str] = _LEXICON["emplace_verb"]
REPRESS_VERBS: frozenset[str] = _LEXICON["repress_verb"]
REPRESSED_NOUNS: frozenset[str] = _LEXICON["repressed_noun"]
WRONG_NOUNS: frozenset[str] = _LEXICON["wrong_noun"]
INTRUDE_VERBS: frozenset[str] = _LEXICON["intrude_verb"]
#: Exploiting something or taking advantage of it ("exploiting a loophole in the deal", "will
#: take advantage of ... narratives"): the verbs, and the nouns "take" makes one of (round 40,
#: dev46; content_acts.EXPLOITED_OPENINGS).
EXPLOIT_VERBS: frozenset[str] = _LEXICON["exploit_verb"]
EXPLOIT_NOUNS: frozenset[str] = _LEXICON["exploit_noun"]
#: A hostile fire or attack told by the side it came from (round 41, accuse49;
#: content_culprits.ORIGIN_SIDES): the acts, the verbs an act "started" / "came" from a place
#: with, and the noun of a party's side.
ORIGIN_ACTS: frozenset[str] = _LEXICON["origin_act"]
ORIGIN_VERBS: frozenset[str] = _LEXICON["origin_verb"]
ORIGIN_SIDE_NOUNS: frozenset[str] = _LEXICON["origin_side"]
TERRITORY_NOUNS: frozenset[str] = _LEXICON["territory_noun"] | _LEXICON["border_noun"]
AGENT_NOUNS: frozenset[str] = _LEXICON["agent_noun"] | cues.ARMED_NOUNS | cues.STATE_AGENT_NOUNS
BREACH_VERBS: frozenset[str] = _LEXICON["breach_verb"]
ACT_NOUNS: frozenset[str] = _LEXICON["act_noun"]
COUNTER_VERBS: frozenset[str] = _LEXICON["counter_verb"]
INTRUDER_NOUNS: frozenset[str] = _LEXICON["intruder_noun"]
#: Attacks a speaker's side says it repelled or foiled ("repulsed an Eritrean offensive").
REPELLED_NOUNS: frozenset[str] = _LEXICON["repelled_noun"]
#: Holding people captive ("holds 600 Iraqi prisoners", "holds them in prison").
CAPTIVE_VERBS: frozenset[str] = _LEXICON["captive_verb"]
CAPTIVE_NOUNS: frozenset[str] = _LEXICON["captive_noun"]
CAPTIVITY_NOUNS: frozenset[str] = _LEXICON["captivity_noun"]
THROW_VERBS: frozenset[str] = _LEXICON["throw_verb"]
RUPTURE_VERBS: frozenset[str] = _LEXICON["rupture_verb"]
RELATION_NOUNS: frozenset[str] = _LEXICON["relation_noun"]
TOLERATE_VERBS: frozenset[str] = _LEXICON["tolerate_verb"]
#: Speakers no party to a dispute: witnesses, residents, analysts (``bystander_noun`` rows;
#: round 29, overreads30): their account of an act is read as an outlet's relayed news is.
BYSTANDER_NOUNS: frozenset[str] = _LEXICON["bystander_noun"]


#: Adjectives that make the doing they qualify a wrong ("illegal poaching", "provocative
#: actions", "a hostile U.S. policy"): ``wrong_adj`` rows of the content lexicon.
WRONG_ADJECTIVES: frozenset[str] = _LEXICON.get("wrong_adj", frozenset())
#: A penalty another side will pay or face ("will pay a heavy price", "would face
#: consequences"), the verbs and the nouns (``penalty_verb``, ``penalty_noun``).
PENALTY_VERBS: frozenset[str] = _LEXICON["penalty_verb"]
PENALTY_NOUNS: frozenset[str] = _LEXICON["penalty_noun"]
#: Verbs by which an act brings about what follows it, and the dooms they bring besides the
#: penalty nouns: "would only herald its final destruction", "will lead to serious
#: consequences" (round 42, wire53, :data:`.content_threat_plans.BROUGHT_DOOMS`).
BRINGING_VERBS: frozenset[str] = _LEXICON["bringing_verb"]
BROUGHT_DOOMS: frozenset[str] = _LEXICON["brought_doom"] | PENALTY_NOUNS
#: Verbs that label their object to disparage it: "vilified X as 'rat-like'" (round 42, wire53,
#: :data:`.labels.VILIFIED_LABELS`).
VILIFYING_VERBS: frozenset[str] = _LEXICON["vilifying_verb"]
#: Pressure another side is told it will face: "will face additional pressure" (optional rule).
PRESSURE_NOUNS: frozenset[str] = _LEXICON["pressure_noun"]
#: Means to harm a side holds ("has the means to close the strait").
CAPABILITY_NOUNS: frozenset[str] = _LEXICON["capability_noun"]
#: Options held out unnamed ("all options are on the table").
OPTION_NOUNS: frozenset[str] = _LEXICON["option_noun"]
#: Measures promised with resolve ("reserves the right to take further measures", "will take
#: resolute measures against X"), and measures that answer ("will take countermeasures").
MEASURE_ADJECTIVES: frozenset[str] = _LEXICON["measure_adj"]
COUNTERMEASURE_NOUNS: frozenset[str] = _LEXICON["countermeasure_noun"]
#: Forces moved on a condition ("will send troops if the fighting spreads").
DEPLOY_VERBS: frozenset[str] = _LEXICON["deploy_verb"]
#: Merits whose denial criticizes the doing they are denied of ("the remarks were not
#: helpful", "is not conducive to stability").
POSITIVE_ADJECTIVES: frozenset[str] = _LEXICON["positive_adj"]
#: Merits an actor is said to lack ("has no respect for international law").
MERIT_NOUNS: frozenset[str] = _LEXICON["merit_noun"]
#: Words that make a quoted label a description or praise, not a verdict ("called it
#: "low scale"", "a "historic step""): round 21, labels21.
NEUTRAL_LABELS: frozenset[str] = _LEXICON["neutral_label"]
#: Cutoffs a side makes hang on a condition ("will close the strait if P", "will cut off
#: gas supplies if P").
CUTOFF_VERBS: frozenset[str] = _LEXICON["cutoff_verb"]
#: Trust whose denial criticizes the distrusted ("can no longer trust X", "X could not be
#: counted on").
TRUST_VERBS: frozenset[str] = _LEXICON["trust_verb"]
#: Distrust stated outright ("Beijing distrusts the island's leader"): criticism of the
#: distrusted.
DISTRUST_VERBS: frozenset[str] = _LEXICON["distrust_verb"]
#: A tie held to a hostile actor ("maintains close ties with terrorist groups"): the
#: holding verbs and the tie nouns.
TIE_VERBS: frozenset[str] = _LEXICON["tie_verb"]
TIE_NOUNS: frozenset[str] = _LEXICON["tie_noun"]
#: Kinds that tell the speaker's own doing as benign: "routine exercises" (round 31, stance32).
BENIGN_MODIFIERS: frozenset[str] = _LEXICON["benign_modifier"]
#: Adverbs restricting the own doing to what they name: "carried only aid" (round 31).
RESTRICTING_ADVERBS: frozenset[str] = _LEXICON["restricting_adverb"]
#: Nouns that qualify a deed taken up again as a wrong: "the shelling was a war crime"
#: (round 32, stance33, :mod:`.content_qualified`).
QUALIFIED_WRONGS: frozenset[str] = _LEXICON["qualified_wrong"]
#: Label verbs that label by an act, not by saying: "designated the temple as a World Heritage
#: Site" (round 32, stance33, ``labels.ACT_LABELS``).
ACT_LABEL_VERBS: frozenset[str] = _LEXICON["act_label_verb"]
#: Adjectives of readiness held out against another side's move: "was prepared for other
#: scenarios if the West rejects" (round 32, stance33, :mod:`.content_ready`).
READINESS_ADJECTIVES: frozenset[str] = _LEXICON["readiness_adj"]
#: Moves of another side a readiness is held out against: "if the West rejects its
#: proposals" (with the hostile acts; round 32, stance33, :mod:`.content_ready`).
WARNED_MOVES: frozenset[str] = _LEXICON["warned_move"]
#: A commitment or a stated resolve to counter another party's threat (round 32, stance33,
#: ``threats.COUNTERED_THREATS``): "committed to ... address the threats posed by the DPRK".
COMMIT_VERBS: frozenset[str] = _LEXICON["commit_verb"]
RESOLVE_NOUNS: frozenset[str] = _LEXICON["resolve_noun"]
RESOLVE_STATING_VERBS: frozenset[str] = _LEXICON["resolve_stating_verb"]
COUNTERING_VERBS: frozenset[str] = _LEXICON["countering_verb"]
#: A readout's verbs of stating whose speaker owns the charge its object tells (round 33).
STATING_VERBS: frozenset[str] = _LEXICON["stating_verb"]
#: Verbs by which a deed is a danger (round 33, content_imputed.POSED_DANGERS).
POSING_VERBS: frozenset[str] = _LEXICON["posing_verb"]
#: Verbs and nouns of a hostile act suffered (round 33, content_imputed.SUFFERED_ATTACKS).
SUFFERING_VERBS: frozenset[str] = _LEXICON["suffering_verb"]
SUFFERED_NOUNS: frozenset[str] = _LEXICON["suffered_noun"]
#: Verbs whose clause is something claimed (round 34, content_evaluated.EVALUATED_DEEDS).
CLAIMING_VERBS: frozenset[str] = _LEXICON["claiming_verb"]
#: Trust named as a noun (round 34, content_label.WITHHELD_TRUST).
TRUST_NOUNS: frozenset[str] = _LEXICON["trust_noun"]
#: Harms and goods foretold of a deed (round 34, content_evaluated.FORETOLD_HINDRANCE).
HINDERING_VERBS: frozenset[str] = _LEXICON["hindering_verb"]
BENEFITING_VERBS: frozenset[str] = _LEXICON["benefiting_verb"]
WORSENING_WORDS: frozenset[str] = _LEXICON["worsening_word"]
