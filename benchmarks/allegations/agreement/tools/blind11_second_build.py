"""Build ``blind11_second.jsonl`` from ``blind11_second_labels.txt`` (the second annotation;
the label format and the issuing voice: ``second_build.py``).

    python3 benchmarks/allegations/agreement/sentences.py > /tmp/sentences.jsonl
    python3 benchmarks/allegations/agreement/tools/blind11_second_build.py /tmp/sentences.jsonl
"""

from __future__ import annotations

import sys

from second_build import build

ALIASES = {
    "Ursula von der Leyen": ["von der Leyen", "President of the European Commission"],
    "Oleg Ustenko": ["Ustenko", "the adviser to the President", "an economic adviser to President"],
}  # beside second_build.COMMON_ALIASES


if __name__ == "__main__":
    sys.exit(build("blind11", sys.argv[1], ALIASES))
