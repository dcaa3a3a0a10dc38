"""The model's attribute ruler, matched by table lookups instead of spaCy's ``Matcher``.

The English pipelines' ``attribute_ruler`` maps every token's fine-grained tag to its
part of speech and morphology, and fixes some lemmas, with about 180 rules, nearly all
of one token ("TAG is VBZ and LOWER is 'gets'").  spaCy runs them through its general
``Matcher``, which re-evaluates each rule's predicates on every token: about 16 ms of
CPU per 500-word document, an eighth of the whole parse, to set what a lookup on the
token's (tag, lower case, dependency, is-space) decides.

:class:`CachedAttributeRuler` finds exactly the same matches (the same list, in the
same order, which :meth:`AttributeRuler.set_annotations` then applies unchanged) by
deciding once per distinct combination of the attributes the rules read which of the
rules' token patterns hold, and checking the few patterns of several tokens position
by position.  Rules it cannot read (quantifiers, other operators or attributes) leave
the ruler as spaCy made it.  :func:`speed_up_attribute_ruler` swaps it in;
:func:`kg.nlp.load_pipeline` does so for every pipeline it loads.

>>> from kg.nlp import load_pipeline
>>> type(load_pipeline().get_pipe("attribute_ruler")).__name__
'CachedAttributeRuler'
"""

from __future__ import annotations

import re
from typing import Any, cast

from spacy.attrs import IDS
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

#: Token attributes whose value is a string in the vocabulary (``to_array`` gives its id).
_STRING_ATTRS = frozenset({"ORTH", "LOWER", "NORM", "TAG", "POS", "DEP", "LEMMA"})
#: Boolean token attributes (``to_array`` gives 0 or 1).
_FLAG_ATTRS = frozenset({"IS_SPACE", "IS_PUNCT", "IS_ALPHA", "IS_DIGIT"})
#: The most distinct attribute combinations remembered (a guard: news text has a few thousand).
_CACHE_LIMIT = 200_000


class _Test:
    """What one token pattern asks of one attribute's value (a string, or a bool for a
    flag): all of its ``checks`` hold.  Plain data, so that a pipeline pickles."""

    def __init__(self, checks: list[tuple[str, Any]]) -> None:
        self.checks = checks

    def __call__(self, actual: Any) -> bool:
        for op, wanted in self.checks:
            if op == "IS":
                ok = bool(actual) is wanted
            elif op == "==":
                ok = actual == wanted
            elif op == "IN":
                ok = actual in wanted
            elif op == "NOT_IN":
                ok = actual not in wanted
            else:  # REGEX
                ok = wanted.search(actual) is not None
            if not ok:
                return False
        return True


def _value_test(value: object, flag: bool) -> _Test | None:
    """The test one pattern value makes, or None if this module does not read it."""
    if flag:
        return _Test([("IS", value)]) if isinstance(value, bool) else None
    if isinstance(value, str):
        return _Test([("==", value)])
    if not (isinstance(value, dict) and value):
        return None
    checks: list[tuple[str, Any]] = []
    for op, argument in value.items():
        if op in ("IN", "NOT_IN") and isinstance(argument, list):
            if not all(isinstance(a, str) for a in argument):
                return None
            checks.append((op, frozenset(argument)))
        elif op == "REGEX" and isinstance(argument, str):
            checks.append((op, re.compile(argument)))
        else:
            return None
    return _Test(checks)


class _Compiled:
    """The ruler's patterns as per-token tests over a fixed tuple of attributes."""

    def __init__(self, ruler: AttributeRuler) -> None:
        strings = ruler.vocab.strings
        specs: list[tuple[tuple[int, _Test], ...]] = []  # distinct token patterns
        spec_ids: dict[str, int] = {}
        attrs: list[str] = []
        #: rule number -> match key (``vocab.strings[str(number)]``)
        self.keys = [strings[str(number)] for number in range(len(ruler.attrs))]
        #: token pattern id -> the rule numbers with that one-token pattern
        self.single: dict[int, list[int]] = {}
        #: (rule number, token pattern ids) of the patterns of several tokens
        self.multi: list[tuple[int, tuple[int, ...]]] = []
        for number in range(len(ruler.attrs)):
            found = ruler.matcher.get(strings[str(number)])
            if found is None:
                raise ValueError(f"rule {number} has no patterns")
            _callback, patterns = found
            for pattern in patterns:
                if not pattern:
                    raise ValueError("an empty pattern")
                ids: list[int] = []
                for token_spec in pattern:
                    text = repr(sorted(token_spec.items()))
                    if text not in spec_ids:
                        tests: list[tuple[int, _Test]] = []
                        for attr, value in token_spec.items():
                            name = attr.upper()
                            flag = name in _FLAG_ATTRS
                            if not (flag or name in _STRING_ATTRS):
                                raise ValueError(f"attribute {attr!r}")
                            test = _value_test(value, flag)
                            if test is None:
                                raise ValueError(f"pattern value {value!r}")
                            if name not in attrs:
                                attrs.append(name)
                            tests.append((attrs.index(name), test))
                        spec_ids[text] = len(specs)
                        specs.append(tuple(tests))
                    ids.append(spec_ids[text])
                if len(ids) == 1:
                    rules = self.single.setdefault(ids[0], [])
                    if number not in rules:
                        rules.append(number)
                else:
                    self.multi.append((number, tuple(ids)))
        self.specs = specs
        self.attr_names = tuple(attrs)
        self.attr_ids = [IDS[name] for name in attrs]
        self.flags = tuple(name in _FLAG_ATTRS for name in attrs)
        self.strings = strings
        #: attribute values (ids) -> (the token pattern ids that hold, the rules they match)
        self.cache: dict[tuple[int, ...], tuple[frozenset[int], tuple[int, ...]]] = {}

    def _decide(self, values: tuple[int, ...]) -> tuple[frozenset[int], tuple[int, ...]]:
        actual = [
            bool(value) if flag else self.strings[value]
            for value, flag in zip(values, self.flags, strict=True)
        ]
        holding = frozenset(
            spec_id
            for spec_id, tests in enumerate(self.specs)
            if all(test(actual[position]) for position, test in tests)
        )
        rules = sorted({rule for spec in holding for rule in self.single.get(spec, ())})
        decided = (holding, tuple(rules))
        if len(self.cache) < _CACHE_LIMIT:
            self.cache[values] = decided
        return decided

    def match(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        if not len(doc):
            return []
        array = doc.to_array(self.attr_ids)
        rows = cast(list[list[int]], array.reshape(len(doc), -1).tolist())  # string ids
        cache, decide, keys = self.cache, self._decide, self.keys
        holding: list[frozenset[int]] = []
        matches: list[tuple[int, int, int, int]] = []
        for i, row in enumerate(rows):
            values = tuple(row)
            decided = cache.get(values) or decide(values)
            holding.append(decided[0])
            for rule in decided[1]:
                matches.append((rule, keys[rule], i, i + 1))
        length = len(rows)
        for rule, ids in self.multi:
            width = len(ids)
            first = ids[0]
            for start in range(length - width + 1):
                if first in holding[start] and all(
                    ids[k] in holding[start + k] for k in range(1, width)
                ):
                    matches.append((rule, keys[rule], start, start + width))
        matches.sort()
        return matches


class CachedAttributeRuler(AttributeRuler):
    """spaCy's :class:`AttributeRuler`, matching through :class:`_Compiled` (see the
    module's docstring); the same annotations, an eighth of the parse cheaper."""

    _compiled: _Compiled | None = None

    def match(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = _Compiled(self)
        return compiled.match(doc)

    def add(self, *args: Any, **kwargs: Any) -> None:
        self._compiled = None
        super().add(*args, **kwargs)

    def clear(self) -> None:
        self._compiled = None
        super().clear()

    def from_bytes(self, *args: Any, **kwargs: Any) -> AttributeRuler:
        self._compiled = None
        return super().from_bytes(*args, **kwargs)

    def from_disk(self, *args: Any, **kwargs: Any) -> AttributeRuler:
        self._compiled = None
        return super().from_disk(*args, **kwargs)


def speed_up_attribute_ruler(nlp: Language, name: str = "attribute_ruler") -> bool:
    """Make ``nlp``'s attribute ruler a :class:`CachedAttributeRuler` if it is spaCy's own
    and all its patterns can be read; whether it did."""
    if name not in nlp.component_names:
        return False
    ruler = nlp.get_pipe(name)
    if type(ruler) is not AttributeRuler:
        return isinstance(ruler, CachedAttributeRuler)
    try:
        compiled = _Compiled(ruler)
    except ValueError:
        return False  # a pattern this module does not read: spaCy's Matcher it is
    ruler.__class__ = CachedAttributeRuler
    ruler._compiled = compiled  # type: ignore[attr-defined]
    return True
