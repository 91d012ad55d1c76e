//! The interactive page in a real browser: headless Chromium driven through
//! ChromeDriver's W3C WebDriver API.

use super::*;
use serde_json::json;
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

/// A ChromeDriver process and one browser session; both end on drop.
struct Browser {
    driver: Child,
    base: String,
    session: String,
}

impl Browser {
    /// Starts ChromeDriver and a headless Chromium, or `None` when they are
    /// not installed (outside CI only: `.ci/run` installs them).
    fn start() -> Option<Browser> {
        if !Path::new("/usr/bin/chromedriver").exists() {
            assert!(std::env::var_os("CI").is_none(), "chromium-driver must be installed in CI (.ci/run installs it)");
            eprintln!("chromedriver not installed: skipping the browser test");
            return None;
        }
        let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let driver = std::process::Command::new("/usr/bin/chromedriver")
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let base = format!("http://127.0.0.1:{port}");
        let deadline = Instant::now() + Duration::from_secs(30);
        while ureq::get(&format!("{base}/status")).call().is_err() {
            assert!(Instant::now() < deadline, "chromedriver did not start");
            std::thread::sleep(Duration::from_millis(100));
        }
        let caps = json!({"capabilities": {"alwaysMatch": {"goog:chromeOptions": {
            "args": ["--headless", "--no-sandbox", "--disable-gpu", "--window-size=1400,900"]
        }}}});
        let mut browser = Browser { driver, base, session: String::new() };
        browser.session = browser.call("POST", "/session", caps)["sessionId"].as_str().unwrap().to_string();
        Some(browser)
    }

    /// One WebDriver command; returns its `value`.
    fn call(&self, method: &str, path: &str, body: Value) -> Value {
        let url = if path == "/session" {
            format!("{}{path}", self.base)
        } else {
            format!("{}/session/{}{path}", self.base, self.session)
        };
        let response = match method {
            "GET" => ureq::get(&url).call(),
            _ => ureq::request(method, &url).send_json(body),
        };
        let value: Value = match response {
            Ok(r) => r.into_json().unwrap(),
            Err(ureq::Error::Status(_, r)) => r.into_json().unwrap(),
            Err(e) => panic!("{method} {path}: {e}"),
        };
        value["value"].clone()
    }

    fn script(&self, script: &str) -> Value {
        self.call("POST", "/execute/sync", json!({"script": script, "args": []}))
    }

    /// A real pointer click at viewport coordinates.
    fn click_at(&self, x: f64, y: f64) {
        let actions = json!({"actions": [{"type": "pointer", "id": "mouse", "parameters": {"pointerType": "mouse"}, "actions": [
            {"type": "pointerMove", "duration": 0, "origin": "viewport", "x": x.round() as i64, "y": y.round() as i64},
            {"type": "pointerDown", "button": 0},
            {"type": "pointerUp", "button": 0}
        ]}]});
        self.call("POST", "/actions", actions);
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        if !self.session.is_empty() {
            let _ = ureq::delete(&format!("{}/session/{}", self.base, self.session)).call();
        }
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

#[test]
fn the_page_shows_evidence_on_an_edge_click_and_runs_no_article_script() {
    let Some(browser) = Browser::start() else { return };
    let dir = sandbox();
    relgraph()
        .arg("build")
        .arg(repo().join("seeds"))
        .arg(repo().join("tests/data/injection.txt"))
        .arg("--out")
        .arg(dir.path())
        .assert()
        .success();
    let page = dir.path().join("graph.html");
    browser.call("POST", "/url", json!({"url": format!("file://{}", page.display())}));
    assert_eq!(browser.script("return typeof window.__pwned"), json!("undefined"), "a script from an article ran");

    // The injected document's edge: find its index in the page data, then
    // click the middle of its drawn path like a user would.
    let point = browser.script(
        r##"const d = JSON.parse(document.getElementById("data").textContent);
           const i = d.edges.findIndex(e => e.evidence.some(v => v.doc === "injection.txt"));
           const p = document.querySelector("#e" + i + " path");
           // A point of the path where this edge, not a crossing one, is on top.
           for (let t = 0.5; t < 0.95; t += 0.02) for (const u of [t, 1 - t]) {
             const m = p.getPointAtLength(p.getTotalLength() * u).matrixTransform(p.getScreenCTM());
             const top = document.elementFromPoint(m.x, m.y);
             if (top && top.closest(".edge") === p.closest(".edge")) return [i, m.x, m.y];
           }
           return [i, -1, -1];"##,
    );
    let (x, y) = (point[1].as_f64().unwrap(), point[2].as_f64().unwrap());
    assert!(point[0].as_i64().unwrap() >= 0, "the injected document made no edge");
    assert!(x >= 0.0, "the edge is hidden under others everywhere");
    browser.click_at(x, y);
    let info = browser.script(r#"return document.getElementById("info").textContent"#);
    let info = info.as_str().unwrap();
    assert!(info.contains("Russia → Myanmar junta: arms_supply"), "clicking the edge did not show it: {info}");
    assert!(
        info.contains(r#"</svg><img src=x onerror="window.__pwned=3"><script>window.__pwned=4</script>"#),
        "evidence not shown literally: {info}"
    );
    assert!(info.contains("Injection test <script>window.__pwned = 1</script>"), "document title not shown: {info}");
    assert_eq!(browser.script("return typeof window.__pwned"), json!("undefined"), "a script from an article ran");
    assert_eq!(
        browser.script("return document.querySelectorAll('img').length"),
        json!(0),
        "article markup became an element"
    );

    // Search and path: the panel explains a path hop by hop.
    browser.script(
        r#"document.getElementById("from").value = "North Korea";
           document.getElementById("to").value = "Myanmar junta";
           document.getElementById("findpath").click();"#,
    );
    let info = browser.script(r#"return document.getElementById("info").textContent"#);
    assert!(info.as_str().unwrap().starts_with("2 hops"), "{info}");
    assert!(browser.script("return document.querySelectorAll('.edge.hl').length").as_i64().unwrap() == 2);
}
