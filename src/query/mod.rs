//! Queries on a stored graph: names resolved to actors ([`resolve`]), and the
//! answers of `path`, `neighbors`, `timeline`, `communities` and `actors` as
//! [`Serialize`] types, which the command line prints as text or as JSON.
//! Nothing here prints.

mod names;
mod reports;

pub use names::{resolve, Names, Resolved};
pub use reports::{
    actors, communities, drawing, find_paths, neighbors, path, timeline, ActorEntry, ActorList, ActorRef,
    CommunitiesReport, Community, Drawing, HopRelation, HopReport, NeighborEntry, NeighborRelation, NeighborsReport,
    PathAnswer, PathDrawing, PathOutcome, PathReport, PathSteps, TimelineEntryReport, TimelineReport, SCHEMA_VERSION,
};

use crate::lexicon::LexiconError;
use crate::store::{GraphFileError, IndexError};

/// Why a query gave no answer.
#[derive(Debug, thiserror::Error)]
pub enum QueryError {
    /// An actor name that is blank.
    #[error("empty actor name")]
    EmptyName,
    /// A name the lexicon knows, for an actor the graph does not have.
    #[error("`{name}` is {label} ({id}), which has no relation in this graph")]
    NotInGraph {
        /// The name asked.
        name: String,
        /// The lexicon actor's label and id.
        label: String,
        /// Its id.
        id: String,
    },
    /// A name neither the graph nor the lexicon knows.
    #[error("unknown actor `{name}`{}", did_you_mean(suggestions))]
    UnknownActor {
        /// The name asked.
        name: String,
        /// The closest actor labels, best first.
        suggestions: Vec<String>,
    },
    /// `--since` after `--until`.
    #[error("--since {since} is after --until {until}")]
    EmptyWindow {
        /// The first day.
        since: String,
        /// The last day.
        until: String,
    },
    /// A depth of 0.
    #[error("--depth must be at least 1")]
    NoDepth,
    /// The lexicon that resolves names could not be loaded.
    #[error(transparent)]
    Lexicon(#[from] LexiconError),
    /// The graph file could not be read.
    #[error(transparent)]
    Graph(#[from] GraphFileError),
    /// The graph file changed under its index during the query.
    #[error(transparent)]
    Index(#[from] IndexError),
}

fn did_you_mean(suggestions: &[String]) -> String {
    if suggestions.is_empty() {
        String::new()
    } else {
        format!("; did you mean: {}?", suggestions.join(", "))
    }
}
