//! Assertion: the cues of `assertion.toml` (negation, hedges, calls,
//! intentions, ended relations, denials, conditions, future times) and the
//! clause each governs. A predicate under a cue is no fact.

use super::roles::Graph;
use super::{words, FrameError, FrameSet};
use crate::ontology::RelationType;
use crate::syntax::Parse;
use jiff::civil::Date;
use serde::Deserialize;
use std::collections::BTreeMap;

/// The cue lists of `assertion.toml`, by lemma (multiword cues by first word).
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct CueFile {
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
    remembering: Vec<String>,
    #[serde(default)]
    unsourced: Vec<String>,
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
pub(super) enum Cue {
    Negation,
    Hedge,
    Call,
    Intention,
    Ended,
    Denial,
    Condition,
    Future,
}

impl FrameSet {
    /// Whether the parse's word `t` denies ("deny", "reject", "dismiss": the
    /// `denial` cues of the assertion file).
    pub fn is_denial(&self, p: &Parse, t: usize) -> bool {
        self.cues.get(p.lemma(t)).is_some_and(|c| c.contains(&Cue::Denial))
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
        self.remembering.extend(c.remembering.iter().map(|w| w.to_lowercase()));
        self.unsourced.extend(c.unsourced.iter().map(|w| w.to_lowercase()));
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

    /// The number of month `word` (any case, a final "." dropped; see `[months]` in assertion.toml).
    pub fn month(&self, word: &str) -> Option<i8> {
        self.months.get(word.trim_end_matches('.').to_lowercase().as_str()).copied()
    }

    /// Whether token `c` is a month with its day ("April 29", "29 April
    /// 1987") after the document's date: a day still to come. (The day after
    /// counts as today: a wire's dateline may run a day ahead of its date.)
    pub(super) fn later_date(&self, g: &Graph, c: usize) -> bool {
        let (p, Some(today)) = (g.p, g.today) else { return false };
        let Some(m) = self.month(p.word(c)) else { return false };
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
    pub(super) fn future_time(&self, g: &Graph, c: usize) -> bool {
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
    /// Whether `t` is inside what a purpose or a remedy is said to be (class
    /// purpose_nouns): "the goal is to sign a pact with X", "the answer was a
    /// free trade pact with Y", "Vietnam's priority is buying jets" (read as a
    /// progressive with the purpose for its subject).
    fn purposed(&self, g: &Graph, t: usize) -> bool {
        let p = g.p;
        let purpose_subject =
            |v: usize| g.kids[v].iter().any(|&c| p.dep(c) == "nsubj" && self.listed("purpose_nouns", p.lemma(c)));
        let mut x = t;
        for _ in 0..6 {
            if g.is_verb(x) && g.kids[x].iter().any(|&c| p.dep(c) == "aux" && p.lemma(c) == "be") && purpose_subject(x)
            {
                return true;
            }
            let Some(h) = p.head(x) else { return false };
            match p.dep(x) {
                "attr" | "xcomp" | "ccomp" | "acomp" if p.lemma(h) == "be" => return purpose_subject(h),
                "compound" | "amod" | "dobj" | "pobj" | "prep" | "pcomp" | "conj" | "xcomp" => x = h,
                _ => return false,
            }
        }
        false
    }

    /// Whether `t` is inside what someone is charged with: the "of" or "with" phrase of a verb or
    /// noun of class charging_words ("accused X of arming Y", "allegations of transfers to Y"), or
    /// the "that" clause of one ("alleged that X had armed Y"), up through the phrases and
    /// subjectless clauses the predicate sits in ("of sending troops to reinforce Y").
    fn charged(&self, g: &Graph, t: usize) -> bool {
        let p = g.p;
        let charging = |h: usize| self.listed("charging_words", p.lemma(h));
        let own_subject = |v: usize| g.kids[v].iter().any(|&c| p.dep(c).starts_with("nsubj"));
        let mut x = t;
        for _ in 0..8 {
            let Some(h) = p.head(x) else { return false };
            match p.dep(x) {
                "prep" if matches!(p.lemma(x), "of" | "with") && charging(h) => return true,
                // (A second "of" joined to the first phrase: "accused X of arming Y and of sending".)
                "conj"
                    if matches!(p.lemma(x), "of" | "with") && p.dep(h) == "prep" && p.head(h).is_some_and(charging) =>
                {
                    return true
                }
                "ccomp" | "acl" if charging(h) && g.kids[x].iter().any(|&c| p.lemma(c) == "that") => return true,
                "ccomp" if g.is_verb(h) && charging(h) => return true,
                "advcl" | "xcomp" | "relcl" if own_subject(x) => return false,
                // What a charged act acts on, named as known, exists: "accused X of breaching the arms
                // embargo imposed on Y" (not "of signing a deal with Y").
                "dobj" if g.kids[x].iter().any(|&c| p.dep(c) == "poss" || p.dep(c) == "det" && p.lemma(c) == "the") => {
                    return false
                }
                "pcomp" | "pobj" | "prep" | "conj" | "dobj" | "xcomp" | "advcl" | "compound" | "amod" => x = h,
                _ => return false,
            }
        }
        false
    }

    pub(super) fn cancelled(&self, g: &Graph, t: usize, rel: RelationType) -> Option<Cue> {
        let p = g.p;
        // "accused Kigali of sending battalions to reinforce the rebels": what one is charged with is
        // a charge (class charging_words), no fact; a fight one is blamed for took place.
        if !matches!(rel, RelationType::Condemnation | RelationType::ArmedConflict) && self.charged(g, t) {
            return Some(Cue::Hedge);
        }
        // "What I was advocating was more purchases of X", "what Kyiv wants is a pact with Y": what a
        // clause of calling, wishing or hedging is said to be (a pseudo-cleft) is no fact.
        if let Some(be) = p.head(t).filter(|&b| p.dep(t) == "attr" && p.lemma(b) == "be") {
            let clause = g.kids[be]
                .iter()
                .copied()
                .find(|&c| p.dep(c) == "csubj" && g.kids[c].iter().any(|&w| matches!(p.tag(w), "WP" | "WDT")));
            if let Some(cue) = clause.and_then(|c| self.cues.get(p.lemma(c))).and_then(|cs| cs.first().copied()) {
                return Some(cue);
            }
        }
        // A noun that modifies another is as real as what it modifies: "fears of a trade war between
        // X and Y", "a possible trade war" state no trade (a cue on the noun it modifies, or on the
        // noun that noun is "of").
        if let Some(h) = p.head(t).filter(|&h| p.dep(t) == "compound" && p.tag(h).starts_with("NN")) {
            let of = p.head(h).filter(|&o| p.dep(h) == "pobj" && p.lemma(o) == "of").and_then(|o| p.head(o));
            let cue = g.kids[h]
                .iter()
                .copied()
                .filter(|&c| matches!(p.dep(c), "amod" | "advmod"))
                .chain(of.filter(|&n| p.tag(n).starts_with("NN")))
                .find_map(|x| self.cues.get(p.lemma(x)).and_then(|cs| cs.iter().copied().find(|c| *c == Cue::Hedge)));
            if cue.is_some() {
                return cue;
            }
        }
        // A truce presupposes the fighting it pauses, whether it is ended, broken, sought or refused
        // ("ended its ceasefire with the government", "failed to agree a truce").
        if rel == RelationType::ArmedConflict && self.listed("truces", p.lemma(t)) {
            return None;
        }
        // "the only way out is for X to join forces with Y", "it is time for X to talk to Y": an
        // infinitive whose subject "for" introduces is a possibility or a wish, no fact.
        // (Not one that says what a contract is for: "a contract signed in February for the Saudis
        // to supply Brazil with oil"; on a noun, only one of class `possibility_nouns`.)
        let for_to = |v: usize| {
            g.kids[v].iter().any(|&c| p.dep(c) == "mark" && p.lemma(c) == "for")
                && g.kids[v].iter().any(|&c| p.dep(c) == "aux" && p.tag(c) == "TO")
                && p.head(v).is_some_and(|h| {
                    let possible = |n: usize| self.listed("possibility_nouns", p.lemma(n));
                    // (A copula's: "the only way out is for ..."; a verb of waiting or pushing "for".)
                    if p.lemma(h) == "be" {
                        g.kids[h].iter().any(|&c| matches!(p.dep(c), "nsubj" | "attr") && possible(c))
                    } else {
                        g.is_verb(h) || possible(h)
                    }
                })
        };
        if std::iter::once(t).chain(g.light_verb(t)).filter(|&v| g.is_verb(v)).any(for_to) {
            return Some(Cue::Hedge);
        }
        // "asked the Security Council to condemn X", "urged CARICOM to condemn X": a stance one is
        // asked to take is not taken (a call's own words still rebuke: "urged X to stop").
        if rel == RelationType::Condemnation
            && g.is_verb(t)
            && (p.dep(t) == "xcomp" || p.dep(t) == "advcl" && g.kids[t].iter().any(|&c| p.lemma(c) == "to"))
            && p.head(t).is_some_and(|h| {
                let addressed = g.kids[h].iter().any(|&c| p.dep(c) == "dobj")
                    || !g.prep_objects(h, "on").is_empty()
                    || !g.prep_objects(h, "upon").is_empty();
                addressed && (self.listed("call_verbs", p.lemma(h)) || self.listed("asking_verbs", p.lemma(h)))
            })
        {
            return Some(Cue::Call);
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
            // A verb that comes "to" an end names the end there: "deliveries came to an end",
            // "shipments slowed to a standstill".
            let to_end = || {
                g.is_verb(x)
                    .then(|| g.prep_objects(x, "to"))?
                    .into_iter()
                    .any(|o| self.cues.get(p.lemma(o)).is_some_and(|c| c.contains(&Cue::Ended)))
                    .then_some(Cue::Ended)
                    .filter(usable)
            };
            // (The phrasal verb first: "the talks were called off" end, no call.)
            phrasal()
                .or_else(|| self.cues.get(p.lemma(x)).and_then(|cues| cues.iter().copied().find(usable)))
                .or_else(to_end)
        };
        // A two-word cue whose second word heads the first ("no longer buys", "not yet signed").
        let two_word = |c: usize| -> Option<Cue> {
            if p.dep(c) != "advmod" {
                return None;
            }
            let second = p.word(c).to_lowercase();
            g.kids[c].iter().find_map(|&k| self.particle_cue(&p.word(k).to_lowercase(), &second))
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
        // (Or what is on its agenda or at its margins: "will be on the agenda of the talks", "will
        // meet on the sidelines of the summit"; `event` is then that noun.)
        let margins = Some(event)
            .filter(|&n| n != t && matches!(p.lemma(n), "agenda" | "sideline" | "sidelines" | "margin" | "margins"))
            .and_then(|n| p.head(n).filter(|&a| p.dep(n) == "pobj" && matches!(p.lemma(a), "on" | "at")))
            .and_then(|a| p.head(a))
            .filter(|&v| p.tag(v).starts_with("VB"));
        let governor = p
            .head(event)
            .filter(|&h| {
                matches!(p.dep(event), "dobj" | "nsubjpass" | "xcomp")
                    || p.dep(event) == "nsubj" && self.occurrence_verbs.contains(p.lemma(h))
            })
            .or(journey)
            .or(setting)
            .or(margins);
        // "ahead of the summit": the words of the preposition are the heads above the noun.
        let ahead = || self.future_prepositions.iter().any(|words| phrase_above(p, t, words));
        // "will meet"; "the issues to be discussed" (an infinitive on a noun); a headline's "Putin to
        // visit China" (an infinitive with nothing above it).
        let verb = if g.is_verb(t) { Some(t) } else { governor.filter(|&h| g.is_verb(h) || Some(h) == margins) };
        // (A participle takes its head's: "will extend his tour, flying to Japan for talks".)
        // (And a "would" in a clause someone is reported to have said, the future of the past:
        // "Paraguay said its president would visit Taipei in May".)
        let said = |v: usize| {
            p.dep(v) == "ccomp" && p.head(v).is_some_and(|h| g.is_verb(h) && self.report.contains(p.lemma(h)))
        };
        let own_auxiliary = |v: usize| {
            g.kids[v].iter().any(|&c| {
                p.dep(c) == "aux"
                    && (self.future_auxiliaries.contains(&p.word(c).to_lowercase())
                        || p.word(c).eq_ignore_ascii_case("would") && said(v))
            })
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
                || verb.is_some_and(|v| {
                    // ("the summit is to be held in October": the event is the subject of "be".)
                    let to_be = p.lemma(v) == "be" && g.kids[v].iter().any(|&c| arranged(c));
                    auxiliary(v) || infinitive_on_noun(v) || timetable(v) || arranged(v) || to_be
                }))
        {
            return Some(Cue::Future);
        }
        // ("would soon buy": any modal; "a memorandum to eventually supply gas": an infinitive.)
        let modal = |v: usize| g.kids[v].iter().any(|&c| p.dep(c) == "aux" && matches!(p.tag(c), "MD" | "TO"));
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
            // ("blamed India, without offering evidence, for backing the militants", "accused Niger,
            // without evidence, of arming the rebels": what is done without a thing is done; what
            // "without" takes is what is not.)
            let without_doing = d == "prep" && p.lemma(c) == "without";
            if matches!(d, "aux" | "advmod" | "amod" | "mark" | "det" | "prep") && !without_doing {
                if let Some(cue) = cue_of(c) {
                    if !(d == "prep" && cue != Cue::Negation) {
                        return Some(cue);
                    }
                }
            }
            if let Some(cue) = two_word(c) {
                return Some(cue);
            }
            // "a pact under negotiation", "a sale in the works".
            if d == "prep" && !g.is_verb(t) {
                if let Some(cue) = g.kids[c].iter().find_map(|&o| self.phrase_cue(p, c, o)) {
                    return Some(cue);
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
        // "no agreement on the sale of jets to X was discussed", "no contract for the delivery of
        // tanks": a commitment with "no" whose content the predicate is, after "on", "of", "for",
        // "about" or "over" (up to two levels; not a time: "no relations since their war" keeps the war).
        let mut x = t;
        for _ in 0..2 {
            let content = |prep: &usize| matches!(p.lemma(*prep), "on" | "of" | "for" | "about" | "over");
            let Some(n) = p.head(x).filter(|_| p.dep(x) == "pobj").filter(content).and_then(|prep| p.head(prep)) else {
                break;
            };
            if !p.tag(n).starts_with("NN") {
                break;
            }
            // (A commitment or an order: "no comment on the attack" leaves the attack.)
            let binding = g.sets.in_class(g, n, "commitments") || g.sets.listed("orders", p.lemma(n));
            if binding && g.kids[n].iter().any(|&c| p.dep(c) == "det" && p.lemma(c) == "no") {
                return Some(Cue::Negation);
            }
            x = n;
        }
        // The clause's verb has a condition of its own: "France can sell jets to India if the deal
        // is approved", "unless talks fail, X will send troops".
        // "in the event of any U.S. strike", "in case of war".
        if self.condition_phrases.iter().any(|words| phrase_above(p, t, words)) {
            return Some(Cue::Condition);
        }
        // A relative clause that ends what the noun names: "the 2020 embargo on drone optics to
        // Turkey, which Ottawa lifted in 2024", "the pact, which lapsed in 2019".
        // (The parser may hang the clause on the last noun of the phrase: an object relative there
        // still ends the predicate, since no one lifts or suspends a state.)
        let relative = |r: usize| matches!(p.tag(r), "WDT" | "WP") || p.lemma(r) == "that";
        let ends = |v: usize, direct: bool| {
            p.dep(v) == "relcl"
                && cue_of(v) == Some(Cue::Ended)
                && g.kids[v].iter().any(|&r| relative(r) && (direct || matches!(p.dep(r), "dobj" | "nsubjpass")))
        };
        let mut phrase = vec![t];
        let mut i = 0;
        while i < phrase.len() && phrase.len() < 24 {
            let x = phrase[i];
            phrase.extend(g.kids[x].iter().copied().filter(|&c| matches!(p.dep(c), "prep" | "pobj" | "conj")));
            i += 1;
        }
        if !g.is_verb(t) && phrase.iter().any(|&x| g.kids[x].iter().any(|&v| ends(v, x == t))) {
            return Some(Cue::Ended);
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
        // (Nor the clause such a verb governs: "an interconnector that would allow Mozambique to sell
        // electricity to Zambia".)
        let would = |v: usize| {
            g.is_verb(v)
                && g.kids[v].iter().any(|&c| p.dep(c) == "aux" && p.word(c).eq_ignore_ascii_case("would"))
                && !reported(v)
        };
        // ("would continue to support Ukraine" presupposes the support.)
        let governing = p
            .head(clause)
            .filter(|_| matches!(p.dep(clause), "ccomp" | "xcomp"))
            .filter(|&h| !self.presupposing.contains(p.lemma(h)));
        if g.is_verb(clause)
            && (would(clause) || governing.is_some_and(would))
            && !(clause != t && self.presupposing.contains(p.lemma(clause)))
        {
            return Some(Cue::Hedge);
        }
        // "Venezuela, which once sent Havana oil, suspended its shipments", "Reliance, which had bought
        // Venezuelan oil, stopped its purchases" (or "said it had halted purchases"): a flow stated in
        // a relative clause on the subject of a verb that ends the subject's flows (its object of
        // class flows) has ended.
        if matches!(rel, RelationType::EnergySupply | RelationType::ArmsSupply | RelationType::Trade) {
            let relative = std::iter::successors(Some(t), |&x| p.head(x)).take(6).find(|&x| p.dep(x) == "relcl");
            let owner = relative.and_then(|r| p.head(r)).filter(|&n| p.dep(n) == "nsubj");
            let ends_flows = |v: usize| {
                cue_of(v) == Some(Cue::Ended)
                    && g.kids[v].iter().any(|&o| p.dep(o) == "dobj" && self.in_class(g, o, "flows"))
            };
            // (Or through what the subject said of itself: "said it had halted purchases".)
            let said_ended = |v: usize| {
                self.report.contains(p.lemma(v))
                    && g.kids[v].iter().any(|&c| {
                        p.dep(c) == "ccomp"
                            && ends_flows(c)
                            && g.kids[c].iter().any(|&s| p.dep(s) == "nsubj" && matches!(p.lemma(s), "it" | "they"))
                    })
            };
            if owner.and_then(|n| p.head(n)).is_some_and(|v| ends_flows(v) || said_ended(v)) {
                return Some(Cue::Ended);
            }
        }
        // "Egypt shelved the Su-35 fighters it had ordered from Moscow", "withdrew the troops it had
        // sent to Mali": a transfer whose verb is a relative clause on what a verb of ending sets
        // aside has been undone. (Not one further down: "lifted the condition it imposed on the
        // sale of oil to Brazil" ends the condition.)
        if matches!(
            rel,
            RelationType::EnergySupply | RelationType::ArmsSupply | RelationType::Trade | RelationType::TroopDeployment
        ) && p.dep(t) == "relcl"
        {
            let object = p.head(t).filter(|&n| p.dep(n) == "dobj");
            if object.and_then(|n| p.head(n)).is_some_and(|v| cue_of(v) == Some(Cue::Ended)) {
                return Some(Cue::Ended);
            }
        }
        // "Prospects appear slim for a summer meeting": what a hedge noun's predicate adjective is
        // "for" is as open as the noun's own complement.
        let for_hedged =
            p.head(t).filter(|&f| p.dep(t) == "pobj" && p.lemma(f) == "for").and_then(|f| p.head(f)).is_some_and(|a| {
                p.tag(a) == "JJ"
                    && matches!(p.dep(a), "acomp" | "oprd")
                    && p.head(a).is_some_and(|v| {
                        // (A capitalised subject opening a wire story is tagged a name: "- Prospects appear".)
                        let hedge = |s: usize| {
                            let word = p.word(s).to_lowercase();
                            let singular = word.strip_suffix('s').unwrap_or(&word);
                            cue_of(s) == Some(Cue::Hedge)
                                || p.tag(s) == "NNPS"
                                    && self.cues.get(singular).is_some_and(|c| c.contains(&Cue::Hedge))
                        };
                        g.kids[v].iter().any(|&s| p.dep(s) == "nsubj" && hedge(s))
                    })
            });
        if for_hedged {
            return Some(Cue::Hedge);
        }
        // Governors of the clause: "plans to send", "denied supplying", "halted arms deliveries".
        let mut cur = t;
        // "the prospect of ending their alliance", "the need for Japan to redress its trade imbalance
        // with the U.S.": a relation someone has (a noun with its possessor) exists, whatever is
        // wished, asked or foreseen for it.
        // (Standing relations only: not an event still to come, "Chirac's first official visit is
        // expected", nor a thing one owns, "hopes to build its first reactor with Russian help".)
        let standing = matches!(
            rel,
            RelationType::Alliance
                | RelationType::Trade
                | RelationType::MilitaryCooperation
                | RelationType::EnergySupply
                | RelationType::PoliticalSupport
        );
        // (So does an event a relative clause in the past tells of: "under the pact that Mali and
        // Niger signed in 2023, each must help the other".)
        let told = |c: usize| {
            matches!(p.dep(c), "relcl" | "acl")
                && (p.tag(c) == "VBD"
                    || p.tag(c) == "VBN" && g.kids[c].iter().any(|&a| p.dep(a) == "aux" && p.lemma(a) == "have"))
                && g.kids[c].iter().any(|&s| p.dep(s) == "nsubj" && !matches!(p.tag(s), "WDT" | "WP"))
                && cue_of(c).is_none()
                && !g.kids[c].iter().any(|&a| p.dep(a) == "neg")
        };
        let mut deepened = !g.is_verb(t)
            && (standing && g.kids[t].iter().any(|&c| p.dep(c) == "poss") || g.kids[t].iter().any(|&c| told(c)));
        // ("Manila's goal is to deepen its alliance with Tokyo": the alliance it has is not the goal.)
        if !deepened && self.purposed(g, t) {
            return Some(Cue::Intention);
        }
        // A war or an invasion named with the side that wages it is given, whatever the clause above
        // refuses, asks or ends: "refused to condemn Moscow's war in Ukraine", "called for an end to
        // Russia's invasion of Ukraine". Both sides are named on the noun: a side read from the
        // clause above ("failed to condemn Iran's attack") is no given. (Its own words still count:
        // "Russia's planned invasion".)
        if rel == RelationType::ArmedConflict
            && !g.is_verb(t)
            && g.kids[t].iter().any(|&c| p.dep(c) == "poss" && !g.actors_at[c].is_empty())
            && g.kids[t].iter().any(|&c| p.dep(c) == "prep" && !g.actors_below(c).is_empty())
        {
            return None;
        }
        // "a (mutual defence) pact is under negotiation", "the sale remains in talks".
        let noun = if p.dep(t) == "compound" { p.head(t).unwrap_or(t) } else { t };
        if let Some(v) = p.head(noun).filter(|&v| p.dep(noun) == "nsubj" && matches!(p.lemma(v), "be" | "remain")) {
            if let Some(cue) = self.prepositional_cue(g, v) {
                return Some(cue);
            }
        }
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
            // A war given as the reason for a measure is given whatever is done about the measure:
            // "declined to impose sanctions on Moscow over its war in Ukraine".
            if rel == RelationType::ArmedConflict && d == "pobj" && matches!(p.lemma(h), "over" | "because") && cur == t
            {
                break;
            }
            // An event that dates a verb in a phrase of time took place whatever the verb ends or
            // denies: "the pipeline was shut during the Israel-Iran war" (class time_prepositions);
            // not if the verb is hedged or planned: "is expected to canvass support during his visit".
            let ends_or_denies = matches!(cue_of(h), Some(Cue::Ended | Cue::Negation | Cue::Denial))
                || g.kids[h].iter().any(|&c| p.dep(c) == "neg");
            if d == "prep" && g.is_verb(h) && ends_or_denies && self.listed("time_prepositions", p.lemma(cur)) {
                break;
            }
            // An adverbial clause ("..., declaring X an aggressor") is not governed by its main verb;
            // a gerund right after it is its complement, however parsed ("ruled out sending troops").
            let gerund = d == "advcl"
                && p.tag(cur) == "VBG"
                && h < cur
                && !g.kids[cur].iter().any(|&c| matches!(p.dep(c), "mark" | "nsubj"))
                && !(h..cur).any(|x| p.tag(x) == ",");
            // ("called for Brazil to talk to the IMF": an infinitive with a subject of its own read as
            // an adverbial clause is the call's complement.)
            let infinitive = d == "advcl"
                && g.kids[cur].iter().any(|&c| p.tag(c) == "TO")
                && g.kids[cur].iter().any(|&c| p.dep(c) == "mark" && p.lemma(c) == "for")
                && matches!(cue_of(h), Some(Cue::Call | Cue::Intention));
            // "Reports that Egypt has acquired Chinese jets have circulated": what bare plural reports
            // or claims say, with no one named as their source, is unconfirmed (not "the report",
            // "Amnesty's reports").
            if matches!(d, "acl" | "ccomp" | "advcl")
                && self.unsourced.contains(&p.word(h).to_lowercase())
                && !g.kids[h].iter().any(|&c| matches!(p.dep(c), "det" | "poss" | "compound" | "amod" | "prep"))
            {
                return Some(Cue::Hedge);
            }
            // "Some of the rumours in the markets were that X had struck Y": what a copula says
            // the rumours or claims were is as unconfirmed.
            if matches!(d, "ccomp" | "attr" | "advcl") && p.lemma(h) == "be" {
                let unsourced = |x: usize| self.unsourced.contains(&p.word(x).to_lowercase());
                let said = g.kids[h]
                    .iter()
                    .filter(|&&c| p.dep(c) == "nsubj")
                    .any(|&s| unsourced(s) || g.prep_objects(s, "of").into_iter().any(unsourced));
                if said {
                    return Some(Cue::Hedge);
                }
            }
            // "stopped short of blaming X": the particle of a two-word cue leads up to its verb.
            if matches!(d, "advmod" | "prt") {
                if let Some(cue) = self.particle_cue(p.lemma(h), p.lemma(cur)) {
                    return Some(cue);
                }
            }
            if !gerund
                && !infinitive
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
            // "removed Turkey from the programme over its purchase of S-400s", "sanctioned Iran for its
            // drone transfers": the act one is judged or punished for, its own ("its"), took place
            // whatever the verb ends or does.
            let owned_act =
                |n: usize| p.dep(n) == "pobj" && g.kids[n].iter().any(|&c| p.dep(c) == "poss" && p.tag(c) == "PRP$");
            if d == "prep"
                && matches!(p.lemma(cur), "over" | "for")
                && g.is_verb(h)
                && g.kids[cur].iter().any(|&n| owned_act(n))
                && !g.judged(h).is_empty()
            {
                break;
            }
            // "would have to enact", "is set to sign": a verb-and-"to" cue over the infinitive.
            if matches!(d, "xcomp" | "acl") && g.kids[cur].iter().any(|&c| p.tag(c) == "TO") {
                // ("is in talks to transfer", "remains under negotiation to supply": a two-word cue
                // that is a prepositional phrase on the verb above.)
                if let Some(cue) = self.prepositional_cue(g, h) {
                    if !(deepened && matches!(cue, Cue::Intention | Cue::Call)) {
                        return Some(cue);
                    }
                }
                // (By its word too, for a finite verb with no object: "used to ship LNG" is past;
                // "used drones to strike", "vessels used to circumvent sanctions" a means.)
                let word = || {
                    let bare = p.tag(h) == "VBD" && !g.kids[h].iter().any(|&c| p.dep(c) == "dobj");
                    self.to_cues.get(&p.word(h).to_lowercase()).filter(|_| bare)
                };
                if let Some(&cue) = self.to_cues.get(p.lemma(h)).or_else(word) {
                    if !(deepened && matches!(cue, Cue::Intention | Cue::Call)) {
                        return Some(cue);
                    }
                }
            }
            // "there were no signs that Moscow had transferred jets": a clause on a noun that no
            // one has ("there is no doubt that ..." affirms it).
            if matches!(d, "acl" | "ccomp")
                && !g.is_verb(h)
                && !matches!(p.lemma(h), "doubt" | "question")
                && g.kids[h].iter().any(|&c| p.dep(c) == "det" && p.lemma(c) == "no")
            {
                return Some(Cue::Negation);
            }
            // "no date has been set for the talks": what a passive with "no" subject is for is
            // not fixed yet (not what it is "in connection with": "no mention was made in connection
            // with the visit").
            if d == "prep"
                && p.lemma(cur) == "for"
                && g.is_verb(h)
                && g.passive(h)
                && g.kids[h].iter().any(|&c| {
                    p.dep(c) == "nsubjpass" && g.kids[c].iter().any(|&x| p.dep(x) == "det" && p.lemma(x) == "no")
                })
            {
                return Some(Cue::Hedge);
            }
            // "recalls the talks between X and Y": a verb of ending that also means remembering
            // (list `remembering`) remembers an event noun it has as object, and what its clause
            // says ("recalled that Romania donated a Patriot system to Ukraine").
            let remembered =
                (d == "dobj" && cur == t && !g.is_verb(t) || d == "ccomp") && self.remembering.contains(p.lemma(h));
            if d != "conj" && !remembered {
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
                    // (But an event whose taking place is scheduled or expected is still to come:
                    // "talks are scheduled to open in Luanda", "the summit is expected to take place".)
                    let to_occur = d == "nsubjpass"
                        && self.future_relations.contains(&rel)
                        && g.kids[h].iter().any(|&x| {
                            p.dep(x) == "xcomp"
                                && self.occurrence_verbs.iter().any(|v| v == p.lemma(x))
                                && !self.presupposing.iter().any(|v| v == p.lemma(x))
                                && g.kids[x].iter().any(|&a| p.tag(a) == "TO")
                        });
                    let subject =
                        (d == "nsubj" && !intransitive_end || d == "nsubjpass" && !ends && !to_occur) && g.is_verb(h);
                    let presupposed = deepened && matches!(cue, Cue::Intention | Cue::Call | Cue::Hedge);
                    // A bid, request or offer granted is no wish any more: "accepted a bid for an
                    // export bonus to cover a sale of wheat" (class granting_verbs).
                    let granted = !g.is_verb(h)
                        && matches!(cue, Cue::Intention | Cue::Call | Cue::Hedge)
                        && matches!(p.dep(h), "dobj" | "nsubjpass")
                        && p.head(h).is_some_and(|v| self.listed("granting_verbs", p.lemma(v)));
                    // A light verb that is also an intention ("offer", "pledge", "promise") acts only
                    // through its to-infinitive: "promised full support for X" supports X.
                    let light_object = d == "dobj" && cue == Cue::Intention && g.light.contains(p.lemma(h));
                    // Fighting ended after a span of time took place for it: "ended more than a year
                    // of fighting between X and Y" (class time_spans). (A standing tie ended so is
                    // over: "ending years of joint patrols with Nigerian units".)
                    let lasted = cue == Cue::Ended
                        && rel == RelationType::ArmedConflict
                        && d == "dobj"
                        && cur != t
                        && self.listed("time_spans", p.lemma(cur))
                        && g.kids[cur].iter().any(|&o| p.dep(o) == "prep" && p.lemma(o) == "of");
                    // Sanctions whose lifting is only asked for, planned or refused stay in place:
                    // "called for the lifting of the embargo imposed by X on Y", "refused to lift the
                    // sanctions".
                    let kept =
                        || cue == Cue::Ended && rel == RelationType::Sanctions && self.cancelled(g, h, rel).is_some();
                    // A question or request about an event asks about what is: "asked about the
                    // joint exercise between X and Y".
                    let topic =
                        cue == Cue::Call && d == "prep" && matches!(p.lemma(cur), "about" | "regarding" | "concerning");
                    // Sanctions imposed that are rejected or dismissed are protested, not undone:
                    // "Rwanda rejected the sanctions imposed by the EU on its officers" (not "Hungary
                    // rejected new sanctions on Russia").
                    let protested = matches!(cue, Cue::Denial | Cue::Negation)
                        && rel == RelationType::Sanctions
                        && d == "dobj"
                        && cur == t
                        && g.kids[t].iter().any(|&c| p.dep(c) == "acl" && p.tag(c) == "VBN");
                    if !subject && !presupposed && !granted && !light_object && !lasted && !topic && !protested {
                        return if kept() { None } else { Some(cue) };
                    }
                }
                // (Not on the subject of a copula denied its noun complement: "X's alliance with Y is
                // not a marriage of convenience" says what the alliance is not.)
                let described = d == "nsubj"
                    && p.lemma(h) == "be"
                    && g.kids[h].iter().any(|&c| p.dep(c) == "attr" && p.tag(c).starts_with("NN"));
                if !described && g.kids[h].iter().any(|&c| p.dep(c) == "neg" && !affirms(c)) {
                    return Some(Cue::Negation);
                }
                // ("no longer holds joint exercises with X": on the verb the event is the object of.)
                if let Some(cue) = g.kids[h].iter().find_map(|&c| two_word(c)).filter(|_| g.is_verb(h)) {
                    return Some(cue);
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
                    if matches!(p.dep(c), "aux" | "mark") && !deepened {
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

impl FrameSet {
    /// The cue a two-word entry of `assertion.toml` names by its first and second lemma
    /// ("stop short", "in talks").
    fn particle_cue(&self, first: &str, second: &str) -> Option<Cue> {
        self.phrasal_cues.get(first)?.iter().find(|(w, _)| w == second).map(|&(_, cue)| cue)
    }

    /// The cue of a two-word prepositional phrase on verb `v`: "is in talks (to sell)",
    /// "remains under negotiation".
    fn prepositional_cue(&self, g: &Graph, v: usize) -> Option<Cue> {
        let p = g.p;
        g.kids[v]
            .iter()
            .filter(|&&c| p.dep(c) == "prep")
            .find_map(|&c| g.kids[c].iter().find_map(|&o| self.phrase_cue(p, c, o)))
    }

    /// The two-word cue tokens `a` and `b` spell, by lemma or by word ("in talks").
    fn phrase_cue(&self, p: &Parse, a: usize, b: usize) -> Option<Cue> {
        let second = p.word(b).to_lowercase();
        self.particle_cue(p.lemma(a), p.lemma(b)).or_else(|| self.particle_cue(p.lemma(a), &second))
    }
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
