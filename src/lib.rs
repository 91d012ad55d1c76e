//! relgraph turns news articles into a graph of who does what to whom.
//!
//! Data flows one way through the stages, each a module that owns its types:
//! [`document`] (load, date, title, boilerplate, sentences) → [`lexicon`]
//! (actors and patterns from data files) → [`extract`] (mentions, resolution,
//! relations with evidence) → [`graph`] (petgraph model, merge, paths) →
//! [`store`] (`graph.json` and its query index) → [`query`] (names resolved,
//! the answers of the query commands as data), [`render`] (DOT, SVG, the
//! page) and [`export`] (GraphML, GEXF, Cytoscape.js, Neo4j, JSON Lines).
//! [`pipeline`] composes the stages into the commands that write graphs
//! (`build`, `extract`, `merge`); [`ontology`] holds the actor kinds and
//! relation types every stage shares. The library never prints: the command
//! line (`src/main.rs`, `src/cli/`) does.

pub mod document;
pub mod export;
pub mod extract;
pub mod fsutil;
pub mod graph;
pub mod lexicon;
pub mod ontology;
pub mod pipeline;
pub mod query;
pub mod render;
pub mod shared_regex;
pub mod store;
pub mod syntax;
