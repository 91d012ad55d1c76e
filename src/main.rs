//! The `relgraph` command line: a thin layer over the library. The
//! arguments and the printing are in [`cli`]; every command's work is in the
//! library.

mod cli;

use std::process::ExitCode;

fn main() -> ExitCode {
    // Output piped into a reader that stops early (`| head`) ends relgraph
    // quietly, as it does any Unix tool, instead of a panic in println!.
    #[cfg(unix)]
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
    match cli::run() {
        Ok(code) => code,
        Err(e) => {
            cli::print::tell!("relgraph: error: {e:#}");
            ExitCode::from(2)
        }
    }
}
