"""Ingest: formats, normalisation, page furniture, folders, stdin, bad input, ids."""

from __future__ import annotations

import io
import json
import os
import shutil
from pathlib import Path

import pytest

from kg.ingest import (
    IngestError,
    SourceProblem,
    article_id,
    normalise_text,
    read_article,
    read_sources,
    split_page,
    strip_furniture,
)
from kg.model import Article

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
EXAMPLE = EXAMPLES / "ira-cyber-operation.txt"
DATA = Path(__file__).resolve().parent / "data" / "ingest"


def articles(items: list[Article | SourceProblem]) -> list[Article]:
    return [item for item in items if isinstance(item, Article)]


def problems(items: list[Article | SourceProblem]) -> list[SourceProblem]:
    return [item for item in items if isinstance(item, SourceProblem)]


@pytest.fixture(scope="module")
def example() -> Article:
    (article,) = read_article(EXAMPLE)
    return article


# --- normalisation ---------------------------------------------------------------------------


def test_normalise_odd_spaces_become_plain_spaces():
    raw = "access\u00a0for the\u2009IRA on\u202fWednesday,\u200bsaid\tthe\u3000sources."
    assert normalise_text(raw) == "access for the IRA on Wednesday, said the sources."


def test_normalise_nfc_composes_accents():
    decomposed = "Franc\u0327ois Delattre met Zelens\u030cky"  # c + cedilla, s + caron
    assert normalise_text(decomposed) == "François Delattre met Zelenšky"


def test_normalise_keeps_curly_quotes_apostrophes_and_dashes():
    raw = "\u201cThey shut \u2018em down,\u201d a source said \u2014 the president\u2019s aide."
    assert normalise_text(raw) == raw


def test_normalise_line_breaks_paragraphs_and_spaces():
    raw = "  First  line.  \r\nSecond line.\r\n\r\n\r\n\r\nNext   paragraph.\n\n"
    assert normalise_text(raw) == "First line.\nSecond line.\n\nNext paragraph."


def test_normalise_drops_invisibles_and_controls():
    assert normalise_text("\ufeffKyiv\u00ad said\x07 no.") == "Kyiv said no."


def test_normalise_collapses_double_spaces_after_sentences():
    raw = "again\u00a0\u2014 this time with\u00a0China.\u00a0\u00a0According to\u00a0him"
    assert normalise_text(raw) == "again \u2014 this time with China. According to him"


# --- furniture on the shared example -----------------------------------------------------------


def test_example_title_detected_and_not_in_body(example):
    assert (
        example.title
        == "Trump Personally Approved US Military\u2019s Cyberattack Against Russia - Report"
    )
    assert "Trump Personally Approved" not in example.text
    assert example.text.startswith("Russia has consistently denied all allegations")


def test_example_furniture_lines_are_gone(example):
    lines = set(example.text.split("\n"))
    for furniture in ("World", "Sputnik", "Discuss"):
        assert furniture not in lines
    assert "READ MORE" not in example.text
    assert "CIA Chief Says" not in example.text
    assert "Gets Trolled" not in example.text


def test_example_outlet_from_byline(example):
    assert example.outlet == "Sputnik"


def test_example_every_real_sentence_kept(example):
    raw = normalise_text(EXAMPLE.read_text(encoding="utf-8"))
    furniture = {"World", "Sputnik", "Discuss", normalise_text(example.title or "")}
    real = [
        line
        for line in raw.split("\n")
        if line and line not in furniture and not line.startswith(("READ MORE:", "CIA Chief Says"))
    ]
    assert len(real) == 9
    assert example.text.split("\n\n") == real


def test_example_paragraphs_are_separated_by_blank_lines(example):
    assert "\n\n" in example.text
    assert all(paragraph.strip() == paragraph for paragraph in example.text.split("\n\n"))
    assert "\n\n\n" not in example.text


def test_headline_never_merges_with_first_sentence(example, nlp):
    doc = nlp(example.text)
    first = next(iter(doc.sents)).text
    assert first.startswith("Russia has consistently denied")
    assert "Report" not in first
    for sentence in doc.sents:
        assert "Sputnik" not in sentence.text
        assert "Gets Trolled" not in sentence.text


def test_dropped_lines_are_reported():
    text = normalise_text(EXAMPLE.read_text(encoding="utf-8"))
    dropped = split_page(text).dropped
    assert dropped[0] == "World"
    assert "Discuss" in dropped
    assert sum(line.startswith("READ MORE:") for line in dropped) == 2
    assert len(dropped) == 7


# --- furniture on other page shapes -------------------------------------------------------------


def test_plain_paragraph_untouched():
    text = (
        "Russia's Interior Ministry has accused a journalist of faking an attack in which he "
        "was hospitalized after writing about a controversial road project through a forest "
        "near Moscow."
    )
    assert strip_furniture(text, None) == (None, text)


def test_plain_paragraphs_untouched():
    text = (
        "Police in Moscow say the reporter, Anatoly Adamchuk, may be charged with filing a "
        "false police report.\n\nBut Adamchuk denies the allegations."
    )
    assert strip_furniture(text, None) == (None, text)


def test_single_line_paragraph_in_title_case_with_period_is_kept():
    text = (
        "Kremlin Rejects Claims\n\nThe Kremlin rejected the claims on Monday.\n\n"
        "Russia Denies Everything.\n\nThe ministry said the report was false."
    )
    title, body = strip_furniture(text, None)
    assert title == "Kremlin Rejects Claims"
    assert "Russia Denies Everything." in body.split("\n\n")


def test_related_headline_between_paragraphs_is_dropped():
    text = (
        "The Pentagon denied that it was involved in the financial cut off.\n\n"
        "Assange Says Wired Spread False Reports About WikiLeaks\n\n"
        "Assange, however, downplayed expectations of such a leak."
    )
    _, body = strip_furniture(text, None)
    assert body == (
        "The Pentagon denied that it was involved in the financial cut off.\n\n"
        "Assange, however, downplayed expectations of such a leak."
    )


def test_related_articles_label_takes_its_links_along():
    text = (
        "Kyiv denied the claim, suggesting the attack was staged by Moscow.\n\n"
        "Related Articles\n"
        "Russia Claims Ukraine Attempted Attack\n"
        "Blinken Skeptical of Moscow Claims\n\n"
        "Blinken also discussed the recent leak of top-secret US documents."
    )
    parts = split_page(text)
    assert parts.body.split("\n\n") == [
        "Kyiv denied the claim, suggesting the attack was staged by Moscow.",
        "Blinken also discussed the recent leak of top-secret US documents.",
    ]
    assert "Blinken Skeptical of Moscow Claims" in parts.dropped


@pytest.mark.parametrize(
    "line",
    [
        "Read more: Russia Says West Helping Ukraine Prepare Fake Allegations",
        "Related: US Denies Russian Accusation of Role in Drone Plot",
        "See also: Kremlin Says Drone Attack Targeted Putin",
        "Also read Trump Talk Of Imminent Deal Sharpens Focus On Ukraine Diplomacy",
        "Share this article",
        "Follow us on Telegram",
        "Comments (12)",
    ],
)
def test_link_and_widget_lines_are_dropped(line):
    text = (
        "Kyiv denied the claim, suggesting the attack was staged by Moscow.\n\n"
        f"{line}\n\n"
        "Blinken also discussed the recent leak of top-secret US documents."
    )
    _, body = strip_furniture(text, None)
    assert line not in body
    assert body.count("\n\n") == 1


def test_reuters_page_shape():
    (article,) = read_article(DATA / "reuters-page.txt")
    assert article.title == "U.S. says it regrets Russia canceled diplomat meeting"
    paragraphs = article.text.split("\n\n")
    assert len(paragraphs) == 3
    assert paragraphs[0].startswith("WASHINGTON (Reuters) - The United States regrets")
    assert paragraphs[2].endswith("Heather Nauert said in a statement.")
    for furniture in ("Min Read", "months ago", "#World News", "Reporting by"):
        assert furniture not in article.text


def test_single_newline_paragraphs_and_trailing_widgets():
    (article,) = read_article(DATA / "wire-with-comments.txt")
    paragraphs = article.text.split("\n\n")
    assert len(paragraphs) == 3
    assert (
        paragraphs[-1]
        == 'Spokesperson Heather Nauert said the US remained "open to future discussions."'
    )
    assert "comments" not in article.text.lower()
    assert article.title is None


def test_breadcrumb_label_author_and_date_lines():
    text = (
        "World \u203a Europe\n\n"
        "Ukraine Denies Role in Drone Attack on Kremlin\n\n"
        "By Jane Doe\n"
        "Published 4 May 2023, 10:31 GMT\n\n"
        "Kyiv denied the claim, suggesting the attack was staged by Moscow."
    )
    parts = split_page(text)
    assert parts.title == "Ukraine Denies Role in Drone Attack on Kremlin"
    assert parts.body == "Kyiv denied the claim, suggesting the attack was staged by Moscow."


def test_known_title_removes_repeated_headline_only():
    text = "Kremlin Rejects Claims\n\nThe Kremlin rejected the claims on Monday."
    assert strip_furniture(text, "Kremlin rejects claims") == (
        "Kremlin rejects claims",
        "The Kremlin rejected the claims on Monday.",
    )


def test_hard_wrapped_lines_join_into_one_paragraph():
    text = (
        "Russia said on Monday that Ukraine, with the help of British\n"
        "intelligence, was preparing new fake allegations about Russian\n"
        "violence against civilians.\n\nThe ministry gave no evidence."
    )
    _, body = strip_furniture(text, None)
    assert body.split("\n\n") == [
        "Russia said on Monday that Ukraine, with the help of British intelligence, was "
        "preparing new fake allegations about Russian violence against civilians.",
        "The ministry gave no evidence.",
    ]


# --- formats ------------------------------------------------------------------------------------


def test_markdown_syntax_and_front_matter():
    (article,) = read_article(DATA / "corpus" / "a-denies.md")
    assert article.title == "Journalist Denies Faking Attack"
    assert article.url == "https://example.org/news/journalist-denies"
    assert article.id == article_id("https://example.org/news/journalist-denies")
    assert article.text == (
        'But Adamchuk denies the allegations. His newspaper, "Zhukovskie vesti" in southeast '
        "Moscow, says it expected the accusations after Adamchuk was harassed by police "
        "overnight in the hospital."
    )


def test_markdown_images_emphasis_lists_and_quotes(tmp_path):
    path = tmp_path / "note.md"
    path.write_text(
        "## Reactions\n\n![map](map.png)\n\n"
        "> _\u201cWe condemn this attack,\u201d_ the minister said.\n\n"
        "- Kyiv denied the claim.\n- Moscow insisted it was **staged**.\n",
        encoding="utf-8",
    )
    (article,) = read_article(path)
    assert article.title == "Reactions"
    assert article.text.split("\n\n") == [
        "\u201cWe condemn this attack,\u201d the minister said.",
        "Kyiv denied the claim.",
        "Moscow insisted it was staged.",
    ]


def test_html_example_main_text_and_metadata():
    (article,) = read_article(EXAMPLES / "blinken-kuleba-call-2022-02-28.html")
    assert article.title == "Secretary Blinken\u2019s Call with Ukrainian Foreign Minister Kuleba"
    assert article.outlet == "U.S. Embassy in Georgia"
    assert article.published == "2022-02-28"
    assert article.url and article.url.startswith("https://ge.usembassy.gov/")
    assert article.text.startswith("Secretary of State Antony J.")  # its first sentence
    assert article.text.endswith("unprovoked Russian invasion.")
    for furniture in ("Privacy Policy", "Share this article", "Related Articles", "Visas"):
        assert furniture not in article.text
    assert "\u00a0" not in article.text and "  " not in article.text


def test_html_page_with_byline_after_first_paragraph(tmp_path):
    path = tmp_path / "page.htm"
    path.write_text(
        "<html><head><title>Kremlin Denies Meddling</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/world'>World</a></nav><article>"
        "<h1>Kremlin Denies Meddling</h1>"
        "<p>Kremlin spokesman Dmitry Peskov said on Thursday that the accusations were "
        "absolutely unsubstantiated and that Moscow had never interfered in any election.</p>"
        "<p>TASS</p>"
        "<p>Washington blames Russia for using social media influence and cyberattacks to sway "
        "the presidential elections, something that the Kremlin has repeatedly denied.</p>"
        "</article><footer>Contact us</footer></body></html>",
        encoding="utf-8",
    )
    (article,) = read_article(path)
    assert article.title == "Kremlin Denies Meddling"
    assert article.outlet == "TASS"
    assert len(article.text.split("\n\n")) == 2
    assert "TASS" not in article.text


def test_jsonl_fields_and_ids():
    path = DATA / "corpus" / "sub" / "c-lines.jsonl"
    first, second = read_article(path)
    assert first.source == f"{path}#1"
    assert first.outlet == "Example Wire"
    assert (
        first.text
        == "Kyiv denied the claim, suggesting the attack was \u201cstaged\u201d by Moscow."
    )
    assert first.id == article_id("c-lines.jsonl#1")
    assert second.source == f"{path}#3"  # line numbers count blank lines
    assert second.id == article_id("https://example.org/podolyak")


def test_examples_folder_reads_every_format():
    items = list(read_sources([EXAMPLES]))
    assert problems(items) == []
    found = articles(items)
    assert len(found) >= 5
    suffixes = {Path(article.source.split("#")[0]).suffix for article in found}
    assert {".txt", ".html", ".jsonl", ".md"} <= suffixes
    assert all(article.text and "\n\n\n" not in article.text for article in found)


# --- folders, ids -----------------------------------------------------------------------------


def test_folder_is_recursive_sorted_and_skips_hidden_docs_and_other_types():
    items = list(read_sources([DATA / "corpus"]))
    assert problems(items) == []
    sources = [Path(article.source).relative_to(DATA / "corpus").as_posix() for article in items]
    assert sources == ["a-denies.md", "b-accused.txt", "sub/c-lines.jsonl#1", "sub/c-lines.jsonl#3"]


def test_folder_ids_include_folder_name_and_are_stable():
    first = [article.id for article in articles(list(read_sources([DATA / "corpus"])))]
    again = [article.id for article in articles(list(read_sources([str(DATA / "corpus")])))]
    assert first == again
    assert len(set(first)) == len(first)
    assert first[1] == article_id("corpus/b-accused.txt")
    assert first[2] == article_id("corpus/sub/c-lines.jsonl#1")


def test_example_id_documented_rule(example):
    assert example.id == article_id("ira-cyber-operation.txt")
    (from_folder,) = [
        a for a in articles(list(read_sources([EXAMPLES]))) if a.source.endswith("operation.txt")
    ]
    assert from_folder.id == article_id("examples/ira-cyber-operation.txt")
    assert example.id.startswith("doc-") and len(example.id) == 20
    assert set(example.id[4:]) <= set("0123456789abcdef")


def test_same_relative_name_in_two_folders_does_not_collide(tmp_path):
    for folder in ("kremlin", "pentagon"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "statement.txt").write_text(
            f"The {folder} spokesman denied the report.", encoding="utf-8"
        )
    found = articles(list(read_sources([tmp_path / "kremlin", tmp_path / "pentagon"])))
    assert len({article.id for article in found}) == 2


def test_read_sources_is_lazy(tmp_path):
    path = tmp_path / "corpus.jsonl"
    path.write_text(
        "\n".join(json.dumps({"text": f"Report number {n} was denied."}) for n in range(1000)),
        encoding="utf-8",
    )
    stream = read_sources([path])
    assert iter(stream) is stream
    assert next(stream).text == "Report number 0 was denied."


# --- stdin ------------------------------------------------------------------------------------


def test_stdin_text():
    stdin = io.StringIO("Kremlin Denies Claims\n\nThe Kremlin denied the claims.\n")
    (article,) = read_sources(["-"], stdin=stdin)
    assert isinstance(article, Article)
    assert (article.source, article.title, article.text) == (
        "<stdin>",
        "Kremlin Denies Claims",
        "The Kremlin denied the claims.",
    )
    assert article.id == article_id("Kremlin Denies Claims\n\nThe Kremlin denied the claims.")


def test_stdin_jsonl_is_sniffed():
    lines = [{"text": "Kyiv denied the claim."}, {"text": "Moscow insisted.", "title": "T"}]
    stdin = io.StringIO("\n".join(json.dumps(line) for line in lines) + "\n")
    found = list(read_sources(["-"], stdin=stdin))
    assert [a.source for a in articles(found)] == ["<stdin>#1", "<stdin>#2"]
    assert articles(found)[1].title == "T"


def test_stdin_with_one_non_json_line_is_text():
    stdin = io.StringIO('{"text": "Kyiv denied the claim."}\nMoscow insisted it was staged.\n')
    (article,) = read_sources(["-"], stdin=stdin)
    assert isinstance(article, Article)
    assert article.source == "<stdin>"


def test_stdin_bytes_are_checked_for_utf8():
    class BinaryStdin(io.StringIO):
        buffer = io.BytesIO(b"caf\xe9 au lait")

    (problem,) = read_sources(["-"], stdin=BinaryStdin())
    assert problem == SourceProblem("<stdin>", "<stdin>: not UTF-8 text (byte 0xe9 at offset 3)")


# --- bad input ----------------------------------------------------------------------------------


@pytest.fixture
def mixed_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "a-good.txt").write_text("Kyiv denied the claim on Thursday.", encoding="utf-8")
    (folder / "b-empty.txt").write_text("", encoding="utf-8")
    (folder / "c-blank.md").write_text(" \n\u00a0\n\n", encoding="utf-8")
    (folder / "d-binary.txt").write_bytes(b"PK\x03\x04\x00\x00binary")
    (folder / "e-latin1.txt").write_bytes("Moscow denied the caf\u00e9 story.".encode("latin-1"))
    (folder / "f-nav.html").write_text(
        "<html><body><nav><a href='/'>Home</a></nav></body></html>", encoding="utf-8"
    )
    (folder / "g-lines.jsonl").write_text(
        '{"text": "Moscow insisted it was staged."}\n'
        "{not json}\n"
        '["a", "list"]\n'
        '{"title": "no text"}\n'
        '{"text": 42}\n'
        '{"text": "Kyiv said so.", "url": 7}\n'
        '{"text": "Kyiv denied it again."}\n',
        encoding="utf-8",
    )
    (folder / "h-good.md").write_text("Washington blamed Russia.", encoding="utf-8")
    return folder


def test_every_bad_input_is_a_problem_and_good_files_still_come(mixed_folder):
    items = list(read_sources([mixed_folder, mixed_folder / "missing.txt"]))
    good = [Path(a.source).name for a in articles(items)]
    assert good == ["a-good.txt", "g-lines.jsonl#1", "g-lines.jsonl#7", "h-good.md"]
    messages = {Path(p.source).name: p.message for p in problems(items)}
    assert set(messages) == {
        "b-empty.txt",
        "c-blank.md",
        "d-binary.txt",
        "e-latin1.txt",
        "f-nav.html",
        "g-lines.jsonl#2",
        "g-lines.jsonl#3",
        "g-lines.jsonl#4",
        "g-lines.jsonl#5",
        "g-lines.jsonl#6",
        "missing.txt",
    }
    for name, message in messages.items():
        assert name in message and "\n" not in message
    assert "empty file" in messages["b-empty.txt"]
    assert "empty file" in messages["c-blank.md"]
    assert "binary" in messages["d-binary.txt"] and "offset 4" in messages["d-binary.txt"]
    assert messages["e-latin1.txt"].endswith("not UTF-8 text (byte 0xe9 at offset 21)")
    assert "no main text" in messages["f-nav.html"]
    assert "not valid JSON" in messages["g-lines.jsonl#2"]
    assert "not a JSON object" in messages["g-lines.jsonl#3"]
    assert 'no "text" field' in messages["g-lines.jsonl#4"]
    assert '"text" is not a string' in messages["g-lines.jsonl#5"]
    assert '"url" is not a string' in messages["g-lines.jsonl#6"]
    assert "no such file" in messages["missing.txt"]


def test_explicit_unknown_extension_is_a_problem(tmp_path):
    path = tmp_path / "report.pdf"
    path.write_bytes(b"%PDF-1.4")
    (problem,) = read_sources([path])
    assert isinstance(problem, SourceProblem)
    assert "report.pdf" in problem.message and "unsupported file type" in problem.message


def test_folder_without_articles_is_a_problem(tmp_path):
    (tmp_path / "data.csv").write_text("a,b\n", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("Hidden text.", encoding="utf-8")
    (problem,) = read_sources([tmp_path])
    assert isinstance(problem, SourceProblem)
    assert problem.source == str(tmp_path)
    assert "no readable articles" in problem.message


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root can read any file")
def test_unreadable_file_is_a_problem(tmp_path):
    path = tmp_path / "secret.txt"
    path.write_text("Kyiv denied it.", encoding="utf-8")
    path.chmod(0)
    try:
        (problem,) = read_sources([path])
    finally:
        path.chmod(0o644)
    assert isinstance(problem, SourceProblem) and "permission denied" in problem.message


def test_only_furniture_is_a_problem(tmp_path):
    path = tmp_path / "furniture.txt"
    path.write_text("World\n\nREAD MORE: Something Else\n\nDiscuss\n", encoding="utf-8")
    (problem,) = read_sources([path])
    assert isinstance(problem, SourceProblem)


def test_read_article_raises_with_file_name(mixed_folder):
    with pytest.raises(IngestError, match=r"e-latin1\.txt: not UTF-8 text \(byte 0xe9"):
        read_article(mixed_folder / "e-latin1.txt")
    with pytest.raises(IngestError, match=r"g-lines\.jsonl#2: not valid JSON"):
        read_article(mixed_folder / "g-lines.jsonl")
    with pytest.raises(IngestError, match="no such file"):
        read_article(mixed_folder / "nope.txt")
    with pytest.raises(IngestError, match="is a folder"):
        read_article(mixed_folder)


def test_utf8_bom_and_crlf_are_accepted(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffKremlin Rejects Claims\r\n\r\nThe Kremlin said no.\r\n".encode())
    (article,) = read_article(path)
    assert (article.title, article.text) == ("Kremlin Rejects Claims", "The Kremlin said no.")


def test_copy_of_example_reads_identically(tmp_path, example):
    copy = tmp_path / EXAMPLE.name
    shutil.copy(EXAMPLE, copy)
    (again,) = read_article(copy)
    assert (again.id, again.text, again.title) == (example.id, example.text, example.title)


def test_permission_error_is_a_problem(tmp_path, monkeypatch):
    path = tmp_path / "secret.txt"
    path.write_text("Kyiv denied it.", encoding="utf-8")

    def refuse(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", refuse)
    (problem,) = read_sources([path])
    assert problem == SourceProblem(str(path), f"{path}: cannot read file: permission denied")


def test_short_text_without_furniture_is_kept(tmp_path):
    path = tmp_path / "short.txt"
    path.write_text("Kyiv denies it\n", encoding="utf-8")
    (article,) = read_article(path)
    assert (article.title, article.text) == (None, "Kyiv denies it")


def test_front_matter_in_plain_text(tmp_path):
    path = tmp_path / "statement.txt"
    path.write_text(
        "---\ntitle: 'Statement on Russia'\noutlet: U.S. Department of State\n"
        "published: 2017-06-21\nsource: https://example.org/statement\n---\n"
        "Statement on Russia\n\nWe regret that Russia has decided to turn away.\n",
        encoding="utf-8",
    )
    (article,) = read_article(path)
    assert article.title == "Statement on Russia"
    assert article.outlet == "U.S. Department of State"
    assert article.published == "2017-06-21"
    assert article.url == "https://example.org/statement"
    assert article.text == "We regret that Russia has decided to turn away."


def test_list_items_stay_apart_and_lead_in_colon_joins_quote():
    text = (
        "Treasury Sanctions Russian Officials\n\n"
        "The Treasury Department today designated the following entities:\n"
        "Federal Security Service (FSB)\n"
        "Main Intelligence Directorate (GRU)\n\n"
        "The ministry said in a statement:\n"
        "\u201cRussia had nothing to do with the hacking.\u201d"
    )
    title, body = strip_furniture(text, None)
    assert title == "Treasury Sanctions Russian Officials"
    assert body.split("\n\n") == [
        "The Treasury Department today designated the following entities:",
        "Federal Security Service (FSB)",
        "Main Intelligence Directorate (GRU)",
        "The ministry said in a statement: \u201cRussia had nothing to do with the hacking.\u201d",
    ]


# --- Outlet bylines: the gazetteer's outlet entries are the one list ----------------------


def test_byline_of_an_outlet_known_only_from_the_gazetteer_is_dropped():
    page = (
        "Financial Times\n\n"
        "European Union leaders agreed on Thursday to open accession talks with Ukraine "
        "and Moldova, after Hungary's prime minister left the room for the vote.\n\n"
        "The Financial Times reported that the decision followed weeks of negotiations."
    )
    parts = split_page(page, "EU agrees to open membership talks with Ukraine")
    assert parts.outlet == "Financial Times"
    assert parts.body.startswith("European Union leaders agreed")
    # A sentence naming the outlet is text, not a byline.
    assert parts.body.endswith("followed weeks of negotiations.")
    (article,) = articles(list(read_sources(["-"], stdin=io.StringIO(page))))
    assert article.outlet == "Financial Times"
    assert "Financial Times\n" not in article.text


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("By PTI", "Press Trust of India"),
        ("(c) UPI 2021", "United Press International"),
        ("Source: AA", "Anadolu Agency"),
        ("— dpa —", "Deutsche Presse-Agentur"),
        ("Korean Central News Agency", "KCNA"),
        ("Yonhap News Agency", "Yonhap"),
        ("AFP", "Agence France-Presse"),
        ("The Hill", "The Hill"),
    ],
)
def test_byline_spellings_give_the_gazetteer_name(line, outlet):
    page = (
        f"{line}\n\n"
        "Officials said on Monday that the talks would resume next week in Geneva.\n\n"
        "Neither side commented on the timing."
    )
    parts = split_page(page)
    assert parts.outlet == outlet
    assert line not in parts.body


def test_every_gazetteer_outlet_spelling_is_a_byline():
    from kg.data import gazetteer_data
    from kg.ingest.outlets import outlet_name
    from kg.resolve.gazetteer import lookup

    outlets = [org for org in gazetteer_data()["organisations"] if org["kind"] == "outlet"]
    assert len(outlets) > 50
    for org in outlets:
        for spelling in (org["name"], *org.get("aliases", ()), *org.get("bylines", ())):
            assert outlet_name(spelling) == org["name"], spelling
        entry = lookup(org["name"])
        assert entry is not None and entry.kind == "outlet"


def test_ingest_does_not_import_spacy():
    import subprocess
    import sys

    code = "import sys, kg.ingest; print(sorted({'spacy', 'rdflib'} & set(sys.modules)))"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert result.stdout.strip() == "[]"
