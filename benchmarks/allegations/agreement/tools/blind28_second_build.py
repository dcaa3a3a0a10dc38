"""Build ``blind28_second.jsonl`` from ``blind28_second_labels.txt`` (the second annotation;
the label format and the issuing voice: ``second_build.py``; ``AUTO`` on a Voice of America
story is Voice of America and on a Wikinews story Wikinews, the story's own voice).

    python3 benchmarks/allegations/agreement/sentences.py > /tmp/sentences.jsonl
    python3 benchmarks/allegations/agreement/tools/blind28_second_build.py /tmp/sentences.jsonl
"""

from __future__ import annotations

import sys

import second_build
from second_build import COMMON_ALIASES, build

ALIASES = {
    "Voice of America": ["VOA", "VOA News", "Voice of America"],
    "Wikinews": ["Wikinews"],
    # Georgia and Russia, 2006
    "Georgia": ["Georgia", "Tbilisi", "Georgian authorities", "the Tbilisi government"],
    "Georgian television": ["Georgian television", "Georgia"],
    "Russia": ["Russia", "Moscow", "the Kremlin", "Russian authorities", "Authorities"],
    "Vladimir Putin": [
        *COMMON_ALIASES["Vladimir Putin"],
        "Russian President Vladimir Putin",
        "President Vladimir Putin",
        "Mr. Putin",
        "He",
        "Russia",
    ],
    # Qana, 2006
    "Kofi Annan": [
        "Annan",
        "U.N. Secretary General Koffi Annan",
        "Secretary-General Koffi Annan",
        "Koffi Annan",
        "he",
        "I",
    ],
    "Israel": ["Israel", "Israeli officials", "the Israeli military", "Israeli military officials"],
    "Qana residents": ["Locals", "locals", "residents"],
    "Mehdi Chalhoub": ["Chalhoub", "He", "he"],
    "Daoud Kahawaji": ["Red Cross medic Daoud Kahawaji", "Kahawaji"],
    # al-Bashir, 2009
    "International Criminal Court": [
        "The International Criminal Court",
        "ICC",
        "the court",
        "The court",
        "The judges",
        "The Hague-based tribunal",
        "The warrant",
        "It",
    ],
    "ICC prosecutors": ["ICC prosecutors", "prosecutors", "International Criminal Court"],
    "Sudanese officials": ["Sudanese officials", "Sudan", "Khartoum", "they"],
    "Omar al-Bashir": ["Bashir", "Mr. Bashir", "President Bashir", "Omar al-Bashir", "Sudan"],
    # Khodorkovsky, 2010
    "Mikhail Khodorkovsky": ["Khodorkovsky", "Mikhail Khodorkovsky", "He"],
    "Khodorkovsky and his supporters": [
        "Khodorkovsky and his backers",
        "Khodorkovsky and his supporters",
        "Khodorkovsky",
        "Defense lawyers",
    ],
    "The White House": [
        *COMMON_ALIASES["The White House"],
        "A spokesman",
        "The statement",
        "United States",
    ],
    "Guido Westerwelle": ["Westerwelle", "German Foreign Minister Guido Westerwelle", "Germany"],
    "Germany": ["Germany", "Guido Westerwelle"],
    "British Foreign Office": ["Britain's Foreign Office", "Britain", "United Kingdom"],
    "European Union": ["the European Union", "EU", "European officials"],
    "European officials": ["European officials", "European Union", "Europe"],
    "U.S. diplomats": ["U.S. diplomats", "United States", "U.S. officials"],
    "U.S. officials": ["U.S. officials", "United States", "The White House"],
    "U.S. and European officials": ["U.S.and European", "United States", "European Union"],
    "Russia's foreign ministry": ["Russia's foreign ministry", "Russia", "Moscow"],
    # Bhutto, 2007-2010
    "Pakistan's government": [
        "Pakistan's government",
        "The government",
        "the government",
        "Pakistan",
        "It",
        "Javed Cheema",
    ],
    "Javed Cheema": [
        "Cheema",
        "The Interior Ministry spokesman, Brigadier Javed Cheema",
        "Interior Ministry spokesman Javed Cheema",
        "The spokesman",
        "He",
        "Pakistan's government",
    ],
    "Baitullah Mehsud": ["Mehsud", "the alleged al-Qaida leader Baitullah Mehsud"],
    "al-Qaida-linked militants": ["the militants", "Islamic militants linked to al-Qaida"],
    "United States": [*COMMON_ALIASES["United States"], "Pakistan and the United States"],
    "Bhutto's supporters": [
        "Ms. Bhutto's supporters",
        "Her supporters",
        "Supporters of Ms. Bhutto",
        "Pakistan People's Party",
    ],
    "Bhutto's aides": ["Her aides", "Bhutto's supporters"],
    "Bhutto's allies": ["close allies of the famed political leader", "Bhutto's supporters"],
    "Shery Rehman": [
        "Rehman",
        "Ms. Bhutto's close aide",
        "Pakistan People's Party",
        "Bhutto's supporters",
        "I",
    ],
    "Pervez Musharraf": ["Musharraf", "President Pervez Musharraf", "He", "he"],
    "UN commission": [
        "A United Nations investigation",
        "the independent commission",
        "investigators",
        "A U.N. official",
    ],
    # The British sailors, 2007
    "Britain": ["Britain", "British government", "the British government", "London"],
    "Tony Blair": ["Blair", "British Prime Minister Tony Blair", "Mr. Blair", "Britain"],
    "Margaret Beckett": ["Beckett", "British Foreign Secretary Margaret Beckett", "Britain"],
    "Manouchehr Mottaki": ["Mottaki", "Iran's foreign minister", "Iran"],
    "Faye Turney": ["Turney", "She", "Iranian state television"],
    "Iran": ["Iran", "Tehran", "Iranian forces", "they"],
    "Mahmoud Ahmadinejad": [
        "Ahmadinejad",
        "Mr. Ahmadinejad",
        "President Ahmadinejad",
        "Iranian President Mahmoud Ahmadinejad",
        "He",
        "Iran",
    ],
    # The UN schools in Gaza, 2009
    "Gaza medical officials": ["Medical officials in Gaza", "Local medics", "medics"],
    "Gaza doctors": ["Doctors in the Gaza Strip", "Doctors"],
    "John Ging": ["Ging", "John Ging from the U.N. Relief and Works Agency", "UNRWA", "he", "we"],
    "Chris Gunness": ["Gunness", "U.N. spokesman Chris Gunness", "they", "UNRWA"],
    "Ban Ki-moon": ["Ban", "Secretary General of the United Nations", "I"],
    "Israeli military officials": ["Israeli military officials", "Israel", "Israeli military"],
    "Israeli army": ["the Israeli army", "Israel"],
}  # beside second_build.COMMON_ALIASES


def voice(row: dict) -> str:
    """The story's own voice: Voice of America or Wikinews (the two outlets of ``blind28``'s
    texts); :func:`second_build.auto` for any other page."""
    if row["outlet"] in ("Voice of America", "Wikinews"):
        return str(row["outlet"])
    return second_build.auto(row)


second_build.voice = voice

if __name__ == "__main__":
    sys.exit(build("blind28", sys.argv[1], ALIASES))
