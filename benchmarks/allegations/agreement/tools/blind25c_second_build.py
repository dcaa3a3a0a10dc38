"""Build ``blind25c_second.jsonl`` from ``blind25c_second_labels.txt``: the second annotation of
the six ``blind25`` allegations added by the third session (branch ``blind25c``), with the seven
and five earlier ``blind25`` allegations on the texts assigned to this annotation (the label
format and the issuing voice: ``second_build.py``; ``AUTO`` on a Voice of America story is Voice
of America, the story's own voice).  The lines' ``part`` is ``blind25``, the part they annotate;
the file keeps the ``blind25c`` name so that it does not overwrite the other second annotations
of ``blind25``.

    python3 benchmarks/allegations/agreement/sentences.py > /tmp/sentences.jsonl
    python3 benchmarks/allegations/agreement/tools/blind25c_second_build.py /tmp/sentences.jsonl
"""

from __future__ import annotations

import json
import sys

import second_build
from second_build import COMMON_ALIASES, HERE, build

ALIASES = {
    "Voice of America": ["VOA", "VOA News", "Voice of America"],
    "Iran": [
        "Iran",
        "Tehran",
        "Iran's government",
        "the Iranian government",
        "Iranian officials",
        "Iranian allegations",
    ],
    "Gordon Brown": [
        "Brown",
        "Mr. Brown",
        "British Prime Minister Gordon Brown",
        "Britain's Prime Minister Gordon Brown",
        "Britain",
        "he",
    ],
    "Ramin Mehmanparast": [
        "Mehmanparast",
        "Iranian Foreign Ministry spokesman Ramin Mehmanparast",
        "Iran's Foreign Ministry",
        "Iran",
        "he",
    ],
    "U.S. officials": [
        "top American officials",
        "top U.S. officials",
        "American officials",
        "U.S. officials",
        "United States",
    ],
    "Mike Mullen": [
        "Mullen",
        "Admiral Mullen",
        "Admiral Mike Mullen",
        "Admiral Michael Mullen",
        "MIKE MULLEN",
        "Joint Chiefs Chairman Admiral Mike Mullen",
        "The United States' top military officer",
        "The U.S. military's top officer",
        "Chairman of the Joint Chiefs of Staff Mike Mullen",
        "a top U.S. military officer",
        "he",
    ],
    "Pakistan": ["Pakistan", "Islamabad", "the Pakistani government"],
    "Jay Carney": [
        "Carney",
        "White House spokesman Jay Carney",
        "The White House",
        "Washington",
        "he",
    ],
    "United States": [*COMMON_ALIASES.get("United States", []), "The United States", "Washington"],
    "Turkey": [
        "Turkey",
        "Ankara",
        "the Turkish government",
        "Turkish authorities",
        "Turkish officials",
        "Turkish prosecutors",
        "the government",
    ],
    "U.S. Mission to Turkey": [
        "The U.S. Mission to Turkey",
        "U.S. Mission to Turkey",
        "It",
        "United States",
    ],
    "Recep Tayyip Erdogan": [
        "Erdogan",
        "Turkish President Recep Tayyip Erdogan",
        "President Recep Tayyip Erdogan",
        "Turkey",
        "he",
    ],
    "U.S. Embassy in Ankara": [
        "the U.S. Embassy in Ankara",
        "the U.S. embassy in Ankara",
        "the United States Government",
        "United States",
        "we",
    ],
    "John Bass": [
        "Bass",
        "The outgoing U.S. ambassador, John Bass",
        "U.S. ambassador",
        "United States",
        "he",
    ],
    "Turkish prosecutors": [
        "Turkish prosecutors",
        "prosecutors",
        "A 78-page indictment",
        "the indictment",
        "Turkey",
    ],
    "Amnesty International": [
        "Amnesty",
        "Amnesty International",
        "Human rights group Amnesty International",
    ],
    "Milena Buyum": ["Buyum", "Amnesty's Milena Buyum", "Amnesty"],
    "Turkish authorities": ["Turkish authorities", "Turkey", "Ankara"],
    "John Dalhuisen": [
        "Dalhuisen",
        "Amnesty's European director, John Dalhuisen",
        "Amnesty",
        "he",
    ],
    "Fethullah Gulen": [
        "Gulen",
        "Fethullah Gulen",
        "Fetullah Gulen",
        "U.S.-based cleric Fethullah Gulen",
        "the cleric",
        "he",
    ],
    "Turkish officials": ["Turkish officials", "They", "Turkey", "Ankara"],
    "Andrew Brunson": ["Brunson", "Andrew Craig Brunson", "the pastor", "he", "I"],
    "Donald Trump": [
        "Trump",
        "President Donald Trump",
        "U.S. President Donald Trump",
        "I",
        "United States",
    ],
    "Mike Pompeo": [
        "Pompeo",
        "Secretary of State Mike Pompeo",
        "the Trump administration",
        "United States",
    ],
    "Turkish court": ["The Turkish court", "a Turkish court", "Turkey"],
    "Rusesabagina's family": [
        "The family of a Rwandan man",
        "The family",
        "Rusesabagina's family",
        "the family's accusation",
    ],
    "Rusesabagina's daughter": [
        "The daughter of Paul Rusesabagina",
        "daughter",
        "Rusesabagina's family",
    ],
    "Rwanda": [
        "Rwanda",
        "Rwandan authorities",
        "the Rwandan government",
        "Rwanda's government",
        "authorities",
    ],
    "Rwanda Investigation Bureau": ["the Rwanda Investigation Bureau", "Rwanda"],
    "Paul Kagame": [
        "Kagame",
        "President Paul Kagame",
        "Rwanda's president",
        "Rwanda",
        "he",
    ],
    "new report": ["A new report", "report", "Safeguard Defenders"],
    "U.S. Department of Justice": [
        "the Justice Department",
        "Police in New York",
        "officials",
        "United States",
    ],
    "China": ["China", "Beijing", "It"],
}  # beside second_build.COMMON_ALIASES

second_build.voice = second_build.voa_auto

if __name__ == "__main__":
    status = build("blind25c", sys.argv[1], ALIASES)
    # The lines annotate the part blind25: give them its name (the file keeps blind25c's).
    target = HERE.parent / "blind25c_second.jsonl"
    rows = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    for row in rows:
        row["part"] = "blind25"
    target.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8"
    )
    sys.exit(status)
