//! Reference across sentences: the events a document has stated, which a
//! later definite noun ("the summit", "the deal") or a transfer with no
//! receiver refers to, and the subject and doer of the sentence before, which
//! a "he" or "they" and "the move" stand for.

use super::{frames, parse_sentence, under, DocActors, Extractor, Found, Mention, DISCOVERED_PREFIX, MAX_RELATIONS};
use crate::document::Sentence;
use crate::ontology::RelationType;
use std::collections::{BTreeMap, BTreeSet};

impl Extractor<'_> {
    /// Parses a sentence only for the actors its main clause names as
    /// subject, which a "He", "She" or "They" opening the next sentence
    /// stands for.
    pub(super) fn note_subject(&self, text: &str, mentions: &[Mention], events: &mut EventMemory) {
        let Ok(analyzer) = self.analyzer() else { return };
        let parse = parse_sentence(analyzer, text, &self.dateline);
        let dateline = self.dateline.find(text).map_or(0, |m| m.end());
        let mentions: Vec<Mention> = mentions.iter().filter(|m| m.start >= dateline).cloned().collect();
        let at = self.actors_at(&parse, &mentions);
        let subject: Vec<usize> =
            self.frames.main_subject(&parse, &at).into_iter().map(|m| mentions[m].actor).collect();
        if !subject.is_empty() {
            events.speaker = subject;
            events.speaker_plural = self.frames.main_subject_plural(&parse);
            events.speaker_age = 0;
        }
        let doer: Vec<usize> = self.frames.main_doer(&parse, &at).into_iter().map(|m| mentions[m].actor).collect();
        events.note_doer(doer, self.frames.main_attack(&parse));
    }

    /// The one the sentence right before made its subject and the one it met
    /// there, when that sentence stated a single meeting of them ("Egypt's
    /// minister received his Qatari counterpart"): whom a "They" opening the
    /// next sentence stands for.
    pub(super) fn met_just_before(&self, events: &EventMemory, doc: &DocActors) -> Option<Vec<usize>> {
        let &[speaker] = &events.speaker[..] else { return None };
        if events.when.get(&RelationType::DiplomaticMeeting) != Some(&(events.clock - 1)) {
            return None;
        }
        let [(a, b)] = &events.last.get(&RelationType::DiplomaticMeeting)?[..] else { return None };
        let me = self.id(speaker, doc);
        let other = if *a == me {
            b
        } else if *b == me {
            a
        } else {
            return None;
        };
        Some(vec![speaker, self.lexicon.actor_index(other)?])
    }

    /// A transfer with no receiver named goes to the one receiver the
    /// document gave that relation last ("X sent tanks to Y. Z pledged
    /// howitzers." makes Z a supplier of Y), when that is not the giver.
    pub(super) fn fill_open(
        &self,
        reading: &frames::Reading,
        parse: &crate::syntax::Parse,
        mentions: &[Mention],
        s: &Sentence,
        doc: &DocActors,
        events: &EventMemory,
    ) -> Vec<Found> {
        let mut out = Vec::new();
        let found = |source: String, target: &String, relation, t| {
            Found::in_sentence(&source, target, relation, s, parse.word(t))
        };
        // (Not trade: "Canada exported two billion dlrs worth of steel" is a total, to no one in
        // particular; nor a fight: "sending naval forces into the Gulf" is against no one named.)
        let open =
            reading.open.iter().filter(|o| !matches!(o.relation, RelationType::Trade | RelationType::ArmedConflict));
        for o in open {
            let (relation, source, t) = (o.relation, o.source, o.predicate);
            // (Not a giver the sentence already gives a receiver the lexicon knows: "China took 44% of
            // Brazilian crude exports" names where the exports went; "the 16th Division took delivery"
            // names a unit whose side is not known.)
            let known = |m: usize| !self.id(mentions[m].actor, doc).starts_with(DISCOVERED_PREFIX);
            if reading.hits.iter().any(|h| {
                h.relation == relation && mentions[h.source].actor == mentions[source].actor && known(h.target)
            }) {
                continue;
            }
            let Some(target) = events.receiver(relation) else { continue };
            // (A taker whose side is not known, like a unit the lexicon lacks, restricts nothing.)
            let takers: Vec<usize> = o.takers.iter().copied().filter(|&m| known(m)).collect();
            if !takers.is_empty() && !takers.iter().any(|&m| self.id(mentions[m].actor, doc) == *target) {
                continue;
            }
            let source = self.id(mentions[source].actor, doc);
            if source != *target {
                out.push(found(source, target, relation, t));
            }
        }
        // "Tehran condemned the sanctions": the critic condemns who did what the document stated
        // last of that relation: the giver of a directed one, the other side of a symmetric one the
        // critic is in, and both sides of a pact or meeting it is not in. Who struck first in a
        // war it is not in is not said; who made "the attack" the document stated alone is.
        let bare = events.recent(&reading.bare_events);
        let at = if reading.criticised.is_empty() { Vec::new() } else { self.actors_at(parse, mentions) };
        for &(relation, critic, t, noun) in &reading.criticised {
            // ("X jets struck Hezbollah positions, and Lebanon condemned the raids": an event the
            // sentence itself stated before the noun is that one.)
            let here: Vec<(String, String)> = reading
                .hits
                .iter()
                .filter(|h| h.relation == relation && h.predicate <= noun)
                .map(|h| (self.id(mentions[h.source].actor, doc), self.id(mentions[h.target].actor, doc)))
                .collect();
            if here.is_empty() && reading.bare_events.contains(&(relation, noun)) && !bare.contains(&(relation, noun)) {
                continue;
            }
            // ("condemned the American strikes", "the attack by Viv Ansanm": an event that names its
            // own doer is that doer's.)
            let by = |c: usize| {
                parse.dep(c) == "prep"
                    && parse.lemma(c) == "by"
                    && (0..parse.len()).any(|x| under(parse, c, x) && !at[x].is_empty())
            };
            let owned = (0..parse.len()).any(|c| {
                parse.head(c) == Some(noun)
                    && (matches!(parse.dep(c), "poss" | "amod" | "compound" | "nmod") && !at[c].is_empty() || by(c))
            });
            if owned {
                continue;
            }
            // ("Al-Shabaab fighters attacked a police post. \"We condemn this cowardly attack\"": an
            // attack that hit no one named is its attacker's.)
            let one_sided = relation == RelationType::ArmedConflict
                && here.is_empty()
                && events.referred(relation).is_none()
                && self.frames.is_one_sided_attack(parse.lemma(noun))
                && events.clock - events.attacker.1 <= 2;
            if one_sided {
                let actor = mentions[critic].actor;
                let critic = self.id(actor, doc);
                for &a in
                    events.attacker.0.iter().filter(|&&a| self.family(a) != self.family(actor)).take(MAX_RELATIONS)
                {
                    out.push(found(critic.clone(), &self.id(a, doc), RelationType::Condemnation, t));
                }
                continue;
            }
            let Some(pairs) = Some(&here).filter(|h| !h.is_empty()).or_else(|| events.referred(relation)) else {
                continue;
            };
            let critic = self.id(mentions[critic].actor, doc);
            let attacker = relation == RelationType::ArmedConflict
                && pairs.len() == 1
                && self.frames.is_one_sided_attack(parse.lemma(noun));
            // The side named in what the act is called is the one hit: "denounced the strikes as a
            // violation of Iran's sovereignty" condemns the other side.
            let called: Vec<usize> = (0..parse.len())
                .filter(|&a| parse.head(a) == Some(t) && parse.dep(a) == "prep" && parse.lemma(a) == "as")
                .flat_map(|a| (0..parse.len()).filter(move |&x| x == a || under(parse, a, x)))
                .collect();
            let named = |x: &String| {
                mentions.iter().any(|m| {
                    self.id(m.actor, doc) == *x
                        && called.iter().any(|&c| parse.tokens[c].start < m.end && m.start < parse.tokens[c].end)
                })
            };
            // ("criticised the visit": who travelled, not whom they visited.)
            let visit = relation == RelationType::DiplomaticMeeting && self.frames.is_tour(parse.lemma(noun));
            let mut targets: Vec<&String> = Vec::new();
            for (a, b) in pairs {
                if visit && *a != critic && *b != critic {
                    targets.push(a);
                } else if attacker && (*a == critic || *b == critic) {
                    // (A side that condemns an attack condemns the other side.)
                    targets.push(if *a == critic { b } else { a });
                } else if attacker && *a != critic && *b != critic && named(a) != named(b) {
                    targets.push(if named(a) { b } else { a });
                } else if relation.directed() || attacker && *b != critic {
                    targets.push(a);
                } else if *a == critic || *b == critic {
                    targets.push(if *a == critic { b } else { a });
                } else if relation != RelationType::ArmedConflict {
                    targets.extend([a, b]);
                }
            }
            targets.retain(|x| **x != critic);
            // "condemned the deliveries, accusing Paris of ...": of several doers, those the
            // sentence names.
            if targets.len() > 1 {
                let named: Vec<&String> =
                    targets.iter().copied().filter(|x| mentions.iter().any(|m| self.id(m.actor, doc) == **x)).collect();
                if !named.is_empty() {
                    targets = named;
                }
            }
            targets.sort_unstable();
            targets.dedup();
            for target in targets.into_iter().take(MAX_RELATIONS) {
                out.push(found(critic.clone(), target, RelationType::Condemnation, t));
            }
        }
        // "Moscow denounced the move": the critic condemns who the sentence before made its subject.
        let doers = if events.doer.1 + 1 == events.clock { &events.doer.0[..] } else { &[] };
        for &(critic, t) in &reading.criticised_acts {
            let actor = mentions[critic].actor;
            let critic = self.id(actor, doc);
            for &doer in doers.iter().filter(|&&a| self.family(a) != self.family(actor)).take(MAX_RELATIONS) {
                out.push(found(critic.clone(), &self.id(doer, doc), RelationType::Condemnation, t));
            }
        }
        // "Y echoed these sentiments": Y takes the source side of the stance stated last.
        for &(relation, actor, t) in &reading.echoes {
            let Some(pairs) = events.last.get(&relation) else { continue };
            let actor = self.id(mentions[actor].actor, doc);
            let mut targets: Vec<&String> = pairs.iter().map(|(_, b)| b).filter(|b| **b != actor).collect();
            targets.sort_unstable();
            targets.dedup();
            for target in targets.into_iter().take(MAX_RELATIONS) {
                out.push(found(actor.clone(), target, relation, t));
            }
        }
        out
    }

    /// Whether an event's earlier participants `(a, b)` are not who a sentence
    /// with these mentions speaks of: it names actors, and neither of them
    /// ("U.S. officials blamed Brazil for the failure of the talks" does not
    /// refer to talks between two others stated before).
    pub(super) fn other_event(&self, mentions: &[Mention], doc: &DocActors) -> impl Fn(&str, &str) -> bool + '_ {
        let named: BTreeSet<String> =
            mentions.iter().filter(|m| m.end > m.start).map(|m| self.family_of_id(&self.id(m.actor, doc))).collect();
        move |a: &str, b: &str| {
            !named.is_empty() && !named.contains(&self.family_of_id(a)) && !named.contains(&self.family_of_id(b))
        }
    }

    /// Whether a remembered pair `a`, `b` can be the event a definite noun at
    /// token `t` names: when the noun carries an actor of its own ("the U.S.
    /// strike", "Russia's invasion"), that actor must be one of the pair; a
    /// gathering that names its members by a plural noun ("the summit of
    /// industrialized nations") is another gathering.
    pub(super) fn event_owner<'p>(
        &'p self,
        parse: &'p crate::syntax::Parse,
        at: &'p [Vec<usize>],
        mentions: &'p [Mention],
        doc: &'p DocActors,
    ) -> impl Fn(usize, &str, &str) -> bool + 'p {
        move |t: usize, a: &str, b: &str| {
            let own: BTreeSet<String> = (0..parse.len())
                .filter(|&c| parse.head(c) == Some(t) && matches!(parse.dep(c), "poss" | "compound" | "amod" | "nmod"))
                .flat_map(|c| at[c].iter().map(|&m| self.family_of_id(&self.id(mentions[m].actor, doc))))
                .collect();
            let members = self.frames.is_gathering(parse.lemma(t))
                && (0..parse.len()).any(|p| {
                    parse.head(p) == Some(t)
                        && parse.dep(p) == "prep"
                        && parse.lemma(p) == "of"
                        && (0..parse.len()).any(|o| {
                            parse.head(o) == Some(p)
                                && parse.dep(o) == "pobj"
                                && parse.tag(o) == "NNS"
                                && at[o].is_empty()
                                && self.frames.is_collective(parse.lemma(o))
                        })
                });
            !members && (own.is_empty() || own.contains(&self.family_of_id(a)) || own.contains(&self.family_of_id(b)))
        }
    }

    /// An actor's family as an id: its state's for a lexicon actor, itself for one found in the document.
    pub(super) fn family_of_id(&self, id: &str) -> String {
        match self.lexicon.actor_index(id) {
            Some(a) => self.lexicon.actors[self.family(a)].id.clone(),
            None => id.to_string(),
        }
    }

    /// The parties (by id) of the events a reading spoke of but did not state.
    pub(super) fn event_parties(
        &self,
        reading: &frames::Reading,
        mentions: &[Mention],
        doc: &DocActors,
    ) -> Vec<(RelationType, Vec<String>, Option<String>)> {
        let id = |m: &usize| self.id(mentions[*m].actor, doc);
        reading
            .other_events
            .iter()
            .map(|(r, named, to)| (*r, named.iter().map(id).collect(), to.as_ref().map(id)))
            .collect()
    }

    /// A sentence with too few actors may still name an event stated before ("the summit").
    pub(super) fn events_from_parse(
        &self,
        text: &str,
        mentions: &[Mention],
        s: &Sentence,
        doc: &DocActors,
        events: &mut EventMemory,
        out: &mut Vec<Found>,
    ) {
        let Ok(analyzer) = self.analyzer() else { return };
        // (Or deny a transfer to no one named: "Tehran denied sending weapons to anyone".)
        let denial = self.lexicon.cues.denial.is_match(text);
        let bilateral = self.frames.says_bilateral(text);
        if !(events.may_refer(text) || denial || bilateral) || !self.frames.may_apply(analyzer, text) {
            return;
        }
        let parse = parse_sentence(analyzer, text, &self.dateline);
        let at = self.actors_at(&parse, mentions);
        let reading = self.frames.read(&parse, &at, &self.supplies_of(mentions), events.today);
        for &(relation, giver) in &reading.denied_givers {
            events.denied_givers.push((relation, self.id(mentions[giver].actor, doc)));
        }
        if !(events.may_refer(text) || bilateral) {
            return;
        }
        let owner = self.event_owner(&parse, &at, mentions, doc);
        events.refer(&reading, &parse, s, &self.other_event(mentions, doc), &|_, t, a, b| owner(t, a, b), out);
        out.extend(self.fill_open(&reading, &parse, mentions, s, doc, events));
        events.note_other(&self.event_parties(&reading, mentions, doc));
    }
}

impl Extractor<'_> {
    /// Notes the body that introduces paragraphs with a colon: the first actor
    /// named after the dateline of `text` when it ends with ":" (not a speaker's
    /// "X said:", whose quotation follows); or the body a resolution's or
    /// communiqué's preamble opens with, a paragraph that ends with a comma
    /// ("The Security Council, ... ," over "Recalling ...," and "1. Condemns
    /// ...").
    pub(super) fn note_issuer(&self, text: &str, mentions: &[Mention], events: &mut EventMemory) {
        let text = text.trim_end();
        let dateline = self.dateline.find(text).map_or(0, |m| m.end());
        let first = mentions.iter().find(|m| m.start >= dateline && m.end > m.start);
        // (Its name may open it: "The Peace and Security Council of the African Union (PSC), at its
        // 900th meeting ...,".)
        let opens = |start: usize| {
            text[dateline..start]
                .split_whitespace()
                .all(|w| w.starts_with(|c: char| c.is_uppercase()) || matches!(w, "of" | "the" | "and" | "for" | "on"))
        };
        let preamble = text.ends_with(',') && first.is_some_and(|m| opens(m.start));
        if !text.ends_with(':') && !preamble {
            return;
        }
        if let Some(first) = first {
            events.issuer = mentions.iter().filter(|m| m.start == first.start).map(|m| m.actor).collect();
        }
    }

    /// "Those listed include X and Y", "Affected firms include X" (see
    /// [`frames::FrameSet::listed_targets`]) within a few sentences of
    /// sanctions one actor imposed: that actor sanctions each one listed.
    /// (With no such sanctions remembered, the subject of the sentence before
    /// when it imposed sanctions on no one the lexicon knows: "The EU sanctioned
    /// 20 individuals and entities. Those listed include X.")
    pub(super) fn listed_sanctions(
        &self,
        text: &str,
        mentions: &[Mention],
        before: Option<(&str, &[Mention])>,
        s: &Sentence,
        doc: &DocActors,
        events: &EventMemory,
    ) -> Vec<Found> {
        let relation = RelationType::Sanctions;
        // (Read on every sentence: the candidate lemmas, cached for the frames, decide before any parse.)
        let Ok(analyzer) = self.analyzer() else { return Vec::new() };
        if mentions.is_empty() || !self.frames.may_list_targets(analyzer, text) {
            return Vec::new();
        }
        let recent = events.when.get(&relation).is_some_and(|&w| events.clock <= w + BARE_REFERENCE_SENTENCES);
        let remembered: BTreeSet<String> =
            events.latest(relation).filter(|_| recent).into_iter().flatten().map(|(a, _)| a.clone()).collect();
        let before = before.filter(|(t, _)| remembered.is_empty() && self.frames.may_sanction(analyzer, t));
        if remembered.is_empty() && before.is_none() {
            return Vec::new();
        }
        let parse = parse_sentence(analyzer, text, &self.dateline);
        let at = self.actors_at(&parse, mentions);
        let listed = self.frames.listed_targets(&parse, &at);
        if listed.is_empty() {
            return Vec::new();
        }
        let imposers = if remembered.is_empty() {
            before
                .and_then(|(t, m)| {
                    let p = parse_sentence(analyzer, t, &self.dateline);
                    self.frames.main_sanctions(&p).then(|| {
                        let at = self.actors_at(&p, m);
                        self.frames.main_doer(&p, &at).into_iter().map(|d| self.id(m[d].actor, doc)).collect()
                    })
                })
                .unwrap_or_default()
        } else {
            remembered
        };
        let (Some(imposer), 1) = (imposers.first(), imposers.len()) else { return Vec::new() };
        listed
            .into_iter()
            .map(|(m, v)| (self.id(mentions[m].actor, doc), v))
            .filter(|(target, _)| target != imposer)
            .map(|(target, v)| Found {
                source: imposer.clone(),
                target,
                relation,
                start: s.start,
                end: s.end,
                trigger: parse.word(v).to_string(),
            })
            .collect()
    }

    /// A paragraph that opens with a present verb and no subject ("Strongly
    /// condemns the attacks ...", "Welcomes the briefing ...") after a body
    /// issued the paragraphs (see [`EventMemory::issuer`]): the paragraph as
    /// "Council strongly condemns ...", with its mentions moved past "Council "
    /// and the issuer's mentions on "Council". (A name, not "It": "its" and
    /// "their" in the paragraph are read back to "It", "commends X and Y for
    /// their support to Z".)
    pub(super) fn issued_paragraph(
        &self,
        text: &str,
        mentions: &[Mention],
        events: &EventMemory,
    ) -> Option<(String, Vec<Mention>)> {
        if events.issuer.is_empty() || !text.starts_with(|c: char| c.is_ascii_uppercase()) {
            return None;
        }
        // (Cheap first: "Welcomes", "Strongly condemns": a word in -s, after an adverb in -ly; or,
        // when those who issue it are many, "Reaffirm", "Express": the plain verb.)
        let mut words = text.split_whitespace();
        let first = words.next()?;
        let verb = if first.ends_with("ly") { words.next()? } else { first };
        if !(verb.len() > 3 && verb.bytes().all(|b| b.is_ascii_alphabetic())) {
            return None;
        }
        // (Read with a subject before it: a capitalised verb before a name reads as part of the
        // name, "Commends Kenya".)
        // ("Express", "Stress", "Address" are plain verbs in -ss.)
        let third_person = verb.ends_with('s') && !verb.ends_with("ss");
        let (subject, tag) = if third_person { ("Council ", "VBZ") } else { ("Members ", "VBP") };
        let lowered = format!("{subject}{}{}", text[..1].to_ascii_lowercase(), &text[1..]);
        let analyzer = self.analyzer().ok()?;
        let parse = parse_sentence(analyzer, &lowered, &self.dateline);
        let v = parse.head(0).filter(|&v| parse.dep(0) == "nsubj" && parse.tag(v) == tag && v <= 2)?;
        if parse.head(v).is_some() || (1..v).any(|a| parse.tag(a) != "RB") {
            return None;
        }
        let end = subject.len() - 1;
        let issuer =
            events.issuer.iter().map(|&actor| Mention { start: 0, end, actor, possessive: false, pair: false });
        let moved = mentions.iter().map(|m| Mention {
            start: m.start + subject.len(),
            end: m.end + subject.len(),
            ..m.clone()
        });
        Some((lowered, issuer.chain(moved).collect()))
    }
}

/// How many sentences back a bare "the agreement" may find the event it names.
const BARE_REFERENCE_SENTENCES: usize = 3;

/// How many sentences back the last statement of an event may lie for a
/// definite noun condemned to mean it rather than the story's first one.
const STALE_EVENT_SENTENCES: usize = 4;

/// The participants of the events a document has stated, by relation type:
/// what "the summit" or "the deal" in a later sentence refers to.
#[derive(Debug, Default, Clone)]
pub(super) struct EventMemory {
    /// Who speaks a quotation the sentence before introduced ("X said:"), for this sentence's
    /// "we", "our" and "us".
    pub(super) quoted: Vec<usize>,
    /// Who speaks a statement's "we" outside quotations: the bodies its headline names
    /// ("Chairman's Statement of the 48th ASEAN Summit", grammar `statement_titles`).
    pub(super) voice: Vec<usize>,
    pub(super) last: BTreeMap<RelationType, Vec<(String, String)>>,
    /// The first statement of each relation: the story's main event, which a
    /// definite noun long after the last statement returns to.
    pub(super) first: BTreeMap<RelationType, Vec<(String, String)>>,
    /// The sentence (by `clock`) that stated each of `last`.
    pub(super) when: BTreeMap<RelationType, usize>,
    /// The last sentence (by `clock`) that spoke of another event of each
    /// relation with its own parties but stated none ("an agreement between
    /// Canada and the United States"): a bare "the accord" after it is that
    /// one, not the one in `last`.
    pub(super) other: BTreeMap<RelationType, usize>,
    /// The one receiver of the transfer `other` notes, when it named one.
    pub(super) spoken: BTreeMap<RelationType, (String, usize)>,
    /// Sentences read so far.
    pub(super) clock: usize,
    /// The actors the last parsed main clause's named subject stands for.
    pub(super) speaker: Vec<usize>,
    /// Whether `speaker` was named by a plural noun ("the leaders of the GCC"):
    /// a "they" may stand for it even when it is one body.
    pub(super) speaker_plural: bool,
    /// Sentences since `speaker` was named as a subject (1: in the sentence
    /// right before).
    pub(super) speaker_age: usize,
    /// The document's date: a meeting dated after it is
    /// still to come.
    pub(super) today: Option<jiff::civil::Date>,
    /// The actors the sentence right before made its named subject.
    pub(super) before: Vec<usize>,
    /// The actors the last parsed main clause's subject stands for, whatever
    /// its head, and the sentence (by `clock`) that named them: who made "the
    /// move" condemned in the sentence after.
    pub(super) doer: (Vec<usize>, usize),
    /// The doer of the last sentence whose main verb attacked (see
    /// [`frames::FrameSet::main_attack`]) and that sentence (by `clock`): who
    /// made "the attack" condemned after when it hit no one named.
    pub(super) attacker: (Vec<usize>, usize),
    /// The body that issued the paragraphs after a colon ("The Peace and
    /// Security Council of the African Union, at its 1297th meeting:"): the
    /// subject of each paragraph that opens with its verb ("Strongly condemns
    /// the attacks ...").
    pub(super) issuer: Vec<usize>,
    /// Relations a denial in the document cancels (see `Reading::denied`):
    /// dropped from the whole document at its end.
    pub(super) denied: Vec<Found>,
    /// Givers that deny a transfer to anyone (see `Reading::denied_givers`):
    /// the relation and the giver's id, dropped from the whole document.
    pub(super) denied_givers: Vec<(RelationType, String)>,
}

impl EventMemory {
    pub(super) fn any(&self) -> bool {
        !self.last.is_empty()
    }

    /// Whether the text may name an event (cheap test before parsing), or
    /// state a transfer whose receiver the document gave before ("Berlin also
    /// announced further deliveries of howitzers").
    pub(super) fn may_refer(&self, text: &str) -> bool {
        let lower = text.to_lowercase();
        lower.contains("the ")
            || lower.contains("this ")
            || self.last.keys().any(|&r| r != RelationType::Trade && self.receiver(r).is_some())
    }

    /// The parties of the last statement of `relation`, unless a later
    /// sentence spoke of another such event (see `other`).
    pub(super) fn latest(&self, relation: RelationType) -> Option<&Vec<(String, String)>> {
        let superseded = self.other.get(&relation).is_some_and(|o| self.when.get(&relation).is_some_and(|w| o > w));
        self.last.get(&relation).filter(|_| !superseded)
    }

    /// The parties of the event of `relation` a definite noun refers to: the
    /// last statement (see [`EventMemory::latest`]), unless it lies more than
    /// [`STALE_EVENT_SENTENCES`] sentences back, where a story returns to its
    /// main event, the first one stated ("Al-Shabaab overran a base ... [US
    /// strikes four paragraphs on] ... The Arab League condemned the attack").
    pub(super) fn referred(&self, relation: RelationType) -> Option<&Vec<(String, String)>> {
        let latest = self.latest(relation)?;
        let stale = self.when.get(&relation).is_some_and(|&w| self.clock - w > STALE_EVENT_SENTENCES);
        Some(self.first.get(&relation).filter(|_| stale).unwrap_or(latest))
    }

    /// The one receiver of the last statement of `relation`, if it had one
    /// and no event of that relation with other parties was spoken of since;
    /// else the one receiver of that event ("France plans to hand jets over
    /// to Ukraine. Macron announced the delivery of the jets.").
    pub(super) fn receiver(&self, relation: RelationType) -> Option<&String> {
        if let Some(pairs) = self.latest(relation) {
            let first = &pairs.first()?.1;
            return pairs.iter().all(|(_, b)| b == first).then_some(first);
        }
        self.spoken.get(&relation).filter(|(_, at)| self.other.get(&relation) == Some(at)).map(|(to, _)| to)
    }

    /// Notes the doer of the sentence's main clause (and, when its verb attacked, the attacker).
    pub(super) fn note_doer(&mut self, doer: Vec<usize>, attacked: bool) {
        if doer.is_empty() {
            return;
        }
        if attacked {
            self.attacker = (doer.clone(), self.clock);
        }
        self.doer = (doer, self.clock);
    }

    pub(super) fn remember(&mut self, stated: &[Found]) {
        let mut by_type: BTreeMap<RelationType, Vec<(String, String)>> = BTreeMap::new();
        for f in stated {
            by_type.entry(f.relation).or_default().push((f.source.clone(), f.target.clone()));
        }
        for (&relation, pairs) in &by_type {
            self.when.insert(relation, self.clock);
            self.first.entry(relation).or_insert_with(|| pairs.clone());
        }
        self.last.extend(by_type);
    }

    /// Notes the relations a sentence spoke of as events with their own
    /// parties that it did not state (see [`frames::Reading::other_events`]).
    /// One that names only parties of the event stated last is that event.
    pub(super) fn note_other(&mut self, others: &[(RelationType, Vec<String>, Option<String>)]) {
        for (r, named, receiver) in others {
            let known =
                self.last.get(r).is_some_and(|pairs| named.iter().all(|n| pairs.iter().any(|(a, b)| a == n || b == n)));
            if !known {
                self.other.insert(*r, self.clock);
                match receiver {
                    Some(to) => self.spoken.insert(*r, (to.clone(), self.clock)),
                    None => self.spoken.remove(r),
                };
            }
        }
    }

    /// What bare definite nouns ("the agreement", "the exercises") refer to:
    /// for each noun, of the relations it could name, the one the document
    /// stated last, if that was within [`BARE_REFERENCE_SENTENCES`] sentences.
    pub(super) fn recent(&self, bare: &[(RelationType, usize)]) -> Vec<(RelationType, usize)> {
        let mut best: BTreeMap<usize, (usize, RelationType)> = BTreeMap::new();
        for &(relation, t) in bare {
            let Some(&when) = self.when.get(&relation) else { continue };
            if self.clock - when >= BARE_REFERENCE_SENTENCES || self.latest(relation).is_none() {
                continue;
            }
            let e = best.entry(t).or_insert((when, relation));
            if when > e.0 {
                *e = (when, relation);
            }
        }
        best.into_iter().map(|(t, (_, relation))| (relation, t)).collect()
    }

    /// Relations for the definite events of a sentence, from the last statement of each.
    ///
    /// A pair `elsewhere` rejects belongs to another event than the one the
    /// sentence speaks of (see [`Extractor::other_event`]); one `owned`
    /// rejects (for the relation and noun token) is not the event the noun
    /// names: another actor's (see [`Extractor::event_owner`]), or one the
    /// sentence states itself.
    pub(super) fn refer(
        &self,
        reading: &frames::Reading,
        parse: &crate::syntax::Parse,
        s: &Sentence,
        elsewhere: &dyn Fn(&str, &str) -> bool,
        owned: &dyn Fn(RelationType, usize, &str, &str) -> bool,
        out: &mut Vec<Found>,
    ) {
        let events = reading.events.iter().copied().chain(self.recent(&reading.bare_events));
        for (rel, t) in events {
            // (Cooperation no sentence stated is the cooperation a defence pact stated before
            // provides for: "signed a mutual defence agreement. The pledge of military cooperation
            // was part of a strategic treaty".)
            let provided = || Some(RelationType::DefenseTreaty).filter(|_| rel == RelationType::MilitaryCooperation);
            // ("Bilateral trade has climbed" after a visit: the trade of the pair that met last.)
            let met = || {
                Some(RelationType::DiplomaticMeeting)
                    .filter(|_| reading.bilateral.contains(&t))
                    .and_then(|r| self.latest(r))
            };
            let Some(pairs) = self.latest(rel).or_else(|| provided().and_then(|r| self.latest(r))).or_else(met) else {
                continue;
            };
            for (a, b) in pairs.iter().take(MAX_RELATIONS) {
                if elsewhere(a, b) || !owned(rel, t, a, b) {
                    continue;
                }
                out.push(Found::in_sentence(a, b, rel, s, parse.word(t)));
            }
        }
    }
}
