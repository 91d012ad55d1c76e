#!/usr/bin/env python3
"""Drafts a tag dictionary from silver training parses (CoNLL-U).

For each frequent word (lower-cased), lists the Penn tags the teacher gave it often enough: the
tagger then picks the best-scoring tag among them and never one the word did not take in a million
tokens of news ("struck" read as a noun, "enhance" as a noun). Rare words are left to the model.

Usage: scripts/syntax/tagdict.py TRAIN.conllu > data/lang/en/tags-drafted.tsv
Standard library only. The output names no article and holds no sentence: only words and tags.
"""
import collections
import sys

MIN_COUNT = 10      # a word seen fewer times is left to the model
MIN_SHARE = 0.02    # a tag kept needs this share of the word's uses ...
MIN_TAG_COUNT = 3   # ... or this many uses
# Tags one form takes together whether or not the sample showed both: the base form and the
# present ("to enhance", "they enhance"), the past and the participle ("struck", "has struck"); any
# word may be part of a name or a title-case headline.
TOGETHER = [{"VB", "VBP"}, {"VBD", "VBN"}]
ALWAYS = {"NNP"}
# Closed classes and symbols the model never misreads; listing them only costs lookups.
SKIP_TAGS = {",", ".", ":", "``", "''", "-LRB-", "-RRB-", "HYPH", "NFP", "$", "#", "SYM", "CD", "LS"}


def main():
    counts = collections.defaultdict(collections.Counter)
    with open(sys.argv[1], encoding="utf-8") as f:
        for line in f:
            if not line or line[0] in "#\n":
                continue
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 5 or "-" in cols[0] or "." in cols[0]:
                continue
            counts[cols[1].lower()][cols[4]] += 1
    print("# Tag dictionary drafted by scripts/syntax/tagdict.py from the silver training parses:")
    print(f"# words seen at least {MIN_COUNT} times, with the tags that took at least {MIN_SHARE:.0%} of their")
    print(f"# uses or {MIN_TAG_COUNT} of them, with VB beside VBP, VBD beside VBN, and NNP always.")
    print("# data/lang/en/tags.tsv (by hand) wins where both list a word.")
    for word in sorted(counts):
        c = counts[word]
        total = sum(c.values())
        if total < MIN_COUNT or "\t" in word or " " in word:
            continue
        tags = sorted(t for t, n in c.items() if n >= MIN_TAG_COUNT or n / total >= MIN_SHARE)
        if not tags or all(t in SKIP_TAGS for t in tags):
            continue
        kept = set(tags) | ALWAYS
        for group in TOGETHER:
            if kept & group:
                kept |= group
        if "NNS" in kept:
            kept.add("NNPS")
        tags = sorted(kept)
        print(f"{word}\t{' '.join(tags)}")


if __name__ == "__main__":
    main()
