//! The lexicon: actors with their surface forms (names, acronyms, demonyms,
//! capitals, seats of power), persons with dated roles, generic references,
//! and the relation patterns with their cue words. Loaded from the TOML data
//! files embedded in the binary, extended by the user's own files.

use crate::ontology::{ActorKind, RelationType};
use crate::shared_regex::{SharedRegex, Triggers};
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind, StartKind};
use rayon::iter::{IntoParallelIterator, ParallelIterator};
use regex::Regex;
use serde::Deserialize;
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

/// The built-in data files: (name, contents).
const BUILTIN: &[(&str, &str)] = &[
    ("data/actors/states.toml", include_str!("../data/actors/states.toml")),
    ("data/actors/organisations.toml", include_str!("../data/actors/organisations.toml")),
    ("data/actors/groups.toml", include_str!("../data/actors/groups.toml")),
    ("data/actors/people.toml", include_str!("../data/actors/people.toml")),
    ("data/patterns.toml", include_str!("../data/patterns.toml")),
];

/// The largest lexicon file read: no more is read of any file (a device
/// such as `/dev/zero` included).
pub const MAX_LEXICON_BYTES: u64 = 64 * 1024 * 1024;

/// The longest a pattern may be once its `{set}` references are expanded:
/// sets that refer to each other can otherwise double it at every level.
pub const MAX_EXPANDED_PATTERN_BYTES: usize = 1024 * 1024;

/// A regex error for a message: the parser's own message echoes the whole
/// pattern (which may be kilobytes long); this keeps what is wrong and the
/// start of the pattern.
fn regex_message(e: &regex::Error) -> String {
    let text = e.to_string();
    if text.len() <= 300 {
        return text;
    }
    let what = text
        .lines()
        .rev()
        .find(|l| l.trim_start().starts_with("error:"))
        .map(|l| l.trim().trim_start_matches("error:").trim())
        .unwrap_or("invalid pattern");
    let pattern = text.lines().nth(1).map(str::trim).unwrap_or("");
    let cut: String = pattern.chars().take(60).collect();
    format!("{what} (in a pattern of {} bytes starting `{cut}…`)", pattern.len())
}

/// A lexicon file that could not be used.
#[derive(Debug, thiserror::Error)]
pub enum LexiconError {
    /// The file could not be read.
    #[error("{file}: cannot read lexicon: {source}")]
    Io {
        /// The file.
        file: PathBuf,
        /// The OS error.
        source: std::io::Error,
    },
    /// The file is not valid TOML or does not have the expected fields.
    #[error("{file}: {message}")]
    Syntax {
        /// The file.
        file: PathBuf,
        /// The parser's message, with line and column.
        message: String,
    },
    /// The file is larger than [`MAX_LEXICON_BYTES`] (reading stopped there).
    #[error("{file}: larger than the {max} bytes a lexicon file may have")]
    TooLarge {
        /// The file.
        file: PathBuf,
        /// The limit.
        max: u64,
    },
    /// A value is wrong (bad id, unknown kind, bad regex, clashing alias...).
    #[error("{file}:{line}: {message}")]
    Invalid {
        /// The file.
        file: PathBuf,
        /// 1-based line of the offending value.
        line: usize,
        /// What is wrong.
        message: String,
    },
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileData {
    #[serde(default)]
    actor: Vec<toml::Spanned<ActorData>>,
    #[serde(default)]
    pattern: Vec<toml::Spanned<PatternData>>,
    #[serde(default)]
    cues: Option<toml::Spanned<CueData>>,
    #[serde(default)]
    generic: Option<GenericData>,
    #[serde(default)]
    sets: BTreeMap<String, String>,
    /// Towns and cities by name, with the id of the state they are in.
    #[serde(default)]
    places: BTreeMap<String, String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ActorData {
    id: String,
    label: String,
    kind: String,
    country: Option<String>,
    #[serde(default)]
    names: Vec<String>,
    #[serde(default)]
    acronyms: Vec<String>,
    #[serde(default)]
    demonyms: Vec<String>,
    #[serde(default)]
    capitals: Vec<String>,
    #[serde(default)]
    seats: Vec<String>,
    #[serde(default)]
    regions: Vec<String>,
    #[serde(default)]
    context: Vec<String>,
    #[serde(default)]
    roles: Vec<RoleData>,
    #[serde(default)]
    national: bool,
    #[serde(default)]
    state_owned: bool,
    /// Peace operations: the state they serve in.
    host: Option<String>,
    /// Companies: the relation their sales are ("energy_supply", "arms_supply").
    supplies: Option<String>,
    #[serde(default)]
    bloc: bool,
    #[serde(default)]
    members: Vec<String>,
    #[serde(default)]
    member_relations: Vec<String>,
    #[serde(default)]
    shared_relations: Vec<String>,
    /// States: styles beside those their official names open with ("island", "archipelago"): what
    /// "the island" or "the island nation" may mean.
    #[serde(default)]
    styles: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RoleData {
    org: String,
    title: String,
    from: Option<String>,
    until: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct PatternData {
    relation: String,
    frame: String,
    trigger: String,
    object: Option<String>,
    possessor: Option<String>,
    #[serde(default)]
    verb: bool,
    not_after: Option<String>,
    not_before: Option<String>,
    unless: Option<String>,
    window: Option<usize>,
    #[serde(default)]
    named_receiver: bool,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct CueData {
    #[serde(default)]
    negation: Vec<String>,
    #[serde(default)]
    speculation: Vec<String>,
    #[serde(default)]
    call: Vec<String>,
    #[serde(default)]
    attribution: Vec<String>,
    #[serde(default)]
    background: Vec<String>,
    #[serde(default)]
    denial: Vec<String>,
    #[serde(default)]
    termination: Vec<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct GenericData {
    #[serde(default)]
    military: Vec<String>,
    #[serde(default)]
    rebels: Vec<String>,
    #[serde(default)]
    group: Vec<String>,
    #[serde(default)]
    coalition: Vec<String>,
    #[serde(default)]
    bloc: Vec<String>,
    #[serde(default)]
    military_suffix: Vec<String>,
    #[serde(default)]
    service_names: Vec<String>,
    #[serde(default)]
    office_titles: Vec<String>,
    #[serde(default)]
    ruling_military: Vec<String>,
    #[serde(default)]
    pair: Vec<String>,
    #[serde(default)]
    pair_people: Vec<String>,
    #[serde(default)]
    pair_adjectives: Vec<String>,
    #[serde(default)]
    place: Vec<String>,
    #[serde(default)]
    styled: Vec<String>,
    #[serde(default)]
    country: Vec<String>,
    #[serde(default)]
    company: Vec<String>,
    #[serde(default)]
    company_modifiers: Vec<String>,
    #[serde(default)]
    modified_company: Vec<String>,
    #[serde(default)]
    region_nouns: Vec<String>,
    #[serde(default)]
    regional_members: Vec<String>,
    #[serde(default)]
    region_adjectives: BTreeMap<String, String>,
    #[serde(default)]
    organisation_heads: Vec<String>,
    #[serde(default)]
    unit_heads: Vec<String>,
    #[serde(default)]
    media_heads: Vec<String>,
    #[serde(default)]
    name_particles: Vec<String>,
    #[serde(default)]
    legal_abbreviations: BTreeMap<String, Vec<String>>,
}

/// A dated role: the person acts for `org` between `from` and `until`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Role {
    /// The organisation's actor id.
    pub org: String,
    /// The title ("Defence Minister").
    pub title: String,
    /// First day, `YYYY-MM-DD`.
    pub from: Option<String>,
    /// Last day, `YYYY-MM-DD`; open when `None`.
    pub until: Option<String>,
}

/// One actor of the lexicon.
#[derive(Debug, Clone)]
pub struct ActorEntry {
    /// Stable id.
    pub id: String,
    /// Display name.
    pub label: String,
    /// Kind.
    pub kind: ActorKind,
    /// The state the actor belongs to.
    pub country: Option<String>,
    /// Regions (states only), most specific last.
    pub regions: Vec<String>,
    /// Persons: whom they act for, when.
    pub roles: Vec<Role>,
    /// Words one of which a document must contain for the acronyms to match.
    pub context: Vec<String>,
    /// Militaries: this is what "the army" or "the junta" means for its country.
    pub national: bool,
    /// Companies: owned by the state of `country`, so its arms, energy and
    /// nuclear dealings are also that state's.
    pub state_owned: bool,
    /// Peace and stabilisation operations (class `igo`): the state they
    /// serve in and support; troops sent to the operation are sent in support
    /// of that state ("deployed their contingents to AUSSOM").
    pub host: Option<String>,
    /// Companies: the relation their sales are (`EnergySupply` for an oil or
    /// gas firm, `ArmsSupply` for an arms maker): what they supply when a
    /// sentence names no goods ("Gazprom also supplies Kyrgyzstan").
    pub supplies: Option<RelationType>,
    /// Regional and economic blocs of states (EU, ASEAN, African Union):
    /// what "the bloc" means in a document that names one.
    pub bloc: bool,
    /// Alliances and coalitions: the ids of their members.
    pub members: Vec<String>,
    /// Relations among the members that naming the pact states ("the AUKUS
    /// deal": alliance, defence treaty, military cooperation).
    pub member_relations: Vec<RelationType>,
    /// Relations of the coalition its members share ("the alliance launched
    /// an offensive": each member is in the conflict).
    pub shared_relations: Vec<RelationType>,
    /// States: the styles their official names open with, lower case
    /// ("kingdom" of "Kingdom of Saudi Arabia"): what "the kingdom" may mean.
    pub styles: Vec<String>,
}

impl ActorEntry {
    /// The organisation a person acts for on `date` (`YYYY-MM-DD`); with no
    /// date, the most recent role. `None` for non-persons or no matching role.
    pub fn acts_for(&self, date: Option<&str>) -> Option<&Role> {
        match date {
            Some(d) => self
                .roles
                .iter()
                .find(|r| r.from.as_deref().is_none_or(|f| f <= d) && r.until.as_deref().is_none_or(|u| d <= u)),
            None => self.roles.iter().max_by(|a, b| a.from.cmp(&b.from)),
        }
    }
}

/// How a surface form was listed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormKind {
    /// Label or other name.
    Name,
    /// Acronym: exact case only, maybe context-gated.
    Acronym,
    /// Demonym ("Russian").
    Demonym,
    /// Capital city.
    Capital,
    /// Seat of power ("Kremlin").
    Seat,
}

/// A surface form in the automaton.
#[derive(Debug, Clone)]
pub struct Form {
    /// The text to match.
    pub text: String,
    /// Index of the actor in [`Lexicon::actors`].
    pub actor: usize,
    /// How it was listed.
    pub kind: FormKind,
}

/// A relation pattern's frame: where its participants stand.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Frame {
    /// Source before the trigger, target after ("Russia supplies weapons to Myanmar").
    AgentFirst,
    /// Target before the trigger, source after ("Myanmar imported oil from Russia").
    RecipientFirst,
    /// An accusation reported from a speaker: target is who did it, source who said so.
    Accusation,
    /// Symmetric relations between the members of one coordinated group only
    /// ("a ceasefire between X and Y"): nouns that do not say who acts.
    Group,
}

/// A compiled relation pattern.
#[derive(Debug, Clone)]
pub struct Pattern {
    /// The relation it finds.
    pub relation: RelationType,
    /// Where the participants stand.
    pub frame: Frame,
    /// The trigger, matched case-insensitively on word boundaries.
    pub trigger: SharedRegex,
    /// A word class that must follow the trigger within a few words
    /// ("supplied ... weapons"); mentions in between take part.
    pub object: Option<SharedRegex>,
    /// In "X is Y's main arms supplier" the possessor (Y) is the target; for
    /// most nominal triggers ("Moscow's offensive") the possessor is the source.
    pub possessor_is_target: bool,
    /// The trigger is a verb: after a determiner ("the attack", "a raid") the
    /// same word is a noun and the pattern does not apply.
    pub verb: bool,
    /// Words that, right before the trigger, cancel it ("financial support").
    pub not_after: Option<SharedRegex>,
    /// Words that, right after the trigger, cancel it ("struck a deal").
    pub not_before: Option<SharedRegex>,
    /// Words anywhere after the trigger that cancel it ("sailors will be sent
    /// to US bases to learn" is training, not a deployment).
    pub unless: Option<SharedRegex>,
    /// The receiver must be named in the sentence: a transfer that names none
    /// ("resumed exports of crude oil") takes none from the document's focus.
    pub named_receiver: bool,
    /// How many words may stand between the trigger and the participant
    /// after it (default 12; "backed the junta", not "support the dollar in
    /// return for the German action").
    pub window: Option<usize>,
}

/// Cue words that cancel or qualify a relation.
#[derive(Debug, Clone)]
pub struct Cues {
    /// "not", "denied", "no mention of".
    pub negation: SharedRegex,
    /// "could", "potential", "expected to", "reportedly".
    pub speculation: SharedRegex,
    /// "calling on", "urged", "demanded".
    pub call: SharedRegex,
    /// "said", "according to": marks a speaker.
    pub attribution: SharedRegex,
    /// "in 1946", "during World War II": historical background.
    pub background: SharedRegex,
    /// "which Abu Dhabi has denied": anywhere in a sentence, the claim it
    /// reports is disputed, so only accusations in it count.
    pub denial: SharedRegex,
    /// "suspended", "severed", "withdrew from": the relation named right
    /// after is being ended (not one after a comma: "severed ties,
    /// declaring the country an aggressor").
    pub termination: SharedRegex,
}

/// Generic references that resolve inside a document.
#[derive(Debug, Clone, Default)]
pub struct Generic {
    /// Words for "the military of the country in focus" ("the junta").
    pub military: Vec<String>,
    /// Words for "the armed opposition in focus" ("resistance forces", "the rebels").
    pub rebels: Vec<String>,
    /// Words for "the states the document lists together" ("the three nations", "the Western allies").
    pub group: Vec<String>,
    /// Words for "the alliance the document is about" ("the armed alliance").
    pub coalition: Vec<String>,
    /// Words for "the bloc the document is about" ("the bloc", "the regional grouping").
    pub bloc: Vec<String>,
    /// Words that stand for a state's military right after the state ("Sudanese army").
    pub military_suffix: Vec<String>,
    /// A state's armed services by their common names, which capitalised are no name of their
    /// own ("the National Guard of Cyprus").
    pub service_names: Vec<String>,
    /// Titles before the name of an officeholder the lexicon does not know ("Foreign Minister
    /// Luis Murillo"): with no state before the title, the person acts for the state the document
    /// is about.
    pub office_titles: Vec<String>,
    /// Words for a military that rules its state ("Niger's junta", "Mali's military rulers"):
    /// with no military actor for it in the lexicon, that state is "the junta".
    pub ruling_military: Vec<String>,
    /// Words for "the pair in focus" ("the two countries").
    pub pair: Vec<String>,
    /// Words for two people who stand for the document's main pair ("the two ministers").
    pub pair_people: Vec<String>,
    /// Adjectives a counted pair or group word may carry before its noun ("the two longtime allies").
    pub pair_adjectives: Vec<String>,
    /// Words for the state the text spoke of last ("the region", "the island").
    pub place: Vec<String>,
    /// Words for a state by its style ("the kingdom", "the sultanate"): the
    /// most mentioned state whose official name starts with that style and
    /// "of" ("Kingdom of Saudi Arabia").
    pub styled: Vec<String>,
    /// Words for the state a document is about ("the country"): its dominant state.
    pub country: Vec<String>,
    /// Words for the company a document is about ("the company", "the manufacturer").
    pub company: Vec<String>,
    /// What may stand between "the" and a company word above ("the state-owned firm"); an entry
    /// starting with "-" follows a capitalised word ("-based": "the Duesseldorf-based company").
    pub company_modifiers: Vec<String>,
    /// Words for the company only after such a modifier ("the Duesseldorf-based group"; a bare
    /// "the group" is an armed group's).
    pub modified_company: Vec<String>,
    /// Nouns after a region adjective ("country" in "the Asian country").
    pub region_nouns: Vec<String>,
    /// Plural nouns for the members of a region's bloc after a region adjective ("Southeast Asian
    /// leaders", "Gulf states"): the bloc the document names, when its name has that adjective.
    pub regional_members: Vec<String>,
    /// Region adjective → region name ("Asian" → "Asia").
    pub region_adjectives: BTreeMap<String, String>,
    /// Last words of organisation names ("Army", "Front"): a capitalised name
    /// ending in one that is not in the lexicon becomes a discovered actor.
    pub organisation_heads: Vec<String>,
    /// Last words of military units' names ("Brigade", "Regiment"): a
    /// number before the name is part of it ("the 444 Combat Brigade").
    pub unit_heads: Vec<String>,
    /// Last words of media outlets' names ("News", "Times"): a place name
    /// inside "Pakistan Point News" is not an actor.
    pub media_heads: Vec<String>,
    /// Words of people's names that never name the person alone ("Sheikh",
    /// "Mohammed", "Jong"): not used as a short name after the full name.
    pub name_particles: Vec<String>,
}

/// The loaded lexicon.
#[derive(Debug)]
pub struct Lexicon {
    /// All actors, in load order.
    pub actors: Vec<ActorEntry>,
    /// All surface forms.
    pub forms: Vec<Form>,
    /// The automaton over the forms' spellings (ASCII case-insensitive; case
    /// is checked after).
    pub automaton: AhoCorasick,
    /// Automaton pattern id → the forms spelt that way up to ASCII case.
    pub spellings: Vec<Vec<usize>>,
    /// Relation patterns.
    pub patterns: Vec<Pattern>,
    /// All triggers in one set: one pass over a sentence tells which patterns
    /// can match there (set index = pattern index).
    pub triggers: Triggers,
    /// Cue words.
    pub cues: Cues,
    /// Generic references.
    pub generic: Generic,
    index: HashMap<String, usize>,
    /// state id → the military actor that acts for it.
    military_of: HashMap<String, usize>,
    /// Normalised label → first actor with it, and normalised form → first
    /// form, so that [`Lexicon::resolve_name`] does not walk the lexicon.
    by_label: HashMap<String, usize>,
    by_form: HashMap<String, usize>,
    /// Town or city name (exact case) → the state it is in (`data/places.tsv`, and `places` tables
    /// in user files).
    places: HashMap<String, usize>,
}

/// An actor with its surface forms, and the file and line it came from.
type BuiltActor = (ActorEntry, Vec<(String, FormKind)>, PathBuf, usize);

/// Raw material collected from files before compiling.
#[derive(Default)]
struct Builder {
    /// Each actor with its surface forms, and the file and line it came from.
    actors: Vec<BuiltActor>,
    patterns: Vec<Pattern>,
    cues: CueData,
    generic: GenericData,
    sets: BTreeMap<String, String>,
    /// The ids in `actors`.
    ids: std::collections::HashSet<String>,
    /// Towns and cities: name, state id, and the file and line that listed them.
    places: Vec<(String, String, PathBuf, usize)>,
    /// What [`compile`] made of each pattern so far: a set used by several
    /// patterns ("{weapons}" as an object) and each cue list (checked per
    /// file, then compiled for all files together) is compiled once.
    compiled: HashMap<String, SharedRegex>,
}

/// The 1-based line of a byte offset, given the offsets of the file's line
/// breaks (computed once per file: counting from the top for every entry
/// would be quadratic in the file's size).
fn line_of(breaks: &[usize], offset: usize) -> usize {
    breaks.partition_point(|&b| b < offset) + 1
}

fn valid_date(d: &str) -> bool {
    crate::document::parse_day(d).is_some()
}

impl Builder {
    /// Adds the towns of a places file: one "name<TAB>state id" per line, "#" comments.
    fn add_places(&mut self, file: &Path, src: &str) -> Result<(), LexiconError> {
        for (i, line) in src.lines().enumerate() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let Some((name, state)) = line.split_once('\t') else {
                return Err(LexiconError::Invalid {
                    file: file.to_path_buf(),
                    line: i + 1,
                    message: "a place is `name<TAB>state id`".to_string(),
                });
            };
            self.places.push((name.trim().to_string(), state.trim().to_string(), file.to_path_buf(), i + 1));
        }
        Ok(())
    }

    fn add_file(&mut self, file: &Path, src: &str) -> Result<(), LexiconError> {
        let data: FileData = toml::from_str(src).map_err(|e| LexiconError::Syntax {
            file: file.to_path_buf(),
            message: e.to_string().trim().replace('\n', " "),
        })?;
        // (A file's places name no line: each is reported at the file's first line.)
        for (name, state) in &data.places {
            self.places.push((name.clone(), state.clone(), file.to_path_buf(), 1));
        }
        let breaks: Vec<usize> = src.match_indices('\n').map(|(i, _)| i).collect();
        for spanned in data.actor {
            let line = line_of(&breaks, spanned.span().start);
            let invalid = |message: String| LexiconError::Invalid { file: file.to_path_buf(), line, message };
            let a = spanned.into_inner();
            if a.id.is_empty() || !a.id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-') {
                return Err(invalid(format!("actor id `{}` must be lowercase ASCII letters, digits and '-'", a.id)));
            }
            let kind: ActorKind = a.kind.parse().map_err(|e: String| invalid(format!("actor `{}`: {e}", a.id)))?;
            if kind == ActorKind::Discovered {
                return Err(invalid(format!(
                    "actor `{}`: kind `discovered` is reserved for names found in articles",
                    a.id
                )));
            }
            if a.label.trim().is_empty() {
                return Err(invalid(format!("actor `{}`: empty label", a.id)));
            }
            if !a.roles.is_empty() && kind != ActorKind::Person {
                return Err(invalid(format!("actor `{}`: only persons have roles", a.id)));
            }
            let mut roles = Vec::new();
            for r in a.roles {
                for d in [&r.from, &r.until].into_iter().flatten() {
                    if !valid_date(d) {
                        return Err(invalid(format!("actor `{}`: role date `{d}` is not YYYY-MM-DD", a.id)));
                    }
                }
                if let (Some(f), Some(u)) = (&r.from, &r.until) {
                    if f > u {
                        return Err(invalid(format!("actor `{}`: role starts ({f}) after it ends ({u})", a.id)));
                    }
                }
                roles.push(Role { org: r.org, title: r.title, from: r.from, until: r.until });
            }
            let mut forms = vec![(a.label.clone(), FormKind::Name)];
            if !a.styles.is_empty() && kind != ActorKind::State {
                return Err(invalid(format!("actor `{}`: `styles` is for a state", a.id)));
            }
            // ("island" also styles "island nation", "island state", ... .)
            let given = a.styles.iter().flat_map(|s| {
                let s = s.to_lowercase();
                ["", " nation", " state", " country", " republic"].map(|n| format!("{s}{n}"))
            });
            let styles = a
                .names
                .iter()
                .filter_map(|n| n.split_once(" of ").map(|(style, _)| style.to_lowercase()))
                .filter(|_| kind == ActorKind::State)
                .chain(given)
                .collect();
            forms.extend(a.names.into_iter().map(|n| (n, FormKind::Name)));
            forms.extend(a.acronyms.into_iter().map(|n| (n, FormKind::Acronym)));
            forms.extend(a.demonyms.into_iter().map(|n| (n, FormKind::Demonym)));
            forms.extend(a.capitals.into_iter().map(|n| (n, FormKind::Capital)));
            forms.extend(a.seats.into_iter().map(|n| (n, FormKind::Seat)));
            if let Some(f) = forms.iter().find(|f| f.0.trim().is_empty()) {
                return Err(invalid(format!("actor `{}`: empty alias `{}`", a.id, f.0)));
            }
            if a.national && (kind != ActorKind::Military || a.country.is_none()) {
                return Err(invalid(format!("actor `{}`: `national` is for a military with a `country`", a.id)));
            }
            if a.state_owned && (kind != ActorKind::Company || a.country.is_none()) {
                return Err(invalid(format!("actor `{}`: `state_owned` is for a company with a `country`", a.id)));
            }
            if a.host.is_some() && kind != ActorKind::Igo {
                return Err(invalid(format!("actor `{}`: `host` is for an international operation", a.id)));
            }
            if a.bloc && kind != ActorKind::Igo {
                return Err(invalid(format!("actor `{}`: `bloc` is for an intergovernmental organisation", a.id)));
            }
            let types = |list: &[String]| -> Result<Vec<RelationType>, LexiconError> {
                list.iter()
                    .map(|t| t.parse::<RelationType>().map_err(|e| invalid(format!("actor `{}`: {e}", a.id))))
                    .collect()
            };
            let (member_relations, shared_relations) = (types(&a.member_relations)?, types(&a.shared_relations)?);
            let supplies = types(a.supplies.as_slice())?.pop();
            if supplies.is_some()
                && (kind != ActorKind::Company
                    || !matches!(supplies, Some(RelationType::EnergySupply | RelationType::ArmsSupply)))
            {
                return Err(invalid(format!(
                    "actor `{}`: `supplies` is for a company, and is `energy_supply` or `arms_supply`",
                    a.id
                )));
            }
            let entry = ActorEntry {
                members: a.members,
                member_relations,
                shared_relations,
                id: a.id,
                label: a.label,
                kind,
                country: a.country,
                regions: a.regions,
                roles,
                context: a.context,
                national: a.national,
                state_owned: a.state_owned,
                host: a.host,
                supplies,
                bloc: a.bloc,
                styles,
            };
            // A later file with the same id replaces the actor (user overrides).
            if !self.ids.insert(entry.id.clone()) {
                self.actors.retain(|(e, ..)| e.id != entry.id);
            }
            self.actors.push((entry, forms, file.to_path_buf(), line));
        }
        self.sets.extend(data.sets);
        // The patterns' regexes are compiled on all cores first; the loop below finds them made. (One
        // that does not compile is compiled there again, and its error reported in file order.)
        let mut wanted: Vec<String> = data
            .pattern
            .iter()
            .flat_map(|p| {
                let p = p.get_ref();
                [Some(&p.trigger), p.object.as_ref(), p.unless.as_ref()]
            })
            .flatten()
            .filter_map(|s| expand_sets(&self.sets, s).ok())
            .filter(|s| !self.compiled.contains_key(s))
            .collect();
        wanted.sort_unstable();
        wanted.dedup();
        let made: Vec<(String, Result<SharedRegex, regex::Error>)> = wanted
            .into_par_iter()
            .map(|s| {
                let re = compile_shared(&s);
                (s, re)
            })
            .collect();
        self.compiled.extend(made.into_iter().filter_map(|(s, re)| Some((s, re.ok()?))));
        for spanned in data.pattern {
            let line = line_of(&breaks, spanned.span().start);
            let invalid = |message: String| LexiconError::Invalid { file: file.to_path_buf(), line, message };
            let p = spanned.into_inner();
            let expand = |s: &str| expand_sets(&self.sets, s).map_err(invalid);
            let relation: RelationType = p.relation.parse().map_err(invalid)?;
            let frame = match p.frame.as_str() {
                "agent_first" => Frame::AgentFirst,
                "recipient_first" => Frame::RecipientFirst,
                "accusation" => Frame::Accusation,
                "group" => Frame::Group,
                other => {
                    return Err(invalid(format!(
                        "unknown frame `{other}` (expected agent_first, recipient_first, accusation or group)"
                    )))
                }
            };
            if frame == Frame::Group && relation.directed() {
                return Err(invalid(format!("frame `group` is for symmetric relations, and `{relation}` is directed")));
            }
            let trigger = compile_cached(&mut self.compiled, &expand(&p.trigger)?)
                .map_err(|e| invalid(format!("trigger is not a valid regex: {}", regex_message(&e))))?;
            // A trigger that matches empty text would relate every pair of actors it stands between.
            // (It matches empty text somewhere between or around words when it can match it at all.)
            if p.trigger.trim().is_empty() || trigger.find_iter("z z 0 _").any(|m| m.start() == m.end()) {
                return Err(invalid("trigger matches empty text; a trigger must be one or more words".into()));
            }
            let object = match &p.object {
                Some(o) => Some(
                    compile_cached(&mut self.compiled, &expand(o)?)
                        .map_err(|e| invalid(format!("object is not a valid regex: {}", regex_message(&e))))?,
                ),
                None => None,
            };
            let possessor_is_target = match p.possessor.as_deref() {
                None | Some("source") => false,
                Some("target") => true,
                Some(other) => return Err(invalid(format!("possessor must be `source` or `target`, not `{other}`"))),
            };
            let not_after = match &p.not_after {
                Some(w) => Some(
                    shared_regex(&format!(r"(?i)\b(?:{})\s+$", expand(w)?))
                        .map_err(|e| invalid(format!("not_after is not a valid regex: {}", regex_message(&e))))?,
                ),
                None => None,
            };
            let not_before = match &p.not_before {
                Some(w) => Some(
                    shared_regex(&format!(r"(?i)^\s+(?:(?:a|an|the|its|their|new)\s+)?(?:{})\b", expand(w)?))
                        .map_err(|e| invalid(format!("not_before is not a valid regex: {}", regex_message(&e))))?,
                ),
                None => None,
            };
            let unless = match &p.unless {
                Some(w) => Some(
                    compile_cached(&mut self.compiled, &expand(w)?)
                        .map_err(|e| invalid(format!("unless is not a valid regex: {}", regex_message(&e))))?,
                ),
                None => None,
            };
            self.patterns.push(Pattern {
                relation,
                frame,
                trigger,
                object,
                possessor_is_target,
                verb: p.verb,
                not_after,
                not_before,
                unless,
                named_receiver: p.named_receiver,
                window: p.window,
            });
        }
        if let Some(spanned) = data.cues {
            let line = line_of(&breaks, spanned.span().start);
            let c = spanned.into_inner();
            // Each file's cues must compile on their own, so an error names the file.
            for (list, what) in [
                (&c.negation, "negation"),
                (&c.speculation, "speculation"),
                (&c.call, "call"),
                (&c.attribution, "attribution"),
                (&c.background, "background"),
                (&c.denial, "denial"),
                (&c.termination, "termination"),
            ] {
                if !list.is_empty() {
                    compile_cached(&mut self.compiled, &list.join("|")).map_err(|e| LexiconError::Invalid {
                        file: file.to_path_buf(),
                        line,
                        message: format!("{what} cues: {}", regex_message(&e)),
                    })?;
                }
            }
            self.cues.negation.extend(c.negation);
            self.cues.speculation.extend(c.speculation);
            self.cues.call.extend(c.call);
            self.cues.attribution.extend(c.attribution);
            self.cues.background.extend(c.background);
            self.cues.denial.extend(c.denial);
            self.cues.termination.extend(c.termination);
        }
        if let Some(g) = data.generic {
            self.generic.military.extend(g.military);
            self.generic.rebels.extend(g.rebels);
            self.generic.group.extend(g.group);
            self.generic.coalition.extend(g.coalition);
            self.generic.bloc.extend(g.bloc);
            self.generic.military_suffix.extend(g.military_suffix);
            self.generic.service_names.extend(g.service_names);
            self.generic.office_titles.extend(g.office_titles);
            self.generic.ruling_military.extend(g.ruling_military);
            self.generic.pair.extend(g.pair);
            self.generic.pair_people.extend(g.pair_people);
            self.generic.pair_adjectives.extend(g.pair_adjectives);
            self.generic.place.extend(g.place);
            self.generic.styled.extend(g.styled);
            self.generic.country.extend(g.country);
            self.generic.company.extend(g.company);
            self.generic.company_modifiers.extend(g.company_modifiers);
            self.generic.modified_company.extend(g.modified_company);
            self.generic.region_nouns.extend(g.region_nouns);
            self.generic.regional_members.extend(g.regional_members);
            self.generic.region_adjectives.extend(g.region_adjectives);
            self.generic.organisation_heads.extend(g.organisation_heads);
            self.generic.unit_heads.extend(g.unit_heads);
            self.generic.media_heads.extend(g.media_heads);
            self.generic.name_particles.extend(g.name_particles);
            self.generic.legal_abbreviations.extend(g.legal_abbreviations);
        }
        Ok(())
    }

    fn build(self) -> Result<Lexicon, LexiconError> {
        let mut actors = Vec::new();
        let mut forms: Vec<Form> = Vec::new();
        let mut owner: HashMap<String, usize> = HashMap::new();
        let mut index = HashMap::new();
        let mut origin = Vec::new();
        for (entry, entry_forms, file, line) in self.actors {
            let ix = actors.len();
            index.insert(entry.id.clone(), ix);
            for (text, kind) in entry_forms {
                for variant in variants(text.trim(), &self.generic.legal_abbreviations) {
                    let key = variant.to_lowercase();
                    match owner.get(&key) {
                        Some(&other) if other != ix => {
                            let other_id: &ActorEntry = &actors[other];
                            return Err(LexiconError::Invalid {
                                file,
                                line,
                                message: format!(
                                    "alias `{text}` of `{}` is already an alias of `{}` ({}:{}); an alias must name one actor",
                                    entry.id, other_id.id, origin_of(&origin, other).0.display(), origin_of(&origin, other).1
                                ),
                            });
                        }
                        // The same actor: keep a spelling that differs only in case
                        // ("Nato" besides "NATO"), since case decides what matches.
                        Some(_) => {
                            if !forms.iter().rev().take(64).any(|f| f.actor == ix && f.text == variant) {
                                forms.push(Form { text: variant, actor: ix, kind });
                            }
                        }
                        None => {
                            owner.insert(key, ix);
                            forms.push(Form { text: variant, actor: ix, kind });
                        }
                    }
                }
            }
            origin.push((file, line));
            actors.push(entry);
        }
        // Check references between actors.
        for (ix, a) in actors.iter().enumerate() {
            let refs = a.country.iter().chain(&a.host).chain(a.roles.iter().map(|r| &r.org)).chain(&a.members);
            for r in refs {
                if !index.contains_key(r) {
                    let (file, line) = origin[ix].clone();
                    return Err(LexiconError::Invalid {
                        file,
                        line,
                        message: format!("actor `{}` refers to unknown actor `{r}`", a.id),
                    });
                }
            }
        }
        // A context word that is another actor's label is met by that actor's other names too: "the
        // UPDF" (Uganda's army) or "Kampala" puts an acronym gated on "Uganda" in context. (Not an
        // acronym of under four letters, which other words contain: "CAR" in "CARICOM".)
        let by_label_exact: HashMap<&str, usize> =
            actors.iter().enumerate().rev().map(|(ix, a)| (a.label.as_str(), ix)).collect();
        let widened: Vec<Vec<String>> = actors
            .iter()
            .map(|a| {
                let mut context = a.context.clone();
                for c in &a.context {
                    let Some(&other) = by_label_exact.get(c.as_str()) else { continue };
                    let others = forms.iter().filter(|f| {
                        f.actor == other
                            && (matches!(f.kind, FormKind::Name | FormKind::Capital)
                                || f.kind == FormKind::Acronym && f.text.chars().count() >= 4)
                    });
                    context.extend(others.map(|f| f.text.clone()).filter(|t| !t.contains(c.as_str())));
                }
                context.sort_unstable();
                context.dedup();
                context
            })
            .collect();
        for (a, context) in actors.iter_mut().zip(widened) {
            a.context = context;
        }
        let mut military_of = HashMap::new();
        for (ix, a) in actors.iter().enumerate() {
            if a.kind == ActorKind::Military && a.national {
                if let Some(c) = &a.country {
                    military_of.entry(c.clone()).or_insert(ix);
                }
            }
        }
        // One automaton pattern per spelling up to ASCII case; case is checked
        // against each form of that spelling after a match.
        let mut spelling_of: HashMap<String, usize> = HashMap::new();
        let mut spellings: Vec<Vec<usize>> = Vec::new();
        for (i, f) in forms.iter().enumerate() {
            let key = f.text.to_ascii_lowercase();
            let next = spellings.len();
            let at = *spelling_of.entry(key).or_insert(next);
            if at == next {
                spellings.push(Vec::new());
            }
            spellings[at].push(i);
        }
        // The automaton builds on another core while the cues and triggers compile.
        let build_automaton = || {
            AhoCorasickBuilder::new()
                .ascii_case_insensitive(true)
                // Leftmost-longest: "Myanmar National Democratic Alliance Army" over "Myanmar".
                .match_kind(MatchKind::LeftmostLongest)
                // (Anchored too: a shorter spelling at a match's start is looked for when the longest
                // one is no word there.)
                .start_kind(StartKind::Both)
                .build(spellings.iter().map(|ids| forms[ids[0]].text.as_str()))
                .expect("automaton builds")
        };
        let mut compiled = self.compiled;
        let (automaton, regexes) = rayon::join(build_automaton, || -> Result<(Cues, Triggers), LexiconError> {
            let joined = |list: &[String]| if list.is_empty() { "$^".to_string() } else { list.join("|") };
            let cue_error = |what: &str, e: regex::Error| LexiconError::Syntax {
                file: PathBuf::from("the lexicon files together"),
                message: format!("{what} cues: {e}"),
            };
            let mut cue = |list: &[String], what: &str| -> Result<SharedRegex, LexiconError> {
                compile_cached(&mut compiled, &joined(list)).map_err(|e| cue_error(what, e))
            };
            let cues = Cues {
                negation: cue(&self.cues.negation, "negation")?,
                speculation: cue(&self.cues.speculation, "speculation")?,
                call: cue(&self.cues.call, "call")?,
                attribution: cue(&self.cues.attribution, "attribution")?,
                background: cue(&self.cues.background, "background")?,
                denial: cue(&self.cues.denial, "denial")?,
                termination: cue(&self.cues.termination, "termination")?,
            };
            let triggers =
                Triggers::new(self.patterns.iter().map(|p| p.trigger.as_str())).map_err(|e| LexiconError::Invalid {
                    file: PathBuf::from("<patterns>"),
                    line: 0,
                    message: format!("triggers do not compile together: {e}"),
                })?;
            Ok((cues, triggers))
        });
        let (cues, triggers) = regexes?;
        let generic = Generic {
            military: self.generic.military,
            rebels: self.generic.rebels,
            group: self.generic.group,
            coalition: self.generic.coalition,
            bloc: self.generic.bloc,
            military_suffix: self.generic.military_suffix,
            service_names: self.generic.service_names,
            office_titles: self.generic.office_titles,
            ruling_military: self.generic.ruling_military,
            pair: self.generic.pair,
            pair_people: self.generic.pair_people,
            pair_adjectives: self.generic.pair_adjectives,
            place: self.generic.place,
            styled: self.generic.styled,
            country: self.generic.country,
            company: self.generic.company,
            company_modifiers: self.generic.company_modifiers,
            modified_company: self.generic.modified_company,
            region_nouns: self.generic.region_nouns,
            regional_members: self.generic.regional_members,
            region_adjectives: self.generic.region_adjectives,
            organisation_heads: self.generic.organisation_heads,
            unit_heads: self.generic.unit_heads,
            media_heads: self.generic.media_heads,
            name_particles: self.generic.name_particles,
        };
        let mut places = HashMap::new();
        for (name, state, file, line) in self.places {
            let Some(&ix) = index.get(&state).filter(|&&ix| actors[ix].kind == ActorKind::State) else {
                let message = format!("place `{name}`: `{state}` is no state of the lexicon");
                return Err(LexiconError::Invalid { file, line, message });
            };
            places.insert(name, ix);
        }
        let mut by_label = HashMap::new();
        for (ix, a) in actors.iter().enumerate() {
            by_label.entry(normalize(&a.label)).or_insert(ix);
        }
        let mut by_form = HashMap::new();
        for (ix, f) in forms.iter().enumerate() {
            by_form.entry(normalize(&f.text)).or_insert(ix);
        }
        Ok(Lexicon {
            actors,
            forms,
            automaton,
            spellings,
            patterns: self.patterns,
            triggers,
            cues,
            generic,
            index,
            military_of,
            by_label,
            by_form,
            places,
        })
    }
}

fn origin_of(origin: &[(PathBuf, usize)], ix: usize) -> (PathBuf, usize) {
    origin.get(ix).cloned().unwrap_or_else(|| (PathBuf::from("?"), 0))
}

/// `s` with each `{name}` replaced by its set's regex from `sets`; the
/// message of what is wrong otherwise.
fn expand_sets(sets: &BTreeMap<String, String>, s: &str) -> Result<String, String> {
    let mut out = s.to_string();
    for (name, value) in sets {
        let reference = format!("{{{name}}}");
        let uses = out.matches(&reference).count();
        if uses == 0 {
            continue;
        }
        // Checked before the text is built: sets that refer to each other double it at every level.
        let grown = out.len() - uses * reference.len() + uses * (value.len() + 4);
        if grown > MAX_EXPANDED_PATTERN_BYTES {
            return Err(format!("set `{name}` makes the pattern longer than {MAX_EXPANDED_PATTERN_BYTES} bytes once expanded ({grown} bytes)"));
        }
        out = out.replace(&reference, &format!("(?:{value})"));
    }
    match out.find('{').filter(|&i| out[i + 1..].starts_with(|c: char| c.is_ascii_alphabetic())) {
        Some(i) => Err(format!(
            "unknown set `{}` (define it under [sets])",
            &out[i..out[i..].find('}').map_or(out.len(), |j| i + j + 1)]
        )),
        None => Ok(out),
    }
}

/// `Regex::new(pattern)` as a [`SharedRegex`]; an error is what
/// `Regex::new` gives.
fn shared_regex(pattern: &str) -> Result<SharedRegex, regex::Error> {
    SharedRegex::new(pattern, 10 * (1 << 20), 2 * (1 << 20))
        .map_err(|e| Regex::new(pattern).err().unwrap_or_else(|| panic!("{pattern:?} compiles as a Regex only: {e}")))
}

/// [`compile`] as a [`SharedRegex`]; an error is what [`compile`] gives.
fn compile_shared(pattern: &str) -> Result<SharedRegex, regex::Error> {
    SharedRegex::new(&format!(r"(?i)\b(?:{pattern})\b"), 1 << 24, 1 << 23)
        .map_err(|e| compile(pattern).err().unwrap_or_else(|| panic!("{pattern:?} compiles as a Regex only: {e}")))
}

/// [`compile_shared`], or a clone of what it gave for the same pattern
/// before (the same regex: clones share one compiled program and cache).
fn compile_cached(cache: &mut HashMap<String, SharedRegex>, pattern: &str) -> Result<SharedRegex, regex::Error> {
    if let Some(re) = cache.get(pattern) {
        return Ok(re.clone());
    }
    let re = compile_shared(pattern)?;
    cache.insert(pattern.to_string(), re.clone());
    Ok(re)
}

/// Compiles a trigger or cue list: case-insensitive, on word boundaries.
fn compile(pattern: &str) -> Result<Regex, regex::Error> {
    regex::RegexBuilder::new(&format!(r"(?i)\b(?:{pattern})\b")).size_limit(1 << 24).dfa_size_limit(1 << 23).build()
}

/// Spelling variants generated for every alias: typographic apostrophes and
/// hyphen/space alternation.
fn variants(text: &str, abbreviations: &BTreeMap<String, Vec<String>>) -> Vec<String> {
    let mut out = vec![text.to_string()];
    // "Indian Oil Corporation" is as often "Indian Oil Corp" (see `legal_abbreviations`): a name of
    // several words ending in a legal form has its abbreviations too.
    if let Some((name, last)) = text.rsplit_once(' ') {
        for short in abbreviations.get(last).into_iter().flatten() {
            out.push(format!("{name} {short}"));
        }
    }
    if text.contains('\'') {
        out.push(text.replace('\'', "\u{2019}"));
    }
    if text.contains('\u{2019}') {
        out.push(text.replace('\u{2019}', "'"));
    }
    // "Ta'ang" is often written "Taang".
    if text.contains(['\'', '\u{2019}']) {
        out.push(text.replace(['\'', '\u{2019}'], ""));
    }
    // "U.N. human rights office" is as often "UN human rights office", and the other way round
    // (in names of several words: a lone "US" is no "U.S.").
    let dotted = |w: &str| {
        w.len() >= 4 && w.chars().enumerate().all(|(i, c)| if i % 2 == 0 { c.is_ascii_uppercase() } else { c == '.' })
    };
    let capitals = |w: &str| (2..=3).contains(&w.len()) && w.chars().all(|c| c.is_ascii_uppercase());
    if text.contains(' ') && text.split(' ').any(|w| dotted(w) || capitals(w)) {
        let swap = |w: &str| {
            if dotted(w) {
                w.replace('.', "")
            } else if capitals(w) {
                w.chars().flat_map(|c| [c, '.']).collect()
            } else {
                w.to_string()
            }
        };
        let n = out.len();
        for i in 0..n {
            let v: Vec<String> = out[i].split(' ').map(swap).collect();
            out.push(v.join(" "));
        }
    }
    let n = out.len();
    // (A combining form keeps its final hyphen: "Sino-" is no "Sino".)
    for i in 0..n {
        if out[i].contains('-') && !out[i].ends_with('-') {
            let v = out[i].replace('-', " ");
            out.push(v);
        }
    }
    out.dedup();
    out
}

impl Lexicon {
    /// The built-in lexicon only.
    pub fn builtin() -> Result<Lexicon, LexiconError> {
        Self::load(&[])
    }

    /// The built-in lexicon extended with the user's files, in order. A user
    /// actor with a built-in id replaces it; patterns and cues are added.
    pub fn load(user_files: &[PathBuf]) -> Result<Lexicon, LexiconError> {
        let mut b = Builder::default();
        for (name, src) in BUILTIN {
            b.add_file(Path::new(name), src)?;
        }
        b.add_places(Path::new("data/places.tsv"), include_str!("../data/places.tsv"))?;
        for f in user_files {
            let io = |source| LexiconError::Io { file: f.clone(), source };
            let file = std::fs::File::open(f).map_err(io)?;
            let size = file.metadata().map_err(io)?.len();
            let Some(bytes) = crate::fsutil::read_at_most(file, MAX_LEXICON_BYTES, size).map_err(io)? else {
                return Err(LexiconError::TooLarge { file: f.clone(), max: MAX_LEXICON_BYTES });
            };
            let src =
                String::from_utf8(bytes).map_err(|e| io(std::io::Error::new(std::io::ErrorKind::InvalidData, e)))?;
            b.add_file(f, &src)?;
        }
        b.build()
    }

    /// A lexicon made of one file's text alone, without the built-in data
    /// (for tests and fuzzing); `file` names it in errors.
    pub fn from_source(file: &Path, src: &str) -> Result<Lexicon, LexiconError> {
        let mut b = Builder::default();
        b.add_file(file, src)?;
        b.build()
    }

    /// The state a town or city of this name (exact case) is in.
    pub fn place(&self, name: &str) -> Option<usize> {
        self.places.get(name).copied()
    }

    /// The actor with this id.
    pub fn actor(&self, id: &str) -> Option<&ActorEntry> {
        self.index.get(id).map(|&ix| &self.actors[ix])
    }

    /// Index of the actor with this id.
    pub fn actor_index(&self, id: &str) -> Option<usize> {
        self.index.get(id).copied()
    }

    /// The index of the form that names `actor` by its name (not an acronym,
    /// demonym or capital), if the lexicon lists one.
    pub fn name_form(&self, actor: usize) -> Option<usize> {
        self.forms.iter().position(|f| f.actor == actor && f.kind == FormKind::Name)
    }

    /// The military that acts for a state, if the lexicon has one.
    pub fn military_of(&self, state: usize) -> Option<usize> {
        self.military_of.get(&self.actors[state].id).copied()
    }

    /// The kind of form `text` is, when it is an alias ("Russian": a demonym).
    pub fn form_kind(&self, text: &str) -> Option<FormKind> {
        self.by_form.get(&normalize(text)).map(|&f| self.forms[f].kind)
    }

    /// Resolves a name typed by a user (case-insensitive: id, label or any
    /// alias, with or without a leading "the").
    pub fn resolve_name(&self, name: &str) -> Option<&ActorEntry> {
        let n = normalize(name);
        // The first actor whose id or label it is, else the first form.
        let by_id = self.index.get(&n.replace(' ', "-")).copied();
        match (by_id, self.by_label.get(&n).copied()) {
            (Some(a), Some(b)) => return Some(&self.actors[a.min(b)]),
            (Some(a), None) | (None, Some(a)) => return Some(&self.actors[a]),
            (None, None) => {}
        }
        self.by_form.get(&n).map(|&f| &self.actors[self.forms[f].actor])
    }
}

/// Lowercases, folds apostrophes and spaces, drops a leading "the ".
pub fn normalize(s: &str) -> String {
    let s = s.trim().to_lowercase().replace('\u{2019}', "'");
    let s = s.strip_prefix("the ").unwrap_or(&s);
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Up to `n` of the candidates closest to `name` (edit distance on
/// normalised text), for "did you mean" messages.
pub fn closest<'a>(name: &str, candidates: impl Iterator<Item = &'a str>, n: usize) -> Vec<String> {
    let target = normalize(name);
    let mut scored: Vec<(usize, String)> = candidates
        .map(|c| (strsim::levenshtein(&target, &normalize(c)), c.to_string()))
        .filter(|(d, c)| *d <= (c.len().max(target.len()) / 2).max(2))
        .collect();
    scored.sort();
    scored.dedup_by(|a, b| a.1 == b.1);
    scored.into_iter().take(n).map(|(_, c)| c).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_lexicon_loads() {
        let lx = Lexicon::builtin().unwrap();
        assert!(lx.actors.len() > 300, "{} actors", lx.actors.len());
        assert!(lx.patterns.len() >= 13);
        let covered: std::collections::BTreeSet<_> = lx.patterns.iter().map(|p| p.relation).collect();
        assert_eq!(covered.len(), 13, "every relation type has a pattern");
    }

    #[test]
    fn roles_switch_at_their_dates() {
        let lx = Lexicon::builtin().unwrap();
        let shoigu = lx.resolve_name("Shoigu").unwrap();
        assert!(shoigu.acts_for(Some("2021-06-23")).unwrap().title.to_lowercase().contains("defen"));
        let belousov = lx.resolve_name("Andrei Belousov").unwrap();
        assert!(belousov.acts_for(Some("2021-06-23")).is_none());
        assert_eq!(belousov.acts_for(Some("2024-12-01")).unwrap().org, "russia");
    }

    #[test]
    fn duplicate_alias_is_rejected_with_file_and_line() {
        let dir = tempfile::tempdir().unwrap();
        let f = dir.path().join("mine.toml");
        std::fs::write(
            &f,
            "# mine\n\n[[actor]]\nid = \"x\"\nlabel = \"Moscow Group\"\nkind = \"company\"\nnames = [\"Moscow\"]\n",
        )
        .unwrap();
        let err = Lexicon::load(std::slice::from_ref(&f)).unwrap_err().to_string();
        assert!(err.contains("mine.toml:3"), "{err}");
        assert!(err.contains("already an alias of `russia`"), "{err}");
    }

    #[test]
    fn broken_files_name_the_problem() {
        let dir = tempfile::tempdir().unwrap();
        let f = dir.path().join("bad.toml");
        std::fs::write(&f, "[[actor]]\nid = \"x\"\nlabel = \"X\"\nkind = \"planet\"\n").unwrap();
        let err = Lexicon::load(std::slice::from_ref(&f)).unwrap_err().to_string();
        assert!(err.contains("bad.toml:1") && err.contains("unknown actor kind `planet`"), "{err}");
        std::fs::write(&f, "[[pattern]]\nrelation = \"trade\"\nframe = \"agent_first\"\ntrigger = \"(unclosed\"\n")
            .unwrap();
        let err = Lexicon::load(std::slice::from_ref(&f)).unwrap_err().to_string();
        assert!(err.contains("not a valid regex"), "{err}");
        std::fs::write(&f, "[[actor]]\nid = \"x\"\nlabel = \"X\"\nkind = \"state\"\nbloc = true\n").unwrap();
        let err = Lexicon::load(std::slice::from_ref(&f)).unwrap_err().to_string();
        assert!(err.contains("`bloc` is for an intergovernmental organisation"), "{err}");
        std::fs::write(&f, "[[actor]]\nid = \"x\"\nlabel = \"X\"\nkind = \"state\"\nsupplies = \"energy_supply\"\n")
            .unwrap();
        let err = Lexicon::load(std::slice::from_ref(&f)).unwrap_err().to_string();
        assert!(err.contains("`supplies` is for a company"), "{err}");
        std::fs::write(&f, "[[actor]]\nid = \"x\"\nlabel = \"X\"\nkind = \"state\"\nhost = \"y\"\n").unwrap();
        let err = Lexicon::load(std::slice::from_ref(&f)).unwrap_err().to_string();
        assert!(err.contains("`host` is for an international operation"), "{err}");
        std::fs::write(&f, "[[actor]]\nid = \"x\"\nlabel = \"X\"\nkind = \"igo\"\nhost = \"nowhere\"\n").unwrap();
        let err = Lexicon::load(std::slice::from_ref(&f)).unwrap_err().to_string();
        assert!(err.contains("refers to unknown actor `nowhere`"), "{err}");
        std::fs::write(&f, "[[actor]]\nid = \"x\"\nlabel = \"X\"\nkind = \"company\"\nsupplies = \"oil\"\n").unwrap();
        let err = Lexicon::load(std::slice::from_ref(&f)).unwrap_err().to_string();
        assert!(err.contains("bad.toml") && err.contains("oil"), "{err}");
        std::fs::write(&f, "[places]\nAtlantis = \"nato\"\n").unwrap();
        let err = Lexicon::load(std::slice::from_ref(&f)).unwrap_err().to_string();
        assert!(err.contains("bad.toml") && err.contains("place `Atlantis`: `nato` is no state"), "{err}");
        std::fs::write(&f, "[[actor]\nid=").unwrap();
        let err = Lexicon::load(std::slice::from_ref(&f)).unwrap_err().to_string();
        assert!(err.contains("bad.toml") && err.contains("line 1"), "{err}");
    }

    #[test]
    fn places_name_their_state_and_users_add_more() {
        let lx = Lexicon::builtin().unwrap();
        assert_eq!(lx.place("Kharkiv").map(|a| lx.actors[a].id.as_str()), Some("ukraine"));
        // Words and names the lexicon knows are no places.
        assert_eq!(lx.place("Reading"), None);
        assert_eq!(lx.place("Moscow"), None);
        let dir = tempfile::tempdir().unwrap();
        let f = dir.path().join("towns.toml");
        std::fs::write(&f, "[places]\n\"New Kharkiv\" = \"ukraine\"\n").unwrap();
        let lx = Lexicon::load(std::slice::from_ref(&f)).unwrap();
        assert_eq!(lx.place("New Kharkiv").map(|a| lx.actors[a].id.as_str()), Some("ukraine"));
    }

    #[test]
    fn user_file_extends_the_lexicon() {
        let dir = tempfile::tempdir().unwrap();
        let f = dir.path().join("mine.toml");
        std::fs::write(
            &f,
            "[[actor]]\nid = \"new-militia\"\nlabel = \"Northern Lions\"\nkind = \"armed_group\"\ncountry = \"mali\"\n",
        )
        .unwrap();
        let lx = Lexicon::load(&[f]).unwrap();
        assert_eq!(lx.resolve_name("northern lions").unwrap().id, "new-militia");
    }
}
