//! Roles: who fills each grammatical role of a predicate (subject, object,
//! prepositional object, passive agent, possessor, apposition), read off the
//! parse with its child lists, and the actors those tokens name.

use super::{Entry, FrameSet, Role};
use crate::ontology::RelationType;
use crate::syntax::Parse;
use jiff::civil::Date;
use rustc_hash::FxHashSet;

/// A predicate's theme tokens: all of them, and those whose modifiers may name a participant.
pub(super) struct Themes<'t> {
    pub(super) all: &'t [usize],
    pub(super) modified: &'t [usize],
}

/// The main clause's subject token: the subject of the root nearest the verb
/// (a dateline the parse took for a subject comes first).
pub(super) fn main_subject_token(p: &Parse) -> Option<usize> {
    let root = (0..p.len()).find(|&t| p.head(t).is_none())?;
    (0..p.len()).rfind(|&c| p.head(c) == Some(root) && matches!(p.dep(c), "nsubj" | "nsubjpass"))
}

/// The roles in order; the first that names actors gives them, with that role.
pub(super) fn first_with_actors<'r>(
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

/// The objects of predicate `t`: of a verb or of its particle's preposition,
/// and, for a noun reached through its verb's preposition, that verb's object.
fn objects(g: &Graph, t: usize, particles: &[String]) -> Vec<usize> {
    let mut v = if g.sets.listed("help_verbs", g.p.lemma(t)) { g.helped(t) } else { g.objects(t) };
    if let Some(last) = particles.last() {
        v.extend(g.prep_objects(t, last));
    }
    // A noun reached through its verb's preposition names that verb's object: "added two
    // firms to its blacklist", "put ten officials on the sanctions list".
    // (Not whom one joins in it: "joined the US in strikes" strikes with the US.)
    if !g.is_verb(t) && g.p.dep(t) == "pobj" {
        // (Or on that object: "joined his counterpart [for talks]". Not what is done at or
        // after it: "criticised Y at the summit", "following their calls, officials expected
        // Serbia to ...".)
        let later =
            g.p.head(t)
                .is_some_and(|h| matches!(g.p.lemma(h), "after" | "following" | "follow" | "at" | "during" | "before"));
        let above = g.p.head(t).and_then(|h| g.p.head(h)).filter(|_| !later);
        let on_verb =
            |lv: usize| above == Some(lv) || above.is_some_and(|o| g.p.dep(o) == "dobj" && g.p.head(o) == Some(lv));
        if let Some(verb) = g.light_verb(t).filter(|&lv| on_verb(lv) && !g.joined_in(t, lv)) {
            v.extend(g.kids[verb].iter().copied().filter(|&c| g.p.dep(c) == "dobj"));
        }
    }
    v
}

/// Who did deed `x`: its "by" object, the agent of a participle on it ("the
/// killings carried out by X"), or who claimed it in a relative clause after
/// it ("the bombing, for which X claimed responsibility").
fn doers(g: &Graph, x: usize) -> Vec<usize> {
    let done = g.kids[x].iter().copied().filter(|&c| g.p.dep(c) == "acl" && g.p.tag(c) == "VBN");
    let by = g.prep_objects(x, "by").into_iter().chain(done.flat_map(|c| g.by_agent(c)));
    // ("the collusion between Pyongyang and Moscow": a deed done together is the pair's, class
    // joint_deeds.)
    let together = if g.sets.in_class(g, x, "joint_deeds") {
        g.prep_objects(x, "between").into_iter().flat_map(|o| g.conjuncts(o)).collect()
    } else {
        Vec::new()
    };
    by.chain(together).chain(claimants(g, x)).collect()
}

/// Who claimed deed `x` in a clause "for which X claimed responsibility" after
/// it, with no other deed between (the parser hangs such a clause on any word
/// before it). Verbs of class `claiming_verbs`, objects of class `claimed_things`.
fn claimants(g: &Graph, x: usize) -> Vec<usize> {
    let Some(which) = (x + 1..g.p.len()).find(|&w| matches!(g.p.lemma(w), "which" | "whom") && g.p.dep(w) == "pobj")
    else {
        return Vec::new();
    };
    let Some(verb) = g.p.head(which).filter(|&f| g.p.lemma(f) == "for").and_then(|f| g.p.head(f)) else {
        return Vec::new();
    };
    let claims = |v: usize| {
        g.sets.listed("claiming_verbs", g.p.lemma(v))
            && g.kids[v].iter().any(|&o| g.p.dep(o) == "dobj" && g.sets.listed("claimed_things", g.p.lemma(o)))
    };
    let between = (x + 1..which).any(|d| g.sets.in_class(g, d, "harms"));
    if between || !claims(verb) {
        return Vec::new();
    }
    g.subjects(verb)
}

/// The tokens that fill role `r` of predicate `t`, actors or not.
pub(super) fn role_tokens(g: &Graph, t: usize, r: &Role, themes: &Themes, particles: &[String]) -> Vec<usize> {
    match r {
        // (And those a ranking names after it: "Russia was India's largest arms supplier, followed by
        // France and Israel".)
        Role::Subj if !g.is_verb(t) => {
            // "rejected the embargo imposed by the United States against Cuba": a noun whose own
            // participle of doing (class doing_verbs) names its agent is that agent's, not the
            // subject's of the clause about it.
            let agents: Vec<usize> = g.kids[t]
                .iter()
                .filter(|&&c| g.p.dep(c) == "acl" && g.p.tag(c) == "VBN" && g.sets.listed("doing_verbs", g.p.lemma(c)))
                .flat_map(|&c| g.by_agent(c))
                .collect();
            if !agents.is_empty() {
                return agents;
            }
            let mut v = g.subjects(t);
            if !v.is_empty() {
                let followed = |c: usize| g.p.dep(c) == "acl" && g.p.lemma(c) == "follow";
                v.extend(g.kids[t].iter().copied().filter(|&c| followed(c)).flat_map(|c| g.by_agent(c)));
            }
            v
        }
        Role::Subj => g.subjects(t),
        // The object of a prepositional verb's preposition is its object ("stand with X", "side with X").
        Role::Obj => {
            // A harm with its doer named after "by" stands for that doer, not for those it was done
            // to: "condemned the violations of Romanian and Moldovan airspace by Russian drones".
            // (The parser may hang "by" on the harm's "of" object, "of Romanian airspace [by Russian
            // drones]", or on the active verb, "condemned the violations of Finnish waters [by Russian
            // warships]".)
            let mut on_verb = if g.is_verb(t) && !g.passive(t) { g.prep_objects(t, "by") } else { Vec::new() };
            // (Or on what a naming verb calls it: "regarded the incursion as a provocation by Moscow";
            // so is any act so called: "regarded the launch as a provocation by Pyongyang".)
            let mut called: Vec<usize> = Vec::new();
            if g.is_verb(t) && g.sets.listed("naming_verbs", g.p.lemma(t)) {
                let harms = g.prep_objects(t, "as").into_iter().filter(|&o| g.sets.in_class(g, o, "harms"));
                called.extend(harms.flat_map(|o| doers(g, o)));
                on_verb.extend(called.iter().copied());
            }
            objects(g, t, particles)
                .into_iter()
                .flat_map(|x| {
                    if !g.sets.in_class(g, x, "harms") && !g.sets.in_class(g, x, "joint_deeds") {
                        let unnamed = g.actors_below(x).is_empty();
                        return if unnamed && !called.is_empty() { called.clone() } else { vec![x] };
                    }
                    let of_by = g.prep_objects(x, "of").into_iter().flat_map(|o| g.prep_objects(o, "by"));
                    let by: Vec<usize> = doers(g, x).into_iter().chain(of_by).chain(on_verb.iter().copied()).collect();
                    if by.is_empty() {
                        // ("condemned the Israeli occupation's aggression against the Palestinian
                        // people": a harm's possessor did it; those it was done to are not judged.)
                        let owner: Vec<usize> = g.kids[x]
                            .iter()
                            .copied()
                            .filter(|&c| g.p.dep(c) == "poss" && !g.actors(c, false).is_empty())
                            .collect();
                        return if owner.is_empty() { vec![x] } else { owner };
                    }
                    // (With whose forces they are: "by Russian drones".)
                    by.into_iter()
                        .flat_map(|d| {
                            let own = g.kids[d].iter().copied().filter(|&c| {
                                matches!(g.p.dep(c), "amod" | "compound" | "poss") && !g.actors_at[c].is_empty()
                            });
                            std::iter::once(d).chain(own)
                        })
                        .collect()
                })
                .collect()
        }
        Role::Partner => {
            let p = g.p;
            let deal = match p.dep(t) {
                "acl" => p.head(t),
                "advcl" | "xcomp" => p.head(t).and_then(|v| g.kids[v].iter().copied().find(|&o| p.dep(o) == "dobj")),
                _ => None,
            };
            let to = g.kids[t].iter().any(|&c| p.tag(c) == "TO");
            deal.filter(|&n| to && (g.sets.listed("orders", p.lemma(n)) || g.sets.in_class(g, n, "commitments")))
                .map(|n| g.prep_objects(n, "with"))
                .unwrap_or_default()
        }
        Role::Iobj => {
            let datives: Vec<usize> =
                g.kids[t].iter().copied().filter(|&c| g.p.dep(c) == "dative" && g.p.tag(c) != "IN").collect();
            if !datives.is_empty() || !g.is_verb(t) || !g.prep_objects(t, "to").is_empty() {
                return datives;
            }
            // "Moscow has handed Tehran drones", read with the receiver fused before a bare object:
            // a name right after the verb, on a plural object with no determiner that is no troops.
            let bare = |o: usize| {
                g.p.tag(o) == "NNS"
                    && !g.kids[o].iter().any(|&c| matches!(g.p.dep(c), "det" | "poss" | "nummod"))
                    && !g.sets.in_class(g, o, "troops")
            };
            // (Also on a name of the object: "has sold Yerevan Pinaka rocket launchers".)
            let on = |c: usize, o: usize| {
                std::iter::successors(Some(c), |&x| g.p.head(x).filter(|_| g.p.dep(x) == "compound"))
                    .take(4)
                    .any(|x| x == o)
            };
            g.kids[t]
                .iter()
                .filter(|&&o| g.p.dep(o) == "dobj" && bare(o))
                .flat_map(|&o| {
                    let first = (t + 1..o).find(|&x| g.p.dep(x) != "prt");
                    first.filter(|&c| {
                        g.p.dep(c) == "compound"
                            && g.p.tag(c).starts_with("NNP")
                            && !g.actors_at[c].is_empty()
                            && on(c, o)
                    })
                })
                .collect()
        }
        Role::Poss => {
            let mut v: Vec<usize> = g.kids[t].iter().copied().filter(|&c| g.p.dep(c) == "poss").collect();
            // A possessor is shared by the nouns coordinated after it: "Myanmar's main ally and arms
            // supplier".
            if v.is_empty() && !g.is_verb(t) && g.p.dep(t) == "conj" {
                if let Some(h) = g.p.head(t).filter(|&h| h < t && g.p.tag(h).starts_with("NN")) {
                    v.extend(g.kids[h].iter().copied().filter(|&c| g.p.dep(c) == "poss"));
                }
            }
            // A relational title before a name has the name's possessor: "its ally Japan", read
            // with "its" on "Japan".
            if v.is_empty() && g.p.dep(t) == "compound" && g.sets.is_relational(g.p.lemma(t)) {
                if let Some(h) = g.p.head(t).filter(|&h| h > t && !g.actors_at[h].is_empty()) {
                    v.extend(g.kids[h].iter().copied().filter(|&c| g.p.dep(c) == "poss" && c < t));
                }
            }
            // Not a setting's: "backed rival factions in Libya's civil war" backs no Libya; nor a
            // target's: "Russian strikes on Ukraine's cities" are not Ukraine's; nor a companion's:
            // "a frigate serving with the EU's naval mission" is not the EU's.
            let setting = |x: usize| {
                g.p.dep(x) == "pobj"
                    && g.p.head(x).is_some_and(|h| matches!(g.p.lemma(h), "in" | "on" | "against" | "with"))
            };
            // Nor a party's own: "welcomed Argentina's Javier Milei" acts on Milei, who is his side.
            // Nor a noun joined to the predicate noun, which has its own: "Mali's security partner
            // and Algeria's arms supplier" is no partner of Algeria.
            let joined = |x: usize| !g.is_verb(t) && g.p.dep(x) == "conj" && g.p.head(x) == Some(t);
            for &th in themes.all.iter().filter(|&&th| !setting(th) && !joined(th) && g.actors_at[th].is_empty()) {
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
            // (Not one fused after "non-": "a major non-NATO ally" is no NATO one.)
            let modifiers = |x: usize| -> Vec<usize> {
                g.kids[x]
                    .iter()
                    .copied()
                    .filter(|&c| matches!(g.p.dep(c), "compound" | "amod" | "nmod" | "npadvmod") && !g.negated(c))
                    .collect()
            };
            // (Not the owner of a mission one serves with or in: "Kenyan troops serving with the African
            // Union mission in Somalia" are no AU deployment.)
            let served = |x: usize| {
                x != t
                    && g.sets.in_class(g, x, "missions")
                    && g.p.head(x).is_some_and(|w| matches!(g.p.lemma(w), "with" | "in") && g.p.head(w) == Some(t))
            };
            for &x in std::iter::once(&t).chain(themes.modified).filter(|&&x| !served(x)) {
                for c in modifiers(x) {
                    v.push(c);
                    // ("the US exercise Khaan Quest": the word that opens a theme's name and says its
                    // kind, class name_kinds, carries the name's modifiers.)
                    if x != t
                        && g.p.dep(c) == "compound"
                        && g.p.tag(x).starts_with("NNP")
                        && g.sets.listed("name_kinds", &g.p.word(c).to_lowercase())
                    {
                        for d in modifiers(c) {
                            v.push(d);
                            if matches!(g.p.tag(d), "VBN" | "VBD") && !g.sets.listed("backing_verbs", g.p.lemma(d)) {
                                v.extend(modifiers(d));
                            }
                        }
                    }
                    // "EU-mediated talks", "Saudi-led coalition": the actor fused to a participle
                    // (not a backer's: "UN-backed talks with the Houthis" are no UN talks; nor a
                    // truce's broker: "a China-brokered ceasefire" ends no fighting of China's).
                    // "American Apache helicopters": the maker on a model's name.
                    let outside = |c: usize| {
                        g.sets.listed("backing_verbs", g.p.lemma(c))
                            || g.sets.in_class(g, t, "truces") && g.sets.listed("brokering_verbs", g.p.lemma(c))
                    };
                    if matches!(g.p.tag(c), "VBN" | "VBD") && !(x == t && outside(c))
                        || x != t && g.p.dep(c) == "compound" && g.p.tag(c) == "NNP" && g.actors_at[c].is_empty()
                    {
                        v.extend(modifiers(c));
                        // (The parse may hang the fused actor on the participle as an adverb:
                        // "Iranian-supplied drones".)
                        v.extend(g.kids[c].iter().copied().filter(|&d| d < c && g.p.dep(d) == "advmod"));
                    }
                }
            }
            // "Azerbaijan's gas flows to Italy": a moving theme's possessor (the subject of a verb
            // of flowing or reaching, not what a verb acts on: "received Russia's gas").
            if g.is_verb(t) && g.objects(t).is_empty() {
                for &x in themes.modified.iter().filter(|&&x| x != t && g.p.dep(x).starts_with("nsubj")) {
                    v.extend(g.kids[x].iter().copied().filter(|&c| g.p.dep(c) == "poss"));
                    // (Or whence it comes: "gas from Azerbaijan began flowing to Syria", "troops from
                    // Jamaica trained alongside U.S. Marines".)
                    v.extend(g.prep_objects(x, "from").into_iter().flat_map(|o| g.conjuncts(o)));
                }
            }
            // "Tanks donated by Poland arrived in Ukraine": the agent of a giving participle on the
            // theme (not a maker's: "drones made by Iran were fired at Kyiv").
            // (A phrasal verb with its particle: "radars turned over by Japan".)
            let giving = |c: usize| {
                let particle = g.kids[c].iter().find(|&&k| g.p.dep(k) == "prt").map(|&k| g.p.lemma(k));
                [RelationType::ArmsSupply, RelationType::EnergySupply, RelationType::TroopDeployment].into_iter().any(
                    |r| {
                        g.sets.has_predicate(g.p.lemma(c), true, r)
                            || particle.is_some_and(|w| g.sets.has_phrasal_predicate(g.p.lemma(c), w, r))
                    },
                )
            };
            // "took delivery of air-defence systems built by Diehl", "bought jets made by Dassault":
            // what one acquires (class acquiring_verbs) comes from its maker (class making_verbs).
            let acquires = g.is_verb(t)
                && std::iter::once(g.p.lemma(t))
                    .chain(particles.iter().map(|w| w.as_str()))
                    .any(|w| g.sets.listed("acquiring_verbs", w) || g.sets.listed("arsenal_verbs", w));
            // ("batteries of systems built by X": the maker of what the theme is made up of.)
            let made_things = themes.modified.iter().filter(|&&x| acquires && x != t).flat_map(|&x| {
                let mut things = g.prep_objects(x, "of");
                things.push(x);
                things
            });
            // ("received jets supplied by Italy", "operates submarines ordered from China": the giver
            // of what one acquires or fields, named by a giving or acquiring participle on it.)
            for x in made_things {
                // ("fields drones it bought from Israel": an active relative clause whose subject is a
                // pronoun for the one who fields them.)
                let own_purchase = |c: usize| {
                    g.p.dep(c) == "relcl" && !g.passive(c) && {
                        let subjects = g.subjects(c);
                        !subjects.is_empty()
                            && subjects.iter().all(|&s| matches!(g.p.word(s).to_lowercase().as_str(), "it" | "they"))
                    }
                };
                let participle = |c: usize| {
                    g.p.dep(c) == "acl" && g.p.tag(c) == "VBN"
                        || g.p.dep(c) == "relcl" && g.passive(c)
                        || own_purchase(c)
                };
                let made = |c: usize| g.sets.listed("making_verbs", g.p.lemma(c)) && !own_purchase(c);
                // (Forces are not acquired: "received squadrons ordered from Russia" deploys no troops.)
                let sourced = |c: usize| {
                    (giving(c) || g.sets.listed("acquiring_verbs", g.p.lemma(c))) && !g.sets.in_class(g, x, "troops")
                };
                for c in g.kids[x].iter().copied().filter(|&c| participle(c) && (made(c) || sourced(c))) {
                    v.extend(g.agent_names(c));
                    if sourced(c) {
                        v.extend(g.prep_objects(c, "from"));
                    }
                }
            }
            // (Only for what arrives or travels: "drones supplied by Iran were fired" fired by someone.)
            let travels = g.is_verb(t) && g.sets.listed("tours", g.p.lemma(t));
            for &x in themes.modified.iter().filter(|&&x| travels && x != t) {
                // ("The tanks, which were supplied by Germany, arrived": a passive relative clause too.)
                let participle =
                    |c: usize| g.p.dep(c) == "acl" && g.p.tag(c) == "VBN" || g.p.dep(c) == "relcl" && g.passive(c);
                for c in g.kids[x].iter().copied().filter(|&c| participle(c) && giving(c)) {
                    v.extend(g.agent_names(c));
                }
            }
            v
        }
        Role::Phrase(words) => {
            let mut at = vec![t];
            for w in words {
                at = at.iter().flat_map(|&x| g.kids[x].iter().copied().filter(|&c| g.p.lemma(c) == w)).collect();
            }
            at.iter().flat_map(|&x| g.kids[x].iter().copied().filter(|&o| g.p.dep(o) == "pobj")).collect()
        }
        Role::Buyer => {
            let acquiring = |c: usize| {
                g.p.dep(c) == "relcl" && g.is_verb(c) && !g.passive(c) && g.sets.listed("acquiring_verbs", g.p.lemma(c))
            };
            let clauses: Vec<usize> =
                themes.modified.iter().flat_map(|&x| g.kids[x].iter().copied().filter(|&c| acquiring(c))).collect();
            // (Or a participle with its agent: "delivered two jets ordered by Brazil".)
            let ordered_by =
                |c: usize| g.p.dep(c) == "acl" && g.p.tag(c) == "VBN" && g.sets.listed("acquiring_verbs", g.p.lemma(c));
            let agents: Vec<usize> = themes
                .modified
                .iter()
                .flat_map(|&x| g.kids[x].iter().copied().filter(|&c| ordered_by(c)))
                .flat_map(|c| g.by_agent(c))
                .collect();
            clauses.into_iter().flat_map(|c| g.subjects(c)).chain(agents).collect()
        }
        Role::Leader => {
            // "the exercise led by the United States" (class leading): the agent of a leading
            // participle on the theme. (The actor fused to one, "the US-led exercise", is its `mod`.)
            let leading =
                |c: usize| g.p.dep(c) == "acl" && g.p.tag(c) == "VBN" && g.sets.listed("leading", g.p.lemma(c));
            themes
                .modified
                .iter()
                .flat_map(|&x| g.kids[x].iter().copied().filter(|&c| leading(c)))
                .flat_map(|c| g.by_agent(c))
                .collect()
        }
        Role::Doer => {
            // "the aggression of Israel against the Palestinian people": a noun's "of" names its doer
            // when an "against" or "on" object of its own names whom it is done to ("the invasion of
            // Ukraine" names only the invaded).
            let done_to = ["against", "on"]
                .iter()
                .any(|prep| g.prep_objects(t, prep).iter().any(|&o| !g.actors(o, false).is_empty()));
            if g.is_verb(t) || !done_to {
                return Vec::new();
            }
            g.prep_objects(t, "of")
        }
        // (Of an object only, not of a subject that stands in for a missing one; a name or a
        // possessor, not a demonym, which may name the maker: "shot down Iranian drones" fights
        // whoever flew them.)
        Role::ObjMod => objects(g, t, particles)
            .into_iter()
            .flat_map(|x| {
                g.kids[x]
                    .iter()
                    .copied()
                    .filter(|&c| matches!(g.p.dep(c), "compound" | "nmod" | "poss") && !g.negated(c))
            })
            .collect(),
        Role::Pair => Vec::new(),
        // (On the theme or on what an amount of it is of: "most of its fighters". Any possessor of
        // the noun a participle describes: "Venezuela's Russian-supplied jets", "Colombia's jets,
        // bought from Israel".)
        Role::Owner => {
            let described =
                |x: usize| matches!(g.p.dep(t), "amod" | "acl") && g.p.tag(t) == "VBN" && g.p.head(t) == Some(x);
            themes
                .modified
                .iter()
                .flat_map(|&x| std::iter::once(x).chain(g.prep_objects(x, "of")))
                .flat_map(|x| {
                    g.kids[x].iter().copied().filter(move |&c| {
                        g.p.dep(c) == "poss" && (g.p.tag(c) == "PRP$" || described(x) && g.p.tag(c).starts_with("NNP"))
                    })
                })
                .collect()
        }
        Role::Holder => g.holders(t),
        Role::ArsenalOwner => g
            .subjects(t)
            .into_iter()
            .filter(|&x| g.sets.in_class(g, x, "arsenals"))
            .flat_map(|x| g.kids[x].iter().copied().filter(|&c| matches!(g.p.dep(c), "poss" | "amod" | "compound")))
            .collect(),
        Role::Appos => g.described(t),
        Role::Via(first, prep) if prep == "by" => {
            // Who did a deed the predicate is about: "condemned the killings (carried out) by X", "a
            // wave of killings by X", "denounced a declaration signed by X and Y".
            let deeds = match first.as_ref() {
                Role::Obj => objects(g, t, particles),
                first => role_tokens(g, t, first, themes, particles),
            };
            // (Each deed of a list, the doer hung on the last: "the killings, violence and looting
            // perpetrated by X".)
            deeds
                .into_iter()
                .flat_map(|x| g.conjuncts(x))
                .flat_map(|x| {
                    let of = g.kids[x].iter().copied().filter(|&c| g.p.dep(c) == "prep" && g.p.lemma(c) == "of");
                    let counted = of.flat_map(|c| g.kids[c].iter().copied().filter(|&o| g.p.dep(o) == "pobj"));
                    let counted: Vec<usize> =
                        if g.sets.in_class(g, x, "measures") { counted.collect() } else { Vec::new() };
                    std::iter::once(x).chain(counted)
                })
                // (Or sanctions: "condemned the sanctions imposed by the EU".)
                .filter(|&x| {
                    ["harms", "deeds", "commitments", "sanction_words"].iter().any(|c| g.sets.in_class(g, x, c))
                })
                .flat_map(|x| doers(g, x))
                .collect()
        }
        Role::Via(first, prep) => {
            let mut v: Vec<usize> = role_tokens(g, t, first, themes, particles)
                .into_iter()
                .filter(|&x| g.sets.in_class(g, x, "flows") || g.sets.listed("orders", g.p.lemma(x)))
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
            let helping = |c: usize| g.is_purpose(c) && g.sets.listed("aiding_verbs", g.p.lemma(c));
            // ("sent soldiers to fight for Russia", "to fight alongside Russian forces": whom a purpose
            // infinitive of fighting is for or beside, class `fighting_purposes`.)
            let fighting = |c: usize| g.is_purpose(c) && g.sets.listed("fighting_purposes", g.p.lemma(c));
            let purposes: Vec<usize> = host.into_iter().flat_map(|h| g.kids[h].iter().copied()).collect();
            let beside = purposes
                .iter()
                .filter(|&&c| fighting(c))
                .flat_map(|&c| ["for", "alongside", "beside"].into_iter().flat_map(move |w| g.prep_objects(c, w)));
            purposes.iter().filter(|&&c| helping(c)).flat_map(|&c| g.helped(c)).chain(beside).collect()
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
            // (The "by" of an active verb is no doer: "supplying the RSF with weapons after victories
            // by the army", hung on the verb.)
            if p == "by" && g.is_verb(t) && !g.passive(t) && g.p.tag(t) != "VBN" {
                return Vec::new();
            }
            let mut v = g.prep_objects(t, p);
            // Where the mission one serves with or in is: "troops serving with the African Union
            // mission [in Somalia]", "in the UN mission [in South Sudan]" (class missions).
            if p == "in" && g.is_verb(t) {
                let missions: Vec<usize> = ["with", "in"]
                    .into_iter()
                    .flat_map(|w| g.prep_objects(t, w))
                    .filter(|&m| g.sets.in_class(g, m, "missions") && !g.prep_objects(m, "in").is_empty())
                    .collect();
                v.retain(|o| !missions.contains(o));
                v.extend(missions.into_iter().flat_map(|m| g.prep_objects(m, "in")));
            }
            // Not whom a rebuked transfer goes to: "condemned French arms deliveries [to Baghdad]"
            // rebukes the one who delivers (the parser may hang the phrase on the verb).
            let transfers = [RelationType::ArmsSupply, RelationType::EnergySupply, RelationType::Trade];
            let rebuked_transfer = p == "to"
                && g.is_verb(t)
                && g.sets.has_predicate(g.p.lemma(t), true, RelationType::Condemnation)
                && g.kids[t].iter().any(|&o| {
                    g.p.dep(o) == "dobj" && transfers.iter().any(|&r| g.sets.has_predicate(g.p.lemma(o), false, r))
                });
            if rebuked_transfer {
                return Vec::new();
            }
            // What comes "from" an attack is no origin: "to protect its oil exports from Iraqi air
            // attacks" (class harms).
            if p == "from" {
                v.retain(|&o| !g.sets.in_class(g, o, "harms"));
                // Nor where a weapon acting as the subject is based: "German patrol aircraft have
                // operated from RAF Lossiemouth" (no seller).
                let based = g.is_verb(t)
                    && !g.passive(t)
                    && g.subjects(t).iter().any(|&s| ["weapons", "crewed"].iter().any(|c| g.sets.in_class(g, s, c)));
                if based {
                    v.clear();
                }
            }
            // The parser may hang the noun's phrase on the verb that judges it: "condemned France's
            // arms deliveries [to Armenia]" (one condemns no one "to" anyone).
            if v.is_empty() && !g.is_verb(t) && matches!(p.as_str(), "to" | "into" | "on" | "against" | "with") {
                if let Some(judge) =
                    g.p.head(t).filter(|&h| g.p.dep(t) == "dobj" && g.sets.is_stance_verb(g.p.lemma(h)))
                {
                    v = g.prep_objects(judge, p);
                }
            }
            if !v.is_empty() {
                return v;
            }
            // The parser often hangs the phrase on the verb's object: "sold jets [to Ukraine]", or on
            // the noun's own theme: "an order for Rafale jets [with France]".
            let verb = g.is_verb(t);
            // (On the last of a list of objects too: "delivered vehicles, ammunition and equipment [to X]".)
            // (Or what a noun's verb has it for: "signed a contract in 2024 for 12 jets [from France]".)
            let signer = g.p.head(t).filter(|_| !verb && g.p.dep(t) == "dobj");
            let object = |x: usize| {
                g.p.head(g.list_head(x)).is_some_and(|h| {
                    verb && (h == t || g.p.head(h) == Some(t) && particles.iter().any(|w| w == g.p.lemma(h)))
                        || !verb
                            && g.p.dep(x) == "pobj"
                            && (g.p.head(h) == Some(t) || signer.is_some() && g.p.head(h) == signer)
                })
            };
            let mut v: Vec<usize> =
                themes.modified.iter().filter(|&&x| object(x)).flat_map(|&x| g.prep_objects(x, p)).collect();
            // Or on the noun's amount: "a contract worth $3.5 billion [with Lockheed]".
            if v.is_empty() && !verb {
                let worth = g.kids[t].iter().copied().filter(|&a| g.p.dep(a) == "amod" && g.p.lemma(a) == "worth");
                let amounts: Vec<usize> = worth.flat_map(|a| g.kids[a].iter().copied()).collect();
                v.extend(amounts.into_iter().flat_map(|x| g.prep_objects(x, p)));
            }
            // Or on a light verb's participle on the noun: "the arms embargo imposed [on Libya]",
            // "the sanctions slapped [on Iran] by the EU".
            if v.is_empty() && !verb {
                let light = |c: usize| g.p.dep(c) == "acl" && g.p.tag(c) == "VBN" && g.light.contains(g.p.lemma(c));
                let participles: Vec<usize> = g.kids[t].iter().copied().filter(|&c| light(c)).collect();
                v.extend(participles.into_iter().flat_map(|c| g.prep_objects(c, p)));
            }
            // Or whom the signer of a pact or deal (class commitments) met just before: "Rubio met Ali
            // and signed a memorandum on security cooperation" (a verb of meeting, class
            // receiving_verbs, the signing verb joined to it).
            if v.is_empty() && p == "with" && g.sets.in_class(g, t, "commitments") {
                let met = signer
                    .filter(|&s| g.p.dep(s) == "conj" && g.transmits_subject(s))
                    .and_then(|s| g.p.head(s))
                    .filter(|&m| g.is_verb(m) && g.sets.listed("receiving_verbs", g.p.lemma(m)));
                v.extend(met.into_iter().flat_map(|m| g.kids[m].iter().copied().filter(|&o| g.p.dep(o) == "dobj")));
            }
            // Or on the route the verb takes: "gas piped through the EMG line [to Egypt]".
            if v.is_empty() && verb {
                let routes = ["through", "via"].into_iter().flat_map(|r| g.prep_objects(t, r));
                v.extend(routes.flat_map(|x| g.prep_objects(x, p)));
            }
            v
        }
    }
}

/// A parse with child lists and the mentions on its tokens.
pub(super) struct Graph<'p, 'a> {
    pub(super) p: &'p Parse<'a>,
    pub(super) kids: Vec<Vec<usize>>,
    pub(super) actors_at: &'p [Vec<usize>],
    /// Reporting verbs ("say", "state"): their subject is who "we" and "our" are.
    pub(super) report: &'p FxHashSet<String>,
    /// Light verbs ("hold", "sign"): a noun predicate that is their object takes their subject.
    pub(super) light: &'p FxHashSet<String>,
    pub(super) sets: &'p FrameSet,
    /// The document's date, when known.
    pub(super) today: Option<Date>,
    /// For each mention, what the company it names supplies (see
    /// [`crate::lexicon::ActorEntry::supplies`]); empty when not known.
    pub(super) supplies: &'p [Option<RelationType>],
}

impl<'p, 'a> Graph<'p, 'a> {
    pub(super) fn new(p: &'p Parse<'a>, actors_at: &'p [Vec<usize>], sets: &'p FrameSet) -> Graph<'p, 'a> {
        let (report, light) = (&sets.report, &sets.light);
        let mut kids = vec![Vec::new(); p.len()];
        for i in 0..p.len() {
            if let Some(h) = p.head(i) {
                kids[h].push(i);
            }
        }
        Graph { p, kids, actors_at, report, light, sets, today: None, supplies: &[] }
    }

    pub(super) fn is_verb(&self, t: usize) -> bool {
        self.p.tag(t).starts_with("VB")
    }

    /// Whether the words after the first of `entry` hang off `t` in order
    /// (particles, prepositions, objects: "hand over", "take delivery").
    pub(super) fn entry_matches(&self, t: usize, entry: &Entry, verb: bool) -> bool {
        if entry.len() == 1 {
            return true;
        }
        if !verb {
            // A compound noun predicate: the modifiers before the head ("arms supplier"), or an
            // adjective said of it ("our partnership is strategic").
            let said = self.p.head(t).filter(|&h| self.p.dep(t) == "nsubj" && self.p.lemma(h) == "be");
            let mods: Vec<usize> = self.kids[t]
                .iter()
                .copied()
                .filter(|&c| c < t)
                .chain(said.iter().flat_map(|&h| self.kids[h].iter().copied().filter(|&c| self.p.dep(c) == "acomp")))
                .collect();
            // (As written too: "bombing" in "a bombing campaign", tagged a participle, has lemma "bomb".)
            let has = |w: &str| mods.iter().any(|&c| self.p.lemma(c) == w || self.p.word(c).eq_ignore_ascii_case(w));
            return entry[..entry.len() - 1].iter().all(|w| has(w));
        }
        let mut at = t;
        let mut matched = Vec::new();
        // (A fixed object may be plural as written: "shake hands".)
        let is = |c: usize, w: &str| self.p.lemma(c) == w || self.p.word(c).eq_ignore_ascii_case(w);
        for w in &entry[1..] {
            match self.kids[at].iter().copied().find(|&c| is(c, w)) {
                Some(c) => at = c,
                None => match self.kids[t].iter().copied().find(|&c| is(c, w)) {
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
        // (A particle read as a preposition after the object, with a preposition of its own and no
        // object, is a particle: "drove the units out of the town".)
        let particle = |prep: usize| {
            let kids = || self.kids[prep].iter().map(|&o| self.p.dep(o));
            kids().any(|d| d == "prep") && !kids().any(|d| d == "pobj")
        };
        !matched.iter().any(|&c| self.p.head(c) == Some(t) && self.p.dep(c) == "prep" && !particle(c) && own_object(c))
    }

    /// The mentions anywhere in the subtree of `t` ("the condemnation of Russia" has one).
    pub(super) fn actors_below(&self, t: usize) -> Vec<usize> {
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
    pub(super) fn clause_party(&self, t: usize, sources: &[usize]) -> Vec<usize> {
        let p = self.p;
        let mut v = t;
        while !self.is_verb(v) {
            match p.head(v) {
                Some(h) => v = h,
                None => return Vec::new(),
            }
        }
        let Some(mut h) = p.head(v).filter(|_| matches!(p.dep(v), "advcl" | "conj")) else { return Vec::new() };
        // (A verb of saying is no clause of the act: "Amnesty said fuel still reached X after the EU
        // imposed sanctions" modifies what was said.)
        if self.is_verb(h) && self.report.contains(p.lemma(h)) {
            match self.kids[h].iter().copied().find(|&c| p.dep(c) == "ccomp") {
                Some(said) => h = said,
                None => return Vec::new(),
            }
        }
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
    pub(super) fn in_unknown_name(&self, t: usize) -> bool {
        let p = self.p;
        let name = |x: usize| p.tag(x) == "NNP" && self.actors_at[x].is_empty();
        // ("the Geelong Treaty, signed by Australia and Britain": a named pact whose signers are named.)
        let signed = || {
            self.kids[t].iter().any(|&c| {
                p.dep(c) == "acl"
                    && p.tag(c) == "VBN"
                    && self.by_agent(c).iter().any(|&a| !self.actors_at[a].is_empty())
            })
        };
        // (Nor "a Defence Cooperation Agreement with Washington", "Manila and Washington signed the
        // Enhanced Defense Cooperation Agreement": a named pact with a named partner or signers.)
        let partnered = || {
            let signers = p
                .head(t)
                .filter(|&v| p.dep(t) == "dobj" && self.verb_in(v, "granting_verbs"))
                .map(|v| self.subjects(v))
                .unwrap_or_default();
            self.sets.listed("commitments", p.lemma(t))
                && ["with", "between"]
                    .iter()
                    .flat_map(|w| self.prep_objects(t, w))
                    .chain(signers)
                    .any(|o| !self.actors(o, false).is_empty())
        };
        // (Nor "the second ASEAN-India Maritime Exercise": a name that opens with the pair it joins.)
        let paired = || {
            let named: FxHashSet<usize> = self.kids[t]
                .iter()
                .filter(|&&c| p.dep(c) == "compound")
                .flat_map(|&c| self.actors_at[c].iter().copied())
                .collect();
            named.len() >= 2
        };
        p.tag(t).starts_with("NNP")
            && !signed()
            && !partnered()
            && !paired()
            && (self.kids[t].iter().any(|&c| matches!(p.dep(c), "compound" | "amod") && name(c))
                || p.dep(t) == "compound" && p.head(t).is_some_and(name))
    }

    /// A definite noun with nothing that says what kind it is or whose: "the
    /// agreement", "the exercises" (not "the trade agreement", "the exercises
    /// off Japan's coast").
    pub(super) fn bare_definite(&self, t: usize) -> bool {
        self.definite(t)
            && self.p.tag(t).starts_with("NN")
            && self.kids[t].iter().all(|&c| matches!(self.p.dep(c), "det" | "punct"))
            && self.actors_at[t].is_empty()
            // "the sources said": who reports speaks, it is no event.
            && !(self.p.dep(t) == "nsubj" && self.p.head(t).is_some_and(|h| self.report.contains(self.p.lemma(h))))
    }

    /// A noun with a definite determiner ("the talks", "this deal").
    pub(super) fn definite(&self, t: usize) -> bool {
        self.kids[t]
            .iter()
            .any(|&c| self.p.dep(c) == "det" && matches!(self.p.lemma(c), "the" | "this" | "that" | "these" | "those"))
    }

    /// Whether verb `v` is a to-infinitive of purpose on the verb it hangs on ("sent troops to
    /// fight", "deployed soldiers to support X"; the parser may tag the "to" a preposition).
    pub(super) fn is_purpose(&self, v: usize) -> bool {
        self.is_verb(v)
            && matches!(self.p.dep(v), "advcl" | "xcomp")
            && self.kids[v].iter().any(|&a| self.p.tag(a) == "TO" || self.p.dep(a) == "aux" && self.p.lemma(a) == "to")
    }

    pub(super) fn passive(&self, t: usize) -> bool {
        // (An "agent" that heads a gerund is a means, not a doer: "has responded by expelling"; nor
        // is a "by" after a past tense or a perfect a passive's: "Egypt has stood by Sudan".)
        let active =
            self.p.tag(t) == "VBD" || self.kids[t].iter().any(|&c| self.p.dep(c) == "aux" && self.p.lemma(c) == "have");
        self.kids[t].iter().any(|&c| {
            matches!(self.p.dep(c), "nsubjpass" | "auxpass")
                || self.p.dep(c) == "agent" && !active && !self.kids[c].iter().any(|&g| self.p.dep(g) == "pcomp")
        })
    }

    /// The light verb a noun predicate is the object of ("held talks": held).
    pub(super) fn light_verb(&self, t: usize) -> Option<usize> {
        // "the sanctions (that) the EU imposed on Iran": a light verb's relative clause on the noun.
        // ("the embargo the Council imposed on Libya": a contact clause, its object gap the noun.)
        let gap = |c: usize| {
            self.objects(c).is_empty()
                && self.kids[c].iter().any(|&k| self.p.dep(k) == "nsubj" && !matches!(self.p.tag(k), "WDT" | "WP"))
        };
        let clause = self.kids[t].iter().copied().find(|&c| {
            self.p.dep(c) == "relcl"
                && !self.passive(c)
                && self.transmits_subject(c)
                && (self.objects(c) == [t] || gap(c))
        });
        if clause.is_some() {
            return clause;
        }
        let h = self.p.head(t)?;
        // "reached a new level of trust and military coordination": a noun joined to another shares
        // its light verb.
        if self.p.dep(t) == "conj" && self.p.tag(h).starts_with("NN") {
            return self.light_verb(h);
        }
        // "X and Y are bound by a defence treaty": the passive's subjects are the pact's parties
        // (class binding_verbs); also of the pact in apposition to a named charter ("are bound by
        // the Liptako-Gourma Charter, a mutual defence pact").
        if let Some(by) = self.agent_of(t) {
            let v = self.p.head(by).filter(|&v| self.passive(v) && self.verb_in(v, "binding_verbs"));
            if v.is_some() {
                return v;
            }
        }
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
        // "X, Y and Z signed a defence cooperation declaration": a predicate fused before a pact or
        // plan (class commitments) takes the subject of the verb that signs it.
        if self.p.dep(t) == "compound" && self.p.dep(h) == "dobj" && self.sets.listed("commitments", self.p.lemma(h)) {
            if let Some(v) = self.p.head(h).filter(|&v| self.is_verb(v) && self.transmits_subject(v)) {
                return Some(v);
            }
        }
        // ("flouted UN sanctions": who breaks sanctions undergoes them, see `undergoing_verb`.)
        if self.undergoing_verb(t) == Some(h) {
            return None;
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

    /// "the agreement signed by Japan and the Philippines": the agent of noun `t`'s participle (not
    /// of one that judges or reports it, "the attack, blamed by Kuwait on Iran", nor of one that
    /// hosts an event naming its own parties).
    fn participle_agents(&self, t: usize) -> Vec<usize> {
        let p = self.p;
        let other = |c: usize| {
            self.sets.is_stance_verb(p.lemma(c))
                || self.sets.is_report_verb(p.lemma(c))
                || self.sets.listed("hosting_verbs", p.lemma(c)) && self.names_own_parties(t)
        };
        self.kids[t]
            .iter()
            .filter(|&&c| p.dep(c) == "acl" && p.tag(c) == "VBN" && !other(c))
            .flat_map(|&c| self.by_agent(c))
            .collect()
    }

    /// The passive's agent preposition ("by") whose object `t` is, or whose
    /// object `t` is in apposition to ("bound by the X Charter, a defence pact").
    fn agent_of(&self, t: usize) -> Option<usize> {
        let p = self.p;
        let named = if p.dep(t) == "appos" { p.head(t)? } else { t };
        p.head(named).filter(|&a| p.dep(named) == "pobj" && p.dep(a) == "agent")
    }

    /// Whether a verb gives its subject to the noun predicate it governs: a
    /// light verb ("held talks") or any verb that is no predicate or cue of its
    /// own ("hosted talks"); not "backed Moscow's offensive".
    pub(super) fn transmits_subject(&self, v: usize) -> bool {
        let l = self.p.lemma(v);
        if ["cause_verbs", "undergo_verbs", "enabling_verbs", "observing_verbs"]
            .into_iter()
            .any(|class| self.verb_in(v, class))
        {
            return false;
        }
        // (A phrasal light verb by its particle: "carried out strikes".)
        let phrasal = || {
            self.kids[v]
                .iter()
                .any(|&c| self.p.dep(c) == "prt" && self.light.contains(&format!("{l} {}", self.p.lemma(c))))
        };
        self.light.contains(l)
            || phrasal()
            || !self.sets.by_verb.contains_key(l) && !self.sets.cues.contains_key(l) && !self.report.contains(l)
    }

    /// "X said after talks with Y", "X and Y agreed to a truce following US-mediated talks": those
    /// who act (`v`) after a meeting (`t`) took part in it; not so after a war or an invasion.
    pub(super) fn after_meeting(&self, t: usize, v: usize) -> Option<usize> {
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

    pub(super) fn light_verb_through_prep(&self, t: usize, h: usize) -> Option<usize> {
        if self.p.dep(t) != "pobj" {
            return None;
        }
        let v = self.p.head(h)?;
        let prep = self.p.lemma(h);
        // "agreed on a pact", "entered into an alliance".
        if self.is_verb(v) && self.transmits_subject(v) && matches!(prep, "on" | "to" | "into" | "in") {
            return Some(v);
        }
        // "signed a memorandum on the joint production of drones": what a pact signed is on, its
        // signers do (class commitments).
        if matches!(prep, "on" | "for") && self.p.dep(v) == "dobj" && self.sets.listed("commitments", self.p.lemma(v)) {
            if let Some(w) = self.p.head(v).filter(|&w| self.is_verb(w) && self.transmits_subject(w)) {
                return Some(w);
            }
        }
        // "exempted Hungary from its sanctions against Russia": who exempts another from a measure
        // imposes it (class exempting_verbs).
        if prep == "from" && self.is_verb(v) && self.verb_in(v, "exempting_verbs") {
            return Some(v);
        }
        // "took part in combat against X": who takes part in an event is one of its doers.
        let part = |o: usize| self.p.dep(o) == "dobj" && self.p.lemma(o) == "part";
        if prep == "in" && self.is_verb(v) && !self.passive(v) && self.kids[v].iter().any(|&o| part(o)) {
            return Some(v);
        }
        // "responded with sanctions on X", "retaliated with strikes on Y": an act one answers or
        // presses with is one's own (a verb with no object of its own; not a passive: "was met with
        // sanctions"; not "charged X with attacks on Y"; but "a blockade, which it tightened with
        // sanctions on Y", its object a relative pronoun).
        let bare = || !self.kids[v].iter().any(|&o| self.p.dep(o) == "dobj" && !matches!(self.p.tag(o), "WDT" | "WP"));
        // (Not a noun with its own doer: "launched it with Kinshasa's blessing".)
        let owned = || self.kids[t].iter().any(|&c| self.p.dep(c) == "poss");
        if prep == "with" && self.is_verb(v) && !self.passive(v) && self.transmits_subject(v) && bare() && !owned() {
            return Some(v);
        }
        // "troops pushed into Lebanon in a ground offensive against X": who acts in an operation
        // carries it out (class operations).
        // ("pushed deeper into Lebanon in ...": on the verb's adverb.)
        let doer = if matches!(self.p.dep(v), "acomp" | "advmod") { self.p.head(v)? } else { v };
        // "X and Y were locked in fighting": those a passive of involvement puts in an event are its
        // parties (class involvement_verbs); "the army engaged in combat with X": so is the subject
        // of one with no object.
        let no_object = || !self.kids[v].iter().any(|&o| self.p.dep(o) == "dobj");
        if prep == "in" && self.is_verb(v) && (self.passive(v) || no_object()) && self.verb_in(v, "involvement_verbs") {
            return Some(v);
        }
        // (Not one who undergoes it: "the brigades were destroyed in the fighting".)
        if self.is_verb(doer) && !self.passive(doer) && prep == "in" && self.sets.in_class(self, t, "operations") {
            return Some(doer);
        }
        // The setting: "at the summit, X and Y signed ...", "under the treaty, X and Y ...": those
        // who act at it or under it took part in it.
        // But one who is, comes or remains "under sanctions", "under attack" undergoes it.
        // (Not a war one acts during: "the sites were struck by Israel and the US during the June war"
        // has the two on one side; the verb's own frame reads what they did.)
        let war = prep == "during" && self.sets.has_predicate(self.p.lemma(t), false, RelationType::ArmedConflict);
        if self.is_verb(v) && matches!(prep, "at" | "during" | "under") && self.undergoing_verb(t).is_none() && !war {
            return Some(v);
        }
        if matches!(prep, "after" | "following" | "follow") {
            return self.after_meeting(t, v);
        }
        // "recalled its envoy in protest at X's move": whoever acts takes the stance.
        // (The parser may hang the phrase on the verb's object: "suspended the treaty in protest".)
        // (Or on a phrase of the object: "closed its airspace to Indian flights [in solidarity]".)
        if prep == "in" && self.sets.listed("manner_stances", self.p.lemma(t)) {
            let mut v = v;
            for _ in 0..4 {
                if self.is_verb(v) || !matches!(self.p.dep(v), "dobj" | "pobj" | "prep") {
                    break;
                }
                v = self.p.head(v)?;
            }
            return self.is_verb(v).then_some(v);
        }
        // "the EU followed with sanctions on X", "Beijing retaliated with an embargo": one who
        // answers with a measure takes it (class responding_verbs).
        if prep == "with" && self.is_verb(v) && self.verb_in(v, "responding_verbs") {
            return Some(v);
        }
        // "flew to Riyadh for talks with X": a journey's purpose is the traveller's meeting; so is
        // joining someone for talks ("joined the two leaders for talks", class joining_verbs).
        // (The parse may hang the phrase on the one joined: "joined his counterpart [for talks]".)
        let joined = |v: usize| {
            if self.verb_in(v, "joining_verbs") {
                return Some(v);
            }
            self.p.head(v).filter(|&j| self.p.dep(v) == "dobj" && self.verb_in(j, "joining_verbs"))
        };
        if prep == "for" && self.sets.is_gathering(self.p.lemma(t)) {
            if self.is_verb(v) && self.sets.listed("tours", self.p.lemma(v)) {
                return Some(v);
            }
            if let Some(j) = joined(v) {
                return Some(j);
            }
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
        // (Not through a judgement: "voiced its condemnation of the attacks on X" attacks no one.)
        let judgement = self.sets.has_predicate(self.p.lemma(v), false, RelationType::Condemnation);
        if self.p.tag(v).starts_with("NN")
            && matches!(prep, "of" | "in")
            && self.p.dep(v) == "dobj"
            && !own_pair
            && !judgement
        {
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
    pub(super) fn holders(&self, t: usize) -> Vec<usize> {
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
    pub(super) fn described(&self, t: usize) -> Vec<usize> {
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

    /// The "one" a plural noun `t` is "of" ("one of Kabul's biggest partners"), which stands in the
    /// clause for it; else `t` itself.
    pub(super) fn one_of(&self, t: usize) -> usize {
        let p = self.p;
        p.head(t)
            .filter(|&o| p.dep(t) == "pobj" && p.lemma(o) == "of")
            .and_then(|o| p.head(o))
            .filter(|&n| p.word(n).eq_ignore_ascii_case("one"))
            .unwrap_or(t)
    }

    /// For a noun `t` in "X is / remains / comes under `t`", the verb whose subject undergoes it.
    pub(super) fn undergoing_verb(&self, t: usize) -> Option<usize> {
        let p = self.p;
        // "Iran faces new sanctions", "North Korea flouted UN sanctions".
        let breaks = |v: usize| self.verb_in(v, "breaking_verbs") && self.sets.in_class(self, t, "sanction_words");
        if let Some(v) = p.head(t).filter(|&v| p.dep(t) == "dobj" && (self.verb_in(v, "undergo_verbs") || breaks(v))) {
            return Some(v);
        }
        let h = p.head(t).filter(|&h| p.dep(t) == "pobj" && p.lemma(h) == "under")?;
        let v = p.head(h)?;
        // "Eritrea, under a UN arms embargo since 2009, has a small arsenal": an "under" phrase
        // set off by commas between the subject and its verb says what the subject is under.
        let aside = h > 0
            && h < v
            && p.word(h - 1) == ","
            && self.kids[v].iter().any(|&c| c < h && matches!(p.dep(c), "nsubj" | "nsubjpass"));
        (self.is_verb(v) && (aside || matches!(p.lemma(v), "be" | "come" | "remain" | "stay" | "fall" | "live")))
            .then_some(v)
    }

    /// Whether `t` is a gathering that names its own parties (see [`FrameSet::names_own_parties`]).
    pub(super) fn names_own_parties(&self, t: usize) -> bool {
        self.sets.names_own_parties(self.p, self.actors_at, t)
    }

    /// Whether noun `t` is what verb `v` (class joining_verbs) joins its
    /// object in: "joined the US in strikes on the Houthis".
    pub(super) fn joined_in(&self, t: usize, v: usize) -> bool {
        self.p.dep(t) == "pobj"
            && self.p.head(t).is_some_and(|h| self.p.lemma(h) == "in" && self.p.head(h) == Some(v))
            && self.verb_in(v, "joining_verbs")
    }

    /// Whether verb `v`'s lemma is in the word class `class`.
    pub(super) fn verb_in(&self, v: usize, class: &str) -> bool {
        self.is_verb(v) && self.sets.in_class(self, v, class)
    }

    /// Whether token `t` is fused after "non-" ("non-lethal", "non-NATO"), or
    /// is that "non" or its hyphen: the modifier says the opposite.
    pub(super) fn negated(&self, t: usize) -> bool {
        let p = self.p;
        let fused = |a: usize, b: usize| p.tokens[a].end == p.tokens[b].start;
        let after_non = |c: usize| {
            c >= 2
                && p.word(c - 1) == "-"
                && p.word(c - 2).eq_ignore_ascii_case("non")
                && fused(c - 2, c - 1)
                && fused(c - 1, c)
        };
        after_non(t)
            || t + 2 < p.len() && after_non(t + 2) && p.word(t).eq_ignore_ascii_case("non")
            || t >= 1 && t + 1 < p.len() && after_non(t + 1) && p.word(t) == "-"
    }

    /// The subject of `v` when it is a passive verb of naming (or, `as_too`, of
    /// choosing "as", class `as_object_verbs`): who is called what it names.
    fn named_by_passive(&self, v: usize, as_too: bool) -> Vec<usize> {
        let p = self.p;
        let naming = self.verb_in(v, "naming_verbs") || as_too && self.sets.listed("as_object_verbs", p.lemma(v));
        if !(naming && self.passive(v)) {
            return Vec::new();
        }
        self.kids[v].iter().copied().filter(|&c| p.dep(c) == "nsubjpass").collect()
    }

    /// Who does what the predicate says.
    pub(super) fn subjects(&self, t: usize) -> Vec<usize> {
        let p = self.p;
        if !self.is_verb(t) {
            // "China hosted talks between X and Y", "Turkey hosted the Russia-Ukraine talks": a host
            // of an event that names its own parties is none of them.
            let others = |v: usize| self.sets.listed("hosting_verbs", p.lemma(v)) && self.names_own_parties(t);
            // "Algeria overtook Russia as Italy's main gas supplier": a noun after "as" is said of the
            // verb's subject, or of its object after a verb of naming or choosing ("Rome chose Algiers
            // as its main supplier", class `as_object_verbs`).
            // ("emerged as one of Kabul's biggest partners": the one the noun is "of".)
            let one = self.one_of(t);
            if let Some(v) = p
                .head(one)
                .filter(|&a| p.dep(one) == "pobj" && p.lemma(a) == "as")
                .and_then(|a| p.head(a))
                .filter(|&v| self.is_verb(v))
            {
                // ("denounced a declaration signed by X and Y as a military alliance": the parse may
                // hang the label on the participle of the named object; a label is no fact.)
                let labelled = p.dep(v) == "acl"
                    && p.head(v).is_some_and(|n| {
                        p.dep(n) == "dobj" && p.head(n).is_some_and(|w| self.verb_in(w, "naming_verbs"))
                    });
                if labelled {
                    return Vec::new();
                }
                let objects: Vec<usize> = self.kids[v].iter().copied().filter(|&c| p.dep(c) == "dobj").collect();
                // ("Cairo is widely regarded as the army's closest ally": the passive's subject.)
                let named = self.named_by_passive(v, true);
                if !named.is_empty() {
                    return named;
                }
                return if self.sets.listed("as_object_verbs", p.lemma(v)) && !objects.is_empty() {
                    objects
                } else {
                    self.subjects(v)
                };
            }
            // "Poland, which Tusk called Ukraine's closest ally": what a naming verb calls its object
            // is said of the object.
            if let Some(v) = p.head(t).filter(|&v| p.dep(t) == "oprd" && self.verb_in(v, "naming_verbs")) {
                let objects: Vec<usize> = self.kids[v]
                    .iter()
                    .copied()
                    .filter(|&c| p.dep(c) == "dobj")
                    .map(|c| self.relative_antecedent(c))
                    .collect();
                if !objects.is_empty() {
                    return objects;
                }
            }
            // "Morocco was designated a major non-NATO ally of the US": what a passive naming verb
            // calls its subject is said of the subject.
            if let Some(v) = p.head(t).filter(|_| matches!(p.dep(t), "dobj" | "oprd" | "attr")) {
                let named = self.named_by_passive(v, false);
                if !named.is_empty() {
                    return named;
                }
            }
            // "Pakistan's main arms supplier is China", "... remains China": a noun that is the
            // subject of a copula is said of its complement.
            // (Only a complement that names an actor: "Washington's alliance with Tokyo remains the
            // region's anchor" is said of no one.)
            let copula = |h: usize| matches!(p.lemma(h), "be" | "remain" | "become" | "stay");
            let named = |c: usize| {
                std::iter::once(c)
                    .chain(self.kids[c].iter().copied().filter(|&m| matches!(p.dep(m), "compound" | "amod" | "conj")))
                    .any(|x| !self.actors_at[x].is_empty())
            };
            if let Some(h) = p.head(t).filter(|&h| p.dep(t) == "nsubj" && copula(h)) {
                let said: Vec<usize> =
                    self.kids[h].iter().copied().filter(|&c| p.dep(c) == "attr" && named(c)).collect();
                if !said.is_empty() {
                    return said;
                }
            }
            // "Turkey supports the Somali army in operations against al-Shabaab": who is helped or
            // backed in an act does it (class help_verbs, backing_verbs), whether "in" hangs on the
            // verb or on its object.
            if let Some(a) = p.head(t).filter(|&a| p.dep(t) == "pobj" && p.lemma(a) == "in") {
                let helping = |v: usize| self.verb_in(v, "help_verbs") || self.verb_in(v, "backing_verbs");
                let object_of =
                    |v: usize| self.kids[v].iter().copied().filter(|&o| p.dep(o) == "dobj").collect::<Vec<_>>();
                let helped = match p.head(a) {
                    Some(v) if helping(v) => object_of(v),
                    Some(o) if p.dep(o) == "dobj" && p.head(o).is_some_and(helping) => vec![o],
                    _ => Vec::new(),
                };
                if !helped.is_empty() {
                    return helped;
                }
            }
            // "The orders have drawn Seoul and Warsaw into closer defence ties": those a verb draws,
            // pushes or brings "into" a relation are its parties.
            if let Some(v) = p
                .head(t)
                .filter(|&a| p.dep(t) == "pobj" && p.lemma(a) == "into")
                .and_then(|a| p.head(a))
                .filter(|&v| self.is_verb(v))
            {
                let drawn: Vec<usize> = self.kids[v]
                    .iter()
                    .copied()
                    .filter(|&o| p.dep(o) == "dobj" && !self.actors(o, false).is_empty())
                    .collect();
                if !drawn.is_empty() {
                    return drawn;
                }
            }
            // "Egypt and Qatar mediated the ceasefire": who brings about or watches over a truce is
            // no side of the fighting it pauses.
            let brokers = |v: usize| self.verb_in(v, "brokering_verbs") && self.sets.listed("truces", p.lemma(t));
            return match self.light_verb(t) {
                Some(v) if others(v) || brokers(v) => Vec::new(),
                Some(v)
                    if self.agent_of(t).is_some()
                        || p.dep(t) == "pobj"
                            && p.head(t)
                                .is_some_and(|a| p.lemma(a) == "in" && self.verb_in(v, "involvement_verbs")) =>
                {
                    if !self.passive(v) {
                        return self.subjects(v);
                    }
                    // ("Seoul and Washington, bound by a treaty since 1953, ...": a participle's noun.)
                    let subjects: Vec<usize> =
                        self.kids[v].iter().copied().filter(|&c| p.dep(c) == "nsubjpass").collect();
                    match p.head(v).filter(|_| subjects.is_empty() && p.dep(v) == "acl") {
                        Some(n) => vec![n],
                        None => subjects,
                    }
                }
                // ("reviewed the agreement signed by X and Y": the noun's own participle names its
                // doers, whoever reviews it; a light verb's subject is one, "held talks hosted by X".)
                Some(v)
                    if p.dep(t) == "dobj"
                        && !self.light.contains(p.lemma(v))
                        && !self.participle_agents(t).is_empty() =>
                {
                    self.participle_agents(t)
                }
                Some(v) if self.p.dep(t) != "nsubjpass" => {
                    let mut out = self.subjects(v);
                    // "the United Kingdom joined the US in a joint strike": and whom it joined.
                    if self.joined_in(t, v) {
                        out.extend(self.kids[v].iter().copied().filter(|&o| p.dep(o) == "dobj"));
                    }
                    // ("steps to implement the pact signed by X and Y": when the verb's subject names
                    // no one, the noun's own participle does.)
                    if p.dep(t) == "dobj" && out.iter().all(|&x| self.actors(x, false).is_empty()) {
                        let agents = self.participle_agents(t);
                        if !agents.is_empty() {
                            return agents;
                        }
                    }
                    out
                }
                Some(v) => self.by_agent(v),
                None => {
                    let agents = self.participle_agents(t);
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
        // "Tanzania has 300 soldiers deployed in Mozambique", "Russia keeps troops stationed in
        // Transnistria": a participle with no agent on what one holds (class holding_verbs) is the
        // holder's doing.
        if p.dep(t) == "acl" && p.tag(t) == "VBN" && self.by_agent(t).is_empty() {
            if let Some(v) = p.head(t).filter(|&n| p.dep(n) == "dobj").and_then(|n| p.head(n)) {
                if self.verb_in(v, "holding_verbs") {
                    return self.subjects(v);
                }
            }
            // "activated its second missile battery, procured from India": what one acquired, on a
            // noun its owner names by a possessive pronoun, is the owner's acquisition.
            if self.verb_in(t, "acquiring_verbs") {
                let owner: Vec<usize> = p
                    .head(t)
                    .into_iter()
                    .flat_map(|n| self.kids[n].iter().copied())
                    .filter(|&c| p.dep(c) == "poss" && p.tag(c) == "PRP$")
                    .collect();
                if !owner.is_empty() {
                    return owner;
                }
            }
        }
        if self.passive(t) {
            let agents = self.by_agent(t);
            // "Poland's drones were bought from Turkey": with no agent, what one acquired is its
            // possessor's acquisition.
            if agents.is_empty() && self.verb_in(t, "acquiring_verbs") {
                return self.kids[t]
                    .iter()
                    .filter(|&&c| p.dep(c) == "nsubjpass")
                    .flat_map(|&n| self.kids[n].iter().copied().filter(|&c| p.dep(c) == "poss"))
                    .collect();
            }
            return agents;
        }
        let own: Vec<usize> =
            self.kids[t].iter().copied().filter(|&c| matches!(p.dep(c), "nsubj" | "csubj" | "expl")).collect();
        if !own.is_empty() {
            // "Germany, the Netherlands and Norway, which have supplied ...": a plural relative
            // clause on the last of a list is on the whole list ("..., which borders Russia" is not).
            let singular = |v: usize| {
                p.tag(v) == "VBZ"
                    || self.kids[v].iter().any(|&a| matches!(p.dep(a), "aux" | "auxpass") && p.tag(a) == "VBZ")
            };
            return own
                .into_iter()
                .flat_map(|s| {
                    let a = self.relative_antecedent(s);
                    if a != s && p.dep(a) == "conj" && p.dep(t) == "relcl" && !singular(t) {
                        self.conjuncts(self.list_head(a))
                    } else {
                        vec![a]
                    }
                })
                .collect();
        }
        let Some(h) = p.head(t) else { return Vec::new() };
        match p.dep(t) {
            // "Fourteen soldiers were killed fighting the M23": a passive's participle is done by the
            // passive's subject (not by its agent).
            "xcomp" | "advcl"
                if p.tag(t) == "VBG"
                    && self.is_verb(h)
                    && self.passive(h)
                    && self.kids[h].iter().any(|&c| p.dep(c) == "nsubjpass") =>
            {
                self.kids[h].iter().copied().filter(|&c| p.dep(c) == "nsubjpass").collect()
            }
            // "urged Russia to stop", "deployed troops to fight": the governing verb's object,
            // when it names an actor; otherwise ("agreed to supply", "met X and signed") its subject.
            // A visit's purpose is the visitor's ("visited Australia and Brazil to talk").
            "xcomp" if self.is_verb(h) && self.sets.listed("tours", p.lemma(h)) => self.subjects(h),
            "xcomp" if self.is_verb(h) && !self.sets.listed("object_control", p.lemma(h)) => self.subjects(h),
            "xcomp" if self.is_verb(h) => {
                let objects: Vec<usize> = self.kids[h].iter().copied().filter(|&c| p.dep(c) == "dobj").collect();
                // ("deployed troops to support the M23": one's own troops do what they are sent for.)
                let own_forces = |o: usize| self.actors(o, false).is_empty() && self.sets.in_class(self, o, "troops");
                // ("used Iranian drones to strike Kyiv": weapons do not act, whoever made them; their
                // user does.)
                let weapon = |o: usize| self.sets.in_class(self, o, "weapons");
                if objects.iter().any(|&o| !weapon(o) && !self.actors(o, false).is_empty()) {
                    objects
                } else if objects.is_empty() || objects.iter().all(|&o| own_forces(o) || weapon(o)) {
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
            // ("Chad's army is the main force fighting Boko Haram": a copula's complement with no
            // actor of its own is said of the copula's subject.)
            "acl" | "relcl"
                if p.tag(t) == "VBG"
                    && p.dep(h) == "attr"
                    && self.actors(h, false).is_empty()
                    && p.head(h).is_some_and(|c| p.lemma(c) == "be") =>
            {
                p.head(h).map(|c| self.subjects(c)).unwrap_or_default()
            }
            "acl" | "relcl" if p.tag(t) == "VBG" => vec![h],
            // "announced plans to enhance trade", "China's decision to sell jets": an infinitive on a
            // noun belongs to the noun's possessor, or to whoever has the noun as object.
            "acl" if p.tag(t) == "VB" && self.kids[t].iter().any(|&c| p.tag(c) == "TO") => {
                let poss: Vec<usize> = self.kids[h].iter().copied().filter(|&c| p.dep(c) == "poss").collect();
                match p.head(h) {
                    _ if !poss.is_empty() => poss,
                    // (Not one who judges it: "France condemned the decision to sell arms" sells none.)
                    Some(v) if p.dep(h) == "dobj" && self.is_verb(v) && !self.sets.is_stance_verb(p.lemma(v)) => {
                        self.subjects(v)
                    }
                    _ => Vec::new(),
                }
            }
            "advcl" if p.tag(t) == "VBG" && self.is_verb(h) => self.subjects(h),
            // "criticised France for arming Armenia", "Iran was sanctioned for selling drones": the
            // reason one is judged, thanked or punished for is that one's act; with no one judged,
            // the doer's own ("is known for selling arms").
            "pcomp" if p.tag(t) == "VBG" && p.lemma(h) == "for" => {
                // ("commends the army and AUSSOM troops for repelling ...": the phrase may hang on the
                // one judged, the verb's object or a conjunct of it.)
                let on_object = |n: usize| {
                    let first = std::iter::successors(Some(n), |&x| p.head(x).filter(|_| p.dep(x) == "conj"))
                        .take(8)
                        .last()
                        .unwrap_or(n);
                    p.head(first)
                        .filter(|&v| p.dep(first) == "dobj" && self.is_verb(v) && self.judged(v).contains(&first))
                };
                let Some(v) = p.head(h).and_then(|v| if self.is_verb(v) { Some(v) } else { on_object(v) }) else {
                    return Vec::new();
                };
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
                // ("accused X of complicity by arming Y": how the one charged did what it is charged
                // with, the charge an "of" or "for" phrase before the "by"; a charge, as "accused X
                // of arming Y" is, and no act of the accuser.)
                let charged = p.lemma(h) == "by"
                    && self.kids[v].iter().any(|&c| c < h && p.dep(c) == "prep" && matches!(p.lemma(c), "of" | "for"));
                if charged && !self.judged(v).is_empty() {
                    return Vec::new();
                }
                // ("X and Y were locked in fighting": the passive's subjects, class involvement_verbs.)
                if p.lemma(h) == "in" && self.passive(v) && self.verb_in(v, "involvement_verbs") {
                    return self.kids[v].iter().copied().filter(|&c| p.dep(c) == "nsubjpass").collect();
                }
                let mut out = self.subjects(v);
                if p.lemma(h) == "in" && self.sets.listed("joining_verbs", p.lemma(v)) {
                    out.extend(self.kids[v].iter().copied().filter(|&o| p.dep(o) == "dobj"));
                }
                out
            }
            // The purpose of firing or using weapons is the user's: "launched Iranian drones to strike
            // Kyiv", "used drones to hit ships" (class launching_verbs, or "use" and "employ"; the
            // parse may hang the infinitive on the weapons).
            "advcl" | "relcl" | "acl" if self.weapons_purpose(t).is_some() => {
                self.weapons_purpose(t).map(|v| self.subjects(v)).unwrap_or_default()
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

    /// The verb of firing or using weapons whose purpose infinitive `t` is ("launched drones to
    /// strike X": "launched").
    fn weapons_purpose(&self, t: usize) -> Option<usize> {
        let p = self.p;
        let weapon = |o: usize| p.dep(o) == "dobj" && self.sets.in_class(self, o, "weapons");
        let user = |v: usize| self.verb_in(v, "launching_verbs") || matches!(p.lemma(v), "use" | "employ");
        let to = self.kids[t].iter().any(|&c| p.dep(c) == "aux" && p.lemma(c) == "to");
        let h = p.head(t)?;
        let v = match p.dep(t) {
            "advcl" if self.kids[h].iter().any(|&o| weapon(o)) => h,
            "relcl" | "acl" if weapon(h) => p.head(h)?,
            _ => return None,
        };
        (p.tag(t) == "VB" && to && self.is_verb(v) && user(v)).then_some(v)
    }

    pub(super) fn by_agent(&self, t: usize) -> Vec<usize> {
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

    /// [`Graph::by_agent`] read for a role of modifiers: an agent that is a
    /// common noun naming no actor is named by its own possessor or modifier
    /// ("drones donated by the Australian government", "by Japan's coast
    /// guard"), which a role of modifiers does not otherwise look into.
    pub(super) fn agent_names(&self, t: usize) -> Vec<usize> {
        let p = self.p;
        let mut out = Vec::new();
        for a in self.by_agent(t) {
            out.push(a);
            if self.actors_at[a].is_empty() && matches!(p.tag(a), "NN" | "NNS") {
                out.extend(self.kids[a].iter().copied().filter(|&c| {
                    matches!(p.dep(c), "poss" | "amod" | "compound" | "nmod") && !self.actors_at[c].is_empty()
                }));
            }
        }
        out
    }

    /// What the predicate acts on.
    pub(super) fn objects(&self, t: usize) -> Vec<usize> {
        let p = self.p;
        // (What a verb calls its object is no second object: "which X called Russia's ally".)
        let has_object = self.kids[t].iter().any(|&c| matches!(p.dep(c), "dobj" | "nsubjpass"));
        let mut out: Vec<usize> = self.kids[t]
            .iter()
            .copied()
            .filter(|&c| matches!(p.dep(c), "dobj" | "nsubjpass" | "attr") || p.dep(c) == "oprd" && !has_object)
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
        // "flew to Asmara and was received by X": a passive joined to an earlier active verb, with
        // no subject of its own, is said of that verb's subject.
        if out.is_empty()
            && p.dep(t) == "conj"
            && self.passive(t)
            && !self.kids[t].iter().any(|&k| p.dep(k).starts_with("nsubj"))
        {
            if let Some(h) = p.head(t).filter(|&h| self.is_verb(h) && !self.passive(h)) {
                out.extend(self.subjects(h));
            }
        }
        // "arms and pays the factions": a verb joined to a later one with no subject of its own shares
        // that one's object (not a verb with complements of its own: "spoke by phone with X and urged
        // both sides to ...").
        // (A phrase before the verb is no complement: "which for decades armed and financed X".)
        let bare = || {
            !self.kids[t].iter().any(|&k| {
                matches!(p.dep(k), "dobj" | "dative" | "xcomp" | "ccomp" | "agent") || p.dep(k) == "prep" && k > t
            })
        };
        if out.is_empty() && self.is_verb(t) && bare() {
            let shared = |c: usize| {
                c > t
                    && p.dep(c) == "conj"
                    && self.is_verb(c)
                    && !self.kids[c].iter().any(|&k| p.dep(k).starts_with("nsubj"))
            };
            for &c in self.kids[t].iter().filter(|&&c| shared(c)) {
                out.extend(
                    self.kids[c].iter().copied().filter(|&o| p.dep(o) == "dobj").map(|o| self.relative_antecedent(o)),
                );
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
                // (A perfect or a progressive too: "the agreements Canberra has struck", "the frigates
                // Japan is supplying".)
                let with_aux = |tag: &str, aux: &str| {
                    p.tag(t) == tag && self.kids[t].iter().any(|&c| p.dep(c) == "aux" && p.lemma(c) == aux)
                };
                if matches!(p.dep(t), "relcl" | "acl")
                    && (matches!(p.tag(t), "VBD" | "VBZ" | "VBP") || with_aux("VBN", "have") || with_aux("VBG", "be"))
                    && self.kids[t].iter().any(|&c| p.dep(c) == "nsubj" && !matches!(p.tag(c), "WDT" | "WP"))
                    // ("Russia, whose soldiers fight ...": the relative word is in the subject.)
                    && !self.kids[t]
                        .iter()
                        .any(|&c| p.dep(c) == "nsubj" && self.kids[c].iter().any(|&d| p.tag(d) == "WP$"))
                {
                    out.push(h);
                }
            }
        }
        out
    }

    /// "which", "who", "that" heading a relative clause stand for the noun it modifies.
    pub(super) fn relative_antecedent(&self, s: usize) -> usize {
        // ("whose plant was built by KEPCO": the possessor of a relative clause's noun, four arcs up.)
        let whose = self.p.tag(s) == "WP$";
        // ("Georgia and Turkey, both of which buy Azerbaijani gas": a word for every one of them
        // over "of which" stands for them too.)
        let every_one_of = matches!(self.p.lemma(s), "both" | "each" | "all")
            && self.prep_objects(s, "of").iter().any(|&o| matches!(self.p.tag(o), "WDT" | "WP"));
        if matches!(self.p.tag(s), "WDT" | "WP")
            || whose
            || every_one_of
            || self.p.lemma(s) == "that" && self.p.tag(s) != "DT"
        {
            let mut cur = s;
            for _ in 0..if whose { 4 } else { 3 } {
                let Some(h) = self.p.head(cur) else { break };
                if self.p.dep(cur) == "relcl" {
                    let antecedent = self.judged_event(cur, h);
                    // (A text that says something says it for its issuer: "adopted resolution 2773,
                    // which condemns the offensive".)
                    return Some(antecedent)
                        .filter(|_| self.p.dep(s).starts_with("nsubj") && !whose)
                        .and_then(|n| self.issuer(n))
                        .unwrap_or(antecedent);
                }
                cur = h;
            }
        }
        s
    }

    /// Who issued text `n` (class issued_texts) that names no actor itself: the
    /// subject of the verb of issuing (class issuing_acts) it is the object of
    /// ("the Council adopted resolution 2773"), or the "by" of the act of issuing
    /// it is "of" ("the adoption by the Council of resolution 2773"); not who
    /// vetoed or rejected it.
    fn issuer(&self, n: usize) -> Option<usize> {
        let p = self.p;
        // (Its own words only, not the clause on it: "resolution 2773, which condemns the M23".)
        let own_words = self.kids[n].iter().filter(|&&c| !matches!(p.dep(c), "relcl" | "acl" | "punct"));
        if !self.sets.listed("issued_texts", p.lemma(n))
            || !self.actors_at[n].is_empty()
            || own_words.clone().any(|&c| !self.actors(c, false).is_empty())
        {
            return None;
        }
        let h = p.head(n)?;
        match p.dep(n) {
            "dobj" if self.is_verb(h) && self.sets.listed("issuing_acts", p.lemma(h)) => {
                self.subjects(h).first().copied()
            }
            "pobj" if p.lemma(h) == "of" => {
                let act = p.head(h).filter(|&a| self.sets.listed("issuing_acts", p.lemma(a)))?;
                self.by_agent(act).first().copied()
            }
            _ => None,
        }
    }

    /// The antecedent of a relative clause with verb `v` that the parser hung
    /// on `h`: a verb that judges an act ("strike on X in Doha, which Y
    /// condemned") judges the event the place `h` is the setting of.
    fn judged_event(&self, v: usize, h: usize) -> usize {
        let p = self.p;
        if !self.sets.is_stance_verb(p.lemma(v)) || self.sets.is_predicate_noun(p.lemma(h)) {
            return h;
        }
        // (Only from the place of a setting: "sanctions on Tehran, which Washington accuses of ..."
        // judges Tehran.)
        if !(p.dep(h) == "pobj" && p.head(h).is_some_and(|prep| matches!(p.lemma(prep), "in" | "at" | "near"))) {
            return h;
        }
        let mut x = h;
        for _ in 0..4 {
            let Some(prep) = p.head(x).filter(|_| p.dep(x) == "pobj") else { return h };
            let Some(n) = p.head(prep).filter(|&n| p.tag(n).starts_with("NN")) else { return h };
            if self.sets.is_predicate_noun(p.lemma(n)) {
                return n;
            }
            x = n;
        }
        h
    }

    /// Objects of preposition `prep` attached to `t`, to its light verb (for a
    /// noun) or to its direct object (for a verb: "sold rifles to Sudan").
    pub(super) fn prep_objects(&self, t: usize, prep: &str) -> Vec<usize> {
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
            // ("signed an agreement with Sweden on the co-development of jets": and the pact's it is on.)
            let pact = p
                .head(t)
                .filter(|_| p.dep(t) == "pobj")
                .and_then(|h| p.head(h))
                .filter(|&n| p.head(n) == Some(v) && self.sets.listed("commitments", p.lemma(n)));
            hosts.extend(pact);
        } else if matches!(prep, "between" | "among" | "amongst") {
            // "Clashes erupted between X and Y": a verb of taking place lends its event its pair; so
            // does a participle of a light verb on it ("a meeting held in Amman on 12 August between
            // X and Y").
            let occurs = |v: usize| self.is_verb(v) && self.sets.occurrence_verbs.contains(p.lemma(v));
            hosts.extend(p.head(t).filter(|&h| p.dep(t) == "nsubj" && occurs(h)));
            let held = |k: usize| p.dep(k) == "acl" && p.tag(k) == "VBN" && self.light.contains(p.lemma(k));
            hosts.extend(self.kids[t].iter().copied().filter(|&k| held(k)));
        }
        // "completed delivery of its latest batch of howitzers to Ukraine": an amount the noun is
        // "of" carries its prepositions as the verb's object does.
        if !self.is_verb(t) && !matches!(prep, "between" | "among" | "amongst") {
            let of = self.kids[t].iter().copied().filter(|&c| p.dep(c) == "prep" && p.lemma(c) == "of");
            let amounts: Vec<usize> = of
                .flat_map(|c| self.kids[c].iter().copied().filter(|&o| p.dep(o) == "pobj"))
                .filter(|&o| self.is_measure(o))
                .collect();
            for o in amounts {
                hosts.extend(self.with_measured(o));
            }
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
                    // Not an absolute clause ("with South Korea assessing that ...", "rebel forces
                    // fighting the army"); a participle after another preposition describes its noun
                    // ("delivery of six fighters ordered by X").
                    let clause = |o: usize| {
                        self.kids[o].iter().any(|&k| {
                            matches!(p.dep(k), "acl" | "advcl")
                                && (p.tag(k) == "VBG" || p.tag(k) == "VBN" && matches!(prep, "with" | "without"))
                        })
                    };
                    // (And a repeated preposition joined to it: "met with Lavrov and with Jaishankar",
                    // "sold jets to Egypt and to India".)
                    let repeated = self.kids[c].iter().copied().filter(|&k| p.dep(k) == "conj" && p.lemma(k) == prep);
                    for c in std::iter::once(c).chain(repeated) {
                        out.extend(
                            self.kids[c]
                                .iter()
                                .copied()
                                .filter(|&o| matches!(p.dep(o), "pobj" | "pcomp") && !clause(o)),
                        );
                    }
                }
            }
        }
        out
    }

    /// Whether noun `o` is an amount or batch ("$500 million", "a package", "2 million tonnes").
    pub(super) fn is_measure(&self, o: usize) -> bool {
        let p = self.p;
        p.tag(o) == "CD"
            || self.sets.in_class(self, o, "measures")
            || self.kids[o].iter().any(|&c| matches!(p.dep(c), "nummod" | "quantmod") && p.tag(c) == "CD")
    }

    /// Token `o` and, when it is an amount, what it measures ("the first batch [of tanks]").
    pub(super) fn with_measured(&self, o: usize) -> Vec<usize> {
        let mut out = vec![o];
        // (An amount of an amount: "the delivery of the first batteries of air-defence systems".)
        let mut at = 0;
        while at < out.len() && at < 3 {
            if self.is_measure(out[at]) {
                out.extend(self.measured(out[at]));
            }
            at += 1;
        }
        out
    }

    /// What amount `o` measures: the objects of its "of" and "in".
    pub(super) fn measured(&self, o: usize) -> Vec<usize> {
        let p = self.p;
        let objects = |x: usize, preps: &'static [&'static str]| {
            self.kids[x]
                .iter()
                .filter(move |&&c| p.dep(c) == "prep" && preps.contains(&p.lemma(c)))
                .flat_map(|&c| self.kids[c].iter().copied().filter(|&x| p.dep(x) == "pobj"))
        };
        // (A rate: "2.4 million barrels per day of Iranian oil", "3 million tonnes a year of LNG".)
        let per = objects(o, &["per"]).flat_map(|d| objects(d, &["of", "in"]));
        let a_year = self.kids[o].iter().copied().filter(|&d| p.dep(d) == "npadvmod").flat_map(|d| objects(d, &["of"]));
        objects(o, &["of", "in"]).chain(per).chain(a_year).collect()
    }

    /// `t` with the words coordinated with it ("X, Y and Z").
    pub(super) fn conjuncts(&self, t: usize) -> Vec<usize> {
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

    /// "between Morocco and Mali, Niger and Chad": one side joined by "and" to a
    /// list after it (the list's members set apart by commas) pairs that side
    /// with each member, not the members with each other. The side's actors and
    /// the list's, or `None` for any other coordination.
    pub(super) fn one_and_list(&self, o: usize) -> Option<(Vec<usize>, Vec<usize>)> {
        let mut list = self.conjuncts(o);
        list.sort_unstable();
        let [first, second, third, ..] = list[..] else { return None };
        let joined = (first + 1..second).any(|w| self.p.dep(w) == "cc" && self.p.lemma(w) == "and");
        let listed = (second + 1..third).any(|w| self.p.word(w) == ",");
        if !(joined && listed) {
            return None;
        }
        // (Each member's own actors, not those of the members coordinated under it.)
        let own = |m: usize| {
            let under: Vec<usize> = self.kids[m]
                .iter()
                .filter(|&&c| self.p.dep(c) == "conj")
                .flat_map(|&c| self.actors(c, false))
                .collect();
            self.actors(m, false).into_iter().filter(move |a| !under.contains(a))
        };
        Some((own(first).collect(), list[1..].iter().flat_map(|&m| own(m)).collect()))
    }

    /// Coordinated groups of actors on `t`: its subjects ("X and Y signed")
    /// and the objects of `between` / `among`.
    pub(super) fn pairs(&self, t: usize) -> Vec<Vec<usize>> {
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
            // "joint patrols by the SANDF and the FADM": those who do a joint act (class together) together.
            let joint =
                self.kids[t].iter().any(|&c| self.p.dep(c) == "amod" && self.sets.listed("together", self.p.lemma(c)));
            if joint {
                // (The parse may hang "by" on the active verb the act is the object of.)
                let verb = self.p.head(t).filter(|&v| self.p.dep(t) == "dobj" && self.is_verb(v) && !self.passive(v));
                let on_verb = verb.into_iter().flat_map(|v| self.prep_objects(v, "by")).filter(|&o| o > t);
                let agents: Vec<usize> = self.prep_objects(t, "by").into_iter().chain(on_verb).collect();
                heads.extend(agents.into_iter().map(|o| vec![o]));
            }
            // "the pact binding Australia, Britain and the US", "a treaty that links X and Y": whom a
            // pact's own verb of binding takes (class binding_verbs) are its parties.
            let binding = |c: usize| {
                matches!(self.p.dep(c), "acl" | "relcl") && !self.passive(c) && self.verb_in(c, "binding_verbs")
            };
            for c in self.kids[t].iter().copied().filter(|&c| binding(c)) {
                heads.extend(self.kids[c].iter().copied().filter(|&o| self.p.dep(o) == "dobj").map(|o| vec![o]));
            }
            // "talks in Geneva between X and Y", "clashes along the border between X and Y": the parse
            // hangs the pair on the place.
            for prep in ["of", "on", "in", "at", "along", "across"] {
                hosts.extend(self.prep_objects(t, prep));
            }
            // "a plan of military cooperation between X and Y": on the noun the predicate is "of".
            let of = self.p.head(t).filter(|&o| self.p.dep(t) == "pobj" && self.p.lemma(o) == "of");
            hosts.extend(
                of.and_then(|o| self.p.head(o))
                    .filter(|&n| self.p.tag(n).starts_with("NN") && self.actors_at[n].is_empty()),
            );
        }
        for h in hosts {
            for prep in ["between", "among", "amongst"] {
                for o in self.prep_objects(h, prep) {
                    match self.one_and_list(o) {
                        Some((side, list)) => {
                            for &a in &side {
                                groups.extend(list.iter().filter(|&&b| b != a).map(|&b| vec![a, b]));
                            }
                        }
                        None => heads.push(vec![o]),
                    }
                }
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
        // "Russian fighters of the Africa Corps": one common noun named by a modifier and by whom
        // it is "of" is one party named twice, not a pair.
        let one_party = |hs: &[usize]| {
            let [h] = hs else { return false };
            let of_named = self.prep_objects(*h, "of").into_iter().any(|o| !self.actors(o, false).is_empty());
            let modified = self.kids[*h].iter().any(|&c| {
                matches!(self.p.dep(c), "amod" | "compound" | "nmod" | "poss") && !self.actors_at[c].is_empty()
            });
            self.p.tag(*h).starts_with("NN")
                && self.actors_at[*h].is_empty()
                && self.conjuncts(*h).len() == 1
                && of_named
                && modified
        };
        heads.retain(|hs| !one_party(hs));
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
    pub(super) fn one_member(&self, a: usize, b: usize) -> bool {
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
    pub(super) fn hyphen_pair(&self, t: usize) -> Option<Vec<usize>> {
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
    pub(super) fn speakers(&self, x: usize) -> Vec<usize> {
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
        // ("U.S. Indo-Pacific Command will consult closely with our Japanese allies": outside any
        // quotation, a release's "our" is its issuer, the named subject of the clause.)
        let quote = |t: usize| matches!(self.p.word(t), "\"" | "“" | "”" | "``" | "''");
        if (0..x).filter(|&t| quote(t)).count() % 2 == 1 {
            return Vec::new();
        }
        let mut cur = x;
        for _ in 0..8 {
            let Some(h) = self.p.head(cur) else { break };
            if self.is_verb(h) {
                let subjects = self.subjects(h);
                if !subjects.is_empty() {
                    return subjects
                        .into_iter()
                        .filter(|&s| self.p.tag(s).starts_with("NNP"))
                        .flat_map(|s| self.actors(s, false))
                        .collect();
                }
            }
            cur = h;
        }
        Vec::new()
    }

    /// "Mali's armed forces said they had repelled ...": the one actor a plural
    /// subject (forces, officials) of the reporting verb above `x`, a "they"
    /// subject of the reported clause, names (see [`Graph::reporter`]).
    pub(super) fn plural_speaker(&self, x: usize) -> Vec<usize> {
        let p = self.p;
        let plural = self
            .reporting_verb(x)
            .is_some_and(|r| self.kids[r].iter().any(|&s| p.dep(s) == "nsubj" && matches!(p.tag(s), "NNS" | "NNPS")));
        if plural {
            self.reporter(x)
        } else {
            Vec::new()
        }
    }

    /// The reporting verb whose reported clause has `n` as its subject ("said" in
    /// "Israel said its jets struck ...").
    fn reporting_verb(&self, n: usize) -> Option<usize> {
        let p = self.p;
        if !matches!(p.dep(n), "nsubj" | "nsubjpass") {
            return None;
        }
        let v = p.head(n).filter(|&v| self.is_verb(v))?;
        p.head(v).filter(|&r| p.dep(v) == "ccomp" && self.is_verb(r) && self.report.contains(p.lemma(r)))
    }

    /// The one actor named as the subject of the reporting verb above noun `n`,
    /// when `n` is the subject of the reported clause ("Israel said its jets
    /// struck ..."): what an "its" on `n` stands for. Read from the names on
    /// that subject alone (no pronoun is followed, so no reading loops).
    pub(super) fn reporter(&self, n: usize) -> Vec<usize> {
        let p = self.p;
        let Some(r) = self.reporting_verb(n) else { return Vec::new() };
        let named = self.kids[r].iter().copied().filter(|&s| p.dep(s) == "nsubj").flat_map(|s| {
            std::iter::once(s)
                .chain(self.kids[s].iter().copied().filter(|&m| matches!(p.dep(m), "poss" | "compound" | "amod")))
                .flat_map(|x| self.actors_at[x].iter().copied())
        });
        alone(named.collect())
    }

    /// What "it" opening a clause after a colon or semicolon stands for: the
    /// one actor the clause before names as its subject ("The South Korean firm
    /// is no stranger to Bucharest: it handed over 18 howitzers").
    pub(super) fn subject_before_colon(&self, x: usize) -> Vec<usize> {
        let p = self.p;
        let Some(colon) = (0..x).rev().find(|&c| matches!(p.word(c), ":" | ";")) else { return Vec::new() };
        if (colon + 1..x).any(|c| self.is_verb(c)) {
            return Vec::new();
        }
        match main_subject_token(p).filter(|&s| s < colon) {
            Some(s) => alone(self.actors_at[s].clone()),
            None => Vec::new(),
        }
    }

    /// What "its" inside the agent of a passive stands for: the one the passive is said of,
    /// the noun a participle describes or the passive verb's subject ("Belgrade, backed by its
    /// allies", "Serbia is backed by its allies").
    pub(super) fn patient_of_agent(&self, x: usize) -> Vec<usize> {
        let p = self.p;
        let mut n = x;
        for _ in 0..4 {
            let Some(h) = p.head(n) else { return Vec::new() };
            if p.dep(n) == "pobj" && p.dep(h) == "agent" {
                let Some(v) = p.head(h).filter(|&v| self.is_verb(v)) else { return Vec::new() };
                let patients: Vec<usize> = match p.head(v) {
                    Some(noun) if p.dep(v) == "acl" => vec![noun],
                    _ => self.kids[v].iter().copied().filter(|&c| p.dep(c) == "nsubjpass").collect(),
                };
                return alone(patients.into_iter().flat_map(|c| self.actors_at[c].clone()).collect());
            }
            if !matches!(p.dep(n), "poss" | "pobj" | "appos" | "compound" | "amod") {
                return Vec::new();
            }
            n = h;
        }
        Vec::new()
    }

    /// What "its" on the subject of a clause joined to another ("Athens is awaiting jets, while
    /// its navy took delivery of ...", "Greece ordered jets, and its navy received ...") stands
    /// for: the one actor the other clause names as its subject.
    pub(super) fn joined_clause_owner(&self, x: usize) -> Vec<usize> {
        let p = self.p;
        let Some(n) = p.head(x).filter(|&n| p.dep(x) == "poss" && matches!(p.dep(n), "nsubj" | "nsubjpass")) else {
            return Vec::new();
        };
        let Some(v) = p.head(n).filter(|&v| self.is_verb(v) && matches!(p.dep(v), "advcl" | "conj")) else {
            return Vec::new();
        };
        let Some(main) = p.head(v).filter(|&h| self.is_verb(h)) else { return Vec::new() };
        alone(self.subjects(main).into_iter().flat_map(|s| self.actors(s, false)).collect())
    }

    /// What "its" in a relative clause on an actor stands for, when the clause's subject is the
    /// relative pronoun: not that actor but the nearest other actor above it in the sentence, the
    /// subject of the verb it hangs from or the noun it describes ("Algeria still leans on Russia,
    /// which supplies the bulk of its weapons", "Vietnam, long dependent on Russia, which supplied
    /// most of its fighters").
    pub(super) fn relative_clause_owner(&self, x: usize) -> Vec<usize> {
        let p = self.p;
        let mut v = x;
        for _ in 0..6 {
            match p.head(v) {
                Some(h) if p.dep(v) != "relcl" => v = h,
                _ => break,
            }
        }
        // (The clause's subject is its relative pronoun: "which supplies"; not "which Y buys".)
        let pronoun = self.kids[v].iter().copied().find(|&c| p.dep(c) == "nsubj" && p.dep(v) == "relcl");
        let Some(antecedent) = pronoun.map(|c| self.relative_antecedent(c)).filter(|&a| Some(a) != pronoun) else {
            return Vec::new();
        };
        let named = self.actors_at[antecedent].clone();
        if named.is_empty() {
            return Vec::new();
        }
        let mut up = antecedent;
        for _ in 0..5 {
            let Some(h) = p.head(up) else { break };
            let here: Vec<usize> = if self.is_verb(h) {
                self.subjects(h).into_iter().flat_map(|s| self.actors_at[s].clone()).collect()
            } else {
                self.actors_at[h].clone()
            };
            let others: Vec<usize> = here.into_iter().filter(|a| !named.contains(a)).collect();
            if !others.is_empty() {
                return alone(others);
            }
            up = h;
        }
        Vec::new()
    }

    /// "X sent soldiers to Russia's Kursk region, where they fought ...": "they",
    /// subject of a clause on the place forces were sent to, stands for the
    /// forces, whose sender is the sending verb's subject.
    pub(super) fn sent_forces(&self, x: usize) -> Vec<usize> {
        let p = self.p;
        let Some(clause) = p.head(x).filter(|_| p.dep(x) == "nsubj") else { return Vec::new() };
        let Some(mut place) = p.head(clause).filter(|_| p.dep(clause) == "relcl") else { return Vec::new() };
        // (Up a name's "of": "to the border region of Bryansk, where they ...".)
        while let Some(n) =
            p.head(place).filter(|&of| p.dep(place) == "pobj" && p.lemma(of) == "of").and_then(|of| p.head(of))
        {
            place = n;
        }
        let Some(verb) = p
            .head(place)
            .filter(|&to| p.dep(place) == "pobj" && matches!(p.lemma(to), "to" | "into"))
            .and_then(|to| p.head(to))
            .filter(|&v| self.is_verb(v))
        else {
            return Vec::new();
        };
        if !self.kids[verb].iter().any(|&o| p.dep(o) == "dobj" && self.sets.in_class(self, o, "troops")) {
            return Vec::new();
        }
        self.subjects(verb).into_iter().flat_map(|s| self.actors_at[s].iter().copied()).collect()
    }

    /// "India and China ... following their border clash": "they" or "their"
    /// stands for the subject of a clause above it that names two or more actors.
    pub(super) fn plural_antecedent(&self, x: usize) -> Vec<usize> {
        let mut cur = x;
        for _ in 0..8 {
            let Some(h) = self.p.head(cur) else { break };
            for &c in &self.kids[h] {
                // (Not another pronoun: "they they could" would refer back and forth.)
                if c != cur
                    && matches!(self.p.dep(c), "nsubj" | "nsubjpass")
                    && c != x
                    && !self.p.tag(c).starts_with("PRP")
                {
                    let group: Vec<usize> = self.actors(c, false);
                    if group.len() >= 2 {
                        return group;
                    }
                }
            }
            // ("Although Japan and the Philippines are rivals, they signed a pact with Australia": the
            // subject of a clause opening the sentence before the pronoun's.)
            for &c in self.kids[h].iter().filter(|&&c| c < x && self.p.dep(c) == "advcl") {
                for &s in self.kids[c].iter().filter(|&&s| self.p.dep(s) == "nsubj") {
                    let group: Vec<usize> = self.actors(s, false);
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
    pub(super) fn judged(&self, v: usize) -> Vec<usize> {
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
    pub(super) fn judged_owner(&self, x: usize) -> Vec<usize> {
        let p = self.p;
        let Some(n) = p.head(x).filter(|&n| p.dep(x) == "poss" && p.dep(n) == "pobj") else { return Vec::new() };
        let Some(prep) = p.head(n).filter(|&h| matches!(p.lemma(h), "over" | "for")) else { return Vec::new() };
        let Some(v) = p.head(prep).filter(|&v| self.is_verb(v)) else { return Vec::new() };
        alone(self.judged(v).into_iter().flat_map(|o| self.actors(o, false)).collect())
    }

    /// What "it" as the subject of a relative clause on a verb's object stands
    /// for: that verb's one actor subject ("Egypt's air force finally had the
    /// jets it ordered from France").
    /// ("regards the SDF as an extension of the PKK, which it has fought": also on a noun further
    /// down the verb's object or its phrase, through prepositions.)
    pub(super) fn relative_subject_owner(&self, y: usize) -> Vec<usize> {
        let p = self.p;
        let Some(mut n) = p.head(y).filter(|&v| p.dep(v) == "relcl").and_then(|v| p.head(v)) else {
            return Vec::new();
        };
        let antecedent = self.actors_at[n].clone();
        for _ in 0..6 {
            let Some(h) = p.head(n) else { return Vec::new() };
            match p.dep(n) {
                "dobj" | "prep" if self.is_verb(h) => {
                    let owners: Vec<usize> = self
                        .subjects(h)
                        .into_iter()
                        .flat_map(|s| self.actors(s, false))
                        .filter(|a| !antecedent.contains(a))
                        .collect();
                    return alone(owners);
                }
                "pobj" | "prep" | "conj" | "appos" | "dobj" => n = h,
                _ => return Vec::new(),
            }
        }
        Vec::new()
    }

    /// What "its" stands for in a phrase of time on a verb ("Russia has occupied
    /// Abkhazia since its 2008 war with Georgia", "during its invasion"): the
    /// verb's one actor subject, not its object.
    pub(super) fn adjunct_owner(&self, x: usize) -> Vec<usize> {
        let p = self.p;
        let Some(n) = p.head(x).filter(|&n| p.dep(n) == "pobj") else { return Vec::new() };
        let Some(prep) = p.head(n).filter(|&a| self.sets.listed("time_prepositions", p.lemma(a))) else {
            return Vec::new();
        };
        let Some(v) = p.head(prep).filter(|&v| self.is_verb(v)) else { return Vec::new() };
        alone(self.subjects(v).into_iter().flat_map(|s| self.actors(s, false)).collect())
    }

    /// What "its" on a verb's direct object stands for: the verb's one actor
    /// subject ("the TTP ended its ceasefire with the government"). Further down
    /// ("sanctioned Russia for its support of X") the object is as near.
    pub(super) fn singular_antecedent(&self, x: usize) -> Vec<usize> {
        let p = self.p;
        let Some(n) = p.head(x) else { return Vec::new() };
        // "Japan's strengths and its defence partnerships": the owner of the noun it is joined to.
        let joined = if p.dep(n) == "conj" { p.head(n) } else { None };
        if let Some(m) = joined.filter(|&m| p.tag(m).starts_with("NN")) {
            let owners: Vec<usize> =
                self.kids[m].iter().filter(|&&c| p.dep(c) == "poss").flat_map(|&c| self.actors(c, false)).collect();
            if !owners.is_empty() {
                return alone(owners);
            }
        }
        // (Or on a relational noun that is the object of the verb's preposition: "Washington stands
        // with its ally Japan"; not "sanctions on Iran over its drone transfers".)
        let relational = |x: usize| self.sets.is_relational(p.lemma(x));
        let v = match p.dep(n) {
            "dobj" => p.head(n),
            // (Also through the verb's object noun: "reaffirmed its commitment to its ally Seoul".)
            "pobj" if relational(n) || self.kids[n].iter().any(|&c| p.dep(c) == "compound" && relational(c)) => p
                .head(n)
                .filter(|&w| p.dep(w) == "prep")
                .and_then(|w| p.head(w))
                .and_then(|x| if p.dep(x) == "dobj" && !self.is_verb(x) { p.head(x) } else { Some(x) }),
            _ => None,
        };
        let Some(v) = v.filter(|&v| self.is_verb(v)) else { return Vec::new() };
        alone(self.subjects(v).into_iter().flat_map(|s| self.actors(s, false)).collect())
    }

    /// The noun that `x`, in apposition, describes. An apposition after a prepositional phrase
    /// belongs to the actor right before its comma, not to the abstract noun the parser may
    /// attach it to: in "India's closeness to Russia, its main supplier" the supplier is Russia.
    pub(super) fn apposed(&self, x: usize) -> Option<usize> {
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
    pub(super) fn list_head(&self, mut x: usize) -> usize {
        while let Some(up) = self.p.head(x).filter(|_| self.p.dep(x) == "conj") {
            x = up;
        }
        x
    }

    /// What "its" stands for on a conjunct ("Russia and its ally Belarus"): the
    /// actor of the conjunct before.
    pub(super) fn conjunct_owner(&self, x: usize) -> Vec<usize> {
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
    /// What "its" stands for on a noun "in" which another is someone's backer or ally: "Kuwait, a
    /// key backer of Iraq in its war with Iran" (Iraq's war), "the main ally of Russia in its fight".
    pub(super) fn helped_owner(&self, x: usize) -> Vec<usize> {
        let p = self.p;
        let Some(n) = p.head(x).filter(|_| p.dep(x) == "poss") else { return Vec::new() };
        let Some(h) = p.head(n).filter(|&a| p.dep(n) == "pobj" && p.lemma(a) == "in").and_then(|a| p.head(a)) else {
            return Vec::new();
        };
        if !p.tag(h).starts_with("NN") || !self.actors_at[h].is_empty() {
            return Vec::new();
        }
        alone(self.prep_objects(h, "of").into_iter().flat_map(|o| self.actors(o, false)).collect())
    }

    pub(super) fn describer(&self, x: usize) -> Vec<usize> {
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
    pub(super) fn attacked(&self, y: usize) -> bool {
        let p = self.p;
        let mut verb = match p.dep(y) {
            "dobj" => p.head(y),
            "pobj" => p.head(y).and_then(|h| p.head(h)),
            _ => None,
        };
        // "struck what New Delhi called terrorist camps": what a free relative names is what the
        // verb above it acts on.
        if let Some(v) = verb.filter(|&v| {
            p.dep(v) == "ccomp"
                && self.verb_in(v, "naming_verbs")
                && self.kids[v].iter().any(|&w| p.tag(w) == "WP" && p.dep(w) == "dobj")
        }) {
            verb = p.head(v);
        }
        // (Or what an attack noun is on: "strikes on Ukraine's grid".)
        let on_noun = p.dep(y) == "pobj"
            && p.head(y).is_some_and(|h| matches!(p.lemma(h), "on" | "against" | "at"))
            && verb.is_some_and(|n| {
                p.tag(n).starts_with("NN") && self.sets.has_predicate(p.lemma(n), false, RelationType::ArmedConflict)
            });
        on_noun
            || verb.is_some_and(|v| {
                self.is_verb(v) && self.sets.has_predicate(p.lemma(v), true, RelationType::ArmedConflict)
            })
    }

    /// Whom help verb `v` helps: its object, or the subject the parse gave the
    /// verb after it ("helping Iran build a reactor", "help Congo fight").
    pub(super) fn helped(&self, v: usize) -> Vec<usize> {
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
    pub(super) fn launched_by(&self, y: usize) -> Vec<usize> {
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
    pub(super) fn is_commodity(&self, y: usize) -> bool {
        ["weapons", "energy", "goods"].iter().any(|c| self.sets.in_class(self, y, c))
    }

    /// The actors object pronoun `it` (token `y`) stands for when its verb is a
    /// clause with no subject of its own hung on another verb: that verb's
    /// object ("Sudan took the UAE to court, accusing it of ..."). Empty when
    /// there is none.
    fn shared_clause_object(&self, y: usize) -> Vec<usize> {
        let p = self.p;
        let Some(v) = p.head(y).filter(|&v| self.is_verb(v)) else { return Vec::new() };
        if !matches!(p.dep(v), "advcl" | "conj" | "xcomp")
            || self.kids[v].iter().any(|&k| p.dep(k).starts_with("nsubj"))
        {
            return Vec::new();
        }
        let Some(m) = p.head(v).filter(|&m| self.is_verb(m)) else { return Vec::new() };
        // ("summoned Rwanda's ambassador, accusing it of ...": "it" is no person, but whose.)
        let named = |o: usize| {
            let own = self.actors(o, false);
            if !own.is_empty() {
                return own;
            }
            self.kids[o].iter().filter(|&&c| p.dep(c) == "poss").flat_map(|&c| self.actors_at[c].clone()).collect()
        };
        self.kids[m]
            .iter()
            .filter(|&&o| matches!(p.dep(o), "dobj" | "iobj"))
            .flat_map(|&o| self.conjuncts(o))
            .flat_map(named)
            .collect()
    }

    /// The mentions token `x` stands for: its own, those of its coordinated
    /// and apposed words, and for a common noun ("Russian troops", "Sudan's
    /// army") its actor modifiers and possessor.
    pub(super) fn actors(&self, x: usize, modifiers_only: bool) -> Vec<usize> {
        let p = self.p;
        // "Hezbollah, the Iran-backed group": a noun in apposition to a name is that name.
        if !modifiers_only && self.actors_at[x].is_empty() && p.dep(x) == "appos" && p.tag(x).starts_with("NN") {
            if let Some(h) = p.head(x).filter(|&h| !self.actors_at[h].is_empty()) {
                return self.actors_at[h].clone();
            }
        }
        let mut out = Vec::new();
        let mut todo = vec![x];
        let mut seen = FxHashSet::default();
        while let Some(y) = todo.pop() {
            if !seen.insert(y) || seen.len() > 64 {
                continue;
            }
            // "from South Korean suppliers, including Hanwha", "several EU countries, including
            // Belgium": those a plural names by example (not the group its modifier names).
            let examples: Vec<usize> = if modifiers_only || p.tag(y) != "NNS" || !self.actors_at[y].is_empty() {
                Vec::new()
            } else {
                self.kids[y]
                    .iter()
                    .filter(|&&c| p.dep(c) == "prep" && p.lemma(c) == "include")
                    .flat_map(|&c| self.kids[c].iter().copied().filter(|&o| p.dep(o) == "pobj"))
                    .collect()
            };
            // (Examples that name no actor leave the plural to its modifiers: "Georgian officials,
            // including the interior minister".)
            let named: Vec<usize> =
                examples.iter().flat_map(|&e| self.conjuncts(e)).flat_map(|e| self.actors(e, modifiers_only)).collect();
            if !named.is_empty() {
                out.extend(named);
                continue;
            }
            // "trained thousands of Somali commandos": a count is of whom it counts (class count_nouns).
            if self.actors_at[y].is_empty() && self.sets.listed("count_nouns", p.lemma(y)) {
                todo.extend(self.prep_objects(y, "of"));
                continue;
            }
            // "exported shells to buyers in Poland": buyers named by where they are (class
            // market_nouns) stand for that place's state, when nothing before the noun names theirs.
            if !modifiers_only && self.actors_at[y].is_empty() && self.sets.listed("market_nouns", p.lemma(y)) {
                let own = self.kids[y]
                    .iter()
                    .any(|&c| matches!(p.dep(c), "compound" | "amod" | "poss") && !self.actors_at[c].is_empty());
                let places = self.prep_objects(y, "in");
                if !own && !places.is_empty() {
                    todo.extend(places.into_iter().flat_map(|o| self.conjuncts(o)));
                    continue;
                }
            }
            // "U.S. Africa Command chief General Dagvin Anderson": a name the lexicon does not know acts
            // for the body named on its title (class officeholders), however deep in the compound.
            if !modifiers_only && self.actors_at[y].is_empty() && p.tag(y) == "NNP" {
                let titles: Vec<usize> = self.kids[y]
                    .iter()
                    .copied()
                    .filter(|&c| p.dep(c) == "compound" && self.sets.listed("officeholders", p.lemma(c)))
                    .collect();
                let mut body: Vec<usize> = Vec::new();
                let mut layer = titles;
                for _ in 0..3 {
                    layer = layer
                        .iter()
                        .flat_map(|&x| self.kids[x].iter().copied())
                        .filter(|&c| p.dep(c) == "compound")
                        .collect();
                    body.extend(layer.iter().copied().filter(|&c| !self.actors_at[c].is_empty()));
                }
                if !body.is_empty() {
                    todo.extend(body);
                    continue;
                }
            }
            if !self.actors_at[y].is_empty() {
                out.extend(self.actors_at[y].iter().copied());
                // "Russian and Ukrainian troops", where the last demonym and its noun are one
                // mention: the demonyms coordinated before it stand for the noun too.
                if p.tag(y).starts_with("NN") && !p.tag(y).starts_with("NNP") {
                    for &c in self.kids[y]
                        .iter()
                        .filter(|&&c| matches!(p.dep(c), "amod" | "nmod" | "compound") && !self.actors_at[c].is_empty())
                    {
                        // ("Polish, Romanian and Lithuanian troops": each of a list of three.)
                        let listed = self.conjuncts(c);
                        if listed[1..].iter().any(|&d| self.actors_at[d] == self.actors_at[y]) {
                            for d in listed.into_iter().filter(|&d| self.actors_at[d] != self.actors_at[y]) {
                                out.extend(self.actors_at[d].iter().copied());
                            }
                        }
                    }
                }
            } else if p.dep(y) == "dobj"
                && self.kids[y].iter().any(|&c| p.dep(c) == "relcl")
                && self.sets.in_class(self, y, "troops")
                && p.head(y).is_some_and(|v| self.is_verb(v))
            {
                // "X sent 10,000 troops, who fought ...": troops no one is named with, that a clause
                // is said of, are the sender's.
                todo.extend(p.head(y).map(|v| self.subjects(v)).unwrap_or_default());
            } else if p.tag(y) == "WP$" {
                // "the UAE, whose plant was built by KEPCO": the noun the clause is on.
                let antecedent = self.relative_antecedent(y);
                if antecedent != y {
                    todo.push(antecedent);
                }
            } else if matches!(p.lemma(y), "we" | "us" | "our" | "ours") {
                out.extend(self.speakers(y));
            } else if matches!(p.word(y).to_lowercase().as_str(), "they" | "them" | "their" | "theirs") {
                let mut antecedent = self.sent_forces(y);
                if antecedent.is_empty() {
                    antecedent = self.plural_antecedent(y);
                }
                if antecedent.is_empty() && matches!(p.dep(y), "nsubj" | "nsubjpass") {
                    antecedent = self.plural_speaker(y);
                }
                out.extend(antecedent);
            } else if p.word(y).eq_ignore_ascii_case("it") && p.dep(y) == "dobj" {
                // "took the UAE to court, accusing it of ...": the object of a clause that shares its
                // subject with the verb it hangs on is that verb's object (not the subject both have).
                out.extend(self.shared_clause_object(y));
            } else if p.word(y).eq_ignore_ascii_case("it") && matches!(p.dep(y), "nsubj" | "nsubjpass") {
                // "Japan said it would provide radars": the one who says so.
                let said_by = self.speakers(y);
                if said_by.len() == 1 {
                    out.extend(said_by);
                } else {
                    let owner = self.relative_subject_owner(y);
                    out.extend(if owner.is_empty() { self.subject_before_colon(y) } else { owner });
                }
            } else if p.word(y).eq_ignore_ascii_case("its") {
                // "Belgrade, backed by its allies Russia and China": in the agent of a passive,
                // the one the passive is said of.
                let mut antecedent = self.patient_of_agent(y);
                if antecedent.is_empty() {
                    antecedent = self.singular_antecedent(y);
                }
                if antecedent.is_empty() {
                    antecedent = self.adjunct_owner(y);
                }
                if antecedent.is_empty() {
                    antecedent = self.judged_owner(y);
                }
                if antecedent.is_empty() {
                    antecedent = self.helped_owner(y);
                }
                if antecedent.is_empty() {
                    antecedent = self.describer(y);
                }
                // "Russia and its ally Belarus": the conjunct before.
                if antecedent.is_empty() {
                    antecedent = self.conjunct_owner(y);
                }
                // ("..., while its drones were bought from Turkey": the main clause's subject, on a
                // passive's subject.)
                if antecedent.is_empty() && p.head(y).is_some_and(|n| p.dep(n) == "nsubjpass") {
                    antecedent = self.joined_clause_owner(y);
                }
                // "Israel said its warplanes had hit ...": the one who reports, on the clause's subject.
                if antecedent.is_empty() {
                    antecedent = p.head(y).map(|n| self.reporter(n)).unwrap_or_default();
                }
                // "Algeria leans on Russia, which supplies the bulk of its weapons": not the actor the
                // relative clause is on, but the one the sentence ties to it.
                if antecedent.is_empty() {
                    antecedent = self.relative_clause_owner(y);
                }
                // "The rifles were ordered by Kenya for its contingent": the agent of the passive the
                // owner's phrase is in.
                if antecedent.is_empty() {
                    let verb = std::iter::successors(p.head(y), |&h| p.head(h)).take(6).find(|&h| self.is_verb(h));
                    antecedent = verb
                        .filter(|&v| self.passive(v))
                        .into_iter()
                        .flat_map(|v| self.by_agent(v))
                        .flat_map(|a| self.actors(a, false))
                        .collect();
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
                // A commodity a sanction is on stands for its seller: "an embargo on Russian oil".
                && (!self.is_commodity(y)
                    || p.dep(y) == "pobj"
                        && p.head(y).is_some_and(|o| {
                            p.lemma(o) == "on"
                                && p.head(o).is_some_and(|n| !self.is_verb(n) && self.sets.in_class(self, n, "sanction_words"))
                        })
                    // (Or act in a participle on them: "with Turkish drones striking SDF positions".)
                    || (p.dep(self.list_head(y)) == "nsubj"
                        || p.dep(y) == "pobj" && p.head(y).is_some_and(|h| p.lemma(h) == "alongside")
                        || self.kids[y].iter().any(|&c| {
                            p.dep(c) == "acl"
                                && p.tag(c) == "VBG"
                                && self.sets.has_predicate(p.lemma(c), true, RelationType::ArmedConflict)
                        }))
                        && self.sets.in_class(self, y, "weapons")
                    || self.attacked(y) && self.sets.in_class(self, y, "crewed")
                    // (So are fixed defences: "pounded Iranian air defences", class holdings.)
                    || self.attacked(y) && self.sets.in_class(self, y, "holdings")
                    // Crewed craft one acts with are their state's: "sailed with Philippine warships".
                    || p.dep(y) == "pobj"
                        && p.head(y).is_some_and(|h| p.lemma(h) == "with")
                        && self.sets.in_class(self, y, "crewed")
                    // (What is attacked is its owner's: "strikes on Ukraine's gas production", not a
                    // place beside it: "a war on Kuwait's doorstep".)
                    || self.attacked(y) && self.kids[y].iter().any(|&c| p.dep(c) == "poss"))
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
                // (Settlements only in a place named as such: "besieged several towns in the region"
                // is in no state the parse can tell.)
                let holding = || self.sets.in_class(self, y, "holdings");
                let settlement = || matches!(p.tag(y), "NN" | "NNS") && self.sets.in_class(self, y, "settlements");
                if self.attacked(self.list_head(y))
                    && (holding() || settlement())
                    && !owned(y)
                    && !owned(self.list_head(y))
                {
                    let holding = holding();
                    let verb = p.head(y).filter(|_| p.dep(y) == "dobj");
                    for prep in places {
                        for o in self
                            .prep_objects(y, prep)
                            .into_iter()
                            .chain(verb.into_iter().flat_map(|v| self.prep_objects(v, prep)))
                            .filter(|&o| holding || p.tag(o).starts_with("NNP"))
                        {
                            out.extend(self.actors_at[o].iter().copied());
                        }
                    }
                }
                // Forces named by where they come from: "counterparts from Japan, the United States
                // and India", "warships from France and Italy".
                let forces = ["troops", "personnel", "crewed"].iter().any(|c| self.sets.in_class(self, y, c));
                if forces && self.actors_at[y].is_empty() {
                    for o in self.prep_objects(y, "from") {
                        for c in self.conjuncts(o) {
                            out.extend(self.actors_at[c].iter().copied());
                        }
                    }
                }
                for &c in &self.kids[y] {
                    // "Mali and Niger, whose rulers signed a pact": whose they are. ("the U.S.
                    // Treasury's list": a state organ's possessor is the state's.)
                    let organ = || self.actors_at[c].is_empty() && self.sets.in_class(self, c, "organs");
                    // ("the Houthi militia's attacks": an armed group's noun with its name before it.)
                    let group = || self.actors_at[c].is_empty() && self.sets.in_class(self, c, "group_nouns");
                    if p.dep(c) == "poss" && (p.tag(c) == "WP$" || organ() || group()) && !relational {
                        todo.push(c);
                    }
                    // "Israel said its jets struck ...": "its" on a reported clause's subject is the reporter.
                    // ("Athens is awaiting jets, while its navy took delivery of ...": the main clause's
                    // subject, on the subject of a clause joined to it.)
                    if p.dep(c) == "poss" && p.word(c).eq_ignore_ascii_case("its") && !relational {
                        let reporter = self.reporter(y);
                        if reporter.is_empty() {
                            out.extend(self.joined_clause_owner(c));
                        }
                        out.extend(reporter);
                    }
                    // ("Greece and Egypt signed a deal, and their navies held a joint exercise": whose
                    // forces "their" names, the plural subject of a clause above.)
                    if p.dep(c) == "poss"
                        && p.word(c).eq_ignore_ascii_case("their")
                        && ["armed_services", "troops"].iter().any(|k| self.sets.in_class(self, y, k))
                    {
                        out.extend(self.plural_antecedent(c));
                    }
                    // A merchant ship's modifier is its flag; only a possessor owns it.
                    let modifier = !merchant && matches!(p.dep(c), "compound" | "amod" | "nmod");
                    // "arms sales to China's Taiwan region": a place named by its own name is that
                    // place, whoever claims it (class place_nouns); a relational noun is not its
                    // possessor ("Russia's allies").
                    let claimed = || {
                        self.sets.listed("place_nouns", p.lemma(y))
                            && self.kids[y].iter().any(|&d| {
                                p.dep(d) == "compound"
                                    && !self.actors_at[d].is_empty()
                                    && self.actors_at[d] != self.actors_at[c]
                            })
                    };
                    let not_owner = p.dep(c) == "poss" && (relational || claimed());
                    // "Chinese law enforcement forces": a name on a common noun compounded on the
                    // noun (two deep at most) modifies the whole.
                    if modifier && !merchant && self.actors_at[c].is_empty() && p.dep(c) == "compound" {
                        let inner = |n: usize| {
                            self.kids[n]
                                .iter()
                                .copied()
                                .filter(move |&d| d < n && matches!(p.dep(d), "compound" | "amod"))
                        };
                        let common = |n: usize| matches!(p.tag(n), "NN" | "NNS") && self.actors_at[n].is_empty();
                        let mut layer: Vec<usize> = if common(c) { vec![c] } else { Vec::new() };
                        for _ in 0..2 {
                            let next: Vec<usize> = layer.iter().flat_map(|&n| inner(n)).collect();
                            let named: Vec<usize> =
                                next.iter().copied().filter(|&d| !self.actors_at[d].is_empty()).collect();
                            if !named.is_empty() {
                                out.extend(named.iter().flat_map(|&d| self.actors_at[d].iter().copied()));
                                break;
                            }
                            layer = next.into_iter().filter(|&n| common(n)).collect();
                        }
                    }
                    if (p.dep(c) == "poss" || modifier)
                        && !self.actors_at[c].is_empty()
                        && !not_owner
                        && !self.sets.in_class(self, y, "vicinity")
                    {
                        out.extend(self.actors_at[c].iter().copied());
                        // Coordinated modifiers: "Chinese and Russian warships", "American-British
                        // aggression".
                        let hyphened = |d: usize| {
                            matches!(p.dep(d), "compound" | "amod" | "npadvmod") && d + 2 == c && p.word(d + 1) == "-"
                        };
                        // (A list of three chains its conjuncts: "Finnish, Swedish and Latvian".)
                        let listed = self.conjuncts(c).into_iter().skip(1);
                        for d in listed.chain(self.kids[c].iter().copied().filter(|&d| hyphened(d))) {
                            out.extend(self.actors_at[d].iter().copied());
                        }
                    }
                    // "a Saudi-led coalition": the leader fused to the participle acts for the group.
                    // (Not as where a mission is: "sent soldiers to the Kenyan-led mission" sends none
                    // to Kenya; class missions.)
                    let destination = p.dep(y) == "pobj"
                        && p.head(y).is_some_and(|h| matches!(p.lemma(h), "to" | "into"))
                        && self.sets.listed("missions", p.lemma(y));
                    if matches!(p.dep(c), "amod" | "compound")
                        && matches!(p.tag(c), "VBN" | "VBD")
                        && self.sets.listed("leading", p.lemma(c))
                        && !destination
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
                    // ("Argentina's security minister Patricia Bullrich": a title in lower case, with
                    // its possessor, before a name the lexicon does not know.)
                    let title = || {
                        self.actors_at[y].is_empty()
                            && p.tag(c) == "NN"
                            && self.kids[c].iter().any(|&d| p.dep(d) == "poss")
                            && self.sets.heads_entry("officeholders", p.lemma(c))
                    };
                    if p.tag(y).starts_with("NNP") && p.dep(c) == "compound" && (p.tag(c).starts_with("NNP") || title())
                    {
                        todo.push(c);
                    }
                    // "actions by Chinese vessels": the doer of what a noun names; "camps of the
                    // TTP": what an actor holds stands for it.
                    // "the junta in Niger", "officials in Moscow": who governs or speaks for a place
                    // stands for it (not troops there: "Russian troops in Ukraine").
                    if p.dep(c) == "prep"
                        && (matches!(p.lemma(c), "of" | "from")
                            && (self.sets.heads_entry("collective", p.lemma(y))
                                // "jihadists from the JNIM group", "troops from Chad"
                                || self.sets.in_class(self, y, "combatants")
                                || self.sets.in_class(self, y, "troops"))
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
                            // "the Minister of Defence of Russia": a portfolio stands for whose it is.
                            if self.actors_at[o].is_empty() && self.sets.listed("portfolios", p.lemma(o)) {
                                todo.extend(self.prep_objects(o, "of"));
                            }
                        }
                    }
                    // "the Minister for Foreign Affairs of Egypt".
                    if p.dep(c) == "prep" && p.lemma(c) == "for" && self.sets.heads_entry("collective", p.lemma(y)) {
                        for &o in self.kids[c].iter().filter(|&&o| p.dep(o) == "pobj") {
                            if self.actors_at[o].is_empty() && self.sets.listed("portfolios", p.lemma(o)) {
                                todo.extend(self.prep_objects(o, "of"));
                            }
                        }
                    }
                    // "camps linked to the TTP", "bases used by the Houthis", "hideouts belonging to
                    // the group": a holding described by whom it belongs to (or what it is made of:
                    // "a convoy of tankers escorted by Malian soldiers").
                    let of_holding = || {
                        p.dep(y) == "pobj"
                            && p.head(y).is_some_and(|q| {
                                p.lemma(q) == "of" && p.head(q).is_some_and(|h| self.sets.in_class(self, h, "holdings"))
                            })
                    };
                    // "forces loyal to the government", "fighters affiliated with the GNU": armed men
                    // described by whom they answer to (class allegiance_words).
                    let armed = || self.sets.in_class(self, y, "troops") || self.sets.in_class(self, y, "combatants");
                    if matches!(p.dep(c), "amod" | "acl") && self.sets.listed("allegiance_words", p.lemma(c)) && armed()
                    {
                        for &q in
                            self.kids[c].iter().filter(|&&q| p.dep(q) == "prep" && matches!(p.lemma(q), "to" | "with"))
                        {
                            todo.extend(self.kids[q].iter().copied().filter(|&o| p.dep(o) == "pobj"));
                        }
                    }
                    if p.dep(c) == "acl"
                        && matches!(p.tag(c), "VBN" | "VBG")
                        && (self.sets.in_class(self, y, "holdings") || of_holding())
                        && self.sets.listed("belonging_verbs", p.lemma(c))
                    {
                        for &q in self.kids[c].iter().filter(|&&q| matches!(p.lemma(q), "to" | "by" | "with")) {
                            todo.extend(self.kids[q].iter().copied().filter(|&o| p.dep(o) == "pobj"));
                        }
                    }
                    // "sanctioned companies that launder money for the Sinaloa Cartel", "sanctioned
                    // six individuals working for Hezbollah": those a sanction names by whom they act
                    // for stand for them (class fronts; the "for" of a clause on them).
                    // (The first of a list, or a count of them: "dozens of individuals and companies".)
                    let sanctioned = || {
                        let first = self.list_head(y);
                        let counted = p.head(first).filter(|&o| p.dep(first) == "pobj" && p.lemma(o) == "of");
                        let object = match counted.and_then(|o| p.head(o)) {
                            Some(n) if self.sets.listed("count_nouns", p.lemma(n)) => n,
                            _ => first,
                        };
                        p.dep(object) == "dobj"
                            && p.head(object)
                                .is_some_and(|v| self.sets.has_predicate(p.lemma(v), true, RelationType::Sanctions))
                    };
                    if matches!(p.dep(c), "relcl" | "acl")
                        && self.actors_at[y].is_empty()
                        && self.sets.in_class(self, y, "fronts")
                        && sanctioned()
                    {
                        todo.extend(self.prep_objects(c, "for"));
                    }
                }
            }
            let named = !self.actors_at[y].is_empty();
            // An apposition names whom a word stands for ("its neighbour, China"), but only
            // describes an actor already named ("the CSTO, an alliance of six states").
            // (A list read as an apposition: "Mali, Burkina Faso and Niger" with "Burkina Faso and
            // Niger" in apposition to "Mali".)
            let listed = |c: usize| !self.actors_at[c].is_empty() && self.kids[c].iter().any(|&d| p.dep(d) == "conj");
            // (Two phrases with a participle of their own are two descriptions: "the Turkish-backed
            // fighters and the Kurdish-led SDF" are not both backed by Turkey.)
            // (Nor one with a determiner of its own: "the Turkish-backed SNA and the SDF".)
            let described = |n: usize| self.kids[n].iter().any(|&d| p.dep(d) == "amod" && p.tag(d) == "VBN");
            let determined = |n: usize| self.kids[n].iter().any(|&d| p.dep(d) == "det");
            for &c in &self.kids[y] {
                if p.dep(c) == "conj" && described(y) && (described(c) || determined(c)) {
                    continue;
                }
                if p.dep(c) == "conj" || p.dep(c) == "appos" && (!named || listed(c)) {
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
pub(super) fn alone(mut found: Vec<usize>) -> Vec<usize> {
    // (One actor found twice is still one: the two words of "the United States".)
    found.sort_unstable();
    found.dedup();
    if found.len() == 1 {
        found
    } else {
        Vec::new()
    }
}
