"""Round 21's addition to the dispute corpus (``corpus/``): posts of the U.S. Department of
State's official X/Twitter account (@StateDept), reproducibly, from a public archive of them.

Usage: python scripts/corpus_tweets.py ARCHIVE_GIT [--write]
(the git directory of lockdown-systems/statedept-archive, whose ``docs/data/YYYY-MM.json`` files
hold the account's posts by month, 2008-2025, as collected by ``from:StateDept`` searches).
Without --write it prints counts only.  Why a new source: the three mirrors that
``scripts/corpus_extend.py`` reads (2021-05 to 2022-08) hold no repeated act left that no gold
part holds; these posts reach other years and other disputes.  Selection and record format:
examples/SOURCES.md, "The dispute corpus".  Every URL already in corpus/ or in a claims gold part
is skipped; new lines are written in date, then id, order, one file per dispute.

Posts by the State Department's official account are works of the U.S. federal government,
in the public domain in the United States (17 U.S.C. § 105), like the department's press
releases already in the corpus.
"""

from __future__ import annotations

import html
import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
GOLD = CORPUS.parent / "benchmarks" / "claims" / "gold.jsonl"
MONTH_FILE = re.compile(r"^docs/data/(\d{4}-\d\d)\.json$")

#: Round 24: the charge words a post must hold beside its topic (see ``_charged``).
_CHARGE = (
    r"condemn|concern|violat|attack|fail|expel|expulsion|violence|fighting|offensive|disappoint|"
    r"child soldiers|intimidat|corruption|support for Sudanese|bombard|deplor|appalled|detention|"
    r"arrest|imprison|convict|sentenc|murder|kill|troubled|disturbed|regret|halt|cease|accountab|"
    r"sanction|demand|refus|outrage"
)
_HOSTAGES = (
    r"Foley|Sotloff|Haines|Henning|Kassig|Kenji|Goto\b|Yukawa|Kasasbeh|Kayla|Mueller|"
    r"21 Egyptian|murder of 21|murder of Egyptians|remaining hostages"
)
_SOUTH_SUDAN = r"South ?Sudan|Juba\b|Bentiu|Machar|Kiir|UNMISS"
_SUDAN = r"(?<!South )\bSudan\b|Darfur|Kordofan|Blue Nile|Bashir|UNAMID"


def _charged(topic: str) -> str:
    """A post that names the topic and a charge word, in either order."""
    return rf"({topic}).*({_CHARGE})|({_CHARGE}).*({topic})"


# Disputes, first match wins: (name, first month, last month, pattern the post must match).
# Each is a dispute the account spoke of in many posts within a few months, so that one act is
# alleged in several documents; none of these acts is held by an earlier gold allegation.
DISPUTES = [
    ("boko-haram", "2014-01", "2016-12", r"Boko Haram|Chibok|BringBackOurGirls"),
    ("skripal", "2018-03", "2018-09", r"Skripal|Salisbury|nerve agent"),
    ("nicaragua", "2018-04", "2018-12", r"Nicaragua|Ortega"),
    ("venezuela", "2019-01", "2019-12", r"Maduro"),
    ("russia-referenda", "2022-08", "2022-10", r"referend"),
    ("black-sea-grain", "2023-04", "2023-10", r"\bgrain\b|silos"),
    ("israel-hamas", "2023-10", "2024-10", r"Hamas|hostages?\b"),
    ("houthi-red-sea", "2023-11", "2024-12", r"Houthi|Red Sea"),
    # Round 22 (for the ``blind20`` allegations part), tried after the round-21 list (the script
    # as it was finds 0 new posts, so the earlier selection is unchanged): more disputes of
    # other years, on acts no gold allegation holds.
    ("benghazi", "2012-09", "2012-10", r"Benghazi|attack an embassy|this video"),
    ("burundi", "2015-04", "2016-12", r"Burundi"),
    (
        "iran-protests-soleimani",
        "2019-11",
        "2020-02",
        r"IranProtests|Soleimani|protesters|Internet4Iran|HumanRightsforIran|massacre|"
        r"USEmbBaghdad|American embassy|missile attack|#Iran.*(attack|terror)",
    ),
    (
        "iran-regime-corruption",
        "2018-01",
        "2020-12",
        r"(Iran|Tehran|ayatollah|Khamenei).*(kleptocra|corrupt|plunder|siphon|embezzl|squander)|"
        r"(kleptocra|corrupt|plunder|siphon|embezzl|squander).*(Iran|Tehran|ayatollah|Khamenei)",
    ),
    (
        "prc-huawei-ip-theft",
        "2020-01",
        "2020-12",
        r"Huawei|(China|Chinese|CCP|PRC)\b.{0,80}(intellectual property|theft|steal)|"
        r"(intellectual property|theft|steal).{0,80}(China|Chinese|CCP|PRC)\b",
    ),
    # Round 23 (for the ``blind21`` allegations part), tried after round 22's list (which finds 0
    # new posts): the Syrian uprising's year 2012 (the Houla massacre, the downing of a Turkish
    # jet, Iran's and Russia's backing of the regime), the violence against Kyiv's protesters
    # before February 22, 2014, Venezuela's crackdown on the February 2014 protests, and the
    # regime's offensive on Eastern Ghouta and Russia's shielding of its chemical attacks (2018),
    # Venezuela's National Constituent Assembly (2017), the regime's missiles on Aleppo (2013) and
    # Iran's crackdown on the protests of December 2017 and January 2018.
    (
        "syria-2012",
        "2012-02",
        "2012-12",
        r"(Syria|Assad|Asad).*(Assad|Asad|regime|Hama\b|shoot-down|massacre|brutal|killing|"
        r"slaughter|atrocit|shelling|Iran|Russia|Hizballah|Hezbollah)|"
        r"(Assad|Asad|regime|Hama\b|shoot-down|massacre|brutal|killing|slaughter|atrocit|"
        r"shelling|Iran|Russia|Hizballah|Hezbollah).*(Syria|Assad|Asad)|Houla|Haoula|\bHama\b|"
        r"Turkish (aircraft|F-4)|Turkish sovereignty",
    ),
    (
        "ukraine-maidan-2014",
        "2014-01",
        "2014-02",
        r"(Ukrain|Kyiv).*(violence|protest|Yanukovych|Maidan|blood|legislation|escalat)|"
        r"(violence|protest|Yanukovych|Maidan|blood|legislation|escalat).*(Ukrain|Kyiv)",
    ),
    ("venezuela-protests-2014", "2014-02", "2014-04", r"Venezuela|Maduro"),
    (
        "syria-ghouta-2018",
        "2018-01",
        "2018-03",
        r"Ghouta|Russia.{0,160}(Syria|Assad)|(Syria|Assad).{0,160}Russia|"
        r"chemical weapons.{0,100}Syria|Syria.{0,100}chemical",
    ),
    ("syria-aleppo-2013", "2013-01", "2013-05", r"Aleppo"),
    (
        "iran-protests-2018",
        "2017-12",
        "2018-01",
        r"Iran.*(protest|clamps down|imprison|repressive|censorship)|"
        r"(protest|clamps down|imprison|repressive|censorship).*Iran",
    ),
    (
        "venezuela-constituent-assembly-2017",
        "2017-05",
        "2017-12",
        r"(Venezuela|Maduro).*(Constituent|National Assembly|Lopez|Ledezma|political prisoners|"
        r"illegitimate|dictator|undermin|attack)|(Constituent|illegitimate|dictator|undermin|"
        r"attack).*(Venezuela|Maduro)",
    ),
    # Round 24 (for the ``blind22`` allegations part), tried after round 23's list (which finds 0
    # new posts): acts the account charged in several posts that no gold allegation holds, each
    # narrowed to the posts that name a charge word (``_CHARGE``) where the topic alone would take
    # announcements and aid figures: ISIL's murders of its hostages (2014-2015), the fighting and
    # abuses in South Sudan (2013-2016) and Sudan (2014-2016), the attacks on Israelis of
    # 2014-2016, Bangladesh's murders of writers and activists (2015-2016), The Gambia's
    # repression (2014-2016), Russia's INF violation and detention of Nadiya Savchenko
    # (2014-2016), the attacks on U.S. diplomats in Cuba (2017-2018), Jamal Khashoggi's murder
    # (2018-2021), Egypt's restrictions on assembly (2013), the Houthis' seizure
    # of Yemen's government (2014-2015) and Russia in 2024 (Navalny's death, RT, Iran's missiles).
    ("isil-hostages-2014", "2014-08", "2015-02", _HOSTAGES),
    ("south-sudan-2013-2016", "2013-12", "2016-12", _charged(_SOUTH_SUDAN)),
    ("sudan-2014-2016", "2014-01", "2016-12", _charged(r"Sudan|Darfur|Kordofan|Blue Nile|Bashir")),
    (
        "israel-attacks-2014-2016",
        "2014-10",
        "2016-10",
        r"(attack|terror|stabb|shoot).*(Israel|Jerusalem|West Bank|Tel Aviv)|"
        r"(Israel|Jerusalem|West Bank|Tel Aviv).*(attack|terror|stabb|shoot)",
    ),
    ("bangladesh-2015-2016", "2015-02", "2016-08", _charged(r"Bangladesh|Dhaka")),
    ("gambia-2014-2016", "2014-02", "2016-12", _charged(r"Gambia")),
    ("russia-inf-savchenko-2014-2016", "2014-07", "2016-06", r"INF Treaty|Savchenko"),
    (
        "cuba-diplomats-2017",
        "2017-08",
        "2018-06",
        r"(Cuba|Havana).*(attack|health|diplomat|personnel|incident|expel|departure|medical)|"
        r"(attack|health|incident|departure|medical).*(Cuba|Havana)|Cuba’s failure|Cuban officials",
    ),
    (
        "khashoggi-2018-2021",
        "2018-10",
        "2021-04",
        r"Khashoggi.{0,80}(killing|murder|Ban\b)|(killing|murder).{0,80}Khashoggi",
    ),
    ("egypt-2013", "2013-06", "2014-01", _charged(r"Egypt")),
    ("houthis-yemen-2014-2015", "2014-08", "2015-04", r"Houthi"),
    (
        "russia-2024",
        "2024-02",
        "2024-12",
        r"Navalny|RT \(formerly|outlets like RT|Iranian ballistic missiles|Orlov",
    ),
    # Round 24, second pass: two later episodes no gold allegation holds (the Iranian regime's
    # crackdown on the protests after Mahsa Amini's death, 2022-2023; Sudan's war between its
    # armed forces and the Rapid Support Forces, 2023-2024).
    (
        "iran-protests-2022",
        "2022-09",
        "2023-06",
        r"Iran.*(protest|Mahsa|Amini|women|violence|execution|brutal|suppress|free )|Mahsa|Amini",
    ),
    (
        "sudan-war-2023-2024",
        "2023-04",
        "2024-12",
        _charged(r"(?<!South )\bSudan\b|Sudanese|Rapid Support|\bRSF\b|Darfur|El Fasher"),
    ),
    # Round 24, third pass: Russia's violation of the INF Treaty as the account told it when the
    # United States left the treaty (2018-2019), Russia's unsafe intercepts and its detentions of
    # peaceful protesters and rights defenders (2017-2018), the DRC's repression and its army's
    # killings (2016-2017) and the forced labour of Cuba's doctors abroad (2020).
    ("russia-inf-2018-2019", "2018-10", "2019-08", r"\bINF\b|INFTreaty|Intermediate-Range"),
    (
        "russia-2017-2018",
        "2017-03",
        "2018-12",
        r"Russia.*(unsafe|peaceful protesters|Ponomarev|quell)|(unsafe|Ponomarev).*Russia",
    ),
    ("drc-2016-2017", "2016-02", "2017-02", _charged(r"\bDRC\b|Congo")),
    ("cuba-doctors-2020", "2020-06", "2020-06", r"Cuban doctors"),
    # and Venezuela's election of May 20, 2018, and Cuba's certification as not cooperating
    # fully with U.S. counterterrorism efforts (May 2020).
    ("venezuela-election-2018", "2018-05", "2018-06", r"(sham|fraudulent) election"),
    (
        "cuba-counterterrorism-2020",
        "2020-05",
        "2020-05",
        r"fugitive|not fully cooperating|not cooperating fully",
    ),
    # Round 24, fifth pass: the same acts in the years beside the first pass's (South Sudan
    # 2017-2018, Sudan 2012-2013 and 2017-2018), Greece's furloughs of the convicted terrorist
    # Dimitris Koufodinas (2017-2018) and Cuba in 2012-2013 (the arrests at Oswaldo Paya's
    # funeral, Alan Gross's imprisonment).
    ("south-sudan-2017-2018", "2017-01", "2018-12", _charged(_SOUTH_SUDAN)),
    ("sudan-2012-2013", "2012-01", "2013-12", _charged(_SUDAN)),
    ("sudan-2017-2018", "2017-01", "2018-12", _charged(r"Darfur|Jebel Marra")),
    ("greece-koufodinas-2017-2018", "2017-01", "2021-12", r"Koufodinas"),
    (
        "cuba-2012-2013",
        "2012-07",
        "2013-12",
        r"(Cuba|Cuban).*(arrest|repression|fundamental freedoms|Detained)|"
        r"(arrest|repression).*(Cuba|Cuban)|Alan Gross",
    ),
]
#: The publisher, as in the department's press-release records; the account is the byline.
OUTLET = "U.S. Department of State"
BYLINE = "@StateDept"
LICENCE = (
    "public domain (work of the U.S. federal government, 17 U.S.C. § 105; a post of the "
    "Department of State's official account @StateDept)"
)


def months(git_dir: str) -> list[str]:
    """The archive's month files, oldest first."""
    out = subprocess.run(
        ["git", "--git-dir", git_dir, "ls-tree", "--name-only", "HEAD", "docs/data/"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    return sorted(name for name in out if MONTH_FILE.match(name))


def posts(git_dir: str, name: str) -> list[dict]:
    """One month's posts as archived (``id``, ``created_at``, ``text``)."""
    blob = subprocess.run(
        ["git", "--git-dir", git_dir, "show", f"HEAD:{name}"],
        capture_output=True,
        check=True,
    ).stdout
    return list(json.loads(blob)["tweets"])


def commit(git_dir: str) -> str:
    """The archive's commit, recorded in each record's ``via``."""
    return subprocess.run(
        ["git", "--git-dir", git_dir, "rev-parse", "HEAD"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()


def dispute_of(month: str, text: str) -> str | None:
    """The first dispute whose months hold ``month`` and whose pattern the text matches."""
    for name, first, last, pattern in DISPUTES:
        if first <= month <= last and re.search(pattern, text, re.I):
            return name
    return None


def known_urls() -> set[str]:
    """URLs already in the corpus or among the claims gold's sources."""
    urls = set()
    for path in CORPUS.glob("*.jsonl"):
        for line in path.open(encoding="utf-8"):
            urls.add(json.loads(line)["url"])
    for line in GOLD.open(encoding="utf-8"):
        row = json.loads(line)
        for key in ("url", "doc", "source"):
            if isinstance(row.get(key), str):
                urls.add(row[key])
    return urls


def main(git_dir: str, write: bool) -> None:
    sha = commit(git_dir)
    known = known_urls()
    records: dict[str, list[dict]] = {}
    for name in months(git_dir):
        month = MONTH_FILE.match(name).group(1)  # type: ignore[union-attr]
        if not any(first <= month <= last for _, first, last, _ in DISPUTES):
            continue
        for post in posts(git_dir, name):
            text = html.unescape(post["text"]).strip()
            dispute = dispute_of(month, text)
            if dispute is None:
                continue
            url = f"https://twitter.com/StateDept/status/{post['id']}"
            if url in known:
                continue
            date = post["created_at"][:10]
            records.setdefault(dispute, []).append(
                {
                    "text": text,
                    "title": f"@StateDept post of {date}",
                    "url": url,
                    "outlet": OUTLET,
                    "published": date,
                    "byline": BYLINE,
                    "dispute": dispute,
                    "licence": LICENCE,
                    "via": (
                        f"{name} of github.com/lockdown-systems/statedept-archive at commit "
                        f"{sha} (an archive of the account's posts; text as archived, HTML "
                        "entities decoded)"
                    ),
                    "_key": (date, int(post["id"])),
                }
            )
    counts = Counter({d: len(rows) for d, rows in records.items()})
    print(sum(counts.values()), "posts:", dict(sorted(counts.items())))
    if not write:
        return
    for dispute, rows in records.items():
        rows.sort(key=lambda r: r["_key"])
        path = CORPUS / f"state-department-x-{dispute}.jsonl"
        with path.open("w", encoding="utf-8") as out:
            for row in rows:
                row.pop("_key")
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
        print("wrote", path.name, len(rows))


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    main(sys.argv[1], "--write" in sys.argv[2:])
