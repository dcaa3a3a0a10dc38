"""Build ``blind27_second.jsonl`` from ``blind27_second_labels.txt`` (the second annotation;
the label format and the issuing voice: ``second_build.py``; ``AUTO`` on a Voice of America
story is Voice of America, the story's own voice).  The sentence numbers are those of
``sentences.py`` over ``corpus/`` with ``corpus/voa5.jsonl`` (the part's 22 stories) added and
no other file: a corpus file sorted before ``voa5.jsonl`` added later would shift them, so the
builder checks that every labelled sentence is in a ``corpus/voa5.jsonl`` story.

    python3 benchmarks/allegations/agreement/sentences.py > /tmp/sentences.jsonl
    python3 benchmarks/allegations/agreement/tools/blind27_second_build.py /tmp/sentences.jsonl
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import second_build
from second_build import COMMON_ALIASES, HERE, build

ALIASES = {
    "Voice of America": ["VOA", "VOA News", "Voice of America"],
    "China": [
        "China",
        "Beijing",
        "the Chinese government",
        "Chinese authorities",
        "Chinese officials",
        "Official Chinese estimates",
    ],
    "Chinese media": ["Chinese media", "China"],
    "Xinhua": ["China's official Xinhua news agency", "Xinhua", "It", "China"],
    "Liu Jianchao": ["Liu", "Spokesman Liu Jianchao", "The Foreign Ministry", "He", "China"],
    "Wen Jiabao": ["Wen", "Mr. Wen", "Chinese Premier Wen Jiabao", "China"],
    "Wu Heping": ["Wu", "China's Public Security Ministry spokesman", "he", "China"],
    "Dalai Lama": ["the Dalai Lama", "he", "his holiness", "I", "myself"],
    "Urgen Tenzin": [
        "Tenzin",
        "the Tibetan Center for Human Rights and Democracy",
        "Urgen Tenzin",
    ],
    "Tibetan monks": ["about thirty Tibetan monks", "the monks", "they"],
    "Tibetan government-in-exile": [
        "Tibet's government-in-exile",
        "Tibet's India-based government-in-exile",
        "Tibet's government in exile",
        "Spokesman Thubten Samphel",
        "Thubten Samphel",
    ],
    "Tibetan exile groups": [
        "Tibetan exile groups",
        "Tibetan groups outside of the country",
        "They",
    ],
    "Witnesses": ["Witnesses", "witnesses from the scene", "Residents"],
    "Residents": ["Residents", "Witnesses"],
    "Rights groups": ["rights groups", "the groups"],
    "United States": [
        *COMMON_ALIASES["United States"],
        "The United States",
        "State Department spokesman Tom Casey",
        "Casey",
    ],
    "Cambodian military officials": [
        "military officials in Phnom Penh and on the border",
        "Cambodia",
    ],
    "Lakshman Hulugalle": [
        "Hulugalle",
        "Defense spokesman Hulugalle",
        "The head of the Defense Ministry's media center",
        "Sri Lanka",
    ],
    "John Holmes": ["Holmes", "Top UN humanitarian official John Holmes", "the U.N.'s John Holmes"],
    "Liberation Tigers of Tamil Eelam": [
        "LTTE",
        "the LTTE",
        "A statement attributed to the LTTE",
        "Tamil Tigers",
    ],
    "Sri Lankan military commanders": [
        "Military commanders on the ground in northern Sri Lanka",
        "top-ranking officers",
        "Sri Lanka",
    ],
    "International human rights groups": ["International human rights group", "rights groups"],
    "Sri Lankan government ministers": ["Sri Lankan government ministers", "Sri Lanka"],
    "Rupert Colville": [
        "Colville",
        "The High Commissioner's spokesman",
        "The U.N. human rights office",
        "he",
    ],
    "Palitha Kohona": ["Kohona", "Foreign Secretary Palitha Kohona", "Sri Lanka"],
    "Sri Lanka": ["Sri Lanka's government", "The Sri Lankan government", "Sri Lanka"],
    "Shavendra Silva": ["Silva", "Brigadier Shavendra Silva", "Sri Lanka"],
    "United Nations": ["The United Nations", "the U.N.", "UN", "It"],
    "U.S. intelligence officials": ["U.S. intelligence officials", "United States"],
    "Hugo Chavez": ["Chavez", "Mr. Chavez", "Venezuelan President Hugo Chavez", "Venezuela"],
    "The Wall Street Journal": ["The Wall Street Journal", "Wall Street Journal"],
    "Venezuela": ["Venezuela", "Caracas", "the Venezuelan government"],
    "Venezuelan Foreign Ministry": [
        "The Venezuelan Foreign Ministry",
        "The ministry",
        "Venezuela",
    ],
    "Colombia": ["Colombia", "Bogota", "Colombian officials", "Colombian government"],
    "Alvaro Uribe": [
        "Uribe",
        "Mr. Uribe",
        "Mr. Uribe's office",
        "Colombian President Alvaro Uribe",
        "Colombia",
    ],
    "Luis Alfonso Hoyos": [
        "Hoyos",
        "Colombia's ambassador to the OAS",
        "he",
        "Colombia",
    ],
    "Roy Chaderton": ["Chaderton", "Venezuela's OAS envoy", "Venezuela"],
    "The United States and the United Nations": ["the United States", "the United Nations"],
    "P.J. Crowley": [
        "Crowley",
        "U.S. State Department spokesman P.J. Crowley",
        "State Department",
        "United States",
    ],
    "Guillaume Ngefa": [
        "Ngefa",
        "A U.N. official in Ivory Coast",
        "Human rights official Guillaume Ngefa",
        "United Nations",
    ],
    "UNHCR": [
        "The U.N. High Commissioner for Refugees",
        "UNHCR",
        "The U.N. High Commissioner for Refugees (UNHCR)",
    ],
    "Gbagbo government": ["Gbagbo government", "Gbagbo", "Laurent Gbagbo"],
    "Roza Otunbayeva": [
        "Otunbayeva",
        "Interim President Roza Otunbayeva",
        "Kyrgyzstan's interim leader",
        "She",
        "Kyrgyzstan's interim government",
    ],
}  # beside second_build.COMMON_ALIASES

second_build.voice = second_build.voa_auto


def check(sentences: str) -> None:
    """Every labelled sentence is in a story of ``corpus/voa5.jsonl`` (the numbering is that of
    the corpus when the labels were made: see the module docstring)."""
    root = HERE.parents[3]
    urls = {
        json.loads(line)["url"]
        for line in (root / "corpus" / "voa5.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip()
    }
    rows = [json.loads(line) for line in Path(sentences).read_text(encoding="utf-8").splitlines()]
    for line in (HERE / "blind27_second_labels.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line and rows[int(line.split()[0])]["url"] not in urls:
            raise SystemExit(f"sentence {line.split()[0]} is not in corpus/voa5.jsonl: renumbered?")


if __name__ == "__main__":
    check(sys.argv[1])
    sys.exit(build("blind27", sys.argv[1], ALIASES))
