"""Resolution: aliases, acronyms, metonymy, pronouns, roles, cross-document ids, allegations."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from kg.extract import extract
from kg.extract.mentions import mention_from_span
from kg.model import (
    ActorKind,
    Article,
    Claim,
    DocumentGraph,
    Extraction,
    Mention,
    Span,
    Stance,
)
from kg.resolve import ActorRegistry, resolve

EXAMPLE = Path("/work/shared/examples/ira-cyber-operation.txt")


def parse(nlp, text: str, doc_id: str = "doc") -> Extraction:
    article = Article(doc_id, text, f"{doc_id}.txt")
    return extract(nlp(text), article)


def ids_of(graph: DocumentGraph, surface: str) -> set[str]:
    return {actor for mention, actor in graph.mentions if mention.span.text == surface}


def actor(graph: DocumentGraph, actor_id: str):
    return next(a for a in graph.actors if a.id == actor_id)


def mention(extraction: Extraction, surface: str, nth: int = 0) -> Mention:
    found = [m for m in extraction.mentions if m.span.text == surface]
    return found[nth]


def cue(text: str, word: str, sentence: int = 0) -> Span:
    start = text.index(word)
    return Span(start, start + len(word), word)


def content(text: str, words: str) -> Span:
    start = text.index(words)
    return Span(start, start + len(words), words)


def nominal(doc, text: str, words: str) -> Mention:
    """The mention the claims extractor would make of ``words``."""
    start = text.index(words)
    span = doc.char_span(start, start + len(words))
    assert span is not None
    return mention_from_span(span)


def test_person_aliases_and_surname(nlp):
    text = (
        "President Donald Trump approved the operation, the newspaper said. "
        "Trump himself has repeatedly denied any wrongdoing."
    )
    graph = resolve(parse(nlp, text))
    assert ids_of(graph, "Donald Trump") == ids_of(graph, "Trump") == {"donald-trump"}
    trump = actor(graph, "donald-trump")
    assert trump.kind is ActorKind.PERSON
    assert trump.roles == ("President",)
    assert ids_of(graph, "himself") == {"donald-trump"}


def test_acronym_in_brackets(nlp):
    text = (
        "The Internet Research Agency (IRA) was taken offline. Officials said the IRA "
        "remained offline for days."
    )
    graph = resolve(parse(nlp, text))
    assert ids_of(graph, "IRA") == {"internet-research-agency"}
    assert "IRA" in actor(graph, "internet-research-agency").aliases


def test_metonymy_capitals_and_seats(nlp):
    text = (
        "Moscow insists the allegations were made up. Washington blames Russia, something "
        "the Kremlin denied, while the White House declined to comment and Beijing stayed quiet."
    )
    graph = resolve(parse(nlp, text))
    assert ids_of(graph, "Moscow") == ids_of(graph, "Kremlin") == {"russia"}
    assert ids_of(graph, "Washington") == {"united-states"}
    assert ids_of(graph, "Beijing") == {"china"}
    white_house = actor(graph, "white-house")
    assert white_house.kind is ActorKind.ORGANISATION
    assert white_house.affiliation == "united-states"
    assert actor(graph, "russia").kind is ActorKind.STATE
    assert actor(graph, "russia").wikidata == "Q159"


def test_pronouns_resolve_to_nearest_compatible_actor(nlp):
    text = (
        "Ukrainian President Volodymyr Zelensky met NATO officials in Brussels. "
        "According to him, Russia has learned from its failures."
    )
    graph = resolve(parse(nlp, text))
    assert ids_of(graph, "him") == {"volodymyr-zelensky"}
    assert ids_of(graph, "its") == {"russia"}
    zelensky = actor(graph, "volodymyr-zelensky")
    assert zelensky.roles == ("President",)
    assert zelensky.affiliation == "ukraine"


def test_the_newspaper_is_the_nearest_outlet(nlp):
    text = (
        "The remarks come after The New York Times reported on Tuesday that the talks had "
        "failed. A diplomat told the newspaper that Iran had walked out."
    )
    graph = resolve(parse(nlp, text))
    assert ids_of(graph, "the newspaper") == {"new-york-times"}
    assert actor(graph, "new-york-times").kind is ActorKind.OUTLET


def test_outlets_of_the_shared_list_resolve_to_outlet_actors(nlp):
    text = (
        "The Financial Times reported that Brussels had frozen the funds. "
        "Deutsche Presse-Agentur said Berlin would not comment, and Izvestia quoted an "
        "unnamed Russian diplomat."
    )
    graph = resolve(parse(nlp, text))
    assert actor(graph, "financial-times").kind is ActorKind.OUTLET
    assert actor(graph, "financial-times").name == "Financial Times"
    assert actor(graph, "deutsche-presse-agentur").kind is ActorKind.OUTLET
    assert actor(graph, "izvestia").affiliation == "russia"


def test_byline_only_outlet_spellings_do_not_name_outlets_in_text(nlp):
    # "PTI" is a byline of the Press Trust of India, but in running text often the party.
    text = "Imran Khan's PTI said on Sunday that the election had been rigged."
    graph = resolve(parse(nlp, text))
    assert "press-trust-of-india" not in {a.id for a in graph.actors}


def test_roles_and_affiliations_on_actors(nlp):
    text = (
        "Chinese Foreign Ministry spokesman Wang Wenbin rejected the report. "
        "Russian Foreign Minister Sergei Lavrov said there is no proof."
    )
    graph = resolve(parse(nlp, text))
    wang = actor(graph, "wang-wenbin")
    assert wang.roles == ("Foreign Ministry spokesman",)
    assert wang.affiliation == "china"
    assert actor(graph, "sergei-lavrov").affiliation == "russia"


def test_ids_are_stable_across_documents(nlp):
    registry = ActorRegistry()
    first = resolve(parse(nlp, "Donald Trump spoke to reporters in Moscow.", "d1"), registry)
    second = resolve(
        parse(nlp, "On Friday, Trump told reporters in Helsinki that the talks went well.", "d2"),
        registry,
    )
    assert ids_of(first, "Donald Trump") == ids_of(second, "Trump") == {"donald-trump"}
    assert [a.id for a in registry.actors()] == sorted(a.id for a in registry.actors())
    assert {"donald-trump", "russia"} <= {a.id for a in registry.actors()}
    assert {a.id for a in second.actors} == {"donald-trump", "finland"}


def test_anonymous_sources_group_and_belong_to_the_citing_outlet(nlp):
    text = (
        "NBC News cited multiple sources as saying the strike was approved. "
        "The sources pointed out that it was unprecedented. A source told Reuters otherwise."
    )
    extraction = parse(nlp, text)
    nbc, sources = mention(extraction, "NBC News"), mention(extraction, "multiple sources")
    claim = Claim(nbc, Stance.REPORT, cue(text, "cited"), 0, cites=sources)
    graph = resolve(replace(extraction, claims=(claim,)))
    first = ids_of(graph, "multiple sources")
    assert first == ids_of(graph, "The sources")
    assert ids_of(graph, "A source") != first
    anonymous = actor(graph, first.pop())
    assert anonymous.kind is ActorKind.ANONYMOUS
    assert anonymous.affiliation == "nbc-news"
    assert graph.claims[0].cites == anonymous.id


def test_allegation_groups_accusation_and_denials(nlp):
    text = (
        "Washington blames Moscow for using cyberattacks to sway the 2016 elections. "
        "Kremlin spokesman Dmitry Peskov described the accusations as absolutely false. "
        "Foreign Minister Sergei Lavrov said there was no proof to support the US' claims. "
        "Separately, Ukraine accused Belarus of hosting Russian troops near the border."
    )
    ex = parse(nlp, text)
    accuse = Claim(
        mention(ex, "Washington"),
        Stance.ACCUSE,
        cue(text, "blames"),
        0,
        content(text, "using cyberattacks to sway the 2016 elections"),
        (mention(ex, "Moscow"),),
    )
    peskov = Claim(
        mention(ex, "Dmitry Peskov"),
        Stance.DENY,
        cue(text, "described"),
        1,
        content(text, "the accusations as absolutely false"),
    )
    claims_span = content(text, "the US' claims")
    lavrov = Claim(
        mention(ex, "Sergei Lavrov"),
        Stance.DENY,
        cue(text, "said there"),
        2,
        content(text, "there was no proof to support the US' claims"),
        (Mention(claims_span, "NOMINAL", 2, head="claims", plural=True),),
    )
    other = Claim(
        mention(ex, "Ukraine"),
        Stance.ACCUSE,
        cue(text, "accused"),
        3,
        content(text, "hosting Russian troops near the border"),
        (mention(ex, "Belarus"),),
    )
    graph = resolve(replace(ex, claims=(accuse, peskov, lavrov, other)))
    assert actor(graph, "dmitry-peskov").affiliation == "russia"
    by_claimer = {c.claimer: c for c in graph.claims}
    assert by_claimer["sergei-lavrov"].targets == ("united-states",)  # possessor of the claims
    disputed = {
        by_claimer[x].allegation for x in ("united-states", "dmitry-peskov", "sergei-lavrov")
    }
    assert len(disputed) == 1 and None not in disputed
    assert by_claimer["ukraine"].allegation not in disputed
    allegation = next(a for a in graph.allegations if a.id in disputed)
    assert allegation.accused == ("russia",)
    assert allegation.summary == "using cyberattacks to sway the 2016 elections"
    assert len(graph.allegations) == 2


def test_denial_before_accusation_opens_the_allegation(nlp):
    text = (
        "Iran has denied all allegations that it supplied drones to Russia. "
        "The United States accused Iran of supplying drones to Russia for the war."
    )
    ex = parse(nlp, text)
    deny = Claim(
        mention(ex, "Iran"),
        Stance.DENY,
        cue(text, "denied"),
        0,
        content(text, "it supplied drones to Russia"),
    )
    accuse = Claim(
        mention(ex, "United States"),
        Stance.ACCUSE,
        cue(text, "accused"),
        1,
        content(text, "supplying drones to Russia for the war"),
        (mention(ex, "Iran", 1),),
    )
    graph = resolve(replace(ex, claims=(deny, accuse)))
    assert len(graph.allegations) == 1
    assert graph.allegations[0].accused == ("iran",)
    assert [c.allegation for c in graph.claims] == [graph.allegations[0].id] * 2


def test_resolution_is_deterministic(nlp):
    text = EXAMPLE.read_text(encoding="utf-8") if EXAMPLE.exists() else "Russia denied it."
    first = resolve(parse(nlp, text))
    second = resolve(parse(nlp, text))
    assert first == second


@pytest.mark.skipif(not EXAMPLE.exists(), reason="example article not available")
def test_example_article_has_one_disputed_allegation(nlp):
    graph = resolve(parse(nlp, EXAMPLE.read_text(encoding="utf-8"), "ira"))
    if not graph.claims:
        pytest.skip("the claims extractor returns no claims yet")
    accusations = [
        c for c in graph.claims if c.claimer == "united-states" and c.claim.stance is Stance.ACCUSE
    ]
    assert accusations
    allegation = accusations[-1].allegation
    deniers = {
        c.claimer
        for c in graph.claims
        if c.allegation == allegation and c.claim.stance is Stance.DENY
    }
    assert {"russia", "donald-trump", "dmitry-peskov", "sergei-lavrov"} <= deniers


def test_names_differing_by_middle_initials_are_one_person(nlp):
    registry = ActorRegistry()
    first = resolve(
        parse(
            nlp,
            "Deputy Secretary of State Wendy R. Sherman spoke today with Republic of Korea "
            "First Vice Foreign Minister Choi Jong Kun.",
            "d1",
        ),
        registry,
    )
    second = resolve(
        parse(
            nlp,
            "Deputy Secretary of State Wendy Sherman spoke yesterday with Portuguese MFA "
            "Political Director Rui Vinhas. Deputy Secretary Sherman and Ambassador Vinhas "
            "condemned Russia's attack against Ukraine.",
            "d2",
        ),
        registry,
    )
    assert ids_of(first, "Wendy R. Sherman") == {"wendy-r-sherman"}
    assert ids_of(second, "Wendy Sherman") == ids_of(second, "Sherman") == {"wendy-r-sherman"}
    sherman = actor(second, "wendy-r-sherman")
    assert sherman.name == "Wendy R. Sherman"  # the name every document graph uses
    assert "Deputy Secretary of State" in sherman.roles
    assert [a.id for a in registry.actors() if "sherman" in a.id] == ["wendy-r-sherman"]


def test_middle_initials_that_differ_keep_people_apart():
    from kg.resolve.names import canonical_names, same_person

    assert same_person("Antony J. Blinken", "Antony Blinken")
    assert not same_person("George W. Bush", "George H. W. Bush")
    assert not same_person("Wendy Sherman", "Brad Sherman")
    assert canonical_names(["John Kerry", "John F. Kerry"])["John Kerry"] == "John F. Kerry"


def test_a_document_graph_holds_the_actors_its_actors_are_affiliated_with(nlp):
    registry = ActorRegistry()
    resolve(parse(nlp, "Moscow said the sanctions would fail.", "d1"), registry)
    graph = resolve(
        parse(nlp, "Kremlin spokesman Dmitry Peskov said the sanctions would fail.", "d2"),
        registry,
    )
    peskov = actor(graph, "dmitry-peskov")
    assert peskov.affiliation == "russia"
    russia = actor(graph, "russia")
    assert (russia.name, russia.kind) == ("Russia", ActorKind.STATE)
    text = "Chinese Foreign Ministry spokesman Wang Wenbin rejected the report."
    graph = resolve(parse(nlp, text, "d3"), ActorRegistry())
    assert actor(graph, "china").kind is ActorKind.STATE


def test_role_nominals_refer_to_the_person_with_that_role(nlp):
    # "Secretary Blinken's Calls with Israeli Foreign Minister Ashkenazi", state.gov
    # (https://www.state.gov/secretary-blinkens-calls-with-israeli-foreign-minister-ashkenazi/,
    # corpus/state-department-israel-palestinians.jsonl, a text with no gold sentence)
    text = (
        "Secretary of State Antony J. Blinken spoke with Israeli Foreign Minister Gabi Ashkenazi "
        "this morning and again in the afternoon. During their afternoon conversation, the "
        "Secretary welcomed the Foreign Minister’s confirmation that the parties had agreed to a "
        "ceasefire. Both leaders expressed their appreciation for Egypt’s mediation efforts, and "
        "the Secretary noted that he would continue to remain in close touch with his Egyptian "
        "counterpart and other regional stakeholders. The Foreign Minister welcomed Secretary "
        "Blinken’s planned travel to the region, where the Secretary will meet with Israeli, "
        "Palestinian, and regional counterparts in the coming days to discuss recovery efforts "
        "and working together to build better futures for Israelis and Palestinians."
    )
    ex = parse(nlp, text)
    doc = nlp(text)
    secretary = nominal(doc, text, "the Secretary")
    minister = nominal(doc, text, "The Foreign Minister")
    second = text.index("welcomed Secretary")
    claims = (
        Claim(secretary, Stance.APPROVE, cue(text, "welcomed"), 1),
        Claim(minister, Stance.APPROVE, Span(second, second + 8, "welcomed"), 3),
    )
    graph = resolve(replace(ex, claims=claims))
    assert [c.claimer for c in graph.claims] == ["antony-j-blinken", "gabi-ashkenazi"]
    # "Secretary Blinken's planned travel" adds the bare title
    assert "Secretary of State" in actor(graph, "antony-j-blinken").roles


def test_the_department_is_the_department_named_before(nlp):
    text = (
        "The State Department today declared persona non grata 35 Russian officials. "
        "The Department also informed the Russian Government that it would close two "
        "compounds."
    )
    graph = resolve(parse(nlp, text))
    departments = {a for m, a in graph.mentions if "Department" in m.span.text}
    assert departments == {"united-states-department-of-state"}
    assert "department" not in {a.id for a in graph.actors}


def test_they_resolves_to_a_recent_plural_speaker_or_names_nobody(nlp):
    text = (
        "Russian diplomats condemned the decision to expel their colleagues. They expressed "
        "regret that the talks had failed."
    )
    ex = parse(nlp, text)
    doc = nlp(text)
    claims = (
        Claim(nominal(doc, text, "Russian diplomats"), Stance.CRITICIZE, cue(text, "condemned"), 0),
        Claim(nominal(doc, text, "They"), Stance.ASSERT, cue(text, "expressed"), 1),
    )
    graph = resolve(replace(ex, claims=claims))
    group, they = graph.claims
    assert actor(graph, group.claimer).kind in (ActorKind.GROUP, ActorKind.ANONYMOUS)
    assert actor(graph, group.claimer).affiliation == "russia"
    assert they.claimer == group.claimer

    registry = ActorRegistry()
    lonely = "The talks ended late on Friday. They said progress had been made."
    ex = parse(nlp, lonely)
    claim = Claim(nominal(nlp(lonely), lonely, "They"), Stance.ASSERT, cue(lonely, "said"), 1)
    graph = resolve(replace(ex, claims=(claim,)), registry)
    assert graph.claims == ()
    assert registry.dropped == {"pronoun with no antecedent": 1}


def test_they_after_a_named_actor_and_a_relational_group_is_the_named_actor(nlp):
    text = (
        "Deputy Secretary Sherman and her counterparts condemned Russia's decision to "
        "recognize the separatist regions. They expressed unwavering support for Ukraine's "
        "sovereignty."
    )
    ex = parse(nlp, text)
    doc = nlp(text)
    claim = Claim(nominal(doc, text, "They"), Stance.ASSERT, cue(text, "expressed"), 1)
    registry = ActorRegistry()
    graph = resolve(replace(ex, claims=(claim,)), registry)
    (said,) = graph.claims
    assert actor(graph, said.claimer).kind is ActorKind.PERSON
    assert actor(graph, said.claimer).name == "Sherman"
    assert "her counterparts" not in {a.name for a in graph.actors}
    assert registry.dropped == {}


def test_a_group_with_a_side_is_one_actor_across_documents(nlp):
    registry = ActorRegistry()
    claimers = set()
    for number, text in enumerate(
        (
            "Russian officials condemned the expulsion of the diplomats.",
            "Russian officials denied that the talks had collapsed.",
        )
    ):
        ex = parse(nlp, text, f"doc{number}")
        speaker = nominal(nlp(text), text, "Russian officials")
        stance = Stance.CRITICIZE if number == 0 else Stance.DENY
        verb = "condemned" if number == 0 else "denied"
        graph = resolve(replace(ex, claims=(Claim(speaker, stance, cue(text, verb), 0),)), registry)
        claimers |= {c.claimer for c in graph.claims}
    assert len(claimers) == 1


@pytest.mark.parametrize(
    ("text", "speaker", "verb", "reason"),
    [
        (
            "Deputy Secretary Sherman and her counterparts condemned Russia's decision to "
            "recognize the separatist regions.",
            "her counterparts",
            "condemned",
            "relational group with no referent",
        ),
        (
            "Our diplomats warned that the embassy could be closed within days.",
            "Our diplomats",
            "warned",
            "relational group with no referent",
        ),
        (
            "The accusations claimed that Moscow had funded the campaign.",
            "The accusations",
            "claimed",
            "message noun",
        ),
    ],
)
def test_relational_groups_and_message_nouns_are_never_actors(nlp, text, speaker, verb, reason):
    registry = ActorRegistry()
    ex = parse(nlp, text)
    claim = Claim(nominal(nlp(text), text, speaker), Stance.ASSERT, cue(text, verb), 0)
    graph = resolve(replace(ex, claims=(claim,)), registry)
    assert graph.claims == ()
    assert speaker not in {a.name for a in graph.actors}
    assert registry.dropped == {reason: 1}


def test_anonymous_sources_fold_into_one_actor_per_relaying_outlet(nlp):
    registry = ActorRegistry()
    texts = (
        "NBC News cited multiple sources as saying the strike was approved.",
        "NBC News cited a source as saying the talks had stalled.",
    )
    cited = set()
    for number, text in enumerate(texts):
        ex = parse(nlp, text, f"doc{number}")
        nbc = mention(ex, "NBC News")
        source = next(m for m in ex.mentions if m.label == "ANON")
        claim = Claim(nbc, Stance.REPORT, cue(text, "cited"), 0, cites=source)
        graph = resolve(replace(ex, claims=(claim,)), registry)
        (resolved,) = graph.claims
        cited.add(resolved.cites)
        assert resolved.claim.cites.span.text == source.span.text  # its own wording stays
    assert cited == {"anonymous-sources-via-nbc-news"}
    folded = registry.get("anonymous-sources-via-nbc-news")
    assert folded.name == "anonymous sources via NBC News"
    assert folded.kind is ActorKind.ANONYMOUS and folded.affiliation == "nbc-news"
    assert {"multiple sources", "a source"} <= {a.lower() for a in folded.aliases}


def test_a_reference_only_denial_disputes_the_most_salient_allegation(nlp):
    """ "the accusations" answers what the article is about, not the latest side issue."""
    text = (
        "The United States accused China of hacking Microsoft email servers. "
        "Britain also accused China of hacking the Microsoft servers. "
        "Beijing denied that it hacked the Microsoft email servers. "
        "Separately, an FBI official said China may try to influence the midterm elections. "
        "China's foreign ministry dismissed the accusations as groundless."
    )
    ex = parse(nlp, text)
    doc = nlp(text)
    claims = (
        Claim(
            mention(ex, "United States"),
            Stance.ACCUSE,
            cue(text, "accused"),
            0,
            content(text, "hacking Microsoft email servers"),
            (mention(ex, "China"),),
        ),
        Claim(
            mention(ex, "Britain"),
            Stance.ACCUSE,
            cue(text, "also accused"),
            1,
            content(text, "hacking the Microsoft servers"),
            (mention(ex, "China", 1),),
        ),
        Claim(
            mention(ex, "Beijing"),
            Stance.DENY,
            cue(text, "denied"),
            2,
            content(text, "it hacked the Microsoft email servers"),
        ),
        Claim(
            nominal(doc, text, "an FBI official"),
            Stance.ACCUSE,
            cue(text, "said China"),
            3,
            content(text, "China may try to influence the midterm elections"),
            (mention(ex, "China", 2),),
        ),
        Claim(
            nominal(doc, text, "China's foreign ministry"),
            Stance.DENY,
            cue(text, "dismissed"),
            4,
            content(text, "the accusations as groundless"),
        ),
    )
    graph = resolve(replace(ex, claims=claims))
    by_cue = {c.claim.cue.text: c for c in graph.claims}
    hacking = by_cue["accused"].allegation
    assert by_cue["also accused"].allegation == by_cue["denied"].allegation == hacking
    assert by_cue["said China"].allegation != hacking
    assert by_cue["dismissed"].allegation == hacking


def _they_actor(graph: DocumentGraph, nth: int = 0):
    pronouns = [a for m, a in graph.mentions if m.label == "PRON" and m.head == "they"]
    return actor(graph, pronouns[nth]) if len(pronouns) > nth else None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Protesters gathered outside the embassy on Sunday. They accused the government "
            "of rigging the election.",
            "Protesters",
        ),
        (
            "The Washington Post reported that US cyber operators disrupted internet access "
            "for the agency. They basically took the agency offline, a source said.",
            "US cyber operators",
        ),
        (
            "Russian troops entered the village before dawn, witnesses said. By noon they had "
            "withdrawn.",
            "Russian troops",
        ),
    ],
)
def test_they_refers_to_a_plural_description_of_people(nlp, text, name):
    graph = resolve(parse(nlp, text))
    group = _they_actor(graph)
    assert group is not None and group.kind is ActorKind.GROUP and group.name == name


def test_a_plural_description_becomes_an_actor_only_when_referred_to(nlp):
    graph = resolve(parse(nlp, "Protesters gathered outside the embassy on Sunday."))
    assert not [a for a in graph.actors if a.kind is ActorKind.GROUP]


def test_they_prefers_the_subject_of_an_earlier_sentence(nlp):
    text = (
        "Activists blocked the road to the parliament with students and workers. "
        "They demanded new elections."
    )
    assert _they_actor(resolve(parse(nlp, text))).name == "Activists"


def test_they_stays_open_beyond_the_window_or_for_things(nlp):
    far = (
        "Protesters gathered outside the embassy. The talks continued. The ministry said "
        "nothing. The summit ended. They left."
    )
    assert _they_actor(resolve(parse(nlp, far))) is None
    things = "The sanctions took effect on Monday. They target banks."
    assert _they_actor(resolve(parse(nlp, things))) is None


def test_their_does_not_refer_to_a_description(nlp):
    text = (
        "US cyber operators disrupted internet access for the agency to hamper their "
        "propaganda operations."
    )
    graph = resolve(parse(nlp, text))
    assert not [m for m, _ in graph.mentions if m.head == "their"]


def test_anonymous_sources_and_named_groups_stay_antecedents_of_they(nlp):
    text = "Multiple sources said the deal was close. They said Washington had agreed to the terms."
    graph = resolve(parse(nlp, text))
    assert _they_actor(graph).kind is ActorKind.ANONYMOUS
    text = "Thousands of Ukrainians rallied in Warsaw on Sunday. They waved blue and yellow flags."
    group = _they_actor(resolve(parse(nlp, text)))
    assert group is not None and group.kind is ActorKind.GROUP and "ukrain" in group.id


def test_a_pronoun_speaker_is_not_someone_named_in_the_quote(nlp):
    text = (
        "U.S. Ambassador Linda Thomas-Greenfield spoke on Thursday. "
        "“That was Evan’s crime. Reporting the facts about Russia’s illegal war in Ukraine,” "
        "she said."
    )
    graph = resolve(parse(nlp, text))
    # the "she" closing the quotation is read as whom the sentence before introduced
    # (round 6, follow_on_quote), so the claim is found by its cue
    (claim,) = [c for c in graph.claims if c.claim.cue.text == "said"]
    assert claim.claimer == "linda-thomas-greenfield"


def test_a_description_prefers_the_role_it_names(nlp):
    text = (
        "Deputy Secretary of State Wendy Sherman spoke today with Italian MFA Secretary General "
        "Ettore Sequi. The Deputy Secretary stressed that the attack was unprovoked."
    )
    graph = resolve(parse(nlp, text))
    (claim,) = [c for c in graph.claims if c.claim.cue.text == "stressed"]
    assert claim.claimer == "wendy-sherman"


def test_a_claim_is_not_aimed_at_its_own_claimer(nlp):
    text = "Russian officials dismissed the allegations, dismissing them as a witch hunt."
    graph = resolve(parse(nlp, text))
    assert all(c.claimer not in c.targets for c in graph.claims)
