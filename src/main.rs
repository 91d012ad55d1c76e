//! The `relgraph` command line: a thin layer over the library. The
//! arguments and the printing are in [`cli`]; every command's work is in the
//! library.

mod cli;

use std::process::ExitCode;

/// mimalloc rather than the system allocator: a build makes and drops many
/// small strings and vectors on every thread, which mimalloc serves faster.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// mimalloc's `mi_option_purge_delay` (how many milliseconds freed memory is
/// kept before it is given back to the OS; -1 for never): its place in the
/// option enum of mimalloc v3 (`mimalloc.h`), which libmimalloc-sys does not name.
const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// Has mimalloc keep the memory that is freed: given back to the OS, it has
/// to be cleared again by the kernel when it is asked for anew. A run is
/// short, and what it holds at its peak is the same.
///
/// (mimalloc is also built not to ask for huge pages for its own memory:
/// the kernel clears each one whole when it is first touched, for a third
/// more memory touched than used and a tenth of a build's CPU.)
fn keep_freed_memory() {
    // SAFETY: an FFI call that only sets one of mimalloc's option values, to a value valid for it.
    unsafe { libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, -1) };
}

fn main() -> ExitCode {
    keep_freed_memory();
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

#[cfg(test)]
mod tests {
    use super::MI_OPTION_PURGE_DELAY;

    /// The option number is mimalloc's purge delay: the option with a
    /// default of 1000 ms, which its neighbours in the enum do not share.
    #[test]
    fn the_purge_delay_option_is_the_one_set() {
        // SAFETY: an FFI call that only reads an option value.
        assert_eq!(unsafe { libmimalloc_sys::mi_option_get(MI_OPTION_PURGE_DELAY) }, 1000);
    }
}
