//! The query index, `graph.json.idx`: a compact binary cache, next to a graph
//! file, of what `path` and `neighbors` need, so that they do not parse the
//! whole `graph.json`. Like git's index it is never the source of truth: it
//! records the graph file's length, modification and change times and inode,
//! and one that does not match the file (or cannot be read, or is damaged)
//! is ignored; the query then reads `graph.json` and writes a fresh index.
//!
//! It holds the actors (id, label, kind, country, mentions) and, per
//! relation, its two actors (by number), its type, the date of every piece of
//! evidence and the byte range of the edge's `evidence` array in `graph.json`
//! (recorded as the file is written, [`super::serialize`]). The graph built
//! from it ([`read_graph_for_query`]) has the evidence with its dates only,
//! which is all that finding paths and neighbours look at (the weight and the
//! window of [`QueryFilter`]); the sentences of the few relations shown are
//! read from `graph.json` when asked for ([`QueryGraph::shown_evidence`]).
//!
//! Layout: the magic bytes, the version ([`INDEX_VERSION`], little-endian
//! `u32`), the graph file's stamp (postcard), the SHA-256 of the body, and the
//! body (postcard, [`Body`]). The stamp comes first so that a stale index is
//! not read further. A damaged file is an error, never a panic.
//!
//! An index is written only for a graph file laid out as [`super::to_json`]
//! writes it (edges sorted, one per relation, evidence sorted), where every
//! relation is one edge of the file; a file written by hand otherwise is
//! simply always read whole.

use super::json::{evidence_ranges, parse_graph, GraphFileError, Serialized};
use crate::fsutil::write_atomic;
use crate::graph::{Actor, Evidence, Hop, QueryFilter, RelGraph, Relation};
use crate::ontology::{ActorKind, RelationType};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::fs::{File, Metadata};
use std::io::{Read, Seek, SeekFrom};
use std::ops::Range;
use std::path::{Path, PathBuf};

/// The version of the index layout; an index of another version is ignored.
pub const INDEX_VERSION: u32 = 2;

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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
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

/// The body of an index file, as postcard writes it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct Body {
    /// The actor kind names and relation type names the numbers below stand
    /// for (so that a reordered enum never misreads).
    kinds: Vec<String>,
    types: Vec<String>,
    /// Sorted by id; an actor's number is its place here.
    actors: Vec<StoredActor>,
    /// The distinct evidence dates; date number `n` is `dates[n - 1]`, 0 is undated.
    dates: Vec<String>,
    /// Sorted as [`RelGraph::relations`] (by source id, target id and type).
    relations: Vec<StoredRelation>,
    /// Every relation's evidence dates as date numbers, relation after relation.
    evidence_dates: Vec<u32>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct StoredActor {
    id: String,
    label: String,
    kind: u8,
    country: Option<String>,
    mentions: u64,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
struct StoredRelation {
    source: u32,
    target: u32,
    relation: u8,
    /// Byte range of the edge's `evidence` array in the graph file.
    offset: u64,
    len: u64,
    /// How many pieces of evidence it has.
    count: u32,
}

/// One relation of the index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct IndexedRelation {
    /// Numbers of the source and target actors.
    source: u32,
    target: u32,
    relation: RelationType,
    /// Byte range of the edge's `evidence` array in the graph file.
    offset: u64,
    len: u64,
    /// Where its evidence dates start among all the relations' dates, and how many.
    first: usize,
    count: usize,
}

impl IndexedRelation {
    fn key(&self) -> (u32, u32, RelationType) {
        (self.source, self.target, self.relation)
    }

    fn dates(&self) -> Range<usize> {
        self.first..self.first + self.count
    }
}

/// The index file of a graph, `evidence` being where each relation's
/// evidence array stands in its graph file (in [`RelGraph::relations`]
/// order), and `stamp` that file's.
fn encode(graph: &RelGraph, evidence: &[Range<usize>], stamp: Stamp) -> Result<Vec<u8>, String> {
    let relations = graph.relations();
    if evidence.len() != relations.len() {
        return Err(format!("{} edges in the file for {} relations", evidence.len(), relations.len()));
    }
    let actors = graph.actors();
    let number: HashMap<&str, u32> = actors.iter().enumerate().map(|(n, a)| (a.id.as_str(), n as u32)).collect();
    let mut date_number: HashMap<&str, u32> = HashMap::new();
    let mut dates = Vec::new();
    let mut evidence_dates = Vec::new();
    let mut stored = Vec::with_capacity(relations.len());
    for ((s, t, r), range) in relations.into_iter().zip(evidence) {
        stored.push(StoredRelation {
            source: number[s.id.as_str()],
            target: number[t.id.as_str()],
            relation: RelationType::ALL.iter().position(|&t| t == r.relation).expect("a type of the ontology") as u8,
            offset: range.start as u64,
            len: range.len() as u64,
            count: u32::try_from(r.weight()).map_err(|_| "too large for an index")?,
        });
        for e in &r.evidence {
            evidence_dates.push(match e.date.as_deref() {
                None => 0,
                Some(d) => *date_number.entry(d).or_insert_with(|| {
                    dates.push(d.to_string());
                    dates.len() as u32
                }),
            });
        }
    }
    let body = Body {
        kinds: ActorKind::ALL.iter().map(|k| k.as_str().to_string()).collect(),
        types: RelationType::ALL.iter().map(|t| t.as_str().to_string()).collect(),
        actors: actors
            .iter()
            .map(|a| StoredActor {
                id: a.id.clone(),
                label: a.label.clone(),
                kind: ActorKind::ALL.iter().position(|&k| k == a.kind).expect("a kind of the ontology") as u8,
                country: a.country.clone(),
                mentions: a.mentions,
            })
            .collect(),
        dates,
        relations: stored,
        evidence_dates,
    };
    let body = postcard::to_allocvec(&body).map_err(|e| e.to_string())?;
    let mut out = Vec::with_capacity(body.len() + 128);
    out.extend_from_slice(&MAGIC);
    out.extend_from_slice(&INDEX_VERSION.to_le_bytes());
    out.extend_from_slice(&postcard::to_allocvec(&stamp).map_err(|e| e.to_string())?);
    out.extend_from_slice(&Sha256::digest(&body));
    out.extend_from_slice(&body);
    Ok(out)
}

/// The stamp of an index file and where the rest (hash and body) starts,
/// once the magic bytes and version are checked.
fn decode_header(bytes: &[u8]) -> Result<(Stamp, usize), String> {
    let rest = bytes.strip_prefix(&MAGIC).ok_or("not an index file")?;
    let version = rest.get(..4).ok_or("truncated")?;
    let version = u32::from_le_bytes(version.try_into().expect("4 bytes"));
    if version != INDEX_VERSION {
        return Err(format!("version {version}, not {INDEX_VERSION}"));
    }
    let (stamp, rest) = postcard::take_from_bytes::<Stamp>(&rest[4..]).map_err(|e| format!("stamp: {e}"))?;
    Ok((stamp, bytes.len() - rest.len()))
}

/// An index file read back and checked.
#[derive(Debug)]
struct QueryIndex {
    /// Sorted by id; an actor's number is its place here.
    actors: Vec<Actor>,
    /// The distinct dates; date number `n` is `dates[n - 1]`, 0 is undated.
    dates: Vec<String>,
    /// Sorted by source id, target id and type, as in the graph file.
    relations: Vec<IndexedRelation>,
    /// Date numbers of every relation's evidence, relation after relation.
    evidence_dates: Vec<u32>,
}

impl QueryIndex {
    /// Reads an index file's bytes; any damage is an error, never a panic.
    fn decode(bytes: &[u8]) -> Result<QueryIndex, String> {
        let (stamp, at) = decode_header(bytes)?;
        let (hash, body) = bytes[at..].split_at_checked(32).ok_or("truncated")?;
        if Sha256::digest(body).as_slice() != hash {
            return Err("checksum mismatch".into());
        }
        let body: Body = postcard::from_bytes(body).map_err(|e| format!("undecodable: {e}"))?;
        let kinds = body.kinds.iter().map(|k| k.parse::<ActorKind>()).collect::<Result<Vec<_>, _>>()?;
        let types = body.types.iter().map(|t| t.parse::<RelationType>()).collect::<Result<Vec<_>, _>>()?;
        let mut actors: Vec<Actor> = Vec::with_capacity(body.actors.len());
        for a in body.actors {
            let kind = *kinds.get(a.kind as usize).ok_or("bad actor kind")?;
            if actors.last().is_some_and(|last| last.id >= a.id) {
                return Err("actors out of order".into());
            }
            actors.push(Actor { id: a.id, label: a.label, kind, country: a.country, mentions: a.mentions });
        }
        let mut relations = Vec::with_capacity(body.relations.len());
        let mut next = 0usize;
        let mut previous: Option<(u32, u32, RelationType)> = None;
        for r in body.relations {
            let relation = *types.get(r.relation as usize).ok_or("bad relation record")?;
            let rel = IndexedRelation {
                source: r.source,
                target: r.target,
                relation,
                offset: r.offset,
                len: r.len,
                first: next,
                count: r.count as usize,
            };
            if rel.source as usize >= actors.len() || rel.target as usize >= actors.len() {
                return Err("relation names a missing actor".into());
            }
            if !rel.relation.directed() && rel.source > rel.target {
                return Err("symmetric relation from the larger id".into());
            }
            if rel.offset.checked_add(rel.len).is_none_or(|end| end > stamp.len) || rel.count == 0 {
                return Err("bad evidence range".into());
            }
            if previous.is_some_and(|p| p >= rel.key()) {
                return Err("relations out of order".into());
            }
            previous = Some(rel.key());
            next += rel.count;
            relations.push(rel);
        }
        if next != body.evidence_dates.len() {
            return Err("evidence count mismatch".into());
        }
        if body.evidence_dates.iter().any(|&d| d as usize > body.dates.len()) {
            return Err("bad date number".into());
        }
        Ok(QueryIndex { actors, dates: body.dates, relations, evidence_dates: body.evidence_dates })
    }

    /// The date of evidence `k` of all.
    fn date(&self, k: usize) -> Option<&str> {
        self.evidence_dates[k].checked_sub(1).map(|d| self.dates[d as usize].as_str())
    }

    /// The number of the relation `source -relation-> target`, given by actor numbers.
    fn find(&self, key: (u32, u32, RelationType)) -> Option<usize> {
        self.relations.binary_search_by_key(&key, IndexedRelation::key).ok()
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
        let evidence: Vec<Vec<Evidence>> = self
            .relations
            .par_iter()
            .with_min_len(4096)
            .map(|r| {
                // Placeholders in the file's order (their `start` counts up).
                r.dates()
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
        let parts = evidence
            .into_iter()
            .zip(&self.relations)
            .map(|(evidence, r)| (r.source as usize, r.target as usize, Relation { relation: r.relation, evidence }));
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
        let r = self.index.relations[n];
        let io = |source| IndexError::Io { path: self.path.clone(), source };
        let mut buf = vec![0; r.len as usize];
        (&self.file).seek(SeekFrom::Start(r.offset)).map_err(io)?;
        (&self.file).read_exact(&mut buf).map_err(io)?;
        let mut evidence: Vec<Evidence> = serde_json::from_slice(&buf)
            .map_err(|e| invalid(format!("evidence of {source} -{relation}-> {target}: {e}")))?;
        if evidence.len() != r.count
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
    let ranges = if canonical { evidence_ranges(&text) } else { None };
    let written = match (meta, ranges) {
        (Ok(m), Some(ranges)) if m.is_file() => {
            write(path, &graph, &ranges, Stamp::of(&m)).map(|()| "wrote a fresh index".to_string())
        }
        (Ok(_), _) => Err(IndexError::Unindexable {
            path: path.to_path_buf(),
            message: "not laid out as relgraph writes graph files".into(),
        }),
        (Err(source), _) => Err(IndexError::Io { path: path.to_path_buf(), source }),
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
    let index = QueryIndex::decode(&bytes).map_err(invalid)?;
    let (graph, lazy) = index.into_graph(path, file);
    Ok(QueryGraph { graph, lazy: Some(lazy), note: format!("read the index {}", idx.display()) })
}

/// Writes the index of a graph file just written as `written` (what
/// [`super::serialize`] gave), atomically, next to it.
pub fn write_index(path: &Path, graph: &RelGraph, written: &Serialized) -> Result<(), IndexError> {
    let meta = std::fs::metadata(path).map_err(|source| IndexError::Io { path: path.to_path_buf(), source })?;
    write(path, graph, &written.evidence, Stamp::of(&meta))
}

fn write(path: &Path, graph: &RelGraph, evidence: &[Range<usize>], stamp: Stamp) -> Result<(), IndexError> {
    let bytes = encode(graph, evidence, stamp)
        .map_err(|message| IndexError::Unindexable { path: path.to_path_buf(), message })?;
    let idx = index_path(path);
    write_atomic(&idx, &bytes).map_err(|source| IndexError::Io { path: idx, source })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::{serialize, to_json};

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
        let written = serialize(&g);
        let path = dir.join("graph.json");
        std::fs::write(&path, &written.text).unwrap();
        write_index(&path, &g, &written).unwrap();
        (path, g, written.text)
    }

    #[test]
    fn round_trip_and_the_indexed_graph_answers_as_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let (path, g, text) = written(dir.path());
        // The bytes decode to what was encoded.
        let stamp = Stamp::of(&std::fs::metadata(&path).unwrap());
        let ranges = evidence_ranges(&text).unwrap();
        let bytes = encode(&g, &ranges, stamp).unwrap();
        assert_eq!(std::fs::read(index_path(&path)).unwrap(), bytes);
        let index = QueryIndex::decode(&bytes).unwrap();
        assert_eq!(decode_header(&bytes).unwrap().0, stamp);
        assert_eq!(index.actors.iter().collect::<Vec<_>>(), g.actors());
        assert_eq!(index.relations.len(), g.relation_count());
        for (n, (s, t, r)) in g.relations().into_iter().enumerate() {
            let rel = index.relations[n];
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
        let (_, at) = decode_header(&bytes).unwrap();
        for n in 0..bytes.len() {
            assert!(QueryIndex::decode(&bytes[..n]).is_err(), "truncated to {n}");
            let mut flipped = bytes.clone();
            flipped[n] ^= 0x41;
            // (The stamp, from byte 12, is checked against the graph file, not here.)
            assert!(QueryIndex::decode(&flipped).is_err() || (12..at).contains(&n), "byte {n} flipped");
        }
        // A body that passes the checksum but says nonsense is refused too.
        let resealed = |edit: &dyn Fn(&mut Body)| {
            let mut body: Body = postcard::from_bytes(&bytes[at + 32..]).unwrap();
            edit(&mut body);
            let body = postcard::to_allocvec(&body).unwrap();
            let b = [&bytes[..at], Sha256::digest(&body).as_slice(), &body].concat();
            QueryIndex::decode(&b).map(|_| "decoded").unwrap_err()
        };
        assert!(resealed(&|b| b.relations[0].source = 99).contains("missing actor"));
        assert!(resealed(&|b| b.relations[0].relation = 200).contains("bad relation record"));
        assert!(resealed(&|b| b.relations[0].count = 0).contains("bad evidence range"));
        assert!(resealed(&|b| b.relations[0].offset = u64::MAX).contains("bad evidence range"));
        assert!(resealed(&|b| b.kinds[0] = "planet".into()).contains("planet"));
        // Two relations with as much evidence trade places.
        assert!(resealed(&|b| b.relations.swap(1, 2)).contains("out of order"));
        assert!(resealed(&|b| *b.evidence_dates.last_mut().unwrap() = 77).contains("bad date number"));
        assert!(resealed(&|b| b.actors.swap(0, 1)).contains("out of order"));
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
