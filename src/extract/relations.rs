//! Relations: who takes part in a trigger, whether the sentence asserts it,
//! and what follows from membership of pacts and coalitions.

use super::{
    cut, fused_participle, DocActors, Extractor, Focus, Found, Mention, COMPOUND_WINDOW_WORDS, MAX_RELATIONS,
    OBJECT_WINDOW_WORDS, PASSIVE_OBJECT_WORDS, RIGHT_WINDOW_WORDS,
};
use crate::document::Sentence;
use crate::lexicon::{ActorEntry, FormKind, Frame, Pattern};
use crate::ontology::{ActorKind, RelationType};
use std::collections::{BTreeMap, BTreeSet};

impl<'l> Extractor<'l> {
    #[allow(clippy::too_many_arguments)]
    pub(super) fn relations_in(
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
        let blanked = blank_acronym_asides(text);
        let text: &str = &blanked;
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
                if self.inside_body_name(text, ts, te) {
                    continue; // "the African Union Support and Stabilisation Mission"
                }
                if p.verb && self.determiner.is_match(&text[..ts]) {
                    continue; // "the attack": a noun, not the verb the pattern reads
                }
                if p.verb && text[te..].starts_with(" of ") && self.determiner_and_modifiers.is_match(&text[..ts]) {
                    continue; // "the reliable supply of fuel from X": a noun with its object, no giver before
                }
                if p.verb && compound_end(&text[..ts]) {
                    continue; // "anti-shipping missiles", "U.S.-backed rebels": the end of a compound word
                }
                if p.not_before.as_ref().is_some_and(|r| r.is_match(&text[te..])) {
                    continue; // "struck a deal"
                }
                if p.unless.as_ref().is_some_and(|r| r.is_match(&text[te..])) {
                    continue; // "sent to US bases to learn"
                }
                if p.not_after.as_ref().is_some_and(|r| r.is_match(&text[..ts])) {
                    continue; // "financial support"
                }
                let mut trigger = m.as_str().to_string();
                let mut object_start = None;
                if let Some(obj) = &p.object {
                    let window = word_boundary(&text[te..], OBJECT_WINDOW_WORDS, false);
                    // Not past "in exchange for": "importing goods in exchange for oil" moves no oil.
                    let window = self.exchange.find(&text[te..te + window]).map_or(window, |x| x.start());
                    match obj.find(&text[te..te + window]) {
                        Some(o) => {
                            trigger = format!("{} {}", trigger, &text[te..te + o.end()]);
                            object_start = Some(te + o.start());
                        }
                        // Passive: the object stands before ("drones supplied by Iran", "Iranian
                        // drones were delivered to Russia").
                        None if self.by_after.is_match(&text[te..])
                            || (p.verb && self.passive_aux.is_match(&text[..ts])) =>
                        {
                            let back = word_boundary(&text[..ts], PASSIVE_OBJECT_WORDS, true);
                            match obj.find(&text[back..ts]) {
                                Some(o) => trigger = format!("{} {}", &text[back + o.start()..ts], trigger),
                                None => continue,
                            }
                        }
                        None => continue,
                    }
                }
                let is_disputed = denied && p.frame != Frame::Accusation && p.relation != RelationType::Condemnation;
                // A state company's arms, energy and nuclear dealings are its state's too.
                let lifts = matches!(
                    p.relation,
                    RelationType::ArmsSupply | RelationType::EnergySupply | RelationType::NuclearCooperation
                );
                // "Chevron ships Venezuelan crude to U.S. refineries": a demonym on what a supplier
                // moves says where it comes from; it is no receiver.
                let origin = |m: &Mention| {
                    object_start.is_some_and(|os| {
                        p.frame == Frame::AgentFirst
                            && matches!(
                                p.relation,
                                RelationType::ArmsSupply | RelationType::EnergySupply | RelationType::Trade
                            )
                            && m.start >= te
                            && m.end <= os
                            && text[m.end..os].trim().is_empty()
                            && lx.form_kind(&text[m.start..m.end]) == Some(FormKind::Demonym)
                    })
                };
                let kept: Vec<Mention>;
                let mentions = if mentions.iter().any(origin) {
                    kept = mentions.iter().filter(|m| !origin(m)).cloned().collect();
                    &kept[..]
                } else {
                    mentions
                };
                for (src, tgt) in self.participants(text, mentions, p, ts, te, focus, quote_speakers) {
                    let mut pairs = vec![(src, tgt)];
                    if lifts {
                        pairs.extend(self.owner_state(src).map(|owner| (owner, tgt)));
                        pairs.extend(self.owner_state(tgt).map(|owner| (src, owner)));
                    }
                    for (src, tgt) in pairs {
                        if src != tgt && self.family(src) != self.family(tgt) {
                            found.push((src, tgt, p.relation, trigger.clone(), is_disputed));
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
    pub(super) fn add_memberships(
        &self,
        sentences: &[Sentence],
        resolved: &[Vec<Mention>],
        relations: &mut Vec<Found>,
    ) {
        let lx = self.lexicon;
        let named: BTreeSet<usize> = resolved.iter().flatten().map(|m| m.actor).collect();
        let members_named = |coalition: &'l ActorEntry| -> Vec<&'l str> {
            coalition
                .members
                .iter()
                .filter(|id| lx.actor_index(id).is_some_and(|i| named.contains(&i)))
                .map(String::as_str)
                .collect()
        };
        let mut extra = Vec::new();
        for (s, mentions) in sentences.iter().zip(resolved) {
            let text = cut(s.text);
            // A pact of thirty named members would be 435 pairs per mention: capped per sentence.
            let sentence_start = extra.len();
            'mentions: for m in mentions {
                let Some(coalition) = lx.actors.get(m.actor).filter(|a| !a.member_relations.is_empty()) else {
                    continue;
                };
                // A pact named as one ("the AUKUS pact", "the NATO treaty"), or an organisation that
                // is itself an alliance by name ("the Three Brotherhood Alliance"). An organisation
                // founded on a treaty ("Collective Security Treaty Organization") is no pact signed here.
                let by_noun = self.pact_noun.find(&text[m.end..]).map(|p| m.end + p.end());
                // "the Alliance" alone is a reference to the one the document is about, not its name.
                let name = &text[m.start..m.end];
                let named = name.split_whitespace().filter(|w| !w.eq_ignore_ascii_case("the")).count() >= 2;
                let pact = by_noun.or_else(|| (named && self.pact_name.is_match(name)).then_some(m.end));
                let Some(pact_end) = pact else { continue };
                // A pact named by a noun beside it relates the members this sentence names ("values
                // Ankara as an ally in the NATO alliance" relates no one else); an alliance by name
                // ("the Three Brotherhood Alliance") relates all the document names.
                let here: BTreeSet<usize> = mentions.iter().map(|x| x.actor).collect();
                let members: Vec<&str> = members_named(coalition)
                    .into_iter()
                    .filter(|id| by_noun.is_none() || lx.actor_index(id).is_some_and(|i| here.contains(&i)))
                    .collect();
                for (i, a) in members.iter().enumerate() {
                    for b in &members[i + 1..] {
                        for &relation in &coalition.member_relations {
                            if extra.len() - sentence_start >= MAX_RELATIONS {
                                break 'mentions;
                            }
                            let trigger = text[m.start..pact_end].split_whitespace().collect::<Vec<_>>().join(" ");
                            extra.push(Found {
                                source: a.to_string(),
                                target: b.to_string(),
                                relation,
                                start: s.start,
                                end: s.end,
                                trigger,
                            });
                        }
                    }
                }
            }
        }
        for f in relations.iter() {
            for (side, other) in [(&f.source, &f.target), (&f.target, &f.source)] {
                let Some(coalition) = lx.actor(side).filter(|a| a.shared_relations.contains(&f.relation)) else {
                    continue;
                };
                for member in members_named(coalition).into_iter().take(MAX_RELATIONS) {
                    if member != other.as_str() && !coalition.members.contains(other) {
                        let (source, target) =
                            if side == &f.source { (member, other.as_str()) } else { (other.as_str(), member) };
                        extra.push(Found { source: source.to_string(), target: target.to_string(), ..f.clone() });
                    }
                }
            }
        }
        relations.extend(extra);
    }

    /// Who takes part in one trigger match: (source, target) pairs.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn participants(
        &self,
        text: &str,
        mentions: &[Mention],
        p: &Pattern,
        ts: usize,
        te: usize,
        focus: &Focus,
        quote_speakers: &[usize],
    ) -> Vec<(usize, usize)> {
        let lx = self.lexicon;
        // The clause around the trigger.
        // Brackets inside a mention ("the Arakan Army (AA)") do not end a clause.
        let inside = |at: usize| mentions.iter().any(|m| m.start <= at && at < m.end);
        let bounds: Vec<(usize, usize)> =
            self.boundary.find_iter(&text[..ts]).filter(|b| !inside(b.start())).map(|b| (b.start(), b.end())).collect();
        let mut clause_start = bounds.last().map_or(0, |b| b.1);
        // A parenthetical between dashes or brackets ("groups - known as the
        // Alliance - launched") does not end the clause: look past it for the subject.
        let parenthetical =
            |&(a, b): &(usize, usize)| text[a..b].trim().chars().all(|c| matches!(c, '-' | '–' | '—' | '(' | ')'));
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
            .chain(self.trailing_attribution(text, te))
            .min()
            .unwrap_or(text.len());
        // A relative pronoun between the subject and the trigger cuts the clause,
        // unless it directly follows a mention ("Kim Jong-un, who expressed support").
        let mut left_start = clause_start;
        for r in self.relative.find_iter(&text[clause_start..ts]) {
            let at = clause_start + r.start();
            // "the Alliance, which is fighting": the clause starts at the mention it follows.
            match mentions.iter().find(|m| {
                m.end <= at && text[m.end..at].trim_matches(|c: char| c == ',' || c.is_whitespace()).is_empty()
            }) {
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
        // A trigger fused to the name before it: "Iran-backed".
        let fused_trigger = text[ts..te].starts_with('-');
        // A backer fused to the noun after it ("struck Iran-backed militias") is no party of the clause;
        // nor what is left out ("oil products from outside the European Community"), nor the one it is
        // done for ("exported the oil on Ecuador's account", "on behalf of Syria").
        let right_all: Vec<&Mention> = mentions
            .iter()
            .filter(|m| {
                m.start >= te
                    && m.end <= clause_end
                    && !fused_participle(&self.backer_participles, &text[m.end..])
                    && !self.excluding.is_match(words_before(text, m.start))
                    && !self.done_for(text, m)
            })
            .collect();
        let right: Vec<&Mention> = match right_all.first() {
            // A compound ("Russian-backed separatists") modifies the words right after it, not
            // those after a preposition ("Iran-backed militias in Syria").
            Some(first)
                if text[te..first.start].split_whitespace().count()
                    <= if fused_trigger { COMPOUND_WINDOW_WORDS } else { p.window.unwrap_or(RIGHT_WINDOW_WORDS) }
                    && !(fused_trigger && self.after_preposition.is_match(&text[..first.start]))
                    // (Nor a phrase with a determiner of its own: "the Russian-backed separatists and the
                    // Ukrainian army".)
                    && !(fused_trigger && self.has_determiner(&text[te..first.start])) =>
            {
                let mut group = self.group_from(text, &right_all, 0);
                // (Nor a conjunct with one: "the Turkish-backed SNA and the SDF".)
                if fused_trigger {
                    if let Some(cut) = group.windows(2).position(|w| self.has_determiner(&text[w[0].end..w[1].start])) {
                        group.truncate(cut + 1);
                    }
                }
                group
            }
            _ => Vec::new(),
        };
        // "Turkey and Azerbaijan held exercises near the Armenian border": a place, not a partner.
        // "shipped crude through a pipeline across Turkey": a route, no receiver.
        let right = if right.first().is_some_and(|m| {
            let before = &text[te..m.start];
            !p.relation.directed() && self.locative.is_match(before) || p.relation.directed() && self.on_route(before)
        }) {
            Vec::new()
        } else {
            right
        };
        // A possessive right before the trigger ("Myanmar's main arms supplier", "Moscow's offensive").
        // So is a name before ", whose" ("Azerbaijan, whose main arms supplier is Israel").
        let possessor = left.last().filter(|m| {
            let between = &text[m.end..ts];
            let whose =
                between.trim_start().strip_prefix(',').map(str::trim_start).and_then(|r| r.strip_prefix("whose "));
            match whose {
                Some(rest) => rest.split_whitespace().count() <= 3,
                None => m.possessive && between.split_whitespace().count() <= 3 && !between.contains(','),
            }
        });
        let subject_pool: Vec<&Mention> = match possessor {
            Some(pm) => left.iter().copied().filter(|m| m.start != pm.start).collect(),
            None => left.clone(),
        };
        // The subject: the nearest mention on the left that is not the object of a preposition.
        // A possessor ("Moscow's support") owns a noun; it is not the subject of a later verb.
        let mut subject_at = subject_pool
            .iter()
            // Nor a compound's first part ("Iran-backed Houthis attacked").
            .rposition(|m| {
                !m.possessive && !self.after_preposition.is_match(&text[..m.start]) && !compound_first(text, m)
            })
            // Failing that, the last one, unless it is another verb's agent ("rebels, armed by
            // Iran, attacked X") or the backer of the subject ("U.S.-backed forces clashed").
            .or(subject_pool.len().checked_sub(1).filter(|&i| {
                !agent_of_other(text, subject_pool[i].start)
                    && !fused_participle(&self.backer_participles, &text[subject_pool[i].end..])
            }));
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
            // "sanctioned Russia for its support of X", "criticised Iran over its drones": the reason
            // after an object is the object's.
            let before = text[..ts].trim_end().to_lowercase();
            if [" for its", " over its"].iter().any(|w| before.ends_with(w)) {
                let reason_at = before.len() - " for its".len();
                if let Some(last) = subject_pool
                    .iter()
                    .rposition(|m| m.end <= reason_at && text[m.end..reason_at].trim().trim_matches(',').is_empty())
                {
                    subject_at = Some(last);
                }
            }
        }
        // "X saluted Putin and backed Moscow's offensive": a second verb shares the clause's subject.
        if let Some(at) = subject_at.filter(|&at| p.verb && at > 0) {
            if self.verb_conjunction.is_match(&text[subject_pool[at].end..ts]) {
                subject_at = Some(0);
            }
        }
        // "entities that Washington accuses of supplying drones": the accuser supplies nothing.
        // ("loans to finance purchases of Russian arms": the lender buys nothing.)
        if subject_at.is_some_and(|at| self.controlled_gap.is_match(&text[subject_pool[at].end..ts]))
            || self.enabling_before.is_match(&text[..ts])
        {
            subject_at = None;
        }
        // "Iran-backed": a trigger fused to a name has that name for its subject, or none.
        if fused_trigger {
            subject_at = subject_pool.iter().position(|m| m.end == ts);
        }
        let subject = match subject_at {
            Some(at) => self.group_from(text, &subject_pool, at),
            None => Vec::new(),
        };
        let inner: Vec<&Mention> = mentions.iter().filter(|m| m.start >= ts && m.end <= te).collect();
        // Passive voice: "weapons supplied by Russia".
        let passive = agent_follows(&text[te..]);
        // "a friendship treaty between the countries": both sides follow the trigger.
        // A list after the trigger is one side pairing with itself only after "between", "among"
        // or "by" ("clashes between X and Y", "a pact signed by X and Y"), not as a list of
        // places ("sold in X, Y and Z").
        let right_pairs = right.first().is_some_and(|m| {
            // At most a few modifiers between "between" and the first of the list ("between the
            // Mandalay People's Defence Force and ..."), no other conjunct ("between banks and X").
            self.between.find_iter(&text[ts..m.start]).last().is_some_and(|b| {
                let rest = &text[ts + b.end()..m.start];
                rest.split_whitespace().count() <= 3
                    && !rest.contains(',')
                    && !rest.split_whitespace().any(|w| w.eq_ignore_ascii_case("and") || w.eq_ignore_ascii_case("or"))
            })
        });
        let both_after = !p.relation.directed()
            && p.frame == Frame::AgentFirst
            && right.len() >= 2
            && right_pairs
            && possessor.is_none();
        let (mut sources, mut targets): (Vec<usize>, Vec<usize>) = match (p.frame, passive) {
            _ if both_after => (Vec::new(), ids(&right)),
            // "the delivery of Russian weapons to Belarus": the actor inside the trigger supplies.
            (Frame::AgentFirst, false) if !inner.is_empty() => {
                // "Mozambique's Russian-backed rebels": the possessor owns what is backed; it is not it.
                let owner =
                    left.last().is_some_and(|m| m.possessive && text[m.end..ts].split_whitespace().count() <= 1);
                let fallback = if owner { Vec::new() } else { ids(&subject) };
                (ids(&inner), if right.is_empty() { fallback } else { ids(&right) })
            }
            // "sailors will be sent to X": passive without an agent; the subject is what is moved,
            // and an actor that owns it ("North Korean troops have been deployed to") sends it.
            (Frame::AgentFirst, false)
                if p.verb
                    && !text[ts..te].to_lowercase().ends_with("ing")
                    && self.passive_aux.is_match(&text[..ts]) =>
            {
                // What is moved must be what the pattern moves ("sailors" are no weapons).
                let moved = |m: &&&Mention| p.object.as_ref().is_none_or(|o| o.is_match(&text[m.start..ts]));
                let owner = subject.last().filter(|m| Self::owns_what_is_moved(text, m, ts) && moved(m));
                (owner.map(|m| vec![m.actor]).unwrap_or_default(), ids(&right))
            }
            // "Russia's support of the nuclear plant": what the noun is of or for is named, and it
            // is no actor; the sentence's subject is not it.
            (Frame::AgentFirst, false)
                if possessor.is_some() && right.is_empty() && object_follows(&text[ts..te], &text[te..]) =>
            {
                (possessor.map(|pm| vec![pm.actor]).unwrap_or_default(), Vec::new())
            }
            // "Chinese lasers were blamed for ...": a participle in an agentless passive says what
            // was done to its subject, by no one named.
            (Frame::AgentFirst, false)
                if self.passive_aux.is_match(&text[..ts]) && text[ts..te].to_lowercase().ends_with("ed") =>
            {
                (Vec::new(), ids(&subject))
            }
            (Frame::AgentFirst, false) => match possessor {
                Some(pm) if p.possessor_is_target => {
                    (ids(&subject), if right.is_empty() { vec![pm.actor] } else { ids(&right) })
                }
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
                    if let Some(at) = right_all
                        .iter()
                        .position(|m| m.start >= after && self.to_before.is_match(&text[after..m.start]))
                    {
                        tgt = ids(&self.group_from(text, &right_all, at));
                    }
                }
                // "imported gas for its U.S. customers": whom goods are for is no supplier.
                let beneficiary = |m: &&Mention| {
                    let before = text[..m.start].trim_end().to_lowercase();
                    let last: Vec<&str> = before.split_whitespace().rev().take(2).collect();
                    p.frame == Frame::RecipientFirst && last.iter().any(|w| matches!(*w, "for" | "to"))
                };
                let right: Vec<&Mention> = right.iter().copied().filter(|m| !beneficiary(m)).collect();
                (ids(&right), tgt)
            }
            (Frame::RecipientFirst, true) => (ids(&subject), ids(&right)),
            (Frame::Group, _) => {
                // Only the members of one coordinated group ("between X and Y", "X and Y clashed").
                let group = if right.len() >= 2 && right_pairs {
                    ids(&right)
                // (Not those a passive says undergo it: "X and Y had been destroyed in the fighting".)
                } else if subject.len() >= 2
                    && !self.passive_participle.is_match(&text[subject[subject.len() - 1].end..ts])
                {
                    ids(&subject)
                } else {
                    Vec::new()
                };
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
        let scope_start =
            if both_after { left.last().map_or(left_start, |m| m.start) } else { left_start.min(sources_start(&left)) };
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
                // "Both X and Y have been attacking shipping": the subjects of a fighting verb
                // fight whom its object names, not each other ("X and Y clashed" is a group frame's).
                if targets.is_empty()
                    && group.len() >= 2
                    && p.verb
                    && p.relation == RelationType::ArmedConflict
                    && p.frame != Frame::Group
                    && !self.reciprocal.is_match(&text[te..])
                {
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
                    // Nor a speaker ("the NUG says forces are defeating the generals"), nor one before
                    // the clause ("China welcomed him, though he has visited Russia").
                    let speakers = self.speakers(text, mentions);
                    // (Nor one in the same role, after the same preposition: "bought goods from
                    // Japan and from the U.S." names two sellers, no partners.)
                    let preposition_before = |start: usize| {
                        let before = text[..start].trim_end();
                        let before = before.strip_suffix(" the").unwrap_or(before);
                        let word = before.rsplit(' ').next().unwrap_or("").to_lowercase();
                        self.after_preposition.is_match(&format!(" {word} ")).then_some(word)
                    };
                    let one_after = mentions.iter().find(|m| m.actor == one).and_then(|m| preposition_before(m.start));
                    // (Nor where the one attacked is: "drones struck a Russian base in Syria" names no
                    // attacker, and Syria is no side.)
                    let attacked_one = p.relation == RelationType::ArmedConflict
                        && mentions.iter().any(|m| m.actor == one && m.start >= te);
                    let where_attacked = |start: usize| {
                        attacked_one && {
                            let words: Vec<&str> = text[..start].split_whitespace().rev().take(3).collect();
                            words.iter().position(|w| w.eq_ignore_ascii_case("in")).is_some_and(|k| {
                                words[..k].iter().all(|w| w.chars().all(|c| c.is_lowercase() || c == '-'))
                            })
                        }
                    };
                    let others: BTreeMap<usize, usize> = mentions
                        .iter()
                        .filter(|m| {
                            !m.possessive
                                && (one_after.is_none() || preposition_before(m.start) != one_after)
                                && !where_attacked(m.start)
                                && !agent_of_other(text, m.start)
                                && !compound_first(text, m)
                                && m.start < until
                                && m.start >= clause_start
                                && self.family(m.actor) != self.family(one)
                                && !speakers.contains(&m.actor)
                        })
                        .map(|m| (self.family(m.actor), m.actor))
                        .collect();
                    if let [(_, &other)] = others.iter().collect::<Vec<_>>()[..] {
                        return vec![(one, other)];
                    }
                }
                return pairs;
            }
        } else if targets.is_empty()
            && !sources.is_empty()
            && p.frame != Frame::Accusation
            && !p.named_receiver
            && !fused_trigger
            && !object_follows(&text[ts..te], &text[te..])
        {
            // A directed relation with no named target: the document's focus, when the sentence names it.
            // (Not for a fused trigger: "Iran-backed militias" backs the militias, whoever they are.)
            // (Not named only as a route or as who reports it: "shipped crude across Turkey, a
            // Turkish official said.")
            let reported_at = self.trailing_attribution(text, te).unwrap_or(text.len());
            // (Nor named as the one it is done for: "sold oil on Syria's behalf".)
            let aside = |m: &Mention| {
                m.start >= reported_at || m.start >= te && self.on_route(&text[te..m.start]) || self.done_for(text, m)
            };
            if let Some(fs) = focus.state.or(focus.military) {
                let fam = self.family(fs);
                if let Some(m) = mentions
                    .iter()
                    .filter(|m| self.family(m.actor) == fam && !sources.contains(&m.actor))
                    .find(|m| !aside(m))
                {
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
        // "Hamas and Fatah met in Beijing": partners on one side of a meeting or a pact are
        // partners of each other too (not so for fighting: "X and Y attacked Z").
        let subject_ids = ids(&subject);
        if matches!(
            p.relation,
            RelationType::DiplomaticMeeting
                | RelationType::MilitaryCooperation
                | RelationType::DefenseTreaty
                | RelationType::Alliance
        ) && subject_ids.len() >= 2
            && sources == subject_ids
            && !targets.is_empty()
            && !self.after_preposition.is_match(&text[..subject[0].start])
            && subject.last().is_some_and(|m| {
                m.end <= ts && text[m.end..ts].split_whitespace().count() <= 3 && !text[m.end..ts].contains(',')
            })
        {
            for i in 0..sources.len() {
                for j in i + 1..sources.len() {
                    pairs.push((sources[i], sources[j]));
                }
            }
        }
        let _ = lx;
        pairs
    }

    /// Whether a passive subject is an actor's forces or goods ("North Korean
    /// troops have been", "Iranian drones were", "Russian forces were") rather
    /// than the actor itself ("Russia was", "the junta was").
    fn owns_what_is_moved(text: &str, m: &Mention, trigger: usize) -> bool {
        const AUXILIARIES: [&str; 14] = [
            "have",
            "has",
            "had",
            "been",
            "be",
            "being",
            "is",
            "are",
            "was",
            "were",
            "will",
            "would",
            "also",
            "reportedly",
        ];
        const FORCES: [&str; 9] =
            ["troops", "forces", "soldiers", "units", "sailors", "marines", "personnel", "fighters", "mercenaries"];
        let after = text[m.end.min(trigger)..trigger]
            .split_whitespace()
            .filter(|w| !AUXILIARIES.contains(&w.to_lowercase().as_str()))
            .count();
        let last = text[m.start..m.end].split_whitespace().next_back().unwrap_or("").to_lowercase();
        after > 0 || FORCES.contains(&last.as_str())
    }

    /// Speakers of a sentence: actors next to an attribution cue ("X said", "said X", "according to X").
    /// Whether `before` (the text up to a mention) ends in a route ("through
    /// a pipeline across "): the place named next is passed through, not
    /// reached (unless a receiver follows: "through the Baltic to").
    /// Whether the trigger at `ts..te` is a capitalised word inside the name
    /// of a body the lexicon does not list: a capitalised word right before
    /// it, and the capitalised words after it (joined by "and", "of", "for",
    /// "the") end in a body's head (`body_name_heads`): "the African Union
    /// Support and Stabilisation Mission", "the Gulf Cooperation Council".
    fn inside_body_name(&self, text: &str, ts: usize, te: usize) -> bool {
        let capitalised =
            |w: &str| w.chars().next().is_some_and(char::is_uppercase) && w.chars().any(char::is_lowercase);
        let mut before = text[..ts].split_whitespace().rev().skip_while(|w| matches!(*w, "and" | "of" | "&"));
        if !capitalised(&text[ts..te]) || !before.next().is_some_and(capitalised) {
            return false;
        }
        let mut last = text[ts..te].split_whitespace().next_back().unwrap_or_default();
        for w in text[te..].split_whitespace() {
            let bare = w.trim_end_matches([',', '.', ';', ':', ')']);
            if capitalised(bare) {
                last = bare;
            } else if !matches!(bare, "and" | "of" | "for" | "the" | "&") {
                // (The head may be written in lower case after the name: "the Multinational
                // Security Support mission".)
                let mut head = bare.to_string();
                if let Some(first) = head.get_mut(..1) {
                    first.make_ascii_uppercase();
                }
                if self.body_name_heads.contains(head.as_str()) {
                    return true;
                }
                break;
            }
            if bare.len() != w.len() {
                break;
            }
        }
        self.body_name_heads.contains(last)
    }

    fn on_route(&self, before: &str) -> bool {
        self.route
            .find(before)
            .is_some_and(|r| !before[r.start()..].split_whitespace().any(|w| matches!(w, "to" | "into" | "for")))
    }

    /// Where a trailing attribution after `from` starts ("..., Colombia's
    /// energy minister said"): its comma, when at most a short name or title
    /// stands between it and the reporting verb. Whom it names reports the
    /// clause; it takes no part in it.
    pub(super) fn trailing_attribution(&self, text: &str, from: usize) -> Option<usize> {
        self.lexicon.cues.attribution.find_iter(&text[from..]).find_map(|c| {
            let before = &text[from..from + c.start()];
            let comma = before.rfind(',')?;
            let name = &before[comma + 1..];
            (name.split_whitespace().count() <= 8 && !name.contains(['"', '\u{201d}', '\u{201c}']))
                .then_some(from + comma)
        })
    }

    pub(super) fn speakers(&self, text: &str, mentions: &[Mention]) -> Vec<usize> {
        let lx = self.lexicon;
        let mut out = Vec::new();
        for c in lx.cues.attribution.find_iter(text) {
            let before = mentions.iter().rev().find(|m| {
                m.end <= c.start()
                    && text[m.end..c.start()].split_whitespace().count() <= 6
                    && !text[m.end..c.start()].contains(['"', '\u{201d}', '\u{201c}'])
            });
            // "said Russia's foreign minister" names the speaker; "said that Russia ..." reports what was said.
            let after = mentions.iter().find(|m| {
                m.start >= c.end()
                    && text[c.end()..m.start].split_whitespace().count() <= 10
                    && !self.that.is_match(&text[c.end()..m.start])
            });
            for m in before.into_iter().chain(after) {
                if matches!(
                    self.kind(m.actor),
                    ActorKind::Igo
                        | ActorKind::Ngo
                        | ActorKind::State
                        | ActorKind::Political
                        | ActorKind::ArmedGroup
                        | ActorKind::Military
                ) {
                    out.push(m.actor);
                }
            }
        }
        out.dedup();
        out
    }

    /// Whether the stretch of text from the first participant to the trigger
    /// asserts a fact (no negation, speculation or call in it).
    pub(super) fn asserted(&self, text: &str, p: &Pattern, from: usize, trigger: usize, to: usize) -> bool {
        let cues = &self.lexicon.cues;
        let from = from.min(to);
        // A condemnation demanding an end ("calling on members to stop the supply of weapons")
        // is not itself ended.
        let ended = p.relation != RelationType::Condemnation
            && cues.termination.find_iter(&text[from..to]).any(|m| {
                let cue_end = from + m.end();
                let gap = if cue_end <= trigger { &text[cue_end..trigger] } else { &text[trigger..cue_end] };
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
    pub(super) fn owner_state(&self, actor: usize) -> Option<usize> {
        let entry = self.lexicon.actors.get(actor).filter(|a| a.state_owned)?;
        self.lexicon.actor_index(entry.country.as_deref()?)
    }

    /// Whether mention `m` is named as the one an act is done for ("on Syria's
    /// behalf", "on behalf of Syria"), not as a party to it.
    fn done_for(&self, text: &str, m: &Mention) -> bool {
        let before = words_before(text, m.start);
        let last = before.trim_end();
        let after_on = last.get(last.len().saturating_sub(3)..).is_some_and(|w| w.eq_ignore_ascii_case(" on"));
        self.principal_before.is_match(before) || after_on && self.principal_after.is_match(&text[m.end..])
    }

    /// Whether `b` is coordinated with the mention `a` before it in a list ("the EU, the UK and the
    /// US").
    pub(super) fn coordinated(&self, text: &str, a: &Mention, b: &Mention) -> bool {
        (a.pair && b.pair && a.start == b.start) || {
            let gap = &text[a.end.min(b.start)..b.start];
            !gap.trim().is_empty() && self.coordination.is_match(gap)
        }
    }

    /// Whether a coordination is a conjunction ("and", "or", "as well as") or
    /// one pair reference, not a bare comma.
    pub(super) fn conjoined(&self, text: &str, a: &Mention, b: &Mention) -> bool {
        (a.pair && b.pair && a.start == b.start)
            || text[a.end.min(b.start)..b.start]
                .trim_matches(|c: char| c == ',' || c.is_whitespace())
                .trim_start_matches("the ")
                .chars()
                .any(|c| c.is_alphabetic() || c == '&' || c == '/')
    }

    /// Whether `words` hold a determiner ("and the", "and their"): a new noun
    /// phrase starts there.
    fn has_determiner(&self, words: &str) -> bool {
        words.split_whitespace().any(|w| self.determiner_word(w))
    }

    /// The coordinated group around `mentions[at]` ("the EU, the UK and the
    /// US"); commas alone make no list ("In London, the US said").
    pub(super) fn group_from<'m>(&self, text: &str, mentions: &[&'m Mention], at: usize) -> Vec<&'m Mention> {
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

/// The few words of `text` before byte `at` (its last 40 bytes or fewer): enough for a phrase
/// checks like "from outside the" or "on behalf of" look for, and cheap where a check runs for
/// every mention after every trigger.
fn words_before(text: &str, at: usize) -> &str {
    let mut from = at.saturating_sub(40);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    &text[from..at]
}

/// `text` with each bracketed acronym ("liquefied natural gas (LNG) to
/// Germany") blanked out, offsets kept: an aside that ends no clause.
fn blank_acronym_asides(text: &str) -> std::borrow::Cow<'_, str> {
    let asides: Vec<(usize, usize)> = text
        .match_indices('(')
        .filter_map(|(open, _)| {
            let close = open + 1 + text[open + 1..].find(')')?;
            crate::syntax::is_acronym(&text[open + 1..close]).then_some((open, close + 1))
        })
        .collect();
    if asides.is_empty() {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = text.to_string();
    for (a, b) in asides {
        out.replace_range(a..b, &" ".repeat(b - a));
    }
    std::borrow::Cow::Owned(out)
}

/// Where the `n`th word boundary from one end of `text` lies: with
/// `backwards`, the byte offset where the last `n` words start; otherwise the
/// byte length of the first `n` words (0 or the whole text when it has fewer).
pub(super) fn word_boundary(text: &str, n: usize, backwards: bool) -> usize {
    let mut words = 0;
    let mut in_word = false;
    let chars: Box<dyn Iterator<Item = (usize, char)>> =
        if backwards { Box::new(text.char_indices().rev()) } else { Box::new(text.char_indices()) };
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
    if backwards {
        0
    } else {
        text.len()
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
pub(super) fn opens_quote(text: &str) -> bool {
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

/// Whether a trigger starting after `before` ends a compound word whose first part is not a verb
/// prefix: "anti-shipping", "U.S.-backed" are modifiers, "counter-attacked", "re-armed" still verbs.
fn compound_end(before: &str) -> bool {
    let Some(first) = before.strip_suffix('-') else { return false };
    let prefix = first.rsplit(|c: char| c.is_whitespace()).next().unwrap_or("").to_lowercase();
    !matches!(prefix.as_str(), "counter" | "re" | "co" | "out" | "over" | "under" | "air" | "mis")
}

/// Whether mention `m` is the first part of a compound word ("Iran-backed"), a modifier of what
/// follows rather than a party of the clause.
fn compound_first(text: &str, m: &Mention) -> bool {
    text[m.end..].starts_with('-')
}

/// Whether the mention at `start` follows "by": the agent of another verb ("rebels, armed by
/// Iran, attacked X"), not a party of the trigger's clause.
fn agent_of_other(text: &str, start: usize) -> bool {
    let before = text[..start].trim_end();
    before.get(before.len().saturating_sub(3)..).is_some_and(|w| w.eq_ignore_ascii_case(" by"))
}

/// Whether a passive agent follows a trigger: "by" next, or after a list of participles
/// sharing it ("supported, trained and armed by Paris").
fn agent_follows(rest: &str) -> bool {
    let mut words = rest.split_whitespace().take(8);
    let participle = |w: &str| w.len() > 3 && (w.ends_with("ed") || w.ends_with("en"));
    for w in words.by_ref() {
        let bare = w.trim_start_matches(',').trim_end_matches(',');
        if bare.eq_ignore_ascii_case("by") {
            return !w.ends_with(',');
        }
        if !(bare.is_empty() || bare == "and" || bare == "or" || participle(bare)) {
            return false;
        }
    }
    false
}
