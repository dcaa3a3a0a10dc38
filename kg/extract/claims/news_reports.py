"""Unnamed news reports as claimers (the claims guide: "Various reports", "media reports" are
anonymous sources that ``report``): reports that no verb of saying governs, and reports the
parser reads as a noun where the sentence uses the verb.

* "There are reports (that) P", "there were reports of heavy shelling along the border":
  the reports report P (the of-object when there is no clause);
* "despite independent news reports that P", "denying media reports that P": unnamed
  reports with their that-clause report it (a denial of them stays the denier's claim);
* "Chinese state media report that P", "News reports in Kenya quote officials as saying P":
  the parser's compound noun "media report", or "reports" with "quote" in apposition,
  stands for the outlet's verb; the outlet (or the reports) reports P.

A report with no content ("There were reports of looting" has one; "the reports could not be
confirmed" has none) is no claim; reports with an author ("UN reports", "reports by the
agency") are left to the author rules (:func:`kg.extract.mentions.unnamed_reports`).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Token

from kg.extract import cues
from kg.extract.claims.base import _claim, _Context
from kg.extract.claims.content import _infer_stance
from kg.extract.claims.spans import _token_span
from kg.extract.claims.targets import _content_targets, actor_mention
from kg.extract.mentions import mention_from_span, sentence_index, unnamed_reports
from kg.model import Claim, Mention, Span, Stance

#: Clause dependencies the parser gives a report noun's content clause.
_CLAUSE_DEPS = frozenset({"acl", "ccomp", "relcl"})
#: Heads of an outlet that the parser takes as the compound of a verb "report(s)".
_MEDIA_COMPOUNDS = cues.BROADCAST_HEADS | cues.words("agency agencies press newspaper newspapers")
#: Verbs of an outlet quoting its source, misparsed in apposition to "reports".
_QUOTING = frozenset({"quote", "cite"})
#: Words that make a relative clause, not a content clause ("reports that said P").
_RELATIVE_WORDS = frozenset({"that", "which", "who", "what"})


def _content_clause(noun: Token, *, marked: bool) -> Token | None:
    """The content clause hanging on ``noun``: a finite clause with its own subject, led
    by "that" (``marked``) or, after "there are reports", with no complementizer."""
    for child in noun.children:
        if child.dep_ not in _CLAUSE_DEPS or child.i < noun.i or child.pos_ not in ("VERB", "AUX"):
            continue
        kids = list(child.children)
        if not any(k.dep_ in ("nsubj", "nsubjpass", "expl") for k in kids):
            continue
        if any(
            k.dep_ in ("nsubj", "nsubjpass", "dobj") and k.lower_ in _RELATIVE_WORDS for k in kids
        ):
            continue  # "reports that said P": a relative clause
        has_that = any(k.dep_ == "mark" and k.lower_ == "that" for k in kids)
        if has_that or not marked:
            return child
    return None


def _clause_span(clause: Token, context: _Context) -> Span | None:
    tokens = [t for t in clause.subtree]
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space):
        tokens.pop()
    return _token_span(context.doc, tokens[0].i, tokens[-1].i + 1) if tokens else None


def _existential(noun: Token) -> bool:
    """ "There are/were reports": the noun is the attribute of "be" with an expletive."""
    head = noun.head
    if any(c.lower_ in ("no", "few") for c in noun.children) or any(
        c.dep_ == "neg" for c in head.children
    ):
        return False  # "there were no reports of casualties" reports nothing
    return (
        noun.dep_ == "attr"
        and head.lemma_.lower() == "be"
        and any(c.dep_ == "expl" and c.lower_ == "there" for c in head.children)
    )


def _of_object(noun: Token, context: _Context) -> Span | None:
    """ "reports of heavy shelling along the border": the event the reports tell of."""
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "of" and child.i == noun.i + 1:
            tokens = [t for t in child.subtree][1:]
            while tokens and tokens[-1].is_punct:
                tokens.pop()
            if tokens:
                return _token_span(context.doc, tokens[0].i, tokens[-1].i + 1)
    return None


def _report(
    context: _Context, claimer_start: int, claimer_end: int, cue: Token, content: Span | None
) -> Claim | None:
    if content is None:
        return None
    phrase = context.doc[claimer_start:claimer_end]
    return _claim(
        context,
        claimer=mention_from_span(phrase, "ANON"),
        stance=Stance.REPORT,
        cue=_token_span(context.doc, cue.i, cue.i + 1),
        sentence=sentence_index(cue),
        content=content,
        confidence=0.7,
    )


def _media_compound_claims(token: Token, context: _Context) -> Iterator[Claim]:
    """ "Chinese state media report that P": the parser hangs the outlet on "report" as a
    compound (of a noun, or of a verb left with no subject); the outlet reports P, its
    content clause or, when the parse breaks the clause, the words after "that"."""
    if token.dep_ != "ROOT" or any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
        return
    media = next(
        (c for c in token.children if c.dep_ == "compound" and c.lower_ in _MEDIA_COMPOUNDS),
        None,
    )
    if media is None:
        return
    clause = _content_clause(token, marked=True)
    content = _clause_span(clause, context) if clause is not None else None
    after = token.nbor(1) if token.i + 1 < len(token.doc) else None
    if content is None and after is not None and after.lower_ == "that":
        end = token.sent.end
        while end > after.i + 1 and (token.doc[end - 1].is_punct or token.doc[end - 1].is_space):
            end -= 1
        content = _token_span(context.doc, after.i + 1, end) if end > after.i + 2 else None
    if content is None:
        return
    yield _claim(
        context,
        claimer=actor_mention(media, context),
        stance=Stance.REPORT,
        cue=_token_span(context.doc, token.i, token.i + 1),
        sentence=sentence_index(token),
        content=content,
        confidence=0.7,
    )


def _news_report_claims(token: Token, context: _Context) -> Iterator[Claim]:
    """The claims of unnamed reports that no verb of saying governs (module docstring)."""
    if token.lemma_.lower() != "report":
        return
    if token.pos_ == "VERB":
        yield from _media_compound_claims(token, context)
        return
    if token.pos_ != "NOUN":
        return
    start = token.left_edge.i
    # "There are reports (that) P", "there were reports of heavy shelling"
    if _existential(token) and unnamed_reports(token):
        clause = _content_clause(token, marked=False)
        content = (
            _clause_span(clause, context) if clause is not None else _of_object(token, context)
        )
        claim = _report(context, start, token.i + 1, token, content)
        if claim is not None:
            yield claim
        return
    # "despite independent news reports that P", "denying media reports that P"
    if token.dep_ not in ("nsubj", "nsubjpass") and token.dep_ != "ROOT" and unnamed_reports(token):
        clause = _content_clause(token, marked=True)
        if clause is not None:
            claim = _report(context, start, token.i + 1, token, _clause_span(clause, context))
            if claim is not None:
                yield claim
        return
    if token.dep_ != "ROOT":
        return
    if any(c.dep_ == "compound" and c.lower_ in _MEDIA_COMPOUNDS for c in token.children):
        yield from _media_compound_claims(token, context)
        return
    # "News reports in Kenya quote local officials as saying P"
    quoting = next(
        (
            c
            for c in token.children
            if c.pos_ == "VERB" and c.lemma_.lower() in _QUOTING and c.i > token.i
        ),
        None,
    )
    if quoting is None or token.tag_ != "NNS":
        return
    saying = next(
        (
            g
            for c in token.children
            if c.dep_ == "prep" and c.lower_ == "as" and c.i > quoting.i
            for g in c.children
            if g.lemma_.lower() == "say"
        ),
        None,
    )
    clause = (
        next((c for c in saying.children if c.dep_ == "ccomp"), None)
        if saying is not None
        else None
    )
    if clause is not None:
        claim = _report(context, start, quoting.i, quoting, _clause_span(clause, context))
        if claim is not None:
            yield claim


#: Words of a back reference to reports already named: "the reports", "these reports".
_BACK_WORDS = frozenset({"the", "these", "those", "both"})


def _refers_back(mention: Mention) -> bool:
    """ "The reports", "these reports", "both reports": a short plural report noun phrase led
    by a determiner that points back, with no author of its own."""
    words = mention.span.text.lower().split()
    return (
        2 <= len(words) <= 3
        and words[0] in _BACK_WORDS
        and words[-1] in ("reports", "accounts")
        and mention.label in ("NOMINAL", "ANON", "")
    )


def reports_referred_back(claims: tuple[Claim, ...], context: _Context) -> tuple[Claim, ...]:
    """ "State television and the news agency said P. The reports blame X for Q": reports
    referred back to speak for the outlets whose reports the sentence before relays, one
    claim per outlet (an unresolved "the reports" names no one); left alone when the
    sentence before relays no report."""
    out: list[Claim] = []
    for claim in claims:
        if not _refers_back(claim.claimer):
            out.append(claim)
            continue
        outlets: list[Mention] = []
        for earlier in claims:
            if (
                earlier.sentence == claim.sentence - 1
                and earlier.stance is Stance.REPORT
                and not _refers_back(earlier.claimer)
                and all(o.span != earlier.claimer.span for o in outlets)
            ):
                outlets.append(earlier.claimer)
        if not outlets:
            out.append(claim)
            continue
        out.extend(
            replace(claim, claimer=outlet, rule=f"{claim.rule}+reports_back") for outlet in outlets
        )
    return tuple(out)


#: Raising passives that report someone's view or words: "are reported to believe that P".
_RAISING_VERBS = frozenset({"report", "say"})
#: Inner verbs of holding a view or saying: "to believe/think/suspect that P", "to have
#: said that P"; "hold" only with a view noun ("to hold the view that P").
_VIEW_VERBS = frozenset({"believe", "think", "suspect", "feel", "fear", "say", "hold"})
_VIEW_NOUNS = frozenset({"view", "opinion", "belief", "position"})


def _reported_view_claims(token: Token, context: _Context) -> Iterator[Claim]:
    """ "Western intelligence agencies are reported to hold the view that P", "the ministry
    is said to believe that P": the subject of the raising passive holds or says P (its
    assertion, or the stance P's content takes); the report or the saying is the
    writer's hedge, not a claim of its own."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in _RAISING_VERBS or token.tag_ != "VBN":
        return
    kids = list(token.children)
    subject = next((c for c in kids if c.dep_ == "nsubjpass"), None)
    inner = next((c for c in kids if c.dep_ == "xcomp" and c.lemma_.lower() in _VIEW_VERBS), None)
    if subject is None or inner is None or not any(c.dep_ == "auxpass" for c in kids):
        return
    if any(c.dep_ == "neg" for c in (*kids, *inner.children)):
        return
    holder: Token = inner
    if inner.lemma_.lower() == "hold":
        view = next(
            (c for c in inner.children if c.dep_ == "dobj" and c.lemma_.lower() in _VIEW_NOUNS),
            None,
        )
        if view is None:
            return
        holder = view
    clause = _content_clause(holder, marked=True) or next(
        (c for c in holder.children if c.dep_ == "ccomp"), None
    )
    if clause is None:
        return
    content = _clause_span(clause, context)
    if content is None:
        return
    claimer = actor_mention(subject, context)
    targets = _content_targets(content, context)
    stance, targets, inferred = _infer_stance(content, targets, context)
    yield _claim(
        context,
        claimer=claimer,
        stance=stance,
        cue=_token_span(context.doc, token.i, inner.i + 1),
        sentence=sentence_index(token),
        content=content,
        targets=targets,
        confidence=0.6,
        refined="content_stance" if inferred else "",
    )
