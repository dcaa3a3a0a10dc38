"""Round 25's addition to the dispute corpus (``corpus/voa.jsonl``): Voice of America news
stories on disputes that several sides told over weeks (the accuser, the accused's denial, third
parties), for the blind allegations part ``blind23``.

Usage: python scripts/corpus_voa.py [--second | --third | --fourth | --fifth | --sixth | --seventh
       | --eighth | --ninth | --tenth | --eleventh | --twelfth | --thirteenth | --fourteenth
       | --fifteenth | --sixteenth | --seventeenth | --eighteenth | --nineteenth
       | --twentieth | --twentyfirst | --twentysecond]
       [--write]
Without --write it prints counts only (no text).  ``--second`` reads
``scripts/data/voa2_pages.txt`` and writes ``corpus/voa2.jsonl`` (round 26's stories, for the
blind allegations part ``blind24``), checking them against ``corpus/voa.jsonl`` too.  ``--third``
reads ``scripts/data/voa3_pages.txt`` and writes ``corpus/voa3.jsonl`` (round 27's stories, for
the blind allegations part ``blind25``), checking them against both earlier VOA files (every
corpus file but the one written counts as used).  One of round 27's stories is VOA copy on a site
that credits VOA ("SOURCE: VOA"), recorded under its own URL like the earlier reprints.
``--fourth`` reads ``scripts/data/voa4_pages.txt`` and writes ``corpus/voa4.jsonl`` (round 28's
stories, for the blind allegations part ``blind26``: acts of 2001 to 2014, most of them in
Africa, told by several sides), checked against every other corpus file the same way.
``--fifth`` reads ``scripts/data/voa5_pages.txt`` and writes ``corpus/voa5.jsonl`` (round 29's
stories, for the blind allegations part ``blind27``: acts of 2006 to 2009 told by several sides,
most of them VOA copy on learners' sites), checked the same way.  ``--sixth`` reads
``scripts/data/voa6_pages.txt`` and writes ``corpus/voa6.jsonl`` (round 30's stories, for the
blind allegations part ``blind28``: acts of 2006 to 2010 told by several sides, most of them on
VOA's own hosts, a few VOA copy that credits VOA; its blocks also record each page's publisher
and licence), checked the same way.  Three of its blocks are Wikinews-written stories (outlet
"Wikinews", CC BY 2.5, each block saying so): ``--sixth`` writes those to their own file,
``corpus/wikinews.jsonl``, and checks both files against every other corpus file.
``--seventh`` reads ``scripts/data/voa7_pages.txt`` and writes ``corpus/voa7.jsonl`` (round 31's
stories, for the blind allegations part ``blind29``: acts of 2007 to 2013 told by several sides,
Ethiopia's Ogaden counterinsurgency and anti-terrorism prosecutions and Russia's Magnitsky case, on
VOA's own hosts and two VOA copies on forums; grown by a second session with stories of 2007 to
2017 on Ethiopia's jamming of VOA, its aid and villagization policies and the Djibouti-Eritrea
border, three of them VOA copy on other sites), checked the same way.
``--eighth`` reads ``scripts/data/voa8_pages.txt`` and writes ``corpus/voa8.jsonl`` (round 32's
stories, for the blind allegations part ``blind30``: Burma's crackdown on the protests of
September 2007, the U.S. raid near Abu Kamal, Syria (2008), NATO's strike on Pakistani border
posts at Salala (2011) and the U.S. charge that Iran armed Iraqi militants (2007), on VOA's own
hosts), and its two Wikinews-written blocks to ``corpus/wikinews2.jsonl``, checked the same way.
``--ninth`` reads ``scripts/data/voa9_pages.txt`` and writes ``corpus/voa9.jsonl`` (round 33's
stories, for the blind allegations part ``blind31``: the Russia-Ukraine gas dispute of January 2009,
Russia's use of energy supplies against its neighbours (2006-2007), the blasts on Georgia's gas
pipeline (2006), Iran's charges about the Jundallah insurgency (2007-2010) and the Urumqi riots
(2009), most of them VOA copy on learners' sites, feed and archive copies, VOA's own hosts), and its
three Wikinews-written blocks to ``corpus/wikinews3.jsonl``, checked the same way.
``--tenth`` reads ``scripts/data/voa10_pages.txt`` and writes ``corpus/voa10.jsonl`` (round 33's
second session on ``blind31``: the Jundallah insurgency (2009-2010) and the Urumqi riots (2009),
on voanews.com, VOA's Tibetan English host and its editorials page), checked the same way.
``--eleventh`` reads ``scripts/data/voa11_pages.txt`` and writes ``corpus/voa11.jsonl`` (round 34's
stories, for the blind allegations part ``blind32``: Uzbekistan's Andijan killings of May 2005 and
their aftermath (2005-2009) and Iran's espionage case against the journalist Roxana Saberi (2009),
on voanews.com, VOA's editorials page, its Bangla host and press page, a globalsecurity.org copy and
the learners' sites tingroom.com, yingyuke.net and testbig.com), and its one Wikinews-written block
to ``corpus/wikinews4.jsonl``, checked the same way.
``--twelfth`` reads ``scripts/data/voa12_pages.txt`` and writes ``corpus/zvoa12.jsonl`` (round 35's
stories, for the blind allegations part ``blind33``: the Honduran coup against President Manuel
Zelaya and its aftermath (June to October 2009) and Iran's disputed presidential election of June
2009 and the crackdown that followed (June to December 2009), on an archived voanews.com page, two
globalsecurity.org copies and the learners' sites tingroom.com, yingyuke.net, 51voa.com and
testbig.com), and its one Wikinews-written block to ``corpus/wikinews5.jsonl``, checked the same
way.  The VOA file's name starts with "z" so that it sorts after every other corpus file: the
second-annotation label files number sentences over the sorted corpus files, and a file named
``voa12.jsonl`` would have sorted before ``voa2.jsonl`` and shifted their numbers.
``--thirteenth`` reads ``scripts/data/voa13_pages.txt`` and writes ``corpus/zvoa13.jsonl`` (round
36's stories, for the blind allegations part ``blind34``: China's cases against its critics Liu
Xiaobo (2009-2017, his arrest, conviction, Nobel Peace Prize, his wife's house arrest and his
death in custody), Ai Weiwei (2011-2015), Chen Guangcheng (2012) and Ilham Tohti (2014), on
voanews.com, VOA's blogs, Learning English, Tibetan English hosts and editorials page, a blog
reprint and a forum copy of VOA stories), checked the same way; named, like ``zvoa12.jsonl``, to
sort after every other corpus file.  It has no Wikinews-written block, so no second file.
``--fourteenth`` reads ``scripts/data/voa14_pages.txt`` and writes ``corpus/zvoa14.jsonl`` (round
37's stories, for the blind allegations part ``blind35``: Kenya's disputed election of December 2007
and the crisis that followed (to March 2008), Burma's handling of Cyclone Nargis (May 2008 to
2011), Madagascar's change of power of March 2009 and its aftermath, and Niger's referendum of
August 2009 and its aftermath (to February 2010), on voanews.com, a globalsecurity.org copy, two
blog reprints, a language-tips mirror and the learners' sites tingroom.com, yingyuke.net,
testbig.com and 51voa.com), checked the same way; named, like ``zvoa12.jsonl`` and
``zvoa13.jsonl``, to sort after every other corpus file.  It has no Wikinews-written block.
``--fifteenth`` reads ``scripts/data/voa15_pages.txt`` and writes ``corpus/zvoa15.jsonl`` (round
38's stories, for the blind allegations part ``blind36``: Fiji's military rule after the coup of
December 2006 (to November 2009) and East Timor's crisis of 2006 and its aftermath (to 2009), on
voanews.com, VOA's Tibetan service's host, a Stanford web-archive copy of voanews.com, a LingQ
lesson and the learners' sites tingroom.com and yingyuke.net), and its Wikinews-written blocks to
``corpus/zwikinews6.jsonl``, checked the same way; both named to sort after every other corpus
file (``wikinews6.jsonl`` would sort before ``zvoa12.jsonl`` and shift the second-annotation
label files' numbers).
``--sixteenth`` reads ``scripts/data/voa16_pages.txt`` and writes ``corpus/zx1voa16.jsonl`` (round
39's stories, for the blind allegations part ``blind37``: the fall of the Maldives' President
Mohamed Nasheed on 7 February 2012 and its aftermath (to October 2012), on voanews.com, VOA's
blogs host and a globalsecurity.org copy), and its State Department blocks (outlet "U.S.
Department of State": an embassy press-conference transcript in a web archive and an interview
transcript on state.gov's mobile host, both public domain) to ``corpus/zx3state1.jsonl``, checked
the same way; both named to sort after every other corpus file (``zvoa16.jsonl`` would sort
before ``zwikinews6.jsonl`` and shift the second-annotation label files' numbers).
``--seventeenth`` reads ``scripts/data/voa17_pages.txt`` and writes ``corpus/zx4voa17.jsonl`` (round
40's stories, for the blind allegations part ``blind38``: Ethiopia's arrest and terrorism trial of
the Zone 9 bloggers and three journalists (April 2014 to October 2015) and the Oromo protests of
2015-2016 and the government's response (to May 2017), on voanews.com and a blog copy of a VOA
story), its Global Voices blocks (outlet "Global Voices", CC BY 3.0: posts on globalvoices.org and
advox.globalvoices.org and two blog reprints) to ``corpus/zx6globalvoices1.jsonl`` and its State
Department blocks (outlet "U.S. Department of State": press statements, one on the Department's
archive and five reprinted on news sites and blogs, and an excerpt of a press briefing) to
``corpus/zx7state2.jsonl``, checked the same way; all three named to sort after every other corpus
file (after ``zx3state1.jsonl``).
``--eighteenth`` reads ``scripts/data/voa18_pages.txt`` and writes ``corpus/zx8voa18.jsonl`` (round
41's stories, for the blind allegations part ``blind39``: Azerbaijan's jailing of the journalist
Khadija Ismayilova, the raid on Radio Free Europe/Radio Liberty's Baku bureau and the wider
crackdown on human rights defenders, journalists and activists, June 2014 to February 2020, on
voanews.com, VOA's preview host, editorials.voa.gov and two Learning English copies), its Global
Voices block (outlet "Global Voices", CC BY 3.0: one post on advox.globalvoices.org) to
``corpus/zx9globalvoices2.jsonl`` and its State Department blocks (outlet "U.S. Department of
State": three statements of the U.S. Mission to the OSCE on its site, one reprinted on a news site,
and two press statements reprinted on a blog and an aggregation site) to ``corpus/zy2state3.jsonl``,
checked the same way; all three named to sort after every other corpus file (after
``zx7state2.jsonl``).
``--nineteenth`` reads ``scripts/data/voa19_pages.txt`` and writes ``corpus/zy3voa19.jsonl``
(round 42's texts, for the blind allegations part ``blind40``: Russia's imprisonment of Ukrainian
citizens after its seizure of Crimea, October 2014 to April 2019 (Oleg Sentsov and Oleksandr
Kolchenko, Mykola Karpyuk and Stanislav Klykh, Akhtem Chiygoz, Ilmi Umerov, Mykola Semena, the
repression in occupied Crimea): three VOA editorials on editorials.voa.gov and one VOA news
story), its State Department blocks (outlet "U.S. Department of State": the U.S. Mission to the
OSCE's statements on its site, on a document-sharing site and quoted in The Ukrainian Weekly, and
a ShareAmerica article) to ``corpus/zy6state4.jsonl`` and its U.S. Agency for Global Media blocks
(outlet "U.S. Agency for Global Media": a Broadcasting Board of Governors press release and the
agency's profile page of a journalist, public domain) to ``corpus/zy7usagm1.jsonl``, checked the
same way; all three named to sort after every other corpus file (after ``zy2state3.jsonl``).
``--twentieth`` reads ``scripts/data/voa20_pages.txt`` (round 43's texts, for the blind
allegations part ``blind41``: the downing of Malaysia Airlines flight MH17 over eastern Ukraine on
17 July 2014 and the dispute over its investigation, July 2014 to November 2022) and writes its
Voice of America news stories to ``corpus/zy8voa20.jsonl``, its State Department blocks (press
statements, briefing excerpts, the U.S. Missions to the UN and the OSCE) to
``corpus/zy9state5.jsonl``, its Polygraph.info blocks (VOA's fact checks, public domain) to
``corpus/zz2polygraph1.jsonl``, its President of Russia block (en.kremlin.ru, CC BY 4.0) to
``corpus/zz3kremlin1.jsonl`` and its Government of the Netherlands block (government.nl, CC0) to
``corpus/zz5govnl1.jsonl``, checked the same way; all five named to sort after every other corpus
file (after ``zy7usagm1.jsonl``).  Its six Russian Foreign Ministry blocks (once
``corpus/zz4mfarussia1.jsonl``: no licence stated on their pages) were removed by the lead before
the part went to its second annotator, with their file (GUIDE, "The blind41 part").
``--twentyfirst`` reads ``scripts/data/voa21_pages.txt`` (``blind41``'s second hand-over, the
same dispute) and writes its State Department blocks (the U.S. Missions to the OSCE and the UN) to
``corpus/zz6state6.jsonl``, its President of Russia block to ``corpus/zz7kremlin2.jsonl``, its
Government of the Netherlands block to ``corpus/zz9govnl2.jsonl`` and its U.S. House of
Representatives block (a Foreign Affairs Committee statement, public domain) to
``corpus/zzahouse1.jsonl``, checked the same way; all named to sort after every other corpus file
(after ``zz5govnl1.jsonl``).  Its Russian Mission to the UN block (once
``corpus/zz8mfarussia2.jsonl``: no licence stated) and its UK Government block (once
``corpus/zzbgovuk1.jsonl``: Open Government Licence v3.0, not CC BY) were removed by the lead with
their files.
``--twentysecond`` reads ``scripts/data/voa22_pages.txt`` (round 44's texts, for the blind
allegations part ``blind42``: the chemical weapons attacks in Syria of 2017 and 2018, Khan
Shaykhun and Douma, and the fight over their investigation, April 2017 to May 2023) and writes its
Voice of America stories to ``corpus/zzcvoa22.jsonl``, its State Department blocks (the U.S.
Mission to the UN's remarks, press statements, ShareAmerica, DipNote) to ``corpus/zzdstate7.jsonl``,
its White House blocks to ``corpus/zzewhitehouse1.jsonl``, its Department of Defense blocks (DoD
News articles, public domain) to ``corpus/zzfdefense1.jsonl`` and its Government of the
Netherlands block (CC0) to ``corpus/zzggovnl3.jsonl``, checked the same way; all named to sort
after every other corpus file (after ``zzahouse1.jsonl``).

Why VOA: the releases register asked for first had no act left that two or more unused releases
charge (GUIDE, "The blind23 part"); VOA stories tell several sides of one act.  The texts are the
stored page text that the project's ``search`` tool ("pages" corpus) returned for each URL, kept
in ``scripts/data/voa_pages.txt`` (an excerpt from the page's beginning, so a long story may stop
early; navigation lines and duplicated photo captions left out), the way the claims pool
``benchmarks/claims/pool/voa_pool.jsonl`` was made.  Voice of America stories are works of the
U.S. federal government, in the public domain in the United States (17 U.S.C. § 105); a few are
VOA copy kept on other sites (VOA's preview host, VOA Learning English mirrors, a verbatim blog
reprint), recorded under the URL the text was stored at.

Every story is checked to be in no claims gold part and no claims agreement file (URL, VOA
article id, title, or a shared line of text), not in the claims pool and not already in
``corpus/``; the script refuses to write otherwise.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
PAGES = ROOT / "scripts" / "data" / "voa_pages.txt"
OUT = CORPUS / "voa.jsonl"
# Round 26's second VOA file (blind24), written from its own recorded pages by ``--second``.
PAGES2 = ROOT / "scripts" / "data" / "voa2_pages.txt"
OUT2 = CORPUS / "voa2.jsonl"
# Round 27's third VOA file (blind25), written from its own recorded pages by ``--third``.
PAGES3 = ROOT / "scripts" / "data" / "voa3_pages.txt"
OUT3 = CORPUS / "voa3.jsonl"
# Round 28's fourth VOA file (blind26), written from its own recorded pages by ``--fourth``.
PAGES4 = ROOT / "scripts" / "data" / "voa4_pages.txt"
OUT4 = CORPUS / "voa4.jsonl"
# Round 29's fifth VOA file (blind27), written from its own recorded pages by ``--fifth``.
PAGES5 = ROOT / "scripts" / "data" / "voa5_pages.txt"
OUT5 = CORPUS / "voa5.jsonl"
# Round 30's sixth VOA file (blind28), written from its own recorded pages by ``--sixth``.
PAGES6 = ROOT / "scripts" / "data" / "voa6_pages.txt"
OUT6 = CORPUS / "voa6.jsonl"
# The blocks of voa6_pages.txt whose outlet is Wikinews (openly licensed, not VOA) go here.
OUT6_WIKINEWS = CORPUS / "wikinews.jsonl"
# Round 31's seventh VOA file (blind29), written from its own recorded pages by ``--seventh``.
PAGES7 = ROOT / "scripts" / "data" / "voa7_pages.txt"
OUT7 = CORPUS / "voa7.jsonl"
# Round 32's eighth VOA file (blind30), written from its own recorded pages by ``--eighth``; its
# two Wikinews-written blocks (outlet "Wikinews", CC BY 2.5) go to their own file.
PAGES8 = ROOT / "scripts" / "data" / "voa8_pages.txt"
OUT8 = CORPUS / "voa8.jsonl"
OUT8_WIKINEWS = CORPUS / "wikinews2.jsonl"
# Round 33's ninth VOA file (blind31), written from its own recorded pages by ``--ninth``; its three
# Wikinews-written blocks (outlet "Wikinews", CC BY 2.5) go to their own file.
PAGES9 = ROOT / "scripts" / "data" / "voa9_pages.txt"
OUT9 = CORPUS / "voa9.jsonl"
OUT9_WIKINEWS = CORPUS / "wikinews3.jsonl"
# Round 33's tenth VOA file (blind31, grown by a second session), written by ``--tenth``.
PAGES10 = ROOT / "scripts" / "data" / "voa10_pages.txt"
OUT10 = CORPUS / "voa10.jsonl"
# Round 34's eleventh VOA file (blind32), written by ``--eleventh``; its Wikinews-written block
# (outlet "Wikinews", CC BY 2.5) goes to its own file.
PAGES11 = ROOT / "scripts" / "data" / "voa11_pages.txt"
OUT11 = CORPUS / "voa11.jsonl"
OUT11_WIKINEWS = CORPUS / "wikinews4.jsonl"
# Round 35's twelfth VOA file (blind33), written by ``--twelfth``; named to sort after every other
# corpus file (see the module docstring); its Wikinews-written block goes to its own file.
PAGES12 = ROOT / "scripts" / "data" / "voa12_pages.txt"
OUT12 = CORPUS / "zvoa12.jsonl"
OUT12_WIKINEWS = CORPUS / "wikinews5.jsonl"
# Round 36's thirteenth VOA file (blind34), written by ``--thirteenth``; named to sort after every
# other corpus file, like OUT12.
PAGES13 = ROOT / "scripts" / "data" / "voa13_pages.txt"
OUT13 = CORPUS / "zvoa13.jsonl"
# Round 37's fourteenth VOA file (blind35), written by ``--fourteenth``; named to sort after every
# other corpus file, like OUT12 and OUT13.
PAGES14 = ROOT / "scripts" / "data" / "voa14_pages.txt"
OUT14 = CORPUS / "zvoa14.jsonl"
# Round 38's fifteenth VOA file (blind36), written by ``--fifteenth``; named to sort after every
# other corpus file, like OUT12 .. OUT14; its Wikinews-written blocks go to their own file, named
# with a "z" for the same reason.
PAGES15 = ROOT / "scripts" / "data" / "voa15_pages.txt"
OUT15 = CORPUS / "zvoa15.jsonl"
OUT15_WIKINEWS = CORPUS / "zwikinews6.jsonl"
# Round 39's sixteenth VOA file (blind37), written by ``--sixteenth``; named "zx1..." to sort after
# every other corpus file ("zvoa16.jsonl" would sort before "zwikinews6.jsonl"); its State
# Department blocks (outlet "U.S. Department of State") go to "zx3state1.jsonl", for the same
# reason.
PAGES16 = ROOT / "scripts" / "data" / "voa16_pages.txt"
OUT16 = CORPUS / "zx1voa16.jsonl"
OUT16_STATE = CORPUS / "zx3state1.jsonl"
# Round 40's seventeenth VOA file (blind38), written by ``--seventeenth``; its Global Voices blocks
# (outlet "Global Voices") go to "zx6globalvoices1.jsonl" and its State Department blocks to
# "zx7state2.jsonl"; all named to sort after "zx3state1.jsonl".
PAGES17 = ROOT / "scripts" / "data" / "voa17_pages.txt"
OUT17 = CORPUS / "zx4voa17.jsonl"
OUT17_GLOBALVOICES = CORPUS / "zx6globalvoices1.jsonl"
OUT17_STATE = CORPUS / "zx7state2.jsonl"
# Round 41's eighteenth VOA file (blind39), written by ``--eighteenth``; its Global Voices block
# goes to "zx9globalvoices2.jsonl" and its State Department blocks to "zy2state3.jsonl"; all named
# to sort after "zx7state2.jsonl".
PAGES18 = ROOT / "scripts" / "data" / "voa18_pages.txt"
OUT18 = CORPUS / "zx8voa18.jsonl"
OUT18_GLOBALVOICES = CORPUS / "zx9globalvoices2.jsonl"
OUT18_STATE = CORPUS / "zy2state3.jsonl"
# Round 42's nineteenth VOA file (blind40), written by ``--nineteenth``; its State Department
# blocks go to "zy6state4.jsonl" and its U.S. Agency for Global Media blocks to "zy7usagm1.jsonl";
# all named to sort after "zy2state3.jsonl".
PAGES19 = ROOT / "scripts" / "data" / "voa19_pages.txt"
OUT19 = CORPUS / "zy3voa19.jsonl"
OUT19_STATE = CORPUS / "zy6state4.jsonl"
OUT19_USAGM = CORPUS / "zy7usagm1.jsonl"
# Round 43's twentieth VOA file (blind41), written by ``--twentieth``; its State Department,
# Polygraph.info, President of Russia and Government of the Netherlands blocks go to their own
# files, all named to sort after "zy7usagm1.jsonl" (the Russian Foreign Ministry's blocks and
# "zz4mfarussia1.jsonl" removed for their licence).
PAGES20 = ROOT / "scripts" / "data" / "voa20_pages.txt"
OUT20 = CORPUS / "zy8voa20.jsonl"
OUT20_BY_OUTLET = {
    "U.S. Department of State": CORPUS / "zy9state5.jsonl",
    "Polygraph.info": CORPUS / "zz2polygraph1.jsonl",
    "President of Russia": CORPUS / "zz3kremlin1.jsonl",
    "Government of the Netherlands": CORPUS / "zz5govnl1.jsonl",
}
# blind41's second hand-over (round 43), written by ``--twentyfirst``; no VOA block, so its State
# Department blocks go to the file written first and the other outlets to their own files, all
# named to sort after "zz5govnl1.jsonl" (the Russian Mission's and the UK Government's blocks,
# "zz8mfarussia2.jsonl" and "zzbgovuk1.jsonl", removed for their licences).
PAGES21 = ROOT / "scripts" / "data" / "voa21_pages.txt"
OUT21 = CORPUS / "zz6state6.jsonl"
OUT21_BY_OUTLET = {
    "President of Russia": CORPUS / "zz7kremlin2.jsonl",
    "Government of the Netherlands": CORPUS / "zz9govnl2.jsonl",
    "U.S. House of Representatives": CORPUS / "zzahouse1.jsonl",
}
# Round 44's twenty-second VOA file (blind42), written by ``--twentysecond``; its State
# Department, White House, Department of Defense and Government of the Netherlands blocks go to
# their own files, all named to sort after "zzahouse1.jsonl".
PAGES22 = ROOT / "scripts" / "data" / "voa22_pages.txt"
OUT22 = CORPUS / "zzcvoa22.jsonl"
OUT22_BY_OUTLET = {
    "U.S. Department of State": CORPUS / "zzdstate7.jsonl",
    "The White House": CORPUS / "zzewhitehouse1.jsonl",
    "U.S. Department of Defense": CORPUS / "zzfdefense1.jsonl",
    "Government of the Netherlands": CORPUS / "zzggovnl3.jsonl",
}
GLOBALVOICES = "Global Voices"
USAGM = "U.S. Agency for Global Media"
STATE = "U.S. Department of State"
CLAIMS = ROOT / "benchmarks" / "claims"
LICENCE = "public domain (Voice of America: work of the U.S. federal government, 17 U.S.C. § 105)"
VIA = "stored page text of the search tool's pages corpus (an excerpt from the page's beginning)"


def read_pages(path: Path = PAGES) -> list[dict[str, str]]:
    """The recorded stories: one block per "=== URL" line, header lines, "---", then the text."""
    pages: list[dict[str, str]] = []
    block: dict[str, str] | None = None
    lines: list[str] = []
    in_text = False
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("=== "):
            if block is not None:
                block["text"] = "\n".join(lines).strip()
                pages.append(block)
            block, lines, in_text = {"url": line[4:].strip()}, [], False
        elif block is None:
            continue  # the file's own comment lines
        elif in_text:
            lines.append(line)
        elif line == "---":
            in_text = True
        else:
            key, _, value = line.partition(":")
            block[key.strip()] = value.strip()
    if block is not None:
        block["text"] = "\n".join(lines).strip()
        pages.append(block)
    return pages


def _article_id(url: str) -> str | None:
    """VOA's numeric article id (the last number of the path), if the URL has one."""
    found = re.findall(r"(\d{5,})(?:\.html)?/?$", url)
    return found[0] if found else None


def _lines(text: str) -> set[str]:
    """The text's lines and sentences of 60 characters or more, whitespace-normalised."""
    out = set()
    for line in text.splitlines():
        line = " ".join(line.split())
        for piece in [line, *re.split(r"(?<=[.!?\"”])\s+(?=[A-Z“\"])", line)]:
            if len(piece) >= 60:
                out.add(piece)
    return out


def used_elsewhere(
    out: Path = OUT,
    also: Path | None = None,
    third: Path | None = None,
    fourth: Path | None = None,
    fifth: Path | None = None,
    more: tuple[Path, ...] = (),
) -> tuple[set[str], set[str], set[str], set[str]]:
    """URLs, VOA ids, titles and text lines of the claims gold, agreement files, pool, corpus.

    ``out`` is the file being written: every other corpus file (the first VOA file included,
    when the second is written) counts as used; ``also``, ``third``, ``fourth`` and ``fifth`` are
    further files written at once, as are the files in ``more``."""
    urls: set[str] = set()
    ids: set[str] = set()
    titles: set[str] = set()
    lines: set[str] = set()
    files = [CLAIMS / "gold.jsonl", CLAIMS / "pool" / "voa_pool.jsonl"]
    files += sorted((CLAIMS / "agreement").glob("*.jsonl"))
    written = (out, also, third, fourth, fifth, *more)
    files += sorted(p for p in CORPUS.glob("*.jsonl") if p not in written)
    for path in files:
        for raw in path.read_text(encoding="utf-8").splitlines():
            if not raw.strip():
                continue
            rec = json.loads(raw)
            src = rec.get("source") if isinstance(rec.get("source"), dict) else rec
            for key in ("url", "doc"):
                if isinstance(src.get(key), str):
                    urls.add(src[key])
                    found = _article_id(src[key])
                    if found:
                        ids.add(found)
            if isinstance(src.get("title"), str):
                titles.add(src["title"].strip().lower())
            for key in ("text", "sentence"):
                if isinstance(rec.get(key), str):
                    lines |= _lines(rec[key])
    return urls, ids, titles, lines


def record(page: dict[str, str]) -> dict[str, str]:
    """A corpus record, in the fields and order of the other corpus files (a block's own outlet
    and licence, where it gives them, else VOA's)."""
    return {
        "text": page["text"],
        "title": page["title"],
        "url": page["url"],
        "outlet": page.get("outlet", "Voice of America"),
        "published": page["date"],
        "dispute": page["dispute"],
        "licence": page.get("licence", LICENCE),
        "via": VIA,
    }


def main(argv: list[str]) -> int:
    flags = (
        "--second",
        "--third",
        "--fourth",
        "--fifth",
        "--sixth",
        "--seventh",
        "--eighth",
        "--ninth",
        "--tenth",
        "--eleventh",
        "--twelfth",
        "--thirteenth",
        "--fourteenth",
        "--fifteenth",
        "--sixteenth",
        "--seventeenth",
        "--eighteenth",
        "--nineteenth",
        "--twentieth",
        "--twentyfirst",
        "--twentysecond",
    )
    if sum(flag in argv for flag in flags) > 1:
        print("give one of " + ", ".join(flags))
        return 1
    also: Path | None = None
    third: Path | None = None
    fourth: Path | None = None
    fifth: Path | None = None
    more: dict[str, Path] = {}
    state_first = False
    if "--twentysecond" in argv:
        pages_path, out, more = PAGES22, OUT22, OUT22_BY_OUTLET
    elif "--twentyfirst" in argv:
        pages_path, out, more, state_first = PAGES21, OUT21, OUT21_BY_OUTLET, True
    elif "--twentieth" in argv:
        pages_path, out, more = PAGES20, OUT20, OUT20_BY_OUTLET
    elif "--nineteenth" in argv:
        pages_path, out, third, fifth = PAGES19, OUT19, OUT19_STATE, OUT19_USAGM
    elif "--eighteenth" in argv:
        pages_path, out, third, fourth = PAGES18, OUT18, OUT18_STATE, OUT18_GLOBALVOICES
    elif "--seventeenth" in argv:
        pages_path, out, third, fourth = PAGES17, OUT17, OUT17_STATE, OUT17_GLOBALVOICES
    elif "--sixteenth" in argv:
        pages_path, out, third = PAGES16, OUT16, OUT16_STATE
    elif "--fifteenth" in argv:
        pages_path, out, also = PAGES15, OUT15, OUT15_WIKINEWS
    elif "--fourteenth" in argv:
        pages_path, out = PAGES14, OUT14
    elif "--thirteenth" in argv:
        pages_path, out = PAGES13, OUT13
    elif "--twelfth" in argv:
        pages_path, out, also = PAGES12, OUT12, OUT12_WIKINEWS
    elif "--eleventh" in argv:
        pages_path, out, also = PAGES11, OUT11, OUT11_WIKINEWS
    elif "--tenth" in argv:
        pages_path, out = PAGES10, OUT10
    elif "--ninth" in argv:
        pages_path, out, also = PAGES9, OUT9, OUT9_WIKINEWS
    elif "--eighth" in argv:
        pages_path, out, also = PAGES8, OUT8, OUT8_WIKINEWS
    elif "--seventh" in argv:
        pages_path, out = PAGES7, OUT7
    elif "--sixth" in argv:
        pages_path, out, also = PAGES6, OUT6, OUT6_WIKINEWS
    elif "--fifth" in argv:
        pages_path, out = PAGES5, OUT5
    elif "--fourth" in argv:
        pages_path, out = PAGES4, OUT4
    elif "--third" in argv:
        pages_path, out = PAGES3, OUT3
    elif "--second" in argv:
        pages_path, out = PAGES2, OUT2
    else:
        pages_path, out = PAGES, OUT
    pages = read_pages(pages_path)
    urls, ids, titles, lines = used_elsewhere(out, also, third, fourth, fifth, tuple(more.values()))
    clashes = 0
    for page in pages:
        hit = (
            page["url"] in urls
            or (_article_id(page["url"]) or "-") in ids
            or page["title"].strip().lower() in titles
            or bool(_lines(page["text"]) & lines)
        )
        clashes += hit
    disputes: dict[str, int] = {}
    for page in pages:
        disputes[page["dispute"]] = disputes.get(page["dispute"], 0) + 1
    print(f"{len(pages)} stories, {clashes} already used elsewhere; by dispute: {disputes}")
    if len({p["url"] for p in pages}) != len(pages):
        print("duplicate URL")
        return 1
    if clashes:
        return 1
    if "--write" in argv:
        pages.sort(key=lambda p: (p["date"], p["url"]))
        others = ("Wikinews", STATE, GLOBALVOICES, USAGM, *more)
        if state_first:
            others = tuple(o for o in others if o != STATE)
        targets = [(out, [p for p in pages if p.get("outlet", "Voice of America") not in others])]
        if also is not None:
            targets.append((also, [p for p in pages if p.get("outlet") == "Wikinews"]))
        if third is not None:
            targets.append((third, [p for p in pages if p.get("outlet") == STATE]))
        if fourth is not None:
            targets.append((fourth, [p for p in pages if p.get("outlet") == GLOBALVOICES]))
        if fifth is not None:
            targets.append((fifth, [p for p in pages if p.get("outlet") == USAGM]))
        for outlet, path in more.items():
            targets.append((path, [p for p in pages if p.get("outlet") == outlet]))
        for path, chosen in targets:
            with path.open("w", encoding="utf-8") as handle:
                for page in chosen:
                    handle.write(json.dumps(record(page), ensure_ascii=False) + "\n")
            print(f"wrote {path.relative_to(ROOT)} ({len(chosen)} stories)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
