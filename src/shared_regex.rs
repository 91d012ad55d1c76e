//! Regular expressions matched with one lazy-DFA cache that every thread
//! shares: the relation triggers as one set ([`Triggers`]) and single
//! regexes with the `regex` crate's matches ([`SharedRegex`]). A
//! `regex::Regex` keeps a cache per thread, so each worker would build the
//! same automaton states again.

use std::sync::{Mutex, PoisonError};

/// Every relation trigger in one set, matched at once (what a
/// [`regex::RegexSet`] of them matches), with one lazy-DFA cache that all
/// threads share: the set's DFA has many states, and building them is most
/// of what matching costs. A cache per thread, as a `RegexSet` keeps, builds
/// each state once on every thread.
#[derive(Debug)]
pub struct Triggers {
    set: regex_automata::meta::Regex,
    cache: Mutex<regex_automata::meta::Cache>,
}

/// The triggers that match in a sentence, by pattern index.
#[derive(Debug, Clone)]
pub struct TriggerMatches(regex_automata::PatternSet);

impl TriggerMatches {
    /// The indexes of the triggers that match, in ascending order.
    pub fn iter(&self) -> impl Iterator<Item = usize> + '_ {
        self.0.iter().map(|p| p.as_usize())
    }
}

impl Triggers {
    /// Compiles the triggers (each case-insensitive, on word boundaries, as
    /// the lexicon compiles them) as `regex::RegexSetBuilder` would with a
    /// size limit of 64 MiB and a 32 MiB lazy-DFA cache: a sentence is
    /// matched against every trigger at once, and a cache too small for that
    /// is rebuilt over and over.
    /// An error is the regex engine's message.
    pub(crate) fn new<'a>(patterns: impl IntoIterator<Item = &'a str>) -> Result<Triggers, String> {
        use regex_automata::{meta, nfa::thompson::WhichCaptures, util::syntax, MatchKind};
        let patterns: Vec<&str> = patterns.into_iter().collect();
        let config = meta::Config::new()
            .nfa_size_limit(Some(1 << 26))
            .hybrid_cache_capacity(1 << 25)
            .match_kind(MatchKind::All)
            .utf8_empty(true)
            .which_captures(WhichCaptures::None);
        let set = meta::Builder::new()
            .configure(config)
            .syntax(syntax::Config::default().utf8(true))
            .build_many(&patterns)
            .map_err(|e| e.to_string())?;
        let cache = Mutex::new(set.create_cache());
        Ok(Triggers { set, cache })
    }

    /// The triggers that match somewhere in `text`.
    pub fn matches(&self, text: &str) -> TriggerMatches {
        let mut found = regex_automata::PatternSet::new(self.set.pattern_len());
        let input = regex_automata::Input::new(text);
        let mut cache = self.cache.lock().unwrap_or_else(PoisonError::into_inner);
        self.set.which_overlapping_matches_with(&mut cache, &input, &mut found);
        TriggerMatches(found)
    }
}

/// A regex matched as [`regex::Regex`] matches (same configuration, same
/// matches), with one lazy-DFA cache that all threads share. A `Regex`
/// keeps a cache per thread, so every worker builds the DFA states of a
/// regex run over every sentence again; for a big regex that is most of
/// what matching it costs. Clones share the cache.
#[derive(Debug, Clone)]
pub struct SharedRegex {
    pattern: std::sync::Arc<str>,
    re: regex_automata::meta::Regex,
    /// Made at the first search: many patterns' regexes never run.
    cache: std::sync::Arc<Mutex<Option<regex_automata::meta::Cache>>>,
}

/// A match of a [`SharedRegex`] (or of one of its groups) in a haystack.
#[derive(Debug, Clone, Copy)]
pub struct SharedMatch<'h> {
    haystack: &'h str,
    span: regex_automata::Span,
    pattern: usize,
}

impl<'h> SharedMatch<'h> {
    /// The index of the pattern that matched (0 for a regex of one pattern).
    pub fn pattern(&self) -> usize {
        self.pattern
    }

    /// Where the match starts (a byte offset).
    pub fn start(&self) -> usize {
        self.span.start
    }

    /// Where the match ends (a byte offset).
    pub fn end(&self) -> usize {
        self.span.end
    }

    /// The matched text.
    pub fn as_str(&self) -> &'h str {
        &self.haystack[self.span]
    }
}

/// The groups of one match of a [`SharedRegex`].
#[derive(Debug, Clone)]
pub struct SharedCaptures<'h> {
    haystack: &'h str,
    caps: regex_automata::util::captures::Captures,
}

impl<'h> SharedCaptures<'h> {
    /// Group `i` (0: the whole match), if it took part in the match.
    pub fn get(&self, i: usize) -> Option<SharedMatch<'h>> {
        self.caps.get_group(i).map(|span| self.matched(span))
    }

    /// The group named `name`, if it took part in the match.
    pub fn name(&self, name: &str) -> Option<SharedMatch<'h>> {
        self.caps.get_group_by_name(name).map(|span| self.matched(span))
    }

    fn matched(&self, span: regex_automata::Span) -> SharedMatch<'h> {
        let pattern = self.caps.pattern().map_or(0, |p| p.as_usize());
        SharedMatch { haystack: self.haystack, span, pattern }
    }
}

impl SharedRegex {
    /// Compiles `pattern` as `regex::RegexBuilder` would with the given size
    /// limit (of the compiled program) and lazy-DFA cache capacity, in bytes.
    pub fn new(
        pattern: &str,
        size_limit: usize,
        dfa_size_limit: usize,
    ) -> Result<SharedRegex, Box<regex_automata::meta::BuildError>> {
        SharedRegex::new_many(&[pattern], size_limit, dfa_size_limit)
    }

    /// [`SharedRegex::new`] of several patterns, matched as their
    /// alternation `(?:P0)|(?:P1)|...` is (leftmost first: of the matches that
    /// start leftmost, the first pattern's), where each match tells which
    /// pattern it is of ([`SharedMatch::pattern`]): what a search for the
    /// alternation would need its groups for, and they cost far more to find.
    pub fn new_many<P: AsRef<str>>(
        patterns: &[P],
        size_limit: usize,
        dfa_size_limit: usize,
    ) -> Result<SharedRegex, Box<regex_automata::meta::BuildError>> {
        use regex_automata::{meta, util::syntax, MatchKind};
        let config = meta::Config::new()
            .nfa_size_limit(Some(size_limit))
            .hybrid_cache_capacity(dfa_size_limit)
            .match_kind(MatchKind::LeftmostFirst)
            .utf8_empty(true);
        let re = meta::Builder::new()
            .configure(config)
            .syntax(syntax::Config::default().utf8(true))
            .build_many(patterns)
            .map_err(Box::new)?;
        let pattern = patterns.iter().map(|p| p.as_ref()).collect::<Vec<&str>>().join("|");
        Ok(SharedRegex { pattern: pattern.into(), re, cache: Default::default() })
    }

    /// The pattern it was compiled from.
    pub fn as_str(&self) -> &str {
        &self.pattern
    }

    /// Runs `search` with the shared cache.
    fn with_cache<T>(&self, search: impl FnOnce(&mut regex_automata::meta::Cache) -> T) -> T {
        let mut cache = self.cache.lock().unwrap_or_else(PoisonError::into_inner);
        search(cache.get_or_insert_with(|| self.re.create_cache()))
    }

    /// Whether the regex matches somewhere in `haystack`.
    pub fn is_match(&self, haystack: &str) -> bool {
        let input = regex_automata::Input::new(haystack).earliest(true);
        self.with_cache(|cache| self.re.search_half_with(cache, &input).is_some())
    }

    /// The first (leftmost) match in `haystack`.
    pub fn find<'h>(&self, haystack: &'h str) -> Option<SharedMatch<'h>> {
        let input = regex_automata::Input::new(haystack);
        self.with_cache(|cache| self.re.search_with(cache, &input)).map(|m| SharedMatch {
            haystack,
            span: m.span(),
            pattern: m.pattern().as_usize(),
        })
    }

    /// The successive non-overlapping matches in `haystack`, as
    /// [`regex::Regex::find_iter`] gives them.
    pub fn find_iter<'h>(&self, haystack: &'h str) -> std::vec::IntoIter<SharedMatch<'h>> {
        let mut found = Vec::new();
        let mut it = regex_automata::util::iter::Searcher::new(regex_automata::Input::new(haystack));
        self.with_cache(|cache| {
            while let Some(m) = it.advance(|input| Ok(self.re.search_with(cache, input))) {
                found.push(SharedMatch { haystack, span: m.span(), pattern: m.pattern().as_usize() });
            }
        });
        found.into_iter()
    }

    /// The groups of the match of pattern `pattern` that starts at byte
    /// `start` of `haystack` (the text before it is looked at, as by `\b`):
    /// for a match [`SharedRegex::find_iter`] gave, the groups
    /// [`SharedRegex::captures_iter`] would have given with it.
    pub fn captures_at<'h>(&self, haystack: &'h str, start: usize, pattern: usize) -> Option<SharedCaptures<'h>> {
        use regex_automata::{Anchored, PatternID};
        let input = regex_automata::Input::new(haystack)
            .range(start..)
            .anchored(Anchored::Pattern(PatternID::new(pattern).ok()?));
        let mut caps = self.re.create_captures();
        self.with_cache(|cache| self.re.search_captures_with(cache, &input, &mut caps));
        caps.is_match().then_some(SharedCaptures { haystack, caps })
    }

    /// The groups of each successive non-overlapping match in `haystack`,
    /// as [`regex::Regex::captures_iter`] gives them.
    pub fn captures_iter<'h>(&self, haystack: &'h str) -> std::vec::IntoIter<SharedCaptures<'h>> {
        let mut found = Vec::new();
        let mut caps = self.re.create_captures();
        let mut it = regex_automata::util::iter::Searcher::new(regex_automata::Input::new(haystack));
        self.with_cache(|cache| loop {
            let _ = it.advance(|input| {
                self.re.search_captures_with(cache, input, &mut caps);
                Ok(caps.get_match())
            });
            if !caps.is_match() {
                break;
            }
            found.push(SharedCaptures { haystack, caps: caps.clone() });
        });
        found.into_iter()
    }
}
