"""Resolution across a whole article: descriptions bind to the state their own phrase
names, not to the first of its kind in the document.

Paragraphs written for these tests in the register of wire copy about disputes; in no
gold part of benchmarks/claims/gold.jsonl."""

from __future__ import annotations

from kg.extract import extract
from kg.model import Actor, ActorKind, Article, Mention, Span, Stance
from kg.resolve import ActorRegistry, coref, resolve
from tests.claim_helpers import resolved, resolved_graph

TWO_MINISTRIES = (
    "Georgia and Russia traded accusations on Sunday over a drone that crashed near the "
    "border. Georgia's Defense Ministry said the drone had been launched from Russian "
    "territory. The Russian defense ministry denied sending any aircraft and accused "
    "Tbilisi of staging the incident. The Russian foreign ministry said the claims were "
    "a provocation."
)


def _claimers(text: str, nlp) -> dict[str, str]:
    """Each claimer mention's text -> the name of the actor it resolved to."""
    graph, names = resolved_graph(nlp, text)
    return {c.claim.claimer.span.text: names[c.claimer] for c in graph.claims}


def test_a_ministry_described_with_its_state_is_not_another_states(nlp) -> None:
    claimers = _claimers(TWO_MINISTRIES, nlp)
    assert "Georgia" in claimers["Georgia's Defense Ministry"]
    assert "Georgia" not in claimers["The Russian defense ministry"]
    assert "Georgia" not in claimers["The Russian foreign ministry"]


def test_a_foreign_ministry_is_not_the_defence_ministry_named_before(nlp) -> None:
    claimers = _claimers(TWO_MINISTRIES, nlp)
    assert claimers["The Russian foreign ministry"] != claimers["The Russian defense ministry"]


EXILE = (
    "China accused the Dalai Lama of stirring unrest in the region. The exile government "
    "in Dharamsala says at least 20 people were detained. It says it fears further arrests."
)


def test_an_exile_government_is_not_the_state_named_before(nlp) -> None:
    found = resolved(nlp, EXILE)
    speakers = {name for name, _stance, _targets in found}
    assert "China" in speakers  # the accusation
    assert sum(name == "China" for name, _stance, _targets in found) == 1
    assert any("exile government" in name for name in speakers)


def test_the_government_still_refers_back_to_the_state() -> None:
    china = Actor("china", "China", ActorKind.STATE)
    seen = [(Mention(Span(0, 5, "China"), "GPE", 0, head="china"), china)]
    government = Mention(Span(40, 54, "the government"), "NOMINAL", 1, head="government")
    assert coref.antecedent(government, seen) == "china"
    exiled = Mention(Span(40, 60, "the exile government"), "NOMINAL", 1, head="government")
    assert coref.antecedent(exiled, seen) is None


def test_the_ministry_refers_back_to_a_ministry_of_its_state() -> None:
    georgian = Actor(
        "georgia-s-defense-ministry",
        "Georgia's Defense Ministry",
        ActorKind.ORGANISATION,
        affiliation="georgia",
    )
    named = Mention(Span(0, 25, "Georgia's Defense Ministry"), "ORG", 0, head="ministry")
    seen = [(named, georgian)]
    plain = Mention(Span(60, 72, "the ministry"), "NOMINAL", 1, head="ministry")
    assert coref.antecedent(plain, seen) == georgian.id
    same = Mention(
        Span(60, 84, "the Georgian ministry"), "NOMINAL", 1, head="ministry", affiliation="Georgian"
    )
    assert coref.antecedent(same, seen) == georgian.id
    other = Mention(
        Span(60, 84, "the Russian ministry"), "NOMINAL", 1, head="ministry", affiliation="Russian"
    )
    assert coref.antecedent(other, seen) is None
    foreign = Mention(Span(60, 84, "the foreign ministry"), "NOMINAL", 1, head="ministry")
    assert coref.antecedent(foreign, seen) is None


WITCH_HUNT = (
    "A report by U.S. intelligence agencies concluded that hackers working for Moscow had "
    "targeted the vote. Russian officials issued a response to the U.S. allegations on "
    "Monday, dismissing them as a witch hunt."
)


def test_a_pronoun_that_stands_for_a_message_is_no_target(nlp) -> None:
    """ "them" is the allegations (whose author, the U.S., is the target), not the agencies
    named the sentence before."""
    denials = [(name, targets) for name, stance, targets in resolved(nlp, WITCH_HUNT)]
    assert ("anonymous sources (Russia)", ["United States"]) in denials


def test_the_north_is_the_state_of_that_half_named_before(nlp) -> None:
    text = (
        "North Korea fired two missiles into the sea on Friday. Seoul condemned the launch. "
        "Earlier, the North denied that it had tested any weapons."
    )
    graph, names = resolved_graph(nlp, text)
    denials = [names[c.claimer] for c in graph.claims if c.claim.stance.value == "deny"]
    assert denials == ["North Korea"]
    assert "north" not in {a.id for a in graph.actors}


def test_the_south_alone_is_no_state_when_none_was_named(nlp) -> None:
    graph, _names = resolved_graph(nlp, "Rebels in the South said they had seized the town.")
    assert not {a.id for a in graph.actors} & {"south-korea", "south-sudan", "south-africa"}


def test_a_misspelt_title_noun_is_not_part_of_the_name(nlp) -> None:
    text = (
        "Lao Prime Minsiter Thongloun Sisoulith accused Thailand of provoking the clash. "
        "Sisoulith said his troops would hold the border."
    )
    graph, names = resolved_graph(nlp, text)
    assert {names[c.claimer] for c in graph.claims} == {"Thongloun Sisoulith"}


def test_an_acronym_is_the_office_its_long_name_made(nlp) -> None:
    text = (
        "On Sunday, Iraq's National Security Council met in Baghdad to discuss the border "
        "clashes. The Iraqi NSC said Turkey had violated its airspace."
    )
    graph, names = resolved_graph(nlp, text)
    council = {a for m, a in graph.mentions if "Council" in m.span.text or m.span.text == "NSC"}
    assert len(council) == 1


def test_one_office_of_one_state_is_one_actor_in_a_document(nlp) -> None:
    text = (
        "A Turkish Foreign Ministry spokesman said the vessel had entered Turkish waters. "
        "Turkey's Foreign Ministry summoned the Greek ambassador on Monday. "
        "The Turkey Foreign Ministry said the talks would go ahead."
    )
    graph, _names = resolved_graph(nlp, text)
    ministry = {a for m, a in graph.mentions if m.label == "ORG" and "Ministry" in m.span.text}
    assert len(ministry) == 1
    assert "foreign-ministry" not in ministry  # not the one "Foreign Ministry" of every state


def test_a_state_at_the_end_of_the_sentence_before_owns_no_office(nlp) -> None:
    text = (
        "The engineer was accused of passing secrets to China. Justice Department officials "
        "said he would be charged on Monday."
    )
    graph, _names = resolved_graph(nlp, text)
    assert not any(a.id.startswith("china-s") for a in graph.actors)


def test_the_news_agency_is_not_the_articles_own_outlet(nlp) -> None:
    text = (
        "A government spokesman told VOA the troops had left the border area. The news "
        "agency says it received a statement from the rebels claiming the troops had returned."
    )
    article = Article(id="agency", text=text, source="test", outlet="Voice of America")
    graph = resolve(extract(nlp(text), article), ActorRegistry())
    reports = [c.claimer for c in graph.claims if c.claim.claimer.span.text == "The news agency"]
    assert reports and "voice-of-america" not in reports


def test_it_is_the_institution_that_is_the_subject_of_its_own_sentence(nlp) -> None:
    text = (
        "Greece's Foreign Ministry said the talks would resume in March. On Friday, "
        "Turkey's National Security Council met with President Erdogan to review documents "
        "it said prove a build-up of Greek troops on the islands."
    )
    graph, names = resolved_graph(nlp, text)
    spoken = {c.claim.claimer.span.text: names[c.claimer] for c in graph.claims}
    assert "Turkey" in spoken.get("it", "")


def test_a_description_names_its_state_by_capital_or_region() -> None:
    kiev = Mention(Span(0, 20, "the pro-Western Kyiv regime"), "NOMINAL", 0, head="regime")
    assert coref.described_side(kiev) == "ukraine"
    region = Mention(
        Span(0, 26, "the first European country"),
        "NOMINAL",
        0,
        head="country",
        affiliation="European",
    )
    assert coref.described_side(region) is None
    unknown = Mention(
        Span(0, 23, "the Kurdish government"),
        "NOMINAL",
        0,
        head="government",
        affiliation="Kurdish",
    )
    assert coref.described_side(unknown) == "?"


def test_a_government_named_with_its_state_is_that_state(nlp) -> None:
    text = (
        "Moscow rejected the report on Tuesday. Analysts said the U.S. federal government "
        "had accused Russian hackers of targeting the grid."
    )
    graph, names = resolved_graph(nlp, text)
    governments = {a for m, a in graph.mentions if m.span.text == "the U.S. federal government"}
    assert governments == {"united-states"}


def test_we_before_an_as_by_clause_is_no_claimer(nlp) -> None:
    """In an official text "we" is its own voice, but not the one who declared a zone
    "as declared by China"."""
    text = (
        "Officials in Hanoi rejected the claim. We do not accept the so-called security "
        "zone around the rig as declared by China, the spokesman said."
    )
    article = Article(id="as-by", text=text, source="test", outlet="U.S. Department of State")
    graph = resolve(extract(nlp(text), article), ActorRegistry())
    assert "declared" not in {c.claim.cue.text for c in graph.claims}


def test_words_that_only_start_a_sentence_are_no_actors(nlp) -> None:
    text = (
        "Digital monitoring of the ceasefire line began on Monday, the mission said. "
        "Digital records show that the shelling came from the east, it added. Observers "
        "said the digital logs would be shared with both sides."
    )
    graph, _names = resolved_graph(nlp, text)
    assert "digital" not in {a.id for a in graph.actors}


def test_a_surname_that_starts_a_sentence_stays_a_person(nlp) -> None:
    text = (
        "Secretary of State Susan Rice accused Syria of blocking aid convoys. Rice said the "
        "rice and flour stored in the depot had spoiled."
    )
    graph, names = resolved_graph(nlp, text)
    assert {names[c.claimer] for c in graph.claims} == {"Susan Rice"}


def test_a_family_name_written_first_is_the_full_name(nlp) -> None:
    text = (
        "Chinese Premier Li Keqiang rejected the charges on Tuesday. Li said Beijing had "
        "never sent ships into the disputed waters."
    )
    graph, names = resolved_graph(nlp, text)
    assert {names[c.claimer] for c in graph.claims} == {"Li Keqiang"}


def test_a_state_described_by_kind_is_the_state_its_complement_names(nlp) -> None:
    found = resolved(
        nlp, "The Central Asian republic of Kazakhstan has accused Russia of blocking its exports."
    )
    assert ("Kazakhstan", Stance.ACCUSE, ["Russia"]) in found


def test_an_organisation_name_cut_at_a_joining_word_is_one_name() -> None:
    from kg.resolve.names import name_actors

    text = "He is expelling the U.S. Agency for International Development from the country."
    start = text.index("the U.S.")
    second = text.index("International")
    mentions = [
        ("ORG", "the U.S. Agency for", start + len("the U.S. Agency for")),
        ("ORG", "International Development", second + len("International Development")),
    ]
    drafts = name_actors(mentions, text)
    assert drafts[0] == drafts[1]
    assert drafts[0] is not None and drafts[0].name == "U.S. Agency for International Development"
