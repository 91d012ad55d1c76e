//! Frames: relations read off a sentence's dependency parse. A frame names a
//! predicate (verb or noun lemmas), the grammatical roles that give its
//! source and target, an optional theme class ("weapons") and words that
//! cancel it; cues (negation, hedges, calls, intentions, ended relations,
//! denials, conditions) cancel a predicate in the clause they govern. The
//! tables are data: `data/lang/en/frames.toml` and `assertion.toml`.

use crate::ontology::RelationType;
use crate::syntax::Parse;
use jiff::civil::Date;
use rustc_hash::{FxHashMap, FxHashSet};
use serde::Deserialize;
use std::collections::{BTreeMap, HashMap, HashSet};

/// The frames built into the binary.
pub const DEFAULT_FRAMES: &str = include_str!("../../data/lang/en/frames.toml");
/// The assertion cues built into the binary.
pub const DEFAULT_ASSERTION: &str = include_str!("../../data/lang/en/assertion.toml");

/// A grammatical role of a participant.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Role {
    Subj,
    Obj,
    Iobj,
    Poss,
    Mod,
    Pair,
    Holder,
    /// The actors a noun describes: in apposition ("Iran's allies, Hezbollah and the Houthis") or
    /// as their title ("Iran's ally Hezbollah").
    Appos,
    Prep(String),
    /// `clause:word`: the subject of a clause `word` opens on the predicate (or on a noun's light
    /// verb): "Japan protested after a Chinese ship entered its waters".
    Clause(String),
    /// `first>prep`: the object of `prep` on a trade flow that fills `first` ("a ban on arms
    /// sales [to X]", "banned imports [from X]"): whom the flow reaches or comes from.
    Via(Box<Role>, String),
    /// `aided`: whom a purpose infinitive of helping names ("sent troops to help Congo fight").
    Aided,
}

impl Role {
    fn parse(s: &str) -> Role {
        if let Some((first, prep)) = s.split_once('>') {
            return Role::Via(Box::new(Role::parse(first)), prep.to_string());
        }
        if let Some(word) = s.strip_prefix("clause:") {
            return Role::Clause(word.to_string());
        }
        match s {
            "subj" => Role::Subj,
            "obj" => Role::Obj,
            "iobj" => Role::Iobj,
            "poss" => Role::Poss,
            "mod" => Role::Mod,
            "pair" => Role::Pair,
            "holder" => Role::Holder,
            "appos" => Role::Appos,
            "aided" => Role::Aided,
            // A multiword preposition ("on behalf of") is read by its last word.
            p => Role::Prep(p.rsplit(' ').next().unwrap_or(p).to_string()),
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct FrameEntry {
    relation: RelationType,
    #[serde(default)]
    verbs: Vec<String>,
    #[serde(default)]
    nouns: Vec<String>,
    theme: Option<String>,
    source: Vec<String>,
    target: Vec<String>,
    #[serde(default)]
    exclude: Vec<String>,
    #[serde(default)]
    implied_target: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct FramesFile {
    #[serde(default)]
    classes: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    frame: Vec<FrameEntry>,
}

#[derive(Debug)]
struct Frame {
    relation: RelationType,
    theme: Option<String>,
    source: Vec<Role>,
    target: Vec<Role>,
    /// One-word senses that cancel the frame.
    exclude: HashSet<String>,
    /// Multiword senses ("fire drill", "cap on"): one of their words with the others below it.
    exclude_phrases: Vec<Entry>,
    /// With no target named in its own clause, the target is the one actor
    /// of the clause it modifies ("fuel reached X after the EU imposed sanctions").
    implied_target: bool,
}

/// A multiword lexical entry: its first word's lemma keys the lookup, the
/// rest must be dependents in order.
type Entry = Vec<String>;

/// A document date as written in its `date` line ("1987-03-26").
pub fn iso_day(date: &str) -> Option<Date> {
    date.get(..10)?.parse().ok()
}

/// The words of an entry as the tokenizer splits them: at spaces, and at a
/// hyphen between two letters or two digits ("military-technical"), not in a
/// letter-digit name ("s-400", "su-30").
fn words(s: &str) -> Entry {
    let mut out = Vec::new();
    for w in s.split(' ').filter(|w| !w.is_empty()) {
        let cs: Vec<char> = w.chars().collect();
        let mut piece = String::new();
        for (i, &c) in cs.iter().enumerate() {
            let around = (i > 0).then(|| cs[i - 1]).zip(cs.get(i + 1).copied());
            let split = c == '-'
                && around.is_some_and(|(a, b)| {
                    a.is_alphabetic() && b.is_alphabetic() || a.is_ascii_digit() && b.is_ascii_digit()
                });
            if split {
                out.push(std::mem::take(&mut piece));
            } else {
                piece.extend(c.to_lowercase());
            }
        }
        if !piece.is_empty() {
            out.push(piece);
        }
    }
    out
}

/// The cue lists of `assertion.toml`, by lemma (multiword cues by first word).
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct CueFile {
    #[serde(default)]
    negation: Vec<String>,
    #[serde(default)]
    hedge: Vec<String>,
    #[serde(default)]
    call: Vec<String>,
    #[serde(default)]
    intention: Vec<String>,
    #[serde(default)]
    ended: Vec<String>,
    #[serde(default)]
    denial: Vec<String>,
    #[serde(default)]
    condition: Vec<String>,
    #[serde(default)]
    report: Vec<String>,
    #[serde(default)]
    future: Vec<String>,
    #[serde(default)]
    future_relations: Vec<RelationType>,
    #[serde(default)]
    presupposing: Vec<String>,
    #[serde(default)]
    future_prepositions: Vec<String>,
    #[serde(default)]
    future_auxiliaries: Vec<String>,
    #[serde(default)]
    arranging_verbs: Vec<String>,
    #[serde(default)]
    vague_future: Vec<String>,
    #[serde(default)]
    scheduled: Vec<String>,
    #[serde(default)]
    occurrence_verbs: Vec<String>,
    #[serde(default)]
    reason_prepositions: Vec<String>,
    #[serde(default)]
    months: BTreeMap<String, i8>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cue {
    Negation,
    Hedge,
    Call,
    Intention,
    Ended,
    Denial,
    Condition,
    Future,
}

/// Why a frame table could not be read.
#[derive(Debug, thiserror::Error)]
#[error("{name}: {what}")]
pub struct FrameError {
    /// The file.
    pub name: String,
    /// What is wrong.
    pub what: String,
}

/// The frames and cues, indexed by predicate lemma.
#[derive(Debug, Default)]
pub struct FrameSet {
    frames: Vec<Frame>,
    by_verb: HashMap<String, Vec<(Entry, usize)>>,
    by_noun: HashMap<String, Vec<(Entry, usize)>>,
    classes: HashMap<String, Vec<Entry>>,
    light: HashSet<String>,
    cues: HashMap<String, Vec<Cue>>,
    /// Cues of a verb and "to" ("have to", "set to", "look to"), by the
    /// verb's lemma: they govern the infinitive under the verb.
    to_cues: HashMap<String, Cue>,
    /// Cues of a verb and its particle ("rule out", "turn down", "stay away"),
    /// by the verb's lemma: (particle, cue).
    phrasal_cues: HashMap<String, Vec<(String, Cue)>>,
    /// Multiword conditions read as prepositions above the predicate ("in the
    /// event of an attack", "in case of war").
    condition_phrases: Vec<Entry>,
    report: HashSet<String>,
    /// Future times ("tomorrow", "next week"), keyed by their last word (the
    /// time noun); the words before it must modify it.
    future: HashMap<String, Vec<Entry>>,
    /// The relations a future time cancels: events that take place at a
    /// time, not commitments announced for one.
    future_relations: Vec<RelationType>,
    /// Verbs whose object already exists ("deepen ties", "boost trade"): an
    /// intention or a call above them leaves the relation standing.
    presupposing: HashSet<String>,
    /// Prepositions of reason and time ("because of", "following"): what they
    /// hold is not governed by the verb they hang on.
    reason_prepositions: HashSet<String>,
    /// Prepositions that put their object in the future ("ahead of the
    /// summit"), as words.
    future_prepositions: Vec<Entry>,
    /// Auxiliaries that put an event of `future_relations` ahead ("will meet").
    future_auxiliaries: HashSet<String>,
    /// Verbs that arrange an event of `future_relations` rather than report it ("agreed to hold
    /// talks", "agreed to formal talks").
    arranging_verbs: HashSet<String>,
    /// Vague times that hedge a future auxiliary's act ("will soon deliver").
    vague_future: HashSet<String>,
    /// Days that schedule an event told in the present tense ("begins a visit on Tuesday").
    scheduled: HashSet<String>,
    /// Verbs whose subject is an event taking place ("the talks will be in Vienna", "the summit
    /// will take place"): their time and auxiliaries are the event's.
    occurrence_verbs: HashSet<String>,
    /// Month names (lower case, abbreviations too) and their numbers: a date
    /// after the document's ("on April 29") is still to come.
    months: HashMap<String, i8>,
    /// Every predicate lemma (the word a frame is looked up by), with each
    /// entry's words and the theme class its frame needs (`None` for a frame
    /// with no theme).
    predicates: FxHashMap<String, Vec<(Entry, Option<String>)>>,
}

/// A relation read off a parse: the tokens of the two participants.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FrameHit {
    /// Relation type.
    pub relation: RelationType,
    /// Mention index of the source.
    pub source: usize,
    /// Mention index of the target.
    pub target: usize,
    /// The predicate token.
    pub predicate: usize,
}

/// What a sentence's parse yields.
#[derive(Debug, Clone, Default)]
pub struct Reading {
    /// Relations with both participants in the sentence.
    pub hits: Vec<FrameHit>,
    /// Events named by a definite noun with no participants in the sentence
    /// ("the summit", "the deal"): the relation and the noun's token. They
    /// refer to an event the document stated before.
    pub events: Vec<(RelationType, usize)>,
    /// Bare definite nouns that a frame of the relation would read but for its
    /// missing theme ("the agreement", "the exercises"): each may refer to the
    /// event of that relation the document stated just before, when it stated
    /// one. The relation and the noun's token; one token may have several.
    pub bare_events: Vec<(RelationType, usize)>,
    /// Relations a deal or pact of the sentence (class `commitments`) could
    /// name but for its missing theme, where it names its own parties ("an agreement between
    /// Canada and the United States"): another event than the one stated
    /// before, which a later "this accord" refers to instead. The relation and
    /// the mention indexes the noun names.
    pub other_events: Vec<(RelationType, Vec<usize>)>,
    /// Transfers stated with their giver and what was given but no receiver
    /// ("the Netherlands pledged air defence systems"): the relation, the
    /// source's mention index and the predicate token. The receiver is the
    /// one the document gave that relation before.
    pub open: Vec<(RelationType, usize, usize)>,
    /// Actors that adopt a stance stated before ("X echoed these
    /// sentiments"): the relation the stance names, the mention index of the
    /// actor and the verb token.
    pub echoes: Vec<(RelationType, usize, usize)>,
    /// Condemnations of an event stated before ("Tehran condemned the
    /// sanctions"): the event's relation, the critic's mention index and the
    /// verb token, and the event noun's token. The criticised are the event's
    /// doers.
    pub criticised: Vec<(RelationType, usize, usize, usize)>,
    /// Condemnations of an act the sentence before stated ("Moscow
    /// denounced the move"): the critic's mention index and the verb token.
    /// The criticised are who the sentence before made its subject.
    pub criticised_acts: Vec<(usize, usize)>,
}

impl FrameSet {
    /// The built-in frames and cues.
    pub fn builtin() -> Result<FrameSet, FrameError> {
        let mut f = FrameSet::default();
        f.add_frames("data/lang/en/frames.toml", DEFAULT_FRAMES)?;
        f.add_cues("data/lang/en/assertion.toml", DEFAULT_ASSERTION)?;
        Ok(f)
    }

    /// Adds `words` to word class `class` (the grammar's company designators
    /// to `business`: "Sweden's OK Petroleum AB" names a firm).
    pub fn add_class_words(&mut self, class: &str, list: &[String]) {
        self.classes.entry(class.to_string()).or_default().extend(list.iter().map(|w| words(w)));
    }

    /// Adds the classes and frames of a frames file.
    pub fn add_frames(&mut self, name: &str, text: &str) -> Result<(), FrameError> {
        let err = |what: String| FrameError { name: name.to_string(), what };
        let file: FramesFile = toml::from_str(text).map_err(|e| err(e.to_string()))?;
        for (class, list) in file.classes {
            if class == "light_verbs" {
                self.light.extend(list.iter().map(|w| w.to_lowercase()));
            } else {
                self.classes.entry(class).or_default().extend(list.iter().map(|w| words(w)));
            }
        }
        for (n, e) in file.frame.into_iter().enumerate() {
            if let Some(t) = &e.theme {
                if !self.classes.contains_key(t) {
                    return Err(err(format!("frame {} ({}): unknown theme class {t:?}", n + 1, e.relation.as_str())));
                }
            }
            if e.source.is_empty() || e.target.is_empty() || e.verbs.is_empty() && e.nouns.is_empty() {
                return Err(err(format!(
                    "frame {} ({}): needs verbs or nouns, a source and a target",
                    n + 1,
                    e.relation.as_str()
                )));
            }
            // "@class" in an exclude list stands for the class's entries ("@edible_oils").
            let mut exclude: Vec<Entry> = Vec::new();
            for w in &e.exclude {
                match w.strip_prefix('@') {
                    Some(class) => match self.classes.get(class) {
                        Some(entries) => exclude.extend(entries.iter().cloned()),
                        None => {
                            return Err(err(format!(
                                "frame {} ({}): unknown exclude class {class:?}",
                                n + 1,
                                e.relation.as_str()
                            )))
                        }
                    },
                    None => exclude.push(words(w)),
                }
            }
            let i = self.frames.len();
            let keys = e.verbs.iter().map(|v| (words(v), true)).chain(e.nouns.iter().map(|v| (words(v), false)));
            for (w, verb) in keys {
                let key = if verb { w.first() } else { w.last() };
                if let Some(key) = key {
                    self.predicates.entry(key.clone()).or_default().push((w.clone(), e.theme.clone()));
                }
            }
            for v in &e.verbs {
                let w = words(v);
                if let Some(first) = w.first() {
                    self.by_verb.entry(first.clone()).or_default().push((w, i));
                }
            }
            for v in &e.nouns {
                let w = words(v);
                if let Some(last) = w.last() {
                    // A compound noun predicate ("arms supplier") is keyed by its head, the last word.
                    self.by_noun.entry(last.clone()).or_default().push((w, i));
                }
            }
            self.frames.push(Frame {
                relation: e.relation,
                theme: e.theme,
                source: e.source.iter().map(|r| Role::parse(r)).collect(),
                target: e.target.iter().map(|r| Role::parse(r)).collect(),
                exclude: exclude.iter().filter(|w| w.len() == 1).map(|w| w[0].clone()).collect(),
                exclude_phrases: exclude.into_iter().filter(|w| w.len() > 1).collect(),
                implied_target: e.implied_target,
            });
        }
        Ok(())
    }

    /// Adds assertion cues.
    pub fn add_cues(&mut self, name: &str, text: &str) -> Result<(), FrameError> {
        let c: CueFile =
            toml::from_str(text).map_err(|e| FrameError { name: name.to_string(), what: e.to_string() })?;
        self.report.extend(c.report.iter().map(|w| words(w)).filter(|w| w.len() == 1).map(|w| w[0].clone()));
        for w in c.future.iter().map(|w| words(w)) {
            if let Some(last) = w.last() {
                self.future.entry(last.clone()).or_default().push(w[..w.len() - 1].to_vec());
            }
        }
        self.future_relations.extend(c.future_relations);
        self.future_prepositions.extend(c.future_prepositions.iter().map(|w| words(w)));
        self.future_auxiliaries.extend(c.future_auxiliaries.iter().map(|w| w.to_lowercase()));
        self.arranging_verbs.extend(c.arranging_verbs.iter().map(|w| w.to_lowercase()));
        self.vague_future.extend(c.vague_future.iter().map(|w| w.to_lowercase()));
        self.scheduled.extend(c.scheduled.iter().map(|w| w.to_lowercase()));
        self.occurrence_verbs.extend(c.occurrence_verbs.iter().map(|w| w.to_lowercase()));
        for (month, &number) in &c.months {
            if !(1..=12).contains(&number) {
                return Err(FrameError {
                    name: name.to_string(),
                    what: format!("month `{month}` = {number}: not 1 to 12"),
                });
            }
            self.months.insert(month.to_lowercase(), number);
        }
        self.reason_prepositions.extend(c.reason_prepositions.iter().map(|w| w.to_lowercase()));
        self.presupposing
            .extend(c.presupposing.iter().map(|w| words(w)).filter(|w| w.len() == 1).map(|w| w[0].clone()));
        for (list, cue) in [
            (c.negation, Cue::Negation),
            (c.hedge, Cue::Hedge),
            (c.call, Cue::Call),
            (c.intention, Cue::Intention),
            (c.ended, Cue::Ended),
            (c.denial, Cue::Denial),
            (c.condition, Cue::Condition),
        ] {
            for w in list {
                // Single-word cues only: a multiword cue is read by the parse through its head word elsewhere.
                let w = words(&w);
                if w.len() == 1 {
                    self.cues.entry(w[0].clone()).or_default().push(cue);
                } else if w.len() == 2 && w[1] == "to" {
                    self.to_cues.entry(w[0].clone()).or_insert(cue);
                } else if w.len() == 2 {
                    self.phrasal_cues.entry(w[0].clone()).or_default().push((w[1].clone(), cue));
                } else if cue == Cue::Condition && w[0] == "in" {
                    let mut of = w.clone();
                    of.push("of".to_string());
                    self.condition_phrases.push(of);
                }
            }
        }
        Ok(())
    }

    /// Whether token `t` names the country an envoy is posted to ("the US
    /// ambassador to the Philippines"): the host, not a party to what the
    /// envoy says or does.
    pub fn envoy_host(&self, p: &Parse, actors_at: &[Vec<usize>], t: usize) -> bool {
        p.dep(t) == "pobj"
            && p.head(t).is_some_and(|prep| {
                matches!(p.lemma(prep), "to" | "in")
                    && p.head(prep).is_some_and(|n| {
                        // The head word first: most nouns head no envoy entry, and the graph costs.
                        self.heads_entry("envoys", p.lemma(n))
                            && self.in_class(&Graph::new(p, actors_at, self), n, "envoys")
                    })
            })
    }

    /// Whether token `t` of `p`, read as a predicate of `relation`, is asserted
    /// as a fact: no negation, hedge, call, intention, end or condition governs it.
    /// `today` is the document's date, as for [`FrameSet::read`].
    pub fn asserted(
        &self,
        p: &Parse,
        actors_at: &[Vec<usize>],
        t: usize,
        relation: RelationType,
        today: Option<Date>,
    ) -> bool {
        let mut g = Graph::new(p, actors_at, self);
        g.today = today;
        self.cancelled(&g, t, relation).is_none()
    }

    /// Whether some frame could hold in `text`: one of its words may be a
    /// predicate lemma (checked before parsing).
    pub fn may_apply(&self, analyzer: &crate::syntax::Analyzer, text: &str) -> bool {
        analyzer.with_candidate_lemmas(text, |lemmas| self.may_apply_to(lemmas))
    }

    /// Whether `text` may speak of a deal or pact (class `commitments`) whose
    /// kind it does not say ("a deal between Brazil and Chile"): another one
    /// than a later "the deal" would otherwise refer to.
    pub fn may_name_event(&self, analyzer: &crate::syntax::Analyzer, text: &str) -> bool {
        analyzer.with_candidate_lemmas(text, |lemmas| lemmas.iter().any(|l| self.listed("commitments", l)))
    }

    /// [`FrameSet::may_apply`] to a sentence's candidate lemmas (sorted, without repeats).
    fn may_apply_to(&self, lemmas: &[&str]) -> bool {
        // Looked up many times (a theme class has up to a few hundred words): hashed once.
        let present: FxHashSet<&str> = lemmas.iter().copied().collect();
        let has = |w: &str| present.contains(w);
        // A frame with a theme ("troops", "weapons") needs a word of that class too.
        let theme_named = |class: &str| {
            self.classes.get(class).is_some_and(|entries| entries.iter().any(|e| e.last().is_some_and(|w| has(w))))
        };
        // A multiword predicate ("take delivery", "rogue state") needs all its words.
        lemmas.iter().any(|l| {
            self.predicates.get(*l).is_some_and(|entries| {
                entries.iter().any(|(w, t)| w.iter().all(|w| has(w)) && t.as_deref().is_none_or(theme_named))
            })
        })
    }

    /// The coordinated groups that take part together in predicate `t`
    /// ("X and Y signed", "talks between X and Y"), as mention indexes.
    pub fn pair_groups(&self, p: &Parse, actors_at: &[Vec<usize>], t: usize) -> Vec<Vec<usize>> {
        Graph::new(p, actors_at, self).pairs(t)
    }

    /// The mentions the main clause's subject stands for when it names
    /// someone by name or title ("US Ambassador Jane Doe expressed ..."): who
    /// a "she said" in the next sentence is.
    pub fn main_subject(&self, p: &Parse, actors_at: &[Vec<usize>]) -> Vec<usize> {
        self.main_clause_subject(p, actors_at, false)
    }

    /// The mentions the main clause's subject stands for, whatever its head:
    /// the doer of what "the move" in the next sentence refers to ("China's
    /// coast guard fired water cannon ... Manila condemned the move").
    pub fn main_doer(&self, p: &Parse, actors_at: &[Vec<usize>]) -> Vec<usize> {
        self.main_clause_subject(p, actors_at, true)
    }

    /// Whether the main clause's subject is a plural noun ("the leaders of
    /// the GCC"): a "they" after it may stand for one body.
    pub fn main_subject_plural(&self, p: &Parse) -> bool {
        main_subject_token(p).is_some_and(|x| matches!(p.tag(x), "NNS" | "NNPS"))
    }

    fn main_clause_subject(&self, p: &Parse, actors_at: &[Vec<usize>], any_head: bool) -> Vec<usize> {
        let g = Graph::new(p, actors_at, self);
        match main_subject_token(p) {
            Some(x) if any_head || p.tag(x).starts_with("NNP") || g.collective.contains(p.lemma(x)) => {
                g.actors(x, false)
            }
            _ => Vec::new(),
        }
    }

    /// Tokens "he" or "she" that are the subject of a verb ("...," she said;
    /// "though he has visited Russia") and "his" or "her" before a word for a
    /// country or government ("her country condemns ..."): they stand for the
    /// person the text made its subject before.
    ///
    /// When the person was named in a sentence before (`from_before`), only a
    /// reporting verb's "he" counts; when this sentence names them, any verb's,
    /// and when the sentence right before did (`just_before`), any verb's "he"
    /// that opens the sentence ("X arrived in Y. He met Z.").
    pub fn pronoun_speakers(&self, p: &Parse, from_before: bool, just_before: bool) -> Vec<usize> {
        (0..p.len())
            .filter(|&t| match p.word(t).to_lowercase().as_str() {
                "he" | "she" => {
                    matches!(p.dep(t), "nsubj" | "nsubjpass")
                        && p.head(t).is_some_and(|h| {
                            p.tag(h).starts_with("VB")
                                && (!from_before
                                    || self.report.contains(p.lemma(h))
                                    // ("During his stay, he signed ...": the main clause's subject.)
                                    || just_before && (t == 0 || p.head(h).is_none()))
                        })
                }
                "his" | "her" => {
                    p.dep(t) == "poss"
                        && p.head(t)
                            .is_some_and(|h| matches!(p.lemma(h), "country" | "government" | "nation" | "state"))
                }
                _ => false,
            })
            .collect()
    }

    /// Whether lower-cased `text` may refer to an act with a definite noun
    /// ("the move", class `acts`): a cheap test before parsing the sentence
    /// before it for its doer.
    pub fn may_name_act(&self, text: &str) -> bool {
        self.classes
            .get("acts")
            .is_some_and(|entries| entries.iter().filter_map(|e| e.last()).any(|w| text.contains(&format!("the {w}"))))
    }

    /// Whether `lemma` alone is a predicate of a frame of `relation` as a verb
    /// (or, with `verb` false, as a noun): "attack" is an armed_conflict verb
    /// and noun; "declare" is not (only "declare war" is).
    pub fn has_predicate(&self, lemma: &str, verb: bool, relation: RelationType) -> bool {
        let table = if verb { &self.by_verb } else { &self.by_noun };
        table.get(lemma).is_some_and(|fs| fs.iter().any(|(e, f)| e.len() == 1 && self.frames[*f].relation == relation))
    }

    /// Whether `lemma` is a one-word predicate of any frame as a noun ("summit",
    /// "war", "sale").
    pub fn is_predicate_noun(&self, lemma: &str) -> bool {
        self.by_noun.get(lemma).is_some_and(|fs| fs.iter().any(|(e, _)| e.len() == 1))
    }

    /// Whether token `t` is a demonym, name or possessor on a noun for private
    /// persons or firms ("Malaysian" in "Malaysian miners", "France's" in
    /// "France's farm union"): it names no state as a party to what they say
    /// or whom they meet.
    pub fn on_private_persons(&self, p: &Parse, actors_at: &[Vec<usize>], t: usize) -> bool {
        // (The "'s" of a possessor is its name's.)
        let Some(t) = (if p.dep(t) == "case" { p.head(t) } else { Some(t) }) else { return false };
        matches!(p.dep(t), "amod" | "compound" | "nmod" | "poss")
            && p.head(t).is_some_and(|h| {
                actors_at[h].is_empty() && self.in_class(&Graph::new(p, actors_at, self), h, "private_persons")
            })
    }

    /// Whether `lemma` is a one-word noun for private persons or firms (class
    /// `private_persons`: "union", "company", "bank").
    pub fn names_private_persons(&self, lemma: &str) -> bool {
        self.listed("private_persons", lemma)
    }

    /// Whether token `t` is fused before a noun for an office (class
    /// `offices`): "trade relations" in "the IMF's trade relations department"
    /// names what the office handles, not a relation.
    pub fn names_office(&self, p: &Parse, t: usize) -> bool {
        matches!(p.dep(t), "compound" | "nmod") && p.head(t).is_some_and(|h| self.listed("offices", p.lemma(h)))
    }

    /// Whether token `t` modifies a noun for a weapon: "attack" in "light
    /// attack jets", "strike" in "strike drones" names a kind of weapon, not an
    /// attack.
    pub fn on_weapon(&self, p: &Parse, actors_at: &[Vec<usize>], t: usize) -> bool {
        matches!(p.dep(t), "amod" | "compound" | "nmod")
            && p.head(t).is_some_and(|h| self.in_class(&Graph::new(p, actors_at, self), h, "weapons"))
    }

    /// Whether token `t` is a name or demonym on a merchant ship or an airliner
    /// (class `merchant_craft`: "a Kuwaiti tanker", "British shipping"): its
    /// flag or its owner's home, no party to what is done to it.
    pub fn on_merchant_craft(&self, p: &Parse, actors_at: &[Vec<usize>], t: usize) -> bool {
        let g = Graph::new(p, actors_at, self);
        matches!(p.dep(t), "amod" | "compound" | "nmod")
            && p.head(t).is_some_and(|h| actors_at[h].is_empty() && self.merchant_craft(&g, h))
    }

    /// Whether token `h` is a merchant ship or airliner (class `merchant_craft`), or the name of
    /// one titled as such ("the Panamanian tanker Nyhammer").
    fn merchant_craft(&self, g: &Graph, h: usize) -> bool {
        let p = g.p;
        self.in_class(g, h, "merchant_craft")
            || p.tag(h).starts_with("NNP")
                && g.kids[h].iter().any(|&c| p.dep(c) == "compound" && self.in_class(g, c, "merchant_craft"))
    }

    /// Whether token `t` is a name or demonym on waters, airspace or soil named
    /// as where something happened ("in Kuwaiti waters"): a place, no party.
    pub fn on_place(&self, p: &Parse, actors_at: &[Vec<usize>], t: usize) -> bool {
        let locative = |a: usize| matches!(p.lemma(a), "in" | "near" | "off" | "inside" | "within");
        let territory =
            |h: usize| actors_at[h].is_empty() && self.in_class(&Graph::new(p, actors_at, self), h, "territory");
        // (Read word by word when the parse split the phrase: "in" "Kuwaiti" "waters".)
        matches!(p.dep(t), "amod" | "compound" | "nmod" | "poss")
            && p.head(t).is_some_and(|h| territory(h) && p.dep(h) == "pobj" && p.head(h).is_some_and(locative))
            || t > 0 && t + 1 < p.len() && locative(t - 1) && territory(t + 1)
    }

    /// Whether token `t` is a name or demonym on a news medium that is not the
    /// state's own ("the Kuwait daily al-Qabas", "Soviet newspaper Pravda", not
    /// "Iranian state television"): where a report comes from, not a party.
    pub fn on_media(&self, p: &Parse, actors_at: &[Vec<usize>], t: usize) -> bool {
        let Some(h) = p.head(t).filter(|_| matches!(p.dep(t), "amod" | "compound" | "nmod")) else { return false };
        let kids = || (0..p.len()).filter(move |&c| p.head(c) == Some(h));
        // A flat name: "the Kuwait daily Al-Qabas" hangs every word on the last.
        let medium = self.listed("media", p.lemma(h))
            || kids().any(|c| c > t && p.dep(c) == "compound" && self.listed("media", p.lemma(c)));
        medium && actors_at[h].is_empty() && !kids().any(|c| matches!(p.lemma(c), "state" | "official" | "government"))
    }

    /// Whether commodity word `t` only modifies a business or a market ("an oil company", "Steuart
    /// Petroleum Co", "gas prices"): no goods move.
    pub fn names_business(&self, p: &Parse, t: usize) -> bool {
        let mut x = t;
        for _ in 0..4 {
            if !matches!(p.dep(x), "compound" | "amod" | "nmod") {
                return false;
            }
            let Some(h) = p.head(x) else { return false };
            if self.listed("business", p.lemma(h)) {
                return true;
            }
            x = h;
        }
        false
    }

    /// Whether one-word `lemma` is an entry of class `class`.
    fn listed(&self, class: &str, lemma: &str) -> bool {
        self.classes.get(class).is_some_and(|es| es.iter().any(|e| e.len() == 1 && e[0] == lemma))
    }

    /// Whether `lemma` is the head (last) word of an entry of class `class`:
    /// the cheap part of [`FrameSet::in_class`], asked before building a graph.
    fn heads_entry(&self, class: &str, lemma: &str) -> bool {
        self.classes.get(class).is_some_and(|es| es.iter().any(|e| e.last().is_some_and(|w| w == lemma)))
    }

    /// Whether a noun names those who act for the place they are in ("officials
    /// in Moscow", "the government in Kabul"): a collective that is no force.
    pub fn acts_for_place(&self, lemma: &str) -> bool {
        self.listed("collective", lemma) && !self.listed("troops", lemma)
    }

    /// Whether token `t` is a time word still to come on its own ("tomorrow",
    /// "upcoming") and `relation` an event it puts ahead: "the meeting expected
    /// tomorrow" has not taken place.
    pub fn future_word(&self, p: &Parse, t: usize, relation: RelationType) -> bool {
        self.future_relations.contains(&relation)
            && self.future.get(p.lemma(t)).is_some_and(|entries| entries.iter().any(|before| before.is_empty()))
    }

    /// Whether token `t` is a preposition of reason or time ("following",
    /// whose lemma is "follow"; "because"): what it holds is another event
    /// than the verb's.
    pub fn is_reason_preposition(&self, p: &Parse, t: usize) -> bool {
        self.reason_prepositions.contains(p.lemma(t)) || self.reason_prepositions.contains(&p.word(t).to_lowercase())
    }

    /// Whether `lemma` names a gathering ("meet", "summit", "conference"):
    /// where a body gathers is no party to it.
    pub fn is_gathering(&self, lemma: &str) -> bool {
        self.listed("gatherings", lemma)
    }

    /// Whether `lemma` is something an actor holds or fields (class
    /// `holdings`: "positions", "targets", "bases").
    pub fn is_holding(&self, lemma: &str) -> bool {
        self.listed("holdings", lemma)
    }

    /// Whether token `t` is the possessor of a relational noun ("Ukraine" in
    /// "Ukraine's Western backers"): those are others than it.
    pub fn owns_relational(&self, p: &Parse, t: usize) -> bool {
        p.dep(t) == "poss" && p.head(t).is_some_and(|h| self.is_relational(p.lemma(h)))
    }

    /// Whether a noun lemma names a state's ground, water or air (class
    /// `territory`: "waters", "airspace"): "in Kuwaiti waters" is a place.
    pub fn is_territory(&self, lemma: &str) -> bool {
        self.listed("territory", lemma)
    }

    /// Whether a noun lemma names an attack one side makes (class
    /// `one_sided_attacks`: "attack", "invasion"), not a war of two sides.
    pub fn is_one_sided_attack(&self, lemma: &str) -> bool {
        self.listed("one_sided_attacks", lemma)
    }

    /// Whether token `t` is the backer in "with the backing of X" (class
    /// `backing`): one who backs an act is no party to it.
    pub fn is_backer(&self, p: &Parse, t: usize) -> bool {
        // A word of the backer's name: "the U.N. [Security Council]".
        let mut t = t;
        while matches!(p.dep(t), "compound" | "amod" | "nmod") {
            let Some(h) = p.head(t) else { break };
            t = h;
        }
        let Some(of) = p.head(t).filter(|&o| p.dep(t) == "pobj" && p.lemma(o) == "of") else { return false };
        let Some(noun) = p.head(of) else { return false };
        self.listed("backing", p.lemma(noun))
            && p.dep(noun) == "pobj"
            && p.head(noun).is_some_and(|w| matches!(p.lemma(w), "with" | "without"))
    }

    /// Whether a noun lemma names a place next to a state (class `vicinity`:
    /// "doorstep", "border"): "the war on Kuwait's doorstep" is beside Kuwait.
    pub fn is_vicinity(&self, lemma: &str) -> bool {
        self.listed("vicinity", lemma)
    }

    /// Whether a noun lemma names one who stands in a relation to another ("ally", "rival").
    pub fn is_relational(&self, lemma: &str) -> bool {
        self.listed("relational", lemma)
    }

    /// Whether `lemma` is a verb of harming someone (class `harm_verbs`: "kill",
    /// "destroy"): its object is a victim.
    pub fn is_harm_verb(&self, lemma: &str) -> bool {
        self.listed("harm_verbs", lemma)
    }

    /// Whether a verb lemma reports speech ("say", "state", "tell").
    pub fn is_report_verb(&self, lemma: &str) -> bool {
        self.report.contains(lemma)
    }

    /// The number of frames and of distinct predicate lemmas per relation type.
    pub fn lemma_counts(&self) -> BTreeMap<&'static str, (usize, usize)> {
        let mut out: BTreeMap<&'static str, (HashSet<&str>, HashSet<&str>)> = BTreeMap::new();
        for (map, verb) in [(&self.by_verb, true), (&self.by_noun, false)] {
            for list in map.values() {
                for (w, i) in list {
                    let e = out.entry(self.frames[*i].relation.as_str()).or_default();
                    let key = w.last().map(String::as_str).unwrap_or("");
                    if verb {
                        e.0.insert(key);
                    } else {
                        e.1.insert(key);
                    }
                }
            }
        }
        out.into_iter().map(|(k, (v, n))| (k, (v.len(), n.len()))).collect()
    }

    /// Reads every frame that holds in `p`. `actors_at[t]` lists the mention
    /// indexes whose span covers token `t`.
    /// `today` is the document's date, when known: an
    /// event dated after it ("his visit starting on April 29") is still to come.
    pub fn read(&self, p: &Parse, actors_at: &[Vec<usize>], today: Option<Date>) -> Reading {
        let mut g = Graph::new(p, actors_at, self);
        g.today = today;
        let mut out = Vec::new();
        let mut events = Vec::new();
        let mut bare_events = Vec::new();
        let mut other_events = Vec::new();
        let mut reading_open = Vec::new();
        for (t, here) in actors_at.iter().enumerate().take(p.len()) {
            let tag = p.tag(t);
            // A predicative adjective reads as its noun: "remains reliant on Russian gas".
            let map = if tag.starts_with("VB") {
                &self.by_verb
            } else if tag.starts_with("NN") || tag == "JJ" && p.dep(t) == "acomp" {
                &self.by_noun
            } else {
                continue;
            };
            let Some(cands) = map.get(p.lemma(t)) else { continue };
            if !here.is_empty() || g.in_unknown_name(t) {
                continue; // the predicate word is part of a name ("Three Brotherhood Alliance")
            }
            let mut done = HashSet::new();
            // A phrasal verb is its own predicate: "hit out at" criticises, it does not hit.
            let particle = |w: &str| g.kids[t].iter().any(|&c| p.dep(c) == "prt" && p.lemma(c) == w);
            let phrasal = tag.starts_with("VB")
                && cands.iter().any(|(e, _)| e.len() > 1 && particle(&e[1]) && g.entry_matches(t, e, true));
            for (entry, fi) in cands {
                if done.contains(fi) || !g.entry_matches(t, entry, tag.starts_with("VB")) || phrasal && entry.len() == 1
                {
                    continue;
                }
                let f = &self.frames[*fi];
                let applied = self.apply(&g, t, f, &entry[1..]);
                if applied.is_none() && f.theme.is_some() && g.bare_definite(t) {
                    bare_events.push((f.relation, t));
                }
                if applied.is_none() && f.theme.is_some() && !g.is_verb(t) && self.listed("commitments", p.lemma(t)) {
                    let named = g.actors_below(t);
                    if !named.is_empty() {
                        other_events.push((f.relation, named));
                    }
                }
                if let Some((hits, open)) = applied {
                    done.insert(*fi);
                    // A relational noun that describes a named actor states a standing relation, not
                    // the act the clause intends or hedges: "pledged to defend its ally, the Philippines".
                    let presupposed =
                        !g.is_verb(t) && self.listed("relational", p.lemma(t)) && !g.described(t).is_empty();
                    if self.cancelled(&g, t, f.relation).is_some_and(|cue| {
                        !(presupposed
                            && matches!(cue, Cue::Intention | Cue::Call | Cue::Hedge | Cue::Future | Cue::Condition))
                    }) {
                        continue;
                    }
                    for source in open {
                        if !reading_open
                            .iter()
                            .any(|o: &(RelationType, usize, usize)| o.0 == f.relation && o.1 == source)
                        {
                            reading_open.push((f.relation, source, t));
                        }
                    }
                    if !hits.is_empty() {
                        out.extend(hits);
                    } else if !g.is_verb(t)
                        && g.definite(t)
                        && !events.iter().any(|e: &(RelationType, usize)| e.0 == f.relation)
                    {
                        events.push((f.relation, t));
                    }
                }
            }
        }
        out.sort_by_key(|h| (h.predicate, h.source, h.target, h.relation));
        out.dedup_by_key(|h| (h.source, h.target, h.relation));
        let echoes = self.echoes(&g);
        bare_events.sort_unstable();
        bare_events.dedup();
        bare_events.retain(|b| !events.iter().any(|e| e.1 == b.1));
        let mut criticised = self.criticised_events(&g, &events);
        criticised.extend(self.criticised_events(&g, &bare_events));
        let criticised_acts = self.criticised_acts(&g);
        Reading {
            hits: out,
            events,
            bare_events,
            other_events,
            open: reading_open,
            echoes,
            criticised,
            criticised_acts,
        }
    }

    /// "Tehran condemned the sanctions", "Syria denounced the attack": a
    /// condemnation verb whose object is an event noun the document stated
    /// before (one of `events`). Each is the event's relation, the mention
    /// index of a critic and the verb token.
    fn criticised_events(
        &self,
        g: &Graph,
        events: &[(RelationType, usize)],
    ) -> Vec<(RelationType, usize, usize, usize)> {
        let mut out = Vec::new();
        for &(relation, noun) in events {
            if let Some((verb, critics)) = self.condemned_by(g, noun) {
                out.extend(critics.into_iter().map(|a| (relation, a, verb, noun)));
            }
        }
        out.sort_unstable();
        out.dedup();
        out
    }

    /// The verb that condemns noun `t`, its object, and the critics' mention
    /// indices, when it does so as a fact.
    fn condemned_by(&self, g: &Graph, noun: usize) -> Option<(usize, Vec<usize>)> {
        // ("called [the drills] [a rehearsal]": the first of a double object.)
        let object = matches!(g.p.dep(noun), "dobj" | "dative");
        let verb = g.p.head(noun).filter(|&v| object && g.is_verb(v))?;
        // A labelling verb condemns only with its label: "called the drills a provocation", not
        // "called the drills routine".
        let condemns = self.by_verb.get(g.p.lemma(verb)).is_some_and(|fs| {
            fs.iter().any(|(e, f)| {
                let f = &self.frames[*f];
                e.len() == 1
                    && f.relation == RelationType::Condemnation
                    && (f.theme.is_none() || self.apply(g, verb, f, &[]).is_some())
            })
        });
        if !condemns || self.cancelled(g, verb, RelationType::Condemnation).is_some() {
            return None;
        }
        Some((verb, g.subjects(verb).into_iter().flat_map(|x| g.actors(x, false)).collect()))
    }

    /// "Moscow denounced the move": a condemnation of a bare definite noun
    /// for an act (class `acts`: "the move", "the decision"), which stands for
    /// what the sentence before said its subject did. The critics' mention
    /// indices and the verb token.
    fn criticised_acts(&self, g: &Graph) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        for t in 0..g.p.len() {
            if !(g.bare_definite(t) && self.listed("acts", g.p.lemma(t))) {
                continue;
            }
            if let Some((verb, critics)) = self.condemned_by(g, t) {
                out.extend(critics.into_iter().map(|a| (a, verb)));
            }
        }
        out
    }

    fn in_class(&self, g: &Graph, t: usize, class: &str) -> bool {
        let Some(entries) = self.classes.get(class) else { return false };
        let head = g.p.lemma(t);
        // "J-10C fighters": a model designation makes a machine of a word for people.
        let model = |c: usize| {
            let w = g.p.word(c);
            matches!(g.p.dep(c), "compound" | "nmod" | "amod" | "nummod")
                && w.contains(|ch: char| ch.is_ascii_digit())
                && w.contains(|ch: char| ch.is_ascii_alphabetic())
        };
        if self.listed("model_named", head) && g.kids[t].iter().any(|&c| model(c)) {
            return class == "weapons";
        }
        // "Patriot systems": a generic head is of its name's kind.
        let name = |c: usize| g.p.tag(c) == "NNP" || g.p.word(c).contains(|ch: char| ch.is_ascii_digit());
        // "its artillery stock", "an LNG shipment": an amount is of its compound's kind.
        let measure = class != "measures" && self.listed("measures", head);
        if class != "kind_heads"
            && (measure || self.listed("kind_heads", head))
            && g.kids[t].iter().any(|&c| g.p.dep(c) == "compound" && (measure || name(c)) && self.in_class(g, c, class))
        {
            return true;
        }
        let modifiers = |x: usize| {
            g.kids[x].iter().copied().filter(|&c| matches!(g.p.dep(c), "compound" | "amod" | "nmod" | "npadvmod"))
        };
        // With the modifiers of a compound: "nuclear" in "nuclear [power] plant";
        // gathered only once an entry of several words ends in the head. (An entry's words match
        // by lemma or as written: "intelligence-sharing" is "intelligence" and "sharing".)
        let written = g.p.word(t);
        let mut mods: Option<Vec<&str>> = None;
        entries.iter().any(|e| match e.split_last() {
            Some((last, rest)) => {
                (last == head || written.eq_ignore_ascii_case(last))
                    && (rest.is_empty() || {
                        // (A hyphenated modifier's first part may be read as a determiner: "all" in
                        // "all-weather friend".)
                        let hyphened = |c: usize| {
                            g.kids[c].iter().copied().filter(move |&d| g.p.dep(d) == "det" && g.p.word(d + 1) == "-")
                        };
                        let mods = mods.get_or_insert_with(|| {
                            modifiers(t)
                                .flat_map(|c| {
                                    let compound = g.p.dep(c) == "compound";
                                    std::iter::once(c)
                                        .chain(modifiers(c).filter(move |_| compound))
                                        .chain(hyphened(c).filter(move |_| compound))
                                })
                                .map(|c| g.p.lemma(c))
                                .collect()
                        });
                        rest.iter().all(|w| mods.contains(&w.as_str()))
                    })
            }
            None => false,
        })
    }

    /// What a verb's object is called, for the theme only: "branded Russia a
    /// terrorist state", "called the pact dangerous", "described the sanctions
    /// as illegal", "called the launch an act of aggression" (with the
    /// complement's modifiers and "of" object). Read as a double object
    /// ("called [the drills] [a rehearsal]"), the second is what the first is
    /// called.
    fn complements(&self, g: &Graph, t: usize) -> Vec<usize> {
        let mut out = Vec::new();
        if !g.is_verb(t) || !self.listed("naming_verbs", g.p.lemma(t)) {
            return out;
        }
        let mut complements = Vec::new();
        for o in g.objects(t) {
            // ("called Israel's offensive a genocide": the parse may hang the second noun on the
            // first as a bare noun phrase.)
            complements.extend(
                g.kids[o]
                    .iter()
                    .copied()
                    .filter(|&c| g.p.dep(c) == "appos" || matches!(g.p.dep(c), "amod" | "npadvmod" | "dobj") && c > o),
            );
            if g.kids[t].iter().any(|&c| g.p.dep(c) == "dative" && g.p.tag(c).starts_with("NN")) {
                complements.push(o);
            }
            for a in [o, t] {
                for &c in g.kids[a].iter().filter(|&&c| g.p.dep(c) == "prep" && g.p.lemma(c) == "as") {
                    complements
                        .extend(g.kids[c].iter().copied().filter(|&x| matches!(g.p.dep(x), "pobj" | "amod" | "acomp")));
                }
            }
        }
        // ("considers Cairo a key partner" read as an object and a coordination with no "and": the
        // second noun.)
        let object = g.kids[t].iter().any(|&c| matches!(g.p.dep(c), "dative" | "dobj"));
        if object && !g.kids[t].iter().any(|&c| g.p.dep(c) == "cc") {
            complements
                .extend(g.kids[t].iter().copied().filter(|&c| g.p.dep(c) == "conj" && g.p.tag(c).starts_with("NN")));
        }
        for c in complements {
            out.push(c);
            out.extend(g.kids[c].iter().copied().filter(|&m| matches!(g.p.dep(m), "amod" | "compound")));
            out.extend(g.prep_objects(c, "of"));
        }
        out
    }

    /// The theme candidates of predicate `t`: its objects and modifiers.
    fn theme_tokens(&self, g: &Graph, t: usize, particles: &[String]) -> Vec<usize> {
        let mut out = Vec::new();
        if g.is_verb(t) {
            let objects = g.objects(t);
            // An intransitive verb's subject is what moves: "oil flows to India", "the first batch
            // of Leopard tanks arrived in Ukraine from Germany".
            let movers = if objects.is_empty() { g.subjects(t) } else { Vec::new() };
            // (An amount stands for what it measures: "imported 2 million barrels per day of oil".)
            out.extend(objects.into_iter().flat_map(|o| g.with_measured(o)));
            // A particle parsed as a preposition holds the object: "handed over jets" read as "over jets".
            for prep in ["with", "on", "in", "of"] {
                out.extend(g.prep_objects(t, prep));
            }
            // (What a share given as the verb's own preposition measures: "accounts for 40 percent of
            // Hungary's gas imports".)
            for prep in particles {
                out.extend(g.prep_objects(t, prep).into_iter().flat_map(|o| g.with_measured(o)));
            }
            out.extend(movers.into_iter().flat_map(|x| g.with_measured(x)));
            out.extend(g.kids[t].iter().copied().filter(|&c| g.p.dep(c) == "advmod"));
            // What one is thanked for: "thanked Russia for its support" (class gratitude_verbs).
            if self.listed("gratitude_verbs", g.p.lemma(t)) {
                out.extend(g.prep_objects(t, "for"));
            }
            // What a call asks its addressee to do: "urged the junta [to end] the violence".
            if self.listed("call_verbs", g.p.lemma(t)) {
                out.extend(g.kids[t].iter().copied().filter(|&c| g.p.dep(c) == "xcomp" && g.is_verb(c)));
            }
            // Who helps with what: "Rwandan [troops] are helping Mozambique fight", "France will help
            // Uzbekistan develop its [uranium] deposits" (class help_verbs).
            if self.listed("help_verbs", g.p.lemma(t)) {
                out.extend(g.subjects(t));
                for c in g.kids[t].iter().copied().filter(|&c| matches!(g.p.dep(c), "xcomp" | "ccomp") && g.is_verb(c))
                {
                    for o in g.objects(c) {
                        out.push(o);
                        out.extend(g.kids[o].iter().copied().filter(|&m| matches!(g.p.dep(m), "compound" | "amod")));
                    }
                }
            }
        } else {
            out.push(t);
            // "a treaty on security guarantees", "the sale of jets".
            for prep in ["of", "on"] {
                for o in g.prep_objects(t, prep) {
                    out.push(o);
                    out.extend(
                        g.kids[o].iter().copied().filter(|&c| matches!(g.p.dep(c), "compound" | "amod" | "nmod")),
                    );
                }
            }
            let modifiers =
                |x: usize| g.kids[x].iter().copied().filter(|&c| matches!(g.p.dep(c), "compound" | "amod" | "nmod"));
            for c in modifiers(t) {
                out.push(c);
                // The modifier of a compound: "a security [cooperation] agreement".
                if g.p.dep(c) == "compound" {
                    out.extend(modifiers(c));
                }
            }
            // The clause a noun contains: "a treaty that includes a mutual defence clause", "a pact
            // with a mutual-defence clause" (classes containing_verbs, clauses).
            let contained = g.kids[t]
                .iter()
                .copied()
                .filter(|&v| matches!(g.p.dep(v), "relcl" | "acl") && self.listed("containing_verbs", g.p.lemma(v)))
                .flat_map(|v| g.kids[v].iter().copied().filter(|&o| g.p.dep(o) == "dobj").collect::<Vec<_>>())
                .chain(g.prep_objects(t, "with"))
                .filter(|&o| self.listed("clauses", g.p.lemma(o)))
                .collect::<Vec<_>>();
            for o in contained {
                out.push(o);
                for c in modifiers(o) {
                    out.push(c);
                    out.extend(modifiers(c));
                }
            }
        }
        // What one relies on another for: "relies on Russia for most of its weapons", "reliant on
        // Russia for oil"; what an order is for: "an order for 24 Rafale fighters".
        if self.listed("reliance", g.p.lemma(t)) || self.listed("orders", g.p.lemma(t)) {
            out.extend(g.prep_objects(t, "for").into_iter().flat_map(|o| g.with_measured(o)));
        }
        // Coordinated themes ("tanks and missiles").
        let mut all = Vec::new();
        for o in out {
            all.extend(g.conjuncts(o));
        }
        all
    }

    /// The participants of frame `f` on predicate `t`; `None` when the frame
    /// does not hold (no theme, an excluded word).
    /// "X echoed these sentiments", "Y joined the condemnation": an echo verb
    /// whose object is a definite stance noun with no actor of its own.
    fn echoes(&self, g: &Graph) -> Vec<(RelationType, usize, usize)> {
        let Some(verbs) = self.classes.get("echo_verbs") else { return Vec::new() };
        let mut out = Vec::new();
        for t in 0..g.p.len() {
            if !g.is_verb(t) || !verbs.iter().any(|e| e[0] == g.p.lemma(t) && g.entry_matches(t, e, true)) {
                continue;
            }
            for o in g.objects(t) {
                let definite = g.definite(o)
                    || g.kids[o]
                        .iter()
                        .any(|&c| matches!(g.p.lemma(c), "these" | "those" | "this" | "such" | "similar"));
                if !definite || !g.actors_below(o).is_empty() {
                    continue;
                }
                for (class, _) in self.classes.iter().filter(|(c, _)| c.starts_with("stance_")) {
                    let Ok(relation) = class["stance_".len()..].parse::<RelationType>() else { continue };
                    if !self.in_class(g, o, class) || self.cancelled(g, t, relation).is_some() {
                        continue;
                    }
                    for x in g.subjects(t) {
                        for a in g.actors(x, false) {
                            if !out.contains(&(relation, a, t)) {
                                out.push((relation, a, t));
                            }
                        }
                    }
                }
            }
        }
        out.sort_unstable();
        out
    }

    /// Whether a word of frame `f`'s exclude list cancels it at predicate `t`:
    /// as its theme, a prepositional object of its roles, its purpose, or (in a
    /// frame with no theme) a modifier ("struck a deal", "economic cooperation").
    fn excluded(&self, g: &Graph, t: usize, f: &Frame, themes: &[usize], particles: &[String]) -> bool {
        let lemma_of = |x: usize| g.p.lemma(x);
        // "denounced what he called American aggression": the naming is the speaker's words for
        // what the main verb acts on, no label of its own.
        if g.is_verb(t)
            && self.listed("naming_verbs", lemma_of(t))
            && g.kids[t].iter().any(|&w| g.p.tag(w) == "WP" && g.p.dep(w) == "dobj")
        {
            return true;
        }
        // A noun with no theme in its frame watches its own modifiers, not its topic ("talks on the
        // border" are talks; "a visit to the border" is no meeting, through the role `to`).
        let mut watch: Vec<usize> = if f.theme.is_some() || g.is_verb(t) { themes.to_vec() } else { vec![t] };
        // The purpose of the act ("sent sailors to learn"): an excluded purpose cancels it too.
        watch.extend(g.kids[t].iter().copied().filter(|&c| matches!(g.p.dep(c), "advcl" | "xcomp") && g.is_verb(c)));
        // What a noun is said to hold: "the new package includes three NASAMS batteries".
        if !g.is_verb(t) && g.p.dep(t) == "nsubj" {
            if let Some(v) = g.p.head(t).filter(|&v| self.listed("containing_verbs", lemma_of(v))) {
                watch.extend(g.kids[v].iter().copied().filter(|&o| g.p.dep(o) == "dobj"));
            }
        }
        // What the act is done as: "shipped wheat to China as food aid" is no sale.
        if g.is_verb(t) {
            watch.extend(g.prep_objects(t, "as"));
        }
        // What a verb's theme is made of: "sold civilian aircraft" sells no weapons.
        if f.theme.is_some() && g.is_verb(t) {
            let modifiers: Vec<usize> = watch
                .iter()
                .flat_map(|&x| {
                    g.kids[x].iter().copied().filter(|&c| matches!(g.p.dep(c), "compound" | "amod" | "nmod" | "nummod"))
                })
                .collect();
            watch.extend(modifiers);
        }
        // Support "of" or "for" a thing is for that thing: praising or thanking for "Russia's support
        // of the nuclear plant" backs no one.
        if f.relation == RelationType::PoliticalSupport && f.theme.is_some() {
            let for_thing = |x: usize| {
                ["of", "for"].iter().flat_map(|p| g.prep_objects(x, p)).any(|o| g.actors_below(o).is_empty())
            };
            if themes.iter().any(|&x| for_thing(x)) {
                return true;
            }
        }
        // What a fight is over or behind: "a battle over Tokyo's attempts to win a greater say",
        // "a behind-the-scenes battle" are no war.
        if f.relation == RelationType::ArmedConflict {
            // (And what it is for or about: "battling rivals for market share".)
            for prep in ["over", "behind", "about", "for"] {
                watch.extend(g.prep_objects(t, prep));
            }
            // A quarrel over another kind of event is no war: "clashed over the visit", "fought over
            // the deal" (not "over the border", "over the weekend").
            let other_event = |o: usize| {
                !g.p.tag(o).starts_with("NNP")
                    && self.by_noun.get(g.p.lemma(o)).is_some_and(|fs| {
                        fs.iter().any(|(e, i)| e.len() == 1 && self.frames[*i].relation != RelationType::ArmedConflict)
                            && !fs.iter().any(|(_, i)| self.frames[*i].relation == RelationType::ArmedConflict)
                    })
            };
            if g.prep_objects(t, "over").into_iter().any(|o| g.actors_at[o].is_empty() && other_event(o)) {
                return true;
            }
            // What the sides are called: "conflict between the major trading powers" is no war.
            for prep in ["between", "among", "with", "against"] {
                for o in g.prep_objects(t, prep) {
                    watch.extend(
                        g.kids[o].iter().copied().filter(|&c| {
                            matches!(g.p.dep(c), "amod" | "compound" | "nmod") && g.actors_at[c].is_empty()
                        }),
                    );
                }
            }
            // What does the attacking, when a participle describes it: "sanctions targeting
            // Iranian officials", "tariffs hitting Chinese goods"; or as the subject: "chip makers
            // are losing ground to rivals".
            if g.is_verb(t) && g.p.dep(t) == "acl" {
                watch.extend(g.p.head(t));
            }
            if g.is_verb(t) {
                watch.extend(
                    g.kids[t].iter().copied().filter(|&c| g.p.dep(c) == "nsubj" && g.p.tag(c).starts_with("NN")),
                );
                // What it hits with: "hit Iran with tariffs", "hit Russia in a new round of sanctions".
                watch.extend(g.prep_objects(t, "with"));
                watch.extend(g.prep_objects(t, "in").into_iter().flat_map(|o| g.prep_objects(o, "of")));
            }
        }
        let senses = watch.len();
        // A role's word ("a visit to the border", "support of the nuclear plant"); its modifiers
        // only when no actor hangs below it ("support for the military government of Niger").
        for r in f.source.iter().chain(&f.target) {
            if let Role::Prep(p) = r {
                watch.extend(g.prep_objects(t, p));
            }
        }
        // A modifier in the exclude list ("economic cooperation") cancels, unless the theme class
        // holds through another one ("security and economic cooperation").
        let check_modifiers = f.theme.is_none();
        // A word that names an actor is a participant, not a sense ("backing for Myanmar's military").
        // Nor is a word of the predicate itself ("threw its weight behind X").
        let own_word = |x: usize| g.p.head(x) == Some(t) && particles.iter().any(|w| w == g.p.lemma(x));
        for (i, &x) in watch.iter().enumerate().filter(|&(_, &x)| g.actors_at[x].is_empty() && !own_word(x)) {
            let modifier = matches!(g.p.dep(x), "compound" | "amod" | "nmod") && g.p.head(x) == Some(t);
            // In a frame with a theme an adjective may qualify one sense among others ("military
            // and economic aid"), but a noun fused before the predicate names its kind: a "trading
            // partner" is no ally however "main" it is.
            if modifier && !check_modifiers && g.p.dep(x) != "compound" {
                continue;
            }
            // ("clashed over the disputed border": a participle on a place says what it is.)
            let place = self.in_class(g, x, "places_fought_over");
            if self.excluded_word(g, f, x)
                || check_modifiers
                    && !place
                    && (i < senses || g.actors_below(x).is_empty())
                    && g.kids[x].iter().any(|&c| {
                        // (A place fused before an event noun is its topic: "border talks".)
                        let topic = x == t && !g.is_verb(t) && self.listed("topic_places", lemma_of(c));
                        matches!(g.p.dep(c), "compound" | "amod" | "nmod")
                            && !topic
                            && (f.exclude.contains(lemma_of(c))
                                // "self-imposed restrictions": the word fused to a participle.
                                || matches!(g.p.tag(c), "VBN" | "VBD")
                                    && g.kids[c].iter().any(|&d| {
                                        matches!(g.p.dep(d), "npadvmod" | "compound") && f.exclude.contains(lemma_of(d))
                                    }))
                    })
            {
                return true;
            }
        }
        false
    }

    /// Whether token `x` is a sense frame `f` excludes: a one-word entry, or
    /// a multiword one with `x` among its words and the others hanging below
    /// it ("fire drill", "cap on", "adviser to the president", "arms control").
    fn excluded_word(&self, g: &Graph, f: &Frame, x: usize) -> bool {
        let lemma = g.p.lemma(x);
        let is = |t: usize, w: &str| g.p.lemma(t) == w || g.p.word(t).eq_ignore_ascii_case(w);
        // The head of a hyphenated word counts: "a 34-seater" is a seater.
        let hyphen_head = || lemma.rsplit_once('-').is_some_and(|(_, h)| f.exclude.contains(h));
        f.exclude.contains(lemma)
            || hyphen_head()
            || f.exclude_phrases.iter().any(|e| {
                e.iter().position(|w| is(x, w)).is_some_and(|i| {
                    e.iter()
                        .enumerate()
                        .filter(|&(j, _)| j != i)
                        .all(|(_, w)| g.kids[x].iter().any(|&c| is(c, w) || g.kids[c].iter().any(|&d| is(d, w))))
                })
            })
    }

    /// Whether every frame of `relation` that predicate token `t` could head is
    /// cancelled by a word of its exclude list ("the agreement struck in Paris"
    /// is no strike): the word-window reader asks this of its trigger.
    pub fn excludes(&self, p: &Parse, actors_at: &[Vec<usize>], t: usize, relation: RelationType) -> bool {
        let table = if p.tag(t).starts_with("VB") { &self.by_verb } else { &self.by_noun };
        let Some(cands) = table.get(p.lemma(t)) else { return false };
        let mut frames = cands.iter().filter(|(_, i)| self.frames[*i].relation == relation).peekable();
        if frames.peek().is_none() {
            return false;
        }
        let g = Graph::new(p, actors_at, self);
        let themes = self.theme_tokens(&g, t, &[]);
        frames.all(|(_, i)| self.excluded(&g, t, &self.frames[*i], &themes, &[]))
    }

    /// The relations frame `f` reads at predicate `t`, and the sources of a
    /// transfer whose receiver is not named at all (see [`Reading::open`]);
    /// `None` when the frame does not hold (no theme, an excluded word).
    fn apply(&self, g: &Graph, t: usize, f: &Frame, particles: &[String]) -> Option<(Vec<FrameHit>, Vec<usize>)> {
        // "called on Japan to open its markets": a call with an infinitive demands, it visits no one.
        if f.relation == RelationType::DiplomaticMeeting
            && self.cues.get(g.p.lemma(t)).is_some_and(|c| c.contains(&Cue::Call))
            && g.kids[t].iter().any(|&c| g.p.dep(c) == "xcomp" && g.kids[c].iter().any(|&a| g.p.tag(a) == "TO"))
        {
            return None;
        }
        let themes = self.theme_tokens(g, t, particles);
        if let Some(class) = &f.theme {
            let called = || self.complements(g, t).into_iter().any(|x| self.in_class(g, x, class));
            if !themes.iter().any(|&x| self.in_class(g, x, class)) && !called() {
                return None;
            }
        }
        if self.excluded(g, t, f, &themes, particles) {
            return None;
        }
        let mut hits = Vec::new();
        let symmetric = !f.relation.directed();
        // "Egypt and Jordan, both U.S. allies": allies of their owner, not of each other.
        let owned_relational = !g.is_verb(t)
            && self.in_class(g, t, "relational")
            && g.kids[t]
                .iter()
                .any(|&c| matches!(g.p.dep(c), "poss" | "compound" | "amod" | "nmod") && !g.actors_at[c].is_empty());
        if symmetric && f.source.contains(&Role::Pair) && !owned_relational {
            for group in g.pairs(t) {
                for (i, &a) in group.iter().enumerate() {
                    for &b in group[i + 1..].iter().filter(|&&b| !g.one_member(a, b)) {
                        hits.push(FrameHit { relation: f.relation, source: a, target: b, predicate: t });
                    }
                }
            }
            // Fighting "between X and Y" has its sides there: whoever agreed, brokered or reported
            // the truce ("China said it had agreed a ceasefire between ...") is not one of them.
            if f.relation == RelationType::ArmedConflict
                && !g.is_verb(t)
                && !hits.is_empty()
                && !g.prep_objects(t, "between").is_empty()
            {
                return Some((hits, Vec::new()));
            }
        }
        // A theme noun's modifier stands for a participant ("deployed Belarusian troops") only in a
        // frame that has a theme: "the meeting of the SCO" has none, and the body whose meeting it
        // is hosts it rather than meets. A possessor still does ("welcomed the junta's plan").
        let role_themes = Themes { all: &themes, modified: if f.theme.is_some() { &themes } else { &[] } };
        let (mut sources, source_role) = first_with_actors(g, t, &f.source, &role_themes, particles);
        let (mut targets, mut target_role) = first_with_actors(g, t, &f.target, &role_themes, particles);
        // A role that names only the source itself ("its" in "Algeria recalled its ambassador from
        // Spain") leaves the other side to the next role that names someone.
        // (One role on both sides is read below.)
        let itself = !sources.is_empty() && targets.iter().all(|o| sources.contains(o));
        if let Some(r) = target_role.filter(|&r| itself && source_role != Some(r)) {
            let at = f.target.iter().position(|x| x == r).map_or(f.target.len(), |i| i + 1);
            let (others, role) = first_with_actors(g, t, &f.target[at..], &role_themes, particles);
            if !others.is_empty() {
                (targets, target_role) = (others, role);
            }
        }
        if targets.is_empty()
            && f.implied_target
            && !sources.is_empty()
            && f.target.iter().all(|r| role_tokens(g, t, r, &role_themes, particles).is_empty())
        {
            targets = g.clause_party(t, &sources);
        }
        // "Israel's strikes on Iran drew condemnation from Saudi Arabia": a rebuke or a sanction an
        // act brings about is aimed at whoever did the act (class cause_verbs).
        if targets.is_empty()
            && !sources.is_empty()
            && matches!(f.relation, RelationType::Condemnation | RelationType::Sanctions)
            && !g.is_verb(t)
            && g.p.dep(t) == "dobj"
        {
            if let Some(v) = g.p.head(t).filter(|&v| g.verb_in(v, "cause_verbs")) {
                targets = g
                    .subjects(v)
                    .into_iter()
                    .flat_map(|s| g.actors(s, false))
                    .filter(|a| !sources.contains(a))
                    .collect();
            }
        }
        // Both sides read from one role are one list, one side of the relation: "agreements with
        // A, B and C" do not join A to B (only a pair role does: "between A and B", "A and B signed").
        let pair_prep = |r: &Role| matches!(r, Role::Prep(p) if matches!(p.as_str(), "between" | "among" | "amongst"));
        // The other side is then read from the next role that names someone: "China is Myanmar's
        // largest trading partner" has the possessor on one side and the subject on the other.
        if let Some(shared) = source_role.filter(|r| !pair_prep(r) && Some(*r) == target_role) {
            // A noun's subject is its own only when the noun is said of it ("X is Y's partner",
            // "X, Y's partner"), not when a verb acts on it ("Pakistan's move hurt Kenya's trade").
            let said_of = g.is_verb(t) || matches!(g.p.dep(t), "attr" | "appos" | "oprd");
            let rest: Vec<Role> =
                f.target.iter().filter(|r| *r != shared && (said_of || **r != Role::Subj)).cloned().collect();
            targets = first_with_actors(g, t, &rest, &role_themes, particles).0;
            if targets.is_empty() {
                sources.clear();
            }
        }
        // "Egypt and Ethiopia accused each other": each subject acts on every other one.
        let reciprocal = g.is_verb(t) && reciprocal_object(g.p, t);
        if reciprocal && targets.is_empty() && sources.len() > 1 {
            targets = sources.clone();
        }
        // One group on both sides is a group acting on itself ("for them to prove their case").
        if sources.len() > 1
            && !reciprocal
            && sources.iter().all(|s| targets.contains(s))
            && targets.iter().all(|o| sources.contains(o))
        {
            sources.clear();
        }
        for &s in &sources {
            for &o in &targets {
                if s != o {
                    hits.push(FrameHit { relation: f.relation, source: s, target: o, predicate: t });
                }
            }
        }
        // "held a call with the foreign ministers of Japan and South Korea": those met together meet
        // each other too.
        // Not when met one by one ("spoke separately with the leaders of X and Y").
        // Nor places visited on a tour ("visited Australia and Brazil").
        let apart = |x: usize| g.kids[x].iter().any(|&c| self.in_class(g, c, "apart"));
        let one_by_one = apart(t) || g.light_verb(t).is_some_and(apart) || self.listed("tours", g.p.lemma(t));
        if f.relation == RelationType::DiplomaticMeeting && !sources.is_empty() && !one_by_one {
            for (i, &a) in targets.iter().enumerate() {
                for &b in &targets[i + 1..] {
                    hits.push(FrameHit { relation: f.relation, source: a, target: b, predicate: t });
                }
            }
        }
        // "talks hosted by China": the host meets each party.
        if f.relation == RelationType::DiplomaticMeeting && !g.is_verb(t) && !hits.is_empty() {
            let hosts: Vec<usize> = g.kids[t]
                .iter()
                .filter(|&&c| g.p.dep(c) == "acl" && g.p.tag(c) == "VBN" && self.listed("hosting_verbs", g.p.lemma(c)))
                .flat_map(|&c| g.by_agent(c))
                .flat_map(|x| g.actors(x, false))
                .collect();
            let mut parties: Vec<usize> = hits.iter().flat_map(|h| [h.source, h.target]).collect();
            parties.sort_unstable();
            parties.dedup();
            for &h in &hosts {
                for &a in parties.iter().filter(|&&a| a != h) {
                    hits.push(FrameHit { relation: f.relation, source: h, target: a, predicate: t });
                }
            }
        }
        // A giver, a thing given and no receiver named by any word (not "sold jets to rebels").
        let receiver_roles = f.target.iter().all(|r| matches!(r, Role::Prep(_) | Role::Iobj));
        let open = if targets.is_empty()
            && f.theme.is_some()
            && receiver_roles
            && f.target.iter().all(|r| role_tokens(g, t, r, &role_themes, particles).is_empty())
        {
            sources
        } else {
            Vec::new()
        };
        Some((hits, open))
    }

    /// Whether token `c` is a month with its day ("April 29", "29 April
    /// 1987") after the document's date: a day still to come. (The day after
    /// counts as today: a wire's dateline may run a day ahead of its date.)
    fn later_date(&self, g: &Graph, c: usize) -> bool {
        let (p, Some(today)) = (g.p, g.today) else { return false };
        let Some(&m) = self.months.get(p.word(c).trim_end_matches('.').to_lowercase().as_str()) else { return false };
        let number = |x: usize| p.word(x).parse::<i16>().ok().filter(|_| p.tag(x) == "CD");
        let near = g.kids[c].iter().copied().chain([c + 1]).chain(c.checked_sub(1)).filter(|&x| x < p.len());
        let mut d = None;
        let mut y = today.year();
        for x in near {
            match number(x) {
                Some(n @ 1..=31) if d.is_none() => d = Some(n as i8),
                Some(n @ 1000..=2999) => y = n,
                _ => {}
            }
        }
        let (Some(d), Ok(next_day)) = (d, today.tomorrow()) else { return false };
        Date::new(y, m, d).is_ok_and(|day| day > next_day)
    }

    /// Whether token `c`, a modifier, names a time still to come: "tomorrow",
    /// "next week" (the time noun with its modifiers), "in the coming months".
    fn future_time(&self, g: &Graph, c: usize) -> bool {
        let p = g.p;
        let c = match p.dep(c) {
            "npadvmod" | "tmod" | "poss" | "amod" | "advmod" => c,
            "prep" if matches!(p.lemma(c), "in" | "on" | "for" | "during" | "within" | "before" | "until" | "by") => {
                match g.kids[c].iter().copied().find(|&o| p.dep(o) == "pobj") {
                    Some(o) => o,
                    None => return false,
                }
            }
            _ => return false,
        };
        if self.later_date(g, c) {
            return true;
        }
        self.future.get(p.lemma(c)).is_some_and(|entries| {
            entries.iter().any(|before| {
                before.iter().all(|w| g.kids[c].iter().any(|&m| p.lemma(m) == w || p.word(m).eq_ignore_ascii_case(w)))
            })
        })
    }

    /// The cue that cancels predicate `t` in its clause, if any.
    fn cancelled(&self, g: &Graph, t: usize, rel: RelationType) -> Option<Cue> {
        let p = g.p;
        // A truce presupposes the fighting it pauses, whether it is ended, broken, sought or refused
        // ("ended its ceasefire with the government", "failed to agree a truce").
        if rel == RelationType::ArmedConflict && self.listed("truces", p.lemma(t)) {
            return None;
        }
        let cue_of = |x: usize| -> Option<Cue> {
            let usable = |c: &Cue| !(rel == RelationType::Condemnation && *c == Cue::Call);
            // A phrasal verb's cue needs its particle: "ruled out sending troops".
            let phrasal = || {
                self.phrasal_cues.get(p.lemma(x))?.iter().find_map(|(particle, cue)| {
                    g.kids[x]
                        .iter()
                        .any(|&k| matches!(p.dep(k), "prt" | "advmod") && p.lemma(k) == particle)
                        .then_some(*cue)
                        .filter(usable)
                })
            };
            self.cues.get(p.lemma(x)).and_then(|cues| cues.iter().copied().find(usable)).or_else(phrasal)
        };
        // Negation, modals and modifiers on the predicate itself.
        // "not only ... but also" and "not least" affirm.
        // "not only", "not least"; and a comparative that says there is more of it than ever:
        // "ties have never been stronger", "relations could not be better".
        let affirms = |c: usize| {
            c + 1 < p.len() && matches!(p.lemma(c + 1), "only" | "least" | "just")
                || p.head(c).is_some_and(|v| {
                    g.kids[v].iter().any(|&k| matches!(p.tag(k), "JJR" | "RBR") && matches!(p.dep(k), "acomp" | "attr"))
                })
        };
        // A time still to come on the predicate, on a participle describing it ("talks set for next
        // week"), on its object ("hold talks in the coming weeks") or on the verb that governs it
        // ("will hold talks tomorrow").
        // ("the talks, starting on May 3, will cover trade": the parse may hang the participle on the
        // verb the event is the subject of.)
        let subject_of = p.head(t).filter(|_| p.dep(t) == "nsubj");
        let described = g.kids[t].iter().copied().filter(|&c| matches!(p.dep(c), "acl" | "dobj")).chain(
            subject_of
                .into_iter()
                .flat_map(|h| g.kids[h].iter().copied())
                .filter(|&c| p.dep(c) == "advcl" && p.tag(c) == "VBG" && self.occurrence_verbs.contains(p.lemma(c))),
        );
        // "to hold two days of meetings", "the last of the talks": the measure stands for the event.
        let event = p
            .head(t)
            .filter(|&o| p.dep(t) == "pobj" && p.lemma(o) == "of")
            .and_then(|o| p.head(o))
            .filter(|&n| ["NN", "JJ", "CD"].iter().any(|x| p.tag(n).starts_with(x)))
            .unwrap_or(t);
        // (And a journey's purpose: "will go to Paris for talks".)
        let journey = p
            .head(event)
            .filter(|&f| p.dep(event) == "pobj" && p.lemma(f) == "for")
            .and_then(|f| p.head(f))
            .filter(|&v| g.is_verb(v) && self.listed("tours", p.lemma(v)));
        // (And the act done at it: "the offer would be made at a meeting later this month".)
        let setting = p
            .head(event)
            .filter(|&a| p.dep(event) == "pobj" && matches!(p.lemma(a), "at" | "during"))
            .and_then(|a| p.head(a))
            .filter(|&v| g.is_verb(v));
        let governor = p
            .head(event)
            .filter(|&h| {
                matches!(p.dep(event), "dobj" | "nsubjpass" | "xcomp")
                    || p.dep(event) == "nsubj" && self.occurrence_verbs.contains(p.lemma(h))
            })
            .or(journey)
            .or(setting);
        // "ahead of the summit": the words of the preposition are the heads above the noun.
        let ahead = || self.future_prepositions.iter().any(|words| phrase_above(p, t, words));
        // "will meet"; "the issues to be discussed" (an infinitive on a noun); a headline's "Putin to
        // visit China" (an infinitive with nothing above it).
        let verb = if g.is_verb(t) { Some(t) } else { governor.filter(|&h| g.is_verb(h)) };
        // (A participle takes its head's: "will extend his tour, flying to Japan for talks".)
        let own_auxiliary = |v: usize| {
            g.kids[v].iter().any(|&c| p.dep(c) == "aux" && self.future_auxiliaries.contains(&p.word(c).to_lowercase()))
        };
        // An infinitive with a subject of its own under a verb is read the same way ("said issues to
        // be discussed", a parse of the noun's infinitive as a clause).
        let own_subject = |v: usize| g.kids[v].iter().any(|&c| p.dep(c).starts_with("nsubj"));
        // (A bare verb joined to one shares its auxiliary: "will sign a deal and hold talks".)
        let auxiliary = |v: usize| {
            own_auxiliary(v)
                || (p.tag(v) == "VBG" && matches!(p.dep(v), "advcl" | "xcomp" | "conj")
                    || matches!(p.tag(v), "VB" | "VBP") && p.dep(v) == "conj" && !own_subject(v))
                    && p.head(v).is_some_and(|h| g.is_verb(h) && own_auxiliary(h))
        };
        let infinitive_on_noun = |v: usize| {
            (matches!(p.dep(v), "acl" | "relcl") || p.head(v).is_none() || p.dep(v) == "ccomp" && own_subject(v))
                && g.kids[v].iter().any(|&c| p.dep(c) == "aux" && p.tag(c) == "TO")
        };
        // "King Fahd begins a state visit on Tuesday": the present tense with a day (on the verb or
        // on the event) is a timetable.
        let day = |c: usize| match p.dep(c) {
            "npadvmod" | "tmod" => self.scheduled.contains(p.lemma(c)),
            "prep" if p.lemma(c) == "on" => g.kids[c].iter().any(|&o| self.scheduled.contains(p.lemma(o))),
            _ => false,
        };
        // "the ministers are to meet in May": "be" with an infinitive arranges what is to come.
        let arranged = |v: usize| {
            p.dep(v) == "xcomp"
                && p.head(v).is_some_and(|h| p.lemma(h) == "be")
                && g.kids[v].iter().any(|&c| p.dep(c) == "aux" && p.tag(c) == "TO")
        };
        let timetable = |v: usize| {
            matches!(p.tag(v), "VBZ" | "VBP")
                && !g.kids[v].iter().any(|&c| matches!(p.dep(c), "aux" | "auxpass"))
                && g.kids[v].iter().chain(&g.kids[t]).any(|&c| day(c))
        };
        // "before April 19, when the minister visits Washington": a clause describing a day to come,
        // or a "when" clause beside it.
        let on_later_day = |v: usize| {
            p.head(v).is_some_and(|h| {
                p.dep(v) == "relcl" && self.later_date(g, h)
                    || g.kids[v].iter().any(|&c| p.dep(c) == "advmod" && p.lemma(c) == "when")
                        && g.kids[h].iter().any(|&x| x != v && self.future_time(g, x))
            })
        };
        // "Tomorrow's Group of Seven meeting": a time's possessive opening the noun's phrase, however
        // the parse hung it.
        let opening_time = || {
            (t.saturating_sub(6)..t)
                .rev()
                .take_while(|&x| !g.is_verb(x) && p.tag(x) != ",")
                .any(|x| p.dep(x) == "poss" && p.head(x).is_some_and(|h| h <= t) && self.future_time(g, x))
        };
        // "agreed to hold talks", "agreed to formal talks": an event arranged is still to come.
        let arranged_by = |x: usize| {
            p.head(x).is_some_and(|h| {
                let via_to = p.dep(x) == "pobj" && p.lemma(h) == "to";
                let above = if via_to { p.head(h) } else { Some(h) };
                (via_to || p.dep(x) == "xcomp")
                    && above.is_some_and(|a| g.is_verb(a) && self.arranging_verbs.contains(p.lemma(a)))
            })
        };
        if self.future_relations.contains(&rel)
            && (verb.is_some_and(on_later_day)
                || arranged_by(event)
                || verb.is_some_and(arranged_by)
                || !g.is_verb(t) && opening_time()
                || std::iter::once(t)
                    .chain(described)
                    .chain(governor)
                    .any(|x| g.kids[x].iter().any(|&c| self.future_time(g, c)))
                || ahead()
                || verb.is_some_and(|v| auxiliary(v) || infinitive_on_noun(v) || timetable(v) || arranged(v)))
        {
            return Some(Cue::Future);
        }
        // ("would soon buy": any modal.)
        let modal = |v: usize| g.kids[v].iter().any(|&c| p.dep(c) == "aux" && p.tag(c) == "MD");
        if verb.is_some_and(|v| {
            modal(v)
                && g.kids[v]
                    .iter()
                    .any(|&c| p.dep(c) == "advmod" && self.vague_future.contains(&p.word(c).to_lowercase()))
        }) {
            return Some(Cue::Hedge);
        }
        // "Neither Beijing nor New Delhi has condemned ...", "no country has recognised ...": a
        // subject that names no one who does it.
        let none_subject = |c: usize| {
            p.dep(c).starts_with("nsubj")
                && (matches!(p.lemma(c), "nobody" | "none" | "neither")
                    || g.kids[c].iter().any(|&d| p.dep(d) == "det" && matches!(p.lemma(d), "neither" | "no")))
        };
        for &c in &g.kids[t] {
            let d = p.dep(c);
            if d == "neg" && !affirms(c) || d == "det" && matches!(p.lemma(c), "no") || g.is_verb(t) && none_subject(c)
            {
                return Some(Cue::Negation);
            }
            // "any strike against Iran", "any talks": an event no one says took place.
            if d == "det" && p.lemma(c) == "any" && !g.is_verb(t) {
                return Some(Cue::Hedge);
            }
            if matches!(d, "aux" | "advmod" | "amod" | "mark" | "det" | "prep") {
                if let Some(cue) = cue_of(c) {
                    if !(d == "prep" && cue != Cue::Negation) {
                        return Some(cue);
                    }
                }
            }
            // A two-word cue whose second word heads the first ("no longer buys", "not yet signed").
            if d == "advmod" {
                let second = p.word(c).to_lowercase();
                let cue = g.kids[c].iter().find_map(|&k| {
                    self.phrasal_cues
                        .get(&p.word(k).to_lowercase())?
                        .iter()
                        .find(|(particle, _)| *particle == second)
                        .map(|&(_, cue)| cue)
                });
                if cue.is_some() {
                    return cue;
                }
            }
            // A verb of ending the tagger took for a compound ("that the U.S. end support for X").
            if d == "compound" && cue_of(c) == Some(Cue::Ended) {
                return Some(Cue::Ended);
            }
            // "has bought no U.S. wheat", "sold no weapons to Iran": none of the object.
            if g.is_verb(t) && d == "dobj" && g.kids[c].iter().any(|&x| p.dep(x) == "det" && p.lemma(x) == "no") {
                return Some(Cue::Negation);
            }
        }
        // The clause's verb has a condition of its own: "France can sell jets to India if the deal
        // is approved", "unless talks fail, X will send troops".
        // "in the event of any U.S. strike", "in case of war".
        if self.condition_phrases.iter().any(|words| phrase_above(p, t, words)) {
            return Some(Cue::Condition);
        }
        // A compound whose head sets it aside: "a sanctions waiver", "an arms embargo exemption".
        if p.dep(t) == "compound" && p.head(t).and_then(cue_of) == Some(Cue::Ended) {
            return Some(Cue::Ended);
        }
        let mut clause = t;
        for _ in 0..4 {
            if g.is_verb(clause) {
                break;
            }
            // (A compound is in its head's clause: "open the way for [summit] talks".)
            match p.head(clause).filter(|_| matches!(p.dep(clause), "dobj" | "pobj" | "prep" | "compound")) {
                Some(h) => clause = h,
                None => break,
            }
        }
        let conditional = |c: usize| {
            p.dep(c) == "advcl" && g.kids[c].iter().any(|&m| p.dep(m) == "mark" && cue_of(m) == Some(Cue::Condition))
        };
        if g.is_verb(clause) && g.kids[clause].iter().any(|&c| conditional(c)) {
            return Some(Cue::Condition);
        }
        // "will not negotiate until Turkey recognises Greek rights": what a refusal or a plan
        // waits for has not happened.
        let waited_for = p.head(clause).is_some_and(|h| {
            p.dep(clause) == "advcl"
                && g.kids[clause].iter().any(|&m| p.dep(m) == "mark" && matches!(p.lemma(m), "until" | "till"))
                && g.kids[h].iter().any(|&c| {
                    p.dep(c) == "neg"
                        || p.dep(c) == "aux"
                            && (self.future_auxiliaries.contains(&p.word(c).to_lowercase())
                                || p.word(c).eq_ignore_ascii_case("would"))
                })
        });
        if g.is_verb(clause) && waited_for {
            return Some(Cue::Condition);
        }
        // "Sharp deviations would result in consultations between X and Y": "would" that no one is
        // reported to have said is a consequence imagined, not a fact ("X said it would send troops"
        // is an announcement).
        let reported = |v: usize| {
            let mut x = v;
            (0..6).any(|_| match p.head(x) {
                Some(h) => {
                    x = h;
                    g.is_verb(h) && self.report.contains(p.lemma(h))
                }
                None => false,
            })
        };
        // (Not what the verb presupposes: "would worsen the trade relations between X and Y".)
        if g.is_verb(clause)
            && g.kids[clause].iter().any(|&c| p.dep(c) == "aux" && p.word(c).eq_ignore_ascii_case("would"))
            && !reported(clause)
            && !(clause != t && self.presupposing.contains(p.lemma(clause)))
        {
            return Some(Cue::Hedge);
        }
        // Governors of the clause: "plans to send", "denied supplying", "halted arms deliveries".
        let mut cur = t;
        let mut deepened = false;
        let mut steps = 0;
        while steps < 5 {
            let Some(h) = p.head(cur) else { break };
            let d = p.dep(cur);
            // A coordination is one step with its first member: "X's arms transfers or troop
            // deployments".
            if d != "conj" {
                steps += 1;
            }
            // A pact that talks are "on" is still being negotiated: "talks on a defence pact between
            // X and Y stalled" (classes negotiations, commitments).
            if d == "pobj"
                && matches!(p.lemma(h), "on" | "over" | "about" | "for" | "towards" | "toward")
                && self.listed("commitments", p.lemma(cur))
                && p.head(h).is_some_and(|n| self.listed("negotiations", p.lemma(n)))
            {
                return Some(Cue::Hedge);
            }
            // A stance taken "in protest" is the doer's whatever the act: "suspended the treaty in
            // protest at X" protests.
            if d == "pobj" && p.lemma(h) == "in" && self.listed("manner_stances", p.lemma(cur)) {
                break;
            }
            // An adverbial clause ("..., declaring X an aggressor") is not governed by its main verb;
            // a gerund right after it is its complement, however parsed ("ruled out sending troops").
            let gerund = d == "advcl"
                && p.tag(cur) == "VBG"
                && h < cur
                && !g.kids[cur].iter().any(|&c| matches!(p.dep(c), "mark" | "nsubj"))
                && !(h..cur).any(|x| p.tag(x) == ",");
            if !gerund
                && !matches!(
                    d,
                    "xcomp"
                        | "ccomp"
                        | "dobj"
                        | "pobj"
                        | "prep"
                        | "pcomp"
                        | "conj"
                        | "acl"
                        | "nsubjpass"
                        | "nsubj"
                        | "attr"
                )
            {
                break;
            }
            // "plans to deepen ties", "urged them to boost trade": the ties and the trade exist;
            // "pledged to keep supplying arms": the supplies too.
            if matches!(d, "dobj" | "xcomp") && g.is_verb(h) && self.presupposing.contains(p.lemma(h)) {
                deepened = true;
            }
            // "looking to shift supplier because of its reliance on Moscow's supplies": a reason
            // or a time is not what the verb above it plans, denies or ends.
            if d == "prep" && self.is_reason_preposition(p, cur) {
                break;
            }
            // "would have to enact", "is set to sign": a verb-and-"to" cue over the infinitive.
            if matches!(d, "xcomp" | "acl") && g.kids[cur].iter().any(|&c| p.tag(c) == "TO") {
                if let Some(&cue) = self.to_cues.get(p.lemma(h)) {
                    if !(deepened && matches!(cue, Cue::Intention | Cue::Call)) {
                        return Some(cue);
                    }
                }
            }
            // "there were no signs that Moscow had transferred jets": a clause on a noun that no
            // one has.
            if matches!(d, "acl" | "ccomp")
                && !g.is_verb(h)
                && g.kids[h].iter().any(|&c| p.dep(c) == "det" && p.lemma(c) == "no")
            {
                return Some(Cue::Negation);
            }
            if d != "conj" {
                if let Some(cue) = cue_of(h) {
                    // A subject governs nothing, except a noun like "the suspension of". A passive's
                    // subject is what the verb ends or denies ("the visit was postponed", "sanctions
                    // were lifted"), but not what it expects or aims at: in "imports are expected to
                    // rise" the imports are there.
                    let ends = matches!(cue, Cue::Ended | Cue::Denial | Cue::Negation);
                    // (Nor an intransitive verb of ending's subject: "arms shipments have dried up";
                    // but talks that ended took place: "the talks ended without agreement".)
                    let intransitive_end = cue == Cue::Ended
                        && rel != RelationType::DiplomaticMeeting
                        && !g.kids[h].iter().any(|&c| matches!(p.dep(c), "dobj" | "xcomp" | "ccomp"));
                    let subject = (d == "nsubj" && !intransitive_end || d == "nsubjpass" && !ends) && g.is_verb(h);
                    let presupposed = deepened && matches!(cue, Cue::Intention | Cue::Call);
                    // A bid, request or offer granted is no wish any more: "accepted a bid for an
                    // export bonus to cover a sale of wheat" (class granting_verbs).
                    let granted = !g.is_verb(h)
                        && matches!(cue, Cue::Intention | Cue::Call | Cue::Hedge)
                        && matches!(p.dep(h), "dobj" | "nsubjpass")
                        && p.head(h).is_some_and(|v| self.listed("granting_verbs", p.lemma(v)));
                    // A light verb that is also an intention ("offer", "pledge", "promise") acts only
                    // through its to-infinitive: "promised full support for X" supports X.
                    let light_object = d == "dobj" && cue == Cue::Intention && g.light.contains(p.lemma(h));
                    if !subject && !presupposed && !granted && !light_object {
                        return Some(cue);
                    }
                }
                if g.kids[h].iter().any(|&c| p.dep(c) == "neg" && !affirms(c)) {
                    return Some(Cue::Negation);
                }
                // "an attack on X was very likely", "the deal is not yet final".
                for &c in &g.kids[h] {
                    if matches!(p.dep(c), "acomp" | "attr" | "oprd") {
                        if let Some(cue @ (Cue::Hedge | Cue::Negation | Cue::Intention)) = cue_of(c) {
                            return Some(cue);
                        }
                    }
                }
                for &c in &g.kids[h] {
                    if matches!(p.dep(c), "aux" | "mark") {
                        if let Some(cue @ (Cue::Hedge | Cue::Condition)) = cue_of(c) {
                            return Some(cue);
                        }
                    }
                    // "a potential increase in X's deployments", "a possible deal on arms sales".
                    if p.dep(c) == "amod" && !g.is_verb(h) {
                        if let Some(cue @ Cue::Hedge) = cue_of(c) {
                            return Some(cue);
                        }
                    }
                }
            }
            if d == "ccomp" && cue_of(h).is_none() {
                break;
            }
            cur = h;
        }
        None
    }
}

/// Whether verb `t` has a reciprocal object ("accused each other", "blamed
/// one another"): its subjects act on one another.
pub fn reciprocal_object(p: &Parse, t: usize) -> bool {
    (0..p.len()).any(|o| {
        p.head(o) == Some(t)
            && p.dep(o) == "dobj"
            && matches!(p.lemma(o), "other" | "another")
            && (0..p.len()).any(|d| p.head(d) == Some(o) && matches!(p.lemma(d), "each" | "one"))
    })
}

/// A predicate's theme tokens: all of them, and those whose modifiers may name a participant.
struct Themes<'t> {
    all: &'t [usize],
    modified: &'t [usize],
}

/// The roles in order; the first that names actors gives them, with that role.
/// The main clause's subject token: the subject of the root nearest the verb
/// (a dateline the parse took for a subject comes first).
fn main_subject_token(p: &Parse) -> Option<usize> {
    let root = (0..p.len()).find(|&t| p.head(t).is_none())?;
    (0..p.len()).rfind(|&c| p.head(c) == Some(root) && matches!(p.dep(c), "nsubj" | "nsubjpass"))
}

/// Whether the heads above token `t` spell `words` from the last up ("ahead of
/// the summit": of, then ahead), "the" left out.
fn phrase_above(p: &Parse, t: usize, words: &[String]) -> bool {
    let mut x = t;
    words.iter().rev().filter(|w| *w != "the").all(|w| match p.head(x) {
        Some(h) if p.lemma(h) == w || p.word(h).eq_ignore_ascii_case(w) => {
            x = h;
            true
        }
        _ => false,
    })
}

fn first_with_actors<'r>(
    g: &Graph,
    t: usize,
    roles: &'r [Role],
    themes: &Themes,
    particles: &[String],
) -> (Vec<usize>, Option<&'r Role>) {
    for r in roles {
        let mut actors = Vec::new();
        for x in role_tokens(g, t, r, themes, particles) {
            for a in g.actors(x, matches!(r, Role::Mod | Role::Poss)) {
                if !actors.contains(&a) {
                    actors.push(a);
                }
            }
        }
        if !actors.is_empty() {
            return (actors, Some(r));
        }
    }
    (Vec::new(), None)
}

/// The tokens that fill role `r` of predicate `t`, actors or not.
fn role_tokens(g: &Graph, t: usize, r: &Role, themes: &Themes, particles: &[String]) -> Vec<usize> {
    match r {
        Role::Subj => g.subjects(t),
        // The object of a prepositional verb's preposition is its object ("stand with X", "side with X").
        Role::Obj => {
            let mut v = if g.sets.listed("help_verbs", g.p.lemma(t)) { g.helped(t) } else { g.objects(t) };
            if let Some(last) = particles.last() {
                v.extend(g.prep_objects(t, last));
            }
            // A noun reached through its verb's preposition names that verb's object: "added two
            // firms to its blacklist", "put ten officials on the sanctions list".
            if !g.is_verb(t) && g.p.dep(t) == "pobj" {
                if let Some(verb) = g.light_verb(t).filter(|&lv| g.p.head(t).and_then(|h| g.p.head(h)) == Some(lv)) {
                    v.extend(g.kids[verb].iter().copied().filter(|&c| g.p.dep(c) == "dobj"));
                }
            }
            v
        }
        Role::Iobj => g.kids[t].iter().copied().filter(|&c| g.p.dep(c) == "dative" && g.p.tag(c) != "IN").collect(),
        Role::Poss => {
            let mut v: Vec<usize> = g.kids[t].iter().copied().filter(|&c| g.p.dep(c) == "poss").collect();
            // A possessor is shared by the nouns coordinated after it: "Myanmar's main ally and arms
            // supplier".
            if v.is_empty() && !g.is_verb(t) && g.p.dep(t) == "conj" {
                if let Some(h) = g.p.head(t).filter(|&h| h < t && g.p.tag(h).starts_with("NN")) {
                    v.extend(g.kids[h].iter().copied().filter(|&c| g.p.dep(c) == "poss"));
                }
            }
            // Not a setting's: "backed rival factions in Libya's civil war" backs no Libya.
            let setting = |x: usize| g.p.dep(x) == "pobj" && g.p.head(x).is_some_and(|h| g.p.lemma(h) == "in");
            for &th in themes.all.iter().filter(|&&th| !setting(th)) {
                v.extend(g.kids[th].iter().copied().filter(|&c| g.p.dep(c) == "poss"));
            }
            // "the troops of Russia" are Russia's, in a frame that has a theme (not "the meeting of the SCO").
            for &th in themes.modified {
                v.extend(g.prep_objects(th, "of"));
            }
            v
        }
        Role::Mod => {
            let mut v: Vec<usize> = Vec::new();
            let modifiers = |x: usize| -> Vec<usize> {
                g.kids[x]
                    .iter()
                    .copied()
                    .filter(|&c| matches!(g.p.dep(c), "compound" | "amod" | "nmod" | "npadvmod"))
                    .collect()
            };
            for &x in std::iter::once(&t).chain(themes.modified) {
                for c in modifiers(x) {
                    v.push(c);
                    // "EU-mediated talks", "Saudi-led coalition": the actor fused to a participle.
                    // "American Apache helicopters": the maker on a model's name.
                    if matches!(g.p.tag(c), "VBN" | "VBD")
                        || x != t && g.p.dep(c) == "compound" && g.p.tag(c) == "NNP" && g.actors_at[c].is_empty()
                    {
                        v.extend(modifiers(c));
                    }
                }
            }
            // "Tanks donated by Poland arrived in Ukraine": the agent of a giving participle on the
            // theme (not a maker's: "drones made by Iran were fired at Kyiv").
            let giving = |c: usize| {
                [RelationType::ArmsSupply, RelationType::EnergySupply, RelationType::TroopDeployment]
                    .into_iter()
                    .any(|r| g.sets.has_predicate(g.p.lemma(c), true, r))
            };
            // (Only for what arrives or travels: "drones supplied by Iran were fired" fired by someone.)
            let travels = g.is_verb(t) && g.sets.listed("tours", g.p.lemma(t));
            for &x in themes.modified.iter().filter(|&&x| travels && x != t) {
                // ("The tanks, which were supplied by Germany, arrived": a passive relative clause too.)
                let participle =
                    |c: usize| g.p.dep(c) == "acl" && g.p.tag(c) == "VBN" || g.p.dep(c) == "relcl" && g.passive(c);
                for c in g.kids[x].iter().copied().filter(|&c| participle(c) && giving(c)) {
                    v.extend(g.by_agent(c));
                }
            }
            v
        }
        Role::Pair => Vec::new(),
        Role::Holder => g.holders(t),
        Role::Appos => g.described(t),
        Role::Via(first, prep) => {
            let mut v: Vec<usize> = role_tokens(g, t, first, themes, particles)
                .into_iter()
                .filter(|&x| g.sets.in_class(g, x, "flows"))
                .flat_map(|x| g.prep_objects(x, prep))
                .collect();
            // What a flow "of" carries names its origin: "banned imports of Japanese seafood".
            if prep == "of" {
                let origins: Vec<usize> = v
                    .iter()
                    .flat_map(|&x| g.kids[x].iter().copied())
                    .filter(|&c| matches!(g.p.dep(c), "compound" | "amod" | "nmod"))
                    .collect();
                v.extend(origins);
            }
            v
        }
        Role::Aided => {
            let host = if g.is_verb(t) { Some(t) } else { g.light_verb(t) };
            let helping = |c: usize| {
                matches!(g.p.dep(c), "advcl" | "xcomp")
                    && g.is_verb(c)
                    && g.sets.listed("aiding_verbs", g.p.lemma(c))
                    && g.kids[c].iter().any(|&a| g.p.tag(a) == "TO")
            };
            host.into_iter()
                .flat_map(|h| g.kids[h].iter().copied())
                .filter(|&c| helping(c))
                .flat_map(|c| g.helped(c))
                .collect()
        }
        Role::Clause(word) => {
            let host = if g.is_verb(t) { Some(t) } else { g.light_verb(t) };
            host.into_iter()
                .flat_map(|h| g.kids[h].iter().copied())
                .filter(|&c| {
                    g.p.dep(c) == "advcl"
                        && g.kids[c].iter().any(|&m| matches!(g.p.dep(m), "mark" | "advmod") && g.p.lemma(m) == word)
                })
                .flat_map(|c| g.kids[c].iter().copied().filter(|&x| g.p.dep(x) == "nsubj"))
                .collect()
        }
        Role::Prep(p) => {
            let mut v = g.prep_objects(t, p);
            // What comes "from" an attack is no origin: "to protect its oil exports from Iraqi air
            // attacks" (class harms).
            if p == "from" {
                v.retain(|&o| !g.sets.in_class(g, o, "harms"));
            }
            if !v.is_empty() {
                return v;
            }
            // The parser often hangs the phrase on the verb's object: "sold jets [to Ukraine]", or on
            // the noun's own theme: "an order for Rafale jets [with France]".
            let verb = g.is_verb(t);
            let object = |x: usize| {
                g.p.head(x).is_some_and(|h| {
                    verb && (h == t || g.p.head(h) == Some(t) && particles.iter().any(|w| w == g.p.lemma(h)))
                        || !verb && g.p.dep(x) == "pobj" && g.p.head(h) == Some(t)
                })
            };
            themes.modified.iter().filter(|&&x| object(x)).flat_map(|&x| g.prep_objects(x, p)).collect()
        }
    }
}

/// A parse with child lists and the mentions on its tokens.
struct Graph<'p, 'a> {
    p: &'p Parse<'a>,
    kids: Vec<Vec<usize>>,
    actors_at: &'p [Vec<usize>],
    /// Reporting verbs ("say", "state"): their subject is who "we" and "our" are.
    report: &'p HashSet<String>,
    /// Light verbs ("hold", "sign"): a noun predicate that is their object takes their subject.
    light: &'p HashSet<String>,
    /// Nouns for people or bodies that stand for the actors after their "of" ("the leaders of X and Y").
    collective: FxHashSet<&'p str>,
    sets: &'p FrameSet,
    /// The document's date, when known.
    today: Option<Date>,
}

impl<'p, 'a> Graph<'p, 'a> {
    fn new(p: &'p Parse<'a>, actors_at: &'p [Vec<usize>], sets: &'p FrameSet) -> Graph<'p, 'a> {
        let (report, light) = (&sets.report, &sets.light);
        let collective = sets
            .classes
            .get("collective")
            .map(|c| c.iter().filter_map(|e| e.last()).map(String::as_str).collect())
            .unwrap_or_default();
        let mut kids = vec![Vec::new(); p.len()];
        for i in 0..p.len() {
            if let Some(h) = p.head(i) {
                kids[h].push(i);
            }
        }
        Graph { p, kids, actors_at, report, light, collective, sets, today: None }
    }

    fn is_verb(&self, t: usize) -> bool {
        self.p.tag(t).starts_with("VB")
    }

    /// Whether the words after the first of `entry` hang off `t` in order
    /// (particles, prepositions, objects: "hand over", "take delivery").
    fn entry_matches(&self, t: usize, entry: &Entry, verb: bool) -> bool {
        if entry.len() == 1 {
            return true;
        }
        if !verb {
            // A compound noun predicate: the modifiers before the head ("arms supplier"), or an
            // adjective said of it ("our partnership is strategic").
            let said = self.p.head(t).filter(|&h| self.p.dep(t) == "nsubj" && self.p.lemma(h) == "be");
            let mods: Vec<&str> = self.kids[t]
                .iter()
                .filter(|&&c| c < t)
                .chain(said.iter().flat_map(|&h| self.kids[h].iter().filter(|&&c| self.p.dep(c) == "acomp")))
                .map(|&c| self.p.lemma(c))
                .collect();
            return entry[..entry.len() - 1].iter().all(|w| mods.contains(&w.as_str()));
        }
        let mut at = t;
        let mut matched = Vec::new();
        for w in &entry[1..] {
            match self.kids[at].iter().copied().find(|&c| self.p.lemma(c) == w) {
                Some(c) => at = c,
                None => match self.kids[t].iter().copied().find(|&c| self.p.lemma(c) == w) {
                    Some(c) => at = c,
                    None => return false,
                },
            }
            matched.push(at);
        }
        // A prepositional verb takes its object after the preposition: in "called the attacks on
        // two platforms an escalation" the verb has its own object, and "on" is no "call on".
        let own_object =
            |prep: usize| self.kids[t].iter().any(|&c| self.p.dep(c) == "dobj" && c < prep && !matched.contains(&c));
        !matched.iter().any(|&c| self.p.head(c) == Some(t) && self.p.dep(c) == "prep" && own_object(c))
    }

    /// The mentions anywhere in the subtree of `t` ("the condemnation of Russia" has one).
    fn actors_below(&self, t: usize) -> Vec<usize> {
        let mut out = Vec::new();
        let mut todo = vec![t];
        while let Some(y) = todo.pop() {
            out.extend(self.actors_at[y].iter().copied());
            todo.extend(self.kids[y].iter().copied());
        }
        out
    }

    /// The one actor (by mention) that the clause above predicate `t`'s own
    /// clause names as subject or object, other than `sources`: "Myanmar" in
    /// "fuel entered Myanmar after the EU imposed sanctions". Only across an
    /// adverbial clause or a conjunct, and none when it names several.
    fn clause_party(&self, t: usize, sources: &[usize]) -> Vec<usize> {
        let p = self.p;
        let mut v = t;
        while !self.is_verb(v) {
            match p.head(v) {
                Some(h) => v = h,
                None => return Vec::new(),
            }
        }
        let Some(h) = p.head(v).filter(|_| matches!(p.dep(v), "advcl" | "conj")) else { return Vec::new() };
        let mut found: Vec<usize> = Vec::new();
        for &c in self.kids[h].iter().filter(|&&c| c != v) {
            let arg = matches!(p.dep(c), "nsubj" | "nsubjpass" | "dobj" | "attr")
                || p.dep(c) == "prep" && self.kids[c].iter().any(|&o| p.dep(o) == "pobj");
            if arg {
                found.extend(self.actors_below(c).into_iter().filter(|a| !sources.contains(a)));
            }
        }
        found.sort_unstable();
        found.dedup();
        if found.len() == 1 {
            found
        } else {
            Vec::new()
        }
    }

    /// Whether name word `t` is part of a longer name that is no actor: "the
    /// General Agreement on Tariffs and Trade" names a body, no agreement.
    /// ("U.S. Attacks", a wire's capitals after a name, are attacks.)
    fn in_unknown_name(&self, t: usize) -> bool {
        let p = self.p;
        let name = |x: usize| p.tag(x) == "NNP" && self.actors_at[x].is_empty();
        p.tag(t).starts_with("NNP")
            && (self.kids[t].iter().any(|&c| matches!(p.dep(c), "compound" | "amod") && name(c))
                || p.dep(t) == "compound" && p.head(t).is_some_and(name))
    }

    /// A definite noun with nothing that says what kind it is or whose: "the
    /// agreement", "the exercises" (not "the trade agreement", "the exercises
    /// off Japan's coast").
    fn bare_definite(&self, t: usize) -> bool {
        self.definite(t)
            && self.p.tag(t).starts_with("NN")
            && self.kids[t].iter().all(|&c| matches!(self.p.dep(c), "det" | "punct"))
            && self.actors_at[t].is_empty()
            // "the sources said": who reports speaks, it is no event.
            && !(self.p.dep(t) == "nsubj" && self.p.head(t).is_some_and(|h| self.report.contains(self.p.lemma(h))))
    }

    /// A noun with a definite determiner ("the talks", "this deal").
    fn definite(&self, t: usize) -> bool {
        self.kids[t]
            .iter()
            .any(|&c| self.p.dep(c) == "det" && matches!(self.p.lemma(c), "the" | "this" | "that" | "these" | "those"))
    }

    fn passive(&self, t: usize) -> bool {
        // (An "agent" that heads a gerund is a means, not a doer: "has responded by expelling".)
        self.kids[t].iter().any(|&c| {
            matches!(self.p.dep(c), "nsubjpass" | "auxpass")
                || self.p.dep(c) == "agent" && !self.kids[c].iter().any(|&g| self.p.dep(g) == "pcomp")
        })
    }

    /// The light verb a noun predicate is the object of ("held talks": held).
    fn light_verb(&self, t: usize) -> Option<usize> {
        // "the sanctions (that) the EU imposed on Iran": a light verb's relative clause on the noun.
        let clause = self.kids[t].iter().copied().find(|&c| {
            self.p.dep(c) == "relcl" && !self.passive(c) && self.transmits_subject(c) && self.objects(c) == [t]
        });
        if clause.is_some() {
            return clause;
        }
        let h = self.p.head(t)?;
        // "following talks" read as a participle.
        if self.p.lemma(h) == "follow" && self.p.tag(h) == "VBG" && self.p.dep(t) == "pobj" {
            return self.after_meeting(t, self.p.head(h)?);
        }
        // "Macron announced the delivery of the jets": one who announces an act of their own
        // (class announcing_verbs) is its doer.
        if self.is_verb(h) && self.p.dep(t) == "dobj" && self.sets.listed("announcing_verbs", self.p.lemma(h)) {
            return Some(h);
        }
        // "wrapped up three days of joint drills": a span of time or a round stands for the event.
        if self.p.dep(t) == "pobj" && self.p.lemma(h) == "of" {
            let span = self.p.head(h).filter(|&n| {
                self.p.dep(n) == "dobj"
                    && (self.sets.listed("event_spans", self.p.lemma(n)) || self.sets.in_class(self, n, "measures"))
            });
            if let Some(v) = span.and_then(|n| self.p.head(n)).filter(|&v| self.is_verb(v) && self.transmits_subject(v))
            {
                return Some(v);
            }
        }
        if !self.is_verb(h) || !self.transmits_subject(h) {
            // "signed a deal on defence": the noun may hang off a preposition of the verb.
            return self.light_verb_through_prep(t, h);
        }
        if matches!(self.p.dep(t), "dobj" | "attr" | "nsubjpass" | "oprd" | "acomp") {
            return Some(h);
        }
        None
    }

    /// Whether a verb gives its subject to the noun predicate it governs: a
    /// light verb ("held talks") or any verb that is no predicate or cue of its
    /// own ("hosted talks"); not "backed Moscow's offensive".
    fn transmits_subject(&self, v: usize) -> bool {
        let l = self.p.lemma(v);
        if ["cause_verbs", "undergo_verbs", "enabling_verbs"].into_iter().any(|class| self.verb_in(v, class)) {
            return false;
        }
        self.light.contains(l)
            || !self.sets.by_verb.contains_key(l) && !self.sets.cues.contains_key(l) && !self.report.contains(l)
    }

    /// "X said after talks with Y", "X and Y agreed to a truce following US-mediated talks": those
    /// who act (`v`) after a meeting (`t`) took part in it; not so after a war or an invasion.
    fn after_meeting(&self, t: usize, v: usize) -> Option<usize> {
        if !self.sets.has_predicate(self.p.lemma(t), false, RelationType::DiplomaticMeeting) {
            None
        } else if self.is_verb(v) {
            Some(v)
        } else {
            // "agreed to a ceasefire following talks": the talks led to what the subject agreed.
            let w = self.p.head(v).filter(|_| matches!(self.p.dep(v), "pobj" | "dobj"))?;
            let w = if self.is_verb(w) { w } else { self.p.head(w)? };
            self.is_verb(w).then_some(w)
        }
    }

    fn light_verb_through_prep(&self, t: usize, h: usize) -> Option<usize> {
        if self.p.dep(t) != "pobj" {
            return None;
        }
        let v = self.p.head(h)?;
        let prep = self.p.lemma(h);
        // "agreed on a pact", "entered into an alliance".
        if self.is_verb(v) && self.transmits_subject(v) && matches!(prep, "on" | "to" | "into" | "in") {
            return Some(v);
        }
        // The setting: "at the summit, X and Y signed ...", "under the treaty, X and Y ...": those
        // who act at it or under it took part in it.
        // But one who is, comes or remains "under sanctions", "under attack" undergoes it.
        if self.is_verb(v) && matches!(prep, "at" | "during" | "under") && self.undergoing_verb(t).is_none() {
            return Some(v);
        }
        if matches!(prep, "after" | "following" | "follow") {
            return self.after_meeting(t, v);
        }
        // "recalled its envoy in protest at X's move": whoever acts takes the stance.
        // (The parser may hang the phrase on the verb's object: "suspended the treaty in protest".)
        if prep == "in" && self.sets.listed("manner_stances", self.p.lemma(t)) {
            let v = if self.p.dep(v) == "dobj" { self.p.head(v)? } else { v };
            return self.is_verb(v).then_some(v);
        }
        // "flew to Riyadh for talks with X": a journey's purpose is the traveller's meeting.
        if prep == "for"
            && self.is_verb(v)
            && self.sets.listed("tours", self.p.lemma(v))
            && self.sets.is_gathering(self.p.lemma(t))
        {
            return Some(v);
        }
        // "X is among Ukraine's strongest backers", "X is one of Russia's closest allies": one
        // of the group the noun names.
        if prep == "among" && self.is_verb(v) && matches!(self.p.lemma(v), "be" | "remain" | "become") {
            return Some(v);
        }
        if prep == "of" && self.p.lemma(v) == "one" {
            return self.light_verb(v);
        }
        // "cooperation under a defence treaty": the parties of what the treaty governs.
        if self.p.tag(v).starts_with("NN") && prep == "under" {
            return self.light_verb(v);
        }
        // "broadened the scope of their partnership", "opened a new chapter in their ties"; not
        // for a noun that names its own pair ("awaits the outcome of talks between X and Y").
        let own_pair =
            self.kids[t].iter().any(|&c| self.p.dep(c) == "prep" && matches!(self.p.lemma(c), "between" | "among"));
        if self.p.tag(v).starts_with("NN") && matches!(prep, "of" | "in") && self.p.dep(v) == "dobj" && !own_pair {
            let w = self.p.head(v)?;
            if self.is_verb(w) && self.transmits_subject(w) {
                return Some(w);
            }
        }
        None
    }

    /// For a noun predicate describing an actor in apposition or as a title ("visited Russia,
    /// another key ally", "a visit to ally China"), who the clause says the described actor is
    /// that to: the subject of the verb, or the possessor of the event noun, that governs it.
    fn holders(&self, t: usize) -> Vec<usize> {
        let p = self.p;
        let mut cur = t;
        while p.dep(cur) == "conj" && p.head(cur).is_some_and(|h| p.tag(h).starts_with("NN")) {
            cur = p.head(cur).unwrap_or(cur);
        }
        let Some(h) = self.apposed(cur).or(p.head(cur)) else { return Vec::new() };
        let describes = p.dep(cur) == "appos" || matches!(p.dep(cur), "compound" | "nmod") && p.tag(h) == "NNP";
        if !describes || self.actors_at[h].is_empty() {
            return Vec::new();
        }
        let Some(g) = p.head(h) else { return Vec::new() };
        match p.dep(h) {
            "dobj" if self.is_verb(g) => self.subjects(g),
            "pobj" => match p.head(g) {
                Some(v) if self.is_verb(v) => self.subjects(v),
                Some(n) if p.tag(n).starts_with("NN") => {
                    let owners: Vec<usize> = self.kids[n].iter().copied().filter(|&c| p.dep(c) == "poss").collect();
                    if owners.is_empty() {
                        self.subjects(n)
                    } else {
                        owners
                    }
                }
                _ => Vec::new(),
            },
            _ => Vec::new(),
        }
    }

    /// The words noun `t` describes: its apposition ("Iran's allies, Hezbollah and the Houthis",
    /// also when the parse takes the apposition after the comma for a conjunct of a plural), the
    /// name it is the title of ("Iran's ally Hezbollah"), or the name the parse made a second
    /// subject beside it ("Iran's ally Hezbollah stayed" read as two subjects).
    fn described(&self, t: usize) -> Vec<usize> {
        let p = self.p;
        let mut out: Vec<usize> = self.kids[t].iter().copied().filter(|&c| p.dep(c) == "appos").collect();
        if out.is_empty() && p.tag(t) == "NNS" && t + 1 < p.len() && p.word(t + 1) == "," {
            out.extend(self.kids[t].iter().copied().find(|&c| p.dep(c) == "conj"));
        }
        if let Some(h) = p.head(t) {
            if matches!(p.dep(t), "compound" | "nmod") && p.tag(h) == "NNP" {
                out.push(h);
            }
            let next = t + 1;
            if next < p.len() && p.tag(next) == "NNP" && p.head(next) == Some(h) && p.dep(next) == p.dep(t) {
                out.push(next);
            }
            // The name right after, read as a second subject ("the US and its treaty ally South Korea
            // began ...": "ally" a conjunct of the first, "Korea" the verb's own subject).
            if next < p.len() && p.tag(next) == "NNP" && p.dep(t) == "conj" {
                let mut n = next;
                while p.dep(n) == "compound" && p.head(n) == Some(n + 1) && p.tag(n + 1) == "NNP" {
                    n += 1;
                }
                if p.dep(n) == p.dep(h) && p.head(n) == p.head(h) && p.dep(h).starts_with("nsubj") {
                    out.push(n);
                }
            }
            // "defend its treaty ally, the Philippines" read as a second object after the comma, of
            // the verb or of the noun itself.
            if next < p.len() && p.word(next) == "," {
                let after = |c: usize| c > next && p.tag(c).starts_with("NNP");
                out.extend(self.kids[h].iter().copied().filter(|&c| after(c) && p.dep(c) == p.dep(t)).take(1));
                out.extend(
                    self.kids[t]
                        .iter()
                        .copied()
                        .filter(|&c| after(c) && matches!(p.dep(c), "dobj" | "npadvmod" | "dep"))
                        .take(1),
                );
            }
        }
        out
    }

    /// For a noun `t` in "X is / remains / comes under `t`", the verb whose subject undergoes it.
    fn undergoing_verb(&self, t: usize) -> Option<usize> {
        let p = self.p;
        // "Iran faces new sanctions".
        if let Some(v) = p.head(t).filter(|&v| p.dep(t) == "dobj" && self.verb_in(v, "undergo_verbs")) {
            return Some(v);
        }
        let h = p.head(t).filter(|&h| p.dep(t) == "pobj" && p.lemma(h) == "under")?;
        let v = p.head(h)?;
        (self.is_verb(v) && matches!(p.lemma(v), "be" | "come" | "remain" | "stay" | "fall" | "live")).then_some(v)
    }

    /// Whether verb `v`'s lemma is in the word class `class`.
    fn verb_in(&self, v: usize, class: &str) -> bool {
        self.is_verb(v) && self.sets.in_class(self, v, class)
    }

    /// Who does what the predicate says.
    fn subjects(&self, t: usize) -> Vec<usize> {
        let p = self.p;
        if !self.is_verb(t) {
            return match self.light_verb(t) {
                Some(v) if self.p.dep(t) != "nsubjpass" => self.subjects(v),
                Some(v) => self.by_agent(v),
                None => {
                    // "the agreement signed by Japan and the Philippines": the agent of its participle
                    // (not of one that judges or reports it: "the attack, blamed by Kuwait on Iran").
                    let stance = |c: usize| {
                        [RelationType::Condemnation, RelationType::PoliticalSupport]
                            .into_iter()
                            .any(|r| self.sets.has_predicate(p.lemma(c), true, r))
                            || self.sets.is_report_verb(p.lemma(c))
                    };
                    let agents: Vec<usize> = self.kids[t]
                        .iter()
                        .filter(|&&c| p.dep(c) == "acl" && p.tag(c) == "VBN" && !stance(c))
                        .flat_map(|&c| self.by_agent(c))
                        .collect();
                    if !agents.is_empty() {
                        return agents;
                    }
                    // "signed a strategic partnership treaty": a compound takes the subject its head
                    // noun, itself a predicate ("treaty", "deal"), has from a light verb.
                    if p.dep(t) == "compound" {
                        if let Some(h) = p.head(t).filter(|&h| {
                            h > t
                                && p.tag(h).starts_with("NN")
                                && p.dep(h) == "dobj"
                                && self.sets.is_predicate_noun(p.lemma(h))
                                && self.light_verb(h).is_some()
                        }) {
                            let via_head = self.subjects(h);
                            if !via_head.is_empty() {
                                return via_head;
                            }
                        }
                    }
                    // "China, Myanmar's main ally and arms supplier, ...": the noun in apposition;
                    // not for a noun whose possessor is an actor and no relational noun ("Soviet
                    // troops in Afghanistan, Moscow's support for Vietnam" is Moscow's support).
                    let owned = self.kids[t].iter().any(|&c| p.dep(c) == "poss" && !self.actors_at[c].is_empty());
                    if owned && !self.sets.in_class(self, t, "relational") {
                        return Vec::new();
                    }
                    let mut cur = t;
                    while p.dep(cur) == "conj" && p.head(cur).is_some_and(|h| p.tag(h).starts_with("NN")) {
                        cur = p.head(cur).unwrap_or(cur);
                    }
                    self.apposed(cur).map(|h| self.list_head(h)).into_iter().collect()
                }
            };
        }
        if self.passive(t) {
            return self.by_agent(t);
        }
        let own: Vec<usize> =
            self.kids[t].iter().copied().filter(|&c| matches!(p.dep(c), "nsubj" | "csubj" | "expl")).collect();
        if !own.is_empty() {
            return own.into_iter().map(|s| self.relative_antecedent(s)).collect();
        }
        let Some(h) = p.head(t) else { return Vec::new() };
        match p.dep(t) {
            // "urged Russia to stop", "deployed troops to fight": the governing verb's object,
            // when it names an actor; otherwise ("agreed to supply", "met X and signed") its subject.
            // A visit's purpose is the visitor's ("visited Australia and Brazil to talk").
            "xcomp" if self.is_verb(h) && self.sets.listed("tours", p.lemma(h)) => self.subjects(h),
            "xcomp" if self.is_verb(h) && !self.sets.listed("object_control", p.lemma(h)) => self.subjects(h),
            "xcomp" if self.is_verb(h) => {
                let objects: Vec<usize> = self.kids[h].iter().copied().filter(|&c| p.dep(c) == "dobj").collect();
                // ("deployed troops to support the M23": one's own troops do what they are sent for.)
                let own_forces = |o: usize| self.actors(o, false).is_empty() && self.sets.in_class(self, o, "troops");
                if objects.iter().any(|&o| !self.actors(o, false).is_empty()) {
                    objects
                } else if objects.is_empty() || objects.iter().all(|&o| own_forces(o)) {
                    self.subjects(h)
                } else {
                    Vec::new()
                }
            }
            "conj" if self.is_verb(h) => self.subjects(h),
            // "forces backed by Iran": the agent; "Russia, supplying arms, ...": the noun modified.
            // "issued a statement condemning X": who issued it.
            "acl" if p.tag(t) == "VBG" && self.actors(h, false).is_empty() && p.dep(h) == "dobj" => {
                p.head(h).map(|v| self.subjects(v)).unwrap_or_default()
            }
            "acl" | "relcl" if p.tag(t) == "VBG" => vec![h],
            // "announced plans to enhance trade", "China's decision to sell jets": an infinitive on a
            // noun belongs to the noun's possessor, or to whoever has the noun as object.
            "acl" if p.tag(t) == "VB" && self.kids[t].iter().any(|&c| p.tag(c) == "TO") => {
                let poss: Vec<usize> = self.kids[h].iter().copied().filter(|&c| p.dep(c) == "poss").collect();
                match p.head(h) {
                    _ if !poss.is_empty() => poss,
                    Some(v) if p.dep(h) == "dobj" && self.is_verb(v) => self.subjects(v),
                    _ => Vec::new(),
                }
            }
            "advcl" if p.tag(t) == "VBG" && self.is_verb(h) => self.subjects(h),
            // "criticised France for arming Armenia", "Iran was sanctioned for selling drones": the
            // reason one is judged, thanked or punished for is that one's act; with no one judged,
            // the doer's own ("is known for selling arms").
            "pcomp" if p.tag(t) == "VBG" && p.lemma(h) == "for" => {
                let Some(v) = p.head(h).filter(|&v| self.is_verb(v)) else { return Vec::new() };
                let judged = self.judged(v);
                if judged.is_empty() {
                    self.subjects(v)
                } else {
                    judged
                }
            }
            // "by sanctioning X", "after sanctioning X": the doer of the verb the phrase is on; "joined
            // the US in sanctioning X": and whom it joined (class joining_verbs).
            "pcomp"
                if p.tag(t) == "VBG" && matches!(p.lemma(h), "in" | "by" | "after" | "before" | "while" | "since") =>
            {
                let Some(v) = p.head(h).filter(|&v| self.is_verb(v)) else { return Vec::new() };
                let mut out = self.subjects(v);
                if p.lemma(h) == "in" && self.sets.listed("joining_verbs", p.lemma(v)) {
                    out.extend(self.kids[v].iter().copied().filter(|&o| p.dep(o) == "dobj"));
                }
                out
            }
            // The terms of a commitment: "signed a deal to buy Russian jets" is the signer's buying
            // (the parse may hang the infinitive on the verb rather than on "deal").
            "advcl"
                if p.tag(t) == "VB"
                    && self.is_verb(h)
                    && self.kids[t].iter().any(|&c| p.tag(c) == "TO")
                    && self.kids[h]
                        .iter()
                        .any(|&o| p.dep(o) == "dobj" && self.sets.listed("commitments", p.lemma(o))) =>
            {
                self.subjects(h)
            }
            _ => Vec::new(),
        }
    }

    fn by_agent(&self, t: usize) -> Vec<usize> {
        let own = |v: usize| {
            let mut out = Vec::new();
            for &c in &self.kids[v] {
                if self.p.dep(c) == "agent" || self.p.dep(c) == "prep" && self.p.lemma(c) == "by" {
                    out.extend(self.kids[c].iter().copied().filter(|&o| self.p.dep(o) == "pobj"));
                }
            }
            out
        };
        let out = own(t);
        if !out.is_empty() || self.p.tag(t) != "VBN" {
            return out;
        }
        // Participles joined by "and" share their agent: "equipped and trained by Washington".
        let joined = self.kids[t].iter().copied().filter(|&c| self.p.dep(c) == "conj" && self.p.tag(c) == "VBN");
        let head = self.p.head(t).filter(|&h| self.p.dep(t) == "conj" && self.p.tag(h) == "VBN");
        joined.chain(head).flat_map(own).collect()
    }

    /// What the predicate acts on.
    fn objects(&self, t: usize) -> Vec<usize> {
        let p = self.p;
        let mut out: Vec<usize> = self.kids[t]
            .iter()
            .copied()
            .filter(|&c| matches!(p.dep(c), "dobj" | "nsubjpass" | "attr" | "oprd"))
            .map(|c| self.relative_antecedent(c))
            .collect();
        // "denounced what it called Ukrainian aggression", "pounded what the military said were
        // Hezbollah depots": the free relative's naming or saying names the object.
        if out.is_empty() && self.is_verb(t) {
            let noun = |o: usize| p.tag(o) != "WP" && p.tag(o).starts_with("NN");
            for &c in self.kids[t].iter().filter(|&&c| p.dep(c) == "ccomp" && self.is_verb(c)) {
                if !self.kids[c].iter().any(|&w| p.tag(w) == "WP" && p.lemma(w) == "what" && p.dep(w) == "dobj") {
                    continue;
                }
                if self.verb_in(c, "naming_verbs") {
                    out.extend(
                        self.kids[c]
                            .iter()
                            .copied()
                            .filter(|&o| matches!(p.dep(o), "dobj" | "oprd" | "xcomp") && noun(o)),
                    );
                } else if self.report.contains(p.lemma(c)) {
                    for &e in self.kids[c].iter().filter(|&&e| p.dep(e) == "ccomp" && p.lemma(e) == "be") {
                        out.extend(self.kids[e].iter().copied().filter(|&o| p.dep(o) == "attr" && noun(o)));
                    }
                }
            }
        }
        if out.is_empty() && !self.is_verb(t) {
            // "Ukraine, which is under attack from Russia", "North Korea remains under UN sanctions":
            // one who is under the act undergoes it.
            if let Some(v) = self.undergoing_verb(t) {
                return self.subjects(v);
            }
        }
        if out.is_empty() {
            if let Some(h) = p.head(t) {
                // "drones supplied to Russia": the noun a passive participle modifies.
                // (A title's participle is the name's: "the Iran-backed Lebanese group Hezbollah".)
                if matches!(p.dep(t), "acl" | "amod") && p.tag(t) == "VBN" {
                    let named = p.head(h).filter(|&n| p.dep(h) == "compound" && p.tag(n) == "NNP");
                    out.push(named.unwrap_or(h));
                }
                // "Iran-backed Houthis", "Houthis backed by Iran" read the same.
                if p.dep(t) == "relcl" && self.passive(t) {
                    out.push(h);
                }
                // "the missiles (that) Iran sent to Russia": a clause on a noun with a subject of its
                // own and no object has the noun as its object.
                if matches!(p.dep(t), "relcl" | "acl")
                    && matches!(p.tag(t), "VBD" | "VBZ" | "VBP")
                    && self.kids[t].iter().any(|&c| p.dep(c) == "nsubj" && !matches!(p.tag(c), "WDT" | "WP"))
                {
                    out.push(h);
                }
            }
        }
        out
    }

    /// "which", "who", "that" heading a relative clause stand for the noun it modifies.
    fn relative_antecedent(&self, s: usize) -> usize {
        if matches!(self.p.tag(s), "WDT" | "WP") || self.p.lemma(s) == "that" && self.p.tag(s) != "DT" {
            let mut cur = s;
            for _ in 0..3 {
                let Some(h) = self.p.head(cur) else { break };
                if self.p.dep(cur) == "relcl" {
                    return h;
                }
                cur = h;
            }
        }
        s
    }

    /// Objects of preposition `prep` attached to `t`, to its light verb (for a
    /// noun) or to its direct object (for a verb: "sold rifles to Sudan").
    fn prep_objects(&self, t: usize, prep: &str) -> Vec<usize> {
        let p = self.p;
        let mut hosts = vec![t];
        if self.is_verb(t) {
            // "spoke by phone with Macron": the means of talking passes its "with" on.
            for &a in
                self.kids[t].iter().filter(|&&a| p.dep(a) == "prep" && matches!(p.lemma(a), "by" | "via" | "over"))
            {
                hosts.extend(
                    self.kids[a]
                        .iter()
                        .copied()
                        .filter(|&o| p.dep(o) == "pobj" && self.sets.in_class(self, o, "talk_media")),
                );
            }
            // "supplied $500 million in military aid to Ukraine": what an amount measures.
            // A pair on the object is the object's ("discussed tensions between Greece and Turkey").
            let pair = matches!(prep, "between" | "among" | "amongst");
            for o in self.kids[t].iter().copied().filter(|&c| matches!(p.dep(c), "dobj" | "nsubjpass")) {
                if !pair || self.is_measure(o) {
                    hosts.extend(self.with_measured(o));
                }
            }
        } else if let Some(v) = self.light_verb(t) {
            hosts.push(v);
        } else if matches!(prep, "between" | "among" | "amongst") && p.dep(t) == "nsubj" {
            // "Clashes erupted between X and Y": a verb of taking place lends its event its pair.
            hosts.extend(p.head(t).filter(|&h| self.is_verb(h) && self.sets.occurrence_verbs.contains(p.lemma(h))));
        }
        // "a primary ally and arms supplier to Myanmar": coordinated nouns share a preposition.
        if !self.is_verb(t) && p.dep(t) == "conj" && !self.kids[t].iter().any(|&c| p.lemma(c) == prep) {
            hosts.extend(p.head(t).filter(|&h| p.tag(h).starts_with("NN")));
        }
        let mut out = Vec::new();
        for h in hosts {
            // "arrived in Moscow for talks": where one arrives is where one went to.
            let arrival = prep == "to" && h != t && self.sets.listed("arrival_verbs", p.lemma(h));
            for &c in &self.kids[h] {
                if matches!(p.dep(c), "prep" | "dative" | "agent")
                    && (p.lemma(c) == prep || arrival && p.lemma(c) == "in")
                {
                    // Not an absolute clause ("with South Korea assessing that ...").
                    let clause = |o: usize| {
                        self.kids[o]
                            .iter()
                            .any(|&k| matches!(p.dep(k), "acl" | "advcl") && matches!(p.tag(k), "VBG" | "VBN"))
                    };
                    out.extend(
                        self.kids[c].iter().copied().filter(|&o| matches!(p.dep(o), "pobj" | "pcomp") && !clause(o)),
                    );
                }
            }
        }
        out
    }

    /// Whether noun `o` is an amount or batch ("$500 million", "a package", "2 million tonnes").
    fn is_measure(&self, o: usize) -> bool {
        let p = self.p;
        p.tag(o) == "CD"
            || self.sets.in_class(self, o, "measures")
            || self.kids[o].iter().any(|&c| matches!(p.dep(c), "nummod" | "quantmod") && p.tag(c) == "CD")
    }

    /// Token `o` and, when it is an amount, what it measures ("the first batch [of tanks]").
    fn with_measured(&self, o: usize) -> Vec<usize> {
        let mut out = vec![o];
        if self.is_measure(o) {
            out.extend(self.measured(o));
        }
        out
    }

    /// What amount `o` measures: the objects of its "of" and "in".
    fn measured(&self, o: usize) -> Vec<usize> {
        let p = self.p;
        let objects = |x: usize, preps: &'static [&'static str]| {
            self.kids[x]
                .iter()
                .filter(move |&&c| p.dep(c) == "prep" && preps.contains(&p.lemma(c)))
                .flat_map(|&c| self.kids[c].iter().copied().filter(|&x| p.dep(x) == "pobj"))
        };
        // (A rate: "2.4 million barrels per day of Iranian oil".)
        let per = objects(o, &["per"]).flat_map(|d| objects(d, &["of", "in"]));
        objects(o, &["of", "in"]).chain(per).collect()
    }

    /// `t` with the words coordinated with it ("X, Y and Z").
    fn conjuncts(&self, t: usize) -> Vec<usize> {
        let mut out = vec![t];
        let mut i = 0;
        while i < out.len() && out.len() < 64 {
            let x = out[i];
            for &c in &self.kids[x] {
                if self.p.dep(c) == "conj" && !out.contains(&c) {
                    out.push(c);
                }
            }
            i += 1;
        }
        out
    }

    /// Coordinated groups of actors on `t`: its subjects ("X and Y signed")
    /// and the objects of `between` / `among`.
    fn pairs(&self, t: usize) -> Vec<Vec<usize>> {
        let mut groups = Vec::new();
        // The subjects form one group even when the parse gave a verb two of them rather than a
        // coordination ("India and China announced ..." read as two nsubj); every other head its own.
        // Not a noun's, once it has a possessor: "Japan and the United States, its main trading
        // partners" are partners of its owner, not of each other.
        let subjects = self.subjects(t);
        let owned = !self.is_verb(t)
            && self.kids[t].iter().any(|&c| {
                self.p.dep(c) == "poss" && {
                    let owner = self.actors(c, false);
                    let pronoun = self.p.tag(c) == "PRP$" && !matches!(self.p.lemma(c), "their" | "our");
                    pronoun || !owner.is_empty() && subjects.iter().all(|&s| self.actors(s, false) != owner)
                }
            });
        let mut heads: Vec<Vec<usize>> = if owned { Vec::new() } else { vec![subjects] };
        // "talks between X and Y", and "a treaty on security between X and Y" where the
        // phrase hangs off the noun's complement.
        let mut hosts = vec![t];
        if !self.is_verb(t) {
            // "free trade talks between X and Y": a compound takes its head noun's pair.
            hosts.extend(self.p.head(t).filter(|_| self.p.dep(t) == "compound"));
            // "their border clash", "Russia and China's trade": a possessor that stands for two.
            heads.extend(self.kids[t].iter().copied().filter(|&c| self.p.dep(c) == "poss").map(|c| vec![c]));
            // "talks in Geneva between X and Y": the parse hangs the pair on the place.
            for prep in ["of", "on", "in", "at"] {
                hosts.extend(self.prep_objects(t, prep));
            }
        }
        for h in hosts {
            for prep in ["between", "among", "amongst"] {
                heads.extend(self.prep_objects(h, prep).into_iter().map(|o| vec![o]));
            }
        }
        // "a summit of Japan, South Korea and the US", "a meeting of the foreign ministers of Egypt
        // and Jordan": who a gathering is of meet each other.
        if !self.is_verb(t) && self.sets.is_gathering(self.p.lemma(t)) {
            for o in self.prep_objects(t, "of") {
                if self.sets.in_class(self, o, "officeholders") {
                    heads.extend(self.prep_objects(o, "of").into_iter().map(|x| vec![x]));
                } else {
                    heads.push(vec![o]);
                }
            }
        }
        for hs in heads {
            let mut group = Vec::new();
            for x in hs.into_iter().flat_map(|h| self.conjuncts(h)) {
                for a in self.actors(x, false) {
                    if !group.contains(&a) {
                        group.push(a);
                    }
                }
            }
            if group.len() >= 2 {
                groups.push(group);
            }
        }
        if !self.is_verb(t) {
            groups.extend(self.hyphen_pair(t));
        }
        groups
    }

    /// Whether mentions `a` and `b` are one party named twice, as owner and by
    /// its own name: "Afghanistan's Taliban government" is one side of a fight.
    fn one_member(&self, a: usize, b: usize) -> bool {
        (0..self.p.len()).any(|x| {
            let owners: Vec<usize> = self.kids[x]
                .iter()
                .filter(|&&c| self.p.dep(c) == "poss")
                .flat_map(|&c| self.actors(c, false))
                .collect();
            if owners.is_empty() || self.sets.is_relational(self.p.lemma(x)) {
                return false;
            }
            // (Its own name: on the word or fused before it, not in a list it heads.)
            let named = |m: usize| {
                !owners.contains(&m)
                    && std::iter::once(x)
                        .chain(self.kids[x].iter().copied().filter(|&c| self.p.dep(c) == "compound"))
                        .any(|y| self.actors_at[y].contains(&m))
            };
            owners.contains(&a) && named(b) || owners.contains(&b) && named(a)
        })
    }

    /// The actors joined by hyphens among the modifiers of noun `t`: "the
    /// Russia-Ukraine war", "joint Chinese-Russian drills", "the US-Japan-South
    /// Korea summit". A hyphen before a word that names no one ("Iran-backed",
    /// "Russian-made") joins nobody.
    fn hyphen_pair(&self, t: usize) -> Option<Vec<usize>> {
        let p = self.p;
        let mut below = Vec::new();
        let mut todo = vec![(t, 0)];
        while let Some((y, depth)) = todo.pop() {
            for &c in &self.kids[y] {
                if depth < 3 && matches!(p.dep(c), "compound" | "amod" | "nmod" | "npadvmod" | "punct") {
                    below.push(c);
                    todo.push((c, depth + 1));
                }
            }
        }
        let hyphen = |h: usize| matches!(p.word(h), "-" | "–" | "/") && h > 0 && h + 1 < p.len();
        let mut group: Vec<usize> = Vec::new();
        for &h in below.iter().filter(|&&h| hyphen(h)) {
            let (left, right) = (&self.actors_at[h - 1], &self.actors_at[h + 1]);
            // Every word of the chain names someone: "the India-Pakistan-Gulf shipping
            // conference" is a route's name, not a meeting of India and Pakistan.
            // (A token that fuses several, "Gulf/Japan", names one for each of its parts.)
            let parts = |x: usize| p.word(x).split(['/', '-']).filter(|w| !w.is_empty()).count();
            if left.is_empty() || right.is_empty() || left.len() < parts(h - 1) || right.len() < parts(h + 1) {
                return None;
            }
            for &a in left.iter().chain(right) {
                if !group.contains(&a) {
                    group.push(a);
                }
            }
        }
        (group.len() >= 2).then_some(group)
    }

    /// Who "we" or "our" at `x` is: the subject of the reporting verb the
    /// quotation hangs off ("“We condemn ...,” Japan said").
    fn speakers(&self, x: usize) -> Vec<usize> {
        let mut cur = x;
        for _ in 0..8 {
            let Some(h) = self.p.head(cur) else { break };
            if self.is_verb(h) && self.report.contains(self.p.lemma(h)) {
                let mut subj: Vec<usize> =
                    self.kids[h].iter().copied().filter(|&c| self.p.dep(c) == "nsubj" && c != x).collect();
                // "Russia welcomed the vote, saying it ...": a participle's or a second verb's speaker
                // is the subject of the verb it goes with.
                if subj.is_empty() && matches!(self.p.dep(h), "advcl" | "conj") {
                    subj = self.subjects(h).into_iter().filter(|&c| c != x).collect();
                }
                let mut out = Vec::new();
                for s in subj {
                    if !matches!(self.p.lemma(s), "we" | "us" | "our") {
                        out.extend(self.actors(s, false));
                    }
                }
                return out;
            }
            cur = h;
        }
        Vec::new()
    }

    /// "India and China ... following their border clash": "they" or "their"
    /// stands for the subject of a clause above it that names two or more actors.
    fn plural_antecedent(&self, x: usize) -> Vec<usize> {
        let mut cur = x;
        for _ in 0..8 {
            let Some(h) = self.p.head(cur) else { break };
            for &c in &self.kids[h] {
                if c != cur && matches!(self.p.dep(c), "nsubj" | "nsubjpass") && c != x {
                    let group: Vec<usize> = self.actors(c, false);
                    if group.len() >= 2 {
                        return group;
                    }
                }
            }
            cur = h;
        }
        Vec::new()
    }

    /// Whom verb `v` judges, thanks or punishes: its actor objects, its passive subject, or
    /// the `on`/`against` object of its noun object ("imposed sanctions on Iran").
    fn judged(&self, v: usize) -> Vec<usize> {
        let p = self.p;
        let mut out = Vec::new();
        for &o in self.kids[v].iter().filter(|&&o| matches!(p.dep(o), "dobj" | "nsubjpass")) {
            if !self.actors(o, false).is_empty() {
                out.push(o);
            } else if p.dep(o) == "dobj" {
                out.extend(["on", "against"].into_iter().flat_map(|prep| self.prep_objects(o, prep)));
            }
        }
        out
    }

    /// What "its" stands for in the reason one is judged or punished for: "sanctioned Iran over
    /// its drone transfers", "criticised France for its arms sales": the one judged, when alone.
    fn judged_owner(&self, x: usize) -> Vec<usize> {
        let p = self.p;
        let Some(n) = p.head(x).filter(|&n| p.dep(x) == "poss" && p.dep(n) == "pobj") else { return Vec::new() };
        let Some(prep) = p.head(n).filter(|&h| matches!(p.lemma(h), "over" | "for")) else { return Vec::new() };
        let Some(v) = p.head(prep).filter(|&v| self.is_verb(v)) else { return Vec::new() };
        alone(self.judged(v).into_iter().flat_map(|o| self.actors(o, false)).collect())
    }

    /// What "its" on a verb's direct object stands for: the verb's one actor
    /// subject ("the TTP ended its ceasefire with the government"). Further down
    /// ("sanctioned Russia for its support of X") the object is as near.
    fn singular_antecedent(&self, x: usize) -> Vec<usize> {
        let p = self.p;
        let Some(n) = p.head(x).filter(|&n| p.dep(n) == "dobj") else { return Vec::new() };
        let Some(v) = p.head(n).filter(|&v| self.is_verb(v)) else { return Vec::new() };
        alone(self.subjects(v).into_iter().flat_map(|s| self.actors(s, false)).collect())
    }

    /// The noun that `x`, in apposition, describes. An apposition after a prepositional phrase
    /// belongs to the actor right before its comma, not to the abstract noun the parser may
    /// attach it to: in "India's closeness to Russia, its main supplier" the supplier is Russia.
    fn apposed(&self, x: usize) -> Option<usize> {
        let p = self.p;
        let h = p.head(x).filter(|_| p.dep(x) == "appos")?;
        let mut first = x;
        let mut todo = vec![x];
        while let Some(y) = todo.pop() {
            first = first.min(y);
            todo.extend(self.kids[y].iter().copied());
        }
        let nearer = first
            .checked_sub(2)
            .filter(|&n| p.word(n + 1) == "," && self.actors_at[h].is_empty() && !self.actors_at[n].is_empty())
            .filter(|&n| {
                let mut up = n;
                while let Some(u) = p.head(up).filter(|&u| u != h) {
                    up = u;
                }
                p.head(up) == Some(h)
            });
        Some(nearer.unwrap_or(h))
    }

    /// The first of the list that `x` is coordinated in; an apposition after the list describes
    /// it whole: "Japan and the United States, its main partners".
    fn list_head(&self, mut x: usize) -> usize {
        while let Some(up) = self.p.head(x).filter(|_| self.p.dep(x) == "conj") {
            x = up;
        }
        x
    }

    /// What "its" stands for on a conjunct ("Russia and its ally Belarus"): the
    /// actor of the conjunct before.
    fn conjunct_owner(&self, x: usize) -> Vec<usize> {
        let p = self.p;
        let Some(mut n) = p.head(x).filter(|_| p.dep(x) == "poss") else { return Vec::new() };
        // (The possessed may be the title of the conjunct's name: "its [ally] Belarus".)
        if p.dep(n) == "compound" {
            n = p.head(n).unwrap_or(n);
        }
        match p.head(n).filter(|&h| p.dep(n) == "conj" && h < x) {
            Some(h) => self.actors_at[h].clone(),
            None => Vec::new(),
        }
    }

    /// What "its" stands for on a noun that describes another actor: "Russia, its main arms
    /// supplier" and "said Russia was its main supplier" describe Russia as someone's supplier,
    /// and that someone is the nearest actor named before, other than Russia.
    fn describer(&self, x: usize) -> Vec<usize> {
        let p = self.p;
        let Some(n) = p.head(x).filter(|_| p.dep(x) == "poss") else { return Vec::new() };
        let described: Vec<usize> = match (p.dep(n), self.apposed(n).or(p.head(n))) {
            ("appos", Some(h)) => self.actors(self.list_head(h), false),
            ("attr", Some(v)) => self.subjects(v).into_iter().flat_map(|s| self.actors(s, false)).collect(),
            _ => return Vec::new(),
        };
        if described.is_empty() {
            return Vec::new();
        }
        (0..x)
            .rev()
            .map(|t| self.actors_at[t].iter().copied().filter(|a| !described.contains(a)).collect::<Vec<usize>>())
            .find(|found| !found.is_empty())
            .filter(|found| found.len() == 1)
            .unwrap_or_default()
    }

    /// Whether token `y` is what an attack verb strikes: its object, or the
    /// object of its preposition ("hit a warship", "fired at a destroyer").
    fn attacked(&self, y: usize) -> bool {
        let p = self.p;
        let verb = match p.dep(y) {
            "dobj" => p.head(y),
            "pobj" => p.head(y).and_then(|h| p.head(h)),
            _ => None,
        };
        verb.is_some_and(|v| self.is_verb(v) && self.sets.has_predicate(p.lemma(v), true, RelationType::ArmedConflict))
    }

    /// Whom help verb `v` helps: its object, or the subject the parse gave the
    /// verb after it ("helping Iran build a reactor", "help Congo fight").
    fn helped(&self, v: usize) -> Vec<usize> {
        let objects = self.objects(v);
        if !objects.is_empty() {
            return objects;
        }
        self.kids[v]
            .iter()
            .filter(|&&c| self.p.dep(c) == "ccomp" && self.is_verb(c))
            .flat_map(|&c| self.kids[c].iter().copied().filter(|&s| self.p.dep(s) == "nsubj"))
            .collect()
    }

    /// The agents of a launching participle on munition `y` ("drones fired by
    /// Russia"; class `launching_verbs`).
    fn launched_by(&self, y: usize) -> Vec<usize> {
        let p = self.p;
        let launch = self.kids[y]
            .iter()
            .copied()
            .filter(|&c| p.dep(c) == "acl" && p.tag(c) == "VBN" && self.sets.listed("launching_verbs", p.lemma(c)));
        launch
            .flat_map(|c| self.kids[c].iter().copied().filter(|&a| p.dep(a) == "agent" || p.lemma(a) == "by"))
            .flat_map(|a| self.kids[a].iter().copied().filter(|&o| p.dep(o) == "pobj"))
            .flat_map(|o| self.actors(o, false))
            .collect()
    }

    /// Whether noun `y` names goods, energy or weapons (the theme classes of the transfer frames).
    fn is_commodity(&self, y: usize) -> bool {
        ["weapons", "energy", "goods"].iter().any(|c| self.sets.in_class(self, y, c))
    }

    /// The mentions token `x` stands for: its own, those of its coordinated
    /// and apposed words, and for a common noun ("Russian troops", "Sudan's
    /// army") its actor modifiers and possessor.
    fn actors(&self, x: usize, modifiers_only: bool) -> Vec<usize> {
        let p = self.p;
        let mut out = Vec::new();
        let mut todo = vec![x];
        let mut seen = HashSet::new();
        while let Some(y) = todo.pop() {
            if !seen.insert(y) || seen.len() > 64 {
                continue;
            }
            if !self.actors_at[y].is_empty() {
                out.extend(self.actors_at[y].iter().copied());
                // "Russian and Ukrainian troops", where the last demonym and its noun are one
                // mention: the demonyms coordinated before it stand for the noun too.
                if p.tag(y).starts_with("NN") && !p.tag(y).starts_with("NNP") {
                    for &c in self.kids[y].iter().filter(|&&c| p.dep(c) == "amod" && !self.actors_at[c].is_empty()) {
                        if self.kids[c].iter().any(|&d| p.dep(d) == "conj" && self.actors_at[d] == self.actors_at[y]) {
                            out.extend(self.actors_at[c].iter().copied());
                        }
                    }
                }
            } else if matches!(p.lemma(y), "we" | "us" | "our" | "ours") {
                out.extend(self.speakers(y));
            } else if matches!(p.word(y).to_lowercase().as_str(), "they" | "them" | "their" | "theirs") {
                out.extend(self.plural_antecedent(y));
            } else if p.word(y).eq_ignore_ascii_case("it") && matches!(p.dep(y), "nsubj" | "nsubjpass") {
                // "Japan said it would provide radars": the one who says so.
                let said_by = self.speakers(y);
                if said_by.len() == 1 {
                    out.extend(said_by);
                }
            } else if p.word(y).eq_ignore_ascii_case("its") {
                let mut antecedent = self.singular_antecedent(y);
                if antecedent.is_empty() {
                    antecedent = self.judged_owner(y);
                }
                if antecedent.is_empty() {
                    antecedent = self.describer(y);
                }
                // "Russia and its ally Belarus": the conjunct before.
                if antecedent.is_empty() {
                    antecedent = self.conjunct_owner(y);
                }
                out.extend(antecedent);
            } else if let Some(launchers) = (!modifiers_only && self.attacked(y))
                .then(|| self.launched_by(y))
                .filter(|l| !l.is_empty() && self.sets.in_class(self, y, "weapons"))
            {
                // Munitions struck down stand for who launched them: "intercepted missiles launched
                // by the Houthis" (not for where they were made: "shot down Iranian drones").
                out.extend(launchers);
            } else if !modifiers_only
                && p.tag(y).starts_with("NN")
                // Weapons that act stand for whose they are: "Pakistani jets struck camps".
                && (!self.is_commodity(y)
                    || p.dep(y) == "nsubj" && self.sets.in_class(self, y, "weapons")
                    || self.attacked(y) && self.sets.in_class(self, y, "crewed"))
            {
                // "Russian troops", "Sudan's army", "the leaders of X, Y and Z". A commodity
                // stands for no one: "received Russian gas" names no guest.
                // A relational noun is someone else than its possessor: "Iran's war enemy Iraq" is
                // Iraq, and "Russia's allies" are not Russia.
                let relational = self.sets.in_class(self, y, "relational");
                let merchant = self.sets.merchant_craft(self, y);
                // "struck energy facilities across Ukraine", "hit targets in Ukraine": what is hit in
                // a place is the place's, unless it is named as another's ("Hezbollah positions").
                let places = ["in", "across", "inside", "throughout"];
                // (Named as another's on itself, on its compound or on the first of its list:
                // "Hezbollah weapons depots and launch sites".)
                let owned = |n: usize| {
                    self.kids[n].iter().any(|&o| {
                        matches!(p.dep(o), "poss" | "compound" | "amod" | "nmod")
                            && (!self.actors_at[o].is_empty()
                                || self.kids[o].iter().any(|&d| {
                                    matches!(p.dep(d), "poss" | "compound" | "amod" | "nmod")
                                        && !self.actors_at[d].is_empty()
                                }))
                    })
                };
                if self.attacked(self.list_head(y))
                    && self.sets.in_class(self, y, "holdings")
                    && !owned(y)
                    && !owned(self.list_head(y))
                {
                    let verb = p.head(y).filter(|_| p.dep(y) == "dobj");
                    for prep in places {
                        for o in self
                            .prep_objects(y, prep)
                            .into_iter()
                            .chain(verb.into_iter().flat_map(|v| self.prep_objects(v, prep)))
                        {
                            out.extend(self.actors_at[o].iter().copied());
                        }
                    }
                }
                for &c in &self.kids[y] {
                    // A merchant ship's modifier is its flag; only a possessor owns it.
                    let modifier = !merchant && matches!(p.dep(c), "compound" | "amod" | "nmod");
                    if (p.dep(c) == "poss" || modifier)
                        && !self.actors_at[c].is_empty()
                        && !(relational && p.dep(c) == "poss")
                    {
                        out.extend(self.actors_at[c].iter().copied());
                        // Coordinated modifiers: "Chinese and Russian warships", "American-British
                        // aggression".
                        let hyphened = |d: usize| {
                            matches!(p.dep(d), "compound" | "amod" | "npadvmod") && d + 2 == c && p.word(d + 1) == "-"
                        };
                        for &d in self.kids[c].iter().filter(|&&d| p.dep(d) == "conj" || hyphened(d)) {
                            out.extend(self.actors_at[d].iter().copied());
                        }
                    }
                    // "a Saudi-led coalition": the leader fused to the participle acts for the group.
                    if matches!(p.dep(c), "amod" | "compound")
                        && matches!(p.tag(c), "VBN" | "VBD")
                        && self.sets.listed("leading", p.lemma(c))
                    {
                        for &d in self.kids[c]
                            .iter()
                            .filter(|&&d| matches!(p.dep(d), "npadvmod" | "compound" | "amod" | "nmod"))
                        {
                            out.extend(self.actors_at[d].iter().copied());
                        }
                    }
                    // The modifier may sit on a compound of the noun: "the Saudi [crown] prince".
                    // (Not a name's title: "the Palestinian group Hamas" is Hamas.)
                    if p.dep(c) == "compound"
                        && !merchant
                        && p.tag(c).starts_with("NN")
                        && self.actors_at[c].is_empty()
                        && self.actors_at[y].is_empty()
                    {
                        for &d in &self.kids[c] {
                            if matches!(p.dep(d), "compound" | "amod" | "nmod") {
                                out.extend(self.actors_at[d].iter().copied());
                            }
                        }
                    }
                    // A name's title: "Hungarian Prime Minister Peter Nagy".
                    if p.tag(y).starts_with("NNP") && p.dep(c) == "compound" && p.tag(c).starts_with("NNP") {
                        todo.push(c);
                    }
                    // "actions by Chinese vessels": the doer of what a noun names; "camps of the
                    // TTP": what an actor holds stands for it.
                    // "the junta in Niger", "officials in Moscow": who governs or speaks for a place
                    // stands for it (not troops there: "Russian troops in Ukraine").
                    if p.dep(c) == "prep"
                        && (matches!(p.lemma(c), "of" | "from") && self.collective.contains(p.lemma(y))
                            || p.lemma(c) == "in"
                                && self.sets.acts_for_place(p.lemma(y))
                                && p.dep(y) != "pobj"
                                // (Not one who is someone else's: "OPEC's president in Vienna".)
                                && !self.kids[y].iter().any(|&o| {
                                    matches!(p.dep(o), "poss" | "compound" | "amod") && !self.actors_at[o].is_empty()
                                })
                            || p.lemma(c) == "of" && self.sets.in_class(self, y, "holdings")
                            || p.lemma(c) == "of" && self.sets.in_class(self, y, "deeds")
                            || p.lemma(c) == "by")
                    {
                        for &o in self.kids[c].iter().filter(|&&o| p.dep(o) == "pobj") {
                            todo.push(o);
                        }
                    }
                    // "camps linked to the TTP", "bases used by the Houthis", "hideouts belonging to
                    // the group": a holding described by whom it belongs to.
                    if p.dep(c) == "acl"
                        && matches!(p.tag(c), "VBN" | "VBG")
                        && self.sets.in_class(self, y, "holdings")
                        && self.sets.listed("belonging_verbs", p.lemma(c))
                    {
                        for &q in self.kids[c].iter().filter(|&&q| matches!(p.lemma(q), "to" | "by" | "with")) {
                            todo.extend(self.kids[q].iter().copied().filter(|&o| p.dep(o) == "pobj"));
                        }
                    }
                }
            }
            // An apposition names whom a word stands for ("its neighbour, China"), but only
            // describes an actor already named ("the CSTO, an alliance of six states").
            let named = !self.actors_at[y].is_empty();
            for &c in &self.kids[y] {
                if p.dep(c) == "conj" || p.dep(c) == "appos" && !named {
                    todo.push(c);
                }
            }
        }
        out.sort_unstable();
        out.dedup();
        out
    }
}

/// `found` when it holds exactly one actor, else nothing: a pronoun's antecedent must be alone.
fn alone(found: Vec<usize>) -> Vec<usize> {
    if found.len() == 1 {
        found
    } else {
        Vec::new()
    }
}

#[cfg(test)]
mod tests {
    use super::FrameSet;

    #[test]
    fn the_builtin_tables_load_and_cover_every_relation_type() {
        let f = FrameSet::builtin().expect("built-in frames load");
        let counts = f.lemma_counts();
        for rel in crate::ontology::RelationType::ALL {
            let (v, n) = counts.get(rel.as_str()).copied().unwrap_or_default();
            assert!(v + n >= 10, "{}: only {v} verbs and {n} nouns", rel.as_str());
        }
    }

    #[test]
    fn a_bad_frame_names_the_file_and_the_frame() {
        let mut f = FrameSet::default();
        let e = f
            .add_frames("user.toml", "[classes]\nweapons = [\"gun\"]\n[[frame]]\nrelation = \"arms_supply\"\nverbs = [\"sell\"]\ntheme = \"tanks\"\nsource = [\"subj\"]\ntarget = [\"to\"]\n")
            .unwrap_err();
        assert!(e.to_string().contains("user.toml") && e.to_string().contains("tanks"), "{e}");
        assert!(f.add_frames("x.toml", "[classes]\n[[frame]]\nrelation = \"war\"\n").is_err());
    }
}
