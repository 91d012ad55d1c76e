//! Printing: the query answers as text, and every line from an article or
//! a file name escaped for the terminal.

use relgraph::graph::Direction;
use relgraph::query::{
    ActorList, CommunitiesReport, HopReport, NeighborRelation, NeighborsReport, PathReport, TimelineReport,
};
use std::borrow::Cow;

/// Prints a line on standard output with its control characters escaped
/// ([`term`]): article text must not drive the terminal.
macro_rules! say {
    ($($arg:tt)*) => { println!("{}", $crate::cli::print::term(&format!($($arg)*))) };
}

/// Prints a line on standard error with its control characters escaped.
macro_rules! tell {
    ($($arg:tt)*) => { eprintln!("{}", $crate::cli::print::term(&format!($($arg)*))) };
}

pub(crate) use tell;

/// Text for the terminal: control characters (escape sequences, line
/// breaks that would forge a line, bells) and the bidirectional overrides
/// that reorder what is shown are written as escapes (`\n`, `\u{1b}`), so
/// that text from articles, file names and graph files is shown, never run.
pub fn term(text: &str) -> Cow<'_, str> {
    let escaped = |c: char| c.is_control() || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}');
    if !text.chars().any(escaped) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if escaped(c) => out.extend(c.escape_unicode()),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// "1 hop", "2 hops".
pub fn plural(n: usize, word: &str) -> String {
    format!("{n} {word}{}", if n == 1 { "" } else { "s" })
}

/// A note on standard error when `RG_DEBUG` is set.
pub fn debug(note: &str) {
    if std::env::var_os("RG_DEBUG").is_some() {
        tell!("relgraph: debug: {note}");
    }
}

/// Prints a value as pretty JSON.
pub fn json(value: &impl serde::Serialize) -> anyhow::Result<()> {
    println!("{}", serde_json::to_string_pretty(value)?);
    Ok(())
}

/// A hop as walked: "A -type-> B" when A acts, "A <-type- B" when B does,
/// "A -type- B" for symmetric types.
fn walked(h: &HopReport) -> String {
    let (from, to, rel) = (&h.from_label, &h.to_label, h.relation);
    match h.direction {
        Direction::Outgoing => format!("{from} -{rel}-> {to}"),
        Direction::Incoming => format!("{from} <-{rel}- {to}"),
        Direction::Symmetric => format!("{from} -{rel}- {to}"),
    }
}

/// The other relations of a hop: "; also <-trade (2 sentences), alliance (1 sentence)".
fn also(h: &HopReport) -> String {
    let others: Vec<String> = h
        .relations
        .iter()
        .skip(1)
        .map(|r| {
            let rel = NeighborRelation { relation: r.relation, direction: r.direction, weight: r.weight };
            format!("{} ({})", seen_from_actor(&rel), plural(r.weight, "sentence"))
        })
        .collect();
    if others.is_empty() {
        String::new()
    } else {
        format!("; also {}", others.join(", "))
    }
}

/// The paths found, each hop with its sentence, document and date.
pub fn paths(r: &PathReport) {
    for note in &r.resolved {
        tell!("relgraph: {note}");
    }
    let print_hops = |hops: &[HopReport]| {
        for (i, h) in hops.iter().enumerate() {
            say!("{}. {}  ({}){}", i + 1, walked(h), plural(h.weight, "sentence"), also(h));
            say!("   \"{}\"", h.evidence.sentence);
            let date = h.evidence.date.as_deref().map(|d| format!(", {d}")).unwrap_or_default();
            say!("   — {}{date}", h.evidence.doc);
        }
    };
    if r.asked == 1 {
        say!("{} -> {}: {}", r.from_label, r.to_label, plural(r.hops.len(), "hop"));
        print_hops(&r.hops);
        return;
    }
    let fewer = if r.paths.len() < r.asked {
        format!(" (no other path without a loop; {} asked)", r.asked)
    } else {
        String::new()
    };
    say!("{} -> {}: {}{fewer}", r.from_label, r.to_label, plural(r.paths.len(), "path"));
    for (n, p) in r.paths.iter().enumerate() {
        println!();
        say!("Path {}: {}", n + 1, plural(p.length, "hop"));
        print_hops(&p.hops);
    }
}

/// A relation seen from the actor asked about: "type->", "<-type" or "type".
fn seen_from_actor(r: &NeighborRelation) -> String {
    match r.direction {
        Direction::Outgoing => format!("{}->", r.relation),
        Direction::Incoming => format!("<-{}", r.relation),
        Direction::Symmetric => r.relation.to_string(),
    }
}

/// The neighbours, nearest first, with the relations to each.
pub fn neighbors(r: &NeighborsReport) {
    if let Some(note) = &r.resolved {
        tell!("relgraph: {note}");
    }
    say!("{} ({}): {} within {}", r.label, r.kind, plural(r.neighbors.len(), "actor"), plural(r.depth, "hop"));
    for n in &r.neighbors {
        let rels: Vec<String> = n.relations.iter().map(seen_from_actor).collect();
        let rels = if rels.is_empty() { String::new() } else { format!("  {}", rels.join(", ")) };
        say!("  {}  {} ({}){rels}", n.distance, n.label, n.kind);
    }
}

/// The timeline, sentence by sentence.
pub fn timeline(r: &TimelineReport) {
    if let Some(note) = &r.resolved {
        tell!("relgraph: {note}");
    }
    let dated = r.entries.iter().filter(|e| e.date.is_some()).count();
    say!("{} ({}): {}, {dated} dated", r.label, r.kind, plural(r.entries.len(), "sentence"));
    for e in &r.entries {
        let line = match e.direction {
            Direction::Outgoing => format!("{} -{}-> {}", r.label, e.relation, e.other_label),
            Direction::Incoming => format!("{} -{}-> {}", e.other_label, e.relation, r.label),
            Direction::Symmetric => format!("{} -{}- {}", r.label, e.relation, e.other_label),
        };
        say!("{:<10}  {line}", e.date.as_deref().unwrap_or("undated"));
        say!("            \"{}\"", e.sentence);
        say!("            — {}", e.doc);
    }
}

/// The communities, largest first.
pub fn communities(r: &CommunitiesReport) {
    let n = r.communities.len();
    say!("{n} {} of {}", if n == 1 { "community" } else { "communities" }, plural(r.actors, "actor"));
    for c in &r.communities {
        let names: Vec<&str> = c.members.iter().map(|m| m.label.as_str()).collect();
        say!("{} ({}): {}", c.community, plural(c.size, "actor"), names.join(", "));
    }
}

/// The actors, one a line.
pub fn actors(r: &ActorList) {
    say!("{}", plural(r.actors.len(), "actor"));
    for a in &r.actors {
        say!(
            "  {}  {} ({}): {}, {}",
            a.id,
            a.label,
            a.kind,
            plural(a.mentions as usize, "mention"),
            plural(a.degree, "relation")
        );
    }
}

#[cfg(test)]
mod tests {
    use super::term;

    #[test]
    fn control_characters_and_direction_overrides_are_shown_not_run() {
        assert_eq!(term("plain — text"), "plain — text");
        assert_eq!(term("a\nb\x1b[31m\u{202e}"), "a\\nb\\u{1b}[31m\\u{202e}");
    }
}
