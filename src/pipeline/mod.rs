//! The main job: documents in, graph out. Composes the stages
//! (document → extract → graph): extraction runs in parallel over a batch of
//! documents, and the results are merged into the graph in input order, so
//! the graph is the same whatever the number of threads.

mod jsonl;
mod run;

pub use jsonl::{JsonLines, LineError};
pub use run::{
    build, extract, merge, BuildOptions, BuildSummary, Event, MergeOptions, PipelineError, ReadOptions, BATCH,
};

use crate::document::{self, Document, DocumentError};
use crate::extract::{discovered_id, Extraction, Extractor};
use crate::graph::{Actor, DocumentInfo, Evidence, RelGraph};
use crate::lexicon::Lexicon;
use crate::ontology::{ActorKind, RelationType};
use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::PathBuf;
use std::sync::Arc;

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

/// The id of a discovered actor by its name folded: spelling variants
/// ("Co-operation" and "Cooperation", "Organisation" and "Organization",
/// "Defence" and "Defense", "Centre" and "Center", "Programme" and
/// "Program") give one id.
pub fn discovered_key(label: &str) -> String {
    discovered_id(&fold_name(label))
}

/// A name with its words lowercased and spelling variants folded
/// (see [`discovered_key`]), joined by single spaces.
fn fold_name(label: &str) -> String {
    let lower = label.to_lowercase().replace("co-op", "coop");
    let folded: Vec<String> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| match w {
            "organisation" => "organization".to_string(),
            "organisations" => "organizations".to_string(),
            "defence" => "defense".to_string(),
            "centre" => "center".to_string(),
            "programme" => "program".to_string(),
            w => w.to_string(),
        })
        .collect();
    folded.join(" ")
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
    /// Shared so that one batch can be extracted while the one before is merged.
    extractor: Arc<Extractor<'l>>,
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

/// A batch of inputs and what reading and extracting each gave.
type Batch<'i> = (&'i [Input], Vec<Result<Extracted, DocumentError>>);

/// One document extracted, with what the graph keeps of it.
fn extract_with(extractor: &Extractor<'_>, doc: Document) -> Extracted {
    let extraction = extractor.extract(&doc);
    let info = DocumentInfo { id: doc.id, title: doc.title, date: doc.date, sha256: doc.sha256, evidence_omitted: 0 };
    Extracted { info, text: doc.text, extraction }
}

/// Reads and extracts `inputs` in parallel, in input order.
///
/// Each document is a task of its own (`with_max_len(1)`): left to itself,
/// rayon hands each thread long runs of documents that cannot be shared once
/// started, and at the end of every batch the threads that finish first wait
/// for the others' last run.
fn read_and_extract(extractor: &Extractor<'_>, inputs: &[Input]) -> Vec<Result<Extracted, DocumentError>> {
    inputs.par_iter().with_max_len(1).map(|i| read(i).map(|d| extract_with(extractor, d))).collect()
}

/// The bytes of a batch's inputs: each document's text as read (as many
/// bytes as its file), or the file's size on disk when it could not be read.
fn batch_bytes(inputs: &[Input], results: &[Result<Extracted, DocumentError>]) -> u64 {
    inputs
        .iter()
        .zip(results)
        .map(|(input, r)| match r {
            Ok(ex) => ex.text.len() as u64,
            Err(_) => input.path.as_deref().and_then(|p| std::fs::metadata(p).ok()).map_or(0, |m| m.len()),
        })
        .sum()
}

/// An input that could not be read: its path (none for standard input) and why.
pub type InputError = (Option<PathBuf>, DocumentError);

impl<'l> GraphBuilder<'l> {
    /// Starts from an existing graph (or an empty one).
    pub fn new(lexicon: &'l Lexicon, graph: RelGraph) -> GraphBuilder<'l> {
        GraphBuilder::with_extractor(lexicon, Extractor::new(lexicon), graph)
    }

    /// Starts from an existing graph, reading documents with `extractor`
    /// (made over the same `lexicon`).
    pub fn with_extractor(lexicon: &'l Lexicon, extractor: Extractor<'l>, graph: RelGraph) -> GraphBuilder<'l> {
        GraphBuilder { lexicon, extractor: Arc::new(extractor), graph, keep_duplicates: false, pending: HashMap::new() }
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
        extract_with(&self.extractor, doc)
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
        let results = read_and_extract(&self.extractor, inputs);
        self.merge_all(inputs, results)
    }

    /// Reads, extracts and merges `inputs` in batches of `batch`: as
    /// [`GraphBuilder::add_inputs`] on each batch in turn, except that a batch
    /// is read and extracted while the one before is merged (merging runs on
    /// one thread, in input order, and would leave the others idle), and
    /// `each` runs on the calling thread meanwhile (what it does, such as
    /// counting a batch's bytes on disk, then leaves no worker waiting).
    /// `each` gets every batch with its outcomes and its size in bytes (as
    /// read; on disk for an input that could not be read), in order; an error
    /// from it stops, once the batches under way are done.
    pub fn add_batches<'i, E>(
        &mut self,
        inputs: &'i [Input],
        batch: usize,
        mut each: impl FnMut(&'i [Input], Vec<Outcome>, u64) -> Result<(), E>,
    ) -> Result<(), E> {
        let extractor = Arc::clone(&self.extractor);
        let mut batches = inputs.chunks(batch.max(1));
        let mut extracted: Option<Batch<'i>> = None;
        let mut merged: Option<(&'i [Input], Vec<Outcome>, u64)> = None;
        loop {
            let next = batches.next();
            if next.is_none() && extracted.is_none() && merged.is_none() {
                return Ok(());
            }
            let (done, told) = (extracted.take(), merged.take());
            let mut told_result = Ok(());
            rayon::in_place_scope(|s| {
                s.spawn(|_| extracted = next.map(|b| (b, read_and_extract(&extractor, b))));
                s.spawn(|_| {
                    merged = done.map(|(b, results)| {
                        let bytes = batch_bytes(b, &results);
                        (b, self.merge_all(b, results), bytes)
                    })
                });
                if let Some((b, outcomes, bytes)) = told {
                    told_result = each(b, outcomes, bytes);
                }
            });
            told_result?;
        }
    }

    /// Merges the extracted documents of `inputs` in order; one outcome per input.
    fn merge_all(&mut self, inputs: &[Input], results: Vec<Result<Extracted, DocumentError>>) -> Vec<Outcome> {
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
        let Extracted { mut info, text, mut extraction } = ex;
        self.merge_discovered(&mut extraction);
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

    /// One actor, one node: discovered actors whose names normalise to a
    /// lexicon actor's name become that actor, and those whose names
    /// normalise to each other ([`discovered_key`]) one discovered actor (the
    /// first label in id order names it). Relations of an actor with itself
    /// that this makes are dropped.
    fn merge_discovered(&self, ex: &mut Extraction) {
        if ex.discovered.is_empty() {
            return;
        }
        let mut renamed: HashMap<String, String> = HashMap::new();
        let mut discovered = BTreeMap::new();
        for (id, label) in std::mem::take(&mut ex.discovered) {
            let lexicon_actor = [label.clone(), fold_name(&label)]
                .iter()
                .find_map(|name| self.lexicon.resolve_name(name).filter(|e| e.kind != ActorKind::Person));
            let to = match lexicon_actor {
                Some(entry) => entry.id.clone(),
                None => {
                    let key = discovered_key(&label);
                    discovered.entry(key.clone()).or_insert(label);
                    key
                }
            };
            if to != id {
                renamed.insert(id, to);
            }
        }
        ex.discovered = discovered;
        if renamed.is_empty() {
            return;
        }
        let rename = |id: &mut String| {
            if let Some(to) = renamed.get(id.as_str()) {
                id.clone_from(to);
            }
        };
        for f in &mut ex.relations {
            rename(&mut f.source);
            rename(&mut f.target);
        }
        ex.relations.retain(|f| f.source != f.target);
        let mentions = std::mem::take(&mut ex.mentions);
        for (mut id, n) in mentions {
            rename(&mut id);
            *ex.mentions.entry(id).or_default() += n;
        }
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

#[cfg(test)]
mod tests {
    use super::{discovered_key, GraphBuilder};
    use crate::extract::{Extraction, Found};
    use crate::graph::RelGraph;
    use crate::lexicon::Lexicon;
    use crate::ontology::RelationType;

    #[test]
    fn spelling_variants_of_a_name_are_one_discovered_actor() {
        assert_eq!(discovered_key("Gulf Co-operation Council"), discovered_key("Gulf Cooperation Council"));
        assert_eq!(discovered_key("World Health Organisation"), discovered_key("world health organization"));
        assert_ne!(discovered_key("Northern Lions"), discovered_key("Southern Lions"));
    }

    #[test]
    fn discovered_actors_that_name_one_actor_merge_and_lose_their_self_relations() {
        let lexicon = Lexicon::builtin().unwrap();
        let builder = GraphBuilder::new(&lexicon, RelGraph::new());
        let found = |s: &str, t: &str| Found {
            source: s.into(),
            target: t.into(),
            relation: RelationType::Alliance,
            start: 0,
            end: 1,
            trigger: "t".into(),
        };
        let mut ex = Extraction::default();
        for (id, label) in [
            ("discovered-northern-co-operation-front", "Northern Co-operation Front"),
            ("discovered-northern-cooperation-front", "Northern Cooperation Front"),
            ("discovered-the-russian-federation", "Russia"),
        ] {
            ex.discovered.insert(id.into(), label.into());
            ex.mentions.insert(id.into(), 2);
        }
        ex.relations.push(found("discovered-northern-co-operation-front", "discovered-the-russian-federation"));
        ex.relations.push(found("discovered-northern-co-operation-front", "discovered-northern-cooperation-front"));
        builder.merge_discovered(&mut ex);
        assert_eq!(ex.discovered.len(), 1, "{:?}", ex.discovered);
        let (id, label) = ex.discovered.iter().next().unwrap();
        assert_eq!(label, "Northern Co-operation Front");
        assert_eq!(ex.mentions[id], 4);
        assert_eq!(ex.relations.len(), 1);
        assert_eq!((ex.relations[0].source.as_str(), ex.relations[0].target.as_str()), (id.as_str(), "russia"));
        // A spelling variant of a lexicon actor's name is that actor.
        let mut ex = Extraction::default();
        let gcc = lexicon.resolve_name("Gulf Cooperation Council").expect("the GCC is in the lexicon").id.clone();
        ex.discovered.insert("discovered-gulf-co-operation-council".into(), "Gulf Co-operation Council".into());
        ex.relations.push(found("discovered-gulf-co-operation-council", "russia"));
        builder.merge_discovered(&mut ex);
        assert!(ex.discovered.is_empty());
        assert_eq!(ex.relations[0].source, gcc);
    }
}
