//! Frames: relations read off a sentence's dependency parse. A frame names a
//! predicate (verb or noun lemmas), the grammatical roles that give its
//! source and target, an optional theme class ("weapons") and words that
//! cancel it; cues (negation, hedges, calls, intentions, ended relations,
//! denials, conditions) cancel a predicate in the clause they govern. The
//! tables are data: `data/lang/en/frames.toml` and `assertion.toml`. Roles are
//! read in `roles`, cues in `assertion`.

mod assertion;
mod roles;

use crate::ontology::RelationType;
use crate::syntax::Parse;
use assertion::Cue;
use jiff::civil::Date;
use roles::{first_with_actors, main_subject_token, role_tokens, Graph, Themes};
use rustc_hash::{FxHashMap, FxHashSet};
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};

/// The frames built into the binary.
pub const DEFAULT_FRAMES: &str = include_str!("../../../data/lang/en/frames.toml");
/// The assertion cues built into the binary.
pub const DEFAULT_ASSERTION: &str = include_str!("../../../data/lang/en/assertion.toml");

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
    /// A multiword preposition ("on behalf of"): the object of its last word, reached through the
    /// others from the predicate ("fought on behalf of Russia").
    Phrase(Vec<String>),
    /// `clause:word`: the subject of a clause `word` opens on the predicate (or on a noun's light
    /// verb): "Japan protested after a Chinese ship entered its waters".
    Clause(String),
    /// `first>prep`: the object of `prep` on a trade flow that fills `first` ("a ban on arms
    /// sales [to X]", "banned imports [from X]"): whom the flow reaches or comes from.
    Via(Box<Role>, String),
    /// `aided`: whom a purpose infinitive of helping names ("sent troops to help Congo fight").
    Aided,
    /// `buyer`: who acquires the theme in a relative clause on it ("delivered the launchers Poland
    /// ordered", class `acquiring_verbs`).
    Buyer,
    /// `owner`: whose the theme is by a possessive pronoun, when the predicate is in a relative
    /// clause on another actor ("leans on Russia, which supplies the bulk of its weapons").
    Owner,
    /// `partner`: whom the deal an infinitive states the purpose of is with ("signed a deal with
    /// Azerbaijan to import gas").
    Partner,
    /// `leader`: who leads the theme, the agent of a leading participle on it ("took part in the
    /// exercise led by the United States").
    Leader,
    /// `doer`: the object of a noun's "of" when an "against" or "on" object of its own names whom
    /// the act is done to ("the aggression of X against Y").
    Doer,
    /// `objmod`: a name or possessor modifying the verb's object ("downed a Houthi drone").
    ObjMod,
    /// `arsenal_owner`: whose the subject is (its possessor or an actor modifying it), when the
    /// subject is an arsenal (class `arsenals`): "Ethiopia's drone fleet includes Turkish Bayraktars".
    ArsenalOwner,
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
            "buyer" => Role::Buyer,
            "owner" => Role::Owner,
            "partner" => Role::Partner,
            "leader" => Role::Leader,
            "doer" => Role::Doer,
            "objmod" => Role::ObjMod,
            "arsenal_owner" => Role::ArsenalOwner,
            // A multiword preposition ("on behalf of") is read by its last word.
            // A multiword preposition ("on behalf of", "on the side of") is read word by word.
            p if p.contains(' ') => Role::Phrase(p.split(' ').filter(|w| *w != "the").map(str::to_string).collect()),
            p => Role::Prep(p.to_string()),
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
    exclude: FxHashSet<String>,
    /// Multiword senses ("fire drill", "cap on"): one of their words with the others below it.
    exclude_phrases: Vec<Entry>,
    /// With no target named in its own clause, the target is the one actor
    /// of the clause it modifies ("fuel reached X after the EU imposed sanctions").
    implied_target: bool,
}

/// A multiword lexical entry: its first word's lemma keys the lookup, the
/// rest must be dependents in order.
type Entry = Vec<String>;

/// A word class's entries, indexed for the lookups asked of every token:
/// whether a lemma is a one-word entry, and which entries end in a word.
#[derive(Debug, Default)]
struct Class {
    entries: Vec<Entry>,
    /// The one-word entries.
    single: FxHashSet<String>,
    /// Entries (indices into `entries`) by their last word, ASCII-lowercased.
    by_last: FxHashMap<String, Vec<usize>>,
}

impl Class {
    fn extend(&mut self, entries: impl IntoIterator<Item = Entry>) {
        for e in entries {
            let Some(last) = e.last() else { continue };
            if e.len() == 1 {
                self.single.insert(last.clone());
            }
            self.by_last.entry(last.to_ascii_lowercase()).or_default().push(self.entries.len());
            self.entries.push(e);
        }
    }

    /// Whether an entry ends in `word`.
    fn has_last(&self, word: &str) -> bool {
        self.ending_in(word).iter().any(|&i| self.entries[i].last().is_some_and(|w| w == word))
    }

    /// The entries whose last word is `word` (ASCII case aside).
    fn ending_in(&self, word: &str) -> &[usize] {
        let found = if word.bytes().any(|b| b.is_ascii_uppercase()) {
            self.by_last.get(&word.to_ascii_lowercase())
        } else {
            self.by_last.get(word)
        };
        found.map_or(&[], |v| v.as_slice())
    }
}

/// A document date as written in its `date` line ("1987-03-26").
pub fn iso_day(date: &str) -> Option<Date> {
    date.get(..10)?.parse().ok()
}

/// The words of an entry as the tokenizer splits them: at spaces, and at a
/// hyphen between two letters or two digits ("military-technical"), not in a
/// letter-digit name ("s-400", "su-30").
/// The words of a verb entry, the verb first: a prefix joined by a hyphen
/// ("co-operate") is the verb's modifier in the parse (see
/// [`crate::syntax::HYPHEN_PREFIXES`]), so it comes after the verb.
fn verb_words(s: &str) -> Entry {
    let mut w = words(s);
    let prefixed =
        |p: &&str| s.len() > p.len() && s[..p.len()].eq_ignore_ascii_case(p) && s[p.len()..].starts_with('-');
    if w.len() >= 2 && crate::syntax::HYPHEN_PREFIXES.iter().any(prefixed) {
        w.swap(0, 1);
    }
    w
}

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
    by_verb: FxHashMap<String, Vec<(Entry, usize)>>,
    by_noun: FxHashMap<String, Vec<(Entry, usize)>>,
    classes: FxHashMap<String, Class>,
    light: FxHashSet<String>,
    cues: FxHashMap<String, Vec<Cue>>,
    /// Cues of a verb and "to" ("have to", "set to", "look to"), by the
    /// verb's lemma: they govern the infinitive under the verb.
    to_cues: FxHashMap<String, Cue>,
    /// Cues of a verb and its particle ("rule out", "turn down", "stay away"),
    /// by the verb's lemma: (particle, cue).
    phrasal_cues: FxHashMap<String, Vec<(String, Cue)>>,
    /// Multiword conditions read as prepositions above the predicate ("in the
    /// event of an attack", "in case of war").
    condition_phrases: Vec<Entry>,
    report: FxHashSet<String>,
    /// Future times ("tomorrow", "next week"), keyed by their last word (the
    /// time noun); the words before it must modify it.
    future: FxHashMap<String, Vec<Entry>>,
    /// The relations a future time cancels: events that take place at a
    /// time, not commitments announced for one.
    future_relations: Vec<RelationType>,
    /// Verbs whose object already exists ("deepen ties", "boost trade"): an
    /// intention or a call above them leaves the relation standing.
    presupposing: FxHashSet<String>,
    /// Verbs of ending that also mean remembering ("recall"): with an event
    /// noun as object they remember it.
    remembering: FxHashSet<String>,
    /// Plural nouns whose "that" clause, with no source named, is unconfirmed ("reports that").
    unsourced: FxHashSet<String>,
    /// Prepositions of reason and time ("because of", "following"): what they
    /// hold is not governed by the verb they hang on.
    reason_prepositions: FxHashSet<String>,
    /// Prepositions that put their object in the future ("ahead of the
    /// summit"), as words.
    future_prepositions: Vec<Entry>,
    /// Auxiliaries that put an event of `future_relations` ahead ("will meet").
    future_auxiliaries: FxHashSet<String>,
    /// Verbs that arrange an event of `future_relations` rather than report it ("agreed to hold
    /// talks", "agreed to formal talks").
    arranging_verbs: FxHashSet<String>,
    /// Vague times that hedge a future auxiliary's act ("will soon deliver").
    vague_future: FxHashSet<String>,
    /// Days that schedule an event told in the present tense ("begins a visit on Tuesday").
    scheduled: FxHashSet<String>,
    /// Verbs whose subject is an event taking place ("the talks will be in Vienna", "the summit
    /// will take place"): their time and auxiliaries are the event's.
    occurrence_verbs: FxHashSet<String>,
    /// Month names (lower case, abbreviations too) and their numbers: a date
    /// after the document's ("on April 29") is still to come.
    months: FxHashMap<String, i8>,
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

/// A transfer stated with its giver and what was given but no receiver.
#[derive(Debug, Clone)]
pub struct OpenTransfer {
    /// The relation.
    pub relation: RelationType,
    /// The giver's mention index.
    pub source: usize,
    /// The predicate token.
    pub predicate: usize,
    /// The mention indexes of who the sentence says takes it, when the predicate is a noun in a
    /// verb's object ("Orlen replaced supplies with cargoes from X"): the receiver taken from
    /// before must be one of them.
    pub takers: Vec<usize>,
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
    /// Canada and the United States"), and relations read with their parties but not
    /// asserted ("plans to hand jets over to Ukraine"): another event than the one stated
    /// before, which a later "this accord" refers to instead. The relation, the
    /// mention indexes of its parties and, for a transfer to one receiver, the receiver's.
    pub other_events: Vec<(RelationType, Vec<usize>, Option<usize>)>,
    /// Transfers stated with their giver and what was given but no receiver
    /// ("the Netherlands pledged air defence systems"). The receiver is the
    /// one the document gave that relation before.
    pub open: Vec<OpenTransfer>,
    /// Actors that adopt a stance stated before ("X echoed these
    /// sentiments"): the relation the stance names, the mention index of the
    /// actor and the verb token.
    pub echoes: Vec<(RelationType, usize, usize)>,
    /// Condemnations of an event stated before ("Tehran condemned the
    /// sanctions"): the event's relation, the critic's mention index and the
    /// verb token, and the event noun's token. The criticised are the event's
    /// doers.
    pub criticised: Vec<(RelationType, usize, usize, usize)>,
    /// Event nouns said to be "bilateral" (see [`FrameSet::is_bilateral`]).
    pub bilateral: Vec<usize>,
    /// Condemnations of an act the sentence before stated ("Moscow
    /// denounced the move"): the critic's mention index and the verb token.
    /// The criticised are who the sentence before made its subject.
    pub criticised_acts: Vec<(usize, usize)>,
    /// Relations a denial cancels ("Belgrade denied that its shells were sent
    /// to Kyiv"): the document states them nowhere else as fact, whoever
    /// claimed them.
    pub denied: Vec<FrameHit>,
    /// Transfers a giver denies making to anyone ("Abu Dhabi denied sending
    /// weapons to either side"): the relation and the giver's mention index.
    /// They cancel that giver's relations of the type in the document.
    pub denied_givers: Vec<(RelationType, usize)>,
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
                        Some(c) => exclude.extend(c.entries.iter().cloned()),
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
            let keys = e.verbs.iter().map(|v| (verb_words(v), true)).chain(e.nouns.iter().map(|v| (words(v), false)));
            for (w, verb) in keys {
                let key = if verb { w.first() } else { w.last() };
                if let Some(key) = key {
                    self.predicates.entry(key.clone()).or_default().push((w.clone(), e.theme.clone()));
                }
            }
            for v in &e.verbs {
                let w = verb_words(v);
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

    /// Whether some frame could hold in `text`: one of its words may be a
    /// predicate lemma (checked before parsing).
    pub fn may_apply(&self, analyzer: &crate::syntax::Analyzer, text: &str) -> bool {
        analyzer.with_candidate_lemmas(text, |lemmas| self.may_apply_to(lemmas, true))
    }

    /// [`FrameSet::may_apply`] without asking for a theme's word: for a
    /// sentence that names a firm whose trade is the theme ("Gazprom also
    /// supplies Kyrgyzstan").
    pub fn may_apply_to_trader(&self, analyzer: &crate::syntax::Analyzer, text: &str) -> bool {
        analyzer.with_candidate_lemmas(text, |lemmas| self.may_apply_to(lemmas, false))
    }

    /// Whether `text` may speak of a deal or pact (class `commitments`) whose
    /// kind it does not say ("a deal between Brazil and Chile"): another one
    /// than a later "the deal" would otherwise refer to.
    pub fn may_name_event(&self, analyzer: &crate::syntax::Analyzer, text: &str) -> bool {
        analyzer.with_candidate_lemmas(text, |lemmas| lemmas.iter().any(|l| self.listed("commitments", l)))
    }

    /// Whether `text` may list targets of sanctions (see [`FrameSet::listed_targets`]): a verb of
    /// inclusion and a noun for a set of those sanctioned among its candidate lemmas.
    pub fn may_list_targets(&self, analyzer: &crate::syntax::Analyzer, text: &str) -> bool {
        analyzer.with_candidate_lemmas(text, |lemmas| {
            lemmas.iter().any(|l| self.listed("inclusion_verbs", l))
                && lemmas.iter().any(|l| self.listed("sanctioned_sets", l))
        })
    }

    /// Whether `text` may impose sanctions: a predicate of a sanctions frame among its candidate
    /// lemmas.
    pub fn may_sanction(&self, analyzer: &crate::syntax::Analyzer, text: &str) -> bool {
        analyzer.with_candidate_lemmas(text, |lemmas| {
            lemmas.iter().any(|l| {
                self.has_predicate(l, true, RelationType::Sanctions)
                    || self.has_predicate(l, false, RelationType::Sanctions)
            })
        })
    }

    /// [`FrameSet::may_apply`] to a sentence's candidate lemmas (sorted, without repeats).
    fn may_apply_to(&self, lemmas: &[&str], themed: bool) -> bool {
        // Looked up many times (a theme class has up to a few hundred words): hashed once.
        let present: FxHashSet<&str> = lemmas.iter().copied().collect();
        let has = |w: &str| present.contains(w);
        // A frame with a theme ("troops", "weapons") needs a word of that class too.
        let theme_named = |class: &str| self.classes.get(class).is_some_and(|c| lemmas.iter().any(|l| c.has_last(l)));
        // A multiword predicate ("take delivery", "rogue state") needs all its words.
        lemmas.iter().any(|l| {
            self.predicates.get(*l).is_some_and(|entries| {
                entries
                    .iter()
                    .any(|(w, t)| w.iter().all(|w| has(w)) && (!themed || t.as_deref().is_none_or(theme_named)))
            })
        })
    }

    /// The coordinated groups that take part together in predicate `t`
    /// ("X and Y signed", "talks between X and Y"), as mention indexes.
    pub fn pair_groups(&self, p: &Parse, actors_at: &[Vec<usize>], t: usize) -> Vec<Vec<usize>> {
        Graph::new(p, actors_at, self).pairs(t)
    }

    /// The mentions named one by one, joined by "and", as the agents of a
    /// participle of brokering ("brokered by Egypt and Qatar", "talks mediated
    /// by Qatar and Turkey", class `brokering_verbs`): brokers of one thing, no
    /// pair of it.
    pub fn co_brokers(&self, p: &Parse, actors_at: &[Vec<usize>]) -> Vec<usize> {
        Self::brokers_in(&Graph::new(p, actors_at, self))
    }

    /// [`FrameSet::co_brokers`] on a sentence graph already built.
    fn brokers_in(g: &Graph) -> Vec<usize> {
        (0..g.p.len())
            .filter(|&v| g.p.tag(v) == "VBN" && g.verb_in(v, "brokering_verbs"))
            .flat_map(|v| g.by_agent(v))
            // (Named one by one: "arranged by the two countries' missions" is arranged by the pair.)
            .flat_map(|x| Some(g.conjuncts(x)).filter(|c| c.len() > 1).unwrap_or_default())
            .flat_map(|x| g.actors(x, false))
            .collect()
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
    /// ("Mwatana criticised the Houthis for the detention of UN staff": the one
    /// judged for an act did it.)
    pub fn main_doer(&self, p: &Parse, actors_at: &[Vec<usize>]) -> Vec<usize> {
        if let Some(v) = main_subject_token(p)
            .and_then(|x| p.head(x))
            .filter(|&v| p.tag(v).starts_with("VB") && self.has_predicate(p.lemma(v), true, RelationType::Condemnation))
        {
            let g = Graph::new(p, actors_at, self);
            let act = g.kids[v].iter().any(|&c| p.dep(c) == "prep" && matches!(p.lemma(c), "for" | "of"));
            let judged: Vec<usize> = g.judged(v).into_iter().flat_map(|o| g.actors(o, false)).collect();
            if act && !judged.is_empty() {
                return judged;
            }
        }
        self.main_clause_subject(p, actors_at, true)
    }

    /// Whether the main clause's verb is one of attacking ("Al-Shabaab fighters
    /// attacked a police post"), active: its subject is who made the attack a
    /// later sentence condemns.
    pub fn main_attack(&self, p: &Parse) -> bool {
        let Some(x) = roles::main_subject_token(p) else { return false };
        let Some(v) = p.head(x) else { return false };
        p.dep(x) == "nsubj"
            && p.tag(v).starts_with("VB")
            && (self.has_predicate(p.lemma(v), true, RelationType::ArmedConflict) || self.claims_attack(p, v))
    }

    /// Whether verb `v` claims an attack as its subject's: "claimed responsibility for the
    /// bombing", "claimed the raid" (classes `claiming_verbs`, `claimed_things`).
    fn claims_attack(&self, p: &Parse, v: usize) -> bool {
        if !self.listed("claiming_verbs", p.lemma(v)) {
            return false;
        }
        let kids = |h: usize| (0..p.len()).filter(move |&c| p.head(c) == Some(h));
        let attack = |o: usize| self.is_one_sided_attack(p.lemma(o));
        kids(v).filter(|&o| p.dep(o) == "dobj").any(|o| {
            let for_what = [v, o]
                .into_iter()
                .flat_map(|h| kids(h).filter(|&f| p.dep(f) == "prep" && p.lemma(f) == "for"))
                .flat_map(|f| kids(f).filter(|&w| p.dep(w) == "pobj"));
            attack(o) || self.listed("claimed_things", p.lemma(o)) && for_what.into_iter().any(attack)
        })
    }

    /// Whether the main clause imposes sanctions, active, with or without a
    /// target the lexicon knows ("The EU sanctioned 20 individuals", "Britain
    /// imposed sanctions on several traders"): its subject is who imposed the
    /// sanctions a list after it names the targets of.
    pub fn main_sanctions(&self, p: &Parse) -> bool {
        let Some(x) = roles::main_subject_token(p) else { return false };
        let Some(v) = p.head(x) else { return false };
        let noun = |o: usize| {
            p.head(o) == Some(v) && p.dep(o) == "dobj" && self.has_predicate(p.lemma(o), false, RelationType::Sanctions)
        };
        p.dep(x) == "nsubj"
            && p.tag(v).starts_with("VB")
            && (self.has_predicate(p.lemma(v), true, RelationType::Sanctions) || (0..p.len()).any(noun))
    }

    /// Whether the main clause's subject is a plural noun ("the leaders of
    /// the GCC"): a "they" after it may stand for one body.
    pub fn main_subject_plural(&self, p: &Parse) -> bool {
        main_subject_token(p).is_some_and(|x| matches!(p.tag(x), "NNS" | "NNPS"))
    }

    fn main_clause_subject(&self, p: &Parse, actors_at: &[Vec<usize>], any_head: bool) -> Vec<usize> {
        let g = Graph::new(p, actors_at, self);
        match main_subject_token(p) {
            Some(x) if any_head || p.tag(x).starts_with("NNP") || self.heads_entry("collective", p.lemma(x)) => {
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
                // "barred Guterres from entering, accusing him of ...": an object pronoun.
                "him" => matches!(p.dep(t), "dobj" | "pobj" | "dative"),
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
        // Asked of nearly every sentence: the text after each "the " in it is
        // asked whether it starts with an entry's last word (a search of the
        // whole text for each of the entries costs several times more).
        let Some(acts) = self.classes.get("acts") else { return false };
        text.match_indices("the ").any(|(at, the)| {
            let after = &text[at + the.len()..];
            acts.entries.iter().filter_map(|e| e.last()).any(|w| after.starts_with(w.as_str()))
        })
    }

    /// Whether `text` may condemn an attack it names by a noun (a verb of a condemnation frame
    /// and a noun of class `one_sided_attacks` among its candidate lemmas: "we condemn this
    /// cowardly attack"): the sentence before may tell who made it.
    pub fn may_condemn_attack(&self, analyzer: &crate::syntax::Analyzer, text: &str) -> bool {
        analyzer.with_candidate_lemmas(text, |lemmas| {
            lemmas.iter().any(|l| self.has_predicate(l, true, RelationType::Condemnation))
                && lemmas.iter().any(|l| self.listed("one_sided_attacks", l))
        })
    }

    /// Whether `lemma` alone is a predicate of a frame of `relation` as a verb
    /// (or, with `verb` false, as a noun): "attack" is an armed_conflict verb
    /// and noun; "declare" is not (only "declare war" is).
    pub fn has_predicate(&self, lemma: &str, verb: bool, relation: RelationType) -> bool {
        let table = if verb { &self.by_verb } else { &self.by_noun };
        table.get(lemma).is_some_and(|fs| fs.iter().any(|(e, f)| e.len() == 1 && self.frames[*f].relation == relation))
    }

    /// Whether verb `lemma` with `particle` is a two-word predicate of `relation`
    /// ("turn over", "hand over").
    pub fn has_phrasal_predicate(&self, lemma: &str, particle: &str, relation: RelationType) -> bool {
        self.by_verb.get(lemma).is_some_and(|fs| {
            fs.iter().any(|(e, f)| e.len() == 2 && e[1] == particle && self.frames[*f].relation == relation)
        })
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

    /// Whether `lemma` is a one-word noun for troops or a formation of them
    /// (class `troops`: "brigade", "battalion").
    pub fn names_troops(&self, lemma: &str) -> bool {
        self.listed("troops", lemma)
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
    fn on_weapon(&self, p: &Parse, actors_at: &[Vec<usize>], t: usize) -> bool {
        matches!(p.dep(t), "amod" | "compound" | "nmod")
            && p.head(t).is_some_and(|h| self.in_class(&Graph::new(p, actors_at, self), h, "weapons"))
    }

    /// Whether token `t` names a kind of weapon: a noun of class `weapons`
    /// ("a sale of bombs and rockets") or a modifier on such a noun ("attack jets").
    pub fn names_weapon(&self, p: &Parse, actors_at: &[Vec<usize>], t: usize) -> bool {
        self.on_weapon(p, actors_at, t)
            || p.tag(t).starts_with("NN") && self.in_class(&Graph::new(p, actors_at, self), t, "weapons")
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
        self.classes.get(class).is_some_and(|c| c.single.contains(lemma))
    }

    /// Whether `lemma` is the head (last) word of an entry of class `class`:
    /// the cheap part of [`FrameSet::in_class`], asked before building a graph.
    fn heads_entry(&self, class: &str, lemma: &str) -> bool {
        self.classes.get(class).is_some_and(|c| c.has_last(lemma))
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

    /// Whether verb `t` receives forces for an exercise: "hosted Russian and
    /// Chinese warships for Exercise Mosi II", "welcomed US marines for joint
    /// drills" (a receiving verb whose or whose object's "for" is of class
    /// exercises, or names one: "Exercise Mosi II").
    fn hosted_for_exercise(&self, g: &Graph, t: usize) -> bool {
        let p = g.p;
        let objects = g.kids[t].iter().copied().filter(|&o| p.dep(o) == "dobj");
        self.listed("receiving_verbs", p.lemma(t))
            && std::iter::once(t)
                .chain(objects)
                .flat_map(|x| g.prep_objects(x, "for"))
                .any(|o| std::iter::once(o).chain(g.kids[o].iter().copied()).any(|x| self.in_class(g, x, "exercises")))
    }

    /// Whether `t` is a gathering (class `gatherings`) that names its own parties: "talks between
    /// X and Y", "the Russia-Ukraine talks" (two actors among the modifiers before the noun). Who
    /// hosts it, or where it is held, is none of them.
    pub fn names_own_parties(&self, p: &Parse, actors_at: &[Vec<usize>], t: usize) -> bool {
        if !self.is_gathering(p.lemma(t)) {
            return false;
        }
        // (Or one noun with two modifiers joined: "talks between Russian and Ukrainian delegations".)
        let joined = |c: usize| {
            p.dep(c) == "conj" || matches!(p.dep(c), "amod" | "compound") && p.children(c).any(|d| p.dep(d) == "conj")
        };
        let pair = |b: usize| p.lemma(b) == "between" && p.children(b).any(|o| p.children(o).any(joined));
        if p.children(t).any(pair) {
            return true;
        }
        let mut named: Vec<usize> = Vec::new();
        let mut stack: Vec<usize> =
            p.children(t).filter(|&c| matches!(p.dep(c), "compound" | "amod" | "nmod")).collect();
        while let Some(x) = stack.pop() {
            named.extend(actors_at[x].iter().copied());
            stack.extend(p.children(x).filter(|&c| matches!(p.dep(c), "compound" | "amod" | "conj")));
        }
        named.sort_unstable();
        named.dedup();
        named.len() >= 2
    }

    /// Whether fighting predicate `t` is against fighters (class `combatants`: "gunmen",
    /// "militants"), as its object or after "with", "against" or "on": those listed as its subject
    /// are one side ("Mexican soldiers and police fought gunmen").
    fn fights_fighters(&self, p: &Parse, t: usize) -> bool {
        let opponents = p.children(t).flat_map(|c| {
            let after = p.dep(c) == "prep" && matches!(p.lemma(c), "with" | "against" | "on");
            let objects = after.then(|| p.children(c).filter(|&o| p.dep(o) == "pobj"));
            std::iter::once(c).filter(|&c| p.dep(c) == "dobj").chain(objects.into_iter().flatten())
        });
        opponents.into_iter().any(|o| self.listed("combatants", p.lemma(o)))
    }

    /// Whether fight predicate `t` has an opponent no actor stands for: fighters
    /// ("fought gunmen") or a name the lexicon does not know, with or against
    /// whom the fight or its object is ("fought running gun battles with the
    /// Chapitos"). Those listed as its subject are then one side.
    pub fn fights_unnamed(&self, p: &Parse, actors_at: &[Vec<usize>], t: usize) -> bool {
        if self.fights_fighters(p, t) {
            return true;
        }
        let objects = |v: usize| p.children(v).filter(move |&o| p.dep(o) == "dobj");
        let xcomps = p.children(t).filter(|&c| p.dep(c) == "xcomp");
        let fought: Vec<usize> = std::iter::once(t).chain(objects(t)).chain(xcomps.flat_map(objects)).collect();
        fought.into_iter().any(|x| {
            p.children(x)
                .filter(|&c| p.dep(c) == "prep" && matches!(p.lemma(c), "with" | "against"))
                .flat_map(|c| p.children(c).filter(|&o| p.dep(o) == "pobj"))
                .any(|o| matches!(p.tag(o), "NNP" | "NNPS") && actors_at[o].is_empty())
        })
    }

    /// Whether `lemma` names a journey (class `tours`: "visit", "trip"): its
    /// doer is who travels, not who is visited.
    pub fn is_tour(&self, lemma: &str) -> bool {
        self.listed("tours", lemma)
    }

    /// Whether `lemma` names a gathering ("meet", "summit", "conference"):
    /// where a body gathers is no party to it.
    pub fn is_gathering(&self, lemma: &str) -> bool {
        self.listed("gatherings", lemma)
    }

    /// Whether a noun names a body's seat (class `seats`: "headquarters"):
    /// "at NATO Headquarters" is where others meet, not a side.
    pub fn is_seat(&self, lemma: &str) -> bool {
        self.listed("seats", lemma)
    }

    /// The reporting verb ("say", "report", class `report` of the assertion
    /// cues) whose complement clause holds token `t`, with that clause's head.
    pub fn reporting_clause(&self, p: &Parse, t: usize) -> Option<(usize, usize)> {
        let mut c = t;
        for _ in 0..32 {
            let h = p.head(c)?;
            if p.dep(c) == "ccomp" {
                return self.report.contains(p.lemma(h)).then_some((h, c));
            }
            c = h;
        }
        None
    }

    /// Whether token `x` names the leader fused to a leading participle on a
    /// mission that something is sent to ("to the Kenyan-led mission"; classes
    /// `leading`, `missions`).
    pub fn leads_mission(&self, p: &Parse, x: usize) -> bool {
        let led = p.head(x).filter(|&v| p.tag(v) == "VBN" && self.listed("leading", p.lemma(v)));
        let mission = led.and_then(|v| p.head(v)).filter(|&n| self.listed("missions", p.lemma(n)));
        mission.and_then(|n| p.head(n)).is_some_and(|to| matches!(p.lemma(to), "to" | "into"))
    }

    /// Whether noun `t` is what a pledge or rule covers (class `coverage_verbs`):
    /// the object of "covers", or after "extends to" / "applies to" ("the treaty
    /// covers armed attacks on its vessels"): a case provided for, no event.
    pub fn covered_case(&self, p: &Parse, t: usize) -> bool {
        let governor = match p.dep(t) {
            "dobj" => p.head(t),
            "pobj" => p.head(t).filter(|&to| p.lemma(to) == "to").and_then(|to| p.head(to)),
            _ => None,
        };
        governor.is_some_and(|v| p.tag(v).starts_with("VB") && self.listed("coverage_verbs", p.lemma(v)))
    }

    /// Whether token `t`, the head of a "with" phrase, is a meeting of three or
    /// more held together (class `multiparty`: "a trilateral summit with X and
    /// Y", "held three-way talks with X and Y"), whose guests meet each other.
    pub fn is_multiparty(&self, p: &Parse, t: usize) -> bool {
        let objects = (0..p.len()).filter(|&o| p.head(o) == Some(t) && p.dep(o) == "dobj");
        // (A modifier as written, with the tokens fused before it: "three-way", split by the tokenizer.)
        let modifier = |m: usize| {
            let mut from = m;
            while from > 0 && p.tokens[from - 1].end == p.tokens[from].start {
                from -= 1;
            }
            p.text[p.tokens[from].start..p.tokens[m].end].to_lowercase()
        };
        std::iter::once(t).chain(objects).any(|n| {
            self.listed("multiparty", p.lemma(n))
                || (0..n).any(|m| {
                    p.head(m) == Some(n)
                        && matches!(p.dep(m), "amod" | "compound")
                        && self.classes.get("multiparty").is_some_and(|c| c.entries.contains(&words(&modifier(m))))
                })
        })
    }

    /// Whether `lemma` is a verb that addresses a call to its object (class
    /// `call_verbs`: "urge", "press", "call"): "urged both sides to ..."
    /// speaks to others than the speaker.
    pub fn is_call_verb(&self, lemma: &str) -> bool {
        self.listed("call_verbs", lemma)
    }

    /// Whether `lemma` is a noun for the people or bodies that act for a
    /// state (class `collective`: "leader", "nation", "government").
    pub fn is_collective(&self, lemma: &str) -> bool {
        self.listed("collective", lemma)
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

    /// Whether noun `t` is said to be "bilateral" or "two-way" (class
    /// `bilateral_words`): between the two parties the document last met.
    pub fn is_bilateral(&self, p: &Parse, t: usize) -> bool {
        // (The phrase's head: "bilateral defence cooperation" is cooperation, not defence.)
        p.dep(t) != "compound"
            && (0..p.len()).any(|c| {
                matches!(p.dep(c), "amod" | "compound")
                    && self.listed("bilateral_words", p.lemma(c))
                    && p.head(c).is_some_and(|h| h == t || p.dep(h) == "compound" && p.head(h) == Some(t))
            })
    }

    /// Whether `text` has one of the words of class `bilateral_words` (a
    /// cheap test before parsing a sentence that names no actor).
    pub fn says_bilateral(&self, text: &str) -> bool {
        let Some(words) = self.classes.get("bilateral_words") else { return false };
        text.split(|c: char| !(c.is_alphanumeric() || c == '-'))
            .any(|w| words.single.contains(w.to_lowercase().as_str()))
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

    /// Whether a preposition names a path or a place beside (class `path_prepositions`: "sent
    /// warships around Taiwan"): its object receives nothing.
    pub fn is_path_preposition(&self, lemma: &str) -> bool {
        self.listed("path_prepositions", lemma)
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

    /// Whether verb `lemma` makes things (class `making_verbs`: "made", "built", "produced").
    pub fn is_making_verb(&self, lemma: &str) -> bool {
        self.listed("making_verbs", lemma)
    }

    /// Whether noun `t` is backing its verb's subject has and another gives ("has the full support
    /// of Saudi Arabia", class `gaining_verbs`): the giver is after "of", not before the noun.
    pub fn is_gained(&self, p: &Parse, t: usize) -> bool {
        p.dep(t) == "dobj"
            && p.head(t).is_some_and(|v| p.tag(v).starts_with("VB") && self.listed("gaining_verbs", p.lemma(v)))
    }

    /// Whether verb `lemma` takes a stance (a predicate of condemnation or
    /// political support): what it judges is another's act.
    pub fn is_stance_verb(&self, lemma: &str) -> bool {
        [RelationType::Condemnation, RelationType::PoliticalSupport]
            .into_iter()
            .any(|r| self.has_predicate(lemma, true, r))
    }

    /// Whether `word` names a base or garrison (class `garrisons`).
    pub fn is_garrison(&self, word: &str) -> bool {
        self.listed("garrisons", word)
    }

    /// Whether `lemma` names an order or a contract (class `orders`), which
    /// runs from the maker to the buyer whichever of them signs it.
    pub fn is_order(&self, lemma: &str) -> bool {
        self.listed("orders", lemma)
    }

    /// Whether a noun counts or forecasts what its "of" names (class `estimates`:
    /// "estimate", "forecast"): whoever makes the estimate takes no part in it.
    pub fn is_estimate(&self, lemma: &str) -> bool {
        self.listed("estimates", lemma)
    }

    /// Whether a plural noun names those who met (class `meeting_participants`:
    /// "ministers", "leaders"): opening a sentence after a meeting, the two who met.
    pub fn is_meeting_participant(&self, lemma: &str) -> bool {
        self.listed("meeting_participants", lemma)
    }

    /// The mentions a list of sanctions targets names: the objects of a verb
    /// of inclusion (class `inclusion_verbs`) whose subject is a set of those
    /// sanctioned ("Those listed include X and Y", "Affected firms include X",
    /// "Targets include X"): a noun of class `sanctioned_sets` that is a
    /// target word itself (class `sanction_lists`' heads, "target", "designee") or
    /// carries a participle or adjective of class `sanctioning_participles`.
    /// Whoever imposed them is the one the document named last imposing
    /// sanctions.
    /// Each with the verb's token.
    pub fn listed_targets(&self, p: &Parse, actors_at: &[Vec<usize>]) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        for v in (0..p.len()).filter(|&v| p.tag(v).starts_with("VB") && self.listed("inclusion_verbs", p.lemma(v))) {
            let kids = |x: usize| (0..p.len()).filter(move |&c| p.head(c) == Some(x));
            let Some(subject) = kids(v).find(|&c| p.dep(c) == "nsubj") else { continue };
            let head = p.lemma(subject);
            let marked = kids(subject).any(|c| {
                matches!(p.dep(c), "amod" | "acl" | "compound" | "relcl")
                    && self.listed("sanctioning_participles", p.lemma(c))
            });
            if !(self.listed("sanctioned_sets", head) && (marked || self.listed("target_words", head))) {
                continue;
            }
            for o in kids(v).filter(|&c| p.dep(c) == "dobj") {
                for t in (0..p.len()).filter(|&t| t == o || crate::extract::under(p, o, t)) {
                    for &m in &actors_at[t] {
                        if !out.iter().any(|&(x, _)| x == m) {
                            out.push((m, v));
                        }
                    }
                }
            }
        }
        out
    }

    /// Whether a preposition spreads what it governs over a place
    /// ("throughout", class `spread_prepositions`): its object is no party.
    pub fn is_spread_preposition(&self, lemma: &str) -> bool {
        self.listed("spread_prepositions", lemma)
    }

    /// Whether a verb lemma reports speech ("say", "state", "tell").
    pub fn is_report_verb(&self, lemma: &str) -> bool {
        self.report.contains(lemma)
    }

    /// Whether `lemma` names an account of something (class `report_nouns`: "an update on ...").
    pub fn is_report_noun(&self, lemma: &str) -> bool {
        self.listed("report_nouns", lemma)
    }

    /// Whether `lemma` is a noun for asking (class `requests`): who a meeting is held at the
    /// request of is no party to it.
    pub fn is_request_noun(&self, lemma: &str) -> bool {
        self.listed("requests", lemma)
    }

    /// The number of frames and of distinct predicate lemmas per relation type.
    pub fn lemma_counts(&self) -> BTreeMap<&'static str, (usize, usize)> {
        let mut out: BTreeMap<&'static str, (FxHashSet<&str>, FxHashSet<&str>)> = BTreeMap::new();
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
    pub fn read(
        &self,
        p: &Parse,
        actors_at: &[Vec<usize>],
        supplies: &[Option<RelationType>],
        today: Option<Date>,
    ) -> Reading {
        let mut g = Graph::new(p, actors_at, self);
        g.today = today;
        g.supplies = supplies;
        let mut out = Vec::new();
        let mut events = Vec::new();
        let mut bare_events = Vec::new();
        let mut other_events = Vec::new();
        let mut reading_open = Vec::new();
        let mut denied = Vec::new();
        let mut denied_givers = Vec::new();
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
            let mut done = FxHashSet::default();
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
                        other_events.push((f.relation, named, None));
                    }
                }
                if let Some((mut hits, open)) = applied {
                    // "hosted Russian and Chinese warships for Exercise Mosi II": forces one hosts for
                    // an exercise (class exercises) train with the host; they are not deployed to it.
                    if f.relation == RelationType::TroopDeployment && g.is_verb(t) && self.hosted_for_exercise(&g, t) {
                        for h in &mut hits {
                            h.relation = RelationType::MilitaryCooperation;
                        }
                    }
                    done.insert(*fi);
                    // A relational noun that describes a named actor states a standing relation, not
                    // the act the clause intends or hedges: "pledged to defend its ally, the Philippines".
                    let presupposed =
                        !g.is_verb(t) && self.listed("relational", p.lemma(t)) && !g.described(t).is_empty();
                    // ("The pledge of military cooperation was part of the treaty": a pledge the
                    // document made before is the event, not an intention.)
                    let cue = self.cancelled(&g, t, f.relation).filter(|_| !self.pledged_of(&g, t));
                    // (A denial verb may be listed as a negation too: "deny"; "I do not deny" denies nothing.)
                    let denial_above = || {
                        std::iter::successors(p.head(t), |&h| p.head(h)).take(5).any(|h| {
                            self.cues.get(p.lemma(h)).is_some_and(|c| c.contains(&Cue::Denial))
                                && !g.kids[h].iter().any(|&k| p.dep(k) == "neg")
                        })
                    };
                    if cue.is_some()
                        && (cue == Some(Cue::Denial) || denial_above())
                        && f.relation != RelationType::Condemnation
                    {
                        denied.extend(hits.iter().cloned());
                        if hits.is_empty() && f.relation.directed() && f.theme.is_some() && self.to_anyone(&g, t) {
                            let givers = g.subjects(t).into_iter().flat_map(|x| g.actors(x, false));
                            denied_givers.extend(givers.map(|a| (f.relation, a)));
                        }
                    }
                    if cue.is_some_and(|cue| {
                        !(presupposed
                            && matches!(cue, Cue::Intention | Cue::Call | Cue::Hedge | Cue::Future | Cue::Condition))
                    }) {
                        // An event spoken of with its parties but not stated ("is preparing to build
                        // frigates for Norway"): what refers back to that relation after means it.
                        if !hits.is_empty() {
                            let named = hits.iter().flat_map(|h| [h.source, h.target]).collect();
                            let receiver = Some(hits[0].target)
                                .filter(|&r| f.relation.directed() && hits.iter().all(|h| h.target == r));
                            other_events.push((f.relation, named, receiver));
                        }
                        continue;
                    }
                    for source in open {
                        if !reading_open.iter().any(|o: &OpenTransfer| o.relation == f.relation && o.source == source) {
                            let takers = self.takers(&g, t).into_iter().filter(|&a| a != source).collect();
                            reading_open.push(OpenTransfer { relation: f.relation, source, predicate: t, takers });
                        }
                    }
                    if !hits.is_empty() {
                        out.extend(hits);
                    } else if !g.is_verb(t)
                        && (g.definite(t) || self.pledged_of(&g, t) || self.is_bilateral(p, t))
                        && !events.iter().any(|e: &(RelationType, usize)| e.0 == f.relation)
                    {
                        events.push((f.relation, t));
                    }
                }
            }
        }
        // Those who broker something together are no pair of it: "the ceasefire between Israel and
        // Hamas, brokered by Egypt and Qatar", "talks mediated by Qatar and Turkey" (class
        // brokering_verbs).
        let brokers = Self::brokers_in(&g);
        out.retain(|h| h.relation.directed() || !(brokers.contains(&h.source) && brokers.contains(&h.target)));
        out.sort_by_key(|h| (h.predicate, h.source, h.target, h.relation));
        out.dedup_by_key(|h| (h.source, h.target, h.relation));
        // Trade covers goods other than arms and energy: what a predicate moves between a pair from
        // a firm that trades in arms or energy is no trade of theirs too. (A state may move other
        // goods with them: "shipped diesel to Mali, along with wheat".)
        let supplied: BTreeSet<(usize, usize, usize)> = out
            .iter()
            .filter(|h| matches!(h.relation, RelationType::ArmsSupply | RelationType::EnergySupply))
            .filter(|h| g.supplies.get(h.source) == Some(&Some(h.relation)))
            .flat_map(|h| [(h.predicate, h.source, h.target), (h.predicate, h.target, h.source)])
            .collect();
        out.retain(|h| h.relation != RelationType::Trade || !supplied.contains(&(h.predicate, h.source, h.target)));
        let echoes = self.echoes(&g);
        bare_events.sort_unstable();
        bare_events.dedup();
        bare_events.retain(|b| !events.iter().any(|e| e.1 == b.1));
        let mut criticised = self.criticised_events(&g, &events);
        criticised.extend(self.criticised_events(&g, &bare_events));
        // "condemned the attacks that Russia carried out on Kyiv", "condemns the assistance that X
        // provides to Y": an event the sentence states inside the condemned noun phrase (the noun
        // itself, or a relative clause on it) is the condemned one.
        // ("the assistance that X continues to provide": through the verbs the clause's own verb
        // governs.)
        let noun_of = |t: usize| {
            if !g.is_verb(t) {
                return Some(t);
            }
            let v = std::iter::successors(Some(t), |&v| p.head(v).filter(|_| p.dep(v) == "xcomp")).last()?;
            p.head(v).filter(|&n| p.dep(v) == "relcl" && !g.is_verb(n))
        };
        let stated: Vec<(RelationType, usize, usize)> =
            out.iter().filter_map(|h| Some((h.relation, h.predicate, noun_of(h.predicate)?))).collect();
        for (relation, t, noun) in stated {
            if let Some((verb, critics)) = self.condemned_by(&g, noun) {
                criticised.extend(critics.into_iter().map(|a| (relation, a, verb, t)));
            }
        }
        criticised.sort_unstable();
        criticised.dedup();
        let criticised_acts = self.criticised_acts(&g);
        let bilateral = events.iter().map(|e| e.1).filter(|&t| self.is_bilateral(p, t)).collect();
        Reading {
            hits: out,
            events,
            bare_events,
            other_events,
            open: reading_open,
            echoes,
            criticised,
            criticised_acts,
            bilateral,
            denied,
            denied_givers,
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
        // "The visit drew a backlash from EU leaders": a rebuke an event brings about (class
        // cause_verbs) comes from whom it is "from".
        if let Some(v) = g.p.head(noun).filter(|&v| g.p.dep(noun) == "nsubj" && g.verb_in(v, "cause_verbs")) {
            let rebuke = g.kids[v].iter().copied().find(|&o| {
                g.p.dep(o) == "dobj" && self.has_predicate(g.p.lemma(o), false, RelationType::Condemnation)
            })?;
            if self.cancelled(g, v, RelationType::Condemnation).is_some() {
                return None;
            }
            // (The parse may hang "from" on the verb.)
            let critics: Vec<usize> = g
                .prep_objects(rebuke, "from")
                .into_iter()
                .chain(g.prep_objects(v, "from"))
                .flat_map(|x| g.conjuncts(x))
                .flat_map(|x| g.actors(x, false))
                .collect();
            return (!critics.is_empty()).then_some((rebuke, critics));
        }
        // ("called [the drills] [a rehearsal]": the first of a double object; "lashed out at the
        // drills", "railed against the deal": the object of a preposition on the verb.)
        let object = matches!(g.p.dep(noun), "dobj" | "dative");
        let on_verb = |prep: usize| matches!(g.p.lemma(prep), "at" | "against" | "over" | "on");
        let verb = if object {
            g.p.head(noun).filter(|&v| g.is_verb(v))?
        } else {
            let prep = g.p.head(noun).filter(|&h| g.p.dep(noun) == "pobj" && on_verb(h))?;
            g.p.head(prep).filter(|&v| g.is_verb(v))?
        };
        // A labelling verb condemns only with its label: "called the drills a provocation", not
        // "called the drills routine". (A phrasal one with its particle: "lash out".)
        let particle = |w: &str| g.kids[verb].iter().any(|&c| g.p.dep(c) == "prt" && g.p.lemma(c) == w);
        let condemns = self.by_verb.get(g.p.lemma(verb)).is_some_and(|fs| {
            fs.iter().any(|(e, f)| {
                let f = &self.frames[*f];
                (e.len() == 1 || e.len() == 2 && particle(&e[1]))
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
        // "an 80-aircraft order", "a 12-ship deal": a count fused to a noun is of the noun's kind.
        let counted = head.split_once('-').filter(|(n, _)| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()));
        if let Some((_, noun)) = counted {
            return entries.single.contains(noun) || entries.single.contains(noun.strip_suffix('s').unwrap_or(noun));
        }
        // "exercise Cutlass Express", "Operation Prosperity Guardian": a name that opens with a word
        // that names things of its kind (class `name_kinds`) names a thing of that kind.
        if g.p.tag(t).starts_with("NNP") && g.actors_at[t].is_empty() {
            let first = g.kids[t].iter().copied().filter(|&c| c < t && g.p.dep(c) == "compound").min();
            let kind = first.map(|c| g.p.word(c).to_lowercase());
            if kind.is_some_and(|k| self.listed("name_kinds", &k) && entries.single.contains(&k)) {
                return true;
            }
        }
        // "J-10C fighters": a model designation makes a machine of a word for people.
        let model = |c: usize| {
            let w = g.p.word(c);
            matches!(g.p.dep(c), "compound" | "nmod" | "amod" | "nummod")
                && w.contains(|ch: char| ch.is_ascii_digit())
                && w.contains(|ch: char| ch.is_ascii_alphabetic())
        };
        // ("Gripen fighters", "Gripen E/F multirole fighters": a weapon's name does too.)
        let named_weapon = |c: usize| {
            matches!(g.p.dep(c), "compound" | "nmod")
                && g.p.tag(c).starts_with("NNP")
                && self.listed("weapons", g.p.lemma(c))
        };
        // ("28 Super Hornet fighters": a counted one with a name that names no actor.)
        let counted = g.kids[t].iter().any(|&c| g.p.dep(c) == "nummod");
        let unnamed_model = |c: usize| {
            counted && g.p.dep(c) == "compound" && g.p.tag(c) == "NNP" && g.actors_at[c].is_empty() && c + 1 == t
        };
        // ("FA-50 Block 20 fighters": the designation may sit on the variant's word.)
        let designated = |c: usize| model(c) || g.kids[c].iter().any(|&d| model(d) || named_weapon(d));
        if self.listed("model_named", head)
            && g.kids[t].iter().any(|&c| designated(c) || named_weapon(c) || unnamed_model(c))
        {
            return class == "weapons";
        }
        // "Patriot systems": a generic head is of its name's kind.
        let name = |c: usize| g.p.tag(c) == "NNP" || g.p.word(c).contains(|ch: char| ch.is_ascii_digit());
        // "its artillery stock", "an LNG shipment": an amount is of its compound's kind. ("Patriot and
        // SPYDER systems": a name with a conjunct is parsed as the head's nominal modifier.)
        let measure = class != "measures" && self.listed("measures", head);
        // ("Iskander-M systems": the hyphen splits the designation, whose letter heads the name.)
        let variant = |c: usize| {
            g.kids[c].iter().any(|&d| g.p.dep(d) == "compound" && g.p.tag(d) == "NNP" && self.in_class(g, d, class))
        };
        if class != "kind_heads"
            && (measure || self.listed("kind_heads", head))
            && g.kids[t].iter().any(|&c| {
                matches!(g.p.dep(c), "compound" | "nmod")
                    && (measure || name(c))
                    && (self.in_class(g, c, class) || name(c) && variant(c))
            })
        {
            return true;
        }
        // "the offshore patrol vessel BRP Rajah Sulayman", "the frigate HMS Richmond": a name with a
        // title is of its title's kind; "12 Eurofighter Typhoons": so is a counted model's name after
        // its maker's.
        let counted_name = g.kids[t].iter().any(|&c| g.p.dep(c) == "nummod");
        if g.p.tag(t).starts_with("NNP")
            && g.actors_at[t].is_empty()
            && g.kids[t].iter().any(|&c| {
                g.p.dep(c) == "compound"
                    && (matches!(g.p.tag(c), "NN" | "NNS") || counted_name && g.p.tag(c) == "NNP")
                    && g.actors_at[c].is_empty()
                    && self.in_class(g, c, class)
            })
        {
            return true;
        }
        // ("non-lethal aid": a modifier fused after "non-" says the opposite.)
        let modifiers = move |x: usize| {
            g.kids[x]
                .iter()
                .copied()
                .filter(move |&c| matches!(g.p.dep(c), "compound" | "amod" | "nmod" | "npadvmod") && !g.negated(c))
        };
        // With the modifiers of a compound: "nuclear" in "nuclear [power] plant";
        // gathered only once an entry of several words ends in the head. (An entry's words match
        // by lemma or as written: "intelligence-sharing" is "intelligence" and "sharing".)
        let written = g.p.word(t);
        let mut mods: Option<Vec<&str>> = None;
        // (Only the entries that end in the head as lemma, as written, or as a name's plural.)
        let plural = written.strip_suffix('s').map_or(&[][..], |w| entries.ending_in(w));
        let candidates = entries.ending_in(head).iter().chain(entries.ending_in(written)).chain(plural);
        candidates.map(|&i| &entries.entries[i]).any(|e| match e.split_last() {
            Some((last, rest)) => {
                // (A name's plural is of its kind too: "Rafales", "Gripens".)
                let plural_name = || {
                    g.p.tag(t).starts_with("NNP")
                        && written.strip_suffix('s').is_some_and(|w| w.eq_ignore_ascii_case(last))
                };
                (last == head || written.eq_ignore_ascii_case(last) || plural_name())
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
                                    // (A modifier's own noun too: "infantry" in "infantry fighting
                                    // vehicles" read as a participle with its noun.)
                                    let participle = g.p.dep(c) == "amod" && g.p.tag(c) == "VBG";
                                    std::iter::once(c)
                                        .chain(modifiers(c).filter(move |_| compound || participle))
                                        .chain(hyphened(c).filter(move |_| compound))
                                })
                                .flat_map(|c| [g.p.lemma(c), g.p.word(c)])
                                .collect()
                        });
                        // (As written in a name too: "Mutual Defense Treaty".)
                        rest.iter().all(|w| mods.iter().any(|m| m.eq_ignore_ascii_case(w)))
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
        // What it calls its object, unless that is said of another named actor: "called Manila its
        // oldest ally", not "called Belarus Russia's closest ally".
        let another_named = |c: usize| {
            g.kids[c].iter().any(|&m| g.p.dep(m) == "poss" && g.p.tag(m) != "PRP$" && !g.actors_at[m].is_empty())
        };
        complements.extend(g.kids[t].iter().copied().filter(|&c| g.p.dep(c) == "oprd" && !another_named(c)));
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
            let mut objects = g.objects(t);
            // (A name no actor has is what its apposition says: "hosts Camp Lemonnier, the US base".)
            let unnamed = |o: &usize| g.p.tag(*o).starts_with("NNP") && g.actors_at[*o].is_empty();
            let appositions: Vec<usize> = objects
                .iter()
                .filter(|o| unnamed(o))
                .flat_map(|&o| g.kids[o].iter().copied().filter(|&a| g.p.dep(a) == "appos"))
                .collect();
            objects.extend(appositions);
            // An intransitive verb's subject is what moves: "oil flows to India", "the first batch
            // of Leopard tanks arrived in Ukraine from Germany".
            // (Or of a verb of reaching: "Argentine gas is reaching Brazilian factories".)
            // (Or of a verb of ranging over the area it takes as object: "Dutch frigates patrolled the
            // Baltic Sea alongside Polish warships".)
            let lemma = g.p.lemma(t);
            // (A participle's noun too, when its subject is whoever has it: "Burundi has 10,000 troops
            // fighting alongside the Congolese army".)
            let movers = if objects.is_empty()
                || self.listed("reaching_verbs", lemma)
                || self.listed("ranging_verbs", lemma)
                || self.listed("rehearsing_verbs", lemma)
            {
                let mut m = g.subjects(t);
                m.extend(g.p.head(t).filter(|&h| g.p.dep(t) == "acl" && !m.contains(&h)));
                m
            } else {
                Vec::new()
            };
            // (An amount stands for what it measures: "imported 2 million barrels per day of oil".)
            out.extend(objects.into_iter().flat_map(|o| g.with_measured(o)));
            // A particle parsed as a preposition holds the object: "handed over jets" read as "over jets".
            // (And what an amount supplied "with" measures: "supply Egypt with 3 million tonnes a year of LNG".)
            out.extend(g.prep_objects(t, "with").into_iter().flat_map(|o| g.with_measured(o)));
            // (And what an amount there measures: "targeted X in a new round of sanctions".)
            // (Not what a weapon is fired on: "had fired on an American helicopter".)
            let fired = self.listed("firing_verbs", lemma);
            for prep in ["on", "of"].into_iter().filter(|&w| w != "on" || !fired) {
                out.extend(g.prep_objects(t, prep));
            }
            out.extend(g.prep_objects(t, "in").into_iter().flat_map(|o| g.with_measured(o)));
            // (What one seeks from someone: "turned to Russia for diesel", class seeking_verbs; the
            // parse may hang "for" on the one sought.)
            if self.listed("seeking_verbs", lemma) {
                out.extend(g.prep_objects(t, "for"));
                for o in g.prep_objects(t, "to") {
                    out.extend(g.prep_objects(o, "for"));
                }
            }
            // (What a share given as the verb's own preposition measures: "accounts for 40 percent of
            // Hungary's gas imports".)
            for prep in particles {
                out.extend(g.prep_objects(t, prep).into_iter().flat_map(|o| g.with_measured(o)));
            }
            out.extend(movers.into_iter().flat_map(|x| g.with_measured(x)));
            // "rushed a battery to Israel, along with 100 U.S. troops": what goes along goes too.
            let along = g.kids[t].iter().copied().filter(|&a| matches!(g.p.lemma(a), "along" | "together"));
            let with: Vec<usize> =
                along.flat_map(|a| g.kids[a].iter().copied().filter(|&w| g.p.lemma(w) == "with")).collect();
            out.extend(with.into_iter().flat_map(|w| g.kids[w].iter().copied().filter(|&o| g.p.dep(o) == "pobj")));
            out.extend(g.kids[t].iter().copied().filter(|&c| g.p.dep(c) == "advmod"));
            // What an order won or awarded is for: "secured Indonesia's order for 42 jets" (class
            // order_verbs).
            if self.listed("order_verbs", g.p.lemma(t)) {
                let orders: Vec<usize> =
                    g.objects(t).into_iter().filter(|&o| self.listed("orders", g.p.lemma(o))).collect();
                // (The parse may hang "for" on the verb: "won a contract from Poland for 152 howitzers".)
                let own = if orders.is_empty() { Vec::new() } else { g.prep_objects(t, "for") };
                // (Or what modifies the order: "won the UAE's 80-aircraft order", "a frigate tender".)
                let kinds: Vec<usize> = orders
                    .iter()
                    .flat_map(|&o| {
                        g.kids[o]
                            .iter()
                            .copied()
                            .filter(|&c| matches!(g.p.dep(c), "compound" | "amod" | "nmod" | "nummod"))
                    })
                    .collect();
                out.extend(
                    orders
                        .into_iter()
                        .flat_map(|o| g.prep_objects(o, "for"))
                        .chain(own)
                        .flat_map(|o| g.with_measured(o))
                        .chain(kinds),
                );
            }
            // The list one is added to: "added X to its sanctions list" (class listing_verbs).
            if self.listed("listing_verbs", g.p.lemma(t)) {
                out.extend(g.prep_objects(t, "to"));
            }
            // What one is thanked for: "thanked Russia for its support" (class gratitude_verbs).
            if self.listed("gratitude_verbs", g.p.lemma(t)) {
                // ("thanked Moscow for the shipments of crude oil": what a delivery carries too.)
                out.extend(g.prep_objects(t, "for").into_iter().flat_map(|o| g.with_measured(o)));
            }
            // What a call asks its addressee to do: "urged the junta [to end] the violence".
            if self.listed("call_verbs", g.p.lemma(t)) {
                out.extend(g.kids[t].iter().copied().filter(|&c| g.p.dep(c) == "xcomp" && g.is_verb(c)));
            }
            // What one travels for: "flew to Ankara for the signing" (class tours).
            if self.listed("tours", g.p.lemma(t)) {
                out.extend(g.prep_objects(t, "for"));
            }
            // What a contractor is chosen for, down the chain of its "as"/"for" phrase: "chose Rosatom
            // as the leader of the consortium for its first nuclear plant" (class selecting_verbs).
            if self.listed("selecting_verbs", g.p.lemma(t)) {
                let mut stack: Vec<usize> = ["as", "for"].iter().flat_map(|p| g.prep_objects(t, p)).collect();
                // (Or what it is chosen to do: "was selected to lead construction of X's first plant".)
                let to_do = g.kids[t].iter().copied().filter(|&c| g.p.dep(c) == "xcomp" && g.is_verb(c));
                stack.extend(to_do.flat_map(|c| g.objects(c)));
                while let Some(o) = stack.pop() {
                    out.push(o);
                    for &c in &g.kids[o] {
                        match g.p.dep(c) {
                            "compound" | "amod" | "nmod" => out.push(c),
                            "prep" if matches!(g.p.lemma(c), "of" | "for") => stack.extend(
                                g.kids[c].iter().copied().filter(|&x| g.p.dep(x) == "pobj" && !out.contains(&x)),
                            ),
                            _ => {}
                        }
                    }
                }
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
            // "a treaty on security guarantees", "the sale of jets"; "cooperation in the military
            // sphere" (a field word of class `spheres` after "in").
            // (Also on its "of" object, "coordination of actions in the military sphere"; and the
            // field's own "of": "in the field of defence".)
            // (A conjunct shares the "of" its head carries after it: "alliance and coordination of
            // actions in the military sphere".)
            let conj_head = g.p.head(t).filter(|_| g.p.dep(t) == "conj");
            let shared =
                |w: &str| conj_head.map(|h| g.prep_objects(h, w)).unwrap_or_default().into_iter().filter(|&o| o > t);
            let of: Vec<usize> = g.prep_objects(t, "of").into_iter().chain(shared("of")).collect();
            let spheres: Vec<usize> = std::iter::once(t)
                .chain(of.iter().copied())
                .flat_map(|x| g.prep_objects(x, "in"))
                .chain(shared("in"))
                .filter(|&o| self.listed("spheres", g.p.lemma(o)))
                .collect();
            let fields = spheres.iter().flat_map(|&o| g.prep_objects(o, "of"));
            // ("the main destination for Venezuelan oil": a noun of class `for_themes` takes its theme
            // after "for".)
            let for_theme = if self.listed("for_themes", g.p.lemma(t)) { g.prep_objects(t, "for") } else { Vec::new() };
            let objects: Vec<usize> = of
                .iter()
                .copied()
                .chain(g.prep_objects(t, "on"))
                .chain(spheres.iter().copied())
                .chain(fields)
                .chain(for_theme)
                .collect();
            for o in objects {
                out.push(o);
                out.extend(g.kids[o].iter().copied().filter(|&c| matches!(g.p.dep(c), "compound" | "amod" | "nmod")));
            }
            let modifiers =
                |x: usize| g.kids[x].iter().copied().filter(|&c| matches!(g.p.dep(c), "compound" | "amod" | "nmod"));
            // ("a 32-jet buy", "an 80-aircraft order": a count fused to a noun, tagged a number.)
            let counted = |c: usize| {
                g.p.dep(c) == "nummod"
                    && g.p.word(c).split_once('-').is_some_and(|(n, w)| {
                        !n.is_empty()
                            && n.bytes().all(|b| b.is_ascii_digit())
                            && w.starts_with(|ch: char| ch.is_alphabetic())
                    })
            };
            out.extend(g.kids[t].iter().copied().filter(|&c| counted(c)));
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
            // (Or what it binds its parties to do: "a treaty that obliges each side to provide
            // military assistance", "an accord committing them to mutual assistance"; class
            // obliging_verbs.)
            // (Or of the verb it is the subject of: "the treaty obliges each side to ...".)
            let governs = g.p.head(t).filter(|_| g.p.dep(t) == "nsubj");
            let clauses: Vec<usize> =
                g.kids[t].iter().copied().filter(|&v| matches!(g.p.dep(v), "relcl" | "acl")).chain(governs).collect();
            let bound = clauses
                .iter()
                .copied()
                .filter(|&v| self.listed("obliging_verbs", g.p.lemma(v)))
                .flat_map(|v| {
                    // (The infinitive may hang on who is bound: "obliges [each side] to provide".)
                    let parties = g.objects(v);
                    let to_do =
                        g.kids[v].iter().chain(parties.iter().flat_map(|&o| g.kids[o].iter())).copied().filter(|&c| {
                            matches!(g.p.dep(c), "xcomp" | "relcl" | "acl")
                                && g.is_verb(c)
                                && g.kids[c].iter().any(|&a| g.p.dep(a) == "aux" && g.p.lemma(a) == "to")
                        });
                    to_do.flat_map(|c| g.objects(c)).chain(g.prep_objects(v, "to")).collect::<Vec<_>>()
                })
                .collect::<Vec<_>>();
            // (Or what it provides for: "a treaty that provides for mutual military assistance", "the
            // accord envisages joint patrols"; class stipulating_verbs.)
            let stipulated = clauses
                .iter()
                .copied()
                .filter(|&v| self.listed("stipulating_verbs", g.p.lemma(v)))
                .flat_map(|v| g.prep_objects(v, "for").into_iter().chain(g.objects(v)))
                .collect::<Vec<_>>();
            for o in contained.into_iter().chain(bound).chain(stipulated) {
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
            // (The parse may hang it on the other party: "a contract with Lockheed [for HIMARS]", or
            // on the verb the noun is the object of: "signed a contract in 2024 [for 12 jets]".)
            let parties = g.prep_objects(t, "with").into_iter().chain(g.prep_objects(t, "from"));
            let signer = g.p.head(t).filter(|&v| g.p.dep(t) == "dobj" && g.is_verb(v));
            out.extend(
                parties
                    .flat_map(|w| g.prep_objects(w, "for"))
                    .chain(signer.into_iter().flat_map(|v| g.prep_objects(v, "for")))
                    .flat_map(|o| g.with_measured(o)),
            );
        }
        // Coordinated themes ("tanks and missiles").
        let mut all = Vec::new();
        for o in out {
            all.extend(g.conjuncts(o));
        }
        // "ordered frigates from X, which delivered two of them", "... two of the vessels": a pronoun
        // or a definite general noun (class `anaphoric_things`) stands for the theme named before it
        // in the sentence.
        let refers = |x: usize| {
            matches!(g.p.lemma(x), "they" | "them" | "it")
                || g.definite(x) && g.p.tag(x).starts_with("NN") && self.listed("anaphoric_things", g.p.lemma(x))
        };
        if let Some(x) = all.iter().copied().find(|&x| refers(x)) {
            let named = (0..x)
                .rev()
                .filter(|&n| g.p.tag(n).starts_with("NN") && g.actors_at[n].is_empty())
                .find(|&n| ["weapons", "energy", "goods", "troops", "nuclear"].iter().any(|c| self.in_class(g, n, c)));
            all.extend(named);
        }
        all
    }

    /// The participants of frame `f` on predicate `t`; `None` when the frame
    /// does not hold (no theme, an excluded word).
    /// "X echoed these sentiments", "Y joined the condemnation": an echo verb
    /// whose object is a definite stance noun with no actor of its own.
    fn echoes(&self, g: &Graph) -> Vec<(RelationType, usize, usize)> {
        let Some(verbs) = self.classes.get("echo_verbs").map(|c| &c.entries) else { return Vec::new() };
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
        // A base that is attacked is named as a target, no statement of basing: "militias attacked
        // U.S. bases in Iraq and Syria", "drones struck a Russian base in Syria".
        if f.relation == RelationType::MilitaryCooperation
            && !g.is_verb(t)
            && self.listed("garrisons", g.p.lemma(t))
            && g.attacked(g.list_head(t))
        {
            return true;
        }
        // "deployed troops in support of the government", "carried out strikes in support of Kyiv": the
        // support an act of force gives is that act, no stance (what the act is, its own frame says).
        // ("deployed troops to support Russian forces": so is the support a purpose infinitive of such
        // an act gives.)
        if f.relation == RelationType::PoliticalSupport && (!g.is_verb(t) && g.p.dep(t) == "pobj" || g.is_purpose(t)) {
            let act = if g.is_purpose(t) {
                g.p.head(t)
            } else {
                g.p.head(t).filter(|&i| g.p.lemma(i) == "in").and_then(|i| g.p.head(i))
            };
            let forceful = [RelationType::TroopDeployment, RelationType::ArmedConflict, RelationType::ArmsSupply];
            let force = |a: usize| forceful.iter().any(|&r| self.has_predicate(g.p.lemma(a), g.is_verb(a), r));
            // (A verb of force with what it sends or does as its object, "sent troops", "kept soldiers";
            // not "remains steadfast in its support". Or the act is the verb's object: "carried out
            // strikes in support of Kyiv".)
            let forceful_verb = |a: usize| {
                let objects = g.objects(a);
                !objects.is_empty() && (force(a) || objects.into_iter().any(force))
            };
            if act.is_some_and(|a| if g.is_verb(a) { forceful_verb(a) } else { force(a) }) {
                return true;
            }
        }
        // "a support network", "support vessels": a noun of backing that modifies a thing is no stance.
        if f.relation == RelationType::PoliticalSupport
            && !g.is_verb(t)
            && g.p.dep(t) == "compound"
            && g.p.head(t).is_some_and(|h| h > t && matches!(g.p.tag(h), "NN" | "NNS"))
        {
            return true;
        }
        // Forces that back others back them in the field, no stance: "Haitian police backed by Kenyan
        // officers", "government forces backed by African Union troops", "soldiers backed by Russian
        // instructors".
        if f.relation == RelationType::PoliticalSupport && g.is_verb(t) {
            let doers = if g.passive(t) || g.p.dep(t) == "acl" { g.by_agent(t) } else { g.subjects(t) };
            let forces = ["troops", "personnel", "crewed", "armed_services", "trainers"];
            if doers.iter().any(|&x| forces.iter().any(|c| self.in_class(g, x, c))) {
                return true;
            }
        }
        // A phrasal verb of another sense: "talked up the prospect" is no talk (an entry "talk up").
        if g.is_verb(t)
            && f.exclude_phrases.iter().any(|e| {
                e.len() == 2
                    && e[0] == lemma_of(t)
                    && g.kids[t].iter().any(|&c| g.p.dep(c) == "prt" && g.p.lemma(c) == e[1])
            })
        {
            return true;
        }
        // A noun with no theme in its frame watches its own modifiers, not its topic ("talks on the
        // border" are talks; "a visit to the border" is no meeting, through the role `to`).
        let mut watch: Vec<usize> = if f.theme.is_some() || g.is_verb(t) { themes.to_vec() } else { vec![t] };
        // (And what it is "of", when that names no one: "Japan's export of PAC-3 interceptors"; and
        // what it is to do: "its commitment with the United States to buy corn".)
        if f.theme.is_none() && !g.is_verb(t) {
            watch.extend(g.prep_objects(t, "of").into_iter().filter(|&o| g.actors_at[o].is_empty()));
            watch.extend(g.kids[t].iter().copied().filter(|&v| {
                g.p.dep(v) == "acl" && g.kids[v].iter().any(|&a| g.p.dep(a) == "aux" && g.p.tag(a) == "TO")
            }));
        }
        // ("imposed tariffs on Japanese imports in retaliation": a noun "in" which an act is done is
        // that act, and what the act takes says its sense.)
        if f.theme.is_none() && !g.is_verb(t) && g.p.dep(t) == "pobj" {
            let act = g.p.head(t).filter(|&i| g.p.lemma(i) == "in").and_then(|i| g.p.head(i)).filter(|&v| g.is_verb(v));
            watch.extend(act.into_iter().flat_map(|v| g.objects(v)));
        }
        // (Where a verb is done with someone it names, below: no role's word either.)
        let mut venues: Vec<usize> = Vec::new();
        // A prepositional verb's object is its preposition's: "stand with the government in its
        // efforts" stands with the government, whatever the efforts are.
        if g.is_verb(t) && f.theme.is_none() {
            if let Some(own) = particles.last().map(|w| g.prep_objects(t, w)).filter(|o| !o.is_empty()) {
                watch = own;
            }
            // Where it is done with someone it names is no sense of it: "met his counterpart in the
            // border city of X".
            // ("the President of Romania": or whom it is "of".)
            let named = |x: usize| {
                !g.actors(x, false).is_empty()
                    || g.prep_objects(x, "of").into_iter().any(|o| !g.actors(o, false).is_empty())
            };
            // (So is where two it names together do it: "X and Y met in the city of Z".)
            let pair_subject = || {
                let mut both: Vec<usize> =
                    g.subjects(t).into_iter().flat_map(|x| g.conjuncts(x)).flat_map(|x| g.actors(x, false)).collect();
                both.sort_unstable();
                both.dedup();
                both.len() >= 2
            };
            if g.objects(t).into_iter().chain(g.prep_objects(t, "with")).any(named) || pair_subject() {
                let mut places = g.prep_objects(t, "in");
                // (And where a guest it names is received: "welcomed the President of Romania to
                // NATO Headquarters", "hosted him at its Brussels office".)
                if f.relation == RelationType::DiplomaticMeeting {
                    let hosts: Vec<usize> = std::iter::once(t).chain(g.objects(t)).collect();
                    places.extend(
                        hosts.iter().flat_map(|&h| ["to", "at"].into_iter().flat_map(move |w| g.prep_objects(h, w))),
                    );
                }
                watch.retain(|x| !places.contains(x));
                venues = places;
            }
            // Nor where one goes together with someone it names: "visited the camps with Yunus" (not
            // what is done with them: "traded fire with ELN units").
            if f.relation == RelationType::DiplomaticMeeting && g.prep_objects(t, "with").into_iter().any(named) {
                let objects = g.objects(t);
                watch.retain(|x| !objects.contains(x));
            }
        }
        // A harm condemned is a harm whatever it is done to: "condemned the shelling of markets by X"
        // (class harms) is no criticism of a market.
        if f.relation == RelationType::Condemnation && g.is_verb(t) {
            let harms: Vec<usize> = watch.iter().copied().filter(|&x| self.in_class(g, x, "harms")).collect();
            let done_to: Vec<usize> = harms.iter().flat_map(|&h| g.prep_objects(h, "of")).collect();
            watch.retain(|x| !harms.contains(x) && !done_to.contains(x));
        }
        // A naming verb's object and what follows it are a small clause the parse may read as an
        // apposition or as one noun: "designated Kenya a major non-NATO ally" names an ally, whatever
        // else it is.
        if g.is_verb(t) && self.listed("naming_verbs", lemma_of(t)) {
            // (Or as a name fused to the verb with the label hung on it: "designated Kenya a ... ally"
            // parsed as "Kenya" <- "ally".)
            let nominal = |x: usize, deps: &[&str]| deps.contains(&g.p.dep(x)) && g.p.tag(x).starts_with("NN");
            for o in g.kids[t].iter().copied().filter(|&o| nominal(o, &["dobj", "compound", "oprd"])) {
                watch.push(o);
                watch.extend(
                    g.kids[o].iter().copied().filter(|&a| nominal(a, &["appos", "dobj", "oprd", "nsubj", "attr"])),
                );
            }
        }
        // "African Lion, the largest exercise on the continent, which Morocco co-hosts": a relative
        // clause the parse hung on the object of a preposition may be on the noun that object modifies.
        if g.p.dep(t) == "relcl" {
            let noun_above =
                g.p.head(t)
                    .filter(|&h| g.p.dep(h) == "pobj")
                    .and_then(|h| g.p.head(h))
                    .and_then(|a| g.p.head(a).filter(|&n| g.p.dep(a) == "prep" && g.p.tag(n).starts_with("NN")));
            watch.extend(noun_above);
        }
        // One designated or named to do a task is appointed, not sanctioned: "designated the state
        // firm to lead the consortium" (class appointed_tasks).
        if f.relation == RelationType::Sanctions
            && g.is_verb(t)
            && g.kids[t].iter().any(|&v| {
                g.p.dep(v) == "xcomp"
                    && self.listed("appointed_tasks", lemma_of(v))
                    && g.kids[v].iter().any(|&a| g.p.dep(a) == "aux" && g.p.tag(a) == "TO")
            })
        {
            return true;
        }
        // "drills encircling Taiwan": what an exercise does is practised, not done (class exercises).
        if g.is_verb(t)
            && f.relation == RelationType::ArmedConflict
            && g.p.dep(t) == "acl"
            && g.p.head(t).is_some_and(|h| self.in_class(g, h, "exercises"))
        {
            return true;
        }
        // "praised the Houthis' stand in support of the Palestinians", "thanked X for its support
        // of Y": support the praised party gives another it names is not support to the praiser.
        // (A pronoun there is the one who praises: "welcomed Berlin's backing for its bid".)
        if matches!(f.theme.as_deref(), Some("support_received" | "support_given")) && g.is_verb(t) {
            let named = |o: usize| {
                let mut todo = vec![o];
                std::iter::from_fn(|| {
                    let y = todo.pop()?;
                    todo.extend(g.kids[y].iter().copied());
                    Some(y)
                })
                .any(|y| !g.actors_at[y].is_empty() && !g.p.tag(y).starts_with("PRP"))
            };
            let beneficiary = |x: usize| {
                let of_support = g.prep_objects(x, "in").into_iter().flat_map(|s| g.prep_objects(s, "of"));
                ["for", "of", "to", "with"].into_iter().flat_map(|w| g.prep_objects(x, w)).chain(of_support).any(named)
            };
            if themes.iter().any(|&x| beneficiary(x)) {
                return true;
            }
        }
        // "Havana battles blackouts", "fought inflation": what a contest verb's object names, when
        // it is no one and no fight, is what is fought (class contest_verbs); not "fought a war with
        // X", "fought gunmen".
        if g.is_verb(t) && f.relation == RelationType::ArmedConflict && self.in_class(g, t, "contest_verbs") {
            let fought_thing = g.kids[t].iter().any(|&o| {
                g.p.dep(o) == "dobj"
                    && g.p.tag(o).starts_with("NN")
                    && g.actors_below(o).is_empty()
                    && !self.in_class(g, o, "combatants")
                    && !self.has_predicate(g.p.lemma(o), false, RelationType::ArmedConflict)
            });
            if fought_thing {
                return true;
            }
        }
        // The purpose of the act ("sent sailors to learn"): an excluded purpose cancels it too. (An
        // infinitive: what accompanies the act is no purpose, "backed Denmark, calling Greenland
        // not for sale".)
        let infinitive = |c: usize| g.kids[c].iter().any(|&a| g.p.dep(a) == "aux" && g.p.tag(a) == "TO");
        watch.extend(
            g.kids[t]
                .iter()
                .copied()
                .filter(|&c| matches!(g.p.dep(c), "advcl" | "xcomp") && g.is_verb(c) && infinitive(c)),
        );
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
        // A name's title says what it names: "hosted the U.S. destroyer USS Gravely" hosts a ship.
        if g.is_verb(t) {
            let titles: Vec<usize> = watch
                .iter()
                .filter(|&&x| g.p.tag(x).starts_with("NNP"))
                .flat_map(|&x| g.kids[x].iter().copied().filter(|&c| g.p.dep(c) == "compound" && g.p.tag(c) == "NN"))
                .collect();
            watch.extend(titles);
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
                // ("in a new sanctions round": the round's kind too.)
                for o in g.prep_objects(t, "in") {
                    watch.extend(g.prep_objects(o, "of"));
                    watch.extend(g.kids[o].iter().copied().filter(|&c| g.p.dep(c) == "compound"));
                }
            }
        }
        let senses = watch.len();
        // A role's word ("a visit to the border", "support of the nuclear plant"); its modifiers
        // only when no actor hangs below it ("support for the military government of Niger").
        // (Not a doer named after "by", which the senses do not describe: "was received by the
        // Kenyan leadership" is a reception by Kenya, though a state hosting another's leadership is
        // none.)
        for r in f.source.iter().chain(&f.target) {
            if let Role::Prep(p) = r {
                let doer = |x: usize| p == "by" && g.passive(t) && !g.actors_below(x).is_empty();
                watch.extend(g.prep_objects(t, p).into_iter().filter(|&x| !venues.contains(&x) && !doer(x)));
            }
        }
        // A modifier in the exclude list ("economic cooperation") cancels, unless the theme class
        // holds through another one ("security and economic cooperation").
        let check_modifiers = f.theme.is_none();
        // A word that names an actor is a participant, not a sense ("backing for Myanmar's military").
        // Nor is a word of the predicate itself ("threw its weight behind X").
        let own_word = |x: usize| g.p.head(x) == Some(t) && particles.iter().any(|w| w == g.p.lemma(x));
        // (A common noun the sense names is no participant for its demonym: "hosts Chinese troops".)
        let named_sense =
            |x: usize| g.p.tag(x).starts_with("NN") && !g.p.tag(x).starts_with("NNP") && self.excluded_word(g, f, x);
        for (i, &x) in
            watch.iter().enumerate().filter(|&(_, &x)| (g.actors_at[x].is_empty() || named_sense(x)) && !own_word(x))
        {
            let modifier = matches!(g.p.dep(x), "compound" | "amod" | "nmod") && g.p.head(x) == Some(t);
            // In a frame with a theme an adjective may qualify one sense among others ("military
            // and economic aid"), but a noun fused before the predicate names its kind: a "trading
            // partner" is no ally however "main" it is.
            if modifier && !check_modifiers && g.p.dep(x) != "compound" {
                continue;
            }
            // ("clashed over the disputed border": a participle on a place says what it is.)
            let place = self.in_class(g, x, "places_fought_over");
            // (A party's own plan is no sense of its kind: "backed Egypt's reconstruction plan".)
            let owned = f.relation == RelationType::PoliticalSupport
                && g.kids[x].iter().any(|&c| g.p.dep(c) == "poss" && !g.actors_at[c].is_empty());
            if self.excluded_word(g, f, x)
                || check_modifiers
                    && !place
                    && !owned
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
        // (A capitalised plural keeps its form as its lemma: "U.K. Demands".)
        let capital_plural =
            || g.p.tag(x) == "NNPS" && f.exclude.contains(g.p.word(x).to_lowercase().trim_end_matches('s'));
        f.exclude.contains(lemma)
            || hyphen_head()
            || capital_plural()
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

    /// Who takes what noun predicate `t` names, when it is in the object of a verb with a subject
    /// of its own: "Orlen replaced eastern supplies with LNG cargoes from Venture Global" (Orlen),
    /// "Berlin looked to end its reliance on Moscow energy supplies" (Berlin); also for a
    /// participle on such a noun: "its air force flies jets bought from X, alongside drones
    /// supplied by Y" (the air force's side). Empty for a verb of its own clause.
    fn takers(&self, g: &Graph, t: usize) -> Vec<usize> {
        if g.is_verb(t) && g.p.dep(t) != "acl" {
            return Vec::new();
        }
        let mut x = t;
        for _ in 0..6 {
            let Some(h) = g.p.head(x).filter(|_| matches!(g.p.dep(x), "pobj" | "prep" | "dobj" | "conj" | "acl"))
            else {
                break;
            };
            if g.is_verb(h) && g.p.dep(h) != "acl" {
                return g.subjects(h).into_iter().flat_map(|s| g.actors(s, false)).collect();
            }
            x = h;
        }
        Vec::new()
    }

    /// Whether the plain materiel a weapons frame moves is military by who takes it or gives it:
    /// "handed over the first vehicles to the Australian Army", "the navy bought four boats from X"
    /// (class `materiel` as the theme, class `armed_services` as a party of the predicate).
    fn equips_forces(&self, g: &Graph, t: usize, class: &str, themes: &[usize]) -> bool {
        class == "weapons"
            && themes.iter().any(|&x| self.in_class(g, x, "materiel"))
            && ["to", "for", "from", "by"]
                .into_iter()
                .flat_map(|w| g.prep_objects(t, w))
                .chain(g.subjects(t))
                .chain(g.kids[t].iter().copied().filter(|&c| g.p.dep(c) == "dative"))
                .flat_map(|x| g.conjuncts(x))
                .any(|x| self.in_class(g, x, "armed_services") && !g.actors_at[x].is_empty())
    }

    /// Whether noun predicate `t` is what a definite pledge or pact is "of" or "on": "the pledge of
    /// military cooperation", "the agreement on defence cooperation" (classes pledges, commitments)
    /// name the event the document stated before, like a definite predicate.
    fn pledged_of(&self, g: &Graph, t: usize) -> bool {
        g.p.dep(t) == "pobj"
            && g.p.head(t).filter(|&a| matches!(g.p.lemma(a), "of" | "on")).and_then(|a| g.p.head(a)).is_some_and(|n| {
                g.definite(n) && (self.listed("pledges", g.p.lemma(n)) || self.listed("commitments", g.p.lemma(n)))
            })
    }

    /// Whether those who do predicate `t` each do it on their own with a named other: a floating
    /// "each" or a word of class `apart` on the predicate or its light verb, and a `with` object
    /// that names an actor ("X, Y and Z each signed an agreement with W").
    fn each_with_other(&self, g: &Graph, t: usize) -> bool {
        let on_own = |x: usize| {
            g.kids[x]
                .iter()
                .any(|&c| (g.p.lemma(c) == "each" && !g.p.tag(c).starts_with("NN")) || self.in_class(g, c, "apart"))
        };
        // (Also of the noun a predicate is fused before: "each signed a defence cooperation pact".)
        let noun = Some(t).filter(|_| g.p.dep(t) == "compound").and_then(|_| g.p.head(t));
        let verbs: Vec<usize> =
            std::iter::once(t).chain(g.light_verb(t)).chain(noun).chain(noun.and_then(|n| g.light_verb(n))).collect();
        let objects = verbs.iter().flat_map(|&v| g.kids[v].iter().copied().filter(|&o| g.p.dep(o) == "dobj"));
        let with_whom: Vec<usize> =
            verbs.iter().copied().chain(objects).flat_map(|v| g.prep_objects(v, "with")).collect();
        verbs.iter().any(|&v| on_own(v)) && with_whom.iter().any(|&w| !g.actors(w, false).is_empty())
    }

    /// Whether tokens `a` and `b` are members of one subject list whose verb each of them does on
    /// their own with a named other (see `each_with_other`): the word-window reader asks this before
    /// pairing them.
    pub fn each_with_other_subjects(&self, p: &Parse, actors_at: &[Vec<usize>], a: usize, b: usize) -> bool {
        let top = |mut x: usize| {
            while p.dep(x) == "conj" {
                let Some(h) = p.head(x) else { break };
                x = h;
            }
            x
        };
        let s = top(a);
        if s != top(b) || !matches!(p.dep(s), "nsubj" | "nsubjpass") {
            return false;
        }
        let g = Graph::new(p, actors_at, self);
        p.head(s).is_some_and(|v| self.each_with_other(&g, v))
    }

    /// Whether predicate `t` (or its light verb) is done together: "joint strikes", "fought
    /// together", "trained side by side" (class `together`).
    fn done_together(&self, g: &Graph, t: usize) -> bool {
        std::iter::once(t).chain(g.light_verb(t)).any(|x| {
            g.kids[x].iter().any(|&c| matches!(g.p.dep(c), "amod" | "advmod") && self.in_class(g, c, "together"))
        })
    }

    /// Whether transfer `t` names its receivers only by words for no one in particular (class
    /// `anyone`: "sending weapons to either side"). With none named, a denial may be of one
    /// shipment ("denied supplying the drones"), not of every transfer.
    fn to_anyone(&self, g: &Graph, t: usize) -> bool {
        let p = g.p;
        let receivers: Vec<usize> = g
            .prep_objects(t, "to")
            .into_iter()
            .chain(g.kids[t].iter().copied().filter(|&c| p.dep(c) == "dative"))
            .collect();
        !receivers.is_empty()
            && receivers.iter().all(|&o| {
                self.in_class(g, o, "anyone")
                    || g.kids[o].iter().any(|&d| matches!(p.dep(d), "det" | "preconj") && self.in_class(g, d, "anyone"))
            })
    }

    /// The relations frame `f` reads at predicate `t`, and the sources of a
    /// transfer whose receiver is not named at all (see [`Reading::open`]);
    /// `None` when the frame does not hold (no theme, an excluded word).
    fn apply(&self, g: &Graph, t: usize, f: &Frame, particles: &[String]) -> Option<(Vec<FrameHit>, Vec<usize>)> {
        // "called on Japan to open its markets": a call with an infinitive demands, it visits no one.
        if f.relation == RelationType::DiplomaticMeeting
            && self.cues.get(g.p.lemma(t)).is_some_and(|c| c.contains(&Cue::Call))
            && g.kids[t].iter().any(|&c| {
                matches!(g.p.dep(c), "xcomp" | "advcl")
                    && g.kids[c].iter().any(|&a| g.p.tag(a) == "TO" || g.p.dep(a) == "aux" && g.p.lemma(a) == "to")
            })
        {
            return None;
        }
        // "the treaty covers armed attacks on Philippine vessels", "extends to attacks on its
        // forces": what a pledge or rule covers is a case it provides for, no attack (class
        // coverage_verbs).
        if f.relation == RelationType::ArmedConflict && !g.is_verb(t) && self.covered_case(g.p, t) {
            return None;
        }
        let mut themes = self.theme_tokens(g, t, particles);
        // In a deployment read off a verb of helping (class troop_acts) the troops are who helps, the
        // subject or the passive agent: "Kenyan troops helped Somali forces", "Somali forces backed by
        // AU troops"; "the US helped Ukrainian troops with intelligence" sends none.
        if f.relation == RelationType::TroopDeployment && g.is_verb(t) && self.listed("troop_acts", g.p.lemma(t)) {
            themes = g.subjects(t);
            themes.extend(g.prep_objects(t, "by"));
            themes.extend(g.p.head(t).filter(|_| g.p.dep(t) == "acl"));
        }
        // "Gazprom also supplies Kyrgyzstan", "QatarEnergy delivers 40 cargoes a year to Bangladesh":
        // a firm that trades in the theme names it itself, when the sentence names no other goods
        // (only actors or amounts); then only such a firm is the source. So in a noun of supply:
        // "Gazprom increased deliveries to Kazakhstan".
        let mut by_trade = false;
        if let Some(class) = &f.theme {
            let called = || self.complements(g, t).into_iter().any(|x| self.in_class(g, x, class));
            if !themes.iter().any(|&x| self.in_class(g, x, class))
                && !called()
                && !self.equips_forces(g, t, class, &themes)
            {
                // (Common nouns only: a date's name, "in May", is no goods. A generic word for a
                // machine names an arms maker's own: "Hungary is receiving its vehicles from
                // Rheinmetall".)
                let machine = |x: usize| {
                    class == "weapons"
                        && (self.listed("model_named", g.p.lemma(x)) || self.listed("kind_heads", g.p.lemma(x)))
                };
                let bare = themes.iter().all(|&x| {
                    !matches!(g.p.tag(x), "NN" | "NNS")
                        || !g.actors_at[x].is_empty()
                        || self.listed("measures", g.p.lemma(x))
                        || machine(x)
                });
                if g.supplies.iter().all(|s| *s != Some(f.relation)) || !bare {
                    return None;
                }
                by_trade = true;
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
            // "Argentina, Bolivia and Costa Rica are pursuing negotiations with creditor banks": those
            // listed as the subject of talks with someone who is no actor are each one side of their own.
            let with_others = f.relation == RelationType::DiplomaticMeeting && {
                let with: Vec<usize> =
                    std::iter::once(t).chain(g.light_verb(t)).flat_map(|x| g.prep_objects(x, "with")).collect();
                !with.is_empty() && with.iter().all(|&w| g.actors(w, false).is_empty())
            };
            // (Not the sides "between" or "among" whom the talks are: "talks between X and Y with
            // interest", "the two ministers were meeting with the bank's president".)
            let between: Vec<usize> = if with_others {
                ["between", "among"]
                    .into_iter()
                    .flat_map(|w| g.prep_objects(t, w))
                    .flat_map(|o| g.conjuncts(o))
                    .flat_map(|o| g.actors(o, false))
                    .collect()
            } else {
                Vec::new()
            };
            // "Chadian and Nigerien troops fought Boko Haram": a group that fights a named enemy
            // fights on one side.
            // (A noun's too: "joined the US in strikes on the Houthis".)
            let enemies: Vec<usize> = if f.relation == RelationType::ArmedConflict {
                let objects = if g.is_verb(t) { g.objects(t) } else { Vec::new() };
                let named =
                    objects.into_iter().chain(["against", "with", "on"].iter().flat_map(|w| g.prep_objects(t, w)));
                named.flat_map(|x| g.conjuncts(x)).flat_map(|x| g.actors(x, false)).collect()
            } else {
                Vec::new()
            };
            // ("Mexican soldiers and police fought gunmen": so does one that fights fighters no name
            // is given for.)
            // (Nor one that fights a name the lexicon does not know: "Soldiers and National Guard
            // members fought gun battles with the Chapitos".)
            let unnamed_enemy = f.relation == RelationType::ArmedConflict && self.fights_unnamed(g.p, g.actors_at, t);
            // (Nor do the agents of a passive attack fight each other: "sites bombed by Israel and the
            // United States".)
            let agents = f.relation == RelationType::ArmedConflict
                && g.is_verb(t)
                && (g.passive(t) || g.p.tag(t) == "VBN" && matches!(g.p.dep(t), "acl" | "amod"));
            // (Nor those who strike "jointly": "Russian and Syrian jets launched joint strikes".)
            let jointly = f.relation == RelationType::ArmedConflict && self.done_together(g, t);
            // (Nor those who each did it with a named other: "Finland, Sweden and Denmark each signed
            // a pact with the United States", "... separately held talks with X".)
            let each_with = self.each_with_other(g, t);
            // (Nor do those who act "alongside" a named other act on each other: "troops from Chad and
            // Niger fought alongside French soldiers" are one side.)
            let beside: Vec<usize> = std::iter::once(t)
                .chain(g.light_verb(t))
                .flat_map(|x| g.prep_objects(x, "alongside"))
                .flat_map(|o| g.conjuncts(o))
                .flat_map(|o| g.actors(o, false))
                .collect();
            for group in g.pairs(t) {
                if agents
                    || jointly
                    || unnamed_enemy
                    || each_with
                    || enemies.iter().any(|e| !group.contains(e))
                    || beside.iter().any(|b| !group.contains(b))
                {
                    continue;
                }
                // ("the two ministers were meeting with X": one word for both meets X together.)
                let one_word = g.actors_at.iter().any(|here| group.iter().all(|m| here.contains(m)));
                if with_others && !one_word && !group.iter().all(|m| between.contains(m)) {
                    continue;
                }
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
        // "the fellow NATO allies Norway and Denmark": those a "fellow" relational noun describes
        // stand in the relation to each other.
        if symmetric && !g.is_verb(t) && g.kids[t].iter().any(|&c| g.p.dep(c) == "amod" && g.p.lemma(c) == "fellow") {
            let mut fellows: Vec<usize> = Vec::new();
            // (The names right after it, read as its conjuncts: "allies Norway and Denmark".)
            let mut described = g.described(t);
            if described.is_empty() {
                described.extend(g.kids[t].iter().copied().filter(|&c| c == t + 1 && g.p.dep(c) == "conj"));
            }
            // (Or the list it is in apposition to: "Norway and Denmark, fellow NATO allies".)
            if described.is_empty() && g.p.dep(t) == "appos" {
                described.extend(g.p.head(t).map(|h| g.list_head(h)));
            }
            for x in described.into_iter().flat_map(|d| g.conjuncts(d)) {
                for a in g.actors(x, false) {
                    if !fellows.contains(&a) {
                        fellows.push(a);
                    }
                }
            }
            for (i, &a) in fellows.iter().enumerate() {
                for &b in fellows[i + 1..].iter().filter(|&&b| !g.one_member(a, b)) {
                    hits.push(FrameHit { relation: f.relation, source: a, target: b, predicate: t });
                }
            }
        }
        // A theme noun's modifier stands for a participant ("deployed Belarusian troops") only in a
        // frame that has a theme: "the meeting of the SCO" has none, and the body whose meeting it
        // is hosts it rather than meets. A possessor still does ("welcomed the junta's plan").
        let role_themes = Themes { all: &themes, modified: if f.theme.is_some() { &themes } else { &[] } };
        let (mut sources, source_role) = first_with_actors(g, t, &f.source, &role_themes, particles);
        if by_trade {
            // (Not a firm that names whom the verb takes: "received Gazprom Chief Executive Alexei
            // Miller" receives a person, no gas.)
            let in_theme = |m: usize| {
                (0..g.p.len()).any(|x| {
                    g.actors_at[x].contains(&m)
                        && matches!(g.p.dep(x), "compound" | "poss")
                        && g.p.head(x).is_some_and(|h| h != t && themes.contains(&h))
                })
            };
            sources.retain(|&m| g.supplies.get(m) == Some(&Some(f.relation)) && !in_theme(m));
        }
        let (mut targets, mut target_role) = first_with_actors(g, t, &f.target, &role_themes, particles);
        // "Embraer's C-390 flies with the air forces of X": a subject that is itself what moves,
        // named with its maker, receives nothing (the maker is no receiver).
        let made_by = |x: usize| {
            g.kids[x].iter().any(|&c| matches!(g.p.dep(c), "poss" | "compound") && !g.actors_at[c].is_empty())
        };
        if target_role == Some(&Role::Subj)
            && g.is_verb(t)
            && !matches!(g.p.dep(t), "acl" | "relcl" | "amod")
            && f.theme
                .as_ref()
                .is_some_and(|class| g.subjects(t).iter().any(|&x| self.in_class(g, x, class) && made_by(x)))
        {
            return None;
        }
        // "Kuwait has the full support of Saudi Arabia", "won the backing of Washington": backing one
        // has, wins or enjoys (class gaining_verbs) is given by whom it is "of" or "from".
        if let Some(v) =
            g.p.head(t)
                .filter(|_| f.relation == RelationType::PoliticalSupport && !g.is_verb(t) && self.is_gained(g.p, t))
        {
            // (Or named on the noun: "had World Bank support", "enjoys Saudi backing".)
            let givers: Vec<usize> =
                ["of", "from"].into_iter().flat_map(|w| g.prep_objects(t, w)).flat_map(|o| g.conjuncts(o)).collect();
            let own =
                g.kids[t].iter().copied().filter(|&c| matches!(g.p.dep(c), "compound" | "amod" | "poss" | "nmod"));
            let givers: Vec<usize> = givers
                .into_iter()
                .flat_map(|o| g.actors(o, false))
                .chain(own.flat_map(|c| g.actors(c, true)))
                .collect();
            if givers.is_empty() {
                return None;
            }
            sources = givers;
            targets = g.subjects(v).into_iter().flat_map(|x| g.actors(x, false)).collect();
        }
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
        // "The Houthis, armed with missiles that Iran has supplied": what a giver gives in a
        // relative clause on what someone is armed or equipped "with" goes to that someone.
        if targets.is_empty()
            && f.relation.directed()
            && f.theme.is_some()
            && g.is_verb(t)
            && matches!(g.p.dep(t), "relcl" | "acl")
        {
            let equipped =
                g.p.head(t)
                    .filter(|&a| g.p.dep(a) == "pobj")
                    .and_then(|a| g.p.head(a))
                    .filter(|&w| g.p.lemma(w) == "with")
                    .and_then(|w| g.p.head(w))
                    .filter(|&v| g.p.tag(v) == "VBN" && g.p.dep(v) == "acl")
                    .and_then(|v| g.p.head(v));
            if let Some(n) = equipped {
                targets = g.actors(n, false).into_iter().filter(|a| !sources.contains(a)).collect();
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
        // (So does the "of" of a joint undertaking: "a joint patrol of American and Syrian forces",
        // class together.)
        let joint = || g.kids[t].iter().any(|&c| g.p.dep(c) == "amod" && self.listed("together", g.p.lemma(c)));
        let pair_prep = |r: &Role| match r {
            Role::Prep(p) => matches!(p.as_str(), "between" | "among" | "amongst") || p == "of" && joint(),
            _ => false,
        };
        // The other side is then read from the next role that names someone: "China is Myanmar's
        // largest trading partner" has the possessor on one side and the subject on the other.
        if let Some(shared) = source_role.filter(|r| !pair_prep(r) && Some(*r) == target_role) {
            // A noun's subject is its own only when the noun is said of it ("X is Y's partner",
            // "X, Y's partner"), not when a verb acts on it ("Pakistan's move hurt Kenya's trade").
            // (Or after "as": "X overtook Y as Z's largest trading partner".)
            // (Or of "one of" them: "X is one of Y's largest trading partners".)
            let said = g.one_of(t);
            let as_label = g.p.dep(said) == "pobj" && g.p.head(said).is_some_and(|a| g.p.lemma(a) == "as");
            let said_of = g.is_verb(t) || matches!(g.p.dep(said), "attr" | "appos" | "oprd") || as_label;
            let rest: Vec<Role> =
                f.target.iter().filter(|r| *r != shared && (said_of || **r != Role::Subj)).cloned().collect();
            targets = first_with_actors(g, t, &rest, &role_themes, particles).0;
            if targets.is_empty() {
                sources.clear();
            }
        }
        // "Greek troops fought together with Cypriot units": whom one fights together with is on
        // one's side.
        if f.relation == RelationType::ArmedConflict
            && target_role.is_some_and(|r| matches!(r, Role::Prep(p) if p == "with"))
            && self.done_together(g, t)
        {
            targets.clear();
        }
        // "Egypt and Ethiopia accused each other": each subject acts on every other one.
        let reciprocal = reciprocal_object(g.p, t);
        if reciprocal && targets.is_empty() && sources.len() > 1 {
            targets = sources.clone();
        }
        // "Turkey hosted the Russia-Ukraine talks", "the talks between X and Y, hosted by Z": who
        // hosts an event that names its own parties is its venue; the parties meet each other.
        // (Or a round of them: "hosted a round of talks between X and Y".)
        if f.relation == RelationType::DiplomaticMeeting && g.is_verb(t) && self.listed("hosting_verbs", g.p.lemma(t)) {
            let event: Vec<usize> = match g.p.dep(t) {
                "acl" => g.p.head(t).into_iter().collect(),
                _ => g.kids[t]
                    .iter()
                    .copied()
                    .filter(|&c| g.p.dep(c) == "dobj")
                    .flat_map(|o| g.with_measured(o))
                    .collect(),
            };
            if event.iter().any(|&e| g.names_own_parties(e)) {
                for (i, &a) in targets.iter().enumerate() {
                    for &b in &targets[i + 1..] {
                        hits.push(FrameHit { relation: f.relation, source: a, target: b, predicate: t });
                    }
                }
                return Some((hits, Vec::new()));
            }
        }
        // One group on both sides is a group acting on itself ("for them to prove their case"), but
        // for a joint undertaking's "of".
        let joint_of = source_role == target_role && matches!(source_role, Some(Role::Prep(p)) if p == "of") && joint();
        if sources.len() > 1
            && !reciprocal
            && !joint_of
            && sources.iter().all(|s| targets.contains(s))
            && targets.iter().all(|o| sources.contains(o))
        {
            sources.clear();
        }
        // ("trade between Morocco and Mali, Niger and Chad": the members of the list after the one
        // side are not paired with each other.)
        let listed: Vec<usize> = g
            .prep_objects(t, "between")
            .into_iter()
            .filter_map(|o| g.one_and_list(o))
            .flat_map(|(_, list)| list)
            .collect();
        for &s in &sources {
            for &o in &targets {
                if s != o && !(listed.contains(&s) && listed.contains(&o)) {
                    hits.push(FrameHit { relation: f.relation, source: s, target: o, predicate: t });
                }
            }
        }
        // "Hanwha Aerospace and Poland signed a contract for K9 howitzers": of two that do it together,
        // the one firm that trades in what the relation moves (its `supplies`) gives to the other.
        if hits.is_empty() && !symmetric && f.source.contains(&Role::Pair) {
            let trades = |m: usize| g.supplies.get(m) == Some(&Some(f.relation));
            for group in g.pairs(t) {
                let makers: Vec<usize> = group.iter().copied().filter(|&m| trades(m)).collect();
                if let [maker] = makers[..] {
                    for &b in group.iter().filter(|&&b| b != maker) {
                        hits.push(FrameHit { relation: f.relation, source: maker, target: b, predicate: t });
                    }
                }
            }
        }
        // "held a call with the foreign ministers of Japan and South Korea": those met together meet
        // each other too.
        // Not when met one by one ("spoke separately with the leaders of X and Y").
        // Nor places visited on a tour ("visited Australia and Brazil").
        // (Or in separate sessions: "received X and Y in separate sessions".)
        let apart = |x: usize| {
            // (The parse may hang the phrase on the last guest.)
            let guests = g.kids[x].iter().copied().filter(|&o| g.p.dep(o) == "dobj").flat_map(|o| g.conjuncts(o));
            let sessions = std::iter::once(x).chain(guests).flat_map(|y| ["in", "at"].map(|w| g.prep_objects(y, w)));
            let sessions = sessions.flatten();
            g.kids[x].iter().any(|&c| self.in_class(g, c, "apart"))
                || sessions
                    .into_iter()
                    .any(|o| g.kids[o].iter().any(|&a| g.p.dep(a) == "amod" && self.in_class(g, a, "apart")))
        };
        let one_by_one = apart(t) || g.light_verb(t).is_some_and(apart) || self.listed("tours", g.p.lemma(t));
        // (Nor those met in two "with" phrases: "consultations in Moscow with X and, in Kyiv, with Y".)
        let with_phrase = |m: usize| {
            let mut y = (0..g.p.len()).find(|&x| g.actors_at[x].contains(&m))?;
            for _ in 0..6 {
                let h = g.p.head(y)?;
                if g.p.lemma(h) == "with" && matches!(g.p.dep(h), "prep" | "conj") {
                    return Some(h);
                }
                y = h;
            }
            None
        };
        let apart_with = |a: usize, b: usize| matches!((with_phrase(a), with_phrase(b)), (Some(x), Some(y)) if x != y);
        if f.relation == RelationType::DiplomaticMeeting && !sources.is_empty() && !one_by_one {
            for (i, &a) in targets.iter().enumerate() {
                for &b in targets[i + 1..].iter().filter(|&&b| !apart_with(a, b)) {
                    hits.push(FrameHit { relation: f.relation, source: a, target: b, predicate: t });
                }
            }
        }
        // "talks hosted by China": the host meets each party (not of "talks between X and Y hosted
        // by China", where it is the venue).
        if f.relation == RelationType::DiplomaticMeeting && !g.is_verb(t) && !hits.is_empty() && !g.names_own_parties(t)
        {
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
        // "Eritrean troops fought alongside Ethiopian forces against the TPLF": those one fights
        // beside fight the same enemy.
        if f.relation == RelationType::ArmedConflict && g.is_verb(t) {
            let beside: Vec<usize> = ["alongside", "beside"]
                .into_iter()
                .flat_map(|w| g.prep_objects(t, w))
                .flat_map(|o| g.conjuncts(o))
                .flat_map(|o| g.actors(o, false))
                .collect();
            // (The enemy is whom the verb fights, its object or its "against", when a hit has it.)
            // (An object after the verb: not a relative clause's antecedent, "soldiers, whom X sent to
            // fight alongside Y".)
            let named: Vec<usize> = g
                .objects(t)
                .into_iter()
                .filter(|&o| o > t)
                .chain(g.prep_objects(t, "against"))
                .flat_map(|o| g.conjuncts(o))
                .flat_map(|o| g.actors(o, false))
                .collect();
            let mut enemies: Vec<usize> = named
                .into_iter()
                .filter(|e| !beside.contains(e) && !sources.contains(e))
                .filter(|&e| hits.iter().any(|h| h.source == e || h.target == e))
                .collect();
            // (Or whom a purpose of fighting acts on: "fought alongside Russian troops to drive
            // Ukrainian forces out of Kursk"; then the fighters fight them too.)
            let purpose = |c: usize| {
                g.is_purpose(c)
                    && self.by_verb.get(g.p.lemma(c)).is_some_and(|fs| {
                        // (A phrasal one by its particles after it: "to drive X out".)
                        let after =
                            |w: &String| g.kids[c].iter().any(|&k| k > c && g.p.word(k).eq_ignore_ascii_case(w));
                        fs.iter().any(|(e, i)| {
                            self.frames[*i].relation == RelationType::ArmedConflict && e[1..].iter().all(after)
                        })
                    })
            };
            let aimed: Vec<usize> = g.kids[t]
                .iter()
                .copied()
                .filter(|&c| purpose(c))
                .flat_map(|c| g.objects(c))
                .flat_map(|o| g.conjuncts(o))
                .flat_map(|o| g.actors(o, false))
                .filter(|e| !beside.contains(e) && !sources.contains(e))
                .collect();
            if !beside.is_empty() {
                for &s in &sources {
                    for &enemy in &aimed {
                        if !hits.iter().any(|h| h.source == s && h.target == enemy) {
                            hits.push(FrameHit { relation: f.relation, source: s, target: enemy, predicate: t });
                        }
                    }
                }
                enemies.extend(aimed);
            }
            for &b in &beside {
                for &enemy in &enemies {
                    if b != enemy && !sources.contains(&b) && !hits.iter().any(|h| h.source == b && h.target == enemy) {
                        hits.push(FrameHit { relation: f.relation, source: b, target: enemy, predicate: t });
                    }
                }
            }
        }
        // A giver, a thing given and no receiver named by any word (not "sold jets to rebels").
        let receiver_roles = f
            .target
            .iter()
            .all(|r| matches!(r, Role::Prep(_) | Role::Iobj | Role::Buyer | Role::Owner | Role::Partner));
        // (Only a transfer has a receiver to take from before: no one joins "the mission" with
        // whoever was named last.)
        // (Nor a verb that may be the receiver's own, "has flown Gripens since 2022", or a maker's,
        // "assembles them locally".)
        let own = |class: &str| g.is_verb(t) && self.listed(class, g.p.lemma(t));
        // (Nor a firm's sale read from its trade alone: its receiver must be named.)
        let kept = by_trade || own("acquiring_verbs") || own("making_verbs") && !g.passive(t) && g.p.tag(t) != "VBN";
        let open = if targets.is_empty()
            && !kept
            && f.relation.directed()
            && f.theme.is_some()
            && receiver_roles
            && f.target.iter().all(|r| role_tokens(g, t, r, &role_themes, particles).is_empty())
        {
            sources
        } else {
            Vec::new()
        };
        // Backing given by fire or air support is fighting beside: "Iraqi troops, backed by American air
        // support" (class military_backing) is military cooperation, not political support.
        // (Asked only of a participle in a political support frame.)
        let by_arms = || g.prep_objects(t, "by").into_iter().any(|x| self.in_class(g, x, "military_backing"));
        if f.relation == RelationType::PoliticalSupport && g.p.tag(t) == "VBN" && by_arms() {
            for h in hits.iter_mut() {
                h.relation = RelationType::MilitaryCooperation;
            }
        }
        Some((hits, open))
    }
}

/// Whether verb `t` has a reciprocal object ("accused each other", "blamed
/// one another", "each blamed the other"): its subjects act on one another.
/// For a noun that is a verb's object, the verb's ("have each laid the blame
/// on the other").
pub fn reciprocal_object(p: &Parse, t: usize) -> bool {
    let verb = if p.tag(t).starts_with("VB") {
        Some(t)
    } else {
        p.head(t).filter(|&h| p.dep(t) == "dobj" && p.tag(h).starts_with("VB"))
    };
    let Some(t) = verb else { return false };
    let kid = |x: usize, lemma: &str| (0..p.len()).any(|d| p.head(d) == Some(x) && p.lemma(d) == lemma);
    let each_other = |o: usize| matches!(p.lemma(o), "other" | "another") && (kid(o, "each") || kid(o, "one"));
    // ("X and Y each blamed the other": "each" floating on the verb.)
    let the_other = |o: usize| p.lemma(o) == "other" && kid(o, "the") && kid(t, "each");
    // (Or what is each other's: "pounded each other's positions".)
    let theirs = |o: usize| (0..p.len()).any(|c| p.head(c) == Some(o) && p.dep(c) == "poss" && each_other(c));
    // The object, or a preposition's: "laid the blame on each other".
    let objects = (0..p.len()).filter(|&o| p.head(o) == Some(t)).flat_map(|o| match p.dep(o) {
        "dobj" => vec![o],
        "prep" => (0..p.len()).filter(|&x| p.head(x) == Some(o) && p.dep(x) == "pobj").collect(),
        _ => Vec::new(),
    });
    objects.into_iter().any(|o| each_other(o) || the_other(o) || theirs(o))
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
