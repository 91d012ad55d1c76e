//! The main job: documents in, graph out. Composes the stages
//! (document → extract → graph) and keeps track of what was skipped.

use crate::document::{self, Document, DocumentError};
use crate::extract::Extractor;
use crate::graph::{Actor, DocumentInfo, Evidence, RelGraph};
use crate::lexicon::Lexicon;
use std::path::PathBuf;

/// What happened to one input.
#[derive(Debug)]
pub enum Outcome {
    /// Read and added to the graph.
    Added,
    /// Already in the graph (same content hash).
    Duplicate {
        /// The document id.
        id: String,
    },
    /// Could not be read.
    Skipped(DocumentError),
}

/// Builds a graph document by document.
pub struct GraphBuilder<'l> {
    lexicon: &'l Lexicon,
    extractor: Extractor<'l>,
    graph: RelGraph,
}

impl<'l> GraphBuilder<'l> {
    /// Starts from an existing graph (or an empty one).
    pub fn new(lexicon: &'l Lexicon, graph: RelGraph) -> GraphBuilder<'l> {
        GraphBuilder { lexicon, extractor: Extractor::new(lexicon), graph }
    }

    /// Extracts one document and merges it into the graph. A document whose
    /// content is already in the graph is not added again.
    pub fn add(&mut self, doc: &Document) -> Outcome {
        if self.graph.has_content(&doc.sha256) {
            return Outcome::Duplicate { id: doc.id.clone() };
        }
        let ex = self.extractor.extract(doc);
        self.graph.add_document(DocumentInfo { id: doc.id.clone(), title: doc.title.clone(), date: doc.date.clone(), sha256: doc.sha256.clone() });
        let mut in_edges = std::collections::BTreeSet::new();
        for f in &ex.relations {
            in_edges.insert(f.source.as_str());
            in_edges.insert(f.target.as_str());
        }
        for id in &in_edges {
            let entry = self.lexicon.actor(id).expect("extracted actors come from the lexicon");
            self.graph.add_actor(Actor {
                id: entry.id.clone(),
                label: entry.label.clone(),
                kind: entry.kind,
                country: entry.country.clone(),
                mentions: ex.mentions.get(*id).copied().unwrap_or(0) as u64,
            });
        }
        for f in ex.relations {
            let sentence = doc.text[f.start..f.end].split_whitespace().collect::<Vec<_>>().join(" ");
            let ev = Evidence { doc: doc.id.clone(), start: f.start, end: f.end, sentence, date: doc.date.clone(), trigger: f.trigger };
            self.graph.add_evidence(&f.source, &f.target, f.relation, ev);
        }
        Outcome::Added
    }

    /// Reads one input (a file path, or standard input when `path` is `None`) and adds it.
    pub fn add_input(&mut self, path: Option<&PathBuf>, id: String) -> Outcome {
        let doc = match path {
            Some(p) => document::load_file(p, id),
            None => {
                let mut bytes = Vec::new();
                match std::io::Read::read_to_end(&mut std::io::stdin().lock(), &mut bytes) {
                    Ok(_) => document::from_bytes(std::path::Path::new("<stdin>"), id, bytes),
                    Err(source) => Err(DocumentError::Io { path: PathBuf::from("<stdin>"), source }),
                }
            }
        };
        match doc {
            Ok(d) => self.add(&d),
            Err(e) => Outcome::Skipped(e),
        }
    }

    /// The graph built so far.
    pub fn graph(&self) -> &RelGraph {
        &self.graph
    }

    /// Finishes and returns the graph.
    pub fn finish(self) -> RelGraph {
        self.graph
    }
}
