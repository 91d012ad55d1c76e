//! Pictures for reports: the PNG and the default SVG of `render`.

use super::*;

#[test]
fn the_seeds_png_is_a_picture_of_the_graph() {
    let dir = sandbox();
    build_seeds(dir.path(), false);
    let png = dir.path().join("seeds.png");
    relgraph()
        .args(["render", "--format", "png", "-o"])
        .arg(&png)
        .arg("--graph")
        .arg(dir.path().join("graph.json"))
        .assert()
        .success();
    let bytes = std::fs::read(&png).unwrap();
    assert!(bytes.len() > 20_000, "a {} byte PNG is too small to show 17 actors", bytes.len());
    let image = resvg::tiny_skia::Pixmap::decode_png(&bytes).expect("a PNG that decodes");
    let (w, h) = (image.width(), image.height());
    assert!((1_000..=4_000).contains(&w) && (500..=4_000).contains(&h), "{w}x{h}");
    // Not blank: drawn pixels (not white) of several colours, the relation types' and the fills.
    let mut colours = std::collections::HashSet::new();
    let mut drawn = 0usize;
    for p in image.pixels() {
        if (p.red(), p.green(), p.blue()) != (255, 255, 255) {
            drawn += 1;
            colours.insert((p.red() / 16, p.green() / 16, p.blue() / 16));
        }
    }
    let share = drawn as f64 / (w * h) as f64;
    assert!(share > 0.03, "only {:.1}% of the picture is drawn", share * 100.0);
    assert!(colours.len() >= 12, "only {} colours: the relation colours are missing", colours.len());
}

#[test]
fn a_large_graph_is_drawn_as_its_60_best_connected_actors_with_a_viewbox() {
    let dir = sandbox();
    let graph = browser::synthetic_graph(dir.path(), 300, 900);
    let svg = dir.path().join("big.svg");
    let out = relgraph()
        .args(["render", "--format", "svg", "-o"])
        .arg(&svg)
        .arg("--graph")
        .arg(&graph)
        .assert()
        .success()
        .get_output()
        .stderr
        .clone();
    let err = String::from_utf8(out).unwrap();
    assert!(err.contains("drawing the 60 best-connected actors; left out 240 actors"), "{err}");
    let text = std::fs::read_to_string(&svg).unwrap();
    let drawn = (0..300).filter(|i| text.contains(&format!("<g id=\"n{i}\" class=\"node\""))).count();
    assert_eq!(drawn, 60, "actors drawn");
    assert!(text.contains("viewBox=\""), "no viewBox: a browser cannot fit the SVG to its window");
}
