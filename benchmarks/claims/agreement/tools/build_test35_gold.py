# ruff: noqa: E501
"""Build the gold lines of the blind claims part ``test35`` from hand-written labels.

Round 34, branch ``annotate35``. ``test35_sentences.jsonl`` (beside this script; written by
``make_test35_sentences.py`` and handed over before any claim was written) and
``test35_sentences_added.jsonl`` (two documents added later, the same way) give every line's id,
text, context, source and licence; ``test35_gold_labels.txt`` (the first annotator's, not a second annotation's ``test35_labels_*.txt``) gives the claims, one line per claim::

    CODE NN | claimer | stance | targets | cue | content | extras

``CODE`` names the document (``DOCS`` below) and ``NN`` the sentence's number in it. A sentence
with no label line has no claim. ``claimer`` is ``name ; alias ; ...`` or a ``$MACRO``;
``targets`` are groups separated by ``//``, each ``name ; alias ; ...`` or an ``@MACRO``; ``cue``
and ``content`` are ``-`` for null; ``content`` ``*`` is the whole sentence without its edge
quote marks and closing full stop or comma; otherwise the content is searched in the text
(straight and typographic quotes match each other) and its offsets are computed, never typed.
``extras``: ``anon``, ``note: ...``, ``hedges: a ; b``, ``cites: name``, separated by ``##``.
The script computes only offsets and tags (the line's stances, or ``no-claim``); every label was
written by hand. Nothing of ``kg`` is imported and nothing is parsed.

    python benchmarks/claims/agreement/tools/build_test35_gold.py OUT.jsonl
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SENTENCES = HERE / "test35_sentences.jsonl"
#: Two documents split after the hand-over, the same way (``make_test35_sentences.py --added``).
ADDED = HERE / "test35_sentences_added.jsonl"
#: A document of the handed-over file taken out of the gold: benchmarks/claims/RESULTS.md (round
#: 20) and a unit test's comment quote one of its sentences, so it is not unseen text.
DROPPED = ("state-2022-blinken-new-zealand-sanctions",)
LABELS = HERE / "test35_gold_labels.txt"
STANCES = {
    "assert",
    "report",
    "accuse",
    "deny",
    "approve",
    "criticize",
    "threaten",
    "decline_comment",
}
DOCS = {
    "ARA": "ukraine-2022-arakhamia-security-guarantees-proposal",
    "ZAP": "ukraine-2022-zelenskyy-zaporizhzhia-meeting",
    "OIL": "ukraine-2022-ustenko-galushchenko-oil-price-cap",
    "SBU": "ukraine-2021-zelenskyy-sbu-board-security-priority",
    "SCH": "kremlin-2022-putin-scholz-talks",
    "PAS": "kremlin-2022-putin-pashinyan-csto-meeting",
    "OBS": "state-2022-conflict-observatory-war-crimes",
    "SBK": "state-2022-blinken-sberbank-alfa-sanctions",
    "ARC": "state-2022-arctic-council-joint-statement",
    "EMB": "state-2022-blinken-embassy-minsk-moscow",
    "BUR": "state-2022-burma-armed-forces-day-joint-statement",
    "NZS": "state-2022-blinken-new-zealand-sanctions",
    "LEN": "state-2022-lenderking-regional-trip-truce",
    "JOR": "wh-2021-biden-abdullah-meeting",
    "SYR": "state-2022-syria-envoys-joint-statement",
    "G7C": "state-2022-blinken-g7-kuleba-call",
    "KUL": "state-2022-blinken-kuleba-berlin-meeting",
    "LED": "state-2022-blinken-le-drian-call",
    "ABB": "state-2022-blinken-abbas-call",
    "GUA": "state-2022-blinken-guaido-call",
    "HKD": "wh-2021-psaki-hong-kong-deferred-departure",
    "FIN": "wh-2022-biden-niinisto-meeting",
    "SCZ": "wh-2022-biden-scholz-meeting",
    "LIB": "wh-2021-sullivan-libya-elections",
    "CUB": "wh-2021-cuban-american-listening-session",
    "HAR": "wh-2022-harris-european-leaders-calls",
    "DRA": "wh-2022-sullivan-draghi-meetings",
}
CLAIMERS = {
    "ARA": ["David Arakhamia", "Arakhamia", "Head of the Ukrainian delegation", "he", "Ukraine"],
    "CHA": ["Oleksandr Chalyi", "Chalyi", "Member of the Ukrainian delegation", "he", "Ukraine"],
    "POD": [
        "Mykhailo Podolyak",
        "Podolyak",
        "Adviser to the Head of the Office of the President of Ukraine",
        "the Adviser to the Head of the President's Office",
        "he",
        "Ukraine",
    ],
    "STA": [
        "Oleksandr Starukh",
        "Starukh",
        "Head of the Zaporizhzhia Regional Military Administration",
        "the RMA Head",
        "him",
        "Ukraine",
    ],
    "ZEL": [
        "Volodymyr Zelenskyy",
        "Zelenskyy",
        "President of Ukraine",
        "the President",
        "the Head of State",
        "he",
        "Ukraine",
    ],
    "UST": [
        "Oleg Ustenko",
        "Ustenko",
        "President's Adviser on Economic Affairs",
        "the authors",
        "the experts",
        "Ukraine",
    ],
    "GAL": [
        "German Galushchenko",
        "Galushchenko",
        "Minister of Energy",
        "the authors",
        "the experts",
        "Ukraine",
    ],
    "BAK": [
        "Ivan Bakanov",
        "Bakanov",
        "Head of the Security Service of Ukraine",
        "the head of the Security Service of Ukraine",
        "Security Service of Ukraine",
        "SBU",
        "Ukraine",
    ],
    "PUT": ["Vladimir Putin", "Putin", "President of Russia", "Russia"],
    "SCHOLZ": ["Olaf Scholz", "Scholz", "Federal Chancellor of Germany", "Germany"],
    "PAS": ["Nikol Pashinyan", "Pashinyan", "Prime Minister of the Republic of Armenia", "Armenia"],
    "DOS": [
        "U.S. Department of State",
        "State Department",
        "Department of State",
        "United States",
        "U.S.",
    ],
    "USB": [
        "United States",
        "U.S.",
        "the United States",
        "We",
        "Antony J. Blinken",
        "Blinken",
        "Secretary of State",
    ],
    "USP": ["United States", "U.S.", "the United States", "We", "State Department", "Ned Price"],
    "USJ": ["United States", "U.S.", "the United States", "We"],
    "BLI": [
        "Antony J. Blinken",
        "Blinken",
        "Secretary Blinken",
        "The Secretary",
        "Secretary of State Antony J. Blinken",
        "United States",
    ],
    "LED": [
        "Jean-Yves Le Drian",
        "Le Drian",
        "FM Le Drian",
        "French Foreign Minister Jean-Yves Le Drian",
        "France",
    ],
    "G7FM": ["G7 foreign ministers", "G7 Foreign Ministers", "G7"],
    "USWH": [
        "United States",
        "U.S.",
        "the United States",
        "Biden Administration",
        "the Biden Administration",
        "We",
        "White House",
        "Jen Psaki",
    ],
    "BID": [
        "Joe Biden",
        "Biden",
        "President Biden",
        "Joseph R. Biden, Jr.",
        "the President",
        "United States",
    ],
    "SCZ": ["Olaf Scholz", "Scholz", "Chancellor Olaf Scholz", "the new Chancellor", "Germany"],
    "SUL": ["Jake Sullivan", "Sullivan", "National Security Advisor", "I", "United States"],
    "RIC": [
        "Cedric Richmond",
        "Richmond",
        "Administration officials",
        "They",
        "White House",
        "United States",
    ],
    "GON": [
        "Juan Gonzalez",
        "Gonzalez",
        "Administration officials",
        "They",
        "National Security Council",
        "United States",
    ],
    "HAR": [
        "Kamala Harris",
        "Harris",
        "Vice President Kamala Harris",
        "the Vice President",
        "She",
        "United States",
    ],
}
for _state in ("Canada", "Denmark", "Finland", "Iceland", "Norway", "Sweden"):
    CLAIMERS[_state.upper()[:3]] = [_state] + (
        ["Kingdom of Denmark", "the Kingdom of Denmark"] if _state == "Denmark" else []
    )
TARGETS = {
    "RU": ["Russia", "Russian Federation", "Moscow", "Kremlin", "Government of Russia"],
    "RUF": [
        "Russian forces",
        "Russia",
        "Russian troops",
        "Russian military forces",
        "Russian Federation",
    ],
    "RUI": ["Russian intelligence agencies", "Russia", "Russian Federation"],
    "UA": ["Ukraine", "Ukrainian people", "people of Ukraine", "Kyiv"],
    "SBU": ["Security Service of Ukraine", "SBU", "officers of the Security Service of Ukraine"],
    "PUT": ["Vladimir Putin", "Putin", "Mr President", "Russia"],
    "CN": ["China", "PRC", "People's Republic of China", "People’s Republic of China", "Beijing"],
    "CU": ["Cuba", "Cuban government", "failed communist government", "Havana"],
    "NZ": ["New Zealand", "New Zealand government"],
    "SY": ["Syria"],
    "LPDF": ["Libyan Political Dialogue Forum", "LPDF"],
    "LY": ["Libyan people", "Libya"],
    "NATO": ["NATO", "North Atlantic Treaty Organization"],
    "FR": ["France"],
    "JO": ["Jordan", "Hashemite Kingdom of Jordan"],
}
QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})


def names(field: str, table: dict[str, list[str]], sigil: str) -> list[str]:
    field = field.strip()
    if field.startswith(sigil):
        return list(table[field[1:]])
    return [n.strip() for n in field.split(";") if n.strip()]


def whole(text: str) -> str:
    s = text.strip().lstrip("\"\u201c'")
    s = s.rstrip().rstrip("\"\u201d'").rstrip(".,").rstrip("\"\u201d'")
    return s


def locate(text: str, content: str, key: str) -> tuple[int, int]:
    folded, want = text.translate(QUOTES), content.translate(QUOTES)
    hits = [m.start() for m in re.finditer(re.escape(want), folded)]
    if len(hits) != 1:
        raise SystemExit(f"{key}: content found {len(hits)} times: {content!r}")
    return hits[0], hits[0] + len(want)


def main(out: str) -> None:
    lines = [json.loads(x) for path in (SENTENCES, ADDED) for x in path.open(encoding="utf-8")]
    lines = [line for line in lines if line["id"].rsplit("-", 1)[0] not in DROPPED]
    by_id = {line["id"]: line for line in lines}
    for raw in LABELS.read_text(encoding="utf-8").splitlines():
        if not raw.strip() or raw.startswith("#"):
            continue
        fields = [f.strip() for f in raw.split("|")]
        head = fields[0].split()
        key = f"{DOCS[head[0]]}-{int(head[1]):02d}"
        line = by_id[key]
        if len(fields) == 2 and fields[1] == "-":
            continue
        if len(fields) != 7:
            raise SystemExit(f"{raw!r}: expected 7 fields")
        _, claimer, stance, targets, cue, content, extras = fields
        if stance not in STANCES:
            raise SystemExit(f"{raw!r}: stance {stance!r}")
        claimer_names = names(claimer, CLAIMERS, "$")
        claim: dict = {
            "claimer": claimer_names[0],
            "claimer_aliases": claimer_names[1:],
            "stance": stance,
        }
        if targets != "-":
            claim["targets"] = [names(group, TARGETS, "@") for group in targets.split("//")]
        text = line["text"]
        if content == "-":
            claim["content"] = None
        else:
            want = whole(text) if content == "*" else content
            start, end = locate(text, want, key)
            claim["content"] = text[start:end]
            claim["content_start"], claim["content_end"] = start, end
        claim["cue"] = None if cue == "-" else cue
        if cue != "-" and cue.translate(QUOTES) not in text.translate(QUOTES):
            raise SystemExit(f"{key}: cue {cue!r} not in the text")
        for extra in (e.strip() for e in extras.split("##")):
            if not extra or extra == "-":
                continue
            if extra == "anon":
                claim["anonymous"] = True
            elif extra.startswith("note:"):
                claim["note"] = extra[5:].strip()
            elif extra.startswith("hedges:"):
                claim["hedges"] = [h.strip() for h in extra[7:].split(";")]
            elif extra.startswith("cites:"):
                claim["cites"] = extra[6:].strip()
            else:
                raise SystemExit(f"{key}: unknown extra {extra!r}")
        line["claims"].append(claim)
    with open(out, "w", encoding="utf-8") as fh:
        for line in lines:
            stances = sorted({c["stance"] for c in line["claims"]})
            line["tags"] = stances or ["no-claim"]
            fh.write(json.dumps(line, ensure_ascii=False) + "\n")
    claims = sum(len(line["claims"]) for line in lines)
    print(len(lines), "lines,", claims, "claims")


if __name__ == "__main__":
    main(sys.argv[1])
