"""Build ``blind30_second.jsonl`` from ``blind30_second_labels.txt`` (the second annotation;
the label format and the issuing voice: ``second_build.py``; ``AUTO`` on a Voice of America
story is Voice of America and on a Wikinews story Wikinews, the story's own voice).  The
sentence numbers are those of ``sentences.py`` over the corpus with ``corpus/voa8.jsonl`` (the
23 records of the three hand-overs) and ``corpus/wikinews2.jsonl`` in it.

    python3 benchmarks/allegations/agreement/sentences.py > /tmp/sentences.jsonl
    python3 benchmarks/allegations/agreement/tools/blind30_second_build.py /tmp/sentences.jsonl
"""

from __future__ import annotations

import sys

import second_build
from second_build import COMMON_ALIASES, build

ALIASES = {
    "Voice of America": ["VOA", "VOA News", "Voice of America"],
    "Wikinews": ["Wikinews", "a report"],
    "Burma's military government": [
        "Burma",
        "Myanmar",
        "the Burmese government",
        "the government",
        "Burma's military rulers",
        "the military government",
        "Burmese authorities",
        "Burmese officials",
        "Officials in Burma",
        "Burma's military",
        "the junta",
    ],
    "Burmese state media": ["state media", "Burmese state media", "Burma's military government"],
    "The New Light of Myanmar": [
        "The New Light of Myanmar",
        "the state-run newspaper",
        "The newspaper",
        "Burma's military government",
    ],
    "Nyan Win": [
        "U Nyan Win",
        "Minister U Nyan Win",
        "Burma's foreign minister",
        "he",
        "Burma's military government",
    ],
    "UN Security Council": [
        "the Security Council",
        "the U.N. Security Council",
        "Members of the Council",
        "the statement",
        "Jean-Maurice Ripert",
        "they",
    ],
    "UN Human Rights Council": [
        "the Council",
        "the Human Rights Council",
        "The resolution",
        "It",
        "European Union",
    ],
    "Ban Ki-moon": ["Ban", "Mr. Ban", "Secretary-General Ban Ki-moon", "the secretary-general"],
    "Ibrahim Gambari": ["Gambari", "U.N. special envoy", "He", "he"],
    "Paulo Sergio Pinheiro": ["Pinheiro", "Paulo Sérgio Pinheiro", "He", "he", "I"],
    "Mitoji Yabunaka": [
        "Yabunaka",
        "Japanese Vice Foreign Minister Mitoji Yabunaka",
        "A Japanese envoy",
        "the Japanese envoy",
        "Japan",
    ],
    "Kazuyuki Yamazaki": ["Yamazaki", "he", "We", "Japan", "Tokyo"],
    "Japan": [
        "Japan",
        "Tokyo",
        "the Japanese government",
        "Japan's authorities",
        "Officials in Tokyo",
        "Japanese officials",
    ],
    "Fuji Television": ["Fuji TV", "Japanese television", "the Fuji television network"],
    "Yomiuri Shimbun": ["Yomiuri", "local testimonies", "The local testimonials"],
    "Reporters Without Borders": ["RWB", "Reporters Without Borders"],
    "Reporters Without Borders and Burma Media Association": [
        "Media rights groups",
        "Reporters Without Borders",
        "Burma Media Association",
    ],
    "European Commission spokesperson": ["European Committee", "European Committee spokesperson"],
    "Amnesty International": ["Amnesty", "The group", "the group"],
    "Catherine Baber": ["Baber", "Amnesty International", "she", "we"],
    "Htet Zaw": ["Htet Zaw", "The freelance journalist", "He", "he"],
    "A Burmese monk": ["One Burmese monk", "He", "he", "I"],
    "National League for Democracy": ["NLD", "the party", "Members of the opposition"],
    "Bob Davis": ["Australian Ambassador Bob Davis", "Davis"],
    "Diplomats": ["Diplomats and others", "diplomats"],
    "Dissidents": ["Dissidents", "dissident groups"],
    "Syria": [
        "Syria",
        "Damascus",
        "the Syrian government",
        "The Syrian government",
        "It",
        "Syrian state media",
    ],
    "Walid al-Muallem": [
        "Muallem",
        "Syrian Foreign Minister Walid al-Muallem",
        "He",
        "he",
        "Syria",
    ],
    "SANA": ["Syria's state news agency", "SANA", "Syria"],
    "Syrian state media": ["State media", "state media", "Syria"],
    "U.S. official": ["a U.S. official", "the official", "A U.S. official", "United States"],
    "U.S. government source": ["A second US government source", "United States"],
    "U.S. Department of the Treasury": [
        "The U.S. Treasury Department",
        "Treasury",
        "United States",
    ],
    "Pakistan": ["Pakistan", "the government", "Pakistani officials", "Islamabad"],
    "Pakistani officials": ["Pakistani officials", "Pakistan"],
    "Pakistan's military": ["The military", "It", "Pakistani military", "Pakistan"],
    "Pakistani military spokesman": [
        "A Pakistani military spokesman",
        "Pakistan's military",
        "Pakistan",
    ],
    "Yousuf Raza Gilani": ["Gilani", "Prime Minister Yousef Raza Gilani", "Pakistan"],
    "Firdous Ashiq Awan": ["Information Minister Firdous Ashiq Awan", "Awan", "Pakistan"],
    "United States": [*COMMON_ALIASES["United States"], "Washington", "U.S. defense officials"],
    "U.S. military": ["The U.S. military", "U.S. forces", "United States"],
    "U.S.-led coalition in Iraq": [
        "A coalition statement",
        "The statement",
        "coalition",
        "U.S. military",
    ],
    "U.S. officials": ["senior U.S. officials", "The officials", "United States"],
    "Peter Pace": ["General Peter Pace", "General Pace", "Pace", "he"],
    "Iran": ["Iran", "Tehran", "the Iranian government"],
    "Mohammad Ali Hosseini": ["Hosseini", "An Iranian foreign ministry spokesman", "Iran"],
    "Iraqi and Iranian officials": ["Iraqi and Iranian officials", "Iran"],
}  # beside second_build.COMMON_ALIASES


def voa_wikinews_auto(row: dict) -> str:
    """The story's own voice on Wikinews texts too (``second_build.voa_auto`` knows VOA only)."""
    if row["outlet"] == "Wikinews":
        return "Wikinews"
    return second_build.voa_auto(row)


second_build.voice = voa_wikinews_auto

if __name__ == "__main__":
    sys.exit(build("blind30", sys.argv[1], ALIASES))
