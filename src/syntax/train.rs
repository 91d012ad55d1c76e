//! Training and measuring the tagger and parser on a treebank (silver
//! parses from a teacher pipeline), and drafting the lemma exceptions.

use crate::syntax::conllu::TreebankSentence;
use crate::syntax::lemma::{LemmaClass, Lemmatizer};
use crate::syntax::parser::{self, Example};
use crate::syntax::perceptron::string_id;
use crate::syntax::{tagger, Analyzer, ModelFile, MODEL_VERSION};
use std::collections::{BTreeMap, BTreeSet};

/// Training settings.
#[derive(Debug, Clone, Copy)]
pub struct TrainOptions {
    /// Passes over the data for the tagger.
    pub tagger_epochs: usize,
    /// Passes over the data for the parser.
    pub parser_epochs: usize,
    /// Seed for the order of sentences.
    pub seed: u64,
}

impl Default for TrainOptions {
    fn default() -> Self {
        TrainOptions { tagger_epochs: 5, parser_epochs: 6, seed: 7 }
    }
}

/// Trains a model on `sentences`. Non-projective trees are left out of the
/// parser's training (the transition system cannot build them).
pub fn train(sentences: &[TreebankSentence], opts: TrainOptions) -> ModelFile {
    let tags: Vec<String> =
        sentences.iter().flat_map(|s| s.tags.iter().cloned()).collect::<BTreeSet<_>>().into_iter().collect();
    let labels: Vec<String> = sentences
        .iter()
        .flat_map(|s| s.labels.iter().cloned())
        .filter(|l| l != "root" && l != "ROOT")
        .collect::<BTreeSet<_>>()
        .into_iter()
        .chain(std::iter::once("root".to_string()))
        .collect();
    let tag_index: BTreeMap<&str, usize> = tags.iter().enumerate().map(|(i, t)| (t.as_str(), i)).collect();
    let label_index: BTreeMap<&str, usize> = labels.iter().enumerate().map(|(i, t)| (t.as_str(), i)).collect();
    let tag_ids: Vec<u64> = tags.iter().map(|t| string_id(t)).collect();

    let tagged: Vec<(Vec<&str>, Vec<usize>)> = sentences
        .iter()
        .map(|s| (s.forms.iter().map(String::as_str).collect(), s.tags.iter().map(|t| tag_index[t.as_str()]).collect()))
        .collect();
    let tagger_weights = tagger::train(&tagged, &tag_ids, opts.tagger_epochs, opts.seed);

    let root = label_index["root"];
    let examples: Vec<Example> =
        sentences
            .iter()
            .zip(&tagged)
            .filter(|(s, _)| {
                parser::is_projective(&s.heads) && s.heads.iter().filter(|&&h| h == s.forms.len()).count() == 1
            })
            .map(|(s, (words, _))| {
                let predicted = tagger::tag(&tagger_weights, &tag_ids, words);
                Example {
                    words: words.iter().map(|w| string_id(&w.to_lowercase())).collect(),
                    tags: predicted.iter().map(|t| tag_ids[*t]).collect(),
                    heads: s.heads.clone(),
                    labels: s
                        .labels
                        .iter()
                        .zip(&s.heads)
                        .map(|(l, &h)| {
                            if h == s.forms.len() {
                                root
                            } else {
                                label_index.get(l.as_str()).copied().unwrap_or(root)
                            }
                        })
                        .collect(),
                }
            })
            .collect();
    let label_ids = parser::label_ids(&labels);
    let parser_weights = parser::train(&examples, &label_ids, opts.parser_epochs, opts.seed);
    ModelFile {
        version: MODEL_VERSION,
        tags,
        labels,
        tagger: tagger_weights.to_stored(),
        parser: parser_weights.to_stored(),
    }
}

/// Accuracy against a treebank, on its own tokens.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Accuracy {
    /// Sentences scored.
    pub sentences: usize,
    /// Tokens scored.
    pub tokens: usize,
    /// Share of tokens with the right tag.
    pub pos: f64,
    /// Share of non-punctuation tokens with the right head.
    pub uas: f64,
    /// Share of non-punctuation tokens with the right head and label.
    pub las: f64,
    /// Share of tokens with the right lemma (lowercased).
    pub lemma: f64,
}

/// Scores the analyser against `sentences` (given their tokens).
pub fn evaluate(analyzer: &Analyzer, sentences: &[TreebankSentence]) -> Accuracy {
    let (mut n, mut pos, mut lemma, mut arcs, mut uas, mut las) = (0usize, 0usize, 0usize, 0usize, 0usize, 0usize);
    for s in sentences {
        let words: Vec<&str> = s.forms.iter().map(String::as_str).collect();
        let (tags, heads, labels) = analyzer.tag_and_parse(&words);
        for i in 0..words.len() {
            n += 1;
            let tag = &analyzer.tags()[tags[i]];
            pos += usize::from(*tag == s.tags[i]);
            lemma += usize::from(analyzer.lemmatizer.lemma(words[i], tag) == s.lemmas[i].to_lowercase());
            if s.labels[i] == "punct" {
                continue;
            }
            arcs += 1;
            if heads[i] == s.heads[i] {
                uas += 1;
                let gold = if s.heads[i] == words.len() { "root" } else { s.labels[i].as_str() };
                las += usize::from(analyzer.labels()[labels[i]] == gold);
            }
        }
    }
    let share = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
    Accuracy {
        sentences: sentences.len(),
        tokens: n,
        pos: share(pos, n),
        uas: share(uas, arcs),
        las: share(las, arcs),
        lemma: share(lemma, n),
    }
}

/// Share of the treebank's tokens that the tokenizer reproduces from the
/// sentence's text (same start and end).
pub fn tokenizer_agreement(analyzer: &Analyzer, sentences: &[TreebankSentence]) -> f64 {
    let (mut same, mut total) = (0usize, 0usize);
    for s in sentences {
        let text = s.text();
        let mut gold = BTreeSet::new();
        let mut at = 0;
        for (f, sp) in s.forms.iter().zip(&s.space_after) {
            gold.insert((at, at + f.len()));
            at += f.len() + usize::from(*sp);
        }
        let ours: BTreeSet<(usize, usize)> =
            analyzer.tokenizer().tokenize(&text).iter().map(|t| (t.start, t.end)).collect();
        same += gold.intersection(&ours).count();
        total += gold.len();
    }
    if total == 0 {
        0.0
    } else {
        same as f64 / total as f64
    }
}

/// Lemma exceptions the rules get wrong, drafted from the treebank: each
/// lowercase form and class whose teacher lemma differs from the rule's,
/// seen at least `min_count` times, with its most frequent lemma.
pub fn lemma_exceptions(sentences: &[TreebankSentence], min_count: usize) -> String {
    let mut counts: BTreeMap<(String, &'static str, String), usize> = BTreeMap::new();
    for s in sentences {
        for i in 0..s.forms.len() {
            let Some(class) = LemmaClass::of_tag(&s.tags[i]) else { continue };
            let form = s.forms[i].to_lowercase();
            if !form.chars().all(|c| c.is_alphabetic() || c == '-' || c == '\'') {
                continue;
            }
            let gold = s.lemmas[i].to_lowercase();
            if Lemmatizer::rule_lemma(&form, &s.tags[i]) == gold {
                continue;
            }
            let name = match class {
                LemmaClass::Noun => "noun",
                LemmaClass::Verb => "verb",
                LemmaClass::Adjective => "adj",
            };
            *counts.entry((form, name, gold)).or_default() += 1;
        }
    }
    // The most frequent lemma per (form, class).
    let mut best: BTreeMap<(String, &'static str), (usize, String)> = BTreeMap::new();
    for ((form, class, lemma), n) in counts {
        let e = best.entry((form, class)).or_insert((0, String::new()));
        if n > e.0 {
            *e = (n, lemma);
        }
    }
    let mut out = String::new();
    for ((form, class), (n, lemma)) in best {
        if n >= min_count {
            out.push_str(&format!("{form}\t{class}\t{lemma}\n"));
        }
    }
    out
}
