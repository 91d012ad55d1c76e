//! The main job: documents in, graph out. Composes the stages
//! (document → extract → graph): extraction runs in parallel over a batch of
//! documents, and the results are merged into the graph in input order, so
//! the graph is the same whatever the number of threads.

use crate::document::{self, Document, DocumentError};
use crate::extract::{Extraction, Extractor};
use crate::graph::{Actor, DocumentInfo, Evidence, RelGraph};
use crate::lexicon::Lexicon;
use crate::ontology::{ActorKind, RelationType};
use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::PathBuf;

/// The evidence sentences kept of one relation (source, target, type) in one
/// document: the first ones in the document. The others are counted in the
/// document's [`DocumentInfo::evidence_omitted`]. A relation's weight is the
/// number of sentences kept, so at most this much per document.
pub const MAX_EVIDENCE_PER_DOCUMENT: usize = crate::extract::MAX_EVIDENCE_PER_RELATION;

/// What happened to one input.
#[derive(Debug)]
pub enum Outcome {
    /// Read and added to the graph.
    Added {
        /// The document id.
        id: String,
    },
    /// Already in the graph (same content hash).
    Duplicate {
        /// The document id.
        id: String,
    },
    /// Could not be read.
    Skipped {
        /// Where it came from (`None`: standard input).
        path: Option<PathBuf>,
        /// Why.
        error: DocumentError,
    },
}

/// One input: a file, or standard input when `path` is `None`, and its document id.
#[derive(Debug, Clone)]
pub struct Input {
    /// The file.
    pub path: Option<PathBuf>,
    /// The document id.
    pub id: String,
}

/// What `relgraph extract` writes, one JSON object per line, and `relgraph
/// merge` reads: a document with the actors its relations name, or one
/// relation with its evidence (and its CAMEO and PLOVER codes).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Record {
    /// A document that went into the graph.
    Document {
        /// Its id, title, date and hash.
        #[serde(flatten)]
        info: DocumentInfo,
        /// The actors its relations name, with their mention counts.
        actors: Vec<Actor>,
    },
    /// One relation found in a sentence.
    Relation {
        /// Source actor id.
        source: String,
        /// Target actor id.
        target: String,
        /// Ontology type.
        relation: RelationType,
        /// Closest CAMEO code.
        cameo: String,
        /// Closest PLOVER type.
        plover: String,
        /// The sentence and where it stands.
        #[serde(flatten)]
        evidence: Evidence,
    },
}

/// Where a piece of evidence stands in its document: start, end, trigger.
type Span<'a> = (usize, usize, &'a str);

/// One document read and extracted, ready to merge.
struct Extracted {
    info: DocumentInfo,
    text: String,
    extraction: Extraction,
}

/// Builds a graph document by document.
pub struct GraphBuilder<'l> {
    lexicon: &'l Lexicon,
    extractor: Extractor<'l>,
    graph: RelGraph,
    keep_duplicates: bool,
    /// Evidence merged but not yet in the graph, by relation: added sorted,
    /// all at once, by [`GraphBuilder::finish`], so that records in any
    /// order cost no more than records in order.
    pending: HashMap<(String, String, RelationType), Vec<Evidence>>,
}

fn read(input: &Input) -> Result<Document, DocumentError> {
    match &input.path {
        Some(p) => document::load_file(p, input.id.clone()),
        None => document::from_stdin(input.id.clone()),
    }
}

/// An input that could not be read: its path (none for standard input) and why.
pub type InputError = (Option<PathBuf>, DocumentError);

impl<'l> GraphBuilder<'l> {
    /// Starts from an existing graph (or an empty one).
    pub fn new(lexicon: &'l Lexicon, graph: RelGraph) -> GraphBuilder<'l> {
        GraphBuilder {
            lexicon,
            extractor: Extractor::new(lexicon),
            graph,
            keep_duplicates: false,
            pending: HashMap::new(),
        }
    }

    /// Adds documents even when their content is already in the graph (for
    /// benchmarks over replicated corpora; a user keeps de-duplication on).
    pub fn keep_duplicates(mut self, keep: bool) -> Self {
        self.keep_duplicates = keep;
        self
    }

    fn is_duplicate(&self, sha256: &str) -> bool {
        !self.keep_duplicates && self.graph.has_content(sha256)
    }

    fn extract(&self, doc: Document) -> Extracted {
        let extraction = self.extractor.extract(&doc);
        let info =
            DocumentInfo { id: doc.id, title: doc.title, date: doc.date, sha256: doc.sha256, evidence_omitted: 0 };
        Extracted { info, text: doc.text, extraction }
    }

    /// Extracts one document and merges it into the graph. A document whose
    /// content is already in the graph is not added again.
    pub fn add(&mut self, doc: Document) -> Outcome {
        if self.is_duplicate(&doc.sha256) {
            return Outcome::Duplicate { id: doc.id };
        }
        let ex = self.extract(doc);
        self.merge(ex)
    }

    /// Reads, extracts and merges a batch of inputs: reading and extraction
    /// run in parallel, merging in input order. Returns one outcome per input.
    pub fn add_inputs(&mut self, inputs: &[Input]) -> Vec<Outcome> {
        let results: Vec<Result<Extracted, DocumentError>> =
            inputs.par_iter().map(|i| read(i).map(|d| self.extract(d))).collect();
        inputs
            .iter()
            .zip(results)
            .map(|(input, r)| match r {
                Ok(ex) if self.is_duplicate(&ex.info.sha256) => Outcome::Duplicate { id: ex.info.id },
                Ok(ex) => self.merge(ex),
                Err(error) => Outcome::Skipped { path: input.path.clone(), error },
            })
            .collect()
    }

    /// A document id already in the graph for other content (a second
    /// `stdin`, a file name used before) gets its content hash appended, so
    /// that no two documents share an id.
    fn unique_id(&self, id: String, sha256: &str) -> String {
        match self.graph.document(&id) {
            Some(d) if d.sha256 != sha256 => format!("{id}#{}", &sha256[..sha256.len().min(12)]),
            _ => id,
        }
    }

    fn merge(&mut self, mut ex: Extracted) -> Outcome {
        ex.info.id = self.unique_id(std::mem::take(&mut ex.info.id), &ex.info.sha256);
        let id = ex.info.id.clone();
        for r in self.records(ex) {
            self.merge_record(r);
        }
        Outcome::Added { id }
    }

    /// The records of one extracted document: the document (with the actors
    /// it links) first, then one record per relation found.
    fn records(&self, ex: Extracted) -> Vec<Record> {
        let Extracted { mut info, text, extraction } = ex;
        // What extraction already left out of this document (the same cap, applied as it reads).
        info.evidence_omitted += extraction.omitted;
        // The first sentences of each relation are kept, the rest counted.
        let mut kept: HashMap<(&str, &str, RelationType), BTreeSet<Span<'_>>> = HashMap::new();
        let mut keep = Vec::with_capacity(extraction.relations.len());
        for f in &extraction.relations {
            let (s, t) = if !f.relation.directed() && f.source > f.target {
                (&f.target, &f.source)
            } else {
                (&f.source, &f.target)
            };
            let spans = kept.entry((s.as_str(), t.as_str(), f.relation)).or_default();
            let span = (f.start, f.end, f.trigger.as_str());
            let k = spans.contains(&span) || spans.len() < MAX_EVIDENCE_PER_DOCUMENT;
            if k {
                spans.insert(span);
            } else {
                info.evidence_omitted += 1;
            }
            keep.push(k);
        }
        drop(kept);
        let mut in_edges = BTreeSet::new();
        for f in &extraction.relations {
            in_edges.insert(f.source.as_str());
            in_edges.insert(f.target.as_str());
        }
        let actors = in_edges
            .iter()
            .map(|id| {
                let mentions = extraction.mentions.get(*id).copied().unwrap_or(0) as u64;
                match self.lexicon.actor(id) {
                    Some(e) => Actor {
                        id: e.id.clone(),
                        label: e.label.clone(),
                        kind: e.kind,
                        country: e.country.clone(),
                        mentions,
                    },
                    None => Actor {
                        id: id.to_string(),
                        label: extraction.discovered[*id].clone(),
                        kind: ActorKind::Discovered,
                        country: None,
                        mentions,
                    },
                }
            })
            .collect();
        let mut out = vec![Record::Document { info: info.clone(), actors }];
        for (f, k) in extraction.relations.into_iter().zip(keep) {
            if !k {
                continue;
            }
            let sentence = text[f.start..f.end].split_whitespace().collect::<Vec<_>>().join(" ");
            out.push(Record::Relation {
                source: f.source,
                target: f.target,
                cameo: f.relation.cameo().to_string(),
                plover: f.relation.plover().to_string(),
                relation: f.relation,
                evidence: Evidence {
                    doc: info.id.clone(),
                    start: f.start,
                    end: f.end,
                    sentence,
                    date: info.date.clone(),
                    trigger: f.trigger,
                },
            });
        }
        out
    }

    /// Merges one record (from [`GraphBuilder::extract_records`] or a file of
    /// them) into the graph. A document record whose content is already in
    /// the graph is reported as a duplicate and its relations are still
    /// merged only if they are new evidence (evidence is a set).
    pub fn merge_record(&mut self, record: Record) {
        match record {
            Record::Document { info, actors } => {
                for a in actors {
                    self.graph.add_actor(a);
                }
                self.graph.add_document(info);
            }
            Record::Relation { source, target, relation, evidence, .. } => {
                for id in [&source, &target] {
                    if self.graph.actor(id).is_none() {
                        let actor = match self.lexicon.actor(id) {
                            Some(e) => Actor {
                                id: e.id.clone(),
                                label: e.label.clone(),
                                kind: e.kind,
                                country: e.country.clone(),
                                mentions: 0,
                            },
                            None => Actor {
                                id: id.clone(),
                                label: id.clone(),
                                kind: ActorKind::Discovered,
                                country: None,
                                mentions: 0,
                            },
                        };
                        self.graph.add_actor(actor);
                    }
                }
                self.pending.entry((source, target, relation)).or_default().push(evidence);
            }
        }
    }

    /// Reads and extracts a batch of inputs in parallel and returns their
    /// records in input order, without touching the graph (the map step of
    /// `relgraph extract`).
    pub fn extract_records(&self, inputs: &[Input]) -> Vec<Result<Vec<Record>, InputError>> {
        inputs
            .par_iter()
            .map(|i| read(i).map(|d| self.records(self.extract(d))).map_err(|e| (i.path.clone(), e)))
            .collect()
    }

    /// Extracts documents given as text (JSON Lines input), in parallel.
    pub fn extract_texts(&self, docs: Vec<(String, String, Option<String>)>) -> Vec<Vec<Record>> {
        docs.into_par_iter()
            .map(|(id, text, date)| {
                let mut d = Document::from_text(id, text);
                if date.is_some() {
                    d.date = date;
                }
                self.records(self.extract(d))
            })
            .collect()
    }

    /// Puts the evidence merged so far into the graph, relation by relation.
    fn flush(&mut self) {
        let pending: BTreeMap<_, _> = std::mem::take(&mut self.pending).into_iter().collect();
        for ((source, target, relation), evidence) in pending {
            let added = self.graph.add_relation(&source, &target, relation, evidence);
            debug_assert!(added, "the actors of a merged relation are in the graph");
        }
    }

    /// The graph built so far.
    pub fn graph(&mut self) -> &RelGraph {
        self.flush();
        &self.graph
    }

    /// Finishes and returns the graph.
    pub fn finish(mut self) -> RelGraph {
        self.flush();
        self.graph
    }
}
