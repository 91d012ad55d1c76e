//! The query index, `graph.json.idx`: a compact binary cache, next to a graph
//! file, of what `path` and `neighbors` need, so that they do not parse the
//! whole `graph.json`. Like git's index it is never the source of truth: it
//! records the graph file's length, modification and change times and inode,
//! and one that does not match the file (or cannot be read, or is damaged)
//! is ignored; the query then reads `graph.json` and writes a fresh index.
//!
//! It holds the actors (id, label, kind, country, mentions) and, per
//! relation, its two actors (by number), its type, the date of every piece of
//! evidence and the byte range of the edge's `evidence` array in `graph.json`.
//! The graph built from it ([`read_graph_for_query`]) has the evidence with
//! its dates only, which is all that finding paths and neighbours look at
//! (the weight and the window of [`QueryFilter`]); the sentences of the few
//! relations shown are read from `graph.json` when asked for
//! ([`QueryGraph::shown_evidence`]).
//!
//! Layout, little-endian: the magic bytes, the version ([`INDEX_VERSION`]),
//! the graph file's stamp, the body's length and checksum, then the body: the
//! actor kind names and relation type names used below (so that a reordered
//! enum never misreads), the actors sorted by id (their number is their
//! place), the distinct evidence dates, the relations as fixed-size records
//! sorted as [`RelGraph::relations`] (so one is found by binary search, in
//! place), and every relation's evidence dates as date numbers. Strings are
//! a `u32` length and UTF-8 bytes. A damaged file is an error, never a panic.
//!
//! An index is written only for a graph file laid out as [`super::to_json`]
//! writes it (edges sorted, one per relation, evidence sorted), where every
//! relation is one edge of the file; a file written by hand otherwise is
//! simply always read whole.

use super::json::{parse_graph, GraphFileError};
use crate::fsutil::write_atomic;
use crate::graph::{Actor, Evidence, Hop, QueryFilter, RelGraph, Relation};
use crate::ontology::{ActorKind, RelationType};
use std::collections::HashMap;
use std::fs::{File, Metadata};
use std::io::{Read, Seek, SeekFrom};
use std::ops::Range;
use std::path::{Path, PathBuf};

/// The version of the index layout; an index of another version is ignored.
pub const INDEX_VERSION: u32 = 1;

/// The first bytes of an index file.
const MAGIC: [u8; 8] = *b"RGIDX\0\r\n";

/// An index that cannot be used or written. Queries never fail for one of
/// these: they read the graph file instead.
#[derive(Debug, thiserror::Error)]
pub enum IndexError {
    /// A file could not be read or written.
    #[error("{path}: {source}")]
    Io {
        /// The file (the index or the graph).
        path: PathBuf,
        /// The OS error.
        source: std::io::Error,
    },
    /// The index is damaged, of another version, or does not agree with the graph file.
    #[error("{path}: not a usable index: {message}")]
    Invalid {
        /// The index file.
        path: PathBuf,
        /// What is wrong.
        message: String,
    },
    /// The index was made for another state of the graph file.
    #[error("{path}: stale (the graph file changed since it was written)")]
    Stale {
        /// The index file.
        path: PathBuf,
    },
    /// The graph file cannot be indexed (not laid out as relgraph writes it, or not a file).
    #[error("{path}: no index for this file: {message}")]
    Unindexable {
        /// The graph file.
        path: PathBuf,
        /// Why.
        message: String,
    },
}

/// The index file of a graph file: its name with `.idx` added (`graph.json.idx`).
pub fn index_path(graph: &Path) -> PathBuf {
    let mut name = graph.as_os_str().to_owned();
    name.push(".idx");
    PathBuf::from(name)
}

/// What identifies one state of the graph file: its length, modification
/// and change times, device and inode (the last three only on Unix).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
struct Stamp {
    len: u64,
    mtime: i64,
    mtime_ns: u32,
    ctime: i64,
    ctime_ns: u32,
    dev: u64,
    ino: u64,
}

impl Stamp {
    fn of(m: &Metadata) -> Stamp {
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt;
            Stamp {
                len: m.len(),
                mtime: m.mtime(),
                mtime_ns: m.mtime_nsec() as u32,
                ctime: m.ctime(),
                ctime_ns: m.ctime_nsec() as u32,
                dev: m.dev(),
                ino: m.ino(),
            }
        }
        #[cfg(not(unix))]
        {
            let since =
                m.modified().ok().and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok()).unwrap_or_default();
            Stamp { len: m.len(), mtime: since.as_secs() as i64, mtime_ns: since.subsec_nanos(), ..Stamp::default() }
        }
    }
}

/// The bytes of one relation's record: source, target, first evidence date,
/// evidence count (`u32` each), the evidence array's offset (`u64`) and
/// length (`u32`) in the graph file, the type (`u8`) and three zero bytes.
const RECORD: usize = 32;

/// One relation of the index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct IndexedRelation {
    /// Numbers of the source and target actors.
    source: u32,
    target: u32,
    relation: RelationType,
    /// Byte range of the edge's `evidence` array in the graph file.
    offset: u64,
    len: u32,
    /// Where its evidence dates start among all the relations' dates, and how many.
    first: u32,
    count: u32,
}

impl IndexedRelation {
    fn key(&self) -> (u32, u32, RelationType) {
        (self.source, self.target, self.relation)
    }

    fn dates(&self) -> Range<usize> {
        self.first as usize..self.first as usize + self.count as usize
    }
}

/// The index file of a graph, `text` being its graph file as laid out by
/// [`super::to_json`] (see [`parse_graph`]), and `stamp` that file's.
fn encode(graph: &RelGraph, text: &str, stamp: Stamp) -> Result<Vec<u8>, String> {
    let spans = evidence_spans(text.as_bytes()).ok_or("its edges could not be found")?;
    let relations = graph.relations();
    if spans.len() != relations.len() {
        return Err(format!("{} edges in the file for {} relations", spans.len(), relations.len()));
    }
    let actors = graph.actors();
    let mut body = Writer(Vec::with_capacity(64 * actors.len() + (RECORD + 4) * relations.len() + 64));
    body.u32(ActorKind::ALL.len() as u32);
    for k in ActorKind::ALL {
        body.str(k.as_str())?;
    }
    body.u32(RelationType::ALL.len() as u32);
    for t in RelationType::ALL {
        body.str(t.as_str())?;
    }
    body.u32(actors.len() as u32);
    for a in &actors {
        body.str(&a.id)?;
        body.str(&a.label)?;
        body.u8(ActorKind::ALL.iter().position(|&k| k == a.kind).expect("a kind of the ontology") as u8);
        match &a.country {
            Some(c) => body.str(c)?,
            None => body.u32(u32::MAX),
        }
        body.u64(a.mentions);
    }
    let mut date_number: HashMap<&str, u32> = HashMap::new();
    let mut dates = Vec::new();
    let mut evidence_dates = Vec::new();
    let number: HashMap<&str, u32> = actors.iter().enumerate().map(|(n, a)| (a.id.as_str(), n as u32)).collect();
    let mut records = Writer(Vec::with_capacity(RECORD * relations.len()));
    for ((s, t, r), span) in relations.into_iter().zip(spans) {
        if span.count != r.weight() {
            return Err(format!(
                "edge {} -> {} has {} evidence items in the file, {} in the graph",
                s.id,
                t.id,
                span.count,
                r.weight()
            ));
        }
        let too_large = || "too large for an index".to_string();
        records.u32(number[s.id.as_str()]);
        records.u32(number[t.id.as_str()]);
        records.u32(u32::try_from(evidence_dates.len()).map_err(|_| too_large())?);
        records.u32(u32::try_from(r.weight()).map_err(|_| too_large())?);
        records.u64(span.range.start as u64);
        records.u32(u32::try_from(span.range.len()).map_err(|_| too_large())?);
        records.u8(RelationType::ALL.iter().position(|&t| t == r.relation).expect("a type of the ontology") as u8);
        records.0.extend_from_slice(&[0; 3]);
        for e in &r.evidence {
            evidence_dates.push(match e.date.as_deref() {
                None => 0,
                Some(d) => *date_number.entry(d).or_insert_with(|| {
                    dates.push(d);
                    dates.len() as u32
                }),
            });
        }
    }
    body.u32(dates.len() as u32);
    for d in &dates {
        body.str(d)?;
    }
    body.u32((records.0.len() / RECORD) as u32);
    body.0.extend_from_slice(&records.0);
    body.u32(u32::try_from(evidence_dates.len()).map_err(|_| "too large for an index")?);
    for d in evidence_dates {
        body.u32(d);
    }
    let body = body.0;
    let mut out = Writer(Vec::with_capacity(body.len() + 80));
    out.0.extend_from_slice(&MAGIC);
    out.u32(INDEX_VERSION);
    out.u64(stamp.len);
    out.u64(stamp.mtime as u64);
    out.u32(stamp.mtime_ns);
    out.u64(stamp.ctime as u64);
    out.u32(stamp.ctime_ns);
    out.u64(stamp.dev);
    out.u64(stamp.ino);
    out.u64(body.len() as u64);
    out.u64(checksum(&body));
    out.0.extend_from_slice(&body);
    Ok(out.0)
}

/// The stamp of an index file and where its body starts, once its header is
/// checked (not yet its checksum).
fn decode_header(bytes: &[u8]) -> Result<(Stamp, usize), String> {
    let mut r = Reader { b: bytes, pos: 0 };
    if r.take(MAGIC.len())? != MAGIC {
        return Err("not an index file".into());
    }
    let version = r.u32()?;
    if version != INDEX_VERSION {
        return Err(format!("version {version}, not {INDEX_VERSION}"));
    }
    let stamp = Stamp {
        len: r.u64()?,
        mtime: r.u64()? as i64,
        mtime_ns: r.u32()?,
        ctime: r.u64()? as i64,
        ctime_ns: r.u32()?,
        dev: r.u64()?,
        ino: r.u64()?,
    };
    let len = r.u64()?;
    let body = bytes.len().checked_sub(r.pos + 8).ok_or("truncated")?;
    if body as u64 != len {
        return Err(format!("{body} bytes of content, {len} expected"));
    }
    Ok((stamp, r.pos))
}

/// An index file read back: the actors and dates decoded, the relations
/// left as fixed-size records in the file's bytes (checked, then read in
/// place).
#[derive(Debug)]
struct QueryIndex {
    stamp: Stamp,
    /// Sorted by id; an actor's number is its place here.
    actors: Vec<Actor>,
    /// The distinct dates; date number `n` is `dates[n - 1]`, 0 is undated.
    dates: Vec<String>,
    /// The relation types by their number in the records.
    types: Vec<RelationType>,
    bytes: Vec<u8>,
    /// Where the relation records (sorted by source id, target id and type,
    /// as in the graph file) and the evidence dates (`u32` date numbers) are in `bytes`.
    records: Range<usize>,
    evidence: Range<usize>,
}

impl QueryIndex {
    /// Reads an index file's bytes; any damage is an error, never a panic.
    fn decode(bytes: Vec<u8>) -> Result<QueryIndex, String> {
        let (stamp, at) = decode_header(&bytes)?;
        let mut r = Reader { b: &bytes, pos: at };
        if checksum(&bytes[at + 8..]) != r.u64()? {
            return Err("checksum mismatch".into());
        }
        let n = r.count(4)?;
        let mut kinds = Vec::with_capacity(n);
        for _ in 0..n {
            kinds.push(r.str()?.parse::<ActorKind>()?);
        }
        let n = r.count(4)?;
        let mut types = Vec::with_capacity(n);
        for _ in 0..n {
            types.push(r.str()?.parse::<RelationType>()?);
        }
        let n = r.count(21)?;
        let mut actors: Vec<Actor> = Vec::with_capacity(n);
        for _ in 0..n {
            let id = r.str()?.to_string();
            let label = r.str()?.to_string();
            let kind = *kinds.get(r.u8()? as usize).ok_or("bad actor kind")?;
            let country = r.opt_str()?.map(String::from);
            let mentions = r.u64()?;
            if actors.last().is_some_and(|last| last.id >= id) {
                return Err("actors out of order".into());
            }
            actors.push(Actor { id, label, kind, country, mentions });
        }
        let n = r.count(4)?;
        let mut dates = Vec::with_capacity(n);
        for _ in 0..n {
            dates.push(r.str()?.to_string());
        }
        let n = r.count(RECORD)?;
        let records = r.pos..r.pos + n * RECORD;
        r.take(n * RECORD)?;
        let m = r.count(4)?;
        let evidence = r.pos..r.pos + 4 * m;
        r.take(4 * m)?;
        if r.pos != bytes.len() {
            return Err("trailing bytes".into());
        }
        let mut index = QueryIndex { stamp, actors, dates, types, bytes: Vec::new(), records, evidence };
        // The records are checked through `relation`, which needs the bytes in place.
        index.bytes = bytes;
        let mut next = 0usize;
        let mut previous: Option<(u32, u32, RelationType)> = None;
        for i in 0..n {
            let record = &index.bytes[index.records.start + i * RECORD..][..RECORD];
            if record[29..] != [0, 0, 0] || record[28] as usize >= index.types.len() {
                return Err("bad relation record".into());
            }
            let rel = index.relation(i);
            if rel.source as usize >= index.actors.len() || rel.target as usize >= index.actors.len() {
                return Err("relation names a missing actor".into());
            }
            if !rel.relation.directed() && rel.source > rel.target {
                return Err("symmetric relation from the larger id".into());
            }
            if (rel.offset).checked_add(rel.len as u64).is_none_or(|end| end > index.stamp.len)
                || rel.count == 0
                || rel.first as usize != next
            {
                return Err("bad evidence range".into());
            }
            if previous.is_some_and(|p| p >= rel.key()) {
                return Err("relations out of order".into());
            }
            previous = Some(rel.key());
            next += rel.count as usize;
        }
        if next != m {
            return Err("evidence count mismatch".into());
        }
        if (0..m).any(|k| index.date_number(k) as usize > index.dates.len()) {
            return Err("bad date number".into());
        }
        Ok(index)
    }

    fn relation_count(&self) -> usize {
        self.records.len() / RECORD
    }

    /// Relation number `n` (below [`QueryIndex::relation_count`]).
    fn relation(&self, n: usize) -> IndexedRelation {
        let b = &self.bytes[self.records.start + n * RECORD..][..RECORD];
        let u32_at = |i: usize| u32::from_le_bytes(b[i..i + 4].try_into().expect("4 bytes"));
        IndexedRelation {
            source: u32_at(0),
            target: u32_at(4),
            first: u32_at(8),
            count: u32_at(12),
            offset: u64::from_le_bytes(b[16..24].try_into().expect("8 bytes")),
            len: u32_at(24),
            relation: self.types[b[28] as usize],
        }
    }

    /// The date number of evidence `k` of all.
    fn date_number(&self, k: usize) -> u32 {
        let at = self.evidence.start + 4 * k;
        u32::from_le_bytes(self.bytes[at..at + 4].try_into().expect("4 bytes"))
    }

    /// The date of evidence `k` of all.
    fn date(&self, k: usize) -> Option<&str> {
        self.date_number(k).checked_sub(1).map(|d| self.dates[d as usize].as_str())
    }

    /// The number of the relation `source -relation-> target`, given by actor numbers.
    fn find(&self, key: (u32, u32, RelationType)) -> Option<usize> {
        let (mut lo, mut hi) = (0, self.relation_count());
        while lo < hi {
            let mid = (lo + hi) / 2;
            match self.relation(mid).key().cmp(&key) {
                std::cmp::Ordering::Less => lo = mid + 1,
                std::cmp::Ordering::Greater => hi = mid,
                std::cmp::Ordering::Equal => return Some(mid),
            }
        }
        None
    }

    /// The graph the index describes, each piece of evidence with its date
    /// only, and what reads the rest of the evidence from `file`.
    fn into_graph(mut self, path: &Path, file: File) -> (RelGraph, LazyEvidence) {
        let actors = std::mem::take(&mut self.actors);
        let mut ids = String::with_capacity(actors.iter().map(|a| a.id.len()).sum());
        let mut id_ends = Vec::with_capacity(actors.len());
        for a in &actors {
            ids.push_str(&a.id);
            id_ends.push(ids.len());
        }
        // The evidence vectors (half a million for a large graph) are made on every core.
        use rayon::prelude::*;
        let evidence: Vec<Vec<Evidence>> = (0..self.relation_count())
            .into_par_iter()
            .with_min_len(4096)
            .map(|n| {
                // Placeholders in the file's order (their `start` counts up).
                self.relation(n)
                    .dates()
                    .enumerate()
                    .map(|(i, k)| Evidence {
                        doc: String::new(),
                        start: i,
                        end: i,
                        sentence: String::new(),
                        date: self.date(k).map(String::from),
                        trigger: String::new(),
                    })
                    .collect()
            })
            .collect();
        let parts = evidence.into_iter().enumerate().map(|(n, evidence)| {
            let r = self.relation(n);
            (r.source as usize, r.target as usize, Relation { relation: r.relation, evidence })
        });
        let graph = RelGraph::from_parts(actors, parts);
        (graph, LazyEvidence { path: path.to_path_buf(), file, ids, id_ends, index: self })
    }
}

/// Reads the evidence of indexed relations from the graph file, one edge at a time.
#[derive(Debug)]
struct LazyEvidence {
    /// The graph file, and the file opened when the index was checked against it.
    path: PathBuf,
    file: File,
    /// The actor ids one after the other, in order, and where each ends.
    ids: String,
    id_ends: Vec<usize>,
    /// The index (its actors moved to the graph).
    index: QueryIndex,
}

impl LazyEvidence {
    /// The number of the actor with this id.
    fn actor(&self, wanted: &str) -> Option<u32> {
        let id = |n: usize| &self.ids[if n == 0 { 0 } else { self.id_ends[n - 1] }..self.id_ends[n]];
        let (mut lo, mut hi) = (0, self.id_ends.len());
        while lo < hi {
            let mid = (lo + hi) / 2;
            match id(mid).cmp(wanted) {
                std::cmp::Ordering::Less => lo = mid + 1,
                std::cmp::Ordering::Greater => hi = mid,
                std::cmp::Ordering::Equal => return Some(mid as u32),
            }
        }
        None
    }

    /// Evidence number `item` of the relation `source -relation-> target`,
    /// parsed from the relation's `evidence` array in the graph file.
    fn get(&self, source: &str, target: &str, relation: RelationType, item: usize) -> Result<Evidence, IndexError> {
        let invalid = |message: String| IndexError::Invalid { path: index_path(&self.path), message };
        let found = self.actor(source).zip(self.actor(target)).and_then(|(s, t)| self.index.find((s, t, relation)));
        let Some(n) = found else { return Err(invalid(format!("no relation {source} -{relation}-> {target}"))) };
        let r = self.index.relation(n);
        let io = |source| IndexError::Io { path: self.path.clone(), source };
        let mut buf = vec![0; r.len as usize];
        (&self.file).seek(SeekFrom::Start(r.offset)).map_err(io)?;
        (&self.file).read_exact(&mut buf).map_err(io)?;
        let mut evidence: Vec<Evidence> = serde_json::from_slice(&buf)
            .map_err(|e| invalid(format!("evidence of {source} -{relation}-> {target}: {e}")))?;
        if evidence.len() != r.count as usize
            || item >= evidence.len()
            || evidence.iter().zip(r.dates()).any(|(e, k)| e.date.as_deref() != self.index.date(k))
            || !self.owned_by(r.offset, &buf, source, target, relation)?
        {
            return Err(invalid(format!("the evidence of {source} -{relation}-> {target} is not what the index says")));
        }
        Ok(evidence.swap_remove(item))
    }

    /// Whether the evidence array at `offset` is the last field of the edge
    /// `source -relation-> target` in the graph file: the index is a cache the
    /// query does not trust to say whose sentences it points at. The edge's
    /// head is looked for in the 64 KiB before the array; an edge with a
    /// longer head is not checked here and the query reads the file whole.
    fn owned_by(
        &self,
        offset: u64,
        array: &[u8],
        source: &str,
        target: &str,
        relation: RelationType,
    ) -> Result<bool, IndexError> {
        const BACK: u64 = 64 * 1024;
        let io = |source| IndexError::Io { path: self.path.clone(), source };
        let start = offset.saturating_sub(BACK);
        let mut head = vec![0; (offset - start) as usize];
        (&self.file).seek(SeekFrom::Start(start)).map_err(io)?;
        (&self.file).read_exact(&mut head).map_err(io)?;
        let rfind = |hay: &[u8], needle: &[u8]| hay.windows(needle.len()).rposition(|w| w == needle);
        let Some(key) = rfind(&head, b"\"source\"") else { return Ok(false) };
        let Some(brace) = rfind(&head[..key], b"{") else { return Ok(false) };
        let object = [&head[brace..], array, b"}"].concat();
        let Ok(edge) = serde_json::from_slice::<serde_json::Value>(&object) else { return Ok(false) };
        Ok(edge["source"] == source && edge["target"] == target && edge["relation"] == relation.as_str())
    }
}

/// A graph read for a query: from its index when there is a fresh one (then
/// its evidence carries dates only, and the text of what is shown comes from
/// [`QueryGraph::shown_evidence`]), else from the graph file.
#[derive(Debug)]
pub struct QueryGraph {
    graph: RelGraph,
    lazy: Option<LazyEvidence>,
    note: String,
}

impl std::ops::Deref for QueryGraph {
    type Target = RelGraph;
    fn deref(&self) -> &RelGraph {
        &self.graph
    }
}

impl From<RelGraph> for QueryGraph {
    /// A graph read whole (its evidence complete), as [`super::read_graph`] gives it.
    fn from(graph: RelGraph) -> QueryGraph {
        QueryGraph { graph, lazy: None, note: "read the whole graph file".into() }
    }
}

impl QueryGraph {
    /// Whether the graph came from the index (its evidence has dates only).
    pub fn is_indexed(&self) -> bool {
        self.lazy.is_some()
    }

    /// How the graph was read, for debugging: from the index, or why not and
    /// whether a fresh index was written.
    pub fn note(&self) -> &str {
        &self.note
    }

    /// The evidence a hop shows, whole: the filter's best evidence of its
    /// relation ([`QueryFilter::best_evidence`]); `None` when the relation has
    /// none in the window. From an index, it is read from the graph file.
    pub fn shown_evidence(&self, filter: &QueryFilter, hop: &Hop<'_>) -> Result<Option<Evidence>, IndexError> {
        let Some(best) = filter.best_evidence(hop.relation) else { return Ok(None) };
        let Some(lazy) = &self.lazy else { return Ok(Some(best.clone())) };
        let item = hop
            .relation
            .evidence
            .iter()
            .position(|e| std::ptr::eq(e, best))
            .expect("the best evidence is the relation's");
        lazy.get(&hop.source.id, &hop.target.id, hop.relation.relation, item).map(Some)
    }
}

/// Reads a graph file for `path` and `neighbors`: from its index when the
/// index is fresh; else the whole file, as [`super::read_graph`] does (with
/// the same errors), and then a fresh index is written next to it when the
/// file can be indexed (failing that is not an error; [`QueryGraph::note`]
/// says what happened).
pub fn read_graph_for_query(path: &Path) -> Result<QueryGraph, GraphFileError> {
    let why = match from_index(path) {
        Ok(q) => return Ok(q),
        Err(e) => e,
    };
    // The stamp is taken before the file is read: should the file change in
    // between, the index written says it is older than it is, and is stale.
    let meta = std::fs::metadata(path);
    let text =
        std::fs::read_to_string(path).map_err(|source| GraphFileError::Io { path: path.to_path_buf(), source })?;
    let (graph, canonical) = parse_graph(path, &text)?;
    let written = match meta {
        Ok(m) if m.is_file() && canonical => {
            write(path, &graph, &text, Stamp::of(&m)).map(|()| "wrote a fresh index".to_string())
        }
        Ok(_) => Err(IndexError::Unindexable {
            path: path.to_path_buf(),
            message: "not laid out as relgraph writes graph files".into(),
        }),
        Err(source) => Err(IndexError::Io { path: path.to_path_buf(), source }),
    };
    let note =
        format!("read the whole graph file ({why}); {}", written.unwrap_or_else(|e| format!("no index written: {e}")));
    Ok(QueryGraph { graph, lazy: None, note })
}

/// The graph from a fresh index, if there is one.
fn from_index(path: &Path) -> Result<QueryGraph, IndexError> {
    let io = |path: &Path| {
        let path = path.to_path_buf();
        move |source| IndexError::Io { path, source }
    };
    let file = File::open(path).map_err(io(path))?;
    let meta = file.metadata().map_err(io(path))?;
    if !meta.is_file() {
        return Err(IndexError::Unindexable { path: path.to_path_buf(), message: "not a file".into() });
    }
    let idx = index_path(path);
    let bytes = std::fs::read(&idx).map_err(io(&idx))?;
    let invalid = |message: String| IndexError::Invalid { path: idx.clone(), message };
    // The stamp first: a stale index is not read further.
    let (stamp, _) = decode_header(&bytes).map_err(invalid)?;
    if stamp != Stamp::of(&meta) {
        return Err(IndexError::Stale { path: idx });
    }
    let index = QueryIndex::decode(bytes).map_err(invalid)?;
    let (graph, lazy) = index.into_graph(path, file);
    Ok(QueryGraph { graph, lazy: Some(lazy), note: format!("read the index {}", idx.display()) })
}

/// Writes the index of a graph file just written from `graph` as `text`
/// (what [`super::to_json`] gave), atomically, next to it.
pub fn write_index(path: &Path, graph: &RelGraph, text: &str) -> Result<(), IndexError> {
    let meta = std::fs::metadata(path).map_err(|source| IndexError::Io { path: path.to_path_buf(), source })?;
    write(path, graph, text, Stamp::of(&meta))
}

fn write(path: &Path, graph: &RelGraph, text: &str, stamp: Stamp) -> Result<(), IndexError> {
    let bytes =
        encode(graph, text, stamp).map_err(|message| IndexError::Unindexable { path: path.to_path_buf(), message })?;
    let idx = index_path(path);
    write_atomic(&idx, &bytes).map_err(|source| IndexError::Io { path: idx, source })
}

/// A checksum of the body: each 8-byte word mixed in by a bijection of the
/// state, so a change to any single word always changes it.
fn checksum(b: &[u8]) -> u64 {
    let mix = |h: u64, w: u64| (h ^ w).wrapping_mul(0x9e37_79b9_7f4a_7c15).rotate_left(31);
    let mut h = 0x243f_6a88_85a3_08d3 ^ b.len() as u64;
    let mut words = b.chunks_exact(8);
    for w in &mut words {
        h = mix(h, u64::from_le_bytes(w.try_into().expect("8 bytes")));
    }
    let mut last = [0u8; 8];
    last[..words.remainder().len()].copy_from_slice(words.remainder());
    mix(h, u64::from_le_bytes(last))
}

struct Writer(Vec<u8>);

impl Writer {
    fn u8(&mut self, v: u8) {
        self.0.push(v);
    }
    fn u32(&mut self, v: u32) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    fn u64(&mut self, v: u64) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    /// A string; one of 4 GiB or more cannot be written (nor `u32::MAX`
    /// bytes, the mark of a missing one).
    fn str(&mut self, s: &str) -> Result<(), String> {
        let n = u32::try_from(s.len()).ok().filter(|&n| n != u32::MAX).ok_or("a string too long for an index")?;
        self.u32(n);
        self.0.extend_from_slice(s.as_bytes());
        Ok(())
    }
}

struct Reader<'a> {
    b: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], String> {
        let end = self.pos.checked_add(n).filter(|&e| e <= self.b.len()).ok_or("truncated")?;
        let s = &self.b[self.pos..end];
        self.pos = end;
        Ok(s)
    }
    fn u8(&mut self) -> Result<u8, String> {
        Ok(self.take(1)?[0])
    }
    fn u32(&mut self) -> Result<u32, String> {
        Ok(u32::from_le_bytes(self.take(4)?.try_into().expect("4 bytes")))
    }
    fn u64(&mut self) -> Result<u64, String> {
        Ok(u64::from_le_bytes(self.take(8)?.try_into().expect("8 bytes")))
    }
    /// A count of items of at least `min` bytes each, checked against what is left.
    fn count(&mut self, min: usize) -> Result<usize, String> {
        let n = self.u32()? as usize;
        if n.saturating_mul(min) > self.b.len() - self.pos {
            return Err("count larger than the file".into());
        }
        Ok(n)
    }
    fn str(&mut self) -> Result<&'a str, String> {
        let n = self.u32()? as usize;
        std::str::from_utf8(self.take(n)?).map_err(|_| "string not UTF-8".to_string())
    }
    fn opt_str(&mut self) -> Result<Option<&'a str>, String> {
        let n = self.u32()?;
        if n == u32::MAX {
            return Ok(None);
        }
        self.pos -= 4;
        self.str().map(Some)
    }
}

/// Where one edge's `evidence` array stands in a graph file.
#[derive(Debug, PartialEq, Eq)]
struct Span {
    /// From its `[` to just past its `]`.
    range: Range<usize>,
    /// How many items it has.
    count: usize,
}

/// The `evidence` arrays of the edges of a graph file, in file order; `None`
/// when the text is not a JSON object with an `edges` array of objects that
/// each have one. The text is expected to be valid JSON (it has been parsed);
/// this only finds where things are, and never panics.
fn evidence_spans(text: &[u8]) -> Option<Vec<Span>> {
    let mut s = Scanner { b: text, i: 0 };
    let mut spans = Vec::new();
    s.object(|key, s| {
        if key != b"edges" {
            return s.skip_value();
        }
        s.array(|s| {
            let mut found = None;
            s.object(|key, s| {
                if key != b"evidence" {
                    return s.skip_value();
                }
                s.ws();
                let start = s.i;
                let count = s.array(|s| s.skip_value())?;
                found = Some(Span { range: start..s.i, count });
                Some(())
            })?;
            spans.push(found?);
            Some(())
        })
        .map(|_| ())
    })?;
    s.ws();
    (s.i == text.len()).then_some(spans)
}

/// A cursor over JSON text that skips values without building them.
struct Scanner<'a> {
    b: &'a [u8],
    i: usize,
}

impl<'a> Scanner<'a> {
    fn ws(&mut self) {
        while matches!(self.b.get(self.i), Some(b' ' | b'\n' | b'\r' | b'\t')) {
            self.i += 1;
        }
    }

    fn peek(&mut self) -> Option<u8> {
        self.ws();
        self.b.get(self.i).copied()
    }

    fn eat(&mut self, c: u8) -> Option<()> {
        (self.peek()? == c).then(|| self.i += 1)
    }

    /// A string's raw bytes (escapes left as they are).
    fn string(&mut self) -> Option<&'a [u8]> {
        self.eat(b'"')?;
        let start = self.i;
        loop {
            let n = self.b.get(self.i..)?.iter().position(|&c| c == b'"' || c == b'\\')?;
            self.i += n;
            if self.b[self.i] == b'"' {
                self.i += 1;
                return self.b.get(start..self.i - 1);
            }
            self.i += 2;
        }
    }

    fn skip_value(&mut self) -> Option<()> {
        match self.peek()? {
            b'"' => self.string().map(|_| ()),
            b'{' | b'[' => {
                let mut depth = 0usize;
                loop {
                    match *self.b.get(self.i)? {
                        b'"' => {
                            self.string()?;
                            continue;
                        }
                        b'{' | b'[' => depth += 1,
                        b'}' | b']' => {
                            depth = depth.checked_sub(1)?;
                            if depth == 0 {
                                self.i += 1;
                                return Some(());
                            }
                        }
                        _ => {}
                    }
                    self.i += 1;
                }
            }
            _ => {
                let start = self.i;
                while self
                    .b
                    .get(self.i)
                    .is_some_and(|c| !matches!(c, b',' | b'}' | b']' | b' ' | b'\n' | b'\r' | b'\t'))
                {
                    self.i += 1;
                }
                (self.i > start).then_some(())
            }
        }
    }

    /// An object, `member(key, self)` reading each member's value.
    fn object(&mut self, mut member: impl FnMut(&'a [u8], &mut Self) -> Option<()>) -> Option<()> {
        self.eat(b'{')?;
        if self.peek()? == b'}' {
            self.i += 1;
            return Some(());
        }
        loop {
            let key = self.string()?;
            self.eat(b':')?;
            member(key, self)?;
            match self.peek()? {
                b',' => self.i += 1,
                b'}' => {
                    self.i += 1;
                    return Some(());
                }
                _ => return None,
            }
        }
    }

    /// An array, `item(self)` reading each item; the number of items.
    fn array(&mut self, mut item: impl FnMut(&mut Self) -> Option<()>) -> Option<usize> {
        self.eat(b'[')?;
        if self.peek()? == b']' {
            self.i += 1;
            return Some(0);
        }
        let mut n = 0;
        loop {
            item(self)?;
            n += 1;
            match self.peek()? {
                b',' => self.i += 1,
                b']' => {
                    self.i += 1;
                    return Some(n);
                }
                _ => return None,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::to_json;

    fn actor(id: &str, kind: ActorKind, country: Option<&str>) -> Actor {
        Actor { id: id.into(), label: format!("The {id}"), kind, country: country.map(String::from), mentions: 3 }
    }

    fn ev(doc: &str, start: usize, date: Option<&str>, sentence: &str) -> Evidence {
        Evidence {
            doc: doc.into(),
            start,
            end: start + 9,
            sentence: sentence.into(),
            date: date.map(String::from),
            trigger: "t".into(),
        }
    }

    /// Russia -arms-> Myanmar (two dated sentences, one with quotes and an
    /// `"evidence": [` inside), Myanmar - Thailand (undated), Russia - Ukraine
    /// fighting in 2022 and 2023, and Belarus alone.
    fn sample() -> RelGraph {
        let mut g = RelGraph::new();
        g.add_actor(actor("russia", ActorKind::State, None));
        g.add_actor(actor("myanmar", ActorKind::State, None));
        g.add_actor(actor("thailand", ActorKind::State, None));
        g.add_actor(actor("ukraine", ActorKind::State, None));
        g.add_actor(actor("belarus-army", ActorKind::Military, Some("belarus")));
        g.add_evidence(
            "russia",
            "myanmar",
            RelationType::ArmsSupply,
            ev("a.txt", 0, Some("2021-06-23"), "Russia \"armed\" Myanmar, \"evidence\": [1, {\"x\": \"]\"}]."),
        );
        g.add_evidence(
            "russia",
            "myanmar",
            RelationType::ArmsSupply,
            ev("b.txt", 5, Some("2021-07-01"), "Russia sends jets to Myanmar\\."),
        );
        g.add_evidence("thailand", "myanmar", RelationType::Trade, ev("c.txt", 0, None, "Thai trade with Myanmar."));
        g.add_evidence(
            "ukraine",
            "russia",
            RelationType::ArmedConflict,
            ev("d.txt", 0, Some("2022-03-01"), "Fighting."),
        );
        g.add_evidence(
            "ukraine",
            "russia",
            RelationType::ArmedConflict,
            ev("e.txt", 0, Some("2023-03-01"), "More fighting."),
        );
        g
    }

    /// The sample written to `dir/graph.json`, with its index.
    fn written(dir: &Path) -> (PathBuf, RelGraph, String) {
        let g = sample();
        let text = to_json(&g);
        let path = dir.join("graph.json");
        std::fs::write(&path, &text).unwrap();
        write_index(&path, &g, &text).unwrap();
        (path, g, text)
    }

    #[test]
    fn spans_find_every_evidence_array_and_nothing_inside_strings() {
        let text = to_json(&sample());
        let spans = evidence_spans(text.as_bytes()).unwrap();
        assert_eq!(spans.iter().map(|s| s.count).collect::<Vec<_>>(), [1, 2, 2]);
        for s in &spans {
            let items: Vec<Evidence> = serde_json::from_str(&text[s.range.clone()]).unwrap();
            assert_eq!(items.len(), s.count);
        }
        assert!(evidence_spans(br#"{"edges": [{"evidence": [1, 2]}], "x": [[], {}, "]", -1.5e3, null]}"#).is_some());
        for broken in [
            &b""[..],
            b"[]",
            b"{\"edges\": [{}]}",
            b"{\"edges\": [{\"evidence\": [1,]}]}",
            b"{\"edges\": [",
            b"{\"a\": \"\\",
            b"{\"edges\": []} x",
        ] {
            assert!(evidence_spans(broken).is_none(), "{}", String::from_utf8_lossy(broken));
        }
    }

    #[test]
    fn round_trip_and_the_indexed_graph_answers_as_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let (path, g, text) = written(dir.path());
        // The bytes decode to what was encoded.
        let stamp = Stamp::of(&std::fs::metadata(&path).unwrap());
        let bytes = encode(&g, &text, stamp).unwrap();
        assert_eq!(std::fs::read(index_path(&path)).unwrap(), bytes);
        let index = QueryIndex::decode(bytes.clone()).unwrap();
        assert_eq!((index.stamp, &index.bytes), (stamp, &bytes));
        assert_eq!(index.actors.iter().collect::<Vec<_>>(), g.actors());
        assert_eq!(index.relation_count(), g.relation_count());
        for (n, (s, t, r)) in g.relations().into_iter().enumerate() {
            let rel = index.relation(n);
            assert_eq!(
                (&index.actors[rel.source as usize].id, &index.actors[rel.target as usize].id, rel.relation),
                (&s.id, &t.id, r.relation)
            );
            assert_eq!(
                rel.dates().map(|k| index.date(k)).collect::<Vec<_>>(),
                r.evidence.iter().map(|e| e.date.as_deref()).collect::<Vec<_>>()
            );
            assert_eq!(index.find(rel.key()), Some(n));
        }
        // The graph read through it has the same actors, relations, weights and dates.
        let q = read_graph_for_query(&path).unwrap();
        assert!(q.is_indexed(), "{}", q.note());
        assert_eq!(q.actors(), g.actors());
        let key = |(s, t, r): (&Actor, &Actor, &crate::graph::Relation)| {
            (s.id.clone(), t.id.clone(), r.relation, r.evidence.iter().map(|e| e.date.clone()).collect::<Vec<_>>())
        };
        assert_eq!(
            q.relations().into_iter().map(key).collect::<Vec<_>>(),
            g.relations().into_iter().map(key).collect::<Vec<_>>()
        );
        // And every hop shows the evidence the full graph shows, in any window.
        let windows = [
            (None, None),
            (Some("2021-06-30"), None),
            (None, Some("2022-12-31")),
            (Some("2021-01-01"), Some("2021-06-23")),
        ];
        for (since, until) in windows {
            let filter =
                QueryFilter { since: since.map(String::from), until: until.map(String::from), ..Default::default() };
            for (from, to) in [("russia", "thailand"), ("ukraine", "myanmar"), ("thailand", "ukraine")] {
                let (full, lazy) = (g.shortest_path(from, to, &filter), q.shortest_path(from, to, &filter));
                assert_eq!(full.is_some(), lazy.is_some());
                for (a, b) in full.iter().flatten().zip(lazy.iter().flatten()) {
                    assert_eq!(
                        (&a.from.id, &a.to.id, a.relation.relation),
                        (&b.from.id, &b.to.id, b.relation.relation)
                    );
                    assert_eq!(
                        filter.best_evidence(a.relation).cloned(),
                        q.shown_evidence(&filter, b).unwrap(),
                        "{from} -> {to} {since:?} {until:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn a_missing_or_stale_index_is_rebuilt_and_the_answer_follows_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let (path, _, _) = written(dir.path());
        std::fs::remove_file(index_path(&path)).unwrap();
        let q = read_graph_for_query(&path).unwrap();
        assert!(!q.is_indexed() && q.note().contains("wrote a fresh index"), "{}", q.note());
        assert!(read_graph_for_query(&path).unwrap().is_indexed());
        // Another graph in the same file: the index is stale, then rewritten.
        let mut g = sample();
        g.add_actor(actor("iran", ActorKind::State, None));
        g.add_evidence(
            "iran",
            "russia",
            RelationType::ArmsSupply,
            ev("f.txt", 0, Some("2024-01-01"), "Iran sends drones."),
        );
        std::fs::write(&path, to_json(&g)).unwrap();
        let q = read_graph_for_query(&path).unwrap();
        assert!(!q.is_indexed() && q.note().contains("stale"), "{}", q.note());
        assert!(q.actor("iran").is_some());
        let q = read_graph_for_query(&path).unwrap();
        assert!(q.is_indexed());
        let hops = q.shortest_path("iran", "myanmar", &QueryFilter::default()).unwrap();
        assert_eq!(
            q.shown_evidence(&QueryFilter::default(), &hops[0]).unwrap().unwrap().sentence,
            "Iran sends drones."
        );
    }

    #[test]
    fn damaged_indexes_are_errors_never_panics_and_are_ignored() {
        let dir = tempfile::tempdir().unwrap();
        let (path, g, _) = written(dir.path());
        let bytes = std::fs::read(index_path(&path)).unwrap();
        for n in 0..bytes.len() {
            assert!(QueryIndex::decode(bytes[..n].to_vec()).is_err(), "truncated to {n}");
            let mut flipped = bytes.clone();
            flipped[n] ^= 0x41;
            // (The stamp, bytes 12 to 60, is checked against the graph file, not here.)
            assert!(QueryIndex::decode(flipped).is_err() || (12..60).contains(&n), "byte {n} flipped");
        }
        // A body that passes the checksum but says nonsense is refused too.
        let records = QueryIndex::decode(bytes.clone()).unwrap().records;
        let resealed = |edit: &dyn Fn(&mut Vec<u8>)| {
            let mut b = bytes.clone();
            edit(&mut b);
            let (_, at) = decode_header(&b).unwrap();
            let sum = checksum(&b[at + 8..]);
            b[at..at + 8].copy_from_slice(&sum.to_le_bytes());
            QueryIndex::decode(b).map(|_| "decoded").unwrap_err()
        };
        assert!(resealed(&|b| b[records.start] = 99).contains("missing actor"));
        assert!(resealed(&|b| b[records.start + 28] = 200).contains("bad relation record"));
        assert!(resealed(&|b| b[records.start + 12] = 0).contains("bad evidence range"));
        // Two relations with as much evidence trade places.
        let swap_keys = |b: &mut Vec<u8>| {
            for i in (0..8).chain([28]) {
                b.swap(records.start + RECORD + i, records.start + 2 * RECORD + i);
            }
        };
        assert!(resealed(&swap_keys).contains("out of order"));
        let last = bytes.len();
        assert!(resealed(&|b| b[last - 4] = 77).contains("bad date number"));
        // Queries read the file instead, and mend the index.
        std::fs::write(index_path(&path), &bytes[..bytes.len() / 2]).unwrap();
        let q = read_graph_for_query(&path).unwrap();
        assert!(!q.is_indexed() && q.note().contains("not a usable index"), "{}", q.note());
        assert_eq!(to_json(&q), to_json(&g));
        assert!(read_graph_for_query(&path).unwrap().is_indexed());
    }

    #[test]
    fn files_not_laid_out_as_relgraph_writes_them_get_no_index() {
        let dir = tempfile::tempdir().unwrap();
        let (path, g, text) = written(dir.path());
        std::fs::remove_file(index_path(&path)).unwrap();
        // The same graph with its edges in reverse order.
        let mut v: serde_json::Value = serde_json::from_str(&text).unwrap();
        v["edges"].as_array_mut().unwrap().reverse();
        std::fs::write(&path, v.to_string()).unwrap();
        let q = read_graph_for_query(&path).unwrap();
        assert!(!q.is_indexed() && q.note().contains("no index written"), "{}", q.note());
        assert!(!index_path(&path).exists());
        assert_eq!(to_json(&q), to_json(&g));
    }

    #[test]
    fn evidence_the_index_points_at_must_belong_to_the_relation_shown() {
        let dir = tempfile::tempdir().unwrap();
        let (path, _, text) = written(dir.path());
        let q = read_graph_for_query(&path).unwrap();
        assert!(q.is_indexed());
        let hops = q.shortest_path("russia", "myanmar", &QueryFilter::default()).unwrap();
        assert!(q.shown_evidence(&QueryFilter::default(), &hops[0]).is_ok());
        // The same bytes and dates, but the array now belongs to another edge's head.
        let edges = text.find("\"edges\"").unwrap();
        let (before, after) = text.split_at(edges);
        let forged = format!("{before}{}", after.replacen("\"source\": \"russia\"", "\"source\": \"rossia\"", 1));
        assert_ne!(forged, text);
        std::fs::write(&path, forged).unwrap();
        let err = q.shown_evidence(&QueryFilter::default(), &hops[0]);
        assert!(matches!(err, Err(IndexError::Invalid { .. })), "{err:?}");
    }

    #[test]
    fn evidence_that_no_longer_matches_is_an_error() {
        let dir = tempfile::tempdir().unwrap();
        let (path, _, text) = written(dir.path());
        let q = read_graph_for_query(&path).unwrap();
        assert!(q.is_indexed());
        // The file changes under the open index (same length, new dates).
        std::fs::write(&path, text.replace("2021-06-23", "2021-06-24")).unwrap();
        let hops = q.shortest_path("russia", "myanmar", &QueryFilter::default()).unwrap();
        let err = q.shown_evidence(&QueryFilter::default(), &hops[0]);
        // (Written in place, the open file sees the new bytes.)
        assert!(matches!(err, Err(IndexError::Invalid { .. })), "{err:?}");
    }
}
