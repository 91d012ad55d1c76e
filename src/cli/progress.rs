//! The progress bar of `build` on standard error: documents done out of the
//! total, and MB/s. Drawn only when standard error is a terminal.

use super::print::term;
use std::cell::Cell;
use std::time::Instant;

/// A progress bar, or nothing when standard error is not a terminal.
pub struct Progress {
    bar: Option<indicatif::ProgressBar>,
    bytes: Cell<u64>,
    start: Instant,
}

impl Progress {
    /// A bar for `total` documents.
    pub fn new(total: usize) -> Progress {
        use std::io::IsTerminal;
        let bar = std::io::stderr().is_terminal().then(|| {
            let style =
                indicatif::ProgressStyle::with_template("{bar:30} {pos}/{len} documents, {msg}, {elapsed} (ETA {eta})")
                    .expect("valid template");
            indicatif::ProgressBar::new(total as u64).with_style(style).with_message("0.0 MB/s")
        });
        Progress { bar, bytes: Cell::new(0), start: Instant::now() }
    }

    /// Counts `inputs` more documents done, of `bytes` bytes.
    pub fn advance(&self, inputs: usize, bytes: u64) {
        let Some(bar) = &self.bar else { return };
        self.bytes.set(self.bytes.get() + bytes);
        let mb_s = self.bytes.get() as f64 / 1e6 / self.start.elapsed().as_secs_f64().max(1e-3);
        bar.inc(inputs as u64);
        bar.set_message(format!("{mb_s:.1} MB/s"));
    }

    /// Prints a line above the bar.
    pub fn say(&self, line: &str) {
        match &self.bar {
            Some(bar) => bar.suspend(|| eprintln!("{}", term(line))),
            None => eprintln!("{}", term(line)),
        }
    }

    /// Removes the bar.
    pub fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}
