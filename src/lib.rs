//! relgraph turns news articles into a graph of who does what to whom.
//!
//! Data flows one way through the stages, each a module that owns its types:
//! [`document`] (load, date, title, boilerplate, sentences) → [`lexicon`]
//! (actors and patterns from data files) → [`extract`] (mentions, resolution,
//! relations with evidence) → [`graph`] (petgraph model, merge, queries) →
//! [`render`] (DOT, SVG) and [`export`] (JSON). [`ontology`] holds the actor
//! kinds and relation types every stage shares. The library never prints.

pub mod document;
pub mod export;
pub mod extract;
pub mod fsutil;
pub mod graph;
pub mod lexicon;
pub mod ontology;
pub mod pipeline;
pub mod render;
pub mod syntax;
