//! Part-of-speech tagging: a greedy left-to-right averaged perceptron over
//! Penn Treebank tags (word, affixes, shape and the two previous tags).

use crate::syntax::perceptron::{feature, string_id, Trainer, Weights};
use rustc_hash::FxHashMap;
use std::borrow::Cow;

/// What the tagger knows about one word, computed once per token.
#[derive(Debug, Clone, Copy)]
pub struct WordFeatures {
    word: u64,
    suffix: u64,
    suffix2: u64,
    prefix: u64,
    shape: u64,
}

/// Per-token feature ids for `words`.
pub fn word_features(words: &[&str]) -> Vec<WordFeatures> {
    words.iter().map(|w| features_of(w)).collect()
}

/// The features of one word.
fn features_of(w: &str) -> WordFeatures {
    // Most words are short ASCII: the same features, from text on the stack.
    const SHORT: usize = 32;
    if w.is_ascii() && w.len() <= SHORT {
        let mut buf = [0u8; SHORT];
        let lower = &mut buf[..w.len()];
        lower.copy_from_slice(w.as_bytes());
        lower.make_ascii_lowercase();
        let lower = std::str::from_utf8(lower).expect("ASCII");
        let n = lower.len();
        let mut shape_buf = [0u8; SHORT];
        let shape = ascii_shape(w, &mut shape_buf);
        return WordFeatures {
            word: string_id(lower),
            suffix: string_id(&lower[n.saturating_sub(3)..]),
            suffix2: string_id(&lower[n.saturating_sub(2)..]),
            prefix: string_id(&lower[..n.min(1)]),
            shape: string_id(shape),
        };
    }
    features_of_any(w)
}

/// [`features_of`] for any word.
fn features_of_any(w: &str) -> WordFeatures {
    let lower = w.to_lowercase();
    let chars: Vec<char> = lower.chars().collect();
    let tail = |n: usize| chars[chars.len().saturating_sub(n)..].iter().collect::<String>();
    WordFeatures {
        word: string_id(&lower),
        suffix: string_id(&tail(3)),
        suffix2: string_id(&tail(2)),
        prefix: string_id(&chars.iter().take(1).collect::<String>()),
        shape: string_id(&shape(w)),
    }
}

/// [`shape`] of an ASCII word no longer than `out`, written into `out`.
fn ascii_shape<'a>(w: &str, out: &'a mut [u8]) -> &'a str {
    let mut len = 0;
    for b in w.bytes() {
        let s = match b {
            b'A'..=b'Z' => b'X',
            b'a'..=b'z' => b'x',
            b'0'..=b'9' => b'd',
            b => b,
        };
        let n = out[..len].iter().rev().take_while(|p| **p == s).count();
        if n < 3 {
            out[len] = s;
            len += 1;
        }
    }
    std::str::from_utf8(&out[..len]).expect("ASCII")
}

/// A word's shape: case and digits, squeezed ("Xxxx", "dd,ddd", "X.X.").
fn shape(w: &str) -> String {
    let mut out = String::new();
    for c in w.chars() {
        let s = if c.is_uppercase() {
            'X'
        } else if c.is_lowercase() {
            'x'
        } else if c.is_ascii_digit() {
            'd'
        } else {
            c
        };
        let n = out.chars().rev().take_while(|p| *p == s).count();
        if n < 3 {
            out.push(s);
        }
    }
    out
}

const NONE: u64 = 0x9e37_79b9_7f4a_7c15;
const START: u64 = 0x2545_f491_4f6c_dd1d;

/// The features of position `i`, given the two tags before it.
fn features(ctx: &[WordFeatures], i: usize, prev: u64, prev2: u64, out: &mut Vec<u32>) {
    out.clear();
    let at = |j: isize| -> Option<&WordFeatures> {
        if j < 0 {
            None
        } else {
            ctx.get(j as usize)
        }
    };
    let i = i as isize;
    let w = at(i).expect("position in range");
    let word = |j: isize| at(j).map(|f| f.word).unwrap_or(if j < 0 { START } else { NONE });
    let suffix = |j: isize| at(j).map(|f| f.suffix).unwrap_or(NONE);
    out.extend_from_slice(&[
        feature(0, &[]),
        feature(1, &[w.word]),
        feature(2, &[w.suffix]),
        feature(3, &[w.suffix2]),
        feature(4, &[w.prefix]),
        feature(5, &[w.shape]),
        feature(6, &[prev]),
        feature(7, &[prev, prev2]),
        feature(8, &[prev, w.word]),
        feature(9, &[word(i - 1)]),
        feature(10, &[suffix(i - 1)]),
        feature(11, &[word(i - 2)]),
        feature(12, &[word(i + 1)]),
        feature(13, &[suffix(i + 1)]),
        feature(14, &[word(i + 2)]),
        feature(15, &[w.shape, u64::from(i == 0)]),
        feature(16, &[word(i - 1), w.word]),
        feature(17, &[w.word, word(i + 1)]),
    ]);
}

/// The tags a word may have, by lower-case word, as class indexes: a word the
/// dictionary lists gets the best-scoring of its listed tags ("ally" is a noun
/// or a verb, never the adverb its ending suggests).
pub type TagDictionary = FxHashMap<String, Vec<usize>>;

/// Tags `words` with `weights` (classes are indexes into the model's tag list).
pub fn tag(weights: &Weights, tag_ids: &[u64], words: &[&str]) -> Vec<usize> {
    tag_with(weights, tag_ids, &TagDictionary::default(), words)
}

/// Tags `words` as [`tag`] does, each word the dictionary lists restricted to its tags.
pub fn tag_with(weights: &Weights, tag_ids: &[u64], dictionary: &TagDictionary, words: &[&str]) -> Vec<usize> {
    tag_after(weights, tag_ids, dictionary, words, &[])
}

/// Tags `words` as [`tag_with`] does, with the first words' tags given
/// (`fixed`): the rest are chosen in their light.
pub fn tag_after(
    weights: &Weights,
    tag_ids: &[u64],
    dictionary: &TagDictionary,
    words: &[&str],
    fixed: &[usize],
) -> Vec<usize> {
    let ctx = word_features(words);
    let mut scores = vec![0.0; weights.n_classes()];
    let mut feats = Vec::with_capacity(24);
    let mut out = Vec::with_capacity(words.len());
    let (mut prev, mut prev2) = (START, START);
    for (i, word) in words.iter().enumerate() {
        // Most words are lower case already and are looked up without a copy.
        let allowed = if dictionary.is_empty() || i < fixed.len() {
            None
        } else {
            let lower = if word.bytes().any(|b| b.is_ascii_uppercase() || !b.is_ascii()) {
                Cow::Owned(word.to_lowercase())
            } else {
                Cow::Borrowed(*word)
            };
            dictionary.get(lower.as_ref())
        };
        let best = match allowed {
            _ if i < fixed.len() => fixed[i],
            // A word with one tag listed gets it whatever the scores: they are not computed.
            Some(classes) if classes.len() == 1 => classes[0],
            Some(classes) => {
                features(&ctx, i, prev, prev2, &mut feats);
                weights.score(&feats, &mut scores);
                classes.iter().copied().fold(classes[0], |b, c| if scores[c] > scores[b] { c } else { b })
            }
            None => {
                features(&ctx, i, prev, prev2, &mut feats);
                weights.score(&feats, &mut scores);
                argmax(&scores)
            }
        };
        out.push(best);
        prev2 = prev;
        prev = tag_ids[best];
    }
    out
}

/// The index of the highest score (the first on ties).
pub(crate) fn argmax(scores: &[f32]) -> usize {
    let mut best = 0;
    for (i, s) in scores.iter().enumerate() {
        if *s > scores[best] {
            best = i;
        }
    }
    best
}

/// Trains the tagger on `(words, gold tag indexes)` sentences for `epochs`
/// passes, in an order shuffled by `seed`.
pub fn train(sentences: &[(Vec<&str>, Vec<usize>)], tag_ids: &[u64], epochs: usize, seed: u64) -> Weights {
    let mut model = Trainer::new(tag_ids.len());
    let mut order: Vec<usize> = (0..sentences.len()).collect();
    let mut rng = fastrand::Rng::with_seed(seed);
    let mut scores = vec![0.0; tag_ids.len()];
    let mut feats = Vec::with_capacity(24);
    let contexts: Vec<Vec<WordFeatures>> = sentences.iter().map(|(w, _)| word_features(w)).collect();
    for _ in 0..epochs {
        rng.shuffle(&mut order);
        for &s in &order {
            let gold = &sentences[s].1;
            let ctx = &contexts[s];
            let (mut prev, mut prev2) = (START, START);
            for (i, &truth) in gold.iter().enumerate() {
                features(ctx, i, prev, prev2, &mut feats);
                model.score(&feats, &mut scores);
                let guess = argmax(&scores);
                model.update(truth, guess, &feats);
                prev2 = prev;
                // Condition on the guess, as at run time.
                prev = tag_ids[guess];
            }
        }
    }
    model.finish(0.01)
}

#[cfg(test)]
mod tests {
    use super::{features_of, features_of_any};

    #[test]
    fn short_ascii_words_get_the_features_any_word_gets() {
        for w in ["Russia", "U.S.", "1,000,000", "AAAA-bbbb", "x", "n't", "''", "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef"] {
            let (a, b) = (features_of(w), features_of_any(w));
            assert_eq!(
                (a.word, a.suffix, a.suffix2, a.prefix, a.shape),
                (b.word, b.suffix, b.suffix2, b.prefix, b.shape),
                "{w}"
            );
        }
    }
}
