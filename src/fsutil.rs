//! File-system helpers: atomic writes (staged to a temporary file, renamed
//! into place), writes through symbolic links, the lock that serialises
//! updates of a graph file, clean-up of what a killed run left, and reads
//! bounded whatever the file system says a file's size is.

use std::fs::File;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

/// The longest chain of symbolic links followed before a write gives up.
const MAX_LINKS: usize = 40;

/// What temporary files are called: `.{file name}.relgraph-{pid}-{random}.tmp`,
/// next to the file they will replace. The process id tells a later run
/// whether the writer is still alive; the `.tmp` ending keeps them out of
/// the `.txt` files a build reads.
const TMP_TAG: &str = ".relgraph-";
const TMP_SUFFIX: &str = ".tmp";

/// The file a write to `path` lands in: `path` itself, or, when it is a
/// symbolic link (to a file, which need not exist yet), the file at the end
/// of the chain of links.
pub fn write_target(path: &Path) -> std::io::Result<PathBuf> {
    let mut p = path.to_path_buf();
    for _ in 0..MAX_LINKS {
        match std::fs::symlink_metadata(&p) {
            Ok(m) if m.file_type().is_symlink() => {
                let to = std::fs::read_link(&p)?;
                p = match p.parent() {
                    Some(dir) if to.is_relative() => dir.join(to),
                    _ => to,
                };
            }
            _ => return Ok(p),
        }
    }
    Err(std::io::Error::other(format!("{}: too many levels of symbolic links", path.display())))
}

fn parent_dir(path: &Path) -> &Path {
    match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    }
}

/// A file written in full to a temporary file next to its destination and
/// flushed to disk, not yet in place: [`Staged::commit`] renames it over the
/// destination; dropped without a commit, it is removed and the destination
/// is as it was.
#[derive(Debug)]
pub struct Staged {
    tmp: tempfile::NamedTempFile,
    path: PathBuf,
}

/// Writes `bytes` to a temporary file beside `path` (beside the target of
/// `path` when it is a symbolic link), ready to be renamed over it.
pub fn stage(path: &Path, bytes: &[u8]) -> std::io::Result<Staged> {
    let path = write_target(path)?;
    let dir = parent_dir(&path);
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let mut tmp = tempfile::Builder::new()
        .prefix(&format!(".{name}{TMP_TAG}{}-", std::process::id()))
        .suffix(TMP_SUFFIX)
        .tempfile_in(dir)?;
    // A temporary file is private (0600); the result should have the
    // permissions the file had, or those of a normally created file.
    match std::fs::metadata(&path) {
        Ok(m) => tmp.as_file().set_permissions(m.permissions())?,
        Err(_) => set_default_permissions(tmp.as_file())?,
    }
    tmp.write_all(bytes)?;
    tmp.as_file().sync_all()?;
    Ok(Staged { tmp, path })
}

impl Staged {
    /// The file this will replace.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Renames the staged file over its destination.
    pub fn commit(self) -> std::io::Result<()> {
        self.tmp.persist(&self.path).map_err(|e| e.error)?;
        Ok(())
    }
}

/// Writes `bytes` to `path` atomically: to a temporary file in the same
/// directory, flushed to disk, then renamed over `path` (over the file a
/// symbolic link points to, leaving the link). An interrupted run leaves the
/// previous file intact.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    stage(path, bytes)?.commit()
}

/// Removes the temporary files that runs which are no longer alive left
/// beside `path` (or beside its target): a run killed between writing and
/// renaming leaves one. Those of a running process are kept. Returns how
/// many were removed; a file that cannot be removed is left.
pub fn remove_leftovers(path: &Path) -> usize {
    let Ok(path) = write_target(path) else {
        return 0;
    };
    let Some(name) = path.file_name().map(|n| n.to_string_lossy().into_owned()) else {
        return 0;
    };
    let prefix = format!(".{name}{TMP_TAG}");
    let Ok(entries) = std::fs::read_dir(parent_dir(&path)) else {
        return 0;
    };
    let mut removed = 0;
    for entry in entries.flatten() {
        let file = entry.file_name();
        let Some(rest) = file.to_str().and_then(|f| f.strip_prefix(&prefix)).filter(|r| r.ends_with(TMP_SUFFIX)) else {
            continue;
        };
        let Some(pid) = rest.split('-').next().and_then(|p| p.parse::<u32>().ok()) else {
            continue;
        };
        if !process_alive(pid)
            && entry.file_type().is_ok_and(|t| t.is_file())
            && std::fs::remove_file(entry.path()).is_ok()
        {
            removed += 1;
        }
    }
    removed
}

#[cfg(unix)]
fn process_alive(pid: u32) -> bool {
    let Ok(pid) = libc::pid_t::try_from(pid) else {
        return false;
    };
    if pid <= 0 {
        return false;
    }
    // Signal 0 checks that the process exists without signalling it; EPERM
    // means it exists under another user.
    // SAFETY: kill with signal 0 sends nothing and touches no memory.
    let rc = unsafe { libc::kill(pid, 0) };
    rc == 0 || std::io::Error::last_os_error().raw_os_error() == Some(libc::EPERM)
}

#[cfg(not(unix))]
fn process_alive(_pid: u32) -> bool {
    // Without a way to tell, nothing is removed.
    true
}

/// An exclusive advisory lock on `GRAPH.lock`, beside a graph file (beside
/// its target when it is a symbolic link), held until dropped. Every command
/// that updates a graph takes it from before it reads the old graph to after
/// the new one is in place, so concurrent updates happen one after the other.
/// The lock file stays (empty); the lock itself goes with the process.
#[derive(Debug)]
pub struct GraphLock {
    _file: File,
    path: PathBuf,
}

impl GraphLock {
    /// The lock file for a graph file.
    pub fn path_for(graph: &Path) -> std::io::Result<PathBuf> {
        let target = write_target(graph)?;
        let mut name = target.file_name().map(|n| n.to_os_string()).unwrap_or_default();
        name.push(".lock");
        Ok(target.with_file_name(name))
    }

    fn open(graph: &Path) -> std::io::Result<(File, PathBuf)> {
        let path = Self::path_for(graph)?;
        let file = std::fs::OpenOptions::new().read(true).write(true).create(true).truncate(false).open(&path)?;
        Ok((file, path))
    }

    /// Takes the lock if no other process holds it: `None` when one does.
    pub fn try_acquire(graph: &Path) -> std::io::Result<Option<GraphLock>> {
        let (file, path) = Self::open(graph)?;
        match file.try_lock() {
            Ok(()) => Ok(Some(GraphLock { _file: file, path })),
            Err(std::fs::TryLockError::WouldBlock) => Ok(None),
            Err(std::fs::TryLockError::Error(e)) => Err(e),
        }
    }

    /// Takes the lock, waiting for the process that holds it to let go.
    pub fn acquire(graph: &Path) -> std::io::Result<GraphLock> {
        let (file, path) = Self::open(graph)?;
        file.lock()?;
        Ok(GraphLock { _file: file, path })
    }

    /// The lock file.
    pub fn path(&self) -> &Path {
        &self.path
    }
}

/// Whether two paths name the same file, whether or not it exists yet
/// (through symbolic links, `..` and the like).
pub fn same_file(a: &Path, b: &Path) -> bool {
    let resolve = |p: &Path| -> Option<PathBuf> {
        let p = write_target(p).ok()?;
        let dir = match p.parent() {
            Some(d) if !d.as_os_str().is_empty() => d.canonicalize().ok()?,
            _ => std::env::current_dir().ok()?,
        };
        Some(dir.join(p.file_name()?))
    };
    match (resolve(a), resolve(b)) {
        (Some(x), Some(y)) => x == y,
        _ => false,
    }
}

/// Reads at most `max` bytes from `reader`: the bytes, or `None` when there
/// is more (then exactly `max + 1` bytes were read, and no more is held or
/// read, whatever the source: a device, a pipe, a file growing meanwhile).
pub fn read_at_most(reader: impl Read, max: u64, size_hint: u64) -> std::io::Result<Option<Vec<u8>>> {
    let mut bytes = Vec::with_capacity(size_hint.min(max) as usize + 1);
    reader.take(max + 1).read_to_end(&mut bytes)?;
    Ok((bytes.len() as u64 <= max).then_some(bytes))
}

#[cfg(unix)]
fn set_default_permissions(file: &std::fs::File) -> std::io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    file.set_permissions(std::fs::Permissions::from_mode(0o644))
}

#[cfg(not(unix))]
fn set_default_permissions(_file: &std::fs::File) -> std::io::Result<()> {
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_the_file_and_leaves_no_temporary() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("g.json");
        write_atomic(&p, b"one").unwrap();
        write_atomic(&p, b"two").unwrap();
        assert_eq!(std::fs::read(&p).unwrap(), b"two");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn a_staged_file_dropped_without_commit_changes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("g.json");
        write_atomic(&p, b"one").unwrap();
        drop(stage(&p, b"two").unwrap());
        assert_eq!(std::fs::read(&p).unwrap(), b"one");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[cfg(unix)]
    #[test]
    fn new_files_are_readable_by_others_and_existing_modes_are_kept() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("g.json");
        write_atomic(&p, b"one").unwrap();
        assert_eq!(std::fs::metadata(&p).unwrap().permissions().mode() & 0o777, 0o644);
        std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o600)).unwrap();
        write_atomic(&p, b"two").unwrap();
        assert_eq!(std::fs::metadata(&p).unwrap().permissions().mode() & 0o777, 0o600);
    }

    #[cfg(unix)]
    #[test]
    fn writes_go_through_symbolic_links_even_dangling_ones() {
        let dir = tempfile::tempdir().unwrap();
        let link = dir.path().join("link.json");
        std::os::unix::fs::symlink("sub/real.json", &link).unwrap();
        std::fs::create_dir(dir.path().join("sub")).unwrap();
        write_atomic(&link, b"one").unwrap();
        assert!(std::fs::symlink_metadata(&link).unwrap().file_type().is_symlink());
        assert_eq!(std::fs::read(dir.path().join("sub/real.json")).unwrap(), b"one");
        assert_eq!(GraphLock::path_for(&link).unwrap(), dir.path().join("sub/real.json.lock"));
    }

    #[test]
    fn a_second_lock_on_a_graph_waits_for_the_first() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("g.json");
        let held = GraphLock::try_acquire(&p).unwrap().expect("free");
        assert!(GraphLock::try_acquire(&p).unwrap().is_none());
        drop(held);
        assert!(GraphLock::try_acquire(&p).unwrap().is_some());
    }

    #[test]
    fn same_file_sees_through_links_and_dots_even_for_files_not_yet_written() {
        let dir = tempfile::tempdir().unwrap();
        let a = dir.path().join("graph.json");
        assert!(same_file(&a, &dir.path().join("sub/../graph.json")) || !dir.path().join("sub").exists());
        std::fs::create_dir(dir.path().join("sub")).unwrap();
        assert!(same_file(&a, &dir.path().join("sub/../graph.json")));
        assert!(!same_file(&a, &dir.path().join("other.json")));
        #[cfg(unix)]
        {
            let link = dir.path().join("link.json");
            std::os::unix::fs::symlink(&a, &link).unwrap();
            assert!(same_file(&a, &link));
        }
    }

    #[test]
    fn reads_stop_one_byte_past_the_limit() {
        assert_eq!(read_at_most(&b"abc"[..], 3, 0).unwrap().unwrap(), b"abc");
        assert!(read_at_most(std::io::repeat(0), 10, 0).unwrap().is_none());
    }
}
