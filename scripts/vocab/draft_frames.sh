#!/bin/sh
# Draft candidate verb and noun lemmas for data/lang/en/frames.toml from WordNet.
#
# Usage: scripts/vocab/draft_frames.sh [OUTDIR]      (needs Debian's `wordnet` package: the `wn` command)
#
# For each relation type, a few seed lemmas are expanded with WordNet: verb synonyms (-synsv),
# verb hyponyms (-hypov, "troponyms": ways of doing it), noun synonyms (-synsn), noun hyponyms
# (-hypon) and derivationally related forms (-derin / -derivv: "deliver" <-> "delivery").
# The output is one file per relation with candidate lemmas and their counts (how many seeds reached
# them), for reading only.
#
# NOTE: data/lang/en/frames.toml was CURATED BY HAND after drafting: senses that cause false positives
# (economic, figurative, sporting: "price war", "struck a deal", "support the dollar") were dropped,
# wire-service and ministry phrasings WordNet lacks were added ("take delivery", "sit down with",
# "military-technical"), British and American spellings were both listed, and the candidates were
# split into frames by argument order (supplier-first / recipient-first, symmetric). Nothing here is
# drawn from the evaluation articles.
set -eu
OUT=${1:-/tmp/relgraph-vocab-draft}
mkdir -p "$OUT"

# relation : verb seeds : noun seeds
SEEDS='arms_supply:supply deliver sell ship transfer export arm equip smuggle:supply delivery sale shipment transfer export supplier
energy_supply:supply deliver export pump ship sell:supply delivery export shipment supplier
trade:trade export import sell buy:trade commerce export import
military_cooperation:cooperate collaborate train drill:cooperation collaboration exercise drill training partnership
defense_treaty:ally sign ratify:treaty pact accord agreement
alliance:ally align:ally alliance partner partnership coalition
political_support:support back endorse champion defend:support backing endorsement solidarity
troop_deployment:deploy send dispatch station post:deployment contingent troop soldier
armed_conflict:attack fight clash battle bomb shell invade raid ambush strike:war attack battle clash offensive invasion bombardment
sanctions:sanction embargo blacklist penalize:sanction embargo ban
condemnation:condemn denounce criticize accuse blame rebuke censure deplore:condemnation criticism accusation denunciation
nuclear_cooperation:build construct:reactor plant cooperation
diplomatic_meeting:meet visit confer negotiate host receive:meeting talk summit visit conference negotiation'

words() { # extract lemmas from a wn listing: lines of comma-separated words, drop headings and "=>"
  sed -n 's/^ *\(=> \)\{0,1\}//p' | grep -v -e '^Sense' -e 'senses of' -e '^Synonyms' -e '^Derived' \
    -e 'RELATED TO' -e '^Hyponyms' -e '^$' -e '^\s*$' -e '^Troponyms' | tr ',' '\n' \
    | sed 's/^ *//; s/ *$//' | grep -E '^[a-z][a-z _-]*$' || true
}

echo "$SEEDS" | while IFS=: read -r rel verbs nouns; do
  f="$OUT/$rel.txt"
  : > "$f.tmp"
  for v in $verbs; do
    for opt in -synsv -hypov -derivv; do wn "$v" $opt 2>/dev/null | words | sed 's/^/verb /' >> "$f.tmp"; done
  done
  for n in $nouns; do
    for opt in -synsn -hypon -derin; do wn "$n" $opt 2>/dev/null | words | sed 's/^/noun /' >> "$f.tmp"; done
  done
  sort "$f.tmp" | uniq -c | sort -k1,1nr -k2 > "$f"
  rm -f "$f.tmp"
  echo "$rel: $(wc -l < "$f") candidates -> $f"
done
