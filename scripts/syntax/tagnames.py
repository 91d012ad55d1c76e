#!/usr/bin/env python3
"""Drafts data/lang/en/tags-names.tsv: the one-word names and capitals of the states, territories
and armed groups in data/actors/*.toml, listed as proper nouns for the tagger.

The model reads a rare name at the start of a clause as an adjective or a verb when the next word
may be a noun or a verb ("Djibouti hosts French troops", "Vanuatu exports copra"); listed, the name
is tagged NNP (NNPS beside it for names ending in -s). Words the drafted or hand-written tag
dictionaries already list are left to them. Standard library only (Python 3.11+).

Usage: python3 scripts/syntax/tagnames.py > data/lang/en/tags-names.tsv
"""
import glob
import os
import re
import tomllib

ROOT = os.path.join(os.path.dirname(__file__), "..", "..")
KINDS = {"state", "armed_group", "military", "political"}


def listed(path):
    words = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                words.add(line.split("\t", 1)[0].strip().lower())
    return words


def main():
    known = listed(os.path.join(ROOT, "data/lang/en/tags-drafted.tsv")) | listed(
        os.path.join(ROOT, "data/lang/en/tags.tsv")
    )
    names = set()
    for path in sorted(glob.glob(os.path.join(ROOT, "data/actors/*.toml"))):
        with open(path, "rb") as f:
            actors = tomllib.load(f).get("actor", [])
        for a in actors:
            if a.get("kind") not in KINDS:
                continue
            for n in [a.get("label", "")] + a.get("names", []) + a.get("capitals", []):
                if re.fullmatch(r"[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?", n):
                    names.add(n)
    print("# Proper names drafted by scripts/syntax/tagnames.py from data/actors/*.toml: one-word names")
    print("# and capitals of states, territories and armed groups, so that the tagger reads them as")
    print("# proper nouns before a word that may be a verb or a noun (\"Djibouti hosts ...\").")
    for n in sorted(names):
        if n.lower() in known:
            continue
        tags = "NNP NNPS" if n.endswith("s") else "NNP"
        print(f"{n.lower()}\t{tags}")


if __name__ == "__main__":
    main()
