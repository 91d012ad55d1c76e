//! Mentions: actor names and generic references found in a sentence, and
//! their resolution to the organisations they stand for in a document.

use super::{
    cut, fused_participle, DocActors, Extractor, Focus, GenericKind, Mention, RawMention, RawTarget, MAX_MENTIONS,
};
use crate::document::Sentence;
use crate::lexicon::{ActorEntry, FormKind};
use crate::ontology::ActorKind;
use aho_corasick::{AhoCorasickBuilder, Anchored, Input, MatchKind};
use std::collections::{BTreeMap, BTreeSet, HashSet};

/// The patterns of the generic-reference regex, by name, and what each
/// finds; the rest are military words.
const GENERIC_GROUPS: [(&str, GenericKind); 19] = [
    ("pair", GenericKind::Pair),
    ("people", GenericKind::PairPeople),
    ("place", GenericKind::Place),
    ("styled", GenericKind::Styled),
    ("country", GenericKind::Country),
    ("company", GenericKind::Company),
    ("region", GenericKind::Region),
    ("regional", GenericKind::Regional),
    ("focus", GenericKind::Focus),
    ("own", GenericKind::Own),
    ("rebels", GenericKind::Rebels),
    // "the Iran-backed rebels": the rebels, after the backer's own mention.
    ("backed", GenericKind::Rebels),
    ("coalition", GenericKind::Coalition),
    ("bloc", GenericKind::Bloc),
    ("group", GenericKind::Group),
    ("north", GenericKind::North),
    ("south", GenericKind::South),
    ("suffix", GenericKind::Suffix),
    ("office", GenericKind::Office),
];

impl<'l> Extractor<'l> {
    /// Once a person is named in full, a single word of the name ("Kim" after
    /// "Kim Jong-un", "Hasina" after "Sheikh Hasina") names them in the rest
    /// of the document, unless the word is an alias of its own or belongs to
    /// two people named in the document who act for different organisations
    /// (of two of one organisation, the one named last).
    pub(super) fn add_short_names(&self, sentences: &[Sentence], raws: &mut [Vec<RawMention>]) {
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
                    let usable = word.chars().count() >= 3
                        && word.starts_with(char::is_uppercase)
                        && !particles.iter().any(|p| p == word)
                        && lx.resolve_name(word).is_none();
                    if usable {
                        // (Two people of one state share it: the one named last, whose acts are the
                        // same state's either way: "Kim Yo Jong, sister of leader Kim Jong Un ... Kim
                        // hosted X".)
                        let orgs = |a: usize| -> BTreeSet<&str> {
                            lx.actors[a].roles.iter().map(|r| r.org.as_str()).collect()
                        };
                        short
                            .entry(word)
                            .and_modify(|(p, first)| match *p {
                                Some(q) if q != person && !orgs(q).is_empty() && orgs(q) == orgs(person) => {
                                    *p = Some(person);
                                    *first = i;
                                }
                                Some(q) if q != person => *p = None,
                                _ => {}
                            })
                            .or_insert((Some(person), i));
                    }
                }
            }
        }
        // Officeholders the lexicon does not know, titled with their state ("Albanian Defence
        // Minister Pirro Vengu", "the Minister of Defence of Albania, Pirro Vengu"): their surname
        // names that state after, also under a title alone ("Minister Vengu").
        let mut titled: BTreeMap<String, (usize, usize)> = BTreeMap::new();
        for (i, raw) in raws.iter().enumerate() {
            let text = cut(sentences[i].text);
            for (s, e, r) in raw {
                let Ok(f) = r else { continue };
                let state = lx.forms[*f].actor;
                if lx.actors[state].kind != ActorKind::State {
                    continue;
                }
                let Some(surname) = self.titled_surname(text, *s, *e) else { continue };
                let Some(name) = lx.name_form(state) else { continue };
                if !short.contains_key(surname) {
                    titled.entry(surname.to_string()).or_insert((name, i));
                }
            }
        }
        // (Under a title alone, later: "Minister Vengu" is the titled one, not the story's state.)
        for (i, raw) in raws.iter_mut().enumerate() {
            for (_, _, r) in raw.iter_mut() {
                let Err((GenericKind::Office, name)) = r else { continue };
                let titled_one = name.rsplit(' ').next().and_then(|w| titled.get(w)).filter(|&&(_, at)| at < i);
                if let Some(&(form, _)) = titled_one {
                    *r = Ok(form);
                }
            }
        }
        // Officeholders the lexicon does not know ("Defence Minister Juan Perez"): their surname
        // after the sentence that titled them is the officeholder again, unless it is a known
        // person's too.
        let mut offices: BTreeMap<String, usize> = BTreeMap::new();
        for (i, raw) in raws.iter().enumerate() {
            for (_, _, r) in raw {
                let Err((GenericKind::Office, name)) = r else { continue };
                let Some(word) = name.rsplit(' ').next() else { continue };
                let usable = name.contains(' ')
                    && word.chars().count() >= 3
                    && word.starts_with(char::is_uppercase)
                    && word.chars().all(char::is_alphabetic)
                    && lx.resolve_name(word).is_none();
                if usable && !short.contains_key(word) && !titled.contains_key(word) {
                    offices.entry(word.to_string()).or_insert(i + 1);
                }
            }
        }
        // One pass over the document for all the short names at once.
        let names: Vec<(String, RawTarget, usize)> = short
            .into_iter()
            .filter_map(|(word, (person, first))| {
                let person = person?;
                Some((word.to_string(), Ok(lx.forms.iter().position(|f| f.actor == person)?), first))
            })
            .chain(offices.into_iter().map(|(word, first)| (word.clone(), Err((GenericKind::Surname, word)), first)))
            .chain(titled.into_iter().map(|(word, (form, at))| (word, Ok(form), at + 1)))
            .collect();
        let Some(from) = names.iter().map(|n| n.2).min() else { return };
        let finder = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .build(names.iter().map(|n| n.0.as_str()))
            .expect("short names build");
        for (i, s) in sentences.iter().enumerate().skip(from) {
            let text = cut(s.text);
            let before = raws[i].len();
            for m in finder.find_iter(text) {
                let (word, form, first) = &names[m.pattern().as_usize()];
                let (at, end) = (m.start(), m.end());
                let free = !raws[i].iter().any(|(rs, re, _)| *rs < end && at < *re);
                if i >= *first && free && on_word_boundary(text, at, end) && raws[i].len() < MAX_MENTIONS {
                    debug_assert_eq!(&text[at..end], word);
                    raws[i].push((at, end, form.clone()));
                }
            }
            if raws[i].len() != before {
                raws[i].sort_by_key(|(s, e, _)| (*s, *e));
            }
        }
    }

    /// "Summit noted with concern ...", "The College firmly condemns ...": a
    /// communique's word for its bloc's gathering (`communique_bodies`) that
    /// opens a sentence, before a verb, names the bloc the document is about.
    pub(super) fn add_communique_bodies(
        &self,
        sentences: &[Sentence],
        raws: &mut [Vec<RawMention>],
        bloc: Option<usize>,
    ) {
        let Some(form) = bloc.and_then(|b| self.lexicon.forms.iter().position(|f| f.actor == b)) else { return };
        for (i, s) in sentences.iter().enumerate() {
            let text = cut(s.text);
            let Some(body) = self.communique_body.captures(text).and_then(|c| c.get(1)) else { continue };
            if raws[i].iter().all(|r| r.0 >= body.end()) {
                raws[i].insert(0, (body.start(), body.end(), Ok(form)));
            }
        }
    }

    /// "The Council", "The Supreme Council" after a body the lexicon knows
    /// was named with that organ ("the Supreme Council of the Gulf
    /// Cooperation Council") or by a name ending in it ("the Gulf
    /// Cooperation Council"): the organ's capitalised name stands for the
    /// body named last. The lines above the body count as named before it
    /// ("Council of the EU / Press release" over "the Council adopted").
    pub(super) fn add_organ_references(
        &self,
        header: &str,
        doc_text: &str,
        sentences: &[Sentence],
        raws: &mut [Vec<RawMention>],
    ) {
        // organ name -> the body's form, updated as the document goes on
        let mut organs: BTreeMap<&str, usize> = BTreeMap::new();
        for line in header.lines().filter(|l| !l.trim().is_empty()) {
            self.note_organs(line, &self.raw_mentions(line, doc_text), &mut organs);
        }
        for (i, s) in sentences.iter().enumerate() {
            let text = cut(s.text);
            // Bare organ names, and names the discovery found, that follow an antecedent.
            if !organs.is_empty() {
                for r in raws[i].iter_mut() {
                    let Err((GenericKind::Discovered, surface)) = &r.2 else { continue };
                    let bare = surface.strip_prefix("The ").or_else(|| surface.strip_prefix("the ")).unwrap_or(surface);
                    if let Some(&f) = organs.get(bare) {
                        r.2 = Ok(f);
                    }
                }
                for (organ, &f) in &organs {
                    // ("the Council", not "the Council of Europe".)
                    let the = |at: usize, end: usize| {
                        (text[..at].ends_with("the ") || text[..at].ends_with("The "))
                            && !text[end..].starts_with(" of ")
                    };
                    add_at_words(text, &mut raws[i], organ, &Ok(f), the);
                }
            }
            self.note_organs(text, &raws[i], &mut organs);
        }
    }

    /// Notes the organs the international bodies `raw` names in `text` are
    /// named by ("the Supreme Council of the GCC": "Supreme Council" and
    /// "Council"; "the GCC Council": "Council").
    fn note_organs<'a>(&'a self, text: &'a str, raw: &[RawMention], organs: &mut BTreeMap<&'a str, usize>) {
        let lx = self.lexicon;
        for (s, e, r) in raw {
            let Ok(f) = r else { continue };
            if lx.actors[lx.forms[*f].actor].kind != ActorKind::Igo {
                continue;
            }
            let name = &text[*s..*e];
            // "the Supreme Council of the GCC": the organ before "of"; "the GCC Council": its last word.
            let organ = name.find(" of ").map_or(name, |of| &name[..of]);
            // "The Council of Ministers of the Indian Ocean Commission", the organ's name before the body's.
            let before = text[..*s].strip_suffix("the ").unwrap_or(&text[..*s]);
            if let Some(before) = before.strip_suffix(" of ") {
                // (The capitalised words before it, with any "of" and "and" between them.)
                let mut words: Vec<&str> = before
                    .rsplit(' ')
                    .take_while(|w| w.starts_with(char::is_uppercase) || *w == "of" || *w == "and")
                    .collect();
                words.reverse();
                for part in words.join(" ").split(" of ") {
                    if let Some(head) = self.organ_heads.iter().find(|h| part.ends_with(h.as_str())) {
                        organs.insert(head.as_str(), *f);
                    }
                }
            }
            for head in self.organ_heads.iter().chain(&self.body_short_heads) {
                if organ.ends_with(head.as_str()) && (organ.len() > head.len() || name.contains(" of ")) {
                    organs.insert(head.as_str(), *f);
                    let full = organ.trim_start_matches("the ").trim_start_matches("The ");
                    if name.contains(" of ") && full.len() > head.len() {
                        organs.insert(full, *f);
                    }
                }
            }
        }
    }

    /// "the Crown Prince", "The President" after a person the lexicon knows
    /// was named in an earlier sentence: a capitalised title of one of that
    /// person's offices, right after "the" and before no "of" or name, stands
    /// for the office's organisation, while every person the document has
    /// named with that title acts for that one organisation and no officeholder
    /// the lexicon does not know was named with it.
    pub(super) fn add_title_references(&self, sentences: &[Sentence], raws: &mut [Vec<RawMention>]) {
        let lx = self.lexicon;
        // title -> the organisation's name form, or None once two organisations hold it
        let mut titles: BTreeMap<String, Option<usize>> = BTreeMap::new();
        // officeholders the lexicon does not know, lower-cased ("defence minister juan perez")
        let mut unknown_holders: Vec<String> = Vec::new();
        let mut noted: BTreeSet<usize> = BTreeSet::new();
        for (i, s) in sentences.iter().enumerate() {
            let text = cut(s.text);
            for (title, form) in &titles {
                let Some(form) = form else { continue };
                let lower = title.to_lowercase();
                let keep = |at: usize, end: usize| {
                    let rest = &text[end..];
                    let next_capital = rest.strip_prefix(' ').is_some_and(|r| r.starts_with(char::is_uppercase));
                    (text[..at].ends_with("the ") || text[..at].ends_with("The "))
                        && !rest.starts_with(" of ")
                        && !next_capital
                        && !unknown_holders.iter().any(|h| h.contains(&lower))
                };
                add_at_words(text, &mut raws[i], title, &Ok(*form), keep);
            }
            for (_, _, r) in &raws[i] {
                match r {
                    Ok(f) => {
                        let person = lx.forms[*f].actor;
                        if lx.actors[person].kind != ActorKind::Person || !noted.insert(person) {
                            continue;
                        }
                        for role in &lx.actors[person].roles {
                            let Some(name) = lx.actor_index(&role.org).and_then(|org| lx.name_form(org)) else {
                                continue;
                            };
                            // ("Crown Prince and Prime Minister": each office; "Special Envoy for Yemen":
                            // also "the Special Envoy" and "the Envoy".)
                            let offices = role.title.split(';').flat_map(|t| t.split(" and ")).map(str::trim);
                            let short = |t: &'l str| {
                                let head = [" for ", " of ", " to "]
                                    .iter()
                                    .filter_map(|p| t.find(p))
                                    .min()
                                    .map_or(t, |at| &t[..at]);
                                let last = head.rsplit(' ').next().filter(|w| *w != head && w.chars().count() >= 3);
                                [Some(t), Some(head), last]
                            };
                            for title in offices.flat_map(short).flatten() {
                                if title.starts_with(char::is_uppercase) {
                                    for written in [title.to_string(), title.to_lowercase()] {
                                        let held = titles.entry(written).or_insert(Some(name));
                                        if *held != Some(name) {
                                            *held = None;
                                        }
                                    }
                                }
                            }
                        }
                    }
                    Err((GenericKind::Office, name)) => unknown_holders.push(name.to_lowercase()),
                    _ => {}
                }
            }
        }
    }

    /// "Mwatana" after "Mwatana for Human Rights": the one word before "for"
    /// in the name of an organisation found by its cause (`ngo_causes`)
    /// names it alone in the rest of the document, unless the lexicon knows
    /// that word.
    pub(super) fn add_cause_short_names(&self, sentences: &[Sentence], raws: &mut [Vec<RawMention>]) {
        let mut short: Vec<(String, String)> = Vec::new();
        for (i, s) in sentences.iter().enumerate() {
            let text = cut(s.text);
            if !short.is_empty() {
                for (word, name) in &short {
                    add_at_words(text, &mut raws[i], word, &Err((GenericKind::Discovered, name.clone())), |_, _| true);
                }
            }
            for (_, _, r) in &raws[i] {
                let Err((GenericKind::Discovered, name)) = r else { continue };
                let Some((word, cause)) = name.split_once(" for ") else { continue };
                let usable = !word.contains(' ')
                    && word.chars().count() >= 4
                    && self.ngo_causes.iter().any(|c| c == cause)
                    && self.lexicon.resolve_name(word).is_none();
                if usable && !short.iter().any(|(w, _)| w == word) {
                    short.push((word.to_string(), name.clone()));
                }
            }
        }
    }

    /// "His Highness" standing alone names the person the document last
    /// styled so ("President His Highness Sheikh Mohamed bin Zayed received
    /// ... His Highness condemned the strikes"); before a capitalised word it
    /// styles the name that follows.
    pub(super) fn add_honorifics(&self, sentences: &[Sentence], raws: &mut [Vec<RawMention>]) {
        let lx = self.lexicon;
        let mut styled: BTreeMap<&str, usize> = BTreeMap::new(); // honorific -> person form
        for (i, s) in sentences.iter().enumerate() {
            let text = cut(s.text);
            for c in self.honorific.captures_iter(text) {
                let h = c.get(1).expect("group");
                let next = c.get(2).map_or("", |n| n.as_str().trim_start());
                if next.starts_with(char::is_uppercase) {
                    // (The person named within a few capitalised words: "His Highness Sheikh ...".)
                    let named = raws[i].iter().find_map(|(start, _, r)| {
                        let gap = text.get(h.end()..*start)?;
                        let titles = gap.split_whitespace().all(|w| w.starts_with(char::is_uppercase));
                        let f = r.as_ref().ok().copied()?;
                        (titles
                            && gap.split_whitespace().count() <= 3
                            && lx.actors[lx.forms[f].actor].kind == ActorKind::Person)
                            .then_some(f)
                    });
                    if let Some(f) = named {
                        styled.insert(h.as_str(), f);
                    }
                    continue;
                }
                // (Not one styled by office: "His Excellency the Ambassador of Japan".)
                if self.determiner.is_match(&format!("{next} ")) {
                    continue;
                }
                let Some(&f) = styled.get(h.as_str()) else { continue };
                if raws[i].iter().any(|r| r.0 < h.end() && r.1 > h.start()) {
                    continue;
                }
                let at = raws[i].iter().position(|r| r.0 > h.start()).unwrap_or(raws[i].len());
                raws[i].insert(at, (h.start(), h.end(), Ok(f)));
            }
        }
    }

    /// "He" or "She" opening a sentence is the person named last, when that
    /// was in one of the two sentences before.
    pub(super) fn add_pronouns(&self, sentences: &[Sentence], raws: &mut [Vec<RawMention>]) {
        let lx = self.lexicon;
        let mut last: Option<(usize, usize)> = None; // (sentence, form)
        for i in 0..sentences.len() {
            let text = cut(sentences[i].text);
            if let (Some(m), Some((at, form))) = (self.he_she.find(text), last) {
                let named_here = raws[i].iter().any(|(s, _, r)| {
                    *s < m.end() && matches!(r, Ok(f) if lx.actors[lx.forms[*f].actor].kind == ActorKind::Person)
                });
                if i - at <= 2 && !named_here && !raws[i].iter().any(|(s, _, _)| *s < m.end()) {
                    let start = m.end() - 2 - usize::from(m.as_str().to_lowercase().ends_with("she"));
                    raws[i].insert(0, (start, m.end(), Ok(form)));
                }
            }
            // "Sudani tried to thread the needle: he hosted ...": "he" or "she" opening a clause after
            // a colon or semicolon is the person the sentence named before it.
            let person = |r: &RawMention| {
                r.2.as_ref().ok().copied().filter(|f| lx.actors[lx.forms[*f].actor].kind == ActorKind::Person)
            };
            for (at, _) in text.match_indices([':', ';']) {
                let rest = &text[at + 1..];
                let start = at + 1 + (rest.len() - rest.trim_start().len());
                let word = text[start..].split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
                if !matches!(word, "he" | "she") || raws[i].iter().any(|r| r.0 == start) {
                    continue;
                }
                if let Some(f) = raws[i].iter().filter(|r| r.1 <= at).filter_map(person).last() {
                    let pos = raws[i].iter().position(|r| r.0 > start).unwrap_or(raws[i].len());
                    raws[i].insert(pos, (start, start + word.len(), Ok(f)));
                }
            }
            // (The first person the sentence names, its likely subject: "Milei criticised Maduro.
            // He later met Lula" is Milei.)
            if let Some(f) = raws[i].iter().find_map(|(_, _, r)| {
                r.as_ref().ok().filter(|f| lx.actors[lx.forms[**f].actor].kind == ActorKind::Person)
            }) {
                last = Some((i, *f));
            }
            if i == 0 {
                continue;
            }
            // "The Philippine government summoned China's envoy. It accused Beijing of ...": "It" (or
            // "Its") is the state or body that opened the sentence before.
            let before = cut(sentences[i - 1].text);
            let first = before.len() - before.trim_start().len();
            let opener = first + if before[first..].starts_with("The ") { 4 } else { 0 };
            // (Or a word for one body the document names: "The army leans on foreign hardware. It
            // took delivery of ...".)
            let body = raws[i - 1].first().and_then(|(s, _, r)| match r {
                Ok(f) => (*s == opener && lx.actors[lx.forms[*f].actor].kind != ActorKind::Person).then_some(Ok(*f)),
                Err((kind, surface)) => (matches!(
                    kind,
                    GenericKind::Military | GenericKind::Country | GenericKind::Company | GenericKind::Bloc
                ) && (*s == opener || *s == first))
                    .then(|| Err((*kind, surface.clone()))),
            });
            // ("Critics point to the company Indonesia keeps. Its navy ...": a plural that opened the
            // sentence before is no "it"; then the one body that sentence names is.)
            let plural_opener = || {
                let w = before[first..].split_whitespace().next().unwrap_or("");
                w.len() > 3
                    && w.ends_with('s')
                    && !w.ends_with("ss")
                    && !w.ends_with("us")
                    && !w.ends_with("is")
                    && raws[i - 1].first().is_none_or(|r| r.0 > first)
            };
            let body = body.or_else(|| {
                let mut bodies = raws[i - 1]
                    .iter()
                    .filter_map(|r| r.2.as_ref().ok().copied())
                    .filter(|&f| lx.actors[lx.forms[f].actor].kind != ActorKind::Person);
                let one = bodies.next()?;
                (plural_opener() && bodies.all(|f| lx.forms[f].actor == lx.forms[one].actor)).then_some(Ok(one))
            });
            if let (Some(body), Some(m)) = (body.clone(), self.it.find(text)) {
                if !self.expletive.is_match(&text[m.end()..]) && raws[i].iter().all(|r| r.0 >= m.end()) {
                    // (The pronoun only: "But it" names its actor from "it".)
                    let end = m.as_str().trim_end().len();
                    let start = m.as_str()[..end].rfind(char::is_whitespace).map_or(0, |w| w + 1);
                    raws[i].insert(0, (start, end, body));
                    continue;
                }
            }
            // "Armenia turned west. France has sold it howitzers": an "it" that receives what the
            // sentence's first actor gives.
            let Some(c) = self.recipient_it.captures(text) else { continue };
            let (it, next) = (c.get(1).expect("group"), c.get(2).expect("group"));
            let giver = raws[i].first().filter(|r| r.0 < it.start()).and_then(|r| r.2.as_ref().ok());
            let Some(&giver) = giver.filter(|_| !self.thing_it_followers.contains(&next.as_str().to_lowercase()))
            else {
                continue;
            };
            let at = raws[i].iter().position(|r| r.0 > it.start()).unwrap_or(raws[i].len());
            // ("Iran, the group's main patron, has supplied it with drones": a possessor named in
            // the giver's apposition is nearer than the sentence before.)
            let possessor = raws[i][..at]
                .iter()
                .skip(1)
                .rev()
                .find(|r| is_possessive(&text[r.1..]) && text[r.1..it.start()].contains(','))
                .map(|r| r.2.clone());
            let before = body.filter(|b| matches!(b, Ok(f) if lx.forms[giver].actor != lx.forms[*f].actor));
            if let Some(receiver) = possessor.or(before) {
                raws[i].insert(at, (it.start(), it.end(), receiver));
            }
        }
    }

    /// Raw mentions of lexicon actors and generic references in a sentence,
    /// before resolution: (start, end, Ok(form index) | Err(generic kind)).
    pub(super) fn raw_mentions(&self, text: &str, doc_text: &str) -> Vec<RawMention> {
        let lx = self.lexicon;
        let mut cands: Vec<RawMention> = Vec::new();
        // Only a capital's match asks whether the sentence is in title case.
        let mut title_case: Option<bool> = None;
        let mut from = 0;
        while let Some(m) = lx.automaton.find(Input::new(text).range(from..)) {
            let s = m.start();
            let form_at = |pattern: usize, e: usize| {
                on_word_boundary(text, s, e)
                    .then(|| {
                        lx.spellings[pattern]
                            .iter()
                            .copied()
                            .find(|&f| case_ok(&lx.forms[f].text, &text[s..e], lx.forms[f].kind))
                    })
                    .flatten()
            };
            let mut e = m.end();
            let mut form_ix = form_at(m.pattern().as_usize(), e);
            // A longer spelling that is no word here may hide a shorter one at the same start:
            // "Westinghouse Electric" in "Westinghouse Electric Corp", where "... Co" is a spelling.
            while form_ix.is_none() && e > s + 1 {
                let shorter = Input::new(text).range(s..e - 1).anchored(Anchored::Yes);
                let Ok(Some(n)) = lx.automaton.try_find(shorter) else { break };
                e = n.end();
                form_ix = form_at(n.pattern().as_usize(), e);
            }
            let found = &text[s..e];
            // A spelling that is no word here hides none that starts inside it: "IS K" in "his
            // Kenyan" must not swallow "Kenyan". Look again from its next character.
            let Some(form_ix) = form_ix else {
                from = s + text[s..].chars().next().map_or(1, char::len_utf8);
                continue;
            };
            from = e;
            let form = &lx.forms[form_ix];
            // "a non-NATO ally", "non-OPEC Egypt": the name is negated, not there.
            if s >= 4 && text.as_bytes()[s - 4..s].eq_ignore_ascii_case(b"non-") {
                continue;
            }
            // "US$ 188 billion", "HK$2 billion": a currency's sign, not the state.
            if text[e..].starts_with('$') {
                continue;
            }
            // "the Letter Carriers Union of Canada": a country ending an organisation's name.
            if form.kind == FormKind::Name && lx.actors[form.actor].kind == ActorKind::State {
                let from = (0..=s.saturating_sub(48)).rev().find(|&i| text.is_char_boundary(i)).unwrap_or(0);
                if self.name_of.is_match(&text[from..s]) {
                    continue;
                }
            }
            // "Mocimboa da Praia": a capital after a capitalised word and a connector is the end of a
            // longer place name, elsewhere. (Not a state's name: "Santiago de Cuba" is in Cuba.)
            if form.kind == FormKind::Capital
                && self.inside_place_name.is_match(
                    &text[(0..=s.saturating_sub(40)).rev().find(|&i| text.is_char_boundary(i)).unwrap_or(0)..s],
                )
            {
                continue;
            }
            // "the Paris Club", "the London Stock Exchange": a capital inside a name is no state.
            if form.kind == FormKind::Capital
                && !*title_case.get_or_insert_with(|| is_title_case(text))
                && self.starts_name(&text[e..])
            {
                continue;
            }
            // "Latin America" is no "America", "Latin American" no "American": a region's name ends
            // with it.
            if matches!(form.kind, FormKind::Name | FormKind::Demonym)
                && self
                    .region_names
                    .iter()
                    .any(|r| r.len() > found.len() && r.ends_with(found) && text[..e].ends_with(r.as_str()))
            {
                continue;
            }
            // "Yunus-Bek Yevkurov" is no Yunus: a person's name joined by a hyphen to another
            // capitalised word is part of someone else's.
            let hyphened = |rest: &str| rest.strip_prefix('-').is_some_and(|r| r.starts_with(char::is_uppercase));
            if lx.actors[form.actor].kind == ActorKind::Person
                && (hyphened(&text[e..])
                    || text[..s]
                        .strip_suffix('-')
                        .is_some_and(|b| b.chars().next_back().is_some_and(char::is_alphabetic)))
            {
                continue;
            }
            // "the National Security Council", "Russia's Security Council": a body's name made of
            // capitalised common words ("Security Council"), after a capitalised word or a possessive
            // that is no part of it, is another body's.
            if form.kind == FormKind::Name
                && lx.actors[form.actor].kind == ActorKind::Igo
                && self.owned_organ(text, s, found)
            {
                continue;
            }
            // "the London talks", "a Geneva conference": a capital before a gathering is its venue.
            if form.kind == FormKind::Capital && self.names_venue(&text[..s], &text[e..]) {
                continue;
            }
            if form.kind == FormKind::Acronym {
                let ctx = &lx.actors[form.actor].context;
                if !ctx.is_empty() && !ctx.iter().any(|c| doc_text.contains(c.as_str())) {
                    continue;
                }
                if self.acronym_redefined(found, form.actor, doc_text) {
                    continue;
                }
            }
            // "Mitsubishi Electric Corp.": a designator right after a company's name is part of it
            // (the parse makes it the name's head).
            if lx.actors[form.actor].kind == ActorKind::Company {
                e += self.designator_after(&text[e..]);
                from = e;
            }
            cands.push((s, e, Ok(form_ix)));
        }
        for m in self.generic.find_iter(text) {
            // "the army-aligned government": a modifier inside a compound, not the actor.
            if text[m.end()..].strip_prefix('-').is_some_and(|rest| rest.starts_with(char::is_alphabetic)) {
                continue;
            }
            let group = self.generic_groups[m.pattern()];
            let kind =
                GENERIC_GROUPS.iter().find(|(name, _)| *name == group).map_or(GenericKind::Military, |(_, kind)| *kind);
            if kind == GenericKind::Office {
                // Only the name stands for the state, and only a name the lexicon does not know,
                // after a title with no state, demonym or possessor right before it.
                let found = m.as_str().to_lowercase();
                let titles = lx.generic.office_titles.iter().filter(|t| found.starts_with(&t.to_lowercase()));
                let title_end = m.start() + titles.map(|t| t.len()).max().unwrap_or(0);
                let name_start =
                    title_end + text[title_end..m.end()].len() - text[title_end..m.end()].trim_start().len();
                let before = text[..m.start()].trim_end();
                // ("Yugoslav Finance Minister X", "Commission President X": a name or a demonym the
                // lexicon may not know; "President X of Chad": the state follows.)
                let owned = before.ends_with("'s")
                    || before.ends_with("’s")
                    || before.rsplit(char::is_whitespace).next().is_some_and(|w| {
                        // (Not a word that ends a quotation or a clause: "\"... China,\" Foreign
                        // Secretary X said".)
                        w.starts_with(char::is_uppercase) && w.ends_with(char::is_alphanumeric)
                    })
                    || text[m.end()..].trim_start().starts_with("of ")
                    || text[m.end()..].trim_start().starts_with(", of ");
                // ("Defence Minister Pedro Sanchez" when the lexicon's Pedro Sanchez never held that
                // office: a namesake, whom the title makes an officeholder like an unknown name.)
                let title = &text[m.start()..title_end];
                cands.retain(|c| {
                    !matches!(c.2, Ok(f) if c.0 == name_start && c.1 == m.end() && self.namesake(lx.forms[f].actor, title, doc_text))
                });
                let named =
                    cands.iter().any(|c| c.2.is_ok() && (c.0 < m.end() && name_start < c.1 || c.1 == before.len()));
                if owned || named || name_start >= m.end() {
                    continue;
                }
                cands.push((name_start, m.end(), Err((kind, text[name_start..m.end()].to_string()))));
                continue;
            }
            // ("the Iran-backed rebels": the backer is a mention of its own; the rebels start after it.)
            // (Only that pattern's groups are asked for: finding groups costs more than the match.)
            let start = match group {
                "backed" => self.generic.captures_at(text, m.start(), m.pattern()).and_then(|c| c.name("backed_noun")),
                _ => None,
            }
            .map_or(m.start(), |n| n.start());
            cands.push((start, m.end(), Err((kind, text[start..m.end()].to_string()))));
        }
        for m in self.discover.find_iter(text) {
            let (s, mut e) = (m.start(), m.end());
            // "The Group said": a capitalised article before the head is no name.
            if m.as_str().split_whitespace().filter(|w| !self.determiner_word(w)).count() < 2 {
                continue;
            }
            // ("the Socialist Party of Chile": a name the lexicon knows after "of" stays its own
            // mention, and the name found ends before it.)
            let overlaps = |e: usize| cands.iter().any(|c| c.0 < e && s < c.1);
            if overlaps(e) {
                if let Some(of) = m.as_str().rfind(" of ") {
                    e = s + of;
                }
            }
            // ("the National Guard of Cyprus": a word for a state's armed service, capitalised, is no
            // name of its own; the state named after it is.)
            let words =
                text[s..e].split_whitespace().filter(|w| !self.determiner_word(w)).collect::<Vec<_>>().join(" ");
            let service = self.lexicon.generic.service_names.iter().any(|w| w.eq_ignore_ascii_case(&words));
            if !overlaps(e) && !service {
                cands.push((s, e, Err((GenericKind::Discovered, text[s..e].to_string()))));
            }
        }
        // "sanctioned Skydio, the American drone maker": a name the lexicon lacks that an apposition
        // calls a company is a company of its own, not the state its adjective names. (Not a word
        // opening the sentence alone, "Meanwhile, the company ...", a date, "On Monday, the firm",
        // or a town, "in Houston, the company said".)
        if [", the ", ", a ", ", an "].iter().any(|w| text.contains(w)) {
            for c in self.company_apposition.captures_iter(text) {
                let name = c.get(1).expect("group");
                let (s, e) = (name.start(), name.end());
                let words: Vec<&str> = name.as_str().split_whitespace().collect();
                let opening = text[..s].trim().is_empty() && words.len() < 2;
                let dated = words
                    .iter()
                    .any(|w| self.frames.month(w).is_some() || w.ends_with("day") || self.determiner_word(w));
                // (Nor a place in a series or after a preposition, "Based in Milan, Ohio, the company";
                // nor another's firm, "X, a subsidiary of state oil company Pemex".)
                let before = text[..s].trim_end();
                let placed = before.ends_with(',')
                    || before.rsplit(' ').next().is_some_and(|w| matches!(w, "in" | "at" | "near" | "from" | "of"));
                let owned = c.get(0).is_some_and(|m| m.as_str()[name.len()..].contains(" of "));
                if opening
                    || dated
                    || placed
                    || owned
                    || lx.place(name.as_str()).is_some()
                    || cands.iter().any(|c| c.0 < e && s < c.1)
                {
                    continue;
                }
                cands.push((s, e, Err((GenericKind::Discovered, name.as_str().to_string()))));
            }
        }
        // ("the Supreme Council of the Gulf Cooperation Council", "the Assembly of the African Union":
        // an organ's name before a body the lexicon knows is that body.)
        let organs: Vec<(usize, usize)> =
            cands.iter().filter_map(|c| Some((self.organ_before(text, c)?, c.0))).collect();
        for (start, body) in organs {
            cands.retain(|c| c.2.is_ok() || c.1 <= start || c.0 >= start);
            if let Some(c) = cands.iter_mut().find(|c| c.2.is_ok() && c.0 == body) {
                c.0 = start;
            }
        }
        // Longest first at each start; lexicon forms win ties.
        cands.sort_by_key(|a| (a.0, std::cmp::Reverse(a.1), a.2.is_err()));
        // A word for a state cut off by a name that goes on past it is part of the name: "the
        // Kingdom of Morocco" is Morocco, not "the kingdom".
        let names: Vec<(usize, usize)> = cands.iter().filter(|c| c.2.is_ok()).map(|c| (c.0, c.1)).collect();
        cands.retain(|c| c.2.is_ok() || !names.iter().any(|&(s, e)| s > c.0 && s < c.1 && e > c.1));
        let mut out: Vec<RawMention> = Vec::new();
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

    /// Whether the body's name `found` at `s`, made only of capitalised words
    /// that name no actor alone ("Security Council"), follows a capitalised
    /// word other than an article ("National", "Russian") or a possessive
    /// ("Russia's"): the name is a part of another body's name.
    fn owned_organ(&self, text: &str, s: usize, found: &str) -> bool {
        let common =
            found.split(' ').all(|w| w.starts_with(char::is_uppercase) && self.lexicon.resolve_name(w).is_none());
        let Some(word) = text[..s].strip_suffix(' ').and_then(|b| b.rsplit(' ').next()) else { return false };
        // (Not after the body's own name or a day: "the U.N.'s Security Council", "Friday's Security
        // Council vote".)
        let bare = word.trim_end_matches("'s").trim_end_matches("’s");
        let own = self.lexicon.resolve_name(bare).is_some_and(|a| a.kind == ActorKind::Igo);
        // (Nor after an ordinal that numbers the body's meeting: "the Fifty-Fourth Pacific Islands
        // Forum Leaders Meeting".)
        let numbered = bare.rsplit('-').next().is_some_and(|w| self.ordinals.contains(&w.to_lowercase()));
        common
            && !own
            && !numbered
            && !bare.ends_with("day")
            && word.starts_with(char::is_uppercase)
            && !self.determiner_word(word)
            && (word.ends_with("'s") || word.ends_with("’s") || word.chars().all(|c| c.is_alphabetic() || c == '-'))
    }

    /// Where the name of an organ of the international body mentioned by
    /// `c` starts, when one stands right before it: capitalised words ending
    /// in one of `organ_heads`, then "of" and "the" ("the Supreme Council of
    /// the Gulf Cooperation Council").
    fn organ_before(&self, text: &str, c: &RawMention) -> Option<usize> {
        let Ok(f) = c.2 else { return None };
        let lx = self.lexicon;
        if lx.actors[lx.forms[f].actor].kind != ActorKind::Igo {
            return None;
        }
        let before = &text[..c.0];
        let before = before.strip_suffix("of the ").or_else(|| before.strip_suffix("of "))?.trim_end();
        let head = self.organ_heads.iter().filter(|h| before.ends_with(h.as_str())).max_by_key(|h| h.len())?;
        let mut start = before.len() - head.len();
        if !before[..start].is_empty() && !before[..start].ends_with(' ') {
            return None;
        }
        // (And the capitalised words of its name before the head: "the Peace and Security Council".)
        for w in before[..start].split_whitespace().rev().take(4) {
            if !w.starts_with(char::is_uppercase) || self.determiner_word(w) {
                break;
            }
            start = before[..start].trim_end().len() - w.len();
        }
        Some(start)
    }

    /// The surname of an officeholder the lexicon does not know whom the
    /// state mentioned at `s..e` titles: "Albanian Defence Minister Pirro
    /// Vengu", "Albania's defence minister, Pirro Vengu", "the Minister of
    /// Defence of Albania, Pirro Vengu" (titles of `office_titles`, in any case).
    fn titled_surname<'t>(&self, text: &'t str, s: usize, e: usize) -> Option<&'t str> {
        let titles = &self.lexicon.generic.office_titles;
        let starts_title = |t: &str| {
            titles
                .iter()
                .filter(|w| t.len() > w.len() && t.is_char_boundary(w.len()) && t[..w.len()].eq_ignore_ascii_case(w))
                .filter(|w| t[w.len()..].starts_with([' ', ',']))
                .map(|w| w.len())
                .max()
        };
        let ends_title = |t: &str| {
            titles.iter().any(|w| {
                t.len() >= w.len()
                    && t.is_char_boundary(t.len() - w.len())
                    && t[t.len() - w.len()..].eq_ignore_ascii_case(w)
            })
        };
        let after = &text[e..];
        let after = after[possessive_len(after)..].trim_start();
        let names = if let Some(n) = starts_title(after) {
            after[n..].trim_start().strip_prefix(',').unwrap_or(&after[n..]).trim_start()
        } else {
            let before = text[..s].trim_end();
            let before = before.strip_suffix("the").map_or(before, str::trim_end);
            let of_title = before.strip_suffix(" of").is_some_and(ends_title);
            after.strip_prefix(',').filter(|_| of_title)?.trim_start()
        };
        let name_word = |w: &&str| {
            w.starts_with(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'))
        };
        let words: Vec<&str> =
            names.split(' ').map(|w| w.trim_end_matches([',', '.', ';', ':'])).take_while(name_word).take(4).collect();
        let surname = *words.last()?;
        let at = names.find(surname)?;
        let surname = &names[at..at + surname.len()];
        let usable = surname.chars().count() >= 3
            && surname.chars().all(char::is_alphabetic)
            && self.lexicon.resolve_name(surname).is_none()
            && words.iter().all(|w| self.lexicon.resolve_name(w).is_none());
        usable.then_some(surname)
    }

    /// Whether `rest`, the text right after a capital city, goes on with a
    /// capitalised word that makes the city part of a name ("Club" in "Paris
    /// Club"), not a title, state medium or grammar word ("Moscow Mayor",
    /// "Tehran Radio", "U.S. And").
    fn starts_name(&self, rest: &str) -> bool {
        let Some(word) = next_word(rest) else { return false };
        word.chars().next().is_some_and(char::is_uppercase)
            && word.chars().skip(1).any(char::is_lowercase)
            && !self.capital_followers.contains(&word.to_lowercase())
    }

    /// Whether a capital between `before` and `rest` names where a gathering
    /// is held: a determiner before it and a venue noun right after ("the
    /// London talks"; not "Washington talks with Beijing").
    fn names_venue(&self, before: &str, rest: &str) -> bool {
        let Some(word) = next_word(rest) else { return false };
        // One word may come between: "the recent London talks", "the G-7 Washington talks" (the
        // text before it, its space kept); two when one is a number, as in a date: "the November
        // 2022 Pretoria agreement".
        // (The text before the last word, its space kept, and whether that word has a digit.)
        fn word_off(b: &str) -> Option<(&str, bool)> {
            b.trim_end()
                .rsplit_once(' ')
                .filter(|(_, w)| !w.is_empty() && w.chars().all(|c| c.is_alphanumeric() || c == '-'))
                .map(|(rest, w)| (&b[..rest.len() + 1], w.chars().any(|c| c.is_ascii_digit())))
        }
        let one_off = word_off(before);
        let two_off = one_off.and_then(|(b, dated)| word_off(b).filter(|&(_, d)| dated || d));
        self.venue_nouns.contains(&word.to_lowercase())
            && [Some(before), one_off.map(|o| o.0), two_off.map(|o| o.0)]
                .into_iter()
                .flatten()
                .any(|b| self.determiner.is_match(b))
    }

    /// The state a document is about: the one it names at least twice as often
    /// as any other (or the only one), unless the sentence named another state
    /// before (`out`, the nearer antecedent).
    fn dominant_state(&self, f: &Focus, out: &[Mention]) -> Option<usize> {
        let dominant = standing_out(f.states.iter())?;
        let others =
            out.iter().any(|m| self.kind(m.actor) == ActorKind::State && self.family(m.actor) != self.family(dominant));
        (!others).then_some(dominant)
    }

    pub(super) fn focus(&self, counts: &BTreeMap<usize, usize>) -> Focus {
        let lx = self.lexicon;
        let best = |pred: &dyn Fn(&ActorEntry) -> bool| {
            counts
                .iter()
                .filter(|(&a, _)| lx.actors.get(a).is_some_and(pred))
                .max_by_key(|(&a, &n)| (n, std::cmp::Reverse(a)))
                .map(|(&a, _)| a)
        };
        let state = best(&|a| a.kind == ActorKind::State);
        let most = state.and_then(|s| counts.get(&s)).copied().unwrap_or(0);
        let armed = |often: &dyn Fn(usize) -> bool| {
            best(&|a: &ActorEntry| {
                a.kind == ActorKind::State
                    && lx
                        .actor_index(&a.id)
                        .is_some_and(|i| lx.military_of(i).is_some() && counts.get(&i).is_some_and(|&n| often(n)))
            })
            .and_then(|s| lx.military_of(s))
        };
        let named_military = best(&|a| a.kind == ActorKind::Military);
        // "The army": else the forces with a name of their own of a state named at least half as often
        // as the state named most (not those of a state named once in a statement of Chad's on "the
        // Defence and Security Forces").
        let military = named_military.or_else(|| armed(&|n| 2 * n >= most));
        // "The junta", a military that rules: that of a state that has one, however often named.
        let junta = named_military.or_else(|| armed(&|_| true));
        // The pair in focus: the two most-mentioned families of states, militaries and international
        // bodies ("trade relations between the two sides" of a story on the EC and Japan).
        let mut fam: BTreeMap<usize, usize> = BTreeMap::new();
        for (&a, &n) in counts {
            if matches!(self.kind(a), ActorKind::State | ActorKind::Military | ActorKind::Igo) {
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
        let coalition = best(&|a| !a.member_relations.is_empty());
        let bloc = best(&|a| a.bloc);
        let company = best(&|a| a.kind == ActorKind::Company);
        let mut counted: Vec<(usize, usize)> = counts.iter().map(|(&a, &n)| (a, n)).collect();
        counted.sort_by_key(|&(a, n)| (std::cmp::Reverse(n), a));
        Focus {
            military,
            junta,
            rebels,
            coalition,
            bloc,
            company,
            counted,
            state,
            pair,
            states,
            group: Vec::new(),
            group_listed: false,
            last_named: Vec::new(),
            sides: None,
            topic: None,
            lone_state: None,
            home: None,
        }
    }

    /// The length of the space and company designator ("Corp.", "AG") that
    /// `rest` opens with, or 0.
    fn designator_after(&self, rest: &str) -> usize {
        let Some(after) = rest.strip_prefix(' ') else { return 0 };
        let word = after.split_whitespace().next().unwrap_or("");
        let bare = word.trim_end_matches([',', ';', ':', ')']);
        [bare, bare.trim_end_matches('.')]
            .into_iter()
            .find(|w| !w.is_empty() && self.company_designators.contains(*w))
            .map_or(0, |w| 1 + w.len())
    }

    /// Whether `rest` opens with a company's name: capitalised words ending in a designator
    /// ("Siemens AG", "Telefon AB LM Ericsson") or followed by a ticker ("Italtel <ITAL.MI>").
    fn names_company(&self, rest: &str) -> bool {
        let rest = rest.trim_start();
        if rest.starts_with('<') {
            return true;
        }
        for (i, w) in rest.split_whitespace().take(5).enumerate() {
            let bare = w.trim_end_matches([',', ';', ':', ')']);
            if i > 0 && (self.company_designators.contains(bare) || bare.starts_with('<')) {
                return true;
            }
            if !bare.starts_with(char::is_uppercase) || bare != w {
                return false;
            }
        }
        false
    }

    /// Whether the text from `end` to the `next` mention is a group's title
    /// (`group_titles`: "group", "militant group") and that mention is an
    /// armed group, or a company's title (`company_titles`) before a company.
    fn titles_armed_group(&self, text: &str, end: usize, next: Option<&RawMention>) -> bool {
        let Some((start, _, Ok(f))) = next else { return false };
        // ("the Yemeni group the Houthis": the name may keep its article.)
        let gap = text[end..*start].to_lowercase();
        let mut words: Vec<&str> = gap.split_whitespace().map(|w| w.trim_end_matches(',')).collect();
        if words.last() == Some(&"the") {
            words.pop();
        }
        let title = words.join(" ");
        match self.lexicon.actors[self.lexicon.forms[*f].actor].kind {
            ActorKind::ArmedGroup => self.group_titles.contains(&title),
            ActorKind::Company => self.company_titles.contains(&title),
            _ => false,
        }
    }

    /// Whether the text from `end` to `start` is blank or a group's title
    /// (`group_titles`: "group", "movement"): the words before `start` title the name there.
    fn names_at(&self, text: &str, end: usize, start: usize) -> bool {
        text.get(end..start)
            .map(str::trim)
            .is_some_and(|gap| gap.is_empty() || self.group_titles.contains(&gap.to_lowercase()))
    }

    /// Whether the demonym at `start..end` stands between "the" and a group's
    /// title (`group_titles`) that no name follows: "the Yemeni group said",
    /// "the Palestinian militant group's leaders".
    fn unnamed_title(&self, text: &str, start: usize, end: usize, titles: &HashSet<String>) -> bool {
        let before = text[..start].trim_end();
        if !before.rsplit(' ').next().is_some_and(|w| w.eq_ignore_ascii_case("the")) {
            return false;
        }
        let words: Vec<&str> = text[end..].split_whitespace().take(4).collect();
        (1..=3.min(words.len())).rev().any(|k| {
            let last = words[k - 1];
            let bare = last.trim_end_matches("'s").trim_end_matches(['\'', '’', ',', '.', ';', ':']);
            let title: Vec<String> =
                words[..k - 1].iter().map(|w| w.to_lowercase()).chain([bare.to_lowercase()]).collect();
            let ended = bare != last || words.get(k).is_none_or(|w| !w.starts_with(char::is_uppercase));
            ended && titles.contains(&title.join(" "))
        })
    }

    /// Whether `before` (lower-cased text before a mention) ends with a verb
    /// of calling on someone ("urged", "called on", "pressed"): the mention is
    /// the call's addressee.
    fn addressed(&self, before: &str) -> bool {
        let before = before.strip_suffix(" on").or_else(|| before.strip_suffix(" upon")).unwrap_or(before);
        let Some(word) = before.rsplit(' ').next().filter(|w| w.chars().all(char::is_alphabetic)) else {
            return false;
        };
        let Ok(analyzer) = self.analyzer() else { return false };
        ["VBD", "VBZ", "VB", "VBG"].iter().any(|tag| self.frames.is_call_verb(&analyzer.lemma_of(word, tag)))
    }

    /// Whether `w` is a determiner of the grammar ("The", "This", "Its").
    pub(super) fn determiner_word(&self, w: &str) -> bool {
        self.determiner.is_match(&format!(" {w} "))
    }

    /// Whether `before` names a place by its own name and a place noun ("the
    /// Karabakh region"): what a later "the region" or "the enclave" (whose
    /// noun is `noun`) refers to, if no state. The place nouns are the last
    /// words of the `place` generics (data/patterns.toml).
    fn named_place_before(&self, before: &str, noun: &str) -> bool {
        let place_noun = |w: &str| {
            self.lexicon.generic.place.iter().any(|p| p.rsplit(' ').next().is_some_and(|l| l.eq_ignore_ascii_case(w)))
        };
        let words: Vec<&str> =
            before.split(|c: char| !c.is_alphanumeric() && c != '-').filter(|w| !w.is_empty()).collect();
        place_noun(noun)
            && words
                .windows(2)
                .any(|w| w[0].starts_with(char::is_uppercase) && !self.determiner_word(w[0]) && place_noun(w[1]))
    }

    /// Whether `rest`, the text right after a state's name, goes on to a
    /// group that does not act for the state (`non_state_groups`), through
    /// at most two hyphenated or capitalised modifiers: "Armenian
    /// separatists", "'s Russian-backed rebels". Not when the name is fused
    /// before a hyphen ("Russian-backed").
    fn describes_group(&self, rest: &str) -> bool {
        if rest.starts_with('-') {
            return false;
        }
        for (i, w) in rest.split_whitespace().take(3).enumerate() {
            let bare = w.trim_end_matches([',', ';', ':', ')', '.']);
            if self.non_state_groups.contains(&bare.to_lowercase()) {
                return true;
            }
            // Only a fused or a capitalised modifier: "Iran armed Houthi rebels" has a verb.
            let modifier = bare.contains('-') || bare.starts_with(char::is_uppercase);
            if i == 2 || bare != w || !modifier {
                return false;
            }
        }
        false
    }

    /// The state named right before the person at `raw[i]` with an office
    /// title between ("Colombian Defence Minister Pedro Sanchez", "Chile's
    /// Foreign Minister X"), when it is another state than the one the
    /// lexicon has them act for (`acting`): a namesake.
    fn title_state(&self, text: &str, i: usize, raw: &[RawMention], acting: usize) -> Option<usize> {
        let lx = self.lexicon;
        let (_, pe, Ok(f)) = raw.get(i.checked_sub(1)?)? else { return None };
        let state = lx.forms[*f].actor;
        if lx.actors[state].kind != ActorKind::State
            || self.kind(acting) != ActorKind::State
            || self.family(state) == self.family(acting)
        {
            return None;
        }
        let gap = text.get(*pe..raw[i].0)?;
        let gap = gap.strip_prefix("'s").or_else(|| gap.strip_prefix("’s")).unwrap_or(gap).trim();
        lx.generic.office_titles.iter().any(|t| t.eq_ignore_ascii_case(gap)).then_some(state)
    }

    /// Whether `title` ("Defence Minister") names an office that the person
    /// `actor` never held by the lexicon's roles, which name some office, in
    /// a document (`doc_text`) that never names the person's state: another
    /// person of the same name. (A holder of two offices the lexicon lists
    /// one of is named with their state around.) Spellings are compared
    /// loosely ("Minister of Defense" is "Defence Minister"; "President" is
    /// held by an "Acting President").
    fn namesake(&self, actor: usize, title: &str, doc_text: &str) -> bool {
        fn norm(t: &str) -> String {
            let t = t.trim().to_lowercase().replace("defense", "defence").replace("foreign affairs", "foreign");
            let t = t.replace("premier", "prime minister");
            for office in ["minister", "secretary"] {
                for of in [" of ", " for "] {
                    if let Some(rest) = t.strip_prefix(&format!("{office}{of}")) {
                        let rest = rest.trim_start_matches("the ").trim_start_matches("national ");
                        return format!("{rest} {office}");
                    }
                }
            }
            t
        }
        let a = &self.lexicon.actors[actor];
        let wanted = norm(title);
        a.kind == ActorKind::Person
            && a.roles.iter().any(|r| !r.title.is_empty())
            && !a.roles.iter().flat_map(|r| r.title.split(';')).any(|held| {
                let held = norm(held);
                held == wanted || format!(" {held} ").contains(&format!(" {wanted} "))
            })
            && !a.country.as_deref().and_then(|c| self.lexicon.actor_index(c)).is_some_and(|state| {
                self.lexicon.forms.iter().any(|f| f.actor == state && doc_text.contains(f.text.as_str()))
            })
    }

    /// Resolves raw mentions into organisation mentions.
    pub(super) fn resolve(
        &self,
        text: &str,
        raw: &[RawMention],
        focus: Option<&Focus>,
        date: Option<&str>,
        doc: &mut DocActors,
    ) -> Vec<Mention> {
        let lx = self.lexicon;
        let mut out: Vec<Mention> = Vec::new();
        // "he hosted Pezeshkian in September 2024" in a story written after the host left office: a
        // person with no office on the story's date acts for the one held at the past date the
        // sentence gives.
        // (Looked for only when such a person is named.)
        let told = std::cell::OnceCell::new();
        let told =
            || told.get_or_init(|| date.and_then(|d| past_date_in(text, d, |w| self.frames.month(w)))).as_deref();
        for (i, (s, e, r)) in raw.iter().enumerate() {
            let (s, e) = (*s, *e);
            let possessive = is_possessive(&text[e..]);
            let push = |actor: usize, pair: bool, out: &mut Vec<Mention>| {
                out.push(Mention {
                    start: s,
                    end: e + if possessive { possessive_len(&text[e..]) } else { 0 },
                    actor,
                    possessive,
                    pair,
                })
            };
            match r {
                Ok(form) => {
                    let form = &lx.forms[*form];
                    let Some(mut actor) =
                        self.acting(form.actor, date).or_else(|| told().and_then(|t| self.acting(form.actor, Some(t))))
                    else {
                        continue;
                    };
                    if lx.actors[form.actor].kind == ActorKind::Person {
                        if let Some(state) = self.title_state(text, i, raw, actor) {
                            doc.titled.insert(form.actor, state);
                        }
                        if let Some(&state) = doc.titled.get(&form.actor) {
                            actor = state;
                        }
                    }
                    // "the Palestinian group Hamas", "the Lebanese militant group Hezbollah": a
                    // demonym on an armed group's title describes the group; the state is no party.
                    if form.kind == FormKind::Demonym && self.titles_armed_group(text, e, raw.get(i + 1)) {
                        continue;
                    }
                    // "The Yemeni group has attacked ...", "the Norwegian group is shipping ...": a
                    // demonym on a group's or a company's title with no name after it is the armed
                    // group or company of that state the document names most, not the state; else a
                    // group's title is the armed group the document is about, and a company's the
                    // state (its firms' dealings are its own).
                    if form.kind == FormKind::Demonym {
                        let group = self.unnamed_title(text, s, e, &self.group_titles);
                        let firm = self.unnamed_title(text, s, e, &self.company_titles);
                        let titled = |a: &usize| match lx.actors[*a].kind {
                            ActorKind::Company => firm,
                            ActorKind::ArmedGroup | ActorKind::Political => group,
                            _ => false,
                        };
                        let state = &lx.actors[actor].id;
                        let own = focus.and_then(|f| {
                            f.counted
                                .iter()
                                .map(|&(a, _)| a)
                                .filter(|&a| lx.actors.get(a).is_some_and(|x| x.country.as_ref() == Some(state)))
                                .find(titled)
                        });
                        if let Some(a) = own {
                            push(a, false, &mut out);
                            continue;
                        }
                        if group {
                            // ("the Houthi militia's attacks": the name of a group used as its
                            // demonym is that group.)
                            let itself = matches!(lx.actors[actor].kind, ActorKind::ArmedGroup | ActorKind::Political)
                                .then_some(actor);
                            if let Some(r) = itself.or_else(|| focus.and_then(|f| f.rebels)) {
                                push(r, false, &mut out);
                            }
                            continue;
                        }
                    }
                    // "Islamic State-linked insurgents" in a story of Mozambique: the group's branch in a
                    // state the document names (its label opens with the group's), spanning the
                    // participle; with no such branch, no one (see `actors_at`).
                    if lx.actors[actor].kind == ActorKind::ArmedGroup {
                        let rest = &text[e..];
                        let participle = self
                            .affiliation_participles
                            .iter()
                            .find(|p| fused_participle(std::slice::from_ref(p), rest));
                        // (Not before a name: "the al Qaeda-linked JNIM" is JNIM.)
                        let named_after = |p: &String| rest[p.len()..].trim_start().starts_with(char::is_uppercase);
                        let branch =
                            participle.filter(|p| !named_after(p)).and_then(|_| self.branch_named(actor, focus));
                        if let (Some(p), Some(b)) = (participle, branch) {
                            out.push(Mention { start: s, end: e + p.len(), actor: b, possessive: false, pair: false });
                            continue;
                        }
                    }
                    // "Myanmar's military junta", "the Sudanese army": a state followed by a generic military word.
                    if let Some((ns, _, Err((GenericKind::Military | GenericKind::Suffix, _)))) = raw.get(i + 1) {
                        let gap = &text[e..*ns];
                        if lx.actors[actor].kind == ActorKind::State
                            && gap.len() <= 6
                            && (gap.trim().is_empty() || is_possessive(gap))
                        {
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
                            if lx.actors[lx.forms[*f].actor].kind == ActorKind::State
                                && gap.len() <= 6
                                && (gap.trim().is_empty() || is_possessive(gap))
                            {
                                if let Some(last) = out.last_mut() {
                                    last.end = e;
                                    last.possessive = possessive;
                                }
                                continue;
                            }
                        }
                    }
                    if *kind == GenericKind::Discovered {
                        // ("the Consultative Group meeting", "the Paris Club talks": an unlisted name
                        // before a gathering noun names the gathering, no party to it.)
                        let gathering = next_word(&text[e..]).is_some_and(|w| {
                            self.venue_nouns.contains(&w.to_lowercase())
                                && w.chars().next().is_some_and(char::is_lowercase)
                        });
                        if !gathering {
                            push(doc.intern(surface), false, &mut out);
                        }
                        continue;
                    }
                    if *kind == GenericKind::Own {
                        // The first person named before it in the sentence (usually the subject).
                        let person = raw[..i].iter().find_map(|(_, _, r)| {
                            r.as_ref()
                                .ok()
                                .map(|f| lx.forms[*f].actor)
                                .filter(|&a| lx.actors[a].kind == ActorKind::Person)
                        });
                        if let Some(state) = person
                            .and_then(|p| self.acting(p, date))
                            .map(|org| self.family(org))
                            .filter(|&a| self.kind(a) == ActorKind::State)
                        {
                            push(state, false, &mut out);
                        }
                        continue;
                    }
                    let Some(f) = focus else { continue };
                    match kind {
                        GenericKind::Suffix | GenericKind::Discovered | GenericKind::Own => {}
                        GenericKind::Surname => {
                            if let Some(&d) = doc.officeholders.get(surface.as_str()) {
                                push(d, false, &mut out)
                            }
                        }
                        GenericKind::Office => {
                            // (Else the state of the dateline's capital, unless the sentence named
                            // another state before: "BELGRADE - Defence Minister X received ...";
                            // not inside a quotation the officeholder speaks: "\"We condemn China,\"
                            // Foreign Secretary X said".)
                            let quoted = |m: &Mention| text[m.end.min(s)..s].contains(['"', '”']);
                            let other = |h: usize| {
                                out.iter().any(|m| {
                                    m.end > m.start
                                        && self.kind(m.actor) == ActorKind::State
                                        && self.family(m.actor) != h
                                        && !quoted(m)
                                })
                            };
                            let home = f.home.filter(|&h| !other(h));
                            // ("Defence Minister N met his Venezuelan counterpart": of a story's states,
                            // the most named one other than the counterpart's.)
                            let theirs = text[e..].find(" counterpart").and_then(|at| {
                                raw[i + 1..].iter().find_map(|(ns, ne, nr)| {
                                    let form = nr.as_ref().ok().filter(|_| *ns >= e && *ne == at + e)?;
                                    Some(self.family(lx.forms[*form].actor))
                                })
                            });
                            let counterpart = || {
                                let theirs = theirs?;
                                let mut rest = f.states.iter().filter(|(a, _)| self.family(*a) != theirs);
                                match (rest.next(), rest.next()) {
                                    (Some(&(a, n)), Some(&(_, m))) if n > m => Some(a),
                                    (Some(&(a, _)), None) => Some(a),
                                    _ => None,
                                }
                            };
                            // (The dateline's state first: a story filed from a capital quotes its
                            // officials without naming their state, whatever state it is about.)
                            let dominant = self.dominant_state(f, &out).filter(|&d| Some(self.family(d)) != theirs);
                            if let Some(d) = home.or(dominant).or_else(counterpart) {
                                if let Some(surname) = surface.rsplit(' ').next() {
                                    doc.officeholders.entry(surname.to_string()).or_insert(d);
                                }
                                push(d, false, &mut out)
                            }
                        }
                        GenericKind::Military => {
                            // "the army": the document's military, else the forces of the state it
                            // is about ("soldiers exchanged fire with ..." in a story on one state).
                            let junta = surface.to_lowercase().contains("junta");
                            let forces = if junta { f.junta } else { f.military };
                            if let Some(m) = forces.or_else(|| self.dominant_state(f, &out)) {
                                push(m, false, &mut out)
                            }
                        }
                        GenericKind::Rebels => {
                            // (Not set against the group by name: "between the Iran-backed militia and
                            // the Kurdish-led SDF" are two sides.)
                            let beside = |j: usize| {
                                raw.get(j).is_some_and(|(ns, ne, nr)| {
                                    let gap = if *ns >= e { &text[e..*ns] } else { &text[(*ne).min(s)..s] };
                                    gap.len() <= 40
                                        && [" and ", " or ", " against ", " versus "].iter().any(|w| gap.contains(w))
                                        && nr.as_ref().is_ok_and(|nf| Some(lx.forms[*nf].actor) == f.rebels)
                                })
                            };
                            // ("the Iran-aligned militia group Kata'ib Hezbollah": the rebels' word titles
                            // the name after it, with or without a group's title between.)
                            let titled = raw.get(i + 1).and_then(|(ns, _, nr)| {
                                let named = nr.as_ref().ok().filter(|_| self.names_at(text, e, *ns))?;
                                Some(lx.forms[*named].actor)
                            });
                            // ("Rheinmetall ... ordered air-defence systems from the group": in a
                            // document of no armed group, a word that titles companies too is the
                            // company it names most, unless the sentence names one itself.)
                            // (Not a name's first word: "the Group of Experts on X".)
                            let word = surface.rsplit(' ').next().unwrap_or_default();
                            let common = !word.starts_with(char::is_uppercase);
                            let firm = f
                                .company
                                .filter(|_| {
                                    f.rebels.is_none() && common && self.company_titles.iter().any(|w| w == word)
                                })
                                .filter(|_| !out.iter().any(|m| self.kind(m.actor) == ActorKind::Company));
                            if let Some(r) = titled {
                                push(r, false, &mut out)
                            } else if let Some(r) = f.rebels.filter(|_| !(beside(i + 1) || i > 0 && beside(i - 1))) {
                                push(r, false, &mut out)
                            } else if let Some(c) = firm {
                                push(c, false, &mut out)
                            }
                        }
                        GenericKind::Coalition => {
                            if let Some(c) = f.coalition {
                                push(c, false, &mut out)
                            }
                        }
                        GenericKind::Bloc => {
                            if let Some(b) = f.bloc {
                                push(b, false, &mut out)
                            }
                        }
                        GenericKind::Regional => {
                            // "Southeast Asian leaders" at a summit of the Association of Southeast Asian
                            // Nations: the bloc whose label has the adjective (the longest one named).
                            let adjective = longest_region_adjective(lx, surface).map(|(adj, _)| adj.to_lowercase());
                            let named = |b: usize| {
                                adjective
                                    .as_ref()
                                    .is_some_and(|adj| lx.actors[b].label.to_lowercase().contains(adj.as_str()))
                            };
                            // (Else, for the bloc's people, the one bloc of the lexicon with that
                            // adjective: "Southeast Asian leaders" are ASEAN's; "African leaders"
                            // name no one bloc, and "Arab states" may be any of them.)
                            let people = ["leaders", "heads of", "ministers"];
                            let only = || {
                                let lower = surface.to_lowercase();
                                if !people.iter().any(|w| lower.contains(w)) {
                                    return None;
                                }
                                let mut blocs = (0..lx.actors.len()).filter(|&b| lx.actors[b].bloc && named(b));
                                blocs.next().filter(|_| blocs.next().is_none())
                            };
                            if let Some(b) = f.bloc.filter(|&b| named(b)).or_else(only) {
                                push(b, false, &mut out)
                            }
                        }
                        GenericKind::Place => {
                            // Not a state the sentence names itself ("Russia moved troops into the
                            // region" is not Russia).
                            let here: Vec<usize> = out.iter().map(|m| self.family(m.actor)).collect();
                            let whose = next_word(&text[e..]).is_some_and(|w| w.eq_ignore_ascii_case("of"));
                            // Nor a place the sentence named before it by its own name ("fought over
                            // the Karabakh region before ... retook the enclave").
                            let noun = surface.rsplit(' ').next().unwrap_or_default().to_lowercase();
                            let named_here = self.named_place_before(&text[..s], &noun);
                            if let Some(st) =
                                f.topic.filter(|&st| !whose && !named_here && !here.contains(&self.family(st)))
                            {
                                push(st, false, &mut out)
                            }
                        }
                        GenericKind::Styled => {
                            // "the kingdom": the state so styled that the sentence named before it
                            // ("Taiwan cut tariffs to reduce its surplus with the United States, the
                            // island's largest partner"), else the most mentioned state whose official
                            // name is "Kingdom of ..." (or that lists the style) and that the sentence
                            // does not name itself.
                            let here: Vec<usize> = out.iter().map(|m| self.family(m.actor)).collect();
                            let style = surface.split_whitespace().skip(1).collect::<Vec<_>>().join(" ").to_lowercase();
                            let styled =
                                |a: usize| self.lexicon.actors.get(a).is_some_and(|e| e.styles.contains(&style));
                            let named = out.iter().rev().map(|m| m.actor).find(|&a| styled(a));
                            let most = || {
                                f.states
                                    .iter()
                                    .find(|(a, _)| !here.contains(&self.family(*a)) && styled(*a))
                                    .map(|s| s.0)
                            };
                            if let Some(st) = named.or_else(most) {
                                push(st, false, &mut out)
                            }
                        }
                        GenericKind::Company => {
                            // "the company": the company the document names most, unless the sentence
                            // names a company itself before it.
                            let named = out.iter().any(|m| self.kind(m.actor) == ActorKind::Company);
                            // ("the Gaza-based group" in a story of an armed group is that group: a
                            // word that titles armed groups too.)
                            let head = surface.rsplit(' ').next().unwrap_or_default().to_lowercase();
                            let rebels = f.rebels.filter(|_| self.group_titles.contains(&head));
                            if let Some(r) = rebels {
                                push(r, false, &mut out)
                            } else if let Some(c) = f.company.filter(|_| !named) {
                                push(c, false, &mut out)
                            }
                        }
                        GenericKind::Country => {
                            // "the country": the state the document names at least twice as often
                            // as any other, unless the sentence named another state before it (the
                            // nearer antecedent) or says whose country it is ("the country of origin").
                            let whose = next_word(&text[e..]).is_some_and(|w| w.eq_ignore_ascii_case("of"));
                            // (With no state dominating, the one state the sentence before named,
                            // when "the country" opens this one: "Serbia's arsenal reflects it. The
                            // country took delivery of ...".)
                            let opening = s == text.len() - text.trim_start().len();
                            // (Only a word for a land, not "the government in Port Sudan".)
                            let land = ["country", "nation"].iter().any(|w| surface.to_lowercase().ends_with(w));
                            let lone =
                                || f.lone_state.filter(|_| opening && land && out.is_empty() && f.states.len() >= 2);
                            // ("China is also the country's largest trading partner": a copula's
                            // subject is not the possessor of what it is said to be, so the country
                            // is the document's state other than it.)
                            let said_of = text[e..]
                                .starts_with(['\'', '’'])
                                .then(|| out.last().filter(|m| copula_between(&text[m.end..s])))
                                .flatten()
                                .filter(|m| self.kind(m.actor) == ActorKind::State)
                                .map(|m| self.family(m.actor));
                            let other_than = |subject: usize| {
                                standing_out(f.states.iter().filter(|(a, _)| self.family(*a) != subject))
                            };
                            let dominant = match said_of {
                                Some(subject) => other_than(subject),
                                None => self.dominant_state(f, &out),
                            };
                            if let Some(d) = dominant.or_else(lone).filter(|_| !whose) {
                                push(d, false, &mut out)
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
                            // (Not a backer or broker fused to a noun: "a China-brokered ceasefire ... between
                            // the two sides".)
                            let sides: Vec<Mention> = out
                                .iter()
                                .filter(|m| {
                                    let rest = &text[m.end..];
                                    !fused_participle(&self.backer_participles, rest)
                                        && !fused_participle(&self.broker_participles, rest)
                                })
                                .cloned()
                                .collect();
                            let named = self.one_per_family(
                                &sides,
                                &[ActorKind::State, ActorKind::Military, ActorKind::ArmedGroup],
                            );
                            // A sentence that set its own pair before ("talks between the Philippine
                            // government and its bank committee ... between the two sides") means it.
                            let before = text[..s].trim_end().to_lowercase();
                            let own_pair = before
                                .strip_suffix("between")
                                .unwrap_or(&before)
                                .rsplit_once(" between ")
                                .is_some_and(|(_, pair)| pair.contains(" and "));
                            // "Washington, Israel's closest ally, urged both sides to ...": the sides
                            // a call is addressed to are others than its speaker (the first the
                            // sentence named).
                            if self.addressed(&before) {
                                let speaker = out.first().map(|m| self.family(m.actor));
                                let others = f.sides.or(f.pair).filter(|(a, b)| {
                                    speaker != Some(self.family(*a)) && speaker != Some(self.family(*b))
                                });
                                if let Some((a, b)) = others.filter(|_| !own_pair) {
                                    push(a, true, &mut out);
                                    push(b, true, &mut out);
                                }
                            } else if let [a, b] = named[..] {
                                push(a, true, &mut out);
                                push(b, true, &mut out);
                            } else if let Some((a, b)) = f.sides.or(f.pair).filter(|_| !own_pair) {
                                push(a, true, &mut out);
                                push(b, true, &mut out);
                            }
                        }
                        GenericKind::PairPeople => {
                            // Two people stand for two states the sentence names, else the pair the
                            // document is about (not the last two sides a sentence set apart: "a
                            // border zone between the two nations" may be others than the ministers'),
                            // or the two states the last sentence that named several named ("X received
                            // Y's minister. The two ministers ...").
                            let named = self.one_per_family(&out, &[ActorKind::State, ActorKind::Military]);
                            if let [a, b] = named[..] {
                                push(a, true, &mut out);
                                push(b, true, &mut out);
                            } else if let [a, b] = f.last_named[..] {
                                push(a, true, &mut out);
                                push(b, true, &mut out);
                            } else if let Some((a, b)) = f.pair {
                                push(a, true, &mut out);
                                push(b, true, &mut out);
                            }
                        }
                        GenericKind::Group => {
                            // "the three nations" names as many as the group has; "the allies" any number.
                            let wanted = ["two", "three", "four", "five", "six"]
                                .iter()
                                .position(|n| surface.to_lowercase().split_whitespace().any(|w| w == *n))
                                .map(|n| n + 2);
                            // "Like Mali and Burkina Faso, Niger ... France, which had troops in all
                            // three countries": the first states the sentence named, when it names enough.
                            let named = self.one_per_family(&out, &[ActorKind::State]);
                            // "the allies" at a summit of the alliance the document is about: the alliance,
                            // when the states the document lists together are some of its members (all of
                            // them, as the three of AUKUS, are named for themselves).
                            let alliance = f.coalition.filter(|&c| {
                                let members = &lx.actors[c].members;
                                wanted.is_none()
                                    && f.group.len() < members.len()
                                    && f.group.iter().all(|&a| members.contains(&lx.actors[a].id))
                            });
                            // ("the three Sahel states": those of that region.)
                            let region = longest_region_adjective(lx, surface).map(|(_, r)| r);
                            let in_region = |id: &str| {
                                region.is_none_or(|r| {
                                    lx.actor_index(id).is_some_and(|a| lx.actors[a].regions.contains(r))
                                })
                            };
                            // ("X hosted her Y and Z counterparts. The three ministers ...": the states
                            // the sentence before named, when they are as many and the document lists
                            // no such group.)
                            let before = wanted.filter(|&n| {
                                f.last_named.len() == n
                                    && f.group.len() != n
                                    && f.last_named.iter().all(|&a| in_region(&lx.actors[a].id))
                            });
                            // ("the three Sahel states" in a story on the Alliance of Sahel States: a bloc
                            // the document named with as many members, of that region.)
                            let bloc = wanted.and_then(|n| {
                                f.counted.iter().map(|&(a, _)| a).find(|&a| {
                                    lx.actors.get(a).is_some_and(|b| {
                                        b.kind == ActorKind::Igo
                                            && b.members.len() == n
                                            && b.members.iter().all(|m| in_region(m))
                                    })
                                })
                            });
                            // ("the foreign ministers of Japan and South Korea": the "of" names them; not
                            // "accused the allies of setting back ...".)
                            let rest = text[e..].trim_start();
                            let whose = rest.get(..3).is_some_and(|w| w.eq_ignore_ascii_case("of "))
                                && !next_word(&rest[2..]).is_some_and(|w| w.ends_with("ing"));
                            if whose {
                                // (The "of" phrase's own mentions stand for them.)
                            } else if let Some(n) = wanted.filter(|&n| named.len() >= n) {
                                for &a in &named[..n] {
                                    push(a, true, &mut out);
                                }
                            } else if let Some(b) = bloc.filter(|_| region.is_some() || Some(f.group.len()) != wanted) {
                                // (Not where the document lists as many states together: "the three
                                // ministers" are theirs.)
                                push(b, false, &mut out);
                            } else if let Some(n) = before {
                                for &a in &f.last_named[..n] {
                                    push(a, true, &mut out);
                                }
                            } else if let Some(c) = alliance {
                                push(c, false, &mut out);
                            } else if f.group.len() >= 2
                                && (wanted == Some(f.group.len()) || wanted.is_none() && f.group_listed)
                            {
                                for &a in &f.group {
                                    push(a, true, &mut out);
                                }
                            } else if let Some(b) = f.bloc.filter(|_| wanted.is_none() && f.group.len() < 2) {
                                // ("the leaders" in a story on a bloc that lists no states together:
                                // the bloc, as "the allies" are the alliance.)
                                push(b, false, &mut out);
                            }
                        }
                        GenericKind::North | GenericKind::South => {
                            let prefix = if *kind == GenericKind::North { "North " } else { "South " };
                            if let Some(&(st, _)) =
                                f.states.iter().find(|(a, _)| lx.actors[*a].label.starts_with(prefix))
                            {
                                push(st, false, &mut out)
                            }
                        }
                        GenericKind::Region => {
                            let region = longest_region_adjective(lx, surface).map(|(_, r)| r);
                            if let Some(region) = region {
                                // Prefer states whose first region is this one, then the most mentioned.
                                let pick =
                                    f.states.iter().filter(|(a, _)| lx.actors[*a].regions.contains(region)).min_by_key(
                                        |(a, n)| {
                                            (lx.actors[*a].regions.first() != Some(region), std::cmp::Reverse(*n), *a)
                                        },
                                    );
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
        // "U.S. dlrs", "Swiss francs": a state before a currency names money.
        out.retain(|m| {
            m.possessive
                || self.kind(m.actor) != ActorKind::State
                || !next_word(&text[m.end..]).is_some_and(|w| self.currency_words.contains(&w.to_lowercase()))
        });
        // "discussions between G-7 participants", "NATO members Poland and Romania": a body's name before a
        // word for its members names the members, not the body.
        out.retain(|m| {
            m.possessive
                || self.kind(m.actor) != ActorKind::Igo
                || !next_word(&text[m.end..]).is_some_and(|w| self.member_nouns.contains(&w.to_lowercase()))
        });
        // "the Sea of Japan", "the Gulf of Oman", "the Taiwan Strait": a state in a place's name is
        // no party.
        let feature = |w: &str| self.place_features.iter().any(|f| f == w);
        out.retain(|m| {
            let before_of = text[..m.start].strip_suffix(" of ").and_then(|b| b.rsplit(' ').next());
            self.kind(m.actor) != ActorKind::State
                || !(before_of.is_some_and(feature) || !m.possessive && next_word(&text[m.end..]).is_some_and(feature))
        });
        // "a Liberian-flagged tanker", "a Greek-owned ship": a flag or an owner's home is no party
        // (nor with the noun: "U.S. flag vessels", "U.S. and non-U.S. flag vessels").
        let flag_noun = |rest: &str| {
            let rest = [" and non-", " or non-"]
                .iter()
                .find_map(|w| rest.strip_prefix(w))
                .and_then(|r| r.find(' ').map(|at| &r[at..]))
                .unwrap_or(rest);
            rest.starts_with(" flag ")
        };
        out.retain(|m| {
            let rest = &text[m.end..];
            self.kind(m.actor) != ActorKind::State
                || !fused_participle(&self.flag_participles, rest) && !flag_noun(rest)
        });
        // "Cargill (U.K.) Ltd": a state in brackets inside a company's name is where the branch is.
        out.retain(|m| {
            !(self.kind(m.actor) == ActorKind::State
                && text[..m.start].ends_with('(')
                && text[m.end..].strip_prefix(')').is_some_and(|rest| {
                    rest.split_whitespace().next().is_some_and(|w| {
                        self.company_designators.contains(w.trim_end_matches([',', ';', ':', '.']))
                            || self.company_designators.contains(w)
                    })
                }))
        });
        // "Armenian separatists", "Syria's rebels": a group a state describes does not act for it.
        out.retain(|m| self.kind(m.actor) != ActorKind::State || !self.describes_group(&text[m.end..]));
        // "West Germany's Siemens AG": a state owning a company's name is where the company is from.
        out.retain(|m| !(m.possessive && self.kind(m.actor) == ActorKind::State && self.names_company(&text[m.end..])));
        // "China's UN mission", "Russia's UN envoy": the organisation is the venue, the state acts.
        let mut i = 1;
        while i < out.len() {
            let (a, b) = (&out[i - 1], &out[i]);
            if a.possessive
                && a.end <= b.start
                && text[a.end..b.start].trim().is_empty()
                && self.kind(a.actor) == ActorKind::State
                && self.kind(b.actor) == ActorKind::Igo
            {
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
                // Only across a title: capitalised words, or any words before a person's name
                // ("Russian defence minister Shoigu"); "France held talks in Paris" stays two.
                let title = gap.split_whitespace().all(|w| w.starts_with(char::is_uppercase))
                    || self.kind(m.actor) == ActorKind::Person && self.kind(last.actor) != ActorKind::Person;
                if last.actor == m.actor
                    && !last.pair
                    && !m.pair
                    && (bracketed
                        || title && gap.split_whitespace().count() <= 3 && !gap.contains([',', ';', '(', '.']))
                {
                    last.end = m.end + if bracketed { 1 } else { 0 };
                    last.possessive = m.possessive;
                    continue;
                }
            }
            merged.push(m);
        }
        merged
    }

    /// Whether the document spells out `acronym` in brackets after another name than `actor`'s:
    /// "the Caspian Pipeline Consortium (CPC)" makes every "CPC" of the document the consortium,
    /// not the Communist Party of China.
    fn acronym_redefined(&self, acronym: &str, actor: usize, doc_text: &str) -> bool {
        let lx = self.lexicon;
        let letters: String = acronym.chars().filter(char::is_ascii_alphabetic).collect();
        // ("Chinese Petroleum Corp <CPC>": a wire's angle brackets too.)
        let needles = [format!("({acronym})"), format!("<{acronym}>")];
        let defined = needles.iter().flat_map(|n| doc_text.match_indices(n.as_str()));
        defined.into_iter().any(|(i, _)| {
            // ("The European Community's (EC) program": the possessive ending is no part of the name.)
            let before = doc_text[..i].trim_end();
            let before = before.strip_suffix("'s").or_else(|| before.strip_suffix("’s")).unwrap_or(before);
            // The capitalised words right before the bracket (with the small words inside a name).
            let mut start = before.len();
            let mut initials = String::new();
            for w in before.rsplit(char::is_whitespace) {
                if w.starts_with(|c: char| c.is_uppercase()) {
                    initials.insert(0, w.chars().next().unwrap_or(' '));
                } else if !matches!(w, "of" | "and" | "for" | "the" | "de" | "du" | "des") {
                    break;
                }
                start -= w.len();
                start = before[..start].trim_end().len();
                if initials.len() >= letters.len() {
                    break;
                }
            }
            // (One space between words, as the lexicon spells names: the text may break lines.)
            let phrase = before[start..].split_whitespace().collect::<Vec<_>>().join(" ");
            let phrase = phrase.as_str();
            // (A name of the actor's own ends there: "the European Community (EC)".)
            let mut starts = std::iter::once(0).chain(phrase.match_indices(' ').map(|(k, _)| k + 1));
            let its_own = starts.any(|k| {
                let input = Input::new(phrase).range(k..).anchored(Anchored::Yes);
                lx.automaton.try_find(input).ok().flatten().is_some_and(|m| {
                    m.end() == phrase.len()
                        && lx.spellings[m.pattern().as_usize()].iter().any(|&f| lx.forms[f].actor == actor)
                })
            });
            // (Or a variant of one, ending in the same word: "the Popular Defense Force (PDF)" for the
            // People's Defence Force.)
            let head = |t: &str| t.rsplit(' ').next().unwrap_or("").trim_end_matches('s').to_lowercase();
            let variant = || {
                lx.forms.iter().any(|f| f.actor == actor && f.kind == FormKind::Name && head(&f.text) == head(phrase))
            };
            initials.eq_ignore_ascii_case(&letters) && !its_own && !variant()
        })
    }

    /// The armed group whose label opens with `group`'s and whose state the
    /// document names ("Islamic State Mozambique Province" for "Islamic
    /// State" in a story that names Mozambique); the most named state first.
    fn branch_named(&self, group: usize, focus: Option<&Focus>) -> Option<usize> {
        let lx = self.lexicon;
        let prefix = format!("{} ", lx.actors[group].label);
        let branches: Vec<usize> = (0..lx.actors.len())
            .filter(|&b| lx.actors[b].kind == ActorKind::ArmedGroup && lx.actors[b].label.starts_with(&prefix))
            .collect();
        focus?.counted.iter().find_map(|&(a, _)| {
            let state = &lx.actors.get(a)?.id;
            branches.iter().copied().find(|&b| lx.actors[b].country.as_ref() == Some(state))
        })
    }

    /// The actors of these kinds named so far, the first of each family.
    pub(super) fn one_per_family(&self, mentions: &[Mention], kinds: &[ActorKind]) -> Vec<usize> {
        let mut named: Vec<usize> = Vec::new();
        for m in mentions {
            if kinds.contains(&self.kind(m.actor)) && !named.iter().any(|&n| self.family(n) == self.family(m.actor)) {
                named.push(m.actor);
            }
        }
        named
    }

    /// Two sides a sentence names together: set against each other ("between X and Y"), or two
    /// states joined by "and" alone ("Sweden and Finland joined NATO").
    pub(super) fn sides_named(&self, text: &str, mentions: &[Mention]) -> Option<(usize, usize)> {
        let joined = |i: usize, j: usize| self.coordinated(text, &mentions[i], &mentions[j]);
        (1..mentions.len()).find_map(|i| {
            let (a, b) = (&mentions[i - 1], &mentions[i]);
            // Two states joined by "and" and nobody else ("Sweden and Finland joined NATO") are
            // the two countries the next sentences speak of; not two of a longer list.
            let state = |m: &Mention| self.kind(m.actor) == ActorKind::State && !m.possessive;
            let and = |x: &Mention, y: &Mention| {
                let gap = text[x.end.min(y.start)..y.start].trim();
                gap.eq_ignore_ascii_case("and") || gap.eq_ignore_ascii_case("and the")
            };
            let couple = state(a)
                && state(b)
                && and(a, b)
                && !(i >= 2 && joined(i - 2, i - 1))
                && !(i + 1 < mentions.len() && joined(i, i + 1));
            let sides = !a.pair
                && !b.pair
                && self.family(a.actor) != self.family(b.actor)
                && (self.between_end.is_match(&text[..a.start]) || couple)
                && self.conjoined(text, a, b);
            sides.then_some((a.actor, b.actor))
        })
    }

    /// Coordinated lists of three or more states in a sentence, each sorted.
    pub(super) fn state_lists(&self, text: &str, mentions: &[Mention]) -> Vec<Vec<usize>> {
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
}

/// Adds a mention of `target` at each whole-word `word` in `text` that no
/// mention in `raw` covers and `keep(start, end)` accepts, in text order.
fn add_at_words(
    text: &str,
    raw: &mut Vec<RawMention>,
    word: &str,
    target: &RawTarget,
    keep: impl Fn(usize, usize) -> bool,
) {
    let before = raw.len();
    for (at, _) in text.match_indices(word) {
        let end = at + word.len();
        let free = !raw.iter().any(|(rs, re, _)| *rs < end && at < *re);
        if free && on_word_boundary(text, at, end) && keep(at, end) && raw.len() < MAX_MENTIONS {
            raw.push((at, end, target.clone()));
        }
    }
    if raw.len() != before {
        raw.sort_by_key(|(s, e, _)| (*s, *e));
    }
}

pub(super) fn is_possessive(rest: &str) -> bool {
    possessive_len(rest) > 0
}

/// The marks of a possessive after a name ("Russia's", "Russia’s").
const POSSESSIVE_MARKS: [&str; 2] = ["'s", "\u{2019}s"];

pub(super) fn possessive_len(rest: &str) -> usize {
    for p in POSSESSIVE_MARKS {
        if rest.strip_prefix(p).is_some_and(|after| after.chars().next().is_none_or(|c| !c.is_alphanumeric())) {
            return p.len();
        }
    }
    0
}

/// A mention's span without the possessive mark it was given ("Min Aung Hlaing's").
pub(super) fn without_possessive(span: &str) -> &str {
    POSSESSIVE_MARKS.iter().find_map(|p| span.strip_suffix(p)).unwrap_or(span)
}

/// Of states with their mention counts, most mentioned first, the one named at least twice as
/// often as any other (or the only one).
fn standing_out<'a>(mut states: impl Iterator<Item = &'a (usize, usize)>) -> Option<usize> {
    match (states.next(), states.next()) {
        (Some(&(a, _)), None) => Some(a),
        (Some(&(a, n)), Some(&(_, m))) if n >= 2 * m => Some(a),
        _ => None,
    }
}

/// Whether `gap`, the text between a subject and what follows it, is only a copula with its
/// auxiliaries and adverbs (" is also the ", " has long been the ", " remains the ").
fn copula_between(gap: &str) -> bool {
    let words: Vec<&str> = gap.split_whitespace().collect();
    let copula = |w: &str| matches!(w, "is" | "was" | "remains" | "remained" | "became" | "become" | "been" | "be");
    let filler = |w: &str| {
        matches!(
            w,
            "has" | "have" | "had" | "also" | "now" | "still" | "long" | "already" | "by" | "far" | "the" | "will"
        )
    };
    words.iter().any(|w| copula(w)) && words.iter().all(|w| copula(w) || filler(w))
}

/// (A combining form listed with its hyphen, "Sino-", is one only before a capital: "Sino-Russian".)
fn on_word_boundary(text: &str, s: usize, e: usize) -> bool {
    let before = text[..s].chars().next_back();
    let after = text[e..].chars().next();
    let combining = text[..e].ends_with('-');
    before.is_none_or(|c| !c.is_alphanumeric())
        && if combining { after.is_some_and(char::is_uppercase) } else { after.is_none_or(|c| !c.is_alphanumeric()) }
}

/// The longest region adjective in `surface` and its region: "Southeast Asian" before "Asian".
fn longest_region_adjective<'a>(lx: &'a crate::lexicon::Lexicon, surface: &str) -> Option<(&'a String, &'a String)> {
    let lower = surface.to_lowercase();
    lx.generic
        .region_adjectives
        .iter()
        .filter(|(adj, _)| lower.contains(&adj.to_lowercase()))
        .max_by_key(|(adj, _)| adj.len())
}

/// The word after the whitespace that opens `rest` ("talks" in " talks, ...").
fn next_word(rest: &str) -> Option<&str> {
    // (A wire's line break between the words counts as a space: "G-7\nparticipants".)
    let after = rest.strip_prefix(char::is_whitespace)?.trim_start();
    after.split(|c: char| !c.is_alphanumeric() && c != '-').next()
}

/// Case rule: acronyms exactly; other forms with every capital of the form
/// capitalised in the text (so "China" matches "CHINA" but not "china").
pub(super) fn case_ok(form: &str, found: &str, kind: FormKind) -> bool {
    if kind == FormKind::Acronym {
        return form == found;
    }
    form.chars().zip(found.chars()).all(|(f, t)| !f.is_uppercase() || t.is_uppercase() || !t.is_alphabetic())
}

/// Whether `text` is written in title case or capitals, as a headline is
/// ("Orban's Moscow Visit Sparks Backlash"): no word of five letters or more
/// starts in lower case.
pub(super) fn is_title_case(text: &str) -> bool {
    let long = || text.split_whitespace().filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 5);
    let lower = |w: &&str| w.chars().find(|c| c.is_alphabetic()).is_some_and(char::is_lowercase);
    long().count() >= 2 && !long().any(|w| lower(&w))
}

/// The first date `text` gives that lies before `today` (an ISO date): a year after 1900, with the
/// month `month_of` names in the word before it when there is one ("in September 2024", "in 2019"),
/// as an ISO date.
fn past_date_in(text: &str, today: &str, month_of: impl Fn(&str) -> Option<i8>) -> Option<String> {
    let bytes = text.as_bytes();
    (0..text.len().saturating_sub(3)).find_map(|i| {
        let year = text.get(i..i + 4)?;
        let bounded = (i == 0 || !bytes[i - 1].is_ascii_alphanumeric())
            && bytes.get(i + 4).is_none_or(|b| !b.is_ascii_alphanumeric());
        if !bounded || !year.bytes().all(|b| b.is_ascii_digit()) || !("1901".."2100").contains(&year) {
            return None;
        }
        let before = text[..i].trim_end().rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("");
        let month = month_of(before).unwrap_or(7);
        let iso = format!("{year}-{month:02}-15");
        (iso.as_str() < today).then_some(iso)
    })
}
