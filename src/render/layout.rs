//! Node positions for the interactive page, computed once when the page is
//! written: a force-directed layout in the manner of ForceAtlas2 (repulsion
//! between all actors, approximated by a Barnes-Hut quadtree; attraction
//! along relations; a pull towards the centre), so the page opens already
//! laid out and the same graph always gets the same picture.
//!
//! Deterministic: actors start on a spiral in input order, the iterations
//! are a fixed number, and everything runs on one thread in a fixed order.

/// A relation for the layout: the indices of its two actors and its weight.
pub type LayoutEdge = (usize, usize, f64);

/// Iterations of the force simulation for `n` actors: more for small graphs,
/// where they are cheap and the picture is read closely.
fn iterations(n: usize) -> usize {
    match n {
        0..=200 => 400,
        201..=2_000 => 200,
        _ => 100,
    }
}

/// Barnes-Hut accuracy: a cell farther than its size divided by this is
/// treated as one body.
const THETA: f64 = 1.2;
/// Strength of the repulsion between actors (ForceAtlas2's `scalingRatio`).
const SCALING: f64 = 10.0;
/// Strength of the pull towards the centre (in proportion to the distance),
/// which keeps separate components near the rest.
const GRAVITY: f64 = 0.05;

/// One cell of the quadtree: its bounds, the total mass and centre of mass
/// of the bodies inside, and either one body or four children.
struct Cell {
    x0: f64,
    y0: f64,
    size: f64,
    mass: f64,
    cx: f64,
    cy: f64,
    body: Option<usize>,
    children: Option<[usize; 4]>,
}

/// A quadtree over the actors' positions, the cells in one vector.
struct QuadTree {
    cells: Vec<Cell>,
}

impl QuadTree {
    fn build(pos: &[(f64, f64)], mass: &[f64]) -> QuadTree {
        let (mut minx, mut miny, mut maxx, mut maxy) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
        for &(x, y) in pos {
            minx = minx.min(x);
            miny = miny.min(y);
            maxx = maxx.max(x);
            maxy = maxy.max(y);
        }
        let size = (maxx - minx).max(maxy - miny).max(1e-6) * 1.0001;
        let mut t = QuadTree {
            cells: vec![Cell { x0: minx, y0: miny, size, mass: 0.0, cx: 0.0, cy: 0.0, body: None, children: None }],
        };
        for i in 0..pos.len() {
            t.insert(0, i, pos, mass, 0);
        }
        t
    }

    fn child_for(&self, cell: usize, x: f64, y: f64) -> usize {
        let c = &self.cells[cell];
        let half = c.size / 2.0;
        let q = usize::from(x >= c.x0 + half) + 2 * usize::from(y >= c.y0 + half);
        c.children.expect("split cell")[q]
    }

    fn split(&mut self, cell: usize) {
        let (x0, y0, half) = {
            let c = &self.cells[cell];
            (c.x0, c.y0, c.size / 2.0)
        };
        let first = self.cells.len();
        for q in 0..4 {
            self.cells.push(Cell {
                x0: x0 + if q % 2 == 1 { half } else { 0.0 },
                y0: y0 + if q >= 2 { half } else { 0.0 },
                size: half,
                mass: 0.0,
                cx: 0.0,
                cy: 0.0,
                body: None,
                children: None,
            });
        }
        self.cells[cell].children = Some([first, first + 1, first + 2, first + 3]);
    }

    fn insert(&mut self, cell: usize, i: usize, pos: &[(f64, f64)], mass: &[f64], depth: usize) {
        let (x, y) = pos[i];
        let m = mass[i];
        {
            let c = &mut self.cells[cell];
            let total = c.mass + m;
            c.cx = (c.cx * c.mass + x * m) / total;
            c.cy = (c.cy * c.mass + y * m) / total;
            c.mass = total;
        }
        if self.cells[cell].children.is_none() {
            match self.cells[cell].body {
                None => {
                    self.cells[cell].body = Some(i);
                    return;
                }
                // Two actors at (almost) the same place: stop splitting, the cell
                // keeps the first as its body and the mass of both.
                Some(_) if depth > 40 => return,
                Some(other) => {
                    self.cells[cell].body = None;
                    self.split(cell);
                    let (ox, oy) = pos[other];
                    let child = self.child_for(cell, ox, oy);
                    self.insert(child, other, pos, mass, depth + 1);
                }
            }
        }
        let child = self.child_for(cell, x, y);
        self.insert(child, i, pos, mass, depth + 1);
    }

    /// The repulsion on body `i` (of mass `m` at `x`, `y`) from all others.
    /// `stack` is scratch space, reused between calls.
    fn repulsion(&self, i: usize, x: f64, y: f64, m: f64, stack: &mut Vec<usize>) -> (f64, f64) {
        let (mut fx, mut fy) = (0.0, 0.0);
        stack.clear();
        stack.push(0);
        while let Some(cell) = stack.pop() {
            let c = &self.cells[cell];
            if c.mass == 0.0 || (c.body == Some(i) && c.children.is_none()) {
                continue;
            }
            let (dx, dy) = (x - c.cx, y - c.cy);
            let d2 = dx * dx + dy * dy;
            let far = c.size * c.size < THETA * THETA * d2;
            match c.children {
                Some(children) if !far => stack.extend(children),
                _ => {
                    // ForceAtlas2: F = k * m_i * m_j / d, along the unit vector.
                    let d2 = d2.max(0.01);
                    let f = SCALING * m * c.mass / d2;
                    fx += dx * f;
                    fy += dy * f;
                }
            }
        }
        (fx, fy)
    }
}

/// Positions for `n` actors linked by `edges`, in layout units (the page
/// scales them to the window). Actors without relations end up around the
/// rest, pulled in by gravity.
pub fn force_layout(n: usize, edges: &[LayoutEdge]) -> Vec<(f64, f64)> {
    if n == 0 {
        return Vec::new();
    }
    let mut degree = vec![0.0f64; n];
    for &(s, t, _) in edges {
        degree[s] += 1.0;
        degree[t] += 1.0;
    }
    let mass: Vec<f64> = degree.iter().map(|d| d + 1.0).collect();
    // A golden-angle spiral in input order: spread out, and the same every time.
    let golden = std::f64::consts::PI * (3.0 - 5f64.sqrt());
    let mut pos: Vec<(f64, f64)> = (0..n)
        .map(|i| {
            let r = 10.0 * ((i as f64) + 0.5).sqrt();
            let a = i as f64 * golden;
            (r * a.cos(), r * a.sin())
        })
        .collect();
    let steps = iterations(n);
    let mut force = vec![(0.0f64, 0.0f64); n];
    let mut stack = Vec::new();
    // Cooling: the largest move per iteration shrinks from `start` to `end`.
    let start = 10.0 * (n as f64).sqrt().max(1.0);
    let end = 0.05;
    for step in 0..steps {
        let tree = QuadTree::build(&pos, &mass);
        for (i, f) in force.iter_mut().enumerate() {
            let (x, y) = pos[i];
            let (rx, ry) = tree.repulsion(i, x, y, mass[i], &mut stack);
            // Strong gravity (growing with distance): a small component is
            // held near the rest instead of being pushed out by its whole mass.
            *f = (rx - GRAVITY * mass[i] * x, ry - GRAVITY * mass[i] * y);
        }
        for &(s, t, w) in edges {
            if s == t {
                continue;
            }
            let (dx, dy) = (pos[t].0 - pos[s].0, pos[t].1 - pos[s].1);
            // Attraction grows with distance and, gently, with evidence.
            let k = 1.0 + w.ln_1p() * 0.5;
            force[s].0 += dx * k;
            force[s].1 += dy * k;
            force[t].0 -= dx * k;
            force[t].1 -= dy * k;
        }
        let progress = step as f64 / steps as f64;
        let limit = start * (end / start).powf(progress);
        for ((p, &(fx, fy)), &m) in pos.iter_mut().zip(&force).zip(&mass) {
            // Heavier actors move less (ForceAtlas2 divides by mass).
            let (mx, my) = (fx / m, fy / m);
            let len = (mx * mx + my * my).sqrt();
            if len > 0.0 {
                let scale = len.min(limit) / len;
                p.0 += mx * scale;
                p.1 += my * scale;
            }
        }
    }
    pos
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn layout_is_deterministic_and_finite() {
        let edges: Vec<LayoutEdge> = (0..60).map(|i| (i % 30, (i * 7 + 3) % 30, 1.0)).collect();
        let a = force_layout(30, &edges);
        assert_eq!(a, force_layout(30, &edges));
        assert!(a.iter().all(|p| p.0.is_finite() && p.1.is_finite()));
    }

    #[test]
    fn linked_actors_end_closer_than_unlinked_ones() {
        // Two triangles joined by nothing: within a triangle actors are nearer
        // than across.
        let edges = vec![(0, 1, 1.0), (1, 2, 1.0), (2, 0, 1.0), (3, 4, 1.0), (4, 5, 1.0), (5, 3, 1.0)];
        let p = force_layout(6, &edges);
        let d = |a: usize, b: usize| ((p[a].0 - p[b].0).powi(2) + (p[a].1 - p[b].1).powi(2)).sqrt();
        let within = d(0, 1).max(d(1, 2)).max(d(3, 4));
        let across = d(0, 3).min(d(1, 4)).min(d(2, 5));
        assert!(within < across, "within {within}, across {across}: {p:?}");
        // Distinct positions: nobody sits on top of anybody.
        for a in 0..6 {
            for b in a + 1..6 {
                assert!(d(a, b) > 0.1, "{a} and {b} overlap: {p:?}");
            }
        }
    }

    #[test]
    fn a_large_graph_lays_out_without_overlapping_everything() {
        let n = 1000;
        let edges: Vec<LayoutEdge> = (0..4_000).map(|i| (i % n, (i * 7919 + 13) % n, 1.0)).collect();
        let p = force_layout(n, &edges);
        let mut cells = std::collections::HashSet::new();
        for &(x, y) in &p {
            cells.insert(((x / 2.0).floor() as i64, (y / 2.0).floor() as i64));
        }
        assert!(cells.len() > n / 2, "actors pile up: {} distinct cells", cells.len());
    }
}
