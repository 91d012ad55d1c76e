//! The averaged perceptron shared by the tagger and the parser: sparse
//! weights per (feature, class), where a feature is a 32-bit hash of a
//! template and the words, tags or labels it looks at.

use rustc_hash::{FxHashMap, FxHasher};
use serde::{Deserialize, Serialize};
use std::hash::{Hash, Hasher};

/// A 64-bit id for a string (a word, a tag), stable across runs and machines.
pub fn string_id(s: &str) -> u64 {
    let mut h = FxHasher::default();
    s.hash(&mut h);
    h.finish()
}

/// The hash of a feature: its template number and the ids it combines.
pub fn feature(template: u32, parts: &[u64]) -> u32 {
    let mut h = FxHasher::default();
    h.write_u32(template);
    for p in parts {
        h.write_u64(*p);
    }
    let x = h.finish();
    (x >> 32) as u32 ^ x as u32
}

/// Trained weights, ready to score: for each feature, the classes it votes for.
#[derive(Debug, Clone, Default)]
pub struct Weights {
    n_classes: usize,
    index: FxHashMap<u32, (u32, u32)>,
    classes: Vec<u8>,
    weights: Vec<f32>,
}

impl Weights {
    /// The number of classes scored.
    pub fn n_classes(&self) -> usize {
        self.n_classes
    }

    /// The number of features with a weight.
    pub fn n_features(&self) -> usize {
        self.index.len()
    }

    /// The number of (feature, class) weights.
    pub fn n_weights(&self) -> usize {
        self.weights.len()
    }

    /// Adds each feature's weights to `scores` (one slot per class).
    pub fn score(&self, features: &[u32], scores: &mut [f32]) {
        scores.iter_mut().for_each(|s| *s = 0.0);
        for f in features {
            if let Some(&(start, end)) = self.index.get(f) {
                let (start, end) = (start as usize, end as usize);
                for (c, w) in self.classes[start..end].iter().zip(&self.weights[start..end]) {
                    scores[*c as usize] += *w;
                }
            }
        }
    }

    /// The same weights without those smaller than `min_abs` (a smaller model
    /// that scores almost the same).
    pub fn pruned(&self, min_abs: f32) -> Weights {
        let mut keys: Vec<u32> = self.index.keys().copied().collect();
        keys.sort_unstable();
        let mut w = Weights { n_classes: self.n_classes, ..Default::default() };
        for k in keys {
            let (start, end) = self.index[&k];
            let from = w.classes.len() as u32;
            for i in start as usize..end as usize {
                if self.weights[i].abs() >= min_abs {
                    w.classes.push(self.classes[i]);
                    w.weights.push(self.weights[i]);
                }
            }
            let to = w.classes.len() as u32;
            if to > from {
                w.index.insert(k, (from, to));
            }
        }
        w
    }

    /// The compact form stored in a model file: keys sorted and delta-coded,
    /// weights quantised to 16 bits.
    pub fn to_stored(&self) -> StoredWeights {
        let mut keys: Vec<u32> = self.index.keys().copied().collect();
        keys.sort_unstable();
        let max = self.weights.iter().fold(0f32, |m, w| m.max(w.abs())).max(1e-9);
        let scale = max / i16::MAX as f32;
        let mut out = StoredWeights {
            n_classes: self.n_classes as u16,
            scale,
            key_deltas: Vec::with_capacity(keys.len()),
            lens: Vec::with_capacity(keys.len()),
            classes: Vec::with_capacity(self.classes.len()),
            weights: Vec::with_capacity(self.weights.len()),
        };
        let mut last = 0u32;
        for k in keys {
            let (start, end) = self.index[&k];
            out.key_deltas.push(k - last);
            last = k;
            out.lens.push((end - start) as u16);
            for i in start as usize..end as usize {
                out.classes.push(self.classes[i]);
                out.weights.push((self.weights[i] / scale).round() as i16);
            }
        }
        out
    }

    /// Rebuilds scoring weights from the stored form; `None` when it is inconsistent.
    pub fn from_stored(s: &StoredWeights) -> Option<Weights> {
        let n = s.key_deltas.len();
        if s.lens.len() != n || s.classes.len() != s.weights.len() {
            return None;
        }
        let total: usize = s.lens.iter().map(|l| *l as usize).sum();
        if total != s.classes.len() || s.classes.iter().any(|c| *c as usize >= s.n_classes as usize) {
            return None;
        }
        let mut index = FxHashMap::with_capacity_and_hasher(n, Default::default());
        let mut key = 0u32;
        let mut at = 0u32;
        for (d, len) in s.key_deltas.iter().zip(&s.lens) {
            key = key.checked_add(*d)?;
            index.insert(key, (at, at + *len as u32));
            at += *len as u32;
        }
        Some(Weights {
            n_classes: s.n_classes as usize,
            index,
            classes: s.classes.clone(),
            weights: s.weights.iter().map(|w| *w as f32 * s.scale).collect(),
        })
    }
}

/// [`Weights`] as written in a model file.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct StoredWeights {
    n_classes: u16,
    scale: f32,
    key_deltas: Vec<u32>,
    lens: Vec<u16>,
    classes: Vec<u8>,
    weights: Vec<i16>,
}

#[derive(Debug, Clone, Copy)]
struct Cell {
    class: u8,
    weight: f32,
    total: f64,
    stamp: u32,
}

/// An averaged perceptron being trained.
#[derive(Debug, Default)]
pub struct Trainer {
    n_classes: usize,
    rows: FxHashMap<u32, Vec<Cell>>,
    step: u32,
}

impl Trainer {
    /// A trainer for `n_classes` classes (at most 256).
    pub fn new(n_classes: usize) -> Trainer {
        assert!(n_classes <= 256, "at most 256 classes");
        Trainer { n_classes, rows: FxHashMap::default(), step: 0 }
    }

    /// Current (not averaged) scores.
    pub fn score(&self, features: &[u32], scores: &mut [f32]) {
        scores.iter_mut().for_each(|s| *s = 0.0);
        for f in features {
            if let Some(row) = self.rows.get(f) {
                for c in row {
                    scores[c.class as usize] += c.weight;
                }
            }
        }
    }

    /// One training step: moves weight from the guessed class to the true one.
    pub fn update(&mut self, truth: usize, guess: usize, features: &[u32]) {
        self.step += 1;
        if truth == guess {
            return;
        }
        let step = self.step;
        for f in features {
            let row = self.rows.entry(*f).or_default();
            for (class, delta) in [(truth, 1.0f32), (guess, -1.0f32)] {
                let cell = match row.iter_mut().position(|c| c.class as usize == class) {
                    Some(i) => &mut row[i],
                    None => {
                        row.push(Cell { class: class as u8, weight: 0.0, total: 0.0, stamp: step });
                        row.last_mut().expect("just pushed")
                    }
                };
                cell.total += (step - cell.stamp) as f64 * cell.weight as f64;
                cell.stamp = step;
                cell.weight += delta;
            }
        }
    }

    /// Averages the weights over all steps and drops those smaller than `min_abs`.
    pub fn finish(self, min_abs: f32) -> Weights {
        let step = self.step.max(1);
        let mut keys: Vec<u32> = self.rows.keys().copied().collect();
        keys.sort_unstable();
        let mut w = Weights { n_classes: self.n_classes, ..Default::default() };
        for k in keys {
            let start = w.classes.len() as u32;
            let mut row = self.rows[&k].clone();
            row.sort_by_key(|c| c.class);
            for c in row {
                let total = c.total + (step - c.stamp) as f64 * c.weight as f64;
                let avg = (total / step as f64) as f32;
                if avg.abs() >= min_abs {
                    w.classes.push(c.class);
                    w.weights.push(avg);
                }
            }
            let end = w.classes.len() as u32;
            if end > start {
                w.index.insert(k, (start, end));
            }
        }
        w
    }
}

#[cfg(test)]
mod tests {
    use super::{feature, Trainer, Weights};

    #[test]
    fn learns_a_separable_problem_and_survives_storage() {
        // Class = which of two features fires.
        let (a, b) = (feature(1, &[1]), feature(1, &[2]));
        let mut t = Trainer::new(2);
        let mut scores = [0.0; 2];
        for _ in 0..5 {
            for (f, truth) in [(a, 0), (b, 1)] {
                t.score(&[f], &mut scores);
                let guess = if scores[1] > scores[0] { 1 } else { 0 };
                t.update(truth, guess, &[f]);
            }
        }
        let w = t.finish(0.0);
        let w = Weights::from_stored(&w.to_stored()).expect("consistent");
        // The first class wins a tie, as in the tagger and parser.
        w.score(&[a], &mut scores);
        assert!(scores[0] >= scores[1]);
        w.score(&[b], &mut scores);
        assert!(scores[1] > scores[0]);
        assert!(Weights::from_stored(&w.pruned(10.0).to_stored()).unwrap().n_weights() == 0);
    }
}
