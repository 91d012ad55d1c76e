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
///
/// Weights are kept quantised to 16 bits (as in the model file) and laid out
/// for memory rather than for a general hasher: an open-addressing table keyed
/// by the feature hash itself (its top bits pick the slot: the keys of a
/// model file are sorted, so loading fills the table front to back instead
/// of at random), where each slot holds its key and, for the
/// usual row of at most three classes, the row itself (one cache line read per
/// feature); longer rows live in `spill`. A cell is `class << 16 | weight`.
/// Rows of at least [`DENSE_MIN`] classes (every row too long for a slot,
/// among them the bias and tag features nearly every step reads) are also
/// kept dense, one weight per class, in `dense`, and added a block of classes
/// at a time (vector adds) rather than cell by cell. Scoring asks for every slot of a step before it reads any.
#[derive(Debug, Clone)]
pub struct Weights {
    n_classes: usize,
    scale: f32,
    n_features: usize,
    n_weights: usize,
    slots: Vec<Slot>,
    /// A key's first slot is `key >> shift` (`slots` has `2^(32 - shift)` of them).
    shift: u32,
    spill: Vec<u32>,
    /// Dense rows, `width` weights each (0 for a class without a weight),
    /// from `dense_at` on: where the rows start on a cache line (in the
    /// table as built; a clone keeps the offset, only perhaps not the alignment).
    dense: Vec<i16>,
    dense_at: usize,
    /// `n_classes` rounded up to a whole number of [`BLOCK`]s.
    width: usize,
}

/// One feature's slot: `[key, a, b, c]`. `a` is [`EMPTY`] in a free slot;
/// `a & LONG != 0` marks a long row (`a & !LONG` its start in `spill`, `b`
/// its length, `c` 0 or, for a row also kept dense, 1 + its index in
/// `dense`); otherwise `a`, `b`, `c` are cells, [`NO_CELL`] where unused.
type Slot = [u32; 4];

const EMPTY: u32 = u32::MAX;
const NO_CELL: u32 = u32::MAX - 1;
const LONG: u32 = 1 << 31;
const INLINE: usize = 3;
/// The shortest row also kept dense: every row too long for its slot, so a
/// long row is one vector-added dense read instead of a read of `spill` and
/// cell-by-cell adds (about 10 MB more for the parser).
const DENSE_MIN: usize = 4;
/// Classes added together when adding dense rows (a few vector registers).
const BLOCK: usize = 16;
/// The bytes of a cache line.
const LINE: usize = 64;
/// The most dense rows a step collects before adding them (more are added cell by cell).
const MAX_DENSE: usize = 96;
/// Room for the long rows (a start and a length each) a step reads after the others (more are read at once).
const MAX_LONG: usize = 2 * 96;

/// Asks the CPU to bring `p`'s cache line in ahead of its use.
#[inline(always)]
fn prefetch<T>(p: &T) {
    #[cfg(target_arch = "x86_64")]
    {
        use std::arch::x86_64::{_mm_prefetch, _MM_HINT_T0};
        // SAFETY: a prefetch is only a hint; it never faults and reads nothing observable.
        unsafe { _mm_prefetch::<_MM_HINT_T0>(p as *const T as *const i8) };
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = p;
}

fn cell(class: u8, weight: i16) -> u32 {
    (class as u32) << 16 | weight as u16 as u32
}

/// Adds a row's cells to `sums`.
#[inline(always)]
fn add(cells: &[u32], sums: &mut [i32; 256]) {
    for c in cells {
        let (class, w) = uncell(*c);
        sums[class as usize] += w as i32;
    }
}

/// [`add_dense`] with AVX2 where the CPU has it (twice the classes per
/// vector add of the SSE2 every x86-64 has); the sums are the same.
fn add_dense_rows(dense: &[i16], starts: &[u32], sums: &mut [i32]) {
    #[cfg(target_arch = "x86_64")]
    {
        if std::arch::is_x86_feature_detected!("avx2") {
            // SAFETY: the CPU was just found to support AVX2, all that
            // `add_dense_avx2` is compiled to use beyond the baseline.
            unsafe { add_dense_avx2(dense, starts, sums) };
            return;
        }
    }
    add_dense(dense, starts, sums);
}

/// [`add_dense`] compiled for AVX2.
///
/// # Safety
/// The CPU must support AVX2.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
unsafe fn add_dense_avx2(dense: &[i16], starts: &[u32], sums: &mut [i32]) {
    add_dense(dense, starts, sums);
}

/// Adds the dense rows that start at `starts` in `dense` (each as long as
/// `sums`, a whole number of [`BLOCK`]s) to `sums`: a block of classes at a
/// time over all rows, so the block's sums stay in registers and each row's
/// block is one vector add.
#[inline(always)]
fn add_dense(dense: &[i16], starts: &[u32], sums: &mut [i32]) {
    for (b, block) in sums.chunks_exact_mut(BLOCK).enumerate() {
        let mut acc = [0i32; BLOCK];
        for &start in starts {
            let at = start as usize + b * BLOCK;
            let w: &[i16; BLOCK] = dense[at..at + BLOCK].try_into().expect("rows are whole blocks");
            for (a, w) in acc.iter_mut().zip(w) {
                *a += *w as i32;
            }
        }
        for (s, a) in block.iter_mut().zip(acc) {
            *s += a;
        }
    }
}

/// An empty vector with room for `len` items, whose memory the kernel is
/// asked to back with huge pages where it can: scoring reads the weight
/// tables at random, and with 4 KiB pages nearly every read also misses the
/// TLB. Only advice: nothing changes where it is not followed.
fn table<T>(len: usize) -> Vec<T> {
    let v: Vec<T> = Vec::with_capacity(len);
    advise_huge(v.as_ptr() as usize, len * std::mem::size_of::<T>());
    v
}

/// `len` zero weights, in memory advised as [`table`]'s. The zeros are the
/// allocator's (fresh memory, not written over), so filling the rows in
/// touches each page once.
fn zeroed_table(len: usize) -> Vec<i16> {
    let v = vec![0i16; len];
    advise_huge(v.as_ptr() as usize, len * std::mem::size_of::<i16>());
    v
}

/// Asks for huge pages over the whole 2 MiB pages inside `bytes` bytes from
/// `start`, which must be an allocation not yet written.
fn advise_huge(start: usize, bytes: usize) {
    #[cfg(target_os = "linux")]
    {
        const HUGE: usize = 2 << 20;
        let end = start + bytes;
        let (first, last) = ((start + HUGE - 1) & !(HUGE - 1), end & !(HUGE - 1));
        if last > first {
            // SAFETY: the range lies inside an allocation of the caller's that is not yet in use;
            // MADV_HUGEPAGE changes how it is backed, never its contents.
            unsafe { libc::madvise(first as *mut libc::c_void, last - first, libc::MADV_HUGEPAGE) };
        }
    }
    #[cfg(not(target_os = "linux"))]
    let _ = (start, bytes);
}

/// Whether a slot points at a long row in `spill`.
#[inline(always)]
fn is_long(s: &Slot) -> bool {
    s[1] & LONG != 0 && s[1] < NO_CELL
}

fn uncell(c: u32) -> (u8, i16) {
    ((c >> 16) as u8, c as u16 as i16)
}

impl Weights {
    /// Builds the table from rows of `(feature, [(class, weight)])` in
    /// quantised units of `scale`; rows must have distinct features.
    fn from_rows(n_classes: usize, scale: f32, rows: Vec<(u32, Vec<(u8, i16)>)>) -> Weights {
        let mut flat = Flat::default();
        for (key, row) in rows {
            flat.keys.push(key);
            flat.lens.push(row.len() as u16);
            for (c, w) in row {
                flat.classes.push(c);
                flat.weights.push(w);
            }
        }
        Weights::from_flat(n_classes, scale, &flat.keys, &flat.lens, &flat.classes, &flat.weights)
    }

    /// Builds the table from rows laid end to end (one allocation per array,
    /// none per row: this runs every time a model is loaded). Every table is
    /// sized before it is filled and filled in place: each page is touched
    /// once, which is most of what loading costs.
    fn from_flat(n_classes: usize, scale: f32, keys: &[u32], lens: &[u16], classes: &[u8], weights: &[i16]) -> Weights {
        let n = keys.len();
        let size = (n * 2).next_power_of_two().max(16);
        let shift = 32u32.saturating_sub(size.trailing_zeros());
        let mut slots = table(size);
        slots.resize(size, [0, EMPTY, 0, 0]);
        let width = n_classes.div_ceil(BLOCK).max(1) * BLOCK;
        let long_cells: usize = lens.iter().map(|&l| l as usize).filter(|&l| l > INLINE).sum();
        let dense_count = lens.iter().filter(|&&l| l as usize >= DENSE_MIN).count();
        let mut spill = table(long_cells);
        // Room to start the rows on a cache line: a row then spans as few lines as it can.
        let mut dense = zeroed_table(dense_count * width + LINE / 2);
        let dense_at = dense.as_ptr().align_offset(LINE).min(LINE / 2);
        let mut n_dense = 0;
        let mut at = 0;
        for (&key, &len) in keys.iter().zip(lens) {
            let len = len as usize;
            let row = classes[at..at + len].iter().zip(&weights[at..at + len]).map(|(&c, &w)| cell(c, w));
            let mut dense_ix = 0;
            if len >= DENSE_MIN {
                let start = dense_at + n_dense * width;
                for (&c, &w) in classes[at..at + len].iter().zip(&weights[at..at + len]) {
                    dense[start + c as usize] = w;
                }
                n_dense += 1;
                dense_ix = n_dense as u32;
            }
            at += len;
            let slot = if len <= INLINE {
                let mut s = [key, NO_CELL, NO_CELL, NO_CELL];
                for (i, c) in row.enumerate() {
                    s[1 + i] = c;
                }
                s
            } else {
                let s = [key, LONG | spill.len() as u32, len as u32, dense_ix];
                spill.extend(row);
                s
            };
            let mut i = (key >> shift) as usize;
            while slots[i][1] != EMPTY {
                i = (i + 1) & (size - 1);
            }
            slots[i] = slot;
        }
        Weights { n_classes, scale, n_features: n, n_weights: at, slots, shift, spill, dense, dense_at, width }
    }

    /// The first slot feature `key` may be in.
    #[inline(always)]
    fn home(&self, key: u32) -> usize {
        (key >> self.shift) as usize
    }

    /// The slot of feature `key`, if it has one.
    #[inline]
    fn find(&self, key: u32) -> Option<&Slot> {
        let mask = self.slots.len() - 1;
        let mut i = self.home(key);
        loop {
            let s = &self.slots[i];
            if s[1] == EMPTY {
                return None;
            }
            if s[0] == key {
                return Some(s);
            }
            i = (i + 1) & mask;
        }
    }

    /// Where a long slot's dense row starts in `dense`, if it has one.
    #[inline]
    fn dense_start(&self, s: &Slot) -> Option<usize> {
        let ix = s[3] as usize;
        (is_long(s) && ix > 0).then(|| self.dense_at + (ix - 1) * self.width)
    }

    /// The cells of a slot's row.
    #[inline]
    fn cells<'a>(&'a self, s: &'a Slot) -> &'a [u32] {
        if is_long(s) {
            let start = (s[1] & !LONG) as usize;
            &self.spill[start..start + s[2] as usize]
        } else {
            let n = s[1..].iter().take_while(|c| **c != NO_CELL).count();
            &s[1..1 + n]
        }
    }

    /// Every row as `(feature, [(class, weight)])`, in feature order.
    fn rows(&self) -> Vec<(u32, Vec<(u8, i16)>)> {
        let mut out: Vec<(u32, Vec<(u8, i16)>)> = self
            .slots
            .iter()
            .filter(|s| s[1] != EMPTY)
            .map(|s| (s[0], self.cells(s).iter().map(|c| uncell(*c)).collect()))
            .collect();
        out.sort_unstable_by_key(|r| r.0);
        out
    }

    /// The number of classes scored.
    pub fn n_classes(&self) -> usize {
        self.n_classes
    }

    /// The number of features with a weight.
    pub fn n_features(&self) -> usize {
        self.n_features
    }

    /// The number of (feature, class) weights.
    pub fn n_weights(&self) -> usize {
        self.n_weights
    }

    /// Adds each feature's weights to `scores` (one slot per class), in the
    /// model's units: only their order matters.
    ///
    /// Sums are kept in integers and converted once: every partial sum of
    /// 16-bit weights over a step's few dozen features is far below 2^24, so
    /// this is exactly what adding them one by one in `f32` gives.
    pub fn score(&self, features: &[u32], scores: &mut [f32]) {
        // A class is a byte, so there are at most 256 of them.
        let mut sums = [0i32; 256];
        for f in features {
            prefetch(&self.slots[self.home(*f)]);
        }
        // Short rows are read at once; long ones are asked for and read
        // after. Rows are noted by their slots and starts (plain numbers,
        // cheap to set up for every step).
        let mut long = [0u32; MAX_LONG];
        let mut n_long = 0;
        let mut dense = [0u32; MAX_DENSE];
        let mut n_dense = 0;
        for f in features {
            if let Some(s) = self.find(*f) {
                if let (Some(start), true) = (self.dense_start(s), n_dense < MAX_DENSE) {
                    // Every line of the row (a row is a few lines long).
                    for k in (start..start + self.width).step_by(LINE / 2) {
                        prefetch(&self.dense[k]);
                    }
                    dense[n_dense] = start as u32;
                    n_dense += 1;
                    continue;
                }
                let cells = self.cells(s);
                if is_long(s) && n_long < MAX_LONG {
                    prefetch(&cells[0]);
                    long[n_long] = s[1] & !LONG;
                    long[n_long + 1] = s[2];
                    n_long += 2;
                } else {
                    add(cells, &mut sums);
                }
            }
        }
        for row in long[..n_long].chunks_exact(2) {
            let start = row[0] as usize;
            add(&self.spill[start..start + row[1] as usize], &mut sums);
        }
        add_dense_rows(&self.dense, &dense[..n_dense], &mut sums[..self.width]);
        for (i, s) in scores.iter_mut().enumerate() {
            *s = sums.get(i).copied().unwrap_or(0) as f32;
        }
    }

    /// The same weights without those smaller than `min_abs` (a smaller model
    /// that scores almost the same).
    pub fn pruned(&self, min_abs: f32) -> Weights {
        let rows = self
            .rows()
            .into_iter()
            .map(|(k, row)| (k, row.into_iter().filter(|(_, w)| (*w as f32 * self.scale).abs() >= min_abs).collect()))
            .filter(|(_, row): &(u32, Vec<(u8, i16)>)| !row.is_empty())
            .collect();
        Weights::from_rows(self.n_classes, self.scale, rows)
    }

    /// The compact form stored in a model file: keys sorted and delta-coded,
    /// weights quantised to 16 bits.
    pub fn to_stored(&self) -> StoredWeights {
        let rows = self.rows();
        let mut out = StoredWeights {
            n_classes: self.n_classes as u16,
            scale: self.scale,
            key_deltas: Vec::with_capacity(rows.len()),
            lens: Vec::with_capacity(rows.len()),
            classes: Vec::with_capacity(self.n_weights()),
            weights: Vec::with_capacity(self.n_weights()),
        };
        let mut last = 0u32;
        for (k, row) in rows {
            out.key_deltas.push(k - last);
            last = k;
            out.lens.push(row.len() as u16);
            for (c, w) in row {
                out.classes.push(c);
                out.weights.push(w);
            }
        }
        out
    }

    /// Rebuilds scoring weights from the stored form; `None` when it is inconsistent.
    pub fn from_stored(s: &StoredWeights) -> Option<Weights> {
        let n = s.key_deltas.len();
        if s.lens.len() != n || s.classes.len() != s.weights.len() || s.classes.len() >= u32::MAX as usize / 2 {
            return None;
        }
        let total: usize = s.lens.iter().map(|l| *l as usize).sum();
        if total != s.classes.len()
            || s.classes.iter().any(|c| *c as usize >= s.n_classes as usize)
            || !(s.scale.is_finite() && s.scale > 0.0)
        {
            return None;
        }
        let mut keys = Vec::with_capacity(n);
        let mut key = 0u32;
        for (i, d) in s.key_deltas.iter().enumerate() {
            // Keys are strictly increasing after the first, so each feature has one row.
            if i > 0 && *d == 0 {
                return None;
            }
            key = key.checked_add(*d)?;
            keys.push(key);
        }
        Some(Weights::from_flat(s.n_classes as usize, s.scale, &keys, &s.lens, &s.classes, &s.weights))
    }
}

/// Rows laid end to end: each feature's key and row length, then all rows' classes and weights.
#[derive(Default)]
struct Flat {
    keys: Vec<u32>,
    lens: Vec<u16>,
    classes: Vec<u8>,
    weights: Vec<i16>,
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
        let mut rows = Vec::with_capacity(keys.len());
        for k in keys {
            let mut row = self.rows[&k].clone();
            row.sort_by_key(|c| c.class);
            let averaged: Vec<(u8, f32)> = row
                .iter()
                .map(|c| (c.class, ((c.total + (step - c.stamp) as f64 * c.weight as f64) / step as f64) as f32))
                .filter(|(_, w)| w.abs() >= min_abs)
                .collect();
            if !averaged.is_empty() {
                rows.push((k, averaged));
            }
        }
        // Quantised to 16 bits, as the model file stores them.
        let max = rows.iter().flat_map(|r| &r.1).fold(0f32, |m, (_, w)| m.max(w.abs())).max(1e-9);
        let scale = max / i16::MAX as f32;
        let rows = rows
            .into_iter()
            .map(|(k, row)| (k, row.into_iter().map(|(c, w)| (c, (w / scale).round() as i16)).collect()))
            .collect();
        Weights::from_rows(self.n_classes, scale, rows)
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
