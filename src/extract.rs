//! Extraction: finds actor mentions in each sentence, resolves generic
//! references ("the junta", "the two countries", "the Asian country") and
//! persons (through their dated roles) to the organisations they stand for,
//! and reads typed relations off the relation patterns, leaving out calls,
//! negations, speculation and background.

use crate::document::{Document, Sentence};
use crate::lexicon::{ActorEntry, FormKind, Frame, Lexicon, Pattern};
use crate::ontology::{ActorKind, RelationType};
use aho_corasick::{AhoCorasickBuilder, MatchKind};
use regex::Regex;
use std::collections::{BTreeMap, BTreeSet};

/// Upper bound on the sentence length examined, in bytes; longer "sentences"
/// (tables, run-on scraped text) are cut so that no input makes extraction slow.
pub const MAX_SENTENCE_BYTES: usize = 2_000;
/// Upper bound on mentions per sentence.
pub const MAX_MENTIONS: usize = 40;
/// Upper bound on the relations read off one sentence: forty states that
/// "signed a treaty" are not 780 pairs' worth of evidence in every sentence.
pub const MAX_RELATIONS: usize = 32;
/// How many words may stand between a trigger and the participant after it.
const RIGHT_WINDOW_WORDS: usize = 12;
/// Words between a compound trigger ("-backed") and the actor it modifies.
const COMPOUND_WINDOW_WORDS: usize = 3;
/// How many words may stand between a trigger and its object word.
const OBJECT_WINDOW_WORDS: usize = 9;
/// Words before a passive trigger searched for its object ("Iranian-made drones supplied by").
const PASSIVE_OBJECT_WORDS: usize = 4;

/// Where the `n`th word boundary from one end of `text` lies: with
/// `backwards`, the byte offset where the last `n` words start; otherwise the
/// byte length of the first `n` words (0 or the whole text when it has fewer).
fn word_boundary(text: &str, n: usize, backwards: bool) -> usize {
    let mut words = 0;
    let mut in_word = false;
    let chars: Box<dyn Iterator<Item = (usize, char)>> = if backwards { Box::new(text.char_indices().rev()) } else { Box::new(text.char_indices()) };
    for (i, c) in chars {
        if !c.is_whitespace() {
            in_word = true;
            continue;
        }
        if in_word {
            words += 1;
            if words == n {
                return if backwards { i + c.len_utf8() } else { i };
            }
        }
        in_word = false;
    }
    if backwards { 0 } else { text.len() }
}

/// An actor mention inside one sentence (offsets relative to the sentence).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    /// Start byte in the sentence.
    pub start: usize,
    /// End byte in the sentence.
    pub end: usize,
    /// The organisation the mention stands for (index into the lexicon's actors).
    pub actor: usize,
    /// Followed by a possessive `'s`.
    pub possessive: bool,
    /// A pair reference ("the two countries") expands to two mentions with the same span.
    pub pair: bool,
}

/// A relation found in a document.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Found {
    /// Source actor id.
    pub source: String,
    /// Target actor id.
    pub target: String,
    /// Relation type.
    pub relation: RelationType,
    /// Sentence start (byte offset in the document).
    pub start: usize,
    /// Sentence end.
    pub end: usize,
    /// The trigger text.
    pub trigger: String,
}

/// What one document yields.
#[derive(Debug, Default)]
pub struct Extraction {
    /// Relations asserted as facts.
    pub relations: Vec<Found>,
    /// How many times each actor was mentioned (resolved organisation ids).
    pub mentions: BTreeMap<String, usize>,
    /// Actors not in the lexicon that take part in a relation: id → label.
    pub discovered: BTreeMap<String, String>,
}

/// The extractor: a lexicon plus the regexes derived from it.
pub struct Extractor<'l> {
    lexicon: &'l Lexicon,
    generic: Regex,
    coordination: Regex,
    boundary: Regex,
    relative: Regex,
    between: Regex,
    exceptions: Regex,
    after_preposition: Regex,
    determiner: Regex,
    to_before: Regex,
    by_after: Regex,
    passive_aux: Regex,
    verb_conjunction: Regex,
    pact_noun: Regex,
    next_predicate: Regex,
    pact_noun_in_name: Regex,
    that: Regex,
    he_she: Regex,
    pronoun_possessive: Regex,
    media: Option<Regex>,
    discover: Regex,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum GenericKind {
    Military,
    Pair,
    Region,
    Focus,
    North,
    South,
    /// "army", "forces": only after a state.
    Suffix,
    /// A capitalised organisation name absent from the lexicon ("Northern Lions Brigade").
    Discovered,
    /// "his country", "her government": the state of the person the sentence is about.
    Own,
    /// "resistance forces", "the rebels": the armed group the document is about.
    Rebels,
    /// "the three nations", "the Western allies": the group of states the document lists together.
    Group,
}

/// Actors found in one document that are not in the lexicon; their indices
/// follow the lexicon's.
#[derive(Default)]
struct DocActors {
    base: usize,
    labels: Vec<String>,
    /// label → its position in `labels` (a document may name thousands).
    positions: std::collections::HashMap<String, usize>,
}

impl DocActors {
    fn intern(&mut self, surface: &str) -> usize {
        let label = surface.split_whitespace().collect::<Vec<_>>().join(" ");
        let label = label.strip_prefix("the ").or_else(|| label.strip_prefix("The ")).unwrap_or(&label).to_string();
        let pos = *self.positions.entry(label).or_insert_with_key(|label| {
            self.labels.push(label.clone());
            self.labels.len() - 1
        });
        self.base + pos
    }
}

/// A raw mention: span and lexicon form, or a generic reference to resolve.
type RawMention = (usize, usize, Result<usize, (GenericKind, String)>);

/// The id of a discovered actor with this label.
pub fn discovered_id(label: &str) -> String {
    let slug: String = label.to_lowercase().chars().map(|c| if c.is_alphanumeric() { c } else { '-' }).collect();
    let slug = slug.split('-').filter(|p| !p.is_empty()).collect::<Vec<_>>().join("-");
    format!("discovered-{slug}")
}

struct Focus {
    military: Option<usize>,
    rebels: Option<usize>,
    state: Option<usize>,
    pair: Option<(usize, usize)>,
    states: Vec<(usize, usize)>,
    /// The states the document most often lists together, three or more ("the US, UK and Australia").
    group: Vec<usize>,
}

/// A regex run over every sentence, with a lazy-DFA cache big enough that
/// it is not rebuilt again and again.
fn big_regex(pattern: &str) -> Result<Regex, regex::Error> {
    regex::RegexBuilder::new(pattern).dfa_size_limit(1 << 23).build()
}

fn words_re(list: &[String]) -> String {
    let mut v: Vec<String> = list.iter().map(|w| regex::escape(w).replace("\\ ", r"\s+").replace(' ', r"\s+")).collect();
    v.sort_by_key(|w| std::cmp::Reverse(w.len()));
    if v.is_empty() {
        "$^".into()
    } else {
        v.join("|")
    }
}

impl<'l> Extractor<'l> {
    /// Prepares an extractor over a lexicon.
    pub fn new(lexicon: &'l Lexicon) -> Extractor<'l> {
        let g = &lexicon.generic;
        let adjectives: Vec<String> = g.region_adjectives.keys().cloned().collect();
        let generic = big_regex(&format!(
            r"(?i)\b(?:(?P<pair>{})|(?P<region>the\s+(?:{})\s+(?:{}))|(?P<focus>the\s+(?:isolated|war-torn|impoverished|embattled|sanctioned|military-ruled|junta-ruled)\s+(?:state|country|nation))|(?P<own>(?:his|her)\s+(?:own\s+)?(?:country|nation|government|administration))|(?P<rebels>(?:the\s+)?(?:{}))|(?P<group>{})|(?P<north>(?-i:the North))|(?P<south>(?-i:the South))|(?P<military>(?:the\s+)?(?:{}))|(?P<suffix>{}))\b",
            words_re(&g.pair),
            words_re(&adjectives),
            words_re(&g.region_nouns),
            words_re(&g.rebels),
            words_re(&g.group),
            words_re(&g.military),
            words_re(&g.military_suffix),
        ))
        .expect("generic regex");
        Extractor {
            lexicon,
            generic,
            coordination: Regex::new(r"(?i)^(?:\s*,)?\s*(?:and|or|&|/|,|along with|together with|as well as|alongside|plus|and also|but also)?\s*(?:the\s+)?$").unwrap(),
            // An opening subordinate clause ("While China ..., the agreement") ends at its comma.
            boundary: Regex::new(r#"(?i)^\s*(?:while|although|though|whereas|because|after|before|when|since|if|as)\s[^,;]*,|\s(?:but|while|whereas|although|though|because|after|before|when|since)\s|\sas\s+(?:it|they|he|she|we|the|its|their)\s|;|\s[—–-]{1,2}\s|\(|\)|:|[,.!?]["”]"#).unwrap(),
            relative: Regex::new(r"(?i)\b(?:that|which|who|whom|where|whose)\b").unwrap(),
            between: Regex::new(r"(?i)\b(?:between|among|amongst|involving|by)\b").unwrap(),
            discover: big_regex(&format!(
                r"\b(?:[A-Z][\w'’.-]*\s+){{1,4}}(?:{})\b",
                words_re(&g.organisation_heads)
            ))
            .expect("discovery regex"),
            media: (!lexicon.generic.media_heads.is_empty()).then(|| {
                let heads = lexicon.generic.media_heads.iter().map(|h| regex::escape(h)).collect::<Vec<_>>().join("|");
                Regex::new(&format!(r"^(?:\s+\p{{Lu}}\w*){{0,2}}?\s+(?:{heads})\b")).unwrap()
            }),
            pronoun_possessive: Regex::new(r"(?i)\b(?:its|their)\s+(?:\w+\s+)?$").unwrap(),
            that: Regex::new(r"(?i)\bthat\b").unwrap(),
            he_she: Regex::new(r#"^["“'‘]?(?:He|She)\b"#).unwrap(),
            next_predicate: Regex::new(r"(?i)\s(?:and|but)\s+(?:has|have|had|is|are|was|were|will|would|also|then|later)\b").unwrap(),
            pact_noun: Regex::new(r"(?i)^\s*(?:deal|pact|agreement|treaty|alliance|partnership|accord|defen[cs]e pact|security pact)\b").unwrap(),
            pact_noun_in_name: Regex::new(r"(?i)\b(?:alliance|pact|treaty)\b").unwrap(),
            verb_conjunction: Regex::new(r"(?i)\s(?:and|but|then)\s+$|\s(?:and|but|then)\s").unwrap(),
            passive_aux: Regex::new(r"(?i)\b(?:be|been|being|is|are|was|were)\s+(?:\w+ly\s+)?$").unwrap(),
            by_after: Regex::new(r"(?i)^\s+by\s").unwrap(),
            to_before: Regex::new(r"(?i)^[\s,]*(?:to|for)\s+(?:the\s+)?$").unwrap(),
            determiner: Regex::new(r"(?i)\b(?:the|a|an|this|that|these|those|its|their|his|her|our|such|any|every|each|latest|recent|deadly|new)\s+$").unwrap(),
            after_preposition: Regex::new(r"(?i)\b(?:to|of|from|with|on|for|against|in|into|at|by|over|about|toward|towards|than|between|among|like)\s+(?:the\s+)?$").unwrap(),
            exceptions: Regex::new(r"(?i)\bnot only\b|\bnot least\b|\bno doubt\b|\bnothing new\b").unwrap(),
        }
    }

    /// Once a person is named in full, a single word of the name ("Kim" after
    /// "Kim Jong-un", "Hasina" after "Sheikh Hasina") names them in the rest
    /// of the document, unless the word is an alias of its own or belongs to
    /// two people named in the document.
    fn add_short_names(&self, sentences: &[Sentence], raws: &mut [Vec<RawMention>]) {
        let lx = self.lexicon;
        let particles = &lx.generic.name_particles;
        // word -> (person, or None when two people share it; sentence of first full mention)
        let mut short: BTreeMap<&str, (Option<usize>, usize)> = BTreeMap::new();
        let mut seen: BTreeSet<usize> = BTreeSet::new();
        for (i, raw) in raws.iter().enumerate() {
            for (_, _, r) in raw {
                let Ok(f) = r else { continue };
                let person = lx.forms[*f].actor;
                if lx.actors[person].kind != ActorKind::Person || !seen.insert(person) {
                    continue;
                }
                for word in lx.actors[person].label.split([' ', '-']) {
                    let usable = word.chars().count() >= 3 && word.starts_with(char::is_uppercase) && !particles.iter().any(|p| p == word) && lx.resolve_name(word).is_none();
                    if usable {
                        short.entry(word).and_modify(|(p, _)| if *p != Some(person) { *p = None }).or_insert((Some(person), i));
                    }
                }
            }
        }
        // One pass over the document for all the short names at once.
        let names: Vec<(&str, usize, usize)> = short
            .into_iter()
            .filter_map(|(word, (person, first))| {
                let person = person?;
                Some((word, lx.forms.iter().position(|f| f.actor == person)?, first))
            })
            .collect();
        let Some(from) = names.iter().map(|n| n.2).min() else { return };
        let finder = AhoCorasickBuilder::new().match_kind(MatchKind::LeftmostLongest).build(names.iter().map(|n| n.0)).expect("short names build");
        for (i, s) in sentences.iter().enumerate().skip(from) {
            let text = cut(s.text);
            let before = raws[i].len();
            for m in finder.find_iter(text) {
                let (word, form, first) = names[m.pattern().as_usize()];
                let (at, end) = (m.start(), m.end());
                let free = !raws[i].iter().any(|(rs, re, _)| *rs < end && at < *re);
                if i >= first && free && on_word_boundary(text, at, end) && raws[i].len() < MAX_MENTIONS {
                    debug_assert_eq!(&text[at..end], word);
                    raws[i].push((at, end, Ok(form)));
                }
            }
            if raws[i].len() != before {
                raws[i].sort_by_key(|(s, e, _)| (*s, *e));
            }
        }
    }

    /// "He" or "She" opening a sentence is the person named last, when that
    /// was in one of the two sentences before.
    fn add_pronouns(&self, sentences: &[Sentence], raws: &mut [Vec<RawMention>]) {
        let lx = self.lexicon;
        let mut last: Option<(usize, usize)> = None; // (sentence, form)
        for i in 0..sentences.len() {
            let text = cut(sentences[i].text);
            if let (Some(m), Some((at, form))) = (self.he_she.find(text), last) {
                let named_here = raws[i].iter().any(|(s, _, r)| *s < m.end() && matches!(r, Ok(f) if lx.actors[lx.forms[*f].actor].kind == ActorKind::Person));
                if i - at <= 2 && !named_here && !raws[i].iter().any(|(s, _, _)| *s < m.end()) {
                    let start = m.end() - 2 - usize::from(m.as_str().ends_with("She"));
                    raws[i].insert(0, (start, m.end(), Ok(form)));
                }
            }
            if let Some(f) = raws[i].iter().rev().find_map(|(_, _, r)| r.as_ref().ok().filter(|f| lx.actors[lx.forms[**f].actor].kind == ActorKind::Person)) {
                last = Some((i, *f));
            }
        }
    }

    /// Raw mentions of lexicon actors and generic references in a sentence,
    /// before resolution: (start, end, Ok(form index) | Err(generic kind)).
    fn raw_mentions(&self, text: &str, doc_text: &str) -> Vec<(usize, usize, Result<usize, (GenericKind, String)>)> {
        let lx = self.lexicon;
        let mut cands: Vec<(usize, usize, Result<usize, (GenericKind, String)>)> = Vec::new();
        for m in lx.automaton.find_iter(text) {
            let (s, e) = (m.start(), m.end());
            if !on_word_boundary(text, s, e) {
                continue;
            }
            let found = &text[s..e];
            let Some(form_ix) = lx.spellings[m.pattern().as_usize()].iter().copied().find(|&f| case_ok(&lx.forms[f].text, found, lx.forms[f].kind)) else {
                continue;
            };
            let form = &lx.forms[form_ix];
            if form.kind == FormKind::Acronym {
                let ctx = &lx.actors[form.actor].context;
                if !ctx.is_empty() && !ctx.iter().any(|c| doc_text.contains(c.as_str())) {
                    continue;
                }
            }
            cands.push((s, e, Ok(form_ix)));
        }
        for c in self.generic.captures_iter(text) {
            let m = c.get(0).unwrap();
            // "the army-aligned government": a modifier inside a compound, not the actor.
            if text[m.end()..].strip_prefix('-').is_some_and(|rest| rest.starts_with(char::is_alphabetic)) {
                continue;
            }
            let kind = if c.name("pair").is_some() {
                GenericKind::Pair
            } else if c.name("region").is_some() {
                GenericKind::Region
            } else if c.name("focus").is_some() {
                GenericKind::Focus
            } else if c.name("own").is_some() {
                GenericKind::Own
            } else if c.name("rebels").is_some() {
                GenericKind::Rebels
            } else if c.name("group").is_some() {
                GenericKind::Group
            } else if c.name("north").is_some() {
                GenericKind::North
            } else if c.name("south").is_some() {
                GenericKind::South
            } else if c.name("suffix").is_some() {
                GenericKind::Suffix
            } else {
                GenericKind::Military
            };
            cands.push((m.start(), m.end(), Err((kind, m.as_str().to_string()))));
        }
        for m in self.discover.find_iter(text) {
            let (s, e) = (m.start(), m.end());
            if !cands.iter().any(|c| c.0 < e && s < c.1) {
                cands.push((s, e, Err((GenericKind::Discovered, m.as_str().to_string()))));
            }
        }
        // Longest first at each start; lexicon forms win ties.
        cands.sort_by(|a, b| (a.0, std::cmp::Reverse(a.1), a.2.is_err()).cmp(&(b.0, std::cmp::Reverse(b.1), b.2.is_err())));
        let mut out: Vec<(usize, usize, Result<usize, (GenericKind, String)>)> = Vec::new();
        for c in cands {
            if out.last().is_some_and(|l| c.0 < l.1) {
                continue;
            }
            out.push(c);
            if out.len() >= MAX_MENTIONS {
                break;
            }
        }
        out
    }

    /// The organisation a lexicon actor stands for in a document of this date.
    fn acting(&self, actor: usize, date: Option<&str>) -> Option<usize> {
        let a: &ActorEntry = &self.lexicon.actors[actor];
        if a.kind == ActorKind::Person {
            let role = a.acts_for(date)?;
            self.lexicon.actor_index(&role.org)
        } else {
            Some(actor)
        }
    }

    fn kind(&self, actor: usize) -> ActorKind {
        self.lexicon.actors.get(actor).map_or(ActorKind::Discovered, |a| a.kind)
    }

    fn id(&self, actor: usize, doc: &DocActors) -> String {
        match self.lexicon.actors.get(actor) {
            Some(a) => a.id.clone(),
            None => discovered_id(&doc.labels[actor - doc.base]),
        }
    }

    /// The actor at the head of an actor's family: the state of a military or
    /// a company, or the actor itself. Members of one family are never each
    /// other's counterparts in a relation.
    fn family(&self, actor: usize) -> usize {
        let Some(a) = self.lexicon.actors.get(actor) else { return actor };
        if matches!(a.kind, ActorKind::Military | ActorKind::Company) {
            if let Some(c) = a.country.as_deref().and_then(|c| self.lexicon.actor_index(c)) {
                return c;
            }
        }
        actor
    }

    fn focus(&self, counts: &BTreeMap<usize, usize>) -> Focus {
        let lx = self.lexicon;
        let best = |pred: &dyn Fn(&ActorEntry) -> bool| {
            counts.iter().filter(|(&a, _)| lx.actors.get(a).is_some_and(|e| pred(e))).max_by_key(|(&a, &n)| (n, std::cmp::Reverse(a))).map(|(&a, _)| a)
        };
        let state = best(&|a| a.kind == ActorKind::State);
        let military = best(&|a| a.kind == ActorKind::Military)
            .or_else(|| best(&|a| a.kind == ActorKind::State && lx.military_of(lx.actor_index(&a.id).unwrap()).is_some()).and_then(|s| lx.military_of(s)));
        // The pair in focus: the two most-mentioned families of states and militaries.
        let mut fam: BTreeMap<usize, usize> = BTreeMap::new();
        for (&a, &n) in counts {
            if matches!(self.kind(a), ActorKind::State | ActorKind::Military) {
                *fam.entry(self.family(a)).or_default() += n;
            }
        }
        let mut ranked: Vec<(usize, usize)> = fam.into_iter().collect();
        ranked.sort_by_key(|&(a, n)| (std::cmp::Reverse(n), a));
        let pair = (ranked.len() >= 2).then(|| (ranked[0].0, ranked[1].0));
        let mut states: Vec<(usize, usize)> =
            counts.iter().filter(|(&a, _)| self.kind(a) == ActorKind::State).map(|(&a, &n)| (a, n)).collect();
        states.sort_by_key(|&(a, n)| (std::cmp::Reverse(n), a));
        let rebels = best(&|a| a.kind == ActorKind::ArmedGroup);
        Focus { military, rebels, state, pair, states, group: Vec::new() }
    }

    /// Resolves raw mentions into organisation mentions.
    fn resolve(
        &self,
        text: &str,
        raw: &[(usize, usize, Result<usize, (GenericKind, String)>)],
        focus: Option<&Focus>,
        date: Option<&str>,
        doc: &mut DocActors,
    ) -> Vec<Mention> {
        let lx = self.lexicon;
        let mut out: Vec<Mention> = Vec::new();
        for (i, (s, e, r)) in raw.iter().enumerate() {
            let (s, e) = (*s, *e);
            let possessive = is_possessive(&text[e..]);
            let push = |actor: usize, pair: bool, out: &mut Vec<Mention>| {
                out.push(Mention { start: s, end: e + if possessive { possessive_len(&text[e..]) } else { 0 }, actor, possessive, pair })
            };
            match r {
                Ok(form) => {
                    let form = &lx.forms[*form];
                    let Some(mut actor) = self.acting(form.actor, date) else { continue };
                    // "Myanmar's military junta", "the Sudanese army": a state followed by a generic military word.
                    if let Some((ns, _, Err((GenericKind::Military | GenericKind::Suffix, _)))) = raw.get(i + 1) {
                        let gap = &text[e..*ns];
                        if lx.actors[actor].kind == ActorKind::State && gap.len() <= 6 && (gap.trim().is_empty() || is_possessive(gap)) {
                            actor = lx.military_of(actor).unwrap_or(actor);
                        }
                    }
                    push(actor, false, &mut out);
                }
                Err((kind, surface)) => {
                    // A military word right after a state was folded into the state above.
                    if matches!(kind, GenericKind::Military | GenericKind::Suffix) && i > 0 {
                        if let (ps, pe, Ok(f)) = &raw[i - 1] {
                            let _ = ps;
                            let gap = &text[*pe..s];
                            if lx.actors[lx.forms[*f].actor].kind == ActorKind::State && gap.len() <= 6 && (gap.trim().is_empty() || is_possessive(gap)) {
                                if let Some(last) = out.last_mut() {
                                    last.end = e;
                                    last.possessive = possessive;
                                }
                                continue;
                            }
                        }
                    }
                    if *kind == GenericKind::Discovered {
                        push(doc.intern(surface), false, &mut out);
                        continue;
                    }
                    if *kind == GenericKind::Own {
                        // The first person named before it in the sentence (usually the subject).
                        let person = raw[..i].iter().find_map(|(_, _, r)| r.as_ref().ok().map(|f| lx.forms[*f].actor).filter(|&a| lx.actors[a].kind == ActorKind::Person));
                        if let Some(state) = person.and_then(|p| self.acting(p, date)).map(|org| self.family(org)).filter(|&a| self.kind(a) == ActorKind::State) {
                            push(state, false, &mut out);
                        }
                        continue;
                    }
                    let Some(f) = focus else { continue };
                    match kind {
                        GenericKind::Suffix | GenericKind::Discovered | GenericKind::Own => {}
                        GenericKind::Military => {
                            if let Some(m) = f.military {
                                push(m, false, &mut out)
                            }
                        }
                        GenericKind::Rebels => {
                            if let Some(r) = f.rebels {
                                push(r, false, &mut out)
                            }
                        }
                        GenericKind::Focus => {
                            // "the isolated state": the most mentioned state that is not already in the sentence.
                            let here: Vec<usize> = out.iter().map(|m| self.family(m.actor)).collect();
                            if let Some(&(st, _)) = f.states.iter().find(|(a, _)| !here.contains(&self.family(*a))) {
                                push(st, false, &mut out)
                            }
                        }
                        GenericKind::Pair => {
                            // The two sides the sentence has named ("X asked Y ... under a treaty
                            // between the countries"), else the pair the document is about.
                            let mut named: Vec<usize> = Vec::new();
                            for m in &out {
                                if matches!(self.kind(m.actor), ActorKind::State | ActorKind::Military) && !named.iter().any(|&n| self.family(n) == self.family(m.actor)) {
                                    named.push(m.actor);
                                }
                            }
                            if let [a, b] = named[..] {
                                push(a, true, &mut out);
                                push(b, true, &mut out);
                            } else if let Some((a, b)) = f.pair {
                                push(a, true, &mut out);
                                push(b, true, &mut out);
                            }
                        }
                        GenericKind::Group => {
                            // "the three nations" names as many as the group has; "the allies" any number.
                            let wanted = ["two", "three", "four", "five", "six"].iter().position(|n| surface.to_lowercase().split_whitespace().any(|w| w == *n)).map(|n| n + 2);
                            // "Like Mali and Burkina Faso, Niger ... France, which had troops in all
                            // three countries": the first states the sentence named, when it names enough.
                            let mut named: Vec<usize> = Vec::new();
                            for m in &out {
                                if self.kind(m.actor) == ActorKind::State && !named.iter().any(|&n| self.family(n) == self.family(m.actor)) {
                                    named.push(m.actor);
                                }
                            }
                            if let Some(n) = wanted.filter(|&n| named.len() >= n) {
                                for &a in &named[..n] {
                                    push(a, true, &mut out);
                                }
                            } else if f.group.len() >= 2 && wanted.is_none_or(|n| n == f.group.len()) {
                                for &a in &f.group {
                                    push(a, true, &mut out);
                                }
                            }
                        }
                        GenericKind::North | GenericKind::South => {
                            let prefix = if *kind == GenericKind::North { "North " } else { "South " };
                            if let Some(&(st, _)) = f.states.iter().find(|(a, _)| lx.actors[*a].label.starts_with(prefix)) {
                                push(st, false, &mut out)
                            }
                        }
                        GenericKind::Region => {
                            let lower = surface.to_lowercase();
                            // The longest adjective: "Southeast Asian" before "Asian".
                            let region = lx
                                .generic
                                .region_adjectives
                                .iter()
                                .filter(|(adj, _)| lower.contains(&adj.to_lowercase()))
                                .max_by_key(|(adj, _)| adj.len())
                                .map(|(_, r)| r);
                            if let Some(region) = region {
                                // Prefer states whose first region is this one, then the most mentioned.
                                let pick = f
                                    .states
                                    .iter()
                                    .filter(|(a, _)| lx.actors[*a].regions.contains(region))
                                    .min_by_key(|(a, n)| (lx.actors[*a].regions.first() != Some(region), std::cmp::Reverse(*n), *a));
                                if let Some(&(st, _)) = pick {
                                    push(st, false, &mut out)
                                }
                            }
                        }
                    }
                }
            }
        }
        // "Pakistan Point News", "China Daily", "Moscow Times": a name inside a
        // media outlet's name is not the actor.
        if let Some(media) = &self.media {
            out.retain(|m| !media.is_match(&text[m.end..]));
        }
        // "China's UN mission", "Russia's UN envoy": the organisation is the venue, the state acts.
        let mut i = 1;
        while i < out.len() {
            let (a, b) = (&out[i - 1], &out[i]);
            if a.possessive && a.end <= b.start && text[a.end..b.start].trim().is_empty() && self.kind(a.actor) == ActorKind::State && self.kind(b.actor) == ActorKind::Igo {
                out.remove(i);
            } else {
                i += 1;
            }
        }
        // Adjacent mentions of one actor ("Russian Defence Minister Shoygu") become one.
        let mut merged: Vec<Mention> = Vec::new();
        for m in out {
            if let Some(last) = merged.last_mut() {
                let gap = &text[last.end.min(m.start)..m.start];
                // "the Arakan Army (AA)": the bracketed acronym joins the name, closing bracket included.
                let bracketed = gap.trim() == "(" && text[m.end..].starts_with(')');
                if last.actor == m.actor && !last.pair && !m.pair && (bracketed || gap.split_whitespace().count() <= 3 && !gap.contains([',', ';', '(', '.'])) {
                    last.end = m.end + if bracketed { 1 } else { 0 };
                    last.possessive = m.possessive;
                    continue;
                }
            }
            merged.push(m);
        }
        merged
    }

    /// The actors a piece of text names explicitly (no generic references),
    /// as ids, in order; persons stand for their organisation on `date`.
    pub fn actors_in(&self, text: &str, date: Option<&str>) -> Vec<String> {
        let raw = self.raw_mentions(text, text);
        let mut doc = DocActors { base: self.lexicon.actors.len(), ..Default::default() };
        self.resolve(text, &raw, None, date, &mut doc).into_iter().map(|m| self.id(m.actor, &doc)).collect()
    }

    /// Extracts the relations of one document.
    pub fn extract(&self, doc: &Document) -> Extraction {
        // A longer "sentence" is read, and cited as evidence, up to MAX_SENTENCE_BYTES.
        let sentences: Vec<Sentence> = doc.sentences().into_iter().map(|s| Sentence { end: s.start + cut(s.text).len(), text: cut(s.text), ..s }).collect();
        let date = doc.date.as_deref();
        // First pass: explicit mentions, to find what the document is about.
        let mut counts: BTreeMap<usize, usize> = BTreeMap::new();
        let mut raws = Vec::with_capacity(sentences.len());
        let mut doc_actors = DocActors { base: self.lexicon.actors.len(), ..Default::default() };
        // Lists of three or more states ("the US, UK and Australia"): count, first seen.
        let mut lists: BTreeMap<Vec<usize>, (usize, usize)> = BTreeMap::new();
        for (i, s) in sentences.iter().enumerate() {
            let text = cut(s.text);
            let raw = self.raw_mentions(text, &doc.text);
            let mentions = self.resolve(text, &raw, None, date, &mut doc_actors);
            for m in &mentions {
                *counts.entry(m.actor).or_default() += 1;
            }
            for list in self.state_lists(text, &mentions) {
                lists.entry(list).or_insert((0, i)).0 += 1;
            }
            raws.push(raw);
        }
        self.add_short_names(&sentences, &mut raws);
        self.add_pronouns(&sentences, &mut raws);
        let mut focus = self.focus(&counts);
        focus.group = lists.into_iter().max_by_key(|(_, (n, first))| (*n, std::cmp::Reverse(*first))).map(|(list, _)| list).unwrap_or_default();
        let mut result = Extraction::default();
        let resolved: Vec<Vec<Mention>> =
            sentences.iter().zip(&raws).map(|(s, raw)| self.resolve(cut(s.text), raw, Some(&focus), date, &mut doc_actors)).collect();
        let mut disputed = Vec::new();
        for (i, (s, mentions)) in sentences.iter().zip(&resolved).enumerate() {
            let text = cut(s.text);
            for m in mentions {
                *result.mentions.entry(self.id(m.actor, &doc_actors)).or_default() += 1;
            }
            // A relation needs two families of actors (a quoted speaker may be the second).
            let first = mentions.first().map(|m| self.family(m.actor));
            if first.is_none() || (mentions.iter().all(|m| Some(self.family(m.actor)) == first) && !(i + 1 < sentences.len() && opens_quote(text))) {
                continue;
            }
            // A quotation that runs on into the next sentence is attributed there.
            let quote_speakers = match sentences.get(i + 1) {
                Some(next) if opens_quote(text) => self.speakers(cut(next.text), &resolved[i + 1]),
                _ => Vec::new(),
            };
            self.relations_in(text, mentions, &focus, s, &quote_speakers, &doc_actors, &mut result.relations, &mut disputed);
        }
        self.add_memberships(&sentences, &resolved, &mut result.relations);
        // A symmetric relation has no direction: one order (by id) for both.
        for f in result.relations.iter_mut().chain(&mut disputed) {
            if !f.relation.directed() && f.target < f.source {
                std::mem::swap(&mut f.source, &mut f.target);
            }
        }
        // A fact the document reports as denied is asserted nowhere in it.
        let disputed: BTreeSet<(&str, &str, RelationType)> = disputed.iter().map(|f| (f.source.as_str(), f.target.as_str(), f.relation)).collect();
        result.relations.retain(|f| !disputed.contains(&(f.source.as_str(), f.target.as_str(), f.relation)));
        result.relations.sort();
        result.relations.dedup();
        let mut label_of: std::collections::HashMap<String, &String> = std::collections::HashMap::new();
        for l in &doc_actors.labels {
            label_of.entry(discovered_id(l)).or_insert(l);
        }
        for f in &result.relations {
            for id in [&f.source, &f.target] {
                if let Some(label) = label_of.get(id.as_str()) {
                    result.discovered.insert(id.clone(), (*label).clone());
                }
            }
        }
        result
    }

    #[allow(clippy::too_many_arguments)]
    fn relations_in(
        &self,
        text: &str,
        mentions: &[Mention],
        focus: &Focus,
        s: &Sentence,
        quote_speakers: &[usize],
        doc: &DocActors,
        out: &mut Vec<Found>,
        disputed: &mut Vec<Found>,
    ) {
        let lx = self.lexicon;
        // A sentence that reports a claim as denied ("X accused Y of supplying arms, claims that
        // Y has denied") asserts the accusation only; the claim itself is disputed.
        let denied = lx.cues.denial.is_match(text);
        let mut found: Vec<(usize, usize, RelationType, String, bool)> = Vec::new();
        let hits = lx.triggers.matches(text);
        for p in hits.iter().map(|i| &lx.patterns[i]) {
            for m in p.trigger.find_iter(text) {
                let (ts, te) = (m.start(), m.end());
                if mentions.iter().any(|mm| mm.start <= ts && ts < mm.end) {
                    continue; // the trigger word is part of a name ("Three Brotherhood Alliance")
                }
                if p.verb && self.determiner.is_match(&text[..ts]) {
                    continue; // "the attack": a noun, not the verb the pattern reads
                }
                if p.not_before.as_ref().is_some_and(|r| r.is_match(&text[te..])) {
                    continue; // "struck a deal"
                }
                if p.not_after.as_ref().is_some_and(|r| r.is_match(&text[..ts])) {
                    continue; // "financial support"
                }
                let mut trigger = m.as_str().to_string();
                if let Some(obj) = &p.object {
                    let window = word_boundary(&text[te..], OBJECT_WINDOW_WORDS, false);
                    match obj.find(&text[te..te + window]) {
                        Some(o) => trigger = format!("{} {}", trigger, &text[te..te + o.end()]),
                        // Passive: the object stands before ("drones supplied by Iran").
                        None if self.by_after.is_match(&text[te..]) => {
                            let back = word_boundary(&text[..ts], PASSIVE_OBJECT_WORDS, true);
                            match obj.find(&text[back..ts]) {
                                Some(o) => trigger = format!("{} {}", &text[back + o.start()..ts], trigger),
                                None => continue,
                            }
                        }
                        None => continue,
                    }
                }
                let disputed = denied && p.frame != Frame::Accusation && p.relation != RelationType::Condemnation;
                for (src, tgt) in self.participants(text, mentions, p, ts, te, focus, quote_speakers) {
                    // A state company's arms, energy and nuclear dealings are its state's too.
                    let trade = matches!(p.relation, RelationType::ArmsSupply | RelationType::EnergySupply | RelationType::NuclearCooperation);
                    let owners = [(self.owner_state(src), Some(tgt)), (Some(src), self.owner_state(tgt))];
                    let lifted = owners.into_iter().filter(|_| trade).filter_map(|(a, b)| Some((a?, b?)));
                    for (src, tgt) in std::iter::once((src, tgt)).chain(lifted) {
                        if src != tgt && self.family(src) != self.family(tgt) {
                            found.push((src, tgt, p.relation, trigger.clone(), disputed));
                        }
                    }
                }
            }
        }
        // Trade covers goods other than arms and energy.
        let supplies: BTreeSet<(usize, usize)> = found
            .iter()
            .filter(|f| matches!(f.2, RelationType::ArmsSupply | RelationType::EnergySupply))
            .flat_map(|f| [(f.0, f.1), (f.1, f.0)])
            .collect();
        found.truncate(MAX_RELATIONS);
        for (src, tgt, relation, trigger, is_disputed) in found {
            if relation == RelationType::Trade && supplies.contains(&(src, tgt)) {
                continue;
            }
            (if is_disputed { &mut *disputed } else { &mut *out }).push(Found {
                source: self.id(src, doc),
                target: self.id(tgt, doc),
                relation,
                start: s.start,
                end: s.end,
                trigger: trigger.split_whitespace().collect::<Vec<_>>().join(" "),
            });
        }
    }

    /// Relations that follow from membership, for the members a document
    /// names: naming a pact ("the AUKUS deal", "the Three Brotherhood
    /// Alliance") relates its members to each other, and a coalition's shared
    /// relations ("the alliance launched an offensive") are each member's.
    fn add_memberships(&self, sentences: &[Sentence], resolved: &[Vec<Mention>], relations: &mut Vec<Found>) {
        let lx = self.lexicon;
        let named: BTreeSet<usize> = resolved.iter().flatten().map(|m| m.actor).collect();
        let members_named = |coalition: &'l ActorEntry| -> Vec<&'l str> {
            coalition.members.iter().filter(|id| lx.actor_index(id).is_some_and(|i| named.contains(&i))).map(String::as_str).collect()
        };
        let mut extra = Vec::new();
        for (s, mentions) in sentences.iter().zip(resolved) {
            let text = cut(s.text);
            // A pact of thirty named members would be 435 pairs per mention: capped per sentence.
            let sentence_start = extra.len();
            'mentions: for m in mentions {
                let Some(coalition) = lx.actors.get(m.actor).filter(|a| !a.member_relations.is_empty()) else { continue };
                let pact = self.pact_noun.find(&text[m.end..]).map(|p| m.end + p.end()).or_else(|| self.pact_noun_in_name.is_match(&text[m.start..m.end]).then_some(m.end));
                let Some(pact_end) = pact else { continue };
                let members = members_named(coalition);
                for (i, a) in members.iter().enumerate() {
                    for b in &members[i + 1..] {
                        for &relation in &coalition.member_relations {
                            if extra.len() - sentence_start >= MAX_RELATIONS {
                                break 'mentions;
                            }
                            let trigger = text[m.start..pact_end].split_whitespace().collect::<Vec<_>>().join(" ");
                            extra.push(Found { source: a.to_string(), target: b.to_string(), relation, start: s.start, end: s.end, trigger });
                        }
                    }
                }
            }
        }
        for f in relations.iter() {
            for (side, other) in [(&f.source, &f.target), (&f.target, &f.source)] {
                let Some(coalition) = lx.actor(side).filter(|a| a.shared_relations.contains(&f.relation)) else { continue };
                for member in members_named(coalition).into_iter().take(MAX_RELATIONS) {
                    if member != other.as_str() && !coalition.members.contains(other) {
                        let (source, target) = if side == &f.source { (member, other.as_str()) } else { (other.as_str(), member) };
                        extra.push(Found { source: source.to_string(), target: target.to_string(), ..f.clone() });
                    }
                }
            }
        }
        relations.extend(extra);
    }

    /// Who takes part in one trigger match: (source, target) pairs.
    #[allow(clippy::too_many_arguments)]
    fn participants(&self, text: &str, mentions: &[Mention], p: &Pattern, ts: usize, te: usize, focus: &Focus, quote_speakers: &[usize]) -> Vec<(usize, usize)> {
        let lx = self.lexicon;
        // The clause around the trigger.
        // Brackets inside a mention ("the Arakan Army (AA)") do not end a clause.
        let inside = |at: usize| mentions.iter().any(|m| m.start <= at && at < m.end);
        let bounds: Vec<(usize, usize)> = self.boundary.find_iter(&text[..ts]).filter(|b| !inside(b.start())).map(|b| (b.start(), b.end())).collect();
        let mut clause_start = bounds.last().map_or(0, |b| b.1);
        // A parenthetical between dashes or brackets ("groups - known as the
        // Alliance - launched") does not end the clause: look past it for the subject.
        let parenthetical = |&(a, b): &(usize, usize)| text[a..b].trim().chars().all(|c| matches!(c, '-' | '–' | '—' | '(' | ')'));
        if let Some((last, before)) = bounds.split_last() {
            if parenthetical(last) && !mentions.iter().any(|m| m.start >= last.1 && m.end <= ts) {
                if let Some(open) = before.iter().rposition(parenthetical) {
                    clause_start = if open == 0 { 0 } else { before[open - 1].1 };
                }
            }
        }
        // The clause ends at a boundary or where a second predicate starts ("... and has rejected").
        let clause_end = self
            .boundary
            .find_iter(&text[te..])
            .map(|b| te + b.start())
            .find(|&at| !inside(at))
            .into_iter()
            .chain(self.next_predicate.find(&text[te..]).map(|p| te + p.start()))
            .min()
            .unwrap_or(text.len());
        // A relative pronoun between the subject and the trigger cuts the clause,
        // unless it directly follows a mention ("Kim Jong-un, who expressed support").
        let mut left_start = clause_start;
        for r in self.relative.find_iter(&text[clause_start..ts]) {
            let at = clause_start + r.start();
            // "the Alliance, which is fighting": the clause starts at the mention it follows.
            match mentions.iter().find(|m| m.end <= at && text[m.end..at].trim_matches(|c: char| c == ',' || c.is_whitespace()).is_empty()) {
                Some(antecedent) => left_start = antecedent.start,
                None => left_start = at,
            }
        }
        let mut left: Vec<&Mention> = mentions.iter().filter(|m| m.start >= left_start && m.end <= ts).collect();
        // "... from Iran to Russia as it continues its war against Ukraine": a clause whose
        // subject is "it" or "they", with "its"/"their" right before the trigger, is about the
        // last actor named before it.
        if left.is_empty() && clause_start > 0 && self.pronoun_possessive.is_match(&text[clause_start..ts]) {
            let opening = bounds.last().map_or("", |b| &text[b.0..b.1]).to_lowercase();
            let head = text[clause_start..ts].trim_start().to_lowercase();
            let pronoun = |t: &str| ["it ", "they ", "its ", "their "].iter().any(|p| t.starts_with(p));
            if pronoun(&head) || [" it ", " they ", " its ", " their "].iter().any(|p| opening.ends_with(p)) {
                left.extend(mentions.iter().rfind(|m| m.end <= clause_start));
            }
        }
        let right_all: Vec<&Mention> = mentions.iter().filter(|m| m.start >= te && m.end <= clause_end).collect();
        let right: Vec<&Mention> = match right_all.first() {
            // A compound ("Russian-backed separatists") modifies the words right after it.
            Some(first) if text[te..first.start].split_whitespace().count() <= if text[ts..te].starts_with('-') { COMPOUND_WINDOW_WORDS } else { p.window.unwrap_or(RIGHT_WINDOW_WORDS) } => {
                self.group_from(text, &right_all, 0)
            }
            _ => Vec::new(),
        };
        // A possessive right before the trigger ("Myanmar's main arms supplier", "Moscow's offensive").
        let possessor = left.last().filter(|m| m.possessive && text[m.end..ts].split_whitespace().count() <= 3 && !text[m.end..ts].contains(','));
        let subject_pool: Vec<&Mention> = match possessor {
            Some(pm) => left.iter().copied().filter(|m| m.start != pm.start).collect(),
            None => left.clone(),
        };
        // The subject: the nearest mention on the left that is not the object of a preposition.
        // A possessor ("Moscow's support") owns a noun; it is not the subject of a later verb.
        let mut subject_at = subject_pool
            .iter()
            .rposition(|m| !m.possessive && !self.after_preposition.is_match(&text[..m.start]))
            .or(subject_pool.len().checked_sub(1));
        // "Sudan's government severed ties with the UAE, declaring it ...": a participle after a
        // comma shares the sentence's subject, the first actor not after a preposition.
        if text[..ts].trim_end().ends_with(',') && text[ts..te].to_lowercase().ends_with("ing") {
            if let Some(first) = subject_pool.iter().position(|m| !self.after_preposition.is_match(&text[..m.start])) {
                subject_at = Some(first);
            }
        }
        // "Russia's backing for Myanmar's military, with its supply of weapons":
        // a possessive pronoun most often points back to the clause's first actor.
        if !subject_pool.is_empty() && possessor.is_none() && self.pronoun_possessive.is_match(&text[..ts]) {
            subject_at = Some(0);
        }
        // "X saluted Putin and backed Moscow's offensive": a second verb shares the clause's subject.
        if let Some(at) = subject_at.filter(|&at| p.verb && at > 0) {
            if self.verb_conjunction.is_match(&text[subject_pool[at].end..ts]) {
                subject_at = Some(0);
            }
        }
        let subject = match subject_at {
            Some(at) => self.group_from(text, &subject_pool, at),
            None => Vec::new(),
        };
        let inner: Vec<&Mention> = mentions.iter().filter(|m| m.start >= ts && m.end <= te).collect();
        // Passive voice: "weapons supplied by Russia".
        let passive = text[te..].trim_start().to_lowercase().starts_with("by ");
        // "a friendship treaty between the countries": both sides follow the trigger.
        // A list after the trigger is one side pairing with itself only after "between", "among"
        // or "by" ("clashes between X and Y", "a pact signed by X and Y"), not as a list of
        // places ("sold in X, Y and Z").
        let right_pairs = right.first().is_some_and(|m| {
            // At most a few modifiers between "between" and the first of the list ("between the
            // Mandalay People's Defence Force and ..."), no other conjunct ("between banks and X").
            self.between.find_iter(&text[ts..m.start]).last().is_some_and(|b| {
                let rest = &text[ts + b.end()..m.start];
                rest.split_whitespace().count() <= 3 && !rest.contains(',') && !rest.split_whitespace().any(|w| w.eq_ignore_ascii_case("and") || w.eq_ignore_ascii_case("or"))
            })
        });
        let both_after = !p.relation.directed() && p.frame == Frame::AgentFirst && right.len() >= 2 && right_pairs && possessor.is_none();
        let (mut sources, mut targets): (Vec<usize>, Vec<usize>) = match (p.frame, passive) {
            _ if both_after => (Vec::new(), ids(&right)),
            // "the delivery of Russian weapons to Belarus": the actor inside the trigger supplies.
            (Frame::AgentFirst, false) if !inner.is_empty() => (ids(&inner), if right.is_empty() { ids(&subject) } else { ids(&right) }),
            // "sailors will be sent to X": passive without an agent; the subject is what is moved.
            (Frame::AgentFirst, false) if p.verb && !text[ts..te].to_lowercase().ends_with("ing") && self.passive_aux.is_match(&text[..ts]) => {
                (Vec::new(), ids(&right))
            }
            // "Russia's support of the nuclear plant": what the noun is of or for is named, and it
            // is no actor; the sentence's subject is not it.
            (Frame::AgentFirst, false) if possessor.is_some() && right.is_empty() && object_follows(&text[ts..te], &text[te..]) => {
                (possessor.map(|pm| vec![pm.actor]).unwrap_or_default(), Vec::new())
            }
            (Frame::AgentFirst, false) => match possessor {
                Some(pm) if p.possessor_is_target => (ids(&subject), if right.is_empty() { vec![pm.actor] } else { ids(&right) }),
                Some(pm) => (vec![pm.actor], if right.is_empty() { ids(&subject) } else { ids(&right) }),
                None => (ids(&subject), ids(&right)),
            },
            (Frame::AgentFirst, true) | (Frame::RecipientFirst, false) => {
                let mut tgt = match possessor {
                    Some(pm) => vec![pm.actor],
                    None => ids(&subject),
                };
                if tgt.is_empty() && passive {
                    // "Drones supplied by Iran to Russia": the recipient follows the agent.
                    let after = right.last().map_or(te, |m| m.end);
                    if let Some(at) = right_all.iter().position(|m| m.start >= after && self.to_before.is_match(&text[after..m.start])) {
                        tgt = ids(&self.group_from(text, &right_all, at));
                    }
                }
                (ids(&right), tgt)
            }
            (Frame::RecipientFirst, true) => (ids(&subject), ids(&right)),
            (Frame::Group, _) => {
                // Only the members of one coordinated group ("between X and Y", "X and Y clashed").
                let group = if right.len() >= 2 && right_pairs { ids(&right) } else if subject.len() >= 2 { ids(&subject) } else { Vec::new() };
                (group, Vec::new())
            }
            (Frame::Accusation, _) => {
                let accused = match possessor {
                    Some(pm) => vec![pm.actor],
                    None => ids(&subject),
                };
                let mut speakers = self.speakers(text, mentions);
                if speakers.is_empty() {
                    speakers = quote_speakers.to_vec();
                }
                (speakers, accused)
            }
        };
        // With both sides after the trigger, the scope starts at the last actor before it.
        let scope_start = if both_after { left.last().map_or(left_start, |m| m.start) } else { left_start.min(sources_start(&left)) };
        if !self.asserted(text, p, scope_start, ts, te.max(right.last().map_or(te, |m| m.end))) {
            return Vec::new();
        }
        let mut pairs = Vec::new();
        if !p.relation.directed() {
            // Symmetric: one side missing → pairs inside a coordinated group ("between X and Y").
            let mut all: Vec<usize> = sources.iter().chain(&targets).copied().collect();
            all.dedup();
            if sources.is_empty() || targets.is_empty() {
                let group: Vec<usize> = if sources.is_empty() { targets.clone() } else { sources.clone() };
                if sources.is_empty() && group.len() >= 2 && group == ids(&right) && !right_pairs {
                    return pairs;
                }
                if group.len() >= 2 {
                    for i in 0..group.len() {
                        for j in i + 1..group.len() {
                            pairs.push((group[i], group[j]));
                        }
                    }
                    return pairs;
                }
                // A single participant: the one other actor of the sentence, if there is exactly one.
                if let Some(&one) = group.first().filter(|_| p.frame != Frame::Group) {
                    // Not a possessor ("Moscow's support ... as it battles"): it owns something else;
                    // and not inside a relative clause after the trigger ("Kim, who backed Russia's war").
                    // nor in a second predicate ("is fighting insurgents and has rejected help from France").
                    let until = [self.relative.find(&text[te..]), self.next_predicate.find(&text[te..])]
                        .into_iter()
                        .flatten()
                        .map(|r| te + r.start())
                        .min()
                        .unwrap_or(text.len());
                    // One other family; its last mention is the most specific ("Myanmar ... the junta chief").
                    // Nor a speaker ("the NUG says forces are defeating the generals").
                    let speakers = self.speakers(text, mentions);
                    let others: BTreeMap<usize, usize> = mentions
                        .iter()
                        .filter(|m| !m.possessive && m.start < until && self.family(m.actor) != self.family(one) && !speakers.contains(&m.actor))
                        .map(|m| (self.family(m.actor), m.actor))
                        .collect();
                    if let [(_, &other)] = others.iter().collect::<Vec<_>>()[..] {
                        return vec![(one, other)];
                    }
                }
                return pairs;
            }
        } else if targets.is_empty() && !sources.is_empty() && p.frame != Frame::Accusation && !object_follows(&text[ts..te], &text[te..]) {
            // A directed relation with no named target: the document's focus, when the sentence names it.
            if let Some(fs) = focus.state.or(focus.military) {
                let fam = self.family(fs);
                if let Some(m) = mentions.iter().find(|m| self.family(m.actor) == fam && !sources.contains(&m.actor)) {
                    targets.push(m.actor);
                }
            }
        }
        sources.dedup();
        targets.dedup();
        for &s in &sources {
            for &t in &targets {
                pairs.push((s, t));
            }
        }
        let _ = lx;
        pairs
    }

    /// Speakers of a sentence: actors next to an attribution cue ("X said", "said X", "according to X").
    fn speakers(&self, text: &str, mentions: &[Mention]) -> Vec<usize> {
        let lx = self.lexicon;
        let mut out = Vec::new();
        for c in lx.cues.attribution.find_iter(text) {
            let before = mentions.iter().rev().find(|m| m.end <= c.start() && text[m.end..c.start()].split_whitespace().count() <= 6 && !text[m.end..c.start()].contains(['"', '\u{201d}', '\u{201c}']));
            // "said Russia's foreign minister" names the speaker; "said that Russia ..." reports what was said.
            let after = mentions.iter().find(|m| {
                m.start >= c.end() && text[c.end()..m.start].split_whitespace().count() <= 10 && !self.that.is_match(&text[c.end()..m.start])
            });
            for m in before.into_iter().chain(after) {
                if matches!(self.kind(m.actor), ActorKind::Igo | ActorKind::Ngo | ActorKind::State | ActorKind::Political | ActorKind::ArmedGroup | ActorKind::Military) {
                    out.push(m.actor);
                }
            }
        }
        out.dedup();
        out
    }

    /// Whether the stretch of text from the first participant to the trigger
    /// asserts a fact (no negation, speculation or call in it).
    fn asserted(&self, text: &str, p: &Pattern, from: usize, trigger: usize, to: usize) -> bool {
        let cues = &self.lexicon.cues;
        let from = from.min(to);
        // A condemnation demanding an end ("calling on members to stop the supply of weapons")
        // is not itself ended.
        let ended = p.relation != RelationType::Condemnation && cues.termination.find_iter(&text[from..to]).any(|m| {
            let gap = &text[(from + m.end()).min(trigger)..trigger.max(from + m.end())];
            !gap.contains([',', ';'])
        });
        let scope = self.exceptions.replace_all(&text[from..to], " ");
        if ended || cues.negation.is_match(&scope) || cues.background.is_match(&scope) {
            return false;
        }
        if p.frame == Frame::Accusation {
            return true;
        }
        if cues.speculation.is_match(&scope) {
            return false;
        }
        p.relation == RelationType::Condemnation || !cues.call.is_match(&scope)
    }

    /// The state that owns a state company.
    fn owner_state(&self, actor: usize) -> Option<usize> {
        let entry = self.lexicon.actors.get(actor).filter(|a| a.state_owned)?;
        self.lexicon.actor_index(entry.country.as_deref()?)
    }

    /// Coordinated lists of three or more states in a sentence, each sorted.
    fn state_lists(&self, text: &str, mentions: &[Mention]) -> Vec<Vec<usize>> {
        let mut out = Vec::new();
        let mut run: Vec<usize> = Vec::new();
        let mut conjoined = false;
        for (i, m) in mentions.iter().enumerate() {
            if i > 0 && !self.coordinated(text, &mentions[i - 1], m) {
                if run.len() >= 3 && conjoined {
                    out.push(std::mem::take(&mut run));
                }
                run.clear();
                conjoined = false;
            }
            conjoined |= i > 0 && self.conjoined(text, &mentions[i - 1], m);
            if self.kind(m.actor) == ActorKind::State && !m.possessive && !run.contains(&m.actor) {
                run.push(m.actor);
            }
        }
        if run.len() >= 3 && conjoined {
            out.push(run);
        }
        for list in &mut out {
            list.sort_unstable();
        }
        out
    }

    /// The coordinated group around `mentions[at]` ("the EU, the UK and the US").
    fn coordinated(&self, text: &str, a: &Mention, b: &Mention) -> bool {
        (a.pair && b.pair && a.start == b.start) || {
            let gap = &text[a.end.min(b.start)..b.start];
            !gap.trim().is_empty() && self.coordination.is_match(gap)
        }
    }

    /// Whether a coordination is a conjunction ("and", "or", "as well as") or
    /// one pair reference, not a bare comma.
    fn conjoined(&self, text: &str, a: &Mention, b: &Mention) -> bool {
        (a.pair && b.pair && a.start == b.start) || text[a.end.min(b.start)..b.start].trim_matches(|c: char| c == ',' || c.is_whitespace()).trim_start_matches("the ").chars().any(|c| c.is_alphabetic() || c == '&' || c == '/')
    }

    /// The coordinated group around `mentions[at]` ("the EU, the UK and the
    /// US"); commas alone make no list ("In London, the US said").
    fn group_from<'m>(&self, text: &str, mentions: &[&'m Mention], at: usize) -> Vec<&'m Mention> {
        let mut lo = at;
        while lo > 0 && self.coordinated(text, mentions[lo - 1], mentions[lo]) {
            lo -= 1;
        }
        let mut hi = at;
        while hi + 1 < mentions.len() && self.coordinated(text, mentions[hi], mentions[hi + 1]) {
            hi += 1;
        }
        if !(lo..hi).any(|i| self.conjoined(text, mentions[i], mentions[i + 1])) {
            return vec![mentions[at]];
        }
        mentions[lo..=hi].to_vec()
    }
}

/// Whether a nominal trigger is followed by its object ("support of the
/// plant", "backing for the plan").
fn object_follows(trigger: &str, after: &str) -> bool {
    let t = trigger.to_lowercase();
    let a = after.trim_start().to_lowercase();
    t.ends_with(" of") || t.ends_with(" for") || a.starts_with("of ") || a.starts_with("for ")
}

/// Whether a sentence opens a quotation it does not close.
fn opens_quote(text: &str) -> bool {
    let opening = text.matches('\u{201c}').count();
    let closing = text.matches('\u{201d}').count();
    opening > closing || (opening == 0 && closing == 0 && text.matches('"').count() % 2 == 1)
}

fn sources_start(left: &[&Mention]) -> usize {
    left.first().map_or(usize::MAX, |m| m.start)
}

fn ids(ms: &[&Mention]) -> Vec<usize> {
    let mut v: Vec<usize> = Vec::new();
    for m in ms {
        if !v.contains(&m.actor) {
            v.push(m.actor);
        }
    }
    v
}

fn cut(text: &str) -> &str {
    if text.len() <= MAX_SENTENCE_BYTES {
        return text;
    }
    let mut end = MAX_SENTENCE_BYTES;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

fn is_possessive(rest: &str) -> bool {
    possessive_len(rest) > 0
}

fn possessive_len(rest: &str) -> usize {
    for p in ["'s", "\u{2019}s", "'", "\u{2019}"] {
        if let Some(after) = rest.strip_prefix(p) {
            let next = after.chars().next();
            if (p.ends_with('s') || p.len() <= 3) && next.is_none_or(|c| !c.is_alphanumeric()) {
                if p.ends_with('s') {
                    return p.len();
                }
            }
        }
    }
    0
}

fn on_word_boundary(text: &str, s: usize, e: usize) -> bool {
    let before = text[..s].chars().next_back();
    let after = text[e..].chars().next();
    before.is_none_or(|c| !c.is_alphanumeric()) && after.is_none_or(|c| !c.is_alphanumeric())
}

/// Case rule: acronyms exactly; other forms with every capital of the form
/// capitalised in the text (so "China" matches "CHINA" but not "china").
fn case_ok(form: &str, found: &str, kind: FormKind) -> bool {
    if kind == FormKind::Acronym {
        return form == found;
    }
    form.chars().zip(found.chars()).all(|(f, t)| !f.is_uppercase() || t.is_uppercase() || !t.is_alphabetic())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::OnceLock;

    fn lexicon() -> &'static Lexicon {
        static LX: OnceLock<Lexicon> = OnceLock::new();
        LX.get_or_init(|| Lexicon::builtin().unwrap())
    }

    /// Relations in a one-paragraph article dated 2024-12-01, as "source rel target".
    fn rels(body: &str) -> Vec<String> {
        let doc = Document::from_text("t.txt", format!("Updated: December 1, 2024\n\nA test headline for the story\n\n{body}\n"));
        let ex = Extractor::new(lexicon()).extract(&doc);
        let mut v: Vec<String> = ex.relations.iter().map(|f| format!("{} {} {}", f.source, f.relation, f.target)).collect();
        v.dedup();
        v
    }

    fn assert_has(body: &str, fact: &str) {
        let r = rels(body);
        assert!(r.iter().any(|x| x == fact), "expected `{fact}` in {r:?} from: {body}");
    }

    fn assert_none(body: &str) {
        let r = rels(body);
        assert!(r.is_empty(), "expected no relation from: {body}\ngot {r:?}");
    }

    #[test]
    fn arms_supply_active_passive_possessive_and_coordinated() {
        assert_has("Russia supplied fighter jets and helicopters to Myanmar last year.", "russia arms_supply myanmar");
        assert_has("Myanmar has taken delivery of two Russian Su-30 fighter jets.", "russia arms_supply myanmar");
        assert_has("Drones supplied by Iran to Russia were used in the attack.", "iran arms_supply russia");
        assert_has("Russia is already one of Myanmar's main arms suppliers.", "russia arms_supply myanmar");
        let r = rels("Russia, along with China, are Myanmar's largest arms suppliers.");
        assert!(r.contains(&"russia arms_supply myanmar".to_string()) && r.contains(&"china arms_supply myanmar".to_string()), "{r:?}");
        assert_has("Russia was not only receiving drones from Iran but also missiles.", "iran arms_supply russia");
    }

    #[test]
    fn energy_supply_direction_follows_the_flow() {
        assert_has("Myanmar last year imported about 90 percent of its oil from Russia.", "russia energy_supply myanmar");
        assert_has("Qatar will deliver liquefied natural gas to Germany under the deal.", "qatar energy_supply germany");
    }

    #[test]
    fn symmetric_relations_from_pairs_and_between() {
        assert_has("Russia will boost military cooperation with Myanmar.", "myanmar military_cooperation russia");
        assert_has("North Korea and Russia signed a mutual defence treaty in June.", "north-korea defense_treaty russia");
        assert_has("Clashes between Armenia and Azerbaijan killed dozens of soldiers.", "armenia armed_conflict azerbaijan");
        assert_has("Russia deepened an alliance with Iran this year.", "iran alliance russia");
        assert_has("Russia and Myanmar signed an agreement on nuclear cooperation.", "myanmar nuclear_cooperation russia");
        assert_has("Russia exports raw materials and fertilisers to Myanmar.", "myanmar trade russia");
        assert_has("Reuters has learned of a weapons deal between Iran and Russia.", "iran military_cooperation russia");
        assert_has("Chinese President Xi Jinping met with Brazilian President Luiz Inacio Lula da Silva in Beijing.", "brazil diplomatic_meeting china");
    }

    #[test]
    fn directed_relations() {
        assert_has("The European Union, the United Kingdom and the United States imposed sanctions on Belarus.", "united-kingdom sanctions belarus");
        assert_has("The European Union, the United Kingdom and the United States imposed sanctions on Belarus.", "european-union sanctions belarus");
        assert_has("The United States condemned Russia's decision to deploy the weapons.", "united-states condemnation russia");
        assert_has("North Korea deployed thousands of troops to fight for Russia.", "north-korea troop_deployment russia");
        assert_has("Kim Jong-un expressed support for Russia's war against Ukraine.", "north-korea political_support russia");
        assert_has("Kremlin-backed Wagner Group mercenaries arrived in Mali.", "russia political_support wagner-group");
    }

    #[test]
    fn persons_act_for_their_organisation_at_the_article_date() {
        // Belousov is defence minister in December 2024; the relation is between the states.
        assert_has("Russian Defence Minister Andrei Belousov met with Kim Jong-un in Pyongyang.", "north-korea diplomatic_meeting russia");
    }

    #[test]
    fn calls_negations_speculation_and_denials_are_not_relations() {
        assert_none("The resolution called on member countries to stop the supply of weapons to Myanmar.");
        assert_none("Russia did not supply weapons to Myanmar, the ministry said.");
        assert_none("There was no mention of an agreement on arms supplies from Russia to Myanmar.");
        assert_none("The two leaders were expected to have discussed a potential increase in arms transfers from Russia to Myanmar.");
        assert_none("Russia could supply fighter jets to Myanmar next year.");
        assert_none("Sudan claims the United Arab Emirates supplies weapons to the RSF, claims that Abu Dhabi has denied.");
        assert_none("If Iran sends missiles to Russia, Europe will respond.");
    }

    #[test]
    fn generic_references_resolve_inside_the_document() {
        let doc = Document::from_text(
            "t.txt",
            "June 22, 2021\n\nMyanmar junta faces resistance\n\nThe Myanmar military seized power in February. Three people were killed in clashes between the army and the People's Defence Force.\n"
                .into(),
        );
        let ex = Extractor::new(lexicon()).extract(&doc);
        let r: Vec<_> = ex.relations.iter().map(|f| format!("{} {} {}", f.source, f.relation, f.target)).collect();
        assert!(r.contains(&"myanmar-junta armed_conflict peoples-defence-force".to_string()), "{r:?}");
    }

    #[test]
    fn resistance_forces_are_the_armed_group_in_focus_and_a_speaker_is_no_side() {
        let doc = Document::from_text(
            "d",
            "The People's Defence Force grew in Myanmar.\n\nThe NUG says resistance forces are defeating the junta in the north.\n".into(),
        );
        let ex = Extractor::new(lexicon()).extract(&doc);
        let r: Vec<_> = ex.relations.iter().map(|f| format!("{} {} {}", f.source, f.relation, f.target)).collect();
        assert!(r.contains(&"myanmar-junta armed_conflict peoples-defence-force".to_string()), "{r:?}");
        assert!(!r.iter().any(|f| f.contains("national-unity-government")), "the speaker is no side: {r:?}");
    }

    #[test]
    fn naming_a_pact_relates_its_members_and_coalitions_share_their_fights() {
        let r = rels("The US, the UK and Australia unveiled plans under the AUKUS deal on Monday.");
        for rel in ["alliance", "defense_treaty", "military_cooperation"] {
            assert!(r.contains(&format!("australia {rel} united-kingdom")), "{rel}: {r:?}");
            assert!(r.contains(&format!("united-kingdom {rel} united-states")), "{rel}: {r:?}");
        }
        // Members the document does not name are not drawn in; NATO named alone relates nobody.
        assert!(rels("NATO said Russia attacked Ukraine.").iter().all(|f| !f.contains("defense_treaty")));
        let doc = Document::from_text(
            "d",
            "Fighting spread in Shan state.\n\nThe Arakan Army and the MNDAA belong to the Three Brotherhood Alliance, which is fighting Myanmar's military in the north.\n".into(),
        );
        let ex = Extractor::new(lexicon()).extract(&doc);
        let r: Vec<_> = ex.relations.iter().map(|f| format!("{} {} {}", f.source, f.relation, f.target)).collect();
        assert!(r.contains(&"arakan-army armed_conflict myanmar-junta".to_string()), "{r:?}");
        assert!(r.contains(&"mndaa armed_conflict myanmar-junta".to_string()), "{r:?}");
        assert!(r.contains(&"arakan-army alliance mndaa".to_string()), "{r:?}");
    }

    #[test]
    fn ending_a_relation_cancels_what_follows_it_not_a_new_clause() {
        assert_none("Poland suspended its arms deliveries to Hungary on Monday.");
        assert_has(
            "Ghana on Tuesday severed diplomatic ties with its neighbour, declaring Togo an \"aggressor state\".",
            "ghana condemnation togo",
        );
        // "army-aligned" is a modifier: the government is the state's.
        assert_has("Sudan's army-aligned government severed ties with Chad, branding it a \"hostile state\".", "sudan condemnation chad");
    }

    #[test]
    fn the_three_nations_are_the_states_the_document_lists_together() {
        let r = rels(
            "The leaders of Japan, India and Brazil unveiled a plan for a joint fund on Monday. \
             Officials in Moscow accused the three nations of undermining the global order.",
        );
        for state in ["brazil", "india", "japan"] {
            assert!(r.contains(&format!("russia condemnation {state}")), "{state}: {r:?}");
        }
        // A number that does not fit the list names nobody.
        assert!(!rels("Japan, India and Brazil met on Monday. Russia accused the four nations of meddling.").iter().any(|f| f.contains("condemnation")));
    }

    #[test]
    fn a_claim_the_document_reports_as_denied_is_no_fact_anywhere_in_it() {
        let r = rels(
            "Mali's government accused Algeria of supplying weapons to the rebels - claims that Algiers has denied. \
             The foreign minister said Algeria had supplied weapons to Tuareg rebels in the north.",
        );
        assert!(r.contains(&"mali condemnation algeria".to_string()), "{r:?}");
        assert!(!r.iter().any(|f| f.contains("arms_supply")), "{r:?}");
    }

    #[test]
    fn a_state_company_deals_for_its_state() {
        let r = rels("Rosatom will build a nuclear power plant for Egypt at El Dabaa.");
        assert!(r.contains(&"egypt nuclear_cooperation rosatom".to_string()) || r.contains(&"rosatom nuclear_cooperation egypt".to_string()), "{r:?}");
        assert!(r.contains(&"egypt nuclear_cooperation russia".to_string()), "{r:?}");
        // A private company is only itself.
        let r = rels("Rheinmetall delivered artillery shells to Ukraine in March.");
        assert!(r.contains(&"rheinmetall arms_supply ukraine".to_string()), "{r:?}");
        assert!(!r.iter().any(|f| f.starts_with("germany")), "{r:?}");
    }

    #[test]
    fn words_that_only_look_like_triggers_are_not_relations() {
        // A deal struck, support scaled back, a verbal object that is no actor.
        assert_none("Venezuela and Chile have struck agreements with commercial banks on their debt.");
        assert_none("Japan scaled back its aid budget after Korea objected.");
        assert_none("Officials said France would support the dollar in return for the German action on rates.");
        assert_none("Hasina appreciated Russia's support of the nuclear plant at Rooppur, her aide said.");
        // Staying away, seeking, threatening and offering are not doing.
        assert_none("Taiwan will boycott the meeting with China in protest.");
        assert_none("Brazil sought support from Italy for its debt plan.");
        assert_none("The United States threatened sanctions against Japan over chips.");
        // A list of places is not a list of partners.
        assert_none("The venture will sell its parts in the United States, Canada and Mexico.");
        // The positive forms still hold.
        assert_has("Russian missiles struck Kyiv overnight, Ukraine said.", "russia armed_conflict ukraine");
        assert_has("Iran backed the Houthis with money and training.", "iran political_support houthis");
        assert_has("Clashes between Armenia and Azerbaijan killed dozens of soldiers.", "armenia armed_conflict azerbaijan");
    }

    #[test]
    fn it_and_they_opening_a_clause_are_the_actor_named_just_before() {
        assert_has("The deal brings drones from Iran to Russia as it continues its war against Ukraine.", "russia armed_conflict ukraine");
        let r = rels("Moscow's support has become vital to Myanmar's military as it battles ethnic armed groups.");
        assert!(!r.iter().any(|f| f.contains("armed_conflict")), "{r:?}");
    }

    #[test]
    fn an_opening_subordinate_clause_is_not_the_subject_of_the_main_one() {
        let r = rels("While China was mentioned only in passing, the security agreement signed by Japan and the Philippines on Monday covers troop visits.");
        assert!(r.iter().all(|f| !f.contains("china")), "{r:?}");
        assert!(r.iter().any(|f| f == "japan defense_treaty philippines" || f == "japan military_cooperation philippines"), "{r:?}");
    }

    #[test]
    fn word_boundaries_count_words_from_either_end() {
        let t = "drones were supplied by Iran";
        assert_eq!(&t[..word_boundary(t, 2, false)], "drones were");
        assert_eq!(&t[word_boundary(t, 2, true)..], "by Iran");
        assert_eq!(word_boundary(t, 9, false), t.len());
        assert_eq!(word_boundary(t, 9, true), 0);
    }

    #[test]
    fn work_per_document_is_bounded_by_sentences_not_by_names() {
        // Thirty NATO members named, then the treaty named: 435 pairs, capped per sentence.
        let members = "Albania, Belgium, Bulgaria, Canada, Croatia, Czechia, Denmark, Estonia, Finland, France, Germany, Greece, \
            Hungary, Iceland, Italy, Latvia, Lithuania, Luxembourg, Montenegro, the Netherlands, Norway, Poland, Portugal, \
            Romania, Slovakia, Slovenia, Spain, Sweden, Turkey and the United Kingdom";
        let doc = Document::from_text("d", format!("Ministers met in Brussels on Monday to talk about the budget.\n\n{members} renewed their pledges under the NATO treaty at the meeting.\n"));
        let ex = Extractor::new(lexicon()).extract(&doc);
        let pacts = ex.relations.iter().filter(|f| f.relation == RelationType::DefenseTreaty).count();
        assert!((1..=MAX_RELATIONS).contains(&pacts), "{pacts} treaty pairs from one sentence");
        // Many people named in full, then by surname in every sentence: every surname is found.
        let people = ["Vladimir Putin", "Xi Jinping", "Emmanuel Macron", "Olaf Scholz", "Recep Tayyip Erdogan"];
        let mut text = format!("{} met in Geneva on Tuesday to discuss trade.\n\n", people.join(", "));
        for _ in 0..200 {
            text.push_str("Putin spoke after Macron, and Erdogan spoke before Scholz at the summit today.\n\n");
        }
        let ex = Extractor::new(lexicon()).extract(&Document::from_text("d", text));
        assert_eq!(ex.mentions.get("russia"), Some(&201), "{:?}", ex.mentions);
        assert_eq!(ex.mentions.get("turkey"), Some(&201), "{:?}", ex.mentions);
    }

    #[test]
    fn unknown_organisations_are_discovered() {
        let r = rels("The Northern Lions Brigade clashed with the Wagner Group near Kidal, residents said.");
        assert!(r.contains(&"discovered-northern-lions-brigade armed_conflict wagner-group".to_string()), "{r:?}");
    }

    #[test]
    fn every_state_resolves_by_name_demonym_and_capital() {
        let lx = lexicon();
        let ex = Extractor::new(lx);
        let mut failures = Vec::new();
        let (mut states, mut with_demonym, mut with_capital) = (0, 0, 0);
        for a in lx.actors.iter().filter(|a| a.kind == ActorKind::State) {
            states += 1;
            let forms: Vec<_> = lx.forms.iter().filter(|f| lx.actors[f.actor].id == a.id).collect();
            with_demonym += forms.iter().any(|f| f.kind == FormKind::Demonym) as usize;
            with_capital += forms.iter().any(|f| f.kind == FormKind::Capital) as usize;
            for form in forms.iter().filter(|f| matches!(f.kind, FormKind::Name | FormKind::Demonym | FormKind::Capital)) {
                let found = ex.actors_in(&format!("On Monday {} officials said so.", form.text), None);
                if found != [a.id.clone()] {
                    failures.push(format!("{}: `{}` gives {found:?}", a.id, form.text));
                }
            }
        }
        // Every UN member and observer, Taiwan and Kosovo.
        assert!(states >= 197, "{states} states");
        // A few states have no usable demonym or capital: a shared demonym
        // ("Congolese", "Dominican") names the usual referent only, and a
        // capital that is also the state's name, a person's name or another
        // body's metonym ("Brussels") is left out (see data/actors/states.toml).
        assert!(with_demonym >= 190 && with_capital >= 180, "{with_demonym} demonyms, {with_capital} capitals");
        assert!(failures.is_empty(), "{failures:#?}");
    }

    #[test]
    fn case_rules_for_short_aliases() {
        assert!(case_ok("China", "CHINA", FormKind::Name));
        assert!(!case_ok("China", "china", FormKind::Name));
        assert!(case_ok("US", "US", FormKind::Acronym));
        assert!(!case_ok("US", "us", FormKind::Acronym));
        assert_none("Let us hope the talks go well for all of us.");
    }
}
