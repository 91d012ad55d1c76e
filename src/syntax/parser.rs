//! Dependency parsing: a greedy arc-hybrid transition parser scored by an
//! averaged perceptron and trained with a dynamic oracle (Goldberg and
//! Nivre 2013), so it learns to recover from its own mistakes.
//!
//! Transitions, with the stack's top `s0`, the one below `s1` and the first
//! word of the buffer `b` (the root once the words are used up):
//! SHIFT pushes `b`; LEFT(l) makes `b` the head of `s0` and pops it;
//! RIGHT(l) makes `s1` the head of `s0` and pops it. A sentence has one root.

use crate::syntax::perceptron::{feature, string_id, Trainer, Weights};

const NONE: u64 = 0x51a4_d1b2_c3e4_f506;
const ROOT: u64 = 0x7a3c_9d2e_1f40_b5c6;
const NO_LABEL: u64 = 0x0c1d_2e3f_4a5b_6c7d;

/// Parser state: the stack, the buffer position and the arcs built so far.
struct State {
    n: usize,
    stack: Vec<usize>,
    b: usize,
    heads: Vec<usize>,
    labels: Vec<usize>,
    /// For each head (the root last), what the features read of its dependents.
    kids: Vec<Kids>,
}

/// What the features read of one head's dependents: the two leftmost left
/// dependents, the two right dependents attached last, and how many of each
/// (kept as they are attached: no list per head is built or sorted).
#[derive(Debug, Clone, Copy)]
struct Kids {
    /// The leftmost left dependent and the next, [`NO_KID`] where there is none.
    left: [usize; 2],
    /// The right dependent attached last and the one before, [`NO_KID`] where there is none.
    right: [usize; 2],
    n_left: usize,
    n_right: usize,
}

/// No dependent.
const NO_KID: usize = usize::MAX;

impl Kids {
    const NONE: Kids = Kids { left: [NO_KID; 2], right: [NO_KID; 2], n_left: 0, n_right: 0 };

    /// Notes left dependent `d`: it takes its place among the two leftmost.
    fn add_left(&mut self, d: usize) {
        if d < self.left[0] {
            self.left = [d, self.left[0]];
        } else if d < self.left[1] {
            self.left[1] = d;
        }
        self.n_left += 1;
    }

    /// Notes right dependent `d`, attached after those before.
    fn add_right(&mut self, d: usize) {
        self.right = [d, self.right[0]];
        self.n_right += 1;
    }
}

const SHIFT: usize = 0;

impl State {
    fn new(n: usize) -> State {
        State {
            n,
            stack: Vec::new(),
            b: 0,
            heads: vec![usize::MAX; n],
            labels: vec![usize::MAX; n],
            kids: vec![Kids::NONE; n + 1],
        }
    }

    fn done(&self) -> bool {
        self.b >= self.n && self.stack.is_empty()
    }

    fn can_shift(&self) -> bool {
        self.b < self.n
    }

    fn can_left(&self) -> bool {
        !self.stack.is_empty() && (self.b < self.n || self.stack.len() == 1)
    }

    fn can_right(&self) -> bool {
        self.stack.len() >= 2
    }

    fn apply(&mut self, class: usize, n_labels: usize) {
        if class == SHIFT {
            self.stack.push(self.b);
            self.b += 1;
            return;
        }
        let (left, label) = if class <= n_labels { (true, class - 1) } else { (false, class - 1 - n_labels) };
        let s0 = self.stack.pop().expect("valid move");
        let head = if left { self.b } else { *self.stack.last().expect("valid move") };
        self.heads[s0] = head;
        self.labels[s0] = label;
        if s0 < head {
            self.kids[head].add_left(s0);
        } else {
            self.kids[head].add_right(s0);
        }
    }
}

/// Word and tag ids of a sentence, as the parser's features see them.
pub struct Context<'a> {
    /// Lowercase word ids.
    pub words: &'a [u64],
    /// Tag ids.
    pub tags: &'a [u64],
}

fn features(st: &State, cx: &Context, label_ids: &[u64], out: &mut Vec<u32>) {
    out.clear();
    let word = |i: Option<usize>| match i {
        Some(i) if i < st.n => cx.words[i],
        Some(_) => ROOT,
        None => NONE,
    };
    let tag = |i: Option<usize>| match i {
        Some(i) if i < st.n => cx.tags[i],
        Some(_) => ROOT,
        None => NONE,
    };
    let label = |i: Option<usize>| match i {
        Some(i) if i < st.n && st.labels[i] != usize::MAX => label_ids[st.labels[i]],
        _ => NO_LABEL,
    };
    let depth = st.stack.len();
    let s0 = st.stack.last().copied();
    let s1 = if depth >= 2 { Some(st.stack[depth - 2]) } else { None };
    let s2 = if depth >= 3 { Some(st.stack[depth - 3]) } else { None };
    let n0 = if st.b <= st.n { Some(st.b) } else { None };
    let n1 = if st.b < st.n { Some(st.b + 1) } else { None };
    let n2 = if st.b + 1 < st.n { Some(st.b + 2) } else { None };
    let kid = |k: usize| (k != NO_KID).then_some(k);
    let left = |h: Option<usize>, k: usize| h.and_then(|h| kid(st.kids[h].left[k]));
    let right = |h: Option<usize>, k: usize| h.and_then(|h| kid(st.kids[h].right[k]));
    let nl = |h: Option<usize>| h.map(|h| st.kids[h].n_left as u64).unwrap_or(99);
    let nr = |h: Option<usize>| h.map(|h| st.kids[h].n_right as u64).unwrap_or(99);
    let (s0l1, s0l2, s0r1, s0r2) = (left(s0, 0), left(s0, 1), right(s0, 0), right(s0, 1));
    let (n0l1, n0l2, s1r1) = (left(n0, 0), left(n0, 1), right(s1, 0));
    let dist = match (s0, n0) {
        (Some(a), Some(b)) => (b - a).min(5) as u64,
        _ => 0,
    };
    let (ws0, ps0, wn0, pn0) = (word(s0), tag(s0), word(n0), tag(n0));
    let (ws1, ps1, wn1, pn1) = (word(s1), tag(s1), word(n1), tag(n1));
    let (pn2, ps2) = (tag(n2), tag(s2));
    out.extend_from_slice(&[
        feature(0, &[]),
        feature(1, &[ws0]),
        feature(2, &[ps0]),
        feature(3, &[ws0, ps0]),
        feature(4, &[wn0]),
        feature(5, &[pn0]),
        feature(6, &[wn0, pn0]),
        feature(7, &[wn1]),
        feature(8, &[pn1]),
        feature(9, &[wn1, pn1]),
        feature(10, &[word(n2)]),
        feature(11, &[pn2]),
        feature(12, &[ws1]),
        feature(13, &[ps1]),
        feature(14, &[ws1, ps1]),
        feature(15, &[ps2]),
        feature(16, &[ws0, wn0]),
        feature(17, &[ps0, pn0]),
        feature(18, &[ws0, ps0, pn0]),
        feature(19, &[ps0, wn0, pn0]),
        feature(20, &[ws0, ps0, wn0, pn0]),
        feature(21, &[pn0, pn1]),
        feature(22, &[pn0, pn1, pn2]),
        feature(23, &[ps0, pn0, pn1]),
        feature(24, &[ps1, ps0, pn0]),
        feature(25, &[ps2, ps1, ps0]),
        feature(26, &[ps0, tag(s0l1), pn0]),
        feature(27, &[ps0, tag(s0r1), pn0]),
        feature(28, &[ps0, pn0, tag(n0l1)]),
        feature(29, &[ps1, tag(s1r1), ps0]),
        feature(30, &[ws0, dist]),
        feature(31, &[ps0, pn0, dist]),
        feature(32, &[wn0, dist]),
        feature(33, &[ws0, nr(s0)]),
        feature(34, &[ps0, nr(s0)]),
        feature(35, &[ws0, nl(s0)]),
        feature(36, &[ps0, nl(s0)]),
        feature(37, &[wn0, nl(n0)]),
        feature(38, &[pn0, nl(n0)]),
        feature(39, &[label(s0l1)]),
        feature(40, &[label(s0r1)]),
        feature(41, &[label(n0l1)]),
        feature(42, &[word(s0l1)]),
        feature(43, &[tag(s0l1)]),
        feature(44, &[word(s0r1)]),
        feature(45, &[tag(s0r1)]),
        feature(46, &[word(n0l1)]),
        feature(47, &[tag(n0l1)]),
        feature(48, &[ps0, label(s0l1), label(s0l2)]),
        feature(49, &[ps0, label(s0r1), label(s0r2)]),
        feature(50, &[pn0, label(n0l1), label(n0l2)]),
        feature(51, &[ws1, ws0]),
        feature(52, &[ps1, ps0]),
        feature(53, &[ws1, ps0]),
        feature(54, &[ps1, ws0]),
        feature(55, &[ws0, pn0, pn1]),
        feature(56, &[ps0, ps1, wn0]),
        feature(57, &[u64::from(depth.min(4) as u8), pn0]),
        feature(58, &[ws0, label(s0r1)]),
        feature(59, &[ws1, label(s1r1), ps0]),
    ]);
}

fn valid(st: &State, class: usize, n_labels: usize) -> bool {
    if class == SHIFT {
        st.can_shift()
    } else if class <= n_labels {
        st.can_left()
    } else {
        st.can_right()
    }
}

fn best_valid(st: &State, scores: &[f32], n_labels: usize) -> usize {
    let mut best = usize::MAX;
    for (c, s) in scores.iter().enumerate() {
        if valid(st, c, n_labels) && (best == usize::MAX || *s > scores[best]) {
            best = c;
        }
    }
    best
}

/// Parses one sentence: the head of each word (`words.len()` for the root)
/// and its label index.
pub fn parse(weights: &Weights, label_ids: &[u64], cx: &Context) -> (Vec<usize>, Vec<usize>) {
    let n = cx.words.len();
    let n_labels = label_ids.len();
    let mut st = State::new(n);
    let mut scores = vec![0.0; weights.n_classes()];
    let mut feats = Vec::with_capacity(64);
    while !st.done() {
        // With the stack empty, SHIFT is the only valid move: what
        // `best_valid` would pick whatever the scores, so they are not computed.
        let c = if st.stack.is_empty() {
            SHIFT
        } else {
            features(&st, cx, label_ids, &mut feats);
            weights.score(&feats, &mut scores);
            best_valid(&st, &scores, n_labels)
        };
        st.apply(c, n_labels);
    }
    (st.heads, st.labels)
}

/// Whether a tree (heads, `n` for the root) has no crossing arcs.
pub fn is_projective(heads: &[usize]) -> bool {
    heads.iter().enumerate().all(|(d, &h)| {
        let (a, b) = if d < h { (d, h) } else { (h, d) };
        heads[a + 1..b.min(heads.len())].iter().all(|&h2| (a..=b).contains(&h2))
    })
}

/// The moves that lose no gold arc from this state (an approximation of the
/// arc-hybrid dynamic oracle that is exact for projective trees).
fn zero_cost(st: &State, gold_heads: &[usize], gold_labels: &[usize], n_labels: usize) -> Vec<usize> {
    let left_class = |s0: usize| 1 + gold_labels[s0];
    let right_class = |s0: usize| 1 + n_labels + gold_labels[s0];
    let s0 = match st.stack.last() {
        None => return vec![SHIFT],
        Some(&s) => s,
    };
    let b = st.b;
    if st.can_shift() && gold_heads[b] == s0 {
        return vec![SHIFT];
    }
    if gold_heads[s0] == b && st.can_left() {
        return vec![left_class(s0)];
    }
    let s1 = if st.stack.len() >= 2 { Some(st.stack[st.stack.len() - 2]) } else { None };
    let mut shift_ok = st.can_shift();
    let mut left_ok = st.can_left();
    let mut right_ok = st.can_right();
    if s1.is_some_and(|s1| gold_heads[s0] == s1) {
        left_ok = false;
    }
    // Shifting b loses its arcs with the stack (except a head at s0, handled above).
    if shift_ok && st.stack.iter().any(|&k| gold_heads[k] == b || (gold_heads[b] == k && k != s0)) {
        shift_ok = false;
    }
    // Popping s0 loses its arcs with the rest of the buffer (and the root).
    if (b + 1..=st.n).any(|k| gold_heads[s0] == k || (k < st.n && gold_heads[k] == s0)) {
        left_ok = false;
        right_ok = false;
    }
    let mut out = Vec::new();
    if shift_ok {
        out.push(SHIFT);
    }
    if left_ok {
        out.push(left_class(s0));
    }
    if right_ok {
        out.push(right_class(s0));
    }
    out
}

/// A training sentence: word and tag ids, gold heads (`n` for the root) and label indexes.
pub struct Example {
    /// Lowercase word ids.
    pub words: Vec<u64>,
    /// Tag ids (as the tagger predicts them).
    pub tags: Vec<u64>,
    /// Gold head of each word.
    pub heads: Vec<usize>,
    /// Gold label index of each word.
    pub labels: Vec<usize>,
}

/// Trains the parser on projective examples for `epochs` passes, following
/// its own predictions (exploration) and updating towards the best zero-cost move.
pub fn train(examples: &[Example], label_ids: &[u64], epochs: usize, seed: u64) -> Weights {
    let n_labels = label_ids.len();
    let n_classes = 1 + 2 * n_labels;
    let mut model = Trainer::new(n_classes);
    let mut order: Vec<usize> = (0..examples.len()).collect();
    let mut rng = fastrand::Rng::with_seed(seed);
    let mut scores = vec![0.0; n_classes];
    let mut feats = Vec::with_capacity(64);
    for _ in 0..epochs {
        rng.shuffle(&mut order);
        for &e in &order {
            let ex = &examples[e];
            let cx = Context { words: &ex.words, tags: &ex.tags };
            let mut st = State::new(ex.words.len());
            while !st.done() {
                features(&st, &cx, label_ids, &mut feats);
                model.score(&feats, &mut scores);
                let guess = best_valid(&st, &scores, n_labels);
                let gold = zero_cost(&st, &ex.heads, &ex.labels, n_labels);
                if !gold.is_empty() {
                    let best = *gold
                        .iter()
                        .max_by(|a, b| scores[**a].partial_cmp(&scores[**b]).unwrap_or(std::cmp::Ordering::Equal))
                        .expect("non-empty");
                    model.update(best, guess, &feats);
                }
                st.apply(guess, n_labels);
            }
        }
    }
    model.finish(0.01)
}

/// Label ids for features, from label names.
pub fn label_ids(labels: &[String]) -> Vec<u64> {
    labels.iter().map(|l| string_id(l)).collect()
}
